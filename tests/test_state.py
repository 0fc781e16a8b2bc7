"""The state file: private, locked, versioned, durable — and it never holds draft text or secrets."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import subprocess
import sys
import textwrap

import pytest

from mailcoach.errors import AlreadyRunning, StateError
from mailcoach.state import (DraftRecord, JournalEntry, PollRecord, ScanRecord, State,
                             account_history, prune_scans)


def entry(op: str = "v1.aa11", step: str = "appending", **kw) -> JournalEntry:
    base = dict(op=op, account="work", folder="Drafts", uidvalidity=7, kind="annotate", old_uid=3,
                old_sha256="a" * 64, content_hash="b" * 64, message_id="<m@x>",
                old_flags=("\\Draft", "\\Seen"), old_modseq=12, flags_added=("$MailCoachRisky",),
                new_sha256="c" * 64, new_size=100, step=step, created=1.0, updated=1.0)
    base.update(kw)
    return JournalEntry(**base)


def test_new_state_file_is_private_in_a_new_directory(tmp_path):
    path = tmp_path / "deep" / "er" / "state.sqlite3"
    with State.open(path):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    lock = path.with_name("state.sqlite3.lock")
    assert stat.S_IMODE(lock.stat().st_mode) == 0o600


def test_everything_round_trips_through_the_file(tmp_path):
    path = tmp_path / "s.sqlite3"
    with State.open(path) as st:
        st.put_drafts("work", "Drafts", 7, [
            DraftRecord(uid=3, first_seen=10.0, message_id="<m@x>", content_hash="h" * 64,
                        outcome="risky", flags_added=("$MailCoachRisky", "\\Flagged")),
            DraftRecord(uid=4, first_seen=11.0),
        ])
        st.put_verdict("work", "h" * 64, "rk", [("refusal", "high"), ("argue", "medium")], 12.0)
        st.put_poll("work", "Drafts", PollRecord(7, 9, 2, 44, True, None, 13.0))
        st.journal_begin(entry())
        st.journal_step("v1.aa11", "appended", 14.0, new_uid=9)
        st.record_scan(ScanRecord("work", 1.0, 2.0, seen=2, analysed=1, risky=1, annotated=1),
                       {("refusal", "high"): 1})
    with State.open(path) as st:
        drafts = st.drafts("work", "Drafts", 7)
        assert drafts[3].flags_added == ("$MailCoachRisky", "\\Flagged")
        assert drafts[4].outcome == "waiting" and drafts[4].content_hash is None
        assert st.verdict("work", "h" * 64, "rk") == (("refusal", "high"), ("argue", "medium"))
        assert st.verdict("work", "h" * 64, "other rules") is None
        assert st.poll("work", "Drafts") == PollRecord(7, 9, 2, 44, True, None, 13.0)
        (op,) = st.journal("work", "Drafts")
        assert (op.step, op.new_uid, op.old_flags) == ("appended", 9, ("\\Draft", "\\Seen"))
        assert st.scans("work")[0].annotated == 1
        assert [(r[2], r[3], r[4]) for r in st.finding_counts("work")] == [("refusal", "high", 1)]


def test_forgetting_keeps_the_state_as_small_as_the_folder(tmp_path):
    with State.open(tmp_path / "s") as st:
        st.put_drafts("work", "Drafts", 7, [DraftRecord(uid=u, first_seen=0, content_hash=f"{u:064d}",
                                                        outcome="clean") for u in (1, 2, 3)])
        st.put_drafts("work", "Drafts", 6, [DraftRecord(uid=1, first_seen=0)])
        for u in (1, 2, 3):
            st.put_verdict("work", f"{u:064d}", "rk", [], 0)
        assert st.forget_drafts("work", "Drafts", 7, keep=[2]) == 3
        assert list(st.drafts("work", "Drafts", 7)) == [2]
        assert st.drafts("work", "Drafts", 6) == {}
        assert st.verdict("work", f"{1:064d}", "rk") is None
        assert st.verdict("work", f"{2:064d}", "rk") == ()


def test_finished_operations_are_pruned_once_both_messages_are_gone(tmp_path):
    with State.open(tmp_path / "s") as st:
        st.journal_begin(entry("v1.a1", step="done", old_uid=3, new_uid=9))
        st.journal_begin(entry("v1.a2", step="done", old_uid=4, new_uid=10))
        st.journal_begin(entry("v1.a3", step="appended", old_uid=5, new_uid=11))
        assert st.prune_journal("work", "Drafts", 7, present=[10]) == 1
        assert st.journal_entry("v1.a1") is None
        assert st.journal_entry("v1.a2") is not None
        assert st.journal_entry("v1.a3") is not None  # unfinished: never pruned


def test_a_second_process_is_refused_and_told_the_pid(tmp_path):
    path = tmp_path / "s.sqlite3"
    with State.open(path):
        code = textwrap.dedent(f"""
            from mailcoach.state import State
            from mailcoach.errors import AlreadyRunning
            try:
                State.open({str(path)!r})
            except AlreadyRunning as exc:
                print(exc)
        """)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env={**os.environ, "PYTHONPATH": os.getcwd()}, check=True).stdout
        assert f"pid {os.getpid()}" in out
        with pytest.raises(AlreadyRunning):
            State.open(path)
    with State.open(path):  # released on close
        pass


@pytest.mark.parametrize(
    "content, message",
    [
        (b"this is not a database at all" * 100, "not a mailcoach state file or corrupt"),
        ("newer", "written by a newer mailcoach (schema 99"),
        ("foreign", "not a mailcoach state file (no schema version)"),
    ],
    ids=["garbage", "newer-schema", "another-programs-database"],
)
def test_unusable_state_files_are_refused_with_one_line(tmp_path, content, message):
    path = tmp_path / "s.sqlite3"
    if content == "foreign":
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE contacts (name TEXT)")
        db.commit()
        db.close()
    elif content == "newer":
        with State.open(path):
            pass
        db = sqlite3.connect(path)
        db.execute("UPDATE schema_version SET version = 99")
        db.commit()
        db.close()
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(StateError, match=re.escape(message)):
            State.open(path, readonly=readonly)
    assert path.read_bytes() == before  # nothing added to a file that is not ours


def test_read_only_state_changes_nothing_on_disk(tmp_path):
    path = tmp_path / "s.sqlite3"
    with State.open(path) as st:
        st.put_drafts("work", "Drafts", 7, [DraftRecord(uid=1, first_seen=0)])
    before = (path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(tmp_path)))
    with State.open(path, readonly=True) as st:
        assert list(st.drafts("work", "Drafts", 7)) == [1]
        with pytest.raises(StateError, match="read-only"):
            st.put_drafts("work", "Drafts", 7, [DraftRecord(uid=2, first_seen=0)])
    assert (path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(tmp_path))) == before


def test_read_only_open_of_a_missing_file_creates_nothing(tmp_path):
    path = tmp_path / "none" / "s.sqlite3"
    with State.open(path, readonly=True) as st:
        assert st.drafts("work", "Drafts", 1) == {}
    assert not (tmp_path / "none").exists()


def test_a_read_only_state_does_not_need_the_lock(tmp_path):
    path = tmp_path / "s.sqlite3"
    with State.open(path):
        with State.open(path, readonly=True) as ro:  # `scan --dry-run` beside a running service
            assert ro.poll("work", "Drafts") is None


def test_history_messages_are_one_line(tmp_path):
    with State.open(tmp_path / "s") as st:
        st.record_scan(ScanRecord("work", 1, 2, error_class="ConnectError",
                                  error_message="account 'work': connection lost\nwhile FETCH"))
        assert st.scans()[0].error_message == "account 'work': connection lost while FETCH"


def test_unknown_outcomes_and_steps_are_programming_errors(tmp_path):
    with State.open(tmp_path / "s") as st:
        with pytest.raises(ValueError):
            st.put_drafts("w", "D", 1, [DraftRecord(uid=1, first_seen=0, outcome="maybe")])
        st.journal_begin(entry())
        with pytest.raises(ValueError):
            st.journal_step("v1.aa11", "half-done", 0)
        with pytest.raises(StateError, match="no operation"):
            st.journal_step("v1.unknown", "done", 0)


def test_account_history_summarises_each_account_for_status(tmp_path):
    with State.open(tmp_path / "s") as st:
        st.record_scan(ScanRecord("home", 1, 2, annotated=1))
        st.record_scan(ScanRecord("work", 1, 10, annotated=2))
        st.record_scan(ScanRecord("work", 11, 20, error_class="ConnectError", error_message="gone"))
        st.record_scan(ScanRecord("work", 21, 30, annotated=1))
        st.record_scan(ScanRecord("late", 1, 5, error_class="AuthError", error_message="no"))
        history = {h.account: h for h in account_history(st)}
        work = history["work"]
        assert (work.scans, work.first_scan, work.last_scan, work.last_ok, work.annotated) == \
            (3, 1, 30, 30, 3)
        assert not work.failing and work.last_error.error_message == "gone"
        assert history["late"].failing and history["late"].last_ok is None
        assert prune_scans(st, before=15) == 3
        assert {h.account: h.scans for h in account_history(st)} == {"work": 2}


def test_read_only_open_after_a_kill_inside_a_commit_reads_the_committed_data(tmp_path):
    # A killed writer leaves a hot rollback journal; status/report/--dry-run must still read the
    # last committed state and leave both files exactly as they are.
    path = tmp_path / "state.sqlite3"
    with State.open(path) as st:
        st.record_scan(ScanRecord(account="work", started=1.0, finished=2.0, seen=3))
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode = DELETE")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM scans")
    writer.execute("PRAGMA cache_size = 1")  # keep the change spilling to the file
    writer.execute("CREATE TABLE filler(x)")
    writer.executemany("INSERT INTO filler VALUES (?)", [(b"x" * 4000,)] * 200)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("state.sqlite3", "state.sqlite3-journal"):   # a snapshot mid-transaction = a kill
        (crashed / name).write_bytes((tmp_path / name).read_bytes())
    writer.execute("ROLLBACK")
    writer.close()
    before = {p.name: p.read_bytes() for p in crashed.iterdir()}
    assert before["state.sqlite3-journal"]
    with State.open(crashed / "state.sqlite3", readonly=True) as st:
        assert [s.seen for s in st.scans("work")] == [3]
    assert {p.name: p.read_bytes() for p in crashed.iterdir()} == before
