# heldout51 -- training set of PM email drafts for mailcoach.
# Written by an independent helper from /work/shared/drafts/README.md (labelling guide) and
# /work/shared/seed/pm-client-communication.zh.txt only. All text is synthetic.
# Emphasis: subtle persuade/refusal lines inside otherwise good, structured mails; IT outsourcing and
# offshore delivery for Japanese, Korean and European clients; a domestic insurance broker; a bank.
# The list is shuffled at the end with random.Random(5151).

import random

# --- our side (@ourteam.example.com) ---
ZHOU = "周启明 <zhou.qiming@ourteam.example.com>"        # delivery director, Dalian centre
LINX = "林晓 <lin.xiao@ourteam.example.com>"             # junior PM
CHENJY = "陈嘉怡 <chen.jiayi@ourteam.example.com>"       # PM, Japanese account
JINMS = "金美善 <jin.meishan@ourteam.example.com>"       # delivery manager, Korean account
ZHAOL = "赵磊 <zhao.lei@ourteam.example.com>"            # PM, insurance broker
SUNY = "孙悦 <sun.yue@ourteam.example.com>"              # PM, bank
YANGF = "杨帆 <yang.fan@ourteam.example.com>"            # PM
ETHAN = "Ethan Wu <ethan.wu@ourteam.example.com>"        # engagement manager, Europe
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"    # senior engagement manager, Europe
HEJ = "何静 <he.jing@ourteam.example.com>"               # account manager
XUB = "徐斌 <xu.bin@ourteam.example.com>"                # tech lead
MAX = "马骁 <ma.xiao@ourteam.example.com>"               # dev lead
LVT = "吕婷 <lv.ting@ourteam.example.com>"               # QA lead
MORI = "Kenta Mori <kenta.mori@ourteam.example.com>"     # bridge SE, Japanese account
ZHENG = "鄭家豪 <cheng.chiahao@ourteam.example.com>"     # PM, Taipei office
LIAO = "廖婉婷 <liao.wanting@ourteam.example.com>"       # PM, Taipei office

# --- clients ---
TANAKA = "Hiroshi Tanaka <h.tanaka@client-b.example.com>"
SATO = "Yuki Sato <y.sato@client-b.example.com>"
YAMAMOTO = "Kenji Yamamoto <k.yamamoto@client-b.example.com>"
KIM = "Kim Jiwoo <jiwoo.kim@client-b.example.com>"
PARK = "Park Minseo <minseo.park@client-b.example.com>"
LEE = "Lee Junho <junho.lee@client-b.example.com>"
ANNA = "Anna Müller <anna.mueller@client-b.example.com>"
LARS = "Lars Eriksen <lars.eriksen@client-b.example.com>"
SOPHIE = "Sophie Laurent <sophie.laurent@client-b.example.com>"
MARCO = "Marco Bianchi <marco.bianchi@client-b.example.com>"
JAN = "Jan de Vries <jan.devries@client-b.example.com>"
QIAN = "钱振华 <qian.zhenhua@client-a.example.cn>"        # broker, operations director
LIUQ = "刘倩 <liu.qian@client-a.example.cn>"             # broker, product manager
JIANG = "蒋文博 <jiang.wenbo@client-a.example.cn>"        # broker, head of IT
ZHANGM = "张敏 <zhang.min@client-a.example.cn>"          # broker, policy operations
CHENML = "陳美玲 <chen.meiling@client-a.example.cn>"      # broker, Taipei branch
HUANGCW = "黃志偉 <huang.chihwei@client-a.example.cn>"    # broker, Taipei branch
XUGP = "许国平 <xu.guoping@bank-c.example.cn>"
CAOL = "曹蕾 <cao.lei@bank-c.example.cn>"
HAND = "韩冬 <han.dong@bank-c.example.cn>"

CASES = []

# =====================================================================
# persuade (single label)
# =====================================================================
CASES += [
dict(
    expect=["persuade"], lang="en",
    why="weekly status, warm and structured; one line says we've already dropped the client's preferred tool and the question is settled",
    sender=CHENJY, to=[TANAKA], cc=[MORI],
    subject="Order Portal – weekly status, week 45",
    body="""Dear Tanaka-san,

Thank you as always for your team's quick turnaround on the test data this week. Here is our weekly status for the Order Portal offshore delivery.

1. Progress
- Sprint 14 closed on Friday with 23 of 25 story points delivered. The two remaining items (bulk price upload, CSV header mapping) roll into Sprint 15.
- The Dalian team completed the regression suite for the ordering flow; pass rate 97.4%.
- Mori-san ran the review of the Japanese UI labels with your operations team on Wednesday. Thank you for making time for it.

2. Risks
- The staging database refresh on your side is planned for 12 Nov. If it slips, our performance test moves by the same number of days.
- One developer is on leave 20-24 Nov; cover is arranged within the team.

3. Dashboard tool
On your preference for Tableau: we have gone ahead and moved the team onto Metabase and ended the Tableau trial, so we can treat the tool question as settled and stop spending review time on it.

4. Next steps
- Sprint 15 planning on Monday, 10:00 JST.
- Draft performance test plan to you by Thursday.

Please let me know if anything in this report needs correcting.

Best regards,
Jiayi Chen
Project Manager, Order Portal
""",
    quote=None,
),
dict(
    expect=["persuade"], lang="zh",
    why="周报结构完整、语气友好;只在协调事项里一句把客户并行旧版的想法定死,不再讨论",
    sender=ZHAOL, to=[QIAN], cc=[LIUQ],
    subject="经纪人展业平台 第45周项目周报",
    body="""钱总您好:

本周"经纪人展业平台"项目进展汇报如下,请您审阅。

一、本周完成
1. 报价页新版完成第二轮内测,发现的 14 个问题已修复 12 个,剩余 2 个为样式问题,周三前关闭。
2. 与三家保险公司的核保接口联调完成,平均响应时间 1.8 秒。
3. 经纪人培训材料初稿已发刘倩,感谢她提的修改意见,很细致。

二、下周计划
1. 完成佣金结算模块的 UAT 准备;
2. 组织一次面向区域经理的演示。

三、需要贵司协调的事项
1. 请财务部在 11 月 14 日前提供佣金规则的最终版本。
2. 关于您提出旧版报价页再保留一段时间的想法,我们反复算过,旧版留着只会拖累整个切换节奏。下周一新版统一上线、旧版同步下线,这事就按这个定了,周会上不必再占时间。

四、风险
- 佣金规则如晚于 11 月 14 日提供,结算模块 UAT 相应顺延。

有任何问题随时找我。

赵磊
项目经理 | 经纪人展业平台
""",
    quote=None,
),
dict(
    expect=["persuade"], lang="mixed",
    why="friendly sprint update; on the client's SSO question the PM says the team is already building Keycloak and Azure AD should be dropped, 'the only option that makes sense'",
    sender=JINMS, to=[KIM], cc=[MAX],
    subject="Re: SSO – Azure AD or Keycloak?",
    body="""Kim 部长您好,

谢谢您的邮件,也谢谢 security team 周二的 review,提的几个点都很专业。

先 update 一下本周情况:
- Sprint 9 已 close,login / profile 两个 epic 全部 done;
- QA 在 staging 上跑了 full regression,没有 blocker;
- 下周开始 payment module 的开发。

关于 SSO:go-live 是 12/15,时间上已经不允许再摇摆了。我们这边已经让 team 按 Keycloak 开始 setup,Azure AD 这条线我建议就此放下,相信您也会认同这是眼下唯一说得通的做法。

其他问题随时 ping 我。

Best regards,
金美善 Meishan Jin
Delivery Manager, Seoul Program
""",
    quote="""Hi Meishan,

Our security team wonders whether Azure AD would be a better fit than Keycloak, since we already use it for Office 365. What do you think?

Thanks,
Jiwoo""",
    quote_from=KIM, quote_style="gt",
),
dict(
    expect=["persuade"], lang="en",
    why="polished hosting proposal; the client's dual-region idea is closed by our CTO's sign-off (authority used to take the choice away)",
    sender=ETHAN, to=[ANNA], cc=[JAN],
    subject="Hosting proposal – Claims Hub EU rollout",
    body="""Hi Anna,

As promised after Tuesday's workshop, here is our hosting proposal for the Claims Hub EU rollout.

Summary
We propose a single-region deployment in Frankfurt with nightly backups replicated to a second availability zone. Estimated run cost: EUR 7,400 per month.

What's included
- Production, staging and a small DR environment
- 24x7 monitoring from our Dalian operations centre, with a German-speaking escalation contact during CET business hours
- Quarterly restore tests with a written report

About the dual-region setup your team suggested
Our CTO went through it yesterday and signed off on single-region, so we'll take dual-region off the table and plan on that basis from here.

Timeline
- Environment build: 17-28 Nov
- Security review: week of 1 Dec
- Pilot countries (AT, NL): 12 Jan

Thanks again to you and Jan for a very productive session. Looking forward to your comments on the timeline.

Kind regards,
Ethan Wu
Engagement Manager
""",
    quote=None,
),
dict(
    expect=["persuade"], lang="zh",
    why="UAT 收尾的感谢信,条理清楚;中间一句说客户的双人复核'同业都不这么做了,别再花心思',替客户把想法判了死刑",
    sender=SUNY, to=[CAOL], cc=[HAND],
    subject="UAT 收尾,感谢贵行团队",
    body="""曹处您好:

UAT 昨天顺利收尾,特地写信感谢您和团队这三周的辛苦。

几件想特别感谢的事:
1. 贵行测试组连续两个周末加班,把 412 条用例全部跑完,通过率 98.3%;
2. 您协调的脱敏样本,帮我们提前发现了两个跨行转账的边界问题;
3. 韩冬老师对报表口径的把关非常细,省了我们后期大量返工。

遗留的 7 个低优先级问题,会在 11 月 20 日的补丁里一并修复,清单见附件。

至于您上次提到的大额转账双人复核,说实话同业里基本已经没人这么做了,咱们就别在这上面再花心思,按单人审批加事后抽查上线,是最稳妥的。

再次感谢!投产前的切换演练,我们周四再约时间细聊。

孙悦
渠道系统升级项目 项目经理
""",
    quote=None,
),
dict(
    expect=["persuade"], lang="zh", trad=True,
    why="繁體進度報告,語氣客氣;一段寫'已先行替貴司凍結欄位,貴司內部也不必再討論',替客戶做了決定",
    sender=ZHENG, to=[CHENML],
    subject="理賠模組進度更新(11月第二週)",
    body="""陳經理您好:

感謝您上週在教育訓練上的協助,業務同仁的反應都很好。以下是理賠模組的進度更新:

【已完成】
1. 理賠申請表單前端開發完成,已部署至測試環境;
2. 與核心系統的保單查詢介面聯調完成。

【進行中】
1. 文件上傳與影像辨識功能,預計 11 月 18 日完成;
2. 理賠進度通知簡訊,等待電信商提供測試門號。

【欄位定案】
為了不影響後續排程,我們已經先行替貴司把理賠申請的欄位全部凍結,之後一律以這一版為準,貴司內部也就不必再另外開會討論了。

【下週重點】
1. 內部測試第二輪;
2. 準備使用者驗收腳本。

如有任何問題,歡迎隨時來電。

鄭家豪
專案經理 台北辦公室
""",
    quote=None,
),
dict(
    expect=["persuade"], lang="zh",
    why="短邮件:用供应商库截止日期压客户放弃重谈费率,'先按原样签,别再谈了'",
    sender=YANGF, to=[JIANG],
    subject="框架协议续签",
    body="""蒋总好,

续签的事同步一下:框架协议 11 月 30 日到期,供应商库那边说这周四前不提交,就只能排到明年一季度。所以费率表这次就按原样签吧,别再拿出来重新谈了,不然两边都耽误。

合同电子版我下午发您,麻烦今天内走一下用印。

谢谢!
杨帆
""",
    quote=None,
),
dict(
    expect=["persuade"], lang="zh",
    why="回复客户想自研小程序的询问,前半段周到;随后'这条路最后多半绕回来,补充协议已拟好您签字就行',把选择拿走",
    sender=ZHAOL, to=[LIUQ],
    subject="Re: 小程序部分是否由我方自研",
    body="""刘倩您好,

谢谢您提前跟我们通气,预算的压力我们都理解。

先说几件已经确定的事:
1. 后台接口文档 v1.3 已更新,主要补充了投保单状态回调;
2. 测试环境的账号已经开好,发到您邮箱了;
3. 下周二的联调会照常进行。

关于小程序由贵司自研:坦白讲,这条路最后多半还是会绕回来,不如现在就整体交给我们,省心省事。补充协议我已经请法务拟好,附在邮件里,您这边走一下签字流程就行。

有什么需要随时找我。

赵磊
""",
    quote="""赵经理:

我们内部在考虑小程序那部分由我们 IT 自己开发,你们只负责后台接口,这样预算能省一些。你们怎么看?

刘倩""",
    quote_from=LIUQ,
),
dict(
    expect=["persuade"], lang="zh",
    why="测试环境冻结通知,格式规范;附带一句用交付总监的态度压掉客户用生产数据做UAT的想法,'贵行就按这个准备吧'",
    sender=LINX, to=[HAND], cc=[SUNY],
    subject="测试环境冻结安排",
    body="""韩老师好:

测试环境冻结的安排跟您同步一下。

【时间】11 月 17 日 18:00 起冻结,至 11 月 28 日投产完成后解冻。
【范围】SIT、UAT 两套环境的代码与配置,数据库参数一并冻结。
【例外】P1 缺陷修复可走紧急变更,由孙悦和马骁共同审批。

另外,您上午电话里提到 UAT 想直接用生产库的副本来做。这个我们周总(交付总监)的意见很明确,这个思路还是放下为好,按脱敏数据来大家都省心,贵行就按这个准备吧。

冻结清单见附件,有疑问随时联系我。

林晓
项目经理助理
""",
    quote=None,
),
dict(
    expect=["persuade"], lang="zh",
    why="会议纪要规范;结论第3条写'许总的令牌化方案没有再评估的必要,请按我方方案准备',把客户方案写死",
    sender=ZHOU, to=[XUGP], cc=[CAOL, HAND, SUNY, XUB],
    subject="11月6日方案评审会议纪要",
    body="""许总您好:

感谢您今天抽出两个小时参加方案评审。会议纪要如下,请查阅。

【时间】11 月 6 日 14:00-16:00
【参会】贵行:许国平、曹蕾、韩冬;我方:周启明、孙悦、徐斌

【结论】
1. 批处理窗口调整为 23:00-03:00,贵行运维确认可行;
2. 日终对账报表增加"差错笔数"字段,纳入本期;
3. 数据脱敏采用我方的掩码方案。许总提出的令牌化方案,我们认为没有再评估的必要,请贵行直接按掩码方案准备测试数据。

【待办】
- 孙悦:11 月 10 日前提交修订版设计文档;
- 韩冬:11 月 12 日前确认批处理窗口的监控告警阈值;
- 徐斌:11 月 13 日前完成掩码规则清单。

如纪要有出入,请在周五前告诉我们。

周启明
交付总监
""",
    quote=None,
),
dict(
    expect=["persuade"], lang="en",
    why="warm SteerCo follow-up; the client's nearshore concern is dismissed as not standing up to the numbers and 'let's lock in Dalian and move on'",
    sender=PRIYA, to=[LARS],
    subject="Re: Nearshore vs Dalian – business leads' concerns",
    body="""Hi Lars,

Thanks for passing this on, and for chairing yesterday's session so well. It was the most productive SteerCo we've had this year.

A few updates before the nearshore point:
- Knowledge transfer for the billing stream finished on schedule; the shadowing phase starts Monday.
- The joint runbook is now in Confluence, with your ops team as co-owners.
- We've booked the Copenhagen workshop for 3-4 December.

On nearshore: I hear the concerns, but honestly the Poland option falls apart the moment anyone looks seriously at the numbers, and I'd rather we didn't burn another SteerCo slot on it. Let's lock in Dalian and move on. I'll make sure the overlap hours are covered.

Happy to walk your business leads through the transition plan whenever suits them.

Best,
Priya
""",
    quote="""Priya,

Following yesterday's steering committee, several of our business leads still feel strongly about keeping the development team nearshore in Poland rather than moving it to Dalian. Time zones and travel are their main worries. Can we discuss this again next week?

Lars""",
    quote_from=LARS, quote_style="outlook",
),
]

# =====================================================================
# refusal (single label)
# =====================================================================
CASES += [
dict(
    expect=["refusal"], lang="zh",
    why="十月月报,致谢、数据、计划都很完整;'其他'一栏一句'模板改版这个就不改了',无缓冲无替代",
    sender=YANGF, to=[QIAN], cc=[ZHANGM],
    subject="经纪人展业平台 十月月报",
    body="""钱总:

十月份月报奉上。先说一句:这个月能按期交付,离不开贵司运营团队的配合,尤其是张敏在数据核对上的耐心,辛苦了。

■ 交付情况
- 续保提醒功能 10 月 21 日上线,首周触达客户 3,260 人;
- 经纪人 App 2.4 版本通过应用商店审核;
- 工单平均处理时长由 6.2 小时降到 4.1 小时。

■ 质量
- 生产缺陷 3 个,均为 P3,已全部修复;
- 未发生 P1/P2 事件。

■ 十一月计划
- 佣金结算模块 UAT;
- 年底业务高峰前的压测。

■ 其他
您上周提到的保单批量导入 Excel 模板改版,这个就不改了。

十一月我们继续按周汇报,有任何意见欢迎随时提。

杨帆
项目经理
""",
    quote=None,
),
dict(
    expect=["refusal"], lang="en",
    why="warm thank-you and release recap; the client's Reiwa date request gets one flat line with no log, date or alternative",
    sender=CHENJY, to=[YAMAMOTO], cc=[MORI],
    subject="Re: Invoice module v2.0 release",
    body="""Dear Yamamoto-san,

Thank you very much for your kind words. I have shared them with the whole team in Dalian, and they were delighted.

A short recap of the release:
- Invoice module v2.0 went live on 4 Nov at 22:00 JST, 40 minutes ahead of plan.
- No incidents in the first 72 hours; average PDF generation time is 1.2 seconds.
- The hypercare channel stays open until 18 Nov.

About the Reiwa date format on the invoice PDF: that isn't something we'll be adding.

Please pass on our thanks to your accounting team for their patience during testing.

Warm regards,
Jiayi Chen
""",
    quote="""Chen-san,

Congratulations on the release. Our accounting team is very happy with the new invoices.
One request from them: could the invoice PDF show dates in the Japanese era format (Reiwa) as an option?

Best regards,
Yamamoto""",
    quote_from=YAMAMOTO, quote_style="gt",
),
dict(
    expect=["refusal"], lang="mixed",
    why="one-line reply: weekend on-site support request turned down ('pass'), no alternative or follow-up",
    sender=JINMS, to=[PARK],
    subject="Re: On-site support this Saturday",
    body="""Park 经理,

周六的 on-site support 这次就 pass 了, team 排不出人。

Meishan
""",
    quote="""Meishan,

We need one of your engineers on-site in Seoul this Saturday for the DB migration, just in case. Please confirm by tomorrow.

Minseo""",
    quote_from=PARK, quote_style="outlook",
),
dict(
    expect=["refusal"], lang="zh",
    why="公文体一句话回绝客户开权限的申请,'一律不予办理,此复',没有替代也没有升级",
    sender=ZHOU, to=[HAND], cc=[SUNY],
    subject="关于开通生产库查询权限的回复",
    body="""韩冬老师:

贵行 11 月 5 日来函所提开通生产库查询权限一事,按我司规定一律不予办理,此复。

周启明
交付中心
""",
    quote=None,
),
dict(
    expect=["refusal"], lang="en",
    why="tidy meeting recap with decisions and actions; the open point on French localisation is shut with 'closed ... staying that way', no CR or alternative",
    sender=ETHAN, to=[SOPHIE], cc=[PRIYA],
    subject="Minutes – Release 2 planning, 5 Nov",
    body="""Hi Sophie,

Thanks for hosting us in Lyon, and please thank Camille for the excellent walkthrough of the partner portal. Minutes below.

Decisions
1. Release 2 code freeze moves to 28 Nov; production release stays on 9 Dec.
2. The partner onboarding wizard is split into two steps, as your team proposed.
3. Your ops team takes over first-line support from 1 Jan; we stay on second line.

Action items
- Ethan: revised release plan by 12 Nov.
- Sophie: list of partner pilot users by 14 Nov.
- Dalian QA: regression scope for the wizard by 15 Nov.

Open points
- SSO for partner users: awaiting your security team's review, expected 20 Nov.
- French localisation of the admin console: closed. It's out of scope and it's staying that way.

Let me know if I've missed or misquoted anything.

Best regards,
Ethan
""",
    quote=None,
),
dict(
    expect=["refusal"], lang="zh", trad=True,
    why="繁體友善的近況信;客戶希望報表改每日寄送,一句'恕難照辦'就帶過,沒有評估或替代",
    sender=LIAO, to=[HUANGCW],
    subject="近況更新與報表寄送",
    body="""黃副理您好:

上週在台中的說明會辦得很成功,謝謝您和團隊的安排,業務同仁提的問題也都很實際。

近況跟您更新:
一、行動投保 App 已完成第二輪測試,待修正問題剩 4 項;
二、電子保單寄送的退信率由 3.1% 降到 0.8%;
三、下月起客服系統改由台北團隊駐點支援。

至於您希望把業績報表改為每日寄送,這部分恕難照辦。

下週三的週會照常,屆時見。

廖婉婷
專案經理
""",
    quote=None,
),
dict(
    expect=["refusal"], lang="zh",
    why="上线一周的汇报很用心;客户请求延长hypercare,'这个就算了,到期就撤场',直接回绝",
    sender=ZHAOL, to=[JIANG],
    subject="Re: hypercare 能否延长两周",
    body="""蒋总好,

先感谢贵司 IT 团队这次上线期间的配合,切换当晚凌晨四点大家还在线,真的很给力。

上线一周的情况简单汇报:
1. 系统可用性 99.97%,无 P1 事件;
2. 累计处理保单 1.8 万笔,峰值 TPS 132;
3. 用户反馈 26 条,已处理 21 条。

hypercare 延长两周这个就算了,合同写的是一个月,11 月 30 日到期我们按时撤场。

运维交接清单已发给您团队的小周,请查收。

赵磊
""",
    quote="""赵经理:

考虑到年底业务高峰,我们希望 hypercare 能延长两周到 12 月中,你们看是否可以安排?

蒋文博""",
    quote_from=JIANG,
),
dict(
    expect=["refusal"], lang="zh",
    why="极短回复,客户愿意付费加测试人员,'没戏'一口回绝",
    sender=YANGF, to=[LIUQ],
    subject="Re: 12月临时增加一名测试",
    body="""刘倩你好,

加测试的事没戏,12 月团队还是现在这 8 个人。

杨帆
""",
    quote="""杨经理:

12 月业务高峰前,能否临时加一名测试人员?费用我们另算。

刘倩""",
    quote_from=LIUQ,
),
dict(
    expect=["refusal"], lang="zh",
    why="方案报价邮件分节清楚;排期一节里一句'11月底上线这个时间点我们不接',没有替代方案",
    sender=HEJ, to=[LIUQ], cc=[ZHAOL],
    subject="车险比价功能 方案与报价",
    body="""刘倩您好:

附上"车险比价"功能的方案与报价,要点如下:

一、方案概述
- 对接 5 家保险公司的车险报价接口,统一展示保费、保障范围与增值服务;
- 支持经纪人一键生成比价单(PDF / 小程序卡片);
- 报价结果缓存 15 分钟,降低接口调用成本。

二、报价
- 开发:48 人天,合计 19.2 万元;
- 年度运维:3.6 万元。

三、排期
- 需求确认:11 月 15 日前;
- 开发与联调:11 月 18 日至 12 月 20 日;
- UAT:12 月 22 日至 12 月 31 日。
贵司希望 11 月底前上线,这个时间点我们不接。

四、前提
- 各保险公司接口文档在 11 月 15 日前到位;
- 贵司指定一名业务负责人参与需求确认。

感谢您一直以来的信任,期待合作。

何静
客户经理
""",
    quote=None,
),
dict(
    expect=["refusal"], lang="mixed",
    why="short mixed reply: batch schedule change request refused outright ('动不了'), then moves on",
    sender=CHENJY, to=[SATO],
    subject="Re: batch 时间调整",
    body="""佐藤さん,

batch 时间这个动不了,就维持凌晨 2 点。

另外,下周的 release note 我周三发您。

Jiayi
""",
    quote="""陈さん,

batch job 能不能从凌晨 2 点挪到晚上 10 点?我们东京的 operation team 希望早上上班前就能看到结果。

Sato""",
    quote_from=SATO, quote_style="gt",
),
]

# =====================================================================
# argue (single label)
# =====================================================================
CASES += [
dict(
    expect=["argue"], lang="zh",
    why="排查结论写得规范,末尾一句'但凡认真读过手册,这个缺陷根本不会提',指责客户测试人员",
    sender=SUNY, to=[CAOL],
    subject="Re: 批量代发第501笔起失败",
    body="""曹处您好:

问题已排查清楚,情况如下:

【现象】批量代发文件超过 500 笔时,第 501 笔起返回"超出单批上限"。
【原因】系统设计的单批上限为 500 笔,超出部分需要拆分文件提交,《操作手册》第 3.2 节有说明。
【处理】我们会在前端加一个超限提示,预计下周二的版本带上。

顺带说一句,3.2 节写得清清楚楚,贵行测试的同事但凡认真读过一遍手册,这个"缺陷"根本不会提出来,也省得我们两个人白查一下午。

孙悦
""",
    quote="""孙经理:

测试中发现批量代发在第 501 笔之后全部失败,麻烦尽快排查。

曹蕾""",
    quote_from=CAOL,
),
dict(
    expect=["argue"], lang="en",
    why="'For the third time', points to the contract the client signed and tells them to read it before escalating: lecturing tone",
    sender=ETHAN, to=[JAN],
    subject="Re: INC-4471 SLA breach",
    body="""Jan,

For the third time this quarter: the SLA clock starts when the service desk acknowledges a ticket, not when someone opens it in your portal. That's section 4.1 of the contract your side signed. INC-4471 was acknowledged at 08:52 and resolved at 10:40, well within the window.

I'd appreciate it if people on your side read the contract before escalating to me.

Ethan
""",
    quote="""Ethan,

Ticket INC-4471 was opened at 08:10 and your team only responded at 10:40. That's a breach of the 2-hour SLA. Please explain.

Jan""",
    quote_from=JAN, quote_style="outlook",
),
dict(
    expect=["argue"], lang="zh",
    why="排查结果本身客观,但'说句不太客气的话……下次提单前先把基本检查做了'是教训客户",
    sender=YANGF, to=[HAND], cc=[SUNY],
    subject="对账差异排查结果",
    body="""韩老师:

对账差异的问题,我们两位同事花了整整两天帮贵行排查,结论是贵行提供的测试数据里有 37 笔交易日期填成了未来日期,系统按规则自动拒收。

说句不太客气的话,这种问题贵行完全可以先自己核一下数据再提单,而不是直接定性为"系统缺陷"往上报。下次提单前,麻烦先把最基本的数据检查做了。

修正后的数据重跑结果附后,差异为零。

杨帆
""",
    quote=None,
),
dict(
    expect=["argue"], lang="zh",
    why="短邮件反问'还需要我讲第四遍吗',居高临下",
    sender=ZHAOL, to=[ZHANGM],
    subject="Re: 续保提醒的发送时间",
    body="""张敏你好,

这个问题上周三会上、周五邮件里、昨天电话里我们都答过了,还需要我再讲第四遍吗?附件是周五那封邮件,看第二段。

赵磊
""",
    quote=None,
),
dict(
    expect=["argue"], lang="zh",
    why="时间线列得客观,结尾'这账怎么算也算不到我们头上吧?希望贵司先对齐口径再来谈'是对抗和指责",
    sender=YANGF, to=[QIAN], cc=[HEJ],
    subject="佣金模块延期原因说明",
    body="""钱总:

关于佣金模块延期的原因,我整理了时间线供您参考:
- 9 月 12 日 需求冻结,双方签字;
- 9 月 26 日 贵司追加阶梯佣金规则;
- 10 月 15 日 贵司再次调整分润比例;
- 10 月 30 日 贵司要求增加团队长津贴。

一个月改三次需求,回头却说是我们拖了进度,这账怎么算也算不到我们头上吧?希望贵司内部先把口径对齐,再来谈延期责任。

新的排期见附件,按目前范围 12 月 12 日可交付 UAT。

杨帆
""",
    quote=None,
),
dict(
    expect=["argue"], lang="en",
    why="answers an angry client by blaming his team ('exists because your team ... Those are the facts ... I won't have my team blamed')",
    sender=PRIYA, to=[MARCO], cc=[LARS],
    subject="Re: Payments integration – five weeks late",
    body="""Marco,

Let's be accurate about the timeline. The delay exists because your team delivered the API specifications five weeks late, and then changed the authentication flow twice after we had started building. Those are the facts, and I won't have my team blamed for them.

The recovery plan is attached. If your team can hold the spec stable from today, integration testing finishes on 19 Dec.

Priya
""",
    quote="""Priya,

We are now five weeks behind on the payments integration. Frankly this is unacceptable. I need an explanation from your side and a recovery plan by Friday.

Marco""",
    quote_from=MARCO, quote_style="gt",
),
]

# =====================================================================
# backchannel (single label)
# =====================================================================
CASES += [
dict(
    expect=["backchannel"], lang="zh",
    why="内部准备清单很实用,夹着一段嘲讽客户总监'这位大哥看报表只认颜色'",
    sender=ZHAOL, to=[XUB],
    subject="明天评审准备",
    body="""斌哥,

明天评审的准备情况同步下:
1. 接口文档 v1.4 已发客户;
2. 压测报告我今晚整理完;
3. 演示环境麻烦你明早 9 点前再检查一遍。

另外钱总那边又来了个"小改动"。他嘴里的小改动,哪次不是我们通宵?这位大哥看报表只认颜色,数字对不对他是真不看。明天会上你就顺着他说,别较真。

赵磊
""",
    quote=None,
),
dict(
    expect=["backchannel"], lang="en",
    why="internal note to the bridge SE; useful plan plus mockery of the client ('memory of a goldfish')",
    sender=CHENJY, to=[MORI],
    subject="Sign-off for Sprint 14 scope",
    body="""Kenta,

Quick plan for tomorrow:
- Please bring the printed sign-off sheet from 29 Oct to the 10:00 call.
- I'll share the Sprint 15 backlog on screen; you handle the Japanese terminology questions.
- Let's finish by 10:45, Sato-san has another meeting.

And yes, Tanaka-san signed the scope last week and now claims he's never seen it. Classic Tanaka. The man has the memory of a goldfish and the attention span to match.

Thanks,
Jiayi
""",
    quote=None,
),
dict(
    expect=["backchannel"], lang="mixed",
    why="reply-all accident: complaint about Kim 部长 micro-managing, sent to a colleague with Kim in Cc",
    sender=JINMS, to=[MAX], cc=[KIM],
    subject="Re: 要不要每天发 commit log",
    body="""马骁,

这位 Kim 部长真的是 micro-manage 到极致了,连 commit message 的大小写都要管, team 快被他搞疯了。先别理,等他下周休假再说。

美善
""",
    quote="""美善,

Kim 部长今天又在问 commit 的事,要不要每天给他发一份 commit log?

马骁""",
    quote_from=MAX,
),
dict(
    expect=["backchannel"], lang="zh",
    why="给测试负责人的内部邮件,用'C行那帮人'贬低客户测试水平",
    sender=SUNY, to=[LVT],
    subject="UAT 问题单分类",
    body="""婷婷,

UAT 问题单我过了一遍,分类如下:
1. 真缺陷 11 个,已分给开发;
2. 需求理解差异 6 个,我明天跟曹处确认;
3. 操作问题 19 个。

C行那帮人测试基本就是点点点,报上来一半是自己操作错了。按他们这个水平,操作手册得改成看图说话才行,你辛苦把截图补全吧。

孙悦
""",
    quote=None,
),
dict(
    expect=["backchannel"], lang="zh", trad=True,
    why="內部信給同事,用綽號「保單阿姨」挖苦客戶聯絡人",
    sender=LIAO, to=[ZHENG],
    subject="客服電話整理",
    body="""家豪:

今天客服電話整理如下,麻煩你明天排進修正清單:
一、保單查詢頁在 iPad 上版面跑掉;
二、批次列印的頁碼不連續。

另外那位「保單阿姨」今天又打了三通電話,問的都是同一件事,真不知道她們公司怎麼放心讓她管系統。下次她再打來,你接吧,我先躲一下。

婉婷
""",
    quote=None,
),
dict(
    expect=["backchannel"], lang="zh",
    why="交付总监给客户经理的内部周记,其余内容正常,一段挖苦客户行领导的'架构评审'",
    sender=ZHOU, to=[HEJ],
    subject="本周客户情况小结",
    body="""何静:

本周几个客户的情况简单说一下:
1. 经纪公司:续约进入用印流程,预计下周完成;
2. 日本客户:Sprint 14 验收通过,回款按计划;
3. 银行:方案评审周四开完,纪要已发。

说到银行那场评审,许总所谓的"架构评审",就是问了一句 K8s 是不是某种数据库,然后拍板说"我看行"。这种评审,开多少次都是走过场。

下周一例会再细聊。

周启明
""",
    quote=None,
),
]

# =====================================================================
# ramble (single label)
# =====================================================================
CASES += [
dict(
    expect=["ramble"], lang="zh",
    why="约七百字的钓鱼、考级、火锅、马拉松闲聊,唯一要办的事(确认是否参加周二评审会)埋在中间",
    sender=HEJ, to=[QIAN],
    subject="周末闲话,顺便一件小事",
    body="""钱总好:

好久没跟您好好聊聊了,借这个周末的空写几句。

上周六我终于去了一趟千岛湖,就是上次吃饭时您推荐的那个钓点。早上五点出发,六点半到湖边,雾还没散,整个湖面跟水墨画似的。我在那坐了一上午,只钓上来两条巴掌大的鲫鱼,旁边一位大爷倒是一口气上了三条翘嘴,看得我直眼馋。大爷说我的饵料太香了,鱼反而不上钩,得用他那种带点腥味的自配饵。我回来上网查了半天,也没搞明白他那个配方,下次有机会还得请您指点指点。

说到周末,我家闺女这个月钢琴考八级,天天晚上练到九点多,邻居都快被她弹熟了。她最头疼的是一首巴赫的小前奏曲,左右手老是打架,急得直哭。我小时候学过两年二胡,现在想想,那种练不出来的滋味真是一模一样。她妈妈说考完就带她去一趟厦门,看看海,放松一下。

对了,下周二下午三点的需求评审会,麻烦您确认一下能不能参加。

前天我们楼下新开了一家潮汕牛肉火锅,吊龙、匙柄、胸口朥都很新鲜,牛肉丸是现场手打的,一咬就弹。老板是汕头人,说每天凌晨从屠宰场直接拉牛,中午十二点之前来最好。我上次点了一份牛杂,汤底清甜,配沙茶酱简直一绝。您要是哪天来我们这边开会,一定带您去尝尝。

另外,天气预报说下周要降温十度,早晚可能只有五六度,您出门记得多穿点。我们办公室空调前两天坏了一台,行政说要等配件,大家只好裹着羽绒服写代码,场面有点好笑。

最后顺便说一句,我最近开始跑步了,每周三次,每次五公里,目标是明年春天跑个半马。第一次跑完腿疼了三天,现在好多了,配速也从七分半提到了六分四十。您以前不是跑过全马吗?有空一定要跟您请教一下怎么配速、怎么补给,还有跑鞋到底选缓震的还是轻量的。

祝周末愉快!

何静
""",
    quote=None,
),
dict(
    expect=["ramble"], lang="en",
    why="about 450 words on Lyon, cheese, cycling and a novel; the one actionable line (signed SOW amendment by 20 Nov) is buried in the middle",
    sender=PRIYA, to=[SOPHIE],
    subject="Back from Lyon",
    body="""Hi Sophie,

I hope your week is going well. I only got back to Dalian on Sunday night and I'm still a bit jet-lagged, so forgive me if this one wanders.

First of all, thank you again for the dinner on Thursday. I have been telling everyone in the office about that little bouchon near the Saint-Jean cathedral. I had never tried quenelles before and I'm now slightly obsessed. I looked up a recipe on the plane and it seems to involve far more butter and patience than I have, so I may just have to come back to Lyon instead. Your colleague Camille also recommended a cheese shop in Les Halles, and I ended up carrying a wedge of Saint-Marcellin all the way home in my hand luggage. The security officer in Frankfurt gave me a very long look.

On Saturday morning I rented a bike and rode along the Rhone towards the Confluence museum. The weather was perfect, cold but bright, and there were hundreds of runners out, I think training for some race. I stopped halfway for a coffee and watched a group of older men playing petanque with total seriousness, arguing about a few centimetres. It was the most relaxed I've felt in months.

One thing I need from you: please send the signed SOW amendment by 20 November.

I also finally started the novel you mentioned, the one about the family vineyard in Burgundy. I'm about a third of the way in. The grandmother is my favourite character so far, although I have a feeling something terrible is going to happen to the vineyard in the second half. Please don't tell me. My book club here has been reading nothing but crime thrillers this year, so I'm going to suggest it as a change of pace.

Back in Dalian it has turned properly cold already. The sea wind along Xinghai Square is brutal at this time of year, and my team keeps teasing me for coming to work in a scarf and a hat while they are still in light jackets. We had the first hotpot evening of the season on Monday to welcome me back, and of course I brought the last of the Saint-Marcellin, which was a huge success with about half of the team and a complete failure with the other half.

Anyway, I should get back to my inbox, which has grown alarmingly while I was away. Say hello to Camille and the rest of the team for me, and I hope we can find a reason for another visit in the spring, ideally when the markets are full of cherries.

All the best,
Priya
""",
    quote=None,
),
dict(
    expect=["ramble"], lang="mixed",
    why="long mixed chat about Tokyo, ramen, autumn leaves, sumo and the JLPT; the UAT start date to confirm is one line in the middle",
    sender=CHENJY, to=[SATO], cc=[MORI],
    subject="东京之行 + 一个小确认",
    body="""佐藤さん,

上周在东京真是 thank you so much,您安排得太周到了。回大连之后我一直在跟 team 讲这趟出差,大家都说下次要抢着去。

先说吃的。您带我们去的那家新宿的 ramen 店,豚骨汤底浓到勺子都能立住,我回来之后在大连找了三家号称正宗的,没有一家比得上。Mori 说他老家福冈的更厉害,还给我画了一张地图,说下次一定要去博多的屋台。另外那天晚上的居酒屋,烤鸡皮和梅酒的组合我到现在还念念不忘,只是第二天早上开会的时候头有点疼,哈哈。

然后是红叶。周六那天我一个人去了高尾山,本来以为人不会太多,结果山道上全是人,排队排到怀疑人生。不过到了山顶,看到整片山都是红的黄的,远处还能隐约看到富士山,一下子觉得值了。我拍了大概三百张照片,手机存储直接爆掉,回来只好删了一半。

说到这个,UAT 开始日期我们这边 plan 的是 11/24,麻烦您确认一下 OK 不 OK。

还有 sumo!周日去两国国技馆看了十一月场所的 replay 转播活动,虽然不是现场比赛,但是气氛非常热烈。旁边一位老爷爷很热情地跟我解释了各种决まり手,我的日语只听懂了一半,但是非常开心。我现在的目标是明年考过 JLPT N2,每天早上坐地铁的时候背单词,目前最大的敌人是敬语,尊敬语和谦让语总是搞混,给您写邮件的时候都不敢用太多。

对了,回程那天在羽田机场买了好多伴手礼,东京ばな奈、白色恋人 (虽然是北海道的)、还有一盒抹茶巧克力,结果在 team 里五分钟就被抢光了,我自己一块都没吃到。下次一定要多买两盒藏起来。

最后分享一件小事:我家的猫最近迷上了我从东京带回来的纸袋,每天都要钻进去睡午觉,谁拿走就跟谁急。我本来给它买了一个很贵的猫窝,它一次都没进去过。

天气转凉了,东京应该也冷了吧,请多保重身体。下次您来大连,一定请您吃海鲜。

Jiayi
""",
    quote=None,
),
]

# =====================================================================
# two labels
# =====================================================================
CASES += [
dict(
    expect=["persuade", "argue"], lang="mixed",
    why="status mail that lectures the client for reopening closed decisions and says there is nothing left to debate: 'please get on board'",
    sender=JINMS, to=[PARK], cc=[ZHOU],
    subject="Cut-over plan – final",
    body="""Park 经理,

先同步几件 done 的事情:
- data migration 的第三次 rehearsal 已完成,耗时 3h40m, 在 window 之内;
- rollback script 已经在 staging 验证过;
- 运维交接的 checklist 已发给你们 IT 部门。

然后我必须说一句:你们 team 一直在 reopen 八月就 close 掉的 decision,这样下去谁都没法 deliver。cut-over 我们已经按我们的 proposal 排进 calendar 了, 12/6 晚上 22:00 开始,没有什么可以再 debate 的,请你们 get on board。

Meishan
""",
    quote=None,
),
dict(
    expect=["refusal", "argue"], lang="zh",
    why="'这个字段不加'直接回绝,又用'合同精神还要不要了?'质问客户",
    sender=YANGF, to=[LIUQ],
    subject="Re: 投保页增加推荐人字段",
    body="""刘倩:

这个字段不加。需求冻结的时候贵司是签了字的,现在又来改,合同精神还要不要了?

杨帆
""",
    quote="""杨经理:

业务部门刚提出来,投保页希望增加一个"推荐人"字段,方便统计渠道来源。麻烦评估一下。

刘倩""",
    quote_from=LIUQ,
),
dict(
    expect=["ramble", "refusal"], lang="zh",
    why="六百多字的新同事、咖啡、搬家闲聊,中间埋了一句'PDF加水印我们就不做了哈',既跑题又直接回绝",
    sender=LINX, to=[LIUQ],
    subject="最近的一些事~",
    body="""刘倩姐好呀:

最近一直想给你写封信,今天终于有空了,随便聊几句。

首先是我们组来了一个新同事,叫小葛,刚毕业,特别有意思。第一天上班就把自己的工位布置成了植物园,绿萝、多肉、龟背竹摆了一排,还给每盆都起了名字。现在全组的人中午都去他那里晒太阳聊天,我们领导路过的时候还问是不是换了办公室。

然后我最近迷上了手冲咖啡。上个月买了一套入门的器具,手摇磨豆机、滤杯、细口壶,还有一个电子秤。刚开始总是冲得又苦又涩,后来看了好多视频,才知道水温、研磨度、注水速度都有讲究。现在每天早上给自己冲一杯埃塞俄比亚的耶加雪菲,有柑橘和茉莉的香气,心情都会变好。你要是喜欢,下次我带一包豆子给你。

对了,你说的导出 PDF 加水印,这个我们就不做了哈。

还有一件大事:我终于搬家了!之前住的地方离公司要坐一个半小时地铁,每天光通勤就要三个小时,人都快废了。现在搬到公司附近,走路十五分钟,早上可以多睡一个小时。就是新房子的厨房有点小,冰箱和微波炉只能摆一个,我纠结了一周,最后选了冰箱,微波炉送给了楼下的阿姨。阿姨为了感谢我,送了我一罐她自己腌的酸豆角,配粥特别香。

周末我还去看了一场脱口秀,有一个演员讲他跟他妈妈视频通话的段子,笑得我眼泪都出来了。旁边一个大哥笑得太大声,被演员现场点名互动,全场都乐疯了。

再说说天气,最近早晚温差好大,我们办公室好几个人都感冒了,你也要注意多喝热水呀。我妈听说我感冒了,连夜寄来一大箱梨和川贝,让我每天炖冰糖雪梨,结果我一个人根本吃不完,只好分给全组同事,现在大家见了我都喊"梨姐"。

哦还有,我报了一个周末的陶艺班,第一节课做了一个歪歪扭扭的杯子,老师说很有"个性",我怀疑她是在安慰我。等烧出来了拍照给你看。

就先写到这里啦,有空一起吃饭!

林晓
""",
    quote=None,
),
dict(
    expect=["backchannel", "persuade"], lang="en",
    why="to the client sponsor: disparages her colleague Jan ('hasn't touched a production system in ten years') and urges her to overrule him as 'the only sensible route'",
    sender=PRIYA, to=[ANNA],
    subject="Proposal for the monitoring stack",
    body="""Hi Anna,

Thanks for the call this morning. As discussed, here is where we are on the monitoring stack.

Where we are
- Our proposal (Prometheus and Grafana, run by our Dalian ops team) was sent on 30 Oct.
- The pilot on the claims service has been running for two weeks with no false alarms.
- Licence cost is zero; run cost is included in the current managed-service fee.

Jan's objections
Frankly, Jan's objections come from someone who hasn't touched a production system in ten years, and it shows. I'd suggest you overrule him and sign the proposal as it stands. It is the only sensible route, and the longer we wait the more it costs you.

Next step
If you can sign by Friday, we start the rollout on 17 Nov.

Best,
Priya
""",
    quote=None,
),
]

# =====================================================================
# hard negatives: minimal twins of the subtle positives
# =====================================================================
CASES += [
dict(
    expect=[], lang="en",
    why="twin of the Tableau status mail: recommends Metabase with reasons but leaves the decision and a trial to the client",
    sender=CHENJY, to=[TANAKA], cc=[MORI],
    subject="Order Portal – weekly status, week 46",
    body="""Dear Tanaka-san,

Thank you for joining the sprint review on Tuesday; your comments on the order history screen were very helpful. Here is our weekly status for the Order Portal offshore delivery.

1. Progress
- Sprint 15 is on track: 14 of 24 story points done at mid-sprint.
- Bulk price upload is in testing; the CSV header mapping is waiting for your sample files.
- Mori-san updated the glossary with the 38 terms your operations team reviewed.

2. Risks
- The staging database refresh moved from 12 Nov to 14 Nov. We have shifted the performance test by two days; the release date is unaffected.

3. Dashboard tool
On your preference for Tableau: we ran both tools side by side for two weeks. Metabase costs about a third of the Tableau licence and covers 11 of your 12 dashboards; Tableau covers all 12. Our recommendation is Metabase, but it's your call. If Tableau matters more to your managers, we can keep the trial licence running until 30 Nov so they can try both. Could you let us know your preference by 20 Nov?

4. Next steps
- Performance test plan: attached for your review.
- Sprint 15 review on 21 Nov, 15:00 JST.

Best regards,
Jiayi Chen
Project Manager, Order Portal
""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="与'旧版报价页'那封周报成对:给出A/B两个方案与成本,说明倾向,由客户周四前决定",
    sender=ZHAOL, to=[QIAN], cc=[LIUQ],
    subject="经纪人展业平台 第46周项目周报",
    body="""钱总您好:

本周"经纪人展业平台"项目进展汇报如下,请您审阅。

一、本周完成
1. 报价页新版剩余 2 个样式问题已关闭,进入待发布状态;
2. 佣金结算模块完成开发自测;
3. 区域经理演示周三完成,收集到 9 条建议,已整理发刘倩。

二、下周计划
1. 佣金结算模块 UAT;
2. 根据区域经理的建议调整首页布局。

三、需要您决定的事项
关于您提出旧版报价页再保留一段时间的想法,我们评估了两种做法:
A. 下周一新版上线、旧版同步下线,切换成本最低;
B. 新旧版并行两周,需要多维护一套报价规则,人力上我们可以支持。
我们倾向 A,但区域经理的使用习惯您比我们更了解,请您周四前定一下,两种我们都能准备好。

四、风险
- 佣金规则最终版如晚于 11 月 14 日提供,UAT 相应顺延。

赵磊
项目经理 | 经纪人展业平台
""",
    quote=None,
),
dict(
    expect=[], lang="mixed",
    why="twin of the SSO mail: compares both options, states a preference, the client decides by a date",
    sender=JINMS, to=[KIM], cc=[MAX],
    subject="Re: SSO – Azure AD or Keycloak?",
    body="""Kim 部长您好,

谢谢您的邮件,这个问题问得很好。

关于 SSO 两个方案:
- Azure AD: 你们已经有 Office 365 license, 用户目录现成,运维在你们 IT 那边;
- Keycloak: on-premise 可控,没有 per-user 费用,但需要我们或你们 team 长期维护。

我附了一页 comparison, 包括 cost 和 maintenance effort。两者在 12/15 go-live 前都来得及 setup, 只要 11/25 前定下来即可。我们略微倾向 Keycloak, 但 security team 的意见更重要,最终请 Kim 部长拍板。如果需要,我们可以周四安排一个 30 分钟的 call 一起过一遍。

Best regards,
金美善 Meishan Jin
Delivery Manager, Seoul Program
""",
    quote="""Hi Meishan,

Our security team wonders whether Azure AD would be a better fit than Keycloak, since we already use it for Office 365. What do you think?

Thanks,
Jiwoo""",
    quote_from=KIM, quote_style="gt",
),
dict(
    expect=[], lang="en",
    why="twin of the hosting proposal: prices both options, explains the trade-off and leaves the choice to the client",
    sender=ETHAN, to=[ANNA], cc=[JAN],
    subject="Hosting proposal – Claims Hub EU rollout (v2)",
    body="""Hi Anna,

As promised after Tuesday's workshop, here is the updated hosting proposal for the Claims Hub EU rollout.

Option A: single region (Frankfurt)
- Nightly backups replicated to a second availability zone
- Estimated run cost: EUR 7,400 per month
- Recovery point: up to 24 hours

Option B: dual region (Frankfurt and Amsterdam), as your team suggested
- Continuous replication between regions
- Estimated run cost: EUR 10,500 per month, plus about two weeks on the build
- Recovery point: a few minutes

Our view
Option A covers the availability targets in the SOW, which is why we priced it first. Whether the shorter recovery point in Option B is worth the extra cost depends on how your regulators look at claims data, and you're better placed to judge that than we are. Both fit the 12 Jan pilot date if we hear from you by 21 Nov.

Thanks again to you and Jan for a very productive session.

Kind regards,
Ethan Wu
Engagement Manager
""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="与'双人复核'感谢信成对:认可客户想法有道理,建议先在一个分行试点两周再由贵行决定",
    sender=SUNY, to=[CAOL], cc=[HAND],
    subject="UAT 收尾及双人复核试点建议",
    body="""曹处您好:

UAT 昨天顺利收尾,特地写信感谢您和团队这三周的辛苦。

几件想特别感谢的事:
1. 贵行测试组连续两个周末加班,把 412 条用例全部跑完,通过率 98.3%;
2. 您协调的脱敏样本,帮我们提前发现了两个跨行转账的边界问题;
3. 韩冬老师对报表口径的把关非常细,省了我们后期大量返工。

遗留的 7 个低优先级问题,会在 11 月 20 日的补丁里一并修复,清单见附件。

您上次提到的大额转账双人复核,我们内部讨论后觉得很有道理,风险控制上确实更稳。考虑到对柜面效率的影响,我们的建议是先在一个分行试点两周,统计平均处理时长,再由贵行决定是否全面推广。系统上两种模式我们都已准备好,开关可配置。

再次感谢!投产前的切换演练,我们周四再约时间细聊。

孙悦
渠道系统升级项目 项目经理
""",
    quote=None,
),
dict(
    expect=[], lang="zh", trad=True,
    why="與欄位凍結那封成對:建議以此版為基準,後續增補走變更單,三個工作天內回覆影響評估,由客戶決定",
    sender=ZHENG, to=[CHENML],
    subject="理賠模組進度更新(11月第三週)",
    body="""陳經理您好:

感謝您本週協助安排業務同仁試用,回饋非常具體。以下是理賠模組的進度更新:

【已完成】
1. 文件上傳與影像辨識功能完成,辨識準確率約 96%;
2. 理賠進度通知簡訊已完成測試門號驗證。

【進行中】
1. 內部測試第二輪,預計 11 月 25 日完成;
2. 使用者驗收腳本初稿,下週一寄給您。

【欄位定案】
為了排程順利,建議先以目前這一版作為理賠申請欄位的基準版本。若貴司內部後續還有增補需求,請填寫變更單給我,我們會在三個工作天內回覆影響評估與時程,再由您決定是否納入本期。

如有任何問題,歡迎隨時來電。

鄭家豪
專案經理 台北辦公室
""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="与'模板改版就不改了'的月报成对:登记变更单号,给出评估日期和临时办法",
    sender=YANGF, to=[QIAN], cc=[ZHANGM],
    subject="经纪人展业平台 十月月报(修订)",
    body="""钱总:

十月份月报奉上。这个月能按期交付,离不开贵司运营团队的配合,尤其是张敏在数据核对上的耐心,辛苦了。

■ 交付情况
- 续保提醒功能 10 月 21 日上线,首周触达客户 3,260 人;
- 经纪人 App 2.4 版本通过应用商店审核;
- 工单平均处理时长由 6.2 小时降到 4.1 小时。

■ 质量
- 生产缺陷 3 个,均为 P3,已全部修复;未发生 P1/P2 事件。

■ 十一月计划
- 佣金结算模块 UAT;年底业务高峰前的压测。

■ 其他
您上周提到的保单批量导入 Excel 模板改版,已登记为变更单 CR-2026-031。改版涉及校验规则和历史模板兼容,我们会在 11 月 14 日前给出工作量评估和排期建议;在此之前旧模板照常可用,张敏那边遇到格式问题,可以直接发给我们代为转换。

杨帆
项目经理
""",
    quote=None,
),
dict(
    expect=[], lang="en",
    why="twin of the Reiwa refusal: not in this release, but logged as CR-118 with an estimate date and an interim workaround",
    sender=MORI, to=[YAMAMOTO], cc=[CHENJY],
    subject="Re: Invoice PDF – Japanese era dates",
    body="""Dear Yamamoto-san,

Thank you for the kind message, and for passing on the accounting team's request.

The Reiwa date format isn't part of the v2.0 scope, so it can't go into the current release, but it is a reasonable request and I have logged it as CR-118. Our team will estimate it by 12 Nov; my first guess is that it is a small change to the PDF template.

In the meantime, the attached Excel template converts the dates in the CSV export to the era format, so the accounting team can use it from today.

Best regards,
Kenta Mori
Bridge SE
""",
    quote="""Mori-san,

Congratulations on the release. Our accounting team is very happy with the new invoices.
One request from them: could the invoice PDF show dates in the Japanese era format (Reiwa) as an option?

Best regards,
Yamamoto""",
    quote_from=YAMAMOTO, quote_style="outlook",
),
dict(
    expect=[], lang="mixed",
    why="twin of the on-site 'pass': staffing is tight, checks with the delivery head, replies by a time, offers remote standby",
    sender=JINMS, to=[PARK], cc=[ZHOU],
    subject="Re: On-site support this Saturday",
    body="""Park 经理,

收到。周六 on-site 这边人手确实比较紧,两位 senior DBA 都在东京项目上。我先和 delivery head 周总确认能否调人,明天 12:00 前给您答复。

万一现场去不了,我们可以安排 remote standby: 两位 DBA 全程在线,加一条 hotline, 响应时间 15 分钟以内。migration checklist 今晚先发您过目。

Meishan
""",
    quote="""Meishan,

We need one of your engineers on-site in Seoul this Saturday for the DB migration, just in case. Please confirm by tomorrow.

Minseo""",
    quote_from=PARK, quote_style="outlook",
),
dict(
    expect=[], lang="zh",
    why="公文体的'暂不能直接开通',但有替代方案(每日脱敏快照)和上报信息安全委员会、书面意见日期",
    sender=ZHOU, to=[HAND], cc=[SUNY],
    subject="关于开通生产库查询权限的回复",
    body="""韩冬老师:

贵行 11 月 5 日来函所提开通生产库查询权限一事,经核对,按我司安全规范,外部账号暂不能直接连接生产库。

为不影响贵行的对账工作,我们建议先采用以下替代方式:每日 08:00 前提供脱敏后的查询结果快照,字段范围可由贵行指定。

如贵行确需直连,我们已将申请提交至我司信息安全委员会,预计 11 月 20 日前给出书面意见,届时由孙悦同步给您。

周启明
交付中心
""",
    quote=None,
),
dict(
    expect=[], lang="en",
    why="twin of the 'closed, staying that way' minutes: out of scope for this release, logged as CR-044 with an estimate date and an interim option",
    sender=ETHAN, to=[SOPHIE], cc=[PRIYA],
    subject="Minutes – Release 2 planning, 12 Nov",
    body="""Hi Sophie,

Thanks for the call today. Minutes below.

Decisions
1. Release 2 code freeze stays on 28 Nov; production release on 9 Dec.
2. Partner pilot users: the 24 names you sent are confirmed.

Action items
- Ethan: send the updated cut-over plan by 18 Nov.
- Sophie: confirm the support rota for the release weekend by 20 Nov.

Open points
- SSO for partner users: your security team's review is now expected on 22 Nov.
- French localisation of the admin console: out of scope for Release 2, as agreed in the SOW. I've logged it as CR-044 and we'll send an estimate by 28 Nov, so you can decide whether to fund it for Release 3. In the meantime, browser translation works on the read-only screens if that helps your French-speaking admins.

Let me know if I've missed anything.

Best regards,
Ethan
""",
    quote=None,
),
dict(
    expect=[], lang="zh", trad=True,
    why="與「恕難照辦」成對:說明資源限制,下週三前評估回覆,先提供手動匯出的替代做法",
    sender=LIAO, to=[HUANGCW],
    subject="Re: 業績報表改為每日寄送",
    body="""黃副理您好:

謝謝您的建議,每日寄送確實能讓區經理更快掌握業績。

目前排程系統的夜間批次資源比較緊,改為每日寄送需要先確認會不會影響保單批次。我們會在下週三前完成評估並回覆您可行性與時程。

在此之前,業績報表可以在系統的「報表中心」隨時手動匯出,操作說明附在信末,區經理若有需要可以先用這個方式。

廖婉婷
專案經理
""",
    quote="""婉婷您好:

區經理們反映每週一次的業績報表不夠即時,能否改為每天早上寄送?

黃志偉""",
    quote_from=HUANGCW,
),
dict(
    expect=[], lang="zh",
    why="与'11月底这个时间点我们不接'成对:说明风险,给出A/B两个上线方案由客户选择",
    sender=HEJ, to=[LIUQ], cc=[ZHAOL],
    subject="车险比价功能 方案与报价(含两种排期)",
    body="""刘倩您好:

附上"车险比价"功能的方案与报价,要点如下:

一、方案概述
- 对接 5 家保险公司的车险报价接口,统一展示保费、保障范围与增值服务;
- 支持经纪人一键生成比价单(PDF / 小程序卡片)。

二、报价
- 开发:48 人天,合计 19.2 万元;年度运维:3.6 万元。

三、排期
贵司希望 11 月底前上线。我们评估下来,完整功能在 11 月底上线风险较高,主要卡在保险公司接口联调。提供两个方案供您选择:
A. 11 月 28 日先上线基础比价(3 家保险公司,不含历史报价),12 月 20 日补齐其余功能;
B. 12 月 20 日完整上线,UAT 更充分。
两种方案报价相同,请您这边结合业务节奏定夺。

四、前提
- 各保险公司接口文档在 11 月 15 日前到位。

何静
客户经理
""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="与'小程序自研多半绕回来'成对:支持客户自研,提供接口与联调,两种报价并列,决定权在客户",
    sender=ZHAOL, to=[LIUQ],
    subject="Re: 小程序部分是否由我方自研",
    body="""刘倩您好,

谢谢您提前跟我们通气,预算的压力我们都理解。

关于小程序由贵司自研:完全可行。我们这边可以提供:
1. 后台接口文档 v1.3(已补充投保单状态回调);
2. 沙箱环境和测试账号;
3. 两周的联调支持,期间每天一次站会。

需要提醒一点:小程序上架审核一般要 7 到 10 个工作日,排期时建议预留。

如果评估下来还是希望由我们来做,也随时可以再谈。两种方式的报价我都附在邮件里了,您这边定就好。

赵磊
""",
    quote="""赵经理:

我们内部在考虑小程序那部分由我们 IT 自己开发,你们只负责后台接口,这样预算能省一些。你们怎么看?

刘倩""",
    quote_from=LIUQ,
),
dict(
    expect=[], lang="en",
    why="twin of the nearshore mail: concerns called fair, cost and overlap laid out, a middle path offered, the SteerCo decides",
    sender=PRIYA, to=[LARS],
    subject="Re: Nearshore vs Dalian – business leads' concerns",
    body="""Hi Lars,

Thanks for passing this on. The concerns are fair, and I'd rather we take them seriously now than discover them in month three.

Some numbers to frame the discussion:
- Nearshore in Poland adds about 28% to the run cost, by our estimate.
- It gives 6 to 7 more overlap hours a day with your business teams.
- Travel for workshops would be a day trip instead of a long-haul flight.

One middle path: a small nearshore hub of three people for the business-facing roles (product owner proxy, BA, test lead), with the build team in Dalian.

I'd suggest we put all three options in front of the steering committee on 18 Nov and let your business leads decide. I'll send a one-page comparison by the 14th so they have time to read it.

Best,
Priya
""",
    quote="""Priya,

Following yesterday's steering committee, several of our business leads still feel strongly about keeping the development team nearshore in Poland rather than moving it to Dalian. Time zones and travel are their main worries. Can we discuss this again next week?

Lars""",
    quote_from=LARS, quote_style="outlook",
),
dict(
    expect=[], lang="zh",
    why="与纪要'令牌化没有再评估必要'成对:两种方案各列利弊,会上未定,请客户确认倾向",
    sender=ZHOU, to=[XUGP], cc=[CAOL, HAND, SUNY, XUB],
    subject="11月6日方案评审会议纪要",
    body="""许总您好:

感谢您今天抽出两个小时参加方案评审。会议纪要如下,请查阅。

【时间】11 月 6 日 14:00-16:00
【参会】贵行:许国平、曹蕾、韩冬;我方:周启明、孙悦、徐斌

【结论】
1. 批处理窗口调整为 23:00-03:00,贵行运维确认可行;
2. 日终对账报表增加"差错笔数"字段,纳入本期。

【待定】
3. 数据脱敏:我方的掩码方案实施快、成本低;许总提出的令牌化方案可逆,便于后续排查问题,但需要增加约 8 人天。会上未最终确定,对比表附后,请许总在下周一前确认倾向,我们据此安排测试数据准备。

【待办】
- 孙悦:11 月 10 日前提交修订版设计文档;
- 韩冬:11 月 12 日前确认批处理窗口的监控告警阈值。

如纪要有出入,请在周五前告诉我们。

周启明
交付总监
""",
    quote=None,
),
]

# =====================================================================
# hard negatives: firm facts, follow-through, constructive internal mails, banter
# =====================================================================
CASES += [
dict(
    expect=[], lang="en",
    why="firm but polite facts on a delay, no blame ('not to assign blame'), admits our own slip; the anger is only in the client's quote",
    sender=PRIYA, to=[MARCO], cc=[LARS],
    subject="Re: Payments integration – five weeks late",
    body="""Marco,

I understand the frustration, and I'm sorry we're in this position. To be transparent about the timeline:

- The API specifications were planned for 29 Aug and arrived on 3 Oct.
- The authentication flow changed on 10 Oct and again on 24 Oct.
- On our side, we lost three days to an environment issue in the Dalian test lab, which we should have caught earlier.

I'm not listing this to assign blame; it's so we can agree on what to protect from here. The recovery plan is attached: if the spec stays stable from today, integration testing finishes on 19 Dec. I've also added a weekly 30-minute checkpoint between our architects so changes surface early.

Could we walk through the plan on Thursday?

Priya
""",
    quote="""Priya,

We are now five weeks behind on the payments integration. Frankly this is unacceptable and I am starting to question whether your team is competent to deliver this at all. I need an explanation and a recovery plan by Friday.

Marco""",
    quote_from=MARCO, quote_style="gt",
),
dict(
    expect=[], lang="zh",
    why="与'但凡认真读过手册'成对:同一排查结论,把原因归到我方文档不够清楚,并安排现场复测",
    sender=SUNY, to=[CAOL],
    subject="Re: 批量代发第501笔起失败",
    body="""曹处您好:

问题已排查清楚,情况如下:

【现象】批量代发文件超过 500 笔时,第 501 笔起返回"超出单批上限"。
【原因】系统设计的单批上限为 500 笔,超出部分需要拆分文件提交。这一点手册第 3.2 节虽有提及,但写得不够醒目,页面上也没有提示,是我们考虑不周。
【处理】
1. 下周二的版本在前端增加超限提示,并支持自动拆分;
2. 手册 3.2 节已改为加粗提示,更新版附后;
3. 明天上午安排同事到贵行现场,和测试组一起复测。

给您和测试组添麻烦了。

孙悦
""",
    quote="""孙经理:

测试中发现批量代发在第 501 笔之后全部失败,麻烦尽快排查。

曹蕾""",
    quote_from=CAOL,
),
dict(
    expect=[], lang="zh",
    why="与'讲第四遍'成对:承认之前可能没讲清楚,重新整理要点并主动打电话",
    sender=ZHAOL, to=[ZHANGM],
    subject="Re: 续保提醒的发送时间",
    body="""张敏你好,

这个问题上周三的会上我们聊过,可能我当时讲得太快了,我再把要点整理一下:

1. 续保提醒在保单到期前 30 天、15 天、3 天各发一次;
2. 短信在上午 10:00 发送,App 推送在上午 9:30;
3. 如客户已在线上续保,后续提醒会自动取消。

如果还有不清楚的地方,我下午三点给你打个电话,当面过一遍。

赵磊
""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="'如周一电话里所说'是兑现承诺的跟进,不是'我早就说过了'",
    sender=YANGF, to=[JIANG],
    subject="费率表确认",
    body="""蒋总好,

如周一电话里所说,我今天把 2027 年度的费率表确认好了,附件是终版,与草稿相比只调整了测试工程师一档(下调 3%)。

用印流程您那边方便的时候走即可,有疑问随时找我。

杨帆
""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="PM 回复同事带情绪的内部抱怨(只在引用里),理解客户压力,提议当面沟通,属建设性内部讨论",
    sender=ZHAOL, to=[XUB],
    subject="Re: 报表颜色又要改",
    body="""斌哥,

理解你的火气,这周确实改了三轮。

不过我打听了一下,钱总这套报表下周要上董事会,他压力也很大,反复改颜色其实是担心领导看不清重点。明天上午我跟你一起去当面找他,把他真正关心的几个指标问清楚,争取一次定稿,后面就不用来回折腾了。颜色方案我先准备两版带过去。

赵磊
""",
    quote="""磊哥,

钱总又要改报表颜色,这人是不是闲的?我们天天陪他玩配色游戏,正事都干不完了。

斌""",
    quote_from=XUB,
),
dict(
    expect=[], lang="en",
    why="internal reply to a colleague's dismissive remark (only in the quote): assumes a process gap, no mockery, proposes resending minutes and a call",
    sender=CHENJY, to=[MORI],
    subject="Re: Tanaka-san and the Sprint 14 sign-off",
    body="""Kenta,

Let's not go down that road. It's quite possible the sign-off went to their shared inbox and never reached him personally; that has happened before with the ops mailbox.

Plan for tomorrow:
- I'll resend the minutes from 29 Oct to Tanaka-san directly, with the scope table highlighted.
- Please offer him a 15-minute call in Japanese to walk through it.
- If he wants changes, we log them as Sprint 15 items rather than reopening Sprint 14.

Thanks,
Jiayi
""",
    quote="""Jiayi,

Tanaka now says he never saw the Sprint 14 sign-off. Honestly, the guy forgets everything.

Kenta""",
    quote_from=MORI, quote_style="gt",
),
dict(
    expect=[], lang="mixed",
    why="internal note with the client deliberately in Cc: reads Kim 部长's detailed questions as audit pressure and offers him a weekly summary",
    sender=JINMS, to=[MAX], cc=[KIM],
    subject="Re: 要不要每天发 commit log",
    body="""马骁,

Kim 部长关心 commit 的细节,其实说明他们内部 audit 压力比较大,这个我们应该支持。我把他 cc 上了,直接问一下他的需求。

Kim 部长:我们的建议是每周五给您一份 change log summary, 按 feature 归类,附上对应的 ticket 和 reviewer。如果您需要每天的版本,我们也可以自动生成。您看哪种更方便?

美善
""",
    quote="""美善,

Kim 部长今天又在问 commit 的事,要不要每天给他发一份 commit log?

马骁""",
    quote_from=MAX,
),
dict(
    expect=[], lang="zh",
    why="同事之间的玩笑:'服了'是夸同事,'我这脑子'自嘲,不涉及客户",
    sender=SUNY, to=[MAX], cc=[XUB],
    subject="凌晨的批处理",
    body="""马骁,

服了,真服了。凌晨三点把日终批处理救回来,还顺手补了告警,今天早上曹处那边完全没感觉到,对账一次通过。

说起来都怪我这脑子,上线脚本里把 cron 写成了 UTC 时间,差了八个小时。我已经在复盘文档里记上了,下周例会我来讲。

今晚火锅我请,斌哥作陪。

孙悦
""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="内部邮件提到客户联系人反复来电,但体谅她的月底压力,提议做一页常见问题帮她",
    sender=ZHAOL, to=[LVT],
    subject="张敏那边的来电",
    body="""婷婷,

保单运营的张敏今天打了三通电话,问的都是批量打印页码的事。看得出她们那边月底结算压力很大,系统一出点小状况,她就得挨个跟业务解释。

我的想法:
1. 页码问题明天的补丁先修掉;
2. 你把近一个月她问过的问题整理成一页纸的常见问题,附上截图;
3. 周四我带着这页纸去她们办公室,当面过一遍。

能帮她省不少事,我们也少接电话。

赵磊
""",
    quote=None,
),
dict(
    expect=[], lang="mixed",
    why="risky words as technical terms: 'must restart', Connection refused, reject unsigned requests, unique constraint",
    sender=MAX, to=[LEE], cc=[JINMS],
    subject="Re: patch 1.8.3 安装后报错",
    body="""Lee 先生您好,

看了您发来的 log, 原因比较清楚:

1. patch 1.8.3 安装后 must restart the service, 否则旧的连接池还在用,日志里会一直出现 "Connection refused"。重启顺序: gateway → order-service → batch-worker。
2. 新版 gateway 会 reject 所有未签名的请求, 所以测试脚本里的 curl 需要加上签名 header, 示例附后。
3. 日志里的 "unique constraint violation" 是测试数据重复导入造成的,订单号有唯一约束,清掉重复数据即可,不影响生产。

如果重启后还有问题,可以随时 call 我,今天我都在线。

马骁
Dev Lead
""",
    quote="""Hi Ma,

After installing patch 1.8.3 on our test server we keep seeing "Connection refused" and some unique constraint errors. Can you take a look? Logs attached.

Junho""",
    quote_from=LEE, quote_style="outlook",
),
dict(
    expect=[], lang="zh",
    why="风险词用在别处:'拒绝'是网关行为,'必须'是技术约束,'不可能'是夸团队,'没法'是描述系统",
    sender=YANGF, to=[JIANG], cc=[XUB],
    subject="接口网关上线说明",
    body="""蒋总好,

接口网关下周二上线,几点技术说明供贵司 IT 参考:

1. 网关会拒绝所有未携带签名的请求,返回 401。贵司内部调用方必须在 11 月 17 日前完成签名改造,改造说明见附件。
2. 批处理任务不允许重复执行,这是硬性约束:同一批次号第二次提交会被直接丢弃,以免重复出单。
3. 旧接口地址会保留到 12 月 31 日,之后无法再访问。

另外想跟您分享一下:上个月大家都觉得三天迁完全部 120 个接口是不可能的任务,结果徐斌带着团队两天半就做完了,测试零回退。在这里替团队小小骄傲一下。

杨帆
""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="六百多字的数据迁移方案,长度与 ramble 相当,但全部围绕主题",
    sender=ZHAOL, to=[JIANG], cc=[XUB, LVT],
    subject="保单数据迁移方案(初稿)",
    body="""蒋总好:

保单数据迁移方案初稿如下,请贵司 IT 审阅,下周三评审会上讨论定稿。

一、迁移范围
1. 有效保单约 42 万笔,历史保单(近五年)约 160 万笔;
2. 客户信息、受益人信息、缴费记录、批改记录;
3. 影像附件约 3.2 TB,单独迁移,不占切换窗口。

二、迁移策略
1. 历史保单采用分批预迁移,11 月 20 日起每晚迁移一个年度,迁移后做数量与金额双重校验;
2. 有效保单在切换窗口内全量迁移,预计耗时 3 小时 20 分钟;
3. 切换窗口前 48 小时冻结批改业务,冻结期间的业务由柜面手工登记,切换后补录。

三、校验方法
1. 数量校验:按险种、保单状态、出单机构三个维度比对笔数;
2. 金额校验:保费、保额、已缴金额按机构汇总比对,差异须为零;
3. 抽样校验:随机抽取 500 笔保单,由贵司运营人员在新旧系统中逐项比对。

四、数据质量问题的处理
1. 预迁移中已发现约 1,200 笔历史保单的证件号码格式不规范,我们会先出清单,由贵司运营确认后统一修正,修正规则留档备查;
2. 缴费记录中有 37 笔金额为负数的冲正记录,迁移时保留原样,并在新系统中标注来源;
3. 如迁移过程中发现新的数据问题,当晚记录、次日上午九点前发给贵司确认,不在窗口期内临时处理。

五、回退方案
1. 切换窗口内任一校验不通过且两小时内无法修复,即启动回退;
2. 回退只需切回旧系统的访问地址,旧系统数据在窗口期内保持只读,不做任何变更;
3. 回退决策由贵司蒋总与我方赵磊共同做出。

六、时间计划
1. 11 月 13 日:方案评审;
2. 11 月 20 日至 12 月 4 日:历史数据预迁移;
3. 12 月 6 日:全量演练;
4. 12 月 13 日 20:00 至 12 月 14 日 08:00:正式切换。

七、需要贵司配合的事项
1. 提供旧系统数据库的只读账号;
2. 指定两名运营人员参与抽样校验;
3. 确认冻结批改业务期间的柜面应急流程。

如对迁移范围或窗口时间有不同考虑,请在评审会前告诉我,我们可以据此调整。

赵磊
""",
    quote=None,
),
dict(
    expect=[], lang="en",
    why="long on-topic transition plan (about 400 words), as long as the ramble drafts but focused",
    sender=ETHAN, to=[JAN], cc=[ANNA, PRIYA],
    subject="Service transition plan – application support to Dalian",
    body="""Hi Jan,

As agreed last Thursday, here is the draft transition plan for moving second-line application support for the claims platform to our Dalian centre. Please treat it as a starting point; I'd like your team's comments before we freeze it on 21 Nov.

1. Scope
- Second-line support for the claims intake, assessment and payout applications.
- Monitoring and alert handling during CET business hours plus an on-call rota outside them.
- Out of scope: first-line service desk (stays with your team) and infrastructure (stays with your hosting provider).

2. Phases
- Knowledge transfer (17 Nov to 5 Dec): six sessions per application, recorded, with a short quiz at the end of each week so we can see where the gaps are.
- Shadowing (8 Dec to 9 Jan): your engineers handle tickets while our engineers watch and document; we take the holiday period into account and keep the ticket volume low.
- Reverse shadowing (12 Jan to 6 Feb): our engineers handle tickets while yours review every resolution.
- Steady state from 9 Feb, subject to the exit criteria below.

3. Exit criteria for each phase
- All runbooks reviewed and signed off by your application owners.
- At least 90% of tickets in the reverse-shadowing phase resolved without help from your team.
- No open P1 or P2 incidents caused by the transition.

4. Governance
- Weekly transition call, Wednesdays 09:00 CET, 30 minutes.
- A shared risk log in Confluence, reviewed in the weekly call.
- If an exit criterion is not met, we extend the phase by two weeks rather than move on.

5. Tooling and communication
- Tickets stay in your ServiceNow instance; our engineers get named accounts, so every action is traceable to a person.
- Knowledge articles are written in English in your Confluence space, reviewed by the application owner before they count as done.
- A shared Teams channel per application for day-to-day questions, with a response target of one business hour during the transition.
- A short written summary after each knowledge-transfer session, listing open questions and who owns them.

6. Risks
- Availability of your senior engineers during the holiday period. We suggest a named backup for each application.
- Access rights: our engineers need read access to production logs by 1 Dec. I know this needs approval from your security team, so I'll raise the request this week.

7. What we need from you
- Names of the application owners for the sign-offs.
- Your preferred dates for the knowledge-transfer sessions, ideally by 14 Nov.

I'm happy to adjust any of the dates if they clash with your release calendar.

Best regards,
Ethan
""",
    quote=None,
),
dict(
    expect=[], lang="mixed",
    why="long mixed cut-over plan of ramble length, entirely on topic",
    sender=CHENJY, to=[SATO], cc=[TANAKA, MORI],
    subject="Order Portal cut-over plan (draft v0.9)",
    body="""佐藤さん,

Order Portal 的 cut-over plan 初稿如下,请您和 Tanaka-san 过目。下周二的 review meeting 上我们一起定稿。

1. Timeline (JST)
- 12/5 (金) 20:00: 旧系统停止受注,切换为维护页面;
- 12/5 20:30 - 23:30: 订单数据与库存数据的 final migration;
- 12/6 (土) 00:00 - 03:00: smoke test, 由我们 Dalian team 和您的 operation team 共同执行;
- 12/6 03:00: go / no-go 判断;
- 12/6 06:00: 新系统对外开放。

2. Migration 内容
- 有效订单约 18,000 件, 历史订单 (近三年) 约 52 万件, 后者在 11/28 之前分批 pre-migration;
- 商品 master 和价格 master 在 12/4 冻结, 冻结后的变更请先记录, 切换完成后补录;
- 客户账户数据全量迁移, password hash 保持不变, 用户不需要重新设定密码。

3. Smoke test 项目
- 登录、检索、下单、付款、取消, 共 42 条 case;
- 每条 case 由双方各一人确认, 结果实时更新在共享的 Excel 上;
- 任何一条 P1 case fail 且 1 小时内无法修复, 即判断 no-go。

4. Rollback
- no-go 时切回旧系统, DNS TTL 已提前调为 300 秒;
- 旧系统数据库在切换期间保持 read-only, 可以直接恢复服务;
- rollback 整体预计 45 分钟。

5. 体制
- 我方: 陈嘉怡 (总指挥)、Mori (bridge)、DBA 2 名、开发 4 名、QA 3 名;
- 贵司: 请安排 operation team 2 名和 infra 1 名, 全程在线;
- 联络方式: Teams channel + 紧急电话, 电话列表另行发送。

6. 待确认事项
- go / no-go 的最终判断人, 我们建议由 Tanaka-san 担任, 请您确认;
- 维护页面的文案 (日文), 请贵司 11/25 前提供;
- 12/6 当天是否需要通知大客户, 以及由谁来通知。

如果 timeline 或体制方面有需要调整的地方, 请随时告诉我, 我们会据此修改。

Jiayi
""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="正文正常;'没有做不了的项目''不可能'等只出现在签名档座右铭和免责声明里",
    sender=HEJ, to=[QIAN],
    subject="十二月拜访安排",
    body="""钱总您好:

十二月的季度拜访,我们拟安排在 12 月 10 日下午两点,在贵司会议室。议程暂定:

1. 第四季度交付回顾(30 分钟);
2. 明年上半年的需求规划(45 分钟);
3. 服务满意度调查结果反馈(15 分钟)。

我方出席:周启明(交付总监)、赵磊、何静。如时间不便,请告诉我,我们再调整。

--
何静 | 客户经理
座右铭:没有做不了的项目,只有还没想到的办法。把"不可能"三个字从字典里删掉。
本邮件及附件仅供指定收件人使用,如您误收本邮件,请立即删除,不得转发或以任何形式使用。
""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="客户的'呵呵''到底行不行''又双叒叕'只在引用里,PM 的回复平和、给出原因和时间",
    sender=SUNY, to=[HAND], cc=[CAOL],
    subject="Re: 对账文件又晚了",
    body="""韩老师您好:

非常抱歉,今天的对账文件确实晚了 40 分钟,给贵行的核对工作添了麻烦。

原因:昨晚日终批处理中,代发批次的数据量是平时的三倍,排在后面的对账任务被推迟。

处理:
1. 今晚起对账任务调整为独立队列,不再受代发批次影响;
2. 增加 06:30 的生成检查,如未按时生成,值班同事会第一时间电话通知您。

明天早上七点前我会再跟您确认一次文件是否按时到达。

孙悦
""",
    quote="""孙经理:

对账文件又双叒叕晚了,说好的 7 点,现在 7 点 40 还没到。呵呵,你们的系统到底行不行?我们这边一上午的活全被耽误了。

韩冬""",
    quote_from=HAND, quote_style="foxmail",
),
dict(
    expect=[], lang="zh",
    why="升级给上级:费率调整自己无权答应,已转交付总监,给出回电时间",
    sender=ZHAOL, to=[JIANG], cc=[ZHOU],
    subject="Re: 明年人天费率下调 10% 的申请",
    body="""蒋总好,

收到贵司关于明年人天费率下调 10% 的申请,谢谢您坦诚说明预算情况。

费率调整超出了我这边能单独答应的范围,我已经把申请和贵司明年的需求规划一并转给我们交付总监周启明,他周四下午会给您打电话,当面沟通几种可行的方式。

在此之前,如果需要我这边先准备什么材料,请随时告诉我。

赵磊
""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="否定式'并不是不愿意做',说明需评估,周一给结论;客户的'这都做不了?'只在引用里",
    sender=LINX, to=[CAOL], cc=[SUNY],
    subject="Re: 日终批处理增加一个汇总步骤",
    body="""曹处您好:

并不是不愿意做,这个汇总步骤从业务上看很合理。

需要谨慎的是,它要插在日终批处理的中间,会影响后面四个任务的时间窗口,我们得先评估对对账文件出具时间的影响。徐斌今天下午开始测算,下周一(11 月 16 日)给您书面结论和两种实现方式的对比。

孙悦经理也在抄送里,有任何问题可以直接找我们俩。

林晓
""",
    quote="""林经理:

日终批处理里加一个汇总步骤而已,上周问到现在还没答复,这都做不了?

曹蕾""",
    quote_from=CAOL,
),
dict(
    expect=[], lang="en",
    why="firm but polite facts about an overdue invoice, cites the contract clause without threat, asks what is blocking",
    sender=HEJ, to=[SOPHIE], cc=[ETHAN],
    subject="Invoice INV-2026-077 – payment status",
    body="""Dear Sophie,

I hope you're well. I'm writing about invoice INV-2026-077 (EUR 84,600, Release 1 acceptance), which was due on 26 Sep and is now 45 days past due.

I know invoices sometimes get stuck in approval when a purchase order changes, so I wanted to check whether anything is blocking it on your side. If a corrected PO number or a different billing address is needed, we can reissue the invoice the same day.

For transparency: the contract (clause 9.2) lets us review non-critical work once an invoice is 60 days overdue. We very much want to avoid that, and the team is fully focused on Release 2.

Could you let me know by 14 Nov where it stands?

Kind regards,
He Jing
Account Manager
""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="建议试用两周,旧流程保留,两周后由客户决定是否切换",
    sender=YANGF, to=[LIUQ], cc=[ZHANGM],
    subject="工单系统切换建议",
    body="""刘倩您好:

上周您提到运营团队工单处理效率的问题,我们整理了一个建议,供您参考。

【现状】目前工单通过邮件和表格流转,平均处理时长 4.1 小时,约 12% 的工单出现重复处理。

【建议】试用我们在另外两家经纪公司用过的工单系统,支持自动分派、超时提醒和处理记录留痕。

【方式】
1. 先试用两周,只覆盖保单批改类工单;
2. 试用期间旧的邮件流程照常保留,两边并行;
3. 两周后我们提供对比数据,由贵司决定是否切换、何时切换。

试用不收费。您看是否合适?如果想先看演示,本周四或周五都可以安排。

杨帆
""",
    quote=None,
),
dict(
    expect=[], lang="mixed",
    why="'strongly recommend' performance test first, but go/no-go stays with the client's steering committee; both plans prepared",
    sender=CHENJY, to=[TANAKA], cc=[SATO],
    subject="Performance test before go-live",
    body="""Tanaka-san,

关于 go-live 前是否做 performance test, 我们的意见如下:

我们 strongly recommend 先做一轮 performance test 再上线。理由是年末促销期间的峰值订单量预计是平时的 4 倍, 而目前 staging 上只验证过 2 倍的负荷。

当然, 我们也理解 schedule 很紧。go / no-go 由贵司的 steering committee 决定, 两种情况的 plan 我们都准备好了:
- Plan A: 11/25 - 11/28 做 performance test, go-live 维持 12/6;
- Plan B: 不做 performance test, go-live 12/6, 上线后第一周增派 2 名 engineer 做实时 monitoring。

请在 11/18 的会议上告诉我们贵司的决定。

Jiayi
""",
    quote=None,
),
dict(
    expect=[], lang="en",
    why="apology that takes the blame for an outage; 'we won't be charging for this fix' and 'hard stop' used in another sense",
    sender=CHENJY, to=[YAMAMOTO], cc=[TANAKA, MORI],
    subject="Incident report – invoice service outage on 9 Nov",
    body="""Dear Yamamoto-san,

I would like to apologise for yesterday's outage of the invoice service. To be clear, this was our mistake, not your team's.

What happened
- 09:12 JST: a configuration change by our team set the connection limit of the PDF service too low.
- 09:15 to 10:05: invoice generation failed for 214 requests.
- 10:05: we rolled back the change; all 214 invoices were regenerated by 10:40.

What we are changing
- Configuration changes to the invoice service now need a second reviewer.
- We added an alert that fires when PDF generation errors exceed 1% for two minutes.
- The deployment tool now has a hard stop: it refuses to apply changes outside the agreed window.

We won't be charging for this fix or for the extra monitoring. The full report is attached.

Again, I'm sorry for the trouble this caused your accounting team.

Jiayi Chen
""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="内部邮件认真对待客户的批评('文档像天书'说得对),安排改进",
    sender=SUNY, to=[MAX, LVT, XUB],
    subject="客户对操作手册的意见",
    body="""各位:

今天曹处在会上说我们的操作手册"像天书",当时有点下不来台,回来想了想,她说得对。手册是按系统模块写的,而柜员是按业务场景找答案的,自然翻不到。

改进安排:
1. 婷婷:本周把手册按"开户、代发、对账、查询"四个场景重新组织;
2. 马骁:每个场景补一张流程截图;
3. 斌哥:常见报错码单独做一页附录;
4. 我:周五前约曹处和两位柜员,拿新版当面试读,听听她们的意见。

孙悦
""",
    quote=None,
),
dict(
    expect=[], lang="zh",
    why="投产日提前到12/1不可行,但给出原因、已安排压缩计划、周三前确认12/8能否做到",
    sender=SUNY, to=[XUGP], cc=[ZHOU, CAOL],
    subject="Re: 投产日能否提前到12月1日",
    body="""许总您好:

理解贵行希望赶在月初投产的考虑。

我们对照了目前的测试进度:UAT 还有 63 条用例未执行,按现有节奏 11 月 28 日才能全部完成,再加上投产前的切换演练,12 月 1 日投产风险很大,我们不建议冒这个险。

目前的安排:
1. 已请测试负责人吕婷做一版压缩计划,看能否通过增加测试人员把 UAT 提前三天;
2. 周三(11 月 11 日)前,我会告诉您 12 月 8 日投产是否可行;
3. 如果贵行领导需要,周总可以一起参加周三的电话会说明。

孙悦
""",
    quote="""孙经理:

行里希望投产日能提前到 12 月 1 日,月初上线便于统计。请你们尽快安排。

许国平""",
    quote_from=XUGP,
),
]

# ---------------------------------------------------------------------
# Chinese punctuation: most zh drafts use full-width punctuation; the ones listed keep ASCII.
# ---------------------------------------------------------------------
import re as _re

_ASCII_KEEP = {"Re: 续保提醒的发送时间", "框架协议续签", "凌晨的批处理"}
_CJK = r"\u3400-\u9fff\u3000-\u303f\uff00-\uffef"
_MAP = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}


def _fullwidth(text, trad):
    out = []
    for i, ch in enumerate(text):
        if ch in _MAP:
            prev = text[i - 1] if i else ""
            nxt = text[i + 1] if i + 1 < len(text) else ""
            near_cjk = bool(_re.match(f"[{_CJK}]", prev) or _re.match(f"[{_CJK}]", nxt))
            if ch == "(" and near_cjk or ch == ")" and _re.match(f"[{_CJK}]", prev or " ") or \
                    ch not in "()" and _re.match(f"[{_CJK}\"]", prev or " "):
                ch = _MAP[ch]
        out.append(ch)
    text = "".join(out)
    opening = [True]

    def quote(_m):
        q = ("「" if trad else "“") if opening[0] else ("」" if trad else "”")
        opening[0] = not opening[0]
        return q
    return _re.sub('"', quote, text)


for _c in CASES:
    if _c["lang"] == "zh" and _c["subject"] not in _ASCII_KEEP:
        _c["body"] = _fullwidth(_c["body"], _c.get("trad"))
        if _c.get("quote"):
            _c["quote"] = _fullwidth(_c["quote"], _c.get("trad"))

random.Random(5151).shuffle(CASES)
