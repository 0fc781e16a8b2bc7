#!/usr/bin/env python3
"""Build the held-out evaluation set for mailcoach (h001.eml ... h080.eml + labels.json).

Stdlib only and deterministic: running it twice writes byte-identical files.

    python3 benchmarks/heldout/make_heldout.py            # write + verify
    python3 benchmarks/heldout/make_heldout.py --check    # verify files on disk match
    python3 benchmarks/heldout/make_heldout.py --show 3   # also print 3 decoded bodies

All text was written for this set by an author who did not see mailcoach's rules,
keyword lists, analysis code, tests or the labelled development drafts.  Labels follow
the definitions in the development set's README (only the PM's own new words count).
"""
import base64
import datetime as _dt
import hashlib
import html
import json
import os
import quopri
import re
import sys
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = ("argue", "refusal", "persuade", "ramble", "backchannel")

# --------------------------------------------------------------------------- people
P = {
    # internal
    "lin": ("林嘉", "lin.jia@ourteam.example.com"),
    "zhou": ("周衡", "zhou.heng@ourteam.example.com"),
    "mark": ("Mark Liang", "mark.liang@ourteam.example.com"),
    "chen": ("陈小雨", "chen.xiaoyu@ourteam.example.com"),
    "wang": ("王磊", "wang.lei@ourteam.example.com"),
    "zheng": ("郑伟", "zheng.wei@ourteam.example.com"),
    "zheng_t": ("鄭偉", "zheng.wei@ourteam.example.com"),
    "he": ("何敏", "he.min@ourteam.example.com"),
    "ethan": ("Ethan Park", "ethan.park@ourteam.example.com"),
    "maya": ("Maya Collins", "maya.collins@ourteam.example.com"),
    "ajie": ("黃子哲", "huang.zizhe@ourteam.example.com"),
    # client A
    "zhang": ("张建国", "zhang.jianguo@client-a.example.cn"),
    "liqian": ("李倩", "li.qian@client-a.example.cn"),
    "qian": ("钱博", "qian.bo@client-a.example.cn"),
    # client B
    "daniel": ("Daniel Hughes", "daniel.hughes@client-b.example.com"),
    "priya": ("Priya Nair", "priya.nair@client-b.example.com"),
    "tom": ("Tom Becker", "tom.becker@client-b.example.com"),
    "lisa": ("Lisa Wong", "lisa.wong@client-b.example.com"),
    # bank C
    "wu": ("吴振华", "wu.zhenhua@bank-c.example.cn"),
    "limin": ("李敏", "li.min@bank-c.example.cn"),
    "chenyj": ("陳怡君", "chen.yijun@bank-c.example.cn"),
    "xuting": ("許婷", "xu.ting@bank-c.example.cn"),
}

SIG_LIN = "林嘉 | 项目经理\n我方科技有限公司 交付中心\n手机：138-0000-1234"
SIG_ZHOU = "周衡  项目经理\n我方科技有限公司 金融事业部\n电话：010-8000-1234"
SIG_ZHOU_T = "周衡  專案經理\n交付中心 金融專案組\n電話：02-2700-1234"
SIG_MARK = "Mark Liang\nDelivery Manager | Ourteam\n+44 20 7946 0321"
SIG_JIA = "Jia Lin 林嘉\nProject Manager | Ourteam Delivery Center\nM: +86 138 0000 1234"

# --------------------------------------------------------------------------- cases
CASES = []


def C(key, expect, lang, why, **kw):
    kw.update(key=key, expect=list(expect), lang=lang, why=why)
    kw.setdefault("cc", [])
    kw.setdefault("sig", None)
    kw.setdefault("sig_dash", False)
    kw.setdefault("quote", None)
    kw.setdefault("charset", "utf-8")
    kw.setdefault("cte", "base64")
    kw.setdefault("layout", "plain")
    kw.setdefault("mua", "tb")
    kw.setdefault("attach", None)
    kw.setdefault("hq", False)          # Q-encode headers instead of B
    kw.setdefault("tz", "+0800")
    CASES.append(kw)


# ============================================================== POSITIVES: argue
C("A1", ["argue"], "zh",
  "Sarcastic rhetorical question about the signed minutes and lecturing the client to align its own definitions first; blames the client.",
  frm="lin", to=["zhang"], subject="回复: 4月运营月报数据有误", date="2024-05-08 10:14",
  quote=dict(style="gt_zh", who="zhang", ago=19, text="林经理：\n\n4月月报里的活跃用户数和我们后台看到的差了将近两成，麻烦核实一下，是不是统计逻辑有问题？\n\n张建国"),
  body="""张经理：

活跃用户的统计口径在月报附录B里写得明明白白：按自然日去重，剔除测试账号和内部员工账号。您后台看到的是未去重的登录次数，两个数字本来就不该一样。

这个口径是3月28日评审会上逐条过过的，会议纪要贵方也回签了。现在回过头来说差了两成，那请问当时签字的时候看的是什么呢？

建议贵方内部先把口径对齐，再来讨论数据对不对的问题。我们这边的统计没有任何问题。

林嘉""",
  sig=SIG_LIN, cte="base64")

C("A2", ["argue"], "en",
  "'Per my previous email', exasperated lecturing and pushing all blame onto the client's proxy with no offer of help.",
  frm="mark", to=["daniel"], subject="RE: Portal login still slow", date="2024-05-13 16:40", tz="+0100",
  quote=dict(style="ol_en", who="daniel", ago=3, text="Mark,\n\nUsers in the Leeds office are again reporting 8-10 second logins. This has been going on for weeks. When will your team fix it?\n\nDaniel"),
  body="""Daniel,

Per my previous email - and the two before it - the login delay is caused by your proxy stripping our cache headers. We raised this on 4 March, on 11 March and again last Friday, with packet captures attached each time.

I'm honestly not sure how many more ways we can explain it. Nothing on our side has changed in six weeks, and nothing on our side will fix this.

Please take it to your network team rather than sending it back to us again.

Mark""",
  sig=SIG_MARK, sig_dash=True, mua="ol", charset="us-ascii", cte="quoted-printable")

C("A4", ["argue"], "mixed",
  "'Let me be crystal clear', rhetorical 'what has that got to do with us', tells the client to review its own code before escalating.",
  frm="lin", to=["lisa"], subject="API timeout 的问题", date="2024-05-16 21:05",
  body="""Lisa，

关于 API timeout 的问题，let me be crystal clear：我们的 SLA 是 p95 < 800ms，过去 7 天 dashboard 上的 p95 是 420ms，一次都没超过。

真正的问题是你们的 client 在高峰期每秒打 2000 个 request，失败了立刻 retry，连 backoff 都没有。这跟我们的 service 有什么关系？

麻烦你们先把自己的 code review 一遍，再来 escalate。每次都让我们的人半夜爬起来查 log，不太合适吧。

Jia""",
  mua="am", cte="8bit")

C("A5", ["argue"], "zh",
  "Passive-aggressive politeness: thanks the client for the 'fifth reminder', lists every time the doc was sent and tells her to search her mailbox first.",
  frm="lin", to=["liqian"], subject="回复: 接口文档在哪里？", date="2024-05-09 15:22",
  quote=dict(style="gt_zh", who="liqian", ago=1, text="林经理，接口文档能不能再发一份？我这边找不到了。谢谢！"),
  body="""李老师您好～

感谢您第五次提醒我们接口文档的事情呢。

温馨提示一下：文档在共享盘“交付物/03-接口”目录下，4月2日就上传了；4月3日的邮件里附过链接，项目群里也@过您三次。

下次再找不到的话，可以先在邮箱里搜一下“接口文档”四个字，应该会比等我们回复快很多的～

祝好
林嘉""",
  layout="alt", cte="quoted-printable")

C("A6", ["argue"], "en",
  "Sarcastic 'And the slip is somehow on us? Really?' and 'in case anyone reads them'; blames the client's product owners.",
  frm="mark", to=["tom"], cc=["daniel"], subject="RE: Milestone 3 delay", date="2024-05-21 11:02", tz="+0100",
  quote=dict(style="ol_en", who="tom", ago=20, text="Mark,\n\nWe are disappointed that milestone 3 has slipped again. Our board expects a clear explanation by Friday.\n\nTom"),
  body="""Tom,

I think we need to reset some expectations here.

Your team signed off the workflow design on 12 February. Since then it has been changed three times, the last time eleven days before the milestone. And the slip is somehow on us? Really?

Before your board asks us for an explanation, I'd suggest it asks your product owners for their change log. Ours is attached to every status report, in case anyone reads them.

Regards,
Mark""",
  sig=SIG_MARK, mua="ol", layout="html", cte="quoted-printable")

C("A7", ["argue"], "zh",
  "Traditional/Big5. Blaming and lecturing the bank ('這種做法我們實在無法接受', sort out your own opinions first).",
  frm="zhou", to=["chenyj"], subject="關於會議紀錄翻案一事", date="2024-05-23 18:30",
  body="""陳經理您好：

貴行窗口每次開會都說「上次不是這樣講的」，但每一份會議紀錄我們都在會後當天寄出，並請貴行回簽。

沒回簽、沒意見，等到開發做完了再來推翻，這種做法我們實在無法接受。貴行內部意見不統一，不應該讓我們的工程師一次又一次地重做。

請貴行先把內部想法整理清楚，再通知我們。

周衡""",
  sig=SIG_ZHOU_T, charset="big5", cte="base64", mua="ol")

C("A8", ["argue"], "mixed",
  "Stacked '？？？', '好吗', 'we are not here to take the blame'; confrontational blame on the client's config changes.",
  frm="lin", to=["zhang"], subject="Re: 生产环境报表又报错", date="2024-05-22 10:47",
  quote=dict(style="gt_en", who="zhang", ago=1, text="报表又报错了，你们能不能彻底修好？\n\n张建国"),
  body="""张经理，

这个 bug 我们已经 fix 了三次了好吗？？？每次 root cause 都一样：你们 prod 上的 config 被人手动改回了旧值。

上周的 incident report 里写得很清楚，连是哪个账号、几点几分改的都附上了。你们那边到底是谁在动 config，能不能先内部查一下？？

每次都这样，真的会谢。我们不是来背锅的。

林嘉""",
  mua="web", cte="base64")

# ============================================================== POSITIVES: refusal
C("R1", ["refusal"], "zh",
  "Bureaucratic flat refusal ('经研究决定，不予采纳。特此函复。') with no reason, review date, alternative or escalation.",
  frm="lin", to=["zhang"], subject="答复: 关于批量导出增加自定义字段的申请", date="2024-04-22 09:15",
  quote=dict(style="ol_zh", who="zhang", ago=90, text="林经理：\n\n业务部门希望批量导出时可以自己勾选需要的字段，请评估。\n\n张建国"),
  body="""张经理：

贵方4月18日来函所提“批量导出支持自定义字段”事项，经我方项目组研究决定，不予采纳。

特此函复。

我方科技 项目组
2024年4月22日""",
  mua="ol", cte="base64")

C("R2", ["refusal"], "zh",
  "Refusal wrapped in friendly words ('就不搞啦…您就别惦记它了哈'): no assessment, date or alternative.",
  frm="lin", to=["liqian"], subject="首页深色模式的事儿", date="2024-05-17 17:48",
  body="""倩姐～

您说的首页换成深色模式的想法真的好有创意呀，我们组里几个小伙伴看了都说帅！

不过这个咱们这边就不搞啦，嘿嘿，大家手上的活儿都排得满满的，您就别惦记它了哈～

其他有啥需要随时喊我，周末愉快！

嘉嘉""",
  charset="gb18030", cte="quoted-printable", mua="fm")

C("R3", ["refusal"], "en",
  "'Not happening' - a one-line flat refusal with no buffer, alternative or escalation.",
  frm="mark", to=["daniel"], subject="Re: SSO for the vendor portal", date="2024-05-10 12:31", tz="+0100",
  quote=dict(style="gt_en", who="daniel", ago=26, text="Hi Mark,\n\nCould we add single sign-on for vendor users? Our procurement team keeps asking for it.\n\nThanks,\nDaniel"),
  body="""Hi Daniel,

SSO for vendor users: not happening under this contract.

Thanks,
Mark""",
  charset="us-ascii", cte="7bit", mua="web")

C("R4", ["refusal"], "zh",
  "Refusal slipped into a meeting recap ('本期不作考虑，请知悉') with no reason, review date or alternative.",
  frm="zhou", to=["wu"], cc=["limin", "chen"], subject="5月29日项目周会纪要", date="2024-05-29 17:10",
  body="""各位好，

今天周会纪要如下：

1. 生产上线窗口确认为6月8日（周六）22:00至次日04:00，回退方案已评审通过。
2. 第二轮性能测试报告已于5月27日发出，各方无异议。
3. 吴处提出的对账报表增加PDF导出，本期不作考虑，请知悉。
4. 行方UAT遗留的6个缺陷中，5个已修复待验证，1个（#214）预计5月31日修复。
5. 下次周会：6月5日（周三）14:00，科技部3楼会议室。

如有遗漏请回复补充。

周衡""",
  sig=SIG_ZHOU, layout="alt", cte="quoted-printable", mua="ol")

C("R5", ["refusal"], "en",
  "'a non-starter' - polite wording but a flat refusal with no reason, buffer, alternative or escalation.",
  frm="mark", to=["priya"], subject="RE: Adding a region field to the customer record", date="2024-05-14 14:05", tz="+0100",
  quote=dict(style="ol_en", who="priya", ago=5, text="Hi Mark,\n\nFinance would like a region field on the customer record so they can split revenue by territory. Is that something we can add before go-live?\n\nBest,\nPriya"),
  body="""Hi Priya,

Thanks for the note. Reopening the data model at this stage is a non-starter for us, so we'll leave the customer record as it is.

Best,
Mark""",
  sig=SIG_MARK, mua="ol", layout="html", cte="quoted-printable")

C("R7", ["refusal"], "mixed",
  "'这块 we'll pass，短期内也不会排进 roadmap' - flat refusal in friendly mixed wording; nothing evaluated, dated or offered instead.",
  frm="lin", to=["lisa"], subject="Re: Excel 导入", date="2024-05-20 11:26",
  body="""Lisa，

关于 Excel 导入 的 request，我们 team 内部 sync 过了，这块 we'll pass，短期内也不会排进 roadmap。

有其他问题随时 ping 我～

Jia""",
  cte="quoted-printable", mua="am")

C("R8", ["refusal"], "zh",
  "Implicit flat refusal ('您就别等了…后面也不会有'), no reason, review or alternative.",
  frm="lin", to=["qian"], subject="Re: 管理驾驶舱报表什么时候能有？", date="2024-05-24 09:03",
  quote=dict(style="gt_zh", who="qian", ago=15, text="小林，上个月说的管理驾驶舱，大概什么时候能看到？\n钱"),
  body="""钱总：

驾驶舱那个您就别等了，我们这边没有这个排期，后面也不会有。

其他几项工作照常推进，有进展再跟您汇报。

林嘉""",
  charset="gbk", cte="8bit", mua="tb")

C("RA", ["refusal", "argue"], "zh",
  "Flat '不改。' with no buffer or alternative, plus a lecturing jab about who signed the frozen requirements.",
  frm="lin", to=["qian"], cc=["zhang"], subject="答复: 订单页面再调整一下", date="2024-05-27 19:36",
  quote=dict(style="ol_zh", who="qian", ago=4, text="林经理：\n\n订单页的字段顺序我们又讨论了一下，还是想改回第一版的样子，辛苦。\n\n钱博"),
  body="""钱总：

改回第一版？这已经是第三次来回了。需求冻结那天贵方五位负责人都签了字，签字意味着什么，相信您比我清楚。

不改。谁签的字，请谁去跟业务解释。

林嘉""",
  mua="ol", cte="8bit")

# ============================================================== POSITIVES: persuade
C("PR", ["refusal", "persuade"], "en",
  "Flat 'we won't be doing an on-prem install' plus 'You'll have to trust us' and pressure on the client's IT director to drop his view.",
  frm="mark", to=["daniel"], cc=["tom"], subject="On-prem deployment", date="2024-05-15 09:12", tz="+0100",
  body="""Daniel,

Following yesterday's call: we won't be doing an on-prem install.

You'll have to trust us on this one. Cloud hosting is the only sensible route for a system like this, and the sooner your IT director stops pushing for servers in your own data centre, the better for everyone. I'd rather we didn't spend another steering meeting on it.

Let's proceed on the cloud plan from Monday.

Mark""",
  sig=SIG_MARK, sig_dash=True, cte="base64", mua="tb")

C("P1", ["persuade"], "zh",
  "Pushes our preferred database and tells the client to stop deliberating ('您就听我一句…别再纠结了'), deciding for them.",
  frm="lin", to=["zhang"], subject="回复：数据库选型", date="2024-04-29 16:55",
  quote=dict(style="fm", who="zhang", ago=6, text="林经理：\n\n我们信息部倾向用 Oracle，毕竟公司里其他系统都是 Oracle，运维同事比较熟。请考虑。\n\n张建国"),
  body="""张经理：

您想用 Oracle 的考虑我理解，不过说实话，这条路没必要走。我们这几年做了十几个同类项目，清一色 PostgreSQL，稳得很。

您就听我一句，数据库这块别再纠结了，就按 PostgreSQL 定。运维那边不熟也没关系，上手很快的。下周一我们就开始建库建表。

林嘉""",
  mua="fm", cte="base64")

C("P2", ["persuade"], "en",
  "Pressures the client to drop the big-bang option and stop discussing it; the choice is not left to them.",
  frm="mark", to=["tom"], subject="Rollout approach", date="2024-05-06 10:20", tz="+0100",
  body="""Tom,

Let me save us both some time: a phased rollout is the only approach that works here. I'd strongly suggest you stop entertaining the big-bang option with your steering committee - it will only cost us both more weeks.

Honestly, there isn't much left to discuss. If you can confirm phased by Wednesday, we'll lock the plan.

Mark""",
  sig=SIG_MARK, sig_dash=True, cte="quoted-printable", mua="web")

C("P3", ["persuade"], "zh",
  "Pushes our design as 'the optimum' and asks the client to lean on its own IT section until they stop insisting.",
  frm="zhou", to=["limin"], subject="回复：关于双活架构的意见", date="2024-05-07 14:40",
  quote=dict(style="fm", who="limin", ago=22, text="周经理：\n\n我行信息科认为核心系统应采用同城双活，请在方案中体现。\n\n李敏"),
  body="""李主任：

双活的事情我想再强调一下：单机房加异地冷备，对这个系统完全够用了，双活纯属过度设计，贵行花这笔钱不值当。

信息科那边如果还有不同声音，也请您帮我们做做工作，让他们别再坚持了。我们现在的方案，已经是这个预算下的最优解。

周衡""",
  sig=SIG_ZHOU, charset="gb2312", cte="base64", mua="fm", layout="html")

C("P4", ["persuade"], "mixed",
  "Pressures the client to drop React Native, coaches her to shut down her own CTO and uses the timeline as leverage.",
  frm="lin", to=["lisa"], subject="Mobile 技术选型", date="2024-05-28 20:15",
  body="""Lisa，

我直说了：React Native 那条路 totally no go，Flutter 才是唯一靠谱的选择。

你们 CTO 那边如果还要 push back，你就跟他说这是现在的 industry standard，没什么好讨论的。RN 的方案就别再拿出来讨论了。

麻烦这周五前 confirm，不然 timeline 我们可就 hold 不住了哦。

Jia""",
  cte="8bit", mua="am")

C("P5", ["persuade"], "zh",
  "Traditional/Big5. Declares our report module 'the only reasonable way' and asks the bank to stop spending time on its own tool.",
  frm="zhou", to=["chenyj"], subject="報表工具選擇", date="2024-05-13 11:45",
  body="""陳經理您好：

關於報表改用貴行自有BI工具一事，恕我直言，這條路走不通。請相信我們的經驗，照原本設計使用我們的報表模組，是唯一合理的做法。

希望貴行不要再在這件事上花時間了。麻煩週三前回覆同意，我們就照原計畫進行。

周衡""",
  charset="big5", cte="quoted-printable", mua="ol")

C("P6", ["persuade"], "en",
  "Dismisses the client's need ('makes no sense') and forces a decision by silent consent against a deadline.",
  frm="mark", to=["priya"], subject="Re: Keeping the legacy reports", date="2024-06-03 15:30", tz="+0100",
  quote=dict(style="gt_en", who="priya", ago=5, text="Mark,\n\nSeveral of our regional managers still rely on the old monthly PDF reports. Could we keep them running in parallel for a while?\n\nPriya"),
  body="""Priya,

I hear you, but keeping the legacy reports alive makes no sense. Every other client on this platform switched them off in the first month and nobody missed them.

Let's not burn another steering meeting on this. I'll mark it as agreed to retire them at go-live unless I hear otherwise by noon tomorrow.

Mark""",
  sig=SIG_MARK, sig_dash=True, layout="alt", charset="us-ascii", cte="7bit", mua="tb")

C("P7", ["persuade"], "zh",
  "Dismisses the client's wish to migrate in two batches and argues from our own staffing cost to make them drop it.",
  frm="lin", to=["qian"], subject="Re: 数据迁移是否分批", date="2024-05-30 10:05",
  quote=dict(style="gt_zh_gmail", who="qian", ago=17, text="林经理，财务数据量大，我们还是希望分两批迁移，稳妥一点。\n钱博"),
  body="""钱总：

您担心的风险我们都考虑过了，真没必要分两批。一次性切换最省事，您就别犹豫了。

说句实在话，多分一批，我们这边就得多派一组人熬一个周末，这个成本对谁都没好处。这件事就按一次性切换定下来吧。

林嘉""",
  cte="quoted-printable", mua="web")

C("P8", ["persuade"], "zh",
  "Declares option B the only way, won't develop A/C further and tells the client to stop considering A; decision made for them.",
  frm="lin", to=["zhang"], cc=["he"], subject="三个部署方案对比", date="2024-05-02 17:20",
  body="""张经理：

附件是三个部署方案的对比表。

其实一眼就能看出来，B 才是能走的路，A 和 C 其实都不用再看了。贵方就别在 A 上面花心思了，下周一我们按 B 开工。

林嘉""",
  sig=SIG_LIN, layout="mixed", cte="base64", mua="tb",
  attach=dict(name="方案对比.csv", ctype="text/csv", style="rfc2231",
              data="方案,部署方式,预计工期(周),一次性成本(万元),运维复杂度\r\nA,本地物理机,10,86,高\r\nB,私有云,7,64,中\r\nC,混合云,8,71,中\r\n".encode("utf-8")))

# ============================================================== POSITIVES: ramble
C("M1", ["ramble"], "zh",
  "~700 characters of a weekend trip, the kids, a TV drama and the office air-con; the only actionable line (UAT downtime Thu 14:00-16:00) is buried in the middle.",
  frm="lin", to=["liqian"], subject="周末愉快～顺便说个事", date="2024-05-31 16:12",
  body="""倩姐好！

上周末终于去了一趟莫干山，您上次推荐的那家民宿真的太赞了，推开窗就是一整片竹林，早上起来雾气还没散，整个山头像是泡在牛奶里一样。老板娘自己做的笋干烧肉，我一个人吃了两碗饭，回来一称胖了两斤，真是罪过。我们还顺路去了一趟庾村，那边有个老蚕种场改的文创园，里面的咖啡馆用的是本地的豆子，味道有点酸，我家那位喝不惯，我倒是挺喜欢的。

说起来，我儿子这学期期中考试数学考了九十六分，老师说他最后一道应用题思路特别清楚，回家骄傲得不行，非要我们奖励他一套乐高。现在的乐高也太贵了，一个城堡要一千多，我跟他讨价还价半天，最后约定期末再考九十五以上才买。您家闺女是不是也快小升初了？听说今年的政策又有变化，我们小区好几个家长天天在群里讨论，看得我都跟着焦虑。

对了，UAT 环境周四下午两点到四点要停机升级，麻烦您跟业务同事说一声，这段时间先别登录测试。

另外最近在追一部剧，讲的是九十年代上海弄堂里一家人开面馆的故事，演员都是老戏骨，台词全是上海话，我得开着字幕看。里面有一集讲阿婆做葱油拌面，看得我半夜饿醒，第二天一早就跑去楼下面馆点了一碗，结果人家说葱油要提前熬，只有中午才卖。天气也是越来越热了，昨天办公室空调坏了一下午，大家热得都没心思干活，行政说这周内修好，也不知道靠不靠谱。您那边办公楼的空调怎么样？上次去你们那儿开会，感觉冷得要穿外套。

还有件好玩的事，我家楼下新开了一家宠物店，店里有只柯基特别会营业，每次我路过它都趴在玻璃上冲我摇尾巴，我儿子已经给它起名叫“馒头”了，天天吵着要养狗。我跟他说养狗要每天早晚遛，他拍着胸脯保证自己能做到，我是一个字都不信。

下次去你们那边，一定请您喝那家新开的柠檬茶，据说要排一个小时的队。

林嘉""",
  cte="base64", mua="tb")

C("M2", ["ramble"], "en",
  "~410 words of a half marathon, an espresso machine, the dog, a podcast and F1; the only action (forward the milestone 2 invoice to AP) is one buried line.",
  frm="mark", to=["daniel"], subject="Catching up", date="2024-06-03 09:40", tz="+0100",
  body="""Hi Daniel,

Hope you had a good weekend! Mine was mostly taken over by the half marathon in Richmond Park. I'd been training since February, following one of those twelve-week plans that promises you'll "feel strong" by week nine. I did not feel strong by week nine. I felt strong for about four kilometres on Sunday, and then the hills arrived. Still, I finished in just under two hours, which was my secret target, so I'm calling it a win. My calves disagree.

We also finally gave in and bought a proper espresso machine. It arrived on Saturday in a box the size of a fridge, and my partner and I spent most of the afternoon watching videos about tamping pressure and grind size. The first ten shots were terrible - sour, thin, one of them almost clear - but by the evening we had something that tasted like coffee. The dog was very interested in the whole process, mostly because we kept dropping things.

Speaking of the dog, she has developed a new habit of stealing socks and hiding them in the garden. We found six behind the shed last week. The vet says it's a boredom thing and suggested puzzle toys, so we now own a small plastic maze that she solved in about forty seconds. I suspect she is smarter than both of us.

By the way, the invoice for milestone 2 went out yesterday; could you forward it to your AP team when you get a chance?

I've also been listening to a great podcast about the history of shipping containers, of all things. It sounds dull, but it's fascinating how one standard box changed ports, cities and the whole shape of global trade. There's an episode about the dockworkers in the sixties that I think you'd enjoy, given your dad worked at Felixstowe. I'll send you the link.

And of course there was the Grand Prix on Sunday evening. I won't spoil it in case you recorded it, but let's just say the last five laps were worth staying up for, and my partner has now banned me from shouting at the television after ten o'clock.

Anyway, the weather is supposed to turn next week, so I'm planning to try the coastal path near Whitstable on Saturday if the rain holds off. If you've got any pub recommendations down that way, I'm all ears - last time we ended up somewhere that only served crisps.

Speak soon,
Mark""",
  cte="quoted-printable", mua="web")

C("M3", ["ramble"], "zh",
  "~650 characters on home renovation, the cat, a health check, funds and fishing; the only work item (sign the cut-over plan by Friday) is one buried line.",
  frm="zhou", to=["wu"], subject="吴处好，近况汇报", date="2024-05-20 20:48",
  body="""吴处好！

好久没跟您好好聊聊了。最近家里在装修，我算是彻底领教了什么叫“装修一次老十岁”。先是水电师傅说原来的线路全得换，然后瓷砖到了发现色号不对，又退回去重新订，前后耽误了两个礼拜。我老婆坚持要做一面猫爬墙，说家里那只橘猫太胖了需要运动，结果墙做好了，猫每天就蹲在最底下那一格睡觉，一步都不肯往上爬，设计师看了都笑。

上周单位组织体检，我的尿酸又高了，医生让我少吃海鲜少喝啤酒。可您也知道，夏天不来点小龙虾配冰啤酒，总觉得少了点什么。我现在改喝苏打水了，喝着喝着居然也习惯了。听说您最近在练八段锦？我们楼下公园每天早上有一群大爷大妈在练，我跟着比划了两次，第二天腰就酸了，看来还是得循序渐进。

股市这段时间也是看得人心惊肉跳，我去年买的那几只基金到现在还没回本，同事说要长期持有，我只好安慰自己就当是强制储蓄了。您上次说的那只银行股好像涨得不错，还是您眼光准。前几天我还在小区里跟邻居学了几手太极扇，别说，动作慢下来以后整个人都静了，就是扇子一打开“啪”的一声，把楼下遛弯的小狗吓了一跳。我闺女期末考试也考完了，成绩还没出来，她自己估计数学不太理想，这几天在家特别乖，主动洗碗拖地，我看着都有点不习惯。

另外，割接方案请在周五前回签一下，我们好安排人员。

周末如果有空，我们几个同事打算去郊区钓鱼，据说那边水库的鲫鱼特别肥，上次小陈一下午钓了二十多条，回来全分给邻居了。您要是感兴趣可以一起去，我开车来接您。天气预报说周六多云，气温二十五度左右，正好适合出门。对了，上次您推荐的那家羊肉馆我去吃了，确实地道，就是排队排了四十分钟，下回得早点去。

祝好！
周衡""",
  sig=SIG_ZHOU, charset="gbk", cte="base64", mua="ol", layout="html")

C("M4", ["ramble"], "zh",
  "Fishing, badminton, football and home-made bacon fill ~750 characters; the one request (prepare three report samples for Tuesday's review) is buried.",
  frm="lin", to=["zhang"], subject="张经理好", date="2024-06-07 18:22",
  body="""张经理好！

上周六跟您说的那个水库我去了，真是个好地方。早上五点出发，到的时候天刚蒙蒙亮，水面上一层薄雾，几只白鹭站在浅滩上一动不动。我用的是您推荐的那款饵料，加了点酒米，结果一上午只钓到三条巴掌大的鲫鱼，旁边一位大爷却连竿上了七八条，看得我眼红。后来跟他聊才知道，他在那儿钓了十几年，连哪块石头底下有窝都一清二楚。下午太阳太大，我们就收竿去镇上吃了一顿柴火鸡，土鸡炖得软烂，锅边贴的玉米饼子特别香。

最近羽毛球也打得比较勤，公司楼下新开了一家球馆，八块场地，晚上七点以后基本订不到。我们组几个年轻人建了个群，每周二、四晚上打两小时，我这把老骨头跟不上他们的节奏，每次打完第二天膝盖都疼。您上次说您年轻时候是校队的，下次一定要请您来指点指点。

欧洲杯马上就要开始了，我已经把凌晨的闹钟都定好了，就是不知道第二天上班能不能撑住。上届世界杯决赛我熬到凌晨三点，第二天开会差点睡着，被领导点名批评了一顿。今年决定量力而行，只看几场重点比赛。对了，上次您说想换辆车，看得怎么样了？我表弟在4S店上班，说最近有几款车型在搞活动，您要是有兴趣我可以帮您问问。我们小区最近也开始严格搞垃圾分类了，每天早晚两个时段定时投放，门口还有志愿者盯着，我已经被提醒过两次了。

哦对了，下周二上午的需求评审，麻烦您那边提前准备一下三张核心报表的样例。

我老家前几天寄来一箱腊肉和香肠，是我妈自己在院子里熏的，用的是柏树枝和橘子皮，味道和外面买的完全不一样。我给您留了两条，下次开会的时候带过去。腊肉可以切片和蒜苗一起炒，或者直接蒸了夹馒头吃，都特别香。还有一罐我妈做的剁辣椒，特别下饭，就是有点辣，您要是吃不了辣可以给家里人。

先不打扰您了，祝周末愉快！

林嘉""",
  layout="alt", cte="quoted-printable", mua="fm")

C("M5", ["ramble"], "mixed",
  "Dali trip, a K-pop concert, piano lessons and bubble tea in ~600 mixed characters; the only work item (staging deploy Friday, QA regression Monday) is buried.",
  frm="lin", to=["lisa"], subject="大理回来啦 + 一点小事", date="2024-05-27 13:18",
  body="""Lisa！

大理回来了，整个人都 recharge 了。洱海边骑车真的 next level，风吹过来带着一点点花香，我们租了一辆小电驴绕了半圈，中途在一家叫“云上”的 café 停下来，喝了一杯玫瑰拿铁，颜值超高但味道一般般，主要是拍照好看。晚上去古城吃了烤乳扇和酸辣鱼，老板是个上海人，十年前辞职过去开店，跟我们聊了一晚上 life choices，感觉他活得比我们通透多了。第二天一早还去爬了苍山，坐索道上去的，山顶有点冷，幸好带了外套。回程的时候在机场买了一大袋鲜花饼，同事们一人一个，一会儿就分完了。

回来之后立刻被朋友拉去看了一场 K-pop 演唱会，她抢了两张内场票，说实话我一首歌都不会唱，但现场气氛太燃了，荧光棒的海洋，整个人跟着蹦了三个小时，第二天嗓子哑了，开会都说不出话。

对了，staging 环境这周五晚上会 deploy 新版本，你们 QA 周一可以开始回归。

我女儿最近开始学钢琴，每天练半小时《小星星》，练到第三天我已经会背了，邻居估计也会背了。老师说她手型不错，可以考虑考级，我还在犹豫要不要给她这么大压力。你家小朋友是不是在学画画？上次你朋友圈发的那张向日葵超可爱，有没有考虑送去参加比赛？

还有，最近发现公司附近开了一家新的 bubble tea 店，他们家的 brown sugar boba 甜度可以调到三分，是我的 new favorite。老板娘还送了我一张集点卡，集满十个送一杯。下次你来我们这边开会，一定带你去尝尝！

这周末打算带女儿去郊外的草莓园摘草莓，听说今年雨水多，草莓特别甜，一斤才二十块。摘完再去旁边的农家乐吃个土鸡火锅，想想就很 chill。你周末有什么 plan？上次你说想去爬山，找到搭子了吗？

Cheers,
Jia""",
  cte="base64", mua="am")

C("M6", ["ramble"], "zh",
  "Traditional/Big5. Typhoon, night market, a drama, family and baking fill ~650 characters; the only actionable line (test accounts expire Monday, apply for extension) is buried.",
  frm="zhou", to=["xuting"], subject="許小姐好，近況分享", date="2024-05-24 21:30",
  body="""許小姐您好：

上週颱風來的時候，台北這邊整整停班停課兩天，我們住的那條巷子積水到小腿，樓下的便利商店也只剩下泡麵和餅乾。我跟室友乾脆在家煮火鍋，把冰箱裡剩下的青菜、丸子、豆腐全部丟進去，結果意外地好吃，還開了一瓶朋友送的高粱，聊到半夜兩點。颱風過後的天空特別藍，隔天傍晚的夕陽把整條河濱都染成了橘紅色，好多人跑出來拍照。

這陣子在追一部講醫院的韓劇，每集結尾都停在最緊張的地方，害我每天晚上都說只看一集，最後看到凌晨三點。同事說我的黑眼圈已經快掉到下巴了。週末還去了一趟饒河夜市，胡椒餅排了二十分鐘，燙到舌頭但是很值得，又買了藥燉排骨和一杯木瓜牛奶，吃完整個人都很滿足。

對了，測試帳號下週一到期，麻煩您提前申請延長。

我姪女最近剛上小學，每天放學回家都要跟我視訊，說今天老師稱讚她的字寫得漂亮，又說隔壁同學偷吃她的海苔。小孩子的世界真的很單純，聽她講話一整天的疲勞都不見了。她還說長大要當太空人，要帶我去月亮上吃鳳梨酥。

另外最近開始學烘焙，第一次做的戚風蛋糕塌得像一塊鬆餅，第二次好一點，第三次終於成功了，帶到辦公室被大家一掃而空。下次去貴行開會也帶一些給您嚐嚐。上個月還報名了公司的羽球社，每週三晚上打兩個小時，第一次去就被學弟殺球殺到懷疑人生，回家全身痠痛，隔天連樓梯都走不太動。打了幾次之後慢慢抓到感覺，現在至少可以撐完一整局。我們辦公室樓下也新開了一家手搖飲，招牌是黑糖珍珠鮮奶，每天中午都大排長龍，我已經連續喝了一個禮拜，體重計上的數字也很誠實地反映出來了。天氣越來越熱，請多保重身體，記得多喝水。

周衡""",
  charset="big5", cte="quoted-printable", mua="tb")

C("M7", ["ramble"], "en",
  "~430 words on Lisbon, food, a sister's wedding and cycling; the one request (sign off the attached cut-over checklist by Thursday) is buried.",
  frm="mark", to=["tom"], subject="Back from Lisbon", date="2024-05-20 08:55", tz="+0100",
  body="""Hi Tom,

I'm finally back from the conference in Lisbon and my body clock still thinks it's somewhere over the Bay of Biscay. The flight home was delayed by three hours, so I got to know every bench and coffee stand in Terminal 1 rather better than I ever wanted to.

The city itself was wonderful. We stayed in Alfama, up one of those steep cobbled streets where every doorway seems to have a cat asleep in it. On the first night a colleague dragged me to a tiny fado bar with about twelve seats; the singer was a woman in her seventies with a voice that made the whole room go silent. I didn't understand a word, but I think I understood all of it, if that makes sense.

The food deserves its own email. Grilled sardines on paper plates at a street festival, custard tarts still warm from the oven in Belem, and a seafood rice dish that arrived in a pot big enough for six people and somehow got finished by three of us. I've already promised my partner that we'll go back together in the autumn.

One thing before I forget: I've attached the revised cut-over checklist - could you sign it off by Thursday?

Next month is my sister's wedding, which has quietly taken over the family group chat. There are now forty-seven messages about napkin colours and a long debate about whether the dog should be a ring-bearer. My job, apparently, is the playlist, which is a lot of pressure given that my mother wants ABBA and my sister has banned ABBA. I am considering a compromise involving one song played very quietly. My nephew, meanwhile, has volunteered to give a speech, which has the whole family slightly nervous, since his last public performance involved a magic trick and a very confused hamster. We've also been asked to bring a dish to the rehearsal dinner, and I'm thinking of attempting that seafood rice, which can only end well.

I've also decided to take up cycling to work again, now that the evenings are lighter. The first attempt went well until the hill on Bridge Road, at which point I got off and pushed the bike while a man in his eighties overtook me on a folding bike. I'm telling myself it was an electric one.

How was your trip to the Lakes? I remember you were planning to do Helvellyn if the weather held. Send photos if you have any - I need something to look at other than conference slides.

Cheers,
Mark""",
  sig=SIG_MARK, sig_dash=True, layout="mixed", charset="us-ascii", cte="quoted-printable", mua="tb",
  attach=dict(name="cutover-checklist-v3.txt", ctype="text/plain", style="plain",
              data=b"Cut-over checklist v3\r\n\r\n[ ] Freeze legacy CRM (Fri 18:00)\r\n[ ] Firewall change approved\r\n[ ] Rehearsal 3 sign-off\r\n[ ] Key users booked Sat 14:00-18:00\r\n[ ] Go/no-go call Sat 18:00\r\n"))

C("M8", ["ramble", "backchannel"], "zh",
  "~700 characters of weekend, books and a team outing bury one request (send the integration report by Wednesday); it also mocks client VP 钱总 and calls 张经理 two-faced.",
  frm="lin", to=["chen"], subject="小雨，周末过得怎么样", date="2024-06-02 22:10",
  body="""小雨：

周末过得怎么样？我周六带孩子去了趟海洋馆，人多得跟赶集似的，企鹅馆门口排了快一个小时。孩子看到白鲸表演激动得直跳，回来一路上都在问白鲸为什么会笑。周日下午本来想补个觉，结果楼上在装修，电钻从一点响到五点，我干脆出门去河边走了两圈，顺便在那家新开的烧烤店吃了顿羊肉串，味道还行，就是有点咸。

跟你说个八卦：听说甲方那位钱总又换秘书了，这是今年第三个了。我估计是没人受得了他那个脾气，一会儿要这个一会儿要那个，开个会能把人骂哭。上次他在会上拿着手机念需求，念到一半发现念的是他老婆发的购物清单，全场憋笑憋得脸都红了，他自己还浑然不觉，这种人居然能当上副总，我也是开了眼了。还有他们那个张经理，表面上客客气气，背地里什么事都往我们身上推，跟他打交道得留十个心眼。

对了，周三前把接口联调报告发我一下。

我最近还迷上了做手冲咖啡，买了个磨豆机和一把细嘴壶，每天早上给自己冲一杯，虽然手法还很生疏，水流忽大忽小，但闻着那个香味，一天的心情都好了不少，下次给你带一包我最喜欢的豆子尝尝。周日晚上我还把家里的书架整理了一遍，翻出好多大学时候的旧书和笔记。

最近在看一本讲宋朝吃喝的书，挺有意思，原来宋朝人就已经会做冰饮了，夏天街上有卖“冰雪冷元子”的，听着就很解暑。我打算照着书里的方子试试做个紫苏饮，做成了带到办公室给大家尝尝。还有，下个月公司组织去千岛湖团建，行政让每个组报节目，咱们组你看是唱歌还是演小品？我觉得小品更有意思，可以把这半年项目里的那些事编一编，保证笑翻全场。你要是有好点子赶紧跟我说，别到时候又临时抱佛脚。

林嘉""",
  cte="base64", mua="tb")

# ============================================================== POSITIVES: backchannel
C("AB", ["argue", "backchannel"], "en",
  "Lectures and blames the client ('Let me be crystal clear… not our model') and, with the client in To, mocks him to a colleague ('Classic Daniel').",
  frm="mark", to=["daniel"], cc=["ethan"], subject="Re: Q2 volumes", date="2024-05-09 17:25", tz="+0100",
  quote=dict(style="gt_en", who="daniel", ago=2, text="Mark,\n\nYour forecast for Q2 is 30% off. Please explain.\n\nDaniel"),
  body="""Daniel,

Let me be crystal clear: the Q2 volumes in the forecast came straight from the spreadsheet your team sent us on 2 April. If the numbers are 30% off, the place to look is that spreadsheet, not our model. We pointed out the gaps in it at the time.

Ethan - as predicted, our friend didn't open the attachment. Classic Daniel. Can you dig out the April thread so I can paste it in?

Mark""",
  cte="quoted-printable", mua="tb")

C("B1", ["backchannel"], "zh",
  "Mocks a client executive by a nickname only ('拍脑袋总') in an internal mail, with sarcastic 'admiration'.",
  frm="lin", to=["chen", "wang"], subject="今天又来新点子了", date="2024-05-15 16:58",
  body="""小雨、王磊：

“拍脑袋总”今天下午又来电话了，说首页要加一个“智能助手”，明天下午四点前要看到原型。上周是语音搜索，上上周是小程序，我真是佩服他这种想一出是一出的本事，离谱到家了。

你们手上的活儿先别停，这个先放一放，按他的习惯，过两天自己就忘了。他要是再问起来，我去应付。

林嘉""",
  cte="8bit", mua="web")

C("B2", ["backchannel"], "zh",
  "Reply-all accident: disparages 李倩 ('业务水平就那样') to a colleague while she is still in Cc.",
  frm="lin", to=["chen"], cc=["liqian"], subject="答复: 报表筛选条件调整", date="2024-05-22 14:36",
  quote=dict(style="ol_zh", who="liqian", ago=2, to_override="林嘉 <lin.jia@ourteam.example.com>; 陈小雨 <chen.xiaoyu@ourteam.example.com>",
             text="林经理、陈工：\n\n报表的筛选条件能不能再改一下，按区域筛选改成按大区加省份两级？谢谢。\n\n李倩"),
  body="""小雨，这个你先放着别动。她每周都要改一遍筛选条件，改完过两天又说还是原来的好。业务水平就那样，跟她解释也是白费口舌，咱们就当没看到。

林嘉""",
  mua="ol", cte="base64")

C("B3", ["backchannel"], "en",
  "Internal mail disparaging the client and Daniel ('has no idea what they want', 'every time his boss sneezes').",
  frm="mark", to=["maya"], subject="Daniel's latest", date="2024-05-16 18:05", tz="+0100",
  body="""Maya,

Frankly, the client has no idea what they want. Daniel changes his mind every time his boss sneezes - this week the dashboard has to be "minimalist", last week it needed "everything on one screen".

Let's just keep building what's in the SOW and let them sort themselves out. I'm not going to spend Friday redrawing wireframes for the fourth time.

Mark""",
  charset="us-ascii", cte="7bit", mua="web")

C("B4", ["backchannel"], "en",
  "Reply-all accident: mocks Priya ('files these to look busy') to a colleague while she is in Cc.",
  frm="mark", to=["ethan"], cc=["priya"], subject="RE: URGENT - typo on invoice screen", date="2024-05-30 11:50", tz="+0100",
  quote=dict(style="ol_en", who="priya", ago=1, to_override="Mark Liang <mark.liang@ourteam.example.com>; Ethan Park <ethan.park@ourteam.example.com>",
             text="Hi Mark, Ethan,\n\nThere is a typo on the invoice screen: 'Reciept' should be 'Receipt'. Please treat as urgent.\n\nThanks,\nPriya"),
  body="""Ethan - see below. Priya's third "urgent" ticket this week, this time for a typo. I honestly think she files these to look busy in front of her manager.

Can you pick it up when you have a minute? No rush, obviously.

M""",
  layout="alt", cte="quoted-printable", mua="ol")

C("B5", ["backchannel"], "mixed",
  "Mocks a client contact by a nickname only ('Mr. Deadline'), accusing him of pinging people to look important.",
  frm="lin", to=["ethan"], subject="Mr. Deadline 又来了", date="2024-05-31 19:44",
  body="""Ethan，

B 公司那位 “Mr. Deadline” 今天又发了三封邮件 chase 进度，一封比一封大写字母多 lol。我严重怀疑他根本不看我们的 weekly report，就是喜欢到处 ping 人刷存在感。

下次 status call 你来主持吧，我怕我当场笑出来。

Jia""",
  cte="quoted-printable", mua="am")

C("B6", ["backchannel"], "zh",
  "Traditional/Big5. Internal mail mocking a bank contact by nickname only ('永遠在開會'小姐, her calendar 'just decoration').",
  frm="zhou", to=["ajie"], subject="今天的驗收會又取消了", date="2024-06-04 17:02",
  body="""阿哲：

C行那位「永遠在開會」小姐今天又放我們鴿子了，約好的驗收會議開始前十分鐘才說取消，連個理由都沒有。這已經是第三次了，我看她的行事曆大概只是裝飾用的。

跟他們做專案真的是在修行。下週的時間你先幫我留著，我再去約一次。

周衡""",
  charset="big5", cte="base64", mua="tb")

C("B7", ["backchannel"], "zh",
  "Disparages a client-side employee (李倩) to her own manager; backchannel even though it is sent to the client.",
  frm="lin", to=["zhang"], subject="关于需求对接人的小建议", date="2024-05-26 21:17",
  body="""张经理：

说句可能不太该说的话。贵部门李倩那边提的需求，我们实在有点接不住：她对系统基本没概念，同一个功能上午一个说法、下午一个说法，开会也总是抓不住重点。

以后需求能不能都从您这边统一出？跟您沟通效率高太多了。

林嘉""",
  sig=SIG_LIN, charset="gb18030", cte="base64", mua="fm")

# ============================================================== HARD NEGATIVES
C("N1", [], "zh",
  "Hard negative (buffered refusal): not in the June release, but logged as CR-2024-031 with a reply date, interim workaround and meeting offer; the client's '必须…没法验收' is only in the quote.",
  frm="lin", to=["zhang"], subject="回复: 批量导出增加自定义字段", date="2024-05-15 11:40",
  quote=dict(style="gt_zh", who="zhang", ago=2, text="林经理：\n\n业务部门强烈要求批量导出支持自定义字段，6月版本必须带上，不行的话我们没法验收。\n\n张建国"),
  body="""张经理：

收到。这个需求我们很重视，但坦白说，6月版本已经进入测试阶段，现在插入会影响已经排好的上线日期，所以暂时无法纳入6月版本。

我们已登记为变更单 CR-2024-031，技术组本周评估工作量和影响，5月24日（周五）前给您书面答复，包括可以放进哪个版本。

在此之前，业务同事可以先用“导出全部字段后在Excel里隐藏列”的方式过渡，我们可以录一个两分钟的操作视频发给大家。

如果验收节点有顾虑，我们可以约个时间当面聊。

林嘉""",
  sig=SIG_LIN, cte="base64", mua="tb")

C("N2", [], "en",
  "Hard negative (concrete alternative): 'I can't promise the full module by 31 May' followed by two dated options; the client chooses.",
  frm="mark", to=["tom"], subject="Re: Reporting module by 31 May", date="2024-05-07 13:12", tz="+0100",
  quote=dict(style="gt_en", who="tom", ago=20, text="Mark,\n\nThe board wants the full reporting module live by 31 May. Can you confirm?\n\nTom"),
  body="""Hi Tom,

I can't promise the full reporting module by 31 May without cutting testing, and I don't want to put a half-tested module in front of your board.

What we can do:

- 31 May: read-only dashboards (the six reports your board uses most), fully tested.
- 21 June: editing, scheduling and export features.

Alternatively, if having the whole module on one date matters more than the date itself, we can go for 14 June in a single release.

Let me know which of the two works better for you and I'll update the plan the same day.

Best,
Mark""",
  sig=SIG_MARK, sig_dash=True, charset="us-ascii", cte="7bit", mua="tb")

C("N3", [], "zh",
  "Hard negative (escalation), Traditional/Big5: beyond the PM's authority, handed to the delivery director with a call-back date; '並不是我們不願意談' is a negation.",
  frm="zhou", to=["xuting"], cc=["zheng_t"], subject="關於延長保固期的請求", date="2024-05-28 10:30",
  body="""許小姐您好：

謝謝您提出將保固期由一年延長為兩年的需求。這件事涉及合約條款與費用，已超出我個人可以決定的範圍，並不是我們不願意談。

我已將您的需求完整轉給本公司交付總監鄭偉先生（副本），他會在本週四下午前與您電話聯繫，說明可行的方案。

如有任何問題，也歡迎直接與我聯絡。

周衡""",
  sig=SIG_ZHOU_T, charset="big5", cte="quoted-printable", mua="ol")

C("N4", [], "zh",
  "Hard negative (negation): '并不是不能做' followed by an assessment plan with a date and the decision left to the client.",
  frm="lin", to=["qian"], subject="关于移动端审批", date="2024-06-05 09:50",
  body="""钱总：

关于您昨天提到的移动端审批，我想先说明一点：并不是不能做，而是现在的审批流程引擎只支持网页端，要上移动端需要先改造消息推送和电子签名两块。

我们的打算是：
1. 本周内由何敏梳理需要上移动端的审批类型（初步看是报销和采购两类）；
2. 下周三（6月12日）给您一份工作量和排期评估；
3. 评估出来以后，由您决定是放进三期，还是单独立项。

如果您方便，下周三下午我们当面汇报一下。

林嘉""",
  charset="gbk", cte="quoted-printable", mua="fm")

C("N5", [], "en",
  "Hard negative (negation): 'I'm not saying it can't be done' plus sizing, a Thursday reply date and a call offer; 'impossible' only in the client's quote.",
  frm="mark", to=["daniel"], subject="RE: Multi-currency support", date="2024-05-27 15:15", tz="+0100",
  quote=dict(style="ol_en", who="daniel", ago=4, text="Mark,\n\nWe need multi-currency pricing before the Singapore launch. Why does your team keep saying it's impossible?\n\nDaniel"),
  body="""Hi Daniel,

I'm not saying it can't be done - I'm saying I don't know yet how big it is, and I'd rather not guess with a launch date attached.

Pricing currently assumes a single currency in about forty places, including invoicing and tax. Ethan is sizing it this week, and I'll come back to you on Thursday with an estimate and two delivery options, at least one of which should make the Singapore date.

If it helps, I'm happy to walk your finance lead through the impact on a call before then.

Best,
Mark""",
  sig=SIG_MARK, mua="ol", cte="base64")

C("N6", [], "zh",
  "Hard negative (technical terms): '拒绝访问', '被拒绝写入' and '必须勾选' are in a permission-fix procedure, with help offered.",
  frm="zhou", to=["wu"], cc=["chen"], subject="答复: 部署后页面报错", date="2024-05-21 13:25",
  quote=dict(style="ol_zh", who="wu", ago=3, text="周经理：\n\n今天上午部署后，附件上传功能报错，请尽快处理。\n\n吴振华"),
  body=r"""吴处：

上午的问题已定位。日志里报的是“拒绝访问 (Access is denied)”，原因是新服务器上应用池账号对上传目录 D:\upload 没有写权限。

处理步骤如下（贵行运维同事操作即可，约5分钟）：
1. 在 D:\upload 目录属性 → 安全 中，给 IIS AppPool\Portal 账号授予“修改”权限；
2. 必须勾选“应用到子文件夹和文件”，否则按月份生成的子目录仍会被拒绝写入；
3. 回收应用池后重新上传测试。

我们已把这一步补进部署手册第4.3节，后续环境不会再遗漏。小雨下午两点起在线，贵行运维操作时如有问题可以直接打她电话。

周衡""",
  sig=SIG_ZHOU, mua="ol", cte="8bit")

C("N7", [], "mixed",
  "Hard negative (technical 'must'): 'callback URL 必须先…配置好' and 'reject' describe gateway configuration, with help offered.",
  frm="lin", to=["lisa"], subject="支付回调配置", date="2024-06-04 10:08",
  body="""Lisa，

周五联调之前，有一个配置需要你们那边先做一下：callback URL 必须先在 payment gateway 的 admin console 里配置好，否则 gateway 会直接 reject 所有未登记域名的请求，返回 403。简单说就是 the callback URL must be configured before Friday's test。

具体是：
- Callback URL: https://pay-cb.client-b.example.com/notify
- IP allowlist 加上我们 staging 的两个出口 IP（已单独发给你们运维）

配置截图我放在共享盘的 /integration 目录了。如果 admin console 你们没有权限，告诉我，我们可以帮忙联系 gateway 的支持团队。

Jia""",
  sig=SIG_JIA, layout="alt", cte="quoted-printable", mua="ol")

C("N8", [], "en",
  "Hard negative (risky word in another sense): 'almost impossible to reproduce' and 'can't see' describe a bug investigation; asks for a HAR file.",
  frm="mark", to=["priya"], cc=["ethan"], subject="Intermittent logout - need a HAR file", date="2024-05-23 10:33", tz="+0100",
  body="""Hi Priya,

Quick update on the intermittent logout your users reported on Tuesday.

So far the bug has been almost impossible to reproduce in staging: we've run the same browser versions and the same session lengths for two days without a single logout. That usually means something in the production path we can't see from here, such as a proxy timeout or a cookie being rewritten.

Could you ask one of the affected users to capture a HAR file the next time it happens? In Chrome: DevTools > Network > tick "Preserve log", then right-click > "Save all as HAR". Ethan will pick it up the same day.

Thanks for your patience on this one.

Mark""",
  sig=SIG_MARK, sig_dash=True, charset="us-ascii", cte="7bit", mua="web")

C("N9", [], "zh",
  "Hard negative (必须 in a spec): '必须', '不允许', '不接受' are interface requirements with reasons and an offer to discuss a transition period.",
  frm="zhou", to=["wu", "limin"], subject="对账接口规范 v1.2 变更说明", date="2024-05-17 15:50",
  body="""吴处、李主任：

对账接口规范已更新到 v1.2，主要变化如下，请贵行开发同事留意：

1. 请求头必须带 X-Request-Id，长度32位，同一请求重试时必须保持不变；
2. 金额字段统一为整数“分”，不允许出现小数和空字符串；
3. 对账日期格式必须为 yyyyMMdd，不接受其他格式，否则接口返回错误码 E102；
4. 单次请求明细不超过5000条，超过时请分页。

以上变化是根据上月联调中发现的三个问题（重复入账、金额精度、日期解析）做的，详细原因见规范第6章。如果第3条对贵行现有系统改动较大，请告诉我们，可以讨论在过渡期内同时兼容两种格式。

周衡""",
  sig=SIG_ZHOU, layout="alt", cte="base64", mua="fm")

C("N10", [], "zh",
  "Hard negative (self-deprecation): '我的锅', '脑子进水了' aimed at the PM's own mistake, with a correction.",
  frm="lin", to=["zhang"], subject="更正：上线排期表日期有误", date="2024-05-29 08:45",
  body="""张经理：

非常抱歉，昨天发给您的排期表里，UAT 结束日期我抄错了，写成了6月5日，正确的是6月12日。这次是我的锅，核对的时候眼睛不知道看哪儿去了，真是脑子进水了。

更正后的排期表已更新在共享盘，版本号 v2.1，其他日期都重新核对过一遍，没有变化。

给您和业务同事添麻烦了。如果已经按6月5日安排了人员，请告诉我，我们来协调。

林嘉""",
  sig=SIG_LIN, sig_dash=True, cte="quoted-printable", mua="tb")

C("N11", [], "mixed",
  "Hard negative (self-deprecation): '我今天脑子明显不在线' about the PM's own wrong attachment; resends the right file.",
  frm="lin", to=["lisa"], subject="附件发错了，sorry", date="2024-05-21 17:36",
  body="""Lisa，

刚才那封邮件 attach 错文件了，发成了上个月的 defect list，我今天脑子明显不在线。正确的是这份（5月第3周），请以附件为准，上一封可以直接 ignore。

Sorry 给你们添乱了！

Jia""",
  layout="mixed", cte="base64", mua="fm",
  attach=dict(name="缺陷清单_0520.csv", ctype="text/csv", style="rfc2047",
              data="ID,模块,严重程度,状态\r\n301,订单,一般,已修复\r\n302,支付,严重,处理中\r\n305,报表,一般,待验证\r\n".encode("utf-8")))

C("N12", [], "zh",
  "Hard negative (client anger only in quote): '到底行不行', '！！！' and the threat to switch vendors are the client's; the PM apologises with facts and a plan.",
  frm="lin", to=["qian"], cc=["zhang"], subject="Re: 系统又宕了", date="2024-05-06 14:20",
  quote=dict(style="gt_zh", who="qian", ago=3, text="你们到底行不行？这个月第三次宕机了！！！业务部门已经闹到我这里来了，再这样下去我们只能考虑换供应商！"),
  body="""钱总：

非常抱歉，今天上午的中断给业务部门造成了很大影响，责任在我们。

情况说明：09:40 数据库连接池耗尽，10:15 恢复，共中断35分钟。直接原因是月初批量对账任务和白天业务叠加，我们的连接池参数没有按新的数据量调整。

已经做的：连接池上限已调整并压测验证；批量任务改到夜间执行。
接下来：本周五前提交完整的事故分析报告，下周一我和我们郑总一起到贵司当面汇报整改方案。

再次向您和业务同事致歉。

林嘉""",
  sig=SIG_LIN, cte="base64", mua="tb")

C("N13", [], "en",
  "Hard negative (client anger only in quote): 'unacceptable' and 'no idea what it's doing' sit in the Outlook quote; the PM apologises and gives a concrete fix.",
  frm="mark", to=["tom"], cc=["daniel"], subject="RE: Data migration - unacceptable", date="2024-05-24 12:05", tz="+0100",
  quote=dict(style="ol_en", who="tom", ago=2, text="Mark,\n\nThis is unacceptable. Half the customer records in UAT have the wrong addresses. Frankly, your team has no idea what it's doing with our data. I want an explanation today.\n\nTom"),
  body="""Hi Tom,

You're right to be concerned, and I'm sorry - this should have been caught before UAT.

What happened: the address import mapped "Line 2" to "Town" for records created before 2019, which used an older template. About 41% of UAT records are affected; production has not been touched.

We have fixed the mapping, added a check that compares a sample of 500 records field by field, and will reload UAT tonight. I'll send you the comparison report by 10:00 tomorrow so your team can verify it before we continue.

Happy to join a call today if you'd like to go through it.

Mark""",
  sig=SIG_MARK, mua="ol", cte="quoted-printable")

C("N14", [], "zh",
  "Hard negative (client slang anger only in Foxmail quote): '无语', '来搞笑的吗' are the client's; the PM apologises with a fix time and a workaround.",
  frm="lin", to=["liqian"], subject="回复：导出的文件又乱码了", date="2024-05-28 11:15",
  quote=dict(style="fm", who="liqian", ago=2, text="导出的CSV用Excel打开又是乱码，上周不是说修好了吗？无语，你们是来搞笑的吗"),
  body="""倩姐：

抱歉让您又碰到这个问题。我们查了一下：上周修复的是网页端导出，这次出问题的是定时任务发到邮箱的那份，用的是另一段代码，我们漏改了，是我们的疏忽。

今天下午三点前会发布修复，修复后导出文件会带 BOM 头，用 Excel 直接双击打开就是正常的中文。在此之前，您可以先用 Excel 的“数据→自文本”导入，编码选 UTF-8。

修复发布后我会第一时间跟您确认。

林嘉""",
  sig=SIG_LIN, charset="gbk", cte="base64", mua="fm", layout="html")

C("N15", [], "zh",
  "Hard negative (client anger only in quote), Traditional/Big5: '根本不能上線' and the rhetorical question are the client's; the PM owns the gap and gives a dated fix.",
  frm="zhou", to=["chenyj"], subject="Re: 系統效能太差", date="2024-06-03 16:40",
  quote=dict(style="gt_big5", who="chenyj", ago=6, text="周經理：\n\n查詢一筆交易要等十幾秒，分行同仁抱怨連連。這種品質根本不能上線，你們到底有沒有做過壓力測試？\n\n陳怡君"),
  body="""陳經理您好：

謝謝您直接反映，這個問題確實需要優先處理。

我們今天比對了分行的查詢紀錄，慢的主要是「依客戶姓名模糊查詢」這一類，原因是資料表缺少對應的索引，並非網路問題。壓力測試當時用的資料量只有正式環境的三分之一，沒有暴露出這一點，這是我們測試設計上的不足。

索引已在測試環境加上，同樣的查詢從十二秒降到0.8秒左右。預計下週二晚上的維護窗口上到正式環境，上線前會把測試結果寄給您確認。

周衡""",
  sig=SIG_ZHOU_T, sig_dash=True, charset="big5", cte="base64", mua="tb")

C("N16", [], "zh",
  "Hard negative (long but focused): ~750-character root-cause analysis of a reconciliation incident; same length as the ramble drafts, all on topic.",
  frm="zhou", to=["wu", "limin"], cc=["zheng"], subject="5月20日对账差异事件根因分析", date="2024-05-30 18:05",
  body="""吴处、李主任：

现将5月20日对账差异事件的分析结果汇报如下。

一、事件概况
5月20日日终对账时，系统与核心账务之间出现17笔差异，合计金额3,426.50元。差异均为当日15:02至15:09之间发生的退款交易，其他时段的交易均正常。

二、直接原因
15:02 支付网关推送退款通知时，我方回调服务恰好处于滚动发布过程中。发布脚本先停止旧实例再启动新实例，中间约7分钟只有一个实例在线，部分回调请求超时。网关按约定重试了三次，但重试间隔过短（30秒），三次都落在这个窗口内，于是这17笔退款在我方被标记为“未确认”，没有进入当日对账文件。

三、根本原因
1. 发布流程没有避开网关的高峰推送时段，也没有采用先启后停的方式；
2. 回调服务缺少对“未确认”交易的主动查询补偿，完全依赖网关重试；
3. 对账前的预检只核对笔数，没有核对退款状态，导致问题到日终才暴露。

四、处理情况
17笔交易已于5月21日上午通过主动查询接口补录，并经贵行财务核对一致，未造成资金损失。同时，我们逐笔核对了5月20日当天其余2,316笔退款交易，状态均与网关一致，确认不存在其他遗漏。

五、整改措施
1. 发布脚本改为先启动新实例、健康检查通过后再停止旧实例，5月28日已上线；
2. 新增每15分钟一次的补偿任务，对超过10分钟仍未确认的交易主动向网关查询状态；
3. 日终对账前增加退款状态预检，发现异常提前告警；
4. 与网关方协商将重试间隔调整为1分钟、5分钟、15分钟递增，对方预计6月中旬完成。

六、后续安排
整改措施全部完成后，我们将在测试环境模拟同样的场景进行验证，并把验证报告提交贵行。6月5日周会上我们也会专门花十分钟过一下这件事，如有疑问可以当面讨论。此外，我们会把这次事件的经验整理进运维手册，作为今后发布前检查的一部分，并在下次的双方联合演练中增加回调中断的场景。

周衡""",
  sig=SIG_ZHOU, cte="base64", mua="tb")

C("N17", [], "en",
  "Hard negative (long but focused): ~400-word data-migration plan, entirely on topic; the go/no-go decision is left to the client.",
  frm="mark", to=["tom", "daniel"], subject="Data migration plan - weekend of 15 June", date="2024-06-04 09:30", tz="+0100",
  body="""Hi Tom, Daniel,

Here is the plan for the production data migration on the weekend of 15 June, so that your teams can plan staffing and communications.

Scope
We will migrate customer, contract and invoice data from the legacy CRM into the new platform: about 182,000 customer records, 240,000 contracts and 1.9 million invoice lines. Attachments older than 2018 stay in the archive and remain reachable through a read-only link.

Timeline
- Friday 14 June, 18:00: legacy CRM switched to read-only. Users can still look up records but cannot edit them.
- Friday 20:00 to Saturday 06:00: extraction and transformation, using the same scripts as in the three rehearsals, with the fixes from rehearsal 2 (address mapping) and rehearsal 3 (currency rounding).
- Saturday 06:00 to 14:00: load and automated reconciliation: record counts, invoice totals per customer and a field-by-field comparison of a 2,000-record sample.
- Saturday 14:00 to 18:00: business verification by your key users, using the checklist we sent on 3 June.
- Saturday 18:00: go/no-go call. Tom makes the final decision, based on the reconciliation report and the key users' sign-off.
- Sunday: buffer day. If we go, users get access on Monday at 08:00.

Rollback
If the call is no-go, we switch the legacy CRM back to read-write by Saturday 20:00. No data is written to the legacy system during the weekend, so rollback needs no data reconciliation. We have rehearsed it twice, and it takes about 40 minutes.

What we need from you
- Four key users available on Saturday from 14:00 to 18:00.
- Someone from your IT team on call on Friday evening for the firewall change.
- A short notice to all users by 10 June about the read-only period. We have drafted one you can adapt; it is attached to the rehearsal report.

Risks
The main risk is the invoice load running longer than planned; in rehearsal 3 it took 5 hours 10 minutes against a 6-hour slot. If it runs over, we will tell you by Saturday 10:00 and you can decide whether to extend the window or postpone.

Communication
During the weekend we will post a short status update in the shared channel every two hours, and I will send a summary email to both of you after the go/no-go call. If anything unexpected happens overnight, our on-call lead will phone Daniel first and then Tom, using the numbers in the contact sheet. Please tell me if either of you would prefer a different order.

Let me know if any of the times don't work for your team, and I'll adjust.

Best regards,
Mark""",
  sig=SIG_MARK, layout="alt", cte="quoted-printable", mua="ol")

C("N18", [], "zh",
  "Hard negative (long but focused): ~700-character UAT plan that stays on its subject.",
  frm="lin", to=["zhang", "liqian"], subject="三期 UAT 测试安排", date="2024-05-24 16:30",
  body="""张经理、倩姐：

三期 UAT 的具体安排如下，请业务同事提前预留时间。

一、测试时间
6月3日（周一）至6月12日（周三），共8个工作日。每天上午9:30至11:30集中测试，下午由各业务组自行安排补测。

二、测试范围
本期共涉及4个模块、63个测试场景：
1. 合同管理：新建、变更、续签、终止，共18个场景；
2. 采购审批：三级审批、加签、退回，共15个场景；
3. 供应商管理：准入、年审、黑名单，共12个场景；
4. 报表：6张月报和3张看板，共18个场景。
每个场景的操作步骤和预期结果都写在测试用例里，用例已上传到共享盘“三期/UAT”目录。

三、人员安排
建议每个模块安排一名主测、一名辅测。我方每天安排两名测试工程师和一名开发工程师驻场，现场解答问题、记录缺陷。

四、缺陷处理
缺陷统一录入缺陷平台，按严重程度分为三级。致命和严重缺陷当天响应，两个工作日内修复；一般缺陷在下一次版本发布时统一修复，版本每两天发布一次。每天下午五点，我们会把当天的缺陷统计发到项目群。

五、通过标准
所有致命、严重缺陷关闭，一般缺陷修复率不低于90%，剩余缺陷有明确的处理计划，并经贵方业务负责人确认后，即可签署UAT报告。

六、需要贵方配合的事项
1. 5月31日前确认各模块的测试人员名单；
2. 准备一批接近真实的测试数据，尤其是历史合同和供应商资料；
3. 测试期间如需调整时间，请提前一天告知。

七、沟通机制
测试期间每天下午四点半在驻场会议室开十五分钟的站会，由双方测试负责人一起过当天的进展、阻塞问题和第二天的计划。遇到影响测试进度的问题，驻场人员会当场升级给我，我会在两小时内给出处理意见。测试结束后两个工作日内，我们提交UAT总结报告，列明测试覆盖情况、缺陷统计和遗留问题的处理计划，供贵方签署时参考。

以上安排如有不合适的地方，欢迎随时提出，我们可以再调整。

林嘉""",
  sig=SIG_LIN, charset="gb18030", cte="base64", mua="ol", layout="html")

C("N19", [], "mixed",
  "Hard negative (long but focused): mixed performance-test report that stays on topic; two options, the client decides.",
  frm="lin", to=["lisa"], cc=["ethan"], subject="性能测试结果 (round 2)", date="2024-05-29 19:20",
  body="""Lisa，

第二轮 performance test 的结果整理如下，供你们 review。

Test setup：
- 环境：staging，和 production 同规格（4 台 app server，1 主 1 从 DB）
- 数据量：按 production 的 1.5 倍模拟，订单表 3200 万行
- 场景：登录、商品搜索、下单、订单查询四个核心场景，按 3:4:2:1 混合
- 并发：从 200 逐步加到 1500 virtual users，每一档持续 20 分钟

结果：
1. 1000 并发以下，所有接口 p95 都在 600ms 以内，错误率为 0；
2. 1200 并发时，订单查询 p95 上升到 1.8s，原因是按时间范围查询没有走索引，已加复合索引，复测后降到 450ms；
3. 1500 并发时，下单接口出现 0.3% 的超时，瓶颈在库存扣减的行锁竞争。我们的建议是把热门商品的库存扣减改成 Redis 预扣加异步落库，改动量大约 5 人天。

监控观察：
- 压测期间 app server CPU 最高到 72%，内存稳定在 60% 左右，没有出现明显的 GC 停顿；
- DB 主库 CPU 在 1500 并发时达到 85%，从库只承担了约 20% 的读流量，后续可以考虑把订单查询切到从库，进一步减轻主库压力；
- Redis 命中率 96%，缓存预热脚本在发布后 3 分钟内完成。

和第一轮对比：整体吞吐提升约 35%，主要来自连接池调优和搜索结果缓存。

下一步有两种走法：
- 如果 go-live 的目标并发是 1000（按你们上次给的 peak 数据），现在的版本已经满足，库存优化可以放到下个迭代；
- 如果希望覆盖 1500 的 promotion 场景，就需要在上线前做库存优化，上线日期要顺延一周。

两种方式我们都可以支持，你们跟业务确认后告诉我就行。完整的 report 和 Grafana 截图在共享盘 /perf/round2。

Jia""",
  sig=SIG_JIA, cte="quoted-printable", mua="am")

C("N20", [], "zh",
  "Hard negative (constructive internal discussion): the client VP's anxiety is called justified and a face-to-face meeting is planned.",
  frm="lin", to=["chen", "wang"], cc=["zheng"], subject="钱总对上线时间的担心", date="2024-06-05 20:05",
  body="""小雨、王磊，郑总：

今天和客户钱总通了电话，他对6月底能不能上线很焦虑，语气也比较急。说实话，他的担心是有道理的：UAT 推迟了一周，我们对外说的日期一直没变，也没有主动解释过缓冲在哪里。

我想这样处理：
1. 小雨明天中午前把剩余工作量按天排一下，标出关键路径；
2. 王磊把 UAT 缺陷的收敛趋势做成一张图；
3. 周四上午我和小雨去他们公司，当面跟钱总过一遍，把风险和应对讲清楚，不要等他来问。

郑总，如果您周四有空，一起去会更好。

林嘉""",
  cte="8bit", mua="tb")

C("N21", [], "zh",
  "Hard negative (internal, takes the client's criticism seriously): quotes '看了等于没看' about our error messages and agrees with it.",
  frm="lin", to=["chen", "he"], subject="张经理说错误提示看不懂", date="2024-05-18 10:12",
  body="""小雨、何敏：

张经理今天在电话里吐槽，说我们系统的错误提示“看了等于没看”，比如“操作失败，错误码 5003”。我回去翻了一下，他说得挺在理的，换成我是用户也会一头雾水。

建议：
1. 何敏把前台出现频率最高的20个错误码列出来，每个写一句用户能看懂的提示，以及下一步该做什么；
2. 小雨评估一下改成“提示语 + 错误码”的工作量，看能不能放进下个迭代；
3. 周二例会上我们先把清单过一遍，再拿去跟张经理确认措辞。

林嘉""",
  cte="base64", mua="web")

C("N22", [], "zh",
  "Hard negative (motto in signature): '不接受', '拒绝', '做不到' appear only in the signature motto; the body is a neutral training notice.",
  frm="lin", to=["liqian"], subject="培训安排确认", date="2024-06-03 11:05",
  body="""倩姐：

系统操作培训安排如下，请帮忙通知相关同事：

时间：6月6日（周四）14:00至16:00
地点：贵司5楼培训室
内容：新版合同管理、审批流程、常见问题
讲师：何敏

培训材料会在前一天发给您。如果时间有冲突，告诉我，我们可以再加一场。

林嘉""",
  sig=SIG_LIN + "\n座右铭：不接受平庸，拒绝找借口，世上没有做不到的事。", sig_dash=True,
  cte="quoted-printable", mua="tb")

C("N23", [], "mixed",
  "Hard negative (disclaimer in signature): 'must not', 'cannot accept' are only in the English confidentiality notice; the body moves a meeting.",
  frm="lin", to=["lisa"], subject="下周 sprint review 时间", date="2024-05-30 15:42",
  body="""Lisa，

下周的 sprint review 改到周三下午 3 点（原定周二），因为我们的 demo 环境周二要做一次 DB 升级。会议链接不变。

如果周三你们不方便，回我一下，周四上午也可以。

Thanks,
Jia""",
  sig=SIG_JIA + "\n\nCONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, you must not read, copy, use or disclose them, and you must delete this email immediately. We cannot accept liability for any loss caused by this email and cannot guarantee that it is free of viruses.",
  cte="base64", mua="ol")

C("N24", [], "zh",
  "Hard negative (recommendation, client keeps the choice): '按我们的经验' prefers option 2 but both options are costed and the bank decides.",
  frm="zhou", to=["limin"], subject="关于灾备方案的两个选择", date="2024-05-10 17:30",
  body="""李主任：

上次会上贵行信息科提出希望采用同城双活，我们回去认真研究了一下，整理了两个选择供贵行参考：

方案一：同城双活。优点是切换时间可以做到分钟级；缺点是需要增加一套数据库许可和专线，预算增加约120万，工期增加6周。
方案二：单中心加异地冷备。切换时间约4小时，在现有预算内可以完成。

按我们的经验，以这个系统的业务量，方案二的风险是可以接受的；但信息科对切换时间的要求如果更高，方案一也完全可行，我们两种都能支持。

最终请贵行决定。如果需要，我们可以到行里给信息科做一次详细讲解。

周衡""",
  sig=SIG_ZHOU, charset="gb2312", cte="base64", mua="fm")

C("N25", [], "en",
  "Hard negative (polite firmness with options): firm about the code freeze but offers two concrete options and lets the client choose; 'crystal clear' used neutrally.",
  frm="mark", to=["priya"], subject="Changes during the code freeze", date="2024-06-06 10:10", tz="+0100",
  body="""Hi Priya,

To be crystal clear about where we are: the code freeze for release 4.2 starts on Monday, and adding the three new fields after that would put the release date at risk.

That leaves two options, and either is fine with us:

1. We add the fields to 4.2 if we have the final field list by Friday noon. The release date stays 24 June.
2. We ship 4.2 as planned and add the fields in a 4.2.1 patch two weeks later.

Let me know which you prefer and I'll update the plan.

Best,
Mark""",
  sig=SIG_MARK, sig_dash=True, layout="alt", charset="us-ascii", cte="7bit", mua="tb")

C("N26", [], "zh",
  "Hard negative (follow-through): '周一电话里我说过今天给您确认' keeps a promise; it is not '我早就说过'.",
  frm="zhou", to=["wu"], subject="补丁发布时间确认", date="2024-06-10 16:20",
  body="""吴处：

周一电话里我说过今天给您确认补丁的发布时间，现在确认如下：

补丁版本 3.4.2 定于6月13日（周四）22:00 发布，预计停机20分钟，主要修复对账文件生成时的时区问题（缺陷 #231）。发布前一天下午，我们会把发布说明和回退步骤发给贵行运维。

如果这个时间和贵行其他变更冲突，请告诉我，我们可以顺延到周六晚上。

周衡""",
  sig=SIG_ZHOU, cte="quoted-printable", mua="web")

C("N27", [], "zh",
  "Hard negative (technical terms): '唯一约束', '被数据库直接拒绝', '不可能被记两次' explain an idempotency guarantee.",
  frm="zhou", to=["limin"], cc=["chen"], subject="关于网关重发导致重复入账的疑问", date="2024-05-14 11:30",
  body="""李主任：

关于您问的“网关重复发通知会不会导致重复入账”，说明如下：

每笔交易入账时，我们以“网关流水号”作为数据库的唯一约束。即使网关重发十次，第二次及以后的插入都会被数据库直接拒绝，程序捕获这个异常后只记一条日志，不会再次入账，所以同一笔交易不可能被记两次。

上周的压测里我们专门模拟了这个场景：同一批1万笔交易每笔重发3次，最终入账笔数和金额都与原始数据一致，测试记录附在周报里。

如果贵行希望，我们可以在下次联调时当场演示一遍。

周衡""",
  sig=SIG_ZHOU, cte="base64", mua="tb")

C("N28", [], "zh",
  "Hard negative (risky word as praise): '几乎是不可能的任务' praises the team in an internal thank-you mail.",
  frm="zhou", to=["chen", "wang"], cc=["zheng"], subject="割接顺利完成，谢谢大家", date="2024-06-09 10:15",
  body="""各位：

昨晚的割接凌晨3:40全部完成，业务验证一次通过。说实话，两周前我还觉得在这么短的窗口里迁完三千万条数据几乎是不可能的任务，你们硬是做成了，而且零回退。

今天一早吴处专门打电话来，说他们运维的同事都在夸我们的割接手册写得清楚。这份功劳属于每一个熬夜的人。

今天下午大家早点回去休息，周五晚上我请大家吃饭。

周衡""",
  cte="8bit", mua="tb")

C("N29", [], "zh",
  "Hard negative (taking the blame): '问题不在贵方操作' - the PM owns a missed config step, apologises and reports the fix.",
  frm="lin", to=["liqian"], subject="答复: 审批流卡住了，是不是我们操作错了？", date="2024-05-16 11:32",
  quote=dict(style="ol_zh", who="liqian", ago=2, text="林经理：\n\n今天好几张采购单卡在二级审批，是不是我们操作有问题？\n\n李倩"),
  body="""倩姐：

问题不在贵方操作，是我们昨晚发布时配置脚本漏了一步，二级审批人的映射表没有同步，所以单子找不到审批人。

上午11点已经补上，卡住的14张单子已自动流转到审批人手里，您可以刷新看一下。我们在发布检查单里加了这一项，后面不会再漏。

给大家添麻烦了，抱歉。

林嘉""",
  sig=SIG_LIN, charset="gbk", cte="quoted-printable", mua="ol")

C("N30", [], "zh",
  "Hard negative (internal note with the client deliberately in Cc): task split for her performance complaint, addressed to her constructively.",
  frm="lin", to=["chen", "wang"], cc=["liqian"], subject="关于倩姐反馈的报表加载慢，内部分工", date="2024-05-27 15:05",
  body="""小雨、王磊：

倩姐今天反馈月度报表打开要半分钟，业务部月底要用，时间比较紧。这封邮件抄送倩姐，方便她了解我们的安排：

1. 小雨今天排查慢查询，明天中午前给出原因；
2. 王磊准备一份和倩姐那边相同量级的数据，修复后做对比测试；
3. 我明天下午四点前把原因和修复时间回复倩姐。

倩姐，如果月底前还有其他特别着急的报表，也可以直接告诉我们，一起排。

林嘉""",
  sig=SIG_LIN, layout="alt", cte="base64", mua="fm")

C("N31", [], "mixed",
  "Hard negative (banter aimed at oneself): '昏了头', no confidence in my own eyes - nothing about the client.",
  frm="lin", to=["chen"], subject="我今天真的是…", date="2024-05-23 14:48",
  body="""小雨，

我今天真是昏了头，把 staging 的连接串当成 production 连了半个小时，还在那儿纳闷为什么数据对不上 😅 好在用的是只读账号，什么都没改。

下午 demo 前你能不能帮我 double check 一下我 laptop 上的 config？我现在对自己的眼睛没什么信心了。

Jia""",
  cte="8bit", mua="am")

C("N32", [], "en",
  "Hard negative (risky words in another sense): 'no' and 'not happening anymore' answer a question about a fixed bug.",
  frm="mark", to=["daniel"], subject="Re: Duplicate notification emails", date="2024-05-31 09:58", tz="+0100",
  quote=dict(style="gt_en", who="daniel", ago=16, text="Mark,\n\nAre customers still getting the notification emails twice? We had three complaints last week.\n\nDaniel"),
  body="""Hi Daniel,

Good news: no, the duplicates are not happening anymore. Since Tuesday's fix we've sent about 48,000 notifications and the log shows no customer receiving the same one twice.

There's nothing your team needs to do. If any new complaints come in, forward them to me and we'll check the specific message IDs.

Thanks,
Mark""",
  charset="us-ascii", cte="7bit", mua="web")

C("N33", [], "zh",
  "Hard negative (interleaved reply): the harsh lines ('根本不行', '说了多少次了') are the client's quoted '>' lines; the PM's answers between them are polite.",
  frm="lin", to=["zhang"], subject="Re: 二期验收的几个问题", date="2024-06-04 15:35",
  inreply="zhang",
  body="""张经理：

您的问题我逐条回复在下面。

> 1. 验收文档为什么到现在还没给？你们这样做根本不行。

文档已于今天上午发到您邮箱，共三份（功能清单、测试报告、运维手册）。之前晚了两天，是我们没有把控好，抱歉。

> 2. 报表里的部门名称还是旧的，说了多少次了？

部门名称来自贵方HR系统的同步接口，上周五接口恢复后已经全部更新，您刷新页面应该就能看到新的名称。如果还有不对的，麻烦截个图给我。

> 3. 验收会能不能放在下周三？

可以，下周三（6月12日）下午两点，我会提前一天把议程发给您。

林嘉""",
  sig=SIG_LIN, sig_dash=True, cte="quoted-printable", mua="tb")

C("N34", [], "en",
  "Hard negative (bottom-posted): the client's 'AGAIN?' and 'tired of chasing' are in the quote above; the PM's reply below owns the miss and gives dates.",
  frm="mark", to=["tom"], subject="Re: Why is the release late AGAIN?", date="2024-06-06 10:02", tz="+0100",
  quote=dict(style="bottom_en", who="tom", ago=2, text="Mark,\n\nThe release was promised for Tuesday. It's Thursday. Why is this late AGAIN? I'm tired of chasing your team for basic updates.\n\nTom"),
  body="""Hi Tom,

Fair question, and I should have told you on Tuesday rather than waiting for you to ask. The release is on hold because the payment provider's sandbox has been down since Monday, and we can't run the end-to-end payment tests without it.

Their status page now says it will be back today at 14:00. If it is, we release tomorrow at 18:00; if not, I'll call you at 15:00 with a plan that releases everything except the payment change.

From now on you'll get a short status note from me every day at 17:00 until this is out.

Mark""",
  cte="quoted-printable", mua="tb")

C("N35", [], "zh",
  "Hard negative (buffered bureaucratic refusal), Traditional/Big5 HTML: '本期暫不納入範圍' with CR-017, committee date, written reply and interim workaround.",
  frm="zhou", to=["xuting"], cc=["chenyj"], subject="回覆: 新增繁簡切換功能", date="2024-05-22 10:20",
  quote=dict(style="ol_tw", who="xuting", ago=20, text="周經理：\n\n分行希望系統能夠一鍵切換繁簡中文，請評估。\n\n許婷"),
  body="""許小姐您好：

感謝您提出新增繁簡切換功能的需求。

經初步評估，此項需求涉及全部畫面文字與報表範本，本期暫不納入範圍。我們已將其登記為變更單 CR-017，將於5月30日的變更委員會進行評審，評審結果會在會後兩個工作日內以書面回覆您。

在此之前，如分行同仁有閱讀需要，可先使用瀏覽器內建的繁簡轉換功能，操作說明我們另外整理成一頁寄給您。

周衡""",
  sig=SIG_ZHOU_T, charset="big5", cte="base64", mua="ol", layout="html")

C("N36", [], "en",
  "Hard negative (client anger only in a Thunderbird blockquote): 'embarrassing', 'Is anyone actually checking' are the client's; the PM apologises and explains the fix.",
  frm="mark", to=["priya"], subject="Re: Dashboard numbers", date="2024-05-29 09:12", tz="+0100",
  quote=dict(style="tb_html", who="priya", ago=14, text="Mark,\n\nThe revenue dashboard is showing last month's numbers again. Honestly, this is embarrassing - I had to apologise to our CFO in front of the whole leadership team. Is anyone actually checking this stuff?\n\nPriya"),
  body="""Hi Priya,

I'm sorry you were put in that position with your CFO - that's on us.

The nightly refresh failed on Monday and Tuesday because a source file arrived after the job's cut-off, and our alert went to an inbox nobody was watching. The data is now current as of 06:00 today.

We've moved the alert to the on-call rota and changed the job to wait for the file instead of failing. I'll also add a "last refreshed" timestamp to the dashboard header this week, so you can see at a glance whether the numbers are current.

Mark""",
  sig=SIG_MARK, sig_dash=True, cte="quoted-printable", mua="tb", layout="html")

C("N37", [], "zh",
  "Hard negative (ordinary weekly report with PDF attachment): a dependency risk and a request are stated factually and politely.",
  frm="lin", to=["zhang"], cc=["liqian", "qian"], subject="项目周报（6月第1周）", date="2024-06-07 17:45",
  body="""张经理：

本周周报见附件，要点如下：

1. 进度：三期开发完成92%，合同管理和采购审批已提测，供应商管理预计下周二提测；
2. 质量：本周新增缺陷23个，关闭31个，遗留严重缺陷2个，均已定位，预计周一修复；
3. 风险：报表模块依赖贵方数据仓库的接口，目前接口文档还缺两个字段的说明，可能影响报表联调，已请倩姐协助确认，希望下周三前有结论；
4. 下周计划：完成全部模块提测，启动 UAT 准备。

有问题随时联系我。

林嘉""",
  sig=SIG_LIN, layout="mixed_alt", cte="base64", mua="ol",
  attach=dict(name="weekly-report-w23.pdf", ctype="application/pdf", style="plain", data=None))

C("N38", [], "mixed",
  "Hard negative (constructive internal discussion): the client's data-security concern is called valid and will be raised with her directly.",
  frm="lin", to=["ethan", "maya"], subject="Lisa 对数据安全的 concern", date="2024-05-17 18:40",
  body="""Ethan, Maya，

今天跟 Lisa 开会，她对把 production 数据导到 staging 做测试这件事很 concerned，担心客户手机号和地址会泄露。我觉得这个 concern 完全 valid：我们现在的 masking 只处理了手机号，地址和邮箱还是明文。

Proposal：
1. Ethan 这周把 masking 规则补全（地址、邮箱、证件号），并加一个自动检查；
2. Maya 准备一页说明，讲清楚 staging 数据从哪来、谁能访问、多久清理；
3. 周五的 weekly call 上我们主动跟 Lisa 过一遍，而不是等她再来问。

有不同意见今天提。

Jia""",
  layout="alt", cte="base64", mua="am")

C("N39", [], "zh",
  "Hard negative (benign negations): '不另外收费', '不需要走变更流程' accompany an accepted request.",
  frm="lin", to=["qian"], subject="关于导出按钮位置的调整", date="2024-06-06 12:10",
  body="""钱总：

您上午提的把导出按钮挪到列表右上角，这个改动很小，我们不另外收费，也不需要走变更流程，明天的版本就带上。

另外顺便确认一下：导出的文件名要不要加上日期？如果要，我们一起改，不影响明天发布。

林嘉""",
  charset="gb18030", cte="8bit", mua="fm")

C("N40", [], "zh",
  "Hard negative (必须 in a cut-over plan): '必须配合' is a technical requirement explained with a reason and a fallback time.",
  frm="zhou", to=["wu"], cc=["limin"], subject="割接当日贵行需配合事项", date="2024-06-03 09:25",
  body="""吴处：

为保证6月8日割接顺利，有一项贵行必须配合的事项，特此提前说明：

6月8日18:00起，各分行需停止在旧系统录入业务数据，直至新系统开放。原因是18:00我们开始抽取最终数据，之后旧系统里新增的数据无法迁移，等于会丢失。

如果18:00对分行营业有困难（例如有网点周六营业到19:00），请告诉我们，我们可以把抽取时间整体后移一小时，割接窗口相应顺延。

相关通知模板已附在割接方案第7节，贵行可以直接转发。

周衡""",
  sig=SIG_ZHOU, cte="quoted-printable", mua="ol", layout="html")


# --------------------------------------------------------------------------- helpers
def h(s, n=8):
    return hashlib.sha1(("heldout-v1:" + s).encode()).hexdigest()[:n]


def parse_date(c):
    d = _dt.datetime.strptime(c["date"], "%Y-%m-%d %H:%M")
    sign = 1 if c["tz"][0] == "+" else -1
    off = _dt.timedelta(hours=int(c["tz"][1:3]), minutes=int(c["tz"][3:5])) * sign
    sec = int(h(c["key"] + "s"), 16) % 60
    return d.replace(second=sec, tzinfo=_dt.timezone(off))


def _qenc(b):
    out = []
    for x in b:
        ch = chr(x)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def encode_words(s, cs, q=False):
    """RFC 2047 encoded words, split on character boundaries, each <= 75 chars."""
    def mk(t):
        b = t.encode(cs)
        if q:
            return "=?%s?Q?%s?=" % (cs, _qenc(b))
        return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
    words, cur = [], ""
    for ch in s:
        if cur and len(mk(cur + ch)) > 75:
            words.append(mk(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(mk(cur))
    return words


def hdr_text(s, cs, q=False):
    if s.isascii():
        return s
    return "\r\n ".join(encode_words(s, cs, q))


def hdr_addr(key, cs, q=False):
    name, addr = P[key]
    if name.isascii():
        return '"%s" <%s>' % (name, addr) if "," in name else "%s <%s>" % (name, addr)
    return "%s <%s>" % (" ".join(encode_words(name, cs, q)), addr)


def hcs(c):
    return "utf-8" if c["charset"] == "us-ascii" else c["charset"]


WD_ZH = "一二三四五六日"


def quote_date(c):
    return parse_date(c) - _dt.timedelta(hours=c["quote"]["ago"], minutes=int(h(c["key"] + "q"), 16) % 50)


def strip_prefix(subj):
    return re.sub(r"^(回复|答复|回覆|Re|RE)\s*[:：]\s*", "", subj)


def quote_header_plain(c):
    """Return (header_lines, prefixed?) for the quoted block in plain text."""
    q = c["quote"]
    st = q["style"]
    name, addr = P[q["who"]]
    me_name, me_addr = P[c["frm"]]
    d = quote_date(c)
    qsubj = strip_prefix(c["subject"])
    to = q.get("to_override") or "%s <%s>" % (me_name, me_addr)
    if st == "gt_zh":
        return ["在 %d/%d/%d %02d:%02d, %s 写道:" % (d.year, d.month, d.day, d.hour, d.minute, name)], True
    if st == "gt_zh_gmail":
        return ["%s <%s> 于%d年%d月%d日周%s %02d:%02d写道：" % (name, addr, d.year, d.month, d.day,
                                                          WD_ZH[d.weekday()], d.hour, d.minute)], True
    if st in ("gt_en", "tb_html", "bottom_en"):
        return ["On %s, %d %s %d at %02d:%02d, %s <%s> wrote:" % (
            d.strftime("%a"), d.day, d.strftime("%b"), d.year, d.hour, d.minute, name, addr)], True
    if st == "gt_big5":
        return ["於 %d/%d/%d %02d:%02d, %s 寫道:" % (d.year, d.month, d.day, d.hour, d.minute, name)], True
    if st == "ol_en":
        hr = d.hour % 12 or 12
        return ["-----Original Message-----",
                "From: %s <%s>" % (name, addr),
                "Sent: %s, %s %d, %d %d:%02d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year,
                                                     hr, d.minute, "AM" if d.hour < 12 else "PM"),
                "To: %s" % to,
                "Subject: %s" % qsubj], False
    if st == "ol_zh":
        return ["-----原始邮件-----",
                "发件人: %s <%s>" % (name, addr),
                "发送时间: %d年%d月%d日 %d:%02d" % (d.year, d.month, d.day, d.hour, d.minute),
                "收件人: %s" % to,
                "主题: %s" % qsubj], False
    if st == "ol_tw":
        return ["-----原始郵件-----",
                "寄件者: %s <%s>" % (name, addr),
                "寄件日期: %d年%d月%d日 %d:%02d" % (d.year, d.month, d.day, d.hour, d.minute),
                "收件者: %s" % to,
                "主旨: %s" % qsubj], False
    if st == "fm":
        ap = "上午" if d.hour < 12 else "下午"
        hr = d.hour % 12 or 12
        return ["------------------ 原始邮件 ------------------",
                '发件人: "%s"<%s>;' % (name, addr),
                "发送时间: %d年%d月%d日(星期%s) %s%d:%02d" % (d.year, d.month, d.day, WD_ZH[d.weekday()], ap, hr, d.minute),
                '收件人: "%s"<%s>;' % (me_name, me_addr),
                "主题: %s" % qsubj], False
    raise ValueError(st)


def sig_plain(c):
    if not c["sig"]:
        return ""
    return ("-- \n" if c["sig_dash"] else "") + c["sig"]


def render_plain(c):
    body = c["body"].strip("\n")
    sig = sig_plain(c)
    reply = body + ("\n\n" + sig if sig else "")
    if not c["quote"]:
        return reply + "\n"
    head, prefixed = quote_header_plain(c)
    qt = c["quote"]["text"].split("\n")
    if prefixed:
        qlines = [("> " + l) if l else ">" for l in qt]
    else:
        qlines = [""] + qt
    if c["quote"]["style"] == "bottom_en":
        return "\n".join(head + qlines) + "\n\n" + reply + "\n"
    return reply + "\n\n" + "\n".join(head + qlines) + "\n"


def esc(s):
    return html.escape(s, quote=False)


def html_paras(text, tag, cls=""):
    out = []
    for para in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(esc(l) for l in para.split("\n"))
        out.append("<%s%s>%s</%s>" % (tag, cls, inner, tag))
    return "\n".join(out)


def render_html(c):
    mua = c["mua"]
    cs = c["charset"]
    body = c["body"].strip("\n")
    q = c["quote"]
    head = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % cs)
    if mua == "ol":
        en = c["lang"] == "en"
        head += ("<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; "
                 "font-family:%s,sans-serif;}\n--></style>\n</head>\n"
                 "<body lang=\"%s\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n"
                 % ("Calibri" if en else "\"Microsoft YaHei\"", "EN-GB" if en else "ZH-CN"))
        parts = [html_paras(body, "p", ' class="MsoNormal"')]
        if c["sig"]:
            parts.append('<p class="MsoNormal">&nbsp;</p>')
            if c["sig_dash"]:
                parts.append('<p class="MsoNormal">-- </p>')
            parts.append(html_paras(c["sig"], "p", ' class="MsoNormal"'))
        if q:
            lines, _ = quote_header_plain(c)
            if q["style"] == "ol_en":
                labels = ["From", "Sent", "To", "Subject"]
            elif q["style"] == "ol_tw":
                labels = ["寄件者", "寄件日期", "收件者", "主旨"]
            else:
                labels = ["发件人", "发送时间", "收件人", "主题"]
            vals = [l.split(": ", 1)[1] for l in lines[1:]]
            blk = "<br>\n".join("<b>%s:</b> %s" % (lab, esc(v)) for lab, v in zip(labels, vals))
            parts.append('<p class="MsoNormal">&nbsp;</p>\n'
                         '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                         '<p class="MsoNormal">%s</p>\n</div>' % blk)
            parts.append(html_paras(q["text"], "p", ' class="MsoNormal"'))
        return head + "\n".join(parts) + "\n</div>\n</body>\n</html>\n"
    if mua == "tb":
        head += "</head>\n<body>\n"
        parts = [html_paras(body, "p")]
        if c["sig"]:
            parts.append('<pre class="moz-signature" cols="72">%s</pre>' % esc(sig_plain(c)))
        if q:
            lines, _ = quote_header_plain(c)
            cite = ('<div class="moz-cite-prefix">%s<br>\n</div>\n<blockquote type="cite" cite="mid:%s">\n%s\n</blockquote>'
                    % (esc(lines[0]), quote_msgid(c).strip("<>"), html_paras(q["text"], "p")))
            if q["style"] == "bottom_en":
                parts.insert(0, cite)
            else:
                parts.append(cite)
        return head + "\n".join(parts) + "\n</body>\n</html>\n"
    # Foxmail / Apple Mail / web: div-based
    head += "</head>\n<body>\n"
    parts = []
    for para in body.split("\n\n"):
        for l in para.split("\n"):
            parts.append("<div>%s</div>" % esc(l))
        parts.append("<div><br></div>")
    if c["sig"]:
        if mua == "fm":
            parts.append('<hr align="left" style="width:210px;height:1px;" color="#b5c4df" size="1">')
        elif c["sig_dash"]:
            parts.append("<div>-- </div>")
        for l in c["sig"].split("\n"):
            parts.append('<div><span style="color:#808080">%s</span></div>' % esc(l) if l else "<div><br></div>")
    if q:
        lines, _ = quote_header_plain(c)
        parts.append('<div><br></div>\n<div style="font-size:12px;font-family:Arial Narrow;padding:2px 0 2px 0;">'
                     '------------------&nbsp;原始邮件&nbsp;------------------</div>')
        parts.append('<div style="font-size:12px;background:#efefef;padding:8px;">')
        for l in lines[1:]:
            k, v = l.split(": ", 1)
            parts.append("<div><b>%s:</b>&nbsp;%s</div>" % (esc(k), esc(v)))
        parts.append("</div>\n<div><br></div>")
        for l in q["text"].split("\n"):
            parts.append("<div>%s</div>" % esc(l) if l else "<div><br></div>")
    return head + "\n".join(parts) + "\n</body>\n</html>\n"


def encode_body(text, cs, cte):
    raw = text.replace("\r\n", "\n")
    if cte == "base64":
        b = base64.encodebytes(raw.replace("\n", "\r\n").encode(cs))
        return b.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        b = quopri.encodestring(raw.encode(cs))
        return b.replace(b"\n", b"\r\n")
    b = raw.replace("\n", "\r\n").encode(cs)
    for line in b.split(b"\r\n"):
        if len(line) > 998:
            raise ValueError("line too long for %s" % cte)
    if cte == "7bit" and any(x > 127 for x in b):
        raise ValueError("non-ascii in 7bit")
    return b


def text_part(ctype, text, c):
    cs = c["charset"]
    hdrs = 'Content-Type: %s; charset="%s"\r\nContent-Transfer-Encoding: %s\r\n' % (ctype, cs, c["cte"])
    return hdrs.encode(), encode_body(text, cs, c["cte"])


def mini_pdf():
    content = b"BT /F1 12 Tf 20 50 Td (Weekly report W23) Tj ET"
    objs = [b"<</Type/Catalog/Pages 2 0 R>>",
            b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
            b"<</Length %d>>stream\n" % len(content) + content + b"\nendstream",
            b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def attach_part(a):
    data = a["data"] if a["data"] is not None else mini_pdf()
    name = a["name"]
    extra = '; charset="utf-8"' if a["ctype"].startswith("text/") else ""
    if a["style"] == "rfc2231":
        from urllib.parse import quote as _q
        v = "utf-8''" + _q(name.encode("utf-8"), safe="")
        ct = "Content-Type: %s%s;\r\n name*=%s\r\n" % (a["ctype"], extra, v)
        cd = "Content-Disposition: attachment;\r\n filename*=%s\r\n" % v
    elif a["style"] == "rfc2047":
        v = " ".join(encode_words(name, "utf-8"))
        ct = 'Content-Type: %s%s;\r\n name="%s"\r\n' % (a["ctype"], extra, v)
        cd = 'Content-Disposition: attachment;\r\n filename="%s"\r\n' % v
    else:
        ct = 'Content-Type: %s%s;\r\n name="%s"\r\n' % (a["ctype"], extra, name)
        cd = 'Content-Disposition: attachment;\r\n filename="%s"\r\n' % name
    b = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return (ct + "Content-Transfer-Encoding: base64\r\n" + cd).encode(), b


def multipart(subtype, parts, boundary):
    out = b""
    for hd, bd in parts:
        out += b"--" + boundary.encode() + b"\r\n" + hd + b"\r\n" + bd
        if not bd.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return ('Content-Type: multipart/%s;\r\n boundary="%s"\r\n' % (subtype, boundary)).encode(), out


def boundary(c, n):
    k = h(c["key"] + "b%d" % n, 16)
    if c["mua"] == "ol":
        return "----=_NextPart_%03d_%s_01DA%s" % (n, k[:4].upper(), k[4:12].upper())
    if c["mua"] == "fm":
        return "----=_NextPart_%s_%s_%s" % (k[:8].upper(), k[8:12].upper(), k[12:16].upper())
    if c["mua"] == "tb":
        return "------------%s" % (k[:12] + h(c["key"] + "x", 12)).upper()[:24]
    return "Apple-Mail=_%s-%s-%s" % (k[:8].upper(), k[8:12].upper(), k[12:16].upper())


def msgid(c):
    d = parse_date(c)
    k = h(c["key"] + "m", 16)
    if c["mua"] == "ol":
        return "<000%s$%s$%s@ourteam.example.com>" % (k[:9], k[9:16], h(c["key"] + "n", 8))
    if c["mua"] == "fm":
        return "<%s%s@ourteam.example.com>" % (d.strftime("%Y%m%d%H%M%S"), str(int(k[:8], 16))[:8])
    if c["mua"] == "tb":
        return "<%s-%s-%s-%s-%s@ourteam.example.com>" % (k[:8], k[8:12], k[12:16], h(c["key"] + "y", 4),
                                                          h(c["key"] + "z", 12))
    return "<%s.%s@ourteam.example.com>" % (d.strftime("%Y%m%d%H%M%S"), k[:10])


def quote_msgid(c):
    who = c["quote"]["who"] if c["quote"] else c["inreply"]
    dom = P[who][1].split("@")[1]
    return "<%s.%s@%s>" % (h(c["key"] + "r", 12), P[who][1].split("@")[0].replace(".", ""), dom)


def build(c):
    cs_h = hcs(c)
    q = c["hq"]
    H = []
    H.append("Date: " + format_datetime(parse_date(c)))
    H.append("From: " + hdr_addr(c["frm"], cs_h, q))
    H.append("To: " + ",\r\n ".join(hdr_addr(k, cs_h, q) for k in c["to"]))
    if c["cc"]:
        H.append("Cc: " + ",\r\n ".join(hdr_addr(k, cs_h, q) for k in c["cc"]))
    H.append("Subject: " + hdr_text(c["subject"], cs_h, q))
    H.append("Message-ID: " + msgid(c))
    if c["quote"] or c.get("inreply"):
        rid = quote_msgid(c)
        H.append("In-Reply-To: " + rid)
        H.append("References: " + rid)
    H.append("MIME-Version: 1.0")
    if c["mua"] == "ol":
        H += ["X-Mailer: Microsoft Outlook 16.0", "X-Unsent: 1",
              "Content-Language: " + ("en-gb" if c["lang"] == "en" else "zh-cn")]
    elif c["mua"] == "tb":
        H += ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.11.0",
              "X-Mozilla-Draft-Info: internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0; attachmentreminder=0; deliveryformat=0",
              "Content-Language: " + ("en-GB" if c["lang"] == "en" else "zh-CN")]
    elif c["mua"] == "fm":
        H += ["X-Priority: 3", "X-Mailer: Foxmail 7.2.25.254[cn]"]
    elif c["mua"] == "am":
        H += ["X-Mailer: Apple Mail (2.3774.600.62)"]

    lay = c["layout"]
    plain = render_plain(c)
    if lay == "plain":
        ph, pb = text_part("text/plain", plain, c)
        top_h, top_b = ph, pb
    elif lay == "html":
        top_h, top_b = text_part("text/html", render_html(c), c)
    elif lay in ("alt", "mixed", "mixed_alt"):
        if lay == "mixed":
            inner_h, inner_b = text_part("text/plain", plain, c)
        else:
            inner_h, inner_b = multipart("alternative", [text_part("text/plain", plain, c),
                                                         text_part("text/html", render_html(c), c)], boundary(c, 1))
        if lay == "alt":
            top_h, top_b = inner_h, inner_b
        else:
            top_h, top_b = multipart("mixed", [(inner_h, inner_b), attach_part(c["attach"])], boundary(c, 2))
    else:
        raise ValueError(lay)
    if lay != "plain" and lay != "html":
        top_b = b"This is a multi-part message in MIME format.\r\n\r\n" + top_b
    head = ("\r\n".join(H) + "\r\n").encode("ascii") + top_h
    return head + b"\r\n" + top_b


# --------------------------------------------------------------------------- ordering
def ordered_cases():
    # deterministic interleaving of positives and negatives
    return sorted(CASES, key=lambda c: h("order:" + c["key"], 16))


def han_count(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def word_count(s):
    return len(re.findall(r"[A-Za-z][A-Za-z'\-]*", s))


def generate(outdir):
    files = {}
    cases = []
    for i, c in enumerate(ordered_cases(), 1):
        fn = "h%03d.eml" % i
        c["file"] = fn
        files[fn] = build(c)
        cases.append({"file": fn, "expect": c["expect"], "lang": c["lang"], "why": c["why"]})
    lab = '{"cases": [\n' + ",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in cases) + "\n]}\n"
    files["labels.json"] = lab.encode("utf-8")
    return files


def norm(s):
    return re.sub(r"\s+", "", html.unescape(re.sub(r"<[^>]+>", "", s)))


def verify(outdir, files):
    p = BytesParser(policy=policy.default)
    labels = json.loads(files["labels.json"].decode("utf-8"))["cases"]
    assert len(labels) == 80, len(labels)
    bykey = {c["file"]: c for c in CASES}
    for ent in labels:
        c = bykey[ent["file"]]
        raw = files[ent["file"]]
        assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF in " + ent["file"]
        assert b"\r" not in raw.replace(b"\r\n", b""), "bare CR in " + ent["file"]
        for line in raw.split(b"\r\n"):
            assert len(line) <= 998, ent["file"]
        hdr_end = raw.index(b"\r\n\r\n")
        assert all(x < 128 for x in raw[:hdr_end]), "8-bit header in " + ent["file"]
        m = p.parsebytes(raw)
        assert not m.defects, (ent["file"], m.defects)
        assert str(m["subject"]) == c["subject"], (ent["file"], str(m["subject"]))
        assert m["from"].addresses[0].addr_spec.endswith("@ourteam.example.com")
        assert m["from"].addresses[0].display_name == P[c["frm"]][0]
        for fld in ("to", "cc"):
            if m[fld]:
                for a in m[fld].addresses:
                    assert a.domain in ("ourteam.example.com", "client-a.example.cn",
                                        "client-b.example.com", "bank-c.example.cn"), a
        assert set(ent["expect"]) <= set(RULES)
        want = norm(c["body"])
        found = False
        for part in m.walk():
            assert not part.defects, (ent["file"], part.defects)
            if part.get_content_maintype() == "multipart":
                continue
            if part.get_content_disposition() == "attachment":
                fn = part.get_filename()
                assert fn == c["attach"]["name"], (ent["file"], fn)
                part.get_content()
                continue
            txt = part.get_content()
            if want in norm(txt):
                found = True
        assert found, "body not found after decoding: " + ent["file"]


def stats():
    from collections import Counter
    cs = ordered_cases()
    print("cases:", len(cs), " positives:", sum(1 for c in cs if c["expect"]),
          " negatives:", sum(1 for c in cs if not c["expect"]),
          " two labels:", sum(1 for c in cs if len(c["expect"]) == 2))
    print("labels:", dict(Counter(r for c in cs for r in c["expect"])))
    print("lang:", dict(Counter(c["lang"] for c in cs)),
          " big5:", sum(1 for c in cs if c["charset"] == "big5"))
    print("charset:", dict(Counter(c["charset"] for c in cs)))
    print("cte:", dict(Counter(c["cte"] for c in cs)))
    print("layout:", dict(Counter(c["layout"] for c in cs)))
    print("quote:", dict(Counter((c["quote"] or {}).get("style", "interleaved" if c.get("inreply") else "-") for c in cs)))
    print("mua:", dict(Counter(c["mua"] for c in cs)))
    for c in cs:
        if "ramble" in c["expect"] or c["key"] in ("N16", "N17", "N18", "N19"):
            print("  %s %s %-10s han=%d words=%d" % (c["file"], c["key"], ",".join(c["expect"]) or "-",
                                                     han_count(c["body"]), word_count(c["body"])))


def main():
    args = sys.argv[1:]
    files = generate(HERE)
    verify(HERE, files)
    if "--check" in args:
        bad = [fn for fn, b in files.items()
               if not os.path.exists(os.path.join(HERE, fn)) or open(os.path.join(HERE, fn), "rb").read() != b]
        print("mismatch:", bad) if bad else print("all %d files match" % len(files))
        sys.exit(1 if bad else 0)
    for fn, b in files.items():
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(b)
    print("wrote %d files to %s" % (len(files), HERE))
    stats()
    if "--show" in args:
        n = int(args[args.index("--show") + 1])
        p = BytesParser(policy=policy.default)
        for c in ordered_cases()[:n]:
            m = p.parsebytes(files[c["file"]])
            b = m.get_body(preferencelist=("plain", "html"))
            print("=" * 70, c["file"], c["expect"])
            print(b.get_content())


if __name__ == "__main__":
    main()
