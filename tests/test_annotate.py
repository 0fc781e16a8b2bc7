"""annotate.py: the marks mailcoach splices into a draft's raw bytes, and their exact removal.

What a user relies on: the draft's own bytes never change (body, attachments, other headers),
a re-scan never stacks marks, strip() gives back exactly what was there, and the headers are
safe to leak (ASCII, folded, nothing from the draft's text).
"""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import re

import pytest

from mailcoach.annotate import (
    CHECKED_HEADER,
    DEFAULT_SUBJECT_TAG,
    NOTE_BEGIN,
    NOTE_END,
    OP_TOKEN_RE,
    RULES_HEADER,
    WARNING_HEADER,
    Mark,
    WarningItem,
    annotate,
    content_hash,
    header_value,
    new_op_token,
    read_mark,
    strip,
    warning_items,
    warning_text,
)

REFUSAL = WarningItem(
    "refusal", "high", "当场回绝", "flat refusal",
    "留有缓冲:说明会评估并给出答复日期。 / Leave a buffer: say you will assess it and reply by a date.",
)
ARGUE = WarningItem(
    "argue", "medium", "据理力争", "arguing", "谦虚礼让,先认可对方。 / Be modest; acknowledge them first."
)
WARNINGS = (REFUSAL, ARGUE)
OP = "v1.0123456789abcdef0123456789abcdef"
VERSION = "0.1.0"
OURS = ("x-mailcoach-warning", "x-mailcoach-rules", "x-mailcoach-checked")


def msg(*lines: str | bytes, nl: str = "\r\n", final: bool = True) -> bytes:
    """Join lines with nl (str lines are UTF-8); `final` adds a line ending after the last one."""
    parts = [line.encode("utf-8") if isinstance(line, str) else line for line in lines]
    data = nl.encode().join(parts)
    return data + nl.encode() if final and lines else data


def b64w(text: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="


PLAIN_BODY = "你好,王经理:\n这个需求我们做不了。\n小李"


def plain(nl="\r\n", charset="utf-8", cte="8bit", body=PLAIN_BODY):
    cte_line = [f"Content-Transfer-Encoding: {cte}"] if cte else []
    encoded = body.encode("utf-8") if charset == "utf-8" else body.encode(charset)
    return msg(
        "From: Li Ming <pm@example.com>",
        "To: wang@client.example",
        "Subject: " + b64w("关于二期需求", "utf-8"),
        "Message-ID: <draft.1@example.com>",
        "MIME-Version: 1.0",
        f"Content-Type: text/plain; charset={charset}",
        *cte_line,
        "",
        *encoded.split(b"\n"),
        nl=nl,
    )


def multipart(nl="\r\n"):
    """multipart/mixed: alternative (text/plain QP + html) and a base64 attachment."""
    pdf = base64.encodebytes(bytes(range(256)) * 4).decode().rstrip("\n").split("\n")
    return msg(
        "From: pm@example.com",
        "To: client@example.org",
        "Subject: weekly report",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="==outer=="',
        "",
        "This is a multi-part message in MIME format.",
        "--==outer==",
        "Content-Type: multipart/alternative; boundary=inner",
        "",
        "--inner",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "Hello,=20",
        "the report is attached. Caf=C3=A9 at 10.",
        "--inner",
        "Content-Type: text/html; charset=UTF-8",
        "",
        "<p>Hello, the report is attached.</p>",
        "--inner--",
        "",
        "--==outer==",
        "Content-Type: application/pdf; name=report.pdf",
        "Content-Disposition: attachment; filename=report.pdf",
        "Content-Transfer-Encoding: base64",
        "",
        *pdf,
        "--==outer==--",
        "",
        nl=nl,
    )


def header_end(raw: bytes) -> int:
    """Offset just past the blank line that ends the top-level header block."""
    for sep in (b"\r\n\r\n", b"\n\n"):
        i = raw.find(sep)
        if i >= 0:
            return i + len(sep)
    raise AssertionError("no blank line")


def header_lines(raw: bytes) -> list[bytes]:
    block = raw[: header_end(raw)] if (b"\n\n" in raw or b"\r\n\r\n" in raw) else raw
    return block.splitlines()


def our_lines(raw: bytes) -> list[bytes]:
    """Physical lines of mailcoach's fields (first lines and their continuations)."""
    out, inside = [], False
    for line in header_lines(raw):
        if line[:1] in (b" ", b"\t"):
            if inside:
                out.append(line)
            continue
        inside = line.lower().startswith(b"x-mailcoach-")
        if inside:
            out.append(line)
    return out


def names(raw: bytes) -> list[str]:
    return [k.lower() for k in email.message_from_bytes(raw, policy=email.policy.compat32).keys()]


def run(raw: bytes, **kw):
    return annotate(raw, WARNINGS, version=VERSION, op=OP, **kw)


CUE_OPTIONS = [
    pytest.param({}, id="headers-only"),
    pytest.param({"subject_tag": DEFAULT_SUBJECT_TAG}, id="subject"),
    pytest.param({"note": True}, id="note"),
    pytest.param({"subject_tag": "[MC check] ", "note": True}, id="subject+note"),
]

MESSAGES = [
    pytest.param(plain(), id="plain-crlf"),
    pytest.param(plain(nl="\n"), id="plain-lf"),
    pytest.param(multipart(), id="multipart-crlf"),
    pytest.param(multipart(nl="\n"), id="multipart-lf"),
    pytest.param(msg("From: a@example.com", "Subject: only headers"), id="header-only"),
    pytest.param(msg("From: a@example.com", "Subject: x", final=False), id="header-only-unterminated"),
    pytest.param(msg("From: a@example.com", "Subject: x", nl="\n", final=False), id="unterminated-lf"),
    pytest.param(msg("", "a body and no header at all"), id="empty-header-block"),
    pytest.param(msg("Subject: hi", "this line starts the body at once", "second"), id="no-blank-line"),
    pytest.param(msg("no header, just text", "and more", nl="\n"), id="text-only"),
    pytest.param(b"", id="empty"),
    pytest.param(b"Subject:", id="bare-subject-name"),
    pytest.param(msg(" folded-first-line", "Subject: x", "", "b"), id="continuation-first"),
]


# --- round trip and byte identity ------------------------------------------------------------


@pytest.mark.parametrize("options", CUE_OPTIONS)
@pytest.mark.parametrize("raw", MESSAGES)
def test_strip_restores_the_original_bytes_exactly(raw, options):
    annotated = run(raw, **options).raw
    assert strip(annotated) == raw
    assert content_hash(annotated) == content_hash(raw) == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize("options", CUE_OPTIONS)
@pytest.mark.parametrize("raw", MESSAGES)
def test_python_sees_the_original_headers_plus_ours(raw, options):
    annotated = run(raw, **options).raw
    before = names(raw)
    after = names(annotated)
    assert [n for n in after if n not in OURS] == before
    assert sorted(n for n in after if n in OURS) == sorted(OURS)


@pytest.mark.parametrize("raw", [pytest.param(plain(), id="crlf"), pytest.param(multipart(nl="\n"), id="lf")])
def test_body_and_attachments_stay_byte_identical(raw):
    annotated = run(raw, subject_tag=DEFAULT_SUBJECT_TAG).raw
    assert annotated[header_end(annotated):] == raw[header_end(raw):]


def test_note_leaves_every_other_part_byte_identical():
    raw = multipart()
    annotated = run(raw, note=True).raw
    attachment = raw[raw.index(b"--==outer==\r\nContent-Type: application/pdf"):]
    assert annotated.endswith(attachment)
    html = raw[raw.index(b"--inner\r\nContent-Type: text/html"):]
    assert annotated.endswith(html)


@pytest.mark.parametrize(
    "raw, eol",
    [pytest.param(plain(), b"\r\n", id="crlf"), pytest.param(plain(nl="\n"), b"\n", id="lf")],
)
def test_new_lines_use_the_message_line_ending(raw, eol):
    annotated = run(raw, note=True).raw
    head = annotated[: header_end(annotated)]
    if eol == b"\n":
        assert b"\r" not in head
    else:
        assert head.count(b"\n") == head.count(b"\r\n")
    note = annotated[header_end(annotated): annotated.index(NOTE_END.encode()) + len(NOTE_END) + 4]
    assert note.count(b"\n") == note.count(eol)


def test_header_only_unterminated_gets_a_line_ending_that_strip_removes():
    raw = b"From: a@example.com\r\nSubject: x"
    annotated = run(raw).raw
    assert annotated.startswith(raw + b"\r\nX-MailCoach-Warning: ")
    assert b"eol=crlf" in annotated
    assert strip(annotated) == raw


def test_after_a_bare_cr_only_lf_is_added_so_our_fields_stay_headers():
    raw = b"From: a@example.com\r\nSubject: x\r"
    annotated = run(raw).raw
    assert annotated.startswith(raw + b"\nX-MailCoach-Warning: ")
    assert names(annotated) == ["from", "subject", *OURS]
    assert strip(annotated) == raw


def test_fields_go_before_a_body_that_starts_without_blank_line():
    raw = msg("Subject: hi", "Dear Wang,", "thanks")
    annotated = run(raw).raw
    parsed = email.message_from_bytes(annotated, policy=email.policy.default)
    assert parsed.get_payload() == "Dear Wang,\r\nthanks\r\n"
    assert parsed[CHECKED_HEADER] is not None


# --- headers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", MESSAGES[:4])
def test_every_header_line_we_write_is_ascii_and_at_most_78(raw):
    lines = our_lines(run(raw, subject_tag=DEFAULT_SUBJECT_TAG, note=True).raw)
    assert len(lines) >= 4
    for line in lines:
        assert line.isascii() and len(line) <= 78
        assert re.fullmatch(rb"X-MailCoach-[A-Za-z]+: .*| \S.*", line)


@pytest.mark.parametrize("policy", [email.policy.default, email.policy.compat32])
def test_python_decodes_the_warning_to_our_text_with_the_advice_verbatim(policy):
    parsed = email.message_from_bytes(run(plain()).raw, policy=policy)
    value = parsed[WARNING_HEADER]
    if policy is email.policy.compat32:
        value = str(email.header.make_header(email.header.decode_header(value)))
    assert value == warning_text(WARNINGS)
    assert REFUSAL.advice in value and ARGUE.advice in value
    assert parsed[RULES_HEADER] == "refusal=high, argue=medium"


def test_warning_text_names_each_finding_once():
    assert warning_text([ARGUE, ARGUE]) == (
        "据理力争 / arguing (argue, medium): 谦虚礼让,先认可对方。 / Be modest; acknowledge them first."
    )


def test_encoded_words_hold_whole_utf8_characters_and_are_at_most_75():
    long = WarningItem("ramble", "low", "海阔天空" * 20, "rambling 😀" * 10, "主题明确。" * 60)
    raw = annotate(plain(), [long], version=VERSION, op=OP).raw
    words = re.findall(rb"=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=", raw)
    assert len(words) > 10
    for word in words:
        assert len(word) + 12 <= 75
        base64.b64decode(word).decode("utf-8")  # raises if a character was split
    decoded = email.message_from_bytes(raw, policy=email.policy.default)[WARNING_HEADER]
    assert decoded == warning_text([long])


def test_checked_header_records_version_hash_op_and_cues():
    raw = plain()
    result = run(raw, subject_tag=DEFAULT_SUBJECT_TAG, note=True)
    assert read_mark(result.raw) == Mark(
        version=VERSION,
        hash=hashlib.sha256(raw).hexdigest(),
        op=OP,
        cues=("subject", "note"),
        rules=(("refusal", "high"), ("argue", "medium")),
        subject_tag=DEFAULT_SUBJECT_TAG,
    )
    assert result.hash == content_hash(raw)
    # the journal finds our copy with SEARCH HEADER: op=<token> is never split by a fold
    assert f"op={OP}".encode() in result.raw


def test_reannotating_replaces_the_marks_and_never_stacks():
    raw = plain()
    first = run(raw, subject_tag=DEFAULT_SUBJECT_TAG, note=True).raw
    second = annotate(
        first, [ARGUE], version="0.2.0", op="v1.feedface", subject_tag=DEFAULT_SUBJECT_TAG, note=True
    )
    after = names(second.raw)
    assert [after.count(n) for n in OURS] == [1, 1, 1]
    assert second.raw.count(DEFAULT_SUBJECT_TAG.encode()) == 1
    assert second.raw.count(NOTE_BEGIN.encode()) == 1
    assert read_mark(second.raw).rules == (("argue", "medium"),)
    assert strip(second.raw) == raw


def test_old_fields_are_removed_with_their_continuations_in_any_case():
    raw = msg(
        "Subject: x",
        "x-mailcoach-warning: =?UTF-8?B?b2xk?=",
        " =?UTF-8?B?b2xk?=",
        "\t=?UTF-8?B?b2xk?=",
        "To: a@example.com",
        "X-MAILCOACH-OP: v1.old",
        "",
        "body",
    )
    annotated = run(raw).raw
    assert b"b2xk" not in annotated and b"v1.old" not in annotated
    assert strip(raw) == msg("Subject: x", "To: a@example.com", "", "body")
    assert names(annotated) == ["subject", "to", *OURS]


def test_no_warnings_writes_only_the_checked_field():
    result = annotate(plain(), [], version=VERSION, op=OP, subject_tag=DEFAULT_SUBJECT_TAG, note=True)
    assert [n for n in names(result.raw) if n in OURS] == ["x-mailcoach-checked"]
    assert result.cues_applied == ()
    assert result.skipped == ("subject: nothing to warn about", "note: nothing to warn about")


def test_plain_tuples_are_accepted_and_findings_with_evidence_are_not():
    as_tuple = annotate(plain(), [tuple(vars(REFUSAL).values())], version=VERSION, op=OP)
    assert as_tuple.raw == annotate(plain(), [REFUSAL], version=VERSION, op=OP).raw

    class Finding:  # shape of analysis.Finding
        rule, severity, label_zh, label_en = "refusal", "high", "当场回绝", "flat refusal"
        evidence, advice = "这个需求我们做不了", "advice"

    with pytest.raises(TypeError):
        annotate(plain(), [Finding()], version=VERSION, op=OP)
    raw = annotate(plain(), warning_items([Finding()]), version=VERSION, op=OP).raw
    assert "做不了".encode() not in raw[: header_end(raw)]
    assert "做不了" not in email.message_from_bytes(raw, policy=email.policy.default)[WARNING_HEADER]


@pytest.mark.parametrize(
    "field, value",
    [
        ("advice", "ok\r\nBcc: victim@example.com"),
        ("advice", "line\nbreak"),
        ("label_en", "nul\x00"),
        ("label_zh", "tab\there"),
        ("label_en", "c1\x85next-line"),
        ("advice", "para\u2029sep"),
        ("advice", "lone \ud800 surrogate"),
        ("rule", "re fusal"),
        ("rule", "x" * 49),
        ("severity", "high\r\n"),
        ("severity", ""),
    ],
)
def test_text_that_could_break_a_header_is_rejected(field, value):
    fields = dict(vars(REFUSAL), **{field: value})
    with pytest.raises(ValueError):
        WarningItem(**fields)


@pytest.mark.parametrize(
    "kw",
    [
        {"op": "v1.abc\r\nBcc: x"},
        {"op": "v1 abc"},
        {"op": "x" * 65},
        {"op": ""},
        {"version": "1.0; op=forged"},
        {"version": ""},
        {"subject_tag": ""},
        {"subject_tag": "   "},
        {"subject_tag": "[MailCoach]\r\n "},
        {"subject_tag": "[Mail\tCoach]"},
        {"subject_tag": "【提示】 "},
        {"subject_tag": "[" + "x" * 39 + "]"},
    ],
)
def test_bad_version_op_or_tag_is_rejected(kw):
    args = {"version": VERSION, "op": OP, **kw}
    with pytest.raises(ValueError):
        annotate(plain(), WARNINGS, **args)


def test_op_tokens():
    token = new_op_token("0123456789abcdef" * 2)
    assert token == "v1.0123456789abcdef0123456789abcdef" and OP_TOKEN_RE.fullmatch(token)
    for bad in ("", "xyz", "ABCDEF12", "0" * 62):
        with pytest.raises(ValueError):
            new_op_token(bad)


# --- subject tag -----------------------------------------------------------------------------

GBK_WORD = b64w("关于报价", "gbk")


@pytest.mark.parametrize(
    "subject_lines, decoded",
    [
        pytest.param(["Subject: Re: schedule"], "[MailCoach] Re: schedule", id="ascii"),
        pytest.param([f"Subject: {GBK_WORD}"], "[MailCoach] 关于报价", id="rfc2047-gbk"),
        pytest.param(
            [f"Subject: {GBK_WORD}", " " + b64w("的回复", "gbk")],
            "[MailCoach] 关于报价的回复",
            id="folded-gbk",
        ),
        pytest.param(["subject:\tRe: x"], "[MailCoach] Re: x", id="lowercase-tab"),
        pytest.param(
            ["Subject:", " " + b64w("只在续行", "utf-8")], "[MailCoach] 只在续行", id="value-on-continuation"
        ),
    ],
)
def test_subject_tag_is_shown_before_the_subject(subject_lines, decoded):
    raw = msg("From: a@example.com", *subject_lines, "", "body")
    result = run(raw, subject_tag=DEFAULT_SUBJECT_TAG)
    assert result.cues_applied == ("subject",)
    shown = email.message_from_bytes(result.raw, policy=email.policy.default)["Subject"]
    assert re.sub(r"\s+", " ", shown) == decoded
    assert strip(result.raw) == raw


@pytest.mark.parametrize(
    "tag, written",
    [
        ("[MailCoach] ", b"[MailCoach] "),
        ("[MailCoach]", b"[MailCoach] "),  # a space always follows, so an RFC 2047 word stays a word
        ("  [MC]  ", b"[MC] "),
        ("=?x?", b"=?x? "),
        ("[" + "x" * 38 + "]", b"[" + b"x" * 38 + b"] "),  # the longest config.py accepts
    ],
)
def test_subject_tag_is_normalised_to_one_trailing_space(tag, written):
    raw = msg("Subject: " + GBK_WORD, "", "b")
    result = run(raw, subject_tag=tag)
    assert b"Subject: " + written + GBK_WORD.encode() + b"\r\n" in result.raw
    assert read_mark(result.raw).subject_tag == written.decode()
    assert all(len(line) <= 78 for line in our_lines(result.raw))
    assert strip(result.raw) == raw


def test_no_subject_field_means_no_tag_and_a_reason():
    raw = msg("From: a@example.com", "", "body")
    result = run(raw, subject_tag=DEFAULT_SUBJECT_TAG)
    assert result.cues_applied == ()
    assert result.skipped == ("subject: the draft has no Subject field",)
    assert b"Subject" not in result.raw


def test_a_subject_the_pm_typed_like_our_tag_is_never_stripped():
    raw = msg("Subject: [MailCoach] notes for the meeting", "", "body")
    result = run(raw, subject_tag=DEFAULT_SUBJECT_TAG)
    assert result.skipped == ("subject: the subject already starts with the tag",)
    assert "subject" not in read_mark(result.raw).cues
    assert strip(result.raw) == raw


def test_only_the_first_subject_gets_the_tag():
    raw = msg("Subject: one", "Subject: two", "", "b")
    annotated = run(raw, subject_tag=DEFAULT_SUBJECT_TAG).raw
    assert b"Subject: [MailCoach] one\r\nSubject: two\r\n" in annotated


def test_tag_on_a_very_long_subject_line_is_skipped():
    raw = msg("Subject: " + "x" * 985, "", "b")
    result = run(raw, subject_tag=DEFAULT_SUBJECT_TAG)
    assert result.skipped == ("subject: the Subject line would exceed 998 octets",)


def test_strip_leaves_a_subject_alone_when_the_pm_removed_the_tag():
    annotated = run(plain(), subject_tag=DEFAULT_SUBJECT_TAG).raw
    edited = annotated.replace(b"Subject: [MailCoach] ", b"Subject: [Mail] ")
    assert b"Subject: [Mail] " in strip(edited)


# --- the note --------------------------------------------------------------------------------


def note_of(raw: bytes) -> str:
    """The decoded text of the first text/plain part, as a mail client shows it."""
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    part = next(p for p in parsed.walk() if p.get_content_type() == "text/plain")
    return part.get_content().replace("\r\n", "\n")


@pytest.mark.parametrize(
    "raw, chinese",
    [
        pytest.param(plain(), True, id="utf8-8bit"),
        pytest.param(plain(nl="\n"), True, id="utf8-8bit-lf"),
        pytest.param(plain(cte="quoted-printable", body="Hallo=20Wang,\n=E4=BD=A0"), True, id="utf8-qp"),
        pytest.param(plain(charset="us-ascii", cte="7bit", body="Hello Wang,\nno."), False, id="ascii-7bit"),
        pytest.param(plain(charset="us-ascii", cte=None, body="Hello"), False, id="ascii-no-cte"),
        pytest.param(plain(cte="7bit", body="Hello"), False, id="utf8-declared-7bit"),
        pytest.param(multipart(), True, id="multipart-qp"),
    ],
)
def test_note_is_inserted_at_the_top_of_the_text(raw, chinese):
    result = run(raw, note=True)
    assert result.cues_applied == ("note",) and result.skipped == ()
    text = note_of(result.raw)
    assert text.startswith(NOTE_BEGIN + "\n")
    note = text[: text.index(NOTE_END)]
    assert ("这封草稿可能有沟通风险" in note) is chinese
    assert "remove this note before sending" in note
    assert text[text.index(NOTE_END) + len(NOTE_END):] == "\n\n" + note_of(raw)
    assert strip(result.raw) == raw


def test_note_goes_into_the_draft_text_not_into_a_forwarded_message():
    raw = msg(
        "Subject: fwd",
        "Content-Type: multipart/mixed; boundary=b",
        "",
        "--b",
        "Content-Type: message/rfc822",
        "",
        "Subject: old",
        "Content-Type: text/plain",
        "",
        "forwarded text",
        "--b",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "请看附件。",
        "--b--",
    )
    annotated = run(raw, note=True).raw
    assert annotated.index(b"forwarded text") < annotated.index(NOTE_BEGIN.encode())
    assert annotated.index(NOTE_END.encode()) < annotated.index("请看附件".encode())
    assert strip(annotated) == raw


def test_ascii_note_stays_ascii_and_names_the_rules():
    raw = plain(charset="us-ascii", cte="7bit", body="Hello")
    chinese_only = WarningItem("refusal", "high", "当场回绝", "当场", "a")
    result = annotate(raw, [chinese_only, ARGUE], version=VERSION, op=OP, note=True)
    body = result.raw[header_end(result.raw):]
    assert body.isascii()
    assert b"- refusal\r\n- arguing\r\n" in body


def test_quoted_printable_note_lines_are_at_most_76():
    raw = plain(cte="quoted-printable", body="Hi")
    long = WarningItem("ramble", "low", "海阔天空" * 30, "rambling " * 20, "a")
    annotated = annotate(raw, [long], version=VERSION, op=OP, note=True).raw
    body = annotated[header_end(annotated):]
    assert body.isascii()
    assert all(len(line) <= 76 for line in body.split(b"\r\n"))
    assert "海阔天空" * 14 in note_of(annotated)


@pytest.mark.parametrize(
    "raw, reason",
    [
        pytest.param(plain(cte="base64", body=base64.b64encode("你好".encode()).decode()),
                     "note: the text part is base64-encoded", id="base64"),
        pytest.param(
            plain(charset="gbk"), "note: the text part's charset is neither us-ascii nor utf-8", id="gbk"
        ),
        pytest.param(plain(cte="x-uuencode", body="x"),
                     "note: the text part has an unsupported Content-Transfer-Encoding", id="uuencode"),
        pytest.param(msg("Subject: s", "Content-Type: text/html; charset=utf-8", "", "<p>hi</p>"),
                     "note: the draft has no text/plain part", id="html-only"),
        pytest.param(msg("Subject: only headers"), "note: the text part has no body", id="header-only"),
        pytest.param(msg("Subject: s", "Content-Type: multipart/signed; boundary=b; protocol=x/y",
                         "", "--b", "Content-Type: text/plain", "", "signed text", "--b--"),
                     "note: the message is signed or encrypted", id="signed"),
        pytest.param(msg("Subject: s", "Content-Type: multipart/mixed; boundary=b", "", "--b",
                         "Content-Type: text/plain", "Content-Disposition: attachment", "", "x", "--b--"),
                     "note: the draft has no text/plain part", id="text-attachment-only"),
    ],
)
def test_note_is_skipped_where_it_cannot_go_in_reversibly(raw, reason):
    result = run(raw, note=True)
    assert result.cues_applied == () and result.skipped == (reason,)
    assert NOTE_BEGIN.encode() not in result.raw
    assert strip(result.raw) == raw


def test_a_note_a_client_kept_without_our_headers_is_not_stacked():
    annotated = run(plain(), note=True, subject_tag=DEFAULT_SUBJECT_TAG).raw
    dropped = strip_fields_only(annotated)
    result = run(dropped, note=True, subject_tag=DEFAULT_SUBJECT_TAG)
    assert result.cues_applied == ()
    assert set(result.skipped) == {
        "note: a MailCoach note is already there",
        "subject: the subject already starts with the tag",
    }
    assert result.raw.count(NOTE_BEGIN.encode()) == 1
    assert strip(result.raw) == dropped  # not ours to remove: no mark says we put them there


def strip_fields_only(raw: bytes) -> bytes:
    """What Thunderbird does on re-save: our X- headers go, subject and body stay."""
    lines = raw.split(b"\r\n")
    keep, skip = [], False
    for line in lines:
        if line.lower().startswith(b"x-mailcoach-"):
            skip = True
            continue
        if skip and line[:1] == b" ":
            continue
        skip = False
        keep.append(line)
    return b"\r\n".join(keep)


def test_a_note_the_pm_edited_is_left_alone_by_strip():
    annotated = run(plain(), note=True).raw
    edited = annotated.replace(NOTE_END.encode(), b"I removed the end line")
    assert NOTE_BEGIN.encode() in strip(edited)


# --- reading marks and headers ---------------------------------------------------------------


def test_read_mark_works_on_header_fields_alone():
    annotated = run(plain()).raw
    start = annotated.index(CHECKED_HEADER.encode())
    fetched = annotated[start: header_end(annotated)]  # like BODY.PEEK[HEADER.FIELDS (...)]
    assert read_mark(fetched).op == OP


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(plain(), id="unmarked"),
        pytest.param(msg("X-MailCoach-Checked: v=1; hash=zz; op=v1.x", "", "b"), id="bad-hash"),
        pytest.param(msg("X-MailCoach-Checked: garbage", "", "b"), id="garbage"),
        pytest.param(msg("X-MailCoach-Checked: v=1; hash=" + "0" * 64, "", "b"), id="no-op"),
    ],
)
def test_read_mark_is_none_without_a_valid_mark(raw):
    assert read_mark(raw) is None


def test_a_forged_mark_cannot_make_strip_cut_the_subject_unless_the_tag_is_there():
    hello = base64.b64encode(b"hello").decode()
    forged = msg(
        "Subject: hello",
        f"X-MailCoach-Checked: v=1; hash={'0' * 64}; op=v1.x; cues=subject; tag={hello}",
        "",
        "b",
    )
    # "hello" is not a valid tag (no trailing space): the subject cue is dropped, not acted on
    assert read_mark(forged).cues == ()
    assert strip(forged) == msg("Subject: hello", "", "b")


def test_header_value_unfolds_and_finds_any_case():
    raw = msg("message-id:", " <abc@example.com>", "Subject: x", "", "Message-ID: <body@x>")
    assert header_value(raw, "Message-ID") == "<abc@example.com>"
    assert header_value(raw, "Subject") == "x"
    assert header_value(raw, "Date") is None


def test_editing_the_draft_changes_the_hash_and_rescanning_does_not():
    annotated = run(plain()).raw
    assert content_hash(annotated) == read_mark(annotated).hash
    edited = annotated.replace("做不了".encode(), "会评估".encode())
    assert content_hash(edited) != read_mark(edited).hash
