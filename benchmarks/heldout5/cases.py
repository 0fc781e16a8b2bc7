"""heldout5: blind evaluation drafts for mailcoach, written by an independent helper.

Only inputs: shared/drafts/README.md (labelling guide) and the seed article. All text is synthetic.
Do not tune on this set.
"""
import random

# ---- people -------------------------------------------------------------------------------
# our side
CHEN = "Chen Yu <chen.yu@ourteam.example.com>"
SOPHIE = "Sophie Zhang <sophie.zhang@ourteam.example.com>"
DAVID = "David Lin <david.lin@ourteam.example.com>"
LIHANG = "李航 <li.hang@ourteam.example.com>"
ZHOUMIN = "周敏 <zhou.min@ourteam.example.com>"
CHENYU_ZH = "陈宇 <chen.yu@ourteam.example.com>"
TOM = "Tom Wu <tom.wu@ourteam.example.com>"
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"
MARK = "Mark Evans <mark.evans@ourteam.example.com>"
LIUYANG = "刘洋 <liu.yang@ourteam.example.com>"
HEJING = "何静 <he.jing@ourteam.example.com>"
HEJING_T = "何靜 <he.jing@ourteam.example.com>"
ZHAO = "赵建国 <zhao.jianguo@ourteam.example.com>"
MINGMING = "王明明 <wang.mingming@ourteam.example.com>"
LIHANG_T = "李航 <li.hang@ourteam.example.com>"
# Client-B (international)
JAMES = "James Whitfield <james.whitfield@client-b.example.com>"
KAREN = "Karen O'Neill <karen.oneill@client-b.example.com>"
RAJ = "Raj Mehta <raj.mehta@client-b.example.com>"
ELLEN = "Ellen Brooks <ellen.brooks@client-b.example.com>"
LUKAS = "Lukas Bauer <lukas.bauer@client-b.example.com>"
NINA = "Nina Patel <nina.patel@client-b.example.com>"
OLIVER = "Oliver Grant <oliver.grant@client-b.example.com>"
# Client-A
WANG = "王立新 <wang.lixin@client-a.example.cn>"
SUNTING = "孙婷 <sun.ting@client-a.example.cn>"
KEVIN = "Kevin Ma <kevin.ma@client-a.example.cn>"
# Bank-C
HUANG = "黄志强 <huang.zhiqiang@bank-c.example.cn>"
HUANG_T = "黃志強 <huang.zhiqiang@bank-c.example.cn>"
LINXIAO = "林晓 <lin.xiao@bank-c.example.cn>"
LINXIAO_T = "林曉 <lin.xiao@bank-c.example.cn>"
GRACE = "Grace Tan <grace.tan@bank-c.example.cn>"


def case(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, trad=False, **kw):
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=body.strip("\n") + "\n", quote=quote, trad=trad)
    if quote:
        d["quote_from"] = quote_from or to[0]
    d.update(kw)
    return d


POS = []
NEG = []

# =============================================================================================
# POSITIVES
# =============================================================================================

# ---------------- argue (7 single) ----------------
POS.append(case(
    ["argue"], "en", "argue: British passive-aggressive lecture ('I'd gently suggest the team reads the approved documents')",
    SOPHIE, [KAREN], "Re: Missing 'Region' column in the monthly export",
    """
Hi Karen,

Thanks for flagging.

Just to close the loop on this one: the Region column was descoped in v2.1 of the specification, section 4.2, which your team reviewed and approved on 3 March. I've attached it again, as I did on the 18th and once more last Monday.

I'd gently suggest that, going forward, someone on your side has a quick look through the approved documents before tickets are raised against us. I'm sure you'll agree it would save everyone rather a lot of time.

Kind regards,
Sophie
""",
    quote="""Hi Sophie,

The monthly export still doesn't have the Region column. Can your team look into this ASAP?

Thanks,
Karen""", quote_style="gt"))

POS.append(case(
    ["argue"], "en", "argue: curt American put-down ('Scroll down', counting how often the client missed it)",
    DAVID, [RAJ], "RE: Where are the test credentials?",
    """
Raj,

Scroll down. They're in my email from Tuesday, 9:14am, and the subject line literally says "Staging credentials". That makes three times this month I've had to point your team at something that was already sitting in their inbox.

David
""",
    quote="""David - still waiting on the test credentials for the staging env. Can someone send them over?
Raj""", quote_style="outlook"))

POS.append(case(
    ["argue"], "mixed", "argue: blames client DBA, 'vendor 背锅', lecturing about their change process",
    CHENYU_ZH, [WANG], "Re: 周五晚生产告警 root cause", cc=[TOM],
    body="""
王总,

周五晚上的告警我们已经复盘完了. root cause 没什么好争的: 贵司 DBA 在没有走 change request 的情况下, 晚上 9 点手动 drop 了 order_idx, 导致查询全表扫描. 我们的 release 是周四上的, 跟这件事没有任何关系.

说句不客气的, 你们内部的 change 流程如果一直是这个样子, 以后出了事请先查自己, 别第一时间就找 vendor 来背锅. 这个道理我以为早就讲清楚了.

Thanks,
陈宇
"""))

POS.append(case(
    ["argue"], "zh", "argue: rhetorical question '当初签字的时候是哪位看过的?', telling client to sort themselves out",
    ZHOUMIN, [SUNTING], "回复:验收结果不符合预期",
    """
孙经理:

验收标准一共十二条,是贵司业务部门自己起草、4月8日双方签字确认的,第三条写的就是“两级审批,不支持会签”。现在试用了一周,说“和预期差距大”,那我倒想请教一下,当初签字的时候,是哪位看过的?

如果标准可以签完再推翻,那验收也就没什么意义了。请贵司先把内部意见统一好,再来谈通不通过。

周敏
""",
    quote="""周敏你好,

我们业务部门试用了一周,觉得审批流程和预期差距比较大,这次验收恐怕没法通过。麻烦你们看看怎么处理。

孙婷""", quote_style="gt_zh"))

POS.append(case(
    ["argue"], "en", "argue: 'Not to belabour the point' used to scold; 'I do hope that settles it' (British lecturing)",
    SOPHIE, [RAJ], "SLA clock - clarification (again)",
    """
Hi Raj,

Not to belabour the point, but I believe we're now on our fourth lap of this particular track.

The SLA clock starts when a ticket is raised in the service portal. It does not start when someone mentions an issue to one of our developers by the coffee machine, and it certainly doesn't start retroactively because the ticket was "meant" to be logged last week. This is on page 6 of the support agreement, and I have now quoted page 6 to your team in writing on three separate occasions.

I do hope that settles it.

Best,
Sophie
"""))

POS.append(case(
    ["argue"], "zh", "argue (traditional): '恕我直言' then blames the bank's test data, '跟我們的程式有什麼關係?'",
    LIHANG_T, [HUANG_T], "關於測試資料錯誤導致延期一事",
    """
黃經理您好:

恕我直言,這次 SIT 延期的帳,不應該記在我們名下。測試資料是貴行科技部於5月3日提供的,三千多筆客戶資料裡有四百筆證件號碼格式錯誤,這是貴行自己的資料品質問題,跟我們的程式有什麼關係?

我們的同事為了這批爛資料加了兩個週末的班,結果會議紀要上寫的卻是「供應商原因延期」。請貴行內部先把帳對清楚,再來跟我們討論延期責任,謝謝。

李航
""", trad=True))

POS.append(case(
    ["argue"], "mixed", "argue: agrees to the extension but lectures ('请问当时拍板的是谁?'), code-switching PM",
    LIHANG, [KEVIN], "Re: UAT 时间太赶",
    """
Kevin,

延一周可以, 我这边调整一下 resource plan. 但有件事我得 highlight 一下: UAT 的 window 是你们 3 月 kick-off 时自己报的, 我当时专门问过两次 "五天够不够", 你们都说够. 现在临到头说太赶, 那请问当时拍板的是谁?

我们这边每一个 milestone 都是 strictly 按你们给的 timeline 准时交的. 希望下次你们内部先 figure out 清楚再给 commitment, 不要每次都让 vendor 来消化.

李航
""",
    quote="""Hi Li Hang,

业务那边反馈 UAT 只有五个工作日太赶了, 能不能延长一周?

Kevin""", quote_style="gt"))

# ---------------- refusal (7 single) ----------------
POS.append(case(
    ["refusal"], "en", "refusal: curt one-liner, no reason, no alternative, no date",
    CHEN, [ELLEN], "Re: SSO before go-live?",
    """
Hi Ellen,

SSO won't be part of go-live.

Thanks,
Chen
""",
    quote="""Hi Chen,

Our security team is asking whether we could have single sign-on with our Azure AD in place before go-live on the 30th. Is that feasible?

Best,
Ellen""", quote_style="gt"))

POS.append(case(
    ["refusal"], "en", "refusal: formal letter-style refusal, 'we regard this matter as closed'",
    SOPHIE, [JAMES], "Your request for additional reporting templates",
    """
Dear James,

Thank you for your letter of 14 May regarding the provision of six additional reporting templates.

Having reviewed the request internally, I must inform you that we are not in a position to accommodate it under the current engagement, and we do not intend to revisit it. We therefore regard this matter as closed.

Yours sincerely,
Sophie Zhang
Project Manager
"""))

POS.append(case(
    ["refusal"], "zh", "refusal: bureaucratic 函复 '我方不作安排,亦不另行报价', no buffer",
    LIHANG, [WANG], "答复:关于报表增加PDF导出的函",
    """
王总:

贵司3月12日来函所提“月度报表支持PDF导出”一事,我方已收悉。

该项不在合同附件二《功能清单》所列范围之内,我方不作安排,亦不另行报价。

专此函复。

李航
项目经理
""",
    quote="""李经理:

我司财务部希望月度报表能够直接导出PDF,便于归档盖章,请贵方安排。

王立新""", quote_style="outlook_zh"))

POS.append(case(
    ["refusal"], "mixed", "refusal wrapped in friendly chatter: 'dark mode 这个就 pass 啦, 不做了哈~'",
    ZHOUMIN, [SUNTING], "Re: dark mode 的事",
    """
Hi 孙经理~

周末愉快呀! 上周你们那次 demo 反响挺好的, 我们 team 都很开心.

昨天你提的那个 dark mode, 我们内部 sync 了一下, 这个就 pass 啦, 不做了哈~ 其他有什么需要随时 ping 我, 我们一定全力 support!

周敏
"""))

POS.append(case(
    ["refusal"], "en", "refusal slipped into a meeting recap: second training session 'not happening... that'll have to do'",
    DAVID, [LUKAS, KAREN], "Notes from today's steering call", cc=[TOM],
    body="""
Hi all,

Thanks for your time this afternoon. Quick recap:

1. Cutover confirmed for Saturday 14 June, 22:00 CET. Code freeze starts Monday 9th.
2. Client-B to share data dictionary v3 by Friday (owner: Lukas).
3. Performance test report: we'll circulate it by Wednesday.
4. The second on-site training session in Hamburg: not happening. We've done one, the recording is on SharePoint, that'll have to do.
5. Next steering call: Tuesday 10 June, same time.

Shout if I've missed anything.

David
"""))

POS.append(case(
    ["refusal"], "zh", "refusal: '咱们就到此为止吧,本项目不会做,后面也不会排'",
    ZHOUMIN, [LINXIAO], "回复:批量撤销功能",
    """
林老师您好,

批量撤销这件事,咱们就到此为止吧。本项目不会做,后面的版本里也不会排,柜面那边也请不用再等了。

其余问题欢迎继续反馈。

周敏
""",
    quote="""周经理,

柜面同事反映,一笔一笔撤销太慢了,能不能加一个批量撤销的功能?月底业务量大,很需要。

林晓""", quote_style="foxmail"))

POS.append(case(
    ["refusal"], "zh", "refusal: two-line flat no ('接口不加了'), capacity as the only reason",
    CHENYU_ZH, [WANG], "Re: 合作伙伴门户再加一个接口",
    """
王总,接口不加了。我们这边人手已经排满。

陈宇
"""))

# ---------------- persuade (7 single) ----------------
POS.append(case(
    ["persuade"], "en", "persuade: 'on-prem is a dead end, the sooner your team lets go of it the better', demands sign-off",
    CHEN, [JAMES], "Re: On-prem vs cloud - decision",
    """
James,

I'll be candid with you. We have looked at on-prem, twice, and it's a dead end. The sooner your infrastructure team lets go of it, the better for everyone, them included.

The managed cloud stack is the only sensible route here, and I'd need a very good reason to reopen the comparison. What I need from you is sign-off on the cloud proposal by Friday, so we can stop going round in circles and start building.

Cheers,
Chen
""",
    quote="""Chen,

Our infrastructure team still has reservations about hosting customer data off-site. Could we look at the on-prem option one more time before deciding?

James""", quote_style="outlook"))

POS.append(case(
    ["persuade"], "zh", "persuade: pressure via our VP's authority, '再讨论下去也不会有更好的答案', asks client to work on her own business side",
    ZHOUMIN, [SUNTING], "关于审批流方案的确认",
    """
孙经理您好,

审批流的新方案,我们集团的技术副总裁上周亲自过目了,他的意见很明确:就按这一版走,其他路线不再考虑。

您那边业务部门的顾虑我也听说了,不过说实话,再讨论下去也不会有更好的答案。为了项目不卡在这里,还请您这周内在确认单上签字,业务那边就辛苦您去做做工作了。

周敏
"""))

POS.append(case(
    ["persuade"], "mixed", "persuade: cost/deadline threat to force Kafka, '贵司那套自研的真的可以放下了'",
    CHENYU_ZH, [WANG], "消息队列选型 - 请本周确认",
    """
王总,

坦白讲, 如果坚持用贵司自研的 message queue, 后面任何 latency 或者丢消息的问题, 我们这边都没法兜底. Kafka 是 industry standard, 贵司那套自研的真的可以放下了.

周五之前给我们一个 yes 吧. 再拖的话 timeline 只能整体往后推, 由此产生的 extra cost 也只能由贵司承担, 这个我提前说清楚.

Best,
陈宇
"""))

POS.append(case(
    ["persuade"], "en", "persuade: asks the client to present our option as 'the agreed position, not an option', guilt about slipping",
    DAVID, [GRACE], "Rollout approach - steering committee Thursday",
    """
Hi Grace,

Ahead of Thursday: if the bank insists on the phased rollout, I honestly can't see this landing before year-end, and neither can anyone on my side. Big bang is the way forward.

Could you take it into the steering committee as the agreed position rather than as an option? I'd rather not put two choices in front of them and watch the discussion run for another month. There's really no appetite here for the phased plan, and I'd hate for the bank to be the reason we slip.

Many thanks,
David
"""))

POS.append(case(
    ["persuade"], "zh", "persuade (traditional): '這條路走不通', asks client to talk her boss into our module, wants to hear 「同意」",
    LIHANG_T, [LINXIAO_T], "關於自建報表引擎",
    """
林小姐您好:

貴行堅持要自建報表引擎,說句實在話,這條路走不通。我們這幾年做過十幾家銀行,自建的沒有一家是準時上線的。

所以想拜託您回去跟處長好好說一說,就採用我們的標準報表模組,別再猶豫了。下週一的會上,希望能直接聽到「同意」兩個字。

李航
""", trad=True))

POS.append(case(
    ["persuade"], "mixed", "persuade: dismisses the custom workflow as 'vanity feature', asks client to convince business, '这事就这么定了'",
    SOPHIE, [KEVIN], "custom workflow 的事",
    """
Kevin,

我就直说了, 你们想要的那个 custom workflow, 本质上是个 nice-to-have, 甚至有点 vanity feature 的意思. 用户用两周标准流程, 自然就习惯了.

我真心建议你们现在就把它从 list 上拿掉, 别等到 Q3 大家一起后悔. 你这边 buy-in 了, 业务那边你帮我们 convince 一下, 这事就这么定了吧.

Sophie
"""))

POS.append(case(
    ["persuade"], "mixed", "persuade: 'push back 过两轮', 'align 到我们的方案上, 不要再 reopen 了'",
    ZHOUMIN, [SUNTING], "Re: 报表配置 scope",
    """
孙经理,

这个 scope 我们内部已经 push back 过两轮了. 说实话你们的 use case 没有想象中那么 unique, out-of-the-box 的配置完全 cover 得住.

希望这次大家就 align 到我们的方案上, 不要再 reopen 了. 定制开发这条路您就别再考虑了, 下周 review 会直接按标准配置过.

周敏
""",
    quote="""周敏,

我们这边的报表有很多特殊口径,标准配置恐怕满足不了,还是希望按定制开发来做。

孙婷""", quote_style="gt_zh"))

# ---------------- ramble (8 single) ----------------
POS.append(case(
    ["ramble"], "en", "ramble: ~470 words of Lake District, pub, football, kitchen; PO-number request buried mid-way",
    SOPHIE, [JAMES], "Catching up",
    """
Hi James,

Hope you had a good weekend! Mine was, well, eventful. We finally made it up to the Lake District for the long-promised family walking trip, which in theory meant three days of fresh air and in practice meant three days of my youngest asking how much further it was to the ice-cream van. We did Catbells on Saturday, which everyone tells you is an easy one, and which is an easy one right up until the last scramble, where I found out exactly how unfit a winter of spreadsheets has made me. The views were spectacular, though. If you've never been, I can't recommend it enough, ideally on a weekday and ideally without a seven-year-old narrating your breathing.

Sunday was a washout, as tradition demands. We ended up in a little pub near Keswick with a roaring fire and a landlord who had opinions on absolutely everything, from the price of diesel to the correct way to make a Cumberland sausage. I won't repeat his views on the offside rule. We were there for the best part of four hours and I don't regret a minute of it. The sticky toffee pudding alone was worth the drive.

Speaking of football, I saw your lot had a rough afternoon on Saturday. Two-nil down by half-time, and from the highlights it didn't look like anyone had told the defence the match had started. I'm in no position to gloat, mind you; mine haven't won away since February, and my brother-in-law has stopped texting me on match days out of pity, which is somehow worse than the texting.

On the home front, the kitchen saga continues. The builder now says the worktops will arrive "early next week", which I've learned is builder for "at some point before the heat death of the universe". We've been washing dishes in the bathroom sink for a fortnight and my husband has started referring to the microwave as "the kitchen". On the bright side, I've become very good at one-pot pasta.

Oh, and before I forget, the milestone 2 invoice can't go out until we have your PO number, so if you could send that over by Wednesday that would be great.

I've also started reading that book you mentioned when we were in Leeds, the one about the history of the shipping container. I'm about halfway through and I'm now unable to look at a lorry on the motorway without thinking about standardised corner castings. Thanks for that. My colleagues are less grateful, as I've been sharing fun facts at lunch.

Anyway, I'll let you get on. Give my best to the team, and let me know if you're ever down our way; the offer of a curry stands, and I promise not to talk about containers.

All the best,
Sophie
"""))

POS.append(case(
    ["ramble"], "en", "ramble: British chatter (rain, dog, cricket, choir, paint tin); the test-script sign-off question is one line",
    CHEN, [KAREN], "Hello from a very wet London",
    """
Hi Karen,

I hope this finds you well and that the weather up your way has been kinder than it has down here. We've had the sort of week where you leave the house in sunglasses and come home looking like you've swum the Channel. My umbrella gave up on Wednesday, turned itself inside out on the bridge, and I'm told a small child laughed at me. Fair enough.

The big news in our household is that the dog has discovered the neighbour's cat flap. I'm not sure who was more surprised: the dog, the cat, or the neighbour, who found a slightly bewildered spaniel in her utility room at seven in the morning. We've had a frank exchange of views (the neighbour and I, not the dog) and I've been to the garden centre for some trellis. The dog appears entirely unrepentant.

Did you manage to catch any of the cricket at the weekend? I had it on the radio while I was up at the allotment, which is my excuse for the fact that my runner beans are now growing in a direction best described as optimistic. The commentators spent a good forty minutes discussing cake during a rain delay, which is, I think, the most English thing I've ever heard, and I was utterly gripped.

One thing while I remember: could you let me know who on your side will sign off the test scripts? We'd like to send them over next week.

I've also joined a community choir, against my better judgement and entirely because a friend told me they had biscuits. The biscuits are excellent. The singing is a work in progress. We're doing a medley of sea shanties for the summer fete, and I have been placed firmly at the back, which I'm choosing to interpret as a tribute to the power of my voice rather than a comment on its accuracy.

Anyway, I must stop procrastinating. There's a tin of paint in the hallway that has been "waiting for me" since Easter, and my partner has started leaving pointed little notes beside it. The latest one simply says "Still here." I've replied with a note of my own that says "So am I", which I thought was rather witty, though it has not been well received.

Hope the rest of your week is a good one, and do let me know how your daughter got on with her driving test. Fingers crossed the examiner was in a forgiving mood.

Warm regards,
Chen
"""))

POS.append(case(
    ["ramble"], "en", "ramble: American chatter (brisket, Little League, espresso, road trip); cutover move + DBA on call buried",
    DAVID, [ELLEN], "Happy Monday!",
    """
Hey Ellen,

Happy Monday! Hope you had a great weekend. Ours was a full-on Texas-style extravaganza, because my brother-in-law finally got the smoker he's been talking about since Thanksgiving and decided the whole family needed to be there for its maiden voyage. Fourteen hours of brisket. Fourteen. He was up at 4am checking the temperature like it was a newborn. I'll admit it was worth it, though: the bark on that thing was unreal, and I'm still thinking about his jalapeno cornbread.

Saturday morning I was on Little League duty. My son's team is, let's say, a rebuilding franchise. They lost 11 to 3, but he caught a pop fly in the fifth inning and you'd have thought he'd won the World Series. I may have yelled a bit. Okay, I definitely yelled a bit. One of the other dads gave me a look, which I fully deserved.

We also finally caved and bought one of those fancy espresso machines, the kind with more dials than my car. So far I have made one good latte and about nine cups of something that tastes like a burnt tire. My wife has banned me from using it before 7am because the grinder sounds like a jet engine. I've started watching tutorials from a guy in Melbourne who takes milk foam very, very seriously. I respect that.

Quick thing: the cutover is moving to Sunday 2am Eastern, so please make sure your DBA is on call for that window.

Anyway, the big summer road trip is officially in the planning stage. We're thinking Yellowstone, then down through the Tetons and maybe over to Moab if the kids haven't mutinied by then. My daughter has asked whether there will be Wi-Fi at Old Faithful, which tells you everything about where we are as a family. I told her the geyser is the Wi-Fi. She was not amused.

Have you been out that way? I remember you mentioned camping in Utah a couple of years back. Any tips on campsites or, more importantly, on keeping two kids under ten from fighting over the back seat for nine hours would be hugely appreciated. I'm considering a strict rotation system with a laminated schedule.

Also, I finally watched that show you recommended, the one about the chef in Chicago. Stressful. Loved it. Binged the whole first season in three nights and now I say "yes, chef" when my wife asks me to take the trash out.

Talk soon, and have a great week!

David
"""))

POS.append(case(
    ["ramble"], "mixed", "ramble: 上海出差/生煎/基金/健身/猫/美剧/火锅 chatter; 'test account' request is one line",
    CHENYU_ZH, [KEVIN], "好久不见, 近况汇报 :)",
    """
Kevin,

周末过得怎么样? 我上周在上海出差了三天, 本来想着开完会就回来, 结果被同事拉去吃了一家本帮菜, 红烧肉和腌笃鲜真的绝了, 吃完整个人都 happy 了. 第二天早上又去排了一个小时的生煎, 排队的时候听旁边两个阿姨聊股票, 一个说最近 AI 概念股涨疯了, 另一个说她买的新能源已经套了半年, 听得我都想把自己的基金 app 卸载了.

说到基金, 我今年的 portfolio 简直是大型翻车现场, 年初听朋友推荐买了医药, 到现在还是绿的. 我老婆说我就适合存定期, 我觉得她说得对, 但是我不想承认.

回来之后开始认真健身, 下了一个新的 app, 每天打卡, 第一周坚持了五天, 第二周坚持了两天, 第三周......我们不说第三周. 教练说我核心力量太差, 让我每天平板支撑两分钟, 我现在撑到一分钟就开始怀疑人生.

家里的猫最近也很有个性, 新买的猫爬架看都不看, 天天睡在快递纸箱里. 花了八百块买的 premium 猫窝, 她宁愿趴在我的键盘上. 上周开会的时候她直接踩了一下 mute 键, 我说了五分钟都没人听见, 还以为大家都在认真思考.

对了, 周四之前麻烦把 UAT 的 test account 发我们一下, 一共需要 5 个.

最近在追一部美剧, 讲硅谷创业的, 里面那个 CTO 天天 pivot, 跟我之前遇到的某些项目一模一样, 看得我又好笑又心酸. 你要是有什么好看的剧也推荐一下, 最近晚上实在是无聊, 刷短视频刷到凌晨两点, 第二天上班全靠咖啡.

另外下个月我可能还会去一趟深圳, 如果你那边有空, 一起吃个饭? 听说你们楼下新开了一家潮汕牛肉火锅, 我已经在小红书上种草很久了, 一直没机会去. 我请客, 你负责带路, 顺便带我去海边走走, 我已经快一年没看到海了. 上次看海还是去年国庆带孩子去青岛, 人多得只能看到别人的后脑勺, 最后在酒店阳台上远远看了一眼就算完成任务了.

Cheers,
陈宇
"""))

POS.append(case(
    ["ramble"], "mixed", "ramble: 日本旅行/omakase/手冲咖啡/半马/韩剧 chatter; demo time change buried in one line",
    ZHOUMIN, [SUNTING], "好久没聊啦",
    """
孙经理,

好久没聊啦! 上个月我终于请了年假去了一趟日本, 京都加大阪一共七天, 每天两万步起步, 回来以后腿都不是自己的了. 京都那几天刚好赶上红叶, 清水寺人多到根本挤不动, 但是早上六点去伏见稻荷就很 chill, 一路爬上去几乎没人, 拍了好多照片, 回头发你看.

大阪那边主要就是吃, 章鱼烧, 大阪烧, 串炸, 还有一家很小的 omakase, 一共八个座位, 师傅全程不说英文, 我们全靠比划, 结果吃得超级满足. 最惊喜的是便利店的布丁, 我一天能吃三个, 回来一称体重胖了三斤, 现在每天晚上都在后悔.

回来以后开始迷上手冲咖啡, 在网上买了一整套 V60, 磨豆机, 手冲壶, 电子秤, 花了快两千块. 我老公说我三分钟热度, 我说这次不一样, 目前已经坚持了十二天, 每天早上给自己冲一杯埃塞俄比亚, 虽然味道时好时坏, 但是仪式感满满.

另外我报了十月份的半程马拉松, 现在每周跑三次, 最长跑到了十五公里. 跑团里有个大哥六十多岁了, 配速比我快一分钟, 每次都把我虐得怀疑人生. 他说秘诀就是坚持和少喝奶茶, 第二条我实在做不到.

哦对了, 下周二的 demo 时间改到下午 3 点, 地点不变.

最近还在追一部韩剧, 讲律师的, 剧情有点狗血但是停不下来, 每天晚上告诉自己只看一集, 结果一看就到一点. 第二天上班全靠咖啡续命, 这大概也是我开始手冲的原因之一吧, 哈哈.

你最近怎么样? 上次你说想带孩子去海边, 去成了吗? 有什么好玩的地方也推荐给我, 年底还有几天假, 正在纠结去三亚还是去云南, 两边的攻略我都收藏了一大堆, 越看越选不出来.

对了, 你上次推荐的那家云南菜我也去了, 汽锅鸡和菌子火锅都很好吃, 就是排队排了快一个小时, 服务员说周末一直都是这样. 下次我们约工作日中午去, 人少一点, 还可以顺便聊聊你说的那个亲子露营.

周敏
"""))

POS.append(case(
    ["ramble"], "zh", "ramble: 装修/小升初/钓鱼/老电影/太极; interface-doc confirmation is one buried line",
    LIHANG, [WANG], "近况,顺便说个事",
    """
王总您好:

好久没跟您好好聊聊了。最近家里在装修,真是把我折腾得够呛。原本说好两个月完工,现在已经第三个月了,瓷砖还没贴完。装修师傅每次都说快了快了,我现在听到这三个字就头疼。上周末去建材市场挑地板,从早上九点逛到下午四点,腿都走细了,最后还是我爱人拍板选了最开始看的那一款,我一整天算是白跑。

孩子今年小升初,全家都很紧张。为了一个好学校,周末的时间全都排满了,奥数、英语、编程,一个接一个。我小时候哪有这些,放了学就是在村口玩泥巴,现在想想真是幸福。前几天孩子问我二次函数,我愣是想了半天没想起来,被他嫌弃了一整晚。

说到放松,我最近迷上了钓鱼。上个月跟几个老同学去了一趟千岛湖,凌晨四点就出发,在湖边坐了一整天,最后就钓上来两条巴掌大的鲫鱼,回来还被爱人笑话说菜市场买的都比这大。不过那种安静的感觉真的很好,手机一关,什么都不想,比什么按摩都解压。您要是有兴趣,下次一起去。

另外,请您在下周一前确认一下接口文档V2.3。

前几天看了一部老电影,讲的是八十年代的工厂生活,看得我特别感慨。我父亲那一代人,一辈子就在一个厂里,从学徒干到退休,那时候的人踏实。现在的年轻人跳槽像换衣服一样,我们组里去年就走了三个,说起来也是一言难尽。

天气也越来越热了,您多注意身体。听说您最近在练太极,效果怎么样?我爸也一直想学,就是找不到好的老师,您那边要是有推荐的话,麻烦告诉我一声。

上个月我们大学同学毕业二十年聚会,三十多个人来了二十六个,有的当了老板,有的出了国,还有一个回老家种起了猕猴桃,说是比在城里上班自在多了。大家聊到半夜,喝了不少酒,第二天一早我还硬撑着去爬了趟山,回来腰酸背痛了好几天。

祝好!

李航
"""))

POS.append(case(
    ["ramble"], "zh", "ramble: 春节回老家/年夜饭/抢红包/贺岁片; invoice-payment reminder buried",
    ZHOUMIN, [HUANG], "新年好",
    """
黄经理您好:

春节过得还好吧?我今年终于回了一趟老家,算起来已经三年没回去过年了。老家在湖南的一个小县城,高铁通了以后方便了很多,以前要倒三趟车,现在四个小时就到了。一进家门,我妈就端上来一大碗腊肉炒蒜苗,我一口气吃了两碗饭,那个味道是在外面怎么都吃不到的。

年夜饭是一大家子二十多口人一起吃的,光是凉菜就摆了满满一桌。我舅舅酒量特别好,拉着我们几个小辈一个一个敬,我喝了三杯就不行了,被表弟扶回房间,第二天头疼了一上午。初一一早就被鞭炮吵醒,县城里到现在还能放鞭炮,那个热闹劲儿,大城市是感受不到的。

这几天大家最热衷的还是抢红包,家族群里一个红包发出来,几十个人一秒钟就抢完了。我二姨手速最快,抢了一整个春节,据说抢了三百多块,比谁都开心。我手慢,总共就抢到十几块钱,还被侄子嘲笑了。

初三的时候带着孩子去看了一场贺岁电影,电影院里座无虚席,孩子看得哈哈大笑,我倒是中途睡着了,醒来的时候已经演到结尾了,也不知道讲了个什么故事。

顺便说一下,一月份的发票已经开出并寄到贵行,麻烦您提醒财务安排付款。

回来上班以后还有点缓不过来,每天早上闹钟响了都想再睡一会儿。我给自己定了个新年计划,每天走一万步,少吃宵夜,目前坚持了一周,体重倒是一点没变。

您春节是在哪里过的?上次听您说想带老人去海南,不知道去成了没有。有空的话一起喝杯茶,听您讲讲。

另外,我最近在学做菜,春节跟我妈学了几道湖南家常菜,剁椒鱼头、小炒黄牛肉、擂辣椒皮蛋,回来以后每个周末都在家里练手。我爱人说味道还差得远,孩子倒是很捧场,每次都把盘子吃得干干净净。等练熟了,请您来家里尝尝。

周敏
"""))

POS.append(case(
    ["ramble"], "zh", "ramble: 读书会/养花/天气/羽毛球/敦煌; SSL-certificate expiry warning is one buried line",
    CHENYU_ZH, [LINXIAO], "书看完了",
    """
林老师您好:

上次您推荐的那本《长安的荔枝》我看完了,真是一口气读完,停不下来。一个小小的上林署监事,要在五月把新鲜荔枝从岭南运到长安,简直就是古代版的项目管理。我读的时候一直在想,他要是有我们现在的甘特图和风险清单,会不会轻松一点。您还有什么好书,再给我推荐几本。

最近我们小区成立了一个读书会,每个月聚一次,上次讨论的是一本讲城市变迁的书,大家从书聊到了各自小时候住的胡同、大院、筒子楼,一个晚上不知不觉就过去了。有位退休的老教师讲起他年轻时候在三线工厂的经历,我听得特别入迷。

阳台上养的那几盆花最近也开了,茉莉开得最好,一到晚上满屋子都是香味。倒是那盆绣球一直半死不活,叶子发黄,我查了半天资料,说可能是浇水太勤了。养花跟带孩子一样,管得太多反而不好,哈哈。

对了,生产环境的SSL证书下个月15号到期,请贵行提前安排申请新证书。

这段时间北京天气变化特别大,早上还要穿外套,中午就热得只能穿短袖,我上周就中招感冒了,咳了一个礼拜。您也注意别着凉。

周末我一般会去打羽毛球,公司附近有个球馆,几个同事约着一起打,虽然水平都很业余,但是出一身汗特别痛快。我们组里有个九五后小伙子,杀球特别狠,我每次都被他打得满场跑,打完第二天胳膊都抬不起来。您平时喜欢什么运动?有机会一起打球。

还有,上回您提到想去敦煌看看,我去年秋天去过,鸣沙山和莫高窟确实值得一去,要是需要攻略,我可以把我当时的行程整理一份发给您。那边早晚温差特别大,白天三十度,晚上就只有十几度,一定要带件厚外套。莫高窟要提前一个月在网上预约,旺季的票特别紧张,我当时就是差点没约上。

祝好!

陈宇
"""))

# ---------------- backchannel (6 single) ----------------
POS.append(case(
    ["backchannel"], "en", "backchannel: internal FW mocking the client ('a change request wearing a bug costume', 'never read a spec')",
    DAVID, [TOM, PRIYA], "FW: Quick question",
    """
Heads up, team.

Karen's "quick question" below is, once again, a forty-hour change request wearing a bug costume. I genuinely don't think anyone at Client-B has read a spec in their lives. Could we write a requirement they wouldn't misunderstand? Doubtful.

Don't start anything on it; I'll deal with her.

D
""",
    quote="""Hi David,

Quick question - could the invoice screen also show the customer's credit limit and the last three payments? Should be a small tweak.

Thanks,
Karen""", quote_from=KAREN, quote_style="outlook"))

POS.append(case(
    ["backchannel"], "zh", "backchannel reply-all accident: client (林晓) in Cc while PM calls her 「林大小姐」 and 拿我们当出气筒",
    ZHOUMIN, [LIUYANG], "回复:柜面需求第三版", cc=[LINXIAO],
    body="""
洋哥,

看到没,“林大小姐”又来了,一封邮件把需求改三遍,每次都说“这是最终版”,我已经不信了。她那边自己内部都没对齐,就拿我们当出气筒。

这版你先放着别动,等她消停两天再说。

敏
""",
    quote="""周经理,

附件是柜面需求第三版,和第二版相比主要调整了凭证打印部分,请查收。

林晓""", quote_from=LINXIAO, quote_style="foxmail"))

POS.append(case(
    ["backchannel"], "zh", "backchannel: mocks C行's new digital head ('上周二才第一次听说敏捷', '顺着他说就行')",
    LIHANG, [LIUYANG, HEJING], "周四C行会议的准备",
    """
两位,

私下说一句:C行新来的那位数字化负责人,我怀疑他上周二才第一次听说“敏捷”这个词,现在天天拿它当尚方宝剑,一开口就是“我们要敏捷”,问他迭代怎么排,一问三不知。

周四的会大家配合一下,顺着他说就行,反正他也听不出区别。材料按原计划准备。

李航
"""))

POS.append(case(
    ["backchannel"], "mixed", "backchannel: Kevin 'micromanage', 'all talk no action', '靠开会刷存在感' to a colleague",
    SOPHIE, [TOM], "Kevin 这周的 call",
    """
Tom,

FYI, client-a 那个 Kevin 又开始 micromanage 了, 一天三个 call 问进度, 他自己负责的 UAT case 到现在一个都没写. 典型的 all talk no action, 在他们公司估计就靠开会刷存在感.

你们 dev 这边别被他带节奏, 该怎么排还怎么排, 他要再打来就说你在 meeting.

Sophie
"""))

POS.append(case(
    ["backchannel"], "zh", "backchannel (traditional): client nicknamed 「王大爺」, '一點資料庫常識都沒有'",
    LIHANG_T, [HEJING_T], "今天的需求會",
    """
靜姐,

甲方那位「王大爺」今天又在會上拍桌子了。一點資料庫常識都沒有,還要手把手教我們怎麼建索引,說得頭頭是道,其實全是錯的。他們那邊的人也都不敢吭聲,看著真替他們累。

大家聽聽就好,別當真,方案還是照原計畫走。

航
""", trad=True))

POS.append(case(
    ["backchannel"], "en", "backchannel reply-all accident: Raj in Cc while PM mocks him ('Ferrari on a Fiat budget', 'pray for me')",
    DAVID, [TOM], "RE: Raj's new wishlist", cc=[RAJ],
    body="""
Ha, classic Raj. Wants a Ferrari on a Fiat budget, as per, and will still complain the cup holders are the wrong colour. I'll go and "manage expectations" for the fifth time tomorrow. Pray for me.

D
""",
    quote="""Raj just sent another list: real-time dashboards, a mobile app, AI forecasting. Same budget. Thoughts?

Tom""", quote_from=TOM, quote_style="gt"))

# ---------------- two labels (5) ----------------
POS.append(case(
    ["argue", "refusal"], "en", "argue+refusal: 'No.' plus lecturing ('which you signed', 'read it before asking again')",
    DAVID, [LUKAS], "Re: Offline mode for the field app",
    """
Lukas,

No. Offline mode is not in the SOW, which you signed, and it isn't going to be added.

I'd really appreciate it if this stopped resurfacing in every status meeting. Clause 7 covers it; please have your regional managers read it before they ask again.

David
""",
    quote="""Hi David,

Following up on offline mode for the field app - when can we expect it? Our regional managers keep asking.

Lukas""", quote_style="outlook"))

POS.append(case(
    ["argue", "backchannel"], "zh", "argue+backchannel: disparages the client's engineer 张工 to his boss and pins the outage on the client",
    LIHANG, [WANG], "关于本周二生产宕机的说明", cc=[ZHAO],
    body="""
王总:

我就直说了。贵司那位张工,分布式的基本概念都没搞懂,天天在项目群里指挥我们的工程师,这次宕机就是他让运维把防火墙策略改掉的。

至于责任,日志摆在那里,一目了然,问题出在贵方的网络策略,不在我们。希望贵司以后先把自己人管好,不要再往我们身上推。

李航
"""))

POS.append(case(
    ["persuade", "refusal"], "en", "persuade+refusal: 'won't be building it, full stop' and 'your analysts don't need it... tell them'",
    CHEN, [NINA], "Re: Excel macro export",
    """
Hi Nina,

We won't be building a macro-enabled export, full stop.

And honestly, your analysts don't need it. Every other client on this platform works from the dashboard, and yours will too once they give it a fair go. Please tell them the dashboard is how it's going to be; the sooner they get used to it, the happier everyone will be.

Chen
""",
    quote="""Hi Chen,

Our analysts rely heavily on Excel macros. Could the system export directly into our macro-enabled template?

Nina""", quote_style="gt"))

POS.append(case(
    ["ramble", "backchannel"], "en", "ramble+backchannel: 470 words of holiday/pub quiz/bike/10k with a jibe at Raj; burndown request buried",
    SOPHIE, [TOM], "Welcome back!",
    """
Hi Tom,

How was the holiday? I saw your photos from Lisbon and I'm officially jealous. Those custard tarts looked illegal. I keep meaning to go; every year I book something sensible instead, like a long weekend at my parents', where the highlight is my dad explaining his new lawnmower to me in more detail than any of our architecture reviews.

Our end of things has been quiet. We won the pub quiz on Thursday, by a single point, on a tie-break question about the height of the Eiffel Tower, which I got right purely because of a school trip in 1998. I'm taking full credit. The team that came second has lodged what I can only describe as a formal complaint with the landlord. We're keeping the trophy, which is a small plastic owl.

I've also bought a new bike, which was a mistake in the sense that I now have to ride it. Did my first proper loop on Sunday, twenty-five miles, and I'm still walking like a cowboy. The man at the shop said the saddle "breaks in after a few weeks". I've started to suspect he says that to everyone.

Meanwhile Client-B continue to be Client-B. Raj had another of his moments on Wednesday's call. He asked if we could "just put the database in the cloud over the weekend", and when Priya asked which region, he said "the nearest one". I genuinely think he believes the cloud is a weather feature. How that man got to be head of IT is one of the great mysteries of our age. Karen just sat there nodding. I've started a little collection of his greatest hits in a notes file; remind me to show you over a drink.

Can you send me the updated burndown before Friday, by the way?

Back to more important matters: are you still up for the charity 10k in September? I've signed us both up. You said yes at the Christmas party, and I have it in writing, or at least in a blurry photo of a napkin. Training starts now. I'm thinking two short runs a week and one long one, and then we go for pizza, which I believe is how the professionals do it.

Also, my sister's wedding is finally sorted. It's in a barn in Somerset, there's a ceilidh, and I've been told in no uncertain terms that I'll be dancing. If you've ever seen me dance you'll understand why I'm considering faking an injury. The bike might come in handy after all.

Right, I'll stop. Welcome back, and brace yourself for the inbox.

Sophie
"""))

POS.append(case(
    ["persuade", "backchannel"], "mixed", "persuade+backchannel: mocks the client's boss ('刷了几篇公众号拍脑袋') and pushes v3 sign-off before he can change his mind",
    SOPHIE, [KEVIN], "v3 方案, 本周 sign-off",
    """
Kevin,

私下跟你说一句, 你们老板那套 "什么都要上 AI" 的想法, 说白了就是周末刷了几篇公众号拍脑袋想出来的, 懂行的人听了都想笑.

方案就按我们的 v3 定, 你帮忙劝劝他别再插手了. 本周五之前 sign-off, 别给他再改主意的机会.

Sophie
"""))

# =============================================================================================
# HARD NEGATIVES
# =============================================================================================

NEG.append(case(
    [], "en", "hard negative: buffered refusal - can't fit it in June, logged as CR-0142, estimate by 21 May, interim option",
    SOPHIE, [OLIVER], "Re: Salesforce sync in the June release?",
    """
Hi Oliver,

Thanks for this, and I can see why Sales are keen.

I can't squeeze the Salesforce sync into the June release without putting the cutover at risk, so I'd rather not promise it. What I've done is log it as CR-0142. Tom's team will size it this week, and I'll come back to you by Wednesday 21 May with an estimate and two possible slots, July or August.

If there's a particular piece Sales need sooner, for example the nightly contact export, let me know and we'll look at whether that alone can be pulled forward.

Best,
Sophie
""",
    quote="""Hi Sophie,

Is there any chance the Salesforce sync could be included in the June release? Sales are very keen.

Oliver""", quote_style="gt"))

NEG.append(case(
    [], "mixed", "hard negative: 'this release 做不了' with a concrete alternative (polling 30s this Friday) and evaluation date",
    CHENYU_ZH, [SUNTING], "Re: 消息推送能否实时",
    """
孙经理,

实时 push 这个 release 确实来不及, 要上 websocket 需要改网关, 风险比较大.

我们的建议是先把 polling 间隔从 5 分钟调到 30 秒, 本周五的 patch 里就能带上, 用户体感会好很多. websocket 方案我们已经记到 backlog, 下个 sprint planning (6/10) 会评估, 结果当天发您.

您看这样可以吗?

陈宇
""",
    quote="""陈经理,

消息推送能不能做成实时的?现在要等好几分钟才能看到。

孙婷""", quote_style="gt_zh"))

NEG.append(case(
    [], "en", "hard negative: escalation - discount not mine to approve, handed to the delivery director (in Cc) with a call date",
    CHEN, [JAMES], "RE: Phase 2 rate", cc=[MARK],
    body="""
Hi James,

Thanks for raising this so directly; I understand the reasoning given how phase 1 went.

A change to the commercial terms isn't something I can approve on my own, so I've passed it to Mark Evans, our delivery director, copied here. He's keen to talk it through and will call you on Thursday afternoon. In the meantime I'll pull together the phase 1 timeline so you both have the same facts in front of you.

Best regards,
Chen
""",
    quote="""Chen,

We'd like a 15% discount on the phase 2 rate given the delays in phase 1. Can you confirm?

James""", quote_style="outlook"))

NEG.append(case(
    [], "zh", "hard negative: negation '并非拒绝,也不是技术上做不到' + assessment date + interim Excel workaround",
    LIHANG, [HUANG], "关于对账报表增加分行维度的排期",
    """
黄经理您好:

关于对账报表增加分行维度的需求,先说明一下:我们并非拒绝,也不是技术上做不到,只是本期剩余两周要集中在联调上,现在硬塞进去,质量很难保证。

我们的计划是:本周五前完成工作量评估,下周二(6月3日)给您书面答复,包括可以交付的日期。如果分行维度月底汇报急用,我们可以先导出一版明细数据,由您这边在Excel里汇总应急。

李航
"""))

NEG.append(case(
    [], "en", "hard negative: 'I privately thought it was impossible' as praise for the team; good news, no action needed",
    CHEN, [ELLEN], "Search performance - results", cc=[TOM],
    body="""
Hi Ellen,

Good news on search. The load test last night came in at 0.6 seconds at the 95th percentile over the full 40 million rows.

I'll be honest: when your team first set the one-second target, I privately thought it was impossible on the current hardware. Tom and the team proved me wrong, and I'm very happy to be wrong. The full report is on SharePoint.

No action needed from your side; I just wanted you to hear it first.

Best,
Chen
"""))

NEG.append(case(
    [], "mixed", "hard negative: technical terms - 'Connection refused', 拒绝连接, 必须重启服务, 唯一幂等键, 理论上不可能被重复扣款",
    CHENYU_ZH, [WANG], "周三支付服务异常 - 处理说明",
    """
王总,

周三 14:05-14:32 支付服务异常的情况说明如下:

1. 现象: 网关日志里出现大量 "Connection refused", 下游调用被拒绝连接.
2. 原因: 数据库连接池上限配置为 50, 月末流量高峰时被打满, 新连接全部被拒.
3. 处理: 已将上限调整为 200. 配置生效必须重启服务, 我们建议在今晚 23:00 的维护窗口执行, 需要贵司运维在场.
4. 资金: 支付请求带唯一幂等键, 理论上不可能被重复扣款; 我们也逐笔核对了该时段的 1,326 笔交易, 没有重复.

今晚的窗口是否可以, 麻烦您下午 5 点前回复一下.

陈宇
"""))

NEG.append(case(
    [], "en", "hard negative: client's angry words ('completely unacceptable', 'clueless') only in the Outlook quote; PM apologises with a plan",
    CHEN, [NINA], "RE: Still waiting on the fix",
    """
Hi Nina,

You're right to be frustrated, and I'm sorry. Three weeks is too long, and we should have kept you updated far better than we did.

Here's where we are: the fix is in testing now, and Priya's team will finish regression by Thursday midday. We'll deploy at 18:00 your time on Thursday unless you'd prefer another slot. From today I'll send you a short update every afternoon until it's closed.

If it helps, I'm happy to join the call with your VP.

Chen
""",
    quote="""Chen,

This is completely unacceptable. We have been waiting THREE WEEKS for the fix. Is anyone on your team actually reading our emails?? Frankly your team is clueless and I'm escalating this to my VP.

Nina""", quote_style="outlook"))

NEG.append(case(
    [], "zh", "hard negative: client's harsh '到底还能不能干了?!!!' only in the Foxmail quote; PM takes responsibility, gives dates",
    LIHANG, [WANG], "回复:又延期?", cc=[ZHAO],
    body="""
王总您好:

非常抱歉,这次延期给您和贵司领导带来了很大压力,责任在我们。

原因是第三方短信网关的接口变更,我们周一才拿到新文档。目前联调已完成八成,我们会在周四晚上完成全部测试,周五上午10点前把测试报告发给您。为防止再次延误,从今天起每天下午5点我会给您发一份进度简报。

如果方便,明天上午我和赵总想去贵司当面跟您汇报。

李航
""",
    quote="""李航:

你们到底还能不能干了?这已经是第三次延期了,我跟领导都没法交代!!!这样的供应商我们还是第一次见。

王立新""", quote_style="foxmail"))

NEG.append(case(
    [], "mixed", "hard negative: client's sarcasm ('一塌糊涂', '呵呵, 这就是你们说的 professional?') only in the quote; PM accepts feedback",
    LIHANG, [KEVIN], "Re: release note",
    """
Kevin,

谢谢直接指出来, 这个 feedback 我们收下了. 这次的 release note 确实写得太技术化, 对业务同事不友好.

从下个版本开始我们改成两段: 第一段用业务语言写 "你会看到什么变化", 第二段才是技术 change list. 这周五我先把 v2.4 的 release note 按新格式重写一版发给你, 你看合不合适.

Thanks,
李航
""",
    quote="""Li Hang,

我真的要吐槽一下, 你们的 release note 写得一塌糊涂, 完全看不懂改了什么. 呵呵, 这就是你们说的 professional?

Kevin""", quote_style="gt_zh"))

NEG.append(case(
    [], "en", "hard negative: constructive internal discussion - 'she's right', plan to walk the client through it in person",
    DAVID, [TOM, PRIYA], "Karen's concern about regression coverage",
    """
Hi both,

Karen raised something on this morning's call that I think we should take seriously: she feels we've been light on regression testing over the last two releases, and looking at the numbers, she's right. Coverage on the billing module dropped from 78% to 61%.

Could we put together a short plan by Wednesday: which suites we add back, how much time it adds to each release, and what we need from Client-B's test team? I'd like to walk Karen through it in person on Thursday rather than just send a document.

Thanks,
David
"""))

NEG.append(case(
    [], "zh", "hard negative: internal mail taking the bank's schedule worry seriously ('他的担心是有道理的'), face-to-face visit planned",
    ZHOUMIN, [LIUYANG, HEJING], "关于C行对工期的担心", cc=[ZHAO],
    body="""
各位,

今天和C行黄经理通了电话,他对下个月上线的工期很焦虑,主要担心压测结果还没出来。说实话,他的担心是有道理的,我们上次压测确实拖了一周。

我的想法是:1)刘洋周三前给出压测的详细计划和每日节点;2)何静准备一页风险清单,列出我们已知的三个风险和应对方案;3)周四下午我和赵总一起去C行,当面把计划和风险跟黄经理过一遍。

有不同意见今天提。

周敏
"""))

NEG.append(case(
    [], "en", "hard negative: colleague banter ('absolute legend', 'my brain is toast'), 'annoying flicker' is a bug; no client disparaged",
    DAVID, [TOM], "That flicker bug", cc=[PRIYA],
    body="""
Tom, you absolute legend. The annoying flicker on the dashboard that's haunted us for three sprints: gone, at 2am, on a Sunday. I'm not saying you should be doing that (please don't make a habit of it), but I'm buying the doughnuts tomorrow.

My own contribution this weekend was to leave my laptop charger at the office, so my brain is officially toast.

Priya, could you add the flicker case to the regression suite so it stays dead?

Cheers,
David
"""))

NEG.append(case(
    [], "zh", "hard negative: banter - '服了' as praise, '不可能的事又被你干成了', '我这脑子' self-mockery, 奶茶 fine for saying 不可能",
    ZHOUMIN, [LIUYANG, HEJING], "迁移脚本跑通了!",
    """
洋哥,你这效率我是真服了,周末一个人把三百张表的迁移脚本全跑通了。上周大家还说这周之内根本不可能,结果不可能的事又被你干成了。

我这脑子是彻底跟不上了,周一例会的时间都记错了,自罚奶茶一杯。顺便定个规矩:以后谁在群里说“不可能”,请全组喝奶茶。

何静,麻烦周二把迁移结果的抽样核对做一下,核完我发给客户。

周敏
"""))

NEG.append(case(
    [], "zh", "hard negative: firm-but-polite facts (freeze date vs submission date), assessment by 5月8日, decision left to client",
    ZHOUMIN, [SUNTING], "关于报表字段调整的流程说明",
    """
孙经理您好:

关于本周提出的报表字段调整,事实层面跟您同步一下:需求冻结日期是4月28日,这次的调整申请是5月2日提交的,按双方约定的流程,需要走变更评估。

这只是流程上的安排,并不代表我们对这个调整本身有什么看法,业务上的理由我们都理解。评估预计需要两个工作日,5月8日前我会把影响分析和工作量发给您,由您来决定是否纳入本期。

周敏
"""))

NEG.append(case(
    [], "en", "hard negative: recommendation with trade-offs, 'entirely the committee's call'",
    DAVID, [GRACE], "RE: Hosting options - recommendation",
    """
Hi Grace,

Our recommendation is Option B (the dedicated cluster), mainly because it keeps the bank's data on hardware you control, which we think will make the regulator conversations easier. The trade-off is cost: roughly 18% more over three years.

That said, both options are perfectly workable and it's entirely the committee's call. If they prefer Option A, we'll plan around it with no change to the timeline. I've attached a one-page comparison that you're welcome to use as-is.

Best,
David
""",
    quote="""David,

Which of the two hosting options would you recommend? Our committee meets next week.

Grace""", quote_style="outlook"))

NEG.append(case(
    [], "zh", "hard negative: '按我们的经验,建议分两批' with both plans ready and the decision left to the bank",
    LIHANG, [HUANG], "上线方式建议",
    """
黄经理您好:

关于上线方式,按我们的经验,建议分两批:第一批先上三家试点支行,稳定两周后再全量推广。这样万一有问题,影响范围可控。

当然,一次性全量上线也有它的好处,切换成本低,培训可以集中做。两种方案我们都已经准备了详细计划,具体采用哪一种,由贵行根据业务安排决定,我们全力配合。

李航
"""))

NEG.append(case(
    [], "en", "hard negative: risky motto ('Impossible is just an opinion. No is never the final answer.') and 'you must' disclaimer only in the signature",
    SOPHIE, [OLIVER], "Updated timeline for phase 2",
    """
Hi Oliver,

Attached is the updated phase 2 timeline reflecting Tuesday's discussion. The only change is that integration testing now starts on 3 July instead of 26 June, to give your team the extra week you asked for. Go-live is unchanged.

Let me know if anything looks off.

Best,
Sophie

-- 
Sophie Zhang | Senior Project Manager
OurTeam Delivery | +44 20 7946 0000
"Impossible is just an opinion. No is never the final answer."
This email is confidential. If you are not the intended recipient you must not read, copy or use it, and you must delete it immediately.
"""))

NEG.append(case(
    [], "zh", "hard negative: '没有做不了的项目' motto and '后果自负' disclaimer only in the signature; body is a milestone confirmation",
    LIHANG, [WANG], "第二阶段里程碑确认",
    """
王总您好:

第二阶段的三个里程碑日期已按昨天会议的结论更新:需求确认6月10日,SIT完成7月15日,上线8月1日。详细计划见附件,如无异议,烦请本周内回复确认。

谢谢!

-- 
李航 | 项目经理
电话:010-5555 0101
座右铭:没有做不了的项目,只有不肯想办法的人。
本邮件仅供指定收件人使用,未经许可不得转发,否则后果自负。
"""))

NEG.append(case(
    [], "en", "hard negative: long (~430 words) but focused root-cause analysis of duplicate confirmation emails",
    CHEN, [JAMES], "RCA: duplicate payment-confirmation emails on Tuesday", cc=[KAREN],
    body="""
Hi James,

As promised, here is the root-cause analysis for Tuesday's incident, in which around 2,300 customers received duplicate payment-confirmation emails between 09:12 and 10:47.

What happened
At 09:05 we deployed release 3.8.2, which included a change to the notification service's retry logic. The intention was to retry failed email sends up to three times with a backoff. However, the change treated a slow response from the mail gateway (over five seconds) as a failure, even when the gateway had in fact accepted the message. From about 09:12 the gateway was under heavy load from a separate marketing campaign, response times rose to six to eight seconds, and our service began resending emails that had already gone out.

Why it wasn't caught
Our integration tests use a mocked gateway that always responds in under 100 milliseconds, so the slow-but-successful case was never exercised. The code review focused on the retry count and missed the timeout semantics. We also had no alert on the outbound email rate, so the spike was first noticed by your contact-centre team at 10:30, not by us. That delay added well over an hour to the incident, and it is the part I am least happy about.

Impact
No payments were duplicated; only the confirmation emails were. We have checked every transaction in the window against the ledger and the payment records are correct. The contact centre received roughly 140 calls, and we've shared a suggested customer message with Karen's team.

What we've done
At 10:47 we rolled back to 3.8.1, which stopped the duplicates immediately. On Wednesday we deployed 3.8.3, which uses the gateway's message ID to make sends idempotent, so a retry for a message the gateway has already accepted is now discarded. We've also raised the timeout to fifteen seconds.

What we'll do next
1. Add a slow-gateway scenario to the integration test suite, by 30 May.
2. Add an alert when outbound email volume exceeds twice the hourly baseline, by 28 May.
3. Add a checklist item to code review for any change to retry or timeout behaviour, effective now.
4. Review the other three services that call external gateways for the same pattern, with findings to you by 6 June.

I'm sorry for the disruption this caused your customers and your contact centre. I'm happy to walk your operations team through any of this on a call, and I'll send a short update as each action closes.

Best regards,
Chen
"""))

NEG.append(case(
    [], "zh", "hard negative: long (~700 chars) but focused UAT plan",
    ZHOUMIN, [SUNTING], "下周UAT安排",
    """
孙经理您好:

下周开始的UAT,我们整理了详细安排,请您和业务部门的同事提前看一下。

一、时间安排
UAT共五个工作日,6月9日至6月13日。每天上午9:30至12:00为集中测试时段,下午13:30至17:00为问题确认和补测时段。6月13日下午4点召开UAT总结会,确认是否具备签收条件。

二、测试范围
本次UAT覆盖四个模块:审批流、合同管理、报表中心和移动端。共准备测试用例186条,其中审批流62条、合同管理54条、报表中心41条、移动端29条。用例已按业务场景分组,每组标注了对应的需求编号,方便追溯。

三、人员分工
贵司需要安排六位业务同事参与,建议审批流两位、合同管理两位、报表和移动端各一位。我方会安排两名测试工程师全程驻场,一名开发人员随时响应,我本人每天下午5点汇总当天问题。

四、环境和数据
UAT环境已于本周三部署完成,地址和账号会在周五前单独发送。测试数据为脱敏后的去年第四季度真实数据,共约三万条合同记录。如需补充特定场景的数据,请在周四前告诉我们。

五、问题分级和处理
问题分为三级:一级为阻断业务的问题,当天修复;二级为影响使用但有替代操作的问题,两天内修复;三级为界面和文字类问题,统一在UAT结束后处理。所有问题都记录在共享的问题清单中,每天更新状态。

六、签收标准
一级问题全部关闭,二级问题不超过五个且均有修复计划,即可进入签收流程。

七、沟通机制
UAT期间我们会建一个专门的工作群,测试中遇到的问题可以随时在群里反馈,我们会在半小时内响应。每天下午5点的问题汇总会同时发邮件给您和各模块负责人,方便大家掌握整体进度。

如对以上安排有任何调整意见,请在本周五前告诉我,我们再一起商量。

周敏
"""))

NEG.append(case(
    [], "mixed", "hard negative: long but focused data-migration plan (timeline, rollback, dependencies, risks)",
    CHENYU_ZH, [KEVIN], "周六 data migration plan, 请 review",
    """
Kevin,

下周六的 data migration, 我把 plan 整理如下, 请你和 DBA 团队 review 一下.

1. Timeline
- 周六 20:00 开始 freeze, 业务系统切只读;
- 20:30-23:30 全量迁移, 预计数据量 420GB, 上次 dry run 用时 2 小时 40 分;
- 23:30-01:00 reconciliation, 按 14 个核心实体逐一核对记录数和金额汇总;
- 01:00-02:00 smoke test, 业务同事按 checklist 跑 30 个关键场景;
- 02:00 go/no-go 决策 call, 你们这边需要有权限拍板的人在线.

2. Rollback plan
如果 02:00 的结论是 no-go, 我们会在 1 小时内切回旧系统. 旧库在迁移期间只读, 不会有数据丢失. rollback 脚本上周已经在 staging 演练过一次, 用时 38 分钟.

3. 需要你们配合的事项
- DBA 周六 19:30 到场, 负责 freeze 和旧库只读设置;
- 网络团队提前开通新旧库之间的专线, 带宽不低于 1Gbps;
- 业务同事 4 位, 01:00 开始 smoke test, 需要提前一天拿到 checklist 熟悉一下;
- 周四前确认 go/no-go 决策人名单和联系电话.

4. 已知风险
- 附件表数据量比预估多 30%, 可能把迁移时间延长约 40 分钟, 我们已经在 timeline 里预留了 buffer;
- 历史数据中有约 1,200 条客户记录的证件号格式不规范, 迁移时会按约定的规则清洗, 清洗日志会单独交给你们复核;
- 如果专线带宽达不到要求, 迁移时间会明显拉长, 这一点请网络团队周三前帮忙确认.

5. Communication
迁移过程中每个阶段结束我会在项目群里发一次 status update, 遇到阻塞问题直接电话联系, 我和 Tom 整晚在线.

这份 plan 有任何 comment, 周三下班前给我, 我周四出 final 版本, 同时发一份中文版给你们的业务同事.

Thanks,
陈宇
"""))

NEG.append(case(
    [], "en", "hard negative: long (~420 words) but focused weekly status report with risks and decisions",
    SOPHIE, [KAREN], "Weekly status report - week 22", cc=[LUKAS],
    body="""
Hi Karen,

Here's the weekly status report for week 22.

Overall status: Amber (was Green last week), because of the data migration slippage described below. The go-live date is unchanged at 14 June.

Completed this week
- Sprint 9 closed: 23 of 25 stories accepted. The two carried over (ORD-412 partial refunds, ORD-418 audit export) move to sprint 10.
- Performance test round 2: 95th-percentile response time of 1.4 seconds at 500 concurrent users, against a target of 2 seconds. The report is on SharePoint.
- Security scan: no high or critical findings; three medium findings, with fixes scheduled for sprint 10.
- Training materials: the first draft of the user guide was shared with your super-users on Tuesday.

In progress
- Data migration dry run 2 started on Wednesday. 11 of 14 entities are loaded; customer, order and invoice reconciled with zero differences.
- Sprint 10 started on Thursday and ends on 11 June.

Risks and issues
1. Migration of historical attachments (Amber). The attachment store is larger than estimated, 1.8 TB rather than 600 GB, and the dry run took 31 hours against a 12-hour cutover budget. Options: (a) migrate attachments older than two years after go-live in a background job, or (b) add a second migration worker, which costs about three days of effort. We recommend (a), but either works; we need a decision from you by Wednesday 4 June.
2. Super-user availability (Green, watching). Two of your six super-users are on leave in the week of 9 June. Lukas has kindly arranged cover.
3. Third-party tax API (Green). The supplier has confirmed the new certificate will be issued by 5 June, ahead of our 9 June integration test.

Decisions needed from Client-B
- Attachment migration approach (risk 1), by 4 June.
- Sign-off on the cutover runbook v0.9, by 6 June.

Next week
- Complete dry run 2 and circulate the reconciliation report on Tuesday.
- Sprint 10 mid-point demo on Thursday at 14:00.
- Cutover rehearsal planning workshop with your infrastructure team on Friday morning.

Change requests
- CR-0137 (additional VAT field on invoices) was approved by your finance team on Monday and is included in sprint 10.
- CR-0142 (Salesforce sync) is being sized; the estimate will reach Oliver by 21 May as agreed.

Budget
Spend to date is 71% against 74% of planned progress. There is no change to the forecast, and the contingency remains untouched.

Let me know if you'd like to go through any of this before Thursday's steering call. I'm around all Monday and Tuesday afternoon.

Best,
Sophie
"""))

NEG.append(case(
    [], "zh", "hard negative (traditional): long but focused change-impact analysis with two scheduling options for the bank to choose",
    LIHANG_T, [HUANG_T], "「交易明細增加跨行欄位」變更影響分析",
    """
黃經理您好:

貴行上週提出的「交易明細查詢增加跨行轉帳欄位」變更,我們已完成影響分析,結果說明如下,供貴行決策參考。

一、變更內容
在交易明細查詢頁面及匯出檔案中,增加「對方銀行代碼」、「對方銀行名稱」、「跨行手續費」三個欄位,並支援依對方銀行篩選。

二、影響範圍
1. 資料庫:交易明細表需新增三個欄位,歷史資料約一億兩千萬筆需回填,預估回填時間約六小時,需安排在週末維護窗口執行。
2. 後端服務:查詢服務與匯出服務各需調整一支介面,另需新增銀行代碼對照表的維護功能。
3. 前端頁面:查詢條件與結果列表需調整,行動端頁面同步修改。
4. 報表:月度對帳報表目前不受影響,如需同步增加欄位,另行評估。

三、工作量與時程
開發約十二人天,測試約六人天,合計十八人天。若納入本期,系統測試需順延一週,上線日期由七月十五日調整為七月二十二日;若排入下一期,可於九月上線,本期時程不受影響。

四、風險
歷史資料回填期間查詢效能會下降約三成,建議回填當晚暫停批次報表。另外,部分早期交易缺少對方銀行資訊,回填後該欄位將顯示為空白,需請貴行業務單位確認是否可以接受。

五、測試安排
若決定納入本期,我們會在系統測試階段增加約四十條測試案例,涵蓋跨行、同行及無對方銀行資訊三種情境,並請貴行業務單位派一位同事參與驗證,確認欄位顯示與匯出格式符合需求。

六、費用
本變更屬於合約範圍外需求,依合約第九條按人天計費,詳細報價另附。

以上兩種排期方式,請貴行於六月十日前告知選擇,我們據此調整計畫。如有任何疑問,我們也可以安排一次會議當面說明。

李航
""", trad=True))

NEG.append(case(
    [], "mixed", "hard negative: 'As I said on Monday's call' as follow-through on a promise, not a reproach",
    LIHANG, [GRACE], "Hosting 费用确认",
    """
Hi Grace,

As I said on Monday's call, 我今天给您确认 hosting 的费用. 结论是: 年费 HKD 420k, 含两个环境 (prod + DR), 已包含 24x7 support, 跟上次报价相比没有变化.

明细见附件. 有任何问题随时 call 我.

李航
"""))

NEG.append(case(
    [], "zh", "hard negative: '并不是贵行操作的问题' - PM takes the blame, fix done, prevention added",
    ZHOUMIN, [LINXIAO], "关于昨晚报表数据缺失的说明",
    """
林老师您好:

先说结论:昨晚报表数据缺失,并不是贵行操作的问题,是我们的迁移脚本漏掉了归档表,责任在我们。

我们已于今天早上8点补跑,数据已经完整,核对结果附后。同时我们在脚本里增加了表数量的校验,以后再有漏表会直接报警。给柜面同事带来的麻烦,非常抱歉。

周敏
"""))

NEG.append(case(
    [], "zh", "hard negative (traditional): PM's own modesty ('我本人對密碼學不太懂'), architect will explain in person",
    LIHANG_T, [LINXIAO_T], "關於加密方案的疑問",
    """
林小姐您好:

您昨天問到的加密方案細節,我本人對密碼學這塊不太懂,怕說錯了誤導您,所以已經請我們的架構師王工準備一份說明,明天下午兩點到貴行當面跟您和資安同事講解,大約一小時。

如果時間不方便,請告訴我,我們再調整。

李航
""", trad=True))

NEG.append(case(
    [], "mixed", "hard negative: colleague called 明明 ('明明明天上午会出 fix'); PM owns the bug toward the client",
    SOPHIE, [LIUYANG], "Re: 支付回调超时", cc=[MINGMING],
    body="""
洋哥,

明明刚刚看了日志, 他说 timeout 是我们这边 retry 策略的问题, 不是客户网关. 明明明天上午会出一个 fix, 你帮忙 review 一下.

客户那边我来说明, 就直接告诉他们是我们的 bug, 预计周四上 patch.

Sophie
"""))

NEG.append(case(
    [], "en", "hard negative: internal note with the client deliberately in Cc, crediting the client's team for spotting our bug",
    CHEN, [PRIYA], "Date format issue in CSV exports", cc=[ELLEN],
    body="""
Hi Priya,

I've copied Ellen so she has visibility. Ellen's team spotted that the CSV exports use MM/DD/YYYY while their finance system expects DD/MM/YYYY, and they were right to flag it; it's our oversight.

Could you prioritise it for this sprint and confirm the fix date to both of us by tomorrow?

Thanks,
Chen
"""))

NEG.append(case(
    [], "mixed", "hard negative: PM answers a colleague's quoted complaint ('烦死了, 能不能直接拒了她?') constructively",
    ZHOUMIN, [LIUYANG], "Re: 孙经理又改需求了",
    """
洋哥,

理解, 大家这个月确实辛苦. 不过孙经理改需求, 背后多半是她们业务部门在压她, 她自己也很被动, 直接拒掉肯定不合适.

我的想法: 明天下午约她开个 30 分钟的 call, 把剩下的 scope 一条条过一遍, 冻结一个版本, 之后的改动都走 CR. 你把这个月四次变更的 impact 整理成一页, 我在 call 上拿给她看, 也方便她回去跟业务交代.

周敏
""",
    quote="""敏姐,

孙婷又改需求了, 这个月第四次了, 烦死了, 开发都快崩了. 能不能直接拒了她?

刘洋""", quote_from=LIUYANG, quote_style="gt_zh"))

NEG.append(case(
    [], "en", "hard negative: internal mail quoting the client's harsh verdict on us ('useless') and agreeing she has a point",
    CHEN, [TOM, PRIYA], "Feedback from Ellen on our status reports",
    """
Team,

Ellen said on the call today, and I quote, "your status reports are useless, I have to read them three times to find out if we're on track." It stung a bit, but she has a point. Ours run to twelve pages and the answer to "are we on track" is on page nine.

From next week I'd like a one-page summary on top: RAG status, top three risks, and decisions needed from the client. Tom, could you draft a template by Friday? I'll run it past Ellen before we roll it out.

Chen
"""))

NEG.append(case(
    [], "mixed", "hard negative: 'we won't be charging' for our own defect; fix schedule given",
    SOPHIE, [KEVIN], "关于 report 导出 bug 的 fix",
    """
Kevin,

导出 bug 的 fix 今晚会部署到 UAT, 明早可以验证. 另外说明一下: 这是我们的 defect, 所以这次 fix 我们 won't be charging, 不会计入 change request 的工时.

验证没问题的话, 周四随 patch 一起上 production.

Sophie
"""))

NEG.append(case(
    [], "zh", "hard negative: technical terms - 唯一索引, 被数据库拒绝; asks client DBA for a window",
    CHENYU_ZH, [SUNTING], "订单重复提交问题的修复方案",
    """
孙经理您好:

上周订单重复提交的问题,修复方案如下:在订单号字段上增加唯一索引,同一订单号第二次写入时会被数据库拒绝;前端同时把提交按钮改为点击后置灰。

这个改动需要贵司DBA在周三晚上的窗口执行一条建索引的语句,脚本我们已经准备好,预计耗时不到十分钟。请您帮忙协调一下DBA的时间。

陈宇
"""))

NEG.append(case(
    [], "en", "hard negative: 'a no from me' on the full module, 'I'm not saying no to the board date', two concrete options for the client to choose",
    DAVID, [LUKAS], "Re: Reporting module by 10 May",
    """
Hi Lukas,

I'll be straight with you, because I think you'd rather know now: the complete module by 10 May is a no from me. I'm not saying no to the board date, though. Two options that do work:

A) The four board-level reports by 9 May, and the rest of the module by 24 May.
B) The whole module by 17 May if we bring in one more developer, which I can arrange at no extra cost.

Either is fine with us. Let me know which suits the board better and I'll lock it in.

David
""",
    quote="""David,

Can we have the complete reporting module by 10 May? Our board meets on the 12th.

Lukas""", quote_style="gt"))

NEG.append(case(
    [], "zh", "hard negative: bureaucratic '暂不纳入本期范围' with CR number, review date and interim workaround",
    LIHANG, [WANG], "答复:电子签章功能",
    """
王总您好:

贵司提出的电子签章功能,经项目组初步评估,涉及CA证书对接和审批流改造,工作量约30人天,暂不纳入本期范围。

该需求已登记为变更单CR-2024-031,将提交6月5日的变更评审会讨论,评审结论会在当天发给您。在此之前,如业务上急需,可先采用线下盖章后扫描上传的方式作为过渡。

李航
""",
    quote="""李经理:

我司希望在本期增加电子签章功能,请贵方评估并安排。

王立新""", quote_style="outlook_zh"))

NEG.append(case(
    [], "mixed", "hard negative: polite firmness - deadline and scope can't both hold; options A/B, client chooses, PM offers to talk to the boss",
    SOPHIE, [KEVIN], "Re: deadline 和报表模块",
    """
Kevin,

理解老板的要求. 坦白说, 按现在的 resource, deadline 和 scope 两个都保住风险很大, 我不想到时候交一个半成品给你们.

我们可以提供两个 option:
A. 保 deadline (6/30), 报表模块挪到二期, 7 月底前交付;
B. 保 scope, 上线顺延两周到 7/14.

两个我们都能配合, 你们内部商量一下, 周三前告诉我选哪个就行. 需要的话我可以跟你一起去跟老板讲.

Sophie
""",
    quote="""Hi Sophie,

老板要求 deadline 不变, 报表模块也必须要有, 你们看怎么安排.

Kevin""", quote_style="foxmail"))

NEG.append(case(
    [], "mixed", "hard negative: PM 'push back' on our own team's estimate on the client's behalf ('客户的 concern 是合理的')",
    CHENYU_ZH, [TOM], "Client-B integration estimate 再看一下", cc=[LIUYANG],
    body="""
Tom,

Client-B 那个 integration 的 estimate, 我想 push back 一下: 80 人天感觉偏保守, 客户的 concern 是合理的, 他们的 budget 确实只有这么多. 能不能把 assumption 一条条列出来, 看看哪些可以并行, 哪些可以复用上个项目的 adapter?

周四前给我一个 revised 版本, 我周五跟 Oliver 过. 不用硬压, 有依据就行.

陈宇
"""))

NEG.append(case(
    [], "en", "hard negative: a genuine gentle reminder that offers help and a new date if needed",
    SOPHIE, [OLIVER], "Gentle reminder: UAT sign-off Friday",
    """
Hi Oliver,

A gentle reminder that UAT sign-off is due this Friday, 6 June. I know your team has had a busy fortnight, so if anything is blocking you, or if Friday is no longer realistic, just tell me and we'll work out a new date together. No drama either way.

Thanks,
Sophie
"""))

NEG.append(case(
    [], "en", "hard negative: curt but fine one-liner acknowledgement with a reply date",
    CHEN, [NINA], "RE: Feedback on the data migration plan",
    """
Thanks Nina, received. I'll review and revert by Tuesday.

Chen
""",
    quote="""Chen,

Attached is our feedback on the data migration plan. Could you review?

Nina""", quote_style="outlook"))

NEG.append(case(
    [], "en", "hard negative: 'Not to belabour the point' introducing a polite follow-up question with a fallback",
    SOPHIE, [KAREN], "Re: Backup window",
    """
Hi Karen,

Great, thanks for confirming.

Not to belabour the point, but one more small thing on the backup window: would your team be OK with moving it from 00:00 to 01:00? The month-end batch jobs occasionally overrun past midnight, and we'd rather not have the two compete. If 01:00 doesn't work for you, we'll keep midnight and add a check instead.

Best,
Sophie
""",
    quote="""Hi Sophie,

We're fine with the new backup schedule.

Karen""", quote_style="gt"))

NEG.append(case(
    [], "zh", "hard negative: client slang ('呵呵', '我真是醉了') only in the quote; PM apologises and proposes a new window",
    LIHANG, [HUANG], "回复:周五上线",
    """
黄经理您好:

您批评得对,周五没能按时上线,是我们计划做得不够稳,向您道歉。

具体原因是周四晚上的回归测试发现了一个影响对账的缺陷,我们判断带着它上线风险太大。缺陷已于今天中午修复,回归测试今晚完成,建议改在下周二晚上的窗口上线。如贵行同意,我们明天上午提交上线申请。

李航
""",
    quote="""呵呵,说好的周五上线,又没了。你们这个团队我真是醉了,每次都有理由。

黄志强""", quote_style="gt_zh"))


# ---- order: deterministic shuffle so labels are not grouped -------------------------------
CASES = POS + NEG
random.Random(20261105).shuffle(CASES)
