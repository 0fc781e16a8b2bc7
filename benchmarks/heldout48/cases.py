"""heldout48: 80 labelled PM email drafts (training set), written by an independent helper.

Domain: fintech delivery for small lenders, credit unions / rural credit co-operatives,
microfinance apps and KYC/AML tooling. All text is synthetic and written for this set.
Order is shuffled with random.Random(4848).
"""

import random

# --- our side (PMs and colleagues) ---------------------------------------------------------
ZHOU = "周启明 <zhou.qiming@ourteam.example.com>"       # senior PM, calm, a bit chatty
LIN = "林晓雯 <lin.xiaowen@ourteam.example.com>"        # junior PM, cute tone, can turn snippy
GUO = "郭振 <guo.zhen@ourteam.example.com>"             # veteran, blunt
TANG = "唐一帆 <tang.yifan@ourteam.example.com>"        # mid-level, numbers person
XU = "许诺 <xu.nuo@ourteam.example.com>"                # mid-level, dry humour
SONG = "宋佳 <song.jia@ourteam.example.com>"            # mid-level, brisk
HAN = "韩露 <han.lu@ourteam.example.com>"               # junior-ish, warm
LEUNG = "梁家豪 <leung.kaho@ourteam.example.com>"       # HK office, writes traditional
TSAI = "蔡佩珊 <tsai.peishan@ourteam.example.com>"      # TW office, writes traditional
KELLY = "Kelly Chen <kelly.chen@ourteam.example.com>"  # code-switcher
JUN = "何俊 <jun.he@ourteam.example.com>"               # code-switcher
VINCENT = "Vincent Pan <vincent.pan@ourteam.example.com>"  # code-switcher, senior
DANIEL = "Daniel Okafor <daniel.okafor@ourteam.example.com>"
HANNAH = "Hannah Reyes <hannah.reyes@ourteam.example.com>"  # delivery lead
MARCUS = "Marcus Lee <marcus.lee@ourteam.example.com>"
SOFIA = "Sofia Marin <sofia.marin@ourteam.example.com>"

SUNHAO = "孙浩 <sun.hao@ourteam.example.com>"            # dev lead
JIAOZI = "焦子豪 <jiao.zihao@ourteam.example.com>"       # dev, nickname 饺子
DACHUAN = "王大川 <wang.dachuan@ourteam.example.com>"    # dev, nickname 大锤
FANGMEI = "方美 <fang.mei@ourteam.example.com>"          # QA
CHENLI = "陈立 <chen.li@ourteam.example.com>"            # delivery director
MEERA = "Meera Iyer <meera.iyer@ourteam.example.com>"    # compliance analyst
TOM = "Tom Becker <tom.becker@ourteam.example.com>"      # QA lead

# --- client A: 鑫融小贷 (microcredit company + borrower app) --------------------------------
FENG = "冯一鸣 <feng.yiming@client-a.example.cn>"        # founder
QIAN = "钱蕾 <qian.lei@client-a.example.cn>"             # chief risk officer
DING = "丁小川 <ding.xiaochuan@client-a.example.cn>"     # operations
ZIANG = "冯子昂 <feng.ziang@client-a.example.cn>"        # founder's son, product owner

# --- client B: Kopa Finance (microfinance app, credit-union partners) -----------------------
ARJUN = "Arjun Mehta <arjun.mehta@client-b.example.com>"        # founder
MARGARET = "Margaret Olsen <margaret.olsen@client-b.example.com>"  # CRO
GRACE = "Grace Tan <grace.tan@client-b.example.com>"            # MLRO
BEN = "Ben Kowalski <ben.kowalski@client-b.example.com>"        # operations lead

# --- client C: 澄江农村信用合作联社 (rural credit co-operative) --------------------------------
WU = "吴建华 <wu.jianhua@bank-c.example.cn>"             # head of compliance
WU_T = "吳建華 <wu.jianhua@bank-c.example.cn>"
DENG = "邓琳 <deng.lin@bank-c.example.cn>"               # AML officer
DENG_T = "鄧琳 <deng.lin@bank-c.example.cn>"
LUO = "罗斌 <luo.bin@bank-c.example.cn>"                 # head of IT section


def C(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, **kw):
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=body.strip("\n") + "\n", quote=quote, quote_from=quote_from,
             trad=kw.pop("trad", False))
    d.update(kw)
    return d


POS = []
NEG = []

# =============================================================================================
# POSITIVES
# =============================================================================================

# ---------------- backchannel (12) ----------------

POS.append(C(["backchannel"], "zh",
    "backchannel: sarcasm about the client's CRO (钱总监 'controls us, not risk') to a dev colleague; pair with argue/negative on the same threshold saga",
    TANG, [SUNHAO], "阈值又改了", """
孙浩：

刚开完会出来，跟你同步一下：M1 逾期的自动拒绝阈值从 620 改回 600 了。没错，就是上上周从 600 改成 620 的那个。

咱们这位钱总监呀，风险控没控住不知道，控我们倒是一把好手。每次董事会上被问两句，回头就拿阈值撒气，改完出了波动又说我们系统“不稳定”。我现在听到她说“再微调一下”就头皮发麻。

你先别动生产配置，等她下周再改回去（我赌一杯咖啡）。测试环境按 600 配上就行。

一帆
"""))

POS.append(C(["backchannel"], "zh",
    "backchannel, reply-all accident: mocks the founder as a pie-painter with the founder's own address still in Cc",
    GUO, [SUNHAO], "Re: 月底投资人演示", """
别跟他较真。冯老板的朋友圈你又不是没看过，demo 还没跑通，PPT 上已经“日放款过亿”了。画饼是他的主业，做金融只是副业。

月底那场你就给他准备个录屏，能点的按钮都点一遍，点不了的剪掉。真要现场演砸了，投资人问的也是他，不是咱们。

郭振
""", cc=[FENG],
    quote="郭哥，冯总刚在群里说月底要给投资人演示全流程放款，还说“技术上都搞定了”。我们这边代扣通道的联调还没开始，要不要跟他说一下实际进度？\n\n孙浩",
    quote_from=SUNHAO, quote_style="foxmail"))

POS.append(C(["backchannel"], "en",
    "backchannel: ridicules the client CRO's judgement (LinkedIn-driven risk appetite) to a colleague; pair with argue mail to her and a neutral heads-up",
    DANIEL, [MEERA], "Thursday call prep", """
Meera,

Quick one before Thursday. Margaret will almost certainly want to "revisit" the risk appetite matrix again. For context, her idea of risk appetite seems to be whatever she scrolled past on LinkedIn that morning. Last month it was "embedded finance", this month it's "AI-first underwriting", whatever that means.

My suggestion: nod, say "great point", write it in the notes, and then we build what's in the signed matrix. No need to engage with her on substance; it only encourages her.

I'll bring donuts.

Daniel
"""))

POS.append(C(["backchannel"], "mixed",
    "backchannel: code-switched mockery of the client founder ('product sense 基本靠 vibes', doesn't know what his company does) to a dev",
    KELLY, [DACHUAN], "Kopa 新需求", """
大川,

Arjun 那边 again 😅 今天下午又来一个 "small tweak": onboarding flow 要从 5 步改成 3 步, 但 KYC 字段一个都不能少. 这位 founder 的 product sense 基本靠 vibes, 每周 pivot 一次, 上周还说要做 BNPL, 这周已经变成 "credit builder for gig workers" 了. 我看他自己也不知道公司是干嘛的 lol.

反正 scope 外的东西我们就当 free consulting, 陪他聊聊就好. 你这周的 sprint 照原计划走, 别被他带跑了.

Kelly
"""))

POS.append(C(["backchannel"], "zh",
    "backchannel (traditional): nicknames the client's head of compliance 老佛爺 and mocks him to a colleague; pair with argue mail to him",
    LEUNG, [JIAOZI], "今天的週會", """
子豪：

今天週會你沒來，算你走運。

老佛爺又發話了。吳主任一個人把名單比對的門檻從 0.8 改到 0.9，再改回 0.85，全程不到二十分鐘，最後還補一句「你們系統怎麼這麼不穩定」。我坐在那邊笑都不敢笑。這位老人家大概以為模糊比對就是調收音機，轉一轉總會有台。

跟他講道理是講不通的。以後開會你幫我錄音就好，省得他下週又說沒講過。

家豪
""", trad=True))

POS.append(C(["backchannel"], "zh",
    "backchannel: internal meeting recap with an aside mocking the client's AML officer and the client as 'C行' (藏龙卧虎, sarcastic)",
    LIN, [SUNHAO, FANGMEI], "C行反洗钱项目周会纪要（内部）", """
各位：

今天和C行合规部的周会纪要如下：
1. 可疑交易报告导出格式按最新模板调整，孙浩负责，下周三前提测。
2. 客户风险等级重评任务改为每月跑一次，方美补充回归用例。
3. 名单库更新频率维持每日一次。

另外说个会上的小插曲：邓琳问我们“可疑交易能不能在系统里直接删掉，省得报上去”，我当场差点没绷住。这种水平也能坐反洗钱岗，C行真是藏龙卧虎啊，难怪他们去年检查被扣了那么多分😂 大家心里有数就行，以后她提的需求多留个心眼。

晓雯
"""))

POS.append(C(["backchannel"], "en",
    "backchannel, reply-all accident: jokes that the client's ops lead couldn't find a flashing button, with that client still in Cc",
    HANNAH, [TOM], "RE: Export ticket (again)", """
Sure, I'll send him the nice version. Between us, Ben couldn't find the export button if it were the only thing on the screen and it was flashing. I'll do a two-minute screen recording with a big red arrow and we can close the ticket.

H.
""", cc=[BEN],
    quote="Hannah -- Ben's team raised the \"missing export\" ticket again (third time). It's the same button it's always been. Could you send something diplomatic? I'm out of patience.\n\nTom",
    quote_from=TOM, quote_style="gt"))

POS.append(C(["backchannel"], "zh",
    "backchannel in a mail TO the client: disparages the client's own ops staffer (nickname 已读不回) to his boss",
    GUO, [FENG], "关于贵司对接人的建议", """
冯总：

有件事憋了挺久，还是直说吧。

贵司小丁对接这半年，说实话，一问三不知。放款账户的材料我们前后催了四轮，每次回复都是“好的收到”，然后就没有然后了。我们团队私下给他起了个外号叫“已读不回”，组里现在一听说要找他就集体叹气。

如果方便的话，建议您换一位靠谱点的同事来对接，不然下个月的上线节点我没法打包票。

郭振
"""))

POS.append(C(["backchannel"], "zh",
    "backchannel: calls the client's product owner 少爷 and mocks him as a rich kid ('家里有矿') to a colleague",
    XU, [JIAOZI], "少爷的新需求", """
饺子：

少爷今天又来需求了：App 放款成功页要加“土豪金”主题，还要有金币从天上掉下来的动画，说是“增强借款人的获得感”。

我委婉提了一句，借款人拿到的是要还的钱，获得感太强不一定是好事。他回我“你不懂用户”。行，我不懂，家里有矿的懂。

咱们就陪少爷玩吧，反正按人天结算。动画你随便找个开源的套一下，别花太多心思。

许诺
"""))

POS.append(C(["backchannel"], "en",
    "backchannel: calls the client's compliance team prehistoric and not worth good ideas, to a colleague",
    MARCUS, [TOM], "bank-c kickoff", """
Tom,

Heads up for Monday. The bank-c compliance crew are, how do I put this, pleasantly prehistoric. Expect them to ask whether the alert dashboard can be printed and faxed. Don't waste any of your good ideas on them; they'll nod, ask for a Word version, and go back to Excel.

Just get the login working and keep the demo short.

Marcus
""", layout="html"))

POS.append(C(["backchannel", "argue"], "zh",
    "argue + backchannel: blames and lectures the CRO (reader) and mocks her model lead (对牛弹琴) with the founder in Cc",
    GUO, [QIAN], "Re: 模型上线后逾期率上升", """
钱总：

逾期率上升的原因很简单：上线第三天，贵司自己把“多头借贷”规则的命中阈值放宽了，审批通过率一下子涨了 9 个点，逾期不涨才怪。这个改动是您亲自批的，邮件记录都在。

模型的问题，等贵司把自己的授信政策捋顺了，我们再聊不迟。你们那位模型负责人上次开会连 KS 值是什么都讲不明白，我们对着他解释了一个小时，跟对牛弹琴差不多。

郭振
""", cc=[FENG],
    quote="郭经理：你们的模型上线两周，M1逾期率反而上升了0.4个百分点，请解释原因。冯总也很关心。\n\n钱蕾",
    quote_from=QIAN, quote_style="gt_zh"))

POS.append(C(["backchannel"], "mixed",
    "backchannel: calls the client's MLRO paranoid and scared of losing her job, advises ignoring her mail",
    JUN, [MEERA], "Grace 的邮件", """
Meera,

Grace 这个 MLRO 真的 paranoid 到一个新高度了. 一个 name match score 0.62 的 hit, 对方名字就一个字母一样, 她也要 escalate 给 board risk committee. 我怀疑她晚上做梦都在 screen sanctions list 哈哈. 说白了就是怕背锅, 把我们当成她的 insurance.

她那封 "urgent" 邮件你先别回, 放两天她自己就忘了. 反正她每周都有一封 urgent.

Jun
"""))

# ---------------- argue (10) ----------------

POS.append(C(["argue"], "zh",
    "argue: blames the CRO for unstable requirements ('不稳定的是需求') and tells her to sort it out internally first; pair with backchannel on the same saga",
    TANG, [QIAN], "关于审批阈值再次调整", """
钱总：

收到您今天关于 M1 阈值改回 600 的要求。提醒一下：这是本月第三次调整这个参数了，10 月 9 日改 620，10 月 21 日改 610，今天又要 600。

每次改完出了波动，您那边都反馈“系统不稳定”。系统一直很稳定，不稳定的是需求。我们不是不能改，但麻烦贵司内部先自己吵出个结果，再把最终版本给我们，别让开发团队跟着董事会的情绪来回跑。

唐一帆
"""))

POS.append(C(["argue"], "en",
    "argue: lectures the CRO about how projects work and tells her to reread what she signed; pair with backchannel/neutral mails about her",
    DANIEL, [MARGARET], "Re: Risk appetite matrix", """
Margaret,

We walked through that matrix line by line on 4 November, for almost three hours, and you signed it off the same afternoon. I have the signed PDF in front of me.

Reopening it now because a couple of directors had a feeling over lunch is not how a project with a fixed go-live works. I'd appreciate it if you read the sign-off sheet again before asking my team to redo three weeks of configuration.

Daniel Okafor
Senior Project Manager
""", quote="Daniel, after Monday's board session I'd like to reopen the risk appetite matrix. Several directors feel our unsecured limits are too conservative. Can we walk through it again next week?\n\nMargaret",
    quote_from=MARGARET, quote_style="outlook"))

POS.append(C(["argue"], "zh",
    "argue: rhetorical blame ('合规部是一直没发现，还是发现了没告诉科里？', '需要更新认识的恐怕不是我们')",
    XU, [LUO], "Re: 大额交易报告标准", """
罗科长：

5 万元的现金交易报告标准不是我们系统定的，是人民银行的规定，去年就已经实施了，文件名和条款我上周的邮件里也贴过。

贵社做了这么多年大额报送，门槛改了一年多，合规部是一直没发现，还是发现了没告诉科里？系统没有设置错，需要更新认识的恐怕不是我们。

许诺
""", quote="许经理：大额交易报告为什么单笔5万元以上的现金交易都要报？以前我们只报20万以上的，你们系统是不是设置错了？请尽快核实。\n\n罗斌",
    quote_from=LUO, quote_style="outlook_zh"))

POS.append(C(["argue"], "zh",
    "argue: passive-aggressive '温馨提示' telling the client's ops contact to open attachments, '读文档会' sarcasm",
    LIN, [DING], "Re: 代扣回调怎么配置", """
小川你好～

温馨提示一下：代扣回调的配置步骤在《接口说明 v3.2》第 7 页第二段，截图、示例、常见错误都有，这已经是第四次发给您了。

建议以后收到附件至少点开看一眼呀，这样我们就不用每周二下午固定开一场“读文档会”啦～ 大家的时间都挺宝贵的，您说是吧？

附件再发一次，这次拜托一定点开看看😊

晓雯
"""))

POS.append(C(["argue"], "mixed",
    "argue: code-switched blame of the founder for forwarding 1-star reviews 'like it's our fault', 'if your product team looked at the dashboard...'",
    KELLY, [ARJUN], "Re: another 1-star review", """
Arjun,

我 already 解释过三次了, liveness check 失败不是 SDK 的 bug. Logs 很清楚: 80% 的 failure 是低端安卓机 + 光线太暗, 用户在地铁里举着 2015 年的手机自拍, 任何 vendor 都过不了.

Pls stop forwarding every 1-star review to me like it's our fault. 如果你们 product team 肯花五分钟看一下我们上个月给的 dashboard, 这封邮件根本不用写.

Kelly
""", quote="Kelly - another 1-star review: 'face scan never works, useless app'. That's the 12th this week. What is your SDK doing?? Fix it.\n\nArjun",
    quote_from=ARJUN, quote_style="gt"))

POS.append(C(["argue", "persuade"], "en",
    "argue + persuade: says the MLRO's team doesn't understand fuzzy matching and pressures her to accept the threshold and stop relitigating",
    MARCUS, [GRACE], "Screening threshold", """
Grace,

Frankly, I don't think your team has understood how fuzzy matching actually works, and I'm tired of explaining it in every meeting. 0.85 is where the threshold stays. Anyone who has actually run a screening programme would tell you the same.

I'm not going to keep relitigating this. Please accept it so we can move on to the things that actually matter for go-live.

Marcus
"""))

POS.append(C(["argue"], "zh",
    "argue (traditional): puts the whole delay on the client ('責任完全在貴社') and tells him to stop blaming us in meetings",
    LEUNG, [WU_T], "關於延期責任", """
吳主任：

恕我直言，這次上線延期的責任完全在貴社。測試環境開了三個星期才給我們帳號，脫敏資料又拖了十天，這些時間點郵件裡都寫得清清楚楚。

請不要再在週會上當著社領導的面，把進度問題推到我們頭上。我們的人週末都在加班，聽到那種話，心裡是什麼滋味您可以想像。

梁家豪
""", trad=True))

POS.append(C(["argue"], "zh",
    "argue: sarcastic 'admiration' of the founder's 2 a.m. voice messages and a lecture to think before sending",
    SONG, [FENG], "昨晚的语音", """
冯总：

您凌晨两点到三点半发的十七条语音，我早上六点起来全部听完了。您这精力，我是真心佩服。

总结一下您的意思：首页要改、授信流程要改、利率展示要改，但上线时间不能改。建议您下次先把思路理顺了，打成文字再发，这样我们团队就不用一大早开会猜谜了。

宋佳
"""))

POS.append(C(["argue"], "en",
    "argue: 'which I'm attaching again since it clearly hasn't been opened', 'we are not your QA department'; pair with a polite SOW reminder",
    HANNAH, [BEN], "RE: UAT for loan servicing", """
Ben,

Per the SOW, Section 4.2, which I'm attaching again since it clearly hasn't been opened: UAT execution and sign-off sit with your team. This was on the kickoff slides too. In bold.

We are not your QA department. We built the module; testing whether it fits your members' workflows is your job, and "we assumed" isn't a plan.

Hannah
""", quote="Hannah, we assumed your team would run the UAT scripts for the loan servicing module. Our staff are stretched with year-end. When will UAT be done?\n\nBen",
    quote_from=BEN, quote_style="outlook"))

POS.append(C(["argue"], "zh",
    "argue: meeting recap that lectures the client ('这是行业常识', '别再让我们把第一章从头讲起', '免得以后又说没讲过')",
    GUO, [WU], "反洗钱规则评审会纪要", """
吴主任、邓琳、罗科长：

今天评审会的纪要如下，有几点我得再强调一遍，免得以后又说没讲过：

一、反洗钱监测规则不是越多越好。上了 140 条规则、每天几千条预警，最后没人看，这比没有规则还糟糕，这是行业常识。
二、规则阈值的调整要走变更流程，不是在会上拍脑袋。
三、下次评审之前，请各位至少把我们上周发的规则说明书读一遍，别再让我们把第一章从头讲起。

下周二前请反馈确认意见。

郭振
""", cc=[DENG, LUO], layout="alt"))

# ---------------- refusal (8) ----------------

POS.append(C(["refusal"], "zh",
    "refusal: bureaucratic flat rejection of a new ID-document OCR request, no buffer, no alternative",
    ZHOU, [FENG], "Re: 港澳通行证识别需求", """
冯总：

来函收悉。

所提“港澳居民来往内地通行证 OCR 识别及核验”事项，不属于本合同第三条所列建设内容，项目组不予承接。

请知悉。

周启明
鑫融项目组
""", quote="周经理，我们准备拓展港澳客户，需要App支持港澳居民来往内地通行证的OCR识别和核验，麻烦安排一下。\n\n冯一鸣",
    quote_from=FENG, quote_style="foxmail"))

POS.append(C(["refusal"], "zh",
    "refusal hidden in a friendly weekly update: auto outbound collection calls '我们这边就不接啦，实在弄不了', no buffer",
    LIN, [QIAN], "本周进度+几个小事", """
钱总早上好呀～

周末过得怎么样？听说您去莫干山了，照片一定很美！

本周进度跟您同步一下：
- 授信审批流配置：已完成，今天下午可以在测试环境看到；
- 逾期提醒短信模板：按您上周的意见改好了；
- 您上次说的“逾期客户自动外呼”，这个我们这边就不接啦，实在弄不了，嘿嘿～

其他的都按计划走，有问题随时找我！

晓雯
"""))

POS.append(C(["refusal"], "en",
    "refusal: one item of a list declined with 'off the table' and nothing else",
    MARCUS, [BEN], "Re: Branch team requests", """
Hi Ben,

Thanks for the list.

1, 2 and 4 are fine, we'll slot them into the next sprint.

3 -- that one's off the table.

Marcus
""", quote="Marcus, a few requests from the branch team:\n1. Add member photo to the loan summary screen\n2. Rename 'Hold' status to 'Pending review'\n3. Let officers bulk-edit member risk ratings by uploading a spreadsheet\n4. Show last login date on the member profile\n\nThanks, Ben",
    quote_from=BEN, quote_style="gt"))

POS.append(C(["refusal"], "mixed",
    "refusal: 'no. design 上就不支持, 以后也不会改' to the MLRO's rescreening request; pair with buffered negative on the same request",
    JUN, [GRACE], "Re: login-time rescreening", """
Grace,

Re: 每次 login 都做 real-time PEP rescreening -- no. 这个 design 上就不支持, 以后也不会改.

其他几个 items 我下周一给你 update.

Jun
""", quote="Jun, for the next phase we need real-time PEP and sanctions rescreening of the member every time they log in to the app. Please confirm.\n\nGrace",
    quote_from=GRACE, quote_style="gt"))

POS.append(C(["refusal"], "zh",
    "refusal slipped into a meeting recap: offline loan intake '我方明确不做，本项不再讨论'",
    SONG, [FENG, DING], "11月12日需求沟通会纪要", """
冯总、小川：

今天会议纪要如下，请查收：

一、还款日提醒：改为提前 3 天和 1 天各推送一次，本周内上线。
二、借款合同 PDF：增加电子签章位置，下周二提测。
三、离线进件（信贷员在无网络环境下录入贷款申请）：我方明确不做，本项不再讨论。
四、下次沟通会定在 11 月 19 日下午 3 点。

如纪要有遗漏，请在明天中午前回复。

宋佳
"""))

POS.append(C(["refusal", "argue"], "zh",
    "refusal + argue: curt 'not adding it' to an Excel export request plus a rhetorical jab ('是没记住，还是压根没听？'); ASCII punctuation",
    GUO, [QIAN], "Re: 征信报告导出", """
钱总,

导出 Excel 这个不加.

上个月例会就讲过: 征信报告原文按规定不能落地. 您是没记住, 还是压根没听?

郭振
""", quote="郭经理，征信报告查看页面能不能加一个导出Excel的按钮？风控同事做复盘时需要。\n\n钱蕾",
    quote_from=QIAN, quote_style="outlook_zh"))

POS.append(C(["refusal"], "en",
    "refusal: 'not happening', 'won't be in v2 either' to a localisation request before a pilot, no buffer",
    SOFIA, [ARJUN], "Re: Swahili for the Kenya pilot", """
Arjun -- Swahili for the January pilot: not happening. It's not in v1 and it won't be in v2 either, so best not to promise it to the field officers.

Sofia
""", quote="Sofia, can we get Swahili added to the borrower app before the Kenya pilot in January? Field officers say it would make a big difference.\n\nArjun",
    quote_from=ARJUN))

POS.append(C(["refusal"], "zh",
    "refusal (traditional): mobile mini-program for AML alerts 'we won't do it and won't plan it, stop waiting'",
    TSAI, [DENG_T], "回覆：預警看板小程序版", """
鄧老師您好：

關於您上週提到，想把反洗錢預警看板做成微信小程序，讓主管在手機上也能審核預警一事——這部分我們不會做，之後也不會排進計畫，請貴社不用再等了。

其餘事項照原訂進度進行。

蔡佩珊
""", trad=True))

# ---------------- persuade (6) ----------------

POS.append(C(["persuade"], "zh",
    "persuade: tells the founder to drop the in-house scorecard, pressure via deadline and investors; pair with a choice-leaving negative",
    TANG, [FENG], "评分卡方案", """
冯总：

自建评分卡这条路，您真的可以放下了。我们做过十几家小贷公司，没有一家自建成功的，最后都回头用了标准模型。您团队现在连一个全职的数据分析师都没有，硬要自建只会拖死项目。

就用我们的标准评分卡，下周一签确认单。再犹豫的话，12 月的上线日期我保不住，投资人那边恐怕只能您自己去解释了。

唐一帆
"""))

POS.append(C(["persuade"], "en",
    "persuade: authority stacking (CTO, security lead, adviser) and urging the CRO to let her on-prem view go",
    HANNAH, [MARGARET], "KYC data hosting", """
Hi Margaret,

I've run the hosting question past our CTO, our security lead and an external compliance adviser, and all three land in the same place: the cloud-hosted KYC vault is the way forward. Keeping identity documents on-prem simply isn't a realistic position for an organisation of Kopa's size in 2026.

I know your team has put a lot into the on-prem proposal, but I'd strongly urge you to let it go so we can close this out on Friday. Every week we spend on this is a week of build time we won't get back, and I'd hate for the pilot to slip because of it.

Best,
Hannah
"""))

POS.append(C(["persuade", "refusal"], "zh",
    "persuade + refusal: flat 'we won't integrate dual recording' plus '贵社根本用不上…这件事您就放一放吧'",
    XU, [LUO], "Re: 双录系统对接", """
罗科长：

双录系统对接这个我们不做。

说句实在话，贵社根本用不上这个。现在的面签拍照加电子签名已经够用了，检查时也没人查到这一层。这件事您就放一放吧，按我们现在的方案走，对大家都省事。

许诺
""", quote="许经理：联社要求贷款面签环节接入双录系统（录音录像），能否在本期对接？\n\n罗斌",
    quote_from=LUO, quote_style="gt_zh"))

POS.append(C(["persuade"], "mixed",
    "persuade: '没什么好 debate 的, 用我们的', refuses to discuss alternatives, deadline pressure",
    VINCENT, [ARJUN], "Rule engine decision", """
Arjun,

说真的, rule engine 这件事没什么好 debate 的, 用我们的. 自己写 if-else 的 credit rules 我见过太多次了, 三个月后没人敢动, 六个月后出事.

我不想再讨论 alternatives 了, 周三前给我一个 yes 就好, 不然 Jan pilot 的 timeline 我没法保证.

Vincent
"""))

POS.append(C(["persuade"], "zh",
    "persuade: soft-sounding pressure on the head of compliance to drop manual review, threatens his department's appraisal, proceeds anyway",
    SONG, [WU], "人工复核界面的事", """
吴主任：

我理解您想保留人工复核界面的考虑，但您想想，全社上下真正会每天去点开那个界面的人有几个？还是按我们的全自动化方案来吧，这样对大家都好。

您要是一直卡着这个不放，项目只会越拖越久，年底考核受影响的也是合规部。您再考虑考虑，我这边就先按自动化方案往下推了。

宋佳
""", layout="html"))

POS.append(C(["persuade"], "en",
    "persuade: 'A is the option you'll regret', regulator fear, 'just sign off on B', no room for the client's view",
    SOFIA, [GRACE], "RE: Screening options A vs B", """
Grace,

Because A is the option you'll regret. It looks cheaper on paper, but you would be the one sitting in front of the regulator explaining why your false-negative rate doubled. I don't think you want that conversation, and honestly neither does your board.

I'd rather not have this debate again next week. Please just sign off on B by Thursday.

Sofia
""", quote="Sofia, I've read the two screening options. Option A is roughly 30% cheaper. Why shouldn't we go with A?\n\nGrace",
    quote_from=GRACE, quote_style="outlook"))

# ---------------- ramble (4) ----------------

POS.append(C(["ramble"], "zh",
    "ramble: one line (test key for the disbursement account by Wednesday) buried in ~700 characters of travel, cat, running and coffee chatter",
    HAN, [FENG], "近况 & 一个小事", """
冯总好！

好久没给您写长邮件了，借这个机会多聊几句。

上周我终于请了年假，跟两个大学室友去了趟大理。我们租了辆电动车沿着洱海骑了一整圈，早上出发的时候海面上全是雾，骑到双廊太阳才出来，那一瞬间真觉得这一年的加班都值了。中午在喜洲古镇吃了破酥粑粑和乳扇，乳扇烤得焦焦的，蘸一点玫瑰糖，我一口气吃了三根，室友说我像是饿了一年。晚上住在才村的一家民宿，老板是从上海辞职过去的程序员，养了两条金毛，一条叫“回滚”一条叫“发布”，笑得我不行。他说他现在最大的烦恼是洱海边网速太慢，远程帮朋友改代码的时候经常掉线。

回来之后发现我家的猫胖了整整一斤，估计是我妈趁我不在天天给它加餐。现在它每天早上五点准时踩我的脸要吃的，闹钟都省了。前两天它还把我放在桌上的耳机线咬断了，我只好又买了一副，顺便给它买了个逗猫棒，希望它能把精力花在正经地方。我最近还在练半马，计划明年三月去跑无锡，配速还在六分半左右徘徊，教练说我核心力量太差，让我每天平板支撑三分钟，目前只能坚持一分四十秒。

对了，放款账户的测试密钥麻烦下周三前给一下，我们联调要用。

说到跑步，公司楼下新开了一家咖啡馆，老板是个退役的长跑运动员，墙上挂满了他的比赛号码布。他家的手冲耶加雪菲特别好喝，有花香，下次您来我们这边开会，我一定请您去尝尝。我还打算周末去学拉花，据说第一节课只教心形，但我估计我连心形都拉不出来。

另外最近在追一部讲民国银行家的电视剧，里面钱庄、票号、挤兑的情节拍得挺有意思，虽然和我们做的事情隔了一百年，看着还是挺有代入感。我妈看了两集也迷上了，每天晚上准时守着，还说剧里那个账房先生长得像我小舅舅，结果全家人围着手机比对了半天，最后一致认定只有眉毛像。您要是有空也可以看看，周末放松一下。

天气越来越冷了，您注意身体，别太累！

韩露
"""))

POS.append(C(["ramble"], "zh",
    "ramble: one line (AML watch-list sample data by Friday) buried in tea, local history, a child's exams and fishing",
    ZHOU, [LUO], "近况，顺带一件小事", """
罗科长：

见信好。上次去联社开会，您泡的那壶白茶我到现在还惦记着。回来查了一下，说是放了五六年的老寿眉，难怪有股枣香。我托福鼎的朋友也买了一饼，可惜泡出来总觉得差点意思，估计是水的问题，也可能是我泡得太急。您要是方便，下次教教我怎么控制水温。

那天会后您带我们在老街上走了走，讲澄江码头当年的故事，我印象特别深。原来清末的时候这里是整个府里最大的米市，江上一天能停几百条船，街口那座石牌坊就是当年米行商会捐建的。我回家跟孩子讲了，他还上网查了半天，说要写进他的研学报告里。

说到孩子，他今年初三，马上要中考了，我和他妈妈最近都挺焦虑。数学还行，语文作文老是跑题，老师说他写东西喜欢想到哪写到哪，抓不住中心。我一听，这不就是我写周报的毛病吗，遗传得真彻底。

麻烦科里周五前把反洗钱名单样例数据发过来，我们好准备下周的比对测试。

另外，您上次说退休后想去水库边钓鱼，我最近也入了坑，周末去了两趟城郊的水库，第一次空军，第二次钓了三条小鲫鱼，放生了两条，剩下一条太小，也放了。旁边一位老大爷一上午钓了七八斤，还教我换了个钓点和饵料配方，说是加一点酒米效果好。我还买了一根五米四的竿，被我爱人念叨了好几天。

上个月我还报了个书法班，每周六上午去少年宫，跟一群小学生坐在一起练颜体。老师说我的横画写得像赶火车，一点都不沉稳，让我每天在旧报纸上练二十分钟。我爱人说这是中年危机的典型症状，先是钓鱼，再是书法，下一步大概就是盘核桃了。我不服气，准备春节写几副春联送亲戚，到时候也给您寄一副，写得不好您就当个笑话。

最近降温厉害，早晚温差大，您和家人多注意保暖。等项目上线后，有机会一起去钓一次。

周启明
""", charset="gb18030"))

POS.append(C(["ramble"], "en",
    "ramble: one line (confirm the UAT kickoff week by Friday) buried in ~450 words about snow, a science fair, a podcast, hockey and holidays",
    DANIEL, [BEN], "Catching up", """
Hi Ben,

Hope you and the family made it through the storm in one piece! We got almost forty centimetres here over the weekend, and my neighbour's teenage son charged me twenty dollars to dig out the driveway, which I considered a bargain until I realised he'd only cleared a strip wide enough for a bicycle. I finished the rest myself on Sunday morning with a coffee in one hand and a shovel in the other, which I don't recommend.

The big news in our house is the science fair. My daughter decided, entirely on her own, that her project would be "Which brand of paper towel is the most absorbent?" We now own eleven brands of paper towel. The kitchen looked like a laboratory for a week, there were spreadsheets taped to the fridge, and she insisted on three trials per brand "for statistical reasons", which is more rigour than I've seen in some vendor proposals. She came second in her grade, and the winner built a working model of a hydroelectric dam, so honestly no shame there.

I also finally started the podcast you recommended back in September, the one about the history of lending. I'm on episode six, the medieval Italian banking families, and I had no idea that the word "bankrupt" might come from a broken bench. I've been annoying everyone at dinner with facts about letters of credit. My wife has asked me to stop.

Hockey-wise, I know you won't want to talk about Saturday's game, so I'll just say I was there, it was cold, the hot dogs were overpriced, and the third period was a disappointment for all of us. Maybe next season. My son has started playing in the under-nine league, and the coaching mostly consists of getting fourteen small children to skate in roughly the same direction. I help with the skates and the snacks.

Could you confirm by Friday whether the week of the 16th works for the UAT kickoff?

On a totally different note, we're thinking about a trip to the coast in the spring, and I remember you mentioned a little town with a lighthouse and a seafood place your parents used to take you to. If you can remember the name, send it over. My wife is already planning the itinerary and she'd love a recommendation from someone who actually knows the area.

Anyway, I'll let you get back to your day. Stay warm, and say hi to Claire for me.

Cheers,
Daniel
"""))

POS.append(C(["ramble"], "mixed",
    "ramble: one line (production webhook URL by Thursday) buried in code-switched chatter about Bali, surfing, coffee, startup gossip, the gym and a corgi",
    KELLY, [ARJUN], "Back from Bali!", """
Hi Arjun,

终于从 Bali 回来了! 这次在 Canggu 待了十天, 本来说好是 "workation", 结果 work 部分基本为零 haha. 每天早上六点起来去上 surf lesson, 教练是个澳洲大叔, 说我是他教过 balance 最差的学生, 第三天才第一次站起来, 站了大概两秒就摔进海里了. 但是那两秒真的很爽, 我现在终于理解为什么那么多 founder 跑去那边 remote 了.

Canggu 的咖啡也太好喝了, 几乎每条小路上都有一家 specialty coffee. 我最喜欢的一家叫 "Slow Pour", 他们的 cold brew 用的是 Kintamani 本地的豆子, 有一点柑橘味, 配上他们家的香蕉面包简直完美. 我还带了两包豆子回来, 下次你来上海我请你喝.

在那边还遇到好几个做 fintech 的人. 有一个做 crypto remittance 的 founder 跟我聊了一整晚, 说他们准备做 Indonesia 到 Philippines 的跨境汇款, 估值已经吹到很夸张了. 我听完只觉得大家在 Bali 讲 pitch 都特别有感染力, 可能是因为 sunset 太好看. 还有个前同事现在在做 AI 记账 app, 刚融了一轮 seed, 整个团队都住在 Ubud 的一个 co-living 里, 每天下午一起做 yoga, 晚上一起写 code, 听起来像大学宿舍.

btw 记得周四前把 production 的 webhook URL 发我.

回来以后最大的问题是 jet lag, 每天凌晨四点就醒. 加上我的 gym membership 快过期了, 教练一直在微信上催我续费, 说我这个月才去了一次. 我跟他说在 Bali 冲浪也算 cardio, 他不接受. 所以我决定下周开始每天早上先去游泳, 至少坚持一个月再说, 游完还能顺路买个早餐, 感觉很健康. 最近还在追 Netflix 那部讲 heist 的新剧, 第三集的反转真的完全没想到, 你看了吗? 如果还没看千万别去搜 spoiler, 网上已经到处都是了.

另外你上次说想养狗, 决定了吗? 我朋友家的柯基刚生了一窝, 一共五只, 有两只是三色的, 特别可爱, 小短腿走起路来一扭一扭的, 我每次看视频都要笑半天. 如果你有兴趣我可以帮你问问. 虽然我知道你每个月一半时间在飞, 可能不太现实 lol. 要不先从养猫开始? 猫比较独立, 出差的时候找人上门喂一下就行.

Anyway, 有空约个 coffee 聊聊!

Kelly
"""))

# =============================================================================================
# HARD NEGATIVES
# =============================================================================================

# ---------------- look like backchannel, but are not (16) ----------------

NEG.append(C([], "zh",
    "negative (backchannel look-alike): internal mail about the CRO's threshold changes, explains her board pressure and plans a face-to-face talk",
    ZHOU, [SUNHAO], "钱总那边的阈值调整", """
孙浩：

跟你说一下钱总那边的情况。M1 阈值这个月已经调了三次，我知道大家改得有点累。不过我了解了一下，她每次调整前都刚开过董事会，不良率这个指标上面盯得很紧，她压力确实很大。

我明天上午去她办公室当面聊，带上这三次调整前后的通过率和逾期数据，建议双方定一个“参数冻结期”，比如每月只在第一周统一调整一次。这样她那边有节奏，我们这边也好安排回归测试。

你这两天先不用动生产配置，测试环境可以先按 600 配好。

启明
"""))

NEG.append(C([], "en",
    "negative (backchannel look-alike): neutral heads-up that the CRO will push hard, with empathy for her board pressure and a plan",
    HANNAH, [DANIEL], "Thursday with Margaret", """
Daniel,

Before Thursday: Margaret is likely to push hard on the risk appetite matrix again. She's been under a lot of scrutiny from her board since the audit findings, so I don't read it as a lack of trust in us.

Let's come prepared rather than defensive: the signed matrix, a one-page summary of what each change would cost in time, and the back-test numbers for the unsecured limits. If she still wants to reopen it, we treat it as a change request and let her decide with the cost in front of her.

Thanks,
Hannah
"""))

NEG.append(C([], "zh",
    "negative (backchannel look-alike): internal praise of the client's AML officer, uses the nickname C行 and 必须 as emphasis",
    LIN, [SUNHAO, FANGMEI], "必须夸一下C行的邓琳", """
孙浩、方美：

今天必须夸一下C行的邓琳老师。她这两周利用晚上时间，把 1200 条历史可疑交易样本逐条做了标注，还附上了判断依据。我们用这批样本重新跑了一遍模型，召回率从 71% 提到了 83%。

这种质量的标注数据，在我们做过的项目里是第一次见。我准备在周报里单独致谢，也想请你们在下周例会上当面跟她说一声谢谢。

晓雯
"""))

NEG.append(C([], "zh",
    "negative (backchannel look-alike): frustration with the credit bureau's front-end server and hotline (又双叒叕, 醉了), client treated with respect",
    XU, [SUNHAO], "征信前置机又掉线了", """
孙浩：

征信报送的前置机又双叒叕掉线了，今天第三次。征信中心的客服电话我打了一上午，要么占线要么转人工后没人接，真的醉了。

大家先别手动重试报送任务，重复报送会被打回。我已经在他们的服务平台上提了工单（编号后面补上），下午再打一轮电话。

罗科长那边我也提前打了招呼，说明是征信中心端的问题，他表示理解，让我们有进展就同步。

许诺
"""))

NEG.append(C([], "mixed",
    "negative (backchannel look-alike): annoyed at the OCR vendor's fake status page; the client is mentioned only with consideration",
    VINCENT, [DACHUAN], "OCR vendor sandbox down again", """
大川,

OCR vendor 的 sandbox 这周第三次挂了, 他们的 status page 还一直显示 "All systems operational", 简直是 fiction 😑. 我已经找他们的 account manager escalate 了, 要求今天给 RCA.

这期间你先把 OCR 的 response mock 掉, 别让 Ben 他们的测试卡住. Ben 昨天还专门问了进度, 他们年底很忙, 我们尽量别拖他们.

Vincent
"""))

NEG.append(C([], "zh",
    "negative (backchannel look-alike): self-deprecation ('锅在我', '脑子落在高铁上'); the founder was phoned and apologised to",
    HAN, [SUNHAO], "昨天联调失败的原因", """
孙浩、陈总：

昨天代扣联调失败，锅在我。我在配置单里把生产和测试的回调地址贴反了，核对的时候也没看出来，脑子估计落在高铁上了。

已经做了三件事：
1. 配置已改正，今天上午 10 点重新联调，通过；
2. 给冯总打了电话说明情况并道歉，他说没关系，只要今天能通就行；
3. 配置单加了一栏“双人复核”，以后这种低级错误不会再出。

韩露
""", cc=[CHENLI]))

NEG.append(C([], "mixed",
    "negative (backchannel look-alike): colleague nicknamed 大锤 teased about his batch job; the client's question called reasonable",
    JUN, [DACHUAN], "nightly batch", """
大锤,

你那个 nightly screening batch 又把 CPU 打满了 haha, 监控群里一片红. 别慌, 先 kill 掉, 明早我们一起看 log, 估计还是 name normalisation 那一步没加 index.

另外 Grace 那边问的 false positive rate 我来回复. 她的问题很合理: 上周的 hit 里有四成是同一批常见姓氏, 我们确实应该给她一份分析.

Jun
"""))

NEG.append(C([], "zh",
    "negative (backchannel look-alike): the founder's angry message quoted in a forward; PM's own text is empathetic and plans a call",
    ZHOU, [SUNHAO, HAN], "Fw: 放款失败率", """
各位：

转一下冯总刚才的消息。话说得比较重，但他的核心诉求很清楚：放款失败率太高，已经影响到他的客户体验和口碑。换做是我们，也会着急。

下午两点开个短会：孙浩把最近三天的失败单按错误码分一下类，韩露联系支付通道确认是否有限流。我四点前给冯总打电话，先说明已知原因和今晚的处理计划，明早再发书面说明。

启明
""", quote="你们这帮人是不是在糊弄我？放款失败率百分之八，我的客户电话都打爆了！今天必须给我个说法！",
    quote_from=FENG, quote_style="foxmail"))

NEG.append(C([], "zh",
    "negative (backchannel look-alike): sympathy for the client's head of compliance working late during an inspection; asks the team to hurry",
    SONG, [SUNHAO, FANGMEI], "吴主任那边的材料今天要齐", """
孙浩、方美：

吴主任这周在陪监管现场检查，连着几天加班，听说昨天凌晨一点多才离开联社。他早上还抽空回了我们的邮件，把需要补的几份材料列得很清楚。

我们这边的系统操作手册和权限清单，请今天下班前务必给我，我统一整理后发给他。别让他在这种时候还要等我们。

宋佳
"""))

NEG.append(C([], "en",
    "negative (backchannel look-alike): internal note on the client's wrong-file upload, framed as an easy mistake, fix on our side, call not gotcha",
    MARCUS, [TOM], "Why 300 'new' alerts", """
Tom,

Found it. Ben's team uploaded October's member file instead of November's, so the AML batch treated about 300 existing members as new accounts and flagged them for onboarding checks.

Easy mistake to make: the two file names differ by one digit and our upload screen doesn't show the period. I'd like us to add a simple check that compares the file date with the run date and warns before processing.

I'll call Ben this afternoon rather than email, so it comes across as a heads-up and not a gotcha. Could you clear the 300 alerts in the test queue once he confirms?

Marcus
"""))

NEG.append(C([], "zh",
    "negative (backchannel look-alike): jokes about our own team and the PM's own contradictory spec ('最大的风险点是我本人')",
    XU, [FANGMEI, JIAOZI], "本月最会找茬奖", """
测试组各位：

恭喜各位喜提本月“最会找茬奖”🏆：反洗钱规则引擎一共挑出 23 个 bug，其中 4 个是我写的需求文档自相矛盾。事实证明，我们组最大的风险点是我本人。

奖品是楼下的奶茶，我请，周五下午三点集合。另外，鉴于我的文档质量，以后需求评审请大家下手再狠一点。

许诺
"""))

NEG.append(C([], "zh",
    "negative (backchannel look-alike): grumbles about the typhoon ('这破天气') in an incident note; the client is described as understanding",
    TANG, [CHENLI], "台风导致机房断电情况说明", """
陈总：

昨晚台风把机房所在园区的市电打断了，UPS 撑了 40 分钟，之后测试环境全部下线。这破天气真是要命，一年来两次。

影响范围：仅测试环境，生产环境在异地机房，未受影响。今早 7 点恢复供电，8 点半所有服务已拉起并完成冒烟测试。

罗科长那边我第一时间打了电话说明，他很理解，只问了本周 UAT 是否受影响。我的判断是损失半天，周五前可以追回来。

唐一帆
""", layout="alt"))

NEG.append(C([], "mixed",
    "negative (backchannel look-alike): neutral warning that the founder is demanding and detail-oriented, credits his earlier catch",
    KELLY, [DACHUAN], "Friday demo prep", """
大川,

周五 demo 之前提醒一下: Arjun 是那种很 detail-oriented 的 founder, 每个 screen 他都会自己点一遍, 会一直问 "why". 他要求高, 但出发点都是用户, 上次他指出的 repayment reminder 时区问题确实是我们漏了.

建议 demo 前我们把 edge cases 过一遍, 特别是还款失败, 部分还款, 跨月 due date 这几个 flow. 周四下午我们 dry run 一次?

Kelly
"""))

NEG.append(C([], "en",
    "negative (backchannel look-alike): internal forward of the MLRO's harsh words ('a joke'), PM says she has a point and plans a fix",
    SOFIA, [MARCUS, MEERA], "FW: Screening results", """
Marcus, Meera,

Forwarding Grace's note below. The wording is blunt, but she has a point: 40% of last week's hits were on the same handful of very common names, and we haven't tuned the secondary identifiers (date of birth, nationality) at all.

Can we get together tomorrow morning and draft a tuning proposal? I'd like to send her something concrete by Friday: what we'll change, what it does to the false-positive rate on last month's data, and what it doesn't change, so she can judge the risk.

Sofia
""", quote="Sofia, frankly your screening results are a joke. My analysts spent the whole of Monday clearing hits on people called 'Mohamed Ali'. Fix this or we'll have to reconsider.\n\nGrace",
    quote_from=GRACE, quote_style="gt"))

NEG.append(C([], "zh",
    "negative (backchannel look-alike): a colleague's quoted rant about the client (少爷, 闲得没事干); the PM reframes it constructively",
    TANG, [SUNHAO], "Re: 首页又改了", """
孙浩：

理解你的郁闷，一天三版确实折腾人。不过我们换个角度看：他每次改动，其实都在追同一个问题——新用户在首页的流失率太高，他手里那个数据确实难看。

我明天约他当面聊，把首页改动统一成每周一次评审，他的想法先进需求池，评审会上一起过。另外我们也可以主动给他看看埋点数据，让讨论有依据。

这周先按周二那一版做，其他的等评审。

一帆
""", quote="唐哥，那个少爷又改首页了，一天三个版本，我真的要疯了，这人是不是闲得没事干？\n\n孙浩",
    quote_from=SUNHAO, quote_style="gt_zh"))

NEG.append(C([], "zh",
    "negative (backchannel look-alike): internal instruction with the founder deliberately in Cc, says his worry was right and owns the oversight",
    HAN, [SUNHAO], "短信验证码延迟问题（抄送冯总）", """
孙浩：

抄送冯总，方便他直接了解进度。

冯总昨天提到的担心是对的：晚上 8 点到 10 点的借款高峰期，短信验证码平均延迟 40 秒以上，有一部分用户等不及就退出了。我们之前只看了白天的数据，这是我们的疏漏。

请你今天排查一下：
1. 验证码发送是否只走了单一通道；
2. 能否在高峰期自动切换到备用通道。

冯总，明天中午前我们把排查结果和修复时间发给您。

韩露
""", cc=[FENG]))

# ---------------- look like argue / refusal / persuade, but are firm-and-polite or buffered (12) ----------------

NEG.append(C([], "zh",
    "negative (refusal look-alike): '这一版排不进去' with CR number, review date and an interim workaround; client asked to confirm",
    SONG, [QIAN], "关于逾期客户自动外呼", """
钱总：

关于您提出的“逾期客户自动外呼”，这一版确实排不进去：外呼涉及第三方语音平台的接入和录音留存的合规审查，工作量大约 25 人天，会直接影响 12 月 8 日的上线。

我们已把它登记为变更单 CR-2026-031，11 月 20 日的变更评审会上会给出完整评估（工期、费用、合规要点）。在此之前，如果您那边催收压力比较大，我们可以先把逾期短信提醒的频次从每周一次调整到每三天一次，明天就能生效。

您看这样安排是否可以？

宋佳
"""))

NEG.append(C([], "en",
    "negative (refusal look-alike): 'a hard no for December 1' followed by two concrete alternatives, client chooses",
    DANIEL, [MARGARET], "RE: Biometric re-verification", """
Margaret,

For December 1 specifically, that's a hard no from me. Not because of the feature, but because squeezing it in would mean shipping without the audit trail your examiners asked for in October, and I don't want to put you in that position.

Two ways we can do it:
- ship re-verification in a 15 December point release, fully tested, with the audit trail; or
- turn on manual re-verification by branch staff for loans above $5,000 from December 1, and switch to the biometric flow on the 15th.

Either works for us. Let me know which one the board prefers and I'll update the plan the same day.

Daniel
""", quote="Daniel, the board wants biometric re-verification for all loans above $5,000 included in the December 1 release. Can you confirm?\n\nMargaret",
    quote_from=MARGARET, quote_style="outlook"))

NEG.append(C([], "zh",
    "negative (refusal look-alike, traditional): a payment cut is beyond the PM's authority, escalated to the delivery director with a date",
    TSAI, [WU_T], "回覆：第二期款項", """
吳主任您好：

謝謝您直接提出來。付款金額的調整超出我個人能決定的範圍，我已經把您的來信和延期的時間線一併轉給我們的交付總監陳立先生。

陳總會在本週四之前直接和您聯繫，約時間當面談。在這之前，第二期的驗收工作我們照常配合，不會因此耽誤。

蔡佩珊
""", trad=True, quote="蔡經理：合同第二期款項，我社希望能下調百分之十五，理由是上線延期。請回覆。\n\n吳建華",
    quote_from=WU_T, quote_style="gt_zh"))

NEG.append(C([], "zh",
    "negative (argue look-alike): firm but polite timeline of the client's late hand-overs, '不是为了追究哪一方', proposes a new date and a meeting",
    ZHOU, [WU], "关于上线时间调整的说明", """
吴主任：

关于上线时间，我们把几个关键节点整理如下，供您参考：

- 10 月 8 日：测试环境账号开通（原计划 9 月 17 日）；
- 10 月 25 日：脱敏数据到位（原计划 10 月 15 日）；
- 11 月 3 日至今：联调测试，目前完成 78%。

按以上节点推算，原定 11 月 15 日上线确实无法达成。我们建议调整到 11 月 29 日，中间留出一周做 UAT 和监管报送验证。

这份梳理不是为了追究哪一方，前期有些环节我们也可以推得更积极一些。只是希望双方依据同一份时间线来重新排期。您看本周能否约半小时当面过一下？

周启明
"""))

NEG.append(C([], "en",
    "negative (argue look-alike): 'As I mentioned on Tuesday's call' as follow-through on a promise, delivers the file",
    SOFIA, [GRACE], "RE: STR export format", """
Hi Grace,

As I mentioned on Tuesday's call, I'd confirm the STR export format by today, so here it is.

The export follows the regulator's XML schema, version 2.1. Each report carries the case ID, subject details, transaction list and the analyst's narrative. I've attached a sample built from test data so your team can run it through the regulator's validator before the window opens.

If anything fails validation, send me the error file and we'll turn it around within one working day.

Best,
Sofia
""", quote="Sofia, any update on the STR export format? Our regulator submission window opens next week.\n\nGrace",
    quote_from=GRACE))

NEG.append(C([], "zh",
    "negative (refusal look-alike): '并不是做不了' with the risk explained and a staged alternative, client asked",
    LIN, [QIAN], "Re: 多头查询接入审批", """
钱总您好：

这个并不是做不了。只是如果这周强行加进审批流程，多头查询接口还没做压测，回归测试也覆盖不到，上线后万一接口超时，会把整个审批流卡住，风险比较大。

我们可以这样安排：
1. 本周先在后台做“静默调用”，只记录查询结果、不参与审批决策，用真实流量观察接口表现；
2. 下周三根据数据，再正式接入审批规则。

这样您下周就能看到多头数据，审批流也不冒风险。您觉得可以吗？

晓雯
""", quote="晓雯，多头借贷查询能不能这周就加进审批流程？风控这边等着用。\n\n钱蕾",
    quote_from=QIAN, quote_style="gt_zh"))

NEG.append(C([], "mixed",
    "negative (refusal look-alike): same request as a refusal positive, answered with 'I'm not saying no', cost reasons and two options for the client to decide",
    JUN, [GRACE], "Re: login-time rescreening", """
Grace,

关于每次 login 都做 real-time rescreening, 我不是说 no. 只是在现在的 architecture 下, 每次登录都 call screening API, 按你们的 DAU 估算每月会多出大约 40 万次调用, cost 和 latency 都会明显上升.

我们整理了两个 options:
A. 名单库一有更新, 就对全量会员做 delta rescreening, 通常几分钟内完成;
B. 只对 high-risk 会员做 login-time rescreening, 其他会员走 A.

两个方案的 cost 和 coverage 对比我周四前发你, 你和 compliance team 看完再决定.

Jun
""", quote="Jun, for the next phase we need real-time PEP and sanctions rescreening of the member every time they log in to the app. Please confirm.\n\nGrace",
    quote_from=GRACE, quote_style="gt"))

NEG.append(C([], "zh",
    "negative (persuade look-alike): '按我们的经验' recommends one scorecard path but lays out both and '最终由您来定'",
    TANG, [FENG], "评分卡方案的两个选择", """
冯总：

关于评分卡，我们整理了两条路，供您和团队参考：

一是采用我们的标准评分卡，四周可以上线，后续按您的数据逐步校准；
二是您团队自建，我们提供建模框架和两周的驻场支持，上线时间大约推迟六周。

按我们的经验，第一种更稳一些，尤其是在前期样本不多的情况下。但您团队对自己客群的理解比我们深，如果更看重长期的自主能力，第二种也完全可行。两种方案的工期和费用对比在附件里，最终由您来定。

唐一帆
""", layout="html"))

NEG.append(C([], "en",
    "negative (argue look-alike): cites the SOW section firmly but politely and offers a tester on site or a moved UAT window",
    HANNAH, [BEN], "RE: UAT for loan servicing", """
Hi Ben,

Thanks for being upfront about the year-end crunch. Under Section 4.2 of the SOW, UAT execution and sign-off sit with your team, mainly because your staff are the ones who know whether the screens fit how your branches actually work.

I know that's a heavy lift right now, so here's what we can offer: one of our testers on site for two days to help prepare the scripts and walk your staff through the first round. If the timing still doesn't work, we can also look at moving the UAT window by a week.

Let me know which helps more.

Hannah
""", quote="Hannah, we assumed your team would run the UAT scripts for the loan servicing module. Our staff are stretched with year-end. When will UAT be done?\n\nBen",
    quote_from=BEN, quote_style="outlook"))

NEG.append(C([], "zh",
    "negative (argue look-alike): angry founder quoted ('到底行不行'); PM takes the blame ('并不是您那边的问题'), explains and offers help",
    XU, [FENG], "Re: 放款又卡了", """
冯总：

非常抱歉。今天上午放款卡住半小时，并不是您那边的问题，是我们的批量任务和实时放款抢占了同一个数据库连接池。

目前已经做了临时处理：把批量任务挪到凌晨执行，上午 11 点后放款恢复正常。根本的修复（拆分连接池）今晚上线，明天上午我发一份完整的事故说明给您。

让您在投资人面前难堪，我很过意不去。如果需要，我可以陪您一起给投资人做一次技术说明。

许诺
""", quote="你们到底行不行？放款又卡了半小时，我在投资人面前丢尽了脸！\n\n冯一鸣",
    quote_from=FENG, quote_style="outlook_zh"))

NEG.append(C([], "zh",
    "negative (refusal look-alike): same dual-recording request as a positive, logged as CR-117 with an assessment date and an interim workaround",
    HAN, [LUO], "Re: 双录系统对接", """
罗科长：

收到。双录对接我们已经登记为变更单 CR-117。

这个需求需要先跟双录系统的供应商确认接口规范和录像文件的存储方式，我们预计下周二前给您一份书面评估，包括工期、费用和对本期上线的影响。

如果联社在本期验收前就需要满足监管要求，过渡期间可以先由客户经理用现有的记录仪录制，系统里增加一个“双录文件编号”字段做关联，这个改动两天内可以完成。您看是否可行？

韩露
""", quote="韩经理：联社要求贷款面签环节接入双录系统（录音录像），能否在本期对接？\n\n罗斌",
    quote_from=LUO, quote_style="foxmail"))

NEG.append(C([], "en",
    "negative (persuade look-alike): recommends keeping 0.85 with evidence but 'it's your risk appetite and your call', offers to switch and monitor",
    MARCUS, [GRACE], "RE: Fuzzy match threshold", """
Hi Grace,

That's a fair worry, and it's the right question to be asking before go-live.

Our recommendation is to keep 0.85, for the reasons in the attached back-test: on last quarter's data, 0.80 found no additional true matches but roughly tripled the alert volume. That said, it's your risk appetite and your call. If you'd prefer 0.80, it's a configuration change. We can switch it tomorrow and report the alert volumes to you weekly for a month, so you can decide whether to keep it.

Marcus
""", quote="Marcus, we'd like to drop the fuzzy match threshold to 0.80. My team is worried we're missing true matches.\n\nGrace",
    quote_from=GRACE, quote_style="gt"))

# ---------------- other hard-negative types (12) ----------------

NEG.append(C([], "zh",
    "negative (risky words as domain terms): 拒绝率 / 拒贷 / 必须 in a loan-decision data analysis",
    TANG, [QIAN], "10月审批数据分析", """
钱总：

10 月份审批数据的简要分析如下：

1. 风控引擎整体拒绝率 37%，比 9 月上升 4 个百分点；
2. 拒绝原因中，“多头借贷”规则命中占 52%，“设备指纹异常”占 18%；
3. 被拒绝的申请中，约 6% 在 7 天内换设备重新申请，这部分建议您关注，有团伙欺诈的可能。

另外，按监管要求，所有拒贷决定都必须能给出原因码，目前系统已满足。明细表见附件，有需要我们可以约时间过一遍。

唐一帆
"""))

NEG.append(C([], "zh",
    "negative (risky words in another sense): '理论上不可能被扣两次', 唯一索引, 拒绝 as an idempotency rejection",
    ZHOU, [FENG], "关于重复扣款的疑问", """
冯总：

关于您问的“会不会出现同一笔还款被扣两次”，说明如下：

理论上这是不可能发生的。每一笔代扣请求都带有唯一的幂等键（还款计划编号 + 期次），支付通道收到重复的键会直接拒绝，数据库里这个字段也建了唯一索引。

昨天用户反映的“扣了两次”，核实后是两期账单在同一天到期、金额相同，看起来像重复。我们已经在还款记录页面加上期次显示，避免再引起误会。

周启明
""", charset="gbk"))

NEG.append(C([], "mixed",
    "negative (risky words as technical terms): 必须 restart the screening service, system will reject malformed rows; ops instructions",
    VINCENT, [LUO], "制裁名单更新操作说明", """
罗科长,

新版 sanctions list 导入后, 必须 restart screening service 才会生效, 这是我们 cache 的设计, 不是 bug. 具体步骤:

1. 在管理后台上传名单文件 (系统会 reject 格式不对的行, 并生成 error report);
2. 检查 error report, 确认无误;
3. restart screening-svc, 大约 2 分钟;
4. 用测试名字 "TEST SUBJECT" 跑一次 screening, 确认能命中.

下个版本我们会改成 hot reload, 就不用 restart 了.

Vincent
"""))

NEG.append(C([], "zh",
    "negative (risky phrase only in the signature motto / disclaimer: 做不了, 不得转发)",
    LIN, [DING], "还款提醒模板已更新", """
小川你好：

还款提醒短信模板已按你们昨天的意见更新：
- 提前 3 天提醒，加上了应还金额和还款日；
- 逾期第 1 天提醒，语气改得更柔和，去掉了“将影响征信”的字样，换成了客服电话。

测试环境已生效，你可以用测试账号 138****0001 体验一下。有问题随时说～

晓雯
--
林晓雯 | 项目经理
“做不了的事别轻易答应，答应了的事一定做到。”
本邮件可能包含保密信息，未经许可不得转发。
"""))

NEG.append(C([], "zh",
    "negative (traditional): the client's threat to switch vendors is only in the quote; PM replies politely with analysis and a visit",
    LEUNG, [WU_T], "回覆：預警量太大", """
吳主任：

收到您的意見。預警量過大確實讓貴社同事的工作壓力很重，這是我們需要優先解決的問題。

初步分析，兩千多條預警中約七成來自「短期內頻繁小額轉帳」這一條規則，門檻沿用的是城市商業銀行的標準，對農村信用社的客群並不合適。我們建議：
一、本週內按貴社近三個月的交易資料重新校準該規則；
二、下週起每天提供一份預警分佈簡報，方便您掌握變化。

週三下午我帶同事到社裡當面向您匯報，您看方便嗎？

梁家豪
""", trad=True, quote="你們這個系統根本不行！預警每天兩千多條，我們的人看都看不完，再這樣下去我們就換廠商！\n\n吳建華",
    quote_from=WU_T, quote_style="outlook_zh"))

NEG.append(C([], "en",
    "negative (long but focused): ~430-word root-cause analysis of a failed repayment batch",
    DANIEL, [MARGARET], "Root cause: failed repayment batch on the 6th", """
Hi Margaret, Ben,

Below is the root-cause analysis for the repayment batch that failed early on the 6th. I've kept it to what happened, why, what we've done and what we still need from you.

What happened
The nightly direct-debit batch started at 01:00 as usual and stopped at 01:37 after processing 3,118 of 5,902 scheduled repayments. The remaining 2,784 were not submitted to the payment processor that night. No member was charged twice and no payment was lost; the unsubmitted repayments were sent in a manual run at 09:15 and settled on the 7th.

Why it happened
The batch reads each member's mandate from the core system before it builds the debit file. On the 5th, the core vendor rolled out a patch that changed the date format of the mandate expiry field from DD/MM/YYYY to YYYY-MM-DD. Our parser treated the new format as invalid and, as designed, stopped the batch rather than guess. The patch notes went to the core vendor's technical contact list, which we are not on, so we had no warning.

Why we didn't catch it sooner
Our monitoring alerted at 01:38, but the alert went to the on-call engineer's email rather than his phone, because a routing rule had been changed during last month's tooling migration. He saw it at 07:50.

What we've done
1. The parser now accepts both date formats and logs which one it saw.
2. The alert routing is fixed and tested; batch failures now page the on-call engineer and me.
3. We've added a pre-flight check at 00:30 that reads a sample of 50 mandates and alerts if any field fails validation, so a format change is caught before the batch starts.

Impact on members
2,784 members had their repayment collected one day late. Under your fee policy none of them should incur a late fee, but the fee job runs on the core system, so we'd ask Ben's team to confirm that no fees were applied. We can send the list of affected member IDs in whatever format is easiest.

What we're still looking at
Whether the pre-flight check should also cover the member address and bank account fields, which the core vendor has changed twice this year. We'll share a recommendation with you next week, together with the cost of each option.

What we need from you
- Confirmation on the late fees, as above.
- An introduction to the core vendor's release manager, so we can be added to their patch notification list.

I'm happy to walk through this on a call if that's useful.

Daniel
""", cc=[BEN]))

NEG.append(C([], "zh",
    "negative (long but focused): ~750-character UAT plan for the AML monitoring system",
    SONG, [WU, DENG, LUO], "反洗钱系统 UAT 测试安排（第一轮）", """
吴主任、邓老师、罗科长：

反洗钱监测系统第一轮 UAT 的安排如下，请各位审阅，如有调整请在周五前反馈。

一、测试时间
11 月 16 日至 11 月 27 日，共两周。第一周以功能测试为主，第二周以业务场景测试和报送验证为主。

二、测试范围
1. 客户身份识别：开户时的名单筛查、客户风险等级初评；
2. 交易监测：大额交易识别、可疑交易规则命中、预警生成；
3. 案例管理：预警分派、人工甄别、补充说明、审批流转；
4. 报送：大额交易报告和可疑交易报告的生成、校验、导出；
5. 权限：合规岗、网点岗、审批岗三类角色的菜单和数据权限。

三、人员分工
合规部由邓老师牵头，负责业务场景设计和结果判定；信息科由罗科长安排一名同事，负责测试环境和数据支持；我方派两名测试工程师驻场，负责测试脚本、缺陷记录和每日汇总。

四、测试数据
使用 10 月份全量交易的脱敏数据，约 86 万笔。另准备 40 个人工构造的可疑场景，覆盖分散转入集中转出、短期频繁小额、与高风险地区往来等典型模式。

五、缺陷处理
缺陷分为三级：一级（阻断业务）当天修复；二级（影响结果正确性）两个工作日内修复；三级（界面和提示类）在第二轮前统一修复。每天下午五点发当日缺陷汇总。

六、通过标准
一级、二级缺陷全部关闭；40 个构造场景全部正确命中；报送文件通过人民银行校验工具检查。

七、需要贵社支持的事项
请在 11 月 13 日前确认参加测试的人员名单，并开通测试账号。

八、风险与应对
1. 若测试环境不稳定，我方安排工程师每天早上八点前完成环境巡检，问题当天处理；
2. 若业务人员时间紧张，可将第二周的场景测试拆分到上午和下午两个时段，每个时段不超过两小时；
3. 若报送文件校验不通过，我方在两个工作日内完成修复并重新生成。

宋佳
"""))

NEG.append(C([], "zh",
    "negative (long but focused): ~800-character weekly report for the microcredit borrower app",
    HAN, [FENG], "鑫融小贷 App 项目周报（第19周）", """
冯总、钱总：

第 19 周项目周报如下。

一、总体进度
整体进度 82%，与计划基本一致。本周完成授信审批流改造和还款提醒模块，进入联调阶段。上线日期仍按 12 月 8 日计划推进。

二、本周完成
1. 授信审批流：新增“多头借贷”静默查询节点，目前只记录不决策，累计调用 3200 次，平均响应 380 毫秒，超时率 0.3%；
2. 还款提醒：提前 3 天、1 天及逾期第 1 天三个节点的短信和 App 推送已上线测试环境；
3. 人脸识别兼容：修复 11 款低端安卓机型的兼容问题，测试环境通过率从 82% 提升到 96%；
4. 代扣通道：完成与支付通道的第二轮联调，成功率 99.2%，失败单均为余额不足。

三、下周计划
1. 多头查询正式接入审批规则（待钱总确认阈值）；
2. 借款合同电子签章联调；
3. 启动性能测试，目标为每秒 50 笔授信申请；
4. 准备 UAT 测试用例，预计 11 月 24 日提交贵司确认。
5. 与贵司运营同事一起梳理上线当天的客服话术，重点是放款到账时间和还款失败的常见问题，预计下周五前定稿。

四、风险与问题
1. 电子签章服务商的测试环境本周中断两次，可能影响联调进度。我们已要求对方提供稳定性保障，并准备了延后两天的备选计划；
2. 多头查询阈值需钱总在 11 月 18 日前确认，否则审批规则只能先按默认值上线，后续再调整。

五、质量情况
本周新发现缺陷 27 个，关闭 31 个，遗留 12 个，其中严重级别 2 个，均与电子签章回调有关，预计下周三前关闭。自动化回归用例增加到 412 条，覆盖授信、放款、还款、逾期四条主流程，每晚执行一次，本周通过率 97.8%，失败用例已逐条分析，主要是测试数据过期导致，已安排更新测试数据。代码评审覆盖率保持在百分之百，本周没有出现生产变更。

六、需要贵司协助
1. 请提供生产环境放款账户的开户资料（用于正式环境配置）；
2. 请指定 UAT 期间的业务测试人员，建议风控和运营各一名。

如有问题，欢迎随时沟通。

韩露
""", cc=[QIAN]))

NEG.append(C([], "mixed",
    "negative (long but focused): code-switched member-data migration plan with reconciliation and rollback",
    VINCENT, [GRACE], "Member data migration plan v2", """
Hi Grace,

下面是 member data migration 的 plan v2, 根据你上周的 comments 做了调整, 主要改动是 cut-over 改到周六晚上, 以及增加了 AML 相关字段的 reconciliation.

1. Scope
迁移对象包括 member master data (约 18.6 万条), KYC documents (证件影像约 52 万张), loan accounts, 以及过去五年的 transaction history. 历史 screening results 和 case notes 也一起迁移, 满足 record-keeping 的要求.

2. Approach
采用 "两次 dry run + 一次正式迁移" 的方式:
- Dry run 1 (11/22): 全量数据, 只校验 schema 和数据完整性;
- Dry run 2 (11/29): 全量数据 + 业务校验, 由你们 compliance team 抽查 200 个 member 的 KYC 资料和 risk rating;
- Cut-over (12/5 周六 22:00 开始): 预计 6 小时, 周日上午 8 点前完成.

3. Reconciliation
每个 batch 迁移完成后做三层对账: record count, 金额汇总 (loan balance 和 transaction amount), 以及 AML 字段 (risk rating, PEP flag, 最近一次 screening 日期). 任何一层差异超过 0.01% 就暂停, 由双方一起判断是否继续.

4. Rollback
旧系统在 cut-over 后保持 read-only 两周. 如果周日上午 8 点前对账不通过, 直接 rollback 到旧系统, 周一正常营业不受影响.

5. 需要你们确认的事项
- Dry run 2 的抽查人员名单;
- Cut-over 期间 member app 的维护公告文案;
- 迁移后第一周 screening 结果的复核方式 (我们建议全量 rescreen 一次).

如果周四前能确认以上三点, 我们就按这个 plan 执行. 有任何问题随时找我.

Vincent
"""))

NEG.append(C([], "zh",
    "negative (argue look-alike): rhetorical 难道 aimed at our own team in a blameless retrospective; the client's later limits called reasonable",
    ZHOU, [SUNHAO, FANGMEI, HAN], "KYC 重试问题复盘", """
各位：

关于上周 KYC 人脸识别重试次数的问题，客户那边反馈我们“设计不合理”。我想先问大家一个问题：难道我们自己就没有责任吗？

回头看，需求评审时我们只确认了“失败可重试”，没有问清楚上限和冷却时间，也没有参考反欺诈方面的要求。客户后来提出的限制三次、间隔 10 分钟，其实很合理。

这次复盘不追究个人，只提两条改进：
1. 需求评审清单加上“次数 / 频率 / 上限”类问题；
2. 涉及 KYC 的需求，评审时请合规同事一起参加。

启明
"""))

NEG.append(C([], "zh",
    "negative (banter): 服了 as praise for a colleague nicknamed 饺子; the client's CRO thanked us",
    XU, [JIAOZI], "人脸识别兼容问题", """
饺子：

服了，你一晚上把那 11 款低端安卓机的人脸识别兼容问题全修完了，今天早上鑫融那边的通过率从 82% 回到了 96%。钱总刚才专门打电话来道谢，说她们一线的信贷员终于不用帮客户借手机了。

中午请你吃饺子（字面意义上的）。另外把这次的修复思路写个简短总结吧，Kopa 那边的 App 也用同一个 SDK，估计用得上。

许诺
""", cc=[SUNHAO]))

NEG.append(C([], "en",
    "negative: founder's angry quote ('ridiculous', 'does anyone test anything?') below a calm incident reply that agrees and commits to a review",
    SOFIA, [ARJUN], "Re: Outage this morning", """
Arjun,

You're right to be upset. Three outages in a month is not acceptable, and your borrowers shouldn't be the ones paying for it.

Here's where we are: today's outage lasted 47 minutes and was caused by an expired TLS certificate on the payment gateway connection. Service was restored at 10:52. No repayments were lost; 214 were delayed and have all been processed since.

What we're changing: certificate expiry now alerts 30 days ahead, and by Friday I'll send you a review of all three incidents with the fix for each. I'd also like to set up a 20-minute call with you tomorrow to walk through it.

Sofia
""", quote="This is ridiculous. Third outage this month and my borrowers can't repay. Does anyone on your team actually test anything?\n\nArjun",
    quote_from=ARJUN, quote_style="gt"))

# =============================================================================================

CASES = POS + NEG
random.Random(4848).shuffle(CASES)
