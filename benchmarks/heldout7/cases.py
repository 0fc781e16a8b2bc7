# heldout7: blind TEST set of PM email drafts for mailcoach (final measurement only, do not tune on it).
# Written by an independent helper from the labelling guide and the seed article only.
# All names, companies and events are synthetic.

# --- our team ---
LIHANG = "李航 <li.hang@ourteam.example.com>"
ZHOUWEN = "周雯 <zhou.wen@ourteam.example.com>"
CHENZHUO = "陈卓 <chen.zhuo@ourteam.example.com>"
ZHAOYM = "赵一鸣 <zhao.yiming@ourteam.example.com>"
SUNXT = "孙晓彤 <sun.xiaotong@ourteam.example.com>"
ZHENGKAI = "郑凯 <zheng.kai@ourteam.example.com>"
WUSY = "吴思远 <wu.siyuan@ourteam.example.com>"
EMILY = "Emily Tan <emily.tan@ourteam.example.com>"
JASON = "Jason Wu <jason.wu@ourteam.example.com>"
LINZH = "林子涵 <lin.zihan@ourteam.example.com>"
HUANGZM = "黃志明 <huang.zhiming@ourteam.example.com>"
MINGMING = "王明明 <wang.mingming@ourteam.example.com>"
XIAOYU = "何小雨 <he.xiaoyu@ourteam.example.com>"
LIUJG = "刘建国 <liu.jianguo@ourteam.example.com>"
GUOTAO = "郭涛 <guo.tao@ourteam.example.com>"
KEVIN = "Kevin Ma <kevin.ma@ourteam.example.com>"
JIAHAO = "張家豪 <zhang.jiahao@ourteam.example.com>"

# --- clients ---
WANGLX = "王立新 <wang.lixin@client-a.example.cn>"          # retail chain, ops director
ZHANGMIN = "张敏 <zhang.min@client-a.example.cn>"           # retail chain, e-commerce / purchasing
HEGD = "何国栋 <he.guodong@client-a.example.cn>"            # logistics, director
LIUFANG = "刘芳 <liu.fang@client-a.example.cn>"             # hospital, IT department head
LIWD = "李卫东 <li.weidong@client-a.example.cn>"            # hospital, radiology head
MENGXC = "孟晓春 <meng.xiaochun@client-a.example.cn>"       # university, academic affairs office
CHENYJ = "陳怡君 <chen.yijun@client-a.example.cn>"          # university (traditional Chinese)
HSUSF = "許淑芬 <hsu.shufen@client-a.example.cn>"           # retail chain (traditional Chinese)
SARAH = "Sarah Miller <sarah.miller@client-b.example.com>"  # education group
KAREN = "Karen Lam <karen.lam@client-b.example.com>"        # international school
TOM = "Tom Becker <tom.becker@client-b.example.com>"        # logistics
DAVID = "David Koh <david.koh@client-b.example.com>"        # hospital group
RACHEL = "Rachel Lim <rachel.lim@client-b.example.com>"     # retail
ZHAOLEI = "赵磊 <zhao.lei@client-b.example.com>"            # logistics
QIANWB = "钱文斌 <qian.wenbin@bank-c.example.cn>"           # bank, settlement dept
WUXD = "吴晓东 <wu.xiaodong@bank-c.example.cn>"             # bank, credit dept
CHENJING = "陈静 <chen.jing@bank-c.example.cn>"             # bank, compliance / ops
TSAIMZ = "蔡明哲 <tsai.mingche@bank-c.example.cn>"          # bank (traditional Chinese)

CASES = [
# 1 ---------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: buffered refusal with CR number, review date, interim workaround and offer to escalate (finance, formal)",
    sender=CHENZHUO, to=[WUXD], cc=[LIUJG],
    subject="Re: 贷后台账新增按客户经理维度导出",
    body="""吴处长:

收到,谢谢贵行营业部的反馈。

该需求涉及数据权限模型的调整,经初步评估,暂不纳入本期(V2.3,11 月 28 日上线)范围。我们已登记变更单 CR-2026-118,提交 11 月 25 日的变更评审会讨论,会后两个工作日内书面答复工作量和排期。

过渡期间,可以先用现有的“机构维度”导出,再在 Excel 中按客户经理工号筛选,操作说明我们今天下班前发您。

如贵行希望提前评审,我可以请刘总监协调加开一次会议。

陈卓""",
    quote="""陈经理:
营业部希望在贷后台账里增加按客户经理维度导出的功能,最好这个月能上。
吴晓东""",
    quote_from=WUXD, quote_style="outlook_zh", trad=False,
),
# 2 ---------------------------------------------------------------------------
dict(
    expect=["argue"], lang="zh",
    why="argue: passive-aggressive lecture, points the client to its own marketing letter and tells it to align internally first (retail)",
    sender=ZHOUWEN, to=[WANGLX], cc=[],
    subject="Re: 会员积分核对问题",
    body="""王总:

积分比例从 2 分调成 1 分,是贵司市场部 9 月 3 日来函要求的,函件编号 MK-0903,附件第二页第四行,字体还特意加粗了。我们只是照单执行。

坦白讲,这类问题以后麻烦贵司内部先把口径对齐了再来找我们。不然每次都是我们把旧账翻出来给各位看,两边都挺累的。

来函扫描件再附一次,这次请务必转给市场部的同事看看。

周雯""",
    quote="""周经理:
这两天有会员投诉,消费满 100 元只给了 1 个积分,以前是 2 个。麻烦你们查一下系统是不是出了问题,谢谢。
王立新""",
    quote_from=WANGLX, quote_style="outlook_zh", trad=False,
),
# 3 ---------------------------------------------------------------------------
dict(
    expect=["ramble"], lang="zh",
    why="ramble: one request (store master data by Friday) buried in hiking, hot pot, kids and TV chatter (retail, casual)",
    sender=ZHOUWEN, to=[ZHANGMIN], cc=[],
    subject="周末小记 & 一点小事",
    body="""张姐好!

这周总算把手头的事理顺了一点,写封邮件跟您唠唠。

上周末我和我家那位去爬了趟凤凰山,本来想着初冬人少,结果山脚停车场一早就满了,绕了三圈才找到位置。山上的银杏正黄,风一吹,满台阶都是叶子,拍照特别出片。我们在半山腰的小茶铺歇了会儿,老板娘自己炒的毛尖,一杯十块,喝着比外面几十块的还香。下山的时候腿都软了,第二天上楼梯跟做贼似的,一步一步往上挪。

说到吃,楼下新开了一家潮汕牛肉火锅,我们组上周团建去吃过一次,吊龙和匙柄都是现切的,涮八秒正好,沙茶酱是店里自己调的,有点甜。您要是哪天路过可以试试,就在地铁站 B 口出来右手边,门口挂两个红灯笼那家。不过晚上七点以后要排队,最好六点前到。

我家小朋友这学期开始学钢琴,每天练半小时,我在旁边听得头皮发麻,老师说这个阶段都这样,熬过去就好了。周末还报了个乐高班,一节课两百,拼出来的东西倒是挺像样,上周拼了个挖掘机,现在天天摆在床头不让人碰。

对了,周五前麻烦把新开的 12 家门店主数据表发我一下。

最近降温挺快,早晚温差大,您和同事们注意加衣服。我这两天也有点鼻塞,每天晚上煮点姜茶,感觉好多了。听说今年冬天会比较冷,我已经把羽绒服翻出来晒了。前两天还去商场看了看,打折力度不大,准备等双十二再说。

另外,我最近在追一部讲古代茶商的电视剧,剧情一般,但服装和布景很考究,尤其是茶园那几场戏,拍得跟画一样。您要是喜欢这类剧可以看看,一共四十集,周末刷一刷正好。

还有件好笑的事,上周我妈来家里住了几天,非要教我腌咸菜,说外面买的不干净。结果阳台上摆了四个大玻璃罐,每天开窗都是一股酸味,邻居还以为我们家在做什么化学实验。我妈走的时候反复交代要放够二十天才能吃,我现在每天路过都得看一眼,生怕它们坏了。

先这样,祝周末愉快!

雯雯""",
    quote=None, quote_from=None, trad=False,
),
# 4 ---------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: client's angry slang (又双叒叕, 呵呵, !!!) only in the quote; PM reply apologises with timeline and fixes (retail)",
    sender=ZHOUWEN, to=[ZHANGMIN], cc=[],
    subject="Re: 收银系统又崩了",
    body="""张姐:

非常抱歉,今天上午的故障给门店和顾客都带来了很大麻烦,责任在我们。

情况说明:9:40 起,收银系统支付网关的证书到期,三家门店刷卡和扫码失败。10:25 证书已更换,三家门店全部恢复。这期间门店手工登记的 41 笔交易,我们今天下午派人上门协助补录。

整改措施:所有证书本周内统一接入到期预警,提前 30 天通知我们和贵司 IT。书面事故报告明天中午前发您。

周雯""",
    quote="""你们这个收银系统又双叒叕崩了!!!今天上午三家门店收不了款,顾客排队排到门口,呵呵,你们自己看着办吧。""",
    quote_from=ZHANGMIN, quote_style="gt_zh", trad=False,
),
# 5 ---------------------------------------------------------------------------
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: internal mail mocks the client's marketing head by nickname 老佛爷/太后 (retail, casual)",
    sender=ZHOUWEN, to=[XIAOYU], cc=[],
    subject="首页 banner 第七版",
    body="""小雨:

A 公司市场部那位老佛爷,今天下午又把首页 banner 的底色改回了上周一那版,这已经是第七回了。我看她老人家自己也不知道想要啥,今天心情是蓝色就要蓝,明天心情是橙色就要橙。

你先别急着改,把前几版的源文件都留着,等她下周再转回来,直接翻出来交差就行。咱们就当是陪太后逛御花园了。

周雯""",
    quote=None, quote_from=None, trad=False,
),
# 6 ---------------------------------------------------------------------------
dict(
    expect=["refusal"], lang="zh",
    why="refusal: bureaucratic, formal flat rejection with no assessment, alternative or escalation (finance)",
    sender=CHENZHUO, to=[WUXD], cc=[],
    subject="关于贵行新增报表需求的函复",
    body="""吴处长:

来函收悉。

贵行风险管理部所提“按支行维度逾期率自定义报表”一事,与项目既定范围不符。项目组内部讨论后意见一致:不安排开发,后续亦不再另行评估。系统报表功能以已验收版本为准。

请知悉。

信贷管理系统项目组
陈卓""",
    quote="""陈经理:
我行风险管理部希望在现有系统中增加按支行维度的逾期率自定义报表,可导出 Excel。请评估。
吴晓东""",
    quote_from=WUXD, quote_style="outlook_zh", trad=False,
),
# 7 ---------------------------------------------------------------------------
dict(
    expect=[], lang="en",
    why="hard negative: technical terms (rejecting/AR application reject, must accept, you must restart, connection refused, back-channel SFTP) in an incident update (healthcare IT)",
    sender=EMILY, to=[DAVID], cc=[],
    subject="HL7 ADT feed: rejected messages and next steps",
    body="""Hi David,

Quick update on the ADT feed issue from this morning.

Root cause: since the 06:00 deploy, the interface engine has been rejecting ADT^A08 messages with an AR (application reject) acknowledgement, because the new mapping expects PV1-3 as ward^room^bed and your system sends ward^bed. The interface must accept both formats, so that's a gap on our side; the fix is in code review now.

Two things for your team:
- Once we deploy the fix (target 15:00 today), you must restart the outbound channel on your side so it resends the queued messages. There are 212 of them.
- The 'connection refused' errors in your log between 06:00 and 06:20 came from the old listener port being shut down. They're harmless and won't come back.

We've also set up a back-channel SFTP drop as a fallback, so nothing gets lost if the feed stalls again.

Thanks,
Emily""",
    quote=None, quote_from=None, trad=False,
),
# 8 ---------------------------------------------------------------------------
dict(
    expect=["persuade"], lang="zh",
    why="persuade: pressure via authority (the two chairmen already agreed) telling the client to stop proposing option A (logistics)",
    sender=SUNXT, to=[HEGD], cc=[],
    subject="分拣线方案的事",
    body="""何总:

跟您交个底:我们董事长上周已经和贵司郑董一起吃过饭,分拣线用 B 方案,两位老板心里都有数了。

您这边就不用再往上报 A 方案了,报上去也是白费功夫,还显得咱们下面的人不齐心。我建议您周五的内部会上直接表态支持 B,这样大家都好做。

孙晓彤""",
    quote=None, quote_from=None, trad=False,
),
# 9 ---------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: internal banter, 明明/脑子/服了 as praise for a colleague and 醉了 aimed at oneself; nothing about the client (education, internal)",
    sender=LIHANG, to=[MINGMING, XIAOYU], cc=[],
    subject="昨晚的报表性能优化",
    body="""明明、小雨:

明明你这脑子是怎么长的?一晚上把成绩统计报表从 40 秒干到 2.8 秒,我早上看监控还以为看错了,服了,真服了。

小雨写的回归脚本也立了大功,一次跑完 300 多个用例,零失败。

我这边就比较丢人了,昨天又把周四跟教务处的会议室订成了周五,被孟老师提醒才发现,我这记性也是醉了。已经改好,大家别走错。

中午我请奶茶。

李航""",
    quote=None, quote_from=None, trad=False,
),
# 10 --------------------------------------------------------------------------
dict(
    expect=["argue", "refusal"], lang="zh",
    why="argue+refusal: lectures the client about a signed freeze decision and flatly says the field will not be added (logistics)",
    sender=ZHENGKAI, to=[ZHAOLEI], cc=[],
    subject="Re: 运单批量导入再加一个字段",
    body="""赵经理:

这个字段的事,需求冻结会上就已经明确说过不加了,会议纪要第三条,您本人签的字。

同样的问题问第二遍,答案也不会变:不加。也请贵司尊重一下双方定下的流程,别每周都把已经关掉的事重新翻出来。

郑凯""",
    quote="""郑经理,运单批量导入能不能再加一个“客户自定义备注”字段?业务那边很需要。""",
    quote_from=ZHAOLEI, quote_style="gt", trad=False,
),
# 11 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: long but focused UAT plan, as long as the ramble drafts (healthcare IT)",
    sender=ZHAOYM, to=[LIUFANG], cc=[MINGMING],
    subject="检验信息系统(LIS)第二轮 UAT 计划",
    body="""刘主任:

第二轮 UAT 的计划整理如下,请您和检验科审阅,如无意见,我们按此执行。

一、时间安排
11 月 16 日(周一)至 11 月 20 日(周五),共五个工作日。每天 9:00–11:30 执行测试,14:00–15:00 召开问题碰头会,当天问题当天分级。

二、测试范围
1. 标本流转:门诊、住院、急诊三类标本从采集、签收到上机的全流程;
2. 仪器接口:生化、免疫、血常规共 7 台仪器的双向通讯;
3. 结果审核:自动审核规则 46 条,以及危急值的推送与闭环;
4. 报告发布:回传 HIS、自助机打印、手机端查询三个渠道;
5. 第一轮遗留的 11 个问题的回归验证。

三、人员分工
贵科室请安排三位技师分别负责生化、免疫和临检,一位组长负责结果审核规则的确认;我方派驻两名实施工程师和一名测试工程师全程在现场,开发人员远程待命,响应时间不超过 30 分钟。

四、测试数据
使用 11 月 13 日从生产库脱敏导出的 2000 份历史标本,患者姓名与证件号已全部替换。危急值场景需要额外构造 15 份样本,由我方准备,周五前发给您确认。

五、通过标准
P1 问题为零;P2 问题不超过 3 个,且都有明确的修复日期;自动审核规则的判定结果与人工审核的一致率不低于 98%。

六、风险与应对
1. 仪器厂商工程师的到场时间尚未最终确定,如周二不能到位,免疫组的接口测试顺延到周三;
2. 测试期间如遇临床急诊高峰,测试暂停,优先保障临床。

七、沟通机制
测试期间建立专用工作群,贵科室三位技师、组长和我方现场人员都在群里,问题随时提出;严重问题我会在十五分钟内电话同步给您。每天下午五点前,我会把当天的测试日报发到您的邮箱,内容包括执行进度、问题数量和次日计划。

八、输出物
每日测试日报、问题清单、最终 UAT 报告及签字页。

如对范围或时间有调整意见,请在周五中午前告诉我。

赵一鸣""",
    quote=None, quote_from=None, trad=False,
),
# 12 --------------------------------------------------------------------------
dict(
    expect=["argue"], lang="en",
    why="argue: condescending 'one more time, slowly', blames the client's warehouse and tells them not to raise it again (logistics)",
    sender=JASON, to=[TOM], cc=[],
    subject="Re: Label misprints at Ningbo DC",
    body="""Tom,

I'm going to walk through this one more time, slowly, because we keep ending up in the same place.

The label template we render is the one your own packaging team signed off in August: 100 x 150 mm, barcode 12 mm from the top. The Ningbo printers are loaded with 100 x 100 stock. Nobody on our side chose that stock. If the paper doesn't match the spec, the labels won't either. That isn't a software defect and it never was.

Please get your warehouse to load the right rolls before this lands in my inbox again.

Jason""",
    quote="""Jason,
We're seeing misprinted shipping labels again at the Ningbo DC - the barcode overlaps the address block on about 1 in 20 labels. Can your team look into it today?
Tom""",
    quote_from=TOM, quote_style="gt", trad=False,
),
# 13 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: negation ('不是“不行”') followed by two concrete options and a meeting (education)",
    sender=LIHANG, to=[MENGXC], cc=[],
    subject="关于成绩分析看板的初步想法",
    body="""孟老师好,

先说结论:这事不是“不行”,而是“需要换个做法”。

成绩分析看板本身技术上没有难度,卡点在数据授权:按学校现在的规定,学院教学秘书只能看本学院的成绩,而看板需要跨学院对比。我们想了两个办法:

1. 看板只展示汇总后的百分位,不露个人成绩,这样不涉及授权变更;
2. 走学校信息化办公室的数据授权申请,我们协助准备材料,大约需要两周。

您看哪种更合适?下周二例会我们可以一起过一下细节。

李航""",
    quote=None, quote_from=None, trad=False,
),
# 14 --------------------------------------------------------------------------
dict(
    expect=["refusal"], lang="zh",
    why="refusal: flat no wrapped in friendly slang and emoji ('咱就别惦记啦', '就当没提过'), no buffer (retail, casual)",
    sender=ZHOUWEN, to=[ZHANGMIN], cc=[],
    subject="回复:小程序能不能加个直播入口",
    body="""张姐~

直播入口这个事儿咱就别惦记啦哈哈😂 这期肯定不弄,下期估计也悬,您就当没提过哈。

其他有啥随时喊我!

雯雯""",
    quote=None, quote_from=None, trad=False,
),
# 15 --------------------------------------------------------------------------
dict(
    expect=["backchannel"], lang="en",
    why="backchannel: reply-all accident, mocks the client as 'Captain Spreadsheet' with the client still in Cc (logistics)",
    sender=JASON, to=[KEVIN], cc=[TOM],
    subject="Re: ETA model accuracy",
    body="""Kevin - heads up, Captain Spreadsheet is at it again. Now he wants the ETA model to "feel more accurate". I'd love to know what that means, though I'm fairly sure he doesn't either. Just nod along on Thursday's call and we'll tweak a colour somewhere; he'll never notice.

J""",
    quote="""Team,
The ETA predictions still feel off to our dispatchers. Can we make the model feel more accurate before the pilot review?
Tom""",
    quote_from=TOM, quote_style="outlook", trad=False,
),
# 16 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: risky motto (沒有做不到的事) and disclaimer only in the signature; body is a polite schedule (retail, traditional Chinese)",
    sender=LINZH, to=[HSUSF], cc=[],
    subject="門市 POS 換機時程確認",
    body="""許組長您好：

門市 POS 換機的時程整理如下，請協助確認：

第一批（台北 8 家）：11 月 18 日晚間閉店後進行；
第二批（桃園、新竹 6 家）：11 月 25 日晚間；
第三批（其餘 11 家）：12 月 2 日晚間。

每家店換機約需 90 分鐘，我們會派兩位工程師到場，並於隔日開店前完成測試交易。若某家門市當週有活動需要避開，請告訴我，我們再調整。

-- 
林子涵｜專案經理
沒有做不到的事，只有不想做的人。
本郵件內容僅供指定收件人使用，未經授權不得轉寄。""",
    quote=None, quote_from=None, trad=True,
),
# 17 --------------------------------------------------------------------------
dict(
    expect=["persuade"], lang="en",
    why="persuade: pushes own hosted module, pressures the client to shelve their in-house engine and declares nothing left to debate (retail)",
    sender=EMILY, to=[RACHEL], cc=[],
    subject="Points engine - let's close this out",
    body="""Rachel,

I've shipped eleven loyalty platforms. Every client who insisted on building their own points engine regretted it within a year, and yours won't be the exception.

So let's stop going around in circles: shelve the in-house engine, sign off on our hosted module this week, and we all move on. I really don't see anything left to discuss here, and I'd rather not burn another steering meeting on it.

Emily""",
    quote=None, quote_from=None, trad=False,
),
# 18 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: technical terms (唯一索引冲突, 数据库拒绝插入, 持卡人拒付, 驳回) in a root-cause note (finance)",
    sender=CHENZHUO, to=[QIANWB], cc=[],
    subject="11月9日代扣重复展示排查结论",
    body="""钱处:

11 月 9 日代扣批次的排查结论如下:

1. 现象:有 6 笔代扣在流水表里出现两条记录。
2. 原因:第二条记录写入时触发了唯一索引冲突,数据库拒绝了插入,但我方日志把这次失败也记成了“已提交”,导致报表重复展示。资金层面只扣了一次,对账文件可以佐证。
3. 同批次另有 3 笔是持卡人发起的拒付,属于正常业务,与本次问题无关。
4. 修复:日志逻辑已改,本周四随补丁上线;贵行审批流中这 6 笔被“驳回”的冲正申请,可以直接作废,无需重新发起。

明细附后,如需电话会议过一遍,我随时可以。

陈卓""",
    quote=None, quote_from=None, trad=False,
),
# 19 --------------------------------------------------------------------------
dict(
    expect=["ramble"], lang="zh",
    why="ramble: formal, verbose letter about calligraphy, tea, go and family with the go-live window confirmation buried in the middle (finance)",
    sender=CHENZHUO, to=[QIANWB], cc=[],
    subject="近况问候暨上线事宜",
    body="""钱处长台鉴:

时近立冬,寒意渐浓,久未致函问候,甚为挂念。近日偶得闲暇,提笔写几句近况,聊表心意,也望钱处长公务之余多加保重。

上周末有幸去省美术馆看了一场明清书法展,展品不多,但件件精到。其中一幅王铎的行草条幅,笔势连绵,墨色浓淡相间,我站在跟前看了足足半个钟头。讲解员说,王铎晚年作字,常常一气呵成,不计工拙,这份从容实在令人神往。回来后我翻出了搁置多年的笔墨,临了几页《圣教序》,手生得厉害,写出来歪歪扭扭,家里人笑我是“退步神速”。

说到从容,前些日子一位老朋友从武夷山带回两饼岩茶,说是正岩的肉桂。周日午后泡了一壶,汤色橙黄透亮,入口有明显的桂皮香,回甘绵长,三泡之后依然有味。听闻钱处长也好茶,改日若有机会,带一饼过去请您品鉴指正。

另,下周二(11 月 17 日)晚间的系统上线窗口,烦请贵行于本周四前书面确认。

近来我还重拾了围棋,每晚在网上下一两盘快棋,胜少负多,棋力大约停留在业余三段的水平。前天碰到一位对手,开局走了个罕见的大雪崩定式,我算了半天没算清楚,最后中盘认输。事后复盘,才发现自己一步贪吃,满盘皆输。下棋如此,做事大概也是这个道理。

老家来电话说,今年的橘子收成不错,父母亲在院子里晒了许多橘皮,准备做陈皮。母亲特意叮嘱,天冷了要多穿衣服,少熬夜。人到中年,愈发觉得这些家常话分量最重。

另外听说贵行今年秋季运动会办得很热闹,篮球赛打进了决赛,不知钱处长有没有上场?年轻时我也打过几年后卫,如今跑两步就喘,只能在场边喝彩了。

前几日整理书房,翻出一本二十年前的读书笔记,字迹青涩,摘抄的多是唐宋诗词。其中有一句“竹杖芒鞋轻胜马”,当时只觉得潇洒,如今再读,才品出几分豁达与无奈。

絮絮叨叨写了这么多,不敢再占用您宝贵的时间。顺颂冬安,阖家幸福!

陈卓 敬上""",
    quote=None, quote_from=None, trad=False,
),
# 20 --------------------------------------------------------------------------
dict(
    expect=[], lang="en",
    why="hard negative: 'not the whole thing by Nov 20' followed by two concrete dated options and the choice left to the client (retail)",
    sender=EMILY, to=[RACHEL], cc=[],
    subject="Re: Gift cards live by Nov 20?",
    body="""Hi Rachel,

Short version: not the whole thing by Nov 20, at least not without cutting regression testing, which I wouldn't recommend for anything that touches money.

Two ways we can play it:

1. Basic gift cards (purchase, redeem, balance check) live on Nov 20; balance transfer follows on Dec 4.
2. The full module, transfer included, live on Dec 1.

Either works on our side. If you can let me know which one marketing prefers by Thursday, I'll lock the plan and send the updated timeline the same day.

Best,
Emily""",
    quote="""Emily,
Marketing wants gift cards (including balance transfer between cards) live by Nov 20 for the holiday campaign. Is that doable?
Rachel""",
    quote_from=RACHEL, quote_style="gt", trad=False,
),
# 21 --------------------------------------------------------------------------
dict(
    expect=["argue"], lang="zh",
    why="argue: sarcastic rhetorical question about which word of the manual is unclear, offers to read it aloud word by word (education, traditional Chinese)",
    sender=LINZH, to=[CHENYJ], cc=[],
    subject="關於選課系統「無法退選」的問題",
    body="""陳組長您好：

貴校教務處昨天又來電反映「學生無法退選」。這個問題，我們在十月的教育訓練、操作手冊第 12 頁、以及上週的會議紀錄裡，已經分別說明過三次：退選期間是在系統參數裡設定的，而參數由貴處自行維護。

我實在很好奇，是哪一個環節的說明讓人看不懂？如果手冊的字太多，要不要我們乾脆派人到貴處，一個字一個字念給各位聽？

參數設定畫面的截圖再附一次，請貴處自行調整。

林子涵""",
    quote=None, quote_from=None, trad=True,
),
# 22 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: internal forward takes the client's harsh words (没长脑子) seriously and plans fixes and a face-to-face report (education)",
    sender=LIHANG, to=[MINGMING, GUOTAO], cc=[],
    subject="转发:孟老师对选课页面的意见",
    body="""明明、老郭:

转发孟老师的原话给大家。话说得重,但说到了点子上:选一门课要点五次,确实是我们设计的问题;高峰期排队,也是我们压测没做够。

这周我们做两件事:
1. 明明牵头把选课流程压缩到两步以内,周四出原型;
2. 老郭重新做一轮 3000 并发的压测,周五出报告。

周五下午我会带着原型和压测结果去教务处,当面向孟老师汇报。

李航""",
    quote="""李经理:
选课页面我真的要说两句了。学生要点五次才能选上一门课,高峰期还要排队,你们设计的时候是没长脑子吗?请认真改!
孟晓春""",
    quote_from=MENGXC, quote_style="foxmail", trad=False,
),
# 23 --------------------------------------------------------------------------
dict(
    expect=["refusal"], lang="en",
    why="refusal: terse flat no, neither in the contract nor as a change request (logistics)",
    sender=JASON, to=[TOM], cc=[],
    subject="customs broker portal",
    body="""Tom,

Re the customs-broker portal you raised on the call: we're not building that. Not in this contract, not as a change request.

Jason""",
    quote=None, quote_from=None, trad=False,
),
# 24 --------------------------------------------------------------------------
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: internal mail mocks a named bank officer (對牛彈琴, 聽不懂只會告狀) (finance, traditional Chinese)",
    sender=HUANGZM, to=[JIAHAO], cc=[],
    subject="許襄理那邊",
    body="""家豪：

跟你說一下，C 銀行那位許襄理真的很厲害，自己寫的 SQL 沒加索引，一查就是全表掃描，還理直氣壯地跟她主管說是我們系統慢。跟她講執行計畫，根本是對牛彈琴。

下次她再來信，你直接轉給我就好，不用回。反正講了她也聽不懂，只會往上告狀。

志明""",
    quote=None, quote_from=None, trad=True,
),
# 25 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: long but focused root-cause analysis that owns a design flaw (logistics)",
    sender=SUNXT, to=[HEGD], cc=[GUOTAO],
    subject="11月6日华东分拨中心错发事件根因分析",
    body="""何总:

关于 11 月 6 日华东分拨中心 327 件包裹错发到相邻格口的事件,根因分析如下。

一、事件经过
11 月 6 日 20:14 至 21:02,分拣线 3 号段共有 327 件包裹被投递到相邻格口。21:05 现场主管发现异常,21:10 切换到人工复核模式,21:40 恢复自动分拣。所有错发包裹于 11 月 7 日上午 10 点前完成二次分拣,未造成客户投诉。

二、直接原因
3 号段的光电触发延时参数由 120 毫秒被改为 180 毫秒,导致包裹到达格口时翻板动作滞后,落入下一格口。

三、根本原因
1. 参数修改发生在 11 月 6 日 19:50 的例行维护中。维护工程师为排查另一台传感器的误报,临时调整了参数,维护结束后没有恢复。
2. 我方提供的运维后台允许直接修改生产参数,没有二次确认和变更记录,这是系统设计上的缺陷。
3. 参数异常后,监控只统计分拣总量,没有对“格口实际落包率”设置告警,导致问题持续了 48 分钟才被人工发现。

四、影响评估
本次错发涉及 41 家下游网点,其中 12 家网点当日的派送时效受到影响,平均延迟约 5 小时。我们已协助贵司客服部整理了受影响运单清单,并按贵司要求提供了给收件人的致歉短信模板。经与贵司财务确认,本次事件不涉及理赔。我方对此次事件负主要责任,运维后台的缺陷会作为本季度最高优先级处理。

五、整改措施
1. 运维后台修改分拣参数增加双人确认,并自动记录变更前后值,11 月 20 日上线;
2. 新增格口落包率监控,偏差超过 2% 时五分钟内告警到值班手机,11 月 18 日上线;
3. 维护作业单增加“参数复原确认”一项,由贵司现场主管签字,即日起执行;
4. 对其余 5 个分拨中心做一次参数比对,本周五前给出结果。

六、需要贵司配合
请安排现场主管参加下周二的整改评审会,确认维护作业单的新流程是否可行。

详细日志和参数变更截图见附件。

孙晓彤""",
    quote=None, quote_from=None, trad=False,
),
# 26 --------------------------------------------------------------------------
dict(
    expect=["persuade"], lang="zh",
    why="persuade: deadline pressure, calls the client's preference outdated and demands an '同意' by end of day (healthcare IT)",
    sender=ZHAOYM, to=[LIUFANG], cc=[],
    subject="Re: 关于本地部署的考虑",
    body="""刘主任:

离等保测评只剩三周,现在能走通的只有一条路:全部迁到我们的专属云。

院领导的顾虑我懂,但恕我直言,本地机房那一套是十年前的思路了。再评估也是同样的结论,与其反复讨论,不如您这边回去做做领导的工作,把云方案定下来。真出了问题,坚持本地的人可担不起这个责任。

今天下班前请回复一个“同意”。

赵一鸣""",
    quote="""赵经理:
院领导还是倾向于本地部署,担心数据放在云上不安全。能不能再评估一下本地方案?
刘芳""",
    quote_from=LIUFANG, quote_style="gt_zh", trad=False,
),
# 27 --------------------------------------------------------------------------
dict(
    expect=[], lang="en",
    why="hard negative: client calls us clueless in the quote; PM reply is apologetic with a fix date ('I'm not going to argue otherwise') (retail)",
    sender=EMILY, to=[RACHEL], cc=[],
    subject="RE: Checkout outage - third time",
    body="""Rachel,

You're right to be frustrated, and I'm sorry. Three outages in a month is not acceptable, and I'm not going to argue otherwise.

Here's where we are: all three incidents trace back to the same connection-pool limit on the payment service. We raised the limit last night as a stopgap, and the proper fix (moving the service to autoscaling) is in testing now, going live Wednesday at 02:00.

I'd like to walk you and your IT lead through the root-cause report on Thursday. Does 10:00 work? I'll bring our CTO as well.

Emily""",
    quote="""Emily,
This is the THIRD checkout outage this month. Honestly your team seems clueless. Fix it properly or we start looking at other vendors.
Rachel""",
    quote_from=RACHEL, quote_style="outlook", trad=False,
),
# 28 --------------------------------------------------------------------------
dict(
    expect=["persuade", "refusal"], lang="en",
    why="refusal+persuade: 'off the table' with no buffer, then tells the client their nurses don't need it and to get the ED team to accept the standard build (healthcare IT)",
    sender=EMILY, to=[DAVID], cc=[],
    subject="RE: Custom triage dashboard",
    body="""David,

The custom triage dashboard is off the table. And honestly, your nurses don't need one: the standard board already shows everything they'll realistically use. I'd ask you to go back to the ED team and get them to accept the standard build, so we can stop spending meetings on this.

Emily""",
    quote="""Hi Emily,
Our ED nurses have asked for a custom triage dashboard showing wait times by acuity level. Can this be added before go-live?
Thanks,
David""",
    quote_from=DAVID, quote_style="outlook", trad=False,
),
# 29 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: constructive internal discussion of the bank's urgency (C行 named neutrally, colleague 明明), proposes an on-site visit (finance)",
    sender=CHENZHUO, to=[MINGMING], cc=[LIUJG],
    subject="C行运营部最近的几封邮件",
    body="""明明:

C 行运营部这周连发了三封邮件问对账进度,语气一封比一封急。我理解他们是月底关账压力大,不是故意为难我们。

我的想法是:明天上午我们俩一起去一趟他们那边,把差异清单逐笔过一遍,当场能解释的当场解释,解释不了的列成待办,写明责任人和完成时间。另外,以后每天下午五点我们主动发一封对账日报,别等他们来问。

刘总,你看这样安排可以吗?

陈卓""",
    quote=None, quote_from=None, trad=False,
),
# 30 --------------------------------------------------------------------------
dict(
    expect=["ramble"], lang="zh",
    why="ramble: typhoon, Tainan food, cat, running and a book; one deadline (proctor account list by 11/20) buried (education, traditional Chinese)",
    sender=LINZH, to=[CHENYJ], cc=[],
    subject="近況分享",
    body="""怡君組長您好：

好久沒寫信問候了，最近台北總算涼了一點，早晚騎車上班要加一件外套。上個月颱風過境那幾天，我們家陽台的盆栽倒了一排，九層塔和薄荷全軍覆沒，只剩一盆蘆薈還頑強地站著，家人都說它是我們家最有骨氣的成員。

十月底我回了一趟台南，照例從國華街一路吃到保安路。早上先去吃鹹粥，虱目魚肚滑嫩，油條泡在湯裡剛剛好；中午排了四十分鐘的牛肉湯，溫體牛肉燙得粉嫩，配一碗肉燥飯，整個人都活過來了。下午本來想去安平走走，結果太陽太大，只好躲進一間老屋咖啡店，點了一杯冰滴，坐著發呆兩個小時。晚上又去花園夜市，豆花、烤玉米、炸雞排，一樣都沒放過，回台北之後胖了兩公斤。

家裡那隻橘貓最近也很有戲，每天清晨五點準時跳上床踩我的臉，非要我起來倒飼料不可。獸醫說牠有點過胖，要控制食量，結果牠現在每天用很哀怨的眼神看著我，好像我虧欠了牠什麼似的。

對了，請在 11 月 20 日前回覆期末考線上監考的老師帳號名單。

另外我最近開始練跑，目標是明年三月的半程馬拉松。目前一次大概能跑八公里，配速還很慢，每次跑完小腿都很痠。同事推薦我買一雙緩震比較好的跑鞋，我在店裡試穿了好幾雙，價格都不便宜，還在猶豫中。如果您有推薦的品牌，也歡迎告訴我。

前幾天在書店看到一本講台灣老建築的書，裡面有好幾頁介紹貴校的舊圖書館，照片拍得很美，才發現原來那棟紅磚樓已經快一百年了。下次去學校開會，想找時間好好走一圈。

上週末還跟朋友去陽明山泡溫泉，山上已經有點冷了，泡完出來吃了一碗熱騰騰的野菜湯和白斬雞，回程路上看到整片芒草在夕陽下發亮，美得讓人捨不得下山。朋友說十二月還會開放賞楓步道，到時候一定要再去一次。

天氣轉涼，請多保重身體。

林子涵""",
    quote=None, quote_from=None, trad=True,
),
# 31 --------------------------------------------------------------------------
dict(
    expect=["argue"], lang="zh",
    why="argue: terse, blaming, '？？' and 'we don't vouch for other people's signatures' aimed at the client (healthcare IT)",
    sender=ZHAOYM, to=[LIUFANG], cc=[],
    subject="回复:LIS接口字段又不对",
    body="""刘主任:

接口文档 V3.2,字段表第 7 页,参考范围那一栏写的是“由 HIS 端自行维护”。这份文档是贵科室 8 月 21 日盖章确认的。

现在回头说字段不对??当初是谁签的字,请先在贵科室内部问清楚,我们不替别人的签字兜底。

赵一鸣""",
    quote="""赵经理,检验结果回传 HIS 的时候,参考范围字段是空的,医生那边反映很大,请尽快处理。""",
    quote_from=LIUFANG, quote_style="foxmail", trad=False,
),
# 32 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: escalation to the delivery director with a call time; the client's threat (到底行不行, 投诉) only in the quote (healthcare IT)",
    sender=ZHAOYM, to=[LIWD], cc=[LIUJG],
    subject="回复:报告打印格式到底什么时候改?",
    body="""李主任:

非常抱歉让您等了这么久,这件事是我们跟进不力。

报告打印格式的调整涉及放射科、超声科共用的模板,改动会影响另外两个科室,已经超出我能单独拍板的范围。我今天上午已经把您的需求、影响范围和两种改法整理好,提交给我们的交付总监刘建国(已抄送)。刘总周四上午十点前会直接给您打电话,确定方案和时间。

在此之前,如果打印时遇到影响临床的情况,请直接打我手机 138-0000-1234,我们先手工处理。

赵一鸣""",
    quote="""赵经理,报告打印格式说了三周了还没改,你们到底行不行?再拖下去我们就直接找院里投诉了!""",
    quote_from=LIWD, quote_style="foxmail", trad=False,
),
# 33 --------------------------------------------------------------------------
dict(
    expect=["refusal"], lang="zh",
    why="refusal: hidden in an otherwise normal meeting recap ('项目组不做,后续不再讨论') (education)",
    sender=LIHANG, to=[MENGXC], cc=[MINGMING],
    subject="11月12日教务系统周会纪要",
    body="""孟老师好,

今天周会的纪要如下,请查收:

一、排课模块:第二轮 UAT 已完成,遗留问题 4 个,本周五前关闭。
二、成绩录入:教师端批量导入模板已更新,明天上午发各学院教学秘书。
三、教务处提出的“成绩单批量生成 PDF 并加盖电子章”:项目组不做,后续不再讨论。
四、下周例会改到周三下午 2 点,地点不变。

如有遗漏请补充。

李航""",
    quote=None, quote_from=None, trad=False,
),
# 34 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: firm but polite contract facts (合同附件三第4.2条), waives the overrun and offers two options (logistics)",
    sender=ZHENGKAI, to=[ZHAOLEI], cc=[],
    subject="关于本月驻场人天的说明",
    body="""赵经理您好:

跟您同步一下本月驻场支持的情况。根据合同附件三第 4.2 条,驻场支持为每月 10 人天,本月截至今天已使用 12.5 人天,主要用在仓库盘点和 PDA 换机上。

超出的 2.5 人天我们这次不另外计费。不过 12 月还有年终盘点,预计需要 15 人天左右,想请您在下周二前帮忙确认:是按合同单价追加人天,还是把部分工作改成远程支持?两种方式我们都可以配合。

郑凯""",
    quote=None, quote_from=None, trad=False,
),
# 35 --------------------------------------------------------------------------
dict(
    expect=["backchannel"], lang="mixed",
    why="backchannel: reply-all accident mocking the hospital's IT staff ('next level 的外行', 'I can't even') with the client head in Cc (healthcare IT)",
    sender=ZHAOYM, to=[MINGMING], cc=[LIUFANG],
    subject="Re: VPN 远程支持",
    body="""明明,

跟你吐个槽:这家医院信息科的 IT 真的是 next level 的外行,VPN client 装了三遍都装不上,最后还得我们远程手把手教他点“下一步”。就这 level,还天天在群里质疑我们的 architecture,I can't even.

明天的远程支持你去吧,我怕我忍不住。

一鸣""",
    quote=None, quote_from=None, trad=False,
),
# 36 --------------------------------------------------------------------------
dict(
    expect=[], lang="en",
    why="hard negative: long but focused cut-over plan with rollback and go/no-go (finance)",
    sender=EMILY, to=[CHENJING], cc=[LIUJG],
    subject="Core data migration: cut-over plan for Nov 28-29",
    body="""Dear Chen Jing,

Please find below the cut-over plan for the customer and loan data migration. I'd be grateful if your operations and IT teams could review it by Wednesday, Nov 25, so we can hold the final go/no-go on Thursday.

1. Scope
- 1.84 million customer records, 312,000 active loan accounts and 14 months of repayment history.
- Closed accounts older than 14 months stay in the legacy archive and remain searchable through the read-only portal.

2. Timeline (Beijing time)
- Sat Nov 28, 18:00: branch systems close; last batch run on the legacy platform.
- 18:30: legacy database frozen; full export starts (estimated 2.5 hours).
- 21:00: transformation and load into the new core (estimated 4 hours).
- Sun Nov 29, 01:00: automated reconciliation - record counts, balance totals per product, and 500 randomly sampled accounts compared field by field.
- 03:00: business verification by your operations team (we suggest six people, two per product line).
- 06:00: go/no-go decision for opening.
- 08:00: branches open on the new core.

3. Rollback
If reconciliation shows any balance difference, or business verification finds a P1 issue, we roll back to the legacy platform. The legacy database stays frozen, not deleted, until Dec 13, so rollback takes about 40 minutes and needs no data reload. The latest point at which we can decide to roll back without affecting Sunday opening is 06:30.

4. Support
- Our team on site: six engineers plus myself, from 17:00 Saturday to 20:00 Sunday.
- Hypercare: check-in calls at 09:00 and 17:00 every day for the first two weeks after go-live.

5. What we need from the bank
- Names and phone numbers of the six business verifiers by Nov 25.
- Sign-off on the reconciliation thresholds (attached) by Nov 25.
- Someone with authority to make the go/no-go call on site from 05:30 on Sunday.

6. Risks
- Export time depends on archive log volume; if it overruns by more than an hour, we will start the load in parallel by product line.
- Two branches still have unreconciled suspense items from October. We suggest clearing them before Nov 27; otherwise they will be migrated as they are and flagged for follow-up.

7. Communication
- During the cut-over we will post a status line in the shared war-room channel at every milestone above, and I will phone you directly if any step runs more than 30 minutes late.
- If we roll back, branch managers receive a prepared notice by 07:00 on Sunday; the draft wording is attached for your communications team to adjust.
- A short written summary of the night, with reconciliation figures, will reach you by 12:00 on Sunday.

Happy to walk through any part of this on a call.

Kind regards,
Emily Tan
Project Manager""",
    quote=None, quote_from=None, trad=False,
),
# 37 --------------------------------------------------------------------------
dict(
    expect=["persuade"], lang="mixed",
    why="persuade: code-switched push ('唯一 realistic 的 option', 别 insist, sign the SOW by Monday or lose the window) (education)",
    sender=JASON, to=[KAREN], cc=[],
    subject="LMS 选型 final call",
    body="""Karen,

关于 LMS 选型,我就直说了:自建 Moodle 那套 approach 早就 outdated 了,您再 insist 下去,只会拖慢整个学期的排期。

我们的 platform 是目前唯一 realistic 的 option,其他几家您也不用再比了。下周一之前把 SOW 签了吧,不然 spring semester 的上线窗口就没了,到时候可别说我没提醒。

Jason""",
    quote=None, quote_from=None, trad=False,
),
# 38 --------------------------------------------------------------------------
dict(
    expect=[], lang="mixed",
    why="hard negative: client's '跟天书一样...???' only in the quote; PM admits the doc gap and offers a walkthrough (logistics)",
    sender=ZHENGKAI, to=[ZHAOLEI], cc=[],
    subject="回复:API 文档看不懂",
    body="""赵经理,

抱歉,文档确实写得不够清楚,尤其是 signature 计算那一节,漏写了 timestamp 的拼接顺序,这是我们的问题。

今天下午 3 点我们安排一个 30 分钟的 walkthrough,后端 lead 会现场演示一遍签名算法,并提供 Java 和 Python 的 sample code。会后把文档 v1.3 更新发出来。

会议链接稍后发您,看这个时间是否方便?

郑凯""",
    quote="""郑经理,你们这个 API 文档写得跟天书一样,到底给谁看的???我们开发看了一下午都没搞明白签名怎么算。""",
    quote_from=ZHAOLEI, quote_style="outlook_zh", trad=False,
),
# 39 --------------------------------------------------------------------------
dict(
    expect=["ramble"], lang="en",
    why="ramble: marathon, dog, podcast and wedding speech; pallet dimensions request buried (logistics, ~500 words)",
    sender=JASON, to=[TOM], cc=[],
    subject="Catching up (and one small thing)",
    body="""Hi Tom,

Hope you had a good weekend! It's been a while since we had a proper chat that wasn't about pallets or cut-off times, so I thought I'd write a longer note.

First, the marathon. I finally did it: Shanghai, last Sunday, 4 hours 12 minutes. Not fast, but I finished, and I didn't walk, which was the whole goal. The first 25 kilometres felt amazing; the crowd along the Bund was incredible, and somebody was handing out orange slices near the 20k mark, which I'm convinced saved my life. After 32k it got ugly. My left calf started cramping, and I spent the last five kilometres negotiating with my own legs. My wife was waiting at the finish with a sign that said "You're almost done (you're not)", which made me laugh so hard I nearly cramped again.

Our dog, Mochi, has also had an eventful month. She discovered that the neighbour's cat is not, in fact, a friend, and now sulks every time we walk past their gate. We started her on agility classes on Saturday mornings. She is enthusiastic about the tunnel and deeply suspicious of the seesaw. The instructor says that's normal for a Shiba. I think she's just stubborn, like her owner.

I've also been listening to a great podcast on the history of shipping containers, which I realise is almost work-related, so maybe it doesn't count as a hobby. The episode on Malcolm McLean was fascinating: a truck driver basically reinvented global trade because he was tired of waiting at the docks. I'll send you the link if you're interested.

By the way, could you confirm the final pallet dimensions for the Suzhou lanes by Thursday?

My cousin's wedding is coming up in December, in Chiang Mai. I've been asked to give a speech, which terrifies me far more than any steering committee. I've written three drafts so far: one too sentimental, one too jokey, and one that is mostly about the food. I'm leaning towards the food one. Any advice from someone who has survived a best-man speech would be very welcome.

Other than that, the weather here has finally turned. We had our first cold morning yesterday, and I dug out the heavy jacket I swore I'd give away last spring. Hot-pot season has officially begun, and our team has already booked a place for Friday. If you're ever in Shanghai over the winter, the invitation stands: we'll take you to the spicy one and see how long you last.

Anyway, that's enough from me. Say hi to the team in Rotterdam, and I hope the new office coffee machine has been fixed by now.

Cheers,
Jason""",
    quote=None, quote_from=None, trad=False,
),
# 40 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: PM takes the blame ('责任在我方,跟贵科室的配置没有关系') and a self-critical rhetorical question about our own checklist (healthcare IT)",
    sender=ZHAOYM, to=[LIUFANG], cc=[],
    subject="Re: 昨晚HIS升级后门诊挂号异常",
    body="""刘主任:

我们复盘了一下,这次责任在我方,跟贵科室的配置没有关系。

升级脚本执行到第 14 步时漏掉了挂号服务的缓存刷新,导致早上 7:30–8:02 挂号接口返回旧数据。我一直在反问自己:这么关键的一步,上线检查单里为什么会没有?说明我们的检查单本身就有漏洞。

已做:缓存已刷新,挂号恢复正常;检查单补充了 6 项服务级验证。本周五我会带书面报告到信息科当面汇报。

赵一鸣""",
    quote="""赵经理,昨晚升级后今天门诊挂号有半小时用不了,是不是我们这边的配置有问题?""",
    quote_from=LIUFANG, quote_style="gt_zh", trad=False,
),
# 41 --------------------------------------------------------------------------
dict(
    expect=["argue", "backchannel"], lang="zh",
    why="argue+backchannel: blames the client to her face ('这个锅我们不背') and, in the same mail, tells a colleague her word is worthless, client in To (retail)",
    sender=ZHOUWEN, to=[ZHANGMIN], cc=[XIAOYU],
    subject="关于UAT测试数据的问题",
    body="""张经理:

上周评审会上,是您亲口说测试数据“随便造点就行”。现在 UAT 出了问题,又反过来怪我们数据不真实?这个锅我们不背,请您先回忆清楚自己说过什么。

@小雨 你记一下:这位张经理的话以后一律要书面确认,口头说的基本等于没说,她自己转头就忘,到时候全算在我们头上。

周雯""",
    quote=None, quote_from=None, trad=False,
),
# 42 --------------------------------------------------------------------------
dict(
    expect=[], lang="en",
    why="hard negative: \"this isn't a 'no'\" with CR number, sizing date, stopgap and phase-2 slot (logistics)",
    sender=JASON, to=[TOM], cc=[],
    subject="RE: Real-time temperature tracking for cold-chain trucks",
    body="""Tom,

Before anything else: this isn't a "no". Phase 1 is locked for the Dec 8 go-live, and pulling sensor integration into it would put that date at risk for everyone.

What I'd propose:
- This week: we log it as CR-031, and I'll get a rough sizing from our IoT team by Wednesday.
- If your pharma customer needs something sooner, the sensor vendor has a standalone dashboard we can link from the shipment page as a stopgap, with no code on our side.
- Full integration slots into phase 2, which starts in January.

If the customer's deadline is hard, tell me the date and I'll see what we can move.

Jason""",
    quote="""Jason,
Can we add real-time temperature tracking for the cold-chain fleet to phase 1? Our pharma customer is asking for it.
Tom""",
    quote_from=TOM, quote_style="outlook", trad=False,
),
# 43 --------------------------------------------------------------------------
dict(
    expect=["argue"], lang="mixed",
    why="argue: code-switched lecture, 'do the homework' before asking us for an explanation, blames the bank's cut-off time (finance)",
    sender=CHENZHUO, to=[QIANWB], cc=[],
    subject="Re: 日终对账差异 again",
    body="""钱处,

我理解您这边压力大,但 reconciliation 差异的 root cause 我们已经在三次周会上讲过了:贵行 core system 的日切时间是 23:30,我们的 batch 按 00:00 取数,中间这半小时的交易自然落到第二天。这是 timing 问题,不是我们的 bug。

麻烦贵行技术部先 do the homework,把日切日志拉出来对一下,再来找我们要“说法”。一遍一遍从头解释,说实话挺浪费大家时间的。

陈卓""",
    quote="""陈经理,
昨天日终对账又差了 37 笔,合计 12.6 万。请贵司今天给个说法。
钱文斌""",
    quote_from=QIANWB, quote_style="outlook", trad=False,
),
# 44 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: long but focused weekly report with a risk that asks for the bank's consent (finance, traditional Chinese)",
    sender=HUANGZM, to=[TSAIMZ], cc=[],
    subject="網路銀行改版專案 第 11 週週報",
    body="""蔡經理您好：

以下為網路銀行改版專案第 11 週（11/9–11/13）的進度報告。

一、整體進度
計畫完成度 72%，實際完成度 70%，落後約兩個百分點，主要集中在外匯模組。整體仍在可控範圍，預計下週可追回。

二、本週完成事項
1. 登入與裝置綁定：完成第二輪安全測試，弱點掃描發現的 3 個中風險項目已全部修正並複測通過。
2. 台幣轉帳：約定轉帳、非約定轉帳及預約轉帳三個流程完成使用者測試，貴行作業部提出的 8 項畫面調整已修改 6 項，其餘 2 項下週二前完成。
3. 信用卡帳單查詢：與卡處系統的介接完成聯調，查詢回應時間平均 1.2 秒。

三、進行中事項
1. 外匯模組：匯率即時報價介面因上游系統維護延遲兩天，目前已恢復聯調，預計 11/18 完成。
2. 無障礙檢測：已送第三方檢測機構，預計 11/20 取得報告。

四、風險與議題
1. 外匯模組的時程壓縮到與壓力測試重疊，我們建議將壓力測試順延兩天至 11/25，對上線日期沒有影響，請貴行確認是否同意。
2. 貴行資安科要求的原始碼掃描報告格式，我們尚未收到範本，煩請協助提供，以免影響 12 月初的資安審查。

五、下週計畫
完成外匯模組聯調、啟動壓力測試準備、提交無障礙檢測報告、召開第 12 週進度會議（暫定 11/19 下午兩點）。

六、本週問題統計
本週新增問題 23 項，關閉 31 項，目前未關閉問題共 18 項，其中高優先 2 項、中優先 9 項、低優先 7 項。兩項高優先問題分別是外匯模組的匯率顯示精度，以及預約轉帳在跨月日期的排程錯誤，均已找到原因，預計下週三前修正完成並送貴行複測。

七、人力配置
本週投入開發人員 12 名、測試人員 5 名；下週起因應壓力測試，增加效能工程師 1 名。

如有任何問題，歡迎隨時與我聯繫。

黃志明""",
    quote=None, quote_from=None, trad=True,
),
# 45 --------------------------------------------------------------------------
dict(
    expect=["refusal"], lang="mixed",
    why="refusal: code-switched 'won't support', not now and not ever, '就这样' (healthcare IT)",
    sender=ZHAOYM, to=[LIWD], cc=[],
    subject="PACS 手机端查看",
    body="""李主任,

您提的 PACS 影像在手机上看的需求,我们这边 won't support。这期不做,以后也不会做,没必要再排进 backlog 了。

就这样,有别的问题再联系。

赵一鸣""",
    quote=None, quote_from=None, trad=False,
),
# 46 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: PM invites teachers to 吐槽 ('越挑剔越好') during a trial; risky word used as an invitation (education)",
    sender=LIHANG, to=[MENGXC], cc=[MINGMING],
    subject="在线考试系统试用邀请",
    body="""孟老师好,

在线考试系统的试用环境已经准备好,下周一起向各学院开放,登录方式见附件。

想请您帮忙转告各位老师:试用期间,欢迎大家尽情吐槽,越挑剔越好,哪里不好用、哪里看不懂,都直接说。试用群里我们有专人值守,每周五统一整理成清单,下一周给出处理结果。

如果您觉得还需要增加线下培训,我们也可以安排。

李航""",
    quote=None, quote_from=None, trad=False,
),
# 47 --------------------------------------------------------------------------
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: internal mail ridicules the university's academic affairs office as a 菜市场 and dealing with them as 渡劫 (education)",
    sender=LIHANG, to=[GUOTAO], cc=[],
    subject="东湖大学那边",
    body="""老郭:

东湖大学教务处那帮人,开个需求会能开成菜市场,七八个人七八个想法,吵了两个小时没一个敢拍板,最后来一句“你们先做着看”。做出来又说不是他们要的。

我现在算是看明白了,跟他们打交道就是渡劫。你下周去驻场,做好心理准备,别跟他们较真,较真你就输了。

李航""",
    quote=None, quote_from=None, trad=False,
),
# 48 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: risky words in another sense (必须清缓存, 如果指标不行就回滚, 几乎不可能影响订单) in a release notice (retail)",
    sender=ZHENGKAI, to=[WANGLX], cc=[],
    subject="本周五小程序灰度发布安排",
    body="""王总:

本周五晚 22:00 开始小程序新版灰度发布,先放 5% 的用户。

几点说明:
1. 发布前必须清一次 CDN 缓存,这一步由我们运维来做,贵司无需操作;
2. 如果灰度一小时内指标不行(下单成功率低于 99.5%),我们直接一键回滚,整个过程不超过 3 分钟,几乎不可能影响到线上订单;
3. 老版本的优惠券接口会继续保留两周,不会出现“领不了券”的问题。

周五晚我和测试负责人都在线,有任何情况随时电话。

郑凯""",
    quote=None, quote_from=None, trad=False,
),
# 49 --------------------------------------------------------------------------
dict(
    expect=["persuade"], lang="zh",
    why="persuade: dismisses the bank's dual-control request as unnecessary and asks the contact to talk her colleagues out of it (finance)",
    sender=CHENZHUO, to=[CHENJING], cc=[],
    subject="关于大额转账双人复核流程",
    body="""陈经理:

您提的大额转账双人复核流程我们认真看了,坦白说没有必要。同业早就不这么干了,单人审核加系统事后稽核完全够用。

麻烦您回去说服一下内控部的同事,让他们放下这个想法,就按我们的设计来。这事越早定下来,对大家越好。

陈卓""",
    quote=None, quote_from=None, trad=False,
),
# 50 --------------------------------------------------------------------------
dict(
    expect=[], lang="en",
    why="hard negative: 'As I told you on Friday' used as follow-through on a promise, with the sign-off attached (healthcare IT)",
    sender=EMILY, to=[DAVID], cc=[],
    subject="Re: Pharmacy module sign-off",
    body="""Hi David,

As I told you on Friday, I'd come back to you the moment QA signed off, and they did, about an hour ago. All 148 test cases passed; the two minor display issues are logged and fixed in the next patch.

The sign-off sheet and the test summary are attached, so you should have what you need for Monday's board pack. Shout if you'd like a one-page version.

Emily""",
    quote="""Emily,
Any news on whether the pharmacy module passed QA? We need it for the board pack on Monday.
David""",
    quote_from=DAVID, quote_style="gt", trad=False,
),
# 51 --------------------------------------------------------------------------
dict(
    expect=["ramble"], lang="en",
    why="ramble: conference trip, monkeys, a book, durian and jet lag; test patient IDs request buried (healthcare IT, ~520 words)",
    sender=EMILY, to=[DAVID], cc=[],
    subject="Back from Singapore",
    body="""Hi David,

I'm back from the health-tech conference in Singapore, slightly jet-lagged and very well fed, so I thought I'd send a quick (well, not so quick) note on the trip.

The conference itself was fine: lots of talks on AI triage and very few on anything that actually ships. But the city was the real highlight. I stayed near Tiong Bahru and walked to the market every morning for chwee kueh and kopi. The aunty at the coffee stall started recognising me by day three and would start my order the moment I joined the queue, which I'm choosing to take as a compliment rather than a comment on my caffeine habit.

On the free afternoon I did the MacRitchie treetop walk. It's about ten kilometres round trip, and nobody warned me about the monkeys. One of them pulled a packet of crackers out of the side pocket of a man's backpack right in front of me, with the confidence of someone who had done this many times before. I held on to my water bottle for the rest of the hike as if my life depended on it.

I also finally finished the book you recommended, the one about the history of anaesthesia. I had no idea how chaotic early surgery was, or that the first public demonstration of ether was basically a stage show. I read most of it on the plane and kept interrupting the poor man next to me with did-you-know facts. He moved seats after the meal service. I don't blame him.

Before I forget: we need the list of test patient IDs for Monday's UAT.

The hotel was an experience in itself. My room looked out on a construction site that started drilling at seven every morning, so I now have strong opinions about building regulations in Singapore. The breakfast buffet more than made up for it, though: laksa at 7am is a habit I could get used to. I also tried durian for the first time, at the insistence of a colleague from the Jakarta office. I can confirm that it tastes much better than it smells, which isn't saying a lot.

Since getting back I've been trying to reset my sleep, with mixed results. I woke up at four this morning, gave up, and went for a run along the river, which was actually lovely: completely empty apart from a few fishermen and a very determined heron.

Anyway, I hope things are calm on your side, and that the cafeteria menu at the hospital has improved since the infamous lentil week.

Best,
Emily""",
    quote=None, quote_from=None, trad=False,
),
# 52 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: a colleague's complaint (这甲方真是难伺候) only in the quote; PM answers constructively and plans an on-site session (logistics)",
    sender=SUNXT, to=[GUOTAO], cc=[],
    subject="Re: 调度看板又改了",
    body="""老郭:

辛苦了,八版确实磨人,我能理解。

不过换个角度想,改八遍说明我们第一次的原型没有把调度员的实际工作流讲清楚,他们只能靠“看了才知道要不要”。明天我约何总和两位调度组长,我们带着第八版去现场坐一上午,看他们实际怎么用,把剩下的问题一次问透。

你明天一起去吧,第一手信息比邮件来回强。

晓彤""",
    quote="""晓彤,何总那边的调度看板已经改到第八版了,这甲方真是难伺候,我都快吐了。""",
    quote_from=GUOTAO, quote_style="gt_zh", trad=False,
),
# 53 --------------------------------------------------------------------------
dict(
    expect=["argue", "persuade"], lang="mixed",
    why="argue+persuade: '你们怎么就是不看呢' lecture plus 'real-time 才是唯一的正解', keep other options off the agenda (finance)",
    sender=CHENZHUO, to=[WUXD], cc=[],
    subject="清算方案:batch 还是 real-time",
    body="""吴处,

说句不中听的:batch 清算这套 approach,我们两年前就在别家踩过坑了,当时的 post-mortem 我也发给过您,你们怎么就是不看呢?

real-time 才是唯一的正解,这件事没什么好讨论的。请贵行别再拿老思路拖进度了,下周评审直接把 real-time 定下来,其他选项就别上会了。

陈卓""",
    quote=None, quote_from=None, trad=False,
),
# 54 --------------------------------------------------------------------------
dict(
    expect=[], lang="mixed",
    why="hard negative: long but focused change-impact analysis; grace period explicitly left to the client (retail)",
    sender=ZHOUWEN, to=[WANGLX], cc=[],
    subject="CR-2026-072 会员等级规则调整:impact analysis",
    body="""王总,

关于市场部提出的 CR-2026-072(会员等级从三级调整为五级,并引入 12 个月滚动积分),我们做了一轮 impact analysis,结论和细节如下。

一、Summary
改动涉及 4 个系统、17 个接口,预计开发加测试共 26 人天,最早可在 12 月 15 日上线。对双十二活动没有影响,前提是 12 月 10 日至 12 日期间不做发布。

二、影响范围
1. 会员中心:等级计算逻辑重写,rolling window 需要每天夜间跑一次 batch,处理约 420 万会员,预计 35 分钟;
2. POS:收银界面要显示新等级和对应折扣,需要门店 POS 升级,我们建议分两批推,每批约 150 家店;
3. 小程序:等级权益页面改版,UI 稿需要贵司市场部确认;
4. 数据仓库:历史报表里“等级”字段的口径会变,我们会保留旧字段两个月,方便财务做同比。

三、数据迁移
现有会员按过去 12 个月的积分重新定级。我们模拟了一遍,约 6.3% 的会员会降级。这部分会员的体验需要特别注意,可以考虑给一个 grace period,比如降级延后三个月生效,但这是业务决策,请贵司来定。

四、Risks
1. 夜间 batch 与现有的库存同步任务时间窗口重叠,需要调整调度,我们已经和贵司 IT 的小刘初步沟通过;
2. 门店 POS 升级依赖网络状况,偏远门店可能需要远程协助。

五、成本
本 CR 按合同约定的单价计算,26 人天的费用明细附在报价单里。如果贵司希望先做会员中心和小程序两部分,POS 和数据仓库放到一月,本期工作量可以压缩到 15 人天,对双十二同样没有影响。两种做法的排期和费用差异都列在附件里,供贵司参考。

六、Next steps
请在 11 月 20 日前确认:(1)是否采用 grace period;(2)POS 分批名单。确认后我们出详细排期。

周雯""",
    quote=None, quote_from=None, trad=False,
),
# 55 --------------------------------------------------------------------------
dict(
    expect=["refusal"], lang="zh",
    why="refusal: curt '不配合', tells the client to sort it out themselves, no buffer (retail)",
    sender=ZHENGKAI, to=[WANGLX], cc=[],
    subject="Re: 电子发票能否支持合并开票",
    body="""王总,

合并开票这个我们这边不配合,系统的开票逻辑不会调整。财务那边催的话,请贵司自行想办法。

郑凯""",
    quote="""郑经理,门店希望顾客的多笔小票可以合并开一张电子发票,这个能不能加一下?财务那边催得挺紧。""",
    quote_from=WANGLX, quote_style="gt_zh", trad=False,
),
# 56 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: firm regulatory fact ('必须', 没有调整的空间) softened with two options for the bank to choose (finance)",
    sender=CHENZHUO, to=[CHENJING], cc=[],
    subject="关于网银密码定期更换的说明",
    body="""陈经理:

关于网银登录密码“90 天强制更换”的问题,跟您说明一下背景:这是监管对网上银行的明确要求,密码必须定期更换,这一点我们没有调整的空间,还请您谅解。

不过,提醒方式可以按贵行的习惯来定,目前有两种做法:

1. 到期前 7 天起,登录时弹窗提醒,客户可选择“稍后修改”;
2. 到期前 7 天起,每天发一条短信提醒。

两种都已开发完成,您看哪种更合适,或者两种都开?

陈卓""",
    quote=None, quote_from=None, trad=False,
),
# 57 --------------------------------------------------------------------------
dict(
    expect=["argue"], lang="zh",
    why="argue: sarcastic 'praise' of the client's 46-item list, mocking their 'revolutionary' idea of announcing changes (logistics)",
    sender=SUNXT, to=[HEGD], cc=[],
    subject="TMS 试运行问题清单的回复",
    body="""何总:

感谢贵司整理的 46 条问题清单,非常详尽。我们逐条看了,其中 41 条出自同一个原因:贵司运输部在试运行期间自己改了线路主数据,既没走变更,也没通知我们。

能把自己改出来的问题整理成 46 条发给供应商,这份认真劲儿确实少见。建议下次改主数据之前,先在贵司内部发个通知,这种革命性的做法估计能省掉一大半的问题清单。

剩下 5 条我们本周内修复。

孙晓彤""",
    quote=None, quote_from=None, trad=False,
),
# 58 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: client's angry words (罵到不行, 有沒有在測試) only in the quote; PM apologises with cause and fix (retail, traditional Chinese)",
    sender=LINZH, to=[HSUSF], cc=[],
    subject="Re: 會員點數又算錯",
    body="""許組長您好：

非常抱歉，造成門市同仁的困擾，責任在我們。

這次的原因是週末促銷的「點數加倍」規則與生日禮規則同時生效時，系統重複計算了一次。受影響的會員共 318 位，我們已於今天中午前全部更正，並準備了一份說明稿，門市可以直接用來回覆客人。

另外，我們已補上這兩類規則疊加的測試案例，下週一起每次上版前都會執行。明天下午我會到總部當面向您說明。

林子涵""",
    quote="""林經理，會員點數又算錯了！這已經是這個月第二次，門市被客人罵到不行，你們到底有沒有在測試？""",
    quote_from=HSUSF, quote_style="gt_zh", trad=True,
),
# 59 --------------------------------------------------------------------------
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: internal mail calls the bank's innovation lab clueless, requirements 'like horoscopes' (finance)",
    sender=CHENZHUO, to=[MINGMING], cc=[],
    subject="C行创新实验室",
    body="""明明,

C 行那个所谓的“创新实验室”,四个人,没一个碰过生产系统,写出来的需求跟星座运势差不多:“希望系统更智能”、“体验要有温度”。

评审的时候你就配合着点头,他们说啥都记下来,回头我们按自己的理解做。反正他们也看不出区别。

陈卓""",
    quote=None, quote_from=None, trad=False,
),
# 60 --------------------------------------------------------------------------
dict(
    expect=[], lang="mixed",
    why="hard negative: 'git blame' and 'kill' as technical terms; PM owns the bug (healthcare IT)",
    sender=ZHAOYM, to=[LIUFANG], cc=[],
    subject="处方同步延迟:root cause 和修复",
    body="""刘主任,

处方从 HIS 同步到药房系统延迟的原因查清楚了:git blame 显示,问题代码来自我们上周三合入的一个 commit,把 retry 间隔从 5 秒误改成了 5 分钟。这是我们 code review 的疏漏,不是贵院系统的问题。

处理安排:
1. 今晚 23:00 我们会 kill 掉卡住的同步 job,重新跑一次全量补偿,预计 40 分钟;
2. 修复版本明天上午 10 点发布;
3. 我们在 CI 里加了配置项的 diff 检查,避免同类问题再次发生。

补偿完成后我会给您发一封确认邮件。

赵一鸣""",
    quote=None, quote_from=None, trad=False,
),
# 61 --------------------------------------------------------------------------
dict(
    expect=["persuade"], lang="zh",
    why="persuade: cost and board-pressure scare to make the client drop building its own warehouse, '定了就是定了' (retail)",
    sender=ZHENGKAI, to=[WANGLX], cc=[],
    subject="回复:数据仓库自建还是用贵司平台",
    body="""王总:

自建数据仓库这条路,您要是真走下去,预算至少翻倍,工期再拖半年。到时候董事会问起来,您恐怕不好交代。

我们的平台是现成的,下个月就能出报表。您就直接批了吧,IT 那边我们去沟通。咱们别在这件事上来回拉扯了,定了就是定了。

郑凯""",
    quote="""郑经理,我们 IT 部门想自己建数据仓库,你们只负责出数据接口,你看行吗?""",
    quote_from=WANGLX, quote_style="foxmail", trad=False,
),
# 62 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: praise; '根本扛不住' describes the PM's own earlier doubt, credits the client's team (logistics)",
    sender=SUNXT, to=[HEGD], cc=[LIUJG],
    subject="双十一峰值复盘:谢谢贵司团队",
    body="""何总:

双十一这三天的数据出来了:分拣中心峰值单量是平时的 3.2 倍,系统全程没有丢一单,平均处理延迟 1.8 秒。

说实话,十月压测的时候我心里都没底,一度觉得这个量根本扛不住。能做到现在这样,离不开贵司运营部通宵配合的那几次演练,尤其是夜班的几位组长,提出的波次调整建议非常关键。

复盘报告下周一发您,里面也列了我们自己需要改进的三点。再次感谢!

孙晓彤""",
    quote=None, quote_from=None, trad=False,
),
# 63 --------------------------------------------------------------------------
dict(
    expect=["ramble"], lang="zh",
    why="ramble: health check, canteen food, elderly parents and weather; test patient IDs request buried (healthcare IT)",
    sender=ZHAOYM, to=[LIWD], cc=[],
    subject="最近挺好的吧",
    body="""李主任好:

好久没跟您聊天了,上次见面还是九月底的项目启动会,一转眼都快两个月了。

最近单位组织年度体检,我报了个加强套餐,结果查出来血脂有点高,医生让我少吃油炸的、多运动。想想也是,这两年天天坐在电脑前,中午外卖晚上加班,肚子一圈一圈长起来,皮带都往外挪了两个孔。现在每天下班后绕着小区快走四十分钟,周末去公园跟着一群阿姨学太极,动作是学会了几招,腰倒是没见细。

说到吃,上次去贵院开会,在职工食堂吃的那顿饭我到现在还记得,红烧狮子头做得特别地道,肥瘦三七开,入口即化,汤汁拌饭能吃两碗。同事们都说贵院食堂是全市医院里数一数二的,看来所言不虚。下次再去,一定要早点到,听说周三还有糖醋小排。

另外我家老人最近迷上了养生节目,每天晚上准时守着电视做笔记,今天说要多吃黑芝麻,明天说要喝山药小米粥,把厨房塞得满满当当。我劝了几次“节目里的专家不一定靠谱”,老人家不服气,说我不懂科学。您是医生,下次有机会真想请您给老人家讲两句,比我说十句都管用。

对了,下周一 UAT 要用的 20 个测试患者 ID,麻烦周五前发我一下。

天气预报说这周末要降温,还有雨夹雪,听说今年冬天来得特别早。我上周去商场买了件加厚羽绒服,售货员说是今年的新款,我穿上照了照镜子,像一只刚出锅的粽子,但暖和是真暖和。孩子们倒是盼着下雪,说要堆个比去年更大的雪人。

前两天在手机上看到一篇介绍本市老街的文章,提到贵院旁边那条梧桐路,秋天落叶铺满一地,特别好看。我想着这个周末如果不下雨,带家里人去走走,顺便找找那家开了三十年的老面馆。

对了,前阵子还跟着同事学做手冲咖啡,买了一堆滤杯和手摇磨豆机,结果冲出来不是太苦就是太淡,家里人喝了一口都皱眉头,现在那套器具安安静静地躺在柜子里吃灰。

就先写到这儿,祝您工作顺利,身体健康!

赵一鸣""",
    quote=None, quote_from=None, trad=False,
),
# 64 --------------------------------------------------------------------------
dict(
    expect=[], lang="en",
    why="hard negative: 'argument', 'refuse to run' (a script) and 'persuasive' (the data), decision left to the client (finance)",
    sender=EMILY, to=[CHENJING], cc=[],
    subject="Export script for the quarterly risk file",
    body="""Hi Chen Jing,

The quarterly risk export script is ready. A few notes for your team:

- It takes a --since argument in YYYY-MM-DD format. If you pass any other format it will refuse to run and print an error; that's deliberate.
- The --dry-run flag shows row counts without writing the file. I'd suggest using it the first time.

On Tuesday's question about switching the file to daily: I've attached the volumes for the last six months. Honestly, the numbers are more persuasive than anything I could write, so I'll leave them with you. We're happy to go either way.

Best,
Emily""",
    quote=None, quote_from=None, trad=False,
),
# 65 --------------------------------------------------------------------------
dict(
    expect=["refusal"], lang="en",
    why="refusal: formal, polite-sounding but flat 'We decline it', nothing offered (finance)",
    sender=EMILY, to=[CHENJING], cc=[],
    subject="Re: Audit log retention period",
    body="""Dear Ms. Chen,

Thank you for your message.

We have considered the request to extend audit log retention from five to ten years. We decline it. The retention period will remain as delivered.

Kind regards,
Emily Tan
Project Manager""",
    quote="""Dear Emily,
Our compliance team has asked whether the audit log retention can be extended from 5 to 10 years. Could your team look into this?
Best regards,
Chen Jing""",
    quote_from=CHENJING, quote_style="gt", trad=False,
),
# 66 --------------------------------------------------------------------------
dict(
    expect=[], lang="mixed",
    why="hard negative: '这个 bug 挺奇葩的' describes our own bug, PM owns the miss and gives a hotfix time (education)",
    sender=LIHANG, to=[MENGXC], cc=[],
    subject="Re: iPad 录成绩分数变 0",
    body="""孟老师,

查到了。说实话这个 bug 挺奇葩的:只有在 iPadOS 17 加第三方输入法、并且分数栏为空时直接切换 tab 才会触发,input 的 blur 事件被吞掉,分数被重置成 0。这是我们 frontend 的疏漏,测试时没有覆盖第三方输入法。

hotfix 今晚 21:00 发布。发布前,受影响的 23 条成绩我们已经从 audit log 里恢复了,名单附后,麻烦请相关老师核对一下。

李航""",
    quote="""李经理,有几位老师反映在 iPad 上录成绩时,分数会自动变成 0,请尽快查一下。""",
    quote_from=MENGXC, quote_style="foxmail", trad=False,
),
# 67 --------------------------------------------------------------------------
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: reply to a colleague's neutral question mocks the client director (运单/订单 mix-up, 当耳旁风) (logistics)",
    sender=SUNXT, to=[GUOTAO], cc=[],
    subject="Re: 何总的反馈要不要改",
    body="""老郭:

何总?别提了。上次演示他把“运单”和“订单”搞混了整整三次,我都替他尴尬,转头还能理直气壮地说我们设计不合理。

这位的意见听听就好,当耳旁风吧。他下周自己就忘了。

晓彤""",
    quote="""晓彤,何总今天说调度看板“设计不合理”,要改成按订单维度。要不要按他说的改?""",
    quote_from=GUOTAO, quote_style="outlook_zh", trad=False,
),
# 68 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: long but focused incident explanation that takes responsibility (education)",
    sender=LIHANG, to=[MENGXC], cc=[LIUJG],
    subject="Re: 期中在线考试中断事件说明",
    body="""孟老师:

首先向您、各位监考老师和同学们道歉,昨天的中断是我们的责任。下面是完整说明。

一、经过
11 月 10 日 14:00,《大学物理》期中考试开考,在线人数 2840 人。14:07 起,部分学生提交答案时出现“保存失败”,14:12 系统全面无响应。14:19 我们扩容完成,系统恢复,14:25 全部考生重新进入考试。监考老师按预案统一延长考试时间 20 分钟。

二、原因
1. 开考前 5 分钟,2800 多名考生几乎同时登录并加载试卷,试卷中的图片总量约 35MB,全部从应用服务器直接读取,没有经过 CDN,带宽在 14:07 被打满。
2. 保存答案的接口在带宽拥堵时不断重试,进一步加重了负载,形成雪崩。
3. 考前压测我们按 2000 人设计,没有覆盖这次 2840 人的实际规模,这是我们评估上的失误。

三、影响
有 63 名学生在中断期间的答案未能保存,我们已从浏览器本地缓存中恢复了其中 58 人的作答记录,其余 5 人的名单已发给任课老师,由老师决定是否安排补考。

四、整改
1. 试卷静态资源全部走 CDN,本周四前完成;
2. 保存接口增加退避重试和本地暂存,11 月 18 日前上线;
3. 下周二晚上按 4000 人规模做一次全链路压测,欢迎教务处派老师到场观摩;
4. 之后每次大规模考试前,我们提前三天和教务处确认考生人数和试卷大小。

五、沟通
中断期间,我们在 14:09 通过考试系统首页发布了公告,14:15 在教务处工作群里同步了进展,但没有第一时间给各考场的监考老师打电话,导致部分考场的老师不清楚是否需要延时。下次我们会按考场建立联系人清单,故障发生五分钟内逐一电话通知。

六、下一步
本周五下午我会到教务处当面汇报,并带上压测方案。期末考试之前,我们会再做一次演练。

再次致歉。

李航""",
    quote="""李经理,昨天下午的期中考试中断了十几分钟,学生和老师意见都很大,请尽快给一个完整的说明。""",
    quote_from=MENGXC, quote_style="outlook_zh", trad=False,
),
# 69 --------------------------------------------------------------------------
dict(
    expect=["ramble", "persuade"], lang="zh",
    why="ramble+persuade: Hangzhou trip, a corgi, photography and school pressure, with one buried line pushing the client to stop comparing vendors and sign (education)",
    sender=WUSY, to=[MENGXC], cc=[],
    subject="近况 & 排课引擎",
    body="""孟老师:

见字如面!好久不见,您最近一切都好吧?

上个月参加了一个高校信息化的年会,地点在杭州,会场就在西湖边上。会议间隙我溜出去绕着苏堤走了一圈,正赶上桂花开的尾巴,整条堤都是甜丝丝的香味。晚上跟几个老同行去吃了顿杭帮菜,西湖醋鱼、东坡肉、龙井虾仁,一样不落,就是醋鱼实在太酸,我吃了一口就投降了,同行们笑我是“北方胃”。

回来以后家里添了个新成员,一只三个月大的柯基,孩子给它取名叫“土豆”。土豆精力旺盛得吓人,第一天就把沙发垫咬出一个洞,第二天把我的拖鞋叼到了阳台上。训犬师说柯基聪明但是倔,要多夸多奖励,我现在每天兜里揣着一把狗粮,走到哪儿都有只小短腿跟着,倒也挺可爱。

最近还重新捡起了摄影,周末去郊外拍银杏和红枫,扛着三脚架爬了两个小时山,拍了六百多张,能看的也就十来张。不过有一张夕阳下的银杏林我特别满意,准备洗出来挂在客厅。

哦对了,排课引擎的事,您就别再去比较另外两家了,没意义,就用我们的,这事就这么定了。您回头跟处长打声招呼,这周把意向书签回来,别再犹豫了。

说回生活,我家老大今年初三,每天作业写到十一点,周末还有两个补习班,看着都心疼。我跟爱人商量过好几次要不要减掉一个,又怕他跟不上,真是左右为难。不知道您家孩子当年是怎么过来的,有机会想跟您请教请教。

另外,上周末小区门口新开了一家手工面馆,老板是山西人,刀削面筋道,浇头有番茄鸡蛋和肉臊子两种,一碗十八块,分量足得吓人。我已经连去了三次,老板都认得我了。

还有一件事挺有意思,我最近在学做饭,跟着视频学了红烧肉和糖醋排骨,第一次把糖炒糊了,满屋子都是焦味,孩子捂着鼻子说爸爸又在搞实验。第三次总算像模像样,全家一扫而光。

天冷了,您多注意身体,有空一起喝茶!

吴思远""",
    quote=None, quote_from=None, trad=False,
),
# 70 --------------------------------------------------------------------------
dict(
    expect=[], lang="en",
    why="hard negative: risky motto ('No is not an answer') and 'you must not' disclaimer only in the signature; body is a status update (education)",
    sender=JASON, to=[SARAH], cc=[],
    subject="Course migration: week 3 status",
    body="""Hi Sarah,

Week 3 status for the course migration:

- 412 of 530 courses migrated and spot-checked (78%).
- Quiz banks: 96% imported cleanly; the 4% with image-based questions need manual fixes, which our team is doing this week.
- Gradebook mapping: signed off by your registrar's office on Tuesday, thank you.

The next milestone is the faculty preview on Nov 24. I'll send the login instructions on Friday.

Cheers,
Jason

-- 
Jason Wu | Project Manager
"No is not an answer. It's a starting point."
This message is confidential. If you are not the intended recipient, you must not read, copy or forward it, and you should delete it immediately.""",
    quote=None, quote_from=None, trad=False,
),
# 71 --------------------------------------------------------------------------
dict(
    expect=["ramble"], lang="zh",
    why="ramble: fishing, moving house, football and camping; the WMS cut-over confirmation buried (logistics)",
    sender=ZHENGKAI, to=[ZHAOLEI], cc=[],
    subject="周末钓鱼归来",
    body="""赵经理:

周末过得怎么样?我这个周末可算是彻底放松了一回,忍不住跟您分享一下。

周六一大早,跟几个老同学开车去了城郊的水库钓鱼。五点出门的时候天还没亮,路上雾很大,开得提心吊胆。到了水库边,找了个背风的位置支起竿子,打窝、挂饵,然后就是漫长的等待。前两个小时一条都没上,倒是喂饱了不少蚊子。快中午的时候,浮漂突然一沉,我猛地一提竿,竟然是一条三斤多的大鲤鱼,遛了足足十分钟才拉上岸,几个老同学羡慕得不行。下午又陆续钓了几条鲫鱼,晚上回家熬了一锅鲫鱼豆腐汤,奶白奶白的,孩子连喝了三碗。

周日就没那么惬意了,帮我哥搬家。他新买的房子在七楼,没有电梯,一台双开门冰箱四个人抬了半个小时,抬到五楼的时候我感觉腰已经不是自己的了。搬完家大家一起去吃了顿烧烤,羊肉串配冰啤酒,总算缓过来了。

最近晚上还在熬夜看球,欧冠小组赛打得真是激烈。我支持的球队上周在补时阶段被绝杀,气得我一晚上没睡着,第二天上班顶着两个黑眼圈,被同事笑了一整天。您平时看球吗?要是也看的话,下次见面可以好好聊聊。

对了,WMS 切换定在 15 号凌晨 2 点,请确认一下仓库那边能安排好人。

另外,我最近在网上买了一套露营装备,帐篷、天幕、折叠桌椅都齐了,就等着找个天气好的周末,带家里人去山里住一晚。听说城北那个森林公园新开了营地,可以看星星,还能烤棉花糖。不过天气越来越冷了,估计要等到明年开春才能成行。

还有个好玩的事,我家闺女最近迷上了养蚕,在阳台上放了一个鞋盒,每天放学回来第一件事就是去采桑叶,现在已经有几只开始吐丝结茧了。她还写了观察日记,老师在班上表扬了,回家得意得不行。

前几天我还把家里阳台改成了一个小菜园,种了点小葱和香菜,每天早上浇一浇水,看着冒出来的嫩芽,心情都好了不少。

就先聊这么多,改天有空一起吃个饭。

郑凯""",
    quote=None, quote_from=None, trad=False,
),
# 72 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: recommendation with a personal preference ('我个人会倾向 B') while the final decision is left to the client (retail)",
    sender=ZHOUWEN, to=[WANGLX], cc=[],
    subject="会员系统数据库选型建议",
    body="""王总:

会员系统数据库选型,我们对比了两个方案(详细对比表见附件):

A. 继续使用贵司现有的 Oracle:迁移成本最低,DBA 团队熟悉,但许可费每年约 80 万;
B. 换成 PostgreSQL:许可费为零,性能满足未来三年的增长,但需要一次性迁移,预计 6 周。

如果只看三年总成本,我个人会倾向 B;但贵司 DBA 团队的习惯和现有运维流程同样重要,这一点你们比我们更清楚。两个方案我们都能交付,最终请您来定,有任何疑问我们可以约个时间细聊。

周雯""",
    quote=None, quote_from=None, trad=False,
),
# 73 --------------------------------------------------------------------------
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: reply-all accident, calls the client 甩锅侠 and says to leave her hanging, sent with the client in To (retail)",
    sender=ZHOUWEN, to=[ZHANGMIN], cc=[XIAOYU],
    subject="回复:促销页面再改一下",
    body="""小雨你看,咱们的“甩锅侠”又上线了:需求一句话,改动三页纸,改完出了问题又是我们没理解到位。

先晾她两天,别急着动,等她自己想清楚再说。

雯""",
    quote="""周经理:
促销页面能不能再加一个倒计时?还有,按钮颜色再红一点,主图换成我们昨天发的那张。谢谢!
张敏""",
    quote_from=ZHANGMIN, quote_style="foxmail", trad=False,
),
# 74 --------------------------------------------------------------------------
dict(
    expect=[], lang="mixed",
    why="hard negative: 'no-go' is a release decision with reasons, a new window and a fallback date; not refusing the client (finance)",
    sender=CHENZHUO, to=[QIANWB], cc=[LIUJG],
    subject="今晚 go/no-go 结论",
    body="""钱处,

今晚 go/no-go meeting 的结论是 no-go。原因是 smoke test 里有两个 P1:跨行转账回执缺少流水号,以及批量代发的 checksum 校验失败。两个问题都已定位,修复预计明天中午完成。

新的 cutover window 我们建议放在本周六 22:00,rollback plan 不变。请您和贵行运维确认一下周六是否方便;如果不行,下一个可选窗口是下周三晚上。

抱歉打乱了贵行的安排。

陈卓""",
    quote=None, quote_from=None, trad=False,
),
# 75 --------------------------------------------------------------------------
dict(
    expect=["ramble"], lang="mixed",
    why="ramble: code-switched chatter about espresso, HIIT, a K-drama and a museum trip; SSO metadata request buried (education)",
    sender=LIHANG, to=[KAREN], cc=[],
    subject="Catch up 一下 + 一件小事",
    body="""Karen,

好久没 catch up 了!最近忙得团团转,难得周五下午有点空,跟你随便聊聊。

先说咖啡。上个月我终于入了一台 espresso machine,意式半自动那种,研究了两周怎么打奶泡,现在勉强能拉出一个歪歪扭扭的 heart,虽然看起来更像一片叶子。办公室楼下那家 specialty coffee 换了新的 Ethiopian 豆子,带点 blueberry 的酸,你下次来一定要试试。

然后是健身。我报了一个 HIIT 班,每周三次,coach 是个特别 energetic 的澳洲小哥,每次喊“last round”,其实后面还有两轮。第一周下来我连下楼梯都要扶着扶手,现在总算适应了,体脂降了两个点,虽然 weekend 的火锅又全部吃回来了。

最近在 Netflix 上追一部韩剧,讲一群律师的,plot 有点狗血,但 cast 很养眼,OST 也好听,不知不觉就熬到凌晨两点。我老婆说我一个快四十岁的人还在追偶像剧,I have no defence.

对了,麻烦周三前把 SSO 的 metadata XML 发我一下。

上周末带孩子去了 science museum,他对恐龙化石那个展厅着了迷,站在 T-rex 骨架前面不肯走,问了我二十个问题,我能答上来的不超过五个。回家路上他宣布长大要当 palaeontologist,上周他的梦想还是当 astronaut。Kids.

另外,你上次推荐的那本 book club 的书我读完了,讲二战时期一个图书管理员的故事,结尾哭得稀里哗啦。下次见面我们可以好好聊聊,也想听听你最近在读什么。

还有,我们家楼下新开了一家 bakery,老板是从京都回来的,做的 matcha croissant 一开门半小时就卖光,我连着三个周六早上七点去排队,终于抢到两个,味道确实对得起这份辛苦。

前两天我还报名了公司的 badminton 比赛,双打,搭档是隔壁组的一个小姑娘,杀球特别狠,我的任务基本就是站在后场别挡路。第一轮居然赢了,下周打八强,大家都说我是躺赢。周末我们还约了一起去体育馆加练,希望别拖后腿。

天气终于冷下来了,记得多穿点。Have a great weekend!

李航""",
    quote=None, quote_from=None, trad=False,
),
# 76 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: '网关不接受超过10MB' is a technical limit; PM gives the fix, no action needed from the client (logistics)",
    sender=SUNXT, to=[ZHAOLEI], cc=[],
    subject="回单图片上传失败的说明",
    body="""赵经理:

昨天司机反映回单图片上传失败,原因是承运商网关不接受超过 10MB 的单张图片,而新款 PDA 拍照默认在 12MB 左右。

我们的处理是在 App 端上传前自动压缩到 2MB 以内,测试中清晰度不影响签名识别。新版本周四推送,司机端自动更新,贵司这边不需要做任何改动。

周四之前如果遇到上传失败,司机可以先在 PDA 相机设置里把分辨率调到“标准”,就能正常上传。

孙晓彤""",
    quote=None, quote_from=None, trad=False,
),
# 77 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: terse but buffered acknowledgement with a reply deadline (education)",
    sender=LIHANG, to=[MENGXC], cc=[],
    subject="Re: 补退选能否增加学院审批",
    body="""孟老师:

收到。涉及流程引擎配置,我们评估一下,周三 18 点前给您答复。

李航""",
    quote="""李经理,补退选能不能加一个学院审批环节?""",
    quote_from=MENGXC, quote_style="gt_zh", trad=False,
),
# 78 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: internal instruction with the client deliberately in Cc, treating the client's complaint as important (retail)",
    sender=ZHOUWEN, to=[XIAOYU], cc=[WANGLX],
    subject="退款审核时效问题跟进(抄送王总)",
    body="""小雨:

抄送王总知悉。

王总上午提到退款审核平均要 2 天,门店顾客意见很大,这个问题很关键,我们要认真对待。请你今天先把退款审批的整条链路梳理一下:哪几步是系统卡的,哪几步是人工等待,各占多少时间。

明天上午 10 点前出一个初步分析,我和你一起过,下午向王总汇报改进方案。

周雯""",
    quote=None, quote_from=None, trad=False,
),
# 79 --------------------------------------------------------------------------
dict(
    expect=[], lang="zh",
    why="hard negative: '烦人的' describes a bug, QA lead '坚决不同意' releasing early, '不额外收费' (retail)",
    sender=ZHENGKAI, to=[ZHANGMIN], cc=[],
    subject="POS 双击问题的修复安排",
    body="""张姐:

那个烦人的 POS 双击问题(收银员点一次“结算”,系统算两次)终于定位了,是触摸屏驱动的防抖参数设得太短。

修复包已经做好,但我们的测试组长坚决不同意今天直接上,理由是还有一个相关的 P2 没关。说实话,我很支持她这么较真。新版本安排在周四晚上门店闭店后更新。

这次修复不额外收费,也不占用贵司的维保人天。

郑凯""",
    quote=None, quote_from=None, trad=False,
),
# 80 --------------------------------------------------------------------------
dict(
    expect=[], lang="mixed",
    why="hard negative: recommendation with both options viable and 'It's totally your call' (healthcare IT)",
    sender=ZHAOYM, to=[LIWD], cc=[],
    subject="Re: 影像归档存储方案",
    body="""李主任,

我们的 recommendation 是 option 2(对象存储加本地热数据缓存),主要考虑五年后的容量增长和异地备份。不过 option 1(本地 NAS 扩容)也完全可行,初期投入更低,贵院运维团队也更熟悉。

两个方案的 TCO 对比和风险清单放在附件里了。It's totally your call,您和信息科商量后告诉我们选哪个,我们都会按时交付。

赵一鸣""",
    quote="""赵经理,影像归档到底用本地 NAS 还是对象存储?你们给个建议。""",
    quote_from=LIWD, quote_style="outlook_zh", trad=False,
),
]
