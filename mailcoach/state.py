"""The local state: what mailcoach knows about each draft, the replace journal, poll cache, history.

The one owner of sqlite3. The state file holds UIDs, content hashes, rule ids and severities,
flags we set, counts and times — never draft text, never a secret, never an address.

Tables (schema version in ``schema_version``):

- ``drafts``   one row per (account, folder, UIDVALIDITY, UID): first-seen time, Message-ID,
               content hash, outcome (waiting / clean / risky / ours / skipped / stripped: see
               ``OUTCOMES``), the cues *we*
               set (so ``strip`` removes only ours) and a skip reason.
- ``verdicts`` (account, content hash, rules key) -> the findings as (rule, severity) pairs, so
               a draft is analysed once per content.
- ``polls``    per (account, folder) the last settled STATUS tuple, for the O(1) no-change poll.
- ``journal``  one row per replace operation, committed *before* each network step, so the
               next scan can repair a process killed at any instant (see ``scan.py``).
- ``scans`` and ``findings``: history for ``status`` and ``report`` (counts only).

Durability: rollback journal with ``synchronous=FULL`` — a commit is on disk before the network
step it announces. A second process using the same state file is refused with
:class:`AlreadyRunning` (``fcntl.flock`` on the sidecar ``<state>.lock``, which holds the pid).
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .errors import AlreadyRunning, StateError

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1

# Journal steps. The step names what the *next* network action is (or that none is left):
# a row is committed with the step before the action is sent.
OPEN_STEPS = ("appending", "replacing", "appended", "deleting", "deleted_old", "rolling_back",
              "sweeping")
TERMINAL_STEPS = ("done", "left_deleted", "rolled_back", "aborted", "superseded")

# waiting: not judged yet (quiet period); clean / risky: judged (risky: cued with flags only);
# ours: our annotated copy; skipped: unreadable, left untouched; stripped: restored by `strip`
# (not judged again until the PM saves a new version).
OUTCOMES = ("waiting", "clean", "risky", "ours", "skipped", "stripped")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS drafts (
    account TEXT NOT NULL, folder TEXT NOT NULL, uidvalidity INTEGER NOT NULL, uid INTEGER NOT NULL,
    first_seen REAL NOT NULL,
    message_id TEXT,
    content_hash TEXT,
    outcome TEXT NOT NULL,
    flags_added TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (account, folder, uidvalidity, uid)
);
CREATE TABLE IF NOT EXISTS verdicts (
    account TEXT NOT NULL, content_hash TEXT NOT NULL, rules_key TEXT NOT NULL,
    findings TEXT NOT NULL,
    analysed_at REAL NOT NULL,
    PRIMARY KEY (account, content_hash, rules_key)
);
CREATE TABLE IF NOT EXISTS polls (
    account TEXT NOT NULL, folder TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uidnext INTEGER, messages INTEGER, highestmodseq INTEGER,
    settled INTEGER NOT NULL,
    wake_at REAL,
    checked_at REAL NOT NULL,
    PRIMARY KEY (account, folder)
);
CREATE TABLE IF NOT EXISTS journal (
    op TEXT PRIMARY KEY,
    account TEXT NOT NULL, folder TEXT NOT NULL, uidvalidity INTEGER NOT NULL,
    kind TEXT NOT NULL,
    old_uid INTEGER NOT NULL,
    old_sha256 TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    message_id TEXT,
    new_sha256 TEXT NOT NULL,
    new_size INTEGER NOT NULL,
    old_flags TEXT NOT NULL,
    old_modseq INTEGER,
    flags_added TEXT NOT NULL,
    step TEXT NOT NULL,
    new_uid INTEGER,
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS journal_folder ON journal (account, folder, step);
CREATE TABLE IF NOT EXISTS scans (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    started REAL NOT NULL, finished REAL NOT NULL,
    seen INTEGER NOT NULL, analysed INTEGER NOT NULL, risky INTEGER NOT NULL,
    annotated INTEGER NOT NULL, skipped INTEGER NOT NULL,
    error_class TEXT, error_message TEXT
);
CREATE TABLE IF NOT EXISTS findings (
    account TEXT NOT NULL, time REAL NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL,
    count INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS findings_time ON findings (account, time);
"""


@dataclass(frozen=True)
class DraftRecord:
    """What the state knows about one UID.

    `content_hash` is None while the draft waits for its quiet period (not fetched yet).
    `flags_added` are the cues mailcoach itself set on this UID.
    """

    uid: int
    first_seen: float
    message_id: str | None = None
    content_hash: str | None = None
    outcome: str = "waiting"
    flags_added: tuple[str, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class PollRecord:
    """The last STATUS tuple of a folder; `settled` is false when the scan that saw it changed
    the folder (the next poll must then list the folder once more)."""

    uidvalidity: int
    uidnext: int | None
    messages: int | None
    highestmodseq: int | None
    settled: bool
    wake_at: float | None
    checked_at: float


@dataclass(frozen=True)
class JournalEntry:
    """One replace operation (annotate or strip) of one draft.

    `old_sha256` is the SHA-256 of the original's exact bytes: a message without our mark is
    never deleted unless its bytes hash to it. `content_hash` is annotate.content_hash of the
    original (for the stale-copy sweep).
    """

    op: str
    account: str
    folder: str
    uidvalidity: int
    kind: str
    old_uid: int
    old_sha256: str
    content_hash: str
    message_id: str | None
    old_flags: tuple[str, ...]
    old_modseq: int | None
    flags_added: tuple[str, ...]
    new_sha256: str
    new_size: int
    step: str
    new_uid: int | None = None
    created: float = 0.0
    updated: float = 0.0


@dataclass(frozen=True)
class ScanRecord:
    """One scan of one account, for `mailcoach status` (no draft text; error is one line)."""

    account: str
    started: float
    finished: float
    seen: int = 0
    analysed: int = 0
    risky: int = 0
    annotated: int = 0
    skipped: int = 0
    error_class: str | None = None
    error_message: str | None = None


@dataclass
class _Conn:
    db: sqlite3.Connection
    lock_fd: int | None = None
    mutex: threading.RLock = field(default_factory=threading.RLock)
    snapshot: tempfile.TemporaryDirectory | None = None  # read-only view of an interrupted file


class State:
    """The state file of one mailcoach installation.

    Open with :meth:`State.open`. Safe to share between threads of one process (the daemon's
    workers): every call holds an internal lock. Read-only states (``--dry-run``) never write the
    file: write methods raise StateError.
    """

    def __init__(self, conn: _Conn, path: Path | None, readonly: bool) -> None:
        self._c = conn
        self.path = path
        self.readonly = readonly

    # ---------------------------------------------------------------- opening and closing

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False) -> State:
        """Open (creating if needed) the state file at `path` and take its exclusive lock.

        With `readonly`, the file is opened read-only and not locked, and nothing on disk is
        created or changed; a missing file gives an empty in-memory state.
        Raises AlreadyRunning if another process holds the lock, StateError if the file is
        unreadable, corrupt or of a newer schema.
        """
        p = Path(path)
        if readonly:
            return cls._open_readonly(p)
        try:
            p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StateError(f"{p.parent}: cannot create the state directory: {exc.strerror}") from None
        lock_fd = _take_lock(p)
        db = None
        try:
            # Create the file 0600 ourselves: sqlite3 would use the umask.
            fd = os.open(p, os.O_RDWR | os.O_CREAT, 0o600)
            os.close(fd)
            os.chmod(p, 0o600)
            db = sqlite3.connect(p, isolation_level=None, check_same_thread=False, timeout=30)
            state = cls(_Conn(db, lock_fd), p, readonly=False)
            state._setup()
            return state
        except BaseException as exc:
            if db is not None:
                db.close()
            _release_lock(lock_fd)
            if isinstance(exc, sqlite3.DatabaseError):
                raise StateError(f"{p}: not a mailcoach state file or corrupt ({exc})") from None
            if isinstance(exc, OSError):
                raise StateError(f"{p}: cannot open the state file: {exc.strerror}") from None
            raise

    @classmethod
    def memory(cls) -> State:
        """A throw-away state in memory (tests, and dry runs without a state file)."""
        db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        state = cls(_Conn(db), None, readonly=False)
        state._setup()
        return state

    @classmethod
    def _open_readonly(cls, p: Path) -> State:
        if not p.exists():
            state = cls.memory()
            state.readonly = True
            return state
        db = None
        snapshot = None
        try:
            journal = p.with_name(p.name + "-journal")
            if journal.exists() and journal.stat().st_size > 0:
                # A process was killed inside a commit: the hot journal must be rolled back before
                # the file can be read, and rolling back writes. Read a private copy instead, so
                # that a read-only open still changes nothing on disk.
                snapshot = tempfile.TemporaryDirectory(prefix="mailcoach-state-")
                copy = Path(snapshot.name) / p.name
                try:
                    shutil.copyfile(p, copy)
                    shutil.copyfile(journal, copy.with_name(copy.name + "-journal"))
                except FileNotFoundError:
                    # A live writer finished its commit meanwhile: the file itself is whole now.
                    snapshot.cleanup()
                    snapshot = None
            if snapshot is not None:
                db = sqlite3.connect(Path(snapshot.name) / p.name, isolation_level=None,
                                     check_same_thread=False, timeout=30)
            else:
                db = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True,
                                     isolation_level=None, check_same_thread=False, timeout=30)
            db.execute("PRAGMA query_only = 1")
            state = cls(_Conn(db, snapshot=snapshot), p, readonly=True)
            state._check_version()
            return state
        except BaseException as exc:
            if db is not None:
                db.close()
            if snapshot is not None:
                snapshot.cleanup()
            if isinstance(exc, sqlite3.DatabaseError):
                raise StateError(f"{p}: not a mailcoach state file or corrupt ({exc})") from None
            raise

    def _setup(self) -> None:
        db = self._c.db
        db.execute("PRAGMA journal_mode = DELETE")
        # FULL: the journal row is on disk before the IMAP command it announces is sent.
        db.execute("PRAGMA synchronous = FULL")
        self._create_schema()

    def _create_schema(self) -> None:
        db = self._c.db
        version = self._version()
        if version is None:
            if db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                # Someone else's database: never add our tables to it.
                raise StateError(f"{self.path}: not a mailcoach state file (no schema version)")
            db.execute("BEGIN IMMEDIATE")
            try:
                for stmt in _SCHEMA.split(";"):
                    if stmt.strip():
                        db.execute(stmt)
                db.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        else:
            self._check_version()

    def _version(self) -> int | None:
        db = self._c.db
        row = db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
        ).fetchone()
        if row is None:
            return None
        got = db.execute("SELECT max(version) FROM schema_version").fetchone()
        return got[0] if got and got[0] is not None else None

    def _check_version(self) -> None:
        version = self._version()
        where = self.path or "state"
        if version is None:
            raise StateError(f"{where}: not a mailcoach state file (no schema version)")
        if version > SCHEMA_VERSION:
            raise StateError(
                f"{where}: written by a newer mailcoach (schema {version}, this one knows"
                f" {SCHEMA_VERSION}); upgrade mailcoach or use another [state] path"
            )

    def close(self) -> None:
        """Close the database and release the lock (idempotent)."""
        with self._c.mutex:
            try:
                self._c.db.close()
            finally:
                if self._c.lock_fd is not None:
                    _release_lock(self._c.lock_fd)
                    self._c.lock_fd = None
                if self._c.snapshot is not None:
                    self._c.snapshot.cleanup()
                    self._c.snapshot = None

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed (and synced) on exit."""
        if self.readonly:
            raise StateError("the state is open read-only (dry run): nothing may be written")
        with self._c.mutex:
            db = self._c.db
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def _query(self, sql: str, args: Sequence[object] = ()) -> list[tuple]:
        with self._c.mutex:
            try:
                return self._c.db.execute(sql, args).fetchall()
            except sqlite3.DatabaseError as exc:
                raise StateError(f"{self.path or 'state'}: {exc}") from None

    # ---------------------------------------------------------------- drafts

    def drafts(self, account: str, folder: str, uidvalidity: int) -> dict[int, DraftRecord]:
        """Every UID known in this folder under this UIDVALIDITY."""
        rows = self._query(
            "SELECT uid, first_seen, message_id, content_hash, outcome, flags_added, reason"
            " FROM drafts WHERE account = ? AND folder = ? AND uidvalidity = ?",
            (account, folder, uidvalidity),
        )
        return {
            r[0]: DraftRecord(uid=r[0], first_seen=r[1], message_id=r[2], content_hash=r[3],
                              outcome=r[4], flags_added=_split(r[5]), reason=r[6])
            for r in rows
        }

    def put_drafts(self, account: str, folder: str, uidvalidity: int,
                   records: Iterable[DraftRecord]) -> None:
        """Insert or replace the rows of these UIDs."""
        rows = [
            (account, folder, uidvalidity, r.uid, r.first_seen, r.message_id, r.content_hash,
             _outcome(r.outcome), " ".join(r.flags_added), r.reason)
            for r in records
        ]
        if not rows:
            return
        with self._tx() as db:
            db.executemany(
                "INSERT OR REPLACE INTO drafts (account, folder, uidvalidity, uid, first_seen,"
                " message_id, content_hash, outcome, flags_added, reason)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def forget_drafts(self, account: str, folder: str, uidvalidity: int, keep: Iterable[int]) -> int:
        """Drop the rows of UIDs no longer in the folder, and of any other UIDVALIDITY.

        Returns how many rows were dropped (the state stays as small as the folder).
        """
        keep_set = set(keep)
        known = self.drafts(account, folder, uidvalidity)
        gone = [(account, folder, uidvalidity, uid) for uid in known if uid not in keep_set]
        with self._tx() as db:
            cur = db.execute(
                "DELETE FROM drafts WHERE account = ? AND folder = ? AND uidvalidity != ?",
                (account, folder, uidvalidity),
            )
            dropped = cur.rowcount
            db.executemany(
                "DELETE FROM drafts WHERE account = ? AND folder = ? AND uidvalidity = ? AND uid = ?",
                gone,
            )
            # Verdicts no draft refers to any more are of no use.
            db.execute(
                "DELETE FROM verdicts WHERE account = ? AND content_hash NOT IN"
                " (SELECT content_hash FROM drafts WHERE account = ? AND content_hash IS NOT NULL)",
                (account, account),
            )
        return dropped + len(gone)

    def drop_drafts(self, account: str, folder: str, uidvalidity: int, uids: Iterable[int]) -> None:
        """Forget these UIDs (they were replaced or removed)."""
        rows = [(account, folder, uidvalidity, uid) for uid in uids]
        if rows:
            with self._tx() as db:
                db.executemany(
                    "DELETE FROM drafts WHERE account = ? AND folder = ? AND uidvalidity = ? AND uid = ?",
                    rows,
                )

    def count_outcomes(self, account: str, folder: str, uidvalidity: int) -> dict[str, int]:
        """How many known drafts have each outcome (for the summary of an unchanged poll)."""
        rows = self._query(
            "SELECT outcome, count(*) FROM drafts WHERE account = ? AND folder = ? AND uidvalidity = ?"
            " GROUP BY outcome",
            (account, folder, uidvalidity),
        )
        return {r[0]: r[1] for r in rows}

    # ---------------------------------------------------------------- verdict cache

    def verdict(self, account: str, content_hash: str, rules_key: str) -> tuple[tuple[str, str], ...] | None:
        """The cached (rule, severity) pairs of a content, or None if never analysed."""
        rows = self._query(
            "SELECT findings FROM verdicts WHERE account = ? AND content_hash = ? AND rules_key = ?",
            (account, content_hash, rules_key),
        )
        if not rows:
            return None
        return tuple((str(r), str(s)) for r, s in json.loads(rows[0][0]))

    def put_verdict(self, account: str, content_hash: str, rules_key: str,
                    findings: Sequence[tuple[str, str]], now: float) -> None:
        """Remember the (rule, severity) pairs found in a content (never the evidence)."""
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO verdicts (account, content_hash, rules_key, findings, analysed_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (account, content_hash, rules_key, json.dumps([list(f) for f in findings]), now),
            )

    # ---------------------------------------------------------------- poll cache

    def poll(self, account: str, folder: str) -> PollRecord | None:
        rows = self._query(
            "SELECT uidvalidity, uidnext, messages, highestmodseq, settled, wake_at, checked_at"
            " FROM polls WHERE account = ? AND folder = ?",
            (account, folder),
        )
        if not rows:
            return None
        r = rows[0]
        return PollRecord(uidvalidity=r[0], uidnext=r[1], messages=r[2], highestmodseq=r[3],
                          settled=bool(r[4]), wake_at=r[5], checked_at=r[6])

    def put_poll(self, account: str, folder: str, rec: PollRecord) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO polls (account, folder, uidvalidity, uidnext, messages,"
                " highestmodseq, settled, wake_at, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (account, folder, rec.uidvalidity, rec.uidnext, rec.messages, rec.highestmodseq,
                 int(rec.settled), rec.wake_at, rec.checked_at),
            )

    # ---------------------------------------------------------------- journal

    def journal_begin(self, entry: JournalEntry) -> None:
        """Record a new operation (committed before its first network step)."""
        with self._tx() as db:
            db.execute(
                "INSERT INTO journal (op, account, folder, uidvalidity, kind, old_uid, old_sha256,"
                " content_hash, message_id, new_sha256, new_size, old_flags, old_modseq,"
                " flags_added, step, new_uid, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry.op, entry.account, entry.folder, entry.uidvalidity, entry.kind,
                 entry.old_uid, entry.old_sha256, entry.content_hash, entry.message_id,
                 entry.new_sha256, entry.new_size, " ".join(entry.old_flags), entry.old_modseq,
                 " ".join(entry.flags_added), _step(entry.step), entry.new_uid, entry.created,
                 entry.updated),
            )

    def journal_step(self, op: str, step: str, now: float, *, new_uid: int | None = None) -> None:
        """Move an operation to `step` (and record the new copy's UID once known)."""
        with self._tx() as db:
            if new_uid is None:
                cur = db.execute("UPDATE journal SET step = ?, updated = ? WHERE op = ?",
                                 (_step(step), now, op))
            else:
                cur = db.execute("UPDATE journal SET step = ?, new_uid = ?, updated = ? WHERE op = ?",
                                 (_step(step), new_uid, now, op))
            if cur.rowcount != 1:
                raise StateError(f"journal: no operation {op!r}")

    def journal(self, account: str, folder: str, *, steps: Sequence[str] = OPEN_STEPS) -> list[JournalEntry]:
        """The operations of a folder in the given steps (default: unfinished), oldest first."""
        marks = ",".join("?" * len(steps))
        rows = self._query(
            f"SELECT {_JOURNAL_COLUMNS} FROM journal WHERE account = ? AND folder = ?"
            f" AND step IN ({marks}) ORDER BY created, rowid",
            (account, folder, *steps),
        )
        return [_journal_entry(r) for r in rows]

    def journal_entry(self, op: str) -> JournalEntry | None:
        """The operation with this op token, or None."""
        rows = self._query(f"SELECT {_JOURNAL_COLUMNS} FROM journal WHERE op = ?", (op,))
        return _journal_entry(rows[0]) if rows else None

    def prune_journal(self, account: str, folder: str, uidvalidity: int, present: Iterable[int]) -> int:
        """Drop finished operations whose copy and original are both gone from the folder."""
        present_set = set(present)
        finished = self.journal(account, folder, steps=TERMINAL_STEPS)
        drop = [
            (e.op,) for e in finished
            if e.uidvalidity != uidvalidity
            or (e.old_uid not in present_set and (e.new_uid is None or e.new_uid not in present_set))
        ]
        if drop:
            with self._tx() as db:
                db.executemany("DELETE FROM journal WHERE op = ?", drop)
        return len(drop)

    # ---------------------------------------------------------------- history

    def record_scan(self, rec: ScanRecord, findings: dict[tuple[str, str], int] | None = None) -> None:
        """Append one scan (and the counts of newly found (rule, severity) pairs) to the history."""
        with self._tx() as db:
            db.execute(
                "INSERT INTO scans (account, started, finished, seen, analysed, risky, annotated,"
                " skipped, error_class, error_message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rec.account, rec.started, rec.finished, rec.seen, rec.analysed, rec.risky,
                 rec.annotated, rec.skipped, rec.error_class,
                 _one_line(rec.error_message) if rec.error_message else None),
            )
            db.executemany(
                "INSERT INTO findings (account, time, rule, severity, count) VALUES (?, ?, ?, ?, ?)",
                [(rec.account, rec.finished, rule, sev, n)
                 for (rule, sev), n in sorted((findings or {}).items()) if n > 0],
            )

    def scans(self, account: str | None = None, limit: int = 20) -> list[ScanRecord]:
        """The latest scans, newest first (of one account, or of all)."""
        where, args = ("WHERE account = ?", (account,)) if account else ("", ())
        rows = self._query(
            "SELECT account, started, finished, seen, analysed, risky, annotated, skipped,"
            f" error_class, error_message FROM scans {where} ORDER BY finished DESC, id DESC LIMIT ?",
            (*args, limit),
        )
        return [ScanRecord(*r) for r in rows]

    def finding_counts(self, account: str | None = None, since: float | None = None,
                       until: float | None = None) -> list[tuple[str, float, str, str, int]]:
        """(account, time, rule, severity, count) rows of the findings history, oldest first."""
        clauses, args = [], []
        if account:
            clauses.append("account = ?")
            args.append(account)
        if since is not None:
            clauses.append("time >= ?")
            args.append(since)
        if until is not None:
            clauses.append("time < ?")
            args.append(until)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return [tuple(r) for r in self._query(
            f"SELECT account, time, rule, severity, count FROM findings {where} ORDER BY time, rowid",
            args,
        )]


@dataclass(frozen=True)
class AccountHistory:
    """One account's scan history in a state file, for `mailcoach status`."""

    account: str
    scans: int                      # scans recorded (the service prunes old ones)
    first_scan: float | None        # when the oldest recorded scan started
    last_scan: float | None         # when the newest one finished
    last_ok: float | None           # when the newest scan without an error finished
    failing: bool                   # the newest scan ended with an error
    last_error: ScanRecord | None   # the newest scan that ended with an error
    annotated: int                  # drafts annotated (or flagged) over the recorded scans


def account_history(state: State) -> list[AccountHistory]:
    """One AccountHistory per account in the scan history, by account name (two passes over the
    scans table, whatever the number of accounts)."""
    rows = state._query(
        "SELECT account, count(*), min(started), max(finished),"
        " max(CASE WHEN error_class IS NULL THEN finished END), sum(annotated)"
        " FROM scans GROUP BY account ORDER BY account")
    errors = {
        r[0]: ScanRecord(*r) for r in state._query(
            "SELECT account, started, finished, seen, analysed, risky, annotated, skipped,"
            " error_class, error_message FROM scans WHERE id IN"
            " (SELECT max(id) FROM scans WHERE error_class IS NOT NULL GROUP BY account)")
    }
    out = []
    for account, n, first, last, last_ok, annotated in rows:
        last_error = errors.get(account)
        failing = last_error is not None and (last_ok is None or last_error.finished > last_ok)
        out.append(AccountHistory(account=account, scans=n, first_scan=first, last_scan=last,
                                  last_ok=last_ok, annotated=annotated or 0,
                                  last_error=last_error, failing=failing))
    return out


def prune_scans(state: State, before: float) -> int:
    """Drop scan-history rows that ended before `before` (epoch seconds); returns how many.

    One row is written per poll, so a service with many accounts needs this (daemon.py runs it
    daily). The findings history (`mailcoach report`) is small and is kept.
    """
    with state._tx() as db:
        return db.execute("DELETE FROM scans WHERE finished < ?", (before,)).rowcount


_JOURNAL_COLUMNS = (
    "op, account, folder, uidvalidity, kind, old_uid, old_sha256, content_hash, message_id,"
    " new_sha256, new_size, old_flags, old_modseq, flags_added, step, new_uid, created, updated"
)


def _journal_entry(r: tuple) -> JournalEntry:
    return JournalEntry(op=r[0], account=r[1], folder=r[2], uidvalidity=r[3], kind=r[4],
                        old_uid=r[5], old_sha256=r[6], content_hash=r[7], message_id=r[8],
                        new_sha256=r[9], new_size=r[10], old_flags=_split(r[11]),
                        old_modseq=r[12], flags_added=_split(r[13]), step=r[14], new_uid=r[15],
                        created=r[16], updated=r[17])


def _take_lock(p: Path) -> int:
    lock_path = p.with_name(p.name + ".lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StateError(f"{lock_path}: cannot create the lock file: {exc.strerror}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        os.close(fd)
        who = f" (pid {holder})" if holder.isdigit() else ""
        raise AlreadyRunning(
            f"{p}: another mailcoach is using this state file{who}; stop it or use another [state] path"
        ) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    return fd


def _release_lock(fd: int) -> None:
    try:
        os.ftruncate(fd, 0)
        fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(text.split()) if text else ()


def _outcome(value: str) -> str:
    if value not in OUTCOMES:
        raise ValueError(f"unknown draft outcome {value!r}")
    return value


def _step(value: str) -> str:
    if value not in OPEN_STEPS + TERMINAL_STEPS:
        raise ValueError(f"unknown journal step {value!r}")
    return value


def _one_line(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
