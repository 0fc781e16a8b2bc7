"""An in-memory Drafts folder (the `DraftsFolder` protocol of imap.py) for unit tests of the glue.

It behaves like an IMAP server where it matters to the scan:

- capabilities are chosen per folder: UIDPLUS (APPENDUID and UID EXPUNGE), CONDSTORE (MODSEQ,
  HIGHESTMODSEQ, UNCHANGEDSINCE), REPLACE (RFC 8508), and whether new keywords may be stored
  (``\\*`` in PERMANENTFLAGS; keywords already in use are always listed, as Dovecot does); an
  operation the folder does not advertise raises CapabilityMissing, a keyword it cannot store
  raises ImapError (so a test catches a glue that sends one anyway);
- UIDs only grow; ``\\Recent`` is never reported; EXPUNGE exists only as UID EXPUNGE of one
  message that is flagged ``\\Deleted``;
- every command is one entry in `commands` (one round trip), so tests can count them.

Tests play "another client" with `put`, `client_delete` and `client_flags` (not logged as
commands), and inject failures with `on(event, fn)` / `crash_at(event)`, where `event` is
``"before:<command>"`` or ``"after:<command>"``; `crash_at` raises `Crash`, a BaseException that
stands for the process being killed at that instant.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from email import policy
from email.parser import BytesHeaderParser

from .errors import CapabilityMissing, ImapError
from .imap import Fetched, FolderStatus

SYSTEM_FLAGS = ("\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft")
DEFAULT_DATE = datetime(2024, 5, 6, 9, 30, tzinfo=timezone.utc)


class Crash(BaseException):
    """The process "dies" at a named step (BaseException: no `except Exception` swallows it)."""


@dataclass
class StoredMessage:
    uid: int
    raw: bytes
    flags: set[str]
    internaldate: datetime
    modseq: int


class MemoryFolder:
    """A Drafts folder held in a dict; see the module docstring for what it imitates."""

    def __init__(self, name: str = "Drafts", *, uidplus: bool = True, condstore: bool = True,
                 keywords: bool = True, replace: bool = False, uidvalidity: int = 1000) -> None:
        caps = {"IMAP4REV1", "UNSELECT"}
        if uidplus:
            caps.add("UIDPLUS")
        if condstore:
            caps.update({"CONDSTORE", "ENABLE"})
        if replace:
            caps.add("REPLACE")
        self.name = name
        self.capabilities = frozenset(caps)
        self.keywords_allowed = keywords
        self.uidvalidity = uidvalidity
        self.messages: dict[int, StoredMessage] = {}
        self.uidnext = 1
        self.highestmodseq = 1
        self.commands: list[str] = []
        self.closed = False
        self._hooks: dict[str, list[Callable[[MemoryFolder], None]]] = {}

    # ------------------------------------------------------------------ test helpers

    def put(self, raw: bytes, flags: Iterable[str] = ("\\Draft",),
            internaldate: datetime = DEFAULT_DATE) -> int:
        """Another client APPENDs a message; returns its UID (not logged as our command)."""
        uid = self.uidnext
        self.uidnext += 1
        self.messages[uid] = StoredMessage(uid, bytes(raw), set(flags), internaldate, self._bump())
        return uid

    def client_delete(self, uid: int, *, expunge: bool = True) -> None:
        """Another client flags a message \\Deleted (and expunges it, by default)."""
        msg = self.messages[uid]
        msg.flags.add("\\Deleted")
        msg.modseq = self._bump()
        if expunge:
            del self.messages[uid]

    def client_flags(self, uid: int, add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
        """Another client changes a message's flags."""
        msg = self.messages[uid]
        msg.flags.update(add)
        msg.flags.difference_update(remove)
        msg.modseq = self._bump()

    def reset_uidvalidity(self, uidvalidity: int) -> None:
        """The server renumbers the folder (new UIDVALIDITY, UIDs from 1, same messages)."""
        old = [self.messages[u] for u in sorted(self.messages)]
        self.uidvalidity = uidvalidity
        self.messages, self.uidnext = {}, 1
        for msg in old:
            self.put(msg.raw, msg.flags, msg.internaldate)

    def on(self, event: str, fn: Callable[[MemoryFolder], None]) -> None:
        """Run `fn(folder)` at `event` ("before:append", "after:mark_deleted", ...)."""
        self._hooks.setdefault(event, []).append(fn)

    def crash_at(self, event: str, *, times: int = 1) -> None:
        """Raise Crash at `event`, the first `times` times it happens."""
        left = [times]

        def crash(_: MemoryFolder) -> None:
            if left[0] > 0:
                left[0] -= 1
                raise Crash(event)

        self.on(event, crash)

    def raw_of(self, uid: int) -> bytes:
        return self.messages[uid].raw

    def flags_of(self, uid: int) -> set[str]:
        return set(self.messages[uid].flags)

    # ------------------------------------------------------------------ the protocol

    def status(self) -> FolderStatus:
        with self._command("status"):
            return FolderStatus(uidvalidity=self.uidvalidity, uidnext=self.uidnext,
                                messages=len(self.messages),
                                highestmodseq=self.highestmodseq if self._condstore else None)

    def uids(self) -> list[int]:
        with self._command("uids"):
            return sorted(self.messages)

    def fetch_meta(self, uids: Iterable[int]) -> dict[int, tuple[tuple[str, ...], datetime, int, int | None]]:
        with self._command("fetch_meta"):
            return {
                u: (tuple(sorted(m.flags)), m.internaldate, len(m.raw),
                    m.modseq if self._condstore else None)
                for u in _explicit(uids) if (m := self.messages.get(u)) is not None
            }

    def fetch_header_fields(self, uids: Iterable[int], names: Sequence[str]) -> dict[int, bytes]:
        with self._command("fetch_header_fields"):
            wanted = {n.lower() for n in names}
            return {u: _header_lines(m.raw, wanted)
                    for u in _explicit(uids) if (m := self.messages.get(u)) is not None}

    def fetch(self, uids: Iterable[int]) -> dict[int, Fetched]:
        with self._command("fetch"):
            return {
                u: Fetched(uid=u, raw=m.raw, flags=tuple(sorted(m.flags)), internaldate=m.internaldate,
                           modseq=m.modseq if self._condstore else None)
                for u in _explicit(uids) if (m := self.messages.get(u)) is not None
            }

    def append(self, raw: bytes, flags: Iterable[str], internaldate: datetime | None) -> int | None:
        with self._command("append"):
            uid = self.put(raw, self._storable(flags), internaldate or datetime.now(timezone.utc))
            return uid if "UIDPLUS" in self.capabilities else None

    def replace(self, uid: int, raw: bytes, flags: Iterable[str],
                internaldate: datetime | None) -> int | None:
        with self._command("replace"):
            if "REPLACE" not in self.capabilities:
                raise CapabilityMissing("the folder does not advertise REPLACE")
            if uid not in self.messages:
                raise ImapError(f"UID REPLACE {uid}: no such message")
            new = self.put(raw, self._storable(flags), internaldate or datetime.now(timezone.utc))
            del self.messages[uid]
            return new if "UIDPLUS" in self.capabilities else None

    def find_by_header(self, name: str, value: str) -> list[int]:
        with self._command("find_by_header"):
            needle = value.lower()
            return [u for u in sorted(self.messages)
                    if any(needle in v.lower() for v in _header_values(self.messages[u].raw, name))]

    def add_flags(self, uids: Iterable[int], flags: Iterable[str]) -> None:
        with self._command("add_flags"):
            wanted = self._storable(flags)
            for u in _explicit(uids):
                if (m := self.messages.get(u)) is not None:
                    m.flags.update(wanted)
                    m.modseq = self._bump()

    def remove_flags(self, uids: Iterable[int], flags: Iterable[str]) -> None:
        with self._command("remove_flags"):
            gone = set(flags)
            for u in _explicit(uids):
                if (m := self.messages.get(u)) is not None:
                    m.flags.difference_update(gone)
                    m.modseq = self._bump()

    def mark_deleted(self, uid: int, unchanged_since: int | None = None) -> bool:
        with self._command("mark_deleted"):
            m = self.messages.get(uid)
            if m is None:
                return False
            if self._condstore and unchanged_since is not None and m.modseq > unchanged_since:
                return False  # [MODIFIED uid]
            m.flags.add("\\Deleted")
            m.modseq = self._bump()
            return True

    def expunge_one(self, uid: int) -> None:
        with self._command("expunge_one"):
            if "UIDPLUS" not in self.capabilities:
                raise CapabilityMissing("UID EXPUNGE needs UIDPLUS, which the folder does not advertise")
            m = self.messages.get(uid)
            if m is not None and "\\Deleted" in m.flags:
                del self.messages[uid]

    def noop(self) -> None:
        with self._command("noop"):
            pass

    def close(self) -> None:
        self.closed = True

    # ------------------------------------------------------------------ internals

    @property
    def permanentflags(self) -> frozenset[str]:
        """System flags, the keywords already in use (as Dovecot lists them), and ``\\*`` when
        new keywords may be stored."""
        used = {fl for m in self.messages.values() for fl in m.flags if not fl.startswith("\\")}
        return frozenset(SYSTEM_FLAGS + (("\\*",) if self.keywords_allowed else ())) | used

    @property
    def _condstore(self) -> bool:
        return "CONDSTORE" in self.capabilities

    def _bump(self) -> int:
        self.highestmodseq += 1
        return self.highestmodseq

    def _storable(self, flags: Iterable[str]) -> set[str]:
        out = set()
        for flag in flags:
            if flag.lower() == "\\recent":
                raise ImapError("BAD Invalid system flag \\Recent")
            if not flag.startswith("\\") and "\\*" not in self.permanentflags \
                    and flag not in self.permanentflags:
                raise ImapError(f"keyword {flag} cannot be stored in this folder")
            out.add(flag)
        return out

    def _command(self, name: str) -> _Command:
        if self.closed:
            raise ImapError(f"folder {self.name!r} is closed")
        return _Command(self, name)


class _Command:
    """Logs one command and runs its before/after hooks."""

    def __init__(self, folder: MemoryFolder, name: str) -> None:
        self.folder, self.name = folder, name

    def __enter__(self) -> None:
        self.folder.commands.append(self.name)
        for fn in self.folder._hooks.get(f"before:{self.name}", ()):
            fn(self.folder)

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            for fn in self.folder._hooks.get(f"after:{self.name}", ()):
                fn(self.folder)


def _explicit(uids: Iterable[int]) -> list[int]:
    out = list(uids)
    if any(isinstance(u, bool) or not isinstance(u, int) or u <= 0 for u in out):
        raise ValueError(f"explicit UIDs only, got {out!r}")
    return out


def _header_block(raw: bytes) -> bytes:
    m = re.search(rb"\r?\n\r?\n", raw)
    return raw[: m.start() + 2] if m else raw


def _header_values(raw: bytes, name: str) -> list[str]:
    headers = BytesHeaderParser(policy=policy.compat32).parsebytes(_header_block(raw))
    return [re.sub(r"\r?\n[ \t]", " ", str(v)) for v in headers.get_all(name, [])]


def _header_lines(raw: bytes, wanted: set[str]) -> bytes:
    """The physical lines of the wanted fields, as BODY[HEADER.FIELDS (...)] returns them."""
    out: list[bytes] = []
    keep = False
    for line in _header_block(raw).splitlines(keepends=True):
        if line in (b"\r\n", b"\n"):
            break
        if line[:1] in (b" ", b"\t"):
            if keep:
                out.append(line)
            continue
        keep = line.split(b":", 1)[0].strip().lower().decode("ascii", "replace") in wanted
        if keep:
            out.append(line)
    return b"".join(out) + b"\r\n"
