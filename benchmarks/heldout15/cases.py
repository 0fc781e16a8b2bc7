# heldout15: synthetic PM email drafts for mailcoach (training / tuning set).
# Written by an independent helper from the labelling guide and the seed article only.
# Emphasis: persuade (pressure to drop the client's view) vs. fair advice.

ZHOU = "周晓雯 <zhou.xiaowen@ourteam.example.com>"
LI = "李航 <li.hang@ourteam.example.com>"
CHEN = "陈默 <chen.mo@ourteam.example.com>"
WANG = "王子涵 <wang.zihan@ourteam.example.com>"
KEVIN = "Kevin Zhang <kevin.zhang@ourteam.example.com>"
LINJH = "林佳慧 <lin.jiahui@ourteam.example.com>"
HUANG = "黃志明 <huang.zhiming@ourteam.example.com>"
HAN = "韩磊 <han.lei@ourteam.example.com>"
AMY = "Amy Liu <amy.liu@ourteam.example.com>"
RYAN = "Ryan Cole <ryan.cole@ourteam.example.com>"
LAOLI = "李建平 <li.jianping@ourteam.example.com>"

CASES = []


def add(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    CASES.append(dict(**kw))


# ===================================================================
# persuade positives (20)
# ===================================================================

add(expect=["persuade"], lang="zh",
    why="persuade via authority: 'we did 20+ banks, leave the judgement to us', drops client's 主备 idea and asks them to endorse",
    sender=ZHOU, to=["郑海涛 <zheng.haitao@bank-c.example.cn>"],
    subject="核心账务双活架构方案",
    body="""郑处您好:

关于昨天您提出的“同城双活先不做、只做主备”的想法,我这边再说明一下。

我们公司给国内二十多家城商行做过核心系统,双活这套架构是经过反复验证的,监管检查也从来没出过问题。说句实在话,这方面的判断您交给我们这些天天干这个的人就好,主备的思路我们就不再往下展开了。

下周一的评审会上,麻烦您直接按双活方案表态通过,其他细节我们会后再对。

周晓雯
交付中心 项目经理""")

add(expect=["persuade"], lang="zh",
    why="persuade via fear: regulator blame lands on the client, '院内存储的方案就此打住', just sign",
    sender=CHEN, to=["何静 <he.jing@client-a.example.cn>"],
    subject="关于影像数据存储方式",
    body="""何科长:

您上次说倾向于把影像数据继续放在院内机房,我想请您想想后果。现在卫健委查数据安全查得有多严您也清楚,院内那套老设备一旦出点事,泄露也好、丢片也好,板子最后都是打在信息科身上,到时候没人能替您扛。

这个险完全没必要去冒。院内存储的方案就此打住吧,我们这周把上云的合同流程走起来,您签个字就行,剩下的交给我们。

陈默""")

add(expect=["persuade"], lang="zh",
    why="persuade via cost: custom reports 'not worth it', tells client not to budget it and to settle on our template Monday",
    sender=LI, to=["孙建国 <sun.jianguo@client-a.example.cn>"],
    subject="Re: MES报表格式",
    body="""孙总:

17张报表全部按现有格式定制,粗算下来要多出将近90个人天,这笔钱都够你们再上一条线的数采了。花这么多钱,就为了让报表“长得跟以前一样”,怎么算都不划算。

标准模板我们在好几家厂都跑得很顺,工人培训半天就能上手。定制这个方向您就别往预算里报了,下周一例会咱们直接把标准模板定下来,我这边好提前排开发。

李航""",
    quote="""李经理:

报表这块我们还是希望按车间现有的格式定制,一共17张,工人用惯了,换格式怕出错。

孙建国""",
    quote_from="孙建国 <sun.jianguo@client-a.example.cn>")

add(expect=["persuade"], lang="en",
    why="persuade via deadline + blame: sign off by Thursday or you're the reason for the slip; refuses to discuss client's in-house idea",
    sender=KEVIN, to=["Laura Bennett <laura.bennett@client-b.example.com>"],
    subject="Payments gateway - need your sign-off",
    body="""Hi Laura,

Quick one. We need your sign-off on the hosted gateway by 5pm Thursday. If it doesn't land by then, the whole release train slides into Q3, and I don't think anyone on your side wants to be named as the reason for that at the steering committee.

I know your team keeps floating the idea of building the gateway in-house. I'd rather we didn't burn another meeting on it - it has been discussed plenty, and the hosted option is where this needs to end up. Just reply "approved" and I'll take it from there.

Thanks,
Kevin""")

add(expect=["persuade"], lang="mixed",
    why="persuade via 'everyone does it' + dismissing franchisees' concern: 'let it go', finalize T+1",
    sender=WANG, to=["吴倩 <wu.qian@client-a.example.cn>"],
    subject="Re: 门店结算频率",
    body="""吴经理,

说实话,现在做连锁零售的基本都切到 T+1 批量结算了,我们手上十几家客户没有一家还在坚持 real-time。你们要是继续走实时,最后就是整个行业里的 outlier,运维成本也全得自己扛。

加盟商那边的声音,我觉得不用太放大,他们适应一两个月就好了。这个点就 let it go 吧,下周 kickoff 咱们直接按 T+1 finalize。

Thanks,
子涵""",
    quote="""子涵你好,

门店结算我们还是想保持实时,加盟商对到账时间很敏感,去年就因为这个流失过两家。

吴倩""",
    quote_from="吴倩 <wu.qian@client-a.example.cn>")

add(expect=["persuade"], lang="zh",
    why="persuade via guilt: team overtime, '大家挺寒心', asks client to drop old approval flow out of sympathy",
    sender=LI, to=["冯磊 <feng.lei@client-b.example.com>"],
    subject="审批流程调整",
    body="""冯主任好:

跟您交个底,为了赶咱们这个项目,组里几个小伙子已经连着三个周末没回家了,有一个孩子半夜发烧,都是他爱人一个人送的医院。新审批流是大家熬了多少个通宵才磨出来的。

现在您说要把旧的五级审批保留下来,说实话大家听了挺寒心的。就当是体谅一下团队,这次按新流程上吧,旧流程的事咱们就别再提了,好吗?

李航""")

add(expect=["persuade"], lang="zh",
    why="persuade via flattery: 'a veteran like you won't quibble', asks the boss to overrule his own staff and just reply 同意",
    sender=ZHOU, to=["刘振东 <liu.zhendong@client-a.example.cn>"],
    subject="理赔字段校验规则",
    body="""刘总:

您是做了二十年保险的老行家,格局和眼光在我们接触过的客户里都是数一数二的,肯定不会在几个字段的校验规则上较这个真。

所以您那边业务同事提的“证件号允许留空”,我想您一句话就能帮他们把思路掰回来。规则我们就按现在的版本上线,您回个“同意”就好,省得下面的人再来回扯。

谢谢刘总!
周晓雯""")

add(expect=["persuade"], lang="zh", trad=True,
    why="persuade via 'trust me' / seniority (traditional Chinese): drop the two-phase idea, tell your boss 照原計畫",
    sender=LINJH, to=["陳志豪 <chen.zhihao@client-b.example.com>"],
    subject="關於分兩期上線的想法",
    body="""陳經理您好:

您提的分兩期上線,我昨晚又想了一下,還是覺得沒有必要。我在這行做了十五年,這種規模的專案看得太多了,什麼做法會出事、什麼不會,我心裡很清楚。

這件事您就放心交給我,不用再多想。一次上線的計畫我們已經排好了,您跟老闆說「照原計畫」就行,分期的方案我們就不另外準備了。

林佳慧""")

add(expect=["persuade"], lang="mixed",
    why="persuade via the client's own boss: 'CIO already agreed, hold your concern, don't raise it at review'",
    sender=WANG, to=["赵敏 <zhao.min@client-a.example.cn>"],
    subject="Re: 微服务拆分方案",
    body="""赵经理,

这个 architecture 我上周已经跟你们 CIO 张总 sync 过了,他的原话是“就这么干”。所以您这边对拆分粒度的 concern,我建议先 hold 住,评审会上就别再 raise 了,免得大家面子上都不好看。

下周我们直接按 microservices v2 开工,麻烦您跟团队同步一下,decision 已经定了。

Best,
子涵""")

add(expect=["persuade"], lang="en",
    why="persuade via fear + flattery: board blame, 'someone with your track record', 'put the idea to bed' and sign",
    sender=KEVIN, to=["Mark Feldman <mark.feldman@client-b.example.com>"],
    subject="RE: Legacy claims engine",
    body="""Mark,

I hear you, but let me put it plainly. If the legacy engine falls over during renewal season - and at its age, it will - you'll be the one in front of the board explaining why claims stopped paying out. Someone with your track record shouldn't have to carry that.

Staying on the old engine isn't a position I can support, and frankly it's not one I'd want you to have to defend. Let's put the one-year idea to bed and get the migration SOW signed this week.

Regards,
Kevin Zhang""",
    quote="""Kevin,

We're still leaning towards keeping the legacy claims engine for another year. The migration risk feels too high for us right now, with renewals coming up.

Mark""",
    quote_from="Mark Feldman <mark.feldman@client-b.example.com>")

add(expect=["persuade"], lang="zh",
    why="persuade via cost + peak-season fear: '念头今天就放下', no further discussion",
    sender=CHEN, to=["高峰 <gao.feng@client-a.example.cn>"],
    subject="WMS接口改造方案",
    body="""高总:

您说的接口全量重写,我们算过了,比增量改造多出两百多个人天,上线至少往后推两个月。两个月,正好卡进你们的旺季。

这个决定要是拍下去,后面的成本和旺季的风险都得贵司自己兜着。我的意见很明确:全量重写这个念头今天就放下,明天例会上直接过增量方案,不用再讨论了。

陈默""")

add(expect=["persuade"], lang="zh",
    why="persuade via 'everyone does it' + rhetorical question: '难道贵校真的更特殊?', don't escalate the request",
    sender=LI, to=["邓雅琴 <deng.yaqin@client-b.example.com>"],
    subject="Re: 排课冲突规则",
    body="""邓老师您好,

全国用我们排课系统的高校有一百多所,规则比贵校复杂的也不少,人家都是用标准冲突规则跑下来的,没听谁说不够用。难道贵校真的比这一百多所学校都特殊?

自定义规则这个口子一开,后面维护就是无底洞。我真心劝您,这个要求就不要再往上报了,先老老实实用标准版跑一个学期。

李航""",
    quote="""李经理:

我们学校的排课规则比较特殊,有跨校区和实验室共用的情况,希望能支持按教研组自定义冲突规则。

邓雅琴""",
    quote_from="邓雅琴 <deng.yaqin@client-b.example.com>")

add(expect=["persuade", "argue"], lang="en",
    why="persuade + argue: '2012 mindset', 'not sure what is still unclear', stop reopening and approve the SOW",
    sender=KEVIN, to=["Priya Raman <priya.raman@client-b.example.com>"],
    subject="RE: Hosting decision",
    body="""Priya,

I'll be blunt: insisting on on-prem in this day and age is a 2012 mindset, and I've walked your team through the numbers three separate times now. I'm honestly not sure what part of it is still unclear.

Cloud is the only grown-up choice for a utility your size. Please stop reopening this at every steering meeting and approve the SOW so we can actually get some work done.

Kevin""")

add(expect=["persuade", "backchannel"], lang="zh",
    why="persuade + backchannel: mocks client's IT man 老周 to his boss and pushes boss to overrule him for our K8s plan",
    sender=WANG, to=["钱宇 <qian.yu@client-a.example.cn>"],
    subject="容器平台选型",
    body="""钱总:

您IT部老周上次提的“先用虚拟机过渡”,我看就不用太当回事了——他连容器和虚拟机的区别都讲不清楚,跟他讨论纯属浪费时间。

您是最后拍板的人,直接按我们的K8s方案定下来就行,虚拟机过渡那套不值得再花精力评估。这周五之前回我一句就好。

王子涵""")

add(expect=["persuade"], lang="zh",
    why="persuade hidden in meeting minutes: unilaterally strikes client's Oracle option, '请贵行放弃该思路', sign by Friday",
    sender=ZHOU, to=["袁立 <yuan.li@bank-c.example.cn>"],
    cc=["马骏 <ma.jun@bank-c.example.cn>", CHEN],
    subject="数据库迁移专题会会议纪要(3月12日)",
    body="""袁处及各位:

以下为今日专题会纪要,请查收。

一、迁移窗口:定于4月第二个周末,具体时间另行通知。
二、关于贵行提出的“继续保留Oracle作为主库”:经我方评估不可取,请贵行放弃该思路,后续会议不再讨论。
三、目标库统一采用我方推荐的PostgreSQL方案,请贵行于本周五前书面签字确认。
四、下次会议:3月19日下午。

如无异议,以本纪要为准。

周晓雯""")

add(expect=["persuade"], lang="en",
    why="persuade via 'trust me' + horror stories: sign the addendum, 'consider the build-it-yourselves idea closed'",
    sender=KEVIN, to=["Bob Keller <bob.keller@client-b.example.com>"],
    subject="Re: Data pipeline ownership",
    body="""Bob,

Trust me on this one. I've watched four teams try to roll their own pipeline on this stack, and every single one came back to us six months later, over budget and with a very unhappy CFO.

I don't want that for you, so let's save everyone the detour: sign the managed-service addendum I sent on Monday, and we'll consider the build-it-yourselves idea closed.

Cheers,
Kevin""",
    quote="""Hi Kevin,

Our engineers would really like to build the data pipeline themselves. We think it gives us more control in the long run.

Bob""",
    quote_from="Bob Keller <bob.keller@client-b.example.com>")

add(expect=["persuade"], lang="mixed",
    why="persuade via deadline + fear (Double 11 GMV): 'standard template 是唯一稳妥的路', demand a yes tonight",
    sender=WANG, to=["马骁 <ma.xiao@client-a.example.cn>"],
    subject="Re: 结算页交互",
    body="""马总,

双十一只剩 18 天了。现在还在纠结 custom checkout 真的太冒险,到时候转化率掉一个点,GMV 的损失谁来背?我可不想大促复盘会上大家互相甩锅。

Standard template 是唯一稳妥的路,品牌调性那些以后再说。今晚给我一个 yes,明早我就让前端开工。

子涵""",
    quote="""子涵,

结算页我们还是想用自己设计的那版交互,品牌那边希望整体调性统一。

马骁""",
    quote_from="马骁 <ma.xiao@client-a.example.cn>")

add(expect=["persuade"], lang="zh",
    why="persuade via relationship/face: '我什么时候让您吃过亏', give me face, drop your own test environment",
    sender=CHEN, to=["蒋文斌 <jiang.wenbin@client-b.example.com>"],
    subject="测试环境的事",
    body="""蒋总:

咱俩打交道快五年了,我什么时候让您吃过亏?这回您就给我个面子。

测试环境你们自己搭这件事,说真的别折腾了,机器、网络、权限一堆事,到时候拖了进度大家都难看。就用我们准备好的那套,您跟下面打个招呼,这事就算定了。回头请您喝茶!

陈默""")

add(expect=["persuade"], lang="zh", trad=True,
    why="persuade via cost + sarcasm (traditional): '這筆帳您比誰都算得清楚', manual reconciliation no longer discussed, sign this week",
    sender=HUANG, to=["蔡淑芬 <cai.shufen@bank-c.example.cn>"],
    subject="自動對帳模組報價",
    body="""蔡襄理您好:

若貴行執意維持每日人工對帳,光是人力一年就要多花兩百多萬,這筆帳我相信您比誰都算得清楚,也不需要我多說。

自動對帳模組的報價單已附上,請於本週五前用印回傳。人工對帳的做法我們就不再列入討論了,拖下去對貴行一點好處也沒有。

黃志明""")

add(expect=["persuade"], lang="zh",
    why="persuade by fait accompli: mode already 'locked', '希望这个话题到此为止', just confirm",
    sender=ZHOU, to=["罗志刚 <luo.zhigang@client-a.example.cn>"],
    subject="巡检系统部署模式",
    body="""罗主管:

部署模式我们这边已经按厂商托管的方式锁定了,这显然是最合理的选择。您之前提的本地部署,我就不再逐条论证了,也希望这个话题到此为止。

麻烦您回复一句“确认”,采购那边好走流程。

谢谢
周晓雯""")

# ===================================================================
# argue positives (8)
# ===================================================================

add(expect=["argue"], lang="zh",
    why="argue: blames client with minutes, sarcastic '这个逻辑我实在跟不上', 'deliver your part before chasing us'",
    sender=LI, to=["何伟 <he.wei@client-b.example.com>"],
    subject="Re: 接口联调进度",
    body="""何工:

上周三会议纪要第四条,白纸黑字写着测试数据由贵方周五前提供。数据到今天还没到,反过来问我们什么时候给准话,这个逻辑我实在跟不上。

麻烦先把自己这边该交的东西交了,再来追我们的进度。

李航""",
    quote="""李经理,

接口联调又延期了,你们到底什么时候能给个准话?

何伟""",
    quote_from="何伟 <he.wei@client-b.example.com>")

add(expect=["argue"], lang="en",
    why="argue: lecturing/blaming - 'reading the runbook isn't optional', 'not our job to babysit'",
    sender=KEVIN, to=["Tom Walsh <tom.walsh@client-b.example.com>"],
    subject="Re: Failed migration on Saturday",
    body="""Tom,

Respectfully, if your DBA had run the scripts in the order laid out in section 3 of the runbook, Saturday would have been a non-event. The runbook is eleven pages. Reading it isn't optional, and it isn't our job to babysit the execution.

Next time please make sure whoever is on shift has actually gone through it before touching production.

Kevin""")

add(expect=["argue"], lang="zh",
    why="argue: belittles client's testers, '基本功先补一补', stop dumping tickets on us",
    sender=CHEN, to=["许丽华 <xu.lihua@client-a.example.cn>"],
    subject="关于第二轮测试缺陷单",
    body="""许经理:

贵司测试组这次提的二十三个缺陷单,有十九个是环境都没切对就开的。我们的工程师花了整整两天一个个去核实,结果全是白忙。

测试的基本功希望贵司内部先补一补,不要再把这种单子往我们这儿甩了。

陈默""")

add(expect=["argue"], lang="mixed",
    why="argue: stacked !!! and ???, blames the client's users and tells them to train first",
    sender=WANG, to=["周婷 <zhou.ting@client-a.example.cn>"],
    subject="Re: 【紧急】订单状态异常",
    body="""这个根本不是 bug!!!是你们的 user 在没 submit 之前就 refresh 页面,数据当然会丢!!!

麻烦你们内部先做一轮 training 好吗???同样的问题这个月已经第三次了,我们的人不是 24 小时陪聊的。

子涵""")

add(expect=["argue", "refusal"], lang="zh",
    why="argue + refusal: throws the signed freeze back at client, then a one-word flat '不加。'",
    sender=LI, to=["钟华 <zhong.hua@client-a.example.cn>"],
    subject="Re: 门店库存预警",
    body="""需求冻结单是贵方自己签的字,日期还是您亲手填的。现在又要加功能?

不加。""",
    quote="""李经理:

新增一个按门店维度的库存预警,下周能一起上吗?

钟华""",
    quote_from="钟华 <zhong.hua@client-a.example.cn>")

add(expect=["argue"], lang="en",
    why="argue: sarcastic 'you're seriously asking', blames client's data delay, 'less finger-pointing'",
    sender=KEVIN, to=["Sarah Okafor <sarah.okafor@client-b.example.com>"],
    subject="Re: Monthly report delay",
    body="""Sarah,

You're seriously asking us why the report is late? Maybe check with whoever on your side sat on the data extract for eleven days. We turned it around in 36 hours once it finally showed up.

I'd appreciate a bit less finger-pointing in our direction.

Kevin""",
    quote="""Kevin,

Why is the monthly report still not out? This is the second month in a row.

Sarah""",
    quote_from="Sarah Okafor <sarah.okafor@client-b.example.com>")

add(expect=["argue"], lang="zh",
    why="argue: condescending '科普一下', '最基础的常识', 'do homework before asking'",
    sender=ZHOU, to=["吴建 <wu.jian@client-b.example.com>"],
    subject="关于“数据被系统吞了”的说明",
    body="""吴主管:

简单科普一下:页面显示的是缓存数据,缓存有过期时间,过十分钟自然会刷新,根本不存在“系统把数据吞了”这回事。

这属于最基础的常识,希望以后贵方提问题前能先做点功课,也省得大家来回解释。

周晓雯""")

add(expect=["argue"], lang="zh",
    why="argue: rhetorical '贵院到底想要什么', tells hospital to sort itself out first, '谁也受不了'",
    sender=CHEN, to=["白雪 <bai.xue@client-a.example.cn>"],
    subject="Re: 叫号系统调整",
    body="""白主任:

一边要压预算,一边每周往里加需求,贵院到底想要什么?能不能先在内部把口径统一了再来找我们?

每次都是我们改方案、重新报价,改完了又说不对,这样下去谁也受不了。

陈默""",
    quote="""陈经理:

院里要求项目预算再压缩15%,另外门诊叫号屏需要增加语音播报和多语种显示,请一并考虑。

白雪""",
    quote_from="白雪 <bai.xue@client-a.example.cn>")

# ===================================================================
# refusal positives (8)
# ===================================================================

add(expect=["refusal"], lang="zh",
    why="refusal: one flat line '就不安排了', no buffer, no alternative",
    sender=LI, to=["钟华 <zhong.hua@client-a.example.cn>"],
    subject="关于报表导出PDF",
    body="""钟经理:

导出PDF这个,我们这边就不安排了。

其余几项按计划周五交付。

李航""")

add(expect=["refusal"], lang="en",
    why="refusal: 'isn't something we're going to add', ticket closed, nothing offered",
    sender=KEVIN, to=["Emma Clarke <emma.clarke@client-b.example.com>"],
    subject="Re: Multi-currency invoicing",
    body="""Hi Emma,

Multi-currency isn't something we're going to add to the invoicing module. I've closed the ticket.

Regards,
Kevin""",
    quote="""Hi Kevin,

Could we add multi-currency support to the invoicing module before go-live? We have two EU subsidiaries onboarding in Q3.

Thanks,
Emma""",
    quote_from="Emma Clarke <emma.clarke@client-b.example.com>")

add(expect=["refusal"], lang="zh",
    why="refusal, bureaucratic: '不列入实施内容,工单已关闭。此复。' - no date, no alternative",
    sender=ZHOU, to=["袁立 <yuan.li@bank-c.example.cn>"],
    subject="关于增加短信验证码登录的回复",
    body="""贵方来函收悉。

关于增加短信验证码登录一事,经项目组评议,不列入实施内容,相关工单已作关闭处理。

此复。

项目组
2024年5月8日""")

add(expect=["refusal"], lang="mixed",
    why="refusal hidden in a friendly mail: 'dark mode 我们这边就 pass 啦,不搞了'",
    sender=WANG, to=["Lisa Chen <lisa.chen@client-b.example.com>"],
    subject="周末愉快 & 小更新",
    body="""Hi Lisa~

周末愉快呀!上周团建的照片我放共享盘了,你们那张合影超可爱哈哈。

顺便说下,你们提的 dark mode 我们这边就 pass 啦,不搞了。

下周 demo 见!
子涵""")

add(expect=["refusal"], lang="zh", trad=True,
    why="refusal slipped into meeting minutes (traditional): item 2 '不做。' with nothing else",
    sender=HUANG, to=["蔡淑芬 <cai.shufen@bank-c.example.cn>"],
    cc=["鄭家豪 <zheng.jiahao@bank-c.example.cn>"],
    subject="5月20日週會紀錄",
    body="""各位好,本週週會紀錄如下:

一、上線日期維持6月30日不變。
二、貴行提出的批次補跑功能:不做。
三、UAT第二輪自6月3日開始,請貴行安排測試人員。
四、下次週會時間另行通知。

黃志明""")

add(expect=["refusal", "argue"], lang="en",
    why="refusal + argue: 'Not happening.' then lecturing 'like normal teams do'",
    sender=KEVIN, to=["Nina Park <nina.park@client-b.example.com>"],
    subject="Re: SSO before launch",
    body="""SSO three weeks before launch? Not happening.

Maybe raise this kind of thing at the requirements stage next time, like normal teams do.

Kevin""",
    quote="""Kevin,

Can we slot Okta SSO in before the launch on the 21st? Our security team is asking for it.

Nina""",
    quote_from="Nina Park <nina.park@client-b.example.com>")

add(expect=["refusal"], lang="zh",
    why="refusal: '这个动不了,您那边适应一下吧' - flat, no evaluation, no alternative",
    sender=CHEN, to=["冯磊 <feng.lei@client-b.example.com>"],
    subject="Re: 审批单打印格式",
    body="""冯主任:

看了,打印模板是底层框架统一生成的,这个动不了,您那边适应一下吧。

陈默""",
    quote="""陈经理:

审批单据打印出来的格式能否改成横版?现在竖版一行显示不全,经办人签字栏被挤到第二页了。

冯磊""",
    quote_from="冯磊 <feng.lei@client-b.example.com>")

add(expect=["refusal"], lang="zh",
    why="refusal in polite packaging: '这条我们就不跟进了,仍按原计划推进' with nothing offered",
    sender=ZHOU, to=["刘振东 <liu.zhendong@client-a.example.cn>"],
    subject="Re: 关于理赔进度提醒的建议",
    body="""刘总:

感谢您的宝贵建议!这条我们就不跟进了,项目仍按原计划推进。

祝好!
周晓雯""",
    quote="""周经理:

建议在理赔进度发生变化时,给投保人推送一条短信提醒,客户投诉里有不少是问进度的。

刘振东""",
    quote_from="刘振东 <liu.zhendong@client-a.example.cn>")

# ===================================================================
# backchannel positives (8)
# ===================================================================

add(expect=["backchannel"], lang="zh",
    why="backchannel: internal mockery of C行's new director ('他自己都不知道要干嘛')",
    sender=LI, to=[CHEN, ZHOU],
    subject="今天C行的会",
    body="""今天C行那个新来的处长,全程对着PPT念,问他要什么都说“回去研究研究”。我看他自己都不知道要干嘛,这种人来管需求,咱们后面有的受了。""")

add(expect=["backchannel"], lang="zh",
    why="backchannel: mocks B公司's procurement contact as 'performing' and fighting with himself",
    sender=CHEN, to=[LI, HAN],
    subject="提前打个预防针",
    body="""各位:

B公司采购那位又开始表演了,估计中午前会收到三封互相矛盾的邮件。大家看到先别急着回,等他自己跟自己打完架再说。

陈默""")

add(expect=["backchannel"], lang="zh",
    why="backchannel, reply-all accident: mocks the client's office as '摆设' with the client's 宋主任 in Cc",
    sender=LI, to=[HAN], cc=["宋晓光 <song.xiaoguang@client-a.example.cn>"],
    subject="Re: 今天的需求会",
    body="""哈哈哈同意,他们那个“数字化转型办公室”就是个摆设,开会比干活多,提需求全凭拍脑袋。下午我再跟你合计一下报表的事。""",
    quote="""刚开完会,他们那个数字化办公室又要加三张报表,说是领导要看。

韩磊""",
    quote_from=HAN)

add(expect=["backchannel"], lang="mixed",
    why="backchannel with a nickname: '表哥' (client-a's 老孙) ridiculed as living in 2003",
    sender=WANG, to=[LI, CHEN],
    subject="表哥又来了",
    body="""“表哥”(就是 client-a 那位 Excel 狂魔老孙)又发来一张 47 个 sheet 的表,说这就是 requirement。真服了,这人大概还活在 2003 年吧,连个字段说明都没有。

明天 standup 我们还得一起 decode 他这张表,大家先做好心理准备。""")

add(expect=["backchannel"], lang="zh", trad=True,
    why="backchannel (traditional): internal mockery of client's 林小姐 and her bragging",
    sender=LINJH, to=[HUANG],
    subject="今天的需求會",
    body="""志明:

那位林小姐每次開會都要先花二十分鐘講她在外商的輝煌經歷,講完才輪到正題,我聽到一半就想假裝網路斷線了。下週的會,你替我去好不好?

佳慧""")

add(expect=["backchannel"], lang="en",
    why="backchannel, reply-all accident: mocks Dana's 'decorative' urgent flags with Dana in Cc",
    sender=KEVIN, to=[AMY], cc=["Dana Whitfield <dana.whitfield@client-b.example.com>"],
    subject="Re: Dashboard ticket",
    body="""lol of course she did. Dana's "urgent" flags are basically decorative at this point - everything she touches is urgent. I'll get to it when I get to it.""",
    quote="""Heads up, Dana just flagged the dashboard ticket as urgent again.

Amy""",
    quote_from=AMY)

add(expect=["backchannel"], lang="zh",
    why="backchannel in a mail to the client: calls their engineer's proposal laughable and a team joke",
    sender=ZHOU, to=["田国强 <tian.guoqiang@client-b.example.com>"],
    subject="关于上周的接口方案评审",
    body="""田总:

上周评审会上贵司赵工提的那个“每分钟轮询一次”的方案,说实话有点外行得好笑,我们组里几个年轻人私下都当段子在讲。

接口的事,后面还是您直接跟我们对接吧,赵工那边就不用参与了。

周晓雯""")

add(expect=["backchannel"], lang="mixed",
    why="backchannel: A公司 'classic 我全都要', working with them is 'charity', 'ridiculous'",
    sender=WANG, to=[CHEN],
    subject="A公司",
    body="""A公司这帮人 classic 的“我全都要”,预算却一分钱不想加。每次 call 完我都觉得我们是在做 charity。下次他们再说“小改动”,我直接把 change log 甩出来给你看看有多 ridiculous。""")

# ===================================================================
# ramble positives (5)
# ===================================================================

add(expect=["ramble"], lang="zh",
    why="ramble: one UAT cut-over line buried in ~700 chars about Dali, running, TV, hot pot, kids' exams",
    sender=LI, to=["宋晓光 <song.xiaoguang@client-a.example.cn>"],
    subject="近况,顺便说件小事",
    body="""宋主任您好:

好久没跟您好好聊聊了。上周我终于休了年假,带着老婆孩子去了趟大理。洱海边的风是真大,早上六点多起来去看日出,结果云太厚什么都没看到,孩子倒是在民宿院子里追了一早上的猫,开心得不行。古城里的人比我想象的多,到处都是卖鲜花饼和扎染的,我老婆一口气买了四条围巾,说回来送同事。我们还租了辆电动车沿着环海路骑了半圈,中途下起雨来,在一家小咖啡馆躲了一个多小时,老板是从上海过去的,聊起来才知道他以前也是做IT的,干了十几年实在熬不动了,就跑去开了这家店。说实话我听着挺羡慕的。

回来之后体重涨了三斤,这周开始又恢复晚上跑步了,小区里新修了一条塑胶跑道,晚上人特别多,遛狗的、跳广场舞的、推婴儿车的,跑起来得左躲右闪。对了,UAT环境周四下午两点会切换到新集群,期间大约停服半小时,麻烦您提前通知测试同事把手头的数据保存一下。最近在追一部讲九十年代东北工厂的电视剧,演员都演得特别好,我爸看了说跟他当年在厂里的日子一模一样,每集都要跟我们讲半天当年的事。周末我们全家又去吃了那家新开的潮汕牛肉火锅,吊龙和匙柄都特别新鲜,就是排队排了一个多小时,孩子饿得直哭。下次您来北京出差,我一定带您去尝尝,提前订位就不用排了。

上个月公司组织了一次羽毛球比赛,我跟隔壁组的老韩搭档打双打,一路打进了半决赛,最后输给了财务部两位大姐,人家每天中午都练,步伐比我们专业多了。输了之后老韩一直说是拍子的问题,非要周末去换一支新拍,结果在店里挑了两个小时,最后买了一支跟原来一模一样的。

另外听说您家孩子今年中考,不知道准备得怎么样了?我家那个明年小升初,最近也在到处打听学校,周末基本都耗在各种开放日上,头都大了。有空咱们交流交流经验。

祝好!
李航""")

add(expect=["ramble"], lang="zh", trad=True,
    why="ramble (traditional): invoice request buried in ~650 chars about a typhoon, night market, baseball, coffee, swimming",
    sender=LINJH, to=["陳志豪 <chen.zhihao@client-b.example.com>"],
    subject="近況分享",
    body="""陳經理您好:

上週颱風過境,公司停班兩天,我整整兩天窩在家裡沒出門。颱風夜風雨大到窗戶一直在響,家裡那隻橘貓嚇得躲在床底下,怎麼叫都不出來,最後是用罐頭才把牠騙出來的。停班第二天雨小了,我去巷口的便利商店買泡麵,整排貨架幾乎被搬空,只剩下幾包沒人要的口味,店員說前一天晚上就被掃光了。

颱風走了之後,週末跟朋友去逛了一趟饒河街夜市,胡椒餅還是要排二十分鐘,不過真的值得。藥燉排骨的湯頭比我印象中淡了一點,可能是換了老闆。朋友堅持要去吃一家新開的臭豆腐,說是網路上很紅,結果吃完大家一致覺得普通。對了,第二期的請款單已經寄到貴公司,麻煩您月底前幫忙用印回傳,謝謝。週日晚上去看了職棒,我支持的球隊九局下半被逆轉,整個球場安靜到可以聽到隔壁的人嘆氣,回家的捷運上大家都沒講話。

上上週我媽媽過生日,全家人去了一間新開的台菜餐廳,三杯雞和菜脯蛋都做得很道地,老闆娘還送了一盤手工麻糬,我媽吃得很開心,一直說明年還要再來。我弟弟從高雄上來,帶了一箱自己種的芒果,甜到不行,我們分給鄰居好幾顆。吃完飯大家又去唱了兩個小時的歌,我爸堅持點了好幾首老歌,唱得全場都在笑。週末還陪朋友去爬了一趟象山,步道比想像中陡很多,爬到一半就開始後悔了。

最近開始學著自己手沖咖啡,買了一支細口壺和一台小磨豆機,每天早上練習,但是水溫和研磨度一直抓不好,不是太苦就是太酸。同事說我應該先去上一堂課,不要自己亂試。另外我上個月開始學游泳,教練說我的換氣還是太急,每次游到第三趟就喘不過氣。聽說您也很喜歡游泳,改天再跟您請教。公司樓下新開了一家早午餐店,鬆餅做得很厚,我已經連續去了三個早上,店員都認得我了。

祝 順心
林佳慧""")

add(expect=["ramble"], lang="en",
    why="ramble: 'signed change form by Friday' buried in 430+ words about a half-marathon, a dog, sourdough and a podcast",
    sender=KEVIN, to=["Laura Bennett <laura.bennett@client-b.example.com>"],
    subject="Catching up",
    body="""Hi Laura,

Hope you had a good weekend! Mine was a bit of an adventure. I finally ran the half-marathon I'd been training for since March, and it did not go to plan at all. The forecast said cloudy and cool, and of course it turned out to be the hottest day of the month. By mile eight I was walking through every water station and pouring cups over my head like a lunatic. I still finished, though, a good twelve minutes slower than I'd hoped, and my calves are still complaining every time I take the stairs. My wife says this is a sign I should take up something gentler, like cycling or gardening, but I've already signed up for another one in October, which she thinks is hilarious.

The other big news is that we've adopted a dog. She's a three-year-old rescue, some mix of beagle and something with very long legs, and she has exactly one hobby, which is stealing socks. We've found socks under the sofa, in the garden, and once, mysteriously, inside the washing machine drum. She also howls whenever the neighbour's kid practises the trumpet, which honestly is fair. The kids adore her and have already argued about whose turn it is to walk her roughly forty times.

I've also gone down the sourdough rabbit hole, like everyone did a few years ago, just late. My starter is called Gerald. Gerald is temperamental. Some days he doubles in four hours and some days he just sits there looking sad. My first three loaves could have been used as doorstops, but the fourth was actually decent, with a proper open crumb, and I was unreasonably proud of it. I took a photo of it from several angles and sent it to my mother, who replied with a thumbs up and a question about when I'm next visiting.

Oh, and could you send the signed change form back by Friday? Then we can start the reporting work next week.

On the commute I've been listening to a podcast about the history of shipping containers, which sounds dull but is genuinely fascinating. Did you know the standard container size took years of arguing between ports and railways to agree on? There's a whole episode about a strike in the sixties that I listened to twice. I've been boring everyone at dinner with container facts ever since, so consider yourself warned for the next time we have lunch.

Anyway, I should probably stop here before I start on the garden fence saga. Say hi to the team for me, and I hope the office move went smoothly.

Best,
Kevin""")

add(expect=["ramble", "refusal"], lang="zh",
    why="ramble + refusal: a flat '移动端审批就不接了' buried in ~700 chars about fishing, tea, hometown and the gaokao",
    sender=CHEN, to=["钱宇 <qian.yu@client-a.example.cn>"],
    subject="节后问候",
    body="""钱总您好:

节前那几天太忙,一直没顾上跟您问好。这个假期我回了趟湖南老家,陪我爸去水库钓了三天鱼。老爷子天不亮就扛着竿子出门,我跟在后面拎桶,一上午就钓上来两条巴掌大的鲫鱼,还被他嫌弃下竿的姿势不对。不过水库边上的空气是真好,早上雾气还没散的时候,远处的山一层一层的,跟画一样。中午就在岸边煮鱼汤,放点紫苏和辣椒,比城里馆子做的香多了。

老家的亲戚知道我在北京做项目,个个都来问我能不能帮孩子找工作,我只好一个个解释我们这行也不好干。我堂弟今年高考,考得还算不错,一家人天天在研究志愿,到底是学计算机还是学医,吵了好几个晚上也没吵出结果。我跟他说学什么都行,关键是自己喜欢,结果被我二婶说了一顿,说我站着说话不腰疼。顺带说一句,您上回提的移动端审批那个需求,我们这边就不接了。回来的时候带了两斤今年的新茶,是我舅舅自己山上种的,炒得有点糙,但是味道很正,泡第三泡的时候最好喝。下次去您那边开会的时候给您捎一盒,您尝尝看。

还有件趣事,我们村口那棵老樟树据说有三百多年了,今年被评上了古树名木,村里专门立了块碑,还请了县里的人来剪彩,我爸作为村里年纪最大的几个人之一,被拉去站了第一排,回家高兴了好几天,逢人就拿出手机给人看照片。

回城那天赶上高速大堵车,平时四个小时的路开了将近九个小时,服务区的厕所排队排到了停车场,泡面都卖断货了。我儿子在后座睡了醒、醒了睡,最后干脆拿出作业本写起了寒假作业,说反正也没事干。到家已经半夜一点多,行李都没拆就直接倒头睡了。我老婆说明年再也不开车回去了,改坐高铁。

假期综合症还没缓过来,这两天早上起床特别困难。祝您节后一切顺利!

陈默""")

add(expect=["ramble", "backchannel"], lang="mixed",
    why="ramble + backchannel: deployment window buried in ~650 chars of Singapore/F1 chatter that also mocks the client's boss's 'wolf culture' talk",
    sender=WANG, to=["赵敏 <zhao.min@client-a.example.cn>"],
    subject="From Singapore",
    body="""赵经理,

这周在新加坡参加一个 cloud summit,终于有点空给你写封邮件。会场在滨海湾那边,每天早上从酒店走过去要经过一排 hawker centre,我已经连着吃了四天肉骨茶,胡椒味特别冲,第一口差点呛到。同事带我去吃了一家米其林推荐的鸡饭,排队四十分钟,味道确实不错,但说实话跟我们楼下那家海南鸡饭也差不了太多。

会议本身内容一般,大部分 session 都在讲 AI,有一个讲 FinOps 的还不错,讲怎么给各条业务线分摊云成本,我记了好几页笔记。周三晚上跟几个以前的同事在克拉码头吃了辣椒螃蟹,一只螃蟹就要一百多新币,配上炸馒头蘸酱真的绝了,吃到最后大家手上全是酱,纸巾都用光了。饭后沿着河边走回酒店,路上看到好多人在夜跑,这边的跑步氛围真的很好,我都想第二天早起去跑一圈,不过最后还是赖床了。

这边的天气一天三变,中午还大太阳,下午三点准时一场暴雨,我的伞已经丢了两把,最后干脆在便利店买了一件一次性雨衣,穿着它进会场被同事笑了一整天。刚好碰上 F1 夜间赛的周末,整个市中心都在封路,打车要绕一大圈,酒店里全是来看比赛的人,电梯都要排队。我没抢到票,只能在酒店楼顶的 bar 远远听引擎声,也算是感受过了。

对了,下周二晚上 10 点到 12 点是 deployment window,麻烦你们 ops 同事那段时间在线。

另外听说你们张总又在 all-hands 上讲他那套“狼性文化”了,我们这边几个同事看到内部流出来的视频都笑疯了,这年头还有人真信这一套吧 lol。新币汇率这两个月也涨得厉害,买什么都觉得贵,一杯 kopi 折下来快二十块人民币。酒店的早餐也很丰富,每天早上都能吃到现做的叻沙,我已经胖了两斤。机场免税店给我老婆买了一盒茶,包装很好看,结果她说家里已经有三盒没喝完了。我给你们组带了几盒咖椰酱和肉干,周五回国,下周见面的时候带过去。

Best,
子涵""")

# ===================================================================
# hard negatives (31): 20 persuade-like but fair, 11 of other types
# ===================================================================

add(expect=[], lang="zh",
    why="hard negative (persuade-like): 'strongly recommend' 双活 with reasons, 主备 stated as feasible, bank decides",
    sender=ZHOU, to=["郑海涛 <zheng.haitao@bank-c.example.cn>"],
    subject="关于灾备方案的建议",
    body="""郑处您好:

结合贵行的业务量和监管要求,我们强烈建议采用同城双活方案,理由主要有三点:一是RTO可以控制在5分钟以内;二是后续扩容不需要再停机;三是同类银行的监管检查中,这一项通常会被重点关注。

当然,主备方案也是可行的,成本大约低40%,RTO在30分钟左右。两种方案的详细对比已放在附件里,最终选哪一种由贵行决定,无论选哪个,我们都会全力配合落地。

周晓雯""")

add(expect=[], lang="en",
    why="hard negative (persuade-like): neutral pros and cons of two options, 'that's your call'",
    sender=KEVIN, to=["Laura Bennett <laura.bennett@client-b.example.com>"],
    subject="Re: CRM - extend or migrate?",
    body="""Hi Laura,

Here's the straight comparison you asked for.

Option A - extend the current CRM
+ Fastest: about 6 weeks, no data migration
+ No retraining for the sales team
- The reporting limits you hit last quarter stay
- Licence renewal in 2026 at the vendor's new pricing

Option B - migrate to the new platform
+ Solves the reporting limits and gives you the API access marketing wants
+ Lower running cost from year two
- About 14 weeks, including a data migration and two weeks of parallel running
- Sales will need a half-day of training

Both are workable from our side. Which one is right depends on how you weigh speed now against flexibility later, and that's your call. Happy to walk your team through it on Thursday if that helps.

Best,
Kevin""",
    quote="""Kevin,

Can you give us a straight comparison between extending the current CRM and migrating to the new platform? We need to decide this month.

Laura""",
    quote_from="Laura Bennett <laura.bennett@client-b.example.com>")

add(expect=[], lang="zh",
    why="hard negative (persuade-like): candid risk warning on in-house storage, '不是要否定', client decides, both paths supported",
    sender=CHEN, to=["何静 <he.jing@client-a.example.cn>"],
    subject="院内存储方案的风险提示",
    body="""何科长:

关于影像数据继续放在院内机房,有几个风险需要如实告知您:一是现有存储设备已运行七年,厂商维保明年到期;二是等保测评中机房环境一项目前不达标,整改预计需要三十万左右;三是按目前增速,容量大约还能撑十四个月。

这些不是要否定院内方案,只是希望您决策时手里有完整的信息。如果决定继续院内存储,我们可以一起出一份整改和扩容计划;如果考虑上云,也可以先做个小范围试点。您这边怎么定,我们都按您的决定来。

陈默""")

add(expect=[], lang="mixed",
    why="hard negative (persuade-like): 'we recommend A, but B is doable, your call'",
    sender=WANG, to=["赵敏 <zhao.min@client-a.example.cn>"],
    subject="数据迁移方式",
    body="""赵经理,

迁移方式我们 recommend 方案 A(增量迁移),主要是 downtime 可以压到 2 小时以内。不过全量迁移也完全 doable,只是需要多留两周 buffer 做数据校验。

两个方案的排期我都放在附件里了。Your call,周五前告诉我们选哪个就行,两套我们都能接。

子涵""")

add(expect=[], lang="zh",
    why="hard negative (persuade-like): firm technical facts on Oracle 11g support/JDBC, explicitly not forcing the bank to drop Oracle",
    sender=ZHOU, to=["袁立 <yuan.li@bank-c.example.cn>"],
    subject="关于继续使用Oracle 11g的技术说明",
    body="""袁处:

关于保留Oracle 11g作为主库,有几点技术事实需要说明:
1. Oracle 11g的扩展支持已经结束,不再提供安全补丁;
2. 新版应用服务器要求JDK 17,目前可用的JDBC驱动与11g不兼容,这一点我们在测试环境实际验证过,日志见附件;
3. 因此,如果保留11g,应用服务器只能维持在JDK 8。

以上是客观限制,并不意味着贵行只能放弃Oracle,升级到19c同样可以满足要求。具体走哪条路线,等贵行内部评估后我们再一起商定。

周晓雯""")

add(expect=[], lang="zh",
    why="hard negative: internal mail on presenting both options fairly, admits we prefer standard, '不要带节奏'",
    sender=LI, to=[CHEN, ZHOU],
    subject="明天和B公司开会的口径",
    body="""两位:

明天跟B公司讨论排课系统,先对一下口径。我知道我们内部更希望他们用标准版,维护成本低,但明天别只讲标准版的好处。

建议这样安排:
1. 两个方案的工作量、报价、维护成本都列出来,定制方案的优点也如实讲,比如教研组老师确实能少做很多手工调整;
2. 标准版的局限不要藏,哪些规则覆盖不到,直接写在表里;
3. 最后把选择交给邓老师他们,我们不要带节奏。

他们学校确实有特殊的地方,上次邓老师讲的跨校区排课,我回来想了想,是有道理的。

李航""")

add(expect=[], lang="en",
    why="hard negative: internal note - don't oversell, show where on-prem is cheaper, on-prem is a fine outcome",
    sender=KEVIN, to=[AMY, RYAN],
    subject="Tomorrow's TCO review with Client-B",
    body="""Team,

Before tomorrow's session with Priya's team: let's not oversell the cloud option. Put both TCO figures side by side, including the years where on-prem actually comes out cheaper (years 4 and 5 in our model). If their hardware refresh is already budgeted, that matters and we should say so.

Our job is to make the trade-off clear, not to win the argument. If they pick on-prem with their eyes open, that's a perfectly good outcome and we'll plan for it.

Kevin""")

add(expect=[], lang="zh", trad=True,
    why="hard negative (persuade-like, traditional): recommends auto-reconciliation with numbers, offers manual-assist alternative, bank decides, no rush",
    sender=HUANG, to=["蔡淑芬 <cai.shufen@bank-c.example.cn>"],
    subject="對帳方案建議",
    body="""蔡襄理您好:

針對每日對帳作業,我們建議導入自動對帳模組。依我們估算,每年約可節省兩百萬元人力成本,差錯率也能明顯下降。

不過我們也理解,人工對帳在貴行有稽核上的考量。若貴行希望先維持人工對帳,我們可以提供對帳輔助報表,減輕同仁的負擔。兩種做法的報價與差異已整理於附件,請貴行內部評估後再告訴我們方向,時間上不急,月底前回覆即可。

黃志明""")

add(expect=[], lang="en",
    why="hard negative (persuade-like): shares usability data but defers to client's knowledge of users, offers an A/B test, 'entirely up to you'",
    sender=KEVIN, to=["Sarah Okafor <sarah.okafor@client-b.example.com>"],
    subject="Re: Navigation layout",
    body="""Hi Sarah,

You know your users far better than we do, so I'm happy to go with the left-hand navigation. For what it's worth, our usability sessions last month showed new users finding the reports page about 20% faster with the top bar - but that was a small sample, and your returning users may well behave differently.

If it would help, we could run both layouts side by side with a small group for two weeks and let the numbers speak. Entirely up to you; the left-hand version is ready to ship either way.

Best,
Kevin""",
    quote="""Kevin,

We'd like to keep the left-hand navigation. Our users are used to it and we don't want a flood of support calls.

Sarah""",
    quote_from="Sarah Okafor <sarah.okafor@client-b.example.com>")

add(expect=[], lang="zh",
    why="hard negative (persuade-like): regulatory deadline stated as a fact, two paths offered, schedule follows the bank's decision",
    sender=LI, to=["马骏 <ma.jun@bank-c.example.cn>"],
    subject="监管报送时间节点说明",
    body="""马处:

跟您同步一下时间节点:3月1日的监管报送是硬性日期。如果按贵行提出的完整版报表口径实施,最晚需要在2月10日前确认需求,否则开发和测试时间不够。

如果2月10日前来不及确认,也可以先上线报送核心模块,扩展口径放到二期。两条路我们都能支持,您看贵行哪种更合适,我们按您的决定排期。

李航""")

add(expect=[], lang="zh",
    why="hard negative (persuade-like): cost transparency the client asked for, three options incl. a compromise, client weighs",
    sender=LI, to=["孙建国 <sun.jianguo@client-a.example.cn>"],
    subject="Re: 报表定制费用",
    body="""孙总:

实话实说:17张报表全部定制,大约增加88个人天,按合同单价折合约26万元;如果用标准模板,不增加费用,但其中有6张报表的版式和车间现在用的不一样,需要给班组长做一次培训。

也可以折中:最常用的5张定制,其余用标准模板,大约增加30个人天。三种做法的明细见附件,您权衡后告诉我们就行,哪种我们都能做。

李航""",
    quote="""李经理:

如果报表全部按我们的格式定制,要多花多少钱?你们实话实说,别绕弯子。

孙建国""",
    quote_from="孙建国 <sun.jianguo@client-a.example.cn>")

add(expect=[], lang="en",
    why="hard negative (persuade-like): 'most retailers do X' given as a data point, explicitly 'not a reason you have to follow', both scoped",
    sender=KEVIN, to=["Olivia Grant <olivia.grant@client-b.example.com>"],
    subject="Settlement frequency - some context",
    body="""Hi Olivia,

Some context for your decision on settlement frequency: most of the retail clients we support have moved to daily batch settlement, mainly because it roughly halves reconciliation effort. That's a data point, not a reason you have to follow them. Your franchisees' sensitivity to cash timing is a real factor, and real-time settlement is a perfectly valid choice for that.

We've scoped both. Real-time adds about three weeks and some monitoring cost; batch is quicker to deliver. Let us know which way you'd like to go and we'll plan around it.

Best,
Kevin""")

add(expect=[], lang="zh",
    why="hard negative (persuade-like): client asked for a direct pick; PM gives one and invites the client to overrule it",
    sender=CHEN, to=["高峰 <gao.feng@client-a.example.cn>"],
    subject="Re: 到底选哪个",
    body="""高总:

好的,直接说结论:我们的建议是增量改造,主要是能赶在旺季前上线,风险也更小。

这个建议是基于我们目前对贵司业务的了解。如果有我们没考虑到的因素,比如明年要换ERP,那全量重写反而可能更划算,您随时可以推翻我们的建议,我们按您的决定来。

陈默""",
    quote="""陈经理:

别绕了,你们直接告诉我选哪个,我没时间看那么多对比表。

高峰""",
    quote_from="高峰 <gao.feng@client-a.example.cn>")

add(expect=[], lang="mixed",
    why="hard negative (persuade-like): compliment-sounding opener, but risks of both options listed and the decision handed to the client",
    sender=WANG, to=["王立新 <wang.lixin@client-a.example.cn>"],
    subject="Re: 上线时间怎么定",
    body="""王总,

您对业务节奏的判断一向比我们准,所以这个决定还是由您来做更合适。我们这边先把 risk 列清楚:
- 方案 A(5 月上线):时间紧,UAT 只有一周,上线后一个月需要加强 support;
- 方案 B(6 月上线):更稳,但会错过 Q2 的 campaign。

两个方案我们都 ready,您定了告诉我就行。

子涵""",
    quote="""子涵,

5月还是6月上线,你们觉得该怎么定?

王立新""",
    quote_from="王立新 <wang.lixin@client-a.example.cn>")

add(expect=[], lang="zh",
    why="hard negative: '必须' as a security requirement citing the bank's own policy, two ways to get certificates, client picks",
    sender=ZHOU, to=["郑海涛 <zheng.haitao@bank-c.example.cn>"],
    subject="接口安全要求说明",
    body="""郑处:

跟您确认一下接口的安全要求:所有外部接口必须使用TLS 1.2及以上版本,这是贵行《信息系统安全规范》第5.3条的规定,不是我们这边的偏好。测试环境扫描时,开着TLS 1.0的端口已经被标红了。

证书申请有两种方式:贵行统一申请后交给我们,或者我们按贵行模板申请后提交审批。两种我们都可以配合,您看哪种更顺手。

周晓雯""")

add(expect=[], lang="mixed",
    why="hard negative (persuade-like history): we had pushed standard template, now concede to the client's reasons",
    sender=WANG, to=["马骁 <ma.xiao@client-a.example.cn>"],
    subject="checkout 方案更新",
    body="""马总,

我们之前一直 push standard template,但周二听您讲完品牌那边的考虑,我们觉得您的顾虑是对的。Custom checkout 我们来做,新排期放在附件,主要是多了一轮 A/B 测试,双十一前能赶上。

唯一需要您这边支持的是:设计稿最晚下周一给到,这样前端才有足够时间。

子涵""")

add(expect=[], lang="zh",
    why="hard negative: client's angry '你们就是想逼我们接受' only in the quote; PM admits poor communication, keeps old flow as a full option",
    sender=LI, to=["冯磊 <feng.lei@client-b.example.com>"],
    subject="Re: 新审批流程",
    body="""冯主任:

理解您的顾虑。旧流程用了十年,背后有很多实际的考虑,我们之前的沟通确实不够。

我们的判断是新流程能把审批时长从五天缩短到两天,但您提出的保留五级审批也完全可行。我们准备了两份排期:保留旧流程的版本上线时间不变,只是少了线上会签;新流程的版本需要多一周培训。下周二我们去您那边当面过一遍,您看哪种更适合局里再定。

李航""",
    quote="""你们就是想逼我们接受你们那套新流程!旧流程用了十年,凭什么说改就改?

冯磊""",
    quote_from="冯磊 <feng.lei@client-b.example.com>")

add(expect=[], lang="zh", trad=True,
    why="hard negative (persuade-like, long ~650 chars, traditional): recommends parallel run with data, decision left to client, support either way",
    sender=LINJH, to=["陳志豪 <chen.zhihao@client-b.example.com>"],
    subject="上線切換方式的建議與評估",
    body="""陳經理您好:

關於新舊系統的切換方式,整理我們的評估如下,供貴公司內部討論。

一、兩種做法
1. 平行運行一個月:新舊系統同時作業,每日比對出貨單與庫存數量,差異由雙方當日確認。
2. 直接切換:選定週末停機,週一起全面使用新系統,舊系統僅保留查詢。

二、我們的建議
依我們過去三個類似專案的經驗,直接切換在第一週的差異處理量,大約是平行運行的四倍,主要集中在退貨與調撥單據。因此我們仍建議平行運行一個月。這三個專案分別是食品、電子零件與日用品的倉儲,單據類型與貴公司相近,差異處理的數據也一併整理在附件中,供您參考。當然,直接切換的好處是同仁不用雙重登錄,上線後能更快把精力集中在新流程上,這一點我們也認同。

三、平行運行的代價
倉庫同仁每天需多花約一小時做雙重登錄,對人力確實是負擔;月底結帳也要以舊系統為準,財務需要多做一次核對。另外,平行運行期間若遇到月底盤點,盤點作業需要在兩個系統各做一次,預估會多占用半天。

四、若選擇直接切換
我們會在切換後兩週加派兩位工程師駐點,每天下午開一次十五分鐘的問題會,並把常見差異的處理步驟先整理成手冊,切換前發給各倉。

五、無論選哪一種,都需要先確認的事項
1. 切換期間以哪一個系統的庫存數字作為對外出貨的依據;
2. 差異單據由哪一位同仁負責當日確認,超過多少金額需要主管簽核;
3. 舊系統停止錄入的日期,建議訂在切換完成後的第一個週一。

以上只是建議,不是條件。兩種做法的人力與時程已列在附件的比較表中,請貴公司依倉庫的實際負荷決定,無論選哪一種,我們都會照著排。若需要,下週三可以到貴公司當面說明。

林佳慧""")

add(expect=[], lang="en",
    why="hard negative: colleague's 'our way or nothing' only in the quote; PM reins it in and wants both options laid out honestly",
    sender=KEVIN, to=[RYAN],
    subject="Re: Karen's reporting concern",
    body="""Ryan,

I get the frustration, but that's not how we should play this. Karen's worry about the reporting lag is legitimate - we'd have the same concern in her seat.

Let's lay out both options honestly on Thursday: our streaming approach and her nightly batch preference, with cost, effort and risk for each. If she picks batch, we build batch. I'd rather lose the argument than win it by cornering a client.

Kevin""",
    quote="""Honestly let's just tell Karen it's our way or nothing. They'll fold, they always do.

Ryan""",
    quote_from=RYAN)

add(expect=[], lang="zh",
    why="hard negative (persuade-like): firm professional advice to load-test, but '不是前提条件', respects client's decision to skip",
    sender=ZHOU, to=["罗志刚 <luo.zhigang@client-a.example.cn>"],
    subject="Re: 性能测试安排",
    body="""罗主管:

收到。从我们的角度,还是建议至少做一轮核心交易的压测,因为巡检高峰期的并发是平时的六倍,之前一个类似项目就是在这里出的问题。

这是我们的专业意见,不是前提条件。如果贵方权衡后决定跳过,我们尊重您的决定,只是麻烦您回邮件确认一下已知悉这个风险,我们也会在上线首周安排专人盯监控。

周晓雯""",
    quote="""周经理:

性能测试这次就跳过吧,时间太紧了。

罗志刚""",
    quote_from="罗志刚 <luo.zhigang@client-a.example.cn>")

add(expect=[], lang="zh",
    why="hard negative: buffered refusal - not this release, CR number, review date, interim workaround; client's '这点小功能都做不了?' only in quote",
    sender=LI, to=["钟华 <zhong.hua@client-a.example.cn>"],
    subject="Re: 报表导出PDF",
    body="""钟经理:

理解下周演示的急迫性。导出PDF涉及报表引擎的改造,本期暂不纳入范围,我们已登记为变更单CR-2024-031,会在3月15日的变更评审会上评估工作量和排期,评审当天给您回复。

下周演示可以先用浏览器“打印为PDF”的方式,我们今天下午把排版调好,保证打印效果和正式导出一致。

李航""",
    quote="""报表导出PDF这点小功能都做不了?下周演示就要用!

钟华""",
    quote_from="钟华 <zhong.hua@client-a.example.cn>")

add(expect=[], lang="mixed",
    why="hard negative: escalation - 'not mine to approve', handed to delivery director with a date, interim Excel template",
    sender=WANG, to=["吴倩 <wu.qian@client-a.example.cn>"],
    subject="关于 multi-currency 的需求",
    body="""吴经理,

多币种这个需求影响面比较大,涉及合同范围和报价,不是我这边能直接拍板的。我已经把需求和你们的业务背景转给我们的 delivery director 林总,他会在周三之前直接跟您约个 call 讨论方案。

这期间如果欧洲子公司有急用,我们可以先提供一个汇率换算的 Excel 模板过渡。

子涵""")

add(expect=[], lang="zh",
    why="hard negative: negation '不是改不了' + evaluation with a date + a narrower alternative",
    sender=CHEN, to=["冯磊 <feng.lei@client-b.example.com>"],
    subject="Re: 横版打印",
    body="""冯主任:

不是改不了。打印模板是框架统一生成的,改成横版需要评估对其他43张单据的影响。我们周四前给您一个明确结论和工作量;如果影响面大,也会同时给一个只针对审批单的单独模板方案。

陈默""",
    quote="""横版打印到底能不能改?给个准话。

冯磊""",
    quote_from="冯磊 <feng.lei@client-b.example.com>")

add(expect=[], lang="zh",
    why="hard negative: risky words as technical terms - 请求被拒绝(403), 暴力破解, 强制刷新, 唯一约束, 不可能重复入账",
    sender=LI, to=["何伟 <he.wei@client-b.example.com>"],
    subject="昨晚支付回调失败的原因",
    body="""何工:

昨晚21:40到22:10的支付回调失败,原因已经定位:
1. 网关侧返回“请求被拒绝(HTTP 403)”,是因为新上线的WAF规则把回调地址误判为暴力破解;
2. 我们已将回调IP加入白名单,并强制刷新了规则缓存,22:10之后恢复正常;
3. 失败期间的37笔回调已通过补偿任务重放,订单状态全部一致。订单号上有唯一约束,不可能出现重复入账。

后续我们会在WAF规则变更流程里加一步回调链路的回归检查。

李航""")

add(expect=[], lang="zh",
    why="hard negative: client's furious threat only in the quote; PM apologises, takes responsibility, gives plan and daily updates",
    sender=CHEN, to=["田国强 <tian.guoqiang@client-b.example.com>"],
    subject="Re: 项目延期",
    body="""田总:

非常抱歉让您和团队久等了,这次延期是我们的责任。

目前情况是:剩余两个模块已经开发完成,正在回归测试,预计本周五晚上提交UAT版本。为了不再出现变数,从今天起我每天下午5点给您发一次进度简报。周四上午如您方便,我们当面跟您汇报一次详细计划。

陈默""",
    quote="""你们到底还要拖到什么时候?!再这样下去我们就换供应商,你们自己看着办!

田国强""",
    quote_from="田国强 <tian.guoqiang@client-b.example.com>")

add(expect=[], lang="zh",
    why="hard negative: internal mail takes C行's blunt criticism seriously ('他的担心是对的') and plans a face-to-face briefing",
    sender=LI, to=[HAN, CHEN],
    subject="C行对加密方案的担心",
    body="""各位:

今天C行张处长在会上说我们的加密方案“看不出哪里安全”,话说得比较直,但我觉得他的担心是对的——我们的文档只写了算法,没讲密钥怎么管理。

建议:1. 周二前补一份密钥管理说明;2. 周三我和老韩去行里当面讲一次,把HSM的部署方式演示给他们看。

这件事我们主动一点,比等他们再提出来要好。

李航""")

add(expect=[], lang="zh",
    why="hard negative: banter - '我这脑子' aimed at oneself, '服了' as praise of the client",
    sender=CHEN, to=[LAOLI], cc=[LI],
    subject="周报",
    body="""老李,周报我看了,写得挺清楚。我这脑子,昨天答应帮你补的风险那一栏又给忘了,罚我明天带早饭哈哈。

另外说一声,A公司这次验收效率高得离谱,两天就签完了,宋主任真是给力,服了。下周庆功,大家记得把时间空出来。

陈默""")

add(expect=[], lang="zh",
    why="hard negative: plain weekly status; '做不了' / '必须听我的' appear only in the signature motto",
    sender=CHEN, to=["高峰 <gao.feng@client-a.example.cn>"],
    subject="WMS项目周报(第12周)",
    body="""高总您好:

本周进度:
1. 入库、上架模块联调完成,缺陷关闭率92%;
2. 与贵司财务确认了月结口径,会议纪要已发。

下周计划:
1. 出库模块联调;
2. 周三组织仓库主管做一次操作培训,地点在二号仓会议室。

如有问题随时联系。

-- 
陈默 | 项目经理
交付中心 | 电话 010-5555-0123
座右铭:永远不对客户说“做不了”,也永远不说“必须听我的”。""")

add(expect=[], lang="zh",
    why="hard negative: long (~700 chars) but focused cut-over plan, same length as the ramble drafts",
    sender=ZHOU, to=["马骏 <ma.jun@bank-c.example.cn>"], cc=["袁立 <yuan.li@bank-c.example.cn>"],
    subject="核心系统割接方案(4月13日)",
    body="""马处您好:

4月13日周末割接的安排整理如下,请审阅。

一、时间窗口
4月13日周六20:00停止前端交易,次日06:00前恢复。其中20:00至22:00为数据导出与校验,22:00至02:00为新库导入,02:00至04:00为业务验证,04:00至06:00预留为回退窗口。

二、人员安排
我方共12人到场:数据库3人、应用4人、网络1人、测试3人,由我本人担任现场总指挥。需要贵行安排:运维值班2人、业务验证人员4人(存款、贷款、支付、会计各1人),以及一位有权限决定回退的领导在线。所有人员当晚19:00前到机房签到,门禁登记请提前一天办理。

三、验证标准
1. 总账科目余额与旧系统一致,差额为零;
2. 抽样200个账户核对明细,其中包含50个有在途交易的账户;
3. 柜面、手机银行、网银各完成3笔真实交易并冲正;
4. 试跑一次日终批量,确认利息计提结果与旧系统一致。
全部通过后才开放前端交易。

四、回退条件
以下任一情况出现且在04:00前无法解决,即启动回退:总账不平;核心交易失败率超过1%;数据导入未在02:30前完成。回退操作约需90分钟,我们已在3月的两次演练中实际执行过,两次都在80分钟内完成。

五、沟通机制
割接期间每整点在工作群通报一次进度,遇到异常由现场总指挥在10分钟内电话通知马处。次日上午9:00提交割接报告。如需升级处理,由贵行值班领导与我方技术总监共同决策,决策结果同步写入割接日志。

六、割接前的准备
4月9日进行最后一次全量演练,演练结束后冻结所有应用变更;4月11日完成最终版数据校验脚本的评审;4月12日下午确认机房电力、网络链路和备份介质状态,并把回退用的全量备份复制一份到异地。

七、需贵行确认的事项
1. 割接公告的发布时间(建议提前7天);
2. 业务验证人员名单,请于4月8日前提供;
3. 是否需要监管报备,如需要,报备材料我们可以协助准备。

以上安排如有需要调整的地方,请告诉我们,4月9日的演练前我们再当面过一遍。

周晓雯""")

add(expect=[], lang="en",
    why="hard negative: long (~430 words) but focused root-cause analysis, same length as the English ramble",
    sender=KEVIN, to=["Tom Walsh <tom.walsh@client-b.example.com>"], cc=[AMY],
    subject="Root cause: duplicate shipment notifications on 14 May",
    body="""Hi Tom,

Here is the root-cause analysis for the duplicate shipment notifications your customers received on 14 May.

What happened
Between 09:12 and 10:47, 3,184 customers received the same shipment notification two or three times. No orders, payments or stock levels were affected; the problem was limited to outbound notifications. Customers who receive email-only notifications were not affected, because the email sender runs on a separate worker pool.

Timeline
- 09:05 We deployed release 4.18, which included a change to the notification worker's retry settings.
- 09:12 The message queue began redelivering notifications that had already been sent.
- 09:40 Your support desk reported the first customer complaints.
- 10:15 We identified the retry change as the likely cause.
- 10:47 We rolled the worker back to 4.17 and duplicates stopped.
- 11:30 After 40 minutes with no new duplicates, we closed the incident.

Root cause
Release 4.18 lowered the worker's acknowledgement timeout from 60 seconds to 10 seconds. Sending a notification through the SMS provider normally takes 2 to 4 seconds, but during the morning peak the provider's response time rose to between 12 and 20 seconds. The worker therefore timed out before acknowledging messages that had in fact been sent, and the queue redelivered them to another worker, which sent them again. Our deduplication check was keyed on the message ID plus the delivery attempt, so each redelivery looked like a new message.

Why testing did not catch it
Our load test used a stubbed SMS provider with a fixed 2-second response time, so the timeout was never reached. We did not test against realistic provider latency.

What we have changed
1. The acknowledgement timeout is back at 60 seconds, and any change to it now needs a second reviewer.
2. Deduplication is now keyed on the order ID and notification type only, so a redelivered message is dropped even if it arrives on a new attempt.
3. The load-test stub now simulates latency between 1 and 25 seconds, taken from last month's provider logs.
4. We added an alert that fires if the same customer receives more than one notification of the same type within ten minutes.

What we suggest for your side
If your support team would like a prepared reply for affected customers, Amy has drafted one and can send it today. We can also provide the list of the 3,184 affected customers, so your team can decide whether to follow up proactively.

We will also share the updated runbook section on retry settings with your operations team by Friday, so they know what to look for if anything similar happens.

We're sorry for the disruption. Happy to walk through any of this on a call this week.

Best regards,
Kevin""")

add(expect=[], lang="zh",
    why="hard negative: firm but polite payment reminder citing the contract clause, offers a finance-to-finance call",
    sender=LI, to=["王立新 <wang.lixin@client-a.example.cn>"],
    subject="关于第二期款项的进度",
    body="""王总您好:

打扰一下。按合同第七条,第二期款应在验收后30日内支付,项目于3月5日通过验收,目前已超过约定日期15天,想麻烦您帮忙确认一下付款流程走到哪一步了。

如果流程上有卡点,比如发票抬头或者附件材料需要补充,我们可以安排财务同事直接跟贵司财务对一下,尽量不给您这边添麻烦。

谢谢!
李航""")



# Deterministic shuffle so that file order does not reveal the label.
import random as _random
_random.Random(15).shuffle(CASES)
