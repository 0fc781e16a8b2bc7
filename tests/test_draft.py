"""read_draft: charsets, layouts, quote and signature removal, errors.

Every message here is built by the small helpers below, so each case shows exactly which
bytes go in and which text must come out.
"""

from __future__ import annotations

import base64
import binascii
import logging
import quopri

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailcoach.draft import Draft, read_draft
from mailcoach.errors import DraftError

HEAD = (
    "From: Li Ming <Li.Ming@OurTeam.Example.com>\r\n"
    "To: zhang.wei@client-a.example.cn\r\n"
    "Subject: test\r\n"
    "Message-ID: <t1@ourteam.example.com>\r\n"
    "MIME-Version: 1.0\r\n"
)


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(data).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def part(body: str | bytes, *, subtype: str = "plain", charset: str | None = "utf-8",
         encode_as: str | None = None, cte: str = "8bit", extra: str = "") -> bytes:
    """One MIME entity (headers + body): `body` encoded with `encode_as` (default: charset)."""
    data = body if isinstance(body, bytes) else crlf(body).encode(encode_as or charset or "utf-8")
    ctype = f"Content-Type: text/{subtype}" + (f"; charset={charset}" if charset else "")
    head = f"{ctype}\r\nContent-Transfer-Encoding: {cte}\r\n{extra}"
    return head.encode("ascii") + b"\r\n" + encode_body(data, cte)


def multipart(subtype: str, *parts: bytes, boundary: str = "b-1") -> bytes:
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\r\n\r\n".encode()
    for p in parts:
        out += f"--{boundary}\r\n".encode() + p + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def message(entity: bytes, head: str = HEAD) -> bytes:
    return head.encode("ascii") + entity


def plain(text: str, **kw) -> bytes:
    return message(part(text, **kw))


def html(markup: str, **kw) -> bytes:
    return message(part(markup, subtype="html", **kw))


# ------------------------------------------------------------------------------------
# Charsets and transfer encodings
# ------------------------------------------------------------------------------------

GBK_ONLY = "朱镕基说喆喆的需求要改"  # 镕 and 喆 are GBK, not GB2312
BIG5_TEXT = "報表增加港幣欄位,請見諒。"
HKSCS_TEXT = "呢個報表唔得㗎"  # 㗎 is an HKSCS character outside plain Big5

CHARSET_CASES = [
    # (case, body bytes, declared charset, transfer encoding, expected text)
    ("utf-8 base64", "会议改到周四".encode(), "utf-8", "base64", "会议改到周四"),
    ("utf-8 quoted-printable", "会议改到周四".encode(), "utf-8", "quoted-printable", "会议改到周四"),
    ("utf-8 8bit", "会议改到周四".encode(), "utf-8", "8bit", "会议改到周四"),
    ("gb2312 label, GBK-only chars", GBK_ONLY.encode("gbk"), "gb2312", "base64", GBK_ONLY),
    ("gbk quoted-printable", GBK_ONLY.encode("gbk"), "GBK", "quoted-printable", GBK_ONLY),
    ("gb18030 four-byte char", "文档𠀀在附件".encode("gb18030"), "gb18030", "8bit", "文档𠀀在附件"),
    ("big5 base64", BIG5_TEXT.encode("big5"), "big5", "base64", BIG5_TEXT),
    ("big5 label, HKSCS char", HKSCS_TEXT.encode("big5hkscs"), "big5", "8bit", HKSCS_TEXT),
    ("big5 label, cp950-only euro sign", "費用€100".encode("cp950"), "big5", "8bit", "費用€100"),
    ("x-gbk label", GBK_ONLY.encode("gbk"), "x-gbk", "base64", GBK_ONLY),
    ("gb2312_charset label", GBK_ONLY.encode("gbk"), "gb2312_charset", "8bit", GBK_ONLY),
    ("Windows charset number 134", GBK_ONLY.encode("gbk"), "134", "8bit", GBK_ONLY),
    ("doubled quotes around label", GBK_ONLY.encode("gbk"), '""gb2312""', "8bit", GBK_ONLY),
    ("invalid-charset label, UTF-8 bytes", "周四见".encode(), "invalid-charset", "8bit", "周四见"),
    ("x-unknown label, GBK bytes", GBK_ONLY.encode("gbk"), "x-unknown", "8bit", GBK_ONLY),
    ("us-ascii label, GBK bytes", GBK_ONLY.encode("gbk"), "us-ascii", "8bit", GBK_ONLY),
    ("stale gb2312 label on UTF-8", "上线时间不变,周四评审".encode(), "gb2312", "base64",
     "上线时间不变,周四评审"),
    ("no charset, GBK bytes", GBK_ONLY.encode("gbk"), None, "8bit", GBK_ONLY),
    ("utf-7", "Fr+APY-sche".encode("ascii"), "utf-7", "7bit", "Frösche"),
    ("iso-8859-1", "Grüße".encode("latin-1"), "iso-8859-1", "quoted-printable", "Grüße"),
    ("utf-8 with one broken byte stays utf-8", "Привет, коллеги".encode()[:-1] + b"\xff",
     "utf-8", "8bit", "Привет, коллег\ufffd\ufffd"),
]


@pytest.mark.parametrize("body, charset, cte, expected",
                         [c[1:] for c in CHARSET_CASES], ids=[c[0] for c in CHARSET_CASES])
def test_body_decodes_whatever_the_charset_label(body, charset, cte, expected):
    assert read_draft(plain(body, charset=charset, cte=cte)).text == expected


def test_raw_8bit_body_under_a_base64_label_is_read_as_it_is():
    raw = message(part(GBK_ONLY.encode("gbk"), charset="gb2312", cte="8bit")
                  .replace(b"Transfer-Encoding: 8bit", b"Transfer-Encoding: base64"))
    assert read_draft(raw).text == GBK_ONLY


def test_uuencoded_body_is_decoded():
    encoded = b"begin 644 body.txt\r\n" + binascii.b2a_uu("周四见".encode()) + b"`\r\nend\r\n"
    raw = message(part(encoded, cte="x-uuencode"))
    assert read_draft(raw).text == "周四见"


def test_multipart_without_a_boundary_is_read_as_one_text():
    raw = message(b"Content-Type: multipart/mixed\r\n\r\n" + "周四见".encode())
    assert read_draft(raw).text == "周四见"


def test_format_flowed_soft_breaks_are_joined():
    body = "This line was wrapped by the \r\nmail client.\r\n\r\nSecond paragraph."
    raw = plain(body, extra="").replace(b"charset=utf-8", b"charset=utf-8; format=flowed")
    assert read_draft(raw).text == "This line was wrapped by the mail client.\n\nSecond paragraph."


# ------------------------------------------------------------------------------------
# Headers
# ------------------------------------------------------------------------------------

def b_word(text: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="


def q_word(text: str, charset: str) -> str:
    return f"=?{charset}?Q?{quopri.encodestring(text.encode(charset), header=True).decode()}?="


SUBJECT_CASES = [
    # (case, raw Subject value, decoded subject)
    ("gbk B word", b_word("关于导出功能", "gbk").encode(), "关于导出功能"),
    ("gb2312 label with GBK-only chars", b_word("朱镕基", "gbk").replace("gbk", "gb2312").encode(),
     "朱镕基"),
    ("big5 Q word", q_word("報表增加欄位", "big5").encode(), "報表增加欄位"),
    ("gb18030 B word", b_word("对账差异𠀀", "gb18030").encode(), "对账差异𠀀"),
    ("plain Re: prefix keeps its space", ("Re: " + b_word("审批结果", "utf-8")).encode(),
     "Re: 审批结果"),
    ("two words, space between dropped", (b_word("项目", "utf-8") + " " + b_word("周报", "utf-8"))
     .encode(), "项目周报"),
    ("one character split over two words",
     ("=?utf-8?B?" + base64.b64encode("周报".encode()[:4]).decode() + "?= =?utf-8?B?"
      + base64.b64encode("周报".encode()[4:]).decode() + "?=").encode(), "周报"),
    ("folded header", b"Weekly\r\n report", "Weekly report"),
    ("raw 8-bit GBK, not encoded", "验收确认".encode("gbk"), "验收确认"),
    ("unknown charset in a word", b"=?x-unknown?B?" + base64.b64encode("周报".encode()) + b"?=",
     "周报"),
    ("broken base64 padding", b"=?utf-8?B?" + base64.b64encode("周报".encode()).rstrip(b"=")
     + b"?=", "周报"),
]


@pytest.mark.parametrize("raw_subject, expected", [c[1:] for c in SUBJECT_CASES],
                         ids=[c[0] for c in SUBJECT_CASES])
def test_subject_is_decoded(raw_subject, expected):
    head = HEAD.replace("Subject: test\r\n", "").encode() + b"Subject: " + raw_subject + b"\r\n"
    assert read_draft(head + part("x")).subject == expected


def test_addresses_are_lower_case_and_display_names_in_any_charset_do_not_matter():
    head = (
        f"From: {b_word('林佩君', 'big5')} <Lin.PeiJun@OurTeam.example.com>\r\n"
        f"To: {b_word('张伟', 'gbk')} <Zhang.Wei@Client-A.example.cn>, ap@Client-B.example.com\r\n"
        f"Cc: \"Huang, Li\" <HUANG.LI@bank-c.example.cn>\r\n"
        "Message-ID: <X1@ourteam.example.com>\r\n"
    )
    draft = read_draft(message(part("hi"), head))
    assert draft.sender == "lin.peijun@ourteam.example.com"
    assert draft.to == ("zhang.wei@client-a.example.cn", "ap@client-b.example.com")
    assert draft.cc == ("huang.li@bank-c.example.cn",)
    assert draft.message_id == "<X1@ourteam.example.com>"


def test_header_only_message_gives_headers_and_empty_text():
    draft = read_draft(HEAD.encode() + b"\r\n")
    assert draft == Draft(subject="test", sender="li.ming@ourteam.example.com",
                          to=("zhang.wei@client-a.example.cn",), cc=(),
                          message_id="<t1@ourteam.example.com>", text="", body_text="")


def test_body_without_headers_is_read():
    draft = read_draft("周四的会改到下午三点。\r\n".encode())
    assert (draft.text, draft.subject, draft.sender, draft.to, draft.message_id) == (
        "周四的会改到下午三点。", "", "", (), None)


# ------------------------------------------------------------------------------------
# Layouts: HTML, alternatives, attachments
# ------------------------------------------------------------------------------------

FOXMAIL_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<style>p { margin: 0 }</style><title>draft</title></head>
<body><div style="font-family:Microsoft YaHei">
<div>张经理：</div><div><br></div>
<div>报价&amp;排期见附件，&lt;周四&gt;前确认。<br>谢谢！</div>
<script>alert("not text")</script>
<p>第二段&nbsp;文字</p>
</div></body></html>"""


def test_html_only_body_becomes_text():
    text = read_draft(html(FOXMAIL_HTML, charset="gbk")).text
    assert text == "张经理：\n\n报价&排期见附件，<周四>前确认。\n谢谢！\n\n第二段 文字"


def test_html_charset_from_meta_when_the_mime_part_has_none():
    text = read_draft(html(FOXMAIL_HTML, charset=None, encode_as="gbk")).text
    assert text.startswith("张经理：")


def test_multipart_alternative_uses_the_plain_part():
    raw = message(multipart("alternative",
                            part("plain words"),
                            part("<p>html words</p>", subtype="html")))
    assert read_draft(raw).text == "plain words"


def test_multipart_alternative_with_empty_plain_part_uses_html():
    raw = message(multipart("alternative",
                            part("\r\n"),
                            part("<p>html words</p>", subtype="html")))
    assert read_draft(raw).text == "html words"


def test_attachments_are_not_read_as_text():
    attachment_csv = part("编号,金额\n1,做不了\n", extra='Content-Disposition: attachment; '
                                                       'filename="a.csv"\r\n')
    named_txt = part("不可能做", extra='Content-Type: text/plain; name="note.txt"\r\n'
                     ).replace(b"Content-Type: text/plain; charset=utf-8\r\n", b"", 1)
    forwarded = (b"Content-Type: message/rfc822\r\n\r\nSubject: old\r\n\r\n"
                 b"This is clearly your fault\r\n")
    raw = message(multipart("mixed",
                            multipart("alternative", part("附件是清单。"),
                                      part("<p>附件是清单。</p>", subtype="html"), boundary="in"),
                            attachment_csv, named_txt, forwarded))
    assert read_draft(raw).text == "附件是清单。"


def test_mail_parser_failure_falls_back_to_the_stdlib_parser():
    # mail-parser 4.8 raises AttributeError on this nesting (no epilogue); the stdlib reads it.
    raw = (b"Subject: nested\r\nContent-Type: multipart/mixed; boundary=\"ab\"\r\n\r\n"
           b"--ab\r\nContent-Type: multipart/mixed; boundary=\"a\"\r\n\r\n"
           b"--ab\r\nContent-Type: text/plain\r\n\r\nstill readable\r\n--a\r\n\r\n")
    draft = read_draft(raw)
    assert draft.subject == "nested"
    assert "still readable" in draft.text


# ------------------------------------------------------------------------------------
# Quotes
# ------------------------------------------------------------------------------------

REPLY = "黄经理：\n\n我们周三前给您书面答复。\n\n王磊"
CLIENT = "这个需求不可能做吗？别跟我说做不了。"

QUOTE_CASES = [
    # (case, body, expected text)
    ("QQ/Foxmail separator", f"""{REPLY}

------------------ 原始邮件 ------------------
发件人: "钱峰"<qian.feng@bank-c.example.cn>;
发送时间: 2024年4月8日(星期一) 下午4:15
收件人: "王磊"<wang.lei@ourteam.example.com>;
主题: 缺陷单

{CLIENT}
""", REPLY),
    ("Outlook zh separator", f"{REPLY}\n\n-----原始邮件-----\n发件人: 钱峰 <q@bank-c.example.cn>\n"
     f"发送时间: 2024年4月8日 16:15\n收件人: 王磊\n主题: 缺陷单\n\n{CLIENT}\n", REPLY),
    ("Outlook zh header block, full-width colons", f"{REPLY}\n\n发件人：钱峰\n发送时间：2024年4月8日"
     f"\n收件人：王磊\n抄送：黄丽\n主题：缺陷单\n\n{CLIENT}\n", REPLY),
    ("在 … 写道 with > lines", f"{REPLY}\n\n在 2024/4/8 16:15, 钱峰 <q@bank-c.example.cn> 写道:\n"
     f"> {CLIENT}\n>\n> 钱峰\n", REPLY),
    ("写道 wrapped over two lines", f"{REPLY}\n\n在 2024年4月8日 16:15，钱峰 <\n"
     f"q@bank-c.example.cn> 写道：\n> {CLIENT}\n", REPLY),
    ("zh-Hant Outlook separator", f"{REPLY}\n\n-----原始郵件-----\n寄件者: 何志明\n寄件日期: 2024年3月26日"
     f"\n收件者: 林佩君\n主旨: 報表\n\n{CLIENT}\n", REPLY),
    ("zh-Hant header block", f"{REPLY}\n\n寄件者: 何志明 <ho@bank-c.example.cn>\n傳送時間: 2024年3月26日"
     f"\n收件者: 林佩君\n主旨: 報表\n\n{CLIENT}\n", REPLY),
    ("於 … 寫道", f"{REPLY}\n\n於 2024年3月26日 上午10:41，何志明 <ho@bank-c.example.cn> 寫道：\n"
     f"> {CLIENT}\n", REPLY),
    ("Outlook en separator", f"{REPLY}\n\n-----Original Message-----\nFrom: Mark Davis\n"
     f"Sent: Monday, March 11, 2024 8:17 AM\nTo: Kevin Zhou\nSubject: P1\n\n{CLIENT}\n", REPLY),
    ("Outlook en header block under a rule", f"{REPLY}\n\n________________________________\n"
     f"From: Mark Davis <mark.davis@client-b.example.com>\nSent: Monday, March 11, 2024 8:17 AM\n"
     f"To: Kevin Zhou\nSubject: P1\n\n{CLIENT}\n", REPLY),
    ("Gmail plain bold header block", f"{REPLY}\n\n*From:* Mark Davis\n*Sent:* Monday, March 11\n"
     f"*To:* Kevin\n*Subject:* P1\n\n{CLIENT}\n", REPLY),
    ("On … wrote:", f"{REPLY}\n\nOn Mon, Mar 11, 2024 at 8:17 AM Mark Davis "
     f"<mark.davis@client-b.example.com> wrote:\n> {CLIENT}\n> Mark\n", REPLY),
    ("On … wrote: wrapped", f"{REPLY}\n\nOn Mon, Mar 11, 2024 at 8:17 AM Mark Davis <\n"
     f"mark.davis@client-b.example.com> wrote:\n\n> {CLIENT}\n", REPLY),
    ("attribution without > lines runs to the end", f"{REPLY}\n\nOn Mon, Mar 11, 2024 at 8:17 AM, "
     f"Mark <mark@client-b.example.com> wrote:\n\n{CLIENT}\n", REPLY),
    ("Gmail zh: name <address> 于 … 写道", f"{REPLY}\n\n钱峰 <q@bank-c.example.cn> 于2024年4月8日周一 "
     f"16:15写道：\n\n> {CLIENT}\n", REPLY),
    ("Apple Mail zh: date first", f"{REPLY}\n\n2024年4月8日 16:15，钱峰 <q@bank-c.example.cn> 写道：\n"
     f"\n> {CLIENT}\n", REPLY),
    ("回复的原邮件 separator", f"{REPLY}\n\n---- 回复的原邮件 ----\n| 发件人 | 钱峰 |\n\n{CLIENT}\n",
     REPLY),
    ("forwarded message", f"{REPLY}\n\n---------- Forwarded message ---------\nFrom: Mark\n\n"
     f"{CLIENT}\n", REPLY),
    ("interleaved reply keeps the PM's lines", f"""钱经理：

> #233 这么明显的问题你们测试都测不出来？
确实是我们的疏漏，已修复。

> {CLIENT}

这个我们正在评估，周三前答复。
""", "钱经理：\n\n确实是我们的疏漏，已修复。\n\n这个我们正在评估，周三前答复。"),
    ("bottom-posted under the quote", f"""在 2024/4/17 9:48, 冯倩 <feng.qian@client-a.example.cn> 写道:
> {CLIENT}
> 冯倩

{REPLY}
""", REPLY),
    ("PM's own 写道 sentence is not a quote", "他在邮件里写道:\n我们明天答复。",
     "他在邮件里写道:\n我们明天答复。"),
    ("'On Monday' sentence is not a quote", "On Monday we ship 2.4.\nOn Tuesday we review it.",
     "On Monday we ship 2.4.\nOn Tuesday we review it."),
    (">= and >5 lines are the PM's", ">=90% coverage is the bar\n>5 users affected",
     ">=90% coverage is the bar\n>5 users affected"),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in QUOTE_CASES],
                         ids=[c[0] for c in QUOTE_CASES])
def test_quoted_originals_are_removed(body, expected):
    draft = read_draft(plain(body))
    assert draft.text == expected
    assert draft.body_text.strip() == crlf(body).replace("\r\n", "\n").strip()


HTML_QUOTE_CASES = [
    ("Outlook border-top div", """<div class="WordSection1">
<p class="MsoNormal">Hi Mark,</p><p class="MsoNormal">We will reply by Thursday.</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Mark Davis &lt;mark@client-b.example.com&gt;<br>
<b>Sent:</b> Monday, March 11, 2024 8:17 AM<br><b>To:</b> Kevin Zhou<br>
<b>Subject:</b> P1</p></div>
<p class="MsoNormal">This is clearly your fault.</p></div>""",
     "Hi Mark,\n\nWe will reply by Thursday."),
    ("Outlook zh border-top div", """<div><p>王总：</p><p>周三前答复。</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt">
<p><b>发件人:</b> 钱峰<br><b>发送时间:</b> 2024年4月8日<br><b>收件人:</b> 王磊<br>
<b>主题:</b> 缺陷</p></div><p>别跟我说做不了。</p></div>""", "王总：\n\n周三前答复。"),
    ("Foxmail block", """<div>张经理：</div><div>已安排补单。</div><div><br></div>
<div style="font-size:12px;font-family:Arial Narrow;padding:2px 0 2px 0;">
------------------&nbsp;原始邮件&nbsp;------------------</div>
<div style="font-size:12px;background:#efefef;padding:8px;">
<div><b>发件人:</b>&nbsp;"张伟"&lt;z@client-a.example.cn&gt;;</div>
<div><b>发送时间:</b>&nbsp;2024年3月14日(星期四) 上午7:58</div></div>
<div>你们这个系统简直是垃圾！</div>""", "张经理：\n已安排补单。"),
    ("Thunderbird blockquote cite", """<p>钱经理：</p><p>周三前答复。</p>
<div class="moz-cite-prefix">在 2024/3/27 14:33, 钱峰 &lt;q@bank-c.example.cn&gt; 写道:<br></div>
<blockquote type="cite"><p>不行就换供应商。</p><p>钱峰</p></blockquote>""",
     "钱经理：\n\n周三前答复。"),
    ("Gmail gmail_quote", """<div dir="ltr">Thanks, will do.</div><br>
<div class="gmail_quote"><div class="gmail_attr">On Mon, Mar 11, 2024 at 8:17 AM Mark
&lt;mark@client-b.example.com&gt; wrote:<br></div>
<blockquote class="gmail_quote">This is clearly your fault.</blockquote></div>""",
     "Thanks, will do."),
    ("any blockquote is a quote", "<p>Agreed.</p><blockquote>Clueless as usual.</blockquote>"
     "<p>See you Monday.</p>", "Agreed.\n\nSee you Monday."),
]


@pytest.mark.parametrize("markup, expected", [c[1:] for c in HTML_QUOTE_CASES],
                         ids=[c[0] for c in HTML_QUOTE_CASES])
def test_html_quotes_are_removed(markup, expected):
    assert read_draft(html(markup)).text == expected


# ------------------------------------------------------------------------------------
# Signatures
# ------------------------------------------------------------------------------------

BODY = "张经理：\n\n报价周五前发您。"

SIGNATURE_CASES = [
    ("'-- ' delimiter", f"{BODY}\n\n-- \n李明\n项目经理 | 交付中心\n电话:010-5555-0101", BODY),
    ("'--' without its space", f"{BODY}\n\n--\n李明\n座右铭：拒绝平庸，把不可能变成可能", BODY),
    ("zh name/title/company/phone, no delimiter",
     f"{BODY}\n\n李明\n项目经理 | 交付中心\n欧天软件技术有限公司\n电话：010-5555-0101", BODY),
    ("zh-Hant block, no delimiter",
     f"{BODY}\n\n林佩君\n專案經理 | 歐天軟體台北辦公室\n電話:02-5555-0105", BODY),
    ("en block under the sign-off, no delimiter",
     "Hi Mark,\n\nFixed in 2.4.4.\n\nBest regards,\nKevin\n\nKevin Zhou\n"
     "Project Manager | OurTeam Software\nTel: +86 21 5555 0104",
     "Hi Mark,\n\nFixed in 2.4.4.\n\nBest regards,\nKevin"),
    ("en block glued to the sign-off",
     "Hi Mark,\n\nFixed in 2.4.4.\n\nRegards,\nKevin Zhou\nProject Manager\nM: +86 138 0000 0000",
     "Hi Mark,\n\nFixed in 2.4.4.\n\nRegards,"),
    ("disclaimer after a rule",
     f"{BODY}\n\n李明\n电话:010-5555-0101\n---------------------------------\n"
     "本邮件及其附件可能含有保密信息，仅供指定收件人使用。如您误收本邮件，请立即删除并通知发件人。"
     "我们不接受任何因邮件误传而产生的责任。", BODY),
    ("English disclaimer paragraphs",
     "Hi Mark,\n\nSee the plan below.\n\nThis e-mail is confidential. If you are not the intended "
     "recipient, please delete it.\n\nAny use of it is prohibited.",
     "Hi Mark,\n\nSee the plan below."),
    ("mobile footer", f"{BODY}\n\n发自我的iPhone", BODY),
    ("PM's own sentence about a confidential file stays", f"{BODY}\n合同属于保密文件，收到后请通知我。",
     f"{BODY}\n合同属于保密文件，收到后请通知我。"),
    ("sign-off name alone stays", f"{BODY}\n\n李明", f"{BODY}\n\n李明"),
    ("closing line stays", f"{BODY}\n\n谢谢！\n李明", f"{BODY}\n\n谢谢！\n李明"),
    ("last line mentioning a phone call stays", f"{BODY}\n电话会议改到周四 10:00。",
     f"{BODY}\n电话会议改到周四 10:00。"),
    ("'--' divider before a long text is not a signature",
     "上半部分\n--\n" + "\n".join(f"第{i}条说明。" for i in range(20)),
     "上半部分\n--\n" + "\n".join(f"第{i}条说明。" for i in range(20))),
    ("signature above a quote", f"{BODY}\n\n-- \n李明\n电话:010-5555-0101\n\n"
     "-----Original Message-----\nFrom: x\n\n做不了", BODY),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in SIGNATURE_CASES],
                         ids=[c[0] for c in SIGNATURE_CASES])
def test_signatures_are_removed(body, expected):
    assert read_draft(plain(body)).text == expected


def test_html_signature_container_is_removed():
    markup = ('<p>周五前发您。</p><div class="moz-signature">-- <br>李明<br>电话:010-5555-0101</div>')
    assert read_draft(html(markup)).text == "周五前发您。"


# ------------------------------------------------------------------------------------
# Errors, robustness, logging
# ------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [b"", b"   \r\n\t ", "From: a@b.c\r\n\r\nhi", None, 42],
                         ids=["empty", "whitespace", "str", "None", "int"])
def test_nothing_readable_raises_draft_error(raw):
    with pytest.raises(DraftError) as err:
        read_draft(raw)
    assert str(err.value) and "\n" not in str(err.value)


def test_bytearray_and_memoryview_are_accepted():
    raw = plain("周四见")
    assert read_draft(bytearray(raw)).text == read_draft(memoryview(raw)).text == "周四见"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_draft_or_a_draft_error(raw):
    try:
        draft = read_draft(raw)
    except DraftError:
        assert not raw.strip()
    else:
        draft.text.encode("utf-8")  # printable: no lone surrogates leak out
        draft.subject.encode("utf-8")


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutated_messages_give_a_draft(data):
    base = message(multipart("mixed",
                             part(f"{BODY}\n\n-----原始邮件-----\n{CLIENT}", charset="gbk",
                                  cte="base64"),
                             part("<p>x</p>", subtype="html", cte="quoted-printable")))
    raw = bytearray(base)
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(raw)))
        raw[at:at] = data.draw(st.sampled_from(
            [b"\r\n", b"--b-1", b"=?gb2312?B?", b"?=", b"\xd5\xc5", b"<blockquote>", b"\x00",
             b"charset=\x00", b"> ", b"-- \r\n", b"=", b";"]))
    read_draft(bytes(raw))


def test_mail_parser_logs_nothing_at_info_or_above(caplog):
    # mail-parser warns about this text/enriched part; its loggers must stay silent for us.
    raw = message(multipart("mixed", part("secret draft words", subtype="enriched"),
                            part("more secret draft words")))
    with caplog.at_level(logging.DEBUG):
        read_draft(raw)
    assert not [r for r in caplog.records if r.name.startswith("mailparser")]
    assert not [r for r in caplog.records if "secret" in r.getMessage()]


def test_mailcoach_note_left_by_a_client_is_not_judged():
    # A client that drops our X-MailCoach-* headers keeps the note in the text: it is ours, not the PM's.
    from mailcoach.annotate import NOTE_BEGIN, NOTE_END

    raw = (
        "Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{NOTE_BEGIN}\r\nMailCoach: 这封邮件可能当场回绝了客户\r\n{NOTE_END}\r\n您好,这个需求我们评估后周五答复。\r\n"
    ).encode()
    text = read_draft(raw).text
    assert text == "您好,这个需求我们评估后周五答复。"


def test_large_attachment_is_not_decoded_and_text_still_read():
    # A 13 MB draft: the base64 attachment is cut before parsing (memory), the text part is intact.
    import base64
    import os
    import resource

    att = base64.encodebytes(os.urandom(10_000_000)).replace(b"\n", b"\r\n")
    text_b64 = base64.encodebytes(("这个需求做不了。" * 3000).encode()).replace(b"\n", b"\r\n")
    raw = (
        b"From: a@ourteam.example.com\r\nTo: b@client-a.example.cn\r\nSubject: big\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + text_b64 + b"--XX\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + att + b"--XX--\r\n"
    )
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    draft = read_draft(raw)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert draft.text == "这个需求做不了。" * 3000  # ~1,300 base64 lines of text: under the cut, kept whole
    assert grown_mb < 4 * len(raw) / 1e6
