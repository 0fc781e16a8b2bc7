"""The scan glue: list → fetch → parse → analyse → annotate → replace → record.

`scan_folder` runs one pass over a Drafts folder through the `DraftsFolder` object it is given
(``imap.ImapDraftsFolder`` on a real server, ``memfolder.MemoryFolder`` in unit tests), with the
judge injected, so the same code runs in both. `scan_account` connects, calls it and records the
history; `strip_folder` (``scan_account(strip=True)``) undoes everything mailcoach added.

Safety rules this module keeps (see docs and imap-notes §1):

- A poll that finds the STATUS tuple unchanged costs one round trip and fetches nothing.
- Drafts the PM's client saved again after we annotated them win: our outdated copy is removed
  (the stale-copy sweep), and so is our copy when the client changed the draft during a replace.
- Bodies are read with BODY.PEEK[] (never sets \\Seen), in batches bounded by ``batch_bytes``.
- A draft younger than ``quiet_period`` (by INTERNALDATE and by first-seen time) is left alone:
  the PM's client may still be saving it.
- A draft is replaced by APPEND-then-delete (or REPLACE where advertised): at every instant at
  least one copy exists. A journal row, committed *before* each network step, lets the next scan
  finish or undo an operation that was cut off at any point. Only the one original is ever
  expunged (UID EXPUNGE); without advertised UIDPLUS it is left flagged \\Deleted.
- A draft that cannot be parsed is left byte-for-byte untouched and reported.
- Dry run: everything is determined, nothing is written — not the mailbox, not the state.

Journal steps (`state.JournalEntry.step`) and how an interrupted operation is repaired:

=============  ==========================================  ===================================
step           what was about to happen                    repair at the next scan
=============  ==========================================  ===================================
appending      APPEND of our copy                          find the copy by its op token (strip:
replacing      REPLACE (RFC 8508) of the original          by its exact bytes); none → aborted;
                                                           found → continue as ``appended``
appended       check the original, mark it \\Deleted        copy gone → aborted; original gone →
                                                           roll back if another version of the
                                                           draft exists, else done; original
                                                           \\Deleted or changed → roll back;
                                                           else mark it \\Deleted
deleting       STORE \\Deleted on the original              original still clean → as appended;
                                                           \\Deleted → deleted_old; gone → done;
                                                           copy gone → un-delete original, aborted
deleted_old    UID EXPUNGE of the original                 expunge (UIDPLUS) → done, else
                                                           left_deleted; copy gone → un-delete
                                                           original, aborted
rolling_back   remove our copy                             remove it (if present) → rolled_back
sweeping       remove our outdated copy (stale sweep)      remove it (if present) → superseded
=============  ==========================================  ===================================

When the folder's UIDVALIDITY changed since the row was written, UIDs mean nothing: the copy is
found by its op token (or bytes), and an original is deleted only if its bytes hash to the
journaled SHA-256.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace as dc_replace
from datetime import datetime
from email.header import decode_header, make_header
from typing import TYPE_CHECKING, Any

from . import __version__, annotate
from .config import SEVERITIES, Account, Config
from .errors import DraftError, ImapError, MailcoachError
from .state import DraftRecord, JournalEntry, PollRecord, ScanRecord, State, TERMINAL_STEPS

if TYPE_CHECKING:
    from .analysis import Verdict
    from .imap import DraftsFolder as Folder
    from .rules import RuleSet

log = logging.getLogger(__name__)

DELETED = "\\Deleted"
FLAGGED = "\\Flagged"
RECENT = "\\Recent"
CHECKED = annotate.CHECKED_HEADER

Judge = Callable[[bytes], "Verdict | DraftError"]


@dataclass(frozen=True)
class ScanSummary:
    """What one pass over one account's Drafts folder found and did.

    In a dry run the counts say what a real scan would have done (`annotated`: would annotate).
    """

    account: str
    folder: str = ""
    dry_run: bool = False
    unchanged: bool = False        # the STATUS poll showed nothing new: nothing was listed
    seen: int = 0                  # drafts in the folder (messages flagged \Deleted not counted)
    analysed: int = 0              # drafts judged in this pass
    risky: int = 0                 # risky drafts in the folder (marked earlier or now)
    annotated: int = 0             # drafts replaced by an annotated copy in this pass
    flagged: int = 0               # risky drafts given only flag/keyword cues in this pass
    stripped: int = 0              # drafts restored / cues removed (strip)
    waiting: int = 0               # drafts younger than quiet_period, left for a later pass
    skipped: tuple[tuple[int, str], ...] = ()   # (UID, reason): left untouched
    repaired: int = 0              # interrupted operations finished or undone
    rolled_back: int = 0           # replaces abandoned: the PM's client changed the draft meanwhile
    stale_removed: int = 0         # our outdated copies removed (the PM saved a newer version)
    left_deleted: tuple[int, ...] = ()  # UIDs left flagged \Deleted (no UIDPLUS: no UID EXPUNGE)
    stopped: bool = False          # stop was requested: the rest waits for the next pass
    notes: tuple[str, ...] = ()    # one-line remarks (capabilities, cues not possible, ...)
    findings: tuple[tuple[str, str, int], ...] = ()  # (rule, severity, drafts) newly found risky
    # The drafts newly found risky in this pass, for the user's own report (stdout), never logged:
    # (UID, decoded subject, ((rule, severity), ...)).
    risky_drafts: tuple[tuple[int, str, tuple[tuple[str, str], ...]], ...] = ()

    @property
    def exit_code(self) -> int:
        """1 when risky drafts are in the folder, else 0."""
        return 1 if self.risky else 0


def new_op_token() -> str:
    """A fresh, unique op token for one replace operation."""
    return annotate.new_op_token(secrets.token_hex(16))


def plan_batches(sizes: Sequence[tuple[int, int]], budget: int) -> Iterator[list[int]]:
    """Group (uid, size) into UID lists whose sizes add up to at most `budget` bytes.

    A message larger than the budget is fetched alone. Order is kept.
    """
    batch: list[int] = []
    total = 0
    for uid, size in sizes:
        if batch and total + size > budget:
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        yield batch


def risky_pairs(pairs: Iterable[tuple[str, str]], threshold: str) -> bool:
    """Whether any (rule, severity) reaches `threshold` (the same test as Verdict.risky)."""
    floor = SEVERITIES.index(threshold)
    return any(sev in SEVERITIES and SEVERITIES.index(sev) >= floor for _, sev in pairs)


def scan_folder(
    folder: Folder,
    state: State,
    judge: Judge,
    account: Account,
    *,
    threshold: str = "medium",
    rules_key: str = "",
    dry_run: bool = False,
    now: Callable[[], float] = time.time,
    progress: Callable[[int, int], None] | None = None,
    new_op_token: Callable[[], str] = new_op_token,
    stop_requested: Callable[[], bool] | None = None,
    converts_appends: bool = False,
    force: bool = False,
) -> ScanSummary:
    """One pass over `folder`: judge new drafts, mark the risky ones, record what was seen.

    `judge(raw)` returns a Verdict or a DraftError. `rules_key` names the rules in force (a
    cached verdict is reused only under the same key). `converts_appends` is true for servers
    that rewrite appended messages (Exchange): there, unless ``account.replace == "always"``,
    risky drafts get flag cues only. `stop_requested` is checked between drafts; an operation in
    flight is always finished. `force` skips the no-change shortcut.
    Raises ImapError subclasses for server/connection problems (the journal makes a retry safe).
    """
    run = _Scan(folder, state, account, judge=judge, threshold=threshold, rules_key=rules_key,
                dry_run=dry_run, now=now, new_op_token=new_op_token,
                stop_requested=stop_requested or (lambda: False), converts_appends=converts_appends)
    return run.scan(progress, force)


def strip_folder(
    folder: Folder,
    state: State,
    account: Account,
    *,
    dry_run: bool = False,
    now: Callable[[], float] = time.time,
    progress: Callable[[int, int], None] | None = None,
    new_op_token: Callable[[], str] = new_op_token,
    stop_requested: Callable[[], bool] | None = None,
) -> ScanSummary:
    """Undo: replace each annotated draft by its stripped original and remove the cue flags we set.

    Uses the same journaled replace as the scan. The keyword ``account.keywords[0]`` is ours and
    always removed; other keywords and \\Flagged only where the state records that we set them.
    """
    run = _Scan(folder, state, account, judge=None, threshold="medium", rules_key="",
                dry_run=dry_run, now=now, new_op_token=new_op_token,
                stop_requested=stop_requested or (lambda: False), converts_appends=False)
    return run.strip(progress)


# ---------------------------------------------------------------------------- the account level


def make_judge(ruleset: RuleSet, internal_domains: Sequence[str] = ()) -> Judge:
    """judge(raw) -> Verdict | DraftError, from draft.read_draft and analysis.analyse."""
    from .analysis import analyse
    from .draft import read_draft

    def judge(raw: bytes) -> Verdict | DraftError:
        try:
            return analyse(read_draft(raw), ruleset, internal_domains=tuple(internal_domains))
        except DraftError as exc:
            return exc
        except Exception as exc:  # noqa: BLE001
            # A bug on one odd draft must not stop every later scan at the same draft: it is
            # left untouched and reported. The message may quote bytes of the draft, so only
            # the type goes to the log at WARNING; the traceback at DEBUG.
            log.debug("the analyser failed on a draft", exc_info=True)
            return DraftError(f"internal error while reading the draft ({type(exc).__name__});"
                              " it is left untouched — please report this")

    return judge


def rules_key(ruleset: RuleSet, config: Config) -> str:
    """A short fingerprint of the rules in force and how they are judged (for the verdict cache):
    the rules, the threshold, the internal domains and the packaged tone model."""
    from .model import fingerprint

    text = repr((ruleset, config.rules.threshold, tuple(config.rules.internal_domains), fingerprint()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def default_connect(account: Account) -> Any:
    """imap.connect with the account's configured secret (the default `connect` of scan_account)."""
    from . import imap

    return imap.connect(account)


def scan_account(
    account: Account,
    config: Config,
    state: State,
    ruleset: RuleSet,
    *,
    connect: Callable[[Account], Any] = default_connect,
    dry_run: bool = False,
    strip: bool = False,
    now: Callable[[], float] = time.time,
    progress: Callable[[int, int], None] | None = None,
    stop_requested: Callable[[], bool] | None = None,
    force: bool = False,
) -> ScanSummary:
    """Connect, open the Drafts folder, run scan_folder (or strip_folder), record the history.

    `connect(account)` returns a session with ``open_drafts()``, ``looks_like_exchange`` and
    ``logout()`` (imap.connect's ImapSession, or the service's kept session). When it also has
    ``find_drafts_folder`` and ``status``, an unchanged folder is recognised with one STATUS
    before anything is selected.
    Errors are recorded in the scan history (class and one line, never a secret) and re-raised:
    ImapError subclasses for the server and the connection, StateError for the state file.
    """
    started = now()
    try:
        session = connect(account)
        try:
            summary, name = (None, None) if strip or force else \
                _poll_before_select(session, account, state, now())
            if summary is None:
                folder = session.open_drafts(name) if name else session.open_drafts()
                if strip:
                    summary = strip_folder(folder, state, account, dry_run=dry_run, now=now,
                                           progress=progress, stop_requested=stop_requested)
                else:
                    summary = scan_folder(
                        folder, state, make_judge(ruleset, config.rules.internal_domains), account,
                        threshold=config.rules.threshold, rules_key=rules_key(ruleset, config),
                        dry_run=dry_run, now=now, progress=progress, stop_requested=stop_requested,
                        converts_appends=session.looks_like_exchange, force=force,
                    )
        finally:
            _close_quietly(session)
    except MailcoachError as exc:
        if not dry_run and not state.readonly:
            state.record_scan(ScanRecord(account=account.name, started=started, finished=now(),
                                         error_class=type(exc).__name__, error_message=str(exc)))
        raise
    if not dry_run and not state.readonly:
        state.record_scan(
            ScanRecord(account=account.name, started=started, finished=now(), seen=summary.seen,
                       analysed=summary.analysed, risky=summary.risky,
                       annotated=summary.annotated + summary.flagged, skipped=len(summary.skipped)),
            {(rule, sev): n for rule, sev, n in summary.findings},
        )
    return summary


def _poll_before_select(session: Any, account: Account, state: State,
                        now: float) -> tuple[ScanSummary | None, str | None]:
    """The no-change poll with STATUS before any SELECT, where the session offers it.

    Returns (summary if unchanged, the Drafts folder's name). A fresh imap.ImapSession has
    `find_drafts_folder` and `status`: one LIST and one STATUS, whose cost does not grow with
    the folder (a SELECT's does, on the server). A session that keeps its folder selected (the
    service's) offers neither; scan_folder's own check (a re-SELECT) is used instead.
    """
    find, status = getattr(session, "find_drafts_folder", None), getattr(session, "status", None)
    if find is None or status is None:
        return None, None
    name = find(account.drafts_folder)
    return unchanged_summary(state, account.name, name, status(name), now), name


def _close_quietly(session: Any) -> None:
    """LOGOUT (never CLOSE, which would expunge); imap.ImapSession.logout never raises."""
    session.logout()


# ---------------------------------------------------------------------------- one pass


@dataclass
class _Counts:
    seen: int = 0
    analysed: int = 0
    annotated: int = 0
    flagged: int = 0
    stripped: int = 0
    waiting: int = 0
    repaired: int = 0
    rolled_back: int = 0
    stale_removed: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    left_deleted: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    findings: dict[tuple[str, str], int] = field(default_factory=dict)
    risky_drafts: list[tuple[int, str, tuple[tuple[str, str], ...]]] = field(default_factory=list)
    stopped: bool = False
    changed: bool = False  # did this pass change the mailbox?


class _Scan:
    """The state of one pass (one folder, one connection). Not reused across passes."""

    def __init__(self, folder: Folder, state: State, account: Account, *, judge: Judge | None,
                 threshold: str, rules_key: str, dry_run: bool, now: Callable[[], float],
                 new_op_token: Callable[[], str], stop_requested: Callable[[], bool],
                 converts_appends: bool) -> None:
        self.folder = folder
        self.state = state
        self.account = account
        self.judge = judge
        self.threshold = threshold
        self.rules_key = rules_key
        self.dry_run = dry_run
        self.now = now
        self.new_op_token = new_op_token
        self.stop_requested = stop_requested
        self.caps = frozenset(c.upper() for c in folder.capabilities)
        self.uidplus = "UIDPLUS" in self.caps
        self.condstore = "CONDSTORE" in self.caps
        self.uidvalidity = folder.uidvalidity
        self.c = _Counts()
        self.mode = self._cue_mode(converts_appends)
        self.records: dict[int, DraftRecord] = {}

    # ------------------------------------------------------------ decisions

    def _cue_mode(self, converts_appends: bool) -> str:
        """"replace" (annotated copy) or "flags" (keyword/\\Flagged on the original only)."""
        if self.account.replace == "never":
            return "flags"
        if self.account.replace == "auto" and converts_appends:
            self.c.notes.append("the server converts appended messages (Exchange):"
                                " flag cues only (set replace = \"always\" to annotate)")
            return "flags"
        return "replace"

    def _keywords_allowed(self) -> tuple[str, ...]:
        perm = self.folder.permanentflags
        return tuple(k for k in self.account.keywords if "\\*" in perm or k in perm)

    def _cue_flags(self) -> tuple[str, ...]:
        """The flags that mark a risky draft here: our keyword(s) where the server keeps them,
        \\Flagged if configured — or when it is the only cue left in flags-only mode."""
        flags = list(self._keywords_allowed())
        if self.account.flag or (self.mode == "flags" and not flags):
            flags.append(FLAGGED)
        return tuple(flags)

    # ------------------------------------------------------------ the pass

    def scan(self, progress: Callable[[int, int], None] | None, force: bool) -> ScanSummary:
        acct, name = self.account.name, self.folder.name
        t0 = self.now()
        status = self.folder.status()
        # A folder kept open between passes (the service) was re-selected just now: take its
        # UIDVALIDITY from this moment, not from when the pass object was made.
        self.uidvalidity = status.uidvalidity
        if not force and (quick := unchanged_summary(self.state, acct, name, status, t0,
                                                    dry_run=self.dry_run)):
            return quick
        poll = self.state.poll(acct, name)
        self._repair_all(self.state.journal(acct, name))
        meta, live = self._list()
        first_look = poll is None or poll.uidvalidity != self.uidvalidity
        self._load_records(live, meta, first_look, t0)
        wake_at = self._process(live, meta, t0, progress)
        self._sweep()
        self._finish(live, status, wake_at)
        return self._summary()

    def strip(self, progress: Callable[[int, int], None] | None) -> ScanSummary:
        self._repair_all(self.state.journal(self.account.name, self.folder.name))
        meta, live = self._list()
        known = self.state.drafts(self.account.name, self.folder.name, self.uidvalidity)
        headers = self.folder.fetch_header_fields(live, [CHECKED]) if live else {}
        ours_kw = self.account.keywords[0] if self.account.keywords else None
        marked = [u for u in live if annotate.read_mark(headers.get(u, b"")) is not None]
        flag_only = [
            u for u in live if u not in marked
            and ((ours_kw and ours_kw in meta[u][0]) or (u in known and known[u].flags_added))
        ]
        self.c.seen = len(live)
        total = len(marked) + len(flag_only)
        done = 0
        for u in flag_only:
            if self.stop_requested():
                self.c.stopped = True
                break
            ours = self._our_flags(u, meta[u][0], known.get(u), None)
            if ours:
                if not self.dry_run:
                    self.folder.remove_flags([u], list(ours))
                    self.state.put_drafts(
                        self.account.name, self.folder.name, self.uidvalidity,
                        [dc_replace(known[u], flags_added=(), outcome="stripped")] if u in known else [])
                    self.c.changed = True
                self.c.stripped += 1
            done += 1
            if progress:
                progress(done, total)
        sizes = [(u, meta[u][2]) for u in marked]
        for batch in plan_batches(sizes, self.account.batch_bytes):
            if self.c.stopped or self.stop_requested():
                self.c.stopped = True
                break
            fetched = self.folder.fetch(batch)
            for u in batch:
                if self.stop_requested():
                    self.c.stopped = True
                    break
                f = fetched.pop(u, None)
                if f is not None:
                    self._strip_one(f, known.get(u))
                done += 1
                if progress:
                    progress(done, total)
            del fetched
        return self._summary()

    # ------------------------------------------------------------ listing

    def _list(self) -> tuple[dict[int, tuple], list[int]]:
        uids = self.folder.uids()
        meta = self.folder.fetch_meta(uids) if uids else {}
        # A message flagged \Deleted is on its way out (another client's, or an original we
        # replaced without UIDPLUS): not a draft, and never touched.
        live = [u for u in uids if u in meta and DELETED not in meta[u][0]]
        self.c.seen = len(live)
        return meta, live

    def _load_records(self, live: list[int], meta: dict[int, tuple], first_look: bool, t0: float) -> None:
        acct, name = self.account.name, self.folder.name
        known = self.state.drafts(acct, name, self.uidvalidity)
        # UIDs present when mailcoach first looks at a folder count as seen at their
        # INTERNALDATE; later arrivals are seen now (the client may be saving them).
        fresh = [DraftRecord(uid=u, first_seen=meta[u][1].timestamp() if first_look else t0)
                 for u in live if u not in known]
        self.records = {u: known[u] for u in live if u in known}
        self.records.update((r.uid, r) for r in fresh)
        if fresh and not self.dry_run:
            self.state.put_drafts(acct, name, self.uidvalidity, fresh)

    # ------------------------------------------------------------ processing new drafts

    def _process(self, live: list[int], meta: dict[int, tuple], t0: float,
                 progress: Callable[[int, int], None] | None) -> float | None:
        quiet = self.account.quiet_period
        wake_at: float | None = None
        ripe: list[tuple[int, int]] = []
        for u in live:
            rec = self.records.get(u)
            if rec is None:  # removed by the sweep
                continue
            if rec.content_hash is not None or rec.outcome == "skipped":
                continue
            since = max(meta[u][1].timestamp(), rec.first_seen)
            if t0 - since < quiet:
                self.c.waiting += 1
                wake_at = min(wake_at or since + quiet, since + quiet)
                continue
            ripe.append((u, meta[u][2]))
        ripe_set = {u for u, _ in ripe}
        self._learn_message_ids([u for u in live if u in self.records and u not in ripe_set])
        done = 0
        for batch in plan_batches(ripe, self.account.batch_bytes):
            if self.stop_requested():
                self.c.stopped = True
                break
            fetched = self.folder.fetch(batch)
            for u in batch:
                if self.stop_requested():
                    self.c.stopped = True
                    break
                f = fetched.pop(u, None)  # pop: the batch's memory is freed draft by draft
                if f is None:
                    self.records.pop(u, None)  # expunged meanwhile
                else:
                    self._process_one(f)
                done += 1
                if progress:
                    progress(done, len(ripe))
            del fetched
            if self.c.stopped:
                break
        return wake_at

    def _learn_message_ids(self, uids: list[int]) -> None:
        """Message-IDs of drafts not fetched in this pass (for the stale-copy sweep); the
        fetched ones get theirs from their bytes."""
        unknown = [u for u in uids if self.records[u].message_id is None
                   and self.records[u].content_hash is None]
        if not unknown:
            return
        heads = self.folder.fetch_header_fields(unknown, ["Message-ID"])
        learnt = [dc_replace(self.records[u], message_id=annotate.header_value(heads[u], "Message-ID"))
                  for u in unknown if u in heads]
        self.records.update((r.uid, r) for r in learnt)
        if learnt and not self.dry_run:
            self.state.put_drafts(self.account.name, self.folder.name, self.uidvalidity, learnt)

    def _process_one(self, f: Any) -> None:
        uid, raw = f.uid, f.raw
        rec = self.records[uid]
        if rec.message_id is None:
            rec = dc_replace(rec, message_id=annotate.header_value(raw, "Message-ID"))
        h = annotate.content_hash(raw)
        mark = annotate.read_mark(raw)
        if mark is not None and mark.hash == h:
            # Our own annotated copy, unchanged since: nothing to judge, nothing to do.
            entry = self.state.journal_entry(mark.op)
            self._set(dc_replace(rec, content_hash=h, outcome="ours",
                                 flags_added=entry.flags_added if entry else ()))
            return
        base = annotate.strip(raw) if mark is not None else raw  # edited after annotation: re-judge
        cached = self.state.verdict(self.account.name, h, self.rules_key)
        verdict = None
        if cached is None or (risky_pairs(cached, self.threshold) and self.mode == "replace"):
            result = self.judge(base)
            self.c.analysed += 1
            if isinstance(result, DraftError):
                self._skip(rec, h, _one_line(str(result)))
                return
            verdict = result
            pairs = tuple((fd.rule, fd.severity) for fd in verdict.findings)
            if not self.dry_run:
                self.state.put_verdict(self.account.name, h, self.rules_key, pairs, self.now())
            if risky_pairs(pairs, self.threshold):
                for pair in sorted(set(pairs)):
                    self.c.findings[pair] = self.c.findings.get(pair, 0) + 1
        else:
            pairs = cached
        if not risky_pairs(pairs, self.threshold):
            if mark is not None and self.mode == "replace":
                # Edited after we annotated it, and fine now: our outdated warning must not stay
                # (mutt would even send it along).
                if self._strip_marks(f, rec, h, self._our_flags(uid, f.flags, rec, None), "clean"):
                    self.c.stripped += 1
                return
            self._set(dc_replace(rec, content_hash=h, outcome="clean"))
            return
        log.info("%s: UID %d is risky (%s)", self.account.name, uid,
                 ", ".join(f"{r}={s}" for r, s in pairs))
        self.c.risky_drafts.append((uid, _subject(raw), tuple(pairs)))
        if self.mode == "flags":
            self._cue_with_flags(f, rec, h)
        else:
            self._annotate_and_replace(f, rec, h, base, verdict)

    def _skip(self, rec: DraftRecord, h: str | None, reason: str) -> None:
        log.warning("%s: UID %d left untouched: %s", self.account.name, rec.uid, reason)
        self.c.skipped.append((rec.uid, reason))
        self._set(dc_replace(rec, content_hash=h, outcome="skipped", reason=reason))

    def _set(self, rec: DraftRecord) -> None:
        self.records[rec.uid] = rec
        if not self.dry_run:
            self.state.put_drafts(self.account.name, self.folder.name, self.uidvalidity, [rec])

    def _cue_with_flags(self, f: Any, rec: DraftRecord, h: str) -> None:
        wanted = [fl for fl in self._cue_flags() if fl not in f.flags]
        if wanted and not self.dry_run:
            self.folder.add_flags([f.uid], wanted)
            self.c.changed = True
        self.c.flagged += 1 if wanted else 0
        self._set(dc_replace(rec, content_hash=h, outcome="risky",
                             flags_added=tuple(dict.fromkeys(rec.flags_added + tuple(wanted)))))

    def _annotate_and_replace(self, f: Any, rec: DraftRecord, h: str, base: bytes,
                              verdict: Verdict | None) -> None:
        op = self.new_op_token()
        try:
            result = annotate.annotate(
                base, annotate.warning_items(verdict.findings) if verdict else (),
                version=__version__, op=op, subject_tag=self.account.subject_tag,
                note=self.account.note,
            )
        except ValueError as exc:
            self._skip(rec, h, f"cannot annotate: {_one_line(str(exc))}")
            return
        for why in result.skipped:
            self.c.notes.append(f"UID {f.uid}: {why}")
        cues = self._cue_flags()
        added = tuple(c for c in cues if c not in f.flags)
        if self.dry_run:
            self.c.annotated += 1
            self._set(dc_replace(rec, content_hash=h, outcome="risky"))
            return
        if self._replace_message(f, rec, h, op, "annotate", result.raw,
                                 _keep_flags(f.flags) + added, added, "ours"):
            self.c.annotated += 1

    def _strip_marks(self, f: Any, rec: DraftRecord, h: str, ours: Sequence[str], outcome: str) -> bool:
        """Replace an annotated draft by its stripped original, without the cue flags `ours`."""
        stripped = annotate.strip(f.raw)
        if self.dry_run:
            return True
        flags = tuple(fl for fl in _keep_flags(f.flags) if fl not in ours)
        return self._replace_message(f, rec, h, self.new_op_token(), "strip", stripped, flags, (),
                                     outcome)

    def _replace_message(self, f: Any, rec: DraftRecord, h: str, op: str, kind: str, raw: bytes,
                         flags: Sequence[str], added: tuple[str, ...], new_outcome: str) -> bool:
        """Journal and run one replace of `f` by `raw`; True when the new copy took its place."""
        entry = JournalEntry(
            op=op, account=self.account.name, folder=self.folder.name,
            uidvalidity=self.uidvalidity, kind=kind, old_uid=f.uid, old_sha256=_sha256(f.raw),
            content_hash=h, message_id=rec.message_id, old_flags=_keep_flags(f.flags),
            old_modseq=f.modseq, flags_added=added, new_sha256=_sha256(raw), new_size=len(raw),
            step="replacing" if "REPLACE" in self.caps else "appending",
            created=self.now(), updated=self.now(),
        )
        step, new_uid = self._replace(entry, raw, flags, f.internaldate)
        self.c.changed = True
        self.records.pop(entry.old_uid, None)
        self._forget([entry.old_uid])
        if step in ("done", "left_deleted") and new_uid is not None:
            self._set(DraftRecord(uid=new_uid, first_seen=self.now(), message_id=rec.message_id,
                                  content_hash=h, outcome=new_outcome, flags_added=added))
            if step == "left_deleted":
                self.c.left_deleted.append(entry.old_uid)
            return True
        # The original changed or went away meanwhile: it is judged afresh when it is seen again.
        if step == "rolled_back":
            self.c.rolled_back += 1
        return False

    def _forget(self, uids: Sequence[int]) -> None:
        if not self.dry_run:
            self.state.drop_drafts(self.account.name, self.folder.name, self.uidvalidity, uids)

    # ------------------------------------------------------------ strip

    def _our_flags(self, uid: int, flags: Sequence[str], rec: DraftRecord | None,
                   entry: JournalEntry | None) -> tuple[str, ...]:
        """The cue flags on `uid` that mailcoach set: our keyword always, the rest if recorded."""
        ours = set(self.account.keywords[:1])
        if rec is not None:
            ours.update(rec.flags_added)
        if entry is not None:
            ours.update(entry.flags_added)
        return tuple(fl for fl in flags if fl in ours)

    def _strip_one(self, f: Any, rec: DraftRecord | None) -> None:
        mark = annotate.read_mark(f.raw)
        if mark is None:
            return
        rec = rec or DraftRecord(uid=f.uid, first_seen=self.now(),
                                 message_id=annotate.header_value(f.raw, "Message-ID"))
        ours = self._our_flags(f.uid, f.flags, rec, self.state.journal_entry(mark.op))
        if self._strip_marks(f, rec, annotate.content_hash(f.raw), ours, "stripped"):
            self.c.stripped += 1

    # ------------------------------------------------------------ the replace machine

    def _replace(self, entry: JournalEntry, raw: bytes, flags: Sequence[str],
                 internaldate: datetime) -> tuple[str, int | None]:
        """Put `raw` in place of `entry.old_uid`; returns (final step, new UID)."""
        if entry.step == "replacing":
            # REPLACE removes the original in the same step, and it has no UNCHANGEDSINCE: check
            # just before that the PM's client has not saved or discarded the draft meanwhile.
            orig = self.folder.fetch_meta([entry.old_uid]).get(entry.old_uid)
            if orig is None or DELETED in orig[0] or self._changed(entry, orig):
                return "aborted", None
        # Journal first: if we die during the APPEND, the next scan finds the copy by its token.
        self.state.journal_begin(entry)
        if entry.step == "replacing":
            new_uid = self.folder.replace(entry.old_uid, raw, list(flags), internaldate)
        else:
            new_uid = self.folder.append(raw, list(flags), internaldate)
        if new_uid is None or not self.uidplus:
            # Without advertised UIDPLUS an APPENDUID is not to be trusted (imap-notes §1.3).
            new_uid = self._find_copy(entry, after=entry.old_uid)
        if new_uid is None:
            self._step(entry, "aborted")
            raise ImapError(f"{self.folder.name}: the server accepted our copy of UID"
                            f" {entry.old_uid} but it cannot be found again; nothing was deleted")
        if entry.step == "replacing":  # REPLACE is atomic: the original is gone with it
            return self._step(entry, "done", new_uid), new_uid
        self._step(entry, "appended", new_uid)
        return self._advance(entry, "appended", new_uid, verify_copy=False)

    def _advance(self, entry: JournalEntry, step: str, new_uid: int | None,
                 *, verify_copy: bool = True) -> tuple[str, int | None]:
        """Drive an operation from `step` to a terminal step (the table in the module doc)."""
        while step not in TERMINAL_STEPS:
            if step == "appended":
                meta = self.folder.fetch_meta([u for u in (entry.old_uid, new_uid) if u is not None])
                if verify_copy and new_uid not in meta:
                    return self._restore_original(entry, meta)
                orig = meta.get(entry.old_uid)
                if orig is None:
                    if not self._other_version_exists(entry, new_uid):
                        # Our copy is the only version left (the server may have dropped the
                        # original itself, as Gmail does on a similar APPEND): keep it.
                        step = self._step(entry, "done", new_uid)
                    else:
                        step = self._step(entry, "rolling_back", new_uid)
                    continue
                if DELETED in orig[0] or self._changed(entry, orig):
                    # The PM's client saved or discarded the draft meanwhile: ours is stale.
                    log.info("%s: UID %d changed while we replaced it; removing our copy",
                             self.account.name, entry.old_uid)
                    step = self._step(entry, "rolling_back", new_uid)
                    continue
                step = self._step(entry, "deleting", new_uid)
                unchanged_since = entry.old_modseq if self.condstore else None
                if self.folder.mark_deleted(entry.old_uid, unchanged_since=unchanged_since):
                    step = self._step(entry, "deleted_old", new_uid)
                else:
                    step = self._step(entry, "rolling_back", new_uid)
            elif step == "deleting":
                meta = self.folder.fetch_meta([entry.old_uid, new_uid])
                orig = meta.get(entry.old_uid)
                if new_uid not in meta:
                    return self._restore_original(entry, meta)
                if orig is None:
                    step = self._step(entry, "done", new_uid)
                elif DELETED in orig[0]:
                    step = self._step(entry, "deleted_old", new_uid)
                else:
                    step = "appended"
            elif step == "deleted_old":
                if verify_copy:
                    meta = self.folder.fetch_meta([entry.old_uid, new_uid])
                    if new_uid not in meta:
                        return self._restore_original(entry, meta)
                    if entry.old_uid not in meta:
                        step = self._step(entry, "done", new_uid)
                        continue
                if self.uidplus:
                    self.folder.expunge_one(entry.old_uid)
                    step = self._step(entry, "done", new_uid)
                else:
                    # Never EXPUNGE or CLOSE without UIDPLUS: that would also remove messages
                    # other clients flagged \Deleted. The original stays, flagged \Deleted.
                    step = self._step(entry, "left_deleted", new_uid)
            elif step in ("rolling_back", "sweeping"):
                self._remove_ours(new_uid)
                step = self._step(entry, "rolled_back" if step == "rolling_back" else "superseded",
                                  new_uid)
            else:
                raise ValueError(f"journal step {step!r} cannot be advanced")
        return step, new_uid

    def _restore_original(self, entry: JournalEntry, meta: dict[int, tuple]) -> tuple[str, int | None]:
        """Our copy vanished: make sure the original is not left flagged \\Deleted by us."""
        orig = meta.get(entry.old_uid)
        if orig is not None and DELETED in orig[0]:
            self.folder.remove_flags([entry.old_uid], [DELETED])
        self._step(entry, "aborted")
        return "aborted", None

    def _remove_ours(self, uid: int | None) -> None:
        """Remove one of our own copies (it carries our op token; nothing else is touched)."""
        if uid is None or uid not in self.folder.fetch_meta([uid]):
            return
        self.folder.mark_deleted(uid)
        if self.uidplus:
            self.folder.expunge_one(uid)
        else:
            self.c.left_deleted.append(uid)

    def _changed(self, entry: JournalEntry, orig: tuple) -> bool:
        if set(_keep_flags(orig[0])) != set(entry.old_flags):
            return True
        return self.condstore and entry.old_modseq is not None and orig[3] != entry.old_modseq

    def _other_version_exists(self, entry: JournalEntry, new_uid: int | None) -> bool:
        """Is there a live message with the draft's Message-ID besides our copy?"""
        if not entry.message_id:
            return False
        found = [u for u in self.folder.find_by_header("Message-ID", entry.message_id) if u != new_uid]
        if not found:
            return False
        heads = self.folder.fetch_header_fields(found, ["Message-ID"])
        meta = self.folder.fetch_meta(found)
        return any(
            u in meta and DELETED not in meta[u][0]
            and annotate.header_value(heads.get(u, b""), "Message-ID") == entry.message_id
            for u in found
        )

    def _find_copy(self, entry: JournalEntry, after: int) -> int | None:
        """The UID of the copy an operation appended: by op token (annotate), by bytes (strip)."""
        if entry.kind == "annotate":
            candidates = [u for u in self.folder.find_by_header(CHECKED, f"op={entry.op}") if u > after]
            if not candidates:
                return None
            heads = self.folder.fetch_header_fields(candidates, [CHECKED])
            mine = [u for u in candidates
                    if (m := annotate.read_mark(heads.get(u, b""))) is not None and m.op == entry.op]
            return min(mine) if mine else None
        return self._find_by_bytes(entry.new_sha256, entry.new_size, entry.message_id, after,
                                   exclude=())

    def _find_by_bytes(self, sha: str, size: int, message_id: str | None, after: int,
                       exclude: Iterable[int]) -> int | None:
        if message_id:
            candidates = self.folder.find_by_header("Message-ID", message_id)
        else:
            candidates = self.folder.uids()
        skip = set(exclude)
        candidates = [u for u in candidates if u > after and u not in skip]
        if not candidates:
            return None
        meta = self.folder.fetch_meta(candidates)
        same_size = [u for u in candidates if u in meta and meta[u][2] == size]
        for batch in plan_batches([(u, size) for u in same_size], self.account.batch_bytes):
            for uid, f in sorted(self.folder.fetch(batch).items()):
                if _sha256(f.raw) == sha:
                    return uid
        return None

    def _step(self, entry: JournalEntry, step: str, new_uid: int | None = None) -> str:
        self.state.journal_step(entry.op, step, self.now(), new_uid=new_uid)
        return step

    # ------------------------------------------------------------ repair and sweep

    def _repair_all(self, entries: list[JournalEntry]) -> None:
        """Finish or undo every operation an earlier process left open (imap-notes §1.6)."""
        for entry in entries:
            if self.dry_run:
                self.c.notes.append(f"an interrupted operation on UID {entry.old_uid} would be repaired")
                continue
            log.info("%s: repairing operation %s (step %s)", self.account.name, entry.op, entry.step)
            self.c.changed = True
            self.c.repaired += 1
            if entry.uidvalidity != self.uidvalidity:
                self._repair_other_uidvalidity(entry)
                continue
            step, new_uid = entry.step, entry.new_uid
            if step in ("appending", "replacing"):
                # Never APPEND again for a token that can be found: look for the copy first.
                new_uid = self._find_copy(entry, after=entry.old_uid)
                if new_uid is None:
                    # The APPEND (or REPLACE) never happened: the original is as it was.
                    self._step(entry, "aborted")
                    continue
                if step == "replacing" and entry.old_uid not in self.folder.fetch_meta([entry.old_uid]):
                    self._step(entry, "done", new_uid)
                    continue
                self._step(entry, "appended", new_uid)
                step = "appended"
            final, _ = self._advance(entry, step, new_uid)
            if final == "left_deleted":
                self.c.left_deleted.append(entry.old_uid)

    def _repair_other_uidvalidity(self, entry: JournalEntry) -> None:
        """UIDs changed meaning: find our copy by token and the original by its exact bytes."""
        copy = self._find_copy(entry, after=0)
        if copy is None:
            self._step(entry, "aborted")
            return
        orig = self._find_original(entry, copy)
        if orig is not None:
            self.folder.mark_deleted(orig)
            if self.uidplus:
                self.folder.expunge_one(orig)
            else:
                self.c.left_deleted.append(orig)
        self._step(entry, "done", copy)

    def _find_original(self, entry: JournalEntry, copy: int) -> int | None:
        """A message whose bytes hash to the journaled original's SHA-256 (any size)."""
        candidates = (self.folder.find_by_header("Message-ID", entry.message_id)
                      if entry.message_id else self.folder.uids())
        candidates = [u for u in candidates if u != copy]
        meta = self.folder.fetch_meta(candidates) if candidates else {}
        live = [(u, meta[u][2]) for u in candidates if u in meta and DELETED not in meta[u][0]]
        for batch in plan_batches(live, self.account.batch_bytes):
            for uid, f in sorted(self.folder.fetch(batch).items()):
                if _sha256(f.raw) == entry.old_sha256:
                    return uid
        return None

    def _sweep(self) -> None:
        """Remove our annotated copies that the PM's client has superseded.

        Thunderbird remembers the UID of the draft it has open and, on the next autosave, saves
        a new version and deletes *that* UID — not our copy (imap-notes §1.4). So a copy of ours
        is outdated when another message with the same Message-ID was saved after our copy was
        made (see `newer_version`; for one of our copies, the UID of the original it was made
        from counts). Our outdated copy goes; the newer version is judged like any new draft
        (and annotated, if risky, which may already have happened in this pass). A message that
        was already there when our copy was made is never taken for a newer version: two drafts
        that merely share a Message-ID (a client that reuses one, a draft copied twice) are
        both kept.
        """
        acct, name = self.account.name, self.folder.name
        present = set(self.records)
        done = [e for e in self.state.journal(acct, name, steps=("done", "left_deleted"))
                if e.uidvalidity == self.uidvalidity and e.new_uid in present and e.message_id]
        if not done:
            return
        origin = {u: u for u in present}
        origin.update((e.new_uid, e.old_uid) for e in done)
        ours = {e.new_uid for e in done}
        by_id: dict[str, list[int]] = {}
        for u, rec in self.records.items():
            if rec.message_id:
                by_id.setdefault(rec.message_id, []).append(u)

        def newer_version(u: int, entry: JournalEntry) -> bool:
            """Message `u` was saved after our copy `entry.new_uid` was made."""
            if u == entry.new_uid or origin[u] <= entry.old_uid:
                return False
            if origin[u] > entry.new_uid:
                return True
            # Below our copy's UID, yet newer than our original: saved while the replace was in
            # flight (REPLACE cannot tell) — unless we had seen it before the operation began.
            return u not in ours and self.records[u].first_seen > entry.created

        for entry in done:
            if not any(newer_version(u, entry) for u in by_id.get(entry.message_id, ())):
                continue
            log.info("%s: UID %d is outdated: the PM saved a newer version; removing our copy",
                     acct, entry.new_uid)
            self.c.stale_removed += 1
            self.records.pop(entry.new_uid, None)
            if self.dry_run:
                continue
            self.c.changed = True
            self._step(entry, "sweeping", entry.new_uid)
            self._advance(entry, "sweeping", entry.new_uid)
            self._forget([entry.new_uid])

    # ------------------------------------------------------------ the end of a pass

    def _finish(self, live: list[int], status: Any, wake_at: float | None) -> None:
        if self.dry_run:
            return
        acct, name = self.account.name, self.folder.name
        present = set(self.records)
        self.state.forget_drafts(acct, name, self.uidvalidity, present)
        self.state.prune_journal(acct, name, self.uidvalidity, present | set(live))
        # A pass that changed the folder is not "settled": the next poll lists it once more, so
        # a draft saved by the PM while we worked is never hidden behind our own changes.
        settled = not self.c.changed and not self.c.stopped
        self.state.put_poll(acct, name, PollRecord(
            uidvalidity=status.uidvalidity, uidnext=status.uidnext, messages=status.messages,
            highestmodseq=status.highestmodseq, settled=settled, wake_at=wake_at,
            checked_at=self.now(),
        ))

    def _summary(self) -> ScanSummary:
        c = self.c
        if not self.uidplus and c.left_deleted:
            c.notes.append("the server does not advertise UIDPLUS: replaced originals are left"
                           f" flagged \\Deleted (UIDs {', '.join(map(str, c.left_deleted))});"
                           " your mail client's Expunge / Compact removes them")
        return ScanSummary(
            account=self.account.name, folder=self.folder.name, dry_run=self.dry_run,
            seen=c.seen - c.stale_removed, analysed=c.analysed,
            risky=sum(1 for r in self.records.values() if r.outcome in ("risky", "ours")),
            annotated=c.annotated, flagged=c.flagged, stripped=c.stripped,
            waiting=c.waiting, skipped=tuple(c.skipped), repaired=c.repaired,
            rolled_back=c.rolled_back, stale_removed=c.stale_removed,
            left_deleted=tuple(c.left_deleted), stopped=c.stopped,
            notes=tuple(dict.fromkeys(c.notes)),
            findings=tuple((r, s, n) for (r, s), n in sorted(c.findings.items())),
            risky_drafts=tuple(c.risky_drafts),
        )


def unchanged_summary(state: State, account: str, folder: str, status: Any, now: float,
                      *, dry_run: bool = False) -> ScanSummary | None:
    """The O(1) poll: a summary from the state alone when nothing can have changed, else None.

    Nothing changed when the STATUS tuple (UIDVALIDITY, UIDNEXT, MESSAGES, HIGHESTMODSEQ) equals
    that of a settled earlier pass, no journaled operation is open, and no waiting draft's quiet
    period has ended. Without UIDNEXT (NetEase) it never says so: an edit (delete + append)
    could leave MESSAGES equal.
    """
    poll = state.poll(account, folder)
    if poll is None or not poll.settled or status.uidnext is None or poll.uidnext is None:
        return None
    same = ((poll.uidvalidity, poll.uidnext, poll.messages, poll.highestmodseq)
            == (status.uidvalidity, status.uidnext, status.messages, status.highestmodseq))
    if not same or (poll.wake_at is not None and now >= poll.wake_at) or state.journal(account, folder):
        return None
    counts = state.count_outcomes(account, folder, status.uidvalidity)
    log.debug("%s: %s unchanged since the last poll", account, folder)
    return ScanSummary(
        account=account, folder=folder, dry_run=dry_run, unchanged=True,
        seen=sum(counts.values()), risky=counts.get("risky", 0) + counts.get("ours", 0),
        waiting=counts.get("waiting", 0),
    )


def _subject(raw: bytes) -> str:
    """The draft's decoded Subject, for the user's report only (never a log or the state)."""
    value = annotate.header_value(raw, "Subject") or ""
    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError, UnicodeError):
        return value


def _keep_flags(flags: Iterable[str]) -> tuple[str, ...]:
    """The flags a copy inherits: all but \\Recent (clients cannot set it) and \\Deleted."""
    return tuple(fl for fl in flags if fl.lower() not in ("\\recent", "\\deleted"))


def _sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _one_line(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
