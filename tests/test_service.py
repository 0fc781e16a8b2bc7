"""`mailcoach run` as a real subprocess against a private Dovecot: what a PM and a team rely on.

Every test here starts ``python -m mailcoach run`` and watches what a user would see: the drafts
in the Drafts folder (through a test-side IMAP connection) and the service's log lines (JSON, on
stderr). Waits are deadlines on polled conditions, never fixed sleeps.
"""

from __future__ import annotations

import email.utils
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from servers import HOST, Dovecot, ImapProxy, ServerUnavailable, TestUser, unavailable

from mailcoach.daemon import Shard, retry_delay, shard_of
from mailcoach.errors import UsageError
from mailcoach.state import State

REPO = Path(__file__).resolve().parent.parent
MAILCOACH = [sys.executable, "-m", "mailcoach"]
FOLDER = "Drafts"
INTERVAL = 2.0

RISKY_BODY = "李经理:\r\n这个需求不可能做,我们不接受任何变更。\r\n王"
CLEAN_BODY = "李经理:\r\n需求我们已经记录,周五前评估后答复您。\r\n王"
CODEWORD_RULES = """\
[rules.codeword]
severity = "medium"
label_zh = "内部代号"
label_en = "internal code word"
advice_zh = "对客户别用内部代号。"
advice_en = "Do not use internal code words with a client."
phrases = [{phrases}]
"""


# --------------------------------------------------------------------------- helpers (also used by
# test_doctor.py and test_status_report.py)


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(value, ensure_ascii=False)   # strings and lists of strings: valid TOML


def config_toml(path: Path, accounts: list[dict], *, state: Path, service: dict | None = None,
                rules: dict | None = None) -> Path:
    """Write a config file (mode 0600, as the docs ask) and return its path."""
    lines = []
    if rules:
        lines.append("[rules]")
        lines += [f"{k} = {toml_value(v)}" for k, v in rules.items()]
    lines += ["[state]", f"path = {toml_value(str(state))}"]
    if service:
        lines.append("[service]")
        lines += [f"{k} = {toml_value(v)}" for k, v in service.items()]
    for acct in accounts:
        lines.append("[[account]]")
        lines += [f"{k} = {toml_value(v)}" for k, v in acct.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def account_entry(user: TestUser, name: str, *, port: int | None = None,
                  password: str | None = None, **overrides: object) -> dict:
    """An [[account]] table for a test user (password via printf, so get_secret runs for real)."""
    entry: dict = {
        "name": name, "host": HOST, "port": port or user.server.port, "security": "none",
        "username": user.name, "password_command": ["printf", "%s", password or user.password],
        "quiet_period": 0, "interval": INTERVAL, "timeout": 10,
    }
    entry.update(overrides)
    return entry


def draft(body: str, *, subject: str = "需求变更") -> tuple[bytes, str]:
    """A draft of our own and its Message-ID."""
    mid = email.utils.make_msgid("svc", "ourteam.example.com")
    raw = (f"From: pm@ourteam.example.com\r\nTo: li@client-a.example.cn\r\nSubject: {subject}\r\n"
           f"Message-ID: {mid}\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           f"{body}\r\n").encode()
    return raw, mid


def save(user: TestUser, body: str) -> tuple[str, float]:
    """Save a draft as a mail client does (APPEND with \\Draft); returns (Message-ID, time)."""
    raw, mid = draft(body)
    user.seed(FOLDER, [raw], flags=[("\\Draft",)])
    return mid, time.monotonic()


def drafts_by_message_id(user: TestUser) -> dict[str, list[tuple[bool, bool]]]:
    """Message-ID -> [(annotated, flagged \\Deleted)] for every message in Drafts."""
    c = user.client()
    try:
        c.select_folder(FOLDER, readonly=True)
        uids = c.search(["ALL"])
        data = c.fetch(uids, ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID X-MAILCOACH-CHECKED)]"]
                       ) if uids else {}
    finally:
        c.logout()
    out: dict[str, list[tuple[bool, bool]]] = {}
    for d in data.values():
        head = next(v for k, v in d.items() if k.startswith(b"BODY[")).decode("ascii", "replace")
        mid = re.search(r"(?im)^message-id:\s*(\S+)", head)
        marked = re.search(r"(?im)^x-mailcoach-checked:", head) is not None
        out.setdefault(mid.group(1) if mid else "", []).append((marked, b"\\Deleted" in d[b"FLAGS"]))
    return out


def wait_until(condition: Callable[[], object], timeout: float, what: str,
               service: Service | None = None) -> object:
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            tail = "\n".join(service.text().splitlines()[-25:]) if service else ""
            pytest.fail(f"not within {timeout:g} s: {what}\n--- service log ---\n{tail}")
        time.sleep(0.05)


def wait_annotated(user: TestUser, mid: str, timeout: float, service: Service) -> float:
    """Wait until the draft is in Drafts exactly once, annotated; returns the seconds it took."""
    started = time.monotonic()
    wait_until(lambda: drafts_by_message_id(user).get(mid) == [(True, False)], timeout,
               f"{user.name}: draft {mid} annotated", service)
    return time.monotonic() - started


class Service:
    """`mailcoach run` in a subprocess, logging JSON lines to a file we can read while it runs."""

    def __init__(self, tmp: Path, config: Path, *extra: str, verbose: bool = True) -> None:
        self.config = config
        self.log_path = tmp / f"service-{time.monotonic_ns()}.log"
        argv = [*MAILCOACH, "run", "--config", str(config), "--log-format", "json", *extra]
        if verbose:
            argv.append("-vv")   # DEBUG too: the tests also check what is *not* logged at WARNING
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(argv, cwd=REPO, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=self._log)

    def text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def records(self) -> list[dict]:
        out = []
        for line in self.text().splitlines():
            try:
                out.append(json.loads(line))
            except ValueError:
                out.append({"level": "raw", "message": line})
        return out

    def find(self, level: str | None = None, account: str | None = None, event: str | None = None,
             contains: str = "") -> list[dict]:
        return [r for r in self.records()
                if (level is None or r.get("level") == level)
                and (account is None or r.get("account") == account
                     or r.get("message", "").startswith(f"{account}:"))
                and (event is None or r.get("event") == event)
                and contains in r.get("message", "")]

    def wait_log(self, timeout: float, what: str, **match: str) -> dict:
        return wait_until(lambda: (self.find(**match) or [None])[0], timeout, what, self)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 5.0) -> tuple[int, float]:
        """Send `sig`; return (exit status, seconds until it exited)."""
        started = time.monotonic()
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            rc = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            rc = None
        self._log.close()
        return rc, time.monotonic() - started


def private_dovecot() -> Iterator[Dovecot]:
    server = Dovecot(variant="full")
    try:
        server.start()
    except ServerUnavailable as exc:
        server.cleanup()
        unavailable(f"dovecot: {exc}")
    try:
        yield server
    finally:
        server.cleanup()


# --------------------------------------------------------------------------- shards (no server)


@pytest.mark.parametrize("text, expected", [
    ("1/1", (1, 1)), ("2/4", (2, 4)), ("4/4", (4, 4)), (" 3 / 8 ", (3, 8)),
])
def test_shard_parses_k_of_n(text, expected):
    shard = Shard.parse(text)
    assert (shard.index, shard.count) == expected


@pytest.mark.parametrize("text", ["0/4", "5/4", "1", "a/b", "1/0", "-1/2", ""])
def test_shard_rejects_what_is_not_k_of_n(text):
    with pytest.raises(UsageError, match="--shard"):
        Shard.parse(text)


def test_every_account_is_in_exactly_one_shard_and_the_same_one_in_every_process():
    names = [f"pm{i}@team.example.com" for i in range(60)]
    for n in (1, 2, 3, 7):
        owners = [[k for k in range(1, n + 1) if Shard(k, n).owns(name)] for name in names]
        assert all(len(o) == 1 for o in owners)
        if n > 1:
            assert len({o[0] for o in owners}) > 1   # spread, not all in one shard
    # Another process with another hash seed computes the same shards (unlike hash()).
    code = ("import json,sys; from mailcoach.daemon import shard_of;"
            " print(json.dumps([shard_of(n, 7) for n in json.load(sys.stdin)]))")
    done = subprocess.run([sys.executable, "-c", code], input=json.dumps(names), text=True,
                          capture_output=True, cwd=REPO, check=True,
                          env={**os.environ, "PYTHONHASHSEED": "12345"})
    assert json.loads(done.stdout) == [shard_of(n, 7) for n in names]


def test_each_shard_has_its_own_state_file():
    base = Path("/var/lib/mailcoach/state.sqlite3")
    assert Shard(2, 4).state_path(base) == Path("/var/lib/mailcoach/state.sqlite3.shard2-of-4")


@pytest.mark.parametrize("failures, first, cap, expected", [
    (1, 2, 900, 2), (2, 2, 900, 4), (5, 2, 900, 32), (20, 2, 900, 900),
    (1, 300, 60, 300),       # a cap below the first delay never makes retries faster
])
def test_backoff_doubles_up_to_the_cap(failures, first, cap, expected):
    assert retry_delay(failures, first, cap) == expected


# --------------------------------------------------------------------------- one service, 4 accounts


@pytest.fixture(scope="module")
def server() -> Iterator[Dovecot]:
    yield from private_dovecot()


@pytest.fixture(scope="module")
def team(server, tmp_path_factory):
    """A running service with four accounts: two working ones (a, b), one with a wrong password,
    and one behind a proxy that stalls the first message fetch forever (a hung socket)."""
    tmp = tmp_path_factory.mktemp("team")
    users = {name: server.new_user() for name in ("a", "b", "wrongpw", "slow")}
    release = threading.Event()
    stalled = threading.Event()

    def stall_first_fetch(conn, kind, data):
        if kind == "line" and b"BODY.PEEK[]" in data and not stalled.is_set():
            stalled.set()
            release.wait(60)
        return data

    proxy = ImapProxy(server.port, client_hook=stall_first_fetch).start()
    rules = tmp / "team-rules.toml"
    rules.write_text(CODEWORD_RULES.format(phrases='"zanzibar"'), encoding="utf-8")
    # Seeded before the start: the first scans judge them (and load the analyser once).
    save(users["a"], CLEAN_BODY)
    slow_mid, _ = save(users["slow"], RISKY_BODY)
    config = config_toml(tmp / "config.toml", [
        account_entry(users["a"], "a"),
        account_entry(users["b"], "b"),
        account_entry(users["wrongpw"], "wrongpw", password="not-the-password-5b2e"),
        account_entry(users["slow"], "slow", port=proxy.port, timeout=60),
    ], state=tmp / "state" / "state.sqlite3", rules={"files": [str(rules)]},
        service={"workers": 4, "scan_timeout": 5, "jitter": 0, "max_backoff": 8})
    service = Service(tmp, config)
    service.wait_log(15, "account a judged its first draft", account="a", event="scan",
                     contains="1 analysed")
    yield {"service": service, "users": users, "rules": rules, "server": server,
           "slow_mid": slow_mid, "stalled": stalled, "config": config}
    release.set()
    rc, seconds = service.stop()
    proxy.stop()
    assert rc == 0 and seconds < 5, f"exit status {rc} after {seconds:.1f} s"


def test_a_risky_draft_on_either_account_is_annotated_within_one_interval(team):
    service, users = team["service"], team["users"]
    saved = {name: save(users[name], RISKY_BODY) for name in ("a", "b")}
    for name, (mid, t0) in saved.items():
        wait_annotated(users[name], mid, INTERVAL + 5, service)
        lag = time.monotonic() - t0
        # One interval at most, plus the scan itself (fetch, analyse, append, expunge).
        assert lag < INTERVAL + 1.5, f"{name}: annotated {lag:.1f} s after the save"
        service.wait_log(5, f"{name}: the scan's log line", level="info", account=name,
                         event="scan", contains="1 annotated")


def test_a_wrong_password_is_logged_once_without_the_password(team):
    service = team["service"]
    # Several attempts have been made (backoff 2 s, 4 s, ...) ...
    wait_until(lambda: len(service.find(level="debug", account="wrongpw", contains="failed again"))
               >= 2, 15, "wrongpw retried at least twice more", service)
    # ... but only the first one is reported, and the other accounts kept working meanwhile.
    loud = [r for r in service.find(account="wrongpw") if r["level"] in ("warning", "error")]
    assert len(loud) == 1 and "login refused" in loud[0]["message"], loud
    assert "not-the-password-5b2e" not in service.text()
    assert [r for r in service.find(level="info", account="b", event="scan")
            if r["time"] > loud[0]["time"]]


def test_a_hung_connection_is_cut_at_scan_timeout_and_the_next_scan_works(team):
    service, users = team["service"], team["users"]
    assert team["stalled"].wait(10), "the proxy never saw the first FETCH"
    cut = service.wait_log(15, "the stalled scan was cut", account="slow",
                           contains="longer than scan_timeout")
    assert cut["level"] == "warning"
    wait_annotated(users["slow"], team["slow_mid"], 15, service)
    service.wait_log(5, "slow: said to work again", event="recovered", account="slow")


def test_a_changed_rules_file_is_used_without_a_restart_and_a_broken_one_is_refused(team):
    service, users, rules = team["service"], team["users"], team["rules"]
    judged = len(service.find(account="b", event="scan", contains="1 analysed"))
    before_mid, _ = save(users["b"], "Hi Li,\r\nThe xylophone milestone slips a week.\r\nWang")
    wait_until(lambda: len(service.find(account="b", event="scan", contains="1 analysed")) > judged,
               10, "the draft judged under the first rules", service)
    assert drafts_by_message_id(users["b"])[before_mid] == [(False, False)]   # clean then
    time.sleep(0.01)   # a new mtime even on file systems with coarse timestamps
    rules.write_text(CODEWORD_RULES.format(phrases='"zanzibar", "xylophone"'), encoding="utf-8")
    service.wait_log(10, "rules reloaded", event="rules_reloaded")
    mid, _ = save(users["b"], "Hi Li,\r\nThe xylophone milestone slips a week.\r\nWang")
    wait_annotated(users["b"], mid, INTERVAL + 5, service)

    rules.write_text('[rules.codeword]\nseverity = "urgent"\n', encoding="utf-8")
    rejected = service.wait_log(10, "broken rules rejected", event="rules_rejected")
    assert rejected["level"] == "warning"
    assert str(rules) in rejected["message"] and "severity" in rejected["message"]
    mid, _ = save(users["a"], "Hi Li,\r\nThe xylophone milestone slips again.\r\nWang")
    wait_annotated(users["a"], mid, INTERVAL + 5, service)   # the previous rules still apply
    assert len(service.find(event="rules_rejected")) == 1     # said once, not at every scan


def test_a_second_instance_on_the_same_state_file_refuses_to_start(team):
    done = subprocess.run([*MAILCOACH, "run", "--config", str(team["config"])], cwd=REPO,
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 2
    assert re.search(r"mailcoach: error: .*another mailcoach is using this state file \(pid \d+\)",
                     done.stderr), done.stderr


def test_a_dovecot_restart_is_survived(team):
    service, users, server = team["service"], team["users"], team["server"]
    server.restart()
    saved = {name: save(users[name], RISKY_BODY) for name in ("a", "b")}
    for name, (mid, _) in saved.items():
        wait_annotated(users[name], mid, 20, service)


# --------------------------------------------------------------------------- IDLE, quiet period


def test_idle_annotates_within_seconds_and_follows_up_after_the_quiet_period(server, tmp_path):
    now_user, quiet_user = server.new_user(), server.new_user()
    save(now_user, CLEAN_BODY)   # judged at the start: the analyser is loaded before we measure
    config = config_toml(tmp_path / "config.toml", [
        account_entry(now_user, "now", idle=True, interval="1h"),
        account_entry(quiet_user, "quiet", idle=True, interval="1h", quiet_period=1.5),
    ], state=tmp_path / "state.sqlite3", service={"jitter": 0})
    service = Service(tmp_path, config)
    try:
        service.wait_log(15, "now: first draft judged", account="now", event="scan",
                         contains="1 analysed")
        service.wait_log(15, "quiet: first scan", account="quiet", event="scan")
        mid, _ = save(now_user, RISKY_BODY)
        assert wait_annotated(now_user, mid, 6, service) < 3   # not the 1 h interval

        mid, _ = save(quiet_user, RISKY_BODY)
        took = wait_annotated(quiet_user, mid, 8, service)
        assert 1.5 <= took < 4.5   # left alone while young, looked at again when old enough

        server.restart()          # the watch reconnects and keeps working
        mid, _ = save(now_user, RISKY_BODY)
        wait_annotated(now_user, mid, 15, service)
    finally:
        rc, seconds = service.stop()
    assert rc == 0 and seconds < 5


# --------------------------------------------------------------------------- stopping


def test_sigterm_during_a_scan_finishes_the_replace_in_hand_and_exits(server, tmp_path):
    user = server.new_user()
    seeded = [draft(RISKY_BODY) for _ in range(12)]
    user.seed(FOLDER, [raw for raw, _ in seeded], flags=[("\\Draft",)] * len(seeded))
    mids = [mid for _, mid in seeded]

    def slow_append(conn, kind, data):   # each APPEND takes 0.3 s: the scan lasts several seconds
        if kind == "line" and b" APPEND " in data:
            time.sleep(0.3)
        return data

    with ImapProxy(server.port, client_hook=slow_append) as proxy:
        state = tmp_path / "state.sqlite3"
        config = config_toml(tmp_path / "config.toml", [account_entry(user, "pm", port=proxy.port)],
                             state=state, service={"jitter": 0})
        service = Service(tmp_path, config, verbose=False)
        service.wait_log(15, "the scan is marking drafts", contains="is risky")
        rc, seconds = service.stop(signal.SIGTERM)
    assert rc == 0 and seconds < 5, f"exit status {rc} after {seconds:.1f} s"
    found = drafts_by_message_id(user)
    assert sorted(found) == sorted(mids)
    assert all(len(v) == 1 and not v[0][1] for v in found.values())   # each once, none \Deleted
    annotated = sum(v[0][0] for v in found.values())
    assert 1 <= annotated < len(mids)       # stopped mid-scan, after finishing the one in hand
    with State.open(state) as st:
        assert st.journal("pm", FOLDER) == []   # no operation left open


# --------------------------------------------------------------------------- --once, --shard


@pytest.mark.parametrize("bodies, wrong_password, expected", [
    ((CLEAN_BODY,), False, 0),
    ((CLEAN_BODY, RISKY_BODY), False, 1),
    ((RISKY_BODY,), True, 2),      # one account fails: 2, and the other is still marked
])
def test_once_scans_every_account_and_exits_with_the_scan_status(server, tmp_path, bodies,
                                                                  wrong_password, expected):
    user = server.new_user()
    mids = [save(user, body)[0] for body in bodies]
    accounts = [account_entry(user, "pm")]
    if wrong_password:
        accounts.append(account_entry(server.new_user(), "other", password="wrong"))
    config = config_toml(tmp_path / "config.toml", accounts, state=tmp_path / "state.sqlite3")
    done = subprocess.run([*MAILCOACH, "run", "--once", "--config", str(config)], cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == expected, done.stderr
    found = drafts_by_message_id(user)
    assert [found[m][0][0] for m in mids] == [body == RISKY_BODY for body in bodies]
    # The default log level of `run` is INFO: one line per account with its counts.
    assert re.search(r"INFO mailcoach.daemon: pm: Drafts: \d+ drafts, \d+ analysed, \d+ risky,"
                     r" \d+ annotated", done.stderr), done.stderr


def test_once_with_a_shard_scans_only_that_shards_accounts(server, tmp_path):
    users = [server.new_user() for _ in range(4)]
    names = [f"pm{i}" for i in range(4)]
    assert len({shard_of(n, 2) for n in names}) == 2   # both shards have accounts
    state = tmp_path / "state.sqlite3"
    config = config_toml(tmp_path / "config.toml",
                         [account_entry(u, n) for u, n in zip(users, names)], state=state)
    for u in users:
        save(u, RISKY_BODY)
    done = subprocess.run([*MAILCOACH, "run", "--once", "--shard", "1/2", "--config", str(config)],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    for u, n in zip(users, names):
        marked = all(v[0][0] for v in drafts_by_message_id(u).values())
        assert marked == (shard_of(n, 2) == 1), n
    assert not state.exists() and Shard(1, 2).state_path(state).exists()
