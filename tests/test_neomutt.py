"""A real mail client end to end: neomutt, driven through tmux, against the test Dovecot.

The PM composes a risky draft with an attachment in neomutt and postpones it to Drafts over
IMAP; `mailcoach scan` marks it; neomutt recalls it (its compose screen shows the X-MailCoach-*
headers: the warning reaches the PM in the client) and sends it to an SMTP sink (aiosmtpd on
127.0.0.1). What the sink receives is checked: text and attachment intact — and the
X-MailCoach-* headers travel with the message, because neomutt keeps a recalled draft's own
header fields (send/header.c writes every user header; `unmy_hdr` and `my_hdr Name:` do not
remove them: checked here). Their values are labels, rule ids and advice only, never the
draft's text. The second test checks the neomutt recipe that sends without them
(`NEOMUTT_RECIPE`, quoted in RELIABILITY.md).

neomutt and tmux are Debian packages (CI installs both); without them the tests skip, or fail
under MAILCOACH_REQUIRE_SERVERS=1. Every wait is a deadline on what the screen shows.
"""

from __future__ import annotations

import email
import email.policy
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from pathlib import Path

import pytest
from proof_helpers import FOLDER, figures, run_main, snapshot
from servers import HOST, free_port, unavailable
from test_service import account_entry, config_toml

BODY = "李经理:\n\n这个需求不可能做,我们不接受任何变更。\n\n王\n"
RISKY_SENTENCE = "这个需求不可能做"
SUBJECT = "需求变更"
ATTACHMENT = b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n"

# The editor neomutt runs: keeps a header block (with $edit_headers) and writes the body.
EDITOR = """\
import sys
path, body = sys.argv[-1], open(sys.argv[-2], encoding="utf-8").read()
text = open(path, encoding="utf-8").read()
head = text.split("\\n\\n", 1)[0] + "\\n\\n" if ":" in text.split("\\n", 1)[0] else ""
open(path, "w", encoding="utf-8").write(head + body)
"""

# The recipe for neomutt users: `Y` in the compose menu sends without mailcoach's headers.
# <edit-headers> writes the header into the file given to $editor; the filter drops every
# X-MailCoach-* field with its folded lines and leaves the body alone.
UNMARK = """\
#!/usr/bin/perl -0pi
($h, $b) = split(/\\n\\n/, $_, 2);
$h =~ s/^X-MailCoach-[^\\n]*\\n?(?:[ \\t][^\\n]*\\n?)*//mgi;
$_ = defined $b ? "$h\\n\\n$b" : $h;
"""
NEOMUTT_RECIPE = """\
set edit_headers = yes
macro compose Y "<enter-command>set editor={unmark}<enter><edit-headers>\\
<enter-command>set editor='{editor}'<enter><send-message>" "send without X-MailCoach-*"
"""


@pytest.fixture(scope="module")
def tools() -> None:
    for tool in ("neomutt", "tmux", "perl"):
        if shutil.which(tool) is None:
            unavailable(f"{tool} is not installed (apt-get install neomutt tmux)")
    try:
        import aiosmtpd  # noqa: F401
    except ImportError:
        unavailable("aiosmtpd is not installed (pip install aiosmtpd)")


@dataclass
class Sink:
    """An SMTP server on 127.0.0.1 that keeps every message it is given."""

    port: int
    messages: list[bytes] = field(default_factory=list)
    arrived: threading.Condition = field(default_factory=threading.Condition)

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, N802 - aiosmtpd API
        with self.arrived:
            self.messages.append(envelope.original_content or envelope.content)
            self.arrived.notify_all()
        return "250 OK"

    def wait(self, count: int, timeout: float = 20) -> bytes:
        with self.arrived:
            assert self.arrived.wait_for(lambda: len(self.messages) >= count, timeout), \
                f"the SMTP sink got {len(self.messages)} message(s), not {count}"
            return self.messages[count - 1]


@pytest.fixture
def sink(tools) -> Iterator[Sink]:
    from aiosmtpd.controller import Controller

    handler = Sink(free_port())
    controller = Controller(handler, hostname=HOST, port=handler.port)
    controller.start()
    yield handler
    controller.stop()


class Neomutt:
    """neomutt in a tmux session on a private tmux socket (its own tmux server)."""

    def __init__(self, tmp: Path, muttrc: Path) -> None:
        self.socket = tmp / "tmux.sock"
        self.err = tmp / "neomutt.err"
        command = (f"env HOME={tmp} LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color"
                   f" neomutt -n -F {muttrc} 2>{self.err}")
        self.tmux("new-session", "-d", "-s", "pm", "-x", "160", "-y", "45", command)
        self.wait_for("NeoMutt: +INBOX")

    def tmux(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-S", str(self.socket), *args], capture_output=True,
                              text=True, timeout=10)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "pm", *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "pm", "-l", text)
        self.keys("Enter")

    def screen(self) -> str:
        return self.tmux("capture-pane", "-t", "pm", "-p")

    def wait_for(self, text: str, timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            if time.monotonic() > deadline:
                errors = self.err.read_text(errors="replace") if self.err.exists() else ""
                pytest.fail(f"neomutt: {text!r} not on the screen within {timeout} s\n"
                            f"{screen}\n--- stderr ---\n{errors}")
            time.sleep(0.1)

    def close(self) -> None:
        subprocess.run(["tmux", "-S", str(self.socket), "kill-server"], capture_output=True,
                       timeout=10)


def write_muttrc(tmp: Path, user, sink: Sink, extra: str = "") -> Path:
    (tmp / "editor.py").write_text(EDITOR, encoding="utf-8")
    (tmp / "body.txt").write_text(BODY, encoding="utf-8")
    muttrc = tmp / "muttrc"
    muttrc.write_text(f"""\
set folder = "imap://{user.name}@{HOST}:{user.server.port}/"
set imap_user = "{user.name}"
set imap_pass = "{user.password}"
set spoolfile = "+INBOX"
set postponed = "+{FOLDER}"
set record = ""
set smtp_url = "smtp://{HOST}:{sink.port}/"
set ssl_starttls = no
set ssl_force_tls = no
set from = "pm@ourteam.example.com"
set real_name = "Wang"
set use_from = yes
set editor = "python3 {tmp / 'editor.py'} {tmp / 'body.txt'}"
set charset = "utf-8"
set send_charset = "utf-8"
set header_cache = ""
set message_cachedir = ""
set imap_check_subscribed = no
set mail_check = 1
set timeout = 1
set postpone = yes
set recall = yes
set confirm_append = no
set delete = yes
set move = no
set sleep_time = 0
set wait_key = no
set abort_noattach = no
set ask_cc = no
set ask_bcc = no
set crypt_auto_sign = no
set crypt_auto_encrypt = no
set crypt_opportunistic_encrypt = no
{extra}""", encoding="utf-8")
    muttrc.chmod(0o600)
    return muttrc


def compose_and_postpone(mutt: Neomutt, attachment: Path) -> None:
    """m, To, Subject, (editor writes the body), attach a file, P."""
    mutt.keys("m")
    mutt.wait_for("To:")
    mutt.type("li@client-a.example.cn")
    mutt.wait_for("Subject:")
    mutt.type(SUBJECT)
    mutt.wait_for("-- Attachments")
    mutt.keys("a")
    mutt.wait_for("Attach file")
    mutt.type(str(attachment))
    mutt.wait_for(attachment.name)
    mutt.keys("P")
    mutt.wait_for("NeoMutt: +INBOX")      # back in the index: the draft went to Drafts


def drafts(user, count: int, timeout: float = 20) -> dict:
    """The Drafts folder once it holds `count` messages."""
    deadline = time.monotonic() + timeout
    while len(snap := snapshot(user)) != count:
        assert time.monotonic() < deadline, f"Drafts holds {len(snap)} messages, not {count}"
        time.sleep(0.1)
    return snap


def scan(tmp: Path, user) -> None:
    config = config_toml(tmp / "mailcoach.toml", [account_entry(user, "pm")],
                         state=tmp / "state.sqlite3")
    assert run_main(["scan", "--config", str(config)]) == 1     # risky, annotated


def header_text(msg, name: str) -> str:
    value = msg.get(name)
    return "" if value is None else str(make_header(decode_header(value)))


def parts(sent: bytes) -> tuple[email.message.Message, str, bytes | None]:
    msg = email.message_from_bytes(sent, policy=email.policy.compat32)
    text, blob = "", None
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            text += part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
        elif part.get_filename() == "plan.pdf":
            blob = part.get_payload(decode=True)
    return msg, text, blob


def recall(mutt: Neomutt) -> str:
    """R (recall-message): the one postponed draft opens in the compose menu."""
    mutt.keys("R")
    return mutt.wait_for("-- Attachments")


def test_neomutt_recalls_the_marked_draft_and_sends_it_intact(dovecot, sink, tmp_path, request):
    user = dovecot.new_user()
    attachment = tmp_path / "plan.pdf"
    attachment.write_bytes(ATTACHMENT)
    # unmy_hdr / my_hdr with an empty value: neither removes a recalled draft's own header.
    mutt = Neomutt(tmp_path, write_muttrc(tmp_path, user, sink, extra=(
        "unmy_hdr X-MailCoach-Warning\nmy_hdr X-MailCoach-Rules:\n")))
    try:
        compose_and_postpone(mutt, attachment)
        (postponed,) = drafts(user, 1).values()
        assert "\\Draft" in postponed[1] and b"X-MailCoach" not in postponed[0]

        scan(tmp_path, user)
        (marked,) = snapshot(user).values()
        assert b"X-MailCoach-Warning:" in marked[0] and "\\Seen" not in marked[1]

        screen = recall(mutt)
        assert "X-MailCoach-Warning: 当场回绝 / flat refusal" in screen   # the PM sees it
        assert "plan.pdf" in screen
        mutt.keys("y")
        sent = sink.wait(1)
    finally:
        mutt.close()
    msg, text, blob = parts(sent)
    assert RISKY_SENTENCE in text and blob == ATTACHMENT           # text and attachment intact
    assert header_text(msg, "Subject") == SUBJECT
    ours = {name: header_text(msg, name) for name in ("X-MailCoach-Warning", "X-MailCoach-Rules",
                                                      "X-MailCoach-Checked")}
    travels = all(ours.values())
    assert travels, "neomutt dropped mailcoach's headers: update RELIABILITY.md Known limits"
    assert "flat refusal" in ours["X-MailCoach-Warning"]
    assert ours["X-MailCoach-Rules"] == "refusal=medium"
    assert not any(RISKY_SENTENCE in value or "李经理" in value for value in ours.values())
    drafts(user, 0)                 # neomutt removed the recalled draft from Drafts when sending
    figures(request.config).record("neomutt", headers_travel=travels,
                                   headers=sorted(ours), draft_text_in_headers=False,
                                   attachment_intact=True, unmy_hdr_removes_them=False)


def test_a_neomutt_macro_sends_the_draft_without_mailcoach_headers(dovecot, sink, tmp_path,
                                                                    request):
    user = dovecot.new_user()
    attachment = tmp_path / "plan.pdf"
    attachment.write_bytes(ATTACHMENT)
    unmark = tmp_path / "mailcoach-unmark"
    unmark.write_text(UNMARK, encoding="utf-8")
    unmark.chmod(0o700)
    editor = f"python3 {tmp_path / 'editor.py'} {tmp_path / 'body.txt'}"
    mutt = Neomutt(tmp_path, write_muttrc(tmp_path, user, sink, extra=NEOMUTT_RECIPE.format(
        unmark=unmark, editor=editor)))
    try:
        compose_and_postpone(mutt, attachment)
        drafts(user, 1)
        scan(tmp_path, user)
        assert "X-MailCoach-Warning" in recall(mutt)
        mutt.keys("Y")
        sent = sink.wait(1)
    finally:
        mutt.close()
    msg, text, blob = parts(sent)
    assert not [k for k in msg.keys() if k.lower().startswith("x-mailcoach-")]
    assert RISKY_SENTENCE in text and blob == ATTACHMENT
    assert header_text(msg, "Subject") == SUBJECT and msg["To"] == "li@client-a.example.cn"
    figures(request.config).record("neomutt-recipe", headers_removed=True, attachment_intact=True)
