"""heldout12: labelled PM drafts written by an independent helper (training / tuning set).

Emphasis: construction, real-estate, telecom and field-service projects; terse WeChat-style
drafts where a single word choice decides the label; plus long ramble drafts and long
on-topic negatives. Build with: python3 benchmarks/blindkit.py benchmarks/heldout12
"""

import random

# --- our team -------------------------------------------------------------
ZTJ = "赵铁军 <zhao.tiejun@ourteam.example.com>"
CJH = "陈家豪 <chen.jiahao@ourteam.example.com>"
ZY = "周宇 <zhou.yu@ourteam.example.com>"
HXC = "胡小川 <hu.xiaochuan@ourteam.example.com>"
LML = "林美玲 <lin.meiling@ourteam.example.com>"
HZM = "何志明 <ho.chiming@ourteam.example.com>"
GXF = "顾晓峰 <gu.xiaofeng@ourteam.example.com>"
MARK = "Mark Liu <mark.liu@ourteam.example.com>"
SARAH = "Sarah Tan <sarah.tan@ourteam.example.com>"
DANIEL = "Daniel Ho <daniel.ho@ourteam.example.com>"
SUN = "孙浩 <sun.hao@ourteam.example.com>"
QIAN = "钱伟 <qian.wei@ourteam.example.com>"
LDY = "刘大勇 <liu.dayong@ourteam.example.com>"
WUQ = "吴倩 <wu.qian@ourteam.example.com>"
GUO = "Ping Guo <guo.ping@ourteam.example.com>"
MAY = "May Wong <may.wong@ourteam.example.com>"
KEVIN = "Kevin Zhang <kevin.zhang@ourteam.example.com>"
MINGMING = "杨明明 <yang.mingming@ourteam.example.com>"
LAOLIU = "刘建华 <liu.jianhua@ourteam.example.com>"

# --- client A: real-estate developer ----------------------------------------
WJG = "王建国 <wang.jianguo@client-a.example.cn>"
KL = "孔丽 <kong.li@client-a.example.cn>"
QIU = "邱振 <qiu.zhen@client-a.example.cn>"
HM = "黄敏 <huang.min@client-a.example.cn>"

# --- client B: telecom operator ---------------------------------------------
TOM = "Tom Becker <tom.becker@client-b.example.com>"
AISHA = "Aisha Khan <aisha.khan@client-b.example.com>"
GREG = "Greg Olsen <greg.olsen@client-b.example.com>"
LW = "梁文 <liang.wen@client-b.example.com>"
ZJH = "鄭家慧 <cheng.chiahui@client-b.example.com>"

# --- client C: bank (branch fit-out, machine rooms, ATM field service) ------
SJ = "沈静 <shen.jing@bank-c.example.cn>"
MJ = "马骏 <ma.jun@bank-c.example.cn>"
GH = "葛宏 <ge.hong@bank-c.example.cn>"
LQ = "柳青 <liu.qing@bank-c.example.cn>"
ZYT = "張雅婷 <chang.yating@bank-c.example.cn>"

CASES = []


def case(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    CASES.append(dict(kw))


# =====================================================================
# POSITIVES
# =====================================================================

# ---- refusal ----------------------------------------------------------
case(expect=["refusal"], lang="zh",
     why="flat refusal in Dongbei colloquial (整不了): a reason but no buffer, no alternative, no date",
     sender=ZTJ, to=[WJG], subject="Re: 样板间客厅加筒灯",
     body="王工，这个整不了，吊顶昨儿就封板了。\n\n铁军",
     quote="赵经理：\n样板间客厅看着还是暗，能不能再加一路筒灯？周六就开放了，麻烦周五前弄好。\n王建国",
     quote_from=WJG)

case(expect=["refusal"], lang="en",
     why="terse flat refusal of the client's request (aren't going in), no CR, no later phase offered",
     sender=MARK, to=[TOM], subject="Re: Phase 1 site list - 12 additions",
     body="Tom,\n\nPhase 1 is frozen. The Harbour Road sites aren't going in.\n\nMark",
     quote="Mark,\nGreg wants the 12 sites along Harbour Road added to Phase 1. Can you make that happen?\nTom",
     quote_from=TOM)

case(expect=["refusal"], lang="zh",
     why="bureaucratic flat refusal (不属于我方承接范围，请知悉。此复。) with no evaluation, alternative or escalation",
     sender=HXC, to=[LQ], cc=[SJ], subject="关于营业厅加钞间墙体外移的回复",
     body="柳主任：\n\n来函收悉。经我项目部核查，所提加钞间墙体外移事项与已审定施工图不一致，不属于我方承接范围，请贵方知悉。\n\n此复。\n\n网点改造项目部 胡小川")

case(expect=["refusal"], lang="mixed",
     why="WeChat-style mixed flat refusal ('no way 哈') of a request driven by a real field problem, no workaround",
     sender=ZY, to=[LW], subject="Re: 外勤App离线模式",
     body="梁工，offline 这个 no way 哈，我们架构就不是这么设计的。\n\n周宇",
     quote="周工，外勤 App 能不能加个离线模式？山区基站没信号，师傅们填不了工单。",
     quote_from=LW)

case(expect=["refusal"], lang="zh", trad=True,
     why="traditional Chinese; friendly tone (喔, 謝謝您喔！) wrapped around a flat refusal with no alternative or date",
     sender=LML, to=[ZJH], subject="Re: 機房門禁加裝人臉辨識",
     body="家慧您好，\n\n人臉辨識這個我們這邊沒辦法加喔，謝謝您喔！\n\n美玲",
     quote="林經理您好，\n想請問機房門禁是否能加裝人臉辨識？總部稽核下個月會來。\n家慧",
     quote_from=ZJH)

case(expect=["refusal"], lang="zh",
     why="refusal slipped into a meeting recap: item 3 drops the client's request (不做了) with no buffer",
     sender=ZTJ, to=[QIU], cc=[WJG, LDY], subject="11月12日工程例会纪要",
     body="邱总、王工：\n\n今天例会要点如下：\n1. 3#楼外立面石材11月17日进场，样板已确认；\n2. 5#楼屋面防水周五做闭水试验，请监理到场；\n3. 贵方提出的地库增设充电桩预埋，不做了；\n4. 下次例会11月19日上午9点，地点不变。\n\n如有出入请今天内回复。\n\n赵铁军")

# ---- argue ------------------------------------------------------------
case(expect=["argue"], lang="zh",
     why="short blaming jab: rhetorical '慢？' and '这锅我们可不背' instead of stating the approval date",
     sender=ZTJ, to=[HM], subject="Re: 石材进场进度",
     body="黄经理，慢？石材样板在你们那儿压了三个礼拜没批，这锅我们可不背。\n\n赵铁军",
     quote="赵经理，3号楼外立面怎么还没动？你们进度太慢了，邱总很不满意。",
     quote_from=HM)

case(expect=["argue"], lang="zh",
     why="sarcastic rhetorical lecture to the client (是没人在听，还是听了当没听？)",
     sender=ZTJ, to=[QIU], cc=[WJG], subject="消防通道堆料",
     body="邱总，消防通道不能堆料，技术交底会上讲了两遍。贵司那边是没人在听，还是听了当没听？\n\n铁军")

case(expect=["argue"], lang="en",
     why="passive-aggressive lecture: implies the client did not check her inbox before escalating",
     sender=MARK, to=[AISHA], cc=[GREG], subject="Re: BOQ for Phase 1 civil works",
     body="Aisha,\n\nThe BOQ went out on Nov 3. It's sitting in your inbox. Might be worth a quick search before copying Greg next time.\n\nMark",
     quote="Mark, we still haven't received the BOQ. I've copied Greg. This is holding up the PO.",
     quote_from=AISHA)

case(expect=["argue"], lang="zh",
     why="Dongbei-dialect blaming and lecturing (咋还赖上…, 先自个儿捋明白再来找我)",
     sender=ZTJ, to=[WJG], subject="卫生间排水坡度",
     body="王工，你这话唠的可就不讲究了。排水坡度是你们设计院图上漏的，我们照图干活，咋还赖上施工队了？图纸你们先自个儿捋明白再来找我。\n\n铁军")

case(expect=["argue"], lang="mixed",
     why="mixed condescending lecture (先 read 一下 SOW 再来 challenge, 不用我每次都 explain)",
     sender=ZY, to=[LW], subject="Re: 光缆熔接验收",
     body="梁工，拜托先 read 一下 SOW 再来 challenge 我们好吗？Section 4.2 写得清清楚楚，0.08dB 是 average 不是 single splice，这种基础概念不用我每次都 explain 吧。\n\n周宇",
     quote="周工，你们光缆熔接损耗超标，这批不能验收。",
     quote_from=LW)

case(expect=["argue"], lang="zh", trad=True,
     why="traditional Chinese; blaming lecture in polite wrapping (麻煩貴行內部先對齊好再來找我們…背這個鍋)",
     sender=LML, to=[ZYT], subject="Re: 分行天花板材質",
     body="雅婷您好，\n\n天花板材質的問題，上週會議紀錄第三點就寫了，貴行也簽核過。麻煩貴行內部先對齊好再來找我們，我們不是每次都能幫忙背這個鍋。\n\n美玲",
     quote="林經理，主管說天花板材質怎麼跟當初講的不一樣？請說明。",
     quote_from=ZYT)

case(expect=["argue"], lang="zh",
     why="formal register but blaming and lecturing (于理不合，于约无据; 先把合同第九条逐字读一遍)",
     sender=GXF, to=[GH], cc=[SJ], subject="Re: 关于施工扬尘扣款事宜",
     body="葛处长：\n\n扬尘一事，我方开工前已书面说明：切割作业须安排在夜间，需贵行保卫处配合开门，贵行当时未予配合，只能白天施工。现以此为由扣款，于理不合，于约无据。\n\n建议贵行有关同志先把合同第九条逐字读一遍，再来谈扣款不迟。\n\n顾晓峰",
     quote="顾经理：\n近期网点施工扬尘严重，客户多次投诉。按合同我行将扣除本期进度款5%。\n葛宏",
     quote_from=GH, quote_style="outlook_zh")

# ---- persuade ---------------------------------------------------------
case(expect=["persuade"], lang="zh",
     why="pushes our brand and tells the client to stop considering others, with a veiled liability threat",
     sender=ZTJ, to=[WJG], subject="地暖品牌",
     body="王工，地暖就走我们报的那个牌子，别的您也别琢磨了。真要换，出了漏水可别找我们兜底哈。\n\n铁军")

case(expect=["persuade"], lang="en",
     why="pushes our option with silence-as-consent deadline; the client is given no real choice",
     sender=MARK, to=[TOM], subject="Coverage fix for Westgate",
     body="Tom,\n\nLet's not overthink Westgate: macro upgrade, not small cells. I'll take that as agreed unless I hear otherwise by noon - the crews are already booked.\n\nMark")

case(expect=["persuade"], lang="zh",
     why="pressure via our own boss's authority (郭总已经拍板), tells the client to stop raising option B",
     sender=CJH, to=[KL], subject="售楼处智能化方案",
     body="孔经理，这个我们郭总已经拍板啦，就按A方案走。B方案就唔好再提了，提了也是浪费大家时间。\n\n家豪")

case(expect=["persuade"], lang="zh",
     why="pressure via deadline and blame (开不了业…责任可不在我们), then decides for the client (就这么定了)",
     sender=GXF, to=[SJ], subject="网点地砖选型",
     body="沈主任，进口地砖到货要十周，您要是坚持，网点元旦肯定开不了业，到时候行领导问起来，这个责任可不在我们。还是用国产的吧，就这么定了。\n\n顾晓峰")

case(expect=["persuade"], lang="mixed",
     why="mixed; dismisses the client's on-prem preference as going against the trend and pushes for sign-off",
     sender=DANIEL, to=[LW], subject="部署方式 on-prem vs cloud",
     body="梁工，说句实在的，on-prem 那条路就别想了，整个行业都在上云，你们再坚持就是跟趋势对着干。Sign off 吧，细节我们 later 再 sort out。\n\nDaniel")

case(expect=["persuade"], lang="zh",
     why="brushes off the client's waterproofing concern and pushes them to stop deliberating and sign",
     sender=HZM, to=[MJ], subject="Re: 机房选址",
     body="马工，防水您放心，B1就是最合适的。您那边再琢磨多久，结论也还是B1，我建议别再纠结了，这周就签了吧。\n\n何志明",
     quote="何经理，我们处里还是倾向把机房放在三楼，B1担心防水。能不能再评估一下三楼？",
     quote_from=MJ)

case(expect=["persuade"], lang="en",
     why="ignores the client's reason, pushes our migration with a deadline and a threat to go over his head",
     sender=SARAH, to=[TOM], subject="Re: Keeping FieldPro for the contractor crews",
     body="Tom,\n\nHonestly, keeping FieldPro alive is a mistake, and the longer your team hangs on to it, the more it'll cost you. Two systems means two sets of bugs, two trainings, two invoices. I need your sign-off on the full migration by Friday - I'd really rather not have to take this up with Greg.\n\nSarah",
     quote="Sarah,\nOur contractor crews are used to FieldPro. We'd like to keep it for them for another year and only move our own techs to the new dispatch platform.\nTom",
     quote_from=TOM)

case(expect=["persuade"], lang="zh",
     why="pre-empts the client's decision (冷色那个思路咱就翻篇吧) and acts on our choice before she agrees",
     sender=CJH, to=[KL], subject="样板间软装色调",
     body="孔经理，效果图您也看过了，客户调研也都偏暖色，冷色那个思路咱就翻篇吧。我这边今天下午直接按暖色下单了哈。\n\n家豪")

# ---- backchannel ------------------------------------------------------
case(expect=["backchannel"], lang="zh",
     why="internal mockery of the client's boss (指点江山, 外行领导内行, 这位爷)",
     sender=ZTJ, to=[LDY], subject="今天现场",
     body="大勇，邱总今儿又来现场指点江山了，让把刚砌完的隔墙拆了重砌。外行领导内行，这位爷我算是开了眼了。\n\n铁军")

case(expect=["backchannel"], lang="zh",
     why="reply-all accident: disparages the client contact to a colleague while he is still in Cc",
     sender=GXF, to=[SUN], cc=[MJ], subject="Re: 监控平台首页布局",
     body="孙浩，马骏这需求一天一个样，估计他自个儿都不知道要啥。先别动手，晾他两天再说。\n\n晓峰",
     quote="顾经理，监控平台首页布局我们再调整一下，附件是新版草图。",
     quote_from=MJ)

case(expect=["backchannel"], lang="mixed",
     why="mixed internal mockery of a client buyer's competence (连 PO 流程都搞不懂)",
     sender=DANIEL, to=[MAY], subject="Aisha again",
     body="May，Aisha 今天又 ping 了我六次，问一个她自己都还没 raise 的 PO。这位 procurement 大姐 honestly 连 PO 流程都搞不懂，真的 speechless。\n\nD")

case(expect=["backchannel"], lang="zh",
     why="internal nickname mocking a client buyer (「铁公鸡」, 抠到家)",
     sender=CJH, to=[QIAN], subject="报价又被砍",
     body="伟哥，「铁公鸡」今天又来砍价了，说我们弱电报价比五金店还贵。黄姐真系抠到家，一分钱都要掰成两半花。\n\n家豪")

case(expect=["backchannel"], lang="mixed",
     why="client's mail forwarded internally with mockery of their competence (B公司这水平…笑死)",
     sender=ZY, to=[SUN], subject="Fw: 竣工资料问题",
     body="孙浩 FYI。B公司这水平，连 as-built 就是按实际施工画的都不知道，笑死，还好意思来问。你随便回他一句得了。\n\n周宇",
     quote="周工，你们交的 as-built drawing 怎么和设计图不一样？是不是画错了？",
     quote_from=LW, quote_style="outlook")

case(expect=["backchannel"], lang="zh",
     why="disparages a client official to a colleague (官腔一套一套, 对牛弹琴)",
     sender=HZM, to=[QIAN], subject="C行例会",
     body="钱伟，C行那位葛处每次开会都是官腔一套一套，实事一件不落地，跟他讲技术根本就是对牛弹琴。下周例会你去吧，我真顶不顺。\n\n志明")

case(expect=["backchannel"], lang="en",
     why="reply-all accident: mocks the client's punch list as nitpicking while Tom is in Cc",
     sender=SARAH, to=[KEVIN], cc=[TOM], subject="Re: Punch list - Eastfield sites",
     body="Kevin - don't kill yourself over Tom's list tonight. Half of it is him nitpicking so he looks busy for Greg. Do the safety items, park the rest.\n\nSarah",
     quote="Sarah, Kevin - attached is my punch list for Eastfield, 37 items. Please close by Friday.\nTom",
     quote_from=TOM)

# ---- two labels (short) ------------------------------------------------
case(expect=["argue", "refusal"], lang="zh",
     why="flat refusal (动不了了) plus a jab at the client (想一出是一出, rhetorical 谁家工地这么干活？)",
     sender=ZTJ, to=[WJG], subject="Re: 2号楼大堂地面",
     body="动不了了。图纸是你们签字定的版，现在想一出是一出，谁家工地这么干活？\n\n铁军",
     quote="赵经理，业主那边想把2号楼大堂的地面改成木纹砖，能改吗？",
     quote_from=WJG, quote_style="gt_zh")

case(expect=["persuade", "argue"], lang="en",
     why="lecturing (walked your team through this three times, stop relitigating) and pressure to drop the client's preference",
     sender=MARK, to=[GREG], cc=[TOM], subject="Re: Tower lease renegotiation",
     body="Greg,\n\nWe've now walked your team through this three times. Site-by-site is how you end up with forty separate disputes. There is no sensible alternative to the portfolio deal, and I'd suggest we stop relitigating it. Please have Tom sign the portfolio term sheet this week.\n\nMark",
     quote="Mark, we'd prefer to renegotiate the tower leases site by site rather than as a portfolio.\nGreg",
     quote_from=GREG)

case(expect=["refusal", "backchannel"], lang="zh",
     why="flat refusal (没戏) plus mocking the client's own boss in a mail to the client",
     sender=ZTJ, to=[WJG], subject="大堂吊顶加高",
     body="王工，大堂吊顶加高那个就别惦记了哈，没戏。你们邱总那种拍脑门想出来的主意，咱俩心里都有数 😂\n\n铁军")

# ---- ramble (long; one actionable line buried) -------------------------
case(expect=["ramble"], lang="zh",
     why="ramble: the change-order deadline is one line buried in snow, ice fishing, homework and food chatter",
     sender=ZTJ, to=[WJG], subject="唠两句",
     body="""王工，好啊！

这两天哈尔滨老家下大雪了，我妈打视频过来说院子里的雪都没过膝盖了，我爸一大早起来拿大板锹铲了俩钟头，铲完腰直不起来，还跟我嘚瑟说比年轻时候有劲儿。我说您可拉倒吧，明年说啥也得给他整个扫雪机。说起扫雪机，我上网一查，好家伙，贵的要好几千，便宜的又怕不好使，您要是有啥靠谱的牌子给推荐推荐。

上礼拜天我带儿子去水库那边冬钓，冰刚冻上，不敢往里走，就在边上凿了个眼儿，坐了一上午就钓上来两条小鲫鱼，还没巴掌大，儿子倒是乐得够呛，回家非让他妈炖汤，结果一锅汤全是刺儿。他期末考试马上要到了，数学还是不咋地，应用题老是读不懂题，我寻思给他报个班，他妈说报班没用，得自己上心。您家闺女不是上初中了么，当时是咋整的？

对了，周三前得把3号楼的设计变更单签回来给我，不签钢筋没法下料。

再唠点别的，工地门口新开了一家杀猪菜，酸菜是自家渍的，血肠也地道，我跟大勇中午去吃了一回，一人干了两碗大米饭。哪天您过来咱一块儿去整点，我请。还有个事儿挺逗，我们食堂那个大师傅最近迷上了短视频，天天中午边颠勺边拍，说要当网红，点赞最多的一条是他把锅铲掉地上了，哈哈哈。

前两天我还去看了场二人转，项目部几个小年轻非要拉我去，说是现在网上可火了。台上那俩演员嘴皮子是真溜，一个包袱接一个包袱，底下笑得前仰后合，我笑得腮帮子都疼。中场还让观众上台互动，大勇被拽上去扭了一段，那动作跟刚学会走道的企鹅似的，视频现在还在我们工地群里转呢。

天冷了，您那边办公室暖气给上了没？我们项目部的板房昨天开始烧电暖气，电费噌噌往上涨，财务天天追着我问。另外听说今年冬天是拉尼娜，可能比往年还冷，您多穿点，别感冒了。

行，先唠这些，有空电话。

铁军""")

case(expect=["ramble"], lang="zh",
     why="ramble: the cut-over window change is one line among marathon, hotpot, phone and football chatter",
     sender=ZY, to=[LW], subject="最近怎么样",
     body="""梁工好，

上周末终于跑完了人生第一个全马，五小时零七分，后半程基本是走下来的，过了三十公里腿就不是自己的了，路边有个大爷递了半根香蕉给我，我差点感动哭。回家之后下楼梯都得倒着走，同事笑了我一整周。您之前说也想报明年春天的半马，我建议先从每周三次五公里练起，别学我临时抱佛脚。

说到吃，公司楼下新开了一家潮汕牛肉火锅，吊龙和匙柄都是当天现切的，蘸沙茶酱特别香，我们组上周去团建，十二个人吃掉了六斤肉。老板是汕头人，聊了半天，说他们老家过年要做粿，红桃粿、鼠壳粿，一做就是好几百个，听得我口水直流。下回您来我们这边开会，我带您去尝尝，他家的牛肉丸也是手打的，咬下去会弹。

另外我最近换了个新手机，折叠屏的，拍照确实好，就是太重，放裤兜里老往下坠，跑步的时候根本没法带。您用的那款续航怎么样？我这个一天得充两回，出外勤根本扛不住，只能随身背个充电宝。

对了，我家那只橘猫最近胖得跳不上沙发了，兽医说得减肥，每天只能喂定量的猫粮。它现在天天半夜蹲在我床头叫，叫得我只好爬起来陪它玩逗猫棒，一玩就是半小时，第二天上班眼睛都睁不开。我老婆说我对猫比对她还上心，我也不敢反驳。

金沙路那个站的割接窗口改到周六凌晨两点到四点了，您这边安排个人值守一下。

还有，周日晚上那场球您看了没？补时阶段那个乌龙球简直离谱，我在家喊得邻居都来敲门了。我们部门有个同事是对面的死忠，第二天一上班就在群里发了二十个表情包，气得我中午饭都少吃了一碗。下个月还有一场德比，要不要约着一起去酒吧看？

最近降温了，早晚温差大，您注意身体，我们这边好几个同事都感冒了，办公室里咳嗽声此起彼伏，跟合唱团似的。

周宇""")

case(expect=["ramble"], lang="zh",
     why="ramble (Shanghainese flavour): the payment request is one line among flower class, piano, crabs and gossip",
     sender=GXF, to=[SJ], subject="近况",
     body="""沈主任好，

上礼拜六我去上了人生第一节插花课，老师是个日本回来的阿姨，讲究得不得了，一根枝条要剪三次，角度差一点点都不行。我插了一个钟头，老师过来看了一眼，说“侬这个像拖把”，全班笑翻掉。不过带回去放在客厅里，我老婆倒是说蛮好看的，可能是给我面子。

小囡最近在考钢琴六级，天天晚上练车尔尼，练到九点钟楼下阿姨就上来敲门。我们只好买了个消音踏板，效果一般般，阿姨还是有意见。后来我拎了一盒大闸蟹上去赔礼，阿姨一下子就客气了，还说小囡弹得好听，吃人嘴软嘛。说到大闸蟹，今年阳澄湖的蟹据说个头比去年小，价钱倒是涨了，我托朋友从固城湖拿了一箱，母蟹黄满满的，六两一只，蒸十五分钟刚刚好，蘸姜醋，再配一点黄酒，那味道真的是老灵额。

我们小区最近物业换了，新来的物业经理天天在业主群里发通知，一天十几条，什么电梯年检、垃圾分类、宠物登记，搞得群里怨声载道。有个业主直接在群里开骂，说物业费涨了服务没涨，后来业委会出面才平息下去。

前两天我还去城隍庙给老丈人买了两斤五香豆和一盒梨膏糖，老人家就好这一口。排队的时候碰到一个外国小伙子，中文讲得比我还标准，问我哪家生煎最正宗，我跟他讲了半天，最后干脆带他一起去吃了，他一口咬下去汤汁喷了一身，我笑得差点把手里的豆撒掉。

对了，网点装修第二笔款麻烦月底前帮忙走一下流程。

最近衡山路的梧桐叶子都黄了，礼拜天早上我和老婆去走了一圈，人多得不得了，全是拍照的小姑娘，一个个穿得像拍杂志封面。我们走到武康大楼那边，排队拍照的队伍一直排到马路对面，我们看看算了，转去吃了一碗葱油拌面，再加一块大排，十八块钱，比拍照实惠。

天气转凉了，您和家里人多保重，有空来我们这边喝茶。

顾晓峰""")

case(expect=["ramble"], lang="en",
     why="ramble: 'confirm the 40 technician accounts by Friday' buried in family, running, podcast and food chatter",
     sender=SARAH, to=[TOM], subject="Catching up",
     body="""Hi Tom,

Hope you had a good long weekend! Ours was chaos in the best way. My sister flew in from Perth with her two boys, and we spent Saturday at the aquarium, where the younger one decided the octopus was his best friend and refused to leave the tank for forty minutes. The staff ended up giving him a little octopus sticker just to get us moving. On Sunday we attempted a "quick" hike up to the reservoir, which turned into a four-hour expedition because someone (me) misread the trail map. Nobody complained too much once we found the noodle stall at the bottom.

I've also finally started training for the charity 10K in March. I'm using one of those couch-to-10K apps that yells encouragement at you in a very cheerful voice, which is either motivating or deeply annoying depending on the day. Week two, day three was brutal. My neighbour's dog, a very round corgi called Biscuit, now joins me for the first kilometre every morning, then sits down in the middle of the path and refuses to go any further, so I've had to start looping back past his house.

Speaking of podcasts, I took your recommendation and started the one about the history of shipping containers. I never thought I'd be this into pallets and cranes, but here we are - I listened to three episodes on the flight back from the vendor meeting. The episode about the first container ship leaving Newark was brilliant. If you have any more like that, send them my way; I've got a lot of commute to fill.

Please confirm the 40 technician accounts by Friday.

On the food front, I tried the new Malaysian place near the office that everyone's been talking about. The laksa is excellent, properly rich, though I'd skip the roti, which was a bit oily. They also do a kaya toast set in the mornings that I've now had four days in a row, which is probably not helping the 10K training. My colleague Kevin insists the place across the street is better, and we've agreed to settle it with a blind tasting next week. Loser buys coffee for the team.

The weather here has finally cooled down a bit, which makes the evening runs much nicer. Hope things are calmer on your side, and that Greg's offsite went well - I heard the hotel had a rooftop pool, so I hope somebody got some use out of it.

Cheers,
Sarah""")

case(expect=["ramble"], lang="zh", trad=True,
     why="traditional Chinese ramble: the sign-off deadline is one line among typhoon, cat, night market and drama chatter",
     sender=LML, to=[ZJH], subject="最近好嗎",
     body="""家慧您好，

上週颱風來的那兩天，我們家附近的路樹倒了好幾棵，停電停了快十個小時，冰箱裡的東西差點全壞掉。我跟我先生點著蠟燭吃泡麵，還被小孩說很浪漫。颱風過後我阿嬤一直打電話來問我們有沒有事，她住在宜蘭鄉下，自己種的高麗菜被吹倒一大片，還是堅持要寄一箱過來給我們，說外面買的不好吃。

我們家的貓最近也很好笑，牠發現紙箱之後就不肯睡貓窩了，每天窩在網購送來的箱子裡，箱子越小牠越愛，有時候整隻擠進去只露出一條尾巴。我先生說要幫牠做一個紙箱城堡，結果做了一個週末，貓看都不看，又跑去睡鞋盒了。

上個月我們全家還去了一趟花蓮，在七星潭看日出，凌晨四點半就爬起來，結果雲太厚什麼都沒看到，只好去吃扁食和炸彈蔥油餅安慰自己。小孩在海邊撿了一整袋石頭，說要帶回家當寵物，每顆都取了名字，現在排在書桌上，誰都不准動。

前幾天跟同事去饒河夜市，吃了胡椒餅、藥燉排骨，還有一攤新開的烤玉米，刷醬刷得很香，可是排隊排了四十分鐘。同事說這攤在網路上很紅，我是覺得味道還好，可能是太餓才覺得好吃。回程順便去慈祐宮拜拜，求了一個平安符，準備給小孩考試用。

最近在追一部韓劇，講醫院裡五個好朋友的故事，每集都有唱歌的片段，我每天晚上看到一點多，早上上班都在打哈欠。您之前推薦的那部律師劇我也看完了，結局有點可惜，但是女主角真的演得很好。

對了，機房驗收報告麻煩週五前簽回給我。

另外我最近在學做麵包，買了一台麵包機，第一次做的吐司硬得像磚頭，第二次好一點，第三次終於有點樣子了。我婆婆吃了說比外面賣的好，我猜她是客氣。下次去您那邊開會帶一條給您嚐嚐。

天氣開始轉涼了，早晚記得加件外套，有空再約吃飯。

美玲""")

case(expect=["ramble"], lang="mixed",
     why="mixed Cantonese-flavoured ramble: the CRM account list request is one line among concert, renovation, dim sum and gym chatter",
     sender=CJH, to=[KL], subject="早晨",
     body="""孔经理早晨！

上个 weekend 终于去了那场 concert，在体育中心，人多到爆，进场排了一个钟。不过 live 真系好正，尤其是最后 encore 那首，全场一起唱，我喉咙到现在还是哑的。朋友拍了好多 video，有一个我在跳舞的被他发去朋友圈，简直 social death，我妈看到还问我是不是喝醉了。

最近在搞自己屋企的装修，才发现原来做业主是这么辛苦的，哈哈。选瓷砖选了三个周末，设计师推荐的 terrazzo 我老婆嫌太冷，最后选了木纹砖。厨房那边工人把插座位置装错了，又要重新开槽，我终于理解你们的心情了。Anyway 预计年底可以入伙，到时请你来饮茶。

讲到饮茶，上星期回广州陪阿爸阿妈去饮早茶，虾饺、凤爪、叉烧包，还有那个流沙包，一咬落去流出来烫到我舌头。阿爸讲现在的早茶没以前好味，以前一盅两件几蚊就搞掂，现在一餐要几百，他一边讲一边又叫多了两笼肠粉。

上个月仲同几个老同学去了趟顺德，专程去食双皮奶同鱼生，一日食足五餐，返来称重重咗三斤。其中一个同学而家喺屋企养猫，一养就养咗五只，每只都有 Instagram 账号，粉丝比我多十倍。佢仲话想搞个 podcast 专门讲养猫，叫我做嘉宾，我话我淨系识得讲点样食，佢话冇所谓，食都可以讲。

另外我最近开始去 gym，请了个 personal trainer，每次练完腿第二天落楼梯都要扶住墙。Trainer 叫我戒奶茶，我坚持了三日就破功，公司楼下那间新开的 brown sugar boba 实在太吸引。你有冇推荐好喝又低糖的？

售楼处 Pad 的 CRM 账号清单，麻烦周二前 send 我。

还有，最近迷上手冲 coffee，买了个手摇磨豆机，每朝早磨豆磨到手软。埃塞俄比亚的豆有种花香，肯尼亚的就比较酸，我老婆话饮落去同中药差唔多，哈哈。下次带包豆俾你试下。

天气转凉了，早晚记得着多件衫。

家豪""")

case(expect=["ramble"], lang="zh",
     why="Sichuan-flavoured ramble: the access-permit request for ATM inspection is one line among wedding, pandas and mahjong",
     sender=HXC, to=[MJ], subject="摆哈龙门阵",
     body="""马工，好久没摆龙门阵了！

上个礼拜我回了趟成都老家，表弟结婚，坝坝宴摆了四十几桌，从中午吃到晚上，蒸笼一摞一摞的，咸烧白、粉蒸肉、甜烧白，吃得我裤腰带都松了两格。晚上闹洞房，一帮老表把新郎官整惨了，让他背着新娘子绕院子跑了三圈，差点摔到田坎底下去，笑得我肚子痛。

第二天带我家娃儿去了熊猫基地，排队排了一个多钟头，结果大熊猫全在睡瞌睡，只看到几个圆滚滚的屁股，娃儿还是耍得很开心，买了三个熊猫玩偶回来，一个比一个大。熊猫基地外面有家兔头，我一口气啃了五个，辣得嘴巴都木了，回来几天嘴皮子都是肿的。

晚上跟几个老同学搓麻将，血战到底，我手气背得很，一晚上输了三百多，被他们笑了一整晚，说我在外面当了几年经理，牌技退步了。其中一个同学现在在搞民宿，在青城山脚下，说下回带全家去住，他给我打对折。

回成都那几天还专门去人民公园喝了盖碗茶，一杯茶十几块钱，可以坐一下午，旁边有人掏耳朵，有人下象棋，还有相亲角，一排排的牌子写着男方女方的条件。有个大妈看我一个人坐着，跑过来问我结婚没有，我说娃儿都上小学了，她还不死心，说她侄女条件好得很，问我有没有兄弟。我差点把茶喷出来。

下周二ATM巡检要进机房，麻烦提前开好门禁单。

回来的时候在双流机场买了两包火锅底料，牛油的，巴适得板。这边超市卖的都是改良过的，不够麻，完全不是那个味道。周末在屋头煮了一锅，毛肚、鸭肠、黄喉，七上八下，烫得刚刚好，我老婆吃得满头大汗，说比外面馆子还安逸。你要是喜欢，下回我给你带两包。

最近天气转凉了，成都那边已经开始下雨，阴沉沉的，还是我们这边晴天多。你也注意身体，莫感冒了。

小川""")

case(expect=["ramble", "backchannel"], lang="zh",
     why="ramble to the client with the contract-stamp request buried, plus a jab at the client's own buyer (磨叽得跟老太太裹脚一样)",
     sender=HXC, to=[WJG], subject="好久不见",
     body="""王工，最近忙不忙？

上个月去您那边开会，回来路上顺道去了趟青城山，山上已经有点凉了，我穿个短袖冻得打摆子，在山顶买了件冲锋衣，八十块，一看就是地摊货，拉链第二天就坏了。下山的时候碰到一群大学生在拍毕业照，穿的汉服，还请我帮他们拍合照，拍了二十几张，个个都要我重拍，说我把他们拍矮了。

最近我家娃儿迷上了乐高，一套城市消防局拼了三天，拼完放在客厅不准任何人碰，连扫地都要绕着走。我老婆说再买就让我跟乐高一起睡阳台。上周末陪他去看了场动画电影，他看得眼泪汪汪，我在旁边睡着了，打鼾被旁边的人戳醒，好尴尬。前几天又带他去看了一场川剧变脸，演员一甩头就换一张脸，我数了一下换了十几张，娃儿看得眼睛都直了，回来拿他妈的面膜纸在屋头练，糊得满脸都是。散场后在宽窄巷子吃了三大炮和糖油果子，甜得我牙齿都在打颤。

说到这个门窗合同，麻烦您这周内盖个章寄回来，厂家那边等着排产。还有句话私下讲哈，你们采购那个黄姐，办事磨叽得跟老太太裹脚一样，一个章转了三个礼拜，问她就是“在走流程”，我看她是根本不晓得流程在哪里。

再摆点别的，我最近开始学钓鱼，买了一整套装备，花了两千多，第一次去河边坐了一下午，一条都没钓到，倒是被蚊子咬了十几个包。旁边一个大爷用根竹竿钓了一桶，还教育我说钓鱼靠的是心态不是装备，我听了心态更崩了。

上礼拜公司搞团建，去农家乐，吃了一顿柴火鸡，又打了一下午掼蛋，我跟我们老总一组，输得一塌糊涂，他一直在说我出牌没脑子，我说我这是给领导面子。晚上还有篝火晚会，几个年轻同事跳了一晚上的舞，我这把老骨头只能在旁边鼓掌。

天气慢慢凉了，您注意身体，有空来成都耍，我请您吃冷锅串串。

小川""")

case(expect=["ramble", "refusal"], lang="en",
     why="long off-topic chatter (conference, kids, football, holidays) that also slips in a flat 'we're not doing that one'",
     sender=MARK, to=[TOM], subject="Back from Barcelona",
     body="""Hi Tom,

Just back from the conference in Barcelona and still a bit jet-lagged, so forgive the rambling. The city was gorgeous - we stayed near the old market and I think I ate my body weight in jamon and those little fried peppers where one in ten is fiery hot. Naturally I got the hot one in front of a vendor we were trying to impress. I managed a whole sentence about fronthaul latency with tears streaming down my face; he was very kind about it.

The keynote on open RAN was interesting, though the speaker spent the first twenty minutes on his own startup's logo. The best session was actually a tiny panel on rural backhaul, with a guy from a Norwegian operator who runs sites on islands you can only reach by boat. He showed a photo of a technician carrying a rectifier up a cliff path in the snow and the whole room went quiet.

On the home front, my daughter's science fair project is, I kid you not, a working model of a cell tower made from chopsticks and a Bluetooth speaker. She's very proud of it, and she has asked me about "beamforming" more times this week than my own engineers have. I've been banned from helping with the glue gun after an incident involving the dining table.

Oh, and the extra rooftop survey for the Kingsway depot - we're not doing that one.

Also, did you catch the match on Sunday? I watched it at the airport bar with a bunch of very loud Dutch fans who ended up buying me a beer when their side lost. Football really is the universal language. I'm still not over that penalty, though. How is the five-a-side team going? Last I heard you'd twisted an ankle, so hopefully you're back on the pitch.

My wife and I are thinking of doing a long weekend in Lisbon next spring - if you or Greg have any tips, I'm all ears. I hear the custard tarts are non-negotiable, and I'm told the trams are half the fun and half the terror. We're also debating whether to drag the kids along or leave them with the grandparents; opinions at home are, shall we say, divided.

Anyway, hope the week is treating you well and that the Eastfield crews have stopped complaining about the new van fleet. Let's grab a coffee when I'm next over at your office.

Best,
Mark""")

# =====================================================================
# HARD NEGATIVES
# =====================================================================

case(expect=[], lang="zh",
     why="buffered refusal: same request as the flat 整不了, but with a site check, a reply time and a fallback",
     sender=ZTJ, to=[WJG], subject="Re: 样板间客厅灯光",
     body="王工，吊顶昨儿封板了，现在加筒灯得重新开孔。我下午让大勇从检修口那边看看能不能走线，四点前给您回个准话；实在走不了，周五前先上两盏落地灯把亮度补上。\n\n铁军",
     quote="赵经理：\n样板间客厅还是偏暗，周六开放前能不能再加一路筒灯？\n王建国",
     quote_from=WJG)

case(expect=[], lang="en",
     why="firm no for this phase with a CR number, an estimate date and a later-phase option",
     sender=MARK, to=[TOM], subject="Harbour Road sites - Phase 1 vs Phase 2",
     body="Tom,\n\nPhase 1 is frozen, so the 12 Harbour Road sites can't ride on this wave without moving the Dec 15 go-live. I've logged them as CR-B-019 and will send you a cost and schedule estimate by Thursday. If Greg prefers, they can also open Phase 2 on Jan 5 with no change fee.\n\nMark")

case(expect=[], lang="zh",
     why="short 'not in the drawings' answer with change-order number, dates, and the decision left to the client",
     sender=ZTJ, to=[QIU], subject="地库充电桩预埋",
     body="邱总，地库充电桩预埋原图纸里没有，我已登记变更单BG-07，设计院周三出点位，周五例会上给您报价和对工期的影响，您再定做不做。\n\n赵铁军")

case(expect=[], lang="zh",
     why="short factual reminder of the approval date, no jab; offers to supply material",
     sender=ZTJ, to=[HM], subject="石材样板审批进度",
     body="黄经理您好，提醒一下：3#楼石材样板10月28日报审，目前还在贵司流程中。样板批下来后7天可以进场，外立面节点会相应顺延。需要我们补什么资料您随时说。\n\n赵铁军")

case(expect=[], lang="zh",
     why="negation in Dongbei colloquial (不是整不了): explains the precondition and proposes a time",
     sender=ZTJ, to=[WJG], subject="Re: 2号楼立管漏水",
     body="王工，不是整不了，是得先停水。明儿上午九点停俩钟头，您跟物业打个招呼，行不？\n\n铁军",
     quote="赵经理，2号楼那个立管漏水，能不能今天就给修了？",
     quote_from=WJG)

case(expect=[], lang="en",
     why="firm but polite fact (sent on Nov 3) with a resend and an offer to help, no blame",
     sender=MARK, to=[AISHA], cc=[GREG], subject="Re: BOQ for Phase 1 civil works (resent)",
     body="Aisha,\n\nResent just now. The original went out on Nov 3 to the procurement mailbox, so it may have been filtered there. Attached again as PDF and Excel. If it helps, I can walk Greg through the totals on a 15-minute call this afternoon.\n\nMark",
     quote="Mark, we can't find the BOQ anywhere. Can you resend? Greg needs it today.",
     quote_from=AISHA)

case(expect=[], lang="zh",
     why="risky word as a technical term (握手被对端拒绝), a polite request to the client's network team",
     sender=GXF, to=[MJ], subject="监控平台远程登录",
     body="马工，平台远程登录一直失败，抓包看是TLS握手被对端拒绝，应该是贵行防火墙443端口没放通。麻烦网络组今天帮忙开一下策略，开好后我们远程验证，十分钟就能确认。\n\n顾晓峰")

case(expect=[], lang="zh",
     why="不可能 as praise (大伙都说不可能的活儿…干成了); client in Cc only hears good news",
     sender=ZTJ, to=[LDY, WUQ], cc=[WJG], subject="5号楼封顶",
     body="兄弟们辛苦了！5号楼国庆前封顶，这个大伙都说不可能的活儿，硬是干成了。王工刚才电话里也说了，甲方那边很满意。今晚食堂加俩菜。\n\n铁军")

case(expect=[], lang="zh",
     why="constructive internal discussion of the client boss's concern, with a face-to-face meeting planned",
     sender=ZTJ, to=[LDY], subject="6楼隔墙拆改",
     body="大勇，邱总今天对6楼隔墙位置有意见，他担心的是户型跟销售图对不上，开盘要被业主投诉。明早八点我跟他现场碰一下，你把拆改方案和工期影响带上。\n\n铁军")

case(expect=[], lang="zh",
     why="banter aimed at oneself (我这脑子, 无语), nothing about the client",
     sender=CJH, to=[WUQ, SUN], subject="竣工图版本发错了",
     body="我这脑子，刚才发给孔经理的竣工图是V3不是V5，已撤回重发。无语，自己跟自己较劲。今晚奶茶我请，谢罪🙏\n\n家豪")

case(expect=[], lang="en",
     why="escalation: cannot approve alone, handed to a named director with a call time",
     sender=MARK, to=[TOM], cc=[GUO], subject="Re: Mobilisation fee - Eastfield",
     body="Tom,\n\nWaiving the mobilisation fee for the Eastfield crews isn't something I can approve on my own. I've passed your request to our director, Ping Guo (copied), with my support; she'll call you tomorrow before 11 am with an answer.\n\nMark",
     quote="Mark, the Eastfield crews mobilised late because of our access badges, not yours. Can you waive the mobilisation fee?\nTom",
     quote_from=TOM)

case(expect=[], lang="zh", trad=True,
     why="traditional Chinese; the client's angry words (到底行不行, 又拖, 火大) only in the quote, polite reply with dates",
     sender=LML, to=[ZYT], subject="Re: 分行裝修又延期？",
     body="雅婷您好，\n\n非常抱歉讓您和主管擔心。延期是因為消防局複查改到週三，我們週三下午複查通過後，週四就能交付。今天下午我會把最新時程表寄給您，如果需要，也可以由我直接向主管說明。\n\n美玲",
     quote="林經理，你們到底行不行？說好週一完工，現在又拖！我們主管已經很火大了。",
     quote_from=ZYT, quote_style="foxmail")

case(expect=[], lang="zh",
     why="risky phrase (必须…不接受任何…) only in the signature motto; the body is a plain schedule",
     sender=HXC, to=[MJ], subject="12月ATM巡检排班",
     body="马工，12月ATM巡检排班表附上，每周二、周四上午，每次两人。有调整您直接改表回我就行。\n\n胡小川\n外勤服务部 | 138-0000-1234\n——凡事必须按规范来，不接受任何侥幸。")

case(expect=[], lang="en",
     why="recommendation with reasons while the client keeps the choice; both options costed",
     sender=MARK, to=[TOM], subject="Coverage options for Westgate",
     body="Tom,\n\nOur recommendation for Westgate is the macro upgrade: roughly 30% lower five-year cost and only one permit. Small cells would give better indoor coverage in the mall, though, so if that matters more to you we'll plan for them instead. Both options are costed in the attached. Your call - no crews are booked until you decide.\n\nMark")

case(expect=[], lang="mixed",
     why="mixed; 'this release no' with a concrete workaround, a start date and a POC date",
     sender=ZY, to=[LW], subject="Re: 外勤App离线模式",
     body="梁工，offline 这个版本确实上不了，本地存储和同步要重做。Workaround 先这样：没信号时师傅用 SMS 模板回填工单，系统自动解析入库，下周一就能开。完整的 offline mode 我们排进 1 月版本评估，12 月 20 号前给您一个 POC 演示，OK 吗？\n\n周宇",
     quote="周工，山区几个站没信号，师傅们填不了工单，App 能不能支持离线？",
     quote_from=LW)

case(expect=[], lang="zh",
     why="按我们的经验 as advice, both options offered, the client and designer decide",
     sender=CJH, to=[KL], subject="洽谈区灯光色温",
     body="孔经理，按我们的经验，洽谈区用3000K的灯更显温馨，不过4000K看沙盘模型会更清楚，各有好处。两个色温的小样明天上午都送到现场，您和设计院看了再定，定哪个我们都能按时装完。\n\n家豪")

case(expect=[], lang="zh",
     why="必须 as a technical instruction (必须重启录像服务), the client picks the time",
     sender=HZM, to=[MJ], subject="录像服务补丁",
     body="马工，补丁装完后必须重启录像服务，否则新的存储策略不生效。重启约5分钟，期间录像会断。建议今晚22:00后做，我们远程配合，您看时间合适吗？\n\n何志明")

case(expect=[], lang="en",
     why="'annoying' describes a bug, 'won't be charging' is good news; polite fix notice",
     sender=SARAH, to=[TOM], subject="Map flicker fixed in 2.4.1",
     body="Tom,\n\nGood news on the annoying flicker your dispatchers reported on the map view: it's fixed in 2.4.1. It was our bug, so we won't be charging for this fix. We'll push it to the field crews tonight at 10 pm; they just need to accept the update the next time they open the app.\n\nSarah")

case(expect=[], lang="zh",
     why="唯一索引 as a technical term; internal note agreeing with the client's concern (她说得没错)",
     sender=CJH, to=[SUN], subject="房源表唯一索引",
     body="孙浩，房源表得给「楼栋+房号」建个唯一索引，不然两个顾问同时认购会出现一房两卖。孔经理上次担心的就是这个，她说得没错。你今天改完，明天上午我们当面给她演示并发认购的场景。\n\n家豪")

case(expect=[], lang="zh",
     why="internal: 甲方这次的担心是对的 — takes the client's criticism seriously, plans to explain in person",
     sender=ZTJ, to=[LDY, WUQ], subject="沉降观测数据",
     body="甲方这次的担心是对的：沉降观测数据我们确实没按每周一次报，漏了两回。大勇今天安排复测，倩倩周四前把报表补齐，我周五当面跟王工解释，不找理由。\n\n铁军")

case(expect=[], lang="zh",
     why="self-criticism with a rhetorical 难道 aimed at our own team, followed by a fix and a time",
     sender=HXC, to=[LQ], subject="上周ATM巡检漏检",
     body="柳主任，上周三那次巡检漏了二号机，是我们排班的问题。难道还要您来提醒我们才补？说不过去。今天下午已经补巡，报告五点前发您，以后每次巡检完当天出报告。\n\n胡小川")

case(expect=[], lang="mixed",
     why="'as I said on Monday's call' used as follow-through on a promise, not a reproach",
     sender=DANIEL, to=[LW], subject="Permit dates",
     body="梁工，as I said on Monday's call，我会确认 permit 的时间，现在有了：Harbour Rd 的 road-opening permit 12月3日批，Eastfield 12月8日。施工队按这个 schedule 进场，有变化我第一时间同步。\n\nDaniel")

case(expect=[], lang="zh",
     why="a colleague called 明明; internal task with the client openly in Cc",
     sender=GXF, to=[MINGMING], cc=[SJ], subject="网点门禁卡清单",
     body="明明，C行网点门禁卡清单你核一下，沈主任明天上午要。我已经把她抄上了，核完直接回复全部。\n\n晓峰")

case(expect=[], lang="zh",
     why="client's harsh words (来度假的吗, 我换人) only in a Foxmail quote; the PM accepts the point and gives a plan",
     sender=ZTJ, to=[QIU], subject="Re: 现场下午没人",
     body="邱总，您说得对，这两天下午确实人少，是因为三点后塔吊要让给隔壁标段吊装，我们没提前跟您讲清楚，是我的问题。从明天起下午改做室内砌筑，人员不撤，每天下班前我给您发一张现场照片和当日完成量。\n\n赵铁军",
     quote="赵铁军：你们这施工队是来度假的吗？一天就干半天，下午三点就没人了！再这样我换人！\n邱振",
     quote_from=QIU, quote_style="foxmail")

case(expect=[], lang="mixed",
     why="mixed; client anger (搞什么？？？, care 不 care) only in the quote; reply takes the blame (不是你们运维操作的问题)",
     sender=ZY, to=[LW], subject="Re: Harbour Rd 又断站",
     body="梁工，非常抱歉，这次断站的 root cause 已经定位：电源柜 breaker 老化跳闸，不是你们运维操作的问题。今晚 23:00 更换，明早 9 点前把 RCA report 发给您和领导。\n\n周宇",
     quote="周工，Harbour Rd 这个月第三次断站了，这是在搞什么？？？领导已经在骂了，你们到底 care 不 care？",
     quote_from=LW)

case(expect=[], lang="zh",
     why="internal note with the client deliberately in Cc; raises her concern constructively",
     sender=GXF, to=[SUN], cc=[SJ], subject="网点二楼Wi-Fi信号弱",
     body="孙浩，沈主任反映二楼VIP室Wi-Fi信号弱，客户在那儿办业务老掉线，这个对网点体验影响挺大。我把沈主任抄上了，方便她直接看到进展。你明天上午带测试仪去做个热力图，下午我们跟沈主任一起定加AP的位置。\n\n晓峰")

case(expect=[], lang="zh",
     why="PM answers a colleague's quoted complaint (太能挑刺, 找茬) constructively, siding with the client's points",
     sender=ZTJ, to=[LDY], subject="Re: 瓷砖缝返工",
     body="大勇，王工挑的这几个点我对了一下，其实都在验收规范里，挑得在理。咱们按他说的整改，明天上午我陪你去现场跟他一条条过，能当场整改的当场弄。\n\n铁军",
     quote="铁军哥，那个王工太能挑刺了，瓷砖缝宽差一毫米都要返工，这不是找茬吗？",
     quote_from=LDY)

case(expect=[], lang="en",
     why="negation ('I'm not saying no') with the missing precondition and the earliest date",
     sender=MARK, to=[TOM], subject="Re: Block C rooftop survey",
     body="Tom,\n\nI'm not saying no to the Block C survey. It just isn't covered by the current PO, so I need a PO number (or an email from Greg approving the extra cost) before I can dispatch a crew. As soon as I have it, the earliest slot is Thursday Dec 3, which still lands before the board meeting on the 7th.\n\nMark",
     quote="Mark, can you get a crew out to survey the Block C rooftop this week? Greg wants it before the board meeting.\nTom",
     quote_from=TOM)

case(expect=[], lang="mixed",
     why="mixed banter: 服了 as praise for a colleague, nothing about the client",
     sender=HXC, to=[LAOLIU], cc=[SUN], subject="点位全调通了",
     body="老刘，服了！one night 把 30 个 camera 点位全调通了，明天 C行验收稳了。周末火锅我请，必须的。\n\n小川")

case(expect=[], lang="zh",
     why="firm but polite payment reminder citing the contract clause and dates, offering documents",
     sender=GXF, to=[GH], subject="二期款支付进度",
     body="葛处长您好：\n\n提醒一下二期款的进度。按合同第6.2条，二期款应在竣工验收后15个工作日内支付，验收日期为10月16日，目前已超过8个工作日。烦请帮忙查询一下流程到了哪一步，如需补充发票或验收资料，我们当天就能提供。\n\n谢谢！\n顾晓峰")

case(expect=[], lang="en",
     why="'hard no' comes from a third party (heritage office) and is followed by two concrete options and a date",
     sender=SARAH, to=[GREG], cc=[TOM], subject="Fibre route for Queen's Row",
     body="Greg,\n\nRunning fibre along the heritage facade on Queen's Row is a hard no from the city's heritage office; we asked twice, and their letter is attached. There are two ways to still get the building connected:\n(a) the rear service lane, which adds about 120 m of duct and roughly two weeks; or\n(b) a 60 GHz wireless link from the rooftop across the street, ready in five days, with slightly lower capacity.\nTell me which one you'd like costed and I'll have numbers to you by Wednesday.\n\nSarah")

case(expect=[], lang="zh",
     why="几乎不可能接错 describes prefabricated wiring, not the client; proposes a joint check",
     sender=ZTJ, to=[WJG], subject="配电箱通电前检查",
     body="王工，这批配电箱用的是预制模块，接线在厂里做完也测过，现场几乎不可能接错。不过保险起见，周四通电前咱俩还是带着图纸一起点一遍，您看上午十点行不？\n\n铁军")

case(expect=[], lang="mixed",
     why="mixed; 'this week no' with the cause, an expected date and an H5 stand-in for the event",
     sender=CJH, to=[KL], subject="Re: 小程序上线",
     body="孔经理，小程序这周上不了线，微信审核卡在类目资质那一步，资料昨天已经补交。预计周四出结果，过了我第一时间通知你。周六活动可以先用 H5 版本顶上，报名和抽奖功能都有，今天下午发 link 给你 test。\n\n家豪",
     quote="家豪，小程序这周能上线吗？周六售楼处有暖场活动。",
     quote_from=KL)

# ---- long but focused (same length as the ramble drafts) ---------------
case(expect=[], lang="zh",
     why="long construction weekly report that stays on topic; the '请贵方决定' option leaves the choice to the client",
     sender=ZTJ, to=[WJG], cc=[QIU], subject="工程周报（11月9日—11月14日）",
     body="""王工、邱总：

本周工程周报如下。

一、总体进度
3#楼主体结构施工至18层，计划19层，滞后1层，主要原因是周二、周三大风停塔吊共计11小时。5#楼屋面防水已完成，周五闭水试验合格，监理已签字。地库顶板防水完成约70%，预计下周三完成。

二、质量
本周监理共提出整改项9项，已闭合7项，剩余2项为3#楼12层两处墙体垂直度偏差（实测9mm、11mm），已安排周一前剔凿修补，修补后请监理复测。钢筋原材复试报告本周出齐，全部合格。本周混凝土试块送检12组，7天强度均达到设计值的70%以上；3#楼15层楼板发现裂缝一处，宽度0.1mm，经监理确认为收缩裂缝，已按方案灌缝封闭。

三、安全
本周开展安全教育两次，参加87人次；外架检查发现连墙件缺失3处，当天补齐。冬施方案已报监理审批，批复后执行混凝土测温和覆盖保温。塔吊本周完成月度检查，限位装置和钢丝绳均正常。

四、需要贵方协调的事项
1. 3#楼设计变更单（BG-05，卫生间降板）请于11月18日前签回，逾期将影响钢筋下料及19层施工；
2. 地库充电桩预埋变更（BG-07），设计院点位图预计11月18日出，我方在11月20日例会上报价；
3. 外立面石材样板仍在贵司审批中，石材进场时间为样板批复后7天。

五、下周计划
3#楼完成19、20层主体；地库顶板防水收尾并回填；5#楼开始室内砌筑；准备冬施物资，包括保温被200卷、测温仪10台、防冻剂3吨。

六、风险提示
天气预报下周四起降温至零下，届时混凝土浇筑需加防冻剂并延长养护时间，预计单层工期增加1天。如贵方对主体封顶节点有硬性要求，我们可以增加一个作业班组，费用另行报价，请贵方决定。另外，冬季施工期间夜间噪声管控更严，混凝土浇筑尽量安排在白天，如遇连续浇筑需夜间作业，我们会提前两天向街道办报备，并通知贵方物业做好对周边业主的解释。

附件：本周现场照片、监理整改回复单、冬施物资清单。

赵铁军""")

case(expect=[], lang="zh",
     why="long cut-over change-impact analysis that stays on topic (scope, rollback, risks, acceptance KPIs)",
     sender=ZY, to=[LW], subject="金沙路站点5G升级割接影响分析",
     body="""梁工：

关于金沙路站点从4G升级到5G NSA的割接，变更影响分析如下，请您审阅。

一、变更内容
将现网BBU更换为新型号，新增5G AAU三面，传输由GE升级到10GE，核心网侧新增锚点配置。

二、影响范围
1. 覆盖：割接期间金沙路站及周边两个邻区（站号2231、2232）4G业务中断，预计影响用户约3200户；邻区将临时加大功率补盲，语音业务基本不受影响，数据业务速率会下降。
2. 时长：计划窗口周六凌晨2:00—4:00，实际中断预计70分钟，余量50分钟。
3. 告警：割接期间网管会出现基站退服告警，请贵方监控中心提前挂起告警规则，避免误派单。

三、回退方案
如4:00前新BBU无法正常入网，立即恢复旧BBU及原传输配置，回退操作约25分钟。旧设备割接后保留在机房两周，确认稳定后再拆除。

四、风险与应对
1. 传输升级后光模块不兼容。应对：已提前在实验室对同型号光模块做对接测试，结果正常，并备有两块备件。
2. 锚点配置错误导致5G无法接入。应对：配置脚本已由贵方核心网组审核，割接时贵方核心网值班人员在线确认。
3. 现场天气。若遇大雨或大风，上塔作业取消，顺延至下周六同一窗口。

五、需要贵方确认
1. 周五18:00前确认割接窗口及值守人员名单；
2. 监控中心告警挂起的时间段；
3. 用户短信通知由贵方客服发送，还是由我方协助准备文案。

六、验收标准
割接后24小时内，站点掉话率不高于0.5%，切换成功率不低于98%，5G接入成功率不低于99%。我们会在周一上午提交割接报告，包含各项指标的割接前后对比，以及邻区参数恢复情况。

七、割接当晚的沟通安排
割接开始前30分钟，我方现场负责人会在割接群里报到，每个步骤完成后在群里同步一次进展；如出现异常，15分钟内电话通知贵方值班经理，由双方共同决定继续还是回退。割接结束后两小时内，我们发一份简要的完成情况，包括实际中断时长和首轮指标。

如有问题随时电话沟通。

周宇""")

case(expect=[], lang="zh",
     why="long root-cause analysis of a leak that stays on topic; 不是贵行使用的问题 takes the blame",
     sender=GXF, to=[GH], cc=[SJ], subject="武宁路网点二楼渗水原因分析及整改方案",
     body="""葛处长、沈主任：

关于11月10日夜间武宁路网点二楼天花渗水的原因分析和整改方案汇报如下。

一、事件经过
11月10日晚约23时，网点保安发现二楼贵宾室天花板有水渍，随后通知我方值班人员。我方于23时40分到场，关闭二楼空调冷凝水主管阀门，渗水停止。受影响的是贵宾室约12平方米吊顶和一张会客沙发，柜台区及设备间未受影响。

二、原因分析
经现场拆开吊顶检查，渗水点位于空调冷凝水管与新装排水立管的接口处。该接口为我方施工，使用的配件规格与管径不匹配（应为DN50，实际用了DN40配件），平时水量小尚能维持，当晚空调连续运行除湿，冷凝水量增大后接口渗漏。这是我方施工质量问题，不是贵行使用的问题，责任由我方承担。

三、排查范围
我们对本网点同批次安装的全部14个冷凝水接口逐一打开检查，另发现2处配件规格不符，虽未渗漏，也一并更换。其余11处规格正确、闭水试验合格。同时对我方在贵行承建的另外三个网点做了抽查，未发现同类问题。

我们也复盘了施工记录：该批配件进场时未做规格核对，安装班组也未发现异常，说明我方在材料管理和工序检查上都存在漏洞。我们已对相关班组做了专项交底，并将本次事件纳入公司内部质量通报。

四、整改措施
1. 11月11日已更换全部3处接口配件，并做24小时闭水试验，无渗漏；
2. 受损吊顶板周六夜间更换，沙发送专业清洗，费用由我方承担；
3. 材料进场增加一道规格核对，由质检员签字后方可使用；
4. 隐蔽工程封板前增加闭水试验环节，并拍照留档发给贵行行政部。

五、后续安排
本周五前我们提交书面事故报告，包含照片和检测记录。如贵行需要，我方项目总监可以当面向行领导说明情况。再次为给网点带来的不便致歉。

顾晓峰""")

case(expect=[], lang="en",
     why="long UAT plan that stays on topic; 'you must restart the app' is a technical instruction",
     sender=SARAH, to=[TOM], subject="UAT plan - dispatch app 2.5",
     body="""Hi Tom,

Here is the UAT plan for release 2.5 of the field-service dispatch app, as agreed on Tuesday. Please check the scope and dates, and let me know by Monday if anything needs to change.

1. Scope
UAT covers the four changes in 2.5: the new job-priority rules, the photo upload for completed work orders, the revised parts-request form, and the offline SMS fallback. Billing and the contractor portal are out of scope for this round, as they are unchanged.

2. Environment and data
We will refresh the UAT environment from a masked copy of production on Nov 23. It will contain all open work orders from the Eastfield and Harbour Road regions, with customer names and phone numbers masked. Your testers will log in with their normal accounts; no new credentials are needed.

3. Schedule
- Nov 24: kick-off call (30 minutes) and a walkthrough of the test scripts
- Nov 24-27: test execution by your dispatchers and six field technicians
- Nov 28: defect triage with your team
- Dec 1-2: fixes and retest
- Dec 3: go/no-go meeting

4. Test scripts
We have prepared 42 scripts, grouped by role: dispatcher (18), field technician (16) and supervisor (8). Each script lists the steps, the expected result and a place to record pass or fail. The technician scripts are written to be done on a phone in under ten minutes each, so they can be run between jobs.

5. Installing the test build
Technicians will receive the test build through the usual app store link. After installing it, you must restart the app once before logging in; otherwise the new priority rules are not loaded and several scripts will fail for the wrong reason. We will repeat this in the kick-off call.

6. Defects
Please log defects in the shared tracker with a screenshot and the work-order number. We classify them as blocking, major or minor. Our proposed exit criterion is: no open blocking defects, and no more than three open major defects, each with an agreed workaround. If you would prefer a stricter threshold, tell us and we will plan the retest days accordingly.

7. Roles
On our side, Kevin Zhang leads test support and will be on a shared chat channel from 8 am to 6 pm during execution. On your side, we need one coordinator to collect results each evening - could you nominate someone?

8. Risks
The main risk is tester availability, since the technicians are also on live jobs that week. If fewer than four technicians can take part, we suggest extending execution by two days rather than reducing coverage. A second risk is the Nov 23 data refresh: if the masked copy is not ready by 6 pm that day, we will start on Nov 25 and shift the later dates by one day.

Thanks,
Sarah""")

case(expect=[], lang="zh", trad=True,
     why="traditional Chinese; long machine-room acceptance plan that stays on topic",
     sender=LML, to=[ZJH], subject="台中機房建置工程驗收安排",
     body="""家慧您好，

關於台中機房建置工程的驗收安排，整理如下，請您協助確認。

一、驗收範圍
本次驗收包含：機房裝修（高架地板、天花、隔間）、配電系統（UPS兩台、配電盤四面）、精密空調三台、門禁及監視系統、氣體滅火系統，以及機櫃二十座的安裝與接地。

二、驗收時程
1. 12月1日（週二）上午：文件審查，包括竣工圖、設備出廠報告、接地電阻測試報告、材料進場紀錄；
2. 12月1日下午：外觀及安裝檢查，依檢查表逐項確認；
3. 12月2日（週三）全天：功能測試，包括UPS切換測試、市電中斷模擬、空調備援切換、門禁權限測試；
4. 12月3日（週四）上午：氣體滅火系統聯動測試，需消防技師在場；
5. 12月4日（週五）：缺失彙整與驗收會議。

三、需要貴公司配合的事項
1. 市電中斷模擬需要大樓管理單位同意，建議於12月2日晚上十點後進行，請協助向管委會申請；
2. 驗收期間請安排一位網路部同仁在場，確認機櫃配置符合貴公司需求；
3. 若貴公司稽核部門需要參加，請於11月27日前告知人數，我們會準備相關文件副本。

四、驗收標準
依合約附件三所列標準執行。UPS切換時間須小於10毫秒；精密空調備援切換後十分鐘內，機房溫度維持在攝氏二十二度正負二度；接地電阻小於一歐姆。

五、缺失處理
驗收中發現的缺失分為A、B兩類：A類影響機房運轉，須於驗收會議前完成改善；B類不影響運轉，我們會於兩週內完成並提供改善照片。

六、文件交付
驗收通過後一週內，我們會交付竣工文件一式三份及電子檔，包含操作手冊、保固書與維護聯絡窗口。

七、驗收期間的聯絡方式
驗收期間我會全程在現場，另有一位電機工程師和一位空調工程師輪值。如果貴公司有任何臨時需求，例如調整測試順序或增加測試項目，請直接打我的手機，我們會當天評估並回覆是否可以排入。

如時程需要調整，請在週五前告訴我，謝謝。

美玲""")

case(expect=[], lang="mixed",
     why="mixed; long CRM data-migration plan that stays on topic, with the merge rules left to the client to confirm",
     sender=CJH, to=[KL], subject="售楼处 CRM 迁移 plan",
     body="""孔经理：

售楼处 CRM 从旧系统迁移到新平台的 plan 整理如下，请您过目。

1. Scope
迁移内容包括：客户档案约 4.8 万条、到访记录 12 万条、认筹和认购数据、置业顾问账号 56 个。旧系统的短信模板和报表不迁移，新平台重新配置。

2. Data cleansing
先做一轮数据清洗：手机号重复的客户档案合并（预估约 3000 条重复）、空白字段补齐、已离职置业顾问名下的客户重新分配。合并规则：以最近一次到访记录为准。合并前我们会导出一份 duplicate list 给您确认，确认后再执行。

3. Timeline
- 11月23日：导出旧系统数据，完成 mapping 文档
- 11月24—26日：清洗、合并，出 duplicate list
- 11月27日：您确认合并规则和 list
- 11月28日（周六）晚 20:00 后：正式迁移，旧系统改为只读
- 11月29日：售楼处早上开门前完成验证，新系统上线

4. Validation
迁移后按三个维度核对：总量（各表记录数对得上）、抽样（随机抽 200 个客户，逐字段核对）、业务（认购金额总数和财务台账一致）。三个都通过才切换。

5. Rollback
如果 29 号早上 8:30 前验证不通过，售楼处先继续用旧系统，我们当天排查，下个周末再切。旧系统数据保留 90 天，只读。

6. Training
新平台培训安排在 11月25日和 26日下午，每场 1.5 小时，置业顾问分两批参加。培训材料和 quick guide 会提前一天发给您。

7. 需要您确认的事项
(1) 合并规则是否 OK；(2) 28 号晚上售楼处是否可以停止录入；(3) 账号清单里是否有需要停用的。

8. 权限设置
新平台按角色设置权限：置业顾问只看自己名下客户，案场经理看全组，营销总监看全部。导出客户数据需要案场经理审批，每次导出系统自动留痕。如果您希望置业顾问之间可以互相查重，避免撞单，我们也可以开一个只读的查重入口，看您这边的管理习惯来定。

9. 上线后支持
上线后第一周，我们安排两名同事驻场，每天早上九点到晚上八点，现场处理账号、录入和报表问题；第二周起改为远程支持，工作日两小时内响应。

有任何问题随时 call 我。

家豪""")

case(expect=[], lang="zh",
     why="long power-cut and fire-linkage test plan that stays on topic; the bank's duty officer may stop the test",
     sender=HZM, to=[MJ], subject="新机房停电切换及消防联动测试方案",
     body="""马工：

分行新机房的停电切换及消防联动测试方案如下，请您和科技部审阅。

一、测试目的
验证市电中断时UPS和柴油发电机能否按设计自动接管，以及气体灭火系统与空调、新风、门禁的联动是否正常，为正式投产做准备。

二、时间安排
建议11月29日（周日）凌晨1:00—5:00进行。该时段分行无对外业务，核心系统为只读。

三、测试步骤
1. 1:00—1:30 测试前检查：确认UPS电池电量在95%以上，发电机油量满，所有服务器已由贵行确认可承受断电或已关机；
2. 1:30—2:30 市电中断模拟：断开市电进线开关，记录UPS接管时间、发电机启动时间（设计要求15秒内启动，60秒内带载），运行30分钟后恢复市电；
3. 2:30—3:30 消防联动：在演练模式下触发两路烟感，检查空调和新风是否自动停机、门禁是否释放、声光报警是否正常。演练模式下气体不会真实释放；
4. 3:30—4:30 恢复与复核：恢复全部设备，检查空调温湿度回到正常范围，确认监控平台告警已清除；
5. 4:30—5:00 现场签字确认。

四、人员安排
我方：电气工程师2名、消防工程师1名、项目经理1名（本人）全程在场。需要贵行：科技部值班1名、保卫处1名、物业电工1名。

五、风险及应对
1. 发电机启动失败：UPS可支撑约40分钟，期间立即恢复市电，测试中止，另约时间；
2. 联动测试误喷：测试前由消防工程师确认启动瓶已拆除电磁阀接线，并由贵行保卫处共同检查签字；
3. 个别服务器异常：由贵行值班人员判断是否中止测试，我方全力配合。

六、需要贵行确认
请于11月25日前确认测试时间和参加人员，并告知是否需要提前通知总行运维中心。

七、测试记录
每个步骤由我方记录员填写测试记录表，记录实际数值、时间和异常情况，贵行科技部值班人员现场复核签字。测试结束后两个工作日内，我们提交正式测试报告，内容包括各项数据与设计值的对比、发现的问题及整改计划，作为投产评审的附件。

何志明""")


# A fixed shuffle so that positives, negatives and pairs are interleaved in file order.
random.Random(12).shuffle(CASES)
