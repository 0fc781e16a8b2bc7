"""heldout19: 80 labelled PM email drafts for mailcoach (training / tuning set).

Written by an independent helper from /work/shared/drafts/README.md (labelling guide) and
/work/shared/seed/pm-client-communication.zh.txt only. All text is synthetic.
30 positives (argue 7, refusal 7, persuade 6, ramble 6, backchannel 7; three drafts carry two labels)
and 50 hard negatives. Build with: python3 benchmarks/blindkit.py benchmarks/heldout19
"""

import random


def D(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("quote_from", None)
    kw.setdefault("trad", False)
    kw["body"] = kw["body"].strip("\n") + "\n"
    if kw["quote"]:
        kw["quote"] = kw["quote"].strip("\n")
    return dict(**kw)


# --- our side -------------------------------------------------------------------------------
LH = "李航 <li.hang@ourteam.example.com>"
ZXW = "周晓雯 <zhou.xiaowen@ourteam.example.com>"
CM = "陈默 <chen.mo@ourteam.example.com>"
SYF = "孙一帆 <sun.yifan@ourteam.example.com>"
HJY = "何嘉怡 <he.jiayi@ourteam.example.com>"
TOM = "Tom Becker <tom.becker@ourteam.example.com>"
RACHEL = "Rachel Ng <rachel.ng@ourteam.example.com>"
DANIEL = "Daniel Ortiz <daniel.ortiz@ourteam.example.com>"
TSAI = "蔡明哲 <tsai.mingche@ourteam.example.com>"
LIN = "林志豪 <lin.zhihao@ourteam.example.com>"
WONG = "黃詠詩 <wong.wingsze@ourteam.example.com>"
ZL = "赵磊 <zhao.lei@ourteam.example.com>"
WQ = "吴倩 <wu.qian@ourteam.example.com>"
GZJ = "郭子健 <guo.zijian@ourteam.example.com>"
SJ = "宋佳 <song.jia@ourteam.example.com>"
FT = "冯涛 <feng.tao@ourteam.example.com>"
ZW = "张伟 <zhang.wei@ourteam.example.com>"
WR = "王睿 <wang.rui@ourteam.example.com>"
MJ = "马军 <ma.jun@ourteam.example.com>"
ZP = "周鹏 <zhou.peng@ourteam.example.com>"
LJ = "梁杰 <liang.jie@ourteam.example.com>"
ZH = "郑红 <zheng.hong@ourteam.example.com>"
KEVIN = "Kevin Lau <kevin.lau@ourteam.example.com>"
SAM = "Sam Patel <sam.patel@ourteam.example.com>"
GRACE = "Grace Liu <grace.liu@ourteam.example.com>"
LKM = "李家明 <lee.kaming@ourteam.example.com>"

# --- clients --------------------------------------------------------------------------------
ZJG = "周建国 <zhou.jianguo@client-a.example.cn>"      # manufacturing (MES/ERP)
LIMIN = "李敏 <li.min@client-a.example.cn>"            # hospital information dept
ZLAN = "张兰 <zhang.lan@client-a.example.cn>"          # school / education platform
HW = "黄伟 <huang.wei@client-a.example.cn>"            # retail chain
MX = "马骁 <ma.xiao@client-a.example.cn>"              # e-commerce
CZM = "陳志明 <chen.zhiming@client-a.example.cn>"      # Taiwan retail POS
CKC = "陳家俊 <chan.kachun@client-a.example.cn>"       # Hong Kong insurer
LF = "刘芳 <liu.fang@client-a.example.cn>"             # logistics / WMS
SONGJ = "宋健 <song.jian@client-a.example.cn>"         # government service portal
XN = "许娜 <xu.na@client-a.example.cn>"                # game studio
WH = "王浩 <wang.hao@client-a.example.cn>"             # game studio dev lead
WSF = "吳淑芬 <wu.shufen@client-a.example.cn>"         # Taiwan food manufacturer ERP
MARK = "Mark Hughes <mark.hughes@client-b.example.com>"      # logistics
SARAH = "Sarah Klein <sarah.klein@client-b.example.com>"     # SaaS buyer
HELEN = "Helen Ward <helen.ward@client-b.example.com>"       # insurance claims
JAMES = "James O'Neill <james.oneill@client-b.example.com>"  # telecom analytics
BEN = "Ben Foster <ben.foster@client-b.example.com>"         # fintech payments
LAURA = "Laura Chen <laura.chen@client-b.example.com>"       # retail kiosks
PRIYA = "Priya Raman <priya.raman@client-b.example.com>"     # insurance claims team
LY = "刘洋 <liu.yang@bank-c.example.cn>"       # 科技部处长 (刘处)
ZQ = "赵强 <zhao.qiang@bank-c.example.cn>"     # 赵总
CJ = "陈静 <chen.jing@bank-c.example.cn>"      # 陈经理
WB = "吴斌 <wu.bin@bank-c.example.cn>"         # 吴工
QH = "钱浩 <qian.hao@bank-c.example.cn>"       # 钱总 (CFO side)

CASES = []

# =============================== POSITIVES =====================================================

# ---- argue --------------------------------------------------------------------------------------
CASES += [
D(expect=["argue"], lang="zh",
  why="argue: sarcastic '经常是几次?', blames client's backup schedule and lectures them to self-check before writing",
  sender=ZW, to=[LIMIN], subject="Re: 门诊系统近期频繁卡顿的问题",
  body="""
李主任：

您信里说系统"经常"卡顿，我想先确认一下，"经常"具体指几次？我们调了近两周的监控，真正超过3秒的只有两次，时间都是周二上午十点左右——恰好是贵院信息科自己安排全库备份的时段。

说实话，备份放在门诊高峰期，这个安排本身就有问题，卡顿是必然的，跟我们的系统关系不大。类似的情况我们在上线培训时专门讲过，课件第三页还标了红。

建议贵科室下次发函之前，先把内部的运维安排自查一遍，不然大家都在白费力气。

张伟
""",
  quote="""
张经理：
最近门诊挂号系统经常卡顿，医生反映很大，请贵公司尽快排查并给出说明。
李敏
信息科
""", quote_from=LIMIN, quote_style="gt_zh"),

D(expect=["argue"], lang="en",
  why="argue: condescending 'as simple as I can', 'not a complicated sentence', lecturing the client about the contract",
  sender=TOM, to=[MARK], subject="SLA clock - once more",
  body="""
Hi Mark,

I'll try to make this as simple as I can, because we seem to keep having the same conversation.

The SLA clock starts when a ticket is logged in the service portal. Not when someone on your side mentions a problem in the WeChat group, not when your ops lead calls our engineer's personal phone at 11 pm, and not when somebody remembers it in the Monday meeting. That is what section 4.3 says, that is what your own procurement team negotiated, and frankly it is not a complicated sentence.

So the three "breaches" in your October report are not breaches. They were never tickets. If your team wants the clock to run, they need to use the portal, which, I'd gently point out, we have now trained them on twice.

Let's not spend Thursday's call on this again.

Tom
Tom Becker | Delivery Manager
"""),

D(expect=["argue"], lang="zh", trad=True,
  why="argue (traditional): blames store staff, '到底有沒有人看?', tells client to train people before talking about stability",
  sender=LIN, to=[CZM], subject="關於上週六門市POS異常",
  body="""
陳經理您好：

上週六的POS異常，我們已經查得很清楚了：三家門市在結帳尖峰時段直接拔網路線重開機，交易才會卡在半途。這點操作手冊第12頁用紅字寫著，不能這樣做。

坦白說，手冊發下去兩個月，看起來貴司門市根本沒有人翻過。每次出事就先怪系統，然後我們團隊熬夜幫忙查，最後都是現場操作的問題，這樣的循環請貴司自己想想是不是該結束了。

麻煩貴司先把門市的教育訓練做好，再來談系統穩定性。

林志豪
"""),

D(expect=["argue"], lang="mixed",
  why="argue (mixed): timeline used as an indictment, '这个锅我们不背', tells the bank's leaders to look it up themselves",
  sender=SYF, to=[CJ], subject="Re: 关于项目延期的说明",
  body="""
陈经理,

书面解释没问题, 我先把 timeline 摆出来:
- 9/30 需求冻结, 双方签字
- 10/12 贵行加了 3 个监管报送字段
- 10/21 口径又改一次, 还是贵行发起的
- 11/03 UAT 环境贵行网络部晚开了 5 天

就这几条, 延期是谁造成的一目了然。这个锅我们不背, 也背不动。所有 change log 都在 Jira 上, 贵行领导有疑问, 麻烦先自己点开看看, 别一上来就问我们要解释。

孙一帆
""",
  quote="""
孙经理，项目又延期了，行里领导很不满意，请你们给个书面解释。
陈静
""", quote_from=CJ, quote_style="outlook_zh"),

D(expect=["argue"], lang="zh",
  why="argue: lecture slipped into a meeting recap - '最基础的概念', '扫盲', '看懂了我们再接着谈'",
  sender=GZJ, to=[ZJG], cc=[LJ], subject="11月6日MES方案评审会纪要",
  body="""
各位好，

附上今天评审会的纪要，要点如下：

1. 工单拆分规则：维持方案V2.3不变。
2. 设备数据采集频率：按贵方要求调整为每10秒一次，11月15日前完成配置。
3. 关于"工单"和"派工单"的区别：会上贵方几位同事讨论了将近四十分钟，其实这是MES最基础的两个概念，行业里稍微像样一点的工厂都不会在这上面卡壳。为了避免下次评审再把时间花在扫盲上，我把入门资料放在附件里了，建议贵方参会人员会前都看一遍，看懂了我们再接着谈。
4. 下次评审时间：11月13日下午两点。

郭子健
"""),

D(expect=["argue"], lang="en",
  why="argue: 'surprised this needs explaining', blames the client's testers for a non-defect and tells them to check the basics",
  sender=DANIEL, to=[HELEN], subject="RE: P1 - all test policies vanished from staging",
  body="""
Helen,

I'm a little surprised this needs explaining at this stage of the project, but here goes: staging is refreshed from the masked production snapshot every Sunday night. Anything you load there is gone on Monday morning. That is not a defect, that is what a staging environment is for, and it is on slide 4 of the onboarding deck your team signed off in August.

Raising it as a P1 pulled two of my engineers off the release for half a day. Before the next P1, could someone on your side please check the basics first?

Daniel
""",
  quote="""
Daniel,
All the test policies we loaded into staging last week have disappeared. This is a P1. We need an explanation today.
Helen
""", quote_from=HELEN, quote_style="outlook"),
]

# ---- refusal (+ one refusal/argue, one persuade/refusal) ----------------------------------------
CASES += [
D(expect=["refusal", "argue"], lang="zh",
  why="refusal + argue: '别评估了,结论就是不加' with no buffer, plus '怎么...就全忘了?' and '需求不是菜市场' lecturing",
  sender=WQ, to=[HW], subject="回复：订单列表加导出按钮",
  body="""
黄经理：

这个就别评估了，结论就是不加。

上个月需求评审会上，订单列表的字段和功能是您亲手逐条勾过的，签字页我现在还留着。当时您自己说"导出功能后台有就够了"，怎么老板看一眼demo，就全忘了？

需求不是菜市场，今天加一个按钮、明天加一个筛选，这项目就永远交不了。

吴倩
""",
  quote="""
吴经理：
我们老板看了demo，希望订单列表能加一个一键导出Excel的按钮，再加上按门店筛选。麻烦评估一下。
黄伟
""", quote_from=HW, quote_style="foxmail"),

D(expect=["refusal"], lang="zh",
  why="refusal: formal 复函 that closes the request now and forever, no evaluation, alternative or escalation",
  sender=ZL, to=[SONGJ], subject="关于增加扫码登录功能的复函",
  body="""
宋科长：

贵单位10月28日来函收悉。

关于在政务服务门户增加"扫码登录"功能一事，经我方项目组研究，该功能不属于本项目合同约定的建设内容，我方不再安排开发，后续运维期亦不作考虑。

特此函复。

某某科技 政务门户项目组
赵磊
"""),

D(expect=["refusal"], lang="en",
  why="refusal: 'we're passing on that one. Not in Q1 and not after' - flat no on item 4, nothing offered",
  sender=RACHEL, to=[SARAH], subject="Re: Feature wishlist for Q1",
  body="""
Hi Sarah,

1-3 are already planned for Q1, details to follow.

Dark mode for the admin console: we're passing on that one. Not in Q1 and not after. Let's keep the list to the first three.

Rachel
""",
  quote="""
Hi Rachel,
Thanks for the roadmap. Four asks from our side: 1) SSO with Okta 2) CSV export on the audit log 3) bigger file uploads 4) dark mode for the admin console. Let us know what's feasible.
Sarah
""", quote_from=SARAH, quote_style="gt"),

D(expect=["refusal"], lang="zh",
  why="refusal wrapped in a friendly ～-tone mail: live replay '就不往系统里加啦,以后也没有这个打算哦' with no buffer",
  sender=HJY, to=[ZLAN], subject="家长端功能反馈的回复～",
  body="""
张老师好呀～

谢谢您和几位班主任这么细心地整理反馈，三十多条，看得出是真的用心在用我们的系统，特别感动！

签到提醒、作业附件预览那几条小问题，我们下周二的版本里一起修掉。

家长端加课堂直播回放这个嘛，我们商量了一下，就不往系统里加啦，以后也没有这个打算哦～您跟家长们解释的时候可以说平台定位就是作业和通知，大家应该都能理解的。

再次感谢，周末愉快！

何嘉怡
"""),

D(expect=["refusal"], lang="mixed",
  why="refusal slipped into a meeting recap: the client's new request gets '结论: 不做, close.' and nothing else",
  sender=FT, to=[MX], cc=[LJ, ZP], subject="[Recap] 11/10 周会 action items",
  body="""
Hi all,

今天周会的 action items 如下, 有遗漏请回复补充:

1. 支付页 UI 微调 - owner: 我们前端, ETA 11/18
2. 优惠券叠加规则 - 客户这边 11/14 前给最终版文案
3. 会员积分兑换商城 - 客户提的新需求, 结论: 不做, close.
4. 双十二压测 - 11/25 开始, 需要客户协调 CDN 厂商
5. 下次周会 11/17 同一时间

Thanks,
冯涛
"""),

D(expect=["refusal"], lang="zh",
  why="refusal: two-line reply, '不考虑', '没有第二个选项' to the bank's request to move the cut-over",
  sender=CM, to=[LY], subject="回复：切换时间能否调整",
  body="""
刘处：

周六白天切换，我们这边不考虑。时间就按原计划周五22:00，没有第二个选项。

陈默
""",
  quote="""
陈经理：
行里考虑到周五晚上值班人手不足，能否把核心系统切换改到周六白天进行？请回复。
刘洋
""", quote_from=LY, quote_style="outlook_zh"),

D(expect=["persuade", "refusal"], lang="zh",
  why="persuade + refusal: '我们不会做', dismisses the client's need ('他们其实用不上'), tells her to drop the topic",
  sender=ZXW, to=[LF], subject="Re: 审批流可配置的需求",
  body="""
刘经理：

可配置审批流我们不会做。说实话也完全没必要——固定三级审批已经覆盖了95%的场景，西北那几个五级的，让他们把中间两级合并一下不就完了？

您再回去跟区域的同事说说，他们其实用不上那么复杂的东西。就按现在三级的来，这个话题咱们就到此为止吧。

周晓雯
""",
  quote="""
周经理：
我们各区域的审批层级不一样，华南是三级，西北有的是五级，希望审批流能做成可配置的。
刘芳
""", quote_from=LF),
]

# ---- persuade -----------------------------------------------------------------------------------
CASES += [
D(expect=["persuade"], lang="zh",
  why="persuade: '那条路咱们就别再绕了', waves away IT's concern, wants SaaS '一锤定音' with the contract ready to sign",
  sender=LH, to=[ZJG], subject="关于部署方式的一点想法",
  body="""
周总：

说句掏心窝子的话，私有化部署那条路咱们就别再绕了。服务器、机房、运维人员，哪一样不是钱？我们做过的制造业客户里，一开始坚持本地部署的，最后十家有八家又迁回了SaaS，白白多花一年。

您那边IT部的顾虑我们都听过了，说到底就是不放心数据。这个真不是问题，我们的安全认证全都有。

下周一的会上，我希望咱们就把SaaS方案一锤定音，别再开第四次讨论会了。合同我们已经按SaaS版本准备好，您到时候签个字就行。

李航
"""),

D(expect=["persuade"], lang="en",
  why="persuade: 'the PostgreSQL idea needs to go', our team's convenience as the reason, sign-off deadline to stop the debate",
  sender=RACHEL, to=[SARAH], subject="Database decision",
  body="""
Sarah,

I'll be blunt: the PostgreSQL idea needs to go. Every week we spend debating it is a week you're paying for. Oracle is what our team knows, it's what we quoted, and it's the only way I can promise you the March date.

I know your architects prefer Postgres, and I respect that, but a preference isn't a plan, and they won't be the ones explaining a slipped go-live.

I'd like your sign-off on Oracle by Friday so we can stop going round in circles.

Rachel
"""),

D(expect=["persuade"], lang="zh",
  why="persuade via authority and deadline: 集团首席架构师把关, '要听专业的', '以大局为重' and sign by Friday",
  sender=WR, to=[LIMIN], subject="关于影像数据存储方案的确认",
  body="""
李主任：

影像数据集中存储的方案，是我们集团首席架构师亲自把关的，国内三甲医院里做过不下二十家，从来没出过问题。贵院提出按科室分别建库，从专业角度讲是走回头路。

我理解科室主任们各有想法，但这种事情还是要听专业的。建议贵院以大局为重，本周五前把确认单回签给我们，不要让这件事把整个项目拖住。再拖下去，明年一月的等保测评也赶不上了。

王睿
"""),

D(expect=["persuade"], lang="mixed",
  why="persuade (mixed): '建议您就此打住', stop internal reviews, 'OK? 您回个\"好\"就行' - pushes our licensed tool",
  sender=SJ, to=[ZQ], subject="报表平台选型",
  body="""
赵总,

我直说了: 自研报表引擎这个想法, 建议您就此打住。FineReport 的 license 我们已经采购好, 团队也熟, 上手就能用, 自研至少多半年, 而且 bug 全是您的。

我知道科技部那边有几位同事想练练手, 但项目不是练兵场。您那边就别再组织内部评审了, 下周一我们直接按 FineReport 开工, OK? 您回个"好"就行。

宋佳
"""),

D(expect=["persuade"], lang="en",
  why="persuade via cost pressure: change fee doubles, 'your CFO, not me', 'trust the process, sign'",
  sender=TOM, to=[BEN], subject="Option B - need your signature this week",
  body="""
Hi Ben,

Quick one. If we don't lock in Option B by Thursday, the change fee on Option A roughly doubles, and that's a conversation you'll be having with your CFO, not me.

I've run this exact migration for thirty-odd clients. The ones who went with A regretted it. Trust the process, sign the B paperwork, and let's move on. I really don't want to reopen this on next week's steering call.

Cheers,
Tom
"""),
]

# ---- ramble (+ one ramble/backchannel) ----------------------------------------------------------
CASES += [
D(expect=["ramble"], lang="zh",
  why="ramble: the stock-take cut-over instruction is one line inside hotpot, Chengdu teahouses, kids' Lego, football and weather",
  sender=ZXW, to=[LF], subject="近况 & 一点小事",
  body="""
刘经理好！

上周去成都出差，本来想着就是开两天会，结果当地的朋友非要带我们去吃一家开了三十年的老火锅，在一个居民楼底下，门口连招牌都没有，排队排了一个多小时。说实话那锅底是真的香，牛油味特别正，毛肚七上八下，鸭肠烫十秒就捞，吃得我第二天早上还在回味。不过辣得我一晚上没睡好，凌晨三点起来找胃药，酒店前台的小姑娘还特别热心地帮我去便利店买了一盒酸奶，真是太感动了。

说到成都，那边的节奏是真的慢，下午三点公园里全是喝茶打麻将的人，一杯盖碗茶能坐一下午。我当时就在想，等退休了一定要去那边住一阵子。我爱人倒是不太同意，她更想去大理，说那边空气好，还能养花。我们俩为这个事争了好几次，最后决定先带孩子去两个地方都玩一趟再说。孩子今年上三年级了，最近迷上了乐高，一套城堡拼了整整一个周末，拼完非要拍视频发给他爷爷奶奶看。他还说长大了要当建筑师，专门设计能住猫的房子，因为他最近又缠着我们要养一只布偶猫，我和他妈妈到现在还没松口。

对了，您上次说您也喜欢踢球？我们公司楼下新开了一个五人制的场地，周四晚上我们几个同事常去，踢得很烂但是很开心。上周我还扭了一下脚踝，现在走路还有点瘸。您要是有空也可以过来一起，我们正缺一个靠谱的后卫。

另外，下周三盘点系统切换，麻烦贵方仓库在周二晚上八点之前停止所有入库操作。

最近天气也是说变就变，前几天还穿短袖，今天早上出门就得穿羽绒服了。我们办公室暖气还没来，大家都裹着毯子敲代码。周末我还去花鸟市场转了一圈，买了两盆多肉，老板说特别好养，结果一周就被我浇水浇烂了一盆。您那边仓库里应该更冷吧，一定注意保暖。我最近在追一部讲快递行业的电视剧，拍得挺真实的，里面分拣中心的场景我看着特别眼熟，感觉跟贵司的华东仓差不多，有空推荐您看看。

先聊到这儿，祝一切顺利！

周晓雯
"""),

D(expect=["ramble"], lang="en",
  why="ramble: the UAT sign-off deadline is one sentence among a half marathon, a kitchen renovation, a puppy, a book and ramen",
  sender=TOM, to=[LAURA], subject="Catching up",
  body="""
Hi Laura,

Hope you had a good weekend! Mine was, let's say, eventful. I finally ran the half marathon I've been training for since June, the one along the river, and I'm pleased to report I finished, though not in the time I'd told everyone at the office I was aiming for. Somewhere around kilometre fourteen my left calf decided it had had enough, and I spent the last stretch doing a sort of shuffle that my wife filmed and has now shared with her entire family group chat. So that's my legacy.

The other big news is that we're finally renovating the kitchen. We've been talking about it for three years, and last month the oven door literally came off in my hands, which settled the argument. The contractor is lovely but has a very flexible relationship with the concept of time. He said two weeks. We are in week five. The dog, meanwhile, has taken the whole thing personally and now barks at anyone wearing a hard hat, including, on one occasion, a very confused postman who was just wearing a beanie.

Speaking of the dog: you asked last time how the puppy training was going. Honestly, badly. He can sit, he can shake hands, and he has learned to open the pantry door, which was not on the curriculum. The trainer says he's "very intelligent", which I've come to understand is trainer-speak for "you are in trouble".

On a completely different note, I've been reading a fantastic book about the history of shipping containers. I know that sounds dull, but it's genuinely gripping: how one standard steel box changed world trade, emptied entire dockside neighbourhoods and made half of what's in our homes affordable. I'll lend it to you when we next meet. I think you'd enjoy the chapter about the port strikes.

Oh, and could you send the signed UAT sheet over by Thursday.

Also, have you tried that new ramen place on King Street? A few of us went on Friday. The broth is excellent, the queue is not. We waited forty minutes in the rain, which in hindsight was probably not the smartest thing to do two days before a race, but you only live once. If you go, get the spicy miso and skip the gyoza; they were a bit soggy.

Anyway, say hi to the team, and I hope the quarter-end madness isn't too bad on your side.

Best,
Tom
"""),

D(expect=["ramble"], lang="zh", trad=True,
  why="ramble (traditional): the test-account request is one line among typhoon cooking, Tainan food, pour-over coffee and a daughter's university choice",
  sender=TSAI, to=[WSF], subject="近況分享",
  body="""
吳經理您好：

好久沒聯絡了，最近還好嗎？上個月颱風那幾天，台北整個停班停課，我在家裡窩了三天，把冰箱裡的東西全部煮完，最後一天只剩下一包泡麵和兩顆蛋，煮出來竟然還挺好吃的。我太太說我應該去開一家颱風限定餐廳，只在停班停課的時候營業。

颱風過後我們全家去了一趟台南，這次終於吃到了那家傳說中的牛肉湯，早上五點就要去排隊，我兒子一路睡眼惺忪，喝到第一口湯就完全清醒了。接著又去吃了虱目魚粥、鱔魚意麵，還有一家賣了五十年的豆花，老闆娘很健談，跟我們聊了快半個小時，說她年輕時候也在科學園區上過班，後來才回家接手豆花店。我聽著聽著就覺得，人生真的很難說。

最近我也迷上了手沖咖啡，買了一支細口壺和一台磨豆機，每天早上花二十分鐘慢慢沖，同事都笑我是在公司裡開咖啡廳。其實我也沖不出什麼名堂，豆子放太多就苦，放太少又像茶，但就是很享受那個過程。您如果有推薦的烘豆店，麻煩告訴我一下。上個月我還報名了一堂杯測課，老師一口氣讓我們喝了十二種豆子，說要分辨柑橘、莓果、堅果的風味，我喝到第六杯就完全分不出來了，只覺得心跳越來越快，晚上到兩點都還睡不著。

另外請於週五前提供測試帳號。

對了，上次聚餐時您提到女兒要考大學，不知道最後選了哪個科系？我自己當年選科系也是一頭霧水，隨便填了個資訊工程，沒想到一做就是二十年。現在回頭看，其實也不後悔，只是偶爾會想，如果當初念了建築，現在會不會在蓋房子。

週末天氣好像會轉涼，記得多帶件外套。我們下次找時間再約吃飯，這次換我請客。聽說信義區新開了一家港式燒臘，叉燒做得很道地，排隊的人很多，我們可以平日中午去試試看。另外我太太最近在學做鳳梨酥，做壞了好幾批，等她成功了我再帶一盒給您嚐嚐。

祝 順心

蔡明哲
"""),

D(expect=["ramble"], lang="mixed",
  why="ramble (mixed): the staging DB password-rotation date is one 'btw' line among Double 11 shopping, a cat, NBA, iPhone and coffee",
  sender=FT, to=[XN], subject="最近好吗",
  body="""
Hi 娜姐,

最近好吗? 双十一你剁手了没? 我这次真的没忍住, 凌晨十二点守着抢了一台扫地机器人, 结果第二天发现隔壁店便宜了两百, 心态直接崩了。客服说可以保价, 但是流程巨复杂, 要截图要填表, 我填到一半就放弃了, 就当交学费吧。

然后我家那只橘猫, 你上次视频里见过的那只, 最近特别迷那个扫地机器人, 每天坐在上面在客厅里兜风, 跟坐 Uber 一样, 我拍了好多 video, 回头发你看, 真的笑死。我老婆说应该给它开个抖音号, 说不定能火。我觉得以它那个体重, 火之前先把机器人压坏了。

周末看了湖人那场, 太刺激了, 最后三秒绝杀, 我在沙发上直接跳起来, 把猫吓跑了。不过说实话今年湖人的 bench 太薄了, 主力一休息就崩, 感觉季后赛悬。你是勇士球迷对吧? 那我们就先不讨论这个话题了哈哈。说起来我最近也开始打球了, 每周三晚上和几个朋友在小区的球场打半场, 体力真的跟不上了, 打二十分钟就喘得不行, 第二天腿酸到下楼梯都要扶着扶手, 年纪不饶人啊。

对了, 新 iPhone 你换了吗? 我看了一下 spec, 感觉升级不大, camera 稍微好一点, 电池还是那样。我打算再等一代, 反正现在这台也还能用, 就是电池有点不行了, 下午三点就得充电。公司楼下新开了一家咖啡店, 拿铁做得还可以, 就是有点贵, 三十八一杯, 我现在一天一杯, 感觉工资都交给他们了。

btw staging DB 的密码轮换, pls 11/15 前帮忙确认一下时间。

还有, 你们公司年会今年在哪办? 去年你说在三亚, 我们羡慕了一整年。我们今年好像就在公司附近的酒店, 节目还没定, 领导说每个组都要出一个节目, 我们组还在纠结是跳舞还是演小品, 我强烈建议演小品, 因为我不会跳舞。不过我们组的小姑娘们都想跳, 说去年看别的组跳得很好看, 估计最后还是少数服从多数, 我只能躲在最后一排假装在跳了。

有空一起吃饭, 我请!

Cheers,
冯涛
"""),

D(expect=["ramble"], lang="zh",
  why="ramble: the invoice-sent notice is one line among hometown ginkgo, fishing, new tea, digital RMB and a history book",
  sender=SJ, to=[WB], subject="好久不见",
  body="""
吴工您好：

上周末终于抽出时间回了一趟老家，皖南山里，已经三年没回去了。村口那棵老银杏还在，叶子黄得正好，满地金灿灿的，好多城里人专门开车过来拍照，村里的大爷大妈摆了一排小摊卖板栗和笋干，生意好得不得了。我妈一看我回来，杀了一只自家养的老母鸡，炖了一下午，那个汤的味道，说实话城里的饭店根本做不出来。

在老家那几天，我跟我表哥去水库钓了两次鱼。第一天一条都没钓上，被他笑了一晚上；第二天运气好，钓了一条四斤多的草鱼，还有几条鲫鱼，拿回去红烧了一大盆。我表哥说钓鱼最重要的是耐心，我觉得最重要的是运气。您不是也喜欢钓鱼吗？下次有机会可以一起去，我知道郊区有个水库，人少鱼多。

回来的时候我爸非要塞给我两斤今年的新茶，说是他一个老朋友自己炒的，没打农药。我尝了一下，确实清香，回甘也好，比我之前在网上买的那些强多了。我给您留了一罐，下次去行里的时候带给您，您别嫌弃。泡的时候水温别太高，八十度左右最好，第一泡可以倒掉。

第二期款的发票已经寄出，顺丰单号在附件里，麻烦您查收。

最近行里是不是又开始忙年底的事了？我看今年好多银行都在搞数字人民币的推广，街上到处是宣传海报，我家楼下的超市都能用数字人民币付款了，还有满减活动。我试了一次，挺方便，就是我妈到现在还不会用，每次还是掏现金。

另外我最近在看一本讲明朝历史的书，挺有意思的，讲的都是小人物的故事，比那些帝王将相好看多了，里面写一个县城小吏怎么应付上面的检查，看得我直乐，感觉几百年过去了很多事情都差不多。您要是感兴趣，我看完借给您。我家孩子最近也迷上了历史，天天缠着我讲三国，我只好现学现卖，有时候讲错了还被他当场纠正，特别没面子。

天冷了，多注意身体。

宋佳
"""),

D(expect=["ramble", "backchannel"], lang="zh",
  why="ramble + backchannel: internal chat about IKEA, food and cars buries the one task, and mocks the client's VP ('拍脑袋专家', '靠嗓门大') and buyer",
  sender=MJ, to=[ZP], subject="周末 & 杂事",
  body="""
小周：

周末过得咋样？我周六陪我家那位去逛了一整天宜家，回来腿都废了，买了一堆收纳盒，结果到家发现尺寸全不对，周日又跑了一趟去退货。宜家的肉丸倒是一如既往地好吃，我一个人干掉了一整盘，被我老婆嫌弃了一路。

说到吃，公司楼下那家黄焖鸡好像要关门了，老板说房租涨得太厉害，撑不住了。以后中午又不知道吃啥了，你要是发现什么新店记得喊我。听说对面商场新开了一家云南菜，汽锅鸡据说不错，还有菌子火锅，不过我有点怕吃菌子，万一吃完看见小人就麻烦了，哈哈。改天一起去试试，顺便把上次说的那家烤鱼也列上，吃完再去楼下那家新开的甜品店，听说他们的杨枝甘露是现剥的芒果。

对了，给你讲个八卦。上周五跟客户开会，他们那个"拍脑袋专家"孙副总又来了，开场第一句就是"我觉得"，然后一口气推翻了我们三个月的方案。你是没看到他那个表情，好像全世界就他一个人懂行。会后他们自己的IT都偷偷跟我说，"孙总就这样，你们别太当真"。这种人是怎么当上副总的？估计是靠嗓门大。

还有他们那个采购，上次报价单让我们改了七遍，每次就改一个小数点，我怀疑他就是闲得慌。

周四之前把接口文档发给他们。

另外，我最近在考虑换车，看了几款电车，纠结得很。续航够的太贵，便宜的续航又不行，冬天还掉电。你之前不是研究过吗？给我推荐推荐。我老婆想要SUV，我想要轿车，估计最后还是听她的。我爸倒是觉得油车最靠谱，说电车冬天在老家那边根本开不回去，一家人三种意见，每次吃饭都要吵一轮。上周末我还去试驾了一款，销售小哥特别能说，一路给我讲零百加速，我坐在副驾驶差点晕车。

下周团建好像定了去爬山，我这体重估计爬到一半就得下来。你记得提醒我带护膝。

先这样，周四那个别忘了。

老马
"""),
]

# ---- backchannel --------------------------------------------------------------------------------
CASES += [
D(expect=["backchannel"], lang="zh",
  why="backchannel: internal mail mocks the client contact by a nickname ('改稿达人') and says he uses us to kill time",
  sender=HJY, to=[LJ], subject="今天的banner修改",
  body="""
阿杰，

咱们的"改稿达人"今天上午又发了五封邮件，第一封说首页banner要大，第三封说要小，第五封说还是第一封那个好。我看他根本不知道自己要什么，纯粹是拿我们打发上班时间。

你那边先别动手，等他下午再变两轮，稳定了再说。反正改来改去，最后还是我们背锅。

嘉怡
"""),

D(expect=["backchannel"], lang="zh",
  why="backchannel, reply-all accident: the bank contact is still in Cc while the PM sneers at '科技部那几位' and advises stalling",
  sender=CM, to=[ZP], cc=[LY], subject="回复：银行UAT问题清单",
  body="""
小周，

急也没用。科技部那几位就这德性，开了一个月的会一个个都不吭声，等到上线前一周突然全冒出来，好像不提点问题就显得自己没干活。

你挑几个严重的先修，剩下的拖着就行，他们自己也记不住提过什么。

陈默
""",
  quote="""
陈哥，银行那边今天又发来一堆UAT问题，说上线前必须全部关闭，怎么办？
周鹏
""", quote_from=ZP, quote_style="foxmail"),

D(expect=["backchannel"], lang="mixed",
  why="backchannel (mixed): internal mail ridicules the client's new PO ('level 真的堪忧', '哄开心了好签字')",
  sender=FT, to=[LJ, ZP], subject="下周 demo 准备",
  body="""
Hi guys,

客户那边新来的 PO, 说实话 level 真的堪忧, 昨天 refinement 会上连 epic 和 story 都分不清, 问了三遍 "这个 story point 是几个小时", 我差点当场笑出来。

下周 demo 大家准备得 simple 一点, 别讲架构, 讲了他也 get 不到, 放几个截图让他点点按钮就行, 哄开心了好签字。

Thanks
"""),

D(expect=["backchannel"], lang="zh", trad=True,
  why="backchannel (traditional): internal note calls the client's IT head a mouthpiece with no opinions who can't read the material",
  sender=WONG, to=[LKM], subject="明天跟保險公司開會",
  body="""
家明：

明天跟他們開會，你先有心理準備。那位IT主管開會只會轉述老闆的話，自己一點主見都沒有，問他什麼都說「我要回去問一下」，根本就是個傳聲筒。跟他談技術細節完全是浪費時間，你準備一頁紙讓他帶回去給老闆看就好，反正他也看不懂。

詠詩
"""),

D(expect=["backchannel"], lang="zh",
  why="backchannel in a mail to the client: disparages the client's own buyer ('不敢恭维', '早就被调岗了') behind her back",
  sender=LH, to=[ZJG], subject="询价流程的事",
  body="""
周总：

私下跟您说几句。贵司采购部那位孙姐，做事风格我们实在不敢恭维：一个三万块的配件询价单，她压了三个星期，中间问了四次"为什么这么贵"，每次我们都附了明细，她好像一次都没点开。这种效率要是放在我们公司，早就被调岗了。

项目进度卡在她那里，我们也很无奈，您看能不能换个人对接？

李航
"""),

D(expect=["backchannel"], lang="en",
  why="backchannel, reply-all accident: mocks Priya ('hold her hand') with Priya herself in Cc",
  sender=DANIEL, to=[SAM], cc=[PRIYA], subject="Re: upload bug marked URGENT again",
  body="""
lol. Priya's "urgent" just means "I forgot about it until 4:55 on a Friday". Same as last time, someone will have to hold her hand through the upload screen and it'll magically turn out to be the file size limit. Don't drop anything for it.

D.
""",
  quote="""
Priya just marked the upload bug as URGENT again. Third time this week.
Sam
""", quote_from=SAM, quote_style="gt"),
]

# =============================== HARD NEGATIVES ================================================

# ---- buffered refusals, alternatives, escalation, negation --------------------------------------
CASES += [
D(expect=[], lang="zh",
  why="hard negative: buffered refusal - not this release, logged as CR-2026-117 with a review date, reply date and interim workaround",
  sender=CM, to=[LY], subject="回复：对账单增加交易渠道字段",
  body="""
刘处您好：

感谢您周二提出的对账单增加"交易渠道"字段的需求。我们初步看了一下，该字段涉及核心系统和前置机两端的接口改造，影响面比预想的大，本期上线窗口内确实排不进去。

我们已将该需求登记为变更单CR-2026-117，计划在11月20日的变更评审会上做完整评估，评估结论（工作量、排期、费用）会在11月21日前书面回复您。在此之前，如果业务上急需，可以先用现有的"交易明细导出"功能按渠道号筛选，操作说明附后。

如有其他考虑，随时电话我。

陈默
""",
  quote="""
陈经理：
营业部反映对账单上看不出交易是柜面还是手机银行发起的，能否在对账单上加一个"交易渠道"字段？这次上线能带上吗？
刘洋
""", quote_from=LY, quote_style="gt_zh"),

D(expect=[], lang="en",
  why="hard negative: 'isn't realistic' for 1 December, followed by concrete alternative dates and an offer to bring in the director; client chooses",
  sender=TOM, to=[MARK], subject="Re: Route optimisation for peak season",
  body="""
Hi Mark,

I'll be straight with you: the full route-optimisation module by 1 December isn't realistic. The solver alone needs three weeks of tuning against your real depot data, and I'd rather tell you now than on 28 November.

Here's what we can do instead:
- 1 December: static route templates for your top 40 routes (roughly 70% of peak volume), built together with your dispatchers.
- 15 January: the full optimiser, switched on depot by depot.
- If the full module on 1 December is non-negotiable on your side, I'd like to bring our delivery director into a call this week to look at adding a second team. That has cost implications, so it's your call whether it's worth exploring.

Happy to talk it through tomorrow.

Tom
""",
  quote="""
Tom, we need route optimisation live for the peak season, i.e. by 1 December. Can you confirm?
Mark
""", quote_from=MARK, quote_style="gt"),

D(expect=[], lang="zh",
  why="hard negative: escalation - discount beyond the PM's authority, handed to the delivery director with a call time; client's pushy words only in the quote",
  sender=LH, to=[ZJG], cc=[ZH], subject="回复：三期实施费用",
  body="""
周总您好：

您提到希望三期实施费用再减免15%，我完全理解贵司今年预算压力比较大。这个幅度超出了我个人能审批的范围，我已经把您的诉求和背景整理好，今天上午转给了我们的交付总监郑红。她明天上午十点前会直接给您打电话，当面听听您的想法。

在这之前如果您还有需要补充的信息，发给我，我一并转过去。

李航
""",
  quote="""
李经理：
这个价格我们接受不了，必须再降15%，不然我没法往上报。你们看着办。
周建国
""", quote_from=ZJG, quote_style="outlook_zh"),

D(expect=[], lang="zh",
  why="hard negative: negation 「技术上不是没有办法」 followed by two open questions and a dated feasibility review",
  sender=HJY, to=[ZLAN], subject="回复：作文AI打分的想法",
  body="""
张老师：

您提的"作文AI自动打分"这个想法很好，我们组里讨论了一下，技术上不是没有办法，只是需要先解决两个问题：一是评分标准要和贵校语文组对齐，二是学生作文数据的使用需要家长授权。

我们下周三前出一份可行性评估，包括准确率预期、授权方案和大致工期，届时约您和语文组的老师一起过一遍，再决定要不要放进下学期的计划。

何嘉怡
""",
  quote="""
何经理：
语文组的老师们问，系统能不能对学生上传的作文自动打分？批改压力实在太大了。
张兰
""", quote_from=ZLAN),

D(expect=[], lang="en",
  why="hard negative: strong recommendation ('We strongly recommend') that presents the other option fairly and leaves the decision to the client",
  sender=RACHEL, to=[SARAH], subject="Hosting: our recommendation",
  body="""
Hi Sarah,

Following Tuesday's workshop, here's where we've landed.

We strongly recommend the managed Kubernetes option (Option A). Our reasons: your traffic is spiky around month-end, A scales without anyone waking up at 2 am, and it's the cheaper of the two over three years once you count operations time (numbers in the attached sheet).

That said, your team raised fair points about keeping everything on the existing VM estate (Option B): it's familiar, it's already approved by your security team, and there's no new tooling to learn. B is absolutely workable. If you go with B, we'd add a load test before each month-end and a runbook for manual scaling.

It's your decision, and either way we'll make it work. Could you let us know by 20 November so we can order the right environment?

Rachel
"""),

D(expect=[], lang="zh",
  why="hard negative: clear recommendation backed by data (唯一索引 as a technical term), both paths costed, '最终怎么走由贵行定'",
  sender=SJ, to=[WB], subject="历史数据迁移方案的建议",
  body="""
吴工：

关于历史数据迁移，我们的建议比较明确：先做一轮数据清洗，再迁移。

原因是我们抽样了十万条客户记录，发现约4%存在证件号重复或格式不一致，如果直接迁过去，新系统的唯一索引会把这部分数据挡在外面，后续补录的工作量会比清洗大得多。

当然，直接迁移也有它的好处：工期短两周，不占用业务部门人手。如果贵行更看重时间，我们也可以先直接迁移，同时加两轮对账校验，把有问题的数据单独挑出来处理。

两条路的工期和风险对比见附件，最终怎么走由贵行定，我们都配合。

宋佳
"""),

D(expect=[], lang="zh",
  why="hard negative: firm but polite reminder of contract clause 7.2 (acceptance period passed), offers help and a way to extend",
  sender=WQ, to=[HW], subject="关于二期验收进度的提醒",
  body="""
黄经理您好：

打扰一下，跟您同步一个时间点：根据合同第7.2条，二期交付后应在10个工作日内完成验收，我们是10月20日提交的交付物，今天是第14个工作日。

我知道最近贵司在忙双十一备战，大家都很辛苦。验收这边如果有哪些问题需要我们解释，或者需要我们派人过去现场配合测试，您随时说，我们明天就可以安排。如果确实需要延长验收期，也麻烦您回个邮件确认一个新的日期，我们这边好做记录。

谢谢！

吴倩
"""),

D(expect=[], lang="en",
  why="hard negative: firm, polite overdue-invoice reminder citing Schedule 3 and clause 9.4, no blame assumed",
  sender=DANIEL, to=[BEN], subject="Invoice INV-2231 - now overdue",
  body="""
Hi Ben,

A quick note on invoice INV-2231 (Phase 2 milestone, issued 6 October). Under Schedule 3 of the agreement the payment terms are 30 days, so it fell due on 5 November and is now overdue.

I know invoices sometimes get stuck in an approval queue, so no assumptions on my side. Could you check where it is? If anything on the invoice is wrong or it's missing a PO number, tell me and I'll have it reissued the same day.

I should mention that under clause 9.4, work on Phase 3 would pause if payment is more than 45 days late. I'd really rather we never get near that, which is why I'm raising it now.

Thanks,
Daniel
"""),

D(expect=[], lang="en",
  why="hard negative: \"I'm not saying no\" with a named estimator and a yes/no date plus fallback",
  sender=TOM, to=[LAURA], subject="Re: Mandarin voice prompts on the kiosks",
  body="""
Hi Laura,

I'm not saying no. It's a good idea, and your Shenzhen numbers make a clear case for it. What I can't do is promise it for the December release without knowing how much of the kiosk flow needs re-recording.

I'll get our UX lead to estimate it this week. You'll have a yes or no for December, plus a fallback date, by next Wednesday.

Tom
""",
  quote="""
Tom, our Shenzhen stores would love Mandarin voice prompts on the kiosks. Could we add that?
Laura
""", quote_from=LAURA, quote_style="outlook"),

D(expect=[], lang="mixed",
  why="hard negative (mixed): sprint is full, request in backlog with a planning date, interim script, escalation offered if too late",
  sender=FT, to=[MX], subject="Re: 批量退款能不能这个 sprint 加上?",
  body="""
马经理,

理解客服那边的压力。这个 sprint 已经 commit 的内容排满了, 如果硬塞进去, 双十二前的压测会受影响, 风险比较大。

我的建议:
1. 批量退款已经放进 backlog, 下周二 sprint planning 时和您一起定优先级, 如果您排第一, 下个 sprint (11/24 开始) 就做, 12/5 前上线;
2. 这两周过渡期, 我们可以给客服写一个脚本, 每天下午 5 点把客服整理的退款清单批量提交, 不用一笔一笔点。

您看哪个方式可以? 如果两周还是太晚, 我这边拉上我们的技术总监一起看看有没有别的办法。

冯涛
""",
  quote="""
冯涛, 客服那边很急, 批量退款功能能不能这个 sprint 就加上?
马骁
""", quote_from=MX, quote_style="foxmail"),

D(expect=[], lang="zh",
  why="hard negative: advises against the full early go-live but offers two concrete options and lets the client choose",
  sender=ZXW, to=[LF], subject="回复：上线日期能否提前",
  body="""
刘经理您好：

您希望把上线日期从12月15日提前到12月1日，我们认真评估了一下，直说结论：按原范围提前两周，质量上我们没有把握，不建议这样做。但提前上线是可以的，有两个方案供您选择：

方案一：12月1日上线入库、出库、库存查询三个核心模块，盘点和报表模块12月15日上线。优点是核心业务能提前用上，缺点是12月前两周盘点仍需用旧系统。

方案二：全部模块12月1日上线，但需要贵方增加两名业务人员参与测试，测试时间从两周压缩到一周，同时上线后第一周我方加派三人驻场。优点是一步到位，缺点是上线初期问题可能会多一些。

两个方案的详细工作量和风险对比在附件里。您和仓库那边商量后定，周五前告诉我们就行。

周晓雯
""",
  quote="""
周经理：
集团要求华东仓12月1日前必须用上新系统，能不能提前？
刘芳
""", quote_from=LF, quote_style="gt_zh"),

D(expect=[], lang="en",
  why="hard negative: leans against the client's idea with costs, names when building would make sense, 'your product and your call'",
  sender=DANIEL, to=[BEN], subject="Re: Building our own chat widget",
  body="""
Hi Ben,

Happy to share our view, with the caveat that it's your product and your call.

Honestly, we'd lean against building it. A basic widget is about six weeks of work, but the long tail (typing indicators, file uploads, accessibility, mobile keyboards, GDPR deletion) is what costs money, and we estimate around 1.5 developers ongoing just to keep it current. Licensing is roughly 14k a year at your volumes.

Where building does make sense: if chat is a core part of how you want to stand out, or if you need deep integration with your CRM that no vendor offers. If that's your CEO's thinking, it's a legitimate reason, and we'd be glad to scope it properly.

Want me to put both options on one page for your CEO?

Daniel
""",
  quote="""
Daniel, our CEO wants us to build our own chat widget instead of licensing one. Thoughts?
Ben
""", quote_from=BEN),

D(expect=[], lang="zh", trad=True,
  why="hard negative (traditional): polite statement of contract clause 5 (change fee), quote date, and a no-cost workaround",
  sender=TSAI, to=[WSF], subject="關於新增條碼列印格式的報價",
  body="""
吳經理您好：

謝謝您上週提出新增三種條碼列印格式的需求。先跟您說明一下：依照合約第五條，上線後新增的報表與列印格式屬於變更範圍，需要另外報價，這部分先跟您確認清楚，避免之後有誤會。

我們初步估算三種格式約需4個人天，正式報價單會在本週五前寄給您。如果貴司這次預算比較緊，其中「外箱標籤」那一種，其實可以用現有格式調整欄位位置來達成，不需要另外開發，我們可以先幫您調好試印看看。

蔡明哲
"""),

D(expect=[], lang="zh",
  why="hard negative: PM's mnemonic says '字典里没有不可能' only in the signature; the body offers a buffered schedule with two options",
  sender=GZJ, to=[ZJG], subject="关于增加英文版界面的答复",
  body="""
周总您好：

关于系统增加英文界面的需求，我们初步评估需要约15个工作日，主要工作量在报表模板和打印格式上。这个版本的排期已经满了，建议放到明年一月的版本；如果贵司海外工厂二月就要用，我们也可以先把车间操作界面单独做成英文版，12月中旬可以交付，您看哪种更合适。

郭子健
--
郭子健 | 项目经理 | 智能制造事业部
"我们的字典里没有'不可能'"
本邮件及附件仅供指定收件人使用，未经许可不得转发、复制。如您误收本邮件，请立即删除并通知发件人。
"""),

D(expect=[], lang="en",
  why="hard negative: revised timeline stated politely; 'No excuses. No compromises.' and 'you must not read' appear only in the signature block",
  sender=DANIEL, to=[BEN], subject="Revised timeline for the payments module",
  body="""
Hi Ben,

Following our call, here's the revised timeline for the payments module:
- Sandbox integration complete: 19 November
- Your team's testing: 20 November to 3 December
- Production release: 9 December, subject to your sign-off on 4 December

The two-week shift comes from the card scheme's certification queue, which is outside both our control. I've asked our account manager whether we can get an earlier slot and will let you know by Friday.

Best,
Daniel

--
Daniel Ortiz | Senior Project Manager
"No excuses. No compromises. No surprises."
This email and any attachments are confidential. If you are not the intended recipient you must not read, copy or use it; please notify the sender and delete it.
"""),
]

# ---- internal discussion, banter, self-deprecation, defending the client, honest escalation -----
CASES += [
D(expect=[], lang="zh",
  why="hard negative: internal prep for a forceful client boss, described respectfully ('问得都很在点子上'), with a plan and a B option for him to choose",
  sender=LH, to=[LJ, ZP], subject="明天周总汇报会的准备",
  body="""
阿杰、小周：

明天下午给周总汇报延期的事。周总风格比较直接，上次会上连着追问了五个"为什么"，问得都很在点子上。这次我们准备充分一点：

1. 延期两周的原因，按时间线列清楚，哪些是我们的、哪些是双方沟通的问题，不回避；
2. 补救计划要有具体日期和人，不要只写"加班赶工"；
3. 他大概率会问能不能不延期，我们准备一个砍掉部分报表、按原时间上线的B方案，让他选。

今晚八点前把材料发我，我过一遍。

李航
"""),

D(expect=[], lang="zh",
  why="hard negative: frank internal discussion of the client's data-residency worry - admits our omission, plans a face-to-face walkthrough",
  sender=ZXW, to=[LJ, ZP], subject="关于刘经理对数据出境的顾虑",
  body="""
各位：

今天刘经理在电话里反复问日志会不会经过境外节点，语气有点急。说实话她的担心是有道理的，我们的CDN默认配置确实有一部分回源走了香港节点，之前没主动跟她讲清楚，是我们的疏忽。

我的想法：
1. 阿杰今天把所有回源路径梳理成一张图，标清楚哪些在境内；
2. 明天上午我约刘经理当面过一遍，同时给出切换为纯境内节点的方案和成本；
3. 以后这类涉及数据合规的配置，上线前都先跟客户确认。

大家有补充的直接回复。

晓雯
"""),

D(expect=[], lang="zh",
  why="hard negative: go-live-night banter aimed at ourselves (发际线递交辞职信, my own config mistake), and a reminder to thank the client who stays up with us",
  sender=FT, to=[LJ, ZP], subject="今晚通宵上线，求生指南",
  body="""
各位战友：

今晚22点开始上线，预计通宵。温馨提示：

1. 零食已经采购到位，薯片三箱，泡面两箱，红牛管够，谁再偷吃我抽屉里的牛肉干，明天请全组喝奶茶；
2. 我的发际线已经正式向我递交了辞职信，我批了；
3. 上次上线是我把配置文件的环境写反的，这次我保证只负责端茶倒水，不碰键盘。

说正经的：步骤清单在Confluence上，每一步完成在群里回复"√"，有异常第一时间喊我。客户那边马经理今晚也会在线陪着，人家也是陪我们熬夜，大家说话注意点，多说谢谢。

冲！

涛
"""),

D(expect=[], lang="mixed",
  why="hard negative (mixed): the PM confesses breaking the build and buys bubble tea; the joke is on himself, the client is mentioned only for the delivery",
  sender=GZJ, to=[LJ, ZP, KEVIN], subject="build 又绿了 (对不起各位)",
  body="""
各位,

坦白从宽: 下午三点那次 build 挂掉是我干的。merge 了一个 "one-line fix", 没跑 test, 然后众所周知, one-line fix 就是这样变成三小时 outage 的。明天奶茶我请, 在群里接龙, 阿杰你要的大杯加珍珠没问题。

另外, 把 staging server 改名成 "please-dont-touch-this-zijian" 的那位同学: 你是对的, 非常对。

说正事: 给周总那边的 release candidate 还是按周四交付, QA sign off 之后我自己给他发 release notes。

子健
"""),

D(expect=[], lang="zh",
  why="hard negative: self-deprecating correction to the client ('脑子确实有点转不过来'), corrected report and a catch-up plan",
  sender=WR, to=[LIMIN], subject="更正：本周周报中的数据",
  body="""
李主任您好：

非常抱歉，上午发的周报里，"已完成接口数"我写成了38个，实际是28个。是我自己合稿的时候看串了行，这两天脑子确实有点转不过来，给您添麻烦了。

更正后的周报见附件，其他数据我又逐项核对了一遍，没有问题。整体进度比计划慢了大约三天，主要卡在检验科接口上，我们周五前会单独给您一份追赶计划。

王睿
"""),

D(expect=[], lang="zh",
  why="hard negative: PM blames his own explanation ('讲得太绕了', '保证讲人话'), not the client, and restates the point in three lines",
  sender=GZJ, to=[ZJG], subject="补充说明：昨天会上没讲清楚的部分",
  body="""
周总：

昨天的方案汇报，我回去想了一下，关于排产算法那部分我讲得太绕了，连我自己事后听录音都没听明白，难怪大家会有疑问。这块确实是我表达上的问题，跟各位的理解无关。

我重新整理成了一页纸，核心就三句话：
1. 排产先按交期排序，交期相同的按换线成本最小排；
2. 紧急插单会触发局部重排，只影响插单之后48小时内的计划；
3. 任何重排结果都需要计划员确认后才下发到车间。

如果还有不清楚的，我下周二过去当面再讲一次，这次保证讲人话。

郭子健
"""),

D(expect=[], lang="zh",
  why="hard negative: PM defends the client to a colleague whose complaint ('烦死了') is only in the quote; plans to sort priorities with the client",
  sender=ZXW, to=[ZP], subject="回复：报表口径又变了",
  body="""
小周，

理解，改来改去确实折腾人。不过这次真不怪刘经理：税务局上周刚发了新的电子发票口径通知，12月起执行，他们也是被动跟着改，昨天她在电话里也一直跟我道歉。

这样吧，你先估一下改动量，我下午跟刘经理对一下哪些字段必须本月改、哪些可以放到下个版本，尽量不让大家白干。辛苦了，今晚我请大家吃饭。

晓雯
""",
  quote="""
晓雯姐，客户又改需求了！上周刚定的报表口径，今天又说要改，这还让不让人干活了，烦死了。
周鹏
""", quote_from=ZP, quote_style="gt_zh"),

D(expect=[], lang="en",
  why="hard negative: PM defends the client contact to a colleague ('to be fair to Sarah'); the colleague's 'moving the goalposts' is in the quote",
  sender=RACHEL, to=[KEVIN], subject="Re: approval flow change #3",
  body="""
Kevin,

I get it, it's frustrating. But to be fair to Sarah, two of the three changes came from their auditors, not from her, and she's been pushing back internally on our behalf more than we see.

Rather than saying no, let's log it as a change request, size it properly, and I'll take the estimate to her on Thursday. If it threatens the release date she'll want to know, and she'll make the call.

Rachel
""",
  quote="""
Honestly Rachel, Sarah's team keeps moving the goalposts. Third change to the approval flow this month. Can we just say no?
Kevin
""", quote_from=KEVIN, quote_style="outlook"),

D(expect=[], lang="zh",
  why="hard negative: honest escalation to our own director - delay is mostly our fault, client already informed, decision requested",
  sender=CM, to=[ZH], subject="需要您介入：银行项目可能延期两周",
  body="""
郑总：

跟您如实汇报一个风险：核心账务模块的联调进度落后，按目前速度，12月1日的上线节点大概率要延后两周。

原因主要在我们这边：性能测试组的两个人被临时抽调去了另一个项目，压测推迟了十天；另外我对接口联调的工作量估少了，这是我的问题。

我已经做了两件事：一是跟刘处提前打了招呼，说明了情况，他的反应比预期平和，但希望我们下周一前给正式方案；二是拟了两个补救方案（加人或砍范围），附件里有对比。

需要您帮忙的是：能否协调性能测试组的人本周回来？如果不行，周一前我需要您拍板走哪个方案。

陈默
"""),

D(expect=[], lang="en",
  why="hard negative: honest escalation - 'Helen is, rightly, unhappy', the gap was in our test plan, asks the director to apologise at the right level",
  sender=DANIEL, to=[GRACE], subject="Escalation: missed milestone on the claims portal",
  body="""
Grace,

Flagging this to you directly rather than waiting for the monthly review: we missed the 7 November milestone for Helen Ward's claims portal, and Helen is, rightly, unhappy.

What happened: our integration tests only ran against mocked policy data, so we didn't catch a date-format mismatch until her team tested with real data. That's a gap in our test plan, not theirs.

What I've done: apologised to Helen on the phone yesterday, agreed a new date of 21 November, and added real-data tests to the pipeline.

What I need from you: a short call with Helen's director next week, ideally from you, to acknowledge the slip at the right level. I think it would go a long way.

Daniel
"""),

D(expect=[], lang="zh",
  why="hard negative: internal note with the client deliberately in Cc, agreeing the client's criticism of the load test is right and assigning fixes",
  sender=SJ, to=[LJ, ZP], cc=[ZQ], subject="关于压测报告，请大家重视",
  body="""
阿杰、小周：

赵总昨天对压测报告提的几个问题，我仔细看了，都问在了点子上：我们的压测只跑了读请求，写请求比例按生产的三成估算，确实偏乐观；并发用户数也是按去年的峰值算的，没考虑今年新增的两家分行。

这次我特意抄送了赵总，让他也看到我们的改进安排：
1. 周四前按生产真实读写比例重新设计压测场景，阿杰负责；
2. 并发用户数按今年预测峰值的1.5倍设置，小周找行里要最新的业务预测；
3. 新报告下周二前发出，赵总看过之后再开评审会。

赵总，如果还有我们没考虑到的地方，您直接指出来。

宋佳
"""),

D(expect=[], lang="mixed",
  why="hard negative (mixed): a demanding client executive handled respectfully ('问题通常都问在点上'), team told to prepare well and own the outage",
  sender=SYF, to=[LJ, ZP], subject="周四和钱总 review 的准备",
  body="""
Hi all,

周四的 review 是和行里的钱总。他风格比较强势, 会打断人, 但说实话他的问题通常都问在点上, 只是问得比较大声。所以我们准备充分一点:

- latency 要按分行给, 不要只给平均值, 他每次都会追问 worst case;
- 不知道的就说不知道, 然后给一个明确的答复时间, 他很认这个, 比瞎猜强一百倍;
- deck 控制在 10 页以内, 他会自己往后翻。

开场我会先主动提上个月那次 outage, 不等他问。

一帆
"""),

D(expect=[], lang="mixed",
  why="hard negative (mixed): frank internal note that the client CFO's budget challenge is partly right; proposes transparency and a transition rate",
  sender=SYF, to=[ZH], subject="钱总对二期预算的质疑",
  body="""
郑总,

今天和行里的钱总开会, 他对二期 budget 的质疑挺直接的, 主要两点:
1. 为什么 testing 占了 30%?
2. 为什么 change request 的单价比一期高 15%?

说实话, 第二点他说得有道理, 我们一期的 rate 确实是为了拿单压低的, 但没跟客户讲清楚, 现在突然涨, 换谁都会有疑问。第一点我觉得可以解释, 监管项目的测试要求确实高。

我的想法: 下周我们主动给他一份 cost breakdown, 第二点坦白讲清楚一期是优惠价, 二期可以考虑给一个过渡价。您看是否 OK? 需要您批一下过渡价的幅度。

一帆
"""),

D(expect=[], lang="zh", trad=True,
  why="hard negative (traditional): PM tells a colleague the angry client is not overreacting ('並沒有小題大做'); the colleague's remark is in the quote",
  sender=WONG, to=[LKM], subject="回覆：陳先生的投訴",
  body="""
家明：

我明白你的感受，但這次我覺得陳先生並沒有小題大做。三個小時對我們來說是一個事故，對他們前線來說是上百個客人在櫃檯前等，他要向上面交代，語氣重一點可以理解。

而且他的核心問題問得很準：我們到底有沒有做壓測。答案是做了，但流量不夠，這點我們要老實承認。

週五前請你把事故報告初稿給我，重點寫清楚原因和改善措施，不要寫成解釋。報告我會親自送過去。

詠詩
""",
  quote="""
詠詩，陳先生那封信火氣好大，我覺得他有點小題大做，停機也才三個小時。
家明
""", quote_from=LKM, quote_style="gt_zh"),

D(expect=[], lang="zh",
  why="hard negative: light joke with the client that teases only the PM herself (more mails to you than calls to my mum), thanks the client's teachers",
  sender=HJY, to=[ZLAN], subject="验收通过，感谢！",
  body="""
张老师：

收到验收确认单，整个团队都松了一口气！这三个月给您发的邮件大概比给我妈打的电话还多，她老人家最近已经开始吃醋了。

认真说，这次能顺利上线，离不开您和各位班主任的耐心：三轮测试，你们提的一百多条意见，每一条都让系统更好用了。

下周一我们把运维交接文档发给您，之后有任何问题，直接打值班电话或者找我都行。

何嘉怡
"""),

D(expect=[], lang="zh",
  why="hard negative: follow-through '周一电话里我说过...' delivering the promised answer, not a reproach",
  sender=SJ, to=[ZQ], subject="周一电话里答应您的数据保留方案",
  body="""
赵总您好：

周一电话里我说过周三前给您数据保留的答复，现在补上。

结论：可以满足监管要求的审计日志保存七年。超过13个月的日志会自动转入冷存储，成本大约是热存储的十分之一；缺点是调取冷存储数据最长需要12小时，这一点需要贵行合规部知悉。

配置细节和费用估算见附件。如果需要，我可以约贵行合规部一起过一遍。

宋佳
"""),

D(expect=[], lang="zh",
  why="hard negative: '不是贵方录入的问题' - PM takes the blame for the report logic; client's irritation is only in the quote",
  sender=WQ, to=[HW], subject="回复：门店报表和财务报表对不上",
  body="""
黄经理：

昨天您反馈的门店销售报表和财务报表对不上的问题，我们查清楚了，先说结论：不是贵方录入的问题，是我们的报表逻辑有缺陷。

具体是：门店报表按下单时间统计，财务报表按支付时间统计，跨零点的订单会被算进不同的日期。这个口径差异在设计时我们就应该跟您确认，却漏掉了。

修复方案是两张报表都增加"统计口径"选项，默认都按支付时间，本周五上线。上线后我们会把10月的数据按新口径重新跑一遍给您。

再次抱歉给贵司财务带来了额外的核对工作。

吴倩
""",
  quote="""
吴经理：
门店报表和财务报表又对不上，财务天天来找我，你们这系统到底靠不靠谱？
黄伟
""", quote_from=HW, quote_style="foxmail"),
]

# ---- long but focused mails (same length as the ramble positives) -------------------------------
CASES += [
D(expect=[], lang="zh",
  why="hard negative: long root-cause analysis of a payroll batch delay - every paragraph on topic, owns the fault",
  sender=CM, to=[LY], cc=[ZH], subject="11月8日代发工资批处理延迟的原因分析",
  body="""
刘处您好：

关于11月8日上午代发工资批处理延迟约两小时的问题，我们已完成排查，现将原因分析和后续措施汇报如下。

一、事件经过
8日凌晨2:00批处理按计划启动，正常应在5:30前完成，当天实际在7:42完成，导致部分单位员工上午9点前未能到账，贵行客服接到约120通咨询电话。

二、直接原因
批处理第三步"账户状态校验"耗时从平时的40分钟增加到2小时50分钟。排查发现，11月6日我方上线的补丁为账户状态表新增了一个查询条件，但没有同步创建对应索引，导致该步骤全表扫描。测试环境数据量只有生产的十分之一，性能问题在测试阶段没有暴露。

三、根本原因
一是我方补丁评审流程中，没有把"涉及批处理的SQL变更必须在准生产环境压测"列为强制项；二是批处理缺少分步骤耗时告警，直到最终超时才触发告警，错过了人工干预的时机。

四、已采取的措施
1. 11月8日晚已补建索引，9日、10日批处理分别在4:55和5:02完成，已恢复正常；
2. 已为批处理每一步增加耗时阈值告警，超过平时1.5倍即通知值班人员；
3. 补丁评审清单已增加上述强制项，即日起执行。

五、后续计划
我们将在11月20日前完成对近半年所有批处理相关补丁的复查，复查报告会同步给您。同时建议双方在每月的运维例会上增加一项"批处理耗时趋势"的固定议题，便于提前发现苗头。另外，本次受影响的单位清单和到账时间明细已整理成表格附后，如贵行需要向相关单位出具说明，我们可以协助准备技术部分的材料。

六、需要贵行确认的事项
1. 补丁在准生产环境压测需要占用贵行准生产环境约半天，请确认后续是否每次都需要提前走环境申请流程；
2. 耗时告警的接收人目前只有我方值班人员，建议增加贵行运维值班岗，请提供联系人。

此次事件给贵行业务和贵行客户带来了影响，我们深表歉意。如需当面汇报，我和郑总随时可以过去。

陈默
"""),

D(expect=[], lang="zh",
  why="hard negative: long UAT plan (scope, people, data, defect levels, exit criteria) that stays entirely on its subject",
  sender=WR, to=[LIMIN], subject="门诊HIS二期UAT测试安排",
  body="""
李主任您好：

门诊HIS二期的UAT测试安排已初步拟定，请您审阅，有需要调整的地方我们周四前修改。

一、测试时间
11月17日至11月28日，共两周。第一周测试核心流程，第二周测试异常场景和回归。

二、测试范围
1. 挂号与预约：现场挂号、自助机挂号、线上预约、退号；
2. 医生站：病历书写、处方开立、检查检验申请；
3. 收费：医保结算、自费结算、退费、日结对账；
4. 药房：发药、退药、库存预警；
5. 接口：与LIS、PACS、医保平台的数据交换。

三、人员安排
建议每个业务模块由贵院指定一位业务骨干参与，共约8人，每天下午两点到五点集中测试，尽量不影响上午门诊。我方派驻4名测试工程师和1名实施顾问全程在场，负责记录问题和现场答疑。

四、测试环境与数据
测试环境已于本周一部署完成，测试数据采用脱敏后的近三个月门诊数据。医保结算使用医保局提供的测试通道，不会产生真实结算。

五、问题处理
测试中发现的问题统一录入缺陷管理系统，按严重程度分三级：一级问题当天修复，二级问题两个工作日内修复，三级问题在回归阶段统一处理。每天下午五点半开十五分钟碰头会，同步当天问题和修复进展。

六、验收标准
一级问题清零，二级问题遗留不超过3个且都有临时解决方案，即可进入上线准备。

七、需要贵院配合的事项
请在11月14日前确认参与人员名单，并协调一间可容纳12人的会议室作为集中测试场地。另外，医保测试通道的账号需要贵院向医保局申请，一般需要三到五个工作日，建议尽早启动。测试期间如遇门诊临时加号或突发情况需要暂停测试，请提前半天通知我们，我们会相应调整当天的测试内容，确保两周内所有场景都能覆盖到。

八、测试结束后的安排
测试结束后两个工作日内，我们提交UAT测试报告，内容包括用例执行情况、问题统计和遗留问题的处理计划，报告经贵院签字确认后，双方再一起确定上线日期。

王睿
"""),

D(expect=[], lang="en",
  why="hard negative: long weekly status report (progress, plan, risks, decisions, budget) that never leaves the project",
  sender=DANIEL, to=[HELEN], cc=[PRIYA], subject="Weekly status - claims portal, week 45",
  body="""
Hi Helen,

Here is this week's status for the claims portal. Overall: amber, trending to green.

1. Progress this week
- Claims intake form: all 14 fields are now validated server-side, including the policy-number checksum your team asked for. Deployed to UAT on Tuesday.
- Document upload: the size limit is raised from 10 MB to 25 MB, and virus scanning now runs asynchronously, so users no longer wait on the upload screen. Average upload time in UAT dropped from 18 to 4 seconds.
- Adjuster dashboard: the first version of the queue view is in UAT. Sorting and filtering work; bulk assignment is still in development.
- Integration with the policy admin system: the date-format issue from last week is fixed, and real-data tests now run on every build.

2. Plan for next week
- Finish bulk assignment on the adjuster dashboard (target: Wednesday).
- Start performance testing with 500 concurrent users, based on your peak figures from last January.
- Run the accessibility review with your digital team on Thursday afternoon.
- Prepare the draft cut-over plan for your review by Friday.

3. Risks and issues
- Risk (medium): the performance environment is shared with another project and is only guaranteed from Tuesday. If it slips, performance testing moves to the following week, which would squeeze the buffer before go-live. Mitigation: we've asked your infrastructure team for a dedicated window and will hear back on Monday.
- Issue (low): two of your adjusters reported that the dashboard times out on the VPN. We can reproduce it and believe it's a proxy setting; a fix is in review.
- Dependency: we still need the final wording of the claim-acknowledgement email from your compliance team. We've used placeholder text in UAT; the real text is needed by 25 November to stay on schedule.

4. Decisions needed
- Should rejected claims be visible to the customer in the portal, or only communicated by letter? Both are built; it's a configuration switch. We need your answer by Wednesday so we can finalise the test cases.

5. Milestones
- UAT complete: 21 November (on track)
- Performance sign-off: 28 November (at risk, see above)
- Go-live: 8 December (on track)

6. Budget
We're at 61% of the budget with roughly 64% of the work done, so slightly ahead. No change requests are pending.

7. Actions from last week's meeting
- Share the revised test data set with your adjusters: done on Wednesday.
- Confirm the support rota for the go-live weekend: draft sent to Priya, awaiting comments.

If it helps, I can walk your steering group through this on Monday; otherwise, same time next week.

Best regards,
Daniel
"""),

D(expect=[], lang="zh", trad=True,
  why="hard negative (traditional): long data-migration plan (scope, rehearsals, cut-over dates, risks) staying on its subject",
  sender=TSAI, to=[WSF], subject="舊系統資料移轉計畫（草案）",
  body="""
吳經理您好：

附上ERP舊系統資料移轉計畫草案，重點整理如下，詳細內容請參考附件。

一、移轉範圍
客戶主檔約一萬二千筆、料號主檔約八千筆、近三年交易資料約四百萬筆，以及期初庫存與應收應付餘額。超過三年的歷史交易建議轉為唯讀封存，不移入新系統，但仍可隨時查詢。

二、移轉方式
主檔資料先由貴司各部門於十一月底前完成清理，我們提供比對報表，標出重複客戶、停用料號與格式不一致的資料。交易資料採程式批次轉換，分三次演練：十二月第一週、第二週、第三週各一次，每次演練後雙方一起核對筆數與金額，並記錄每次演練的耗時，作為正式切換的時間依據。

三、切換時間
正式切換建議安排在元旦連假：十二月三十一日下午停止舊系統輸入，一月一日至二日完成移轉與核對，一月三日新系統上線。如果貴司年底出貨量太大，也可以改在一月第二個週末，差別是年度結帳會跨兩個系統，會計部的工作量會多一些。兩個時間各有利弊，請貴司內部討論後決定。

四、風險與對策
最大的風險是期初餘額對不上。我們會在每次演練後產出差異明細，由貴司會計部確認；正式切換前若差異仍超過萬分之一，我們建議延後切換，而不是帶著差異上線。其次是條碼標籤，新舊系統的料號編碼規則不同，倉庫現有的貨架標籤需要在切換前一週重新列印，我們會提供對照表與列印範本。

五、需要貴司配合
請指定一位資料負責人，並於十一月二十日前回覆切換時間的選擇；另請會計部在十二月第一次演練時派一位同仁全程參與核對。如果對上述安排有任何疑問，我們可以安排一次線上會議，逐項說明。

蔡明哲
"""),

D(expect=[], lang="mixed",
  why="hard negative (mixed): long change-impact analysis for CR-042 with effort, risks and three options; 'we lean C' but the bank decides",
  sender=SJ, to=[ZQ], cc=[WB], subject="CR-042 影响分析: 手机银行登录增加 passkey",
  body="""
赵总,

CR-042 (手机银行登录增加 passkey 方式) 的影响分析如下, 供周五 CCB 会议讨论。

1. Scope
- App 端: iOS / Android 登录页新增 passkey 入口, 保留原有的密码 + 短信 OTP 作为 fallback;
- 后台: 新增 WebAuthn 服务, 存储用户的 public key, 与现有 IAM 对接;
- 运营端: 客服系统需要能查询和重置用户的 passkey 绑定状态。

2. Effort
- App 端: 约 25 人天
- 后台 WebAuthn 服务 + IAM 对接: 约 30 人天
- 客服系统改造: 约 8 人天
- 安全测试 + 第三方渗透测试: 约 12 人天
合计约 75 人天, 按现有团队规模需要 5 到 6 周。

3. Impact on current plan
如果本月底批准, 最早可以放进 1 月的 release。12 月的 release 不受影响, 但需要把 2 名后台开发从对账优化项目借调过来, 对账优化会因此延后约两周。

4. Risks
- 部分老旧 Android 机型 (约占活跃用户 6%) 不支持 passkey, 这些用户只能继续用密码登录;
- 监管方面, 需要确认 passkey 是否满足人行关于移动金融客户端身份认证的要求, 建议贵行合规部提前介入;
- 用户换手机后 passkey 的迁移依赖 iCloud / Google 账号同步, 客服话术需要提前准备;
- 如果 1 月 release 同时上线其他大改动, 回归测试的压力会比较大, 建议届时控制 release 的总体规模。

5. Options
A. 完整方案, 1 月 release, 约 75 人天;
B. 先上 iOS, Android 下个季度跟进, 约 50 人天;
C. 先做 pilot, 只对员工账户开放, 约 35 人天, 用来验证用户体验和合规口径。

我们倾向 C, 风险最小, 但最终看贵行的业务优先级。附件有详细的 effort breakdown 和时间线, 周五会上一起过。如果会前贵行业务部门对 pilot 范围 (比如是否加入部分 VIP 客户) 有想法, 也可以先发给我, 我们提前把影响评估补上。

6. Next steps
- 周五 CCB: 讨论并确定方案;
- 方案确定后两个工作日内, 我们提交详细设计和测试计划;
- 合规部的意见建议在 12 月第一周前拿到, 以免影响 1 月 release 的排期。

宋佳
"""),

D(expect=[], lang="zh",
  why="hard negative: long warehouse cut-over plan (window, steps, rollback, staffing, risk) - on topic throughout",
  sender=ZXW, to=[LF], subject="华东仓WMS切换方案（第二版）",
  body="""
刘经理您好：

根据上周三的讨论，我们对华东仓WMS切换方案做了修订，主要变化和完整安排如下。

一、切换窗口
由原定的周六白天调整为周五20:00至周六08:00，避开周六上午的出库高峰。周五18:00起停止新增入库单，已在途的入库单由仓库现场在19:30前完成收货。

二、切换步骤
1. 20:00至21:00 库存快照：旧系统冻结，导出全部库位库存；
2. 21:00至23:00 数据导入：库存、库位、在途订单导入新系统，程序自动比对；
3. 23:00至01:00 实盘抽检：按库位抽检10%，重点抽检高价值货品区；
4. 01:00至03:00 业务验证：入库、上架、拣货、出库各走一遍真实单据；
5. 03:00 决策点：双方负责人确认是否切换，如差异率超过0.5%则回退；
6. 03:00至08:00 正式运行，我方人员在现场支持早班。

三、回退方案
旧系统在切换后保留一周只读权限。如03:00决策点决定回退，旧系统可在30分钟内恢复使用，周六出库不受影响。

四、人员安排
我方现场8人，其中3名开发、3名实施、2名测试；需要贵方仓库主管、IT各1人全程参与，另需4名熟练仓管员配合抽检。

五、风险提示
目前最大的风险是RF手持终端的网络覆盖，冷库区域信号偏弱。我们已安排在周三晚上做一次现场信号测试，如有盲区会加装中继。第三个风险是周六早班的仓管员对新系统还不够熟悉，我们建议周四、周五两天下午各安排一小时的实操培训，每位早班仓管员至少在培训环境里完整走一遍拣货和出库流程，培训签到表由仓库主管留存。

六、切换后的支持
切换后第一周我方保留4人驻场，每天早上八点半和仓库主管开十分钟碰头会，当天的问题当天处理；第二周起改为远程支持，问题响应时间不超过两小时。另外，周五晚上的承运商提货需要提前到18:00之前完成，麻烦贵方运输组提前通知各承运商。

以上方案请您审阅，周四前如无调整，我们将按此执行。

周晓雯
"""),
]

# ---- client anger only in the quote -------------------------------------------------------------
CASES += [
D(expect=[], lang="zh",
  why="hard negative: client's '你们的测试是摆设吗?' and supplier-switch threat only in the quote; PM apologises, owns the cause, offers a visit",
  sender=FT, to=[MX], subject="回复：支付回调bug又出现了",
  body="""
马经理：

非常抱歉，同一个问题反复出现，换作是我也会很生气。

我们上午已经定位到原因：前两次修复只处理了支付宝回调，微信支付的回调走的是另一条代码路径，这次出问题的正是这条。是我们排查不彻底，责任在我们。

修复已经在测试环境验证通过，今晚22点发布。发布后我们会连续三天每天人工核对一次回调日志，核对结果每天上午发您。

另外，这周五我想带技术负责人过去一趟，当面跟您和贵司领导说明情况和后续的改进措施，您看下午方便吗？

冯涛
""",
  quote="""
冯涛：
搞什么？！同一个bug修了三次还在，你们的测试是摆设吗？我们老板已经在问要不要换供应商了。
马骁
""", quote_from=MX, quote_style="foxmail"),

D(expect=[], lang="en",
  why="hard negative: 'completely unacceptable' and 'what we're paying you for' only in the client's quote; PM replies with cause, fixes and an offer",
  sender=RACHEL, to=[JAMES], subject="Re: Dashboard down during board meeting",
  body="""
James,

I'm very sorry. Having the dashboard fail in front of your board is the worst possible timing, and I understand why you're angry.

Here's what we know so far: at 10:12 a certificate on the reporting API expired and the dashboard lost its data feed. Our monitoring flagged it, but the alert went to a mailbox nobody was watching on a Saturday. The dashboard was back at 10:41.

Three things are happening today: every certificate now has auto-renewal and a 30-day expiry alert to our on-call phone; we're reviewing every alert route for weekend coverage; and I'll send you a written incident report by Wednesday.

If it would help, I'm happy to join your next board meeting, or brief your chair directly, and explain what happened and what we've changed.

Rachel
""",
  quote="""
Rachel,
Your dashboard went down ten minutes into our board meeting. Ten minutes. I looked like an idiot in front of the entire board. This is completely unacceptable and frankly I'm starting to wonder what we're paying you for.
James
""", quote_from=JAMES, quote_style="gt"),

D(expect=[], lang="zh",
  why="hard negative: client slang '离谱', '服了' only in the quote; PM apologises and explains the SMS-provider failure and fixes",
  sender=HJY, to=[ZLAN], subject="Re: 家长端早上登录不了",
  body="""
张老师：

真的对不起，早上让您和各位班主任承受了那么大的压力。

原因已经查清：凌晨短信验证码服务商做了接口升级，我们的系统没有及时适配，导致七点到七点四十之间家长收不到验证码。七点四十二分我们切换到了备用短信通道，之后登录恢复正常。

后续我们会做两件事：一是两个短信通道改为自动切换，不再依赖人工；二是每天早上六点半增加一次登录链路的自动巡检。

如果方便的话，我们可以起草一份给家长的说明，由学校转发，措辞您来把关。

何嘉怡
""",
  quote="""
何经理：
离谱。早上七点全校家长登录不了，班主任的电话被打爆了。这就是你们说的稳定版本？我真的是服了。
张兰
""", quote_from=ZLAN, quote_style="gt_zh"),

D(expect=[], lang="zh", trad=True,
  why="hard negative (traditional): insurer's '到底有沒有做測試?' and contract-termination threat only in the quote; PM owns it and offers a management visit",
  sender=WONG, to=[CKC], subject="回覆：理賠系統週一停機",
  body="""
陳先生：

非常抱歉，週一上午的停機影響了前線同事和貴司客戶，這是我們的責任。

初步調查結果：週日晚上的例行更新中，資料庫連線池的設定被錯誤覆蓋，導致週一上午尖峰時段連線耗盡。測試環境的流量太小，沒有重現這個情況。

我們已經做了以下處理：一、設定已恢復，並納入版本控管，避免再被覆蓋；二、之後所有更新都會先在壓測環境以尖峰流量驗證；三、完整的事故報告會在週五前送交貴司。

您提到要向管理層反映，我完全理解。如果您同意，我們的董事總經理希望下週親自拜訪貴司管理層，當面說明並聽取意見。

黃詠詩
""",
  quote="""
黃小姐：
週一整個上午理賠系統都無法使用，前線同事被客人罵得狗血淋頭。你們到底有沒有做測試？再這樣下去，我會向管理層建議終止合約。
陳家俊
""", quote_from=CKC, quote_style="outlook_zh"),

D(expect=[], lang="mixed",
  why="hard negative (mixed): client's 'UAT 又 block 了', '没法跟领导交代' only in the quote; PM gives root cause and shifts the plan without squeezing the bank",
  sender=SYF, to=[CJ], subject="RE: UAT 环境又挂了",
  body="""
陈经理,

抱歉, 今天 UAT 卡了一整天, 让业务同事白等, 这是我们的问题。

Root cause: 昨晚的 daily build 引入了一个新的配置项, deploy 脚本没有同步更新, 服务起来了但是连不上消息队列, 我们的 health check 只检查了端口, 没发现。今天下午 3 点已经修复。

改进:
1. health check 增加消息队列连通性检查;
2. 每天早上 8:30 我们先跑一遍 smoke test, 通过了再通知贵行开始测试;
3. 今天损失的一天, UAT 计划整体顺延一天, 不压缩贵行的测试时间。

更新后的 UAT 日程附后, 您看是否 OK。

孙一帆
""",
  quote="""
孙经理，UAT 又 block 了一整天，我们业务同事全在干等。说好的 daily build 呢？这种交付质量我真的没法跟领导交代。
陈静
""", quote_from=CJ, quote_style="outlook"),

D(expect=[], lang="en",
  why="hard negative: client's profanity ('WTF', 'Sort it out') only in the quote; PM agrees, explains our join bug and commits to a fix time",
  sender=TOM, to=[BEN], subject="Re: data export - missing rows",
  body="""
Hi Ben,

Understood, and you're right to push on this: half an export is no export.

The missing rows are the ones with a null region code. The export job filters them out because of a join we added in last week's release; that was our change, and we didn't test it against records without a region. A fix that keeps those rows (region shown as "Unassigned") is deploying at 4 pm today, and I'll re-run the October and November exports for you straight after.

I'll confirm by email as soon as they're in your inbox.

Tom
""",
  quote="""
Tom, WTF is going on with the data export? Half the rows are missing. Sort it out. Today.
Ben
""", quote_from=BEN, quote_style="gt"),
]

# ---- risky words as technical terms or in another sense -----------------------------------------
CASES += [
D(expect=[], lang="zh",
  why="hard negative: 拒绝服务 (HTTP 429), 熔断, 强制封禁, 驳回 used as technical terms in an incident note",
  sender=SJ, to=[WB], subject="关于昨晚网关告警的说明",
  body="""
吴工您好：

昨晚23:10左右网关出现大量告警，跟您同步一下情况：

1. 告警原因是某个外部IP在两分钟内发起了约四万次请求，网关的限流策略生效，对该IP返回"拒绝服务"（HTTP 429），属于预期行为，不是攻击成功；
2. 其间下游的积分服务触发了熔断，熔断期间的请求全部走降级逻辑，返回"积分暂不可用"，核心交易不受影响；
3. 23:25请求量恢复正常，熔断自动关闭。

建议：该IP已加入观察名单，是否强制封禁需要贵行安全部确认。另外，积分服务的熔断阈值目前偏低，我们建议从50%错误率调整到70%，调整方案会走贵行的变更流程，如被驳回就维持现状。

宋佳
"""),

D(expect=[], lang="en",
  why="hard negative: 'kill the process', 'abort', 'FATAL', 'reject the whole batch', 'never force-delete' as runbook instructions",
  sender=TOM, to=[MARK], subject="Runbook note: stuck import jobs",
  body="""
Hi Mark,

As promised, here is the short version of the runbook for stuck import jobs, for your night-shift team:

1. If an import job shows "running" for more than 30 minutes, it's almost certainly stuck. Find its PID on the admin page and kill the process. That's safe: the job is transactional and will roll back.
2. The import service has to be restarted afterwards, otherwise the next job will abort with "FATAL: lock not released".
3. If the upstream file is malformed, the service will reject the whole batch rather than load half of it. That's deliberate. Fix the file and drop it into the inbox folder again.
4. Never force-delete the lock file by hand; step 2 clears it cleanly.

If any of this is unclear, call me. I'd rather be woken up than have your team guess.

Tom
"""),

D(expect=[], lang="zh",
  why="hard negative: 死锁, 回滚, 唯一约束, '不可能被记两次账', '必须和...一致' as technical statements; decision left to the client's finance team",
  sender=FT, to=[XN], cc=[WH], subject="关于周一内购对账差异的说明",
  body="""
娜姐：

关于周一内购对账差了3笔的问题，排查结论如下：

1. 三笔订单都发生在凌晨2:14至2:16，那两分钟内支付回调和对账任务同时操作订单表，发生了数据库死锁，数据库主动回滚了其中一个事务，对账任务因此漏读了这三笔；
2. 钱没有少收，也没有重复扣款：订单号在支付表上有唯一约束，同一笔订单不可能被记两次账，这一点我们也逐笔核对过；
3. 修复方法：对账任务改为读取只读副本，不再和回调争锁，本周四发布。

另外有一个配置需要贵司确认：对账任务的时间窗口必须和支付渠道的结算时区一致，目前是UTC+8，Google Play那边是UTC，我们建议统一调整，具体以贵司财务的口径为准。

冯涛
"""),

D(expect=[], lang="mixed",
  why="hard negative (mixed): 'force push', 'auto reject', 'git blame' (explicitly not about blame), '必须走 MR' as process terms; '您定'",
  sender=GZJ, to=[WH], cc=[LJ], subject="Git 规范调整 & code review 流程",
  body="""
王工,

上周两边代码合并出的问题, 我们复盘了一下, 建议从下周起统一以下规范, 您看看是否 OK:

1. main 分支开启保护, 禁止 force push, 所有改动必须走 merge request;
2. MR 至少一名对方团队成员 approve, CI 不通过的 MR 会被自动 reject;
3. 出问题的时候用 git blame 定位提交人, 目的是找到最了解上下文的人来修, 不是追责, 这一点我会在两边团队都强调一下;
4. commit message 统一用英文, 格式参考 Conventional Commits。

第 2 条会让合并慢一点, 如果您觉得对你们的节奏影响太大, 可以先只对 main 启用, release 分支保持现状。您定。

郭子健
"""),

D(expect=[], lang="en",
  why="hard negative: 'couldn't be done' and 'killer result' as praise; thanks the client's data team for a weekend migration",
  sender=TOM, to=[LAURA], subject="Thank you - the migration weekend",
  body="""
Hi Laura,

I wanted to say thank you properly. When we planned to move 2.3 million customer records over one weekend, half of my team privately thought it couldn't be done, and honestly so did I. Your data team made it happen: your people stayed on the bridge call until 3 am on Saturday, and your reconciliation script caught the currency rounding issue before it ever reached production.

Monday's numbers: every record reconciled, zero customer-facing errors. That's a killer result, and a lot of it is yours.

Drinks on us whenever your team is free.

Tom
"""),

D(expect=[], lang="zh",
  why="hard negative: '这不可能' and '我是真服了你们' as praise for the team; also thanks the bank's staff",
  sender=CM, to=[LJ, ZP], cc=[ZH], subject="致敬周末的\"不可能任务\"",
  body="""
各位：

上周五下午五点接到银行的紧急需求时，说实话我第一反应是：两天改完监管报送接口，这不可能。结果周日晚上十点，阿杰发来一句"测完了，全绿"。我是真服了你们。

特别感谢：阿杰连续两个晚上盯联调；小周把三百多个字段的映射表一条条核了一遍；还有测试组的娟姐，周六带着孩子来加班，孩子在会议室画了一下午画。

也要谢谢刘处那边，周六一整天都有人在线陪我们对数据，问题基本上都是秒回。

这周五晚上部门聚餐，我请。

陈默
"""),
]

random.Random(19).shuffle(CASES)
