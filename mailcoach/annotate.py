"""Build and undo mailcoach's marks on the raw bytes of a draft.

Everything here is pure: bytes and values in, bytes and values out. No socket, no disk, no clock;
the caller passes the version and the op token. Nothing is re-serialised: every edit is a splice
into the original bytes, and `strip()` undoes exactly those splices, so
``strip(annotate(x, ...).raw) == x`` for any ``x`` that carries no mailcoach marks of its own.

Public API: `annotate()` -> `Annotated`, `strip()`, `content_hash()` (sha256 of `strip()`),
`read_mark()` -> `Mark`, `header_value()`, `warning_items()` (Finding -> `WarningItem`, evidence
dropped), `warning_text()`, `new_op_token()`, `subject_tag_bytes()`, the header names, `OP_TOKEN_RE`
and `FORBIDDEN_TEXT_RE` (what a label or advice may not contain).

What `annotate()` writes
------------------------
Three header fields, inserted at the end of the top-level header block (just before the blank
line, before the first line that is not a header line, or at the end of a header-only message):

``X-MailCoach-Warning``
    `warning_text()` of the warnings - labels (Chinese and English), rule ids, severities and the
    rules' advice - as RFC 2047 ``=?UTF-8?B?...?=`` encoded-words of at most 75 characters, each
    holding whole UTF-8 characters, folded with CRLF/LF + one space so that no line exceeds 78
    octets. Omitted when there are no warnings.
``X-MailCoach-Rules``
    ``refusal=high, argue=medium``: ids and severities, folded after a comma. Omitted when there
    are no warnings.
``X-MailCoach-Checked``
    ``v=<version>; hash=<sha256 hex of the stripped draft>; op=<token>`` plus, when they apply,
    ``cues=subject,note``, ``tag=<subject tag, base64url>`` and ``eol=crlf|lf`` (a line ending
    that had to be added after an unterminated header-only message). Folded after a semicolon.
    ``op=<token>`` is never split by a fold, so ``SEARCH HEADER X-MailCoach-Checked op=<token>``
    finds the copy.

Nothing from the draft's own text goes into a header (mutt and neomutt send a postponed draft's
unknown headers along to the recipients). That is structural: headers are built from
`WarningItem` values, which carry a rule id, a severity, two labels and the advice - no evidence.
Every label and advice is rejected (ValueError) if it holds a C0/C1 control character (CR, LF,
NUL, TAB, ...), U+2028/U+2029 or a lone surrogate. Every field written is checked before it is
spliced in: name matches ``^[!-9;-~]+$``, ASCII only, each physical line <= 78 octets, each
continuation line starts with a space.

Any earlier field whose name starts with ``X-MailCoach-`` (any case), with its continuation
lines, is removed first, so the marks are replaced, never stacked.

Visible cues (optional)
-----------------------
``subject``
    The subject tag (default ``"[MailCoach] "``; see `subject_tag_bytes()`: 1-40 printable ASCII
    characters, always followed by one space) is inserted into the first ``Subject`` field,
    after the colon and the spaces/tabs that follow it on the first line. The value stays valid
    around RFC 2047 words and folded subjects because only that point changes. Skipped (and
    reported) when the draft has no Subject field - mailcoach does not invent one - when the
    subject already starts with the tag (a client dropped our headers but kept the tag), or when
    the first Subject line would exceed 998 octets.
``note``
    A block of lines, from ``-----BEGIN MAILCOACH NOTE-----`` to ``-----END MAILCOACH NOTE-----``
    followed by one empty line, at the top of the body of the *text part*: the top-level body
    when the message is ``text/plain`` (or has no Content-Type), otherwise the first ``text/plain``
    part, depth first, inside ``multipart/*`` containers (not an attachment; ``message/rfc822``
    parts are not entered). Supported encodings of that part:

    ================  ===========================  =========================================
    charset           Content-Transfer-Encoding    note written
    ================  ===========================  =========================================
    utf-8             8bit                         Chinese + English, UTF-8
    utf-8             quoted-printable             Chinese + English, UTF-8, QP-encoded
    utf-8             7bit or absent               English only, ASCII (a 7bit part stays 7bit)
    us-ascii/absent   7bit, 8bit, absent, QP       English only, ASCII
    ================  ===========================  =========================================

    Skipped (and reported in `Annotated.skipped`): base64 or any other encoding, any other charset,
    ``multipart/signed`` or ``multipart/encrypted`` (the note would break the signature), a message
    without a text/plain part (e.g. HTML only), a text part without a body, a note already there.
    Known limit: in ``multipart/alternative`` only the text/plain alternative gets the note, so a
    client that shows the HTML alternative does not show it.

Which cues were applied is recorded in ``X-MailCoach-Checked`` (``cues=``, ``tag=``): `strip()`
undoes a cue only when that record says mailcoach applied it and the marked bytes are still
exactly where they were put, so a subject the PM typed that merely starts with ``[MailCoach]`` is
never touched.

Line structure
--------------
Lines end at LF; a CR directly before the LF belongs to the line ending, a bare CR does not end a
line. New lines use the line ending of the message's first line (CRLF when it has none); the note
uses the line ending of the line just above it. A header line is what Python's `email` parser
takes for one: ``From ``, ``name:`` or a line starting with a space or tab.

Cost is linear in the size of the message, and bodies are never decoded: header blocks and
MIME delimiter lines are found with regular expressions, and only the Content-* fields of the
MIME parts on the way to the text part (at most 500 parts, nested at most 8 deep) go through
Python's header parser.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from email import policy as email_policy
from email.message import Message
from email.parser import BytesHeaderParser
from typing import NamedTuple

WARNING_HEADER = "X-MailCoach-Warning"
RULES_HEADER = "X-MailCoach-Rules"
CHECKED_HEADER = "X-MailCoach-Checked"
DEFAULT_SUBJECT_TAG = "[MailCoach] "
NOTE_BEGIN = "-----BEGIN MAILCOACH NOTE-----"
NOTE_END = "-----END MAILCOACH NOTE-----"

OP_TOKEN_RE = re.compile(r"[A-Za-z0-9._-]{1,64}")
RULE_ID_RE = re.compile(r"[A-Za-z0-9._-]{1,48}")
SEVERITY_RE = re.compile(r"[A-Za-z0-9_-]{1,16}")
VERSION_RE = re.compile(r"[A-Za-z0-9._+-]{1,32}")

MAX_LINE = 78  # RFC 5322 §2.1.1 SHOULD, for every line mailcoach writes into a header
_HARD_LINE = 998  # RFC 5322 §2.1.1 MUST
_OUR_PREFIX = b"x-mailcoach-"
_HEADER_NAME_RE = re.compile(r"[!-9;-~]+")
_PRINTABLE_ASCII_LINE_RE = re.compile(r"[ -~]*")
# Python's email.feedparser.headerRE: what its parser still takes for a header line.
_HEADER_LINE_RE = re.compile(rb"From |[\x21-\x39\x3b-\x7e]*:|[\t ]")
_BLOCK_END_RE = re.compile(rb"^(?!From |[\x21-\x39\x3b-\x7e]*:|[\t ])", re.MULTILINE)
_BLANKS_RE = re.compile(rb"[ \t]*")
_CONTINUATIONS_RE = re.compile(rb"(?:[\t ][^\n]*\n)*(?:[\t ][^\n]*)?")
# The fields annotate and strip look at; header_value() builds its own pattern.
_WANTED_FIELD_RE = re.compile(
    rb"^(subject|x-mailcoach-[\x21-\x39\x3b-\x7e]*|content-(?:type|transfer-encoding|disposition)):",
    re.MULTILINE | re.IGNORECASE,
)
# C0, DEL, C1, line/paragraph separators, surrogates: none can occur in a label or an advice.
FORBIDDEN_TEXT_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_SUBJECT_TAG_RE = re.compile(r"[!-~]([ -~]{0,38}[!-~])?")
_HASH_RE = re.compile(r"[0-9a-f]{64}")
_RAND_HEX_RE = re.compile(r"[0-9a-f]{8,61}")

_EW_PREFIX = "=?UTF-8?B?"
_EW_SUFFIX = "?="
_EW_MAX = 75  # RFC 2047 §2
_NOTE_LABELS_MAX = 5  # the note stays short: at most this many label lines
_NOTE_LABEL_CHARS = 60
_NOTE_SEARCH_LIMIT = 64 * 1024  # how far strip() looks for the END line of a note
_MAX_MIME_DEPTH = 8
_MAX_MIME_PARTS = 500  # parts looked at before the text part; bounds the cost of a hostile message
_QP_LINE = 76  # RFC 2045 §6.7 (5)
CUES = ("subject", "note")


@dataclass(frozen=True)
class WarningItem:
    """What a header may say about one finding: never the evidence from the draft.

    Raises ValueError when the rule id or severity is not a token, or when a label or the advice
    holds a control character, a line separator or a lone surrogate.
    """

    rule: str
    severity: str
    label_zh: str
    label_en: str
    advice: str

    def __post_init__(self) -> None:
        _require_match("rule id", self.rule, RULE_ID_RE)
        _require_match("severity", self.severity, SEVERITY_RE)
        for what in ("label_zh", "label_en", "advice"):
            _require_clean_text(f"{what} of rule {self.rule}", getattr(self, what))


@dataclass(frozen=True)
class Mark:
    """What `read_mark()` finds in ``X-MailCoach-Checked`` and ``X-MailCoach-Rules``.

    `subject_tag` is the tag mailcoach put before the subject, None unless "subject" is in `cues`.
    """

    version: str
    hash: str
    op: str
    cues: tuple[str, ...] = ()
    rules: tuple[tuple[str, str], ...] = ()
    subject_tag: str | None = None


@dataclass(frozen=True)
class Annotated:
    """The result of `annotate()`.

    `skipped` holds one fixed sentence per requested cue that was not applied,
    e.g. ``"note: the text part is base64-encoded"``; `hash` is the `content_hash()` written.
    """

    raw: bytes
    cues_applied: tuple[str, ...]
    skipped: tuple[str, ...]
    hash: str


def new_op_token(rand_hex: str) -> str:
    """Return the op token ``v1.<rand_hex>``; the caller supplies 8-61 lower-case hex digits."""
    _require_match("random part of the op token", rand_hex, _RAND_HEX_RE)
    return "v1." + rand_hex


def warning_items(findings: Sequence[object]) -> tuple[WarningItem, ...]:
    """The `WarningItem` of each finding (``analysis.Finding`` or alike).

    Reads rule, severity, label_zh, label_en and advice only; the evidence is never read, so it
    cannot reach a header.
    """
    return tuple(
        WarningItem(f.rule, f.severity, f.label_zh, f.label_en, f.advice)  # type: ignore[attr-defined]
        for f in findings
    )


def warning_text(warnings: Sequence[WarningItem]) -> str:
    """The text ``X-MailCoach-Warning`` decodes to.

    One ``"<label_zh> / <label_en> (<rule>, <severity>): <advice>"`` per distinct warning, in the
    given order, joined by ``" | "``. The advice appears verbatim.
    """
    return " | ".join(
        f"{w.label_zh} / {w.label_en} ({w.rule}, {w.severity}): {w.advice}"
        for w in _distinct(warnings)
    )


def content_hash(raw: bytes) -> str:
    """SHA-256 hex of `strip(raw)`: the same for a draft and for its annotated copy."""
    return hashlib.sha256(strip(raw)).hexdigest()


def header_value(raw: bytes, name: str) -> str | None:
    """The first top-level field called `name` (any case), unfolded and trimmed, or None.

    For look-ups such as Message-ID. The value is not RFC 2047-decoded; bytes that are not UTF-8
    become U+FFFD. Raises ValueError when `name` is not a valid field name.
    """
    if not _HEADER_NAME_RE.fullmatch(name):
        raise ValueError(f"not a header field name: {name!r}")
    wanted = re.compile(b"^(" + re.escape(name.encode("ascii")) + b"):", re.MULTILINE | re.IGNORECASE)
    block = _scan_header_block(raw, 0, len(raw), wanted)
    if not block.fields:
        return None
    field = block.fields[0]
    return _unfold(raw[field.value_start : field.end]).decode("utf-8", "replace").strip(" \t")


def read_mark(raw: bytes) -> Mark | None:
    """The mark of an annotated draft, or None when there is none or it is malformed.

    Works on a whole message and on header bytes alone (e.g. a ``HEADER.FIELDS`` fetch).
    """
    block = _scan_header_block(raw, 0, len(raw))
    parsed = _read_checked(raw, block)
    return parsed[0] if parsed else None


def annotate(
    raw: bytes,
    warnings: Sequence[WarningItem | tuple[str, str, str, str, str]],
    *,
    version: str,
    op: str,
    subject_tag: str | None = None,
    note: bool = False,
) -> Annotated:
    """Return the draft with mailcoach's headers and the requested cues, as described above.

    `warnings` are `WarningItem` values or (rule, severity, label_zh, label_en, advice) tuples.
    Earlier mailcoach marks are stripped first, so annotating twice never stacks anything.
    With no warnings only ``X-MailCoach-Checked`` is written and no cue is applied.
    Raises ValueError for a bad version, op token, subject tag or warning text, TypeError for
    warnings of another type (a Finding must go through `warning_items()`).
    """
    raw = _as_bytes(raw)
    items = _distinct(_as_items(warnings))
    _require_match("version", version, VERSION_RE)
    _require_match("op token", op, OP_TOKEN_RE)
    tag = None if subject_tag is None else subject_tag_bytes(subject_tag)

    base = strip(raw)
    digest = hashlib.sha256(base).hexdigest()
    block = _scan_header_block(base, 0, len(base))
    nl = _message_line_ending(base)
    # (position in base, order among splices at the same position, bytes)
    splices: list[tuple[int, int, bytes]] = []
    applied: list[str] = []
    skipped: list[str] = []

    if tag is not None:
        if not items:
            skipped.append("subject: nothing to warn about")
        else:
            where = _subject_tag_position(base, block, tag)
            if isinstance(where, str):
                skipped.append(where)
            else:
                splices.append((where, 0, tag))
                applied.append("subject")
    if note:
        if not items:
            skipped.append("note: nothing to warn about")
        else:
            planned = _plan_note(base, block, items)
            if isinstance(planned, str):
                skipped.append(planned)
            else:
                splices.append((planned[0], 3, planned[1]))
                applied.append("note")

    added_eol = b""
    if block.body_start is None and base and not base.endswith(b"\n"):
        # Header-only message whose last line is unterminated: our fields need a line of their own.
        # After a bare CR only LF is added: Python (and RFC 5322 readers) would take "\r\r\n" for
        # the end of the header block and our fields for body text.
        added_eol = b"\n" if base.endswith(b"\r") else nl
        splices.append((len(base), 1, added_eol))
    lines = _header_lines(items, version, digest, op, tuple(applied), tag, added_eol)
    splices.append((block.insert_at, 2, b"".join(line + nl for line in lines)))

    out = bytearray()
    last = 0
    for pos, _, data in sorted(splices, key=lambda s: (s[0], s[1])):
        out += base[last:pos]
        out += data
        last = pos
    out += base[last:]
    return Annotated(bytes(out), tuple(applied), tuple(skipped), digest)


def strip(raw: bytes) -> bytes:
    """Remove every ``X-MailCoach-*`` field, and the subject tag and note mailcoach recorded.

    Returns the bytes before annotation exactly; a message without mailcoach fields is returned
    unchanged. A cue is removed only if ``X-MailCoach-Checked`` records it and its bytes are
    still intact where mailcoach put them.
    """
    raw = _as_bytes(raw)
    block = _scan_header_block(raw, 0, len(raw))
    ours = [f for f in block.fields if f.name.startswith(_OUR_PREFIX)]
    if not ours:
        return raw
    cuts = [(f.start, f.end) for f in ours]
    parsed = _read_checked(raw, block)
    if parsed is not None:
        mark, added_eol = parsed
        if mark.subject_tag is not None:
            cut = _subject_tag_cut(raw, block, mark.subject_tag.encode("ascii"))
            if cut:
                cuts.append(cut)
        if "note" in mark.cues:
            cut = _note_cut(raw, block)
            if cut:
                cuts.append(cut)
        if added_eol and ours[-1].end == len(raw):
            run_start = ours[-1].start
            for f in reversed(ours[:-1]):
                if f.end != run_start:
                    break
                run_start = f.start
            if raw[run_start - len(added_eol) : run_start] == added_eol:
                cuts.append((run_start - len(added_eol), run_start))
    out = bytearray()
    last = 0
    for start, end in sorted(cuts):
        out += raw[last:start]
        last = max(last, end)
    out += raw[last:]
    return bytes(out)


# --- validation ---------------------------------------------------------------------------


def _require_match(what: str, value: object, pattern: re.Pattern[str]) -> None:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ValueError(f"{what} must match {pattern.pattern}")


def _require_clean_text(what: str, value: object) -> None:
    if not isinstance(value, str):
        raise ValueError(f"{what} must be a str")
    bad = FORBIDDEN_TEXT_RE.search(value)
    if bad:
        raise ValueError(
            f"{what} contains U+{ord(bad.group()):04X} (control, line separator or surrogate)"
        )


def subject_tag_bytes(tag: str) -> bytes:
    """The bytes put before the subject for `tag`: the tag without surrounding spaces, plus one space.

    The space keeps an RFC 2047 word that follows decodable. Raises ValueError unless the tag is
    1-40 printable ASCII characters once the surrounding spaces are removed (the rule
    config.py applies to ``subject_tag``).
    """
    core = tag.strip(" ") if isinstance(tag, str) else ""
    if not _SUBJECT_TAG_RE.fullmatch(core):
        raise ValueError("subject tag must be 1 to 40 printable ASCII characters")
    return core.encode("ascii") + b" "


def _as_bytes(raw: object) -> bytes:
    if isinstance(raw, (bytes, bytearray, memoryview)):
        return bytes(raw)
    raise TypeError("a message must be bytes")


def _as_items(warnings: Sequence[object]) -> list[WarningItem]:
    items = []
    for w in warnings:
        if isinstance(w, WarningItem):
            items.append(w)
        elif isinstance(w, tuple) and len(w) == 5:
            items.append(WarningItem(*w))
        else:
            # No duck typing here: a Finding carries evidence, which must not reach a header.
            # warning_items() is the explicit conversion that drops it.
            raise TypeError("warnings must be WarningItem values or 5-tuples (use warning_items())")
    return items


def _distinct(items: Sequence[WarningItem]) -> list[WarningItem]:
    return list(dict.fromkeys(items))


# --- header block -------------------------------------------------------------------------


class _Field(NamedTuple):
    name: bytes  # lower-case
    start: int  # first byte of the first line
    end: int  # just past the last continuation line (its line ending included)
    value_start: int  # just past the colon
    first_line_end: int  # end of the first line, before its line ending


@dataclass(frozen=True)
class _Block:
    fields: tuple[_Field, ...]  # only the fields asked for, in order
    insert_at: int  # where new fields go: start of the line that ends the block, or its end
    body_start: int | None  # None: the header block runs to the end of the range


def _scan_header_block(
    raw: bytes, start: int, end: int, wanted: re.Pattern[bytes] = _WANTED_FIELD_RE
) -> _Block:
    """Find where the header block of raw[start:end] ends, and the fields matching `wanted`.

    The block ends where Python's email parser ends it: at the first line that is neither
    ``name:``, ``From `` nor a continuation. `start` is 0 or follows an LF (a MIME part's start).
    Regular expressions do the scanning, so a huge header block costs C speed, not a Python loop.
    """
    if start < end and not _HEADER_LINE_RE.match(raw, start, end):
        stop = start
    else:
        found = _BLOCK_END_RE.search(raw, start, end)
        stop = found.start() if found else end
    fields = []
    for match in wanted.finditer(raw, start, stop):
        lf = raw.find(b"\n", match.end(), stop)
        if lf < 0:
            first_line_end = line_end = stop
        else:
            first_line_end = lf - 1 if raw[lf - 1] == 0x0D else lf
            line_end = lf + 1
        field_end = _CONTINUATIONS_RE.match(raw, line_end, stop).end()
        fields.append(_Field(match.group(1).lower(), match.start(), field_end, match.end(), first_line_end))
    if stop >= end:
        return _Block(tuple(fields), end, None)
    blank = _line_ending_at(raw, stop)
    return _Block(tuple(fields), stop, stop + len(blank) if blank else stop)


def _message_line_ending(raw: bytes) -> bytes:
    lf = raw.find(b"\n")
    if lf < 0:
        return b"\r\n"
    return b"\r\n" if lf > 0 and raw[lf - 1] == 0x0D else b"\n"


def _line_ending_before(raw: bytes, pos: int, default: bytes) -> bytes:
    if pos >= 2 and raw[pos - 2 : pos] == b"\r\n":
        return b"\r\n"
    if pos >= 1 and raw[pos - 1] == 0x0A:
        return b"\n"
    return default


def _unfold(value: bytes) -> bytes:
    return re.sub(rb"\r?\n", b"", value)


def _first(block: _Block, name: bytes) -> _Field | None:
    return next((f for f in block.fields if f.name == name), None)


# --- our header fields --------------------------------------------------------------------


def _header_lines(
    items: list[WarningItem],
    version: str,
    digest: str,
    op: str,
    cues: tuple[str, ...],
    tag: bytes | None,
    added_eol: bytes,
) -> list[bytes]:
    lines: list[bytes] = []
    if items:
        room = MAX_LINE - len(WARNING_HEADER) - 2
        words = _encoded_words(warning_text(items), room)
        lines += _checked_field(WARNING_HEADER, _fold(WARNING_HEADER, words, ""))
        rules = list(dict.fromkeys(f"{w.rule}={w.severity}" for w in items))
        lines += _checked_field(RULES_HEADER, _fold(RULES_HEADER, rules, ","))
    params = [f"v={version}", f"hash={digest}", f"op={op}"]
    if cues:
        params.append("cues=" + ",".join(cues))
    if "subject" in cues and tag is not None:
        params.append("tag=" + base64.urlsafe_b64encode(tag).decode("ascii").rstrip("="))
    if added_eol:
        params.append("eol=" + ("crlf" if added_eol == b"\r\n" else "lf"))
    lines += _checked_field(CHECKED_HEADER, _fold(CHECKED_HEADER, params, ";"))
    return lines


def _encoded_words(text: str, first_room: int) -> list[str]:
    """RFC 2047 B encoded-words for text; each holds whole characters and is at most 75 long.

    The first word fits in `first_room` columns (the rest of the field's first line).
    """
    words: list[str] = []
    chunk = bytearray()
    room = min(first_room, _EW_MAX)
    overhead = len(_EW_PREFIX) + len(_EW_SUFFIX)
    for ch in text:
        encoded = ch.encode("utf-8")
        if overhead + 4 * -(-(len(chunk) + len(encoded)) // 3) > room and chunk:
            words.append(_EW_PREFIX + base64.b64encode(chunk).decode("ascii") + _EW_SUFFIX)
            chunk = bytearray()
            room = _EW_MAX
        chunk += encoded
    if chunk:
        words.append(_EW_PREFIX + base64.b64encode(chunk).decode("ascii") + _EW_SUFFIX)
    return words


def _fold(name: str, items: list[str], separator: str) -> list[str]:
    """Lay out `items` after ``name:``, separated by `separator` + space or by a fold."""
    lines = [name + ":"]
    for i, item in enumerate(items):
        piece = item + (separator if i < len(items) - 1 else "")
        if len(lines[-1]) + 1 + len(piece) <= MAX_LINE:
            lines[-1] += " " + piece
        else:
            lines.append(" " + piece)
    return lines


def _checked_field(name: str, lines: list[str]) -> list[bytes]:
    """Refuse any field that could break out of its header line (see the module docstring)."""
    if not _HEADER_NAME_RE.fullmatch(name) or not lines or not lines[0].startswith(name + ":"):
        raise ValueError(f"malformed header field {name!r}")
    for i, line in enumerate(lines):
        if not _PRINTABLE_ASCII_LINE_RE.fullmatch(line):
            raise ValueError(f"{name}: a line is not printable ASCII")
        if len(line) > MAX_LINE:
            raise ValueError(f"{name}: a line is longer than {MAX_LINE} octets")
        if i and (not line.startswith(" ") or not line.strip()):
            raise ValueError(f"{name}: a continuation line does not start with a space")
    return [line.encode("ascii") for line in lines]


def _read_checked(raw: bytes, block: _Block) -> tuple[Mark, bytes] | None:
    """Parse the first X-MailCoach-Checked (and X-MailCoach-Rules); None when absent or bad."""
    field = _first(block, CHECKED_HEADER.lower().encode("ascii"))
    if field is None:
        return None
    value = _unfold(raw[field.value_start : field.end])
    if not value.isascii():
        return None
    params: dict[str, str] = {}
    for item in value.decode("ascii").split(";"):
        if not item.strip(" \t"):
            continue
        key, eq, val = item.partition("=")
        if not eq:
            return None
        params.setdefault(key.strip(" \t").lower(), val.strip(" \t"))
    version, digest, op = params.get("v", ""), params.get("hash", ""), params.get("op", "")
    if not (VERSION_RE.fullmatch(version) and _HASH_RE.fullmatch(digest) and OP_TOKEN_RE.fullmatch(op)):
        return None
    cues = [c for c in dict.fromkeys(params.get("cues", "").split(",")) if c in CUES]
    tag = None
    if "subject" in cues:
        tag = _decode_tag(params.get("tag", ""))
        if tag is None:
            cues.remove("subject")  # cannot tell what to remove: leave the subject alone
    added_eol = {"crlf": b"\r\n", "lf": b"\n"}.get(params.get("eol", ""), b"")
    return Mark(version, digest, op, tuple(cues), _read_rules(raw, block), tag), added_eol


def _decode_tag(value: str) -> str | None:
    """The subject tag recorded as ``tag=<base64url>``, or None unless annotate() could have set it."""
    try:
        tag = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode("ascii")
        return tag if subject_tag_bytes(tag) == tag.encode("ascii") else None
    except ValueError:  # binascii.Error and UnicodeDecodeError are ValueErrors
        return None


def _read_rules(raw: bytes, block: _Block) -> tuple[tuple[str, str], ...]:
    field = _first(block, RULES_HEADER.lower().encode("ascii"))
    if field is None:
        return ()
    pairs = []
    for item in _unfold(raw[field.value_start : field.end]).decode("ascii", "replace").split(","):
        rule, _, severity = item.strip(" \t").partition("=")
        if RULE_ID_RE.fullmatch(rule) and SEVERITY_RE.fullmatch(severity):
            pairs.append((rule, severity))
    return tuple(pairs)


# --- subject tag --------------------------------------------------------------------------


def _subject_value_start(raw: bytes, field: _Field) -> int:
    """Where the subject text begins: after the colon and the blanks that follow on its line."""
    return _BLANKS_RE.match(raw, field.value_start, field.first_line_end).end()


def _subject_tag_position(raw: bytes, block: _Block, tag: bytes) -> int | str:
    field = _first(block, b"subject")
    if field is None:
        return "subject: the draft has no Subject field"
    pos = _subject_value_start(raw, field)
    if raw.startswith(tag, pos, field.end):
        return "subject: the subject already starts with the tag"
    if field.first_line_end - field.start + len(tag) > _HARD_LINE:
        return "subject: the Subject line would exceed 998 octets"
    return pos


def _subject_tag_cut(raw: bytes, block: _Block, tag: bytes) -> tuple[int, int] | None:
    field = _first(block, b"subject")
    if field is None:
        return None
    pos = _subject_value_start(raw, field)
    return (pos, pos + len(tag)) if raw.startswith(tag, pos, field.end) else None


# --- the note -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _TextPart:
    headers: Message
    body_start: int | None


def _find_text_part(raw: bytes, block: _Block) -> _TextPart | str:
    """The part that gets the note, or a fixed sentence saying why there is none."""
    budget = [_MAX_MIME_PARTS]
    found = _search_part(raw, 0, len(raw), block, digest_parent=False, depth=0, budget=budget)
    return found if found is not None else "note: the draft has no text/plain part"


def _search_part(
    raw: bytes, start: int, end: int, block: _Block, digest_parent: bool, depth: int, budget: list[int]
) -> _TextPart | str | None:
    """Depth-first search; None means "not in this subtree, keep looking"."""
    budget[0] -= 1
    if budget[0] < 0:
        return "note: too many MIME parts before the text part"
    headers = _mime_headers(raw, block)
    if len(headers.get_all("content-type", [])) > 1:
        return "note: a part has more than one Content-Type"
    if digest_parent and "content-type" not in headers:
        ctype = "message/rfc822"  # RFC 2046 §5.1.5
    else:
        ctype = headers.get_content_type()
    maintype, _, subtype = ctype.partition("/")
    if maintype == "multipart":
        if subtype in ("signed", "encrypted"):
            return "note: the message is signed or encrypted"
        if depth >= _MAX_MIME_DEPTH:
            return "note: the MIME structure is nested too deeply"
        boundary = headers.get_boundary()
        if not boundary or block.body_start is None:
            return "note: a multipart part has no boundary or no body"
        delimiter = boundary.encode("utf-8", "surrogateescape")
        for part_start, part_end in _iter_parts(raw, block.body_start, end, delimiter):
            child = _scan_header_block(raw, part_start, part_end)
            found = _search_part(raw, part_start, part_end, child, subtype == "digest", depth + 1, budget)
            if found is not None:
                return found
        return None
    if ctype != "text/plain" or headers.get_content_disposition() == "attachment":
        return None
    return _TextPart(headers, block.body_start)


def _mime_headers(raw: bytes, block: _Block) -> Message:
    """The MIME fields of a part, parsed by Python (RFC 2231 parameters, quoting, defaults).

    Only those fields are handed to the parser, which is slow on a huge header block.
    """
    wanted = (b"content-type", b"content-transfer-encoding", b"content-disposition")
    chosen = b"".join(raw[f.start : f.end] for f in block.fields if f.name in wanted)
    return BytesHeaderParser(policy=email_policy.compat32).parsebytes(chosen)


def _iter_parts(raw: bytes, start: int, end: int, boundary: bytes) -> Iterator[tuple[int, int]]:
    """(start, end) of each body part of a multipart body raw[start:end] (RFC 2046 §5.1.1).

    A delimiter line is ``--boundary``, optionally ``--``, optional spaces/tabs, at the start of a
    line. The line ending before it belongs to the delimiter. A multipart without a close
    delimiter ends at `end`. `start` is 0 or follows an LF, so ``^`` matches there.
    """
    delimiters = re.compile(
        rb"^--" + re.escape(boundary) + rb"(--)?[ \t]*(?:\r\n|\n|\Z)", re.MULTILINE
    ).finditer(raw, start, end)
    line = next(delimiters, None)
    while line is not None and not line.group(1):
        part_start = line.end()
        line = next(delimiters, None)
        if line is None:
            yield part_start, end
            return
        part_end = line.start() - len(_line_ending_before(raw, line.start(), b""))
        yield part_start, max(part_start, part_end)


def _plan_note(raw: bytes, block: _Block, items: list[WarningItem]) -> tuple[int, bytes] | str:
    part = _find_text_part(raw, block)
    if isinstance(part, str):
        return part
    if part.body_start is None:
        return "note: the text part has no body"
    if len(part.headers.get_all("content-transfer-encoding", [])) > 1:
        return "note: the text part has more than one Content-Transfer-Encoding"
    cte = str(part.headers.get("content-transfer-encoding", "7bit")).strip().lower()
    charset = part.headers.get_content_charset("us-ascii")
    if cte == "base64":
        return "note: the text part is base64-encoded"
    if cte not in ("7bit", "8bit", "quoted-printable"):
        return "note: the text part has an unsupported Content-Transfer-Encoding"
    if charset in ("utf-8", "utf8"):
        utf8 = cte != "7bit"
    elif charset in ("us-ascii", "ascii"):
        utf8 = False
    else:
        return "note: the text part's charset is neither us-ascii nor utf-8"
    if raw.startswith(NOTE_BEGIN.encode("ascii"), part.body_start):
        return "note: a MailCoach note is already there"
    eol = _line_ending_before(raw, part.body_start, _message_line_ending(raw))
    lines = [line.encode("utf-8") for line in _note_lines(items, utf8)]
    if cte == "quoted-printable":
        lines = [q for line in lines for q in _qp_lines(line)]
    return part.body_start, b"".join(line + eol for line in lines) + eol


def _note_lines(items: list[WarningItem], utf8: bool) -> list[str]:
    """The note's lines, BEGIN and END included; ASCII only unless `utf8`."""
    lines = [NOTE_BEGIN]
    if utf8:
        lines.append("⚠ MailCoach: 这封草稿可能有沟通风险,请修改,发送前删除本段提示。")
        lines.append("⚠ MailCoach: this draft may be risky. Revise it and remove this note before sending.")
        labels = [f"{_short(w.label_zh, '…')} / {_short(w.label_en, '…')}" for w in items]
    else:
        lines.append("MailCoach: this draft may be risky. Revise it and remove this note before sending.")
        labels = [_short(w.label_en, "...") if _is_printable_ascii(w.label_en) else w.rule for w in items]
    labels = list(dict.fromkeys(labels))
    lines += [f"- {label}".rstrip() for label in labels[:_NOTE_LABELS_MAX]]
    if len(labels) > _NOTE_LABELS_MAX:
        lines.append(f"- (+{len(labels) - _NOTE_LABELS_MAX})")
    lines.append(NOTE_END)
    return lines


def _short(label: str, ellipsis: str) -> str:
    label = label.strip()
    if len(label) <= _NOTE_LABEL_CHARS:
        return label
    return label[: _NOTE_LABEL_CHARS - len(ellipsis)] + ellipsis


def _is_printable_ascii(text: str) -> bool:
    return bool(text.strip()) and _PRINTABLE_ASCII_LINE_RE.fullmatch(text) is not None


def _qp_lines(line: bytes) -> list[bytes]:
    """One hard line as quoted-printable lines of at most 76 characters (RFC 2045 §6.7)."""
    tokens = []
    for i, byte in enumerate(line):
        literal = (33 <= byte <= 126 and byte != 0x3D) or (byte in b" \t" and i < len(line) - 1)
        tokens.append(bytes([byte]) if literal else b"=%02X" % byte)
    out, current = [], b""
    for token in tokens:
        if len(current) + len(token) > _QP_LINE - 1:  # room for the soft break "="
            out.append(current + b"=")
            current = b""
        current += token
    out.append(current)
    return out


def _note_cut(raw: bytes, block: _Block) -> tuple[int, int] | None:
    """The bytes of an intact note at the top of the text part: BEGIN .. END + one empty line."""
    part = _find_text_part(raw, block)
    if isinstance(part, str) or part.body_start is None:
        return None
    start = part.body_start
    begin = NOTE_BEGIN.encode("ascii")
    after_begin = start + len(begin)
    if not raw.startswith(begin, start) or not _line_ending_at(raw, after_begin):
        return None
    end_line = raw.find(b"\n" + NOTE_END.encode("ascii"), start, start + _NOTE_SEARCH_LIMIT)
    if end_line < 0:
        return None
    pos = end_line + 1 + len(NOTE_END)
    end_eol = _line_ending_at(raw, pos)
    if not end_eol:
        return None  # "-----END MAILCOACH NOTE-----xyz" is not our END line
    pos += len(end_eol)
    return start, pos + len(_line_ending_at(raw, pos))  # and the empty line annotate() put after it


def _line_ending_at(raw: bytes, pos: int) -> bytes:
    if raw.startswith(b"\r\n", pos):
        return b"\r\n"
    return b"\n" if raw.startswith(b"\n", pos) else b""
