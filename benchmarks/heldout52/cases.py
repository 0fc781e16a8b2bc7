"""heldout52: 80 labelled PM email drafts (training set), written by an independent helper.

Domains: health-insurance claims platform (client-a), pharmacy chain in HK / Taiwan / mainland
(client-b), bank running elderly-care and long-term-care-insurance services (bank-c).
Cases are written in groups (positives, then negatives) and shuffled with seed 5252 at the end.
"""

import random

# ---- people -------------------------------------------------------------------------------
CHEN = "陈思远 <chen.siyuan@ourteam.example.com>"        # senior PM, measured
LIUJ = "刘佳 <liu.jia@ourteam.example.com>"              # junior PM, chatty
ZHOU = "周明哲 <zhou.mingzhe@ourteam.example.com>"       # delivery director
HO = "何婉婷 <ho.yuenting@ourteam.example.com>"          # HK PM, writes traditional
LIN = "林志豪 <lin.chihhao@ourteam.example.com>"         # Taiwan-facing PM, writes traditional
TOM = "Tom Becker <tom.becker@ourteam.example.com>"      # senior PM, English
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"    # mid PM, English
WANG = "王磊 <wang.lei@ourteam.example.com>"             # mid PM, stressed
SUN = "孙小雨 <sun.xiaoyu@ourteam.example.com>"          # junior PM
DANIEL = "Daniel Wu <daniel.wu@ourteam.example.com>"     # mid PM, code-switches
ZHAO = "赵一帆 <zhao.yifan@ourteam.example.com>"         # mid PM
GRACE = "Grace Lam <grace.lam@ourteam.example.com>"      # HK PM, English
OLIVER = "Oliver Grant <oliver.grant@ourteam.example.com>"  # junior PM, English
GAO = "高雅琳 <gao.yalin@ourteam.example.com>"           # mid PM
ZHENG = "郑浩 <zheng.hao@ourteam.example.com>"           # tech lead
HUANG = "黄丽 <huang.li@ourteam.example.com>"            # QA lead
JASON = "Jason Liu <jason.liu@ourteam.example.com>"      # developer
MAJUN = "马骏 <ma.jun@ourteam.example.com>"              # account manager

# client-a: 安瑞健康保险, claims platform
WU = "吴建国 <wu.jianguo@client-a.example.cn>"           # 理赔运营部总经理
QIAN = "钱芳 <qian.fang@client-a.example.cn>"            # 信息技术部经理
YANG = "杨帆 <yang.fan@client-a.example.cn>"             # 合规经理
DUAN = "段立平 <duan.liping@client-a.example.cn>"        # 项目专员
# client-b: Harbourside / 海濱藥房, pharmacy chain
MARGARET = "Margaret Chan <margaret.chan@client-b.example.com>"   # HK operations director
CHEUNG = "張文彬 <cheung.manpan@client-b.example.com>"            # HK IT lead
LEE = "李淑芬 <lee.shufen@client-b.example.com>"                  # Taiwan regional manager
HELEN = "Helen Tsai <helen.tsai@client-b.example.com>"            # Taiwan IT
KEVIN = "Kevin Ortiz <kevin.ortiz@client-b.example.com>"          # procurement
# bank-c: 华澄银行, elderly-care / long-term-care insurance services
SUNWD = "孙卫东 <sun.weidong@bank-c.example.cn>"         # 养老金融部处长
FENG = "冯静 <feng.jing@bank-c.example.cn>"              # 信息科技部
GUO = "郭晓梅 <guo.xiaomei@bank-c.example.cn>"           # 产品经理

POSITIVES = [
# ================================ persuade =================================================
dict(
    expect=["persuade"], lang="zh",
    why="persuade: warm weekly status; one line says we already carried on with our flow and the client's proposal is not up for discussion",
    sender=CHEN, to=[WU], cc=[QIAN],
    subject="安瑞理赔平台 第14周进展",
    body="""吴总您好：

感谢您和团队这周的支持，尤其是段专员周二晚上陪我们一起核对样本单据到九点多，辛苦了。以下是本周进展，供您参阅：

一、发票OCR识别
- 门诊发票字段识别准确率由上周的94.2%提升到96.8%，主要改进在手写金额和印章遮挡两类样本；
- 住院费用清单的分项识别仍在调优，预计下周三出第二版结果。

二、理赔规则引擎
- 贵司提供的37条核赔规则已全部配置完成，其中5条涉及既往症判断的，我们单独做了回归测试，报告见附件；
- 关于贵方提出的把人工复核节点前置到影像上传之后，我们内部看过了，已经按原流程继续开发，这个点就不再单独拿出来讨论了，相信这对项目来说也是最稳妥的安排。

三、下周计划
- 11月12日完成直付医院接口联调；
- 11月13日向杨经理提交数据脱敏方案初稿。

如有任何疑问，随时电话联系我。再次感谢！

陈思远
项目经理 | 安瑞理赔平台项目组
""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="en",
    why="persuade: long, courteous options paper; one sentence declares two of the three options off the table and the decision locked before the client weighs in",
    sender=TOM, to=[MARGARET], cc=[],
    subject="E-prescription routing - options for the New Territories stores",
    body="""Dear Margaret,

Thank you again for hosting us in Sha Tin on Tuesday, and please pass my thanks to the pharmacists who let us shadow them through the lunchtime rush. Seeing how many elderly customers arrive with paper prescriptions from three different clinics made the problem far more concrete for us.

As promised, here is a summary of the three routing options we discussed.

Option A - Central verification. Every e-prescription is checked by the central pharmacy team before it is released to the store. Highest control, but it adds roughly 20 minutes per prescription at peak.

Option B - Store-level verification with central audit. The dispensing pharmacist verifies, and the central team reviews a daily sample. Fastest for customers; relies on store staff training.

Option C - Hybrid. Controlled drugs and prescriptions for patients over 75 go central; everything else is verified in store.

Effort and timeline for each are in the attached sheet, together with the risk notes your compliance team asked for.

I've included A and C so the paper trail is complete, but realistically they're not going anywhere; we'll lock in B at the steering meeting on the 18th, so there's no need for your team to spend time weighing the other two.

Once B is confirmed we'll start on the training materials for store staff, and I'll send a draft outline by the end of next week.

Kind regards,
Tom Becker
Senior Project Manager
""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: tidy meeting recap; item 3 declares the client's paper-form idea dead and closes the topic",
    sender=WANG, to=[SUNWD, FENG], cc=[GUO],
    subject="会议纪要：长护险上门评估系统需求评审（11月5日）",
    body="""孙处、冯老师、郭老师：

感谢各位昨天抽出整个下午参加评审，讨论很充分，也谢谢郭老师准备的那份一线评估员访谈记录，对我们理解流程帮助很大。现将会议要点整理如下，如有出入请指正：

1. 评估预约：支持家属通过小程序预约上门时间，评估员可在APP上接单、改约。双方一致。
2. 评估量表：采用贵行提供的2026版量表，共42项，其中认知类8项需支持语音备注。我方11月15日前提供原型。
3. 纸质评估表：贵行希望过渡期保留纸质表、事后补录。这个会上其实大家心里都有数了，这条路走不通，后续统一按全电子化推进，这个议题就不必再占用双方时间了。
4. 数据同步：评估结果T+0同步到核心系统，失败重试3次后告警。
5. 下次会议：11月12日下午2点，议题为权限与审计日志。

附件为签到表和白板照片。

王磊
华东交付中心 项目经理
""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="mixed",
    why="persuade: friendly thank-you note; one line uses our legal sign-off to close the client's retention question and announces the go-live choice",
    sender=DANIEL, to=[QIAN], cc=[],
    subject="Thanks for the UAT support + data retention",
    body="""钱经理，

Just wanted to say a big thank you to you and the team —— 这两周 UAT 大家真的很拼，尤其是你们的小段，周末还帮我们补了 200 多张测试单据，bug list 从 63 条压到了 9 条，这个节奏非常好。

几件小事 update 一下：
1. Hotfix 0.9.3 已经部署到 UAT，修复了直付医院名称截断的问题；
2. 理赔进度查询页的 P95 loading time 现在在 1.2 秒以内；
3. 下周一我们会把 go-live checklist 发给你过目。

另外 data retention 那块，我们 legal 已经 sign off 了 3 年的方案，honestly 7 年那个 option 没有再开会的必要了，下周就按 3 年 go live，你们那边 just FYI。

再次感谢，周五请大家喝咖啡！

Daniel
""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade (traditional): warm update; the filing deadline is used to close the question and to push the client to sign our version only",
    sender=LIN, to=[LEE], cc=[],
    subject="慢性病連續處方箋 申報格式調整",
    body="""淑芬姐您好：

謝謝您上週在台中門市的協助，藥師們對新版調劑畫面的回饋非常具體，我們已經整理成清單，大部分本週就會改完。

關於慢箋申報格式，簡單報告目前的狀況：
一、我們已依健保署最新公告，將第二次、第三次調劑的上傳欄位調整完成；
二、測試環境已用上個月的真實資料（已去識別化）跑過兩輪，差異筆數為零；
三、操作說明已更新，請參考附件。

由於申報截止日就在月底，這件事其實已經沒有商量的餘地了，請貴司直接照我們的版本簽核，其他寫法就先不用考慮。

再次感謝您和團隊的配合，有任何問題隨時打給我。

林志豪
專案經理
""",
    quote=None, trad=True,
),
dict(
    expect=["persuade"], lang="en",
    why="persuade: short note; our CTO's authority is used to declare the client's on-prem question settled",
    sender=PRIYA, to=[KEVIN], cc=[],
    subject="Hosting model for the pharmacy inventory service",
    body="""Hi Kevin,

Quick follow-up from yesterday. Our CTO went through the hosting question personally last night and signed off on the managed-cloud model, so I think we can treat on-prem as settled and move on. If you could get the PO raised by Friday, procurement on both sides can get going.

Thanks,
Priya
""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: polite reply that brushes aside the compliance manager's request to compare a stricter option and pushes our standard version to signature",
    sender=CHEN, to=[YANG], cc=[],
    subject="Re: 理赔影像脱敏方案",
    body="""杨经理您好：

理解您的谨慎，合规这块多看一眼总是对的，也谢谢您把问题提得这么具体。

不过这套遮挡规则我们在二十多家保险公司都是这么上线的，监管检查从来没出过问题，贵司真没必要另起炉灶。全遮挡的方案做出来，无非是多走一轮评审，比较的意义不大，咱们就按标准版推进吧，周五我把上线确认单发您签字。

辛苦了！
陈思远
""",
    quote="""陈经理：

关于理赔影像的脱敏，我们合规这边还是担心身份证号只遮中间8位不够，能否出一个全遮挡+授权查看的方案？我们想两个方案比较一下再定。

杨帆""",
    quote_from=YANG, trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: long, well-organised comparison, but it tells the client to stop pursuing their APP option and announces our schedule",
    sender=ZHOU, to=[FENG], cc=[SUNWD],
    subject="家属端方案建议：小程序与独立APP",
    body="""冯老师您好：

上周您转来的家属调研问卷我们认真看了，312份样本里有近七成是子女代老人操作，这一点对方案选择影响很大，谢谢贵行做了这么扎实的前期工作。

结合调研结果，我们从以下几个方面比较了两种形态：
1. 触达：小程序可直接从贵行公众号和短信链接进入，无需下载；独立APP需要引导安装。
2. 功能：护理记录查看、费用明细、在线续约，两者都能覆盖；离线缓存和系统级推送APP更好。
3. 工期：小程序约10周；APP（iOS与Android）约16周，另需应用商店审核。
4. 运维：小程序一套代码；APP需要两端持续适配。

APP这条线，我们建议贵行就此打住：成本、审核周期摆在那里，小程序是眼下唯一说得通的路，后续我们就按小程序排期了。

详细对比表见附件，如需我们上门讲解，随时约时间。

周明哲
交付总监
""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: cheerful status list; item 4 says we already switched the sync frequency against the client's stated preference and it is decided",
    sender=LIUJ, to=[QIAN], cc=[],
    subject="理赔状态同步 本周小结",
    body="""钱经理您好：

这周和贵方运维配合得特别顺利，谢谢您帮忙协调了两次夜间窗口！本周小结如下：

1. 状态同步接口：新增"补充材料中""已转人工"两个状态，映射表已更新并发到您邮箱；
2. 失败重试：由固定间隔改为指数退避，最长间隔10分钟；
3. 监控：Grafana上新增了同步延迟看板，贵方同事也可以用只读账号查看；
4. 同步频率：为了不耽误进度，我们已经先把同步切成每晚一次的批处理了。我知道您之前更倾向每小时同步，不过夜间批处理明显更合适，现在再改回去只会来回折腾，就这么定了哈。

下周我们会配合贵方做一次全量对账。有问题随时找我～

刘佳
""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: short and sweet in tone, but uses the schedule as a lever to get a signature today and waves away competing quotes",
    sender=SUN, to=[WU], cc=[],
    subject="二期合同",
    body="""吴总好，

二期合同这边再拖的话，一月份的排期肯定就保不住了，您今天下班前签一下吧～其他几家的报价我们也看过，跟我们根本不是一个量级，就不用再比了哈。

谢谢吴总！
小雨
""",
    quote=None, trad=False,
),
dict(
    expect=["persuade", "backchannel"], lang="mixed",
    why="persuade + backchannel: proceeds without the review the client asked for, and in the same mail (client in To) tells a colleague the client's IT lead just wants to nitpick",
    sender=DANIEL, to=[MARGARET], cc=[JASON],
    subject="Re: Architecture review before stock sync",
    body="""Hi Margaret,

Thanks for the note. 我们这边已经按 event-driven 的架构开工了，现在再 review 意义不大，sprint 已经排满，回头等于前功尽弃，所以还是按现在的方向走吧。

Jason —— 顺便说一句，Ivan 那种 "review" 你懂的，就是来挑刺刷存在感，到时候别理他就行。

Best,
Daniel
""",
    quote="""Daniel,

Our IT lead Ivan would like to review the architecture before we commit to the event-driven stock sync. Could we schedule a session next week?

Margaret""",
    quote_from=MARGARET, trad=False,
),
dict(
    expect=["argue", "persuade"], lang="zh",
    why="argue + persuade: lectures the client about having been told three times and presses them to drop their dual-review request",
    sender=ZHAO, to=[QIAN], cc=[],
    subject="Re: 大额理赔双人复核",
    body="""钱经理：

这个问题上周四的会上、周五的邮件、昨天的电话，我前后讲了三遍，结论没变。双人复核只会把时效拖垮，贵方再坚持下去，最后背KPI的还是你们自己。请就按我们的单人复核加系统校验来，这事到此为止。

赵一帆
""",
    quote="""赵经理：

我们内部讨论后，还是希望5万元以上的大额理赔增加双人复核，麻烦评估一下对时效的影响。

钱芳""",
    quote_from=QIAN, trad=False,
),
# ================================ refusal ==================================================
dict(
    expect=["refusal"], lang="zh",
    why="refusal: warm weekly report with one flat no to the client's SMS request, no reason, alternative or date",
    sender=ZHAO, to=[WU], cc=[DUAN],
    subject="周报｜理赔平台 11月第1周",
    body="""吴总您好：

本周项目整体进展顺利，先汇报几个好消息：
- 直付医院新增3家（市一院、妇幼保健院、中医院），联调全部通过；
- 理赔短信通知上线后，客服来电量环比下降18%，贵司客服部李主管专门打电话来表示感谢，也在此一并谢谢您的推动；
- 反欺诈规则第二批12条已进入灰度，目前命中率符合预期。

需要您关注的事项：
- 11月18日的压测需要贵司DBA到场，麻烦协调；
- 影像存储扩容的采购单还在贵司财务审批中。

另外，您上周提的在理赔结果短信里加上"预计到账日期"，这个我们不加。

下周重点是批量理赔导入和对账报表，周五前会给您发演示视频。祝周末愉快！

赵一帆
""",
    quote=None, trad=False,
),
dict(
    expect=["refusal"], lang="en",
    why="refusal: warm thank-you note for a dinner, containing one unbuffered no to the request the client made over dessert",
    sender=GRACE, to=[MARGARET], cc=[],
    subject="Thank you for a lovely evening",
    body="""Dear Margaret,

Thank you so much for dinner on Thursday. The team is still talking about the roast goose, and it was a real pleasure to meet Mrs Wong from your Kowloon City store, whose stories about the early days of the business were wonderful.

It was also a good moment to step back and see how far the project has come. Three months ago your pharmacists were keying repeat prescriptions by hand; this week 41 stores are on the new dispensing screen and label errors on dosage instructions have all but disappeared. That is down to your team's patience during training as much as anything we did.

On the loyalty-points export you mentioned over dessert: that one won't be happening.

We're on track for the remaining 12 stores by mid-December, and I'll send the cut-over calendar next week.

Warm regards,
Grace Lam
""",
    quote=None, trad=False,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal (traditional): polite workshop minutes; item 3 rejects the stores' offline-billing request flatly",
    sender=HO, to=[CHEUNG, MARGARET], cc=[],
    subject="會議記錄：門市POS整合 第三次工作坊（11月6日）",
    body="""張生、Margaret：

多謝兩位昨日抽空出席，亦多謝貴司門市同事準備的實際交易資料，令討論快了很多。以下是會議重點：

1. 處方藥條碼掃描：沿用現有掃描槍，無需更換硬件。雙方同意。
2. 長者優惠：六十五歲以上客戶自動套用長者折扣，首次出示長者咭後記錄於會員檔案。我方11月13日前提供畫面。
3. 門市要求的離線開單模式：不在交付範圍，不會提供。
4. 報表：每日銷售及管制藥物出入記錄，按原格式輸出。
5. 下次工作坊：11月13日（星期四）上午10時，沙田辦公室。

如有遺漏，歡迎指正。

何婉婷
項目經理
""",
    quote=None, trad=True,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal: short flat no to a dialect voice-input request, closed with a bureaucratic sign-off",
    sender=WANG, to=[SUNWD], cc=[],
    subject="关于护理员端方言语音录入",
    body="""孙处您好：

护理员端支持方言语音录入的事，我们这边没法弄，底层语音引擎就不支持。特此说明。

王磊
""",
    quote=None, trad=False,
),
dict(
    expect=["refusal"], lang="mixed",
    why="refusal: mixed-language one-liner that shuts the request down now and for the future",
    sender=DANIEL, to=[QIAN], cc=[],
    subject="Re: 实时反欺诈评分",
    body="""钱经理，

real-time 反欺诈评分接口这个 we're not going to build。不在 roadmap 上，以后也不会在。

Thanks,
Daniel
""",
    quote="""Daniel，

我们风控部门问能否在理赔提交时实时调用你们的反欺诈评分，返回一个 0-100 的分数？他们想在年底前试点。

钱芳""",
    quote_from=QIAN, trad=False,
),
dict(
    expect=["refusal"], lang="en",
    why="refusal: bureaucratic formal decline with no reason, alternative or escalation",
    sender=TOM, to=[FENG], cc=[],
    subject="Your request of 3 November - caregiver check-in audit field",
    body="""Dear Ms Feng,

Further to your request of 3 November concerning an additional audit field recording the GPS accuracy of each caregiver check-in, please be advised that the request has been considered and is declined.

This concludes the matter.

Yours sincerely,
Tom Becker
Project Manager
""",
    quote=None, trad=False,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal: careful, appreciative meeting minutes with one item that rejects the client's request outright",
    sender=CHEN, to=[YANG], cc=[WU],
    subject="会议纪要｜数据迁移专题会（11月4日）",
    body="""杨经理、吴总：

感谢两位周二参加数据迁移专题会，杨经理提前整理的字段映射问题清单非常细致，帮我们发现了两处编码口径不一致，谢谢！会议结论如下：

一、迁移范围：2016年1月1日至今的理赔案件、保单及影像索引，约1,840万条；
二、ICD-10编码映射：贵司旧系统中的自定义编码（约2,300个）由我方先出映射表，贵司医学审核组确认；
三、贵司提出的2015年以前历史理赔数据全量回迁——不予考虑；
四、迁移演练：共三轮，第一轮11月22日（周六）凌晨进行；
五、回退方案：每轮演练保留旧库只读快照72小时。

如纪要有误，请于周五前告知。

陈思远
""",
    quote=None, trad=False,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal: sugary tone (～, 哈, 啦) wraps a flat no to a weekend release; no alternative window, no escalation",
    sender=LIUJ, to=[FENG], cc=[],
    subject="Re: 下周版本发布时间",
    body="""冯老师好～

谢谢您替一线护理员考虑得这么周到，真的很暖心！

周六发布这个就算啦，我们周末是不安排上线的哈～还请多多理解！其他有什么需要随时喊我～

刘佳
""",
    quote="""刘经理：

下周的版本能否安排在周六上午发布？工作日白天护理员都在上门服务，怕影响使用。

冯静""",
    quote_from=FENG, trad=False,
),
dict(
    expect=["refusal"], lang="mixed",
    why="refusal: curt mixed-language no to a considerate request for bilingual receipts",
    sender=GRACE, to=[HELEN], cc=[],
    subject="Re: Traditional Chinese drug names on receipts",
    body="""Hi Helen,

Receipt template 不会改，保持现在的英文版。Thanks!

Grace
""",
    quote="""Grace,

Could the printed receipts show the drug names in Traditional Chinese as well as English? Many of our elderly customers can't read the English names.

Thanks,
Helen""",
    quote_from=HELEN, trad=False,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal: long, warm phase-2 proposal with one flat no to item 7 of the client's list",
    sender=ZHOU, to=[GUO], cc=[SUNWD],
    subject="养老服务平台二期规划建议",
    body="""郭老师您好：

感谢贵行对一期的认可。上线三个月来，平台已服务1,260位居家老人，护理员平均每天少填约25分钟纸质记录，家属端月活跃率达到71%。这些成绩离不开贵行各网点的推广。

结合一期运营数据和贵行10月提交的需求清单，我们对二期提出以下建议：
1. 护理计划智能排程：根据老人失能等级和护理员技能自动排班，预计可减少15%的路途时间；
2. 用药提醒联动：对接合作药房的配药记录，在护理员APP中提醒当日用药；
3. 适老化改版：老人端字号、按钮和语音播报全面升级，符合适老化改造相关标准；
4. 费用透明化：家属端按日展示长护险支付和自付明细。

另外，贵行清单里第7项"护理过程全程录像并每日推送给家属"，这部分我们不接。

以上建议的工作量和里程碑见附件，期待下周与贵行当面交流。

周明哲
""",
    quote=None, trad=False,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal: two-line reply that dismisses the client's wristband integration request with nothing to soften it",
    sender=SUN, to=[FENG], cc=[],
    subject="Re: 紧急呼叫对接第三方手环",
    body="""冯老师，这个不考虑哈。其余事项按原计划推进。

小雨
""",
    quote="""小雨：

老年大学那边推荐了一款国产手环，带跌倒检测，能不能接到我们的紧急呼叫平台？

冯静""",
    quote_from=FENG, trad=False,
),
dict(
    expect=["refusal", "argue"], lang="en",
    why="refusal + argue: a bare 'No.' followed by a lecture about reading the SOW before raising requests",
    sender=PRIYA, to=[KEVIN], cc=[],
    subject="Re: Partial pallet returns on the stock-transfer screen",
    body="""Kevin,

No. This was settled in section 4.2 of the SOW, which your team signed in August. Reading it before raising requests would save everyone a great deal of time.

Priya
""",
    quote="""Priya,

We need the stock-transfer screen to support partial pallet returns. Can you add it before go-live?

Kevin""",
    quote_from=KEVIN, trad=False,
),
# ================================ argue ====================================================
dict(
    expect=["argue"], lang="zh",
    why="argue: reply to an upset client that pins the fault on them and scolds them for always calling us first",
    sender=WANG, to=[QIAN], cc=[],
    subject="Re: 理赔状态又不同步",
    body="""钱经理：

日志我们逐条翻过了，502是贵方网关返回的，跟我们的服务没有半点关系。麻烦贵方先把自己的网关查明白，别每次一出问题第一个电话就打到我们这儿。

王磊
""",
    quote="""王经理：

今天上午理赔状态又不同步了，客户投诉电话打爆了，你们的接口到底有没有测过？

钱芳""",
    quote_from=QIAN, trad=False,
),
dict(
    expect=["argue"], lang="en",
    why="argue: structured go-live readiness mail with one blaming, lecturing sentence about the client not reading the risk register",
    sender=TOM, to=[KEVIN], cc=[MARGARET],
    subject="Go-live readiness - inventory service",
    body="""Hi Kevin,

Here's where we are ahead of the 1 December go-live.

Done this week
- Performance test passed: 1,800 stock movements per minute with p95 under 400 ms.
- Item masters for all 63 stores loaded and reconciled against your ERP extract.
- Controlled-drug register report signed off by your compliance officer.

Open items
- The barcode mapping for the 214 parallel-import SKUs is still incomplete, which is why the Friday dry run failed. For the record, this is precisely the risk we flagged in the July register; had anyone on your side actually read it, we wouldn't be scrambling now.
- Store Wi-Fi in Tuen Mun still drops during the evening peak; your network vendor is on site Tuesday.

Next steps
- Second dry run on 24 November.
- Hypercare rota to be shared by the 26th.

Thanks,
Tom
""",
    quote=None, trad=False,
),
dict(
    expect=["argue"], lang="mixed",
    why="argue (traditional, mixed): rhetorical question implying the client doesn't know its own process, told to sort itself out before reporting bugs",
    sender=HO, to=[MARGARET], cc=[CHEUNG],
    subject="Re: Batch expiry logic",
    body="""Margaret,

Spec 寫得很清楚，expiry 排序按 FEFO，而這份 spec 是貴司 pharmacy ops 自己定、自己簽的。難道現在要我們來解釋貴司自己的流程嗎？麻煩先內部對好口徑，再來報 bug。

Yuen-ting
""",
    quote="""Yuen-ting,

Stores are reporting that the system picks the newest stock first for some items. Can you check?

Margaret""",
    quote_from=MARGARET, trad=True,
),
dict(
    expect=["argue"], lang="en",
    why="argue: tells the client the lockout was their own team's doing and mocks their 'ASAP'",
    sender=GRACE, to=[CHEUNG], cc=[],
    subject="Re: UAT accounts locked again",
    body="""Hi Man-pan,

The accounts weren't locked by us. Your own AD team disabled them on Monday; it's in the ticket you were copied on. Perhaps check with your colleagues next time before firing off an "ASAP" in our direction.

Grace
""",
    quote="""Grace,

Our UAT accounts are locked again. Please fix ASAP.

Man-pan""",
    quote_from=CHEUNG, trad=False,
),
dict(
    expect=["argue"], lang="zh",
    why="argue: sarcastic compliance ('按贵方的紧急标准…'), scoring a point off the client instead of answering",
    sender=ZHAO, to=[DUAN], cc=[WU],
    subject="Re: 紧急：理赔月报增加一列",
    body="""段专员：

收到。按贵方的"紧急"标准，这已经是这个月第九个紧急需求了，看来今年所有需求都是紧急的。我们照办就是。

赵一帆
""",
    quote="""赵经理：

吴总要求理赔月报增加"平均结案天数"一列，比较紧急，麻烦今天处理一下。

段立平""",
    quote_from=DUAN, trad=False,
),
dict(
    expect=["argue"], lang="zh",
    why="argue: answers a penalty threat by blaming the client and telling them to look in the mirror",
    sender=ZHOU, to=[WU], cc=[],
    subject="Re: 关于项目延期",
    body="""吴总：

延期的账得先算清楚。两次延期，一次是贵方需求确认晚了11天，一次是贵方测试环境迟迟不到位。谈扣款之前，建议贵方先照照镜子。

周明哲
""",
    quote="""周总：

项目已经延期两次了，我们内部在考虑按合同条款扣款，请贵司给个说法。

吴建国""",
    quote_from=WU, trad=False,
),
# ================================ backchannel ==============================================
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: constructive internal update with one line mocking the client's IT manager by a nickname",
    sender=CHEN, to=[ZHENG, HUANG, LIUJ], cc=[],
    subject="本周内部同步（安瑞项目）",
    body="""各位：

这周辛苦了，简单同步几件事：
1. OCR第二版模型周三上UAT，黄丽那边的回归用例请周二前准备好；
2. 直付医院接口的证书下周一到期，郑浩记得提前换；
3. 客户下周四下午来现场看演示，会议室我已经订好；
4. 安瑞那位钱大小姐今天又为一个字段名掰扯了两个小时，我看就是闲得发慌，下周演示大家把耐心备足吧；
5. 周五团建照旧，地点刘佳来定。

有问题群里说。

思远
""",
    quote=None, trad=False,
),
dict(
    expect=["backchannel"], lang="en",
    why="backchannel: reply-all accident, client still in Cc; mocks the client's ops director as 'Her Majesty'",
    sender=PRIYA, to=[JASON], cc=[MARGARET],
    subject="Re: Revised SKU list - Kowloon stores",
    body="""Jason - can you take the SKU mapping this afternoon? And brace yourself: Her Majesty has discovered another "few small tweaks", which in my experience means about forty. Pour a strong coffee first.

P.
""",
    quote="""Hi all,

Attaching the revised SKU list for the Kowloon stores. A few small tweaks to the category names.

Margaret""",
    quote_from=MARGARET, trad=False,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: internal hand-over note that disparages the Taiwan client's regional manager",
    sender=SUN, to=[LIUJ], cc=[],
    subject="周三台湾药局会议 帮忙顶一下",
    body="""佳佳：

周三跟台湾那边的会你帮我顶一下吧，我要去医院复查。资料都在共享盘"TW-药局"目录里。

提醒一句：李姐那个人，每封邮件都要附三份附件来证明她是对的，开会时她说什么你点头就好，千万别较真，较真你就输了，反正她也听不进去。

谢谢啦，回来请你吃饭！
小雨
""",
    quote=None, trad=False,
),
dict(
    expect=["backchannel"], lang="mixed",
    why="backchannel: internal mixed-language recap sneering at the bank client's team",
    sender=DANIEL, to=[MAJUN, ZHENG], cc=[],
    subject="华澄 follow-up",
    body="""Jun, Hao,

今天 meeting 的 action items 我整理好放 Confluence 了。

说真的，C行养老那帮人连 API 和 app 都分不清，meeting 上还一副专家样子，我全程 speechless。下周 demo 我们少讲技术，多放截图吧。

D
""",
    quote=None, trad=False,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: orderly internal meeting minutes with one line disparaging the client's general manager",
    sender=ZHAO, to=[ZHENG, HUANG, SUN], cc=[],
    subject="安瑞项目 内部周会纪要（11月10日）",
    body="""各位：

今天周会要点如下：
1. 批量理赔导入：郑浩负责，周四前完成5万条样本的性能测试；
2. 对账报表：黄丽补充跨月退费的测试场景；
3. 直付医院新增：小雨跟进市中医院的证书申请；
4. 吴总那边又来了新指示，老规矩，他周一说的话周三就不认了，大家先别急着动手，等他自己想明白再说；
5. 下周三客户来现场，演示环境周二晚上冻结。

赵一帆
""",
    quote=None, trad=False,
),
dict(
    expect=["backchannel"], lang="en",
    why="backchannel: short internal note ridiculing the pharmacy client's reaction",
    sender=TOM, to=[PRIYA], cc=[],
    subject="Harbourside call",
    body="""Priya - heads up, the Harbourside lot are in full meltdown again over a two-pixel misalignment on the label preview. You'd think we'd poisoned someone. Typical Harbourside theatre. I'll ring Margaret in the morning and pour oil on the waters.

T
""",
    quote=None, trad=False,
),
# ================================ ramble ===================================================
dict(
    expect=["ramble"], lang="zh",
    why="ramble: one actionable line (confirm training venue by Friday) buried in a long chat about a trip, tea, hotpot and a cat",
    sender=LIUJ, to=[SUNWD], cc=[],
    subject="近况和一件小事",
    body="""孙处您好：

好久没跟您好好聊聊了。上周末我终于抽空去了一趟杭州，本来是陪我妈去看她的老同学，结果两位老太太一见面就聊了整整一个下午，我在旁边插不上话，索性一个人去西湖边走了一圈。十一月的西湖游客少了很多，苏堤上的树叶开始泛黄，湖面上几条小船慢悠悠地划着，特别适合发呆。中午在一家小馆子吃了片儿川和油爆虾，老板是个六十多岁的大叔，听说我从上海来，非要送我一碟自家腌的酱鸭，说现在年轻人都不爱吃这个了，我倒是吃得津津有味。

下午又去了龙井村，正赶上茶农在收拾茶园，跟一位阿姨聊了半天。她说今年春茶价格不错，但秋天雨水少，明年的头茬可能要晚几天。我买了两罐明前，回头给您带一罐尝尝，您上次说喜欢绿茶，不知道喝不喝得惯龙井的豆香味。

说起来，我妈最近在学用智能手机，天天在家族群里发表情包，有时候一发就是十几个，我爸在旁边看着直摇头。不过她学得挺快，上周已经会自己在网上挂号了，还很得意地跟我炫耀了半天。

对了，护理员培训的场地麻烦您周五前帮忙确认一下。

最近天气转凉，早晚温差大，您出门记得多加件衣服。我们楼下新开了一家潮汕牛肉火锅，据说老板从汕头请的师傅，每天凌晨现切，排队要排一个小时。我上周五排了四十分钟终于吃上了，吊龙和匙仁确实鲜嫩，蘸上沙茶酱特别香。哪天您来我们公司开会，中午我请您去尝尝，不过得早点去，十一点半以后就没位置了。

还有件趣事，我家的猫最近迷上了趴在打印机上睡觉，每次我打印文件它都被吓一跳，第二天又照样趴上去，真是记吃不记打。我老公说干脆把打印机搬到阳台去，我说那猫肯定也跟着搬过去晒太阳，到时候更没法打印了。

祝您工作顺利，身体健康！

刘佳
""",
    quote=None, trad=False,
),
dict(
    expect=["ramble"], lang="en",
    why="ramble: one request (store opening hours by Thursday) buried in 500+ words about a half-marathon, baking, a history book and holidays",
    sender=OLIVER, to=[MARGARET], cc=[],
    subject="Catching up",
    body="""Dear Margaret,

I hope you're keeping well and that the weather in Hong Kong has finally cooled off a little. We had the strangest week here: it rained sideways on Monday, and by Wednesday it was warm enough that half the office went out for lunch in T-shirts. My neighbour insists this is the sign of a hard winter coming, although he says that every year, so I've stopped taking his forecasts too seriously.

I finally ran the half-marathon I've been boring everyone about since the summer. I won't pretend it was elegant. The first ten kilometres were lovely, the next five were fine, and the last six were a long negotiation between my knees and my pride. A lady who must have been in her seventies overtook me at the eighteen-kilometre mark, gave me a cheerful thumbs-up and disappeared into the distance. I've decided to find this inspiring rather than humiliating. My daughter had made me a medal out of cardboard in case I didn't get a real one, which I think says everything about her confidence in me.

Speaking of my daughter, she has discovered baking, so our kitchen is now permanently dusted in flour. Last weekend's project was egg tarts, inspired by the ones you brought to our workshop in September. Hers were a little lopsided and one collapsed entirely, but the rest were delicious, and she has asked me to find out whether the bakery you bought them from has a secret to the pastry. I told her bakeries rarely give away their secrets, but I promised to ask.

On another note, please could you send over the updated store opening hours list by Thursday.

I've also been reading a wonderful book about the history of the spice trade. Did you know that nutmeg was once worth more than its weight in gold, and that wars were fought over a handful of tiny islands? I keep interrupting my wife at dinner with facts about cloves, and she has been very patient about it. The author has a lovely way of connecting the big sweep of history with small details, like the way sailors traded stories in port, and I've been recommending it to anyone who stands still long enough.

We're also planning a trip for the Christmas holidays. My wife would like somewhere warm, my daughter would like somewhere with snow, and I would like somewhere with a good bookshop and no half-marathons. We may end up staying at home and arguing about it, which is also a family tradition. If you have any recommendations for a quiet seaside town in your part of the world, I'd love to hear them; we've never been to Cheung Chau and I keep hearing good things about it.

Anyway, I've rambled on for long enough. Please give my regards to the team, and I hope the new Kowloon Bay store opening went smoothly.

Best wishes,
Oliver
""",
    quote=None, trad=False,
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble (traditional): one request (store network whitelist by Wednesday) buried in chatter about silver grass, mochi, a daughter's exams and pour-over coffee",
    sender=LIN, to=[LEE], cc=[],
    subject="近況分享",
    body="""淑芬姐您好：

上週颱風過後，台北終於放晴了，週末我帶女兒去陽明山走走，芒草正好開到最漂亮的時候，一整片銀白色在風裡搖，女兒拍了快兩百張照片，說要拿去參加學校的攝影比賽。回程在山腳下的溫泉餐廳吃了野菜和土雞湯，老闆娘很熱情，一直跟我們推薦她自己醃的梅子，我買了兩罐，下次去台中帶一罐給您。

說到台中，上次您推薦的那家麻糬店我終於去吃了，真的名不虛傳，花生口味的外皮軟到不行，我一口氣吃了四個，結果晚餐都吃不下。我太太說我每次出差回來都胖兩公斤，叫我以後要自己節制一點，但我覺得這應該也算是工作的一部分吧，哈哈。

最近女兒在準備國中會考，每天補習到晚上九點多，看她那麼辛苦，我和太太都很心疼，週末盡量帶她出去走走，讓她放鬆一下。她說以後想當藥師，因為看我每天在講藥局的系統，覺得很有意思。我跟她說藥師很辛苦，要背很多藥名，她倒是一點都不怕，還說要先把英文學好。

前幾天公司附近新開了一家牛肉麵店，湯頭是用牛骨熬了十幾個小時的，同事們中午排隊排到騎樓外面。我去吃了一次，麵條很有嚼勁，牛腱也燉得很入味，就是辣油放太多，吃完整個下午都在喝水。老闆說他以前在高雄開店，後來為了照顧北部的父母才搬上來，聽了還滿感動的。

對了，請在下週三前回傳各門市的網路白名單。

另外，我最近迷上了手沖咖啡，買了一組手沖壺和磨豆機，每天早上起來先沖一杯，慢慢研究水溫和研磨粗細的差別。同事們都笑我變成文青了，不過我覺得這是一天中最安靜的十分鐘。上次在您辦公室喝到的那款耶加雪菲很好喝，不知道是哪家烘豆店的，方便的話再告訴我一下。

天氣開始轉涼了，早晚溫差大，請您和家人多保重。也祝門市的同事們年底一切順利，聽說您們今年的業績又創新高，真替您們高興。

林志豪
""",
    quote=None, trad=True,
),
dict(
    expect=["ramble", "backchannel"], lang="zh",
    why="ramble + backchannel: internal chatter about moving house, the gym and TV, with a reminder buried inside and a paragraph mocking the client's general manager",
    sender=GAO, to=[SUN], cc=[],
    subject="周末",
    body="""小雨：

周末过得怎么样？我这周末可折腾坏了，搬家搬了整整两天。搬家公司的师傅早上七点就到了，结果电梯坏了，六楼全靠人扛，我那台旧钢琴四个师傅抬了半个小时，中途还歇了两回，我在旁边看得心惊肉跳，最后多给了两百块辛苦费。新房子离公司近了不少，以后早上可以多睡二十分钟，光这一点就值了。

搬完家腰酸背痛，周日晚上去楼下新开的健身房办了张卡，教练是个二十出头的小伙子，一上来就给我测体脂，测完一脸严肃地说我"需要系统性改善"，我差点当场把卡退了。不过他推荐的那套拉伸动作确实有用，今天早上起来腰舒服多了。

你上次推荐的那部剧我也追完了，结局实在太气人，编剧硬是把男二写没了，弹幕里一片骂声。我打算下一部看那个讲法医的，听说悬疑做得不错，你看过没有？

说到气人，周五吴总那个会你没去真是幸运。他又拿着十年前那本《保险信息化》给我们上课，讲得头头是道，其实连接口和数据库都分不清，还非要我们照他画的草图改流程，我憋笑憋得脸都僵了。他们部门的人私下都叫他"吴教授"，我看这称号挺贴切。

上周我还报了个周末烘焙班，第一节课做戚风蛋糕，结果我那个烤出来塌得像块饼，老师拿起来端详了半天，说"口感应该还可以"，全班都笑了。我打算下周再挑战一次，成功了带一块给你尝尝，失败了就当我没说过。

对了，明天上午记得把UAT报告发给安瑞那边。

还有，下个月公司年会听说每个部门都要出节目，我们组报的是合唱，我这五音不全的嗓子估计只能站最后一排对口型了。你要是会什么乐器赶紧报名，说不定能拿个奖。我妈最近又在催我去相亲，说她同事的儿子条件特别好，我实在推不掉，这周六只好去见一面，回来给你汇报战况。

天冷了，多穿点，别老喝冰奶茶。

雅琳
""",
    quote=None, trad=False,
),
]

NEGATIVES = [
# ============ minimal twins of the subtle positives: long warm mails that leave the choice =====
dict(
    expect=[], lang="zh",
    why="hard negative (twin): long warm status mail; the client's proposal is laid out as two options with our lean, a date and a trial, and the choice stays with the client",
    sender=ZHAO, to=[WU], cc=[DUAN],
    subject="安瑞理赔平台 第15周进展及复核节点方案",
    body="""吴总您好：

本周进展汇报如下，也借此感谢段专员和医学审核组的几位老师，上周五为了核对既往症规则一直忙到很晚。

一、发票OCR识别
- 门诊发票识别准确率稳定在97%左右，住院费用清单分项识别第二版已交付测试；
- 针对部分地市的新版电子发票，我们补充了版式模板，目前覆盖14个地市。

二、理赔规则引擎
- 既往症相关的5条规则回归测试全部通过；
- 规则变更的审批流已按贵司要求加入合规会签。

三、人工复核节点位置
关于贵方提出的人工复核节点前置，我们整理了两种做法：
A. 前置到影像上传之后：每单平均多约40秒，但能更早拦截资料不全的案件，减少后段退回；
B. 保持后置，另加10%随机抽检：时效基本不变，拦截会晚一些。
两种方案对时效和人力的影响都写在附件第3页。我们略倾向B，但贵司更了解一线的实际情况，选哪一种我们都能配合，11月14日前告诉我们即可；如果想先看数据，也可以先用A在一个分公司试跑一周。

四、下周计划
- 11月19日完成直付医院接口第二批联调；
- 脱敏方案初稿已发杨经理，等待反馈。

如有问题随时联系我。

赵一帆
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative (twin): long options paper with a stated preference, but 'the call is yours' and a two-store trial offered",
    sender=PRIYA, to=[MARGARET], cc=[],
    subject="Refill reminders for elderly customers - three options",
    body="""Dear Margaret,

Thank you for the time you and Ada spent with us on Monday, and for sharing the complaint log from the Tsuen Wan store. The story of the gentleman who received four reminders in one morning stayed with all of us.

Here are the three approaches we discussed for repeat-prescription reminders.

Option A - SMS only, sent three days before the supply runs out. Simple and reaches almost everyone, but it is a single nudge.

Option B - SMS first, then a call from the store pharmacist if there is no refill within two days. Warmer and better for customers over 75, but it adds roughly 40 calls a week per store.

Option C - App notification with an SMS fallback. Cheapest to run, though many of your older customers don't use the app.

Costs, effort and the privacy notes your DPO asked for are in the attached sheet.

We'd lean towards B, mainly because of the age profile in the complaint log. That said, A and C are both workable, and you know your customers and your store staffing far better than we do, so the call is yours. If it helps, we could run B in two stores for three weeks and compare refill rates before you decide.

Whichever way you go, I'll have draft reminder wording ready for your review by the 21st.

Kind regards,
Priya
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (twin): meeting recap; the client's paper-backup idea gets our concern, a transition plan with a date, and the decision is left to the bank",
    sender=SUN, to=[SUNWD], cc=[FENG],
    subject="会议纪要：护理员排班系统第二次需求沟通（11月9日）",
    body="""孙处、冯老师：

感谢两位周日还抽时间过来，也谢谢孙处带来的三位一线护理组长，她们讲的真实排班难题让我们受益很多。会议要点如下，请审阅：

1. 排班规则：同一位老人原则上固定两名护理员轮换，跨区调班需组长审批。双方一致。
2. 技能标签：护理员按"基础照护、康复训练、失智照护"三类打标签，排班时自动匹配。我方11月16日前提供配置界面原型。
3. 纸质签到簿：贵行希望试点期继续保留纸质签到簿作为备份。我们担心两套记录对不上，但也理解年长护理员对手机操作不熟的顾虑。我们会在11月20日前提交一份"纸电并行三个月"的过渡方案和对账办法，是否采用由贵行决定。
4. 异常上报：护理员迟到超过30分钟，系统自动通知家属和组长。
5. 下次沟通：11月16日下午3点，议题为薪酬结算接口。

如有遗漏请随时指正。

孙小雨
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (twin): weekly report; the SMS request is logged as a CR with an answer date and an interim wording",
    sender=CHEN, to=[WU], cc=[DUAN],
    subject="周报｜理赔平台 11月第2周",
    body="""吴总您好：

本周项目进展平稳，简要汇报：
- 批量理赔导入完成5万条样本测试，平均每千条耗时38秒，优于目标值；
- 对账报表第一版已交付段专员试用，跨月退费场景正在补测；
- 反欺诈规则第二批灰度一周，误报率0.6%，下周扩大到全量。

需要您协调的事项：
- 11月18日压测需要贵司DBA到场，已和钱经理确认人员，谢谢；
- 影像存储扩容采购单仍在财务审批中，可能影响下月初的扩容窗口。

关于您上周提的在理赔结果短信里加"预计到账日期"：这个需要和各家收款银行的清算时间口径对齐，我们已登记为变更CR-2026-031，11月14日前给您评估结论。在此之前，可以先在短信里加一句"具体到账时间以收款银行为准"，您看是否合适？

下周重点是对账报表定稿，周五前发您演示视频。祝周末愉快！

陈思远
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative (twin): warm thank-you note; 'we can't fit it into December' comes with a CR number, an estimate date and a manual workaround",
    sender=OLIVER, to=[HELEN], cc=[],
    subject="Thank you for the Taichung visit",
    body="""Dear Helen,

Thank you for looking after us so well in Taichung last week. The pharmacists at the Beitun store were generous with their time, and watching an afternoon of real dispensing taught us more than a month of workshops would have. Please also thank Mr Chou for the pineapple cakes; they did not survive the train journey back.

It was a good chance to take stock. Eighteen Taiwan stores are now live on the new dispensing screen, the label-printing errors we saw in September have stopped, and your regional team has started using the daily controlled-drug report without any prompting from us.

On the loyalty-points export you asked about: we can't fit it into the December release without pushing back the store rollout, but I've logged it as CR-118 and Ming will send you an estimate by 18 November. In the meantime we can pull a weekly CSV by hand for your marketing team, if that would help.

The remaining six stores are on track for mid-December, and I'll send the cut-over calendar next week.

Warm regards,
Oliver Grant
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (twin, traditional): workshop minutes; the offline-billing request is deferred with a CR number, a committee date and an interim workaround",
    sender=HO, to=[CHEUNG, MARGARET], cc=[],
    subject="會議記錄：門市POS整合 第四次工作坊（11月13日）",
    body="""張生、Margaret：

多謝各位今日出席，亦多謝旺角分店店長分享繁忙時段的實際情況。會議重點如下：

1. 長者優惠畫面：已示範，門市同事建議字體再放大，我方11月20日前修改。
2. 管制藥物出入記錄：增加藥劑師電子簽名欄位，雙方同意。
3. 門市提出的離線開單模式：本期暫不納入，已記錄為變更申請CR-HK-07。我方會在11月25日的督導委員會上提交工作量評估，供貴司決定是否納入下一期；在此之前，斷網時可先用手寫單據，恢復連線後由店長補錄，補錄畫面我們下星期提供。
4. 培訓安排：12月第一週分三批進行，每批兩小時。
5. 下次工作坊：11月20日（星期四）上午10時。

如有遺漏，歡迎指正。

何婉婷
項目經理
""",
    quote=None, trad=True,
),
dict(
    expect=[], lang="zh",
    why="hard negative (twin, traditional): a regulatory deadline is mentioned, but two versions are offered with a recommendation and the client decides",
    sender=LIN, to=[HELEN], cc=[LEE],
    subject="藥品批號追溯 上線版本確認",
    body="""Helen您好：

謝謝您和資訊組這兩週的幫忙，測試資料準備得非常完整，我們的測試進度比原計畫快了三天。

關於藥品批號追溯功能，目前有兩個可以上線的版本：
版本A：沿用現有一維條碼，只在系統中補登批號與效期。改動小，門市不需要換設備，11月28日可上線。
版本B：改用二維條碼，掃描一次即可帶入批號與效期。門市作業最省力，但需要更新部分掃描槍，最快12月5日上線。

由於追溯申報規定12月1日生效，時間比較緊。我們建議採用版本A以趕上期限，之後再評估是否升級為B；不過若貴司比較傾向直接上B，我們也可以加派兩位同事，並協助向主管機關說明過渡安排，只是需要貴司在11月18日（星期二）前確認，方便我們排人。兩個版本的風險和成本都列在附件，最後由貴司決定。

有任何問題歡迎隨時來電。

林志豪
專案經理
""",
    quote=None, trad=True,
),
dict(
    expect=[], lang="en",
    why="hard negative (twin): our CTO's view is reported, but the client's auditors decide and a date is merely requested",
    sender=TOM, to=[KEVIN], cc=[],
    subject="Re: Hosted vs on-prem",
    body="""Hi Kevin,

Yes - our CTO looked at both models last week and leans towards managed cloud, mainly for patching and backups. Her notes are attached.

That said, it's your environment and your auditors, so if on-prem sits better with them we'll plan for it; the cost difference is on page 2. Would you be able to let us know which way you'd like to go by Friday the 21st? If your audit team would like to talk it through with our CTO directly, I'm happy to set that up.

Best,
Tom
""",
    quote="""Tom,

Has your side come to a view on hosted vs on-prem? Our audit team keeps asking and I'd like to give them an answer.

Kevin""",
    quote_from=KEVIN, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (twin): long comparison with a preference; 选择权在贵行 and a two-week trial offered",
    sender=CHEN, to=[GUO], cc=[SUNWD],
    subject="老人端紧急呼叫：语音按键与智能手表方案对比",
    body="""郭老师您好：

上周去两家社区养老驿站走访，让我们对老人真实的使用场景有了更直观的感受，谢谢您全程陪同。根据走访情况，我们对紧急呼叫终端做了对比：

1. 使用门槛：语音按键一键呼叫，老人几乎不用学；智能手表需要充电和佩戴习惯，部分老人会忘戴。
2. 功能：手表支持定位和跌倒检测，适合独居且常外出的老人；按键适合以居家为主的老人。
3. 成本：按键单价约180元；手表约480元，另有每月流量费。
4. 工期：按键方案8周；手表方案14周，需要和厂家联调。

我们倾向语音按键，主要考虑学习成本低、覆盖面广；但如果贵行更看重定位和跌倒检测，手表方案也完全可以做。两种方案的报价都附在后面，选择权在贵行。如果一时难以取舍，我们可以各拿10台给两家驿站试用两周，用实际数据再定。

期待您的意见。

陈思远
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (twin): weekend release request escalated to a manager with a reply time and a fallback window",
    sender=WANG, to=[GUO], cc=[],
    subject="Re: 版本发布时间",
    body="""郭老师好：

理解，家属白天查看护理记录确实比较集中，周日晚上发布对他们影响最小。

周末发布需要我们运维双人值守并走内部审批，我已经提交给部门负责人周总，明天（周三）中午前给您回复。如果审批没有通过，周五晚上8点到10点家属访问量也很低，可以作为备选。您看哪个更合适？

王磊
""",
    quote="""王经理：

这次的版本能不能周日晚上发？白天老人家属都在用家属端看护理记录。

郭晓梅""",
    quote_from=GUO, trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative (twin): negation 不是不能接, with an evaluation and a 3-working-day answer",
    sender=SUN, to=[FENG], cc=[],
    subject="Re: 跌倒检测手环接入",
    body="""冯老师好，

这款手环我们目前没有对接经验，不是不能接，需要先拿到厂家的 SDK 和通信协议文档做个评估。麻烦您帮忙要一下厂家的联系方式，拿到文档后 3 个工作日内给您答复，包括工作量、跌倒告警的延迟，以及需不需要额外的 gateway。

小雨
""",
    quote="""小雨：

老年大学推荐了一款带跌倒检测的手环，想接进紧急呼叫平台，你们能支持吗？

冯静""",
    quote_from=FENG, trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative (twin): label request accepted for testing with a result date and fallback options for the client to choose",
    sender=DANIEL, to=[HELEN], cc=[],
    subject="Re: Bigger dosage labels for customers over 70",
    body="""Hi Helen，

大字版 dosage label 这个需求很合理。POS 打印机的字库和纸宽需要先确认，我们下周一拿一台样机测试，下周二（11/18）给你结果。如果 80mm 纸放不下，可以改成两行显示，或者额外打一张大字说明卡，到时候你们选。

Daniel
""",
    quote="""Daniel,

Can the label printer show dosage instructions in a bigger font for customers over 70? Several stores have asked.

Helen""",
    quote_from=HELEN, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (twin): a scheduling date is mentioned as information, no pressure; competitor comparison offered for the client to read at leisure",
    sender=MAJUN, to=[WU], cc=[],
    subject="Re: 二期合同",
    body="""吴总好：

理解，法务流程该走就走。二期合同不着急这几天签，只是提醒一个时间点：如果11月15日前能确认，一月的排期可以保住；晚一些的话我们重新排，也没有问题。

我们的报价和您手上另外两家的对比，我整理了一张表，各自的优劣势都列了，您可以慢慢看。法务那边如果对条款有疑问，我可以约我们的法务直接沟通。

马骏
""",
    quote="""马经理：

合同我们法务还要过一遍，另外我们也在比较其他两家的报价，请耐心等一下。

吴建国""",
    quote_from=WU, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (twin): status mail keeps the client's chosen sync frequency and offers the alternative only as data for their evaluation",
    sender=GAO, to=[QIAN], cc=[],
    subject="理赔状态同步 频率测试小结",
    body="""钱经理您好：

本周同步接口相关的工作小结如下：
1. 新增"补充材料中""已转人工"两个状态的映射已上线UAT；
2. 失败重试改为指数退避，高峰期失败率从0.8%降到0.1%；
3. 同步频率：目前保持每小时一次，这是您之前确认的方案。我们另外测了夜间批处理，对贵方核心库的压力小很多，测试数据放在附件里作为备选；是否切换等贵方评估后再定，不切换也完全没有问题。

下周我们配合贵方做一次全量对账，时间请您定。

高雅琳
""",
    quote=None, trad=False,
),
# ============ firm facts, angry quotes, escalation, negation ===============================
dict(
    expect=[], lang="en",
    why="hard negative: firm but polite facts about late sign-offs, owning our own slip, proposing a fix; the angry words are only in the quote",
    sender=GRACE, to=[HELEN], cc=[],
    subject="Re: Deadlines",
    body="""Hi Helen,

I understand the frustration, and I'm sorry the schedule has slipped again.

To be transparent about what happened: the two slips in September both followed sign-offs that came back later than planned (dates are in the attached timeline). The third, last week, was on us: a regression in label printing that we should have caught before release.

I'm not raising the first two to assign blame. I'd like to propose a shared sign-off calendar with a named backup on each side, so neither team loses days waiting. Could we go through it on Thursday?

Best regards,
Grace
""",
    quote="""Grace,

Your team keeps missing deadlines. This is the third time. I'm honestly not sure why we are paying for this.

Helen""",
    quote_from=HELEN, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: client slang (又双叒叕, 无语, 到底行不行) only in the quote; the PM apologises, gives facts and a time for a written report",
    sender=CHEN, to=[QIAN], cc=[],
    subject="Re: 理赔状态同步又出问题",
    body="""钱经理：

非常抱歉给您和客服同事添了这么大麻烦。

我们查了日志，今天上午9:12到9:47之间失败的请求返回码都是502，出现在网关层。我们已经和贵方运维约了今天下午3点一起排查；不管最后是哪一侧的原因，我们都会跟到底，并在今晚8点前给您一份书面说明。

这段时间失败的1,132笔我们已经做了补推，客户端目前状态一致。

陈思远
""",
    quote="""陈经理：

理赔状态同步又双叒叕挂了！！客服那边快被骂死了，无语。你们到底行不行？

钱芳""",
    quote_from=QIAN, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: internal mail that takes the client's compliance concern seriously and plans a face-to-face meeting",
    sender=ZHOU, to=[ZHENG, ZHAO, HUANG], cc=[],
    subject="关于杨经理对脱敏规则的意见",
    body="""各位：

今天杨经理在电话里对我们的脱敏规则提了比较重的意见。我想了一下，她的担心是有道理的：出生日期、邮编、性别这三个字段组合，在小城市的样本里确实有重新识别到个人的可能。这不是她挑刺，是我们标准版规则本身考虑得不够。

建议这样处理：
1. 郑浩明天上午准备一个k-匿名的演示，用脱敏后的测试数据跑一下，看看现状下最小等价类有多大；
2. 一帆整理一份"标准版"和"加强版"的字段对照表；
3. 周四下午我和一帆当面去跟杨经理过一遍，听听她的具体要求，再一起定方案。

请大家不要把这件事当成"客户又提新需求"，合规上的问题，早发现比晚发现好。

明哲
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: colleague banter (服了, 666, 我这脑子) as praise and self-mockery; 几乎不可能的任务 as praise; the client is mentioned only positively",
    sender=WANG, to=[SUN], cc=[ZHENG],
    subject="对账脚本",
    body="""小雨：

服了你了！凌晨两点把跨月退费的对账脚本修好，今早一跑，1.2万笔全部对平，666。这个我原以为几乎不可能在周一前搞定的任务，你一晚上就拿下了。我这脑子昨天看了一晚上都没看出是时区的问题，惭愧惭愧。

吴总那边刚回邮件，说对账结果非常满意，还专门让段专员转达感谢。

下午奶茶我请，郑浩你也别跑。

王磊
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: risky words as technical terms (唯一索引, 被拒绝, Connection refused, 必须接受两种编码, 理论上不可能支付两次)",
    sender=ZHAO, to=[QIAN], cc=[],
    subject="直付接口联调问题说明",
    body="""钱经理您好：

昨天联调中遇到的三个问题，原因和处理如下：

1. 入库报"唯一索引冲突"：贵方推送的部分案件在重推时沿用了原流水号，而我们的案件表对流水号建了唯一索引，所以第二次写入被拒绝。这是预期行为，可以防止同一案件被重复登记。我们已把重推场景改为按流水号更新，不再报错。
2. 测试机访问贵方前置机时出现"Connection refused"：排查后是前置机防火墙只放通了生产网段，贵方运维已加上测试网段，今天上午复测正常。
3. 编码问题：贵方部分医院传来的是GBK，部分是UTF-8。按接口规范，我们的接口必须接受这两种编码，已在网关层统一转码。

另外您关心的重复赔付：支付环节用"案件号+支付批次"做幂等校验，理论上不可能对同一案件支付两次，附件是相关测试记录。

如还有疑问，随时联系我。

赵一帆
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: risky words as technical terms (You must restart, Connection refused, rejected, impossible to post twice, we won't be charging)",
    sender=PRIYA, to=[KEVIN], cc=[],
    subject="Patch 2.4.1 for the inventory service - install notes",
    body="""Hi Kevin,

Patch 2.4.1 is ready for your staging environment. A few notes for your ops team:

1. You must restart the inventory service after applying the patch; the new stock-reservation rules are only loaded at start-up.
2. If store terminals show "Connection refused" for a minute or two during the restart, that is expected; they reconnect on their own.
3. Transfers that fail the new expiry check will be rejected by the rules engine with code E-217 and land in the exception queue, instead of silently going through as before.
4. The duplicate-transfer guard makes it impossible for a single transfer to be posted twice, even if a store scans the same docket again.

We won't be charging for this fix; it corrects a defect on our side.

If your team would like us on a call during the staging install, just say when.

Best,
Priya
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: polite on-topic mail; 拒赔 is a claims term and the risky motto/disclaimer sits only in the signature",
    sender=LIUJ, to=[DUAN], cc=[],
    subject="理赔月报模板（第二版）",
    body="""段专员您好：

附件是理赔月报模板第二版，按上次吴总的意见做了三处调整：
1. 新增"平均结案天数"和"中位结案天数"两列；
2. 拒赔案件单独成表，按拒赔原因分类汇总；
3. 图表配色改为贵司VI标准色。

麻烦您先看一下，需要调整的地方直接在文档里批注就好，我周四统一修改。

谢谢！

--
刘佳
安瑞项目组 | 项目经理
电话：021-5555-0123
没有不可能的需求，只有还没想到的办法。
本邮件及附件仅供指定收件人使用，如您误收本邮件，请立即删除并告知发件人，不得转发、复制或以任何方式使用。
""",
    quote=None, trad=False,
),
# ============ long but focused (same length as the ramble positives) =======================
dict(
    expect=[], lang="zh",
    why="hard negative: long but focused root-cause analysis (ramble length) that takes the blame for our design flaw",
    sender=CHEN, to=[QIAN], cc=[WU],
    subject="根因分析：11月7日重复赔付预警事件",
    body="""钱经理、吴总：

关于11月7日下午触发的重复赔付预警，现将根因分析报告如下，供您审阅。

一、事件经过
11月7日14:05至14:31，理赔支付队列中出现17笔状态为"待支付"的重复指令，涉及9位客户、金额合计4.36万元。系统的重复支付校验在14:06首次拦截，14:10值班同事收到告警并暂停支付队列。经核实，17笔重复指令全部被拦截，没有一笔实际出款。

二、直接原因
当天14:00前后，贵方核心系统进行了一次计划内的网关切换。切换期间，我方支付服务调用贵方出款接口时出现超时，按设计会在30秒后重试。由于重试请求使用了新的流水号，而不是沿用原流水号，校验层只能依靠"保单号+案件号+金额"组合来识别重复，因此产生了重复指令。

三、根本原因
重试逻辑的设计缺陷在我方：幂等键应当在首次请求时生成并在重试中复用。这一点在设计评审时被遗漏，测试用例也没有覆盖"网关切换期间超时"这一场景。

四、整改措施
1. 重试时复用原流水号作为幂等键，11月10日已完成开发，11月12日上线；
2. 补充网关切换、网络抖动等8个异常场景的自动化测试；
3. 与贵方运维约定：计划内切换提前24小时邮件通知我方值班组，切换期间暂停支付队列；
4. 在监控大屏上增加"同一案件多笔待支付"的实时指标，超过阈值立即电话告警。

五、影响评估
本次事件无资金损失，无客户投诉。涉及的17笔指令已全部作废并留痕，审计日志可随时提供。我们也会在下周的项目例会上向贵司合规部门做一次专项说明。

六、关键时间点
14:00 贵方网关开始切换；14:05 首笔超时重试；14:06 重复校验首次拦截；14:10 值班告警并暂停支付队列；14:31 网关切换完成；15:20 完成17笔指令逐笔核对；16:00 电话通知贵方运维与理赔运营部。

如需当面汇报，我们可以在本周任意时间安排。

陈思远
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: long but focused UAT plan (ramble length in English), every paragraph on topic",
    sender=TOM, to=[HELEN], cc=[LEE],
    subject="UAT plan - e-prescription module, Taiwan stores",
    body="""Dear Helen,

Ahead of next week, here is the UAT plan for the e-prescription module in the Taiwan stores. I've kept it to one mail so your team has everything in one place.

Scope
UAT covers receiving e-prescriptions from the national system, pharmacist verification, dispensing and labelling, and the daily upload of refill records. Loyalty points and the online shop are out of scope for this round, as agreed on 4 November.

Environments and data
We will use the UAT environment connected to the national test gateway. Your team has already provided 300 anonymised prescriptions from October; we will add 40 synthetic edge cases, including prescriptions for patients over 85, split refills, and controlled drugs that need a second pharmacist's signature.

Schedule
- 17 November: kick-off with store testers in Taichung, 10:00 to 11:30.
- 17 to 21 November: first test cycle, all functional scripts.
- 24 November: defect triage with your IT team and ours.
- 25 to 28 November: second cycle, retest of fixed defects plus a full day of end-to-end runs at two pilot stores.
- 1 December: sign-off meeting.

Roles
Each pilot store nominates one pharmacist and one assistant as testers. Your IT team owns the test accounts and the printer set-up. Our team provides two analysts on site for the whole first cycle and one for the second.

Entry and exit criteria
We start only when the national test gateway has been stable for three consecutive days. We propose sign-off when there are no open severity-1 defects, no more than five severity-2 defects, each with an agreed workaround, and when every script has passed at least once at each pilot store.

Defect handling
Testers log defects in the shared tracker with a screenshot and the prescription number. We acknowledge within two working hours and give a fix estimate within one working day. Severity is agreed jointly at the daily 16:30 stand-up.

Risks
The main risk is the national gateway's test window, which closes at 18:00 on weekdays. If it is unavailable for more than half a day, we will shift the second cycle by the same amount rather than compress it. A smaller risk is printer driver compatibility at the older stores; we will bring two spare printers.

Please let me know if any of the dates clash with store events, or if you'd like a different split of testers. I'm glad to walk your team through the plan on a call this week.

Best regards,
Tom Becker
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: long but focused data-migration plan (ramble length), asks the bank for three things with dates",
    sender=WANG, to=[SUNWD], cc=[FENG],
    subject="养老服务平台数据迁移方案（第二版）",
    body="""孙处、冯老师：

根据上周评审意见，数据迁移方案修订如下，请审阅。

一、迁移范围
1. 老人档案：约1.3万份，含基本信息、失能评估等级、紧急联系人；
2. 护理记录：2023年1月至今约86万条；
3. 长护险结算数据：2024年1月至今的月度结算单及明细；
4. 护理员档案与资质证书扫描件约1,100份。
2022年以前的纸质档案扫描件不在本次范围内，保留在旧系统只读查询。

二、迁移步骤
1. 数据清洗：11月17日至21日，重点处理身份证号重复、联系人电话缺失、评估等级与结算等级不一致三类问题，清洗规则附后，需贵行业务部门逐条确认；
2. 第一轮演练：11月29日（周六）晚10点至次日6点，迁移后抽样核对500位老人的档案与最近三个月护理记录；
3. 第二轮演练：12月6日，全量核对结算金额，差异须为零；
4. 正式迁移：12月13日晚，迁移期间护理员APP切换为离线模式，恢复后自动上传。

三、核对办法
每轮演练后输出三张对账表：记录条数对账、结算金额对账、抽样字段对账。任何一张表出现不一致，即暂停后续步骤并召开专题会，会上确定修正办法后再继续。

四、回退方案
正式迁移当晚保留旧系统完整快照，若次日早8点前核对未通过，即切回旧系统，护理员当晚的离线记录同步回旧库，保证老人的护理服务不中断、结算不受影响。

五、需要贵行配合
1. 11月20日前确认清洗规则；
2. 每轮演练安排两位业务人员参与抽样核对；
3. 正式迁移当晚请信息科技部安排值班，并提前通知各网点护理站。

六、沟通安排
每轮演练前一天下午4点召开准备会；演练当晚建立临时工作群，每两小时通报一次进度；演练结束后两个工作日内提交书面报告，内容包括迁移耗时、对账结果、发现的问题和整改计划。

如有意见，请于11月19日前反馈，我们据此出第三版。

王磊
""",
    quote=None, trad=False,
),
# ============ escalation, negation, follow-through, self-criticism ========================
dict(
    expect=[], lang="en",
    why="hard negative: 'isn't something I'm able to approve on my own' handed to the delivery director with a call date; invoice held meanwhile",
    sender=GRACE, to=[KEVIN], cc=[ZHOU],
    subject="Re: November support fee",
    body="""Hi Kevin,

Thanks for raising this directly, and I understand why October's delays make the November fee feel hard to justify.

A fee waiver isn't something I'm able to approve on my own. I've forwarded your request, together with the October timeline, to our delivery director, Zhou Mingzhe, and he will call you by Thursday to discuss it. In the meantime I'll hold the November invoice so nothing is issued before you've spoken.

Best regards,
Grace
""",
    quote="""Grace,

Given the delays in October, we expect the November support fee to be waived. Please confirm.

Kevin""",
    quote_from=KEVIN, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: negation 并不是做不了, with the blocking reason, an interim alternative and a date for a joint decision",
    sender=ZHOU, to=[GUO], cc=[SUNWD],
    subject="关于二期需求第7项（护理过程录像）",
    body="""郭老师您好：

关于二期需求清单第7项"护理过程全程录像并每日推送家属"，先跟您说明一下我们的考虑。

这项需求并不是做不了，而是涉及老人隐私、护理员肖像授权和视频存储合规，需要贵行法务先明确授权范围和保存期限，否则做出来也可能上不了线。

我们的建议是：
1. 先由贵行法务出具意见，我们估计11月底前可以有结论；
2. 在此之前，可以先做"关键节点拍照"（如翻身、喂药、助浴前后），照片自动打水印，只对直系家属可见，作为过渡；
3. 法务意见出来后，再一起决定录像功能做不做、做到什么程度，届时我们一周内给出工作量和报价。

您看这样是否可行？

周明哲
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: self-criticism (我这脑子, 无语 and 难道 aimed at the PM himself) in a mail to the client",
    sender=DANIEL, to=[QIAN], cc=[],
    subject="补发：Go-live checklist",
    body="""钱经理，

Sorry sorry，我这脑子，上午那封邮件说附上 go-live checklist，结果附件又忘了，这是本周第二次了，我自己都无语。这次真的附上了，一共 42 项，其中 6 项需要你们 IT 确认，我已经标黄。

难道我上周也没发 rollback plan？刚查了一下，确实没发，是我的疏忽，也一并附上。

Thanks for your patience!
Daniel
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: 'As I said on Tuesday's call' is follow-through on a promise, not a lecture",
    sender=TOM, to=[FENG], cc=[],
    subject="Re: Go-live date for the caregiver app",
    body="""Dear Ms Feng,

As I said on Tuesday's call, I'd confirm the go-live date once the penetration test report was in. It arrived this morning: no high-severity findings, and the two medium findings are already fixed and retested.

So I can now confirm go-live on Monday 8 December. Branch training can start from 1 December; we'll send trainers to any branch that prefers on-site sessions.

Kind regards,
Tom Becker
""",
    quote="""Mr Becker,

Could you confirm the go-live date for the caregiver app? Our branches need to plan training.

Feng Jing""",
    quote_from=FENG, trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: internal plan with the client deliberately in Cc; 'She's right' takes her criticism on board",
    sender=GRACE, to=[JASON, ZHENG], cc=[MARGARET],
    subject="Refill reminders firing too early - plan",
    body="""Team,

I'm cc'ing Margaret so she can see our plan directly rather than second-hand.

Margaret 今天指出 refill reminders 对老年客户发得太早 —— 有些人收到提醒的时候药还剩一半，以为要马上回店，结果白跑一趟。She's right，我们之前的规则只看 days-of-supply，没考虑 dosage 调整过的情况。

Plan:
1. Jason：reminder 改成按最近一次 dispensing 的实际 dosage 计算，周四前出 PR；
2. 郑浩：把过去两个月 too-early 的 case 拉出来，估一下影响人数；
3. 我：下周一跟 Margaret 过一遍新规则和 wording。

Margaret，如果 stores 那边还有其他 case，随时转给我。

Grace
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: the client's sarcasm (呵呵) and threat only in a Foxmail quote; the PM apologises, explains and fixes",
    sender=MAJUN, to=[WU], cc=[DUAN],
    subject="Re: 第三季度发票",
    body="""吴总您好：

非常抱歉，第三季度发票拖了这么久，给贵司财务添了不少麻烦，责任在我们。

查了一下，对账单对不上的原因是9月有两笔系统使用费按新单价计算，而合同约定这一季度仍用旧单价，差额3,240元。我们已经按旧单价重新出了对账单，附件请查收。发票今天下午开出，明天上午快递到贵司财务部，快递单号出来后我第一时间发给您。

以后每季度的对账单，我会在开票前先请段专员核对一遍，避免再出现这种情况。

马骏
""",
    quote="""马经理：

第三季度的发票到现在还没开出来，对账单也对不上，呵呵，你们财务是放假了吗？这个月要是还搞不定，我们只能暂停付款了。

吴建国""",
    quote_from=WU, quote_style="foxmail", trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: 按我们的经验 recommendation that defers to the client's compliance rules and offers two options",
    sender=LIUJ, to=[YANG], cc=[],
    subject="理赔影像压缩标准建议",
    body="""杨经理您好：

关于理赔影像的存储压缩，您上周问我们的建议，整理如下：

按我们的经验，门诊发票和费用清单压缩到300dpi灰度，OCR识别率与原图基本没有差别，存储量可以降到原来的四分之一左右；病历和诊断证明建议保留彩色，因为部分印章和手写批注在灰度下会变淡。

不过影像留存标准最终要以贵司合规要求为准。如果贵司希望全部保留原图，我们也可以只生成缩略图用于展示、原图归档，两种方式的存储成本对比附后。您定了我们就按哪个来。

刘佳
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: firm but polite statement of the contract terms, with two priced options for the client to choose",
    sender=ZHOU, to=[SUNWD], cc=[MAJUN],
    subject="关于增加驻场人员的说明",
    body="""孙处您好：

感谢您对驻场团队的肯定，几位同事听了都很受鼓舞。

关于您提到希望驻场工程师从每周两天增加到每天，我先把现状说明一下：按合同附件三，一期的驻场安排为每周二、周四两天，其余时间远程支持，工作日2小时内响应。

如果贵行在试点扩大期间需要每天驻场，我们可以提供一份增配报价，按月计算、随时可停；也可以只在试点扩大的前四周增加到每天，之后恢复原安排。两种方式的费用我请马骏周三前发给您，您看哪种更合适。

周明哲
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: 'we can't deliver the full module by 1 December' followed by concrete staged dates and a choice for the client",
    sender=PRIYA, to=[FENG], cc=[SUNWD],
    subject="Caregiver rostering module - what we can deliver by 1 December",
    body="""Dear Ms Feng,

Thank you for the detailed list of rostering requirements; the examples from the Minhang branch were especially helpful.

I want to be straightforward with you: we can't deliver the full rostering module by 1 December without cutting corners on testing, and since these schedules drive caregivers' visits to elderly clients, I don't think either of us wants that.

What we can do:
- 1 December: the core shift grid, skill matching and absence handling;
- 15 December: swap requests between caregivers, with team-lead approval;
- 10 January: the reporting pack, including overtime and travel-time analysis.

Would that sequencing work for your branches, or would you rather keep the full scope and move the launch to mid-January? Either is workable on our side; I'd just like us to pick one together by next Wednesday so the teams can plan.

Kind regards,
Priya Nair
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: interleaved reply; 'impossible' only in the client's > lines, and 'I'm not saying no' comes with checks and a reply day",
    sender=OLIVER, to=[HELEN], cc=[],
    subject="Re: Japanese and Korean labels",
    body="""Hi Helen,

Answers inline below.

> Is it impossible to add Japanese and Korean drug labels for the tourist stores by Christmas?

I'm not saying no. I need to check two things first: whether our translation vendor can turn around the 1,400 drug names in time, and whether the label printers at the three tourist stores have the right fonts. I'll come back to you on Wednesday with a yes, a no, or a partial date.

> If not, can we at least do Japanese?

Quite possibly; Japanese is the smaller of the two jobs. I'll include it as a separate option on Wednesday.

Best,
Oliver
""",
    quote=None, trad=False, layout="plain",
),
dict(
    expect=[], lang="mixed",
    why="hard negative: recommends a pilot, keeps store managers in control and ends with 'your call'",
    sender=DANIEL, to=[MARGARET], cc=[],
    subject="Auto-replenishment pilot proposal",
    body="""Hi Margaret,

Thanks for sharing the stock-out data from last quarter —— 说实话比我们预想的要严重，尤其是降压和降糖类的慢病药。

我们的建议是先在 3 家门店 pilot 两周 auto-replenishment：
- 选 1 家社区店、1 家商场店、1 家医院旁的店，覆盖不同客群；
- 系统只生成补货建议，店长确认后才下单，不会 override 店长的判断；
- 两周后对比 stock-out rate 和库存周转天数。

数据出来之后再决定是否全面铺开、还是调参数再试一轮，your call。如果你们觉得两周太短，三周也完全 OK。

Best,
Daniel
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: internal mail quoting the client's harsh words (看得人脑子疼) and agreeing she has a point",
    sender=CHEN, to=[ZHENG, HUANG, LIUJ], cc=[],
    subject="关于钱经理对报表的意见",
    body="""各位：

今天钱经理在会上说，我们的理赔时效报表"看得人脑子疼"。话说得重，但我回来仔细看了一遍，她说得有道理：一张表里放了十七列，时效口径还混用了自然日和工作日，连我自己都要对照说明才能看懂。

建议这样改：
1. 刘佳把报表拆成"概览"和"明细"两页，概览页只保留6个核心指标；
2. 黄丽统一时效口径为工作日，并在表头注明；
3. 郑浩评估一下概览页能否加趋势图。

周四前出个草稿，我先拿去跟钱经理当面过一下，听听她的意见再定稿。

思远
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: a colleague's complaint about the client only in the quote; the PM explains the client's reasons and proposes process fixes",
    sender=ZHAO, to=[ZHENG], cc=[],
    subject="Re: 脱敏规则第四版",
    body="""郑浩：

理解大家这阵子很累，四版确实不少。不过他们这么谨慎是有原因的：去年他们因为理赔影像外泄被监管通报过，杨经理现在每一版都要留档，是对她自己也是对公司负责。

我想这样减轻大家的负担：
1. 以后脱敏规则的变更统一走一张变更单，书面说明用模板，不用每次从头写；
2. 周四我约杨经理当面把剩下的疑问一次性过完，争取这一版就定稿；
3. 定稿之后的调整按变更流程评估排期，不再临时插队。

辛苦大家了，周五晚饭我请。

一帆
""",
    quote="""一帆，

安瑞这客户也太能折腾了吧，一个脱敏规则改了四版，每次都要书面说明，团队都快被搞疯了。

郑浩""",
    quote_from=ZHENG, trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative (twin): friendly thank-you note; the retention question stays open with both configs ready and the client's compliance team deciding",
    sender=GRACE, to=[YANG], cc=[],
    subject="Thank you + data retention 两个方案",
    body="""杨经理，

Thanks a lot for the review session yesterday —— 你们合规团队的 checklist 做得非常细，帮我们找出了 3 个之前没注意到的 logging gap，已经全部修好，retest 也通过了。

几件 update：
1. Audit log 现在会记录每一次影像查看的操作人和时间，存放在独立的只读库；
2. 导出理赔明细需要二次授权，已在 UAT 上线；
3. 下周二我们会把 penetration test 报告发给你。

关于 data retention：我们 legal 倾向 3 年，但 honestly 你们作为保险公司，监管要求可能更长，我们把 3 年和 7 年两套 config 都准备好了，存储成本差异在附件。等你们合规这边确认，哪个都可以，不急，11 月底前定下来就来得及。

再次感谢！
Grace
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (twin): meeting minutes; the historical-data request gets an assessment date, a quote and an interim read-only option",
    sender=ZHAO, to=[YANG], cc=[WU],
    subject="会议纪要｜迁移第一轮演练复盘（11月23日）",
    body="""杨经理、吴总：

感谢两位周日上午参加复盘会，也感谢贵司医学审核组连夜核对编码映射，第一轮演练的编码准确率达到99.7%。会议结论如下：

一、演练结果：1,840万条记录迁移完成，耗时5小时12分，抽样核对2,000条，差异3条，已定位为旧系统日期格式问题；
二、整改：日期格式转换规则补充两条，第二轮演练前完成；
三、贵司提出的2015年以前历史理赔数据回迁：这部分约600万条且影像多为扫描件，工作量较大。我方会在12月1日前提交评估报告和报价，贵司据此决定是否纳入二期；如暂不纳入，也可以先做只读归档查询，方案会一并附上；
四、第二轮演练：12月6日（周六）凌晨进行；
五、回退方案不变，旧库只读快照保留72小时。

如纪要有误，请于周三前告知。

赵一帆
""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (twin): our standard rules offered 'for reference' with customisation and a Friday gap assessment; 相信我们的团队 as reassurance, choice left to the client",
    sender=GAO, to=[YANG], cc=[],
    subject="Re: 脱敏规则书面说明",
    body="""杨经理您好：

可以的，书面说明已附上。

我们在其他保险客户那里用的是标准版规则，仅供参考：身份证号遮挡中间8位，出生日期只保留年份，手机号遮挡中间4位。贵司如有更严格的要求，比如连年份也遮挡，或者增加授权查看、查看留痕，我们都可以定制。

麻烦您列一下重点关注的字段，我们周五前给出和标准版的差异评估，再由您这边决定采用哪种。相信我们的团队能在上线前把这块做扎实。

高雅琳
""",
    quote="""高经理：

贵司的脱敏规则能不能出一份书面说明？我们需要留档。另外出生日期是否也要遮挡？

杨帆""",
    quote_from=YANG, trad=False,
),
]

CASES = POSITIVES + NEGATIVES
random.Random(5252).shuffle(CASES)
