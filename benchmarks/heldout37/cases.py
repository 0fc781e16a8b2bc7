# heldout37 -- training set of PM e-mail drafts (pharma / clinical-trial software, medical devices, CROs).
# Written by an independent helper from the labelling guide and the source article only.
# Built into s37_NNN.eml + labels.json by benchmarks/blindkit.py; cases are shuffled with seed 3737.
import random

# --- our team (PMs and colleagues) ---
ZHOU = "周晓岚 <zhou.xiaolan@ourteam.example.com>"      # senior PM, calm
DENG = "邓凯 <deng.kai@ourteam.example.com>"            # junior PM, stressed
MA = "马骁 <ma.xiao@ourteam.example.com>"               # mid PM, brash
QIAN = "钱慧敏 <qian.huimin@ourteam.example.com>"       # mid PM, formal
LIN = "林思远 <lin.siyuan@ourteam.example.com>"         # PM, chatty
CHANG = "張育誠 <chang.yucheng@ourteam.example.com>"    # PM, Taipei office
CHEN_YJ = "陳怡君 <chen.yijun@ourteam.example.com>"     # PM, Taipei office
TOM = "Tom Becker <tom.becker@ourteam.example.com>"
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"
LAURA = "Laura Kim <laura.kim@ourteam.example.com>"
DANIEL = "Daniel Okafor <daniel.okafor@ourteam.example.com>"
KEVIN = "Kevin Liu <kevin.liu@ourteam.example.com>"
GRACE = "Grace Xu <grace.xu@ourteam.example.com>"
SUN = "孙建伟 <sun.jianwei@ourteam.example.com>"        # validation engineer (老孙)
WU = "吴敏 <wu.min@ourteam.example.com>"                # QA lead (小吴)
DU = "杜杰 <du.jie@ourteam.example.com>"                # dev lead (阿杰)
CHEN_LF = "陈立峰 <chen.lifeng@ourteam.example.com>"    # delivery director
BEN = "Ben Carter <ben.carter@ourteam.example.com>"     # data management lead
MEI = "Mei Tanaka <mei.tanaka@ourteam.example.com>"     # CSV specialist

# --- client A: 澜川药业 (pharma sponsor) ---
ZHENG = "郑淑敏 <zheng.shumin@client-a.example.cn>"     # QA 经理
FENG = "冯振华 <feng.zhenhua@client-a.example.cn>"      # 医学总监
FENG_T = "馮振華 <feng.zhenhua@client-a.example.cn>"
HAN = "韩蕾 <han.lei@client-a.example.cn>"              # 临床运营经理
BAI = "白建国 <bai.jianguo@client-a.example.cn>"        # IT 总监
XIE = "谢芸 <xie.yun@client-a.example.cn>"              # 注册事务经理
# --- client B: Northbridge Clinical (CRO / device maker) ---
HELEN = "Helen Marsh <helen.marsh@client-b.example.com>"        # Medical Director
MARK = "Mark Feldman <mark.feldman@client-b.example.com>"       # QA Manager
SOFIA = "Sofia Lindqvist <sofia.lindqvist@client-b.example.com>"  # Clinical Ops Lead
RAJ = "Raj Patel <raj.patel@client-b.example.com>"              # CSV lead
KANG = "康宁 <kang.ning@client-b.example.com>"                  # China QA
LIN_YT = "林雅婷 <lin.yating@client-b.example.com>"             # 品保經理 (Taiwan)
# --- client C: C行健康管理中心 (device-data platform) ---
LU = "鲁卫东 <lu.weidong@bank-c.example.cn>"
WU_Q = "吴倩 <wu.qian@bank-c.example.cn>"

P = []   # positives
N = []   # hard negatives

# ============================================================ backchannel
P.append(dict(
    expect=["backchannel"], lang="zh",
    why="internal mail mocks the client QA manager with a nickname (郑大法官, 升堂, 陪审)",
    sender=MA, to=[SUN], cc=[WU],
    subject="周四供应商审计准备",
    body="""老孙、小吴：

周四上午澜川要来做供应商审计，“郑大法官”又要升堂了。上回她拿着放大镜查了三个小时签名日期，最后判了我们一个观察项，理由是日期里的斜杠用了全角。这回估计要审到标点符号的字号了，大家把茶泡好，准备陪审吧。

正经事：
1. IQ/OQ 原件周三下班前放到 3 号会议室；
2. 培训记录打印两份；
3. 偏差台账更新到上周五。

马骁""",
    quote=None, trad=False))

P.append(dict(
    expect=["backchannel"], lang="zh", trad=True,
    why="traditional Chinese gossip to a colleague ridiculing the client's medical director",
    sender=CHEN_YJ, to=[CHANG], cc=[],
    subject="昨天的安全性資料審閱會",
    body="""育誠：

昨天的會你沒來真可惜。馮博士照例遲到二十分鐘，一進門就說我們的 SAE 一覽表「看不懂」，翻了兩頁才發現他手上拿的是上個月的版本。整場會他大概都在找自己的咖啡杯。說真的，這位醫學總監只看得懂投影片上的大字，表格超過三欄他就當機。

下週的會換你去吧，我怕我當場笑出來。

怡君""",
    quote=None))

P.append(dict(
    expect=["backchannel"], lang="en",
    why="reply-all accident: sneer about the client QA manager while he is still in Cc",
    sender=DANIEL, to=[MEI], cc=[MARK],
    subject="Re: Audit trail review SOP and VSR for Friday",
    body="""Mei,

Send the signed VSR -- the draft would just give him more to circle in red. Honestly, Mark will nitpick the audit trail section whatever we send; I'd bet you a coffee he still hasn't opened the version we gave him in September. The man reads page one and produces four pages of comments.

Anyway: signed copy plus SOP-QA-014, Friday morning.

Daniel""",
    quote="""Daniel,

Mark is asking for the audit trail review SOP and the validation summary report by Friday. Do we send the signed VSR or the draft with the open comments?

Mei""",
    quote_from=MEI))

P.append(dict(
    expect=["backchannel"], lang="zh",
    why="one venting line about the client's clinical ops manager inside a normal internal weekly status",
    sender=DENG, to=[SUN, DU, WU], cc=[CHEN_LF],
    subject="【周报】澜川 EDC 项目 第 46 周",
    body="""各位：

本周进展汇总如下：

一、开发
- 第二批 edit check（共 86 条）已开发完毕，阿杰自测通过 81 条，剩余 5 条跨表单逻辑周一修完。
- 访视窗口计算的时区问题已修复，补丁在测试环境。

二、验证
- OQ 脚本 v1.2 已由老孙复核，周三开始执行。
- 追溯矩阵还有 12 条需求没有对应测试用例，小吴在补。

三、客户沟通
- 韩蕾今天又把 query 回复模板改了一遍，第四版了。一个模板能改出四种心情，我是真佩服，她大概把我们当成她的私人打字员了。改动点已更新到需求清单 REQ-117。
- 下周二澜川 QA 来看 OQ 执行现场，请大家把工位收拾一下。

四、风险
- 测试环境数据库磁盘剩余 15%，已给运维提工单。

下周重点：OQ 执行，补齐追溯矩阵。

邓凯""",
    quote=None))

P.append(dict(
    expect=["backchannel"], lang="mixed",
    why="forwarded client mail with an eye-rolling internal aside mocking the medical director's logic",
    sender=KEVIN, to=[DU], cc=[],
    subject="Fwd: SAE reconciliation discrepancies - NB-207",
    body="""阿杰,

FYI 转你看看。Dr. Marsh 这封的逻辑真是 next level 🙄 她自己 site 的 safety database 都对不上号, 回头就说是我们 EDC export 有 bug. 每次都这个套路: blame the vendor first, read the data later.

你先别回她, 明天我们对一下 export log, 有结论我再回。

Kevin""",
    quote="""Kevin,

We found 14 discrepancies between the EDC SAE forms and our Argus cases for Study NB-207. This looks like an export defect on your side. Please investigate and confirm a fix by Monday.

Helen Marsh, MD
Medical Director""",
    quote_from=HELEN, quote_style="outlook"))

P.append(dict(
    expect=["backchannel"], lang="zh",
    why="polite maintenance notice to the client QA with a snide aside mocking the client's IT director",
    sender=LIN, to=[ZHENG], cc=[],
    subject="本周六 EDC 维护窗口确认",
    body="""郑经理您好：

本周六 22:00–24:00 为 EDC 生产环境例行维护窗口，主要内容是操作系统安全补丁安装，预计中断不超过 40 分钟，维护前后我们会分别发通知。维护记录下周一随变更单一并提交贵方 QA 审阅。

另外麻烦您顺便转告一下白总：系统真的不需要他每天早上亲自登进去“巡视”三遍再截图发群里，我们的监控比他起得早，哈哈。

如有其他安排请随时告知，谢谢！

林思远""",
    quote=None))

P.append(dict(
    expect=["backchannel"], lang="en",
    why="internal mockery of the client's CSV lead copying our template (comedy gold, bring popcorn)",
    sender=PRIYA, to=[BEN], cc=[],
    subject="Raj's \"validation strategy\"",
    body="""Ben,

Just got Client-B's "validation strategy" deck from Raj. Spoiler: it's our own template from the 2025 project with their logo pasted over ours and the word "robust" added eleven times. He even left our old project code in the footer. Comedy gold -- and this is the same guy who told us last month we "lack CSV maturity".

I'll mark it up tomorrow. Bring popcorn to the review.

P.""",
    quote=None))

P.append(dict(
    expect=["backchannel"], lang="zh",
    why="venting to a colleague with emoji and slang about the client-side director at C行",
    sender=QIAN, to=[ZHOU], cc=[],
    subject="今天C行的需求会",
    body="""晓岚姐：

C 行健康管理中心的需求会开完了，纪要晚点发。先跟你吐个槽：鲁主任全程低头刷手机，一个半小时没抬头，散会前冒出一句“这个体检设备数据平台，能不能顺便把食堂订餐也管了？”🙃 我真的会谢。能把一个医疗器械数据项目聊成食堂小程序，这位领导也是让我开了眼。

纪要今晚 9 点前发你过目。

慧敏""",
    quote=None))

P.append(dict(
    expect=["backchannel"], lang="zh", trad=True,
    why="traditional Chinese reply-all accident: mocks the client's QA habits with the client QA manager in Cc",
    sender=CHANG, to=[CHEN_YJ], cc=[LIN_YT],
    subject="回覆：變更風險評估表格式",
    body="""怡君：

照做吧，她們那邊的品保就是這樣，什麼東西不蓋三個章就睡不著覺，上次連一張會議簽到表都要主管覆核。我們就陪她玩，反正表格改一改也花不了多少時間。

週五前給她。

育誠""",
    quote="""育誠，林經理要我們把這次變更的風險評估表改成她們公司的格式，還要三個人簽名。要照做嗎？

怡君""",
    quote_from=CHEN_YJ))

P.append(dict(
    expect=["backchannel"], lang="mixed",
    why="internal mixed-language mockery of a client regulatory manager with a nickname (一句话需求小姐, lol)",
    sender=GRACE, to=[KEVIN], cc=[],
    subject="又来了 lol",
    body="""Kevin,

谢芸 aka "一句话需求小姐" 又来了: "EDC 能不能加个 AI 自动关 query, 下周上线?" 就这一句, 没 URS, 没 impact assessment, 连 study 编号都没写 lol. 她们注册部是不是以为 GxP 系统是 App Store 里下载的?

正式回复我回头写, 先让你乐一下。

Grace""",
    quote=None))

P.append(dict(
    expect=["backchannel"], lang="en",
    why="'between us' character sketch running down the client's medical director to a colleague",
    sender=LAURA, to=[TOM], cc=[],
    subject="heads-up before Thursday",
    body="""Tom,

Quick heads-up before you join the NB-311 calls. Between us: Helen treats every protocol amendment as a personal insult, rewrites half of it at 11pm, and then tells her VP the vendor "couldn't keep up". Don't expect credit for anything, and don't put anything in writing you wouldn't want read aloud at her next escalation. She's... a lot.

Please don't forward this one.

L.""",
    quote=None))

P.append(dict(
    expect=["backchannel"], lang="zh",
    why="gossip to a junior colleague disparaging the client's medical director (拍脑袋总监)",
    sender=MA, to=[DENG], cc=[],
    subject="Re: 冯总的新需求",
    body="""小邓：

别太较真。我听他们临床部的人私下说，冯总在他们公司内部就是出了名的“拍脑袋总监”，上次 DSMB 的材料是开会前一天晚上十一点才第一次打开。需求一周变三次一点都不奇怪，这位估计连自己的方案摘要都背不全。

该排期排期，文档留痕就行。

马骁""",
    quote="""马哥，冯总今天又加了两个需求：SAE 表要加“研究者评估意见”和“医学监查意见”两栏，说下周就要上。我有点懵，这个怎么排？

邓凯""",
    quote_from=DENG))

P.append(dict(
    expect=["backchannel", "argue"], lang="zh",
    why="to the client: ridicules a client IT staffer and lectures the IT director (blaming, '!')",
    sender=MA, to=[BAI], cc=[ZHENG],
    subject="Re: EDC 又无法登录",
    body="""白总：

我再强调一次，EDC 服务器今天上午的可用性是 100%，日志我都附上了。登录不了，是因为贵司 IT 那位小伙子又把 VPN 白名单配错了——同一个错误，这个月第三次。说句不好听的，连白名单都配不明白的人，建议贵司就别让他碰生产网络了。

下次发“请尽快处理并说明原因”这种邮件之前，麻烦贵方先对着自己的配置查一遍！

马骁""",
    quote="""马经理，今天上午研究中心反馈 EDC 又登录不了，已经影响数据录入。请你们尽快处理并说明原因。

白建国""",
    quote_from=BAI))

P.append(dict(
    expect=["ramble", "backchannel"], lang="zh",
    why="long chatty mail to a colleague (fishing, noodles, football, TV) with gossip mocking the client IT director; one action line buried",
    sender=LIN, to=[SUN], cc=[],
    subject="周末 & 随便聊聊",
    body="""老孙：

周末过得怎么样？我周六一早去了淀山湖钓鱼，五点就出门，结果在湖边坐了四个小时，只钓上来两条巴掌大的鲫鱼，还被蚊子咬了十几个包。旁边一个老大爷一上午钓了半桶，还好心教我怎么调漂，说我的饵料太硬，鱼闻都不闻。我回家按他说的方法重新和了一次饵，准备下周再去雪耻。

周日带儿子去踢球，他们小区队跟隔壁小区打了一场友谊赛，四比三赢了，儿子进了一个球，高兴得晚饭多吃了一碗。教练是个退休的体育老师，嗓门特别大，整场比赛都在场边喊“传球！传球！”，家长们笑成一片。踢完球我们去吃了公司旁边新开的那家兰州拉面，牛肉给得特别实在，汤也清，就是辣子油太猛，我吃完嘴唇麻了半天。你下次加班可以去试试，报我名字没有折扣，哈哈。

说到澜川，白总这周又在项目群里发他那张“系统巡检截图”了，配文“辛苦各位，服务器运行正常”，搞得好像服务器是他一个人扛起来的。上次我跟他解释负载均衡，他听了五分钟，点点头说“那就让两台机器轮流值班嘛”，我当场差点没忍住。他们 IT 部的小伙子私下跟我说，白总每次开会都要先讲十分钟他年轻时候修大型机的故事，大家已经能背下来了。

明天上午十点前把 PQ 报告草稿发我。

最近在看一部讲老上海弄堂的电视剧，拍得挺有味道，里面那个裁缝铺的老板跟我外公特别像，说话慢悠悠的，做什么都不急。我老婆说我最近看剧看得太晚，黑眼圈都出来了。这几天降温了，早上出门记得多穿一件，你那个老寒腿别又犯了。周末要是天气好，咱们组可以约一次烧烤，我来张罗。我上个月在网上买了一个折叠烤炉，到现在还没拆封，正好拿出来试试，炭和签子我都备好了，你负责带点啤酒就行。上次小吴说她会腌鸡翅，这回可以让她露一手。

思远""",
    quote=None))

# ============================================================ refusal
P.append(dict(
    expect=["refusal"], lang="zh",
    why="friendly numbered status mail; item 3 turns the e-diary request down flatly with nothing else",
    sender=ZHOU, to=[HAN], cc=[],
    subject="本周项目进展及上次会议事项回复",
    body="""韩经理您好：

辛苦了！这周各中心的录入进度非常给力，截至昨天已完成 312 例受试者的基线访视录入，query 关闭率也到了 92%，感谢您和 CRA 团队的配合。

上次周会提到的几件事，回复如下：

1. 中心 07 的账号权限问题：周二已处理，三位 CRC 均可正常登录。
2. 实验室正常值范围更新：新范围周三已上线，历史数据不受影响。
3. 在 EDC 里加一个患者自填电子日记模块：这个我们不做。
4. 中文 CRF 填写指南：修订版已上传到文档中心，欢迎提意见。
5. 12 月中旬的期中数据清理计划：下周一发您初稿。

天气转凉，跑访视的同事们也请多注意保暖。有任何问题随时找我！

周晓岚""",
    quote=None))

P.append(dict(
    expect=["refusal"], lang="en",
    why="curt one-line no to a change of IRT stratification, no reason, date or alternative",
    sender=TOM, to=[SOFIA], cc=[],
    subject="Re: Adding a second stratification factor",
    body="""Sofia -- no, we're not touching the stratification in the IRT at this point.

Tom""",
    quote="""Tom,

Our statistician would like to add region as a second stratification factor in the IRT before the next cohort opens. Can you make that change?

Thanks,
Sofia""",
    quote_from=SOFIA))

P.append(dict(
    expect=["refusal"], lang="zh",
    why="bureaucratic 公文-style rejection (歉难照办, 特此函复) with no buffer or alternative",
    sender=QIAN, to=[ZHENG], cc=[BAI],
    subject="关于“审计追踪导出为可编辑格式”需求的复函",
    body="""郑经理：

贵方 11 月 3 日来函收悉。

经我方项目组研究，贵方所提“将系统审计追踪导出为可编辑 Excel 格式”一事，与本系统设计原则不符，歉难照办。

特此函复。

项目管理部
钱慧敏""",
    quote=None))

P.append(dict(
    expect=["refusal"], lang="en",
    why="policy refusal: 'the product doesn't do that and won't change', nothing offered",
    sender=PRIYA, to=[RAJ], cc=[],
    subject="Re: site-specific eCRF variants",
    body="""Hi Raj,

Our platform doesn't do site-specific eCRF variants. Every site in a study sees the same form version -- that's how the product is built, and it isn't going to change for one study.

Best,
Priya""",
    quote="""Priya,

Three of our German sites want a slightly different layout for the device-accountability page (an extra field for lot storage location). Could you set up site-specific variants of that eCRF?

Raj""",
    quote_from=RAJ))

P.append(dict(
    expect=["refusal"], lang="zh",
    why="'this is final' refusal of the requested database-lock postponement, no assessment offered",
    sender=MA, to=[FENG], cc=[HAN],
    subject="Re: 锁库日期",
    body="""冯总：

锁库日期不变，仍是 12 月 5 日。此为最终安排。

马骁""",
    quote="""马经理，

考虑到中心 12 的 SDV 还没完成，我们希望锁库推迟到 12 月 20 日，请评估。

冯振华""",
    quote_from=FENG))

P.append(dict(
    expect=["refusal"], lang="mixed",
    why="terse mixed-language no citing SOP, 'no exceptions', nothing else",
    sender=KEVIN, to=[KANG], cc=[],
    subject="Re: IQ/OQ 能否合并执行",
    body="""康宁,

不合并。IQ 和 OQ 分开执行, that's our SOP, no exceptions.

Kevin""",
    quote="""Kevin, 为了赶进度, 这次 CTMS 升级的 IQ 和 OQ 能不能合并成一个 protocol 执行? 康宁""",
    quote_from=KANG))

P.append(dict(
    expect=["refusal"], lang="zh", trad=True,
    why="traditional Chinese flat refusal by product scope ('不會做…不會調整'), no buffer",
    sender=CHEN_YJ, to=[LIN_YT], cc=[],
    subject="回覆：客訴系統加上自動通報功能",
    body="""林經理您好：

您提到希望在客訴處理系統裡加上「自動向主管機關通報」的功能，這部分我們不會做。系統的設計範圍本來就不包含對外通報，這點也不會調整。

其他問題歡迎再聯絡。

陳怡君""",
    quote=None))

P.append(dict(
    expect=["refusal"], lang="en",
    why="cheerful Friday wrap-up that slips in a flat no to the ePRO app request",
    sender=LAURA, to=[HELEN], cc=[],
    subject="Friday wrap-up -- NB-311",
    body="""Hi Helen,

Happy Friday! A quick wrap-up before the weekend:

- Good news first: all 18 sites are now live on the eTMF, and the Warsaw site uploaded its whole regulatory binder in one afternoon. Your team's site-activation push really paid off.
- The medical-monitoring listings for cohort 2 went out on Wednesday; Ben is happy to walk your safety physician through the new filters any time.
- Your request for a native mobile ePRO app for patients: we'll pass on that one.
- The DSMB data cut is still on track for 4 December.
- Thanks again for hosting us in Boston -- the team is still talking about the clam chowder.

Have a lovely weekend,
Laura""",
    quote=None))

P.append(dict(
    expect=["refusal"], lang="zh",
    why="meeting minutes record a client request as simply 不做/关闭, no CR, date or alternative",
    sender=QIAN, to=[HAN, FENG], cc=[DENG],
    subject="会议纪要：CTMS 二期需求沟通会（11/12）",
    body="""各位好：

11 月 12 日 CTMS 二期需求沟通会纪要如下，请查阅。

时间：11 月 12 日 14:00–15:30
地点：澜川药业 5 楼会议室 / 线上
参会：冯振华、韩蕾（澜川）；钱慧敏、邓凯（项目组）

议题与结论：
1. 中心启动跟踪看板：确认需求，纳入二期，12 月第一周提交原型。
2. 监查访视报告电子签名：采用系统内置签名，满足 21 CFR Part 11 要求。
3. CTMS 对接贵方财务系统、自动生成研究者费付款单：项目组意见为不做，此项关闭。
4. 受试者招募漏斗报表：纳入二期，指标口径由韩经理下周五前提供。

下次会议：11 月 26 日 14:00。

钱慧敏""",
    quote=None))

P.append(dict(
    expect=["refusal"], lang="zh",
    why="one-sentence refusal of editable validation documents, no reason or alternative",
    sender=DENG, to=[ZHENG], cc=[],
    subject="Re: 验证文档能否提供 Word 版",
    body="""郑经理：

验证文档只提供签批后的 PDF，Word 版本不提供。

邓凯""",
    quote="""邓经理，验证文档能否同时提供 Word 版本？我们内部归档和做年度回顾时需要引用其中的段落。

郑淑敏""",
    quote_from=ZHENG))

P.append(dict(
    expect=["refusal", "argue"], lang="en",
    why="bare 'No.' plus a lecture that the client should read the plan they signed",
    sender=TOM, to=[MARK], cc=[RAJ],
    subject="Re: skipping e-signature for batch approvals",
    body="""Mark,

No. And as I have now explained on two calls and in one written memo, e-signatures in this system are a Part 11 control, not a "step" you switch off because reviewers find it slow. I'd really appreciate it if your team read the validation plan you signed before sending requests like this.

Tom""",
    quote="""Tom,

Can we disable the e-signature step for batch approvals of protocol deviations? It slows our reviewers down considerably.

Mark""",
    quote_from=MARK))

P.append(dict(
    expect=["refusal", "persuade"], lang="zh",
    why="refuses the double-data-entry change outright and pressures the medical director to give up his view",
    sender=MA, to=[FENG], cc=[],
    subject="Re: 关于主要疗效指标双录入",
    body="""冯总：

双录入这个变更我不接。

说句实在话，这种老黄历就别翻了。我们现在的单录入加关键变量 100% SDV，是眼下唯一说得过去的做法，您这边照着执行就行，没什么可再讨论的。

马骁""",
    quote="""马经理，

我们医学部讨论后认为，主要疗效指标应采用双人双录入，请安排变更。

冯振华""",
    quote_from=FENG))

# ============================================================ argue
P.append(dict(
    expect=["argue"], lang="zh",
    why="rhetorical put-down of the client's reading of the URS ('不需要我来逐字解释吧?')",
    sender=QIAN, to=[XIE], cc=[],
    subject="Re: URS 4.2 的理解",
    body="""谢经理：

URS 第 4.2 条原文写的是“系统应支持多语言界面”，不是“上线当天必须支持十二种语言”。这两句话的差别，不需要我来逐字解释吧？上线范围是双方 9 月签过字的，签字页上也有您的名字。

钱慧敏""",
    quote=None))

P.append(dict(
    expect=["argue"], lang="en",
    why="passive-aggressive blame: 'check your own inbox', offers to explain 'slowly'",
    sender=DANIEL, to=[MARK], cc=[],
    subject="Re: DEV-0923 opened without QA's knowledge",
    body="""Mark,

For the record -- and this is the third time this week I'm attaching the same thread -- DEV-0923 was opened at your own team's request. Sofia asked for it on the 4th. A quick look at your own inbox would have spared our CEO a rather confusing morning. Happy to walk you through the thread slowly if that helps.

Daniel""",
    quote="""Daniel,

Why was deviation DEV-0923 opened without QA's knowledge? This is unacceptable and I have escalated it to your CEO.

Mark Feldman
QA Manager""",
    quote_from=MARK))

P.append(dict(
    expect=["argue"], lang="zh",
    why="sarcastic rhetorical questions blaming the client's testers for the UAT delay",
    sender=DENG, to=[ZHENG], cc=[HAN],
    subject="Re: UAT 进度",
    body="""郑经理：

哦，原来 UAT 拖了两周是因为系统“太难用”？那请问贵方三位测试员两周一共登录了五次，剩下的时间是在跟系统斗智斗勇吗？登录记录附在后面，您自己看看就知道问题出在哪一边。

邓凯""",
    quote="""邓经理，UAT 已经拖了两周，测试员反映系统太难用，这个进度你们要负责。

郑淑敏""",
    quote_from=ZHENG))

P.append(dict(
    expect=["argue"], lang="mixed",
    why="mixed-language confrontation: 恕我直言, accuses the medical director of not reading the CAPA report",
    sender=KEVIN, to=[FENG], cc=[ZHENG],
    subject="Re: CAPA-2026-018 root cause",
    body="""冯总,

恕我直言, 这个 CAPA 的 root cause 写得清清楚楚: 是贵方 site 的 CRA 没按 SOP-CM-005 做 source verification, 不是系统 bug. 报告您是没看, 还是看了不认? 请你们内部先 align 好, 再来找 vendor, OK?

Kevin""",
    quote=None))

P.append(dict(
    expect=["argue"], lang="zh",
    why="lecturing 'last time I say this' tone, threatens 'don't say we didn't warn you'",
    sender=MA, to=[BAI], cc=[ZHENG],
    subject="PQ 执行安排",
    body="""白总：

最后说一遍：PQ 不是走过场。贵方连需求追溯矩阵都懒得看一眼，就要我们在 PQ 报告上签字，以后检查发现问题，可别说我们没提醒过。

请贵方 IT 和 QA 先把各自该看的文件看完，再来约执行时间。

马骁""",
    quote=None))

# ============================================================ persuade
P.append(dict(
    expect=["persuade"], lang="zh",
    why="pushes the standard configuration and tells the QA manager to drop her own approval flow",
    sender=LIN, to=[ZHENG], cc=[],
    subject="关于偏差管理模块的配置方案",
    body="""郑经理：

关于偏差管理模块，我把话说透：贵方那套自定义的七级审批流，就别再另起炉灶了。我们的标准配置已经在十几家药企通过检查，按标准走是唯一靠谱的路。定制的话验证工作量翻倍，最后吃亏的还是贵方，这件事没什么可犹豫的。

下周一我把标准配置确认单发您，签了就能往下走。

林思远""",
    quote=None))

P.append(dict(
    expect=["persuade"], lang="en",
    why="hard sell for our team over a second vendor ('full stop', need your yes by Friday)",
    sender=TOM, to=[MARK], cc=[],
    subject="LIMS interface -- vendor decision",
    body="""Mark,

I'll be straight with you: splitting the LIMS interface off to a second vendor is a bad idea, and I think deep down your team knows it. We built the EDC, we know the data model, and the only way this interface is live by March is if we build it too. Full stop.

Let's not burn another steering committee on this. I need your yes by Friday so I can lock the resourcing.

Tom""",
    quote=None))

P.append(dict(
    expect=["persuade"], lang="zh",
    why="pressure via authority (our director already talked to your boss), tells the client to stop asking for on-premise",
    sender=ZHOU, to=[BAI], cc=[ZHENG],
    subject="Re: CTMS 部署方式",
    body="""白总：

本地部署的事，建议您这边就不要再提了。我们陈总上周已经跟贵司林总通过电话，林总也认可云部署。现在再回头争取本地部署，上面不会同意，只会让项目白白耽误一个月。

云部署的安全说明我明天发您，请 IT 按这个来准备就好。

周晓岚""",
    quote="""周经理，我们 IT 部门内部讨论了一下，还是倾向于 CTMS 本地部署，数据放在自己机房更放心。

白建国""",
    quote_from=BAI))

P.append(dict(
    expect=["persuade"], lang="mixed",
    why="deadline/cost pressure to abandon Option B and sign today, client QA concerns brushed aside",
    sender=GRACE, to=[KANG], cc=[],
    subject="Option A vs Option B - 今天需要拍板",
    body="""康宁,

Option B 我们就别再纠结了。选 B, NMPA 递交肯定赶不上, 到时候 delay 的成本谁来担? 说白了, 现在能走通的只有 Option A. 你们 QA 那边的顾虑我都理解, but honestly there's no time for that now.

今天 6 点前请回个 yes, 我好安排团队。

Grace""",
    quote=None))

P.append(dict(
    expect=["persuade"], lang="mixed",
    why="pressures the QA manager to give up manual audit-trail review ('outdated', '何必呢', sign today)",
    sender=KEVIN, to=[ZHENG], cc=[],
    subject="audit trail review 方式",
    body="""郑经理,

坦白讲, 贵方坚持 manual audit trail review 这个做法已经 outdated 了。自动化 review 模块我们做过完整 validation, 同行都在用。再坚持手工 review, 等于让您团队每个月白加 60 个小时的班, 何必呢? 今天把 approval 签了, 我们就 move on.

Kevin""",
    quote=None))

P.append(dict(
    expect=["persuade"], lang="zh",
    why="urges the medical director to abandon the paper unblinding envelopes and follow our plan",
    sender=DENG, to=[FENG], cc=[],
    subject="关于紧急揭盲流程",
    body="""冯博士：

我明白您对纸质应急信封有感情，但说句实话，那套东西早该进博物馆了。IWRS 电子揭盲就是现在的行业标准，您这边如果还坚持信封加电子双轨，只会拖累整个项目。我真心劝您放下这个想法，按我们的方案来，越早定下来对大家越好。

邓凯""",
    quote=None))

# ============================================================ ramble
P.append(dict(
    expect=["ramble"], lang="zh",
    why="~700 characters of marathon, piano exam, tea shop and cat; the OQ sign-off request is one buried line",
    sender=QIAN, to=[ZHENG], cc=[],
    subject="近况问候",
    body="""郑经理您好：

好久没跟您好好聊聊了！上周末我终于去跑了苏州的半程马拉松，前一天晚上紧张得睡不着，凌晨四点就醒了，到了起点发现下着小雨，风还挺大，心想完了，结果跑起来反而凉快，最后两小时零七分冲线，比去年快了六分钟。终点发的奖牌是一朵金色的桂花，特别精致，我女儿一看到就抢过去挂在她书包上了。

说到我女儿，她这个月在准备钢琴五级考试，每天晚上练《致爱丽丝》练到九点半，楼下邻居都快会背了。老师说她左手太弱，让她每天多练半小时音阶，她练着练着就哭，我在旁边一边哄一边自己也想哭。您家孩子学过乐器吗？我一直很好奇别的家长是怎么坚持下来的。

我们公司楼下新开了一家茶饮店，招牌是桂花乌龙，用的是福建的老枞，香气很足，甜度可以调到三分，我这周已经喝了四杯。下次您来我们这边开会，我一定请您尝尝。旁边还有一家做云南菜的小馆子，汽锅鸡炖得特别香，米线是现场手工压的，排队要半小时，但我觉得值。

家里那只橘猫最近又胖了，兽医说要控制饮食，我们给它换了减肥粮，结果它每天半夜跑到床头来抗议，叫得比闹钟还准时。我老公说干脆把它送回娘家住两个月，我舍不得。我妈倒是很欢迎，她在阳台上种了一排多肉和几盆小番茄，说正好缺个“看园子”的，我怕猫去了以后她的番茄一个都保不住。

另外，OQ 执行记录需要您周四前签字，文件在共享目录的“待签”文件夹里。

最近我还在追一部讲江南古镇的纪录片，拍得特别美，里面讲到一座明代石桥修了三次，每次都是镇上的老人们凑钱修的，看得我挺感动。纪录片的配乐也很好听，是用古琴和箫合奏的，我还专门去找了原声来听，晚上加班的时候放着，心情都平静了不少。天气越来越冷了，您多注意身体，周末有空也出去走走，秋天的银杏正好看。

祝好！

钱慧敏""",
    quote=None))

P.append(dict(
    expect=["ramble"], lang="en",
    why="~450 English words about a Boston trip, lobster, baseball, a dog and running; the SAE sign-off is one buried line",
    sender=DANIEL, to=[HELEN], cc=[],
    subject="Greetings from the road",
    body="""Hi Helen,

I hope your week is going well! I'm writing from a tiny cafe near the harbour, because the hotel wifi has decided that it only works in the lobby, and the lobby currently belongs to a dentists' convention. I've never seen so many people so excited about fluoride.

Boston has been lovely. After the DIA session on Tuesday a few of us walked down to the waterfront and I finally had the lobster roll everyone keeps telling me about. Verdict: worth the hype, though I made the mistake of ordering the large one and then trying to eat it standing up in the wind. My shirt has not recovered. On Wednesday evening someone had spare tickets to the ballgame, so I went to Fenway for the first time. I understood maybe forty percent of what was happening, but the hot dogs were excellent and the crowd sang in the eighth inning, which I'm told is a tradition. A man behind me explained the infield fly rule three times, with increasing patience and decreasing accuracy.

Our dog, Biscuit, is apparently protesting my absence by sleeping on my side of the bed and refusing to eat anything that isn't cheese. My partner sends me daily photo evidence. I've promised him a long walk on the beach when I'm back, and a new squeaky toy, though the last one lasted about nine minutes.

I've also been trying to keep up my running while travelling. The river path here is fantastic -- flat, wide, full of rowers in the early morning -- and I did a slow ten kilometres on Thursday before the sun came up. I'm still nowhere near ready for the half marathon in March, but I've signed up anyway, which I'm told is the only way to actually train.

By the way, the SAE reconciliation listing for NB-207 is on the portal and needs your sign-off by Wednesday.

On the flight over I listened to a podcast about the history of the clinical trial -- the scurvy experiments on HMS Salisbury, the first randomised streptomycin study, all of it. I knew the outline, but the details were fascinating, especially how the investigators argued about whether it was ethical to withhold treatment at all. Highly recommended if you have a long drive coming up. There's also an episode about the invention of the placebo that I haven't got to yet.

I'm back in the office next Monday, jet lag permitting. If you're ever in our part of the world, the coffee round here is a serious contender.

All the best,
Daniel""",
    quote=None))

P.append(dict(
    expect=["ramble"], lang="zh",
    why="~650 characters on hairy crabs, stocks, maths contest and golf; DMP v2.0 confirmation is one buried line",
    sender=MA, to=[FENG], cc=[],
    subject="冯总，周末愉快",
    body="""冯总：

周末好！前两天老家亲戚从阳澄湖寄来一箱大闸蟹，个头都在四两以上，我蒸了一锅，配上姜醋和黄酒，一家人吃到半夜。我老婆说今年的蟹黄比去年饱满，我觉得主要是今年雨水好。您要是喜欢吃蟹，下次我让亲戚多寄一箱给您尝尝，千万别客气。

最近股市也是一言难尽，我上个月听朋友推荐买了两只新能源的票，买完就开始跌，跌得我都不敢打开软件了。我爸倒是很淡定，他说他炒了三十年股票，唯一学到的就是别听朋友的。您平时关注这些吗？我现在决定老老实实买基金了。

我儿子这学期报了奥数竞赛，每周六上午上课，下午还要写一套卷子，题目难到我这个理工科出身的人都看不懂，什么鸡兔同笼的升级版，他倒是挺有兴趣，每次做出一道难题就跑来考我，我只能假装在思考，其实是在偷偷查答案。

对了，数据管理计划 DMP v2.0 本周五前需要您确认一下，修订说明在附件里。

上个月我开始学打高尔夫，教练说我挥杆姿势像在砍柴，练了四节课，球终于能飞出去五十米了，虽然方向基本靠运气。听说您是老球友了，哪天有空带带我，我请您吃饭。我那辆开了十年的老车最近也总是出小毛病，上周在高架上空调突然罢工，差点把我热晕，正在纠结是修还是换。4S 店的销售天天给我打电话推荐新款，说现在换车有补贴，我算了半天也没算明白到底划不划算。

上上个周末我带爸妈去了一趟杭州，住在西湖边上的一家民宿，早上沿着苏堤散步，桂花刚开完，湖面上雾蒙蒙的，跟画一样。我妈非要去灵隐寺烧香，排了一个小时的队，出来说心里踏实多了。晚上在河坊街吃了片儿川和定胜糕，我爸说还是几十年前的味道。老人家难得出一趟门，玩得特别开心，回来以后天天在家族群里发照片。

天气凉了，您多保重，有空一起喝茶。

马骁""",
    quote=None))

# ============================================================ hard negatives: backchannel-like
N.append(dict(
    expect=[], lang="zh",
    why="hard negative: constructive internal discussion of the QA manager's audit-trail worries, plan to meet her in person",
    sender=ZHOU, to=[SUN, WU], cc=[],
    subject="郑经理对审计追踪的顾虑",
    body="""老孙、小吴：

今天和澜川郑经理通了电话，她对审计追踪有三个担心：修改原因是否强制填写、系统时间从哪里来、导出报告里能不能看到旧值。她之前所在的公司在一次检查里因为审计追踪被开过缺陷项，所以格外谨慎，这完全可以理解。

我的想法是周四下午带着测试环境去她那儿当面演示，三个点逐一过，现场答不上的记下来，一周内书面回复。老孙准备一下演示数据，小吴把 Part 11 符合性对照表打印两份。

周晓岚""",
    quote=None))

N.append(dict(
    expect=[], lang="en",
    why="hard negative: internal praise of the client's medical director",
    sender=PRIYA, to=[BEN, MEI], cc=[],
    subject="Helen's SAP comments",
    body="""Ben, Mei,

Helen's review comments on the statistical analysis plan came back this morning and they're razor-sharp. She caught the censoring rule for early discontinuations that all three of us read past, and her note on the sensitivity analysis will save us a painful conversation with the DSMB later.

Let's fold her comments into v1.3 by Wednesday, and please make sure we thank her properly on Thursday's call -- she clearly spent an evening on this.

Priya""",
    quote=None))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: PM blames herself/himself (我这脑子) for a numbering error, plans to apologise in person",
    sender=DENG, to=[CHEN_LF], cc=[SUN],
    subject="OQ 脚本编号错误的情况说明",
    body="""陈总：

OQ 脚本编号错乱这件事，责任在我。提交前我只核对了内容，没核对编号，结果第 3 章和第 5 章的用例号重复，客户 QA 审阅时直接发现了。我这脑子这周确实转不过来，但这不是理由。

纠正措施：
1. 今天已重新编号，并由老孙复核；
2. 以后提交前增加编号唯一性检查清单；
3. 明天上午我去澜川当面跟郑经理说明情况并道歉。

邓凯""",
    quote=None))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: venting about a third-party VPN client, not about anyone at the client",
    sender=LIN, to=[DU], cc=[],
    subject="SAS 服务器又连不上",
    body="""阿杰：

这个破 VPN 客户端今天第三次掉线了，我真是服气，每次重连要等五分钟，动不动还要重新扫码，也不知道谁设计的。SAS 服务器连不上，今晚的 TLF 出不来了。

我明早 7 点到公司用内网跑，9 点前把表格发给冯总那边。你有空帮我给 IT 提个工单，问问客户端版本是不是该升级了。

林思远""",
    quote=None))

N.append(dict(
    expect=[], lang="en",
    why="hard negative: complains about traffic, speaks warmly of the client team",
    sender=LAURA, to=[TOM], cc=[],
    subject="made it to Client-B",
    body="""Tom,

The ring road this morning was an absolute nightmare -- ninety minutes door to door, two accidents and a lorry that had apparently decided to live in the middle lane. Whoever planned those roadworks owes me a coffee.

Anyway, I'm on site now. Mark and his team have been really welcoming: they set up a room for us, printed the IQ protocols in advance and even sorted out guest wifi before we arrived. We start the document review at 10; I'll send a short summary after lunch.

Laura""",
    quote=None))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: the client's harsh words (垃圾, 换系统) only in the quote; the PM's reply is apologetic with a plan",
    sender=ZHOU, to=[HAN], cc=[],
    subject="Re: query 关闭操作太繁琐",
    body="""韩经理您好：

非常抱歉给各中心带来这么多不便。您反映的问题我们已经复现：关闭 query 时需要逐条确认，点击次数确实偏多。

处理安排：
1. 本周五前上线批量关闭功能（已在测试环境验证），预计可减少约 70% 的操作步骤；
2. 下周二前更新 CRC 操作指引，并为 07、12 两家反馈最多的中心各安排一次 30 分钟线上培训；
3. 之后两周每天跟踪 query 处理时长，在周报里单列给您。

如方便，明天下午想和您通个电话，听听中心还有哪些具体的痛点。

周晓岚""",
    quote="""周经理，你们这个系统简直是垃圾！CRC 关一个 query 要点十几下，中心都在骂我们。再这样下去我们只能考虑换系统了。

韩蕾""",
    quote_from=HAN, quote_style="foxmail"))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: a colleague jokingly nicknamed 杠精 as praise; client mentioned only neutrally",
    sender=QIAN, to=[WU], cc=[SUN],
    subject="追溯矩阵复核",
    body="""杠精敏（夸你的，别打我）：

你又从追溯矩阵里挑出 3 条 URS 没有对应的测试用例，干得漂亮。要不是你这么较真，下周澜川 QA 审阅时肯定会被抓出来。

麻烦老孙今天把这 3 条用例补上，小吴明天上午再复核一遍，中午前我发给郑经理。

慧敏""",
    quote=None))

N.append(dict(
    expect=[], lang="mixed",
    why="hard negative: internal discussion of the client's tense mood, choosing to listen first on a call",
    sender=GRACE, to=[KEVIN, DU], cc=[],
    subject="Sofia 这周的情绪",
    body="""Kevin, 阿杰,

Sofia 这周明显比较 tense, 她们 sponsor 在 push FPI 提前两周, 她夹在中间压力很大。她昨天邮件里语气有点冲, 我觉得可以理解, 我们别在邮件里来回 argue.

明天的 call 先听她把 concerns 说完, 再 propose 分阶段 go-live: 先上 randomization 和 drug supply, reporting 模块晚两周。阿杰帮忙评估一下这个方案的工作量, 今晚给我个数。

Grace""",
    quote=None))

N.append(dict(
    expect=[], lang="zh", trad=True,
    why="hard negative: traditional Chinese internal note praising the client's medical director, who is deliberately in Cc",
    sender=CHANG, to=[CHEN_YJ], cc=[FENG_T],
    subject="馮博士的審閱意見",
    body="""怡君：

（副本給馮博士，讓他知道我們怎麼處理他的意見。）

馮博士昨天提的四點意見都很到位，特別是 SAE 一覽表應該按首次獲知日期排序，這點我們之前確實沒想到。請你這週把排序規則和欄位說明改好，週五前交給我複核，下週一正式回覆馮博士。

謝謝馮博士的細心審閱。

育誠""",
    quote=None))

N.append(dict(
    expect=[], lang="en",
    why="hard negative: colleague's complaint about the client (he's impossible) only in the quote; PM answers constructively",
    sender=PRIYA, to=[MEI], cc=[],
    subject="Re: OQ evidence rejected again",
    body="""Mei,

I hear you, it's been a frustrating week. I went through Raj's five comments, though, and two of them are fair: the screenshots for OQ-031 and OQ-044 don't show the timestamp, and that's exactly what an inspector would ask for. The other three look like preference, and I'll take those up with him directly.

Plan: you redo the two screenshots tomorrow; I'll set up a 30-minute call with Raj on Thursday to walk through the rest. If we still disagree after that, we settle it face to face rather than in comment bubbles.

Thanks for sticking with it.
Priya""",
    quote="""Priya, Raj rejected our OQ test evidence AGAIN. He's impossible. Five comments, most of them about screenshot resolution. I'm done with this guy.

Mei""",
    quote_from=MEI))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: internal mail takes the client's blunt criticism (quoted) seriously and admits the error",
    sender=ZHOU, to=[SUN, WU], cc=[CHEN_LF],
    subject="Fw: 验证文档质量问题",
    body="""老孙、小吴、陈总：

转一下郑经理今天的反馈（见下）。话说得不客气，但她说得对：VSR 第 6 页确实残留了上个项目的系统名称，这是我们的问题。

今天下班前请老孙把全部验证文档做一遍名称和编号检索，小吴做二次复核。明天上午我给郑经理打电话当面道歉，并说明纠正措施和文档复核清单。

周晓岚""",
    quote="""周经理，坦白说，你们交的验证文档看起来像是从别的项目复制粘贴的，里面还有别家公司的系统名。我们很失望。

郑淑敏""",
    quote_from=ZHENG))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: banter praising a colleague (服了, 666 sincerely), nothing about the client",
    sender=DENG, to=[DU], cc=[LIN],
    subject="200 条 edit check",
    body="""阿杰：

服了你了，一晚上把 200 条 edit check 全跑完，还顺手修了 3 个跨表单逻辑。666，这次是真心的。

冯总那边下午要看测试结果，我先把汇总表整理好发他。今晚奶茶我请。

邓凯""",
    quote=None))

N.append(dict(
    expect=[], lang="mixed",
    why="hard negative: internal note says the client QA manager's frustration is justified; apology and recovery plan",
    sender=KEVIN, to=[CHEN_LF], cc=[],
    subject="Mark 的 escalation",
    body="""陈总,

Mark 这次的 frustration 完全 understandable: 我们答应上周五交 data migration report, 结果 slip 了三天, 也没提前通知他, 这是我们的问题。

我起草了一封道歉邮件和 recovery plan (附件), 核心是: report 周三中午前交, 之后每两天给他一次 status update. 您看一下有没有要改的, 今晚我发出去。

Kevin""",
    quote=None))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: vents about a flight delay (无语 at the airline), praises the client-side director",
    sender=LIN, to=[ZHOU], cc=[],
    subject="终于到了",
    body="""晓岚姐：

航班延误了四个小时，机场广播一会儿说流量控制一会儿说天气原因，最后在廊桥上又坐了四十分钟，航空公司这操作我是真的无语。

不过到了 C 行这边一切顺利，鲁主任特意留到晚上八点等我们，还让同事把明天现场测试要用的体检设备都提前开好了，非常用心。明天 9 点开始接口联调，结束后我把结果发你。

思远""",
    quote=None))

# ============================================================ hard negatives: refusal-like
N.append(dict(
    expect=[], lang="zh",
    why="hard negative: 公文-style '暂不纳入本期' with CR number, review date, reply date and interim workaround",
    sender=QIAN, to=[ZHENG], cc=[BAI],
    subject="关于“偏差模块增加供应商评分”需求的答复",
    body="""郑经理：

贵方 11 月 6 日提出的“偏差管理模块增加供应商评分功能”需求已收悉。

经项目组初步评估，该需求涉及新增数据模型及报表，暂不纳入本期上线范围。我方已将其登记为变更申请 CR-2026-041，计划在 11 月 24 日变更评审会上评估工作量、验证影响及排期，评审结论于 11 月 26 日前书面回复贵方。

在此之前，可先通过现有“偏差导出”功能按供应商字段筛选，作为临时统计手段；如有需要，我方可协助配置一份筛选模板。

特此回复。

钱慧敏""",
    quote=None))

N.append(dict(
    expect=[], lang="en",
    why="hard negative: 'a no' for the date, followed by two concrete alternatives and a call; client chooses",
    sender=TOM, to=[SOFIA], cc=[],
    subject="Re: Forecasting module in the December release?",
    body="""Hi Sofia,

Honest answer: the full forecasting module by 1 December is a no from me -- it needs its own OQ cycle, and I won't compress that by cutting corners on validation.

What we can do:
1. 1 December: a read-only forecasting report built on the existing supply data, validated as a minor change.
2. 19 January: the full module, including automatic resupply triggers.

If the sponsor needs something else for December, let's get on a call on Tuesday and look at it together. Which of these works better for you?

Tom""",
    quote="""Tom,

Can the full drug-supply forecasting module make the 1 December release? Our sponsor is asking.

Sofia""",
    quote_from=SOFIA))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: request beyond the PM's authority, handed to the delivery director with a reply date",
    sender=DENG, to=[FENG], cc=[CHEN_LF],
    subject="Re: SDV 报表定制",
    body="""冯总您好：

理解这个报表对贵方的重要性。是否作为免费变更处理，超出了我的审批权限，我没法当场答应您，也不想随便回绝。

我已经把您的需求和背景整理好，转给了我们的交付总监陈立峰，他周三下午之前会直接给您回电话；同时我这边先把定制工作量估出来，方便他做决定。

邓凯""",
    quote="""邓经理，能否免费增加一轮 SDV 报表的定制？这个对我们很重要。

冯振华""",
    quote_from=FENG))

N.append(dict(
    expect=[], lang="en",
    why="hard negative: 'I'm not saying no' with sizing by named people and an answer by Thursday noon",
    sender=LAURA, to=[HELEN], cc=[BEN],
    subject="Re: three new lab panels mid-study",
    body="""Hi Helen,

I'm not saying no -- I just don't want to give you a yes I can't stand behind. Adding panels mid-study touches the edit checks, the lab normal ranges and the data transfer specification, so I want Ben and Mei to size it properly first.

You'll have an answer with effort and dates by Thursday noon Boston time. If all three panels can't make it before the interim, I'll tell you which ones can.

Best,
Laura""",
    quote="""Laura,

We'd like to add three new lab panels to the eCRF mid-study. Is that doable before the next interim analysis?

Helen""",
    quote_from=HELEN))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: '不是做不了' with a two-step plan, dates and a change request",
    sender=LIN, to=[XIE], cc=[],
    subject="关于自动生成 Define.xml 的需求",
    body="""谢经理您好：

先说结论：这个需求不是做不了，而是分两步走更稳妥。

1. 第一步（12 月 15 日前）：从 EDC 元数据导出 Define.xml 草稿，人工复核后使用；
2. 第二步（1 月底）：接入 SDTM 映射后自动生成，并纳入验证范围。

第一步不涉及系统变更，可以马上开始；第二步需要走变更流程，我本周五前把变更申请和影响评估发您确认。

您看这个节奏可以吗？

林思远""",
    quote=None))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: 拒绝连接 / Connection refused and 不行 as technical terms, with a fallback plan",
    sender=DENG, to=[BAI], cc=[],
    subject="LIMS 接口联调问题排查结果",
    body="""白总您好：

今天上午 LIMS 接口联调失败的原因查到了：我方服务器日志显示 Connection refused（拒绝连接），对应的是贵方防火墙 8443 端口没有对我方出口 IP 开放。

建议：
1. 请贵方网络组在防火墙上为 10.20.3.15 开放 8443 入站；
2. 开放后我们立即重试。如果重试还是不行，就改走备用的 SFTP 文件交换方案，今天下午已经准备好。

辛苦协调，谢谢！

邓凯""",
    quote=None))

N.append(dict(
    expect=[], lang="en",
    why="hard negative: 'no, we won't be charging' -- a no in another sense, good news for the client",
    sender=DANIEL, to=[MARK], cc=[],
    subject="Re: export fix -- change request?",
    body="""Hi Mark,

Short answer: no, we won't be charging for this fix. The export defect was in our code, so it's covered under warranty and no change request is needed on your side.

The patch passed regression testing yesterday. We'll deploy it in Saturday's maintenance window and send the deployment record to your QA inbox on Monday.

Daniel""",
    quote="""Daniel,

The export fix -- will this be billed as a change request? Budget is tight this quarter.

Mark""",
    quote_from=MARK))

N.append(dict(
    expect=[], lang="zh", trad=True,
    why="hard negative: traditional Chinese 'can't make this release' with CR number, review date and an interim manual report",
    sender=CHANG, to=[LIN_YT], cc=[],
    subject="關於客訴趨勢報表需求",
    body="""林經理您好：

您提出的「客訴趨勢報表依產品批號分析」需求，這次 12 月的版本來不及加入，主要是批號欄位需要回溯清理兩年的歷史資料。

我們已經建立變更單 CR-TW-0087，12 月 3 日的評估會議上會確認工作量與驗證影響，12 月 5 日前書面回覆您。在那之前，如果您需要準備管理審查，我可以先用現有資料手動整理一份依批號的彙總表給您，大約兩個工作天。

張育誠""",
    quote=None))

N.append(dict(
    expect=[], lang="mixed",
    why="hard negative: can't include this release, but two concrete options and the client chooses",
    sender=GRACE, to=[KANG], cc=[],
    subject="Re: UDI 自动校验",
    body="""康宁,

这个 request 这次 release 确实 can't include, 主要是 UDI 校验要对接 GUDID 和 NMPA 的数据库, validation 还没做完。

给你两个 option:
A. 1 月 release 正式上线, 完整 validation;
B. 这次先提供一个 SAS 校验脚本作为 interim workaround, 每周跑一次, 结果发你们 RA.

你们倾向哪个? 周四前告诉我就行, 两个我们都能支持。

Grace""",
    quote="""Grace, 能否在这个 release 加上 UDI 自动校验? 我们 regulatory 很关注。

康宁""",
    quote_from=KANG))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: client's anger (到底行不行, 换供应商) only in the quote; PM apologises with root cause and dates",
    sender=ZHOU, to=[FENG], cc=[CHEN_LF],
    subject="Re: DSMB 数据包延误",
    body="""冯总您好：

DSMB 数据包延误是我们的责任，向您致歉。

原因是上周五外部中心实验室的数据传输格式变更，我们的导入程序没有及时适配。目前进展：
1. 导入程序今天上午已修复并完成验证；
2. 数据包明天中午 12 点前交付；
3. 今后外部数据格式变更，我们会在 48 小时内评估影响并主动通知贵方。

明天交付后，想约您 20 分钟当面汇报根因和预防措施，您看是否方便？

周晓岚""",
    quote="""周经理，DSMB 数据包又晚了！你们到底行不行？不行我们就换供应商。

冯振华""",
    quote_from=FENG, quote_style="gt_zh"))

N.append(dict(
    expect=[], lang="en",
    why="hard negative: policy 'doesn't allow' source code, but three concrete alternatives and a proposed audit week",
    sender=PRIYA, to=[RAJ], cc=[],
    subject="Re: EDC source code for supplier qualification",
    body="""Hi Raj,

Thanks for the request. Our policy doesn't allow us to release source code to clients, but I understand what your supplier qualification needs to show, and we can cover it another way:

- an on-site or remote vendor audit of our SDLC, including code review records and unit-test evidence;
- our SDLC summary and the latest independent audit report, shared under NDA;
- a source-code escrow arrangement, if your QA needs continuity assurance.

Would the week of 16 November work for the audit? I'll send the NDA today.

Priya""",
    quote="""Priya,

For our supplier qualification we'd like a copy of the EDC source code. Can you send it?

Raj""",
    quote_from=RAJ))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: firm GxP 'we cannot edit production directly' with a same-day signed path and a second option",
    sender=QIAN, to=[HAN], cc=[],
    subject="Re: 中心 05 访视日期批量更正",
    body="""韩经理您好：

理解今天要得急。不过没有签批的数据更正申请，我们不能直接在后台修改生产库，这是 GxP 和审计追踪的要求，否则这批数据在检查时会有风险。

我这边可以这样配合：
1. 现在就把数据更正申请模板发您，只需中心 PI 和贵方数据经理签字；
2. 签好发回后，我们今晚 8 点执行批量更正，并附执行记录；
3. 如果来不及签批，也可以让中心 CRC 在前台逐条修改，我们远程陪同指导。

您看哪种方式合适？

钱慧敏""",
    quote="""钱经理，中心 05 有一批访视日期录错了，能不能直接在后台数据库帮我们批量改掉？今天就要。

韩蕾""",
    quote_from=HAN))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: 唯一索引 and 理论上不可能重复 as technical facts, with an optional integrity report",
    sender=LIN, to=[FENG], cc=[],
    subject="关于随机号是否可能重复",
    body="""冯总您好：

关于您昨天问的“会不会有两个受试者拿到同一个随机号”，我们查了设计和日志，结论如下：

1. 随机号表在数据库层面设置了唯一索引，同一随机号如果被分配两次，写入会直接失败，所以理论上不可能重复；
2. 我们也回查了本研究迄今 428 次随机化操作，没有发现重复记录；
3. 如果需要书面证据，我们可以出一份随机化完整性核查报告，供贵方 QA 存档。

需要的话告诉我，三个工作日内提供。

林思远""",
    quote=None))

N.append(dict(
    expect=[], lang="en",
    why="hard negative: steering-call minutes defer a request with a CR number, an estimate date and an interim workaround",
    sender=LAURA, to=[SOFIA, HELEN], cc=[BEN],
    subject="Minutes -- NB-311 steering call, 10 Nov",
    body="""Hi all,

Minutes from today's steering call:

1. Cohort 3 opening: confirmed for 24 November. Site activation packs go out this Friday.
2. eTMF completeness: 94% against the TMF plan. Sofia's team will chase the four sites with missing CVs.
3. Request for a patient-reimbursement module: not in the current scope. Logged as CR-311-012; Ben will bring an effort estimate to the 24 November call, and we'll decide together whether it goes into the Q1 release. Until then, sites keep using the paper reimbursement log.
4. Safety listings: Helen asked for grouping by MedDRA SOC -- agreed, from the next weekly listing.

Next call: 24 November, 15:00 CET.

Laura""",
    quote=None))

# ============================================================ hard negatives: other types
N.append(dict(
    expect=[], lang="zh",
    why="hard negative: long (~700 chars) focused root-cause analysis of an EDC outage",
    sender=ZHOU, to=[ZHENG, BAI], cc=[CHEN_LF],
    subject="EDC 11 月 9 日服务中断根因分析报告",
    body="""郑经理、白总：

现将 11 月 9 日 EDC 生产环境服务中断的根因分析和纠正预防措施汇报如下，正式报告（编号 INC-2026-017）已上传至文档中心，供贵方 QA 审阅。

一、事件概况
11 月 9 日 09:42 至 10:31，EDC 生产环境无法登录，持续 49 分钟。期间共有 6 家中心、14 名用户受影响，未发生数据丢失或数据损坏，审计追踪完整。

二、根因
1. 直接原因：应用服务器的数据库连接池耗尽，新请求全部排队超时。
2. 根本原因：11 月 8 日晚上线的报表补丁中，一个定时统计任务在异常分支没有释放数据库连接。该任务每五分钟执行一次，连接被逐步占满，次日上午访问高峰时触发中断。
3. 促成因素：该补丁的回归测试在测试环境执行，测试环境连接池上限是生产的四倍，问题没有暴露；同时我们的监控只报“服务不可用”，没有对连接池使用率设置预警。

三、已采取的纠正措施
1. 10:20 重启应用服务，10:31 服务恢复；
2. 当天 15:00 回滚该定时任务，并修复连接释放逻辑，修复版本已在测试环境完成验证；
3. 已逐一核对受影响时段内的提交记录，确认无半截保存的数据。

四、预防措施
1. 测试环境连接池参数与生产保持一致，11 月 15 日前完成；
2. 新增连接池使用率 70% 预警，已于 11 月 10 日上线；
3. 代码评审清单增加“资源释放检查”一项，并对开发团队做一次专项培训；
4. 本事件按我方 SOP 记录为偏差 DEV-2026-052，CAPA 编号 CAPA-2026-023。

五、对数据完整性和合规的影响评估
中断期间系统处于不可访问状态，没有任何写入操作成功提交，因此不存在数据被部分保存或覆盖的情况；审计追踪记录连续，时间戳与服务器时钟一致。受影响的访视录入均在当天下午补录，且补录时间在方案规定的录入时限之内，不构成方案偏离。我们评估本事件不需要向伦理委员会或监管部门报告，最终结论以贵方 QA 审阅意见为准。

六、需贵方协助
请贵方 QA 在 11 月 20 日前审阅上述报告并反馈意见；如需对受影响的 6 家中心做书面通知，我们可以提供通知模板。

如有疑问，欢迎随时联系，也可以安排一次线上会议逐条说明。

周晓岚""",
    quote=None))

N.append(dict(
    expect=[], lang="en",
    why="hard negative: long (~430 words) but focused UAT plan for a CTMS release",
    sender=DANIEL, to=[MARK, RAJ], cc=[SOFIA],
    subject="CTMS 3.2 -- UAT plan for your review",
    body="""Hi Mark, Raj,

Please find below the proposed UAT plan for CTMS release 3.2. The formal document (UAT-PLAN-032, v0.9) is in the shared validation folder; this mail summarises it so you can comment before Thursday.

1. Scope
UAT covers the four changes in this release: the site-activation tracker, the monitoring-visit report with built-in e-signature, the enrolment-funnel report and the revised investigator-payment export. Regression of unchanged modules is covered by our OQ and is out of UAT scope, except for a short smoke test of login, role permissions and audit trail.

2. Environment
UAT runs in the validation environment, which has been qualified (IQ-032 signed on 6 November). It contains an anonymised copy of the NB-311 study build, refreshed on 12 November. No production data is used.

3. Roles
Your team: three business testers nominated by Sofia, one QA reviewer (Mark), and Raj as CSV owner. Our team: one test coordinator (Mei) to support testers and log defects, and me as the escalation point. Testers need UAT accounts; please send the names by Monday and we will issue credentials the same day.

4. Scripts
There are 38 test scripts, each traceable to a user requirement in the traceability matrix (TM-032). Testers record actual results and attach screenshots showing the timestamp and user ID. Scripts are executed in the eQMS so that signatures and dates are captured electronically.

5. Schedule
- 17 November: kick-off and tester training (one hour, remote)
- 18 to 26 November: execution
- 27 November: defect triage meeting
- 1 December: UAT summary report for QA approval

6. Defects and acceptance
Defects are classified as critical, major or minor. Acceptance requires zero open critical defects and no open major defect without an agreed workaround and fix date. Minor defects can be carried into 3.2.1 if your QA agrees and they are listed in the summary report.

7. What we need from you
- tester names by Monday 16 November;
- comments on the plan by Thursday 12 November;
- confirmation that Mark will sign the summary report, or the name of a delegate.

8. Training and communication
Before execution starts, every tester completes the one-hour training and signs the training record, which we file with the UAT evidence. During execution, Mei sends a short daily status at 17:00 CET with scripts executed, passed and failed, and any blocking defects. Questions about expected results go to Mei first; anything that touches requirements or acceptance criteria comes to me and Raj together, so that we agree on it before testers continue.

Happy to walk through the plan on a call if that is easier -- just propose a slot.

Best regards,
Daniel""",
    quote=None))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: long (~650 chars) on-topic weekly report to the client",
    sender=QIAN, to=[HAN, FENG], cc=[DENG],
    subject="【周报】CTMS 二期 第 47 周",
    body="""韩经理、冯总：

CTMS 二期第 47 周（11 月 16 日—11 月 20 日）项目周报如下。

一、总体状态：绿色。里程碑“原型评审”按计划完成，无新增高风险。

二、本周完成
1. 中心启动跟踪看板原型已于 11 月 18 日评审通过，韩经理提出的三条意见（增加伦理批件到期提醒、按省份筛选、导出 PDF）已全部纳入设计；
2. 监查访视报告电子签名完成开发，内部测试通过 42 个用例中的 40 个，剩余 2 个为签名意义文字显示问题，预计下周一修复；
3. 招募漏斗报表的指标口径已与韩经理确认，共 6 个指标，口径说明见附件 v1.1；
4. 需求追溯矩阵更新至 v0.8，覆盖率 96%。

三、下周计划
1. 完成看板开发并提交内部测试；
2. 启动 OQ 脚本编写，预计 11 月 27 日提交贵方 QA 审阅，脚本将按需求追溯矩阵逐条覆盖，并单独列出电子签名相关的 Part 11 测试用例；
3. 11 月 26 日 14:00 召开双周需求沟通会，议题为报表权限设计。

四、质量指标
本周内部测试共发现缺陷 11 个，其中严重 0 个、一般 4 个、轻微 7 个，已关闭 9 个；代码评审覆盖率百分之百；需求变更 1 项，已按变更流程登记。

五、风险与问题
1. 贵方财务部门的研究者费数据字典尚未提供，可能影响 12 月第二周的付款报表开发。建议 11 月 25 日前提供；如有困难，我们可以先按历史格式开发，后续再调整；
2. 测试环境将于 11 月 22 日晚进行例行补丁，届时约有 1 小时不可用；
3. 原型评审中提出的“按研究者汇总监查发现”需求，经评估可在现有报表框架内实现，不影响二期排期，已记入需求清单 REQ-208。

六、需要贵方确认的事项
1. OQ 审阅人名单（建议 2 人，其中一位来自 QA，一位来自临床运营，便于同时从合规和业务角度把关）；
2. 12 月 15 日 UAT 启动日期。

如有问题请随时联系我。

钱慧敏""",
    quote=None))

N.append(dict(
    expect=[], lang="mixed",
    why="hard negative: medium-long mixed cut-over plan that stays on its subject",
    sender=KEVIN, to=[BAI, ZHENG], cc=[DU],
    subject="eTMF 数据迁移 cut-over plan",
    body="""白总, 郑经理,

下面是 eTMF 从旧系统迁移的 cut-over plan, 详细版本见 MIG-PLAN v1.2.

1. Freeze: 11 月 27 日 (周五) 18:00 起旧系统只读, 各中心停止上传文档。
2. Extract & load: 27 日晚至 28 日, 共约 41,000 份文档及 metadata 迁移到新 eTMF, 预计 14 小时。
3. Verification: 29 日上午, 我们按 100% 文档数量核对 + 5% 抽样内容核对 (checksum 比对), 结果记录在 MIG-VR-001.
4. QA review: 29 日下午请郑经理团队审阅 verification report 并签字。
5. Go-live: 30 日 (周一) 08:00 新系统开放, 旧系统保留只读 90 天。

Rollback: 如果 verification 发现数量差异超过 0.1% 或任何 checksum 不一致且 29 日 12:00 前无法修复, 我们回退到旧系统, 30 日照常使用旧系统, 另行约定新的 cut-over 日期。

需要贵方配合: 白总这边 27 日晚安排一位网络同事 on call; 郑经理确认 29 日下午审阅人。

有问题随时找我。

Kevin""",
    quote=None))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: firm but polite facts about the contract's acceptance clause, with an offer to help",
    sender=ZHOU, to=[ZHENG], cc=[],
    subject="Re: 验收款安排",
    body="""郑经理您好：

理解贵方需要时间完成审阅。向您同步一下目前的情况，便于内部安排：

根据合同第 7.3 条，验收以 PQ 报告签批为准。PQ 报告已于 10 月 28 日提交，目前还差贵方 QA 和业务负责人两处签字；贵方 11 月 5 日提出的 4 条意见，我们已于 11 月 9 日全部回复并更新到 v1.1。

如果还有未看完的部分，我们可以本周安排一次一小时的走读会议，逐节说明，帮助贵方尽快完成审阅。您看周四或周五哪天方便？

周晓岚""",
    quote="""周经理，验收款的事我们还要再等等，PQ 还有些问题没看完。

郑淑敏""",
    quote_from=ZHENG))

N.append(dict(
    expect=[], lang="en",
    why="hard negative: 'As I said on Monday's call' used as follow-through on a promise, not a reproach",
    sender=TOM, to=[RAJ], cc=[],
    subject="Re: hosting region for the validation environment",
    body="""Hi Raj,

As I said on Monday's call, I'd confirm the hosting region by today: it's Frankfurt (EU Central), same as production. Data stays in the EU for both environments, and the backup site is in Dublin.

The updated infrastructure qualification summary with this detail is attached. Let me know if your DPO needs anything else for the data-transfer assessment.

Tom""",
    quote="""Tom,

Any update on the hosting region for the validation environment? Our DPO is asking.

Raj""",
    quote_from=RAJ))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: recommendation based on our experience, decision explicitly left to the client",
    sender=LIN, to=[XIE], cc=[FENG],
    subject="两种 eCOA 方案的对比",
    body="""谢经理您好：

关于患者报告结局（eCOA）的两种实施方式，对比如下：

方案 A：受试者自带手机（BYOD），上线快、成本低，但不同机型的显示差异需要额外做等效性说明；
方案 B：统一发放预配置设备，显示一致、便于验证，但设备采购和物流要多约六周。

按我们的经验，量表较多、对显示一致性要求高的研究更适合方案 B；如果贵方更看重启动时间，方案 A 也完全可行，我们两种都支持。最终由贵方决定，如需要，我们可以约冯总一起过一遍。

林思远""",
    quote=None))

N.append(dict(
    expect=[], lang="mixed",
    why="hard negative: 'you must restart' and 必须 as technical instructions in a patch guide",
    sender=GRACE, to=[BAI], cc=[DU],
    subject="补丁 v2.3.1 安装说明",
    body="""白总,

v2.3.1 补丁的安装步骤如下, 请贵方 IT 按顺序执行:

1. 安装前必须先做数据库 snapshot, 并确认 backup job 状态为 success;
2. 运行 install_patch.sh, 大约 10 分钟;
3. After the script finishes, you must restart the edc-app service (systemctl restart edc-app), 否则新的 audit trail 配置不会生效;
4. 重启后登录管理后台, 在 "System Info" 确认版本号为 2.3.1.

安装记录请填在 IQ-Patch-231 表格里, 我们周一收回归档。如果执行中遇到任何问题, 阿杰全天 on call.

Grace""",
    quote=None))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: polite training notice; risky phrases only in the signature motto and disclaimer",
    sender=MA, to=[HAN], cc=[],
    subject="中心 CRC 培训安排",
    body="""韩经理您好：

下周的 CRC 系统培训安排如下，请帮忙转发给各中心：

- 11 月 24 日（周二）14:00–15:30：新入组中心（中心 15–18），内容为 EDC 基础操作和 query 处理；
- 11 月 26 日（周四）10:00–11:00：全部中心，内容为本次升级的新功能。

会议链接和培训材料周一上午发出，培训结束后会有 10 道题的小测，通过后开通生产账号。如有中心时间冲突，告诉我，我们单独补一场。

谢谢！

-- 
马骁 | 项目经理 | 临床数据系统交付部
座右铭：没有做不成的项目，只有不肯放弃的人。绝不说“不可能”。
本邮件及附件仅供指定收件人使用。如您误收本邮件，请立即删除，不得转发、复制或披露。""",
    quote=None))

N.append(dict(
    expect=[], lang="mixed",
    why="hard negative: '并不是你们的问题' -- the PM takes the blame for a failed E2B transmission",
    sender=KEVIN, to=[KANG], cc=[],
    subject="E2B 传输失败 - 我们这边的问题",
    body="""康宁,

昨晚 3 份 ICSR 的 E2B R3 传输失败, 并不是你们的问题, 是我们 gateway 的证书过期了, my bad, 没有提前 renew.

现状: 证书今早 9 点已更新, 3 份报告 10:15 重新提交, 已收到 ACK, 都在 15 天时限之内。我们也加了证书到期前 30 天的自动提醒。偏差单 DEV-2026-061 今天下午发你们 QA 审阅。

抱歉给你们添了麻烦。

Kevin""",
    quote=None))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: '几乎不可能的任务' used as praise for the client's team",
    sender=ZHOU, to=[FENG, HAN], cc=[],
    subject="感谢：末例受试者末次访视如期完成",
    body="""冯总、韩经理：

昨天收到消息，最后一例受试者的末次访视已按计划完成。说实话，两个月前看到那份入组进度表，我一度觉得按期完成 LPLV 几乎是不可能的任务，是贵方临床团队和各中心一起把它做成了。

接下来的数据清理和锁库，我们会全力配合：下周一提交清理计划，每周三同步未关闭 query 的情况。

再次感谢！

周晓岚""",
    quote=None))

N.append(dict(
    expect=[], lang="zh",
    why="hard negative: client's slang (又双叒叕, 呵呵, 无语) only in the quote; 按我们的理解 / 相信我们的团队 with the choice left to the client",
    sender=DENG, to=[ZHENG], cc=[SUN],
    subject="Re: OQ 执行时间",
    body="""郑经理您好：

OQ 又一次延期，给您添麻烦了，这是我们计划没做好。

按我们的理解，本周剩下的 26 个用例需要贵方见证的有 8 个，其余可以由我方执行、贵方事后审阅。两种安排供您选择：
1. 周四、周五两天集中执行，贵方见证人全天在场，周五 18:00 前全部完成；
2. 先执行不需见证的 18 个，8 个见证用例放到下周一上午。

相信我们的团队这次能按时完成，老孙会每天下班前给您发一次执行进度。您看哪种更合适？

邓凯""",
    quote="""邓经理，OQ 又双叒叕延期？呵呵，我已经无语了。这周到底能不能执行完？

郑淑敏""",
    quote_from=ZHENG))

CASES = P + N
random.Random(3737).shuffle(CASES)
