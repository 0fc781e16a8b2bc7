"""heldout50 — training set of PM email drafts for mailcoach.

Written by an independent helper from the labelling guide (shared/drafts/README.md) and the
source article (shared/seed/pm-client-communication.zh.txt) only. Domain: consumer apps and
mini-programs for FMCG brands and restaurant chains; client-side marketing managers; friendly,
emoji-heavy PMs whose lapses hide inside cheerful mails. Built by benchmarks/blindkit.py.
"""

import random

# --- our team -------------------------------------------------------------------------------
XM = "许晓满 <xu.xiaoman@ourteam.example.com>"        # junior PM, cheerful, emoji everywhere
GY = "高远 <gao.yuan@ourteam.example.com>"            # senior PM, formal, terse
KIKI = "陈琪 Kiki <kiki.chen@ourteam.example.com>"    # mid PM, code-switching, bubbly
DANA = "Dana Whitfield <dana.whitfield@ourteam.example.com>"  # senior PM, warm, confident
MARCUS = "Marcus Ong <marcus.ong@ourteam.example.com>"        # mid PM, stretched thin
ZY = "钟意 <zhong.yi@ourteam.example.com>"            # mid PM, tired, dry
TG = "唐果 <tang.guo@ourteam.example.com>"            # junior PM, playful
FL = "方磊 <fang.lei@ourteam.example.com>"            # senior PM, blunt
LZH = "林志豪 <lin.zhihao@ourteam.example.com>"       # PM for the HK/TW stores, traditional script
ZJG = "周建国 <zhou.jianguo@ourteam.example.com>"     # delivery director
LJ = "罗杰 <luo.jie@ourteam.example.com>"             # dev lead (阿杰)
CWJ = "蔡文静 <cai.wenjing@ourteam.example.com>"      # designer
MT = "孟婷 <meng.ting@ourteam.example.com>"           # QA lead
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"  # dev lead, English
WING = "黃詠琪 <wing.wong@ourteam.example.com>"       # colleague, traditional script

# --- client A: beverage & snacks group (FMCG) ------------------------------------------------
ZMIN = "周敏 <zhou.min@client-a.example.cn>"          # digital brand marketing manager
ZHF = "赵海峰 <zhao.haifeng@client-a.example.cn>"     # marketing director (赵总)
CJY = "陈嘉怡 <chen.jiayi@client-a.example.cn>"       # CRM manager
LXY = "林小雨 <lin.xiaoyu@client-a.example.cn>"       # social media lead
SH = "孙浩 <sun.hao@client-a.example.cn>"             # channel & e-commerce

# --- client B: restaurant chain ----------------------------------------------------------------
MEGAN = "Megan Doyle <megan.doyle@client-b.example.com>"      # head of digital marketing
RAJ = "Raj Patel <raj.patel@client-b.example.com>"            # loyalty programme manager
SOPHIE = "Sophie Tan <sophie.tan@client-b.example.com>"       # brand manager
JASON = "Jason Wu <jason.wu@client-b.example.com>"            # CRM analyst
KELLY = "何佳 Kelly <kelly.he@client-b.example.com>"          # marketing manager, China stores
CARMEN = "陳嘉欣 <carmen.chan@client-b.example.com>"          # marketing, HK stores
HO = "何志明 <ho.chiming@client-b.example.com>"               # marketing, HK stores

# --- bank C: credit-card centre, dining rewards -----------------------------------------------
DL = "邓丽 <deng.li@bank-c.example.cn>"               # card marketing manager
LIUJ = "刘建 <liu.jian@bank-c.example.cn>"            # deputy GM

CASES = []
A = CASES.append

# =============================================================================================
# POSITIVES — persuade
# =============================================================================================

A(dict(
    expect=["persuade"], lang="zh",
    why="persuade: long cheerful weekly report; one line says we already switched the client's prize plan back and will submit it, choice taken away",
    sender=XM, to=[ZMIN], cc=[CJY],
    subject="【周报】瓶盖扫码活动 第3周进展 🎉",
    body="""周敏姐好呀~☀️

又到周五啦,先把这周的进展给您汇总一下,方便您周一跟赵总汇报👇

✅ 已完成
1. 扫码落地页第二版已经上到体验环境,加载时间从2.8秒压到1.4秒,安卓低端机也顺滑了很多;
2. 中奖概率配置后台做好了,嘉怡那边可以直接按天调整奖池,不用再找我们改配置;
3. 防刷策略上线:同一设备一天最多扫10次,异常IP会自动进观察名单。

🔄 进行中
1. 微信支付代金券的批次对接,预计下周二联调完成;
2. 数据看板:扫码量、核销率、地域分布三张图,周三先给您看草稿。

📌 需要您知悉的
- 上周您提到想在奖池里加实物奖品(保温杯、帆布袋那些),我们评估下来物流和库存对接太重了,所以已经帮您把方案切回纯电子券版本,排期也按这个重新排好了,下周一直接按这个版本提交审核,这块您就不用再操心啦🙌
- 瓶盖印刷批次的码包,麻烦您跟工厂确认一下11月18日前能否给到。

⚠️ 风险
暂无高风险,唯一要盯的是微信支付批次审核,一般3个工作日,我们已经预留了buffer。

辛苦您和团队这周的配合,尤其是嘉怡,半夜还帮我们核对奖池数字,太感动了🥹 周末愉快,记得多喝咱家的新品哈哈🍋

晓满
许晓满 | 项目经理
ourteam 数字化交付中心""",
    quote=None,
))

A(dict(
    expect=["persuade"], lang="en",
    why="persuade: friendly workshop recap; tiers are 'taken off the board for good' and locked on Friday, the client's view closed without a choice",
    sender=DANA, to=[MEGAN], cc=[RAJ, SOPHIE],
    subject="Recap: Thursday loyalty app workshop 🍔",
    body="""Hi Megan,

Thanks so much for hosting us on Thursday — and for the burgers, the new truffle one is dangerous 😄 Here's the recap so nobody has to rely on memory.

What we agreed
1. Sign-up drops from five screens to three: phone number + OTP first, birthday optional.
2. Welcome reward: free fries on the first order, valid 14 days.
3. Raj's team owns the push calendar; we provide the templates by 20 Nov.
4. Store-level menus stay out of phase 1, revisit in January.

Open points
- Tiers came up again. I'll be straight with you: we've run the numbers a dozen ways and flat points is the one model that holds up for launch, so I've taken tiers off the board for good and we'll lock the flat model into the spec on Friday. No need to spend more workshop time on it 🙂
- App icon: Sophie will send the final two options by Tuesday.

Next steps
- Us: clickable prototype v2 by 22 Nov.
- You: POS integration contact, and sign-off on the welcome reward T&Cs.

Have a great weekend, and thanks again for a really productive session!

Dana
Dana Whitfield | Senior Project Manager | ourteam""",
    quote=None,
))

A(dict(
    expect=["persuade"], lang="zh",
    why="persuade: client asked for input before their own internal decision; PM declares the question settled and scripts what the client should report upward",
    sender=GY, to=[ZHF], cc=[],
    subject="Re: 抽奖组件选型",
    body="""赵总好,

关于抽奖组件,这个其实不必再放到贵司内部讨论了。我们这边已经反复论证过,结论就是统一采用我方自研组件,您向集团汇报时按"采用项目方标准组件"这个口径讲就可以,汇报材料我们明天一早发您。

如有其他问题随时联系。

高远
项目经理 | ourteam""",
    quote="""高经理好,

我们在考虑抽奖是用你们的组件,还是继续用我们原来H5供应商那套。想先听听你们的意见,下周三我们内部开会定。

赵海峰""",
    quote_from=ZHF,
))

A(dict(
    expect=["persuade"], lang="mixed",
    why="persuade: launch thank-you note; the client's dark-mode idea is framed as already dead and struck from future agendas",
    sender=KIKI, to=[KELLY], cc=[],
    subject="上线啦!🎉 Thank you Kelly & team",
    body="""Hi Kelly~

终于 live 了!!🎉🎉 昨晚看着第一笔订单进来的时候我真的差点哭出来 🥹 Thank you for 这六周的全力配合, 尤其是你们 ops 的小伙伴半夜帮我们测门店数据, 真的 MVP!

几个 quick updates:
- Day 1 数据: 新注册 3,412, 首单转化 27%, 比 target 高了 5 个点 📈
- Crash rate 0.08%, 都集中在一台老 OPPO 上, 我们在跟
- 下周一出完整的 launch report

Oh 还有, 上次你提的 dark mode, 说实话点餐 app 基本没人开这个, 这个 idea 我们就默认翻篇啦, 下次 weekly 也不用再放进 agenda 了哈 😉

再次感谢!! 改天请你们喝奶茶 🧋

Kiki
陈琪 Kiki | Project Manager | ourteam""",
    quote=None,
))

A(dict(
    expect=["persuade"], lang="zh",
    why="persuade: tidy proposal mail; the app option is declared not worth discussing and the client's bosses are presumed to agree",
    sender=ZY, to=[DL], cc=[LIUJ],
    subject="餐饮权益平台技术方案(第二版)",
    body="""邓经理您好,

附上餐饮权益平台技术方案第二版,主要调整如下:
1. 权益核销改为门店扫码+券码双通道,解决部分门店没有扫码枪的问题;
2. 商户入驻流程从7步缩减为4步;
3. 对账报表支持T+1自动推送到贵行指定邮箱。

关于载体,我们了解到贵行有同事倾向做独立App。不过以这次的预算和时间窗口,小程序是唯一站得住的路线,App那条线其实已经没有讨论的价值了,相信您和刘总看完方案也会得出同样的结论。

排期表和报价明细见附件,期待您的反馈。

钟意
项目经理 | ourteam""",
    quote=None,
))

A(dict(
    expect=["persuade"], lang="en",
    why="persuade: upbeat reply; the code-freeze date is used to close the client's A/B request and the build has already been decided",
    sender=MARCUS, to=[SOPHIE], cc=[],
    subject="Re: Christmas banner — A/B?",
    body="""Hi Sophie,

Love that you're thinking data-first! 🙌 Realistically though, the code freeze lands on the 28th, so there's no window for a test — I've already asked the devs to build the gingerbread version and that's what ships. Let's not reopen it; the calendar has made the decision for us 🎄

Anything else you need for Megan's deck, just shout.

Marcus""",
    quote="""Hi Marcus,

Could we A/B test the two Christmas banners (the snowman and the gingerbread one) before we commit? I'd love some data to take to Megan.

Thanks!
Sophie""",
    quote_from=SOPHIE,
))

A(dict(
    expect=["persuade"], lang="zh",
    why="persuade: friendly feedback list; our CTO's opinion is used to settle the client's business rule with 'no further discussion'",
    sender=TG, to=[CJY], cc=[],
    subject="积分有效期规则确认 ✨",
    body="""嘉怡好~

积分规则那份表格我们过了一遍,整体非常清楚,辛苦啦👍 几点反馈:

1. 签到积分每日上限20分,没问题;
2. 消费积分按实付金额1元=1分,我们建议把四舍五入改成向下取整,对账会干净一些,你们看看;
3. 积分有效期:这条我们CTO亲自看过,他的意见是统一12个月滚动,所以就按他的意见定下来了,不再另外讨论啦~

其他细节我们周四电话会再对齐😊

唐果""",
    quote=None,
))

A(dict(
    expect=["persuade"], lang="zh",
    why="persuade: cost and delay figures are used to talk the client out of their request and to tell them to stop pushing for it",
    sender=ZY, to=[SH], cc=[],
    subject="Re: 新增门店自提功能",
    body="""孙总好,

门店自提我们粗算了一下:要对接三家便利店系统,新增库存同步和核销流程,预算至少多出一倍,上线也会从12月推到明年3月。这笔账我想您一定算得过来,所以咱们还是按原计划推进,您那边也就不必再去跟渠道争取这个了😊

有别的想法随时找我。

钟意""",
    quote="""钟经理,

渠道那边希望小程序商城加一个门店自提,用户可以就近去便利店拿货,你们看看?

孙浩""",
    quote_from=SH,
))

A(dict(
    expect=["persuade"], lang="en",
    why="persuade: warm reply; the PM's experience overrides the client's preference and design is already briefed",
    sender=DANA, to=[RAJ], cc=[],
    subject="Re: Game mechanic for the summer campaign",
    body="""Hey Raj,

Ha, I hear you — scratch cards do have that nostalgic feel. Here's the thing though: I've launched more of these games than I can count, and scratch cards underperform every single time. Spin wheel it is; I've already briefed design, so you'll see first comps on Monday 🎡

Talk soon,
Dana""",
    quote="""Dana — I keep coming back to scratch cards. They feel more "real" to our customers than a spin wheel. Thoughts?

Raj""",
    quote_from=RAJ,
))

A(dict(
    expect=["persuade"], lang="zh",
    why="persuade: cheerful copy hand-off; asks the client to stop revising and announces the publish time as decided",
    sender=TG, to=[LXY], cc=[],
    subject="双十二推文文案终稿 📝",
    body="""小雨好呀~

双十二的三篇推文终稿附上啦,这版把你上次说的"更年轻一点"的感觉加进去了,标题也换成了问句,打开率应该会好看一些✨

说句掏心窝子的话,文案这块接下来就放心交给我们吧,再多一轮修改只会把节奏拖慢,所以咱们就此定稿,明早10点按这版排期发布,就这么愉快地决定啦!🎉

配图周三出,到时候发你预览~

唐果""",
    quote=None,
))

A(dict(
    expect=["persuade", "backchannel"], lang="en",
    why="persuade + backchannel: to the client's boss, disparages her analyst Jason and presents the points option as already decided",
    sender=MARCUS, to=[MEGAN], cc=[],
    subject="Stamp card vs points — quick note",
    body="""Hi Megan,

Quick one before your Monday leadership meeting.

Jason pitched a digital stamp card again in yesterday's call. Between us, he doesn't really get loyalty economics — he's still thinking in coffee-shop punch cards from 2009 😅 So I've had the team scope the points version only, and I honestly can't picture you wanting to go any other way, so let's present it on Monday as decided.

Deck attached, happy to walk you through it.

Cheers,
Marcus""",
    quote=None,
))

A(dict(
    expect=["refusal", "persuade"], lang="zh",
    why="refusal + persuade: flat no to regional home pages, plus telling the client their regions don't need it and not to ask them",
    sender=GY, to=[CJY], cc=[],
    subject="Re: 各大区自定义首页",
    body="""陈经理:

分区域自定义首页我们不做。说实话各大区也用不上这个,全国统一首页足够了,请就按统一方案往下走,不必再去征求大区的意见。

高远""",
    quote="""高经理,

各大区市场部希望首页Banner能自己配置,想问下能不能支持分区域自定义首页?

陈嘉怡""",
    quote_from=CJY,
))

# =============================================================================================
# POSITIVES — refusal
# =============================================================================================

A(dict(
    expect=["refusal"], lang="zh",
    why="refusal: healthy green-light weekly report; one backlog bullet turns down the client's dynamic-background request with nothing attached",
    sender=ZY, to=[CJY], cc=[],
    subject="会员小程序双十一备战周报(11/7)",
    body="""嘉怡,下午好!🍂

本周备战进展同步如下,整体节奏健康,绿灯为主🟢

一、已完成
· 会员日券包页面改版上线,首屏加载1.2秒;
· 积分抵现规则配置完成,财务已确认口径;
· 第一轮压测:5000并发下单接口P99 380ms,达标。

二、下周计划
· 11/9 晚22:00 零点预热页切换演练,届时需要您这边一位同事在线确认;
· 第二轮压测,目标10000并发;
· 客服话术FAQ初稿交给您审阅。

三、需求池
· 分享得积分:已排入11/10版本;
· 会员等级页加动态背景:这个就不做了哈。
· 券包倒计时组件:开发中,11/9提测。

四、需要协助
· 11/9 演练请安排一位有后台权限的同事;
· 双十一当晚值班表请在11/8前给到我们,我们这边罗杰和我全程在线💪

这周大家都超拼,你们那边出图速度也太快了,点赞👍 周末好好休息,下周冲刺!

钟意""",
    quote=None,
))

A(dict(
    expect=["refusal"], lang="en",
    why="refusal: glowing pilot recap; the custom-font request is listed under decisions as simply not happening, no reason or alternative",
    sender=MARCUS, to=[RAJ], cc=[SOPHIE],
    subject="Notes — QR ordering pilot check-in (12 Nov)",
    body="""Hi Raj and team,

Great session today, thanks everyone! Notes below.

Pilot status
- 8 of 10 pilot stores live; Harbour St and the airport store go live Monday.
- Average order time down from 6m40s to 4m10s 🎉
- Two incidents this week (printer offline in Kingsford, menu sync delay in Central) — both fixed same day, details in the incident log.

Decisions
1. Allergen icons move to the top of each menu item (Sophie's idea — great call).
2. Tipping prompt stays off for the pilot.
3. Custom menu-board font: not something we'll be doing.
4. Table numbers get printed on the QR stickers, not just encoded.

Actions
- Raj: confirm kitchen printer models for the next 20 stores by Friday.
- Us: pilot dashboard every Monday, 10am.
- Sophie: winter menu photography by 25 Nov.

Thanks again — this is genuinely one of the smoothest pilots I've worked on.

Marcus""",
    quote=None,
))

A(dict(
    expect=["refusal"], lang="zh",
    why="refusal: celebratory thank-you note; the director's Douyin request gets one flat line with no evaluation, date or alternative",
    sender=XM, to=[ZHF], cc=[ZMIN],
    subject="感谢!周年庆活动圆满收官🎊",
    body="""赵总好!

周年庆活动昨天正式收官啦🎊 先跟您报个喜:
· 活动期间小程序新增会员12.6万,是目标的1.4倍;
· 券核销率38%,比去年同期高9个点;
· 全程零事故,客服工单比预期少了一半。

这些成绩真的离不开您和市场部的支持,尤其是周敏和嘉怡,每天陪我们盯数据到很晚,我们整个项目组都特别感动🙏

另外您在复盘会上问的,把小程序也搬到抖音上,这个我们没法做。

下周三之前我们会把完整复盘报告发给您,包括用户画像和渠道归因分析。再次感谢赵总的信任,期待下一次合作!🥂

晓满
许晓满 | 项目经理""",
    quote=None,
))

A(dict(
    expect=["refusal"], lang="zh", trad=True,
    why="refusal: short, formally polite (traditional script) but a bare no to the hand-drawn map, nothing to soften it",
    sender=LZH, to=[CARMEN], cc=[],
    subject="回覆:門市地圖插畫版",
    body="""陳小姐您好:

收到。手繪插畫版的門市地圖,我們這邊不會替換進小程序,現有標準地圖維持不變。

謝謝。

林志豪""",
    quote="""林先生您好,

我們設計團隊畫了一版手繪風格的門市地圖,想替換掉小程序裡現在的標準地圖,麻煩評估一下。

陳嘉欣""",
    quote_from=CARMEN,
))

A(dict(
    expect=["refusal"], lang="mixed",
    why="refusal: breezy mixed reply; the Apple Watch idea is simply declined, no assessment or alternative",
    sender=TG, to=[JASON], cc=[],
    subject="Re: Apple Watch app?",
    body="""Hi Jason,

哈哈 CEO offsite 的脑洞果然很大 😂 不过 Apple Watch 版本这个我们不做哈, 其他 feature 照常推进 👍

Cheers,
唐果""",
    quote="""Hi 唐果,

Random idea from our CEO offsite: could we have an Apple Watch version of the loyalty app, so people can flash their member QR from the wrist?

Jason""",
    quote_from=JASON,
))

A(dict(
    expect=["refusal"], lang="mixed",
    why="refusal: cute emoji reply that just 'passes' on the push-frequency request",
    sender=KIKI, to=[KELLY], cc=[],
    subject="Re: push 频次",
    body="""Hi Kelly~

一天三次 push 这个我们这边直接 pass 啦 🙈 其他新品上市的 stuff 都 OK, 周四前给你 banner 和落地页!

Kiki 🌸""",
    quote="""Kiki, 老板想要 push 一天发三次, 早中晚各一次, 配合新品上市, 可以吗?

Kelly""",
    quote_from=KELLY,
))

A(dict(
    expect=["refusal"], lang="zh",
    why="refusal: bureaucratic letter-style no to points gifting; no CR, no review date, no alternative",
    sender=GY, to=[CJY], cc=[ZHF],
    subject="关于\"积分转赠好友\"需求的答复",
    body="""陈经理:

来函收悉。"会员积分转赠好友"一项,项目组意见为不实施,请贵方知悉,并据此调整相关运营方案。

高远
项目经理
ourteam 数字化交付中心""",
    quote=None,
))

A(dict(
    expect=["refusal"], lang="zh",
    why="refusal: lively campaign proposal; the client's AR idea is dismissed in one line ('我们不会做'), no reason or option",
    sender=TG, to=[LXY], cc=[],
    subject="春节社媒互动方案 v1 🧧",
    body="""小雨好~

春节互动方案v1来啦🧧 先放个目录:
1. 主玩法:"集五福罐"——用户每天签到解锁一个福罐,集齐五个换新年礼盒抽奖资格;
2. 裂变:邀请好友助力,每邀请1人多一次抽奖机会,上限5次;
3. UGC:年夜饭晒图话题,精选内容上品牌号;
4. 节奏:腊月二十预热,除夕当天开奖。

你们上次提的AR扫瓶身拜年,我们不会做,所以方案里就没放啦😉

预算和排期表在附件,周五前约个时间过一下?

唐果""",
    quote=None,
))

A(dict(
    expect=["refusal"], lang="en",
    why="refusal: long, genuinely warm six-week thank-you; one sentence passes on franchisee promo editing with nothing to soften it",
    sender=DANA, to=[MEGAN], cc=[RAJ],
    subject="Six weeks in — thank you, and what's next",
    body="""Hi Megan,

Now that the first six weeks of the app are behind us, I wanted to send a proper thank-you rather than another status table.

When we kicked off in September, the brief was ambitious: a new loyalty app, ordering for 140 stores and a points migration from the old card scheme, all before the holiday menu. Your team made that possible. Raj turned around the T&Cs in two days, Sophie's photography made the menu look better than anything we've shipped for a restaurant client, and your steering meetings were the shortest and most useful I've sat in all year.

A few numbers for the leadership update:
- 212,000 members, 61% of them migrated from the old card;
- app orders at 18% of weekday lunch revenue in the pilot cities;
- 4.7 stars on both stores, with "fast" the most common word in reviews ⭐

What's next:
- Holiday menu drop on 1 Dec — content freeze on 24 Nov;
- Gift cards in the app, build starting the week of 8 Dec;
- Quarterly business review on 15 Jan, we'll bring the full cohort analysis.

One small thing from Tuesday: franchisees editing their own promos in the admin — we're going to pass on that one.

Thanks again, truly. It's been a pleasure, and I'm looking forward to the next six weeks 🎄

Warmly,
Dana""",
    quote=None,
))

A(dict(
    expect=["refusal"], lang="zh",
    why="refusal: short friendly reply that shuts the Saturday go-live request with '就这样哈', no reason or alternative",
    sender=ZY, to=[SH], cc=[],
    subject="Re: 上线时间能否改到周六",
    body="""孙总好,

周六上线没法安排,就这样哈。其他事项按之前的清单走,周三例会见~🌞

钟意""",
    quote="""钟经理,

周六是我们的会员日,能不能把积分商城放在周六早上上线?正好借会员日的流量。

孙浩""",
    quote_from=SH,
))

A(dict(
    expect=["refusal", "argue"], lang="zh",
    why="refusal + argue: bare 'can't add it' plus a lecture that the client should check the contract before asking",
    sender=FL, to=[SH], cc=[],
    subject="Re: 再加一个直播入口",
    body="""孙总,

加不了。合同附件二的功能清单白纸黑字,直播不在里面,这一点启动会上就讲过,麻烦您那边提需求之前先对一下清单。

方磊""",
    quote="""方经理,

能不能在小程序首页再加一个直播入口?下周要用。

孙浩""",
    quote_from=SH,
))

# =============================================================================================
# POSITIVES — argue
# =============================================================================================

A(dict(
    expect=["argue"], lang="zh",
    why="argue: reassuring reply that ends by lecturing the client to check 'the most basic phone settings' before reporting bugs",
    sender=XM, to=[LXY], cc=[],
    subject="Re: 小程序领券页白屏",
    body="""小雨别慌~😊

我们这边用了十几台机型都试过了,领券页一切正常,监控里也没有白屏告警,用户那边放心哈👌

另外看了下你发的截图,右上角是开着省电模式+低数据模式的,这种情况下小程序资源会被系统拦掉。这种最基本的手机设置,下次麻烦先自己检查一下再来报bug哦~😅

有其他问题随时找我!
晓满""",
    quote="""晓满,我手机上打开领券页一直白屏,用户是不是也这样?好慌😭

小雨""",
    quote_from=LXY,
))

A(dict(
    expect=["argue"], lang="en",
    why="argue: 'for the third time' and a request that the client read the thread before escalating — blaming and lecturing",
    sender=MARCUS, to=[JASON], cc=[],
    subject="Re: Coupon cap — why only 5,000?",
    body="""Jason,

For the third time: the 5,000 cap was set by your own finance team (see Lisa's email of 3 Nov, attached again for convenience). It isn't ours to change. I'd really appreciate it if the thread could be read through before this gets raised at the steering meeting again.

Marcus""",
    quote="""Marcus, why is the coupon cap 5,000? We were expecting 20,000. Can you fix?

Jason""",
    quote_from=JASON,
))

A(dict(
    expect=["argue"], lang="zh",
    why="argue: rhetorical sarcasm about the giant red banner ('总不至于是我们藏起来的吧?'), despite the data that follows",
    sender=ZY, to=[ZMIN], cc=[],
    subject="Re: 用户反馈找不到领券入口",
    body="""周敏你好,

首页顶部那条红色横幅,占了三分之一屏,写着"点我领券"四个大字——用户找不到入口,总不至于是我们把它藏起来了吧?

后台点击数据附上,首页领券按钮点击率11%,高于行业均值。如还有疑问再沟通。

钟意""",
    quote=None,
))

A(dict(
    expect=["argue"], lang="mixed",
    why="argue: blames the client's POS for the mismatch ('这个锅我们不背') and tells them to fix their side first",
    sender=KIKI, to=[JASON], cc=[],
    subject="Re: dashboard 数据对不上",
    body="""Hi Jason,

数据对不上的原因其实很简单: 你们门店 POS 推过来的订单本来就缺了三天, 这个锅我们真的不背哈 🙃 麻烦你们 IT 先把 POS 那边修好, 不然 dashboard 怎么调都没用的。

Kiki""",
    quote=None,
))

A(dict(
    expect=["argue"], lang="zh", trad=True,
    why="argue: traditional-script reply that lectures the client's marketing team to read the review rules and accuses them of wasting time",
    sender=LZH, to=[HO], cc=[],
    subject="回覆:為什麼小程序還沒上架",
    body="""何先生您好:

小程序審核被退回,原因是活動頁面出現了「全網最低價」字樣,這在平台規則裡寫得很明白。建議貴司市場部同事先把平台的基本審核規範讀一遍,再來討論上線日期,否則雙方都只是在浪費時間。

修改後的版本我們今天會重新提交。

林志豪""",
    quote=None,
))

A(dict(
    expect=["argue"], lang="en",
    why="argue: sarcastic 'good news' reply mocking the client's panic about a test account without a card; the client's caps are only in the quote",
    sender=DANA, to=[SOPHIE], cc=[],
    subject="Re: Checkout broken?!",
    body="""Hi Sophie,

Good news: checkout isn't broken 🎉 It tends to work a lot better when the test account actually has a payment card attached — yours didn't. Maybe worth a quick look at that before hitting the panic button next time? 😉

I've added a card to your test account so you're all set.

Dana""",
    quote="""Dana, checkout is BROKEN on my phone, I tried 4 times and it just spins. Launch is in 3 days!! What is going on??

Sophie""",
    quote_from=SOPHIE,
))

A(dict(
    expect=["argue", "backchannel"], lang="zh",
    why="argue + backchannel: lectures the client to reread three earlier mails, then mocks their legal colleague",
    sender=XM, to=[LXY], cc=[],
    subject="Re: 订阅消息为什么不能每天推",
    body="""小雨,

订阅消息为什么不能每天推,我已经在10月28日、11月3日、11月6日三封邮件里解释过了:平台规则是用户订阅一次只能推一次,这个真的不是我们说了算,麻烦认真看一下之前的邮件🙏

另外你们法务那位大哥能不能把隐私条款早点回一下,一个字改了两周,我都怀疑他是拿毛笔在批😂

晓满""",
    quote=None,
))

# =============================================================================================
# POSITIVES — backchannel
# =============================================================================================

A(dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: internal note to the designer mocking the client manager via a nickname (周大小姐)",
    sender=XM, to=[CWJ], cc=[],
    subject="首页logo又要改😂",
    body="""文静~

哈哈哈周大小姐今天又让把logo放大了,这都第四回了,我看她是把小程序当成高速路边的广告牌了🤣 你先按她说的改吧,反正下周她多半又要改回来,别花太多心思~

辛苦啦,晚上请你喝奶茶🧋
晓满""",
    quote=None,
))

A(dict(
    expect=["backchannel"], lang="en",
    why="backchannel: reply-all accident — eye-rolling at the client's 'final' brief while she is still in Cc",
    sender=MARCUS, to=[PRIYA], cc=[MEGAN],
    subject="Re: Revised brief v5",
    body="""Priya — "final", she says 🙄 That's the third final brief this week. At this point I just nod along on calls and wait for the fourth. Don't start building anything from v5 yet, let's see what tomorrow brings.

M""",
    quote="""Hi all,

Attached is the final brief for the New Year campaign. Small changes to the hero copy and the offer mechanics.

Thanks!
Megan""",
    quote_from=MEGAN,
))

A(dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: to the client manager, an aside ridiculing her own director's taste inside an otherwise helpful design update",
    sender=ZY, to=[ZMIN], cc=[],
    subject="新品上市H5 主视觉第三稿",
    body="""周敏,

第三稿主视觉附上,按上次会议意见把产品瓶身放大了,背景色从橙色调成了青柠绿,整体更清爽🍋

私下说一句,你们赵总那审美我是真不敢恭维,上次非要加金色描边,土得我们设计师差点辞职😂 这版我们悄悄把描边去掉了,估计他也看不出来。

有问题随时说,周四前定稿就能赶上排期。

钟意""",
    quote=None,
))

A(dict(
    expect=["backchannel"], lang="mixed",
    why="backchannel: internal feedback summary that sneers at 'Client-B' marketing's data sense",
    sender=KIKI, to=[LJ, MT], cc=[],
    subject="dashboard v2 feedback 汇总",
    body="""阿杰 婷婷,

Client-B 那边 dashboard v2 的 feedback 汇总如下:
1. 日活曲线加 7 日均线
2. 门店排名支持导出 Excel
3. 颜色换成品牌红

说实话他们 marketing 真的是 zero data sense, 每次图一出来就问"为什么不是一直往上涨" 😂 跟他们解释同比环比比教小学生还累. 反正先按这三条改吧, 周五前 deploy 到 staging.

Kiki""",
    quote=None,
))

A(dict(
    expect=["backchannel"], lang="zh", trad=True,
    why="backchannel: internal note (traditional script) mocking a client contact as 何大哥 who can't tell a mini-program from an app",
    sender=LZH, to=[WING], cc=[],
    subject="群組裡的事",
    body="""詠琪:

那位何大哥今天又在群組裡指點江山了,連小程序和App都分不清,還在教我們怎麼做推播。大家看到就當沒看到吧,回他一句「收到,我們評估」就好。

明天的排期照舊。

志豪""",
    quote=None,
))

A(dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: neat internal meeting minutes with one snide line about the bank's manager (C行邓经理) always being late",
    sender=FL, to=[LJ, MT, ZY], cc=[],
    subject="项目组周会纪要(11/14)",
    body="""各位,

本周周会纪要:
1. 餐饮权益平台:商户入驻模块已提测,孟婷本周完成回归;
2. 对账报表:T+1推送联调通过,下周给C行演示;
3. 风险:第三方支付通道证书11/30到期,罗杰负责续期。

另外提醒一下,下周演示约的是C行邓经理,大家准时到就行,反正她按惯例会迟到半小时,估计在她心里我们这个项目排在午饭后面😏

方磊""",
    quote=None,
))

# =============================================================================================
# POSITIVES — ramble
# =============================================================================================

A(dict(
    expect=["ramble"], lang="zh",
    why="ramble: ~700 characters of Dali trip, cats, TV drama and latte art; the one action (confirm the CNY H5 by Thursday) is buried mid-mail",
    sender=XM, to=[ZMIN], cc=[],
    subject="周末愉快~顺便说个小事😊",
    body="""周敏姐~

好久没跟你好好聊天啦!上周末我终于去了大理,之前在朋友圈看你发的洱海照片馋了好久🥹 这次住在双廊一家小民宿,老板是从上海辞职过去的设计师,养了两只橘猫,一只叫"可乐"一只叫"雪碧",我当场就笑出声了,这不就是你们家的竞品嘛哈哈哈。每天早上猫会跳到床上踩奶,踩完就蹲在窗台看海,我拍了一百多张照片,回来整理到现在都没整理完。临走那天可乐一直蹲在门口不让我们走,老板说它对每个客人都这样,我还是差点哭出来。

第二天我们租了电动车环海,风特别大,我的帽子直接被吹进洱海里了😂 后来在路边小店吃了乳扇和饵块,老板娘非要送我们一碗木瓜水,说看我们晒得太可怜了。晚上去古城逛,买了一堆扎染围巾,给你也带了一条蓝色的,下次见面给你~

回来之后整个人都不想上班,周一早上闹钟响了三遍才起来。我妈说我去了一趟云南人黑了两个色号,逼着我敷了三天面膜。对了你上次推荐的那部剧我也追完了,结局也太意难平了吧!!男二到底做错了什么😭 我跟室友为了到底该选谁吵了一晚上,最后她说我恋爱脑,我不服。

还有还有,我最近开始学做咖啡,买了一台二手半自动咖啡机,奶泡总是打不好,拉花拉出来像一坨云。同事说要先练三个月才能拉出心形,我觉得我练三年也悬。你们公司楼下那家咖啡店的燕麦拿铁是真的好喝,下次去你们那开会我一定要再喝一杯。

哦对,差点忘了,春节H5的终稿麻烦你周四之前确认一下哈。

周末我打算去爬山,天气预报说周六大晴天,希望不要又被晒黑。你周末有什么安排呀?有空一起吃火锅呀🍲 最近新开了一家潮汕牛肉火锅,据说要排两个小时的队,我们可以挑个工作日晚上去碰碰运气,顺便我把围巾带给你,再跟你讲讲民宿老板的爱情故事,真的比那部剧还精彩!

晓满""",
    quote=None,
))

A(dict(
    expect=["ramble"], lang="en",
    why="ramble: 450+ words on marathon training, a ramen bar, a school play and podcasts; the one ask (franchise list by Wednesday) is buried",
    sender=DANA, to=[MEGAN], cc=[],
    subject="Catching up (and one tiny thing)",
    body="""Hi Megan,

I hope your week has been kinder than mine! I've been meaning to write since the steering meeting, mostly because you asked about the half marathon and I never gave you the full story.

So: I finished. Not gracefully. The first ten kilometres were lovely, cool morning, the course goes right along the river and there was a brass band at the 8k mark playing what I'm fairly sure was an ABBA medley. Then at about 14k my left calf decided it had other plans, and I spent the next four kilometres doing what my coach generously calls "run-walk intervals" and what everyone else would call limping. I crossed the line in 2:19, which is eleven minutes slower than my goal but, honestly, I'm just happy the medal is the same either way.

To celebrate, we finally tried that ramen bar near your office you kept recommending. You were completely right about the black garlic broth. I went back two days later on my own, which I'm choosing not to feel embarrassed about. The queue was ridiculous both times, though — we waited forty minutes on Saturday and a group behind us gave up and went to the dumpling place next door, which I now also want to try.

Last week was also my daughter's school play. She was cast as "Tree Number Three", a role she took extremely seriously, to the point of practising standing still in the hallway every evening. She did not move once during the whole performance. Her teacher said it was the most committed tree she'd ever seen. I cried a little, which was not my proudest moment but there we are.

Oh — before I forget, could you send the franchise store list for the store locator by Wednesday?

On the podcast front, I've been bingeing a series about the history of fast food marketing, which feels like homework but is genuinely fascinating. There's a whole episode about how a burger chain in the seventies invented the kids' meal box almost by accident, because a regional manager's wife had the idea at a barbecue. I'll send you the link; I think you'd love it. I've also started a true-crime one that my husband refuses to listen to with me, so now I only play it on the treadmill, which is either great motivation or deeply unhealthy, I can't tell.

Anyway, I should probably stop typing and do some actual work. Say hi to the team for me, and let me know if you want to join our Sunday running group — we're very slow, there are pastries at the end, and nobody judges.

Speak soon,
Dana""",
    quote=None,
))

A(dict(
    expect=["ramble"], lang="zh",
    why="ramble: ~700 characters about renovation, a concert, the gym and milk tea; the budget-sheet sign-off request is one line in the middle",
    sender=TG, to=[CJY], cc=[],
    subject="嘉怡~最近好吗🌈",
    body="""嘉怡~

最近真的忙到飞起,好不容易今天下午空一点,来跟你唠唠嗑😆

我家装修终于进入尾声了!从七月拖到现在,中间换了两个工长,一个跑路一个摔了腿,我都怀疑房子是不是风水有问题。最后那面墙到底刷奶油白还是燕麦色,我和我妈吵了整整一周,最后折中刷了个"奶茶色",结果刷出来一看,像一杯放了三天的珍珠奶茶,我妈说挺好看,我不敢说不。沙发也终于到货了,等了两个月,快递小哥抬上七楼的时候整个人都在发抖,我给他塞了两瓶你们家的电解质水,他说这是他今天喝到最好喝的饮料,我替你们收下这句广告词了😂 现在就差窗帘没装了,我在网上挑了三周还没下单,购物车里躺着十七款,每一款看起来都差不多。

上周末我去看了演唱会!内场第八排,抢票的时候我开了三台手机两台电脑,室友负责喊"刷新刷新",最后居然真的抢到了。现场唱到那首老歌的时候全场大合唱,我哭得睫毛膏全花了,旁边的大哥默默递了一包纸巾给我,散场的时候我们还加了微信,他说下次有票一起抢。

最近我还办了健身卡,教练天天在群里发"今天练腿",我每天回"收到",然后下班直接去喝奶茶。说到奶茶,我发现公司附近新开了一家,杨枝甘露做得特别好,就是太甜了,我现在都点三分糖,感觉自己很自律,其实一次点两杯。

对了,会员日券包的那张预算表,麻烦你有空签一下回传给我们哈。

还有我养的那盆琴叶榕终于冒新叶子了!买回来半年一直掉叶子,我天天跟它说话,同事都觉得我疯了,但你看它长了嘛,说明植物是听得懂好话的。你上次说想养多肉,我觉得你可以先从熊童子开始,超可爱而且不太容易死。

周末你有空吗?我们去新开的那个市集逛逛吧,听说有好多手作摊,还有一家卖桂花酒酿的,我已经馋了一周了~

唐果""",
    quote=None,
))

A(dict(
    expect=["ramble"], lang="mixed",
    why="ramble: mixed chatter about a ski trip to Japan, MBTI, a concert and a new puppy; the SKU-image deadline is a single line",
    sender=KIKI, to=[KELLY], cc=[],
    subject="Back from Hokkaido!! ⛷️ + 一件小事",
    body="""Hi Kelly~

I'm back!! ⛷️ 北海道 ten days, 真的 best trip of my life 哈哈. 第一天在新千岁机场就吃了三碗拉面, 我朋友说我是去 food tour 不是去滑雪的 😂 然后我们坐 JR 去了二世谷, 雪真的是 powder snow, 软到摔下去完全不疼, 所以我摔了大概五十次吧, 教练是个澳洲小哥, 每次都说 "good try!!", 我怀疑他对所有人都这么说.

第四天我们去了小樽, 那个运河晚上点灯的时候 so romantic, 可惜我是跟两个女生朋友一起去的 🙃 我们在一家玻璃工坊做了个杯子, 我做的那个歪得很厉害, 店员说这叫 "artistic", 我信了. 还买了一堆 LeTAO 的芝士蛋糕, 托运的时候差点超重, 在柜台前面当场吃掉了两盒, 其他乘客看我们的眼神 very complicated.

Oh 对了, 回来的飞机上我做了 MBTI 测试, 居然从 ENFP 变成 ENFJ 了!! 我朋友说是因为我当了 PM 以后太爱安排别人 😂 你是什么 type 来着? 我记得你上次说是 INTJ, 难怪每次开会你都比我冷静.

Also 你上次说的那个 indie band, 我回来立刻去 Spotify 听了, 副歌那段真的 stuck in my head 一整周, 他们下个月来上海有 live, 要不要一起去?? 票好像不贵, 我可以负责抢票, 我抢票技术 top tier 的.

还有还有!! 我家终于养狗了!! 是一只柯基, 叫 "Mochi", 腿短到上楼梯要我抱, 每天早上六点准时舔我脸叫我起床, 比闹钟还准. 我现在朋友圈全是它, 同事已经开始屏蔽我了 🐶

对了, 新品的 SKU 图片麻烦 by Friday 发我们哈 🙏

周末 Mochi 要去打第二针疫苗, 希望它不要在医院叫太大声, 上次它把旁边一只金毛都吓哭了. 下次你来我们 office 我带它来给你看!! 它最喜欢穿黄色衣服的人, 你记得穿黄色 💛

Kiki""",
    quote=None,
))

# =============================================================================================
# HARD NEGATIVES — minimal twins of the subtle positives (choice left to the client / real buffer)
# =============================================================================================

A(dict(
    expect=[], lang="zh",
    why="hard negative (twin): same cheerful weekly report, but the prize question comes as two costed options and the client decides",
    sender=XM, to=[ZMIN], cc=[CJY],
    subject="【周报】瓶盖扫码活动 第4周进展 🎉",
    body="""周敏姐好呀~☀️

周五例行汇报来啦,方便您周一跟赵总同步👇

✅ 已完成
1. 扫码落地页第三版上线体验环境,新增"再扫一次"快捷入口;
2. 奖池配置后台支持按省份设置中奖率,嘉怡那边已经试用过了;
3. 防刷策略第一周拦截了2,300多次异常扫码,误伤为0。

🔄 进行中
1. 微信支付代金券批次联调,预计周二完成;
2. 数据看板草稿周三发您。

📌 需要您拍板的
- 您上周提的奖池加实物奖品(保温杯、帆布袋),我们做了两个版本给您挑:
  A. 纯电子券:物流零负担,按现在的排期11月25日上线;
  B. 电子券+实物(实物占奖池约10%):要对接仓储和快递,上线大约顺延5个工作日,每件实物另有约6元物流成本。
  两个我们都能做,实物对品牌好感确实有加分,所以真的看您和团队更看重哪一头~ 周三前告诉我们选哪个就行,需要的话我也可以约个15分钟电话把细节过一遍🙌
- 瓶盖码包请跟工厂确认11月18日前能否给到。

⚠️ 风险
微信支付批次审核一般3个工作日,已预留buffer,暂无高风险。

谢谢您和嘉怡这周的配合,周末愉快🍋

晓满
许晓满 | 项目经理
ourteam 数字化交付中心""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative (twin): weekly report where the dynamic-background request is logged as CR-031 with a reply date and an interim option",
    sender=ZY, to=[CJY], cc=[],
    subject="会员小程序双十二备战周报(11/21)",
    body="""嘉怡,下午好!❄️

本周进展同步如下,整体绿灯🟢

一、已完成
· 双十二预热页设计定稿,动效已按你们的反馈减弱;
· 会员日券包支持"满199减30"和"第二件半价"两种券型;
· 第二轮压测:10000并发下单接口P99 420ms,达标。

二、下周计划
· 12/10 晚22:00 大促页面切换演练;
· 客服FAQ第二版,加入积分抵现的常见问题;
· 大促数据看板增加小时级刷新。

三、需求池
· 会员等级页加动态背景:本期排期已满,我们登记为变更单CR-031,11/26(周三)前给你工作量和上线时间评估;如果想大促前先有点氛围,可以先换一版静态渐变背景,半天就能上,你看需不需要。
· 券包倒计时组件:已提测,孟婷在回归。

四、需要协助
· 12/10 演练请安排一位有后台权限的同事;
· 大促当晚值班表请在12/8前给到我们。

这周辛苦啦,周末愉快☕

钟意""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative (twin): thank-you note; the Douyin request gets an evaluation with a date and an escalation to our director",
    sender=XM, to=[ZHF], cc=[ZMIN],
    subject="感谢!会员日活动顺利收官🎊",
    body="""赵总好!

会员日活动昨天顺利收官啦🎊 跟您报个喜:
· 活动当天小程序访问量创新高,峰值每分钟1.8万次;
· 会员日券包领取41万张,核销率35%;
· 系统全程平稳,客服工单比上次少了三成。

特别感谢您和市场部的支持,周敏和嘉怡当天从早盯到晚,我们都看在眼里🙏

您在复盘会上提到把小程序同步到抖音,这个需要先评估抖音小程序的审核规则和支付对接,我们下周一(11/24)前给您一版初步方案和工作量;如果需要的资源超出现有团队,我也会请我们交付总监周建国直接跟您对一下,争取不耽误明年春节档。

完整复盘报告下周三前发您。再次感谢赵总的信任!🥂

晓满
许晓满 | 项目经理""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative (twin): our CTO's recommendation is given with its reason, but the business rule is explicitly left to the client",
    sender=TG, to=[CJY], cc=[],
    subject="积分有效期规则确认(第二版)✨",
    body="""嘉怡好~

第二版积分规则我们看过啦,改得很清楚👍 反馈两点:

1. 消费积分向下取整,已按你们的确认改好;
2. 积分有效期:我们CTO看过,他倾向于统一12个月滚动,主要是财务计提会简单很多。不过这毕竟是你们的业务规则,如果你们更想按会员等级分档(比如金卡24个月),系统也支持,只是后台多一个配置项,开发量大约2天。你们内部定了告诉我们就行,两种我们都OK~

周四电话会见😊

唐果""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative (twin): cost and delay are laid out as facts, explicitly 'not to talk you out of it', and the client chooses between two plans",
    sender=ZY, to=[SH], cc=[],
    subject="Re: 新增门店自提功能",
    body="""孙总好,

门店自提我们粗算了一下影响:需要对接三家便利店系统,新增库存同步和核销流程,预算大约增加45%,上线从12月中顺延到1月底。

列这些数字不是想劝退——如果自提对渠道这次很关键,完全值得做。给您两个走法:
1. 这一期就加上,整体上线顺延到1月底;
2. 一期按原计划12月上线,自提放二期,大约2月中上线。

您跟渠道商量后定哪个都行,我们按您的决定排期。需要的话我可以把详细的工作量拆分表发给渠道那边参考。

钟意""",
    quote="""钟经理,

渠道那边希望小程序商城加一个门店自提,用户可以就近去便利店拿货,你们看看?

孙浩""",
    quote_from=SH,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative (twin): same power-saving-mode cause, stated as a fact with the PM taking the blame and shipping a hint",
    sender=XM, to=[LXY], cc=[],
    subject="Re: 小程序领券页白屏",
    body="""小雨别慌~😊

我们用你同款机型复现了:开了省电模式+低数据模式的时候,系统会拦掉一部分资源,就会出现白屏。这其实是我们没做好提示,不是你的问题🙏 我们今天加一个检测,遇到这种情况就弹个提示,提醒用户关掉省电模式再试,明天上线。

监控里其他用户没有白屏告警,放心哈👌 有其他情况随时找我!

晓满""",
    quote="""晓满,我手机上打开领券页一直白屏,用户是不是也这样?好慌😭

小雨""",
    quote_from=LXY,
))

A(dict(
    expect=[], lang="zh", trad=True,
    why="hard negative (twin, traditional script): the hand-drawn map is not swapped in, but a compromise is offered, logged as CR-058 with a reply date",
    sender=LZH, to=[CARMEN], cc=[],
    subject="回覆:門市地圖插畫版",
    body="""陳小姐您好:

手繪風格的地圖很有特色,設計團隊辛苦了。

直接替換會影響導航和距離計算,所以我們想提一個折衷:標準地圖繼續負責導航,手繪版本放在「門市探索」頁,作為品牌插畫入口,點選門市後再跳到標準地圖。這個我們已經登記為變更需求 CR-058,下週三前給您工時評估和效果示意。

如果您更希望整體換成手繪風格,也可以一起評估,我們再約時間討論。

林志豪""",
    quote="""林先生您好,

我們設計團隊畫了一版手繪風格的門市地圖,想替換掉小程序裡現在的標準地圖,麻煩評估一下。

陳嘉欣""",
    quote_from=CARMEN,
))

A(dict(
    expect=[], lang="zh", trad=True,
    why="hard negative (twin, traditional script): firm but polite facts about the review rejection, with the PM owning the missed warning",
    sender=LZH, to=[HO], cc=[],
    subject="回覆:小程序審核進度",
    body="""何先生您好:

小程序審核被退回,原因是活動頁出現「全網最低價」字樣,平台規則不允許使用絕對化用語。這一點我們事前沒有提醒到,是我們的疏忽,抱歉。

文案已改為「會員專享價」,今天下午重新提交。平台一般需要1至3個工作日,我們每天追蹤進度並同步給您;如果週五前還沒有結果,我們會透過平台客服加急。

林志豪""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative (twin): bureaucratic tone, but 暂不纳入本期 comes with CR number, review date and an interim workaround",
    sender=GY, to=[CJY], cc=[ZHF],
    subject="关于\"积分转赠好友\"需求的答复",
    body="""陈经理:

来函收悉。"会员积分转赠好友"一项涉及积分作为资产的合规认定,暂不纳入本期范围,已登记变更单CR-2026-047,拟于11月27日需求评审会给出结论并书面回复。

在此之前,如需支持好友间互动,可先使用现有"分享得积分"功能过渡,配置方式我们可于本周内提供。

高远
项目经理
ourteam 数字化交付中心""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative (twin): copy hand-off that sets a default publish time but explicitly offers another round and a later date",
    sender=TG, to=[LXY], cc=[],
    subject="元旦推文文案终稿 📝",
    body="""小雨好呀~

元旦的两篇推文终稿附上啦,按你上次的意见把语气调得更轻松,结尾加了互动提问✨

如果你看完觉得还差点意思,我们再改一轮也完全OK~ 要是没问题,我们就按明早10点发布来排,你回个"OK"我们就安排;想再改的话,发布往后挪一天也来得及,不影响后面的节奏。

配图周三出,到时候发你预览~

唐果""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative (twin): proposal leaves the client's AR idea out of v1 but gives a costed evaluation and lets them decide",
    sender=XM, to=[ZMIN], cc=[],
    subject="新品上市互动方案 v1 🍋",
    body="""周敏姐好~

新品上市互动方案v1来啦🍋 大纲如下:
1. 主玩法:扫瓶盖码集"青柠能量",集满3格抽新品礼盒;
2. 社交:分享给好友可帮对方加1格,每天上限2次;
3. 线下:便利店堆头放小程序码,扫码直达活动页;
4. 节奏:12月1日预热,12月8日正式开始,为期三周。

您上次提的AR扫瓶身,我们单独做了一页评估放在方案最后:技术上可行,但需要额外3周开发和一笔AR识别授权费。要不要加进来您来定,两套排期我们都准备好了😉

周五前约个时间过一下?

晓满""",
    quote=None,
))

# =============================================================================================
# HARD NEGATIVES — Chinese, other types
# =============================================================================================

A(dict(
    expect=[], lang="zh", quote_style="foxmail",
    why="hard negative: client's slang anger (又双叒叕, 无语, 到底行不行) only in the quote; the PM's reply is calm with cause and timeline",
    sender=FL, to=[SH], cc=[],
    subject="Re: 积分商城又打不开了",
    body="""孙总您好,

非常抱歉影响到用户,今天上午的问题我们已经定位:

1. 原因:上午10:05一次商品图片批量更新,CDN缓存刷新配置有误,导致商城首页资源404,页面打不开;
2. 影响:10:05-10:41,共36分钟,期间约4,100位用户访问失败,无订单和积分数据损失;
3. 处理:10:41已回滚配置,商城恢复;今天下班前补上发布前的自动检查,以后同类配置不通过检查就无法发布;
4. 补偿建议:给受影响用户每人补发50积分,名单已整理好,您确认后我们今晚发放。

详细的事故报告明天中午前发您。再次抱歉,这次是我们的问题。

方磊""",
    quote="""方经理,你们到底行不行?积分商城又双叒叕打不开了,用户投诉都堆成山了,无语。今天必须给我个说法。

孙浩""",
    quote_from=SH,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative: internal discussion of a client's worry, constructive, with a plan to talk to her face to face",
    sender=ZY, to=[LJ, MT], cc=[],
    subject="周敏对中奖率的担心",
    body="""阿杰、婷婷,

今天周敏在电话里提到,她担心瓶盖码的中奖率配得太高,预算会提前烧完。她的顾虑是有道理的,上周华南那边一天就发掉了预计三天的券。

我想明天下午带着数据当面跟她过一遍:
1. 阿杰帮忙拉一下近7天各省的中奖数和核销数;
2. 婷婷确认一下奖池"每日上限"功能在线上是否真的生效;
3. 我来准备两个调整方案:按省降低中奖率,或者按天封顶。

周敏这边一直很配合,我们把数据摆清楚,她也好跟赵总交代。辛苦两位今天下班前给我数据~

钟意""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative: colleague banter — 服了 as praise, 不可能的任务 as praise, 我这脑子 aimed at herself; nothing about the client",
    sender=XM, to=[LJ], cc=[MT],
    subject="阿杰你是神!!🎉",
    body="""阿杰!!!

服了服了,三天就把支付回调那个坑填平了,这个"不可能的任务"真的被你完成了🎉🎉 周敏姐刚刚还在群里说回调成功率从93%涨到99.8%,让我替她谢谢你~

另外我这脑子,昨天把测试版本号写成了2.3.0,幸好婷婷眼尖发现了😂 今晚奶茶我请,谁都别跟我抢🧋

晓满""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative: routine polite mail; 做不了 and 不接受任何变更 appear only in the signature motto and disclaimer",
    sender=GY, to=[ZMIN], cc=[],
    subject="体验版测试账号已开通",
    body="""周敏您好,

新品活动体验版已部署完成,测试账号如下,供贵司同事验收使用:
· 账号 test_brand01 至 test_brand05,初始密码已单独短信发送;
· 体验版入口:小程序搜索后长按进入"体验版";
· 测试期间券码为虚拟券,不会产生真实核销。

验收中遇到任何问题,请直接在共享表格中登记,我们每天17:00统一答复。

高远

--
高远 | 项目经理
ourteam 数字化交付中心
座右铭:没有做不了的项目,只有不够用心的团队
免责声明:本邮件仅供指定收件人使用。本公司不接受任何仅通过邮件作出的合同变更,相关变更以书面变更单为准。""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative: technical terms — 唯一索引, 拒绝连接, 接口必须接受两种编码, 理论上不可能被核销两次",
    sender=ZY, to=[CJY], cc=[LJ],
    subject="关于\"同一张券被核销两次\"的排查结果",
    body="""嘉怡好,

昨天门店反馈的"同一张券被核销两次",我们排查完了,结论如下:

1. 券码字段在数据库里有唯一索引,核销记录以券码为主键写入,同一张券理论上不可能被核销两次;
2. 门店看到的两条记录,第一条是收银机超时后的失败请求,日志里是"拒绝连接"(Connection refused),当时门店网络中断了约40秒,第二条才是真正成功的核销;
3. 问题在于失败记录也被打印在了小票上,容易误会。今晚起小票只打印成功记录;
4. 另外提醒一下,老款POS发来的数据是GBK编码,新款是UTF-8,所以接口必须接受这两种编码,这一点我们已在对接文档里补充说明。

钟意""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative: negation 并不是做不了, followed by what is needed and a date for the answer",
    sender=GY, to=[ZHF], cc=[],
    subject="Re: 小程序里能不能直接分账给经销商",
    body="""赵总好,

分账给经销商并不是做不了,关键在于微信支付的分账资质:需要贵司以服务商身份开通,并且每个经销商都要完成实名进件。

我们这周会跟微信支付的对接人确认开通流程和周期,11月20日前给您一个明确答复,包括可行方案、时间和需要贵司准备的材料。

高远""",
    quote="""高经理,

小程序里能不能直接把货款分给经销商?财务那边很想要。

赵海峰""",
    quote_from=ZHF,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative: PM takes the blame ('并不是你们的问题') for a layout issue and explains the fix",
    sender=TG, to=[LXY], cc=[],
    subject="推文排版错乱的原因🙏",
    body="""小雨,

昨晚那篇推文在部分安卓手机上排版错乱,这个并不是你们的问题,是我们没提前说明公众号后台对外部样式的限制,复制进去的时候表格样式被过滤掉了。

我们已经把那一段改成了图片,今早重新预览过,各机型都正常。以后每篇推文发布前,我们会在三台不同的手机上先预览一遍再给你。

抱歉让你半夜被老板问😣

唐果""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative: internal mail quoting the client's criticism ('脑子里只有功能清单') and taking it seriously",
    sender=FL, to=[ZY, XM, TG], cc=[],
    subject="转:赵总对复盘的意见",
    body="""各位,

转一下赵总今早的邮件。话说得比较重,但我读了两遍,觉得他是有道理的:复盘报告里我们写了二十页功能和性能,关于消费者为什么来、为什么走,只有半页。

周四前我们补三件事:
1. 晓满整理一下用户留言和客服工单里的高频词;
2. 钟意拉一下新老会员的复购对比;
3. 唐果看一下活动页每一步的流失。

周五我约赵总半小时,当面把补充内容讲给他听,也听听他希望看到什么。

方磊""",
    quote="""方经理,

复盘报告看了。你们做技术的脑子里只有功能清单,根本没有站在消费者的角度想过问题。我要的是"为什么",不是"做了什么"。

赵海峰""",
    quote_from=ZHF,
))

A(dict(
    expect=[], lang="zh", quote_style="gt_zh",
    why="hard negative: a colleague's complaint (甲方又在瞎改) only in the quote; the PM answers constructively with the client's real reason",
    sender=ZY, to=[CWJ], cc=[],
    subject="Re: 主视觉又改了",
    body="""文静,

理解,五版确实累,辛苦你了🙏

这次改动我问过周敏了,原因是渠道那边临时换了主推品,从柠檬味换成了青柠味,不是随便改的。我下午约了周敏,一起把后面两周的素材需求一次性对清楚,争取不再来回改。你有空的话一起来,你直接跟她说设计上的顾虑会更清楚。

钟意""",
    quote="""甲方又在瞎改,主视觉改了五版了,我真的要疯了。

文静""",
    quote_from=CWJ,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative: recommendation with a pilot, the client decides ('您定哈')",
    sender=TG, to=[SH], cc=[],
    subject="扫码领券 试点建议 🌱",
    body="""孙总好~

关于便利店扫码领券要不要直接全国铺开,我们的建议是先在华东20家门店试点两周,看核销率和复购数据再决定:数据好就全国铺,不好就调整券面额或者陈列位置再试。

当然如果渠道那边希望赶春节档直接全国上,我们也能支持,只是风险会大一些。您定哈,我们两种排期都准备好了~

唐果""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative (twin of the bank proposal): carrier choice left to the bank; 几乎不可能出错 and 如果压测不行 used in another sense",
    sender=ZY, to=[DL], cc=[LIUJ],
    subject="餐饮权益平台技术方案(第三版)",
    body="""邓经理您好,

附上技术方案第三版,主要更新:
1. 双通道核销加了幂等校验,同一笔权益被重复核销的情况几乎不可能出错;
2. 对账报表新增商户维度汇总;
3. 压测计划:12月2日第一轮,如果压测不行,我们换用消息队列削峰的方案,不影响上线时间。

关于载体,小程序和独立App各有利弊,我们在第5页做了对比:小程序上线快、获客成本低;App在推送和会员粘性上更强,但预算和工期大约多一倍。两条路我们都能做,贵行内部讨论后告诉我们方向就好,如果需要,我们可以来行里给刘总做一次面对面的讲解。

钟意
项目经理 | ourteam""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative: long (ramble-length) UAT plan that stays on its subject throughout",
    sender=GY, to=[CJY], cc=[ZMIN, MT],
    subject="会员小程序 2.0 UAT 验收计划",
    body="""陈经理您好,

会员小程序2.0预计11月24日完成系统测试,为确保12月1日按期上线,现将用户验收测试(UAT)计划发给您,请您和团队审阅。

一、验收时间
11月25日(周二)至11月28日(周五),共4个工作日。11月28日下午16:00召开验收评审会,确认是否具备上线条件。

二、验收范围
1. 会员注册与登录:手机号授权、老会员数据合并、会员码展示;
2. 积分:签到积分、消费积分、积分抵现、积分过期提醒;
3. 券包:领券、用券、券过期、会员日券包自动发放;
4. 会员等级:升降级规则、等级权益展示;
5. 数据看板:新增会员、活跃会员、券核销三项指标。
本次不包含门店自提和积分商城,这两项在二期单独验收。

三、人员安排
贵方:建议安排CRM组2人、门店运营1人、财务1人(负责积分抵现对账口径)。
我方:孟婷负责测试支持,罗杰负责缺陷修复,我本人负责每日进度同步。

四、测试环境与数据
体验版环境已准备好,预置测试会员200个,涵盖各等级;测试券全部为虚拟券,不会产生真实核销。账号和操作手册将于11月24日下班前发给各位。

五、缺陷处理
验收中发现的问题请登记在共享缺陷表中,按严重程度分三级:一级(阻断主流程)4小时内修复;二级(功能有误但可绕过)当天修复;三级(文案、样式)汇总后统一修复。每天17:00我们会在群里同步缺陷状态。

六、上线条件
一级、二级缺陷全部关闭,三级缺陷不超过10个且有修复计划,财务确认积分抵现对账无误。

七、上线后观察
上线后第一周为观察期,我们每天上午10:00发送运行日报,内容包括新增会员数、积分发放与抵现金额、券核销率、接口错误率和客服工单数。观察期内如出现一级问题,我方两小时内给出处理方案,必要时回滚到1.x版本,回滚演练已安排在11月27日晚上。

八、需要贵方确认
1. 验收人员名单,请于11月21日前回复;
2. 验收评审会的参会人,是否需要赵总出席。

如对计划有任何调整意见,欢迎随时提出,我们据此更新。

高远
项目经理 | ourteam""",
    quote=None,
))

A(dict(
    expect=[], lang="zh",
    why="hard negative: long change-impact analysis of adding delivery-platform integration; focused, options left to the client",
    sender=FL, to=[SH], cc=[ZHF],
    subject="外卖平台对接变更影响分析",
    body="""孙总您好,

上周您提出在小程序商城中接入外卖平台配送,我们完成了变更影响分析,结论和细节如下,供您决策。

一、变更内容
用户在小程序下单后,可选择由外卖平台骑手从最近的合作便利店配送,30分钟内送达。涉及下单页、订单状态页、门店库存、配送费计算和售后退款五个环节。

二、对现有功能的影响
1. 下单流程:新增"配送方式"选择,原有快递发货流程不变;
2. 库存:需要从"中央仓库存"扩展为"门店库存",依赖便利店系统每15分钟同步一次库存;
3. 支付与退款:配送费需要单独结算,退款规则要区分"未接单""配送中""已送达"三种状态;
4. 客服:新增配送类工单,客服话术需要补充。
5. 数据看板:订单来源需要增加"外卖配送"维度,配送时长和超时率两项指标要新建报表;
6. 会员积分:配送订单是否同样累积积分、配送费是否计入积分,需要贵司市场部给出规则,我们按规则实现。

三、工作量与排期
开发约35人日,测试约12人日。如果这期纳入,整体上线从12月15日顺延到1月10日;如果放在二期,可在1月底单独上线,不影响一期。

四、费用
按变更流程测算,新增费用约18万元,明细见附件。外卖平台按单收取的技术服务费由贵司与平台直接结算,不在本项目费用内。

五、风险
1. 便利店库存同步的准确性取决于各门店系统,建议先选一个品牌的门店试点;
2. 春节期间骑手运力紧张,配送时效可能不稳定。
3. 外卖平台的接口每年会有一到两次大版本升级,需要预留维护人力,建议在运维合同中约定。

六、可选方案
方案一:本期纳入,1月10日整体上线;
方案二:一期按原计划,配送放到二期;
方案三:先做"到店自取+外卖跳转"的轻量版本,约8人日,12月内可上。

以上三种方案我们都可以执行,请您和赵总商量后告知倾向,我们再据此出正式变更单。如需当面讲解,我可以这周四下午到贵司。

方磊""",
    quote=None,
))

# =============================================================================================
# HARD NEGATIVES — English
# =============================================================================================

A(dict(
    expect=[], lang="en",
    why="hard negative (twin): workshop recap where tiers get a clear recommendation but the client keeps the call",
    sender=DANA, to=[MEGAN], cc=[RAJ, SOPHIE],
    subject="Recap: Tuesday loyalty workshop #2 🍟",
    body="""Hi Megan,

Thanks again for a great session on Tuesday — and for the milkshakes, the salted caramel one was a revelation 😄 Recap below.

What we agreed
1. The member QR sits on the home screen, no extra tap.
2. Birthday reward: a free dessert, redeemable within 7 days of the birthday.
3. Push templates from us by 20 Nov; Raj's team owns the calendar.
4. Store-level menus revisit in January.

Open points
- Tiers came up again. Our recommendation is still flat points for launch: it's simpler to explain at the counter, and we'd have three months of clean data before designing tier thresholds. That said, it's your programme and your customers. If tiers from day one matter to you, we can scope them by next Tuesday so you can compare both side by side. Your call 🙂
- App icon: Sophie sends the final two options by Friday.

Next steps
- Us: prototype v3 by 27 Nov.
- You: decision on tiers whenever you're ready; it doesn't block the prototype.

Have a lovely week!

Dana
Dana Whitfield | Senior Project Manager | ourteam""",
    quote=None,
))

A(dict(
    expect=[], lang="en",
    why="hard negative (twin): pilot recap where the custom font is blocked by licensing, with an owner, a reply date and a stopgap",
    sender=MARCUS, to=[RAJ], cc=[SOPHIE],
    subject="Notes — QR ordering pilot check-in (19 Nov)",
    body="""Hi Raj and team,

Thanks for the time today! Notes below.

Pilot status
- All 10 pilot stores live 🎉
- Average order time holding at about 4 minutes; repeat use at 38%.
- One incident (Central, menu sync delay, 12 minutes), fixed same day.

Decisions
1. Allergen icons at the top of each item — live since Monday.
2. Tipping prompt stays off for the pilot.
3. Custom menu-board font: the current licence doesn't cover embedding it in the app. Sophie is checking with the foundry and we'll come back to you by 26 Nov with the options and cost; in the meantime we'll use the brand's fallback font so nothing is blocked.

Actions
- Raj: kitchen printer models for the next 20 stores by Friday.
- Us: pilot dashboard every Monday, 10am.
- Sophie: foundry answer by 24 Nov.

Thanks all — great momentum.

Marcus""",
    quote=None,
))

A(dict(
    expect=[], lang="en",
    why="hard negative (twin): warm long note; 'hard no for the January release' followed by an interim form by 1 Dec and CR-112 for the 15 Jan review",
    sender=DANA, to=[MEGAN], cc=[RAJ],
    subject="Two months in — thank you, and what's next",
    body="""Hi Megan,

Two months since launch, so I wanted to pause the status tables for a moment and say thank you properly.

The brief in September was a lot: a new loyalty app, ordering for 140 stores and a points migration, all before the holiday menu. Your team made it work. Raj's turnaround on the T&Cs, Sophie's photography and your short, decisive steering meetings made this one of the best projects I've run.

Numbers for the leadership update:
- 268,000 members, 64% migrated from the old card;
- app orders at 21% of weekday lunch revenue in the pilot cities;
- 4.7 stars on both stores ⭐

What's next:
- Holiday menu drop on 1 Dec — content freeze on 24 Nov;
- Gift cards in the app, build starting 8 Dec;
- Quarterly business review on 15 Jan.

On Tuesday's question about franchisees editing their own promos in the admin: that's a hard no for the January release, I'm afraid, because it touches the pricing approvals your finance team set up. What we can do: a simple promo request form for franchisees by 1 Dec, so their asks reach your team in one place, and full self-serve is logged as CR-112 for the Q1 roadmap review on 15 Jan, with an estimate ready before then. If it needs to move faster, I'm happy to take it to our delivery director together with you.

Thanks again, truly. Looking forward to the next two months 🎄

Warmly,
Dana""",
    quote=None,
))

A(dict(
    expect=[], lang="en",
    why="hard negative (twin): PM shares data favouring spin wheels but proposes a test and leaves the decision to the client",
    sender=DANA, to=[RAJ], cc=[],
    subject="Re: Game mechanic for the summer campaign",
    body="""Hey Raj,

Ha, I hear you — scratch cards do have that nostalgic feel. Our data from past campaigns leans towards spin wheels (roughly 20% higher completion), but your customers know scratch cards, and that counts for a lot.

How about we run both in five stores for a week and let the numbers decide? Design can mock up both by Monday. Either way, your call 🎡

Talk soon,
Dana""",
    quote="""Dana — I keep coming back to scratch cards. They feel more "real" to our customers than a spin wheel. Thoughts?

Raj""",
    quote_from=RAJ,
))

A(dict(
    expect=[], lang="en",
    why="hard negative (twin): the code freeze is stated as a fact, but two options are offered and the client picks",
    sender=MARCUS, to=[SOPHIE], cc=[],
    subject="Re: Christmas banner — A/B?",
    body="""Hi Sophie,

Love that you're thinking data-first! 🙌 The code freeze is on the 28th, so it's tight, but there are two ways to do it:

(a) ship the gingerbread banner now and A/B the snowman after the freeze, from 2 Dec;
(b) push the banner launch by two days and test both from day one.

Happy with either — which works better for Megan's deck? If you let me know by Wednesday, we'll have it in the sprint.

Marcus""",
    quote="""Hi Marcus,

Could we A/B test the two Christmas banners (the snowman and the gingerbread one) before we commit? I'd love some data to take to Megan.

Thanks!
Sophie""",
    quote_from=SOPHIE,
))

A(dict(
    expect=[], lang="en", quote_style="outlook",
    why="hard negative: client's anger ('ridiculous', 'excuses') only in the quote; the PM replies with a calm incident summary and commitments",
    sender=MARCUS, to=[RAJ], cc=[MEGAN],
    subject="RE: App down at lunch — again",
    body="""Hi Raj,

You're right to be frustrated, and I'm sorry — two outages at lunch in one week is not acceptable for your stores.

What happened: at 12:07 the ordering service ran out of database connections after a menu update doubled the number of queries per order. Orders failed for 23 minutes across 46 stores.

What we've done: rolled back the menu update at 12:30, added a connection alarm that pages us at 70% usage, and frozen all menu releases between 11:00 and 14:00 and between 17:00 and 20:00.

What's next: a full incident report by Thursday noon, and I'd like to walk you and Megan through it in person on Friday, including how we'll compensate affected customers.

Marcus""",
    quote="""This is ridiculous. The app went down AGAIN during lunch rush, our stores had queues out the door. I need answers today, not excuses.

Raj""",
    quote_from=RAJ,
))

A(dict(
    expect=[], lang="en",
    why="hard negative: technical senses — 'you must restart', 'connection refused', unique index, 'impossible to redeem twice', 'won't be charging', 'annoying flicker'",
    sender=MARCUS, to=[JASON], cc=[PRIYA],
    subject="POS sync fixes + that annoying flicker",
    body="""Hi Jason,

Three quick technical updates:

1. POS sync: after changing a store ID in the admin, you must restart the POS sync service on that store's terminal, otherwise it keeps the old ID in cache. The "Connection refused" errors in Tuesday's log were from two terminals still pointing at the retired server; Priya has updated them.

2. Duplicate coupons: the coupon code column now has a unique index, so it's technically impossible for one coupon to be redeemed twice, even if a terminal retries.

3. The annoying flicker on the menu page when switching categories is fixed in today's build. It was a bug on our side, so we won't be charging for this fix.

Let me know if the stores see anything odd.

Marcus""",
    quote=None,
))

A(dict(
    expect=[], lang="en",
    why="hard negative: PM can't approve the extension alone and hands it to our director with a call date",
    sender=DANA, to=[MEGAN], cc=[ZJG],
    subject="Re: Free drink promo — all 600 stores?",
    body="""Hi Megan,

Thanks for the quick turnaround on this! Extending the free-drink promo from the 80 pilot stores to all 600 changes the hosting load and the support rota, so it's not something I can sign off on myself.

I've passed it to our delivery director, Zhou Jianguo (copied), with the numbers from the pilot. He'll call you on Thursday morning with what it would take and by when. In the meantime, the pilot stores keep running as planned.

Dana""",
    quote="""Dana — the pilot is flying 🚀 Can we extend the free drink promo to all 600 stores from next Monday?

Megan""",
    quote_from=MEGAN,
))

A(dict(
    expect=[], lang="en",
    why="hard negative: long (ramble-length) root-cause analysis of a coupon outage that stays on topic",
    sender=MARCUS, to=[RAJ, MEGAN], cc=[PRIYA],
    subject="Incident report: birthday coupons not issued (14–15 Nov)",
    body="""Hi Raj, hi Megan,

As promised, here is the full report on the birthday-coupon incident.

Summary
Between 14 Nov 00:00 and 15 Nov 10:20, members whose birthday fell in that window did not receive their birthday dessert coupon. 1,932 members were affected. No other coupon types were impacted and no member data was lost.

Timeline
- 13 Nov, 18:40: we deployed a change to the scheduled-jobs service to move the birthday job from 00:00 to 06:00, at your team's request, so the push notification would not arrive in the middle of the night.
- 14 Nov, 06:00: the job started but exited immediately, because the new schedule used the server's UTC clock instead of Shanghai time. As a result, the job looked for members whose birthday was "yesterday" and found none that matched its filter.
- 15 Nov, 09:05: a member contacted your customer service; Jason forwarded the ticket to us at 09:30.
- 15 Nov, 10:20: we corrected the time zone, re-ran the job for both days and confirmed that all 1,932 coupons were issued.

Root cause
The scheduler configuration did not specify a time zone, and our test environment happens to run on Shanghai time, so the error did not show up in testing. This is our mistake: the change was reviewed, but the reviewer checked the logic, not the environment settings.

Why we didn't notice sooner
The birthday job had no alert for "zero coupons issued". A job that runs successfully but issues nothing looked healthy on our dashboards.

What we've changed
1. All scheduled jobs now set the time zone explicitly, and the test environment has been switched to UTC so the two match.
2. We added an alert if any daily coupon job issues fewer than 50% of its seven-day average.
3. Configuration changes to scheduled jobs now need a second reviewer who checks the environment, not only the code.

Customer impact and proposal
Affected members received their coupon one day late. We suggest extending the validity of these 1,932 coupons by 7 days and sending a short apology message. We've drafted the copy; Sophie, if you're happy with it, we can send it today at 17:00.

Open questions for you
- Do you want the birthday push to stay at 06:00, or move it to 09:00 now that the job runs reliably?
- Should the apology include a small extra, such as double points on the next order? That's your call; both are ready to configure.

I'm sorry for the disruption to your members' birthdays. Happy to go through any part of this on a call.

Marcus""",
    quote=None,
))

A(dict(
    expect=[], lang="en",
    why="hard negative: 'As I mentioned on Tuesday's call' and 'I told you I'd confirm' as follow-through, not a lecture",
    sender=DANA, to=[SOPHIE], cc=[],
    subject="Photo specs for the winter menu 📸",
    body="""Hi Sophie,

As I mentioned on Tuesday's call, I told you I'd confirm the photo specs once the new menu layout was final — here they are:

- Dish shots: 1600 × 1200 px, JPG, light grey background (#F2F2F2);
- Hero images: 1080 × 1350 px, room at the top for the headline;
- File names: menu code + dish name, e.g. W24-03_truffle-burger.jpg.

No rush on the hero images; the dish shots by 25 Nov would be perfect. Thanks!

Dana""",
    quote=None,
))

# =============================================================================================
# HARD NEGATIVES — mixed Chinese/English
# =============================================================================================

A(dict(
    expect=[], lang="mixed",
    why="hard negative (twin): push-frequency concern turned into an A/B proposal; the client confirms",
    sender=KIKI, to=[KELLY], cc=[],
    subject="Re: push 频次",
    body="""Hi Kelly~

一天三次 push 我们有一点点担心 🙈 餐饮类 app 推太多, 用户很容易直接关通知, 之后想召回就难了.

提个小建议: 新品上市第一周做个 A/B, 一组一天一次, 一组早中晚三次, 跑 7 天看打开率和关通知的比例再定. 如果老板那边时间比较急, 也可以直接三次先上, 我们每天盯数据, 有异常马上调. 你看哪个 OK? 周四前给你 banner 和落地页!

Kiki 🌸""",
    quote="""Kiki, 老板想要 push 一天发三次, 早中晚各一次, 配合新品上市, 可以吗?

Kelly""",
    quote_from=KELLY,
))

A(dict(
    expect=[], lang="mixed",
    why="hard negative (twin): same launch thank-you, but the dark-mode idea goes to the backlog with a mock date and the client decides",
    sender=KIKI, to=[KELLY], cc=[],
    subject="V1.1 上线啦!🎉 Thanks Kelly",
    body="""Hi Kelly~

V1.1 今早 live 啦!!🎉 Thank you for 这两周的配合, 你们 ops 小伙伴帮我们测了 40 家门店的菜单, 真的 super helpful!

Quick updates:
- 新版点单页上线后, 平均下单时长从 92 秒降到 71 秒 📈
- Crash rate 0.05%, 比 V1.0 还低
- 下周一给你完整 report

上次你提的 dark mode, 我们已经放进 backlog 了 ✅ 12 月第一周给你一版 mock 看看效果, 要不要排进 Q1 你们定, 我们都 OK 😉

改天请你们喝奶茶 🧋

Kiki
陈琪 Kiki | Project Manager | ourteam""",
    quote=None,
))

A(dict(
    expect=[], lang="mixed",
    why="hard negative: 醉了 and facepalm aimed at herself in internal banter; the client is mentioned kindly",
    sender=KIKI, to=[LJ, MT], cc=[],
    subject="我醉了 🤦‍♀️",
    body="""阿杰 婷婷,

我醉了, 我居然把 staging 的 link 发给 Kelly 了 🤦‍♀️ 她点进去看到一堆 test 数据还以为线上出事了. 已经跟她道歉并发了正确的 link, 她说 no worries, 人真的超 nice.

Lesson learned: 以后发给客户的 link 大家都 double check 一下域名, 尤其是我自己 😂 今晚奶茶我请, 算是给自己的罚款.

Kiki""",
    quote=None,
))

A(dict(
    expect=[], lang="mixed",
    why="hard negative: internal note with the client analyst deliberately in Cc; his fraud concern is called valid and acted on",
    sender=KIKI, to=[LJ, MT], cc=[JASON],
    subject="coupon 防刷 plan (cc Jason)",
    body="""阿杰 婷婷,

把 Jason 也 cc 进来, 让他直接看到我们的进度 🙂 他上周提的 coupon 被羊毛党刷的担心 totally valid, 我们看了数据, 新人券确实有一批是同一设备注册了十几个号.

Plan:
1. 阿杰: 同设备 24 小时内注册上限 3 个, 本周五上 staging;
2. 婷婷: 准备 20 个模拟刷券的 test case, 下周二跑完;
3. 我: 下周三跟 Jason 过一遍结果, 看阈值要不要调.

Jason, 如果你们那边有已知的可疑手机号段, 欢迎直接发给阿杰 🙏

Kiki""",
    quote=None,
))

A(dict(
    expect=[], lang="mixed",
    why="hard negative: negation 'I'm not saying no 哈' followed by a budget question and a date",
    sender=TG, to=[JASON], cc=[],
    subject="Re: 年终 loyalty game",
    body="""Hi Jason,

I'm not saying no 哈 😄 这个年终 loyalty game 的想法很好, 我们团队也挺想做的. 只是想先确认一下预算是走 marketing 还是 IT, 因为两边的审批流程不一样, 会影响我们排期.

你确认之后, 我们三个工作日内给你一版玩法草案和报价, 最晚 12 月 5 日前. 有问题随时 ping 我!

唐果""",
    quote="""Hi 唐果,

We'd love a year-end loyalty game in the app — something like a daily calendar with small rewards. Can you do it?

Jason""",
    quote_from=JASON,
))

A(dict(
    expect=[], lang="mixed",
    why="hard negative: long (ramble-length) mixed launch checklist that stays on the launch",
    sender=KIKI, to=[KELLY], cc=[JASON, LJ],
    subject="冬季新品 launch checklist ❄️ (12/1)",
    body="""Hi Kelly, Jason,

冬季新品 12/1 launch, 下面是完整的 checklist, 请大家对一下自己负责的部分 🙏 有任何 blocker 请尽早说.

1. 内容 & 素材 (owner: Kelly)
- 新品图片 6 张, 规格 1600×1200, 11/24 前给到我们
- 菜单文案中英文版本, 包括过敏原标注
- App 首页 banner 两版 (午餐版 / 晚餐版), 11/25 前定稿

2. 菜单 & 价格 (owner: Jason)
- POS 里新品 SKU 建好, 价格和 app 一致, 11/26 前完成
- 门店套餐组合规则确认, 特别是"新品 + 饮料"的加价购
- 各城市价格差异表, 我们会按表配置

3. App 开发 (owner: 阿杰)
- 新品专区页面, 11/27 提测
- 限时标签 + 倒计时组件, 复用双十一的版本
- 首单新品立减 5 元的券, 11/28 配置完成

4. 测试 (owner: 婷婷, 我们这边)
- 11/28-11/29 全流程回归, 覆盖下单、支付、退款、券核销
- 选 5 家门店做线下验证, 包括厨房打印机出单
- 11/30 晚上 go/no-go meeting, 20:00

5. 上线当天
- 12/1 06:00 菜单切换, 阿杰和我在线
- 07:00-14:00 每小时发一次数据 update 到群里: 订单量、新品占比、报错数
- 如有严重问题, 回滚到旧菜单, 回滚步骤已经演练过一次

6. 上线后
- 12/2 发第一份 launch report
- 12/8 一周复盘, 看新品复购和券核销
- 客服 FAQ 准备好, 包括"新品什么时候下架"这类问题

Open questions:
- 新品是否在所有城市同时上? 如果有城市晚一周, 我们需要单独配置
- Push 文案谁来最终 approve?

就这些啦, 辛苦大家!! 有问题随时在群里喊我 ❄️

Kiki
陈琪 Kiki | Project Manager | ourteam""",
    quote=None,
))

# Deterministic shuffle so that labels are not grouped by position.
random.Random(5050).shuffle(CASES)
