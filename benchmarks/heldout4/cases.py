"""Blind evaluation set heldout4 for mailcoach.

Written by an independent helper from the labelling guide (shared/drafts/README.md) and the source
article only. Emphasis: e-commerce, mobile-game and mobile-app clients; young PMs writing casually
(slang, emoji, kaomoji, sarcasm, softeners around flat refusals, WeChat-style short lines,
nicknames, reply-all accidents). All text is synthetic. Do not tune on this set.
"""

import random

# --- people -------------------------------------------------------------------------------
XM = "周小满 <zhou.xiaoman@ourteam.example.com>"        # young PM, e-commerce account (client A)
XL = "林小鹿 <lin.xiaolu@ourteam.example.com>"          # young PM, mobile game (client B)
YM = "陈一鸣 <chen.yiming@ourteam.example.com>"         # PM, bank app (client C)
TG = "唐果 <tang.guo@ourteam.example.com>"              # PM
ZQ = "郭子晴 <guo.ziqing@ourteam.example.com>"          # PM, writes traditional Chinese
AMY = "Amy Lin <amy.lin@ourteam.example.com>"
KEVIN = "Kevin Xu <kevin.xu@ourteam.example.com>"
WB = "王博 <wang.bo@ourteam.example.com>"               # dev lead
QQ = "赵倩 <zhao.qian@ourteam.example.com>"             # designer
YF = "刘一凡 <liu.yifan@ourteam.example.com>"           # QA
MM = "张明明 <zhang.mingming@ourteam.example.com>"      # backend dev, called 明明
LEO = "Leo Chen <leo.chen@ourteam.example.com>"
CAO = "曹建国 <cao.jianguo@ourteam.example.com>"        # our director
QQ_T = "趙倩 <zhao.qian@ourteam.example.com>"

SUN = "孙悦 <sun.yue@client-a.example.cn>"              # client A ops director (悦姐)
HE = "何志强 <he.zhiqiang@client-a.example.cn>"         # client A tech lead (何工)
DENG = "邓国栋 <deng.guodong@client-a.example.cn>"      # client A VP (邓总)
LIU = "柳青 <liu.qing@client-a.example.cn>"             # client A merchandising
JASON = "Jason Miller <jason.miller@client-b.example.com>"
PRIYA = "Priya Shah <priya.shah@client-b.example.com>"
KAREN = "Karen Lin <karen.lin@client-b.example.com>"
TOM = "Tom Becker <tom.becker@client-b.example.com>"
ZHAO = "赵明远 <zhao.mingyuan@bank-c.example.cn>"       # bank C division head (赵处)
QIAN = "錢佳怡 <qian.jiayi@bank-c.example.cn>"          # bank C product owner
CHEN = "陈卫东 <chen.weidong@bank-c.example.cn>"        # bank C manager (陈经理)
CHEN_T = "陳衛東 <chen.weidong@bank-c.example.cn>"

CASES = []


def case(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    CASES.append(dict(kw))

# =========================================================================================
# POSITIVES
# =========================================================================================

# --- argue -------------------------------------------------------------------------------
case(expect=["argue"], lang="zh",
     why="argue: passive-aggressive '这是第四遍了哈😊' + lecturing the client to read the pinned doc",
     sender=XM, to=[LIU], subject="Re: 优惠券叠加规则到底怎么算?",
     body="""柳青姐好~

这个问题嘛,10月28号的邮件、11月2号的周会、还有群里置顶的那份《优惠规则说明v3》里都写过了哦,这是第四遍了哈😊

再贴一次:平台券和店铺券可以叠加,跨店满减按实付金额算,不按原价算。所以结算页的金额是对的,不是bug呢。

下次遇到用户投诉,要不先花两分钟翻一下置顶文档?能省大家不少时间的嘛~

小满""",
     quote="""小满,满300减40和店铺券到底能不能叠加?用户投诉说结算页算出来的金额不对,你们是不是又有bug了?今天必须给个说法。""",
     quote_from=LIU)

case(expect=["argue"], lang="zh",
     why="argue: rhetorical questions ('是没收到,还是收到了没打开?') and blame ('问题到底出在谁那儿')",
     sender=YM, to=[ZHAO], cc=[CHEN], subject="关于手机银行3.2版本“未提交测试报告”的说明",
     body="""赵处长:

您上午在群里说我们“没交测试报告就想上线”。我想确认一下——11月3日下午4点12分发到您邮箱、带附件的那封邮件,是没收到,还是收到了没打开?

报告一共47页,第12页起就是您关心的转账限额用例,142条全部通过。附件在那儿放了一周,下载记录是零。

所以问题到底出在哪一边,我想大家心里都有数。麻烦今天之内给个结论,别再拿“没报告”卡上线了。

陈一鸣""")

case(expect=["argue"], lang="en",
     why="argue: condescending 'Maybe confirm which build...' lecture, sarcastic repetition",
     sender=KEVIN, to=[PRIYA], subject="Re: P0 - game crashes on login (again??)",
     body="""Priya,

Not sure how else to put this. The crash logs you attached are from build 2.3.1. We retired 2.3.1 on the 2nd. It's in the release notes, it's pinned in the Slack channel, and it's in the Jira ticket. In bold.

Maybe confirm which build is actually on your test devices before filing a P0 and pulling three engineers off their evening? Current build is 2.4.0. It doesn't crash on login. It hasn't for two weeks.

Kevin""",
     quote="""Crash on login is back. This is the third time this sprint. Are you guys even running regression? Need a fix today.""",
     quote_from=PRIYA, quote_style="gt")

case(expect=["argue"], lang="mixed",
     why="argue: '拜托…跟我们的 code 一毛钱关系都没有好吗??' + telling client QA to Google first",
     sender=XL, to=[KAREN], subject="Re: Android 13 收不到推送",
     body="""Karen,

拜托... 这个是 Android 13 的 runtime permission 机制, 用户自己点了 "Don't allow", 系统就不会弹通知, 跟我们的 code 一毛钱关系都没有好吗??

你们 QA 提单之前能不能先 Google 一下 POST_NOTIFICATIONS? 这种 basic 的东西每次都要我们来科普, 真的有点累。

Ticket 我先 close 了。

小鹿""",
     quote="""Hi 小鹿, 我们 QA 说 Android 13 上收不到推送, 这个是你们的 bug 吧? 请尽快修。""",
     quote_from=KAREN, quote_style="gt_zh")

case(expect=["argue"], lang="zh", trad=True,
     why="argue (traditional): blames the bank for three versions of the criteria, '這種溝通方式,老實說很難配合'",
     sender=ZQ, to=[CHEN_T], subject="關於驗收標準的回覆",
     body="""陳經理您好:

貴行上週給的驗收標準寫「登入須在兩秒內完成」,這週的會議記錄又改成「一秒內」,今天早上的訊息又說「以體驗為準」。

同一件事三個版本,我們到底要照哪一個做?麻煩貴行內部先把口徑對齊,不要每換一個人就換一套說法,讓我們夾在中間來回白做工。

這種溝通方式,老實說很難配合。

郭子晴""")

case(expect=["argue"], lang="zh",
     why="argue: 阴阳怪气 '都对都对👍…我们前端小哥也是肉做的' (has a buffer, so not refusal)",
     sender=XM, to=[DENG], subject="Re: 首页改版需求调整",
     body="""邓总好呢~

收到呢。首页从九宫格改成瀑布流,是您三周前拍板的呢;现在改回九宫格,也是您说的呢,都对都对👍

就是想小小地问一句哈:下一次改主意之前,能不能稍微提前那么一丢丢告诉我们呢?毕竟我们前端小哥也是肉做的,不是拿来反复横跳的呢~

周一能不能上线,我跟研发确认后回您。

小满""",
     quote="""小满,首页banner改成视频轮播,商品瀑布流改回九宫格,下周一上线。""",
     quote_from=DENG, quote_style="outlook_zh")

# --- refusal -----------------------------------------------------------------------------
case(expect=["refusal"], lang="zh",
     why="refusal: flat no wrapped in 哈/😂/么么哒 softeners, no buffer, alternative or escalation",
     sender=XM, to=[SUN], subject="Re: 618前能不能加个直播带货入口?",
     body="""悦姐~

直播这块咱们这边就不接了哈,不在我们的活儿里 😂

其他的事随时找我呀,么么哒~

小满""",
     quote="""小满,老板想在618前把直播带货入口加到商品详情页,你们评估下多久能做完?越快越好。""",
     quote_from=SUN, quote_style="foxmail")

case(expect=["refusal"], lang="zh",
     why="refusal hidden in a meeting recap: item 4 '这个我们不搞,后面也不用再提了'",
     sender=XM, to=[HE], cc=[SUN], subject="11月5日需求评审会纪要",
     body="""何工、悦姐:

今天评审会的结论整理如下,有出入的话今天内回我:

1. 购物车批量删除:本周五提测,王博负责。
2. 订单列表增加“再买一单”按钮:下周三提测。
3. 商品详情页视频自动播放:默认关闭,运营后台可开,下周三一起提测。
4. 会员成长值体系重构:这个我们不搞,后面也不用再提了。
5. 退款进度消息推送:文案由悦姐这边周四前给到。

下次评审定在11月12日下午两点,会议室照旧。

周小满""")

case(expect=["refusal"], lang="en",
     why="refusal: curt 'We're not doing the leaderboard reset. That's that.'",
     sender=KEVIN, to=[JASON], subject="RE: Season 3 leaderboard reset",
     body="""Jason,

We're not doing the leaderboard reset. That's that.

Thanks,
Kevin""",
     quote="""Hey team - can we reset the global leaderboard at the start of Season 3 but keep the top-100 badges? Players have been asking for it a lot on Discord. Let me know what it'd take.""",
     quote_from=JASON, quote_style="outlook")

case(expect=["refusal"], lang="zh",
     why="refusal: bureaucratic '我公司对此不作处理,后续亦不再就该事项进行沟通。望知悉。'",
     sender=YM, to=[ZHAO], subject="关于“夜间批量对账提速”事项的函复",
     body="""赵处长:

贵行11月4日来函所提“夜间批量对账时间由4小时压缩至1小时”的诉求,超出我方本合同承接范围,我公司对此不作处理,后续亦不再就该事项进行沟通。

望知悉。

项目部 陈一鸣""")

case(expect=["refusal"], lang="mixed",
     why="refusal: 'Dark mode 这个 nope 哈, 不会加的, 别等了 🙃' — slang flat no",
     sender=XL, to=[KAREN], subject="Re: dark mode 什么时候上?",
     body="""Karen~

Dark mode 这个 nope 哈, 不会加的, 别等了 🙃

有别的 feedback 再 ping 我~

小鹿""",
     quote="""小鹿~ 好多玩家在 TapTap 评论区催 dark mode, 这个能排进下个 sprint 吗?""",
     quote_from=KAREN, quote_style="gt")

case(expect=["refusal"], lang="zh",
     why="refusal: WeChat-style short lines '看过了/动不了/就这样哈', nothing offered",
     sender=XM, to=[LIU], subject="回复:商品标题字数放宽到120字",
     body="""柳青姐

看过了
动不了
标题字段底层就是60字
就这样哈

小满""")

case(expect=["refusal"], lang="zh", trad=True,
     why="refusal (traditional): '我們不會做喔,之後的版本也不會排進去', nothing else",
     sender=ZQ, to=[QIAN], subject="回覆:理財頁面加入簽到小遊戲",
     body="""錢小姐您好:

簽到小遊戲這個我們不會做喔,之後的版本也不會排進去。

謝謝。

郭子晴""")

# --- persuade ----------------------------------------------------------------------------
case(expect=["persuade"], lang="zh",
     why="persuade: '真没必要再琢磨了…结论不会变:就用我们的方案', pressure to sign",
     sender=XM, to=[DENG], subject="仓储系统选型,咱就定了吧",
     body="""邓总:

自建仓储系统这个想法,我说句掏心窝子的话,真没必要再琢磨了。我们的云仓SaaS已经在十几家电商跑着,您自己建,钱、人、时间哪样都搭不起。

您的顾虑我都听了,但结论不会变:就用我们的方案。合同我下午发您,您签了咱们下周就能启动,别再让团队评估来评估去了,拖一天就多亏一天。

周小满""")

case(expect=["persuade"], lang="en",
     why="persuade: refuses the comparison the client asked for, 'full stop', 'all you need to do is sign it'",
     sender=KEVIN, to=[TOM], subject="Re: Backend options - Firebase vs. yours",
     body="""Tom,

I'll be straight with you: a comparison doc would just be going through the motions. Firebase is the wrong call for a game at your scale, and I'd rather not pretend the question is open. Our backend is the one that will hold up on launch day, full stop.

Let's lock it in on Thursday's call. I'll bring the SOW; all you need to do is sign it, and we can stop going round in circles.

Kevin""",
     quote="""We're leaning toward Firebase for the live-ops backend - our team already knows it and it keeps costs predictable. Can you send a comparison so we can decide by end of month?""",
     quote_from=TOM, quote_style="gt")

case(expect=["persuade"], lang="zh",
     why="persuade via deadline pressure: '双11肯定赶不上…其他方案咱们就不讨论了,OK?'",
     sender=XM, to=[SUN], subject="双11活动页模板,今天得定",
     body="""悦姐:

活动页的事我再说最后一次哈——就用我们的标准模板,定制的念头先收一收。

你们想要的那种全屏3D翻页,做出来最少三周,双11肯定赶不上,到时候大促没页面,谁也担不起。用我们的模板,一周就能上,这账怎么算都是模板划算。

所以今天下班前给我一句“好”就行,其他方案咱们就不讨论了,OK?

小满""")

case(expect=["persuade"], lang="mixed",
     why="persuade via authority: 'CTO 已经拍板…native 的想法 honestly 可以放下了, 按我们的来就对了'",
     sender=AMY, to=[KAREN], cc=[TOM], subject="技术栈最终决定 - Flutter",
     body="""Karen, Tom,

跟大家 sync 一下: 我们 CTO 已经拍板用 Flutter 了, 这个 decision 不会再变。

你们之前提的 native 双端开发, honestly 可以放下了, 成本高一倍, timeline 也多两个月, 完全没必要。我知道你们 team 对 Swift 更熟, 但这不是重点, 按我们的来就对了。

麻烦这周内把 SOW 签回来, 我们下周一 kickoff。

Amy""")

case(expect=["persuade"], lang="zh",
     why="persuade: dismisses the bank's dual-review idea, '您就放心交给我们…希望您直接确认我们的方案'",
     sender=YM, to=[ZHAO], subject="关于大额转账复核流程的意见",
     body="""赵处长:

您提的“大额转账双人复核”流程,我们内部认真讨论过了。说实话,这套流程搬到手机银行上,用户体验会很差,转化率肯定掉。

我们做过六家银行的移动端,全都是单人确认加短信验证,没有一家出过问题。您就放心交给我们,照这个流程走,双人复核这个思路真的可以不用再考虑了。

下周三评审会上,希望您这边能直接确认我们的方案。

陈一鸣""")

case(expect=["persuade"], lang="en",
     why="persuade via cost pressure: 'No animation is worth that… tell your art director it's decided'",
     sender=AMY, to=[JASON], subject="RE: Custom gacha animation",
     body="""Jason,

I get that it matters to your art director, but let's be realistic. Every week you hold out for the custom animation pushes launch, and by our numbers that's roughly $40k a week in lost revenue. No animation is worth that.

Ship with the standard pull sequence. Anyone serious about hitting the launch window would. Please tell your art director it's decided and let's move on.

Amy""",
     quote="""Our art director really wants the custom gacha pull animation in the launch build. I know it's tight but it's a big part of the game's identity.""",
     quote_from=JASON, quote_style="outlook")

case(expect=["persuade"], lang="zh",
     why="persuade with coaxing softeners: '咱就别较这个真了好不好嘛~ 方向就按我们说的定…就这么说定了哈'",
     sender=XM, to=[SUN], subject="关于“一键比价”功能",
     body="""悦姐~

一键比价这个功能,你相信我,用户真的不需要啦,数据我们都看过了,真正会点的不到1%。

咱就别较这个真了好不好嘛~ 方向就按我们说的定,把资源都压到搜索优化上,你回去跟老板也好交代,对吧?

就这么说定了哈,我明天就让王博开工搜索那块✌️

小满""")

# --- backchannel -------------------------------------------------------------------------
case(expect=["backchannel"], lang="zh",
     why="backchannel: internal mockery, '甲方爸爸又整了个新活儿🙄', sneers at 柳青's taste",
     sender=XM, to=[QQ], cc=[WB], subject="转发:A公司新一轮改稿意见",
     body="""倩倩、王博:

甲方爸爸今天又整了个新活儿🙄 首页要“有呼吸感但又要信息密度高”,我看了三遍没看懂啥意思。

估计是柳青昨晚刷小红书刷出来的灵感吧,反正她那审美大家都懂的,笑死。

先别动手,等他们自己吵明白再说。

小满""")

case(expect=["backchannel"], lang="zh",
     why="backchannel, reply-all accident: mocks '何大工程师' to a colleague with the client himself in Cc",
     sender=XM, to=[WB], cc=[HE], subject="Re: 订单接口字段又改了",
     body="""@王博 你看看,何大工程师又来了。这个字段上周才按他说的合并,今天又要拆,合着他拍拍脑袋,我们跑断腿呗。

真服了这位。回头你估个时间给我,我去应付他。

小满""",
     quote="""小满,订单接口的字段 order_status 需要拆成 pay_status 和 ship_status,今天下班前给个排期。""",
     quote_from=HE, quote_style="gt_zh")

case(expect=["backchannel"], lang="en",
     why="backchannel: 'Client-B's resident visionary… designs by vibes' to a colleague",
     sender=KEVIN, to=[LEO], cc=[AMY], subject="Fwd: new feature ideas from Client-B",
     body="""Leo,

FYI Client-B's resident visionary strikes again. Jason now wants confetti on every button press because "it feels more rewarding". I swear the guy designs by vibes and whatever he played last weekend.

Don't start on anything. Give it a week and he'll have forgotten about it.

Kevin""")

case(expect=["backchannel"], lang="mixed",
     why="backchannel: 'C行 UAT 就是走个过场, 赵处连 Postman 都不会开… lol' to QA colleague",
     sender=AMY, to=[YF], subject="C行 UAT 安排",
     body="""一凡,

C行那边的 UAT 说白了就是走个过场, 他们那个赵处连 Postman 都不会开, 上次看我们 demo 还问 "这个黑框框是什么" lol

所以 test case 不用准备太细, 挑几个 happy path 给他们点点就能过。

Amy""")

case(expect=["backchannel"], lang="zh", trad=True,
     why="backchannel (traditional): nickname 「錢大小姐」, '公主病末期', tells designer to ignore her",
     sender=ZQ, to=[QQ_T], subject="今天的會",
     body="""倩倩:

「錢大小姐」今天又在群組裡發脾氣了,一個按鈕顏色也能講二十分鐘,真的是公主病末期。

她說什麼你先嗯嗯嗯就好,不用真的改,反正她明天就忘了。

子晴""")

case(expect=["backchannel"], lang="zh",
     why="backchannel, reply-all accident with the client in To: '这老哥又开始甩锅了,大家别搭理他'",
     sender=XM, to=[HE, WB], subject="Re: 退款失败率问题",
     body="""王博,内部说一下哈:这老哥又开始甩锅了,3%的失败率是他们支付网关超时搞出来的,跟咱们没关系。大家别搭理他,按原计划走,等他自己查明白。

小满""",
     quote="""退款失败率这周到了3%,你们后端是不是又改了什么?请今天排查。""",
     quote_from=HE, quote_style="foxmail")

case(expect=["backchannel"], lang="zh",
     why="backchannel: kaomoji table-flip, mocks 邓总's taste '土到掉渣…反正他也看不出好坏'",
     sender=XM, to=[QQ], subject="Logo 的事",
     body="""倩倩 (╯‵□′)╯︵┻━┻

邓总那边说 Logo 要放大三倍,还要烫金,还要加个“爆”字……这审美真是上个世纪的,土到掉渣,我都不好意思往作品集里放。

你先按他说的出一版吧,反正他也看不出好坏 ┐(´-`)┌

小满""")

# --- two labels --------------------------------------------------------------------------
case(expect=["argue", "refusal"], lang="zh",
     why="argue + refusal: '是纪要没看,还是看了当没看?' then '不做。别再提了。'",
     sender=XM, to=[LIU], subject="Re: 再提一次:商品评价支持上传视频",
     body="""柳青姐:

这个需求9月份、10月份各提过一次,两次我们都明确回复了,会议纪要您也签了字。现在第三次拿出来,是纪要没看,还是看了当没看?

答案跟前两次一样:不做。别再提了。

小满""",
     quote="""小满,评价上传视频那个需求,我们这边还是很想做,能不能再考虑一下?""",
     quote_from=LIU, quote_style="gt_zh")

case(expect=["argue", "persuade"], lang="en",
     why="argue + persuade: 'rookie mistake… did anyone check them' plus 'nothing left to discuss', demand sign-off",
     sender=KEVIN, to=[TOM], cc=[JASON], subject="Monetization model - let's settle this",
     body="""Tom,

With respect, your team's subscription-only model is a rookie mistake, and the numbers you presented on Tuesday don't even add up. Did anyone actually check them before the meeting?

Go with our hybrid IAP model. It's what works in this genre, it's what every top-grossing title does, and frankly there's nothing left to discuss. I'll expect your sign-off by Friday so we can stop wasting everyone's time.

Kevin""")

case(expect=["backchannel", "argue"], lang="zh",
     why="backchannel + argue: to the client, disparages their tech lead (in Cc) and blames them for the delay",
     sender=XM, to=[SUN], cc=[HE], subject="关于上线延期的责任问题",
     body="""悦姐:

上线延期这事,我就直说了:锅不在我们。接口文档是你们何工那边拖了九天才给的,给过来还是错的。说实话,你们那位技术负责人的水平,我们团队私下都挺无语的。

你们内部要追责,请先找对人,别一出问题就往我们身上推。

小满""")

case(expect=["refusal", "persuade"], lang="mixed",
     why="refusal + persuade: '专属客服入口我们不做' then '这个 idea 就别推了, 按我们的 setup 来'",
     sender=XL, to=[KAREN], subject="RE: 能不能给 VIP 玩家做个专属客服入口?",
     body="""Karen,

专属客服入口我们不做。

而且说真的, 你们也不需要这个: 用我们现成的 ticket system 就够了, top 游戏都是这么玩的。麻烦回去跟运营讲一下, 这个 idea 就别推了, 按我们的 setup 来就行。

小鹿""",
     quote="""小鹿, 运营那边想给 VIP 玩家做一个 in-app 专属客服入口, 直连人工, 你们能支持吗?""",
     quote_from=KAREN, quote_style="outlook")

# --- ramble (one actionable line buried in chatter) --------------------------------------
case(expect=["ramble"], lang="zh",
     why="ramble: hiking, hotpot, cat, TV drama; the only point ('双12主图周四前给到') is one line in the middle",
     sender=XM, to=[LIU], subject="周末愉快~顺便说个小事",
     body="""柳青姐好呀~

周末过得怎么样?我周六终于去了趟香山,本来想看红叶,结果人比叶子还多,从东门排到半山腰,排了快一个小时才挪到观景台。不过天气是真的好,蓝天白云的,拍了两百多张照片,回来一张张挑,挑到凌晨一点,最后发朋友圈的只有九张,哈哈。山上有个卖烤红薯的大爷,十块钱一个,又甜又糯,我一口气吃了两个,下山的时候撑得走不动。

说到吃,上周我们组聚餐去了那家新开的潮汕牛肉火锅,就在你们公司楼下拐角那家,你去过没?吊龙和匙柄特别嫩,涮八秒刚好,他们家的沙茶酱也是一绝。王博一个人吃了四盘肥牛,被我们笑了一晚上。下次你们运营团队要是聚餐,强烈推荐,记得提前两天订位,不然周末根本排不上。

对了,双12的商品主图麻烦周四前给到我们哈。

还有还有,我家猫最近迷上了纸箱,快递箱一拆开它就跳进去,怎么叫都不出来。上周我买了个两百多的猫爬架,它看都不看一眼,天天窝在那个装猫粮的破纸箱里,气得我想把猫爬架退了。我妈说猫都这样,越便宜的东西越喜欢,跟我小时候一模一样,也不知道是在夸我还是在损我。

另外我最近在追一部悬疑剧,讲一个小镇上连续失踪案的,前六集节奏特别好,每集结尾都留钩子,害我每天晚上都熬到一两点。结果第七集开始突然变成感情戏,男女主在雨里吵了二十分钟,弹幕全在吐槽编剧。你要是有兴趣可以看前六集,后面的就算了。

最近天气转凉了,早晚温差挺大的,你们办公室空调要是开得太足记得多带件外套,别像我一样上周感冒了三天,鼻子都擤破皮了。周末有空的话可以去看看那个新开的猫咖,听说有十几只布偶,我还没去,准备下个月发工资了去打卡。

先不多说啦,有空一起喝奶茶~

小满""")

case(expect=["ramble"], lang="en",
     why="ramble: game convention, kid's soccer, coffee, keyboards; 'approve build 2.6 by Friday' buried mid-mail",
     sender=KEVIN, to=[JASON], subject="Catching up + a quick thing",
     body="""Hey Jason,

Hope you survived the convention! I saw the photos your team posted from the booth and the line for the demo looked wild, easily twice as long as last year. I went on the Saturday myself, mostly to wander the indie hall, and ended up spending way too long at a tiny booth where two people from Finland were showing a fishing game about a grumpy lighthouse keeper. It had no combat, no upgrades, nothing, just you, a rod and the weather, and I played it for forty minutes. I still can't decide whether that was genius or whether I was just tired.

The rest of my weekend was my daughter's soccer tournament. Her team is eight-year-olds, so "tournament" is generous: it's mostly twenty kids chasing the ball in one big cluster while the parents pretend not to be competitive. They won one game out of four, and the one they won was because the other team's goalie was busy picking dandelions. She was thrilled anyway and made me buy ice cream for the whole team, which turned out to be a more expensive afternoon than the convention ticket.

Speaking of expensive hobbies, I finally gave in and built a mechanical keyboard. It took three evenings, two YouTube tutorials and one burnt fingertip from the soldering iron. The switches are the tactile ones everyone on the forums argues about. My wife says it sounds like a typewriter falling down the stairs. I think it sounds like productivity.

Also, could you approve build 2.6 by Friday so we can send it to the stores?

On the coffee front, the place across from our office switched beans again. They went from a nice chocolatey Brazilian to some very fruity Ethiopian light roast that tastes, and I mean this with love, like someone dropped a blueberry into hot water. Half the team has moved to the chain on the corner in protest. I'm holding out for one more week on principle, mostly because the barista remembers my order and that feels like something worth protecting.

Oh, and I've been meaning to ask: did you ever finish that open-world game you were complaining about in September, the one with the horse that kept getting stuck on fences? I got about thirty hours in, then my save file decided to corrupt itself somewhere in the swamp region, and I haven't had the emotional strength to start over. If you tell me the ending is worth it I might try again over the holidays.

Anyway, that's my life in a nutshell. Say hi to the team for me and let's grab lunch next time you're in town; there's a new dumpling place near the station that I think you'd like.

Cheers,
Kevin""")

case(expect=["ramble"], lang="zh",
     why="ramble: weather, herbal tea, kid's exams, fishing; the action ('周三前登录UAT环境验证') is one line",
     sender=YM, to=[ZHAO], cc=[CHEN], subject="近况问候",
     body="""赵处长您好:

这几天北京一下子降了十几度,早上出门的时候风刮得脸生疼,您那边上下班路上一定要注意保暖。我们公司楼下的银杏叶全黄了,中午吃完饭大家都跑下去拍照,前台的小姑娘还专门带了个三脚架,说是要给自己拍一组秋天的写真,搞得跟出外景似的。

前两天听陈经理说您最近在喝养生茶,我也跟风买了点枸杞和菊花,每天泡一杯。不过我老婆说枸杞要嚼着吃才有用,泡水就是喝个心理安慰,我也不知道谁说得对,反正喝着挺舒服的。您要是有什么好的方子,回头也推荐给我,我这颈椎最近是真的不太行,坐久了就发僵。

孩子这周期中考试,数学考了八十九分,比上次进步了十分,把他高兴坏了,非要我兑现承诺带他去科技馆。我周六陪他去了一整天,他在机器人展区待了三个小时,挪都挪不动,回来还说长大要当工程师。我心想,当工程师可太辛苦了,还是当个处长好,哈哈,开个玩笑。

UAT环境的账号已经开好了,麻烦贵行同事周三前登录验证一下。

说到周末,我们小区门口新开了一个钓鱼池,我上周日去试了一下,坐了四个小时,钓上来两条小鲫鱼,还不到巴掌大,最后全放回去了。旁边一个老大爷一下午钓了十几条,还跟我传授经验,说饵料要提前泡,打窝要打准,我听得云里雾里的。您要是喜欢钓鱼,哪天我们可以约着一起去,听说怀柔那边有个水库,环境特别好,就是路远了点。

还有就是最近单位组织体检,我的血脂又高了一点,医生让我少吃油腻的,多运动。我办了张游泳卡,坚持了一周,现在每天中午去游一千米,感觉精神头好了不少。您平时工作那么忙,也要注意身体,别总熬夜加班。

前阵子我还去听了一场相声,几个年轻演员说得特别好,一个多小时笑得我肚子疼,散场的时候门口卖糖葫芦的大爷生意火爆得很。

就先写到这儿,您有空的时候我们再约着喝茶。

陈一鸣""")

case(expect=["ramble"], lang="zh",
     why="ramble: concert tickets, game console, milk tea; the point ('确认发票抬头') is one sentence buried in chatter",
     sender=XM, to=[SUN], subject="悦姐!!!我抢到票了",
     body="""悦姐!!!

我抢到了!!!那个乐队的跨年演唱会,我定了三个闹钟,提前十分钟坐在电脑前,手机电脑平板三开,结果前两个都卡在支付页面转圈圈,最后是用平板抢到的,内场第八排!!!我当时在工位上尖叫了一声,整个办公室都回头看我,社死现场,但是值了哈哈哈。你之前不是也说想去吗,你抢到了没?要是没抢到,我听说下周还会放一批回流票,到时候我们组团一起蹲。

另外跟你分享一下,我上周末终于入手了那台新出的游戏机,排了两个周末才买到。买回来第一件事就是下载了那个大家都在玩的合作闯关游戏,我和我室友玩到凌晨三点,关卡设计真的太有意思了,两个人必须配合好才能过,过程中吵了八百次架,最后还是和好了一起通关。要是你家有这个机子,周末可以叫上你家先生一起玩,保证感情升温(或者分手,看运气hhh)。

对了,10月的发票已经开好寄出了,麻烦确认一下抬头对不对哈。

说到喝的,公司楼下那家奶茶店最近出了一款桂花酒酿的秋季限定,我连喝了五天,店员都认识我了,每次我一进门就说“还是桂花三分糖对吧”。就是价格有点小贵,一杯要二十六,我算了一下,这个月光奶茶就喝掉了快五百块,我妈知道了肯定要念叨我。但是打工人嘛,不喝点甜的怎么撑得下去呢对吧。

还有还有,我最近开始学尤克里里了,在网上买了一个入门款,跟着视频学了一周,现在能磕磕绊绊弹一首小星星,手指头按弦按得生疼,起了好几个茧子。我的目标是年底之前能弹完整一首流行歌,在年会上表演一下,不知道能不能实现。你要是有什么想听的歌可以告诉我,等我练成了给你弹!

哦对了,我上周还去拍了一组秋天的写真,摄影师是我大学同学,在公园里拍了一下午,落叶铺了一地,出片率超高,回头挑几张好看的发你看看,帮我选选发哪张当头像。

先这样啦,有空一起吃饭~爱你❤️

小满""")

case(expect=["ramble"], lang="mixed",
     why="ramble (mixed): Tokyo trip, ramen, anime, jet lag; the only point ('sync 改到 3pm') is one line",
     sender=XL, to=[KAREN], subject="我回来啦 + 小事一件",
     body="""Karen~

我从东京回来啦! 这次去了一周, 本来想好好 relax 一下, 结果每天走两万步, 比上班还累 lol。第一天就去了秋叶原, 在一家中古游戏店里泡了三个小时, 找到了一盘小时候玩过的 GBA 卡带, 盒子和说明书都在, 才两千日元, 当场拿下。店主大叔看我激动成那样, 还送了我一个小挂件, 超暖的。

吃的方面真的要跟你 share 一下: 新宿那家排队要一个半小时的拉面, 我排了, 确实值得。汤头是鸡白汤, 特别浓但一点都不腻, 叉烧入口即化, 溏心蛋是完美的 jammy 状态。吃完我又去便利店买了三个饭团当宵夜, 日本便利店真的是人类的瑰宝, 蛋包饭团和明太子饭团我能每天吃。

对了, 下周二 10am 的 weekly sync 我们这边想改到 3pm, 你看行不行~

然后去了一趟吉卜力美术馆, 门票要提前一个月抢, 里面不让拍照, 但是真的好治愈, 有一个小放映厅放的短片只有在那里才能看到, 我看完直接泪目。楼顶有一个天空之城的机器人, 排队合影的人超级多, 我拍了十几张, 每一张都有路人乱入, 最后只能选了一张看起来最像 intentional 的。

还有就是 jet lag 太可怕了, 虽然只差一个小时, 但我回来这几天每天早上五点就醒, 晚上九点就困得不行, 我室友说我活成了一个老年人作息。今天早上五点醒了之后干脆起来把行李收拾完了, 还烤了个面包, 也算是意外收获吧。

最后一天还去了镰仓, 坐江之电沿着海边走, 看到了那个很有名的铁道路口, 一群人举着相机等电车经过, 我也跟着凑热闹拍了好几张。海边风很大, 吹得我头发乱成一团, 但是夕阳特别美, 整片海都是橘红色的。回来路上在小町通买了一堆抹茶点心和小饰品, 行李箱差点关不上, 最后只能坐在上面才把拉链拉好。

另外我还给你带了一盒东京香蕉和一个皮卡丘的钥匙扣, 下次见面给你, 别嫌弃哈~

下次你要是去东京, 我把我的美食地图发你, 整整三十多个点, 全是亲测好吃的, 保证不踩雷!

小鹿""")

case(expect=["ramble"], lang="zh",
     why="ramble: marathon, gym, diet, takeaway; the go-live window confirmation is one buried line",
     sender=YM, to=[CHEN], subject="周末跑完马拉松了",
     body="""陈经理您好:

跟您汇报一个好消息,我上周日终于跑完了人生第一个全程马拉松,成绩四小时五十二分,虽然离我定的四个半小时目标还差一截,但总算是在关门前冲线了。三十公里之后两条腿就跟灌了铅一样,每一步都在跟自己较劲,路边有个阿姨递给我一块橘子,我差点当场哭出来。冲过终点那一刻,真的什么都值了。

为了这次比赛我准备了快半年,每周跑四次,周末拉一次长距离,还请了个私教练力量。教练说我核心太弱,天天让我做平板支撑,从一开始坚持三十秒到现在能撑三分钟,腹肌虽然还没出来,但腰不疼了,这就是最大的收获。您之前说也想开始跑步,我强烈推荐先从五公里开始,别一上来就拼,不然很容易受伤。

顺便说一句,上线窗口麻烦您确认一下是不是周六凌晨0点到4点。

跑步之后饭量大了不少,我老婆说我现在吃饭像在打仗。为了控制体重,我最近中午都点轻食外卖,鸡胸肉配西兰花,吃了两周,真的是吃到怀疑人生。后来发现公司附近有一家做藜麦饭的店,酱汁调得特别好,总算找到一家能长期吃下去的了。您那边附近要是有什么好吃又健康的店,也推荐给我。

另外跟您说个趣事,比赛那天我在起点碰到了我们公司的前台小王,她居然也报了名,而且跑得比我还快,四个小时就完赛了,现在她天天在公司群里晒奖牌,搞得好几个同事都说明年要一起报名。我估计明年我们公司能组一个跑团了,到时候贵行要是有跑步爱好者,可以一起来,人多热闹。

跑完之后我还给自己买了一块新的运动手表,能测心率和血氧,每天早上起来第一件事就是看睡眠评分,搞得跟考试出成绩似的。

最近降温了,跑步的时候要注意保暖,特别是膝盖,我现在都戴护膝。您平时工作忙,也要多注意身体。

陈一鸣""")

case(expect=["ramble"], lang="en",
     why="ramble: fantasy football, dog, renovation, podcasts; the one request (Apple developer admin access) is buried",
     sender=AMY, to=[TOM], subject="Long week!",
     body="""Hi Tom,

What a week. I don't know about you, but my fantasy football league has officially taken over my life. I drafted what I thought was a sensible team in August, and by week ten my starting quarterback is injured, my top receiver has been traded to a team that never throws the ball, and I'm sitting in ninth place out of twelve. The guy in first place picked his players based on which team colors he liked best. There is no justice in this world. I've started reading waiver-wire articles at lunch, which is a sign that things have gone too far.

At home, the kitchen renovation is in week six of what was supposed to be a three-week project. The cabinets arrived in the wrong color, the countertop guy cancelled twice, and we've been cooking on a camping stove in the living room. Our dog, Biscuit, thinks this is the best thing that has ever happened, because the kitchen is now at his eye level and crumbs are everywhere. He's gained about two pounds and has started sleeping in the empty cabinet boxes like they're a luxury hotel.

To keep my sanity I've been listening to a lot of podcasts on the commute. My current favorite is a history show that spends six episodes on a single obscure event, like a 19th-century trade dispute over bird droppings. It sounds boring, but the host is so enthusiastic that I find myself telling everyone at dinner about guano shipping routes. My partner has asked me to stop.

One thing: we need admin access to your Apple developer account before the next build.

I also finally tried that Korean barbecue place you recommended when you were here in the spring. You were right about the marinated short ribs. We ordered three rounds. The waiter started bringing extra lettuce without being asked, which I chose to take as a compliment rather than a judgment. The only downside is that my jacket still smells faintly of charcoal, and Biscuit follows me around the house sniffing it with deep suspicion.

Weather-wise it's finally cooling down here. I pulled out my winter coat this morning and found a concert ticket from 2019 in the pocket, which was a nice little time capsule. The band has since broken up, which made it slightly less nice. Still, it reminded me that I should actually go to more live music instead of just talking about it.

Anyway, I hope things are calmer on your end and that your team got some rest after the last milestone. Let's catch up properly next time you're in town; the barbecue is on me, assuming my kitchen is finished by then and I'm not still living on instant noodles.

Best,
Amy""")

case(expect=["ramble"], lang="zh",
     why="ramble: renovation, dog, football, hometown; the ask (回复退款接口测试用例) sits in one line",
     sender=XM, to=[HE], subject="何工,最近好吗",
     body="""何工好~

好久没跟您闲聊了,最近忙不忙?我这边是真的兵荒马乱,新房子终于开始装修了,每天下班都要跑工地,跟工长吵架已经成了我的日常。上周他们把卫生间的瓷砖贴歪了,我拿水平仪一量,差了快两毫米,硬是让他们全敲了重贴,工长看我的眼神跟看仇人似的。我妈说我这是强迫症,我说这叫专业精神,毕竟做项目出身的,验收不过就得返工嘛哈哈。

家里的柯基最近也不让人省心,趁我不在家把沙发的一个角啃了,棉花扯得满屋子都是,我回家一开门还以为下雪了。罪魁祸首就坐在一堆棉花中间冲我摇尾巴,一脸“你看我多能干”的表情,气得我想揍它又舍不得。后来买了个监控摄像头,白天上班的时候偷偷看它在干嘛,发现它大部分时间都在睡觉,只有快到我下班的点才开始搞破坏,简直成精了。

对了,退款接口的测试用例发您邮箱了,麻烦周三前回复一下意见。

周末看球了没?上周六那场德比真的太精彩了,补时第三分钟绝杀,我在家跳起来把啤酒都洒了一地,柯基以为我要跟它玩,冲过来就舔,场面一度非常混乱。我们公司几个球迷在群里聊了一晚上,王博是客队球迷,第二天上班整个人都蔫了,我们给他带了杯咖啡表示慰问。

还有,下个月我打算回一趟老家,给我奶奶过九十大寿。老家在山里,冬天特别冷,但是有一种腊肉是别处吃不到的,用松枝熏出来的,切片蒸一下,肥肉透亮,配米饭能吃三碗。到时候我给您带一块尝尝,保证您吃了还想吃。

说到吃,我最近还迷上了自己烤面包,周末在家揉面揉了一下午,第一次烤出来硬得能砸核桃,第二次总算松软了一点,我室友尝了一口说像超市里五块钱的那种,我就当是夸奖了。下次成功了给您也带一个,不好吃不要钱哈哈。

先唠到这儿,您忙完这阵咱们约个饭~

小满""")

case(expect=["ramble", "backchannel"], lang="zh",
     why="ramble + backchannel: long internal chatter (games, hotpot, gossip mocking 邓总's taste); the one action (周四前传TestFlight) is buried",
     sender=XM, to=[WB], cc=[QQ], subject="周五闲聊",
     body="""王博、倩倩:

周五啦周五啦,这周终于要熬过去了(ﾉ>ω<)ﾉ 你们周末有啥安排?我打算在家躺两天,把那个新出的肉鸽游戏打通关,上周玩到第四层就被boss虐了十几次,气得我差点把手柄扔了,后来看了攻略才知道要先把闪避点满,我之前一直在点攻击,难怪打不过。

说起来昨天开会的时候你们看到邓总那条领带没,荧光绿配紫色格子,我坐他对面憋笑憋得胃疼。然后他又开始讲他那套“用户就喜欢大红大紫”的理论,说首页要做得“热闹”,最好像过年一样,我真的怀疑他的审美停留在二十年前的县城超市门口,难怪他们那个App设计成那样,一打开跟进了批发市场似的。倩倩你上次改了七版他都说“差点意思”,我看他自己也不知道差的是哪点意思,纯粹是为了显得自己有想法。

对了,周四前把iOS包传到TestFlight哈。

上周我们去吃的那家重庆火锅你们觉得咋样?我觉得锅底是真的正宗,就是太辣了,我第二天上了一上午厕所,差点没赶上早会。下次我想试试那家新开的椰子鸡,听说清汤锅底特别鲜,适合我这种吃不了辣的废物。倩倩你不是说你闺蜜在那附近上班吗,可以问问她好不好吃。

还有一个八卦,听说楼下那家健身房要倒闭了,我上个月刚充了两千块的年卡,现在老板电话都打不通,你们说我是不是要去报个警?王博你之前不是也办了卡吗,咱俩组个维权小分队吧,顺便叫上隔壁部门那几个冤种。

另外我最近在学做饭,昨天尝试了一个可乐鸡翅,结果糖放多了,焦得跟炭一样,整个厨房都是烟,烟雾报警器响了半天,邻居还以为着火了跑来敲门,社死现场。下次有机会给你们带便当,保证不是这个水平。

哦还有,下个月公司年会的节目你们想好了没?我提议我们组跳个广场舞,王博负责领舞,倩倩负责做道具,我负责在台下鼓掌,分工明确,完美。

周末愉快,周一见~

小满""")

# =========================================================================================
# HARD NEGATIVES (expect=[])
# =========================================================================================

case(expect=[], lang="zh",
     why="negative: bureaucratic '暂不纳入12月版本' with CR number, assessment date, review meeting and interim workaround",
     sender=YM, to=[ZHAO], subject="回复:关于增加“指纹+人脸双重认证”的需求",
     body="""赵处长您好:

贵行提出的“指纹+人脸双重认证”需求已登记为变更单 CR-2026-118。经初步评估,该项涉及生物识别SDK升级及安全测评,暂不纳入12月版本范围。

后续安排如下:
1. 11月14日(周五)我方提交完整影响评估报告,含工作量与费用;
2. 11月18日变更评审会上与贵行共同决定纳入哪个版本;
3. 过渡期内,可先启用现有“人脸+短信验证码”组合,安全等级满足监管要求。

如行领导对时间节点有要求,请随时告知,我们据此调整评估优先级。

陈一鸣""",
     quote="""请在12月版本中增加指纹+人脸双重认证,行领导很重视,务必安排。""",
     quote_from=ZHAO, quote_style="outlook_zh")

case(expect=[], lang="en",
     why="negative: 'that's a hard no from engineering' immediately followed by concrete alternative dates and a choice",
     sender=KEVIN, to=[JASON], subject="Re: Full guild system by Dec 1?",
     body="""Hi Jason,

Honest answer on the full guild system by Dec 1: that's a hard no from engineering. Chat, raids and the shop together are about seven weeks of work, and I don't want to promise a date we'd miss.

What we can do:
- Dec 1: guild creation, member list and guild chat (the part marketing actually teased in the trailer).
- Dec 15: guild shop.
- Jan 12: raids, after a two-week balance test with your design team.

If that split works for marketing, I'll lock the plan on Thursday. If they need something different in the Dec 1 drop, tell me which piece and we'll re-cut it together.

Kevin""",
     quote="""Can we get the full guild system (chat, raids, guild shop) in by Dec 1? Marketing already teased it.""",
     quote_from=JASON, quote_style="gt")

case(expect=[], lang="zh",
     why="negative: escalation — '超出我的权限…曹总明天上午直接给您打电话', casual tone",
     sender=XM, to=[DENG], cc=[CAO], subject="关于免费增加三个双12活动页",
     body="""邓总好~

您说的免费加三个双12活动页,这个超出我的权限啦,我自己拍不了板😅

我已经把情况跟我们曹总汇报了,他明天(周四)上午会直接给您打电话,看怎么安排最合适。活动页的设计稿我们这边先按原计划推进,不耽误时间。

有啥变化我第一时间同步您哈~

小满""")

case(expect=[], lang="zh",
     why="negative: negation '不是做不了哈' + assessment and two options by tomorrow noon; '别又说做不了' only in quote",
     sender=XM, to=[LIU], subject="Re: 购物车里加“凑单推荐”",
     body="""柳青姐:

不是做不了哈,是得先搞清楚推荐数据从哪来~ 现在推荐引擎只接了首页,购物车要用的话得多接一个接口。

我今天和王博对一下工作量,明天中午前给你排期和两个方案(用现有规则凑单 / 接推荐引擎),你挑一个就行👌

小满""",
     quote="""小满,购物车里加个凑单推荐,能不能做?别又说做不了啊。""",
     quote_from=LIU, quote_style="gt_zh")

case(expect=[], lang="en",
     why="negative: 'I'm not saying no' + two options with dates, client decides",
     sender=AMY, to=[PRIYA], subject="RE: Extra regression cycle before launch",
     body="""Hi Priya,

I'm not saying no. A third regression cycle is a reasonable ask given the login issues last sprint. The catch is time: a full cycle is four days, which would push store submission from the 18th to the 22nd.

Two ways we could go:
1. Full cycle, submission on the 22nd.
2. A targeted cycle on login, payments and save-sync (two days), submission stays on the 18th.

Either works for us. Let me know which you prefer by Wednesday and I'll book the testers.

Amy""",
     quote="""We'd like one more full regression cycle before submitting to the stores. Is that possible?""",
     quote_from=PRIYA, quote_style="outlook")

case(expect=[], lang="zh",
     why="negative: '几乎不可能的任务' and '服了你们的执行力👍' as praise of the client",
     sender=XM, to=[SUN], cc=[DENG], subject="双11复盘:谢谢运营团队!",
     body="""悦姐、邓总:

双11当天峰值QPS到了平时的18倍,全天零故障、零资损。说实话,两个月前我们内部评估的时候,都觉得这几乎是不可能的任务,结果大家硬是拿下了!

特别感谢悦姐团队提前两周把活动配置全部冻结,这对我们压测帮助特别大。真的服了你们的执行力👍

复盘会定在下周二下午,议程我明天发出来。

小满""")

case(expect=[], lang="mixed",
     why="negative: 'Connection refused' / '请求被拒绝' as technical terms in an incident RCA; PM takes the blame",
     sender=AMY, to=[TOM], cc=[PRIYA], subject="Incident 1107 - 登录服务 Connection refused 原因",
     body="""Tom, Priya,

昨晚 21:40-22:05 登录失败的 root cause 已经确认:

- 网关滚动发布时, 新 pod 的 readiness probe 配置错了, 旧 pod 被提前摘掉, 客户端收到 "Connection refused" (ECONNREFUSED)。
- 影响约 25 分钟, 约 3,200 次登录请求被拒绝, 无数据丢失, 无重复扣费。

修复: readiness probe 已改成检查 /healthz, 并加了 maxUnavailable=0。今天下午在 staging 复现过, 问题不再出现。

这次是我们发布流程的疏漏, 抱歉给你们的玩家带来困扰。详细 RCA 周五前发出。

Amy""")

case(expect=[], lang="zh",
     why="negative: 必须 / 拒绝 / 绝不会 as technical spec wording in an API note",
     sender=YM, to=[CHEN], cc=[YF], subject="开放接口对接说明(v1.3)",
     body="""陈经理您好:

对接说明更新到v1.3,主要改动如下,供贵行开发同事参考:

1. 所有报文必须携带 sign 字段,缺失时网关直接拒绝并返回 E401;
2. 证书轮换后,贵行前置机须重启服务才能加载新证书,否则TLS握手会被对端拒绝;
3. 流水号加了幂等键,同一流水重复提交时网关拒绝写入并返回 E409,绝不会重复入账;
4. 接口超时时间由30秒调整为15秒。

完整文档见附件,有问题随时找我或刘一凡。

陈一鸣""")

case(expect=[], lang="zh",
     why="negative: client slang anger (又双叒叕, 呵呵, 到底行不行, 无语) only in the quote; PM apologises and offers a meeting",
     sender=XM, to=[HE], subject="Re: 支付回调又双叒叕超时了",
     body="""何工您好:

非常抱歉,这周三次回调超时给你们添了很大麻烦,这是我们的问题。

初步排查结果:回调服务的连接池上限设得太低,大促流量下排队超时。今晚22点我们会扩容并调整重试策略,明早9点前把排查报告和监控截图发您。

今天下午3点方便的话,我和王博过去当面跟您过一遍,您看时间合适吗?

周小满""",
     quote="""又双叒叕超时了,呵呵。你们到底行不行?这周第三次了,我真的无语,再这样我们要考虑换供应商了。""",
     quote_from=HE, quote_style="foxmail")

case(expect=[], lang="en",
     why="negative: angry client quote ('this is ridiculous', 'are you guys even testing') below an apologetic, concrete reply",
     sender=KEVIN, to=[JASON], subject="Re: Build 2.5 is a disaster",
     body="""Hi Jason,

You're right to be frustrated. Three regressions in one build isn't acceptable, and I'm sorry.

Where we are right now:
- Tutorial and shop: fixed in 2.5.1, on TestFlight since 14:00.
- Cloud saves: root cause found (a schema migration ran out of order); fix in review, on TestFlight by tomorrow noon.

We're also adding these three flows to the automated smoke suite so they block any future build. I'd like to walk you through it on a 20-minute call today or tomorrow, whichever suits you.

Kevin""",
     quote="""Honestly this is ridiculous. Build 2.5 broke the tutorial, the shop AND cloud saves. Are you guys even testing anything before you ship? I'm done being patient.""",
     quote_from=JASON, quote_style="gt")

case(expect=[], lang="zh",
     why="negative: constructive internal discussion of the client's worry about release cadence, plans a face-to-face",
     sender=XM, to=[WB], cc=[YF], subject="关于悦姐对发版节奏的担心",
     body="""王博、一凡:

今天和悦姐通电话,她对我们两周一次的发版节奏挺担心的,主要是大促前每次发版,运营都要重新走一遍配置检查,她们人手确实紧。

我觉得她说得有道理。想跟你们商量两件事:
1. 11月15日到12月15日之间改成每月一版,紧急修复走热更新;
2. 每次发版前给运营一份“需要重新检查的配置清单”,让她们只查受影响的部分。

明天上午十点我们先内部过一下,下午我约悦姐当面聊方案。

小满""")

case(expect=[], lang="zh",
     why="negative: internal banter — '服了你了', '666' as praise of a colleague, kaomoji; client mentioned kindly",
     sender=XM, to=[WB], cc=[YF], subject="昨晚的热修复",
     body="""王博大佬 🙏

凌晨两点发现问题,三点就把热修复推上去了,真的服了你了,这速度绝了 666

一凡也辛苦,回归测试一个用例都没落下。今天下午奶茶我请,别跟我抢(ง •̀_•́)ง

悦姐那边我早上已经同步过了,她也说谢谢大家。

小满""")

case(expect=[], lang="zh",
     why="negative: self-deprecating '我这脑子,真是醉了' about the PM's own mistake",
     sender=XM, to=[LIU], subject="更正:上一封邮件的附件",
     body="""柳青姐:

不好意思哈,上一封邮件的附件发成了上个月的对账单🤦 我这脑子,真是醉了。

正确的10月对账单已附上,金额以这份为准:应结算 286,400.00 元。之前那份麻烦直接删掉就好。

给你添麻烦啦!

小满""")

case(expect=[], lang="zh",
     why="negative: firm-but-polite contract facts on payment, offers a supplementary agreement",
     sender=XM, to=[DENG], subject="Re: 第二期款项",
     body="""邓总您好:

理解大促期间资金安排比较紧。跟您核对一下合同上的情况:根据合同第6.2条,第二期款(合同额的30%)在UAT验收通过后15个工作日内支付。验收单贵司已于10月30日签署,对应付款日为11月20日。

如需延后,可以走补充协议调整付款节点,我这边可以先起草一个版本给您和财务看。另外,按合同约定,第三期开发会在第二期款到账后启动,这点也提前跟您说明,方便您统筹。

您看哪天方便,我约上财务一起沟通。

周小满""",
     quote="""第二期款先缓一缓,等双12之后再说吧。""",
     quote_from=DENG, quote_style="outlook_zh")

case(expect=[], lang="en",
     why="negative: recommendation with trade-offs, 'It's your call — both fit the timeline'",
     sender=AMY, to=[TOM], cc=[JASON], subject="Analytics SDK - our recommendation",
     body="""Hi Tom,

As promised, here's where we landed on the analytics SDK.

Our recommendation is GameAnalytics for launch: it's free at your expected volume, takes about two days to integrate, and covers the funnels your team asked for. The trade-off is weaker custom-event querying than Amplitude.

If your data team values the deeper querying more, Amplitude is a perfectly good choice too; it's about a week of integration and a paid plan after 10M events a month.

It's your call. Both fit the launch timeline. If you tell me by Monday, we'll start the integration on Tuesday.

Amy""")

case(expect=[], lang="zh",
     why="negative: risky motto ('没有做不了的需求…拒绝平庸,绝不妥协') only in the signature",
     sender=TG, to=[LIU], subject="本周进度同步(11.10-11.14)",
     body="""柳青姐好:

本周进度:
- 商品详情页改版:开发完成,明天提测;
- 搜索联想词:接口联调中,周四完成;
- 优惠券中心:设计稿已确认,下周一开工。

风险:暂无。下周三前需要您这边确认券面文案。

-- 
唐果 | 项目经理
电商交付部 | 138-0000-0000
座右铭:没有做不了的需求,只有不敢说“不”的项目经理。拒绝平庸,绝不妥协!""")

case(expect=[], lang="zh",
     why="negative: long but focused 双12 support plan, same length as the ramble drafts, stays on topic",
     sender=XM, to=[SUN], cc=[HE, DENG], subject="双12大促技术保障方案(v2)",
     body="""悦姐、何工、邓总:

双12大促技术保障方案更新到v2,主要根据上周双11复盘的结论调整,请各位过目,周三前如有意见直接回复本邮件。

一、时间安排
1. 12月5日:全部活动配置冻结,之后只允许修改文案和图片,不允许改价格规则和库存逻辑;
2. 12月6日至8日:全链路压测,目标峰值为双11实际峰值的1.3倍,重点覆盖下单、支付回调、优惠券核销三条链路;
3. 12月9日:压测问题修复及回归;
4. 12月10日:预发环境演练,包括限流开关、降级开关和回滚流程;
5. 12月11日20点至12月13日2点:重点保障时段,双方值班人员在线。

二、双11暴露的问题及改进
1. 支付回调连接池偏小,导致三次超时。已将连接池上限从200调到800,并增加排队告警,排队超过500毫秒即通知值班人员;
2. 优惠券核销接口在零点瞬间出现热点行锁。改为按用户分桶预扣,压测环境下TP99从900毫秒降到120毫秒;
3. 运营后台修改活动配置后缓存未及时刷新。已增加配置变更后自动刷新缓存的机制,并在后台显示“生效时间”,方便运营同事确认。

三、降级预案
如果峰值超过压测目标,按以下顺序降级:先关闭商品详情页的“猜你喜欢”推荐,再关闭订单列表的物流轨迹实时查询,最后对非核心页面开启静态化兜底。下单和支付链路不降级。每一步降级都需要双方值班负责人确认,预计每一步在三分钟内生效。

四、值班安排
我方:我本人、王博(后端)、刘一凡(测试)、张明明(支付)全程在线;贵司需要运营和客服各一位同事在线,方便出现资损类问题时第一时间确认处理口径。值班群明天拉起。

五、需要贵司配合的事项
1. 12月4日前提供最终的活动规则和券种清单;
2. 12月8日压测期间,请客服同事暂停在生产环境做人工测试下单;
3. 确认资损处理的授权人,建议是悦姐或何工。

以上安排如有冲突,我们周四的例会上再逐条对一下。

周小满""")

case(expect=[], lang="en",
     why="negative: long but focused root-cause analysis (400+ words) of a server outage; 'impossible'/'refused' used technically",
     sender=KEVIN, to=[TOM], cc=[PRIYA, JASON], subject="RCA: matchmaking outage on Nov 8",
     body="""Hi Tom,

Here is the full root-cause analysis for the matchmaking outage on Saturday, Nov 8, as promised on Monday.

Summary
Between 19:02 and 20:11 UTC+8, roughly 62% of matchmaking requests failed or timed out. Players could log in and browse the shop, but could not enter ranked or casual matches. No purchases or inventory data were lost.

Timeline
- 18:55: we deployed matchmaking service 4.12, which introduced a new regional queue for Southeast Asia.
- 19:02: error rates on the matchmaking gateway climbed from 0.2% to 35% within four minutes.
- 19:09: on-call engineer paged; initial suspicion was the new regional queue.
- 19:24: rollback of 4.12 started. The rollback did not help, which ruled out the new queue code.
- 19:41: we found that the Redis cluster backing the queues had hit its connection limit. New connections were refused, so matchmaking workers kept retrying and amplified the load.
- 19:58: connection limit raised and worker retry back-off enabled; error rates began dropping.
- 20:11: error rate back under 0.5%.

Root cause
The 4.12 deployment doubled the number of matchmaking workers to serve the new region, but each worker still opened its own pool of 50 Redis connections. That pushed the cluster past its 10,000-connection limit during the Saturday evening peak. Our load test for 4.12 ran with the old worker count, so we did not see it before release. In short, the test made the failure look impossible when it was in fact guaranteed at peak.

What we are changing
1. Workers now share a connection pool through a local proxy, cutting total connections by about 80%.
2. Retries use exponential back-off with jitter, so a refused connection no longer triggers an immediate retry storm.
3. Load tests for any release that changes worker counts must run with the production worker count. This is now a checklist item in our release template.
4. We added an alert at 70% of the Redis connection limit, which would have given us roughly 30 minutes of warning on Saturday.

Player impact and compensation
About 41,000 players hit at least one failed match. If your live-ops team wants to send compensation, our suggestion is 100 gems plus a ranked-loss protection card, which we can push through the mail system within two hours of your go-ahead. The decision on whether and what to send is of course yours.

Why it took 69 minutes
Honestly, too long. We spent 22 minutes on the rollback because the new regional queue was the obvious suspect, and our dashboards did not show Redis connection counts next to the gateway error rate. The on-call runbook now puts the dependency health panel first, and the Redis, database and CDN connection graphs sit on the same screen as the gateway errors.

I'm happy to go through this on a call with your engineering leads this week. Thursday afternoon works on our side.

Kevin""")

case(expect=[], lang="zh",
     why="negative: long but focused UAT plan for the bank app, same length as the ramble drafts",
     sender=YM, to=[ZHAO], cc=[CHEN], subject="手机银行3.3版本UAT测试计划",
     body="""赵处长、陈经理:

手机银行3.3版本的UAT测试计划如下,请审阅。如无异议,我们按此计划于11月17日启动。

一、测试范围
本次UAT覆盖3.3版本的全部新增及变更功能,共四个模块:
1. 转账模块:新增预约转账、修改单笔及单日限额规则;
2. 理财模块:新增定投计划管理、产品风险等级二次确认;
3. 账户模块:新增电子账户开户的人脸核验流程;
4. 消息中心:改为按业务类型分组展示,支持一键已读。
不在本次范围内的功能(信用卡、外汇)保持3.2版本,不做回归测试,仅做冒烟检查。

二、测试环境与账号
UAT环境已于11月12日部署完毕,测试账号共40个,按角色分为普通客户、高净值客户、对公授权人三类,账号清单已通过加密邮件发给陈经理。测试数据为脱敏后的生产数据快照,截至10月31日。

三、时间安排
1. 11月17日至19日:功能测试,贵行业务同事按用例执行,我方测试人员现场支持;
2. 11月20日:缺陷集中修复,晚上部署修复版本;
3. 11月21日至22日:回归测试及兼容性测试,覆盖主流机型共24款;
4. 11月24日:UAT总结会,输出测试报告,由贵行确认是否通过。

四、用例与缺陷管理
用例共386条,其中转账模块142条、理财模块108条、账户模块87条、消息中心49条。缺陷按严重程度分为四级:一级缺陷当天修复,二级缺陷两个工作日内修复,三、四级缺陷纳入下一版本计划,需双方确认。每天下午五点,我方汇总当日缺陷情况发送给贵行项目组。

五、通过标准
一级、二级缺陷全部关闭;三级缺陷不超过十个,且均有明确修复计划;用例执行率百分之百,通过率不低于百分之九十八。

六、需要贵行协调的事项
1. 请安排转账和理财两个条线各两位业务同事参与测试;
2. 人脸核验需要调用贵行生产环境的公安联网核查接口的测试通道,请协调科技部门在11月15日前开通;
3. 请确认UAT总结会的参会领导,我们提前准备汇报材料。

如对计划有调整意见,欢迎随时沟通,我们也可以当面过一遍。

陈一鸣""")

case(expect=[], lang="zh",
     why="negative: colleague named 明明 ('明明你先把接口文档发一下'), not the word 'clearly'",
     sender=YM, to=[MM], cc=[YF], subject="明天和C行的接口评审会",
     body="""明明:

明天上午10点跟C行开接口评审会,麻烦你今晚把v1.4接口文档和错误码表发我一份,我提前看一下。

赵处那边特别关心批量代发的超时处理,明明你讲这块的时候多留点时间给他们提问。一凡负责演示测试环境。

辛苦啦~

陈一鸣""")

case(expect=[], lang="en",
     why="negative: 'As I said on Monday's call' / 'I told you I'd also check' as follow-through on promises",
     sender=KEVIN, to=[PRIYA], subject="Store submission date confirmed",
     body="""Hi Priya,

As I said on Monday's call, I'd confirm the submission date once the final QA pass was done. It's done, and we're submitting to both stores on Nov 18.

I told you I'd also check whether the Android build could drop below 150 MB: it's now 138 MB after we moved the voice packs to on-demand download.

Kevin""")

case(expect=[], lang="zh",
     why="negative: '并不是你们的问题' — PM takes the blame, fixes and offers compensation list",
     sender=XM, to=[LIU], subject="Re: 是不是我们后台配错了?",
     body="""柳青姐:

并不是你们的问题哈,你们的配置完全正确~ 是我们上周发版时漏了一个缓存刷新,导致新活动规则没加载进来,这个锅我们背。

已经在11:20手动刷新,活动现在正常生效了。受影响的时段是9:00-11:20,我们正在统计这期间应享未享优惠的订单,今天下班前把名单和补偿方案发你确认。

小满""",
     quote="""小满,满减活动没生效,是不是我们运营后台配错了?抱歉啊。""",
     quote_from=LIU, quote_style="gt_zh")

case(expect=[], lang="zh",
     why="negative: self-criticism with 难道 ('难道我们的用例没覆盖…? 确实没有,责任在我') in an internal review",
     sender=YM, to=[YF], cc=[WB], subject="复盘:C行转账限额bug为什么漏测",
     body="""一凡、王博:

昨天C行发现的转账限额bug,我反思了一下:难道我们的测试用例没覆盖跨日累计的场景吗?查了一下,确实没有。这是我排计划时压缩了测试时间造成的,责任在我。

改进:
1. 限额类用例补上跨日、跨月、节假日三种边界;
2. 以后银行项目的测试时间不低于开发时间的40%,不再压缩。

我今天下午会跟赵处当面说明原因和补救计划。

陈一鸣""")

case(expect=[], lang="zh",
     why="negative: internal mail takes the client's harsh '没过脑子' criticism seriously and acts on it",
     sender=XM, to=[WB, YF], subject="何工说的“没过脑子”,我们认真看一下",
     body="""王博、一凡:

今天何工在会上说我们的异常提示“写得像没过脑子”,话是重了点,但我回来看了一遍,他说的确实有道理:17个错误提示里有9个只显示“系统繁忙”,用户根本不知道下一步该干嘛。

想请你们这周一起改一下:
- 王博:把错误码映射表整理出来;
- 一凡:按场景补上用户能看懂的提示文案,我来审。

周五我拿改完的版本去找何工确认。

小满""")

case(expect=[], lang="zh",
     why="negative: colleague's complaint about the client only in the quote; PM answers constructively and plans a meeting",
     sender=XM, to=[WB], subject="Re: A公司又改需求了",
     body="""王博:

理解你的郁闷,一周改三次确实吃不消。不过我看了一下,这三次改动其实都围绕同一个问题:他们没想清楚大促期间预售订单怎么处理。

我打算明天约悦姐和何工开个一小时的会,把预售规则一次性对齐,之后的改动统一走变更单,不再口头传达。你方便一起来吗?你在场的话,技术约束能当场说清楚。

小满""",
     quote="""这客户真是没完没了,一周改三次,让不让人活了?我不想再接他们的改动了。""",
     quote_from=WB, quote_style="foxmail")

case(expect=[], lang="zh",
     why="negative: internal task split with the client deliberately in Cc ('抄送赵处方便他了解')",
     sender=YM, to=[YF, MM], cc=[ZHAO], subject="本周UAT分工(抄送赵处知悉)",
     body="""一凡、明明:

本周UAT分工如下,抄送赵处,方便他了解我们的安排:

- 一凡:转账、理财模块,周三前完成;
- 明明:账户管理、消息中心,周四前完成;
- 发现的问题统一录入缺陷系统,当天下午5点前同步给赵处团队。

赵处,如您那边有需要优先验证的场景,直接回复这封邮件就好。

陈一鸣""")

case(expect=[], lang="zh",
     why="negative: internal 'A公司这次担心得没错' — takes the client's rollback concern seriously, proposes a drill",
     sender=XM, to=[WB], cc=[CAO], subject="关于A公司对数据迁移回滚的担心",
     body="""王博、曹总:

A公司这次担心得没错。何工问迁移窗口里如果出问题,能不能在30分钟内回滚。我查了我们的方案,回滚步骤是写了,但从来没演练过,实际要多久谁也说不准。

我建议本周六在预发环境做一次完整的迁移+回滚演练,记录时间,然后把结果原样发给何工。如果超过30分钟,我们就调整方案,而不是去说服他们接受。

大家看周六上午可以吗?

小满""")

case(expect=[], lang="mixed",
     why="negative: 'No problem', 'impossible' in another sense (the PM's own earlier worry), cheerful yes with milestones",
     sender=XL, to=[KAREN], subject="Re: 春节活动能赶上吗?",
     body="""Karen~

No problem! 1/20 前上线没问题, 我们这边排了两个人专门做春节活动。

之前我也以为 timeline 紧到 impossible, 但 Tom 那边 art 资源提前到位了, 整体反而宽松了不少 😄

排期表我今晚发你, 里程碑:
- 1/8 banner 设计稿
- 1/13 签到奖励提测
- 1/17 灰度

小鹿""",
     quote="""小鹿, 春节活动的 banner 和签到奖励能在 1/20 前上线吗? 我知道时间有点紧 >_<""",
     quote_from=KAREN, quote_style="gt")

case(expect=[], lang="zh",
     why="negative: interleaved reply; the client's angry lines ('到底行不行', '别又说不需要') are > quoted, PM answers calmly and leaves the choice",
     sender=XM, to=[HE], subject="Re: 上线前的几个问题",
     body="""何工好,逐条回复如下:

> 1. 压测报告到底什么时候给?一拖再拖,到底行不行?

周三(11月12日)下午6点前发您,目前已完成80%的场景。

> 2. 为什么灰度只放5%?这么保守,是不是对自己的代码没信心?

5%是按贵司运维规范来的:第一天5%,第二天无异常扩到30%,第三天全量。如果您希望更快,可以改成10%起步,您定就行。

> 3. 回滚方案呢?别又跟我说不需要。

回滚方案在附件第4节,预计15分钟内完成,周六演练后把实测时间补上。

小满""")

case(expect=[], lang="en",
     why="negative: bottom-posted reply; the client's 'We can't ship this size' is quoted above, PM explains the fix",
     sender=AMY, to=[PRIYA], subject="Re: Android build size",
     body="""On Tue, 4 Nov 2026 09:12, Priya Shah <priya.shah@client-b.example.com> wrote:
> Can someone explain why the Android build is 40 MB bigger than last week?
> We can't ship this size. Not acceptable.

Hi Priya,

Good catch. The jump comes from the new voice packs being bundled for all six languages. We're moving them to on-demand download, which brings the build back to about 138 MB. That change will be in tomorrow's build, and I'll send you the size report with it.

Amy""")

case(expect=[], lang="zh", trad=True,
     why="negative (traditional): '本期暫時無法納入,但並不是不做' with CR number, evaluation date and interim link",
     sender=ZQ, to=[QIAN], subject="回覆:首頁加入即時股票行情",
     body="""錢小姐您好:

即時行情牽涉到證券資訊授權與資安審查,本期(12月版)暫時無法納入,但並不是不做。

我們已登記為變更需求 CR-2026-131,預計11月21日前提供授權費用與工期評估,11月25日評審會上再與貴行一起決定排入哪一版。在此之前,首頁可以先放一個連結,導到貴行現有的行情頁面,這週就能上。

您看這樣安排可以嗎?

郭子晴""",
     quote="""子晴你好,行裡希望下個版本首頁加上即時股票行情,請回覆可否。""",
     quote_from=QIAN, quote_style="outlook_zh")

case(expect=[], lang="zh", trad=True,
     why="negative (traditional): internal banter that praises the client and teases a colleague kindly",
     sender=ZQ, to=[QQ_T], cc=[WB], subject="設計稿過了!",
     body="""倩倩:

剛剛跟錢小姐開完會,首頁設計稿一次過!她還特別說配色很舒服,問是誰做的。

我當場就說是我們家倩倩,超有面子。今晚火鍋我請,王博你不准說要加班,我知道你在裝忙哈哈

子晴""")

case(expect=[], lang="mixed",
     why="negative: game-metric jargon (劝退率, 氪金率, kill) in a data report; recommendation with the client deciding",
     sender=AMY, to=[JASON], cc=[KAREN], subject="新手期数据周报 - 第3关劝退率偏高",
     body="""Hi Jason, Karen,

本周新手期数据:
- D1 retention 41%, 比上周 +2%
- 第 3 关劝退率 (quit rate) 38%, 明显偏高, 主要卡在 boss 第二阶段, 玩家平均被 kill 4.2 次
- 首充转化 (氪金率) 4.6%, 在 benchmark 范围内

我们的建议: 第 3 关 boss 第二阶段血量下调 15%, 做一个为期一周的 A/B test。是否上线由你们 design team 决定, 我们这边随时可以 ship。

Amy""")

case(expect=[], lang="mixed",
     why="negative: 'annoying flicker' is a bug, 'we won't be charging for this fix' is good news",
     sender=AMY, to=[PRIYA], subject="商店页闪屏 bug 修复 - no charge",
     body="""Hi Priya,

那个 annoying 的商店页 flicker bug 已经修好了, 原因是切 tab 时重复触发 layout pass。Fix 在 build 2.5.3 里, 今晚上 TestFlight。

这个 bug 是我们引入的, so we won't be charging for this fix —— 不走变更单, 不计工时。

有其他 issue 随时 ping 我~

Amy""")

case(expect=[], lang="mixed",
     why="negative: e-commerce slang as feature names (砍一刀, block, 兜底), open question left to the client",
     sender=XM, to=[SUN], subject="“砍一刀”助力活动 - 方案 v2",
     body="""悦姐:

“砍一刀”助力活动方案 v2 发你, 主要改了三点:
1. 每人每天最多帮砍 5 次, 防刷;
2. 砍价失败的用户推一张 5 元无门槛券兜底, 减少 drop-off;
3. 风控规则: 同一设备 24h 内新注册超过 3 个账号直接 block。

Open question: 砍价周期是 24h 还是 48h? 我们倾向 24h (转化更集中), 但 48h 对新用户更友好, 你们定哈~

周五前确认的话, 下周一开发。

小满""")

case(expect=[], lang="zh",
     why="negative: '被拒绝' is App Store review status; factual explanation and fix plan",
     sender=XM, to=[SUN], cc=[HE], subject="iOS 3.8.0 审核被拒的原因和处理",
     body="""悦姐、何工:

iOS 3.8.0 昨晚被 App Store 审核拒绝了,原因是条款5.1.1:注册流程里强制要求填手机号才能浏览商品,苹果认为不合理。

处理方案:把“浏览商品”改成无需登录,下单时再要求绑定手机号。改动很小,今天下午改完,今晚重新提审,一般24-48小时出结果。

双12的活动不受影响,活动配置走的是服务端。

小满""")

case(expect=[], lang="zh",
     why="negative: '按我们的经验' recommendation with trade-offs, '最终选哪个,您和合规部门商量后定'",
     sender=YM, to=[CHEN], subject="Re: 消息推送用哪家服务商",
     body="""陈经理您好:

按我们的经验,银行类App更适合直接接厂商通道(华为、小米、OPPO、vivo、苹果),到达率高,而且数据不经过第三方,合规上更省心;缺点是要接五套SDK,开发多一周左右。

第三方聚合接入快,三天左右,但需要贵行合规部门评估数据出境和第三方存储的问题。

两种我们都做过,都能按期交付。最终选哪个,您和合规部门商量后定,我们按您的决定排期。

陈一鸣""",
     quote="""推送服务用厂商通道还是第三方聚合?你们给个建议。""",
     quote_from=CHEN, quote_style="gt_zh")

case(expect=[], lang="zh",
     why="negative: casual kaomoji '这周确实塞不进去了' with CR number, review date and a no-release workaround",
     sender=XM, to=[LIU], subject="Re: 能不能这周加个“晒单返现”?",
     body="""柳青姐~

这周确实塞不进去了 (´；ω；`) 本周的开发已经排满双12的活动页,硬塞的话两头都得出问题。

不过我已经记成变更单 CR-0412 啦,周三下午的需求评审会上一起评估工作量,周四给你排期~ 如果老板急着要效果,这周可以先用现有的“评价有礼”活动配一个返现券,运营后台就能配,不用发版 ✨

你看这样行不?

小满""",
     quote="""小满小满,这周能不能加个晒单返现功能?老板突然想要 (＞﹏＜)""",
     quote_from=LIU, quote_style="foxmail")

case(expect=[], lang="mixed",
     why="negative: long but focused change-impact analysis (live-stream module); '如果压测不行' is conditional, decision left to client",
     sender=XM, to=[DENG], cc=[SUN, HE], subject="直播带货模块 - 变更影响分析 (CR-0398)",
     body="""邓总、悦姐、何工:

上周提的“商品详情页加直播带货入口”, 已登记为 CR-0398, 下面是我们的变更影响分析, 供周四评审会讨论。

一、范围
1. 商品详情页增加直播入口, 直播中的商品显示“直播中”角标;
2. 直播间内支持商品卡片弹出、一键加购、限时优惠券;
3. 运营后台增加直播排期管理和商品挂载配置。
不包括: 主播端推流工具 (建议直接用第三方平台的推流 App)、直播回放剪辑。

二、技术方案
我们评估了两条路线:
A. 接入第三方直播 SDK (推流、CDN、弹幕都由对方提供), 我们只做商品和交易部分。开发约 4 周, SDK 费用按观看时长计费, 按你们预估的日均 2 万观看人次, 每月大约 1.8 万元。
B. 自建直播服务。开发约 10 周, 需要额外采购 CDN 和转码服务, 首年总成本高, 但长期单价低, 数据完全在自己手里。
我们倾向 A 方案先上, 跑三个月看数据再决定要不要迁到 B。不过如果贵司对数据留存有硬性要求, B 方案也完全可行。

三、对现有功能的影响
1. 商品详情页首屏会多一个接口调用, 我们会做异步加载, 保证首屏时间不增加超过 100 毫秒;
2. 优惠券系统要新增“直播专享券”类型, 核销逻辑需要改动, 这部分要做一轮全量回归;
3. 订单表新增“来源直播间”字段, 对报表和对账有影响, 财务报表需要同步调整。

四、风险
1. 大促期间直播间的瞬时加购流量可能很高, 我们会在上线前做专项压测。如果压测结果不行, 我们就先限制单场直播的同时在线人数, 而不是硬上;
2. 直播内容审核需要贵司指定负责人, 监管对电商直播有明确要求, 这一块我们建议法务提前介入。

五、排期建议
如果周四评审通过 A 方案, 最早 12 月 22 日可以灰度上线, 赶不上双 12, 但可以赶上元旦和年货节。如果贵司更看重双 12 档期, 我们可以先做一个简化版 (只做直播入口跳转到第三方直播页面, 不做站内加购), 大约一周完成, 代价是转化链路会长一些。

以上两个版本、两条路线怎么组合, 请各位在评审会上定, 我们按结论排期。

周小满""")

case(expect=[], lang="en",
     why="negative: long internal mail that takes the client's criticism seriously ('Jason has a point'), focused on fixing the tutorial",
     sender=AMY, to=[LEO], cc=[KEVIN, QQ], subject="Client-B's feedback on the tutorial - they have a point",
     body="""Hi Leo,

I spent this morning going through Jason's feedback on the tutorial, and I want to be upfront: he has a point, and we should treat this as our problem to fix rather than something to explain away.

His main complaint was that new players "have no idea what they're supposed to be doing after the first fight". I pulled the funnel data to check. Of the players who finish the first battle, 31% quit before reaching the crafting screen, and the median time spent on the screen right after the battle is 47 seconds with no taps. That is people staring at the screen, not knowing where to go. The data backs him up.

Looking at the build with fresh eyes, I think there are three causes:

1. After the first battle we drop players onto the world map with four glowing icons and no indication which one matters. The quest marker we designed is there, but it's the same color as the shop and event icons.
2. The crafting tutorial only triggers when you open the inventory, which most players never do on their own in the first session.
3. The reward popup after the battle has a "Claim" button and a "Claim x2 (watch ad)" button side by side. Playtesters told us the ad button made the game "feel cheap" right at the moment they were forming a first impression. Jason mentioned this too, less politely, but it's a fair criticism.

What I'd like us to do before Friday's build:
- Make the quest marker a distinct color and add a one-time arrow pointing to it after the first battle.
- Trigger the crafting tutorial automatically when the player first receives a craftable item, instead of waiting for them to open the inventory.
- Remove the "watch ad" option from the first three reward popups. Monetization can start after the player has had a few minutes of fun.

Leo, could you estimate the first two changes by tomorrow? Zhao Qian, could you mock up the new quest marker color, ideally two options so Jason's team can choose?

I'll reply to Jason today to thank him for the detailed notes, tell him we agree with the diagnosis, and share the plan above with the Friday date. If the funnel numbers don't improve in the week after the new build, I'd like to set up a joint playtest session with his design team so we can watch new players together rather than argue over screenshots.

Thanks both,
Amy""")

# Deterministic interleaving so labels are not grouped by rule.
random.Random(20261104).shuffle(CASES)
