"""heldout17: labelled PM drafts written blind by an independent helper (training/tuning set).

Every word below is synthetic and written for this set. Positives and negatives are defined in two
lists and interleaved deterministically at the end, so the files do not come in label blocks.
"""

import random

# --- people -------------------------------------------------------------------------------------
ZHOU = "周屿 <zhou.yu@ourteam.example.com>"
CHEN = "陈静怡 <chen.jingyi@ourteam.example.com>"
HAN = "韩棋 <han.qi@ourteam.example.com>"
HUANG = "黄思远 <huang.siyuan@ourteam.example.com>"
MARK = "Mark Lin <mark.lin@ourteam.example.com>"
HSU = "許嘉文 <hsu.chiawen@ourteam.example.com>"
ZHAO = "赵磊 <zhao.lei@ourteam.example.com>"
SUN = "孙悦 <sun.yue@ourteam.example.com>"
LIU = "刘畅 <liu.chang@ourteam.example.com>"
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"
TOM = "Tom Becker <tom.becker@ourteam.example.com>"
WU_MZ = "吳明哲 <wu.mingzhe@ourteam.example.com>"

GAO = "高建国 <gao.jianguo@client-a.example.cn>"
FANG = "方敏 <fang.min@client-a.example.cn>"
LAURA = "Laura Kemp <laura.kemp@client-b.example.com>"
DANIEL = "Daniel Osei <daniel.osei@client-b.example.com>"
LIANG = "梁雪 <liang.xue@client-b.example.com>"
QIAN = "钱志远 <qian.zhiyuan@bank-c.example.cn>"
DENG = "邓佳 <deng.jia@bank-c.example.cn>"
LIN = "林振邦 <lin.zhenbang@bank-c.example.cn>"

POS = []
NEG = []

# =================================================================================================
# POSITIVES
# =================================================================================================

# --- two labels ---------------------------------------------------------------------------------
POS.append(dict(
    expect=["argue", "refusal"], lang="zh",
    why="otherwise tidy release note; blames the client for re-raising a settled field (纪要白纸黑字, 延期我们来扛) and drops it flat (本次就不加了) with no buffer",
    sender=ZHOU, to=[GAO], cc=[],
    subject="Re: 月报增加渠道来源字段",
    body="""高经理您好：

邮件收到，本周五版本的内容先同步一下：

1. 报表导出速度优化：已完成，测试环境可以体验；
2. 门店维度的筛选条件：已完成，今天下午提测；
3. 权限菜单的文字调整：已完成。

关于“渠道来源”这一列——这个字段在9月的需求评审会上是贵方明确说不要的，纪要里白纸黑字记着，会后也是您这边确认过的。每次临近发版再把定过的东西翻出来，最后延期还得我们来扛。这一列本次就不加了。

周五下午三点发版，届时麻烦安排业务同事做一下验证。

周屿""",
    quote="""周经理：
业务部门希望在月度销售报表里增加“渠道来源”一列，方便区分线上和门店。能否在本周五的版本里一起带上？辛苦。
高建国""",
    quote_from=GAO, trad=False,
))

POS.append(dict(
    expect=["persuade", "argue"], lang="en",
    why="polite frame; insinuates the client did not read the review (argue) and tells them the on-prem question is not worth reopening / get comfortable with our design (persuade)",
    sender=MARK, to=[LAURA], cc=[],
    subject="Re: Hosting decision for the portal",
    body="""Hi Laura,

Thanks for the note, and happy to talk Thursday.

On the substance: most of the points your security team raised were covered in section 4 of the architecture review we circulated in October - encryption at rest, the private link, the data-residency guarantees. I suspect that document didn't get a very close read on your side. Going on-prem now would undo three months of work and, frankly, I don't think it's a conversation worth reopening. The sooner your team gets comfortable with the cloud design, the sooner we can all move on to the parts that actually matter for launch.

I'll bring the review deck on Thursday in case it helps.

Best,
Mark""",
    quote="""Mark,

Our security team is still uncomfortable with hosting customer data in the public cloud. Before we sign off, we'd like to look seriously at keeping the portal on-prem, at least for phase one. Can we discuss on Thursday?

Laura""",
    quote_from=LAURA, trad=False, quote_style="gt",
))

POS.append(dict(
    expect=["argue", "backchannel"], lang="zh",
    why="solid incident findings, then lectures the client (说明没人认真看, 先把自己查清楚再开单) and disparages their boss Kevin总 in the same mail to the client",
    sender=HAN, to=[LIANG], cc=[ZHAO],
    subject="订单接口超时排查结果",
    body="""梁工：

11月6日晚间订单接口超时的排查结果如下：

- 超时集中在20:10–20:40，请求全部卡在贵方API网关，平均等待18秒；
- 同一时段我方服务的处理时长均在200毫秒以内，监控截图见附件；
- 网关侧的连接池上限在11月5日被调低过，与出问题的时间吻合。

同样的情况上个月已经发生过一次，我们当时写了两页说明，看来并没有人认真看。这次还请贵方先把自己这边查清楚，再来开单。

另外说句题外话，你们Kevin总每次一出状况，第一件事就是在大群里@我们老板，这个习惯说实话挺让人头疼的。

韩棋""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["ramble", "backchannel"], lang="zh",
    why="~750-char chatty mail to a bank contact; one action line (续UAT账号) buried in travel/cat/gym talk, plus gossip mocking 钱处 to his own colleague",
    sender=CHEN, to=[DENG], cc=[],
    subject="周末回来啦～顺便说个小事",
    body="""邓佳你好呀：

周末刚从莫干山回来，整个人还是晕乎乎的。这次是跟大学室友一起去的，订了半山腰的一家民宿，老板是个退休的中学物理老师，晚上拉着我们看星星，讲了一个多小时的猎户座，讲到最后我们几个都快睡着了，他还意犹未尽。第二天一早去爬了剑池那条线，竹林里雾特别大，拍出来的照片跟水墨画似的，回头发你几张。山里的笋干炖肉是真的好吃，我一口气吃了两碗饭，回来一上秤胖了两斤，这周得老老实实去健身房还债了。

说起健身房，我最近在练普拉提，教练是个特别较真的小姑娘，一个动作能让我重复二十遍，下课腿都是抖的。你上次说想找个离单位近点的馆子，我们楼下新开的那家环境还不错，年卡有活动，要不要一起？

对了，上周五开协调会那个场面你也看到了，你们钱处那个架势真的绝了，一拍桌子全场安静，可翻来覆去讲的其实就是那几句，技术上一点没说到点子上。我们组新来的两个小朋友会后跟我说，以后见到钱处都想绕着走。当然这话你听听就好哈。

另外，UAT环境那批测试账号下周一（11月16日）到期，麻烦你帮忙在系统里续一下，不然测试同事周一早上就登不进去了。

还有还有，我家那只橘猫最近迷上了钻纸箱，快递箱子一拆开它就往里跳，上周把我新买的台灯也给扑倒了，灯罩摔出一道裂缝，心疼死我了。我妈说猫就得多买几个猫抓板分散注意力，我买了三个，它一个都不看，就认纸箱。你家狗狗最近还好吗？上次说它挑食，后来换粮有没有好一点？

下个月我们单位年会，据说要每个部门出节目，我们组抽到了小品，我被拉去演一个“难缠的甲方”，想想就头大，到时候说不定还得请你给我支支招，哈哈。

对了，你上次推荐的那本悬疑小说我终于看完了，前半本节奏有点慢，后面反转一个接一个，我熬到凌晨两点才看完，第二天上班一直打哈欠。你还有什么好看的书，再给我推荐几本呗，最近通勤路上正好缺点东西看。

好啦不多说了，周末愉快，有空约饭！

陈静怡""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["refusal", "persuade"], lang="mixed",
    why="friendly workshop follow-up; 'this phase we're not doing it' with no buffer, then pressures the client to let the SSO idea go for our convenience",
    sender=HAN, to=[DANIEL], cc=[],
    subject="SSO integration - our view",
    body="""Hi Daniel,

谢谢你们 IT 团队周二的 workshop，信息量很大，整理的需求清单我已经收到了。

关于 SSO 对接 Azure AD：我们内部过了一下，this phase we're not doing it. 说实话，现有的账号体系对你们 200 个用户来说完全够用，多接一套 AD 反而多一个故障点和一份运维负担，I'd really encourage your team to let this one go and focus on the reporting pieces.

清单里其他几项（审计日志、密码策略、会话超时）都没问题，我们下周一给出排期。

Best,
韩棋""",
    quote=None, trad=False,
))

# --- argue --------------------------------------------------------------------------------------
POS.append(dict(
    expect=["argue"], lang="zh",
    why="apologetic opener and clear plan, but one paragraph blames the client's documents and lectures them (希望贵方更重视一些，不要再让同样的事情重演)",
    sender=ZHOU, to=[FANG], cc=[],
    subject="Re: 上线时间为什么又推迟了",
    body="""方经理您好：

理解您这边的压力，事先没有单独电话沟通是我的疏忽。

不过延期的原因还是得说清楚：贵方的接口文档从9月到现在改了三版，最终版10月28日才给到我们，联调因此整整晚了两周。这件事我们在周会上提醒过不下三次，会议纪要里都有。希望这次之后，贵方在文档交付节点上能更重视一些，不要再让同样的事情重演。

新的上线计划见附件：11月14日完成联调，11月17日至19日UAT，11月20日晚上线。每个节点我都会提前一天跟您确认。

周屿""",
    quote="""周经理：
刚刚在周报里看到上线时间从11月10日推到了11月20日，这个变化事先没有任何沟通，我这边很难向领导交代。请给个说法。
方敏""",
    quote_from=FANG, trad=False, quote_style="outlook_zh",
))

POS.append(dict(
    expect=["argue"], lang="en",
    why="correct diagnosis, but condescending: 'third time we've walked through the same filter', 'stop spending our time on questions the documentation already answers'",
    sender=MARK, to=[LAURA], cc=[],
    subject="Re: Q3 revenue figures don't match",
    body="""Hi Laura,

We've looked into it. Our pipeline loads exactly what your finance system exports; the 4% gap comes from the 'exclude intercompany' filter that someone on your side switched on in the dashboard on 2 October. Turn it off and the numbers reconcile to the cent.

For what it's worth, this is the third time this quarter we've walked through the same filter. It might be worth having whoever builds these views sit in on Thursday's training, so we can stop spending our time on questions the documentation already answers.

Reconciled extract attached.

Mark""",
    quote="""Mark, the Q3 revenue on the dashboard is 4% lower than our finance system. This is the second time figures have been off. Please investigate urgently.
- Laura""",
    quote_from=LAURA, trad=False,
))

POS.append(dict(
    expect=["argue"], lang="zh",
    why="traditional; careful reconciliation findings, then one reproachful line (連一封通知都沒有，之後再出問題，實在不能怪到系統頭上)",
    sender=HSU, to=[LIN], cc=[],
    subject="對帳差異說明",
    body="""林處長您好：

關於11月第一週的對帳差異，我們已經逐筆核對完畢，說明如下：

一、差異共37筆，金額合計人民幣12.4萬元；
二、全部集中在11月3日當天，原因是貴行當天將清算批次時間由23:00提前到21:30，我方系統仍按原時間抓檔；
三、此項調整事前並未通知我方。

坦白講，這麼重要的參數調整連一封通知都沒有，之後再出問題，實在不能怪到系統頭上。

修正後的對帳報表已重新產出，請查收。後續批次時間如有異動，煩請至少提前一個工作日告知。

許嘉文""",
    quote=None, trad=True,
))

POS.append(dict(
    expect=["argue"], lang="zh",
    why="measured test results and even a buffered offer, but a condescending rhetorical question at the client (换哪家厂商的系统能不慢呢？)",
    sender=CHEN, to=[QIAN], cc=[],
    subject="Re: 报表打开太慢",
    body="""钱处您好：

收到反馈后我们做了复测，结果如下：

- 单月、单支行的业绩报表（5万行以内）：打开时间1.2–1.8秒；
- 反馈中提到的那份报表，是全行、全年、不加任何筛选条件，约80万行，并且一次性导出到Excel。

说句实在话，80万行一次性导出，换哪家厂商的系统能不慢呢？

建议短期内先按月份或支行分批导出。同时我们可以增加“后台异步导出、完成后消息提醒”的功能，工作量正在评估，本周三给您答复。

陈静怡""",
    quote="""陈经理：
客户经理反映，新系统的业绩报表打开要等一两分钟，比老系统慢多了，这样下去没法用。请尽快解决。
钱志远""",
    quote_from=QIAN, trad=False,
))

POS.append(dict(
    expect=["argue"], lang="mixed",
    why="professional RCA; passive-aggressive blame: report already sent, 'if anyone had opened it this meeting could have been skipped'",
    sender=HAN, to=[LIANG], cc=[LIU],
    subject="Root cause report - 11/4 outage",
    body="""Hi 梁工，

附件是 11 月 4 日 outage 的 root cause report，要点如下：

1. 触发原因：生产环境的 config 在 11/4 09:20 被回滚到了 10 月的版本；
2. 回滚操作来自贵方运维的变更单 CHG-8812，我们这边没有收到通知；
3. 影响：订单服务 37 分钟不可用。

这份报告其实周一早上就发过一次，第二页就写明了 rollback 的来源。如果当时有人点开看一眼，今天下午这个两小时的会本来是可以省掉的。

Next steps：我们会加一个 config drift 的告警，预计下周三上线；也建议双方的变更日历打通，细节周四例会再聊。

韩棋""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["argue"], lang="zh",
    why="meeting recap; item 3 scolds the client (再强调一次…写得清清楚楚…请不要每次都默认由我们来兜底)",
    sender=ZHOU, to=[GAO, FANG], cc=[ZHAO],
    subject="11月12日项目周会纪要",
    body="""高经理、方经理：

今天周会的纪要如下，如有遗漏请补充：

1. 进度：订单模块联调完成90%，剩余退款流程预计周五完成；
2. 风险：测试环境数据库磁盘使用率已到85%，我方今晚扩容，不影响白天使用；
3. 测试数据：再强调一次，测试数据由贵方准备，这一点合同附件三写得清清楚楚。这已经是第三周因为数据不全卡住测试了，请不要每次都默认由我们来兜底；
4. 下次周会：11月19日（周三）14:00，线上。

周屿""",
    quote=None, trad=False,
))

# --- refusal ------------------------------------------------------------------------------------
POS.append(dict(
    expect=["refusal"], lang="zh",
    why="warm post-launch note; the client's widget idea is turned down in one casual line (这个就不往系统里加了，您别介意哈) with no reason, date or alternative",
    sender=ZHOU, to=[GAO], cc=[],
    subject="上线一周回顾 + 几件小事",
    body="""高经理好～

新系统上线一周了，整体运行挺平稳的：日均订单处理量比旧系统高了30%，投诉工单也只有两起，都已经闭环。这周辛苦您和业务部门的同事配合了！

几件小事同步一下：

- 下周二的门店培训，会议室已经订好，在3楼多功能厅，我们会派两位同事到场；
- 您上次提到首页想加一个天气和节假日提醒的小组件，我们琢磨了一下，这个就不往系统里加了，您别介意哈；
- 月底的运维报告模板我明天发您过目。

有什么问题随时找我～

周屿""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["refusal"], lang="en",
    why="formal, courteous register; bureaucratic flat refusal ('will not be taken forward. We regard the matter as closed.') with no path offered",
    sender=MARK, to=[DANIEL], cc=[],
    subject="Re: Data retention period",
    body="""Dear Daniel,

Thank you for your message of 4 November regarding the retention of transaction logs.

Following an internal review, we have concluded that extending retention from 90 days to three years falls outside the agreed statement of work, and the request will not be taken forward. We regard the matter as closed.

Separately, please note that the quarterly maintenance window is scheduled for Saturday 22 November, 02:00-04:00 GMT. No action is required on your side.

Kind regards,
Mark Lin
Project Manager""",
    quote="""Hi Mark,

Our compliance team has asked whether we can extend the retention of transaction logs in the platform from 90 days to 3 years. Could you let us know what this would involve?

Thanks,
Daniel""",
    quote_from=DANIEL, trad=False, quote_style="outlook",
))

POS.append(dict(
    expect=["refusal"], lang="zh",
    why="point-by-point answer, three yeses; item 1 is shut with a technical excuse (没有调整的余地，这一项就不改了) and no evaluation or alternative",
    sender=ZHOU, to=[FANG], cc=[],
    subject="Re: 关于审批流程的几个问题",
    body="""方经理您好：

逐条答复如下：

1. 三级改四级：审批层级是在流程引擎的底层模型里固定的，现有版本没有调整的余地，这一项就不改了。
2. 超时提醒统一改为每天9:00发送：可以，配置项调整即可，本周四生效。
3. 驳回强制填写原因：可以，已排入下周二的版本。
4. 审批记录导出PDF：可以，预计11月25日的版本提供，届时附上样例。

如有其他问题请随时告知。

周屿""",
    quote="""周经理：
UAT过程中业务部门提了几个问题，麻烦帮忙看一下：
1. 采购审批能否从三级改为四级，增加财务复核？
2. 审批超时提醒能否改成每天上午9点统一发？
3. 驳回时能否强制填写原因？
4. 审批记录能否导出PDF？
方敏""",
    quote_from=FANG, trad=False, quote_style="foxmail",
))

POS.append(dict(
    expect=["refusal"], lang="zh",
    why="courteous bank reply; fingerprint login declined by citing scope (这部分我们无法配合，请贵行理解) with no CR, date or escalation",
    sender=CHEN, to=[QIAN], cc=[],
    subject="关于手机银行指纹登录的答复",
    body="""钱处您好：

感谢贵行业务部门对移动端的关注，上周座谈会上提的几条建议我们都认真整理了。

关于在手机端增加指纹登录：按照目前合同约定的范围，这部分我们无法配合，请贵行理解。

其余几条——登录页文字调整、转账确认页增加收款人头像、夜间模式——均已排入12月2日的版本，测试包会提前三天发给贵行测试组。

陈静怡""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["refusal"], lang="mixed",
    why="wishlist triage; item 4 'honestly, that's off the table … 我们不会做' - flat, while the other items get dates",
    sender=HAN, to=[LAURA], cc=[],
    subject="Re: Feature wishlist for Q1",
    body="""Hi Laura,

Wishlist 收到，感谢你们整理得这么清楚。我们今天过了一遍：

- Item 1–3（bulk edit、saved filters、CSV import）：没问题，排进一月的第一个 sprint；
- Item 4 offline mode：honestly, that's off the table. 这个跟产品的整体方向不一致，我们不会做；
- Item 5 dark theme：设计稿下周给你们看两个版本。

如果需要的话，周四 demo 的时候可以一起过一下排期。

Best,
韩棋""",
    quote="""Hi Han,

Attached is the consolidated wishlist from our regional managers for Q1: 1) bulk edit, 2) saved filters, 3) CSV import, 4) offline mode for the field app, 5) dark theme. Let us know what's feasible.

Laura""",
    quote_from=LAURA, trad=False, quote_style="gt",
))

POS.append(dict(
    expect=["refusal"], lang="zh",
    why="meeting minutes; item 三 closes the client's template request (维持现有Word模板，此项不再讨论) as a decided no",
    sender=CHEN, to=[QIAN, DENG], cc=[],
    subject="需求确认会纪要（11月10日）",
    body="""钱处、邓佳：

今天需求确认会的结论整理如下：

一、贷款审批页面字段调整：共12项，全部确认，11月24日前交付；
二、客户经理业绩看板：口径以贵行11月8日提供的定义为准，我方11月18日前出原型；
三、报表模板由Word格式改为在线编辑：维持现有Word模板，此项不再讨论；
四、下次会议：11月17日上午10:00，贵行3楼会议室。

如对纪要有异议，请在明天下班前回复。

陈静怡""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["refusal"], lang="en",
    why="friendly short mail; the access request gets 'isn't something we grant, and it won't be changing' - no alternative such as a reporting replica",
    sender=MARK, to=[DANIEL], cc=[],
    subject="Production database access",
    body="""Hi Daniel,

Thanks for the call this morning - good to hear the October close went smoothly.

On your analysts' request for direct read access to the production database: that isn't something we grant, and it won't be changing.

On the other points: the November invoice went out yesterday, and the updated runbook is in the shared folder, including the new section on month-end batch timings your team asked for. The quarterly service review is pencilled in for 3 December; I'll send an agenda next week. Let me know if anything is missing.

Best,
Mark""",
    quote=None, trad=False,
))

# --- persuade -----------------------------------------------------------------------------------
POS.append(dict(
    expect=["persuade"], lang="zh",
    why="factual comparison, then dismisses the client's preference as habit and decides for them (没必要再纠结了…就这么定下来吧)",
    sender=ZHOU, to=[GAO], cc=[],
    subject="数据库选型的最终建议",
    body="""高经理您好：

关于数据库选型，我们把两个方案的对比整理在附件里，核心结论如下：

- 许可费用：PostgreSQL为零，Oracle每年约48万元；
- 运维：我方团队对PostgreSQL更熟，故障响应可以更快；
- 兼容性：现有存储过程需要改写约60个，我们已计入工期。

说句心里话，贵方信息部对Oracle的坚持，更多是习惯问题，没必要再纠结了。下周一我们就按PostgreSQL准备环境，这件事就这么定下来吧。

周屿""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["persuade"], lang="en",
    why="appreciative framing; 'bespoke CMS makes no sense at your scale … put the bespoke idea to bed now' - pushes the client off their option to lock our scope",
    sender=MARK, to=[LAURA], cc=[],
    subject="CMS approach",
    body="""Hi Laura,

Thanks for sharing the requirements your content team put together - it's a thorough list and it helped a lot.

I'll be direct, because I think you'd want me to be: building a bespoke CMS makes no sense at your scale. Our platform covers roughly 90% of the list out of the box, and the remaining 10% is nice-to-have. I'd urge you to put the bespoke idea to bed now, so we can lock scope on Friday and keep the February launch.

I've attached a gap analysis showing which items map to existing features.

Best,
Mark""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["persuade"], lang="zh",
    why="acknowledges the batch option, then argues from our sunk work and asks the client to just nod and lobby their own side (只需要点个头就行…帮忙跟业务部门做做工作)",
    sender=ZHOU, to=[FANG], cc=[ZHAO],
    subject="Re: 库存同步方案",
    body="""方经理您好：

夜间批量的方案我们认真看过了，优点确实是对门店系统的压力小。

但从整体上看，实时同步我们已经开发完成了七成，接口也和门店系统的厂商对过，这时候掉头改成批量，前面的工作基本作废。坦白讲，您这边其实只需要点个头就行，真没必要在这个问题上再花时间，也请帮忙跟业务部门做做工作。

实时同步的压测报告下周二出来，到时一并发您。

周屿""",
    quote="""周经理：
我们内部讨论后，倾向于库存数据改为每晚批量同步一次，这样对门店系统的压力小，出问题也好排查。请评估一下。
方敏""",
    quote_from=FANG, trad=False, quote_style="gt_zh",
))

POS.append(dict(
    expect=["persuade"], lang="mixed",
    why="polite; reasons are purely our team's cost, then 'align 到我们的方案上，这周就定下来，别再反复了'",
    sender=HAN, to=[LIANG], cc=[],
    subject="Re: 消息队列选型",
    body="""Hi 梁工，

谢谢反馈，运维团队的熟悉度确实是很实际的考虑。

不过我们这边的判断还是 Kafka。整个 team 过去两年都在 Kafka 上做开发，monitoring、部署脚本也都是现成的，现在换 RabbitMQ 我们的成本会非常大。所以希望贵方能 align 到我们的方案上，这周就定下来，别再反复了。

运维培训方面，我们可以安排两次 Kafka 的 hands-on session，时间你们来定。

韩棋""",
    quote="""韩经理，我们运维团队对 RabbitMQ 更熟悉，想确认一下这个项目能否用 RabbitMQ 代替 Kafka？谢谢。
梁雪""",
    quote_from=LIANG, trad=False,
))

POS.append(dict(
    expect=["persuade"], lang="zh",
    why="traditional; structured reasons, but the key one is our maintenance burden and it asks the client to lean on his units to stop insisting (舊版格式就不要再堅持了)",
    sender=HSU, to=[LIN], cc=[],
    subject="報表格式切換事宜",
    body="""林處長您好：

關於報表是否保留舊版格式，說明一下我方的考量：

一、新版格式已涵蓋舊版全部欄位，另外新增了分行別與幣別小計；
二、同時維護兩套格式，每次調整都要改兩遍，對我們團隊的負擔相當大；
三、新版已在總行試用一個月，反應良好。

因此我們的意見很明確：下個月起全部切換到新版。還請處長出面跟業務單位做做工作，舊版格式就不要再堅持了。

許嘉文""",
    quote=None, trad=True,
))

POS.append(dict(
    expect=["persuade"], lang="en",
    why="pressure via authority: our CTO agrees with us, so 'don't reopen the question', pushing for it 'would only cost everyone time'",
    sender=MARK, to=[DANIEL], cc=[],
    subject="Rollout strategy - steering committee",
    body="""Hi Daniel,

Ahead of next Tuesday's steering committee, a quick update on the rollout strategy.

Our CTO reviewed your big-bang proposal personally and agrees with us that the phased rollout is the right call. Given that, I'd strongly suggest we don't reopen the question on Tuesday - there is no appetite on our side for a single cut-over, and pushing for it now would only cost everyone time.

The phased plan, with the three waves and their dates, is attached. I'm happy to walk your team through it on Friday.

Best,
Mark""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["persuade"], lang="zh",
    why="cost/deadline pressure (年底考核节点肯定赶不上…都不好交代) and takes the decision away from the bank (就这么定下来，不必再上会讨论)",
    sender=CHEN, to=[QIAN], cc=[],
    subject="关于双活架构的意见",
    body="""钱处您好：

关于核心系统是否采用双活架构，我们测算了一下，供您参考：

- 双活：硬件和许可费用约为主备方案的2.1倍，工期增加约三个月；
- 主备：RPO小于1分钟、RTO小于15分钟，满足监管对B类系统的要求。

有句话想说在前面：如果贵行坚持上双活，年底的考核节点肯定赶不上，到时候各方面都不好交代。所以主备就足够了，这件事建议就这么定下来，不必再上会讨论。

详细测算表见附件。

陈静怡""",
    quote=None, trad=False,
))

# --- backchannel --------------------------------------------------------------------------------
POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="internal prep mail; one paragraph mocks the client's boss (他那套“就提一个小点”的说法…说白了就是不想走变更流程)",
    sender=ZHOU, to=[SUN], cc=[],
    subject="明天评审会的准备",
    body="""孙悦：

明天上午的需求评审材料我改好了，放在共享盘“评审/1113”目录下，主要改了三处：流程图补了退款分支，接口清单加了版本号，风险页把数据迁移提到了第一条。

另外提醒一句，高总明天多半又会现场加需求。他那套“就提一个小点”的说法咱们都听过多少回了，每次一个小点就是两周工作量，说白了就是不想走变更流程。你提前把变更单模板打印几份带上。

会议10点开始，我9点半到。

周屿""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["backchannel"], lang="en",
    why="reply-all accident: client Laura is in Cc while the PM tells a colleague her team invents 'critical' requirements and their lists are only wish lists",
    sender=MARK, to=[TOM], cc=[LAURA, PRIYA],
    subject="Re: Patch 2.4.1 release plan",
    body="""Tom,

Let's ship Thursday as planned. Between us, Laura's team seems to discover a brand-new 'critical' requirement every time we get near a milestone, so I've stopped treating their priority lists as anything more than a wish list. If we wait for them, we'll never ship.

Can you prep the release notes by Wednesday noon? Please keep the known-issues section short and factual - the two cosmetic defects and the workaround for the export timeout. Priya, please book the deployment slot for Thursday 19:00 and let the support desk know.

Mark""",
    quote="""Mark, patch 2.4.1 passed regression this morning. Shall we ship Thursday as planned, or wait for Laura's team to confirm the new priority list?
- Tom""",
    quote_from=TOM, trad=False,
))

POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="traditional; internal note that mocks the bank director by nickname 「林大人」 (訓話半小時…一字不差)",
    sender=HSU, to=[WU_MZ], cc=[],
    subject="週三進度會",
    body="""明哲：

週三下午的進度會我會出席，簡報今晚改完後放到共用資料夾。

先提醒你一下，那位「林大人」每次開會照例先訓話半小時，真正要決定的事永遠塞在最後五分鐘，而且訓話內容跟上次幾乎一字不差。你記得多帶一杯咖啡，撐過前半場就好。

另外第三頁的時程表請再幫我核對一次，特別是UAT的起訖日期。

嘉文""",
    quote=None, trad=True,
))

POS.append(dict(
    expect=["backchannel"], lang="mixed",
    why="internal CR note; disparages the bank by company name (C行这帮人写需求真是一言难尽…等着我们来背锅)",
    sender=CHEN, to=[LIU], cc=[],
    subject="bank-C CR-0921 评估",
    body="""刘畅，

C行那个 CR-0921 我看了，impact assessment 我明天上午填好发你。

btw C行这帮人写需求真是一言难尽，同一个字段在三份文档里有三个名字，我严重怀疑他们内部自己都没对过，就等着我们来背锅。你先别急着回他们，等我把字段对照表整理出来，周四一起看。

工时预估先按 15 人天报，后面再调整。

静怡""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="colleague raised the issue constructively (quote); the PM's own reply disparages the client contact (自己想不清楚要什么，就拿我们的测试环境当草稿纸)",
    sender=ZHOU, to=[ZHAO], cc=[SUN],
    subject="Re: 验收标准又变了",
    body="""赵磊：

约吧，周四下午我来约。你先把新旧两版标准的差异列个表，重点标一下哪几项会影响测试用例。

不过别抱太大期望。方敏那边一直就这样，自己想不清楚要什么，就拿我们的测试环境当草稿纸，今天改一条明天再改一条。

性能那项我先跟架构组确认一下1秒能不能做到，明天给你答复。

周屿""",
    quote="""周哥：
客户今天把验收标准又改了，性能指标从2秒改成了1秒。要不要跟他们约个会对一下？不然测试没法排。
赵磊""",
    quote_from=ZHAO, trad=False, quote_style="gt_zh",
))

POS.append(dict(
    expect=["backchannel"], lang="en",
    why="reply-all accident with the client in Cc; a single aside says their ops lead 'clearly has no idea how data moves through his own systems'",
    sender=MARK, to=[PRIYA], cc=[DANIEL, TOM],
    subject="Re: Client-B dashboard tickets",
    body="""Thanks Priya, nice work tracking that down.

I'll say it once and then let it go: their ops lead clearly has no idea how data moves through his own systems, which is why we keep getting these tickets every other week. Anyway - close it once Daniel confirms, and add the timezone check to the onboarding checklist so the next client export gets validated on day one. Tom, could you also add a short note to the runbook explaining how to spot a timezone offset in the raw files? That should save whoever is on support next month an afternoon.

Mark""",
    quote="""Mark, the Client-B dashboard discrepancy is resolved - it was a timezone setting in their export job. I've asked Daniel to confirm before we close the ticket.
Priya""",
    quote_from=PRIYA, trad=False, quote_style="outlook",
))

POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="test report to the client that also runs down a named client-side colleague behind his back (吴涛实在是不太靠谱…催一次推一次)",
    sender=ZHOU, to=[GAO], cc=[],
    subject="测试报告及合同盖章进度",
    body="""高经理您好：

第二轮系统测试报告已附上，结论是：严重缺陷0个、一般缺陷3个，均已修复并回归通过，可以进入UAT。

另外跟您说句私下话：贵方采购部的吴涛实在是不太靠谱，补充协议的盖章拖了三个多星期，催一次推一次，每次的理由都不一样。您这边看能不能帮忙推一下，或者换位同事对接？

UAT计划明天发您确认。

周屿""",
    quote=None, trad=False,
))

# --- ramble -------------------------------------------------------------------------------------
POS.append(dict(
    expect=["ramble"], lang="zh",
    why="~750 chars of Hangzhou trip, fishing, kids and football; the only business line (发票开票信息本周五前发我) sits in the middle",
    sender=ZHOU, to=[GAO], cc=[],
    subject="杭州回来了，顺便说个发票的事",
    body="""高经理您好：

上周去杭州参加了一个行业大会，顺路在西湖边住了两晚。十一月的杭州真是好时候，梧桐叶子黄了一半，早上沿着北山街走到断桥，雾还没散，游客也不多，拍了好多照片。中午在知味观吃了虾爆鳝面和片儿川，晚上朋友带我去了一家藏在巷子里的杭帮菜馆子，东坡肉炖得入口即化，龙井虾仁也做得很地道，就是价格比十年前翻了一倍多，朋友说现在杭州的物价已经快赶上上海了。

大会本身倒是一般，嘉宾讲的大多是老生常谈，倒是茶歇的时候碰到了几个以前的同事，聊起各自这几年的变化，感慨挺多的。有个同事辞职去了安吉种白茶，说一年就忙两个月，其余时间钓鱼看书，听得我们都很羡慕。他还送了我两罐今年的新茶，下次去您那儿给您带一罐尝尝。

说到钓鱼，听说您最近也迷上了路亚？上次在朋友圈看到您钓的那条翘嘴，个头真不小。我小时候跟着我爸在河边钓过鲫鱼，后来工作忙就再也没碰过，哪天您有空带我去见识见识。

对了，第二期款的发票需要贵方提供最新的开票信息（单位名称变更后的版本），麻烦您本周五前发我一下。

孩子那边最近怎么样？上次听您说在准备中考，这个阶段家长比孩子还紧张吧。我家老大明年小升初，现在每天晚上陪写作业写到十点，我和孩子妈轮流值班，感觉比做项目还累。周末还要去上编程课和游泳课，一家人的周末基本都交代在路上了。

另外上周末的国足比赛您看了吗？下半场那个点球我到现在都想不通，我们办公室几个球迷第二天讨论了一上午，最后谁也没说服谁。

最近我还在学做饭，周末照着视频做了一次红烧肉，糖色炒过了头，颜色黑乎乎的，孩子尝了一口说像中药，后来还是我爱人出手救了场。看来厨艺这种事情真得靠时间慢慢磨，急不来。

天气转凉了，您多注意身体，有空一起喝茶。

周屿""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["ramble"], lang="zh",
    why="~750 chars on moving house, IKEA, the cat and Double-11 shopping; the UAT signature request is one line in the middle",
    sender=HUANG, to=[FANG], cc=[],
    subject="近况 & 一件小事",
    body="""方经理您好：

好久没跟您好好聊聊了。这个月我终于搬进了新家，前前后后折腾了大半年。装修的时候遇到一个特别认真的瓦工师傅，每块砖都要拿水平仪量三遍，工期拖了半个月，但贴出来确实平整，我现在每天进门都忍不住多看两眼卫生间的墙。反倒是木工那边出了点岔子，衣柜的尺寸做小了两公分，跟厂家来回扯皮了三个星期才重新做好。

家具大部分是在宜家买的，周末去了三趟，每次都在餐厅吃瑞典肉丸，我家孩子现在一提宜家就喊着要吃肉丸。组装书架的时候我和我爱人按说明书装反了两块板，拆了重装又花了一个下午，最后我们俩都笑了，说这比做项目计划还考验耐心。

搬家那天还出了个小插曲，我们家那只英短一进新家就钻到沙发底下，一整天都不出来，晚上我们拿逗猫棒、罐头轮番引诱，它都不为所动。第二天早上才自己慢悠悠地出来，在每个房间巡视了一圈，好像在检查我们的装修验收合不合格。

顺便提一下，UAT的签字确认单还差您这边一个签名，麻烦您方便的时候签一下扫描发我就行。

双十一您剁手了吗？我今年本来打算克制一点，结果看到满减还是没忍住，买了一台空气炸锅和一箱咖啡豆。空气炸锅这两天用下来感觉还挺好，烤鸡翅只要十八分钟，外焦里嫩，您要是感兴趣我把菜谱发您。咖啡豆是朋友推荐的云南保山的小粒咖啡，带一点坚果和焦糖的香味，价格比进口豆子便宜一半，喝起来一点都不差。

上周去郊区的一个农场摘了草莓，虽然季节还早，大棚里的草莓已经很甜了。孩子们玩得不亦乐乎，回来的路上在车里睡得东倒西歪。

新家附近还有一个很大的湿地公园，傍晚去散步的时候能看到成群的白鹭，孩子们每次都要数一数今天来了几只。我最近也开始跟着邻居学拍鸟，买了一支二手的长焦镜头，拍了一个礼拜，清楚的照片还没有几张。

天冷了，您也多注意保暖，有空一起吃饭。

黄思远""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["ramble"], lang="zh",
    why="~780 chars about the tea farm back home, a café, the father's blood pressure and Dali; the cut-over window confirmation is buried in one sentence",
    sender=CHEN, to=[QIAN], cc=[],
    subject="回老家一趟，带了点茶",
    body="""钱处您好：

上周请了几天假回了趟云南老家，给家里帮忙收拾了一下茶园。今年秋茶的收成还不错，我爸天天天不亮就上山，晚上回来还要守着锅炒茶，七十岁的人了精神头比我还足。我在家待了五天，跟着学了杀青和揉捻，手上烫了好几个泡，才知道一杯好茶背后有多辛苦。

老家的镇子这几年变化很大，原来坑坑洼洼的土路修成了柏油路，村口还开了一家咖啡馆，老板是从昆明回来的年轻人，用本地的咖啡豆做手冲，周末居然有不少城里人专门开车过来打卡。我去喝了一杯，味道挺惊艳的，跟他聊了半天，他说想把茶和咖啡结合起来做点新东西，年轻人的脑子就是活。

回来之前我妈非要我带两大包普洱和一罐蜂蜜，说是给同事和领导都分一分。您平时喝熟普还是生普？我给您留了一饼2018年的熟普，下次去行里的时候给您带过去，放了几年已经很顺滑了，泡个七八泡都还有味道。

说起来，我爸这次体检查出血压有点高，医生让他少吃咸的，可他一辈子爱吃腌菜和火腿，让他戒口比让他不上山还难。我和我妈商量了半天，最后只能先把家里的盐罐换成小号的，能减一点是一点。

另外，下周二（11月18日）晚上22:00到次日02:00的割接窗口，麻烦贵行这边帮忙确认一下。

这次回去还去了趟大理，洱海边的风很大，骑了一圈自行车，晒得脸都脱皮了。晚上在古城里听了一场民谣，唱歌的小伙子说他在这儿一待就是八年，白天卖唱晚上写歌，日子过得简单但快乐。听得我都有点想辞职了，哈哈，当然只是想想。

回程的飞机上遇到一个去昆明看病的老奶奶，一路上给我讲她年轻时候在农场插秧、赶马帮的故事，讲得绘声绘色，两个多小时一眨眼就过去了。下飞机的时候她还硬塞给我一包自己晒的牛肝菌，说回家炒着吃香得很。

天气凉了，您和家人多保重，有空一起喝茶。

陈静怡""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["ramble"], lang="zh",
    why="~720 chars on a first marathon, knee massage, shoes and a documentary; the request to confirm the TPS definition in the test report is one line",
    sender=HAN, to=[LIANG], cc=[],
    subject="马拉松完赛！顺带一件事",
    body="""梁工：

跟您分享个好消息，上周日我终于跑完了人生第一个全马！成绩四小时五十八分，离五小时只差两分钟，过终点线的时候差点没哭出来。从去年春天开始练，一开始三公里都喘得不行，后来每周跑四次，慢慢加到三十公里的长距离，这中间膝盖还伤过一次，歇了一个多月。

说起膝盖，真得感谢我们楼下那家中医推拿馆，老师傅手法特别好，每次按完都疼得龇牙咧嘴，但第二天就轻松很多。他还教了我几个拉伸动作，现在每天睡前做十分钟，感觉比吃什么护膝的保健品都管用。您上次说您家先生也在跑步？要不把老师傅的联系方式推给您。

跑鞋我前后换了三双，最后发现最适合我的反而是最便宜的那双，几百块钱，缓震一般，但是脚感特别踏实。跑圈里的朋友一开始都劝我买碳板鞋，试了一次，小腿第二天酸得下不了楼，果断放弃了。

比赛当天天气也给力，早上十度左右，阴天没风，沿途的志愿者和市民特别热情，有个大爷拿着一盆切好的橙子站在三十五公里的地方，我一口气吃了三块，感觉又活过来了。

顺便说一下，性能测试报告附件B里的TPS口径，麻烦您确认一下是按峰值还是按平均值统计，我们好定稿。

最近在看一部纪录片，讲的是几个普通人挑战超级马拉松的故事，一百多公里穿越沙漠，看得我热血沸腾，不过也就是看看，我这身板还是老老实实跑半马吧。您要是有空也可以看看，周末放松一下挺好的。

另外周末我们几个跑友准备去郊区的森林公园跑个越野，路线大概十五公里，如果您感兴趣也可以一起来，不赶时间，重在参与。

对了，您之前推荐的那家潮汕牛肉火锅我上周去吃了，排了四十分钟的队，但是真值得，吊龙和匙仁都特别鲜嫩，沙茶酱也调得很地道。跑完步吃一顿火锅，感觉前面消耗的热量一下子又全补回来了。

韩棋""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["ramble"], lang="zh",
    why="~760 chars of a Xishuangbanna team trip (rain, mushrooms, night market, dancing); the OA announcement request is a single line",
    sender=CHEN, to=[DENG], cc=[],
    subject="团建归来～",
    body="""邓佳你好：

我们部门上周去了趟西双版纳团建，五天四夜，回来到现在还没倒过劲儿来。第一天一落地就下了场大雨，热带的雨说来就来，大家在机场门口被淋成了落汤鸡，导游说这叫“雨林的见面礼”。第二天去了热带植物园，看到了传说中的望天树，抬头看得脖子都酸了，还有一种叫跳舞草的植物，对着它唱歌叶子真的会动，我们组几个年轻人对着它唱了半小时，也不知道是草在跳舞还是风在吹。

吃的方面真是大开眼界。傣味的手抓饭、香茅草烤鱼、柠檬撒撇，每一样都酸辣过瘾。最刺激的是菌子火锅，导游反复叮嘱一定要煮够二十分钟，我们一桌人眼巴巴地盯着锅，谁也不敢先动筷子，最后煮了快半小时才开吃，还开玩笑说要是看到小人跳舞就赶紧报告。

晚上去了告庄的星光夜市，人山人海，什么都有，我买了两条扎染的围巾和一些手工银饰，银饰店老板说是纯手工打的，真假我也分不出来，反正好看就行。给你也带了一条围巾，蓝白色的，下次见面给你。

对了，新版本的上线公告，麻烦你周四前在行内OA上帮忙发一下，文案我昨天已经发到你邮箱了。

最后一天去了一个傣族村寨，赶上他们的一个小节日，全村人在空地上跳舞，我们也被拉进去跟着跳，动作完全跟不上，全程手忙脚乱，视频被同事发到了部门群里，现在已经成了我的黑历史。

回程那天航班延误了三个小时，我们一群人在候机厅里玩起了狼人杀，结果越玩越投入，广播叫登机的时候还有两局没打完，被领队催着一路小跑上了飞机，空姐看我们的眼神都有点无奈。

回来以后发现体重涨了三斤，看来这周又得管住嘴了。你最近还在坚持游泳吗？上次说想报个自由泳的课，后来报了没有？有空一起约个饭，我请你吃云南菜，顺便给你看看我拍的照片。

陈静怡""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["ramble"], lang="zh",
    why="~760 chars about piano grading, school choice, hobby classes and a children's play; one line asks to confirm three data-dictionary fields",
    sender=HUANG, to=[FANG], cc=[],
    subject="周末闲聊 + 数据字典",
    body="""方经理：

周末陪孩子去参加了钢琴考级，四级，考场外面乌泱泱全是家长，比孩子还紧张。我家闺女倒是淡定，进去之前还跟我说“爸爸你别抖腿”，出来说弹错了一个音，但感觉还行。成绩要一个月后才出，这一个月全家都得提心吊胆的。

最近身边的朋友都在聊幼升小的事，我家老二明年也要上小学了，学区、摇号、面谈，各种信息满天飞，家长群里每天几百条消息，看得我头都大了。我和孩子妈跑了三个周末去看学校，有一所学校的操场特别大，孩子一眼就看中了，说要在那里踢足球，可惜离家有点远，每天接送是个大问题。您家孩子当年是怎么选的学校？有空能不能传授点经验。

兴趣班也是个让人纠结的事，钢琴、画画、游泳、编程、英语，每一样都有人说重要。我们现在的原则是让孩子自己选，她选了钢琴和游泳，老二还小，目前只对乐高感兴趣，每天能拼两个小时，拼完还要给我们讲故事，说这是城堡那是飞船，想象力倒是挺丰富。

另外，数据字典里我标黄的三个字段含义，麻烦您周五前帮忙确认一下。

上周五晚上带孩子们去看了一场儿童话剧，讲的是小王子的故事，演员都很用心，舞台布景也漂亮。孩子们看得特别投入，回家路上还在讨论玫瑰花和狐狸，老大说她最喜欢狐狸那句“你在你的玫瑰花身上耗费的时间，使得你的玫瑰花变得如此重要”，听得我还挺感动的，感觉她一下子长大了不少。

周日下午我们全家还去了一趟植物园，银杏正黄，满地都是落叶，孩子们捡了一大袋叶子回家，说要做成书签送给老师。老二一路上问了我几十个为什么，为什么叶子会变黄、为什么松树不掉叶子，我答着答着就只能说回家查查书了。

下个月我们小区要组织亲子运动会，我被选成了家长代表，要负责组织拔河比赛，正在发愁怎么分组才公平。天气越来越冷了，您也多保重身体。

黄思远""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["ramble"], lang="en",
    why="~560 words of Lisbon travelogue, the dog, a novel and a podcast; one question about rotating SFTP credentials on 18 Nov is buried in it",
    sender=MARK, to=[LAURA], cc=[],
    subject="Back from Lisbon (and one small thing)",
    body="""Hi Laura,

I hope your week is going well. I'm just back from ten days in Lisbon, and I have to say it lived up to every recommendation you gave me back in the summer. Thank you again for the list - we worked through most of it.

The first few days were grey and rainy, which I'm told is unusual for early November, but it meant the city was quieter than I expected. We took the old number 28 tram up through Alfama on the first morning, squeezed in with what felt like half the tourists in Portugal, and then spent the rest of the day walking back down through the little lanes, getting lost, and stopping every hour or so for another coffee. The custard tarts are every bit as good as you said. We did the pilgrimage to the famous bakery in Belem, queued for twenty minutes, and I'm slightly embarrassed to tell you that I ate four in one sitting.

Midweek the weather cleared up and we took the train out to Sintra. The palaces are ridiculous in the best possible way - bright yellow and red towers perched on top of a forested hill, like something a child would draw. My partner insisted on hiking up to the Moorish castle instead of taking the bus, and my calves still haven't forgiven me. We finished the day in Cascais watching the sunset with grilled sardines and a bottle of vinho verde, which I'd happily repeat every evening for the rest of my life.

The dog stayed with my sister while we were away, and apparently he had a much better holiday than we did. She sent me daily photos of him asleep on her sofa, a spot he is absolutely not allowed on at home. I suspect the next few weeks of retraining are going to be a challenge.

By the way, could you confirm whether the SFTP credentials can be rotated on 18 November?

On the flight back I finally finished the novel your book club picked in September - the one about the lighthouse keeper. I know I'm two months late to the discussion, but I loved the ending, even if I still can't decide whether the brother was real or imagined. I'd be curious to hear what the group concluded.

I've also started a new podcast about the history of maps, which sounds dull but is strangely gripping. The episode on how sailors navigated before longitude could be measured kept me awake for most of the flight. I'll send you the link if you're interested.

Anyway, it's good to be back, even if the inbox was rather less charming than Lisbon. Let's catch up properly at the next review.

Best,
Mark""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["ramble"], lang="mixed",
    why="code-switched chatter about London weather, F1, pour-over coffee, Suzhou and a book; the contract-renewal review request is one line near the end",
    sender=HAN, to=[DANIEL], cc=[],
    subject="Catching up + contract renewal",
    body="""Hi Daniel,

好久没联系了，最近一切都好吗？上个月你说要回 London 一趟，不知道这次有没有赶上好天气。我记得你说过伦敦的秋天一周能下六天雨，剩下一天是阴天，哈哈。

我这边最近生活挺丰富的。上周末第一次去看了上海的 F1 show run，虽然不是正式比赛，但是引擎声一响，整个人都兴奋了，耳塞都挡不住。现场还遇到一个从英国来的车迷，聊了半天 Silverstone，他说如果我去英国一定要去现场看一次，气氛完全不一样。说到这个，你是 McLaren 还是 Ferrari 的粉丝？我猜你是 McLaren，毕竟是 home team。

另外最近迷上了手冲咖啡，买了一套 V60 和一个手摇磨豆机，每天早上给自己冲一杯。一开始总是冲得太苦，后来看了好多 YouTube 教程，调了研磨度和水温，现在终于能喝了。公司楼下新开了一家 specialty coffee shop，老板是个日本人，特别讲究，每杯都要称重计时，排队的人能排到门外。下次你来上海一定带你去试试。

周末还带家里人去了趟苏州，逛了拙政园和平江路，吃了松鼠桂鱼和生煎。苏州的园林真的很适合慢慢走，每个窗户看出去都是一幅画。我岳母特别喜欢评弹，在茶馆里听了一个多小时都不肯走，我们几个只好陪着喝了三壶碧螺春。

By the way，合同 renewal 的 draft 已经放在 shared folder 里了，麻烦 next Friday 之前 review 一下。

最近在读一本关于城市规划的书，讲的是伦敦和上海两个城市的发展对比，挺有意思，作者认为两个城市都在“向河流要空间”，泰晤士河和黄浦江的沿岸改造有很多相似之处。读完借给你，我觉得你会喜欢。

另外我家孩子最近开始学英语，每天晚上非要我陪她读绘本，发音被她纠正了好几次，说我的口音是 Chinglish，真是哭笑不得。下次你来的时候，说不定她能跟你用英语聊几句。

Cheers,
韩棋""",
    quote=None, trad=False,
))

# =================================================================================================
# HARD NEGATIVES
# =================================================================================================

NEG.append(dict(
    expect=[], lang="zh",
    why="buffered refusal: CR number, evaluation date, interim workaround, escalation; the client's anger (到底行不行) is only in the quote",
    sender=ZHOU, to=[GAO], cc=[],
    subject="Re: 批量导入能不能改成实时校验",
    body="""高经理您好：

非常抱歉给业务同事带来这么多重复劳动，您的反馈我们已经收到，也理解大家的着急。

关于把批量导入改为“逐行实时校验”：

- 已登记为变更单 CR-2026-047；
- 初步判断需要改造导入引擎，本期版本（11月20日）恐怕来不及，但我们会在11月14日（周五）前给出影响评估和两个可选方案，届时我给您打电话详细沟通；
- 过渡期间，可以先用导入页面右上角的“预校验”按钮，它能在正式导入前一次性列出所有格式错误，操作说明见附件。

这件事我也已经同步给我们交付总监，后续进展我会每两天跟您更新一次。

周屿""",
    quote="""周屿：
导入的时候错了也不提示，非要等全部跑完才报错，一千多行的表要来回导好几遍。这点小功能都做不了？你们到底行不行？我已经跟你们领导反映了！
高建国""",
    quote_from=GAO, trad=False, quote_style="foxmail",
))

NEG.append(dict(
    expect=[], lang="en",
    why="'isn't realistic … I won't recommend that' followed by a concrete split with dates and an offer to bring in the delivery director; client's 'no exceptions' only in the quote",
    sender=MARK, to=[DANIEL], cc=[],
    subject="Re: Reconciliation module by 30 Nov?",
    body="""Hi Daniel,

I want to be straight with you: delivering the full reconciliation module by 30 November isn't realistic without cutting the regression cycle, and I won't recommend that for a system your auditors will be looking at.

Here is what we can commit to:

- 30 November: the matching engine and the standard reports - the parts the auditors will actually test;
- 12 December: the exception dashboard and the manual-override workflow.

If that split doesn't work for your audit timeline, I'd like to set up a call this week with our delivery director, Mei Zhang, to look at adding two engineers to the team. Could you let me know by Thursday which way you'd like to go?

Best,
Mark""",
    quote="""Mark, our auditors arrive on 8 December. We need the full reconciliation module live by 30 November, no exceptions. Please confirm.
Daniel""",
    quote_from=DANIEL, trad=False, quote_style="outlook",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="escalation: beyond my authority, no on-the-spot answer, handed to the delivery director with a contact date",
    sender=CHEN, to=[QIAN], cc=[],
    subject="Re: 免费维保期延长事宜",
    body="""钱处您好：

感谢贵行对我们的信任，也理解新系统上线初期贵行对稳定性的关切。

把免费维保期从一年延长到三年，涉及商务条款和公司的整体定价政策，超出了我个人的审批权限，我没办法当场给您一个负责任的答复。

我已经把您的诉求和贵行的背景整理成书面材料，转给了我们的交付总监周建华，他会在本周四（11月13日）之前直接与您联系。在此期间，如果系统有任何问题，我们的现场支持仍然7×24小时在岗。

陈静怡""",
    quote="""陈经理：
考虑到系统刚上线，我们希望免费维保期从一年延长到三年，请贵司尽快给个答复。
钱志远""",
    quote_from=QIAN, trad=False, quote_style="gt_zh",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="negation (并不是做不了) plus two options with the choice explicitly left to the client",
    sender=HUANG, to=[FANG], cc=[],
    subject="两个看板的排期建议",
    body="""方经理您好：

关于销售看板和库存看板能否在12月1日同时上线，先说结论：并不是做不了，而是按现在的人手同时推进两个看板，测试时间会被压缩到三天，质量上我不太放心。

我们的建议是：

- 方案一：12月1日先上销售看板，库存看板12月12日上线；
- 方案二：两个看板都在12月1日上线，但库存看板先只开放给总部，门店12月12日再开放。

两个方案的工作量和风险对比见附件。哪个更贴合业务的节奏，还是以您的判断为准，您定了我们就按那个排。

黄思远""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="risky words as technical terms: 防火墙拒绝…回调请求, ECONNREFUSED, 必须…触发, 直接丢弃 - an incident report",
    sender=HAN, to=[LIANG], cc=[],
    subject="11月8日支付回调异常排查报告",
    body="""梁工：

11月8日支付回调异常的排查结果如下：

1. 现象：10:05–10:40 约3%的支付回调失败，应用日志中大量出现 ECONNREFUSED；
2. 原因：当天上午新扩容的两台节点未同步安全组规则，防火墙拒绝了来自支付网关的回调请求；
3. 影响：回调失败的订单已由补偿任务在10:55前全部重试成功，无资金差错；
4. 整改：安全组规则纳入扩容脚本自动下发；同时回调接口增加了幂等校验，同一笔回调重复到达时会被直接丢弃，不会重复入账。

另外，补偿任务必须在回调失败后15分钟内触发，这个阈值我们已经加了监控告警。

韩棋""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="en",
    why="'must' and 'No, you don't need to' in installation instructions - technical, not pressure or refusal",
    sender=MARK, to=[LAURA], cc=[],
    subject="Patch 3.2 - installation notes",
    body="""Hi Laura,

Patch 3.2 is on the file share. A few notes for your desktop team:

- After installing, users must clear their browser cache; otherwise the old script bundle keeps loading and the new export button won't appear.
- The API must reject any request without the new X-Tenant header - that's deliberate, not a bug. Integrations that haven't been updated will get a 400 until they add it.
- No, you don't need to reinstall the reporting agent; it picks up the new configuration on restart.

If anything behaves unexpectedly, send me a screenshot and I'll get someone on it the same day.

Best,
Mark""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="client threatens to switch vendors in the quote (简直没法用); the PM's reply apologises, gives facts and offers an on-site briefing",
    sender=ZHOU, to=[FANG], cc=[],
    subject="Re: 系统又出问题了",
    body="""方经理您好：

今天上午收银中断给门店带来的影响，我们非常抱歉。先同步目前的情况：

- 中断时间：09:42–10:15，共33分钟；
- 直接原因：数据库主节点磁盘写满，自动切换未能在预期时间内完成；
- 已采取措施：清理历史日志并扩容，自动切换阈值从5分钟调整为30秒。

这个月三次中断，我们内部已经当作一级事件复盘，今天下午5点前会把完整的根因报告和下一阶段的稳定性加固计划发您。如果您方便，明天上午我和我们技术总监一起到贵司当面汇报。

周屿""",
    quote="""周屿：
你们这个系统简直没法用，这个月已经第三次宕机了，门店收银全停。再出一次我们就启动更换供应商的流程，别怪我没提醒！
方敏""",
    quote_from=FANG, trad=False, quote_style="outlook_zh",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="internal, constructive: the client is anxious, her concern is fair (换成我是客户我也不放心), plan to explain face to face",
    sender=ZHOU, to=[ZHAO], cc=[SUN],
    subject="方经理对回滚方案的担心",
    body="""赵磊、孙悦：

今天下午跟方经理通了电话，她对下周的数据迁移比较焦虑，前后问了三次“万一失败怎么回滚”。

说实话，她的担心是有道理的。我们之前给的回滚说明只有半页，步骤写得很粗，也没写回滚需要多长时间、期间门店能不能营业。换成我是客户，我也不放心。

我的想法是：
1. 赵磊明天上午把回滚步骤细化到每一步的操作人和预计耗时；
2. 孙悦整理一下上次演练的数据，特别是回滚实测用时；
3. 明天下午我带着材料去客户现场，当面给方经理讲一遍，顺便把正式演练的时间定下来。

大家看看有没有补充。

周屿""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="team banter: 这波操作绝了 as praise, self-directed 我这记性真是没救了, client's thanks passed on",
    sender=ZHOU, to=[ZHAO, SUN, LIU], cc=[],
    subject="昨晚割接，各位辛苦了",
    body="""各位：

昨晚的割接，原计划四个小时，实际两小时四十五分钟收工，零回滚、零告警。说真的，这波操作绝了，我在作战室里看着监控一条一条变绿，激动得差点把咖啡打翻。

也要自我检讨一下：庆功的奶茶我居然忘了提前订，我这记性真是没救了。今天下午三点补上，每人一杯，刘畅负责统计口味。

客户那边高经理早上专门打电话来道谢，说门店开门后一切正常，让我转达对大家的感谢。

复盘会定在周五上午十点，主要聊聊这次哪些做法可以沉淀成标准流程。

周屿""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="traditional; firm but polite facts about the bank's certificate change, with a cooperative suggestion and offer to report in person",
    sender=HSU, to=[LIN], cc=[],
    subject="11月5日交易中斷說明",
    body="""林處長您好：

關於11月5日凌晨的交易中斷，經查明說明如下：

一、中斷時段為00:12至00:47，共35分鐘；
二、我方系統日誌顯示，自00:12起，連續收到貴行前置機回覆的憑證驗證失敗；
三、時間點與貴行當晚更換前置機憑證的作業吻合，相關日誌截圖已附上供參考。

我們理解憑證更換屬於貴行的例行作業。為避免類似情況再次發生，建議日後更換憑證前提前一個工作日告知，我方可安排人員同步值守，並在更換後立即進行連線測試。

如需進一步說明，我隨時可以到行裡當面報告。

許嘉文""",
    quote=None, trad=True,
))

NEG.append(dict(
    expect=[], lang="en",
    why="recommendation that leaves the choice ('Option A is perfectly viable … It's your call')",
    sender=MARK, to=[DANIEL], cc=[],
    subject="Rollout options for the steering committee",
    body="""Hi Daniel,

Ahead of Tuesday's steering committee, here are the two rollout options side by side.

Option A - single cut-over on 2 February. Shorter overall timeline and one training wave; it needs an extra weekend of dress rehearsal and carries more risk if something goes wrong on the day.

Option B - phased rollout in three waves (February, March, April). Lower risk, and we've seen it work well at two similar sites, but your teams would run old and new systems side by side for about eight weeks.

Our recommendation is Option B, mainly because of the dual-running support we can offer. That said, Option A is perfectly viable if the marketing date is fixed, and we'd plan it properly. Both are costed in the attached sheet.

It's your call - if you can let us know your preference by Wednesday, we'll build the detailed plan around it.

Best,
Mark""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="plain weekly report; risky words (不可能, 概不负责, 不接受任何索赔) only in the signature motto and disclaimer",
    sender=HUANG, to=[GAO], cc=[],
    subject="11月第二周项目周报",
    body="""高经理您好：

本周项目进展简要汇报如下：

- 订单模块：开发完成，进入系统测试，发现一般缺陷5个，已修复4个；
- 会员模块：接口联调完成80%，预计下周三完成；
- 风险：会员积分规则仍有两处待贵方业务确认，已在附件中标出，烦请下周一前答复。

下周重点是会员模块联调收尾和订单模块回归测试。

祝好！

-- 
黄思远 | 项目经理
电话：138-0000-1234
座右铭：世上本无不可能，只是办法还没找到。
免责声明：本邮件及附件仅供指定收件人使用，内容不构成任何承诺。如您误收本邮件，请立即删除；对于因转发或误用本邮件造成的任何后果，本公司概不负责，亦不接受任何索赔。""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="internal mail that takes the client's blunt criticism seriously ('honestly she has a point') and changes our own report format",
    sender=HAN, to=[PRIYA, TOM], cc=[],
    subject="周报格式调整 - starting this week",
    body="""Hi Priya, Tom,

今天下午的 review 上，梁工说我们的周报“看完不知道项目到底怎么样了”。话说得直接了点，but honestly she has a point：我们每周只列完成项，既没写风险，也没写下周计划，客户要自己去猜。

从本周开始，周报加两栏：
1. Risks & issues —— 每条写清楚 owner 和预计解决日期；
2. Next week —— 下周的三个重点。

模板我今晚更新到 shared drive。周五发出之前，我们三个先花十分钟对一下。

Thanks,
韩棋""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="self-criticism with a rhetorical 难道 aimed at the PM's own mistake; apology and fix",
    sender=ZHOU, to=[GAO], cc=[],
    subject="排期表版本更正，抱歉",
    body="""高经理您好：

非常抱歉，上周五发给您的排期表是旧版本，UAT的起止日期还是10月的计划，给您和业务部门的安排造成了困扰。

事后我自己也反思：难道连核对版本号这种基本动作都能漏掉？说到底是我这边的发送流程有缺口，不能怪任何人。从本周起，所有对外发送的计划类文件都由两人核对版本后再发。

正确版本已附上，主要变化是UAT改为11月24日至28日，上线时间不变。如果业务部门的人员安排需要调整，我们可以配合。

周屿""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="en",
    why="'As I said then' / 'I told you I'd' used as follow-through on promises, not lecturing",
    sender=MARK, to=[LAURA], cc=[],
    subject="Load test results, as promised",
    body="""Hi Laura,

As promised on Tuesday's call, here are the load-test results for the customer portal.

As I said then, the target was a 95th-percentile response time under 800 ms at 2,000 concurrent users. We hit 610 ms at 2,000 users and 780 ms at 2,500, so there is some headroom above your expected peak. The one weak spot is the order-history page, which degrades faster than the rest; we've opened a ticket to add pagination and will re-test on 21 November.

The full report, including the test scripts, is attached. I told you I'd have the raw data to your performance team by Friday, and it's already in the shared folder.

Happy to go through any of it on a call.

Best,
Mark""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="并不是贵方数据的问题 - the PM takes the blame, explains the defect and offers assisted re-import",
    sender=HUANG, to=[FANG], cc=[],
    subject="Re: 门店数据导入失败",
    body="""方经理您好：

先说结论：并不是贵方数据的问题，不需要重新整理。

我们查了一下，失败是因为导入模块对地址字段里的全角逗号处理有缺陷，把一行拆成了两行，这是我们的问题，很抱歉耽误了您一上午。

修复版本已在中午部署，今天下午三点以后可以重新导入。为了稳妥起见，我们的同事小刘会在线上陪同您的同事完成这次导入，有任何异常当场处理。

黄思远""",
    quote="""黄经理：
今天上午我们导入门店数据一直失败，是不是我们的数据格式有问题？需要我们重新整理吗？
方敏""",
    quote_from=FANG, trad=False, quote_style="gt",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="risky slang aimed at a bug (挺奇葩的), not the client; internal debugging plan with a fallback for the client",
    sender=ZHOU, to=[ZHAO, LIU], cc=[],
    subject="那个只在月末出现的bug",
    body="""赵磊、刘畅：

那个对账金额偶尔差一分钱的bug，我今天又跟了一下，确实挺奇葩的：只有在月末最后一天、而且订单跨过零点时才会复现，平时怎么测都正常。

我怀疑是日切时汇率表和订单表取的时间戳不一致，四舍五入发生在两个不同的时点。刘畅能不能在测试环境把系统时间调到11月30日23:59，造几笔跨零点的订单试试？

客户那边方经理这周问过一次进度，我跟她说了我们在定位，周五前给她一个结论。如果周四还没头绪，我们就先加一个人工对账的兜底步骤，免得影响月结。

周屿""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="client slang anger (我真的会谢, 离谱, 来搞笑的吗) only in the quote; calm reply with cause, fix time and prevention",
    sender=HUANG, to=[FANG], cc=[],
    subject="Re: 报表数据又不对",
    body="""方经理您好：

抱歉这周第二次给您添堵，明天汇报的事我们优先保证。

原因已经查到：昨晚的数据同步任务因为上游文件延迟到达，只处理了一半的门店，所以报表上的合计偏少。我们刚才已经手工补跑，今天18:00前报表数据会恢复完整，我会亲自核对三个关键指标后再通知您。

为了避免再出现这种情况，同步任务会增加“文件到齐才开始处理”的检查，本周五上线。

明早9点前我会再跟您确认一次数据状态。

黄思远""",
    quote="""黄经理：
我真的会谢，报表数据又对不上了，这周第二次了，离谱。你们是来搞笑的吗？明天给领导汇报要用，到底还能不能行？
方敏""",
    quote_from=FANG, trad=False, quote_style="gt_zh",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="long (~700 chars) but focused UAT plan - same length as the ramble drafts, entirely on topic",
    sender=ZHOU, to=[GAO, FANG], cc=[],
    subject="UAT测试计划（11月24日—28日）",
    body="""高经理、方经理：

下周UAT的安排整理如下，请审阅，如有调整请在本周五前告知。

一、时间安排
11月24日（周一）上午：UAT启动会，介绍测试范围、环境和缺陷提交流程，约1小时；
11月24日下午至27日：业务测试，每天9:00–17:00；
11月28日（周五）：缺陷回归及UAT总结会。

二、测试范围
1. 订单管理：下单、改单、取消、退款四个主流程；
2. 会员管理：注册、积分累计与兑换、等级变更；
3. 报表：销售日报、门店周报、会员月报；
4. 权限：总部、区域、门店三级角色的菜单和数据权限。
本次不包含库存看板，库存看板将于12月单独安排UAT。

三、人员安排
贵方：每个业务模块请安排1名主测人员，共4人，需熟悉现有业务流程；
我方：项目经理1人、测试工程师2人、开发工程师2人全程驻场，缺陷当天响应。

四、测试环境与数据
测试环境地址和账号将于11月21日发出；测试数据以10月的生产数据脱敏后导入，覆盖全部门店和会员等级。如贵方需要准备特殊场景的数据，例如跨年积分、异地退货，请在11月20日前把清单发给我们。

五、缺陷管理
缺陷统一记录在项目管理系统，按严重、一般、轻微三级分类。严重缺陷2小时内给出处理方案，一般缺陷当天修复，轻微缺陷在回归版本中统一修复。每天17:30我们会发送当日缺陷日报。

六、通过标准
严重缺陷为0，一般缺陷修复率100%，轻微缺陷不超过10个且均有处理计划。满足标准后，请贵方签署UAT确认单，作为上线的前置条件。

七、风险与应对
1. 业务人员时间冲突：建议贵方提前与门店协调，确保测试人员全程参与；
2. 测试环境不稳定：我方准备了备用环境，切换时间不超过30分钟；
3. 需求理解偏差：测试中发现的需求问题将单独记录，由双方评估后决定是否纳入本期。

以上安排如有需要，我可以在周四的例会上再详细过一遍。

周屿""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="long (~750 chars) root-cause analysis of a batch delay - on topic throughout",
    sender=CHEN, to=[QIAN], cc=[DENG],
    subject="11月9日批量代扣延迟根因分析",
    body="""钱处、邓佳：

11月9日批量代扣延迟的根因分析如下，供贵行参考。

一、事件概述
11月9日凌晨的批量代扣任务原计划02:00开始、04:00前完成，实际于06:35完成，延迟约两个半小时。受影响的代扣笔数约12.6万笔，全部在当日营业开始前处理完毕，未出现重复扣款或漏扣。

二、时间线
02:00 任务按时启动；
02:40 处理速度由每分钟2000笔下降至每分钟400笔；
03:15 监控触发告警，值班工程师介入；
03:50 定位到数据库慢查询；
04:20 临时增加索引，处理速度恢复；
06:35 任务完成。

三、根本原因
本月起贵行新增了“代扣协议有效期”校验，对应的查询需要关联协议表。协议表在10月底完成了一次历史数据迁移，迁移脚本遗漏了有效期字段上的索引，导致每笔代扣都要全表扫描。测试环境的协议表数据量只有生产的百分之一，这个问题在压测时没有暴露。

四、为什么告警晚了35分钟
监控阈值按“任务是否超时”设置，而不是按“处理速度”设置，速度下降后要等到预计完成时间被推迟才会告警。

五、整改措施
1. 已在生产协议表上补建索引，并核对了迁移涉及的其余6张表，未发现类似遗漏；
2. 迁移脚本增加索引一致性校验，迁移完成后自动比对源表和目标表的索引；
3. 压测环境的协议表数据量补充到与生产同一量级，本月底前完成；
4. 监控增加“处理速度低于基线50%持续10分钟”的告警，已于11月10日上线。

六、后续安排
以上第3项完成后，我们会在12月的批量任务前做一次全流程压测，结果会单独报送贵行。如需当面汇报，我和技术负责人可以随时到行里。

陈静怡""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="long change-impact analysis of a membership-rule change; on topic, asks the client to decide three items",
    sender=HUANG, to=[FANG], cc=[],
    subject="会员等级规则调整的影响分析",
    body="""方经理您好：

关于贵方提出的会员等级规则调整（由“累计消费金额”改为“近12个月消费金额”），我们做了影响分析，结论和细节如下。

一、结论
该调整可以实施，预计工作量18人天，建议放在12月15日的版本上线，对当前UAT没有影响。

二、涉及的功能
1. 等级计算：由一次性累计改为滚动计算，需要每天凌晨重新计算约85万会员的等级；
2. 等级变更通知：降级的会员需要发送短信，首次切换时预计约有6万会员降级，建议分三天发送；
3. 积分倍率：不同等级对应不同的积分倍率，降级后的倍率从次日起生效；
4. 报表：会员月报增加“等级变动”统计，历史月份保持原口径。

三、数据影响
首次切换需要回溯近12个月的订单数据，我们测算约需4小时，建议在周日凌晨执行。切换前会完整备份会员表，如需回退，可在1小时内恢复到原规则。

四、业务风险
规则调整后，部分长期会员会被降级，可能引起投诉。建议贵方提前准备客服话术，并考虑给降级会员3个月的保级缓冲期。缓冲期功能我们可以一并实现，增加约3人天。

五、需要贵方确认的事项
1. 是否需要保级缓冲期；
2. 降级短信的文案；
3. 首次切换的具体日期。

请在11月21日前确认以上三项，我们据此锁定排期。如有疑问，周四例会上可以一起讨论。

黄思远""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="en",
    why="long (~450 words) weekly status report that stays on its subject",
    sender=MARK, to=[LAURA], cc=[],
    subject="Weekly status - week 46",
    body="""Hi Laura,

Here is the status report for week 46.

Overall status: amber, improving. We closed two of the three risks raised last week; the remaining one (data feed from the warehouse system) is covered in detail below.

Delivery progress

- Customer portal: all sprint 9 stories are done and deployed to the test environment. Your team can start exploratory testing on Monday; the test accounts were emailed to Anna on Thursday.
- Order history: pagination is implemented and the page now loads in under a second with 5,000 orders. We'll include it in the 21 November load test.
- Notifications: email notifications are complete. SMS is waiting for the provider to approve our sender ID, which they expect to do by Wednesday.
- Reporting: the three finance reports are built. Two match the reference spreadsheets exactly; the third differs by 0.3% on returns, which we believe comes from how partial refunds are counted. We'd like thirty minutes with someone from finance to confirm the rule.

Risks and issues

1. Warehouse data feed (open, high). The nightly stock file from the warehouse system arrived late on three nights this week, twice after 06:00. When that happens, stock levels on the portal are up to a day out of date. We have added an alert so we know within fifteen minutes, and we've asked the warehouse vendor for a root cause by 19 November. If the feed cannot be made reliable, the fallback is an hourly delta feed, which would take about five days to build.
2. Test environment capacity (closed). The environment was upgraded on Tuesday and has been stable since.
3. Key-user availability in December (closed). Thank you for confirming the four key users for the UAT weeks.

Decisions needed from your side

- Confirm the partial-refund rule for the returns report (by 19 November).
- Approve the SMS wording attached to this email (by 20 November).

Next week

- Start of exploratory testing by your team.
- Load test on 21 November, results by the 24th.
- Draft UAT plan for review at the 25 November meeting.

Budget

We are at 62% of budget with 58% of scope delivered. The forecast at completion is unchanged.

As always, happy to walk through any of this on a call.

Best,
Mark""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="long code-switched cut-over migration plan; on topic, go/no-go decided jointly, open items left to the client",
    sender=HAN, to=[LIANG], cc=[LIU],
    subject="Data migration plan - cut-over weekend 11/29",
    body="""Hi 梁工，

下面是 11 月 29 日 cut-over 周末的数据迁移计划，请贵方 review，有问题周三前告诉我。

1. Scope
本次迁移包括客户主数据（约 42 万条）、历史订单（近 3 年，约 1,800 万条）、以及开放中的工单（约 3,500 条）。归档订单（3 年以前）不在本次范围内，继续留在旧系统只读查询。

2. Timeline
- 11/28（周五）18:00：旧系统停止写入，进入只读模式；
- 18:30 – 22:00：全量导出 + 校验 checksum；
- 11/29 00:00 – 08:00：导入新系统，按客户 → 订单 → 工单的顺序；
- 08:00 – 12:00：reconciliation，双方按抽样清单核对；
- 12:00：go / no-go 决策会议，贵方 IT 负责人和我方项目经理共同决定；
- 11/30（周日）：业务验证，周一正式开放。

3. Validation
每类数据都做三层校验：记录数、金额合计、以及随机抽样 500 条的字段级比对。任何一层差异超过 0.01%，都会暂停并排查，不会带着差异继续往下走。

4. Rollback
如果 go / no-go 会议决定回退，旧系统在 30 分钟内恢复写入，新系统数据保留用于分析。回退方案已经在 11/15 的演练中实际执行过一次，耗时 22 分钟。

5. People
我方：migration lead 刘畅、两名 DBA、一名测试，周五晚到周日全程在线；
贵方：请安排一名 DBA 和两名业务 key user，周六上午参与 reconciliation。

6. Communication
迁移期间每两小时在项目群发一次 status update，遇到 blocker 会立即电话通知。

7. Open items
- 旧系统中约 1,200 条客户记录缺少税号，需要贵方决定是迁移为空值还是先补录；
- 工单附件（约 80GB）是否一起迁移，还是只迁移链接。

麻烦在周三的 review 会前给个倾向，我们好准备脚本。

Thanks,
韩棋""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="bureaucratic but buffered: 本期不安排实施 with CR-118, review-board date, written feedback and an interim workaround",
    sender=CHEN, to=[QIAN], cc=[],
    subject="关于多币种结算需求的答复",
    body="""钱处您好：

关于贵行11月6日提出的“增加多币种结算”需求，经项目组初步评估，答复如下：

一、该需求涉及清算、记账、报表三个模块，工作量初估约40人天，本期（12月上线版本）不安排实施；
二、需求已登记为变更单CR-118，将提交12月3日的变更控制委员会评审，评审结论当天书面反馈贵行；
三、过渡期间，建议外币业务暂按现行的“人工汇率表＋手工调账”方式处理，我方可协助编写操作指引，本周五前提供。

如贵行认为该需求须在本期实现，也请告知业务上的具体时间要求，我们将据此重新评估资源和排期。

陈静怡""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="en",
    why="'This isn't a rejection' - logged as CR-77 with a sizing date, interim configuration, decision left to the client",
    sender=MARK, to=[DANIEL], cc=[PRIYA],
    subject="Re: Custom approval workflow",
    body="""Hi Daniel,

Thanks for sending this through with the finance team's notes - they made the requirement very clear.

This isn't a rejection, but I can't put it into the January release as it stands: the workflow engine would need changes that we haven't sized, and January is already full with the audit items you prioritised.

What I'd suggest:
- I've logged it as CR-77 and we'll size it by 25 November;
- in the meantime, the existing three-step workflow can be configured with an extra 'finance review' step for orders above 50k, which covers most of what the notes describe. Priya can set it up on a call this week.

Once the sizing is done, you can decide whether it goes into February or displaces something in January.

Best,
Mark""",
    quote="""Mark, our finance team needs a custom five-step approval workflow for purchase orders above 50k. Can this go into the January release?
Daniel""",
    quote_from=DANIEL, trad=False, quote_style="gt",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="traditional; 'not this phase, but this does not mean no' with CR number, review date, SMS workaround and an offer to escalate to our VP",
    sender=HSU, to=[LIN], cc=[],
    subject="Re: 手機推播功能",
    body="""林處長您好：

謝謝處長轉達分行的需求，繳款提醒確實能減少逾期，是很有價值的功能。

坦白說，本期時程已經排滿，如果硬塞進來，測試時間會被壓縮，我不建議這樣做。但這不代表不做：

一、此需求已列入需求清單，編號CR-2026-09；
二、11月20日的月度評審會會優先討論，結論當天回覆處長；
三、在推播上線之前，可以先用現有的簡訊通道發送繳款提醒，設定方式我們本週內提供。

如處長認為有必要在本期完成，我也可以請我們副總跟貴行一起評估資源調整的可能性。

許嘉文""",
    quote="""嘉文：
分行反映希望手機版能有推播通知，提醒客戶繳款期限。這個能不能在這一期就做？
林振邦""",
    quote_from=LIN, trad=True, quote_style="outlook_zh",
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="internal follow-up with the client deliberately in Cc: 'her concern is right', asks for their script conventions",
    sender=HAN, to=[LIU], cc=[LIANG],
    subject="Rollback 脚本化 - follow-up",
    body="""Hi 刘畅，cc 梁工 for visibility.

梁工昨天在会上提的 concern 是对的：我们现在的 rollback 有 7 个步骤要人工执行，凌晨操作出错的风险确实比较高，上次演练也是在第 5 步卡了十分钟。

请你这周把 rollback 脚本化出一版，至少覆盖配置回退和数据库切换这两块，周五下午我们三方一起 review。梁工那边如果有现成的运维脚本规范，也欢迎发给我们参考，我们尽量按贵方的规范来写。

Thanks,
韩棋""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="risky words as technical terms (拒绝服务攻击, 死锁, 杀掉了进程) and a cost option the client chooses",
    sender=ZHOU, to=[GAO], cc=[],
    subject="上周五官网访问异常的说明",
    body="""高经理您好：

上周五晚上官网访问缓慢的情况，经排查说明如下：

1. 原因：20:30起官网遭到一次分布式拒绝服务攻击（DDoS），峰值流量约为平时的40倍，不是系统本身的缺陷；
2. 处置：21:05切换到云厂商的高防线路，21:20访问恢复正常；
3. 期间有两个后台任务因为资源不足陷入死锁，我们手工杀掉了进程并重新执行，数据无丢失。

后续我们建议把高防线路改为常开，费用每月约3000元，需要贵方确认是否开通。如果暂不开通，也可以维持现在的“被攻击时手动切换”方式，只是恢复时间会在30分钟左右。您看哪种更合适。

周屿""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="PM's own modesty (我对…规则基本是个外行) and thanks to the client's expert; progress update",
    sender=CHEN, to=[QIAN], cc=[DENG],
    subject="利息计算模块进展",
    body="""钱处您好：

跟您同步一下利息计算模块的进展。

说来惭愧，在这之前我对贵行的分段计息规则基本是个外行，第一版设计里把“按日累计”和“按月结息”混在一起，差点就按错误的口径开发了。多亏邓佳上周花了一个下午，拿真实的账户一笔一笔给我们讲清楚，我们才及时纠正过来。

目前的进展：
- 计息规则文档已按邓佳的讲解更新，请贵行在11月19日前确认；
- 计息引擎的开发预计11月28日完成，之后用10月的真实账户数据做并行比对。

再次感谢邓佳的耐心，也感谢您的支持。

陈静怡""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="firm but polite contract facts (附件二, 第7.2条, 12人天) with an open offer to go through the list together",
    sender=ZHOU, to=[GAO], cc=[],
    subject="Re: 新增报表的费用问题",
    body="""高经理您好：

理解您的考虑，我把我们这边的依据说明一下，供您参考：

- 合同附件二的报表清单共列明12张报表，这三张不在清单内；
- 合同第7.2条约定，验收后新增的功能按人天计费；
- 三张报表我们估算共需12人天，报价单已附上。

当然，清单里的报表描述有些地方写得比较概括，如果贵方认为其中某张报表实际上是清单里某一项的延伸，我们很愿意逐条对一下。您看本周四下午是否方便，我带上原始需求文档过来一起过。

周屿""",
    quote="""周经理：
新增的三张报表，我们认为本来就应该包含在原合同范围内，不应该另外收费。
高建国""",
    quote_from=GAO, trad=False, quote_style="outlook_zh",
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="'这个 sprint 塞不进去' with CR number, planning date, ETA promise and a CSV workaround",
    sender=HAN, to=[LAURA], cc=[],
    subject="Re: Bulk export in this sprint?",
    body="""Hi Laura,

理解 regional managers 那边的压力，这个功能确实被问了很多次。

这个 sprint 我们确实塞不进去了——剩下的 capacity 都在 payment 的 bug fix 上，抽人出来会影响下周的 release。不过我已经把它 log 成 CR-2026-31，周四的 sprint planning 会优先讨论，周四下午我给你一个具体的 ETA。

如果比较急，现在可以先用 report 页面的 CSV export 顶一下：每次最多 5,000 行，分几次导出就行，操作步骤我附在下面了。

Best,
韩棋""",
    quote="""Han, can we squeeze bulk export into the current sprint? Our regional managers keep asking for it.
Laura""",
    quote_from=LAURA, trad=False, quote_style="outlook",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="colleague's complaint about the client is only in the quote; the PM reframes it constructively and plans a joint meeting",
    sender=ZHOU, to=[SUN], cc=[],
    subject="Re: 高总今天又改主意了",
    body="""孙悦：

辛苦了，一天被来回拉三次，换谁都会累。

不过我的理解是，高总改主意多半不是针对我们，而是他们内部业务部门和财务部门的意见还没对齐，他夹在中间，只能把压力往外传。我们与其被动接招，不如帮他一把：

1. 你把三次改动整理成一张对比表，写清楚每个方案的工作量和影响；
2. 我明天约高总、业务部和财务部一起开个需求确认会，结论当场形成纪要，三方签字；
3. 签字之后再有变化，就走正式的变更流程。

今天早点回去休息。

周屿""",
    quote="""周哥：
高总这人太难伺候了，一天之内改了三次主意，上午要A方案，下午又说B方案好，晚上又问能不能两个都要。我真的要崩溃了。
孙悦""",
    quote_from=SUN, trad=False, quote_style="gt_zh",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="the client's harsh verdict on the training (一塌糊涂, 浪费时间) is in the quote; the reply thanks, admits, and re-plans with the client choosing the date",
    sender=CHEN, to=[QIAN], cc=[],
    subject="Re: 培训效果",
    body="""钱处您好：

非常感谢您直接指出问题，昨天的培训确实没有达到预期，我向您和参训的同事道歉。

我们复盘了一下，主要问题有两个：一是讲师是新人，对贵行的业务场景不熟，只能照着课件讲；二是课程安排偏重功能介绍，缺少实际操作。

调整方案如下：
- 下周二的补训由我们的资深顾问王工主讲，他参与了贵行全部需求调研；
- 课程改为“场景演练”为主，每个学员在测试环境里完成五个典型业务操作；
- 培训前我们会先收集学员的问题清单，确保现场能答上来。

补训的具体时间请您定，我们全力配合。

陈静怡""",
    quote="""陈经理：
你们的培训安排得一塌糊涂，讲师照着PPT念，什么问题都答不上来，简直是浪费大家时间！
钱志远""",
    quote_from=QIAN, trad=False, quote_style="foxmail",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="recommendation from experience (从我们做过的几个城商行项目来看) with the final decision explicitly the bank's",
    sender=CHEN, to=[DENG], cc=[],
    subject="关于日终批量时间窗口的建议",
    body="""邓佳你好：

关于日终批量的时间窗口，你上周问我们的建议，这里整理一下：

从我们做过的几个城商行项目来看，把日终批量放在22:30开始，比现在的00:00开始更稳妥：一是给异常处理留出更多时间，二是能避开凌晨的备份任务。这是我们的倾向性意见。

不过，贵行有些网点营业到22:00，晚间柜面交易的截止时间也要一起考虑，这一点你们比我们更清楚。如果行里觉得保持00:00更合适，我们也完全可以支持，只需要把备份任务挪到03:00。

两个方案的时间表都附在后面，最终以贵行的意见为准，定了告诉我就行。

陈静怡""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="team banter: 'insane, in the best way' as praise, self-mockery about the PM's own brain, client's thanks relayed",
    sender=HAN, to=[PRIYA, TOM, LIU], cc=[],
    subject="Last night's release - 谢谢大家",
    body="""Team，

昨晚的 release 真的是 insane，in the best way：37 个 migration script 一次跑通，smoke test 全绿，凌晨一点就收工了。Tom 临时发现的那个 config typo 要是漏过去，今天早上就是另一个故事了，respect。

我自己倒是犯了个低级错误：把 release notes 发到了测试群，还好 Priya 眼尖拦下来了。凌晨之后我的大脑基本就是 read-only 模式。

梁工早上发消息说门店系统一切正常，让我代她谢谢大家。

今天下午大家早点走，retro 放到周四。

韩棋""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="'近乎天方夜谭' about our own target, used as praise for the joint team; completion report",
    sender=ZHOU, to=[GAO], cc=[FANG],
    subject="历史订单迁移完成",
    body="""高经理您好：

向您报告一个好消息：全部1,200万条历史订单已于今天凌晨4:10迁移完成，三层校验全部通过，门店已于8:00正常营业。

说实话，一个月前听到“两周内完成全量迁移”这个目标时，我心里觉得近乎天方夜谭。能做到，离不开贵方IT团队连续三个周末的配合，特别是方经理那边每天晚上帮我们核对抽样数据，真的非常感谢。

迁移报告和校验明细见附件。旧系统会保持只读状态一个月，12月15日后按计划下线，届时会再跟您确认。

周屿""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="short scheduling mail; 'Impossible', 'must not', 'do not accept any liability' only in the signature motto and disclaimer",
    sender=HAN, to=[DANIEL], cc=[],
    subject="Sprint 12 demo 时间确认",
    body="""Hi Daniel,

Sprint 12 的 demo 想约在下周三（11/19）下午 3 点，时长一小时，主要演示：
- 新的 approval dashboard；
- bulk export（CSV / Excel）；
- 通知中心的 notification settings。

如果这个时间不方便，周四上午也可以，你们定。会议链接我确认后发出。

Thanks,

-- 
Han Qi 韩棋 | Project Manager
"Impossible is just an opinion."
This email may contain confidential information. If you are not the intended recipient, you must not use, copy or disclose it; we do not accept any liability for errors or omissions.""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="firm but polite payment chase: dates, contract clause, proof of delivery, offer to help with their internal process",
    sender=ZHOU, to=[GAO], cc=[],
    subject="第三期款项付款进度确认",
    body="""高经理您好：

打扰了，想跟您确认一下第三期款项的付款进度。

按合同约定，第三期款在UAT签署后30日内支付。UAT确认单是10月9日签署的，到今天已经过了约定日期21天。发票已于10月12日寄出，快递签收记录见附件。

我们理解贵方付款需要走内部流程，如果流程上卡在某个环节、需要我们补充材料，请随时告诉我，我们马上配合。也麻烦您帮忙确认一个预计付款时间，我好跟公司财务同步。

周屿""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="en",
    why="'The short answer … is no' explained by the licence, with two concrete alternatives, a legal check by a date and an offer to brief the board",
    sender=MARK, to=[LAURA], cc=[],
    subject="Re: Hosting in your own data centre",
    body="""Hi Laura,

The short answer on moving the platform into your own data centre before year end is no - not because we don't want to, but because the current licence only permits hosting in our managed environment until the renewal in March. I'd rather tell you that clearly now than let it surface in December.

Two things we can do in the meantime:

1. Start the technical preparation now - network design, sizing, security review - so the move itself can happen in the first weeks after renewal.
2. I've asked our legal team whether an early amendment to the licence is possible, and I'll come back to you with their answer by 21 November.

If it would help with the board, I'm happy to join a call and explain the constraint directly.

Best,
Mark""",
    quote="""Mark, our board wants the platform moved into our own data centre before year end. Please confirm you can do this.
Laura""",
    quote_from=LAURA, trad=False, quote_style="gt",
))

NEG.append(dict(
    expect=[], lang="zh",
    why="the client's reproach (到底有没有把我们当回事) only in the quote; the PM agrees, apologises and commits to being the single contact",
    sender=HUANG, to=[FANG], cc=[],
    subject="Re: 对接人频繁更换的问题",
    body="""方经理您好：

您说得对，三个月两次更换对接人，给贵方带来了大量重复沟通，这是我们的问题，我向您郑重道歉。

从现在开始到项目验收，我本人作为唯一对接人全程负责，不会再更换。同时，我们把过去三个月所有的需求确认记录、会议纪要和待办事项整理成了一份交接文档，附在邮件里，您可以看看是否有遗漏或理解偏差的地方。

另外，我想下周约您一个小时，不谈具体问题，就听听您对我们这几个月合作的整体意见。您看哪天方便？

黄思远""",
    quote="""黄经理：
三个月换了两次对接人，每次都要从头解释一遍业务，你们公司到底有没有把我们当回事？能不能给个稳定的人？
方敏""",
    quote_from=FANG, trad=False, quote_style="outlook",
))

# =================================================================================================
# interleave deterministically so labels are not in blocks
# =================================================================================================
CASES = POS + NEG
random.Random(17).shuffle(CASES)
