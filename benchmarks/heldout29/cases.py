"""heldout29: blind TEST set of PM email drafts (government procurement, public-sector IT, Macau client).

Written by an independent helper from the labelling guide (shared/drafts/README.md) and the seed
article only. Test set: never train or tune on it. Order is shuffled with random.Random(2929).
"""

import random

# ---- people -------------------------------------------------------------------------------------
# our team (PMs and colleagues)
ZHOU = "周启明 <zhou.qiming@ourteam.example.com>"       # senior PM, formal
LIN = "林晓 <lin.xiao@ourteam.example.com>"             # junior PM, anxious
ZHENG = "郑国栋 <zheng.guodong@ourteam.example.com>"    # veteran PM, blunt
SONG = "宋雨桐 <song.yutong@ourteam.example.com>"       # mid PM, chirpy
KEVIN = "Kevin Tan <kevin.tan@ourteam.example.com>"     # English-speaking PM
HO = "何嘉怡 <ho.kayi@ourteam.example.com>"             # Macau accounts PM, writes traditional
ZHAO = "赵磊 <zhao.lei@ourteam.example.com>"            # mid PM, sarcastic
DENG = "邓超然 <deng.chaoran@ourteam.example.com>"      # delivery director
RACHEL = "Rachel Wu <rachel.wu@ourteam.example.com>"    # English-speaking PM
XU = "许婧 <xu.jing@ourteam.example.com>"               # PMO lead
GU = "顾晨 <gu.chen@ourteam.example.com>"               # mid PM, code-switches
OWEN = "Owen Li <owen.li@ourteam.example.com>"          # senior PM, bank accounts
MAX = "马骁 <ma.xiao@ourteam.example.com>"              # dev lead
TANG = "唐果 <tang.guo@ourteam.example.com>"            # tester
WEI = "韦一帆 <wei.yifan@ourteam.example.com>"          # architect
QIAN = "钱多多 <qian.duoduo@ourteam.example.com>"       # finance
ARJUN = "Arjun Mehta <arjun.mehta@ourteam.example.com>"
LOU = "盧嘉豪 <lou.kahou@ourteam.example.com>"          # Macau local developer
GONG = "龚伟 <gong.wei@ourteam.example.com>"            # sales VP

# client A: city government (tax bureau IT centre, intermediate court, social security centre,
# government procurement centre, big-data bureau)
LIU = "刘建华 <liu.jianhua@client-a.example.cn>"        # tax bureau IT centre, division head
SUN = "孙倩 <sun.qian@client-a.example.cn>"             # tax bureau liaison
FENG = "冯志远 <feng.zhiyuan@client-a.example.cn>"      # court IT division head
HUANG = "黄思琪 <huang.siqi@client-a.example.cn>"       # court business representative
JIANG = "蒋文 <jiang.wen@client-a.example.cn>"          # social security centre, section chief
HAN = "韩立 <han.li@client-a.example.cn>"               # government procurement centre
QIN = "秦红 <qin.hong@client-a.example.cn>"             # big-data bureau director
# client B: a Macau public body
LEUNG = "梁嘉欣 <leung.kayan@client-b.example.com>"     # IT division head
AU = "區志強 <au.chikeung@client-b.example.com>"        # technical lead
JOSE = "José Ferreira <jose.ferreira@client-b.example.com>"
SANDY = "Sandy Lao <sandy.lao@client-b.example.com>"
HELEN = "Helen Marsh <helen.marsh@client-b.example.com>"  # PMO consultant
# bank C: social security card / pension disbursement / tax payment gateway
WU = "吴德胜 <wu.desheng@bank-c.example.cn>"
SU = "苏婷 <su.ting@bank-c.example.cn>"
DANIEL = "Daniel Ko <daniel.ko@bank-c.example.cn>"


_CASES = []


def case(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    if kw["quote"] is None:
        kw.pop("quote_from", None)
    _CASES.append(kw)


# =================================================================================================
# POSITIVES
# =================================================================================================

# ---- argue --------------------------------------------------------------------------------------
case(
    expect=["argue"], lang="zh",
    why="lectures the tax liaison: cites manual/courseware/training, tells her team to study the manual, blames user error",
    sender=ZHAO, to=[SUN], cc=[LIU],
    subject="Re: 数电票对接测试又失败了",
    body="""孙倩同志:

截图看了。报错信息是"纳税人识别号格式校验未通过",您输入的税号是17位。

操作手册第3.2节、培训课件第11页、上周四培训现场我本人口头强调——三个地方都写着税号是18位。一场培训、一本手册、一份课件,加起来还防不住一个少输的数字,我确实没招了。

建议贵中心在明天汇报之前,先组织参加测试的同志把手册从头到尾过一遍,免得再把自己的输入错误记到我们系统头上。系统本身没有问题,这一点也请您向刘处如实汇报。

赵磊""",
    quote="""赵经理:

今天下午我们按你们给的步骤测试数电票开具,还是报错,截图见附件。麻烦尽快看一下,处里明天要听汇报。

孙倩""",
    quote_from=SUN,
)

case(
    expect=["argue"], lang="zh",
    why="rhetorical questions and 'twenty years in the trade' sarcasm blaming the court IT head for the delay; '下不为例'",
    sender=ZHENG, to=[FENG],
    subject="关于电子卷宗联调延期的说明",
    body="""冯处长:

您在周一的协调会上说联调推迟是我方的原因,我借这封邮件把时间线摆一摆。

联调时间是谁定的?10月9日的会议纪要上写的是"由院方技术处确定"。接口文档是谁迟交的?我们10月12日发出索要函,贵处11月3日才回。测试库是谁没开通?到今天为止,我们的账号还是"申请中"。

我干这行二十年了,头一回见到自己把门锁上、再怪别人进不来的。您要是觉得这份时间线有哪一条不对,欢迎指出来,我逐条给您找签字页。

下不为例。

郑国栋
交付部""",
)

case(
    expect=["argue"], lang="en",
    why="condescending 'I'll go slowly', blames the bank's extract, tells them to stop opening tickets",
    sender=RACHEL, to=[DANIEL],
    subject="Pension file rejects - one more time",
    body="""Daniel,

Let me walk through this one more time, and I'll go slowly so nothing gets lost.

The 2,314 rejected records in last night's pension disbursement run were rejected because your upstream extract put the account number in the field reserved for the ID card number. Not our parser. Not our mapping. Your extract. I sent the field-by-field comparison on the 4th, again on the 9th, and walked your team through it on a call where, I'm told, every camera was off and nobody asked a single question.

I'm not going to keep re-explaining how a fixed-width file works. Fix the extract, rerun it, and stop opening P1 tickets against us for a defect that lives in your own building.

Rachel""",
)

case(
    expect=["argue"], lang="mixed",
    why="code-switched blame of the client's network team, 'we are not your scapegoat', 'I've had enough of this pattern'",
    sender=SONG, to=[SANDY],
    subject="Re: 线上预约系统 downtime",
    body="""Sandy,

Incident report 今天会给,不过有些话我先讲清楚。

9:08 你们 network team 改了 firewall rule,没有 change ticket,没有通知任何人,我们的 health check 直接被 block 掉,log 里写得清清楚楚。然后 9:30 你的 director 在 group chat 里问"供应商在干什么"——说实话,这个问题应该拿去问你们自己的 network team。

Please,下次出事之前先查一下自己那边改了什么,再来 escalate。We are not your scapegoat. 每次都让我们先背锅、再慢慢自证清白,这个 pattern 我已经受够了。

Report 下午 5 点前发。

Yutong""",
    quote="""Hi Yutong,

The booking system was down from 9:10 to 9:55 this morning. My director is asking for an incident report. Can you send it by today?

Thanks,
Sandy""",
    quote_from=SANDY,
)

case(
    expect=["argue"], lang="zh", trad=True,
    why="traditional Chinese, Macau tech lead: 'we are not quiz contestants', threatens to forward to his boss, pins blame on him",
    sender=HO, to=[AU],
    subject="回覆:報表格式再次修改",
    body="""區先生:

來函收悉。

恕我直言,閣下十月二十八日要求報表日期欄改為「日/月/年」,十一月四日要求改回「年-月-日」,今日又要求改為「日/月/年」。三封郵件都在我手上,有需要的話,我可以全部轉給您的上司過目。

我們是開發團隊,不是猜謎節目的參賽者。貴部門內部究竟由誰拍板,請先自己統一好,再來通知我們。否則每改一次,責任都不應算在我們頭上,上星期那次延誤也一樣。

何嘉怡""",
)

case(
    expect=["argue"], lang="zh",
    why="junior PM snaps at the social-security section chief: '糊涂账', '替你们擦屁股', dictates how to report",
    sender=LIN, to=[JIANG],
    subject="Re: 养老待遇核算结果有误差",
    body="""蒋科长:

原因查到了,不在我们。

这312人里,有297人的视同缴费年限在老系统里是手工改过的,改的时候没留任何记录;剩下15人的身份证号在你们给的底数里重复登记了两次。说句不好听的,你们的底数本身就是一笔糊涂账,拿一笔糊涂账来核对新系统,核不上才是正常的。

过去两周我们组三个人天天加班替你们擦屁股清数据,这本来就不是合同里的活。汇报的时候麻烦讲清楚问题出在哪一边,别又写成"新系统核算存在误差"。

林晓""",
    quote="""林经理:

第二轮试算里有312个人的养老金跟老系统对不上,差额从几分钱到几百块不等。请你们尽快查原因,下周要给局领导汇报。

蒋文""",
    quote_from=JIANG,
)

case(
    expect=["argue"], lang="en",
    why="'you initialled that page', 'I'd encourage you to reread it', 'since it seems to be necessary' - lecturing the client PMO",
    sender=KEVIN, to=[HELEN],
    subject="Re: e-services portal - accessibility findings",
    body="""Helen,

How this happened is documented in the requirements baseline your office approved on 3 June. Section 9 reads "WCAG 2.0 A; AA to be assessed in Phase 2". You initialled that page. I'd encourage you to reread it before the steering committee, because "we expected AA from day one" is not what the document you signed says.

I'll also point out, since it seems to be necessary, that 29 of the 41 findings are on content pages your own communications team uploaded after handover. We don't write your press releases and we can't be held responsible for their alt text.

I'm happy to discuss Phase 2 scope. I'm not happy to be told we dropped the ball on something you explicitly deferred.

Kevin""",
    quote="""Kevin,

The accessibility audit flagged 41 issues on the e-services portal. We expected WCAG 2.1 AA compliance from day one. Please advise how this happened.

Helen""",
    quote_from=HELEN,
)

# ---- refusal ------------------------------------------------------------------------------------
case(
    expect=["refusal"], lang="zh",
    why="bureaucratic reply letter: out of contract, '不作承接,亦不另行组织评估' - no buffer, no alternative",
    sender=ZHOU, to=[LIU], cc=[SUN],
    subject="关于增加发票风险画像功能的复函",
    body="""刘处长:

贵中心11月5日来函收悉。

来函所提"在数电票管理平台中增加纳税人发票风险画像功能"一事,不属于本项目采购合同及技术规范书约定的建设内容。我司对此事项不作承接,亦不另行组织评估。

以上,请知悉。

周启明
项目经理""",
)

case(
    expect=["refusal"], lang="zh",
    why="flat no wrapped in a friendly thank-you mail: '这个咱们就先别惦记了哈…以后估计也够呛', no buffer or alternative",
    sender=SONG, to=[HUANG],
    subject="谢谢橘子!顺便说下录像那个事",
    body="""思琪姐好呀~

上周你们送过来的那箱橘子太甜了,我们组一天就分光了,小唐说比他老家的还好吃,替大家谢谢你!

另外你上次说想把庭审录像直接推到新上线的那个"数字法庭"平台上,我问了一圈,这个咱们就先别惦记了哈,这个项目里是弄不成的,以后估计也够呛,你那边就先别跟领导提了~

下周的培训我已经订好大会议室啦,投影仪也让行政检查过了。有啥事随时喊我!

雨桐""",
)

case(
    expect=["refusal"], lang="zh",
    why="refusal slipped into a meeting recap: item 3 '乙方答复不做…不再讨论' amid routine items",
    sender=XU, to=[JIANG], cc=[LIN, MAX],
    subject="11月10日周例会纪要",
    body="""各位好,

11月10日周例会纪要如下,如有出入请在周三前回复。

一、第三批参保数据迁移:已完成清洗,11月14日晚切换,社保中心安排2名业务人员值守。
二、待遇核算试算:差异清单已发,社保中心于11月13日前反馈核对结果。
三、社保中心提出的"跨省转移接续线上一网通办":乙方答复不做,本项目及后续维保均不包含此项,不再讨论。
四、等保三级测评:测评机构11月20日进场,乙方准备材料清单。
五、下次例会:11月17日上午10点,社保中心三楼会议室。

许婧
PMO""",
)

case(
    expect=["refusal"], lang="en",
    why="'that's off the table' for the card bureau's new file format, nothing offered",
    sender=KEVIN, to=[DANIEL],
    subject="Re: new format for the social security card issuance file",
    body="""Daniel,

Short answer: that's off the table.

Our issuance module writes one format, the pipe-delimited one we agreed at design, and that's what it will keep writing. Whatever schema the card bureau comes up with next is for them to handle on their side.

Cheers,
Kevin""",
    quote="""Kevin,

Our card bureau wants the issuance file in their new XML schema from December. Can your system produce it?

Daniel""",
    quote_from=DANIEL,
)

case(
    expect=["refusal"], lang="mixed",
    why="code-switched flat no: '没得做', 'scope frozen…不会再 open', not before or after New Year",
    sender=ZHAO, to=[SANDY],
    subject="Re: 葡文版界面",
    body="""Hi Sandy,

葡文版 interface 这个,honestly 没得做。Scope 九月就 frozen 了,我们不会再 open。Lunar New Year 之前不会有,之后也不在 plan 里。

麻烦你跟 Secretary's office 那边回复一下。Thanks!

赵磊""",
    quote="""Hi,

Our Secretary's office asked whether the citizen portal can have a full Portuguese interface before Lunar New Year. Is that doable?

Sandy""",
    quote_from=SANDY,
)

case(
    expect=["refusal"], lang="zh",
    why="two-line flat refusal of an SMS reminder for e-service of court documents",
    sender=ZHENG, to=[HUANG],
    subject="Re: 电子送达能否加短信提醒",
    body="""黄法官:

这个不加。电子送达按现有流程走就行。

郑国栋""",
    quote="""郑经理您好,

立案庭的同事希望电子送达成功后再给当事人发一条短信提醒,这样当事人不容易漏看。不知道系统能不能加?谢谢!

黄思琪""",
    quote_from=HUANG,
)

# ---- persuade -----------------------------------------------------------------------------------
case(
    expect=["persuade"], lang="zh",
    why="pressure via provincial authority and the client's career: '对您个人都不是好事', '本地部署那条路,就别再往上报了'",
    sender=DENG, to=[LIU],
    subject="数据中台部署方式",
    body="""刘处长您好:

关于部署方式,我再明确一下我们的意见。

云上部署这个方案,上个月省局信息中心王主任来调研时我们专门汇报过,他当场表示"方向是对的"。全省已经有六个地市按这个路子走了,您这边如果还坚持本地机房,一来采购流程要重走,二来将来省局统一考核的时候,咱们就成了那个"例外"。

我跟您交个底:这件事再拖下去,对贵局、对您个人都不是好事。建议您本周内就在方案确认单上签字,我们下周一进场。本地部署那条路,就别再往上报了。

邓超然
交付总监""",
)

case(
    expect=["persuade"], lang="zh",
    why="cost/deadline pressure, '劝您打消这个念头', '只有一条路能走得通', tells client to align the bureau behind our product",
    sender=ZHOU, to=[JIANG],
    subject="关于核算引擎自研还是采购成品",
    body="""蒋科长:

您上周提出核算引擎由社保中心自己的信息科来开发,我们认真考虑过,还是劝您打消这个念头。

算笔账:自研至少要追加一百八十万,财政评审中心那一关今年基本过不去;就算批了,工期也要再加五个月。省里要求明年6月前全市上线,到时候卡在咱们这儿,问起来谁扛?

用我们的成品引擎,钱不用追加,时间也赶得上。说实话,这已经不是选哪个更好的问题,是只有一条路能走得通。请您这周跟局里统一一下口径,按成品方案推进,别让这个讨论再拖下去了。

周启明""",
)

case(
    expect=["persuade"], lang="en",
    why="deadline pressure, 'isn't a serious contender', 'let's put Option A to bed' - pushes client off their option",
    sender=RACHEL, to=[HELEN],
    subject="Option B - need your sign-off by Friday",
    body="""Hi Helen,

Following Tuesday's steering meeting, I want to be direct about where we are.

Option A (rebuilding the case-search index from scratch) sounds attractive on paper, but it isn't a serious contender. It costs more, it takes longer, and frankly it solves a problem you don't have. Option B is what we've delivered for three other agencies and it works.

If we don't have your signature on Option B by Friday, the December migration slot goes to another client and the next one is in April. I don't think anyone on your side wants to explain a four-month slip to the Secretary. Let's put Option A to bed and move on.

Best,
Rachel""",
)

case(
    expect=["persuade"], lang="mixed",
    why="'别再纠结 real-time 了', already building T+1 as a fait accompli, 'trust me… 你们 later 会感谢我的'",
    sender=GU, to=[SU],
    subject="对账频率 T+1 vs real-time",
    body="""苏经理,

我理解你们想要 real-time 对账,但说实话 T+1 就是行业 standard,各家银行的社保代发都是这么跑的。你们 insist 实时的话,整个 go-live 一定会被拖垮,到时候 audit 那边问起来也不好看。

所以我的建议很简单:别再纠结 real-time 了,就 T+1。团队这周已经按 T+1 在开发了,下周 demo 给你们看。Trust me on this one,你们 later 会感谢我的。

顾晨""",
)

case(
    expect=["persuade"], lang="zh",
    why="asks the court IT head to give up his DB preference, '放心交给我们,按我们的选型来', proceeds regardless",
    sender=LIN, to=[FENG],
    subject="Re: 数据库选型的意见",
    body="""冯处长:

收到您的意见。不过这件事还是请您再考虑一下,最好是把这个想法放下。

现在法院系统信创改造是硬指标,明年省高院检查,国外数据库一查一个准。我们在全省已经做了十一家法院,全部是国产库,没出过一次大问题。运维人员不熟悉没关系,我们包培训。

您就放心交给我们,按我们的选型来,别在这上面再花时间了。我这边下周就按国产库出详细设计。

林晓""",
    quote="""林经理:

我们处里讨论后,还是倾向于数据库用国外那款,理由是院里另外两个系统也用它,运维人员熟悉。请你们评估一下。

冯志远""",
    quote_from=FENG,
)

case(
    expect=["persuade"], lang="zh",
    why="pressures the procurement centre to drop its fairness concern and post our version of the tender spec, '这事就这么定了吧'",
    sender=ZHENG, to=[HAN],
    subject="法院智慧审判平台招标参数修改建议",
    body="""韩经理:

招标参数我们又过了一遍,第27条"支持异地多活部署"建议直接删掉。您上次说想保留这条以示公平,我理解,但这条留着没有任何意义,只会让报价虚高,还招来一堆不相干的厂商来搅局。

您就按我们给的这版挂网,那几家厂商的意见不用理。院里的预算批下来不容易,真要流标了,重新走一遍程序,明年春天都开不了工,这个责任谁也担不起。

这事就这么定了吧,周四前挂网。

郑国栋""",
)

case(
    expect=["persuade"], lang="en",
    why="'let this one go', calls the client's HSM preference a comfort choice, 'we'll proceed on ours… consider this closed'",
    sender=OWEN, to=[DANIEL],
    subject="Re: HSM vendor for the tax-payment gateway",
    body="""Daniel,

I hear you, but I'd really ask your security team to let this one go. We've integrated our HSM at eleven banks for tax-payment gateways and every one of them went live on time. Sticking with the other vendor because it already sits in the card centre is a comfort choice, not an engineering one.

Switching would add six weeks and a re-certification with the tax bureau, and I won't be able to hold the February date. We'll proceed on ours. If there's an argument I haven't already answered, send it over by end of day; otherwise let's consider this closed.

Owen""",
    quote="""Owen,

Our security team would prefer the other HSM vendor, since we already run their boxes in the card centre. Can you accommodate?

Daniel""",
    quote_from=DANIEL,
)

# ---- ramble -------------------------------------------------------------------------------------
case(
    expect=["ramble"], lang="zh",
    why="~700 chars of weather, fishing, persimmons, piano exam, milk tea, kittens; the one ask (test account by Thursday) is buried",
    sender=SONG, to=[SUN],
    subject="周末随便聊聊 + 一点小事",
    body="""孙倩姐好呀:

好久没跟你好好聊聊了,这两天降温降得厉害,早上出门差点没认出自己呼出来的白气,还以为是谁在旁边抽烟呢。你们办公楼暖气来了没有?我们这边物业说要等到十五号,大家都裹着羽绒服敲键盘,马骁还从家里带了一个小电暖器,结果一插上整排插座跳闸,被行政追着念叨了一下午。

周末我带女儿去北郊水库钓鱼了,说是钓鱼,其实一条都没钓上来,倒是她在岸边捡了一兜子形状奇怪的石头,非说其中一块像小兔子,回家洗干净摆在书桌上了。我老公全程负责烤红薯,烤糊了两个,剩下一个三个人分着吃,居然特别香。你上次说你儿子也想学钓鱼,下次可以约着一起去呀,那边人少,空气也好,就是路有点颠。

对了,我妈从老家寄了一箱柿子过来,软得一碰就破,我挑了几个还算完整的,明天带给你尝尝。我们老家的柿子是挂在树上冻过一次霜的那种,特别甜,你要是喜欢,我让我妈明年多寄点。

女儿钢琴考级下个月也要考了,四级,每天晚上练琴练得鬼哭狼嚎,楼下邻居已经上来敲过一次门了,我只好把练琴时间改到七点前。你儿子上次说的那个编程班怎么样了?我也在犹豫要不要给她报一个,听说现在小学生都在学,我都怕她跟不上。

还有还有,公司楼下新开了一家奶茶店,招牌是桂花酒酿,我连喝了三天,胖了两斤,痛并快乐着。下次你来开会我请你喝。前两天我还在小区门口看到有人摆摊卖糖炒栗子,那香味隔着一条街都能闻到,我买了一斤边走边吃,到家就剩半袋了,女儿说我偷吃,我说是帮她试毒。

说起来我最近还迷上了做面包,买了台面包机,第一次做出来硬得像砖头,第二次好一点,女儿说可以当早饭了,我已经很满足了。

对了差点忘了,数电票接口那边,麻烦你周四之前把测试账号和密钥发我们一下哈。

上周我们组里有人养的猫生了一窝小猫,五只,黑白花的,特别可爱,正在找领养,你家要是有兴趣可以看看照片,我随时发你。我自己是很想要,可是我老公对猫毛过敏,只能眼馋了。

天冷多穿点,注意别感冒,这阵子流感挺厉害的。

雨桐""",
)

case(
    expect=["ramble"], lang="zh", trad=True,
    why="traditional Chinese to the Macau IT head: typhoon, Portuguese restaurant, Grand Prix traffic, swimming, house-hunting; the UAT-date ask is one line",
    sender=HO, to=[LEUNG],
    subject="近況閒聊",
    body="""梁處長:

您好!上星期颱風過後,不知道府上一切安好嗎?我們住在離島的同事說,那晚風大得連窗框都在響,第二天早上樓下的大樹倒了兩棵,整條街的落葉掃了一整天。幸好八號風球只掛了半天,不然大家又要在家裡吃兩天即食麵了。

說起吃,上週末我終於去了您之前推薦的那間葡國餐廳,在路環那邊,坐在門口看海,點了馬介休球、非洲雞和木糠布甸,果然名不虛傳。老闆還送了我們兩個剛出爐的葡撻,外皮酥得一咬就掉渣,我女兒吃得滿臉都是,回家還吵著下個星期再去。

這幾天大賽車的準備工作一開始,新馬路一帶的交通就亂了起來,我每天上班要多繞二十分鐘,巴士也經常改線。不過看到賽道旁邊的看台一點點搭起來,還是挺有氣氛的,我先生已經在研究要買哪一天的門票,說今年一定要帶女兒去現場聽一聽引擎聲。

另外,UAT 的時間表麻煩您在下星期一之前確認一下。

對了,我女兒最近在學游泳,每個星期六早上在塔石那邊的泳池上課,教練說她換氣還不太好,但膽子很大,第一天就敢跳水了。她說長大以後要參加運動會,我聽了只是笑笑,能堅持到明年夏天我就很滿足了。

我們家最近也在考慮搬家,現在的房子離學校有點遠,每天早上送她上學都像打仗一樣。看了幾個單位,有一個在望廈附近,採光很好,就是價錢有點高,還在猶豫。您之前好像說過您住在那一帶,不知道周邊環境怎麼樣?方便的話下次見面再向您請教。

前幾天我還報名了一個粵曲興趣班,每個星期三晚上在社區中心上課,老師是一位七十多歲的老伯,唱起《帝女花》來中氣十足,我們一班學員在下面跟著哼,常常走音走到自己都笑出來。老伯說學粵曲最重要是開心,唱得好不好倒是其次,我聽了覺得很有道理,工作上的煩惱好像也少了一點。

天氣開始轉涼了,早晚溫差大,您也要多注意身體。改天有空一起飲茶!

何嘉怡""",
)

case(
    expect=["ramble"], lang="en",
    why="~470 words of half marathon, stairs, Lisbon tips, the cat, a maps podcast; the freeze-date request is one sentence",
    sender=KEVIN, to=[HELEN],
    subject="Catching up",
    body="""Hi Helen,

I hope you had a restful weekend. Mine was anything but, in the best possible way. I finally ran the half marathon I've been threatening to do for two years. It was the coastal route, and the organisers promised "a gentle breeze off the water", which turned out to mean a headwind strong enough to lean into for the entire second half. I finished in two hours and six minutes, nowhere near the time I'd boasted about to my colleagues, but I did beat a man dressed as a giant banana, so I'm counting it as a win.

The recovery has been humbling. Stairs are my enemy. Our office lift was out of service on Monday and I took the four flights up to our floor at roughly the pace of a tired tortoise. Arjun timed me and has been sharing the number with anyone who will listen.

On a calmer note, my partner and I are planning a trip to Lisbon in the spring. You mentioned last month that you'd spent a summer there as a student, so I'd love any tips you have. We're thinking of staying in Alfama, but I've read that the hills are brutal, which, given my current relationship with stairs, might be a problem. Is the tram worth it or is it mostly tourists? And is there a pastry shop that does a better custard tart than the famous one by the monastery? Friends insist there is, but nobody can agree on which.

Our cat, meanwhile, has discovered that the new bookshelf is climbable, and has taken to sleeping on the top shelf next to a row of travel guides, occasionally knocking one off at four in the morning. Last night it was the guide to Portugal, which I choose to interpret as a sign.

One quick thing while I think of it: could you please confirm the go-live freeze dates for the e-services portal by Thursday?

I've also started listening to a podcast about the history of maps, which sounds dull but is genuinely fascinating. There was an episode about islands that appeared on charts for centuries without ever existing, copied from one map to the next because nobody wanted to be the cartographer who removed them. I found that oddly reassuring, as I suspect our project plans occasionally contain the odd phantom island too.

Anyway, I won't keep you. I hope the office move went smoothly and that your team has recovered from all the packing. Let me know if you'd like the Lisbon list I've started; it's already far too long.

Best regards,
Kevin""",
)

case(
    expect=["ramble"], lang="zh",
    why="veteran PM reminisces (chess, canteen pork, renovation, apples, back pain) to the court IT head; server racking request buried",
    sender=ZHENG, to=[FENG],
    subject="好久不见,随便写几句",
    body="""冯处长:

好些天没见了,上周在院门口碰到老钱,他说您最近忙得连中午下象棋的工夫都没有了。老钱退休以后反倒闲不住,天天在小区里摆棋摊,说是杀遍整栋楼无敌手,非要约我周末去过两招。我那点水平您是知道的,当年在院里驻场的时候,中午跟您杀三盘输三盘,老钱在旁边看得直摇头。

说到驻场,我还挺怀念那会儿食堂的红烧肉,肥瘦相间,一块能顶半碗饭。听说现在食堂换了承包商,改成自助了,菜品多了,味道却不如以前,是不是真的?我们公司楼下的快餐吃了大半年,嘴里已经淡得没滋没味了。

你们那栋办公楼的外墙装修弄完了吗?上个月我去的时候脚手架还搭着,电梯也只开一部,每次等电梯都能等出一身汗。我还在楼梯间碰到立案庭的小周,抱着一摞卷宗上六楼,累得说话都喘。

对了,庭审语音转写的两台服务器已经到货,麻烦技术处这周安排一下上架。

我老家那边今年苹果丰收,我爸打电话说树枝都压弯了,卖不掉的只能做成果干,让我回去拉两箱。我打算月底开车回去一趟,顺便看看老房子,屋顶去年漏过一次雨,不知道修好了没有。要是拉回来的多,给您和处里几位同事也带点,都是没打农药的,就是个头不太齐整。

最近腰也不太好,医生说是坐久了,让我每天走一万步。我现在上下班都提前两站下地铁,走了一个多星期,腰没见好,腿倒是先酸了。您平时有什么锻炼的好法子,回头教教我。前阵子我还去旧货市场淘了一副老象棋,红木的,棋子上的字都磨得发亮,摊主说是他爷爷那辈传下来的,我也不知道真假,反正下起来手感是真好,就等着跟老钱过招的时候拿出来撑撑场面。前两天还翻出当年咱们一起去山里搞调研时拍的照片,那会儿您头发还黑着,我也还没这个肚子,一晃十来年了。

天冷了,您注意身体,改天约您喝茶,再杀两盘。

郑国栋""",
)

case(
    expect=["ramble"], lang="zh",
    why="director's chatty note to the bank: golf, pu'er tea, daughter in Manchester, gym, salon invite; file-format deadline buried",
    sender=DENG, to=[WU],
    subject="近来可好",
    body="""吴总好:

上周在球会碰到您,还没来得及好好聊就被人拉走了,挺遗憾的。那天风大,我第七洞一杆打进了水塘,后面几洞基本就是在散步,球友说我这是"给鱼喂球"。您那天发挥怎么样?听说您最近一直在练推杆,下次有机会跟您请教请教。

您上次送的那饼老班章,我一直舍不得喝,前两天家里来了个懂茶的朋友,才拆开泡了几道,朋友一喝就说这是好东西,回甘特别足。我现在每天早上到办公室先泡一壶,感觉整个人都精神了,秘书说我办公室现在比茶馆还香。

女儿九月份去英国读研了,在曼彻斯特,刚去的时候天天打电话说吃不惯,现在已经学会自己包饺子了,还在宿舍里请同学吃了一顿。照片发回来,饺子一个个歪瓜裂枣,她妈看了又心疼又好笑。那边天黑得早,下午四点就跟晚上一样,她说一开始很不习惯,现在倒觉得挺适合学习。

我最近也开始去健身房了,私教给我定了个计划,一周三次,每次一个钟头,第一周下来浑身酸痛,爬楼梯都费劲。教练说坚持三个月能减十斤,我半信半疑,先练着看。

前阵子我还去听了一场交响音乐会,朋友送的票,坐在第三排,指挥是位年轻的女士,动作特别有感染力。说实话我听不太懂,中途还差点睡着,被我爱人掐醒了,不过最后那首《命运》还是听得热血沸腾。家里那只老狗最近也上了年纪,走路慢吞吞的,每天早上我陪它在小区转一圈,它走几步就要停下来闻闻花草,我也就跟着放慢脚步,倒觉得心里静了不少。

另外,养老金代发文件的新格式,麻烦您这边在20号之前确认一下。

年底各家银行都忙,您也别太累着,身体要紧。听说您家老爷子上个月做了个小手术,现在恢复得怎么样?我认识一位老中医,调理术后身体很有一套,需要的话我帮您约。

过两周我们在城南办一个小型的金融科技沙龙,请了几位老朋友,您要是有空,欢迎过来坐坐,喝喝茶,聊聊天,不谈工作。

邓超然""",
)

case(
    expect=["ramble"], lang="mixed",
    why="code-switched chatter (K-drama, bubble tea, gym, cat, Macau trip, Cantonese app); the SSL certificate ask is one line",
    sender=GU, to=[SANDY],
    subject="最近 + 一件小事",
    body="""Hi Sandy,

最近怎么样?上次 meeting 完你推荐的那部韩剧我终于开始追了,一口气看了六集,凌晨两点还在哭,第二天上班眼睛肿得像核桃,被同事笑了一整天。男主在雨里等她的那个 scene 真的太好哭了,你看到第几集了?先说好,不准 spoil 我。

然后你说的那家 bubble tea 我也去了,就是议事亭前地旁边那家,黑糖珍珠真的 next level,不过排队排了四十分钟,我前面有个旅行团,一个人点了十杯。下次我要学你,早上一开门就去。

这个月我报了个 gym membership,教练超级 strict,第一节课就让我做了一百个 squat,现在每天下楼梯都要扶墙。我跟朋友说这叫 investment in myself,她说我这是 investment in 跌打药酒。

我们家猫最近迷上了 cardboard box,买什么回来它都先霸占箱子。昨天新买的 air fryer 到了,结果它在箱子里睡了一晚,我都不好意思把它赶出来,air fryer 到现在还没拆。

下个月想去澳门玩两天,你有没有推荐的 hidden gems?不想去太 touristy 的地方,想吃点 local 的东西,比如你说过的那种老街里的 noodle shop。Budget 有限,酒店最好在 Taipa 那边,离你们办公室也近,说不定还能约你喝个下午茶。

By the way,SSL cert 麻烦 Wed 之前 send 给我们。

还有,我最近在学 Cantonese,每天在 app 上练十分钟,可是声调真的好难。上次跟楼下茶餐厅老板说"唔该",他用普通话回我"不客气",我当场社死。我妈说我小时候学英语也是这样,先丢脸,后来就好了,希望她说得对。

周末我还打算去爬山,天气预报说会降温,我已经把压箱底的羽绒服翻出来了,结果发现拉链坏了,又得去修,生活真的处处是 surprise。

上周末我还跟朋友去了一个 flea market,淘到一台老式胶片相机,老板说还能用,我买了两卷胶卷,拍了一整天,结果洗出来一半是黑的,另一半是我的手指。朋友说这就是 vintage 的 charm,我只能信了。我妈还一直催我学做饭,说我整天点外卖迟早吃出毛病,我上周学了一道番茄炒蛋,盐放成了糖,居然还挺好吃。

Anyway,有空一起吃饭!

顾晨""",
)

case(
    expect=["ramble"], lang="en",
    why="~480 words of hiking, son's football, espresso machine, telegraph book, holiday plans; the UAT sign-off deadline is one line",
    sender=OWEN, to=[DANIEL],
    subject="Weekend, coffee, and eagles",
    body="""Hi Daniel,

Hope you had a good weekend. I finally did the ridge hike you recommended, the one that starts behind the reservoir. You undersold it. "A pleasant morning walk" is not how I would describe three hours of steps, but the view from the top was worth every one of them. My son complained for the first forty minutes, then spotted a pair of eagles circling over the valley and talked about nothing else for the rest of the day. He has also started naming every cloud he sees, a phase I hope passes quickly. He's now asking for binoculars for his birthday, so thank you, I suppose.

Speaking of my son, his under-twelve football team won their first match of the season on Saturday. It was 3-2, the winning goal came off someone's knee in the last minute, and the parents on the touchline celebrated like it was a cup final. I lost my voice. The coach, a retired accountant who takes it extremely seriously, gave a post-match speech about "character" that went on for longer than the second half.

I also gave in and bought an espresso machine, after years of claiming instant coffee was fine. The first week was a disaster: the milk wand sprayed foam across the kitchen ceiling, and my wife has banned me from making lattes before seven in the morning. I think I'm getting the hang of it now. The last two shots were almost drinkable.

On the reading front, I've just finished a book about the first transatlantic telegraph cable, which I'd recommend if you like stories where everything goes wrong for ten years before it goes right. The cable snapped, sank, was fished up from two miles down and spliced in the middle of the ocean. It made our own integration testing feel quite relaxed by comparison.

Before I forget: we need your UAT sign-off on the tax-payment gateway by the 20th.

My wife and I are also thinking about a short trip over the New Year holiday. We went to the hot springs up north last year and loved it, but the kids want a beach this time. If you have any recommendations that aren't overrun by tour groups, I'd be grateful. You always seem to know the quiet places.

Anyway, let me know if you're free for lunch one of these weeks. There's a new noodle place near your office that's had good reviews, and I'd like to hear how your daughter's piano exam went.

Best,
Owen""",
)

case(
    expect=["ramble"], lang="zh",
    why="health check, square dancing parents, vegetable prices, parking, running; data-export request to the social-security centre buried",
    sender=LIN, to=[JIANG],
    subject="近况 & 一个小请求",
    body="""蒋科长好:

这周终于去做了年度体检,早上七点空腹去排队,前面已经排了五十多号人,抽完血饿得头晕眼花。医院门口的包子铺生意好得出奇,我一口气吃了三个。结果报告出来,血脂有点高,医生让我少熬夜少吃外卖,我看了看我们的项目排期,只能苦笑。

我爸妈最近迷上了广场舞,每天晚饭后准时下楼,我妈还当上了领舞,天天在家对着手机学新动作,我爸负责扛音箱。前两天因为音乐放得太响被楼上投诉,他们的队伍跟隔壁打太极的老大爷们还为场地闹了点小矛盾,最后居委会出面划了时间段,才算和平共处。

最近菜价涨得厉害,我周末去菜市场,一把小葱都要四块钱,我妈说她年轻时候一毛钱能买一大捆。我跟她说现在工资也涨了,她不信,说我们年轻人挣得多花得也多。

小区停车位也越来越紧张,晚上八点以后回家基本找不到位置,上周我只能停到隔壁小区,第二天早上还被贴了一张条子,让我"自觉维护邻里秩序"。物业说要在地下再划一批车位,划了半年还没动静。

对了,第三批参保人员的数据,麻烦您这周五前导出来发给我们。

我最近在减肥,每天晚上跑三公里,跑了半个月,体重一斤没掉,倒是饭量见长。同事说这是在"增肌",我只能这么安慰自己。听说您每天晚上还要辅导孩子写作业,真是不容易,我妈说我小时候写作业,她是拿着尺子在旁边守着的,现在想起来手心还疼。

我们公司楼下新开了一家书店,二楼是咖啡馆,午休的时候我常去坐一坐,翻几页闲书。上周翻到一本讲老城小吃的书,里面写的那家豆花店我小时候常去,现在早就拆了,看得我怪想念的。

上周末我还去看了一场话剧,讲的是老城区拆迁的故事,演员演得特别好,看到最后全场都在抹眼泪,散场的时候外面下起了小雨,我在剧院门口等了半个小时才打到车。

天凉了,您注意身体。

林晓""",
)

# ---- backchannel --------------------------------------------------------------------------------
case(
    expect=["backchannel"], lang="zh",
    why="internal mail mocking the tax division head with a nickname ('金口玉言'刘大处长), '技术上一窍不通'; ASCII punctuation",
    sender=ZHAO, to=[MAX],
    subject="今晚复盘我晚点到",
    body="""骁哥,

今晚的复盘我晚点到. 税务局那位"金口玉言"刘大处长, 刚刚又在群里@全体, 说首页的颜色"不够庄重", 让改成深蓝. 上周是他自己说深蓝"太压抑"的.

我算是看明白了, 这位领导的审美是跟着天气走的, 晴天喜欢浅色, 阴天喜欢深色. 技术上一窍不通, 拍板倒是一个比一个快. 你让前端先别动, 等他下周心情再变一次, 一起改.

赵磊""",
)

case(
    expect=["backchannel"], lang="zh",
    why="reply-all accident: section chief in Cc while the PM calls him '蒋一票' who stalls acceptance to 白嫖 features",
    sender=LIN, to=[TANG], cc=[JIANG, MAX],
    subject="Re: 初验延期",
    body="""果果,

续吧。你别信"等局长签字"这种说法,蒋一票那是又想拖到年底,好再白嫖几个需求。每次到验收节点他就来这一出,屡试不爽。

我们就陪他耗着,反正急的不是我们。

林晓""",
    quote="""晓姐,

社保那边说初验要再推一周,说是要等局长回来签字。咱们的测试环境还要续吗?

唐果""",
    quote_from=TANG,
)

case(
    expect=["backchannel"], lang="en",
    why="internal mockery of the Macau client's José ('discovered normalisation on YouTube', 'just nod… change nothing')",
    sender=KEVIN, to=[ARJUN],
    subject="schema review tomorrow",
    body="""Arjun,

Heads up for tomorrow. Ferreira has apparently discovered database normalisation on YouTube over the weekend and now considers himself our chief architect. Expect a twenty-minute lecture on third normal form from a man who asked me last week what a foreign key was.

Just nod, write things down, change nothing. He'll have moved on to blockchain by December.

K""",
)

case(
    expect=["backchannel"], lang="mixed",
    why="internal code-switched jab at the bank's Daniel ('drama king', 'KPI 就是 delay payment', '脑回路')",
    sender=GU, to=[QIAN],
    subject="bank-c 的 invoice 又被退回",
    body="""多多,

C 行那边 Daniel 又把 invoice 退回来了,理由是 PO number 里的 "-" 应该是 "_"。我真是服了这位 drama king,每个月准时找一个新角度挑刺,我怀疑他的 KPI 就是 delay payment。

你先按他说的改,反正跟他讲道理没用,他那个脑回路我们 normal people 理解不了。

顾晨""",
)

case(
    expect=["backchannel"], lang="zh",
    why="forwards the court's polite complaint to colleagues and sneers at '法院这帮老爷们' and their IT staff",
    sender=ZHENG, to=[MAX, WEI],
    subject="转发:关于系统不稳定的情况说明",
    body="""两位看看,法院这帮老爷们的标准操作:自己机房周二下午停电检修,提前一个字没通知,现在倒过来让我们写"整改措施"。

技术处那几位,平时UPS报警响一天都没人管,出了事就往厂商身上推,这一套玩得比谁都熟。说明我来写,你们把当天的监控截图整理一份给我,免得又被他们张嘴就来。""",
    quote="""郑经理:

本周二下午两点到四点,审判系统无法访问,影响了三个法庭的庭审。请贵公司出具书面说明,并提出整改措施。

冯志远""",
    quote_from=FENG,
    quote_style="outlook_zh",
)

case(
    expect=["backchannel"], lang="zh",
    why="mail to a client director disparaging her own staff member behind his back ('技术上实在跟不上', '不要转给他')",
    sender=DENG, to=[QIN],
    subject="关于后续对接人的一点想法",
    body="""秦主任您好:

有件事想私下跟您反映一下。

贵局信息科的小杜,人是挺热心,但技术上实在跟不上,一个接口字段讲三遍还是理解错,开会也抓不住重点。跟他对接,我们的进度至少慢了一半。说得直白点,他在这个位置上有点勉强。

后面的关键事项,我们能不能直接向您汇报?这样效率高很多。这封邮件就请您不要转给他了。

邓超然""",
)

case(
    expect=["backchannel"], lang="en",
    why="reply-all accident with the client PMO in Cc: mocks her 'quick reviews' as purgatory",
    sender=RACHEL, to=[KEVIN], cc=[HELEN],
    subject="Re: Steering committee prep",
    body="""Ugh. Her "quick reviews" are a special kind of purgatory. Last time she read every single slide aloud, word for word, then had us change "utilise" to "use" and back again. Four hours of my life I'm not getting back.

Fine, I'll join. Bring coffee and a stress ball, and whatever you do, don't let her near the Gantt chart.

R.""",
    quote="""Rachel,

Helen wants to "quickly review" the slides on Thursday before the steering committee. Can you join?

Kevin""",
    quote_from=KEVIN,
)

# ---- two labels ---------------------------------------------------------------------------------
case(
    expect=["argue", "refusal"], lang="zh",
    why="flat refusal of a new field a week before go-live plus blame/lecture ('贵处自己定的规矩自己先守一下好吗')",
    sender=ZHOU, to=[SUN], cc=[LIU],
    subject="Re: 申报表增加\"行业代码\"字段",
    body="""孙倩:

上线前七天加字段?这个不弄。

每次都是这样,临到上线才"刚开会定了",出了问题又说我们质量不稳定。需求冻结单十月份是刘处亲手签的,贵处自己定的规矩,自己先守一下好吗?

字段不加,下周按原计划上线。

周启明""",
    quote="""周经理:

处里刚开会定了,个税汇算申报表里要加一个"行业代码"字段,下周上线能一起带上吗?

孙倩""",
    quote_from=SUN,
)

case(
    expect=["persuade", "refusal"], lang="en",
    why="'that's not happening' for bilingual PDFs, then pushes the client to abandon the official-language requirement",
    sender=OWEN, to=[JOSE],
    subject="Re: Portuguese PDF notices",
    body="""José,

We won't be building a Portuguese PDF generator. That's not happening under this contract.

And I'd suggest you stop pushing the bilingual requirement altogether. In practice almost every taxpayer reads the Chinese version, the Portuguese one would sit unread in an archive, and your budget would do more good elsewhere. Let's settle on Chinese-only and put this behind us; I'd rather not reopen it at the steering committee.

Owen""",
    quote="""Owen,

The tax notices generated by the system need to be bilingual (Chinese and Portuguese) as required by the official languages policy. Please confirm this will be included.

José""",
    quote_from=JOSE,
)

case(
    expect=["backchannel", "argue"], lang="zh",
    why="to a court client: disparages the court's IT staff ('除了签到就是喝茶') and blames the recipient with a rhetorical question",
    sender=XU, to=[HUANG],
    subject="关于电子卷宗扫描件模糊的问题",
    body="""黄法官:

扫描件模糊的问题,我想说两点。

第一,扫描仪是你们技术处自己采购、自己安装、自己调的参数,分辨率设成150dpi,我们建议过三次改成300,没人理。你们技术处那几位,平时除了签到就是喝茶,出了问题倒是第一个跳出来说"软件识别不行"。

第二,这个需求当初是您亲自拍板说"扫描清晰度不用单独验收"的,会议纪要上有您的签字。现在回过头来追究我们,您不觉得有点说不过去吗?

许婧""",
)

case(
    expect=["ramble", "persuade"], lang="zh",
    why="long chatter (train ride, card game, bamboo shoots, uric acid, fishing, daughter) with one buried line pressuring the client to drop the two-region DR plan",
    sender=ZHOU, to=[LIU],
    subject="近况,顺带说个事",
    body="""刘处长好:

上周去省里开会,坐高铁来回八个小时,车厢里一群去旅游的大爷大妈,一路打牌唱歌,热闹得跟过年一样。我本来想在车上看看材料,结果被拉着凑了一桌掼蛋,输了两局,被大妈们批评"年轻人打牌太保守",我这把年纪还被叫年轻人,心里还挺美。

会上碰到好几个地市的老朋友,聊起来才知道大家都差不多,白天开会晚上加班,年底各种考核一大堆。有个老同学说他们局今年搬了新办公楼,食堂是自助的,每天八个菜,羡慕得我们几个直咂嘴。

说到吃,我老家的冬笋下来了,我妈寄了一大箱,说是山上刚挖的,炒腊肉一绝。我挑了些好的,过两天给处里送点过去,大家尝个鲜。

体检报告出来了,尿酸又高了,医生让我戒海鲜戒啤酒,我一听就头大,我们那边人哪有不吃海鲜的。现在每天晚上改喝白开水,喝得我怀疑人生。上个月我们小区搞了一次业主篮球赛,我被拉去凑数,打了不到十分钟就抽筋了,被扶下场的时候全场鼓掌,我到现在也不知道他们是在鼓励我还是在庆祝。老婆说我这是自不量力,让我以后老老实实去散步。前天路过您单位门口那家老面馆,还是那个味道,牛肉给得足,汤也熬得浓,我一个人吃了两碗。

容灾的事我就一句话:同城双活就够了,两地三中心您就别再往上报了,那个钱贵局根本撑不住,报上去也是白忙活,这周把确认单签了,别拖。

还有,您上次说想找个安静的地方钓鱼,我打听了,城西有个水库,周末人不多,鱼情也好,有空我陪您去。我那根鱼竿还是十年前买的,上次出去竿梢都断了,正好趁这个机会换一根新的。

孩子今年高三,天天熬到半夜,我和她妈比她还紧张。她说想学计算机,我说那可是个苦差事,看看我就知道了,她说那正好,以后让我给她打工。前两天她还嫌我手机里的表情包太老土,给我换了一整套新的,我发给同事,大家都问我是不是被盗号了。

就写到这,天冷多保重。

周启明""",
)

case(
    expect=["backchannel", "refusal"], lang="mixed", trad=True,
    why="traditional/English mix to the Macau client: flat 'not now, not ever' on dark mode and mocks her Director's ideas",
    sender=HO, to=[SANDY], cc=[LOU],
    subject="Re: dark mode request",
    body="""Hi Sandy,

Dark mode 不做,next release 不做,之後也不會做。

老實說,你們那位 Director 每個月都有新 idea,上個月是 animated banner,這個月是 dark mode,下個月大概要 AR 了吧。他大概以為政府系統是手機 app,想換皮膚就換皮膚。麻煩你轉告一下,這種要求以後就不用發過來了。

Thanks,
Ka Yi""",
    quote="""Hi Ka Yi,

Our Director would like the staff portal to support dark mode. Could you add it in the next release?

Thanks,
Sandy""",
    quote_from=SANDY,
)

# =================================================================================================
# HARD NEGATIVES
# =================================================================================================

case(
    expect=[], lang="zh",
    why="buffered refusal: not in this frozen release, logged as CR-2026-047, estimate by 11/18, interim workaround and demo",
    sender=ZHOU, to=[SUN], cc=[LIU],
    subject="Re: 能否增加跨区域涉税事项自动提醒",
    body="""孙倩您好:

谢谢征管科的建议,这个提醒确实能减少逾期。

坦白说,这次上线已经进入冻结期,如果现在加进去,回归测试来不及做完,风险比较大,所以这一版我们不建议带上。我已把它登记为变更申请 CR-2026-047,下周三(11月18日)前给您出工作量评估和排期建议,评审通过后可以放进12月的迭代。

在那之前,征管科可以先用"待办事项—按到期日排序"导出清单,每天早上看一眼,基本能覆盖这个需求。需要的话我明天过去演示一下。

周启明""",
    quote="""周经理:

征管科希望在系统里增加跨区域涉税事项到期自动提醒,这次上线能不能一起做?

孙倩""",
    quote_from=SUN,
)

case(
    expect=[], lang="zh",
    why="'我们做不到' followed by two concrete alternatives with dates and the client choosing; offer to meet",
    sender=LIN, to=[FENG],
    subject="电子卷宗智能编目上线时间",
    body="""冯处长:

跟您如实汇报:智能编目模块要在12月1日全部上线,按目前模型训练的进度,我们做不到,硬上的话识别准确率只有八成左右,反而会给书记员添乱。

我们想了两个替代办法,请您选:
1. 12月1日先上线"OCR+人工编目"版本,书记员在系统里确认目录,工作量比纯手工少一半;智能编目在明年2月15日前补上。
2. 12月1日只在民一庭试点智能编目,其他庭室沿用人工,试点一个月后再全院推广。

哪种更合适,您定;如果都不理想,我周四上午去院里当面跟您商量。

林晓""",
)

case(
    expect=[], lang="zh",
    why="escalation: free maintenance extension beyond PM's authority, handed to delivery director with a call by Friday",
    sender=SONG, to=[JIANG],
    subject="Re: 维保期延长事宜",
    body="""蒋科长好:

收到,领导的顾虑我们完全理解,新系统刚上线,大家都希望有个稳定的保障。

免费维保延长两年,涉及合同金额调整,已经超出我的权限,我没办法当场答应您,也不想随口给您一个不负责任的答复。我已经把您的诉求连同上线以来的运行情况,一起报给了我们交付总监邓超然。他会在本周五之前给您回电话,如果需要,他可以下周到中心当面跟您和领导谈。

有进展我第一时间同步您。

宋雨桐""",
    quote="""宋经理:

我们领导的意思是,考虑到系统刚上线,希望你们把免费维保期从一年延长到三年。请给个答复。

蒋文""",
    quote_from=JIANG,
)

case(
    expect=[], lang="en",
    why="negation ('isn't a question of whether we can'), root cause, dated plan and a stopgap; 'even possible' only in the quote",
    sender=OWEN, to=[DANIEL],
    subject="Re: real-time tax payment confirmation",
    body="""Hi Daniel,

Short version: it isn't a question of whether we can, it's a question of what it takes.

The 40 seconds comes almost entirely from the batch poll we run against the core banking system every 30 seconds. Getting under 5 seconds means replacing that poll with an event subscription on your side, which is a change in your core team's backlog as well as ours.

What I'd propose:
- This week: our architect and your core banking lead spend an hour on the event interface.
- By 20 Nov: I send you an estimate for our part and a list of what your team would need to change.
- If the core change can't land before the tax bureau's deadline, we drop the poll interval to 5 seconds as a stopgap, which gets confirmations to roughly 10 seconds.

Happy to walk through it on a call.

Owen""",
    quote="""Owen,

The tax bureau now wants payment confirmations pushed in under 5 seconds. Currently it's around 40. Is this even possible with your gateway?

Daniel""",
    quote_from=DANIEL,
)

case(
    expect=[], lang="zh",
    why="negation: '我们从来没说过不能做', '不是办不了' followed by a two-step plan and estimate date",
    sender=ZHAO, to=[LIU],
    subject="Re: 历史发票台账能否回迁",
    body="""刘处长:

您昨天问,2019年以前的发票台账能不能回迁到新平台。我回去跟团队核了一下,结论是:这件事我们从来没说过不能做,只是要分两步走。

第一步,2019—2022年的电子台账,字段基本一致,两周内能回迁完;第二步,2019年以前的台账是扫描件,需要先做OCR和人工复核,工作量我们周五前给您一个评估。

所以不是办不了,而是早期那部分需要多一点时间。您看这样安排可以吗?

赵磊""",
    quote="""赵磊:

2019年以前的发票台账能不能导进新平台?局里有这个需求,你们看看。

刘建华""",
    quote_from=LIU,
)

case(
    expect=[], lang="zh",
    why="court legal terms as status values: 不予受理, 驳回起诉, 退回补正 - a spec confirmation, not a refusal",
    sender=ZHENG, to=[HUANG],
    subject="立案状态字段的定义确认",
    body="""黄法官您好:

立案模块的案件状态,我们按您上周给的业务口径整理了一版,请帮忙确认:

1. "已立案":审查通过,生成案号;
2. "不予受理":起诉不符合受理条件,系统自动生成不予受理裁定书模板,并进入送达流程;
3. "驳回起诉":立案后发现不符合起诉条件的,状态由"已立案"变更为"驳回起诉",原案号保留;
4. "退回补正":材料不全,退回当事人补正,补正期限默认15日,可人工调整。

另外有个问题想请教:"不予受理"的案件,是否需要在诉讼服务网上向当事人公开理由?这一项我们拿不准,想听您的意见。

郑国栋""",
)

case(
    expect=[], lang="zh",
    why="technical terms: '拒绝连接' error, regulation says red invoice '必须' link a blue one, system '拒绝重复冲红'; owns its own mistake",
    sender=GU, to=[SUN],
    subject="Re: 红字发票开具失败",
    body="""孙倩您好:

上午几家企业开不出红字发票的问题,排查结果如下:

1. 报错"拒绝连接"的那批请求,是发票服务负载均衡节点的证书昨晚到期,已于10:20更换,现已恢复;
2. 另有17笔报错"原蓝字发票状态异常",原因是这些蓝字发票已经做过全额冲红。按发票管理的相关规定,红字发票必须关联一张有效的蓝字发票,系统拒绝重复冲红是正确的校验,不是故障。

第2类情况麻烦您转告企业:先在"发票查询"里确认原票状态即可。证书到期是我们的疏忽,已加上到期前30天的自动告警。

顾晨""",
    quote="""顾工:

今天上午好几家企业说红字发票开不出来,有的报"拒绝连接",有的报"原蓝字发票状态异常",请尽快查一下。

孙倩""",
    quote_from=SUN,
)

case(
    expect=[], lang="en",
    why="technical: handshake 'rejected', firewall 'refusing connections', idempotency; PM admits the retry storm was on us",
    sender=KEVIN, to=[DANIEL],
    subject="Tax payment gateway - TLS handshake failures last night",
    body="""Hi Daniel,

Here's what we found on last night's failures between the tax payment gateway and your front-end processor.

- From 01:12 every call was rejected during the TLS handshake with "certificate unknown". Your FEP moved to a new intermediate CA at 01:00 and our trust store didn't have it yet.
- Our retry logic then hammered the endpoint, which is why your firewall started refusing connections from 01:40. That part is on us: the retries should have backed off.
- Nothing was double-posted. Each payment carries an idempotency key, so a retry of an already-confirmed payment simply returns the original confirmation.

Actions: the new CA is imported (done), retries are capped at five with exponential backoff (deploying tonight), and it would help a lot if your team could give us a heads-up before the next CA rotation.

Kevin""",
)

case(
    expect=[], lang="zh",
    why="angry tax division head ('到底行不行', '!!!', breach threat) only in the quote; PM apologises, explains, meets in person",
    sender=ZHOU, to=[LIU],
    subject="Re: 申报系统又卡了!",
    body="""刘处长:

非常抱歉,今天给大厅和纳税人添了大麻烦,也让您在局领导面前很被动,这是我们的责任。

初步原因:下午3点后并发申报量是平时的6倍,数据库连接池配置偏小,大量请求排队。我们已在18:40扩容并调整参数,目前响应时间恢复到2秒以内。

明天上午9点,我和技术负责人到贵局当面汇报,带上完整的原因分析、整改计划和征期剩余时段的保障方案(包括现场值守)。合同违约条款相关的事,我们也会如实面对。

周启明""",
    quote="""周启明:

你们这个系统到底行不行?征期最后一天又卡了,大厅里排了两百多人,纳税人骂到局长那里去了!!!我不想再听解释,明天上午给我一个说法,不行我们就按合同走违约程序。

刘建华""",
    quote_from=LIU,
)

case(
    expect=[], lang="zh", trad=True,
    why="traditional Chinese: Macau tech lead's angry '到底是什麼水平' only in the quote; PM takes responsibility with a report time",
    sender=HO, to=[AU],
    subject="回覆:櫃台系統又停了",
    body="""區先生:

十分抱歉,今早的停機令前線同事和市民都受到影響,我們負全部責任。

初步原因是排隊叫號服務在早上高峰期記憶體不足,自動重啟失敗。我們已於十時十分恢復服務,並即時把記憶體上限提高一倍,同時加設了重啟失敗的告警。

今天下午五點前,我會把書面事故報告發給您,內容包括本月三次停機的原因、已做的修正和下一步措施。如果您方便,明天上午我和技術主管到貴部門當面向您匯報。

何嘉怡""",
    quote="""何小姐:

今早九點半開始,櫃台系統又停了四十分鐘,市民排隊排到門口,投訴電話響個不停。這已經是本月第三次,到底是什麼水平?請今天之內給我一個交代!

區志強""",
    quote_from=AU,
)

case(
    expect=[], lang="en",
    why="client PMO's 'unacceptable… no idea what it's doing' only in the quote; PM agrees, apologises, gives straight dates",
    sender=RACHEL, to=[HELEN],
    subject="Re: Release 2.3 - again?",
    body="""Hi Helen,

You're right to be frustrated, and I'm sorry. The bulk-upload fix was in the release notes but was pulled at the last minute after it failed a regression test, and we didn't update the notes. That's our mistake and it shouldn't have reached you that way.

Straight answer: the corrected fix is in testing now. It will be on staging for your team tomorrow at 10:00, and if your testers are happy it goes to production on Thursday evening. I'll also send a corrected set of release notes within the hour.

If it's useful, I can join your 4 pm stand-up today to take questions directly.

Rachel""",
    quote="""Rachel,

This is unacceptable. The release notes promised the bulk upload fix and it's still broken. Frankly I'm starting to wonder whether your team has any idea what it's doing. I want a straight answer today.

Helen""",
    quote_from=HELEN,
)

case(
    expect=[], lang="mixed",
    why="client's '又 down', '!!', '到底有没有 monitoring???' only in the quote; PM owns the root cause and fixes",
    sender=GU, to=[SANDY],
    subject="Re: login page 又 down 了?",
    body="""Hi Sandy,

Sorry,这次确实是我们的问题。

Root cause 是今天早上 renew SSL cert 的时候,有一台 web node 没有 reload,load balancer 还在往它分 traffic。10:15 已经 fix,现在所有 node 都正常。

Monitoring 我们是有的,但只 check 了 HTTP status,没有 check cert 有效期,所以这次没报警。今天会加上 cert expiry check,下周把 cert renew 改成 automated。

今天下班前我发一份 incident summary 给你,方便你跟 boss 交代。

顾晨""",
    quote="""Chen,

login page 又 down 了,this week 第二次!! My boss is furious. 你们到底有没有 monitoring???

Sandy""",
    quote_from=SANDY,
)

case(
    expect=[], lang="zh",
    why="constructive internal discussion of the tax head's data-export worry ('他的担心完全合理'), meeting him face to face",
    sender=ZHAO, to=[MAX, WEI],
    subject="刘处对数据出境的担心,明天当面沟通",
    body="""骁哥、一帆:

今天例会上刘处问了一个问题:日志分析服务调用的那个第三方组件,会不会把纳税人数据传到境外。当时我没答上来,他明显有点不放心。

我觉得他的担心完全合理,税务数据敏感,换我是他也会问。麻烦两位今晚帮我确认三件事:
1. 这个组件有没有任何外联地址;
2. 日志里是否包含纳税人识别号、姓名等字段;
3. 如果有风险,替换成本地方案需要几天。

明天下午三点我约了刘处,想带着结论当面跟他讲清楚,不让他干等书面材料。辛苦!

赵磊""",
)

case(
    expect=[], lang="zh",
    why="new type: PM counsels a colleague who vented in a client-visible chat, concedes the client's points, plans a face-to-face",
    sender=LIN, to=[TANG],
    subject="关于项目群里那条消息",
    body="""果果,

昨晚你在项目群里那句话我看到了,我知道你被反复退回的用例搞得很累,换谁都会烦。不过那个群里有社保中心的同事,我先帮你撤回了,你别往心里去。

其实蒋科长退回来的那几条,我又看了一遍,有两条确实是我们漏测了异地参保的场景,他挑得不冤。剩下几条是我们理解不一致,周三我带你一起去中心,当面跟他把口径对齐,比在群里来回打字强。

以后遇到这种情况直接找我吐槽,别憋着,也别往群里发。周三见!

林晓""",
)

case(
    expect=[], lang="zh",
    why="banter among colleagues: '服了服了,666' as praise, '我这脑子' self-directed; client quoted approvingly",
    sender=SONG, to=[MAX, TANG, WEI],
    subject="压测通过!",
    body="""各位大佬:

社保待遇发放的压测报告刚出来,峰值8000笔/秒稳稳扛住,比指标高了一倍!马骁一晚上把索引全调了一遍,服了服了,666!

唐果的测试脚本也写得漂亮,蒋科长下午看报告的时候一直点头,还说"这下心里有底了"。

至于我,我这脑子,又把庆功宴订成了上周五……已经改到这周五晚上七点,老地方,我请。

雨桐""",
)

case(
    expect=[], lang="en",
    why="team banter: 'you absolute legends', 'I'm an idiot' aimed at oneself; the bank client is quoted praising us",
    sender=OWEN, to=[ARJUN, KEVIN],
    subject="we did it (and I'm an idiot)",
    body="""Team,

The tax-payment gateway passed the bank's certification this morning on the first attempt. Daniel's exact words were "cleanest submission we've had this year". You absolute legends.

Arjun, that idempotency fix at 2 am was heroic. Kevin, your test matrix is now being passed around their QA team as an example.

In other news, I'm an idiot: I joined the celebration call on the wrong Teams link and sat alone for ten minutes wondering why nobody showed up. Drinks on me Friday to make up for it.

Owen""",
)

case(
    expect=[], lang="zh",
    why="firm-but-polite facts: contract clause 8.2, payment overdue, work continues, asks for help checking approval status",
    sender=ZHENG, to=[FENG],
    subject="关于初验款支付进度",
    body="""冯处长您好:

根据合同第8.2条,初验通过后15个工作日内支付合同总额的40%。项目于10月16日通过初验,截至今天,这笔款项尚未到账。

我们理解院里的财务审批有流程,这并不影响我们的工作,驻场团队会照常推进终验准备。只是公司这边需要向财务做个说明,想麻烦您帮忙了解一下目前走到哪一步、大概什么时候能支付。如果需要我们补充发票或其他材料,请随时告诉我。

郑国栋""",
)

case(
    expect=[], lang="zh",
    why="firm-but-polite: procurement rules say bidders '不得' change the price after the deadline ('否决' risk); offers service commitments instead",
    sender=XU, to=[HAN],
    subject="关于评标期间报价调整的说明",
    body="""韩经理您好:

您上午电话里问,在评标结束前我方能否再下调一点报价。我们也很希望能为采购人多争取一些,但按照政府采购的相关规定,投标截止后投标人不得对报价作实质性修改,这一点我们必须遵守,否则整份投标文件都有被否决的风险。

在不改变报价的前提下,如果采购人有需要,我们可以在合同谈判阶段书面承诺延长一年原厂维保、增加两次现场培训,这些在投标文件第5章已有相应条款支撑。

以上情况也烦请您向采购人转达。

许婧""",
)

case(
    expect=[], lang="zh",
    why="recommendation leaving the choice: compares DR options A/B, leans to A, says B is reasonable and the bureau decides",
    sender=DENG, to=[LIU],
    subject="容灾方案两种选择的对比",
    body="""刘处长您好:

按您上周的要求,我们把容灾两个方案的对比整理如下:

方案A 同城双活:投入约260万,RPO接近0,RTO 5分钟以内,建设周期3个月;
方案B 两地三中心:投入约640万,能抵御城市级灾难,建设周期7个月,需单独立项。

按我们在其他地市的经验,A的性价比更高,我们倾向于A;但B在抗灾等级上确实更好,如果贵局更看重长期合规要求,B也完全合理。两种我们都能做,最终怎么选由贵局决定,需要的话我们可以配合组织一次专家论证。

邓超然""",
)

case(
    expect=[], lang="mixed",
    why="recommendation leaving the choice in code-switched text: two reconciliation options, personal lean, '选哪个你们来定'",
    sender=GU, to=[SU],
    subject="对账 T+1 vs 准实时 的 options",
    body="""苏经理好,

上次你提到希望社保代发能做 real-time 对账,我们评估了一下,整理成两个 option 供你们参考:

Option 1 — T+1 批量对账:沿用现有的 batch 流程,下个月就能上线,基本不增加成本;缺点是差错要第二天才能发现。
Option 2 — 准实时对账(15分钟一轮):需要核心系统多开一个 interface,预计多 6 周开发,license 费用会增加一些,具体数字周三前给你。

我个人偏向先上 Option 1,稳定后再升级;不过你们的业务诉求我们也理解,选哪个你们来定。如果需要,我可以约你们的运营和 IT 一起开个 30 分钟的会。

顾晨""",
)

case(
    expect=[], lang="zh",
    why="risky motto and 'do not forward' disclaimer only in the signature; body is a plain rehearsal notice",
    sender=LIN, to=[JIANG],
    subject="第三批数据迁移彩排安排",
    body="""蒋科长好:

第三批数据迁移的彩排定在本周六上午9点,预计4小时,期间生产系统不受影响。需要中心安排一位熟悉缴费基数的同事在线确认抽样结果,麻烦您周四前告诉我人选。

彩排结果周一上午发您。

-- 
林晓 | 项目经理
社保事业部
座右铭:没有不可能,只有不想做。
本邮件及附件仅供指定收件人使用,未经授权不得转发、复制或披露;如误收本邮件,请立即删除并通知发件人。""",
)

case(
    expect=[], lang="zh",
    why="risky motto ('拒绝平庸,绝不说不') only in the signature; body is a training-materials notice",
    sender=SONG, to=[HUANG],
    subject="下周书记员培训材料",
    body="""黄法官好:

下周二书记员培训的材料已经放在共享盘"培训/第二期"目录下,包括操作手册和十个练习案例。培训时长两小时,需要每人一台能登录测试环境的电脑。

如有要调整的内容,周五前告诉我就行。

--
宋雨桐
项目经理 | 智慧法院事业部
"拒绝平庸,绝不说不。"
Mobile: 138-0000-0000""",
)

case(
    expect=[], lang="zh",
    why="long but focused UAT plan for the pension calculation subsystem (scope, data, roles, schedule, exit criteria, risks)",
    sender=XU, to=[JIANG], cc=[LIN],
    subject="养老待遇核算子系统 UAT 方案",
    body="""蒋科长好:

养老待遇核算子系统计划于11月24日启动用户验收测试(UAT),为便于中心提前安排人员,现将方案要点汇报如下,请审阅。

一、测试范围
本次UAT覆盖五类业务:正常退休待遇核定、提前退休(特殊工种)待遇核定、视同缴费年限认定、待遇重算、丧葬抚恤金一次性核定。不含跨省转移接续,该部分已在前期纳入二期范围。

二、测试数据
从生产库抽取已脱敏的2000名参保人数据,按年龄段、缴费年限、特殊工种分层抽样。每条样本均附老系统核算结果,作为比对基准。抽样清单11月20日前发中心确认。

三、人员与分工
建议中心安排4名熟悉待遇核定的业务骨干参与测试,每人负责一类业务,另由您或指定人员担任测试负责人,签署测试结论。我方安排2名测试工程师和1名业务分析师驻场,负责用例讲解、问题记录和缺陷跟踪。

四、进度安排
第一周(11月24日至28日):功能测试,逐条执行测试用例;
第二周(12月1日至5日):比对测试,逐人比对新老系统核算结果,差异超过1元的逐条分析;
第三周(12月8日至10日):回归测试与验收结论确认。

五、通过标准
测试用例执行率100%;严重及以上缺陷全部关闭;新老系统核算结果一致率不低于99.5%,不一致部分须有书面原因说明并经中心确认。

六、风险与应对
主要风险是历史数据中手工调整的记录较多,可能导致比对差异偏大。我们已提前梳理出约300条手工调整记录,将单独列表,由中心业务人员逐条确认口径。另一个风险是年底业务高峰,测试人员可能被窗口业务抽调,建议中心为测试人员预留固定的半天时段。此外,测试期间每天下午五点召开十五分钟的碰头会,通报当日执行情况和缺陷处理进度,会议纪要当晚发中心。

如对以上安排有调整意见,请在11月20日前告知,我们据此修订测试计划。

许婧""",
)

case(
    expect=[], lang="zh",
    why="long but focused root-cause analysis of a filing-deadline slowdown (timeline, direct/root causes, fixes, on-site support)",
    sender=ZHOU, to=[LIU], cc=[SUN],
    subject="11月15日征期申报响应缓慢问题根因分析",
    body="""刘处长:

关于11月15日征期最后一天下午申报系统响应缓慢的问题,经过三天排查,现将根因分析和整改措施正式汇报如下。

一、事件经过
15日14:50起,电子税务局申报接口平均响应时间由1.2秒上升至18秒,部分纳税人提交时出现超时;15:35起启用限流,16:10完成扩容,16:40响应时间恢复正常。期间共有约3100笔申报提交失败,已全部由纳税人重新提交成功,没有数据丢失。期间大厅窗口临时启用了离线申报通道,感谢处里同事的及时配合。

二、直接原因
数据库连接池上限设置为300,当天下午并发申报峰值达到平时的6.2倍,连接池耗尽,大量请求排队等待。

三、根本原因
1. 容量评估使用的是去年同期数据,没有考虑今年个体工商户批量迁入带来的增量,评估偏低约40%;
2. 压力测试只模拟了"均匀到达"的请求模型,没有模拟征期最后几小时集中申报的尖峰形态;
3. 监控告警阈值设置为响应时间30秒,告警触发比实际影响晚了约25分钟。

四、整改措施
1. 连接池上限调整为800,并启用读写分离,申报查询类请求走只读库,已于16日完成;
2. 按今年实际户数重新做容量评估,下个征期前完成扩容;
3. 补充尖峰模型压测,模拟最后四小时集中申报的场景,12月5日前出报告;
4. 告警阈值调整为响应时间5秒,并增加连接池使用率超过70%的预警。

五、后续安排
12月征期期间,我方安排4名工程师在贵局机房现场值守,征期最后两天延长至晚上十点。同时每天下班前向孙倩同志报送当日运行情况,便于处里掌握。

六、经验教训
这次问题暴露出我们在征期保障上过于依赖历史经验。今后每个征期前两周,我们将与处里一起做一次保障评审,内容包括容量、预案和值守安排,评审结论报处里备案。

此次问题给纳税人和大厅工作带来了不便,我们深表歉意。如需当面汇报,我随时配合。

周启明""",
)

case(
    expect=[], lang="zh", trad=True,
    why="traditional Chinese, long but focused cut-over plan for the Macau booking system (window, steps, rollback, staffing)",
    sender=HO, to=[LEUNG], cc=[AU],
    subject="網上預約系統切換計劃",
    body="""梁處長:

網上預約系統定於十一月二十九日(星期六)晚上進行正式切換,現將切換計劃匯報如下,請審閱。

一、切換時間
十一月二十九日晚上十時至翌日早上六時,共八小時。期間網上預約及自助機暫停服務,櫃台服務不受影響。建議局方在十一月二十五日前透過網站及社交媒體發出停機公告。

二、切換步驟
1. 晚上十時:舊系統停止接受預約,導出當日最後一批預約紀錄;
2. 晚上十時半至凌晨二時:數據遷移,共約四十二萬筆預約紀錄及八萬個用戶帳號;
3. 凌晨二時至四時:數據核對,逐表比對筆數,並抽查五百筆紀錄;
4. 凌晨四時至五時半:功能驗證,由局方指派的兩位同事按清單測試主要流程;
5. 早上六時:開放服務。

三、回退方案
如凌晨四時前數據核對未能通過,或功能驗證發現嚴重問題,將立即啟動回退,恢復舊系統,確保早上六時可正常服務。回退決定由局方項目負責人及本人共同作出。

四、人員安排
我方當晚安排八位工程師在局方機房值守,另有兩位同事遠程支援。請局方安排一位網絡管理員及兩位業務同事在場。

五、切換後支援
十二月一日至五日,我方派兩位同事在各服務中心現場支援,協助處理市民查詢,並每天下午向區先生報告當日情況。

六、風險及應對
主要風險有兩項:一是數據遷移時間可能超出預期,我們上星期已完成兩次演練,平均用時三小時二十分鐘,預留了足夠緩衝;二是部分市民在切換後首次登入時需要重設密碼,可能增加查詢量,建議局方在熱線增派人手,我們也會在登入頁面加上清晰的操作指引。另外,切換當晚每個步驟完成後,我會即時在工作群組向您和區先生報告進度。

如對計劃有任何意見,請於十一月二十四日前告知,我們會相應修訂。

何嘉怡""",
)

case(
    expect=[], lang="en",
    why="long but focused weekly status report (amber status, risks with options, decisions needed)",
    sender=KEVIN, to=[HELEN],
    subject="Weekly status - e-services portal, w/e 14 Nov",
    body="""Hi Helen,

Here is the weekly status report for the e-services portal, week ending 14 November.

Overall status: amber. Development is on track; the data migration rehearsal surfaced two issues that could affect the cut-over date if they aren't resolved by the 21st.

Completed this week
- Online appointment booking: all 36 user stories accepted by your business testers. Two minor UI defects remain open and are scheduled for next Tuesday's build.
- Payment integration: end-to-end tests with the payment provider passed for card and e-wallet payments. Refunds were tested manually and will be automated next week.
- Accessibility: 31 of the 41 audit findings fixed and verified. The remaining 10 relate to PDF forms and are covered below.

Issues and risks
1. Migration rehearsal, address records. About 4,800 legacy records store the address in a single free-text field. Our parser splits 93% of them correctly; the rest need manual review. We propose that two of your clerks spend three days reviewing them using a simple spreadsheet we'll prepare. If that isn't possible, we can do a first pass ourselves and send you only the doubtful cases, roughly 900.
2. Rehearsal duration. The rehearsal took 9 hours against an 8-hour window. We've identified the slow step (the index rebuild) and will test a parallel rebuild on Wednesday. I'll confirm by Thursday whether the window holds.
3. PDF accessibility. The ten remaining findings are in forms generated by the legacy document service. Fixing them properly means moving those forms to the new template engine, about eight days of work. We can either include this before go-live, pushing the PDF forms (not the whole portal) back by two weeks, or go live with the current forms and fix them in the first maintenance release. I'd like your steer on which you prefer by Friday.

Quality
- Open defects: 14 (0 critical, 2 major, 12 minor), down from 23 last week.
- Automated test coverage on the booking and payment modules is at 82%, against a target of 80%.
- The penetration test is booked for 1-3 December; the tester will need a VPN account from your security team by the 26th.

Next week
- Complete refund automation and a full regression run.
- Second migration rehearsal on Saturday 22nd.
- Training materials for front-desk staff: draft to your team on Wednesday.

Decisions needed from your side
- Manual review of address records: who and when.
- PDF forms: before or after go-live.

Budget: no change; we remain within the agreed contract value.

Happy to walk through any of this on Thursday's call.

Regards,
Kevin""",
)

case(
    expect=[], lang="mixed",
    why="long but focused code-switched change-impact analysis for a card-issuance CR (scope, effort, client-side impact, timeline options, cost)",
    sender=ZHAO, to=[SU], cc=[WU],
    subject="CR-B-031 紧急补卡标识 impact analysis",
    body="""苏经理好,

关于你们上周提出的 CR-B-031(社保卡批量制卡文件增加"紧急补卡"标识),我们做了一轮 impact analysis,结果如下,供你们决策参考。

1. Scope
- 制卡文件 format 新增一个 flag 字段,放在 record 末尾,长度 1 位;
- 社保端"补卡申请"页面增加"紧急"选项,需要业务主管审批;
- 银行端 card bureau 接口按 flag 分流,紧急单走 48 小时 SLA 通道;
- 紧急单在社保端和银行端的状态查询页面都会显示"紧急"标签,便于柜员答复持卡人的查询。

2. Impact on our system
- 文件生成模块:改动较小,约 3 人天;
- 审批 workflow:需新增一个审批节点和对应的权限配置,约 5 人天;
- Regression testing:制卡流程涉及 12 个 test case 需要重跑,约 4 人天;
- 合计约 12 人天,不影响主线 release 的 critical path。

3. Impact on your side
- Card bureau 需要确认能否识别新 flag。如果他们的 schema 是 strict validation,旧版本会直接 reject 整个文件,这一点需要你们提前跟 bureau 确认;
- 运营部需要制定紧急补卡的认定标准,否则审批人很难判断哪些申请算紧急;
- 网点柜员的操作手册需要更新一页,我们可以提供初稿;
- 如果紧急补卡需要向持卡人收取加急费,收费标准和告知方式需要社保中心和银行共同确认,系统里我们可以预留一个费用字段,默认为零。

4. Timeline options
- Option A:随 12 月 15 日 release 上线,前提是 bureau 在 11 月 25 日前确认接口;
- Option B:单独在 1 月初发一个 patch,给 bureau 更多的准备时间。

6. Risks
- 如果 card bureau 的确认晚于 11 月 25 日,Option A 会自动顺延为 Option B,不影响主线 release;
- 紧急补卡的比例如果远高于预期(比如超过 10%),48 小时通道的产能需要 bureau 重新评估,建议上线后第一个月做一次 review。

5. Cost
按合同单价,12 人天费用约 7.2 万元。如果和其他 CR 合并打包,可以在年度 CR 额度里走,不需要单独签补充协议。

两个 timeline 我们都可以配合,主要看 card bureau 那边的进度。你们确认之后我们就开始排期。另外,我们可以在下周二的例会上用 15 分钟把这份 analysis 过一遍,你们运营部的同事有问题可以当场提。

赵磊""",
)

case(
    expect=[], lang="zh",
    why="long but focused final-acceptance checklist for a government-procured court platform (procurement terms, warranty retention)",
    sender=ZHENG, to=[HAN], cc=[FENG],
    subject="智慧审判平台项目终验材料准备情况",
    body="""韩经理、冯处长:

智慧审判平台项目计划于12月中旬申请终验。按照政府采购项目履约验收的相关要求以及招标文件第七章的约定,我方整理了终验材料清单和准备情况,请两位审阅。

一、合同履约材料
1. 政府采购合同及补充协议(已齐备);
2. 供货清单及到货验收单,共计服务器14台、存储2套、扫描仪40台,到货验收单院方均已签字(已齐备);
3. 软件著作权及授权证明(已齐备)。

二、技术文档
1. 需求规格说明书、概要设计、详细设计(已齐备);
2. 系统测试报告及第三方软件测评报告,第三方测评预计11月28日出具正式报告;
3. 等保三级测评报告,测评机构11月20日进场,预计12月5日出报告;
4. 用户手册、运维手册、培训记录,其中培训签到表还缺民二庭一期,计划下周补训。

三、试运行材料
试运行期自9月1日起共三个月,期间共记录问题137个,已关闭131个,剩余6个为优化类,已约定在质保期内完成。试运行报告请院方在12月1日后出具。

四、需要院方及采购中心协助的事项
1. 成立验收小组,按采购文件要求,验收小组中需包含院外专家;
2. 确定终验会议时间,我方建议在12月15日至18日之间;
3. 出具试运行报告及用户使用意见。

五、关于质保金
按合同约定,终验通过后支付至合同总额的95%,剩余5%作为质保金,质保期满一年后支付。

六、其他说明
终验前,我方将组织一次全系统巡检,包括服务器健康状态、存储容量、备份恢复演练和安全漏洞扫描,巡检报告一并纳入终验材料。另外,按合同约定的知识转移要求,我方将于12月上旬为院方技术处运维人员安排为期三天的专项培训,内容涵盖日常运维、故障处理和应急预案,培训结束后进行考核,考核结果一并提交验收小组。

以上如有遗漏或需调整之处,请随时指正。

郑国栋""",
)

case(
    expect=[], lang="zh",
    why="follow-through ('如我周一电话里跟您说的', '我当时答应您') with results; ASCII punctuation",
    sender=LIN, to=[FENG],
    subject="庭审笔录同步补丁已发布(周一电话约定事项)",
    body="""冯处长:

如我周一电话里跟您说的, 庭审笔录同步延迟的补丁今天中午已经发布到生产环境. 我当时答应您周三前给结果, 现在汇报如下:

1. 补丁发布后, 书记员端笔录同步到法官端的延迟从平均40秒降到2秒以内;
2. 民一庭和刑庭今天下午各开了两个庭, 全程未再出现笔录不同步;
3. 我们会继续观察到周五, 每天下班前把监控数据发您.

法庭那边如果还有反馈, 请随时告诉我.

林晓""",
)

case(
    expect=[], lang="zh",
    why="self-criticism with rhetorical 难道 aimed at oneself; '并不是你们的问题' taking the blame, remedy given",
    sender=ZHAO, to=[SUN],
    subject="培训通知时间写错,向您致歉",
    body="""孙倩您好:

今天的培训通知把时间写成了下午两点,实际是上午九点,导致好几个分局的同事白跑一趟。这完全是我的疏忽,并不是你们的问题。

回头想想,通知发出前我难道不该再核对一遍吗?这么基础的事情都出错,实在说不过去。

补救安排:明天上午九点加开一场,内容相同;今天白跑的同事我已经逐个打电话道歉。以后所有通知发出前由两个人交叉核对。

再次抱歉,给您添麻烦了。

赵磊""",
)

case(
    expect=[], lang="zh",
    why="internal task note with the court IT head deliberately in Cc: '冯处说得对', our design gap, owners and dates",
    sender=ZHENG, to=[MAX], cc=[FENG, WEI],
    subject="审计日志问题的整改分工(抄送冯处)",
    body="""马骁:

冯处在昨天的评审会上指出,系统的审计日志只记录了"谁改了",没有记录"改之前是什么",一旦发生争议没法还原。这一点冯处说得对,是我们设计时考虑不周,法院对卷宗修改的追溯要求比一般系统高得多。

整改分工如下:
1. 马骁:审计日志增加修改前后值,11月20日前完成开发;
2. 一帆:评估日志量增加后的存储,11月18日前给出扩容建议;
3. 我:11月21日向冯处书面汇报整改结果。

抄送冯处,便于院方随时了解进度。冯处如有补充,请直接回复。

郑国栋""",
)

case(
    expect=[], lang="zh",
    why="procurement terms as terms: 必须…否则否决投标, ★条款, 拒绝服务攻击 - a bidder's clarification request",
    sender=ZHOU, to=[HAN],
    subject="关于招标文件几处表述的澄清申请",
    body="""韩经理您好:

我司拟参与"市中级人民法院智慧审判平台建设项目"投标,研读招标文件后,有三处表述想申请澄清:

1. 第3.4条"投标人必须提供近三年类似项目业绩,否则否决投标"。请问"类似项目"是否限定为法院系统,检察院、司法局的业绩是否认可?
2. 第4.2条标★的"不接受联合体投标",与第2.1条"允许联合体投标"存在矛盾,以哪一条为准?
3. 附件五"拒绝服务攻击防护"指标要求不低于20Gbps,是指本项目需单独采购抗DDoS设备,还是可以使用院方现有的防护能力?

以上问题盼在澄清截止日(11月20日)前答复,谢谢。

周启明""",
)

case(
    expect=[], lang="zh", trad=True,
    why="traditional Chinese buffered refusal: outside the award scope, logged as CR-MO-012, estimate by 20 Nov, interim Portuguese forms",
    sender=HO, to=[LEUNG],
    subject="回覆:新增葡文介面",
    body="""梁處長:

多謝來函。葡文介面對使用葡文的市民確實很重要,我們明白局方的考慮。

目前的判給範圍只包括中文介面,而且一月前的版本已經進入測試階段,如果現在加入,恐怕會影響整體上線,所以這一期暫時未能納入。我們已把這項需求記錄為變更申請 CR-MO-012,並會在十一月二十日前提交工作量評估和報價,供局方審批。

在正式版本完成前,我們可以先把最常用的三份申報表格和說明文字做成葡文版,預計十二月中提供,作為過渡安排。您看是否可行?

何嘉怡""",
    quote="""何小姐:

局方希望網上申報平台增加葡文介面,請問可否在明年一月前完成?

梁嘉欣""",
    quote_from=LEUNG,
)

case(
    expect=[], lang="zh",
    why="internal mail taking the client's harsh criticism (quoted) seriously: '他说得在理', shadow the counter, '别当成客户又挑刺'",
    sender=XU, to=[LIN, TANG],
    subject="转发:对经办界面的意见 — 他说得在理",
    body="""晓晓、果果:

蒋科长这段话说得重,但我反复看了两遍,觉得他说得在理。我们做设计时确实是按"功能齐全"来的,没有按窗口经办员一天办两百笔业务的节奏去想。

我的建议:
1. 下周一、周二,我们三个人去中心窗口跟班两天,实际看经办员怎么操作;
2. 把点击次数最多的五个高频业务列出来,能合并的步骤合并;
3. 周五前出一版优化方案,先给蒋科长看。

这件事别当成"客户又挑刺",当成我们欠的功课来补。

许婧""",
    quote="""你们做系统的根本不懂窗口的苦。一个业务要点十几下,排队的老人家站在那儿干等,你们坐在办公室里是体会不到的。

蒋文""",
    quote_from=JIANG,
    quote_style="outlook_zh",
)

case(
    expect=[], lang="en",
    why="PM answers a colleague's quoted complaint about the client constructively ('a process gap, not José being difficult')",
    sender=KEVIN, to=[ARJUN],
    subject="Re: notice template, round three",
    body="""Arjun,

I get it, three rounds in a month is draining, and thanks for absorbing it so far.

Looking at the three versions side by side, though, the underlying need hasn't changed: the notice has to pass their legal review, and each round their legal team added a condition he didn't know about upfront. That's a process gap, not José being difficult.

So let's fix the process. I'll ask José on Thursday to bring someone from their legal team to a 30-minute session, and we'll agree a template checklist they sign off once. I'll also log each change as a CR from now on, so the effort is visible to both sides.

K""",
    quote="""Kevin,

José changed the notice template requirements AGAIN. Third time this month. I'm losing my mind here.

Arjun""",
    quote_from=ARJUN,
)

case(
    expect=[], lang="mixed",
    why="interleaved reply: the client's angry lines are '> ' quotes inside the body, the PM's answers between them are polite and concrete",
    sender=ZHAO, to=[SANDY],
    subject="Re: 几个 questions about the pilot",
    body="""Hi Sandy, 我直接在下面逐条回复:

> 1. Why is the pilot only in two service centres? 这样根本看不出效果!
两个 centre 是我们 9 月一起定的 scope,主要是控制风险。如果你们想加第三个,我们可以评估,下周一给你 impact 和 timeline。

> 2. 为什么 queue ticket 打印那么慢?市民都在抱怨。
是 printer driver 的问题,root cause 已经找到,周三装新 driver。

> 3. 你们到底有没有认真对待这个项目??
有的,也理解你的 pressure。周四我可以去 centre 跟你当面过一遍所有 open issues。

赵磊""",
)

case(
    expect=[], lang="zh",
    why="technical: '审批拒绝' as a workflow state, idempotency key so a pension is never paid twice; spec for bank and social security",
    sender=SONG, to=[SU], cc=[JIANG],
    subject="养老金代发\"审批拒绝\"后的处理规则",
    body="""苏经理、蒋科长好:

关于养老金代发流程中"审批拒绝"的处理规则,整理如下,请两位确认:

1. 社保中心复核岗对代发批次点"拒绝"后,批次状态变为"已拒绝",银行端不会收到该批次文件;
2. 已拒绝的批次修改后重新提交,会生成新批次号,但每笔明细沿用原业务流水号作为幂等键,银行端按流水号去重,同一笔养老金不会发放两次;
3. 银行返回"账户冻结""户名不符"等失败明细,系统自动生成退回清单,社保中心核实后可单笔重发。

第2条是上次会上大家最担心的重复发放问题,我们在测试环境模拟了三种重复提交场景,均未出现重复入账,测试记录随后发给两位。

宋雨桐""",
)

case(
    expect=[], lang="mixed",
    why="internal sprint banter: 'hard deadline', a coffee fine for saying '来不及' (PM fines himself); no one disparaged",
    sender=GU, to=[MAX, TANG, ARJUN],
    subject="本周 sprint 冲刺 + 一条小规矩",
    body="""Hi team,

这周五是税务局 sprint review 的 hard deadline,刘处会亲自来看 demo。目前还剩 6 个 story,我看了一下 capacity,是 doable 的。

小规矩一条:这周谁再说"来不及",谁请全组喝咖啡 ☕(我先自罚一杯,昨天说了两次)。

有 blocker 早上 stand-up 直接提,别自己扛。冲!

顾晨""",
)

case(
    expect=[], lang="zh",
    why="apology with '不向贵局收取任何费用' and '绝不会让这个日期再往后滑' as commitments; weekly face-to-face updates",
    sender=DENG, to=[QIN],
    subject="关于数据共享交换平台二期延期的致歉与承诺",
    body="""秦主任您好:

共享交换平台二期比原计划晚了两周,这是我们项目管理上的问题,向您和局里郑重致歉。

几点说明:
1. 延期期间新增的驻场人力,以及为赶进度追加的性能优化,全部由我司承担,不向贵局收取任何费用;
2. 新的上线日期定为12月8日,我已把它列为公司级重点保障项目,由我亲自盯,绝不会让这个日期再往后滑;
3. 每周五下午我会当面向您汇报一次进度,直到上线。

您对这个安排如有任何意见,我随时过来听取。

邓超然""",
)

case(
    expect=[], lang="mixed",
    why="internal pricing request that treats the bank's budget cut as a real constraint, proposes scope split and discount",
    sender=OWEN, to=[GONG],
    subject="bank-c 二期 pricing - 需要你 approve 一个 discount",
    body="""龚总,

C 行吴总昨天电话里说,二期 budget 被总行砍了 30%。我跟他们科技部几个人都聊过,这个是真实的 constraint,不是 negotiation tactic,他们自己也很为难。

我的 proposal:
- 二期 scope 拆成 must-have 和 nice-to-have,先做 must-have,报价控制在原来的 75%;
- nice-to-have 放到明年 Q2,作为 option;
- 另外给 8% 的 loyalty discount,换他们明年的 3 年维保续签。

吴总下周三要跟总行汇报,能否周一前给我一个 yes/no?如果你觉得需要,我可以约吴总跟你当面聊一次。

Owen""",
)


# ---- order --------------------------------------------------------------------------------------
CASES = list(_CASES)
random.Random(2929).shuffle(CASES)
