"""Real IMAP servers on loopback for the tests, plus a fault-injecting proxy and a scripted fake.

Servers (each on 127.0.0.1 and a free port, in a private temporary directory, stopped at teardown):

``Dovecot(variant="full")``
    Debian's Dovecot 2.3 with a generated minimal config (never /etc/dovecot). Users come from a
    passwd-file with passwords generated per run; `new_user()` hands out a fresh user (an empty
    mailbox) from a pool written at start; `user("nonascii")` has a UTF-8 password. Folders:
    INBOX, Drafts (SPECIAL-USE \\Drafts), Sent (\\Sent) and 草稿箱 (``&g0l6P3ux-`` on the wire).
    As root the mail processes run as the Debian users dovecot and dovenull; as a developer, as
    yourself. Measured (Dovecot 2.3.19.1) after login:
      ``IMAP4REV1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES
      THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN
      NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES
      WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY PREVIEW
      STATUS=SIZE SAVEDATE LITERAL+ NOTIFY SPECIAL-USE``;
      PERMANENTFLAGS of Drafts ``(\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)``
      (plus every keyword already used in the folder).
``Dovecot(variant="restricted")``
    The same server with ``imap_capability`` replaced (research §8.3): no UIDPLUS, CONDSTORE,
    QRESYNC or MOVE. Dovecot still answers APPEND with ``[APPENDUID …]`` and still runs a raw
    ``UID EXPUNGE``: only the advertised list changes.
    Measured: ``IMAP4REV1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ NAMESPACE CHILDREN
    UNSELECT SPECIAL-USE``; PERMANENTFLAGS as for "full".
``Dovecot(tls=True)``
    Adds TLS with a private CA made by ``openssl`` per run (`ca_file`): the plain port then offers
    STARTTLS and `tls_port` speaks implicit TLS. The server certificate names 127.0.0.1 and
    localhost.
``Pymap()``
    ``pymap --no-tls dict`` (with cheap password hashing, see `_PYMAP_FAST_HASH`): pymap 0.36's
    in-memory backend, one user ``demouser`` with a password generated per run, nothing but INBOX
    at start; `new_user()` empties the store and creates Drafts, Sent and 草稿箱, none with a
    special-use attribute. It cannot add users. Measured (pymap 0.36.7) after login:
      ``IMAP4REV1 LITERAL+ ID BINARY UIDPLUS MOVE CHILDREN APPENDLIMIT=1000000000 IDLE OBJECTID
      MULTIAPPEND``: no SPECIAL-USE, CONDSTORE, UNSELECT or NAMESPACE;
      PERMANENTFLAGS ``(\\Answered \\Deleted \\Draft \\Flagged \\Seen)``: no ``\\*``, so
      keywords are not permanent (it keeps keywords given to APPEND but ignores them in STORE).

``ImapProxy``: a loopback TCP proxy with a hook per direction that sees the IMAP stream as lines and
literals (a literal is never mistaken for a line), for rewriting (`strip_appenduid`,
`replace_greeting`), cutting the connection (`cut_at`, `cut_after`), delays (`delay_at`), and a
transcript of what each side sent.

``FakeImapServer``: a scripted responder for what no real server here offers (REPLACE, XOAUTH2,
NetEase's "Unsafe Login" without ID); it records every command it receives.

Missing server software is a skip with the reason, or a failure when MAILCOACH_REQUIRE_SERVERS=1
(as .ci/run sets; see tests/conftest.py).
"""

from __future__ import annotations

import abc
import atexit
import base64
import contextlib
import grp
import importlib.util
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import pytest
from imapclient import IMAPClient

from mailcoach.config import Account

HOST = "127.0.0.1"
REQUIRE_SERVERS = os.environ.get("MAILCOACH_REQUIRE_SERVERS") == "1"
START_TIMEOUT = 15.0
START_ATTEMPTS = 3       # a first start retries on new ports when another process took one
USER_POOL = 200          # users written to Dovecot's passwd-file at start

# What the restricted variant advertises after login (research §8.3).
RESTRICTED_CAPABILITY = ("IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ NAMESPACE"
                         " CHILDREN UNSELECT SPECIAL-USE")


class ServerUnavailable(Exception):
    """The server software is not installed or would not start."""


def unavailable(reason: str) -> None:
    """Skip the test (or fail it under MAILCOACH_REQUIRE_SERVERS=1) because a server is missing."""
    if REQUIRE_SERVERS:
        pytest.fail(f"{reason} (MAILCOACH_REQUIRE_SERVERS=1)", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_for_greeting(port: int, proc: subprocess.Popen | None = None, *,
                      timeout: float = START_TIMEOUT, log: Path | None = None) -> bytes:
    """Poll 127.0.0.1:`port` until it answers with an IMAP ``* OK`` greeting; return that."""
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise ServerUnavailable(f"exited with status {proc.returncode}: {_tail(log)}")
        try:
            with socket.create_connection((HOST, port), timeout=1.0) as s:
                greeting = s.recv(4096)
                if greeting.startswith(b"* OK"):
                    return greeting
                last = repr(greeting[:80])
        except OSError as exc:
            last = str(exc)
        time.sleep(0.02)
    raise ServerUnavailable(
        f"no IMAP greeting on port {port} within {timeout:g} s ({last}): {_tail(log)}")


def _tail(log: Path | None, lines: int = 8) -> str:
    if log is None or not log.exists():
        return ""
    return " | ".join(log.read_text(errors="replace").splitlines()[-lines:])


def _stop_group(proc: subprocess.Popen | None) -> None:
    """Stop a server started with start_new_session=True: its whole process group, then reap it."""
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


# --- what tests get: a user on a server -----------------------------------------------------------

@dataclass(frozen=True)
class TestUser:
    """A mailbox user on a running test server."""

    __test__ = False   # not a test class, despite the name

    server: ImapTestServer
    name: str
    password: str = field(repr=False)

    def account(self, **overrides: object) -> Account:
        """An Account for this user. The password comes from a password_command run without a shell
        (printf), so get_secret is exercised for real; override anything (security, port, …)."""
        base = Account(
            name=f"{self.server.kind}-{self.name}", host=HOST, port=self.server.port,
            username=self.name, security="none",
            password_command=("printf", "%s", self.password), timeout=10.0,
        )
        return replace(base, **overrides)

    def client(self) -> IMAPClient:
        """A raw logged-in imapclient connection for seeding and inspecting from the test side."""
        return self.server.client(self.name)

    def seed(self, folder: str, messages: Sequence[bytes], *, flags: Sequence[Sequence[str]] = (),
             dates: Sequence[datetime | None] = ()) -> list[int]:
        """APPEND `messages` to `folder`; returns their UIDs (from APPENDUID, which every server
        here sends even when it does not advertise UIDPLUS)."""
        return self.server.seed(self.name, folder, messages, flags=flags, dates=dates)


class ImapTestServer(abc.ABC):
    """What Dovecot and Pymap share: start/stop/restart, users, raw clients, seeding."""

    kind = "imap"
    port: int

    def start(self) -> None:
        """Start the server and wait until it answers as itself; raises ServerUnavailable.

        Ports are picked free before the server binds them, so another process (a parallel test
        run) may take one in between: then the server fails to bind, or a foreign server answers
        and refuses our users. A first start then tries again on new ports; a restart keeps its
        port (tests rely on it) and fails instead.
        """
        self._check_installed()
        first = not self.port
        for attempt in range(START_ATTEMPTS):
            if first:
                self._choose_ports()
            self._stop_at_exit()
            self._launch()
            try:
                wait_for_greeting(self.port, self.proc, log=self.log_path)
                self.client(self.probe_user).logout()   # our users log in: it is our server
                return
            except Exception as exc:  # noqa: BLE001 - any failure here means "not started"
                self.stop()
                if not first or attempt == START_ATTEMPTS - 1:
                    raise ServerUnavailable(f"did not start on port {self.port}: {exc}") from exc

    proc: subprocess.Popen | None
    log_path: Path | None
    probe_user: str

    @abc.abstractmethod
    def _check_installed(self) -> None:
        """Raise ServerUnavailable when the server software is missing."""

    @abc.abstractmethod
    def _choose_ports(self) -> None:
        """Pick free ports (and write whatever config names them)."""

    @abc.abstractmethod
    def _launch(self) -> None:
        """Start the server process (in a process group of its own) as `self.proc`."""

    @abc.abstractmethod
    def stop(self) -> None:
        """Stop the server's processes (its files stay, for `restart`)."""

    @abc.abstractmethod
    def cleanup(self) -> None:
        """Stop and remove every file the server left."""

    def restart(self) -> None:
        """Stop and start again on the same port with the same mail store (pymap's store is in
        memory, so it comes back empty)."""
        self.stop()
        self.start()

    @abc.abstractmethod
    def new_user(self) -> TestUser:
        """A user with an empty mailbox holding Drafts, Sent and 草稿箱."""

    @abc.abstractmethod
    def password_of(self, user: str) -> str:
        """The password of a user the server knows."""

    def client(self, user: str) -> IMAPClient:
        """A raw imapclient connection logged in as `user` (plain text, on the main port)."""
        c = IMAPClient(HOST, self.port, ssl=False, timeout=10)
        c.plain_login(user, self.password_of(user))   # SASL PLAIN: passwords may be non-ASCII
        return c

    def seed(self, user: str, folder: str, messages: Sequence[bytes], *,
             flags: Sequence[Sequence[str]] = (),
             dates: Sequence[datetime | None] = ()) -> list[int]:
        """APPEND `messages` to `user`'s `folder` with the given flags and INTERNALDATEs; returns
        the new UIDs (from APPENDUID, which every server here sends)."""
        uids = []
        c = self.client(user)
        try:
            for i, raw in enumerate(messages):
                f = [x.encode() for x in (flags[i] if i < len(flags) else ())]
                resp = c.append(folder, raw, flags=f, msg_time=dates[i] if i < len(dates) else None)
                m = re.search(rb"\[APPENDUID \d+ (\d+)\]", resp)
                if not m:
                    raise AssertionError(f"{self.kind}: APPEND gave no APPENDUID: {resp!r}")
                uids.append(int(m.group(1)))
        finally:
            c.logout()
        return uids

    def _stop_at_exit(self) -> None:
        """Also stop the server if the test process ends without its teardown (e.g. its output
        pipe closed early): a stray server would keep its port and temporary files."""
        if not getattr(self, "_atexit_registered", False):
            atexit.register(self.cleanup)
            self._atexit_registered = True

    def __enter__(self) -> ImapTestServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.cleanup()


# --- Dovecot --------------------------------------------------------------------------------------

def find_dovecot() -> str | None:
    candidates = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")   # sbin is not always on PATH
    return shutil.which("dovecot") or next((p for p in candidates if os.access(p, os.X_OK)), None)


def dovecot_config(root: Path, port: int, *, users_file: Path, variant: str = "full",
                   tls: tuple[Path, Path, int] | None = None, run_as: str | None = None) -> str:
    """A minimal dovecot.conf for a private instance under `root` (research §8.1/§8.2).

    `run_as` None: started by root, mail and login processes run as the Debian users dovecot and
    dovenull. Otherwise everything runs as that (unprivileged) user, who must own `root`.
    `tls` = (cert, key, imaps port) enables STARTTLS on `port` and implicit TLS on the imaps port.
    """
    if run_as is None:
        identity = f"""\
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = 0
mail_uid = dovecot
mail_gid = dovecot
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = {HOST}
    port = {port}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {tls[2] if tls else 0}
  }}
}}
"""
    else:
        group = grp.getgrgid(pwd.getpwnam(run_as).pw_gid).gr_name
        identity = f"""\
default_internal_user = {run_as}
default_internal_group = {group}
default_login_user = {run_as}
first_valid_uid = 1
userdb {{
  driver = static
  args = uid={run_as} gid={group} home={root}/mail/%u
}}
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = {HOST}
    port = {port}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {tls[2] if tls else 0}
  }}
}}
"""
    ssl_conf = (f"ssl = yes\nssl_cert = <{tls[0]}\nssl_key = <{tls[1]}\n" if tls else "ssl = no\n")
    restricted = (f"protocol imap {{\n  imap_capability = {RESTRICTED_CAPABILITY}\n}}\n"
                  if variant == "restricted" else "")
    # Dovecot 2.3 wants each setting of a nested section on its own line; it reads no env vars.
    # Failed logins (tests make some on purpose) would slow later logins from 127.0.0.1 by 2-15 s:
    # auth_failure_delay = 0 and the closed anvil-auth-penalty socket switch that off.
    return f"""\
# generated by tests/servers.py for one test run
protocols = imap
listen = {HOST}
base_dir = {root}/run
state_dir = {root}/run/state
log_path = {root}/dovecot.log
{ssl_conf}disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:{root}/mail/%u
{identity}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {users_file}
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox "草稿箱" {{
    auto = create
  }}
}}
{restricted}"""


def make_test_ca(directory: Path) -> tuple[Path, Path, Path]:
    """A private CA and a server certificate for 127.0.0.1/localhost signed by it, made with
    openssl; returns (ca_cert, server_cert, server_key)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise ServerUnavailable("openssl is not installed (apt-get install openssl)")
    d = directory
    ext = d / "server.ext"
    ext.write_text("basicConstraints = critical, CA:FALSE\n"
                   "keyUsage = critical, digitalSignature, keyEncipherment\n"
                   "extendedKeyUsage = serverAuth\n"
                   "subjectAltName = IP:127.0.0.1, DNS:localhost\n"
                   "subjectKeyIdentifier = hash\n"
                   "authorityKeyIdentifier = keyid\n")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    steps = [
        [openssl, "req", "-x509", *ec, "-keyout", d / "ca.key", "-out", d / "ca.pem", "-days", "3",
         "-subj", "/CN=mailcoach test CA", "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
        [openssl, "req", *ec, "-keyout", d / "server.key", "-out", d / "server.csr",
         "-subj", "/CN=127.0.0.1"],
        [openssl, "x509", "-req", "-in", d / "server.csr", "-CA", d / "ca.pem",
         "-CAkey", d / "ca.key", "-CAcreateserial", "-out", d / "server.pem", "-days", "3",
         "-extfile", ext],
    ]
    for argv in steps:
        done = subprocess.run([str(a) for a in argv], capture_output=True, check=False)
        if done.returncode != 0:
            error = done.stderr.decode(errors="replace")[-300:]
            raise ServerUnavailable(f"openssl failed: {error}")
    return d / "ca.pem", d / "server.pem", d / "server.key"


class Dovecot(ImapTestServer):
    """A private Dovecot on 127.0.0.1 (the module docstring says what each variant advertises)."""

    def __init__(self, *, variant: str = "full", tls: bool = False,
                 users: Sequence[str] = ("alice", "bob", "carol")) -> None:
        if variant not in ("full", "restricted"):
            raise ValueError(f"unknown Dovecot variant {variant!r}")
        self.kind = "dovecot" if variant == "full" else f"dovecot-{variant}"
        self.variant = variant
        self.tls = tls
        self.passwords = {u: secrets.token_hex(8) for u in users}
        # A user whose password needs UTF-8 (LOGIN cannot carry it; AUTHENTICATE PLAIN can).
        self.passwords["nonascii"] = f"pässwörd-{secrets.token_hex(4)}-密码"
        # Dovecot re-reads a changed passwd-file at most once a second, so a user appended while it
        # runs may not log in at once: new_user() hands out users written before the start.
        self._pool = [f"t{i:03d}" for i in range(USER_POOL)]
        self.passwords.update({u: secrets.token_hex(8) for u in self._pool})
        self.port = 0
        self.tls_port: int | None = None
        self.ca_file: Path | None = None
        self.root: Path | None = None
        self.log_path: Path | None = None
        self.probe_user = users[0] if users else "nonascii"
        self.proc: subprocess.Popen | None = None
        self._users_lock = threading.Lock()
        self._tls_files: tuple[Path, Path] | None = None

    def _check_installed(self) -> None:
        if find_dovecot() is None:
            raise ServerUnavailable("dovecot is not installed (apt-get install dovecot-imapd)")

    def _choose_ports(self) -> None:
        if self.root is None:
            self._prepare()
        assert self.root is not None
        self.port = free_port()
        tls = None
        if self._tls_files is not None:
            self.tls_port = free_port()
            tls = (*self._tls_files, self.tls_port)
        run_as = None if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
        (self.root / "etc" / "dovecot.conf").write_text(
            dovecot_config(self.root, self.port, users_file=self.root / "etc" / "users",
                           variant=self.variant, tls=tls, run_as=run_as), encoding="utf-8")

    def _prepare(self) -> None:
        """The private directory: users, mail store and (with tls) the CA and certificate."""
        root = Path(tempfile.mkdtemp(prefix=f"mailcoach-{self.kind}-"))
        # As root the mail processes run as dovecot and need to traverse the directory.
        root.chmod(0o755)
        for sub in ("etc", "run", "mail"):
            (root / sub).mkdir()
        self.root = root
        self.log_path = root / "dovecot.log"
        if self.tls:
            self.ca_file, cert, key = make_test_ca(root / "etc")
            self._tls_files = (cert, key)
        users = root / "etc" / "users"
        users.write_text("".join(f"{u}:{{PLAIN}}{p}\n" for u, p in self.passwords.items()))
        users.chmod(0o600)
        if os.geteuid() == 0:
            # The auth process (which reads the passwd-file) and the mail processes run as dovecot.
            shutil.chown(root / "mail", "dovecot", "dovecot")
            shutil.chown(users, "dovecot", "dovecot")

    def _launch(self) -> None:
        assert self.root is not None and self.log_path is not None
        with open(self.log_path, "ab") as errors:
            self.proc = subprocess.Popen(
                [find_dovecot() or "dovecot", "-F", "-c", str(self.root / "etc" / "dovecot.conf")],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors,
                start_new_session=True,   # one process group: stop() ends master and children
            )

    def stop(self) -> None:
        _stop_group(self.proc)
        self.proc = None

    def cleanup(self) -> None:
        """Stop and delete the temporary directory (config, mail, log)."""
        self.stop()
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def user(self, name: str) -> TestUser:
        """One of the users made at start: alice, bob, carol, nonascii (a UTF-8 password)."""
        return TestUser(self, name, self.passwords[name])

    def password_of(self, user: str) -> str:
        return self.passwords[user]

    def new_user(self) -> TestUser:
        """A user nobody has used yet: an empty mailbox with Drafts, Sent and 草稿箱.

        When the pool of users made at start is used up, the user is appended to the passwd-file
        and this waits (a second or more) until Dovecot has re-read it.
        """
        assert self.root is not None, "start() first"
        with self._users_lock:
            if self._pool:
                name = self._pool.pop(0)
                return TestUser(self, name, self.passwords[name])
            name = f"u{len(self.passwords)}x{secrets.token_hex(3)}"
            password = secrets.token_hex(8)
            self.passwords[name] = password
            with open(self.root / "etc" / "users", "a", encoding="utf-8") as f:
                f.write(f"{name}:{{PLAIN}}{password}\n")
        user = TestUser(self, name, password)
        deadline = time.monotonic() + 5
        while True:
            try:
                self.client(name).logout()
                return user
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)


# --- pymap ----------------------------------------------------------------------------------------

# `pymap` itself, except that passwords are hashed with 1000 PBKDF2 rounds instead of 500000: each
# login otherwise costs 0.15 s of CPU, which would make the pymap tests several times slower. The
# server lives in memory for one test run with a password generated for that run.
_PYMAP_FAST_HASH = (
    "import pysasl.hashing as h; h.BuiltinHash.__init__.__kwdefaults__['rounds'] = 1000; "
    "import pymap.main as m; m.main()"
)


class Pymap(ImapTestServer):
    """pymap's in-memory backend on 127.0.0.1 (one user, demouser; see the module docstring)."""

    kind = "pymap"
    USER = "demouser"

    def __init__(self) -> None:
        self.password = secrets.token_hex(8)
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self.log_path: Path | None = None
        self.probe_user = self.USER

    def _check_installed(self) -> None:
        if importlib.util.find_spec("pymap") is None:
            raise ServerUnavailable("pymap is not installed (pip install pymap)")

    def _choose_ports(self) -> None:
        self.port = free_port()

    def _launch(self) -> None:
        if self.log_path is None:
            self.log_path = Path(tempfile.mkstemp(prefix="mailcoach-pymap-", suffix=".log")[1])
        with open(self.log_path, "ab") as errors:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", _PYMAP_FAST_HASH, "--host", HOST, "--port", str(self.port),
                 "--no-tls", "--no-service", "admin", "--no-service", "managesieve",
                 "--no-service", "swim",
                 "dict", "--demo-user", self.USER, "--demo-password", self.password],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors,
                start_new_session=True,
            )

    def stop(self) -> None:
        _stop_group(self.proc)
        self.proc = None

    def cleanup(self) -> None:
        self.stop()
        if self.log_path is not None:
            self.log_path.unlink(missing_ok=True)

    def password_of(self, user: str) -> str:
        if user != self.USER:
            raise KeyError(f"pymap knows only {self.USER!r}")
        return self.password

    def new_user(self) -> TestUser:
        """pymap has one user: empty its store and create Drafts, Sent and 草稿箱 (no attributes)."""
        c = self.client(self.USER)
        try:
            for _attrs, _delim, name in c.list_folders():
                if name.upper() != "INBOX":
                    c.delete_folder(name)
            c.select_folder("INBOX")
            uids = c.search(["ALL"])
            if uids:
                c.add_flags(uids, [b"\\Deleted"], silent=True)
                c.expunge()   # test-side reset of a private store
            for name in ("Drafts", "Sent", "草稿箱"):
                c.create_folder(name)
        finally:
            c.logout()
        return TestUser(self, self.USER, self.password)


# --- a proxy for rewriting and fault injection ----------------------------------------------------

class Cut(Exception):
    """Raise from a hook to close both sides of the connection after forwarding `send_first`."""

    def __init__(self, send_first: bytes = b"") -> None:
        super().__init__("connection cut by a proxy hook")
        self.send_first = send_first


Hook = Callable[["ProxyConnection", str, bytes], bytes]
"""hook(connection, kind, data) -> the bytes to forward instead of `data`.

kind: "line" — a command or response up to and including CRLF (or up to a literal's ``{n}\\r\\n``);
"more" — the rest of a command or response after a literal; "literal" — literal bytes (possibly in
several pieces), which are never parsed. A hook may sleep (delay) or raise `Cut`.
Hooks need a plain-text IMAP stream: give none for a direction that will carry TLS.
"""

_LITERAL_AT_END = re.compile(rb"~?\{(\d+)\+?\}\r\n$")
_STATUS_LINE = re.compile(rb"^(?:\*|[A-Za-z0-9.]+) (?:OK|NO|BAD) ")


@dataclass
class ProxyConnection:
    """One proxied client connection: its sockets, a transcript of what each side sent (before
    any hook changed it), and `closed`, set once the proxy has shut both sides."""

    client: socket.socket
    upstream: socket.socket
    transcript: list[tuple[str, str, bytes]] = field(default_factory=list)  # ("C"|"S", kind, data)
    closed: threading.Event = field(default_factory=threading.Event)

    def sent_by_client(self) -> bytes:
        return b"".join(data for side, _kind, data in self.transcript if side == "C")

    def sent_by_server(self) -> bytes:
        return b"".join(data for side, _kind, data in self.transcript if side == "S")

    def close(self) -> None:
        self.closed.set()
        for s in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()


class ImapProxy:
    """A loopback TCP proxy in front of an IMAP server, with a hook per direction.

    ``with ImapProxy(port, server_hook=strip_appenduid) as proxy:`` then connect to ``proxy.port``.
    """

    def __init__(self, upstream_port: int, *, upstream_host: str = HOST,
                 server_hook: Hook | None = None, client_hook: Hook | None = None) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.server_hook = server_hook
        self.client_hook = client_hook
        self.connections: list[ProxyConnection] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind((HOST, 0))
        self._listener.listen(16)
        self.port = self._listener.getsockname()[1]
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []

    def start(self) -> ImapProxy:
        self._spawn(self._accept_loop)
        return self

    def stop(self) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        for conn in self.connections:
            conn.close()
        for t in self._threads:
            t.join(timeout=5)

    def __enter__(self) -> ImapProxy:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _spawn(self, target: Callable[..., None], *args: object) -> None:
        t = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(t)
        t.start()

    def _accept_loop(self) -> None:
        self._listener.settimeout(0.02)
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            for s in (client, upstream):
                s.settimeout(None)
                # Without this, Nagle + delayed ACK add ~40 ms to every command through the proxy.
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            conn = ProxyConnection(client, upstream)
            self.connections.append(conn)
            self._spawn(self._pump, conn, "C", client, upstream, self.client_hook)
            self._spawn(self._pump, conn, "S", upstream, client, self.server_hook)

    def _pump(self, conn: ProxyConnection, side: str, src: socket.socket, dst: socket.socket,
              hook: Hook | None) -> None:
        parser = _ImapStream()
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                units = [("raw", data)] if hook is None else parser.feed(data)
                out = []
                try:
                    for kind, unit in units:
                        conn.transcript.append((side, kind, unit))
                        out.append(unit if hook is None else hook(conn, kind, unit))
                finally:
                    pending = b"".join(out)
                    if pending:
                        dst.sendall(pending)   # one write per read: what came before a Cut goes too
        except Cut as cut:
            with contextlib.suppress(OSError):
                if cut.send_first:
                    dst.sendall(cut.send_first)
        except OSError:
            pass
        finally:
            conn.close()


class _ImapStream:
    """Splits an IMAP byte stream into lines and literals (see `Hook`)."""

    def __init__(self) -> None:
        self.buf = b""
        self.literal_left = 0
        self.at_start = True

    def feed(self, data: bytes) -> list[tuple[str, bytes]]:
        self.buf += data
        units: list[tuple[str, bytes]] = []
        while self.buf:
            if self.literal_left:
                piece = self.buf[:self.literal_left]
                self.buf = self.buf[len(piece):]
                self.literal_left -= len(piece)
                units.append(("literal", piece))
                continue
            end = self.buf.find(b"\r\n")
            if end < 0:
                break
            line, self.buf = self.buf[:end + 2], self.buf[end + 2:]
            units.append(("line" if self.at_start else "more", line))
            m = _LITERAL_AT_END.search(line)
            self.literal_left = int(m.group(1)) if m else 0
            self.at_start = m is None
        return units


def strip_appenduid(conn: ProxyConnection, kind: str, data: bytes) -> bytes:
    """Server hook: remove ``[APPENDUID v u]`` from status lines, as a server without UIDPLUS
    would answer (only in lines, never inside a literal)."""
    if kind == "line" and _STATUS_LINE.match(data):
        return re.sub(rb"\[APPENDUID \d+ [0-9:,]+\] ?", b"", data)
    return data


def cut_at(pattern: bytes) -> Hook:
    """A hook that cuts the connection just before the first line or literal with `pattern`."""
    def hook(conn: ProxyConnection, kind: str, data: bytes) -> bytes:
        if pattern in data:
            raise Cut()
        return data
    return hook


def cut_after(nbytes: int) -> Hook:
    """A hook that forwards `nbytes` bytes of its direction, then cuts the connection."""
    sent = 0

    def hook(conn: ProxyConnection, kind: str, data: bytes) -> bytes:
        nonlocal sent
        if sent + len(data) > nbytes:
            raise Cut(data[:nbytes - sent])
        sent += len(data)
        return data
    return hook


def delay_at(pattern: bytes, seconds: float) -> Hook:
    """A hook that holds back the first line or literal containing `pattern` for `seconds`."""
    done = False

    def hook(conn: ProxyConnection, kind: str, data: bytes) -> bytes:
        nonlocal done
        if not done and pattern in data:
            done = True
            time.sleep(seconds)
        return data
    return hook


def replace_greeting(greeting: bytes) -> Hook:
    """A server hook that swaps the server's first line for `greeting` (e.g. Exchange's)."""
    done = False

    def hook(conn: ProxyConnection, kind: str, data: bytes) -> bytes:
        nonlocal done
        if not done and kind == "line":
            done = True
            return greeting.rstrip(b"\r\n") + b"\r\n"
        return data
    return hook


# --- a scripted fake server -----------------------------------------------------------------------

@dataclass
class FakeCommand:
    """A command as the fake server received it: tag, verb (with UID prefix), raw bytes incl.
    literals, and the literals alone."""

    tag: bytes
    verb: str
    raw: bytes
    literals: list[bytes]


Responder = Callable[[FakeCommand, dict], tuple[list[bytes], bytes]]
"""responder(command, session_state) -> (untagged lines, tagged "OK ..."/"NO ..." text)."""


class FakeImapServer:
    """A tiny scripted IMAP server on 127.0.0.1 for behaviour no real test server offers.

    It answers CAPABILITY, LOGIN and AUTHENTICATE PLAIN (password `password`), AUTHENTICATE with
    another mechanism (accepted; the decoded client responses are kept in `auth_payloads`), ID,
    ENABLE, SELECT, NOOP and LOGOUT itself, unless `responders` has the verb; every other verb
    (e.g. "UID REPLACE") goes to `responders[verb]`, else the answer is ``OK``. Synchronising
    literals get a ``+`` continuation. Every command is recorded in `commands`.
    """

    def __init__(self, capabilities: str, *, password: str = "fake-pw",
                 greeting: str = "* OK fake IMAP ready",
                 select_lines: Sequence[bytes] = (
                     b"* 1 EXISTS", b"* OK [UIDVALIDITY 7] ok", b"* OK [UIDNEXT 5] ok",
                     b"* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] ok"),
                 responders: dict[str, Responder] | None = None) -> None:
        self.capabilities = capabilities
        self.password = password
        self.greeting = greeting
        self.select_lines = list(select_lines)
        self.responders = dict(responders or {})
        self.commands: list[FakeCommand] = []
        self.auth_payloads: list[bytes] = []   # decoded AUTHENTICATE client responses
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind((HOST, 0))
        self._listener.listen(4)
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []

    def __enter__(self) -> FakeImapServer:
        t = threading.Thread(target=self._accept_loop, daemon=True)
        self._threads.append(t)
        t.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        with contextlib.suppress(OSError):
            self._listener.close()
        for s in self._conns:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()
        for t in self._threads:
            t.join(timeout=5)

    def verbs(self) -> list[str]:
        return [c.verb for c in self.commands]

    def _accept_loop(self) -> None:
        self._listener.settimeout(0.02)
        while True:
            try:
                s, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._conns.append(s)
            t = threading.Thread(target=self._serve, args=(s,), daemon=True)
            self._threads.append(t)
            t.start()

    def _serve(self, s: socket.socket) -> None:
        f = s.makefile("rb")
        state: dict = {}

        def send(*lines: bytes) -> None:
            s.sendall(b"".join(line + b"\r\n" for line in lines))

        try:
            send(self.greeting.encode())
            while True:
                cmd = self._read_command(f, send)
                if cmd is None:
                    return
                self.commands.append(cmd)
                untagged, tagged = self._answer(cmd, state, f, send)
                send(*untagged, cmd.tag + b" " + tagged)
                if cmd.verb == "LOGOUT":
                    return
        except OSError:
            return
        finally:
            f.close()
            s.close()

    def _read_command(self, f, send: Callable[..., None]) -> FakeCommand | None:
        raw, literals = b"", []
        while True:
            line = f.readline()
            if not line:
                return None
            raw += line
            m = _LITERAL_AT_END.search(line)
            if not m:
                break
            if b"+}" not in m.group(0):
                send(b"+ go ahead")
            literal = f.read(int(m.group(1)))
            literals.append(literal)
            raw += literal
        words = raw.split(b" ")
        tag = words[0]
        verb = words[1].strip().upper().decode()
        if verb == "UID" and len(words) > 2:
            verb = "UID " + words[2].strip().upper().decode()
        return FakeCommand(tag, verb, raw, literals)

    def _answer(self, cmd: FakeCommand, state: dict, f, send: Callable[..., None]
                ) -> tuple[list[bytes], bytes]:
        caps = self.capabilities.encode()
        if cmd.verb in self.responders:
            return self.responders[cmd.verb](cmd, state)
        if cmd.verb == "CAPABILITY":
            return [b"* CAPABILITY " + caps], b"OK done"
        if cmd.verb == "LOGIN":
            ok = cmd.raw.rstrip(b"\r\n").split(b" ")[-1].strip(b'"') == self.password.encode()
            return [], (b"OK [CAPABILITY " + caps + b"] logged in" if ok else b"NO login failed")
        if cmd.verb == "AUTHENTICATE":
            send(b"+ ")
            payload = base64.b64decode(f.readline().strip())
            self.auth_payloads.append(payload)
            mechanism = cmd.raw.split(b" ")[2].strip().upper()
            if mechanism == b"PLAIN" and payload.split(b"\0")[-1] != self.password.encode():
                return [], b"NO [AUTHENTICATIONFAILED] wrong password"
            return [], b"OK [CAPABILITY " + caps + b"] authenticated"
        if cmd.verb == "ID":
            state["id"] = cmd.raw
            return [b'* ID ("name" "fake")'], b"OK ID done"
        if cmd.verb == "ENABLE":
            return [b"* ENABLED"], b"OK enabled"
        if cmd.verb in ("SELECT", "EXAMINE"):
            return list(self.select_lines), b"OK [READ-WRITE] selected"
        if cmd.verb == "LOGOUT":
            return [b"* BYE bye"], b"OK bye"
        return [], b"OK done"


# --- pytest fixtures (tests/conftest.py re-exports them) ------------------------------------------

def _serve(server: Dovecot | Pymap) -> Iterator[Dovecot | Pymap]:
    try:
        server.start()
    except ServerUnavailable as exc:
        server.cleanup()
        unavailable(f"{server.kind}: {exc}")
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """Dovecot with its default capabilities (SPECIAL-USE, UIDPLUS, CONDSTORE, IDLE, keywords)."""
    yield from _serve(Dovecot(variant="full"))


@pytest.fixture(scope="session")
def dovecot_restricted() -> Iterator[Dovecot]:
    """Dovecot advertising no UIDPLUS, CONDSTORE, QRESYNC or MOVE."""
    yield from _serve(Dovecot(variant="restricted"))


@pytest.fixture(scope="session")
def dovecot_tls() -> Iterator[Dovecot]:
    """Dovecot with a private CA: STARTTLS on `port`, implicit TLS on `tls_port`, the CA in
    `ca_file`."""
    yield from _serve(Dovecot(variant="full", tls=True))


@pytest.fixture(scope="session")
def pymap_server() -> Iterator[Pymap]:
    """pymap's in-memory server (no SPECIAL-USE, CONDSTORE or UNSELECT; keywords not permanent)."""
    yield from _serve(Pymap())


SERVER_FIXTURES = ("dovecot", "dovecot_restricted", "pymap_server")


@pytest.fixture(params=SERVER_FIXTURES)
def imap_server(request: pytest.FixtureRequest) -> ImapTestServer:
    """Each of the three server variants in turn."""
    return request.getfixturevalue(request.param)


@pytest.fixture
def imap_user(imap_server: ImapTestServer) -> TestUser:
    """A fresh, empty mailbox on each server variant; `.account()` gives its Account."""
    return imap_server.new_user()


@contextlib.contextmanager
def fresh_mailbox(request: pytest.FixtureRequest, kind: str):
    """(user, account, proxy) of a new empty mailbox on the server variant `kind` — a fixture name,
    or "dovecot_no_appenduid": full Dovecot behind a proxy that strips APPENDUID from its answers,
    so that mailcoach must find its copy by the op token (proxy is None for the other kinds)."""
    server = request.getfixturevalue("dovecot" if kind == "dovecot_no_appenduid" else kind)
    user = server.new_user()
    account = user.account(quiet_period=0)
    if kind != "dovecot_no_appenduid":
        yield user, account, None
        return
    with ImapProxy(server.port, server_hook=strip_appenduid) as proxy:
        yield user, replace(account, port=proxy.port), proxy
