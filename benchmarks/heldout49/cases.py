# heldout49 — training set of PM email drafts, written by an independent helper.
# Domain: enterprise software vendor (document workflow / OA / video conferencing) selling to
# state-owned enterprises, a state-owned bank and a ministry-affiliated centre; formal, polite mails.
# All text is synthetic and written for this set. Order is shuffled with random.Random(4949).
import random

# ---- our side -------------------------------------------------------------------------------
ZMY = "周明远 <zhou.mingyuan@ourteam.example.com>"      # delivery director, senior, measured
CSQ = "陈思琪 <chen.siqi@ourteam.example.com>"          # junior PM, cheerful
LJG = "刘建国 <liu.jianguo@ourteam.example.com>"        # veteran PM, blunt
XJY = "许嘉怡 <xu.jiayi@ourteam.example.com>"           # mid-level PM, very organised
HZY = "何振宇 <he.zhenyu@ourteam.example.com>"          # overworked PM, bank account
SL = "孙蕾 <sun.lei@ourteam.example.com>"               # PM, chatty and warm
DW = "Daniel Wu <daniel.wu@ourteam.example.com>"        # English-speaking PM
MS = "Megan Shi <megan.shi@ourteam.example.com>"        # senior PM, crisp
GL = "Grace Lin <grace.lin@ourteam.example.com>"        # code-switching PM
LEO = "Leo Fang <leo.fang@ourteam.example.com>"         # young code-switching PM
WCH = "黃志豪 <wong.chiho@ourteam.example.com>"          # Hong Kong based PM (traditional Chinese)
KZ = "Kevin Zhang <kevin.zhang@ourteam.example.com>"    # architect
ZP = "赵鹏 <zhao.peng@ourteam.example.com>"             # development manager
QYM = "钱一鸣 <qian.yiming@ourteam.example.com>"        # sales
WX = "王晓 <wang.xiao@ourteam.example.com>"             # test engineer
LH = "林浩 <lin.hao@ourteam.example.com>"               # field engineer
WH = "吴海 <wu.hai@ourteam.example.com>"                # vice president

# ---- client A: provincial energy group (SOE) -------------------------------------------------
DU = "杜建华 <du.jianhua@client-a.example.cn>"          # director, general office
MA = "马卫东 <ma.weidong@client-a.example.cn>"          # head of IT centre
LXY = "林晓燕 <lin.xiaoyan@client-a.example.cn>"        # IT centre staff
# ---- client C: state-owned bank --------------------------------------------------------------
GAO = "高志强 <gao.zhiqiang@bank-c.example.cn>"         # GM, technology dept
LUO = "罗敏 <luo.min@bank-c.example.cn>"                # manager, technology dept
TANG = "唐文静 <tang.wenjing@bank-c.example.cn>"        # head office admin
# ---- client B: ministry-affiliated international centre (+ Hong Kong office) ----------------
HELEN = "Helen Zhou <helen.zhou@client-b.example.com>"
ROBERT = "Robert Qiao <robert.qiao@client-b.example.com>"
ANNA = "Anna Liang <anna.liang@client-b.example.com>"
PENG = "彭辉 <peng.hui@client-b.example.com>"
CHENG = "鄭家樂 <cheng.kalok@client-b.example.com>"
AU = "區美玲 <au.meiling@client-b.example.com>"


def C(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, trad=False, **kw):
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=body.strip("\n") + "\n", quote=quote.strip("\n") if quote else None,
             quote_from=quote_from, trad=trad)
    d.update(kw)
    return d


CASES = []
A = CASES.append

# =============================================================================================
# POSITIVES
# =============================================================================================

# ---------------------------------- persuade (single) ----------------------------------------
A(C(["persuade"], "zh",
    "persuade — warm, well-organised weekly report; one line says all red-header templates were already replaced and the client's custom layouts are dropped: choice taken away",
    XJY, [MA], "电子公文系统二期第46周进展汇报", cc=[LXY], body="""
马处长您好：

感谢您和信息中心各位同事本周在联调上的大力支持，特别是林晓燕同志周三加班协助核对收文登记簿，帮我们发现了两处字段映射问题，在此一并致谢。

现将本周进展汇报如下：

一、收发文模块
1. 收文登记、分办、传阅三个环节已全部完成联调，累计执行测试用例212条，通过209条，剩余3条为非阻断问题，预计下周二前修复；
2. 发文拟稿环节的套红功能已完成开发。考虑到集团年底公文规范检查在即，我们已按集团办公厅下发的标准版式统一替换了全部红头模板，贵处此前提出保留的几套自定义版式就不再单独维护了，请各处室今后统一使用新模板；
3. 电子印章与发文流程的对接已完成，待CA证书到位后即可启用。

二、档案归档
归档接口已与档案系统厂商完成第一轮对接，目前按年度、机构、保管期限三级分类推送，下周进行全量数据试推。

三、下周计划
- 11月18日 完成收发文模块回归测试；
- 11月19日 组织办公室文秘人员操作培训（约40人，地点拟定在三楼第二会议室）；
- 11月21日 提交阶段验收材料。

四、需要贵方协助
1. CA证书申请材料已于11月10日提交，烦请协调进度；
2. 培训会场请于本周五前确认。

如有任何问题，欢迎随时来电。再次感谢！

许嘉怡
项目经理 | 协同办公事业部
电话：010-5555-0146
"""))

A(C(["persuade"], "en",
    "persuade — gracious post-UAT thank-you note; one paragraph says the hosted MCU was already ordered because a circular 'settles the matter' and 'I'm sure you'll agree' reopening it wastes time",
    DW, [HELEN], "Thank you for hosting the UAT session", cc=[ROBERT], body="""
Dear Ms. Zhou,

Thank you very much for hosting our team at the Centre last Thursday. The user acceptance session for the video conferencing platform went smoothly, and your colleagues' preparation, especially the test script for the bilingual interpretation channel, made a real difference. Please pass on our thanks to Mr. Qiao and the facilities team as well.

A short summary of where things stand:

1. All 38 acceptance scenarios were executed; 36 passed, and the remaining two (far-end camera preset recall and the lobby display layout) have fixes scheduled for the 24 November patch.
2. The interpretation channel latency measured 180 ms on average, comfortably within the 300 ms target.
3. Meeting-room booking integration with your Exchange calendar is live in the test environment.

On the hosting question you raised at the end of the session: since the Ministry's latest circular on cloud services effectively settles the matter, we have gone ahead and placed the order for the hosted MCU licences, and I'm sure you'll agree that revisiting the on-premises route now would only cost everyone time.

Next steps on our side are the patch deployment on the 24th and the administrator training, which we propose for the week of 30 November. We will send a draft agenda by Friday.

Thank you again for a very productive day.

Kind regards,
Daniel Wu
Project Manager, Collaboration Solutions
"""))

A(C(["persuade"], "zh",
    "persuade — courteous meeting recap that unilaterally closes the bank's self-built gateway option ('唯一稳妥的路径… 不再列入讨论范围')",
    ZMY, [GAO], "11月12日国密改造专题会会议纪要", cc=[LUO, ZP], body="""
高总您好：

感谢您百忙之中主持昨天的专题会。现将会议要点整理如下，请您审阅：

一、参会人员
贵行：高志强总经理、罗敏经理、安全处两位同事；我方：周明远、赵鹏、Kevin Zhang。

二、议题及结论
1. 视频会议系统信令加密：SM2/SM4改造已完成开发，12月初进入贵行测试环境。
2. 公文系统电子签章：沿用贵行现有签章服务器，我方提供适配接口，无需新增硬件。
3. 国密网关选型：贵行安全处提出了自建网关的思路。会后我方专家组又做了认真论证，结论是沿用我司一体化网关是唯一稳妥的路径，自建方案后续就不再列入讨论范围了，请安全处的同事据此调整工作计划。
4. 等保测评：拟于明年一季度开展，我方配合准备材料。

三、待办事项
- 赵鹏：11月20日前提交信令加密测试方案；
- 罗敏经理：协调测试环境资源；
- 我方：11月25日前提交签章接口文档。

如纪要有遗漏或不准确之处，请您指正。

周明远
交付总监
"""))

A(C(["persuade"], "mixed",
    "persuade — friendly code-switched reply; our leadership's sign-off used to 'park' the client's still-open H.264 question and roll out before their Friday decision",
    GL, [LUO], "Re: 视频会议终端 codec 选型", body="""
罗经理 您好,

谢谢您昨天 share 的分行网络 topology, 很有帮助.

codec 这块跟您 update 一下: 我们 leadership 周一已经 sign off 走 H.265 方案, 所以 H.264 兼容那条我们就先 park 掉了, 下周一开始直接按 H.265 在三家试点分行 roll out, 分行那边麻烦您提前 notify 一下.

另外终端 firmware 会统一升到 v5.2, 我们的工程师 rollout 当天现场处理.

有任何问题随时 ping 我.

Best,
Grace
""", quote="""
Grace您好，

附件是分行网络拓扑图。

另外关于codec，我们内部还在讨论，部分老旧分行的终端可能只支持H.264，是否可以考虑两种都支持？等我们周五讨论完再定。

谢谢！
罗敏
""", quote_from=LUO))

A(C(["persuade"], "zh",
    "persuade — traditional-Chinese status mail; HQ approval invoked to close the HK office's own zero-trust option ('以我方方案為準… 不再另行評估')",
    WCH, [CHENG], "遠程辦公接入方案進展", trad=True, charset="big5", body="""
鄭經理您好：

多謝您上週抽空帶我們參觀香港辦事處的機房，同事們對貴處機房的整潔程度印象深刻。

謹將目前進展報告如下：

一、OA系統移動端已完成繁體介面適配，下週可提供測試帳號；
二、公文流轉的繁簡轉換規則已按貴處提供的用字表調整完畢；
三、遠程接入方面，既然貴司總部信息中心已原則同意，外網接入就以我方的SSL VPN方案為準，貴處之前提到的零信任網關方案我們不再另行評估，請貴處同事按此準備帳號清單即可。

如有任何需要，請隨時與我聯絡。祝工作順利！

黃志豪
項目經理
"""))

A(C(["persuade"], "zh",
    "persuade — short, polite reply that uses the go-live date to stop the client's own deliberation on parallel running ('容不得再讨论… 不必再上办公会')",
    HZY, [DU], "Re: 关于新旧OA并行运行的考虑", body="""
杜主任您好：

来函收悉，感谢您对各部门使用习惯的细致考虑。

鉴于下周一（11月23日）就是集团既定的上线窗口，时间上已经容不得再讨论并行的事了，还请贵办不必再上办公会，直接按单轨切换的安排通知各部门，周五下班前完成旧系统待办清理。

切换当晚我方将安排8名工程师现场值守，次日上午在各楼层设置咨询点。

何振宇
""", quote="""
何经理：

近日有几个处室提出，新旧OA是否可以并行运行一段时间，让老同志有个适应过程。办公室还在研究，拟在下周办公会上再议，先跟贵公司通个气。

杜建华
""", quote_from=DU))

A(C(["persuade"], "en",
    "persuade — tidy proposal; one line dismisses the client's wish to keep Notes running as 'money spent on nostalgia' and pencils in the shutdown as if decided",
    MS, [ROBERT], "Proposal: decommissioning the legacy Notes archive", body="""
Dear Mr. Qiao,

Following our discussion on Tuesday, please find below our proposal for the legacy document archive.

Background. The Centre's Lotus Notes archive holds roughly 410,000 documents from 2004 to 2016. It runs on two servers that fall out of vendor support in March, and it is currently accessed by about 15 users a month, mostly for audit look-ups.

Proposed approach.
- Export all documents with their metadata to PDF/A and load them into the new document workflow system as a read-only collection.
- Preserve the original approval chains as an attached audit sheet per document.
- Run a four-week verification in which your records team samples 2% of the migrated items.

Timeline. Export and load: 1 to 12 December. Verification: 14 December to 8 January.

I know several of your colleagues would prefer to keep the Notes servers running in parallel for another year. Frankly, at this point that would be money spent on nostalgia; decommissioning is the only responsible option, and we have pencilled the shutdown in for 15 January on that basis.

Cost. The migration is covered by the existing maintenance contract; no additional fees apply.

Happy to go through any of this by phone.

Best regards,
Megan Shi
Senior Project Manager
"""))

A(C(["persuade"], "zh",
    "persuade — heartfelt thank-you note for the paperless pilot; the director's handwriting-annotation idea is framed as out of step and 'we suggest stopping here'",
    SL, [DU], "感谢贵办对无纸化试点的支持", body="""
杜主任您好：

无纸化办公试点运行满一个月，借此机会向您和办公室各位同事表示诚挚的感谢。这一个月里，贵办共通过电子公文系统流转文件1326件，平均办理时长从原来的3.2天缩短到1.1天，领导批示的平均响应时间也缩短了将近一半。这些成绩离不开您的亲自推动，也离不开文秘科同事们的耐心配合。

试点期间收集到的意见，我们整理为以下几类：
1. 界面：字号偏小（已在11月版本中调整为可选三档）；
2. 流程：会签环节的退回逻辑不够直观（已优化，退回时显示原因）；
3. 习惯：部分领导仍希望在纸质文件上手写批注。

关于第3点，您上次提到能否在系统里保留手写批注功能。坦率地讲，这个想法和无纸化的大方向已经不太合拍了，我们建议就此打住，大家把精力集中在电子签批的推广上，这样试点成果也更好向集团汇报。

下一阶段，我们计划把试点范围从办公室扩展到财务部和人力资源部，初步时间是12月上旬，届时还请您帮忙牵线。

再次感谢您的信任与支持！

顺颂商祺
孙蕾
项目经理
"""))

A(C(["persuade"], "zh",
    "persuade — cheerful go-live update; 'we have already simplified your approval levels in production… no need for internal review' decides for the bank",
    CSQ, [TANG], "会议室预约系统上线第一周情况", body="""
唐老师您好：

会议室预约系统上线一周，和您同步一下情况：

- 总部28间会议室全部接入，累计预约612次，取消率约8%；
- 视频会议室与MCU的自动联动成功率99.4%，两次失败均为终端断电，已恢复；
- 门口电子水牌显示正常，个别楼层亮度偏高，已调低。

另外，之前的审批层级是三级（申请人—部门负责人—办公室），大家反馈偏慢。我们这边已经替贵行把审批简化为一级，并在生产环境生效了，相信试用一段时间后大家都会觉得顺手很多，就不必再走内部审议了。

下周我们会补充一份使用情况月报模板，供办公室月底汇报使用。

辛苦您了，有问题随时找我！

陈思琪
"""))

A(C(["persuade"], "en",
    "persuade — polite reply; 'our CTO's view is final on architecture matters' settles the client's open single-tenant question before their own steering meeting",
    DW, [ROBERT], "RE: Tenant model for the document workflow platform", body="""
Dear Robert,

Thank you for the detailed note and for laying out the compliance team's reasoning so clearly.

Our CTO reviewed the question personally over the weekend, and as her view is final on architecture matters, we'll be proceeding with the shared-tenant model for the Centre's deployment. I've attached her one-page summary for your records.

The isolation controls (separate encryption keys per tenant, a dedicated database schema, audit log export) remain as described in our proposal, and we'll include them in the security documentation due on 2 December.

Please let me know if your team would like a walkthrough of the controls.

Best regards,
Daniel
""", quote="""
Dear Daniel,

Our compliance colleagues have asked whether a dedicated (single-tenant) instance would be possible, given the classification of some of the documents. Could your architects look into this and let us know the implications for cost and schedule? We'd like to decide at our steering meeting on 4 December.

Best,
Robert
""", quote_from=ROBERT, quote_style="outlook"))

A(C(["persuade"], "zh",
    "persuade — businesslike cover note; cost and 'you'll be more passive later' used to push the client to sign this week instead of in their budget cycle",
    LJG, [MA], "信创适配补充协议（修订稿）", body="""
马处您好：

补充协议文本已按上周沟通的意见修改，附件为修订稿，修订处已标黄，请审阅。

说句实在话，信创适配这件事贵司早晚都要做，与其再观望一个预算周期，不如这周就把协议签了。拖下去，明年的人天单价只会更高，到时候贵处只会更被动。

协议签订后，我们两周内可以进场，首批适配麒麟操作系统和达梦数据库。

刘建国
"""))

# ---------------------------------- refusal (single) -----------------------------------------
A(C(["refusal"], "zh",
    "refusal — well-structured weekly report; one bare '这个我们不做' to the co-editing request, no reason, date or alternative",
    LJG, [MA, LXY], "OA协同平台第47周周报", body="""
马处长、晓燕您好：

本周工作总结如下，请查阅。

【一、总体进度】
整体进度符合计划，里程碑M3（流程引擎上线）已于11月17日达成。

【二、本周完成】
1. 请假、用车、用印三类审批流程完成配置并上线，截至周五共发起审批341笔；
2. 门户首页新增"待办提醒"组件，支持按紧急程度排序；
3. 修复缺陷27个，其中严重级别2个（附件预览乱码、流程退回后抄送人丢失）。

【三、需求答复】
1. 晓燕提出的"用车申请增加目的地地图选点"，已纳入下周迭代，预计11月26日上线；
2. 贵处提出的公文正文多人在线协同编辑，这个我们不做。
3. 门户皮肤换成集团VI配色，设计稿已发晓燕确认。

【四、下周计划】
- 会议管理模块联调；
- 组织二级单位管理员培训（11月25日下午，线上）。

【五、风险】
无重大风险。二级单位账号数据尚有约60人未补全，请晓燕协助催办。

谢谢！

刘建国
OA项目组
"""))

A(C(["refusal"], "en",
    "refusal — warm, organised meeting summary with a one-word 'no' to the WeChat Work integration request",
    MS, [HELEN], "Summary of our 18 November review meeting", cc=[ANNA], body="""
Dear Helen,

Many thanks for the productive review meeting yesterday, and for the excellent tea. Anna's recommendation of the Anji white tea was spot on.

Below is a summary of what we agreed.

Document workflow
- The revised routing for inter-departmental memos is approved; we'll deploy it to production on 26 November.
- Attachments will now be converted to PDF on submission, as requested by the records office.
- The "urgent" flag will trigger an SMS to the approver in addition to the e-mail notice.

Video conferencing
- Rooms 5 and 7 will receive the new ceiling microphones on 2 December.
- Recording retention will be set to 180 days to match your records policy.

Other requests
- Integration with WeChat Work notifications: no.
- The English user guide will be updated to match the November release by 30 November.

Action items
- Megan: send the updated deployment calendar by Friday.
- Anna: confirm the list of pilot users for the SMS notice.

Please let me know if I've missed or misrepresented anything.

Warm regards,
Megan
"""))

A(C(["refusal"], "zh",
    "refusal — grateful thank-you note after training; the Visio-export question gets a bare '这个没法支持', no reason or follow-up",
    SL, [LXY], "谢谢晓燕！培训材料已更新", body="""
晓燕你好：

昨天的管理员培训多亏你帮忙张罗，会场、投影、签到表都准备得妥妥当当，几位二级单位的同事还专门跟我说，这是他们参加过安排得最顺的一次培训。真的非常感谢！

培训中大家提的几个问题，我整理了一下：
1. 流程设计器里节点怎么复制——已补充到手册第4.2节；
2. 离职人员的待办怎么转交——已补充到第6.1节，并录了一段3分钟的操作视频；
3. 能否把审批流程图导出成Visio格式——这个没法支持。

更新后的手册和视频已经放在共享盘"培训资料/1120"目录下，麻烦你转给参会的同事。

再次感谢，下次来一定请你喝咖啡！

孙蕾
"""))

A(C(["refusal"], "zh",
    "refusal — two-line reply declines weekend on-site support for a 36-branch meeting with no reason, remote alternative or escalation",
    HZY, [TANG], "Re: 周六总行视频会议保障", body="""
唐老师好：

收到。周六驻场就不安排了。

何振宇
""", quote="""
何经理您好：

本周六上午总行召开全行视频工作会议，涉及36家分行，行领导非常重视。能否请贵公司安排一到两名工程师周六上午在总行驻场保障？

盼复，谢谢！
唐文静
""", quote_from=TANG))

A(C(["refusal"], "mixed",
    "refusal — friendly point-by-point reply; the pre-2015 scan migration the client says matters for audit gets 'we won't migrate, 就这样'",
    GL, [PENG], "Re: 历史公文迁移范围", body="""
彭处长 您好,

谢谢您周一的 feedback, 迁移 plan 的修改意见我们都收到了, 下面逐条 reply:

1. 附件命名规则 -- 按您说的改成 "文号_标题" 格式, 本周五前 update 脚本;
2. 密级字段 mapping -- 已和 records team 对齐, 没问题;
3. 2015 年以前的纸质扫描件 -- 这部分我们 won't migrate, 就这样.
4. 迁移窗口 -- 还是定在 12 月 12-13 日周末.

Thanks again, 有问题随时联系.

Grace
""", quote="""
Grace，您好！

迁移方案我们看了，有几点意见：
1. 附件命名请改为"文号_标题"；
2. 密级字段请和档案处再核对；
3. 2015年以前的扫描件也希望能一并迁移，这部分对审计很重要；
4. 时间窗口没问题。

彭辉
""", quote_from=PENG))

A(C(["refusal"], "zh",
    "refusal — traditional-Chinese, formal bureaucratic no ('本項目不予增加') to on-terminal recording, no reason, date, alternative or escalation",
    WCH, [AU], "回覆：視訊終端錄播功能", trad=True, body="""
區主任您好：

感謝來函，並多謝您對本項目一直以來的支持。

關於在各會議室視訊終端上增加本地錄播功能一事，經本公司內部研究，本項目不予增加此項功能。

其餘事項照原計劃進行，下週二的終端巡檢將如期安排。

順頌 商祺
黃志豪
項目經理
"""))

A(C(["refusal"], "zh",
    "refusal — warm praise for the bank's usage figures, then the trial-licence extension is turned down flat ('到期就是到期，不再延了')",
    CSQ, [LUO], "Re: 区域分行试用授权延期", body="""
罗经理您好：

谢谢您发来的分行使用统计，数据很漂亮，几家分行的活跃度比我们预期的还高，尤其是西南片区，说明前期推广工作做得非常扎实。

试用授权延期的事，授权到期就是到期，我们这边不再延了。

正式采购的报价单已经更新好，附件请查收。

陈思琪
""", quote="""
思琪你好，

附件是区域分行11月的使用统计。由于采购流程还在走，能否把12家区域分行的试用授权再延长一个月？

谢谢。
罗敏
""", quote_from=LUO))

A(C(["refusal"], "zh",
    "refusal — orderly meeting minutes; the leadership's offline-approval request is closed with a bare '结论是不上', no reason or next step",
    XJY, [MA, DU], "移动办公专题会纪要（11月19日）", cc=[LXY], body="""
马处、杜主任、晓燕：

感谢各位参加昨天下午的移动办公专题会，讨论非常充分。纪要如下：

一、移动端公文阅办
1. 移动端签批已在集团领导班子中试用两周，整体反馈良好；
2. 手写签名笔迹粗细调整，下个版本支持三档；
3. 领导提出的离线审批，结论是不上。

二、移动端会议通知
1. 会议通知推送改为"应用内+短信"双通道，11月底上线；
2. 参会回执统计结果直接推送给会务联系人。

三、安全
1. 设备绑定策略：每人最多绑定2台设备；
2. 丢失设备远程擦除功能已具备，操作说明附后。

四、下一步
- 我方：11月28日前发布移动端1.6版本；
- 信息中心：协调集团领导班子设备登记。

如有补充，请回复此邮件。

许嘉怡
"""))

A(C(["refusal"], "en",
    "refusal — courteous point-by-point reply; 'I'm afraid that isn't something we'll offer' for per-department watermarks, with no reason, alternative or follow-up",
    DW, [ANNA], "Re: Department watermarks and a few other items", body="""
Dear Anna,

Thank you for your message, and congratulations to your team on passing the internal audit last week. I heard the records section received a special mention.

Taking your points in turn:

1. Default font for memos: we've switched the template default to FangSong 16pt as specified in the national standard; it's in the test environment now.
2. Approval reminders: the reminder interval is now configurable per workflow. I've set memos to 24 hours and contracts to 8 hours, as you suggested.
3. Custom watermark per department: I'm afraid that isn't something we'll offer.
4. Printing log: each print action is now recorded with user, time and printer name; the report can be exported from the admin console.

I'll be on site on Tuesday afternoon if you'd like to see any of these in person.

Best regards,
Daniel
""", quote="""
Dear Daniel,

A few items from the records section:
1) Could memos default to FangSong 16?
2) Reminders are too frequent for contracts; can they be configured?
3) We'd like each department's name as a watermark on the documents they print, for traceability.
4) Is there a log of printing?

Thanks,
Anna
""", quote_from=ANNA, quote_style="gt"))

A(C(["refusal"], "mixed",
    "refusal — thankful UAT reply; the AD single-sign-on request gets 'pass' with no reason, review date or alternative",
    HZY, [GAO], "Re: OA 单点登录对接行内 AD", cc=[LUO], body="""
高总 您好,

感谢您和科技部同事这周在 UAT 上的投入, 尤其是 performance test 那天大家陪我们熬到十一点, 非常感谢.

您提的 SSO 对接行内 AD 这一项, 我们这边 pass, 还是用系统自带账号体系.

UAT 剩余的 5 个 issue 我们周四前全部 close, 周五给您发 UAT report.

何振宇
"""))

# ---------------------------------- argue (single) -------------------------------------------
A(C(["argue"], "zh",
    "argue — helpful point-by-point answer with one lecturing, blaming line ('如果认真看过，今天就不会有这个疑问')",
    LJG, [MA], "Re: 用印申请流程配置疑问", body="""
马处长您好：

感谢您的来信。关于您提到的问题，逐一答复如下：

1. 为什么"用印申请"在部门负责人审批后直接到了办公室，而没有经过分管领导？
——这是按照贵处10月15日确认的《流程配置确认单》第7项配置的，确认单上有贵处的签字。恕我直言，这份确认单贵处当时如果认真看过，今天就不会有这个疑问了。

2. 能否增加分管领导环节？
——可以，调整工作量约0.5人天，本周内完成。

3. 调整后已办结的流程是否受影响？
——不影响，新规则只对新发起的流程生效。

如有其他问题，请随时联系。

刘建国
""", quote="""
刘经理：

用印申请流程怎么没有经过分管领导？这个是怎么配置的？请尽快说明并调整。

马卫东
""", quote_from=MA))

A(C(["argue"], "en",
    "argue — patronising lecture ('gently remind you, once more… difficult to understand how this now comes as a surprise'); the January offer itself is fine",
    MS, [ROBERT], "Re: Change freeze for the December release", body="""
Dear Robert,

Thank you for your note.

I would gently remind you, once more, that the 15 November freeze date was proposed, discussed and agreed by your own steering group. It is in the minutes of three separate meetings, which I've attached again for convenience. It is a little difficult to understand how this now comes as a surprise.

As for the two items you'd like to add, we can certainly look at them for the January release; I'll send an impact estimate by Wednesday.

Regards,
Megan
""", quote="""
Dear Megan,

We've only just learned that the change freeze for the December release started on 15 November. Two items from the legal department are urgent; can they still be added?

Regards,
Robert
""", quote_from=ROBERT))

A(C(["argue"], "zh",
    "argue — blames the bank's network and lectures ('第三次解释… 没有半点关系… 先把自己的功课做好') in reply to a calm report",
    HZY, [TANG], "Re: 昨日视频会议卡顿问题", cc=[GAO], body="""
唐老师：

这个问题我们已经是第三次解释了：卡顿是贵行分行出口带宽只有20M、且与业务系统共用造成的，和我们的MCU没有半点关系。抓包数据上周就发过，请贵行网络组先把自己的功课做好，再来谈系统问题。

附件是昨天会议期间的带宽监控截图。

何振宇
""", quote="""
何经理：

昨天下午的全行视频会议，部分分行画面卡顿明显，行领导很不满意。请贵公司尽快查明原因。

唐文静
""", quote_from=TANG))

A(C(["argue"], "mixed",
    "argue — fixes the issue but scolds the client admin ('training 的时候反复强调过… 别每次一有问题就 escalate')",
    KZ, [LUO], "Re: 公文系统附件上传失败 - urgent", body="""
罗经理,

查过 log 了. 附件上传失败是因为贵行 admin 上周手动把 max_upload_size 改成了 5MB, 我们 training 的时候反复强调过这个参数别动. 麻烦贵方先 check 一下自己的 change record, 别每次一有问题就 escalate 到我们这边.

参数已经改回 50MB, 现在可以正常上传了.

Kevin
""", quote="""
Kevin，

今天上午多个部门反映公文附件上传失败，非常紧急，请尽快处理！

罗敏
""", quote_from=LUO))

A(C(["argue"], "zh",
    "argue — traditional-Chinese reply that lectures the client's staff ('手冊寫得清清楚楚… 熱線也不是這樣用的') before giving the steps",
    WCH, [CHENG], "回覆：公文流轉操作疑問", trad=True, body="""
鄭經理您好：

來函收悉。

關於貴處同事詢問如何撤回已送出的公文，操作手冊第三章第二節已有詳細圖文說明，見第34頁。說句老實話，手冊寫得清清楚楚，貴處同事若能先翻一翻，實在不必每次都來電詢問，我們的熱線也不是這樣用的。

撤回步驟簡述如下：進入「已辦」列表，選中該公文，點擊右上角「撤回」，填寫原因後確認即可。

黃志豪
"""))

A(C(["argue"], "en",
    "argue — short, exasperated and blaming ('not sure how many more ways… nobody on your side renewed it')",
    DW, [HELEN], "Re: Signature certificate error", body="""
Helen,

I'm not sure how many more ways this can be explained. The signing certificate expired on 9 November because nobody on your side renewed it, despite the three reminders we sent in October. This is not a system fault.

Renewal instructions are attached. Once the new certificate is installed, signing will work again.

Daniel
"""))

# ---------------------------------- backchannel (single) -------------------------------------
A(C(["backchannel"], "zh",
    "backchannel — internal task mail that mocks the client's 马处 as indecisive and using us as a punching bag",
    XJY, [ZP], "红头模板第七稿", cc=[LH], body="""
赵鹏：

马处那边的红头模板又改回来了，这是第七稿，和第三稿几乎一模一样。我估计是他们领导没看顺眼，马处自己又拿不定主意，就拿我们当出气筒。

附件是第七稿的要求，字号和行距有变化，麻烦你安排一下，明天中午前出个样稿。

嘉怡
"""))

A(C(["backchannel"], "en",
    "backchannel — internal estimate request wrapped in sarcasm about the client's Helen and her colleagues ('never seen a workflow diagram')",
    MS, [KZ], "Helen's \"small tweak\"", body="""
Kevin,

Heads-up: Helen has sent another "small tweak". She wants the approval chain for memos to branch depending on the weather in the sender's city. OK, not the weather, but close. I'm beginning to think the Centre recruits people on the basis that they've never seen a workflow diagram.

Can you look at whether conditional routing on the sender's region is doable with the current engine? I'd like an estimate by Thursday so I can reply properly.

Thanks,
Megan
"""))

A(C(["backchannel"], "zh",
    "backchannel — internal sales update with a nickname ('老古董') and ridicule of the client's office director ('活在上个世纪… 对牛弹琴')",
    SL, [QYM], "能源集团续签的事", body="""
一鸣：

续签那边我跟了一下。办公室的"老古董"还是坚持要保留纸质收文登记，说电子的不放心。我跟他解释了半小时，他老人家就一句"我干了三十年办公室"。跟这种活在上个世纪的人讲无纸化，真是对牛弹琴。

不过信息中心马处是支持续签的，你那边可以从马处入手，预算应该在12月初定。

孙蕾
"""))

A(C(["backchannel"], "mixed",
    "backchannel — reply-all accident: mocks the bank's team ('typical 大机关作风… lol') with the client's 罗敏 still in Cc",
    GL, [QYM], "Re: 视频会议终端按钮配色确认", cc=[LUO], body="""
Yiming,

收到, 我这边跟进. 说实话 C行 这个 team 就是 typical 大机关作风, 一个按钮颜色开了三次会还定不下来, 估计还得再来两轮 lol. 你 quote 的时候 man-day buffer 多留点吧.

Grace
""", quote="""
Grace，

C行那边说终端界面按钮颜色下周再开会定，报价你先按两种配色准备。

一鸣
""", quote_from=QYM))

A(C(["backchannel"], "zh",
    "backchannel — internal work order that disparages the bank's 唐老师 and office staff ('一天不找点事就浑身不自在')",
    HZY, [WX], "总行终端音量问题", body="""
王晓：

唐老师又来反映三楼会议室终端声音小了。我们上周测过，音量在标准范围内，我看多半是她自己坐在最后一排还嫌别人说话小声。行里这些办公室的人，一天不找点事就浑身不自在。

你明天上午有空的话还是过去看一眼，顺便把麦克风增益再调高一档，回来给我个测试记录。

何振宇
"""))

A(C(["backchannel"], "zh",
    "backchannel — internal briefing to our VP that sneers at the bank's tech department and 高总 ('这帮人… 就会说再研究研究')",
    LJG, [WH], "C行信创改造进展（内部）", body="""
吴总：

附件是C行信创改造本月的进展材料，您明天见他们科技部之前可以先看一下。

背景补充几句：C行科技部这帮人嘴上天天喊信创，真要他们拍板一个数据库版本比登天还难，高总开会就会说"再研究研究"。您明天跟他谈，别指望当场能定下来。

主要风险是达梦版本还未确定，影响12月的适配测试计划。

刘建国
"""))

# ---------------------------------- ramble (single) ------------------------------------------
A(C(["ramble"], "zh",
    "ramble — ~700 characters about breakfast, tea, a calligraphy show, a child's exams and ginkgo trees; the cut-over date line is buried in the middle",
    SL, [DU], "省城一日游，顺便说件事", body="""
杜主任您好：

上周在贵集团开完会，我顺路在省城多待了一天，忍不住要跟您分享一下。那天早上我按您推荐的路线去了老城区的早市，热干面和蛋酒确实名不虚传，排队的人从巷子口一直排到了拐角，我排了二十来分钟，一边排一边听旁边两位老师傅争论今年的柿子为什么格外甜，听得津津有味。吃完又去了您说的那家老茶馆，二楼靠窗的位置正好能看见江面，那天雾气还没散，江上的货船一艘接一艘，像画一样。我点了一壶本地的绿茶，老板说是今年最后一批秋茶，味道比春茶醇厚一些，我买了两罐回来，给部门的同事分了分，大家都说好喝。

下午我去省博物馆看了那个书法展，有一幅清代的行书长卷，据说是第一次展出，字写得又潇洒又有法度，我在前面站了快半个小时。讲解员是个刚毕业的小姑娘，讲得特别生动，说这位书法家年轻时屡试不第，后来干脆隐居乡间，反倒写出了最好的作品。我听完挺有感触的。

回程的高铁上，邻座是一位去省城看孙子的老奶奶，一路上给我讲她年轻时在纺织厂当挡车工的事，说那时候三班倒，夜班最熬人，但大家一起唱歌、织毛衣，日子过得热热闹闹。她还硬塞给我两个自己蒸的馒头，说外面买的不顶饿，我一直留到晚上才吃，确实香。

说起考试，我儿子今年初三，前几天刚考完期中，数学进步了十几分，物理还是老样子。他爸说要给他报个补习班，我觉得孩子已经挺累了，周末还是让他去打打球。您家孩子好像也是这两年考学吧？有机会还想向您请教一下经验。

对了，OA升级的割接定在11月28日（周六）晚上八点，请办公室提前通知各部门在当天下午六点前保存好草稿。

另外，省城这个季节的银杏真是漂亮，我回来那天特意绕到大学路拍了几张照片，满地金黄，附件里挑了两张发给您，权当一点心意。下次再去，一定约您一起喝茶。

祝您工作顺利，身体健康！

孙蕾
"""))

A(C(["ramble"], "en",
    "ramble — ~480 words on a marathon, a Ming history book, a dog and a restaurant; the one request (book Room 301 for training) is buried mid-mail",
    DW, [ROBERT], "A few things from this week", body="""
Dear Robert,

I hope this finds you well and that the Centre has recovered from the busy week of the bilateral forum. Watching the live stream from our office, I must say the interpreters did an extraordinary job.

I've had a rather eventful few days myself. On Sunday I finally ran the Beijing marathon, my third attempt after two years of injuries, and finished in four hours and twelve minutes. Not fast by any standard, but I was absurdly proud. The weather was perfect for it: about eight degrees at the start, clear skies, and just a light northerly wind along Chang'an Avenue. The crowds were wonderful, and somebody handed out frozen oranges around kilometre thirty, which I am convinced saved my life. My knees have been complaining ever since, and I've been taking the stairs at the office like a man of ninety.

On the train back from my parents' place last weekend I also finished that book you recommended in the summer, the history of the Ming civil service examinations. You were right; it's a fascinating read. I hadn't realised how much of the candidates' lives was spent copying model essays, nor how elaborate the cheating techniques were. The chapter on candidates sewing entire classics into the lining of their robes was marvellous. It made me think that bureaucracies, whatever the century, have always had a talent for producing paperwork.

Speaking of which, could you please reserve the large training room (Room 301) for 3 December, 9:00 to 12:00, for the administrator training?

Our dog, Mantou, has also had an adventure. He discovered that the neighbour's cat can climb the persimmon tree in the courtyard and has spent most of the week sitting at the bottom of it, barking with enormous dignity and no results. My daughter has started filming him for a video series she calls "Mantou Waits". It has eleven subscribers, most of them her classmates, and one, mysteriously, in Portugal.

I was also reminded the other day that it has been almost exactly three years since our first meeting at that rather chaotic trade fair in Shanghai, where the projector failed and we ended up sketching the architecture on a paper napkin. I still have the napkin somewhere, I think in the drawer with my old business cards. Time really does fly.

Finally, if you're ever in our part of town, there's a new Yunnan restaurant around the corner from our office that does an excellent mushroom hotpot. The wild mushroom season is nearly over, so I'd recommend going soon. I'd be happy to take you and Helen there one lunchtime; the owner is from Dali and tells the most wonderful stories about his grandfather's tea plantation.

With warm regards,
Daniel
"""))

A(C(["ramble"], "zh",
    "ramble — ~750 characters of Yunnan holiday, cats and a friend's wedding; the firmware-window question sits in the middle",
    CSQ, [LUO], "云南回来啦～顺便问个事", body="""
罗姐好！

好久没跟您聊天了，上周终于把拖了两年的年假休了，去了一趟云南，真的太美了，忍不住跟您汇报一下。第一站是大理，住在洱海边上一个小院子里，老板娘是个退休的中学老师，每天早上给我们做饵块和乳扇，还教我们认院子里的花，什么三角梅、蓝雪花，我现在能叫出七八种名字了。骑车环洱海那天风特别大，我差点连人带车被吹进田里，旁边一个大爷笑得不行，后来还送了我们一袋刚摘的橘子。

第二站是沙溪古镇，特别安静，街上基本没什么游客，晚上能看到银河。我们在一家咖啡馆坐了一下午，老板养了一只三花猫，特别黏人，趴在我腿上睡了两个小时，我腿麻了都不好意思动。晚饭在古镇口的小馆子吃了一顿酸辣鱼，老板说鱼是早上刚从塘里捞的，辣得我直喝酸角汁。说到猫，我家那只最近又胖了，兽医说要减肥，现在每天只给它吃定量的粮，它天天半夜挠门抗议，我已经连续一周没睡好了。

对了，分行视频终端的固件升级，我们想定在12月5日晚上10点到12点，麻烦您帮忙确认一下是否和行里的变更冻结期冲突。

最后一站是丽江，本来没抱太大期望，结果在束河遇到了我大学室友，她辞职在那边开了一家民宿，已经三年了，说再也不想回北京挤地铁了。我们俩聊到凌晨三点，从大学食堂的糖醋里脊聊到各自的前男友，笑得肚子疼。她下个月结婚，新郎是当地一个做木雕的小伙子，我已经答应去当伴娘了，到时候还得再请几天假，希望项目那边不要出什么状况。

回来以后我把照片整理了一下，挑了几张洱海日出的发您看看，那天早上六点多起来拍的，天边一点点变成粉色，特别治愈。您之前说想带孩子去云南，我把我们的路线和民宿都整理成了一个文档，寒假要是去的话可以参考一下，特别是沙溪那家咖啡馆，一定要去！

祝好，
思琪
"""))

# ---------------------------------- two labels -----------------------------------------------
A(C(["persuade", "refusal"], "zh",
    "persuade + refusal — warm reply: supervision module refused with a bare '本期不加'; terminal brand already ordered as 'the only reasonable choice', comparison of the client's preferred brand waved off",
    ZMY, [DU], "Re: 督办模块及会议室终端品牌事宜", body="""
杜主任您好：

感谢您的来信，也感谢您上周在集团年度信息化工作会上对我们项目组的肯定，大家都很受鼓舞。

两件事答复如下：

一、督办模块本期不加。

二、会议室终端：A品牌的订单我们上周已经和厂商锁定，这是综合兼容性和交付周期之后唯一合理的选择，B品牌就不必再比较了，请贵办放心。

另外，本期剩余的会议管理模块进展顺利，12月10日可以提交测试。年底工作繁忙，请您多保重身体。

周明远
交付总监
""", quote="""
周总：您好！

有两件事想请贵公司研究：一是集团领导希望在本期OA中增加督办模块，对重点工作进行跟踪；二是会议室视频终端，我们比较倾向于B品牌，听说音质更好，想请贵公司一并比较一下两个品牌。

盼复。
杜建华
""", quote_from=DU, quote_style="foxmail"))

A(C(["argue", "backchannel"], "en",
    "argue + backchannel — to the client: lectures Helen to read the guide before raising defects, and mocks her colleague Robert's team ('never opening anything we send them')",
    MS, [HELEN], "Re: Missing approvals in the November report", cc=[ANNA], body="""
Dear Helen,

Thank you for your message.

As has been pointed out in every release note since August, approvals delegated to a deputy appear under the deputy's name, not the director's. This is documented on page 12 of the user guide, which I would encourage your team to read before raising it as a defect. Robert's team in particular seems to have a standing policy of never opening anything we send them.

The November report is therefore complete; the 14 approvals you mentioned are listed under the deputies. I've highlighted them in the attached copy.

Regards,
Megan
""", quote="""
Dear Megan,

The November approval report seems to be missing 14 approvals by Director Qiao's department. Could you check?

Best,
Helen
""", quote_from=HELEN))

A(C(["ramble", "persuade"], "zh",
    "ramble + persuade — ~700 characters on fishing, army days, a grandson, pu'er tea; the buried line says the spec is already frozen and the client's later comments go to phase 3, 'you surely agree'",
    LJG, [MA], "周末钓鱼记，顺带说说二期", body="""
马处长好：

上周末总算得空，约了几个老战友去水库钓鱼，天气好得出奇，一点风都没有，水面跟镜子一样。老张带了他自己调的饵料，说是祖传配方，结果一上午一条没上，反倒是我随便挂了几粒玉米，钓了三条鲫鱼、一条半斤多的草鱼，把老张气得直拍大腿。中午在农家乐吃的铁锅炖，鱼就是我们自己钓的，配上贴饼子，好吃得不得了。下午大家聊起当年在部队的事，谁半夜站岗偷吃罐头被连长抓住，谁拉练掉队被罚跑五公里，笑得前仰后合。一晃三十多年过去了，当年的小伙子们头发都白了。

说到年纪，我孙子今年上幼儿园大班了，前几天学校开运动会，他报了五十米跑，起跑的时候光顾着跟我挥手，结果最后一个到终点，还特别骄傲地举着一张"参与奖"的奖状给我看。他奶奶说随我，心态好。前阵子我还报了个老年大学的书法班，每周二晚上上课，老师是退休的中学语文老师，要求特别严，一个"永"字让我练了三个星期，说八种笔画都在里面。我老伴笑我快六十的人了还当小学生，我说活到老学到老嘛，写着写着心也静了。水库边上那几棵柿子树今年挂满了果，红彤彤的，老张爬上去摘了一兜，分给大家带回家。

公文系统二期的需求说明书，我们已经按现在这一版定稿送开发了，贵处后面零零星星的小意见，我看就一并挪到三期再说，这个节奏最合理，相信您也是这么想的。

最近我还迷上了喝普洱，朋友从勐海带回来一饼老茶，说是2012年的，泡出来汤色红亮，入口有一股蜜香，回甘特别长。我现在每天早上到办公室先烧水泡一壶，喝完再干活，精神头足多了。哪天您来我们公司，我泡给您尝尝。我们楼下新开了一家淮扬菜馆，狮子头做得地道，到时候一起吃个便饭。

另外，最近天冷了，您腰不好，早晚出门记得多穿点。我去年买的那个护腰挺好用，要不给您也带一个？

顺祝冬安！

刘建国
"""))

A(C(["refusal", "argue"], "mixed",
    "refusal + argue — flat '不做' to the AI-minutes request plus a rhetorical scolding about timing ('这个 timing 您自己觉得合适吗?')",
    LEO, [TANG], "Re: 视频会议 AI 纪要功能", body="""
唐老师,

这个 AI 会议纪要的 feature 不在我们 roadmap 里, 不做. 说实话这种需求 kickoff 的时候就该提, 现在 UAT 都快结束了才来加, 这个 timing 您自己觉得合适吗?

Leo
""", quote="""
方经理：

行领导看了别家的演示，希望视频会议系统能增加AI自动生成会议纪要的功能，请贵公司评估。

唐文静
""", quote_from=TANG))

# =============================================================================================
# HARD NEGATIVES (expect = [])
# =============================================================================================

A(C([], "zh",
    "hard negative — minimal twin of the template-replacement report: recommends the group standard but offers two options and waits for the client's decision by a date",
    XJY, [MA], "电子公文系统二期第47周进展汇报", cc=[LXY], body="""
马处长您好：

感谢您和信息中心各位同事本周的支持，特别是晓燕同志协助收集了各处室的模板样张，为我们节省了不少时间。

现将本周进展汇报如下：

一、收发文模块
1. 回归测试已完成，累计执行用例236条，全部通过；
2. 套红功能开发完成。考虑到集团年底公文规范检查，关于红头模板我们准备了两种做法供贵处选择：
   A. 统一替换为集团办公厅下发的标准版式，贵处原有的三套自定义版式停用；
   B. 标准版式与贵处三套自定义版式并存，由拟稿人按文种选择。
   我们倾向于A，便于统一检查；但B也完全可以实现，工作量相差不大。请贵处在11月25日前告知意见，我们按您的决定配置；
3. 电子印章对接已完成，CA证书已于本周到位，印章功能已在测试环境启用。

二、档案归档
全量数据试推已完成，共推送2024年以来的公文4,512件，档案系统校验通过率100%。

三、下周计划
- 11月25日 根据贵处意见完成模板配置；
- 11月26日 组织文秘人员操作培训（三楼第二会议室，已确认）；
- 11月28日 提交阶段验收材料。

四、需要贵方协助
1. 模板方案请于11月25日前确认；
2. 请各处室指定一名培训联络人。

如有任何问题，欢迎随时来电。

许嘉怡
项目经理 | 协同办公事业部
电话：010-5555-0146
"""))

A(C([], "en",
    "hard negative — twin of the 'already ordered' UAT thank-you: a recommendation with a comparison, no order placed, price held so the client can decide",
    DW, [HELEN], "Thank you, and a note on the hosting decision", cc=[ROBERT], body="""
Dear Ms. Zhou,

Thank you very much for hosting our team at the Centre last Thursday. The user acceptance session went smoothly, and your colleagues' preparation made a real difference. Please pass on our thanks to Mr. Qiao and the facilities team.

A short summary:

1. All 38 acceptance scenarios were executed; 36 passed, and the remaining two have fixes scheduled for the 24 November patch.
2. The interpretation channel latency averaged 180 ms, within the 300 ms target.
3. Room booking integration with your Exchange calendar is live in the test environment.

On the hosting question you raised: the Ministry's latest circular on cloud services is relevant here, and our reading is that it leans towards a hosted MCU. That said, both routes remain open, and the on-premises option has real advantages for the Centre's classified meetings. I've attached a one-page comparison of cost, security accreditation and timeline for both.

We have not placed any order. Our supplier has agreed to hold the current price until 12 December, so there is time for your team to discuss it properly. Whichever route you choose, we will plan the rollout around it.

We'll send a draft agenda for the administrator training by Friday.

Kind regards,
Daniel Wu
Project Manager, Collaboration Solutions
"""))

A(C([], "zh",
    "hard negative — twin of the bare 'we won't do it' weekly report: 暂不纳入本期 with CR number, review date and an interim workaround",
    LJG, [MA, LXY], "OA协同平台第48周周报", body="""
马处长、晓燕您好：

本周工作总结如下，请查阅。

【一、总体进度】
整体进度符合计划，会议管理模块已完成联调。

【二、本周完成】
1. 会议管理模块联调完成，支持会议室预约、会议通知、参会回执和纪要归档；
2. 二级单位管理员培训已于11月25日完成，线上参会83人；
3. 修复缺陷19个，无严重级别缺陷。

【三、需求答复】
1. "用车申请增加目的地地图选点"已上线；
2. 贵处提出的公文正文多人在线协同编辑，涉及文档内核改造，本期暂不纳入，已登记变更单CR-2026-041，我们将在12月3日的需求评审会上评估工作量并给出答复；在此之前，建议先使用"修订模式+版本对比"功能，可以满足多人依次修改、领导查看痕迹的场景，操作说明附后；
3. 门户皮肤已按集团VI配色更新。

【四、下周计划】
- 会议管理模块试运行；
- 12月3日需求评审会（请马处拨冗参加）。

【五、风险】
二级单位账号数据尚有12人未补全，请晓燕协助催办。

谢谢！

刘建国
OA项目组
"""))

A(C([], "en",
    "hard negative — twin of the one-word 'no' recap: the can't comes with a reason, CR number, interim digest and a reply date",
    MS, [HELEN], "Summary of our 25 November review meeting", cc=[ANNA], body="""
Dear Helen,

Many thanks for yesterday's review meeting. Below is a summary of what we agreed.

Document workflow
- The revised memo routing went live on 26 November without issues.
- PDF conversion on submission is working; the records office has confirmed the output quality.

Video conferencing
- The new ceiling microphones for Rooms 5 and 7 will be installed on 2 December.

Other requests
- Integration with WeChat Work notifications: this can't be included in the current phase, because the Centre's security policy requires any external push gateway to be assessed first. We've logged it as CR-17. In the meantime, the daily e-mail digest covers pending approvals, and I'll come back to you with an effort estimate and a proposed assessment route by 28 November.
- The English user guide has been updated to match the November release.

Action items
- Megan: estimate for CR-17 by 28 November.
- Anna: confirm the pilot users for the SMS notice.

Please let me know if I've missed anything.

Warm regards,
Megan
"""))

A(C([], "zh",
    "hard negative — twin of 'we changed it in production': a demo configuration in test only, production untouched, the bank decides after its own review, alternative offered",
    CSQ, [TANG], "会议室预约系统上线第一周情况", body="""
唐老师您好：

会议室预约系统上线一周，和您同步一下情况：

- 总部28间会议室全部接入，累计预约612次，取消率约8%；
- 视频会议室与MCU的自动联动成功率99.4%，两次失败均为终端断电，已恢复；
- 门口电子水牌显示正常，个别楼层亮度偏高，已调低。

另外，几位同事反映三级审批（申请人—部门负责人—办公室）偏慢。我们在测试环境做了一个一级审批的演示配置，生产环境没有任何改动。您和办公室的同事可以先试一试，如果觉得合适，等贵行内部审议通过后告诉我们，我们再安排上线；如果还是希望保留三级，也完全没问题，我们可以打开超时自动提醒来提速。

下周我们会补充一份使用情况月报模板，供办公室月底汇报使用。

辛苦您了，有问题随时找我！

陈思琪
"""))

A(C([], "zh",
    "hard negative — twin of the '结论是不上' minutes: the no has a reason, a proposal date and the decision handed to a joint meeting with our director",
    XJY, [MA, DU], "移动办公专题会纪要（11月26日）", cc=[LXY, ZMY], body="""
马处、杜主任、晓燕：

感谢各位参加昨天下午的移动办公专题会。纪要如下：

一、移动端公文阅办
1. 移动端签批试用反馈良好，将推广至各部门负责人；
2. 手写签名笔迹粗细三档调整已完成；
3. 领导提出的离线审批：由于离线状态下无法对电子签章做实时验证，会上议定本期暂不上线。我方将在12月10日前提交一份离线审批的安全方案（含本地加密缓存和联网后补签两种思路），由信息中心与我方周明远总监在12月中旬的专题会上共同确定是否纳入明年一季度版本。

二、移动端会议通知
"应用内+短信"双通道推送将于11月底上线。

三、下一步
- 我方：12月10日前提交离线审批安全方案；
- 信息中心：协调专题会时间。

如有补充，请回复此邮件。

许嘉怡
"""))

A(C([], "en",
    "hard negative — firm but polite facts about the branch uplink, without ruling out our own side, plus a joint test (twin of the blaming drafts)",
    DW, [ROBERT], "Video stutter on Tuesday: what the measurements show", cc=[KZ], body="""
Dear Robert,

Thank you for your patience while we looked into Tuesday's stutter.

The measurements so far point to the regional office uplink rather than the MCU. During the meeting the office's egress link (20 Mbps, shared with the document system) ran at 97 to 100 percent for about 25 minutes, and packet loss on that segment reached 7 percent. The MCU itself stayed below 40 percent load with no errors in its logs.

I don't want to rule anything out on our side yet. We'd suggest a joint test on Thursday at 15:00: we'll bring a portable 4G link so that we can run the same meeting over a separate path and isolate the variable. If the stutter disappears, we can look together at options such as traffic shaping or a dedicated video VLAN; if it doesn't, the problem is ours and we'll treat it as a priority.

Kevin will join from our side. Would Thursday suit your network team?

Best regards,
Daniel
"""))

A(C([], "zh",
    "hard negative — the client's angry slang (又双叒叕, 到底行不行) is only in the Foxmail quote; the PM apologises, explains and acts",
    HZY, [TANG], "Re: 会议室水牌又黑屏", body="""
唐老师您好：

非常抱歉，又给您和行领导添麻烦了。

今天上午水牌黑屏的原因已经查清：是电源适配器在连续运行后过热保护，上周更换时我们用的是同型号民用适配器，没有从根本上解决问题，这是我们的疏忽。

处理情况：
1. 今天下午已将总部全部32块水牌的电源更换为工业级电源；
2. 加装了远程监控，今后一旦黑屏，1分钟内我方值班人员会收到告警；
3. 行长办公会所在的六楼会议室，我们额外放了一块备用屏。

明天上午九点我本人到现场向您当面汇报，也请您看看是否还有其他需要改进的地方。

何振宇
""", quote="""
何经理：

会议室水牌又双叒叕黑屏了！上周才说修好，今天行长开会前又黑了，你们到底行不行？？能不能给个准话！

唐文静
""", quote_from=TANG, quote_style="foxmail"))

A(C([], "zh",
    "hard negative — traditional-Chinese twin of the bureaucratic no: the recording request is logged (CR-HK-009) with a reply date and an interim cloud-recording workaround",
    WCH, [AU], "回覆：視訊終端錄播功能", trad=True, body="""
區主任您好：

感謝來函，並多謝您對本項目一直以來的支持。

關於在各會議室視訊終端上增加本地錄播功能一事，由於現有終端型號不具備本地儲存，需要加裝錄播伺服器，涉及合同範圍調整，目前無法直接在本期實施。我們已將此需求登記為變更申請（編號CR-HK-009），將於12月5日前提供方案與報價供貴處評估。

在此之前，如有重要會議需要錄製，可先使用MCU的雲端錄製功能，錄製檔保存180天，操作說明附後。

其餘事項照原計劃進行，下週二的終端巡檢將如期安排。

順頌 商祺
黃志豪
項目經理
"""))

A(C([], "mixed",
    "hard negative — twin of the 'park it and roll out' codec mail: recommends H.265 but both options are ready and the client decides after its Friday meeting",
    GL, [LUO], "Re: 视频会议终端 codec 选型", body="""
罗经理 您好,

谢谢您昨天 share 的分行网络 topology, 很有帮助.

codec 这块跟您 update 一下: 我们内部 review 之后 recommend H.265, 主要是带宽能省 40% 左右. 但考虑到您说的老旧分行终端只支持 H.264, 我们也准备了双 codec 兼容的 option. 两个方案的 cost 和 timeline 对比放在附件里了.

等您周五内部讨论完再定, 我们两边都 ready, 试点分行的 rollout 时间也跟着您的决定排.

有任何问题随时 ping 我.

Best,
Grace
""", quote="""
Grace您好，

附件是分行网络拓扑图。

另外关于codec，我们内部还在讨论，部分老旧分行的终端可能只支持H.264，是否可以考虑两种都支持？等我们周五讨论完再定。

谢谢！
罗敏
""", quote_from=LUO))

A(C([], "zh",
    "hard negative — constructive internal discussion of the client's worry about the cut-over date; admits the client has a point and plans a face-to-face meeting",
    SL, [ZMY], "杜主任对割接时间的顾虑", cc=[ZP], body="""
周总：

杜主任昨天电话里对11月28日割接时间比较担心，主要是当周集团有两个重要会议，怕系统出问题影响发文。我觉得他的担心是有道理的，我们之前排期时确实没有查集团的会议日历。

我的建议：
1. 准备两个备选窗口（12月5日、12月12日），把各自的利弊列清楚；
2. 把回退方案写细，回退时间控制在30分钟以内；
3. 明天下午我和赵鹏一起去当面汇报，请杜主任来定时间。

周总您看是否可以？如果您方便，也欢迎一起去。

孙蕾
"""))

A(C([], "mixed",
    "hard negative — internal banter aimed at oneself ('我这脑子'); the client is mentioned only with thanks",
    LEO, [WX, LH], "echo bug 搞定了", body="""
兄弟们,

昨晚那个 echo bug 终于搞定. 我这脑子, 居然忘了 AEC 参数是 per-room 配的, 对着全局配置 debug 了三个小时才反应过来, 真是醉了.

唐老师今天一早专门打电话来说谢谢, 说行长办公会的声音清楚多了.

周五请大家喝奶茶!

Leo
"""))

A(C([], "zh",
    "hard negative — long (~600 characters) but focused root-cause analysis of the video stutter, including our own configuration mistake",
    HZY, [GAO], "11月16日全行视频会议卡顿原因分析及整改措施", cc=[LUO], body="""
高总您好：

关于11月16日下午全行视频工作会议期间部分分行画面卡顿的问题，经过三天排查，现将原因分析和整改措施报告如下。

一、现象
会议共接入36家分行，14:20至14:55期间，西南片区7家分行出现画面卡顿、马赛克，其中2家出现短时音频中断，其余29家正常。

二、排查过程
1. MCU侧：会议期间CPU峰值占用41%，端口资源占用62%，无告警，日志无异常丢包记录；
2. 总行出口：带宽峰值占用58%，无拥塞；
3. 分行侧：7家异常分行均经由同一运营商的二级汇聚节点接入，该节点在14:18至14:56期间丢包率达到6%至9%，与卡顿时段基本吻合；
4. 对照组：同片区另外3家使用另一运营商线路的分行全程正常。

三、原因结论
卡顿主要由运营商汇聚节点丢包引起。同时我们也发现一个自身问题：MCU的前向纠错功能在分行会议模板中未开启，如果开启，可以在5%以内的丢包下保持画面基本流畅。这是我们的配置疏漏，向贵行致歉。

四、整改措施
1. 11月18日晚已为全部分行模板开启前向纠错，并在测试会议中验证；
2. 已协助贵行网络处向运营商提交故障单，运营商承诺11月25日前完成节点扩容；
3. 重要会议前一天，我方将对全部分行做一次链路质量巡检，并提交巡检报告；
4. 在MCU监控中增加分行丢包率告警，阈值设为3%。

五、经验教训
这次问题暴露出我们在会议模板管理上的不足：分行模板是去年部署时从测试模板复制的，前向纠错默认关闭，之后的三次版本升级都没有复核模板参数。今后每次升级后，我们会对全部会议模板做一次参数核对，并把核对清单作为升级报告的附件提交贵行。同时，重要会议的保障方案将增加一项备用线路预案，必要时可将受影响分行临时切换到备用运营商线路入会。

六、下一步
建议在11月26日安排一次全行测试会议，验证整改效果，具体时间请罗经理协调。

何振宇
"""))

A(C([], "zh",
    "hard negative — long (~700 characters) but focused migration plan for the domestic-platform (信创) move; leaves the cut-over window open",
    ZMY, [MA], "OA协同平台信创迁移实施方案（要点）", cc=[LXY], body="""
马处长您好：

按照上周协调会的要求，现将OA协同平台信创迁移的实施方案要点汇报如下，完整方案见附件。

一、迁移范围
应用服务器12台、数据库服务器4台，涉及OA门户、公文流转、会议管理、档案接口四个子系统，历史数据约2.3TB。

二、目标环境
操作系统：麒麟V10；数据库：达梦DM8；中间件：东方通TongWeb；浏览器：国产浏览器与主流浏览器双轨访问。

三、实施步骤
1. 适配改造（11月25日至12月12日）：完成SQL方言改造、中间件部署描述符调整、前端兼容性修复；
2. 迁移演练（12月14日至12月18日）：在准生产环境完成两轮全量迁移，核对记录数、附件哈希和流程状态；
3. 正式割接（12月26日晚20:00至次日06:00）：停机窗口10小时，其中数据迁移约6小时，验证2小时，预留2小时回退时间；
4. 并行观察（割接后两周）：原环境保留只读，以备核对。

四、回退方案
若割接当晚06:00前核心验证未通过，即启动回退，切回原环境，预计30分钟内恢复服务。回退决策由贵处与我方共同作出。

五、风险与应对
1. 达梦数据库对部分存储过程的兼容性需逐一验证，已安排两名DBA专项处理；
2. 少数二级单位仍使用较老的浏览器，割接前一周我们会组织远程检查；
3. 割接窗口正值年底，如贵处认为时间不合适，我们也准备了1月9日的备选窗口。

六、需要贵处协助
1. 12月10日前完成目标服务器的网络策略开通；
2. 确认割接通知的发布范围和时间。

七、割接期间的沟通机制
割接当晚设联合指挥组，由贵处指定一位负责人与我方周明远共同值守，每两小时通报一次进展；割接后第一个工作日上午，我方在信息中心设现场服务点，集中处理各部门反馈的问题，并于当天下午提交割接总结。

以上方案请审阅，如有意见我们随时调整。

周明远
交付总监
"""))

A(C([], "en",
    "hard negative — long (~430 words) but focused UAT plan; exit criteria explicitly yield to the client's own rules",
    MS, [HELEN], "Draft UAT plan for release 2.3", cc=[ANNA], body="""
Dear Helen,

As promised, here is the draft plan for user acceptance testing of the document workflow system, release 2.3. I've tried to keep it short enough to read in one sitting, but it covers everything we discussed on Tuesday.

1. Scope
UAT covers the four modules delivered in this release: incoming documents, outgoing documents, meeting notices and the records interface. The mobile app is excluded, as agreed, and will have its own test round in January.

2. Participants
We propose eight testers from the Centre: two from the General Office, two from the records section, two department secretaries and two approvers at director level. On our side, I will coordinate, and two test engineers and one developer will be available throughout.

3. Schedule
- 1 December: kick-off and environment walkthrough (one hour, Room 301).
- 2 to 8 December: test execution. Each tester receives a script of 20 to 25 scenarios.
- 9 December: defect review meeting.
- 10 to 14 December: fixes and retest.
- 15 December: sign-off meeting.

4. Environment
Testing takes place in the UAT environment, which mirrors production and contains anonymised copies of 2,000 documents from 2025. Test accounts will be issued on 28 November. Please note that e-mails generated by the UAT environment go to a test mailbox, not to real recipients.

5. Defect handling
Testers log defects in the shared tracker with a screenshot and the scenario number. We classify them as critical (blocks the business process), major (a workaround exists) or minor (cosmetic). Critical defects are answered within four working hours, major ones within one working day.

6. Exit criteria
We propose that UAT is passed when all scenarios have been executed, no critical defects remain open, and no more than five major defects remain open, each with an agreed fix date. These are suggestions; if the Centre's internal rules set different criteria, we will follow those.

7. What we need from the Centre
- The list of testers by 25 November.
- Confirmation of Room 301 for the kick-off.
- A nominated person to chair the sign-off meeting.

8. Risks
The main risk is tester availability in early December, which is a busy period for the General Office. If some testers cannot attend, we can run evening sessions or split scripts among the remaining testers; we'd rather know early so we can adjust.

9. Documentation
Each tester will receive a two-page quick guide to the UAT environment and the tracker. After sign-off we will deliver the updated user guide and the final test report, including the list of any defects carried over to the next release.

I'll bring printed copies to our meeting on Friday. Any comments before then are very welcome.

Kind regards,
Megan
"""))

A(C([], "zh",
    "hard negative — ordinary helpful mail; the risky motto ('没有不可能') and the refusing disclaimer are only in the signature",
    CSQ, [LXY], "二级单位账号导入模板", body="""
晓燕你好：

附件是二级单位账号批量导入的Excel模板，表头已经按集团人力系统的字段顺序排好了，你那边导出后直接粘贴即可。有两点注意：
1. 工号列请设置为文本格式，否则开头的0会丢失；
2. 同一人兼任多个部门的，请在"兼职部门"列用分号隔开。

填好后发我，我们当天导入，第二天上午给你核对报告。

谢谢！

-- 
陈思琪 | 项目经理
协同办公事业部
手机：138-0000-0000
座右铭：没有不可能，只有还没想到的办法。
本邮件可能含有保密信息，仅供指定收件人使用。未经许可，不得转发、复制或披露；如您误收本邮件，请立即删除并通知发件人，我方不接受因误传而产生的任何责任。
"""))

A(C([], "zh",
    "hard negative — technical terms only: 唯一索引, 拒绝写入, 拒绝连接, 理论上不可能, 接口必须接受两种编码",
    LJG, [MA], "公文重号问题处理说明", cc=[LXY], body="""
马处长您好：

上周反映的两份发文出现重复文号的问题，处理情况如下：

1. 原因：两位文秘同时在不同终端取号，取号接口未加锁，导致取到同一序号。
2. 处理：已在文号字段上增加唯一索引，并给取号接口加了分布式锁。今后如果出现并发取号，数据库会拒绝第二次写入，系统自动重取下一个号，用户无感知。按现在的机制，理论上不可能再出现重号。
3. 两份重号文件已按办公室意见，将后发的一份改为〔2026〕187号，修改记录已留痕。
4. 另外，排查中发现档案接口日志里有多条"拒绝连接"报错，原因是档案系统新服务器的8443端口未对我方放通，已请晓燕协调网络组处理。
5. 补充一点：根据集团规范，档案接口必须接受GBK和UTF-8两种编码的报文，我们已做兼容，档案系统厂商那边无需改动。

如有疑问，欢迎随时联系。

刘建国
"""))

A(C([], "en",
    "hard negative — technical senses only: 'you must restart the service', 'Connection refused', 'the annoying flicker' (a bug), 'we won't be charging'",
    KZ, [ANNA], "Thursday maintenance: certificate and lobby display", body="""
Hi Anna,

A few notes ahead of Thursday's maintenance window:

1. Certificate replacement. After the new SSL certificate is installed on the conferencing server, you must restart the conferencing service (not the whole server) for it to take effect. The command is in step 4 of the attached sheet. If the restart is skipped, clients will keep seeing the old certificate until midnight.
2. If you see "Connection refused" on port 5061 right after the restart, don't worry: the SIP listener takes about 90 seconds to come up. Give it two minutes before trying again.
3. The annoying flicker on the lobby display turned out to be a refresh-rate mismatch between the signage player and the new screen. The fix is in firmware 3.8.2, which we'll install in the same window. We won't be charging for this fix; it's covered under warranty.
4. Nothing needs to be done on the users' side.

I'll be on site from 19:00. Call me on my mobile if anything looks odd.

Best,
Kevin
"""))

A(C([], "zh",
    "hard negative — negation ('不是不能做') followed by two scheduling options for the client to choose",
    XJY, [DU], "关于增加\"领导日程\"模块", body="""
杜主任您好：

昨天您提到希望在OA里增加"领导日程"模块，方便办公室统一安排领导活动。这件事不是不能做，只是想先跟您对一下优先级，因为目前排队中的还有两项：

1. 会议管理模块（已在计划内，预计12月中旬上线）；
2. 公文督办提醒（贵办10月提出，已评估，约8人天）；
3. 领导日程（新提出，初步估计约15人天，需与会议管理共用会议室资源）。

我想了两种排法：
A. 先督办提醒、再领导日程：督办12月初可用，领导日程1月中旬上线；
B. 领导日程与会议管理合并开发：两个模块12月底同时上线，督办提醒顺延到1月。

哪种更符合办公室年底的工作安排，请您定，我们按您的意见排期。

许嘉怡
"""))

A(C([], "zh",
    "hard negative — escalation: the discount is beyond the PM's authority, handed to our VP who will call on a set day",
    HZY, [GAO], "Re: 明年终端扩容的价格事宜", body="""
高总您好：

感谢您和科技部对我们的信任，也感谢您提前告知明年的扩容计划。

30%的优惠幅度超出了我个人的审批权限，我这边没办法直接答复您，并非推脱。我已经把贵行的扩容规模、采购节奏和诉求整理成材料，今天上午报给了我们的吴海副总裁。他本周四上午会直接给您打电话，当面沟通价格和分批供货的方案。

如周四上午您不方便，请告诉我一个合适的时间，我来安排。

何振宇
""", quote="""
何经理：

我行明年计划将视频会议终端扩容至全部二级分行，约180台。考虑到采购规模，希望贵公司在现有单价基础上给予30%左右的优惠。请研究。

高志强
""", quote_from=GAO, quote_style="outlook_zh"))

A(C([], "zh",
    "hard negative — rhetorical 难道 aimed at ourselves: self-criticism about our training material",
    SL, [LXY], "\"加签\"操作说明已重新整理", body="""
晓燕你好：

这两天有好几位同事问同一个问题：加签之后原审批人为什么看不到流程了。我回头想了想：难道是我们的培训材料写得不够清楚？翻出来一看，第5章关于"加签"和"转办"的区别只写了两行，确实太简略了，这是我们的问题，给大家添麻烦了。

已经做了三件事：
1. 手册第5章重写，补了对比表和截图；
2. 录了一段4分钟的演示视频；
3. 在加签按钮旁加了一行提示语。

资料已放到门户"帮助中心"，麻烦你在群里转发一下。谢谢！

孙蕾
"""))

A(C([], "en",
    "hard negative — 'As I said on Monday's call' / 'I told you I'd check' used as follow-through on a promise",
    DW, [ROBERT], "Re: Final licence numbers", body="""
Dear Robert,

As I said on Monday's call, I'd confirm the licence count by today, so here it is:

- Document workflow: 420 named users (380 staff plus 40 for the regional liaison offices);
- Video conferencing: 60 room systems and 150 desktop licences;
- Mobile app: included in the named-user licence, no separate count.

I also told you I'd check the price for the additional 40 regional users. Our sales colleague, Mr. Qian, will send the formal quotation by Thursday; he has already confirmed it will follow the same unit price as the main order.

If Finance needs the figures in a particular template, just forward it and I'll fill it in.

Best regards,
Daniel
""", quote="""
Daniel, thanks for Monday's call. Just checking: do you have the final licence numbers yet? Finance needs them for the budget paper.

Robert
""", quote_from=ROBERT, quote_style="gt"))

A(C([], "zh",
    "hard negative — '这并不是贵处的问题': the PM takes the blame for the expired seal certificate (twin of a blaming draft)",
    LJG, [MA], "电子印章证书到期问题说明及致歉", body="""
马处长您好：

今天上午发文环节无法加盖电子印章，经排查，原因是印章证书于11月9日到期。

这并不是贵处的问题。按照运维合同，证书续期应由我方提前提醒并协助办理，这次是我们的巡检清单漏掉了这一项，责任在我方，向您和办公室的同志们诚恳致歉。

处理情况：
1. 今天11:30已协助贵处完成证书续期，12:10发文盖章功能恢复；
2. 上午积压的9份待发文件已全部补盖，文秘科已确认；
3. 已将全部证书的到期时间纳入监控，提前60天、30天、7天三次预警，同时抄送贵处和我方。

再次抱歉，给您添麻烦了。

刘建国
"""))

A(C([], "mixed",
    "hard negative — internal note with the client deliberately in Cc, praising the client's UAT test cases and admitting our defects",
    LEO, [ZP], "UAT test cases - 抄送罗经理", cc=[LUO], body="""
赵鹏, 抄送罗经理:

罗经理 team 这次写的 UAT test cases 非常细, 覆盖了很多我们没想到的 edge case, 比如跨行转发时的密级校验, 还有会议中途切换主持人时的权限继承. 我们下个项目的 test plan 要好好学习一下.

其中有两个 case 我们的实现确实有问题, 我已经开了 ticket (OA-1182, OA-1183), 周三前修复, 罗经理那边也可以直接在 tracker 里 follow.

Thanks,
Leo
"""))

A(C([], "zh",
    "hard negative — traditional Chinese, firm-but-polite contract-scope fact with two options left to the client",
    WCH, [CHENG], "關於澳門辦事處視訊會議室", trad=True, body="""
鄭經理您好：

多謝您週一來電，也感謝貴處對項目進度的肯定。

關於在澳門辦事處增設兩間視訊會議室一事，需要如實向您說明：根據合同附件二，本期範圍為香港辦事處六間會議室，澳門辦事處並不在其中，因此無法在現有合同內直接增加。

如貴處希望擴展，我們可提供兩種做法：
一、以補充協議方式增加，約需三週完成報價及內部審批，明年一月可完成安裝；
二、納入明年續約範圍統一規劃，單價可與香港辦事處保持一致。

兩種方式的時間與費用比較詳見附件，請貴處斟酌後告知，我們會全力配合。

順頌 商祺
黃志豪
"""))

A(C([], "zh",
    "hard negative — twin of the deadline-pressure mail: the go-live date is a fact, both options (single cut-over / parallel run) costed, client chooses",
    HZY, [DU], "Re: 关于新旧OA并行运行的考虑", body="""
杜主任您好：

来函收悉，感谢您对老同志使用习惯的细致考虑，这个顾虑非常实在。

两种安排我们都可以配合，供您参考：

A. 按原定11月23日单轨上线：旧系统当天转为只读，各部门在新系统办理；上线后两周我方安排8名工程师驻场，各楼层设咨询点，专门帮助老同志。
B. 新旧系统并行一个月：需将旧系统维保延长一个月（费用按原合同标准另行报价），正式验收相应顺延至12月底；并行期间同一文件只能在一个系统办理，需要办公室明确规则。

从数据一致性考虑，我们略倾向A，但最终还请贵办根据各部门的实际情况，在办公会上研究决定。如能在11月20日前告知，我们好提前安排人员。

何振宇
""", quote="""
何经理：

近日有几个处室提出，新旧OA是否可以并行运行一段时间，让老同志有个适应过程。办公室还在研究，拟在下周办公会上再议，先跟贵公司通个气。

杜建华
""", quote_from=DU, quote_style="gt_zh"))

A(C([], "en",
    "hard negative — twin of the 'CTO's view is final' mail: the CTO's recommendation is offered with both options costed; the steering meeting decides",
    DW, [ROBERT], "RE: Tenant model for the document workflow platform", body="""
Dear Robert,

Thank you for the detailed note and for laying out the compliance team's reasoning so clearly.

Our CTO looked at the question personally over the weekend. Her recommendation is the shared-tenant model with per-tenant encryption keys, mainly because it gives the Centre our quarterly security patches without a separate upgrade cycle. She fully understands the compliance team's concern, though, and would be glad to walk them through the dedicated (single-tenant) option as well.

I've attached the cost and schedule implications of both: in short, the dedicated instance adds about 18 percent to the annual fee and three weeks to the rollout.

The decision is of course one for your steering meeting on 4 December. If it would help, our CTO can join the first half hour by video.

Best regards,
Daniel
""", quote="""
Dear Daniel,

Our compliance colleagues have asked whether a dedicated (single-tenant) instance would be possible, given the classification of some of the documents. Could your architects look into this and let us know the implications for cost and schedule? We'd like to decide at our steering meeting on 4 December.

Best,
Robert
""", quote_from=ROBERT, quote_style="outlook"))

A(C([], "zh",
    "hard negative — twin of the sign-this-week pressure mail: the price difference is stated neutrally and the timing is left to the client",
    LJG, [MA], "信创适配补充协议（修订稿）", body="""
马处您好：

补充协议文本已按上周沟通的意见修改，附件为修订稿，修订处已标黄，请审阅。

关于签订时间，我们理解贵处要结合明年的预算统筹考虑。仅供参考：若在本年度内签订，可以锁定今年的人天单价；若放到明年一季度，将按公司新价目执行，预计上浮5%左右。节奏完全由贵处把握，哪种安排我们都会配合。

协议签订后，我们两周内可以进场，首批适配麒麟操作系统和达梦数据库。

刘建国
"""))

A(C([], "zh",
    "hard negative — twin of the 'stop the handwriting idea' thank-you: the director's wish is taken seriously and a two-week pilot is proposed for him to judge",
    SL, [DU], "感谢贵办支持，及手写批注的两个思路", body="""
杜主任您好：

无纸化办公试点运行满一个月，再次感谢您和办公室各位同事的支持。这一个月贵办共流转文件1326件，平均办理时长从3.2天缩短到1.1天，成绩很好。

关于您上次提到的手写批注，我们理解这对领导的批阅习惯很重要，也能让电子公文更快被接受。目前有两个思路：
1. 为领导配备手写板，在电子公文上直接手写批注，批注以图层形式保存，不改动正文；
2. 平板加手写笔，更适合外出时批阅。

建议先在两位领导处各试点一种，两周后听取意见再决定是否推广。您看是否可行？如果您有其他想法，我们也可以再调整。

顺颂商祺
孙蕾
项目经理
"""))

A(C([], "en",
    "hard negative — twin of the 'I'm afraid we won't offer it' reply: a reason, a free alternative this release and an estimate date for customisation",
    DW, [ANNA], "Re: Department watermarks and a few other items", body="""
Dear Anna,

Thank you for your message, and congratulations to your team on passing the internal audit last week.

Taking your points in turn:

1. Default font for memos: switched to FangSong 16pt; it's in the test environment now.
2. Approval reminders: now configurable per workflow; memos are set to 24 hours and contracts to 8 hours.
3. Custom watermark per department: the standard product can't do this at the moment, because the watermark is set for the whole system rather than per department. Two possibilities: (a) we add the department name to the existing print footer, which we can do in this release at no cost; or (b) we customise the watermark engine, for which I'll send you an estimate by 3 December. Let me know which you'd prefer, or whether you'd like both.
4. Printing log: each print action is now recorded with user, time and printer name.

I'll be on site on Tuesday afternoon if you'd like to see any of these in person.

Best regards,
Daniel
""", quote="""
Dear Daniel,

A few items from the records section:
1) Could memos default to FangSong 16?
2) Reminders are too frequent for contracts; can they be configured?
3) We'd like each department's name as a watermark on the documents they print, for traceability.
4) Is there a log of printing?

Thanks,
Anna
""", quote_from=ANNA, quote_style="gt"))

A(C([], "mixed",
    "hard negative — twin of 'won't migrate, 就这样': acknowledges the audit need, explains scope, offers two options and an estimate date",
    GL, [PENG], "Re: 历史公文迁移范围", body="""
彭处长 您好,

谢谢您周一的 feedback, 下面逐条 reply:

1. 附件命名规则 -- 按您说的改成 "文号_标题" 格式, 本周五前 update 脚本;
2. 密级字段 mapping -- 已和 records team 对齐;
3. 2015 年以前的纸质扫描件 -- 理解这部分对审计很重要. 这批文件不在当前 SOW 里, 而且 OCR 质量参差不齐, 所以我们建议两个 option: (a) 先做只读归档, 不做字段化, 工作量小, 可以赶上 12 月的窗口; (b) 完整迁移作为 add-on, 下周三前给您 estimate. 您看哪个合适, 或者两步走也可以.
4. 迁移窗口 -- 定在 12 月 12-13 日周末.

Thanks again.

Grace
""", quote="""
Grace，您好！

迁移方案我们看了，有几点意见：
1. 附件命名请改为"文号_标题"；
2. 密级字段请和档案处再核对；
3. 2015年以前的扫描件也希望能一并迁移，这部分对审计很重要；
4. 时间窗口没问题。

彭辉
""", quote_from=PENG))

A(C([], "zh",
    "hard negative — twin of the flat no to weekend support: reason, concrete alternatives (Friday check, remote standby, engineer by 10:00) and an offer to escalate",
    HZY, [TANG], "Re: 周六总行视频会议保障", body="""
唐老师好：

收到，感谢您提前告知。周六上午的两位驻场工程师确实排不开（同一时间在C行分行做割接），非常抱歉。我们这样安排，您看是否可以：

1. 周五下午派工程师到总行做一次会前全面巡检和联调，36家分行逐一连线测试；
2. 周六上午8:00至12:00，我本人和一位高级工程师远程值守，电话保持畅通，10分钟内响应；
3. 林浩周六10点后可以赶到总行现场。

如行领导仍希望全程驻场，请告诉我，我马上向公司申请调整人员。

何振宇
""", quote="""
何经理您好：

本周六上午总行召开全行视频工作会议，涉及36家分行，行领导非常重视。能否请贵公司安排一到两名工程师周六上午在总行驻场保障？

盼复，谢谢！
唐文静
""", quote_from=TANG))

A(C([], "en",
    "hard negative — the client's harsh words ('unacceptable', 'questioning whether your company can deliver') are only in the Outlook quote; the reply apologises and gives facts and actions",
    MS, [ROBERT], "RE: Outage during this morning's meeting", body="""
Dear Robert,

I'm very sorry. An outage during a meeting with the Vice Minister's office is exactly what should never happen, and I understand your frustration.

What we know so far: at 10:12 the primary MCU restarted after a memory fault, and the standby unit took 4 minutes to take over instead of the designed 30 seconds, because its licence file had not been synchronised after last week's upgrade. That synchronisation step was our responsibility.

What we have done: the licence file is now synchronised, we tested a forced failover at 13:00 (switch-over in 26 seconds), and the faulty memory module will be replaced tonight.

What we will do: a written root-cause report by 17:00 tomorrow, as you asked; a failover test after every upgrade from now on; and an engineer on site for all meetings involving the Ministry until the end of December.

I'd also like to come and explain this to you in person. Would tomorrow afternoon work?

Sincerely,
Megan
""", quote="""
Megan,

This is unacceptable. The third outage in two weeks, and this time during a meeting with the Vice Minister's office. I want a full explanation by tomorrow, and frankly I'm questioning whether your company can deliver.

Robert
""", quote_from=ROBERT, quote_style="outlook"))

A(C([], "zh",
    "hard negative — the client's angry '你们到底行不行' is only in the quote; the PM's reply is apologetic, factual and offers an in-person report",
    LJG, [MA], "Re: 公文系统今天上午无法访问", cc=[ZP], body="""
马处长您好：

非常抱歉，影响了集团领导签发文件，责任在我们。

情况如下：今天上午9:05起，公文系统访问超时，10:40恢复。原因是凌晨的日志归档任务没有按时结束，占满了数据库服务器的磁盘I/O。这个任务本应在6点前完成，我们的监控只看了任务是否启动，没有看是否结束，这是我们的疏漏。

已采取的措施：
1. 归档任务改为每周日凌晨执行，并限制I/O占用；
2. 增加"任务超时未结束"告警，直接发到值班手机；
3. 上午积压的14份待签发文件，已逐一通知文秘科，目前全部办结。

今天下午3点，我和研发负责人赵鹏到信息中心当面向您汇报，也请您对后续改进提出要求。

刘建国
""", quote="""
刘经理：

公文系统今天上午又打不开了，集团领导在等着签发文件！你们到底行不行？这已经是本月第二次了，我不想再听解释，只要结果。

马卫东
""", quote_from=MA, quote_style="gt_zh"))

A(C([], "zh",
    "hard negative — internal: a colleague's complaint about the client is in the quote; the PM defends the client's reasons and proposes a face-to-face alignment",
    XJY, [ZP], "Re: 马处又改需求了", body="""
赵鹏：

理解大家这几天的辛苦。不过我看了一下这三次改动，其实都是因为集团办公厅11月新下发的公文格式规范，马处那边也是被动调整，并不是随意改。

我的建议：
1. 明天上午我去信息中心跟马处当面把规范全文对一遍，争取一次性把剩余的改动梳理清楚；
2. 以后的需求变更统一走变更单，我来把关优先级和排期，避免开发被临时打断；
3. 今天下午我到开发组跟大家说明一下情况，顺便请大家喝杯咖啡。

嘉怡
""", quote="""
嘉怡，马处又改需求了，这周第三次了，甲方真能折腾，开发都快疯了。

赵鹏
""", quote_from=ZP))

A(C([], "en",
    "hard negative — firm but polite payment facts (contract clause, due date) with an offer of flexibility",
    MS, [HELEN], "Second instalment: due date and documents", body="""
Dear Helen,

I hope you're keeping well during the year-end rush.

A short note on the second instalment. Under clause 7.2 of the contract, the second payment (30 percent) falls due within 30 days of acceptance sign-off. The acceptance certificate was signed on 3 November, so the due date is 3 December. The invoice was sent to your finance office on 5 November.

I appreciate that year-end processing at the Centre can take time. If it would help, we're happy to split the invoice into two parts, or to provide any additional documents your finance office needs, such as the signed acceptance certificate or the delivery list.

Please let me know if there's anything I can do to make this easier.

Kind regards,
Megan
"""))

A(C([], "zh",
    "hard negative — '按我们的经验' and '请相信我们的团队' with the decision explicitly left to the bank",
    ZMY, [GAO], "视频会议系统扩容方案建议", cc=[LUO], body="""
高总您好：

关于贵行明年视频会议系统扩容至全部二级分行的方案，我们做了初步研究，供您参考。

按我们的经验，这种规模（约200个会场）的总行，采用分布式MCU部署比集中式更稳妥：单点故障影响范围小，分行之间的会议也不必绕行总行，带宽占用更低。当然，集中式方案也有它的优势：设备少、运维简单、对贵行现有运维力量要求更低。

两种方案在投资、运维人力、可靠性和扩展性上的对比，我们整理成了附件中的对比表。

请贵行结合自身运维力量和明年的网络规划决定。无论选择哪种方案，请相信我们的团队都会全力保障交付。如需要，我们可以安排一次专题汇报。

周明远
交付总监
"""))

A(C([], "mixed",
    "hard negative — '服了' as praise among colleagues after a stress test; the client appears only approving",
    LEO, [LH], "stress test 一次过!", cc=[WX], body="""
浩子,

昨晚 36 家分行 stress test 一次过, 服了! 我本来以为至少要 rerun 两轮. 罗经理早上也发消息说 impressive, 还问我们用了什么 magic.

今天中午我请客, 你挑地方, 王晓也一起.

Leo
"""))

A(C([], "zh",
    "hard negative — twin of the persuade+refusal reply: supervision module logged as CR with an assessment date; brand comparison attached and the client chooses",
    ZMY, [DU], "Re: 督办模块及会议室终端品牌事宜", body="""
杜主任您好：

感谢您的来信，也感谢您上周在集团年度信息化工作会上对我们项目组的肯定，大家都很受鼓舞。

两件事答复如下：

一、督办模块：本期合同范围内暂未包含，但这个需求对集团重点工作跟踪很有价值。我们已登记为变更申请CR-2026-052，将于12月8日前提交功能方案和工作量评估，届时请您审定是纳入本期追加，还是放到下期建设。

二、会议室终端：A、B两个品牌我们都做了实测，对比报告附后。从与现有MCU的兼容性看，我们略倾向A；但B在音质上确实更好，与贵办了解的情况一致。贵办更看重哪一点，请您定夺，我们按您的选择下单。目前尚未下任何订单。

另外，本期剩余的会议管理模块进展顺利，12月10日可以提交测试。年底工作繁忙，请您多保重身体。

周明远
交付总监
""", quote="""
周总：您好！

有两件事想请贵公司研究：一是集团领导希望在本期OA中增加督办模块，对重点工作进行跟踪；二是会议室视频终端，我们比较倾向于B品牌，听说音质更好，想请贵公司一并比较一下两个品牌。

盼复。
杜建华
""", quote_from=DU, quote_style="foxmail"))

A(C([], "mixed",
    "hard negative — recommendation as a reversible two-week pilot; nothing deployed until the client decides",
    GL, [PENG], "移动审批 app pilot 建议", body="""
彭处长 您好,

关于移动审批 app, 我们的建议是先在财务处做两周 pilot: 选 10 位同事, 覆盖报销和用印两类流程. 如果大家用得不顺手, 我们直接 roll back 到原来的网页版, 不影响任何数据.

要不要试, 什么时候试, 完全由您这边决定, 在您确认之前我们不会做任何部署. 如果您希望先看 demo, 我下周二可以带设备过去.

Best,
Grace
"""))

random.Random(4949).shuffle(CASES)
