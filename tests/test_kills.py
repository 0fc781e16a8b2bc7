"""Process faults: SIGKILL at random instants while scans replace drafts, hundreds of times.

A long-lived "zygote" process imports mailcoach and loads the analyser once, then forks one
scanner per round; the scanner scans the folder over and over (each pass: connect, poll, repair,
judge, replace, record — the real `scan_account`, the real analyser) until the test SIGKILLs it
after a delay drawn from a seeded RNG. Before every round the PM's client edits drafts (a new
version with the same Message-ID, the old UID deleted), and in some rounds it edits one again
*while* the scanner works, deleting the UID it had open — so there is always replace work in
flight, and concurrent edits race the replace.

After each kill one clean scan (in the test process, same state file) must restore the safety
invariant (`proof_helpers.Workload.check`): every draft exactly once, its newest version,
annotated exactly when risky, nothing \\Seen, the bystander and INBOX untouched, no journaled
operation left open.

The CI profile makes at least 200 kills in a couple of minutes; MAILCOACH_PROOF=long many more.
Where the kills landed (mid-operation, by journal step) is recorded with the figures.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

import pytest
from proof_helpers import (LOCK_WAITS, Workload, config_with_state, figures, open_operations,
                           run_main, scaled)

from mailcoach.rules import load_ruleset
from mailcoach.scan import make_judge, scan_account
from mailcoach.state import ScanRecord, State

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
RULESET = load_ruleset()
JUDGE = make_judge(RULESET)

KILLS = {"dovecot": scaled(200, 2000), "dovecot_restricted": scaled(60, 500)}
SEED = int(os.environ.get("MAILCOACH_PROOF_SEED", "20241127"))


# --------------------------------------------------------------------------- the zygote


def zygote() -> None:
    """Runs in its own process: warm up, then fork one scanner per line read from stdin.

    Protocol (JSON lines): stdin ``{"account": {...}, "state": path}``; stdout ``{"ready"}``
    once, then per round ``{"pid"}``, the scanner's ``{"pass", "t"}`` after each pass, and
    ``{"exit", "signal", "code"}`` when it is gone. Writes go straight to fd 1 (one write per
    line, shorter than PIPE_BUF: lines of parent and child never interleave).
    """
    from mailcoach.analysis import analyse
    from mailcoach.draft import read_draft
    from mailcoach.config import Account

    analyse(read_draft("Subject: warm\r\n\r\n这个需求不可能做。".encode()), RULESET)  # jieba loaded

    def emit(**event: object) -> None:
        os.write(1, (json.dumps(event) + "\n").encode())

    emit(ready=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                settings = {k: tuple(v) if isinstance(v, list) else v
                            for k, v in cmd["account"].items()}
                scan_forever(Account(**settings), Path(cmd["state"]), emit)
            except BaseException:  # noqa: BLE001 - reported to the test as a crash
                import traceback
                traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        emit(pid=pid)
        _, status = os.waitpid(pid, 0)
        emit(exit=pid, signal=os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
             code=os.WEXITSTATUS(status) if os.WIFEXITED(status) else None)


def scan_forever(account, state_path: Path, emit) -> None:
    """What the killed process does: `scan_account` in a loop, as `mailcoach run` would."""
    started = time.monotonic()
    config = config_with_state(state_path, account)
    with State.open(state_path) as state:
        n = 0
        while True:
            begun = time.monotonic() - started
            summary = scan_account(account, config, state, RULESET)
            n += 1
            emit(passed=n, begun=begun, t=time.monotonic() - started, unchanged=summary.unchanged)
            if summary.unchanged:
                time.sleep(0.01)


class Zygote:
    """The test's handle on the zygote process."""

    def __init__(self, tmp: Path) -> None:
        self.log = tmp / "zygote.log"
        code = (f"import sys; sys.path[:0] = [{str(TESTS)!r}, {str(REPO)!r}];"
                " import test_kills; test_kills.zygote()")
        self._log = open(self.log, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self._log, cwd=REPO)
        self.events: queue.Queue[dict] = queue.Queue()
        self.passes: list[dict] = []
        self.scanner: int | None = None     # the pid of the scanner alive now, if any
        threading.Thread(target=self._read, daemon=True).start()
        try:
            self.expect("ready", timeout=60)
        except BaseException:
            self.stop()
            raise

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.events.put(json.loads(line))
        self.events.put({"eof": True})

    def expect(self, key: str, timeout: float) -> dict:
        """The next event carrying `key` (scanner passes seen on the way are returned in
        `self.passes`)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                event = self.events.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"zygote: no {key!r} within {timeout} s\n{self.tail()}")
            if "eof" in event:
                pytest.fail(f"zygote ended\n{self.tail()}")
            if "passed" in event:
                self.passes.append(event)
            if "exit" in event:
                self.scanner = None
            if key in event:
                return event

    def start(self, account, state: Path) -> int:
        self.passes = []
        command = {"account": account, "state": str(state)}
        self.proc.stdin.write((json.dumps(command) + "\n").encode())
        self.proc.stdin.flush()
        self.scanner = self.expect("pid", timeout=10)["pid"]
        return self.scanner

    def drain_passes(self) -> None:
        while True:
            try:
                event = self.events.get_nowait()
            except queue.Empty:
                return
            if "passed" in event:
                self.passes.append(event)
            else:
                self.events.put(event)   # not ours to take: keep it (only "exit" can come)
                return

    def tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-30:])

    def stop(self) -> None:
        """End the zygote, and a scanner still running if the test failed mid-round."""
        if self.scanner is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.scanner, signal.SIGKILL)
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._log.close()


# --------------------------------------------------------------------------- the test


@pytest.mark.parametrize("server_kind", sorted(KILLS))
def test_sigkill_at_random_instants_is_repaired_by_the_next_scan(server_kind, request, tmp_path):
    server = request.getfixturevalue(server_kind)
    user = server.new_user()
    uidplus = server_kind == "dovecot"
    account = user.account(quiet_period=0, timeout=10)
    rng = random.Random(f"{SEED}-{server_kind}")
    work = Workload.seed(user, JUDGE, rng, drafts=8, uidplus=uidplus)
    state_path = tmp_path / "state.sqlite3"
    config = config_with_state(state_path, account)
    account_json = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(account).items()}

    def clean_scan() -> None:
        with State.open(state_path) as state:
            scan_account(account, config, state, RULESET)
            assert state.journal(account.name, "Drafts") == [], "an operation is left open"

    clean_scan()
    work.check()
    zygote = Zygote(tmp_path)
    kills = KILLS[server_kind]
    landed: Counter[str] = Counter()
    window = None        # (start, end) of the first pass, in seconds from the fork (measured)
    concurrent = 0
    started = time.monotonic()
    try:
        for _ in range(kills):
            known = work.live_uids()
            work.edit(rng.randint(3, 6), known, p_risky=0.8)
            pid = zygote.start(account_json, state_path)
            t0 = time.monotonic()
            if window is None:
                # Calibration: the first round is killed right after its first full pass.
                zygote.expect("passed", timeout=30)
            else:
                # Mostly in the later part of the first pass, where the replaces happen (after
                # connecting, listing and fetching); some earlier, some after it.
                begin, end = window
                delay = rng.uniform(0, begin + (end - begin) * 0.3) if rng.random() < 0.15 \
                    else rng.uniform(begin + (end - begin) * 0.3, end * 1.1)
                if rng.random() < 0.35:
                    # The PM saves again while the scanner works, deleting the UID it had open.
                    time.sleep(rng.uniform(0, delay))
                    work.edit(1, known)
                    concurrent += 1
                time.sleep(max(0.0, delay - (time.monotonic() - t0)))
            os.kill(pid, signal.SIGKILL)
            ended = zygote.expect("exit", timeout=10)
            assert ended["signal"] == signal.SIGKILL, \
                f"the scanner died by itself (exit {ended['code']}): a crash\n{zygote.tail()}"
            zygote.drain_passes()
            if zygote.passes:
                first = (zygote.passes[0]["begun"], zygote.passes[0]["t"])
                window = first if window is None else \
                    (0.8 * window[0] + 0.2 * first[0], 0.8 * window[1] + 0.2 * first[1])
            open_steps = open_operations(state_path, account.name)
            landed.update(open_steps or ["between operations"])
            clean_scan()
            work.check()
    finally:
        zygote.stop()
        work.close()
    seconds = time.monotonic() - started
    mid_op = sum(v for k, v in landed.items() if k != "between operations")
    figures(request.config).record(
        f"kills[{server_kind}]", kills=kills, survived=kills, lost=0, duplicated=0,
        kills_mid_operation=mid_op, open_steps_at_kill=dict(sorted(landed.items())),
        concurrent_edits=concurrent, edits=work.edits, lock_outlived_the_kill=len(LOCK_WAITS),
        longest_lock_wait_ms=round(max(LOCK_WAITS, default=0) * 1000, 1),
        seconds=round(seconds, 1), seed=SEED)
    LOCK_WAITS.clear()
    # A proof that mostly killed idle processes would prove little.
    assert mid_op >= max(1, kills // 40), f"only {mid_op} of {kills} kills landed in an operation"


# --------------------------------------------------------------------------- killed inside a commit

KILLED_IN_A_COMMIT = """
import os, signal, sqlite3, sys
# What a mailcoach process killed inside a commit leaves behind: the rollback journal is synced
# and the database file is half written (a tiny page cache makes SQLite write pages before the
# COMMIT, as a large commit does). Then SIGKILL: no rollback, no cleanup.
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA cache_size = 2")
db.execute("BEGIN IMMEDIATE")
for i in range(3000):
    db.execute("INSERT INTO findings (account, time, rule, severity, count)"
               " VALUES ('work', ?, 'argue', 'high', 1)", (i,))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_status_and_report_still_work_after_a_process_died_inside_a_commit(tmp_path, capsys):
    """After `mailcoach run` is killed in the middle of a commit (the kill test above gets there
    now and then), `mailcoach status` and `report` must still read the state file: it holds the
    last committed state. They open it read-only, and SQLite needs a writer to roll back the
    "hot" journal such a process leaves."""
    state = tmp_path / "state.sqlite3"
    config = tmp_path / "config.toml"
    config.write_text(f'[state]\npath = "{state}"\n[[account]]\nname = "work"\nhost = "127.0.0.1"\n'
                      'port = 9\nsecurity = "tls"\nusername = "pm"\npassword_env = "NOPE"\n')
    config.chmod(0o600)
    with State.open(state) as st:
        st.record_scan(ScanRecord("work", 1.0, 2.0, seen=3))
    died = subprocess.run([sys.executable, "-c", KILLED_IN_A_COMMIT, str(state)])
    assert died.returncode == -signal.SIGKILL
    assert state.with_name(state.name + "-journal").exists()     # the hot journal is there

    assert run_main(["status", "--config", str(config), "--format", "json"]) == 0, \
        capsys.readouterr().err
    (row,) = json.loads(capsys.readouterr().out)["accounts"]
    assert row["scans"] == 1 and not row["failing"]               # the last committed state
    assert run_main(["report", "--config", str(config), "--format", "json"]) == 0, \
        capsys.readouterr().err
    assert json.loads(capsys.readouterr().out)["total"] == 0      # the killed commit is undone
