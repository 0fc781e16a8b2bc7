"""Network faults: a proxy between mailcoach and Dovecot cuts or stalls the connection.

Three kinds of proof, all against real Dovecot (full, and advertising no UIDPLUS/CONDSTORE):

- Named cut points: mid-FETCH of a message literal, mid-APPEND literal, the APPEND's answer lost
  (the server stored our copy, mailcoach never learns its UID), after the APPEND before the STORE
  \\Deleted, the STORE's answer lost, before and during UID EXPUNGE, the repair itself cut, and
  answers delayed within and beyond the timeout.
- A sweep: round after round the PM edits drafts, then a scan runs through the proxy, which cuts
  it after a random number of bytes in a random direction (seeded); often the next scan is cut
  too, before a clean scan runs.
- The service: `mailcoach run` (IDLE on) through a proxy that cuts its connections at random and
  each IDLE it enters, while the PM keeps editing drafts: it keeps running and catches up.

After every fault the next clean scan must leave the safety invariant of
`proof_helpers.Workload.check` (each draft exactly once, newest version, annotated exactly when
risky, nothing \\Seen, another client's \\Deleted draft and INBOX untouched). A faulted scan may
only fail with a MailcoachError (a one-line error), never crash.
"""

from __future__ import annotations

import random
import signal
import threading
import time
from collections import Counter
from dataclasses import replace

import pytest
from proof_helpers import (AnswerFault, CutAfter, CutAt, CutInLine, CutInLiteral, DelayAt, Fault,
                           Workload, config_with_state, figures, scaled)
from servers import Cut, ImapProxy
from test_service import Service, account_entry, config_toml, wait_until

from mailcoach.errors import ConnectError, MailcoachError
from mailcoach.rules import load_ruleset
from mailcoach.scan import make_judge, scan_account
from mailcoach.state import State

RULESET = load_ruleset()
JUDGE = make_judge(RULESET)
SEED = 20241127
TIMEOUT = 5.0


class Rig:
    """A seeded workload on one server, and scans through a proxy whose hooks a test sets."""

    def __init__(self, server, tmp_path, *, seed: str, uidplus: bool,
                 timeout: float = TIMEOUT) -> None:
        self.kind = server.kind.replace("-", "_")
        self.user = server.new_user()
        self.rng = random.Random(seed)
        self.work = Workload.seed(self.user, JUDGE, self.rng, drafts=8, uidplus=uidplus)
        self.direct = self.user.account(quiet_period=0, timeout=timeout)
        self.proxy = ImapProxy(server.port).start()
        self.via_proxy = replace(self.direct, port=self.proxy.port)
        self.state_path = tmp_path / "state.sqlite3"
        self.config = config_with_state(self.state_path, self.direct)

    def scan(self, account=None):
        """One scan (direct, or through the proxy with `account` = self.via_proxy)."""
        with State.open(self.state_path) as state:
            return scan_account(account or self.direct, self.config, state, RULESET)

    def faulted_scan(self, fault: Fault | None = None, account=None) -> MailcoachError | None:
        """One scan through the proxy with `fault`'s hooks; its error (a MailcoachError with a
        one-line message) or None. Anything else propagates: that would be a crash."""
        if fault is not None:
            self.proxy.client_hook, self.proxy.server_hook = fault.client_hook, fault.server_hook
        try:
            self.scan(account or self.via_proxy)
        except MailcoachError as exc:
            assert "\n" not in str(exc), f"a multi-line error: {exc!r}"
            return exc
        finally:
            self.proxy.client_hook = self.proxy.server_hook = None
        return None

    def clean_scan_and_check(self) -> None:
        """A scan on a direct connection, then the safety invariant."""
        with State.open(self.state_path) as state:
            scan_account(self.direct, self.config, state, RULESET)
            assert state.journal(self.direct.name, "Drafts") == [], "an operation is left open"
        self.work.check()

    def close(self) -> None:
        self.proxy.stop()
        self.work.close()


@pytest.fixture
def rig(request, tmp_path):
    kind = request.param
    r = Rig(request.getfixturevalue(kind), tmp_path, seed=f"{SEED}-{request.node.name}",
            uidplus=kind == "dovecot")
    r.clean_scan_and_check()     # the starting point: every risky draft annotated
    yield r
    r.close()


# --------------------------------------------------------------------------- named cut points

BOTH, FULL = ("dovecot", "dovecot_restricted"), ("dovecot",)
# name: (servers, the faults of successive scans, "error" | "ok" for those scans)
NAMED = {
    "login-answer-lost": (BOTH, [lambda: AnswerFault(b" LOGIN ")], "error"),
    # Half of the capability line that answers LOGIN, then end of file: a network failure,
    # not a refused login (the service retries those soon; a refused login waits for a person).
    "login-answer-cut-mid-line": (BOTH, [lambda: CutInLine("S", b"NAMESPACE", 40)], "error"),
    "select-not-sent": (BOTH, [lambda: CutAt("C", b" SELECT ")], "error"),
    "fetch-before-the-literal": (BOTH, [lambda: CutAt("S", b"BODY[] {")], "error"),
    "fetch-mid-literal": (BOTH, [lambda: CutInLiteral("S", b"BODY[] {", 0.5)], "error"),
    "append-not-sent": (BOTH, [lambda: CutAt("C", b" APPEND ")], "error"),
    "append-mid-literal": (BOTH, [lambda: CutInLiteral("C", b" APPEND ", 0.5)], "error"),
    "append-answer-lost": (BOTH, [lambda: AnswerFault(b" APPEND ")], "error"),
    "store-deleted-not-sent": (BOTH, [lambda: CutAt("C", b"(\\Deleted)")], "error"),
    "store-deleted-answer-lost": (BOTH, [lambda: AnswerFault(b"(\\Deleted)")], "error"),
    "expunge-not-sent": (FULL, [lambda: CutAt("C", b"UID EXPUNGE")], "error"),
    "expunge-answer-lost": (FULL, [lambda: AnswerFault(b"UID EXPUNGE")], "error"),
    # The repair is cut too: the APPEND's answer is lost, then the next scan's search for our
    # copy (by its op token) loses its answer; or the STORE twice.
    "repair-cut-while-searching": (
        BOTH, [lambda: AnswerFault(b" APPEND "), lambda: AnswerFault(b"SEARCH")], "error"),
    "repair-cut-twice": (
        BOTH, [lambda: AnswerFault(b"(\\Deleted)"), lambda: CutAt("C", b"(\\Deleted)")], "error"),
    "logout-answer-lost": (BOTH, [lambda: AnswerFault(b" LOGOUT")], "ok"),
    "append-answer-slow-within-timeout": (
        BOTH, [lambda: AnswerFault(b" APPEND ", delay=1.5)], "ok"),
    "fetch-beyond-timeout": (BOTH, [lambda: DelayAt("S", b"BODY[] {", 2.5)], "timeout"),
    "expunge-answer-beyond-timeout": (
        FULL, [lambda: AnswerFault(b"UID EXPUNGE", delay=2.5)], "timeout"),
}
NAMED_CASES = [(kind, name) for name, (kinds, _, _) in NAMED.items() for kind in kinds]
NAMED_FIRED: dict[str, int] = {}     # case -> faults injected and repaired (for the figures)


@pytest.mark.parametrize("rig, point", NAMED_CASES, indirect=["rig"],
                         ids=[f"{kind}-{name}" for kind, name in NAMED_CASES])
def test_a_fault_at_a_named_point_is_repaired_by_the_next_scan(rig, point):
    _, faults, expected = NAMED[point]
    rig.work.edit(3, p_risky=1.0)         # new risky versions: judging and replacing to do
    rig.work.edit(1, p_risky=0.0)
    # A timeout case reads with a 1 s timeout, so that a 2.5 s stall exceeds it.
    via = replace(rig.via_proxy, timeout=1.0) if expected == "timeout" else rig.via_proxy
    for make in faults:
        fault = make()
        started = time.monotonic()
        error = rig.faulted_scan(fault, via)
        assert fault.fired, "the fault never happened: the test's hook did not match the traffic"
        if expected == "ok":
            assert error is None, error
        else:
            assert isinstance(error, ConnectError), f"expected a ConnectError, got {error!r}"
        if expected == "timeout":
            assert "timed out after 1 s" in str(error) and time.monotonic() - started < 6
    rig.clean_scan_and_check()
    rig.work.edit(2)                      # and life goes on
    rig.clean_scan_and_check()
    NAMED_FIRED[f"{rig.kind}-{point}"] = len(faults)


# --------------------------------------------------------------------------- random cuts


@pytest.mark.parametrize("rig", ["dovecot", "dovecot_restricted"], indirect=True)
def test_cuts_at_random_byte_offsets_are_all_repaired(rig, request):
    rounds = scaled(150, 1500) if rig.work.uidplus else scaled(50, 500)
    # Calibration: how many bytes each direction carries in one scan after an edit.
    rig.work.edit(3)
    assert rig.faulted_scan() is None
    conn = rig.proxy.connections[-1]
    volume = {"C": len(conn.sent_by_client()), "S": len(conn.sent_by_server())}
    rig.clean_scan_and_check()
    errors: Counter[str] = Counter()
    fired = checks = 0
    started = time.monotonic()
    for _ in range(rounds):
        rig.work.edit(rig.rng.randint(1, 4))
        side = rig.rng.choice("CS")
        fault = CutAfter(side, rig.rng.randrange(volume[side]))
        error = rig.faulted_scan(fault)
        fired += fault.fired
        errors[type(error).__name__ if error else "none"] += 1
        assert error is None or isinstance(error, ConnectError), repr(error)
        if rig.rng.random() < 0.7:        # else the next round's scan meets this one's damage
            rig.clean_scan_and_check()
            checks += 1
    rig.clean_scan_and_check()
    checks += 1
    figures(request.config).record(
        f"cuts[{rig.kind}]", rounds=rounds, cuts_fired=fired, survived=fired, lost=0, duplicated=0,
        scan_outcomes=dict(errors), invariant_checks=checks, edits=rig.work.edits,
        seconds=round(time.monotonic() - started, 1), seed=SEED)
    assert fired >= rounds * 3 // 5       # most rounds really were cut (a scan with less to do
    #                                       than the calibration one may end before the cut)


# --------------------------------------------------------------------------- the service


class Chaos:
    """Server hook for the service's connections: each new connection is cut after a random
    number of bytes with probability `p`, and every IDLE it enters is cut with probability
    `p_idle`, until `calm` is set. Counts what it cut."""

    def __init__(self, rng: random.Random, p: float, p_idle: float) -> None:
        self.rng, self.p, self.p_idle = rng, p, p_idle
        self.budget: dict[int, int | None] = {}
        self.cuts = self.idle_cuts = 0
        self.calm = threading.Event()
        self.lock = threading.Lock()

    def __call__(self, conn, kind: str, data: bytes) -> bytes:
        if self.calm.is_set():
            return data
        with self.lock:
            key = id(conn)
            if key not in self.budget:
                self.budget[key] = (self.rng.randrange(100, 6000)
                                    if self.rng.random() < self.p else None)
            if kind == "line" and data.startswith(b"+ idling"):
                if self.rng.random() < self.p_idle:
                    self.idle_cuts += 1
                    raise Cut()
                return data
            left = self.budget[key]
            if left is None:
                return data
            if len(data) >= left:
                self.cuts += 1
                self.budget[key] = None
                raise Cut(data[:left])
            self.budget[key] = left - len(data)
        return data


def test_the_service_survives_cut_connections_and_cut_idles(dovecot, tmp_path, request):
    user = dovecot.new_user()
    rng = random.Random(f"{SEED}-service")
    work = Workload.seed(user, JUDGE, rng, drafts=6)
    chaos = Chaos(rng, p=0.5, p_idle=0.7)
    rounds = scaled(10, 60)
    with ImapProxy(dovecot.port, server_hook=chaos) as proxy:
        config = config_toml(tmp_path / "config.toml", [
            account_entry(user, "pm", port=proxy.port, idle=True, interval=2, timeout=TIMEOUT),
        ], state=tmp_path / "state.sqlite3",
            service={"jitter": 0, "max_backoff": 2, "scan_timeout": 20})
        service = Service(tmp_path, config, verbose=False)
        started = time.monotonic()
        try:
            def settled() -> bool:
                assert service.proc.poll() is None, "the service exited:\n" + service.text()[-3000:]
                try:
                    work.check()
                    return True
                except AssertionError:
                    return False

            wait_until(settled, 60, "the service marked the seeded drafts", service)
            for _ in range(rounds):
                work.edit(rng.randint(1, 3))
                wait_until(settled, 60, "the service caught up after the PM's edits", service)
            chaos.calm.set()
            work.edit(2)
            wait_until(settled, 30, "the service caught up once the network was calm", service)
        finally:
            rc, seconds = service.stop(signal.SIGTERM)
    assert rc == 0 and seconds < 10, f"exit status {rc} after {seconds:.1f} s"
    work.check()
    work.close()
    assert "Traceback" not in service.text()
    figures(request.config).record(
        "service-cuts[dovecot]", rounds=rounds, connections=len(proxy.connections),
        cuts_fired=chaos.cuts, idle_cuts=chaos.idle_cuts, survived=chaos.cuts + chaos.idle_cuts,
        edits=work.edits, lost=0, duplicated=0, seconds=round(time.monotonic() - started, 1))
    assert chaos.cuts + chaos.idle_cuts >= 3 and chaos.idle_cuts >= 1


@pytest.fixture(scope="module", autouse=True)
def record_named_cuts(request):
    """After the module: the named faults injected and repaired, for RELIABILITY.md."""
    yield
    if NAMED_FIRED:
        figures(request.config).record("named-faults", cases=len(NAMED_FIRED),
                                       faults_injected=sum(NAMED_FIRED.values()),
                                       survived=sum(NAMED_FIRED.values()), lost=0, duplicated=0)
