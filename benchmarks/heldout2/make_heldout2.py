#!/usr/bin/env python3
"""Build the heldout2 evaluation set: g001.eml ... g060.eml + labels.json.

Independent of the development drafts: every text below was written for this set,
following only the labelling guide (shared/drafts/README.md) and the seed article.
Stdlib only and deterministic: running it twice gives byte-identical files.

    python3 make_heldout2.py            # write + verify
    python3 make_heldout2.py --show 3   # also print the decoded body of g001..g003
    python3 make_heldout2.py --stats    # print length statistics of the long drafts
"""
import base64
import datetime
import hashlib
import html
import json
import os
import quopri
import re
import sys
from email import policy
from email.parser import BytesParser

OUT = os.path.dirname(os.path.abspath(__file__))
RULES = ("argue", "refusal", "persuade", "ramble", "backchannel")
DOMAINS = ("ourteam.example.com", "client-a.example.cn", "client-b.example.com",
           "bank-c.example.cn")

# --------------------------------------------------------------------------- people
P = {
    # our side
    "zhao": ("赵立峰", "zhao.lifeng@ourteam.example.com"),
    "lin": ("林晓雯", "lin.xiaowen@ourteam.example.com"),
    "zhou": ("周振", "zhou.zhen@ourteam.example.com"),
    "mark": ("Mark Ellison", "mark.ellison@ourteam.example.com"),
    "priya": ("Priya Nair", "priya.nair@ourteam.example.com"),
    "chen": ("陳家豪", "chen.jiahao@ourteam.example.com"),
    "sun": ("孙悦", "sun.yue@ourteam.example.com"),
    "wu": ("吴国栋", "wu.guodong@ourteam.example.com"),
    "tom": ("Tom Becker", "tom.becker@ourteam.example.com"),
    "helen": ("Helen Zhao", "helen.zhao@ourteam.example.com"),
    "he": ("何建明", "he.jianming@ourteam.example.com"),
    "gao": ("高翔", "gao.xiang@ourteam.example.com"),
    "xu": ("许文博", "xu.wenbo@ourteam.example.com"),
    "mateng": ("马腾", "ma.teng@ourteam.example.com"),
    "du": ("杜鹏", "du.peng@ourteam.example.com"),
    "deng": ("邓海涛", "deng.haitao@ourteam.example.com"),
    "ben": ("Ben Carter", "ben.carter@ourteam.example.com"),
    "huang": ("黃志偉", "huang.zhiwei@ourteam.example.com"),
    "suke": ("苏可", "su.ke@ourteam.example.com"),
    "zhanghf": ("张海峰", "zhang.haifeng@ourteam.example.com"),
    "greg": ("Greg Patterson", "greg.patterson@ourteam.example.com"),
    "dana": ("Dana Kim", "dana.kim@ourteam.example.com"),
    "raj": ("Raj Mehta", "raj.mehta@ourteam.example.com"),
    "qian": ("钱伟", "qian.wei@ourteam.example.com"),
    "mali": ("马丽", "ma.li@ourteam.example.com"),
    "zheng": ("郑宏", "zheng.hong@ourteam.example.com"),
    "wanglei": ("王磊", "wang.lei@ourteam.example.com"),
    "wups": ("吳佩珊", "wu.peishan@ourteam.example.com"),
    "sarah": ("Sarah Lin", "sarah.lin@ourteam.example.com"),
    "devecom": ("电商研发组", "dev-ecom@ourteam.example.com"),
    # bank-c (banking)
    "wjg": ("王建国", "wang.jianguo@bank-c.example.cn"),
    "limin": ("李敏", "li.min@bank-c.example.cn"),
    "sunhai": ("孙海", "sun.hai@bank-c.example.cn"),
    "zsf": ("張淑芬", "zhang.shufen@bank-c.example.cn"),
    "lzm": ("林志明", "lin.zhiming@bank-c.example.cn"),
    "richard": ("Richard Lowe", "richard.lowe@bank-c.example.cn"),
    # client-a (manufacturing plant, government bureau)
    "lzh": ("刘振华", "liu.zhenhua@client-a.example.cn"),
    "wq": ("王强", "wang.qiang@client-a.example.cn"),
    "zhoumin": ("周敏", "zhou.min@client-a.example.cn"),
    "cjp": ("陈建平", "chen.jianping@client-a.example.cn"),
    "hl": ("黄丽", "huang.li@client-a.example.cn"),
    # client-b (e-commerce, gaming)
    "zy": ("张宇", "zhang.yu@client-b.example.com"),
    "cs": ("陈思", "chen.si@client-b.example.com"),
    "kevin": ("Kevin Tan", "kevin.tan@client-b.example.com"),
    "jess": ("Jessica Moore", "jessica.moore@client-b.example.com"),
    "olivia": ("Olivia Grant", "olivia.grant@client-b.example.com"),
}

# --------------------------------------------------------------------------- clients
CLIENT_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("X-Unsent", "1")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"),
                    ("X-Mozilla-Draft-Info", "internal/draft; vcard=0; receipt=0; DSN=0; "
                     "uuencode=0; attachmentreminder=0; deliveryformat=4")],
    "foxmail": [("X-Mailer", "Foxmail 7.2.25.228[cn]")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.500.171)")],
    None: [],
}

WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
WD_ZH = "一二三四五六日"


def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2
                                      else "%Y-%m-%d %H:%M")


def rfc_date(d, tz):
    return "%s, %d %s %d %02d:%02d:%02d %s" % (WD_EN[d.weekday()], d.day, MON_EN[d.month - 1],
                                               d.year, d.hour, d.minute, d.second, tz)


def h12(d):
    h = d.hour % 12 or 12
    return h, ("AM" if d.hour < 12 else "PM")


# --------------------------------------------------------------------------- headers
def _fits(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(s, charset, mode):
    """RFC 2047 encoded words (list) for s; falls back to utf-8 when needed."""
    if all(ord(c) < 128 for c in s):
        return [s]
    cs = charset if charset.lower() not in ("us-ascii",) and _fits(s, charset) else "utf-8"
    prefix = "=?%s?%s?" % (cs, mode)

    def enc(t):
        b = t.encode(cs)
        if mode == "B":
            return base64.b64encode(b).decode("ascii")
        out = []
        for byte in b:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif byte < 128 and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    words, cur = [], ""
    for c in s:
        t = cur + c
        if cur and len(prefix) + len(enc(t)) + 2 > 75:
            words.append(prefix + enc(cur) + "?=")
            cur = c
        else:
            cur = t
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return words


def fmt_addr(key, charset, mode):
    name, a = P[key]
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:()<>@"]', name):
            name = '"%s"' % name
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (" ".join(encoded_words(name, charset, mode)), a)


def fold_list(field, items):
    line = field + ": " + items[0]
    out = []
    for it in items[1:]:
        if len(line) + 2 + len(it) > 76:
            out.append(line + ",")
            line = " " + it
        else:
            line += ", " + it
    out.append(line)
    return "\r\n".join(out)


def plain_name(key):
    return P[key][0]


# --------------------------------------------------------------------------- quotes
def quote_text(q, lang_hint):
    """Render the quoted earlier message as plain text."""
    who = q["who"]
    name, addr = P[who]
    w = dt(q["when"])
    body = q["text"].strip("\n")
    st = q["style"]
    if st == "gt_en":
        h, ap = h12(w)
        head = "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:" % (
            WD_EN[w.weekday()], w.day, MON_EN[w.month - 1], w.year, w.hour, w.minute, name, addr)
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    if st == "gt_zh":
        head = "在 %d年%d月%d日 %02d:%02d, %s <%s> 写道:" % (w.year, w.month, w.day, w.hour,
                                                          w.minute, name, addr)
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    to = "; ".join(plain_name(k) for k in q["to"])
    if st == "outlook_en":
        h, ap = h12(w)
        return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\n"
                "To: %s\nSubject: %s\n\n%s" % (
                    name, addr, WD_EN_LONG[w.weekday()], MON_EN_LONG[w.month - 1], w.day,
                    w.year, h, w.minute, ap, to, q["subject"], body))
    if st == "outlook_zh":
        return ("-----原始邮件-----\n发件人: %s <%s>\n发送时间: %d年%d月%d日 %d:%02d\n"
                "收件人: %s\n主题: %s\n\n%s" % (name, addr, w.year, w.month, w.day, w.hour,
                                             w.minute, to, q["subject"], body))
    if st == "foxmail":
        h, ap = h12(w)
        ap = "上午" if ap == "AM" else "下午"
        to = ";".join('"%s"<%s>' % P[k] for k in q["to"])
        return ("------------------ 原始邮件 ------------------\n"
                '发件人: "%s"<%s>;\n发送时间: %d年%d月%d日(星期%s) %s%d:%02d\n收件人: %s;\n'
                "主题: %s\n\n%s" % (name, addr, w.year, w.month, w.day, WD_ZH[w.weekday()],
                                   ap, h, w.minute, to, q["subject"], body))
    raise ValueError(st)


def esc_lines(text):
    return "<br>\n".join(html.escape(l, quote=False) for l in text.split("\n"))


def paras_html(text, tag="p", cls=""):
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        attr = ' class="%s"' % cls if cls else ""
        out.append("<%s%s>%s</%s>" % (tag, attr, esc_lines(para), tag))
    return "\n".join(out)


def quote_html(q):
    who = q["who"]
    name, addr = P[who]
    w = dt(q["when"])
    body = paras_html(q["text"].strip("\n"), "div")
    st = q["style"]
    to = "; ".join(plain_name(k) for k in q["to"])
    if st in ("outlook_en", "outlook_zh"):
        if st == "outlook_en":
            h, ap = h12(w)
            labels = ("From", "Sent", "To", "Subject")
            when = "%s, %s %d, %d %d:%02d %s" % (WD_EN_LONG[w.weekday()], MON_EN_LONG[w.month - 1],
                                                 w.day, w.year, h, w.minute, ap)
        else:
            labels = ("发件人", "发送时间", "收件人", "主题")
            when = "%d年%d月%d日 %d:%02d" % (w.year, w.month, w.day, w.hour, w.minute)
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                '<p class="MsoNormal"><b>%s:</b> %s &lt;%s&gt;<br>\n<b>%s:</b> %s<br>\n'
                '<b>%s:</b> %s<br>\n<b>%s:</b> %s</p>\n</div>\n%s' % (
                    labels[0], html.escape(name), addr, labels[1], when, labels[2],
                    html.escape(to), labels[3], html.escape(q["subject"]), body))
    if st == "foxmail":
        h, ap = h12(w)
        ap = "上午" if ap == "AM" else "下午"
        to = ";".join('"%s"&lt;%s&gt;' % (html.escape(P[k][0]), P[k][1]) for k in q["to"])
        return ('<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
                '------------------ 原始邮件 ------------------</div>\n'
                '<div style="font-size: 12px;background:#efefef;padding:8px;">\n'
                '<div><b>发件人:</b> "%s"&lt;%s&gt;;</div>\n'
                '<div><b>发送时间:</b> %d年%d月%d日(星期%s) %s%d:%02d</div>\n'
                '<div><b>收件人:</b> %s;</div>\n<div></div>\n<div><b>主题:</b> %s</div>\n</div>\n'
                '<div><br></div>\n%s' % (html.escape(name), addr, w.year, w.month, w.day,
                                         WD_ZH[w.weekday()], ap, h, w.minute, to,
                                         html.escape(q["subject"]), body))
    if st == "gt_en":
        head = "On %s, %d %s %d at %02d:%02d, %s &lt;%s&gt; wrote:" % (
            WD_EN[w.weekday()], w.day, MON_EN[w.month - 1], w.year, w.hour, w.minute,
            html.escape(name), addr)
    else:
        head = "在 %d/%d/%d %02d:%02d, %s 写道:" % (w.year, w.month, w.day, w.hour, w.minute,
                                                  html.escape(name))
    return ('<div class="moz-cite-prefix">%s<br>\n</div>\n<blockquote type="cite">\n%s\n'
            '</blockquote>' % (head, body))


# --------------------------------------------------------------------------- bodies
def sig_text(c):
    if not c.get("sig"):
        return ""
    s = c["sig"].strip("\n")
    return ("-- \n" + s) if c.get("sig_dash", True) else s


def plain_body(c):
    body = c["body"].strip("\n")
    parts = []
    q = c.get("quote")
    if q and q.get("style") and c.get("bottom"):
        parts.append(quote_text(q, c["lang"]))
    parts.append(body)
    s = sig_text(c)
    if s:
        parts.append(s)
    if q and q.get("style") and not c.get("bottom"):
        parts.append(quote_text(q, c["lang"]))
    return "\n\n".join(parts) + "\n"


def html_body(c):
    cs = c["charset"]
    client = c.get("client")
    body = c["body"].strip("\n")
    q = c.get("quote")
    s = sig_text(c)
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs
    if client == "outlook":
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n%s\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Microsoft YaHei",'
                'sans-serif}</style>\n</head>\n<body lang="ZH-CN">\n<div class="WordSection1">\n'
                % meta)
        tail = "</div>\n</body>\n</html>\n"
        main = paras_html(body, "p", "MsoNormal")
        sig = ('<p class="MsoNormal">%s</p>' % esc_lines(s)) if s else ""
    elif client == "foxmail":
        head = ('<html><head>%s\n<style>body{font-size:10.5pt;font-family:微软雅黑}</style>'
                '</head><body>\n' % meta)
        tail = "</body></html>\n"
        main = "\n<div><br></div>\n".join(
            "<div>%s</div>" % esc_lines(p) for p in re.split(r"\n\s*\n", body))
        sig = ('<div><br></div>\n<div>%s</div>' % esc_lines(s)) if s else ""
    else:  # thunderbird / web
        head = "<!DOCTYPE html>\n<html>\n<head>\n%s\n</head>\n<body>\n" % meta
        tail = "</body>\n</html>\n"
        main = paras_html(body, "p")
        sig = ('<div class="moz-signature">%s</div>' % esc_lines(s)) if s else ""
    parts = [main]
    if sig:
        parts.append(sig)
    if q and q.get("style"):
        parts.append(quote_html(q))
    return head + "\n".join(parts) + "\n" + tail


def encode_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        return raw.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(raw).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def leaf(ctype, charset, cte, text):
    hdrs = ["Content-Type: %s; charset=%s" % (ctype, charset),
            "Content-Transfer-Encoding: %s" % cte]
    return hdrs, encode_body(text, charset, cte)


def attachment(att):
    fname, mime, data, style = att
    if style == "2231":
        from urllib.parse import quote as pct
        enc = "utf-8''" + pct(fname.encode("utf-8"), safe="")
        ct = 'Content-Type: %s;\r\n name="%s"' % (mime, " ".join(encoded_words(fname, "utf-8", "B")))
        cd = "Content-Disposition: attachment;\r\n filename*=%s" % enc
    elif style == "2047":
        w = " ".join(encoded_words(fname, "utf-8", "B"))
        ct = 'Content-Type: %s;\r\n name="%s"' % (mime, w)
        cd = 'Content-Disposition: attachment;\r\n filename="%s"' % w
    else:
        ct = 'Content-Type: %s; name="%s"' % (mime, fname)
        cd = 'Content-Disposition: attachment; filename="%s"' % fname
    body = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return [ct, "Content-Transfer-Encoding: base64", cd], body


def multipart(subtype, boundary, parts):
    hdrs = ['Content-Type: multipart/%s;\r\n boundary="%s"' % (subtype, boundary)]
    out = [b"This is a multi-part message in MIME format.\r\n"]
    for ph, pb in parts:
        out.append(("--%s\r\n" % boundary).encode("ascii"))
        out.append(("\r\n".join(ph) + "\r\n\r\n").encode("ascii"))
        out.append(pb.rstrip(b"\r\n") + b"\r\n")
    out.append(("--%s--\r\n" % boundary).encode("ascii"))
    return hdrs, b"".join(out)


def build(c, fname):
    cs, cte, mode = c["charset"], c["cte"], c.get("hmode", "B")
    d = dt(c["date"])
    stem = fname[:-4]
    mid = hashlib.sha1(("heldout2/" + fname + c["date"]).encode()).hexdigest()[:16]
    hdr = ["Date: " + rfc_date(d, c.get("tz", "+0800")),
           "From: " + fmt_addr(c["frm"], cs, mode),
           fold_list("To", [fmt_addr(k, cs, mode) for k in c["to"]])]
    if c.get("cc"):
        hdr.append(fold_list("Cc", [fmt_addr(k, cs, mode) for k in c["cc"]]))
    hdr.append("Subject: " + "\r\n ".join(encoded_words(c["subject"], cs, mode)))
    hdr.append("Message-ID: <%s.%s@ourteam.example.com>" % (mid, stem))
    q = c.get("quote")
    if q:
        qd = dt(q["when"])
        qdom = P[q["who"]][1].split("@")[1]
        qid = "<%s.%s@%s>" % (qd.strftime("%Y%m%d%H%M%S"),
                              hashlib.sha1((stem + q["who"]).encode()).hexdigest()[:8], qdom)
        hdr.append("In-Reply-To: " + qid)
        hdr.append("References: " + qid)
    hdr.append("MIME-Version: 1.0")
    for k, v in CLIENT_HEADERS[c.get("client")]:
        hdr.append("%s: %s" % (k, v))
    layout = c.get("layout", "plain")
    b1 = "----=_Part_%s_%s" % (stem, mid[:8])
    b2 = "----=_Alt_%s_%s" % (stem, mid[8:])
    if layout == "plain":
        ph, pb = leaf("text/plain", cs, cte, plain_body(c))
    elif layout == "html":
        ph, pb = leaf("text/html", cs, cte, html_body(c))
    elif layout == "alt":
        ph, pb = multipart("alternative", b2, [leaf("text/plain", cs, cte, plain_body(c)),
                                               leaf("text/html", cs, cte, html_body(c))])
    elif layout == "mixed":
        ph, pb = multipart("mixed", b1, [leaf("text/plain", cs, cte, plain_body(c)),
                                         attachment(c["attach"])])
    else:
        raise ValueError(layout)
    head = "\r\n".join(hdr + ph) + "\r\n\r\n"
    return head.encode("ascii") + pb


# --------------------------------------------------------------------------- cases
CASES = {}


def case(key, **kw):
    assert key not in CASES, key
    kw["key"] = key
    CASES[key] = kw


# ============================ ARGUE ============================
case("A1", expect=["argue"], lang="zh", frm="zhao", to=["wjg"], cc=["limin", "qian"],
     subject="答复: 关于核心系统对接延期的问询", date="2024-05-14 08:50:12",
     charset="utf-8", cte="base64", hmode="B", client="outlook",
     why="told-you-so timeline and condescension ('先把这两个概念弄清楚') blaming the bank for the delay; no guide phrases",
     body="""
王处长：

您好。来函收悉。

关于延期原因，我想有必要把时间线再摆一遍。3月8日启动会纪要第四条，白纸黑字写着“接口字段清单于3月底冻结”；4月2日、4月16日两期周报里，我们也都把“字段未冻结”标成了红色风险。贵行每一次的回复都是“收到”两个字，然后下一周字段照改不误。

现在延期了，回过头来找我们要原因、要说法，这个顺序恐怕是反了。与其让我们写情况说明，不如请贵行科技部先内部复盘一下：需求到底是谁在管，变更到底是谁在批。

另外，来函提到“贵方对超时机制理解不到位”。恕我直言，连接超时和读取超时是两回事，建议相关同事先把这两个概念弄清楚，我们再约会议，否则开会也是鸡同鸭讲。

赵立峰
""",
     quote=dict(style="outlook_zh", who="wjg", to=["zhao"], when="2024-05-13 17:45",
                subject="关于核心系统对接延期的问询",
                text="""
赵经理：

核心系统对接已比计划延后两周，请贵方于本周三前提交书面情况说明，并说明后续保障措施。

另，联调中多次出现超时报错，贵方对超时机制理解不到位。

王建国
科技部
"""))

case("A2", expect=["argue"], lang="en", frm="mark", to=["kevin"],
     subject="Re: Crash on level 4 -- AGAIN??", date="2024-05-14 09:20:40", tz="+0100",
     charset="us-ascii", cte="7bit", client="thunderbird",
     why="sarcastic lecture ('I'll go slowly', 'Shocking, I know') blaming the client's QA for testing an old build",
     body="""
Kevin,

Let me try this one more time, and I'll go slowly.

The crash you're reporting was fixed in build 1.4.2. Your QA team is still testing 1.4.0. I flagged this in Monday's release notes, in Tuesday's stand-up, and in the ticket itself, in bold. I'm honestly running out of places to write it.

Before anyone on your side opens another "URGENT" ticket, could they maybe check which build is actually installed? It takes about ten seconds. Shocking, I know, but the version number is printed right there on the title screen.

Update the build, rerun the test, and then we can talk.

Mark
""",
     quote=dict(style="gt_en", who="kevin", to=["mark"], when="2024-05-14 08:12",
                subject="Crash on level 4 -- AGAIN??",
                text="""
Mark,

The level 4 crash is back. This is the third time. What is going on over there?

Kevin
"""))

case("A3", expect=["argue"], lang="zh", frm="chen", to=["zsf"],
     subject="回覆: 測試環境轉帳失敗問題", date="2024-05-10 10:05:31",
     charset="big5", cte="base64", client=None,
     why="traditional/Big5; rhetorical questions and lecturing ('最起碼的功課，不應該每次都要我們來教') blaming the bank's testers",
     body="""
張副理您好：

看了貴行測試組附上的截圖，問題其實一眼就看得出來：他們連的是 SIT 環境，用的卻是 UAT 的憑證，轉帳當然會失敗。

這種情況上個月已經發生過一次，當時我們還特地整理了一份環境對照表給貴行，不知道有沒有人打開來看過？每次出狀況就先開一張最高等級的缺陷單給我們，我們的工程師半夜爬起來查了三個小時，結果是貴行自己切錯環境，這些時間算誰的？

麻煩貴行測試組今後開單之前，自己先把環境和憑證核對一遍。這是做測試最起碼的功課，不應該每次都要我們來教。

陳家豪
""",
     quote=dict(style="gt_en", who="zsf", to=["chen"], when="2024-05-09 16:20",
                subject="測試環境轉帳失敗問題",
                text="""
陳經理：

測試組回報 UAT 轉帳交易全部失敗，已開立 P1 缺陷單，請盡快處理。

張淑芬
"""))

case("A4", expect=["argue"], lang="mixed", frm="lin", to=["zy"], cc=["qian"],
     subject="Re: 购物车 PRD v3", date="2024-05-16 14:32:08",
     charset="utf-8", cte="quoted-printable", hmode="Q", client=None,
     why="mixed; blaming, rhetorical questions ('谁 review 过的?') and stacked '??' lecturing the client about their own PRD",
     body="""
张宇,

PRD v3 我看完了, 说实话有点无语: 第2.3节说优惠券可以叠加, 第5.1节又说同一订单只能用一张. 这两条是谁 review 过的? 你们内部到底有没有人从头到尾读过一遍?

我们的 dev 这两周已经按 v2 做了一半, 现在你们自己前后矛盾, 最后 delay 了又要算到我们头上, 这个逻辑我真的 get 不到.

请你们先 internal 对齐好, 出一个自洽的版本再发过来. 别再让我们的 dev 天天猜你们到底想要什么了??

Xiaowen
""",
     quote=dict(style="gt_zh", who="zy", to=["lin"], when="2024-05-16 11:05",
                subject="购物车 PRD v3",
                text="""
晓雯, PRD v3 已经更新, 请按这个版本开发, 有问题随时沟通.
张宇
"""))

case("A5", expect=["argue"], lang="zh", frm="sun", to=["cjp"], cc=["hl"],
     subject="关于“系统反应慢”问题的说明", date="2024-05-20 16:44:02",
     charset="gb18030", cte="quoted-printable", hmode="B", client="outlook", layout="html",
     why="HTML-only; bureaucratic lecture ('说句不太客气的话', '把锅甩到我们系统上', '不要一有风吹草动就往我们这边推') at a government client",
     body="""
陈科长：

关于贵单位上周反映的政务审批系统“打开慢、经常卡死”一事，我方已派工程师上门核查完毕，现将情况说明如下。

经逐台排查，出现卡顿的17台终端均自行安装了三款以上的浏览器插件，其中两台还在后台运行来历不明的程序。服务器端各项指标一切正常，平均响应时间0.3秒。

说句不太客气的话：这已经是今年第三次因为贵单位终端环境的问题把锅甩到我们系统上了。贵单位信息科连终端上装了什么软件都管不住，出了问题第一反应却是发函质询我方，这种做法我们很难理解。

请贵单位先把自家终端管好，今后提交问题前务必做好自查，不要一有风吹草动就往我们这边推。
""",
     sig="""
孙悦 | 项目经理 | 政务事业部
电话：010-5555-0188
""")

case("A6", expect=["argue", "backchannel"], lang="en", frm="priya", to=["jess"], cc=["kevin"],
     subject="Store UI - round 9 of changes", date="2024-05-17 18:12:55", tz="+0100",
     charset="utf-8", cte="8bit", client=None,
     why="blunt blaming ('your side doesn't seem to know what it wants') plus mocking a client staffer as 'Chief Slide Officer' in a mail to the client",
     body="""
Hi Jessica,

We've received round nine of the store UI changes. Nine. For a screen with four buttons.

I'll be blunt, since being polite for eight rounds clearly hasn't worked: the problem isn't the design, it's that your side doesn't seem to know what it wants. Every time we ship exactly what was signed off, someone "has a thought" on Friday afternoon and we start over on Monday.

And could someone please ask your resident Chief Slide Officer to stop redesigning the purchase flow in PowerPoint at midnight? Half his mock-ups use fonts we don't even have a licence for. He's very creative, I'll give him that — just not in any way that helps ship a game.

Let's freeze the layout this week. If that's too much to ask, tell me now so I can stop pretending the milestone date means anything.

Priya
""")

# ============================ REFUSAL ============================
case("R1", expect=["refusal"], lang="zh", frm="wu", to=["hl"],
     subject="关于增加移动端审批功能的复函", date="2024-05-14 15:00:00",
     charset="gb18030", cte="quoted-printable", hmode="Q", client="outlook",
     why="bureaucratic flat refusal ('我方不作安排。此复。') with no evaluation, alternative or escalation",
     body="""
黄主任：

贵单位5月10日《关于增加移动端审批功能的函》已收悉。

经我方项目组研究，移动端审批不在双方所签合同及附件《功能清单》范围之内，我方不作安排。

此复。

吴国栋
2024年5月14日
""")

case("R2", expect=["refusal"], lang="en", frm="tom", to=["olivia"],
     subject="RE: Controller remapping in the PC build", date="2024-05-15 11:27:19", tz="+0100",
     charset="us-ascii", cte="quoted-printable", client="outlook", layout="alt",
     why="multipart/alternative; polite wording but a flat 'off the table ... isn't coming back' with no assessment or alternative",
     body="""
Hi Olivia,

Thanks for sending this over. Controller remapping isn't something we're going to take on. It's off the table for launch, and it isn't coming back afterwards either.

Let's keep the focus on the cert submission.

Cheers,
Tom
""",
     quote=dict(style="outlook_en", who="olivia", to=["tom"], when="2024-05-14 19:03",
                subject="Controller remapping in the PC build",
                text="""
Tom,

Players in the beta keep asking for controller remapping on PC. Could your team look at adding it, even post-launch?

Olivia
"""))

case("R3", expect=["refusal"], lang="zh", frm="zhou", to=["lzh", "wq"], cc=["qian"],
     subject="MES二期周例会纪要（5月15日）", date="2024-05-15 17:40:00",
     charset="utf-8", cte="base64", client="outlook", layout="alt",
     why="refusal slipped into meeting minutes ('此项我方不做，本条关闭，后续不再讨论') at a manufacturing client",
     body="""
刘厂长、王工：

今天例会的纪要整理如下，请查阅。

一、进度
1. 设备数据采集模块已完成12条产线中的9条，剩余3条计划下周五前接入。
2. 质检看板已部署到测试环境，王工那边可以开始试用。

二、问题与结论
1. 注塑车间网络时断时续：由贵厂设备科排查交换机，周三前反馈。
2. 贵厂提出的“工单批量导出Excel”：此项我方不做，本条关闭，后续不再讨论。
3. 条码打印机驱动：我方负责适配，周四完成。

三、下次例会
5月22日（周三）下午2点，三楼会议室。

如纪要有出入，请于明天中午前回复。

周振
""")

case("R4", expect=["refusal"], lang="zh", frm="lin", to=["cs"],
     subject="回复：订单列表能不能加个按买家省份筛选", date="2024-05-13 10:18:42",
     charset="utf-8", cte="8bit", client="foxmail",
     why="refusal wrapped in friendly words and emoji ('咱们就别想啦', '真的搞不了哈～') with no buffer or alternative",
     body="""
思思姐～

收到收到！不过这个筛选咱们就别想啦😂 订单列表当初设计的时候就没留省份这个维度，动它等于动整个查询结构，真的搞不了哈～

您就先将就着用现在的吧，辛苦辛苦，爱您❤️

晓雯
""",
     quote=dict(style="foxmail", who="cs", to=["lin"], when="2024-05-13 09:40",
                subject="订单列表能不能加个按买家省份筛选",
                text="""
晓雯，运营这边想在订单列表加一个按买家所在省份筛选的条件，大促期间查单方便很多，能安排吗？
"""))

case("R5", expect=["refusal"], lang="en", frm="helen", to=["richard"],
     subject="RE: Request to extend UAT by two weeks", date="2024-05-14 09:02:37",
     charset="utf-8", cte="quoted-printable", client="outlook", layout="html",
     why="HTML-only, Outlook quote; curt 'We will not be extending ... stands' with no options although the client offered to discuss",
     body="""
Richard,

Thank you for your note. We will not be extending the UAT window. The go-live date of 3 June stands, as does the current test scope.

Regards,
Helen
""",
     quote=dict(style="outlook_en", who="richard", to=["helen"], when="2024-05-13 18:40",
                subject="Request to extend UAT by two weeks",
                text="""
Helen,

Our business testers have only been able to complete 60% of the cases because of the month-end close. We'd like to request a two-week extension of UAT. Happy to discuss options.

Richard
"""))

case("R6", expect=["refusal", "argue"], lang="zh", frm="chen", to=["zsf"], cc=["lzm"],
     subject="回覆: 報表欄位調整需求", date="2024-05-21 09:30:11",
     charset="big5", cte="8bit", client="outlook",
     why="traditional/Big5; flat '欄位不會再改了 ... 到此為止' plus a blaming rhetorical question about the sign-off",
     body="""
張副理：

欄位不會再改了。

規格書 v2.1 是貴行在三月二十日簽字確認的，簽名欄上還有您的名字。當時評審會開了整整一個下午，每一個欄位都逐條念過。現在報表都上線了，才說要加「客戶風險等級」，那當初評審的時候大家在看什麼？

這件事就到此為止。

陳家豪
""")

# ============================ PERSUADE ============================
case("P1", expect=["persuade"], lang="zh", frm="he", to=["lzh"],
     subject="关于MES三期合同签署时间", date="2024-05-16 20:05:33",
     charset="gbk", cte="base64", hmode="B", client="outlook",
     why="pressure tactic: price rises after Friday 'the responsibility is yours', dismisses comparing other vendors",
     body="""
刘厂长：

三期合同的事，我再跟您交个底。

我们这边的报价只保到本周五。周五之后，服务器采购价和人力成本都要统一调整，涨幅大概在15%左右。到时候预算超了、流程要重走，这个责任可就不在我们这边了，您心里得有个数。

至于您上次提到想再比较一下其他两家供应商，说实话没这个必要。他们没做过咱们这种多工厂的场景，比来比去最后还是得回到我们这儿，白白耽误两个月。

所以我的意见很简单：这周把字签了，别再犹豫了。合同法务已经准备好，您点个头就行。

何建明
""")

case("P2", expect=["persuade"], lang="en", frm="mark", to=["kevin"],
     subject="Re: Live-ops tooling vendor shortlist", date="2024-05-21 16:48:20", tz="+0100",
     charset="us-ascii", cte="base64", client=None,
     why="pushes our platform ('the only thing on that list ... Full stop'), tells the client to stop evaluating alternatives",
     body="""
Kevin,

I saw the shortlist. Let me save you some meetings: the other two vendors shouldn't be on it.

I know your CTO likes the idea of building on the open-source dashboard, but that road ends with your team maintaining someone else's hobby project at 3am on launch weekend. Our platform is the only thing on that list that has actually survived a launch of your size. Full stop.

I'd really stop entertaining the other pitches. Every week you spend "evaluating" is a week your live-ops team isn't learning the tool they're going to end up using anyway. Let's get the paperwork moving and put this to bed.

Mark
""")

case("P3", expect=["persuade"], lang="mixed", frm="gao", to=["zy"], cc=["cs"],
     subject="小程序 vs H5", date="2024-05-15 08:31:47",
     charset="utf-8", cte="8bit", client=None,
     why="mixed; 'trust me ... H5 才是正解', tells the client to push their boss and stop discussing; schedules our option already",
     body="""
张宇,

昨天会上说的小程序方案, 我回去想了一晚上, 还是觉得这条路别走了.

Trust me, 我们做过三十几个电商项目, H5 + PWA 才是正解, 小程序那套审核流程会把你们的运营节奏拖死. 你们老板现在是被竞品的 demo 带偏了, 这个时候你要做的是帮他回到正轨, 而不是陪他一起试错.

我建议你这周就直接去 push 他, 就说技术团队一致认为 H5 是唯一选择. 不用再开会 discuss 了, 越讨论越乱. 排期我这边先按 H5 排上, 你那边 align 一下就好.

高翔
""")

case("P4", expect=["persuade"], lang="zh", frm="xu", to=["wjg"], cc=["limin"],
     subject="关于部署方式的再次说明", date="2024-05-17 11:22:09",
     charset="gbk", cte="quoted-printable", hmode="Q", client="outlook", layout="html",
     why="HTML-only; tells the bank to give up its private-deployment view ('这个想法是时候放下了', '不要再...论证') and sign our SaaS option",
     body="""
王处长：

关于私有化部署，我们理解贵行在数据安全上的顾虑，但坦白讲，这个想法是时候放下了。

私有化意味着贵行要自建机房、自配运维团队，一年光运维成本就是SaaS订阅费的两倍多。更关键的是，版本升级永远会比SaaS慢半年，贵行的业务部门迟早会来问，为什么别的银行都有的新功能我们没有。

我们已经为贵行准备好了SaaS专属实例方案，安全合规的材料也都齐了。请贵行不要再在私有化上花时间论证，尽快按SaaS方案推进签约，这才是对贵行、对项目都负责任的选择。
""",
     sig="""
许文博
高级项目经理 | 金融事业部
手机：138-0000-5521
""", sig_dash=False)

case("P5", expect=["persuade"], lang="zh", frm="mateng", to=["cjp"],
     subject="回复：关于采用方案A的意见", date="2024-05-22 09:15:26",
     charset="utf-8", cte="quoted-printable", hmode="B", client="thunderbird",
     why="pressure via authority ('领导当场是认可的', '对您个人也未必是好事') to make the client drop option A",
     body="""
陈科长：

您的意见我们认真看了。不过有个情况得先跟您通个气：方案B我们上周已经向局里分管领导做过专题汇报，领导当场是认可的。

这个时候您这边再把方案A拿出来，等于是让领导收回已经表过的态，大家都会很被动，对您个人也未必是好事。方案A的那些优点，放在方案B的框架下其实也都能慢慢补上。

所以还是希望科里统一一下口径，就按方案B往下走，方案A就先不要再提了。

马腾
""",
     quote=dict(style="gt_zh", who="cjp", to=["mateng"], when="2024-05-21 17:30",
                subject="关于采用方案A的意见",
                text="""
马经理：

科里讨论后认为，方案A在数据共享方面更符合我局实际，建议重新评估两个方案。

陈建平
"""))

case("P6", expect=["persuade", "refusal"], lang="zh", frm="du", to=["zy"],
     subject="实时销售大屏的事", date="2024-05-23 13:50:00",
     charset="utf-8", cte="base64", client=None,
     why="flat '我们就不上了' plus talking the client out of their need ('这事就这么定了，你们也别再纠结')",
     body="""
张宇：

实时大屏这一项，我们就不上了。

说句实在话，你们运营看数据的频率，一天也就早晚两次，T+1的日报完全够用。所谓“实时”，最后就是一块挂在墙上、没人看的屏。花这个钱、占这个排期，真没必要。

这事我觉得就这么定了，你们也别再纠结，回头跟老板那边就说技术上评估过了，不划算。

杜鹏
""")

# ============================ RAMBLE ============================
case("M1", expect=["ramble"], lang="zh", frm="deng", to=["lzh"],
     subject="近况及下周安排", date="2024-05-17 21:36:14",
     charset="gbk", cte="8bit", hmode="B", client="foxmail",
     why="~700 characters of weather, dim sum, son's exams and fishing; the one action (electrician for Wednesday's commissioning) is buried",
     body="""
刘厂长：

您好啊！上周去贵厂那趟真是收获满满，回来之后一直想给您写封信聊聊。

先说天气，佛山这几天真是闷得不行，我回广州那天在高速上碰上一场暴雨，雨刮器开到最大都看不清前面的车，只好在服务区躲了足足四十分钟，顺便吃了一碗双皮奶，说实话比市区那些网红店的还正宗。服务区旁边还有一家卖烧鹅的，排队的人都排到停车场去了，下次路过我一定要试试。

说到吃，您上次推荐的那家早茶，我周末带着家里人去了。虾饺皮薄得能看见里面的虾，凤爪炖得一抿就脱骨，我家小子一个人吃了两笼叉烧包，回来路上还嚷着下周还要去。他今年小升初，最近天天被他妈妈押着刷题，难得放松一下，我看他比我还开心。

对了，您那天说起您也喜欢钓鱼，真是巧了。我这两个月一直在研究路亚，买了一根碳素竿，花了小两千，结果去了三次水库，一条都没上，倒是被蚊子咬了一身包。我爱人说我这是花钱买罪受，我说这叫修身养性。您要是有好的钓点，下次一定带我去见识见识。

还有件事顺便提一下：下周三上午十点设备联调，麻烦贵厂安排一位电工在场。

另外，上次在您办公室看到那盆金钱树长得真好，叶子油亮油亮的。我家那盆养了两年，叶子黄了一半，也不知道是浇水太多还是太少，回头您得空教教我。

说起花草，我岳父退休以后在老家院子里种了一排月季，每年四五月开得满墙都是，红的粉的黄的都有，引得邻居天天来拍照。他老人家还专门建了个微信群分享养花心得，群里八十多号人，比我们的项目群还热闹。上个月我回去看他，他拉着我讲了一下午怎么配营养土，我听得云里雾里，只记住了一句“见干见湿”。

最近我还在追一部讲九十年代广东工厂的电视剧，里面那些老厂房、老机床，看着特别亲切，让我想起刚毕业那会儿在车间实习的日子，一晃快二十年了。

就先聊这么多，祝您工作顺利，身体健康！

邓海涛
""")

case("M2", expect=["ramble"], lang="en", frm="ben", to=["olivia"],
     subject="Catching up + a few things", date="2024-05-20 08:05:51", tz="+0100",
     charset="us-ascii", cte="7bit", client="apple",
     why="~460 words on running, espresso, a TV show, the dog and a book; the staging sign-off deadline is one buried line",
     body="""
Hi Olivia,

Hope you had a good weekend! Mine was a bit of a marathon, almost literally. I finally signed up for the Lakeshore half in October, so Saturday was my first "long run" of the training plan. Eleven kilometres doesn't sound like much until you do it into a headwind along the river, with a man pushing a double stroller overtaking you at the eight-kilometre mark. I've decided he was a former Olympian. It's the only explanation I can live with.

Sunday was recovery day, which in practice meant finally unboxing the espresso machine my sister gave me for my birthday back in March. I'd been scared of it. It has more dials than our build server. After about six attempts I produced something that tasted like espresso and looked like it too, and I was unreasonably proud of myself. The first five attempts went down the sink, along with what I'm told was a very expensive bag of Ethiopian beans. My sister says I need a better grinder. I say I need a better sister. (Don't tell her.)

Speaking of caffeine-fuelled things, have you started the new season of that space show everyone is talking about? I'm three episodes in and I already have a theory about the captain that is almost certainly wrong, but I'm sticking with it. My partner refuses to watch ahead without me, which is the true test of a relationship, in my opinion. If you've seen it, please don't spoil anything. I'm serious. I will know.

Oh, before I forget - build 0.9.3 is up on staging and we'd need your sign-off by Thursday noon.

The dog, meanwhile, has developed a new hobby: barking at the robot vacuum. Not when it's running, mind you. Only when it's docked and charging, silent and harmless. She sits in front of it and gives it a lecture for about five minutes every evening. We think she believes it's plotting something. Honestly, she might be right. It got stuck under the sofa twice this week and both times I'm fairly sure it was on purpose.

I've also been trying to get back into reading on the train, and I picked up a thick book about the history of maps. It's surprisingly gripping - there's a whole chapter about mapmakers who slipped invented streets into their maps to catch people copying their work. I keep telling everyone about it at dinner. Nobody has asked me to stop yet, but I can sense it coming.

Anyway, I should probably get back to my inbox, which is looking at me the way my dog looks at the vacuum. Hope the studio move went smoothly and that your new desk is by a window this time. Say hi to the team for me!

Best,
Ben
""")

case("M3", expect=["ramble"], lang="zh", frm="huang", to=["zsf"],
     subject="近況分享（順帶一提 UAT 時程）", date="2024-05-13 22:10:05",
     charset="big5", cte="quoted-printable", hmode="Q", client="outlook",
     why="traditional/Big5; typhoon, night market, baseball, baking and coffee; the UAT date change is one line in the middle",
     body="""
張副理您好：

好久不見！上週去台北出差，本來想找機會約您喝杯咖啡，結果行程排得太滿，只好等下次了。

這次出差碰上颱風外圍環流，飛機晚了快三個小時，我在機場把一本推理小說從頭看到尾，兇手居然是開頭就出場的那位管家，老套得令人佩服。落地之後雨大得像用倒的，計程車司機一路跟我聊他年輕時在基隆港跑船的故事，說他去過二十幾個國家，最喜歡的是智利，因為那裡的海鮮又便宜又新鮮。

晚上我去了饒河街夜市，胡椒餅排了快半小時，咬第一口的時候燙得眼淚都出來了，但真的值得。後來又吃了藥燉排骨，喝了一杯木瓜牛奶，回飯店的時候肚子撐得走不動。

週六難得有空，去天母看了一場職棒，主場那隊第九局兩出局逆轉，全場都在尖叫，我旁邊一位阿伯激動到把帽子丟上天，結果帽子掉到前面好幾排，他只好一路道歉一路擠過去撿。

順帶一提，UAT 第二輪要延到 5 月 20 日開始，麻煩您那邊協調一下測試人員。

對了，最近我女兒迷上了烘焙，每個週末都在家裡做戚風蛋糕，十個有八個塌掉，但她越挫越勇，說要做到完美為止。我和太太這個月已經吃了不知道多少個塌掉的蛋糕，體重計上的數字很誠實。

回程前一天，我抽空搭車去了九份，山城的石階一階接一階，兩旁都是賣芋圓和草仔粿的小店。那天霧很大，遠處的海幾乎看不見，但老街的燈籠一盞一盞亮起來的時候，還是美得讓人捨不得走。我在一家茶館坐了一個下午，老闆娘教我怎麼泡高山烏龍，說第一泡要倒掉，第二泡才是精華。臨走前我買了兩罐，一罐自己喝，一罐送給我岳父。

另外我最近在學手沖咖啡，買了一支細口壺，每天早上練習繞圈注水，手腕都酸了。等下次見面，我一定帶一包我覺得最好喝的豆子給您試試。

祝 順心

黃志偉
""")

case("M4", expect=["ramble"], lang="mixed", frm="suke", to=["zy"],
     subject="618 复盘 + 一些碎碎念", date="2024-06-21 15:26:40",
     charset="utf-8", cte="base64", client=None, layout="mixed",
     attach=("618_stress_test_summary.txt", "text/plain; charset=utf-8",
             ("618 stress test summary\r\npeak QPS: 18400\r\np99 latency: 212 ms\r\n"
              "error rate: 0.02%\r\n").encode("utf-8"), "plain"),
     why="mixed, multipart/mixed; sleep, K-drama, gym, bubble tea, team trip and phones; the stress-test review request is one buried line",
     body="""
Hi 张宇,

618 终于结束了, 这两周感觉像过了两个月. 先分享一下我的 "post-618 recovery plan": 周末睡了整整 14 个小时, 醒来第一件事是点了一份麻辣香锅 extra spicy, 吃完又睡了. 室友说我这是 hibernation mode, 我觉得非常贴切.

然后最近在追一部韩剧, 讲一个 startup 的 CEO 爱上了自己的 competitor, 剧情非常狗血但是我停不下来, 每集结尾都有 cliffhanger, 已经连续三天熬到两点了. 你要是有空可以看看, 不过做好心理准备, 第 8 集会哭.

健身方面, 我终于开始练 deadlift 了, 教练说我的 form 还行, 就是核心太弱. 上周练完第二天下楼梯腿都在抖, 被同事笑了一整天, 他们给我起了个外号叫 "企鹅", 因为我走路一摇一摆.

对了, 压测报告在附件里, 麻烦你们周四前看一下有没有问题.

另外我发现公司楼下新开了一家 bubble tea 店, 他们家的 brown sugar boba 简直绝了, 每天下午三点准时去报到, 店员已经认识我了, 看到我直接问 "老样子?" 我觉得这是我在这个城市最有归属感的时刻.

说到城市, 我们组上周团建去了莫干山, 住的民宿有一只很胖的橘猫, 每天早上趴在窗台上晒太阳, 谁叫它都不理. 我拍了好多照片, 回头发你看看. 那边的竹林真的很出片, 就是蚊子有点多, 我腿上现在还有十几个包.

上周末还去参加了大学室友的婚礼, 以前在宿舍连袜子都懒得洗的人, 这次居然亲手写了三页纸的誓词, 念到一半自己先哭了, 全场笑成一片. 婚宴上的东坡肉做得特别好, 我连吃了三块, 同桌的阿姨一直问我有没有对象, 我只好假装去拿饮料溜走了. 回家路上还顺便去看了一场 live house 的演出, 乐队名字我到现在都没记住, 但是鼓手真的很帅.

最近还在纠结要不要换手机, 纠结了两周还没决定, 每天在各种 review 视频里反复横跳, 看完这个觉得拍照好, 看完那个又觉得续航好. 如果你有推荐欢迎告诉我!

好啦, 不多说了, 下次见面请你喝奶茶~

Ke
""")

case("M5", expect=["ramble"], lang="zh", frm="zhanghf", to=["hl"],
     subject="近日随想，兼谈需求确认单", date="2024-05-16 07:12:30",
     charset="gb18030", cte="base64", hmode="B", client="foxmail", layout="html",
     why="HTML-only; calligraphy, health, Ming courier history, tea and locust blossoms; the deadline for the requirement sign-off is one line",
     body="""
黄主任：

见字如面。前几日在贵局走廊里看到挂着的那幅《兰亭序》临本，笔意相当到位，回来之后念念不忘，索性把家里尘封多年的笔墨又翻了出来。

说起书法，我小时候是跟着外公练的颜体。外公是老派的教书先生，规矩极严，每天要写满两张大字才许吃晚饭。那时候只觉得苦，如今年过四十才体会到，静下心来写几个字，比什么都解乏。最近我每天早起临半小时《多宝塔碑》，写着写着，连血压都平稳了不少。

说到血压，不得不提养生。去年体检查出来有点偏高，医生让我少吃盐、多走路。我现在每天晚饭后沿着护城河走一圈，差不多六公里，路上能看到不少打太极的老人家，有几位动作行云流水，颇有仙风道骨。我也跟着学了几式，只是总记不住顺序，被一位大爷笑话“手脚不听使唤”。

另外，这段时间在读一本讲明代驿站制度的书，书里说当年从京城到南京，快马加急也要走上十来天，公文一来一回就是一个月。对比今天一封邮件瞬间送达，真是恍如隔世。

前些天还跟着老同学去听了一场京剧《锁麟囊》，唱青衣的是位年轻演员，嗓子清亮，身段也好，一段“春秋亭外风雨暴”唱得满堂喝彩。老同学说他年轻时最爱程派，一听就是一下午，如今耳朵有些背了，还是坚持要坐第一排。

茶也是近来的一大乐趣。朋友从武夷山带了点岩茶，用老家带来的紫砂壶泡，头几泡岩韵十足，到第七八泡依然有回甘。下回去贵局，我带一些给您和科里的同志尝尝。

顺便提一句，需求确认单请于本月25日前反馈给我们。

这几天天气忽冷忽热，我家楼下那几棵老槐树倒是开得正好，一出门满是清香。周末打算带家里老人去郊外走走，看看麦田，顺便摘点槐花回来蒸着吃，这是我母亲最拿手的一道菜。

言不尽意，顺颂时祺。

张海峰
""")

case("M6", expect=["ramble"], lang="en", frm="greg", to=["richard"], cc=["limin"],
     subject="A few updates", date="2024-05-24 19:40:18", tz="+0800",
     charset="utf-8", cte="quoted-printable", client="outlook",
     why="~440 words on rain, golf, a kitchen renovation, football and a book; the production cutover move is one buried sentence",
     body="""
Hi Richard,

I hope this finds you well, and that the rain finally let up on your side of town. Ours flooded the car park on Tuesday, and I watched a man in a very expensive suit wade to his car holding his shoes above his head like a trophy. It made my week.

I finally got out to the golf course last Sunday, the first time since the autumn. My swing has apparently decided to retire without consulting me. I lost four balls on the front nine, two of them in the same pond, and one of those I'm fairly sure was retrieved by a heron. My playing partner, who is seventy-one, beat me by eleven strokes and was very gracious about it, which somehow made it worse.

On the home front, the kitchen renovation is entering what our builder calls "the interesting phase", which I've learned means nobody knows where the water pipes are. We found a bricked-up fireplace behind the old cupboards, and now my wife wants to restore it, so the project has grown by about three weeks and one very dusty chimney. We are eating a lot of takeaway. I now know the delivery drivers by name.

My son's under-ten football team won their first match of the season, four-three, in what can only be described as organised chaos. He scored an own goal in the first half and the winner in the second, so he's decided it cancels out. The coach has started calling him "the balance sheet", which I suspect was a joke aimed at me.

We also finally took the kids camping over the long weekend. It rained for thirty-six of the forty-eight hours, the tent developed a leak precisely above my sleeping bag, and my daughter declared it the best holiday of her life. I'm choosing to count that as a win, and I have ordered a new tent.

By the way, the production cutover has moved to Saturday at 2am.

I've also been meaning to recommend a book to you - a history of the shipping container, of all things. It sounds dreadfully dull, but it's one of those stories where a simple metal box quietly changes the whole world economy, and I couldn't put it down. I've been bringing it up at dinner parties, and my wife has asked me, politely, to stop.

Anyway, that's more than enough from me. Let me know if you're around for a coffee next time I'm in the office - the new place on the corner does a decent flat white, and I owe you one from last time.

All the best,
Greg
""")

# ============================ BACKCHANNEL ============================
case("B1", expect=["backchannel"], lang="zh", frm="zhou", to=["qian", "mali"],
     subject="注塑车间看板需求又变了", date="2024-05-16 12:20:03",
     charset="utf-8", cte="8bit", hmode="B", client="foxmail",
     why="internal; mocks a client buyer by nickname (“表哥”, '这位爷', '显示一下存在感')",
     body="""
老钱、马丽：

“表哥”今天上午又打电话来了（就是A厂采购科那位，开口永远是“我表哥在集团信息部”的那位）。看板的配色，一周之内第四次改，这回要把红色全换成橙色，理由是“红色不吉利”。

我算是看明白了，这位爷自己都不知道要什么，就是想刷一下存在感。你们手上的活先别停，他改他的，咱们攒到周五一次性改，省得来回折腾。反正下周他估计又要换回红色。

周振
""")

case("B2", expect=["backchannel"], lang="en", frm="dana", to=["kevin", "raj"], cc=["jess"],
     subject="Re: P1 tickets on checkout", date="2024-05-16 17:41:09", tz="+0100",
     charset="utf-8", cte="quoted-printable", client="thunderbird",
     why="reply-all accident: mocks Kevin to a colleague ('can't tell a crash from a typo') while Kevin is in To and his boss in Cc",
     body="""
Raj,

Between you and me, Kevin's "P1s" are about as urgent as a dentist's reminder postcard. He marks everything critical because he can't tell a crash from a typo, and then disappears for the weekend. Park the whole batch until Tuesday; he won't notice, he never reads the status updates anyway.

D.
""",
     quote=dict(style="gt_en", who="kevin", to=["raj", "dana"], when="2024-05-16 17:20",
                subject="P1 tickets on checkout",
                text="""
Team,

I've raised five P1 tickets against the checkout flow (CHK-201 to CHK-205). Please confirm an ETA today.

Thanks,
Kevin
"""))

case("B3", expect=["backchannel"], lang="zh", frm="xu", to=["sunhai", "qian"], cc=["limin"],
     subject="回复：明天评审会议程", date="2024-05-20 18:05:44",
     charset="gbk", cte="base64", hmode="B", client="foxmail", layout="html",
     why="HTML-only reply-all accident: disparages 孙经理 to a colleague while 孙海 himself is in To and the bank in Cc",
     body="""
老钱：

议程没问题。不过说实话，孙经理那边我已经不抱什么指望了，上次评审全程照着稿子念，问他三个问题，三个都要“回去请示一下”。

明天你也别跟他多费口舌，有事直接找王处长，跟孙经理说了等于没说。

文博
""",
     quote=dict(style="foxmail", who="sunhai", to=["xu", "qian"], when="2024-05-20 16:30",
                subject="明天评审会议程",
                text="""
各位好：

明天下午评审会议程如下，请确认：
1. 需求变更清单确认
2. 二期排期
3. 其他

孙海
"""))

case("B4", expect=["backchannel"], lang="mixed", frm="gao", to=["devecom"],
     subject="本周 sprint 注意事项", date="2024-05-22 10:03:57",
     charset="utf-8", cte="quoted-printable", hmode="Q", client="thunderbird",
     why="mixed internal; ridicules the client's product team ('vibes-driven development', '这群 idea 机器')",
     body="""
各位,

友情提醒: Client-B 那帮 product 又开始 "vibes-driven development" 了, 周一说首页要极简, 周三说要 "热闹一点", 今天又说要参考某宝. 我赌一杯咖啡, 下周一他们会 pivot 回极简.

所以首页相关的 PR 先别 merge, 等这群 idea 机器的 mood 稳定一点再说. 跟他们开会的时候大家表情管理一下, 别笑出来 lol.

其他模块照常推进.

高翔
""")

case("B5", expect=["backchannel"], lang="zh", frm="huang", to=["wups"],
     subject="驗收單又被退了", date="2024-05-23 16:55:21",
     charset="big5", cte="base64", hmode="B", client="outlook",
     why="traditional/Big5 internal; calls the bank's approver 「簽字困難戶」 and 'this kind of person'",
     body="""
佩珊：

行方那位「簽字困難戶」今天又把驗收單退回來了，這次的理由是「附件字體不統一」。上次是頁碼，再上次是日期格式。

說穿了就是怕擔責任，什麼都不敢簽，只好在雞蛋裡挑骨頭。跟這種人打交道，只能認命。你把字體統一一下再送一次吧，順便把頁碼、日期也再檢查一遍，省得他又找到新花樣。

志偉
""")

case("B6", expect=["backchannel"], lang="zh", frm="sun", to=["mateng"],
     subject="信息中心对接情况", date="2024-05-24 15:38:12",
     charset="gb18030", cte="quoted-printable", hmode="B", client="foxmail",
     why="internal; disparages the government client's IT staff as '那几位老爷' who nap and read papers, with signature",
     body="""
马腾：

跟你同步一下信息中心那边的情况。材料周一就发过去了，今天打电话问，接电话的说“还没来得及看”，再追问是谁负责，几个人互相推了一圈。下午三点再打，说是还在午休。

那几位老爷的节奏你也知道，喝茶看报一上午，下午等下班。跟他们对接，咱就得做好养老的准备。下周的进度你在周报里先写“待甲方反馈”，别指望他们能按时给回复。

孙悦
""",
     sig="""
孙悦 | 项目经理 | 政务事业部
电话：010-5555-0188
""")

# ============================ HARD NEGATIVES ============================
case("N1", expect=[], lang="zh", frm="wu", to=["hl"], cc=["cjp"],
     subject="答复: 关于增加电子签章功能的函", date="2024-05-21 10:12:45",
     charset="gb18030", cte="base64", hmode="B", client="outlook",
     why="hard negative: '暂不纳入本期' but with CR number, evaluation date, decision meeting and an interim workaround; '并不是说做不了'",
     body="""
黄主任：

贵单位《关于增加电子签章功能的函》已收悉，感谢对系统建设提出的意见。

经项目组初步分析，电子签章涉及CA证书对接和签章服务器采购，工作量和费用均超出本期合同范围，因此暂不纳入本期上线内容。需要说明的是，这并不是说这个需求做不了，而是需要走正式的变更流程：

1. 我方已将该需求登记为变更单 CR-2024-017；
2. 5月24日（周五）前，我方提交工作量评估和两套实施方案（对接省级CA平台 / 自建签章服务）；
3. 5月28日的联席会上，请贵单位确定是否纳入二期以及预算安排。

在此之前，如有急需盖章的审批件，可以继续沿用“线上审批、线下盖章”的过渡流程。我方可以在系统里增加一个“已线下盖章”的状态标记，本周内即可上线。

如有疑问，请随时联系我。

吴国栋
""",
     quote=dict(style="outlook_zh", who="hl", to=["wu"], when="2024-05-20 09:30",
                subject="关于增加电子签章功能的函",
                text="""
吴经理：

根据局里要求，审批系统需增加电子签章功能，请贵方尽快安排实施并反馈计划。

黄丽
"""))

case("N2", expect=[], lang="en", frm="tom", to=["olivia"],
     subject="Re: Guild system for the June update", date="2024-05-22 14:06:33", tz="+0100",
     charset="us-ascii", cte="7bit", client="thunderbird", layout="alt",
     why="hard negative: 'we can't deliver ... by June 12' and 'I'm not saying no' with two concrete alternatives and the client choosing",
     body="""
Hi Olivia,

Thanks for the detailed brief on the guild system - the team loved the mock-ups.

I want to be straight with you about the date, because I'd rather disappoint you now than on the 12th: we can't deliver the full guild system for the June 12 update without cutting the QA pass, and I don't want to risk a launch-week crash for your players. I'm not saying no to guilds, though. Here are two options:

1. Ship guild chat and member lists on June 12, and the guild bank and ranks on July 3.
2. Ship the whole system on June 26, with a closed beta for 500 players from June 19.

Either works for us, so it's your call. I've pencilled in a 30-minute call on Wednesday at 10:00 to go through the trade-offs; if that slot doesn't suit, send me a better one and I'll move it.

Best,
Tom
""")

case("N3", expect=[], lang="zh", frm="zhao", to=["wjg"],
     subject="回复：关于维保费用折扣的请求", date="2024-05-15 16:20:00",
     charset="utf-8", cte="quoted-printable", hmode="Q", client="thunderbird",
     why="hard negative: '没办法直接答应您' but escalated to a named director who calls back tomorrow, with possible alternatives",
     body="""
王处长：

您好！关于明年维保费用在今年基础上再下浮10%的请求，我个人很理解贵行今年预算收紧的情况。

坦白说，这个折扣幅度超出了我的审批权限，我这边没办法直接答应您。我已经把您的请求和贵行这三年的合作情况一并整理好，转给了我们金融事业部的郑宏总监。郑总明天（5月16日）上午会直接给您回电，跟您商量可行的方案，比如延长维保期，或者调整服务级别来换取价格空间。

有任何进展我也会第一时间同步给您。

赵立峰
""",
     quote=dict(style="gt_zh", who="wjg", to=["zhao"], when="2024-05-15 10:02",
                subject="关于维保费用折扣的请求",
                text="""
赵经理，明年的维保合同，行里希望在今年价格基础上再下浮10%，请贵司考虑。
王建国
"""))

case("N4", expect=[], lang="zh", frm="lin", to=["cs"],
     subject="回复：订单列表按省份筛选", date="2024-05-20 11:34:50",
     charset="gbk", cte="quoted-printable", hmode="Q", client="foxmail",
     why="hard negative: negation '不是做不了，也不是不想做' with a ticket number, evaluation date, meeting and an interim export",
     body="""
思思姐：

收到～省份筛选这个需求我们认真看了。先说结论：不是做不了，也不是不想做，只是它会牵动订单查询的索引结构，直接加上去，大促期间可能会拖慢整个订单列表。

所以我们打算这样处理：
1. 今天已经登记到需求池（编号 REQ-0582）；
2. 后端同事周三前给出两种实现的评估：加独立索引，或者走离线报表；
3. 周四下午我约您十五分钟，把两种方案的效果和排期当面讲给您听，您来选。

大促前如果要查单，我们可以先每天早上九点给运营导一份按省份汇总的表，今天就能开始。

晓雯
""")

case("N5", expect=[], lang="zh", frm="du", to=["zy"], cc=["qian"],
     subject="5月11日超卖问题根因分析", date="2024-05-14 18:30:27",
     charset="utf-8", cte="base64", hmode="B", client="outlook",
     why="hard negative: long focused root-cause analysis (600+ chars) with 不可能/拒绝/必须 in technical senses, owning the mistake, client decides compensation",
     body="""
张宇：

5月11日晚秒杀活动中出现的超卖问题（共37笔订单，涉及SKU 8802311），现已完成根因分析，结论和后续措施如下。

一、现象
20:00:03至20:00:07之间，库存为200件的商品共生成237笔已支付订单，超卖37件。

二、根因
1. 扣库存逻辑采用“先查后减”：先读取Redis中的库存，判断大于零后再执行扣减。两步之间没有加锁，高并发下多个请求会读到同一个库存值。
2. 设计时我们认为Lua脚本已经保证了原子性，理论上这条路径不可能被并发穿透。但排查发现，4月底的一次重构把扣减逻辑从Lua脚本里拆了出来，原子性保障随之失效。这次重构的代码评审没有覆盖到这一点，是我们的失误。
3. 数据库层面的兜底校验（库存字段非负约束）当时因为迁移被临时关闭，未能拒绝超额写入。
4. 监控层面，库存负数告警的阈值设置为“连续5分钟”，而这次超卖在4秒内就已完成，告警没有触发。

三、处理措施
1. 已将“查询+扣减”合并回单个Lua脚本，本周一已上线；
2. 数据库非负约束已恢复，超额写入会被直接拒绝并触发告警；
3. 增加秒杀场景的压测用例，每次发版前必须通过；
4. 重构类代码的评审清单增加“并发与原子性”检查项；
5. 库存负数告警改为实时触发，并同时通知贵方运营值班人员。

四、已超卖订单的处理建议
37笔订单中，29笔可以通过调拨仓库存正常发货；剩余8笔，我们建议由贵方客服联系买家，提供“优先补货”或“全额退款加优惠券”两个选项，具体补偿标准由贵方决定，我方负责提供订单明细和系统支持。

五、处理时间线
5月11日20:15，贵方客服反馈异常订单；20:22，我方值班工程师确认超卖并暂停该商品售卖；21:40，受影响订单清单导出并同步给贵方运营。5月12日上午完成代码定位，5月13日晚修复版本通过压测并上线。完整的日志和订单明细已放在共享目录，供贵方核对。

再次为这次事故给贵方和买家带来的影响致歉。

杜鹏
""")

case("N6", expect=[], lang="mixed", frm="gao", to=["devecom"],
     subject="coupon 失效问题复盘", date="2024-05-18 09:11:36",
     charset="utf-8", cte="8bit", hmode="B", client=None,
     why="hard negative: mixed internal post-mortem; git blame, 'reject', '很蠢' and '不是 client 那边的问题' all about ourselves; client feedback accepted",
     body="""
各位,

昨天 coupon 全部失效的问题, 我用 git blame 查了一下, regression 是我上周五 merge 的那个 PR 引入的, 不是 client 那边配置的问题, 这锅我来背.

具体原因: 我把 coupon 校验的时区从 UTC 改成了本地时间, 但是 expiry 字段存的还是 UTC, 结果所有券都被判定为 "already expired" 然后被 reject. 这种 bug 说实话挺蠢的, unit test 里也没覆盖到.

接下来:
1. hotfix 今天早上已经 deploy, 验证 OK;
2. 我下午补 timezone 相关的 test case;
3. 以后涉及时间字段的 PR 必须两个人 review, 我先从自己做起.

另外我已经给张宇发邮件说明情况并道歉, 他回复说理解, 希望我们下次发版前提前通知. 这个意见很合理, 以后上线窗口我会提前一天发给他们.

高翔
""")

case("N7", expect=[], lang="zh", frm="zhao", to=["wjg"], cc=["limin"],
     subject="答复: 昨晚批量作业中断", date="2024-05-22 08:40:09",
     charset="gb18030", cte="quoted-printable", hmode="B", client="outlook",
     why="hard negative: the client's anger ('!!!', '到底行不行', '这明明就是你们的问题') only in the Outlook quote; PM apologises with facts and next steps",
     body="""
王处长：

您好。非常抱歉昨晚的批量作业中断给贵行造成了影响，也理解您和科技部同事的心情。

目前情况：
1. 中断原因已定位，是我方昨天下午发布的补丁与贵行夜间批量的定时任务发生资源冲突；
2. 今天凌晨4点已完成批量重跑，所有账务数据已核对一致；
3. 我方已暂停后续补丁发布，在与贵行确认新的发布窗口之前不做任何变更。

书面事故报告我们会在明天中午前提交。如果方便的话，我想今天下午过去当面向您汇报，时间您定。

赵立峰
""",
     quote=dict(style="outlook_zh", who="wjg", to=["zhao"], when="2024-05-22 07:55",
                subject="昨晚批量作业中断",
                text="""
赵立峰：

昨晚批量又断了！！！这已经是这个月第二次了，你们到底行不行？这明明就是你们补丁的问题，不要再跟我说什么环境原因。今天必须给我一个说法！

王建国
"""))

case("N8", expect=[], lang="en", frm="priya", to=["jess"],
     subject="Re: Tonight's outage", date="2024-05-15 23:18:02", tz="+0100",
     charset="utf-8", cte="base64", client=None,
     why="hard negative: 'This is clearly your fault' and 'I've already told you' only in the client's quote; PM owns the outage with facts",
     body="""
Hi Jessica,

You're right to be upset, and I'm sorry. Tonight's login outage lasted 47 minutes and was caused by a certificate we let expire. That's on us.

Here's where things stand:
- Logins were restored at 21:52 and have been stable since.
- We've renewed every certificate expiring in the next 90 days, not just the one that failed.
- Tomorrow we're adding automated expiry alerts at 30, 14 and 3 days.

I'll send a written incident report by 18:00 tomorrow, and I'd like to walk you and Kevin through it on a call. Would Friday morning work?

Priya
""",
     sig="""
Priya Nair
Delivery Manager, Games
+44 20 7946 0321
""",
     quote=dict(style="gt_en", who="jess", to=["priya"], when="2024-05-15 21:30",
                subject="Tonight's outage",
                text="""
This is clearly your fault. Forty minutes of players locked out on a Wednesday night, and nobody on your side noticed until our community manager screamed on Discord. I've already told you twice that monitoring was a problem. What exactly are we paying you for?

Jessica
"""))

case("N9", expect=[], lang="zh", frm="huang", to=["zsf"],
     subject="回覆: 報表又錯了", date="2024-05-08 17:02:48",
     charset="big5", cte="base64", hmode="B", client="outlook", layout="mixed",
     attach=("fx_monthly_report_202404.csv", "text/csv",
             "currency,balance_twd\r\nUSD,1283400210\r\nJPY,215040880\r\nEUR,98301200\r\n"
             .encode("ascii"), "plain"),
     why="hard negative: traditional/Big5 with CSV attachment; the client's harsh words only below -----Original Message-----; PM takes responsibility",
     body="""
張副理您好：

非常抱歉，這次月報的數字錯誤是我們的責任。

經查，錯誤出在匯率換算：我們的程式取了月初匯率，而報表規定應使用月底匯率，造成外幣存款合計偏差約 0.3%。修正後的報表已重新產出，附在這封郵件裡，也請貴行財務同仁協助再核對一次。

為了避免再發生，我們已在產出流程中加入與貴行核心系統總帳的自動比對，差額超過千分之一就會攔截，不會再把有誤的報表送出去。

明天上午十點我會打電話給您，說明詳細情況。

黃志偉
""",
     quote=dict(style="outlook_en", who="zsf", to=["huang"], when="2024-05-08 15:20",
                subject="報表又錯了",
                text="""
黃經理：

你們到底有沒有在檢查？上個月錯一次，這個月又錯，根本是在浪費我們的時間！這樣的品質我很難跟主管交代。

張淑芬
"""))

case("N10", expect=[], lang="zh", frm="deng", to=["mali", "qian"],
     subject="本周小事几则", date="2024-05-23 17:48:30",
     charset="utf-8", cte="8bit", hmode="B", client="foxmail",
     why="hard negative: self-deprecating banter ('我这记性', '我服了我自己'), '根本不可能' as praise; the client's criticism taken constructively",
     body="""
马丽、老钱：

两件小事：

1. 我这记性……又把周四的会议室订成了上周四的，系统还显示“预订成功”，我服了我自己。已经重新订好，三楼大会议室，下午两点。
2. 马丽这周把A厂那套回归用例从两天压缩到四个小时跑完。说实话我一开始觉得这根本不可能，结果真让你搞成了，佩服佩服，周五奶茶我请。

另外，刘厂长今天说我们的巡检报表“太长，没人看”，我觉得他说到点子上了。下周我们一起把报表精简一下，重点放在异常项上。

海涛
""")

case("N11", expect=[], lang="zh", frm="zhao", to=["qian"], cc=["zheng"],
     subject="王处长昨天的意见，我们怎么接", date="2024-05-24 08:15:02",
     charset="gbk", cte="8bit", hmode="B", client="outlook",
     why="hard negative: internal mail quoting the client's harsh verdict and agreeing with it; plans a face-to-face visit",
     body="""
老钱、郑总：

昨天电话里王处长火气不小，说我们“周报越写越敷衍”。我回头翻了最近四期周报，坦白讲他说得有道理：风险项连续三周复制粘贴，下周计划也写得很笼统，换了我是客户，我也会觉得我们没上心。

我的想法：
1. 从本周起，周报的风险项逐条写清楚影响、责任人和截止日，不再沿用模板；
2. 明天上午我和老钱一起去行里，当面跟王处长说明我们的改进，顺便听听他对周报格式还有什么要求；
3. 郑总，如果您这周有空，希望您能跟王处长通个电话，让行里感受到公司层面的重视。

大家看看有没有补充。

立峰
""")

case("N12", expect=[], lang="en", frm="dana", to=["raj"], cc=["kevin"],
     subject="Kevin's concerns about ticket triage", date="2024-05-24 10:30:41", tz="+0100",
     charset="utf-8", cte="quoted-printable", client="apple",
     why="hard negative: internal note with the client deliberately in Cc, 'he has a point', constructive plan",
     body="""
Raj,

I've copied Kevin on purpose, because this is about his concerns and he should see how we're handling them.

Kevin told me this morning that he feels his tickets disappear into a black hole, and honestly he has a point. Of the last twelve tickets his team raised as P1, we acknowledged four within the hour; the rest sat until the next business day. That's not the service we promised.

What I'd like us to do, starting Monday:
- Acknowledge every P1 within 60 minutes, even if it's only "received, investigating".
- Agree with Kevin on a short written definition of P1 vs P2, so neither side has to guess.
- Send Kevin an end-of-day summary of open P1s.

Kevin, if any of that doesn't match what you need, tell us and we'll adjust.

Dana
""")

case("N13", expect=[], lang="zh", frm="zhou", to=["lzh", "wq"],
     subject="MES二期UAT测试安排", date="2024-05-21 14:02:19",
     charset="gbk", cte="base64", hmode="B", client="outlook", layout="html",
     why="hard negative: HTML-only, long but focused UAT plan (600+ chars), '不在本次UAT范围内' as a scope statement",
     body="""
刘厂长、王工：

MES二期UAT测试安排如下，请审阅。

一、时间
5月27日至6月7日，共两周。第一周为功能测试，第二周为回归测试和性能验证。

二、范围
1. 设备数据采集：12条产线的数据接入、断线重连、数据补传；
2. 质检管理：来料检验、过程检验、成品检验三个流程，含不合格品处置；
3. 质检看板：车间大屏与手机端两种展示；
4. 报表：日报、周报和质量追溯报表。
电子签章和移动审批属于三期内容，不在本次UAT范围内。

三、人员安排
建议贵厂每个车间指定一名测试骨干，质量部指定一名负责人统一签认。我方派两名测试工程师常驻现场，负责培训、问题记录和跟踪，开发人员远程支持。

四、测试环境与数据
测试环境已于5月20日部署完成，独立于生产环境，数据库使用4月份的脱敏生产数据。测试期间测试环境不做版本更新；确需修复的问题每天晚上8点统一发版，第二天早上8点前完成冒烟测试。

五、问题分级与处理时限
严重问题（流程无法走通）4小时内给出处理方案；一般问题（功能可用但结果有误）1个工作日内处理；轻微问题（界面、文字）在回归测试前统一处理。

六、通过标准
全部用例执行率100%，严重问题清零，一般问题遗留不超过3个且有明确的处理计划。满足条件后，由贵厂质量部签署UAT确认单。

七、需要贵厂配合的事项
5月24日前确认测试人员名单；5月27日上午9点在三楼会议室召开启动会，预计一小时。

八、培训安排
5月23日、24日下午各安排一场操作培训，每场两小时，分别面向车间测试骨干和质量部人员，培训材料会提前一天发给王工。培训结束后，每位测试人员会拿到测试账号和对应的用例清单。测试期间的问题统一记录在共享的问题跟踪表中，每天下午5点由双方一起过一遍，当天的问题当天确认处理人。

如对安排有任何调整意见，请在5月22日前告诉我。

周振
""")

case("N14", expect=[], lang="en", frm="ben", to=["olivia"], cc=["kevin"],
     subject="Impact analysis: cross-region matchmaking (CR-112)", date="2024-05-28 09:45:00",
     tz="+0100", charset="us-ascii", cte="quoted-printable", client="outlook",
     why="hard negative: long (~410 words) but focused change-impact analysis; 'hard cap', 'single point of failure', 'worst case' are technical; client chooses",
     body="""
Hi Olivia,

As promised on Monday, here is our impact analysis for the cross-region matchmaking request (CR-112). I've kept it to what you need for Thursday's decision.

1. What the change means
Today, players are matched only within their own region (EU, NA, APAC). The request is to let players opt in to matches across regions when their local queue is longer than 90 seconds.

2. Technical impact
- Matchmaker: the service currently runs as three independent clusters. Cross-region matching needs a shared queue, which we would build as a thin broker layer in front of the existing clusters. Estimate: three weeks of backend work.
- Game servers: matches would be hosted in the region of the majority of players. No change to the server build itself.
- Latency: our data shows EU-NA pairs average 95-120 ms. Above 150 ms hit registration starts to feel unfair, so we recommend a hard cap at 150 ms; players above the cap would simply not be offered a cross-region match.
- Anti-cheat: no impact. The service is already global.

3. Risk
The main risk is the shared queue becoming a single point of failure. If the broker goes down, we fall back to regional matching automatically, so the worst case is the behaviour players have today. We would load-test the broker at three times the peak concurrency of last season before release.

4. Schedule impact
If approved on Thursday, the feature could ship in the 2.3 update on July 17. It would not affect the 2.2 update on June 19; that scope stays as it is.

5. Cost
Roughly four engineer-weeks of development and one week of QA, plus an estimated 6% increase in matchmaking infrastructure cost, mostly cross-region traffic. The detailed estimate is in the CR form.

6. Options
A. Full opt-in cross-region matching, as described, for July 17.
B. Cross-region matching for ranked mode only, which is simpler (no party handling) and could ship on July 3.
C. Defer until after the season, and revisit with the new queue-time data.

We don't have a strong preference between A and B; both are sound. C is reasonable if queue times improve with the June marketing push.

7. Player communication
If you go ahead, we'd suggest a short in-game notice explaining the opt-in, with a toggle in the matchmaking settings that defaults to off. Your community and support teams would need an FAQ about a week before release; we can draft it for your review, along with the patch-note wording.

Let me know if you'd like any section in more detail before Thursday.

Best,
Ben
""")

case("N15", expect=[], lang="zh", frm="xu", to=["wjg"], cc=["limin"],
     subject="客户信息库迁移方案（第二版）", date="2024-05-27 19:20:33",
     charset="gb18030", cte="base64", hmode="B", client="outlook", layout="alt",
     why="hard negative: long focused migration plan (600+ chars); 唯一索引/拒绝/回退/必须 in technical senses; decision-maker is the bank",
     body="""
王处长、李经理：

根据上周评审会的意见，客户信息库迁移方案已修订为第二版，主要内容如下。

一、迁移范围
个人客户信息表、对公客户信息表，以及关联的证件、联系方式、地址三张子表，合计约4200万条记录。历史流水不在本次迁移范围内，仍保留在旧库，只读访问。

二、迁移方式
采用“全量+增量”两阶段：
1. 全量：6月8日（周六）22:00开始，预计耗时5小时；
2. 增量：全量完成后，通过日志解析同步全量期间产生的变更，预计40分钟；
3. 切换：6月9日凌晨4:00前完成应用切换。

三、校验
每张表做条数核对和关键字段抽样比对，抽样比例1%。证件号码字段建有唯一索引，重复记录在导入时会被拒绝并写入异常表，由贵行业务部门逐条确认。

四、回退
切换后两小时为观察期。若核心交易失败率超过0.5%，立即回退到旧库。需要说明的是，新库接收生产写入超过两小时后再回退会导致数据不一致，因此回退决策必须在观察期内做出，建议由贵行科技部值班领导拍板。

五、风险与应对
1. 全量耗时超出预期：已在测试环境用等量数据演练两次，分别耗时4小时38分和4小时51分，留有余量；
2. 个别证件号格式不规范：预计约1.2万条，清洗规则已提供，请贵行在6月5日前确认；
3. 与批量作业冲突：迁移当晚需暂停夜间批量，请贵行运行部门提前安排。

六、需贵行确认的事项
回退决策人、数据清洗规则、批量暂停安排，请在6月5日前回复。

七、当晚值守安排
迁移当晚，我方安排六人现场值守：两名数据库工程师负责全量与增量同步，两名应用工程师负责切换和冒烟测试，一名测试工程师负责数据校验，我本人负责整体协调以及与贵行值班领导的沟通。值守期间每小时在双方工作群里同步一次进度，出现任何异常第一时间电话通知，并同步记录在值守日志中。

许文博
""")

case("N16", expect=[], lang="zh", frm="he", to=["lzh", "zhoumin"],
     subject="关于MES二期第二笔款项的提醒", date="2024-05-15 10:00:00",
     charset="utf-8", cte="quoted-printable", hmode="B", client="outlook", layout="html",
     why="hard negative: HTML-only, firm but polite statement of facts (contract clause, 13 days overdue) with an offer to help",
     body="""
刘厂长、周会计：

您好！

根据双方2023年11月签订的《MES二期实施合同》第8.2条，第二笔款项（合同总额的30%，计人民币42万元）应在系统上线验收后30日内支付。系统已于4月2日通过验收，付款截止日为5月2日，截至今天已逾期13天。

我们理解贵厂付款审批环节较多，可能某个环节还在流转中。如果需要我方补充发票、验收单或其他材料，请告诉我，我今天就可以安排。

另外，想请您帮忙确认一个预计的付款日期，便于我们财务做好安排。

谢谢！

何建明
""")

case("N17", expect=[], lang="en", frm="helen", to=["richard"],
     subject="Hosting options for the reporting platform", date="2024-05-23 15:10:26",
     charset="utf-8", cte="base64", client="outlook",
     why="hard negative: a clear recommendation, with the other option's merits stated and the choice explicitly left to the client",
     body="""
Richard,

Following Tuesday's workshop, here is our view on the two hosting options.

Our recommendation is the bank's own private cloud (Option B). The main reasons:
- Your data-residency policy is easier to evidence when the data never leaves your estate.
- Your infrastructure team already runs the same Kubernetes version, so the learning curve is short.

That said, Option A (our managed hosting) is a perfectly sound choice, and it has real advantages: setup about three weeks sooner, and our team carries the on-call burden. If your team is stretched this year, that may matter more than the points above.

It's your decision, and we'll support either option fully. If it helps, I can put together a one-page, three-year cost comparison before your steering committee on the 28th.

Best regards,
Helen
""",
     sig="""
Helen Zhao
Senior Project Manager, Financial Services
+86 21 5555 0147
""")

case("N18", expect=[], lang="zh", frm="mateng", to=["cjp"],
     subject="关于方案A、方案B的对比说明", date="2024-05-27 11:05:51",
     charset="gbk", cte="quoted-printable", hmode="Q", client="outlook",
     why="hard negative: we lean to option B but lay out A's real advantages and leave the decision to the bureau",
     body="""
陈科长：

按您上次的要求，我们把方案A和方案B重新对比了一遍，供科里讨论参考。

从我们过往几个地市项目的情况看，我们倾向于方案B：它复用省级平台的身份认证，上线时间可以提前一个月左右，后期运维也更省心。

不过，方案A在数据共享方面的优势是实实在在的，特别是贵局与市场监管、税务之间的数据交换，用方案A会更顺畅。如果数据共享是贵局今年的重点工作，方案A可能更合适。

两个方案我们都能做好，最终选哪个，以贵局的决定为准。对比要点附在下面，如有需要，我们可以到局里给科里的同志专门讲一次。

附：对比要点
- 上线时间：A 约5个月，B 约4个月
- 一次性投入：A 比 B 高约15%
- 数据共享：A 原生支持，B 需要二次开发
- 运维：A 需贵局安排一名专职管理员，B 由省平台统一运维

马腾
""")

case("N19", expect=[], lang="mixed", frm="du", to=["devecom"],
     subject="本周五起 code freeze", date="2024-10-28 09:00:12",
     charset="utf-8", cte="quoted-printable", hmode="Q", client="thunderbird",
     why="hard negative: internal engineering policy ('不接受任何 merge', '一律 reject', '必须'), agreed with the client; no client request refused",
     body="""
各位,

双11 前的 code freeze 从本周五 18:00 开始, 几点说明:

1. freeze 期间 main 分支不接受任何 merge, 除非是 P0 bug, 并且经过我和 Raj 两个人 approve.
2. 所有 PR 必须带 test, 没有 test 的一律 reject. 这个不是针对谁, 是为了大促期间大家都能睡个好觉.
3. 压测环境下周一重置, 之前跑的数据会全部清掉, 需要保留的今天自己备份.
4. 大促当天的值班表已经发在群里, 有冲突的今天之内跟我说, 我来调.

这个 freeze 时间是上周跟张宇那边一起定的, 他们运营也会同步冻结活动配置, 双方都不改东西, 风险最小.

有问题随时找我.

杜鹏
""")

case("N20", expect=[], lang="mixed", frm="suke", to=["zy"],
     subject="Re: 年框合同 discount", date="2024-05-20 13:44:28",
     charset="utf-8", cte="base64", hmode="B", client="thunderbird", layout="html",
     why="hard negative: HTML-only; 'approve 不了' but handed to a named director with a date plus two concrete alternatives",
     body="""
张宇,

谢谢你这么快就把 procurement 那边的意见同步过来.

20% 的 discount 超出了我这边能 approve 的范围, 我不想随口答应你一个做不到的数字, 所以已经把你们的情况 loop in 给我们 director Sarah Lin, 她会在周三 (5/22) 之前直接跟你约个 call.

同时我这边先准备了两个可以讨论的方向, 供你们内部参考:
1. 合同期从一年改成两年, 第二年的单价可以有比较明显的下调;
2. 把 3 个 non-prod 环境合并成 2 个, 可以直接省下一部分 hosting 费用.

你们觉得哪个方向值得深入聊, 告诉我就好.

Ke
""",
     quote=dict(style="gt_zh", who="zy", to=["suke"], when="2024-05-20 10:15",
                subject="年框合同 discount",
                text="""
可可, 采购那边说今年预算砍了, 年框必须打 8 折, 不然没法走流程. 这个你们能不能直接给个答复?
"""))

case("N21", expect=[], lang="mixed", frm="gao", to=["zy"],
     subject="Re: 首页又白屏了", date="2024-05-29 20:37:44",
     charset="gb18030", cte="base64", hmode="B", client="thunderbird", layout="html",
     why="hard negative: HTML-only; client slang anger ('搞什么飞机', '离谱!!!') only in the Thunderbird blockquote; PM rolls back and owns it",
     body="""
张宇,

抱歉, 白屏的问题我们 10 分钟前已经 rollback 到上一个版本, 首页已经恢复, 我这边用手机和电脑都验证过了.

初步原因是新的 CDN 配置没有带上 JS 文件的 CORS header, 浏览器把脚本拦了, 所以页面渲染不出来. 这是我们发布前的检查漏了, 不是你们的问题.

今天晚上 10 点前我会发一份简短的 incident report, 包括根因和我们接下来的检查项. 如果你那边方便, 明天 10 点我们开个 15 分钟的 call 过一遍.

高翔
""",
     quote=dict(style="gt_zh", who="zy", to=["gao"], when="2024-05-29 20:12",
                subject="首页又白屏了",
                text="""
搞什么飞机?? 首页又白屏了, 这个月第三次了, 离谱!!!
运营那边已经在骂人了, 你们能不能靠谱一点?
"""))

case("N22", expect=[], lang="zh", frm="he", to=["lzh"],
     subject="三期报价更新版", date="2024-05-22 16:30:08",
     charset="utf-8", cte="8bit", hmode="B", client="foxmail", layout="mixed",
     attach=("MES三期报价_v2.csv", "text/csv; charset=utf-8",
             "项目,金额(元)\r\n设备接入,680000\r\n质检模块,320000\r\n培训,0\r\n"
             .encode("utf-8"), "2231"),
     why="hard negative: '正如周一电话里我答应您的' as follow-through, '不是贵厂理解的问题' taking the blame, a normal quote validity date; RFC 2231 attachment",
     body="""
刘厂长：

正如周一电话里我答应您的，三期报价的更新版今天发给您，附件是完整的报价单。

这一版主要有三处调整：
1. 按您的意见，设备接入的单价按产线数量分档，20条以上的部分下调了8%；
2. 培训从2天增加到4天，不另收费；
3. 付款节点从三笔改成四笔，首付比例从40%降到30%。

另外，上一版报价里“移动端”那一项重复计了一次费用，是我们核算时的错误，不是贵厂理解的问题，这一版已经删掉，特此说明并致歉。

报价有效期到6月30日。您看完之后有任何问题，我都可以随时过去当面讲。

何建明
""")

case("N23", expect=[], lang="zh", frm="sun", to=["hl"], cc=["cjp"],
     subject="系统升级维护通知（5月25日）", date="2024-05-20 09:00:00",
     charset="gb18030", cte="quoted-printable", hmode="Q", client="thunderbird", layout="html",
     why="hard negative: HTML-only maintenance notice; '没有不可能' motto and '不接受任何…责任' only in the signature disclaimer",
     body="""
黄主任、陈科长：

您好！为提升政务审批系统的稳定性，我方计划于5月25日（周六）20:00至22:00进行系统升级维护，期间系统将暂停访问。

本次升级内容：
1. 数据库版本升级，修复两个已知的安全漏洞；
2. 审批列表页面加载优化，预计打开速度提升约40%；
3. 修复“退回件重新提交后状态不更新”的问题。

升级完成后，我方会安排人员在线值守到23:00，如有异常请拨打值班电话 010-5555-0123。

如该时间段与贵单位的工作安排有冲突，请在5月22日前告诉我，我们再调整。
""",
     sig="""
孙悦 | 项目经理 | 政务事业部
电话：010-5555-0188
座右铭：没有不可能，只有不够努力。
本邮件及附件含保密信息，仅供指定收件人使用。未经授权，禁止转发、复制或以任何方式使用；如您误收本邮件，请立即删除并告知发件人。我方不接受任何因误用本邮件内容而产生的责任。
""")

case("N24", expect=[], lang="en", frm="greg", to=["richard"],
     subject="Re: Questions on the cutover plan", date="2024-05-17 11:52:03", tz="+0800",
     charset="utf-8", cte="quoted-printable", client="thunderbird",
     why="hard negative: interleaved reply; the harsh lines ('unacceptable', 'we will not accept') are the client's '> ' lines; PM concedes and offers options",
     quote=dict(style=None, who="richard", to=["greg"], when="2024-05-16 09:05",
                subject="Questions on the cutover plan", text=""),
     body="""
Hi Richard,

Answers inline below.

> Frankly, this plan reads like it was written by someone who has never done a bank cutover. Who signs off the rollback?

Fair challenge. The plan names the decision-maker in section 4, but I agree it's buried. The rollback decision sits with your duty IT director, with our lead engineer advising. I'll move this to the first page.

> Why is there no dry run? This is unacceptable.

There is one, on 1 June, but the plan only mentions it in the appendix. I'll add it to the timeline on page 2 so it can't be missed.

> And no, we will not accept a four-hour outage window.

Understood. We've re-run the estimate with parallel loading and can bring it down to about two and a half hours. I'll send the revised timings by Monday, and if that still doesn't work for you, we can look at splitting the migration over two weekends.

Best,
Greg
""")

case("N25", expect=[], lang="zh", frm="lin", to=["cs"],
     subject="回复：大促期间能否暂停每日发版", date="2024-05-16 14:25:37",
     charset="utf-8", cte="base64", hmode="B", client=None, bottom=True,
     why="hard negative: bottom-posted (quote above); partial acceptance with a change record and a phone check before any emergency patch",
     body="""
思思姐：

非常理解，大促期间求稳是对的。每天发版这件事我们内部讨论过，如果完全停掉，万一线上出现紧急问题就没法修了，所以我们想这样安排：

1. 6月10日至6月24日，常规发版全部暂停；
2. 只有影响下单和支付的P0问题才发紧急补丁，每次发之前先打电话跟您确认；
3. 这个安排我已经写进变更记录 CHG-0611，明天上午发给您过目。

您看这样可以吗？有需要调整的地方随时说。

晓雯
""",
     quote=dict(style="gt_zh", who="cs", to=["lin"], when="2024-05-16 10:12",
                subject="大促期间能否暂停每日发版",
                text="""
晓雯，大促前后一周，运营这边希望系统别再发版了，每天发版我们心里没底。这个能不能定下来？
陈思
"""))

case("N26", expect=[], lang="zh", frm="chen", to=["zsf"], cc=["lzm"],
     subject="回覆：報表新增「客戶風險等級」欄位", date="2024-05-17 10:40:15",
     charset="big5", cte="quoted-printable", hmode="B", client="outlook", layout="alt",
     why="hard negative: traditional/Big5; '本期已無法納入' with CR number, evaluation date, client decision and a weekly interim spreadsheet",
     body="""
張副理您好：

謝謝您提出新增「客戶風險等級」欄位的需求，我們了解這對貴行的法遵檢查很重要。

由於報表已經上線，新增欄位需要調整資料來源和報表版面，本期已無法納入。我們的處理方式如下：

1. 已登記為變更單 CR-0417；
2. 下週二（5/21）前提出工作量評估與上線時程；
3. 5/23 的週會上由貴行決定是否納入下一版。

在正式上線之前，我們可以每週一提供一份「客戶風險等級」對照表（Excel），方便貴行同仁先手動比對，本週就能開始。
""",
     sig="""
陳家豪
專案經理 | 金融事業部
電話：02-5555-0199
""")

case("N27", expect=[], lang="en", frm="priya", to=["jess"], cc=["kevin"],
     subject="Third test environment", date="2024-05-28 13:15:49", tz="+0100",
     charset="utf-8", cte="8bit", client="outlook",
     why="hard negative: firm, polite statement of contract facts ('isn't included') followed by questions, two priced options and a meeting",
     body="""
Hi Jessica,

Thanks for raising the request for a third test environment.

To set out the facts: the statement of work (SOW section 3.2) covers two environments, staging and pre-production, and the current monthly fee is based on that. A third environment isn't included, so adding one would go through a change request.

That doesn't mean it can't happen. Before I send the change request form, I'd like to understand what you need it for: load testing, the localisation vendor, or something else? Depending on the answer, a temporary environment for a few weeks may cost far less than a permanent one.

If you can give me twenty minutes on Thursday, I'll bring an estimate for both.

No worries if Thursday is busy - just suggest another time.

Best,
Priya
""")

case("N28", expect=[], lang="zh", frm="zhou", to=["lzh", "wq"], cc=["qian"],
     subject="MES二期周例会纪要（5月22日）", date="2024-05-22 17:35:22",
     charset="utf-8", cte="quoted-printable", hmode="Q", client="outlook", layout="alt",
     why="hard negative: meeting minutes where the export request is logged as a CR with an evaluation date, client decision and daily interim export",
     body="""
刘厂长、王工：

本周例会纪要如下。

一、进度
1. 设备数据采集：12条产线已全部接入，断线补传功能测试通过。
2. 质检看板：王工试用后提出的6条意见已修改4条，其余2条周五完成。

二、问题与结论
1. 工单批量导出Excel：上周纪要把这一项写成了“关闭”，表述不妥，在此更正。该需求已登记为变更单 CR-2024-023，我方周五前给出工作量评估，下周例会上由贵厂决定是否纳入本期。在此之前，我方每天下班前把当天的工单导出一份发给王工。
2. 注塑车间网络：贵厂设备科已更换交换机，本周未再出现断线。
3. 条码打印机驱动：已完成适配，待贵厂验证。

三、下次例会
5月29日（周三）下午2点，三楼会议室。

如纪要有出入，请于明天中午前回复。

周振
""")

case("N29", expect=[], lang="zh", frm="deng", to=["wanglei", "qian"],
     subject="刘厂长对报表的意见", date="2024-05-27 12:40:06",
     charset="gbk", cte="base64", hmode="B", client="foxmail",
     why="hard negative: internal; quotes the client's blunt '像天书' and agrees ('不是客户挑刺'); constructive plan with a face-to-face visit",
     body="""
王磊、老钱：

今天上午刘厂长看了我们的质量追溯报表，原话是“这东西像天书，我们车间主任一个字都看不懂”。话说得直了点，但我回来对着报表看了半小时，他说得一点没错：字段名全是英文缩写，时间用的是时间戳，车间的人确实没法用。

这不是客户挑刺，是我们设计时没站在车间的角度想。我建议：
1. 王磊这周把报表字段全部换成中文名称，时间改成“年-月-日 时:分”；
2. 老钱安排一次现场回访，找两位车间主任当面看新版报表，听听他们还缺什么；
3. 下周三例会上，由我向刘厂长汇报改进情况。

海涛
""")

case("N30", expect=[], lang="mixed", frm="suke", to=["qian", "wanglei"],
     subject="昨晚 migration 辛苦了!", date="2024-06-02 10:22:57",
     charset="utf-8", cte="quoted-printable", hmode="Q", client="apple",
     why="hard negative: mixed banter; 'this is impossible' and '服了' as praise, 'brain not found' aimed at herself; client treated respectfully",
     body="""
老钱, 王磊,

昨晚 4000 万行订单数据一晚上迁完, 说实话我周一开会的时候心里想的是 "this is impossible", 结果你们两个 01:40 就跑完了 checksum, 我真的服了, 是真心的那种服.

另外坦白一件蠢事: 我早上把旧版的 deck 发给了张宇, 页码还是上个月的. 我这人真的是 brain not found, 已经重新发了正确版本, 也跟他道了歉, 他回了个 "收到 👍", 应该没事.

周五晚上 hotpot 我请, 地方你们挑.

Ke
""")

ORDER = ["A1", "N3", "M2", "N19", "B1", "R2", "N13", "P3", "N8", "A3",
         "N26", "R4", "N4", "M5", "B2", "N12", "P1", "N16", "A6", "N23",
         "R3", "N28", "B4", "N6", "M1", "N10", "P5", "N18", "R5", "N17",
         "A4", "N21", "B3", "N11", "M6", "N24", "P4", "N15", "R6", "N9",
         "A2", "N14", "B6", "N29", "P6", "N5", "M3", "N1", "R1", "N22",
         "B5", "N30", "A5", "N7", "P2", "N2", "M4", "N20", "N27", "N25"]


# --------------------------------------------------------------------------- checks
def cjk_count(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def en_words(s):
    return len(re.findall(r"[A-Za-z][A-Za-z'-]*", s))


def text_of(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            out.append((part.get_content_type(), part.get_content()))
    return out


def verify(files, cases):
    assert len(files) == 60 and len(cases) == 60
    allowed = set(DOMAINS)
    for fname, c in zip(files, cases):
        raw = open(os.path.join(OUT, fname), "rb").read()
        assert b"\n" not in raw.replace(b"\r\n", b""), fname + ": bare LF"
        assert b"\r" not in raw.replace(b"\r\n", b""), fname + ": bare CR"
        head = raw.split(b"\r\n\r\n", 1)[0]
        head.decode("ascii")
        for line in raw.split(b"\r\n"):
            assert len(line) <= 998, fname + ": long line"
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        assert not msg.defects, (fname, msg.defects)
        for h in ("Date", "Message-ID", "From", "To", "Subject", "MIME-Version"):
            assert msg[h], (fname, h)
        assert msg["From"].addresses[0].domain == "ourteam.example.com"
        for h in ("From", "To", "Cc"):
            if msg[h]:
                for a in msg[h].addresses:
                    assert a.domain in allowed, (fname, a)
        subj = str(msg["Subject"])
        assert subj == c["subject"], (fname, subj, c["subject"])
        texts = text_of(msg)
        assert texts, fname
        for ctype, t in texts:
            assert len(t.strip()) > 20, fname
            # the PM's new text must survive decoding
            probe = c["body"].strip().split("\n")[0].strip()
            if ctype == "text/plain":
                assert probe in t, (fname, probe)
            else:
                assert html.escape(probe, quote=False) in t, (fname, probe)
        for part in msg.walk():
            for d in part.defects:
                raise AssertionError((fname, d))
    labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
    assert [e["file"] for e in labels["cases"]] == files
    for e in labels["cases"]:
        assert set(e["expect"]) <= set(RULES) and e["lang"] in ("zh", "en", "mixed") and e["why"]


def stats(cases):
    rows = []
    for fname, c in cases:
        b = c["body"]
        rows.append((fname, c["key"], ",".join(c["expect"]) or "-", c["lang"],
                     cjk_count(b), en_words(b)))
    return rows


def main(argv):
    files, cases, entries = [], [], []
    assert sorted(ORDER) == sorted(CASES), set(CASES) ^ set(ORDER)
    for i, key in enumerate(ORDER, 1):
        c = CASES[key]
        fname = "g%03d.eml" % i
        data = build(c, fname)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        files.append(fname)
        cases.append(c)
        entries.append({"file": fname, "expect": c["expect"], "lang": c["lang"], "why": c["why"]})
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write('{"cases": [\n')
        f.write(",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in entries))
        f.write("\n]}\n")
    verify(files, cases)
    # composition summary
    from collections import Counter
    rule_n = Counter(r for c in cases for r in c["expect"])
    pos = sum(1 for c in cases if c["expect"])
    two = sum(1 for c in cases if len(c["expect"]) == 2)
    langs = Counter(c["lang"] for c in cases)
    cs = Counter(c["charset"] for c in cases)
    cte = Counter(c["cte"] for c in cases)
    lay = Counter(c.get("layout", "plain") for c in cases)
    print("wrote %d drafts + labels.json to %s" % (len(files), OUT))
    print("positives %d (two labels: %d), negatives %d" % (pos, two, len(cases) - pos))
    print("labels:", dict(sorted(rule_n.items())))
    print("lang:", dict(langs), " big5:", cs.get("big5", 0))
    print("charset:", dict(cs))
    print("cte:", dict(cte))
    print("layout:", dict(lay))
    if "--stats" in argv:
        for row in stats(list(zip(files, cases))):
            if row[4] > 450 or row[5] > 300:
                print("  %s %-4s %-18s %-5s cjk=%d words=%d" % row)
    if "--show" in argv:
        n = int(argv[argv.index("--show") + 1])
        for fname in files[:n]:
            msg = BytesParser(policy=policy.default).parsebytes(
                open(os.path.join(OUT, fname), "rb").read())
            print("=" * 20, fname, msg["Subject"])
            for ctype, t in text_of(msg):
                print("[%s]" % ctype)
                print(t)


if __name__ == "__main__":
    main(sys.argv[1:])
