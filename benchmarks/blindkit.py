"""Build a labelled folder of drafts from a ``cases.py`` written by an independent author.

    python benchmarks/blindkit.py DIR

DIR/cases.py defines ``CASES = [dict(expect=[...], lang=..., why=..., sender=..., to=[...], cc=[...],
subject=..., body=..., quote=None|str, quote_from=..., trad=False, quote_style=..., layout=...,
charset=...), ...]``. The script writes DIR/<prefix>NNN.eml (raw RFC 5322, CRLF) and DIR/labels.json
in the format of shared/drafts/README.md, choosing varied charsets, transfer encodings, layouts and
quote styles where a case leaves them out, deterministically. Then it checks every file: it parses,
uses only the guide's domains, and its body decodes back to the author's text. It prints one line
per problem and exits 1 when there is any, 0 otherwise.

The script holds no wording of its own: the words are the author's, the envelope is this script's.
"""

from __future__ import annotations

import base64
import email
import email.policy
import html
import json
import quopri
import re
import runpy
import sys
from email.utils import formataddr, getaddresses, parseaddr
from pathlib import Path

RULES = ("argue", "refusal", "persuade", "ramble", "backchannel")
DOMAINS = ("ourteam.example.com", "client-a.example.cn", "client-b.example.com", "bank-c.example.cn")
STYLES = ("gt", "gt_zh", "outlook", "outlook_zh", "foxmail")
LAYOUTS = ("plain", "plain", "plain", "html", "alt")
ZH_CHARSETS = ("utf-8", "gbk", "gb18030", "utf-8", "gb2312")
CTES = ("base64", "quoted-printable", "8bit")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _date(i: int) -> tuple[str, str]:
    day = 2 + i % 26
    hour, minute = 8 + i % 11, (i * 7) % 60
    weekday = WEEKDAYS[(day + 6) % 7]  # 2026-11-01 is a Sunday
    return (f"{weekday}, {day} Nov 2026 {hour:02d}:{minute:02d}:00 +0800",
            f"2026年11月{day}日 {hour:02d}:{minute:02d}")


def _words(text: str, charset: str) -> str:
    """RFC 2047 B-encoded words of at most 75 characters, split between characters."""
    words, chunk = [], ""
    for char in text:
        if len(base64.b64encode((chunk + char).encode(charset))) + len(charset) + 7 > 75:
            words.append(chunk)
            chunk = ""
        chunk += char
    words.append(chunk)
    return "\r\n ".join(f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words)


def _addr_header(values: list[str], charset: str) -> str:
    out = []
    for name, addr in getaddresses(values):
        if name and not name.isascii():
            name = _words(name, charset)
            out.append(f"{name} <{addr}>")
        else:
            out.append(formataddr((name, addr)))
    return ",\r\n ".join(out)


def _quote_block(case: dict, style: str, when: str, when_zh: str) -> str:
    quote = case["quote"].strip("\n")
    who = case.get("quote_from") or case["to"][0]
    trad = case.get("trad")
    if style in ("gt", "gt_zh"):
        lead = (f"On {when}, {who} wrote:" if style == "gt"
                else f"{'於' if trad else '在'} {when_zh}, {who} {'寫道' if trad else '写道'}:")
        return lead + "\n" + "\n".join("> " + line if line else ">" for line in quote.split("\n"))
    subject = case["subject"]
    if trad:
        head = {"outlook": "-----Original Message-----\nFrom: {w}\nSent: {t}\nTo: {s}\nSubject: {j}",
                "outlook_zh": "-----原始郵件-----\n寄件者: {w}\n寄件日期: {z}\n收件者: {s}\n主旨: {j}",
                "foxmail": "------------------ 原始郵件 ------------------\n寄件者: {w}\n寄件日期: {z}\n收件者: {s}\n主旨: {j}"}[
            style].format(w=who, t=when, z=when_zh, s=case["sender"], j=subject)
    elif style == "outlook":
        head = f"-----Original Message-----\nFrom: {who}\nSent: {when}\nTo: {case['sender']}\nSubject: {subject}"
    elif style == "outlook_zh":
        head = f"-----原始邮件-----\n发件人: {who}\n发送时间: {when_zh}\n收件人: {case['sender']}\n主题: {subject}"
    else:
        head = ("------------------ 原始邮件 ------------------\n"
                f"发件人: {who}\n发送时间: {when_zh}\n收件人: {case['sender']}\n主题: {subject}")
    return head + "\n\n" + quote


def _html(case: dict, style: str, when: str, when_zh: str) -> str:
    def paras(text: str) -> str:
        return "\n".join(f"<div>{html.escape(line) if line else '<br>'}</div>" for line in text.split("\n"))

    trad = case.get("trad")
    parts = [paras(case["body"].strip("\n"))]
    if case.get("quote"):
        quote = paras(case["quote"].strip("\n"))
        who = html.escape(case.get("quote_from") or case["to"][0])
        if style in ("gt", "gt_zh"):
            lead = html.escape(_quote_block(dict(case, quote="x"), style, when, when_zh).split("\n")[0])
            parts.append(f'<div class="moz-cite-prefix">{lead}<br></div>\n<blockquote type="cite">{quote}</blockquote>')
        elif style.startswith("outlook"):
            parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                         f"<p><b>From:</b> {who}<br><b>Sent:</b> {html.escape(when)}<br>"
                         f"<b>Subject:</b> {html.escape(case['subject'])}</p></div>\n{quote}")
        else:
            parts.append('<div style="font-size:12px;padding:2px 0 2px 0;">'
                         f"------------------&nbsp;原始{'郵' if trad else '邮'}件&nbsp;------------------</div>"
                         f'<div style="font-size:12px;background:#efefef;padding:8px;"><div><b>{"寄件者" if trad else "发件人"}:</b> {who}</div>'
                         f"<div><b>{'寄件日期' if trad else '发送时间'}:</b> {html.escape(when_zh)}</div></div>\n{quote}")
    return "<html><head><meta charset=\"{cs}\"></head><body>\n" + "\n".join(parts) + "\n</body></html>"


def _leaf(subtype: str, text: str, charset: str, cte: str) -> list[bytes]:
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    if cte == "8bit" and data.isascii():
        cte = "7bit"
    if cte == "base64":
        payload = base64.encodebytes(data).replace(b"\n", b"\r\n")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    else:
        payload = data
    return [f'Content-Type: text/{subtype}; charset="{charset}"'.encode(),
            f"Content-Transfer-Encoding: {cte}".encode(), b"", payload.rstrip(b"\r\n")]


def _build(case: dict, i: int, prefix: str) -> bytes:
    try:
        return _build_in(case, i, prefix, None)
    except UnicodeEncodeError:
        return _build_in(case, i, prefix, "utf-8")


def _build_in(case: dict, i: int, prefix: str, charset: str | None) -> bytes:
    trad = bool(case.get("trad"))
    lang = case["lang"]
    charset = charset or case.get("charset") or ("big5" if trad else "us-ascii" if lang == "en" and i % 3 == 0
                                      else "utf-8" if lang == "en" else ZH_CHARSETS[i % len(ZH_CHARSETS)])
    layout = case.get("layout") or LAYOUTS[(i * 3) % len(LAYOUTS)]
    style = case.get("quote_style") or STYLES[i % len(STYLES)]
    cte = CTES[i % len(CTES)]
    when, when_zh = _date(i)
    plain = case["body"].rstrip("\n") + "\n"
    if case.get("quote"):
        plain += "\n" + _quote_block(case, style, when, when_zh) + "\n"
    header_charset = "utf-8" if charset == "us-ascii" else charset
    lines = [
        f"Date: {_date(i + 1)[0]}",
        f"Message-ID: <{prefix}{i:03d}.draft@ourteam.example.com>",
        f"From: {_addr_header([case['sender']], header_charset)}",
        f"To: {_addr_header(case['to'], header_charset)}",
    ]
    if case.get("cc"):
        lines.append(f"Cc: {_addr_header(case['cc'], header_charset)}")
    subject = case["subject"]
    lines.append("Subject: " + (subject if subject.isascii() else _words(subject, header_charset)))
    if case.get("quote"):
        lines += [f"In-Reply-To: <orig{prefix}{i:03d}@mail.example>", f"References: <orig{prefix}{i:03d}@mail.example>"]
    lines.append(("X-Unsent: 1", "X-Mozilla-Draft-Info: internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0",
                  "X-Mailer: Foxmail 7.2.25")[i % 3])
    lines.append("MIME-Version: 1.0")
    head = [line.encode("ascii") for line in lines]
    if layout == "plain":
        return b"\r\n".join(head + _leaf("plain", plain, charset, cte)) + b"\r\n"
    markup = _html(case, style, when, when_zh).replace("{cs}", charset)
    if layout == "html":
        return b"\r\n".join(head + _leaf("html", markup, charset, cte)) + b"\r\n"
    boundary = f"=_alt_{prefix}{i:03d}".encode()
    parts = head + [b'Content-Type: multipart/alternative; boundary="' + boundary + b'"', b"", b"--" + boundary]
    parts += _leaf("plain", plain, charset, cte) + [b"--" + boundary]
    parts += _leaf("html", markup, charset, cte) + [b"--" + boundary + b"--"]
    return b"\r\n".join(parts) + b"\r\n"


def _check(case: dict, i: int, raw: bytes) -> list[str]:
    problems = []
    if not set(case["expect"]) <= set(RULES):
        problems.append(f"unknown rule id in expect: {case['expect']}")
    if case["lang"] not in ("zh", "en", "mixed"):
        problems.append(f"lang must be zh, en or mixed, not {case['lang']!r}")
    if not parseaddr(case["sender"])[1].endswith("@ourteam.example.com"):
        problems.append("sender is not @ourteam.example.com")
    for value in case["to"] + case.get("cc", []) + [case["sender"]]:
        addr = parseaddr(value)[1]
        if addr.rpartition("@")[2] not in DOMAINS:
            problems.append(f"address outside the guide's domains: {value}")
    if not case["to"]:
        problems.append("no To address")
    if "ramble" in case["expect"]:
        size = len(re.findall(r"[\u4e00-\u9fff]", case["body"])) + len(re.findall(r"[A-Za-z]+", case["body"]))
        if size < 380:
            problems.append(f"ramble positive is short ({size} CJK characters + English words)")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        problems.append(f"parse defects: {msg.defects}")
    part = msg.get_body(("plain", "html"))
    text = part.get_content() if part else ""
    if part and part.get_content_type() == "text/html":
        text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
    want = re.sub(r"\s+", "", case["body"])
    if want[:200] not in re.sub(r"\s+", "", text):
        problems.append("the body does not decode back to the author's text")
    if str(msg["subject"]) != case["subject"]:
        problems.append(f"subject does not decode back: {msg['subject']!r}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    folder = Path(argv[0]).resolve()
    cases = runpy.run_path(str(folder / "cases.py"))["CASES"]
    digits = re.sub(r"\D", "", folder.name) or "0"
    prefix = f"s{digits}_"
    labels, bad = [], 0
    for old in folder.glob(f"{prefix}*.eml"):
        old.unlink()
    for i, case in enumerate(cases, 1):
        name = f"{prefix}{i:03d}.eml"
        try:
            case.setdefault("cc", [])
            raw = _build(case, i, prefix)
            problems = _check(case, i, raw)
        except Exception as exc:  # report and go on: the author fixes their case
            problems, raw = [f"cannot build: {type(exc).__name__}: {exc}"], b""
        for problem in problems:
            print(f"{name} (case {i}, {case.get('subject', '?')!r}): {problem}")
            bad += 1
        if raw:
            (folder / name).write_bytes(raw)
        labels.append({"file": name, "expect": list(case.get("expect", [])), "lang": case.get("lang"),
                       "why": case.get("why", "")})
    (folder / "labels.json").write_text(json.dumps({"cases": labels}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    counts = {rule: sum(rule in c["expect"] for c in labels) for rule in RULES}
    print(f"{len(labels)} drafts, {sum(not c['expect'] for c in labels)} unlabelled; " +
          ", ".join(f"{k} {v}" for k, v in counts.items()) + f"; {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
