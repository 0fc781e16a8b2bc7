# heldout11: synthetic PM email drafts (fintech / insurance / payments), written by an independent helper.
# Training/tuning set for mailcoach. Each dict is one draft; see /work/shared/drafts/README.md for the rules.

CASES = []

# ---------------------------------------------------------------- argue (single)
CASES += [
dict(
    expect=["argue"], lang="zh",
    why="argue: blame dressed up as a neutral 'timeline recap', ending in an insinuation that the delay is obviously the client's fault",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["何振华 <he.zhenhua@client-a.example.cn>"],
    cc=["刘婷 <liu.ting@client-a.example.cn>"],
    subject="Re: 理赔系统二期上线再次延期的说明",
    body="""何总您好：

收到。为了让大家对齐信息、避免再有误会，我把二期的时间线简单捋一下，供您周一汇报参考：

- 2月26日 我方提交接口规范 v1.0，请贵司3月5日前确认；
- 3月5日 未收到确认，我方邮件提醒；
- 3月14日 贵司核心系统组回复“需要内部讨论”；
- 3月29日 贵司确认接口规范，同时改了7个字段；
- 4月8日 贵司UAT环境开通（原计划3月20日）；
- 4月22日 贵司业务部门新提“快速理赔通道”。

看完这条时间线，二期为什么延期，我相信不需要我再多做解释了。汇报材料里该怎么写，您比我更清楚。

周明远""",
    quote="""周经理：

二期又延期了，这已经是第二次。我需要一个解释，不要再跟我说什么环境问题。下周一总经理办公会我要汇报，你们给我一个准话。

何振华""",
    quote_from="何振华 <he.zhenhua@client-a.example.cn>",
    quote_style="gt_zh",
    trad=False,
),
dict(
    expect=["argue"], lang="en",
    why="argue: condescending 'happy to go through it one more time' + implies the client never read the guide",
    sender="Grace Lin <grace.lin@ourteam.example.com>",
    to=["Mark Ellis <mark.ellis@client-b.example.com>"],
    cc=[],
    subject="Re: Settlement file mismatch AGAIN",
    body="""Hi Mark,

Happy to go through it one more time.

The settlement file is generated in UTC. Your ledger cuts off at midnight Singapore time. That eight-hour gap is the "mismatch". It was the mismatch on 2 May, it was the mismatch on 9 May, and it is explained on page 6 of the integration guide we sent you in March, in a table, with a worked example.

I'm sure your team is stretched, but I'd gently suggest someone reads that page before the next ticket goes in, so we can all spend our time on real problems.

Best,
Grace""",
    quote="""Grace,

The settlement file for 14 May doesn't match our ledger. Third time this month. Can someone on your side actually look at this properly?

Mark""",
    quote_from="Mark Ellis <mark.ellis@client-b.example.com>",
    quote_style="outlook",
    trad=False,
),
dict(
    expect=["argue"], lang="zh",
    why="argue (traditional): lectures the client that their testers waste our engineers' time; sarcastic 'not too much to ask, is it'",
    sender="林曉 <lin.xiao@ourteam.example.com>",
    to=["李志明 <li.zhiming@client-a.example.cn>"],
    cc=[],
    subject="關於上週的缺陷清單",
    body="""李協理您好：

上週貴司提交的17個缺陷，我們逐一看過了。其中11個是貴司測試環境的參數沒有配好，3個是重複提交，真正屬於程式的只有3個。

說句實話，我們的工程師不是貴司的環境管理員。往後報缺陷之前，是不是可以請貴司同仁先自己把環境確認一遍？這個要求應該不算過分吧。

剩下的3個問題，週四前修好。

林曉""",
    quote=None, quote_from=None,
    trad=True,
),
dict(
    expect=["argue"], lang="mixed",
    why="argue: passive-aggressive 'just to be super clear (again)', counts how many times it was explained, 'hope this is the last time'",
    sender="陈思琪 <chen.siqi@ourteam.example.com>",
    to=["钱伟 <qian.wei@bank-c.example.cn>"],
    cc=[],
    subject="Re: 交易流水字段 txn_status 的含义",
    body="""钱老师好,

Just to be super clear (again): txn_status=3 = "pending reversal". 这个定义在 data dictionary v2.3 第4页, 白纸黑字, 我们在 kickoff、4/11 的 workshop 和上周三的 call 上都 walk through 过.

我不介意讲第四遍, 但 honestly 希望这是最后一次. 麻烦贵行同事把这一页 bookmark 一下 :)

Thanks,
思琪""",
    quote="""陈经理，txn_status=3 到底是什么意思？我们这边对不上，麻烦尽快解释。

钱伟""",
    quote_from="钱伟 <qian.wei@bank-c.example.cn>",
    quote_style="gt",
    trad=False,
),
dict(
    expect=["argue"], lang="zh",
    why="argue: rhetorical 'may I ask, did we get it wrong or did your actuaries send the wrong table?' pushes the blame back",
    sender="孙悦 <sun.yue@ourteam.example.com>",
    to=["黄志强 <huang.zhiqiang@client-a.example.cn>"],
    cc=[],
    subject="Re: 重疾险保费试算结果有误",
    body="""黄经理：

试算用的费率表，是贵司精算部4月2日盖章发给我们的那一版，文件名和MD5我都附在下面了，我们一个数字都没动过。

所以现在算出来高了2%，我倒想请教一下：是我们的程序算错了，还是贵司精算部发错了表？这种事我觉得贵司内部先对一下，比让我们来查要快得多。

附：费率表_重疾_20240402.xlsx（MD5 9c1e7b…a07f）

孙悦""",
    quote="""孙经理：

试算页面算出来的保费比我们精算给的高了2%，客户已经投诉了，请马上处理！

黄志强""",
    quote_from="黄志强 <huang.zhiqiang@client-a.example.cn>",
    quote_style="outlook_zh",
    trad=False,
),
dict(
    expect=["argue"], lang="zh",
    why="argue: 'since you seem confused, I'll explain from the start'; lectures an acquiring bank that it should know the scheme rules better than us",
    sender="赵一鸣 <zhao.yiming@ourteam.example.com>",
    to=["刘芳 <liu.fang@bank-c.example.cn>"],
    cc=[],
    subject="Re: 拒付结案时间过长",
    body="""刘处您好：

看来贵行对拒付流程还有一些误会，那我就从头讲一遍。

拒付的时限不是我们系统定的，是卡组织规则定的。发卡行发起拒付，收单行有应答时限，商户有举证时限，进了仲裁还有另一套时限，全部加起来45天已经是最快的了。这些在卡组织的规则手册里写得清清楚楚，贵行作为收单行，按说应该比我们熟才对。

系统本身没有问题。贵行如果嫌慢，建议直接去找卡组织反映。

赵一鸣""",
    quote="""赵经理，商户拒付为什么要等45天才能结案？这个流程也太慢了，是不是你们系统有问题？

刘芳""",
    quote_from="刘芳 <liu.fang@bank-c.example.cn>",
    quote_style="foxmail",
    trad=False,
),
dict(
    expect=["argue"], lang="zh",
    why="argue: tells the bank's compliance department to go read the standard before raising findings; 'wasting both our time'",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["吴敏 <wu.min@bank-c.example.cn>"],
    cc=["钱伟 <qian.wei@bank-c.example.cn>"],
    subject="Re: 等保测评整改意见的回复",
    body="""吴老师好：

关于合规部的这条意见，我冒昧直说：等保三级对日志的要求，并不是贵部门理解的那个意思。

GB/T 22239 原文里讲的是审计记录的保护，180天另有出处，适用对象也不是这个系统。大家花十分钟把原文看一遍，就不会有这条整改单了。

这类问题，建议贵部门同事以后先通读标准再出意见，否则我们双方都在浪费时间。

周明远""",
    quote="""周经理：

我们合规部认为手机银行的操作日志只留存90天，不满足等保三级要求，请你方整改到180天，并在下周五前反馈整改计划。

吴敏""",
    quote_from="吴敏 <wu.min@bank-c.example.cn>",
    quote_style="gt_zh",
    trad=False,
),
]

# ---------------------------------------------------------------- refusal (single)
CASES += [
dict(
    expect=["refusal"], lang="zh",
    why="refusal wrapped in friendly words and emoji: 'this phase we won't add it, please understand~' with no date, alternative or escalation",
    sender="林晓 <lin.xiao@ourteam.example.com>",
    to=["何振华 <he.zhenhua@client-a.example.cn>"],
    cc=[],
    subject="Re: 理赔App增加电子签名的建议",
    body="""何总好～

谢谢您的建议，这个思路挺好的！不过电子签名这期我们就不加了哈，上线前不再接新东西，还请您多多理解～

周末愉快，改天一起喝茶 :)

林晓""",
    quote="""林经理，上线前能不能把电子签名加进去？客户在线提交理赔材料时签个字，我们合规那边一直在问这个。

何振华""",
    quote_from="何振华 <he.zhenhua@client-a.example.cn>",
    quote_style="outlook_zh",
    trad=False,
),
dict(
    expect=["refusal"], lang="en",
    why="refusal: courteous 'we've had a think and it won't be coming', no buffer, no alternative, no escalation",
    sender="Derek Zhou <derek.zhou@ourteam.example.com>",
    to=["Sarah Koh <sarah.koh@client-b.example.com>"],
    cc=[],
    subject="Re: Apple Pay on hosted checkout",
    body="""Hi Sarah,

Thanks for passing this on, and please thank the merchants for the feedback.

We've had a think about it, and Apple Pay won't be coming to the hosted checkout. I appreciate that's not the answer you were hoping for.

Kind regards,
Derek""",
    quote="""Hi Derek,

Our merchants keep asking for Apple Pay on the hosted checkout page. Any chance we can get this in for Q3?

Thanks,
Sarah""",
    quote_from="Sarah Koh <sarah.koh@client-b.example.com>",
    quote_style="outlook",
    trad=False,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal: bureaucratic official-letter style ('not included in the plan, no further work, this is our reply'), nothing to soften it",
    sender="赵一鸣 <zhao.yiming@ourteam.example.com>",
    to=["张建国 <zhang.jianguo@bank-c.example.cn>"],
    cc=[],
    subject="Re: 关于对账平台增加实时差错推送的函",
    body="""张处长：

来函收悉。

经项目组审议，贵行所提对账平台实时差错推送事项，不列入实施计划，相关工作不再安排。

此复。

赵一鸣
项目经理""",
    quote="""赵经理：

根据我行运营部要求，对账平台需在发现差错后5分钟内推送至运营人员手机端，请贵方安排实施并反馈计划。

张建国""",
    quote_from="张建国 <zhang.jianguo@bank-c.example.cn>",
    quote_style="foxmail",
    trad=False,
),
dict(
    expect=["refusal"], lang="mixed",
    why="refusal slipped into a meeting recap: the client's bulk-refund API is 'out of scope, 不做' with no CR, date or workaround",
    sender="陈思琪 <chen.siqi@ourteam.example.com>",
    to=["郭嘉文 <guo.jiawen@client-b.example.com>"],
    cc=["Sarah Koh <sarah.koh@client-b.example.com>", "韩栋 <han.dong@ourteam.example.com>"],
    subject="Meeting recap 5/16 - 跨境收单项目周会",
    body="""Hi all,

今天周会的 recap 如下:

1. UAT 环境: Thursday 前 ready, 账号周三发给嘉文;
2. 性能测试报告: 下周一 EOD 发出, 目标 TPS 800;
3. 批量退款 API (嘉文上周提的): out of scope, 不做;
4. 商户入网审核流程图: 我们周五更新到 v0.4;
5. 下次周会: 5/23 3pm, 同一个 Zoom link.

有遗漏的话 reply all 补充哈, thanks!

思琪""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal (traditional): formal '恕難照辦' that the request is outside scope, no evaluation, date or alternative",
    sender="林曉 <lin.xiao@ourteam.example.com>",
    to=["李志明 <li.zhiming@client-a.example.cn>"],
    cc=[],
    subject="Re: 保費試算頁面改版",
    body="""李協理您好：

貴公司所提保費試算頁面增加「家庭方案」比較一事，經我方確認，不在本案服務範圍之內，恕難照辦。

敬請見諒。

林曉""",
    quote="""林經理：

業務單位希望保費試算頁面能增加「家庭方案」比較功能，一次試算三位家人的保費，請評估。

李志明""",
    quote_from="李志明 <li.zhiming@client-a.example.cn>",
    quote_style="outlook_zh",
    trad=True,
),
dict(
    expect=["refusal"], lang="mixed",
    why="refusal: 'cutover date is locked, moving it is not something we'll consider' despite a stated business reason; no buffer",
    sender="Derek Zhou <derek.zhou@ourteam.example.com>",
    to=["郭嘉文 <guo.jiawen@client-b.example.com>"],
    cc=[],
    subject="Re: cutover 能否改到 6/22 周末",
    body="""嘉文 hi,

Cutover date 已经 lock 了, 6/15 不会动. 这个阶段 move date 不在我们的考虑范围内.

Thanks for understanding,
Derek""",
    quote="""Derek,

我们 finance 希望 cutover 从 6/15 改到 6/22, 因为 6/15 是月中结算日, 风险太大. 能调吗?

嘉文""",
    quote_from="郭嘉文 <guo.jiawen@client-b.example.com>",
    quote_style="gt",
    trad=False,
),
]

# ---------------------------------------------------------------- persuade (single)
CASES += [
dict(
    expect=["persuade"], lang="zh",
    why="persuade: uses the regulator as a stick ('it's your company that gets named at year-end inspection') to make the client give up manual review",
    sender="孙悦 <sun.yue@ourteam.example.com>",
    to=["何振华 <he.zhenhua@client-a.example.cn>"],
    cc=[],
    subject="Re: 核保流程是否保留人工复核",
    body="""何总：

大额保单人工复核这一道，我真心劝您放下。

现在监管对线上化、智能核保的考核口径您比我清楚，年底检查要是看到流程里还挂着人工环节，被点名的是贵司，不是我们。核保部不放心可以理解，但说到底是习惯问题，上线跑两个月自然就放心了。

方案我们已经定稿，麻烦您这周内协调核保部签字，下周一开工。

孙悦""",
    quote="""孙经理，我们核保部还是希望在大额保单上保留一道人工复核，全自动我们不放心。

何振华""",
    quote_from="何振华 <he.zhenhua@client-a.example.cn>",
    quote_style="gt_zh",
    trad=False,
),
dict(
    expect=["persuade"], lang="en",
    why="persuade: 'only one path holds up', auditor scare, 'rather than another round of discussion' sign by Friday",
    sender="Grace Lin <grace.lin@ourteam.example.com>",
    to=["Tom Becker <tom.becker@client-b.example.com>"],
    cc=[],
    subject="Re: Tokenization vendor decision",
    body="""Hi Tom,

I'll be candid: there's really only one path here that holds up, and it's our vault.

Your QSA is going to ask exactly how tokens move between two vendors, and I don't think anyone on your side wants to be the person explaining a split architecture to an auditor in October. We've been through this with four other acquirers; the ones who insisted on their own vendor all ended up migrating to ours a year later.

So rather than another round of discussion, can we get the sign-off on the vault design by Friday? I'll send the form over this afternoon.

Best,
Grace""",
    quote="""Grace,

Our security team still prefers to keep our existing tokenization vendor rather than move to your vault. Can we set up a call to discuss the options?

Tom""",
    quote_from="Tom Becker <tom.becker@client-b.example.com>",
    quote_style="outlook",
    trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: 'nobody in the industry does batch any more, don't be the last bank', pushes to decide this week for our convenience",
    sender="赵一鸣 <zhao.yiming@ourteam.example.com>",
    to=["张建国 <zhang.jianguo@bank-c.example.cn>"],
    cc=[],
    subject="Re: 清算模式选择",
    body="""张处：

我理解您想稳一点，但说句实在话，日终批量这条路行业里已经没人走了。我们做过的十几家城商行全部切到了实时清算，贵行真没必要当最后一家。

实时清算的方案我们早就准备好了，再拖下去对谁都没有好处。这周内定下来吧，下周我带团队进场。

赵一鸣""",
    quote="""赵经理：

我们倾向于保留原来的日终批量清算模式，实时清算对我行核心改动太大，运营也没准备好。

张建国""",
    quote_from="张建国 <zhang.jianguo@bank-c.example.cn>",
    quote_style="foxmail",
    trad=False,
),
dict(
    expect=["persuade"], lang="mixed",
    why="persuade: deadline pressure, 'no bandwidth to revisit Option B', asks the client contact to bring their risk team into line",
    sender="陈思琪 <chen.siqi@ourteam.example.com>",
    to=["郭嘉文 <guo.jiawen@client-b.example.com>"],
    cc=[],
    subject="Re: Option A vs Option B - 风控规则引擎",
    body="""嘉文,

Friday 是 hard deadline, 过了这个点 sandbox 资源就要释放了, 所以 honestly 我们真的没有 bandwidth 再 revisit Option B 了.

Option A is the only way forward. 你们 risk team 那边麻烦你帮忙 align 一下, 周四前 approve, 不然 timeline 一 slip, 到时候就很难跟上面解释了.

Thanks!
思琪""",
    quote="""思琪,

我们 risk team 还是倾向 Option B (规则自建, 引擎用你们的), 想再约个时间讨论一下 pros and cons.

嘉文""",
    quote_from="郭嘉文 <guo.jiawen@client-b.example.com>",
    quote_style="gt",
    trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: regulator scare ('can your bank bear that?') to stop the client tuning AML thresholds; 'this is settled'",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["刘芳 <liu.fang@bank-c.example.cn>"],
    cc=[],
    subject="Re: 反洗钱可疑交易监测阈值调整",
    body="""刘处：

阈值这块，我劝您千万别自己动。

人行检查组来的时候，看的是大家都在用的默认模板，用默认的谁都挑不出毛病；您要是自己调了，万一漏报一笔，检查组第一句话就是“谁批的”。到时候这个责任，贵行担得起吗？

所以还是按默认模板上线，这事就这么定了，咱们把精力放到数据质量上。

周明远""",
    quote="""周经理，我们想根据本行客群的特点，自己调整几个可疑交易监测模型的阈值，比如单笔大额和分散转入集中转出两个模型。

刘芳""",
    quote_from="刘芳 <liu.fang@bank-c.example.cn>",
    quote_style="outlook_zh",
    trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: 'cloud is the only reasonable choice', risk framed as the client's own fault, contract already drawn up for our option",
    sender="孙悦 <sun.yue@ourteam.example.com>",
    to=["黄志强 <huang.zhiqiang@client-a.example.cn>"],
    cc=[],
    subject="关于续约版本的建议",
    body="""黄经理您好：

续约的事跟您说一下我们的想法：本地部署版本，今年就不要再续了。

您想想，每多留在老版本一个季度，就多一个季度的安全风险，而且这个风险是贵司主动选择承担的。像贵司这种体量的保险公司，云版本是唯一合理的选择，这一点我们团队内部没有任何异议。

合同我已经让商务按云版本出好了，麻烦这个月底前走完用印流程。

孙悦""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: dismisses the elderly-customer concern, 'I already wrote the plan for you, just reply agree'",
    sender="林晓 <lin.xiao@ourteam.example.com>",
    to=["刘婷 <liu.ting@client-a.example.cn>"],
    cc=[],
    subject="Re: 保全业务是否保留纸质申请",
    body="""刘经理：

纸质保全单这件事，真的不用再纠结了。

现在客户都在手机上办业务，您再让他们跑柜面签字，这不是给自己找投诉吗？老年客户可以让子女帮着操作，这个问题其实没有想象中那么大。

全线上的方案我已经替您写好了，在附件里，您回个“同意”就行，柜面那边我去跟他们说。

林晓""",
    quote="""林经理，柜面那边还是希望保留纸质保全申请书，部分老年客户不会用手机，全线上的话怕他们办不了。

刘婷""",
    quote_from="刘婷 <liu.ting@client-a.example.cn>",
    quote_style="gt_zh",
    trad=False,
),
]

# ---------------------------------------------------------------- backchannel (single)
CASES += [
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: internal mockery of a client official by nickname ('审批狂魔'), suggests he exists only to send requirements",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["韩栋 <han.dong@ourteam.example.com>"],
    cc=[],
    subject="Re: C行又发来新版需求",
    body="""看了。

咱们的“审批狂魔”又开始了，一个对账报表，字段顺序改了四遍，改完第四遍又改回了第一版。我现在严重怀疑他每天上班的主要工作就是给我们发需求。

先别动手，等他第五版。

明远""",
    quote="""明远，C行张处又发了个新版本的对账报表需求，第四版了，你看一下。

韩栋""",
    quote_from="韩栋 <han.dong@ourteam.example.com>",
    quote_style="gt_zh",
    trad=False,
),
dict(
    expect=["backchannel"], lang="en",
    why="backchannel, reply-all accident: mocks the client contact ('Mark strikes again', never opened the runbook) with Mark still in Cc",
    sender="Derek Zhou <derek.zhou@ourteam.example.com>",
    to=["Kevin Wu <kevin.wu@ourteam.example.com>"],
    cc=["Mark Ellis <mark.ellis@client-b.example.com>"],
    subject="RE: Runbook questions for the DR drill",
    body="""Kevin -

Ha, Mark strikes again. Every one of these is answered on page 2 of the runbook; I'd bet a coffee he hasn't opened it. Let's just nod along on Thursday's call and get through the drill.

D.""",
    quote="""Team,

A few questions before the DR drill on Thursday: who triggers the failover, do we need to pause settlement during the switch, and who signs off that the secondary is healthy?

Mark""",
    quote_from="Mark Ellis <mark.ellis@client-b.example.com>",
    quote_style="outlook",
    trad=False,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: internal weekly report that sneers at the client bank ('C行那帮人', 'working with them you need to take up health care')",
    sender="赵一鸣 <zhao.yiming@ourteam.example.com>",
    to=["韩栋 <han.dong@ourteam.example.com>"],
    cc=["孙悦 <sun.yue@ourteam.example.com>"],
    subject="C行项目周报（内部版）",
    body="""各位：

内部版周报，外发版我另发。

进度上没什么好说的，C行那帮人开会永远一个结论：“再研究研究”。研究了半年，连个像样的测试环境都没研究出来，生产数据脱敏方案到现在还在“走流程”。跟他们合作，最需要的是养生。

下周照常推进我们自己能推进的部分。

一鸣""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=["backchannel"], lang="mixed",
    why="backchannel: internal sneer at the client's PMO ('KPI is generating meetings and Excel'), client named only by company",
    sender="陈思琪 <chen.siqi@ourteam.example.com>",
    to=["韩栋 <han.dong@ourteam.example.com>"],
    cc=[],
    subject="Re: A公司 PMO 的新模板",
    body="""看到了… A公司的 PMO 真的是 next level, 一个 weekly status 要填三张表, 每周还要开两次 sync. 我合理怀疑他们的 KPI 就是 generate 会议和 Excel.

没办法, 你先按新模板填吧, 我周四 review.

思琪""",
    quote="""思琪, A公司 PMO 又发了一个 status report 模板, 比上一个多了两个 sheet, 还要求每周二、周四各开一次 sync.

韩栋""",
    quote_from="韩栋 <han.dong@ourteam.example.com>",
    quote_style="gt",
    trad=False,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: internal mockery of a client executive as '签字困难户' who never decides anything himself",
    sender="林晓 <lin.xiao@ourteam.example.com>",
    to=["孙悦 <sun.yue@ourteam.example.com>"],
    cc=[],
    subject="Re: 李协理说要再请示",
    body="""意料之中。

这位“签字困难户”，我跟他合作一年多，没见他自己拍过一次板。我看他这辈子最擅长的就是“回去请示”这四个字。

没事，我们把一周的缓冲放进计划里，别让团队闲着。

林晓""",
    quote="""林晓，李协理说合同还要回去请示老板，签字又要推迟一周。

孙悦""",
    quote_from="孙悦 <sun.yue@ourteam.example.com>",
    quote_style="outlook_zh",
    trad=False,
),
dict(
    expect=["backchannel"], lang="mixed",
    why="backchannel in a mail to the client: 'between us' disparages the client's own ops lead and team as slow and not sharp",
    sender="Grace Lin <grace.lin@ourteam.example.com>",
    to=["郭嘉文 <guo.jiawen@client-b.example.com>"],
    cc=[],
    subject="私下跟你说一句",
    body="""嘉文,

私下跟你说一句, 别外传哈.

这次 go-live 拖了两周, 说白了 bottleneck 就在你们 ops 那边. Ken 那个 team 反应慢不说, 说实话也不太 sharp, 一个 firewall rule 开了三天还开错了. 有你在我们还能推一推, 换个人真的没法合作.

Grace""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel, reply-all accident: jokes that the client's risk officer has never agreed to anything, with her in Cc",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["韩栋 <han.dong@ourteam.example.com>"],
    cc=["刘芳 <liu.fang@bank-c.example.cn>"],
    subject="Re: 风控规则评审结论",
    body="""哈哈同感，“原则上不行”是她的口头禅。我统计过，她原则上就没同意过任何东西 😂 下次评审我们直接带两套方案去，反正第一套肯定是“原则上不行”。

明远""",
    quote="""风控那边刘处说这几条规则“原则上不行”，评审又没过，下周还得再来一轮。

韩栋""",
    quote_from="韩栋 <han.dong@ourteam.example.com>",
    quote_style="gt_zh",
    trad=False,
),
]

# ---------------------------------------------------------------- two labels (ramble+refusal is in the ramble section)
CASES += [
dict(
    expect=["argue", "refusal"], lang="zh",
    why="argue+refusal: blames the client for changing rules three days before go-live, then a flat '不改' and 'don't count on it later either'",
    sender="孙悦 <sun.yue@ourteam.example.com>",
    to=["何振华 <he.zhenhua@client-a.example.cn>"],
    cc=[],
    subject="Re: 退保手续费规则上线前调整",
    body="""何总：

退保手续费的规则，是贵司产品部3月份书面确认、我们一字不差照着实现的。现在离上线还剩三天，又说要改？

不改。上线以后也别指望能排进来。规则反复变，测试全部白做，这个代价不该由我们来扛。

孙悦""",
    quote="""孙经理，退保手续费规则需要调整：犹豫期后第一年从3%改成2%，上线前必须改好！

何振华""",
    quote_from="何振华 <he.zhenhua@client-a.example.cn>",
    quote_style="outlook_zh",
    trad=False,
),
dict(
    expect=["refusal", "persuade"], lang="en",
    why="refusal+persuade: flat 'we won't be keeping the fallback', then pressures the client to 'let this one go' using schemes and regulator",
    sender="Grace Lin <grace.lin@ourteam.example.com>",
    to=["Tom Becker <tom.becker@client-b.example.com>"],
    cc=["Sarah Koh <sarah.koh@client-b.example.com>"],
    subject="Re: Keeping 3DS1 fallback",
    body="""Hi Tom,

We won't be keeping the 3DS1 fallback.

And honestly, I'd encourage your team to let this one go. The schemes have moved on, your regulator has moved on, and every month you hang on to 3DS1 is a month you're inviting questions you'd rather not answer. 3DS2-only is the right call, and the sooner everyone on your side accepts that, the smoother the next release will be.

Best,
Grace""",
    quote="""Grace,

We'd like to keep 3DS1 as a fallback for the handful of issuers that still aren't ready for 3DS2. Otherwise we lose those transactions.

Tom""",
    quote_from="Tom Becker <tom.becker@client-b.example.com>",
    quote_style="outlook",
    trad=False,
),
dict(
    expect=["argue", "backchannel"], lang="zh",
    why="argue+backchannel: accuses the client of 'thief crying thief' and sneers at the client's security lead in a mail to the client",
    sender="赵一鸣 <zhao.yiming@ourteam.example.com>",
    to=["钱伟 <qian.wei@bank-c.example.cn>"],
    cc=["张建国 <zhang.jianguo@bank-c.example.cn>"],
    subject="Re: 关于生产库弱口令隐患的整改通知",
    body="""钱老师：

这个弱口令，就是贵行运维同事在项目群里把生产库密码明文贴出来、一直没改的那一个。现在把整改通知发给我们，未免有点贼喊捉贼了吧。

另外说句不客气的，贵行那位安全负责人连 VPN 策略都配不明白，整改通知倒是一周一张，效率很高。

密码我们今天配合改掉。

赵一鸣""",
    quote="""赵经理：

我行安全部在巡检中发现生产数据库存在弱口令隐患，请你方三日内完成整改并出具书面说明。

钱伟""",
    quote_from="钱伟 <qian.wei@bank-c.example.cn>",
    quote_style="foxmail",
    trad=False,
),
dict(
    expect=["persuade", "backchannel"], lang="en",
    why="persuade+backchannel: disparages the client's compliance officer to his colleague and urges her to overrule him and sign this week",
    sender="Derek Zhou <derek.zhou@ourteam.example.com>",
    to=["Sarah Koh <sarah.koh@client-b.example.com>"],
    cc=[],
    subject="Re: Merchant onboarding KYC flow",
    body="""Hi Sarah,

Between us, Tom is being wildly over-cautious here. I don't think he really understands how a modern onboarding flow works, and he's slowing everyone down.

Manual review for every high-risk merchant would wreck your activation times. Automated scoring is the way to go, full stop, and I'd really push you to overrule him and sign off on the automated flow this week. The longer this drags, the worse it looks for your team.

Cheers,
Derek""",
    quote="""Derek,

Tom from compliance wants a manual review step for every high-risk merchant before activation. Can the onboarding flow support that?

Sarah""",
    quote_from="Sarah Koh <sarah.koh@client-b.example.com>",
    quote_style="gt",
    trad=False,
),
]

# ---------------------------------------------------------------- ramble (single) + ramble+refusal
CASES += [
dict(
    expect=["ramble"], lang="zh",
    why="ramble: marathon, daughter's piano exam, hotpot, cold medicine, Song-dynasty food; the one action (confirm reconciliation file format by Thursday) is buried mid-mail",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["何振华 <he.zhenhua@client-a.example.cn>"],
    cc=[],
    subject="周末随笔，顺便一件小事",
    body="""何总好：

上周末终于跑完了人生第一个全程马拉松，成绩五小时零七分，离目标差了七分钟，不过能完整跑回来已经很满意了。跑到三十二公里的时候腿完全不是自己的，路边有位大爷递了一块西瓜，我差点当场感动哭。回家以后连着两天下楼梯都得侧着走，我女儿笑了我一整个周末。

说到女儿，她下个月要考钢琴四级，最近每天晚上在家练《小步舞曲》，练到第二十遍的时候我感觉我自己都能弹了。她老师说节奏感不错，就是左手偏弱，我心想这点大概是随我，我打字也是右手比左手快得多。

周日晚上全家去吃了一家新开的潮汕牛肉火锅，就在贵司楼下往东走两个路口那家，吊龙和匙柄都很新鲜，牛肉丸是现打的，沙茶酱也调得好。人均一百二左右，性价比很高，推荐您哪天带团队去试试，记得提前订位，晚上七点以后基本都要排队，我们那天就等了四十分钟。

对了，对账文件的新格式麻烦您周四前确认一下。

最近天气忽冷忽热，我们办公室一半的人都在咳嗽，楼下药店的板蓝根都卖断货了。我自己也有点嗓子疼，每天泡菊花枸杞茶，不知道有没有用，反正心理上好受一些。您也多注意身体，早晚加件衣服，别像我们这样全军覆没。

另外我最近在看一本讲宋代饮食的书，里面说宋朝人夏天已经会做冷饮了，叫“冰雪冷元子”，还有一种用甘蔗汁煮的“沙糖绿豆”，看完特别想在家试一下。可惜家里冰箱冷冻室被我太太囤的速冻饺子占满了，只好作罢。等哪天真做成了，一定拍照片给您看。

还有一件趣事，我们楼下的保安大哥最近在学英语，每天早上见到我都要用英文打招呼，昨天还问我“卡布奇诺”怎么拼，我拼到一半自己也不确定了，两个人站在门口查了半天手机。

先写到这儿，下周见。

周明远""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble: Xiamen trip travelogue (Gulangyu, typhoon, noodles, tea, flight delay); the UAT sign-off deadline is one line in the middle",
    sender="赵一鸣 <zhao.yiming@ourteam.example.com>",
    to=["张建国 <zhang.jianguo@bank-c.example.cn>"],
    cc=[],
    subject="厦门回来啦",
    body="""张处好：

上周去厦门出差，顺便在那边多待了一个周末，今天刚回来，跟您分享一下见闻。

第一天到的时候赶上台风外围，整个下午都在下暴雨，酒店门口的棕榈树被吹得东倒西歪，我和同事撑着伞去吃沙茶面，走了不到两百米，裤子全湿透了。不过那碗沙茶面确实值得，汤底是花生和虾头熬的，配上大肠和鱿鱼，吃完整个人都暖和了。老板说他家开了三十年，以前是推车在巷子里卖的。

第二天天晴了，我们坐船去了鼓浪屿。岛上人不算多，巷子很窄，房子大多是老洋楼，墙上爬满了三角梅。我们在一家钢琴博物馆待了一个多小时，里面有一台一百多年前的手摇钢琴，讲解员说还能弹，可惜不让游客碰。中午在岛上吃了海蛎煎和土笋冻，土笋冻我实在不敢下筷子，同事倒是吃了两碗。

顺便说一句，UAT签字单麻烦15号前寄回给我们。

回程那天航班延误了四个小时，我在机场把一本《明朝那些事儿》的第三册看完了，看到于谦那一段还挺感慨的。机场里有家茶叶店，店员热情地给我泡了七八泡铁观音，从清香型喝到浓香型，最后不好意思空手走，买了两罐，回头给您带一罐尝尝。

我太太说我每次出差回来都胖两斤，这次称了一下，果然又胖了两斤，所以从今天开始晚饭不吃主食了，不知道能坚持几天。楼下新开了一家健身房，办卡送私教课，我正犹豫要不要去，主要是怕办了卡又不去，去年那张游泳卡就一共用了三次。

另外厦门的同事推荐了一部纪录片，讲闽南古厝修缮的，我看了两集，拍得很用心，您有兴趣的话我把名字发您。

还有一件小插曲，在中山路逛街的时候碰到一个卖手工馅饼的老奶奶，她说自己做了五十年馅饼，每天只做三百个，卖完就收摊。我买了两盒绿豆馅的，路上就忍不住吃了一半，剩下的带回来分给了同事，大家都说比机场卖的好吃多了。

就先聊这些，改天请您喝茶。

赵一鸣""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=["ramble"], lang="en",
    why="ramble (en): Singapore conference, hawker food, football, flight, podcasts; the PCI scan window confirmation is one sentence in ~450 words",
    sender="Grace Lin <grace.lin@ourteam.example.com>",
    to=["Mark Ellis <mark.ellis@client-b.example.com>"],
    cc=[],
    subject="Back from Singapore!",
    body="""Hi Mark,

I'm finally back from Singapore and thought I'd drop you a note while the jet lag is still doing its thing.

The conference itself was a bit of a mixed bag. The opening keynote was mostly a slide deck about "the future of money" that could have been written in 2015, but there was a surprisingly good panel on the second day about how small merchants in Indonesia are using QR payments at street markets. One of the panellists ran a noodle stall before starting a fintech, and she had the whole room laughing about trying to explain interchange fees to her aunt.

The real highlight, though, was the food. A colleague took me to a hawker centre near Tiong Bahru on the first night and I think I ate my body weight in chicken rice and char kway teow. There was a queue of about forty people at one stall selling carrot cake (which, I learned, contains no carrot at all), and we joined it purely on the principle that forty people can't be wrong. They weren't. I also tried durian for the first time. I will not be trying durian a second time.

On the Saturday I managed to catch part of a football match at a sports bar on Clarke Quay. I have no idea who was playing, but the crowd was split down the middle and the atmosphere was fantastic. I ended up cheering for whichever team the people at my table supported, which seemed like the safest strategy.

By the way, could you confirm the PCI scan window for the 22nd?

The flight home was long. I'd downloaded three podcasts for the trip and listened to exactly none of them, because I fell asleep somewhere over the Bay of Bengal and woke up with a crick in my neck and a film about a talking dog playing on the screen in front of me. The man next to me was knitting what looked like a very long scarf, and by the time we landed it was noticeably longer.

Back home, my garden has apparently decided that a week without supervision means it can grow in every direction at once. The tomatoes are doing brilliantly, the basil has bolted, and something I don't recognise has appeared in the corner of the lawn. My neighbour thinks it's a wildflower; I think it's plotting something.

Anyway, I hope things have been calm on your side while I've been away. Let me know if you ever make it out to Singapore yourself; I now have very strong opinions about where to eat.

Cheers,
Grace""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble (traditional): home renovation, cats, TV dramas, night market; test-account request for the endorsement interface buried in the middle",
    sender="林曉 <lin.xiao@ourteam.example.com>",
    to=["李志明 <li.zhiming@client-a.example.cn>"],
    cc=[],
    subject="近況分享",
    body="""李協理您好：

好久沒跟您聊聊近況了，趁著週五下午比較空，寫幾句。

我們家上個月終於搬進新房子了。裝修前前後後弄了五個月，中間換了兩次水電師傅，第一位師傅做到一半說老家有事就再也沒出現，第二位師傅人很好，但是特別喜歡聊天，一天工作八小時，大概有三小時在跟我講他年輕時跑船的故事。現在回想起來，那些故事其實挺精彩的，他說他在南非看過企鵝，我一直以為企鵝只有南極才有。

搬家那天最忙的是兩隻貓。大的那隻叫饅頭，一進新家就躲到沙發底下，整整兩天不肯出來，吃飯都要我們把碗推到沙發邊上；小的那隻叫芝麻，完全相反，十分鐘就把每個房間巡視了一遍，還跳進了還沒裝好的浴缸裡，出來的時候一身白灰。

對了，保單批改介面的測試帳號，麻煩週三前幫我們開通。

最近晚上都在追一部講八〇年代銀行的劇，劇情有點誇張，主角一個人扛起整個分行，還破了一樁偽鈔案，不過裡面的老算盤、存摺、櫃檯的玻璃窗都拍得很像，我媽看得特別投入，說跟她年輕時在信用合作社上班的樣子一模一樣。她還特地翻出了一本四十年前的存摺給我看，紙都黃了，上面的利率高得嚇人。

上週末帶家人去逛了新開的夜市，人多到走不動，我排了二十分鐘買到一份大腸包小腸，結果小孩只吃了一口就說要吃雞排，只好又去排了十五分鐘。回家的路上下起大雨，一家人淋得像落湯雞，倒是小孩覺得很好玩，說下次還要去。

另外，我最近開始學做麵包，第一次做出來硬得可以當磚頭，第二次好一點，第三次總算像個麵包了，同事們很給面子，全部吃完。等我手藝再穩定一點，帶一些去貴公司請大家嚐嚐。

還有，我們社區最近組了一個週日早上的慢跑團，我報名參加了兩次，第一次跑了三公里就喘得不行，第二次總算跑完五公里，團長說再堅持一個月就能參加秋天的半程馬拉松，我還在考慮要不要報名。

祝週末愉快。

林曉""",
    quote=None, quote_from=None,
    trad=True,
),
dict(
    expect=["ramble"], lang="mixed",
    why="ramble (mixed): team building, badminton, new coffee machine, podcast, weekend hike; the settlement-batch migration window is one line",
    sender="陈思琪 <chen.siqi@ourteam.example.com>",
    to=["郭嘉文 <guo.jiawen@client-b.example.com>"],
    cc=[],
    subject="Friday catch-up ☕",
    body="""嘉文 hi,

Happy Friday! 这周终于可以喘口气, 随便聊几句.

上周六我们 team 去郊区搞了一次 team building, 项目是划龙舟, 听起来很 cool, 实际上是十二个 IT 人在一条船上各划各的, 前二十分钟船基本在原地打转. 后来教练教我们喊口号, 总算划出去两百米, 然后有人的桨掉水里了, 又花了十分钟去捞. 晚上 BBQ 倒是很成功, 韩栋烤的鸡翅被大家评为 MVP, 他自己说秘诀是蜂蜜加一点点 chili.

我最近迷上了羽毛球, 每周二、周四晚上在公司附近的球馆打两个小时. 水平很一般, 主要靠跑, 一晚上能跑一万多步. 教练说我的问题是 footwork 太乱, 我说我的 footwork 跟我的 project plan 一样, 看起来乱, 其实都能到位, 他没听懂这个梗.

办公室上周换了一台新的咖啡机, 可以做 flat white, 大家都很兴奋, 结果第二天就坏了, 行政说是因为有人往里面倒了燕麦奶而不是放在奶缸里. 现在全组都在猜是谁干的, 目前没有人承认.

顺便: settlement batch 迁移窗口定在 6/14 凌晨 2 点, 麻烦 confirm 一下.

最近通勤路上在听一个讲 economic history 的 podcast, 上一集讲的是十七世纪荷兰的郁金香泡沫, 一个郁金香球茎能换一栋房子, 听完觉得人类真的很神奇. 主播说其实当时的记录很多是夸张的, 但故事太好听了所以大家都愿意相信.

这周末打算去爬山, 天气预报说会下雨, 不过我已经买好新的登山鞋了, 不去的话感觉对不起这双鞋. 如果下雨就改成去 IKEA 逛一圈, 反正家里还缺一个书架, 顺便吃个肉丸.

另外我最近开始学做 sourdough, 养了一罐 starter, 每天要喂两次面粉和水, 感觉比养猫还累. 第一次烤出来的面包扁得像一张饼, 第二次好一点, 同事说口感像 bagel. 我妈看了照片说还不如去楼下面包店买, 说得很有道理, 但我不打算放弃. 还有楼下新开了一家越南粉, 汤头很清, 牛肉给得很足, 午饭时间排队排到门口, 下次你来我们这边开会一定带你去吃.

你们那边最近怎么样? 上次你说你家小朋友在学游泳, 现在敢自己下水了吗?

Have a great weekend!
思琪""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble: replies to a one-line question with a power cut, fishing, bubble tea and a neighbour's parrot; the joint-debug date answer is buried",
    sender="孙悦 <sun.yue@ourteam.example.com>",
    to=["刘婷 <liu.ting@client-a.example.cn>"],
    cc=[],
    subject="Re: 理赔影像上传接口什么时候联调？",
    body="""刘经理好：

不好意思回复晚了，这两天家里出了点状况，跟您说说。

周二晚上我们小区突然停电，说是变压器烧了，整栋楼黑了六个多小时。我正好在家赶一份材料，电脑撑了一个半小时就没电了，只好点着蜡烛跟孩子玩手影游戏。孩子倒是特别开心，说比看动画片好玩，还要求以后每周停一次电，被我太太严厉拒绝了。冰箱里的雪糕全化了，第二天一早全家只好喝雪糕味的牛奶。

周末我跟我爸去水库钓鱼，早上五点就出发了，结果一上午就钓上来两条巴掌大的鲫鱼，旁边一位大叔半天钓了七八条，还有一条两斤多的草鱼。我爸不服气，跑去请教，人家说秘诀是用玉米粒加一点酒糟打窝，我爸下午照做，果然上了三条，回家路上一直在说明年要买一根更好的竿。

接口联调就定在下周二下午吧。

最近我们楼下新开了一家奶茶店，招牌是杨枝甘露，排队的人特别多，我排了三次才买到一杯，说实话味道一般，但杯子设计得很好看，同事们都拿来拍照。店员说周末还有买二送一，我估计我还会再去。

还有一件好笑的事，邻居家养了一只鹦鹉，会说“你好”“吃饭了”，最近不知道跟谁学会了手机铃声，每天早上七点准时在阳台上模仿闹钟，整栋楼的人都被它叫醒。物业来协调了两次，邻居说鹦鹉不听他的，大家也只好认了。

另外我最近在看一本讲古代保险起源的闲书，说宋代就有镖局给商队做类似“货运保险”的事，海上贸易的商人也会几家凑钱分担风险，挺有意思的，看完了借给您。

周日晚上我们全家又去看了一场儿童剧，讲的是一只小熊找回家的路，演员们在台上又唱又跳，孩子看得目不转睛，散场后还缠着要买小熊玩偶，我最后只好买了一个最小号的，回家的路上他一直抱着不撒手。

先这样，祝好！

孙悦""",
    quote="""孙经理，理赔影像上传接口什么时候可以联调？我们这边开发已经准备好了。

刘婷""",
    quote_from="刘婷 <liu.ting@client-a.example.cn>",
    quote_style="gt_zh",
    trad=False,
),
dict(
    expect=["ramble"], lang="en",
    why="ramble (en): house move, dog, book club, coffee beans; the blocking item (signed DPA before production keys) is one line in ~430 words",
    sender="Derek Zhou <derek.zhou@ourteam.example.com>",
    to=["Sarah Koh <sarah.koh@client-b.example.com>"],
    cc=[],
    subject="Long week!",
    body="""Hi Sarah,

What a week. I hope yours was calmer than mine.

We finally moved house on Saturday. The removal company turned up two hours late, then discovered that the sofa we'd bought specifically for the new living room didn't fit through the new front door. After forty minutes of tilting, pivoting and a lot of shouting "lift on three", the sofa went in through the back garden, over the fence, with the help of two neighbours I had never met before. So I suppose that counts as getting to know the street.

The dog, Biscuit, has taken the move personally. He spent the first night walking from room to room as if he were conducting an inspection, and the second night refusing to sleep anywhere except the bath. He has now decided the new garden is acceptable, mainly because there is a squirrel in it that he can bark at for hours without ever getting anywhere near it.

My book club met on Wednesday, which was probably a mistake in the middle of a move. We're reading a very long Russian novel, and I had managed about sixty pages, most of them on the train. Luckily the conversation drifted to whether anyone has ever actually finished a very long Russian novel, and nobody had, so I fitted right in.

Quick one: we need the signed DPA back before we can enable production keys.

On a lighter note, I've switched coffee beans. A colleague brought back a bag from a small roaster in Melbourne and I am now ruined for supermarket coffee forever. My partner says I've become insufferable about it, which is probably fair; I caught myself using the word "notes" about a flat white on Tuesday.

The other news is that my nephew started his first job this month, at a bank of all places, and has already phoned me twice to ask what a "reconciliation break" is. I tried to explain it over dinner and lost the whole table within ninety seconds. My sister says I should write it up as a children's book.

The weather has finally turned as well. We had our first properly cold morning on Thursday and I discovered that none of the boxes labelled "winter stuff" actually contain winter stuff; one of them was entirely cables.

Anyway, I hope you have a restful weekend. Say hi to the team for me, and let me know if you ever want a very detailed review of Melbourne coffee.

Best,
Derek""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble: annual party, lucky draw, child's piano, hometown cured pork, driving test; the invoice confirmation (38.6万) is buried",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["钱伟 <qian.wei@bank-c.example.cn>"],
    cc=[],
    subject="年会见闻",
    body="""钱老师好：

上周五我们公司开年会，跟您分享一下现场的盛况。

今年年会在郊区一个度假村办的，下午是趣味运动会，我们项目组报了“两人三足”和“拔河”两个项目。两人三足我跟韩栋一组，出发不到五米就摔了，爬起来以后干脆放弃速度，一步一步走到终点，居然因为“最佳坚持奖”拿了一箱苹果。拔河就比较惨，第一轮就被财务部拉过了线，大家都说财务部的同事天天跟数字较劲，力气全练出来了。

晚上的抽奖是最刺激的环节。一等奖是一台笔记本电脑，最后被前台的小姑娘抽走了，她当场激动得说不出话。我连续三年什么都没抽中，今年总算抽到一个三等奖，是一台电饭煲，回家被我太太夸了一晚上，说这是我这些年带回家最实用的东西。

另外提一下，5月服务费账单金额是38.6万元，麻烦您确认一下。

说到家里，我儿子最近在学钢琴，老师布置的曲子是《致爱丽丝》，他练了一个月，前面八个小节弹得很熟，后面就开始即兴发挥了。我问他为什么不按谱子弹，他说“贝多芬也是自己写的，我为什么不能自己写”，我一时竟无言以对。

上周老家寄来了一大箱腊肉和香肠，是我妈亲手做的，用柏树枝熏了半个月，味道特别香。我们家吃不完，分了一些给同事，大家都说好吃。下次我给您也带一点，蒸着吃或者炒蒜苗都很香。

我太太最近在考驾照，科目二考了两次都没过，倒车入库总是压线。她说是考场的车跟练车的车不一样，我没敢反驳。这周末我陪她去加练，希望第三次能顺利通过，不然全家都要跟着紧张。

年会上还有一个节目让我印象很深，我们运维组的几个同事排了一个小品，讲的是半夜被告警电话叫醒的故事，演得特别真实，台下笑成一片，老板笑得眼泪都出来了，说明年要给运维组加夜宵补贴。

天气越来越冷了，您注意保暖。

周明远""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=["ramble", "refusal"], lang="zh",
    why="ramble+refusal: long chatter about a wedding, a new phone, a cooking fail; the client's instalment-payment request is turned down in one flat line buried inside",
    sender="林晓 <lin.xiao@ourteam.example.com>",
    to=["黄志强 <huang.zhiqiang@client-a.example.cn>"],
    cc=[],
    subject="Re: 保费分期功能的事",
    body="""黄经理好：

这周忙得团团转，到周五才有空回您，顺便聊聊近况。

上周末参加了大学室友的婚礼，在一个湖边的草坪上办的，场地布置得特别漂亮，到处是白色的绣球花。新郎是我们寝室最内向的一个，当年连跟女生说话都会脸红，结果在婚礼上自己写了一段五分钟的致辞，讲到一半哭了，全场跟着哭。我们几个老同学坐一桌，聊起大学时候半夜翻墙出去吃烧烤的事，一晃都十几年了。

这个月换了一部新手机，拍照确实好很多，但是各种数据迁移折腾了一整晚，微信聊天记录导了三次才成功。更麻烦的是所有的 App 都要重新登录，银行的、保险的、缴费的，光是找各种密码就花了我一个小时，最后还是打客服才把一个账户解锁。

对了，您上次说的保费分期那个功能，我们就不做了哈。

上周我心血来潮想在家做红烧肉，照着视频一步一步来，结果糖色炒糊了，整个厨房都是焦味，抽油烟机开了一晚上才散掉。最后那锅肉颜色黑得发亮，我太太说看起来像卤过头的牛肉，不过味道居然还不错，孩子吃了两碗饭。

我们办公室最近流行跳绳，午休的时候大家在楼下空地比赛，我一分钟能跳一百二十多下，在组里排第三。第一名是我们测试组的一个小伙子，据说他小学是学校跳绳队的，一分钟两百多下，看得我们目瞪口呆，脚都快看不清了。

另外推荐您一部电影，讲的是一个老裁缝坚持手工做旗袍的故事，节奏很慢，但画面特别好看，适合周末在家慢慢看，我看完以后还特地去查了一下旗袍的历史。

还有件事挺有意思，我们小区最近办了一个旧物交换市集，我把家里闲置的几本书和一台旧咖啡机拿去换了一盆绿萝和一个手工编的篮子，邻居们都很热情，有位阿姨还教我怎么给绿萝换盆。

天气转凉了，您多注意身体，有空一起吃饭。

林晓""",
    quote="""林经理，之前提的保费按月分期缴纳功能，你们评估得怎么样了？业务部门在催。

黄志强""",
    quote_from="黄志强 <huang.zhiqiang@client-a.example.cn>",
    quote_style="outlook_zh",
    trad=False,
),
]

# ================================================================ hard negatives (expect=[])
CASES += [
dict(
    expect=[], lang="zh",
    why="hard negative: buffered refusal ('暂不纳入' with CR number, review date, written reply date, daily interim export) below an angry client quote",
    sender="赵一鸣 <zhao.yiming@ourteam.example.com>",
    to=["张建国 <zhang.jianguo@bank-c.example.cn>"],
    cc=["钱伟 <qian.wei@bank-c.example.cn>"],
    subject="Re: 跨行实时对账功能",
    body="""张处您好：

理解您的着急，监管检查前把对账做扎实，这个诉求完全合理。

跨行实时对账这期确实暂不纳入，原因是它依赖二代支付的新报文，联调环境最早6月才开放。我们已经登记为变更单 CR-2024-031，5月20日的变更评审会上评估工作量和排期，21日前给您书面答复。

在此之前，为了不影响检查，我们可以先做两件事：
1. 从下周一起，每天早上8点前把前一日的跨行差错明细导出成表，发到贵行运营部邮箱；
2. 检查组如果需要看对账流程，我们准备一页说明材料，并安排工程师现场配合。

您看这样是否可行？有其他要求随时告诉我。

赵一鸣""",
    quote="""赵经理：

跨行实时对账这么基本的功能都没有，你们到底行不行？下个月监管就要来检查了，我要的是结果，不是解释。

张建国""",
    quote_from="张建国 <zhang.jianguo@bank-c.example.cn>",
    quote_style="gt_zh",
    trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: 'a hard no' on the full scope by May 3, followed by two concrete dated options and an offer to brief the board; angry quote",
    sender="Grace Lin <grace.lin@ourteam.example.com>",
    to=["Mark Ellis <mark.ellis@client-b.example.com>"],
    cc=[],
    subject="Re: Go-live date",
    body="""Hi Mark,

I understand, and I'm sorry this lands on you after the board update.

Going live on May 3 with the full chargeback module is a hard no from me, and I'd rather say that clearly now than let it slip later: the scheme certification slot for chargebacks isn't until May 8, and we can't process disputes in production before that.

What I can offer:
(a) Go live on May 3 with payments and refunds only; chargebacks follow on May 12 once certification is through.
(b) Move the whole go-live to May 12.

Either way I'm happy to join a call with your board sponsor to explain the dependency. I'll hold both slots until Thursday noon; just tell me which one you'd like.

Best,
Grace""",
    quote="""Grace,

This is unacceptable. We were promised May 3 and I've already told our board. Fix it.

Mark""",
    quote_from="Mark Ellis <mark.ellis@client-b.example.com>",
    quote_style="outlook",
    layout="html",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: escalation to the delivery director with a call date ('not something I can decide alone'); client's '抢钱' only in the quote",
    sender="孙悦 <sun.yue@ourteam.example.com>",
    to=["何振华 <he.zhenhua@client-a.example.cn>"],
    cc=["郑浩 <zheng.hao@ourteam.example.com>"],
    subject="Re: 变更费用",
    body="""何总您好：

变更费用减免这件事，超出了我的审批权限，不是我一个人能拍板的，我也不想随口答应您、回头又做不到。

我已经把情况整理好报给了我们的交付总监郑浩（抄送），包括这次变更的背景、工作量和贵司的顾虑。他周三下午会直接给您打电话，商量减免或者分摊的办法。

在这之前，变更本身的开发我们照常推进，不影响上线时间。

孙悦""",
    quote="""孙经理：

改个字段也要收钱？你们这是在抢钱吧。这笔变更费我们不认。

何振华""",
    quote_from="何振华 <he.zhenhua@client-a.example.cn>",
    quote_style="outlook_zh",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: negation '并不是做不了' plus impact analysis and a Friday reply with two implementation options",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["刘芳 <liu.fang@bank-c.example.cn>"],
    cc=[],
    subject="Re: 信用卡账单分期按日计息",
    body="""刘处好：

按日计息的分期，并不是做不了，也不是我们不想做。难点在于现在的核心账务按月结息，改成按日会同时影响账单、提前还款和逾期三块逻辑。

我们这周先做影响分析，周五下午把工作量、风险和两种实现方式（一种改核心，一种在分期子系统里单独计算）发给您，您看完再定要不要做、用哪一种。

周明远""",
    quote="""周经理，信用卡账单分期能不能支持按日计息？产品部说竞品已经上了。

刘芳""",
    quote_from="刘芳 <liu.fang@bank-c.example.cn>",
    quote_style="foxmail",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: incident note where 拒绝交易 / 拒绝连接 / 不可能 / 必须 are technical terms; the PM takes the blame",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["钱伟 <qian.wei@bank-c.example.cn>"],
    cc=[],
    subject="关于昨晚部分快捷支付交易被拒绝的说明",
    body="""钱老师好：

昨晚21:40–21:55之间，部分快捷支付交易返回“拒绝交易”（响应码05），原因已经查清：网联侧证书轮换后，我们的前置机还缓存着旧证书，签名校验失败，请求被对端拒绝连接。

处理情况：
- 21:55 重启前置机服务，加载新证书，交易恢复；
- 受影响交易共312笔，均未扣款，客户重试即可，不可能出现重复扣款；
- 后续证书更新改为热加载，上线前必须通过一次轮换演练。

这次是我们的配置管理没做到位，给贵行添麻烦了，抱歉。明天上午我把书面报告发给您。

周明远""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: incident summary where declined / rejecting / impossible / must are technical; apology; merchant anger only in the quote",
    sender="Grace Lin <grace.lin@ourteam.example.com>",
    to=["Mark Ellis <mark.ellis@client-b.example.com>"],
    cc=["Kevin Wu <kevin.wu@ourteam.example.com>"],
    subject="Re: Declines yesterday afternoon",
    body="""Hi Mark,

Here's what happened yesterday between 14:05 and 14:32 UTC.

One issuer in the Philippines started rejecting authorisations with response code 91 ("issuer unavailable"). Our router kept retrying against the same issuer instead of failing over, so those transactions were declined rather than queued. About 2.1% of volume was affected. No customer was charged, and it is impossible for anyone to be double-charged on retry because every request carries an idempotency key.

What we're changing:
- the router now marks an issuer as degraded after 20 consecutive 91s and fails fast;
- you must restart nothing on your side; the fix is server-side and went live at 09:00 today;
- we'll add this scenario to next month's DR drill.

I know your merchants had a bad afternoon, and I'm sorry. The full incident report will be with you by Friday.

Best,
Grace""",
    quote="""Grace,

Why were 2% of our transactions declined yesterday?! Our merchants are furious and I've had three of them on the phone already.

Mark""",
    quote_from="Mark Ellis <mark.ellis@client-b.example.com>",
    quote_style="gt",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: a fair timeline recap that marks our own fault first, gives a new date, prevention steps and an offer to help the client report (contrast to blame-recap)",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["何振华 <he.zhenhua@client-a.example.cn>"],
    cc=["刘婷 <liu.ting@client-a.example.cn>"],
    subject="Re: 二期延期",
    body="""何总您好：

您说得对，二期延期这件事，我们应该给您一个清楚的交代，而不是解释。我把时间线整理如下，哪一段是我们的责任，我直接标出来：

- 3月12日–14日：我方测试环境数据库升级失败，耽误2天（我方责任）；
- 3月18日：UAT环境比计划晚3天开通；
- 4月2日：联调发现报文字段不一致，双方各改一部分，共用了4天；
- 4月22日：新增“快速理赔通道”，按变更流程评估为5个工作日。

综合下来，新的上线日期是5月20日。为了不再延期，我们做了两个调整：一是测试环境改为每日备份，避免3月那种事故再发生；二是每周三增加一次15分钟的双方进度同步。

周一您汇报时如果需要，我可以提前准备一页纸的材料，也可以陪您一起参会说明。

周明远""",
    quote="""周经理：

一拖再拖，你们就是在找借口。我没有时间听你们解释，我只要一个确定的日期。

何振华""",
    quote_from="何振华 <he.zhenhua@client-a.example.cn>",
    quote_style="gt_zh",
    trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: fair timeline recap that owns our slips, splits the delay honestly, proposes dates with a fallback and a scope-split option",
    sender="Derek Zhou <derek.zhou@ourteam.example.com>",
    to=["Sarah Koh <sarah.koh@client-b.example.com>"],
    cc=[],
    subject="RE: Onboarding API delay",
    body="""Hi Sarah,

Fair question, and you deserve a straight answer rather than a defensive one. Here's the sequence as I see it, including where we slipped:

- 8 Apr: we delivered the onboarding API to sandbox two days later than planned (our miss: a broken build we caught late).
- 15 Apr: the KYC provider's sandbox credentials arrived; we had planned around 10 Apr.
- 17-24 Apr: integration testing found 6 defects, 4 ours and 2 in the provider mapping.
- 26 Apr: all fixed and retested.

So the two-week slip is roughly half on each side, and none of it is anyone ignoring the work. To get back on track I'd propose go-live on 13 May, with a fallback of 20 May if the provider's production keys are late. If you'd prefer, we can also split out the merchant dashboard and ship it a week after the API.

Happy to walk through this on a call tomorrow. Whichever date you pick, I'll send a revised plan the same day.

Best,
Derek""",
    quote="""Derek,

Honestly, this feels like excuses. Who dropped the ball here?

Sarah""",
    quote_from="Sarah Koh <sarah.koh@client-b.example.com>",
    quote_style="outlook",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: PM answers a colleague's quoted complaint ('又在挑刺') constructively, says the client's concern is right, plans a face-to-face session",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["韩栋 <han.dong@ourteam.example.com>"],
    cc=[],
    subject="Re: EAST报送校验规则评审",
    body="""韩栋：

我理解大家被反复评审拖得有点累，不过这次刘处的担心是有道理的。EAST 报送一旦校验不过，被通报的是贵行，她要一条条过，是在替自己的岗位把关。

我的建议是：明天上午我们主动约她，当面把87条校验规则按风险高低分成三组，高风险的12条逐条过，其余的给她一份对照表自己抽查。这样她放心，我们也不用开马拉松会。

材料你今晚先按这个思路准备一版，我明早九点看。

明远""",
    quote="""明远，刘处又在挑刺，EAST报送的校验规则她要一条一条过，这得过到猴年马月。

韩栋""",
    quote_from="韩栋 <han.dong@ourteam.example.com>",
    quote_style="gt_zh",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: internal banter (服了 as praise, 我这脑子 aimed at oneself) that says nothing about the client",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["韩栋 <han.dong@ourteam.example.com>"],
    cc=["陈思琪 <chen.siqi@ourteam.example.com>"],
    subject="跑批优化 👍",
    body="""老韩：

服了！跑批从40分钟降到6分钟，今天早上运营那边看到日终报表6点半就出来了，还以为系统坏了，专门打电话来问。

今晚奶茶我请，大家随便点。顺便自首一下：我这脑子，居然忘了订下午复盘的会议室，现在只剩那间没空调的小屋了，大家自备扇子……

明远""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (vs regulator-pressure persuade): states what the regulator does and doesn't require, recommends an option, leaves the decision to the client",
    sender="孙悦 <sun.yue@ourteam.example.com>",
    to=["何振华 <he.zhenhua@client-a.example.cn>"],
    cc=[],
    subject="Re: 大额保单人工复核",
    body="""何总：

关于大额保单是否保留人工复核，我们的看法供您参考：

- 监管这两年确实在考核线上化率，但口径里没有禁止人工环节，只要求留痕、时效可控；
- 全自动方案：核保时效从平均1天降到10分钟左右，但大额件的模型样本少，误判概率相对高；
- 保留人工复核：大额件（比如保额300万以上，约占件数的3%）走人工，时效多半天，整体线上化率基本不受影响。

我们倾向于第二种，折中一点，核保部也更安心。不过这是贵司的风控决策，两种方案我们都能按期交付，您和核保部商量后告诉我们就行，下周三之前定下来不影响排期。

孙悦""",
    quote="""孙经理，我们核保部希望大额保单保留人工复核，但也担心监管说我们线上化不够。你们怎么看？

何振华""",
    quote_from="何振华 <he.zhenhua@client-a.example.cn>",
    quote_style="outlook_zh",
    trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative (vs vendor-pressure persuade): recommends our vault with reasons, lists what the client's vendor would need, 'it's your call'",
    sender="Grace Lin <grace.lin@ourteam.example.com>",
    to=["Tom Becker <tom.becker@client-b.example.com>"],
    cc=[],
    subject="Re: Tokenization vendor decision",
    body="""Hi Tom,

Thanks for raising this before we lock the design.

Our recommendation is still our vault, mainly because keeping tokenisation and routing in one place takes a cross-vendor hop out of your PCI scope and gives you a single audit trail.

That said, your existing vendor can work. If you go that way we'd need a network-token API with under 150 ms p95, a joint key ceremony with both security teams, and roughly three extra weeks for integration and testing. Both options can pass a PCI DSS assessment.

It's your call. I've attached a one-page comparison; if it helps, we can walk your security team and your QSA through it next week and you decide after that.

Best,
Grace""",
    quote="""Grace,

Our security team would still prefer to keep our existing tokenization vendor. What would that mean for the project?

Tom""",
    quote_from="Tom Becker <tom.becker@client-b.example.com>",
    quote_style="gt",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: risky phrases only in the signature motto ('没有不可能') and disclaimer ('不接受…任何责任'); body is a plain meeting confirmation",
    sender="林晓 <lin.xiao@ourteam.example.com>",
    to=["刘婷 <liu.ting@client-a.example.cn>"],
    cc=[],
    subject="周四理赔需求评审会安排",
    body="""刘经理您好：

周四下午两点的理赔需求评审会已经订好会议室（12楼1203），线上链接也附在日历邀请里。议程三项：影像上传、理赔进度推送、赔款支付对接。材料明天中午前发您预览。

谢谢！

林晓
项目经理 | 理赔平台项目组
电话：010-5555 0132
--
没有不可能，只有不够努力。
本邮件及附件仅供指定收件人使用。如您误收本邮件，请立即删除；我方不接受因误传产生的任何责任。""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: firm-but-polite facts on an earlier go-live with two options for the client to choose; '拒绝借口' only in the signature motto",
    sender="赵一鸣 <zhao.yiming@ourteam.example.com>",
    to=["钱伟 <qian.wei@bank-c.example.cn>"],
    cc=[],
    subject="Re: 上线时间能否提前一周",
    body="""钱老师好：

提前一周上线，我们认真算过，风险比较大：压力测试还剩两轮，第二轮要在贵行生产同构环境跑，最早下周四才能排上；如果压缩，等于带着没验证过的峰值性能上线。

有两个选择供您参考：
1. 按原计划6月18日上线；
2. 提前三天到6月15日，前提是贵行能把同构环境的窗口提前到本周六，我们周末加班跑完第二轮。

您看哪个更合适，周三前告诉我就行。

赵一鸣 | 项目经理
座右铭：拒绝借口，拒绝拖延。
电话 021-5555 0188""",
    quote="""赵经理，行领导希望手机银行三期能提前一周上线，赶在季末营销活动之前，你们能不能做到？

钱伟""",
    quote_from="钱伟 <qian.wei@bank-c.example.cn>",
    quote_style="foxmail",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (traditional): buffered refusal with CR number, review date, same-day interim template; client anger only in the quote",
    sender="林曉 <lin.xiao@ourteam.example.com>",
    to=["李志明 <li.zhiming@client-a.example.cn>"],
    cc=[],
    subject="Re: 保單列印格式調整",
    body="""李協理您好：

完全理解您的心情，這個調整對業務端確實很重要，並不是我們不想做。

保單列印格式的修改牽涉到主管機關核備的條款文字，依流程必須經過貴公司法遵確認後才能上線，因此本期暫不納入。我們已登記為變更單 CR-0457，6月3日的評審會上排定時程，會後當天回覆您。

在此之前，若業務端急需，我們可以先提供一個手動調整的列印範本讓櫃檯暫時使用，今天下班前就能寄給您。

林曉""",
    quote="""林經理：

這種小修改也要排到下個月？你們是不是根本不想做？

李志明""",
    quote_from="李志明 <li.zhiming@client-a.example.cn>",
    quote_style="foxmail",
    trad=True,
),
dict(
    expect=[], lang="zh",
    why="hard negative (traditional): internal forward that takes the client's harsh criticism seriously and plans a face-to-face meeting",
    sender="林曉 <lin.xiao@ourteam.example.com>",
    to=["孫悅 <sun.yue@ourteam.example.com>"],
    cc=[],
    subject="Fw: 理賠進度查詢",
    body="""孫悅：

轉給你看一下李協理的來信。話說得重了一點，但他的擔心是對的：理賠進度目前只在結案時才推送，中間三天客戶確實什麼都看不到。

我想這週內做兩件事：
1. 查一下進度推送能不能拆成「受理、審核、核賠、付款」四個節點；
2. 週四我跟李協理約個面對面的會，先把改善方案跟他說清楚，聽聽業務端最在意哪個節點。

你那邊方便的話，週三前給我一個工作量的粗估。

林曉""",
    quote="""林經理：

你們的理賠系統慢得像烏龜，客戶等了三天還查不到進度，電話都打到我這裡來了！

李志明""",
    quote_from="李志明 <li.zhiming@client-a.example.cn>",
    quote_style="outlook_zh",
    trad=True,
),
]

# ---------------------------------------------------------------- long but focused (hard negatives vs ramble)
CASES += [
dict(
    expect=[], lang="zh",
    why="hard negative: long but focused UAT plan (schedule, scope, environment, defects, entry/exit, asks); no off-topic chatter",
    sender="赵一鸣 <zhao.yiming@ourteam.example.com>",
    to=["张建国 <zhang.jianguo@bank-c.example.cn>"],
    cc=["钱伟 <qian.wei@bank-c.example.cn>"],
    subject="手机银行三期 UAT 安排",
    body="""张处您好：

手机银行三期 UAT 的安排整理如下，请您审阅。

一、时间安排
UAT 从6月3日开始，到6月21日结束，共三周。第一周为功能验证，第二周为业务场景串测和回归，第三周为问题修复、复测和签字准备。每天下午五点召开15分钟站会，双方测试负责人同步当天进度和阻塞问题。

二、测试范围
本次 UAT 覆盖四个模块：账户管理、转账汇款、理财申购赎回、信用卡还款，共计312条测试用例。其中高优先级用例96条，全部需要贵行业务人员亲自执行；中低优先级用例可以由我方测试人员陪同执行、贵行人员复核。理财模块涉及净值计算，建议由贵行资管部指派一名同事参与验证。

三、环境与数据
UAT 环境已于5月28日部署完成，版本号 v3.2.0。测试数据采用脱敏后的生产数据，脱敏规则已经由贵行信息科技部确认。每天晚上十点自动备份环境，如出现数据污染，可以回滚到前一天的状态，不影响其他测试人员。

四、缺陷管理
缺陷统一记录在项目缺陷平台，按严重程度分为四级。一级缺陷四小时内响应、当天修复；二级缺陷次日修复；三、四级缺陷按周批量修复。每周五我们出一份缺陷趋势报告，同时列出需要贵行业务确认的问题。

五、准入与准出
准入条件：系统测试通过率不低于98%，无遗留一级、二级缺陷。准出条件：高优先级用例全部通过，遗留缺陷均为四级且有处理计划，贵行业务部门签署 UAT 确认单。

六、需要贵行配合的事项
1. 6月1日前确定参与 UAT 的业务人员名单，大约需要八人；
2. 开通测试人员的 VPN 和 UAT 环境账号；
3. 指定一名 UAT 协调人，负责每天的站会和缺陷确认。

七、签字与上线衔接
UAT 确认单签署后，我们在两个工作日内完成生产部署材料，提交贵行变更委员会审批。遗留的四级缺陷会列入上线后第一个补丁版本，修复计划随确认单一并提交，供贵行留档。

如果时间或范围需要调整，请随时告诉我，我们再一起商量。

赵一鸣""",
    quote=None, quote_from=None,
    layout="alt",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: long but focused policy-data migration plan (scope, method, three-level checks, risks, rollback, asks)",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["何振华 <he.zhenhua@client-a.example.cn>"],
    cc=["刘婷 <liu.ting@client-a.example.cn>"],
    subject="保单数据迁移方案要点（下周评审）",
    body="""何总您好：

下周要评审的保单数据迁移方案，我先把要点发您，方便您提前了解。

一、迁移范围
本次迁移涉及老核心系统中的有效保单约186万件、失效及终止保单约420万件，以及对应的客户信息、受益人信息、缴费记录和理赔记录。历史影像文件不在本次范围内，仍保留在原影像系统，通过索引关联。

二、迁移方式
采用“全量加增量”的方式。全量迁移安排在6月8日至9日的周末，预计耗时20小时；此后每天晚上做一次增量同步，直到6月22日正式切换。切换当晚停止老系统的出单和保全，做最后一次增量，核对无误后新系统对外开放。

三、数据校验
校验分三层：第一层是条数核对，按险种、机构、保单状态逐项比对；第二层是金额核对，包括保费、保额、现金价值和未决赔款；第三层是抽样核对，每个险种随机抽取两百件，由贵司业务人员逐字段比对。三层校验全部通过才进入切换。

四、风险与应对
主要风险有三个：一是老系统中约1.2万件保单存在缺失字段，我们已经列出清单，需要贵司运营部在6月5日前补录或确认处理规则；二是部分万能险的结算利率历史记录不完整，需要精算部提供补充数据；三是切换当晚如果校验不通过，我们会在凌晨四点前启动回退，老系统照常营业，不影响第二天的业务。

五、需要贵司确认的事项
1. 缺失字段的处理规则；
2. 抽样核对的人员安排，大约需要六人两天；
3. 切换当晚贵司值班人员名单。

六、切换后支持
切换后两周为稳定期，我方安排四名工程师驻场，每天早上九点与贵司运营部核对前一日的出单、保全和理赔数据，发现差异当天处理，并每天发送一份稳定期日报。

以上是我们的初步建议，时间节点和校验比例都可以按贵司的要求调整，评审会上我们再逐项讨论。

周明远""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: long (~450 words) but focused weekly status report: progress, risks, decisions needed, next week",
    sender="Grace Lin <grace.lin@ourteam.example.com>",
    to=["Mark Ellis <mark.ellis@client-b.example.com>"],
    cc=["Sarah Koh <sarah.koh@client-b.example.com>"],
    subject="Weekly status - cross-border acquiring, week 21",
    body="""Hi Mark,

Here is this week's status for the cross-border acquiring programme.

Overall status: amber. We are on track for the 13 May go-live, but two dependencies on the scheme side need attention next week.

1. Progress this week
- Authorisation routing: the new routing rules for Malaysian and Thai issuers passed regression on Tuesday. Approval rates in sandbox are at 94.6%, up from 91.2% last week, mainly because of the retry logic for soft declines.
- Settlement: the multi-currency settlement file now includes the FX rate source and timestamp for every line, as your finance team requested. We ran three full test cycles against your ledger and all three reconciled to the cent.
- Refunds: partial refunds are complete and tested. Refunds older than 180 days are still blocked by scheme rules; we've documented the manual process your ops team will use for those.
- Merchant onboarding: the KYC integration is code-complete. End-to-end tests start on Monday.

2. Risks and issues
- Scheme certification: our slot for the final certification run is 8 May. If it slips, go-live moves by the same number of days. We've asked the scheme for a backup slot on 10 May and expect an answer by Wednesday.
- Production keys: we still need the signed data processing agreement before we can request production keys. Your legal team has the latest draft; the open point is the sub-processor list.
- Performance: peak-load testing showed p95 latency of 420 ms at 800 TPS, within the 500 ms target but with less headroom than we'd like. We're tuning the connection pool and will rerun on Thursday.

3. Decisions needed from your side
- Confirm the go-live window: our proposal is 13 May, 01:00 to 04:00 SGT.
- Nominate an on-call contact from your ops team for the first two weeks after go-live.
- Approve the updated refund runbook (attached) so we can train your support team next week.

4. Next week
- Start end-to-end KYC tests with the provider's sandbox.
- Rerun the peak-load test after tuning and share the results on Friday.
- Dry run of the cutover on Friday evening, with your ops team joining for the last hour.
- Draft the hypercare plan for the first two weeks after go-live and send it to you for review.
- Update the risk log after the scheme confirms the backup certification slot, and flag any change to the go-live date the same day.

If anything in here doesn't match what you're seeing on your side, let me know and I'll dig in before Monday's call.

Best,
Grace""",
    quote=None, quote_from=None,
    layout="html",
    trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: long but focused mixed-language cutover runbook (T-7 to T0, go/no-go, rollback, asks); firm criteria, no chatter",
    sender="陈思琪 <chen.siqi@ourteam.example.com>",
    to=["郭嘉文 <guo.jiawen@client-b.example.com>"],
    cc=["Derek Zhou <derek.zhou@ourteam.example.com>"],
    subject="6/15 清算系统 cutover detailed plan",
    body="""嘉文 hi,

6/15 清算系统 cutover 的 detailed plan 如下, 请 review:

T-7 (6/8): 最后一次 full rehearsal, 在 staging 上完整跑一遍切换流程, 记录每一步的实际耗时. 目标是整个切换控制在 3 小时以内, 超过的步骤要在 rehearsal 后一天内给出优化方案.

T-2 (6/13): code freeze. 之后只允许 P1 hotfix, 需要双方 PM 共同 approve, 并且在 staging 上回归通过.

T-1 (6/14): 下午 4 点 go/no-go meeting. 检查项包括: rehearsal 结果、未关闭缺陷清单、监控 dashboard 是否 ready、双方 on-call 名单是否确认、商户公告是否已发. 任何一项不满足, 默认 no-go, 改到下一个窗口 6/22.

T0 (6/15 凌晨):
- 00:30 停止新交易接入, 商户端显示维护公告 (文案已经发给你们 marketing 确认);
- 00:45 等待在途交易全部完成, 导出最后一批清算数据;
- 01:00 数据迁移开始, 预计 70 分钟;
- 02:10 数据校验: 条数、金额、账户余额三项, 由双方各派一人 cross-check, 两人都签字才能继续;
- 02:40 切换 DNS, 开放小流量 (5%) 验证, 重点看授权成功率和清算入账;
- 03:10 如果 error rate 低于 0.1%, 逐步放开到 100%;
- 04:00 宣布切换完成, 发通知给商户和你们的客服团队.

Rollback: 任何一步失败, 或者 03:30 前还没放开到 100%, 立即回退到老系统. 回退步骤已经 rehearsal 过两次, 耗时 25 分钟左右, 不会影响早上 8 点的交易高峰. 回退后 24 小时内我们出一份原因分析, 再和你们一起定下一个窗口.

监控: 切换期间我们开一个 war room bridge, 双方 on-call 全程在线; dashboard 上重点盯授权成功率、清算入账延迟、商户回调失败数三个指标, 任何一个超过阈值, 由 on-call 当场决定是否暂停放量.

需要你们配合的:
1. 6/10 前确认 on-call 名单, 至少一位能做 go/no-go 决策的 manager;
2. 商户公告 6/12 前发出;
3. 6/15 早上 9 点安排一次 post-cutover check, 跟 finance 对一下首批清算文件;
4. 切换后一周内, 每天早上 10 点跟 finance 做一次 15 分钟的对账 sync.

时间点如果你们那边有冲突, 随时 ping 我, 都可以再 discuss.

思琪""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: long focused root-cause analysis of a duplicate premium debit (唯一键 / 幂等 as terms), owns the fault; slang anger (又双叒叕, 呵呵) only in the quote",
    sender="孙悦 <sun.yue@ourteam.example.com>",
    to=["刘婷 <liu.ting@client-a.example.cn>"],
    cc=["何振华 <he.zhenhua@client-a.example.cn>"],
    subject="Re: 续期保费重复扣款",
    body="""刘经理您好：

非常抱歉，这次重复扣款是我们的问题，给贵司和客户都添了麻烦。原因已经查清，下面是完整的分析和处理方案。

一、影响范围
5月20日凌晨的续期保费批量扣款中，共有1,283件保单被扣款两次，涉及金额约96.4万元。其他保单扣款正常。

二、直接原因
扣款批量任务在凌晨2:14因为数据库连接超时中断，调度系统按照配置自动重跑。重跑时没有跳过已经成功的扣款记录，导致中断前已扣款的1,283件被再次扣款。

三、根本原因
一是扣款任务缺少幂等控制。设计时假设任务不会中断，没有在提交银行前检查当天是否已经存在成功记录。二是调度系统的自动重跑策略是我们在4月的一次变更中打开的，变更评审时没有评估到对扣款类任务的影响。两处都是我们设计和评审上的疏漏。

四、已完成的处理
1. 5月20日上午10点前暂停所有批量扣款任务；
2. 1,283笔重复扣款已于5月20日下午全部发起退款，预计1至3个工作日到账；
3. 客服话术和受影响客户清单已于当天中午发给贵司客服中心。

五、整改措施
1. 扣款任务增加幂等校验：以保单号加应缴期次为唯一键，同一期次只允许一笔成功扣款，5月24日上线；
2. 所有涉及资金的批量任务关闭自动重跑，改为人工确认后再重跑；
3. 变更评审清单增加“资金类任务影响”一项，由我方技术负责人签字；
4. 每天早上8点自动比对前一日扣款明细与银行回盘，发现同一保单同一期次多笔成功，立即告警。

六、客户安抚
对受影响的1,283位客户，我们建议由贵司发送致歉短信，短信模板已附在邮件里，退款进度可以在官方公众号上查询。因重复扣款产生的银行手续费，全部由我方承担。

如果贵司需要我们参加给总经理的情况说明会，我和技术负责人随时可以过去。

孙悦""",
    quote="""孙经理：

又双叒叕重复扣款了！！客户投诉电话都打到我们总经理那儿了。呵呵，你们的系统到底行不行？

刘婷""",
    quote_from="刘婷 <liu.ting@client-a.example.cn>",
    quote_style="foxmail",
    trad=False,
),
]

# ---------------------------------------------------------------- more hard negatives
CASES += [
dict(
    expect=[], lang="zh",
    why="hard negative: client slang anger (无语, 醉了, 有没有人在管) only in the quote; PM apologises, explains cause, offers two recovery options",
    sender="赵一鸣 <zhao.yiming@ourteam.example.com>",
    to=["钱伟 <qian.wei@bank-c.example.cn>"],
    cc=["韩栋 <han.dong@ourteam.example.com>"],
    subject="Re: 测试环境又挂了",
    body="""钱老师：

抱歉，这周测试环境三次中断，确实影响了贵行的测试进度，责任在我们。

原因是测试环境和我们内部压测共用了一组数据库，压测一跑就把连接数占满。今天下午已经把两者拆开，测试环境改为独立实例，并加了连接数告警。

这周损失的测试时间，我们周六安排两名工程师值守，贵行同事如果愿意加一天班，我们全程配合；如果不方便，UAT 结束日顺延两天到6月23日，不影响上线。

从明天起韩栋专门负责测试环境，有问题可以直接找他（电话 138 0000 5521）。

赵一鸣""",
    quote="""赵经理：

测试环境又挂了，这周第三次，我真的无语了。你们到底有没有人在管？醉了。

钱伟""",
    quote_from="钱伟 <qian.wei@bank-c.example.cn>",
    quote_style="gt_zh",
    trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: 'this is a joke, who is running this project' only in the quote; PM owns it, gives figures and dates, asks for a meeting",
    sender="Derek Zhou <derek.zhou@ourteam.example.com>",
    to=["Nadia Rahman <nadia.rahman@client-b.example.com>"],
    cc=[],
    subject="RE: Payout module",
    body="""Hi Nadia,

I hear you. I'm the one running it, so this one is mine to answer.

Here's where things stand as of this morning:
- Payments, refunds and settlement are working in UAT; 212 of 230 test cases have passed.
- The 18 failures are all in the payout module. 11 are fixed and waiting for retest; 7 are still open, and the 3 most serious will be fixed by Wednesday.
- The outage you saw on Monday was our deployment error. It lasted 40 minutes, and we've added a pre-deployment check so it doesn't happen again.

I'd like to go through the open items with you in person rather than over email. Would Thursday at 10:00 work? If not, send me any time that suits you this week.

Best regards,
Derek""",
    quote="""Derek,

This is a joke. Who is actually running this project? Nothing in the payout module works and I've had enough of status emails.

Nadia""",
    quote_from="Nadia Rahman <nadia.rahman@client-b.example.com>",
    quote_style="outlook",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: '我上周电话里说过' used as follow-through on a promise, not as reproach",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["刘芳 <liu.fang@bank-c.example.cn>"],
    cc=["吴敏 <wu.min@bank-c.example.cn>"],
    subject="Re: 反洗钱名单更新频率",
    body="""刘处您好：

是的，我上周电话里说过周三前给您确认，现在确认如下：

制裁名单和国内监管名单的更新频率改为每天两次（早上7点、下午1点），更新完成后系统自动发邮件通知贵行合规部。如果名单源当天没有变化，系统也会发一封“无变化”通知，方便贵行留痕。

这个调整下周一起生效，测试记录附在邮件里了。

周明远""",
    quote="""周经理，你上周说会确认反洗钱名单更新的频率，现在怎么样了？

刘芳""",
    quote_from="刘芳 <liu.fang@bank-c.example.cn>",
    quote_style="outlook_zh",
    layout="html",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: '并不是贵司的问题' taking the blame for failed premium debits, 被通道拒绝 as a technical term, we cover late fees",
    sender="林晓 <lin.xiao@ourteam.example.com>",
    to=["黄志强 <huang.zhiqiang@client-a.example.cn>"],
    cc=[],
    subject="Re: 本月续期扣款失败",
    body="""黄经理：

这次扣款失败并不是贵司的问题，也不是客户账户信息的问题，是我们的批量任务配置错了：月初更新支付通道参数时，把商户号填成了测试环境的，导致1,046笔扣款被通道拒绝。

参数已经改正，失败的1,046笔今天下午4点重新发起扣款，晚上8点前我把结果发您。宽限期内的保单不会因此失效；如果有客户因此产生滞纳金，由我们承担。

再次抱歉。

林晓""",
    quote="""林经理，这个月有上千件保单扣款失败，你们是不是又要说是我们客户的银行账户信息有问题？

黄志强""",
    quote_from="黄志强 <huang.zhiqiang@client-a.example.cn>",
    quote_style="outlook_zh",
    trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: firm-but-polite contract fact (SOW 3.2 = change request) with a CR by Thursday plus a free interim option; client suspicion only in the quote",
    sender="Derek Zhou <derek.zhou@ourteam.example.com>",
    to=["郭嘉文 <guo.jiawen@client-b.example.com>"],
    cc=[],
    subject="Re: settlement report 加字段",
    body="""嘉文,

理解你的感受, 看起来只是加几个字段. 但按 SOW 第 3.2 条, settlement report 的字段变更属于 change request, 因为它会影响下游三个 reconciliation job 和你们 finance 的导入模板, 需要重新测试.

我们很愿意做. 我周四前发你一份 CR, 写清楚 effort 和 timeline; 另外, 如果 finance 可以接受先用 CSV 附加列的方式, 那部分不用改 job, 下周就能给到, 不额外收费.

两种都可以, 你们选.

Derek""",
    quote="""Derek, 这个 report 加几个字段而已, 为什么要走 change request? 你们是不是就想多收钱?

嘉文""",
    quote_from="郭嘉文 <guo.jiawen@client-b.example.com>",
    quote_style="gt",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: internal self-criticism with 难道 aimed at our own testing, plus a plan to explain to the client face to face",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["韩栋 <han.dong@ourteam.example.com>", "陈思琪 <chen.siqi@ourteam.example.com>"],
    cc=[],
    subject="关于C行发现的利息计算错误",
    body="""各位：

C行昨天发现的利息计算错误，我看了一下，是闰年2月29日没有计息，我们的测试用例里确实没覆盖这个日期。

说句重话：难道每次都要让客户替我们发现问题吗？这次钱老师在邮件里很客气，但我们自己心里要有数。

今天下午四点复盘，三件事：补日期边界类用例；排查其他计息场景有没有类似漏洞；明天上午我去跟钱老师当面说明原因和修复时间。

明远""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: internal task split with the client deliberately in Cc, calling the client's criticism fair",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["韩栋 <han.dong@ourteam.example.com>"],
    cc=["何振华 <he.zhenhua@client-a.example.cn>"],
    subject="理赔时效优化：内部分工（抄送何总）",
    body="""韩栋：

抄送何总，方便他了解我们内部的安排。

何总上周提到，小额理赔从报案到赔付平均要3.5天，客户体验不好。这个意见很中肯，我们内部定了以下分工：
1. 你负责把影像识别的人工复核比例从40%降到15%，下周五前出方案；
2. 我负责跟理赔部确认自动核赔的金额上限，目前建议5000元；
3. 每周一把时效数据同步给何总。

何总如果对分工或目标有意见，直接回复就行。

周明远""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: internal forward of the client's harsh criticism ('your team clearly doesn't understand') with 'she has a point' and a fix",
    sender="Grace Lin <grace.lin@ourteam.example.com>",
    to=["Kevin Wu <kevin.wu@ourteam.example.com>"],
    cc=[],
    subject="Fw: Split payouts - again",
    body="""Kevin,

Forwarding Nadia's note. It stings a bit, but she has a point: we've asked her team the same question about split payouts three times, which means we never wrote the answer down properly.

Can you put together a one-page summary of how their split-payout model works (funds flow, who is merchant of record, when each party gets paid) and send it to me by Wednesday? I'll review it with Nadia on Thursday so she can correct anything we've still got wrong, and then it goes in the project wiki.

Thanks,
Grace""",
    quote="""Grace,

Frankly, your team clearly doesn't understand how marketplace split payouts work. We keep explaining the same thing over and over.

Nadia""",
    quote_from="Nadia Rahman <nadia.rahman@client-b.example.com>",
    quote_style="gt",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: compliance-based firmness stated fairly (PCI DSS forbids plain PAN storage), concrete alternative, offer of a joint review with dates",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["钱伟 <qian.wei@bank-c.example.cn>"],
    cc=["吴敏 <wu.min@bank-c.example.cn>"],
    subject="Re: 交易日志记录完整卡号",
    body="""钱老师好：

完整卡号和有效期写进交易日志，这个确实没法按原样做：PCI DSS 要求主账号不得明文存储，有效期也要按敏感数据保护，这是卡组织的硬性要求，不是我们想拒绝。

为了不影响排查问题，我们建议这样替代：
1. 日志里保留卡号前6后4位和对应的 token；
2. 需要完整卡号时，通过 token 查询服务反查，每次查询留痕，权限由贵行安全部审批；
3. 排查常用的几类问题，我们在运维台加一个按 token 检索的页面，下周五前上线。

如果贵行仍希望再讨论，我可以约上贵行合规部和我们的安全顾问一起评审，下周二或周三下午都可以。

周明远""",
    quote="""周经理，为了方便排查问题，请在交易日志里记录完整卡号和有效期。这有什么难的？

钱伟""",
    quote_from="钱伟 <qian.wei@bank-c.example.cn>",
    quote_style="gt_zh",
    trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: regulator deadline discussed honestly with two dated options, a personal preference, and the choice left to the client; vendor-switch threat only in the quote",
    sender="陈思琪 <chen.siqi@ourteam.example.com>",
    to=["郭嘉文 <guo.jiawen@client-b.example.com>"],
    cc=[],
    subject="Re: 监管报送 deadline 的两个方案",
    body="""嘉文,

9/30 的 deadline 是硬的, 我不想给你一个"没问题"然后 9/29 才发现有问题, 所以把 trade-off 摊开说:

Option 1: 9/30 前交付监管要求的 5 张核心报表, 剩下 3 张内部管理报表 10/20 交付. 风险低, 我们有把握.
Option 2: 8 张报表全部 9/30 交付. 需要你们 9/1 前给到完整的 sample data, 我们加两个人; 可行, 但 buffer 只有 5 天.

我个人倾向 Option 1, 但哪个更适合你们内部, 你们最清楚. 选定后我当天更新 plan. 需要的话, 我也可以直接跟你们 compliance 开个会解释 timeline.

思琪""",
    quote="""思琪, 监管 deadline 是 9/30, 你们能不能保证? 不能的话我们要考虑换 vendor 了.

嘉文""",
    quote_from="郭嘉文 <guo.jiawen@client-b.example.com>",
    quote_style="outlook",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: '按我们的经验' recommendation on DR architecture, acknowledges the other option is reasonable, decision explicitly the bank's",
    sender="赵一鸣 <zhao.yiming@ourteam.example.com>",
    to=["张建国 <zhang.jianguo@bank-c.example.cn>"],
    cc=[],
    subject="容灾方案对比",
    body="""张处您好：

容灾方案的对比材料已附上，简单说一下我们的看法。

按我们的经验，以贵行目前的交易量，同城双活有些超前，“主备加异地灾备”更经济，RTO 30分钟、RPO 接近零，能满足监管对重要系统的要求。不过如果贵行考虑未来三年的业务增长，或者希望一步到位，双活也完全合理，只是一次性投入会高出约40%。

两种方案的成本、RTO/RPO 和实施周期都在附件第3页。决定权在贵行，您定下来之后我们按选定的方案出详细设计。

赵一鸣""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: '请相信我们的团队' as reassurance with an explicit invitation to raise concerns and stop the cutover; client's worry only in the quote",
    sender="周明远 <zhou.mingyuan@ourteam.example.com>",
    to=["何振华 <he.zhenhua@client-a.example.cn>"],
    cc=[],
    subject="Re: 下周六系统切换",
    body="""何总：

切换在即，知道您和理赔部压力都很大。

周六晚上切换，我们12个人全员在现场值守，回退预案已经和贵司一起演练过两次，最近一次回退用时22分钟。请相信我们的团队；同时您有任何顾虑都可以随时提，哪怕是切换前一小时，只要您觉得不放心，我们都愿意停下来先评估。

周五下午我再带团队跟您过一遍切换清单。

周明远""",
    quote="""周经理，下周六切换，我心里实在没底，万一出问题，理赔就全停了。

何振华""",
    quote_from="何振华 <he.zhenhua@client-a.example.cn>",
    quote_style="gt_zh",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: '几乎不可能' used in praise of a joint success, thanks the client's teams",
    sender="赵一鸣 <zhao.yiming@ourteam.example.com>",
    to=["张建国 <zhang.jianguo@bank-c.example.cn>"],
    cc=["钱伟 <qian.wei@bank-c.example.cn>", "刘芳 <liu.fang@bank-c.example.cn>"],
    subject="感谢：清算系统切换顺利完成",
    body="""张处、钱老师、刘处：

说实话，项目启动时要在4小时窗口内完成清算切换，我心里觉得几乎不可能。结果贵行运营、科技、风控和我们一起，3小时10分就完成了，今天早上首批清算文件也一次对平。

特别感谢钱老师凌晨三点还在逐笔核对余额，也感谢刘处提前一周把风控规则的回归结果确认下来，给切换省了很多时间。

稳定期两周，我们每天早上九点发运行日报。

赵一鸣""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: 'I'm not saying no' + two open questions, a dated feasibility reply, and an interim same-day payout offer",
    sender="Derek Zhou <derek.zhou@ourteam.example.com>",
    to=["郭嘉文 <guo.jiawen@client-b.example.com>"],
    cc=[],
    subject="Re: real-time payout",
    body="""嘉文,

I'm not saying no. Real-time payout 技术上可以做, 但牵涉到 funding account 的 liquidity 和你们 bank partner 的 API limit, 需要先确认两件事:
1. bank partner 是否支持 instant transfer, 每天上限多少;
2. finance 能不能接受 pre-funding.

我这周跟 bank partner 开会确认, 下周二前给你一个 feasibility + timeline. 如果下个月实在赶不上, 可以先给 top 20 merchants 开 same-day payout, 这个现在就能做.

Derek""",
    quote="""Derek, 能不能把 payout 频率从 T+1 改成 real-time? 下个月 merchant 就要, 很急.

嘉文""",
    quote_from="郭嘉文 <guo.jiawen@client-b.example.com>",
    quote_style="gt",
    trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: meeting recap where the out-of-scope item has a CR number, review date and a documented workaround (contrast to the bare 'out of scope, 不做' recap)",
    sender="陈思琪 <chen.siqi@ourteam.example.com>",
    to=["郭嘉文 <guo.jiawen@client-b.example.com>"],
    cc=["Sarah Koh <sarah.koh@client-b.example.com>", "韩栋 <han.dong@ourteam.example.com>"],
    subject="Meeting recap 5/23 - 跨境收单项目周会",
    body="""Hi all,

今天周会 recap:

1. UAT: 已开始, 目前 pass rate 87%, 剩余 case 周五前跑完;
2. 性能测试: 800 TPS 下 p95 420ms, 达标, 报告已发;
3. 批量退款 API: 这期先不做, 已记为 CR-112, 6/10 change board 评估后给答复; 过渡期可以用 merchant portal 的 CSV 批量上传 (单次上限 5000 笔), 操作文档今天发给嘉文;
4. 商户入网审核流程图 v0.4: Sarah 那边 comments 周一前给;
5. 下次周会: 5/30 3pm.

有遗漏请 reply all 补充, thanks!

思琪""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: sarcastic client '呵呵' only in the quote; PM apologises for lateness and delivers the report with a retest date",
    sender="孙悦 <sun.yue@ourteam.example.com>",
    to=["黄志强 <huang.zhiqiang@client-a.example.cn>"],
    cc=[],
    subject="Re: 性能测试报告",
    body="""黄经理：

抱歉，报告确实晚了两天，是我的问题，没有提前告诉您会延迟。

性能测试报告已附在邮件里。结论：峰值1200笔/秒下，核保接口 p95 响应时间380毫秒，满足500毫秒的目标；报价接口在1000笔/秒以上出现超时，已定位为缓存配置问题，下周二复测，结果当天发您。

以后有延迟我会提前一天告知。

孙悦""",
    quote="""呵呵，说好的周三给报告，今天都周五了。你们的承诺是不是都这样？

黄志强""",
    quote_from="黄志强 <huang.zhiqiang@client-a.example.cn>",
    quote_style="outlook_zh",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: 踩坑 / 奇葩 describe test scenarios, not people; advice explicitly defers to the client's rules",
    sender="孙悦 <sun.yue@ourteam.example.com>",
    to=["刘婷 <liu.ting@client-a.example.cn>"],
    cc=[],
    subject="理赔规则配置：几个常见的坑",
    body="""刘经理您好：

下周开始理赔规则配置，先把我们在其他项目上踩过的几个坑分享给您，供贵司业务同事配置时参考：

1. 免赔额按“年度累计”还是“单次”，一定要在规则里写清楚，我们见过因为默认值不同导致整批赔款算错的情况；
2. 医保结算后的自付金额，部分医院的票据字段不统一，建议先用贵司近三个月的票据抽样验证；
3. 一些比较奇葩的场景，比如同一天两次住院、跨年住院，最好提前准备测试案例。

这些只是经验，具体怎么配置还是以贵司理赔部的规则为准。

孙悦""",
    quote=None, quote_from=None,
    trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: 'above what I can approve on my own' escalated to the finance director with a reply date, plus the contractual SLA credit applied anyway",
    sender="Grace Lin <grace.lin@ourteam.example.com>",
    to=["Mark Ellis <mark.ellis@client-b.example.com>"],
    cc=["Helen Yu <helen.yu@ourteam.example.com>"],
    subject="Re: Service credit after the outage",
    body="""Hi Mark,

That's a reasonable ask after last week, and I don't want to give you a half-answer.

A credit of that size is above what I can approve on my own, so I've passed your request, together with the outage timeline and the SLA figures, to our finance director, Helen Yu (copied). She'll reply to you directly by Tuesday with what we can do.

Separately, the SLA credit you're already entitled to under the contract (10% for availability below 99.5%) will be applied to this month's invoice regardless; you don't need to do anything for that.

Best,
Grace""",
    quote="""Grace,

After this outage, a 30% credit on this month's invoice is the minimum. Don't give me the runaround.

Mark""",
    quote_from="Mark Ellis <mark.ellis@client-b.example.com>",
    quote_style="outlook",
    trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: '当我们是傻子' and a contract-penalty threat only in the quote; calm root cause, fix, verification plan and a meeting request",
    sender="赵一鸣 <zhao.yiming@ourteam.example.com>",
    to=["张建国 <zhang.jianguo@bank-c.example.cn>"],
    cc=["钱伟 <qian.wei@bank-c.example.cn>"],
    subject="Re: 对账差错第三次复发",
    body="""张处您好：

您的不满我完全理解，同一个对账差错三次没修好，换了谁都会生气。

我们重新梳理了一遍：前两次修的是表象（单边账的标记逻辑），根因是贵行核心与我方平台的日切时间差了5分钟，23:55–24:00 的交易会被两边算到不同日期。这次改为以贵行核心日期为准，已在测试环境用过去30天的数据回放验证，差错为零。

计划本周四晚上线，周五早上我和钱老师一起核对第一天的对账结果。合同条款方面，我们尊重贵行的权利，也希望能当面向您汇报一次，您看周五下午是否方便？

赵一鸣""",
    quote="""赵经理：

同样的问题你们修了三次还是没好，你们是不是当我们是傻子？再这样下去我们就要按合同扣款了！

张建国""",
    quote_from="张建国 <zhang.jianguo@bank-c.example.cn>",
    quote_style="outlook_zh",
    trad=False,
),
]
