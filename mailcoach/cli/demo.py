"""`mailcoach demo`: the Quick start — a local IMAP server with example drafts, scanned for real.

It starts pymap (a pure-Python IMAP server, in memory, on 127.0.0.1), plays the PM's mail client
by saving the bundled example drafts into its Drafts folder, runs one real `scan` over it with a
state file in a temporary directory, and shows what happened to one risky draft. Nothing outside
the temporary directory and the throwaway server is touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from email.header import decode_header, make_header
from importlib import resources
from pathlib import Path

from ..errors import ConnectError, UsageError

DESCRIPTION = """\
Try mailcoach without touching a real mailbox: start a throwaway IMAP server on 127.0.0.1
(pymap, in memory), save the bundled example drafts into its Drafts folder, scan it once, and
show one annotated draft. Needs the demo extra: pip install 'mailcoach[demo]'.
Exit status 0 when the demo ran, 2 when it could not."""

DEMO_USER, DEMO_PASSWORD = "demouser", "demopass"


def add_parser(sub, *, name, help, parents) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=DESCRIPTION, parents=parents,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--keep", action="store_true",
                   help="leave the server running (Ctrl-C stops it) to look at it with a mail client")
    return p


def example_drafts() -> list[tuple[str, bytes]]:
    """The bundled example drafts (our own writing), in name order."""
    folder = resources.files("mailcoach") / "examples"
    return sorted((p.name, p.read_bytes()) for p in folder.iterdir() if p.name.endswith(".eml"))


def run(args: argparse.Namespace) -> int:
    from ..config import Account, Config, RulesConfig, StateConfig
    from ..imap import seed_folder
    from ..rules import load_ruleset
    from ..scan import scan_account
    from ..state import State
    from .scan import summary_text

    pymap = shutil.which("pymap") or str(Path(sys.executable).with_name("pymap"))
    if not Path(pymap).exists():
        raise UsageError("the demo needs pymap: pip install 'mailcoach[demo]'")
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="mailcoach-demo-") as tmp:
        server = subprocess.Popen(
            [pymap, "--host", "127.0.0.1", "--port", str(port), "--no-tls", "dict"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        try:
            _wait_for_greeting(port, server)
            os.environ["MAILCOACH_DEMO_PASSWORD"] = DEMO_PASSWORD
            account = Account(name="demo", host="127.0.0.1", port=port, security="none",
                              username=DEMO_USER, password_env="MAILCOACH_DEMO_PASSWORD",
                              quiet_period=0, timeout=10)
            drafts = example_drafts()
            # Saved an hour ago, as a mail client would have: older than any quiet period.
            saved = datetime.now(timezone.utc) - timedelta(hours=1)
            seed_folder(account, "Drafts", [raw for _, raw in drafts], flags=("\\Draft",),
                        internaldate=saved)
            print(f"pymap IMAP server on 127.0.0.1:{port} (user {DEMO_USER}), "
                  f"{len(drafts)} example drafts saved in Drafts:")
            for name, _ in drafts:
                print(f"  {name}")
            print("\n$ mailcoach scan")
            config = Config(rules=RulesConfig(internal_domains=("ourteam.example.com",)),
                            state=StateConfig(path=Path(tmp) / "state.sqlite3"), accounts=(account,))
            ruleset = load_ruleset()
            with State.open(config.state.path) as state:
                summary = scan_account(account, config, state, ruleset)
                print(summary_text(summary), end="")
                _show_annotated(account)
                print("\n$ mailcoach scan        # again: nothing changes")
                print(summary_text(scan_account(account, config, state, ruleset)), end="")
            if args.keep:
                print(f"\nserver left running on 127.0.0.1:{port} (user {DEMO_USER}, password "
                      f"{DEMO_PASSWORD}, no TLS); Ctrl-C stops it")
                server.wait()
            return 0
        finally:
            _stop(server)


def _show_annotated(account) -> None:
    """Print the MailCoach headers of the first annotated draft, decoded for reading."""
    from ..annotate import WARNING_HEADER, header_value, read_mark
    from ..imap import connect

    session = connect(account)
    try:
        folder = session.open_drafts()
        for uid, fetched in folder.fetch(folder.uids()).items():
            mark = read_mark(fetched.raw)
            if mark and mark.rules:
                subject = header_value(fetched.raw, "Subject") or ""
                print(f"\nannotated draft (UID {uid}, {' '.join(fetched.flags)}):")
                print(f"  Subject: {_decoded(subject)}")
                print(f"  X-MailCoach-Rules: {', '.join(f'{r}={s}' for r, s in mark.rules)}")
                warning = _decoded(header_value(fetched.raw, WARNING_HEADER) or "")
                print(f"  {WARNING_HEADER} (decoded): {warning}")
                break
    finally:
        session.logout()


def _decoded(value: str) -> str:
    return str(make_header(decode_header(value.replace("\r\n", "").replace("\n", ""))))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_greeting(port: int, proc: subprocess.Popen, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ConnectError(f"the demo IMAP server (pymap) exited with status {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                if s.recv(64).startswith(b"* OK"):
                    return
        except OSError:
            time.sleep(0.1)
    raise ConnectError(f"the demo IMAP server did not answer on 127.0.0.1:{port} within {timeout:.0f} s")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
