"""heldout33: blind test set of PM email drafts (cybersecurity services, cloud migration, managed IT).

Written by an independent helper from the labelling guide and the seed article only.
TEST SET - never train or tune on it. Cases are shuffled with random.Random(3333) at the end.
"""
import random

# --- our team (PMs and colleagues) ---
ZHOU = "周瀚 <zhou.han@ourteam.example.com>"            # Beijing, senior PM, blunt, colloquial
WEI = "魏东 <wei.dong@ourteam.example.com>"             # Beijing, SOC service PM, curt
MENG = "孟晓雪 <meng.xiaoxue@ourteam.example.com>"      # Beijing, junior PM, chatty
LIN = "林怡君 <lin.yijun@ourteam.example.com>"          # Taipei PM
CHEN = "陳柏宇 <chen.boyu@ourteam.example.com>"         # Taipei senior PM, formal
SONG = "宋嘉诚 <song.jiacheng@ourteam.example.com>"     # cloud migration PM
HAO = "郝建国 <hao.jianguo@ourteam.example.com>"        # veteran delivery director
TANG = "唐蕾 <tang.lei@ourteam.example.com>"            # compliance audit PM
FU = "付一鸣 <fu.yiming@ourteam.example.com>"           # junior managed-IT PM
PRIYA = "Priya Raman <priya.raman@ourteam.example.com>"  # SOC account PM
DANIEL = "Daniel Hsu <daniel.hsu@ourteam.example.com>"   # cloud PM, code-switches
MARCUS = "Marcus Oyelaran <marcus.oyelaran@ourteam.example.com>"  # pen-test / SOC service manager
HE = "贺子涵 <he.zihan@ourteam.example.com>"            # pentester
LV = "吕峰 <lv.feng@ourteam.example.com>"               # SOC lead
QI = "齐悦 <qi.yue@ourteam.example.com>"                # sales
KEVIN = "Kevin Tsai <kevin.tsai@ourteam.example.com>"    # Taipei engineer
ELENA = "Elena Petrova <elena.petrova@ourteam.example.com>"  # cloud architect

# --- client A: mid-size manufacturer ---
QIAN = "钱志远 <qian.zhiyuan@client-a.example.cn>"      # CIO
SHAO = "邵磊 <shao.lei@client-a.example.cn>"            # IT manager
JIANG = "姜雯 <jiang.wen@client-a.example.cn>"          # infosec officer
# --- client B: mid-size logistics company (Taiwan / international) ---
HUANG = "黃志明 <huang.zhiming@client-b.example.com>"   # head of IT
WU = "吳佩珊 <wu.peishan@client-b.example.com>"
GRACE = "Grace Lin <grace.lin@client-b.example.com>"
TOM = "Tom Becker <tom.becker@client-b.example.com>"     # CTO
# --- client C: city commercial bank ---
CAI = "蔡建华 <cai.jianhua@bank-c.example.cn>"          # head of technology
TENG = "滕雅 <teng.ya@bank-c.example.cn>"               # compliance
PANG = "庞博 <pang.bo@bank-c.example.cn>"               # operations

CASES = []

# =====================================================================
# POSITIVES: argue
# =====================================================================
CASES += [
dict(
    expect=["argue"], lang="zh",
    why="argue: sarcastic rhetorical challenge ('哪个扫描器…您给我指一个?') and lecturing the client to read the report first",
    sender=ZHOU, to=[SHAO], cc=[],
    subject="Re: 渗透测试报告意见",
    body="""邵工:

报告第三章一共十二个高危,每一个都附了手工验证的请求包和截图,其中ERP那条越权是我们的人熬了两个通宵挖出来的,哪个扫描器能扫出来,您给我指一个?

您受累先把报告从头到尾翻一遍,再来说“没干货”成不成?扫描器导出来的东西长什么样,我们干这行十几年比谁都清楚,用不着拿这个来给我们上课。

周瀚""",
    quote="""周经理:

报告看了,说实话没看出什么干货,感觉就是扫描器跑一遍导出来的。这个价格我们内部很难交代。

邵磊""",
    quote_from=SHAO, quote_style="gt_zh",
),
dict(
    expect=["argue"], lang="en",
    why="argue: blames the client's approval backlog and refuses to 'take the hit', confrontational",
    sender=PRIYA, to=[TOM], cc=[GRACE],
    subject="SOC alert volume - October",
    body="""Tom,

Let's be precise about whose backlog the alert noise sits in. The whitelist for your build servers went to your team on 9 September. It came up again in the September and October service reviews, both minuted. It is still unapproved.

So when your note to our CEO describes our analysts as "drowning you in junk", I'd suggest the first place to look is your own approvals queue, not our console. We're not going to take the hit for a delay that was never ours.

Priya""",
),
dict(
    expect=["argue"], lang="zh",
    why="argue: blame-shifting with 'you can check the minutes yourself' and scolding the client for escalating (Taiwanese PM writing simplified to a mainland client)",
    sender=LIN, to=[JIANG], cc=[QIAN],
    subject="关于迁移延期的说明",
    body="""姜小姐您好:

这次迁移延后,原因其实很单纯,就是贵司防火墙规则上周五才开通。这件事我们在十月份的周会上讲过不下四次,会议纪录都在共享盘里,您可以自己去翻。

老实讲,每次时程一卡住就先怪到我们头上,这样真的很不OK喔。希望之后大家在发邮件给高层之前,先把事实确认清楚。

林怡君""",
),
dict(
    expect=["argue"], lang="mixed",
    why="argue: code-switched lecture ('空的就是空的', 'double check before escalate… right?') blaming the client for the audit finding",
    sender=DANIEL, to=[JIANG], cc=[],
    subject="Re: ISO 27001 内审 finding #7",
    body="""Hi 姜雯,

Honestly 这个 finding 跟我们 consultant 主不主观没关系. 你们 Q2 和 Q3 的 access review 记录是空的, 空的就是空的, 换谁来审都一样.

Evidence list 我们 7/15 就发给你们了, 里面第 12 项写得很清楚. 麻烦下次 escalate 到钱总之前, 先自己 double check 一下, 不然大家都很尴尬, right?

Daniel""",
    quote="""Daniel,

finding #7 我们不认可,你们顾问的判断太主观了,我已经跟钱总汇报了。

姜雯""",
    quote_from=JIANG, quote_style="gt",
),
dict(
    expect=["argue"], lang="zh",
    why="argue: passive-aggressive sarcasm ('这个因果链条应该不难理解吧?', '谢谢啦~') blaming the bank's ops team",
    sender=MENG, to=[PANG], cc=[],
    subject="关于11月3日告警缺失的问题",
    body="""庞老师好,

看到您在群里问“为什么周末SIEM一条告警都没有”,我也挺好奇的,于是查了一下:贵行运维周五晚上把防火墙日志格式从syslog换成了JSON,没有通知任何人。

日志格式换了,解析规则自然对不上;对不上,自然就没有告警。这个因果链条应该不难理解吧?

所以下次要问责之前,能不能先在贵行内部对一下口径呢?谢谢啦~

孟晓雪""",
),
dict(
    expect=["argue"], lang="zh",
    why="argue: formal numbered reply that ends in a lecture ('本不该需要我们来解释', '好好学习一遍') - bureaucratic condescension",
    sender=HAO, to=[QIAN], cc=[SHAO],
    subject="回复:工单SLA超时问题",
    body="""钱总:

就您提到的三张工单,现说明如下。

一、三张工单均为P3级,提交时间分别为周五18:40、周六10:15、周日21:02。
二、合同附件三第4.2条约定,P3工单响应时限为8个工作小时,非工作时间不计入。
三、按此口径计算,三张工单均在时限内响应,不存在超时。

说句不客气的,这份合同是贵司法务逐字审过的,8个工作小时和8个小时的区别,本不该需要我们来解释。建议贵司IT部门组织相关同事把合同附件好好学习一遍,避免类似的误会一而再、再而三地发生。

郝建国
交付总监""",
    quote="""郝总:

上周我们有三张工单都超过8小时才响应,你们的托管服务到底怎么保证的?请给个说法。

钱志远""",
    quote_from=QIAN, quote_style="foxmail",
),
dict(
    expect=["argue"], lang="en",
    why="argue: throws the client's question back ('Who approved it? Your HR director did. In writing. Twice.') and scolds her for not checking",
    sender=MARCUS, to=[GRACE], cc=[],
    subject="Re: Phishing simulation complaint",
    body="""Grace,

Who approved it? Your HR director did. In writing. Twice. The sign-off sheet from 14 October is attached, with her initials on the payroll template specifically.

I'd have thought that was worth checking internally before firing off "who approved this" to our whole delivery list. It wasn't a rogue exercise, and I won't have my team painted as if it were.

Marcus""",
    quote="""Marcus, several staff were upset by the fake "payroll update" email. Who approved this?

Grace""",
    quote_from=GRACE, quote_style="outlook",
),
]

# =====================================================================
# POSITIVES: refusal
# =====================================================================
CASES += [
dict(
    expect=["refusal"], lang="zh",
    why="refusal: '冻结的意思就是不再动。这20台不会进二期' - flat no, no alternative or review date (ASCII punctuation)",
    sender=SONG, to=[SHAO], cc=[],
    subject="Re: 二期迁移能否加20台服务器",
    body="""邵工,

二期清单上周三已经冻结了,冻结的意思就是不再动. 这20台不会进二期.

宋嘉诚""",
    quote="""宋经理,

生产车间那边新上了一批MES相关的服务器,大概20台,能不能一起放到二期迁移里?

邵磊""",
    quote_from=SHAO,
),
dict(
    expect=["refusal"], lang="zh", trad=True,
    why="refusal: bureaucratic traditional-Chinese refusal ('本公司無法配合,此議題後續亦不再另行討論。特此回覆') with no buffer",
    sender=CHEN, to=[WU], cc=[],
    subject="Re: 滲透測試時段調整",
    body="""吳小姐您好:

經內部確認,正式環境於上班時段進行滲透測試一事,本公司無法配合,此議題後續亦不再另行討論。

特此回覆,敬請知悉。

陳柏宇""",
    quote="""陳經理您好:

主管希望正式環境的滲透測試改在白天上班時間做,這樣我們IT同仁可以即時觀察。麻煩您安排。

佩珊""",
    quote_from=WU, quote_style="outlook_zh",
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal: curt Beijing PM turns down on-site analyst ('这种形式我们不提供,这个项目也不会例外'), nothing offered instead",
    sender=WEI, to=[CAI], cc=[],
    subject="关于驻场分析师的事",
    body="""蔡总:

昨天例会上您提的派一名分析师常驻贵行数据中心的事,我这边直接回复您:驻场这种形式我们不提供,这个项目也不会例外。

服务就是从我们的远程SOC交付,这一点不变。

魏东""",
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal hidden in a meeting recap: item 4 rejects extending the assessment scope outright, no CR, date or alternative",
    sender=TANG, to=[TENG], cc=[CAI, FU],
    subject="等保测评启动会纪要(11月5日)",
    body="""滕老师、蔡总,各位好:

感谢大家参加今天的启动会,纪要如下,如有遗漏请随时补充。

1. 测评对象:核心业务系统、网银系统、办公网,共3个定级对象,均为三级。
2. 时间安排:11月10日至11月28日现场测评,12月5日前出具初稿。
3. 资料准备:贵行合规部牵头,11月8日前提供网络拓扑、资产清单及上一年度测评报告。
4. 贵行提出将两家村镇银行的系统一并纳入本次测评——这个本次不做,也不单独报价,请贵行不必再准备相关材料。
5. 双方联系人:我方唐蕾、付一鸣;贵行滕雅、庞博。

下次例会定于11月12日下午3点。

唐蕾""",
),
dict(
    expect=["refusal"], lang="mixed",
    why="refusal wrapped in friendliness: 'request 我们这边就 pass 啦… 没得商量哈 😄' - no alternative",
    sender=FU, to=[JIANG], cc=[],
    subject="Re: SOC dashboard 中文版",
    body="""姜老师~

Dashboard 汉化这个 request, 我们这边就 pass 啦. Platform 本来就只有英文 UI, 这块没得商量哈 😄

有别的问题随时 ping 我!

一鸣""",
    quote="""一鸣,我们管理层英文不太好,SOC 的 dashboard 能不能出一个中文版?谢谢!

姜雯""",
    quote_from=JIANG, quote_style="gt",
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal slipped into a thank-you mail: '这个咱们就不搞啦' with no buffer or alternative",
    sender=MENG, to=[SHAO], cc=[],
    subject="谢谢昨天的披萨!",
    body="""邵工好呀!

昨天加班太感谢你们请的披萨了,我们组的小伙伴都说榴莲那款绝了,下回我们请奶茶~

还有您顺口提的那个,周末顺手把车间的打印机、考勤机也一起纳进托管——这个咱们就不搞啦,托管清单里本来就没有这些嘛,嘿嘿。

周一见!

晓雪""",
),
dict(
    expect=["refusal"], lang="en",
    why="refusal: 'Short answer: no.' to a scope request, nothing offered instead",
    sender=MARCUS, to=[TOM], cc=[],
    subject="Re: Retest scope",
    body="""Tom,

Short answer: no. The retest covers the findings from the original report and nothing else.

Marcus""",
    quote="""Marcus - can we fold the new payment API into next week's retest? Same window, same price.

Thanks,
Tom""",
    quote_from=TOM,
),
]

# =====================================================================
# POSITIVES: persuade
# =====================================================================
CASES += [
dict(
    expect=["persuade"], lang="zh",
    why="persuade: Beijing colloquial pressure ('甭再琢磨了', '背锅的可是您', '过了这个村可就没这个店了') to sign our cloud deal (ASCII punctuation)",
    sender=ZHOU, to=[QIAN], cc=[],
    subject="ERP上云的事儿",
    body="""钱总:

说句掏心窝子的话,ERP留在自己机房这条路您就甭再琢磨了. 机房那几台小型机再撑两年顶天了,到时候出了事,板子一拍,背锅的可是您.

全量上云是眼下唯一靠谱的路子,别的方案都是自己给自己挖坑. 我的意思是下周三之前您就把意向书签了,我这边好锁定迁移团队,过了这个村可就没这个店了.

周瀚""",
),
dict(
    expect=["persuade"], lang="en",
    why="persuade: fear and board pressure to drop the client's in-house SIEM preference ('park it for good', 'stop relitigating it')",
    sender=PRIYA, to=[TOM], cc=[],
    subject="Keeping Splunk in-house",
    body="""Tom,

I'd really encourage you to park the in-house Splunk idea for good. Every week spent exploring it is a week your estate isn't properly watched, and if something lands in that gap your board will want to know why a turnkey service was passed over for an engineering preference.

Your engineers will come round once it's running. Let's just get the move to our platform signed on Friday and stop relitigating it.

Best,
Priya""",
),
dict(
    expect=["persuade"], lang="zh", trad=True,
    why="persuade: traditional-Chinese push to abandon the phased MFA rollout ('請不要再猶豫了,就照我們原本的排程')",
    sender=LIN, to=[HUANG], cc=[],
    subject="MFA 導入方式",
    body="""黃處您好:

關於 MFA 要分三階段導入的想法,我想還是直接跟您說:分階段看起來比較穩,其實只是把陣痛拉長而已。我們做過的客戶,沒有一家後悔一次全面上線的。

同仁會抱怨一兩週,這很正常,過了就好。這件事請不要再猶豫了,就照我們原本的排程,12 月 1 日全公司一起切換。

林怡君""",
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: veteran PM talks the bank out of a second test vendor for our benefit ('您就听我一句,今年还是我们全包')",
    sender=HAO, to=[CAI], cc=[],
    subject="回复:关于引入第二家测试机构",
    body="""蔡总:

我跟您交个底:再请一家来测,结果只会更乱。两份报告口径不一,行领导看了只会更犯嘀咕,到时候您夹在中间最难做。

我们跟贵行合作四年,系统里哪儿有坑、哪儿打过补丁,没人比我们更清楚。您就听我一句,今年还是我们全包,交叉验证这个念头先放一放,等明年再说。行领导那边要是有顾虑,我去替您说。

郝建国""",
    quote="""郝总:

行领导建议今年的渗透测试引入第二家机构做交叉验证,想听听你们的意见。

蔡建华""",
    quote_from=CAI, quote_style="outlook_zh",
),
dict(
    expect=["persuade"], lang="mixed",
    why="persuade: upsell with deadline/price pressure ('我是在救你们 lol', '别再跟老板 discuss 来 discuss 去了, 直接签')",
    sender=DANIEL, to=[SHAO], cc=[],
    subject="Managed IT plan 升级",
    body="""邵工 hi,

说实话, 你们现在 300 多人还用 Basic plan 就是在赌. 没有 24x7 on-call, 半夜 AD 挂了就只能等天亮.

我不是在 sell, 我是在救你们 lol. 这周五前 confirm 升级到 Premium 吧, 下个月 price 就调了, 到时候别说我没提醒. 别再跟老板 discuss 来 discuss 去了, 直接签.

Daniel""",
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: acknowledges the concern then dismisses it ('这个理由站不住', '已经没有再讨论的必要了') and imposes our AD design",
    sender=SONG, to=[JIANG], cc=[],
    subject="Re: 是否保留原AD域",
    body="""姜老师:

您的顾虑我理解,但说句实在的,这个理由站不住。旧域拖着不动,后面每一步都得迁就它,最后花的时间只会更多。

所以还是照我们的方案来:新建林域,分批迁移账号。这一点我觉得已经没有再讨论的必要了,请您这周跟业务部门打好招呼。

宋嘉诚""",
    quote="""宋经理:

我们还是倾向于保留现有的AD域,只做迁移不做重建,这样对业务影响最小。您看呢?

姜雯""",
    quote_from=JIANG, quote_style="gt_zh",
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: pressure via the client's own senior executive ('副行长也认同') to make ops drop their retention preference",
    sender=TANG, to=[PANG], cc=[],
    subject="日志留存周期的最终意见",
    body="""庞老师:

周二晚饭时我跟贵行分管科技的副行长聊过这件事,他也认同我们的意见,所以日志留存周期这一页,我看可以翻过去了。

在线90天、归档一年,按这个执行。运维组想要在线180天,说到底是习惯问题,不是真实需求。请您在周一变更委员会之前把团队的意见统一到90天上来,别让这件事再拖进度。

唐蕾""",
),
]

# =====================================================================
# POSITIVES: backchannel
# =====================================================================
CASES += [
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: internal mail mocking the client CIO by nickname ('钱老板', '显摆', '对牛弹琴')",
    sender=ZHOU, to=[LV], cc=[],
    subject="今天那个会",
    body="""峰子:

今儿那会你没来算是躲过一劫。钱老板全程就干一件事——显摆。拿着咱们的扫描报告翻了两页,来一句“这界面看着就不专业”,然后开始讲他十年前在学校学的防火墙,讲了四十分钟。

跟这位聊CVSS评分,那真是对牛弹琴,我后半场基本在数天花板上的格子。下周复盘会你顶上吧,我怕我憋不住。

周瀚""",
),
dict(
    expect=["backchannel"], lang="zh", trad=True,
    why="backchannel: traditional-Chinese mail to a colleague ridiculing the client's head of IT ('黃大處長', '不去電台當主持人太可惜了')",
    sender=LIN, to=[KEVIN], cc=[],
    subject="今天的群組語音",
    body="""Kevin:

你今天有看到群組嗎?那位黃大處長又在狂發語音,一則四十幾秒,一口氣連發九則,我一邊開會一邊聽,聽完全部大概只抓到一個重點:他要改週報格式。

說真的,他不去電台當主持人太可惜了。每次跟他開會都像在上他的個人講座,我們只是來當聽眾的。下週週報你幫我改一下格式就好,我實在不想再聽一輪。

怡君""",
),
dict(
    expect=["backchannel"], lang="en",
    why="backchannel: reply-all accident - mocks the client CTO ('asked what a subnet was') with him and a colleague of his still in Cc",
    sender=PRIYA, to=[ELENA], cc=[TOM, GRACE],
    subject="Re: Architecture review agenda - Thursday",
    body="""Elena - looks fine. Between us, Thursday will be Tom reading our slides back to us in a deeper voice and calling it his vision. Last time he "reviewed" the landing zone he asked what a subnet was. Bring coffee and low expectations.

P.""",
    quote="""Priya, draft agenda attached for Thursday's review with Client-B. Anything to add?

Elena""",
    quote_from=ELENA,
),
dict(
    expect=["backchannel"], lang="mixed",
    why="backchannel: mixed-language sneer at the bank's ops contact ('C行那个庞哥', sarcastic 服了, 甲方爸爸 一言难尽)",
    sender=FU, to=[HE], cc=[],
    subject="银行那边又来了",
    body="""子涵,

C行那个庞哥刚又打电话来问 "漏洞数量能不能写少一点, 不然领导看了不高兴" 🙃 我真是服了这个 level 的 security awareness, 报告是给领导看的还是给黑客看的?

这种甲方爸爸真的是一言难尽, 反正报告你照实写, 他那边我来 handle, 大不了再被他念一顿.

一鸣""",
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: disparages client A ('A公司那帮人', '又想马儿跑又想马儿不吃草') and a named client person to sales",
    sender=SONG, to=[QI], cc=[],
    subject="Re: A公司续约情况怎么样",
    body="""齐悦:

有戏是有戏,就是这家吧,典型的又想马儿跑又想马儿不吃草。预算砍了一半,需求清单翻了一倍,开会还端着大客户的架子,好像给了我们多大面子似的。

那个姜老师更绝,每次都是“我们领导说了”,领导到底说没说谁也不知道,反正锅先扣过来。你报预测的时候打个七折吧,我对这帮人不抱什么指望。

嘉诚""",
    quote="""嘉诚,A公司明年的托管续约有戏吗?我这边要报季度预测了。

齐悦""",
    quote_from=QI, quote_style="foxmail",
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel sent to the client: belittles a client staff member to her boss ('还停留在入门水平', '给她扫盲') instead of raising the issue with her",
    sender=TANG, to=[CAI], cc=[],
    subject="关于测评推进的一点想法",
    body="""蔡总您好:

私下跟您反映个情况。合规部的滕老师对等保条款的理解,说实话,还停留在入门水平,每次开会都要把基础概念重新讲一遍,三个小时的会有两个小时在给她扫盲,进度全卡在这儿。

我看她自己也未必想明白了。为了项目顺利推进,建议后续的技术评审会就不用请滕老师参加了,您看是否可以?

唐蕾""",
),
dict(
    expect=["backchannel"], lang="en",
    why="backchannel: internal vent calling the client's security team 'a travelling circus'",
    sender=MARCUS, to=[PRIYA], cc=[],
    subject="Client-B security team",
    body="""Priya,

Quick vent before the 3pm. Client-B's security team is a travelling circus. Today one of them raised a P1 because the SIEM "went quiet" - it was a Sunday and their office was closed. Another asked if we could "turn off the hackers" for the weekend. I wish I were making this up.

Half of them couldn't find the console login with a map and a torch. Anyway, see you at 3.

M""",
),
]

# =====================================================================
# POSITIVES: ramble (one actionable line buried in unrelated chatter)
# =====================================================================
CASES += [
dict(
    expect=["ramble"], lang="zh",
    why="ramble: ginkgo leaves, hotpot, school choice, football and fishing bury one line about the firewall cut-over",
    sender=ZHOU, to=[SHAO], cc=[],
    subject="周末愉快 & 一点小事",
    body="""邵工:

好些天没聊了,北京这两天可算是降温了,早上出门一看,小区门口那几棵银杏全黄了,风一吹哗啦啦往下掉,我闺女非要捡一兜回去夹书里,说要做标本,结果到家全给压碎了,哭得那叫一个惨。

上周末我们几个老同学在牛街那边吃铜锅涮肉,您要是来北京我一定带您去,那家的手切鲜羊肉是真地道,麻酱小料得自己调,我一般多放点韭菜花,再来两个烧饼,一口肉一口饼,别提多美了。吃完还溜达到陶然亭转了一圈,湖边一帮大爷在那儿唱京剧,一嗓子出来,嘿,有那味儿。

说起来我闺女明年就小升初了,这阵子家里为了择校的事儿天天开会,我媳妇儿研究政策比我研究等保条款还认真,什么多校划片、什么派位,我是真听不明白,只负责周末开车接送上各种课。您家孩子要是也到这岁数了,咱俩回头可以交流交流经验。

再一个,国安这个赛季踢得我是真没脾气了,上半场领先下半场崩,看得我血压蹭蹭往上涨,媳妇儿都不让我看直播了。不过听说明年要换教练,姑且再信他们一回。

对了,下周二晚上十点的防火墙策略切换,麻烦您那边安排一位网络的同事全程在线,有问题能随时拍板。

还有个事儿跟您念叨念叨,我最近迷上了钓鱼,上个月去怀柔水库那边蹲了一整天,就钓上来两条巴掌大的鲫鱼,回家媳妇儿说这还不够买鱼饵的钱。不过我觉得钓鱼钓的是心情,坐在水边啥也不想,比开会强多了。等开春了想去坝上草原自驾一趟,听说那边的烤全羊也是一绝,到时候看看能不能约上几个朋友一块儿。

前两天还去潘家园溜达了一圈,淘了个老式的搪瓷缸子,上面印着“为人民服务”五个红字,摊主开口要两百,我砍到八十拿下,回家泡茶正合适。我媳妇儿说我越来越像胡同里遛弯儿的大爷了,我说这叫生活情趣。

您那边最近天气怎么样?厂里年底应该挺忙的吧,注意身体。

周瀚""",
),
dict(
    expect=["ramble"], lang="zh", trad=True,
    why="ramble: typhoon, Yilan trip, bubble tea, piano and baseball bury one request to sign the SOC monthly report (traditional Chinese)",
    sender=CHEN, to=[WU], cc=[],
    subject="近況分享",
    body="""佩珊您好:

上禮拜颱風來攪局,台北整整放了兩天颱風假,我原本想說可以在家好好休息,結果家裡停電停了半天,只好跟老婆小孩點蠟燭玩大富翁,我女兒手氣好到不行,一路買到信義路,把我們全家都玩到破產,笑到不行。

颱風過後天氣終於涼一點了,我這週末帶全家去了一趟宜蘭,走了一段林美石磐步道,瀑布水量超大,很壯觀。中午在羅東夜市附近吃了卜肉和三星蔥餅,晚上泡了礁溪的溫泉,整個人都放鬆了。您如果還沒去過,真的很推薦,不過記得避開連假,不然雪隧會塞到懷疑人生。

說到吃,最近公司樓下開了一家新的手搖飲,主打黑糖珍珠鮮奶,我們整個部門每天下午都在團購,我已經連續喝了八天,體重計很誠實地往上跳了兩公斤,老婆規定我下週開始只能喝無糖綠茶。

我女兒最近開始學鋼琴,每天晚上練《給愛麗絲》,練到我做夢都在哼那段旋律。老師說她手指很有力,可是耐心不夠,彈到一半就想去看卡通,跟我小時候一模一樣。

另外,十月份 SOC 月報的附件麻煩您在週五前幫忙簽核回傳。

最近還迷上了看棒球,中信兄弟的比賽幾乎場場都追,上週還特地跑去新莊球場現場加油,現場氣氛真的跟看轉播完全不一樣,應援曲唱到喉嚨都啞了。下次有機會可以一起去看,我請您吃球場的大腸包小腸。

上個月公司辦了員工旅遊,去了一趟花蓮,搭太魯閣號沿著海岸線一路往南,窗外就是太平洋,藍得不像話。我們在七星潭看日出,四點多就被叫起床,大家邊打瞌睡邊等太陽,結果那天雲太厚,只看到一片灰濛濛的天,同事們笑說這是最貴的一場早起。回程買了好幾盒麻糬和剝皮辣椒,辦公室到現在還有人在吃。我老婆最近迷上了烘焙,每個週末都在家烤戚風蛋糕,前三次都塌掉,第四次終於成功,全家感動到拍照留念。

天氣變化大,請多保重身體。

陳柏宇""",
),
dict(
    expect=["ramble"], lang="en",
    why="ramble: half marathon, cooking class, book club and a sock-stealing beagle bury the request for VPN credentials",
    sender=PRIYA, to=[GRACE], cc=[],
    subject="Catching up",
    body="""Hi Grace,

I hope you had a lovely weekend! Mine was a bit of a whirlwind. I finally ran my first half marathon on Sunday - the riverside route, which sounds scenic until you realise it's eleven kilometres out into a headwind and eleven kilometres back with your legs already complaining. I finished in two hours and six minutes, which my running club assures me is "respectable", and I am choosing to believe them. My calves, on the other hand, are filing a formal complaint.

On Saturday I tried a Sichuan cooking class with my sister. We made mapo tofu, dry-fried green beans and a cucumber salad that was supposed to be "mildly spicy". The instructor's definition of mild and mine are clearly not the same. My sister cried a little, which she will deny if you ever meet her. The mapo tofu was actually excellent though, and I've now bought a bag of Sichuan peppercorns that will probably last me a decade.

Our book club is reading a doorstop of a historical novel this month, set in a Venetian glassworks in the 1600s. I'm about halfway through. There's a lot of detail about furnace temperatures and not nearly enough about the murder that was promised on the back cover, but I've been told it picks up. If you're looking for something lighter, I'd recommend the detective series I mentioned on our call last month - I tore through the third one on the train.

Biscuit, our beagle, has developed a new hobby of stealing one sock from every pair and burying it in the garden. We've found eleven so far. The vet says it's boredom, so we've bought him a puzzle feeder, which he solved in about four minutes before looking at me as if to ask whether that was the best I could do.

Also, we need the VPN credentials for the pen-test jump box by Thursday.

Otherwise everything is ticking along, although our office air conditioning has decided that November is the perfect time to blast cold air all day, so half the team is working in scarves. Someone brought in a small heater and it has become the most popular desk on the floor.

I'm thinking about a trip to Lisbon in the spring - have you been? I'd love recommendations for neighbourhoods, bakeries, anything really. I've heard the custard tarts alone are worth the flight, and I'm more than willing to test that claim thoroughly.

Anyway, I hope things are calmer on your side and that the office move went smoothly. Let's grab a coffee next time I'm in town.

Warm regards,
Priya""",
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble: TV drama, gym, sick cat, blind date and cake bury one request for the missing backup-drill record",
    sender=MENG, to=[TENG], cc=[],
    subject="滕老师好~顺便说个材料的事",
    body="""滕老师好呀~

好久没跟您聊天了!上次在贵行开会听您说在追那部古装剧,我回家也追起来了,一口气看了二十集,现在每天晚上不看两集睡不着,男主角那个演技真的绝了,就是编剧有点拖,一个误会能拖八集,急死人。您追到哪儿了?千万别给我剧透哈。

最近我还报了个健身房的私教课,教练特别严格,第一节课就让我做了一百个深蹲,第二天下楼梯腿都是抖的,同事看我走路姿势都笑我。不过坚持了一个月,体脂降了两个点,还挺有成就感的。教练说年底前让我能做标准的引体向上,我觉得这比通过等保测评还难。

家里的猫上周有点拉肚子,带去宠物医院又是抽血又是拍片,花了小一千,最后医生说就是吃多了,让饿它一顿。我当时真是又好气又好笑,这猫平时偷吃我的零食,现在倒好,把自己吃进医院了。它现在还在减肥期,每天冲我喵喵叫,可怜巴巴的,我都快心软了。

对了,测评材料清单里的“数据备份与恢复演练记录”还差一份,麻烦周四前补交一下。

说到周末,我妈又给我安排了相亲,对方是做金融的,听说也在贵行附近上班,说不定您还认识呢哈哈。见了一面,人挺礼貌的,就是聊天三句不离基金和理财,我听得一愣一愣的,感觉像在听路演。我妈问我感觉怎么样,我只能说再看看。

另外最近发现贵行楼下那家烘焙店出了新款的栗子蛋糕,下次去开会我给您带一块,超级好吃,甜而不腻。

上周末我还去参加了一个陶艺体验课,本来想捏一个咖啡杯,结果拉坯的时候手一抖,杯子变成了一个歪歪扭扭的小碗,老师安慰我说这叫“侘寂风”。烧出来以后我拿它装猫粮,猫倒是一点也不嫌弃,吃得可香了。还有我们办公室新来的实习生特别会做手账,每天午休都在那儿贴贴画画,我也跟着买了一堆胶带,结果到现在一页都没写。

好啦,不打扰您工作啦,有空一起喝咖啡~

晓雪""",
),
dict(
    expect=["ramble"], lang="mixed",
    why="ramble: code-switched Japan travelogue (ramen, camera lens, coffee, snacks) buries the new cut-over date",
    sender=DANIEL, to=[JIANG], cc=[],
    subject="Back from Japan + quick update",
    body="""Hi 姜雯,

刚从 Japan 回来, 这次去了 Osaka 和 Kyoto 一共十天, 真的是 recharge 了. 第一天到 Osaka 就直奔道顿堀, 那个 takoyaki 一口下去烫到舌头, 但是 worth it. 晚上去了一家只有八个座位的 ramen 店, 排队排了 forty minutes, 老板是个七十多岁的老爷爷, 一个人煮面、收钱、擦桌子, 汤头是 pork bone 熬了十几个小时的, 我到现在还在想那个味道.

Kyoto 那几天天气超好, 红叶刚开始变色. 我早上六点就爬起来去伏见稻荷, 想避开人潮, 结果发现大家都是这么想的 haha. 不过清晨的鸟居真的很美, 拍了好几百张. 说到拍照, 我这次买了一颗新的 35mm lens, 在二手相机店淘到的, 比国内便宜快一半, 老板还送了我一个 lens cap. 回来之后每天晚上都在修图, 我老婆说我比上班还认真.

还有, 我在岚山那边喝到一杯超厉害的 pour-over coffee, 豆子是店主自己烘的, 有一点 berry 的酸味, 我买了两包带回来, 现在每天早上用 V60 冲, 办公室的同事闻到都跑来讨一杯. 如果你也喜欢咖啡, 下次 meeting 我带过去给你们尝尝.

Btw, migration cutover 改到 11/22 凌晨 2 点, 麻烦通知一下你们 business 那边.

回程的时候 flight delay 了三个小时, 在关西机场把所有的 snack 店都逛遍了, 买了一堆抹茶 KitKat 和白色恋人, 行李箱差点关不上. 我儿子看到那些零食开心得跳起来, 说下次也要跟着去. 我想明年春天樱花季再去一次, 这次带全家, 顺便去一下奈良喂小鹿. 听说奈良的鹿会鞠躬, 你鞠一个它回一个, 我儿子已经在家对着镜子练习了, 说要跟鹿比赛谁鞠得比较标准.

对了, 上次你说你们公司楼下新开了一家 bakery, 有机会也带我去试试, 我最近对可颂有点着迷, 每个周末都在找新的店.

Anyway, 有空一起 lunch, 给你看照片!

Daniel""",
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble: veteran PM reminisces (calligraphy, fishing, tea, porcelain, son) and buries the contract-return deadline",
    sender=HAO, to=[CAI], cc=[],
    subject="蔡总近好",
    body="""建华兄:

见字如面。一晃咱们认识也快十年了,还记得当年贵行第一次做等保测评,咱俩在机房里蹲到半夜,吃的是楼下的盒饭,您那会儿还没当总经理,头发也比现在多(玩笑话,勿怪)。现在想想,那几年真是累并快乐着。

最近我开始学书法,每天早上五点半起来临帖,先从颜真卿的《多宝塔》入手,写了两个月,老师说我的横还是太飘,没有骨力。我倒觉得练字跟做项目一个道理,急不得,一笔一画都得踏实。上周写了一幅“宁静致远”,裱好了挂在办公室,来的人都说好,我知道是客气话,但心里还是美滋滋的。

周末偶尔也去郊区钓鱼,跟几个老朋友一坐就是一整天,鱼不一定钓得到,但话匣子一打开,天南海北什么都聊。前两天钓到一条三斤多的草鱼,回家红烧了,老伴儿说比饭店做的还香。

年纪大了,开始讲究养生,戒了烟,酒也少喝了,每天晚上泡脚,喝点普洱。朋友送了一饼2008年的老班章,滋味醇厚,回甘很长,改天您来公司,我泡给您尝尝。您平时应酬多,也要注意身体,别总熬夜。

顺便提一句,续签的合同贵行盖章版请在本月底前寄回。

前阵子我去了趟景德镇,淘了两只手绘的青花杯子,画的是山水,笔触很灵动。卖杯子的老师傅跟我聊了一下午,说现在年轻人愿意学手艺的少了,听着也挺感慨。我想这行当跟咱们搞技术的其实也差不多,都得有人愿意沉下心来钻研。

孩子今年研究生毕业,留在深圳一家公司做芯片设计,工作挺忙,一个月也打不了几回电话。老伴儿总念叨,我说孩子有出息就好,随他去吧。

前些日子还跟几位老同事去爬了一趟香山,红叶正好,满山层林尽染。年轻时一口气就上去了,如今走走停停,歇了好几回,到山顶已是气喘吁吁。下山路上在一家农家院吃了柴鸡炖蘑菇和贴饼子,几个人聊起当年一起加班写代码的日子,都笑说那会儿哪懂什么养生,一箱方便面就能熬一个通宵。

天气转凉,多保重。

郝建国""",
),
dict(
    expect=["ramble"], lang="en",
    why="ramble: wedding in Lagos, jollof rivalry, golf, jazz and cricket bury the request for the admin-account list",
    sender=MARCUS, to=[PANG], cc=[],
    subject="Greetings from Lagos",
    body="""Hi Pang Bo,

Greetings from Lagos! I'm back home for two weeks for my cousin's wedding, and it has been every bit as loud, colourful and exhausting as I expected. Nigerian weddings are not small affairs - we had about six hundred guests, three outfit changes for the bride, and a band that played until nearly three in the morning. My aunties insisted I dance at every opportunity, and I now have blisters in places I didn't know could blister.

The food, of course, was the highlight. There's a long-running family argument about whose jollof rice is best, and at this wedding two of my aunties cooked competing pots. I was asked, in front of everyone, to pick a winner. I said they were both perfect, which pleased nobody, and I've been getting pointed looks ever since.

Before the wedding I managed to squeeze in a round of golf with my old school friends at a course just outside the city. I shot a hundred and four, which is honestly an improvement, though I lost three balls on one hole to a pond that I'm convinced moves between visits. One of my friends, who claims to play off a handicap of twelve, spent the entire back nine explaining his swing theory to me, then sliced his drive on eighteen into the car park.

We also went to a small jazz club in Ikoyi on Friday night. The saxophonist was extraordinary - a young woman who couldn't have been more than twenty-five, playing with the kind of confidence you usually only see in musicians twice her age. I bought her CD, which probably makes me the last person on earth to buy a CD.

The cricket season back in England has finished, which I'm grateful for, because my team collapsed spectacularly in the last three matches and I no longer have to pretend I'm not following it.

One thing before I forget: please send me the list of privileged admin accounts for the quarterly access review by next Wednesday.

The weather here is hot and sticky, about thirty-two degrees every day, and I have already given up on wearing anything with long sleeves. I'm honestly not looking forward to November in Shanghai when I fly back, though I hear the hairy crabs are in season, so maybe I'll survive.

Hope all's well with you and the team. Give my regards to everyone in the operations room.

Best wishes,
Marcus""",
),
]

# =====================================================================
# POSITIVES: two labels
# =====================================================================
CASES += [
dict(
    expect=["argue", "refusal"], lang="zh",
    why="argue + refusal: sarcastic 'which clause says that?', blames the client's three-month delay, then a flat '没门儿'",
    sender=HAO, to=[SHAO], cc=[],
    subject="回复:漏洞复测能否免费",
    body="""邵工:

免费复测?麻烦您指一下合同哪一条写了这个。

报告是8月交的,贵司拖到11月才修,三个月里我们的人催了多少回,您心里应该有数。现在倒想让我们白跑一趟,这个账怎么算都算不过来。

复测这事,没门儿。

郝建国""",
    quote="""郝总,

我们的漏洞修复拖了一段时间,现在基本修完了,想请你们免费再复测一次,麻烦安排。

邵磊""",
    quote_from=SHAO, quote_style="outlook_zh",
),
dict(
    expect=["refusal", "persuade"], lang="en",
    why="refusal + persuade: 'off the table' with no alternative, then pushes the client to drop the idea and bring their people on board",
    sender=PRIYA, to=[PANG], cc=[],
    subject="Legacy VPN during cutover",
    body="""Pang Bo,

Keeping the legacy VPN running alongside the new ZTNA gateway is off the table.

And frankly, I'd encourage your team to stop treating it as a safety net. It's a liability with a login page, and your management will thank you for letting it go. I'd rather not spend another meeting on it; please make sure your people are on board by the 20th.

Priya""",
),
dict(
    expect=["persuade", "ramble"], lang="zh",
    why="persuade + ramble: golf, Chaoshan hotpot, a science fair and tea bury one line pressuring the CIO to drop the multi-cloud idea by Friday",
    sender=SONG, to=[QIAN], cc=[],
    subject="钱总好,近况汇报",
    body="""钱总好:

上周在深圳出差,没赶上您组织的那场高尔夫,实在遗憾。听邵工说您那天打出了个小鸟球,全场掌声,回头一定让我见识见识。我自己的球技您是知道的,上次在观澜湖,十八洞打了一百一十多杆,球童都替我着急。

这次深圳待了五天,每天都在跑客户,晚上唯一的消遣就是去吃潮汕牛肉火锅,吊龙、匙柄、五花趾各来一盘,蘸点沙茶酱,一顿下来浑身舒坦。有一家老字号门口天天排长队,老板说牛是当天早上从屠宰场拉过来的,四个小时之内必须卖完,我连去了三个晚上,服务员都认识我了。

回来以后家里小朋友参加学校的科技节,做了一个会自己浇花的小装置,用了一块单片机和一个湿度传感器,我这个搞IT的爸爸被拉去当技术顾问,周末两天全耗在那儿焊电路板,最后拿了个二等奖,孩子高兴得不行,我手上倒是被烙铁烫了两个泡。

最近还在备战明年春天的半程马拉松,每周跑三次,每次十公里,膝盖有点抗议,医生让我买双好点的跑鞋,一看价格,比我想象的贵不少。

对了,多云那事儿您就别再纠结了,全量上我们推荐的那家,另外几家都是坑,真用起来有您后悔的。这周五前就拍板吧,拖过这周春节前肯定排不上。

上周末还陪爱人去看了一场话剧,讲的是一家老茶馆几十年的变迁,演员功底很扎实,台词一句一句都听得进去,散场后我们俩在剧院门口的小馆子吃了碗炸酱面,聊了一路,好久没有这么悠闲过了。另外我最近开始在阳台上种花,买了几盆三角梅和茉莉,每天早上浇水,看着一点点冒新芽,心情也跟着好起来。

说到喝茶,前阵子朋友从武夷山带了点岩茶,大红袍和肉桂各一罐,我这种喝惯了绿茶的人一开始还不太习惯,现在越喝越有味道。改天去您那儿,带一罐给您尝尝,顺便听您讲讲那记小鸟球。

天冷了,您多保重。

宋嘉诚""",
),
dict(
    expect=["ramble", "backchannel"], lang="zh",
    why="ramble + backchannel: concert, hotpot and cat chatter plus mocking three client people (荧光绿冲锋衣, '原则上没问题' counter) bury the IP-whitelist reminder",
    sender=MENG, to=[HE], cc=[],
    subject="周四的事 + 闲聊",
    body="""子涵:

周末去看了那场演唱会,太值了!内场第十排,主唱唱到那首老歌的时候全场大合唱,我嗓子都喊哑了,今天说话还是公鸭嗓。散场出来打不着车,跟朋友走了四公里才找到一家还开门的烧烤,羊肉串加烤馒头片,吃完已经凌晨一点多了。

周一又去了那家新开的重庆火锅,牛油锅底是真够味,毛肚七上八下刚刚好,就是辣得我第二天胃疼了一整天,发誓再也不吃特辣了,估计下周又忍不住。

说到这个,今天A公司那个会你没去可惜了。钱总又穿着那件荧光绿的冲锋衣来的,配上他那句“我们当年搞网络的时候”,我差点没憋住笑出声。四十分钟的会他一个人讲了三十分钟,讲的全是他二十年前怎么拉网线。邵工更绝,口头禅“原则上没问题”一个会说了不下二十遍,原则上没问题,实际上全是问题,我都想给他做个计数器。还有那个姜老师,问三遍都记不住我们SOC的值班电话,一有事就直接打我私人手机,半夜十一点都打。

周四复测之前记得让他们把我们的出口IP加白。

我家猫最近学会开柜门了,把我囤的猫条全翻出来啃了一地,视频我发你了,你看它那个理直气壮的样子,简直是个小土匪。我妈说再这么惯着它,它以后要骑到我头上。

还有下个月团建,行政说在纠结去怀柔还是去古北水镇,我投了古北水镇,晚上能泡温泉看长城夜景,你要不也去投一票,少数服从多数嘛。

对了,上周我还去报了个周末的咖啡拉花课,老师一节课教我们拉爱心,我拉了十几杯,全是一坨白泡泡,老师说我手腕太紧张,要像谈恋爱一样放松。最后一杯终于拉出个像样的心形,我拍了二十张照片发朋友圈,我妈还以为我要辞职开咖啡店。下回你来我家,我给你露一手,不好看也得夸。

好了不说了,我去开下一个会了。

晓雪""",
),
dict(
    expect=["backchannel", "argue"], lang="mixed",
    why="backchannel + argue: reply-all accident mocking client B's policy with the client in Cc, then lecturing her to stop cc'ing the CEO",
    sender=DANIEL, to=[KEVIN], cc=[GRACE],
    subject="Re: Client-B RDP incident",
    body="""lol 他们那份 "security policy" 应该是 2015 年从网上抄的吧, 连 RDP 要不要关都写不清楚.

Grace, since you're on this thread anyway: 3389 对外开放是你们自己 infra team 在 10/3 开的, change ticket 上是你们同事的名字. 我们 onboarding 报告第 4 页就标红提醒过了. 麻烦不要再每张 ticket 都 cc 你们 CEO, 搞得好像是我们的错一样, 事实很清楚.

Daniel""",
    quote="""Daniel, Client-B 又把 incident 的锅甩给我们了, 说是我们 onboarding 的时候留的 RDP.

Kevin""",
    quote_from=KEVIN, quote_style="gt",
),
]

# =====================================================================
# HARD NEGATIVES (expect = [])
# =====================================================================
CASES += [
dict(
    expect=[], lang="zh",
    why="hard negative: bureaucratic '暂不纳入本期范围' with CR number, review date, reply date and a free interim pre-assessment",
    sender=TANG, to=[TENG], cc=[CAI],
    subject="回复:测评范围增加村镇银行",
    body="""滕老师您好:

收到,感谢及时同步行领导的想法。

两家村镇银行的系统目前暂不纳入本期测评范围,原因是现场测评人员和时间窗口都已按三个定级对象排定,直接追加会影响现有对象的测评质量。我们已将此事登记为变更申请 CR-2026-117,将在11月14日的项目变更评审会上评估所需人天和报价,并于11月17日前给您书面答复。

在此之前,如果行领导希望先了解村镇银行的大致情况,我们可以安排一名测评师于下周二做半天的差距预评估,不额外收费,供领导决策参考。

唐蕾""",
    quote="""唐经理:

领导希望把两家村镇银行也纳入这次等保测评,时间不变,麻烦确认。

滕雅""",
    quote_from=TENG, quote_style="gt_zh",
),
dict(
    expect=[], lang="en",
    why="hard negative: 'I can't promise … by Nov 15' followed by two concrete options and an offer of an interim letter",
    sender=MARCUS, to=[TOM], cc=[GRACE],
    subject="External pentest by Nov 15",
    body="""Hi Tom,

I can't promise the full external test report by Nov 15 without cutting corners your auditors would notice. Here's what I can do instead:

Option A - the internet-facing web applications (the scope your auditors flagged as priority) tested and reported by Nov 15, the remaining network perimeter by Nov 29.
Option B - full scope by Nov 22 if we add a second tester from Monday; that adds four tester-days, quoted at the rate in the current SOW.

Let me know which works better, or whether your auditors would accept an interim engagement letter for the 15th - I'm happy to draft one today.

Best,
Marcus""",
),
dict(
    expect=[], lang="zh", trad=True,
    why="hard negative: discount beyond the PM's authority handed to the sales director with a reply date (traditional Chinese)",
    sender=LIN, to=[HUANG], cc=[],
    subject="Re: 明年合約折扣",
    body="""黃處您好:

謝謝您直接告訴我預算的狀況,這點我完全理解。

15% 的折扣超出我個人能核准的範圍,我不想隨便答應您之後又做不到。我已經把您的需求連同貴司過去兩年的服務紀錄整理好,轉給我們的業務總監 Helen Zhao,她會在下週三前親自跟您聯絡,討論折扣或是調整服務組合的可能性。

有任何進度我也會同步告訴您。

林怡君""",
    quote="""怡君:

明年 SOC 服務續約,我們希望能有 15% 的折扣,預算這邊真的很緊,麻煩幫忙爭取。

黃志明""",
    quote_from=HUANG, quote_style="foxmail",
),
dict(
    expect=[], lang="zh",
    why="hard negative: negation '并不是做不了' with two concrete options and the choice left to the client",
    sender=SONG, to=[SHAO], cc=[],
    subject="Re: 能否周末一次性迁完所有系统",
    body="""邵工:

并不是做不了,而是一次迁40个系统的风险需要老板心里有数:一旦其中某个系统回退,整个周末的窗口都会被拖住,周一业务恢复的时间就不好保证了。

给您两个方案参考:
1. 本周末迁非核心的28个,下周末迁剩余12个核心系统,每批都有完整的回退预案;
2. 如果老板坚持一次迁完,我们需要增加4名工程师、把窗口延长到周一早上6点,我明天上午给您出一份人员和费用的明细。

您跟老板商量后告诉我选哪个,两种我们都能配合。

宋嘉诚""",
    quote="""宋经理,

老板问能不能这个周末一口气把剩下的40个系统全迁完,省得拖到年底。

邵磊""",
    quote_from=SHAO, quote_style="gt_zh",
),
dict(
    expect=[], lang="en",
    why="hard negative: 'I'm not saying no' with a discovery step, a proposal date and a realistic onboarding month",
    sender=PRIYA, to=[GRACE], cc=[],
    subject="Re: Adding OT network to SOC monitoring",
    body="""Hi Grace,

I'm not saying no - I just don't want to say yes before we know what's on that network. OT gear often can't tolerate the same log collection we use on IT systems, and a badly tuned collector can knock a PLC offline.

I've asked Elena to run a one-day discovery next week (she'll contact you about site access), and I'll send you a proposal with scope, timeline and cost by 21 November. If it checks out, December onboarding is realistic.

Best,
Priya""",
    quote="""Priya, could we add the warehouse OT network to SOC monitoring from next month?

Grace""",
    quote_from=GRACE, quote_style="outlook",
),
dict(
    expect=[], lang="zh",
    why="hard negative: '几乎是个不可能完成的任务' used as praise for the client's network team",
    sender=ZHOU, to=[SHAO], cc=[QIAN],
    subject="感谢周六夜间切换的支持",
    body="""邵工、钱总:

周六夜里的核心交换机切换顺利完成,特此向贵司网络组的各位道个谢。

说实话,三个小时窗口里要切完两台核心、十四台接入,还得留出回退时间,我们内部开始都觉得这几乎是个不可能完成的任务。能按时收工,全靠邵工提前把每个端口的标签都核对了一遍,现场几乎没有一次插错线。

切换后的监控数据我整理在附件里,目前所有VLAN流量正常。周三例会上我再简单过一下遗留的两个小问题。

周瀚""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: risky words as technical terms (默认拒绝, 拒绝服务攻击, 服务端必须接受TLS 1.2, 握手被拒绝)",
    sender=FU, to=[JIANG], cc=[],
    subject="WAF策略调整说明",
    body="""姜老师好:

根据上周的讨论,WAF策略调整如下,请您审阅:

1. 入站访问改为“默认拒绝”(deny all),只放行清单中的12个业务端口;
2. 对登录接口启用速率限制,单IP每分钟超过60次请求即返回429,以缓解撞库和拒绝服务攻击;
3. 服务端必须接受TLS 1.2及以上版本,TLS 1.0/1.1的握手将被直接拒绝,不影响现有浏览器;
4. 旧版供应商接口暂时保留白名单,待对方升级后再收紧。

如无异议,我们计划11月13日晚10点生效,生效后30分钟内观察拒绝日志,有误拦截会立即回滚。

付一鸣""",
),
dict(
    expect=[], lang="en",
    why="hard negative: incident instructions with 'You must rotate', 'Kill any active sessions', 'brute-force', 'hard stop' as technical terms",
    sender=MARCUS, to=[PANG], cc=[],
    subject="Action needed: exposed service account key",
    body="""Hi Pang Bo,

During last night's monitoring we saw a service-account key for the payments batch job being used from an unfamiliar IP range, together with a burst of brute-force attempts against the jump host.

Recommended steps, in order:
1. You must rotate the svc-batch key before the 02:00 batch run; the old key should be treated as compromised.
2. Kill any active sessions on jump-01 that don't map to a change ticket.
3. Keep the geo-block we applied at 23:40 in place until the rotation is confirmed - it's a hard stop on the source range, not a general restriction.

Our analyst Lv Feng is on the bridge line until 06:00 if your team wants to walk through it together.

Marcus""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: angry client ('到底行不行?', '混日子') only in the quote; the PM apologises, owns the cause and offers a meeting",
    sender=MENG, to=[PANG], cc=[LV],
    subject="Re: SOC漏报问题",
    body="""庞老师您好:

非常抱歉给您和团队带来的困扰,这三次漏报我们已经逐条复盘:

- 11月2日、11月4日两次,是新上线的堡垒机日志未接入采集器,接入申请在我们这边卡了一周,责任在我方;
- 11月6日一次,是关联规则阈值设置过高,已于今天上午调整。

接下来我们会做三件事:今天内完成堡垒机日志接入;本周五前对全部规则做一次阈值复核;下周起每周一给您发一份接入覆盖率报告。

周四下午我想当面跟您过一遍复盘细节,您看2点或4点哪个时间方便?

孟晓雪""",
    quote="""孟经理:

你们到底行不行?一周漏报三次,我看你们SOC就是在混日子!再这样下去合同别续了。

庞博""",
    quote_from=PANG, quote_style="gt_zh",
),
dict(
    expect=[], lang="en",
    why="hard negative: 'unacceptable … your analysts are clueless' only in the Outlook quote; PM agrees, explains and fixes",
    sender=PRIYA, to=[TOM], cc=[GRACE],
    subject="RE: Ransomware alert last Friday",
    body="""Tom,

You're right to be angry about the 50 minutes, and I'm sorry. That's well outside the 15-minute notification target in our SLA.

What happened: the alert was correctly triaged as critical at 21:12, but the on-call escalation list still had your former IT manager's number as first contact. Our analyst spent 35 minutes trying that number before moving to the second contact. We should have caught the outdated list at the quarterly review; we didn't.

Fixes already in place: contacts verified with Grace this morning, and the runbook now escalates to the next contact after 5 minutes without an answer. I'll send the full timeline by end of day, and I'd welcome 20 minutes with you tomorrow to go through it.

Priya""",
    quote="""Priya,

This is absolutely unacceptable. Your analysts are clueless - it took them 50 minutes to call us about a ransomware alert. Fifty. I want an explanation today.

Tom""",
    quote_from=TOM, quote_style="outlook",
),
dict(
    expect=[], lang="zh",
    why="hard negative: client slang (又双叒叕, 无语, 呵呵, 到底行不行) only in the Foxmail quote; PM reply is a calm root cause and plan",
    sender=SONG, to=[JIANG], cc=[],
    subject="回复:VPN又断了",
    body="""姜老师:

抱歉,这周确实断得太频繁了,影响了大家办公。

初步排查结果:新云上的VPN网关在每天18:00前后做证书自动续期时会短暂重启,而高可用的备机因为同一个配置问题也在同一时刻续期,导致两台同时掉线,这是我们在配置时的疏漏。

今晚我们会把两台网关的续期时间错开6小时,并在明天上午10点前给您发一份完整的故障说明。在修复确认之前,我们的值班工程师会在每天17:45到18:30守在监控前,一有中断立即手工切换。

宋嘉诚""",
    quote="""宋经理:

VPN又双叒叕断了!!!这周第四次了,我都无语了,到底行不行啊?呵呵,你们的“高可用”架构可真是高。

姜雯""",
    quote_from=JIANG, quote_style="foxmail",
),
dict(
    expect=[], lang="zh",
    why="hard negative: constructive internal discussion of the CIO's anxiety ('他的担心有道理'), plan to meet him face to face",
    sender=ZHOU, to=[LV], cc=[],
    subject="钱总对切换停机时间的担心",
    body="""峰子:

今天跟钱总通电话,他对下周的数据中心切换很焦虑,主要担心两点:一是停机超过4小时会影响车间排产,二是出了问题我们能不能及时回退。

说实话他的担心有道理,我们之前给的方案里回退步骤写得太简略了。我想明天上午咱俩把回退预案细化到每一步的负责人和时间点,下午三点一起去他办公室当面过一遍,让他心里有底。

你看上午10点行不?

周瀚""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: colleague banter - '服了' and '神仙操作' as praise, '我这脑子' aimed at herself; client mentioned neutrally",
    sender=MENG, to=[LV], cc=[HE],
    subject="Re: 凌晨3点那个告警",
    body="""峰哥,你这凌晨三点从一堆日志里把个挖矿容器揪出来,我是真服了,神仙操作!

说起来我这脑子也是没救了,昨晚值班表把你排成了休息,结果你还是自己爬起来看告警……下周我请全组喝咖啡赔罪。

庞博那边回复说今天下午清理完,我会跟进确认,顺便问一下他们的镜像仓库要不要加个扫描。

晓雪""",
    quote="""晓雪,凌晨那个挖矿告警查清楚了,是C行测试环境里有人拿旧镜像起了个容器,里面带了矿机。已经通知庞博他们清理了。

吕峰""",
    quote_from=LV,
),
dict(
    expect=[], lang="en",
    why="hard negative: firm-but-polite SLA facts with an offer to reclassify the priority; no blame",
    sender=MARCUS, to=[GRACE], cc=[],
    subject="Re: Ticket #4471 response time",
    body="""Hi Grace,

I've checked #4471. It was logged as P2 at 09:42 on Tuesday; our first response was at 12:51, so 3 hours 9 minutes. The P2 target in Schedule B is 4 business hours, so it was within SLA.

That said, I understand it felt slow from your side, especially as the issue was blocking the finance team. If you think this type of issue should be a P1, we can reclassify it in the priority matrix - let me know and I'll bring a proposal to the next service review.

Timeline attached.

Marcus""",
    quote="""Marcus, ticket #4471 took forever to get a response. Can you check?

Grace""",
    quote_from=GRACE, quote_style="gt",
),
dict(
    expect=[], lang="zh",
    why="hard negative: recommendation '按我们的经验…更稳妥' with both options described and the decision left to the client",
    sender=SONG, to=[QIAN], cc=[SHAO],
    subject="混合云方案对比",
    body="""钱总您好:

上周您提到在两套混合云方案之间犹豫,我们把对比整理如下:

方案A:核心ERP留在本地机房,其余系统上公有云。改造小、风险低,但机房还要继续维护三年左右。
方案B:全部系统上云,本地只留备份。一次性投入高一些,长期运维成本更低,但对迁移期间的业务配合要求更高。

按我们的经验,像贵司这种规模的制造企业,方案A更稳妥一些;不过如果贵司明年确实有机房搬迁的计划,方案B也完全说得通。两个方案我们都能实施,最终还是由贵司根据业务节奏来定。

如需要,我可以周四过来跟您和邵工一起再过一遍。

宋嘉诚""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: plain weekly report; the only risky phrases are a motto ('没有做不到的') and a disclaimer in the signature",
    sender=FU, to=[SHAO], cc=[],
    subject="本周托管服务周报",
    body="""邵工好:

本周托管服务情况如下:

1. 工单:共处理37张,其中P2级3张,均在SLA内关闭;
2. 补丁:Windows服务器11月补丁已在测试组安装完毕,计划周六晚上推送到生产;
3. 备份:全部任务成功,周三完成了一次文件服务器的恢复演练,耗时22分钟;
4. 待办:财务部两台老旧打印机驱动不兼容,建议下周一起评估更换。

如有问题请随时联系。

--
付一鸣
项目经理 | 托管服务部
电话:138-0000-1234
—— 没有做不到的,只有想不到的 ——
本邮件及附件仅供指定收件人使用,如您不是指定收件人,请勿使用、转发或复制,并立即删除。""",
),
]

# --- long but focused negatives (same length as the ramble positives) ---
CASES += [
dict(
    expect=[], lang="zh",
    why="hard negative: long but focused pen-test results summary (findings, deadlines, retest, meeting) - stays on topic",
    sender=HAO, to=[CAI], cc=[TENG, PANG],
    subject="2026年度渗透测试结果摘要",
    body="""蔡总您好:

2026年度外部及内部渗透测试已于11月7日完成,正式报告将于11月14日提交,现将主要结果先行摘要如下,供行内提前安排整改资源。

一、总体情况
本次测试覆盖网银系统、手机银行后台、对外开放的8个API及办公网,共发现问题31项,其中高危4项、中危11项、低危16项。与去年相比,高危数量由9项下降到4项,外部暴露面明显收窄,去年遗留的弱口令问题已全部关闭。

二、高危问题
1. 手机银行后台存在水平越权,已登录用户通过修改请求中的客户编号可查看他人的账户摘要;
2. 一个对外API未校验签名时间戳,存在重放风险;
3. 办公网两台文件服务器仍开放SMBv1;
4. 运维堡垒机的一个共享账号长期未改密,且在三名离职员工的交接记录中出现。

三、整改建议与时限
按监管要求,高危问题建议在30天内完成修复。我们建议优先处理第1、2项,因为这两项可直接从互联网利用;第3、4项可与下月的办公网改造一并完成。每一项的复现步骤和修复建议在报告附录中都有详细说明,开发团队可以直接参考。

四、复测安排
贵行完成整改后通知我们即可,复测一般在接到通知后3个工作日内安排,复测结果单独出具报告,便于向监管报送。

五、中低危问题概况
中危问题主要集中在三类:一是部分内部系统的会话超时设置过长,最长达到八小时;二是四个后台管理页面缺少登录失败锁定;三是日志中记录了明文的手机号码。低危问题多为版本信息泄露和安全响应头缺失,修复成本低,建议在日常版本迭代中顺带处理。我们在报告中按系统分别列出,方便各系统负责人认领。

六、下一步
建议11月18日下午召开一次结果沟通会,由我方测试负责人向开发和运维团队逐项讲解高危和中危问题,时长约两小时。如时间合适请回复确认,我们再发会议邀请。

郝建国""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: long cut-over plan (window, steps, rollback, staffing, risks) - long but entirely on topic",
    sender=SONG, to=[SHAO], cc=[JIANG],
    subject="第三批系统迁移切换方案",
    body="""邵工、姜老师:

第三批系统(MES、仓储WMS、质检系统)的迁移切换方案已定稿,主要安排如下,请审阅。

一、切换窗口
11月22日(周六)22:00至11月23日(周日)08:00,共10小时。车间周日白班8点开工,因此所有系统必须在7:30前完成业务验证。

二、切换步骤
1. 22:00 业务冻结,MES停止接收新工单,WMS暂停入库;
2. 22:15 对三套数据库做最后一次增量同步,预计40分钟;
3. 23:00 切换DNS和负载均衡,指向云上新环境;
4. 23:30至次日02:00 技术验证:接口连通、定时任务、与ERP的对账接口;
5. 02:00至05:00 预留缓冲,处理技术验证中发现的问题;
6. 05:00至07:30 业务验证,由贵司三位关键用户按测试清单逐项确认。

三、回退方案
如03:30前技术验证仍有阻断性问题未解决,立即启动回退:DNS指回原机房,数据库以切换前快照为准,预计回退耗时90分钟,可保证周日开工不受影响。回退决定由双方现场负责人共同做出。

四、人员安排
我方现场6人、远程值守2人;请贵司安排网络、DBA各一人,以及三位关键用户于05:00到场。

五、风险提示
质检系统对接的两台检测设备使用固定IP,切换后需要在设备侧修改网关地址,这一步需要设备厂商配合,建议贵司本周内与厂商确认到场时间。另外,WMS与快递公司的面单接口在切换后需要对方刷新白名单,我们已提前把新出口地址发给对方,但仍建议贵司物流部门周日早上打一个电话确认。

六、沟通安排
切换期间我们会建立一个电话会议桥,每个整点由我方现场负责人通报进度;如遇需要贵司决策的事项,会第一时间电话联系邵工。切换完成后,我们会在周日上午十点前发出切换总结邮件,列明各系统状态和遗留问题;周一上午车间开工后,我方保留两名工程师在现场支持到中午。

附件为详细的操作清单和联系人表,有任何疑问我们周三例会上再细化。

宋嘉诚""",
),
dict(
    expect=[], lang="en",
    why="hard negative: long SOC monthly narrative (volumes, incidents, SLAs, gaps, optional recommendations) - long but on topic",
    sender=PRIYA, to=[GRACE], cc=[TOM],
    subject="October SOC report - summary",
    body="""Hi Grace,

Here is the narrative summary for October's SOC report; the full PDF with charts is attached.

Volume and triage. We ingested 1.42 billion events from 186 log sources, up 6% on September, mainly because the new warehouse firewalls came online on 9 October. Correlation produced 2,310 alerts, of which 61 were escalated to your team. That is an escalation rate of 2.6%, down from 4.1% last month, largely thanks to the build-server whitelist your engineers approved on 2 October.

Notable incidents. Three incidents stand out. First, on 12 October a finance laptop executed a macro from a spoofed supplier invoice; EDR blocked the payload and we isolated the device within 11 minutes. Second, on 19 October we detected password spraying against your VPN from a cloud hosting range; 14 accounts were targeted, none were compromised, and the source range has been blocked. Third, on 27 October a contractor account was used outside its approved hours; this turned out to be legitimate weekend work, but the access policy did not reflect it, so we recommend updating the contractor schedule.

Service levels. All 61 escalations were notified within the 15-minute target; the median was 7 minutes. Two P2 tickets were closed outside the resolution target because they were waiting on change approvals; these are marked separately in the report so that they are not counted against either team unfairly.

Coverage gaps. Two sources remain outside monitoring: the HR SaaS platform, which needs an API key from the vendor, and the legacy label printers in the Taoyuan warehouse, which cannot forward logs at all. We suggest accepting the printer gap formally in the risk register and chasing the HR vendor for the key.

Recommendations for November. We recommend enabling conditional access for the VPN, which would have stopped the spraying attempt earlier, and scheduling a tabletop exercise on invoice fraud with your finance team, given the October phishing case. Both are optional and we can discuss priorities at the service review.

Threat landscape. Across our wider customer base in October we saw a rise in invoice-themed phishing and in attempts to abuse legitimate remote-management tools. Neither is specific to you, but both map onto parts of your environment: your finance team handles a high volume of supplier invoices, and your IT team uses a remote-support tool that is reachable from the internet. We have added detection rules for unusual use of that tool, and there is nothing you need to do right now.

Next review. The monthly service review is booked for 18 November at 10:00. If you'd like us to cover anything beyond the standard agenda, let me know by the 14th and I'll prepare it.

Best regards,
Priya""",
),
dict(
    expect=[], lang="zh", trad=True,
    why="hard negative: long ISO 27001 internal-audit plan in traditional Chinese - long but focused",
    sender=CHEN, to=[WU], cc=[HUANG],
    subject="ISO 27001 內部稽核執行計畫",
    body="""佩珊您好:

貴司 ISO 27001 內部稽核的執行計畫已經整理完成,以下說明重點,完整版請見附件。

一、稽核範圍
本次稽核涵蓋資訊處、客服中心及桃園倉儲的資訊作業,對應標準附錄A的全部93項控制措施,以及第4至10章的管理系統要求。雲端服務的部分,依貴司適用性聲明,只稽核帳號權限與備份兩項。

二、時程安排
12月1日至12月3日進行文件審查,主要檢視資訊安全政策、風險評鑑報告、適用性聲明與近一年的管理審查紀錄;12月8日至12月10日進行現場訪談與抽樣,每天上午9點開始,下午5點前結束;12月17日提交稽核報告初稿,12月24日前完成結案會議。

三、抽樣方式
存取權限審查以每季隨機抽取15個帳號為原則;變更管理抽取10張變更單,確認核准與測試紀錄是否完整;事件管理則抽取近半年所有高風險事件,並檢查通報時效與矯正措施的執行情形。

四、需要貴司配合的事項
請在11月28日前提供文件清單中的21份文件電子檔,並指定各部門的受訪窗口;現場稽核期間請準備一間可容納四人的會議室及訪客網路。若部分文件涉及機密,也可以安排在貴司會議室內現場調閱,不需要寄出。

五、注意事項
去年外部稽核開出的兩項次要不符合事項,分別是離職人員帳號停用延遲及備份還原測試紀錄不全,本次會列為重點追蹤項目。如果貴司已完成改善,建議事先準備相關佐證資料,可以大幅縮短訪談時間。

六、稽核人員
本次由我擔任稽核組長,另有兩位具 ISO 27001 主導稽核員資格的同仁參與,其中一位曾在物流業服務多年,對倉儲系統的作業流程相當熟悉。所有稽核人員都已簽署保密協議,相關文件副本也會一併附上,供貴司法務參考。

若時程上有任何需要調整的地方,請在下週三前告訴我,我們會盡量配合。

陳柏宇""",
),
dict(
    expect=[], lang="mixed",
    why="hard negative: long code-switched root-cause analysis of an EDR false positive, taking responsibility - long but on topic",
    sender=DANIEL, to=[SHAO], cc=[JIANG],
    subject="RCA: 11/10 EDR 误隔离事件",
    body="""邵工 您好,

关于 11/10 上午 EDR 把你们 ERP client 当成 ransomware 隔离、导致财务和采购两个部门停工 2 小时的事件, root cause analysis 整理如下.

1. Timeline
- 08:52 ERP vendor 推了一个 client 自动更新, 新版本会在启动时批量 rename 本地 cache 文件;
- 09:05 EDR 的 behavioral rule 把 "短时间内大量 file rename + 新签名的 binary" 识别为 ransomware pattern, 自动 isolate 了 47 台终端;
- 09:20 SOC analyst 确认告警, 但当时判断为 true positive, 没有马上 release;
- 10:40 跟 ERP vendor 确认是正常更新后, 批量解除 isolation;
- 11:05 所有终端恢复.

2. Root cause
直接原因是 ERP 新版 binary 换了 code-signing certificate, 不在我们的 trusted publisher list 里. 更深层的原因是, 我们的 onboarding checklist 没有要求 vendor 在更换证书前通知, 所以 SOC 这边完全不知情. 另外 analyst 在 09:20 判断时只看了 EDR console, 没有交叉检查 change calendar, 这是我们流程上的 gap.

3. Corrective actions
- 已把新证书加入 trusted publisher list (11/10 完成);
- 自动 isolate 超过 5 台终端时先人工确认, 避免大面积误隔离 (11/14 前完成);
- SOC 的 triage runbook 增加 "检查 change calendar" 步骤 (11/14 前完成);
- 建议贵司跟 ERP vendor 约定, 更换证书或大版本更新提前 3 个工作日通知, 我们可以提供邮件模板.

4. Impact
受影响终端 47 台, 业务中断约 2 小时, 没有数据丢失. 这次误隔离的责任主要在我们的流程, 本月 SLA report 里会如实记录, 相关的服务时长补偿我们也会在 report 里一并列出.

5. Lessons learned
这次事件也让我们意识到, automation 的速度是双刃剑: 自动 isolate 在真正的 ransomware 场景下可以救命, 但在 vendor 更新这种场景下会放大影响. 我们的想法是保留 auto-isolate, 但对 "大批量同时触发" 的情况加一道人工 gate, 同时跟你们一起建立 vendor 更新的 notification 机制, 把 change calendar 真正变成 SOC 的 input. 具体的 design 我们会在下周给你一份 draft.

如果需要, 周四例会上我可以再 walk through 一遍细节.

Daniel""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: long change-impact analysis of three remediation options, decision left to the bank - long but focused",
    sender=TANG, to=[TENG], cc=[PANG],
    subject="数据库审计整改方式的变更影响分析",
    body="""滕老师您好:

针对测评初稿中“数据库审计未覆盖核心系统”这一项,我们对三种整改方式做了变更影响分析,供贵行选择,结论在最后。

一、整改方式
方式一:在核心数据库前部署旁路审计设备,通过交换机镜像流量采集。对数据库本身零改动,但需要在核心交换机上新增一个镜像端口,并占用机房一个机柜位。
方式二:在数据库服务器上安装审计代理。审计内容最完整,能记录本地登录的操作,但代理会占用约3%到5%的CPU,需在日终批处理期间验证性能影响。
方式三:启用数据库自带的审计功能,日志转发到现有的日志平台。成本最低,但审计日志与数据库同机存放,DBA理论上可以删改,需要另加日志防篡改措施。

二、影响评估
对业务连续性的影响:方式一最小,只需一次交换机配置变更,可在周末窗口完成;方式二需要重启数据库服务一次;方式三需要修改数据库参数并重启。
对工期的影响:方式一设备到货约三周;方式二和方式三均可在两周内完成。
对测评结论的影响:三种方式只要覆盖了特权账号操作并保存六个月以上日志,都能满足三级要求。
对运维的影响:方式二和方式三会增加DBA日常巡检的工作量,方式一需要网络组维护镜像配置。

三、结论与建议
从稳妥角度,我们倾向方式一;如果贵行希望在年底封网前完成整改,方式三加上日志防篡改是最快的路径。最终由贵行结合预算和封网计划决定,确定后我们一周内提供实施方案。

四、需要贵行提前确认的事项
无论选择哪种方式,都需要贵行先确认三件事:一是审计日志的保存位置和保存期限;二是哪些账号属于特权账号,需要重点审计;三是审计告警的接收人和处置流程。这三项确认后,我们可以同步准备审计策略模板,缩短实施周期。

唐蕾""",
),
]

# --- more hard negatives ---
CASES += [
dict(
    expect=[], lang="zh",
    why="hard negative: Beijing colloquial acceptance ('得嘞,这事儿包我身上') with a suggested improvement and approval left to the client",
    sender=ZHOU, to=[QIAN], cc=[],
    subject="Re: 年底前加一次钓鱼邮件演练",
    body="""钱总:

得嘞,这事儿包我身上。

年底前加一次没问题,不过我建议这次换个思路:上次的模板是“工资单”,太好认了,这次我们准备三套不同难度的模板,按部门随机投放,演练完按部门出点击率,再给点击过的同事安排15分钟的线上小课。

时间我初步定在12月9日到11日,明天把模板和投放名单发您过目,您点头我们就开工。

周瀚""",
    quote="""周经理,年底前能不能再加一次钓鱼邮件演练?上次点击率太高了,老板很不满意。

钱志远""",
    quote_from=QIAN, quote_style="gt_zh",
),
dict(
    expect=[], lang="mixed",
    why="hard negative: '上周二 call 上我答应过…现在确认了' is follow-through on a promise, not 'I told you so'; fallback date given",
    sender=DANIEL, to=[GRACE], cc=[TOM],
    subject="Follow-up: DR test 日期",
    body="""Hi Grace,

上周二 call 上我答应过, 等 network team 确认 replication lag 之后再 confirm DR failover test 的日期, 现在确认了: 11/29 (周六) 22:00-02:00.

目前 lag 在 90 秒以内, 符合你们 5 分钟的 RPO. Runbook 我周三前发给你和 Tom; 如果 29 号跟你们那边有冲突, 12/6 是 backup date.

Daniel""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: '这次不是贵司的问题,是我们的错' - the PM takes the blame for a lockout incident",
    sender=FU, to=[JIANG], cc=[QIAN],
    subject="关于昨晚账号批量锁定的说明",
    body="""姜老师:

昨晚21点左右贵司约200个域账号被批量锁定,这次不是贵司的操作问题,是我们的错:我们的工程师在更新密码策略脚本时,把锁定阈值从10次误写成了1次,推送前也没有在测试OU验证。

目前所有账号已于22:35解锁,脚本已回滚。后续我们会把所有组策略变更纳入双人复核,并在测试OU先跑24小时再推生产。

给大家添麻烦了,非常抱歉。今天下午我会把完整的事件报告发给您和钱总。

付一鸣""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: rhetorical '难道我们…没想到…?确实没想到' is self-criticism, schedule fixed in the client's favour",
    sender=TANG, to=[TENG], cc=[],
    subject="关于测评时间表的调整",
    body="""滕老师您好:

昨天复盘时间表时我自己也在反思:难道我们在排期时没想到贵行年底有封网期吗?确实没想到,这是我方计划时的疏漏,跟贵行无关。

为此调整如下:网银系统的现场测评从12月15日提前至12月8日至10日,避开封网期;核心系统保持不变。调整后的时间表见附件,如有冲突请告诉我,我们再商量。

唐蕾""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: internal instruction with the client deliberately in Cc, crediting his earlier point",
    sender=FU, to=[HE], cc=[SHAO],
    subject="复测结果同步(已抄送邵工)",
    body="""子涵:

辛苦把周四复测的结果整理一下,直接同步给邵工(已抄送)。他上次指出的那个问题很关键——我们初测时把两个越权漏洞合并成了一条,修复的时候容易漏改,这次请分开描述,各附一个复现步骤。

邵工,如果您对复测范围还有补充,直接回复这封邮件就行,我们周四前都可以加。

一鸣""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: internal mail quoting the client's sharp criticism and agreeing with it ('他说到点子上了'), constructive plan",
    sender=HAO, to=[TANG], cc=[],
    subject="蔡总对报告的意见",
    body="""唐蕾:

今天评审会上蔡总说咱们的报告“写给技术人员看的,行领导一页都看不懂”,当时会场有点尴尬,但我回来想了想,他说到点子上了。

咱们的报告前十页全是漏洞明细和CVSS,行领导真正关心的是“风险有多大、要花多少钱、多久能整改完”。建议下一版在最前面加两页管理层摘要,用业务语言写,技术细节放附录。你牵头改一下,周五前我们先内部过一遍,再约蔡总确认。

郝建国""",
),
dict(
    expect=[], lang="mixed",
    why="hard negative: '如果 rehearsal 不行… call no-go' is a conditional go/no-go criterion, decision shared with the client",
    sender=DANIEL, to=[JIANG], cc=[SHAO],
    subject="Cutover go/no-go 标准",
    body="""Hi 姜雯,

下周六 cutover 的 go/no-go criteria 先跟你 align 一下:

1. 周五 18:00 前 rollback rehearsal 必须跑通, 如果 rehearsal 不行, 我们就直接 call no-go, 改到 11/29;
2. DB replication lag < 60 秒;
3. 你们 business 这边至少 2 位 key user 确认周日上午能做 smoke test.

以上三条任何一条不满足就 no-go, 决定在周五 19:00 的 go/no-go call 上由双方一起拍板. 有问题随时说.

Daniel""",
),
dict(
    expect=[], lang="en",
    why="hard negative: fee waiver 'isn't a decision I can make on my own' - escalated to the commercial director with a reply date",
    sender=MARCUS, to=[CAI], cc=[],
    subject="Re: Waiving the early-termination fee",
    body="""Dear Mr Cai,

Thank you for explaining the branch consolidation. Waiving the fee isn't a decision I can make on my own - it sits with our commercial director, Helen Zhao. I've sent her the details this morning, including the fact that the two branches are closing rather than moving to another provider, which I think is relevant.

Helen will reply to you directly by Wednesday 19 November. In the meantime, monitoring for both branches continues as normal, so there's no gap in coverage while this is decided.

Kind regards,
Marcus Oyelaran""",
    quote="""Marcus,

We would like to move two branches off the SOC contract early. Can you waive the termination fee?

Cai Jianhua""",
    quote_from=CAI, quote_style="outlook",
),
dict(
    expect=[], lang="zh",
    why="hard negative: '理论上…不可能再成功' and '唯一还需要注意的' in a technical SQL-injection recheck",
    sender=TANG, to=[JIANG], cc=[],
    subject="关于SQL注入漏洞复核的说明",
    body="""姜老师:

关于您问的订单查询接口是否还存在SQL注入风险,复核情况如下:

该接口已改为参数化查询,用户输入不再拼接进SQL语句,理论上这类注入不可能再成功。我们用原来的43个测试用例复测,全部被正确处理。唯一还需要注意的是报表模块的排序字段,它目前仍是字符串拼接,虽然前端做了下拉限制,但后端缺少白名单校验,建议下个版本一并修复。

复核报告已上传到共享目录,编号PT-R-0921。

唐蕾""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: '让人头疼的告警风暴' describes our bug; '不会收费' is a concession, not a refusal",
    sender=SONG, to=[JIANG], cc=[],
    subject="11月12日告警风暴说明(本次修复不收费)",
    body="""姜老师:

周三晚上那场让人头疼的告警风暴,原因已经查明:我们这边更新了一个日志解析器,把贵司代理服务器的日志解析错了,两小时内产生了约4000条重复告警。

解析器已于20:15回滚,重复告警已全部关闭。这是我们的缺陷,相关工程工时不会收费,也不计入贵司本月的告警配额。

给值班的同事添麻烦了,非常抱歉。

宋嘉诚""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: colleague banter about her own typo ('我这手残'), no one on the client side disparaged",
    sender=MENG, to=[FU], cc=[],
    subject="Re: 周报模板",
    body="""啊啊啊我这手残!已经发出去了……刚又补发了一封更正版给滕老师,她回了个笑脸,还好还好。

下次我发之前一定先让你帮我看一眼,作为交换,你周五的演练方案我帮你排版。

晓雪""",
    quote="""晓雪,你周报里把C行写成了“C银银行”,哈哈哈,已经发出去了吗?

一鸣""",
    quote_from=FU,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: client's sarcasm (呵呵, 醉了) only in the quote; PM apologises, fixes today and leaves the replacement choice to the client",
    sender=FU, to=[JIANG], cc=[],
    subject="Re: 补丁又把打印机搞挂了",
    body="""姜老师,

抱歉, 这次确实是我们的问题. 上周的 Windows patch 更新了 print spooler, 财务那两台老打印机的 driver 不兼容.

今天下午 3 点前我们的工程师会到现场先装兼容 driver 恢复打印; 长期来看, 我们建议把这两台机器列入明年的更换计划, 具体 model 和报价周三前发给你参考, 换不换由你们决定.

另外以后 patch 之前, 我们会先在财务的一台测试机上跑 24 小时再推.

一鸣""",
    quote="""一鸣, 你们上周打的 patch 又把财务的打印机搞挂了, 呵呵, 每次 patch 都要出点事, 真的醉了.

姜雯""",
    quote_from=JIANG, quote_style="outlook_zh",
),
dict(
    expect=[], lang="zh",
    why="hard negative: PM answers a colleague's quoted complaint about the client ('甲方真难伺候') constructively, explaining the client's reason",
    sender=SONG, to=[QI], cc=[],
    subject="Re: 蔡总那边又改需求",
    body="""齐悦:

理解,改来改去对报价确实是折磨。不过这次不是他们拍脑袋:监管部门下个月要出灾备方面的新要求,两地三中心是监管层面的压力,换了我们也得这么改。

我建议周三咱俩一起约蔡总,先把监管要求的具体条款过一遍,再讨论哪些可以分期做,报价也按分期来拆,这样他对上对下都好交代。

嘉诚""",
    quote="""嘉诚,C行蔡总那边又改需求了,说灾备要从同城改成两地三中心,烦死了,这甲方真难伺候。

齐悦""",
    quote_from=QI, quote_style="foxmail",
),
dict(
    expect=[], lang="mixed",
    why="hard negative: 'We lean toward B… A 也完全 OK… Your call' - recommendation with the choice left to the client",
    sender=DANIEL, to=[HUANG], cc=[],
    subject="Landing zone 方案 A vs B",
    body="""黃處 您好,

Landing zone 两个方案的 summary:

- Option A: 用 cloud provider 的标准 template, 两周可以上线, 但 network segmentation 比较粗;
- Option B: 我们 custom 的 hub-and-spoke 设计, 需要四周, 但跟你们现有的 firewall policy 对得比较齐.

我们 lean toward B, 主要是考虑明年的 PCI DSS audit; 不过如果你们更在意 go-live 时间, A 也完全 OK, 之后可以再 refactor. Your call, 下周一的会上我们可以再细聊.

Daniel""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: firm-but-polite overdue-invoice reminder citing the contract clause, with an offer to help",
    sender=MENG, to=[CAI], cc=[],
    subject="发票INV-2026-118付款提醒",
    body="""蔡总好:

提醒一下,三季度SOC服务的发票INV-2026-118约定付款日是10月15日,按主服务协议第7条,目前已逾期30天。

有时候付款会卡在采购单号或审批流程上,如果是这种情况,财务需要什么材料您告诉我,我当天补齐。如果流程没有问题,麻烦告知一下预计的付款时间,谢谢!

孟晓雪""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: '上周电话里我说过会在周五前确认' is follow-through, with dates and a fallback slot",
    sender=TANG, to=[JIANG], cc=[],
    subject="ISO 27001 认证审核时间确认",
    body="""姜老师您好:

上周电话里我说过会在周五前跟认证机构确认审核时间,现在确认如下:

第一阶段文件审核:12月2日(远程,约半天);
第二阶段现场审核:12月16日至18日,审核组两人。

现场审核期间需要贵司信息安全、IT运维和人力各安排一位对接人,具体访谈清单我明天发您。如果时间上有冲突,认证机构也给了1月6日至8日的备选档期。

唐蕾""",
),
dict(
    expect=[], lang="zh",
    why="hard negative: internal mail that praises a client person ('这人是真局气') and reframes an old complaint constructively",
    sender=ZHOU, to=[LV], cc=[],
    subject="邵工这回真局气",
    body="""峰子:

跟你说个事儿,昨晚切换邵工从九点一直陪我们盯到凌晨两点,中间还自己掏钱给大伙儿叫了宵夜,这人是真局气。

之前咱们老觉得A公司流程慢,其实是他们内部审批链太长,邵工自己也着急。下周复盘会上我想专门提一句感谢,顺便问问他审批这块我们能帮上什么忙,比如把变更材料模板化,省得他每次都从头写。

你觉得呢?

周瀚""",
),
dict(
    expect=[], lang="mixed",
    why="hard negative: banter praising a colleague ('太神了, 我跪了') and mocking only oneself ('石器时代', 'Python 小白')",
    sender=FU, to=[HE], cc=[],
    subject="Re: 复测 script",
    body="""子涵你这 script 太神了, 3 小时压到 20 分钟, 我跪了 🙏

我这边 report template 还是手动贴截图, 对比之下简直是石器时代. 下周你有空给大家做个 15 分钟的 share 吧, 顺便教教我这种 Python 小白.

另外邵工那边的复测窗口是周四下午 2 点到 6 点, 你的新 script 正好可以在真实环境里练练手.

一鸣""",
),
]

random.Random(3333).shuffle(CASES)
