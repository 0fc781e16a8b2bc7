# heldout22: training set of PM email drafts, written by an independent helper.
# Domain: manufacturing (MES, ERP, PLM, factory IoT), automotive suppliers in mainland China,
# plus a German and a Japanese client (client-b) writing in English.
# All text is synthetic and written for this set. Case order is shuffled with seed 2222.
import random

# --- ourteam (PMs and colleagues) ---
CHEN = "陈思远 <chen.siyuan@ourteam.example.com>"        # senior MES PM, vendor
LIUC = "刘畅 <liu.chang@ourteam.example.com>"            # junior MES PM
ZHOUY = "周颖 <zhou.ying@ourteam.example.com>"           # delivery director
HANL = "韩磊 <han.lei@ourteam.example.com>"              # ERP integrator PM
SUNJ = "孙婧 <sun.jing@ourteam.example.com>"             # PLM PM
SONG = "宋佳 <song.jia@ourteam.example.com>"             # junior PLM consultant
GUO = "郭振华 <guo.zhenhua@ourteam.example.com>"         # factory IoT PM
DU = "杜鹏 <du.peng@ourteam.example.com>"                # gruff IoT/APS PM
WUH = "吴昊 <wu.hao@ourteam.example.com>"                # ERP PM, often irritated
XUZ = "许哲 <xu.zhe@ourteam.example.com>"                # chatty vendor PM
DENG = "邓晓峰 <deng.xiaofeng@ourteam.example.com>"      # PMO head
HUANG = "黄一帆 <huang.yifan@ourteam.example.com>"       # account manager
HUANG_T = "黃一帆 <huang.yifan@ourteam.example.com>"
LIN = "林嘉欣 <lin.jiaxin@ourteam.example.com>"          # PM who writes traditional Chinese
MAX = "马骁 <ma.xiao@ourteam.example.com>"               # engineer
HEJ = "何俊 <he.jun@ourteam.example.com>"                # dev lead
WUQ = "吴倩 <wu.qian@ourteam.example.com>"               # QA lead
DANIEL = "Daniel Xu <daniel.xu@ourteam.example.com>"     # integrator PM for client-b
GRACE = "Grace Zhang <grace.zhang@ourteam.example.com>"  # vendor product PM
KEVIN = "Kevin Li <kevin.li@ourteam.example.com>"        # vendor PM, Japanese plant
MICHAEL = "Michael Wang <michael.wang@ourteam.example.com>"  # head of delivery
ETHAN = "Ethan Zhou <ethan.zhou@ourteam.example.com>"    # in-house style tech PM
OLIVER = "Oliver Chen <oliver.chen@ourteam.example.com>" # chatty account PM
AMY = "Amy Lu <amy.lu@ourteam.example.com>"              # junior PM

# --- client-a: Chinese automotive parts supplier ---
WANG = "王建国 <wang.jianguo@client-a.example.cn>"      # VP production
ZHAO = "赵敏 <zhao.min@client-a.example.cn>"            # IT manager
ZHAO_T = "趙敏 <zhao.min@client-a.example.cn>"
QIAN = "钱立 <qian.li@client-a.example.cn>"             # head of quality
SUNH = "孙海涛 <sun.haitao@client-a.example.cn>"        # workshop director
JIANG = "蒋文 <jiang.wen@client-a.example.cn>"          # purchasing
FENG = "冯晓雪 <feng.xiaoxue@client-a.example.cn>"      # finance key user
FENG_T = "馮曉雪 <feng.xiaoxue@client-a.example.cn>"
LUO = "罗鹏 <luo.peng@client-a.example.cn>"             # engineering

# --- client-b: global tier-1 (German HQ staff, Japanese plant staff, local coordinator) ---
KLAUS = "Klaus Hartmann <klaus.hartmann@client-b.example.com>"
VOGT = "Sabine Vogt <sabine.vogt@client-b.example.com>"
BRANDT = "Markus Brandt <markus.brandt@client-b.example.com>"
TANAKA = "Kenji Tanaka <kenji.tanaka@client-b.example.com>"
MORI = "Yuki Morimoto <yuki.morimoto@client-b.example.com>"
LINA = "李娜 <li.na@client-b.example.com>"

# --- bank-c: supply-chain finance ---
ZHENG = "郑伟 <zheng.wei@bank-c.example.cn>"


CASES = []


def add(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    CASES.append(kw)


# =====================================================================
# POSITIVES: refusal (14 single + 2 double)
# =====================================================================

add(expect=["refusal"], lang="zh",
    why="flat 'we won't do it' as item 4 of an otherwise friendly weekly status mail, no buffer",
    sender=CHEN, to=[WANG], cc=[ZHAO, LIUC],
    subject="MES二期第14周进展",
    body="""王总、赵经理好：

这周总体顺利，简单同步几件事：

1. 冲压车间三条线的设备数据已全部接入，OEE看板周三起在车间大屏试运行，大家反馈字体偏小，下周一前调大。
2. 焊装线的质量检验模板已按钱部长的意见改完，新增了焊点外观和扭矩两个检验项，明天发给质量部确认。
3. 上周五夜班的报工延迟查清了，是交换机端口协商成了半双工，已经和贵司网络组一起改好，这周没再出现。
4. 报工界面扫码后自动带出上道工序的事，我们不做。
5. 培训：班组长培训排在下周二、周四下午，地点还是二楼培训室，每场大约两小时。
6. 下周计划：涂装线设备联调，条码打印机驱动统一升级。

另外食堂新开的牛肉面确实不错，上次赵经理推荐的，我们驻场的几个人已经连吃一周了，哈哈。

有问题随时找我。

陈思远
MES项目经理 | 138-0000-1234""")

add(expect=["refusal"], lang="en",
    why="curt two-line reply to the German IT director: integration 'not something we offer', no buffer or alternative",
    sender=DANIEL, to=[KLAUS],
    subject="Re: Write-back of inspection results to SAP QM",
    body="""Klaus,

The MES will not be writing inspection results back into SAP QM. That integration is not something we offer.

Daniel""",
    quote="""Daniel,

for the Taicang plant we need the inspection lots closed automatically in SAP QM when the MES records the final result. Today our quality engineers do this by hand, about 200 lots per day. This is not acceptable for us in the long term. Please confirm that you will implement it in the current phase.

Best regards
Klaus Hartmann
IT Director Manufacturing Systems""",
    quote_from=KLAUS, quote_style="gt")

add(expect=["refusal"], lang="zh",
    why="bureaucratic 公文 reply letter: request is outside contract, '不作安排。此复。', no buffer",
    sender=HANL, to=[JIANG],
    subject="关于贵司《增加PLM图纸自动加盖受控水印的函》的复函",
    body="""蒋文经理：

贵司4月8日来函收悉。

函中所提"PLM下发图纸时自动加盖受控章及水印"一事，经我司内部研究，该事项超出双方合同约定的交付边界，我司不作安排。

此复。

PLM实施项目组
2024年4月11日""")

add(expect=["refusal"], lang="zh", trad=True,
    why="traditional Chinese; refusal phrased as company policy with 'no exceptions', nothing offered",
    sender=LIN, to=[ZHAO_T],
    subject="回覆：品質月報客製欄位",
    body="""趙經理您好：

關於在品質月報裡加上「客訴責任部門」與「供應商批次」兩個客製欄位的需求，跟您說明一下：我們的標準產品不提供客製化報表，這是公司政策，所有客戶都一樣，沒有例外。

其他問題再跟我說。

嘉欣""")

add(expect=["refusal"], lang="mixed",
    why="meeting minutes; item 3 records the client's request as '结论是不做' and deletes it from backlog, no buffer",
    sender=LIUC, to=[ZHAO, SUNH], cc=[CHEN],
    subject="Meeting minutes - 5/16 周例会",
    body="""各位好，今天例会的 minutes 如下：

【参会】赵敏、孙海涛、陈思远、刘畅

1. Line 4 注塑机数据采集：PLC 已经 online，明天开始 7x24 采集，owner 刘畅。
2. 物料追溯标签：label template v3 客户已确认，下周一切换，owner 孙海涛。
3. Andon 看板推送企业微信：结论是不做，这一项从 backlog 里删掉。
4. UAT 缺陷：open 9 个，其中 P1 2 个，周五前关闭，owner 陈思远。
5. 下次例会：5/23 周四 14:00，同一会议室。

如有遗漏请 reply 补充。

Thanks,
刘畅""")

add(expect=["refusal"], lang="en",
    why="refusal stated as product fact to the Japanese plant manager: 'not supported... will stay that way'",
    sender=GRACE, to=[TANAKA],
    subject="Re: OEE formula alignment with Japan plants",
    body="""Dear Tanaka-san,

Thank you for the detailed explanation of how your plants in Japan calculate OEE.

Our OEE module uses one calculation: availability x performance x quality, with planned downtime excluded. Custom formulas are not supported; that is how the product is designed, and it will stay that way.

Kind regards,
Grace Zhang
Product Manager, Smart Factory MES""",
    quote="""Dear Ms. Zhang,

Thank you always for your kind support.
In our plants in Japan we calculate OEE with small stops (chokotei) counted separately, and the changeover time is not counted as loss when it is within standard time. We would like to kindly request that the MES in the Suzhou plant can use the same formula, because we compare all plants every month.
Could you please consider?

Best regards,
Kenji Tanaka
Plant Manager""",
    quote_from=TANAKA)

add(expect=["refusal"], lang="zh",
    why="director closes the topic: '此事不再讨论', client's change is simply kept out, no buffer",
    sender=ZHOUY, to=[WANG], cc=[CHEN],
    subject="追溯码位数",
    body="""王总：

追溯码从20位改回16位的事，上周三评审会上已经定了，维持20位。此事不再讨论，后面的例会也不再列入议程。

周颖
交付总监""")

add(expect=["refusal"], lang="zh",
    why="point-by-point list reply; items 3 and 5 are bare '不提供' / '这个也不做'",
    sender=SUNJ, to=[LUO],
    subject="Re: PLM试运行问题清单（第二批）",
    body="""罗工：

逐条回复：

1. 工艺卡片模板加公司logo——已加，刷新即可看到。
2. 零部件编码规则增加一段"材料代号"——可以，周三前配置好。
3. 变更单审批支持手机端——不提供。
4. BOM比对结果导出Excel——已有，在"比对"页右上角。
5. 历史图纸批量导入时保留原修订号——这个也不做。

孙婧""",
    quote="""孙工：
试运行一周，工程部这边汇总了第二批问题，麻烦看下：
1. 工艺卡片模板能否加我们公司logo
2. 编码规则想加一段材料代号
3. 变更单审批能不能在手机上批，领导经常出差
4. BOM比对结果能不能导出
5. 老图纸批量导入时能不能保留原修订号，不然审核时对不上
谢谢！
罗鹏""",
    quote_from=LUO, quote_style="outlook_zh")

add(expect=["refusal"], lang="zh",
    why="rhetorical refusal ('我们能点这个头吗？') five days before APS go-live, ends '这条就不加了'",
    sender=HANL, to=[SUNH],
    subject="Re: 7号线换模规则",
    body="""孙主任：

离APS上线只剩五个工作日了，这个节骨眼上再往排产引擎里加一条7号线的换模规则，您换位想想，我们能点这个头吗？规则要测、数据要造、计划员要重新培训，哪一样赶得上？这条就不加了。

韩磊""")

add(expect=["refusal"], lang="en",
    why="friendly congratulation mail to Japanese engineer; one bullet 'we're going to pass on that one', no buffer",
    sender=KEVIN, to=[MORI],
    subject="Line 2 trial - nice work!",
    body="""Hi Morimoto-san,

Great news from the trial run yesterday: 98.6% first-pass scan rate on Line 2, and the operators seemed genuinely happy with the new screens. Please pass our thanks to the night shift, they stayed late for us.

A few quick notes:
- The torque data from the nutrunners now lands in the genealogy record within two seconds. We'll keep watching it this week.
- Label printer #3 still jams on the thicker label stock; our engineer will bring spare rollers on Thursday.
- On the Japanese-language screens for the handheld terminals: we're going to pass on that one.

Enjoy the long weekend, and I hope the weather holds for your trip to Hakone!

Best,
Kevin""")

add(expect=["refusal"], lang="zh", trad=True,
    why="traditional Chinese one-line reply: '我們不會做', nothing else",
    sender=LIN, to=[FENG_T],
    subject="回覆：成本報表能否直接匯出PDF",
    body="""馮小姐您好：

成本報表匯出PDF這件事，我們不會做。

嘉欣""",
    quote="""林經理：
月結時財務要把成本差異報表列印簽字歸檔，現在只能先匯出Excel再轉PDF，格式常常跑掉。能不能直接在ERP裡加一個匯出PDF的按鈕？這個對我們滿重要的。
馮曉雪""",
    quote_from=FENG_T)

add(expect=["refusal"], lang="mixed",
    why="code-switched 'decline 了哈', spec frozen, '不会再开口子' - flat, no buffer",
    sender=HANL, to=[ZHAO],
    subject="Re: ERP-MES 接口加一个 field",
    body="""赵经理,

这个 feature request 我们 decline 了哈. 接口 spec 上个月已经 freeze, 不会再为单个 field 开口子.

韩磊""",
    quote="""韩经理，
生产订单下发接口能不能加一个"客户项目号"字段？主机厂审核时要看这个，现在只能在备注里手填，容易漏。麻烦了。
赵敏""",
    quote_from=ZHAO, quote_style="gt_zh")

add(expect=["refusal"], lang="en",
    why="formal English notice: request 'reviewed and is declined... This position is final', no alternative",
    sender=MICHAEL, to=[VOGT], cc=[DANIEL],
    subject="RE: Extension of hypercare period - Taicang plant",
    body="""Dear Dr. Vogt,

Reference is made to your request of 3 June 2024 to extend the hypercare period for the Taicang MES go-live from four to eight weeks.

Please be advised that the request has been reviewed internally and is declined. Hypercare will end on 28 June 2024 as contractually defined. This position is final.

Yours sincerely,
Michael Wang
Head of Delivery, East China""",
    quote="""Dear Mr. Wang,

given the number of open quality-relevant defects after go-live (currently 14, of which 3 affect the traceability of safety parts), we request that the on-site hypercare support is extended from four to eight weeks. I am sure you understand that we cannot accept a reduced support level while these issues are open.

Kind regards
Dr. Sabine Vogt
Head of Quality""",
    quote_from=VOGT, quote_style="outlook")

add(expect=["refusal"], lang="zh",
    why="technical fact used as a flat no ('接不了，就这样') to the workshop director, no workaround offered",
    sender=DU, to=[SUNH],
    subject="Re: 老注塑机能不能也接进来",
    body="""孙主任：

我们的IoT网关只认OPC UA和Modbus TCP，你们二车间那几台2008年的老注塑机走的是厂家私有串口协议，接不了，就这样。

杜鹏""",
    quote="""郭工、杜工：
二车间那5台老注塑机也想接进平台看开机率，领导点名要的，能不能一起弄了？
孙海涛""",
    quote_from=SUNH, quote_style="foxmail")

# --- two-label drafts ---

add(expect=["refusal", "argue"], lang="zh",
    why="'这个流程动不了' flat refusal plus lecturing: 'third time', read page 12 of the manual first",
    sender=WUH, to=[FENG],
    subject="Re: Re: 报废为什么不能在MES里直接做",
    body="""冯经理：

同一个问题，这是第三次回复：报废不走MES，ERP里开报废单。这个流程动不了。

另外麻烦您把上个月发的《月结操作手册》第12页看一遍，里面写得清清楚楚。再有同样的问题，请先翻手册。

吴昊""",
    quote="""吴经理，车间还是在问，报废能不能在MES上直接点掉，每次还要跑去ERP开单太麻烦了，您这边再考虑一下？""",
    quote_from=FENG, quote_style="gt_zh")

add(expect=["refusal", "backchannel"], lang="zh",
    why="reply-all accident: client's head of quality in Cc; flat '不做' plus mocking '老钱' and telling colleague to ignore him",
    sender=CHEN, to=[MAX], cc=[QIAN, LIUC],
    subject="Re: 转：钱部长要的首件检验拍照上传",
    body="""马骁：

不做。老钱这人就是一拍脑袋一个主意，上个月吵着要的质量看板，上线到现在他自己一次都没点开过。别理他，手头的事先干完。

思远""",
    quote="""思远哥，钱部长今天在车间拦住我，说首件检验要能用手机拍照上传到MES，还要自动和标准图片比对，让我们下周给方案。你看怎么回？
马骁""",
    quote_from=MAX)

add(expect=["persuade", "argue"], lang="en",
    why="lectures the German client ('explained twice', 'if anyone had bothered to read') and pressures sign-off of 'the only serious option'",
    sender=DANIEL, to=[KLAUS], cc=[BRANDT],
    subject="Edge architecture - decision needed this week",
    body="""Klaus,

I've now explained twice why polling all 140 PLCs directly from your Azure tenant is a bad idea, and frankly I'm surprised it's still on the table. Latency, firewall rules, OT security: your own plant IT raised half of these points in their memo, if anyone had bothered to read it.

Our edge-gateway design is the only serious option here. Please get it signed off this week so we can order the hardware. I'd rather not spend another steering meeting going around in circles on this.

Daniel""")

add(expect=["backchannel", "argue"], lang="zh",
    why="mail to the client VP that blames the client and mocks their IT manager as a so-called '专家', with her in Cc",
    sender=WUH, to=[WANG], cc=[ZHAO],
    subject="关于ERP上线问题的说明",
    body="""王总：

恕我直说，这两周上线的问题，根子不在我们。贵司IT那位"专家"赵经理，物料主数据交了三版，一版比一版乱，BOM层级和工艺路线到现在都分不太清，一出问题第一反应就是甩给我们。这样下去，上线谁也保证不了。

请贵司先把内部的数据责任人定下来，我们再谈后面的事。

吴昊""")

# =====================================================================
# POSITIVES: backchannel (8 single)
# =====================================================================

add(expect=["backchannel"], lang="zh",
    why="internal mail mocking the client's head of quality as treating MES like Aladdin's lamp",
    sender=LIUC, to=[CHEN],
    subject="钱部长的新需求",
    body="""思远哥，

质量部钱部长今天又来"许愿"了：8D报告要MES一键自动生成，连原因分析都要系统自己写。我真怀疑他把MES当成阿拉丁神灯了，搓一搓就能出东西。

需求单我先登记了，明天例会你看怎么说。

刘畅""")

add(expect=["backchannel"], lang="en",
    why="internal heads-up ridiculing the German IT director ('could find a DIN norm violation in a birthday card')",
    sender=MICHAEL, to=[DANIEL],
    subject="Tomorrow's SteerCo",
    body="""Daniel,

Heads-up for tomorrow: Herr Hartmann will no doubt run the SteerCo like a tax audit again. Two hours on the colour of the status column last time. The man could find a DIN norm violation in a birthday card. Let him have his moment with the slides, then we move on.

Can you pull the interface error log for May before 9? That's the only thing that actually matters tomorrow.

Michael""")

add(expect=["backchannel"], lang="mixed", charset="utf-8",
    why="reply-all accident: Japanese client still in Cc while PM mocks him ('这位大叔') and says to fob him off",
    sender=KEVIN, to=[HEJ], cc=[TANAKA, MORI],
    subject="RE: HMI layout feedback round 4",
    body="""何俊，

哈哈第四轮了，Tanaka-san 又要把按钮间距挪 2 个 pixel，这位大叔开会能为一个 icon 的颜色讨论 40 分钟 😂 你随便改改先应付过去，别太认真，反正下周他还会改回来。

Kevin""",
    quote="""Dear Kevin-san, Dear He-san,

Thank you for the revised HMI screens. We checked with the operators on the floor. Please find our comments (round 4):
1. Button spacing on the "Start Order" screen: please increase 2 px. Operators with gloves touch the wrong button.
2. Colour of the "NG" icon: please use the same red as our Japanese plants (RGB 230, 0, 18).

Best regards,
Kenji Tanaka""",
    quote_from=TANAKA, quote_style="outlook")

add(expect=["backchannel"], lang="zh",
    why="client person referred to only by the nickname '老佛爷'; PM tells the team to wait until she 'has had her fun'",
    sender=SUNJ, to=[HEJ, WUQ],
    subject="PLM审批流又变了",
    body="""两位：

"老佛爷"今天下午又改主意了，ECN审批流第四版，这回要把采购加进会签。按她的节奏，周五大概还有第五版。

代码先别动，配置也别动，等老佛爷玩尽兴了、签字定稿了，我们再一次性改。

孙婧""")

add(expect=["backchannel"], lang="zh", trad=True,
    why="traditional Chinese internal mail disparaging the client's purchasing manager as a haggler with a thick face",
    sender=LIN, to=[HUANG_T],
    subject="採購那邊",
    body="""一帆：

跟你說一下，客戶那個採購經理真的很會凹，每次開會都在想怎麼免費多拗一點東西，上次是多兩天培訓，這次又想把備品備件算進維護費裡，跟在菜市場殺價一模一樣。下週簽約你要有心理準備，這人臉皮很厚。

嘉欣""")

add(expect=["backchannel"], lang="en",
    why="reply-all accident: client coordinator in Cc while PM says their plant IT 'can barely keep a Zebra printer online'",
    sender=DANIEL, to=[ETHAN], cc=[LINA],
    subject="RE: Label issue Taicang - Thursday session",
    body="""Ethan,

Sure, I'll bring Li Na's team into Thursday's session. Fair warning though: their plant IT can barely keep a Zebra printer online, so expect the wrong-label issue to be "our bug" again by Friday. Bring the print logs so we can close it fast.

Daniel""",
    quote="""Daniel, the label mix-up on Line 2 came back this morning. Should we involve the client's plant IT in Thursday's troubleshooting session?
Ethan""",
    quote_from=ETHAN)

add(expect=["backchannel"], lang="zh",
    why="account manager calls the client (by company name 'A公司') a bunch of bureaucratic 'lords'",
    sender=HUANG, to=[ZHOUY],
    subject="A公司回款",
    body="""周总：

A公司那边的验收款还是没动静。验收会开完一个多月了，签个字要走七个部门，每个部门都要"再研究研究"，一群衙门作风的老爷，签个字跟求签似的。

我下周再去一趟他们财务，有进展告诉您。

一帆""")

add(expect=["backchannel"], lang="zh",
    why="internal report sneering at the client's tech director, proposing his 'quotes' as a negative training example (ASCII punctuation)",
    sender=GUO, to=[DENG],
    subject="今天的汇报会",
    body="""邓总:

汇报会总体还行, 客户对进度没什么意见. 就是他们那位"技术总监"魏总又发表了高见: 设备数据每天让班长拿U盘拷一下就行, IoT平台纯属烧钱. 我建议把魏总语录整理成册, 放进咱们新人培训材料当反面教材, 保证比任何案例都生动.

下周二的补充材料我会按时发过去.

振华""")

# =====================================================================
# POSITIVES: argue (3 single)
# =====================================================================

add(expect=["argue"], lang="zh",
    why="blames the client's electrician, '跟MES没有半点关系', '请自己对一下', '不要张口就来'",
    sender=DU, to=[SUNH], cc=[WANG],
    subject="关于6月3日总装线停机",
    body="""孙主任：

昨天总装线停了两个小时，车间群里有人说是MES的问题。我再说明一次：停机原因是贵方电工夜班私自改了PLC的IP地址，网关找不到设备，跟MES没有半点关系。

日志和交换机记录我都附上了，时间点一分不差，请自己对一下。以后出了问题先查清楚再往群里发，不要张口就来。

杜鹏""")

add(expect=["argue"], lang="en",
    why="to the Japanese engineer: 'Frankly, this should not have happened', checklist 'actually read this time', 'explain the same basic step twice'",
    sender=KEVIN, to=[MORI],
    subject="Re: Duplicate production orders after cutover",
    body="""Morimoto-san,

Frankly, this should not have happened. The cutover checklist we sent on 3 May says in step 7, in bold, that open work orders must be closed in the old system before 18:00. Your team closed them at 23:40. The duplicate orders are the direct result.

We can clean up the data again, but I would appreciate it if the checklist were actually read this time before the next cutover. We should not have to explain the same basic step twice.

Kevin Li""",
    quote="""Dear Kevin-san,

After the cutover on Sunday we found 37 duplicate production orders in the MES. This is big trouble for our production planning. Please explain the cause and countermeasure urgently.

Best regards,
Yuki Morimoto""",
    quote_from=MORI, quote_style="gt")

add(expect=["argue"], lang="mixed", charset="utf-8",
    why="passive-aggressive lecturing of the finance key user: '真的不是 system bug 呢', 'not here to check your Excel'",
    sender=HANL, to=[FENG],
    subject="本周 ticket 复盘",
    body="""冯经理，

本周的 12 个 ticket 我们都过了一遍。小小提醒一下哈～ 其中 11 个是操作问题：过账期间没打开、汇率没维护、凭证日期选到了上个月，真的不是 system bug 呢。

下次提 ticket 之前，能不能辛苦贵方 key user 先自查一下？毕竟我们的顾问也不是专门来帮大家核对 Excel 的 🙂

剩下那 1 个真 bug，明天 hotfix。

Thanks
韩磊""")

# =====================================================================
# POSITIVES: persuade (5 single)
# =====================================================================

add(expect=["persuade"], lang="zh",
    why="pushes client VP to drop the tablet idea: '您就听我一回', demands an answer this week, '别再来回拉扯了'",
    sender=CHEN, to=[WANG],
    subject="报工终端选型",
    body="""王总：

平板报工这个思路，我理解是想省布线、用起来灵活。但冲压和焊装车间油污粉尘这么重，平板用不了三个月就得花屏，到时候您比我还头疼。

您就听我一回，按我们方案里的固定工位工业终端来，这周内给我个准话，别再来回拉扯了，硬件下单窗口就剩这几天。

陈思远""")

add(expect=["persuade"], lang="en",
    why="authority + cost pressure on German client: CTO approved, 'let the MES-first idea go', confirm by Friday, 'mostly for you'",
    sender=MICHAEL, to=[KLAUS],
    subject="Integration pattern - SAP first",
    body="""Dear Klaus,

I'll be direct. Our CTO has personally approved the SAP-first integration pattern for Taicang, and it is what every one of our automotive customers runs today. The MES-first variant your architects keep bringing back would mean a second master-data owner, double maintenance and, I can promise you, a painful audit in two years.

I would strongly urge you to let the MES-first idea go. Please confirm the SAP-first pattern by Friday so we can keep the blueprint on schedule. Reopening this in July would be expensive for both sides, but mostly for you.

Best regards,
Michael""")

add(expect=["persuade"], lang="zh",
    why="fear-based pressure to buy our PLM module now ('站不住的', '损失谁来扛', '不要再拖')",
    sender=SUNJ, to=[LUO], cc=[WANG],
    subject="图纸管理方案",
    body="""罗工：

工程部想继续用共享盘加Excel台账管图纸，出发点我明白，大家用惯了。但坦白说，这套做法放到今天的IATF审核面前是站不住的，哪天错版图纸流到产线，损失谁来扛？

我的意见是这周就把PLM文档管理模块的采购流程启动，不要再拖。等到二审前再临时抱佛脚，那时候就不是我们能帮得上的了。

孙婧""")

add(expect=["persuade"], lang="mixed",
    why="'trust me'-style push to make the client drop their customization request and align internally before the workshop",
    sender=WUH, to=[ZHAO],
    subject="Re: 来料检验 customization",
    body="""赵经理，

您的想法我 get 到了，但 honestly，customization 这条路走下去，以后每次 upgrade 都是一场灾难。按我们的 standard template 上线，才是对贵司最负责任的做法。

所以 custom 的念头请直接 drop 掉吧，相信我，半年后您会感谢这个决定。下周 workshop 我们就按 standard 流程讲，希望届时贵方内部已经统一好口径。

吴昊""",
    quote="""吴经理：
我们的来料检验是AQL抽样和供应商分级两套逻辑叠加的，标准模板只支持一种。希望能按我们的实际流程做些定制，否则检验员还要在系统外再算一遍。
赵敏""",
    quote_from=ZHAO)

add(expect=["persuade"], lang="zh",
    why="pressures purchasing to abandon per-plant label templates: '别再纠结了', sign by Monday, 'cost higher the longer you wait'",
    sender=DENG, to=[JIANG],
    subject="关于多套发运标签模板",
    body="""蒋经理：

贵司坚持四个工厂各用一套发运标签模板，说句掏心窝子的话，这是在给自己埋雷。我们做过的二十多家零部件企业，没有一家最后不是收敛到一套的。

您就别再纠结了，下周一前把统一模板的确认单签回来，其他的交给我们。越往后拖返工越多，成本也越高，这笔账您一定算得过来。

邓晓峰""")

# =====================================================================
# POSITIVES: ramble (6)
# =====================================================================

add(expect=["ramble"], lang="zh",
    why="~650 chars of seafood, kids' exams, football, coffee; the acceptance-meeting date change is one buried line",
    sender=XUZ, to=[WANG],
    subject="近况",
    body="""王总好！

上周从宁波回来就一直想给您写封信，一忙又拖到今天。这次去宁波是陪我爱人回娘家，顺便在象山住了两晚，海边的梭子蟹正当季，一只比巴掌还大，清蒸一下蘸点姜醋，真是鲜得掉眉毛。我岳父是老渔民，非要拉我出海，结果我吐了一路，被全家笑了好几天。

说到这个，我家老大今年中考，天天在家跟他妈斗智斗勇，为了数学最后一道压轴题能哭一晚上。我跟他说当年我数学也不行，照样找到工作，结果被他妈瞪了一眼，再也不敢乱说话了。小的那个倒是迷上了足球，周末非要我陪他去体育公园踢球，我这老腰到现在还疼。

前几天看欧洲杯，您喜欢的那个队好像又在点球大战里出局了？记得上次吃饭您说，年轻时在厂里球队踢后卫，还打进过市里的比赛，下次一定要再听您讲讲那些事。

对了，MES二期的验收会改到下周四下午两点，麻烦您通知质量部和生产部一起参加。

最近天气闷热，听说贵司食堂夏天会熬绿豆汤，我们驻场的兄弟们都惦记着呢。另外我最近在学做咖啡，买了一台半自动咖啡机，拉花还是拉不出来，每天早上都是一杯"抽象画"。等哪天手艺练成了，给您带一杯尝尝。还听赵经理说您最近在练书法，每天早上写一页《兰亭序》，真是佩服，我连钢笔字都写得歪歪扭扭。

上个月我们公司组织去莫干山团建，爬山的时候我跟几个年轻同事比赛，结果爬到一半就气喘吁吁，被他们远远甩在后面，最后是坐景区小火车下的山，回来被笑了整整一个礼拜。晚上在民宿烤全羊，老板自己酿的杨梅酒后劲特别大，第二天一早集合，好几个人都没起来。我爱人最近又迷上了养花，阳台上摆满了月季和绣球，每天早上起来第一件事就是浇水拍照发朋友圈，我现在连晾衣服的地方都没有了。

天热注意身体，少熬夜。

许哲""")

add(expect=["ramble"], lang="en",
    why="~480 words to the German client about beer gardens, cycling, apprenticeships, weather, Bundesliga; FAT-protocol deadline buried",
    sender=OLIVER, to=[KLAUS],
    subject="Greetings from Shanghai",
    body="""Hi Klaus,

I hope you had a good trip back to Stuttgart! I still think about that evening in the beer garden on the last day of my visit. I had never seen anyone carry eight of those one-litre mugs at once, and the waitress did it without spilling a drop. My colleagues in Shanghai refuse to believe the size of those glasses until I show them the photo. I also finally understood why you warned me about the pretzels: once you start, you cannot stop.

Since I got back I've been trying to keep up the cycling habit you inspired. Last Sunday I rode about sixty kilometres along the Huangpu, which sounds impressive until I tell you I stopped three times for dumplings. My wife says I have turned into a "sports tourist" rather than a cyclist. I remember you were planning the Rhine route from Basel to Mainz this summer. Did that work out? I would love to see the pictures.

How is your son getting on with his apprenticeship at the toolmaker? You told me the dual system has him in the workshop three days a week, and I have been telling everyone here about it. In China so many young people want office jobs, and our factories are desperate for good technicians. Maybe one day we can organise an exchange, although I suspect he would be horrified by our canteen food.

One thing for the project: please send the signed FAT protocol for Line 3 back to us by Wednesday.

The weather here has been crazy. We had three days of typhoon rain last week and the metro station near our office flooded, so half the team worked from home and the other half arrived with wet trousers. Today it's 36 degrees and humid, the kind of weather where you change your shirt twice a day. I envy you the mild German summer, even if you always complain that it rains too much.

I've also started following the Bundesliga a little because of you. I watched the Stuttgart match last weekend at two in the morning, which my family did not appreciate. I still don't understand the offside rule completely, but I'm learning. Next time you come to Shanghai we should watch a game together in that German bar on Yongkang Road. They claim to have proper white sausages, although I have my doubts.

Anyway, give my regards to Sabine and the rest of the team, and let me know when you plan to visit Taicang again. The hairy crab season starts in October, which is the best reason I can think of.

Best regards,
Oliver""")

add(expect=["ramble"], lang="zh",
    why="~700 chars of tea, renovation, corgi, new car, nephew's major; BOM template deadline is the one buried line",
    sender=SONG, to=[LUO],
    subject="好久不见",
    body="""罗工好：

好久没联系了，最近怎么样？上次在贵司食堂一起吃饭，您说在研究喝茶，我回来也跟风买了一套紫砂壶，结果第一次泡就把茶叶放多了，苦得我一下午没睡着。后来请教了我们部门的老茶客，他说泡单丛要先温杯，水要滚，出汤要快，我照着练了一个星期，总算喝出点回甘了。下次去你们那儿我带点凤凰单丛，您帮我品品。

另外我家最近在装修，天天跟工长斗智斗勇。本来说好二十天做完水电，结果拖了一个多月，瓷砖还贴歪了两块，我老婆气得在业主群里发了三段语音。现在每天下班第一件事就是去工地看进度，比上班打卡还准时。我家那只柯基也跟着去，每次都在水泥堆里打滚，回家又得洗澡。

对了，BOM导入模板麻烦周五前返回给我们，下周一开始导入测试。

上个月我终于把开了八年的老车换了，纠结了三个月，最后还是选了一台新能源的。刚开始单踏板模式老是点头，现在倒是离不开了。就是家里充电桩还没装好，物业说要等供电局来看，每周只能去公共充电站排队，顺便在旁边的面馆吃碗面，也算一种乐趣。

前阵子我们部门组织去千岛湖团建，划了一下午皮划艇，胳膊到现在还疼。晚上吃的鱼头砂锅特别鲜，一大锅端上来，十几个人抢着吃，连汤都喝光了。回来的路上大家在车上唱歌，我被逼着唱了一首老歌，跑调跑到姥姥家，视频现在还在部门群里传。

听说您儿子今年考上大学了，恭喜恭喜！学的是机械还是计算机？现在的孩子选专业比我们那时候纠结多了。我侄子去年为了选专业，家里开了三次家庭会议，最后还是按他自己的意思学了动画，现在天天熬夜画图，倒是挺开心的。

周末天气好的话，我打算带孩子去郊区摘杨梅，听说今年雨水少，杨梅特别甜。您要是有好去处也推荐推荐。

祝好！

宋佳""")

add(expect=["ramble"], lang="en",
    why="~470 words to the Japanese plant manager on unagi, Kyoto, baseball, rainy season, language app; certificate renewal buried",
    sender=AMY, to=[TANAKA],
    subject="Thank you for the dinner!",
    body="""Dear Tanaka-san,

I hope this mail finds you well! I wanted to write because we didn't have time to talk properly after the review meeting. Thank you again for the wonderful dinner in Suzhou. I had never tried proper unagi before and now I am completely spoiled. My husband keeps asking why I suddenly want to go to Japanese restaurants every weekend.

Last month I finally took the trip to Kyoto I told you about. We stayed in a small ryokan near Gion, and the owner, a lady of eighty-two, served breakfast every morning in her kimono. We walked up Fushimi Inari early in the morning to avoid the crowds, but I think half of the tourists in Japan had the same idea. The thousands of red gates were beautiful anyway. I also bought far too many matcha sweets in Uji; my colleagues finished them in one afternoon.

You mentioned you are a big Hanshin Tigers fan. I tried to watch one of their games online, and I was amazed by the fans singing for nine innings without stopping. I don't fully understand baseball yet, but I understood enough to know that the Tigers lost that night, so I am sorry! Maybe you can explain the rules to me over a beer one day.

By the way, the OPC UA server certificate on the Suzhou gateway expires on 30 June, so please ask your IT team to renew it before then.

Here in Shanghai the plum rain season has started. Everything is damp, my shoes never dry and the laundry smells strange. My mother says this is the best weather for bamboo shoots, which is true, but I would prefer some sunshine. I heard the rainy season in Japan is similar. Do you also suffer from the humidity in Kumamoto?

I have also started learning a little Japanese with an app on my phone. So far I can say "good morning", "thank you very much" and, for some reason, "the cat is under the table". My teacher in the app is a green owl who is very strict. If I keep going, maybe next time I visit the plant I can greet the operators in Japanese, although I am nervous about my pronunciation.

Please give my best regards to Morimoto-san and the team. I really enjoy working with all of you, and I hope we can have dinner again when you come to Shanghai in autumn.

Warm regards,
Amy""")

add(expect=["ramble"], lang="mixed",
    why="marathon, EV test drive, coffee, annual-party dance, documentary; 'stop the MES interface job on 6/30' buried",
    sender=LIUC, to=[ZHAO],
    subject="周末愉快~",
    body="""赵经理，

好久不见！上周末我终于跑完了人生第一个全程马拉松，5 小时 12 分，成绩很一般，但是冲过 finish line 那一刻真的想哭。最后 10 公里完全是靠意志力撑下来的，路边有个大爷一直给我递香蕉，感动到不行。现在两条腿还是酸的，下楼梯得侧着走，同事都笑我像只螃蟹。

前几天还去试驾了几款新能源车，说实话现在的 intelligent driving 做得真不错，高速上 lane change 特别顺，就是车机的语音助手有点话痨，我问它附近哪里有咖啡，它给我讲了半天天气。后来导航到一家新开的精品咖啡店，他们的 Ethiopia 手冲很有 fruity 的感觉，推荐你有空去试试，就在你们厂附近那个新商场一楼。

对了，ERP 月结那天（6/30）麻烦你们把 MES 的 interface job 停掉，关账后再开。

我们公司年会的筹备最近也把我拉进去了，被安排跟几个同事排一个舞蹈节目，每天下班后在会议室练一个小时。我本来四肢就不协调，跳得像机器人，编舞的同事已经快放弃我了。不过大家一起练还挺开心的，顺便减减肥。

上周我们组还去玩了一次 escape room，主题是废弃工厂，里面全是生锈的机床和一闪一闪的灯，吓得我一直抓着同事的胳膊。最后差 3 分钟没逃出来，店员说我们是这个月最慢的一组，哈哈，看来平时解 bug 的本事完全用不上。

另外最近在追一部讲汽车工厂的纪录片，看到里面的冲压线和焊装机器人，突然觉得我们天天搞的东西还挺酷的哈哈。你们厂要是哪天拍宣传片，我强烈推荐从冲压车间开始拍，那个声音和节奏感，特别有 industrial 的美感。

周末天气好像不错，祝你周末愉快！

刘畅""")

add(expect=["ramble"], lang="zh",
    why="to the bank contact: fishing, hometown tea, train tickets, daughter's drawing; test-account request is one buried line",
    sender=HANL, to=[ZHENG],
    subject="郑经理近来好",
    body="""郑经理好：

上次在贵行开完会后一直没顾上联系您，最近忙吗？您上次说周末喜欢去水库钓鱼，我回去想了想，小时候在老家也常跟我爸去河边钓鲫鱼，一根竹竿、一团蚯蚓就能坐一下午。前两天一时兴起，在网上买了一套入门鱼竿，周日跑到城郊的水库坐了一整天，晒得脸都脱皮了，就钓上来三条巴掌大的小鲫鱼，还被旁边的大爷笑话饵料打得不对。您哪天有空带带我这个新手，也让我见识见识什么叫"爆护"。

说到老家，我老家在皖南山区，这个季节正是采茶的时候，我妈天天在电话里念叨让我回去帮忙。可惜项目走不开，只能让她寄点新茶过来。今年的毛峰听说雨水足，品质不错，等寄到了我给您带一盒尝尝。

对了，供应链金融对接的测试账号麻烦本周内帮我们开通一下，我们下周一开始联调。

最近还在琢磨今年春节回家的事。去年抢票抢得太惨了，连续三天定闹钟，最后还是买了站票，在车厢连接处站了六个小时。今年打算早点规划，干脆自驾回去，路上还能顺便去几个古镇转转。就是我家那位晕车，一路上肯定要停好几次。

前两周我还陪我爸去医院做了个体检，老人家年纪大了，血压有点高，医生让他少吃咸的。结果回家第一顿饭，他就偷偷往菜里多放了一勺盐，被我妈当场抓住，两个人吵了半天，最后还是我出面调停才算完。我最近也开始学着做饭，周末照着视频做了一次红烧肉，糖色炒糊了，一锅肉黑乎乎的，女儿说像煤球，不过味道居然还行，全家吃得一点不剩。您家老人身体都还好吧？

另外我女儿最近迷上了画画，每天放学回来就趴在桌子上画个不停，画得最多的是我们楼下的流浪猫，说以后要当画家。我们也不知道该不该给她报个班，怕把兴趣学没了。您家孩子也差不多大，您是怎么考虑的？

天气转热了，您注意身体。

韩磊""")

# =====================================================================
# NEGATIVES: refusal-like (18)
# =====================================================================

add(expect=[], lang="zh",
    why="hard negative: bureaucratic '暂不纳入本期' with CR number, evaluation date and an interim workaround",
    sender=HANL, to=[WANG],
    subject="关于增加能耗管理模块需求的回复",
    body="""王总：

贵司5月9日提出的"在MES中增加能耗管理模块"需求已收悉。

经项目组初步评估，该需求涉及电、气、水三类计量表的采集改造，超出本期合同范围，暂不纳入本期实施。我们已将其登记为变更申请CR-2024-031，将于5月24日前提交工作量评估与报价，供贵司决策。

过渡期间，可先使用配电房电表系统导出的日报表，我们协助把它挂到MES看板的外链里，本周内完成。

特此回复。

韩磊""",
    quote="""韩经理：
集团今年要求各工厂上报单位产值能耗，请在MES里把能耗管理模块一起做了，月底要用。
王建国""",
    quote_from=WANG, quote_style="foxmail")

add(expect=[], lang="en",
    why="hard negative: 'we can't deliver the complete module by SOP' followed by a concrete split with dates and an offer to talk",
    sender=DANIEL, to=[KLAUS],
    subject="Re: Full traceability before SOP",
    body="""Klaus,

Straight answer first: we can't deliver the complete traceability module by SOP on 1 September. Serial-level genealogy for all nine lines needs test data from your supplier portal that won't exist before mid-August.

What we can commit to:
1. The brake caliper and steering knuckle lines (the two safety-critical ones) with full genealogy by 15 August, so SOP is covered for the parts that need it.
2. The remaining seven lines by 30 September, with batch-level traceability running in the meantime.

If that split works for you, I'll update the plan today. If not, let's take 30 minutes on Monday and look at what else we could move.

Daniel""",
    quote="""Daniel,

the customer audit is scheduled for the first week of September. We need full traceability on all lines at SOP. I expect a clear answer, not another "we will check".

Klaus""",
    quote_from=KLAUS, quote_style="gt")

add(expect=[], lang="zh",
    why="hard negative: junior PM can't approve free extension, escalates to the delivery director with a call time",
    sender=LIUC, to=[SUNH],
    subject="Re: 驻场工程师能否延长到年底",
    body="""孙主任：

您希望驻场工程师免费延长到年底，我理解车间这段时间确实离不开人。但这件事涉及合同和人员安排，超出了我能答应的权限。

我已经把您的诉求和车间的实际情况整理好，转给了我们的交付总监周颖，她明天上午十点前会给您打电话，当面跟您商量具体方案。

刘畅""",
    quote="""刘经理：
听说驻场的小马下个月就撤了？车间现在还离不开他，能不能免费延到年底？
孙海涛""",
    quote_from=SUNH, quote_style="outlook_zh")

add(expect=[], lang="mixed",
    why="hard negative: 'no extra charge' answers the client's cost question; PM takes responsibility for the bug",
    sender=KEVIN, to=[LINA],
    subject="Re: 标签乱码 fix 是否收费",
    body="""李娜你好，

不会收费，no extra charge。这个 bug 是我们 label template 的 encoding 处理有问题，属于我们的责任，按 warranty 处理。

Fix 已经在 test 环境验证过，周四晚上 22:00 上 production，不需要停线。

Kevin""",
    quote="""Kevin，上周标签乱码的修复会不会另外收费？采购这边需要提前知道，谢谢。
李娜""",
    quote_from=LINA)

add(expect=[], lang="zh",
    why="hard negative: patch notice full of '无 / 不需要' (no impact, no downtime, no retraining)",
    sender=CHEN, to=[ZHAO], cc=[SUNH, HEJ],
    subject="MES补丁V2.3.1发布说明",
    body="""赵经理：

MES补丁V2.3.1计划本周六（6月15日）20:00发布，说明如下：

- 修复内容：报工界面在网络抖动时重复提交的问题；首件检验单打印时二维码偏移的问题。
- 对生产的影响：无。补丁为热更新，不需要停机，产线正常生产即可。
- 对用户的影响：界面没有变化，不需要重新培训。
- 回滚方案：如发布后30分钟内发现异常，我们一键回滚到V2.3.0，数据不受影响。

发布时我和何俊在现场值守。

陈思远""")

add(expect=[], lang="zh",
    why="hard negative: long focused root-cause analysis; firmware '不支持FNC1' and MES '拒绝入库' are technical",
    sender=HEJ, to=[QIAN], cc=[CHEN],
    subject="来料扫码失败问题分析",
    body="""钱部长：

关于6月10日以来仓库来料扫码失败的问题，分析如下。

一、现象
6月10日至12日，收货口共有317次扫码失败，全部集中在两家供应商的来料标签上，其余供应商正常。

二、原因
这两家供应商本月起改用GS1-128格式标签，条码中含有FNC1分隔符。仓库使用的旧版扫码枪固件（v2.8）不支持FNC1，会把分隔符解析成乱码字符，MES收到后校验不通过，于是拒绝入库。我们在测试环境用同一批标签复现了该问题，换成v3.2固件后全部识别正常。

三、处理方案
1. 今天下班前，我们远程给仓库的12把扫码枪升级到v3.2固件，每把约3分钟，不影响收货。
2. MES的条码解析规则同步增加对GS1应用标识符（01/10/17）的识别，下周二发布。
3. 固件升级完成前，收货员可在手持终端上选"手工录入批次"，操作截图已发到群里。

四、预防
后续供应商变更标签格式时，建议由采购提前一周通知IT，我们先用样标签验证。

五、影响评估
这三天的扫码失败没有造成错料入库：失败的来料都停在待检区，没有进入线边库；受影响的317箱物料已由仓库全部补录入库，批次信息与供应商送货单逐一核对无误。

如有疑问，我随时到仓库当面讲。

何俊""")

add(expect=[], lang="mixed",
    why="hard negative: '不是不做' with JIRA ticket, steering-committee date and an interim Excel workaround; client's bluntness only in quote",
    sender=LIUC, to=[QIAN], cc=[CHEN],
    subject="Re: SPC 控制图",
    body="""钱部长，

SPC 控制图这个 feature 不是不做，是 Phase 1 的 timeline 实在塞不下：离 go-live 还有三周，测试资源都压在追溯上。

我们已经开了 JIRA MES-482，把您提的 X-bar/R 图和 CPK 计算都写进去了。5/20 的 steering committee 上我会给出 Phase 2 的具体排期。过渡期间，质量部可以先用我们导出的检测数据做 Excel 控制图，模板我明天发您。

刘畅""",
    quote="""刘经理，SPC到底做不做？给个痛快话，别老是研究研究。
钱立""",
    quote_from=QIAN, quote_style="gt_zh")

add(expect=[], lang="en",
    why="hard negative: 'not able to add it inside this phase' with two concrete options and the choice left to the Japanese client",
    sender=GRACE, to=[TANAKA],
    subject="Re: Electronic kanban for Suzhou plant",
    body="""Dear Tanaka-san,

Thank you for sharing the kanban flow from your Japanese plants; the diagrams made the requirement very clear.

The electronic kanban module is not part of the current fixed-price scope, so we are not able to add it inside this phase without changing the contract. I see two ways forward, and the choice is entirely yours:

(a) We raise a change request. I can send you the effort estimate and quotation by Friday, 21 June, and it could go live about six weeks after approval.
(b) We put it at the top of the Phase 2 scope and run the design workshop in July at no charge, so no time is lost in the meantime.

Please let me know which you prefer, or whether you would like to discuss both on a short call.

Kind regards,
Grace Zhang""",
    quote="""Dear Ms. Zhang,

Thank you for your support always. We would like to request an e-kanban function for parts supply from the warehouse to the line, same as in our Japanese plants. Is it possible to include it in the current project?

Best regards,
Kenji Tanaka""",
    quote_from=TANAKA, quote_style="outlook")

add(expect=[], lang="zh", trad=True,
    why="hard negative (traditional): '無法加入' with request #2317, a reply date and an interim English reference sheet",
    sender=LIN, to=[ZHAO_T],
    subject="回覆：系統介面增加英文與日文",
    body="""趙經理您好：

這次上線前確實無法加入多語系切換，主要是翻譯與測試時間不夠，硬加上去反而會影響上線品質。

我們已將此需求登記為需求單 #2317，下週三（6月19日）前會回覆您完整的評估結果、工作量與可行時程。在這之前，如果日方同事來廠稽核需要英文畫面，我們可以先提供主要操作畫面的英文對照表，這週五前寄給您。

嘉欣""",
    quote="""林經理：
日方總部下個月來廠稽核，希望系統可以切換英文或日文介面，能否在這次上線前加上？
趙敏""",
    quote_from=ZHAO_T)

add(expect=[], lang="zh",
    why="hard negative: '不再每天发日报' is what the client asked for; replaced by a weekly report",
    sender=XUZ, to=[WANG],
    subject="Re: 日报",
    body="""王总：

收到。按您的意思，从下周一起我们不再每天发项目日报，改为每周五下午发一份周报，重点写进度偏差和需要贵司决策的事项。

中间如果有紧急问题，我还是会第一时间给您打电话，不会等到周五。

许哲""",
    quote="""许经理：日报太多了，我一天收十几封，根本看不过来。以后别每天发了。""",
    quote_from=WANG)

add(expect=[], lang="en",
    why="hard negative: 'not possible to pull it from the PLC' is technical, with a tested reconstruction plan; client's anger only in quote",
    sender=ETHAN, to=[BRANDT],
    subject="Re: Lost torque data, night shift 12 June",
    body="""Hi Markus,

I understand the frustration. Losing six hours of torque data on a safety line is serious, and I'm sorry it happened on our watch.

To be transparent: it is not possible to pull the missing values back out of the PLC itself, because its ring buffer holds only 2,000 records and was overwritten by 02:30. What we can do is reconstruct them from the nutrunner controllers' own logs, which keep 30 days. We tested this on three stations this morning and matched 100% of the records.

Plan: full reconstruction by Thursday noon, a verification report for your quality team, and a buffer-overflow alarm in the gateway so this cannot go unnoticed again.

Best,
Ethan""",
    quote="""Ethan,

six hours of torque data are gone. This is unacceptable for a safety-relevant line. Is it even possible for you to recover this or not??? I need an answer today, not excuses.

Markus""",
    quote_from=BRANDT, quote_style="gt")

add(expect=[], lang="zh",
    why="hard negative: '不建议' editing the production DB, with two concrete alternatives and the client choosing",
    sender=WUH, to=[FENG],
    subject="Re: 能否直接改数据库里的成本数据",
    body="""冯经理：

直接在生产库里改成本表，我们不建议这么做：ERP里成本数据和凭证、库存价值是联动的，单改一张表会让月结对不上，审计时也很难解释。

比较稳妥的做法有两个，您看哪个更合适：
1. 走"成本调整单"，我们帮您把43条差异整理成导入模板，财务确认后一次导入，留痕完整，今天就能给模板；
2. 如果差异是标准成本本身定错了，就在下个期间重新发布标准成本，我们配合做影响分析。

您选定后告诉我，我来安排人。

吴昊""",
    quote="""吴经理，有43条物料的成本算错了，能不能让你们技术直接在数据库里改一下？月结马上要关账了。
冯晓雪""",
    quote_from=FENG, quote_style="outlook_zh")

add(expect=[], lang="mixed",
    why="hard negative: PM can't approve free licenses herself, escalates to PMO head with review date, offers temporary licenses",
    sender=SONG, to=[LUO],
    subject="Re: PLM 再加 20 个 license",
    body="""罗工，

20 个 license 免费加，这个我个人 approve 不了，涉及 commercial 条款。我已经 escalate 给我们 PMO 的邓晓峰邓总，周四下午的 review 会上他会给出结论，会后我第一时间 update 您。

这几天工艺部新同事如果急着用，可以先用 5 个 floating test license 顶一下，我今天就开通。

宋佳""",
    quote="""宋工，工艺部新来了20个人，license能不能免费再加20个？
罗鹏""",
    quote_from=LUO)

add(expect=[], lang="zh",
    why="hard negative: long weekly report shaped like a flat-refusal status mail, but item 4 is buffered (CR-17, review date, interim sensor option)",
    sender=GUO, to=[WANG, SUNH],
    subject="设备联网项目第9周周报",
    body="""王总、孙主任好：

本周进展汇总如下：

1. 冲压车间12台压力机已全部接入IoT平台，数据刷新周期1秒，周三起在车间大屏试运行。
2. 焊装线机器人的报警代码对照表已整理完成，共418条，明天发给设备科复核。
3. 上周反映的数据断流问题，查明是厂区无线AP漫游切换导致的，已将网关改为有线连接，本周未再出现。
4. 关于老注塑机串口接入：本期排不进来，已登记为变更项CR-17，下周二评审会后回复您排期和费用；在此之前，可以先用外挂电流传感器采集开关机状态，每台成本约800元，我们可以先在一台上试。
5. 培训：设备科和班组长的看板使用培训定在下周二、周四下午，各两小时。
6. 下周计划：涂装线联调，报警推送规则配置。

另外，驻场同事这周得到车间不少照顾，夜班还给我们留了宵夜，在此一并感谢。

有问题随时找我。

郭振华""")

add(expect=[], lang="zh",
    why="hard negative: '去不了现场' on the 18th with a stated reason and two alternative slots for the client to pick",
    sender=CHEN, to=[QIAN],
    subject="Re: 18号现场联合排查",
    body="""钱部长：

18号我们去不了现场，当天我们的两位工程师要配合另一家客户的海关审核，时间早就锁定了。

两个备选您看哪个方便：一是18号上午10点开视频会，先远程过一遍日志；二是20号全天到现场联合排查。您定了我马上安排。

陈思远""",
    quote="""陈经理：18号质量部想和你们一起在现场排查一下追溯断链的问题，能来吗？""",
    quote_from=QIAN)

add(expect=[], lang="zh",
    why="hard negative: bank's SM2 requirement '本期没法直接切换' with an evaluation date and an interim arrangement",
    sender=HANL, to=[ZHENG],
    subject="Re: 供应链金融接口签名算法",
    body="""郑经理：

贵行要求接口签名统一改为SM2国密算法，我们理解这是合规要求。目前我方ERP的对接组件只支持RSA签名，本期没法直接切换。

我们会在7月5日前完成国密改造的技术评估，给出改造方案和上线时间；在此之前，建议继续沿用现有的RSA双向证书方式。评估过程中如需贵行提供测试证书，我再单独联系您。

韩磊""",
    quote="""韩经理：
根据我行最新安全规范，所有对接系统须于三季度末前改用SM2签名，请贵方配合。
郑伟""",
    quote_from=ZHENG, quote_style="foxmail")

add(expect=[], lang="zh",
    why="hard negative: 'Connection refused' / 防火墙拒绝 as technical terms in a root-cause note",
    sender=HEJ, to=[ZHAO],
    subject="IoT网关连不上OPC UA服务器的原因",
    body="""赵经理：

昨晚三号线网关掉线的原因查到了：网关日志里一直报"Connection refused"，是贵司上周新上的防火墙策略拒绝了4840端口的入站连接，OPC UA服务本身是正常的。

需要贵司网络组在防火墙上对网关IP（10.20.3.15）放行TCP 4840。放行后网关会自动重连，不需要我们再去现场。策略说明附在后面，方便网络组审核。

何俊""")

add(expect=[], lang="en",
    why="hard negative: 'I'm not turning down the dashboard', backlog item 58, mock-up date, client may choose to start earlier",
    sender=ETHAN, to=[VOGT],
    subject="Re: Supplier PPM dashboard",
    body="""Dear Dr. Vogt,

To be clear, I'm not turning down the supplier PPM dashboard. My suggestion is only about timing: the pilot on Line 1 will give us four weeks of real inspection data by 12 July, and I would rather design the dashboard on that data than on assumptions.

I've put it on the backlog as item 58 with you as requester, and I'll bring a first mock-up to the review on 16 July. If you'd prefer that we start earlier with the data we have today, tell me and we'll do that instead.

Best regards,
Ethan Zhou""")

# =====================================================================
# NEGATIVES: backchannel-like (10)
# =====================================================================

add(expect=[], lang="zh",
    why="hard negative: internal, constructive - client VP's anxiety is justified, team will meet him in person",
    sender=XUZ, to=[CHEN, LIUC],
    subject="王总对延期的担心",
    body="""两位：

今天下午王总打电话来，语气比较急，主要担心二期上线再往后拖会赶不上主机厂9月份的审核。说实话他的担心有道理，我们给的计划里确实没把他们的审核节点标出来。

我的想法：明天上午我们三个一起去厂里，当面把计划过一遍，把审核前必须上线的功能单独拎出来，给他一个明确的时间表。刘畅今晚先把甘特图按审核节点改一版。

许哲""")

add(expect=[], lang="en",
    why="hard negative: internal note taking the German client's sharp criticism seriously ('he has a point... that's on us')",
    sender=DANIEL, to=[MICHAEL],
    subject="Klaus's feedback on the 2.4 release notes",
    body="""Michael,

Klaus called me after the release. He was sharp about it, but he has a point: our release notes for 2.4 said "various fixes" and nothing else, and his validation team had no way of knowing what to retest. That's on us.

I'd like to walk him through the actual change list on Thursday's call and send the team a proper release-note template so this doesn't happen again. Could you join for the first ten minutes? It will show him we take it seriously.

Daniel""")

add(expect=[], lang="zh",
    why="hard negative: banter praising own engineers ('服了你们俩', '卷死谁'), nothing about the client",
    sender=CHEN, to=[MAX, HEJ], cc=[LIUC],
    subject="周末切换辛苦了",
    body="""马骁、何俊：

服了你们俩，三条线一个通宵全切完，早上七点班组长刷卡报工一个报错都没有。我原本预留了两个晚上，结果一晚上就搞定，这是要卷死谁？

这周五下午茶我请，奶茶炸鸡随便点。另外切换记录整理一下，周一发给赵经理留档。

思远""")

add(expect=[], lang="zh",
    why="hard negative: junior PM criticises her own KPI report and aligns with the client's definition",
    sender=LIUC, to=[CHEN],
    subject="周报数据口径的问题",
    body="""思远哥：

今天赵经理指出周报里的报工及时率和他们车间统计的对不上，我查了一下，是我算的时候把返工工单也算进去了，他们的口径是不含返工的。这是我的问题，没提前跟客户对齐口径就发了，挺丢人的。

我已经按他们的口径重新算了一版，差异说明也写好了，你看一下没问题我就发给赵经理。以后新指标我都先跟客户确认定义再出数。

刘畅""")

add(expect=[], lang="mixed",
    why="hard negative: client's insults ('摆设', threat about final payment) only in the Foxmail quote; PM replies with apology and fix",
    sender=XUZ, to=[QIAN],
    subject="回复：质量追溯查询太慢",
    body="""钱部长，

非常抱歉让质量部的同事这两天受影响了。查询慢的原因已经定位：追溯查询没有走 index，数据量过了 2000 万条以后变成全表扫描，一次要 40 多秒。

今晚 22:00 我们加 index 并做 SQL 优化，test 环境里同样的查询已经降到 1.5 秒以内。明天上午 9 点我到质量部，和您一起现场验证。

许哲""",
    quote="""你们这个系统就是个摆设！查一个批次要等一分钟，审核员就站在旁边看笑话。再这样下去，尾款你们就别想要了。
钱立""",
    quote_from=QIAN, quote_style="foxmail")

add(expect=[], lang="en",
    why="hard negative: internal note with client coordinator deliberately in Cc; PM owns the bug and thanks the client team",
    sender=ETHAN, to=[DANIEL], cc=[LINA],
    subject="Line 2 label issue - root cause on our side",
    body="""Daniel,

I've added Li Na on Cc on purpose so her team can see where we are.

The wrong labels on Line 2 were not caused by the printers or the plant network, as we first suspected. Our template service kept the old part-number mapping in its cache after Monday's master-data update. That's our bug. The fix is tested and goes live tonight at 22:00; I'll be on site with Li Na's shift lead to check the first 50 labels.

Li Na, thanks to your team for keeping the mislabelled boxes segregated. That made the analysis much faster.

Ethan""")

add(expect=[], lang="zh", trad=True,
    why="hard negative (traditional): internal note about client price pressure that explains their budget cut and proposes a fair option",
    sender=LIN, to=[HUANG_T],
    subject="客戶預算的事",
    body="""一帆：

今天跟客戶採購開會，他們這次壓價壓得很緊。不過我側面了解了一下，他們今年整體IT預算確實被集團砍了兩成，不是故意刁難我們。

我的建議是把培訓拆成兩階段：上線前先做核心使用者培訓，其餘班組長培訓放到下半年預算下來後再做，總價不變，但付款可以分兩期。你看這樣跟客戶談可不可以？下週簽約前我們先對一下。

嘉欣""")

add(expect=[], lang="zh",
    why="hard negative: colleague's complaint about the client ('难伺候') only in the quote; PM explains the client's reason and proposes a proper CR",
    sender=SUNJ, to=[SONG],
    subject="Re: 罗工又改需求了",
    body="""宋佳：

辛苦了，我知道这两周来回改你很累。不过这次真不怪他们：主机厂上个月发了新版工程变更管理要求，零部件的ECN必须带上客户批准号，罗工也是被倒逼的。

明天上午我们约罗工开个短会，把新要求对应到PLM里要改的地方逐条列出来，走一次正式变更，工作量单独评估，别再零敲碎打地改了。

孙婧""",
    quote="""孙姐，罗工又改需求了，ECN表单第三次改字段，这甲方是真难伺候，改来改去没完没了。
宋佳""",
    quote_from=SONG, quote_style="gt_zh")

add(expect=[], lang="zh",
    why="hard negative: self-directed '我这脑子' after sending the wrong file; client not criticised (ASCII punctuation)",
    sender=SONG, to=[SUNJ],
    subject="发错版本了",
    body="""孙姐:

我这脑子... 刚才给罗工发的是上周的BOM导入模板, 少了两列字段. 已经打电话跟罗工说明了, 新版重新发过去了, 他说还没开始填, 没有影响.

以后发文件前我先对一下版本号. 晚上请你喝咖啡压压惊.

宋佳""")

add(expect=[], lang="zh",
    why="hard negative: internal mail crediting the client IT manager for catching a real design gap",
    sender=HANL, to=[WUH],
    subject="赵经理提的月结同步问题",
    body="""吴昊：

赵经理昨天提的那个问题，我回去想了想，他抓得很准：MES报工到ERP是每15分钟同步一次，平时没问题，但月结当天23:45以后的报工会跨期，成本就算进下个月了。我们之前的设计确实没考虑到。

建议月结日把同步改成每分钟一次，并在23:55加一次强制同步。你评估一下改动量，明天我们一起跟赵经理确认方案。

韩磊""")

# =====================================================================
# NEGATIVES: other types (12)
# =====================================================================

add(expect=[], lang="zh",
    why="hard negative: firm but polite facts about a delay caused by late client data, no blame, we absorb the cost",
    sender=ZHOUY, to=[WANG],
    subject="关于二期上线日期调整的说明",
    body="""王总：

向您说明一下二期上线日期调整的情况：

按双方确认的项目计划，物料主数据应在3月10日提供，实际于3月24日收齐；数据清洗和导入测试需要三周，因此上线日期相应从4月15日调整到4月29日。这两周的驻场费用由我方承担，不另行收费。

为避免后续再受影响，我们建议下阶段的数据提交节点提前一周做一次预检。时间线明细附在后面，您看哪里有疑问，我们随时电话对一下。

周颖""")

add(expect=[], lang="en",
    why="hard negative: 'As I mentioned on Monday's call' / 'I told you I would confirm' used as follow-through, not lecturing",
    sender=GRACE, to=[MORI],
    subject="Follow-up: interface logs and patch date",
    body="""Dear Morimoto-san,

As I mentioned on Monday's call, I've attached the interface logs for 10-14 June, filtered to the three error codes your team asked about.

I also told you I would confirm the patch date by today: confirmed. The fix for the duplicate goods-receipt messages goes live on Saturday, 22 June at 21:00, and no line stoppage is needed.

If anything in the logs is unclear, I'm happy to go through it with your team.

Best regards,
Grace""")

add(expect=[], lang="zh",
    why="hard negative: recommends option A from experience but leaves the decision to the client and offers a trial",
    sender=GUO, to=[WANG, SUNH],
    subject="数据采集方案A/B对比",
    body="""王总、孙主任：

两套采集方案的对比整理如下：

方案A：每台设备加装边缘网关，数据本地预处理后上传。稳定性高，断网不丢数，单台成本约4500元。
方案B：设备直连车间交换机，由服务器统一采集。成本约为A的三分之一，但断网时会丢数据，对网络依赖大。

从我们过往项目的经验看，方案A更稳一些；不过B在预算上优势明显，贵司车间网络这两年也改造得不错。两种方案我们都能实施，最终由贵司决定。如有需要，我们可以先各挑两台设备做两周对比测试。

郭振华""")

add(expect=[], lang="zh",
    why="hard negative: '必须重启' and '不要在高峰期操作' are technical instructions, not pressure",
    sender=HEJ, to=[ZHAO],
    subject="OPC采集服务补丁安装步骤",
    body="""赵经理：

补丁安装步骤如下，请转给贵司值班工程师：

1. 在服务器上停止"FactoryOPC"采集服务。
2. 运行补丁包 patch_2.6.3.exe，按默认路径安装。
3. 安装完成后必须重启服务器，否则新驱动不会加载。
4. 重启后确认服务状态为"正在运行"，网关指示灯变绿即可。

注意：不要在生产高峰期操作，建议放在交接班的20分钟窗口里。整个过程大约10分钟，有问题直接打我电话。

何俊""")

add(expect=[], lang="zh",
    why="hard negative: long (~650 chars) but fully on-topic UAT plan",
    sender=SUNJ, to=[LUO], cc=[WANG, SONG],
    subject="PLM系统UAT测试安排",
    body="""罗工、王总：

PLM系统UAT测试安排如下，请审阅。

一、测试时间
6月17日至6月28日，共两周。第一周为功能测试，第二周为端到端流程测试和问题回归。每天上午9:00至11:30、下午14:00至16:30为集中测试时段，16:30至17:00开当日问题碰头会。

二、测试范围
1. 零部件与BOM管理：编码申请、BOM搭建、BOM比对、EBOM与MBOM转换；
2. 图文档管理：图纸上传、版本升级、受控发布、借阅；
3. 工程变更：ECR/ECN发起、会签、发布，以及变更对BOM和工艺的影响分析；
4. 与ERP集成：物料主数据和BOM下发，检查字段映射与时效。

三、参与人员
贵司工程部3人、工艺部2人、质量部1人、IT部1人；我方孙婧、宋佳全程驻场，开发工程师远程支持，问题2小时内响应。

四、测试数据
请工程部在6月14日前准备两个在产项目的完整数据，包括约300个零部件、对应图纸和最近半年的变更记录。我们在测试环境提前导入，6月16日做一次数据核对。

五、问题管理
所有问题统一记录在共享问题清单中，按严重程度分为A、B、C三级：A类当天修复，B类3个工作日内修复，C类纳入上线后的优化清单。

六、通过标准
测试用例执行率100%，A类问题全部关闭，B类问题关闭率不低于90%，并由贵司工程部负责人签署UAT确认单。

七、沟通机制
每天碰头会的纪要当晚发出，抄送王总；每周五下午我们向王总汇报一次测试进度和遗留问题，需要贵司决策的事项单独列出。

八、风险与应对
测试期间如遇贵司月底盘点，测试人员可能被抽调。建议提前确认两位后备人员；如第一周进度落后超过20%，我们在第二周增加一名顾问驻场，确保6月28日按时结束。

如对测试范围或人员安排有调整意见，请在本周五前告诉我。

孙婧""")

add(expect=[], lang="en",
    why="hard negative: long (~430 words) but focused cutover plan for the German client, with go/no-go and rollback",
    sender=DANIEL, to=[KLAUS], cc=[VOGT, LINA],
    subject="Cutover plan Taicang MES go-live, 13-15 July",
    body="""Dear Klaus,

Please find below the cutover plan for the Taicang MES go-live, as agreed in last week's readiness review. I've kept it to the points that need your team's involvement.

1. Freeze and preparation (Wednesday 10 July)
- Master-data freeze in SAP at 18:00: no new materials, routings or BOM changes until go-live. Urgent changes go through Li Na and are logged in the cutover tracker.
- Final mock load in the QA environment overnight; results reported on Thursday at 09:00.

2. Shutdown and data migration (Saturday 13 July)
- Production stops at 06:00 after the night shift. All open work orders must be confirmed or closed in the legacy system by then.
- 06:00-14:00: migration of open orders, WIP quantities and the last 90 days of genealogy data. Your quality team validates a sample of 200 serial numbers against the legacy reports.
- 14:00: go/no-go meeting #1. Criteria: zero blocking errors in the migration log and a 100% match on the validation sample.

3. Technical start-up (Sunday 14 July)
- 08:00-16:00: line-by-line start-up of gateways and label printers, beginning with Lines 1 and 2 (safety parts).
- Each line runs ten test parts end to end, from order release to goods receipt in SAP. Your shift leaders sign the line checklist.
- 18:00: go/no-go meeting #2 with you and Dr. Vogt.

4. Production restart (Monday 15 July)
- The Sunday night shift runs at 50% rate with our engineers at every line.
- Hypercare starts Monday 06:00: an on-site team of six for four weeks, daily stand-up at 08:30 in the production office.

Rollback
If go/no-go #2 fails, we switch back to the legacy system before the Sunday night shift. The legacy database stays read/write until Monday 12:00, so a rollback takes about two hours and no production data is lost.

What we need from your side
- Named owners for migration validation, line checklists and the go/no-go decisions by 5 July.
- Access badges for twelve of our engineers for 13-15 July.
- Confirmation that the plant network team is on call over the weekend.

The hour-by-hour runbook is attached. If any of the timings clash with your production plan, let me know by Friday and we will adjust.

Best regards,
Daniel Xu""")

add(expect=[], lang="mixed",
    why="hard negative: long (~600 chars) mixed-language root-cause analysis of duplicate work orders; PM owns the mistake",
    sender=HANL, to=[ZHAO], cc=[WUH],
    subject="ERP-MES 重复工单 root cause 分析",
    body="""赵经理，

关于上周 ERP 和 MES 之间出现的 duplicate 生产工单，root cause 分析如下。

【现象】
6/3 至 6/7 共有 86 张生产工单在 MES 里出现了两份，工单号相同、下达时间相差 2 到 5 分钟，导致车间同一批料被重复报工。

【Root cause】
ERP 下发工单用的是 IDoc 异步接口。6/3 我们为了提速，把 middleware 的 retry 间隔从 10 分钟改成了 2 分钟，但 MES 端处理一张大工单（BOM 超过 200 行）需要 3 分钟左右。MES 还没回 ACK，middleware 就判定超时并重发了一次；而 MES 的接收逻辑只按 IDoc 编号去重，重发的 IDoc 编号不同，于是生成了第二张工单。

【已做的处理】
1. 6/8 已把 retry 间隔恢复为 10 分钟，之后没有再出现重复。
2. 86 张重复工单已全部在 MES 里作废，报工数据合并到原工单；库存由贵司仓库和我们一起盘点确认，结果零差异。

【后续改进】
1. MES 接收端改为按"ERP 工单号 + 版本号"做 idempotent 去重，下周三发布到 test，6/19 上 production。
2. Middleware 的 timeout 参数改为按报文大小动态计算，并补充监控告警。
3. 以后接口参数的任何修改都走 change request，并提前通知贵司 IT。

这次是我们改参数前评估不足，给车间添了麻烦，抱歉。详细日志见附件。

韩磊""")

add(expect=[], lang="zh",
    why="hard negative: polite renewal mail; '没有不可能', '拒绝借口', '严禁转发' appear only in the signature motto/disclaimer",
    sender=HUANG, to=[JIANG],
    subject="维保合同续签资料",
    body="""蒋经理：

维保合同续签的资料已经整理好，附件里有三份：
1. 明年的维保服务清单（在今年基础上增加了扫码枪和标签打印机的备件更换）；
2. 今年的服务记录汇总，共响应工单126次，平均响应时间1.8小时；
3. 报价单，总价与今年持平。

您审阅后如需调整，我下周二可以到贵司当面沟通。

-- 
黄一帆 | 客户经理
手机：139-0000-5678
没有不可能，只有不够拼！拒绝借口，说到做到。
本邮件及附件含保密信息，仅供指定收件人使用。未经授权，严禁转发、复制，违者必究。""")

add(expect=[], lang="en",
    why="hard negative: polite training schedule; 'No excuses... no compromise' and 'you must not read' only in the signature",
    sender=KEVIN, to=[TANAKA], cc=[MORI],
    subject="Training schedule for July",
    body="""Dear Tanaka-san,

Here is the proposed training schedule for July:
- 8 July, 09:00-12:00: shift leaders, order handling and rework
- 10 July, 13:00-16:00: quality inspectors, inspection plans and NC reports
- 12 July, 09:00-11:00: maintenance team, gateway and printer troubleshooting

All sessions take place in the training room next to Line 1. Please let me know if any of the dates clash with your production plan, and we will move them.

Best regards,

-- 
Kevin Li | Project Manager, Smart Manufacturing
+86 21 0000 0000
"No excuses. No shortcuts. No compromise on quality."
CONFIDENTIALITY: This e-mail is intended only for the named recipient. If you have received it in error, you must not read, copy or forward it; please delete it and notify the sender immediately.""")

add(expect=[], lang="zh",
    why="hard negative: '不可能的任务' as praise and '几乎不可能再流到下道工序' about error-proofing",
    sender=ZHOUY, to=[WANG], cc=[SUNH],
    subject="感谢车间对切换的支持",
    body="""王总、孙主任：

上周末三天，两条总装线的MES切换全部完成，周一早班正常开产。说实话，项目组开始都觉得三天切两条线是个不可能的任务，能做成，靠的是车间的全力配合：孙主任带着班组长连续两个晚上陪我们试生产，设备科提前把所有扫码枪和打印机都检查了一遍。

现在报工和追溯数据都已经实时上来了，系统会自动校验条码和工单的对应关系，漏扫、错扫几乎不可能再流到下道工序。

接下来两周我们继续驻场，有任何问题随时找我们。再次感谢！

周颖""")

add(expect=[], lang="zh",
    why="hard negative: '请相信我们的团队' backed by verification the client controls, and the timing decision left to the client",
    sender=DENG, to=[WANG], cc=[QIAN],
    subject="历史追溯数据迁移",
    body="""王总：

理解您对十年历史追溯数据迁移的顾虑，这些数据关系到主机厂的索赔追溯，谁都不敢掉以轻心。

我们的方案是分三批迁移，每批迁完都出一份核对报表，按批次号、序列号逐条比对记录数和关键字段，差异为零才进入下一批。也请贵司质量部随机抽样独立核对，抽多少、抽哪些由贵司定。

我们的团队做过七个类似的迁移项目，请相信大家会把这件事做细。如果您觉得6月这个窗口太紧，迁移推迟到7月也完全可以，对上线没有影响，您定就好。

邓晓峰""")

add(expect=[], lang="mixed",
    why="hard negative: answers the client's questions one by one; '如果夜班 test 不行' is a contingency, not a refusal",
    sender=LIUC, to=[SUNH],
    subject="Re: 夜班 test 的几个问题",
    body="""孙主任，

几个问题回复如下：

1. 夜班 test 安排在周三 22:00 开始，大约 3 小时，不影响第二天早班。
2. 需要车间配合：每条线留一位班组长，帮忙扫 20 个 sample 件。
3. 如果夜班 test 不行（比如设备临时有状况），我们就顺延到周日白班，提前一天跟您确认。
4. Test 结果周四中午前发给您和王总。

有问题随时 call 我。

刘畅""",
    quote="""刘经理：
夜班测试具体几点开始？要多长时间？车间需要配合做什么？万一当天设备出问题怎么办？
孙海涛""",
    quote_from=SUNH, quote_style="outlook_zh")


random.Random(2222).shuffle(CASES)
