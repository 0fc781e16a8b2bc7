"""Crash safety on real servers: the scanning process is SIGKILLed at each step of a replace, and
the next scan leaves exactly one annotated copy of each risky draft and changes nothing else.

The victim is a child process that runs `scan_folder` on a real connection whose folder kills
the process (SIGKILL: no cleanup, no atexit, no finally) right before or right after one IMAP
command. The kill hook lives here, in the test, not in the product: the journal is committed
before each command, so "just before command X" and "just after command X" are the instants
between two journal commits. The judge is a stand-in (risky = says 不可能做), shared by the child
and the test, so the test is about the journal and the replace, not about the analyser.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from servers import fresh_mailbox
from test_scan_imap import FOLDER, live, own_draft, snapshot

from mailcoach import annotate, imap
from mailcoach.analysis import Finding, Verdict
from mailcoach.config import Account
from mailcoach.scan import scan_folder
from mailcoach.state import State

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent


def judge(raw: bytes) -> Verdict:
    """Risky when the draft says 不可能做 (a stand-in for the analyser, identical in the child)."""
    if "不可能做".encode() in raw:
        return Verdict((Finding("refusal", "high", "当场回绝", "flat refusal", "-", "留有缓冲 / buffer"),))
    return Verdict(())


# The child: connect, wrap one folder method with a SIGKILL, scan. Exit status 3 means the step
# never happened (a test bug), -SIGKILL that the process died where it should.
CHILD = """
import json, os, signal, sys
args = json.loads(sys.argv[1])
sys.path[:0] = [args["tests"], args["repo"]]
from mailcoach import imap
from mailcoach.config import Account
from mailcoach.scan import scan_folder
from mailcoach.state import State
from test_crash import judge

account = Account(**args["account"])
when, method = args["kill_at"].split(":")
folder = imap.connect(account).open_drafts()
real = getattr(folder, method)

def killing(*a, **kw):
    if when == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    result = real(*a, **kw)
    os.kill(os.getpid(), signal.SIGKILL)
    return result

setattr(folder, method, killing)
with State.open(args["state"]) as state:
    scan_folder(folder, state, judge, account)
sys.exit(3)
"""

STEPS = {
    # full Dovecot: APPENDUID, UNCHANGEDSINCE, UID EXPUNGE
    "dovecot": ["before:append", "after:append", "before:mark_deleted", "after:mark_deleted",
                "before:expunge_one", "after:expunge_one"],
    # no UIDPLUS: the copy is found by its op token; the original is left \Deleted
    "dovecot_restricted": ["after:append", "after:find_by_header", "after:mark_deleted"],
    "pymap_server": ["after:append", "after:mark_deleted", "before:expunge_one"],
    # UIDPLUS advertised but no APPENDUID in the answer: found by op token too
    "dovecot_no_appenduid": ["after:append", "after:find_by_header", "before:expunge_one"],
}
CASES = [(kind, step) for kind, steps in STEPS.items() for step in steps]


@dataclass
class Mailbox:
    kind: str
    user: object
    account: Account


@pytest.fixture
def mailbox(request: pytest.FixtureRequest):
    with fresh_mailbox(request, request.param) as (user, account, _proxy):
        yield Mailbox(request.param, user, account)


RISKY_1 = "王总:\r\n这个功能不可能做,别再提了。"
RISKY_2 = "Hi Li,\r\n这个需求不可能做。"
CLEAN = "李经理:\r\n需求已记录,周五前答复您。"


@pytest.mark.parametrize("mailbox, step", CASES, indirect=["mailbox"],
                         ids=[f"{k}-{s}" for k, s in CASES])
def test_a_kill_at_any_step_ends_with_exactly_one_annotated_copy(mailbox, step, tmp_path):
    risky = [own_draft(1, RISKY_1), own_draft(2, RISKY_2)]
    clean = own_draft(3, CLEAN)
    others_deleted = own_draft(4, RISKY_1)
    mailbox.user.seed(FOLDER, risky + [clean], flags=[("\\Draft", "\\Seen"), ("\\Draft",), ("\\Draft",)])
    mailbox.user.seed(FOLDER, [others_deleted], flags=[("\\Draft", "\\Deleted")])
    before = snapshot(mailbox.user)
    state_path = tmp_path / "state.sqlite3"

    args = {"tests": str(TESTS), "repo": str(REPO), "kill_at": step, "state": str(state_path),
            "account": {k: v for k, v in mailbox.account.__dict__.items()}}
    child = subprocess.run([sys.executable, "-c", CHILD, json.dumps(args, default=list)],
                           capture_output=True, text=True, timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]

    with State.open(state_path) as state:
        with imap.connect(mailbox.account) as session:
            summary = scan_folder(session.open_drafts(), state, judge, mailbox.account)
    after = snapshot(mailbox.user)

    copies = [raw for raw, _, _ in live(after).values() if annotate.read_mark(raw)]
    assert sorted(annotate.strip(raw) for raw in copies) == sorted(risky)   # exactly one each
    plain = sorted(raw for raw, _, _ in live(after).values() if not annotate.read_mark(raw))
    assert plain == [clean]                                                 # no leftover original
    for uid, (raw, flags, date) in before.items():
        if raw in (clean, others_deleted):
            assert after[uid] == (raw, flags, date)                         # untouched
    for raw, flags, _ in live(after).values():
        original = annotate.strip(raw)
        if original in risky:
            assert flags >= next(f for r, f, _ in before.values() if r == original)
    # Without UIDPLUS the replaced originals stay, flagged \Deleted: only those.
    deleted = sorted(raw for raw, flags, _ in after.values() if "\\Deleted" in flags)
    expected = sorted(risky + [others_deleted]) if mailbox.kind == "dovecot_restricted" \
        else [others_deleted]
    assert deleted == expected
    assert summary.repaired == 1

    with State.open(state_path) as state:  # and the next scan changes nothing
        with imap.connect(mailbox.account) as session:
            scan_folder(session.open_drafts(), state, judge, mailbox.account)
    assert snapshot(mailbox.user) == after
