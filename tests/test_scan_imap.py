"""`scan` and `strip` against real IMAP servers on loopback: what the PM finds in Drafts afterwards.

The same scenarios run on Dovecot (full), Dovecot advertising no UIDPLUS/CONDSTORE, pymap, and
full Dovecot behind a proxy that strips APPENDUID (so our copy is found by its op token). The
drafts are the shared labelled drafts plus a few of our own; which of them are risky is decided
by the same judge offline, so these tests are about what the scan does to the mailbox, not about
the analyser's accuracy (tests/test_analysis*.py).
"""

from __future__ import annotations

import argparse
import email.utils
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from servers import ImapProxy, TestUser, free_port, fresh_mailbox

from mailcoach import annotate, imap
from mailcoach.cli import scan as scan_cmd
from mailcoach.cli import strip as strip_cmd
from mailcoach.config import Account, Config, StateConfig
from mailcoach.rules import load_ruleset
from mailcoach.scan import make_judge, scan_account
from mailcoach.state import State

FOLDER = "Drafts"
TARGETS = ("dovecot", "dovecot_restricted", "pymap_server", "dovecot_no_appenduid")
SERVERS = TARGETS[:3]  # for scenarios that append nothing, the proxy adds nothing
# A few of the shared drafts: risky and fine ones, zh/en/mixed, Big5, HTML, attachments.
SHARED = ("d001.eml", "d002.eml", "d003.eml", "d005.eml", "d009.eml", "d034.eml", "d048.eml",
          "d051.eml", "d094.eml", "d137.eml")
RULESET = load_ruleset()
JUDGE = make_judge(RULESET)


@dataclass
class Target:
    """A fresh mailbox on one server variant, and the Account mailcoach uses to reach it."""

    kind: str
    user: TestUser
    account: Account
    proxy: ImapProxy | None = None


@pytest.fixture(params=TARGETS)
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    with fresh_mailbox(request, request.param) as (user, account, proxy):
        yield Target(request.param, user, account, proxy)


def config_for(tmp_path: Path, *accounts: Account) -> Config:
    return Config(state=StateConfig(path=tmp_path / "state" / "state.sqlite3"), accounts=accounts)


def own_draft(n: int, body: str, *, mid: str | None = None) -> bytes:
    """A small draft of our own (CRLF, UTF-8, 8bit)."""
    mid = mid or email.utils.make_msgid(f"t{n}", "ourteam.example.com")
    return (f"From: pm@ourteam.example.com\r\nTo: li@client-a.example.cn\r\nSubject: test {n}\r\n"
            f"Message-ID: {mid}\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            f"{body}\r\n").encode()


RISKY_BODY = "李经理:\r\n这个需求不可能做,我们不接受任何变更。\r\n王"
CLEAN_BODY = "李经理:\r\n需求我们已经记录,周五前评估后答复您。\r\n王"


def snapshot(user: TestUser) -> dict[int, tuple[bytes, frozenset[str], datetime]]:
    """Every message in Drafts: UID -> (bytes, flags, INTERNALDATE), read without setting \\Seen."""
    c = user.client()
    try:
        c.normalise_times = False
        c.select_folder(FOLDER, readonly=True)
        uids = c.search(["ALL"])
        data = c.fetch(uids, ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"]) if uids else {}
    finally:
        c.logout()
    return {
        u: (bytes(d[b"BODY[]"]),
            frozenset(f.decode() for f in d[b"FLAGS"] if f.lower() != b"\\recent"),
            d[b"INTERNALDATE"])
        for u, d in data.items()
    }


def live(snap: dict) -> dict:
    return {u: v for u, v in snap.items() if "\\Deleted" not in v[1]}


def body_of(raw: bytes) -> bytes:
    return raw[raw.index(b"\r\n\r\n"):]


def seed_folder(target: Target, shared_drafts: Path) -> dict[bytes, tuple[frozenset[str], datetime]]:
    """Seed shared and own drafts with varied flags and dates; returns raw -> (flags, date)."""
    raws = [(shared_drafts / name).read_bytes() for name in SHARED]
    raws += [own_draft(1, RISKY_BODY), own_draft(2, CLEAN_BODY)]
    cst = timezone(timedelta(hours=8))
    flag_sets = [("\\Draft",), ("\\Draft", "\\Seen"), ("\\Draft", "$label1")]
    flags = [flag_sets[i % 3] for i in range(len(raws))]
    dates = [datetime(2024, 3, 1 + i, 9, 15, tzinfo=cst) for i in range(len(raws))]
    target.user.seed(FOLDER, raws, flags=flags, dates=dates)
    return {raw: (frozenset(flags[i]), dates[i]) for i, raw in enumerate(raws)}


def keyword_kept(target: Target) -> bool:
    return target.kind != "pymap_server"  # pymap's PERMANENTFLAGS has no \*


def test_scan_marks_each_risky_draft_once_and_strip_restores_it(target, shared_drafts, tmp_path):
    seeded = seed_folder(target, shared_drafts)
    # Another client's draft, flagged \Deleted (awaiting its expunge): never ours to touch.
    (deleted_uid,) = target.user.seed(FOLDER, [own_draft(3, RISKY_BODY)],
                                      flags=[("\\Draft", "\\Deleted")])
    before = snapshot(target.user)
    risky = {raw for raw in seeded if JUDGE(raw).risky()}
    assert risky and len(risky) < len(seeded)  # the test needs both kinds
    cfg = config_for(tmp_path, target.account)

    with State.open(cfg.state.path) as state:
        summary = scan_account(target.account, cfg, state, RULESET)
    after = snapshot(target.user)
    assert (summary.seen, summary.risky, summary.annotated) == (len(seeded), len(risky), len(risky))

    copies = {u: v for u, v in live(after).items() if annotate.read_mark(v[0])}
    by_original = {annotate.strip(v[0]): v for v in copies.values()}
    assert len(copies) == len(by_original) == len(risky) and set(by_original) == risky
    for raw, (raw_copy, flags, date) in by_original.items():
        assert body_of(raw_copy) == body_of(raw)                       # body bytes identical
        assert date == seeded[raw][1]                                   # INTERNALDATE kept
        expected = seeded[raw][0] | ({"$MailCoachRisky"} if keyword_kept(target) else set())
        assert flags == expected                                        # flags kept, no \Seen added
    for uid, (raw, flags, date) in before.items():
        if uid == deleted_uid or raw not in risky:                      # untouched: same UID, bytes
            assert after[uid] == (raw, flags, date)
        elif target.kind != "dovecot_restricted":  # UIDPLUS: the original is expunged
            assert uid not in after
        else:  # no UIDPLUS: the original stays, flagged \Deleted, and the summary says so
            assert after[uid][0] == raw and "\\Deleted" in after[uid][1]
            assert uid in summary.left_deleted

    with State.open(cfg.state.path) as state:
        again = scan_account(target.account, cfg, state, RULESET)
        assert snapshot(target.user) == after and again.annotated == 0 and again.risky == len(risky)
        stripped = scan_account(target.account, cfg, state, RULESET, strip=True)
    assert stripped.stripped == len(risky)
    restored = live(snapshot(target.user))
    assert sorted(v[0] for v in restored.values()) == sorted(seeded)   # original bytes back
    for raw, flags, date in restored.values():
        assert (flags, date) == seeded[raw]


@pytest.mark.parametrize("target", SERVERS, indirect=True)
def test_dry_run_determines_everything_and_changes_nothing(target, shared_drafts, tmp_path):
    seed_folder(target, shared_drafts)
    cfg = config_for(tmp_path, target.account)
    with State.open(cfg.state.path):
        pass  # an existing (empty) state file
    state_file = cfg.state.path
    before = (snapshot(target.user), state_file.read_bytes(), state_file.stat().st_mtime_ns)
    with State.open(state_file, readonly=True) as ro:
        dry = scan_account(target.account, cfg, ro, RULESET, dry_run=True)
    assert (snapshot(target.user), state_file.read_bytes(), state_file.stat().st_mtime_ns) == before
    with State.open(state_file) as state:
        real = scan_account(target.account, cfg, state, RULESET)
    assert dry.dry_run and (dry.annotated, dry.risky, dry.analysed) == (real.annotated, real.risky,
                                                                       real.analysed)


class HookedFolder:
    """An ImapDraftsFolder whose methods run test hooks before/after them ("before:append")."""

    def __init__(self, folder: imap.ImapDraftsFolder, hooks: dict[str, Callable[[], None]]) -> None:
        self._folder = folder
        self._hooks = hooks

    def __getattr__(self, name: str):
        attr = getattr(self._folder, name)
        if not callable(attr):
            return attr

        def call(*args, **kwargs):
            if (fn := self._hooks.get(f"before:{name}")) is not None:
                fn()
            result = attr(*args, **kwargs)
            if (fn := self._hooks.get(f"after:{name}")) is not None:
                fn()
            return result

        return call


class HookedSession:
    """An ImapSession whose open_drafts() returns a HookedFolder; its own methods run the hooks
    "session:<name>" before them."""

    def __init__(self, session: imap.ImapSession, hooks: dict[str, Callable[[], None]]) -> None:
        self._session = session
        self._hooks = hooks

    def open_drafts(self, name: str | None = None) -> HookedFolder:
        if (fn := self._hooks.get("session:open_drafts")) is not None:
            fn()
        return HookedFolder(self._session.open_drafts(name), self._hooks)

    def __getattr__(self, name: str):
        attr = getattr(self._session, name)
        if not callable(attr) or (fn := self._hooks.get(f"session:{name}")) is None:
            return attr

        def call(*args, **kwargs):
            fn()
            return attr(*args, **kwargs)

        return call


def hooked_connect(hooks: dict[str, Callable[[], None]]) -> Callable[[Account], HookedSession]:
    return lambda account: HookedSession(imap.connect(account), hooks)


@pytest.mark.parametrize("new_body, expunge", [(RISKY_BODY + "\r\n还是不行。", True),
                                              (CLEAN_BODY, False)],
                         ids=["risky-v2-expunged", "clean-v2-flagged-deleted"])
def test_a_draft_the_pm_saves_during_the_scan_wins(target, tmp_path, new_body, expunge):
    """The PM's client saves v2 (same Message-ID) and deletes v1 while the scan sits between
    fetching v1 and replacing it: no stale copy survives, and v2 is judged on its own."""
    mid = email.utils.make_msgid("race", "ourteam.example.com")
    v1, v2 = own_draft(1, RISKY_BODY, mid=mid), own_draft(1, new_body, mid=mid)
    (v1_uid,) = target.user.seed(FOLDER, [v1], flags=[("\\Draft",)])
    clean = own_draft(2, CLEAN_BODY)
    (clean_uid,) = target.user.seed(FOLDER, [clean], flags=[("\\Draft",)])

    def pm_saves_v2() -> None:
        if hooks.pop("before:append", None) is None:
            return
        c = target.user.client()
        try:
            c.select_folder(FOLDER)
            c.append(FOLDER, v2, flags=[b"\\Draft"])
            c.add_flags([v1_uid], [b"\\Deleted"], silent=True)
            if expunge:
                c.expunge()  # Thunderbird's own expunge of the old draft
        finally:
            c.logout()

    hooks = {"before:append": pm_saves_v2}
    cfg = config_for(tmp_path, target.account)
    with State.open(cfg.state.path) as state:
        first = scan_account(target.account, cfg, state, RULESET, connect=hooked_connect(hooks))
        assert first.rolled_back == 1 and first.annotated == 0
        second = scan_account(target.account, cfg, state, RULESET)
    after = live(snapshot(target.user))
    with_mid = [raw for raw, _, _ in after.values() if mid.encode() in raw]
    assert len(with_mid) == 1                                  # no stale copy of v1 survives
    (raw,) = with_mid
    v2_risky = JUDGE(v2).risky()
    assert annotate.strip(raw) == v2 and (annotate.read_mark(raw) is not None) == v2_risky
    assert second.annotated == (1 if v2_risky else 0)
    assert after[clean_uid][0] == clean


def test_a_newer_version_saved_after_the_scan_supersedes_our_copy(target, tmp_path):
    """Thunderbird's autosave of a draft open since before our replace: v2 is appended and the
    UID Thunderbird remembers (already gone) is deleted. Our annotated copy must not linger."""
    mid = email.utils.make_msgid("tb", "ourteam.example.com")
    target.user.seed(FOLDER, [own_draft(1, RISKY_BODY, mid=mid)], flags=[("\\Draft",)])
    cfg = config_for(tmp_path, target.account)
    with State.open(cfg.state.path) as state:
        scan_account(target.account, cfg, state, RULESET)
        v2 = own_draft(1, CLEAN_BODY, mid=mid)
        target.user.seed(FOLDER, [v2], flags=[("\\Draft",)])
        s = scan_account(target.account, cfg, state, RULESET)
    assert s.stale_removed == 1
    assert [v[0] for v in live(snapshot(target.user)).values()] == [v2]


@pytest.mark.parametrize("target", SERVERS, indirect=True)
def test_an_unchanged_folder_costs_one_status_and_is_not_even_selected(target, shared_drafts,
                                                                       tmp_path):
    seed_folder(target, shared_drafts)
    cfg = config_for(tmp_path, target.account)
    calls: list[str] = []
    hooks = {f"{kind}:{name}": (lambda n=name: calls.append(n))
             for kind, names in (("before", ("status", "uids", "fetch_meta", "fetch")),
                                 ("session", ("status", "open_drafts")))
             for name in names}
    with State.open(cfg.state.path) as state:
        scan_account(target.account, cfg, state, RULESET)
        scan_account(target.account, cfg, state, RULESET)
        s = scan_account(target.account, cfg, state, RULESET, connect=hooked_connect(hooks))
    assert s.unchanged and calls == ["status"]  # one STATUS; no SELECT, no FETCH


def run_cli(argv: list[str]) -> int:
    """`mailcoach scan|strip ...` through the subcommand modules' own parsers and run()."""
    parser = argparse.ArgumentParser(prog="mailcoach")
    sub = parser.add_subparsers(dest="command")
    for name, module in (("scan", scan_cmd), ("strip", strip_cmd)):
        module.add_parser(sub, name=name, help=name, parents=[]).set_defaults(_run=module.run)
    args = parser.parse_args(argv)
    return args._run(args)


def write_config(tmp_path: Path, accounts: list[tuple[str, int, TestUser]]) -> Path:
    lines = [f'[state]\npath = "{tmp_path / "state.sqlite3"}"\n']
    for name, port, user in accounts:
        lines.append(
            f'[[account]]\nname = "{name}"\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
            f'username = "{user.name}"\npassword_command = ["printf", "%s", "{user.password}"]\n'
            'quiet_period = 0\ntimeout = 5\n'
        )
    path = tmp_path / "config.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    path.chmod(0o600)
    return path


def test_the_scan_command_reports_each_account_and_sets_the_exit_status(dovecot, tmp_path, capsys):
    user = dovecot.new_user()
    user.seed(FOLDER, [own_draft(1, RISKY_BODY), own_draft(2, CLEAN_BODY)])
    config = write_config(tmp_path, [("work", dovecot.port, user), ("gone", free_port(), user)])
    state_file = tmp_path / "state.sqlite3"
    before = snapshot(user)

    assert run_cli(["scan", "--config", str(config), "--account", "work", "--dry-run"]) == 1
    assert snapshot(user) == before and not state_file.exists()
    assert "would be annotated" in capsys.readouterr().out

    assert run_cli(["scan", "--config", str(config), "--format", "json"]) == 2  # "gone" fails
    out, err = capsys.readouterr()
    work, gone = (json.loads(line) for line in out.splitlines())
    assert (work["account"], work["risky"], work["annotated"], work["seen"]) == ("work", 1, 1, 2)
    assert gone == {"account": "gone", "error": "ConnectError", "message": gone["message"]}
    assert "mailcoach: error: account 'gone' (" in err and user.password not in out + err

    assert run_cli(["scan", "--config", str(config), "--account", "work"]) == 1
    assert "work (Drafts): 2 drafts, 0 analysed, 1 risky, 0 annotated\n" == capsys.readouterr().out
    assert run_cli(["scan", "--config", str(config), "--account", "work"]) == 1  # still risky
    assert "unchanged since the last scan: 2 drafts, 1 risky" in capsys.readouterr().out

    assert run_cli(["strip", "--config", str(config), "--account", "work"]) == 0
    assert sorted(v[0] for v in live(snapshot(user)).values()) == sorted(v[0] for v in before.values())
