"""heldout13: 80 synthetic PM email drafts (training/tuning set) for mailcoach.

Written by an independent helper from the labelling guide (shared/drafts/README.md) and the seed
article only. Emphasis: English business mail from offshore delivery centres and global clients
(US, UK, Indian, Singaporean, Australian), mixed zh/en, and Chinese (a few traditional).
Build with: python3 benchmarks/blindkit.py benchmarks/heldout13
"""

import random

# ---------------------------------------------------------------- people
# our side
DANIEL = "Daniel Hughes <daniel.hughes@ourteam.example.com>"
SOPHIE = "Sophie Clarke <sophie.clarke@ourteam.example.com>"
TOMH = "Tom Hargreaves <tom.hargreaves@ourteam.example.com>"
JASON = "Jason Miller <jason.miller@ourteam.example.com>"
RAJ = "Raj Patel <raj.patel@ourteam.example.com>"
PRIYA = "Priya Raman <priya.raman@ourteam.example.com>"
ARJUN = "Arjun Mehta <arjun.mehta@ourteam.example.com>"
RAHUL = "Rahul Nair <rahul.nair@ourteam.example.com>"
VIKRAM = "Vikram Shetty <vikram.shetty@ourteam.example.com>"
BLRDEV = "Bangalore Dev Team <blr.dev@ourteam.example.com>"
MICK = "Mick O'Brien <mick.obrien@ourteam.example.com>"
JESS = "Jess Nguyen <jess.nguyen@ourteam.example.com>"
WEILING = "Wei Ling Tan <weiling.tan@ourteam.example.com>"
GRACEL = "Grace Lim <grace.lim@ourteam.example.com>"
MARIA = "Maria Santos <maria.santos@ourteam.example.com>"
ETHAN = "Ethan Wang 王一凡 <ethan.wang@ourteam.example.com>"
KEVINZ = "Kevin Zhou 周凯 <kevin.zhou@ourteam.example.com>"
LISA = "Lisa Huang 黄莉 <lisa.huang@ourteam.example.com>"
LIHANG = "李航 <li.hang@ourteam.example.com>"
SIYUAN = "陈思远 <chen.siyuan@ourteam.example.com>"
SIYUAN_T = "陳思遠 <chen.siyuan@ourteam.example.com>"
LIUCHANG = "刘畅 <liu.chang@ourteam.example.com>"
XIAOYU = "赵小雨 <zhao.xiaoyu@ourteam.example.com>"
YIJUN_T = "林怡君 <lin.yijun@ourteam.example.com>"
WANGLEI = "王磊 <wang.lei@ourteam.example.com>"
MINGMING = "张明明 <zhang.mingming@ourteam.example.com>"

# client B (global client)
MARK = "Mark Thompson <mark.thompson@client-b.example.com>"
HANNAH = "Hannah Moore <hannah.moore@client-b.example.com>"
TOMR = "Tom Reilly <tom.reilly@client-b.example.com>"
SARAH = "Sarah Whitfield <sarah.whitfield@client-b.example.com>"
FIONA = "Fiona Grant <fiona.grant@client-b.example.com>"
CHAD = "Chad Becker <chad.becker@client-b.example.com>"
VICTORIA = "Victoria Shaw <victoria.shaw@client-b.example.com>"
LIAM = "Liam Foster <liam.foster@client-b.example.com>"
JESSICA = "Jessica Park <jessica.park@client-b.example.com>"
OLIVIA = "Olivia Bennett <olivia.bennett@client-b.example.com>"
NEHA = "Neha Kapoor <neha.kapoor@client-b.example.com>"
# client A (China)
WANGLX = "王立新 <wang.lixin@client-a.example.cn>"
SUNLI = "孙丽 <sun.li@client-a.example.cn>"
KEVINW = "Kevin Wu <kevin.wu@client-a.example.cn>"
ALEX = "Alex Chen 陈立 <alex.chen@client-a.example.cn>"
LIWEI = "Li Wei 李薇 <li.wei@client-a.example.cn>"
# bank C
WANGJG = "王建国 <wang.jianguo@bank-c.example.cn>"
HEZM_T = "何志明 <he.zhiming@bank-c.example.cn>"
MICHAEL = "Michael Liu <michael.liu@bank-c.example.cn>"
GRACEC = "Grace Chen <grace.chen@bank-c.example.cn>"
MICHELLE = "Michelle Tan <michelle.tan@bank-c.example.cn>"
AMY = "Amy Zhou <amy.zhou@bank-c.example.cn>"


def C(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, trad=False, **kw):
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=body.strip("\n") + "\n", quote=quote.strip("\n") if quote else None,
             quote_from=quote_from if quote else None, trad=trad)
    d.update(kw)
    return d


POS = []
NEG = []

# ====================================================================== POSITIVES
# ---------------------------------------------------------------- argue
POS.append(C(["argue"], "en",
    "condescending UK cold formality: 'which I trust you have now had the opportunity to read', lecturing on the contract",
    DANIEL, [MARK], "Re: Missing approval workflow in Release 2", """
Mark,

The multi-level approval workflow is not in Release 2 because it was never in Release 2. I would refer you to section 4.2 of the Statement of Work, which your office signed on 14 August and which I trust you have now had the opportunity to read in full. It lists single-level approval only. The same point was made at the scope walkthrough, at the sprint 3 demo, and in the release notes circulated on Friday.

I appreciate that expectations evolve. It is not, however, reasonable to discover the contents of a contract after delivery and then ask the supplier to account for them. Should you wish to add the feature, there is a change process; it is documented on page 11 of the same document.

Regards,
Daniel Hughes
Delivery Manager, EMEA
""", quote="""
Daniel,

We've just noticed that Release 2 has no multi-level approval workflow. This was a key expectation on our side. Can you explain why it's missing?

Mark
""", quote_from=MARK, quote_style="outlook"))

POS.append(C(["argue"], "en",
    "US sarcasm ('Great catch! Genuinely.') blaming the client's QA for accepting the risk; fix ETA does not soften the blame",
    JASON, [HANNAH], "Re: URGENT - timezone bug in prod", """
Hannah,

Great catch! Genuinely. It's the same timezone issue we logged as RISK-07 back in sprint 4, the one we walked your team through on three separate calls, and the one your QA lead marked "accepted - low impact" so we could hit the date your VP wanted. So, to answer "how did this get past testing": it got past testing because it was waved through testing. By your side. In writing.

Hotfix ETA is 6pm ET. Next time maybe let's read the risk log before we sign it? Just a thought.

Jason
""", cc=[RAJ], quote="""
Jason, we have a P1 in production: appointments booked from the Singapore office show up an hour off. How did this get past testing?

Hannah
""", quote_from=HANNAH, quote_style="gt"))

POS.append(C(["argue"], "en",
    "Indian business English blaming the client: 'purely and only from your end', 'not correct to escalate... created by your own team'",
    PRIYA, [TOMR], "Re: Escalation - delay in integration testing", """
Dear Tom,

With reference to your escalation mail, please note the delay in integration testing is purely and only from your end. We have sent reminder mails thrice (dated 2nd, 9th and 16th Oct) for the SAP sandbox credentials and till date we have not received the same. Our team has been sitting idle for 11 working days because of this.

It is not correct to escalate to our delivery head for an issue which is created by your own team. Kindly check internally with your Basis team before raising escalations in future. We expect this point will be clarified to your management also.

Regards,
Priya Raman
Project Manager | Bangalore Delivery Centre
""", quote="""
Priya, I've had to escalate this to your delivery head. Integration testing is now two weeks late and nobody on your side has given me a straight answer.

Tom
""", quote_from=TOMR, quote_style="outlook"))

POS.append(C(["argue"], "en",
    "Singaporean (Singlish) rhetorical blame: 'how to?', 'Like that also count as our defect ah?', 'check properly first'",
    GRACEL, [MICHAEL], "SIT defect list", """
Hi Michael,

Saw your defect list already. Sorry but 14 out of the 19 really cannot put on us lah. Your side never give us the masked data until last Thursday, then expect us to finish SIT in two days, how to? The other 3 are because your team tested on the old build - we already said many many times must use 2.3.1, not 2.2. Like that also count as our defect ah?

Can your team please check properly first before sending to your boss. Otherwise every week we also spend half a day defending ourselves for nothing.

Thanks,
Grace
"""))

POS.append(C(["argue"], "mixed",
    "code-switched blame: 'root cause 在你们自己的 F5 配置', '别往我们这边甩锅', 'walk through 了三遍'",
    KEVINZ, [ALEX], "Re: Login timeout 问题", """
Alex,

Login timeout 这个问题, root cause 在你们自己的 F5 配置, session 保持时间设成了 60 秒, 跟我们的 code 没有半毛钱关系. 上周四的 call 上我们已经 walk through 了三遍, screenshot 也发过了, 我不太明白为什么今天又变成 "vendor issue" 了?

说实话, 如果你们 infra team 连自己的 load balancer 都没搞清楚, 就先别往我们这边甩锅. Please fix on your side and let us know.

Kevin
"""))

POS.append(C(["argue"], "zh",
    "passive-aggressive: '先在内部把口径对齐了再给我们下指令', '不知道各位是没收到还是没打开?'",
    LIHANG, [WANGLX], "Re: 关于月报统计口径", """
王总:

收到。不过我得提一句:“活跃客户”这个口径,九月份是贵司运营部定的30天,十月份财务部说改成60天,今天又变成90天。三个部门三个说法,我们按哪个做都是错的。

建议贵方先在内部把口径对齐了再给我们下指令,省得我们改完又被说改错。另外,9月12日会议纪要第三条白纸黑字写着口径以运营部为准,不知道各位是没收到还是没打开?

李航
""", quote="""
李经理,财务部说月报里的“活跃客户”口径不对,应该按近90天有交易来算,麻烦这周改一下。谢谢。
""", quote_from=WANGLX, quote_style="foxmail"))

POS.append(C(["argue"], "zh",
    "traditional Chinese lecture: '恕我直言,變更流程不是擺設', '先把文件讀一遍,再來討論責任歸屬'",
    SIYUAN_T, [HEZM_T], "關於本月直接聯繫工程師一事", """
何經理:

恕我直言,變更流程不是擺設。貴行這個月已經第三次繞過我這邊,直接在群組裡讓我們的工程師改生產配置,改完出了狀況,又回過頭來問責專案組。這個邏輯,我實在想不通。

流程文件兩年前就發給貴行了,每一版都有簽字。麻煩貴行相關同事先把文件讀一遍,再來討論責任歸屬的問題。

陳思遠
""", trad=True))

# ---------------------------------------------------------------- refusal
POS.append(C(["refusal"], "en",
    "blunt Australian flat no: 'nah, we're not building it. Not this sprint, not next sprint' - no buffer or alternative",
    MICK, [SARAH], "Excel export", """
Hi Sarah,

Had a squiz at the Excel export thing you raised this morning. Short version: nah, we're not building it. Not this sprint, not next sprint.

Cheers,
Mick
"""))

POS.append(C(["refusal"], "en",
    "cold bureaucratic UK refusal: 'It will not be granted... We regard this matter as closed.'",
    SOPHIE, [FIONA], "Re: Request to extend UAT environment", """
Dear Ms Grant,

Thank you for your email of 3 November.

Your request to retain the UAT environment beyond 30 November has been reviewed. It will not be granted. The environment will be decommissioned on the scheduled date.

We regard this matter as closed.

Yours sincerely,
Sophie Clarke
Programme Manager
""", quote="""
Hi Sophie,

Our business testers are behind because of the quarter-end close. Could we keep the UAT environment for an extra two weeks after 30 November? Happy to discuss.

Fiona
""", quote_from=FIONA, quote_style="gt"))

POS.append(C(["refusal"], "mixed",
    "refusal slipped into a meeting recap: 'Multi-currency: internally 对齐过了,不做,后面也不会再排'",
    ETHAN, [JESSICA], "Weekly sync recap - 11/12", """
Hi Jessica,

Thanks for the time today. Quick recap:

1. Sprint 14 demo: 下周二 10am, 我会发 invite.
2. Defect backlog: P1 清零, P2 剩 6 个, Rahul 周五前给 ETA.
3. Payment gateway 证书: 你们 security team 下周一前 renew, we'll redeploy same day.
4. Multi-currency: 这个我们 internally 对齐过了, 不做, 后面也不会再排, list 上就先拿掉了.
5. Next sync: 11/19 same time.

Let me know if I missed anything.

Best,
Ethan
""", cc=[RAHUL]))

POS.append(C(["refusal"], "en",
    "Indian-English stock refusal: 'the same is not feasible from our end. Kindly plan accordingly.' - nothing offered",
    ARJUN, [TOMR], "Re: Weekend support for Black Friday", """
Hi Tom,

Regarding your request for weekend on-call support for Black Friday, the same is not feasible from our end. Kindly plan accordingly.

Thanks & Regards,
Arjun Mehta
Project Manager, Pune ODC
""", quote="""
Arjun, given the Black Friday traffic we'd like an on-call engineer from your team on Saturday and Sunday (US hours). Can you arrange?

Thanks,
Tom
""", quote_from=TOMR, quote_style="outlook"))

POS.append(C(["refusal"], "mixed",
    "refusal wrapped in Singaporean friendliness: 'this one we'll just leave aside lah, 不会再排进 roadmap 了'",
    WEILING, [GRACEC], "Re: Dark mode for the mobile app", """
Hi Grace!

Hope you had a good weekend 😊 关于 dark mode, 我们 team 这边讨论过了, this one we'll just leave aside lah, 不会再排进 roadmap 了. Thanks for being so understanding ya~

Anyway 下周 coffee catch-up 还约吗? 我请!

Wei Ling
""", quote="""
Wei Ling, our users keep asking about dark mode. Could your team add it to the app? 谢谢!
""", quote_from=GRACEC, quote_style="gt"))

POS.append(C(["refusal"], "zh",
    "refusal hidden in a chatty friendly mail: '就不往里加了哈,以后的版本也不会排,您那边多担待~'",
    XIAOYU, [SUNLI], "批量撤回功能的事", """
孙姐好呀~

上次您说的那个批量撤回的功能,我们这边内部过了一下,就不往里加了哈,以后的版本也不会排,您那边多担待~

对了,您上回推荐的那家酸菜鱼我们组去吃了,真的绝!下次有好吃的还请多分享哈哈。有啥别的随时找我!

小雨
"""))

POS.append(C(["refusal"], "en",
    "'Respectfully, we will not be extending hypercare' - cold flat refusal citing the contract, no option",
    JASON, [CHAD], "Re: Hypercare extension", """
Chad,

Respectfully, we will not be extending hypercare. It ends on the 30th as contracted.

Jason
""", quote="""
Jason, go-live went OK but the team is nervous. Can we extend hypercare by another four weeks?

- Chad
""", quote_from=CHAD, quote_style="gt"))

# ---------------------------------------------------------------- persuade
POS.append(C(["persuade"], "en",
    "US pressure via client's cost: 'We need to stop reopening the on-prem option', 'all you need to do is say yes'",
    JASON, [HANNAH], "On-prem vs cloud - let's close this out", """
Hannah,

I'm going to be direct because I think you'd want me to be. We need to stop reopening the on-prem option. Cloud is the only path that makes sense here, and every week we spend relitigating it is a week of burn on your budget, not ours.

I know Greg on your infra team has his reasons, but they're reasons from 2015. Let's lock in the cloud architecture at Friday's steering committee and move on. I'll have the slide ready - all you need to do is say yes.

Jason
"""))

POS.append(C(["persuade"], "en",
    "UK velvet pressure via authority and veiled commercial threat: 'our CTO... quite clear', 'hate to revisit the commercials', 'Shall I take it that's agreed?'",
    DANIEL, [VICTORIA], "Re: Board questions on Option B", """
Victoria,

I understand the board would like a comparison, and I'm happy to send something over. I would gently point out, though, that our CTO has personally reviewed this and is quite clear that Option B is the only responsible choice. A side-by-side at this stage would really only reopen a debate we have already settled.

I'd also hate for us to have to revisit the commercials if we end up going down a different path; the pricing we agreed is predicated on B. Perhaps you could let the board know we're aligned on B so we can hold the timeline? Shall I take it that's agreed?

Kind regards,
Daniel
""", quote="""
Daniel,

The board has asked whether Option A (keeping the data warehouse in-house) was properly considered. They'd like a comparison before they approve anything.

Victoria
""", quote_from=VICTORIA, quote_style="outlook"))

POS.append(C(["persuade"], "en",
    "Indian-English 'Kindly accept our proposed... Requesting you to please not insist', deadline by EOD",
    RAHUL, [KEVINW], "Re: Custom approval workflow", """
Dear Kevin,

Kindly accept our proposed standard approval flow as the same is industry best practice and is already accepted by all our other clients in APAC. Requesting you to please not insist on the four-step approval as it will add unnecessary complexity, and your finance team will anyway get adjusted to the new flow in one or two months.

Please confirm your acceptance by EOD today so that we can proceed further.

Thanks & Regards,
Rahul Nair
""", quote="""
Rahul, our finance team still prefers the four-step approval they use today. Can the system support it?

Kevin
""", quote_from=KEVINW, quote_style="gt"))

POS.append(C(["persuade"], "en",
    "blunt Australian hard sell: 'money pit', 'like every other sensible organisation', 'you'll thank me in six months'",
    MICK, [LIAM], "Custom reporting engine", """
Liam,

I'll be straight with you, because that's how we roll. The custom reporting engine is a money pit. Your lot should take the Power BI templates like every other sensible organisation and let's be done with it. There's no version of this where building your own ends well, and I'm not keen to keep going round in circles on it.

Tell your CFO it's sorted. You'll thank me in six months.

Cheers,
Mick
"""))

POS.append(C(["persuade"], "mixed",
    "code-switched pressure: '这个思路已经 outdated 了', '唯一合理的选择', '越早 let go 越好,下周一前给我一个 yes'",
    ETHAN, [JESSICA], "Legacy 审批流 - our recommendation", """
Jessica,

我理解 your team 想保留 legacy 的三级审批流, but honestly 这个思路已经 outdated 了. 按我们的 standard workflow 走是唯一合理的选择, 相信我, 你们的 users 两周就会习惯. 越早 let go 越好, 下周一前给我一个 yes, 这样 timeline 还保得住.

Thanks,
Ethan
"""))

POS.append(C(["persuade"], "zh",
    "pressure via budget freeze and 'peers all did it': '真的可以放一放了', '别再让科技部做对比了,直接按我们的来'",
    LIHANG, [WANGJG], "关于自建机房方案的一点想法", """
王处:

说句掏心窝子的话,自建机房这个想法,真的可以放一放了。现在同业基本都上了私有云,您这边再犹豫下去,年底预算一冻结,明年再想上就得重新走立项,吃亏的还是您。

我们这套方案已经在三家城商行跑过,您就别再让科技部做对比了,直接按我们的来,这周五把意向书签了,后面的事我们兜着。

李航
"""))

POS.append(C(["persuade"], "en",
    "Singaporean formal pressure with silence-as-consent: 'we really must go with the phased rollout', 'take it that the plan is confirmed unless...'",
    WEILING, [MICHELLE], "Rollout approach - phased", """
Dear Ms Tan,

Thank you for sharing your team's preference for a big-bang cutover. We have considered it, but we really must go with the phased rollout; big-bang is simply not advisable for a bank of your size and I don't think it is productive to spend more meetings on it.

To keep things moving, we will take it that the phased plan is confirmed unless we hear an objection from you by 9am tomorrow.

Best regards,
Wei Ling Tan
Senior Project Manager, Singapore
"""))

# ---------------------------------------------------------------- ramble
POS.append(C(["ramble"], "en",
    "ramble: UK chatter (rain, Christmas market, son's football, coffee machine, Bake Off); the UAT sign-off ask is one line in ~560 words",
    SOPHIE, [FIONA], "Quick note + a few bits", """
Hi Fiona,

I hope you're keeping well and managing to stay dry - it has not stopped raining in Manchester since roughly the Tuesday before last, and I'm beginning to think I should swap the car for a small boat. The garden has become a sort of marsh, and the cat now refuses to go out at all, which means she spends her days sitting on my keyboard during calls. If you've ever had a message from me that reads "kkkkkkkkkkk", that's her, not a typo.

We went up to the Christmas markets in Albert Square on Saturday, which was lovely if slightly chaotic. Mulled wine is now about six pounds a cup, which feels steep, but the German sausage stall is still excellent and my husband insists it's the main reason he agrees to go at all. My son bought a wooden yo-yo that he then lost within about forty minutes, so we went back on Sunday to buy another one. It was still raining.

Speaking of my son, his under-11s finally won a match last weekend - four-two against a team from Stockport who had beaten them eight-nil in September. He scored one of the goals, or at least he claims it deflected off his knee, and the coach was generous enough to give it to him. We had pizza to celebrate and he has talked about nothing else since. I have now heard the knee story roughly thirty times.

In other news, the office finally replaced the coffee machine. The old one had a habit of producing something halfway between coffee and soup, so this is a genuine improvement in quality of life. The new one has a touchscreen and about fourteen options, none of which I understand, so I just press the big button and hope for the best. Tom from our team has become a self-appointed barista and now makes flat whites for anyone who asks, which has done wonders for morale.

One small thing while I think of it - could you confirm the UAT sign-off for the supplier module by Thursday, so we can book the release slot?

I've also started watching the new series of Bake Off, very late, and I'm now completely hooked. The bread week episode was a disaster for almost everyone, and I found it oddly comforting to watch people whose jobs are not baking struggle with sourdough. My own attempt at focaccia last weekend was, shall we say, dense. The ducks in the park enjoyed it, though.

The train strikes next week may also mean I'm working from home more than usual, so apologies in advance if the cat makes another appearance on camera. She has no respect for steering committees, or indeed for anyone.

Anyway, I hope things are calmer on your side and that you've managed some time off since the quarter-end madness. Do let me know if you're around for a coffee next time I'm in London.

All the best,
Sophie
"""))

POS.append(C(["ramble"], "en",
    "ramble: US chatter (Vegas conference, buffet, fantasy football, Thanksgiving brine, dog, podcast); the corrected-invoice ask is buried",
    JASON, [CHAD], "Back from Vegas!", """
Hey Chad,

Back in the office after a week in Vegas for the cloud conference, and I'm still recovering. If you've never been to one of these, imagine sixty thousand people in lanyards all trying to get into the same hallway at once, while someone on a stage announces a new database every fifteen minutes. I walked twenty-two thousand steps on the first day alone according to my watch, most of them between the Venetian and the hotel next door, which looks close on the map and is in fact in a different time zone.

The food situation was dangerous. There's a buffet at our hotel that has, I'm not kidding, a whole station dedicated to crab legs, and I went three times. I also tried the famous steakhouse the sales team always talks about. Worth it, but I don't want to know what it did to the expense report. My manager is going to have questions.

Fantasy football update since you asked last time: I am 3 and 7. My quarterback got hurt in week two, my backup threw four picks on Sunday night, and my brother-in-law, who picked his team based on which helmets he liked, is currently in first place. I'll be hearing about it all through Thanksgiving.

Speaking of which, we're hosting this year for the first time. Eighteen people. My wife has decided we're brining the turkey, which apparently means the bird spends two days in a cooler in the garage full of salt water and herbs. I've watched four YouTube videos about it and I'm more confused than when I started. If you have any tips, or a fire extinguisher I can borrow, let me know.

Also - the invoice we sent on the 3rd (INV-2291) had the old PO number on it; the corrected version is attached, could you route it to your AP team?

The dog, for the record, is thrilled I'm home. She spent the whole week with my neighbor, who apparently let her sleep on the couch and fed her bacon, so now she looks at me like I'm the strict parent. We've been doing longer walks to compensate, which is good for both of us after the buffet situation.

I also finally finished that true-crime podcast you recommended, on the flight back. The twist in episode nine genuinely made me yell on the plane, and the guy in the seat next to me was not amused. I've started the follow-up season already, so no spoilers please.

Anyway, hope your week's going well and the weather up there is holding. Let me know if you're around for a beer next time I'm in Denver.

Cheers,
Jason
"""))

POS.append(C(["ramble"], "en",
    "ramble: Indian-English chatter (Diwali, Jaipur wedding, Pune traffic, cricket, daughter's school play, new flat); VPN-access request buried",
    ARJUN, [KEVINW], "Greetings and small request", """
Dear Kevin,

Greetings from Pune! Hope you and your family are doing well. We had a wonderful Diwali here last week - the whole society was lit up with diyas and lanterns, and the children were bursting crackers till past midnight every day, so I must confess I have not slept properly for almost a week. My mother made around six varieties of sweets, including her famous besan ladoo, and I have put on at least two kilos. My wife has now put me on a strict diet of poha and green tea, which I am following with very limited success.

After Diwali we travelled to Jaipur for my cousin's wedding. It was a five-day affair - mehendi, sangeet, haldi, the wedding and then the reception. I was given the responsibility of managing the baraat, which was more complicated than any project I have handled, with one hundred and twenty people, a band, a horse and a very impatient groom. The horse, I am happy to report, behaved better than the band.

The traffic here has also become unbelievable. The new metro construction has closed one side of the main road near our office, so what used to be a twenty-minute drive is now taking more than one hour. Many of our team members have started coming in early morning just to avoid it, and the canteen has extended breakfast timings because of the demand. I have started listening to audiobooks in the car and finished two full books last week only.

Also one small request - kindly share VPN access for the two new resources, Sneha and Karthik, who are joining the project from Monday.

And of course, the cricket! You may have heard that India won the series. I watched the last match at a friend's place with around fifteen people, and when the winning runs were scored the neighbours came to complain about the noise, but then they also joined us for the celebration. It was the best evening I have had in a long time.

My daughter has her school annual day next Friday and she is playing the role of a tree in the drama. She has only one line but she is practising it every evening with full expression. We are all very proud.

We are also finally shifting to the new apartment in Baner in December, so the coming weekends will be full of packing and visits to furniture shops. If you have any suggestions on good sofa brands, please do share.

Please convey my regards to everyone in your team. Looking forward to meeting you when you visit India next year.

Warm regards,
Arjun Mehta
Project Manager, Pune ODC
"""))

POS.append(C(["ramble"], "en",
    "ramble: Australian weekend yarn (Bondi surf, Cup sweep, backyard cricket, deck reno, magpies, sourdough); cutover time change buried mid-mail",
    MICK, [LIAM], "G'day + weekend", """
G'day Liam,

Hope you had a cracker of a weekend. Mine was a bit of everything. Saturday morning I got down to Bondi early for a surf, which was glassy for about forty minutes before the wind swung onshore and turned it into a washing machine. Still, caught a couple of decent lefts and only got dumped once, which at my age I'm counting as a win. Ran into a bloke I used to work with, he's now running a coffee cart on the promenade and reckons he's never been happier. Makes you think.

Saturday arvo was the Cup sweep catch-up at my brother-in-law's. I drew a horse that came second last, which is about my usual luck, but the snags were good and the kids played backyard cricket until it got too dark to see the ball. My youngest has decided she's a fast bowler now and has taken out two of the garden lights already. The dog fielded at slip and dropped everything, but he was very enthusiastic about it.

Sunday was renovation day, or as my wife calls it, the weekend I promised I'd finish the deck. I did not finish the deck. I did, however, discover that the previous owner used about four different sizes of screws, none of which match anything Bunnings sells, so I spent most of the day driving between hardware stores. Grabbed a sausage sizzle at each one, which softened the blow a bit.

Oh - heads up, the cutover's been moved to Saturday 2am AEST instead of Friday night, so your ops team will need to be on from 1:30.

The magpies are also back in full swooping season. There's one on the path to the train station that has taken a personal dislike to me. I've tried the zip ties on the helmet, the sunnies on the back of the head, even walking the long way round. Nothing works. The kids think it's hilarious. My neighbour reckons if I feed it some mince it'll leave me alone, but I'm not rewarding that behaviour.

Footy's finished for the year, so Friday nights have gone quiet. I've taken up trying to make sourdough instead, which has been a slow-motion disaster. The starter is alive, which is more than I can say for the first three loaves. My mate reckons I should just buy bread like a normal person, and he's probably right.

Anyway, hope Melbourne's treating you well and the weather's turned. Let me know if you're up in Sydney before Christmas and we'll grab a beer at the usual.

Cheers,
Mick
"""))

POS.append(C(["ramble"], "mixed",
    "ramble: Singaporean code-switched chatter (MacRitchie monkeys, hawker food, PSLE, condo reno, pickleball); CR-0412 approval buried",
    WEILING, [GRACEC], "Catching up~", """
Hi Grace!

好久没聊了~ Hope everything's good on your side! 上个周末我们一家去 MacRitchie 走了 treetop walk, 11 公里, 我儿子走到一半就开始 complain, 说脚痛要 piggyback, 结果一看到猴子马上精神百倍, 跑得比谁都快 haha. 那些猴子真的很嚣张, 有一只直接把旁边 auntie 的 plastic bag 抢走了, 里面是刚买的 curry puff, auntie 气到骂了五分钟.

走完我们去 Lau Pa Sat 吃 satay, 然后又去隔壁吃了一碗 bak chor mee, 老板说他在那边开了三十年了, 汤头真的没话说. 我老公说下次要带我去 Bedok 那家他从小吃到大的 chicken rice, 说全新加坡第一, 我是有点怀疑啦, 每个 Singaporean 都说自己家附近那家是第一 😂

最近家里也是一团乱, 因为我儿子明年要考 PSLE, 现在每个星期补习四次, 数学, 科学, 华文, 我自己都觉得累. 我妈说我们以前哪有这样, 放学就去 void deck 玩到天黑. 时代不一样了 lor. 他最怕的是华文作文, 上次写"我的假期", 写了三行就说没东西写了, 我叫他写去 MacRitchie 看猴子, 他说猴子不算假期.

还有我们的 condo 在做 renovation, contractor 说两个月, 现在已经第四个月了, 厨房还没有 countertop, 我们每天都在 tapao. Contractor 每次都说 "next week confirm can", 我已经不相信了 lah.

Oh btw, CR-0412 那个 change request 麻烦你这个星期五前帮忙 approve 一下, 不然下个 sprint 排不进去.

另外我最近开始学 pickleball, 我们 office 楼下新开了一个场地, lunch time 大家都去打, 我手臂酸了三天. 你有打吗? 有的话下次一起! 还有我妹妹下个月结婚, 我在帮她找 photographer, 如果你有认识不错的, 介绍一下 please.

对了, 你上次说想去 Japan 看红叶, 最后有去吗? 我看 Instagram 上京都现在超美的, 我也好想请假, 可是 year end 实在走不开.

OK 不吵你了, 有空一起 lunch!

Wei Ling
"""))

POS.append(C(["ramble"], "mixed",
    "ramble: code-switched chatter (office move, hotpot, half-marathon, Lego, annual party); the test-accounts request is one line",
    KEVINZ, [ALEX], "Shenzhen 搬家 + 一个小事", """
Alex,

Hi! 上周终于搬到深圳新办公室了, 整个 team 从南山搬到前海, 新 office 在 32 楼, view 超好, 能看到深圳湾, 就是电梯要等很久, 早上高峰期要排十分钟, 大家现在都说要练腿直接走楼梯, 不过目前还没人真的走过 haha.

搬家那天也是一团乱, IT 把我们的 monitor 全部贴错了标签, 我的屏幕跑到了财务部, 花了一上午才找回来. Lisa 的植物在路上被压坏了, 她心疼了好久, 后来我们凑钱给她买了一盆新的龟背竹, 她现在每天早上第一件事就是给它浇水, 还给它起了个名字叫 "Sprint".

周末我们几个同事去吃了一家潮汕牛肉火锅, 在车公庙那边, 真的是我吃过最好吃的, 吊龙和匙柄一上来, 涮八秒就捞, 老板还在旁边帮你计时. 吃完又去喝了个糖水, 双皮奶和姜撞奶都很赞, 下次你来深圳我一定带你去.

最近我也开始跑步了, 因为报了明年 3 月的深圳马拉松, 半马. 现在每天早上 6 点在深圳湾公园跑 5 公里, 看日出确实很爽, 就是起床太痛苦. 上周跑完膝盖有点疼, physio 说我的跑姿有问题, 要练核心, 所以现在每天晚上还要做 plank, 我老婆看我趴在地上一动不动以为我睡着了.

顺便说一下, 我们下周一开始做 integration test, 需要你们那边给 5 个 test accounts, 麻烦周五前发给我.

另外我女儿最近迷上了 Lego, 每周都要去一次商场的 Lego store, 上周拼了一个 Millennium Falcon, 一千多块零件, 我们两个拼了一个周末, 最后发现少了一块, 全家翻遍了沙发底下才找到, 原来是被猫叼走了.

对了, 你之前说你们公司年会要去三亚? 羡慕! 我们今年好像只是在酒店吃个饭, 抽奖的一等奖是一台 Switch, 我已经开始许愿了.

好了不多说了, 有空电话聊!

Kevin
"""))

POS.append(C(["ramble"], "zh",
    "ramble: 大闸蟹、平江路、孩子作文、装修、红烧肉,约700字里只有一句“接口文档下周三前确认”",
    LIUCHANG, [SUNLI], "近况+一件小事", """
孙姐好!

好久没跟您好好聊聊了。上周末我回了一趟苏州老家,正好赶上大闸蟹最肥的时候,我爸一大早就去阳澄湖边上一个熟人那里拎了两串回来,母蟹的黄满得都溢出来了,公蟹的膏也很足。我妈说今年雨水好,蟹比去年大一圈。我们一家人坐在院子里,一边剥蟹一边喝黄酒,我爸还非要教我用蟹八件,结果我弄了半天还没他用手剥得快,被笑了一晚上。

回来的路上顺便去了趟平江路,人比我想象的多太多了,整条街都是拍照的小姑娘,穿着汉服,举着糖画。我在一家老店买了点桂花糕和松子糖,准备带给同事们,结果在高铁上自己先吃掉了一半,只能说苏州的点心真的太容易上瘾了。

最近家里也挺忙的,孩子期中考试刚结束,数学考得还行,语文作文被老师批评说是“流水账”。我一看题目是《我的周末》,他写了八百字全是吃了什么、玩了什么,我竟然觉得挺像我自己写东西的风格,有点心虚。老师让家长配合多读课外书,我们现在每天晚上陪他读半个小时,读着读着我自己先睡着了。

上个月公司组织去爬了香山,红叶正好,人山人海,我们在半山腰的小卖部排队买水就排了二十分钟,下山的时候腿都在抖,第二天上下楼梯都得扶着扶手,被同事笑话了一整天。

另外,家里的装修也终于收尾了,折腾了整整四个月。最后一个环节是装窗帘,师傅量错了尺寸,做出来短了十公分,又返工了一次。我老婆说以后再也不装修了,我说那就只能搬家了,她说那更不行。

对了,接口文档麻烦您下周三前帮忙确认一下,我们好安排开发。

天气也越来越冷了,北京这边已经开始刮大风,您出门多穿点。我最近在学着做饭,昨天试了一道红烧肉,糖色炒糊了,整锅都是苦的,最后只能点外卖。等哪天我学会了,请您和团队的同事们来尝尝,当然前提是那时候我不会再把糖炒糊。

再聊!

刘畅
"""))

POS.append(C(["ramble"], "zh",
    "ramble (traditional): 天氣、陽明山、夜市、橘貓、手沖咖啡、日劇;只有一句請週五前回覆驗收單",
    SIYUAN_T, [HEZM_T], "近況分享", """
何經理您好:

最近台北天氣變化真大,上週還穿短袖,這週一下子降到十五度,辦公室裡一半的人都感冒了,我也沒能倖免,喉嚨痛了好幾天,每天靠薑茶撐著。我太太說我就是不聽話,出門不帶外套,這點我無法反駁。

週末天氣轉好,我們一家去爬了陽明山,從冷水坑走到擎天崗,草原上一大片芒草,風一吹整片在晃,非常漂亮。山上還有很多水牛在吃草,我女兒第一次近距離看到,興奮得不得了,一直想去摸,被我們拉住了。下山以後去士林夜市吃了大腸包小腸、炸雞排跟青蛙下蛋,吃到撐。夜市人還是一樣多,排雞排排了快半小時。

家裡那隻橘貓最近也很有個性,每天凌晨四點準時跳到床上踩我的臉,要我起來放飯。試過把房門關起來,牠就在門外叫到天亮。獸醫說牠有點過胖,要控制食量,所以現在每餐都要秤重,牠看我的眼神越來越不友善。

另外,我最近迷上了手沖咖啡,買了一整套器材,在家裡研究水溫、研磨度跟注水手法。朋友推薦一款衣索比亞的淺焙豆子,喝起來有很明顯的莓果香,我第一次喝到的時候還以為自己沖錯了。週末有空就會去大稻埕那邊的小咖啡館坐坐,順便逛逛迪化街的南北貨,買些乾香菇和烏魚子回家。

上個月公司辦了一次員工旅遊,去了花蓮太魯閣,峽谷真的很壯觀,只是遊覽車一路繞山路,繞得我有點暈車,回程幾乎都在睡,同事還偷拍了我張嘴睡覺的照片放到群組裡。

對了,驗收單麻煩您週五前回覆一下。

最近也在追一部日劇,講一家小出版社的故事,每一集都看得很感動。女兒說我是年紀大了才會看這種劇,我覺得她說得沒錯。前幾天還跟著劇裡的主角去買了一本很厚的小說,到現在只讀了二十頁。

下次您來台北,一定要帶您去吃我們公司樓下那家牛肉麵,湯頭熬了十幾個小時,我每週至少吃兩次,老闆已經記得我不要香菜了。

陳思遠
""", trad=True))

# ---------------------------------------------------------------- backchannel
POS.append(C(["backchannel"], "en",
    "Slack-style internal mockery of a client contact: 'couldn't write a requirement if you handed him a template and a pen'",
    JASON, [RAJ], "chad strikes again", """
lol so Chad just hit me with "can we make the dashboard feel more premium??" - no spec, no examples, just vibes. Man couldn't write a requirement if you handed him a template and a pen. Third time this month.

Anyway don't touch anything, he'll forget about it by Monday like he always does. We ship Thursday as planned.

j
"""))

POS.append(C(["backchannel"], "en",
    "UK dry sarcasm about client procurement to a colleague: 'a shambles', PO 'waiting for it to hatch'",
    SOPHIE, [TOMH], "PO - still nothing", """
Tom,

Between ourselves, the procurement lot at Client-B are a shambles. Fiona has had our PO sat in her inbox for three weeks now, presumably waiting for it to hatch. I'd chase again but I suspect she only opens emails with "lunch" in the subject line.

Can you hold the resourcing for phase two until Friday? I'll try going round her to Victoria.

S
"""))

POS.append(C(["backchannel"], "en",
    "offshore-team note mocking the client PM by nickname ('our dear Mr. Know-it-all'), 'these people don't know what they want'",
    PRIYA, [BLRDEV], "FYI - requirement change again", """
Team,

FYI, our dear Mr. Know-it-all on the client side (you all know who) has changed the checkout requirement again. Fourth time this sprint. These people have no idea what they want, and he thinks reading one Medium article makes him an architect.

Just do whatever he is asking and log all hours against the CR code. No need to debate with him, it is a waste of everyone's time.

Priya
"""))

POS.append(C(["backchannel"], "en",
    "blunt Australian mockery of the bank's transformation lead to a colleague: 'an absolute galah', 'magpies with a better grip on delivery'",
    MICK, [JESS], "that call", """
Jess,

Did you survive that? The bank's so-called "transformation lead" is an absolute galah. Forty minutes explaining agile to us off a LinkedIn carousel, and still couldn't tell me who signs off the backlog. Fair dinkum, I've met magpies with a better grip on delivery.

Anyway, pub at 5?

M
"""))

POS.append(C(["backchannel"], "mixed",
    "code-switched internal gossip mocking a client director: '我真的怀疑他连 PRD 都没翻过 🙄', '让他自己玩去'",
    KEVINZ, [LISA], "FYI Director Zhang 又来了", """
Lisa,

A公司那位 "Director Zhang" 又来了, 周五晚上 8 点发消息要改 checkout flow, 每次都 last minute, 我真的怀疑他连 PRD 都没翻过 🙄 开会的时候只会说 "make it more intuitive", 问他具体要啥又说不出来.

我们 sprint plan 不动, 让他自己玩去, 周一 standup 再说.

K
"""))

POS.append(C(["backchannel"], "zh",
    "reply-all accident: meant for a colleague, but the bank client is still in To; mocks him as '王大处长', '这位爷'",
    LIHANG, [WANGJG], "Re: 关于对账文件格式调整", """
思远:

你看看,这位“王大处长”又整新花样了,格式第四次调整,每次都是拍脑袋,改完出问题还得我们兜着。他那个附件我都懒得点开,你先看着弄吧,这位爷我是真伺候不起。

李航
""", cc=[SIYUAN], quote="""
李经理,对账文件的格式我们科技部又讨论了一下,字段顺序还得再调,详见附件。

王建国
""", quote_from=WANGJG, quote_style="outlook_zh"))

# ---------------------------------------------------------------- two labels
POS.append(C(["argue", "refusal"], "en",
    "argue+refusal: Aussie 'No... not happening' with blame ('couldn't be bothered to read the spec they signed')",
    MICK, [SARAH], "Re: Data mapping - another revision", """
Sarah,

No. We're not redoing the mapping a third time because your finance team couldn't be bothered to read the spec they signed in August. Every one of those 12 fields was in the document, highlighted, with comments. It's not happening, and frankly it shouldn't have needed asking.

Mick
""", quote="""
Mick, our finance team reviewed the mapping again and want changes to 12 fields. Can your team redo it before Friday?

Sarah
""", quote_from=SARAH, quote_style="gt"))

POS.append(C(["refusal", "persuade"], "en",
    "refusal+persuade: 'We will not be able to do any customisation' plus 'Kindly go ahead with the standard product only... no point in discussing'",
    RAHUL, [OLIVIA], "Re: Customisation of onboarding module", """
Dear Olivia,

We will not be able to do any customisation of the onboarding module. Kindly go ahead with the standard product only, as that is the best option for you and all our clients are using the same without any issue. There is no point in discussing this further, so request you to close this point in today's call itself and inform the EU branches accordingly.

Regards,
Rahul
""", quote="""
Rahul, could you look into customising the onboarding screens for our EU branches? The local teams need extra consent fields.

Olivia
""", quote_from=OLIVIA, quote_style="outlook"))

POS.append(C(["backchannel", "argue"], "en",
    "reply-all: aside to a colleague mocking the client's QA lead, then lecturing the client ('as I've now pointed out on four separate occasions')",
    JASON, [MARK], "Re: Defect report - week 45", """
Raj - see below, this is exactly what I was saying about Karen. She logs every config question as a defect and clearly doesn't open a single doc we send her. 23 "defects", maybe 4 real ones.

Mark - as I've now pointed out on four separate occasions, the bulk of these are environment configuration on your side, not our code. We'll fix the four genuine ones. Please don't send us config tickets dressed up as defects again.

Jason
""", cc=[RAJ], quote="""
Jason, attached is this week's defect report from our QA lead Karen. 23 new defects. We need a plan.

Mark
""", quote_from=MARK, quote_style="gt"))

POS.append(C(["ramble", "backchannel"], "mixed",
    "ramble+backchannel: long code-switched chat to a Manila colleague (diving, lechon, K-drama, salsa) that also mocks Client-B's VP; resource-plan ask buried",
    ETHAN, [MARIA], "Weekend 回来了 + random thoughts", """
Hi Maria,

Weekend 回来了! 上周五飞去了 Cebu, 终于兑现了去年说的 diving trip. Moalboal 的 sardine run 真的太震撼了, 几百万条沙丁鱼在你头上转圈, 像一场 silver tornado. 第二天还看到了 sea turtle, 我追着拍了十分钟, GoPro 里全是它的屁股 haha. 晚上在海边吃了 lechon, 皮超脆, 你之前说 Cebu lechon 是全菲律宾第一, 我现在信了.

回 Manila 的时候航班 delay 了三个小时, 我在机场把 Netflix 上那部 K-drama 追完了, 结局哭得稀里哗啦, 旁边的 auntie 还递了张纸巾给我, 很尴尬.

然后说到 Client-B, 你肯定也听说了, 他们那位 "VP of Innovation" Brad 上周又在 steering committee 上 show 了一套新 slide, 二十页 buzzword, AI, blockchain, metaverse 全上了, 问他 budget 从哪来, 他说 "let's not get bogged down in details". 我真心觉得这位大哥是靠在 LinkedIn 写 post 升上去的, 连自己公司的 core system 叫什么都说不清. Jessica 坐在旁边一直翻白眼, 我差点没忍住笑出来. 他们那边的 procurement 也是一样, 一个 PO 批了一个月, 每次问都说 "in progress", in progress 到明年吧.

顺便, December 的 resource plan 麻烦周三前 update 一下发我.

Anyway 我最近开始学做 adobo, 照着你给的 recipe, 醋放多了, 我室友说像在喝 salad dressing. 下次你来上海我请你吃正宗的小笼包, 算是赔罪. 还有我报了一个 salsa class, 每周二晚上, 第一节课踩了老师三次脚, 她笑着说 "you have potential", 我觉得她是在安慰我.

对了, Manila office 的 Christmas party 是不是 12/12? 我听说今年主题是 80s retro, 我已经在网上找 costume 了, 正在纠结是 Michael Jackson 还是 Madonna. 我室友说我两个都撑不起来, 建议我直接去当 DJ.

OK talk soon!

Ethan
"""))

POS.append(C(["persuade", "backchannel"], "zh",
    "persuade+backchannel: to the client, belittles his own engineer ('纸上谈兵','刚毕业两年') and pushes '您听我们的,就上方案A'",
    SIYUAN, [WANGJG], "方案选型的一点建议", """
王处:

您部门那位小李工提的那套分布式方案,说句不好听的,就是纸上谈兵。他一个刚毕业两年的人,哪做过核心系统?他的意见您真没必要放在心上。

您听我们的,就上方案A,别再组织比选了,再拖下去年底的窗口就没了。下周二前把确认函签回来,后面的事我们负责。

陈思远
"""))

# ====================================================================== HARD NEGATIVES
# ---------------------------------------------------------------- English
NEG.append(C([], "en",
    "hard negative: 'Kindly do the needful' and 'As discussed' used as an ordinary polite request, with flexibility offered",
    ARJUN, [KEVINW], "UAT sign-off for Release 3.2", """
Dear Kevin,

Hope you are doing well. As discussed in yesterday's call, all 42 UAT test cases for Release 3.2 have passed, and the two minor observations are fixed in build 3.2.4 (deployed to UAT on 10th Nov).

Kindly do the needful and share the UAT sign-off by Friday, 14th Nov, so that we can plan the production deployment for the 16th. If your team needs one more day for the regression round, please let me know and we will shift the deployment window accordingly - no issue at all.

Thanks in advance,
Arjun Mehta
Project Manager, Pune ODC
"""))

NEG.append(C([], "en",
    "hard negative: buffered refusal - 'won't fit into the December release' with CR-2231, sizing date, review date and an interim workaround",
    SOPHIE, [FIONA], "Re: Multi-currency support in the December release", """
Hi Fiona,

Thanks for passing this on. I'll be honest with you: multi-currency won't fit into the December release without putting the year-end go-live at risk, and I don't think either of us wants that.

What I've done so far:
- logged it as change request CR-2231;
- asked our solution architect, Neil, to size it by 18 November;
- pencilled in a review with you and Treasury on 20 November, where I'll bring two options (a January point release, or folding it into Release 4 in March) with costs and dates.

In the meantime, the manual FX rate upload we built for the pilot can cover GBP/EUR/USD for Treasury's month-end reports. I can ask Neil to walk their team through it this week if that helps.

Best,
Sophie
""", quote="""
Sophie, the Treasury team would like multi-currency (GBP/EUR/USD) in the December release. Is that doable?

Fiona
""", quote_from=FIONA, quote_style="outlook"))

NEG.append(C([], "en",
    "hard negative: blunt Australian 'Straight answer... won't work' as a firm fact with two concrete options and 'it's your call'",
    MICK, [LIAM], "Cutover window - Saturday won't work", """
Hi Liam,

Straight answer first: the Saturday 10pm cutover won't work. Your end-of-day batch runs until about 4am on Sundays in November, and we can't freeze the ledger while it's running.

Two options that do work:
1. Sunday 6am-2pm AEDT, same runbook, same people.
2. The following Saturday (29 Nov) at 10pm, when the batch moves to its short schedule.

I'd lean slightly towards option 1 because it keeps us ahead of the Christmas change freeze, but both are fine from our side and it's your call. If you can let me know by Wednesday arvo I'll lock in the team and send out the updated runbook.

Cheers,
Mick
"""))

NEG.append(C([], "en",
    "hard negative: corporate euphemisms used innocently in meeting follow-up ('As discussed', 'Going forward', 'circle back', 'take it offline')",
    JASON, [HANNAH], "Follow-up from today's steering committee", """
Hi Hannah,

As discussed at today's steering committee, here's where we landed:

- Going forward, we'll send the status report every Monday by 10am ET instead of Friday afternoon, so your leadership has it before their weekly review.
- Raj will own the environment readiness checklist and share a first draft by Wednesday.
- On the open question about synthetic test data, I'll circle back once I've heard from our data team - I expect to have an answer for you by Thursday.
- Let's take the reporting-format discussion offline; I'll set up 30 minutes with you and Megan early next week.

If I've misremembered anything, just reply here and I'll correct the notes.

Thanks,
Jason
""", cc=[RAJ]))

NEG.append(C([], "en",
    "hard negative: 'Respectfully... not able to confirm it myself' is an escalation to the delivery director with call time and written-reply date",
    DANIEL, [VICTORIA], "Re: Waiver of October overage charges", """
Dear Victoria,

I completely understand why you're asking, and I think it's a fair request to raise given how October went.

Respectfully, a waiver of this size is above my approval limit, so I'm not able to confirm it myself. I've passed your email, together with the outage timeline and the overage breakdown, to our Delivery Director, Anand Rao. He'll call you tomorrow at 10am UK time to discuss, and you'll have a written response from us by Friday.

Kind regards,
Daniel
""", quote="""
Daniel, given the outage in October, we expect the overage charges for that month to be waived in full. Please confirm.

Victoria
""", quote_from=VICTORIA, quote_style="gt"))

NEG.append(C([], "en",
    "hard negative: furious client quote ('useless', 'unacceptable!!!') below a calm, apologetic status reply",
    PRIYA, [TOMR], "Re: Payments down AGAIN", """
Hi Tom,

I'm very sorry - two outages in a week is not the service you should be getting from us, and I understand the frustration.

Status as of 14:30 IST: payments were restored at 13:52 after we rolled back the connection-pool change. No transactions were lost; 37 were delayed and have now been processed.

Next steps:
- a written root-cause analysis by tomorrow 6pm IST;
- a call today at 9am EST with you, me and our Head of Delivery, Sanjay Kulkarni (invite sent);
- a freeze on all non-critical changes to the payment service until the RCA has been reviewed with your team.

I'll update you again within two hours, or sooner if anything changes.

Regards,
Priya
""", quote="""
This is absolutely unacceptable!!! Second outage in a week. Your team is useless and I want a call with your CEO today. I'm done being polite.

Tom Reilly
""", quote_from=TOMR, quote_style="outlook"))

NEG.append(C([], "en",
    "hard negative: internal mail taking the client's worry seriously ('honestly she has a point'), plan to walk her through it face to face",
    JASON, [RAJ, MARIA], "Hannah's concern about go-live", """
Hey both,

Quick heads-up before tomorrow: Hannah flagged on our 1:1 that she's worried about the Jan 15 go-live, and honestly she has a point - we've slipped two milestones and she's the one who has to explain that upstairs.

Can we put together a short recovery plan by Thursday? What I'd like to show her:
- the three biggest risks and what we're doing about each;
- where we could add a second QA from Manila;
- a realistic date if the vendor API slips again.

I'd rather walk her through it face to face than send a deck cold. I'll book an hour with her for Friday.

Thanks,
J
"""))

NEG.append(C([], "en",
    "hard negative: team banter praising colleagues ('I genuinely thought was impossible') and self-deprecation; the client is mentioned warmly",
    PRIYA, [BLRDEV], "You legends", """
Team,

Absolutely mad effort last night - you lot pulled off a migration I genuinely thought was impossible in one weekend. Tom from the client called this morning just to say thanks, which in three years I have never seen him do.

My brain is completely fried and I spelt my own name wrong in the status mail, so please ignore that. Biryani is on me Friday. No excuses, no "I'm on a diet".

Priya
"""))

NEG.append(C([], "en",
    "hard negative: risky words as technical terms (refusing connections, 'you must restart the service', 'impossible' duplicates, ledger rejects)",
    RAHUL, [MICHAEL], "RCA: settlement service connection errors on 6 Nov", """
Hi Michael,

Summary of what happened on 6 Nov between 02:10 and 02:55:

- The settlement service started refusing connections ("Connection refused" on port 8443) because its TLS certificate expired at 02:00. The renewal job had failed silently on 1 Nov.
- The new certificate was installed at 02:41. Note for your ops team: you must restart the service after rotating the certificate - the process only reads it on startup. That step is now in the runbook.
- Duplicate settlement is impossible in this scenario: every request carries an idempotency key, and the ledger rejects any key it has already seen. We have checked all 1,204 requests in the window; none were posted twice.

Actions on our side: alerting on certificate expiry 14 days ahead (done), and a daily check that the renewal job succeeded (by 14 Nov).

Happy to go through it on a call if useful.

Regards,
Rahul
"""))

NEG.append(C([], "en",
    "hard negative: recommendation of Option B that explicitly leaves the choice to the board ('It's your decision')",
    DANIEL, [VICTORIA], "Data warehouse options - comparison for the board", """
Dear Victoria,

As requested, please find below a short comparison for the board.

Option A (keep the warehouse in-house): lower running cost from year 3 and full control of data residency, but a timeline 4-5 months longer and a larger internal team to run it.
Option B (managed cloud warehouse): faster to deliver (go-live in Q2) and lower up-front cost, but ongoing subscription fees and data held in the provider's UK region.

On balance we'd recommend Option B, mainly for the timeline. That said, Option A is entirely workable, and if the board places more weight on control of the data it's a perfectly sound choice. It's your decision, and we'll plan and price whichever option you choose. I'm happy to join the board session to take questions.

Kind regards,
Daniel
"""))

NEG.append(C([], "en",
    "hard negative: plain schedule update; 'say no' and 'you must not' appear only in the signature motto and disclaimer",
    GRACEL, [MICHAEL], "Updated test schedule - SIT cycle 2", """
Hi Michael,

Attached is the updated schedule for SIT cycle 2. Main changes:
- cycle 2 starts Mon 17 Nov (was Wed 12 Nov), since the masked data arrived on Friday;
- the end date stays at Fri 5 Dec, as we've added a second tester from our Manila team;
- daily defect triage at 9.30am SGT, 15 minutes.

Please let me know if the new start date causes any issue for your testers.

Thanks,
Grace

--
Grace Lim | Project Manager | Singapore Delivery Centre
"Just say no to scope creep. Just say yes to cake." - team motto
This email is confidential. If you are not the intended recipient you must not use, copy or disclose it; please delete it and tell the sender.
"""))

NEG.append(C([], "en",
    "hard negative: negation 'I'm not saying no' followed by a concrete check and a reply date",
    SOPHIE, [FIONA], "Re: Three extra management reports", """
Hi Fiona,

I'm not saying no to the extra reports - I just don't want to say yes before I know whether the source tables actually hold the data for regional margin. The churn and cohort reports look straightforward.

Let me check with our data team. I'll come back to you by Tuesday end of day with the effort, a proposed release, and whether regional margin needs anything from your finance system.

Best,
Sophie
""", quote="""
Sophie, the COO would like three additional management reports (churn, cohort, regional margin) in the next release. Can we have them?

Fiona
""", quote_from=FIONA, quote_style="gt"))

NEG.append(C([], "en",
    "hard negative: 'As I said on Monday's call' / 'I told you I'd also check' as follow-through on a promise; firm date with reason",
    WEILING, [MICHELLE], "Environment dates confirmed", """
Dear Ms Tan,

As I said on Monday's call, I'd confirm the environment dates once our infra team had checked capacity. They have, and here they are:

- SIT2 environment: available Wed 19 Nov
- Pre-production: available Mon 1 Dec
- Performance test window: 3-5 Dec (with your DBA on standby, as you requested)

I told you I'd also check whether we could bring SIT2 forward by two days. Unfortunately the storage order only lands on the 18th, so the 19th is the earliest, but it is firm.

Best regards,
Wei Ling
"""))

NEG.append(C([], "en",
    "hard negative: 'this one is on us, not your team' - the PM takes the blame, with fix and prevention",
    JASON, [HANNAH], "Timezone defect - this one's on us", """
Hi Hannah,

Following up on yesterday's P1: I want to be clear that this one is on us, not your team. Our regression suite didn't cover bookings made across a daylight-saving change, and we should have caught it.

What we've done: hotfix deployed at 18:05 ET yesterday, 212 affected bookings corrected, and customers notified by your support team using the template we sent.
What we're doing next: DST cases added to the regression suite by Friday, and a pre-release check for any date/time change.

Sorry again for the disruption.

Jason
"""))

NEG.append(C([], "en",
    "hard negative: long focused root-cause analysis (~450 words) that stays on the incident",
    ARJUN, [TOMR], "Root cause analysis - checkout latency incident 4 Nov", """
Hi Tom,

Please find below the root cause analysis for the checkout latency incident on 4 November, as promised on yesterday's call.

1. Summary
Between 19:05 and 20:40 EST on 4 November, the p95 response time of the checkout API rose from 420 ms to 9.8 seconds. Around 6% of checkout attempts timed out during the window. No orders were lost or duplicated; customers who timed out were able to retry successfully once performance recovered.

2. Timeline (EST)
- 18:50: the marketing push notification for the flash sale went out to 1.9 million users.
- 19:05: checkout p95 crossed 2 seconds; our alert fired at 19:08.
- 19:20: the on-call engineer identified database connection pool exhaustion on the order service.
- 19:45: pool size increased from 50 to 120 per instance and two additional instances added.
- 20:40: p95 back under 500 ms; incident closed at 21:15 after monitoring.

3. Root cause
The order service validates promo codes with a query against the promotions table. The flash-sale promo was created with a new "multi-SKU" rule type, which the query handles with a full table scan because the supporting index only covers single-SKU rules. Under normal load this costs about 30 ms; under sale traffic each scan held a database connection for up to 4 seconds, which exhausted the pool and queued every other checkout request behind it.

4. Contributing factors
- The load test for the sale used single-SKU promos only, so the slow path was never exercised.
- The connection pool alert threshold was set at 95%, which gave us only three minutes of warning.
- The push notification was moved forward by 40 minutes on the day, and our on-call team was not informed.

5. Corrective actions
- Composite index covering multi-SKU rules: deployed to production on 6 November (done).
- Load test scenarios extended to all promo rule types: by 14 November, owner Sneha.
- Pool alert threshold lowered to 75%, with a second alert on queue length: by 12 November, owner Karthik.
- Shared calendar for marketing pushes, visible to our on-call team: proposal to your marketing lead by 15 November, owner myself.

6. What we need from your side
Confirmation of the next two sale dates, so that we can run the extended load test against realistic volumes beforehand.

We will review progress on these actions in the weekly service review on 18 November. Please let me know if you would like any part of this analysis in more detail.

Regards,
Arjun Mehta
Project Manager, Pune ODC
"""))

NEG.append(C([], "en",
    "hard negative: long focused weekly status report (~470 words) using 'going forward' / 'circle back' innocently",
    SOPHIE, [FIONA], "Weekly status report - w/e 14 Nov", """
Hi Fiona,

Here's the weekly status report for the week ending 14 November.

Overall status: Amber (unchanged). Scope and budget are on track; the schedule risk on the supplier portal is the reason we're still amber.

Completed this week
- Sprint 15 closed with 41 of 44 story points delivered. The three outstanding points (bulk supplier upload, SUP-77) carry over to sprint 16, as agreed with your product owner on Wednesday.
- Supplier onboarding flow demoed at the sprint review and accepted, with two UI changes (SUP-88, SUP-89) now in the backlog.
- Penetration test remediation: 9 of 11 findings closed. The remaining two are medium severity and scheduled for sprint 16.
- Performance baseline for the supplier search endpoint captured: p95 of 640 ms at 200 concurrent users, inside the 1-second target.
- Data migration dry run 2 completed. 98.7% of supplier records migrated cleanly; the 1.3% that failed are mostly duplicate VAT numbers, which your data team is reviewing.

Planned for next week
- Sprint 16 planning on Monday at 10am.
- Dry run 3 of the data migration on Thursday evening, once the duplicate VAT records are resolved.
- Accessibility review of the supplier portal with your digital team on Wednesday afternoon; we'll share the WCAG checklist beforehand so they can prioritise.
- First draft of the cutover runbook to you by Friday.

Risks and issues
- R-12 (Amber): the supplier portal depends on the new SSO configuration from your identity team. We've been told it will be ready by 21 November; if it slips beyond 28 November, UAT for the portal moves into December. Mitigation: we're testing with a stub identity provider in the meantime, so the rest of the portal isn't blocked.
- R-15 (Green, new): two developers are on leave in the week of 24 November. We've arranged cover from our Leeds team, so no impact is expected.
- I-04 (open): the duplicate VAT records above. Owner: your data team; target resolution 19 November.

Decisions needed
- Whether the bulk upload should support the legacy CSV format as well as the new template. We've set out the options and costs in the attached note; a decision by 21 November would let us put it into sprint 17.

Going forward
As discussed at the steering committee, from next week the report will go out on Mondays by 10am rather than Friday afternoons, and I'll add a one-page budget summary at the end. I'll circle back with Neil on the SSO dependency after his call with your identity team on Tuesday and update R-12 accordingly.

Let me know if you'd like anything added or presented differently.

Best,
Sophie
"""))

NEG.append(C([], "en",
    "hard negative: long focused cutover plan (~500 words), Australian register, every paragraph on the migration",
    MICK, [LIAM], "Cutover plan - core ledger migration, Sun 23 Nov", """
Hi Liam,

As promised, here's the cutover plan for the core ledger migration on Sunday 23 November. Times are AEDT.

Before the weekend
- Mon 17 Nov: notice to branch managers and the contact centre about the maintenance window, using the template your comms team approved.
- Wed 19 Nov: final dress rehearsal in pre-prod, full runbook, timed. Go/no-go criteria: all reconciliation checks green and total runtime under 7 hours.
- Thu 20 Nov: go/no-go meeting at 2pm with you, your ops lead, Jess and me. If it's a no-go, we fall back to the 30 Nov window that's already held.
- Fri 21 Nov: change freeze on all ledger-related systems from 5pm.

Cutover day (Sun 23 Nov)
- 05:30: bridge opens; roll call of both teams.
- 06:00: your ops team confirms the end-of-day batch has completed and takes the final backup.
- 06:30: ledger put into read-only mode; customer-facing channels show the planned-maintenance banner.
- 06:45-10:30: extraction, transformation and load into the new ledger, in five batches. Each batch has a row-count and balance check before the next one starts.
- 10:30-12:00: reconciliation. Your finance team verifies trial balances for the 20 sample accounts we agreed; we run the automated full reconciliation in parallel.
- 12:00: go/no-go checkpoint. If reconciliation is clean, we switch the integration layer to point at the new ledger.
- 12:30-13:30: smoke tests on payments, statements and the branch teller app.
- 14:00: channels reopen; maintenance banner removed.

Rollback
If any checkpoint fails and can't be fixed within 30 minutes, we roll back: re-point the integration layer to the old ledger, which stays untouched in read-only mode throughout, and reopen channels. Rollback has been rehearsed twice and takes about 40 minutes. The decision to roll back sits with you, on our recommendation.

People
- Our side: Jess (cutover lead), two DBAs, two integration engineers, and me on the bridge all day.
- Your side: ops lead, a DBA, two finance users for reconciliation, and someone from the branch network for the teller app smoke test.

Hypercare
From Monday 24 Nov we'll run two weeks of hypercare, with a daily 9am stand-up and a dedicated Teams channel. Any P1 raised in that period gets a response within 15 minutes. Daily hypercare reports will cover reconciliation breaks, open P1/P2 tickets and batch runtimes, and we'll close hypercare formally once two consecutive end-of-day batches have run clean on the new ledger.

What I need from you
Names for the five roles on your side by Friday 14 Nov, and confirmation that the finance team is happy with the 20 sample accounts.

Shout if anything here doesn't line up with your change process.

Cheers,
Mick
""", cc=[JESS]))

NEG.append(C([], "en",
    "hard negative: 'that's a hard no' on the full rewrite, immediately followed by phased dates and a costed option for the client to choose",
    TOMH, [OLIVIA], "Re: Full portal rewrite by year end", """
Hi Olivia,

On the full rewrite by 31 December, that's a hard no from a capacity point of view - I'd rather tell you now than miss it in January. But here's what we can do:

1. Phase 1 by 19 Dec: login, account overview and payments on the new stack (about 70% of traffic).
2. Phase 2 by 27 Feb: documents, settings and the remaining admin screens.
3. Alternatively, we add two engineers from our Manila centre from 1 Dec (roughly GBP 38k extra) and bring Phase 2 forward to the end of January.

Happy to walk leadership through the trade-offs. Which of these would you like me to plan for?

Best,
Tom
""", quote="""
Tom, leadership wants the full customer portal rewritten on the new stack by 31 December. Can you commit to that?

Olivia
""", quote_from=OLIVIA, quote_style="gt"))

NEG.append(C([], "en",
    "hard negative: PM answers a colleague's quoted complaint about the client constructively ('let's not frame it as them being ridiculous')",
    PRIYA, [VIKRAM], "Re: client wants everything yesterday", """
Hi Vikram,

I hear you, it's a lot. But let's not frame it as them being ridiculous - their regulator deadline on the 30th is real, and Tom is under as much pressure as we are.

Can you list what the team can genuinely deliver by the 30th, with estimates? I'll take that to Tom tomorrow and we'll agree priorities together. Whatever doesn't fit goes into a dated plan, not a shrug.

Priya
""", quote="""
Priya, honestly the client is being ridiculous again. They want the reconciliation module, the new reports AND the API changes by the 30th. These guys think we're magicians.

Vikram
""", quote_from=VIKRAM, quote_style="outlook"))

NEG.append(C([], "en",
    "hard negative: Singaporean firm-but-polite 'unable to deploy before the security sign-off' citing the bank's own policy, with standby and an expedite call",
    GRACEL, [MICHAEL], "Re: Deploy tonight?", """
Hi Michael,

Noted with thanks. We're unable to deploy before the security sign-off is in, as the bank's own change policy (section 3.4) requires it and your change board would reject the ticket otherwise.

What we can do: keep the team on standby, and once the sign-off arrives we can deploy within 4 hours, even in the evening. Shall I set up a quick call with your InfoSec team this afternoon to see if they can expedite?

Thanks,
Grace
""", quote="""
Grace, can your team deploy the release tonight? Business is pushing. Security sign-off should come through tomorrow.

Michael
""", quote_from=MICHAEL, quote_style="gt"))

NEG.append(C([], "en",
    "hard negative: sarcasm aimed only at the PM herself ('Well, that went brilliantly - on my part'), then plain minutes",
    SOPHIE, [FIONA, VICTORIA], "Minutes - sprint review 12 Nov (and an apology)", """
Hi both,

Well, that went brilliantly - on my part, at least. I managed to share my screen with my shopping list on it, so you now both know I'm out of oat milk. Apologies!

Minutes from the sprint review:
- Demo of the supplier onboarding flow accepted, with two UI tweaks (SUP-88, SUP-89).
- Bulk upload moved to sprint 16 as agreed, owner Neil.
- Next review 26 Nov, same time.

Shout if I've missed anything.

Sophie
"""))

NEG.append(C([], "en",
    "hard negative: 'Per my last email' used as honest follow-through, and the PM admits the invoice mistake was his",
    RAHUL, [KEVINW], "Re: Invoice INV-1187", """
Hi Kevin,

Per my last email, I said I'd check the PO question with our finance team. They've confirmed the mistake was ours: I had used the PO number from phase 1 (4500021) instead of phase 2 (4500387). The corrected invoice is attached; the amounts are unchanged.

Apologies to your AP team for the extra round. Please let me know if anything else needs correcting.

Regards,
Rahul
""", quote="""
Rahul, AP says the invoice doesn't match our PO. Please check.

Kevin
""", quote_from=KEVINW, quote_style="outlook"))

NEG.append(C([], "en",
    "hard negative: internal tasking note with the client deliberately in Cc, saying 'She's right' about her complaint",
    GRACEL, [MARIA, JESS], "Dashboard slowness for the Shenzhen branch - top priority", """
Hi team,

I've added Amy from the bank in Cc so she can see this directly.

Amy raised on Tuesday that the branch dashboard takes over 20 seconds to load for the Shenzhen branch during the morning peak. She's right - our own logs show p95 at 22s between 9 and 10am. Please treat this as the top priority for this sprint:
- Maria: profile the branch summary query and share findings by Thursday;
- Jess: check whether the CDN configuration covers the Shenzhen region.

Amy, I'll send you a short update every day until this is resolved.

Thanks,
Grace
""", cc=[AMY]))

NEG.append(C([], "en",
    "hard negative: client's angry 'Do you people even read emails?? Kindly do the needful TODAY' only in the quote; PM owns the failure and fixes it",
    ARJUN, [NEHA], "Re: VPN access - 5th reminder", """
Hi Neha,

You're right, and I'm sorry - your earlier requests went to a shared mailbox that nobody on my team was monitoring that week. That's our failure, not yours.

Both VPN accounts (for Ankit and Meera) were created 20 minutes ago; the credentials have gone to them separately by SMS. Our IT desk will get on a call with them at 3pm IST to make sure they can log in.

I've also set up a rule so access requests from your team come straight to me going forward.

Regards,
Arjun
""", quote="""
Arjun, this is the FIFTH time I am asking. Do you people even read emails?? My two contractors have been sitting idle since Monday. Kindly do the needful TODAY or I will escalate.

Neha
""", quote_from=NEHA, quote_style="gt"))

# ---------------------------------------------------------------- mixed
NEG.append(C([], "mixed",
    "hard negative: code-switched buffered refusal - 本期 fit 不进去, logged as CR-118, review 11/19, interim CSV workaround",
    ETHAN, [JESSICA], "Re: Bulk export to SAP", """
Hi Jessica,

这个 bulk export 本期确实 fit 不进去, current release 的 code freeze 是 11/21, 我不想为了赶这个把 regression 压缩掉.

我已经 log 成 CR-118, 下周三 (11/19) 的 change review 上评估 effort 和 impact, 会后当天给你答复 target release. Interim 方案: Finance 可以先用 report 页面的 CSV 导出, 再走 SAP 的标准 upload, 我们这边可以出一页操作说明.

Let me know if that works for now.

Ethan
""", quote="""
Ethan, could we get a bulk export to SAP in the current release? Finance is asking.

Jessica
""", quote_from=JESSICA, quote_style="gt"))

NEG.append(C([], "mixed",
    "hard negative: internal code-switched note that the client's performance concern is valid ('说实话他说得对'), meeting him face to face",
    KEVINZ, [LISA], "Client-A performance concern - 明天 face to face", """
Lisa,

Alex 今天在 call 上对 performance 挺 concern 的, 说高峰期查询要等 8 秒. 说实话他说得对, 我们上周的 load test 只跑了 200 并发, 他们实际峰值在 500 左右.

明天下午我想跟他 face to face 过一下: load test 结果, 我们的 tuning plan, 还有重新压测的时间. 你能帮我把 500 并发的 test plan 今晚整理一下吗? 不用很 fancy, 一页就行.

Thanks,
Kevin
"""))

NEG.append(C([], "mixed",
    "hard negative: self-directed banter ('我这脑子 😂') and warm words about the client",
    ETHAN, [MARIA, RAHUL], "deck 第 5 页 - ignore 一下", """
Hi all,

我这脑子 😂 昨天发给 Jessica 的 deck, 第 5 页 go-live 日期写成了 12/5, 正确的是 12/15. 我已经 email 跟她更正了, 她回了个 "happens to the best of us", 人真的很 nice.

大家如果转发过这个 deck, 麻烦替换成附件里的 v2. 辛苦!

Ethan
"""))

NEG.append(C([], "mixed",
    "hard negative: technical terms (唯一索引, unique constraint, insert 被 reject, 接口必须接受两种编码) in a fix plan",
    KEVINZ, [ALEX], "订单同步失败的原因 & fix plan", """
Alex,

昨晚 23:40 开始订单同步失败, 原因如下:

1. DB 报 unique constraint violation: 订单表的唯一索引是 (order_no, channel), 你们新接入的 mini-program 渠道复用了旧渠道的 channel code, 所以 insert 被 reject.
2. 另外, 同步接口必须接受 UTF-8 和 GBK 两种编码, mini-program 那边发的是 GBK, 我们的 parser 只认 UTF-8.

Fix plan: 今天下午给新渠道分配一个 code (MP01), parser 加 GBK fallback, 晚上 8 点发布, 预计 10 分钟. 发布前我会再跟你 confirm 一次.

Kevin
"""))

NEG.append(C([], "mixed",
    "hard negative: client's slang anger (又双叒叕, 无语, 到底行不行, 呵呵) only in the quote; polite cause/fix/follow-up reply",
    LISA, [ALEX], "Re: 导出又挂了", """
Alex 您好,

非常抱歉, 这周确实是第三次了, 给你们造成的麻烦我们很清楚.

原因: 导出任务跑在和报表同一个 worker pool, 月底报表量大时把 pool 占满了, 导出任务 timeout.
已处理: 今天 14:20 已经把导出拆到独立的 worker pool, 15:00 验证了 3 个大文件导出, 都正常.
后续: 我们会加一个 pool 使用率的 alert, 周五前上线, 并且周五给您发一份完整的 RCA.

有任何问题随时 call 我.

Lisa
""", quote="""
导出又双叒叕挂了!!!我真的无语,你们到底行不行?这周第三次了,呵呵。
""", quote_from=ALEX, quote_style="foxmail"))

NEG.append(C([], "mixed",
    "hard negative: discount above the PM's authority, escalated to the APAC VP with a call time and proposal date",
    ETHAN, [LIWEI], "Re: 年度续约 discount", """
Li Wei 你好,

20% 这个幅度超出了我这边能 approve 的范围, 我不想随口答应又做不到. 我已经把你的邮件和今年的 usage 数据一起 escalate 给了我们 APAC VP Sandra Lee, 她明天上午 10 点会直接给你打电话, 周五前我们会给出正式的书面 proposal.

Thanks for your patience!

Ethan
""", quote="""
Ethan, 续约的话我们希望能有 20% 的 discount, 你看能不能今天给个答复?
""", quote_from=LIWEI, quote_style="outlook_zh"))

NEG.append(C([], "mixed",
    "hard negative: long focused code-switched UAT plan (~ramble length) that never leaves its subject",
    KEVINZ, [ALEX], "UAT plan - Release 5.0 (draft v1)", """
Alex,

附上 Release 5.0 的 UAT plan draft v1, 请你和业务 team review 一下. 要点如下:

1. Scope
本次 UAT 覆盖三个 module: order management, returns 和 loyalty points. Payment 模块这次没有改动, 只做 regression smoke test, 不做完整 UAT.

2. Timeline
- 11/24 (周一): UAT kick-off, 我们给业务 tester 做 1 小时的 walkthrough, 讲新功能和测试环境的 access.
- 11/24 - 12/3: UAT execution, 一共 8 个工作日.
- 12/4: UAT sign-off meeting.
- 12/8: production release (前提是 sign-off 完成).

3. Test cases
我们准备了 126 个 test cases, 其中 order management 58 个, returns 41 个, loyalty 27 个. 每个 case 都 map 到了 PRD 里的 requirement ID, traceability matrix 在附件的第二个 sheet. 请业务 team 看一下有没有遗漏的 scenario, 特别是退货跨月结算和积分过期这两块, 我们自己觉得覆盖还不够.

4. Environment & data
UAT 环境 11/21 ready, 数据是 10 月底生产数据的脱敏版本. 需要你们提供 12 个 test accounts (不同会员等级各 3 个), 麻烦 11/20 前给到 Lisa.

5. Defect management
Defect 统一在 Jira 的 UAT board 上提, severity 分四级. P1 我们承诺 4 小时内响应, 24 小时内给 fix 或 workaround; P2 是 2 个工作日. 每天下午 5 点做 15 分钟的 defect triage, 你们派一个人参加就可以.

6. Exit criteria
- 所有 P1/P2 defect 关闭;
- P3 以下的 open defect 不超过 10 个, 并且每个都有 agreed 的 fix 版本;
- 126 个 test cases 执行率 100%, 通过率 95% 以上.

7. Roles
我们这边 Lisa 是 UAT coordinator, 负责环境, 账号和 defect triage; 我负责整体 schedule 和 escalation. 你们那边需要一位 business owner 负责最终 sign-off, 还有 4-6 位 tester.

有两个 open point 需要你们决定:
- Tester 是 full-time 投入还是 part-time? 如果是 part-time, execution 可能需要延长到 10 个工作日.
- Sign-off 是你本人签还是需要业务 VP 签?

请在下周三前把 comments 发给我, 我们周四出 v2.

Kevin
""", cc=[LISA]))

NEG.append(C([], "mixed",
    "hard negative: 'As discussed', 'going forward', 'circle back' used innocently in a code-switched arrangement mail",
    WEILING, [AMY], "Going forward 周报安排", """
Hi Amy,

As discussed 上周五, going forward 周报改成每周一上午 10 点前发, 内容加一页 risk log, 方便你们周一的管理层例会用.

另外 test data 的事情, 我跟我们 data team circle back 一下, 周三前给你答复能不能用脱敏后的生产数据.

Thanks!
Wei Ling
"""))

# ---------------------------------------------------------------- Chinese
NEG.append(C([], "zh",
    "hard negative: bureaucratic '暂不纳入本期范围' with a reason, CR-2026-037, review date, reply deadline and an interim H5 workaround",
    LIHANG, [WANGLX], "Re: 关于新增移动端审批的需求", """
王总您好:

收到,感谢业务部门的反馈。经项目组初步评估,移动端审批涉及统一认证改造和安全测评,暂不纳入本期(V2.3)范围,原因是本期上线窗口12月20日已经锁定,强行加入会影响既定的验收节点。

已登记为变更申请 CR-2026-037,计划在11月25日的变更评审会上评估工作量和排期,会后两个工作日内给您书面答复。过渡期间,审批人可以通过企业微信里的H5页面处理待办(已有功能),我们明天可以给业务部门做一次15分钟的演示。

李航
""", quote="""
李经理,业务部门希望在本期增加移动端审批功能,请尽快安排。
""", quote_from=WANGLX, quote_style="gt_zh"))

NEG.append(C([], "zh",
    "hard negative: negation '并不是做不了' followed by a plan and dates",
    LIUCHANG, [SUNLI], "关于历史数据回溯的答复", """
孙姐您好:

关于把2019年以前的历史数据也迁进新系统,并不是做不了,主要是那批数据在老的DB2库里,有些字段的含义要跟贵司的老同事确认。

我们的计划是:本周五前把字段清单整理出来发给您,请您帮忙找一位熟悉老系统的同事;下周三前我们给出工作量和排期。如果工作量不大,争取放在12月的迁移批次里一起做。

刘畅
"""))

NEG.append(C([], "zh",
    "hard negative: client's angry quote (醉了, 呵呵, 直接找你们老板) below an apologetic reply that takes the blame and gives a firm new date",
    XIAOYU, [SUNLI], "Re: 验收又推迟??", """
孙姐:

实在抱歉,这次推迟是我们的问题,我应该更早跟您说。

原因是第三方短信网关的联调比预期多花了四天,我们低估了他们的排期。新的验收日期是11月28日(周五),这个日期我已经跟网关方书面确认过。为了保险,我们26日会先做一轮内部预验收,结果当天发给您。

我们老板周三也会给您打电话,当面跟您致歉并说明后续安排。

小雨
""", quote="""
小雨,验收又推迟?我真的醉了。上次说好的日期,说改就改,你们当我们是什么?呵呵,这次要是再推,我直接找你们老板。
""", quote_from=SUNLI, quote_style="foxmail"))

NEG.append(C([], "zh",
    "hard negative (traditional): '按我們的經驗' recommendation with an alternative, '最終由貴行決定'",
    SIYUAN_T, [HEZM_T], "Re: 資料庫選型建議", """
何經理您好:

按我們的經驗,核心帳務部分建議繼續使用 Oracle,主要考量是貴行現有的 DBA 團隊熟悉、遷移風險較低;查詢與報表部分可以考慮 PostgreSQL,授權成本會低不少。

當然,如果貴行科技部更看重全面國產化,全部採用國產資料庫也是可行的,工期大約多兩個月。兩種方案我們都能支援,最終由貴行決定。需要的話,我們可以下週安排一次技術交流,把兩種方案的細節攤開來談。

陳思遠
""", quote="""
陳經理,資料庫這塊你們的建議是什麼?我們內部也有不同聲音。
""", quote_from=HEZM_T, quote_style="gt_zh", trad=True))

NEG.append(C([], "zh",
    "hard negative (traditional): internal mail saying the client's worry is right ('他的擔心是對的') and planning a face-to-face walkthrough",
    YIJUN_T, [SIYUAN_T], "客戶對上線時程的擔心", """
思遠:

今天跟何經理開會,他對一月上線的時程很擔心。說老實話,他的擔心是對的:我們的壓力測試還沒做完,而且有兩個介面還卡在對方廠商那邊。

我想週四前整理一份風險清單和備案時程,週五當面跟他過一遍,不要只用郵件。你那邊能不能幫我確認一下,壓測環境最快哪天能準備好?

怡君
""", trad=True))

NEG.append(C([], "zh",
    "hard negative: long focused change-impact analysis (~650 characters) that stays on the change",
    LIHANG, [WANGLX], "关于客户等级规则调整的变更影响分析", """
王总您好:

关于贵司11月10日提出的“客户等级规则调整”(由按年消费金额分级改为按近12个月积分分级),项目组已完成变更影响分析,汇报如下。

一、涉及范围
1. 会员中心:等级计算逻辑需重写,涉及每日批处理任务和实时升降级接口;
2. 积分模块:需新增“近12个月滚动积分”字段,并对历史三年的积分流水做一次回溯计算;
3. 营销模块:现有的23条营销规则中有9条以等级为触发条件,需逐条核对;
4. 报表:会员等级分布、等级迁移两张报表需调整口径。

二、数据影响
按10月底数据试算,约有4.2万名会员的等级会发生变化,其中升级约1.1万人,降级约3.1万人。降级会员中约有6000人目前持有仅限高等级使用的优惠券,需要贵司业务部门决定是保留至有效期结束还是立即失效。

三、工作量与排期
开发约28人天,测试约15人天。如果本周五前确认方案,可纳入12月的第二个迭代,预计1月8日上线;上线前需要安排一次全量回溯的演练,大约占用一个周末。

四、风险
1. 回溯计算依赖历史积分流水的完整性,2022年有两个月的数据存在缺失,需要贵司确认补数方式;
2. 大批量降级可能引发客户投诉,建议业务部门提前准备客服话术和短信通知模板。

五、需要贵司确认的事项
1. 降级会员优惠券的处理方式;
2. 2022年缺失数据的补数方式;
3. 是否接受1月8日的上线时间。

六、测试与回退
测试分三轮:单元测试覆盖等级计算的边界值;集成测试覆盖会员中心与营销模块的联动;最后用10月底的全量数据做一次回溯比对,抽查500名会员的计算结果,请贵司业务部门复核。如上线后发现等级计算异常,可在30分钟内切回旧规则,已升降级的会员按上线前快照恢复,不影响积分余额。

以上如有疑问,我们可以本周四下午当面沟通。

李航
""", cc=[LIUCHANG]))

NEG.append(C([], "zh",
    "hard negative: colleague banter - '这波操作我是真服了' as praise, '我这记性' aimed at oneself; the client thanked the team",
    LIUCHANG, [WANGLEI, MINGMING], "昨晚的割接,辛苦了", """
磊哥、明明:

昨晚的割接太稳了,凌晨两点那个回滚预案都没用上,这波操作我是真服了。孙姐早上专门发消息说谢谢大家,说这是她经历过最顺的一次上线。

我这记性,昨晚说好给大家点宵夜结果忘了,今天中午补上,火锅我请,谁也别跟我抢。

刘畅
"""))

NEG.append(C([], "zh",
    "hard negative: plain progress note; '没有不可能' and '你必须相信团队' appear only in the signature motto",
    XIAOYU, [SUNLI], "本周进度简报", """
孙姐好:

本周进度简报如下:
1. 订单模块联调完成,发现缺陷5个,已修复4个,剩余1个周一修复;
2. 报表模块进入测试,预计下周三提测;
3. 下周二上午10点例会,会议室待您确认。

有问题随时联系我。

赵小雨
项目经理 | 交付中心
电话:138-0000-1234
座右铭:没有不可能,只有不够拼。你必须相信团队,别跟困难讲道理。
本邮件及附件仅供收件人使用,如误收请立即删除,不得转发。
"""))

# ---------------------------------------------------------------- order
CASES = POS + NEG
random.Random(13).shuffle(CASES)
