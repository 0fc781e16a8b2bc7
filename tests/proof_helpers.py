"""Shared pieces of the proof tests (faults, kills, fuzz, security, a real mail client).

- `PROFILE` / `scaled`: the CI profile (default) or ``MAILCOACH_PROOF=long``, a heavier local one.
- `Figures`: the numbers a proof test measured (kills survived, cuts survived, inputs tried). They
  are written to a JSON file (``$MAILCOACH_PROOF_FIGURES``, default
  ``<tmp>/mailcoach-proof-figures.json``) and shown in pytest's terminal summary, so RELIABILITY.md
  quotes a real run.
- `Workload`: a Drafts folder on a real test server whose drafts the test edits as a mail client
  does (APPEND the new version with the same Message-ID, then delete the UID the client knows),
  and `Workload.check`, the safety invariant every fault and kill test ends with.
- `snapshot`: every message of a folder (bytes, flags, INTERNALDATE) read without setting \\Seen.
- `Fault` and its kinds for `servers.ImapProxy`: cut before a pattern (`CutAt`), after n bytes
  (`CutAfter`), inside a line (`CutInLine`) or a literal (`CutInLiteral`), lose or delay the
  answer to a command (`AnswerFault`), stall (`DelayAt`); each records whether it happened.
- `open_state_after_kill` and `run_main` (the CLI in-process, logging restored afterwards).
"""

from __future__ import annotations

import email.utils
import json
import logging
import os
import random
import re
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from servers import Cut, ProxyConnection, TestUser

from mailcoach import annotate
from mailcoach.analysis import Verdict
from mailcoach.config import Account, Config, StateConfig
from mailcoach.errors import AlreadyRunning
from mailcoach.state import State

PROFILE = os.environ.get("MAILCOACH_PROOF", "ci")
if PROFILE not in ("ci", "long"):
    raise ValueError(f"MAILCOACH_PROOF must be ci or long, got {PROFILE!r}")

FOLDER = "Drafts"
DELETED = "\\Deleted"
SEEN = "\\Seen"
KEYWORD = "$MailCoachRisky"
CST = timezone(timedelta(hours=8))


def scaled(ci: int, long: int) -> int:
    """`ci` in the default profile, `long` under MAILCOACH_PROOF=long."""
    return long if PROFILE == "long" else ci


# --------------------------------------------------------------------------- figures


FIGURES_PATH = Path(os.environ.get("MAILCOACH_PROOF_FIGURES",
                                   Path(tempfile.gettempdir()) / "mailcoach-proof-figures.json"))


class Figures:
    """What the proof tests measured in this run: one entry per test, merged into a JSON file.

    ``figures(request.config).record("kills", kills=212, ...)``. The first call registers a small
    plugin that prints every entry in pytest's terminal summary.
    """

    _lock = threading.Lock()

    def __init__(self) -> None:
        self.entries: dict[str, dict] = {}

    def record(self, name: str, **values: object) -> None:
        entry = {"profile": PROFILE, "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"), **values}
        self.entries[name] = entry
        with self._lock:
            try:
                data = json.loads(FIGURES_PATH.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
            data[name] = entry
            FIGURES_PATH.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                                    encoding="utf-8")

    def pytest_terminal_summary(self, terminalreporter) -> None:  # noqa: ANN001 - pytest hook
        if not self.entries:
            return
        terminalreporter.section("mailcoach proof figures")
        for name, entry in self.entries.items():
            shown = ", ".join(f"{k}={v}" for k, v in entry.items() if k != "finished")
            terminalreporter.write_line(f"{name}: {shown}")
        terminalreporter.write_line(f"(written to {FIGURES_PATH})")


def figures(config: pytest.Config) -> Figures:
    """The session's Figures (registered as a plugin for the terminal summary on first use)."""
    plugin = config.pluginmanager.get_plugin("mailcoach-proof-figures")
    if plugin is None:
        plugin = Figures()
        config.pluginmanager.register(plugin, "mailcoach-proof-figures")
    return plugin


# --------------------------------------------------------------------------- drafts of our own

RISKY_BODIES = (
    "李经理:\r\n这个需求不可能做,我们不接受任何变更。\r\n王",
    "Hi Tom,\r\nNo, we can't do that. 这明明是你们的问题,我早就说过了。\r\nWang",
    "张总:\r\n您必须接受这个方案,只有按我们的来才行,别再坚持了。\r\n王",
)
CLEAN_BODIES = (
    "李经理:\r\n需求我们已经记录,周五前评估后答复您。\r\n王",
    "Hi Tom,\r\nThanks for the update. We will review the change request and reply by"
    " Friday.\r\nWang",
    "张总:\r\n附件是更新后的排期,请您看看是否合适,有问题我们随时电话沟通。\r\n王",
)


def make_draft(mid: str, body: str, *, version: int = 1, attachment: bool = False) -> bytes:
    """A draft of our own (CRLF, UTF-8); `attachment`: multipart with a small PDF-like part."""
    head = (f"From: pm@ourteam.example.com\r\nTo: li@client-a.example.cn\r\n"
            f"Subject: =?UTF-8?B?6ZyA5rGC5Y+Y5pu0?= v{version}\r\nMessage-ID: {mid}\r\n"
            "MIME-Version: 1.0\r\n")
    text = f"{body}\r\n(第{version}版)\r\n"
    if not attachment:
        return (head + "Content-Type: text/plain; charset=utf-8\r\n"
                "Content-Transfer-Encoding: 8bit\r\n\r\n" + text).encode()
    blob = "".join(f"JVBERi0xLjQKJcfsj6IK{version:04d}{i:04d}\r\n" for i in range(40))
    return (head + 'Content-Type: multipart/mixed; boundary="=-b0und"\r\n\r\n'
            "--=-b0und\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n" + text +
            "--=-b0und\r\nContent-Type: application/pdf; name=\"plan.pdf\"\r\n"
            "Content-Disposition: attachment; filename=\"plan.pdf\"\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n" + blob + "--=-b0und--\r\n").encode()


def new_mid(tag: str) -> str:
    return email.utils.make_msgid(tag, "ourteam.example.com")


# --------------------------------------------------------------------------- reading a folder

Snapshot = dict[int, tuple[bytes, frozenset[str], datetime]]


def snapshot(user: TestUser, folder: str = FOLDER, client=None) -> Snapshot:
    """Every message in `folder`: UID -> (bytes, flags, INTERNALDATE), read with BODY.PEEK[]
    (on `client`, a logged-in imapclient connection, if given; else on a new one)."""
    c = client or user.client()
    try:
        c.normalise_times = False
        c.select_folder(folder, readonly=True)
        uids = c.search(["ALL"])
        data = c.fetch(uids, ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"]) if uids else {}
        if client is not None:
            c.unselect_folder()
    finally:
        if client is None:
            c.logout()
    return {
        u: (bytes(d[b"BODY[]"]),
            frozenset(f.decode() for f in d[b"FLAGS"] if f.lower() != b"\\recent"),
            d[b"INTERNALDATE"])
        for u, d in data.items()
        if d.get(b"BODY[]") is not None   # expunged by another session while being read
    }


def live(snap: Snapshot) -> Snapshot:
    return {u: v for u, v in snap.items() if DELETED not in v[1]}


def expunge_uids(client, uids: list[int]) -> None:
    """UID EXPUNGE of exactly `uids` from the test side, also where UIDPLUS is not advertised
    (imapclient refuses then; Dovecot still runs it), so another client's \\Deleted stays."""
    typ, data = client._imap._simple_command("UID", "EXPUNGE", ",".join(map(str, uids)))
    assert typ == "OK", data


def is_risky(judge: Callable[[bytes], object], raw: bytes) -> bool:
    verdict = judge(raw)
    return isinstance(verdict, Verdict) and verdict.risky()


# --------------------------------------------------------------------------- the workload


@dataclass
class Workload:
    """Drafts on a real server that the test edits like the PM's mail client, and the invariant.

    `current[mid]` is the newest version of each draft (bytes and flags as the client saved it).
    A bystander draft flagged \\Deleted by "another client" and a message in INBOX must never be
    touched. `uidplus` says whether the server advertises UIDPLUS (without it, originals that
    mailcoach replaced stay flagged \\Deleted; `check` accepts those and then compacts them, as
    the PM's client would).
    """

    user: TestUser
    judge: Callable[[bytes], object]
    rng: random.Random
    uidplus: bool = True
    keywords: bool = True          # the server keeps our keyword (PERMANENTFLAGS has \\*)
    current: dict[str, tuple[bytes, tuple[str, ...]]] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    history: set[bytes] = field(default_factory=set)
    bystander: tuple[int, tuple] | None = None
    inbox: Snapshot = field(default_factory=dict)
    edits: int = 0
    _client: object = field(default=None, repr=False)

    def client(self):
        """The test side's own connection (the PM's mail client), kept between calls."""
        if self._client is not None:
            try:
                self._client.noop()
            except Exception:  # noqa: BLE001 - a dead connection is replaced
                self._client = None
        if self._client is None:
            self._client = self.user.client()
            self._client.normalise_times = False
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.logout()
            self._client = None

    @classmethod
    def seed(cls, user: TestUser, judge: Callable[[bytes], object], rng: random.Random, *,
             drafts: int = 8, uidplus: bool = True) -> Workload:
        """`drafts` drafts (risky and fine, some with an attachment), the bystander, INBOX mail."""
        w = cls(user, judge, rng, uidplus)
        raws, flags, dates = [], [], []
        for i in range(drafts):
            mid = new_mid(f"w{i}")
            raw, fl = w._version(mid, 1, risky=i % 2 == 0)
            raws.append(raw)
            flags.append(fl)
            dates.append(datetime(2024, 5, 1 + i, 9, 30, tzinfo=CST))
        user.seed(FOLDER, raws, flags=flags, dates=dates)
        (b_uid,) = user.seed(FOLDER, [make_draft(new_mid("gone"), RISKY_BODIES[0])],
                             flags=[("\\Draft", DELETED)])
        user.seed("INBOX", [make_draft(new_mid("inbox"), RISKY_BODIES[1])], flags=[()])
        w.bystander = (b_uid, snapshot(user, client=w.client())[b_uid])
        w.inbox = snapshot(user, "INBOX", client=w.client())
        return w

    def _version(self, mid: str, version: int, *, risky: bool) -> tuple[bytes, tuple[str, ...]]:
        bodies = RISKY_BODIES if risky else CLEAN_BODIES
        raw = make_draft(mid, self.rng.choice(bodies), version=version,
                         attachment=self.rng.random() < 0.3)
        flags = ("\\Draft", "$label1") if self.rng.random() < 0.3 else ("\\Draft",)
        self.current[mid] = (raw, flags)
        self.versions[mid] = version
        self.history.add(raw)
        return raw, flags

    def live_uids(self) -> dict[str, list[int]]:
        """Message-ID -> the live UIDs carrying it, as a client sees the folder now."""
        out: dict[str, list[int]] = defaultdict(list)
        c = self.client()
        c.select_folder(FOLDER, readonly=True)
        heads = c.fetch(c.search(["NOT", "DELETED"]), ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        c.unselect_folder()
        for uid, data in heads.items():
            head = next(v for k, v in data.items() if k.startswith(b"BODY["))
            out[annotate.header_value(bytes(head), "Message-ID") or ""].append(uid)
        return out

    def edit(self, k: int, known: dict[str, list[int]] | None = None, *,
             p_risky: float = 0.6) -> list[str]:
        """The PM saves a new version of `k` drafts, as Thunderbird does: APPEND it, then delete
        the UID the client has open with STORE \\Deleted and UID EXPUNGE of that one UID.

        `known` is what the client believes (Message-ID -> UIDs), e.g. from before a scan
        replaced a draft by its annotated copy; it is updated with the UIDs just saved, as the
        client learns them from APPENDUID. Default: the folder as it is now. Each new version is
        risky with probability `p_risky`. Returns the Message-IDs edited."""
        known = self.live_uids() if known is None else known
        mids = self.rng.sample(sorted(self.current), k)
        c = self.client()
        c.select_folder(FOLDER)
        try:
            for mid in mids:
                raw, flags = self._version(mid, self.versions[mid] + 1,
                                           risky=self.rng.random() < p_risky)
                answer = c.append(FOLDER, raw, flags=[f.encode() for f in flags])
                old = known.get(mid, [])
                if old:
                    c.add_flags(old, [DELETED.encode()], silent=True)
                    expunge_uids(c, old)   # only that UID: the bystander stays
                known[mid] = [int(re.search(rb"\[APPENDUID \d+ (\d+)\]", answer).group(1))]
                self.edits += 1
        finally:
            c.unselect_folder()
        return mids

    def check(self) -> Snapshot:
        """The safety invariant; raises AssertionError listing every violation.

        Each draft exactly once (by Message-ID), its bytes the newest version (after
        `annotate.strip`), annotated exactly when the judge finds that version risky, its flags
        those the client saved (plus our keyword), nothing \\Seen, the bystander and INBOX
        untouched, no other message flagged \\Deleted (without UIDPLUS: only replaced versions).
        """
        snap = snapshot(self.user, client=self.client())
        problems: list[str] = []
        groups: dict[str, list[int]] = defaultdict(list)
        for uid, (raw, _flags, _date) in live(snap).items():
            groups[annotate.header_value(raw, "Message-ID") or ""].append(uid)
        for mid, (raw, flags) in self.current.items():
            uids = groups.pop(mid, [])
            if not uids:
                problems.append(f"{mid}: LOST (no live message)")
                continue
            if len(uids) > 1:
                problems.append(f"{mid}: DUPLICATED at UIDs {uids}")
            for uid in uids:
                got, got_flags, _ = snap[uid]
                if annotate.strip(got) != raw:
                    stale = annotate.strip(got) in self.history
                    problems.append(f"{mid}: UID {uid} holds "
                                    f"{'an OUTDATED version' if stale else 'CHANGED bytes'}")
                marked = annotate.read_mark(got) is not None
                risky = is_risky(self.judge, raw)
                if marked != risky:
                    problems.append(f"{mid}: UID {uid} annotated={marked} but risky={risky}")
                wanted = set(flags) | ({KEYWORD} if risky and self.keywords else set())
                if got_flags != wanted:
                    problems.append(f"{mid}: UID {uid} flags {sorted(got_flags)}, expected"
                                    f" {sorted(wanted)}")
        for mid, uids in groups.items():
            problems.append(f"unexpected live message(s) {uids} with Message-ID {mid!r}")
        for uid, (raw, flags, _) in snap.items():
            if SEEN in flags:
                problems.append(f"UID {uid} is \\Seen")
        b_uid, b_value = self.bystander
        if snap.get(b_uid) != b_value:
            problems.append(f"the bystander (UID {b_uid}, another client's \\Deleted draft)"
                            " changed")
        left = [u for u, v in snap.items() if DELETED in v[1] and u != b_uid]
        for uid in left:
            if self.uidplus:
                problems.append(f"UID {uid} left flagged \\Deleted although UIDPLUS is advertised")
            elif annotate.strip(snap[uid][0]) not in self.history:
                problems.append(f"UID {uid} flagged \\Deleted is none of our drafts' versions")
        if snapshot(self.user, "INBOX", client=self.client()) != self.inbox:
            problems.append("INBOX changed")
        assert not problems, ("safety invariant violated:\n  " + "\n  ".join(problems)
                              + "\nfolder:\n" + self.describe(snap))
        if left:   # the PM's client compacts the folder: only those UIDs, never the bystander
            c = self.client()
            c.select_folder(FOLDER)
            expunge_uids(c, left)
            c.unselect_folder()
        return snap


    def describe(self, snap: Snapshot) -> str:
        """One line per message: UID, Message-ID, version, annotated, flags (for failures)."""
        lines = []
        for uid, (raw, flags, _) in sorted(snap.items()):
            mid = annotate.header_value(raw, "Message-ID") or "?"
            subject = annotate.header_value(raw, "Subject") or ""
            mark = annotate.read_mark(raw)
            lines.append(f"  UID {uid}: {mid} {subject.rsplit(' ', 1)[-1]}"
                         f"{' annotated op=' + mark.op if mark else ''} {sorted(flags)}"
                         f" (newest: v{self.versions.get(mid, '?')})")
        return "\n".join(lines)


LOCK_WAITS: list[float] = []   # how long the state lock outlived a killed process (seconds)


def open_state_after_kill(path: Path, timeout: float = 5.0) -> State:
    """State.open right after its holder was SIGKILLed.

    The kernel releases the holder's flock when the last descriptor of the lock file closes. A
    process killed while it forks its password_command shares that descriptor with the fork for
    the few milliseconds until the exec closes it, so AlreadyRunning is retried briefly; the
    waits are kept in `LOCK_WAITS`.
    """
    started = time.monotonic()
    refused = False
    while True:
        try:
            state = State.open(path)
        except AlreadyRunning:
            if time.monotonic() - started > timeout:
                raise
            refused = True
            time.sleep(0.002)
            continue
        if refused:
            LOCK_WAITS.append(time.monotonic() - started)
        return state


def open_operations(state_path: Path, account: str) -> list[str]:
    """The steps of the replace operations left open in a state file by a dead process.

    Opened read-write, as the next scan would: a process killed inside a commit leaves a hot
    SQLite journal that only a writer can roll back (see test_kills.py for the read-only case).
    """
    with open_state_after_kill(state_path) as state:
        return [e.step for e in state.journal(account, FOLDER)]


def config_with_state(path: Path, *accounts: Account) -> Config:
    return Config(state=StateConfig(path=path), accounts=accounts)


def run_main(argv: list[str]) -> int:
    """`mailcoach.cli.main(argv)` in this process, then undo what it did to the "mailcoach"
    logger (main() configures logging for a whole process)."""
    from mailcoach.cli import main

    logger = logging.getLogger("mailcoach")
    saved = logger.handlers[:], logger.level, logger.propagate
    try:
        return main(argv)
    finally:
        logger.handlers[:], level, logger.propagate = saved
        logger.setLevel(level)


# --------------------------------------------------------------------------- faults for the proxy


class Fault:
    """A fault the proxy injects once: a hook for one or both directions, and `fired`, which
    says whether it happened (a test whose fault never matched the traffic proves nothing)."""

    fired = False
    client_hook: Callable | None = None
    server_hook: Callable | None = None

    def on(self, side: str, hook: Callable) -> None:
        if side == "C":
            self.client_hook = hook
        else:
            self.server_hook = hook


class CutAt(Fault):
    """Cut the connection just before the first unit from `side` ("C" mailcoach, "S" the
    server) that contains `pattern`: it never arrives."""

    def __init__(self, side: str, pattern: bytes) -> None:
        def hook(conn: ProxyConnection, kind: str, data: bytes) -> bytes:
            if not self.fired and pattern in data:
                self.fired = True
                raise Cut()
            return data
        self.on(side, hook)


class CutAfter(Fault):
    """Forward `nbytes` bytes from `side`, then cut (only the first connection it sees)."""

    def __init__(self, side: str, nbytes: int) -> None:
        state = {"sent": 0, "conn": None}

        def hook(conn: ProxyConnection, kind: str, data: bytes) -> bytes:
            if state["conn"] is None:
                state["conn"] = conn
            if self.fired or conn is not state["conn"]:
                return data
            if state["sent"] + len(data) > nbytes:
                self.fired = True
                raise Cut(data[:nbytes - state["sent"]])
            state["sent"] += len(data)
            return data
        self.on(side, hook)


class CutInLine(Fault):
    """Forward the first `nbytes` bytes of the first line from `side` containing `pattern`,
    then cut: the peer reads half a line and then end of file."""

    def __init__(self, side: str, pattern: bytes, nbytes: int) -> None:
        def hook(conn: ProxyConnection, kind: str, data: bytes) -> bytes:
            if not self.fired and pattern in data:
                self.fired = True
                raise Cut(data[:nbytes])
            return data
        self.on(side, hook)


class CutInLiteral(Fault):
    """Forward `fraction` of the first literal after a line from `side` containing `line`
    (b"BODY[] {" from the server, b" APPEND " from mailcoach), then cut."""

    def __init__(self, side: str, line: bytes, fraction: float) -> None:
        state: dict = {"left": None}

        def hook(conn: ProxyConnection, kind: str, data: bytes) -> bytes:
            if self.fired:
                return data
            if kind in ("line", "more") and line in data and state["left"] is None:
                size = int(data.rsplit(b"{", 1)[1].split(b"}")[0].rstrip(b"+"))
                state["left"] = max(1, int(size * fraction))
            elif kind == "literal" and state["left"] is not None:
                if len(data) >= state["left"]:
                    self.fired = True
                    raise Cut(data[:state["left"]])
                state["left"] -= len(data)
            return data
        self.on(side, hook)


class AnswerFault(Fault):
    """The command containing `pattern` reaches the server, and its tagged answer is then cut
    (`delay` None: the server did the work, mailcoach never learns it) or held back `delay`
    seconds."""

    def __init__(self, pattern: bytes, delay: float | None = None) -> None:
        state: dict = {"tag": None}

        def client_hook(conn: ProxyConnection, kind: str, data: bytes) -> bytes:
            if kind == "line" and state["tag"] is None and pattern in data:
                state["tag"] = data.split(b" ", 1)[0]
            return data

        def server_hook(conn: ProxyConnection, kind: str, data: bytes) -> bytes:
            if state["tag"] is not None and not self.fired and kind == "line" \
                    and data.startswith(state["tag"] + b" "):
                self.fired = True
                if delay is None:
                    raise Cut()
                time.sleep(delay)
            return data

        self.client_hook, self.server_hook = client_hook, server_hook


class DelayAt(Fault):
    """Hold back the first unit from `side` containing `pattern` for `seconds`."""

    def __init__(self, side: str, pattern: bytes, seconds: float) -> None:
        def hook(conn: ProxyConnection, kind: str, data: bytes) -> bytes:
            if not self.fired and pattern in data:
                self.fired = True
                time.sleep(seconds)
            return data
        self.on(side, hook)
