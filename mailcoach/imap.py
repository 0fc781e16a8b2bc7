"""The IMAP side: connecting, finding the Drafts folder, and the Drafts folder's operations.

This is the one module that imports **imapclient**. Everything else talks to a mailbox through the
`DraftsFolder` protocol below (``memfolder.MemoryFolder`` implements it in memory for unit tests).

Decisions are taken from the capabilities the server *advertises* after login, never from what
it happens to do: Dovecot sends ``[APPENDUID …]`` and runs ``UID EXPUNGE`` even with UIDPLUS
hidden, and a server that does something it does not advertise may stop doing it after an upgrade.

What this module will and will not do to a mailbox:

- It never sends ``EXPUNGE`` without a UID set, and never ``CLOSE`` (both remove *every* message
  marked ``\\Deleted``, including ones another client marked). The only removal is
  ``UID EXPUNGE <one uid>`` (`expunge_one`), and only with advertised UIDPLUS.
- It never creates, renames or deletes a folder.
- It reads messages with ``BODY.PEEK[]``, which does not set ``\\Seen``.
- It keeps flags and INTERNALDATE when it appends a copy (minus ``\\Recent``, which no client
  can set).

The cheap poll: `ImapSession.status(name)` sends ``STATUS`` while no folder is selected (one
round trip; RFC 3501 §6.3.10 says not to STATUS the selected mailbox). `DraftsFolder.status()` on
an open folder re-issues ``SELECT`` for the same folder instead: also one round trip, it returns
the same numbers (EXISTS, UIDNEXT, UIDVALIDITY, HIGHESTMODSEQ with CONDSTORE), works on servers
without UNSELECT, and re-selecting never expunges (only CLOSE does, RFC 3501 §6.4.2).

Errors are mapped to mailcoach.errors with one-line messages that never carry a secret or draft
text: a dropped or timed-out connection is `ConnectError` (the service reconnects), a refused login
`AuthError`, a missing folder `FolderError`, a missing capability `CapabilityMissing`, any other
server refusal `ImapError`.

Logging: imapclient logs the protocol to the ``imapclient`` logger at DEBUG and redacts LOGIN and
AUTHENTICATE. It also sets imaplib's debug level to 5, at which imaplib logs every untagged response
*with its literals*, i.e. message bodies: `connect` lowers it to 4 (command and response lines, no
literal contents). The CLI keeps the ``imapclient`` logger at WARNING anyway (cli/common.py
`setup_logging`); this module logs counts and UIDs only, never message text.
"""

from __future__ import annotations

import imaplib
import logging
import re
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from imapclient import IMAPClient, SocketTimeout
from imapclient import exceptions as imx
from imapclient.datetime_util import datetime_to_INTERNALDATE
from imapclient.imap_utf7 import decode as decode_mutf7
from imapclient.imap_utf7 import encode as encode_mutf7

from . import __version__
from .config import Account
from .errors import (AuthError, CapabilityMissing, ConnectError, FolderError, ImapError,
                     MailcoachError)
from .secrets import Secret, get_secret

log = logging.getLogger(__name__)

# Tried in this order when no folder carries the \Drafts attribute (research §3.2): generic,
# Courier/cPanel-style namespaces, Yahoo, NetEase 163/126 (草稿箱), Sina (草稿夹), Aliyun (草稿),
# Gmail in English and Chinese, old UK/DE Gmail accounts.
DRAFTS_NAMES = (
    "Drafts", "INBOX.Drafts", "INBOX/Drafts", "Draft", "INBOX.Draft", "INBOX/Draft",
    "草稿箱", "草稿夹", "草稿", "INBOX.草稿箱", "INBOX/草稿箱",
    "[Gmail]/Drafts", "[Gmail]/草稿", "[Google Mail]/Drafts", "[Google Mail]/草稿",
)
UID_CHUNK = 500          # UIDs per command: lines stay far below server limits (Dovecot: 64 KiB)
IDLE_RENEW = 600.0       # re-issue IDLE after 10 min: RFC 2177 allows 29, NAT boxes often less
_CHANGE_RESPONSES = {b"EXISTS", b"EXPUNGE", b"FETCH", b"VANISHED"}
_HEADER_NAME_RE = re.compile(r"^[!-9;-~]+$")   # RFC 5322 ftext: printable ASCII except ':'
_APPENDUID_RE = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)
_MODIFIED_RE = re.compile(rb"\[MODIFIED ([0-9:,]+)\]", re.IGNORECASE)


# --- the shared values and the protocol (docs/DESIGN.md "The IMAP side as an object") -----------

@dataclass(frozen=True)
class FolderStatus:
    """The numbers that change whenever the folder's content or flags change."""

    uidvalidity: int
    uidnext: int | None        # NetEase omits it from STATUS
    messages: int
    highestmodseq: int | None  # only with CONDSTORE


@dataclass(frozen=True)
class Fetched:
    """One message as read from the server."""

    uid: int
    raw: bytes                 # BODY.PEEK[]: never sets \Seen
    flags: tuple[str, ...]     # e.g. ("\\Draft", "$label1"); \Recent never included
    internaldate: datetime     # tz-aware
    modseq: int | None


class DraftsFolder(Protocol):
    """The operations the scan needs on one selected Drafts folder (imap.py and memfolder.py)."""

    name: str
    capabilities: frozenset[str]
    uidvalidity: int
    permanentflags: frozenset[str]

    def status(self) -> FolderStatus: ...
    def uids(self) -> list[int]: ...
    def fetch_meta(self, uids: Iterable[int]
                   ) -> dict[int, tuple[tuple[str, ...], datetime, int, int | None]]: ...
    def fetch_header_fields(self, uids: Iterable[int], names: Sequence[str]
                            ) -> dict[int, bytes]: ...
    def fetch(self, uids: Iterable[int]) -> dict[int, Fetched]: ...
    def append(self, raw: bytes, flags: Iterable[str],
               internaldate: datetime | None) -> int | None: ...
    def replace(self, uid: int, raw: bytes, flags: Iterable[str],
                internaldate: datetime | None) -> int | None: ...
    def find_by_header(self, name: str, value: str) -> list[int]: ...
    def add_flags(self, uids: Iterable[int], flags: Iterable[str]) -> None: ...
    def remove_flags(self, uids: Iterable[int], flags: Iterable[str]) -> None: ...
    def mark_deleted(self, uid: int, unchanged_since: int | None = None) -> bool: ...
    def expunge_one(self, uid: int) -> None: ...
    def noop(self) -> None: ...
    def close(self) -> None: ...


SecretProvider = Callable[[Account], Secret]


# --- connecting -----------------------------------------------------------------------------------

def connect(account: Account, secret_provider: SecretProvider | Secret = get_secret, *,
            timeout: float | None = None) -> ImapSession:
    """Open a connection for `account`, log in, and return the session.

    `secret_provider` is called once per connect (OAuth2 tokens expire, so they are fetched anew
    each time); a `Secret` may also be passed directly. `timeout` (seconds) overrides
    `account.timeout` for connecting and for every read and write on the socket.

    security "tls" verifies the certificate and host name (a private CA via `tls_ca_file`);
    "starttls" refuses to log in when the server does not offer STARTTLS; "none" is plain text.
    """
    secret = secret_provider if isinstance(secret_provider, Secret) else secret_provider(account)
    seconds = account.timeout if timeout is None else timeout
    where = f"account {account.name!r} ({account.host}:{account.port})"
    client: IMAPClient | None = None
    try:
        with _translated(where, "connecting", seconds):
            client = _open(account, seconds, where)
            # imapclient sets 5, where imaplib logs each untagged response with its literals
            # (message bodies) at DEBUG; 4 keeps the protocol lines without literal contents.
            client._imap.debug = 4
        return ImapSession._login(client, account, secret, where, seconds)
    except BaseException as exc:
        if client is not None:
            # LOGOUT only where the server is known to answer: after a timeout it would wait again.
            _drop(client, logout=isinstance(exc, AuthError))
        raise


def abort_session(session: ImapSession) -> None:
    """Cut `session`'s connection from another thread: a call blocked on it (a FETCH, an IDLE wait)
    fails at once with ConnectError. Never raises; the owner still calls `logout()` afterwards."""
    client = session._client
    if client is None:
        return
    try:
        # The plain socket's shutdown, even under TLS: SSLSocket.shutdown would also drop its SSL
        # object, and the blocked thread would then fail with a ValueError instead of a clean EOF.
        socket.socket.shutdown(client.socket(), socket.SHUT_RDWR)
    except OSError:
        pass   # already closed
    log.debug("%s: connection cut", session.where)


def _tls_context(account: Account) -> ssl.SSLContext:
    """Certificates and host name verified; only `tls_ca_file` is trusted when it is set."""
    cafile = str(account.tls_ca_file) if account.tls_ca_file else None
    return ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cafile)


def _open(account: Account, seconds: float, where: str) -> IMAPClient:
    timeout = SocketTimeout(connect=seconds, read=seconds)
    if account.security == "tls":
        return IMAPClient(account.host, account.port, ssl=True, ssl_context=_tls_context(account),
                          timeout=timeout)
    client = IMAPClient(account.host, account.port, ssl=False, timeout=timeout)
    if account.security == "starttls":
        if not client.has_capability("STARTTLS"):
            _drop(client, logout=True)
            raise ConnectError(
                f"{where}: the server does not offer STARTTLS; refusing to log in without TLS"
                " (security = \"starttls\"; use \"tls\" for port 993)"
            )
        try:
            client.starttls(_tls_context(account))
        except BaseException:
            _drop(client)   # a failed handshake leaves nothing to log out from
            raise
    return client


def _drop(client: IMAPClient, *, logout: bool = False) -> None:
    """Close a connection without raising (it may already be dead)."""
    try:
        if logout:
            client.logout()
        else:
            client.shutdown()
    except Exception as exc:  # noqa: BLE001 - closing is best effort by design
        log.debug("closing the connection: %s", type(exc).__name__)
        try:
            client.shutdown()
        except Exception:  # noqa: BLE001
            pass


# --- the session ----------------------------------------------------------------------------------

class ImapSession:
    """A logged-in connection: capabilities, server identity, folder discovery, STATUS and IDLE."""

    def __init__(self, client: IMAPClient, account: Account, where: str, timeout: float,
                 capabilities: frozenset[str], server_id: dict[str, str], greeting: str) -> None:
        self.account = account
        self.where = where
        self.timeout = timeout
        self.capabilities = capabilities
        self.server_id = server_id
        self.greeting = greeting
        self._client: IMAPClient | None = client
        self._folder: ImapDraftsFolder | None = None

    @classmethod
    def _login(cls, client: IMAPClient, account: Account, secret: Secret, where: str,
               timeout: float) -> ImapSession:
        with _translated(where, "logging in", timeout, secret=secret.value):
            greeting = _decode(client.welcome or b"")
            _authenticate(client, account, secret, where)
            client.normalise_times = False  # tz-aware INTERNALDATE, so APPEND keeps the instant
            caps = frozenset(_decode(c).upper() for c in client.capabilities())
            server_id = _send_id(client, where) if "ID" in caps else {}
            if "CONDSTORE" in caps and "ENABLE" in caps:
                _enable_condstore(client, where)
        log.info("%s: logged in as %s", where, account.username)
        log.debug("%s: capabilities %s", where, " ".join(sorted(caps)))
        return cls(client, account, where, timeout, caps, server_id, greeting)

    # -- properties

    @property
    def looks_like_exchange(self) -> bool:
        """True when the greeting or the ID response names Microsoft Exchange (the scan then
        defaults to cues that do not replace messages: Exchange rewrites appended messages)."""
        text = " ".join([self.greeting, *self.server_id.values()]).lower()
        return "microsoft exchange" in text or "exchange server" in text

    @property
    def _conn(self) -> IMAPClient:
        """The imapclient connection (kept private: nothing outside this module sees imapclient)."""
        if self._client is None:
            raise ImapError(f"{self.where}: the connection is closed")
        return self._client

    # -- folders

    def find_drafts_folder(self, configured: str | None = None) -> str:
        """The Drafts folder's (decoded) name.

        `configured` (the account's drafts_folder) must exist, else FolderError. Otherwise: the
        folder with the \\Drafts attribute (SPECIAL-USE or XLIST, compared case-insensitively:
        Cyrus says \\drafts), else a well-known name (`DRAFTS_NAMES`, ASCII case-insensitive),
        skipping \\Noselect folders. Never creates one.
        """
        if configured:
            return self._verify_configured(configured)
        with self._translated("listing folders"):
            listed = self._list()
            drafts = [name for attrs, name in listed if "\\drafts" in attrs and _selectable(attrs)]
            if not drafts and "XLIST" in self.capabilities:
                drafts = [name for attrs, name in _folders(self._conn.xlist_folders())
                          if "\\drafts" in attrs and _selectable(attrs)]
        if drafts:
            if len(drafts) > 1:
                log.warning("%s: several folders are marked \\Drafts (%s); using %r",
                            self.where, ", ".join(drafts), drafts[0])
            return drafts[0]
        by_name = {_ascii_lower(name): name for attrs, name in listed if _selectable(attrs)}
        for candidate in DRAFTS_NAMES:
            name = by_name.get(_ascii_lower(candidate))
            if name is not None:
                log.debug("%s: no \\Drafts attribute; using the folder named %r", self.where, name)
                return name
        shown = ", ".join(repr(name) for _, name in listed[:12]) or "none"
        more = " …" if len(listed) > 12 else ""
        raise FolderError(
            f"{self.where}: no Drafts folder found (none is marked \\Drafts and none has a usual"
            f" name); set drafts_folder for this account (folders: {shown}{more})"
        )

    def _verify_configured(self, configured: str) -> str:
        # Users sometimes copy the wire form (modified UTF-7, e.g. "&g0l6P3ux-") from another tool.
        wanted = [configured]
        if configured.isascii() and "&" in configured:
            try:
                decoded = decode_mutf7(configured.encode("ascii"))
            except ValueError:
                decoded = configured
            if decoded != configured:
                wanted.append(decoded)
        with self._translated(f"looking for folder {configured!r}"):
            for name in wanted:
                for attrs, listed in self._list(pattern=name):
                    if listed == name:
                        if not _selectable(attrs):
                            raise FolderError(
                                f"{self.where}: drafts_folder {configured!r} cannot be selected"
                                " (\\Noselect): it only holds other folders")
                        return listed
        raise FolderError(f"{self.where}: drafts_folder {configured!r} does not exist on the server"
                          " (mailcoach never creates folders)")

    def _list(self, pattern: str = "*") -> list[tuple[frozenset[str], str]]:
        return _folders(self._conn.list_folders("", pattern))

    def open_drafts(self, name: str | None = None) -> ImapDraftsFolder:
        """SELECT the Drafts folder read-write (found by `find_drafts_folder` if `name` is None)."""
        if self._folder is not None and not self._folder.closed:
            raise ImapError(
                f"{self.where}: folder {self._folder.name!r} is still open; close it first")
        name = name or self.find_drafts_folder(self.account.drafts_folder)
        folder = ImapDraftsFolder(self, name)
        folder._select()
        self._folder = folder
        return folder

    def status(self, name: str) -> FolderStatus:
        """STATUS of `name` (MESSAGES UIDNEXT UIDVALIDITY [HIGHESTMODSEQ]): one round trip.

        On the folder this session has open, the re-SELECT of `ImapDraftsFolder.status()` is used
        instead (RFC 3501 §6.3.10: STATUS is not for the selected mailbox).
        """
        if self._folder is not None and not self._folder.closed and self._folder.name == name:
            return self._folder.status()
        items = ["MESSAGES", "UIDNEXT", "UIDVALIDITY"]
        if "CONDSTORE" in self.capabilities:
            items.append("HIGHESTMODSEQ")
        with self._translated(f"STATUS of {name!r}"):
            st = self._conn.folder_status(name, items)
        return FolderStatus(
            uidvalidity=int(st.get(b"UIDVALIDITY", 0)),
            uidnext=_int_or_none(st.get(b"UIDNEXT")),
            messages=int(st.get(b"MESSAGES", 0)),
            highestmodseq=_int_or_none(st.get(b"HIGHESTMODSEQ")),
        )

    # -- waiting for changes

    def idle_wait(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds in IDLE on the open folder; True as soon as the server
        reports a change (new, expunged or re-flagged message), False when the time ran out.
        Also True at once when such a change came with an earlier command's answer (that may be the
        session's own APPEND: the caller then polls `status()`, which costs one round trip).

        IDLE is re-issued every `IDLE_RENEW` seconds (RFC 2177 asks for < 29 min). Raises
        CapabilityMissing without advertised IDLE, ImapError when no folder is open.
        """
        if "IDLE" not in self.capabilities:
            raise CapabilityMissing(
                f"{self.where}: the server does not advertise IDLE; poll instead")
        if self._folder is None or self._folder.closed:
            raise ImapError(f"{self.where}: idle_wait needs an open folder")
        deadline = time.monotonic() + max(0.0, timeout)
        client = self._conn
        # Changes reported with an earlier command's response (possibly our own APPEND) count too:
        # the server will not repeat them in IDLE.
        untagged = client._imap.untagged_responses
        if [untagged.pop(k) for k in ("EXISTS", "EXPUNGE", "FETCH") if k in untagged]:
            return True
        with self._translated("waiting in IDLE"):
            while (left := deadline - time.monotonic()) > 0:
                renew_at = time.monotonic() + min(left, IDLE_RENEW)
                changed = False
                client.idle()
                while not changed and (wait := renew_at - time.monotonic()) > 0:
                    changed = _any_change(_idle_check(client, wait))
                _, pending = client.idle_done()
                if changed or _any_change(pending):
                    return True
        return False

    # -- closing

    def logout(self) -> None:
        """LOGOUT (which never expunges) and close the socket; safe to call twice, never raises."""
        client, self._client = self._client, None
        if self._folder is not None:
            self._folder.closed = True
        if client is not None:
            _drop(client, logout=True)
            log.debug("%s: logged out", self.where)

    def __enter__(self) -> ImapSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.logout()

    def _translated(self, action: str):  # noqa: ANN202 - a context manager
        return _translated(self.where, action, self.timeout)


def _authenticate(client: IMAPClient, account: Account, secret: Secret, where: str) -> None:
    if secret.kind == "oauth2":
        client.oauth2_login(account.username, secret.value)
    elif secret.value.isascii():
        client.login(account.username, secret.value)
    elif client.has_capability("AUTH=PLAIN"):
        # imaplib sends LOGIN arguments as ASCII; SASL PLAIN carries UTF-8.
        client.plain_login(account.username, secret.value)
    else:
        raise AuthError(f"{where}: the password has non-ASCII characters and the server offers no"
                        " AUTH=PLAIN to send them")


def _enable_condstore(client: IMAPClient, where: str) -> None:
    """ENABLE CONDSTORE, before any SELECT (ENABLE is only legal in the authenticated state): SELECT
    then reports HIGHESTMODSEQ. FETCH MODSEQ would enable it later anyway (RFC 7162 §3.1), so a
    refusal is only logged."""
    try:
        client.enable("CONDSTORE")
    except imx.IMAPClientAbortError:
        raise
    except imx.IMAPClientError as exc:
        log.debug("%s: ENABLE CONDSTORE refused: %s", where, _oneline(exc))


def _send_id(client: IMAPClient, where: str) -> dict[str, str]:
    """Send ID (RFC 2971): NetEase (163/126) refuses SELECT without it. Plain ASCII values only."""
    try:
        response = client.id_({"name": "mailcoach", "version": __version__})
    except imx.IMAPClientAbortError:
        raise
    except imx.IMAPClientError as exc:
        log.debug("%s: ID refused: %s", where, _oneline(exc))
        return {}
    items = response[0] if response and isinstance(response[0], (tuple, list)) else ()
    return {_decode(k): _decode(v or b"") for k, v in zip(items[::2], items[1::2])}


# --- the Drafts folder ----------------------------------------------------------------------------

class ImapDraftsFolder:
    """The selected Drafts folder: implements `DraftsFolder` on an `ImapSession`'s connection."""

    def __init__(self, session: ImapSession, name: str) -> None:
        self.name = name
        self.capabilities = session.capabilities
        self.uidvalidity = 0
        self.permanentflags: frozenset[str] = frozenset()
        self.closed = False
        self._session = session

    @property
    def _client(self) -> IMAPClient:
        if self.closed:
            raise ImapError(f"{self._session.where}: folder {self.name!r} is closed")
        return self._session._conn

    def _translated(self, action: str):  # noqa: ANN202 - a context manager
        return _translated(self._session.where, f"{action} in {self.name!r}", self._session.timeout)

    def _select(self) -> dict[bytes, object]:
        where = self._session.where
        try:
            with self._translated("SELECT"):
                resp = self._client.select_folder(self.name, readonly=False)
        except (ConnectError, FolderError):
            raise
        except ImapError as exc:   # e.g. NO [NONEXISTENT], NetEase's "Unsafe Login"
            raise FolderError(str(exc)) from exc
        # The SELECT answer is the folder's state now: earlier EXISTS/EXPUNGE/FETCH reports (and
        # SELECT's own EXISTS) are not news for idle_wait.
        untagged = self._client._imap.untagged_responses
        for key in ("EXISTS", "RECENT", "EXPUNGE", "FETCH"):
            untagged.pop(key, None)
        uidvalidity = int(resp.get(b"UIDVALIDITY", 0))
        if self.uidvalidity and uidvalidity != self.uidvalidity:
            log.warning("%s: UIDVALIDITY of %r changed from %d to %d: every cached UID is void",
                        where, self.name, self.uidvalidity, uidvalidity)
        self.uidvalidity = uidvalidity
        self.permanentflags = frozenset(_decode(f) for f in resp.get(b"PERMANENTFLAGS", ()))
        return resp

    # -- reading

    def status(self) -> FolderStatus:
        """Re-SELECT the folder (one round trip; never STATUS on the selected mailbox)."""
        resp = self._select()
        return FolderStatus(
            uidvalidity=self.uidvalidity,
            uidnext=_int_or_none(resp.get(b"UIDNEXT")),
            messages=int(resp.get(b"EXISTS", 0)),
            highestmodseq=_int_or_none(resp.get(b"HIGHESTMODSEQ")),
        )

    def uids(self) -> list[int]:
        """All UIDs (UID SEARCH ALL), ascending."""
        with self._translated("UID SEARCH ALL"):
            return sorted(int(u) for u in self._client.search(["ALL"]))

    def fetch_meta(self, uids: Iterable[int]
                   ) -> dict[int, tuple[tuple[str, ...], datetime, int, int | None]]:
        """flags, INTERNALDATE, RFC822.SIZE and MODSEQ (None without CONDSTORE) per UID; UIDs that
        no longer exist are absent."""
        items = ["FLAGS", "INTERNALDATE", "RFC822.SIZE", *self._modseq_item()]
        out = {}
        for uid, data in self._fetch(uids, items, "FETCH flags"):
            out[uid] = (_flags(data.get(b"FLAGS", ())), data[b"INTERNALDATE"],
                        int(data.get(b"RFC822.SIZE", 0)), _modseq(data))
        return out

    def fetch_header_fields(self, uids: Iterable[int], names: Sequence[str]) -> dict[int, bytes]:
        """The raw header lines `names` (BODY.PEEK[HEADER.FIELDS (...)]) per UID."""
        for name in names:
            _check_header_name(name)
        item = f"BODY.PEEK[HEADER.FIELDS ({' '.join(names)})]"
        out = {}
        for uid, data in self._fetch(uids, [item], "FETCH header fields"):
            blob = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER.FIELDS")), None)
            out[uid] = blob or b""
        return out

    def fetch(self, uids: Iterable[int]) -> dict[int, Fetched]:
        """Whole messages (BODY.PEEK[], never sets \\Seen) with flags, INTERNALDATE and MODSEQ.

        The caller batches by size; UIDs that no longer exist are absent from the result.
        """
        items = ["BODY.PEEK[]", "FLAGS", "INTERNALDATE", *self._modseq_item()]
        out = {}
        for uid, data in self._fetch(uids, items, "FETCH messages"):
            raw = data.get(b"BODY[]")
            if raw is None:
                continue
            out[uid] = Fetched(uid=uid, raw=bytes(raw), flags=_flags(data.get(b"FLAGS", ())),
                               internaldate=data[b"INTERNALDATE"], modseq=_modseq(data))
        return out

    def _modseq_item(self) -> list[str]:
        return ["MODSEQ"] if "CONDSTORE" in self.capabilities else []

    def _fetch(self, uids: Iterable[int], items: list[str], action: str
               ) -> Iterator[tuple[int, dict[bytes, object]]]:
        for chunk in _chunks(uids):
            with self._translated(action):
                response = self._client.fetch(chunk, items)
            for uid in chunk:
                if uid in response:
                    yield uid, response[uid]

    def find_by_header(self, name: str, value: str) -> list[int]:
        """UIDs whose header `name` contains `value` (case-insensitive, as IMAP SEARCH HEADER).

        Uses UID SEARCH HEADER; when the server refuses it, fetches that header of every message
        and matches by hand. Either way each hit is confirmed by reading the header, because some
        servers' SEARCH matches words loosely.
        """
        _check_header_name(name)
        if "\r" in value or "\n" in value:
            raise ValueError("a header value to search for cannot contain a line break")
        charset = None if value.isascii() else "UTF-8"
        try:
            with self._translated(f"UID SEARCH HEADER {name}"):
                candidates = sorted(int(u) for u in self._client.search(["HEADER", name, value],
                                                                        charset=charset))
        except (ConnectError, CapabilityMissing):
            raise
        except ImapError as exc:
            log.info("%s: SEARCH HEADER refused (%s); reading the %s header of every message",
                     self._session.where, exc, name)
            candidates = self.uids()
        headers = self.fetch_header_fields(candidates, [name])
        return [uid for uid in candidates if _header_contains(headers.get(uid, b""), name, value)]

    # -- writing

    def append(self, raw: bytes, flags: Iterable[str], internaldate: datetime | None) -> int | None:
        """APPEND a message to this folder; its new UID when the server advertises UIDPLUS and
        answers with APPENDUID for the selected UIDVALIDITY, else None (then find it by header)."""
        typ, data = self._with_literal("APPEND", raw, "APPEND", _wire_mailbox(self.name),
                                       _paren(_wire_flags(flags)), _date_arg(internaldate))
        if typ != "OK":
            raise ImapError(f"{self._session.where}: APPEND to {self.name!r} refused: {_oneline(data)}")
        return self._new_uid([d for d in data if isinstance(d, bytes)], "APPEND")

    def _with_literal(self, action: str, raw: bytes, *args: bytes | str | None
                      ) -> tuple[str, list]:
        """Send `args` followed by `raw` as a synchronising literal; (tagged type, its data).

        imaplib sends `literal` after the command line, as it does for APPEND (size logged, never
        the content). Line ends must be CRLF on the wire; a message that already has only CRLF
        (every message mailcoach fetched and annotated) is sent as is — imaplib's own APPEND
        rewrites it line by line, which costs several times its size in memory.
        """
        imap = self._client._imap
        with self._translated(action):
            imap.literal = _crlf(raw)
            tag = imap._command(*args)
            return imap._command_complete(args[0], tag)

    def replace(self, uid: int, raw: bytes, flags: Iterable[str],
                internaldate: datetime | None) -> int | None:
        """UID REPLACE (RFC 8508): swap message `uid` for `raw` in one atomic step; the new UID as
        for `append`. Raises CapabilityMissing unless REPLACE is advertised (nothing is sent)."""
        if "REPLACE" not in self.capabilities:
            raise CapabilityMissing(f"{self._session.where}: the server does not advertise REPLACE")
        imap = self._client._imap
        imap.untagged_responses.pop("APPENDUID", None)   # keep only this command's answer
        # imapclient has no REPLACE: sent like APPEND, the message as a literal.
        typ, data = self._with_literal(f"UID REPLACE {uid}", raw, "UID", "REPLACE", str(_uid(uid)),
                                       _wire_mailbox(self.name), _paren(_wire_flags(flags)),
                                       _date_arg(internaldate))
        if typ != "OK":
            raise ImapError(f"{self._session.where}: UID REPLACE {uid} in {self.name!r} refused:"
                            f" {_oneline(data)}")
        # RFC 8508 §3.3 sends APPENDUID in an untagged OK, which imaplib files under "APPENDUID".
        untagged = imap.untagged_responses.pop("APPENDUID", [])
        texts = [b"[APPENDUID " + bytes(t) + b"]" for t in untagged if isinstance(t, bytes)]
        return self._new_uid(texts + [d for d in data if isinstance(d, bytes)], "REPLACE")

    def _new_uid(self, texts: list[bytes], command: str) -> int | None:
        if "UIDPLUS" not in self.capabilities:
            return None   # Dovecot and Cyrus send APPENDUID anyway: not advertised, not relied on
        for text in texts:
            m = _APPENDUID_RE.search(text or b"")
            if m:
                uidvalidity, uid = int(m.group(1)), int(m.group(2))
                if uidvalidity != self.uidvalidity:
                    log.warning("%s: %s answered APPENDUID for UIDVALIDITY %d, but %r has %d;"
                                " ignoring it", self._session.where, command, uidvalidity,
                                self.name, self.uidvalidity)
                    return None
                return uid
        return None

    def add_flags(self, uids: Iterable[int], flags: Iterable[str]) -> None:
        """UID STORE +FLAGS.SILENT."""
        wire = _wire_flags(flags)
        for chunk in _chunks(uids):
            with self._translated("STORE +FLAGS"):
                self._client.add_flags(chunk, wire, silent=True)

    def remove_flags(self, uids: Iterable[int], flags: Iterable[str]) -> None:
        """UID STORE -FLAGS.SILENT."""
        wire = _wire_flags(flags)
        for chunk in _chunks(uids):
            with self._translated("STORE -FLAGS"):
                self._client.remove_flags(chunk, wire, silent=True)

    def mark_deleted(self, uid: int, unchanged_since: int | None = None) -> bool:
        """Set \\Deleted on one message; True when it is now marked.

        With `unchanged_since` and advertised CONDSTORE this is
        ``UID STORE uid (UNCHANGEDSINCE m) +FLAGS.SILENT (\\Deleted)``: False when the server
        answers [MODIFIED] (the message changed after mod-sequence m was read). Without CONDSTORE
        the store is unconditional. False also when the message no longer exists.
        """
        uid = _uid(uid)
        client = self._client
        with self._translated(f"STORE \\Deleted on {uid}"):
            if unchanged_since is not None and "CONDSTORE" in self.capabilities:
                if self._modified_since(uid, int(unchanged_since)):
                    log.debug("%s: UID %d changed since modseq %d", self._session.where, uid,
                              unchanged_since)
                    return False
            else:
                client.add_flags([uid], [b"\\Deleted"], silent=True)
            flags = client.get_flags([uid]).get(uid)
        return flags is not None and "\\deleted" in {_decode(f).lower() for f in flags}

    def _modified_since(self, uid: int, modseq: int) -> bool:
        """``UID STORE uid (UNCHANGEDSINCE modseq) +FLAGS.SILENT (\\Deleted)``; True when the
        server answered [MODIFIED] for `uid` (and so set nothing)."""
        imap = self._client._imap
        imap.untagged_responses.pop("MODIFIED", None)
        # imapclient has no UNCHANGEDSINCE API and imaplib's uid() hides the tagged text that
        # carries [MODIFIED ...], so the command is sent and its completion read here.
        tag = imap._command("UID", "STORE", str(uid), f"(UNCHANGEDSINCE {modseq})",
                            "+FLAGS.SILENT", "(\\Deleted)")
        typ, data = imap._command_complete("UID", tag)
        if typ != "OK":
            raise ImapError(
                f"{self._session.where}: UID STORE {uid} refused: {_oneline(data)}")
        texts = [d for d in data if isinstance(d, bytes)]
        texts += [b"[MODIFIED " + bytes(t) + b"]"
                  for t in imap.untagged_responses.pop("MODIFIED", []) if isinstance(t, bytes)]
        return any(uid in _uid_set(m.group(1)) for t in texts for m in _MODIFIED_RE.finditer(t))

    def expunge_one(self, uid: int) -> None:
        """UID EXPUNGE of this one message (it must be \\Deleted). Raises CapabilityMissing
        without advertised UIDPLUS: a plain EXPUNGE would also remove what other clients marked
        \\Deleted."""
        if "UIDPLUS" not in self.capabilities:
            raise CapabilityMissing(
                f"{self._session.where}: removing one message needs UID EXPUNGE (UIDPLUS), which"
                " the server does not advertise; the message stays marked \\Deleted"
            )
        with self._translated(f"UID EXPUNGE {uid}"):
            self._client.uid_expunge([_uid(uid)])

    def noop(self) -> None:
        """NOOP: keeps the connection alive and lets the server report changes."""
        with self._translated("NOOP"):
            self._client.noop()

    def close(self) -> None:
        """Leave the folder without expunging: UNSELECT when advertised (the session stays logged
        in), else LOGOUT. Never CLOSE. Safe to call twice; never raises."""
        if self.closed:
            return
        if "UNSELECT" in self.capabilities and self._session._client is not None:
            try:
                with self._translated("UNSELECT"):
                    self._client.unselect_folder()
                self.closed = True
                return
            except ImapError as exc:
                log.debug("%s: UNSELECT failed (%s); logging out", self._session.where, exc)
        self.closed = True
        self._session.logout()


# --- helpers --------------------------------------------------------------------------------------

@contextmanager
def _translated(where: str, action: str, timeout: float, *, secret: str | None = None
                ) -> Iterator[None]:
    """Map imapclient/imaplib/socket/ssl exceptions to mailcoach errors with one-line messages."""
    try:
        yield
    except MailcoachError:
        raise
    except imx.LoginError as exc:
        text = _oneline(exc, secret)
        # imaplib words a connection lost inside LOGIN's answer "socket error: ..." or, when it
        # happened while reading the answer's lines, "command: LOGIN => socket error: ...".
        if "socket error" in text or "EOF" in text:
            raise ConnectError(f"{where}: connection lost while {action}: {text}") from None
        raise AuthError(f"{where}: login refused: {text}") from None
    except imx.CapabilityError as exc:
        raise CapabilityMissing(f"{where}: {action}: {_oneline(exc, secret)}") from exc
    except imaplib.IMAP4.readonly as exc:  # a subclass of abort: test it first
        raise FolderError(f"{where}: {action}: the server allows only reading (READ-ONLY);"
                          " mailcoach needs to write") from exc
    except imaplib.IMAP4.abort as exc:
        raise ConnectError(
            f"{where}: connection lost while {action}: {_oneline(exc, secret)}") from exc
    except imaplib.IMAP4.error as exc:
        raise ImapError(f"{where}: {action} failed: {_oneline(exc, secret)}") from exc
    except ssl.SSLCertVerificationError as exc:
        if getattr(exc, "verify_code", None) == 62:   # X509_V_ERR_HOSTNAME_MISMATCH
            raise ConnectError(f"{where}: TLS certificate is for another host name"
                               f" ({exc.verify_message})") from exc
        raise ConnectError(f"{where}: TLS certificate not trusted ({exc.verify_message});"
                           " set tls_ca_file to the CA that signed it") from exc
    except ssl.SSLError as exc:
        raise ConnectError(f"{where}: TLS failed while {action}: {exc.reason or exc}") from exc
    except TimeoutError as exc:
        raise ConnectError(f"{where}: timed out after {timeout:g} s while {action}") from exc
    except socket.gaierror as exc:
        raise ConnectError(f"{where}: cannot resolve the host name: {exc.strerror}") from exc
    except ConnectionRefusedError as exc:
        raise ConnectError(f"{where}: connection refused") from exc
    except OSError as exc:
        raise ConnectError(f"{where}: network error while {action}: {exc.strerror or exc}") from exc


def _oneline(obj: object, secret: str | None = None) -> str:
    """A short single line from an imaplib error or response data, without bytes reprs."""
    if isinstance(obj, (list, tuple)):
        text = " ".join(_decode(o) if isinstance(o, bytes) else str(o) for o in obj)
    else:
        text = str(obj)
    text = re.sub(r"""\[?(?<![A-Za-z0-9])b(['"])(.*?)\1\]?""", r"\2", text)
    if secret:
        text = text.replace(secret, "***")
    text = " ".join(text.split())
    return text if len(text) <= 200 else text[:199] + "…"


def _date_arg(internaldate: datetime | None) -> bytes | None:
    """The quoted date-time argument of APPEND/REPLACE, or None to let the server use "now"."""
    if internaldate is None:
        return None
    return b'"' + datetime_to_INTERNALDATE(internaldate).encode("ascii") + b'"'


def _crlf(raw: bytes) -> bytes:
    """`raw` with CRLF line ends; the same object, not a copy, when it has no bare CR or LF."""
    crlf = raw.count(b"\r\n")
    if raw.count(b"\n") == crlf and raw.count(b"\r") == crlf:
        return raw
    return imaplib.MapCRLF.sub(imaplib.CRLF, raw)


def _decode(value: bytes | str) -> str:
    return value if isinstance(value, str) else value.decode("utf-8", "surrogateescape")


def _int_or_none(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def _modseq(data: dict[bytes, object]) -> int | None:
    value = data.get(b"MODSEQ")
    if isinstance(value, (tuple, list)):
        value = value[0] if value else None
    return _int_or_none(value)


def _flags(raw: Iterable[bytes | str]) -> tuple[str, ...]:
    """Flags as str, without \\Recent (a session flag no client can set)."""
    return tuple(f for f in map(_decode, raw) if f.lower() != "\\recent")


def _wire_flags(flags: Iterable[str]) -> list[bytes]:
    return [f.encode("utf-8", "surrogateescape") for f in flags if f.lower() != "\\recent"]


def _paren(flags: list[bytes]) -> str:
    return "(" + " ".join(f.decode("ascii") for f in flags) + ")"


def _wire_mailbox(name: str) -> bytes:
    """A mailbox name as a quoted string in modified UTF-7 (RFC 3501 §5.1.3)."""
    encoded = encode_mutf7(name)
    return b'"' + encoded.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'


def _folders(entries: Iterable[tuple]) -> list[tuple[frozenset[str], str]]:
    """(lower-case attributes, decoded name) from imapclient's LIST/XLIST answer."""
    return [(frozenset(_decode(a).lower() for a in attrs), _decode(name))
            for attrs, _delim, name in entries]


def _selectable(attrs: frozenset[str]) -> bool:
    return not attrs & {"\\noselect", "\\nonexistent"}


def _ascii_lower(name: str) -> str:
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in name)


def _uid(uid: int) -> int:
    if isinstance(uid, bool) or not isinstance(uid, int) or uid <= 0:
        raise ValueError(f"not a UID: {uid!r}")
    return uid


def _chunks(uids: Iterable[int]) -> Iterator[list[int]]:
    """Explicit UID lists, at most UID_CHUNK per command (never a range like "1:*")."""
    batch = [_uid(u) for u in uids]
    for i in range(0, len(batch), UID_CHUNK):
        yield batch[i:i + UID_CHUNK]


def _uid_set(text: bytes) -> set[int]:
    """Parse an IMAP sequence set of UIDs ("3,7:9") into numbers."""
    out: set[int] = set()
    for part in text.split(b","):
        lo, _, hi = part.partition(b":")
        if lo.isdigit() and (not hi or hi.isdigit()):
            a, b = int(lo), int(hi or lo)
            out.update(range(min(a, b), max(a, b) + 1))
    return out


def _check_header_name(name: str) -> None:
    if not _HEADER_NAME_RE.match(name):
        raise ValueError(f"not a header field name: {name!r}")


def _header_contains(blob: bytes, name: str, value: str) -> bool:
    """Whether a header block has a field `name` whose unfolded body contains `value` (ignoring
    case)."""
    unfolded = re.sub(rb"\r?\n[ \t]", b" ", blob)
    wanted, needle = name.lower().encode("ascii"), value.lower()
    for line in unfolded.splitlines():
        field_name, sep, body = line.partition(b":")
        if sep and field_name.strip().lower() == wanted:
            if needle in body.decode("utf-8", "replace").lower():
                return True
    return False


def _idle_check(client: IMAPClient, wait: float) -> list[tuple]:
    """imapclient's idle_check, except that a closed connection raises instead of looking quiet.

    idle_check swallows EOF and returns [] at once, so a caller looping until its deadline would
    spin on a dead socket. An early empty return is therefore checked for end of file: the server
    (or `abort_session`) closed the connection.
    """
    started = time.monotonic()
    responses = client.idle_check(timeout=wait)
    if not responses and time.monotonic() - started < wait and _socket_closed(client.socket()):
        raise imaplib.IMAP4.abort("connection closed during IDLE")
    return responses


def _socket_closed(sock: socket.socket) -> bool:
    """Whether the TCP connection under `sock` (TLS or not) has reached end of file."""
    try:
        # Peek at the raw TCP stream without blocking: b"" is EOF. (An SSLSocket refuses flags,
        # so the plain socket method is called on it.)
        return socket.socket.recv(sock, 1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except BlockingIOError:
        return False   # open, nothing to read yet
    except OSError:
        return True


def _any_change(responses: Iterable[tuple]) -> bool:
    """Whether IDLE responses report a change ("* 3 EXISTS", "* 2 EXPUNGE", "* 1 FETCH (...)")."""
    for resp in responses:
        if len(resp) >= 2 and isinstance(resp[1], bytes) and resp[1].upper() in _CHANGE_RESPONSES:
            return True
        if resp and resp[0] == b"BYE":
            raise imaplib.IMAP4.abort("server said BYE")
    return False


def seed_folder(account: Account, folder: str, messages: Iterable[bytes], *,
                flags: Iterable[str] = (), internaldate: datetime | None = None) -> None:
    """Create `folder` if it is missing and APPEND `messages` to it, as a mail client would.

    For `mailcoach demo` (a throwaway local server) and the benchmarks only: the scan never
    calls this — mailcoach never creates a folder or adds a message to a real mailbox.
    """
    session = connect(account)
    try:
        client = session._client
        where = session.where
        with _translated(where, f"creating {folder}", session.timeout):
            if not client.folder_exists(folder):
                client.create_folder(folder)
        wire = _wire_flags(flags)
        for raw in messages:
            with _translated(where, f"appending to {folder}", session.timeout):
                client.append(folder, raw, flags=wire, msg_time=internaldate)
    finally:
        session.logout()
