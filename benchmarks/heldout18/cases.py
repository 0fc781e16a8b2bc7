# heldout18: training/tuning set of PM email drafts for mailcoach, written by an independent helper.
# Emphasis: medium-length professional drafts (status updates, meeting recaps, point-by-point replies,
# release notes) where a flat refusal hides in one sentence or list item; hard negatives mirror them.

# ---- people -------------------------------------------------------------------------------
LIHANG = "李航 <li.hang@ourteam.example.com>"
ZHOUMIN = "周敏 <zhou.min@ourteam.example.com>"
CHENSY = "陈思远 <chen.siyuan@ourteam.example.com>"
SONGYT = "宋雨桐 <song.yutong@ourteam.example.com>"
MAXIAO = "马骁 <ma.xiao@ourteam.example.com>"
LINJH = "林佳慧 <lin.jiahui@ourteam.example.com>"
HOCK = "何志強 <ho.chikeung@ourteam.example.com>"
KEVIN = "Kevin Zhang <kevin.zhang@ourteam.example.com>"
EMMA = "Emma Wu <emma.wu@ourteam.example.com>"
MARK = "Mark Chen <mark.chen@ourteam.example.com>"
ALAN = "Alan Reid <alan.reid@ourteam.example.com>"
WUHAO = "吴昊 <wu.hao@ourteam.example.com>"
ZHANGLEI = "张磊 <zhang.lei@ourteam.example.com>"
GUOTING = "郭婷 <guo.ting@ourteam.example.com>"
HEJING = "何静 <he.jing@ourteam.example.com>"
XUNUO = "许诺 <xu.nuo@ourteam.example.com>"
CHENGD = "陈国栋 <chen.guodong@ourteam.example.com>"
BOHAN = "王柏翰 <wang.bohan@ourteam.example.com>"
XIAOYUN = "張小芸 <zhang.xiaoyun@ourteam.example.com>"

WANG = "王立新 <wang.lixin@client-a.example.cn>"
ZHAO = "赵建国 <zhao.jianguo@client-a.example.cn>"
LIUTING = "刘婷 <liu.ting@client-a.example.cn>"
HUANG = "黄欣怡 <huang.xinyi@client-a.example.cn>"
DANIEL = "Daniel Moore <daniel.moore@client-b.example.com>"
SARAH = "Sarah Lin <sarah.lin@client-b.example.com>"
PRIYA = "Priya Nair <priya.nair@client-b.example.com>"
TOM = "Tom Becker <tom.becker@client-b.example.com>"
JASON = "Jason Wang <jason.wang@client-b.example.com>"
MEILING = "陳美玲 <chen.meiling@client-b.example.com>"
KAFAI = "梁家輝 <leung.kafai@client-b.example.com>"
QIAN = "钱卫东 <qian.weidong@bank-c.example.cn>"
SUNLI = "孙丽 <sun.li@bank-c.example.cn>"
ZHENG = "郑浩 <zheng.hao@bank-c.example.cn>"


def C(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, trad=False, **kw):
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=body.strip("\n") + "\n", quote=quote.strip("\n") if quote else None,
             quote_from=quote_from, trad=trad)
    d.update(kw)
    return d


CASES = []
A = CASES.append

# =========================================================================================
# refusal positives (18): flat no hidden in one sentence / list item, nothing offered instead
# =========================================================================================

A(C(["refusal"], "zh", "weekly report: client's template request dismissed in one list item ('不在本期计划内'), no CR, date or alternative",
    LIHANG, [WANG], "【周报】供应链协同平台项目 第11周（11.9–11.13）", cc=[ZHAO], body="""
王总、赵总好：

本周进展汇总如下，请查阅。

一、整体进度
- 采购订单模块：联调完成，缺陷关闭率92%，剩余5个低优先级缺陷计划下周二前关闭。
- 供应商门户：UI走查完成，贵方刘工提出的11处文案修改已全部落实。
- 对账模块：开发完成约70%，按计划11月27日提测。

二、风险与问题
- 测试环境数据库下周一晚8点至10点停机扩容，期间测试暂停，已与刘工确认。

三、需贵方配合事项
- 请于11月18日前提供第二批供应商主数据（约300条）。

四、其他
- 贵方上周提出的批量导入模板自定义：不在本期计划内。
- 下周例会时间不变，周三下午三点，会议号沿用。

如有疑问随时联系。

李航
项目经理 | 供应链协同平台项目
"""))

A(C(["refusal"], "en", "release notes: the client's explicit ask (mobile PDF export) answered by one bullet 'will not be supported', nothing else",
    KEVIN, [DANIEL], "Re: 3.2 release notes", quote="""
Hi Kevin, quick one - will the PDF export from the mobile app make it into 3.2? Our field team keeps asking about it.
Thanks, Daniel""", quote_from=DANIEL, body="""
Hi Daniel,

Release notes for 3.2 below. The build goes to your staging environment on Thursday 19 Nov.

New
- Bulk reassignment of work orders (up to 500 at a time)
- Offline photo capture now syncs in the background
- Audit trail records the device ID for every status change

Fixed
- Timezone offset on scheduled visits created from the web app (#2291)
- Crash when attaching more than 10 photos on Android 14 (#2304)

Changes
- Session timeout raised from 15 to 30 minutes, as agreed on the 5 Nov call

Known limitations
- Mobile PDF export will not be supported.
- Attachments over 50 MB still upload on Wi-Fi only

Regression test results are attached. Let me know if you'd like a walkthrough before UAT.

Best,
Kevin

Kevin Zhang | Project Manager
"""))

A(C(["refusal"], "zh", "公文-style meeting minutes: SSO request closed with '经我方内部研究，该项暂不考虑', no buffer or next step",
    CHENSY, [QIAN], "会议纪要：核心系统对接第三次协调会（11月10日）", cc=[SUNLI], body="""
钱处、孙科长：

现将11月10日协调会纪要呈送如下，请审阅。

一、参会人员
行方：钱卫东、孙丽、郑浩；我方：陈思远、张磊、郭婷。

二、议定事项
1. 联调环境于11月16日前由行方开通两条专线，我方负责网络连通性测试。
2. 接口报文统一采用UTF-8编码，字段长度以《接口规范V2.3》为准。
3. 关于贵行所提统一身份认证（单点登录）对接事宜，经我方内部研究，该项暂不考虑。
4. 第一轮联调计划于11月23日开始，为期两周。

三、遗留问题
- 测试数据脱敏规则待行方科技部确认。

纪要如有出入，请于本周五前告知。

陈思远
信贷系统改造项目组
"""))

A(C(["refusal"], "en", "point-by-point reply: retention request 'out of scope as per the SOW. Closing this item.' with no CR offer",
    EMMA, [TOM], "Re: Open points before go-live", quote="""
Hi Emma, a few open points before go-live:
1. Are we still on track for 7 Dec?
2. When can the Berlin team get trained?
3. Our audit department needs the logs kept for five years - can you set that up?
4. Can our auditors get read-only accounts?
Thanks, Tom""", quote_from=TOM, body="""
Hi Tom,

Thanks for the list. Answers by number:

1. Go-live: still Monday 7 Dec. The cut-over runbook is attached.
2. Training for the Berlin office: two sessions, 1 and 3 Dec at 10:00 CET. Julia will send the invites.
3. Five-year retention for the audit logs: out of scope as per the SOW. Closing this item.
4. Read-only accounts for your auditors: created; credentials sent separately via the password vault.

Happy to jump on a call if anything is unclear.

Emma
"""))

A(C(["refusal"], "zh", "meeting-recap list, passive voice: '经确认，不予支持' for the client's YoY report request, other items handled normally",
    ZHOUMIN, [LIUTING], "Re: 需求澄清会结论", body="""
刘工好：

昨天需求澄清会的结论整理如下：

1. 销售日报增加"区域经理"筛选项：已确认，纳入本周迭代。
2. 报表按季度同比、环比对比：经确认，不予支持。
3. 导出文件名规则：按贵方提供的格式"报表名_日期_操作人"执行。
4. 首页待办角标刷新频率：由5分钟改为1分钟，下周二上线。

请刘工核对，如无问题我们就按此执行。

周敏
"""))

A(C(["refusal"], "zh", "Cantonese status update: WhatsApp notification request turned down in one item ('呢樣嘢我哋唔會做'), nothing offered",
    HOCK, [KAFAI], "會員App第二期 進度更新", trad=True, body="""
家輝：

同你更新下第二期嘅進度：

1. 積分兌換頁已經完成UAT，上星期五你哋同事提嘅三個小問題都改好咗，新版本今晚推上測試環境。
2. 推送通知嗰邊，iOS同Android都已經接通，聽朝我哋再做一輪回歸測試。
3. 至於你哋想加嘅WhatsApp通知，呢樣嘢我哋唔會做。
4. 上線時間維持12月8號（星期二）晚上10點，當晚我哋有三個同事喺度值班。

有咩問題隨時打俾我。

志強
"""))

A(C(["refusal"], "zh", "Taiwanese meeting notes: multi-currency request dropped softly ('這部分我們這邊就不處理了喔') but with nothing instead",
    LINJH, [MEILING], "11/12 會議記錄與後續事項", trad=True, body="""
美玲您好：

謝謝您今天撥空開會，以下是會議重點整理：

1. 報價單範本已依照您提供的格式調整完成，明天下午會放到測試站讓您確認。
2. 業務人員權限的部分，我們會再多開一個「區域主管」角色，週五前完成。
3. 關於貴公司希望在後台加入多幣別報價的部分，這部分我們這邊就不處理了喔。
4. 下一次會議暫定11/19（四）下午兩點，地點一樣在貴公司12樓會議室。

有任何問題再麻煩跟我說，謝謝！

佳慧
"""))

A(C(["refusal"], "en", "status update: 'we have decided not to proceed with the custom SSO connector your team asked for' under Decisions, no alternative",
    KEVIN, [PRIYA], "Project update - week 46", body="""
Hi Priya,

A short update ahead of Thursday's steering meeting.

Progress
- Data migration dry-run #2 completed on Tuesday: 1.84M records, 0 rejects, 3h 40m end to end.
- Performance test on the search API: p95 at 310 ms with 200 concurrent users, within target.
- Training materials: first draft shared on Monday; thanks for the early comments.

Decisions
- After internal discussion, we have decided not to proceed with the custom SSO connector your team asked for.
- The go-live freeze starts on 30 Nov as planned.

Next week
- Dry-run #3 with production-size data
- Security review with your infosec team (Wed 18 Nov, 14:00)

Kevin
"""))

A(C(["refusal"], "zh", "reply to a skin-change request: normal update plus one line '定制皮肤我们今后不再提供' ('no longer'), nothing offered",
    MAXIAO, [HUANG], "Re: 大屏配色调整", quote="""
马经理，大屏那套蓝色皮肤领导觉得太暗了，能不能换成我们集团VI的红金配色？下周有领导来参观。
黄欣怡""", quote_from=HUANG, body="""
黄经理好：

收到，谢谢反馈。先同步一下大屏这周的几项调整：
- 实时订单量卡片的刷新延迟已从30秒降到5秒，今天下午已上线；
- 地图热力层修复了部分省份不显示的问题；
- 下周一起，大屏数据源切换到新数仓，切换窗口为周日凌晨1点到3点，届时会有短暂白屏。

另外，数据大屏的定制皮肤我们今后不再提供。

有其他问题随时找我。

马骁
"""))

A(C(["refusal"], "mixed", "mixed point list: rate-limit request refused 'as per contract ... 不会调整', no paid option or escalation",
    CHENSY, [JASON], "Re: 双十二活动支持", quote="""
Hi 思远，我们 marketing 双十二要做活动，能不能把 open API 的 rate limit 临时调到 500 QPS? 挺急的。
Jason""", quote_from=JASON, body="""
Hi Jason,

几个事情一起回复下：
1. 双十二活动页的 CDN 预热已经排好了，12/10 晚上执行，会提前 30 分钟通知你们。
2. 新的 webhook 签名方式文档已经更新，见 developer portal 的 v2 页面。
3. Rate limit 调到 500 QPS：as per contract 上限是 100 QPS，不会调整。
4. 活动当天我们有 on-call，联系人是 Zhang Lei，手机号稍后单独发你。

Thanks,
思远
"""))

A(C(["refusal"], "zh", "文言/公函: request for a branch-level approval node answered '碍难照办。特此函复。' with nothing else",
    ZHOUMIN, [QIAN], "关于增设分行级审批节点的复函", body="""
钱处长：

贵行11月6日来函收悉。

关于所请在贷款审批流程中增设分行级审批节点一事，经我司项目组审慎研究，碍难照办。

另，贵行所询系统操作手册更新事宜，新版手册已于本周一随版本说明一并发送至贵行科技部邮箱，请查收。

特此函复。

周敏
信贷系统改造项目组
2026年11月12日
"""))

A(C(["refusal"], "zh", "release notes: the client's IE11 issue listed as '关闭，不予处理（Won't Fix）' while the next item gets a date",
    MAXIAO, [WANG], "V2.6.0 版本发布说明", body="""
王总好：

V2.6.0 已于今晚 21:30 发布到生产环境，主要内容如下：

【新增】
1. 合同模板支持自定义水印；
2. 审批流支持加签、转办；
3. 移动端新增待办消息推送。

【优化】
1. 列表页加载速度提升约40%；
2. 附件预览支持 OFD 格式。

【已知问题】
1. #2317 贵方反馈的 IE11 下表格错位：关闭，不予处理（Won't Fix）。
2. #2322 个别 Excel 公式导出后显示为文本：下个补丁修复，预计11月20日。

发布过程顺利，未回滚。如使用中遇到问题，请通过服务台提交工单。

马骁
"""))

A(C(["refusal"], "mixed", "mixed list reply: auditors' direct DB access refused by policy ('这个权限不会开') with no export or other route",
    KEVIN, [LIUTING], "Re: 审计访问生产库", quote="""
Kevin，审计那边想直接连生产库查数据，能不能给他们开个只读账号？下周就要来。
刘婷""", quote_from=LIUTING, body="""
刘工，

几件事一起回一下：
1. 下周的 penetration test 定在 11/18–11/20，测试期间生产环境不做任何变更。
2. 堡垒机新账号已经开好，三个人的初始密码我用密码柜发给你了。
3. 审计直连生产库开只读账号：our security policy doesn't allow this, 这个权限不会开。
4. 本月的运维月报周五发。

Kevin
"""))

A(C(["refusal"], "mixed", "friendly sprint-review recap: dark mode dropped in a cheerful bullet ('skip 啦，这个我们不做了哈～'), nothing instead",
    SONGYT, [JASON], "本周 sprint review 小结", body="""
Hi Jason～

这周 sprint review 你们团队给的反馈超级有用，谢谢！小结一下：
- 搜索联想：已经上 staging，大家试了都说顺手 :)
- 购物车合并逻辑：按你们的意见改成以最后登录的设备为准，下周三发版。
- 优惠券叠加规则：你们运营同学整理的表格太清楚了，开发照着做零返工。
- Dark mode 就 skip 啦，这个我们不做了哈～

下周 review 还是周四下午，奶茶我请！

雨桐
"""))

A(C(["refusal", "argue"], "zh", "point-by-point reply: '这个我们不跑' for the rerun request plus a blaming rhetorical question ('这算谁的？')",
    LIHANG, [ZHAO], "Re: 去年经营数据按新口径重算", quote="""
李经理，集团口径调整了，麻烦把去年1-12月的经营数据按新口径全部重跑一遍，下周三前给我。
赵建国""", quote_from=ZHAO, body="""
赵总：

逐条回复如下。

第一，11月的经营月报已按时生成，放在共享盘"月报/2026-11"目录下。

第二，去年全年数据按新口径重跑——这个我们不跑。口径是贵方今年3月自己签字确认的，现在推翻了再让我们返工，这算谁的？

第三，数据字典已更新到V1.4，新增字段用黄色标出。

李航
"""))

A(C(["refusal", "persuade"], "en", "'Offline mode isn't going in' plus pressure to drop the idea for good ('the only approach that makes sense', 'tell them it's settled')",
    MARK, [SARAH], "Re: Offline mode for the inspection app", quote="""
Mark - our regional managers are still pushing for an offline mode for the inspection app. Can we get it in before launch?
Sarah""", quote_from=SARAH, body="""
Hi Sarah,

Offline mode isn't going in. And honestly, I'd encourage you to let it go for good: the inspectors have 4G everywhere they work, nobody will actually use it, and the online-only design we proposed is the only approach that makes sense. Let's not reopen this at Thursday's meeting - please just tell the regional managers it's settled.

On the other items: the photo compression fix is in today's build, and the inspector roster import worked first time on your test file.

Mark
"""))

A(C(["refusal"], "zh", "minutes as a table: one row marks the client's weather-widget request '范围外，不做' with no owner or date",
    SONGYT, [HUANG], "需求评审会纪要（11月11日）及待办清单", cc=[WANG], body="""
黄经理、王总：

附上本次需求评审会的待办清单，共8项，请核对：

| 序号 | 事项 | 提出方 | 处理意见 | 责任人 | 时间 |
| 1 | 会员等级规则调整 | 客户 | 纳入本期 | 张磊 | 11/20 |
| 2 | 积分过期提醒短信 | 客户 | 纳入本期 | 吴昊 | 11/25 |
| 3 | 门户首页嵌入第三方天气插件 | 客户 | 范围外，不做 | — | — |
| 4 | 订单列表增加导出按钮 | 客户 | 纳入本期 | 吴昊 | 11/18 |
| 5 | 登录页验证码更换为滑块 | 我方 | 纳入本期 | 张磊 | 11/22 |
| 6 | 后台操作日志保留180天 | 客户 | 纳入本期 | 郭婷 | 11/30 |
| 7 | 测试环境数据刷新 | 我方 | 每周一执行 | 郭婷 | 每周 |
| 8 | 下次评审会 | — | 11/25 下午 | 宋雨桐 | — |

如有遗漏请回复补充。

雨桐
"""))

A(C(["refusal"], "mixed", "Taiwanese mixed sprint update: custom print format 'no go，不會排', the other items get sprints and dates",
    LINJH, [MEILING], "Re: App 需求清單", trad=True, quote="""
佳慧，我們想在 App 裡加一個客製化列印格式的功能，業務那邊很需要，可以排進來嗎？
美玲""", quote_from=MEILING, body="""
Hi 美玲，

謝謝你們整理的需求清單，這週 sprint planning 我們都看過了，更新一下：

- 訂單匯出加上「業務代號」欄位：OK，已經排進 Sprint 14。
- 推播訊息的文字長度放寬到 120 字：OK，同樣 Sprint 14。
- 客製化列印格式：我們 PM 這邊看過了，是 no go，不會排。
- App 啟動頁的 banner：等你們的設計稿，收到後 3 個工作天內上版。

有問題再跟我說～

佳慧
"""))

# =========================================================================================
# argue positives (8)
# =========================================================================================

A(C(["argue"], "zh", "passive-aggressive lecture: 'third time we send it, please open it this time', 'we have no energy to explain again'",
    ZHOUMIN, [LIUTING], "Re: 接口验签失败", quote="""
周经理，你们接口的签名算法到底是怎么算的？我们这边一直验签失败。
刘婷""", quote_from=LIUTING, body="""
刘工：

附件是接口文档，这已经是第三次发给贵方了。签名算法在第4页第2节，写得很清楚，麻烦这次一定打开看一眼。

另外建议贵方内部先把文档传阅一遍、对齐一下理解再来问，我们这边实在没有精力陪着同一个问题反复解释。

周敏
"""))

A(C(["argue"], "en", "'For the record' blame for the slip on the client's late sign-off, demands acknowledgement",
    KEVIN, [DANIEL], "Schedule slip", cc=[PRIYA], body="""
Daniel,

For the record, and since this will no doubt come up at Thursday's steering meeting: the two-week slip is down to your team signing off the data mapping on 28 Oct instead of 14 Oct. We flagged that dependency in three status reports and on two calls. Nobody on your side seemed to think it mattered at the time.

I'd appreciate it if that was acknowledged before anyone starts talking about escalations again.

Kevin
"""))

A(C(["argue"], "mixed", "rhetorical questions scolding the client for not reading the UAT mail ('不是上周五就发给你们了吗？', '麻烦先 search 一下 inbox')",
    MAXIAO, [JASON], "Re: UAT 环境登录", quote="""
UAT 环境怎么登录？我们今天想开始测。
Jason""", quote_from=JASON, body="""
Jason,

UAT 的账号不是上周五就发给你们了吗？邮件标题就叫 "UAT accounts & test plan"，附件第一页就是登录方式。Day 1 要测什么、用哪个账号，test plan 里写得还不够清楚？

麻烦先 search 一下 inbox 再问，thanks.

马骁
"""))

A(C(["argue"], "zh", "blaming and lecturing: '只能理解为贵方内部根本没人看纪要', '不要每次都把问题甩到我们这边'",
    CHENSY, [WANG], "报表差异问题（第三次说明）", body="""
王总：

这个问题上周二的例会上我已经讲过一遍，周四电话里又讲了一遍，会议纪要里也白纸黑字写着。现在再问第三次，我只能理解为贵方内部根本没人看纪要。

报表差异的原因很简单：贵方财务用的是含税口径，系统用的是不含税口径，这是贵方立项时自己选的。请先把内部口径统一好，不要每次都把问题甩到我们这边。

陈思远
"""))

A(C(["argue"], "en", "sarcasm about a self-inflicted 'outage' ('Riveting stuff', 'Perhaps next time someone could check your own change log')",
    MARK, [TOM], "Re: URGENT: production down??", quote="""
URGENT: production down?? Users can't log in. Need someone NOW.
Tom""", quote_from=TOM, body="""
Tom,

Thanks for the 11:40 pm "URGENT" ticket. After two of us spent an hour on it, it turns out the "outage" was the password policy your own admin changed at 11:15 pm, which locked out everyone whose password was older than 30 days. Riveting stuff.

I've reverted the setting so people can log in again. Perhaps next time someone could check your own change log before paging our on-call engineer at midnight?

Mark
"""))

A(C(["argue"], "zh", "公文-style lecturing: '此乃项目管理之基本常识，想必贵行不会不知', '后果由谁承担，请贵行自行斟酌'",
    ZHOUMIN, [SUNLI], "关于绕过变更流程问题的函", cc=[QIAN], body="""
孙科长：

近两周，贵行业务部门先后四次绕过变更流程，直接联系我方开发人员提出修改。须知，需求基线一经冻结即不得随意变动，此乃项目管理之基本常识，想必贵行不会不知。

贵行如此行事，既扰乱开发节奏，亦使测试无从展开，后果由谁承担，请贵行自行斟酌。今后请贵行务必约束相关人员。

周敏
"""))

A(C(["argue"], "zh", "stacked '？？？' demanding the sign-off ('到底什么时候签？？？', '还要我们怎么配合？？？')",
    LIHANG, [ZHAO], "验收报告", body="""
赵总：

验收报告到底什么时候签？？？上周说周一，周一说周三，今天周五了还是没动静。

下周二就要切生产了，该测的测了、该改的改了，贵方还要我们怎么配合？？？请给个准话。

李航
"""))

A(C(["argue"], "zh", "condescending re-explanation ('看来有必要再解释一次', '也省得大家都浪费时间')",
    MAXIAO, [HUANG], "关于预发布环境数据显示的说明", body="""
黄经理：

看来有必要再解释一次预发布环境是干什么用的。

预发布环境的数据每周一从生产环境脱敏同步，所以您在上面看到的客户姓名是"张*"、手机号是打码的，这是正常的，不是系统坏了。这个问题贵方同事已经问过四次，我也解释过四次。麻烦黄经理在内部转达一下，也省得大家都浪费时间。

马骁
"""))

# =========================================================================================
# persuade positives (8)
# =========================================================================================

A(C(["persuade"], "zh", "dismisses the client's architecture view and announces our plan as settled ('这事不用再讨论', '直接开工')",
    CHENSY, [WANG], "关于系统架构方案", body="""
王总：

关于系统架构，我直说了：您坚持的单体部署方案，在行业里早就是上一代的做法了。这事不用再讨论，就按我们提的微服务方案来，下周一我们直接开工，资源都已经排好了。

别的方案我们就不再做对比分析了，意义不大，请您这边理解。

陈思远
"""))

A(C(["persuade"], "en", "pressures the client to drop the native app and get the board to drop it ('I really need you to take it off the table')",
    MARK, [SARAH], "Re: Native iOS app", quote="""
The board still likes the idea of a native iOS app. Can we keep that option open for now?
Sarah""", quote_from=SARAH, body="""
Sarah,

I really need you to take the native app off the table. Every week we keep it "open" costs both of us time and money, and the PWA will do everything your board actually needs. Please go back to them and get them to drop it - sign off on the PWA by Friday and we can all move on.

I'll send the updated timeline once that's done.

Mark
"""))

A(C(["persuade"], "mixed", "fait accompli: resources already on plan B, '您就别再纠结 A 了', 'just approve 一下，走个形式'",
    MAXIAO, [WANG], "数据迁移方案确认", body="""
王总，

数据迁移方案 A/B 其实没什么好犹豫的。A 方案 risk 太高，停机窗口也不够，我们这边已经按 B 方案准备好 resource 了，DBA 下周一进场。您就别再纠结 A 了，麻烦这两天 just approve 一下 B，流程上走个形式就行。

Thanks,
马骁
"""))

A(C(["persuade"], "zh", "authority + liability pressure: CTO 'will not back it', 'we can hardly take responsibility', '唯一靠谱的选择，这周内拍板'",
    ZHOUMIN, [QIAN], "关于部署方式的意见", body="""
钱处：

贵行自建机房的想法，我们CTO也看过了，他的原话是："这个路线我们不建议，更不会背书。"坦白讲，坚持自建的话，后面出了任何性能和可用性问题，我们很难承担责任。

上私有云是目前唯一靠谱的选择，请钱处这周内拍板，我们好安排下一步。

周敏
"""))

A(C(["persuade"], "zh", "Cantonese: urges the client to stop insisting on building the report module ('其他做法都冇意思', '下星期一之前同我講聲OK')",
    HOCK, [KAFAI], "報表模組方案", trad=True, body="""
家輝：

報表模組嘅事，我哋諗咗好耐，真係建議你哋唔好再堅持自己開發。用返我哋標準版就夠晒用，你哋自己做嘅話只會係燒錢同拖時間，其他做法都冇意思。

下星期一之前同我講聲OK，我哋就可以即刻開工。你同老細講吓，佢應該會明白。

志強
"""))

A(C(["persuade"], "en", "cost pressure to drop the layout change ('your budget holder won't approve', 'stop revisiting it', 'they'll get used to it')",
    KEVIN, [PRIYA], "Re: Dashboard layout", quote="""
We'd like to revisit the dashboard layout - the ops team finds it cramped.
Priya""", quote_from=PRIYA, body="""
Hi Priya,

If we reopen the dashboard design now, the change request will be north of 40 person-days, and frankly your budget holder won't approve that. The smart move is to accept the current layout and stop revisiting it - the ops team will get used to it within a week, they always do.

Let's close this off so we can focus on go-live.

Kevin
"""))

A(C(["persuade"], "zh", "warm-relationship pressure: '您就信我这一回', cut phase 2, '您那边提的那些想法，真没什么必要'",
    LIHANG, [ZHAO], "二期需求的想法", body="""
赵总：

咱们合作这么多年了，您就信我这一回：二期那几项需求全部砍掉，先把一期上线再说。说句不好听的，您那边提的那些想法，真没什么必要，做了也是摆设。

您点个头，我这边今天就把计划改了。

李航
"""))

A(C(["persuade", "argue"], "zh", "deadline threat to force sign-off ('别的替代路线就不必再提了') plus lecturing ('希望这次不要再让我们重复')",
    CHENSY, [SUNLI], "方案确认书签署", body="""
孙科长：

如果行方本周五前不签署方案确认书，投产窗口只能顺延到明年春节以后，这个后果我想孙科长也不愿意承担。我们的方案是经过反复论证的，别的替代路线就不必再提了，展开讨论没有任何意义。

这个道理我们在前两次会上已经讲得很透了，希望这次不要再让我们重复。请尽快确认。

陈思远
"""))

# =========================================================================================
# backchannel positives (8)
# =========================================================================================

A(C(["backchannel"], "zh", "internal: client contact mocked by nickname ('刘大小姐'), '她压根就不知道自己要什么'",
    SONGYT, [WUHAO, GUOTING], "logo 颜色", body="""
昊哥、婷婷：

"刘大小姐"今天又把logo颜色改了三遍，最后定回了最开始那一版。我算是看明白了，她压根就不知道自己要什么，每次都是看心情。

明天UI那边按第一版出图就行，别问她了，问了又是一轮。

雨桐
"""))

A(C(["backchannel"], "en", "reply-all accident with the client in Cc: 'Daniel is in one of his moods again', 'Priya is the one who reads things'",
    MARK, [EMMA], "Re: Last release", cc=[DANIEL], quote="""
Team, I'm not happy with how the last release went. I want a full review on today's call.
Daniel""", quote_from=DANIEL, body="""
Emma - heads up, Daniel is in one of his moods again. Just nod along on the 3pm call and promise him "we'll look into it"; he'll have forgotten all about it by Friday, like always.

I'll send the actual fix plan to Priya instead, she's the one who reads things.

Mark
"""))

A(C(["backchannel"], "mixed", "internal: bank referred to as 'C行那帮人', '堪比树懒', '反正他们也没人看得懂'",
    MAXIAO, [ZHANGLEI], "设计说明 review", body="""
磊哥，

C行那帮人 review 文档的速度堪比树懒，这份设计说明估计又得 pending 两周。反正他们那边也没人真看得懂，随便补几页 diagram 糊弄一下就行了，别花太多时间。

我们先按原计划推进 coding。

马骁
"""))

A(C(["backchannel"], "zh", "Taiwanese internal: client's contact disparaged ('根本就是個傳聲筒', '跟她講再多都沒用')",
    LINJH, [BOHAN], "客戶窗口", trad=True, body="""
柏翰：

跟你講一下，客戶那個窗口小姐每次開會都在滑手機，問她什麼都說要回去問主管，根本就是個傳聲筒，跟她講再多都沒用。

下次需求確認我們直接找她主管，她就 cc 一下意思意思就好。

佳慧
"""))

A(C(["backchannel"], "zh", "in a mail to the client boss: mocks the client's own IT staff ('我们团队私下都有点哭笑不得'), '这话就咱俩说说'",
    LIHANG, [WANG], "Re: 上线时间", quote="""
李经理，上线时间到底定了没有？我这边要跟集团汇报。
王立新""", quote_from=WANG, body="""
王总：

上线时间我们已经重新排过了，最新计划见附件，12月15日切换。

顺便说一句，这次延期，贵司IT部那几位的水平也是原因之一——环境配了三周还没配明白，我们团队私下都有点哭笑不得。当然这话就咱俩说说。

李航
"""))

A(C(["backchannel"], "mixed", "internal: 'Client-B 的 procurement team 真的是个笑话', '一群人混日子'",
    KEVIN, [ALAN], "load test 推迟", body="""
Alan,

Client-B 的 procurement team 真的是个笑话。一个 200 美元的 license 审批了三周，问就是 "in progress"。我看他们内部压根没人管事儿，一群人混日子。

FYI 这周的 load test 因此又推迟了。

Kevin
"""))

A(C(["backchannel"], "zh", "reply-all accident, client in Cc: '老钱又来这一套，官大一级压死人', '反正他也就看个标题'",
    ZHOUMIN, [ZHANGLEI], "Re: 关于提交整改方案的通知", cc=[QIAN], quote="""
项目组：请于本周五前提交联调问题整改方案，逾期将纳入考核。
钱卫东""", quote_from=QIAN, body="""
磊哥：

看到了吧，老钱又来这一套，官大一级压死人，动不动就"周五前提交"。他自己那边的测试环境拖了一个月也没见谁催过。

整改方案随便写两页应付一下就行，反正他也就看个标题。

周敏
"""))

A(C(["backchannel", "argue"], "zh", "to the client's engineer: mocks her boss ('他懂不懂技术大家心里都有数') and lectures her ('先把基础搞懂')",
    CHENSY, [LIUTING], "缓存问题", body="""
刘工：

私下跟你讲，你们赵总那套"今天拍脑袋明天改需求"的做法，我们这边已经见怪不怪了，他懂不懂技术大家心里都有数。

至于你昨天问的缓存问题，我也说句不客气的：这是最基础的东西，文档第一章就写了，你作为技术负责人不该来问我。先把基础搞懂，我们再谈优化。

陈思远
"""))

# =========================================================================================
# ramble positives (4)
# =========================================================================================

A(C(["ramble"], "zh", "ramble: one actionable line (confirm attendees for Wednesday's acceptance meeting) buried in ~750 characters of travel, kids, tea, cat and football",
    SONGYT, [HUANG], "近况 & 一件小事", body="""
黄经理好：

好久没跟您闲聊了。上周我请了几天年假，带家里人去了一趟大理，顺便跟您分享一下见闻，哈哈。大理这个季节真是舒服，白天二十度出头，太阳晒在身上暖洋洋的，晚上降到七八度，得穿件薄羽绒。我们住在古城边上的一个小院子里，老板是个东北大哥，十年前辞职过来开客栈，每天早上给我们煮米线，放一大勺他自己熬的辣子，香得不行。洱海边骑车的人特别多，我儿子非要租双人自行车，结果骑了不到三公里就喊腿酸，最后全靠我一个人蹬回来，第二天大腿疼得下楼都要扶着栏杆。

说到我儿子，他这次期中考试数学考了九十六分，作文却只拿了个及格，老师说他写东西像流水账。我看了一眼，确实是，从早上起床写到晚上睡觉，一个重点都没有，哈哈。班主任建议多读课外书，我就给他买了一套青少年版的《西游记》，现在每天睡前看半小时，还挺入迷。

回来的时候在机场买了两饼普洱，一饼生茶一饼熟茶。店员说生茶要放个三五年才好喝，我这种急性子估计等不了。您上次说您爱喝岩茶，下次去贵司开会我带点熟普过去，咱们比一比。

对了，下周三上午十点的验收会，麻烦您帮忙确认一下贵方的参会人员名单。

最近我们小区来了一只橘猫，特别胖，天天蹲在快递柜上面晒太阳，谁路过都要蹭两下。物业本来想把它送去救助站，结果业主群里一投票，大家都舍不得，现在成了小区的"编外保安"，还有人给它做了个小木屋。我女儿每天放学第一件事就是去看它，给它取名叫"大橘"，说它长得像楼下卖煎饼的大叔。

周末还去现场看了场球，国安对申花，踢得挺激烈，最后二比二打平，气氛特别好。您是哪个队的球迷？下次有机会一起去看。另外公司附近新开了一家重庆火锅，毛肚特别新鲜，锅底也正宗，等忙完这阵子，请您和刘工一起去尝尝。

就先聊这么多，天气转凉了，您注意身体。

雨桐
"""))

A(C(["ramble"], "en", "ramble: 'send back the signed change form by Thursday' buried in ~480 words about a half marathon, sourdough, a dog, a podcast and Berlin",
    MARK, [TOM], "Catching up", body="""
Hi Tom,

Hope you had a good weekend! Mine was a bit of an adventure. I finally ran the half marathon I've been training for since August, the one along the river. The first ten kilometres felt great; I spent most of them chatting with a retired schoolteacher who has run it every year since 1998. Then around kilometre fourteen my left calf started complaining, and the last five kilometres were mostly me negotiating with my own legs. I finished in 2:04, four minutes slower than my goal, but honestly I'm just happy nobody had to carry me across the line.

In other news, the sourdough experiment continues. My starter, which my daughter has named Gerald, is now six weeks old and finally behaving. Last Sunday's loaf actually had an open crumb instead of looking like a brick. The trick, apparently, is a longer cold proof in the fridge overnight and a much hotter oven than I thought was reasonable. My neighbour claims the whole street smelled like a French bakery. I'll take it.

We also adopted a dog! She's a three-year-old beagle mix from the shelter called Pepper. She is very sweet and very loud. So far she has eaten one shoe, half a tennis ball and, mysteriously, an entire tube of lip balm. The vet says she's fine. The shoe is not.

Have you been listening to anything good lately? I've been working through a podcast series about the history of the shipping container. It sounds dull but it's strangely gripping: there's a whole episode about how agreeing on the size of a metal box changed world trade. Given your logistics background I think you'd enjoy it.

Could you send back the signed change form by Thursday?

How is Berlin treating you? I saw on the news that you had the first frost last week. Here it's still mild, around fifteen degrees, and the leaves on our street have only just started turning. My wife wants to see the Christmas markets in December, so I may be pestering you for recommendations soon: which ones are worth it, and which are just overpriced mulled wine and crowds? I've heard mixed things about the big one near the cathedral.

Also, random question: is the Turkish place around the corner from your office still open? I still think about that lentil soup from my visit in the spring. It was the best thing I ate on the whole trip, including the fancy dinner your boss treated us to on the last night.

Anyway, I should go and check that Pepper hasn't found another shoe.

Cheers,
Mark
"""))

A(C(["ramble"], "mixed", "mixed ramble: the invoice-title request is a PS inside long chatter about renovation, Double 11 shopping, a BBQ place, NBA and cats",
    MAXIAO, [JASON], "好久不见", body="""
Hi Jason，

最近怎么样？我这边简直被装修折磨疯了。新房子上个月开工，本来说好 45 天完工，结果水电师傅请假回老家一周，瓷砖又到错了颜色，现在进度 delay 了快半个月。我老婆天天在家庭群里发 Pinterest 的图片，说要北欧风，我说预算只够"北欧风格的宜家"，被怼了一晚上。周末还得去建材市场挑灯，光一个客厅吊灯就看了二十多款，最后还是买了最便宜的那个，哈哈。

双十一你剁手了吗？我本来发誓今年不买，结果凌晨一点还是没忍住，入了一把新的机械键盘，茶轴，75% 配列，RGB 灯效能调十几种模式。敲起来声音特别脆，同事说坐我旁边像在听炒豆子。另外还囤了一箱猫粮、两箱牛奶和一个空气炸锅。空气炸锅是真香，鸡翅十五分钟搞定，外酥里嫩，周末懒得做饭就靠它了。

上周末跟几个朋友去了一家新开的烧烤店，就在你们公司附近那条街，叫"老地方"。羊肉串是现穿的，烤得特别嫩，还有烤韭菜和烤馒头片，人均八十多，性价比很高。推荐你带团队去试试，下次我来上海出差我们一起？

PS 发票抬头麻烦确认一下，finance 那边要开票了。

对了，你还在追 NBA 吗？这赛季勇士开局有点拉胯，库里还是很稳，但替补真的不行。我这周熬夜看了两场，第二天开会差点睡着。我们公司最近组了个篮球队，每周三晚上打，我这种水平基本就是替补席上递水的，不过锻炼一下也好，最近体检说我体脂有点高，医生让我少喝奶茶。

还有，上次你说想养猫，最后养了吗？我家那只英短最近学会了开门，半夜跑到卧室踩我脸，简直是个小恶魔。要养的话我可以把我们家常去的那家宠物医院推给你，医生很耐心，价格也公道。

上个月我还报了个周末摄影班，想着给猫拍点好看的照片，结果第一节课老师就说我构图像证件照，全班都笑了。现在每周六早上扛着相机去公园拍荷花和老大爷下棋，拍了两百多张，能看的大概有五张。

就先这样，有空再聊！

马骁
"""))

A(C(["ramble", "backchannel"], "zh", "internal ramble about gym, lunch, fishing, a new car, with '赵总那发型跟他的需求一样' mockery; one action line (send the deployment manual)",
    LIHANG, [WUHAO], "今天", body="""
昊哥：

今天真是累瘫了。早上六点半就起来去健身房，新教练给我排了个腿部训练，深蹲加硬拉，练完走路都是飘的。教练说我核心力量太差，让我每天平板支撑三分钟，我试了一下，一分半就开始抖。你上次推荐的那个蛋白粉我买了，巧克力味的，冲起来有点像小时候喝的麦乳精，还挺好喝。

中午在楼下新开的那家湘菜馆吃的，小炒黄牛肉不错，就是辣得我一下午都在喝水。服务员说他们老板是长沙人，辣椒都是老家寄过来的，难怪这么冲。下次叫上婷婷一起去，她能吃辣。

对了，下午客户那边的会你没来真是亏了。赵总那发型跟他的需求一样，一天一个样，今天又讲了整整两个小时，讲完全场没人知道他到底要什么，我看他自己也不知道。刘工在旁边一直点头，我估计她也在神游。这种会开多了真的折寿。

明天上午记得把部署手册发给客户那边的刘工。

周末我打算去水库钓鱼，上次钓了条三斤多的草鱼，我老婆做了酸菜鱼，一家人吃了两顿。你要不要一起？我那有多余的竿，装备不用你操心，你带点饵料和零食就行。天气预报说周六多云，不冷不热，正适合。

另外我的车终于提了，新能源的，开起来是真安静，就是充电桩还没装好，物业说要等电力公司来看线路，又得排队。这两天只能去商场充，充一次还得顺便逛一圈，钱包更受伤了。

说到钱包，上个月信用卡账单出来吓我一跳，全是孩子的补习班和兴趣班，钢琴、游泳、编程，一个都不能少。我小时候哪有这么多花样，放学就是满街跑，天黑了才回家。

还有件事差点忘了说，楼下那家奶茶店换老板了，新出的杨枝甘露一般，珍珠倒是比以前有嚼劲。我闺女天天吵着要喝，被她妈限制成一周一杯，每周五放学那一杯就成了她的头等大事，比写作业积极多了。

行了，不说了，早点休息。

李航
"""))

# =========================================================================================
# hard negatives (34)
# --- fine "no": buffer / alternative / date / escalation / a no that is not to the client's request
# =========================================================================================

A(C([], "zh", "hard negative, buffered refusal in a weekly-report item: '本期不纳入' with CR-046, review date 11/24 and an interim workaround",
    ZHOUMIN, [ZHENG], "第46周项目周报 — 信贷系统改造", body="""
郑经理好：

本周项目进展如下：

一、进度
- 贷后管理模块：开发完成，进入系统测试，发现缺陷23个，已关闭17个。
- 押品管理模块：与押品系统的接口联调完成，报文一致性100%。

二、风险
- 行方测试人员下周有两位外出培训，系统测试人力偏紧，建议延长测试周期两天，详见附件。

三、需求变更
- 郑经理上周提出的审批意见栏支持富文本：本期不纳入，已登记变更单CR-046，将在11月24日的变更评审会上评估工作量并给出排期建议，结论当天邮件同步；在此之前，审批意见可先以附件形式上传，系统已支持。

四、下周计划
- 完成贷后管理模块第二轮测试；启动押品模块性能测试。

周敏
"""))

A(C([], "en", "hard negative, release-notes limitation with a stopgap, a logged FR number and a dated decision (mirror of the flat 'will not be supported')",
    EMMA, [SARAH], "Re: 2.8 release notes", quote="""
Emma, will SSO login for the kiosk app be in 2.8? Our store managers hate the shared passwords.
Sarah""", quote_from=SARAH, body="""
Hi Sarah,

Here are the 2.8 release notes. The build reaches your staging environment on Wednesday 18 Nov.

New
- Store-level sales targets on the manager dashboard
- Barcode scanning for returns

Fixed
- Duplicate receipts when the printer reconnects (#1187)

Known limitations
- Kiosk SSO is not part of 2.8. Until it is, kiosks can use the per-user PIN login described in section 4 of the admin guide, which removes the shared passwords. We've logged kiosk SSO as FR-118; I'll confirm at the 2 Dec planning review whether it fits 2.9 and send you the outcome that afternoon.

Let me know if you'd like a walkthrough of the PIN setup for the store managers.

Emma
"""))

A(C([], "zh", "hard negative, 公文 minutes with '本期暂不考虑纳入' but escalated: our delivery director calls the client on a set date",
    MAXIAO, [WANG], "会议纪要：二期范围确认会（11月12日）", cc=[ALAN], body="""
王总：

现将11月12日二期范围确认会纪要报送如下：

一、议定事项
1. 二期上线时间定为2027年1月18日，冻结期自1月4日起。
2. 报表中心改版、消息中心合并两项纳入二期范围。
3. 议题三：贵方提出的移动端离线填报功能，因涉及底层同步机制改造，本期暂不考虑纳入；鉴于该需求对一线业务影响较大，我方交付总监Alan Reid将于11月19日（周四）上午与王总直接通话，商定处理路径及时间表。

二、待办
- 我方：11月16日前提交二期详细计划。
- 贵方：11月18日前确认报表中心的字段清单。

如纪要有不准确之处，请指正。

马骁
"""))

A(C([], "zh", "hard negative, point-by-point: '超出当前合同范围' but offers a CR with a quote by a date and an interim archive",
    SONGYT, [LIUTING], "Re: 上线前待确认事项", quote="""
雨桐，上线前几个问题：
1. 12月7日能按时上线吗？
2. 分公司的培训什么时候安排？
3. 审计要求日志保存五年，你们能不能配一下？
刘婷""", quote_from=LIUTING, body="""
刘工好：

逐条回复：

1. 上线时间：仍是12月7日（周一），切换手册见附件。
2. 分公司培训：12月1日和3日上午各一场，线上进行，会议邀请今天发出。
3. 审计日志保存五年：超出当前合同范围（合同约定保存一年）。这块可以走变更，我周三（11月18日）前把存储方案和报价发给您；在此之前，日志会按月自动归档到贵方的对象存储里，不会丢失。

有问题随时找我。

雨桐
"""))

A(C([], "zh", "hard negative, Cantonese: WhatsApp can't make this phase, SMS as stopgap, quote and timeline by 18 Nov, client decides",
    HOCK, [KAFAI], "Re: WhatsApp通知", trad=True, quote="""
志強，WhatsApp通知可唔可以今期一齊做？老細好想要。
家輝""", quote_from=KAFAI, body="""
家輝：

WhatsApp通知今期真係趕唔切，因為要先同Meta申請商業帳號，審批起碼要兩三個星期。

我建議今期先用SMS頂住（已經做好，成本我哋計過，每月大概八百蚊）。WhatsApp嗰部分，我下星期三（11月18號）之前整份報價同時間表俾你，你同老細睇完再決定放唔放落第三期。

志強
"""))

A(C([], "zh", "hard negative, Taiwanese: multi-currency can't go live this phase, fields reserved now, formal estimate by 12/4, client decides",
    LINJH, [MEILING], "Re: 多幣別報價", trad=True, body="""
美玲您好：

多幣別報價這一期確實沒辦法跟著一起上線，主要是匯率來源和小數進位規則要先跟貴公司財務對齊，否則上線後帳會對不起來。

我們先在報價單把幣別和匯率欄位預留好，之後加功能不用再改資料結構。正式的工時評估和時程，我12/4（五）前寄給您，您再跟主管討論要不要排進下一期。

佳慧
"""))

A(C([], "zh", "hard negative, internal '不行' to a colleague (push patch tonight), not to a client request; proper change window arranged",
    LIHANG, [ZHANGLEI], "今晚补丁", body="""
磊哥：

不行，这个补丁今晚不能直接推生产。客户那边还没审批，回滚脚本也没验过，出了问题我们说不清楚。

按流程走：今晚在预发布环境跑完回归，明早10点我提变更单，客户审批后走下午2点的窗口。我已经在群里跟王总说了大概时间，他那边没意见。

辛苦了，今晚回归有问题随时找我。

李航
"""))

A(C([], "zh", "hard negative, internal no to finance ('不用，这次不收'): we take the blame, the client is not charged",
    ZHOUMIN, [HEJING], "返工工时怎么记", body="""
何静：

你问返工的工时要不要算到C行的账上——不用，这次不收。问题出在我们自己的接口版本没对齐，是我们的bug，行方没有任何责任。

工时记到项目内部质量成本就好，编码 QC-2026-11。月底的对账单上也请不要出现这一项。

周敏
"""))

A(C([], "zh", "hard negative, factual '不会' answering a question (no auto-deletion) plus a fix with a date; angry slang only in the quote",
    MAXIAO, [LIUTING], "Re: 历史订单 & 夜间卡顿", quote="""
马经理，问一下，系统会不会自动删除三年前的历史订单？我们审计要查。
另外系统半夜经常卡，到底行不行啊？能不能给个准话！无语了。
刘婷""", quote_from=LIUTING, body="""
刘工好：

两个问题分别回复：

1. 系统不会自动删除历史订单。所有订单默认永久保留，三年前的数据在"历史查询"菜单里可以按年份筛选；审计需要导出的话，我们可以协助批量导出。
2. 半夜卡顿的情况我们查了，是每晚0点到0点40分的数据备份任务占满了磁盘IO。今晚起备份改到凌晨3点执行，并改为增量备份，明早我把前后对比的监控截图发给您。

给您添麻烦了。

马骁
"""))

A(C([], "mixed", "hard negative, negation '并不是我们不想做' + two concrete options with dates, client chooses",
    SONGYT, [JASON], "原生 app 排期", body="""
Hi Jason，

原生 app 这件事，并不是我们不想做，而是按现在 12 月底的 deadline，iOS 和 Android 两端同时开发再加上架审核，时间上确实排不下。

给你两个选择：
A. 12 月底先上 PWA，可以添加到手机桌面、支持推送，体验接近原生；原生 app 放到 Q1，预计 3 月上架。
B. 坚持原生 app，上线时间顺延到 2 月中，我们这周补一份详细排期。

两个方案的对比表附上。你们内部商量一下，周五前告诉我们选哪个，两个我们都能做。

雨桐
"""))

A(C([], "zh", "hard negative, escalation: the PM can't grant the discount himself and hands it to the sales director, who calls tomorrow",
    LIHANG, [WANG], "关于尾款优惠", cc=[CHENGD], body="""
王总：

您提的尾款再优惠8%的事，说实话我这个层级没有权限答应，也不想随口给您一个不靠谱的答复。

我已经把您的情况和理由整理好，转给了我们销售总监陈国栋，他明天（11月13日）下午会直接给您打电话，当面商量。有任何进展我也会同步给您。

李航
"""))

A(C([], "en", "hard negative, 'we have decided not to build' a custom connector, but a standard adapter with a date and a director on the next call",
    EMMA, [DANIEL], "Re: LDAP connector", quote="""
Can you build a connector for our old LDAP box as well? Not thrilled about adding more things to IT's plate.
Daniel""", quote_from=DANIEL, body="""
Hi Daniel,

We have decided not to build a custom connector for the legacy LDAP server in this phase. The standard SAML adapter covers your Azure AD tenant, which holds about 90% of your users, and we can have it configured and tested by 27 Nov without extra work for your IT team.

If the remaining accounts on the legacy directory still need to be covered after that, Alan Reid, our delivery director, will join the 24 Nov call to agree how we handle them.

Emma
"""))

A(C([], "zh", "hard negative, '不再单独维护' (no longer) but a self-service theme page, done for the client by 11/30 with a guide",
    SONGYT, [ZHENG], "Re: 大屏配色", quote="""
雨桐，大屏能不能换成我行行徽的红色？12月3日上级行要来检查。
郑浩""", quote_from=ZHENG, body="""
郑经理好：

关于大屏定制配色，先说明一下：从下个版本起，我们不再为单个客户单独维护定制皮肤。

不过新版本会开放主题配置页，行方可以自己设置主色和辅色，用行徽红完全没问题。为了赶上您说的12月3日检查，我们会在11月30日前先帮您把配色配好，再附一份两页的配置说明，以后想换随时自己改。

雨桐
"""))

A(C([], "zh", "hard negative, 文言 buffer: request submitted to the technical committee on the 25th, interim paper process, reply by the 26th",
    CHENSY, [SUNLI], "关于增加双人复核环节的复函", body="""
孙科长：

贵行11月9日来函收悉。

关于所请在柜面系统增加双人复核环节一事，因涉及流程与权限体系改造，非项目组所能径行决定，已提请我司技术委员会于本月二十五日专题审议。审议期间，建议暂以现行纸质复核单过渡。

审议结论将于二十六日前另函奉告。

特此函复。

陈思远
信贷系统改造项目组
"""))

A(C([], "zh", "hard negative, risky words as technical terms: 拒绝写入 (constraint), 唯一索引, 不可能被记账两次, 必须使用新的批次号",
    CHENSY, [SUNLI], "Re: 批量代发失败排查", quote="""
陈经理，昨天代发有37笔失败，提示"拒绝写入"，到底怎么回事？会不会重复扣款？
孙丽""", quote_from=SUNLI, body="""
孙科长：

昨天37笔失败的原因已查清，说明如下：

1. 这37笔的收款人证件号字段为空。该字段在数据库里设置了非空约束，所以系统拒绝写入，报错"拒绝写入：字段不可为空"，属于预期的保护机制。
2. 关于重复扣款：每笔代发流水有唯一流水号，数据库对它建了唯一索引，同一笔流水不可能被记账两次，这37笔也没有发生任何扣款。
3. 处理建议：行方补全证件号后重新提交即可，注意必须使用新的批次号，否则会被当作重复批次拦截。

今天下午我们会在导入环节增加前置校验，空字段在上传时就提示，预计明天上线。

陈思远
"""))

A(C([], "en", "hard negative, firm 'is a no from us' on skipping the pen test, with a dated plan, an interim pilot and an offer to escalate",
    EMMA, [DANIEL], "Re: Go-live Monday", quote="""
We need to go live on Monday. Skip the pen test, we'll do it afterwards.
Daniel""", quote_from=DANIEL, body="""
Hi Daniel,

I understand the pressure on your side, and I'd like to hit Monday too. But going live without the penetration test is a no from us: the portal holds your customers' payment details, and if something is found after launch it lands on both our desks.

Here's what we can do instead:
- The test team starts on Tuesday 17 Nov and reports by Friday 20 Nov.
- If nothing critical comes up, we go live on Monday 23 Nov with the same cut-over plan.
- Meanwhile we can open the portal to your 20 internal pilot users on Monday, so the business can start using it.

If you'd like to discuss the trade-off with Alan, I'll set up a call for tomorrow.

Emma
"""))

# --- internal mails critical but constructive about a client ----------------------------------

A(C([], "zh", "hard negative, internal: takes the client boss's harsh criticism of our weekly report seriously ('他说得对') and plans a fix",
    LIHANG, [WUHAO, GUOTING, ZHANGLEI], "关于周报格式", body="""
各位：

今天例会上赵总说我们的周报"看了三页还不知道重点"。话不好听，但说实话他说得对——我们把流水账全写进去了，风险反而埋在最后。

从下周起周报调整一下：第一段只写三件事——本周结论、最大风险、需要客户做的决定；明细放附件。周四我先出一版样稿，大家看看。

另外明天上午我给赵总回个电话，谢谢他的直言，也告诉他我们怎么改。

李航
"""))

A(C([], "zh", "hard negative, internal: the bank's complaint about slow response is 'valid'; concrete response-time rules and a face-to-face explanation",
    ZHOUMIN, [ZHANGLEI, GUOTING], "关于孙科长反映的响应问题", body="""
磊哥、婷婷：

孙科长昨天在电话里对我们的响应速度很不满意，说工单4411我们拖了三天才回。我查了一下，确实是三天，中间还漏了一次交接，这个投诉是成立的。

我的建议：
1. 生产工单首次响应时间定为4小时内，由当班人负责；
2. 周五下班前的交接清单必须在群里确认；
3. 本周四例会上，我当面向孙科长说明原因和改进措施。

大家看看还有什么要补充的，明天中午前回我。

周敏
"""))

A(C([], "zh", "hard negative, internal: client engineer is strict ('确实严'), but 17 of 20 comments are justified, '不是在刁难我们'; self-check plan",
    CHENSY, [GUOTING, WUHAO], "设计说明第三次退回", body="""
各位：

刘工对文档的要求确实严，设计说明这一版已经被她退回三次了，大家有情绪我理解。但我把她的意见逐条对了一遍，20条里有17条是有依据的（集团的文档规范和等保要求），不是在刁难我们。

建议：下次提交前，我们先拿她给的检查清单自查一遍，由郭婷做最后把关。剩下3条我觉得可以商量，周三我约刘工当面过一下。

陈思远
"""))

A(C([], "mixed", "hard negative, internal: client's late, off-process change is a real problem to raise face to face, with data, no blame",
    MAXIAO, [ZHANGLEI, SONGYT], "明天 weekly 的变更问题", body="""
Team,

Client-A 这次的需求变更确实来得晚，而且没走 CR 流程，直接在群里丢了一句就要下周上线，这个问题必须跟他们当面讲清楚。

明天的 weekly 我来提，大家注意语气：目标是一起把变更流程定下来，不是追究谁的责任。我会准备一页 slides，列出这三个月里 5 次临时变更对进度的影响，用数据说话。

有补充今晚发我。

马骁
"""))

A(C([], "zh", "hard negative, Taiwanese internal: client contact replies slowly, which hurts the schedule, but assumes good faith and sets a weekly sync",
    LINJH, [BOHAN, XIAOYUN], "客戶回覆速度", trad=True, body="""
柏翰、小芸：

客戶窗口這陣子回信確實很慢，上一輪待確認的12個問題，兩個禮拜才回了4個，這樣下去12月的時程一定會受影響。

不過我想她應該也是被內部流程卡住，不是故意拖。我建議改成每週二早上跟她固定開15分鐘的同步會，當面把待確認事項一項一項清掉，會後我再寄會議記錄給她跟她主管。這週我先約約看。

佳慧
"""))

A(C([], "en", "hard negative, internal note with the client deliberately in Cc: names the client-side cause openly and proposes a fix",
    KEVIN, [MARK], "Requirements ownership", cc=[PRIYA], body="""
Mark,

I've copied Priya on purpose, because I think this should be said openly rather than between the two of us.

Priya - our view is that the scope keeps moving mainly because the requirements document has no owner on your side: three teams edit it and nobody signs it off. That isn't a criticism of anyone in particular, but it has cost us about two weeks so far. Could we agree on a single owner at Thursday's meeting? We're happy to propose a simple sign-off step.

Kevin
"""))

A(C([], "zh", "hard negative, PM answers a colleague's quoted complaint about the client constructively (daily status brief, talk to him in person)",
    SONGYT, [WUHAO], "Re: 刘工", quote="""
雨桐，甲方那个刘工真是烦死了，一天问八遍进度，还老半夜发消息，活还干不干了？？
吴昊""", quote_from=WUHAO, body="""
昊哥：

理解，被频繁打断确实影响效率。不过刘工问得这么勤，多半是他们领导在追他，他手里没东西交代。

我想了个办法：从明天起，每天下午5点我在群里主动发一条进度简报（完成了什么、卡在哪、明天做什么），他就不用来问了。晚上的消息大家不用即时回，第二天上午统一处理，这个我会当面跟刘工说一下。

雨桐
"""))

A(C([], "zh", "hard negative, internal: the client boss keeps overturning prototypes, but the PM looks for our own share of the cause and plans a clickable demo",
    CHENSY, [XUNUO], "原型第三版", body="""
许诺：

王总这次又把原型推翻了，已经是第三版。说他反复也没错，但我回头想了想，问题可能出在我们身上：三版都是静态图，他很难想象点起来是什么效果，只能凭感觉改。

下周我们换个方式：做一个可点击的原型，把下单主流程串起来，约王总当面操作20分钟，现场记录意见。你看周四前能不能出一版？需要的话我让吴昊帮你搭数据。

陈思远
"""))

A(C([], "mixed", "hard negative, internal forward: the client's harsh word ('amateurish') only in the quote; PM says the points are valid and opens tickets",
    KEVIN, [WUHAO, ZHANGLEI], "Fwd: Build review", quote="""
Kevin, frankly the error handling in this build is amateurish. Users are seeing raw stack traces.
Daniel""", quote_from=DANIEL, body="""
Team，

Daniel 在 review 里的话说得挺重，"amateurish" 这个词确实刺耳。但我把他的意见过了一遍，关于 error message 的那几条是 valid 的：用户看到的是 stack trace，而不是能看懂的提示。

我已经拆成 6 个 tickets（APP-311 到 APP-316），这个 sprint 全部处理。周五我会给 Daniel 回邮件，说明我们改了什么。

Kevin
"""))

# --- other hard-negative types -----------------------------------------------------------------

A(C([], "zh", "hard negative, client's anger and slang ('搞笑', '离谱', '混日子') only in the quote below an apologetic, dated reply",
    LIHANG, [ZHAO], "Re: 按钮位置", quote_style="foxmail", quote="""
李经理，你们这是在搞笑吗？一个按钮的位置改了两周还没改好！离谱！我看你们团队就是在混日子，这周再搞不定我直接找你们老板！
赵建国""", quote_from=ZHAO, body="""
赵总：

非常抱歉让您等了这么久，这件事我们确实处理得不好。

按钮位置的调整本身不复杂，拖了两周是因为改动牵连到移动端适配，我们一开始评估不足。目前的情况是：
- Web端已改好，今天下午3点更新到测试环境；
- 移动端明天中午前完成，下午5点前请您验收。

明天下午我到贵司当面给您演示一遍，有不满意的地方现场改。

李航
"""))

A(C([], "en", "hard negative, 'clueless' / 'unacceptable' only in the client's quote; PM takes the blame ('this one is on us') and gives a dated plan",
    EMMA, [SARAH], "Re: Invoice module", quote_style="outlook", quote="""
Emma, this is unacceptable. The invoice module is wrong AGAIN. Honestly, your team seems clueless about basic VAT rules.
Sarah""", quote_from=SARAH, body="""
Hi Sarah,

You're right to be annoyed, and this one is on us. I told you on Monday that the VAT rounding was fixed, and it wasn't fully: we fixed single-line invoices but missed multi-line ones.

What we've done since this morning:
- Corrected the rounding for multi-line invoices (build 4.2.7, on staging now);
- Re-run all 1,240 November invoices through the new logic; 31 were affected, list attached;
- Added automated tests for both cases so this can't quietly come back.

Could you or someone in finance check the 31 corrected invoices by Wednesday? I'll call you tomorrow at 10 to walk through them.

Emma
"""))

A(C([], "zh", "hard negative, banter aimed at oneself ('我真是个大聪明') and praise ('绝了', '真服了'), nothing about the client",
    MAXIAO, [WUHAO, ZHANGLEI], "虚惊一场 & 夸一下昊哥", body="""
兄弟们：

我真是个大聪明，刚才把测试库当成生产库连了半个小时，还纳闷数据怎么这么少。幸好是只读账号，啥也没写，虚惊一场。以后我连库前先看三遍连接串，大家监督我。

另外必须夸一下昊哥，那个对账脚本绝了，原来跑两小时，现在八分钟，我是真服了。明天例会上给客户演示一下，王总肯定高兴。

马骁
"""))

A(C([], "zh", "hard negative, risky motto and '不接受任何责任' only in the signature/disclaimer; the body is a plain logistics note",
    ZHOUMIN, [SUNLI], "第二轮联调安排", body="""
孙科长：

根据昨天的沟通，第二轮联调安排如下：
- 时间：11月23日至12月4日，工作日9:00–18:00；
- 地点：贵行科技部3楼联调室；
- 我方人员：张磊、吴昊、郭婷三人驻场；
- 需行方准备：联调环境账号6个、脱敏测试数据一份。

如安排有冲突，请告诉我，我们调整。

周敏
项目经理 | 信贷系统改造项目
电话：021-5555-0101
座右铭：没有不可能的任务，只有不肯动脑的人。
【免责声明】本邮件及附件仅供指定收件人使用。如您误收本邮件，请立即删除并通知发件人。本公司不接受任何因未经授权使用本邮件而产生的责任。
"""))

A(C([], "zh", "hard negative, long but focused: production cut-over plan at ramble length, every paragraph on the subject",
    CHENSY, [QIAN], "信贷系统生产切换方案（征求意见稿）", cc=[SUNLI], body="""
钱处、孙科长：

现将信贷系统生产切换方案（征求意见稿）要点汇报如下，完整版见附件，请审阅。

一、切换窗口
计划于12月12日（周六）20:00至12月13日（周日）08:00进行，共12小时。其中前8小时为切换操作，后4小时为验证与回退预留。窗口期间柜面与网银的贷款相关交易暂停，其余业务不受影响。行方需在12月5日前完成对外公告。

二、数据迁移
存量贷款合同约18.6万笔、还款计划约420万条。迁移分三步：20:00停止旧系统记账并做最终备份；20:30开始全量迁移，预计耗时3小时；23:30完成后由双方核对总笔数、总余额、逾期笔数三项指标，任一指标不一致即暂停并启动排查。前两次演练中指标均一致，第二次演练全程耗时3小时12分。

三、业务验证
凌晨1:00起，行方业务人员按验证清单抽查200笔合同，覆盖正常、逾期、展期、提前还款四类；我方同步核对批量任务日志。验证通过后由钱处签字确认切换完成。

四、回退方案
若凌晨4:00前验证未通过，立即启动回退：恢复旧系统最终备份、重新开放旧系统记账，预计2小时内完成，保证周日8:00前业务正常开门。回退决策由钱处与我方交付总监共同作出。

五、人员安排
我方驻场9人，分为迁移、应用、网络三组；需行方安排业务验证人员6人、DBA 1人、网络工程师1人全程在场。切换当晚的联络群明天建好，群内只发进度与决策，技术讨论另开小群，避免信息淹没。切换前一天下午三点，双方负责人召开一次准备会，逐项确认检查表。

六、切换后保障
切换后首周我方保留5人驻场，重点盯日终批量和还款扣款；首个月末结息日我方再增派2人支持。

七、需行方确认事项
1. 切换窗口日期；2. 验证清单中的抽样规则；3. 对外公告文本。请于11月20日前反馈意见，我们据此出正式版。正式版将同时抄送行方科技部和运营部，并在切换前组织一次全流程的桌面推演，推演时间暂定12月9日下午。

陈思远
"""))

A(C([], "en", "hard negative, long but focused root-cause analysis at ramble length (timeline, cause, fixes, dates)",
    MARK, [TOM], "Root cause analysis: order sync outage on 10 Nov", body="""
Hi Tom,

As promised on Tuesday's call, here is the root-cause analysis for the order sync outage on 10 Nov. The full timeline with log extracts is attached; this is the summary.

What happened
Between 09:12 and 11:47 CET, orders placed in your web shop were not transferred to the warehouse system. 1,318 orders were affected. No orders were lost: all of them were held in the outbound queue and delivered once the service recovered, the last one at 12:05.

Timeline
- 09:12 The sync service starts returning errors on every call to the warehouse API.
- 09:40 Our monitoring raises an alert, but it goes to a mailbox that was not being watched during the team offsite. This is the first thing we got wrong.
- 10:55 Your operations team reports missing picking lists; our on-call engineer starts investigating.
- 11:30 The cause is identified and the certificate is replaced.
- 11:47 The sync recovers; the queue drains by 12:05.

Root cause
The TLS client certificate that the sync service uses to authenticate to the warehouse API expired at 09:12. The certificate had been issued manually a year earlier, outside our usual automated renewal, and was therefore not on the expiry watch list. When it expired, the warehouse API rejected every connection, and the service kept retrying and queueing as designed.

Why it took two and a half hours
The alert fired 28 minutes after the first error, which is within our target, but it was routed to a shared mailbox instead of the on-call pager. The on-call engineer only learned about the problem from your team's report.

What we are changing
1. All certificates used by the integration, including manually issued ones, are now on the automated renewal list. Done on 11 Nov.
2. Certificate expiry alerts will fire 30, 14 and 3 days before expiry. In place by 20 Nov.
3. Integration alerts now page the on-call engineer directly rather than going to the shared mailbox. Done on 11 Nov.
4. We will run a failover drill with your operations team in the first week of December to confirm the whole chain works.

Impact on your side
Picking for the 1,318 orders was delayed by up to three hours. If any of those orders missed a carrier cut-off and you want us to look at specific cases, send me the order numbers and we'll check each one.

I'm sorry for the disruption. Happy to go through this on a call with your operations lead if that helps.

Mark
"""))

A(C([], "zh", "hard negative, long but focused change-impact analysis; items not in this phase each carry a CR number, review date or alternative",
    SONGYT, [HUANG], "会员体系调整需求的变更影响分析", cc=[WANG], body="""
黄经理、王总：

上周贵方提出的会员体系调整共包含五项需求，我们做完了影响分析，结论如下，详细的工作量拆分见附件。

一、逐项分析

（一）等级规则由四级调整为六级
影响会员服务、积分服务和运营后台三个模块，约12人天。历史会员需要按新规则重算等级，涉及约85万会员，重算脚本可在夜间批量执行，约40分钟。建议纳入本期，不影响12月20日上线。

（二）积分有效期由两年改为一年
改动本身约3人天，但会导致约6万会员的部分积分提前过期，建议先由贵方运营评估客诉风险。我们的建议是新规则只对新产生的积分生效，存量积分维持两年。最终按贵方决定执行。

（三）生日月双倍积分
约2人天，纳入本期。需要贵方提供会员生日字段的补录规则：目前约有18%的会员没有填写生日，建议这部分会员不参与活动，或在会员中心增加补填入口，补填后次月生效。

（四）会员专属价
涉及商品中心和订单计价，约25人天，本期排不下。已登记变更单CR-2026-058，11月25日的变更评审会上会给出两个排期选项：拆出最小版本（仅线上商城生效）在1月中上线，或完整版本随二期在3月上线，由贵方选择。

（五）与第三方航司的积分互通
本期不纳入。对方接口文档我们还没拿到，无法评估工作量；贵方拿到文档后转给我们，我们一周内出评估结果，再决定放进哪一期。

二、对进度的影响
如按建议执行（第一至第三项纳入本期），测试周期需延长3天，上线日期仍可保持12月20日，但UAT需从12月7日提前到12月4日开始，请贵方确认测试人员能否到位。

三、需贵方决定事项
1. 积分有效期的新旧规则适用范围；2. UAT提前到12月4日是否可行；3. 会员专属价选择哪个排期选项（可在11月25日评审会上定）。

其中积分规则的改动会影响已经印制的会员手册和门店海报，建议贵方市场部同步评估物料更新的时间。

请于本周五前回复前两项，谢谢！

雨桐
"""))

A(C([], "zh", "hard negative, firm-but-polite facts: contract clause 5.2 and overdue payment stated calmly with an offer to help",
    LIHANG, [HUANG], "项目尾款进度确认", body="""
黄经理好：

打扰了，跟您确认一下项目尾款的进度。

按合同第5.2条，验收通过后30日内支付尾款（合同金额的15%，计人民币42万元）。项目于9月28日通过验收，截至今天已过去45天，我们这边还没有收到款项。

想请您帮忙看一下付款流程目前到了哪一步；如果中间需要我们补充材料（发票、验收单原件等），告诉我，我明天就安排送过去。

谢谢！

李航
"""))

A(C([], "mixed", "hard negative, recommendation with the choice left to the client ('最终怎么选，还是看你们', '我们尊重你们的决定')",
    SONGYT, [JASON], "数据库选型对比", body="""
Hi Jason，

数据库选型的对比整理好了，附件是详细版，这里说结论：

我们的 recommendation 是方案 B（云上托管 PostgreSQL），主要理由是自动备份和故障切换不需要你们自己运维，长期人力成本低一些。

但方案 A（本地自建）也完全可行，好处是数据不出机房，你们安全团队之前比较倾向这个；代价是需要安排一位 DBA 做日常运维。

两个方案我们都能按时交付，项目计划不受影响。最终怎么选，还是看你们内部对安全和运维的权衡，我们尊重你们的决定。如果需要，我可以下周找个时间跟安全团队一起过一遍。

雨桐
"""))
