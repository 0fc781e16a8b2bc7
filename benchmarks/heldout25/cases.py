"""heldout25: 80 labelled PM email drafts (training set), written by an independent helper.

Domains: insurance core systems (client-a), securities trading app (client-b),
payment gateway / regulatory reporting / risk engine (bank-c).
The authoring order is shuffled with random.Random(2525) at the end of this file.
"""
import random

# --- our team (PMs and colleagues) ---
ZHAO = "赵晓琳 <zhao.xiaolin@ourteam.example.com>"      # junior PM, upbeat
HAN = "韩振东 <han.zhendong@ourteam.example.com>"       # delivery director
LIN = "林佳怡 <lin.jiayi@ourteam.example.com>"          # PM
XU = "许文博 <xu.wenbo@ourteam.example.com>"            # senior PM, formal
MA = "马骁 <ma.xiao@ourteam.example.com>"               # PM, blunt
CHENGY = "陳冠宇 <chen.guanyu@ourteam.example.com>"     # PM, Taipei office
ZHANGYT = "張雅婷 <zhang.yating@ourteam.example.com>"   # PM, Taipei office
TOM = "Tom Whitaker <tom.whitaker@ourteam.example.com>"  # delivery director
SOPHIE = "Sophie Lam <sophie.lam@ourteam.example.com>"   # PM, Hong Kong
RAJ = "Raj Mehta <raj.mehta@ourteam.example.com>"        # PM
HELEN = "Helen Brooks <helen.brooks@ourteam.example.com>"  # senior PM
BEN = "Ben Carter <ben.carter@ourteam.example.com>"      # junior PM
PENG = "彭涛 <peng.tao@ourteam.example.com>"            # PM
QIAN = "钱珊珊 <qian.shanshan@ourteam.example.com>"     # PM, chatty
LV = "吕静 <lv.jing@ourteam.example.com>"               # PM
GUO = "郭峰 <guo.feng@ourteam.example.com>"             # PM
LEO = "徐立 <xu.li@ourteam.example.com>"                # PM, code-switches
MENG = "孟凡 <meng.fan@ourteam.example.com>"            # senior PM, analytic
ZHOUC = "周晨 <zhou.chen@ourteam.example.com>"          # tech lead
SONG = "宋雨桐 <song.yutong@ourteam.example.com>"       # BA
DENG = "邓凯 <deng.kai@ourteam.example.com>"            # dev lead
HUANGL = "黄磊 <huang.lei@ourteam.example.com>"         # ops
EMILY = "Emily Chen <emily.chen@ourteam.example.com>"    # QA lead

# --- client-a: insurer, core system ---
CHENJG = "陈建国 <chen.jianguo@client-a.example.cn>"     # CIO
ZHOUHM = "周慧敏 <zhou.huimin@client-a.example.cn>"      # compliance
LIUSY = "刘思远 <liu.siyuan@client-a.example.cn>"        # product owner
WANGL = "王蕾 <wang.lei@client-a.example.cn>"            # claims
LINSF = "林淑芬 <lin.shufen@client-a.example.cn>"        # claims manager (trad)

# --- client-b: broker, securities trading app ---
MARGARET = "Margaret Holloway <m.holloway@client-b.example.com>"  # head of compliance
DANIEL = "Daniel Osei <daniel.osei@client-b.example.com>"         # product owner
PRIYA = "Priya Raman <priya.raman@client-b.example.com>"          # CIO
KEVIN = "Kevin Tsang <kevin.tsang@client-b.example.com>"          # product
HUANGSQ = "黄诗琪 <huang.shiqi@client-b.example.com>"             # product

# --- bank-c: payment gateway, regulatory reporting, risk engine ---
SUNZQ = "孙志强 <sun.zhiqiang@bank-c.example.cn>"        # CIO
ZHENGYQ = "郑雅琴 <zheng.yaqin@bank-c.example.cn>"       # head of compliance
HELP = "何立平 <he.liping@bank-c.example.cn>"            # product
WUHF = "吴海峰 <wu.haifeng@bank-c.example.cn>"           # risk management
WUJH = "吳家豪 <wu.jiahao@bank-c.example.cn>"            # reporting (trad)

CASES = []
add = CASES.append

# =====================================================================
# POSITIVES: refusal (13 single)
# =====================================================================

add(dict(
    expect=["refusal"], lang="zh",
    why="flat no slipped in as item 4 of a long, friendly weekly status mail; no buffer, no alternative",
    sender=ZHAO, to=[LIUSY], cc=[ZHOUC],
    subject="核心系统二期 第14周进展同步",
    body="""刘总好～

又到周五啦，本周二期的进展给您汇总一下，整体还算顺利：

1. 新契约模块：投保规则引擎的42条核保规则已全部配置完成，业务部门周三抽测了15条，全部通过。
2. 保全模块：退保、减保、加保三类保全的联调本周结束，遗留缺陷3个，都是提示文案问题，下周二前修完。
3. 理赔模块：与影像平台的接口已经打通，单证上传平均耗时从6秒降到了2秒左右，业务那边反馈挺好的。
4. 您上次会上提到的"历史保单批改按生效日回溯重算现金价值"，这个我们不做哈，二期三期都不会有。
5. 数据迁移：第二轮演练定在11月22日，迁移脚本已更新到v0.9，周晨会提前一天把校验报表模板发给贵司。
6. 培训：下周四下午两点在贵司12楼培训室给柜面同事做一场保全操作培训，大概两小时，茶歇我们带～

有任何问题随时找我，祝周末愉快！

赵晓琳
核心系统项目组""",
    quote=None,
))

add(dict(
    expect=["refusal"], lang="en",
    why="two-line reply from a director that turns down the compliance head's XBRL request flatly",
    sender=TOM, to=[MARGARET], cc=[],
    subject="Re: Surveillance export format",
    body="""Margaret,

The surveillance export stays CSV. XBRL isn't going in.

Tom""",
    quote="""Dear Tom,

Further to our quarterly compliance review, we would like the daily trade surveillance export to be produced in XBRL in addition to CSV, so that it can be ingested directly by our regulatory reporting platform.

Could you please confirm feasibility and an indicative timeline at your earliest convenience?

Kind regards,
Margaret Holloway
Head of Compliance""",
    quote_from=MARGARET, quote_style="gt",
))

add(dict(
    expect=["refusal"], lang="zh",
    why="公文-style reply letter: request declared outside contract, 'no arrangement', no further reply; nothing to soften it",
    sender=XU, to=[SUNZQ], cc=[HELP],
    subject="复：关于支付网关增加境外卡组织通道的函",
    body="""孙总：

贵行11月4日来函《关于支付网关增加境外卡组织通道的函》收悉。

经项目组研究，增加境外卡组织收单通道一事不属于本合同约定的建设内容，项目组对此不作安排，亦不再就该事项另行答复。

特此函复。

许文博
支付网关项目组
2026年11月6日""",
    quote="""许经理：

根据我行跨境业务发展规划，拟在现有支付网关基础上增加Visa、Mastercard两个境外卡组织收单通道。请贵方评估实施可行性、工作量及对现有上线计划的影响，并于11月15日前书面回复。

孙志强
信息科技部""",
    quote_from=SUNZQ, quote_style="outlook_zh",
))

add(dict(
    expect=["refusal"], lang="zh",
    why="refusal phrased as product policy with 'no exceptions'; no buffer or alternative",
    sender=MA, to=[WUHF], cc=[],
    subject="风控引擎自定义脚本规则",
    body="""吴经理：

您周二电话里提的，让风险部业务人员直接在风控引擎里写Groovy脚本规则的需求，我这边明确一下：引擎不支持，产品就是这么设计的，任何客户都一样，没有例外，也不会为哪一家单独开口子。

马骁""",
    quote=None,
))

add(dict(
    expect=["refusal"], lang="zh",
    why="closes the topic: keeps the old reporting definition and says it will not be discussed again",
    sender=LIN, to=[ZHENGYQ], cc=[HELP],
    subject="EAST报送口径——关于\"交易对手类型\"字段",
    body="""郑处长您好：

关于"交易对手类型"字段是否改按贵行新的内部分类口径取数，项目组维持原口径，不做调整。这个事情上周四的会上已经定了，后续例会上我们不再讨论这一议题，请知悉。

其余三个字段的口径核对结果见附表，请您查阅。

林佳怡""",
    quote=None,
))

add(dict(
    expect=["refusal"], lang="en",
    why="meeting minutes: one numbered item declines the PO's request outright ('won't be built in this contract')",
    sender=RAJ, to=[DANIEL], cc=[PRIYA, EMILY],
    subject="Minutes - Sprint 18 review (mobile trading app)",
    body="""Hi Daniel, all,

Thanks for the session this morning. Minutes below.

1. Watchlist sync across devices - demoed and accepted by Daniel. Goes to production with release 4.2.
2. Biometric login on Android 15 - two open defects (FP-2231, FP-2235), fixes planned for sprint 19.
3. Real-time margin recalculation on every tick (Daniel's request) - declined. It won't be built in this contract.
4. Price alert push latency - p95 now 1.8s against a 3s target. Closed.
5. Next review: 20 Nov, 10:00, same room.

Let me know if I missed anything.

Raj""",
    quote=None,
))

add(dict(
    expect=["refusal"], lang="zh",
    why="rhetorical question used as the refusal, then 'not going into phase 2'; no assessment, no alternative",
    sender=MA, to=[LIUSY], cc=[],
    subject="Re: 再保险分出模块",
    body="""刘总：

离二期上线只剩三周，把再保分出整个模块塞进二期，这能赶得出来吗？这一块二期就不放了。

马骁""",
    quote="""马经理：

集团刚下发通知，年底前各子公司要实现再保分出业务的系统化管理。能否在二期上线前（12月初）把再保分出模块一并加进来？辛苦评估一下。

刘思远
产品部""",
    quote_from=LIUSY, quote_style="gt_zh",
))

add(dict(
    expect=["refusal"], lang="mixed",
    why="code-switched curt reply that closes the request with 'no plan', no buffer",
    sender=SOPHIE, to=[KEVIN], cc=[],
    subject="Re: T+0 day trading on app",
    body="""Hi Kevin,

T+0 回转这个 request 我这边直接 close 了, 没有 plan, Q1 Q2 都不会排.

Thanks,
Sophie""",
    quote="""Hi Sophie,

业务那边想在 app 上开放 T+0 回转交易 for eligible accounts, 能不能排进 Q1? 需要什么材料我们这边准备.

Thanks,
Kevin""",
    quote_from=KEVIN, quote_style="gt",
))

add(dict(
    expect=["refusal"], lang="zh", trad=True,
    why="traditional Chinese: polite wording but the OCR request is turned down for this and every later release, no buffer",
    sender=CHENGY, to=[LINSF], cc=[],
    subject="理賠影像即時OCR辨識",
    body="""林經理您好：

有關貴部門提出在理賠受理畫面加入單據即時OCR辨識一事，此項功能本期不會處理，後續版本也沒有相關規劃，敬請知悉。

其餘理賠流程調整項目，將依原訂時程於12月上線。

陳冠宇 敬上
核心系統專案組""",
    quote=None,
))

add(dict(
    expect=["refusal"], lang="zh", trad=True,
    why="traditional Chinese one-liner: 'can't be changed, the system won't be adjusted' against a regulatory field request",
    sender=ZHANGYT, to=[WUJH], cc=[],
    subject="Re: 監管報表客戶名稱欄位長度",
    body="""吳先生：

這個改不動，底層表結構就是80，報送系統不會為此調整。

張雅婷""",
    quote="""張經理：

監管新規要求客戶名稱欄位放寬至200字元，目前報送系統只有80字元，長名稱會被截斷。請協助調整。

吳家豪
法規報送科""",
    quote_from=WUJH, quote_style="outlook_zh",
))

add(dict(
    expect=["refusal"], lang="en",
    why="bureaucratic rejection of a CR declared final and not to be re-tabled; no alternative or review",
    sender=HELEN, to=[PRIYA], cc=[],
    subject="Re: Change Request CR-0412 - settlement cut-off",
    body="""Dear Priya,

Please be advised that CR-0412 has been rejected and the settlement cut-off for US equities will remain at 16:00 local time. This decision is final and the request will not be re-tabled.

Regards,
Helen Brooks
Senior Project Manager""",
    quote="""Dear Helen,

Please find attached CR-0412, requesting that the settlement cut-off for US equities be moved from 16:00 to 17:30 local time to accommodate our new after-hours desk.

We would appreciate your team's assessment.

Best regards,
Priya Raman
Chief Information Officer""",
    quote_from=PRIYA, quote_style="outlook",
))

add(dict(
    expect=["refusal"], lang="zh",
    why="meeting minutes in 一、二、三 form; item 4 answers the bank's request with a bare '不做'",
    sender=PENG, to=[ZHENGYQ, HELP], cc=[SONG],
    subject="1104报表项目 周例会纪要（11月12日）",
    body="""各位好，今天例会纪要如下：

一、G01资产负债项目统计表：映射规则已完成复核，差异2处，宋雨桐本周五前修正。
二、G22流动性比例监测表：取数脚本优化后，单表耗时由40分钟降至9分钟。
三、校验规则库：新增表内校验37条、表间校验12条，测试通过。
四、行方提出的"报表报送失败后系统自动重报"功能：不做。
五、下次例会：11月19日（周三）下午3点，地点不变。

如有遗漏请补充。

彭涛""",
    quote=None,
))

add(dict(
    expect=["refusal"], lang="en",
    why="refusal wrapped in a cheerful reply ('nice try :)', 'now or later'), then small talk; nothing softens the no",
    sender=BEN, to=[DANIEL], cc=[],
    subject="Re: quick one - multi-currency netting",
    body="""Ha, nice try Daniel :) Multi-currency netting on the funding screen isn't going in, now or later.

Anyway, great demo today, the team loved your feedback on the order ticket. See you Thursday!

Ben""",
    quote="""Hey Ben,

Random thought after today's demo: could the funding screen net positions across currencies before showing buying power? Would make life much easier for our FX-heavy clients.

Cheers,
D""",
    quote_from=DANIEL, quote_style="gt",
))

# =====================================================================
# POSITIVES: two labels
# =====================================================================

add(dict(
    expect=["refusal", "argue"], lang="zh",
    why="flat 'no Excel' plus lecturing the bank to sort itself out and stop wasting our time",
    sender=MA, to=[HELP], cc=[SUNZQ],
    subject="Re: Re: Re: 商户对账文件格式",
    body="""何经理：

这是你们第三次提同一件事了，我最后再讲一遍：对账文件只出TXT定长格式，不会加Excel。

请贵行内部先把意见统一好再来找我们，别让我们反复陪着走流程。

马骁""",
    quote="""马经理：

商户对账文件还是希望能同时提供Excel格式，业务部门反复在提，说TXT打开不方便。麻烦再考虑一下。

何立平""",
    quote_from=HELP, quote_style="foxmail",
))

add(dict(
    expect=["ramble", "refusal"], lang="zh",
    why="700-odd characters of trip/food/office chatter; the only business line flatly refuses the e-CNY channel",
    sender=QIAN, to=[HELP], cc=[],
    subject="周末回来啦～顺便说个事",
    body="""何经理：

周末刚从莫干山回来，腿到现在还是酸的。这次是跟大学室友一起去的，五个人挤一辆车，路上堵了快四个小时，光服务区就停了三次，有个室友非要买那家据说很有名的定胜糕，结果排了半小时队，吃了一口说跟她家楼下卖的差不多，大家笑了一路。民宿老板是个退休的中学物理老师，特别健谈，晚上拉着我们在院子里看星星，讲了一个多小时的银河系，还拿出一台自己磨镜片做的望远镜，说是花了三年才做好，我们几个文科生听得一愣一愣的。第二天一早本来想去爬山看日出，结果起晚了，只赶上山腰的早餐铺子，那里的笋干菜包子是真的好吃，我一口气吃了四个，回来一称胖了两斤。

对了，您前天说的要在网关里加数字人民币收款通道，这个我们不弄，跟您说一声。

说回来，您上次推荐的那家杭帮菜馆我们也去了，东坡肉确实名不虚传，就是排队太夸张，等了一个多小时才进去。我妈看我朋友圈还问我是不是又不减肥了，我说出门在外减什么肥。还有您说的那本讲宋代饮食的书，我在高铁上看完了大半，里面说宋朝人吃火锅叫"拨霞供"，太有意思了，原来古人也这么会吃。最近天气一下子冷下来，早上出门都得穿羽绒服，办公室暖气还没开，大家都抱着热水袋写代码，场面挺滑稽的。我们组新来的实习生是东北人，说这点冷不算什么，结果第二天就感冒请假了。听说您家孩子最近在学围棋，我侄子也在学，下次可以让他们约着下一盘。下个月我们部门要办年会，说不定还要排节目，想想就头大，我唱歌跑调跑得厉害，估计只能去后台搬道具了。前两天整理相册，翻到去年咱们一起去苏州出差时拍的照片，那家面馆的焖肉面我到现在还惦记着，汤头清亮，面条筋道，配一碟虾籽酱油，早上七点就坐满了人。下次再去苏州，一定要再去吃一次。

先聊到这儿，有空一起喝咖啡～

钱珊珊""",
    quote=None,
))

add(dict(
    expect=["backchannel", "refusal"], lang="zh",
    why="reply to the client PO refuses flatly, then a bracketed aside to the Cc'd colleague mocks the PO ('听评书')",
    sender=PENG, to=[LIUSY], cc=[ZHOUC],
    subject="Re: 保单合并打印",
    body="""刘总：

保单合并打印这个功能本期不会做，后面也没有计划。

（晨哥，这位刘总每周都能冒出一个新点子，上周是微信推送，这周是合并打印，咱们就当听评书，别往心里去。）

彭涛""",
    quote="""彭经理：

柜面反馈，一个客户名下有多张保单时，希望能合并打印成一份对账单。能否在本期实现？谢谢。

刘思远""",
    quote_from=LIUSY, quote_style="gt_zh",
))

add(dict(
    expect=["persuade", "argue"], lang="zh",
    why="calls the bank's routing design full of holes and amateurish (argue) and pushes them to adopt ours this week (persuade)",
    sender=HAN, to=[SUNZQ], cc=[HELP],
    subject="关于支付路由方案的最终意见",
    body="""孙总：

贵行技术部提的那个按商户等级静态分配通道的路由方案，我们看过了，漏洞百出，做过支付的人一眼就能看出问题。我们做了二十多家银行的网关，动态路由是唯一靠谱的做法。

请您这周就拍板按我们的方案走，别再让技术部坚持一个外行方案了，再拖下去上线时间谁也保证不了。

韩振东
交付总监""",
    quote=None,
))

# =====================================================================
# POSITIVES: backchannel (9 single)
# =====================================================================

add(dict(
    expect=["backchannel"], lang="zh",
    why="internal mail mocking the bank's compliance head as a 'repeater' and questioning how she got the job",
    sender=LIN, to=[SONG], cc=[],
    subject="今天口径会的感受",
    body="""雨桐：

今天口径会你也在，C行那位郑处长我真是领教了，从头到尾就会一句"以监管要求为准"，问她具体哪个字段怎么取，她就开始打太极，跟个复读机似的。这种水平能当上处长，也是个谜。

明天的会你去吧，我实在不想再听一遍。

佳怡""",
    quote=None,
))

add(dict(
    expect=["backchannel"], lang="en",
    why="reply-all accident: mocks the client PO to QA while the PO is still in Cc",
    sender=TOM, to=[EMILY], cc=[DANIEL],
    subject="Re: UAT defect triage - order ticket",
    body="""Emily,

Half of these are the same "defect" logged three times with different screenshots. Honestly, Daniel wouldn't know a limit order from a lunch order. Let's fix the two real ones and tell him the rest are "under analysis".

T""",
    quote="""Team,

Attached are 14 new UAT defects on the order ticket. Several are blocking. Please prioritise.

Daniel""",
    quote_from=DANIEL, quote_style="outlook",
))

add(dict(
    expect=["backchannel"], lang="zh",
    why="director briefs his team with a nickname ('孙大炮') for the client CIO and tells them to ignore most of what he says",
    sender=HAN, to=[ZHOUC, DENG], cc=[],
    subject="下午的评审会",
    body="""两位：

下午评审会"孙大炮"要亲自来，大家做好心理准备。这位爷开会的套路你们也知道，先拍桌子再问问题，问完也不听回答。他说的需求听个三成就够了，剩下的当背景音乐。

材料还是按正常准备，别让他抓到把柄。

韩振东""",
    quote=None,
))

add(dict(
    expect=["backchannel"], lang="mixed",
    why="code-switched internal rant: client team has no idea what they want, decides 'by rolling dice'",
    sender=SOPHIE, to=[BEN], cc=[],
    subject="FW: revised wireframes v7",
    body="""Ben,

Client-B 那帮人 honestly 完全不知道自己要什么. 都 v7 了, 每次 demo 完就推翻上一版, 我现在看到 Daniel 的邮件就头疼. 他们的 product team 大概是靠掷骰子做决定的.

Anyway 你先按 v7 改吧.

S""",
    quote=None,
))

add(dict(
    expect=["backchannel"], lang="zh",
    why="junior PM complains to a colleague that the client's compliance manager nitpicks because she is idle",
    sender=ZHAO, to=[LIN], cc=[],
    subject="求助：合规部字段命名",
    body="""佳怡姐：

A公司合规部那位周经理真的太能挑刺了，一个字段叫"投保人证件号"还是"投保人证件号码"能跟我掰扯三天，还每封都抄送她们领导，生怕别人不知道她多认真。我感觉她就是闲的。

你之前跟她打过交道，有什么办法能让她少折腾点吗？

晓琳""",
    quote=None,
))

add(dict(
    expect=["backchannel"], lang="zh",
    why="mail to the client CIO running down one of his staff behind that person's back",
    sender=HAN, to=[CHENJG], cc=[],
    subject="关于需求对接人的一点想法",
    body="""陈总您好：

有件事想私下跟您说一下。贵司产品部的小王，需求文档写得实在一塌糊涂，前后矛盾，很多地方连他自己都讲不清楚，我们的分析师看了三遍也不知道他到底要什么。说实话，这种水平的人负责核心系统的需求，我们很担心。

希望您考虑一下换个人对接。

韩振东""",
    quote=None,
))

add(dict(
    expect=["backchannel"], lang="mixed",
    why="internal mail calling the client's compliance team a 'department of no' and mocking its head",
    sender=RAJ, to=[HELEN], cc=[],
    subject="Client-B compliance",
    body="""Helen,

Client-B 的 compliance team 基本就是一个 department of "no". Margaret 每封邮件都像律师写的免责声明, 三段话里找不到一个决定. 我怀疑她们的 KPI 就是拖项目.

Anyway, 下周 steering 之前要不要先对一下口径?

Raj""",
    quote=None,
))

add(dict(
    expect=["backchannel"], lang="zh",
    why="internal mail to ops: client exec 'made it up on the spot', '离了个大谱', 'this kind of client is an eye-opener'",
    sender=MA, to=[HUANGL], cc=[],
    subject="车险新规上线",
    body="""老黄：

A公司那位刘总又拍脑袋了，说下周一车险新规要上线，他们自己连费率表都没给全，还好意思催我们。离了个大谱，这种甲方真让人开眼。

你周末先别安排别的事，估计得陪他们折腾。

马骁""",
    quote=None,
))

add(dict(
    expect=["backchannel"], lang="en",
    why="forwards the compliance head's comments to a colleague with a sneer ('paid by the comma'); her words are only in the quote",
    sender=HELEN, to=[RAJ], cc=[],
    subject="FW: Comments on draft regulatory return",
    body="""Raj,

FYI below. Classic Holloway: thirty bullet points and not one decision. I'm fairly sure she's paid by the comma. Skim it and tell me if there's anything real in there.

H""",
    quote="""Helen,

Please find below our comments on the draft quarterly regulatory return:

1. Section 2.1: the description of client categorisation should reference the current policy version.
2. Section 2.4: please clarify whether the figures include dormant accounts.
3. Section 3: the reconciliation commentary may benefit from additional detail.
4. Appendix B: formatting of the tables is inconsistent.

Further comments to follow.

Regards,
Margaret Holloway
Head of Compliance""",
    quote_from=MARGARET, quote_style="outlook",
))

# =====================================================================
# POSITIVES: argue (4 single)
# =====================================================================

add(dict(
    expect=["argue"], lang="zh",
    why="lectures the claims manager to read the manual before reporting defects, blames her operation, 'hope this is the last time'",
    sender=XU, to=[WANGL], cc=[],
    subject="Re: 理赔结案后无法补录单证",
    body="""王经理：

麻烦您在提缺陷之前，先把我们十月发给贵部门的《理赔操作手册》第三章看一遍。结案后锁定单证是设计如此，不是缺陷，是操作顺序错了。同样的问题我们已经解释过两次，希望这是最后一次。

许文博""",
    quote="""许经理：

理赔结案后无法再补录单证，系统是不是有缺陷？今天柜面又接到投诉了，请尽快处理。

王蕾
理赔部""",
    quote_from=WANGL, quote_style="foxmail",
))

add(dict(
    expect=["argue"], lang="en",
    why="blaming, capitalised 'YOUR', 'let me be very clear', tells the CIO's people to check their own schedule before accusing",
    sender=TOM, to=[PRIYA], cc=[MARGARET],
    subject="Re: Reconciliation break 4 Nov",
    body="""Priya,

Let me be very clear, since this keeps coming back: the break on 4 November was caused by YOUR settlement file landing at 02:40 instead of 22:00. Our gateway processed exactly what it received. We warned your team about this in writing on 3 March, and again in June.

I'd appreciate it if your operations people checked their own batch schedule before accusing our platform of "dropping" records.

Tom""",
    quote="""Tom,

We need an explanation for the reconciliation break on 4 November. Our operations team believes the gateway dropped 212 settlement records. Please provide a root cause by Friday.

Priya""",
    quote_from=PRIYA, quote_style="gt",
))

add(dict(
    expect=["argue"], lang="mixed",
    why="sarcastic rhetorical question and 'read your own sign-off before raising a bug'",
    sender=SOPHIE, to=[KEVIN], cc=[],
    subject="Re: 行情页面 K 线颜色",
    body="""Kevin,

Frankly 这个配色是你们自己在 spec v3.2 里签字确认的, 第 14 页写得清清楚楚. 现在说我们做反了? Please read your own sign-off before raising a bug.

Sophie""",
    quote="""Sophie,

行情页面 K 线颜色好像做反了, 红跌绿涨? 用户已经在问了, 请尽快 fix.

Kevin""",
    quote_from=KEVIN, quote_style="gt",
))

add(dict(
    expect=["argue"], lang="zh",
    why="rhetorical 'I really don't understand how a compliance department…' and tells them to go study the rules first",
    sender=PENG, to=[ZHENGYQ], cc=[],
    subject="关于G22报表取数的质疑",
    body="""郑处长：

我实在不理解，一个负责合规的部门，怎么会在没读过填报说明原文的情况下就来质疑我们的报表取数？《流动性风险监测指标》填报说明第五条写得清清楚楚，我们完全是照原文做的。建议贵处先组织学习一下填报说明，再来讨论。

彭涛""",
    quote=None,
))

# =====================================================================
# POSITIVES: persuade (5 single)
# =====================================================================

add(dict(
    expect=["persuade"], lang="zh",
    why="dismisses the insurer's design as unworkable and asks the CIO to adopt ours without further discussion",
    sender=XU, to=[CHENJG], cc=[],
    subject="保费计算服务拆分方案",
    body="""陈总：

关于保费计算服务按险种拆分还是按保单级别拆分，我再明确一下我们的意见：我们做过十几家保险公司的核心系统，没有一家是按险种拆的。贵司按险种拆分的想法坦白讲行不通，后面只会给自己挖坑。

请您在下周的架构评审会上直接按我们的保单级方案定下来，不用再组织讨论了。

许文博""",
    quote=None,
))

add(dict(
    expect=["persuade"], lang="en",
    why="urges the CIO to drop her board's evaluation and sign this week; 'anything else is burning your own budget'",
    sender=RAJ, to=[PRIYA], cc=[],
    subject="Re: Market data vendor decision",
    body="""Priya,

I'd strongly urge you not to go down that road. Our stack is what every serious broker in the region runs, and a three-week evaluation will tell your board exactly what I'm telling you now. Please sign the CR this week and let's close this. Anything else is burning your own budget.

Raj""",
    quote="""Raj,

Before we commit to the proposed market data stack, our architecture board would like to evaluate an alternative feed provider. We may need two to three weeks.

Best regards,
Priya""",
    quote_from=PRIYA, quote_style="gt",
))

add(dict(
    expect=["persuade"], lang="mixed",
    why="pressure via deadline, cost and 'our Director says there is no plan B' to make risk dept drop its own rule library",
    sender=LEO, to=[WUHF], cc=[],
    subject="risk engine 规则库方案 - 请本周确认",
    body="""吴经理,

直说吧: 自建规则库这条路没必要走. 如果这周五前不确认用我们的 standard model, 每拖一天都是额外人天, 我们 Director 也说了, 没有 plan B. 请尽快让风险部放弃自建的想法, 按我们的 model 来.

Thanks,
徐立""",
    quote=None,
))

add(dict(
    expect=["persuade"], lang="zh",
    why="soft, friendly tone but presses the client to tell its compliance team to give up a required confirmation dialog",
    sender=ZHAO, to=[HUANGSQ], cc=[],
    subject="Re: 下单二次确认弹窗",
    body="""诗琪姐您好～

特别理解您这边的顾虑，但这次真的要听我们一句：下单流程就保持现在的三步，加二次确认弹窗只会让用户流失，这点没什么好讨论的。麻烦您这周就跟合规那边说清楚，让他们别坚持了哈，我们都是为了产品好嘛～

晓琳""",
    quote="""晓琳你好：

合规部要求市价单下单前增加一次二次确认弹窗，提示价格波动风险。请评估一下实现方式和工作量。

黄诗琪""",
    quote_from=HUANGSQ, quote_style="foxmail",
))

add(dict(
    expect=["persuade"], lang="en",
    why="formal register, but tells the CIO the only defensible option is ours and asks her to withdraw her team's proposal",
    sender=HELEN, to=[PRIYA], cc=[],
    subject="Cut-over approach - steering committee Thursday",
    body="""Dear Priya,

Ahead of Thursday's steering committee, I want to be candid. The board will expect a decision, and the only defensible one is our phased cut-over. The big-bang option your team tabled simply does not stand up, and I would ask you to withdraw it before the meeting so that we do not spend the session on it.

I trust you will see that this is the right course.

Kind regards,
Helen Brooks
Senior Project Manager""",
    quote=None,
))

# =====================================================================
# POSITIVES: ramble (5 single)
# =====================================================================

add(dict(
    expect=["ramble"], lang="zh",
    why="driving test, lake trip, fish-head soup, TV, bakery, exercise; the UAT test-data request is one buried line",
    sender=LV, to=[LIUSY], cc=[],
    subject="近况+一件小事",
    body="""刘总好：

好久没跟您好好聊聊了。上周末我终于把拖了半年的驾照考完了，科目三考了两次，第一次是因为在路口忘了打转向灯，考官一句话都没说，直接让我靠边停车，那一刻真是社死。第二次我紧张得手心全是汗，好在顺利过了，出考场的时候差点哭出来，我老公说我比他当年考研还紧张。拿到驾照第二天就自驾去了一趟千岛湖，湖水是真的清，一眼能看到底，我们租了一条小船在湖上漂了一下午，孩子一直吵着要钓鱼，结果一条都没钓上来，最后在岸边小饭馆点了一条鱼头，骗他说是"自己钓的"，他还挺开心。

那边的鱼头汤您一定要去尝尝，汤是奶白色的，一点腥味都没有，据说是用湖里的水直接炖的，真假不知道，反正味道是真好。回来路上又顺道去了趟淳安的老街，买了一堆笋干和山核桃，办公室的同事已经分掉一大半了。

另外下周三的UAT，麻烦贵司提前把测试用的保单数据准备好，大概两百张左右。

最近我在追一部讲清末镖局转型做货物保险的剧，名字一时想不起来了，很多细节一看就是编的，但编剧把"风险共担"讲得挺通俗。我们家楼下新开了一家烘焙店，老板是从法国回来的，可颂做得特别地道，每天早上七点就排长队，我已经连续一周早起去买了。还有，我最近开始跟着视频练八段锦，据说对肩颈特别好，坐办公室的人都该练练，您要是感兴趣我把视频链接发您。我妈最近迷上了广场舞，每天晚饭后准时下楼，还在小区里组了个队，上周末去区里参加比赛拿了个三等奖，回家把奖状贴在客厅正中间，谁来都要介绍一遍。我爸在旁边嘴上说幼稚，转头就把比赛视频转发到了好几个群里。家里的猫也不省心，前几天把我新买的毛线团拆得满屋都是，我本来打算给孩子织条围巾，现在只好重新买。天气预报说下周要降温，您也注意添衣服。

祝好！

吕静""",
    quote=None,
))

add(dict(
    expect=["ramble"], lang="en",
    why="half-marathon, podcast, Sichuan food, dog, pottery; the SOW amendment deadline is a single buried line",
    sender=BEN, to=[DANIEL], cc=[],
    subject="Catching up (and one small thing)",
    body="""Hi Daniel,

Hope your week's going well! I got back from the half-marathon in Macau on Sunday and my legs are still filing a formal complaint. It was my first race longer than ten kilometres, and I massively underestimated the humidity. By kilometre twelve I was mostly walking and bargaining with myself, and a very kind older gentleman in a neon headband jogged alongside me for a while and told me all about his grandchildren, which honestly got me to the finish line. My time was nothing to write home about, but I got a medal the size of a saucer and I've been wearing it around the flat, much to my flatmate's annoyance.

On the way back I finally listened to that podcast you recommended, the one about the history of shipping containers. I had no idea that a single standard box changed world trade so much, or that the ports fought it for years. I went down a rabbit hole afterwards and ended up reading about the dockworkers' unions in the sixties until two in the morning, which probably didn't help the recovery.

We also tried the Sichuan place near your office that you mentioned at the last sprint review. You were right about the boiled fish, it was incredible, though I think I lost the feeling in my lips for about an hour. My colleague ordered the mapo tofu at "extra spicy" to prove a point and spent the rest of the evening very quietly drinking milk tea.

Could you send the signed SOW amendment back by Friday?

In other news, my dog has discovered the balcony and now spends most of the day barking at pigeons, who do not seem remotely bothered. The neighbours have been very patient so far, but I suspect that won't last. I've been looking at training classes, and apparently there's a trainer in Sai Kung who specialises in "reactive" dogs, which sounds like a polite way of describing mine. If you have any tips from when your family had the beagle, I'm all ears.

I've also signed up for a pottery class on Wednesday evenings, mostly because my sister dared me to. The first session produced something that was supposed to be a mug and ended up as a sort of lopsided ashtray. The teacher said it had "character". I'm choosing to take that as a compliment.

Anyway, the weather's finally cooling down, so if you fancy a lunchtime walk by the harbour one day next week, let me know. Have a great weekend when it comes!

Cheers,
Ben""",
    quote=None,
))

add(dict(
    expect=["ramble"], lang="zh",
    why="long fishing story, bread baking, child's maths class, a play; the cut-over window to confirm is buried in the middle",
    sender=GUO, to=[ZHENGYQ], cc=[],
    subject="周末见闻，顺带一个确认",
    body="""郑处长好：

前两天去水库钓鱼，收获颇丰，跟您分享一下。那天凌晨四点就出门了，天还黑着，带了两根竿子、一桶自己调的饵料，是用玉米面、酒糟和一点点蜂蜜揉的，这是跟一个老钓友学的方子，据说对鲫鱼特别管用。到了水库找了个背风的湾子，打了窝等了快一个小时都没动静，我差点以为今天要空手而归，结果七点多太阳一出来，浮漂就开始一顿一顿地往下走，一上午钓了十几条巴掌大的鲫鱼，还有一条两斤多的鲤鱼，拉上来的时候手都在抖。

旁边有个大爷钓了四十多年，看我用的线组一直摇头，说我的子线太粗了，又教我怎么调漂，什么"调四钓二"，我听得似懂非懂，回家查了半天资料才弄明白。中午就在水库边的农家乐吃饭，老板把我钓的鲫鱼做了一锅豆腐汤，鲤鱼红烧，配上自家种的青菜，那叫一个香。

1104报送系统的割接窗口我们定在本周六晚上十点到周日凌晨四点，请您这边确认一下。

说到吃，最近我爱人迷上了做面包，家里添了一台烤箱，每天晚上都在研究配方，我已经连续吃了两周的全麦吐司，体重涨了三斤。孩子今年上初二，数学成绩一直上不去，报了个周末班，每次接送来回两个小时，周末基本就交代在路上了。前几天还去看了一场话剧，讲老北京四合院里几户人家的故事，演员的台词功底很扎实，看得我眼眶都湿了。下周末要是天气好，我打算再去一趟水库，争取钓条大的。对了，上个月我们小区换了物业公司，新物业一来就把地下车库重新刷了一遍，车位线画得又宽又直，停车方便多了，就是物业费涨了两毛，业主群里吵了好几天，最后大家投票还是同意了。我家老人最近在阳台上种了几盆小葱和辣椒，长势不错，每天早上浇水的时候都要拍照发到家庭群里，跟汇报工作似的。您要是有什么好的钓点，也欢迎推荐给我。

郭峰""",
    quote=None,
))

add(dict(
    expect=["ramble"], lang="mixed",
    why="code-switched Singapore trip, F1, airport, sourdough; the API key rotation request is one buried line",
    sender=SOPHIE, to=[KEVIN], cc=[],
    subject="Back from SG + 一个小事",
    body="""Hi Kevin,

上周去新加坡出差, 顺便多待了两天, 终于去了 Lau Pa Sat 吃 satay, 真的名不虚传, 一个人吃了二十串, 旁边的 uncle 一直在笑我. 晚上还去 Marina Bay 看了 light show, 人超多, 但是 vibe 很好. 第二天一早去 Botanic Gardens 跑步, 湿度高到怀疑人生, 跑了五公里整个人像刚从游泳池里捞出来. 那边的 kaya toast 配半生熟鸡蛋我连吃了三天早餐, 回来之后还在网上买了两瓶 kaya, 结果味道完全不一样, 有点失望.

刚好那周是 F1 新加坡站, 酒店价格翻了三倍, 我们公司 travel 那边差点不批. 我没买到看台票, 只能在 Esplanade 附近远远听引擎声, 不过那个声音真的很震撼, 隔着几条街都能感觉到地面在抖. 同事是 Ferrari 的死忠粉, 一直在讲 Leclerc 的 pit strategy 有多惨, 我完全听不懂, 只能点头.

对了, 下周二做 API key rotation, 麻烦你们 ops 配合一下.

回香港的航班 delay 了三个小时, 我在樟宜机场逛了一圈, 去看了那个室内瀑布 Jewel, 比照片上还壮观, 还在里面的 Pokémon 店给我侄女买了一只皮卡丘. 她现在每天抱着睡觉, 我姐说我把她宠坏了. 最近天气终于凉下来, 周末打算去西贡行山, 听说那边的海鲜也不错, 你有没有推荐的餐厅? 另外我最近在学做 sourdough, 已经失败了四次, 第五次终于像样了一点, 下次带给你尝尝. 我们楼下新开了一家 specialty coffee, 老板是墨尔本回来的, flat white 做得很好, 改天约你去试试. 还有上个月说的那个 hiking group, 我已经报名了, 每个月第二个周六一起走麦理浩径的一段, 第一次走的是西贡那一段, 风景超美, 但是上坡的时候我差点断气, 领队是一个六十多岁的阿姨, 走得比我们谁都快. 下次你有空也一起来吧, 人多热闹, 走完还可以去码头吃海鲜.

Cheers,
Sophie""",
    quote=None,
))

add(dict(
    expect=["ramble"], lang="zh", trad=True,
    why="traditional Chinese: typhoon, TV drama, cafe, Hong Kong trip, son's exams; the certificate expiry is one buried line",
    sender=CHENGY, to=[LINSF], cc=[],
    subject="近況分享",
    body="""林經理您好：

上週颱風過境，台北整整放了兩天颱風假，我家陽台的盆栽全被吹倒了，那盆養了五年的九重葛斷了好幾根枝，心疼得不得了。颱風天哪裡都不能去，我就窩在家裡把一部追了很久的韓劇一口氣看完，講的是一間律師事務所的故事，結局有點出乎意料，害我半夜還在網路上看大家的討論。第二天風雨小了一點，跟太太去巷口那間港式茶餐廳吃早餐，他們的菠蘿油和凍檸茶是我心目中全台北第一名，老闆是香港來的，每次都會多送我們一份西多士，說是熟客優惠。

說到香港，上個月剛好去出差三天，晚上抽空去了一趟廟街，人多到走不動，買了幾包老字號的涼茶回來，結果家裡沒人敢喝，太苦了。我兒子最近在準備學測，每天補習到晚上十點，回家還要寫題目，看了都心疼，週末想帶他去陽明山走走，放鬆一下。

另外，保費收付閘道的SSL憑證下週四到期，請貴公司記得更新。

最近公司樓下新開了一家手沖咖啡店，老闆很堅持只用淺焙的豆子，酸味很明顯，同事們意見兩極，有人愛得要命，有人一喝就皺眉，我個人還在適應中。前陣子也開始學游泳，教練說我換氣的動作太僵硬，要多練習，目前只能游二十五公尺就要停下來喘氣。聽說您最近也在練瑜伽，改天可以交流一下心得。上個週末還陪岳父母去了一趟宜蘭，泡了礁溪的溫泉，順便在羅東夜市吃了一輪，卜肉、三星蔥餅和龍鳳腿都很有特色，岳父一口氣吃了兩份蔥油餅，回程在車上一直說下次還要再來。回台北的路上遇到雪隧大塞車，原本一小時的路開了快三個小時，小孩在後座睡了一路，大人倒是累壞了。岳母還在路邊買了一大袋金棗和牛舌餅，說要分給鄰居，結果回到家自己就先吃掉了一半，大家笑成一團。天氣轉涼了，請您也多保重身體。

陳冠宇 敬上""",
    quote=None,
))

# =====================================================================
# NEGATIVES: refusal-like (18)
# =====================================================================

add(dict(
    expect=[], lang="zh",
    why="hard negative: can't go into this release, but logged as CR with an assessment date and an interim workaround",
    sender=XU, to=[CHENJG], cc=[LIUSY],
    subject="复：关于团单批量退保功能的需求",
    body="""陈总您好：

来函收悉。团单批量退保涉及保全规则、财务收付和再保摊回三处改动，工作量需要细化，目前无法直接并入本期上线范围。

我们已将该需求登记为变更申请 CR-2026-031，计划于11月20日前向贵司提交评估报告（含工期、费用及对上线计划的影响）。在此之前，如年底前确有批量退保任务，我们可以协助贵司使用现有的单笔退保功能配合批量导入脚本处理，脚本由我方提供并安排人员现场支持。

如有疑问，欢迎随时联系。

许文博
核心系统项目组""",
    quote="""许经理：

团险业务年底将有一批大批量退保，希望系统能支持按团单批量退保，一次处理上千名被保险人。请尽快安排。

陈建国""",
    quote_from=CHENJG, quote_style="outlook_zh",
))

add(dict(
    expect=[], lang="en",
    why="hard negative: 'we can't deliver all four by 1 December' followed by concrete alternative dates and a choice",
    sender=TOM, to=[PRIYA], cc=[],
    subject="Re: FIX gateway go-live",
    body="""Priya,

Short answer: we can't deliver all four message flows by 1 December without cutting testing that we both need.

What we can do:
- 1 December: new orders and cancels live, with drop copy in shadow mode.
- 15 December: amends and drop copy fully live, after the second regression cycle.

If your board needs a single date, 15 December for everything is the one I'd stand behind. Happy to walk them through either sequence on Wednesday; let me know which you'd like to present.

Tom""",
    quote="""Tom,

Our board has asked whether the full FIX gateway (new orders, amends, cancels, drop copy) can be live by 1 December. A yes or no by Wednesday, please.

Priya""",
    quote_from=PRIYA, quote_style="outlook",
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: beyond the PM's authority, handed to the delivery director with a call-back time",
    sender=ZHAO, to=[HUANGSQ], cc=[HAN],
    subject="Re: 融资融券模块提前上线",
    body="""诗琪姐您好：

提前两周上线涉及测试资源调整和合同条款变更，已经超出我能直接答复的范围，不敢随便给您承诺。我已经把您的需求和背景整理好转给了我们的交付总监韩振东，他明天上午十点前会直接给您打电话，一起商量可行的方案和费用。

有任何补充信息也可以先发给我，我一并转过去。

晓琳""",
    quote="""晓琳：

我们老板希望融资融券模块能提前两周上线，费用可以另谈。能不能定下来？

黄诗琪""",
    quote_from=HUANGSQ, quote_style="gt_zh",
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: '不另外收取费用', '没有影响', '无需停机' are reassurances, not refusals",
    sender=GUO, to=[HELP], cc=[],
    subject="网关退款接口补丁说明",
    body="""何经理您好：

退款接口超时重试的补丁已经在测试环境部署完毕，说明如下：

1. 本次补丁属于缺陷修复，不另外收取费用；
2. 对原定11月28日的上线时间没有影响；
3. 补丁不涉及数据库结构变更，无需停机，也不需要贵行修改任何调用方代码。

测试报告见附件。如无异议，我们计划本周四晚间部署到生产。

郭峰""",
    quote=None,
))

add(dict(
    expect=[], lang="en",
    why="hard negative: 'does not support TLS 1.0' and 'refused the handshake' are technical terms in a root-cause note",
    sender=RAJ, to=[PRIYA], cc=[MARGARET],
    subject="RCA - login failures 8 Nov",
    body="""Priya,

Root cause summary for the login failures on 8 November (09:14-09:52):

- The new HSM firmware (v7.2) installed by the vendor that morning does not support TLS 1.0 or 1.1.
- Three legacy Android builds of the trading app (4.0.x) still negotiated TLS 1.1, so the HSM refused the handshake and those users saw "Login failed".
- Newer builds were unaffected.

Fix: we rolled the HSM back to v7.1 at 09:52. A forced-upgrade prompt for 4.0.x goes out in Friday's release; after that we can re-apply v7.2.

Impact: 1,214 failed login attempts, no order or funds impact.

Raj""",
    quote=None,
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: the client asked 'will it affect EOD?' and the PM answers 'no' with evidence; client's anger only in the quote",
    sender=LIN, to=[WUHF], cc=[],
    subject="Re: 风控引擎 v3.4 升级是否影响日终",
    body="""吴经理您好：

不会影响。这次 v3.4 升级我们在预生产环境用11月全量数据连续跑了三轮日终，批处理总耗时分别是41、39、40分钟，与当前生产（平均40分钟）基本一致。

上次拖慢的原因（额度重算没有走增量）已在 v3.3.2 修复，这次升级方案里也加了回退步骤：万一日终超过60分钟，值班同事会直接回退。

详细对比数据见附件。

林佳怡""",
    quote="""林经理：

上次升级把日终批处理拖慢了一个小时，差点影响次日开业。这次升级到底会不会影响日终？别再出上次那种事了！

吴海峰""",
    quote_from=WUHF, quote_style="foxmail",
))

add(dict(
    expect=[], lang="zh", trad=True,
    why="hard negative (traditional): can't fit this release, logged as CR-118 with a reply date and an interim manual report",
    sender=ZHANGYT, to=[WUJH], cc=[],
    subject="Re: 監管報表新增ESG揭露欄位",
    body="""吳先生您好：

ESG揭露欄位涉及新的資料來源與校驗規則，以目前的排程確實無法在本期一併完成。

我們已將此需求登記為變更單 CR-118，將於12月5日前提出評估結果，包括工作量、時程與費用。若主管機關的施行日早於新版上線，我們可以先協助以人工補充報表的方式過渡，範本會在下週一提供給您。

張雅婷""",
    quote="""張經理：

主管機關下個月將要求新增ESG揭露相關欄位，請於本期一併完成。

吳家豪""",
    quote_from=WUJH, quote_style="outlook_zh",
))

add(dict(
    expect=[], lang="mixed",
    why="hard negative: '做不完' this release, but a concrete interim (5s polling) and a date for the full feature, and asks if OK",
    sender=SOPHIE, to=[KEVIN], cc=[],
    subject="Re: 持仓页实时推送",
    body="""Hi Kevin,

持仓实时推送 this release 确实做不完, websocket 那套要跟行情服务一起改, 测试周期不够.

建议先这样: 这个版本把持仓刷新改成 5 秒轮询, 体验上差别不大; 下个版本 (1 月中) 再切 websocket 推送. 如果业务觉得 5 秒还是慢, 我们可以一起看一下 3 秒对服务器的压力.

你看这样 OK 吗?

Sophie""",
    quote="""Sophie,

持仓页面能不能做成实时推送? 业务说现在刷新太慢了.

Kevin""",
    quote_from=KEVIN, quote_style="gt",
))

add(dict(
    expect=[], lang="en",
    why="hard negative: 'this is not a rejection', with a booked call, a scoping-note date and an interim fallback",
    sender=HELEN, to=[MARGARET], cc=[],
    subject="Re: Best-execution reporting",
    body="""Dear Margaret,

Thank you for raising this early. To be clear, this is not a rejection: we simply can't fix the scope until the final rules are published, since the consultation draft leaves the venue breakdown open.

I have booked a call with your team on 18 November to walk through the draft, and we will send you a scoping note with effort and timeline by 21 November. If the final text arrives later than expected, we'll propose an interim manual report so that Q1 is covered either way.

Kind regards,
Helen Brooks""",
    quote="""Helen,

Following the regulator's consultation paper, we will require best-execution reporting from the trading app by Q1. Please confirm.

Margaret""",
    quote_from=MARGARET, quote_style="gt",
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: '不是我们不愿意做' followed by an interim log feature, a later iteration and a date",
    sender=PENG, to=[ZHENGYQ], cc=[],
    subject="关于报表人工调整留痕功能",
    body="""郑处长您好：

关于您周一提到的"报表人工调整全流程留痕"需求，不是我们不愿意做，而是完整的审批流需要对接贵行OA，本期排期确实很紧。

我们想先提供一个过渡做法：本期在报送系统内增加调整日志（记录调整人、时间、调整前后值），可以满足检查时的追溯要求；OA审批对接放到一月份的迭代中。11月25日前我们会把两部分的工作量和排期发给您确认。

您看是否可行？

彭涛""",
    quote=None,
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: '几乎是不可能的任务' used as praise after a successful migration",
    sender=HAN, to=[CHENJG, LIUSY], cc=[ZHOUC],
    subject="数据迁移完成——感谢贵司的支持",
    body="""陈总、刘总：

上周末的全量保单数据迁移已于周日早上六点顺利完成，共迁移有效保单312万张、历史理赔记录87万条，核对差异为零。

说实话，项目启动时不少人觉得三天窗口迁完这么大的数据量几乎是不可能的任务，最后能做到零差错，离不开贵司业务和IT同事连续几个通宵的核对。在此代表项目组向各位表示感谢。

接下来一周为观察期，周晨会每天早上九点发送迁移后运行日报。

韩振东
交付总监""",
    quote=None,
))

add(dict(
    expect=[], lang="en",
    why="hard negative: 'cannot delete' is a regulatory fact, followed by two options and the client's choice",
    sender=RAJ, to=[MARGARET], cc=[],
    subject="Re: Erasure request - client ref 88213",
    body="""Hi Margaret,

Thanks for the quick heads-up. One constraint we need to work around: the order audit trail falls under the five-year record-keeping obligation, so the platform cannot delete those entries without putting you in breach.

Two ways we could handle it:
A) Delete profile, marketing and app-analytics data now, and pseudonymise the audit trail (name, ID number and contact details replaced by a token), with the mapping held only by your compliance team.
B) Same as A, but we also flag the account so the audit entries are purged automatically when the retention period ends.

Either can be done by Friday. Which would you prefer, or would you like to check with your DPO first?

Raj""",
    quote="""Raj,

A client has exercised their right to erasure. Please delete all of their records from the trading platform, including audit logs, by the end of the week.

Margaret Holloway""",
    quote_from=MARGARET, quote_style="outlook",
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: minutes where '不做' and 'no Excel' are decisions the bank itself made",
    sender=GUO, to=[SUNZQ, HELP], cc=[XU],
    subject="支付网关需求澄清会纪要（11月10日）",
    body="""孙总、何经理：

今天需求澄清会的纪要如下，请查阅：

1. 境外卡组织通道：贵行确认本年度不做，待明年跨境业务规划明确后再议。
2. 分账功能：按贵行提供的分账规则v2实施，11月底前完成开发。
3. 商户进件审核：贵行希望增加人工复核节点，我方将于11月17日前给出流程设计稿。
4. 对账文件：维持TXT定长格式，贵行业务部门已确认无需Excel。

如纪要有不准确之处，请在周五前告知，我们据此更新需求基线。

郭峰""",
    quote=None,
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: long weekly status of the same shape as a refusal positive, but the item is logged as a CR with a review date and an interim tool",
    sender=ZHAO, to=[LIUSY], cc=[ZHOUC],
    subject="核心系统二期 第15周进展同步",
    body="""刘总好～

第15周的进展汇总如下：

1. 新契约模块：针对高龄投保新增的8条核保规则已完成配置，业务部门抽测通过。电子投保书签名回传接口优化后，平均响应时间由1.2秒降到0.4秒。
2. 保全模块：上周遗留的3个提示文案缺陷已全部修复并回归通过。受益人变更的双录影像关联功能已提测，预计下周三完成测试。
3. 关于您提的"历史保单批改按生效日回溯重算现金价值"：这块涉及精算公式和历史账务冲正，工作量比较大，我们没法直接放进二期。已登记为变更申请 CR-2026-044，11月25日的变更评审会上我们会带着方案和报价来，同时评估能否先提供一个针对单张保单的手工重算工具作为过渡。
4. 理赔模块：医疗险直赔接口已与两家合作医院完成联调，剩余一家因对方系统升级推迟到下周。
5. 数据迁移：第二轮演练于11月22日进行，校验报表模板已发给贵司IT，请同事们提前熟悉。
6. 培训：保全操作培训已完成，共42人参加，课件和录屏已上传至共享盘"二期培训"目录。课后问卷收回38份，对"批改操作演示"满意度最高，对"异常处理"部分希望增加案例，我们会在下一场理赔培训中补充。
7. 风险：合作医院三的接口推迟可能影响理赔模块的联调收尾，如下周五前仍未完成，我们会先用模拟报文完成内部测试，待对方升级完成后补测。

下周重点：理赔联调收尾、迁移演练、准备变更评审材料。

有问题随时找我～

赵晓琳
核心系统项目组""",
    quote=None,
))

add(dict(
    expect=[], lang="en",
    why="hard negative: minutes item 'not feasible in Phase 1' comes with the reason, a CR number, a steering-committee date and the interim behaviour",
    sender=RAJ, to=[DANIEL], cc=[PRIYA],
    subject="Minutes - Sprint 19 review (mobile trading app)",
    body="""Hi Daniel, all,

Minutes from today's review:

1. Biometric login defects FP-2231 and FP-2235 - fixed and verified on Android 15. Closed.
2. Order ticket redesign - Daniel accepted the new layout; the wording of the risk warning is with Margaret's team for approval.
3. Real-time margin recalculation on every tick - not feasible within Phase 1 because of the market data licence limits on tick-level redistribution. Logged as CR-0431; we'll bring a cost and licensing estimate to the 4 December steering committee. Until then, margin keeps refreshing every 15 seconds.
4. Release 4.3 code freeze - 27 November.
5. Next review - 4 December, 10:00.

Shout if anything's missing.

Raj""",
    quote=None,
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: '风控引擎拒绝交易' is the engine's normal decision, explained with options for the bank to decide",
    sender=LIN, to=[WUHF], cc=[],
    subject="Re: 11月11日上午一笔交易被拒绝的原因",
    body="""吴经理您好：

我们查了这笔交易（流水号 TX20261111-08812）的决策日志：风控引擎拒绝交易是因为命中了规则 R-207"对公账户单笔转账超过日均余额20倍"，属于规则的正常拦截，引擎本身运行正常，当天也没有异常告警。

如果贵行认为该客户属于白名单范围，可以由风险管理部在规则配置界面把它加入豁免名单，大约五分钟生效；如果希望调整 R-207 的阈值，我们可以协助用历史数据做一次回测，看看调整后误拦率和漏拦率的变化，供您决策。

林佳怡""",
    quote="""林经理：

今天上午有一笔对公大额交易被风控引擎拒绝了，客户很不满意，是不是系统出了问题？

吴海峰""",
    quote_from=WUHF, quote_style="gt_zh",
))

add(dict(
    expect=[], lang="mixed",
    why="hard negative: 'no rush' and 'no impact' answer the client's worry; not a refusal",
    sender=LEO, to=[HELP], cc=[],
    subject="Re: 网关压测报告 sign-off",
    body="""何经理,

No rush, 下周一之前给到就行. 签字时间对上线 schedule 没有 impact, 生产部署窗口还是 11/28 不变.

另外报告里 TPS 那一页我们补了 p99 latency 的图, 新版本已经放到共享目录了, 审批时可以直接用新版.

Thanks,
徐立""",
    quote="""徐经理：

压测报告我们这边还在走内部审批，可能要下周才能签字，会不会影响上线？

何立平""",
    quote_from=HELP, quote_style="foxmail",
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: 'this month is full' followed by two concrete options and the client chooses",
    sender=LV, to=[LIUSY], cc=[],
    subject="关于理赔短信通知模板调整的排期",
    body="""刘总好：

您昨天提的理赔短信模板调整（增加赔付明细链接），这个月的开发排期已经排满，确实放不进去了。我们想了两个办法，您看哪个更合适：

A. 12月第一周单独发一个小版本，只改短信模板，测试一天，不影响其他功能；
B. 这个月先把现有模板里的"详情请致电客服"改成"详情请登录官网查询"，纯配置改动，明天就能生效，链接功能跟一月份的大版本一起上。

两个方案都不额外收费，请您选一个，我们马上安排。

吕静""",
    quote=None,
))

# =====================================================================
# NEGATIVES: backchannel-like (10)
# =====================================================================

add(dict(
    expect=[], lang="zh",
    why="hard negative: internal mail takes the compliance head's data-export worry seriously and plans a face-to-face meeting",
    sender=LIN, to=[ZHOUC, SONG], cc=[],
    subject="明天去C行合规处沟通数据出境的事",
    body="""周晨、雨桐：

今天电话里能感觉到郑处长对风控模型调用境外云服务这件事非常紧张，这也正常，她们今年刚经历过一次数据出境方面的监管检查。

明天上午我们当面去跟她沟通，建议准备三样东西：
1. 完整的数据流向图，标清楚哪些字段出境、哪些已脱敏；
2. 我们已经做过的安全评估材料；
3. 一个纯境内部署的备选方案和大致成本。

她的担心是有道理的，我们别光解释"没问题"，要让她拿到能向领导交代的东西。

佳怡""",
    quote=None,
))

add(dict(
    expect=[], lang="en",
    why="hard negative: banter about our own deploy script and the PM blaming himself; nothing about the client",
    sender=TOM, to=[EMILY, RAJ], cc=[],
    subject="Deploy script - confession",
    body="""Emily, Raj,

Confession time: the deploy script that took down staging last night is a crime scene, and I wrote half of it back in 2023, so I'm the prime suspect. The hard-coded path to my old laptop was a particularly nice touch by past me.

Raj, can you pair with Emily tomorrow and move it onto the pipeline template? I'll buy the coffee and take the blame in the retro.

Tom""",
    quote=None,
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: PM criticises his own skipped review with a rhetorical 难道, and commits to telling the client in person",
    sender=PENG, to=[SONG, ZHOUC], cc=[],
    subject="G01报表错位问题复盘",
    body="""雨桐、周晨：

昨天报给C行的G01有两行错位，根子在我：上线前的复核清单我自己跳过了，想着改动小。难道还要让客户替我们做测试吗？这次是我的问题。

从下周起，所有报送版本上线前由我本人按清单逐项过一遍，签字后再发。明天上午我会当面向郑处长说明原因和改进措施。

彭涛""",
    quote=None,
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: client's angry words (到底行不行, !!, threat to switch vendor) only in the quote; PM reply apologises with a plan",
    sender=GUO, to=[HELP], cc=[],
    subject="Re: 网关超时问题",
    body="""何经理您好：

非常抱歉给贵行和商户带来这么大的困扰，这个问题我们会负责到底。

目前已确认超时集中在每天上午10点前后，原因是网关与清算系统之间的连接池上限设得过低。今晚23点我们会把连接池从50调到200，并增加监控告警；明早10点高峰期，我和两名工程师会在贵行机房现场盯守。

明天下午三点前我会把完整的原因分析和后续防范措施发给您，如方便也想当面向您汇报一次。

郭峰""",
    quote="""郭峰，你们这个网关到底行不行？？三天两头超时，商户电话都打爆了！再这样下去我们只能考虑换供应商了！！

何立平""",
    quote_from=HELP, quote_style="outlook_zh",
))

add(dict(
    expect=[], lang="en",
    why="hard negative: internal mail says the compliance head's complaint is fair and plans to own the error on the call",
    sender=HELEN, to=[RAJ, EMILY], cc=[],
    subject="Margaret's complaint about the LEI field",
    body="""Raj, Emily,

Margaret's complaint is fair. We shipped the transaction report with the LEI field populated from the wrong reference table, and her team caught it before we did. That's on us.

On tomorrow's call let's own it up front: what went wrong, which reports were affected (I count three), and when corrected files will be resubmitted. Emily, could you add an LEI format and checksum validation to the regression pack today?

Helen""",
    quote=None,
))

add(dict(
    expect=[], lang="mixed",
    why="hard negative: internal note with the client CIO deliberately in Cc, agreeing his latency concern is valid",
    sender=LEO, to=[ZHOUC], cc=[SUNZQ],
    subject="风控引擎 latency concern - 下午一起 review",
    body="""周晨,

孙总上午提的 latency concern 我觉得是对的, 上周 p99 确实从 80ms 升到了 140ms, 虽然还在 SLA 内, 但趋势不太好. 我把孙总也 cc 上了, 下午 3 点一起 review 一下 p99 的分时数据, 把原因和优化计划当面讲清楚.

麻烦你提前准备好 flame graph 和 GC 日志.

徐立""",
    quote=None,
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: banter praising a colleague and the director mocking his own memory; no client disparaged",
    sender=HAN, to=[HUANGL, ZHOUC, DENG], cc=[],
    subject="昨晚的割接",
    body="""各位：

昨晚的割接辛苦了。老黄又是熬到凌晨三点，我都怀疑这人是不是铁打的；邓凯写的回滚脚本最后没用上，算是白忙了一场，不过这种白忙越多越好。我自己把割接检查单漏打了一页，差点在机房现场出丑，记性是真不行了。

周五中午我请大家吃饭，地方你们挑。

韩振东""",
    quote=None,
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: colleague's complaint about the client is only in the quote; PM answers with the client's reasons and a meeting plan",
    sender=LV, to=[SONG], cc=[],
    subject="Re: 保单打印模板又改了",
    body="""雨桐：

我理解，改五遍谁都会烦。不过我侧面了解了一下，她们下个月要迎接监管部门的现场检查，条款和单证上的表述必须跟报备版本一字不差，所以才会一遍遍地抠。

我的想法是：明天我约周经理当面过一次，把所有字段名一次性对齐，形成书面确认单，以后再改就走变更流程，这样对双方都省事。你这边先把前五次的修改记录整理一份给我。

吕静""",
    quote="""吕姐，A公司合规部又把保单打印模板的字段名改了，这都第五遍了，我真的要疯了，她们是不是故意折腾我们？

雨桐""",
    quote_from=SONG, quote_style="foxmail",
))

add(dict(
    expect=[], lang="zh", trad=True,
    why="hard negative (traditional): the claims manager's harsh words only in the quote; PM takes the blame and offers a visit",
    sender=CHENGY, to=[LINSF], cc=[],
    subject="Re: 理賠系統本月三次中斷",
    body="""林經理您好：

非常抱歉，這個月三次中斷確實嚴重影響了貴部門的作業，責任在我們。

三次中斷都是同一個原因：影像儲存空間的自動清理排程失效，導致磁碟寫滿。我們已於昨晚修復排程並擴充容量，也加上了使用率超過八成即告警的監控。

本週五下午兩點，我想和技術負責人一起到貴公司，當面向您說明完整的檢討報告與後續防範措施，不知道您是否方便？

陳冠宇 敬上""",
    quote="""陳經理：

理賠系統這個月已經當機三次了，你們到底有沒有在測試？我們理賠員整天在等系統，這樣下去根本沒辦法做事！

林淑芬""",
    quote_from=LINSF, quote_style="outlook_zh",
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: internal report on a tough meeting that concedes the client CIO's objection is well founded",
    sender=XU, to=[HAN], cc=[],
    subject="今天与A公司陈总会谈情况汇报",
    body="""韩总：

向您汇报一下今天与A公司陈总的会谈情况。陈总对我们的迁移方案提出了比较尖锐的意见，主要是认为三天停机窗口对续期业务影响太大。会后我冷静想了想，他的顾虑是有依据的：年底正好是团险续期高峰，三天停机意味着大约四千张续期保单要延后处理。

我建议我们内部先评估一下分批迁移的可行性，下周二前形成对比方案，再约陈总当面沟通。您看是否需要您一起出席？

许文博""",
    quote=None,
))

# =====================================================================
# NEGATIVES: other hard-negative types (12)
# =====================================================================

add(dict(
    expect=[], lang="zh",
    why="hard negative: firm but polite facts (signed requirement sheet) with an offer to change via CR; client's '做错了' only in the quote",
    sender=MA, to=[HELP], cc=[],
    subject="Re: 商户进件页面经营地址字段",
    body="""何经理您好：

经核对，11月3日双方签字的《商户进件需求确认单》第2.4条约定"经营地址"为选填，当前实现与确认单一致。

如果贵行现在希望改为必填，我们可以按变更流程处理：这属于小改动，预计半天开发加半天测试，可以跟下周四的版本一起上线。需要的话请回复确认，我来提交变更单。

马骁""",
    quote="""马经理：

商户进件页面的"经营地址"字段为什么是选填？我们认为应该是必填。是不是你们做错了？

何立平""",
    quote_from=HELP, quote_style="gt_zh",
))

add(dict(
    expect=[], lang="en",
    why="hard negative: 'As I mentioned in Tuesday's stand-up' is follow-through on a promise, not lecturing",
    sender=BEN, to=[DANIEL], cc=[],
    subject="Price-alert latency numbers, as promised",
    body="""Hi Daniel,

As I mentioned in Tuesday's stand-up, I'd send the price-alert latency numbers once the load test finished. Here they are:

- p50: 0.6s
- p95: 1.7s
- p99: 2.9s (target 3s)

The p99 is closer to the limit than I'd like, so we're adding one more push worker before release 4.3. I'll share the rerun results next Wednesday.

Ben""",
    quote=None,
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: recommends option B from experience but explicitly leaves the decision to the CIO",
    sender=XU, to=[CHENJG], cc=[],
    subject="理赔影像存储方案对比及建议",
    body="""陈总您好：

关于理赔影像存储，我们比较了两个方案：

方案A：继续使用贵司现有的NAS存储，扩容即可，一次性投入约18万元，但影像量超过5000万张后检索速度会明显下降；
方案B：迁移到对象存储，一次性投入约35万元，检索性能和容灾能力更好，迁移需要两个周末。

从我们以往项目的经验看，我们倾向于推荐方案B，主要是考虑到未来三年的影像增量。不过贵司对预算和机房规划有整体安排，最终还是请您决定，选方案A我们同样可以保障交付。

许文博""",
    quote=None,
))

add(dict(
    expect=[], lang="en",
    why="hard negative: risky motto ('No is a complete sentence') and a 'must not' disclaimer only in the signature",
    sender=RAJ, to=[MARGARET], cc=[],
    subject="Updated DPIA for the trading app",
    body="""Hi Margaret,

Attached is the updated DPIA for the trading app, reflecting the changes we discussed on Monday: the biometric template now stays on the device, and analytics events no longer carry the account number.

Your team's comments are tracked in the margin of section 4. If there's anything you'd like to go through together, I'm free on Thursday afternoon.

Best regards,
Raj

--
Raj Mehta | Project Manager | Our Team
"No is a complete sentence. Impossible is just an opinion."
This email and any attachments are confidential. If you are not the intended recipient, you must not copy, forward or act on it; please delete it and notify the sender.""",
    quote=None,
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: '必须' is an operational precondition in a cut-over runbook, with a rollback promise",
    sender=GUO, to=[HELP], cc=[HUANGL],
    subject="周六网关证书更换操作步骤",
    body="""何经理：

周六晚上网关证书更换的操作步骤如下，请贵行值班同事配合：

1. 22:00 贵行运维暂停商户对账文件下发；
2. 22:10 我方停止清算进程，重启前必须先确认清算队列为空，否则会产生重复清算；
3. 22:20 替换证书并重启网关服务；
4. 22:40 双方联合验证：各发一笔1分钱的测试交易和一笔退款；
5. 23:00 恢复对账文件下发。

如验证不通过，我们会在23:30前回退到旧证书，不影响周日营业。

郭峰""",
    quote=None,
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: long (ramble-length) root-cause analysis of a double-debit incident that stays on topic",
    sender=MENG, to=[SUNZQ], cc=[HELP],
    subject="11月9日重复扣款事件原因分析报告",
    body="""孙总：

11月9日14:02至14:37发生的重复扣款事件，原因分析如下：

一、影响范围
期间共有137笔快捷支付交易被重复扣款，涉及商户23家、持卡人131人，金额合计人民币48,260.50元。截至11月10日18时，全部重复款项已原路退回，持卡人无需任何操作。

二、直接原因
14:02 网关与发卡行之间的专线出现约35秒抖动，部分交易的扣款应答超时。网关按超时重试策略重新发起扣款，而第一次扣款实际已在发卡行侧成功，导致重复。

三、根本原因
1. 重试前没有先调用交易状态查询接口确认原交易结果，这是我们的设计缺陷；
2. 幂等校验只在网关内部做，发卡行侧以新的流水号受理了重试请求；
3. 专线抖动告警阈值设为60秒，35秒的抖动没有触发告警，值班人员未能及时介入。

四、整改措施
1. 11月12日已上线热修复：超时后先查询、再决定是否重试，理论上不会再出现同类重复扣款；
2. 重试请求沿用原交易流水号，由发卡行侧做幂等拦截，需要贵行协调发卡行配合测试，计划11月20日前完成；
3. 专线抖动告警阈值调整为10秒，并增加重试次数突增告警；
4. 11月内完成一次全量超时场景的回归测试，报告同步贵行。

五、监测数据
事件期间网关整体交易成功率为97.8%，较平日下降1.9个百分点；除上述137笔外，另有412笔交易因超时直接返回失败，持卡人已自行重新支付，未产生重复扣款。我们已逐笔核对这412笔交易的发卡行侧状态，确认均未实际扣款。热修复上线后至今，超时重试场景共出现26次，全部先查询后处理，没有再发生重复扣款。

六、后续安排
对此次事件给贵行和持卡人造成的影响，我们深表歉意。本周四下午可以当面向贵行汇报，具体时间请孙总定。

孟凡
支付网关项目组""",
    quote=None,
))

add(dict(
    expect=[], lang="en",
    why="hard negative: long (400+ words) UAT plan that stays on its subject throughout",
    sender=HELEN, to=[DANIEL], cc=[MARGARET, EMILY],
    subject="UAT plan - release 4.3 (trading app)",
    body="""Dear Daniel,

Please find below the UAT plan for release 4.3 of the trading app, for your review before Friday.

1. Scope
Release 4.3 contains the redesigned order ticket, conditional orders (stop and stop-limit), the new portfolio performance chart and the fixes for FP-2231 and FP-2235. Out of scope for this UAT: margin display changes, which stay on the current 15-second refresh.

2. Environment
UAT runs on the UAT-2 environment with delayed market data (15 minutes) and the broker simulator for executions. Test accounts: 40 retail, 10 margin and 5 corporate, created and funded by us by 24 November. Your team will receive credentials by email from Emily.

3. Schedule
- 25-27 November: functional testing by your product and operations teams, following the 62 scripted cases we have shared.
- 28 November: exploratory session, half a day, with our developers on the call.
- 1-2 December: retest of fixed defects.
- 3 December: sign-off meeting.

4. Entry and exit criteria
Entry: all scripted cases executed once by our QA team, and no open severity-1 defects. Exit: all scripted cases passed or waived in writing, no open severity-1 or severity-2 defects, and Margaret's team has approved the wording of the risk warning on the order ticket.

5. Defect handling
Please log defects in the shared tracker with the account used, the time and a screenshot. We triage twice a day, at 11:00 and 16:00, and will give you a status on every new defect at the next triage. Severity is agreed jointly; where we disagree, the higher severity applies until we have discussed it.

6. Roles
- UAT lead (your side): Daniel
- Compliance reviewer: Margaret or a delegate
- Test coordination (our side): Emily Chen
- Escalation: me

7. Risks
The broker simulator does not reproduce partial fills on stop-limit orders exactly as the live venue does. We have added four cases, run against the production-parallel environment on 28 November, to cover this gap. A second risk is month-end: your operations team has settlement commitments in the last week of November, so we have kept the exploratory session to a single afternoon and can move it if needed.

8. Communication
During the UAT window we will send a short daily summary at 17:30: cases executed, cases passed, new defects by severity and anything that needs a decision from your side. Emily will also keep a shared channel open for quick questions during the day.

If the dates do not suit your team, let me know and we will re-plan around your calendar rather than compress the testing.

Kind regards,
Helen Brooks
Senior Project Manager""",
    quote=None,
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: long migration plan for the regulatory reporting platform that stays on topic, with decisions left to the client",
    sender=MENG, to=[ZHENGYQ], cc=[PENG],
    subject="监管报送平台迁移方案（征求意见稿）",
    body="""郑处长您好：

监管报送平台从旧版迁移至新平台的方案（征求意见稿）如下，请审阅：

一、迁移范围
1104报表体系全部67张报表、EAST数据表89张，以及近五年的历史报送记录和补报记录。客户风险统计报表暂不迁移，继续在旧平台报送至明年3月。

二、迁移步骤
1. 11月18日至29日：并行期第一阶段。新旧平台同时取数、同时生成报表，但不报送，由我方逐表比对差异，差异清单每天下午五点发送贵处。
2. 12月1日至15日：并行期第二阶段。以旧平台为准报送，新平台生成的报表由贵处业务人员抽查，每张报表至少抽查一期。
3. 12月16日：评审会。根据并行期差异的关闭情况，由贵处决定是否切换。
4. 12月下旬：正式切换，旧平台保留只读权限六个月，用于历史数据查询和监管检查调阅。

在并行期内，我们每周五下午会召开一次差异评审会，逐条说明差异原因：属于旧平台取数口径问题的，由贵处确认后在新平台按正确口径实现；属于新平台缺陷的，在下周评审会前修复并回归；属于源系统数据质量问题的，我们会整理清单，协助贵处联系相关部门处理。

三、切换条件
1. 所有报表在并行期内至少连续两期与旧平台结果一致，或差异原因已书面确认；
2. 校验规则库通过率达到100%；
3. 报送接口在监管测试环境联调通过。

四、风险与应对
1. 12月月末数据量最大，若切换当期出现异常，按回退方案在两小时内恢复旧平台报送，不影响报送时限；
2. 部分历史补报记录格式不统一，我方将单独编写清洗脚本并出具清洗报告；
3. 并行期间贵处业务人员的抽查工作量较大，我们会安排两名分析师驻场协助。

五、需贵处确认的事项
1. 并行期抽查人员名单；
2. 12月16日评审会的参会范围；
3. 旧平台只读保留期限是否需要延长。

请在11月15日前反馈意见，我们据此形成正式版本。

孟凡""",
    quote=None,
))

add(dict(
    expect=[], lang="mixed",
    why="hard negative: long code-switched weekly status, every paragraph on the project",
    sender=SOPHIE, to=[KEVIN], cc=[DANIEL],
    subject="Weekly status - trading app W46",
    body="""Hi Kevin,

W46 weekly status 如下:

1. Overall: Green. Release 4.3 按计划在 11/27 code freeze.
2. Order ticket redesign: 开发完成, QA 跑了 48/62 个 test cases, 发现 5 个 defects, 都是 UI 层面, 没有 severity-1.
3. Conditional orders (stop / stop-limit): 后端完成, broker simulator 上 partial fill 的场景还在调, 预计下周三完成.
4. Portfolio performance chart: 按你们 11/6 确认的 time-weighted return 口径实现, 已经 demo 给 Daniel, 他提了两个 label 的修改, 本周内改完.
5. Performance: 开盘峰值压测 p99 从 310ms 降到 190ms, 主要是 quote cache 命中率从 72% 提升到 91%.
6. Risks:
   - 行情供应商 12 月有一次 API 升级, 可能影响 4.3 的 quote 服务. 我们已经拿到 sandbox, 本周开始兼容测试, 下周五前给结论.
   - UAT 期间你们 operations 团队有月末结算任务, 人手可能比较紧. 建议 exploratory session 放在 11/28 下午, 如果不合适我们再调.
7. Decisions needed:
   - Order ticket 上的 risk warning 文案需要 Margaret 那边在 11/22 前 approve, 否则会影响 UAT exit.
   - UAT 测试账户的 margin 额度是否按生产配置, 请你们确认.
8. Next week: 完成剩余 test cases, 修 defects, 准备 UAT 环境和测试账户, 11/24 前把账户信息发给你们.

有问题随时 call 我.

Cheers,
Sophie""",
    quote=None,
))

add(dict(
    expect=[], lang="mixed",
    why="hard negative: '按我们的经验' recommendation with backtest data, final threshold explicitly left to the bank",
    sender=LEO, to=[WUHF], cc=[],
    subject="反欺诈规则阈值 - 我们的建议",
    body="""吴经理,

按我们在其他几家银行的经验, 单日累计转账笔数的阈值设在 15 笔左右, false positive rate 会比较合理 (大概 2%-3%). 附件是用贵行 10 月数据做的 backtest, 阈值 10 / 15 / 20 三档的拦截率和误报率都列出来了.

这只是参考建议, 贵行的客群结构跟其他行不一样, 最终阈值还是由风险部来定. 如果想再跑一组其他阈值, 跟我说一声就行.

徐立""",
    quote=None,
))

add(dict(
    expect=[], lang="mixed",
    why="hard negative: 'must be tested weekly' and 'reject' describe a risk-engine kill-switch drill",
    sender=SOPHIE, to=[KEVIN], cc=[EMILY],
    subject="Kill switch drill - 本周五",
    body="""Hi Kevin,

按照 runbook, risk engine 的 kill switch must be tested weekly, 本周五收盘后 16:30 做 drill. 流程跟上次一样:
1. 16:30 触发 kill switch, 所有新单 reject;
2. 16:35 确认 OMS 端没有新单进入;
3. 16:40 恢复, 发一笔测试单验证.

整个过程大概 10 分钟, 不影响盘后 settlement. 麻烦你们 trading desk 那边提前知会一下.

Sophie""",
    quote=None,
))

add(dict(
    expect=[], lang="zh",
    why="hard negative: '如果压测结果不行' means a failed test triggers the rollback plan; not a refusal",
    sender=ZHAO, to=[HUANGSQ], cc=[],
    subject="周五全链路压测安排",
    body="""诗琪姐您好：

周五晚上的全链路压测安排如下：19:00开始，模拟开盘前5分钟峰值1.5倍的委托量，持续30分钟。

如果压测结果不行（比如委托延迟超过200毫秒），我们就按预案把新版交易前置回退到旧版本，周一开盘前一定恢复到稳定状态，不会影响交易。

压测期间需要贵司运维留一位同事在线，麻烦帮忙安排一下～

晓琳""",
    quote=None,
))

random.Random(2525).shuffle(CASES)
