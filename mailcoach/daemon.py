"""The background service (`mailcoach run`): every account scanned on its own schedule, or woken by IDLE.

The one owner of **apscheduler** (3.x). The service only *schedules* the scan glue
(`scan.scan_account`); everything a scan does to a mailbox is decided there.

How it runs
-----------
- One interval job per account (the account's ``interval``), all on one BackgroundScheduler with
  a thread pool of ``[service] workers``: accounts are scanned in parallel, at most that many at
  a time. ``max_instances=1`` and ``coalesce=True``: never two scans of one account at once, and
  a backlog collapses into one run; ``misfire_grace_time=None``: a late run is run, not dropped.
- ``[service] jitter`` staggers the *first* poll of each account by a random 0..jitter (at most
  one interval). After that polls are exactly ``interval`` apart, so a team's accounts stay out
  of step and no draft waits longer than one interval (plus the scan's own time).
- Every scan runs in a thread of its own, watched by the job's thread: after
  ``[service] scan_timeout`` its connection is shut down from outside (`imap.abort_session`), the
  blocked call fails, and the run counts as an error. A hung socket never keeps a job "running".
- Failures are retried with capped exponential backoff (connection problems: 2 s, 4 s, 8 s …;
  refused logins and other errors a person must fix: interval, 2×interval …; both capped at
  ``[service] max_backoff``) and logged once per change of state (ok → failing, a different error
  class, failing → ok), not once per attempt. Each reconnect calls `imap.connect` again, which
  fetches the secret anew (OAuth2 access tokens expire).
- The connection is kept between polls with the Drafts folder selected (`_KeptSession`); before
  it is reused it must answer a re-SELECT within a few seconds, and one idle for longer than
  ``KEEP_MAX_IDLE`` is not reused at all: Office 365 and NAT boxes drop idle connections silently.
- ``idle = true``: a dedicated connection per account waits in IMAP IDLE (re-issued every
  ``imap.IDLE_RENEW`` = 10 min, RFC 2177 asks for < 29 min) and brings the account's next scan
  forward when the server reports a change. Where IDLE is not offered the account is polled.
- A scan that leaves drafts waiting for their quiet period brings the next scan forward to the
  moment the first of them is old enough (the poll cache's ``wake_at``).
- Rules files are checked (stat, then content hash) before each scan and reloaded when changed;
  a broken file is rejected with one WARNING naming the file, rule and key, and the rules in
  force stay as they were.
- One line per scan per account at INFO (its counts; "unchanged" when the one-round-trip poll
  found nothing new), failures as above at WARNING/ERROR — never draft text or a secret. Once a day (and after
  ``--once``) scan history older than ``HISTORY_DAYS`` is dropped from the state file; the
  findings history that `mailcoach report` reads is kept.

Stopping: the CLI's signal handler sets a `StopFlag`. No new scan starts; scans in progress stop
between drafts (`scan_account(stop_requested=...)`), so an operation in flight is finished;
IDLE connections are cut at once. After ``STOP_GRACE`` seconds, or at a second signal, remaining
connections are cut (the journal lets the next start finish or undo what was in flight).

Sharding (`Shard`): ``--shard K/N`` runs the accounts whose name hashes (SHA-256) to K of N. Each
shard uses its own state file, derived from ``[state] path``: ``<path>.shardK-of-N``.
"""

from __future__ import annotations

import hashlib
import logging
import random
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor as _OncePool
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import imap
from .config import Account, Config
from .errors import ConfigError, ConnectError, MailcoachError, RulesError, UsageError
from .rules import RuleSet, load_ruleset
from .scan import ScanSummary, scan_account
from .state import State, prune_scans

if TYPE_CHECKING:
    from .imap import ImapSession

log = logging.getLogger(__name__)

FIRST_RETRY = 2.0        # first retry after a connection problem (seconds); doubles each time
KEEP_MAX_IDLE = 600.0    # a kept connection unused for longer is not trusted: reconnect
PROBE_TIMEOUT = 10.0     # a kept connection must answer a re-SELECT or LOGOUT within this
ABORT_GRACE = 5.0        # after cutting a scan's connection, how long its thread may take to end
STOP_GRACE = 10.0        # on SIGTERM: how long scans in progress may take to finish their draft
IDLE_DEBOUNCE = 0.5      # a save is an APPEND and an EXPUNGE: let both arrive before scanning
HISTORY_DAYS = 30        # scan history kept for `mailcoach status` (findings are kept for `report`)
HOUSEKEEPING = 24 * 3600.0


# --------------------------------------------------------------------------- shards and stopping


@dataclass(frozen=True)
class Shard:
    """Shard `index` (1-based) of `count`: the accounts whose name hashes there."""

    index: int
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        """From "K/N" with 1 <= K <= N; raises UsageError."""
        k, sep, n = text.partition("/")
        if not sep or not k.strip().isdigit() or not n.strip().isdigit():
            raise UsageError(f"--shard: expected K/N such as 1/4, got {text!r}")
        shard = cls(int(k), int(n))
        if not 1 <= shard.index <= shard.count:
            raise UsageError(f"--shard: K must be from 1 to N, got {text!r}")
        return shard

    def owns(self, account_name: str) -> bool:
        return shard_of(account_name, self.count) == self.index

    def state_path(self, path: Path) -> Path:
        """This shard's own state file (the lock is per state file): ``<path>.shardK-of-N``."""
        return path.with_name(f"{path.name}.shard{self.index}-of-{self.count}")

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def shard_of(account_name: str, count: int) -> int:
    """The shard (1..count) of an account: SHA-256 of its name, stable across runs and machines
    (Python's hash() of a str changes with every process)."""
    digest = hashlib.sha256(account_name.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def state_files(path: Path) -> list[Path]:
    """The state file at `path` and every shard's state file next to it, those that exist
    (for `status` and `report`, which read them all)."""
    found = [path] if path.exists() else []
    if path.parent.is_dir():
        found += sorted(p for p in path.parent.glob(f"{path.name}.shard*-of-*")
                        if not p.name.endswith(".lock") and p.is_file())
    return found


class StopFlag:
    """Set from a signal handler, read by the service: plain attributes only, no locks (a lock
    taken in a signal handler can deadlock the thread it interrupted)."""

    def __init__(self) -> None:
        self.count = 0

    def request(self) -> None:
        self.count += 1

    @property
    def requested(self) -> bool:
        return self.count > 0

    @property
    def urgent(self) -> bool:
        """A second request: stop now, cutting whatever is still in flight."""
        return self.count > 1


def retry_delay(failures: int, first: float, cap: float) -> float:
    """Capped exponential backoff: first, 2×first, 4×first … up to max(cap, first)."""
    return min(max(cap, first), first * 2 ** max(0, failures - 1))


def _needs_a_person(exc: BaseException) -> bool:
    """Errors a retry does not cure soon (a refused login, a missing folder, a broken secret
    command): retried at the account's interval, not within seconds."""
    return isinstance(exc, MailcoachError) and not isinstance(exc, ConnectError)


def _seconds(value: float) -> str:
    if value >= 3600 and value % 3600 == 0:
        return f"{value / 3600:g} h"
    if value >= 60 and value % 60 == 0:
        return f"{value / 60:g} min"
    return f"{value:.3g} s" if value < 10 else f"{value:.0f} s"


# --------------------------------------------------------------------------- rules, reloaded


class RulesWatcher:
    """The rules in force; reloaded when a rules file changes, kept when the new one is broken.

    `current()` is called before each scan: it stats the files (cheap) and, when anything
    changed, compares content hashes and loads the new rules. Thread-safe.
    """

    def __init__(self, files: Sequence[Path], disable: Sequence[str]) -> None:
        self.files = tuple(Path(f) for f in files)
        self.disable = tuple(disable)
        self._lock = threading.Lock()
        self._stat = self._stats()
        self._hash = self._hashes()
        self.ruleset = load_ruleset(self.files, disable=self.disable)  # RulesError: refuse to start

    def _stats(self) -> tuple:
        out = []
        for f in self.files:
            try:
                st = f.stat()
                out.append((st.st_mtime_ns, st.st_size, st.st_ino))
            except OSError as exc:
                out.append(exc.errno)
        return tuple(out)

    def _hashes(self) -> tuple:
        out = []
        for f in self.files:
            try:
                out.append(hashlib.sha256(f.read_bytes()).hexdigest())
            except OSError as exc:
                out.append(exc.errno)
        return tuple(out)

    def current(self) -> RuleSet:
        if not self.files:
            return self.ruleset
        with self._lock:
            stat = self._stats()
            if stat == self._stat:
                return self.ruleset
            self._stat = stat
            digest = self._hashes()
            if digest == self._hash:
                return self.ruleset
            self._hash = digest
            try:
                new = load_ruleset(self.files, disable=self.disable)
            except RulesError as exc:
                log.warning("rules not reloaded, the previous rules stay in force: %s", exc,
                            extra={"event": "rules_rejected"})
                return self.ruleset
            self.ruleset = new
            log.info("rules reloaded: %d rules in force (%s)", len(new.rules),
                     ", ".join(str(f) for f in self.files), extra={"event": "rules_reloaded"})
            return new


# --------------------------------------------------------------------------- logging state changes


class _Health:
    """Logs an account's failures once per change of state, not once per attempt."""

    def __init__(self, name: str, what: str) -> None:
        self.name = name
        self.what = what          # "scan" or "IDLE watch"
        self.failures = 0
        self.error_class: str | None = None

    def failed(self, exc: BaseException, retry_in: float) -> None:
        self.failures += 1
        cls = type(exc).__name__
        text = str(exc) if isinstance(exc, MailcoachError) else f"unexpected {cls}"
        if cls != self.error_class:
            level = logging.WARNING if isinstance(exc, ConnectError) else logging.ERROR
            log.log(level, "%s: %s failed: %s; retrying in %s (repeats of this error are not logged)",
                    self.name, self.what, text, _seconds(retry_in),
                    extra={"account": self.name, "event": "failing"})
            self.error_class = cls
        else:
            log.debug("%s: %s failed again (%d in a row): %s; retrying in %s", self.name, self.what,
                      self.failures, text, _seconds(retry_in), extra={"account": self.name})

    def succeeded(self) -> None:
        if self.error_class is not None:
            log.info("%s: %s works again after %d failed attempt%s", self.name, self.what,
                     self.failures, "" if self.failures == 1 else "s",
                     extra={"account": self.name, "event": "recovered"})
        self.failures = 0
        self.error_class = None


def describe(s: ScanSummary) -> str:
    """The counts of a scan for its log line (never draft text)."""
    if s.unchanged:
        return f"unchanged: {s.seen} drafts, {s.risky} risky"
    parts = [f"{s.seen} drafts", f"{s.analysed} analysed", f"{s.risky} risky",
             f"{s.annotated} annotated"]
    for n, what in ((s.flagged, "flagged"), (s.waiting, "waiting for their quiet period"),
                    (len(s.skipped), "skipped"), (s.repaired, "interrupted operations repaired"),
                    (s.rolled_back, "left alone (changed meanwhile)"),
                    (s.stale_removed, "outdated copies removed")):
        if n:
            parts.append(f"{n} {what}")
    if s.stopped:
        parts.append("stopped early")
    return ", ".join(parts)


def _log_scan(name: str, s: ScanSummary) -> None:
    log.info("%s: %s: %s", name, s.folder, describe(s), extra={"account": name, "event": "scan"})


# --------------------------------------------------------------------------- one account


class _KeptSession:
    """What `scan_account` sees as its session: the Drafts folder stays selected and the
    connection open after the scan's `logout()`, so the next poll costs one re-SELECT instead of
    connect + TLS + login + LIST. The worker closes it (error, stop, or unused too long)."""

    def __init__(self, session: ImapSession) -> None:
        self.session = session
        self.folder: Any = None
        self.last_used = time.monotonic()

    @property
    def looks_like_exchange(self) -> bool:
        return self.session.looks_like_exchange

    def open_drafts(self) -> Any:
        if self.folder is None:
            self.folder = self.session.open_drafts()
        return self.folder

    def logout(self) -> None:
        """Called by scan_account at the end of each scan: keep the connection."""
        self.last_used = time.monotonic()

    def alive(self) -> bool:
        """Fit for another scan: used recently, and answers a re-SELECT within PROBE_TIMEOUT.

        The re-SELECT also refreshes UIDVALIDITY and PERMANENTFLAGS before the scan reads them.
        """
        if self.folder is None or time.monotonic() - self.last_used > KEEP_MAX_IDLE:
            return False
        timer = threading.Timer(min(PROBE_TIMEOUT, self.session.timeout),
                                imap.abort_session, args=(self.session,))
        timer.daemon = True
        timer.start()
        try:
            self.folder.status()
            return True
        except MailcoachError as exc:
            log.debug("%s: kept connection is gone (%s); reconnecting", self.session.account.name,
                      type(exc).__name__)
            return False
        finally:
            timer.cancel()

    def close(self) -> None:
        _logout_within(self.session, PROBE_TIMEOUT)


def _logout_within(session: ImapSession, seconds: float) -> None:
    """LOGOUT, but cut the connection if the server has not answered within `seconds`: a
    connection that died silently would otherwise hold the caller for the whole socket timeout."""
    timer = threading.Timer(min(seconds, session.timeout), imap.abort_session, args=(session,))
    timer.daemon = True
    timer.start()
    try:
        session.logout()
    finally:
        timer.cancel()


class _Worker:
    """One account: its scans (each in a thread of its own, under the hard timeout), its kept
    connection, its backoff and its IDLE watch."""

    def __init__(self, account: Account, service: Service) -> None:
        self.account = account
        self.svc = service
        self.job_id = f"scan:{account.name}"
        self.health = _Health(account.name, "scan")
        self._lock = threading.Lock()
        self._active = False     # the job is running (from its start until its next run is set)
        self._scanning = False   # the scan's own thread is running
        self._again = False      # a change was reported while the job was queued or running
        self._aborted = False
        self._kept: _KeptSession | None = None
        self._stuck: threading.Thread | None = None
        self.idle: _IdleWatch | None = None

    # -- what the scheduler runs

    def job(self) -> None:
        """The APScheduler job: one scan, then the next run is adjusted (backoff, follow-up)."""
        with self._lock:
            self._active = True
        result = None if self.svc.stopping.is_set() else self.scan_once()
        self._after(result)

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._scanning

    def scan_once(self) -> ScanSummary | BaseException:
        """One scan of the account with the hard timeout; returns its summary or its error."""
        if self._stuck is not None:
            if self._stuck.is_alive():
                return ConnectError(f"account {self.account.name!r}: an earlier scan has not ended"
                                    " after its connection was closed; not starting another")
            self._stuck = None
        with self._lock:
            self._scanning, self._aborted = True, False
        outcome: dict[str, Any] = {}
        done = threading.Event()
        thread = threading.Thread(target=self._scan, args=(outcome, done), daemon=True,
                                  name=f"scan {self.account.name}")
        thread.start()
        limit = self.svc.config.service.scan_timeout
        if done.wait(limit):
            return outcome["result"]
        self.abort()
        if not done.wait(ABORT_GRACE):
            self._stuck = thread
            log.error("%s: the scan has not ended %s after its connection was closed; no other scan"
                      " of this account starts until it does", self.account.name,
                      _seconds(ABORT_GRACE), extra={"account": self.account.name})
        return ConnectError(f"account {self.account.name!r}: the scan took longer than"
                            f" scan_timeout ({_seconds(limit)}); its connection was closed")

    def _scan(self, outcome: dict[str, Any], done: threading.Event) -> None:
        try:
            ruleset = self.svc.rules.current()
            outcome["result"] = scan_account(
                self.account, self.svc.config, self.svc.state, ruleset, connect=self._connect,
                stop_requested=self.svc.stopping.is_set)
        except MailcoachError as exc:
            outcome["result"] = exc
            self.drop_connection()
        except Exception as exc:  # noqa: BLE001 - a bug must not kill the service; it is logged
            log.debug("%s: unexpected error in the scan", self.account.name, exc_info=True)
            outcome["result"] = exc
            self.drop_connection()
        finally:
            with self._lock:
                self._scanning = False
            done.set()

    def _connect(self, account: Account) -> _KeptSession:
        """scan_account's `connect`: the kept connection if it is alive, else a new one."""
        kept = self._kept
        if kept is not None:
            if kept.alive():
                return kept
            self.drop_connection()
        session = self.svc.connect(account)
        with self._lock:
            if self._aborted or self.svc.stop_flag.urgent:
                aborted = True
            else:
                aborted = False
                self._kept = _KeptSession(session)
        if aborted:
            _logout_within(session, PROBE_TIMEOUT)
            raise ConnectError(f"account {account.name!r}: scan abandoned while connecting")
        return self._kept

    def abort(self) -> None:
        """Cut the connection of the scan in progress (from another thread)."""
        with self._lock:
            self._aborted = True
            kept = self._kept
        if kept is not None:
            imap.abort_session(kept.session)

    def drop_connection(self) -> None:
        with self._lock:
            kept, self._kept = self._kept, None
        if kept is not None:
            kept.close()

    # -- after a scan: log, back off or follow up

    def _after(self, result: ScanSummary | BaseException | None) -> None:
        now = time.time()
        name = self.account.name
        at: float | None = None
        earlier_only = True
        if result is None:   # stopping
            pass
        elif isinstance(result, BaseException):
            first = self.account.interval if _needs_a_person(result) else min(FIRST_RETRY,
                                                                             self.account.interval)
            delay = retry_delay(self.health.failures + 1, first, self.svc.config.service.max_backoff)
            delay *= random.uniform(0.9, 1.1)  # many accounts on one failed server: spread retries
            self.health.failed(result, delay)
            at, earlier_only = now + delay, False
        else:
            self.health.succeeded()
            _log_scan(name, result)
            if result.waiting and not result.stopped:
                poll = self.svc.state.poll(name, result.folder)
                if poll is not None and poll.wake_at is not None:
                    at = max(now, poll.wake_at)
        with self._lock:
            again, self._again, self._active = self._again, False, False
        if again and earlier_only:
            at = now
        if at is not None:
            self.svc.reschedule(self, at, earlier_only=earlier_only)

    # -- wake-ups from the IDLE watch

    def wake(self, delay: float) -> None:
        """Bring the next scan forward to `delay` seconds from now (or right after the one that
        is running, so a change reported meanwhile is never lost)."""
        with self._lock:
            if self._active:
                self._again = True
                return
        self.svc.reschedule(self, time.time() + delay, earlier_only=True)

    def missed_wake(self) -> None:
        """APScheduler skipped a run because one was still queued in the pool: run once more
        after it (the queued run may have started listing the folder before the change)."""
        with self._lock:
            self._again = True


class _IdleWatch(threading.Thread):
    """A dedicated connection waiting in IDLE on the Drafts folder; a reported change brings the
    account's next scan forward. Reconnects with backoff; gives up (polling only) where the server
    does not offer IDLE."""

    def __init__(self, worker: _Worker) -> None:
        super().__init__(name=f"idle {worker.account.name}", daemon=True)
        self.worker = worker
        self.health = _Health(worker.account.name, "IDLE watch")
        self._lock = threading.Lock()
        self._session: ImapSession | None = None

    def run(self) -> None:
        svc, account = self.worker.svc, self.worker.account
        was_watching = False
        while not svc.stopping.is_set():
            session = None
            try:
                session = svc.connect(account)
                with self._lock:
                    self._session = session
                if svc.stopping.is_set():
                    break
                folder = session.open_drafts()
                if "IDLE" not in session.capabilities:
                    log.info("%s: the server does not offer IDLE; polling every %s instead",
                             account.name, _seconds(account.interval),
                             extra={"account": account.name, "event": "no_idle"})
                    return
                self.health.succeeded()
                was_watching = True
                log.debug("%s: watching %s with IDLE", account.name, folder.name)
                # Anything saved while we were not watching (startup, reconnect) is looked at now.
                self.worker.wake(0)
                while not svc.stopping.is_set():
                    if session.idle_wait(imap.IDLE_RENEW):
                        self.worker.wake(IDLE_DEBOUNCE)
            except MailcoachError as exc:
                if svc.stopping.is_set():
                    break
                if was_watching and isinstance(exc, ConnectError):
                    # A watch that worked lost its connection (server restart, a silent drop
                    # found when IDLE was renewed): reconnect at once; back off if that fails.
                    log.debug("%s: IDLE connection lost (%s); reconnecting", account.name, exc)
                    was_watching = False
                    continue
                was_watching = False
                first = account.interval if _needs_a_person(exc) else FIRST_RETRY
                delay = retry_delay(self.health.failures + 1, first, svc.config.service.max_backoff)
                self.health.failed(exc, delay)
                svc.stopping.wait(delay)
            except Exception:  # noqa: BLE001 - keep the service alive; the scans still poll
                log.error("%s: unexpected error in the IDLE watch; polling only from now on",
                          account.name, extra={"account": account.name})
                log.debug("the error", exc_info=True)
                return
            finally:
                with self._lock:
                    self._session = None
                if session is not None:
                    _logout_within(session, PROBE_TIMEOUT)

    def abort(self) -> None:
        with self._lock:
            session = self._session
        if session is not None:
            imap.abort_session(session)


# --------------------------------------------------------------------------- the service


class Service:
    """The accounts of one process, their scheduler, and the state and rules they share."""

    def __init__(self, config: Config, accounts: Sequence[Account], state: State,
                 rules: RulesWatcher, stop_flag: StopFlag,
                 connect: Callable[[Account], ImapSession] = imap.connect) -> None:
        self.config = config
        self.state = state
        self.rules = rules
        self.stop_flag = stop_flag
        self.connect = connect
        self.stopping = threading.Event()
        self.workers = [_Worker(a, self) for a in accounts]
        self._scheduler: Any = None

    # -- once (cron)

    def run_once(self) -> int:
        """One scan of every account in parallel; 2 if any failed, else 1 if any is risky, else 0."""
        width = min(self.config.service.workers, len(self.workers))
        with _OncePool(max_workers=width, thread_name_prefix="once") as pool:
            futures = [pool.submit(self._once, w) for w in self.workers]
            while not all(f.done() for f in futures):
                if self.stop_flag.requested:
                    self.stopping.set()
                if self.stop_flag.urgent:
                    for w in self.workers:
                        w.abort()
                time.sleep(0.1)
        self._close_connections()
        self._housekeeping()
        results = [f.result() for f in futures]
        if any(isinstance(r, BaseException) for r in results):
            return 2
        return 1 if any(r.risky for r in results) else 0

    def _once(self, worker: _Worker) -> ScanSummary | BaseException:
        if self.stopping.is_set():
            return ConnectError(f"account {worker.account.name!r}: not scanned (stopping)")
        result = worker.scan_once()
        if isinstance(result, BaseException):
            text = str(result) if isinstance(result, MailcoachError) else type(result).__name__
            log.error("%s: scan failed: %s", worker.account.name, text,
                      extra={"account": worker.account.name, "event": "failing"})
        else:
            _log_scan(worker.account.name, result)
        return result

    # -- as a service

    def run_forever(self) -> int:
        """Schedule every account and run until the StopFlag is set; 0 after a clean stop."""
        from apscheduler.events import EVENT_JOB_MAX_INSTANCES
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.background import BackgroundScheduler
        from apscheduler.triggers.interval import IntervalTrigger

        svc = self.config.service
        scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=svc.workers)},
            job_defaults={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
            timezone=timezone.utc,
        )
        by_job = {w.job_id: w for w in self.workers}

        def on_skipped(event: Any) -> None:
            worker = by_job.get(event.job_id)
            if worker is not None:
                worker.missed_wake()

        scheduler.add_listener(on_skipped, EVENT_JOB_MAX_INSTANCES)
        now = time.time()
        for w in self.workers:
            phase = random.uniform(0, min(svc.jitter, w.account.interval))
            start = datetime.fromtimestamp(now + phase, timezone.utc)
            scheduler.add_job(w.job, IntervalTrigger(seconds=w.account.interval, start_date=start,
                                                     timezone=timezone.utc),
                              id=w.job_id, name=f"scan {w.account.name}", next_run_time=start)
        scheduler.add_job(self._housekeeping, IntervalTrigger(seconds=HOUSEKEEPING,
                                                              timezone=timezone.utc),
                          id="housekeeping", next_run_time=datetime.now(timezone.utc))
        self._scheduler = scheduler
        scheduler.start()
        for w in self.workers:
            if w.account.idle:
                w.idle = _IdleWatch(w)
                w.idle.start()
        try:
            while not self.stop_flag.requested:
                time.sleep(0.2)
        finally:
            self._shutdown()
        return 0

    def reschedule(self, worker: _Worker, at: float, *, earlier_only: bool) -> None:
        """Move the account's next scan to `at` (epoch seconds); with `earlier_only`, only if that
        is sooner than the run already planned."""
        scheduler = self._scheduler
        if scheduler is None or self.stopping.is_set():
            return
        from apscheduler.jobstores.base import JobLookupError

        target = datetime.fromtimestamp(at, timezone.utc)
        try:
            job = scheduler.get_job(worker.job_id)
            if job is None:
                return
            if earlier_only and job.next_run_time is not None and job.next_run_time <= target:
                return
            scheduler.modify_job(worker.job_id, next_run_time=target)
        except JobLookupError:
            return

    def _housekeeping(self) -> None:
        """Drop scan history older than HISTORY_DAYS (one row per poll adds up with many accounts)."""
        dropped = prune_scans(self.state, time.time() - HISTORY_DAYS * 86400)
        if dropped:
            log.info("dropped %d scan history rows older than %d days", dropped, HISTORY_DAYS)

    def _shutdown(self) -> None:
        busy = [w.account.name for w in self.workers if w.busy]
        log.info("stopping%s", f": letting {len(busy)} scan(s) in progress finish the draft in hand"
                 if busy else "", extra={"event": "stopping"})
        self.stopping.set()
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
        for w in self.workers:
            if w.idle is not None:
                w.idle.abort()
        deadline = time.monotonic() + STOP_GRACE
        while any(w.busy for w in self.workers) and time.monotonic() < deadline \
                and not self.stop_flag.urgent:
            time.sleep(0.05)
        for w in self.workers:
            if w.busy:
                log.warning("%s: scan still running at shutdown; closing its connection (the next"
                            " start finishes or undoes what was in flight)", w.account.name,
                            extra={"account": w.account.name})
                w.abort()
        deadline = time.monotonic() + ABORT_GRACE
        while any(w.busy for w in self.workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        self._close_connections()
        for w in self.workers:
            if w.idle is not None:
                w.idle.join(timeout=2)
        log.info("stopped", extra={"event": "stopped"})

    def _close_connections(self, budget: float = 3.0) -> None:
        """LOGOUT every kept connection, in parallel, within `budget` seconds; cut the rest."""
        threads = []
        for w in self.workers:
            if w._kept is not None:
                t = threading.Thread(target=w.drop_connection, daemon=True)
                t.start()
                threads.append((w, t))
        deadline = time.monotonic() + budget
        for w, t in threads:
            t.join(max(0.0, deadline - time.monotonic()))
            if t.is_alive():
                w.abort()


# --------------------------------------------------------------------------- entry point


def select_accounts(config: Config, shard: Shard | None) -> list[Account]:
    """The accounts this process runs (all, or those of `shard`); ConfigError when none."""
    where = config.source or "the configuration"
    if not config.accounts:
        raise ConfigError(f"{where}: no [[account]] configured (see config.example.toml)")
    if shard is None:
        return list(config.accounts)
    mine = [a for a in config.accounts if shard.owns(a.name)]
    if not mine:
        raise ConfigError(f"{where}: shard {shard} has none of the {len(config.accounts)} accounts;"
                          " use fewer shards")
    return mine


def run_service(config: Config, *, once: bool = False, shard: Shard | None = None,
                stop: StopFlag | None = None,
                connect: Callable[[Account], ImapSession] = imap.connect) -> int:
    """Run the service (or, with `once`, one scan of every account) until `stop` is set.

    Returns the exit status: 0 after a clean stop; with `once` 0/1/2 as `mailcoach scan`.
    Raises ConfigError (no accounts), RulesError (broken rules at start), AlreadyRunning
    (another process holds the state file), StateError.
    """
    accounts = select_accounts(config, shard)
    path = shard.state_path(config.state.path) if shard else config.state.path
    stop = stop or StopFlag()
    with State.open(path) as state:   # first: a second instance is told so, whatever else is wrong
        rules = RulesWatcher(config.rules.files, config.rules.disable)
        service = Service(config, accounts, state, rules, stop, connect)
        idle = sum(1 for a in accounts if a.idle)
        log.info("%s %d account%s%s (%d with IDLE), %d worker%s; state %s; %d rules in force",
                 "scanning" if once else "watching", len(accounts), "" if len(accounts) == 1 else "s",
                 f" of shard {shard}" if shard else "", idle, config.service.workers,
                 "" if config.service.workers == 1 else "s", path, len(rules.ruleset.rules),
                 extra={"event": "start"})
        return service.run_once() if once else service.run_forever()
