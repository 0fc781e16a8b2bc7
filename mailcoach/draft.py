"""Read one raw draft into a `Draft`: the headers the rules need and the PM's own new words.

This is the one module that imports **mail-parser** (`mailparser`). mail-parser parses the
message (it is the entry point and gives the MIME tree and the address lists); this module
then decodes the body parts and the Subject itself, because mail-parser decodes a part
strictly with its declared charset and falls back to UTF-8 with replacement characters.
Real Chinese mail labelled ``gb2312`` routinely contains GBK-only characters, Big5 mail
contains HKSCS/CP950 characters, and labels such as ``x-gbk``, ``gb2312_charset`` or
``134`` are common; mail-parser turns all of those into ``\\ufffd``. When mail-parser itself
fails on a malformed message, the stdlib parser (policy ``compat32``, the most forgiving)
takes over.

The pipeline, all pure functions on values:

    raw bytes -> message tree -> readable body (plain text, or text made from HTML)
              -> quoted originals removed -> signature removed -> Draft.text

`read_draft` raises `DraftError` only when there is nothing to read at all (not bytes, or
empty input); any other input yields the best `Draft` that can be made.
"""

from __future__ import annotations

import binascii
import codecs
import email
import email.utils
import html
import logging
import quopri
import re
from collections.abc import Iterable
from dataclasses import dataclass
from email import policy
from email.message import Message
from email.parser import BytesHeaderParser
from html.parser import HTMLParser

import mailparser

from mailcoach.annotate import NOTE_BEGIN, NOTE_END
from mailcoach.errors import DraftError

log = logging.getLogger(__name__)

# mail-parser logs at WARNING/ERROR with raw header values and part details in the message
# (e.g. "Failed decoding header part: <the Subject>"): that is draft text, and draft text
# must never reach a log at INFO or above. Its loggers are children of "mailparser", so one
# level here silences them all; what matters to us is logged below at DEBUG, without text.
logging.getLogger("mailparser").setLevel(logging.CRITICAL + 1)

# Deeper MIME nesting than this is not a draft anybody wrote; stop walking instead of
# recursing without bound on a crafted message.
_MAX_MIME_DEPTH = 40


@dataclass(frozen=True)
class Draft:
    """What the rules see of one draft."""

    subject: str  # decoded (RFC 2047), '' if none
    sender: str  # lower-case address of From, '' if none
    to: tuple[str, ...]  # lower-case addresses
    cc: tuple[str, ...]
    message_id: str | None
    text: str  # the PM's own new words: quotes, signatures, html removed
    body_text: str  # whole readable body before quote/signature removal (for debugging/tests)


def read_draft(raw: bytes) -> Draft:
    """Parse a raw RFC 5322 message and return its `Draft`.

    Raises `DraftError` when `raw` is not bytes or holds nothing but whitespace. Every
    other input, however malformed, gives a `Draft` (its text may be empty).
    """
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise DraftError(f"a draft must be bytes, not {type(raw).__name__}")
    raw = bytes(raw)
    if not raw.strip():
        raise DraftError("the message is empty: no headers and no body")

    try:
        message, addresses = _parse(raw)
        body_text = _body_text(message)
        return Draft(
            subject=_header_text(message, "subject"),
            sender=addresses["from"][0] if addresses["from"] else "",
            to=addresses["to"],
            cc=addresses["cc"],
            message_id=_header_text(message, "message-id") or None,
            text=own_words(body_text),
            body_text=body_text,
        )
    except Exception as exc:  # noqa: BLE001 - the contract: only DraftError leaves read_draft
        # Not seen on any corpus or in fuzzing (MemoryError aside); a last line so that one
        # odd message cannot stop a scan. The message names the exception type, no text.
        log.debug("unexpected %s while reading a draft", type(exc).__name__, exc_info=True)
        raise DraftError(f"the message cannot be read ({type(exc).__name__})") from exc


# --------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------


# mail-parser (and the stdlib parser under it) hold every attachment line as an object: about
# 9 times the message size in memory. Only text is analysed, so in a large message each long run
# of base64 lines is cut to its first _KEEP_B64_LINES lines before parsing (these bytes are read,
# never written back: the draft itself is not changed).
SLIM_ABOVE_BYTES = 1_000_000
_KEEP_B64_LINES = 3000  # ~170 KB of text: far more than the analysis reads
_B64_RUN = re.compile(rb"(?m)(?:^[A-Za-z0-9+/]{40,}={0,2}\r?\n){%d,}" % (_KEEP_B64_LINES + 1))


def _slim(raw: bytes) -> bytes:
    """`raw` with each run of more than _KEEP_B64_LINES base64 lines cut to that many lines."""

    def keep_head(match: re.Match[bytes]) -> bytes:
        block = match.group(0)
        end = 0
        for _ in range(_KEEP_B64_LINES):
            end = block.index(b"\n", end) + 1
        return block[:end]

    return _B64_RUN.sub(keep_head, raw)


def _parse(raw: bytes) -> tuple[Message, dict[str, tuple[str, ...]]]:
    """The message tree and the From/To/Cc addresses (lower case), via mail-parser.

    mail-parser raises on some malformed messages (e.g. AttributeError on a multipart
    whose epilogue is missing, MailParserRecursionError on deep nesting): then the stdlib
    parser reads the message, and if even that recurses too deep, only its headers. Messages
    over SLIM_ABOVE_BYTES are slimmed first (see `_slim`).
    """
    if len(raw) > SLIM_ABOVE_BYTES:
        raw = _slim(raw)
    try:
        parsed = mailparser.parse_from_bytes(raw)
        message = parsed.message
        addresses = {
            "from": _lower_addresses(parsed.from_),
            "to": _lower_addresses(parsed.to),
            "cc": _lower_addresses(parsed.cc),
        }
        return message, addresses
    except Exception as exc:  # noqa: BLE001 - any mail-parser failure falls back to the stdlib
        log.debug("mail-parser failed (%s); reading with the stdlib parser", type(exc).__name__)
    return _parse_stdlib(raw)


def _parse_stdlib(raw: bytes) -> tuple[Message, dict[str, tuple[str, ...]]]:
    """The stdlib's most forgiving parser (compat32); only headers when the nesting is too deep."""
    try:
        message = email.message_from_bytes(raw, policy=policy.compat32)
    except RecursionError:
        message = BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
    addresses = {name: _stdlib_addresses(message, name) for name in ("from", "to", "cc")}
    return message, addresses


def _lower_addresses(pairs: Iterable[tuple[str, str]] | None) -> tuple[str, ...]:
    """Lower-cased, non-empty addresses of mail-parser's (name, address) pairs."""
    return tuple(addr.strip().lower() for _name, addr in pairs or () if addr and addr.strip())


def _stdlib_addresses(message: Message, name: str) -> tuple[str, ...]:
    # Undecoded values: an encoded display name may decode to text with a comma in it.
    values = [str(v) for k, v in message.raw_items() if k.lower() == name]
    try:
        pairs = email.utils.getaddresses(values)
    except Exception:  # noqa: BLE001 - malformed address lists: no addresses rather than a crash
        return ()
    return _lower_addresses(pairs)


def _header_text(message: Message, name: str) -> str:
    """The first `name` header, RFC 2047-decoded and unfolded; '' if absent."""
    for key, value in message.raw_items():
        if key.lower() == name:
            return _decode_header_value(value)
    return ""


# --------------------------------------------------------------------------------------
# Charsets
# --------------------------------------------------------------------------------------

# Labels seen in real mail mapped to the codecs to try, in order. GB2312/GBK labels are read
# as GB18030, a superset: mail labelled gb2312 routinely contains GBK-only characters.
# "134" and "136" are the Windows GB2312_CHARSET / CHINESEBIG5_CHARSET numbers that some
# mailers write as the charset. ISO-8859-1 is read as windows-1252 (as browsers do).
_CHARSET_CODECS = {
    **dict.fromkeys(
        ("gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn",
         "x-euc-cn", "gb_2312-80", "gb_2312", "csgb2312", "chinese", "gb2312_charset", "134",
         "x-gb2312", "gb2312-80", "iso-ir-58"),
        ("gb18030",),
    ),
    **dict.fromkeys(
        ("big5", "x-big5", "big5-hkscs", "big5hkscs", "cn-big5", "csbig5", "x-x-big5", "136",
         "chinesebig5_charset"),
        ("big5hkscs", "cp950"),
    ),
    "cp950": ("cp950", "big5hkscs"),
    **dict.fromkeys(("iso-8859-1", "latin1", "latin-1", "iso8859-1", "l1"), ("cp1252", "latin-1")),
    **dict.fromkeys(("us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us"), ("ascii",)),
    **dict.fromkeys(("utf8", "utf-8", "x-utf-8", "unicode-1-1-utf-8"), ("utf-8",)),
    "unicode-1-1-utf-7": ("utf-7",),
    **dict.fromkeys(("shift_jis", "x-sjis", "sjis", "shift-jis", "windows-31j"), ("cp932",)),
    **dict.fromkeys(("euc-kr", "ks_c_5601-1987", "ks_c_5601", "x-windows-949"), ("cp949",)),
}
_UTF_CODECS = {"utf-8", "utf-7", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
               "utf-32-be"}
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _codecs_for(label: str | None) -> tuple[str, ...]:
    """Codecs to try for a declared charset label; () when the label names no known codec."""
    if not label:
        return ()
    label = label.strip().strip("\"' ").lower()
    if label in _CHARSET_CODECS:
        return _CHARSET_CODECS[label]
    try:
        return (codecs.lookup(label).name,)
    except (LookupError, ValueError):
        return ()


def _decode_bytes(data: bytes, label: str | None, prefer_utf8: bool = False) -> str:
    """Decode text bytes whatever the declared charset says; never raises.

    Order: the declared charset (strictly) -> UTF-8 (also with a few broken bytes) ->
    GB18030 -> the declared charset with replacement characters (UTF-8 when it is
    unknown). With `prefer_utf8`, bytes that are valid UTF-8 are read as UTF-8 even under
    a legacy label: mailers often keep a stale "gb2312" label on a UTF-8 body, and a GBK
    or Big5 body of any length is practically never valid UTF-8.
    """
    if not data:
        return ""
    declared = _codecs_for(label)
    if not declared and not _HIGH_BYTE.search(data):
        return data.decode("ascii")
    if prefer_utf8 and declared and declared[0] not in _UTF_CODECS and _HIGH_BYTE.search(data):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    for codec in (*declared, "utf-8", "gb18030"):
        try:
            return data.decode(codec)
        except (UnicodeError, LookupError):
            if codec == "utf-8" and (text := _mostly_utf8(data)) is not None:
                return text
    return data.decode(declared[0] if declared else "utf-8", "replace")


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with replacement characters when at most 1% of the non-ASCII text is broken.

    A UTF-8 body with one stray byte must not fall through to GB18030, which decodes almost
    any byte string into (wrong) CJK; a GBK or Big5 body breaks UTF-8 at nearly every char.
    """
    text = data.decode("utf-8", "replace")
    broken = text.count("\ufffd")
    wide = sum(1 for ch in text if ord(ch) > 0x7F)
    return text if broken * 100 <= wide else None


# --------------------------------------------------------------------------------------
# Headers (RFC 2047)
# --------------------------------------------------------------------------------------

_ENCODED_WORD = re.compile(rb"=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=")
_FOLD = re.compile(rb"\r?\n(?=[ \t])|\r?\n|\r")
_HEADER_SPACE = re.compile(r"[ \t\r\n]+")


def _decode_header_value(value) -> str:
    """Decode a raw header value: encoded words in any charset, raw 8-bit text, folding.

    Adjacent encoded words in the same charset are joined before decoding, because some
    mailers split one multi-byte character across two words.
    """
    if not isinstance(value, str):
        value = str(value)
    data = _FOLD.sub(b"", value.encode("utf-8", "surrogateescape"))
    pieces: list[str] = []
    pending: list[bytes] = []  # decoded octets of consecutive words in one charset
    pending_label: str | None = None
    pos = 0

    def flush() -> None:
        nonlocal pending_label
        if pending:
            pieces.append(_decode_bytes(b"".join(pending), pending_label))
            pending.clear()
        pending_label = None

    for match in _ENCODED_WORD.finditer(data):
        between = data[pos : match.start()]
        if between.strip() or not pending:
            flush()
            pieces.append(_decode_bytes(between, None))
        label = match.group(1).decode("ascii", "replace").split("*", 1)[0].lower()
        if pending and label != pending_label:
            flush()
        pending_label = label
        pending.append(_decode_word(match.group(2).upper(), match.group(3)))
        pos = match.end()
    flush()
    pieces.append(_decode_bytes(data[pos:], None))
    return _HEADER_SPACE.sub(" ", "".join(pieces)).strip()


def _decode_word(encoding: bytes, text: bytes) -> bytes:
    if encoding == b"Q":
        return binascii.a2b_qp(text, header=True)
    return _b64decode(text)


def _b64decode(text: bytes) -> bytes:
    """Lenient base64: skip characters outside the alphabet, repair the padding."""
    text = re.sub(rb"[^A-Za-z0-9+/]", b"", text)
    if len(text) % 4 == 1:  # a lone trailing sextet carries no whole octet
        text = text[:-1]
    text += b"=" * (-len(text) % 4)
    try:
        return binascii.a2b_base64(text)
    except binascii.Error:
        return b""


# --------------------------------------------------------------------------------------
# Body: which parts are the PM's body, and their text
# --------------------------------------------------------------------------------------


def _body_text(message: Message) -> str:
    """The readable body: text/plain, or text made from HTML when there is no plain part."""
    texts = [text for text in _part_texts(message, 0) if text.strip()]
    return _tidy("\n\n".join(texts))


def _part_texts(part: Message, depth: int) -> list[str]:
    """Texts of the body parts under `part`, in order; attachments and attached messages skipped."""
    if depth > _MAX_MIME_DEPTH or _is_attachment(part):
        return []
    maintype = part.get_content_maintype()
    if maintype == "message":
        return []  # an attached or forwarded message is not the PM's words
    if part.is_multipart():
        children = [p for p in part.get_payload() if isinstance(p, Message)]
        if part.get_content_subtype() == "alternative":
            return _best_alternative(children, depth)
        return [text for child in children for text in _part_texts(child, depth + 1)]
    subtype = part.get_content_subtype()
    if maintype == "multipart":
        subtype = "plain"  # a multipart whose boundary never occurs: its payload is one text
    elif maintype != "text" or subtype not in ("plain", "html"):
        return []
    data = _payload_bytes(part)
    if subtype == "html":
        return [html_to_text(_decode_bytes(data, _html_charset(part, data), prefer_utf8=True))]
    text = _decode_bytes(data, _declared_charset(part), prefer_utf8=True)
    if str(part.get_param("format", "")).lower() == "flowed":
        text = _unflow(text, str(part.get_param("delsp", "")).lower() == "yes")
    return [text]


def _best_alternative(children: list[Message], depth: int) -> list[str]:
    """Of equivalent alternatives, the plain text one if it has text, else the first with text."""
    plain_first = sorted(children, key=lambda child: child.get_content_type() != "text/plain")
    for child in plain_first:
        texts = _part_texts(child, depth + 1)
        if any(text.strip() for text in texts):
            return texts
    return []


def _is_attachment(part: Message) -> bool:
    """Disposition "attachment", or a file name without an explicit "inline"."""
    disposition = str(part.get("content-disposition", "")).split(";", 1)[0].strip().lower()
    if disposition == "attachment":
        return True
    try:
        named = bool(part.get_filename() or part.get_param("name"))
    except Exception:  # noqa: BLE001 - a broken RFC 2231 parameter: treat as unnamed
        named = False
    return named and disposition != "inline"


def _payload_bytes(part: Message) -> bytes:
    """The part's content octets after undoing its Content-Transfer-Encoding.

    Lenient where real mail lies: a "base64" body that is not base64 (raw 8-bit GB2312
    under a base64 label is common) is returned as it is.
    """
    # The stored payload, not get_payload(): for a body with 8-bit octets, get_payload()
    # decodes them with the declared charset and replaces what does not fit (the GBK-under-
    # gb2312 loss this module exists to avoid), and get_payload(decode=True) trusts the
    # Content-Transfer-Encoding. The parser keeps 8-bit octets there as surrogate escapes.
    payload = part._payload  # noqa: SLF001
    if not isinstance(payload, str):
        return b""
    data = payload.encode("utf-8", "surrogateescape")
    cte = str(part.get("content-transfer-encoding", "")).strip().lower()
    if cte == "base64":
        lines = [line.strip() for line in data.splitlines() if line.strip()]
        encoded = [line for line in lines if _BASE64_LINE.fullmatch(line)]
        # Mostly base64 lines: decode them (a list footer may follow); else not base64 at all.
        if encoded and len(encoded) >= 0.8 * len(lines):
            return _b64decode(b"".join(encoded))
        return data
    if cte == "quoted-printable":
        return quopri.decodestring(data)
    if cte in ("x-uuencode", "uuencode", "x-uue", "uue"):
        try:
            return part.get_payload(decode=True) or b""
        except Exception:  # noqa: BLE001 - broken uuencode: keep the raw text
            return data
    return data


_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/=]+")
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _declared_charset(part: Message) -> str | None:
    """The part's charset parameter, or None when it is absent or unreadable."""
    try:
        return part.get_content_charset()
    except (ValueError, LookupError, UnicodeError):  # e.g. an RFC 2231 charset naming a bad codec
        return None


def _html_charset(part: Message, data: bytes) -> str | None:
    """The MIME charset of an HTML part, else the one its <meta> declares."""
    declared = _declared_charset(part)
    if declared:
        return declared
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _unflow(text: str, delsp: bool) -> str:
    """Undo RFC 3676 format=flowed: join soft line breaks, keeping quote depth."""
    out: list[str] = []
    joining = False
    for line in text.replace("\r\n", "\n").split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if body.startswith(" "):
            body = body[1:]  # space-stuffing
        flowed = body.endswith(" ") and body != "-- "
        if flowed and delsp:
            body = body[:-1]
        if joining and out and out[-1][0] == depth:
            out[-1] = (depth, out[-1][1] + body)
        else:
            out.append((depth, body))
        joining = flowed
    return "\n".join(("> " * depth if depth else "") + body for depth, body in out)


def _tidy(text: str) -> str:
    """Normalise line ends and invisible characters, trim trailing spaces and blank runs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\xa0", " ").replace("\u200b", "").replace("\ufeff", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


# --------------------------------------------------------------------------------------
# HTML to text
# --------------------------------------------------------------------------------------

_SKIP_TAGS = {"head", "style", "script", "title", "noscript", "template", "xml", "object"}
_LINE_TAGS = {"div", "li", "tr", "dt", "dd", "address", "center", "section", "article",
              "header", "footer", "aside", "nav", "main", "figure", "form", "fieldset",
              "table", "ul", "ol", "dl", "caption"}
_PARA_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr"}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed",
              "param", "source", "track", "wbr"}
# Containers that mail clients put around a quoted original (Gmail, Yahoo, NetEase, QQ)
# and around a signature (Thunderbird, Gmail, Outlook on the web).
_QUOTE_MARKS = {"gmail_quote", "yahoo_quoted", "isreplycontent", "isforwardcontent",
                "original-content", "ntes-quote", "qm_quote"}
_SIGNATURE_MARKS = {"moz-signature", "gmail_signature", "signature", "x_signature"}


class _HtmlText(HTMLParser):
    """Collects the visible text of an HTML body as lines; quoted blocks get "> " prefixes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._buf: list[str] = []
        self._skip = 0
        self._pre = 0
        self._quote = 0
        self._stack: list[tuple[str, bool]] = []  # open div/blockquote, and whether it is a quote

    def _flush(self, blank: bool = False, line_break: bool = False) -> None:
        """End the current line; `line_break` (a <br>) ends it even when it is empty."""
        text = "".join(self._buf).strip()
        self._buf.clear()
        prefix = "> " * self._quote
        line = (prefix + text).rstrip()
        if (text or line_break) and not (line == "--" and self.lines and self.lines[-1] == "--"):
            self.lines.append(line)  # (a signature container's own "-- " is not doubled)
        if blank and self.lines and self.lines[-1].strip("> "):
            self.lines.append(prefix.rstrip())

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self._skip += 1
            return
        if tag == "body":
            self._skip = 0  # an unclosed <head> must not hide the body
        if self._skip:
            return
        if tag == "br":
            self._flush(line_break=True)
            return
        marks = set()
        for name, value in attrs:
            if name in ("class", "id") and value:
                marks.update(value.lower().split())
        if tag in ("blockquote", "div"):
            is_quote = tag == "blockquote" or bool(marks & _QUOTE_MARKS)
            self._flush(blank=is_quote)
            self._stack.append((tag, is_quote))
            if is_quote:
                self._quote += 1
            elif marks & _SIGNATURE_MARKS:
                self.lines.append("--")
            return
        if tag in _PARA_TAGS:
            self._flush(blank=True)
            if tag == "pre":
                self._pre += 1
        elif tag in _LINE_TAGS:
            self._flush()
        elif tag in ("td", "th"):
            self._buf.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag in ("blockquote", "div"):
            if not any(open_tag == tag for open_tag, _ in self._stack):
                return
            self._flush()
            while self._stack:
                open_tag, is_quote = self._stack.pop()
                if is_quote:
                    self._flush(blank=True)
                    self._quote -= 1
                if open_tag == tag:
                    break
            return
        if tag in _PARA_TAGS:
            self._flush(blank=True)
            if tag == "pre":
                self._pre = max(0, self._pre - 1)
        elif tag in _LINE_TAGS:
            self._flush()

    def handle_data(self, data):
        if self._skip:
            return
        if self._pre:
            first, *rest = data.split("\n")
            self._buf.append(first)
            for line in rest:
                self._flush()
                self._buf.append(line)
            return
        self._buf.append(re.sub(r"[ \t\r\n\f]+", " ", data))

    def text(self) -> str:
        self._flush()
        return "\n".join(self.lines)


_TAG = re.compile(r"<[^>]*>")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML mail body.

    <br>, <p>, <div> and friends become line breaks, entities are decoded, <head>, <style>
    and <script> are dropped, and <blockquote> (and the quote containers of Gmail, Yahoo,
    NetEase and QQ Mail) become "> " lines, so that quote removal treats them as quotes.
    A signature container (Thunderbird, Gmail, Outlook on the web) starts with a "-- " line.
    """
    parser = _HtmlText()
    try:
        parser.feed(markup)
        parser.close()
        return parser.text()
    except Exception:  # noqa: BLE001 - html.parser can assert on broken markup; strip tags instead
        log.debug("html.parser failed on an HTML body; stripping tags instead")
        return html.unescape(_TAG.sub(" ", markup))


# --------------------------------------------------------------------------------------
# Quote removal
# --------------------------------------------------------------------------------------

# "------------------ 原始邮件 ------------------", "-----Original Message-----",
# "-------- Forwarded Message --------", "Begin forwarded message:" ...
_SEPARATOR = re.compile(
    r"^\s*(?:[-_=*]{2,}\s*(?:original message|original|forwarded message|原始邮件|原始郵件|"
    r"原邮件|原郵件|邮件原件|郵件原件|转发的邮件|转发邮件|轉寄的郵件|轉寄郵件|回复的原邮件|"
    r"reply message|message d'origine|ursprüngliche nachricht|mensaje original|"
    r"oorspronkelijk bericht|ursprungligt meddelande|oprindelig meddelelse|"
    r"wiadomość oryginalna|元のメッセージ)\s*[-_=*]{2,}"
    r"|begin forwarded message\s*:)\s*$",
    re.IGNORECASE,
)

_HEADER_LABELS = {
    "from": "from|sender|发件人|發件人|寄件者|寄件人|von|de|van|från|fra|od|da|差出人",
    "date": "sent|date|发送时间|發送時間|发送日期|發送日期|时间|時間|日期|寄件日期|傳送時間|"
    "傳送日期|gesendet|datum|envoyé|enviado|verzonden|skickat|sendt|wysłano|inviato|送信日時",
    "to": "to|收件人|收件者|an|à|para|aan|till|til|do|a|宛先",
    "cc": "cc|抄送|抄送人|副本|kopie|cci",
    "subject": "subject|主题|主題|主旨|标题|標題|betreff|objet|asunto|onderwerp|ämne|emne|"
    "temat|oggetto|件名",
}
_HEADER_LINE = {
    kind: re.compile(rf"^\s*\**\s*(?:{labels})\s*\**\s*[:：]", re.IGNORECASE)
    for kind, labels in _HEADER_LABELS.items()
}
_RULE_LINE = re.compile(r"^\s*[-_=*]{5,}\s*$")

_ATTRIBUTION_VERB = re.compile(
    r"\b(?:wrote|writes|a écrit|schrieb|escribió|escreveu|ha scritto|schreef|skrev|napisał|"
    r"pisze|kirjoitti|написал|написала)\b|写道|寫道|写到|寫到|書きました",
    re.IGNORECASE,
)
_ATTRIBUTION_START = re.compile(
    r"^\s*(?:(?:on|le|am|el|em|il|op|den|w dniu|dne)\b|在|于|於|\d)", re.IGNORECASE
)
_ATTRIBUTION_WHEN_WHO = re.compile(r"@|\d[:.]\d\d")
_QUOTED = re.compile(r"^[ \t]*>(?![=\d])")


def _header_block_at(lines: list[str], i: int) -> bool:
    """True when lines[i] starts a From:/Sent:/To:/Subject: block of a quoted message."""
    if not _HEADER_LINE["from"].match(lines[i]):
        return False
    kinds = {"from"}
    for line in lines[i + 1 : i + 9]:
        if not line.strip():
            break
        kinds.update(kind for kind, pattern in _HEADER_LINE.items() if pattern.match(line))
    return len(kinds) >= 3


def _attribution_length(lines: list[str], i: int) -> int:
    """Number of lines (1-3) of an "On … wrote:" / "在 … 写道:" line starting at i, else 0.

    The (joined) line must end with a colon, hold a verb such as "wrote"/"写道" and a time
    of day or an address, and start like an attribution ("On", "在", "Am", a date) or name
    an address. That tells an attribution, also one wrapped over two or three lines, from a
    sentence of the PM's such as "他在邮件里写道:".
    """
    if not lines[i].strip() or _QUOTED.match(lines[i]):
        return 0
    starts_like_one = bool(_ATTRIBUTION_START.match(lines[i]))
    for count in (1, 2, 3):
        chunk = lines[i : i + count]
        if len(chunk) < count or not chunk[-1].strip() or (count > 1 and not starts_like_one):
            return 0
        joined = " ".join(line.strip() for line in chunk)
        if len(joined) > 300:
            return 0
        if (
            joined.endswith((":", "："))
            and _ATTRIBUTION_VERB.search(joined)
            and _ATTRIBUTION_WHEN_WHO.search(joined)
            and (starts_like_one or "@" in joined)
        ):
            return count
    return 0


def strip_quotes(text: str) -> str:
    """Remove quoted originals, keeping the PM's lines around them.

    "> " lines go wherever they are (interleaved and bottom-posted replies keep the PM's
    unquoted lines), with their "On … wrote:" / "在 … 写道:" line. A separator such as
    "-----Original Message-----" or "------------------ 原始邮件 ------------------", or a
    From:/Sent:/To:/Subject: block (in English or Chinese), starts a quote that runs to the
    end, as does an attribution line that is not followed by "> " lines.
    """
    lines = text.split("\n")
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _SEPARATOR.match(line) or _header_block_at(lines, i):
            while kept and (not kept[-1].strip() or _RULE_LINE.match(kept[-1])):
                kept.pop()
            break
        span = _attribution_length(lines, i)
        if span:
            nxt = next((ln for ln in lines[i + span :] if ln.strip()), None)
            if nxt is not None and not _QUOTED.match(nxt):
                break
            i += span
            continue
        if _QUOTED.match(line):
            if kept and kept[-1].strip():
                kept.append("")
            i += 1
            continue
        kept.append(line)
        i += 1
    return "\n".join(kept)


# --------------------------------------------------------------------------------------
# Signature removal
# --------------------------------------------------------------------------------------

_SIG_DELIMITER = re.compile(r"^--\s*$")
_MAX_SIGNATURE_LINES = 15
_MAX_DISCLAIMER_LINES = 10

_CONTACT = re.compile(
    r"^\W{0,2}(?:电话|電話|手机|手機|座机|座機|传真|傳真|邮箱|郵箱|电邮|電郵|邮件|郵件|网址|網址|"
    r"微信|qq|tel|tele|telephone|phone|mobile|mob|cell|fax|e-?mail|mail|web|website|skype|"
    r"wechat|[tmfe])\.?\s*[:：]\s*(?=.*(?:[\d@]|www\.|https?:))",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"^\W{0,2}(?:地址|address|addr)\s*[:：]\s*\S", re.IGNORECASE)
_BARE_CONTACT = re.compile(
    r"^(?:\+?[\d() .-]{7,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)$", re.IGNORECASE
)
_ORG_OR_TITLE = re.compile(
    r"经理|經理|总监|總監|主管|工程师|工程師|总裁|總裁|董事|主任|顾问|顧問|专员|專員|助理|部长|部長|"
    r"架构师|架構師|负责人|負責人|有限公司|股份|集团|集團|公司|事业部|事業部|办公室|辦公室|研究院|"
    r"\b(?:manager|director|engineer|officer|president|consultant|analyst|architect|"
    r"specialist|coordinator|co\.|ltd|inc|llc|gmbh|corp|limited|software|technologies)\b",
    re.IGNORECASE,
)
# A disclaimer names the message itself, says it is confidential, and says what to do with it.
_DISCLAIMER_HEADING = re.compile(r"^\W*(?:免责声明|免責聲明|disclaimer)\W*$", re.IGNORECASE)
_DISCLAIMER_SELF = re.compile(
    r"本邮件|此邮件|该邮件|本郵件|此郵件|該郵件|本电子邮件|本電子郵件|邮件及其附件|郵件及其附件|"
    r"this (?:e-?mail|message|communication)|the information contained",
    re.IGNORECASE,
)
_DISCLAIMER_SECRET = re.compile(r"保密|机密|機密|confidential|privileged|指定收件人|intended",
                                re.IGNORECASE)
_DISCLAIMER_ACT = re.compile(
    r"删除|刪除|误收|誤收|误传|誤傳|通知发件人|通知寄件人|通知發件人|delete|notify|unauthori[sz]ed|"
    r"prohibited",
    re.IGNORECASE,
)
_MOBILE_FOOTER = re.compile(
    r"^(?:sent from my|sent from outlook|get outlook for|发自我的|發自我的|来自我的|來自我的|"
    r"发自网易|来自网易|发自\s*\S*(?:邮箱|郵箱|mail))",
    re.IGNORECASE,
)
_MOTTO = re.compile(r"^(?:——|—|~|座右铭|座右銘|motto\b)|^[\"“「『].*[\"”」』]$", re.IGNORECASE)
_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff·]{2,4}|[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,3}"
    r"(?: [\u4e00-\u9fff]{2,4})?|[A-Z]\.)$"
)
_SENTENCE_END = re.compile(r"[。！？!?；;，,：:]$")
# Punctuation inside a clause: a title or company line has none ("Co., Ltd." aside).
_CLAUSE_MARK = re.compile(r"[，。！？；、!?;]|,(?!\s*(?:ltd|inc|llc)\b)", re.IGNORECASE)


def _is_disclaimer(line: str) -> bool:
    """A legal footer line: a "免责声明"/"Disclaimer" heading, or a confidentiality notice."""
    return bool(_DISCLAIMER_HEADING.match(line) or (
        _DISCLAIMER_SELF.search(line) and _DISCLAIMER_SECRET.search(line)
        and _DISCLAIMER_ACT.search(line)))


def _signature_kind(line: str) -> str | None:
    """'strong' (contact, title, company, disclaimer), 'weak' (rule, motto), 'name', or None."""
    line = line.strip()
    if _RULE_LINE.match(line):
        return "weak"
    if _is_disclaimer(line):
        return "strong"
    if len(line) <= 60 and (_CONTACT.match(line) or _ADDRESS.match(line)
                            or _BARE_CONTACT.match(line) or _MOBILE_FOOTER.match(line)):
        return "strong"
    if len(line) <= 60 and _MOTTO.match(line):
        return "weak"
    if len(line) > 50 or _SENTENCE_END.search(line):
        return None
    if _NAME.match(line):
        return "name"
    if len(line) <= 40 and not _CLAUSE_MARK.search(line) and (
        _ORG_OR_TITLE.search(line) or re.search(r"\S\s*[|｜]\s*\S", line)
    ):
        return "strong"
    return None


def strip_signature(text: str) -> str:
    """Remove a trailing signature: after a "-- " line, or a name/title/phone/disclaimer block.

    The "-- " line counts when at most 15 non-blank lines follow it (a longer tail is the
    PM's text after a divider). A disclaimer line ("免责声明", "confidential … delete") among
    the last 10 non-blank lines cuts there. Then a block at the end counts when it holds
    at least one contact, title/company or disclaimer line; a name line joins the block only
    directly above it, so "Best regards,\\nKevin" stays with the PM's words.
    """
    lines = text.split("\n")
    below = 0  # non-blank lines below line i
    for i in range(len(lines) - 1, -1, -1):
        if _SIG_DELIMITER.match(lines[i]):
            lines = lines[:i]
            break
        below += bool(lines[i].strip())
        if below > _MAX_SIGNATURE_LINES:
            break
    # A legal disclaimer near the end ends the PM's words, however long its paragraphs are.
    below = 0
    for i in range(len(lines) - 1, -1, -1):
        below += bool(lines[i].strip())
        if below > _MAX_DISCLAIMER_LINES:
            break
        if _is_disclaimer(lines[i]):
            del lines[i:]
            below = 0
    while lines and (not lines[-1].strip() or _SIG_DELIMITER.match(lines[-1])):
        lines.pop()

    start, strong, gap = len(lines), False, False
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i].strip():
            gap = True
            continue
        kind = _signature_kind(lines[i])
        if kind is None or (kind == "name" and (gap or start == len(lines))):
            break
        strong = strong or kind == "strong"
        start, gap = i, False
    if strong:
        lines = lines[:start]
    while lines and (not lines[-1].strip() or _RULE_LINE.match(lines[-1])):
        lines.pop()  # a rule line left above a removed signature
    return "\n".join(lines)


def own_words(body_text: str) -> str:
    """The PM's own new words in a readable body: quotes, the signature and mailcoach's note removed."""
    text = strip_signature(strip_quotes(_drop_mailcoach_note(body_text)))
    return _tidy(text).strip()


def _drop_mailcoach_note(text: str) -> str:
    """Remove the note mailcoach may have put at the top of the text (annotate.NOTE_BEGIN…NOTE_END).

    `strip` removes it only while our X-MailCoach-Checked header vouches for it; a client that
    drops our headers keeps the note, and mailcoach must not judge its own words.
    """
    begin = text.find(NOTE_BEGIN)
    if begin < 0:
        return text
    end = text.find(NOTE_END, begin)
    if end < 0:
        return text
    return text[:begin] + text[end + len(NOTE_END):]
