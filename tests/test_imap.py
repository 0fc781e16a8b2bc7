"""The IMAP side against real servers on loopback (Dovecot full and restricted, pymap), a proxy that
rewrites or cuts the stream, and a scripted fake for what no real server here offers."""

from __future__ import annotations

import logging
import re
import secrets
import socket
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest
import servers

from mailcoach import __version__
from mailcoach.config import Account
from mailcoach.errors import AuthError, CapabilityMissing, ConnectError, FolderError, ImapError
from mailcoach.imap import FolderStatus, ImapSession, abort_session, connect
from servers import (  # the fixtures come from tests/conftest.py
    HOST,
    Dovecot,
    FakeImapServer,
    ImapProxy,
    TestUser,
    cut_after,
    cut_at,
    delay_at,
    free_port,
    replace_greeting,
    strip_appenduid,
    unavailable,
)

# What each variant advertises (measured; see tests/servers.py) and what that means for mailcoach.
EXPECTED = {
    "dovecot": {"has": {"UIDPLUS", "CONDSTORE", "SPECIAL-USE", "IDLE", "UNSELECT", "MOVE", "ID",
                        "ENABLE"},
                "lacks": set(), "keywords": True},
    "dovecot-restricted": {"has": {"IDLE", "UNSELECT", "SPECIAL-USE", "ID", "ENABLE"},
                           "lacks": {"UIDPLUS", "CONDSTORE", "QRESYNC", "MOVE"}, "keywords": True},
    "pymap": {"has": {"UIDPLUS", "IDLE", "ID", "MOVE"},
              "lacks": {"SPECIAL-USE", "CONDSTORE", "UNSELECT", "NAMESPACE"}, "keywords": False},
}
CST = timezone(timedelta(hours=8))


def draft(n: int, op: str | None = None, body: str = "请在周五前确认报价。") -> bytes:
    """A small Chinese draft, CRLF line ends as IMAP stores them."""
    extra = f"X-MailCoach-Checked: v=1; hash=abc; op={op}\r\n" if op else ""
    return (f"From: pm@example.com\r\nTo: client@example.org\r\n"
            f"Subject: =?UTF-8?B?5oql5Lu3?= {n}\r\n"
            f"Message-ID: <draft{n}@example.com>\r\n{extra}MIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            f"{body}\r\n").encode("utf-8")


def account_at(port: int, **overrides: object) -> Account:
    """An account for a server that is not a TestUser's (the fake, a silent socket, a free port)."""
    settings = {"name": "fake", "host": HOST, "port": port, "username": "pm", "security": "none",
                "password_command": ("printf", "%s", "fake-pw"), "timeout": 5.0, **overrides}
    return Account(**settings)


def flags_of(user: TestUser, folder: str, uid: int) -> set[str] | None:
    """Flags of one message as a second client sees them (None when it is gone)."""
    c = user.client()
    try:
        c.select_folder(folder, readonly=True)
        got = c.get_flags([uid]).get(uid)
        return None if got is None else {f.decode() for f in got}
    finally:
        c.logout()


def uids_of(user: TestUser, folder: str = "Drafts") -> list[int]:
    c = user.client()
    try:
        c.select_folder(folder, readonly=True)
        return sorted(c.search(["ALL"]))
    finally:
        c.logout()


# --- connecting and capabilities ------------------------------------------------------------------

def test_connect_reports_what_the_server_advertises(imap_user):
    expected = EXPECTED[imap_user.server.kind]
    with connect(imap_user.account()) as session:
        assert expected["has"] <= session.capabilities
        assert not expected["lacks"] & session.capabilities
        assert all(c == c.upper() for c in session.capabilities)
        assert not session.looks_like_exchange
        if imap_user.server.kind.startswith("dovecot"):
            assert session.server_id.get("name") == "Dovecot"   # ID was sent and answered


def test_wrong_password_is_auth_error_without_the_password(imap_user):
    wrong = "Wr0ng-" + secrets.token_hex(4)
    acct = imap_user.account(password_command=("printf", "%s", wrong))
    with pytest.raises(AuthError) as err:
        connect(acct)
    assert wrong not in str(err.value) and imap_user.password not in str(err.value)
    assert "login refused" in str(err.value) and "\n" not in str(err.value)


def test_refused_port_is_connect_error_at_once():
    acct = account_at(free_port())
    started = time.monotonic()
    with pytest.raises(ConnectError, match="connection refused"):
        connect(acct)
    assert time.monotonic() - started < 2


def test_silent_server_times_out_within_the_timeout():
    # A listening socket that never accepts: the TCP handshake completes but no greeting comes.
    with socket.socket() as silent:
        silent.bind((HOST, 0))
        silent.listen(1)
        acct = account_at(silent.getsockname()[1])
        started = time.monotonic()
        with pytest.raises(ConnectError, match="timed out after 0.5 s"):
            connect(acct, timeout=0.5)
        assert time.monotonic() - started < 2.5


def test_unknown_host_is_connect_error(monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(ConnectError, match="imap.example.invalid.*cannot resolve the host name"):
        connect(account_at(993, host="imap.example.invalid", security="tls"))


def test_non_ascii_password_logs_in_with_sasl_plain(dovecot):
    user = dovecot.user("nonascii")
    assert not user.password.isascii()
    with connect(user.account()) as session:
        assert session.find_drafts_folder() == "Drafts"


def test_debug_logs_carry_neither_password_nor_draft_text(dovecot, caplog):
    user = dovecot.new_user()
    marker = "只在正文里出现的句子"
    for name in ("", "imapclient", "mailcoach"):     # whatever other tests did to these loggers
        caplog.set_level(logging.DEBUG, logger=name)
    mailcoach_log = logging.getLogger("mailcoach")   # the CLI may have stopped its propagation
    mailcoach_log.addHandler(caplog.handler)
    try:
        with connect(user.account()) as session:
            folder = session.open_drafts()
            uid = folder.append(draft(1, body=marker), ["\\Draft"], None)
            assert marker.encode() in folder.fetch([uid])[uid].raw
            folder.find_by_header("Message-ID", "<draft1@example.com>")
    finally:
        mailcoach_log.removeHandler(caplog.handler)
    assert "LOGIN" in caplog.text and "logged in as" in caplog.text   # the logs were on ...
    assert user.password not in caplog.text                            # ... without the password
    assert marker not in caplog.text and "5oql5Lu3" not in caplog.text  # ... or message text


def test_exchange_greeting_is_recognised(dovecot):
    user = dovecot.new_user()
    greeting = b"* OK The Microsoft Exchange IMAP4 service is ready. [TQBOADIAUAA=]"
    with ImapProxy(dovecot.port, server_hook=replace_greeting(greeting)) as proxy:
        with connect(user.account(port=proxy.port)) as session:
            assert session.looks_like_exchange


# --- TLS ------------------------------------------------------------------------------------------

def test_starttls_refuses_a_server_without_starttls_and_never_sends_login(dovecot):
    user = dovecot.new_user()
    with ImapProxy(dovecot.port) as proxy:
        with pytest.raises(ConnectError, match="does not offer STARTTLS; refusing to log in"):
            connect(user.account(port=proxy.port, security="starttls"))
        sent = b"".join(c.sent_by_client() for c in proxy.connections).upper()
    assert b"CAPABILITY" in sent and b"LOGOUT" in sent          # the transcript saw the session ...
    assert b"LOGIN" not in sent and b"AUTHENTICATE" not in sent   # ... and no credentials in it
    assert user.password.upper().encode() not in sent


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_private_ca_is_refused_by_default_and_trusted_with_tls_ca_file(dovecot_tls, security):
    user = dovecot_tls.new_user()
    port = dovecot_tls.tls_port if security == "tls" else dovecot_tls.port
    with pytest.raises(ConnectError, match="certificate not trusted.*set tls_ca_file"):
        connect(user.account(port=port, security=security))
    acct = user.account(port=port, security=security, tls_ca_file=dovecot_tls.ca_file)
    with connect(acct) as session:
        assert session.find_drafts_folder() == "Drafts"


# --- finding the Drafts folder --------------------------------------------------------------------

@pytest.mark.parametrize("configured, expected", [
    (None, "Drafts"),              # SPECIAL-USE on Dovecot, the usual name on pymap
    ("草稿箱", "草稿箱"),            # a CJK name, sent as modified UTF-7
    ("&g0l6P3ux-", "草稿箱"),       # the wire form copied from another tool
    ("Sent", "Sent"),
])
def test_find_drafts_folder(imap_user, configured, expected):
    with connect(imap_user.account()) as session:
        assert session.find_drafts_folder(configured) == expected


def test_missing_configured_folder_is_folder_error_naming_it(imap_user):
    with connect(imap_user.account()) as session:
        with pytest.raises(FolderError, match="drafts_folder 'Entwürfe' does not exist"):
            session.find_drafts_folder("Entwürfe")
        with pytest.raises(FolderError, match="SELECT in 'Entwürfe' failed"):
            session.open_drafts("Entwürfe")
    c = imap_user.client()
    try:
        assert "Entwürfe" not in {name for _, _, name in c.list_folders()}     # not created
    finally:
        c.logout()


def test_cjk_folder_round_trip(imap_user):
    with connect(imap_user.account(drafts_folder="草稿箱")) as session:
        folder = session.open_drafts()
        assert folder.name == "草稿箱"
        uid = folder.append(draft(7), ["\\Draft"], None) or folder.find_by_header(
            "Message-ID", "<draft7@example.com>")[0]
        assert folder.fetch([uid])[uid].raw == draft(7)
    assert len(uids_of(imap_user, "草稿箱")) == 1 and uids_of(imap_user, "Drafts") == []


LIST_CASES = [
    # (LIST lines, XLIST lines, expected folder)
    ([b'* LIST (\\HasNoChildren) "/" "Drafts"',
      b'* LIST (\\HasNoChildren \\drafts) "/" "&g0l6Pw-"'],
     None, "草稿"),                                   # attribute (any case) beats the usual name
    ([b'* LIST (\\Noselect \\HasChildren) "." "Drafts"',
      b'* LIST (\\HasNoChildren) "." "INBOX.Drafts"'],
     None, "INBOX.Drafts"),                           # \Noselect skipped
    ([b'* LIST (\\HasNoChildren) "/" "[Gmail]/&g0l6Pw-"', b'* LIST () "/" "INBOX"'],
     None, "[Gmail]/草稿"),
    ([b'* LIST (\\HasNoChildren) "/" "DRAFTS"'], None, "DRAFTS"),   # ASCII case-insensitive
    ([b'* LIST () "/" "Entw&APw-rfe"'], [b'* XLIST (\\Drafts) "/" "Entw&APw-rfe"'], "Entwürfe"),
]


@pytest.mark.parametrize("list_lines, xlist_lines, expected", LIST_CASES)
def test_find_drafts_folder_rules(list_lines, xlist_lines, expected):
    responders = {"LIST": lambda cmd, st: (list_lines, b"OK listed")}
    caps = "IMAP4rev1"
    if xlist_lines is not None:
        caps += " XLIST"
        responders["XLIST"] = lambda cmd, st: (xlist_lines, b"OK listed")
    with FakeImapServer(caps, responders=responders) as fake:
        with connect(account_at(fake.port)) as session:
            assert session.find_drafts_folder() == expected
        assert not {"CREATE", "DELETE", "RENAME"} & set(fake.verbs())


def test_no_drafts_folder_asks_for_drafts_folder():
    responders = {"LIST": lambda cmd, st: ([b'* LIST () "/" "INBOX"', b'* LIST () "/" "Notes"'],
                                           b"OK listed")}
    with FakeImapServer("IMAP4rev1", responders=responders) as fake:
        with connect(account_at(fake.port)) as session:
            with pytest.raises(FolderError, match=r"set drafts_folder .*'INBOX', 'Notes'"):
                session.find_drafts_folder()


# --- reading --------------------------------------------------------------------------------------

def test_fetch_returns_bytes_flags_date_and_never_sets_seen(imap_user):
    when = datetime(2024, 3, 5, 9, 30, 0, tzinfo=CST)
    [uid] = imap_user.seed("Drafts", [draft(1)], flags=[["\\Draft"]], dates=[when])
    with connect(imap_user.account()) as session:
        folder = session.open_drafts()
        got = folder.fetch([uid])[uid]
        meta = folder.fetch_meta([uid])[uid]
        headers = folder.fetch_header_fields([uid], ["Message-ID", "Subject"])[uid]
    assert got.raw == draft(1) and got.uid == uid
    assert got.flags == ("\\Draft",) and got.internaldate == when and got.internaldate.tzinfo
    assert meta[:3] == (("\\Draft",), when, len(draft(1)))
    condstore = "CONDSTORE" in session.capabilities
    assert (got.modseq is not None) == condstore == (meta[3] is not None)
    assert b"Message-ID: <draft1@example.com>\r\n" in headers and b"Subject: " in headers
    assert b"To:" not in headers
    assert flags_of(imap_user, "Drafts", uid) == {"\\Draft"}     # still unread for the PM's client


def test_fetch_of_missing_uids_leaves_them_out(imap_user):
    [uid] = imap_user.seed("Drafts", [draft(1)])
    with connect(imap_user.account()) as session:
        folder = session.open_drafts()
        assert folder.uids() == [uid]
        assert set(folder.fetch([uid, uid + 50])) == {uid}
        assert set(folder.fetch_meta([uid + 50])) == set()


def test_status_before_and_after_open(imap_user):
    with connect(imap_user.account()) as session:
        before = session.status("Drafts")
        folder = session.open_drafts()
        assert folder.status() == before                  # re-SELECT gives the same numbers
        imap_user.seed("Drafts", [draft(1)])              # another client adds a draft
        after = folder.status()
    condstore = "CONDSTORE" in session.capabilities
    assert isinstance(before, FolderStatus) and before.messages == 0
    assert (after.messages, after.uidvalidity) == (1, before.uidvalidity)
    assert after.uidnext > before.uidnext
    assert (after.highestmodseq is not None) == condstore
    if condstore:
        assert after.highestmodseq > before.highestmodseq


# --- writing --------------------------------------------------------------------------------------

def test_append_keeps_flags_and_internaldate(imap_user):
    when = datetime(2023, 12, 31, 23, 59, 58, tzinfo=CST)
    with connect(imap_user.account()) as session:
        folder = session.open_drafts()
        keywords_ok = "\\*" in folder.permanentflags
        uid = folder.append(draft(2), ["\\Draft", "\\Seen", "$MailCoachRisky", "\\Recent"], when)
        uid = uid or folder.find_by_header("Message-ID", "<draft2@example.com>")[0]
        got = folder.fetch([uid])[uid]
    assert keywords_ok == EXPECTED[imap_user.server.kind]["keywords"]
    assert got.raw == draft(2) and got.internaldate == when
    assert {"\\Draft", "\\Seen"} <= set(got.flags) and "\\Recent" not in got.flags
    if keywords_ok:
        assert "$MailCoachRisky" in got.flags


def test_append_returns_a_uid_only_with_advertised_uidplus(imap_user):
    with connect(imap_user.account()) as session:
        folder = session.open_drafts()
        uid = folder.append(draft(3, op="v1.aaa"), ["\\Draft"], None)
        [found] = folder.find_by_header("X-MailCoach-Checked", "op=v1.aaa")
    if "UIDPLUS" in session.capabilities:
        assert uid == found
    else:
        assert uid is None
        # ... although the server did answer with APPENDUID (Dovecot always does):
        c = imap_user.client()
        try:
            assert b"[APPENDUID " in c.append("Drafts", draft(4))
        finally:
            c.logout()


def skew_appenduid(conn, kind, data):
    """Server hook: APPENDUID for another UIDVALIDITY (DavMail once swapped the two numbers)."""
    return re.sub(rb"\[APPENDUID (\d+) ", lambda m: b"[APPENDUID %d " % (int(m.group(1)) + 1), data)


@pytest.mark.parametrize("hook", [strip_appenduid, skew_appenduid], ids=["no-appenduid", "skewed"])
def test_append_without_a_trustworthy_appenduid_returns_none(dovecot, hook):
    user = dovecot.new_user()
    with ImapProxy(dovecot.port, server_hook=hook) as proxy:
        with connect(user.account(port=proxy.port)) as session:
            folder = session.open_drafts()
            assert "UIDPLUS" in folder.capabilities
            assert folder.append(draft(1, op="v1.bbb"), ["\\Draft"], None) is None
            assert folder.find_by_header("X-MailCoach-Checked", "op=v1.bbb") == uids_of(user)
        assert b"[APPENDUID " in proxy.connections[0].sent_by_server()   # the server did send one


def test_find_by_header_matches_substring_and_only_that_message(imap_user):
    imap_user.seed("Drafts", [draft(1, op="v1.one"), draft(2, op="v1.two"), draft(3)])
    with connect(imap_user.account()) as session:
        folder = session.open_drafts()
        uids = folder.uids()
        assert folder.find_by_header("X-MailCoach-Checked", "op=v1.two") == [uids[1]]
        assert folder.find_by_header("x-mailcoach-checked", "OP=V1.ONE") == [uids[0]]
        assert folder.find_by_header("X-MailCoach-Checked", "op=v1.three") == []
        assert folder.find_by_header("X-MailCoach-Checked", "v1.") == uids[:2]


def test_find_by_header_falls_back_when_search_is_refused(dovecot):
    user = dovecot.new_user()
    user.seed("Drafts", [draft(1, op="v1.one"), draft(2, op="v1.two")])

    def break_search(conn, kind, data):   # the server then answers BAD to our SEARCH HEADER
        return data.replace(b"SEARCH HEADER", b"SEARCH XHEADER") if kind == "line" else data

    with ImapProxy(dovecot.port, client_hook=break_search) as proxy:
        with connect(user.account(port=proxy.port)) as session:
            folder = session.open_drafts()
            assert folder.find_by_header("X-MailCoach-Checked", "op=v1.two") == [uids_of(user)[1]]
        sent = proxy.connections[0].sent_by_client()
    # the proxy records what the client sent, before the hook broke it
    assert b"UID SEARCH HEADER X-MailCoach-Checked" in sent
    assert b"UID FETCH 1,2 (BODY.PEEK[HEADER.FIELDS (X-MAILCOACH-CHECKED)])" in sent


def test_expunge_one_removes_only_that_message(imap_user):
    a, b, c = imap_user.seed("Drafts", [draft(1), draft(2), draft(3)])
    other = imap_user.client()              # another client marks b \Deleted and leaves it there
    other.select_folder("Drafts")
    other.add_flags([b], [b"\\Deleted"])
    other.logout()
    with connect(imap_user.account()) as session:
        folder = session.open_drafts()
        assert folder.mark_deleted(a) is True
        if "UIDPLUS" in session.capabilities:
            folder.expunge_one(a)
            assert uids_of(imap_user) == [b, c]
        else:
            with pytest.raises(CapabilityMissing, match="UIDPLUS.*stays marked"):
                folder.expunge_one(a)
            assert uids_of(imap_user) == [a, b, c]
            assert "\\Deleted" in flags_of(imap_user, "Drafts", a)
        folder.close()                      # never CLOSE: b (and a, without UIDPLUS) survive
    assert b in uids_of(imap_user)


def test_mark_deleted_unchanged_since(imap_user):
    [uid] = imap_user.seed("Drafts", [draft(1)], flags=[["\\Draft"]])
    with connect(imap_user.account()) as session:
        folder = session.open_drafts()
        modseq = folder.fetch_meta([uid])[uid][3]
        other = imap_user.client()          # the PM's client touches the draft meanwhile
        other.select_folder("Drafts")
        other.add_flags([uid], [b"\\Flagged"])
        other.logout()
        if "CONDSTORE" in session.capabilities:
            assert folder.mark_deleted(uid, unchanged_since=modseq) is False
            assert "\\Deleted" not in flags_of(imap_user, "Drafts", uid)
            fresh = folder.fetch_meta([uid])[uid][3]
            assert folder.mark_deleted(uid, unchanged_since=fresh) is True
        else:   # no mod-sequences: the store is unconditional
            assert modseq is None
            assert folder.mark_deleted(uid, unchanged_since=1) is True
        assert "\\Deleted" in flags_of(imap_user, "Drafts", uid)
        assert folder.mark_deleted(uid + 100) is False     # gone: nothing was marked


def test_add_and_remove_flags(imap_user):
    a, b = imap_user.seed("Drafts", [draft(1), draft(2)], flags=[["\\Draft"], ["\\Draft"]])
    with connect(imap_user.account()) as session:
        folder = session.open_drafts()
        folder.add_flags([a, b], ["\\Flagged"])
        folder.remove_flags([b], ["\\Flagged", "\\Draft"])
    assert flags_of(imap_user, "Drafts", a) == {"\\Draft", "\\Flagged"}
    assert flags_of(imap_user, "Drafts", b) == set()


def test_close_leaves_the_session_usable_only_with_unselect(imap_user):
    with connect(imap_user.account()) as session:
        folder = session.open_drafts()
        folder.close()
        folder.close()                      # twice is fine
        if "UNSELECT" in session.capabilities:
            assert session.status("Drafts").messages == 0
            assert session.open_drafts().name == "Drafts"
        else:
            with pytest.raises(ImapError, match="connection is closed"):
                session.status("Drafts")


# --- waiting and failures -------------------------------------------------------------------------

def test_idle_wait_returns_true_on_a_new_draft_and_false_on_silence(imap_user):
    with connect(imap_user.account()) as session:
        folder = session.open_drafts()
        started = time.monotonic()
        assert session.idle_wait(0.3) is False
        assert 0.25 < time.monotonic() - started < 2
        timer = threading.Timer(0.2, lambda: imap_user.seed("Drafts", [draft(9)]))
        timer.start()
        try:
            started = time.monotonic()
            assert session.idle_wait(10) is True
            assert time.monotonic() - started < 8
        finally:
            timer.join()
        assert len(folder.uids()) == 1
        # A change that arrived with an earlier command's answer is not lost.
        imap_user.seed("Drafts", [draft(10)])
        folder.noop()
        started = time.monotonic()
        assert session.idle_wait(10) is True and time.monotonic() - started < 1


@pytest.mark.parametrize("security", ["none", "tls"])
def test_abort_session_ends_a_blocked_idle_wait(dovecot_tls, security):
    user = dovecot_tls.new_user()
    port = dovecot_tls.tls_port if security == "tls" else dovecot_tls.port
    session = connect(user.account(port=port, security=security, tls_ca_file=dovecot_tls.ca_file))
    session.open_drafts()
    timer = threading.Timer(0.3, abort_session, args=(session,))
    timer.start()
    started = time.monotonic()
    try:
        with pytest.raises(ConnectError):
            session.idle_wait(20)
        assert time.monotonic() - started < 3
    finally:
        timer.join()
        session.logout()
    abort_session(session)   # on a closed session: nothing happens


def test_dropped_connection_is_connect_error(dovecot):
    user = dovecot.new_user()
    [uid] = user.seed("Drafts", [draft(1)])
    with ImapProxy(dovecot.port, client_hook=cut_at(b"BODY.PEEK[]")) as proxy:
        session = connect(user.account(port=proxy.port))
        folder = session.open_drafts()
        with pytest.raises(ConnectError, match="connection lost|network error"):
            folder.fetch([uid])
        folder.close()                     # closing a dead connection does not raise
        session.logout()


def test_slow_answer_mid_session_times_out(dovecot):
    user = dovecot.new_user()
    [uid] = user.seed("Drafts", [draft(1)])
    with ImapProxy(dovecot.port, server_hook=delay_at(b"FETCH (", 0.6)) as proxy:
        with connect(user.account(port=proxy.port), timeout=0.2) as session:
            folder = session.open_drafts()
            started = time.monotonic()
            with pytest.raises(ConnectError, match="timed out after 0.2 s while FETCH messages"):
                folder.fetch([uid])
            assert time.monotonic() - started < 0.55   # well before the answer would come


def test_connection_cut_in_the_greeting_is_connect_error(dovecot):
    with ImapProxy(dovecot.port, server_hook=cut_after(6)) as proxy:
        with pytest.raises(ConnectError, match="connect"):
            connect(dovecot.new_user().account(port=proxy.port))
        assert proxy.connections[0].sent_by_server().startswith(b"* OK")
        assert proxy.connections[0].closed.wait(2)


def test_server_restart_surfaces_as_connect_error_and_reconnect_sees_the_mail():
    server = Dovecot()
    try:
        server.start()
    except Exception as exc:  # noqa: BLE001 - ServerUnavailable or a start failure
        server.cleanup()
        unavailable(f"dovecot: {exc}")
    try:
        user = server.new_user()
        [uid] = user.seed("Drafts", [draft(1)])
        idling, busy = connect(user.account()), connect(user.account())
        idling.open_drafts()
        folder = busy.open_drafts()
        timer = threading.Timer(0.3, server.restart)
        timer.start()
        started = time.monotonic()
        try:
            with pytest.raises(ConnectError):        # what the service's IDLE watch sees
                idling.idle_wait(20)
            assert time.monotonic() - started < 5
        finally:
            timer.join()
        with pytest.raises(ConnectError):            # what a kept scan connection sees
            folder.noop()
        idling.logout()
        busy.logout()
        with connect(user.account()) as again:
            assert again.open_drafts().uids() == [uid]
    finally:
        server.cleanup()


# --- what only the scripted fake can show ---------------------------------------------------------

def test_id_is_sent_before_select_with_plain_ascii_values():
    # NetEase (163/126) answers SELECT with "NO Unsafe Login" unless ID came first.
    def select(cmd, state):
        if "id" not in state:
            return [], b"NO SELECT Unsafe Login. Please contact kefu@188.com for help"
        return ([b"* 0 EXISTS", b"* OK [UIDVALIDITY 3] ok", b"* OK [UIDNEXT 1] ok"],
                b"OK [READ-WRITE] ok")

    with FakeImapServer("IMAP4rev1 ID UIDPLUS", responders={"SELECT": select}) as fake:
        with connect(account_at(fake.port)) as session:
            assert session.open_drafts("草稿箱").uidvalidity == 3
        [id_cmd] = [c for c in fake.commands if c.verb == "ID"]
        assert id_cmd.raw.split(b" ", 1)[1] == (
            f'ID ("name" "mailcoach" "version" "{__version__}")\r\n'.encode("ascii"))
        assert fake.verbs().index("ID") < fake.verbs().index("SELECT")
        [select_cmd] = [c for c in fake.commands if c.verb == "SELECT"]
        assert b'"&g0l6P3ux-"' in select_cmd.raw


def test_idle_wait_needs_advertised_idle():
    with FakeImapServer("IMAP4rev1") as fake:
        with connect(account_at(fake.port)) as session:
            session.open_drafts("Drafts")
            with pytest.raises(CapabilityMissing, match="IDLE"):
                session.idle_wait(1)
        assert "IDLE" not in fake.verbs()


def test_oauth2_token_goes_to_authenticate_xoauth2():
    with FakeImapServer("IMAP4rev1 AUTH=XOAUTH2") as fake:
        acct = account_at(fake.port, username="pm@example.com", password_command=None,
                          oauth2_token_command=("printf", "%s", "ya29.tok"))
        with connect(acct) as session:
            assert isinstance(session, ImapSession)
        [auth] = [c for c in fake.commands if c.verb == "AUTHENTICATE"]
    assert auth.raw.split(b" ")[2].strip() == b"XOAUTH2" and "LOGIN" not in fake.verbs()
    assert fake.auth_payloads == [b"user=pm@example.com\x01auth=Bearer ya29.tok\x01\x01"]


def test_unchangedsince_store_and_modified_set():
    def store(cmd, state):
        return [], b"OK [MODIFIED 3,7:9] Conditional STORE failed"

    with FakeImapServer("IMAP4rev1 CONDSTORE ENABLE", responders={"UID STORE": store}) as fake:
        with connect(account_at(fake.port)) as session:
            folder = session.open_drafts("Drafts")
            assert folder.mark_deleted(8, unchanged_since=41) is False
        [cmd] = [c for c in fake.commands if c.verb == "UID STORE"]
    assert cmd.raw.split(b" ", 1)[1] == (
        b"UID STORE 8 (UNCHANGEDSINCE 41) +FLAGS.SILENT (\\Deleted)\r\n")
    assert "ENABLE" in fake.verbs()          # CONDSTORE was enabled before SELECT
    assert fake.verbs().index("ENABLE") < fake.verbs().index("SELECT")


def replace_server(appenduid: bytes) -> FakeImapServer:
    def replace(cmd, state):
        return [b"* OK " + appenduid + b" Replacement Message ready", b"* 2 EXISTS",
                b"* 1 EXPUNGE"], b"OK Replace completed"
    return FakeImapServer("IMAP4rev1 UIDPLUS REPLACE UNSELECT", responders={"UID REPLACE": replace})


@pytest.mark.parametrize("appenduid, expected", [
    (b"[APPENDUID 7 9]", 9),
    (b"[APPENDUID 8 9]", None),        # another UIDVALIDITY than the selected 7: not trusted
    (b"", None),
])
def test_replace_sends_uid_replace_and_reads_appenduid(appenduid, expected):
    when = datetime(2024, 3, 5, 9, 30, 0, tzinfo=CST)
    raw = draft(1)
    with replace_server(appenduid) as fake:
        with connect(account_at(fake.port)) as s:
            folder = s.open_drafts("Drafts")
            flags = ["\\Draft", "$MailCoachRisky", "\\Recent"]
            assert folder.replace(4, raw, flags, when) == expected
        [cmd] = [c for c in fake.commands if c.verb == "UID REPLACE"]
    head = cmd.raw.split(b" ", 1)[1]
    assert head == (b'UID REPLACE 4 "Drafts" (\\Draft $MailCoachRisky) '
                    b'"05-Mar-2024 09:30:00 +0800" {%d}\r\n' % len(raw) + raw + b"\r\n")
    assert cmd.literals == [raw]


def test_replace_without_the_capability_sends_nothing(dovecot):
    user = dovecot.new_user()
    [uid] = user.seed("Drafts", [draft(1)])
    with ImapProxy(dovecot.port) as proxy:
        with connect(user.account(port=proxy.port)) as session:
            folder = session.open_drafts()
            with pytest.raises(CapabilityMissing, match="REPLACE"):
                folder.replace(uid, draft(2), [], None)
        sent = proxy.connections[0].sent_by_client()
        assert b"SELECT" in sent and b"REPLACE" not in sent
    assert uids_of(user) == [uid]


# --- the harness's own contract -------------------------------------------------------------------

@pytest.mark.parametrize("required, outcome", [(False, pytest.skip.Exception),
                                               (True, pytest.fail.Exception)])
def test_missing_server_software_skips_or_fails_under_ci(monkeypatch, required, outcome):
    monkeypatch.setattr(servers, "REQUIRE_SERVERS", required)
    monkeypatch.setattr(servers, "find_dovecot", lambda: None)
    with pytest.raises(outcome, match="dovecot is not installed"):
        next(servers._serve(Dovecot()))


def test_first_start_moves_on_when_another_server_took_the_port(monkeypatch):
    real_free_port = servers.free_port
    with FakeImapServer("IMAP4rev1") as squatter:      # answers greetings, refuses our users
        ports = iter([squatter.port])
        monkeypatch.setattr(servers, "free_port", lambda: next(ports, None) or real_free_port())
        server = Dovecot()
        try:
            server.start()
        except servers.ServerUnavailable as exc:
            server.cleanup()
            unavailable(f"dovecot: {exc}")
        try:
            assert server.port != squatter.port
            assert "LOGIN" in squatter.verbs() or "AUTHENTICATE" in squatter.verbs()
            server.client("alice").logout()
        finally:
            server.cleanup()
