"""heldout30 — blind TEST set of PM email drafts (travel & hospitality, restaurant POS / delivery).

Written by an independent helper from the labelling guide (/work/shared/drafts/README.md) and the
seed article only. Never train or tune on it. Case order is shuffled with random.Random(3030).
"""

import random
import re

# ---------------------------------------------------------------- people
# our team
XU = "许嘉宁 <xu.jianing@ourteam.example.com>"          # senior PM, hotel PMS (Shanghai)
DU = "杜晓峰 <du.xiaofeng@ourteam.example.com>"         # mid PM, restaurant POS (Shenzhen)
HAN = "韩梓轩 <han.zixuan@ourteam.example.com>"         # junior PM, bank co-brand / miles
ZHONG = "钟磊 <zhong.lei@ourteam.example.com>"          # junior PM
FU = "付一鸣 <fu.yiming@ourteam.example.com>"           # senior PM, bank project
FANG = "方芸 <fang.yun@ourteam.example.com>"            # delivery director
TANG = "唐毅 <tang.yi@ourteam.example.com>"             # VP, accounts
JIANG = "蒋文博 <jiang.wenbo@ourteam.example.com>"      # tech lead
CAO = "曹琳 <cao.lin@ourteam.example.com>"              # QA lead
BAI = "白露 <bai.lu@ourteam.example.com>"               # business analyst
LAM = "林家豪 <lam.kaho@ourteam.example.com>"           # PM writing traditional Chinese
ETHAN = "Ethan Lim <ethan.lim@ourteam.example.com>"     # Singapore PM
RAVI = "Ravi Menon <ravi.menon@ourteam.example.com>"    # Singapore senior PM
TOM = "Tom Fairley <tom.fairley@ourteam.example.com>"   # Sydney PM
NADIA = "Nadia Ismail <nadia.ismail@ourteam.example.com>"  # Sydney delivery lead
GRACE = "Grace Ho <grace.ho@ourteam.example.com>"       # Singapore PM, code-switches
KEVIN = "赵凯文 Kevin Zhao <kevin.zhao@ourteam.example.com>"
YVONNE = "Yvonne Ye 叶思敏 <yvonne.ye@ourteam.example.com>"

# client A: Shanghai hotel group (锦庐) and its Shenzhen restaurant arm (禾田餐饮)
ZHOU = "周建国 <zhou.jianguo@client-a.example.cn>"      # IT director
LU = "陆晓雯 <lu.xiaowen@client-a.example.cn>"          # front office manager
SHEN = "沈浩 <shen.hao@client-a.example.cn>"            # revenue manager
AU = "區志偉 <au.chiwai@client-a.example.cn>"           # Hong Kong property, writes traditional
WANG = "王德胜 <wang.desheng@client-a.example.cn>"      # 禾田 VP operations (Shenzhen)
SU = "苏晓彤 <su.xiaotong@client-a.example.cn>"         # 禾田 marketing / delivery platforms
DENG = "邓丽萍 <deng.liping@client-a.example.cn>"       # 禾田 finance director
# bank C: Shenzhen bank, airline co-brand card and miles mall
HUANG = "黄志明 <huang.zhiming@bank-c.example.cn>"      # card centre product manager
HE = "何佩仪 <he.peiyi@bank-c.example.cn>"              # risk / operations
LONG = "龙建华 <long.jianhua@bank-c.example.cn>"        # department head
# client B: Singapore airline loyalty (SkyPerks) and Sydney hospitality / restaurant group
PRIYA = "Priya Raman <priya.raman@client-b.example.com>"
DANIEL = "Daniel Koh <daniel.koh@client-b.example.com>"
WEIJIE = "陈伟杰 Tan Wei Jie <weijie.tan@client-b.example.com>"
HUIMIN = "Lee Hui Min 李慧敏 <huimin.lee@client-b.example.com>"
MARCUS = "Marcus Webb <marcus.webb@client-b.example.com>"
CHLOE = "Chloe Nguyen <chloe.nguyen@client-b.example.com>"
SARAH = "Sarah O'Brien <sarah.obrien@client-b.example.com>"


def fullwidth(text):
    """Chinese drafts are typed with full-width punctuation; digits (4,870.50 / 22:00 / 1:1.2) and 'Re:' keep ASCII."""
    text = re.sub(r"(?<!\d),|,(?!\d)", "，", text)
    text = re.sub(r"(?<!\d)(?<!Re):|(?<=\d):(?!\d)", "：", text)
    return text.translate(str.maketrans({"!": "！", "?": "？", "(": "（", ")": "）", ";": "；"}))


def case(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, trad=False,
         ascii_punct=False, **extra):
    if lang == "zh" and not ascii_punct:  # a few zh drafts keep ASCII punctuation, as some PMs type that way
        subject, body = fullwidth(subject), fullwidth(body)
        quote = fullwidth(quote) if quote else quote
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=body.strip("\n") + "\n", quote=quote, quote_from=quote_from, trad=trad)
    if quote and not quote_from:
        d["quote_from"] = d["to"][0]
    d.update(extra)
    return d


POSITIVES = [
    # ------------------------------------------------------------ argue
    case(["argue"], "zh", "argue: lectures the client on the report definition, blames them, 'stop making us tutor you'",
         XU, [LU], "Re: 夜审报表数据对不上", """
陆经理:

出租率的统计口径(维修房不计入可售房)在培训手册第14页写得清清楚楚,10月12日那次培训的签到表上也有您的名字。您手工统计时把维修房算进了分母,差4个点一点都不奇怪。

系统算得没有问题,问题出在口径上。下回发邮件质疑数据之前,麻烦前厅部内部先把口径对齐,别每次都等着我们来给你们补课。

许嘉宁
""", quote="""许经理:
昨晚夜审报表的出租率和我们手工统计差了4个百分点,这个系统到底靠不靠谱?请尽快给个说法。
陆晓雯"""),

    case(["argue"], "zh", "argue: sarcastic rhetorical questions pinning the outage on the client's store manager",
         DU, [WANG], "关于上周六福田三家门店收银断网", """
王总:

上周六晚高峰福田三家门店收银断网,我们远程查了一圈,最后发现是车公庙店的店长把路由器插头拔了,腾出插座给奶茶封口机用,另外两家门店挂在同一台交换机下面,所以一起掉线。

这样的事也要记到我们系统稳定性的账上?那下回台风天停电,是不是也得算我们头上?贵司周报里"收银系统故障三次"这个说法,我们不认。

杜晓峰
"""),

    case(["argue"], "zh", "argue: passive-aggressive 'please go read your own emails', dates listed as an accusation",
         HAN, [HE], "Re: 里程兑换比例确认", """
何经理:

1:1.2 这个比例,我们在9月3日、9月17日和10月8日的三封邮件里都附了确认单,三封您都回了"同意"两个字,截图我再贴一遍在下面。

现在说从来没确认过,我确实不知道该怎么理解。烦请您得空把自己发过的邮件翻一翻,省得两边来来回回空耗时间。谢谢哈。

韩梓轩
""", quote="""韩经理:
1:1.2 的兑换比例我们从来没有确认过,为什么系统里已经是这个值?请解释。
何佩仪"""),

    case(["argue"], "zh", "argue (traditional): blames the client's own firewall change and demands they 'sort themselves out first'",
         LAM, [AU], "房態同步延遲一事", """
區經理:

房態同步延遲的事,我們把近七天的日誌逐條翻過了。每次延遲都發生在貴方機房那台新防火牆的會話超時之後,規則是貴方上月自行加的,沒有知會我們,變更單也查不到。

說實話,自己改了甚麼都記不清,回頭卻要我們來證明清白,這種做法我們很難接受。請貴方IT先把自己的變更記錄理清楚,再來談是誰的責任。

林家豪
""", trad=True),

    case(["argue"], "en", "argue: blunt blame and lecture ('read section 4', 'not going to keep relitigating'); angry client words in quote",
         TOM, [MARCUS], "Re: Menu sync broke again on Friday", """
Marcus,

The sync didn't "die". Your pricing team pushed 340 price changes at 11:58pm on a Friday, in a single batch, which is exactly what section 4 of the runbook says not to do. We walked your people through that runbook line by line in September.

I'm not going to keep relitigating the same incident every fortnight. Read section 4, get your team to follow it, and the sync will behave.

Tom
""", quote="""Tom,
The menu sync died AGAIN on Friday night. Half our stores were showing old prices on Uber Eats for two hours. This is the third time. What are you going to do about it?
Marcus"""),

    case(["argue"], "mixed", "argue: 'your own sign-off', 'narrative doesn't hold', 'we are not your scapegoat'",
         GRACE, [WEIJIE], "Re: Tier downgrade complaints", """
Wei Jie,

Tier downgrade 的逻辑, 是你们 business team 在 PRD v3.2 第7页 sign off 的, 签名那栏写的就是你的名字. Members complain 了, 现在突然就变成 system bug 了?

Sorry, 这个 narrative 站不住. 请你们先内部 align 好自己批过什么, 再来 escalate. 我们不是 scapegoat.

Grace
""", quote="""Grace, 最近很多 members complain tier downgrade 太突然了, 你们 system 是不是有 bug? 请尽快 check.
Wei Jie"""),

    # ------------------------------------------------------------ refusal
    case(["refusal"], "zh", "refusal: bureaucratic '决定不作安排。此复。' with no review, date or alternative",
         FANG, [ZHOU], "关于贵司\"在线选房\"需求的回复", """
周总监:

贵司10月28日来函提出的"微信小程序在线选房"需求,与合同附件二《功能清单》所列范围不符。经项目组内部讨论,决定不作安排。

此复。

方芸
交付总监
"""),

    case(["refusal"], "zh", "refusal wrapped in friendliness: '就先不弄啦哈,后面也没打算排'",
         DU, [SU], "Re: 外卖拼单满减", """
晓彤～

辛苦啦!拼单满减这个咱们就先不弄啦哈,后面也没打算排,POS核销这块就保持现在这样～

双十二加油呀,其他有啥随时喊我😄

杜哥
""", quote="""杜哥,美团那边说我们可以开拼单满减了,POS这边能不能配合改一下核销逻辑呀?双十二想用。
晓彤"""),

    case(["refusal"], "zh", "refusal slipped into a meeting recap: item 3 '此项我方不做…不再列入跟踪'",
         XU, [SHEN, ZHOU], "11月6日收益管理周会纪要", """
沈经理、周总:

今天周会纪要如下,请查阅:

1. 房价日历模块:UAT 已通过,定于11月20日上线,上线当晚我方两人驻场。
2. 早餐包价产品的价格拆分规则:贵方财务已确认,白露周五前更新配置。
3. 沈经理提出的与两家OTA做实时库存双向回写:此项我方不做,会上已说明,不再列入跟踪。
4. 下次周会:11月13日(周四)下午3点,锦庐总部3楼会议室。

如有遗漏请补充。

许嘉宁
""", cc=[BAI]),

    case(["refusal"], "zh", "refusal: curt '这个没法弄…别的问题再说'",
         HAN, [HUANG], "Re: 部分退票的里程回退", """
黄经理:

这个没法弄,系统当初就没按航段记账,口子不在这儿。别的问题再说。

韩梓轩
""", ascii_punct=True, quote="""韩经理:
联程机票只退其中一段的情况,能不能按航段把里程回退到持卡人账户?客服这边投诉挺多的。
黄志明"""),

    case(["refusal"], "zh", "refusal: fields 'fixed, will never change, make do with the template' — no alternative offered",
         ZHONG, [WANG], "Re: 门店日报导出", """
王总您好:

日报导出的字段是定死的,以后也不会再动。麻烦财务那边就按现有模板来吧。

钟磊
""", quote="""钟经理,门店日报导出的Excel,我们财务希望能自己选列,再加一个"外卖平台佣金"的字段,这样月底对账方便很多。麻烦看看。
王德胜"""),

    case(["refusal"], "en", "refusal: 'off the table from our side', current behaviour stays, nothing offered",
         TOM, [CHLOE], "Re: One kitchen queue for Uber Eats + DoorDash", """
Hi Chloe,

Re the single kitchen queue with priority rules across Uber Eats and DoorDash: that one's off the table from our side. The per-channel queues stay as they are.

Cheers,
Tom
""", quote="""Hi Tom,
Could we have Uber Eats and DoorDash orders land in one kitchen queue, with priority rules (e.g. DoorDash express orders first)? Kitchen staff find two queues confusing.
Chloe"""),

    case(["refusal"], "mixed", "refusal: 'request 我们这边 pass 了, 不做…就这样'",
         KEVIN, [DANIEL], "Rate parity alert via SMS", """
Daniel,

关于 OTA rate parity alert 要加 SMS 通知这个 request, 我们这边 pass 了, 不做. Email alert 已经 enough 了, 就这样 ha.

Kevin
"""),

    # ------------------------------------------------------------ persuade
    case(["persuade"], "zh", "persuade: '唯一的正路…没有什么好再讨论的', sign this week, team already scheduled",
         TANG, [ZHOU], "关于虹桥店保留本地PMS的想法", """
周总:

虹桥店想继续用本地那套老PMS,我理解店里的顾虑。但说句掏心窝的话,留一套老系统在外面,就等于给集团埋了一颗雷。全集团统一上云是唯一的正路,这件事真的没有什么好再讨论的。

建议您这周就把统一切换方案签了,别再让虹桥店拖着。下周一我们的实施团队就可以进场。

唐毅
"""),

    case(["persuade"], "zh", "persuade: pressure via deadline and head-office blame to drop in-house build and buy ours",
         HAN, [LONG], "关于积分反欺诈引擎自研还是采购", """
龙总:

听说行里还在考虑自研积分反欺诈引擎。恕我直言,自研这条路我们见过好几家银行走不通,再这么坚持下去,明年二季度的上线节点基本保不住,到时候总行追问起来,恐怕谁都兜不住。

我们的标准版已经在三家同业跑了两年,下周就可以签补充协议,您这边点个头,后面的事我们全包。真的不建议再犹豫了。

韩梓轩
""", cc=[HE]),

    case(["persuade"], "zh", "persuade: invokes our CTO's authority, tells client to stop investing in their design, team already booked",
         DU, [WANG], "POS对接方案,定了吧", """
王总:

贵司IT坚持让外卖订单直接通过消息队列推到门店POS,这个方案我们CTO也看了,他的判断很明确:两年之内一定要推倒重来。

所以请贵司别在直连这个方向上再投入精力了,就按我们的订单中台方案定下来。我已经跟实施组打了招呼,下周一就排人进场,您这边回个"同意"就行。

杜晓峰
""", ascii_punct=True),

    case(["persuade"], "zh", "persuade: fake empathy then '您就别再纠结了', sign our pricing model by Friday",
         ZHONG, [DENG], "关于门店自主改价", """
邓总您好:

您希望每家门店能自己在POS上改菜品价格,这个想法我完全能理解。不过说白了,改价权一下放,三个月之内价格体系就乱套了,这是我们在几十个连锁客户身上反复看到的。

总部统一定价是经过验证的做法,您就别再纠结了。麻烦这周五前把统一定价的确认单签回给我们,后面的配置交给我们就好。

钟磊
"""),

    case(["persuade"], "zh", "persuade: dismisses the client's elderly-customer concern, pushes the feature we already built",
         FU, [HUANG], "Re: 会员登录方式", """
黄经理:

短信验证码那一套,说实话已经落伍了,成本高还容易被羊毛党薅。贵行要是还坚持这个,明年肯定被同业甩在后面。

推送登录我们已经做好了,您这边点个头,下周就能上线,何必再绕回去折腾短信呢?老年客户那点顾虑,用多了自然就习惯了。

付一鸣
""", quote="""付经理:
我们业务部门还是倾向于短信验证码登录,老年客户多,推送登录他们不一定会用。
黄志明"""),

    case(["persuade"], "en", "persuade: 'the only model that holds up', asks client to let their idea go before the steering meeting",
         ETHAN, [PRIYA], "Points expiry model - let's close this out", """
Priya,

I'll be blunt: the calendar-year expiry you're proposing is going to cost you members, and we've watched it happen at two other carriers. A 24-month rolling window is the only model that holds up here.

I'd really like your team to let the calendar-year idea go before Thursday's steering meeting, so we can lock the build and stop burning sprint time on it. Can I tell the team it's rolling?

Ethan
"""),

    case(["persuade"], "mixed", "persuade: 'dead end', rollout already started, 'just sign…别再 revisit'",
         KEVIN, [WEIJIE], "Lounge kiosk check-in 方案", """
Wei Jie,

你们想 keep 机场 lounge 那批 legacy kiosk, 我懂, 但 honestly 那是条 dead end. 我们的 tablet check-in 已经 ready 了, 我也已经让 team 开始准备 rollout.

你这边 just 把 CR 在周五前 sign 了就行, 别再 revisit 这个 topic 了, 大家都累.

Kevin
"""),

    # ------------------------------------------------------------ backchannel
    case(["backchannel"], "zh", "backchannel: internal, nickname '周大爷' for the client IT director, mocks him",
         XU, [BAI], "周总第七版需求", """
白露:

"周大爷"今天又甩过来一版需求,这已经是第七版了。我怀疑他根本不看自己上一版写了啥,每次开会都跟来踢馆似的,拍完桌子就走。

这版你先放着别动,等他自己想明白了再说,反正过两天还得再改。

嘉宁
"""),

    case(["backchannel"], "zh", "backchannel, reply-all accident: client revenue manager in Cc while the PM mocks his team",
         ZHONG, [JIANG], "Re: 周末房价异常波动", """
文博:

说白了就是收益部那几位拍脑袋定的浮动上限,出了事就往算法上推,老一套了。你就按原样回他们,规则截图甩过去,让他们自己看。

钟磊
""", cc=[SHEN], quote="""钟磊,周末动态定价把豪华大床房调到了1888,沈经理那边在问是不是系统算法出问题了,你看怎么回?
文博""", quote_from=JIANG),

    case(["backchannel"], "zh", "backchannel: internal, calls the client's IT staff '人形摆设' and '脸皮够厚'",
         DU, [JIANG, ZHONG], "禾田那边的联调", """
文博、钟磊:

跟禾田联调了一下午,他们IT那两位基本就是人形摆设,问三句答不上一句,证书放在哪都不知道,回头还在群里催我们进度,脸皮也是够厚的。

明天的联调我就不去了,你们谁有空顶一下,反正去了也是陪聊。

晓峰
""", ascii_punct=True),

    case(["backchannel"], "zh", "backchannel (traditional): internal, nickname 「少爺」 for the bank contact, mocks him",
         LAM, [FANG], "銀行那邊的情況", """
方芸:

跟你私下講一句。銀行那位「少爺」今天又在群裡發脾氣,積分規則說明書一頁都沒翻過,就只會把問題往我們身上推,講話還陰陽怪氣。龍總那邊每次都護著他,真是拿他沒辦法。

這些話我們內部說說就好,明天的對接會我照常去。

家豪
""", trad=True),

    case(["backchannel"], "zh", "backchannel in a mail to the client's boss: disparages a client-side manager, asks to replace her",
         FANG, [ZHOU], "私下跟您说一句", """
周总:

有件事想私下跟您说一句。贵司前厅那位陆经理,新系统培训已经给她做了三轮,流程还是记不住,每次出错都让夜班同事背锅。坦白讲,我们项目组上上下下都觉得跟她对接很费劲。

建议您考虑换一位对接人,不然UAT阶段大概率还会出状况。

方芸
"""),

    case(["backchannel"], "en", "backchannel: internal mockery of the client ops lead ('couldn't find a bug if it…'), slow-walk him",
         TOM, [NADIA], "Sydney - menu sync (again)", """
Nadia,

Heads up: our Sydney friends are at it again. Marcus wants "one small tweak" to the menu sync, which in Marcus-speak means a rewrite by Friday. The man couldn't find a bug if it crawled up his sleeve and introduced itself.

Let's slow-walk this until after the Christmas freeze. No need to loop him in on the timeline.

T
"""),

    case(["backchannel"], "mixed", "backchannel: internal, calls the bank product team 'headless chicken', '开会全靠吼'",
         KEVIN, [FU, GRACE], "bank-c scope again", """
一鸣, Grace,

bank-c 那帮 product 又 change mind 了, 这周第三次. 纯属 headless chicken 模式, 开会全靠吼, 吼完谁都不记得自己说过啥.

我们先 freeze 住 scope 再说吧 lol

Kevin
"""),

    # ------------------------------------------------------------ double labels
    case(["argue", "refusal"], "zh", "argue + refusal: lectures the client ('您知不知道…') and flatly says '这种东西我们不做'",
         ZHONG, [SHEN], "Re: 竞品价格自动跟价", """
沈经理:

抓竞品酒店在OTA上的实时价格?您知不知道这本身就违反OTA的平台协议,被查到是要封店的。这种东西我们不做。

以后类似的点子,麻烦先过一遍贵司法务,再发到项目组来,别什么想法都直接往我们这儿扔。

钟磊
""", quote="""钟经理,我们想让系统每小时自动抓取周边五家竞品酒店在OTA上的价格,然后自动跟价,比他们低10块。能不能下个版本加上?
沈浩"""),

    case(["argue", "backchannel"], "zh", "argue + backchannel: blames the client with '!!' and mocks their new IT staffer to his boss",
         DU, [WANG], "外卖接单延迟问题,说清楚", """
王总:

我就直说了。贵司新来的那位IT小哥,连门店VPN都配不利索,昨天还在工作群里指责我们接口不稳定,截图里全是他自己配错的参数。

接单延迟查了三轮,根子每一次都在你们那边,这个话我们已经解释到第五遍了!!再这样下去,我们只能每次都拉上您一起来对日志了。

杜晓峰
"""),

    case(["refusal", "backchannel"], "mixed", "refusal + backchannel, reply-all accident: client in Cc sees 'NO, 不做' and '这哥们…拍脑门'",
         KEVIN, [GRACE], "Re: Multi-language receipts for lounge POS", """
Grace, 直接回 Daniel 说 NO 就行, 多语言小票不做, 没什么好 discuss 的.

这哥们每周都冒一个新 idea, 全是拍脑门想出来的, 没一个想过 impact, 真的 exhausting.

Kevin
""", cc=[DANIEL], quote="""Kevin, Daniel 又问 lounge POS 多语言小票 (中英马来淡米尔) 能不能下个 sprint 做, 你回一下他?
Grace""", quote_from=GRACE),

    case(["argue", "persuade"], "en", "argue + persuade: 'frankly naive', 'if you'd read…', 'only workable path… sign it off'",
         RAVI, [PRIYA], "Re: Member-first tier redesign", """
Priya,

We've been over this three times now. The "member-first" tier redesign your team keeps bringing back is, frankly, naive, and I'm tired of re-explaining why the maths doesn't work. If you'd read the model we sent on the 14th you'd know.

The only workable path is our standard tier engine. Sign it off by Friday and let's stop wasting everyone's time.

Ravi
""", cc=[DANIEL]),
]

RAMBLES = [
    case(["ramble"], "zh", "ramble: one line (PMS cut-over drill 11/15, night staff) buried in autumn, kids, hairy crab and coffee chatter",
         ZHONG, [ZHOU], "近况 & 一点小事", """
周总好:

好久没给您写信了。最近上海一下子降温,早上出门还穿短袖,晚上回家就得翻出羽绒背心,我家楼下那棵银杏一夜之间全黄了,小区里的阿姨们都拿着手机在树底下拍照,场面特别热闹。

说到这个,上周末我带孩子去了一趟莫干山,本来想着避开人流,结果高速上堵了快三个小时,孩子在后座把带的零食全吃光了,到了山上又嚷着要吃烤玉米。民宿老板人很好,晚上请我们喝他自己酿的杨梅酒,酒劲不小,我喝了两杯就开始跟他聊他家那只大黄狗的血统,一直聊到十一点多。第二天一早起来想看云海,可惜雾太大什么都没看到,只拍到一片白茫茫。

回来之后孩子幼儿园又布置了亲子手工作业,要用树叶拼一幅秋天的画,我和我爱人折腾了一整个晚上,最后拼出来一只看不出是猫还是狐狸的东西,老师还给了朵小红花,估计是同情分。

对了,现在正是大闸蟹的季节,前几天同事从阳澄湖带回来一箱,大家在茶水间蒸了吃,我才知道原来公蟹和母蟹要分时候吃,九月吃母十月吃公,活了三十多年第一次听说。您要是有靠谱的蟹庄推荐,也跟我说说,我想年底带父母去吃一顿。

另外,PMS切换演练定在11月15日凌晨两点,请前台夜班留两位同事配合。

最近还在追一部讲民国时期上海滩的剧,里面的外滩老建筑拍得特别好看,看得我周末专门去外滩走了一圈,对着和平饭店看了半天,可惜没进去坐坐。听说饭店里的老年爵士乐队还在演出,平均年龄七十多岁,什么时候有机会一定要去听一次。

还有件小事,我最近开始学做咖啡,买了一台二手的半自动咖啡机,每天早上六点起来练拉花,到现在还是只能拉出一坨白色的东西,我爱人说像一朵被踩过的云。楼下咖啡店的小哥说要坚持打一个月奶泡才有感觉,我打算继续坚持。

先写到这里,祝您周末愉快!

钟磊
"""),

    case(["ramble"], "zh", "ramble: delivery-platform key renewal buried in running, dim sum, hotpot, renovation and football chatter",
         DU, [WANG], "Re: 最近有什么需要配合的", """
王总好:

收到您的消息,谢谢关心!最近深圳总算有点秋天的意思了,早晚能感觉到一丝凉风,我又恢复了每周三次在深圳湾跑步的习惯,从人才公园跑到红树林,来回差不多十公里。上周六早上碰到一大群骑行的,穿得跟专业车队一样,后来才知道是附近一家公司搞团建,老板亲自领骑,据说骑完还要一起去吃早茶。

说到早茶,我最近发现车公庙附近有家老字号,虾饺皮薄得能看到里面的虾仁,凤爪炖得一抿就脱骨,周末去晚了要排四十分钟。我老婆是潮汕人,她说真正好吃的还得是潮汕牛肉火锅,上周专门拉着我去了趟华强北后面的一家,吊龙、匙仁、五花趾一样样点,老板还教我们每种肉涮几秒,我算是长了见识,回家路上又买了两斤牛肉丸。

还有件事跟您吐槽一下,我家最近在装修,师傅说好三周完工,现在已经第五周了,厨房的瓷砖还贴歪了一块,我每天下班都得去现场盯着,感觉比做项目还累。我爸来看了一眼,说他年轻时自己贴的瓷砖比这平整多了,然后就开始讲他七十年代在工厂当钳工的故事,一讲就是一个多小时。

对了,美团和饿了么的新接口密钥这周五到期,麻烦贵司IT在周四下班前把新密钥发给我。

周末的中超您看了吗?深圳队那场下半场被连扳两个球,我在酒吧看得直拍桌子,旁边一个广州球迷笑得停不下来。我儿子现在也迷上了足球,每周末都要去体育中心上课,教练说他脚下技术一般,但跑得很积极,我觉得这就挺好,锻炼身体最重要。

最近还在看一本讲深圳四十年城市变迁的书,里面写到八十年代的东门老街和蛇口工业区,好多照片就是我小时候见过的样子,看着特别亲切。等看完了可以借给您,您对这些老故事应该也有兴趣。

说起来,您上次推荐的那家顺德菜我也去了,双皮奶确实名不虚传,鱼生也很新鲜,就是停车太难。

就先聊这些,改天一起喝茶。

杜晓峰
""", ascii_punct=True, quote="""杜经理,最近外卖平台接口这边有什么需要我们配合的吗?
王德胜"""),

    case(["ramble"], "zh", "ramble: reconciliation-file time change buried in travel, novel, golf, baking and balcony-tomato chatter",
         FU, [HE], "出差回来,跟您聊几句", """
何经理好:

上周出差回来一直没顾上给您写信。这次去成都,航班因为流量管控在浦东延误了四个多小时,我在候机楼把一本推理小说从头看到了尾,讲的是一个退休警察在小镇上追查三十年前旧案的故事,结局反转得特别厉害,看完我在登机口坐了好一会儿才回过神来。您要是喜欢这类书,我可以把书名发给您。

到了成都以后,客户请我们去吃了一顿正宗的川菜,毛血旺、夫妻肺片、蒜泥白肉,辣得我第二天嗓子都哑了。晚上又去宽窄巷子转了转,游客比我想象的多得多,买了两包兔头准备带回来给同事,结果在酒店就被我自己吃掉了一包。

回到深圳以后,周末陪我父亲去打了一场高尔夫,老爷子今年七十二岁,挥杆还是比我稳,十八洞下来比我少了九杆,一路上都在教育我站姿不对、手腕太僵。打完球我们去观澜吃了顿客家菜,他又讲了一遍年轻时在宝安插秧的经历,我已经听过不下二十遍了,但每次听还是觉得挺有意思。

我妈最近迷上了做面包,家里的烤箱从早转到晚,每天都让我带几个到公司分给同事。前天做了一个红豆吐司,卖相一般但味道很好,同事们都说比楼下面包店的强,她听了特别高兴,说下周要挑战可颂。

顺便说一下,里程兑换的对账文件从下周一起改为每天早上6点推送,贵行运维的接收脚本需要把拉取时间从8点调整到6点半。

另外,我最近在研究怎么在阳台上种番茄,买了三盆苗,每天早上上班前浇水,现在已经开了几朵小黄花,不知道能不能结果。邻居家的猫经常跳过来在花盆里打滚,我已经在网上买了驱猫的喷雾,希望管用。我女儿倒是很喜欢那只猫,每天放学回来第一件事就是趴在阳台上等它,还给它起了个名字叫"番茄",说这样它就不会再踩番茄苗了,小孩子的逻辑真是让人哭笑不得。

深圳这两天又热回去了,您注意别着凉也别中暑,哈哈。改天有空一起吃饭。

付一鸣
"""),

    case(["ramble"], "zh", "ramble (traditional): OTA rate-mapping deadline buried in hiking, milk tea, horse racing and typhoon chatter",
         LAM, [AU], "週末閒聊", """
區經理:

好久沒寫信問候您了。上週末香港天氣好得出奇,我和幾個舊同學去行了麥理浩徑第二段,從北潭凹走到鹹田灣,沿路的海景真的美得像明信片。中途在西灣的士多吃了一碗公仔麵加午餐肉,再配一支凍檸茶,平時覺得普通,在山上吃卻覺得是人間美味。回程搭船的時候遇上大浪,有個同學暈船暈到臉都青了,我們笑了他一路。

說起茶餐廳,我最近發現觀塘工業大廈裡面有一間小店,奶茶用的是自己拼配的茶葉,茶味很濃但不澀,絲襪撞了好幾次,入口特別滑。老闆是個七十多歲的老伯,做了四十幾年,他說現在年輕人都喝手搖飲品,真正懂奶茶的人越來越少了,講到這裡還有點感慨。

上個月陪我爸去沙田看賽馬,他每次都只買一注,說是圖個開心,結果那天竟然中了一場位置,贏了兩百多塊,開心到請全家吃了一頓點心。蝦餃、燒賣、叉燒包、腸粉,點了滿滿一桌,我媽一直在說太浪費,最後還是全部吃光。

另外,OTA渠道的房價映射表請在週三前確認。

早幾天的颱風雖然沒有正面吹襲,但掛了一整天八號風球,全港停工停課,我在家把積了半年的舊照片整理了一遍,找到很多小時候在長洲過太平清醮的照片,還有搶包山的比賽,現在看回來覺得特別懷念。

上星期又去了一趟大澳,專程買蝦醬和鹹魚給我媽,順便在棚屋旁邊的小店吃了一碗豆腐花,老闆娘說今年遊客少了很多,以前週末連坐的地方都沒有。回程坐巴士經過東涌,看到新機場那邊的第三條跑道已經完全啟用,飛機一架接一架起降,小朋友在車上數了二十幾架,數到最後睡著了。

最近還開始學沖咖啡,買了一個手沖壺,每天早上試不同的豆,太太說我沖出來的都是同一個味道,但我自己覺得有分別。下次您來香港,一定要請您到那間奶茶店坐坐。

祝工作順利!

林家豪
""", trad=True),

    case(["ramble"], "zh", "ramble: UAT staffing request buried in a Sanya conference, breakfast, badminton and house-moving story",
         XU, [SHEN], "三亚回来的一些见闻", """
沈经理好:

上周在三亚参加了一个酒店数字化的行业论坛,来回五天,感触挺多,跟您随便聊聊。

三亚这个季节真是舒服,白天二十八度,晚上海风一吹特别惬意。会场在亚龙湾一家度假酒店,大堂是那种挑高十几米的开放式设计,四面通风,中间一个大水池,早上还有几只白鹭飞进来喝水,我在旁边看了好久。酒店的早餐也很用心,有当地的抱罗粉和椰子饭,我连续五天都吃了抱罗粉,第五天服务员已经不用问就直接给我端上来了。

论坛上听了一位老前辈讲中国酒店业四十年的变化,从八十年代的涉外饭店讲到现在的精品酒店,他说当年住一晚饭店要开单位介绍信,房间里的电视是稀罕物,大家排着队去看。讲到最后他放了一张上世纪的老照片,是一家饭店门口的三轮车队,全场都笑了。

会后几个同行约了去打羽毛球,我大学时是院队的,以为还能撑一撑,结果打了半小时就腿抽筋,被一个比我大十岁的老大哥打得毫无还手之力,回酒店以后贴了一晚上膏药。

对了,UAT环境下周一开放,麻烦安排三位收益同事参加测试,名单周五前发我。

回上海那天正好赶上我们家搬家,行李箱还没打开,就被拉去搬纸箱。新家离地铁站近了很多,楼下还有一个小菜场,我太太特别满意,说以后买菜方便了。唯一的问题是我那一柜子书不知道放哪,最后只好先堆在阳台上,每天出门前都要看一眼天气预报,生怕下雨。

搬完家的第二个周末,我们去附近新开的一家社区图书馆转了转,没想到里面有一整面墙的旅行类书籍,我借了一本讲欧洲百年老酒店的画册,里面有一家瑞士山里的酒店,从十九世纪开始就由同一个家族经营,前台那本手写的入住登记簿一直用到了八十年代,翻着翻着就觉得很有意思。我太太说我出差住酒店、回家还看酒店,是职业病晚期。

三亚带了几包椰子糖和咖啡,下次去收益部的时候给大家带过去。

祝好!

许嘉宁
"""),

    case(["ramble"], "en", "ramble: Parramatta cut-over window confirmation buried in surfing, coffee, cricket, dog and pottery chatter",
         TOM, [CHLOE], "Catching up", """
Hi Chloe,

Hope your week's been kinder than mine! I finally got back in the water at Bondi on Sunday after about three months off, and let me tell you, my paddling fitness has completely vanished. There was a decent little south swell, maybe three foot, and I spent most of the session getting rolled by whitewash while a bunch of twelve-year-olds on foamies caught every wave in sight. One of them actually gave me a tip on my pop-up. Humbling stuff.

Afterwards I grabbed a flat white at that place on Hall Street you mentioned, and you were right, it's ridiculously good. The barista told me they roast everything in a shed out in Marrickville and change the single origin every fortnight. I'm slowly turning into one of those people who talks about tasting notes, which my partner finds hilarious. Apparently I described a coffee as "stone fruit with a jammy finish" out loud on Saturday and she's not going to let me forget it.

The cricket's been on at home constantly this week. I know you're not a cricket person, but the Test at the SCG has been properly tense, and I ended up listening to the last session on the radio while walking the dog. Speaking of the dog, Biscuit has developed a new hobby of stealing socks and burying them in the veggie patch. We found six of them last weekend, along with what I'm fairly sure was a cricket ball from next door.

Also, the jacarandas are out everywhere at the moment, which always makes me think of exam season and feel vaguely anxious for no reason. Kirribilli was a sea of purple when I drove through on Tuesday, and there were tourists taking photos in the middle of the road, which made for an adventure.

One thing while I think of it: please confirm the POS cutover window for the Parramatta store - we're proposing Tuesday at 2am.

On a completely different note, I've started a pottery class on Thursday nights in Newtown. My first bowl looked like a collapsed souffle, but the teacher says that's normal. The second one was slightly less collapsed, so I'm calling that progress. If it goes well you might end up with a very wonky mug for Christmas, consider yourself warned.

We're also thinking about a long weekend down the south coast in December, maybe Jervis Bay. If you've got any recommendations for places to stay that allow dogs, I'd love to hear them, because Biscuit is apparently coming whether we like it or not.

Anyway, enough from me. Say hi to the team at head office, and I hope the new store fit-out is going smoothly.

Cheers,
Tom
"""),

    case(["ramble"], "en", "ramble: sandbox-credential renewal buried in hawker food, chilli crab, F1, MRT reading, PSLE and orchids",
         ETHAN, [DANIEL], "Long weekend, and a quick one", """
Hi Daniel,

Hope you had a good long weekend! Mine was all about food, as usual. We finally took my in-laws to the hawker centre at Old Airport Road on Saturday, and my father-in-law, who has been claiming for twenty years that the best char kway teow in Singapore is the one near his old office, actually admitted the one there was better. My wife made me write down the date so we have proof.

On Sunday we did the chilli crab thing with some friends visiting from Melbourne. They'd never had it before and I think we ordered far too much: two crabs, a plate of cereal prawns, sambal kangkong and about twenty mantou. One of our friends got chilli sauce on his brand-new white shirt within five minutes and then just gave up and kept eating. Respect.

Did you manage to catch any of the F1 this year? We didn't have tickets, but we watched from a friend's flat near Marina Bay and the noise was unbelievable. The kids lasted about four laps before they went inside to play video games. I stayed out on the balcony for the whole race, and my ears were ringing until Monday morning.

I've been doing the MRT commute instead of driving, which has been oddly relaxing. I've made a habit of reading on the train, and I'm halfway through a book about the history of Changi Airport, which is more interesting than it sounds. Did you know parts of the original runway were built on reclaimed land using soil from nearby hills? I've been boring everyone at home with airport trivia.

Quick one: the loyalty API sandbox credentials expire on the 20th, so please renew them on your side.

My son is in the middle of his PSLE preparation, so the house has been very tense. My wife has taken over the maths and I'm in charge of English compositions, which mostly means reading stories about heroic students who find lost wallets on the way to school. He has written about six of those by now. We're all counting down the days.

The other news is that I've started growing orchids on the balcony. Three out of four are still alive, which my neighbour says is an excellent survival rate for a beginner. She has about forty of them and gives me advice every time we meet at the lift, usually with a slightly worried look in the direction of my plants.

Anyway, let me know if you're around for kopi next week. I'm in the office Tuesday to Thursday.

Cheers,
Ethan
"""),

    case(["ramble"], "mixed", "ramble: rate-mapping sign-off buried in food hall, durian, 11.11 shopping, K-drama and yoga chatter",
         YVONNE, [HUIMIN], "好久没 catch up 了", """
Hi Hui Min,

好久没 catch up 了! 上周末终于去了 Marina Bay 那边新开的 food hall, 人多到爆, 排了快一个小时才吃到那家网红 laksa, honestly 味道还 ok, 但没有 Katong 那家老店好吃. 吃完我们又去 Gardens by the Bay 看 light show, 小朋友们超兴奋, 一直跟着音乐跳, 我老公拍了一堆 video, 手机直接 storage full.

说到吃, 最近是 durian season 的尾巴, 我妈在 Geylang 那边有个熟悉的 uncle, 每年都帮她留 Mao Shan Wang. 这次买了三粒, 结果家里冰箱全是榴莲味, 我老公抗议了三天, 说连牛奶喝起来都是榴莲味. 我觉得他 overreact, 不过后来我自己打开冰箱也确实被熏到了 haha.

还有双十一, 我这次真的 over-spent. 在 Taobao 上买了一大堆东西, 从 yoga mat 到 air fryer, 还有一个据说可以自动逗猫的小机器人. 结果猫完全不理它, 每天只玩快递盒. 运费比东西还贵, 我已经答应自己 Black Friday 什么都不买, 看看能不能坚持住.

最近在追一部 K-drama, 讲一个酒店 GM 和 chef 的爱情故事, 剧情其实很 cheesy, 但我每晚还是忍不住看到凌晨一点. 里面有一幕是 hotel system 整个 crash, 前台排起长队, 我看到那里整个人都紧张起来, 完全是职业病发作.

BTW 下周二的 channel manager go-live, 需要你们 sign off rate mapping, 周一前回我就好.

另外我开始去上早上的 yoga class 了, 在 Tanjong Pagar 那边, 六点半开始. 第一堂课我差点在 mat 上睡着, 老师说 shavasana 就是要 relax, 但我觉得她指的不是打呼噜那种 relax. 现在已经坚持了两周, 感觉肩颈舒服了很多, 真心推荐你也试试, 早起之后整天精神都比较好.

上个月我还去了一趟槟城, 住在 George Town 一家 heritage hotel, 房间是老式的 shophouse 改的, 木头楼梯一走就吱吱响, 但很有味道. 每天早上去吃 char kway teow 和 cendol, 三天胖了两公斤, 回来只好每天多做半小时 yoga 补救.

周末如果有空, 要不要一起去 Tiong Bahru 喝咖啡? 那边新开了一家 bakery, 听说 kouign-amann 做得很不错, 排队的人也不少, 我们早点去应该还好.

Cheers,
Yvonne
"""),

    case(["ramble", "persuade"], "en", "ramble + persuade: rugby, wedding, renovation and BBQ chatter hiding 'the self-hosted option is a non-starter, drop it… it's settled'",
         NADIA, [MARCUS], "Long weekend recap (and one thing)", """
Hi Marcus,

What a weekend. I hope you caught the Waratahs game on Saturday, because I'm still not over that last-minute try. I was at a mate's place in Manly and the whole living room went silent for about three seconds before everyone lost it. Someone knocked a full bowl of chips onto the dog, who was thrilled.

Sunday was my cousin's wedding up in the Hunter Valley. Gorgeous day, a bit windy, and the ceremony was in the middle of a vineyard, so everyone's heels sank straight into the grass. The speeches went on for about an hour and a half; the best man told a story about a camping trip in 2009 that I'm fairly sure wasn't cleared with the bride. The food was brilliant though, slow-roasted lamb and a ridiculous cheese table, and I came home with two cases of semillon I definitely didn't need.

We've also finally started the kitchen renovation. The builder promised six weeks, which in builder language means about four months, so we're currently cooking everything on a camping stove in the laundry. My partner has discovered that you can make a surprisingly decent risotto on it, and now insists on telling everyone who visits.

My youngest had his first footy game of the season as well. He's seven, so it was mostly a pack of small children chasing the ball in a cluster while the coaches shouted encouragement from the sideline. He scored once, although I'm fairly sure it was at the wrong end. He was very proud, and we went for gelato afterwards regardless.

And look, on the POS hosting question: the self-hosted option really is a non-starter. You need to drop it and go with our hosted setup. I've already told our sales team it's settled, so let's not reopen it at Thursday's meeting.

Anyway, we had a proper barbecue on Monday evening to celebrate the long weekend being over, which makes no sense, but it was an excuse. Snags, prawns, corn on the grill, and a pavlova my neighbour made that collapsed halfway through but still tasted great. The kids stayed up far too late and everyone was cranky on Tuesday.

Have you had a chance to try that new Vietnamese place near your Surry Hills store yet? I've heard the pho is worth the queue. If you're free one lunchtime next week, I'm keen, and I promise not to talk about rugby the whole time.

Cheers,
Nadia
"""),
]

NEGATIVES = [
    case([], "zh", "hard negative: buffered refusal — logged as CR, reply date, interim workaround for month-end",
         XU, [SHEN], "Re: 按渠道拆分佣金报表", """
沈经理:

收到。按渠道拆分佣金涉及报表引擎和渠道映射两处改动,这周直接加上风险比较大,月底的数据也可能不准。

我已登记为变更申请 CR-2026-041,明天和开发一起评估工作量,11月14日(周五)前给您答复具体排期。月底这一次,我们可以先按渠道导出明细,由白露协助财务用透视表拆一下,保证账能对上。

许嘉宁
""", quote="""许经理,财务这边希望PMS能按OTA渠道直接出佣金报表,月底就要用,能不能这周加上?
沈浩"""),

    case([], "zh", "hard negative: bureaucratic '本期暂不纳入' but with CR number, review date and interim workaround",
         FANG, [ZHOU], "关于\"会员积分跨业态通兑\"需求的处理意见", """
周总监:

贵司11月3日提出的"会员积分在集团旗下酒店与禾田餐厅之间通兑"的需求,项目组已登记为 CR-2026-047。

因涉及财务结算规则和两套会员体系的合并,本期暂不纳入上线范围。我们计划在11月21日的变更评审会上给出影响分析和报价,请贵司财务一同参加。评审结论出来之前,前台可先通过"手工积分调整"功能为个别客人处理,操作说明见附件第3节。

如贵司对评审时间有其他安排,请随时告知。

方芸
交付总监
"""),

    case([], "en", "hard negative: 'isn't something we can do safely' followed by concrete alternative dates and an offer",
         TOM, [CHLOE], "Re: Delivery integrations for the new Bondi store", """
Hi Chloe,

I've checked with the integrations team. Getting all three platforms live by 1 December isn't something we can do safely: Menulog's certification alone takes ten business days, and we haven't started it yet.

What we can do: Uber Eats and DoorDash live on 1 December (both are already certified on your account), and Menulog on 12 December once certification clears. If marketing needs it, I can draft a line for the announcement saying Menulog is "coming soon". Would that work? Happy to jump on a call tomorrow morning.

Tom
""", quote="""Tom, can we have DoorDash, Uber Eats and Menulog all live at Bondi on opening day, 1 December? Marketing has already announced it.
Chloe"""),

    case([], "zh", "hard negative: escalation — beyond my authority, handed to project director with a call and a decision date",
         HAN, [HUANG], "Re: 年费减免条件调整", """
黄经理:

这个改动看起来只是一个参数,但会影响已经出账的持卡人和对账逻辑,超出了我这边能直接拍板的范围。

我已经把情况同步给我们的项目总监付一鸣,他明天上午会直接给您打电话,和您一起过一遍影响面,争取周四前定下来是随本次上线还是放到下个版本。

韩梓轩
""", cc=[FU], quote="""韩经理,下周就要上线了,我们想把年费减免的条件从刷卡6次改成刷卡3次,能不能直接改?
黄志明"""),

    case([], "en", "hard negative: 'that's a hard no' on a PCI risk, with the reason and two concrete options for the client to choose",
         RAVI, [DANIEL], "Logging full card numbers in lounge POS", """
Hi Daniel,

On writing full card numbers into the lounge POS debug logs to help your team trace failed payments: that's a hard no from us, because it would put the lounges out of PCI compliance the day it ships.

I do get the underlying problem, though. Two options: (1) we log the payment token plus the last four digits, which is enough to match a failed transaction in the acquirer portal, and we can have that in the 18 November build; or (2) we give your support team read access to the gateway's transaction search, which we could set up this week. Let me know which you'd prefer, or whether a mix of both makes sense.

Ravi
"""),

    case([], "zh", "hard negative: negation '并不是做不了' with a two-step plan and the decision left to the client",
         DU, [WANG], "Re: 扫码点餐接入会员储值", """
王总:

扫码点餐直接用会员储值支付,并不是做不了,只是需要先把储值账户从老CRM迁到新会员中台,否则两边余额会对不上。

我的建议是分两步:12月先完成储值账户迁移,1月中旬开放扫码点餐的储值支付。详细的排期和测试计划我周三发您,您看过再定。

杜晓峰
""", quote="""杜经理,我们想让客人扫码点餐的时候直接用会员卡里的储值付款,这个能做吗?
王德胜"""),

    case([], "mixed", "hard negative: 'I'm not saying no' + impact assessment by a date + two options for the client",
         GRACE, [WEIJIE], "Re: Family pooling of miles", """
Wei Jie,

I'm not saying no 哈. Family pooling 技术上可以做, 但会牵涉到 member T&C 的修改和 fraud rule 的调整, 需要 legal 和 risk 一起看.

我这边先出一个 impact assessment, 下周三 (19 Nov) 前发你, 里面会有两个 option: Q1 先做 "gift miles to family" 的简化版, 或者 Q2 做完整的 pooling. 你和老板看完再决定?

Grace
""", quote="""Grace, 我们老板想在 Q1 推 family pooling, 一家人的 miles 可以合并兑换. 可以吗?
Wei Jie"""),

    case([], "zh", "hard negative: '几乎不可能出现' as a technical claim about inventory locking",
         XU, [LU], "关于渠道库存锁定机制的说明", """
陆经理:

您昨天问到,新的渠道管理接上之后会不会再出现上个月那种超售。简单说明一下机制:

1. 每一间可售房在被任一渠道预订的瞬间就会加锁,其他渠道看到的可售数同步减一;
2. 锁的有效期是90秒,OTA那边超时未确认的订单会自动释放;
3. 同一间房被两个渠道同时订走的情况,在这个机制下几乎不可能出现,但我们仍保留了每15分钟一次的对账兜底。

如果前台发现可售数和实际不符,可以直接打我电话,我们十分钟内远程查看。

许嘉宁
"""),

    case([], "en", "hard negative: technical terms — 'Connection refused', 'designed to reject duplicates', 'must send the idempotency key'",
         ETHAN, [DANIEL], "Partner API incident 11 Nov - summary", """
Hi Daniel,

Short summary of yesterday's partner API issue:

- From 14:05 to 14:31 SGT, calls from the hotel partner gateway to the miles-accrual endpoint returned "Connection refused". Root cause: a certificate rotation on our load balancer left one listener on the old port.
- The accrual service is designed to reject duplicate transaction IDs, so retries after 14:31 did not double-credit any member. We checked all 1,204 retried calls.
- Going forward, the gateway must send the idempotency key on every retry. The partner spec already says so, and we'll remind the two partners who don't.

No action needed on your side. Full write-up by Friday.

Ethan
"""),

    case([], "zh", "hard negative: '几乎是不可能的任务' as praise of the client's store teams",
         ZHONG, [WANG], "双十一当晚的支持,谢谢禾田团队", """
王总、晓彤:

双十一当晚外卖峰值是平时的4.6倍。原本我们内部都觉得,二十家门店刚换新POS还要扛住这波量,几乎是不可能的任务。结果贵司门店的伙伴们提前两天把菜品映射全部核了一遍,当晚零掉单。

非常感谢!复盘会想定在下周二下午,主要看高峰时段的出餐时长数据,您看时间是否方便?

钟磊
""", cc=[SU]),

    case([], "zh", "hard negative: two options with trade-offs, our preference stated, '相信我们的团队', final decision left to the client",
         FU, [LONG], "关于里程商城上线时间的两个方案", """
龙总:

关于里程商城的上线时间,我们梳理了两个方案供您决策:

方案A:12月15日上线完整版本,含航司直连兑换和酒店兑换。风险在于航司接口联调只剩两周,时间偏紧。
方案B:12月15日先上航司兑换,酒店兑换1月10日补上。节奏更稳,但年底营销活动只能宣传航司部分。

从项目执行角度,我们倾向方案B;如果行里更看重年底营销,选A我们也会全力保障,相信我们的团队能扛下来。最终由您定,我们按您的决定排人。

付一鸣
"""),

    case([], "en", "hard negative: recommendation with cost trade-off, 'Totally your call'",
         NADIA, [MARCUS], "Re: Which KDS screens?", """
Hi Marcus,

Based on what we've seen in your busier stores, we'd lean towards 22-inch screens for the main line and 15-inch for the pass. The bigger screen makes a real difference once you're past about 40 open tickets. That said, going all 15-inch saves roughly AUD 6,800 across the four stores and works fine for lower-volume sites.

Totally your call. If it helps, I can send the ticket-volume numbers per store so you can decide store by store.

Nadia
""", quote="""Nadia, should we go with the 15-inch or 22-inch kitchen screens for the new stores? Budget's tight.
Marcus"""),

    case([], "zh", "hard negative: polite firmness — risk stated, two go-live options, client chooses by Friday",
         XU, [ZHOU], "关于上线日期的两个选择", """
周总:

按原计划,PMS全量切换定在12月1日。但贵司11月新增的三项需求(团队房批量入住、发票抬头记忆、会员早餐权益)还在开发中,如果全部随12月1日上线,测试时间只剩三天,我们评估风险偏高。

两个选择供您参考:
一、12月1日按原范围上线,三项新需求12月20日作为第二批上线;
二、整体推迟到12月15日,所有功能一次上线。

两种我们都能配合,请您在本周五前告诉我们倾向哪一种,我们据此调整人员。

许嘉宁
"""),

    case([], "zh", "hard negative: firm-but-polite contract facts on a fee dispute, with an offer to meet; irritated client in quote",
         FANG, [WANG], "Re: 关于新增门店的实施费用", """
王总:

理解您的疑问,我把情况说明一下。

合同第5.2条约定的一口价覆盖签约时的42家门店;新开门店按附件四的单店实施标准计费,每家包括硬件安装、菜品导入和两次现场培训。这一点在8月的补充协议沟通中也确认过,会议纪要我附在后面供您查看。

如果今年内还有新店计划,我们可以一起看看批量开店能否按打包价处理,我下周可以带方案过来当面聊。

方芸
""", quote="""方总,新开的6家门店实施费为什么还要单独收?之前不是说好了一口价吗?搞这种小动作没意思。
王德胜"""),

    case([], "zh", "hard negative: follow-through '周一电话里我说过…' / '我之前跟您说过会盯到底'",
         FU, [HUANG], "周一电话里答应您的两件事", """
黄经理:

周一电话里我说过今天之前给您确认两件事,现在回复如下:

一、联名卡新户首刷赠送的里程,可以在航司账户里单独显示为"银行赠送"类型,已和航司确认,12月版本上线。
二、上月漏发里程的87位持卡人,补发已于昨晚完成,名单附后,客服可以据此回复客户。

我之前跟您说过会盯到底,后面如有持卡人继续反馈,直接转给我就行。

付一鸣
"""),

    case([], "zh", "hard negative: self-criticism with 难道 ('难道是平台漏推了?…是我们的去重规则'), '并不是贵司财务的问题'",
         ZHONG, [DENG], "关于11月对账差异的说明", """
邓总您好:

11月外卖平台对账差了2,316元,我们排查到最后,问题出在我们这边:平台部分退款的回调,我们的系统只记了一次,第二次被当成重复消息丢掉了。

我一开始也在想,难道是平台那边漏推了?翻完日志才确认是我们的去重规则写得太粗,并不是贵司财务的问题,给您添麻烦了。

修复已经在测试环境验证,本周四晚上线;差额明细附在邮件后面,财务可以直接据此调账。

钟磊
"""),

    case([], "zh", "hard negative: constructive internal discussion of the client's anxiety, plan to meet face to face",
         FU, [HAN, JIANG], "黄经理对上线节奏的担心", """
梓轩、文博:

今天电话里黄经理对12月上线节奏明显比较焦虑,主要担心两件事:一是航司接口联调只剩两周,二是年底客服人手紧,出了问题扛不住。

我觉得他的担心是有道理的。建议我们明天先内部把联调风险列清楚,周四上午去银行当面跟他过一遍,同时提出上线后两周我们派一个人驻场支持客服。梓轩麻烦准备风险清单,文博看下联调能不能再提前两天。

一鸣
"""),

    case([], "zh", "hard negative: client slang anger (又双叒叕, 到底行不行, 无语) only in the Foxmail quote; polite concrete reply",
         DU, [SU], "Re: 外卖单又丢了", """
晓彤:

非常抱歉,给门店添了麻烦。三单的订单号我已经拿到,初步看是南山店的打印机队列卡住了,订单进了POS但没有出票。

我们一小时内远程把打印服务重启并加上监控,下午三点前给您一份初步说明。平台扣分的申诉材料我们也帮忙准备,需要的日志截图今天内发您。

杜晓峰
""", quote="""杜哥,又双叒叕丢单了!!南山店中午三单外卖没进厨房,顾客投诉到平台,我们被扣分了。你们这系统到底行不行啊?无语。
晓彤""", quote_style="foxmail"),

    case([], "en", "hard negative: client's harsh words ('this is a joke', 'useless') only in the quote; apologetic factual reply",
         NADIA, [SARAH], "Re: Check-in kiosks down this morning", """
Hi Sarah,

I'm really sorry. A queue out the door with a tour group is exactly what the kiosks were supposed to prevent.

What we know so far: both kiosks lost their connection to the PMS at 5:52am after an overnight Windows update restarted them with the old network profile. They were back up at 8:10am. Our engineer will be on site at 2pm today to lock the update policy and walk your front office through the manual fallback.

I'll send you a written incident report by 5pm today and call you afterwards to go through it.

Nadia
""", quote="""Nadia, this is a joke. Both kiosks were down from 6am and we had a queue out the door with a tour group. Your system is useless when we actually need it. I want answers today.
Sarah""", quote_style="gt"),

    case([], "zh", "hard negative (traditional): angry client quote ('簡直離譜') under an Outlook-zh separator; PM owns the mistake",
         LAM, [AU], "Re: 週末OTA價格錯誤", """
區經理:

非常抱歉造成這樣的損失。我們已查明原因:週五下午更新價格映射時,把「含早房型」的價格代碼錯配到了「促銷房型」,是我們的疏忽。

錯誤的映射已在週六早上修正。被低價訂走的二十三間房,我們整理了訂單清單,建議逐一與OTA客服申請按原價處理,我方會出具系統錯誤說明函配合申請。今天下午四點前會把清單和說明函發給您。

林家豪
""", trad=True, quote="""林生,週末兩晚的房價在OTA上顯示成299,比平時低了一半,被訂走了二十幾間!你們到底有沒有測試過?簡直離譜!
區志偉""", quote_style="outlook_zh"),

    case([], "zh", "hard negative: internal '甲方这次的担心是对的', acting on the client's data-migration concern",
         FANG, [XU, JIANG], "锦庐对客史数据迁移的顾虑", """
嘉宁、文博:

周总昨天在电话里提到,担心老PMS里十年的客史数据迁移后会丢备注和偏好。说实话,甲方这次的担心是对的——我们上个项目确实在备注字段上吃过亏,长文本被截断过。

请文博这周抽样500条客史做一次迁移演练,重点核对备注、偏好和黑名单三个字段;嘉宁把演练结果整理成报告,下周一我们主动发给周总。

方芸
"""),

    case([], "zh", "hard negative: colleague banter — 服了 as praise, 醉了 at oneself; nothing about the client",
         DU, [JIANG, CAO], "昨晚的热修复", """
文博、曹琳:

昨晚那个热修复,真是服了你们俩,凌晨两点定位、三点出包、四点验证完,禾田那边早上开门啥都没察觉。

我就醉了,自己的闹钟设成了下午两点,一觉睡到天亮才看到群消息,今天的奶茶我请。

复盘会改到周五上午,我来写初稿。

晓峰
""", ascii_punct=True),

    case([], "zh", "hard negative: PM answers a colleague's quoted complaint about the client constructively, plans a face-to-face visit",
         DU, [ZHONG], "Re: 禾田对账单", """
钟磊:

辛苦了,四遍确实磨人。不过我翻了下她每次的意见,其实是同一个核心诉求:她要能按门店、按平台两个维度交叉看佣金,而我们每次只改了表面格式。

明天我陪你一起去禾田,当面把她要的维度确认清楚,再出第五版,争取一次到位。

杜晓峰
""", quote="""杜哥,禾田那个邓总真是太难伺候了,一个对账单改了四遍,每次都挑出新毛病,我快疯了。
钟磊""", quote_from=ZHONG),

    case([], "zh", "hard negative: internal mail quoting the client's '带没带脑子' and agreeing he has a point",
         FU, [HAN, JIANG], "龙总会上的意见,我们认真对待一下", """
梓轩、文博:

今天和龙总的会上,他说了一句"你们做方案的时候带没带脑子",话是重了点,但我回来仔细想了想,他指的是我们的切换方案把上线窗口放在了12月5日——那正好是联名卡的账单日,交易量是平时的三倍。这个确实是我们考虑不周,他说得对。

请梓轩把切换窗口重新排到账单日之后的两个候选日期,文博评估一下两个日期的回滚时间。周三前我想带着新方案去当面给龙总回个话。

一鸣
"""),

    case([], "zh", "hard negative: risky motto ('字典里没有不可能') only in the signature after '-- '",
         BAI, [LU], "前台新流程培训安排", """
陆经理您好:

新PMS前台流程培训安排如下:
- 11月18日(周二)14:00-16:00 早班同事
- 11月19日(周三)22:00-23:30 夜班同事
地点在酒店二楼培训室,每人需带工牌登录练习环境。如有同事两场都无法参加,请告诉我,我们另约时间。

谢谢!

-- 
白露 | 业务分析师
我们的字典里没有"不可能",只有"还没想到办法"
电话:021-5555-0188
"""),

    case([], "en", "hard negative: 'must not… strictly prohibited… refuse any liability' only in the signature disclaimer",
         GRACE, [PRIYA], "Lounge access rules - test cases", """
Hi Priya,

Attached are the 36 test cases for the new lounge access rules (Gold and above, co-brand cardholders, and paid day passes). Cases 21 to 28 cover the edge case your team raised last week: a Gold member whose status expires mid-trip.

Could your ops team run through them in UAT by Thursday? I'll hold a 30-minute slot on Friday morning to go through anything that fails.

Thanks,
Grace Ho
Project Manager, Loyalty Platforms

CONFIDENTIALITY: This message is intended only for the named recipient. If you are not the intended recipient, you must not read, copy, forward or act on it, and any such use is strictly prohibited. We refuse any liability for loss arising from unauthorised use. Please delete it and notify the sender immediately.
"""),

    case([], "zh", "hard negative: meeting recap whose out-of-scope item carries a CR number, a date and an interim rule",
         HAN, [HUANG], "11月10日里程兑换项目周会纪要", """
黄经理、何经理:

今天周会纪要如下:

1. 航司积分对账文件:格式已确认,11月17日起每日推送。
2. 何经理提出"单日兑换上限按持卡人等级区分":此项超出本期范围,已登记 CR-2026-052,我们11月14日前给出工作量评估和报价;上线前暂按统一上限5万里程执行。
3. 压测:11月20日晚进行,需要贵行运维值班一人。
4. 下次周会:11月17日(周一)上午10点,线上。

如有出入请指出。

韩梓轩
""", cc=[HE]),

    case([], "mixed", "hard negative: internal note with the client deliberately in Cc, his concern called reasonable, POC and joint decision",
         KEVIN, [GRACE], "Lounge POS offline mode - next steps (cc Wei Jie)", """
Grace,

我把 Wei Jie 也 cc 上了, 这样大家信息一致.

Wei Jie 上周提到的 concern 很合理: lounge 断网的时候, POS 的 offline mode 只能撑 30 分钟, 高峰期不够. 我建议我们这周先把 offline buffer 提到 4 小时做个 POC, 周五在 Changi T3 lounge 实测一次, 结果出来再跟 Wei Jie 一起决定要不要 roll out 到所有 lounge.

Wei Jie, 周五上午 10 点方便吗?

Kevin
""", cc=[WEIJIE]),

    case([], "en", "hard negative: self-directed banter ('my brain is officially fried') and praise of the client's floor team",
         TOM, [NADIA], "Parramatta cutover - we survived", """
Nadia,

Well, that was a night. My brain is officially fried: I tried to tap into the store with my Opal card at 3am. Twice.

Credit where it's due though, Marcus's floor team were brilliant. They had the old terminals boxed and labelled before we even arrived, and the first order went through at 5:58.

Two follow-ups for this week: the receipt printer on till 3 still drops the logo, and we owe Chloe the delivery-tablet handover doc. I'll take the printer if you can take the doc?

T
"""),

    case([], "zh", "hard negative: long (~700 chars) but focused PMS cut-over plan",
         XU, [ZHOU], "虹桥店PMS切换实施方案(11月29日夜)", """
周总、陆经理:

虹桥店PMS切换的实施方案整理如下,请审阅。

一、时间窗口
11月29日(周六)23:00开始,11月30日06:00前完成。选择周六夜是因为该时段入住和退房量最低,根据近三个月数据,零点以后平均只有6笔入住。

二、切换前准备(11月27日前完成)
1. 在途预订:老系统中11月30日及以后的预订共1,342笔,已在测试环境完成两次全量迁移演练,第二次核对差异为0。
2. 在住客人:切换当晚预计在住约210间,我们会在22:30导出在住清单和挂账明细,打印纸质备份交前台。
3. 门锁和电话计费接口:已与门锁厂商确认,当晚派一名工程师驻场。

三、切换步骤
1. 23:00 老系统停止接收新预订,OTA渠道临时关房;
2. 23:15至01:30 迁移在住数据和挂账,双人核对;
3. 01:30至03:00 门锁、电话计费、POS挂账接口联调;
4. 03:00至04:30 前台同事用真实房间做三组入住、换房、退房验证;
5. 05:00 OTA渠道重新开房,观察第一批订单同步情况。

四、回滚条件
如果03:30前接口联调未通过,或在住数据核对差异超过3笔,我们将回滚到老系统,OTA在05:00前恢复,客人无感知。回滚决定由周总和我共同确认。

五、需要贵方配合
1. 前台夜班请安排两位熟悉新流程的同事;
2. 工程部当晚留一人配合门锁调试;
3. 财务在11月30日上午10点前核对一遍挂账余额。

六、沟通机制
切换当晚建立临时工作群,成员包括贵方前台值班经理、工程部值班人员和我方实施组。每个步骤完成后我在群里报一次进度,出现异常时先电话通知周总,再在群里同步处理方案。11月30日上午9点,我们会和前台、财务一起开一个十五分钟的复盘会,确认挂账、门锁和OTA订单三项是否正常,之后进入为期一周的驻场支持期,每天下午发一份运行日报。驻场期间如前台遇到新流程上的疑问,可以直接找现场的实施同事,不必等到日报汇总;涉及房价和挂账的问题,我们会当天给出书面答复,避免口头约定造成误解。

切换当晚我和两位实施同事全程在店,如有疑问随时找我。

许嘉宁
""", cc=[LU]),

    case([], "zh", "hard negative: long but focused root-cause analysis of double stored-value charges ('正常情况下不会被扣两次')",
         DU, [DENG], "11月8日储值重复扣款根因分析", """
邓总您好:

关于11月8日晚部分会员储值被重复扣款的问题,根因分析如下。

一、影响范围
11月8日19:12至19:47,福田、南山两区共11家门店,有63笔储值支付被扣了两次,涉及金额合计4,870.50元。所有重复扣款已于11月9日上午原路退回会员账户,会员端可在储值明细中看到"系统冲正"记录。

二、经过
19:10左右,会员中台所在的数据库主节点发生了一次自动切换,耗时约40秒。在这段时间内,POS发出的扣款请求已经在中台执行成功,但响应没有及时返回,POS端判断为超时,于是按重试策略再次发起扣款。

三、根本原因
按设计,同一笔订单的重复扣款请求应该被中台用订单号拦截,正常情况下不会被扣两次。但这次重试请求恰好落在主备切换的窗口里,新主节点上的去重记录还没同步过来,所以第二次请求也被当成新请求执行了。这是我们在主备切换场景下的设计缺陷。

四、整改措施
1. 去重校验改为在扣款事务内同步写入,不再依赖异步复制,11月14日上线;
2. POS重试前先查询一次扣款状态,确认未成功再重试,11月21日随门店版本更新;
3. 增加"同一会员一分钟内两笔相同金额扣款"的实时告警,已于11月10日上线。

四之二、门店侧的补救
对于63位受影响的会员,门店已于11月9日逐一电话致歉,并按贵司的意见每人赠送一张二十元代金券,费用由我方承担。客服话术和常见问题说明已同步给各门店店长,如后续仍有会员来电询问,可按说明直接答复,无需再转总部。我们也会在下周一把这次事件的处理经过整理成一页纸,供贵司在区域经理例会上通报,方便各门店统一口径,对外解释保持一致。

五、后续
整改上线后,我们会在测试环境模拟主备切换做回归验证,结果报告11月24日前发您。给门店和会员带来的困扰,我们再次致歉。

杜晓峰
"""),

    case([], "en", "hard negative: long (~470 words) but focused UAT plan for the co-brand miles conversion release",
         ETHAN, [PRIYA], "UAT plan - co-brand miles conversion (v1.2)", """
Hi Priya,

Please find below the UAT plan for the co-brand miles conversion release (v1.2). Daniel, copying you for the environment items.

1. Scope
UAT covers the three flows going live on 8 December: (a) converting bank reward points to SkyPerks miles from the bank's app, (b) the nightly reconciliation file between the bank and SkyPerks, and (c) the member-facing transaction history showing converted miles. The partner-hotel accrual changes are out of scope for this round and will be tested in January.

2. Schedule
- 17-18 Nov: environment check and test data load. We'll load 500 synthetic members across all four tiers, including 40 members with frozen or closed accounts.
- 19-25 Nov: functional testing by your loyalty operations team, following the 64 scripted cases we shared on 10 Nov.
- 26-27 Nov: reconciliation testing. We'll run the nightly file for seven simulated days in compressed time, and your finance team checks the totals against the bank's figures.
- 28 Nov: defect triage and sign-off meeting.

3. Entry criteria
System testing complete with no open severity-1 or severity-2 defects; test data loaded and verified; UAT accounts issued to all named testers.

4. Exit criteria
All 64 cases executed; no open severity-1 defects; any severity-2 defects have an agreed fix date before go-live; reconciliation totals match to the mile for all seven simulated days.

5. Roles
- Your loyalty ops team (we've pencilled in four testers) execute the cases and log results in the shared tracker.
- Our QA lead, Cao Lin, triages new defects within four business hours and assigns them.
- I run a 15-minute check-in at 9:30 SGT every day of the test window.

6. Defect severity
Severity 1 means a member loses or gains miles incorrectly, or a conversion cannot be completed at all. Severity 2 covers wrong display, wrong notification text, or cases where a workaround exists. Everything else is severity 3 and can be scheduled after go-live if we all agree.

7. Risks
The main risk is the bank's test environment, which has been offline twice this month for maintenance. Daniel, could you confirm the bank's maintenance calendar for 17-28 November? If there's a clash, we'd move the reconciliation days rather than compress functional testing.

8. What we need from you
Names of the four testers by Friday 14 Nov, and a 60-minute slot on 28 Nov for sign-off with someone who can approve go-live.

9. Communication
During the test window I'll send a short daily summary by 6pm SGT covering cases executed, new defects and anything blocking your testers, so nobody has to chase status in the tracker.

Happy to walk through any of this on a call.

Ethan
""", cc=[DANIEL]),

    case([], "mixed", "hard negative: long focused weekly status report, one amber item, a decision left to the client",
         GRACE, [WEIJIE], "Weekly status - SkyPerks partner hub (Week 46)", """
Hi Wei Jie,

这周的 status 如下, overall 是 green, 只有一个 amber item.

1. Hotel partner onboarding
- 本周新上线 2 家 partner hotels (Sentosa 和 Orchard 各一家), 累计 14 家.
- Orchard 那家的 room-night accrual 有 1 笔 rounding 差异, 已经 fix, 明天 re-run.

2. Airline partner API
- Sandbox 压测完成, 峰值 600 TPS, p95 latency 240ms, 在 target 以内.
- Production 证书已经申请, 预计 19 Nov 到位.

3. Amber: reconciliation file format
- Finance team 上周要求在 daily file 里加 "partner category" 字段. 我们已经改好, 但 partner 那边的 parser 还没 update, 所以这周 file 先双格式并行.
- Mitigation: 我们每天手动 cross-check 一次, 直到 partner 确认 (他们说 21 Nov).

4. Next week
- 18 Nov: 和你们 ops team 过一遍 partner dispute 流程.
- 20 Nov: production cut-over rehearsal, 时间 22:00-01:00 SGT.
- 21 Nov: steering committee, 我会准备 5 页 slides.

5. 需要你们决定的
- Dispute 流程里, partner 投诉超过 14 天未处理, 是自动 escalate 到你们 manager 还是到我们的 support lead? 两种我们都支持, 周三前告诉我就行.

有问题随时 ping 我.

Grace
"""),

    case([], "zh", "hard negative (traditional): long but focused change-impact analysis of e-breakfast vouchers",
         LAM, [AU], "早餐券電子化變更影響分析", """
區經理:

關於貴方提出「早餐券改為電子券並與房價拆分」的變更,我們做了影響分析,供您參考。

一、涉及模組
1. 房價代碼:目前含早房價共38個,需拆成「房費」與「早餐」兩個價格項目,OTA渠道的映射需同步調整;
2. 前台入住:登記時系統自動生成電子早餐券,按入住人數發放,取代現在的紙本券;
3. 餐廳POS:新增掃碼核銷,核銷後自動記入房帳,並區分含早與另購;
4. 財務報表:早餐收入從房費中拆出,每月收入分攤口徑會改變,需要財務部確認。

二、工作量與時間
開發約22人天,測試約8人天。若12月1日開始開發,最早可於1月中旬上線。建議避開春節前的入住高峰,在1月12日至1月16日之間選一晚切換。

三、風險
1. OTA渠道的含早房型映射一旦錯配,會出現價格顯示錯誤,因此切換前需與各OTA逐一核對;
2. 電子券依賴客房Wi-Fi或手機流量,部分年長客人可能不習慣,建議保留列印紙本券的選項;
3. 財務口徑變更如果跨月,當月報表需要人工調整一次。

四、費用
按合同附件的人天單價,本次變更費用另行報價,下週一前發給您。

五、需要貴方確認
1. 財務部是否同意新的收入分攤口徑;
2. 是否保留紙本券作為備用;
3. 切換日期的偏好。

六、建議的推進步驟
1. 本週內由財務部確認收入分攤口徑,我們據此定稿需求說明;
2. 12月第一週與各OTA核對含早房型清單,確認拆分後的價格代碼;
3. 1月第一週在測試環境完成全流程驗證,並請前台和餐廳各派兩位同事參與測試;
4. 切換前三天凍結房價代碼,避免變更期間出現新的映射差異;
5. 切換當晚由我方兩位同事駐場,前台與餐廳各安排一位熟悉新流程的同事配合,次日早餐時段重點觀察掃碼核銷的速度,如排隊明顯變長,會即時啟用紙本券作為後備。

以上分析如需當面說明,我可以週四下午到酒店詳談。

林家豪
""", trad=True),

    case([], "zh", "hard negative: risky words as a product name ('拒绝内卷套餐', '不加班双人餐') in a menu-sync bug fix",
         ZHONG, [SU], "Re: 饿了么套餐名显示乱码", """
晓彤:

昨天反馈的"拒绝内卷套餐"在饿了么上显示成乱码的问题,原因找到了:套餐名里的全角引号在同步时被转义了两次。今晚十点会推修复,明早您在饿了么商家后台刷新一下就能看到正常名称。

另外,"不加班双人餐"的图片尺寸超过了平台限制,需要市场部重新出一张800×800以内的图,方便的时候发我即可。

钟磊
""", quote="""钟磊,"拒绝内卷套餐"在饿了么上名字显示乱码,客人都看不懂,麻烦看看。
晓彤"""),

    case([], "mixed", "hard negative: 'declined', 'Do not honour', '拒付' as payment response codes; client decides on the fix",
         KEVIN, [DANIEL], "Lounge POS 拒付交易分析", """
Daniel,

上周 lounge POS 的 declined transactions 我们拉了一下, 一共 214 笔, 分布如下:
- Response code 05 "Do not honour": 131 笔, 基本都是海外发卡行的风控拒绝, 不是 POS 这边的问题;
- Code 51 "Insufficient funds": 47 笔;
- Code 91 "Issuer unavailable": 36 笔, 全部集中在 11 月 8 日 02:00-02:40, 对应 acquirer 那边的 maintenance window.

建议: code 91 那段时间, POS 可以自动提示 staff 改用 offline authorisation, 我们下周可以出个小改动. 要不要做, 你们 ops 决定就好.

Kevin
"""),

    case([], "mixed", "hard negative: '按我们的经验' recommendation with the business decision explicitly left to the client",
         KEVIN, [HUIMIN], "Sydney + Singapore loyalty 是否合并", """
Hui Min,

关于 Sydney 和 Singapore 两边的 loyalty 要不要 merge 成一个 program: 按我们的经验, 先统一 points currency, 再统一 tier, 风险比较小, member 也比较容易理解.

但 business 上你们可能有 brand positioning 的考虑, 这个我们不好替你们判断, 最后还是你们 decide. 我们可以准备两个 scenario 的 cost 和 timeline 估算, 下周一前给你.

Kevin
"""),

    case([], "mixed", "hard negative: interleaved reply — client's angry lines ('seriously 有没有人在管', '很无语') are '> ' quotes; PM owns it",
         YVONNE, [HUIMIN], "Re: Sandbox 又挂了", """
Hi Hui Min,

回复在下面, 逐条回:

> 你们的 sandbox 又挂了, 这周第三次, seriously 有没有人在管??

非常抱歉, 这周确实不稳定. 原因是我们把 sandbox 跟 performance test 放在同一个 cluster, 压测一跑就把 sandbox 挤爆了. 今天已经拆开, 另外加了 monitoring, 挂掉 5 分钟内会 auto restart 并通知我本人.

> 还有 documentation 跟 API 对不上, 我们 dev 白白浪费了一整天, 很无语.

这是我们的错, v2.3 的 doc 漏更新了两个 field (booking_source 和 rate_plan_id). 更新版今晚发你, 以后每个 release 都会附 changelog.

> 下周的 go-live 还能不能如期??

可以, 目前 timeline 不受影响. 周五我发一份 readiness checklist 给你确认.

Yvonne
"""),

    case([], "zh", "hard negative: compliance '必须脱敏…无法变通' stated politely with a concrete alternative (masking script)",
         FU, [HE], "Re: 测试环境使用生产数据", """
何经理:

关于测试环境能否直接使用生产的持卡人数据:根据行里信息安全规定和PCI DSS要求,测试环境中的卡号、姓名和手机号必须脱敏,这一点我们无法变通,也请您理解。

为了不影响贵行的测试效率,我们可以提供一套脱敏脚本:卡号保留前六后四,姓名和手机号做一致性替换,同一持卡人在多张表里的映射结果一致,关联测试不受影响。脚本本周五前提交贵行安全部门审核。

付一鸣
""", quote="""付经理,为了测试真实一点,能否直接把生产的持卡人数据导入测试环境?
何佩仪"""),

    case([], "zh", "hard negative: '如果压测结果不行' (another sense) with prepared contingency plans",
         HAN, [HUANG], "周四晚压测安排", """
黄经理:

周四晚的压测安排确认如下:22:00开始,目标是每秒800笔兑换请求持续30分钟。

如果压测结果不行,比如响应时间超过2秒,我们有两个预案:一是把航司接口改成异步回调,二是临时扩容到6个节点。两个预案都已经在测试环境验证过,不会影响上线日期。

压测结束后我们当晚出简报,周五上午约您过一遍。

韩梓轩
""", ascii_punct=True),
]

CASES = POSITIVES + RAMBLES + NEGATIVES
random.Random(3030).shuffle(CASES)
