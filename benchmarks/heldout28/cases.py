"""heldout28: 80 PM email drafts (training set), written by an independent helper.

Domain emphasis: data platforms and AI projects (data warehouses, BI dashboards, chatbots,
model training and labelling) for a conglomerate (client-b), a municipal data bureau (client-a)
and a bank (bank-c). Cases are written in groups and shuffled with seed 2828.
"""

import random

# ---- our team -------------------------------------------------------------------------
CHENMO = "陈墨 <chen.mo@ourteam.example.com>"            # senior consulting PM, structured mails
LINXL = "林晓岚 <lin.xiaolan@ourteam.example.com>"       # warm PM, local-government account
TANG = "唐子昂 <tang.ziang@ourteam.example.com>"         # young PM, slangy, bank chatbot
ZHENG = "郑国平 <zheng.guoping@ourteam.example.com>"     # veteran PM, curt
XUNUO = "许诺 <xu.nuo@ourteam.example.com>"              # PM, conglomerate finance warehouse
FANG = "方一帆 <fang.yifan@ourteam.example.com>"         # data engineer
GAOYUAN = "高远 <gao.yuan@ourteam.example.com>"          # delivery director
GUO = "郭嘉怡 <guo.jiayi@ourteam.example.com>"           # labelling lead
MAXIAO = "马骁 <ma.xiao@ourteam.example.com>"            # BI lead
SONG = "宋天 <song.tian@ourteam.example.com>"            # ML engineer
ETHAN = "Ethan Wu <ethan.wu@ourteam.example.com>"
DANIEL = "Daniel Okafor <daniel.okafor@ourteam.example.com>"   # engagement manager, consulting style
SOPHIE = "Sophie Lam <sophie.lam@ourteam.example.com>"         # commercial lead
MIA = "Mia Tran <mia.tran@ourteam.example.com>"
HANNAH = "Hannah Li <hannah.li@ourteam.example.com>"           # ML lead
SAM = "Sam Ortiz <sam.ortiz@ourteam.example.com>"
RACHEL = "Rachel Kwok <rachel.kwok@ourteam.example.com>"       # HK PM, traditional Chinese
KATHY = "何嘉欣 <kathy.ho@ourteam.example.com>"                # HK PM, traditional Chinese

# ---- client-a: municipal data resources bureau ----------------------------------------
ZHAO = "赵志刚 <zhao.zhigang@client-a.example.cn>"       # 数据应用处处长
SUN = "孙立群 <sun.liqun@client-a.example.cn>"           # 科长
LIU = "刘建华 <liu.jianhua@client-a.example.cn>"         # 信息中心主任
WUQ = "吴倩 <wu.qian@client-a.example.cn>"               # 科员

# ---- client-b: Hengyue Group (conglomerate) -------------------------------------------
MARTIN = "Martin Oyelaran <martin.oyelaran@client-b.example.com>"   # Head of Data
PRIYA = "Priya Raman <priya.raman@client-b.example.com>"            # BI lead
GREG = "Greg Hollis <greg.hollis@client-b.example.com>"             # CFO office
ZHOU = "周慕白 <zhou.mubai@client-b.example.com>"                    # 集团数字化部总监
WUSY = "吴思远 <wu.siyuan@client-b.example.com>"                     # 数据架构组
PAULINE = "陳佩儀 <pauline.chan@client-b.example.com>"               # HK retail subsidiary
LEUNG = "梁志偉 <leung.chiwai@client-b.example.com>"                 # HK service subsidiary

# ---- bank-c ---------------------------------------------------------------------------
QIAN = "钱卫东 <qian.weidong@bank-c.example.cn>"         # 科技部总经理
JIANG = "蒋欣 <jiang.xin@bank-c.example.cn>"             # 智能客服产品经理
HESM = "何素梅 <he.sumei@bank-c.example.cn>"             # 运营中心
LUO = "罗斌 <luo.bin@bank-c.example.cn>"                 # 数据科学

CASES = []


def add(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    CASES.append(dict(**kw))

# =======================================================================================
# POSITIVES: refusal (13 single + 3 in doubles)
# =======================================================================================

add(expect=["refusal"], lang="zh",
    why="flat one-line 'we won't do it' (街道级热力图) buried as item 4 of a friendly weekly status mail; no buffer",
    sender=LINXL, to=[ZHAO], cc=[SUN, XUNUO],
    subject="【周报】市数据资源平台二期 第14周进展",
    body="""赵处您好：

这周大家辛苦了，先跟您同步一下二期的进展，好消息居多：

1. 数据汇聚：人社、医保、公积金三个委办局的接口已全部联通，本周新增入仓记录约 4,200 万条，质量校验通过率 99.3%，比上周又提升了一点。
2. 指标体系：孙科长牵头梳理的 186 个指标，已完成 152 个的口径确认，剩余 34 个我们约了下周二上午逐条过。
3. 驾驶舱：首页和“民生服务”专题页已部署到测试环境，链接和账号我单独发给吴倩了，欢迎各位领导先点点看。
4. 您上周会后提到的“街道级人口实时热力图”，这个我们不做。
5. 培训：下周四下午在局三楼会议室给各处室做第一次 BI 自助分析培训，大概两小时，名单请孙科长帮忙汇总。
6. 风险：医保接口的证书将于 11 月 30 日到期，需要医保局信息科续签，我们已经发函提醒。

另外天气转凉了，局里空调好像还没切暖风，大家开会多穿点哈。

林晓岚
数据平台项目组""")

add(expect=["refusal"], lang="en",
    why="curt two-line reply turning down Japanese/Korean for the HR chatbot, stated as fact, nothing offered",
    sender=ETHAN, to=[PRIYA],
    subject="Re: Japanese & Korean for the HR chatbot?",
    body="""Hi Priya,

Japanese and Korean aren't going into the HR bot. English and Mandarin only.

Ethan""",
    quote="""Hi Ethan,

Our Tokyo and Seoul offices have asked whether the HR assistant could also answer in Japanese and Korean. Is that something we could add before the regional rollout in Q3?

Thanks,
Priya""",
    quote_from=PRIYA, quote_style="gt")

add(expect=["refusal"], lang="zh",
    why="bureaucratic 公文 refusal (不列入实施内容，亦不作为后续迭代事项。请知悉。) with no buffer or alternative",
    sender=ZHENG, to=[LIU], cc=[ZHAO],
    subject="关于《政务热线智能问答系统建设需求补充函》的复函",
    body="""刘主任：

贵中心 3 月 12 日来函收悉。

来函第三条提出，将全市 12345 热线历年工单原文整体导出，交由第三方公司另行训练通用大模型。经我司项目组会商，该事项不列入本项目实施内容，亦不作为后续迭代事项。

请知悉。

启衡数智 政务热线项目组
郑国平
2024年3月15日""")

add(expect=["refusal"], lang="mixed",
    why="refusal phrased as product policy ('不支持 per-user… full stop', 这个点就不展开了), closes the topic",
    sender=MAXIAO, to=[ZHOU],
    subject="Re: 看板权限能否按个人单独配置",
    body="""周总，

关于 dashboard 权限：我们平台的 row-level security 只按 org tree 下发，不支持 per-user 的自定义规则。Product 就是这么设计的，full stop。

这个点就不展开了。下周的 release note 我照常发您。

马骁 | BI Lead""")

add(expect=["refusal"], lang="zh",
    why="meeting recap (consulting headings) whose item 4 closes the dark-theme request: 不做调整，到此为止，后续不再讨论",
    sender=CHENMO, to=[ZHAO, SUN, WUQ], cc=[LINXL, MAXIAO],
    subject="会议纪要：领导驾驶舱第二轮评审（3月20日）",
    body="""各位好：

以下为今天上午评审会的纪要，请查阅。如有遗漏，请在周五前回复补充。

一、会议信息
时间：3月20日 9:30–11:45
地点：市数据资源管理局 5 楼第二会议室
参会：赵志刚处长、孙立群科长、吴倩；我方陈墨、林晓岚、马骁

二、评审结论
1. 首页布局：同意采用方案 B（三栏式），马骁于 3 月 27 日前提交高保真稿。
2. 指标卡片：“营商环境”专题新增“企业开办平均时长”指标，口径由孙科长提供。
3. 地图组件：区县边界数据以自然资源局 2023 版为准。
4. 配色：赵处提出的整体改为深色背景一事，会上已明确不做调整。该事项到此为止，后续不再讨论。
5. 移动端适配：纳入二期，本期仅做 PC 和大屏。

三、待办事项
- 孙立群：3 月 25 日前提供新增指标口径
- 马骁：3 月 27 日前提交高保真稿
- 陈墨：3 月 22 日前更新项目计划并发送各方

四、下次会议
暂定 3 月 29 日（周五）上午，地点另行通知。

陈墨
高级咨询经理 | 数据智能事业部""")

add(expect=["refusal"], lang="en",
    why="structured consulting reply; point 3 flatly rejects the historical backfill ('Not something we are doing') among neutral points",
    sender=DANIEL, to=[MARTIN], cc=[PRIYA],
    subject="Group Finance Data Warehouse - responses to your 7 open points",
    body="""Hi Martin,

Thanks for consolidating the steering committee's questions. Responses below, in the order you raised them.

1. Go-live date
We remain on track for 14 June. The cut-over rehearsal is booked for 31 May.

2. Subsidiary coverage
All 11 operating companies are in scope for wave 1, including the two acquired in January.

3. Historical backfill to 2015
Not something we are doing. Data before FY2019 stays where it is.

4. Currency conversion
Month-end rates from Treasury will be loaded daily at 06:00 HKT; intra-month rates are not used.

5. Access for external auditors
The read-only role AUDIT_RO is ready; Priya has the onboarding form.

6. Training
Two sessions, 4 and 6 June, recorded for the regional teams.

7. Budget
Tracking at 92% of plan, no change requests pending.

Best regards,
Daniel Okafor
Engagement Manager, Data & Analytics""")

add(expect=["refusal"], lang="zh",
    why="rhetorical refusal (谁接得住呢…这件事我们这边就不安排了) of re-labelling 300k items, no buffer",
    sender=GUO, to=[JIANG],
    subject="Re: 标注规范能否新增“情绪强度”维度",
    body="""蒋经理好，

三十万条已经交付验收的数据，再回头一条条补情绪分？您想想，这个量谁接得住呢。这件事我们这边就不安排了。

其他标注进度一切正常，本周五照常交付第七批。

郭嘉怡""",
    quote="""郭老师好，我们业务部门希望在现有的意图标注之外，再加一个“客户情绪强度”（1-5分），已经标好的三十万条也一起补上，您看能不能安排一下？谢谢！""",
    quote_from=JIANG, quote_style="foxmail")

add(expect=["refusal"], lang="zh", trad=True,
    why="traditional Chinese: short flat refusal of store-level drill-down plus 'don't follow up on this again'",
    sender=RACHEL, to=[PAULINE],
    subject="回覆：零售報表可否鑽取到門店層級",
    body="""佩儀你好，

報表鑽取只到區域層級，門店層級不會開放，這點請不用再跟進了。

Rachel""")

add(expect=["refusal"], lang="zh", trad=True,
    why="traditional Chinese: friendly go-live summary with one flat 'we won't provide weekly retraining' line, no buffer",
    sender=KATHY, to=[LEUNG],
    subject="客服機器人上線首週小結",
    body="""志偉你好，

上線第一週辛苦各位！簡單跟你分享幾個數字：
- 總對話量 18,240 次，自助解決率 71%，比預期高出 6 個百分點；
- 轉人工平均等待時間由 95 秒降到 40 秒；
- 使用者滿意度 4.3/5，留言裡最多人稱讚「回覆很快」。

至於你們提的每週用新對話重新訓練一次模型，這個我們不會提供。

下週二例會我會帶更完整的分析報告過來，到時見！

嘉欣""",
    quote="""嘉欣：

首週的數據麻煩整理一下給我。另外我們老闆希望模型可以每週用新的對話重新訓練一次，保持最新，請安排。

志偉""",
    quote_from=LEUNG)

add(expect=["refusal"], lang="en",
    why="refusal wrapped in a cheerful wrap-up ('love the energy, but that one's a no from us'), no alternative or follow-up",
    sender=MIA, to=[GREG],
    subject="Fri wrap-up: expense-bot pilot",
    body="""Hi Greg!

What a week - thanks so much for rallying the finance team for the pilot. Quick wrap-up:

- 312 expense queries handled by the bot, 84% without a human touching them.
- The receipt-photo feature got the most love in the feedback form (plus one very enthusiastic all-caps comment, which we are framing).
- Your idea of a voice channel so people can talk to the bot from the car: love the energy, but that one's a no from us.
- Next Wednesday we'll share the full pilot report with Martin.

Have a great weekend, and enjoy the sunshine!

Mia""")

add(expect=["refusal"], lang="zh",
    why="refusal stated as permanent fact (过去没有，将来也不会有), nothing offered",
    sender=SONG, to=[HESM],
    subject="Re: 后台能否导出全部客户对话原文到Excel",
    body="""何老师好：

管理后台不提供对话原文批量导出，过去没有，将来也不会有。

宋天
智能客服项目组""",
    quote="""宋工，运营这边想把上个月所有客户和机器人的对话原文导出来，用 Excel 做个分析，后台能导吗？麻烦告知一下操作方法。""",
    quote_from=HESM, quote_style="outlook_zh")

add(expect=["refusal"], lang="mixed",
    why="code-switched flat refusal ('这期 no way… 就这样') of adding SAP MM before go-live",
    sender=XUNUO, to=[ZHOU],
    subject="Re: 上线前加接 SAP 的 MM 模块",
    body="""周总，

SAP MM 这期 no way。Go-live 前 scope 已经 freeze，一个新 source 都不会再进。

就这样，谢谢。

许诺""",
    quote="""许诺，集团采购那边临时提了个需求，希望上线前把 SAP MM 模块的数据也接进数仓，这样首页可以看到采购指标。时间上能挤一挤吗？""",
    quote_from=ZHOU)

add(expect=["refusal"], lang="zh",
    why="two-line curt refusal (口径不换。…已定稿。) of switching population metric definition",
    sender=ZHENG, to=[SUN],
    subject="Re: “常住人口”能否换成户籍口径",
    body="""孙科长：

口径不换。指标字典 V3 已定稿。

郑国平""",
    quote="""郑经理，领导说驾驶舱上的“常住人口”数字跟统计局的对不上，能不能直接换成户籍人口的口径？""",
    quote_from=SUN, quote_style="gt_zh")

# ---- refusal doubles ------------------------------------------------------------------

add(expect=["refusal", "argue"], lang="zh",
    why="flat 'won't add it' plus lecturing/blaming the client (是文件没看还是看完忘了？提需求前先对一下已签的文档)",
    sender=TANG, to=[JIANG],
    subject="Re: 智能客服增加贷款审批进度问答",
    body="""蒋经理：

这个不加。

需求规格说明书 3.2 节写得清清楚楚：“本期机器人不接入授信及审批类系统”，签字页上盖的是贵行的章。当时评审会您也在场，现在又拿出来提，是文件没看还是看完忘了？

麻烦以后提需求前，先对一下已签的文档。

唐子昂""",
    quote="""唐经理，业务方希望机器人能回答“我的贷款批下来没有”这类问题，直接查授信系统给客户答复，下个版本能加上吗？""",
    quote_from=JIANG)

add(expect=["refusal", "persuade"], lang="en",
    why="'that door is closed' refusal of on-prem Oracle plus pressure to make the client's team drop their view by Friday",
    sender=DANIEL, to=[MARTIN],
    subject="Re: Warehouse on our existing Exadata?",
    body="""Martin,

Short answer: that door is closed. We will not be building the warehouse on Exadata.

Longer answer: the cloud platform is the only credible route for this timeline and for the AI use cases your CEO announced in January, and I'd urge you to stop your infrastructure team relitigating it. Every week spent on this is a week the programme loses. I need you to take this back to them as settled and get their agreement by Friday.

Daniel""",
    quote="""Daniel,

Our infrastructure team is asking again whether the new warehouse could sit on our existing on-prem Oracle Exadata rather than a cloud platform. They've invested heavily in it and feel strongly. Can we keep that door open?

Martin""",
    quote_from=MARTIN, quote_style="outlook")

add(expect=["ramble", "refusal"], lang="zh",
    why="~650 chars of Chengdu wedding/food/travel chatter burying a flat refusal (外包团队账号，这个我们这边不开)",
    sender=TANG, to=[LUO],
    subject="成都回来啦～顺便说个事",
    body="""罗老师：

周末去成都参加了大学同学的婚礼，回来整个人胖了一圈。婚礼在郊区一个农家乐办的，院子里摆了二十多桌坝坝宴，九大碗一道接一道地上，粉蒸肉、咸烧白、酥肉、甜烧白……我一直以为自己挺能吃辣，结果第一口毛血旺下去就开始冒汗，旁边的阿姨笑着给我递了一碗冰粉，说“外地娃儿慢慢吃”。

第二天几个同学带我去人民公园喝盖碗茶，一人一把竹椅子，掏耳朵的师傅拿着小铃铛在旁边晃来晃去，我鼓起勇气试了一次，那种感觉真是说不出来的奇妙。下午又去了宽窄巷子，人多到走不动，最后躲进一家小店吃了碗钟水饺，甜甜辣辣的，到现在还惦记着。晚上同学又拉我去吃了一顿火锅，锅底红得发亮，牛油的香味隔着一条街都能闻到。我学着本地人七上八下地涮鸭肠，结果手一抖全掉进锅里捞不上来，被他们笑了一晚上。吃完出来已经十一点多，街上还是人声鼎沸，成都人的夜生活真让人羡慕。

对了，你们说想给外包团队在标注平台上开账号，这个我们这边不开。

回来的飞机上遇到气流，颠了二十多分钟，邻座一个小朋友一直在哭，他妈妈怎么哄都不行，我把包里的熊猫公仔送给了他，他才慢慢安静下来。下飞机的时候他还回头冲我挥手，挺可爱的。

这周家里也不太平，儿子钢琴考级在即，每天晚上练《献给爱丽丝》练到十点，我现在闭着眼睛都能哼出来。老婆说我五音不全，不许我在旁边跟着哼，我只好躲到阳台上刷手机，顺便给阳台上的多肉浇浇水，结果又浇多了，烂了两盆。

最近在计划国庆去哪玩，你有什么推荐吗？听说你是重庆人，重庆有哪些只有本地人才知道的馆子，给我列个单子呗，我保证不外传。

子昂""")

# =======================================================================================
# POSITIVES: backchannel (9 single + 1 double)
# =======================================================================================

add(expect=["backchannel"], lang="zh",
    why="internal mail mocking the client's division head (自己都不知道想要什么，我看就是闲得慌，拿我们当美工使唤)",
    sender=MAXIAO, to=[LINXL],
    subject="大屏第八版",
    body="""晓岚，

赵处下午又打电话来，首页要改第八版了。上周嫌太花，这周嫌太素，他自己都不知道想要什么，我看就是闲得慌，拿我们当美工使唤。

第八版我今晚弄，明天你帮我看一眼配色。

马骁""")

add(expect=["backchannel"], lang="en",
    why="reply-all accident: mocks the client's CFO-office contact ('thinks a pivot table is machine learning') with him in Cc",
    sender=ETHAN, to=[DANIEL], cc=[GREG],
    subject="Re: Board pack - AI slide",
    body="""Daniel - here we go again. Greg wants "AI" stamped on every slide because the chairman likes the word. The man genuinely thinks a pivot table is machine learning. I'll put a robot icon on slide 4 and see if he notices.

E.""",
    quote="""Team,

For the board pack, can we make sure "AI" features prominently on the finance slides? The chairman loves it.

Greg""",
    quote_from=GREG, quote_style="gt")

add(expect=["backchannel"], lang="zh",
    why="internal: client section chief called by nickname 表哥, his data literacy mocked (数据素养真的感人)",
    sender=FANG, to=[XUNUO, MAXIAO],
    subject="表哥又要全量表了",
    body="""两位，

“表哥”（你们懂的，孙科长）今天第三次让我把明细层整张表导成 Excel 给他“自己看看”，两千多万行。我说 Excel 打不开，他说“那你分成几个发我”。

这位大哥的数据素养真的感人，BI 都上线半年了，他还是只认 Excel。

我先拆个样本应付一下，你们别在项目群里说漏嘴啊。

一帆""")

add(expect=["backchannel"], lang="mixed",
    why="internal mixed-language disparagement of the bank team ('典型的 headless chicken', 拍脑袋)",
    sender=GUO, to=[SONG],
    subject="labelling guideline v7 ??",
    body="""宋天，

bank-c 那边 labelling guideline 又改了，一周之内 v5 到 v7，每次都是拍脑袋加 category，典型的 headless chicken。Annotator 们已经在问我是不是要给他们打一辈子零工了。

Anyway，v7 的 diff 我整理好放在 shared drive 了，你先看看对 training set 的影响。

嘉怡""")

add(expect=["backchannel"], lang="zh", trad=True,
    why="traditional Chinese internal mail ridiculing the client executive's AI-vision talk (我們憋笑憋到肚子痛)",
    sender=RACHEL, to=[KATHY],
    subject="今日工作坊",
    body="""嘉欣，

今天的工作坊你沒來真是可惜。那位梁總又在台上講他的「生成式 AI 願景」，整整四十分鐘，投影片全是從新聞網站截的圖，一句能落地的都沒有。我們幾個坐在後排憋笑憋到肚子痛，他還以為大家被震撼到了。

跟這種老闆做專案，真的要有顆強大的心臟。

明天的需求訪談照舊，十點在他們公司見。

Rachel""")

add(expect=["backchannel"], lang="zh",
    why="reply-all accident: client's information-centre director still in To while PM tells a colleague he talks nonsense and to stall him",
    sender=FANG, to=[LIU, XUNUO],
    subject="Re: 人口库数据不准的问题",
    body="""@许诺 你看，刘主任说“数据不准”，哪张表、哪个字段、差多少，一个字都没有，张口就来。我估计他自己都没打开看过。先别回他，晾两天，等他能说清楚再说。

一帆""",
    quote="""你们的人口数据不准，我们领导看了很不满意，请尽快解决。

刘建华""",
    quote_from=LIU, quote_style="outlook_zh")

add(expect=["backchannel"], lang="en",
    why="internal: client's governance council derided as 'pure theatre' / 'the circus'",
    sender=DANIEL, to=[ETHAN],
    subject="Governance council, take 4",
    body="""Ethan,

Sat through Client-B's "Data Governance Council" again this morning. Three directors, ninety minutes, still no agreement on what a customer is. It's pure theatre - they enjoy the meeting far more than any outcome. Honestly, we could present a blank slide and they'd debate the font.

Can you still get me the lineage diagram by Tuesday? I'll need it for the next round of the circus.

D.""")

add(expect=["backchannel"], lang="zh",
    why="internal sarcasm about the client director (甲方这波操作…行为艺术，最佳反复横跳奖)",
    sender=TANG, to=[ZHENG, MAXIAO],
    subject="今天评审会",
    body="""各位，

今天评审会我真是开眼了。周总把他自己上个月亲手拍板的“集团经营驾驶舱”需求当场否了，理由是“不够有前瞻性”。我们两周的开发，一句话清零。

甲方这波操作，我愿称之为行为艺术。建议年底给周总颁个“最佳反复横跳奖”。

明天上午我们内部先碰一下，看看哪些组件还能复用。

子昂""")

add(expect=["backchannel"], lang="en",
    why="internal mockery of the client's Head of Data ('in love with his own voice', bring a pillow)",
    sender=MIA, to=[SOPHIE],
    subject="Martin's 'quick question'",
    body="""Sophie,

Martin's "quick five-minute question" this afternoon turned into 95 minutes of him narrating his own career. The man is in love with his own voice. At one point he explained what a KPI is - to me, on a BI project.

If you're on the call tomorrow, bring snacks. Maybe a pillow.

Mia""")

add(expect=["backchannel", "argue"], lang="zh",
    why="blames and lectures the client (再说最后一遍…!!!) and, reply-all, calls them 外行指挥内行 to a colleague with the client in To",
    sender=ZHENG, to=[ZHAO, LINXL],
    subject="Re: 驾驶舱数据延迟问题",
    body="""赵处：

我再说最后一遍：数据延迟是因为贵局信息中心昨晚擅自停了前置机，跟我们的系统没有半点关系！！！请你们内部先协调清楚，再来问我们稳不稳定。

@晓岚 这帮人就是外行指挥内行，自己机器停了都不知道，还好意思来质问，别跟他们客气。

郑国平""",
    quote="""郑经理，今天早上驾驶舱的数据又是前天的，你们的系统到底稳不稳定？""",
    quote_from=ZHAO)

# =======================================================================================
# POSITIVES: argue (4 single)
# =======================================================================================

add(expect=["argue"], lang="zh",
    why="blaming and lecturing the bank (看来没人看…神仙来了也到不了…别把锅甩给模型)",
    sender=SONG, to=[LUO], cc=[QIAN],
    subject="Re: 意图识别准确率未达标",
    body="""罗老师：

准确率上不去的原因，我在上周四的周会上已经逐条讲过了，PPT 也发了，看来没人看。贵行提供的训练数据里将近三成是标错的——同一句“我要挂失”，一半标成“挂失”，一半标成“销户”。拿这样的数据训练，神仙来了也到不了 90%。

请贵方先把自家数据的问题解决，而不是把锅甩给模型。

宋天""",
    quote="""宋工，第三轮测试意图识别准确率只有 82%，离合同约定的 90% 差不少，请说明原因和改进计划。""",
    quote_from=LUO)

add(expect=["argue"], lang="en",
    why="passive-aggressive lecture ('I'd gently suggest someone reads 4.3… did its homework before raising alarms')",
    sender=ETHAN, to=[PRIYA],
    subject="Re: Dashboards not refreshing in real time",
    body="""Priya,

I'd gently suggest that someone on your side reads section 4.3 of the SOW before escalating to your VP again. It says hourly refresh. It has always said hourly refresh. Your team reviewed it, redlined it and signed it.

We've now spent three meetings on a requirement that doesn't exist. It would help everyone if your team did its homework before raising alarms.

Ethan""",
    quote="""Ethan,

Our VP noticed the sales dashboard only updates once an hour. We were expecting real time. Can you explain?

Priya""",
    quote_from=PRIYA, quote_style="outlook")

add(expect=["argue"], lang="mixed",
    why="confrontational mixed-language blame of the client's DBA (拿什么跑？别每次…往我们头上扣！！)",
    sender=FANG, to=[LIU],
    subject="今天早上 ETL 又挂了？",
    body="""刘主任，

先说清楚：这不是我们 pipeline 的 bug。Log 显示你们的源库凌晨 2:05 就自己停了，我们的 job 连都连不上，拿什么跑？

麻烦贵中心的 DBA 先 check 一下自家的 cron job 和备份脚本，别每次数据晚到就往我们头上扣！！

方一帆""")

add(expect=["argue"], lang="zh",
    why="long consulting-style numbered rebuttal that lectures the client (看不懂不是文档的问题，建议先补一补基础知识；先把功课做完)",
    sender=CHENMO, to=[ZHOU], cc=[GAOYUAN],
    subject="关于集团数据中台项目当前争议的说明",
    body="""周总：

针对贵方上周函件中提出的几点意见，我方逐项说明如下。

一、关于“进度滞后”
项目计划中，主数据梳理的前置条件是贵方各事业部在 4 月 15 日前提交主数据负责人名单。截至今日，11 个事业部中仅 4 个提交。进度滞后的责任在哪里，我想不需要我再解释。

二、关于“交付物质量不高”
贵方提到“数据标准文档看不懂”。恕我直言，这份文档是按照国标 GB/T 36073 的框架编写的，是行业通行写法。看不懂不是文档的问题，建议贵方项目组先补一补数据治理的基础知识。

三、关于“需求理解偏差”
我们在调研阶段做了 27 场访谈，每一场都有纪要、都有贵方签字。如果贵方现在认为需求理解有偏差，那只能说明当初签字的时候没有认真看。

四、后续安排
我方将继续按计划推进。但希望贵方在提出意见之前，先把自己该做的功课做完。

陈墨
高级咨询经理 | 数据智能事业部""")

# =======================================================================================
# POSITIVES: persuade (5 single + 1 double above)
# =======================================================================================

add(expect=["persuade"], lang="zh",
    why="pressures the bureau to drop custom dashboards (定制就不要再考虑了，出了问题还得您来担，别再犹豫了)",
    sender=GAOYUAN, to=[LIU],
    subject="关于区县驾驶舱是否定制开发的建议",
    body="""刘主任您好：

关于区县驾驶舱，我的意见很明确：请贵中心直接采用我们的标准版模板，定制开发就不要再考虑了。

周边七个区县用的都是标准版，没有一家出问题。您这边坚持定制，说白了就是给自己增加风险、给项目增加成本，最后出了问题还得您来担。

我们已经按标准版排好了人手，希望您这周内就把方向定下来，别再犹豫了。

高远
交付总监""")

add(expect=["persuade"], lang="en",
    why="consulting pre-read that removes the client's choice (don't bring A or C back) and pressures via staffing threat/deadline",
    sender=DANIEL, to=[MARTIN, GREG],
    subject="Steering Committee pre-read: platform decision",
    body="""Martin, Greg,

Ahead of Thursday's steering committee, here is our position on the platform decision.

1. Recommendation
Option B, our managed data platform.

2. Why not A or C
Option A (extend the existing SQL Server estate) and Option C (build on the Group's private cloud) are not realistic for an organisation at Hengyue's level of data maturity. I'd strongly urge the committee not to spend another cycle on either.

3. What we need from you
Sign-off on Option B at Thursday's meeting. Please don't bring A or C back to the table - the analysis is done, and revisiting it would only signal to our leadership that the programme lacks direction.

4. If sign-off slips
Our team has been held on this account for six weeks. Without a decision on Thursday I can't promise the same people will still be available next month.

Regards,
Daniel""")

add(expect=["persuade"], lang="zh",
    why="tells the bank its own-knowledge-base idea won't work and invokes our boss's decision to make them fall in line (统一一下思想)",
    sender=TANG, to=[QIAN],
    subject="Re: 知识库由我行自建是否可行",
    body="""钱总：

贵行想自建知识库，这个心情我们理解，但说实话，这条路贵行走不通。贵行团队没有做过这类项目，知识库质量一旦跟不上，模型效果再好也白搭。

我们高总昨天已经拍板，按我方整体交付的方案推进。希望您这边也尽快跟行领导统一一下思想，不要再在这个问题上花时间了。

唐子昂""",
    quote="""唐经理，我们行领导倾向于知识库由我们自己的团队搭建和维护，你们只负责模型部分，你们看是否可行？

钱卫东""",
    quote_from=QIAN, quote_style="foxmail")

add(expect=["persuade"], lang="mixed",
    why="pushes our cloud over on-prem with fear and a deadline (别再纠结…timeline 崩了谁负责？周五前给我个 yes)",
    sender=SONG, to=[LUO],
    subject="GPU 资源方案",
    body="""罗老师，

GPU 这块我建议就直接用我们的 cloud，别再纠结私有化部署了。私有化光硬件采购就要三个月，贵行 IT 根本扛不住这种节奏，到时候 timeline 崩了谁负责？

这周五之前给我一个 yes 就行，合同我这边已经让 sales 准备好了。

宋天""")

add(expect=["persuade"], lang="en",
    why="pressures the client to outsource labelling by predicting failure and board embarrassment ('the only way this works')",
    sender=MIA, to=[MARTIN],
    subject="Labelling: in-house vs. our team",
    body="""Hi Martin,

Let's be honest with each other: if Hengyue insists on doing the labelling in-house, this project will fail, and it will be you explaining to the board why the model doesn't work. Your team has never labelled a single document for ML.

Hand it to our labelling team. It's the only way this works, and I'd rather you hear that from me now than from your CEO in September.

Can you confirm by Monday so I can lock in the annotators?

Mia""")

# =======================================================================================
# POSITIVES: ramble (5 single + 1 double above)
# =======================================================================================

add(expect=["ramble"], lang="zh",
    why="~700 chars about Moganshan, a corgi, hydrangeas, a camera and tea; the one request (权限清单周四前发我) is buried",
    sender=LINXL, to=[WUQ],
    subject="好久没聊啦",
    body="""吴倩你好呀：

好久没聊天了，最近是不是又被各种材料淹没了？上周末我终于兑现了拖了一整年的承诺，带着家里那只柯基去了趟莫干山。本来以为山里凉快，结果中午太阳毒得很，它一路吐着舌头，走两步就往树荫底下一趴，死活不肯动，最后是我抱着它走完了最后一段台阶，胳膊到现在还酸。

住的民宿是朋友推荐的，老板娘是杭州人，辞职回来开店已经第五年了。她家院子里种了一大片绣球，蓝的紫的粉的都有，据说颜色跟土壤酸碱度有关，我听得一愣一愣的，回来还专门查了资料，原来是真的，酸性土开蓝花，碱性土开粉花，长知识了。晚上老板娘煮了一锅笋干老鸭煲，配上自家腌的咸菜，我一个人吃了两碗饭，完全忘了自己在减肥。

说到拍照，我前阵子咬咬牙入了一台二手的富士相机，模拟胶片的色调真的太好看了，随手一拍都像电影截图。这次在山里拍了三百多张，挑了几张发了朋友圈，你要是看到了记得点赞哈。我还在研究怎么手动调白平衡，晚上拍的竹林总是偏绿，有点头疼，如果你认识会摄影的朋友，可以介绍给我请教一下。

对了，BI 看板的用户权限清单，麻烦你周四前发我一下。

回来以后又开始喝茶了，老板娘送了我一小罐今年的明前安吉白茶，泡出来有股淡淡的豆香，办公室里几个同事天天来蹭。你喜欢喝茶吗？下次去局里开会给你带一点尝尝。

说回那只柯基，回家之后它像是爱上了爬山，每天傍晚都蹲在门口等我带它出去，小区那条坡道被它来来回回走了十几趟，邻居阿姨都说它瘦了一圈，倒是我自己一斤没少，真是人不如狗。

还有个八卦，我们楼下新开了一家云南菜，汽锅鸡做得特别地道，排队要四十分钟，你哪天有空过来我们这边，我请你吃。

祝周末愉快！

晓岚""")

add(expect=["ramble"], lang="en",
    why="~500 words of half-marathon, Roman aqueducts, coffee machine, science fair and pigeons; the store-code request is one buried line",
    sender=ETHAN, to=[PRIYA],
    subject="Catching up + one small thing",
    body="""Hi Priya,

Hope you had a good long weekend! Mine was, let's say, eventful. I finally ran the half marathon I'd been threatening to sign up for since last spring, and I can report that the first ten kilometres were glorious and the last eleven were a lesson in humility. Somewhere around kilometre fifteen a man dressed as a banana overtook me, waving, and I have not fully recovered emotionally. My finish time was two hours and nine minutes, which my running app describes as "solid", a word I've decided to take as a compliment.

On the long drive back I listened to an entire podcast series about Roman aqueducts. I had no idea how much engineering went into keeping the gradient consistent over dozens of kilometres; some of them drop only a few centimetres per hundred metres. There's an episode about the Pont du Gard that I'd genuinely recommend, even if you have zero interest in plumbing. The host has the most soothing voice, so it doubles as a sleep aid.

Our office coffee machine also died on Tuesday, which has turned the whole floor into a support group. Someone brought in a French press from home and there is now an informal queue with rules nobody agreed to. I've started arriving fifteen minutes early just to be near the front. Facilities say a replacement is "on order", which in my experience could mean anything from a day to a fiscal year.

Could you send me the updated list of store codes for the sales dashboard by Wednesday?

The other big event was my daughter's science fair. She built a small wind turbine from a bicycle wheel and some plastic bottles, and it actually lit up an LED, to her enormous satisfaction and mine. The judges gave her a ribbon for "most creative use of recycled materials". She has since announced she wants to be an engineer, an astronaut and a baker, in that order, ideally all in the same week.

I've also started trying to grow tomatoes on the balcony. So far I have four healthy plants, one suspicious-looking one, and a pigeon who seems to think the whole setup was installed for his benefit. If you have any tips on deterring pigeons without upsetting the neighbours, I'm all ears. My current strategy of glaring at him through the window has not been effective.

Anyway, I should probably get back to work before someone notices how long this email is. Hope the family is well and that the kids are enjoying the new school.

Cheers,
Ethan""")

add(expect=["ramble"], lang="zh",
    why="senior consultant's literary musing (绍兴、书法、黄酒、宋代夜市) ~700 chars, burying 请于下周一前确认签字人",
    sender=CHENMO, to=[ZHAO, SUN],
    subject="春日随想",
    body="""赵处、孙科长：

春分已过，窗外的玉兰开得正好。前两日回了一趟老家绍兴，在沈园里转了一圈，站在那面刻着《钗头凤》的墙前，忽然想起小时候祖父教我临帖的情景。祖父写一手好颜体，常说“字如其人，骨力要正”，那时我只觉得枯燥，如今年过四十，才慢慢体会出其中的味道。

说到书法，近来我又重新拾起毛笔，每天清晨写半小时《多宝塔碑》。起初手腕僵硬，写出来的横画歪歪扭扭，坚持了一个月，竟也有了些许进步。我越来越觉得，写字这件事讲究起笔、行笔、收笔，急不得，也慢不得，跟泡茶、跟做人，其实都是一个道理。

绍兴老城这几年变化很大，仓桥直街修缮得很用心，青石板路、乌篷船、临河的茶馆，依然保留着鲁迅笔下的旧模样。我在一家老茶馆坐了一下午，听隔壁桌几位老人用方言聊越剧，一句也听不懂，却觉得格外亲切。临走前买了两斤黄酒，店主说是二十年的陈酿，真假我不知道，但回来温了一壶，确实醇厚。

另，请于下周一前确认数据共享协议的签字人。

回程的高铁上，我读完了一本关于宋代城市生活的书。书里说，北宋汴京的夜市一直开到三更，五更又有早市，城市几乎是不眠的；孟元老在《东京梦华录》里写州桥夜市的吃食，一口气列了几十种，读来口舌生津。书中还提到，汴京的瓦子勾栏里有说书、杂剧、傀儡戏，一座瓦子能容纳数千人。我读到此处，想起小时候跟着祖父去镇上的戏台看社戏，台下摆满了长凳，卖茴香豆的小贩穿梭其间，那是我童年最鲜活的记忆。古人写城市，写的是烟火气，这一点今天的许多文章反倒不如。

窗外又下起了小雨，且写到这里。改日若两位有暇，欢迎来我们办公室喝茶，我把那两斤黄酒也带上。

顺颂春祺！

陈墨""")

add(expect=["ramble"], lang="mixed",
    why="mixed-language chatter about a concert, a cat, boxing and brunch; the platform-downtime notice is one buried 'btw' line",
    sender=TANG, to=[JIANG],
    subject="周末 concert 太燃了 + 一个小通知",
    body="""蒋经理，

周末去看了那场 concert，真的太燃了！开场第一首就是他们的 classic，全场大合唱，我嗓子到现在还是哑的。我们买的是内场 standing 区，站了三个多小时，腿都快断了，但是完全值得。安可的时候主唱突然跳下台跟前排 high five，我离他大概就三米，手机拍的视频全是抖的，哈哈，但还是发了 story，收获了一堆点赞。

回来之后家里的猫跟我闹别扭，因为我周六一整天都不在家，它就把我桌上的 AirPods 推到了地上，还把充电线咬断了一根。现在它每天早上六点准时踩我的脸叫我起床，比闹钟还准，我怀疑它是在报复。你家养宠物吗？有没有什么办法让猫不咬线？网上说抹点柠檬汁，我试了，它反而舔得更起劲了。

最近还开始练 boxing，每周二、四晚上去上课。教练是个退役的职业选手，第一节课就让我们跳绳十分钟，我跳到第三分钟就开始怀疑人生。不过打了两周，感觉 core 明显有力了，坐久了腰也没那么酸。推荐你也试试，解压效果一流，打沙袋的时候可以想象那是你最讨厌的 deadline。

上周还去试了一家新开的 board game cafe，玩了一晚上狼人杀，我连续三局都是第一个被投出去的，朋友说我脸上藏不住事，看来这辈子是当不了卧底了。老板自己调的 mocktail 倒是很好喝，推荐那款青柠薄荷的。

btw 标注平台下周二晚上 10 点到 12 点停机 upgrade，期间登录不了。

对了，上次你说的那家 brunch 店我也去了，牛油果 toast 确实不错，就是 portion 有点小，我一个人吃了两份。下次我们 team 聚餐可以考虑那边，环境挺 chill 的，周末还有现场 jazz，就是要提前一周订位。

最近天气忽冷忽热，注意身体哈。

子昂""")

add(expect=["ramble"], lang="zh",
    why="~650 chars of football, betting group, barbecue and pour-over coffee; the UAT-date question to the client is buried",
    sender=XUNUO, to=[ZHOU],
    subject="欧洲杯您看了吗",
    body="""周总：

欧洲杯您看了吗？我这两周基本是靠咖啡续命，凌晨三点的比赛一场没落下。昨晚那场点球大战太揪心了，门将扑出第五个点球的时候，我在客厅里喊得太大声，把楼下邻居都吵醒了，今天早上在电梯里碰到，人家笑着问我是不是赢钱了，弄得我挺不好意思。

我们公司几个球迷还搞了个竞猜群，每场猜比分，输的人请奶茶。我目前排倒数第二，已经请了六杯了。最惨的是研发部的老王，他每场都押同一支队，押一次输一次，现在大家都管他叫“反向明灯”，谁想知道结果就看他押什么，然后反着猜。

说起来，上周末我们小区组织了烧烤活动，我负责烤鸡翅，第一批全烤焦了，第二批又没熟，直到第三批才找到感觉。邻居家的小孩一直围着我问什么时候能吃，我只好先给他们烤了几根玉米应付。最后大家围着炭炉看球，倒也热闹。

我儿子也被带成了球迷，现在每天放学都要在小区里踢半小时球，回来浑身是泥，他妈妈洗衣服洗到崩溃。上周他们学校办班级联赛，他踢后卫，全场最大的贡献是把球踢进了自家球门，回家哭了一晚上。我安慰他说职业球员也会踢乌龙球，他才破涕为笑。周末我准备带他去买一双新球鞋，算是给他打打气。

机器人 UAT 我们想放在 6 月 18 日到 21 日，您看贵方测试人员那几天方便吗？

另外，我最近迷上了做手冲咖啡，买了一套手冲壶和磨豆机，每天早上花二十分钟研究水温和研磨度。埃塞俄比亚的豆子有一股很明显的花果香，跟我以前喝的速溶完全不是一回事。等哪天您来我们这边开会，我给您冲一杯尝尝。

天气越来越热，您注意防暑。

许诺""")

# =======================================================================================
# HARD NEGATIVES: refusal-like (18)
# =======================================================================================

add(expect=[], lang="zh",
    why="hard negative: bureaucratic 暂不纳入一期 with CR-2024-017, review date 4/18 and an interim T+1 workaround",
    sender=ZHENG, to=[LIU], cc=[ZHAO],
    subject="关于“街道级实时人口热力图”需求的答复",
    body="""刘主任：

贵中心 4 月 2 日提出的“街道级实时人口热力图”需求收悉，感谢对项目的关注。

经项目组初步评估，该需求涉及运营商信令数据接入及分钟级计算，超出本期合同范围，暂不纳入一期实施。我们已将其登记为变更单 CR-2024-017，并列入 4 月 18 日需求评审会议程，届时将提交技术方案、工期与费用评估，供贵方决策。

评审之前，建议先使用现有的 T+1 区县人口分布图过渡，我们可在本周内为其增加按街道下钻的静态视图。

如有疑问，请随时联系。

郑国平
政务数据平台项目组""")

add(expect=[], lang="en",
    why="hard negative: 'we can't get full Japanese into May 10' followed by two concrete dated alternatives; client chooses",
    sender=ETHAN, to=[PRIYA],
    subject="Re: Japanese for the May 10 release",
    body="""Hi Priya,

Honest answer: we can't get full Japanese into the May 10 release without cutting testing, and I don't want to put a half-tested bot in front of Tokyo.

Two options that do work:
(a) 31 May - Japanese for the top 40 FAQ intents, with English fallback for everything else.
(b) 21 June - full Japanese coverage across all 180 intents.

Either way, May 10 goes out on schedule for English and Mandarin. Let me know which you'd prefer, or we can talk it through on Thursday's call.

Best,
Ethan""",
    quote="""Ethan, can the HR bot support Japanese by the May 10 release? Tokyo is pushing hard and I need to tell them something this week.

Priya""",
    quote_from=PRIYA, quote_style="outlook")

add(expect=[], lang="zh",
    why="hard negative: escalation — beyond PM's authority, handed to the delivery director who calls by 10am; angry words only in the quote",
    sender=XUNUO, to=[ZHOU],
    subject="Re: 新增两个事业部数据接入",
    body="""周总：

非常抱歉让您等了这么久，是我沟通不到位。

新增两个事业部的数据接入涉及合同金额调整，已超出我个人的审批权限。我刚才已把情况完整汇报给我们的交付总监高远，他明天上午十点前会直接给您打电话，商量方案和费用。

在此期间，两个事业部的数据源调研我们先行启动，不影响后续排期。

许诺""",
    quote="""许诺，你们这个项目经理到底能不能做主？加两个事业部的数据，问了三次都说要“再看看”。再这样下去我就要求换人了！

周慕白""",
    quote_from=ZHOU, quote_style="foxmail")

add(expect=[], lang="zh",
    why="hard negative: 'no' words about something else — 不额外收费 / 没有影响 / 不需要补充数据源",
    sender=LINXL, to=[SUN],
    subject="新增两张专题看板：不额外收费",
    body="""孙科长您好：

昨天您问的“就业监测”和“养老服务”两张专题看板，我们内部核算过了：

1. 不额外收费，计入本期服务范围；
2. 对原定 5 月 30 日的上线时间没有影响；
3. 不需要贵局再补充数据源，现有人社和民政的接口已经够用。

马骁这周开始做原型，下周三请您看初稿。

林晓岚""")

add(expect=[], lang="zh",
    why="hard negative: root-cause analysis where 不支持 TLS 1.3 / 拒绝连接 / Connection refused are technical terms; polite, no blame",
    sender=FANG, to=[LIU], cc=[XUNUO],
    subject="4月9日凌晨数据同步失败原因分析",
    body="""刘主任：

关于 4 月 9 日凌晨数据同步失败，原因已查明，简要说明如下：

1. 现象：02:00 起同步任务连续报错 “Connection refused”，医保库 6 张表未能入仓。
2. 原因：贵中心 4 月 8 日晚将前置库升级到新版本后，默认只允许 TLS 1.3 连接，而我们同步工具使用的 JDBC 驱动版本不支持 TLS 1.3，在握手阶段即被拒绝连接。
3. 处理：我们已于 09:40 升级驱动并重跑任务，10:25 全部数据补齐，驾驶舱数据已恢复正常。
4. 预防：建议今后前置库升级前提前一天邮件告知我们，我们会先在测试环境做兼容验证。

给您和局里带来不便，抱歉。

方一帆""")

add(expect=[], lang="mixed",
    why="hard negative: a 'no' the client asked us to deliver — declining a vendor's upsell on the client's instruction",
    sender=SOPHIE, to=[ZHOU],
    subject="Re: 帮忙回绝 BI 厂商的 AI add-on",
    body="""周总，

收到。已按您的意思回复了厂商：今年不考虑 AI add-on license，也不安排 demo。邮件我 bcc 了您一份 for record。

另外提醒一下，他们的 base license 8 月 31 日续约，到时候我提前两周跟您确认数量。

Sophie""",
    quote="""Sophie，那家 BI 工具厂商又来推他们的 AI add-on license，我们今年预算不够，麻烦你帮我们回绝一下，口径就说今年不考虑。""",
    quote_from=ZHOU, quote_style="gt_zh")

add(expect=[], lang="zh", trad=True,
    why="hard negative (traditional Chinese): 本期無法排入 with CR-031, evaluation report by 6/3 and a 10-store trial as alternative",
    sender=RACHEL, to=[PAULINE],
    subject="回覆：門店層級銷售預測需求",
    body="""佩儀你好，

謝謝你們提出門店層級的銷售預測需求。

這項需求需要新增約 300 間門店的歷史交易資料與天氣資料，本期排程確實無法排入。我們已經登記為變更需求 CR-031，團隊會在 6 月 3 日前提供評估報告，內容包括所需資料、工期與報價，方便你們內部決策。

在此之前，區域層級的預測照常每週一更新；如有需要，我們也可以先針對 10 間旗艦店做一次試算，給你們參考。

Rachel""")

add(expect=[], lang="zh",
    why="hard negative: long structured change-impact analysis (CR-2024-009) offering three options; we lean to one but the client decides",
    sender=CHENMO, to=[ZHOU], cc=[GAOYUAN],
    subject="变更影响分析：新增三个数据源接入（CR-2024-009）",
    body="""周总：

关于贵方 5 月 6 日提出的新增三个数据源（SRM、WMS、费控系统）接入需求，我方已完成影响分析，结论如下，供贵方决策。

一、工作量
1. SRM：标准接口，约 8 人天；
2. WMS：需贵方物流部开放只读视图，约 12 人天；
3. 费控系统：为 SaaS 服务，需申请 API 权限，约 10 人天，含权限审批等待时间。
合计约 30 人天。

二、对进度的影响
如在当前一期范围内实施，上线日期需由 6 月 28 日顺延至 7 月 19 日。数据模型与看板开发可以并行，关键路径主要在 WMS 视图的开放时间。

三、对费用的影响
按合同约定的人天单价，增加费用约 36 万元，明细见附表。

四、可选方案
方案一：三个数据源全部纳入一期，上线顺延三周；
方案二：一期按原计划 6 月 28 日上线，三个数据源作为二期首批内容，7 月启动；
方案三：仅 SRM 纳入一期（不影响上线日期），其余两个放入二期。

以上三个方案我们都可以执行。从风险角度看我们略倾向方案三，但最终请贵方结合业务优先级决定。如需当面讨论，本周四下午或周五上午我都可以。

陈墨
高级咨询经理 | 数据智能事业部""")

add(expect=[], lang="en",
    why="hard negative: negation ('I'm not saying no to voice') with ticket DP-412 and findings date",
    sender=ETHAN, to=[MARTIN],
    subject="Re: Voice input for the HR bot",
    body="""Hi Martin,

I'm not saying no to voice. I'm saying I don't know yet whether the speech model copes with the noise levels on your Dongguan factory floors, and I'd rather find out before we promise anything.

I've opened ticket DP-412 for a two-week spike: we'll record 200 sample queries on site and measure accuracy. Findings by 28 March, with a go/no-go recommendation and a cost estimate.

Ethan""",
    quote="""Ethan,

The plant managers keep asking whether workers could talk to the HR bot instead of typing. Mia hinted it might be tricky. Is that a no?

Martin""",
    quote_from=MARTIN)

add(expect=[], lang="zh",
    why="hard negative: negation 并不是做不了, with a scheduled meeting and a written reply the same day",
    sender=XUNUO, to=[LIU],
    subject="Re: 公安数据能否接入平台",
    body="""刘主任：

并不是做不了，技术上接入没有难度。关键在于公安网和政务外网之间有网闸，数据摆渡需要按公安局信息科的规定单独审批。

我已经约了公安局信息科周三下午 3 点开会，届时把接入方式、审批流程和大致时间确认下来，会后当天给您一份书面说明。

许诺""",
    quote="""许经理，公安那边的数据能不能直接接到平台里？你们是不是做不了？""",
    quote_from=LIU, quote_style="gt_zh")

add(expect=[], lang="en",
    why="hard negative: 'firm no' on PII leaving the bank explained as regulation, with a concrete in-VPC alternative and plan by Friday",
    sender=HANNAH, to=[LUO],
    subject="Re: Exporting chat logs to your training cluster",
    body="""Hi Luo Bin,

That one has to be a firm no on our side: customer names and account numbers can't leave the bank's network. It's a regulatory line rather than a preference, and crossing it would put both of us at risk.

What we can do instead is run the fine-tuning inside your own VPC, on the two A100 nodes your infrastructure team already provisioned. Our engineers would work through your bastion host and nothing would leave your environment. I'll send a one-page setup plan by Friday, and if it looks right we could start as early as next Tuesday.

Best,
Hannah""",
    quote="""Hannah, to speed things up, could we just export the customer chat logs (with names and account numbers) to your training cluster?""",
    quote_from=LUO, quote_style="outlook")

add(expect=[], lang="mixed",
    why="hard negative: '本 sprint 放不进去' with JIRA BI-233, evaluation at 4/9 planning and a CSV workaround",
    sender=MAXIAO, to=[WUSY],
    subject="Re: 看板加 compare-to-last-year 开关",
    body="""思远，

这个 toggle 本 sprint 确实放不进去了，sprint 已经 lock，再加会影响周五的 release。

我已经建了 JIRA BI-233，下个 sprint planning（4/9）会优先评估，planning 完当天告诉你结论。这期间可以先用 "Export to CSV" 把两年的数据拉出来做对比，我录了一个两分钟的操作视频，附在 ticket 里了。

马骁""")

add(expect=[], lang="zh",
    why="hard negative: release note full of negations about impact (不会中断、没有任何影响、不需要做任何操作)",
    sender=FANG, to=[WUQ],
    subject="本周六数仓补丁发布说明",
    body="""吴倩你好：

本周六 22:00–23:00 我们会发布一个数仓补丁，主要修复“企业开办平均时长”指标在跨月时的计算误差。

说明几点：
1. 发布期间驾驶舱可以正常访问，不会中断；
2. 除该指标外，其他报表没有任何影响；
3. 贵局不需要做任何操作，也不需要重新登录。

发布完成后我会在群里说一声。

方一帆""")

add(expect=[], lang="zh",
    why="hard negative: 'this week is not possible' with apology, dated plan and a fallback demo; client's angry 到底行不行 only in the quote",
    sender=LINXL, to=[ZHAO],
    subject="Re: 实时同步上线时间",
    body="""赵处：

理解您的着急，这件事是我们没有提前预警，先向您道歉。

实时同步这周上不了，原因是公积金中心的数据库开启 CDC 日志需要停机维护，最早的窗口是本周日凌晨。具体安排：

1. 本周日 01:00–03:00，公积金中心停机开启日志（已与对方确认）；
2. 周一、周二我们做联调和数据比对；
3. 4 月 12 日（周三）前实时同步上线，比原计划晚三个工作日。

局长下周看驾驶舱时，如果实时同步还没稳定，我们会准备一版 T+1 数据的演示环境作为后备，确保汇报不受影响。

林晓岚""",
    quote="""你们到底行不行？说好这周实时同步上线，又要拖？局长下周就要看！""",
    quote_from=ZHAO, quote_style="outlook_zh")

add(expect=[], lang="en",
    why="hard negative: 'won't be able to within the current budget' plus a costed option by Tuesday and escalation to our MD",
    sender=SOPHIE, to=[GREG],
    subject="Re: Malaysian subsidiaries in the warehouse",
    body="""Hi Greg,

Within the current budget, I'm afraid we won't be able to take on the three Malaysian subsidiaries. The ERP there is a separate instance with its own chart of accounts, and mapping it is a few weeks of work on its own.

I don't want that to be the end of the conversation, though. I've asked Daniel to put together a costed option with two variants (all three entities, or the largest one first), and you'll have it by Tuesday. If the numbers need a wider discussion, I'm happy to set up a call with our Managing Director.

Best regards,
Sophie""",
    quote="""Sophie, can we add the three Malaysian subsidiaries to the warehouse within the current budget? I'd like to tell the CFO yes.

Greg""",
    quote_from=GREG)

add(expect=[], lang="zh",
    why="hard negative: incident note where 拒绝 is technical (网关拒绝请求 HTTP 429), with follow-up plan",
    sender=SONG, to=[LUO], cc=[JIANG],
    subject="昨晚 21:00 智能客服响应变慢的原因",
    body="""罗老师：

昨晚 20:58–21:20 智能客服部分请求响应变慢，原因和处理如下。

一、原因
贵行信用卡 App 推送了还款提醒，21:00 前后并发从平时的 300 QPS 升到 1,400 QPS。模型服务的限流阈值设置为 800 QPS，超出部分被网关拒绝（HTTP 429），前端自动重试，用户感知为“机器人反应慢”。

二、处理
21:12 我们临时扩容两个推理实例，并把阈值调到 1,600，21:20 恢复正常。期间没有请求丢失，也没有错误答复。

三、后续
建议运营侧以后大批量推送前提前告知我们，我们会提前扩容；另外我们会在下周一前给出按时段自动扩缩容的方案。

宋天""")

add(expect=[], lang="zh",
    why="hard negative: interface spec where 必须唯一 / 拒收 / 不接受其他格式 are technical rules, not a refusal of a request",
    sender=FANG, to=[WUSY],
    subject="主数据接口规范（v1.2）要点",
    body="""思远你好：

主数据接口规范 v1.2 已上传到共享目录，几个要点提前说明一下，方便你们系统组对接：

1. 客户主键必须唯一，主键重复的记录接口会直接拒收，并返回错误码 E102；
2. 接口必须接受 UTF-8 和 GBK 两种编码，老的经销商系统只能发 GBK；
3. 日期字段统一为 yyyy-MM-dd，不接受其他格式；
4. 单批次不超过 5,000 条，超出部分会被截断。

有任何不清楚的地方直接在文档里批注，我每天下午统一回复。

方一帆""")

add(expect=[], lang="en",
    why="hard negative: 'no new KPIs' is a message the client asked us to send; paired with an intake route for Q3",
    sender=DANIEL, to=[MARTIN],
    subject="Re: KPI freeze message to regional finance",
    body="""Hi Martin,

Done. I've written to the six regional finance leads explaining that the KPI list is frozen until the board pack goes out on 30 April, and that no new KPIs will be added before then.

So it doesn't feel like a dead end for them, I've pointed them to the KPI intake form for the Q3 cycle and offered a 30-minute slot each week for anyone who wants to talk a proposal through. Two have already booked.

Best,
Daniel""",
    quote="""Daniel, could you let the regional finance teams know that no new KPIs will be added before the board pack? I'd rather it came from the programme than from me.

Martin""",
    quote_from=MARTIN, quote_style="gt")

# =======================================================================================
# HARD NEGATIVES: backchannel-like (10)
# =======================================================================================

add(expect=[], lang="zh",
    why="hard negative: constructive internal discussion of the client's complaint (他说得对…明天当面去局里沟通)",
    sender=LINXL, to=[MAXIAO, FANG],
    subject="赵处对驾驶舱加载速度的意见",
    body="""两位：

今天赵处在电话里对驾驶舱首页加载速度意见很大，说打开要八九秒，局长看的时候很尴尬。

说实话他说得对，我自己在局里内网试了一下，首屏确实要七秒多。我们别辩解，先把问题解决：

1. 马骁：今天排查首页 12 个组件的查询，看哪些可以做预聚合；
2. 一帆：检查驾驶舱专用的汇总表有没有走上索引；
3. 明天下午 3 点，我们带着测试数据和优化方案，当面去局里跟赵处沟通。

辛苦了。

晓岚""")

add(expect=[], lang="en",
    why="hard negative: banter about our own team (aged a decade, legend) and the PM's own mistake; nothing about the client",
    sender=DANIEL, to=[FANG, ETHAN],
    subject="Last night's ETL heroics",
    body="""Team,

Our nightly ETL ran so slowly last night that I aged about a decade watching the progress bar. Then Fang, who apparently doesn't sleep, rewrote the partitioning at 3am and got the run from 5h40 down to 48 minutes. Absolute legend. Someone please buy that man a coffee, or three.

Also, a confession: the slowdown came from the join I "optimised" on Monday. So, my bad, and lesson learned - no more Monday-morning cleverness from me.

D.""")

add(expect=[], lang="zh",
    why="hard negative: PM criticises own work with rhetorical 难道 (难道还能怪标注员？这锅我背)",
    sender=GUO, to=[SONG],
    subject="第 4 节标注规范我来重写",
    body="""宋天，

看了昨天的一致性报告，“投诉”和“建议”两类的 kappa 只有 0.52。我回头把规范第 4 节读了一遍，发现是我写得太含糊，举的例子也互相矛盾，难道还能怪标注员标不准？

这锅我背。今天下班前我重写第 4 节，补 20 个边界例子，明早给大家重新培训半小时。蒋经理那边我也会主动说明原因。

嘉怡""")

add(expect=[], lang="zh",
    why="hard negative: client's harsh words (人工智障、呵呵) only in the quote; PM answers with root cause and a dated fix",
    sender=SONG, to=[JIANG],
    subject="Re: 机器人答非所问",
    body="""蒋经理：

谢谢您直接把问题指出来，这个例子很典型。

查了一下日志：用户问“信用卡年费怎么免”，模型把“免”理解成了理财产品“免手续费”的意图，检索到了理财 FAQ。根本原因是信用卡年费相关的训练样本只有 37 条，远少于理财类。

今天我们会补充 200 条年费类样本并重新评测，周四前把新版本部署到测试环境，请您再试一次。

宋天""",
    quote="""你们这个机器人就是个人工智障，问它信用卡年费怎么免，它给我推荐理财产品。呵呵。

蒋欣""",
    quote_from=JIANG, quote_style="foxmail")

add(expect=[], lang="en",
    why="hard negative: internal note with the client deliberately in Cc, taking her overfitting concern seriously ('she has a point')",
    sender=HANNAH, to=[SAM], cc=[PRIYA],
    subject="Churn model - Priya's overfitting concern",
    body="""Sam,

Priya (cc'd) flagged on today's call that the churn model looks overfit: training AUC is 0.97, but the pilot region is much weaker. Honestly, she has a point, and I'd rather we dig into it with her than around her.

Could you share the holdout results and the feature-importance plot with her directly by Wednesday? Priya, if your team has the pilot region's actual churn list for March, that would let us check calibration properly.

Thanks both,
Hannah""")

add(expect=[], lang="mixed",
    why="hard negative: 服了 as praise for a colleague, banter within our team",
    sender=TANG, to=[FANG], cc=[MAXIAO],
    subject="服了",
    body="""一帆，

服了你了，三个小时把 42 个 dbt model 全部 refactor 完，test 全绿，还顺手把文档补了。我刚才 review 的时候差点以为是 AI 写的。

今天午饭我请，马骁你也来，顺便商量下周 demo 给周总看哪几个 dashboard。

子昂""")

add(expect=[], lang="zh", trad=True,
    why="hard negative (traditional Chinese): internal mail saying the client's worry is right, plan to meet him face to face",
    sender=KATHY, to=[RACHEL],
    subject="梁生對粵語識別的擔心",
    body="""Rachel，

今日梁生提到客服機器人聽不懂粵語口語，我回來查了一下測試記錄，他的擔心是對的：粵語語音的意圖識別率只有 74%，普通話是 91%。

我建議：
1. 這週內從他們的客服錄音裡抽 500 條粵語樣本補充訓練；
2. 週四約梁生當面談，把數據和改善計劃攤開給他看，不要等他再來問。

你看看有沒有問題？

嘉欣""")

add(expect=[], lang="zh",
    why="hard negative: PM answers a colleague's quoted gripe about the client constructively (口径变化背后的原因，约孙科长一次锁定)",
    sender=LINXL, to=[MAXIAO],
    subject="Re: 口径又改了",
    body="""马骁，

理解，改来改去确实折腾人，辛苦了。

不过这次口径变化不是孙科长拍脑袋：市里上个月调整了营商环境考核办法，个体户要单独统计，局里也是被动跟着改。我下午约了孙科长，把 12 个营商指标的口径逐个过一遍，争取一次锁定，以后再变就走变更流程。

你手上这个先别动，等下午会后一起改。

晓岚""",
    quote="""甲方又改口径了，“新增市场主体”现在要剔除个体户，上周刚按他们说的做完。真是服了，能不能一次说清楚？

马骁""",
    quote_from=MAXIAO, quote_style="gt_zh")

add(expect=[], lang="mixed",
    why="hard negative: '我这脑子' aimed at oneself; PM owns the wrong-link mistake and apologised to the client",
    sender=XUNUO, to=[ETHAN],
    subject="我这脑子 - wrong dashboard link",
    body="""Ethan，

我这脑子今天彻底 offline 了：早上发给 Greg 的 dashboard link 是 staging 环境的，里面还是上个月的 test data。

已经把正确的 production link 重新发给他，也跟他道了歉，说明是我的问题。你那边如果 Priya 问起，直接说是我发错的就好。

Lesson learned，以后发 link 前先自己点一遍。

许诺""")

add(expect=[], lang="zh",
    why="hard negative: internal meeting prep — client under pressure, listen first, record new asks and reply after evaluation",
    sender=GAOYUAN, to=[TANG, SONG],
    subject="明天见钱总的准备",
    body="""子昂、宋天：

明天上午见钱总，先统一一下思路。

钱总最近压力不小，监管刚下了关于智能客服的合规指引，他最关心的是机器人会不会“乱说话”。所以明天我们别急着推二期方案，先听他讲，把他的顾虑记全。

宋天准备一页“模型答复范围控制”的说明，讲清楚我们怎么做拒答和兜底；子昂把近一个月的人工抽检结果打印两份带上。

他提什么新要求，当场都先记下来，回来评估后再答复。

高远""")

# =======================================================================================
# HARD NEGATIVES: other types (12)
# =======================================================================================

add(expect=[], lang="zh",
    why="hard negative: 几乎是不可能的任务 as praise; 'trust the team' spirit; reports early delivery to the client",
    sender=GAOYUAN, to=[QIAN], cc=[GUO, SONG],
    subject="标注项目第一阶段交付完成",
    body="""钱总：

向您报告一个好消息：第一阶段 200 万条客服对话标注已于今天全部交付，比计划提前两天，抽检准确率 97.6%。

说实话，项目启动时我们内部都觉得三周做完 200 万条几乎是不可能的任务。嘉怡带着标注团队排了三班，宋天把预标注模型的召回率提到了 85%，才把它变成了可能。也感谢贵行运营团队在规范答疑上的快速响应。

第二阶段的排期，我们下周一发给蒋经理确认。

高远""")

add(expect=[], lang="zh",
    why="hard negative: firm but polite statement of facts about a missing daily report, with a joint monitoring proposal",
    sender=FANG, to=[SUN],
    subject="3月28日日报缺失的原因说明",
    body="""孙科长：

3 月 28 日“民生服务”日报缺失的原因已核实：

根据我们的同步日志，人社局源库在 03:00–03:40 期间没有新数据写入，对应时段的批处理取到了空数据，日报校验未通过，因此没有发布。

我们已在 09:30 补跑并发布了日报。为避免类似情况，建议双方一起在源库和数仓之间加一个数据到达监控：我们负责告警规则，人社局信息科负责源库侧的心跳表。如果您同意，我来牵头约一次三方短会。

方一帆""")

add(expect=[], lang="en",
    why="hard negative: recommendation (Power BI) with the alternative presented fairly and the choice left to the client",
    sender=DANIEL, to=[MARTIN],
    subject="Re: Power BI or Tableau?",
    body="""Hi Martin,

Our recommendation is Power BI, mainly because about 80% of your finance users already live in Excel and Teams, and the licences are already covered by your Microsoft agreement.

That said, Tableau is a perfectly viable choice. Your marketing team's existing dashboards are in Tableau, and its mapping is stronger for the retail footprint. We've built the data model so that either tool can sit on top of it without rework.

It's your call, and we'll plan around whichever you choose. If it would help, we can run a half-day bake-off with users from both camps next week.

Best,
Daniel""",
    quote="""Which BI tool would you recommend - Power BI or Tableau? Our teams are split and I'd like an outside view before the steering committee.

Martin""",
    quote_from=MARTIN, quote_style="gt")

add(expect=[], lang="zh",
    why="hard negative: plain delivery note; risky phrases (没有不可能, 别跟客户争对错) only in the signature motto",
    sender=GUO, to=[JIANG],
    subject="第六批标注数据已交付",
    body="""蒋经理好：

第六批客服对话标注数据（48,000 条）已上传至贵行 SFTP 的 /delivery/batch06 目录，附带质检报告。

本批抽检准确率 96.8%，主要错误集中在“账单分期”和“临时额度”两个意图的混淆，我们已在规范中补充了区分示例。

请在下周三前完成验收抽检，如有问题随时联系。

郭嘉怡
标注交付负责人 | 数据智能事业部
电话：021-5555-0186
座右铭：没有不可能，只有不够努力。别跟客户争对错，要跟客户一起找答案。
本邮件及附件仅供指定收件人使用，未经许可不得转发；如误收，请勿使用并立即删除。""")

add(expect=[], lang="zh",
    why="hard negative: long (~700 chars) structured UAT plan for the chatbot that stays on topic",
    sender=TANG, to=[JIANG], cc=[HESM],
    subject="智能客服二期 UAT 计划（请确认）",
    body="""蒋经理、何老师：

智能客服二期 UAT 计划如下，请审阅。如无异议，请于 6 月 12 日前回复确认，我们据此准备测试环境和账号。

一、测试范围
1. 新增意图 46 个，主要覆盖信用卡账单分期、临时额度调整、境外交易等场景；
2. 多轮对话：挂失、补卡、修改账单日三个流程；
3. 转人工策略：情绪识别触发和连续两次未命中触发两种方式；
4. 后台：知识库编辑、话术审核、数据报表三个模块。

二、时间安排
1. 6 月 17 日：测试环境就绪，我方完成冒烟测试；
2. 6 月 18 日—21 日：贵行业务人员执行测试用例，共 312 条；
3. 6 月 24 日—25 日：缺陷修复与回归测试；
4. 6 月 26 日：UAT 总结会，双方确认是否满足上线条件。

三、人员安排
我方：项目经理唐子昂、算法工程师宋天、测试负责人两名全程驻场；贵行：建议安排信用卡中心业务骨干 4 人、运营中心 2 人，每人每天投入不少于半天。

四、准出标准
1. 致命、严重缺陷为零；
2. 一般缺陷不超过 10 个，且均有明确修复计划；
3. 意图识别准确率不低于 90%，多轮流程完成率不低于 85%；
4. 所有测试用例执行率 100%。

五、风险与应对
1. 测试数据：如需使用真实客户对话，请提前办理数据脱敏审批，我们可提供脱敏工具；
2. 人员冲突：6 月 20 日为信用卡中心月度例会，当天测试可能不足半天，我们已在 24 日预留补测时间；
3. 环境稳定性：测试期间我方安排一名运维人员值守，问题 30 分钟内响应。

测试用例初稿已上传至共享目录，请贵行业务人员先浏览一遍，有需要补充的场景可直接批注。

唐子昂""")

add(expect=[], lang="en",
    why="hard negative: long (~500 words) consulting-style cut-over plan with numbered sections, entirely on topic",
    sender=DANIEL, to=[MARTIN, PRIYA],
    subject="Warehouse cut-over plan - weekend of 14 June",
    body="""Martin, Priya,

Please find below the cut-over plan for the Group Finance Data Warehouse, scheduled for the weekend of 14-16 June. I'd be grateful for your comments by 7 June so we can lock the run-book.

1. Objectives
- Move all finance reporting from the legacy SQL Server marts to the new warehouse.
- Switch the 38 Power BI reports to the new semantic model.
- Keep month-end reporting unaffected; the first close on the new platform will be June.

2. Timeline
Friday 14 June
- 18:00 Freeze on legacy marts (read-only). Regional teams notified on 10 June.
- 18:30 Final incremental load from the 11 ERP instances.
- 22:00 Reconciliation checkpoint 1: row counts and trial balance per entity.

Saturday 15 June
- 08:00 Report repointing, in three batches of roughly 13 reports each.
- 14:00 Reconciliation checkpoint 2: the 20 "golden" reports compared figure by figure with legacy output.
- 18:00 Go/no-go call with Martin, Priya and our engagement lead.

Sunday 16 June
- 09:00 Business verification by six named key users (two per region).
- 15:00 Final go/no-go; legacy marts remain available read-only for 30 days.

3. Roles
- Decision owner: Martin Oyelaran.
- Business verification lead: Priya Raman.
- Technical lead: our data engineering lead, with two engineers on site and one on call overnight.
- Communications: Daniel Okafor, hourly status in the Teams channel.

4. Rollback
If checkpoint 2 shows a variance above 0.1% on any golden report that we cannot explain within two hours, we roll back: reports are repointed to the legacy marts (about 90 minutes) and the freeze is lifted on Sunday morning. No data is lost in either direction, because the legacy marts are only frozen, not decommissioned.

5. Risks
- The ERP instance in Vietnam has had intermittent connectivity; we have a pre-staged extract from Thursday as a fallback.
- Two key users are travelling that weekend; Priya is confirming substitutes.
- Power BI gateway capacity: we will scale to the premium tier for the weekend at no additional cost to you.
- Cache warm-up: the first refresh after repointing may take up to 40 minutes; key users will be told to expect this so it isn't mistaken for a failure.

6. What we need from you
- Confirmation of the six verification users by 7 June.
- A decision on whether the auditors should get read access from day one or from July.
- A quick sign-off on the communication to the regional teams (draft in the project folder).

I've kept this to one page on purpose; the detailed run-book (140 steps) is in the project folder for anyone who wants the full picture, and I'm happy to walk either of you through it before the 7th.

Best regards,
Daniel""")

add(expect=[], lang="mixed",
    why="hard negative: 'as said on Monday's call' / 'you must restart' / 我之前说过 as follow-through and technical instruction",
    sender=SONG, to=[LUO],
    subject="Re: 补丁装完模型还是旧版本",
    body="""罗老师，

如周一 call 上说的，这次 patch 装完之后 you must restart the inference service，否则 container 还在用 cache 里的旧 model weights。

具体步骤：
1. kubectl rollout restart deployment/intent-svc -n cs-bot
2. 等 pod 全部 Ready（大概 2 分钟）
3. 调 /health 接口，返回的 model_version 应该是 2.4.1

我之前说过会把这几步写进 runbook，现在已经补上了，链接在 Confluence 的 "Deploy" 页面。

宋天""",
    quote="""宋工，补丁装完了，但是模型服务好像还是旧版本？/health 返回的还是 2.3.9。""",
    quote_from=LUO, quote_style="outlook_zh")

add(expect=[], lang="zh",
    why="hard negative: long (~700 chars) structured weekly report for the finance warehouse, on topic, status yellow",
    sender=XUNUO, to=[ZHOU], cc=[GAOYUAN],
    subject="【周报】集团财务数仓 第9周",
    body="""周总：

本周（第 9 周）集团财务数仓项目进展汇报如下。

一、总体状态：黄色
整体进度完成 58%，计划值 62%，落后约 4 个百分点，主要受东南亚子公司 ERP 接口延迟影响，预计下周可追回一半。

二、本周完成
1. 数据接入：11 个经营实体中已有 9 个完成 ERP 总账与应收应付模块接入，本周新增越南、泰国两家子公司；
2. 数据模型：合并报表主题的事实表与 7 个维度表开发完成，已通过单元测试；
3. 对账：3 月份试算平衡表与原系统比对，9 个实体中 8 个完全一致，1 个差异 0.03%，原因为汇率取数时点不同，已与财务共享中心确认口径；
4. BI：管理层月报 12 张报表中完成 7 张，已在测试环境开放给财务共享中心试用；
5. 数据质量：新增 23 条质量校验规则，本周拦截异常凭证 146 条，已全部反馈给各实体财务复核。

三、下周计划
1. 完成马来西亚、印尼两家子公司的接口对接；
2. 完成剩余 5 张管理层报表开发；
3. 组织第一次关键用户培训（4 月 25 日下午，线上）。

四、风险与问题
1. 马来西亚子公司 ERP 为独立实例，会计科目表与集团标准不一致，需要财务共享中心在 4 月 24 日前提供映射表，如延迟将影响合并报表上线；
2. 印尼子公司网络专线尚未开通，我们已准备 SFTP 文件传输作为临时方案，请贵方 IT 协助申请账号；
3. 关键用户培训名单尚未确定，请各事业部于 4 月 23 日前反馈。

五、需要贵方决策的事项
1. 是否将审计师只读账号的开放时间提前到 5 月；
2. 越南子公司的本币报表是否需要在 BI 中单独展示。

以上，如有疑问欢迎随时沟通。下周例会照常在周四上午 10 点。

许诺""")

add(expect=[], lang="mixed",
    why="hard negative: 按我们的经验 recommendation of star schema, wide table presented fairly, decision left to the client's architects",
    sender=MAXIAO, to=[WUSY],
    subject="Re: 销售域建模用 star schema 还是大宽表？",
    body="""思远，

按我们的经验，销售域建议用 star schema：维度（门店、商品、渠道）变化比较频繁，拆开维护成本低，BI 工具的 semantic layer 也更好配。

不过 wide table 也有它的优势，查询简单，对下游 data science 团队更友好。如果你们的主要用户是写 SQL 的分析师，wide table 也完全 OK。

两种我们都做过，最终还是由你们架构组来定。需要的话，我可以准备一个两种方案的 POC 对比。

马骁""",
    quote="""马骁，我们架构组在讨论销售域建模用 star schema 还是直接大宽表，你们怎么看？""",
    quote_from=WUSY)

add(expect=[], lang="zh",
    why="hard negative: PM's modesty (我本人不懂算法细节) and 几乎不可能出错 as a technical claim, offer to explain in person",
    sender=GAOYUAN, to=[LIU],
    subject="关于人口库去重算法的说明",
    body="""刘主任：

关于您问的人口库去重逻辑，我本人不懂算法细节，下面转述我们数据工程师方一帆的说明要点：

1. 以身份证号为主键去重，身份证号缺失的记录再按“姓名 + 出生日期 + 户籍地址”做模糊匹配；
2. 模糊匹配的结果不会自动合并，而是进入人工复核队列，由贵中心的数据专员确认；
3. 身份证号完全一致的重复记录，系统按最近更新时间保留一条。这一步按一帆的说法“几乎不可能出错”，过去三个月的抽查没有发现误合并。

如果您想听更技术的解释，一帆周四可以到局里当面讲一次。

高远""")

add(expect=[], lang="zh",
    why="hard negative: long (~700 chars) incident post-mortem with root causes and dated actions; PM takes full responsibility",
    sender=SONG, to=[QIAN], cc=[JIANG],
    subject="5月7日智能客服错误答复事件复盘报告",
    body="""钱总：

5 月 7 日下午智能客服出现错误答复的事件，现将复盘结果报告如下。

一、事件经过
5 月 7 日 14:20 起，部分客户询问“信用卡最低还款额”时，机器人给出的说明有误，把“最低还款额为账单金额的 10%”答成了“5%”。15:05 贵行运营中心发现并通知我方，15:18 我方下线该条知识，15:30 恢复正确答复。影响时段约 70 分钟，涉及对话 213 次。

二、直接原因
当天 14:00 知识库批量导入了一批新话术，其中一条旧版本（2021 年政策）的内容未被过滤，覆盖了现行话术。该条旧话术在 2022 年已标记为停用，但停用标记在去年的数据迁移中丢失了。

三、根本原因
1. 知识库导入流程缺少“生效日期”校验，旧版本内容可以直接覆盖新版本；
2. 导入后的自动回归测试只覆盖意图识别，没有覆盖答复内容的比对；
3. 导入操作安排在业务高峰时段，且没有灰度发布。

四、整改措施
1. 5 月 10 日前：知识库导入增加生效日期与版本号校验，旧版本不得覆盖新版本（已开发完成，测试中）；
2. 5 月 14 日前：回归测试增加 500 条高频问题的答复内容比对；
3. 即日起：知识库变更统一安排在 22:00 后执行，并先对 5% 流量灰度一小时；
4. 213 次受影响的对话，我们已导出清单交给运营中心，由贵行决定是否外呼澄清；
5. 本月内：组织双方运营与技术人员做一次知识库变更流程的联合演练。

五、责任
此次事件由我方流程缺陷导致，我们承担全部责任。整改完成后，我会再向您做一次专项汇报。

宋天""")

add(expect=[], lang="zh",
    why="hard negative: client's slang anger (呵呵，又延期？到底行不行) only in the quote; PM apologises with a dated plan and daily updates",
    sender=XUNUO, to=[WUSY],
    subject="Re: 销售看板又延期？",
    body="""思远：

完全理解您的不满，这次延期确实是我们计划没做好，抱歉。

销售看板的上线时间从 5 月 20 日调整到 5 月 27 日，原因是华南区 ERP 的历史订单中有 11 万条币种字段为空，需要和贵方财务逐条确认折算规则。

为了不让您再被动等待：
1. 从明天起，每天下午 5 点我发一封简短的进度邮件；
2. 华东、华北两个区的看板不受影响，5 月 20 日照常先上线；
3. 如果 5 月 24 日数据确认仍未完成，我会第一时间告诉您，并提出备选方案。

许诺""",
    quote="""呵呵，又延期？这是第几次了？到底行不行，给句痛快话。

吴思远""",
    quote_from=WUSY, quote_style="foxmail")

# ---------------------------------------------------------------------------------------
random.Random(2828).shuffle(CASES)
