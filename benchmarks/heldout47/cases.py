"""heldout47: PM email drafts (training set), telecom towers / data centres / facility management.

Written by an independent helper from the labelling guide (shared/drafts/README.md) and the source
article (shared/seed/pm-client-communication.zh.txt) only. Case order is shuffled with seed 4747.
"""
import random

# --- our team -------------------------------------------------------------------------------------
ZHAO = "赵铁军 <zhao.tiejun@ourteam.example.com>"      # ex-site engineer, tower PM, blunt
LIN = "林嘉怡 <lin.jiayi@ourteam.example.com>"         # polished account manager
LIN_EN = "Jiayi Lin <lin.jiayi@ourteam.example.com>"
ZHOU = "周牧 <zhou.mu@ourteam.example.com>"            # data-centre PM
HE = "何晓雯 <he.xiaowen@ourteam.example.com>"         # junior PM
SUN = "孙立 <sun.li@ourteam.example.com>"              # delivery director
SUN_EN = "Sun Li <sun.li@ourteam.example.com>"
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"  # account manager, Client-B
DANIEL = "Daniel Ko <daniel.ko@ourteam.example.com>"   # PM, Client-B
HUANG = "黃一鳴 <huang.yiming@ourteam.example.com>"    # PM, writes traditional Chinese
CHEN = "陈凯 <chen.kai@ourteam.example.com>"           # field engineer
LIUC = "刘畅 <liu.chang@ourteam.example.com>"          # BMS / ACS engineer
LUJ = "鲁建 <lu.jian@ourteam.example.com>"             # mechanical engineer, nicknamed 鲁大锤
MARCUS = "Marcus Lee <marcus.lee@ourteam.example.com>" # engineer
SONG = "宋涛 <song.tao@ourteam.example.com>"           # field engineer
WUNA = "吴娜 <wu.na@ourteam.example.com>"              # finance
OPS = "运维组 <ops@ourteam.example.com>"
DANIEL_T = "Daniel Ko <daniel.ko@ourteam.example.com>"

# --- clients --------------------------------------------------------------------------------------
WANG = "王立峰 <wang.lifeng@client-a.example.cn>"      # O&M director, towers + campus DC
QIAN = "钱宏 <qian.hong@client-a.example.cn>"          # machine-room supervisor ("冷气王")
ZHENG = "郑博 <zheng.bo@client-a.example.cn>"          # power engineer
MAXD = "马晓东 <ma.xiaodong@client-a.example.cn>"      # procurement
HELEN = "Helen Park <helen.park@client-b.example.com>" # facilities director
TOM = "Tom Reilly <tom.reilly@client-b.example.com>"   # site ops manager
GREG = "Greg Van Dyke <greg.vandyke@client-b.example.com>"  # VP infrastructure
AISHA = "Aisha Rahman <aisha.rahman@client-b.example.com>"  # procurement
YAO = "姚建国 <yao.jianguo@bank-c.example.cn>"          # DC director
DU = "杜伟 <du.wei@bank-c.example.cn>"                  # head of IT dept
DU_T = "杜偉 <du.wei@bank-c.example.cn>"
LINJ = "林静 <lin.jing@bank-c.example.cn>"              # access-control administrator
YAO_T = "姚建國 <yao.jianguo@bank-c.example.cn>"

POS = []
NEG = []

# =================================================================================================
# POSITIVES
# =================================================================================================

# ---- backchannel (12 primary) --------------------------------------------------------------------
POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="internal mail to a field engineer mocking the client's O&M director (pair with the argue draft to him)",
    sender=ZHAO, to=[CHEN], cc=[],
    subject="三号楼门禁又要变",
    body="""凯子：

跟你通个气。王立峰刚才来电话，说三号楼门禁要改成"刷卡+指纹+值班长远程确认"三重验证，后天就验收。

这位爷每回都这样，验收前一天拍脑门，拍完就去打球了，剩下咱们通宵陪跑。他自己楼里的门该怎么开都没想明白，给别人出题倒是一套一套的，我是真跟不上他的脑回路。

配置你先别动，等我明天上午拿到他书面的需求再说。

铁军""",
    quote=None,
))

POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="reply-all accident: the client's power engineer is still in To while the PM mocks his mail to colleagues",
    sender=ZHAO, to=[ZHENG], cc=[CHEN, SONG],
    subject="Re: 5号站UPS并机方案",
    body="""凯子、宋涛：

你俩看看下面这封。郑博这邮件写得跟念经似的，冗余并机、容量并机搅在一块说，我估计他自己都没弄明白5号站那台是单机。均流度？单机均哪门子流。

先晾他两天，别急着回，回快了他又要出新题。周四我来处理。

老赵""",
    quote="""赵经理：

关于5号站UPS并机方案，我方认为应采用冗余并机而非容量并机，另外请说明并机均流度指标，并补充旁路切换时间测试报告。以上请于本周内回复。

郑博
动力专业""",
    quote_from=ZHENG, quote_style="gt_zh",
))

POS.append(dict(
    expect=["backchannel"], lang="en",
    why="internal note to an engineer ridiculing the client's site ops manager (pair with the argue draft to Tom)",
    sender=PRIYA, to=[MARCUS], cc=[],
    subject="ugh, Tom and rack C14",
    body="""Marcus,

Guess who opened a P2 at 7am because rack C14 "feels warm"? Our favourite site ops manager. No reading, no photo, just vibes. I'd put money on Tom thinking the blue lights on the CRAC units are decorative.

Can you swing by hall 2 after lunch and grab the inlet temps so I can close this before he runs to Helen again? He does love an escalation.

P.""",
    quote=None,
))

POS.append(dict(
    expect=["backchannel"], lang="mixed",
    why="code-switching internal mail calling the bank's access-control admin a control freak who cannot use a filter",
    sender=ZHOU, to=[LIUC], cc=[],
    subject="bank-c 门禁权限截图",
    body="""畅哥,

bank-c 那位 Lin Jing 又来了, 要我们把 212 张门禁卡的权限一张一张 screenshot 给她, 说 export 出来的 Excel "不直观". 我真心觉得她就是 control freak 外加不会用筛选功能, 每次跟她 call 完我都得来杯 double espresso 缓一缓.

明天你帮我从 ACS 后台再导一份吧, 截图我来弄.

周牧""",
    quote=None,
))

POS.append(dict(
    expect=["backchannel"], lang="zh", trad=True,
    why="traditional Chinese: PM mocks the bank's department head as all officialese and no knowledge, to a colleague",
    sender=HUANG, to=[DANIEL_T], cc=[],
    subject="杜處長的「原則上」",
    body="""Daniel：

今天下午的協調會你沒來，算你運氣好。杜處長講了一個半小時，十句裡有八句是「原則上」，剩下兩句是「再研究」。問他UPS擴容到底批不批，他說原則上支持、具體再議。我看他連電池櫃和配電櫃都分不清楚，打官腔的功夫倒是爐火純青。

會議紀要我晚點寄給你，你先看第三條就好。

一鳴""",
    quote=None,
))

POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="junior PM to her lead: nickname for the client's room supervisor plus a jab at his temper",
    sender=HE, to=[ZHOU], cc=[],
    subject="冷气王今天又打电话了",
    body="""周哥，

汇报一下：冷气王今天上午又来电话了，这个月第五次。说2号机房"体感闷热"，要我们把精密空调回风设定从24度调到18度。我说冷通道实测22.5度，他说他"不信仪表，信自己的皮肤"。

说真的，我觉得钱主任就是闲得发慌，整个机房最热的大概是他自己的脾气。以后他的电话能不能换个人接，我耳朵要起茧了。

这周的温度曲线我整理好了，在附件里。

晓雯""",
    quote=None,
))

POS.append(dict(
    expect=["backchannel"], lang="en",
    why="reply-all accident: the client's facilities director is in Cc while the PM calls her budget query theatre",
    sender=LIN_EN, to=[MARCUS, PRIYA], cc=[HELEN],
    subject="RE: Q1 maintenance plan - chiller overhaul budget",
    body="""Team,

Don't panic about Helen's note below. She does this every single quarter right before budget review: a big dramatic email, two rounds of "justification", and then she signs exactly what we put in front of her. It's a performance for her CFO, nothing more. Nod along on Thursday's call and don't volunteer any breakdowns we don't have to.

Marcus, keep the chiller numbers as they are.

J.""",
    quote="""Jiayi,

Before we approve the Q1 plan I need to see a line-by-line justification for the chiller overhaul budget. The figure is 40% above last year and I can't take it to our CFO as it stands.

Best,
Helen""",
    quote_from=HELEN, quote_style="outlook",
))

POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="internal meeting recap with one line disparaging the bank's staff as freeloading tea-drinkers",
    sender=ZHOU, to=[OPS], cc=[SONG, CHEN],
    subject="C行周例会要点（11月第2周）",
    body="""各位：

今天C行周例会要点如下：
1. 11月巡检计划按原版执行，姚主任无意见；
2. 柴发月度带载测试改到第三周周三，14:00-16:00；
3. 机房新增两台列头柜，周五前出配电系统图；
4. 备件库盘点，C行要求我们每月提交一次清单。说白了这帮人就是想把我们的驻场工程师当免费仓管用，活儿全往我们身上推，他们自己的人天天喝茶看报；
5. 下次例会11月20日。

有问题找我。
周牧""",
    quote=None,
))

POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="mail to the client director that disparages his own procurement colleague behind that colleague's back",
    sender=LIN, to=[WANG], cc=[],
    subject="明年维保合同续签进展",
    body="""王总，您好：

跟您同步一下明年维保合同续签的情况。技术条款双方已经确认，目前卡在贵司采购环节。

说句私下的话，马晓东那边的做派我们也算领教了：同一份报价单改了七遍，每次就挪一个小数点，依我看更多是为了证明采购部还有存在的必要。您要是方便，能不能跟他打个招呼，别让一个人把整个项目拖住。

林嘉怡""",
    quote=None,
))

POS.append(dict(
    expect=["backchannel"], lang="en",
    why="PM to her director sneering at the client's procurement lead's reading skills",
    sender=PRIYA, to=[SUN_EN], cc=[],
    subject="Client-B renewal - need some air cover",
    body="""Sun Li,

Quick one. The Client-B renewal is stuck in procurement, again. Aisha answered my six-page pricing pack with a single question, and the answer was on page 2. In bold. I genuinely don't know how she's held that job for five years; I've met chatbots with better reading comprehension.

Could you ping Greg at your level so we get this signed before the 30th?

Priya""",
    quote=None,
))

POS.append(dict(
    expect=["backchannel"], lang="mixed",
    why="mixed internal mail mocking the client's power engineer for inverting the PUE formula (pair with the argue reply to him)",
    sender=ZHOU, to=[CHEN], cc=[],
    subject="郑工那份 PUE 月报",
    body="""凯:

看了 client-a 郑工发的 PUE 月报没? 他把 IT load 当分子、total facility power 当分母, 算出个 0.7 还挺得意, 在群里 @ 所有人说我们的节能改造"效果不明显". 一个搞动力的连 PUE 定义都能搞反, 我也是开了眼 lol. 就这水平还天天在会上给我们上课.

你帮我把 10 月 metering 原始数据拉一份, 我写个正式说明.

周牧""",
    quote=None,
))

POS.append(dict(
    expect=["backchannel", "argue"], lang="zh",
    why="to the bank's DC director: blames his side for lost reports and mocks one of his staff's memory",
    sender=ZHOU, to=[YAO], cc=[SUN],
    subject="Re: 10月巡检记录",
    body="""姚主任：

巡检记录我们每周五下午五点准时发到贵行指定邮箱，10月一共四份，发送回执都在，一份没落。贵方说没收到，那是贵方内部邮件分发的问题，不该由我们来解释。

顺便提一句，上次贵行那位小林工也是这样，同一个问题前后问了三遍，这记性实在让人佩服。建议贵方先把内部流转理顺，再来追问我们。

周牧""",
    quote="""周经理：

我们没有收到上个月的巡检记录，请说明原因。

姚建国""",
    quote_from=YAO, quote_style="outlook_zh",
))

# ---- argue (10 primary) --------------------------------------------------------------------------
POS.append(dict(
    expect=["argue"], lang="zh",
    why="lectures the client director with a rhetorical 'is this reasonable?' about a late change (pair with the backchannel about him)",
    sender=ZHAO, to=[WANG], cc=[ZHOU],
    subject="Re: 三号楼门禁验证方式调整",
    body="""王总：

电话里说的三重验证，我这边先把话说在前头。

方案评审会是10月12号开的，纪要上您签了字，写的是刷卡+密码。现在离验收不到48小时，您要改成刷卡+指纹+远程确认——这个节奏，您站到施工方的位置上想一想，合理吗？

每次都是临门一脚改需求，最后延期了挨考核的是我们。麻烦贵方以后把想法在评审阶段就提出来，别等我们调试完了再推翻。要改，先走书面变更。

赵铁军""",
    quote=None,
))

POS.append(dict(
    expect=["argue"], lang="en",
    why="condescending lecture to the client's site ops manager about hot aisles and dashboards (pair with the backchannel about him)",
    sender=PRIYA, to=[TOM], cc=[],
    subject="RE: P2 ticket #48213 - rack C14 temperature",
    body="""Tom,

I've reviewed ticket #48213. A rack "feeling warm" to someone standing in the hot aisle isn't a fault. It's the hot aisle. That is rather the point of containment.

The DCIM has logged inlet temperature for C14 every 60 seconds since go-live; the highest reading in the last 72 hours was 24.1°C, comfortably inside the range we agreed. You have a login. I would really appreciate it if your team looked at the dashboard before raising a P2, because every one of these pulls an engineer off planned work.

I'll close the ticket this afternoon.

Priya Nair
Account Manager""",
    quote=None,
))

POS.append(dict(
    expect=["argue"], lang="zh",
    why="reply lecturing the client's engineer on 'basic concepts' before he questions us (pair with the mixed backchannel)",
    sender=ZHOU, to=[ZHENG], cc=[WANG],
    subject="Re: 10月PUE月报及节能改造效果",
    body="""郑工：

PUE的定义是数据中心总耗电量除以IT设备耗电量，结果必然大于1。贵方月报把分子分母颠倒了，才会算出0.7这种物理上不存在的数。这是行业里最基础的概念，作为动力专业的负责人，我认为在群里公开质疑我们之前，至少应该先把公式核对一遍。

按正确口径，10月PUE为1.46，改造前为1.63。原始数据见附件，请自行复核。

周牧""",
    quote="""周经理：

本月PUE测算结果为0.7，较改造前无明显改善，请贵方说明节能改造的实际效果。

郑博""",
    quote_from=ZHENG, quote_style="foxmail",
))

POS.append(dict(
    expect=["argue"], lang="mixed",
    why="passive-aggressive mixed reply telling the bank admin to search her inbox and learn Excel filters (pair with the backchannel about her)",
    sender=ZHOU, to=[LINJ], cc=[],
    subject="Re: 门禁卡权限核对",
    body="""林工, 您好:

门禁权限我们已经在 11/3, 11/6, 11/10 发过三轮完整 export, 附件名都是 ACS_Permission_xxxx.xlsx. 建议您先 search 一下 inbox 再 follow up. 每次都让我们从头重发, 说实话 this is not a good use of anyone's time, 包括您自己的.

Excel 里 filter 一下就能按区域看权限, 这个功能真的不难.

周牧""",
    quote="""周经理：

权限清单我这边没看到，请再发一遍，最好每张卡截个图。

林静""",
    quote_from=LINJ, quote_style="gt",
))

POS.append(dict(
    expect=["argue"], lang="zh", trad=True,
    why="traditional Chinese: demands the bank head stop being vague and pre-blames his side for delays (pair with the backchannel about him)",
    sender=HUANG, to=[DU_T], cc=[],
    subject="關於UPS擴容審批進度",
    body="""杜處長您好：

今日會上您再次表示「原則上同意、具體再議」。恕我直言，這句話我們已經聽了四次，到底是同意還是不同意？

貴行每次都用這種含糊的說法，我們根本沒辦法排工期。等到年底擴容沒完成，責任又會落到我們「執行不到位」頭上，這樣對我們並不公平。請貴行本週內給出明確的書面結論。

黃一鳴
專案經理""",
    quote=None,
))

POS.append(dict(
    expect=["argue"], lang="zh",
    why="incident mail that blames the client's duty operator and tells them to stop passing the buck (pair with the firm-polite RCA negative)",
    sender=ZHAO, to=[WANG], cc=[QIAN],
    subject="关于10月28日油机未启动事件",
    body="""王总：

10·28那次油机没起来，我把话说清楚：根子在贵方值班员半夜把ATS拨到了手动位，事后也没拨回来。我们的月度维保记录、带载测试报告一样不少，全在系统里挂着。

事情一出，贵方第一时间就在群里定性"维保方责任"，这顶帽子我们不戴。建议贵方先把自己值班员的操作查清楚，该追责追责，别一出事就往外推。

赵铁军""",
    quote=None,
))

POS.append(dict(
    expect=["argue"], lang="en",
    why="sarcastic 'nobody on your side has opened the SOW' lecture to the client's procurement lead",
    sender=LIN_EN, to=[AISHA], cc=[],
    subject="RE: After-hours call-outs",
    body="""Aisha,

This is covered in section 4.2 of the SOW your team signed in March. Since that document doesn't appear to have been opened on your side, I've pasted the clause below for convenience:

"After-hours call-outs beyond four per calendar month are billed at the rates in Schedule B."

So, not unlimited, and it never was. I'd gently suggest that someone on your end actually reads the contract before the next renewal; it would save us both a great many emails.

Regards,
Jiayi Lin""",
    quote="""Hi Jiayi,

Can you confirm whether after-hours call-outs are included in the monthly fee? Finance is asking.

Thanks,
Aisha""",
    quote_from=AISHA, quote_style="gt",
))

POS.append(dict(
    expect=["argue"], lang="zh",
    why="junior PM snaps at the client with rhetorical questions and 'manage your own people'",
    sender=HE, to=[QIAN], cc=[],
    subject="冷通道封闭门又被撑开",
    body="""钱主任：

冷通道的封闭门昨晚又被撑开了，用的还是那把拖把。这已经是本月第三次。

想请问一下，门上贴的"请随手关门"几个字，贵方的保洁和值班同事是看不见，还是看见了当没看见？温度告警一响，贵方第一个电话打给我们问空调是不是坏了——空调没坏，是门开着。

这种低级问题反复出现，我们也实在没法再解释第四遍。请贵方把自己的人管好。

何晓雯""",
    quote=None,
))

POS.append(dict(
    expect=["argue"], lang="zh",
    why="reply that mocks the client's question about battery discharge tests and tells him to read his own procedures",
    sender=ZHAO, to=[WANG], cc=[],
    subject="Re: 蓄电池核对性放电的必要性",
    body="""王总：

收到。核对性放电试验不是我们"凑工作量"，行业标准和贵司自己的维护规程里白纸黑字写着，周期就是季度。去年3号站电池鼓包起火，事后一查就是连着两个季度没做放电，这个教训贵司总不至于这么快就忘了吧？

下回提这种问题之前，建议先把自家的规程翻一翻。

赵铁军""",
    quote="""赵经理：

你们每季度都要做蓄电池核对性放电，每次停站两小时，是不是在凑工作量？请说明必要性。

王立峰""",
    quote_from=WANG, quote_style="outlook_zh",
))

POS.append(dict(
    expect=["argue", "refusal"], lang="en",
    why="flat 'No.' to re-cabling plus blaming the client's team and calling the request 'a bit rich'",
    sender=DANIEL, to=[GREG], cc=[TOM],
    subject="RE: Row F patch panel labels",
    body="""Greg,

No. We're not re-cabling Row F.

The labels matched the drawings we handed over on 14 October. Your team re-patched thirty ports the week after, without a change request, and didn't update a single label. That's where the mismatch comes from. Asking us to redo the whole row for free because of changes your own people made is, frankly, a bit rich.

Daniel Ko""",
    quote="""Daniel,

Our team found that the patch panel labels in Row F don't match the drawings. Please re-cable and relabel the entire row this weekend at no charge.

Greg""",
    quote_from=GREG, quote_style="outlook",
))

# ---- refusal (8 primary) -------------------------------------------------------------------------
POS.append(dict(
    expect=["refusal"], lang="zh",
    why="bureaucratic one-line refusal of the bank's request for an extra night patrol, no buffer or alternative",
    sender=SUN, to=[YAO], cc=[ZHOU],
    subject="Re: 关于增加夜间人工巡检的函",
    body="""姚主任：

来函收悉。

关于贵行提出每晚增加凌晨3时人工巡检一事，经我司运维管理部会商，该项诉求不在我司服务范围之内，不作安排。

此复。

孙立
交付总监""",
    quote="""孙总：

鉴于近期机房出现两次夜间温度告警，我行希望贵司驻场团队在现有巡检基础上，每晚增加一次凌晨3点的人工巡检。请予支持。

姚建国
数据中心""",
    quote_from=YAO, quote_style="foxmail",
))

POS.append(dict(
    expect=["refusal"], lang="en",
    why="refusal tucked inside a warm catch-up mail: 'we'll pass on that one', no alternative or review",
    sender=LIN_EN, to=[HELEN], cc=[],
    subject="Lovely to catch up!",
    body="""Hi Helen,

It was so lovely to bump into you at the summit last week, and congratulations again on the new Singapore hall. Your team must be thrilled!

On the extra badge readers you mentioned for the loading dock and the two freight lifts: we'll pass on that one, I'm afraid. It's not something we'll be picking up.

Anyway, do send me the name of that ramen place you were raving about. I'm in Melbourne again next month and I need it.

Warmly,
Jiayi""",
    quote=None,
))

POS.append(dict(
    expect=["refusal"], lang="zh",
    why="flat refusal of a data-push request slipped into item 3 of a meeting recap ('不再列入议题')",
    sender=ZHOU, to=[WANG], cc=[QIAN, ZHENG],
    subject="11月7日项目周会纪要",
    body="""王总、钱主任、郑工：

今天周会纪要如下，请查阅：

一、园区数据中心二期机电安装进度87%，与计划一致；
二、冷却塔补水管渗漏已于11月5日修复，继续观察一周；
三、贵方提出将动环监控数据实时推送至贵方自建运维平台：我方平台不对外开放数据接口，此事不再列入议题；
四、下周二进行电池室氢气探测器联调，请郑工安排人员陪同；
五、下次周会11月14日上午10点。

如有遗漏请回复补充。

周牧""",
    quote=None,
))

POS.append(dict(
    expect=["refusal"], lang="mixed",
    why="code-switching flat no to monthly tower inspections even though the client offered to pay",
    sender=HE, to=[WANG], cc=[],
    subject="Re: tower site 巡检周期调整",
    body="""王总:

关于 32 个 tower site 巡检周期从 quarterly 改成 monthly 的提议, 我们这边 won't take it on. 费用怎么谈都一样, 这块 scope 我们不接.

何晓雯""",
    quote="""何经理：

下季度起，我们希望把32个铁塔站点的巡检从每季度一次改为每月一次，费用可以另谈。

王立峰""",
    quote_from=WANG, quote_style="gt_zh",
))

POS.append(dict(
    expect=["refusal"], lang="zh",
    why="two-line blunt site-engineer refusal in ASCII punctuation: no room, no power, can't do it",
    sender=ZHAO, to=[QIAN], cc=[],
    subject="Re: 2号机房加空调",
    body="""钱主任,

2号机房再塞两台精密空调,地方没有,配电也带不动.这事没法弄.

赵""",
    quote=None,
))

POS.append(dict(
    expect=["refusal"], lang="zh", trad=True,
    why="traditional Chinese: face-recognition request refused outright and the client told not to raise it again (pair with a buffered negative)",
    sender=HUANG, to=[DU_T], cc=[],
    subject="回覆：門禁加裝人臉辨識",
    body="""杜處長您好：

關於貴行希望在主機房及電池室門禁加裝人臉辨識一事，我方答覆如下：本案不會做這項功能，後續也請不要再排入會議議程。

謝謝。
黃一鳴""",
    quote=None,
))

POS.append(dict(
    expect=["refusal"], lang="en",
    why="curt refusal of a weekend cut-over slot with no alternative date offered",
    sender=DANIEL, to=[TOM], cc=[],
    subject="RE: Hall 3 PDU cut-over - weekend?",
    body="""Tom,

We don't do weekend cut-overs. Not on the 22nd, not on any Saturday. That's simply not how we operate.

Daniel""",
    quote="""Daniel, can your team do the PDU cut-over in Hall 3 on Saturday the 22nd instead of the weekday slot? Our change board prefers weekends.

Tom""",
    quote_from=TOM, quote_style="gt",
))

POS.append(dict(
    expect=["refusal", "persuade"], lang="zh",
    why="'我们不做' on lithium batteries, then tells the client to stop thinking about it and follow our lead-acid plan",
    sender=ZHAO, to=[ZHENG], cc=[WANG],
    subject="关于基站后备电源改锂电",
    body="""郑工：

贵方提出的基站后备电源改锂电，我们不做。

说句掏心窝的话，您就别再琢磨锂电了。铅酸那一套我们做了十几年，哪个站出过岔子？跟着我们的方案走，省心省钱，别的路都是给自己找麻烦。这事就这么定了吧。

赵铁军""",
    quote=None,
))

# ---- persuade (6 primary) ------------------------------------------------------------------------
POS.append(dict(
    expect=["persuade"], lang="zh",
    why="director pressures the client to drop its own cooling route and stop discussing internal objections",
    sender=SUN, to=[WANG], cc=[ZHOU],
    subject="关于二期液冷改造方案",
    body="""王总：

液冷改造方案已经讨论了三轮，我想今天把话说透。

我们提交的冷板式方案是经过集团技术委员会论证的。贵方内部提出的浸没式路线，以贵方目前的运维力量，落地难度太大。方案就按我们这一版定下来吧，贵方那些不同意见不必再拿到会上讨论了，越讨论越耽误工期。

下周一我们就按这个方案下单备货，希望贵方本周给个确认。

孙立""",
    quote=None,
))

POS.append(dict(
    expect=["persuade"], lang="en",
    why="polished account manager urges the client to 'let this one go' and sign our design, cost pressure, no real choice",
    sender=LIN_EN, to=[HELEN], cc=[],
    subject="Hot-aisle containment - let's close this out",
    body="""Hi Helen,

I know your facilities team has a real soft spot for cold-aisle containment, and I understand why: it's what you've always run. But I'd really encourage you to let this one go.

Every week we spend going back and forth is another week of delay on Hall 4, and that cost lands on your side, not ours. Our hot-aisle design is the one that makes sense here, and I don't think any alternative is worth more of anyone's time. If you can sign off on Friday, we can all move on.

Thanks so much,
Jiayi""",
    quote=None,
))

POS.append(dict(
    expect=["persuade"], lang="zh",
    why="pressure via our chief engineer's authority plus a veiled threat if the bank picks another UPS brand",
    sender=SUN, to=[DU], cc=[YAO],
    subject="UPS品牌选型",
    body="""杜处长：

UPS选型这件事，我们集团总工已经拍了板，就用我们长期合作的品牌，贵行就不用再比来比去了。

用我们推荐的，出了任何问题我们全兜着；要是贵行执意换别家，后面兼容、维保、备件出了状况，我们也只能爱莫能助。话就说到这儿，相信贵行能做出明智的选择。

孙立""",
    quote=None,
))

POS.append(dict(
    expect=["persuade"], lang="mixed",
    why="mixed: cost and schedule pressure to drop the bank's own access-control brand, 'this week sign off'",
    sender=LIN, to=[YAO], cc=[],
    subject="门禁品牌 integration",
    body="""姚主任:

门禁系统品牌的事, 我再把 cost 摆一下: 如果贵行坚持用现有品牌, integration 费用至少翻倍, go-live 也要往后推一个 quarter. 说白了, 这条路 doesn't make sense.

我们的 bundle 已经在三家银行跑过, proven solution. 贵行就别在这上面耗着了, 直接上我们的方案, 最好这周 sign off, 别让这件事 drag on.

Jiayi""",
    quote=None,
))

POS.append(dict(
    expect=["persuade"], lang="zh",
    why="tells the bank director to bury his idea of a third utility feed and not report it upward",
    sender=ZHOU, to=[YAO], cc=[],
    subject="关于第三路市电",
    body="""姚主任：

您想加第三路市电的想法我能理解，毕竟是核心机房。但这事您真得听我们的：双路市电加2N柴发，已经是同级别机房的标准配置，再拉一路市电，光外线工程就三百多万，还得跟供电局磨半年。

这个想法就到此为止吧，不要再往行领导那里报了，报上去只会把项目拖黄。就按我们现在的配置定稿。

周牧""",
    quote=None,
))

POS.append(dict(
    expect=["persuade"], lang="en",
    why="'Honestly? Don't.' plus 'take it from me' and pre-sent paperwork to steer the client away from a second contractor",
    sender=DANIEL, to=[GREG], cc=[],
    subject="RE: Cooling tower maintenance next year",
    body="""Greg,

Honestly? Don't. I've seen the two-contractor setup go sideways more times than I can count: finger-pointing at every fault, nobody owning the water treatment, and you end up paying twice. Take it from someone who's cleaned up after it: keeping it all with us is the only arrangement that actually works.

I'll send over the extension paperwork today so you don't need to spend any more time on it. Just sign and we'll take it from there.

Daniel""",
    quote="""Daniel,

We're thinking about bringing in a separate contractor for the cooling towers next year so we can compare pricing. Thoughts?

Greg""",
    quote_from=GREG, quote_style="gt",
))

# ---- ramble (4 primary) --------------------------------------------------------------------------
POS.append(dict(
    expect=["ramble"], lang="zh",
    why="one actionable line (mains switchover drill next Wednesday) buried in ~750 characters of fishing, family and food",
    sender=ZHAO, to=[QIAN], cc=[],
    subject="好久没联系",
    body="""钱主任：

好些天没联系了，最近忙不忙？我这周总算消停点，周六跟老家几个发小去水库钓了一天鱼，收获不咋地，三条鲫鱼一条翘嘴，还不够炖一锅汤。不过那水库是真漂亮，早上雾气一起，跟画里似的，岸边还有几个老头在下象棋，一盘棋能吵半个钟头，比钓鱼有意思多了。说起钓鱼，我上个月咬牙买了根新竿子，碳素的，四米五，老婆知道价钱以后三天没跟我说话，哈哈。

闺女今年高三，天天刷题刷到半夜，我跟她妈轮流陪着。轮到我陪的时候基本就是坐旁边打瞌睡，被她嫌弃了好几回。她说想考南方的学校，我心里舍不得，嘴上还得说支持。您家孩子当年报志愿是怎么定的？回头有空给我传授传授经验。

前两天回了趟老家，镇上那家羊肉馆还开着，老板都七十多了，还自己掌勺。我一口气吃了两碗，撑得走不动道。跟您说，现在城里那些所谓的手抓羊肉，跟那个比差远了。下回您要是往那边出差，我给您画张地图。

说到出差，想起刚入行那几年，跟着师傅满山爬铁塔，一天四五个站，中午就蹲在塔底下啃馒头。那会儿年轻，膝盖也好使，现在上个三楼都得歇一歇。前阵子去医院拍了片子，大夫说是老毛病了，让少爬高。干了半辈子爬高的活儿，这话听着怪有意思的。

我们单位最近搞了个健步走比赛，每天要求一万步，我连着三天垫底，后来才发现手机一直放在抽屉里忘了带。组长说再垫底就得请全组喝奶茶，我现在上厕所都揣着手机，生怕少算一步。年轻人玩的这些花样，我是越来越跟不上了。

对了，下周三上午9点要停3号楼市电做切换演练，大概40分钟，麻烦您提前通知一下机房值班的同事。

最近天凉了，早晚温差大，您也多穿点。上回您说想要的野菊花茶，我托老家亲戚晒了一包，改天给您捎过去。等忙完这阵子，咱约个周末一块儿去钓鱼，我那根新竿子还没开张呢。

赵铁军""",
    quote=None,
))

POS.append(dict(
    expect=["ramble"], lang="en",
    why="the load-bank test date change and access request are one sentence inside 450 words of marathon, travel and coffee talk",
    sender=LIN_EN, to=[HELEN], cc=[],
    subject="Catching up + a small thing",
    body="""Hi Helen,

I hope you had a restful weekend! Mine was anything but. I finally ran the half marathon I've been threatening to do since March, and let me tell you, kilometre seventeen is where all of my life choices came back to haunt me. There was a man dressed as a giant banana who overtook me on the last hill and I don't think I will ever fully recover from that. My physio says my left knee is "fine, for now", which is exactly the kind of reassurance I did not want.

After that, I spent Sunday on the sofa catching up on that podcast you recommended, the one about the history of shipping containers. I'm four episodes in and weirdly obsessed. Did you know the standard container size was basically a negotiation between a trucking magnate and a committee of very stubborn engineers? I've been boring my partner with container facts at dinner every night, so thank you for that.

Speaking of dinner, we tried the Portuguese place near your office on Thursday. The custard tarts are every bit as good as you said, though the queue was ridiculous. It reminded me of our trip to Lisbon two years ago, when we walked up what felt like every hill in the city, got lost in Alfama at least three times, and ended up eating grilled sardines at a tiny place run by a grandmother who refused to let us leave without a second plate. I still dream about that olive oil.

On the coffee front, I've given up on my home espresso machine. It makes a noise like a small jet engine and produces something closer to tar than coffee. I've gone back to a pour-over and I'm much happier. If you have any recommendations for beans, I'm all ears. The last bag I bought claimed to have "notes of blackcurrant and optimism", which I found a bit much.

Oh, before I forget: the quarterly load-bank test on the generators has moved to Thursday the 14th, so we'll need site access approved for our two technicians by Tuesday.

Our cat has also decided that the only acceptable place to sleep is on my keyboard, which is why some of my emails this month may have had a stray row of letters in them. I apologise in advance for anything that reads like "jjjjjjjjjjjj". She's very proud of her contributions.

Anyway, I hope the new hall opening went well and that you're getting some time off soon. You mentioned Kyoto in the spring; if you do go, I have a list of noodle shops that I am more than happy to share. Some of them are even open before ten in the morning.

Speak soon,
Jiayi""",
    quote=None,
))

POS.append(dict(
    expect=["ramble"], lang="mixed",
    why="mixed: one line asking for sign-off of the grounding test reports lost in chatter about a concert, a phone, a diet and a reunion",
    sender=HE, to=[ZHENG], cc=[],
    subject="Hi 郑工, 近况 + 一点小事",
    body="""郑工好!

好久没跟您 chat 了, 最近怎么样? 我上周末终于抢到了那个 band 的演唱会门票, 就是我之前跟您提过的那个, 在体育中心, 现场 vibe 真的绝了, 我嗓子喊哑了两天, 周一开会都说不出话, 只能打字. 我妈说我都快三十了还跟小孩一样, 我觉得 life is short, 开心最重要嘛.

然后我换了新手机, 相机真的强, 晚上拍照跟白天一样. 就是 battery 不太行, 一天得充两次. 我研究了半天 setting, 把后台刷新都关了, 好像也没什么用. 您用的是什么牌子? 有空推荐一下, 我觉得您在这方面肯定比我懂.

最近还在搞 diet, 不吃晚饭, 第一周掉了三斤, 第二周又全长回来了, 因为周末去吃了火锅, 那家店的牛油锅底简直是 dangerous level 的好吃. 我同事说要 intermittent fasting 才有用, 什么 16:8, 我试了两天就饿到头晕, 放弃了. 您平时怎么保持身材的? 我看您每次上塔都特别利索.

还有我最近开始学做饭, 第一次做红烧肉就把锅烧糊了, 整个楼道都是焦味, 邻居阿姨还以为着火了过来敲门. 后来看了好多 video 才知道糖色要小火慢慢炒. 现在勉强能做个番茄炒蛋, 我妈说这已经是质的飞跃了.

对了, 上个月大学同学聚会, 十年没见的人全来了, 有人已经当了老板, 有人去了国外, 还有人生了三个孩子. 大家聊起当年宿舍楼停电, 一群人打着手电在走廊里吃泡面, 笑到不行. 感觉时间过得好快, 一转眼就毕业这么多年了.

哦差点忘了: 3 个铁塔站点的防雷接地检测报告已经上传到共享盘, 麻烦您周五前签个字.

另外我最近在追一部剧, 讲一个山村小学老师的故事, 节奏很慢但是特别治愈, 每集看完都想哭. 您要是周末有空可以看看, 我觉得您会喜欢. 还有您上次说的那家烧烤店, 我还没去成, 下次去现场的时候我们一起去吧, 我请客!

Have a nice day!
晓雯""",
    quote=None,
))

POS.append(dict(
    expect=["ramble", "backchannel"], lang="zh",
    why="contract-stamp deadline buried in ~700 characters of chit-chat that also mocks two client-side people to their director",
    sender=LIN, to=[WANG], cc=[],
    subject="王总近来可好",
    body="""王总，您好：

上次在行业峰会上匆匆一见，都没来得及好好聊聊。您那天的发言我后来又看了一遍录像，讲得真好，台下好几个人在记笔记。会后那顿自助餐倒是一般，甜点区的蛋糕硬得能砸核桃，我同事说那是"峰会特供"，笑死我了。

最近我们家装修总算收尾了，前后折腾了四个月，跟工长吵了不下十次。最气人的是卫生间瓷砖，贴完才发现颜色跟样板差了一个色号，返工又拖了两周。现在看着倒是挺满意，就是钱包瘪了，这个月只能吃食堂。

上个月我们部门组织去爬山，我穿错了鞋，下山的时候脚后跟磨了两个大泡，一瘸一拐走了三公里，被同事拍了视频发到群里，现在成了我们部门的表情包。早知道就跟您学，周末老老实实在家练字喝茶。

说到吃，贵司楼下新开那家云南菜您去过没？他们的汽锅鸡是真地道，我上周去了两次。不过那天正好碰到贵司马晓东在隔壁桌，一个人点了八个菜，吃一半打包一半，我这才明白为什么采购部的报价单永远要改七遍——人家精打细算是刻在骨子里的，哈哈。还有钱主任，那天也在，全程在跟服务员抱怨空调太冷，一顿饭让人家调了三回温度，真不愧是"冷气王"，走到哪儿都在管温度。

对了，明年的维保续签合同，麻烦贵司在11月20日前盖章回寄给我们。

我们家孩子最近迷上了乐高，整天拼各种机器人，昨天还拼了一座"数据中心"，说是要给妈妈上班用的，里面有一排一排的小方块当机柜，还给每个机柜配了一个风扇。我看着特别感动，心想这孩子怕是要子承母业了。您家老二现在上几年级了？上次听您说在学围棋，进步应该不小吧。

天气预报说下周降温，您多保重身体。等年底忙完了，我们团队想请您和贵司几位领导一起吃个饭，地方您来定。

林嘉怡""",
    quote=None,
))

# =================================================================================================
# HARD NEGATIVES
# =================================================================================================

# ---- look like backchannel, but are not ----------------------------------------------------------
NEG.append(dict(
    expect=[], lang="zh",
    why="internal mail about the client director's bad mood, explained with empathy and a plan to meet him in person",
    sender=ZHOU, to=[ZHAO], cc=[SUN],
    subject="王总这两周的状态",
    body="""老赵：

王总这两周情绪明显不太好，开会话很少，昨天还直接挂了我的电话。我侧面问了一下，他们分公司这季度在考核站点可用率，我们上周那次动环告警误报，让他在集团的周报上很被动。

换我是他，我也着急。我的想法是明天上午我们俩一起去他办公室，当面把误报原因讲清楚（采集器固件问题，已升级），再把后续的告警抑制规则给他看一下，让他心里有底。你那边把固件升级的记录整理一页纸给我。

周牧""",
    quote=None,
))


NEG.append(dict(
    expect=[], lang="en",
    why="neutral heads-up to a colleague about a demanding client, with respect and practical advice",
    sender=PRIYA, to=[MARCUS], cc=[],
    subject="Heads-up before you take over the Client-B monthly report",
    body="""Marcus,

Before you pick up the Client-B monthly report from me: Helen is very detail-oriented and will ask for the evidence behind every number, especially PUE and the cooling availability figure. That isn't hostility; her own board asks her the same questions, and she'd rather hear them from us first.

What works: put the raw DCIM exports in an appendix, footnote any manual adjustments, and flag anything that moved more than 5% month on month before she finds it. She's fair, she just wants to see the data.

Happy to sit in on your first review with her.

Priya""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="praise for the client's veteran engineer and acceptance of his advice; no disparagement",
    sender=ZHAO, to=[CHEN, SONG], cc=[],
    subject="今天跟郑工上塔的收获",
    body="""凯子、宋涛：

今天郑工带着我们跑了三个站，上了两座四十米的角钢塔。五十多岁的人了，动作比咱们还稳，安全带、双钩每一步都规规矩矩，我是真心佩服。

他在7号站指出来的问题很到位：接地引下线跟塔脚的焊点锈得厉害，接地电阻上次测是9.6欧，已经压着10欧的线了。他建议这一批站全部复测，我觉得应该照做。下周二、三你们俩分两组，把12个站的接地电阻复测一遍，数据直接抄送郑工。

老赵""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="sympathy for the client's overworked supervisor (the same person nicknamed elsewhere), with an accommodating plan",
    sender=HE, to=[ZHOU], cc=[],
    subject="钱主任那边人手很紧",
    body="""周哥：

跟您说个情况。钱主任这周连着值了三个夜班，他们机房原本四个人倒班，走了一个还没补上，今天上午跟我通电话的时候嗓子都是哑的。

我想咱们这边能帮一点是一点：周报我争取周四就发，给他留一天时间看；2号机房温度的事，我把每天的曲线截图直接发他微信，省得他自己上平台翻。另外他上次问的空调滤网更换计划，我这周就整理出来。

您看这样可以吗？

晓雯""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="frustration aimed at our own air-conditioning subcontractor (a third party), not at the client; includes a remedy",
    sender=ZHOU, to=[LUJ, CHEN], cc=[],
    subject="空调分包售后催办",
    body="""大锤、凯子：

咱们那家空调分包的售后真是让人头大：2号机房那台精密空调压缩机报高压，工单挂了五天没人接，打过去客服就一句"请耐心等待"。这种响应速度，放在数据中心里简直是开玩笑。

我今天已经给他们区域经理发了正式催办函，写明按分包合同第7条，48小时不到场就启动扣款。同时大锤你联系一下备件商，看能不能先调一台同型号压缩机过来应急。钱主任那边我来解释，说明是我们分包的问题，不让甲方背这个锅。

周牧""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="en",
    why="venting about a government permits portal (not the client) plus a clear follow-up with the client",
    sender=DANIEL, to=[MARCUS], cc=[],
    subject="permit portal strikes again",
    body="""Marcus,

The city permits portal crashed AGAIN halfway through the upload. Third time this week. I'm fairly sure the whole thing runs on a potato in someone's basement.

I'll resubmit the tower height permit for the rooftop site tonight after 10pm when the traffic is lower, and I'll call Tom first thing tomorrow to tell him the approval may slip by two working days. No impact on the Hall 3 work.

Daniel""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="grumbling about the weather stopping tower work, then a schedule update and proactive notice to the client",
    sender=ZHAO, to=[OPS], cc=[HE],
    subject="连续降雨，塔上作业暂停",
    body="""各位：

这雨下得人都快长蘑菇了。按安全规程，风力五级以上或者雨天一律不上塔，所以本周一到周四的天线调整全部顺延。

调整后安排：
1. 周五如果放晴，先做11号、14号站；
2. 剩下6个站排到下周一到周三；
3. 地面的电源柜、蓄电池巡检不受影响，照常进行。

晓雯今天下班前给王总发个说明，把顺延原因和新计划讲清楚，别让他从别人那儿先听说。

赵铁军""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="self-criticism about our own team's mistake and an apology already made to the client; harsh words aimed at ourselves",
    sender=ZHOU, to=[OPS], cc=[SUN],
    subject="门禁白名单导错一事的复盘",
    body="""各位：

这周我们真是把脸丢到家了：周二晚上导入的门禁白名单用错了版本，C行四位值班同事第二天早上在机房门口等了四十分钟。错完全在我们，我昨天已经当面向姚主任道歉，他很克制，只提了一个要求：以后导入要双人复核。

姚主任这个要求很合理。从今天起：
1. 白名单导入前由刘畅、陈凯双人核对，截图留档；
2. 导入后第一时间抽查三张卡；
3. 周五前我把流程写进驻场手册。

周四下午两点复盘会，大家都来。

周牧""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="banter with a colleague nicknamed 鲁大锤; no client is mentioned disparagingly",
    sender=ZHOU, to=[LUJ], cc=[CHEN],
    subject="@鲁大锤 torque wrench 去哪了",
    body="""@鲁大锤

你那把 torque wrench 又借给谁了 lol. 明天上午 bank-c 的母线槽螺栓复紧要用, 扭矩记录姚主任那边要存档的, 找不到的话咱们就要在客户面前现场表演徒手拧螺栓了.

今晚之前放回工具柜, 顺便把校准证书拍个照发我. 谢啦大锤.

周牧""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="en",
    why="the client's harsh complaint is only in the forwarded quote; the PM tells colleagues the client is right and acts",
    sender=PRIYA, to=[MARCUS, DANIEL], cc=[],
    subject="FW: cage door left open in Hall 2",
    body="""Marcus, Daniel,

Forwarding Tom's note below. The tone is sharp, but he's right on the substance: a cage door left open overnight is a real security breach for a colocation client, and it happened on our shift.

Actions:
1. Marcus, pull the access logs for cage 2-07 between 18:00 and 08:00 and tell me who badged out last.
2. Daniel, add a door-closed check to the end-of-shift sheet from tonight.
3. I'll call Tom this afternoon to apologise and walk him through both.

Priya""",
    quote="""Priya,

Your techs left cage 2-07 WIDE open last night. Anyone could have walked in. Is anyone on your team actually paying attention, or do I need to start checking your work myself?

Tom Reilly
Site Operations""",
    quote_from=TOM, quote_style="gt",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="internal instruction with the client deliberately in Cc, treating his concern about change windows as valid",
    sender=ZHOU, to=[CHEN], cc=[DU, YAO],
    subject="关于变更窗口的安排（抄送杜处长）",
    body="""陈凯：

上周例会上杜处长担心的是：我们的变更窗口跟行里的月末批量作业有重叠，一旦配电切换出问题，影响的是核心账务系统。这个担心非常实在，我们之前排计划时考虑得不够。

请你按以下原则重排12月的变更计划：
1. 每月最后三个工作日不安排任何配电类变更；
2. 所有切换类操作放在周二、周三凌晨1点到4点；
3. 每项变更提前五个工作日报C行科技处审批。

我抄送杜处长和姚主任，便于他们直接看到我们的调整，有意见也可以直接提。

周牧""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh", trad=True,
    why="traditional Chinese: internal note explaining the bank's slow approvals as compliance, no blame, plan to submit earlier",
    sender=HUANG, to=[DANIEL_T], cc=[],
    subject="銀行驗收文件的時程",
    body="""Daniel：

這次驗收文件在銀行內部走了三週才簽完，我知道大家都有點急。不過這不是誰刻意拖延，銀行的機房變更要經過科技處、風控和稽核三關，每一關都有書面留存的要求，這是他們的合規底線。

我們能做的是配合他們的節奏：下一階段的驗收文件提早兩週提交，附件格式照他們的範本走，並且在送件前先請林工預審一次，避免退件重來。

你覺得可以的話，我週三跟杜處長約個時間確認一下流程。

一鳴""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="jokes about our own team's coffee machine and sloppiness, then a focused test plan; nothing about the client",
    sender=HE, to=[CHEN, LIUC], cc=[],
    subject="周五 N+1 冗余测试 plan",
    body="""凯哥, 畅哥:

先自黑一下: 咱们办公室那台咖啡机这个月的 uptime 比我们装过的任何一台 UPS 都差, 而且修了三次都是我按错了按钮. 好了不丢人了, 说正事.

周五 client-a 园区机房 N+1 冗余测试 plan:
1. 09:00 确认负载率 < 60%, 截 DCIM 图;
2. 09:30 手动退出 1 号 UPS 模块, 观察其余模块均流;
3. 10:00 关闭 3 号精密空调, 记录冷通道温升, 超过 27°C 立即恢复;
4. 11:00 恢复并出测试记录, 郑工现场签字.

有问题今天下班前说.
晓雯""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="long (~600 chars) internal analysis of the client's own configuration mistake, handled without blame and with an offer",
    sender=ZHOU, to=[CHEN, LIUC, HE], cc=[],
    subject="client-a 告警阈值问题 follow-up",
    body="""各位,

把上周 client-a 园区机房温度告警的事梳理一下, 方便大家统一口径.

1. 事实: 11 月 3 日到 9 日, 2 号机房冷通道温度最高到过 31°C, 但动环系统一次告警都没发. 查下来是 client-a 在 10 月底自己调整了告警阈值, 把上限从 27°C 改成了 35°C. 操作记录显示是他们值班账号改的, 原因可能是之前误报太多, 值班同事想减少干扰.

2. 我们的态度: 这件事从技术上讲不是我们改的, 但大家千万别去跟客户说"是你们自己改的". 客户调阈值的动机是可以理解的, 误报多了谁都烦. 而且如果我们之前把误报问题处理得更彻底, 他们也就不会去动阈值. 这里面有我们的一份责任.

3. 下一步 action:
- 刘畅: 本周内出一份 threshold review checklist, 把温度, 湿度, 漏水, UPS 各项阈值的推荐值和依据列清楚;
- 陈凯: 把 2 号机房 10 月的误报逐条分析, 找出误报根因, 看看是传感器位置问题还是采集频率问题;
- 晓雯: 跟钱主任约下周例会加一个 15 分钟议题, 我们主动提出帮他们做一次阈值梳理, 并且建议阈值修改走双人确认;
- 我: 写一页纸的说明给王总, 重点讲我们后续怎么降低误报, 不追究谁改的.

4. 另外, 权限这块可以顺便提个建议: 阈值修改权限只开放给主任级账号, 修改后系统自动邮件通知双方. 这个需要 client-a 自己决定, 我们只给建议, 不替他们拍板.

5. 时间点: checklist 和误报分析周四中午前给我, 我周四下午汇总, 周五发给客户. 如果分析中发现我们这边传感器安装位置有问题, 直接写进去, 不用回避.

6. 对外口径: 如果钱主任或郑工在群里问起这次没报警的事, 统一回复 "我们正在做全面的阈值和误报分析, 周五给您书面说明", 不要在群里讨论是谁改的, 也不要贴操作日志截图.

有不同意见随时提.
周牧""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="the colleague's complaint about the client is only in the quote; the PM answers it constructively and plans a face-to-face talk",
    sender=ZHAO, to=[CHEN], cc=[],
    subject="Re: 钱主任的需求又改了",
    body="""凯子：

辛苦了，我知道你这周被来回折腾得够呛。

不过钱主任改来改去，背后是他们领导在催二期上线，他自己也两头受气。咱们别光在心里憋着，这样弄：
1. 今天把目前所有改动列成一张表，标上每次改动的时间和影响；
2. 明天上午我跟他当面谈，定一个需求冻结点，冻结之后的改动走变更单；
3. 之前已经返工的工时，我来跟王总沟通，不用你出面。

有啥想法随时找我。

老赵""",
    quote="""赵哥：

钱主任今天又改了一遍机柜布局，这是这周第三次了，我们的人一天到晚在拆了装、装了拆，这么下去没法干了。

陈凯""",
    quote_from=CHEN, quote_style="foxmail",
))

NEG.append(dict(
    expect=[], lang="en",
    why="praise of the client's team ('pulled off the impossible'), risky words used as a compliment",
    sender=DANIEL, to=[PRIYA, MARCUS], cc=[],
    subject="Saturday migration - credit where it's due",
    body="""All,

Greg's team pulled off the impossible on Saturday: forty racks re-homed into Hall 3 in under six hours, with zero unplanned downtime. Their runbook discipline was better than ours in places, to be honest, particularly the way Tom's people pre-staged every cable with both ends labelled.

Priya, could you draft a thank-you note to Greg and Tom from us, naming their shift leads? Marcus, please borrow their cable pre-staging checklist for our own template.

Daniel""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="internal note defending the bank's strict two-person entry rule as correct, even though it slows us down",
    sender=ZHOU, to=[OPS], cc=[],
    subject="C行双人双锁进机房的要求",
    body="""各位：

最近有同事反映，C行要求进核心机房必须双人双锁、全程录像，连换一块硬盘都要等行方人员陪同，效率太低。

我理解大家的感受，但我想说清楚：这个要求是对的。银行核心机房出过一次人为误操作，就是监管通报级别的事情，姚主任他们背的责任比我们大得多。我们要做的不是抱怨，而是把工作提前规划好：
1. 需要进机房的工作前一天下午四点前报给行方；
2. 同一时段的工作尽量合并，一次进场做完；
3. 紧急抢修按应急预案走，行方有专人24小时响应。

周牧""",
    quote=None,
))

# ---- look like argue / refusal, but are firm-and-polite or buffered ------------------------------
NEG.append(dict(
    expect=[], lang="zh",
    why="firm but polite root-cause facts about the ATS in manual position, with a joint fix; the client's blame is only in the quote",
    sender=ZHAO, to=[WANG], cc=[QIAN],
    subject="Re: 10月28日油机未启动原因说明",
    body="""王总：

您好。关于10月28日凌晨油机未自动启动的原因，我们调取了ATS控制器的操作日志和现场监控，情况如下：

1. 02:11 市电中断，ATS处于"手动"位置，因此未向油机发出启动信号；
2. 日志显示该开关于10月26日21:40被切到手动，当时在做机房照明检修；
3. 我方10月维保记录及带载测试报告均已上传平台，油机本体测试正常。

原因不在于单一某个人，而在于检修后的复位没有列入交接清单。我们建议双方一起把"ATS复位确认"加进值班交接表，我方也会在ATS面板上加装状态指示灯，本周五前完成。

赵铁军""",
    quote="""赵经理：

28号凌晨停电油机没起来，3号站掉站一个半小时，这明显是你们维保不到位。请给出书面说明。

王立峰""",
    quote_from=WANG, quote_style="outlook_zh",
))

NEG.append(dict(
    expect=[], lang="en",
    why="'can't in this phase' with a CR number, a reply date and an interim workaround (pair with the friendly refusal)",
    sender=LIN_EN, to=[HELEN], cc=[],
    subject="RE: Extra badge readers - loading dock and freight lifts",
    body="""Hi Helen,

Thanks for raising this. We can't add the extra readers within the current phase, because the dock and lift controllers aren't on the panel we're commissioning this month.

I've logged it as change request CR-2026-117. You'll have a cost and schedule estimate from us by 20 November. In the meantime, we can switch the existing dock reader to card-plus-PIN from next Monday, which closes most of the gap you described.

Jiayi""",
    quote="""Jiayi,

After last week's incident we'd like badge readers added at the loading dock and in both freight lifts. Can this be done as part of the current phase?

Helen""",
    quote_from=HELEN, quote_style="outlook",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="bureaucratic-sounding but buffered: change order number, review date and an interim measure",
    sender=ZHOU, to=[QIAN], cc=[WANG],
    subject="Re: 每个机柜加装温湿度传感器",
    body="""钱主任：

您好。每个机柜加装温湿度传感器的需求，本期实施确有困难：动环采集器的点位已经用满，需要新增一台采集器和一批线缆。

我已将该需求登记为变更单BG-031，下周二（11月17日）的变更评审会上评估费用和工期，会后第二天给您书面答复。在此之前，我们可以先把现有的12个传感器按冷通道热点位置重新布置一遍，本周四就能完成，至少把最热的几排机柜盯住。

周牧""",
    quote="""周经理：

为了更好地掌握温度分布，我们希望这一期就给每个机柜都装上温湿度传感器。

钱宏""",
    quote_from=QIAN, quote_style="foxmail",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="escalation: the request exceeds the PM's authority and is handed to the director with a call-back date (pair with the persuade draft)",
    sender=ZHOU, to=[YAO], cc=[SUN],
    subject="Re: 核心机房第三路市电",
    body="""姚主任：

您好。加第三路市电涉及外线工程和供电局报装，投资和工期都超出了我这个层面能承诺的范围。

我已经把您的需求连同初步的投资估算一起报给了我们孙总，他周四上午会直接给您打电话，一起商量可行的路径。在此之前，如果您需要，我可以先把目前双路市电加2N柴发的可靠性计算整理给您，供您内部汇报参考。

周牧""",
    quote="""周经理：

考虑到核心机房的重要性，我们想评估一下增加第三路市电的可行性。

姚建国""",
    quote_from=YAO, quote_style="gt_zh",
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="'这个不是拒绝' negation: the PM only needs two days to check floor loading before committing",
    sender=HE, to=[WANG], cc=[ZHOU],
    subject="加装电池柜的 floor loading",
    body="""王总:

先说明一下, 这个不是拒绝哈. 加两台电池柜我们是愿意做的, 只是每台满载 1.8 吨, 电池室楼板的设计荷载我手上没有确切数据, 需要两天时间 check 一下结构图纸, 必要时请设计院出个意见.

周四下班前我给您 confirm, 如果楼板够, 下周就可以排施工.

晓雯""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="recommendation with both options costed, the bank keeps the final choice (pair with the persuade draft on UPS brands)",
    sender=SUN, to=[DU], cc=[YAO, ZHOU],
    subject="Re: UPS选型建议",
    body="""杜处长：

您好。UPS选型我们对比了两个方案：

方案A：模块化UPS，可在线热插拔，后期扩容方便，维护时无需转旁路；
方案B：工频塔式UPS，初期投资低约18%，技术成熟，贵行现有运维人员更熟悉。

从可维护性看，我们倾向方案A；但如果贵行更看重初期投资和运维习惯，方案B同样能满足要求。详细对比表附后，最终由贵行决定，两个方案我们都能实施。

孙立""",
    quote="""孙总：

UPS选型请贵司给出建议，并说明理由。

杜伟""",
    quote_from=DU, quote_style="outlook_zh",
))

NEG.append(dict(
    expect=[], lang="en",
    why="firm, polite SLA facts answering an angry complaint, acknowledging the client's experience and offering a call",
    sender=DANIEL, to=[TOM], cc=[],
    subject="RE: Response time on Sunday's CRAC alarm",
    body="""Tom,

Thanks for the note, and I'm sorry Sunday night was so stressful for your team.

For the record, the timeline from our ticketing system is: ticket created 03:12, engineer dispatched 03:20, on site 05:40. The SLA response window for a P2 is four hours from ticket creation, so we were inside it. I understand that two and a half hours felt very long while the alarm was sounding.

If it would help, I'm happy to walk through the timeline on a call and discuss whether a P1 classification for CRAC alarms in Hall 2 makes sense going forward.

Daniel""",
    quote="""Daniel,

Two and a half hours to get someone on site for a CRAC alarm? That's unacceptable. What exactly are we paying for?

Tom""",
    quote_from=TOM, quote_style="outlook",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="'上周例会我说过…' used as follow-through on a promise, not as reproach",
    sender=ZHAO, to=[ZHENG], cc=[],
    subject="油罐容量确认",
    body="""郑工：

上周例会我说过周五前确认各站油机的油罐容量，现确认如下：

1. 3号、5号、9号站：日用油箱200升，满载可运行约6小时；
2. 7号、11号站：日用油箱120升，满载约3.5小时，建议在台风季前加配一个200升外置油箱；
3. 其余站点油机功率较小，满载均在8小时以上。

第2条的加配方案和报价，下周三前发您参考。

赵铁军""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="'并不是做不了' negation: waiting for the utility's outage window, with a date",
    sender=HE, to=[QIAN], cc=[],
    subject="Re: 配电柜更换时间",
    body="""钱主任：

您好。3号楼低压配电柜更换并不是做不了，只是需要供电局配合停电，他们的停电计划每月只排一次。

我已经提交了12月的停电申请，供电局答复12月6日（周六）凌晨有窗口，具体会在11月30日前书面确认。确认后我第一时间告诉您，施工方案也会同步发给您审核。

何晓雯""",
    quote="""何经理：

配电柜更换说了两个月了，到底什么时候能做？

钱宏""",
    quote_from=QIAN, quote_style="gt_zh",
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="'不是你们的问题' taking the blame for a BMS misconfiguration; the risky phrase is negated",
    sender=ZHOU, to=[ZHENG], cc=[WANG],
    subject="BMS 数据延迟原因",
    body="""郑工:

昨天您反馈的 BMS 数据延迟, 查清楚了: 这个不是你们的问题, 是我们在上周升级时把 polling interval 从 10s 错配成了 300s. 已经在今天上午 10:20 改回来, 现在数据刷新正常.

我们会在升级 checklist 里加一项参数比对, 避免再犯. 给您添麻烦了.

周牧""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="en",
    why="'isn't achievable' stated plainly, followed by two concrete options and the client's choice",
    sender=PRIYA, to=[GREG], cc=[TOM],
    subject="RE: Hall 4 electrical rebuild by 1 December",
    body="""Greg,

I've gone through the programme with our electrical lead. A full rebuild of Hall 4's distribution by 1 December isn't achievable without running live work in energised panels, which neither of us wants.

Two options:
1. Rebuild the A-side by 1 December and the B-side by 19 December, keeping the hall on single-feed for those two and a half weeks with a generator on standby.
2. Do both sides together in the 5 to 9 January window, with full redundancy throughout.

Either works for us. Let me know which you prefer by Friday and I'll lock the crews.

Priya""",
    quote="""Priya,

We need the Hall 4 electrical rebuild finished by 1 December, no excuses this time.

Greg""",
    quote_from=GREG, quote_style="gt",
))

NEG.append(dict(
    expect=[], lang="zh", trad=True,
    why="traditional Chinese: face-recognition request buffered with a change request, an estimate date and an interim measure (pair with the flat refusal)",
    sender=HUANG, to=[DU_T], cc=[],
    subject="回覆：門禁加裝人臉辨識評估",
    body="""杜處長您好：

關於主機房及電池室門禁加裝人臉辨識，這項功能不在本期合約範圍內，無法直接併入目前的施工。

我們已整理成變更申請（編號CR-B-014），報價與工期評估預計於11月18日前提供給貴行。在正式評估完成前，如有需要，可先將現有讀卡機設定為「卡片＋密碼」雙重驗證，本週內即可完成。

黃一鳴""",
    quote="""黃經理：

為提升機房安全，我行希望在主機房及電池室加裝人臉辨識門禁，請評估。

杜偉""",
    quote_from=DU_T, quote_style="outlook_zh",
))

# ---- other hard-negative types -------------------------------------------------------------------
NEG.append(dict(
    expect=[], lang="zh",
    why="risky words as technical terms: 拒绝连接, 不接受 (slave address range), 必须重启",
    sender=ZHOU, to=[ZHENG], cc=[LIUC],
    subject="动环网关采集中断排查",
    body="""郑工：

今天上午9点起2号楼动环数据中断，排查结果如下：

1. 采集服务器连接Modbus网关时报"拒绝连接"（Connection refused），原因是网关的502端口被昨晚的固件升级重置为关闭；
2. 另外发现一个配置问题：网关不接受大于247的从站地址，而新加的两台电量仪被设成了250、251；
3. 已重新开放端口并把两台电量仪地址改为31、32。修改配置后必须重启采集服务才能生效，我们已在11:40重启，数据恢复正常。

中断期间的数据缺口约2小时40分钟，网关本地有缓存，今晚会补录到平台。

周牧""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="imperative safety instructions (必须, 严禁, 不得) answering the client's question; technical, not pressure",
    sender=ZHAO, to=[QIAN], cc=[],
    subject="Re: 放电试验期间的注意事项",
    body="""钱主任：

放电试验期间请值班同事注意以下几点：

1. 试验期间电池室必须保持排风机常开；
2. 严禁在电池室内使用明火或产生火花的工具；
3. 放电过程中不得随意断开假负载的连接线，如需中止，请通知我方现场人员操作；
4. 若氢气探测器报警，请立即撤离并通知我们。

试验定在周四上午9点到11点，我和宋涛两人在现场。

赵铁军""",
    quote="""赵经理：

下周的蓄电池放电试验，我们值班人员需要注意些什么？

钱宏""",
    quote_from=QIAN, quote_style="foxmail",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="long (~650 characters) root-cause analysis of a high-temperature event that stays on its subject",
    sender=ZHOU, to=[WANG], cc=[QIAN, ZHENG, SUN],
    subject="2号机房11月12日高温事件原因分析",
    body="""王总：

您好。11月12日下午2号机房冷通道温度升高事件的原因分析如下，供贵方参考。

一、事件经过
14:05，2号机房B列冷通道温度从22°C开始上升，14:38达到29.5°C，触发二级告警。我方驻场工程师14:42到场，15:10温度回落到24°C以下，15:40恢复正常。期间IT设备无宕机、无降频记录。贵方值班人员在14:20左右就注意到了局部热点，并第一时间通知我们，这为处置争取了时间。

二、直接原因
3号精密空调的压缩机因高压保护停机。现场检查发现该机组的室外冷凝器翅片被杨絮和灰尘严重堵塞，散热不良导致冷凝压力过高。

三、为什么没有被更早发现
1. 冷凝器清洗原计划在10月底进行，因备件到货延迟顺延到11月第三周，我们没有及时评估顺延的风险；
2. 3号机组高压报警只在空调本地面板显示，未接入动环平台，值班人员无法远程看到；
3. 其余两台空调的余量不足以单独承担B列负载，这一点在今年扩容后没有重新核算。

四、整改措施
1. 11月13日已完成全部室外冷凝器清洗，并把清洗周期从每季度改为每两个月，杨絮季节每月一次；
2. 11月20日前把所有精密空调的高压、低压报警接入动环平台；
3. 11月底前重新核算2号机房制冷冗余，如果N+1不满足，提出补充一台空调的方案，供贵方决策；
4. 备件延迟类风险纳入周报，顺延超过一周的维护项需书面告知贵方。

五、对业务的影响评估
根据DCIM记录，B列共有14个机柜进风温度超过27°C，持续时间最长约35分钟。我们已请贵方IT部门协助核查这14个机柜上设备的硬件日志，目前收到的反馈是没有发现温度相关的硬件告警。如果后续发现有硬盘或电源模块的异常，我们会配合做关联分析。

六、责任
冷凝器清洗顺延的风险评估不到位，责任在我方，我们已在内部做了通报。类似的"计划顺延"事项，以后由我本人审核风险后再决定是否顺延。

如需当面汇报，我随时可以过去。

周牧""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="en",
    why="long (~430 words) cut-over plan that stays on its subject throughout",
    sender=DANIEL, to=[TOM], cc=[GREG, MARCUS],
    subject="Hall 3 PDU cut-over plan - Tuesday 25 November",
    body="""Tom,

Here is the full plan for the Hall 3 PDU cut-over, for review by your change board on Thursday.

Scope
We are moving 18 racks in rows D and E from the old floor-standing PDUs (PDU-3A and PDU-3B) to the new busway tap-off units. Each rack is dual-corded, so we will move one feed at a time and every rack keeps at least one live feed throughout.

Window
Tuesday 25 November, 01:00 to 05:00. We chose a weekday slot so that your network and server teams are on their normal on-call rota and our electrical supervisor is not working on overtime limits. If your board needs a different night, Wednesday 26 November is our fallback.

Pre-checks (Monday 24 November, 14:00)
1. Confirm every rack in rows D and E shows load on both feeds in the DCIM. Any rack on a single feed gets fixed or excluded before the window.
2. Thermal scan of all tap-off units.
3. Your team confirms there are no planned deployments in Hall 3 that night.

Sequence
1. 01:00 Go/no-go call with your duty manager and ours.
2. 01:10 to 02:40 Move the A-feeds, rack by rack. After each rack we confirm on the DCIM that the load has transferred and the B-feed is still healthy.
3. 02:40 Hold point: fifteen minutes of monitoring, then a second go/no-go before touching any B-feed.
4. 02:55 to 04:25 Move the B-feeds in the same way.
5. 04:25 to 05:00 Final checks, thermal scan, and handover.

Rollback
Up to the 02:40 hold point, rollback means moving the completed A-feeds back to PDU-3A, which takes about 40 minutes. After the hold point, we complete the B-side only if the A-side has been stable; otherwise we stop, leave the B-feeds on PDU-3B, and schedule the remainder.

People
Our side: Marcus as electrical supervisor, two electricians, and me as cut-over lead on the bridge call. We need one person from your NOC on the bridge for the whole window, and someone with authority to call a halt.

Communications
Bridge call opens at 00:45. We will post a short status update in the shared channel at each step, and a written summary by 09:00 on Tuesday.

Risks we have already considered
The main risk is a rack that turns out to be single-corded despite what the DCIM shows, usually because a second power supply has failed quietly. The Monday pre-check is designed to catch exactly that. The second risk is a tap-off unit tripping on inrush when a feed is moved; each unit has been load-tested at the factory and again on site last week, and the results are attached.

Please send any questions or changes by Wednesday so I can update the plan before Thursday's board.

Daniel Ko
Project Manager""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="long (~650 characters) monthly O&M report for tower sites that stays on topic",
    sender=ZHAO, to=[WANG], cc=[ZHENG, HE],
    subject="10月铁塔站点运维月报",
    body="""王总：

10月32个铁塔站点的运维情况汇报如下。

一、总体指标
站点可用率99.93%，高于合同约定的99.9%，较9月的99.88%有所提升。全月共发生故障7起，全部在SLA时限内处理完毕，平均修复时长2小时14分钟，比上月缩短了约40分钟，主要得益于备件前置到三个片区仓库。

二、故障明细
1. 市电停电4起（3号、9号、17号、22号站），均由油机或蓄电池正常保障，无掉站；
2. 整流模块故障2起（5号、11号站），已更换模块，旧模块返厂检测；
3. 传输设备掉电1起（26号站），原因是空开老化跳闸，已更换空开，并对同批次空开全面排查，共发现3个站存在同样隐患，均已在10月底前更换完毕。

三、巡检与预防性维护
完成季度巡检32站，发现隐患19项，已整改15项。未整改的4项为：
1. 7号站接地引下线锈蚀，计划11月第二周更换；
2. 14号站机房漏水，需贵方协调业主修缮屋顶；
3. 19号、28号站蓄电池容量低于80%，建议纳入明年更换计划。

四、蓄电池核对性放电
本季度完成16个站的放电试验，其中2组电池放电时间不足，已列入第三条第3项。其余14个站放电时间均满足3小时后备要求。剩余16个站计划在下季度完成，具体日期会提前一周报给郑工，以便贵方安排停站窗口。

五、下月重点
1. 台风季后全面检查塔身螺栓和天线抱杆；
2. 完成剩余4项隐患整改；
3. 配合贵方做年度安全检查；
4. 对全部油机做一次冬季防冻检查，包括冷却液冰点测试和加热器功能测试。

六、需贵方支持
14号站屋顶漏水问题已持续两个月，我们只能做临时遮挡，需要贵方与业主协商修缮。如有需要，我可以陪同一起去现场。另外，19号、28号站的蓄电池更换如果要赶在明年春节前完成，需要贵方在12月中旬前确认预算，我们好提前锁定电池货期，目前厂家的交货周期大约是六周。

七、人员情况
本月驻场和巡检人员无变动。11月起宋涛将专职负责北片区12个站点，南片区由陈凯负责，两人的联系方式已更新在值班通讯录中，贵方值班人员可以直接联系。

附件为详细数据表。

赵铁军""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="the client's angry words (with !!) are only in the Foxmail quote; the PM's reply is polite and concrete",
    sender=HE, to=[QIAN], cc=[ZHOU],
    subject="Re: 2号机房温度",
    body="""钱主任：

非常抱歉让您着急了。我们的工程师已经在路上，预计20分钟到场。

在他到场之前，我们已经远程把1号、2号空调的送风温度下调了2度，目前冷通道温度在缓慢回落。到场后我们会先排查3号空调，处理进展每半小时向您同步一次。

何晓雯""",
    quote="""你们到底会不会修空调？！机房都快35度了！！再这样下去设备烧了谁负责？？

钱宏""",
    quote_from=QIAN, quote_style="foxmail",
))

NEG.append(dict(
    expect=[], lang="en",
    why="the client's furious 'are you people even trying' is only in the Outlook quote; the reply apologises and gives a plan",
    sender=PRIYA, to=[TOM], cc=[GREG],
    subject="RE: Third outage this month",
    body="""Tom,

You're right to be frustrated, and I'm sorry. Three interruptions in one month is not the service you're paying for.

Here is what we're doing:
1. Today: our electrical lead is on site replacing the static transfer switch controller in Hall 1, which is the common factor in all three events.
2. By Friday: a written root-cause report covering all three incidents.
3. Next week: I'd like to meet you and Greg in person to go through the report and agree any service credits.

I'll call you at 4pm today with an update from site.

Priya""",
    quote="""Priya,

This is ridiculous. That's the third outage this month. Are you people even trying? I'm done explaining your failures to my management.

Tom""",
    quote_from=TOM, quote_style="outlook",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="risky phrases (没有不可能, 不得转发) appear only in the signature motto and disclaimer; body is a polite invoice note",
    sender=LIN, to=[WANG], cc=[WUNA],
    subject="第三季度维保费发票",
    body="""王总，您好：

第三季度维保费发票已开具，金额与合同一致，纸质发票今天已寄出，快递单号见附件。电子版同时抄送贵司财务。

如对金额或开票信息有任何疑问，请随时告诉我。

祝好！

-- 
林嘉怡 | 客户经理
数据中心与基础设施服务部
座右铭：没有不可能，只有还没想到的办法。
本邮件及附件仅供指定收件人使用，如您并非指定收件人，不得转发、复制或使用其中任何内容，并请立即删除。""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="interleaved reply: the client's slang outburst sits on '>' lines; the PM's own lines between them are calm and factual",
    sender=LIN, to=[YAO], cc=[ZHOU],
    subject="Re: 柴发测试又延期?",
    body="""姚主任, 您好, 我在您的原文中逐条回复:

> 柴发带载测试又延期, 你们到底在搞什么飞机?
延期原因是测试用的 load bank 在运输途中损坏, 供应商已换一台新的, 明天上午到货.

> 每次都有理由, 我怎么跟行领导交代?
理解您的压力. 新的测试时间是本周六 09:00-11:00, 我和周牧都会在现场, 测试报告当天下午就能给到您, 方便您向领导汇报.

> 再延期就别做了!
不会再延期. 万一 load bank 再出问题, 我们会用机房实际负载做切换测试作为 backup, 测试不会取消.

Jiayi""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="'几乎不可能' as a probability statement and a PM taking responsibility; respectful explanation to the client",
    sender=ZHOU, to=[YAO], cc=[DU],
    subject="关于上周配电系统双路失电的说明",
    body="""姚主任：

上周四的双路失电，按照设计，两路市电同时中断、柴发又同时未启动，是几乎不可能发生的组合，这也是为什么这次事件让大家都很意外。

复盘下来，问题出在我们身上：两路市电在园区外共用了一段电缆沟，施工挖断时两路同时中断；而柴发启动延迟是因为我们上月维护后启动电池未充满。前者是设计阶段我们没有核实外线路由，后者是维护后的检查疏漏。

我们已经做了三件事：启动电池全部更换并加装浮充监测；外线路由问题已提交整改方案，请贵行审阅；维护后检查表增加启动电池电压一项。

周牧""",
    quote=None,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="colleague banter with 醉了 aimed at oneself and admiring words; no client is disparaged",
    sender=SUN, to=[ZHAO], cc=[CHEN, SONG],
    subject="昨晚的应急保电，辛苦了",
    body="""老赵：

昨晚你是真牛，凌晨四点带着油车硬是说通了检查站，六点前给17号站送上了油，站点一分钟没掉。今天早上王总专门打电话来表扬，说你们这支队伍靠得住。

我自己倒是醉了：半夜接到你电话，迷迷糊糊把油车司机的号码抄成了我自己的，害你多等了十分钟。这事你随便笑。

陈凯、宋涛也辛苦了，周五我请大家吃羊肉。

孙立""",
    quote=None,
))

CASES = POS + NEG
random.Random(4747).shuffle(CASES)
