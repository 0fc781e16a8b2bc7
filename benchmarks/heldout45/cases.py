"""heldout45: PM email drafts for ERP/CRM rollouts (SAP/Salesforce-style) at manufacturers and
distributors. Training set written by an independent helper. All text is synthetic.

The list is written grouped (positives, then negatives) and shuffled at the end with seed 4545.
"""

import random

# ---- people -------------------------------------------------------------------------------
# our team (PMs and colleagues)
ZHOU = "周启明 <zhou.qiming@ourteam.example.com>"        # delivery director, formal, calm
SUN = "孙蔓 <sun.man@ourteam.example.com>"              # junior PM, anxious, eager
HE = "贺俊峰 <he.junfeng@ourteam.example.com>"           # veteran PM, gruff
LIANG = "梁晓彤 <liang.xiaotong@ourteam.example.com>"    # cheerful mid-level PM
JIANG = "江涛 <jiang.tao@ourteam.example.com>"           # SAP finance lead / PM, bureaucratic
TANG = "唐宁 <tang.ning@ourteam.example.com>"            # technical PM, curt
SHAO = "邵文 <shao.wen@ourteam.example.com>"             # senior SAP PM, methodical
LUO = "罗佩 <luo.pei@ourteam.example.com>"               # chatty PM
CHEN = "陳嘉怡 <chen.jiayi@ourteam.example.com>"         # Taiwan-based PM (traditional Chinese)
DANIEL = "Daniel Ortiz <daniel.ortiz@ourteam.example.com>"
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"
TOM = "Tom Becker <tom.becker@ourteam.example.com>"
XU = "许诺 <xu.nuo@ourteam.example.com>"                 # CRM PM, code-switches
HESY = "何思远 <he.siyuan@ourteam.example.com>"          # young CRM PM, code-switches

DENG = "邓凯 <deng.kai@ourteam.example.com>"             # ABAP developer, nickname 二狗
MA = "马建国 <ma.jianguo@ourteam.example.com>"           # basis admin, 老马
XIONG = "熊磊 <xiong.lei@ourteam.example.com>"           # data migration lead, 大熊
DU = "杜娟 <du.juan@ourteam.example.com>"                # head of delivery
FANG = "方圆 <fang.yuan@ourteam.example.com>"            # MM/SD consultant
LV = "吕晨 <lv.chen@ourteam.example.com>"                # new consultant
HUANG = "黃志偉 <huang.zhiwei@ourteam.example.com>"      # Taiwan colleague
KEVIN = "Kevin Lau <kevin.lau@ourteam.example.com>"      # Salesforce developer
RACHEL = "Rachel Kim <rachel.kim@ourteam.example.com>"   # account executive

# client A: machinery manufacturer, SAP rollout (head office + Taichung plant)
ZHENG = "郑国栋 <zheng.guodong@client-a.example.cn>"     # IT manager
JZH = "蒋振华 <jiang.zhenhua@client-a.example.cn>"       # vice president / CIO
QIAN = "钱慧 <qian.hui@client-a.example.cn>"             # finance key user
WU = "吴永福 <wu.yongfu@client-a.example.cn>"            # warehouse supervisor, key user
FENG = "冯雪 <feng.xue@client-a.example.cn>"             # purchasing key user
LIN = "林佳 <lin.jia@client-a.example.cn>"               # production planning key user
PENG = "彭立 <peng.li@client-a.example.cn>"              # Taichung plant IT section chief
CAI = "蔡淑芬 <cai.shufen@client-a.example.cn>"          # Taichung plant accountant

# client B: industrial distributor, Salesforce + SAP
MARK = "Mark Halloran <mark.halloran@client-b.example.com>"   # IT manager
LINDA = "Linda Cho <linda.cho@client-b.example.com>"          # sales ops key user
GREG = "Greg Patel <greg.patel@client-b.example.com>"         # VP operations
SANDRA = "Sandra Welles <sandra.welles@client-b.example.com>"  # controller
JOE = "Joe Ferreira <joe.ferreira@client-b.example.com>"      # warehouse key user
WANGS = "王珊 <wang.shan@client-b.example.com>"               # China branch sales manager

# bank C: supply-chain finance interface for client A
HAN = "韩卫东 <han.weidong@bank-c.example.cn>"

CASES = []

# =========================================================================================
# POSITIVES
# =========================================================================================

# ---- backchannel -------------------------------------------------------------------------
CASES += [
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: to a colleague, mocks the client's purchasing key user as a 'requirement perpetual-motion machine' (pair with argue/negative on the same irritation)",
    sender=SUN, to=[FANG], cc=[],
    subject="采购审批流又要改",
    body="""方圆：

跟你同步一下，采购那位“需求永动机”今天下午又来了——审批层级从三级改成五级，理由是“领导说要更稳妥”。上个月蓝图评审她自己签的字，墨还没干呢。我现在怀疑她每周一早上醒来的第一件事，就是琢磨今天再给我们加点什么。

你先别动配置，等我跟郑经理确认完范围再说。反正跟她讲道理，跟对着仓库的叉车唱歌差不多。

孙蔓""",
    quote=None,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel, reply-all accident: mocks the client VP (拍脑袋, 比MRP还难预测) while the client IT manager is still in Cc",
    sender=HE, to=[XIONG], cc=[ZHENG, DU],
    subject="Re: 蒋总要求上线提前两周",
    body="""大熊：

别慌。蒋总哪次开会不是拍脑袋？上个月说推迟，这个月说提前，下个月估计要说干脆别上了。他那套“我觉得”比系统里的MRP还难预测。

第三轮迁移照原计划跑，提前上线的事我去跟杜总对一下口径再说，你们别被他带节奏。

老贺""",
    quote="""贺哥，蒋总今天在会上又说要把上线提前两周，我们数据迁移第三轮还没跑完，怎么弄？

熊磊""",
    quote_from=XIONG, quote_style="outlook_zh",
),
dict(
    expect=["backchannel"], lang="en",
    why="backchannel: to the developer, mocks the client's sales-ops key user (tests like a cat pushing a glass off a table)",
    sender=TOM, to=[KEVIN], cc=[],
    subject="heads up - Linda tickets",
    body="""Kev,

Brace yourself. Linda found the export button on the Opportunities list view this morning (the one that's been there since sprint 2) and has now opened eleven tickets about it, three of which are the same ticket with different capitalization. I swear she tests software the way a cat tests a glass of water near the edge of a table.

Don't pick any of them up yet. I'll triage Thursday and we'll close most of them as "works as designed".

Tom""",
    quote=None,
),
dict(
    expect=["backchannel"], lang="en",
    why="backchannel, reply-all accident: ridicules the client VP ('Greg-speak', keep him away from the markers) with the client IT manager in Cc",
    sender=PRIYA, to=[RACHEL], cc=[MARK, DANIEL],
    subject="Re: Greg wants a steering slot",
    body="""Rachel,

Sure, I'll take Thursday. Fair warning though: "revisit the roadmap" is Greg-speak for "I read a LinkedIn post on the plane and now the pick list needs AI". The last time he revisited the roadmap we lost two sprints to a dashboard nobody has opened since.

I'll bring the current plan and the change log, and we'll try to keep him away from the whiteboard markers.

Priya""",
    quote="""Priya - Greg wants a steering committee slot to "revisit the roadmap". Can you take it on Thursday?

R.""",
    quote_from=RACHEL, quote_style="gt",
),
dict(
    expect=["backchannel"], lang="zh", trad=True,
    why="backchannel (traditional): to a colleague, mocks the plant accountant's spreadsheet as an archaeology site and her 'loud tone' (pair with argue and negative)",
    sender=CHEN, to=[HUANG], cc=[],
    subject="台中廠月結",
    body="""志偉：

台中廠那位會計蔡姐又來了，說月結差異是「系統算錯」。我看了她附的Excel，公式參照都跑到隔壁工作表去了，整本活頁簿像考古現場。她大概覺得只要信寫得夠大聲，借貸就會自己平衡。

下週我去台中，差異表你先幫我從系統撈一份，她那份就別指望了。

嘉怡""",
    quote=None,
),
dict(
    expect=["backchannel"], lang="mixed",
    why="backchannel: to the developer, says the distributor treats the SOW as a buffet and mocks the client manager's 'small change'",
    sender=XU, to=[KEVIN], cc=[],
    subject="王珊 的 \"small change\"",
    body="""Kevin,

Heads up, 王珊 又发来一个 "small change": distributor portal 要能按经销商等级显示不同价格, 还要能 override 折扣. 她的 small 从来都是一整个新模块, 上次那个 "small" 我们做了三周. 说真的, 这家就是把 SOW 当自助餐, 能多拿一盘是一盘.

先别动手, 我周四跟 Mark 对一下范围.

许诺""",
    quote=None,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: internal weekly report that ridicules the client's finance key user (玄学财务, 科目看星座)",
    sender=JIANG, to=[DU], cc=[],
    subject="财务模块内部周报（第46周）",
    body="""杜总：

财务模块本周情况简述：

1. 总账、应收应付配置完成，UAT用例已写到第82条；
2. 固定资产折旧方法已与客户确认；
3. 月结演练安排在下周三。

另外提一句：钱会计那边依旧是玄学财务，凭证摘要全凭心情写，科目选择看星座。我们培训讲的东西，她一转身就按老系统的习惯来。指望她做月结的牵头人，我个人是不抱什么希望的。

江涛""",
    quote=None,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel in a mail to the client: disparages the client's warehouse key user to his IT manager (学习能力, 白搭)",
    sender=SUN, to=[ZHENG], cc=[],
    subject="仓库扫码培训安排",
    body="""郑经理：

下周的扫码收货培训安排在周二下午，地点还是三号仓。

有件事私下跟您说一声：仓库老吴那边，说实话您心里也有数，培训了三遍，扫码枪还能拿反，PDA上的“过账”一周能按错十几次。这种学习能力，我们再怎么教也是白搭。要不您考虑换个年轻点的人做关键用户？省得大家都累。

孙蔓""",
    quote=None,
),
dict(
    expect=["backchannel"], lang="en",
    why="backchannel: internal note before a retro, disparages the distributor as a whole (buffet, sign-off worth a weather forecast)",
    sender=DANIEL, to=[KEVIN, RACHEL], cc=[],
    subject="Northgate go-live retro - internal notes",
    body="""Team,

A few internal notes before tomorrow's retro, since I won't be saying any of this in the room.

Northgate treats a go-live like an all-you-can-eat buffet: they sign off on a plate, come back four times, and act shocked when the bill goes up. Their sign-off is worth about as much as a weather forecast, and their "key users" are whoever happened to be free that afternoon.

For the retro itself, let's stick to facts: dates, tickets, hours.

Daniel""",
    quote=None,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: senior PM grumbles to a colleague about the bank's people (这帮大爷, 老牛拉破车) instead of raising the delay with them",
    sender=ZHOU, to=[XIONG], cc=[],
    subject="C行供应链金融接口",
    body="""大熊：

C行的接口联调又延期了，理由是他们内部要再走一轮“信息安全评审”，据说要盖七个章、开三次会。这帮大爷办事就是老牛拉破车，人人都在，就是没人动。韩处回邮件平均四天，回来还是一句“再研究研究”。

测试数据你先按上次给的报文格式准备，等他们慢慢盖章吧。

周启明""",
    quote=None,
),
dict(
    expect=["backchannel"], lang="mixed",
    why="backchannel: mocks the production-planning key user's forecasting ('vibes-based', explaining lead time to a cat) to a colleague (pair with argue)",
    sender=LIANG, to=[FANG], cc=[],
    subject="林佳 的 forecast",
    body="""方圆,

林佳 今天又 upload 了一版 forecast, 这周第三版了. 我看了一下, 她的逻辑基本是 vibes-based: 上个月卖得好就乘 1.5, 卖得不好就乘 0.8. 我严重怀疑她没打开过自己工厂的 BOM. 跟她解释 lead time 就像跟我家猫解释周一为什么要上班 lol.

MRP 先按周一那版跑, 别追她的新版本了.

晓彤""",
    quote=None,
),
]

# ---- argue -------------------------------------------------------------------------------
CASES += [
dict(
    expect=["argue"], lang="zh",
    why="argue: rhetorical questions lecture the purchasing key user (蓝图签字是仪式吗?), blames her for the late change",
    sender=HE, to=[FENG], cc=[ZHENG],
    subject="Re: 采购审批层级调整",
    body="""冯主管：

审批层级这件事，我把时间线再摆一遍：10月15日蓝图评审，三级审批，您本人签字确认；10月28日配置完成，您参加了演示，当时没有任何意见。现在离UAT还有九天，您提出改五级。

想请教一下，蓝图签字在贵司是不是只是个仪式？如果每个签过字的结论都能随时推翻，那我们这几个月开的会意义在哪里？要改可以走变更，但请不要再把“系统设计不合理”这种话写进邮件，不合理的是流程，不是系统。

贺俊峰""",
    quote="""贺经理：

目前采购订单的三级审批设计不合理，领导要求改成五级，请尽快调整。

冯雪""",
    quote_from=FENG, quote_style="foxmail",
),
dict(
    expect=["argue"], lang="en",
    why="argue: lectures the key user that the feature exists and her team should look at the screen before filing tickets",
    sender=TOM, to=[LINDA], cc=[MARK],
    subject="Re: Cannot export opportunities - BLOCKING",
    body="""Linda,

The export button is on the Opportunities list view, top right, next to "New". It has been there since sprint 2, it is on slide 14 of the training deck, and it was demoed twice in sessions your team attended. So no, nothing is blocking. It just needs someone to look at the screen.

I'd really appreciate it if your team spent ten minutes in the sandbox before marking things "blocking". Every false alarm pulls Kevin off real work, and those hours don't come back.

Tom""",
    quote="""Hi Tom,

There's no way to export opportunities to Excel, which we do every Monday for the regional call. This is blocking. Please fix ASAP.

Linda""",
    quote_from=LINDA, quote_style="gt",
),
dict(
    expect=["argue"], lang="zh",
    why="argue: blames the client's firewall and tells the IT manager to 'sweep his own doorstep' before coming to us",
    sender=TANG, to=[ZHENG], cc=[],
    subject="Re: 销售订单接口报错",
    body="""郑经理：

日志我已经连续三天截图发给贵司IT了，错误每次都一样：目标端口443被拦截。问题在你们的防火墙策略，不在我们的IDoc，也不在中间件。

订单传不过去着急，我理解，但着急的方向搞错了。请贵司网络组先把自家门口扫干净，白名单配好了，接口自然就通。别每次出了问题都先冲着实施方来。

唐宁""",
    quote="""唐经理，接口从昨晚开始报错，销售订单传不到WMS，请立即处理。

郑国栋""",
    quote_from=ZHENG, quote_style="gt_zh",
),
dict(
    expect=["argue"], lang="en",
    why="argue: condescending invoice reply ('one more time, and slowly', read the contract you negotiated)",
    sender=PRIYA, to=[MARK], cc=[],
    subject="Re: Invoice 2026-114 - integration environment",
    body="""Mark,

Let me walk through this one more time, and slowly. Section 6.3 of the SOW, the one you initialled on every page, states that any environment beyond DEV, QA and PROD is billable. On October 2 you asked for a fourth environment in writing. I have that email. You have that email.

So "I don't recall agreeing" is not really a position. If your team is going to dispute invoices, I'd suggest reading the contract you negotiated first.

Priya""",
    quote="""Priya, why are we being charged for the extra integration environment? I don't recall agreeing to that.

Mark""",
    quote_from=MARK, quote_style="outlook",
),
dict(
    expect=["argue"], lang="zh", trad=True,
    why="argue (traditional): tells the plant accountant to check her own Excel before writing, blames her for wasting both sides' time",
    sender=CHEN, to=[CAI], cc=[PENG],
    subject="Re: 十月份存貨科目差異",
    body="""蔡小姐：

月結差異的原因，我們從九月起已經在信裡、電話裡、現場說明過至少五次：差額來自您手工表中重複計入的在途庫存，不是系統計算錯誤。

老實說，我們很難每個月都從頭再解釋一遍。麻煩您先把自己Excel裡的公式檢查清楚，確認沒有重複加總，再寄信過來。否則每個月月初都是同一封信、同一個答案，對雙方都是浪費。

陳嘉怡""",
    quote="""陳經理您好：

十月份存貨科目又差了三萬多，系統算的和我們帳上不一樣，請你們盡快查明原因。

蔡淑芬""",
    quote_from=CAI, quote_style="gt_zh",
),
dict(
    expect=["argue"], lang="mixed",
    why="argue: to the client manager, blames her side for not aligning internally ('这个锅我们不会背'), lectures on the SOW (pair with backchannel)",
    sender=XU, to=[WANGS], cc=[MARK],
    subject="Re: portal 价格显示",
    body="""王经理,

恕我直说, 按等级显示价格 + 折扣 override, 这不是 small change, 这是 pricing engine 的一次重构. SOW 第 4.2 条写得很清楚, portal 只展示标准价. 你们内部 sales 和 IT 自己都没 align 好, 就拿 "下周上线" 来压我们, 这个锅我们不会背.

真要做, 先请你们内部把需求理清楚, 写成正式的 CR 再发过来.

许诺""",
    quote="""许经理, 我们需要在 portal 里按经销商等级显示价格, 这是个 small change, 希望下周上线前加上. 谢谢!

王珊""",
    quote_from=WANGS, quote_style="foxmail",
),
dict(
    expect=["argue"], lang="zh",
    why="argue: passive-aggressive 温馨提示 lecturing the planner that lead time 0 is her error and trainers won't repeat (pair with backchannel)",
    sender=LIANG, to=[LIN], cc=[],
    subject="关于MRP建议采购日期的问题",
    body="""林主管您好～

收到您说“MRP结果全是错的”的反馈啦。温馨提示一下下：MRP算出来的建议日期，取决于物料主数据里维护的计划交货时间。您这边有137个物料的计划交货时间填的是0天，系统当然会建议今天就下单呀。

这个逻辑在第二次和第三次培训里都专门讲过，讲义第22页还有截图，可能当时太忙没顾上看？我们这边真的没办法每次都停下来从头再讲一遍的哦。

晓彤""",
    quote=None,
),
dict(
    expect=["argue"], lang="en",
    why="argue: sarcastic reply to the client VP ('Great question', 'who could have guessed'), blames his team's data",
    sender=TOM, to=[GREG], cc=[LINDA],
    subject="Re: 4,000 duplicate accounts??",
    body="""Greg,

Great question. It's almost as if the customer file your team exported from the 2009 spreadsheet had 4,000 duplicates in it to begin with. The old system didn't show them as duplicates because the old system never checked. Who could have guessed a proper CRM would?

We flagged this in the data quality report on October 9 and asked your team to pick survivor records. We're still waiting. Maybe start there.

Tom""",
    quote="""Tom, why does the new system show 4,000 duplicate customer accounts? This wasn't a problem in the old system.

Greg""",
    quote_from=GREG, quote_style="gt",
),
dict(
    expect=["argue"], lang="zh",
    why="argue: meeting recap sent to the client's key users that assigns all blame to them, stacked !!!, tells them to 自行反省",
    sender=JIANG, to=[ZHENG, QIAN, WU, FENG], cc=[JZH],
    subject="UAT第二周会议纪要",
    body="""各位：

今天UAT周会纪要如下：

一、测试进度：计划312条用例，实际执行97条，完成率31%。
二、缺陷情况：共提缺陷41个，经核实属于操作错误的29个。
三、延误原因：贵方关键用户本周平均出勤率不足四成，采购、仓库两个模块的测试签字至今未交。我方顾问每天准时到场等人，责任在哪一方，大家心里应该有数!!!
四、请贵方各模块负责人自行反省，下周一前提交整改说明。

江涛""",
    quote=None,
),
]

# ---- refusal -----------------------------------------------------------------------------
CASES += [
dict(
    expect=["refusal"], lang="zh",
    why="refusal: bureaucratic flat no (经内部合议不列入, 后续亦不再评估, 此复) with no buffer or alternative",
    sender=ZHOU, to=[ZHENG], cc=[],
    subject="关于“销售订单跨工厂自动拆单”需求的答复",
    body="""郑经理：

贵方11月3日来函提出的“销售订单按库存可用量跨工厂自动拆单”需求，经项目组内部合议，决定不列入实施内容，后续亦不再安排评估。

此复。

华信ERP项目组
周启明""",
    quote=None,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal wrapped in friendly chatter: the supplier-portal scan idea is simply not going to be arranged, 'get used to it'",
    sender=LIANG, to=[FENG], cc=[],
    subject="周五培训 & 供应商门户的小想法",
    body="""冯老师好呀～

这周辛苦啦，周五的培训室已经订好了，茶歇我让行政准备了您爱喝的柠檬茶。

您上次说的供应商门户扫码收货，想法挺有意思的！不过这个功能我们这边就不安排了呀，标准做法就是在收货界面手工输入，大家用一阵子就顺手了，真的。

那我们周五见，有问题随时微信我～

晓彤""",
    quote=None,
),
dict(
    expect=["refusal"], lang="en",
    why="refusal: flatly turns down the warehouse key user's pick-list layout request ('isn't going to happen'), no buffer",
    sender=DANIEL, to=[JOE], cc=[],
    subject="Re: Pick list layout",
    body="""Joe,

A custom pick-list layout isn't something that's going to happen. Standard layout stays; the pickers will get used to reading it.

Daniel""",
    quote="""Hi Daniel,

The pickers find the new pick list hard to read - the bin location is at the far right. Could we get a custom layout with bin first?

Thanks,
Joe""",
    quote_from=JOE, quote_style="outlook",
),
dict(
    expect=["refusal"], lang="zh", trad=True,
    why="refusal (traditional): dual-unit inventory request turned down in two lines, no CR, date or alternative (pair with buffered negative)",
    sender=CHEN, to=[PENG], cc=[],
    subject="Re: 鋁捲雙單位庫存",
    body="""彭課長：

雙單位庫存這個做法我們不會導入。台中廠就跟總部一樣，用公斤一個單位管理，卷數請現場自己另外記。

嘉怡""",
    quote="""陳經理：

台中廠的鋁捲需要同時用公斤和卷數管理庫存，能否在系統中設定雙單位？謝謝。

彭立""",
    quote_from=PENG, quote_style="gt_zh",
),
dict(
    expect=["refusal"], lang="mixed",
    why="refusal: WeChat login for the portal is 'not on the roadmap and never will be', no alternative offered beyond 'use what exists'",
    sender=HESY, to=[WANGS], cc=[],
    subject="Re: portal 微信登录",
    body="""王经理,

微信登录这个 feature 不在我们的 roadmap 上, 以后也不会有. Portal 只支持现有的 SSO + 账号密码, 经销商那边请按这个方式登录.

Thanks,
思远""",
    quote="""何经理, distributor portal 能不能加一个微信扫码登录? 很多经销商老板不习惯用密码. 谢谢

王珊""",
    quote_from=WANGS, quote_style="outlook_zh",
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal slipped into a meeting recap: the IT manager's batch-level aging report is dismissed with '不做'",
    sender=SHAO, to=[ZHENG, WU, FENG], cc=[FANG, XIONG],
    subject="11月第2周项目例会纪要",
    body="""郑经理及各位：

本周例会纪要：

1. 物料主数据清洗完成87%，剩余部分周四前完成；
2. 仓库条码打印机已到货，周三安装调试；
3. 郑经理提出的库存账龄报表按批次展开：不做，维持按物料汇总；
4. 切换演练定于下周二晚8点，请各模块关键用户到场；
5. 下次例会时间不变。

如有遗漏请补充。

邵文""",
    quote=None,
),
dict(
    expect=["refusal"], lang="en",
    why="refusal: 'that ship has sailed' dismisses the controller's approval-route request outright",
    sender=PRIYA, to=[SANDRA], cc=[],
    subject="Re: PO approvals in Salesforce",
    body="""Sandra,

That ship has sailed. The approval matrix stays in SAP exactly as designed, and POs get approved there, directors included.

Priya""",
    quote="""Priya,

Our regional directors would like to approve POs over $50k directly in Salesforce instead of SAP. Could we add that route?

Sandra""",
    quote_from=SANDRA, quote_style="gt",
),
]

# ---- persuade ----------------------------------------------------------------------------
CASES += [
dict(
    expect=["persuade"], lang="zh",
    why="persuade: pressures the client VP to drop manual rush-order scheduling and just sign off on our standard design",
    sender=ZHOU, to=[JZH], cc=[ZHENG],
    subject="关于排产方案的建议",
    body="""蒋总：

排产这一块，我直说了：您这边坚持保留的手工插单逻辑，放进新系统只会拖后腿。我们在机加工行业做过二十多个项目，没有一家是靠手工插单跑顺的。

下周一评审会上，希望您能直接拍板用我们的标准排产方案，不要再让计划部提替代方案了，反复讨论只会耽误工期。这件事请您就交给我们，按我们的方案走。

周启明""",
    quote=None,
),
dict(
    expect=["persuade"], lang="en",
    why="persuade: pushes the VP to abandon the Excel configurator for CPQ and 'come ready to close the topic', no room for his view",
    sender=PRIYA, to=[GREG], cc=[],
    subject="Thursday steering - configurator",
    body="""Greg,

Ahead of Thursday I want to be straightforward with you. Holding on to the Excel configurator is the single biggest risk on this program, and frankly nobody in your segment still works that way. I need you to let it go at the steering meeting and endorse CPQ. We simply can't keep relitigating this every other week.

I know your estimators like their spreadsheet. They'll adapt. Please come in on Thursday ready to close the topic.

Priya""",
    quote=None,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: declares our middleware the only sensible choice and asks the IT manager to talk his VP out of building in-house, with budget threat",
    sender=TANG, to=[ZHENG], cc=[],
    subject="WMS接口方案",
    body="""郑经理：

WMS接口的方案，我觉得没必要再比较了。自建点对点接口看着省钱，后面每次升级都得重写，这笔账贵司迟早要还。我们的中间件是唯一靠谱的选择。

麻烦您回去跟蒋总做做工作，把自建的念头打消掉，周五前给我一个确认。再拖下去，预算和工期我都不敢保证。

唐宁""",
    quote=None,
),
dict(
    expect=["persuade"], lang="mixed",
    why="persuade: calls the client's lead-scoring idea too idealistic, 'just use our template, stop dithering, 按我们的来'",
    sender=HESY, to=[WANGS], cc=[],
    subject="lead scoring",
    body="""王经理,

关于 lead scoring, 说实话你们那套按经销商拜访次数打分的想法太理想化了, 落地很难. 就用我们 template 里自带的 scoring model 吧, 别的 distributor 客户都用得好好的. 这个事情已经聊了三轮了, 真的没必要再纠结, 下周 demo 之前请你们内部统一一下口径, 按我们的来.

Cheers,
思远""",
    quote=None,
),
dict(
    expect=["persuade"], lang="en",
    why="persuade: tells the IT manager the two-org idea 'needs to go', single org is the only design, get legal comfortable by Friday",
    sender=DANIEL, to=[MARK], cc=[],
    subject="Re: Two orgs vs one",
    body="""Mark,

I hear you, but the two-org idea needs to go. We've done thirty-odd of these rollouts and single org with territory-based sharing is the only design that holds up. Two orgs means double admin, double deployments, and a reporting mess your VP will hate.

Please go back to legal, get them comfortable with single org, and confirm by Friday so we can stop spending cycles on this.

Daniel""",
    quote="""Daniel, we're still leaning toward two separate Salesforce orgs, one for the US and one for Canada. Our legal team feels more comfortable with that.

Mark""",
    quote_from=MARK, quote_style="outlook",
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade, soft form: 'listen to me', presents a fait accompli with group audit and asks for a quick '好' on dropping the old account codes",
    sender=SUN, to=[QIAN], cc=[],
    subject="科目编码的事～",
    body="""钱老师：

我理解您想保留老系统的科目编码，用了十几年，大家都熟。但真的，听我一句，换成集团标准编码吧。您要是再坚持，后面合并报表那边天天都得来找您，到时候您更累。

我已经提前跟集团审计那边打好招呼了，他们也同意按标准编码来，就等您点头啦～明天中午前给我回个“好”就行。

孙蔓""",
    quote=None,
),
]

# ---- ramble ------------------------------------------------------------------------------
CASES += [
dict(
    expect=["ramble"], lang="en",
    why="ramble: one actionable line (renew the SSO certificate before the 14th) buried in running, ribs, podcasts, basil and ski plans",
    sender=TOM, to=[MARK], cc=[],
    subject="catching up + one thing",
    body="""Hey Mark,

Hope the week is treating you better than mine is treating me. I finally signed up for the Portland half-marathon in April, which in hindsight was a bold decision for someone whose longest run this year was from the parking garage to the elevator during a fire drill. My coach (okay, my brother-in-law, who ran track in college in 1998 and has never let anyone forget it) has me on a plan that involves something called "tempo Tuesdays". I have learned that tempo is Latin for suffering.

Speaking of suffering, did you catch the game on Sunday? I had people over for ribs and the smoker gave up halfway through, so we finished them in the oven, which my neighbor says is a crime in at least three states. The ribs were fine. The fourth quarter was not. I won't say more, because I know where your loyalties lie and I'd like us to remain on speaking terms through go-live.

Also, random, but I've been listening to a podcast about the history of shipping containers. You'd love it, given your supply-chain background. Apparently before standard containers, loading a ship took longer than sailing it across the ocean. There's a whole episode about a trucker from North Carolina who more or less invented modern logistics out of stubbornness. I'll send you the link.

One thing: please get the SSO certificate renewed before the 14th, the current one expires on the 15th.

Anyway, my daughter's science fair project is on whether plants grow better with music, so we now have three basil plants in the living room listening to three different playlists. The one on classical is winning; the one on heavy metal is leaning away from the speaker, which I think counts as data. My wife says if the experiment isn't finished by Thanksgiving, the basil goes into the stuffing regardless of its musical preferences.

On the home front, the kitchen remodel is in week nine of what the contractor promised would be a four-week job, so I'm living proof that schedule slippage is universal. We have a sink now, though, which feels like a major milestone. I might put it in a status report.

I'm also thinking of taking the family up to Whistler over the holidays if the snow cooperates. You went last year, right? Any tips on a place to stay that doesn't cost a kidney? My kids are at the age where they want to snowboard, and I'm at the age where I want to sit by a fire and watch them snowboard.

Talk soon, and let me know about Whistler.

Tom""",
    quote=None,
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble: one request (confirm the forecast import template by Wednesday) buried in a Yunnan trip, mushroom hotpot, a cat and bubble tea",
    sender=LIANG, to=[LIN], cc=[],
    subject="好久没聊啦",
    body="""林主管：

国庆回来一直没顾上跟您好好聊聊！我这次去了云南，先在昆明待了两天，在翠湖边喂了一下午海鸥，结果被一只特别凶的抢走了半个鲜花饼，旁边的大爷笑得直拍腿。然后去了大理，租了辆电动车环洱海，风景真的没话说，就是晒得我整个人黑了两个色号，回来同事都以为我去海边搬砖了。

最让我念念不忘的是菌子火锅！见手青、牛肝菌、鸡枞，老板一再叮嘱要煮满十五分钟才能动筷子，我盯着计时器，比盯系统上线还紧张。吃完那天晚上我特意观察了一下自己有没有看到小人，还好没有，哈哈。

还有件事跟您分享，我家那只橘猫最近迷上了钻纸箱，我给它买的两百块的猫爬架它看都不看，天天蹲在快递箱里，箱子越小它越爱。我妈说这猫随我，买东西永远只图个包装。前两天它还把我桌上的绿萝啃了半截，我上网查了半天绿萝对猫有没有毒，吓出一身冷汗，后来带它去宠物医院看了一眼，医生说没事，就是让我把绿萝挪高一点。

对了，麻烦您周三前确认一下预测版本导入模板，确认后我们就安排导入。

最近我们楼下新开了一家奶茶店，主打一款桂花乌龙，我连喝了五天，已经办了会员，店员都认识我了。您哪天来我们办公室开会，我请您喝，真的比连锁店那些好喝很多。另外您上次说想学烘焙，我最近也在研究戚风蛋糕，失败了四次：第一次塌了，第二次裂了，第三次没熟，第四次终于像个样子，就是糖放多了有点齁。改天可以交流一下心得，您家烤箱是什么牌子的？我这台是搬家时房东留下的，温度一直不太准，我都怀疑蛋糕失败有一半是它的锅。

还有个好消息，我终于把拖了半年的驾照考下来了，科目二倒车入库考了三次，教练说我是他带过的最有耐心的学员，我怀疑这是委婉的批评。

天气越来越冷了，您注意添衣服，我们下周见！

晓彤""",
    quote=None,
),
dict(
    expect=["ramble"], lang="mixed",
    why="ramble: the Data Loader mapping deadline is one line inside coffee, boxing, piano lessons, a K-drama and an exhibition",
    sender=XU, to=[WANGS], cc=[],
    subject="catch up ~",
    body="""王经理,

Hi! 好久没跟你 catch up 了. 上周末我终于去试了你推荐的那家 specialty coffee, 在静安那条小路上, 排队排了 40 分钟, 但是那杯 Ethiopia 手冲真的 worth it, fruity 到我一度怀疑是不是加了果汁. 店员还跟我讲了半天 washed 和 natural 处理法的区别, 我听得一愣一愣的, 最后买了一包豆子回家, 结果家里只有一个 French press, 泡出来完全不是那个味道. 现在在犹豫要不要入一个手冲壶, 你有推荐吗?

然后最近我在练 boxing, 每周三次, 教练是个超级 intense 的人, 第一节课就让我跳绳跳了二十分钟, 第二天我下楼梯都要扶着墙. 不过练了一个月, 感觉整个人精神了很多, 开会也不容易犯困了. 我们 team 有两个人也被我拉去了, 现在每周三晚上一起去, 顺便吃个 poke bowl 当晚饭, 算是 team building 吧.

还有, 上次你说你女儿在学钢琴, 考级考得怎么样? 我侄子也在学, 每天练琴都像在打仗, 我姐说她现在一听到《小星星》就头疼. 我觉得小孩学乐器就是这样, 前两年最痛苦, 熬过那个阶段就好了. 我小时候学小提琴就是没熬过去, 现在想想挺后悔的.

BTW, Data Loader 的 field mapping 表请周五前回我一下, 下周一要跑第一轮 account import.

另外我最近在追一部韩剧, 讲一个律师的, 剧情有点狗血但是完全停不下来, 每天晚上都熬到一点多, 第二天靠咖啡续命, 所以又绕回到咖啡这个话题了, 哈哈. 周末我还打算去看个展, 西岸那边有个关于 modern design 的 exhibition, 听说布展很用心, 灯光和动线都是专门设计的. 如果你也感兴趣可以一起去, 看完顺便吃个 brunch, 那附近有家做 eggs benedict 的小店, 据说周末要排队, 我们早点去应该还好.

还有一件小事, 我们家楼下的流浪猫生了四只小猫, 物业说要送去救助站, 我和邻居们在群里讨论了两天要不要领养一只, 最后我妈一票否决, 理由是我连自己都照顾不好. 其实我觉得她说得有点道理, 毕竟我的绿植已经死了三盆了.

Anyway, 天气转凉了, take care, 有空一起喝咖啡!

许诺""",
    quote=None,
),
]

# ---- two labels --------------------------------------------------------------------------
CASES += [
dict(
    expect=["argue", "backchannel"], lang="zh",
    why="argue + backchannel: lectures the IT manager for not reading weekly reports, and disparages his VP to him (拍桌子, 转身就忘)",
    sender=HE, to=[ZHENG], cc=[],
    subject="Re: 项目延期的书面说明",
    body="""郑经理：

书面说明？延期原因在过去三份周报里写得明明白白：贵方主数据交付晚了十二天，UAT关键用户三次缺席。周报每周五准时发，您但凡点开看一眼，就用不着来找我要“说明”。

另外既然您提到蒋总，我也说句实在话：蒋总每次评审会上拍桌子定方向，过两天自己就忘了，接着再推翻一次。跟着这样的领导，项目能按期才是怪事，这一点您心里也清楚。

贺俊峰""",
    quote="""贺经理：

项目又延期一周，蒋总很不满意，请你们给一个书面说明。

郑国栋""",
    quote_from=ZHENG, quote_style="outlook_zh",
),
dict(
    expect=["ramble", "backchannel"], lang="zh",
    why="ramble + backchannel: a long chatty mail (fishing, daughter's exam, car shopping) that mocks the client VP's hair and 喝茶论道, with one task buried",
    sender=LUO, to=[XIONG], cc=[],
    subject="周末 & 杂七杂八",
    body="""大熊：

周末过得咋样？我跟你说，我周六终于去了千岛湖，凌晨四点出发，开了三个小时，到了湖边雾大得连对岸都看不见，鱼竿架好以后等了整整一上午，只钓上来两条巴掌大的鲫鱼，还被旁边一个大爷笑话说我用的饵料是“喂猫的”。中午在湖边农家乐吃了一锅鱼头，那个汤是真鲜，老板说鱼是早上刚从水库里捞的，我信了，反正好吃就行。下午本来想再钓一会儿，结果下起小雨，只好躲在车里刷手机。

说到刷手机，你看到群里那张照片没有？蒋总上周在他们食堂门口跟人讲“数字化转型”，那个发型跟他的需求一样，一天一个方向，风往哪吹头发往哪倒。他们IT的小伙子私下跟我说，蒋总开会最爱说“我有个想法”，一说就是四十分钟，最后的结论永远是“你们先研究研究”。我真心觉得，这位老板要是能把喝茶论道的功夫分一半给看周报，我们的项目能提前一个月上线。

还有啊，我家闺女这周奥数考试又砸了，老师说她思路没问题就是粗心，我说这点随她爸。她爸不服气，非要周末陪她做题，结果两个人吵了一下午，最后一起去楼下吃了烧烤就和好了。我在旁边看着，觉得这才是真正的项目管理：冲突、升级、和解，一个流程走完。

对了，正事：周四前把物料主数据第二轮清洗结果发我。

另外我最近在看车，纠结要不要换个电动的，我们小区充电桩排队排得厉害，物业说明年才加装，我现在天天研究续航和电池衰减，看得头都大了。你上次说你表哥在4S店，能不能帮我问问年底有没有什么优惠？听说年底冲量的时候能便宜不少，送的东西也多。还有上次你推荐的那家湘菜馆，我去了，辣得我第二天嗓子都哑了，不过剁椒鱼头确实绝，下次团建可以考虑一下，就是包间要提前三天订。

回头聊，这周末要是天气好，我还想再去湖边试试，你要不要一起？

佩姐""",
    quote=None,
),
dict(
    expect=["refusal", "argue"], lang="en",
    why="refusal + argue: a flat 'No.' to reopening the chart of accounts, then blames the controller's team for raising it late",
    sender=DANIEL, to=[SANDRA], cc=[GREG],
    subject="Re: Chart of accounts - freight by region",
    body="""Sandra,

No. We are not reopening the chart of accounts thirteen days before go-live.

Your team had from July to October to raise this. The COA was walked through line by line in three workshops, and Finance signed it off on September 22. Deciding now, after the data loads are done, and expecting us to absorb it is not how a program of this size can be run.

Daniel""",
    quote="""Daniel,

Finance has decided we need to restructure the chart of accounts to split freight by region. Can your team make this change before go-live?

Sandra""",
    quote_from=SANDRA, quote_style="gt",
),
dict(
    expect=["ramble", "refusal"], lang="zh",
    why="ramble + refusal: a long chat about cold weather, back pain, bamboo shoots and the company party hides a flat no to automatic bin suggestion",
    sender=HE, to=[WU], cc=[],
    subject="天冷了，多穿点",
    body="""老吴：

这两天降温降得厉害，早上出门我穿了两件毛衣还是冻得直哆嗦。你们三号仓那个大铁门一开，风就往里灌，你们几个在里面盘点可得多穿点，别学我年轻时候仗着身体好硬扛，现在腰椎一到阴天就疼。上周去医院拍了片子，医生说是老毛病了，让我少坐多走，我心想干我们这行的，哪有不坐的。

说到走，前天晚上我在你们厂后面那条河边散步，看见有人夜钓，一问是你们车间的小刘，他说那段水里有黑鱼，一晚上能钓三四条。我是没那个耐心，不过听着挺馋的。我老家那边这个季节正是挖冬笋的时候，我爸前几天寄来一箱，还有一包自己炒的茶叶，等我下次去仓库给你带一点，你尝尝，跟外面买的不是一个味儿。

年会的事你听说了吧？我们公司今年要求每个项目组出一个节目，组里几个年轻人商量了半天，决定演一个小品，叫《上线前夜》，把我演成一个天天催进度的老头，我说这不就是本色出演嘛。你们那边年会是不是也要出节目？上次听郑经理说你会唱两句黄梅戏，真的假的？

对了，你上次提的那个仓位自动推荐，我们就不做了，你们还是按老办法让保管员自己指定仓位。

再说回天气，预报说下周还有一波寒潮，你们那批露天堆放的钢材记得盖好，去年就是没盖，被雨雪泡了一批，后来处理了好久。还有，听说你儿子今年考研，复习得怎么样了？我侄子前年考的也是机械，说最难的是数学二，要是需要资料我可以让他整理一份寄过来，他的笔记还挺全的。

对了还有个小事，上回在你们食堂吃的那个红烧狮子头，我回家试着做了一次，肉剁得太细，下锅就散了，我老婆说像是肉末汤。你要是认识食堂的大师傅，帮我问问诀窍，是不是得加点荸荠。

就先聊到这儿，我这两天在总部开会，下周一回现场，回去请你喝羊肉汤。

老贺""",
    quote=None,
),
]

# =========================================================================================
# HARD NEGATIVES
# =========================================================================================

# ---- look like backchannel, but are not --------------------------------------------------
CASES += [
dict(
    expect=[], lang="zh",
    why="hard negative (looks like backchannel): internal mail explains the purchasing key user's pressure with empathy and plans a face-to-face review",
    sender=SUN, to=[FANG], cc=[],
    subject="冯主管那边的审批流",
    body="""方圆：

今天跟冯主管聊了四十分钟，总算理解她为什么要改审批层级了。她们部门上个月出了一笔二十多万的错单，老板现在要求五万以上的采购单都要多一道成本中心负责人审批，压力全压在她身上，她也很为难。

所以这不是随口加需求。我想明天带上蓝图文档跟她当面过一遍：哪些可以靠金额阈值在现有三级里解决，哪些确实需要走变更。你先把审批策略的配置截图准备一下，按金额分段列个表。配置先别动。

孙蔓""",
    quote=None,
),
dict(
    expect=[], lang="en",
    why="hard negative (looks like backchannel): internal mail reads the key user's many tickets as a real UX problem and plans a call",
    sender=PRIYA, to=[KEVIN], cc=[TOM],
    subject="Linda's tickets - let's read them properly",
    body="""Kevin, Tom,

I went through the eleven tickets Linda filed this week. Several are duplicates, but the pattern is worth taking seriously: on smaller screens the export button drops into the overflow menu, and all her regional managers use 13-inch laptops. From where she sits, the feature really is missing.

Kevin, can you check the list view at 1366x768 and see whether we can pin Export to the main toolbar? I'll call Linda tomorrow, show her where it is today and tell her what we're changing. Let's close the duplicates with a short personal note rather than "works as designed". She's been our most engaged key user and I'd like to keep it that way.

Priya""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: handover note warns a new colleague about a demanding client in neutral, respectful terms",
    sender=TANG, to=[LV], cc=[],
    subject="华信项目交接：和客户打交道的几点",
    body="""吕晨：

欢迎加入华信项目。交接前先跟你说几件和客户打交道的事：

1. 郑经理对文档要求很高，邮件里的数字、日期一定核对两遍再发，他会逐条看；
2. 他习惯当天问当天回，来不及给结论也先回一句“收到，几点前答复”；
3. 蒋总关注上线日期和成本，汇报时先讲结论，细节放附件；
4. 仓库吴主管不太看邮件，有事打电话或者直接去三号仓找他，效率高很多。

客户要求高是好事，说明他们重视这个项目。拿不准的先问我。

唐宁""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: sympathy for the client's warehouse team working late, proposes simpler templates and an instruction card",
    sender=LUO, to=[FANG, XIONG], cc=[],
    subject="仓库盘点辛苦了，我们能帮点什么",
    body="""方圆、大熊：

老吴他们仓库这两周为了期初库存，每天盘到晚上十点，周末也没休息。今天我去三号仓，好几个人嗓子都哑了。

我想我们能做两件事：一是把盘点差异的导入模板再简化一下，去掉他们用不到的七个字段；二是给他们做一张A4的盘点操作卡，贴在每个库区。大熊你看模板周三前能改完吗？操作卡我来写，方圆帮我审一下。

另外我订了奶茶，明天下午送过去。

罗佩""",
    quote=None,
),
dict(
    expect=[], lang="en",
    why="hard negative: frustration is aimed at a third-party EDI vendor; the client is explicitly defended",
    sender=DANIEL, to=[RACHEL, KEVIN], cc=[],
    subject="EDI provider - again",
    body="""Rachel, Kevin,

I'm honestly running out of patience with the EDI provider. They've now missed three test slots in a row, the last one with twenty minutes' notice, and their "senior engineer" sent us a mapping spec for the wrong ANSI version. Northgate's team was on the call ready to go every time; they're the ones losing days here.

Rachel, can you escalate to our account contact at the provider and ask for a named engineer for the next two weeks? Kevin, please keep the 856 mapping ready so we can test the moment they show up. I'll let Mark know where things stand and that this one is on our vendor, not his team.

Daniel""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: slang (又双叒叕, 醉了) is aimed at the tax authority's e-invoice portal, not the client; gives a new slot and fallback",
    sender=JIANG, to=[QIAN], cc=[],
    subject="数电发票接口联调顺延",
    body="""钱老师：

跟您说一声，税局的数电发票平台今天又双叒叕在维护，公告说明早6点恢复，我们今天下午的开票接口联调只能顺延到明天上午10点。这周第三次了，真是醉了。

明天上午我们的人10点准时到财务室，麻烦您准备两张测试用的销售订单。如果明早平台还没恢复，我们就先用沙箱环境把报文格式走一遍，不耽误后面的进度。

江涛""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: self-deprecation (我这脑子进水了) after our own cutover-rehearsal mistake, owns the fix",
    sender=TANG, to=[XIONG, MA, DENG], cc=[],
    subject="切换演练翻车复盘：锅是我的",
    body="""各位：

昨晚切换演练第二步就卡住了，原因已经查清：生产环境的物料编号范围是我配的，起始号段少打了一个0，导致迁移程序批量报号段冲突。检查清单上这一项我签了字却没核对，我这脑子真是进水了。

修正已经完成，老马帮忙在QA上重放了一遍，通过。下周二正式演练前，我会和大熊把所有号段配置再逐条对一次。

连累大家熬到两点，今天下午茶我请，奶茶咖啡随便点。

唐宁""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: banter about a colleague nicknamed 二狗, 服气 used as praise; the client is quoted praising the report",
    sender=HE, to=[DENG, DU], cc=[FANG, XIONG],
    subject="表扬一下二狗",
    body="""杜总、各位：

必须公开表扬一下二狗（邓凯）。客户要的库存账龄报表，他昨晚一个人从九点写到凌晨三点，今天早上郑经理试用完说“比老系统快太多了”。这货的ABAP是真能打，我是服气的。

二狗，今天下午你调休，谁敢找你我替你挡着。

老贺""",
    quote=None,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: internal forward of the client's harsh complaint (quote only); the PM says she has a point and plans an apology call",
    sender=XU, to=[KEVIN], cc=[],
    subject="Fw: UAT 反馈 - case #212",
    body="""Kevin,

转一下 王珊 今早的邮件. 话说得挺重, 但 honestly 她说的有道理: case #212 (价格四舍五入) 我们确实 reopen 了三次, 每次都只修了 quote 页面, 没修 order 页面.

我想这样处理: 你今天把 regression test 补上, 覆盖 quote / order / invoice 三个地方; 我明天上午打电话给她, 先道歉, 再讲清楚 root cause 和我们新加的测试. 别在邮件里辩解, 电话里当面说.

许诺""",
    quote="""许经理,

说实话我对这次 UAT 非常失望. 同样的 bug 改了三次还在, 你们的测试是不是根本没做? 我们老板已经在问要不要换实施商了.

王珊""",
    quote_from=WANGS, quote_style="outlook_zh",
),
dict(
    expect=[], lang="zh", trad=True,
    why="hard negative (traditional): internal mail explains the plant accountant's anxiety, admits our training gap, plans an on-site reconciliation",
    sender=CHEN, to=[HUANG], cc=[],
    subject="蔡姐的月結壓力",
    body="""志偉：

跟你說一下台中廠的情況。蔡姐這兩個月對月結差異特別緊張，我今天跟她通了半小時電話，才知道她每月五號前要向廠長解釋每一筆差額，而新系統上線後她還沒有一份能直接對帳的報表，只好繼續用手工表。差異有一部分是在途庫存的口徑不同，不完全是她的問題，我們培訓時也沒講透。

下週一我們一起去台中，當面跟她把十月的差異逐筆對一次，順便把在途庫存的報表做給她。你準備系統端的明細，我準備口徑說明。她做事很認真，只是壓力大，我們多幫一把。

嘉怡""",
    quote=None,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: annoyance is about the typhoon, not the client; offers two rehearsal dates for the client to choose",
    sender=HESY, to=[WANGS], cc=[],
    subject="台风 - cutover rehearsal 改期",
    body="""王经理,

这台风真是够了, 深圳 office 今天全员 work from home, 机房那边也限制进出. 原定今晚的 cutover rehearsal 我们建议改到周六晚上 8 点, 流程不变, 只是时间顺延.

你们那边的 key users 如果周六不方便, 也可以放在下周一晚上, 你选一个时间回我就行. 大家注意安全!

思远""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: internal post-mortem with the client deliberately in Cc, says the client's criticism is right",
    sender=ZHOU, to=[MA, TANG, XIONG], cc=[ZHENG],
    subject="上周接口中断内部复盘（抄送郑经理）",
    body="""各位同事（抄送郑经理）：

上周三销售订单接口中断了六个小时，郑经理在周会上批评我们“出了问题不主动通报，客户是从仓库听说的”。这个批评是对的。

复盘结论：
1. 技术原因：中间件证书过期，监控没有覆盖证书有效期；
2. 流程原因：发现问题后我们先内部排查了两个小时才通知客户，超出了约定的30分钟通报时限；
3. 改进：老马本周内加上证书到期监控；今后任何生产中断，值班人员15分钟内先电话通知郑经理，再排查。

特意抄送郑经理，请您监督我们落实。

周启明""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: a colleague's complaint about the key user is only in the quote; the PM answers with her reasons and a fix",
    sender=LUO, to=[XIONG], cc=[],
    subject="Re: 预测导入",
    body="""大熊：

辛苦了，一天导三次确实折腾。不过我问了一下，林主管一天改三次，是因为她们销售部每天下午才给她更新订单预测，她也是被上游推着走。

我的想法：和林主管商量一个冻结时点，比如每天下午4点后的修改统一第二天导入；另外你把导入做成一个按钮，她那边可以自己上传，错误提示写清楚一点。明天上午我约她一起过一下，你也来。

罗佩""",
    quote="""佩姐，那个林佳真是烦死了，一天改三次预测，我导入都导麻了，能不能让她消停点？

熊磊""",
    quote_from=XIONG, quote_style="foxmail",
),
dict(
    expect=[], lang="mixed",
    why="hard negative: jokes about our own team (my fault, colleague nicknamed 'the Apex whisperer'); the client is treated respectfully",
    sender=HESY, to=[KEVIN, XU], cc=[],
    subject="sandbox refresh 又忘了 (我的锅)",
    body="""Hi all,

坦白一下: 这周的 sandbox refresh 又被我忘了, 所以 Linda 她们今天测的还是上周的数据. 锅是我的, 不是 Kevin 的, 虽然 Kevin "the Apex whisperer" 昨天还提醒过我 lol.

已经补跑了, 预计下午 3 点完成. 我另外建了一个 recurring reminder, 每周四早上 9 点, 再忘我请大家吃 hot pot.

Linda 那边我已经打电话说明了, 今天她们提的三个 data 相关的 ticket 先 hold, 刷新后再验.

思远""",
    quote=None,
),
dict(
    expect=[], lang="en",
    why="hard negative: internal mail shows sympathy for the client VP's pressure, admits our share of the slip, proposes options in person",
    sender=DANIEL, to=[RACHEL], cc=[],
    subject="Greg and the slip",
    body="""Rachel,

Before you talk to Greg tomorrow: he's under real pressure. Their board approved the program on the promise of a Q1 go-live, and the two-week slip lands on him personally, even though half of it came from our side (the EDI delays). I'd go in expecting him to be short with us, and honestly that's fair.

I'd rather we bring him options in person than send another email: (a) keep the date with a reduced scope for the Canadian branches, or (b) move two weeks and add a parallel-run week at our cost. Let him pick. I'll have the numbers for both by noon.

Daniel""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: the finance key user's posting mistake is handled constructively; the PM blames our training, not her",
    sender=JIANG, to=[FANG, MA], cc=[],
    subject="测试凭证误过账到生产的处理",
    body="""方圆、老马：

昨天钱老师把一张测试用的付款凭证误过到了生产环境的公司代码1000。她今早自己发现后第一时间告诉了我，态度很主动，现在比较自责。

现在不是追责的时候，我们分三步：
1. 方圆今天上午协助她做冲销，冲销原因用“04”，并在摘要里写明；
2. 老马查一下为什么测试账号在生产里能过账，本周内收紧权限；
3. 我反省一下培训：测试和生产两个客户端的登录界面几乎一样，我们没特别提醒。下周培训我加一页区分说明。

江涛""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: irritation (搞笑, 烦死了) is aimed at a SAP GUI patch, not at anyone on the client side",
    sender=SHAO, to=[MA], cc=[],
    subject="GUI补丁闪退",
    body="""老马：

这个SAP GUI新补丁简直是来搞笑的，装上之后一打开MIGO就闪退，我上午重启了六次，烦死了。今天下午客户仓库还要做收货培训，培训室十几台电脑都是上周统一装的这个版本。

麻烦你两点前帮忙确认一下能不能回退到上一个补丁包，或者给培训室的电脑先装个能用的版本。实在不行我就把培训改到明天，我去跟吴主管解释。

邵文""",
    quote=None,
),
]

# ---- look like argue or refusal, but are firm-and-polite or buffered ---------------------
CASES += [
dict(
    expect=[], lang="zh",
    why="hard negative: buffered 本期暂不纳入 with CR number, review date, reply deadline and an interim standard transaction",
    sender=ZHOU, to=[ZHENG], cc=[LIN],
    subject="Re: 多级BOM变更对比报表",
    body="""郑经理：

感谢提出多级BOM变更对比的需求，这个报表对工程变更管理很有价值。

结合当前进度，上线前的开发和测试时间确实不够，本期暂不纳入。需求已登记为CR-2026-047，变更委员会11月20日评审，评审后三个工作日内我会把工作量和排期书面发您。

在此之前，可以先用标准事务CS14做单层对比。我们本周五给生产部做一次30分钟的演示，看能否覆盖大部分日常场景。

周启明""",
    quote="""周总：

我们生产部希望在系统里增加一个多级BOM变更对比报表，能在上线前做出来吗？

郑国栋""",
    quote_from=ZHENG, quote_style="gt_zh",
),
dict(
    expect=[], lang="en",
    why="hard negative: 'isn't achievable' followed by two concrete options and the choice left to the client",
    sender=PRIYA, to=[GREG], cc=[SANDRA],
    subject="Re: Multi-currency pricing on day one",
    body="""Greg,

Thanks for being direct. I'll be equally direct: full three-currency pricing by January 12 isn't achievable with the testing it needs. MXN alone brings new tax conditions we haven't built yet.

Two options that do work:
1. Go live on January 12 with USD and CAD; MXN follows on February 9 after a dedicated test cycle.
2. Move go-live to January 26 and launch all three currencies together; the extra two weeks cost you nothing from our side.

Either is fine with us, and it's your call. If it helps, I can walk your finance team through the MXN impact on Wednesday before you decide.

Priya""",
    quote="""Priya,

We need full multi-currency pricing (USD, CAD and MXN) live on day one. Non-negotiable from our side.

Greg""",
    quote_from=GREG, quote_style="outlook",
),
dict(
    expect=[], lang="zh",
    why="hard negative: escalation to the head of delivery with a reply date, 'won't refuse you casually'",
    sender=SUN, to=[FENG], cc=[DU],
    subject="Re: 供应商寄售月度结算",
    body="""冯主管您好：

寄售月度自动结算涉及合同范围和报价调整，超出了我能直接拍板的权限，我不能随口答应您，也不想随口拒绝您。

我已经把您的需求和背景整理好，转给了我们的交付总监杜娟（已抄送），她会在周三下班前直接回复您，包括能否纳入本期、纳入的话需要多少工作量。在此期间，寄售物料的日常收发我们照常配置，不受影响。

孙蔓""",
    quote="""孙经理：

我们想在本期加上供应商寄售的月度自动结算，麻烦尽快安排。

冯雪""",
    quote_from=FENG, quote_style="outlook_zh",
),
dict(
    expect=[], lang="zh",
    why="hard negative: firm-but-polite facts answering 'did you even do UAT?': signed test case, root cause, offer to demo in person",
    sender=TANG, to=[ZHENG], cc=[],
    subject="Re: 定价结果与老系统不一致",
    body="""郑经理：

理解您的担心，价格算错对业务影响很大。跟您同步一下我们核对的结果：

1. 11月3日签字的UAT用例P-017覆盖了标准价加阶梯折扣，当时结果与老系统一致；
2. 这次的差异来自11月6日新增的“经销商返利”条件类型ZRB1，它不在UAT范围内，目前排在阶梯折扣之前计算，所以结果偏低；
3. 建议把ZRB1调到折扣之后，需要走一个小变更，今天就可以在测试环境给您看效果。

您方便的话，今天下午三点我过去当面演示。

唐宁""",
    quote="""唐经理：

定价计算结果和老系统不一致，你们的UAT是不是没做到位？

郑国栋""",
    quote_from=ZHENG, quote_style="foxmail",
),
dict(
    expect=[], lang="en",
    why="hard negative: 'As we discussed on Monday's call' as follow-through; firm freeze date with a path for late changes",
    sender=TOM, to=[MARK], cc=[],
    subject="Interface freeze on the 18th",
    body="""Hi Mark,

As we discussed on Monday's call, the interface freeze is on November 18. After that date, changes to the SAP-Salesforce field mappings go through the change board so we can protect the regression run that starts on the 19th.

I know your team still has two mapping tweaks in flight (order type and payment terms). If you can send them by Monday the 16th, we'll include them before the freeze. Anything later we'll log and schedule for the first post-go-live release, and I'll make sure nothing gets lost.

Thanks,
Tom""",
    quote=None,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: negation 不是做不了 with a next-sprint date, an estimate promise and an interim Excel export",
    sender=HESY, to=[WANGS], cc=[],
    subject="Re: dashboard sell-through by region",
    body="""王经理,

不是做不了, 是这个 sprint 已经排满了, 硬塞进去会影响你们月底要用的 commission report. 我建议放到 next sprint 第一周, 11/23 开工, 11/27 给你们 UAT.

具体 estimate 我周一给你. 如果这周就急着看数据, 我可以先从 report 里导一个 Excel 版本, 给你们的 regional managers 先用着.

思远""",
    quote="""何经理, dashboard 加一个 sell-through by region 的图, 这周能上吗?

王珊""",
    quote_from=WANGS, quote_style="gt",
),
dict(
    expect=[], lang="zh", trad=True,
    why="hard negative (traditional): buffered version of the dual-unit request: CR-118, evaluation week, reply date and an interim batch-characteristic workaround",
    sender=CHEN, to=[PENG], cc=[CAI],
    subject="Re: 鋁捲雙單位庫存",
    body="""彭課長您好：

謝謝您提出鋁捲雙單位管理的需求，這對台中廠確實很重要。

因為雙單位會牽動庫存評價與總部合併報表，本期上線前來不及完整測試，所以暫不放入本期範圍。我們已登錄為變更單CR-118，預計12月第一週與總部財務一起評估，評估結果會在12月8日前回覆您。

上線後到評估完成前，建議先用批次特性欄位記錄每批的卷數，查詢時可以直接帶出，現場不用另外記表。如果這個方式不夠用，我們也可以先安排一次現場討論。

陳嘉怡""",
    quote="""陳經理：

台中廠的鋁捲需要同時用公斤和卷數管理庫存，能否在系統中設定雙單位？謝謝。

彭立""",
    quote_from=PENG, quote_style="outlook_zh",
),
dict(
    expect=[], lang="zh",
    why="hard negative: recommendation (按我们的经验更推荐方案B) with both options costed and the decision left to the client VP",
    sender=ZHOU, to=[JZH], cc=[ZHENG],
    subject="关于上线策略的两个方案",
    body="""蒋总：

关于上线策略，我们整理了两个方案供您决策：

方案A：三个工厂同时上线（1月5日）。优点是主数据一次切换、没有临时接口；风险是切换周末工作量集中，需要贵方每个工厂至少4名关键用户全程在场。

方案B：总厂先上（1月5日），两个分厂2月2日跟进。优点是风险分散，分厂可以借鉴总厂的经验；代价是一个月的新旧系统并行，需要一个临时的库存调拨接口，约增加8人天。

按我们的经验，更推荐方案B，主要考虑分厂关键用户的培训还不够充分。但两个方案我们都能实施，最终由您定。如有需要，周四可以当面向您和郑经理汇报。

周启明""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: 绝不是要挡回去 negation; no on-the-spot date but a reply deadline and a fallback (做不了 only as a conditional)",
    sender=LUO, to=[LIN], cc=[],
    subject="Re: 产能看板需求",
    body="""林主管：

先说清楚，我这边绝不是要把产能看板的需求挡回去。您说的按工作中心看实时负荷，确实是计划部每天都要用的。

我现在不敢当场答应具体日期，是因为数据要从MES取，接口还没定。今天下午我跟MES厂商确认接口能力，明天中午前给您一个初步方案和排期。如果接口一时做不了，我们可以先用SAP标准的能力评估报表做一个简版，下周就能给您用起来。

罗佩""",
    quote="""罗经理：

计划部想要一个按工作中心显示实时负荷的产能看板，下个月能不能上？

林佳""",
    quote_from=LIN, quote_style="gt_zh",
),
dict(
    expect=[], lang="zh",
    why="hard negative: 并不是你们的问题, the PM takes the blame for a missing authorization and promises a check step",
    sender=SUN, to=[WU], cc=[],
    subject="昨天PDA收货无法过账的原因",
    body="""吴主管：

昨天下午PDA收货一直报“无权限”，仓库的兄弟们只好手工登记，晚上又补录到八点，真对不起。

查清楚了，这次并不是你们操作的问题：我们前天调整角色时，把“收货过账”权限从仓库角色里误删了。今天上午已经恢复，我在三号仓用两台PDA各收了一单，都能正常过账。

以后每次调整权限，我们都会先用您这边的一个账号实际试一遍再发布。昨天手工登记的那批，我们的顾问下午过去帮忙核对。

孙蔓""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: the client's angry words (！！！, 到底行不行) are only in the quote; the PM apologises and gives times and actions",
    sender=HE, to=[ZHENG], cc=[JZH, WU],
    subject="Re: 发货单打印不出来",
    body="""郑经理：

非常抱歉给仓库造成这么大的影响，您着急是完全应该的。

目前进展：
1. 原因已定位：上线时三号仓打印机的输出设备没有同步到生产环境；
2. 我们的顾问已经在现场，14:30前完成配置，15:00前请吴主管现场验证；
3. 积压的两百多张发货单，我们安排两人协助仓库批量补打，预计17:00前打完。

16:00我会给您打电话同步一次进度。今晚我们在现场留人，确保明天早班发货正常。

贺俊峰""",
    quote="""贺经理：

上线第三天了，发货单还是打不出来！！！仓库堆了两百多单，你们到底行不行？今天下班前必须解决，否则我直接找你们老板。

郑国栋""",
    quote_from=ZHENG, quote_style="outlook_zh",
),
dict(
    expect=[], lang="en",
    why="hard negative: the VP's angry quote ('disaster', 'excuses') sits below a calm reply with cause, fix and call time",
    sender=DANIEL, to=[GREG], cc=[MARK, KEVIN],
    subject="Re: Reps can't see accounts",
    body="""Greg,

You're right to be upset. Reps not seeing their accounts on day one is exactly what we told you wouldn't happen.

Here is where we are:
- Cause: the territory assignment job ran before the account owner load finished, so about 240 accounts ended up with no territory.
- Fix: Kevin is re-running the assignment now; it takes roughly 40 minutes. We'll verify with three of your reps before I call it done.
- Prevention: we're adding a dependency between the two jobs so the order can't flip again.

I'll call you at 11:00 with confirmation. If anything changes before then, you'll hear it from me first.

Daniel""",
    quote="""Daniel, this is a disaster. Half our reps can't see their accounts this morning. Your team promised this would be seamless. I want answers in an hour, not excuses.

Greg""",
    quote_from=GREG, quote_style="gt",
),
]

# ---- other hard negatives ----------------------------------------------------------------
CASES += [
dict(
    expect=[], lang="zh",
    why="hard negative: risky words as technical terms (系统拒绝过账, 不允许删除, 必须先确认, 理论上不会重复过账)",
    sender=JIANG, to=[QIAN], cc=[],
    subject="过账报错说明",
    body="""钱老师：

您截图的报错已经看过了，说明如下：

1. “过账期间011 2026未打开”：11月期间还没有打开，系统拒绝过账属于正常保护。请在OB52中打开11月期间后再过账，打开前必须先确认10月的折旧已经跑完；
2. 物料1200-0034删不掉：有库存和未清采购单的物料，系统不允许直接删除，只能先设删除标记，期末归档时才会真正清除；
3. 您担心的重复记账：这两张凭证参照的是同一张发票，系统有重复发票校验，理论上不会出现第二次过账。

还看到别的报错的话，直接截图发我。

江涛""",
    quote=None,
),
dict(
    expect=[], lang="en",
    why="hard negative: risky words as technical terms (connection rejected by host, record refused, must be docked, kills idle sessions)",
    sender=TOM, to=[JOE], cc=[],
    subject="Scanner uploads - what the errors mean",
    body="""Hi Joe,

Thanks for sending the screenshots. Here's what's going on with the handheld uploads:

1. "Connection rejected by host": the scanners were still pointing at the old WMS server. We've pushed the new address; each device must be docked once to pick it up.
2. "Record refused: duplicate serial": this one is working as intended. A serial number can only be received once, so a second scan of the same carton is blocked.
3. The upload job kills any session that has been idle for more than 15 minutes. If a picker takes a break mid-wave, they just log in again; nothing is lost.

If you like, I can come by on Thursday and walk the shift leads through it on the floor.

Tom""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: risky motto (没有不可能) and a disclaimer (不接受任何口头变更) appear only in the signature",
    sender=SHAO, to=[ZHENG], cc=[QIAN, WU, FENG],
    subject="本周五切换前检查会",
    body="""郑经理：

本周五下午2点在贵司三楼会议室开切换前检查会，议程：
1. 主数据最终核对结果（熊磊汇报）；
2. 期初库存与财务余额对账；
3. 切换周末值班表与联络方式；
4. 回退预案。

请邀请财务、仓库、采购三位关键用户参加，预计一个半小时。

-- 
邵文 | 高级项目经理 | 交付二部
电话：021-5555-0138
座右铭：没有不可能的项目，只有不够用心的人。
本邮件及附件仅供收件人使用。未经书面确认，我方不接受任何口头变更请求。""",
    quote=None,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: a 'never say no' motto and a liability disclaimer only in the signature; the body is a plain training notice",
    sender=HESY, to=[WANGS], cc=[],
    subject="training 材料已上传",
    body="""王经理,

下周的 key user training 材料已经上传到 shared drive 的 /Training/Week2 目录, 包括 opportunity 管理, quote 审批, commission report 三部分. 每个 session 90 分钟, 有 hands-on exercise.

麻烦帮忙确认一下参训名单, 周四前回我就可以.

Thanks!

--
何思远 | Project Manager, CRM Practice
"Never say no to a client. Never say never to a deadline."
Confidential: this message is intended solely for the addressee. We cannot accept liability for changes made to it after sending.""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: long (ramble-length) cutover plan that stays on its subject throughout",
    sender=SHAO, to=[ZHENG], cc=[QIAN, WU, FENG, XIONG],
    subject="元旦切换周末计划（定稿）",
    body="""郑经理及各位关键用户：

元旦切换周末的计划已经定稿，要点如下，请各位对照自己负责的部分确认。

一、时间窗口
12月31日18:00老系统停止业务录入，1月3日20:00前完成切换并开放新系统。期间如遇紧急发货，仓库按纸质单据登记，1月4日上午补录。

二、切换步骤
1. 12月31日18:00至22:00：老系统最后一次库存与财务余额导出，财务钱老师和仓库吴主管双方签字确认；
2. 1月1日：物料、客户、供应商主数据最终导入，熊磊团队负责，导入后由各模块关键用户抽查5%；
3. 1月2日：期初库存、未清采购单、未清销售单、应收应付余额导入，每一步导入后出对账表，由对应模块关键用户当场核对签字；
4. 1月3日上午：财务总账试算平衡，库存数量与金额双向核对；下午：端到端业务验证，下单、发货、开票各走一单，采购收货和付款各走一单。

三、回退条件
如果1月3日14:00前库存金额差异超过0.5%，或总账不平且无法定位原因，由蒋总和我方交付总监共同决定是否回退。回退方案已经演练过一次，老系统可以在4小时内恢复使用，期间录入的纸质单据不受影响。

四、人员与联络
切换期间我方现场8人、远程4人，三班轮值；贵方每个模块至少1名关键用户在岗，值班表见附件。紧急联系人是我本人和郑经理，手机24小时开机。每天早上9点和晚上9点各开一次15分钟的站会，通报进度和问题。

五、需要贵方提前准备的事项
1. 12月28日前完成最后一轮主数据冻结，冻结后新增物料走纸质审批；
2. 12月30日前把年底最后一批采购收货和销售发货全部在老系统过账；
3. 通知主要客户和供应商，12月31日晚至1月3日期间订单确认可能延迟一天；
4. 财务部在12月31日前完成年底银行对账，并准备好各银行账户的期末余额单，作为期初余额导入的核对依据。

请各位在周五前回复确认，有调整意见也请一并提出。

邵文""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: long root-cause analysis of duplicate MRP requisitions; on topic, owns our migration error",
    sender=TANG, to=[LIN], cc=[ZHENG, FENG],
    subject="MRP重复生成采购申请的原因分析",
    body="""林主管、郑经理：

关于上周MRP对同一批轴承重复生成采购申请的问题，原因已经查清，整理如下。

一、现象
11月9日夜间MRP运行后，物料BR-6204等17个物料各生成了两张采购申请，数量相同，交货日期相差一天。采购部据此多下了3张订单，已于10日上午发现并取消，供应商那边冯主管已经电话确认过，没有产生费用。

二、原因
1. 直接原因：这17个物料在总厂和分厂两个MRP区域下都维护了计划参数，分厂的需求在跨工厂调拨时又被总厂计算了一遍；
2. 根本原因：主数据迁移时，我们按老系统的逻辑为分厂物料复制了一套MRP区域设置，但没有同步关闭总厂对分厂需求的计划。这是我们迁移规则设计上的疏漏，测试时也没有覆盖跨工厂调拨的场景。

三、已做处理
1. 11月10日下午已关闭17个物料在分厂MRP区域的重复设置；
2. 11月11日重新运行MRP，结果与计划部人工核算一致；
3. 对全部物料做了一次筛查，另外发现4个同类情况，已一并修正。

四、后续措施
1. 迁移规则增加跨工厂校验，本周五前完成，并在第三轮模拟迁移中验证；
2. UAT补充3条跨工厂调拨用例，下周一与林主管一起执行；
3. 上线后第一个月，每次MRP运行后我们出一份重复申请检查报表发给采购部和计划部，连续四周没有异常再停止。

五、对其他模块的影响评估
我们同时检查了这17个物料相关的库存、成本和财务凭证：被取消的3张采购订单没有收货记录，也没有产生应付；标准成本未受影响；分厂的安全库存设置保持不变。因此这次问题只影响了采购申请和订单，没有延伸到库存和财务。

给计划部和采购部带来的额外工作，我们深表歉意。

唐宁""",
    quote=None,
),
dict(
    expect=[], lang="en",
    why="hard negative: long weekly status report (ramble length) that stays on the program throughout",
    sender=PRIYA, to=[MARK, GREG], cc=[SANDRA],
    subject="Weekly status - week ending Nov 13",
    body="""Hi Mark, Greg, Sandra,

Here is the weekly status for the Northgate SAP/Salesforce program, week ending November 13.

Overall: amber. Build is on track; the EDI test cycle is one week behind, which squeezes the integration test window but does not yet move the January 12 go-live.

Completed this week
- Order-to-cash: pricing procedure finalized, including the distributor rebate condition agreed in the November 10 workshop. Linda's team executed 48 of 60 scripted test cases; 44 passed and 4 defects were logged (two minor, two medium).
- Procure-to-pay: approval matrix configured as signed off; Sandra's team validated the $50k threshold routing.
- Salesforce: territory model loaded for all US regions. Canadian territories will load once the account owner file arrives from sales ops.
- Data migration: second mock load completed. The customer master error rate fell from 6.1% to 1.8%. The remaining errors are mostly missing tax IDs; the list went to Joe on Thursday.

Risks and issues
1. EDI provider delays (high). Three missed test slots. We have escalated through our account manager and have a named engineer from Monday. If the 856 and 810 transactions are not passing by November 27, we will propose a manual fallback for the first two weeks after go-live.
2. Key-user availability in December (medium). Holiday schedules overlap with the final UAT cycle. We'd ask Greg to confirm at least two key users per stream for December 7-18.
3. Canadian account owner file (medium). Needed by November 20 to keep the territory load on schedule.

Decisions needed
- Approval of the manual EDI fallback as a contingency (Greg, by November 24).
- Confirmation of December key-user coverage (Greg and Mark, by November 20).

Next week
- Third mock load and reconciliation.
- Integration test cycle 1 for the SAP-Salesforce order sync.
- Cutover plan walkthrough with Mark's infrastructure team on Thursday.

Budget: 61% consumed against 58% of planned work complete. The variance is within the agreed tolerance and comes mostly from the extra mock load we added in October.

Change requests
- CR-031 (distributor rebate reporting) approved on November 10 and scheduled for sprint 9.
- CR-033 (bin-first pick list) logged after Joe's request; impact analysis will be ready by November 18, and we'll review it with Joe and Mark before anything is committed.
- No new change requests were raised by Finance this week.

Training
The key-user training calendar for December has been shared with Linda and Joe. Sessions run 90 minutes, with a sandbox exercise at the end of each one. We will send a short attendance summary after each week so you can see who still needs a catch-up session.

Happy to go through any of this on Monday's call.

Priya""",
    quote=None,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: long data-migration plan in mixed language, stays on topic, options left to the client",
    sender=XU, to=[WANGS], cc=[MARK],
    subject="Salesforce data migration plan",
    body="""王经理,

跟你同步一下 Salesforce data migration 的计划, 方便你们内部安排 resource.

1. Scope
这次迁移的对象包括 Account (约 12,400 条), Contact (约 31,000 条), Opportunity (近两年的 open 和 closed-won, 约 8,600 条), 以及 price book. Activity history 只迁移最近 12 个月, 更早的数据会导出成 CSV 归档, 放在 shared drive 供查询.

2. Approach
我们用 Data Loader 分三轮 mock load:
- Mock 1 (11/23): 全量 load 到 full sandbox, 主要验证 field mapping 和 record type;
- Mock 2 (12/7): 加入 dedupe 规则, 按 tax ID + 公司名 fuzzy match, 重复记录由你们 sales ops 选 survivor;
- Mock 3 (12/21): 按 production cutover 的顺序和时间完整彩排一次.

3. 你们这边需要做的
- 11/20 前确认 field mapping 表, 特别是 "经销商等级" 和 "区域" 这两个 picklist 的取值;
- 每轮 mock 之后安排 2 位 key users 抽查, 各抽 200 条 record, 对照老系统;
- 12/14 前确定 survivor records 的最终名单.

4. Validation
每轮 load 之后我们出一份 reconciliation report: 记录数对比, 必填字段缺失率, owner 分配情况. 目标是 mock 3 的 error rate 低于 0.5%.

5. Risks
目前最大的风险是 contact 里大约 15% 没有 email, 会影响后续的 marketing campaign. 可以先迁移, 上线后由销售逐步补齐; 也可以上线前做一次 data enrichment. 两个方案的工作量我下周一发你对比, 由你们来选.

6. Cutover 当天
Production load 安排在 1/9 晚上 7 点开始, 顺序是 account, contact, opportunity, price book, 最后是 activity history, 预计 6 个小时. 每个对象 load 完之后, 我们先跑 reconciliation, 数字对上了再进入下一个. 当晚需要你们 sales ops 留一位同事在线, 遇到 survivor 或 owner 的问题可以当场决定; 如果某个对象的 error rate 超过 1%, 我们会先暂停, 跟你和 Mark 电话确认是继续还是回退.

有问题随时找我, 周四的例会上我们也可以一起过一遍.

许诺""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: praise to the client (天方夜谭 done, 真服了 as admiration), no disparagement",
    sender=HE, to=[WU, ZHENG], cc=[],
    subject="期初库存对账完成，感谢仓库团队",
    body="""吴主管、郑经理：

说实话，上周我们内部评估时，都觉得三天内把六个仓、一万四千多个库位的期初库存对平，几乎是天方夜谭。结果仓库团队硬是做到了，差异率控制在0.3%以内，我是真服了。

感谢吴主管带着大家连续加班。剩下的21条差异我们已经逐条列在附表里，周三前和您一起确认处理方式，就可以收尾了。

贺俊峰""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="hard negative: interleaved reply; the buyer's harsh lines are quoted with '>' and the PM's own answers are polite and concrete",
    sender=LUO, to=[FENG], cc=[],
    subject="Re: 采购订单打印问题",
    body="""冯主管：

您的几点问题我逐条回复在下面：

> 1. 采购订单打出来供应商地址是空的，这种低级错误你们也会犯？
是我们的问题：供应商主数据迁移时，地址字段的映射漏了一个。今天中午已经补迁移，重新打印即可显示。

> 2. 审批通过的订单为什么还要再点一次“下达”？太麻烦了，到底能不能改？
您看到的“下达”按钮其实是打印输出，审批通过时订单已经下达了。我们明天上午在培训材料里把按钮含义标清楚，也会评估能否审批后自动触发打印，周五前答复您。

> 3. 你们顾问每次都说“系统就是这样”，我听够了。
这点我们接受批评。以后顾问回答问题都要说明原因和可选方案，我会在内部专门强调。

罗佩""",
    quote=None,
    layout="plain",
),
dict(
    expect=[], lang="zh",
    why="hard negative: 不行 in another sense (if the load test result is not good enough, the backup plan kicks in)",
    sender=TANG, to=[ZHENG], cc=[MA],
    subject="性能压测安排及备用方案",
    body="""郑经理：

周三晚的性能压测安排如下：模拟300个并发用户，覆盖销售下单、发货过账、MRP运行三个场景，20:00开始，预计两个小时。

如果压测结果不行，比如下单响应超过3秒，我们已经准备了备用方案：增加两台应用服务器并调整工作进程数，老马那边的资源已经申请好，不会影响1月5日的上线日期。

压测报告周四中午前发您。

唐宁""",
    quote=None,
),
]

# fixed order for the build: shuffle once with the set's seed
random.Random(4545).shuffle(CASES)
