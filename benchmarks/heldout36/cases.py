"""heldout36 -- blind test set of PM email drafts (test set: never train or tune on it).

Written by an independent helper from the labelling guide and the seed article only.
Domain emphasis: small and mid-size business software (accounting, invoicing / fapiao,
shop inventory, beauty-salon and clinic booking). Case order is shuffled with seed 3636.
"""

import random

# --- our side (@ourteam.example.com) -------------------------------------------------
ZHOU = "周晓峰 <zhou.xiaofeng@ourteam.example.com>"      # senior PM, calm
LINKE = "林可 <lin.ke@ourteam.example.com>"              # junior PM, chirpy
HAN = "韩冬 <han.dong@ourteam.example.com>"              # mid PM, blunt
SUMAN = "苏蔓 <su.man@ourteam.example.com>"              # mid PM, chatty
ZHENG = "郑国栋 <zheng.guodong@ourteam.example.com>"     # senior, bureaucratic
FANG = "方圆 <fang.yuan@ourteam.example.com>"            # mid PM, implementation
ETHAN = "Ethan Lau <ethan.lau@ourteam.example.com>"      # mid PM, casual
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"    # senior PM, crisp
RYAN = "Ryan Cole <ryan.cole@ourteam.example.com>"       # junior PM
LEO = "Leo Zhang <zhang.li@ourteam.example.com>"         # code-switching PM
VIVIAN = "Vivian Wang 王薇 <wang.wei@ourteam.example.com>"
KEVIN = "Kevin 刘凯 <liu.kai@ourteam.example.com>"
CHAN = "陳家豪 <chan.kahou@ourteam.example.com>"          # HK PM, traditional
WONG = "黃詠琪 <wong.wingkei@ourteam.example.com>"        # junior PM, traditional
MAXIAO = "马骁 <ma.xiao@ourteam.example.com>"            # dev lead
WUTING = "吴婷 <wu.ting@ourteam.example.com>"            # implementation
DUWEI = "杜伟 <du.wei@ourteam.example.com>"              # sales
HEJING = "何静 <he.jing@ourteam.example.com>"            # QA
TOM = "Tom Becker <tom.becker@ourteam.example.com>"      # developer
DANA = "Dana Whitfield <dana.whitfield@ourteam.example.com>"  # delivery director
DENG = "邓海涛 <deng.haitao@ourteam.example.com>"         # our GM

# --- clients ----------------------------------------------------------------------------
CHENML = "陈美玲 <chen.meiling@client-a.example.cn>"      # owner, 悦颜美容 (3 salons)
XIAOYU = "张小雨 <zhang.xiaoyu@client-a.example.cn>"      # front desk at 悦颜
LIUJG = "刘建国 <liu.jianguo@client-a.example.cn>"        # director, 仁和口腔诊所
ZHAODH = "赵大海 <zhao.dahai@client-a.example.cn>"        # owner, convenience-store chain
SUNXL = "孙秀兰 <sun.xiulan@client-a.example.cn>"         # bookkeeper, restaurant group
GRACE = "Grace Okafor <grace.okafor@client-b.example.com>"  # owner, Polished nail studios
MARK = "Mark Jennings <mark.jennings@client-b.example.com>"  # owner, hardware stores
HELEN = "Helen Cho <helen.cho@client-b.example.com>"      # physio clinic owner
KAREN = "Karen Lam <karen.lam@client-b.example.com>"      # HK/Shenzhen bakery chain
NGMW = "吳美華 <ng.meiwah@client-b.example.com>"          # HK beauty-salon owner
LAICM = "黎志明 <lai.chiming@client-b.example.com>"       # HK clinic doctor-owner
QIANZY = "钱志远 <qian.zhiyuan@bank-c.example.cn>"        # bank account manager (merchant SaaS)
CAOLI = "曹丽 <cao.li@bank-c.example.cn>"                 # bank division head

CASES = []

# =========================================================================================
# POSITIVES -- argue
# =========================================================================================
CASES += [
    dict(
        expect=["argue"], lang="zh",
        why="argue: blames the owner's own staff via the log and lectures her (sarcastic rhetorical question), no guide phrases",
        sender=FANG, to=[CHENML], cc=[],
        subject="Re: 会员卡余额少了200",
        body="""陈总：

截图我看了，后台日志也翻出来了。11月3号下午4点12分那笔“余额冲正”，操作账号是店里的 xiaoyu01，不是系统自己动的手。

系统不会自己吞钱，它也没那个本事。每回账一对不上，第一反应就是我们系统有毛病，那您当初花钱开通操作日志图个啥呢？下回再对不上，麻烦先在店里问一圈，问完了还觉得是我们的锅，再来找我。

方圆""",
        quote="""方经理 会员卡余额又少了200 客人在店里闹呢 你们系统是不是吞钱了？？赶紧查""",
        quote_from=CHENML, quote_style="gt_zh",
    ),
    dict(
        expect=["argue"], lang="en",
        why="argue: condescending 'I'll go slow' lecture blaming the owner's staff; 'not rocket science'-style put-down paraphrased",
        sender=RYAN, to=[MARK], cc=[],
        subject="Re: stock showing -14 on deck screws??",
        body="""Mark,

OK, one more time, and I'll go slow.

Negative stock is not the software being broken. It's the software telling you the truth: your guys rang up 14 boxes of deck screws that nobody ever received into the system. The delivery came in on Tuesday, somebody signed the docket, and then the docket went in a drawer.

Receive first. Then sell. That's the whole trick. We covered it in training, it's on the laminated card next to the till, and it's on page 2 of the quick start guide. I'm honestly not sure how to make it any clearer than a laminated card.

Ryan""",
        quote="""your system says I have minus 14 boxes of screws. how is that even possible. fix it
Sent from my iPhone""",
        quote_from=MARK, quote_style="gt",
    ),
    dict(
        expect=["argue"], lang="zh",
        why="argue: throws the clinic's own config change back at the director with stacked ?? and exclamation, confrontational",
        sender=HAN, to=[LIUJG], cc=[],
        subject="Re: 同一个号放出去两个病人",
        body="""刘院长：

号源上限是诊所后台自己配的。周二上午那个时段，“每时段接诊数”被从1改成了2，改的是您本人的管理员账号，时间是周一晚上9点47分。

系统照着设置放号，放了两个，这叫按规矩办事，不叫出错！设置改成2，回头又怪系统放了2个？？您让我们怎么搞？

韩冬""",
        quote="""韩经理，周二上午9点同一个号放出去两个病人，两个人在前台吵起来了，你们系统怎么搞的？""",
        quote_from=LIUJG, quote_style="foxmail",
    ),
    dict(
        expect=["argue"], lang="mixed",
        why="argue: passive-aggressive code-switched lecture ('video 你们有人看过吗', 'not your IT department on call')",
        sender=LEO, to=[KAREN], cc=[],
        subject="Re: 小票 logo 又唔见咗",
        body="""Hi Karen,

小票 logo 不显示这个问题, 这已经是第三次了 - 每次都是同一个原因: 你们换了打印纸的 size, 但 printer setting 没跟着改.

第一次我 remote 帮你改了, 第二次我录了一个 3 分钟的 video, 第三次... 说真的, 那个 video 你们有人看过吗? 我们是做系统的, 不是你们店 24/7 on call 的 IT 部门. 麻烦 internally 先 check 一下 setting, 再来 ping 我.

Leo""",
    ),
    dict(
        expect=["argue"], lang="zh", trad=True,
        why="argue (traditional): blames the salon's staff for forcing a save past a warning and tells the owner to stop saying otherwise",
        sender=CHAN, to=[NGMW], cc=[],
        subject="Re: 預約撞期投訴",
        body="""吳太您好：

恕我直言，上星期六下午三點那次撞期，是貴店同事在系統已經跳出「該時段技師已有預約」警告的情況下，仍然按了「強制儲存」。操作紀錄裡寫得明明白白，帳號、時間、按了哪個鍵，一樣不少。

警告視窗不是擺著好看的。同事不看提示就硬按，出了事再說系統不可靠，這個說法我們實在不能接受，也請貴店以後不要再這樣對外講。

陳家豪""",
    ),
    dict(
        expect=["argue"], lang="zh",
        why="argue: bureaucratic lecturing of the bank ('作为收单行…本应最熟悉'), implied 'we told you already', condescending",
        sender=ZHENG, to=[QIANZY], cc=[CAOLI],
        subject="Re: 关于收单流水与对账单差异的问题",
        body="""钱经理：

来函收悉。关于所谓“对账差异”，我方再说明一次：

一、差异全部来自贵行清算文件的T+1与T+2批次切分，与我方系统无关；
二、上述机制，我方已在10月项目周会上专门讲解过，会议纪要贵行也签字确认过；
三、作为收单行，清算批次如何切分，本应是贵行业务人员最熟悉的内容。

建议贵行今后先在内部把自家的清算规则理顺，再向我方提出类似问题，以免双方反复消耗。

此复。
郑国栋
交付总监""",
        quote="""郑总：
近期多家商户反映，贵司记账系统中的收单流水与我行对账单存在差异，请贵司尽快排查并给出说明。
钱志远""",
        quote_from=QIANZY, quote_style="outlook_zh",
    ),
    dict(
        expect=["argue"], lang="en",
        why="argue: sarcastic thanks for late-night voice notes, points at the contract 'right above your signature', tells owner to read emails",
        sender=PRIYA, to=[GRACE], cc=[],
        subject="Re: REMINDERS NOT WORKING",
        body="""Grace,

Thank you for the 11:40 pm voice notes. All four of them.

The reminders stopped because your SMS credit balance hit zero on Sunday. The low-balance warning went to your inbox on Thursday and again on Saturday. Top-ups are your side of the arrangement; it's on page one of the agreement you signed in September, right above your signature.

So, respectfully: not a bug, not an outage, and not something for us to 'sort out'. Reading the emails we send might save us both a late night.

Priya Nair
Senior Project Manager""",
        quote="""SMS reminders stopped AGAIN. clients r not showing up. this is costing me money!! sort it out""",
        quote_from=GRACE, quote_style="outlook",
    ),
]

# =========================================================================================
# POSITIVES -- refusal
# =========================================================================================
CASES += [
    dict(
        expect=["refusal"], lang="zh",
        why="refusal: flat no ('不会加…以后也不打算做') wrapped in chirpy friendly tone and emoji, no buffer or alternative",
        sender=LINKE, to=[CHENML], cc=[],
        subject="Re: 小程序加拼团",
        body="""陈姐～

收到收到！拼团砍价这个我昨天专门问了技术那边哈，咱们这套预约小程序是不会加这类玩法的，以后也不打算做，所以只能跟您说声抱歉啦🙈

别的有啥想法随时甩给我哦，周末愉快呀～

林可""",
        quote="""可可 小程序能不能加个拼团 砍价那种 隔壁那家店搞得好火 我们也想弄""",
        quote_from=CHENML, quote_style="foxmail",
    ),
    dict(
        expect=["refusal"], lang="zh",
        why="refusal: bureaucratic formal refusal ('不承接…今后亦不再另行评估'), no alternative, no escalation",
        sender=ZHENG, to=[QIANZY], cc=[CAOLI],
        subject="关于在商户端增加贷款申请入口的回复",
        body="""钱经理：

贵行11月4日函中提出的“在商户记账App首页增加经营贷申请入口”一事，经我司项目组研究，现答复如下：

该事项与本项目定位（商户记账与开票）不符，我司不承接此项开发，今后亦不再另行评估。

请知悉。

郑国栋
项目交付部""",
    ),
    dict(
        expect=["refusal"], lang="en",
        why="refusal: casual but flat 'isn't something the online booking is ever going to do', nothing offered",
        sender=ETHAN, to=[HELEN], cc=[],
        subject="Re: Choosing a physio when booking online",
        body="""Hi Helen,

Had a look at this one. Picking a specific physio isn't something the online booking is ever going to do - slots are by time only and that's how it stays.

Cheers,
Ethan""",
        quote="""Hi Ethan, patients keep asking if they can choose which physio they see when they book online. Can we add that? Thanks, Helen""",
        quote_from=HELEN, quote_style="gt",
    ),
    dict(
        expect=["refusal"], lang="zh",
        why="refusal hidden in a meeting recap: item 4 shuts down the clinic's request ('我方不纳入，此项到此为止')",
        sender=ZHOU, to=[LIUJG], cc=[WUTING, HEJING],
        subject="11月10日项目例会纪要",
        body="""刘院长，各位好：

今天例会的纪要如下，请查阅：

1. 复诊提醒短信：模板已定稿，11月14日上线。
2. 儿童牙科的预约时长由30分钟调整为45分钟，本周内配置完毕。
3. 前台培训：11月18日下午2点，诊所二楼会议室。
4. 收费端直接刷医保卡结算：我方不纳入，此项到此为止，后续例会不再讨论。
5. 下次例会：11月24日上午10点。

如纪要有遗漏，请回复补充。

周晓峰""",
    ),
    dict(
        expect=["refusal"], lang="mixed",
        why="refusal: code-switched flat no ('不 support, 以后也不会 support') with a throwaway 'Sorry 啦'",
        sender=VIVIAN, to=[KAREN], cc=[],
        subject="Re: 同一张单收港币同人民币",
        body="""Hi Karen,

同一张单 HKD + RMB 混合收款 - 这个我们的 POS 不 support, 以后也不会 support 的. Sorry 啦.

其他 issue 照常跟进, 有事 WhatsApp 我.

Vivian""",
        quote="""Vivian, 我们想同一张单可以收港币同人民币, 大陆客人好多, 可以加吗?""",
        quote_from=KAREN, quote_style="gt",
    ),
    dict(
        expect=["refusal"], lang="zh",
        why="refusal: two-word blunt no ('不搞') plus telling the owner to stop asking",
        sender=HAN, to=[ZHAODH], cc=[],
        subject="Re: 收银加个挂账功能",
        body="""赵总：

挂账（熟客先拿货、月底再结）这个，不搞。咱们收银系统里不会有这一项，您也别让店长再来问了。

韩冬""",
    ),
    dict(
        expect=["refusal"], lang="zh", trad=True,
        why="refusal (traditional): polite wording but a flat 'we will not take this on', no buffer, alternative or escalation",
        sender=WONG, to=[LAICM], cc=[],
        subject="Re: 舊病歷資料轉移",
        body="""黎醫生您好：

關於把舊系統十年來的病歷（含掃描檔）全部搬到新系統一事，我們這邊不會承接這項工作。

謝謝您的體諒。

黃詠琪 敬上""",
    ),
]

# =========================================================================================
# POSITIVES -- persuade
# =========================================================================================
CASES += [
    dict(
        expect=["persuade"], lang="zh",
        why="persuade: tells the owner to drop her own tier design, pressure via cost and delay, 'everyone else uses it'",
        sender=SUMAN, to=[CHENML], cc=[],
        subject="会员等级方案",
        body="""陈总好呀～

会员等级这事儿，我跟您交个底：自己设计七八个等级、每级折扣还叠加，这个念头咱就放下吧。就用系统自带的银卡、金卡、钻石卡三级，我们服务的几十家美容院全是这么用的，没一家出问题。

您要是还想按自己那套来，实施排期就得往后挪一个月，定制费用也得另外算，到时候赶不上年底旺季，损失可比这个大多了。这周五之前您给我个准话，咱就按三级走，好不好？

苏蔓""",
    ),
    dict(
        expect=["persuade"], lang="en",
        why="persuade: 'it has to stop', retires the owner's spreadsheet on a date and goes around him to his manager",
        sender=PRIYA, to=[MARK], cc=[],
        subject="Your spreadsheet",
        body="""Mark,

I'm going to be blunt, because I think you'd rather I was. Running your own stock spreadsheet next to the system is the reason your numbers never agree, and it has to stop. There's no version of this where both survive.

On the 1st, the spreadsheet is retired and the system becomes the single source of truth. I've already told your store manager. I know you built that sheet over nine years and I know it's hard to let go, but every week you keep it alive costs you money and costs my team hours. I'd rather not have this conversation a third time.

Priya""",
    ),
    dict(
        expect=["persuade"], lang="zh",
        why="persuade: appeal to our CTO's authority, calls the client's idea going backwards and closes the discussion",
        sender=ZHOU, to=[LIUJG], cc=[],
        subject="关于排班方式",
        body="""刘院长：

排班方式的事，我们CTO昨天亲自看了。他做医疗信息化二十年，结论很明确：按科室分时段放号，是目前最合理的做法。您提的按医生个人排班，说句实话，是走回头路。

这个问题我们就不再反复讨论了，按科室方案推进，您这边点个头，下周一就上线。

周晓峰""",
    ),
    dict(
        expect=["persuade"], lang="mixed",
        why="persuade: code-switched 'is the way to go… 别再 push 了', go-live fixed without the client's consent",
        sender=LEO, to=[KAREN], cc=[],
        subject="Re: 总部统一开 fapiao",
        body="""Karen,

听我一句: 深圳三间分店各自开票 is the way to go. 总部统一开 fapiao 那套 honestly 不 work, 你就别再 push 了.

我已经跟 team 讲好, 下周一按分店模式 go live. 你回个 OK 就行, 其他我们搞定.

Leo""",
        quote="""Leo, 我哋想总部统一开 fapiao, 深圳分店唔使理, accounting 方便啲""",
        quote_from=KAREN, quote_style="outlook",
    ),
    dict(
        expect=["persuade"], lang="zh", trad=True,
        why="persuade (traditional): FOMO pressure ('熟客遲早被搶走') and 'this is decided, no need to think'",
        sender=CHAN, to=[NGMW], cc=[],
        subject="預約方式升級",
        body="""吳太您好：

講真，紙本預約簿是時候收起來了。現在還靠紙本排客的美容院，整個銅鑼灣我數不出五家，您再不跟上，熟客遲早被隔壁那幾家網上預約的搶走。

我這邊已經跟同事說好，下個月一號開始，三間分店全部改用系統預約，紙本一律停用。這件事就這麼定了，您不用再考慮了。

陳家豪""",
    ),
    dict(
        expect=["persuade"], lang="zh",
        why="persuade: formal letter pressuring the bank to drop its approval flow, deadline plus 'costs are yours'",
        sender=ZHENG, to=[CAOLI], cc=[QIANZY],
        subject="关于开票模块方案确认的函",
        body="""曹处长：

关于开票模块采用我司标准方案（不做贵行定制审批流）一事，现再次函告：

我司标准方案已在十余家银行落地，成熟稳定，贵行自行设计的三级审批流既无必要，也不符合行业通行做法。请贵行于11月15日前书面确认采用标准方案；逾期未确认的，由此产生的项目延期及额外人天费用，均由贵行承担。

望贵行以项目大局为重，尽快放下定制想法。

郑国栋
项目交付部""",
    ),
    dict(
        expect=["persuade"], lang="zh",
        why="persuade: cutesy but pushy ('别坚持…听我的准没错'), switches all stores over without asking",
        sender=LINKE, to=[ZHAODH], cc=[],
        subject="商品编码的事～",
        body="""赵总～

商品编码您就别坚持用您那套手写编号啦，真的真的会乱的！直接扫厂家条码，一步到位，听我的准没错～

我周五就让同事把四家门店全部切过去了哈，您啥也不用管，到时候验收签个字就行😄

林可""",
    ),
]

# =========================================================================================
# POSITIVES -- backchannel
# =========================================================================================
CASES += [
    dict(
        expect=["backchannel"], lang="zh",
        why="backchannel: internal mail mocking the salon owner's taste ('审美全靠刷短视频', sarcastic 服了)",
        sender=HAN, to=[MAXIAO], cc=[],
        subject="陈老板的配色（又变了）",
        body="""骁哥：

悦颜那位陈老板，今天上午说首页要粉色，下午说粉色显得廉价要香槟金，晚上九点又发语音问能不能“做得跟小红书一样高级”。审美全靠刷短视频刷出来的，一天一个样，我是真服了她。

你那边先别动，等她连着三天不改主意了再说，估计得等到明年。

韩冬""",
    ),
    dict(
        expect=["backchannel"], lang="zh",
        why="backchannel, reply-all accident: mocks the clinic director and his nephew while the director is in Cc",
        sender=LINKE, to=[WUTING], cc=[LIUJG],
        subject="Re: 复诊提醒改成微信推送",
        body="""婷婷：

哈哈又是那位“我侄子说”。他侄子不是学旅游管理的吗，咋又成技术顾问了🙄 院长大人听风就是雨，先别理他，拖两天他自己就忘了。

可""",
        quote="""可可，刘院长又说要把短信提醒全部改成微信推送，说是他侄子建议的，你看怎么回他？""",
        quote_from=WUTING, quote_style="foxmail",
    ),
    dict(
        expect=["backchannel"], lang="en",
        why="backchannel: internal ridicule of the client's idea and intelligence ('believes software counts by looking')",
        sender=ETHAN, to=[TOM], cc=[],
        subject="Mark's latest",
        body="""Tom,

Brace yourself. Mark now wants stock tracked per individual screw. Not per box. Per screw. The man genuinely believes inventory software counts things by looking at them. I've stopped trying to explain.

Park it in the backlog where dreams go to die. I'll tell him it's 'under review'.

E.""",
    ),
    dict(
        expect=["backchannel"], lang="mixed",
        why="backchannel: code-switched internal mockery of the client ('老板娘 mode 全开', can't use Excel filter)",
        sender=KEVIN, to=[MAXIAO], cc=[],
        subject="Karen 那边",
        body="""骁哥,

Karen 今天又 drama 了, 老板娘 mode 全开, 一个小票字体大小的事 call 了我四十分钟, 三次说要"投诉到你们老板". 说真的她连 Excel 的 filter 都不会用, 还天天教我们做 product.

你那个 fix 不急, 让她先 cool down 一下.

Kevin""",
    ),
    dict(
        expect=["backchannel"], lang="zh",
        why="backchannel: client referred to only by a nickname ('抠门王') and mocked as stingy",
        sender=SUMAN, to=[HEJING], cc=[],
        subject="抠门王的发票",
        body="""静静：

“抠门王”今天又来了，发票抬头里“便利”和“便利店”差一个字，非让我们今天之内免费重开，还顺手要了三个月的免费短信包。开个小卖部跟做多大买卖似的，一分钱掰成八瓣花，我看他家货架上的临期零食都舍不得下架。

你帮我看下重开流程，其他的我来挡。

苏蔓""",
    ),
    dict(
        expect=["backchannel"], lang="zh",
        why="backchannel in a mail to the client: disparages the clinic's head nurse behind her back ('不是管系统的料')",
        sender=ZHOU, to=[LIUJG], cc=[],
        subject="培训情况反馈",
        body="""刘院长：

上周三场前台培训已全部完成，整体进展顺利。

另外有件事想私下跟您说一下：负责排班的那位护士长，说句不好听的，真不是管系统的料，三场培训两场在刷手机，同一个问题问了四遍，笔记我瞄了一眼，全是错的。照这个状态，系统上线后出问题是迟早的事。您看是不是考虑换个脑子活一点的年轻人来对接。

周晓峰""",
    ),
    dict(
        expect=["backchannel"], lang="en",
        why="backchannel, reply-all accident: mocks the client's long emails while she is in Cc",
        sender=PRIYA, to=[ETHAN], cc=[GRACE],
        subject="Re: Quick question about staff rota",
        body="""Ethan - can you grab this one? Grace's 'quick question' is another novel, chapter fourteen. I'm fairly sure she dictates these from under a UV lamp between clients. I'm out of patience with Polished this week.

P.""",
        quote="""Hi Priya, quick question - when Jess swaps a shift with Amara, does the system move the bookings too or do we have to do it by hand? Also the Saturday rota shows Jess twice, is that a bug? And can we colour-code the lash techs? And one more thing, the Brighton studio wants to open an hour earlier on Fridays from December, how do we change that? Thanks!! G x""",
        quote_from=GRACE, quote_style="gt",
    ),
]

# =========================================================================================
# POSITIVES -- two labels (short ones)
# =========================================================================================
CASES += [
    dict(
        expect=["argue", "refusal"], lang="zh",
        why="argue+refusal: mocks the owner for only reading the price page, flat '不加，以后也别提了', demeaning shelf jab",
        sender=HAN, to=[ZHAODH], cc=[],
        subject="Re: 加个积分商城",
        body="""赵总：

积分商城？签合同那天您是只看了报价那一页吧，范围清单里一个字都没提过。这个不加，以后也别提了。

系统又不是您家门口那排货架，想往上摆啥就摆啥。

韩冬""",
        quote="""韩经理 能不能在系统里加个积分商城 顾客用积分换东西 这个应该简单吧""",
        quote_from=ZHAODH, quote_style="gt_zh",
    ),
    dict(
        expect=["refusal", "persuade"], lang="en",
        why="refusal+persuade: flat no to per-practitioner billing, then pushes an upsell that doesn't solve it, 'sign it this week'",
        sender=ETHAN, to=[HELEN], cc=[],
        subject="Re: Separate billing per practitioner",
        body="""Helen,

Separate billing per practitioner - no, we're not building that.

What you actually need is to move to Clinic Plus like the rest of our clinics. It doesn't do per-practitioner billing either, but it's the setup that works, and honestly the contractors' invoicing is their problem, not a feature request. I've put the upgrade paperwork in your inbox. Sign it this week and we can all move on.

Ethan""",
        quote="""Ethan, we need each physio to bill their own patients separately (they're contractors, not employees). Can the system do separate billing per practitioner? Helen""",
        quote_from=HELEN, quote_style="outlook",
    ),
    dict(
        expect=["persuade", "backchannel"], lang="zh",
        why="persuade+backchannel: disparages the owner's bookkeeper cousin to the owner and pushes our module on a fixed date",
        sender=SUMAN, to=[CHENML], cc=[],
        subject="财务模块上线",
        body="""陈总：

财务模块的事我直说了。您店里管账的那位表姐，思路还停在十年前，手工账本一本接一本，问她个科目余额得翻半小时，她的意见您听听就好，真不用当回事。

财务模块就按我们推荐的方案上，下周一三家店统一切换，手工账同步停掉。这事别犹豫了，再拖下去吃亏的是您自己。

苏蔓""",
    ),
]

# =========================================================================================
# POSITIVES -- ramble (one actionable line buried in chatter), incl. two double labels
# =========================================================================================
CASES += [
    dict(
        expect=["ramble"], lang="zh",
        why="ramble: hair dye, cat, hotpot and a TV drama; the maintenance-window notice is one line in the middle",
        sender=SUMAN, to=[CHENML], cc=[],
        subject="最近好吗～",
        body="""陈总好呀～

好久没跟您好好聊了。上周末我终于去把头发染了，本来想染个雾霾蓝，结果理发师劝我说冬天冷色显得脸黄，最后染了个栗棕色，我妈看了说像她年轻时候，我也不知道这是夸我还是损我，哈哈。说到头发，您店里新来的那位美甲师手真巧，上次我顺路去做了个猫眼，到现在一个礼拜了都没掉，同事们都问我在哪做的，我全给您家打广告了。

再说我家那只橘猫，最近不知道怎么了，天天半夜两点在客厅跑酷，把我养的绿萝扒拉得只剩两根杆子，我老公说要给它报个夜校学学规矩，我说先给你自己报一个吧。上周天气一下子降了十度，我们小区的暖气还没来，晚上只能抱着猫取暖，它倒是挺乐意的，呼噜打得比我老公还响。

周六我们一家去吃了您上次推荐的那家潮汕牛肉火锅，真的是绝了，吊龙和匙柄我们点了三份，小孩子吃得满嘴油，回家路上还在念叨下次什么时候再去。那家的沙茶酱我打包了一罐回来，拌面也好吃，您下次去帮我看看他们有没有卖大罐装的。前几天我在小区楼下碰到一个卖烤红薯的大爷，推着那种老式的铁皮桶，香味飘了半条街，我买了两个，一个给自己，一个给楼下保安大叔，他说他闺女也在美容院上班，我一问竟然就在您家隔壁那条街，世界真小。

对了，周三晚上十点到十二点系统要升级，预约小程序这两个小时打不开，麻烦您跟前台说一声，提前把那天晚上的预约处理一下。

另外我最近在追一个古装剧，讲一个绣娘开铺子的，女主角那个精明劲儿跟您特别像，做生意一板一眼，对员工又特别好，我每看一集就想起您。剧里她跟隔壁布庄斗法那段，我看得饭都忘了吃。下周我们部门要去爬山团建，我这腿脚估计爬到半山腰就得歇菜，到时候给您发照片看看我的狼狈样。天冷了，您也注意身体，别总熬夜对账，护肤品再贵也比不上早点睡觉，这还是您教我的呢。

苏蔓""",
    ),
    dict(
        expect=["ramble"], lang="zh",
        why="ramble: marathon, dental cleaning, hometown, tea, colds, the director's son; the template-confirmation request is buried",
        sender=ZHOU, to=[LIUJG], cc=[],
        subject="近况，顺带一件小事",
        body="""刘院长：

见信好。上周日我去跑了人生第一个全程马拉松，跑到三十公里的时候腿像灌了铅，脑子里只剩一个念头：回去一定要好好保护膝盖。最后五小时零八分完赛，成绩很一般，但挂上奖牌那一刻还是挺激动的。我爱人说我这个年纪还折腾，我说人到中年，总得给自己找点念想。

说起膝盖，就想起您上次讲的“牙齿也是一样，用了四十年的零件总得保养”，我回去后真去洗了个牙，医生说我牙结石攒了好几年，刮得我眼泪都出来了。您说得对，很多事情平时不在意，等疼了才知道后悔。上周末我还陪我爸去公园下象棋，他老人家现在是公园里的“棋王”，一群老头围着看，输了的人要去给大家买冰棍。我爸赢了一下午，回家路上得意得哼了一路京剧，我妈说他年轻时候要是有这股劲儿，早就当上厂长了。

前两天回了趟老家，县城变化很大，小时候常去的那家供销社拆了，原地盖了个商场，里面居然也有家口腔诊所，装修得挺气派。我站在门口看了半天，想着要是他们也用上我们的系统就好了，职业病犯了，哈哈。老家的茶倒还是那个味道，我带了两斤高山绿茶回来，下次去诊所给您捎一包尝尝，泡的时候水别太烫，八十度左右最好。

另外，复诊提醒短信的那两个模板，麻烦您周五前看一下，没问题回个“确认”就行。

最近天气忽冷忽热，我们办公室一半人感冒了，大家轮流请假，会议室里全是咳嗽声。我每天早上喝一杯姜枣茶，到现在还扛得住。您诊所人来人往，更要多注意。听说您家公子今年考研，时间过得真快，上次见他还是个在诊所里写作业的中学生，替我问声好，祝他一切顺利。

年底您要是有空，我们几个老朋友约个饭，我知道一家做本帮菜的小馆子，红烧肉做得比我妈做的还地道，就是得提前一个礼拜订位。

周晓峰""",
    ),
    dict(
        expect=["ramble"], lang="zh",
        why="ramble: bubble tea, flat-hunting, mahjong, coding for the owner's son, oden; the batch-export request is one line",
        sender=LINKE, to=[ZHAODH], cc=[],
        subject="赵总～最近忙不忙呀",
        body="""赵总～

最近忙不忙呀？上周去您中山路店的时候，发现对面新开了一家奶茶店，排队排到马路牙子上了，我好奇也排了四十分钟，点了一杯他们的招牌芋泥波波，说实话也就那样，还没有您店里冰柜那款两块五的老酸奶好喝，哈哈。

跟您说个好玩的，我最近在找房子，看了七八套，有一套中介说“南北通透”，结果进去发现南边窗户对着一堵墙，北边窗户对着另一堵墙，通透倒是挺通透，就是一点光都没有。还有一套房东养了十二只鸟，我进门的时候它们集体叫了一声，把我吓得差点坐地上。最后定了一个离公司二十分钟的小一居，楼下就是菜市场，以后买菜方便了，就是每天早上五点就有人在楼下吆喝卖豆腐脑。

上周末我们家族聚会，我二舅非拉着我打麻将，我从小就不会，结果新手运气好，一下午赢了八十块，二舅脸都绿了，说我肯定偷偷练过。我妈在旁边笑得不行，说我工作以后就这一件事干得漂亮。哦对了，我们公司最近来了一只流浪猫，前台小姐姐给它取名叫“KPI”，每天早上准时九点在门口等早饭，比我们上班还准时，领导说它是全公司考勤最好的员工，年底要给它评优秀。

对了赵总，月底盘点之前，麻烦让店长把临期商品的批次表从后台导出来发我一下，我这边提前核一遍。

还有还有，您上次说您儿子想学编程，我问了我们技术部的骁哥，他说小孩子先从图形化的小游戏开始学最好，不用一上来就敲代码，他推荐了两个免费的网站，我回头发您。骁哥说他自己十岁的时候就是在网吧偷偷学的，被他爸抓到揍了一顿，后来照样当了程序员，所以您放心，学编程不耽误学习的。

天冷了，您店门口那个关东煮应该卖得很好吧？我每次路过都想买，但又怕长胖，纠结得很。下次去店里您可得给我留两串萝卜！

林可""",
    ),
    dict(
        expect=["ramble"], lang="en",
        why="ramble: Diwali sweets, mother's knee exercises, half marathon, book club, a fox; the cut-over confirmation is one line",
        sender=PRIYA, to=[HELEN], cc=[],
        subject="A few weeks' news",
        body="""Hi Helen,

I hope you had a lovely weekend. Mine was a blur of Diwali preparations: my mother decided that this year, for the first time in about a decade, the whole family would make sweets from scratch rather than buying them from the shop on the high street. Forty-two years old and I was still given the job of rolling the ladoos, because apparently my hands are 'the right temperature'. I'm not sure that's a compliment.

Speaking of my mother, she's finally doing the knee exercises her physio gave her after the operation, which I know will make you smile. For months she'd been 'doing them in her head', which I'm told is not how rehabilitation works. Now she's got a little chart on the fridge and gives herself a gold star every evening. My dad has started giving himself stars too, for things like 'remembered to buy milk'. The fridge is getting crowded.

I've also signed up for a half marathon in March, which felt brave at the time and foolish about four hours later. My longest run so far is nine kilometres, and I spent the last two of them negotiating with myself about whether walking counts. A friend from my book club has promised to train with me, though she's also promised to finish the book we were supposed to read in September, so I'm keeping expectations modest. We're reading a very long Russian novel at the moment. I've got a spreadsheet of the characters' names and I still keep mixing up the two brothers.

The garden has given up for the year. We had a ridiculous glut of tomatoes in August - I think I gave you a bag, actually - and now it's just sad stalks and a very confident fox who has taken to sleeping under the shed. My neighbour wants to call someone about it. I've named him Gerald and I'm quietly on his side.

Could you please confirm the Saturday 8 am cut-over for the new booking calendar?

I've also been trying a new coffee place near our office that does cardamom buns, and they're dangerously good. If you're ever in town on a Thursday, I'll take you; they sell out by eleven, so we'd need to go early. It's the sort of place where the barista remembers your order after two visits, which is either charming or slightly alarming depending on how often you go.

Anyway, I hope the clinic is calm in the run-up to the holidays and that everyone is staying well. Give my best to the team, and to the receptionist with the amazing earrings.

Warm wishes,
Priya""",
    ),
    dict(
        expect=["ramble"], lang="zh",
        why="ramble: senior PM's calligraphy, grandson at Huangshan, fishing, old bookkeeping days; the keep-PCs-on notice is buried",
        sender=ZHENG, to=[ZHAODH], cc=[],
        subject="老赵，近来可好",
        body="""老赵：

近来可好？上个月在你店里喝的那壶铁观音，我到现在还记得那股兰花香，回来后专门去茶城转了一圈，没找到一样的，看来还是你们福建老家的东西地道。

我最近迷上了写毛笔字，每天早上五点半起来临半个钟头的《兰亭序》。我老伴说我退休之前先把脾气练好了再说，我说字如其人，字写好了脾气自然就好了。目前写了三个月，“之”字还是歪的，王羲之写了二十几个“之”个个不同，我写二十个个个都一样难看，哈哈。我那盆养了十年的君子兰今年终于又开花了，橘红色的，一共十一朵，我每天下班第一件事就是去阳台看它。老伴说我对花比对她上心，我说花不会跟我吵架，结果那天晚饭就只有一碗白粥。

上周带小孙子去了趟黄山，小家伙才六岁，爬得比我还快，到了光明顶非要看日出，结果那天大雾，什么也没看见，他哭了一鼻子，说黄山骗人。下山的时候在缆车上睡着了，口水流了我一肩膀。年纪大了，爬一趟山腿疼了三天，还是你说得对，人到这个岁数，钓钓鱼、喝喝茶最舒服。

说起钓鱼，你上次说水库那边新放了一批鲫鱼，什么时候带我去见识见识？我的竿子放了两年没用，线都脆了，得先去换一套。

顺带说一句，下周一起收银系统升级，周日晚上闭店后，各门店的收银电脑请不要关机。

前几天碰到以前单位的老同事，聊起当年大家一起在仓库里熬夜对账的日子，一晃二十年了。那时候全靠算盘和复写纸，月底对一次账要三天三夜，现在你们门店一晚上盘完几千个商品，真是换了人间。我常跟年轻人讲，你们赶上了好时候，要珍惜。

天气转凉了，你胃不好，少喝冰啤酒，多喝点热茶。改天我做东，请你吃我们楼下那家羊肉汤，他家的烧饼是现烤的，去晚了就没了，老板是山东人，嗓门大，人实在，每次都多给一勺汤。

郑国栋""",
    ),
    dict(
        expect=["ramble"], lang="mixed",
        why="ramble (mixed): HK food, Dragon's Back hike, K-drama, dog grooming, mum's sourdough; the POS-restart line is buried",
        sender=LEO, to=[KAREN], cc=[],
        subject="最近 HK 好冻",
        body="""Hi Karen,

最近 HK 突然降温, 我上个礼拜去 Central 开会, 穿了一件 T-shirt 就出门, 结果冻到在 7-Eleven 买了一杯热奶茶抱住不放. 讲开奶茶, 你上次推荐的那间茶餐厅我终于去了, 丝袜奶茶真的 next level, 菠萝油的牛油厚到我有罪恶感, 但还是吃了两个. 蛋挞就一般, honestly 还是你们店的好吃, 酥皮 layers 比较多.

周末同 friend 去行了 Dragon's Back, 天气很好, 可以看到石澳的海, 好多人在玩 paragliding, 我在想要不要试一下, 结果看了价钱就算了. 下山后去大浪湾吃了个 burger, 坐在沙滩上看人冲浪, 感觉好像放了一个星期假. 回家路上巴士塞车塞了一个半小时, 立刻回到现实.

最近在追一个 K-drama, 讲一个 bakery 老板娘同一个 chef 的故事, 每一集都有人在烤面包, 看得我半夜好饿, 有一晚忍不住叫了外卖, 结果一个 croissant 都没有, 只有烧卖. 我女朋友说我看剧看到 brainwash 了, 叫我不要再看美食剧.

还有我家的狗狗 Mochi 上个礼拜第一次去 grooming, 剪完毛之后像一只 potato, 回家之后躲在沙发底下两日不肯出来, 好似好 embarrassing 咁. 现在毛长返少少, 又开始每天追住我的拖鞋跑.

上个礼拜 office 搞 Halloween party, 我 cos 咗一个 zombie, 化妆化咗一个钟, 结果个个都话我平时加班个样已经差唔多, 唔使化. 我 boss 扮 Batman, 但件披风太长, 行两步就踩到, 全场笑到停唔到. 最后 best costume 俾咗 reception 个姐姐, 她扮咗一部 printer, 仲识吐纸出来, 真系好 creative.

对了, 周四前麻烦叫各店店长 restart 一下 POS, 打印机 driver 会自动更新.

另外我妈最近学人做 sourdough, 每天喂她的 starter 好似喂 baby 一样, 还帮佢改咗个名叫"小白". 第一个面包硬到可以当武器, 第二个好一点, 第三个终于可以食. 她说下次想去你们店的 workshop 学正宗一点的, 我说人哋专业 bakery 唔会收徒弟, 她就话我唔帮手.

下个月 Christmas 你们应该好忙, 记得 take care, 不要太 overwork. 有时间再一起饮茶.

Leo""",
    ),
    dict(
        expect=["ramble"], lang="zh",
        why="ramble: bank canteen, football, daughter's piano, old car, a classmate's veg delivery; the test-merchant request is buried",
        sender=FANG, to=[QIANZY], cc=[],
        subject="钱经理，周末愉快",
        body="""钱经理：

周末愉快！上周在贵行食堂蹭的那顿午饭我到现在还惦记，那个糖醋小排是真的绝，比我们公司楼下那家连锁快餐强太多了。听说你们食堂大师傅以前在老字号饭店掌过勺，难怪。我们公司行政最近搞员工满意度调查，我在“意见建议”里写了一句“建议向银行食堂学习”，也不知道会不会被约谈。

前天晚上看了国足的比赛，看到第八十分钟我就去睡觉了，第二天一早起来一看比分，果然没让我失望——还是输了。我们部门有个小伙子是铁杆球迷，第二天上班眼睛红得跟兔子一样，一上午没说一句话，中午吃饭的时候才憋出来一句“明年还看”。

我家闺女最近在学钢琴，老师说她手指条件不错，就是坐不住，练十分钟就要喝水、上厕所、找猫。我陪练陪得比她还累，现在《小星星》闭着眼睛都能哼出来。上周考级，她在台上弹错了两个音，下来跟没事人一样，说“老师说错了别停就行”，心态比我好多了。

另外我那辆开了九年的车最近也闹脾气，空调时好时坏，修车师傅说是压缩机老化，换一个要四千多，我在犹豫是修还是干脆换车。您之前说您刚换了新能源，开着怎么样？冬天续航掉得厉害吗？

对了，联调环境下周二开放，麻烦贵行提供两个测试商户号给我们。

还有件趣事，上周在地铁上碰到我们大学班长，二十年没见，他现在在做有机蔬菜配送，硬塞给我一张名片，说下次同学聚会他包了。您要是对有机菜感兴趣，我把他微信推给您，他家的番茄据说有小时候的味道。

说到打球，我们公司羽毛球群最近很热闹，每周三晚上在体育馆包两片场地，我上周一口气打了两个小时，第二天胳膊抬不起来，连鼠标都握不稳，写周报全靠语音输入，错别字一堆，被领导笑话了半天。

祝您周末愉快，有空一起打球。

方圆""",
    ),
    dict(
        expect=["backchannel", "ramble"], lang="zh",
        why="backchannel+ramble: long internal chatter (renovation noise, wedding, bubble tea, baking, kittens) mocking the clinic director; one task buried",
        sender=LINKE, to=[WUTING], cc=[],
        subject="婷婷～八卦时间",
        body="""婷婷～

今天真是累瘫了，早上七点就被楼下装修的电钻叫醒，那个声音跟直接钻我脑门上一样。本来想睡个回笼觉，结果我妈打视频电话来问我表姐婚礼穿什么，聊了半小时，最后决定穿那条酒红色的裙子，你上次说显白的那条。表姐婚礼在下个月，酒店订在江边，据说婚庆公司要放无人机表演，我表姐夫说这是他这辈子最大的一笔开销，比买车还贵，哈哈。

中午去了公司楼下新开的那家奶茶店，第二杯半价，我拉着前台小妹一起去，她点了个全糖加三份小料，我看着都替她牙疼。结果喝到一半她说太甜，又去买了杯柠檬水。年轻真好，怎么喝都不胖。

跟你说个八卦，今天下午去仁和口腔，刘院长又给我上了一课。他办公室新装了一扇金色的大门，门把手是个狮子头，墙上挂着三幅他自己写的书法，“厚德载物”的“载”字还写错了一笔，我憋笑憋得肚子疼。他跟我讲话跟在开全院大会一样，一句话能绕三个弯，还老爱说“我们医疗行业的门道你们不懂”，结果连系统登录密码都是让护士长帮他记的。土豪审美加官腔，真是绝了。

明天上午十点前，把诊所的排班模板导进测试环境。

说到这个，我最近在学做蛋糕，周末烤了一个戚风，结果塌得像个飞盘，我男朋友硬着头皮吃了两块，说有“饼干的口感”。下周末想挑战一下巴斯克，要是成功了带给你尝尝，失败了就当没这回事。

对了你上次说想养猫，我朋友家的布偶刚生了四只，都好可爱，有一只蓝眼睛的特别黏人，要不要去看看？不要钱，就是要保证好好养。还有啊，今天楼下保洁阿姨又给我塞了两个她自己包的粽子，说看我天天加班太瘦了，我都不好意思说我最近胖了三斤。她还问我有没有对象，要给我介绍她外甥，说是开出租车的，人老实，我笑着跑了。

好啦，我去洗澡了，明天见～

可可""",
    ),
    dict(
        expect=["ramble", "argue"], lang="mixed",
        why="ramble+argue (mixed): driving test, Pilates, Yunnan trip; the UAT sign-off is buried next to a jab that the bank's testers can't read test cases",
        sender=VIVIAN, to=[QIANZY], cc=[],
        subject="钱经理 周末好 + UAT",
        body="""钱经理,

周末好! 上周 workshop 结束之后一直想跟你聊聊, 结果一忙又忘了. 先说一个好消息, 我终于把拖了三年的驾照考下来了, 科目二考了两次, 第一次倒车入库压线, 考官看我的眼神好像在看一个 disaster. 第二次我提前一晚去练车场 practice 到十点, 教练说我是他教过最 stubborn 的学生, 不知道是夸还是骂.

最近还迷上了 Pilates, 每周去两次, 教练是个很 energetic 的女生, 每次上课都说"再坚持 10 秒", 其实每次都是 30 秒. 上完课第二天爬楼梯腿都在抖, 但是 posture 好了很多, 我同事说我最近走路像在走 runway, 哈哈.

上个月我们 team 去了一趟云南 team building, 大理的天真的很蓝, 洱海边骑单车骑到手机没电, 晚上在古城吃了一顿菌子火锅, 服务员一直提醒"没熟别动筷子", 怕我们吃了看到小人. 回来后我还 order 了一箱鲜花饼, 分给 office 同事, 五分钟就没了.

我妈最近在学用智能手机点外卖, 学会之后每天帮我点晚餐, 还会 WeChat 问我"今天的菜合不合口味", 感觉她比我还忙. 讲起 family, 我弟弟最近开始做 YouTube, 拍他每天煮饭的 video, 到现在 subscriber 只有 37 个, 其中 5 个是我们家里人. 他说要坚持一百集, 我说你先坚持到有一个陌生人留言再讲. 上一集他煮番茄炒蛋, 把糖当盐放, 评论区唯一一条留言是我妈写的"下次注意".

然后说回正事: 上次 UAT 报的 47 个 bug 我们逐个看过了, honestly 有一半是你们 tester 自己没看 test case 就乱点出来的, 把 expected behavior 当 bug 报, 浪费两边 team 好多时间. 下次麻烦先 read 一下 test case 再开 ticket, 这种基本功不应该要我们来教. 周五前请把 UAT sign-off 表签一下回给我.

另外, 听说你们行年底有 family day? 如果有抽奖记得帮我抽一个 iPad, 哈哈. 我最近在看一个讲 AI 的 documentary, 看到最后觉得自己的工作随时会被取代, 只好安慰自己 AI 还不会考驾照.

Have a nice weekend!

Vivian""",
    ),
]

# =========================================================================================
# HARD NEGATIVES -- buffers, alternatives, escalation, negations
# =========================================================================================
CASES += [
    dict(
        expect=[], lang="zh",
        why="hard negative: refusal for this phase with a change-request number, review date, reply date and an interim workaround",
        sender=ZHENG, to=[QIANZY], cc=[],
        subject="Re: 关于增加经营报表推送功能",
        body="""钱经理：

您好！贵行提出的“一键生成经营报表并推送给客户经理”，我们理解这对贵行做商户经营分析很有价值。

由于本期开发已进入联调阶段，该功能本期不排入，已登记为变更单 CR-1107，由产品组在11月20日的需求评审会上评估工作量和排期，我们会在11月22日前书面回复贵行。

在此之前，客户经理可以先用后台“商户月报导出”按月导出Excel，效果接近。如需要我们远程演示，随时告知。

郑国栋""",
        quote="""郑总：
我行希望在商户端增加“一键生成经营报表并推送至客户经理”功能，请于本期一并实现。
钱志远""",
        quote_from=QIANZY, quote_style="outlook_zh",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: '还不支持' comes with an evaluation date and a concrete same-day workaround; client's '不行??' only in the quote",
        sender=LINKE, to=[CHENML], cc=[],
        subject="Re: 次卡转给闺蜜",
        body="""陈姐：

收到，先跟您说声抱歉，让顾客在店里不开心了😣

次卡转赠现在系统确实还不支持，我已经提给产品经理了，他们下周二评估，周三前我一定给您准信儿。

这两天如果再遇到，可以先这样处理：在后台给闺蜜新建一个会员，用“次数调拨”把剩余次数转过去（原卡扣减、新卡增加），效果是一样的。我录了个一分钟的小视频，已经发您微信了。

有啥不顺手随时喊我～

林可""",
        quote="""可可 顾客想把次卡转给闺蜜用 系统说不行？？这都不行 顾客当场就不高兴了 你们快点给我弄好""",
        quote_from=CHENML, quote_style="gt_zh",
    ),
    dict(
        expect=[], lang="en",
        why="hard negative: not the PM's call, handed to the delivery director (cc) with a call date; nothing invoiced meanwhile",
        sender=ETHAN, to=[HELEN], cc=[DANA],
        subject="Re: Migration fee",
        body="""Hi Helen,

Thanks for flagging this, and sorry it came as a surprise - that's on us for not making it clearer on the first call.

Whether we can waive or reduce the fee isn't something I'm able to decide on my own, so I've passed it to Dana Whitfield, our delivery director (cc'd). She's read the thread and will ring you on Thursday morning. Nothing will be invoiced until the two of you have spoken.

Ethan""",
        quote="""Ethan, the migration fee wasn't in the original quote we discussed. I'm not paying it. Please remove it.""",
        quote_from=HELEN, quote_style="gt",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: negations ('不是不能做，也绝不是推脱'), two options with dates, the director chooses",
        sender=ZHOU, to=[LIUJG], cc=[],
        subject="关于按医生排班的两种做法",
        body="""刘院长：

上次您提到希望按医生个人排班，我回去认真想了一下。先说结论：不是不能做，也绝不是推脱，只是两种做法各有代价，想请您来定。

方案一，按科室分时段放号：改动小，11月底就能上线；缺点是患者没法指定医生。
方案二，按医生个人排班：患者可以指定医生，更符合诊所老患者的习惯；需要多两周开发，上线时间大约在12月中旬，费用不变。

我个人略倾向方案一先上、方案二随后补上，但诊所的情况您最清楚，您选哪个我们就按哪个来。周五前回复我即可。

周晓峰""",
    ),
    dict(
        expect=[], lang="zh", trad=True,
        why="hard negative (traditional): '並不是做不到' negation, phased plan with dates, choice left to the doctor, offer to escalate",
        sender=WONG, to=[LAICM], cc=[],
        subject="舊病歷轉移的安排",
        body="""黎醫生您好：

關於舊系統病歷轉移，先說清楚：這件事並不是做不到，也不是我們不願意做，而是十年的資料裡有大約三成是掃描檔，需要人工核對，一次全搬風險比較大。

我們的建議是分兩期：
第一期（11月30日前）：近三年的病人資料和就診紀錄，這部分格式整齊，可以自動匯入；
第二期：較早的掃描檔，我們會先抽樣評估，12月10日前給您工作量和報價，再由您決定要不要做、做多少。

如果您覺得分期太慢，我也可以請我們的技術主管直接跟您通電話，看看有沒有更快的辦法。

黃詠琪 敬上""",
    ),
    dict(
        expect=[], lang="mixed",
        why="hard negative: discount 'not my level to approve', escalated to our GM (cc) with a call date; client's threat only in the quote",
        sender=VIVIAN, to=[KAREN], cc=[DENG],
        subject="Re: 新分店 license 折扣",
        body="""Hi Karen,

恭喜开新分店!

折扣这个 honestly 不是我这个 level 可以 approve 的, 我已经 escalate 给我们邓总 (cc 咗佢), 他明天下午会 call 你, 直接同你 discuss 方案. 在这之前 license 照旧, 新分店不会先 charge.

Vivian""",
        quote="""Vivian, 我哋开多两间分店, license fee 可唔可以打个折? 如果唔得我要考虑下其他 vendor""",
        quote_from=KAREN, quote_style="foxmail",
    ),
    dict(
        expect=[], lang="en",
        why="hard negative: firm-but-polite facts on a supplier price rise, two concrete options, client chooses; 'rip-off' only in the quote",
        sender=PRIYA, to=[MARK], cc=[],
        subject="Re: Scanner pricing",
        body="""Hi Mark,

I understand why that number landed badly, and I'd be annoyed too.

The increase comes from the manufacturer's price list, which changed on 1 November; our margin on the hardware hasn't moved, and I'm happy to show you both price lists. I'm not able to change their price, but there are two things I can do:

1. Orders placed by 20 November are still honoured at the old price - I can reserve the six scanners today.
2. We have refurbished units of the same model with a full 12-month warranty at about 30% less.

Either is fine by us. Let me know which you'd prefer, or if you'd rather talk it through on the phone.

Priya""",
        quote="""Priya, you're charging me 18% more for the same scanners?? This is a rip-off. You people are unbelievable.""",
        quote_from=MARK, quote_style="outlook",
    ),
    dict(
        expect=[], lang="en",
        why="hard negative: recommendation with the choice explicitly left to the clinic owner",
        sender=ETHAN, to=[HELEN], cc=[],
        subject="Room calendar vs. practitioner calendar",
        body="""Hi Helen,

Following Tuesday's walkthrough, you asked which calendar view we'd suggest for the new Parkside clinic.

My recommendation is the room-based calendar: you've got four treatment rooms and six physios on rotating days, so booking by room stops two people being sent to the same room, and the reception screen stays simpler.

That said, the practitioner-based view works perfectly well too, and it's closer to how your patients think ('I see Sam on Tuesdays'). It's your clinic and you know the flow far better than we do, so either is fine with us. You can also switch later; it takes about an hour.

Let me know by Monday and I'll have it configured by Wednesday.

Ethan""",
    ),
    dict(
        expect=[], lang="mixed",
        why="hard negative: recommendation in code-switched style ('我个人 recommend A … your call'), both options supported",
        sender=KEVIN, to=[KAREN], cc=[],
        subject="观塘店收银机 hardware 两个 option",
        body="""Hi Karen,

新分店 (观塘) 收银机有两个 option, 给你参考:

A. 同现有分店一样的 all-in-one 机, HK$6,800/台, 有 customer display, setting 同其他店一致, 培训最简单.
B. iPad + 蓝牙打印机, 大约 HK$4,200/套, 占位小, 适合观塘店那个窄 counter, 但高峰期打印会慢少少.

我个人 recommend A, 主要是统一管理方便; 不过如果 counter 位真的不够, B 也完全 OK. 两个我们都 support, your call. 下周三前告诉我就可以, 我们按你的选择下单.

Kevin""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: firm-but-polite overdue-payment reminder citing the contract, offers an instalment option",
        sender=ZHENG, to=[ZHAODH], cc=[],
        subject="第二期款项提醒",
        body="""赵总：

您好。按合同第五条，第二期款项38,000元应于10月31日支付，目前已逾期15天，特此提醒。

我们理解年底门店备货多、资金周转压力大。如一次支付有困难，可以分两笔：11月30日、12月15日各付一半，您看哪种方便。如有其他安排，也欢迎直接打我电话商量。

郑国栋""",
    ),
]

# =========================================================================================
# HARD NEGATIVES -- risky words in another sense / as technical terms
# =========================================================================================
CASES += [
    dict(
        expect=[], lang="zh",
        why="hard negative: '几乎不可能再低' and '不可能完成的任务' used as praise for the shop staff",
        sender=FANG, to=[ZHAODH], cc=[],
        subject="11月盘点结果",
        body="""赵总：

11月全店盘点的结果出来了，三家门店账实差异率平均0.3%，中山路店只有0.1%。说实话，便利店做到这个数几乎不可能再低了，这是我做实施以来见过最干净的一次盘点。

上个月大家还觉得“一晚上盘完四千个SKU”是不可能完成的任务，结果店员们十一点前就收工了，真心佩服。

差异明细我已经发到您微信，主要是几包临期面包没及时报损，下个月我们在系统里加一条临期提醒就能避免。

方圆""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: technical terms (负库存拦截、拒绝出库、必须补做入库) plus options for the owner; '破系统…行不行' only in the quote",
        sender=HAN, to=[ZHAODH], cc=[],
        subject="Re: 可乐扫不出来",
        body="""赵总：

抱歉让客人久等了，原因已经查到：

这批可乐昨天到货，但入库单还没审核，系统里的可用库存是0。系统默认开启了“负库存拦截”，库存为0时会拒绝出库，这是为了防止账实对不上。

现在有两个办法，您选：
1. 店长在后台把昨天那张入库单点“审核”，一分钟就能恢复销售（推荐）；
2. 如果高峰期来不及，可以临时关闭“负库存拦截”，但事后必须补做入库，否则月底盘点会有差异。

我这边远程盯着，店长审核完我马上确认。

韩冬""",
        quote="""韩经理 收银台扫可乐扫不出来 说库存不足不让卖 客人排长队了 你们这破系统到底行不行啊！！！""",
        quote_from=ZHAODH, quote_style="foxmail",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: firm tax-rule fact (数电发票不能直接作废，只能红冲) with help offered today; client's '！！' only in the quote",
        sender=SUMAN, to=[CHENML], cc=[],
        subject="Re: 发票开错了",
        body="""陈总：

别急，这个能处理好。

先说明一个规定上的情况：数电发票开出去以后，按现在的税务规则没法直接作废，只能开一张红字发票冲掉，再重新开一张正确的。这不是我们系统的限制，所有开票软件都一样。

操作不复杂，大概五分钟。我今天下午三点远程帮您弄，您把正确的税号发我就行；如果客户急着要，我先把红冲和重开的预览截图发给您，您转给客户看。

苏蔓""",
        quote="""发票开错了！！税号少了一位 赶紧给我作废 客户在催！！""",
        quote_from=CHENML, quote_style="outlook_zh",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: validation rules as technical terms (拒绝开户请求、唯一键、必须支持、强制复核), bank keeps the final say",
        sender=FANG, to=[QIANZY], cc=[],
        subject="商户开户接口的校验规则",
        body="""钱经理：

关于贵行问到的开户校验规则，说明如下：

1. 未完成实名认证的商户，接口会直接拒绝开户请求，返回码403；
2. 营业执照号码是唯一键，同一执照重复提交会被拦截；
3. 对私和对公两类结算账户都必须支持，我们已经实现；
4. 法人身份证有效期不足30天的，会强制进入人工复核队列。

以上规则如有与贵行风控口径不一致的地方，请告诉我，我们按贵行的要求调整。

方圆""",
    ),
    dict(
        expect=[], lang="mixed",
        why="hard negative: 'reject', '必须 re-pair', 'by design' as technical terms; 'I'm not saying…' negation; takes the blame for a confusing prompt",
        sender=LEO, to=[KAREN], cc=[],
        subject="新 scanner 设定 notes",
        body="""Hi Karen,

新 scanner 的几个 notes:

1. 它会 reject checksum 不对的 barcode, 会响三声, 这是 by design, 防止扫错货.
2. firmware update 之后, 你必须 re-pair 一次 with POS, 步骤: 设定 > 蓝牙 > 移除旧装置 > 重新配对.
3. 不用担心 staff 操作错, 那个提示确实 confusing, 是我们写得不清楚, 下个 version 会改文案.

我不是说你们之前用的旧 scanner 不好, 只是新的快很多. 有问题 WhatsApp 我.

Leo""",
    ),
    dict(
        expect=[], lang="mixed",
        why="hard negative: 'my first reaction was impossible' narrated about the PM's own doubt, then good news and a demo date",
        sender=VIVIAN, to=[QIANZY], cc=[],
        subject="关于月底批量开票 performance",
        body="""钱经理,

关于上周您提到的月底批量开票要在 10 分钟内跑完 5000 张 - 说实话, 我第一反应是 impossible. 但 Tom 周末做了个 test, 用 parallel queue 跑出来 7 分 40 秒, 看来是我太保守了.

下周二我们在 UAT 环境给贵行 demo 一次, 到时候您 team 的同事可以一起看 log. 时间如果不合适 let me know.

Vivian""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative (new type): '拒收' about a parcel the front desk turned away, good-humoured, nobody disparaged",
        sender=FANG, to=[LIUJG], cc=[],
        subject="扫码枪重新派送",
        body="""刘院长：

跟您说个小插曲：寄给诊所的两台扫码枪昨天被前台拒收了，估计是当成推销的了，哈哈，完全能理解，现在推销确实多。

我已经约了快递明天上午十点重新派送，包裹上写了“仁和口腔 系统设备”，麻烦您跟前台说一声。到货后周三我过去装。

方圆""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative (new type): '我早就想跟您说' opens a thank-you, not an I-told-you-so; routine follow-ups",
        sender=SUMAN, to=[CHENML], cc=[],
        subject="谢谢您的推荐",
        body="""陈总：

我早就想跟您说声谢谢了——您上个月介绍的两家同行，芳姿和兰亭，这周都签了，她们都说是听了您的口碑才来的。

顺便跟进两件小事：
1. 三家店的技师提成报表，下周一开始每天早上八点自动发到您邮箱；
2. 12月的店员培训，您看定在哪天合适？我这边5号、6号都可以。

苏蔓""",
    ),
    dict(
        expect=[], lang="en",
        why="hard negative: 'No' reassures a worried owner; 'As I mentioned on Tuesday's call' is follow-through, not a rebuke",
        sender=ETHAN, to=[GRACE], cc=[],
        subject="Re: did I break something",
        body="""Hi Grace,

No - you didn't break anything, promise. As I mentioned on Tuesday's call, merges can be reversed for 30 days, and I've just reversed this one: both Sarahs are back with their own histories and upcoming appointments.

If you'd like, I can add an 'are you sure?' step before merges for your staff accounts. Just say the word.

Ethan""",
        quote="""Ethan did I break something?? I clicked merge clients on two Sarahs and now one has disappeared. Panicking a bit""",
        quote_from=GRACE, quote_style="gt",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative (new type): declines a client's gift per company policy, warmly, with a return gesture; not a project refusal",
        sender=ZHOU, to=[LIUJG], cc=[],
        subject="茶叶收到了，谢谢您",
        body="""刘院长：

您寄来的明前龙井收到了，心意我们整个项目组都领了，真的很感动。

不过公司有规定，客户的礼品我们不能收，今天已经托快递原样寄回，还请您千万别介意。下次去诊所，换我请您喝咖啡。

周晓峰""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: 'Connection refused' as a log message; apology and fix; client's '到底行不行…换软件' only in the quote",
        sender=FANG, to=[SUNXL], cc=[],
        subject="Re: 凭证导不出来",
        body="""孙会计：

真对不起，让您等了三天，月底这个节骨眼上确实急人。

原因查到了：导出凭证时要连税局的接口取数，日志里一直是“Connection refused”，是税局那边11月升级后换了地址，我们的配置没及时更新。今天中午已经改好，刚才我用您的账套试导了10月的凭证，一共186张，都正常。

您现在重新点一下“导出”就可以；如果还有问题，直接打我手机，我远程连上帮您操作，保证不耽误您报税。

方圆""",
        quote="""方经理 你们到底行不行啊 三天了凭证还是导不出来 月底要报税了 再搞不好我们就换软件了""",
        quote_from=SUNXL, quote_style="foxmail",
    ),
]

# =========================================================================================
# HARD NEGATIVES -- angry quotes below polite replies, blame taken, internal constructive
# =========================================================================================
CASES += [
    dict(
        expect=[], lang="zh", trad=True,
        why="hard negative (traditional): apology, root cause, compensation and an on-site visit; '廢到不得了' only in the quote",
        sender=CHAN, to=[NGMW], cc=[],
        subject="Re: 上星期兩次當機",
        body="""吳太您好：

您說得對，上星期兩次當機確實影響了生意，讓客人在門口等，是我們的責任，在這裡先正式道歉。

原因已經查清楚：是我們的雲端主機在週末流量高峰時自動擴容失敗。我們已經做了兩件事：一、把主機規格提高一級，費用由我們承擔；二、加了離線模式，網絡斷了也能照常開單，恢復後自動同步。

本月服務費減免一半。星期四下午我會親自到銅鑼灣店，跟店長一起測試離線模式，也聽聽您還有什麼不滿意的地方。

陳家豪""",
        quote="""陳生，上個禮拜當機兩次，客人喺門口等咗半個鐘，你哋個系統真係廢到不得了，我而家好後悔揀咗你哋。""",
        quote_from=NGMW, quote_style="gt_zh",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: formal harsh criticism from the bank only in the quote; PM accepts blame and offers a dated plan",
        sender=ZHENG, to=[CAOLI], cc=[QIANZY],
        subject="Re: 关于UAT阶段缺陷情况的函",
        body="""曹处长：

来函收悉，贵行的批评我们诚恳接受。UAT阶段出现11个严重缺陷，说明我们的内部测试没有把好关，责任在我方。

书面说明将于11月14日（周五）前送达，主要包括：一、11个严重缺陷的逐项原因和修复情况（目前已修复8个，其余3个预计周四完成）；二、内部测试流程的问题和改进措施；三、调整后的上线计划。

另外，我们建议下周一增加一次专题会，由我司分管副总带队，当面向贵行汇报，具体时间请贵行定。

郑国栋""",
        quote="""郑总：
本次UAT阶段缺陷数量远超预期，其中严重缺陷11个，贵司交付质量令人失望，我行对贵司的项目管理能力深表怀疑。请于本周内给出书面说明。
曹丽""",
        quote_from=CAOLI, quote_style="outlook_zh",
    ),
    dict(
        expect=[], lang="en",
        why="hard negative: 'unacceptable… embarrassing' only in the quote; apology, fix ('refuses the second booking' technical), credit offered",
        sender=PRIYA, to=[HELEN], cc=[],
        subject="Re: Double bookings on Monday",
        body="""Dear Helen,

You're right, and I'm sorry. Three patients turning up for the same slot is exactly what the system is supposed to prevent, and on Monday it didn't.

Here is what happened: when a booking was moved from the phone line to the online calendar at the same moment a patient was booking online, both saves went through. We fixed that race condition this morning and added a check that refuses the second booking and tells the receptionist why.

I'd like to take those three appointments off this month's invoice, and if it helps, I can draft a short apology note your front desk can send the patients.

Priya""",
        quote="""Priya, your system double-booked three patients on Monday morning. Three. In a clinic. This is unacceptable and frankly embarrassing for us.""",
        quote_from=HELEN, quote_style="gt",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: front desk's panic ('骂人了 急急急') only in the quote; apology, ETA and a backup link",
        sender=LINKE, to=[XIAOYU], cc=[CHENML],
        subject="Re: 预约页面又白屏了",
        body="""小雨：

辛苦了，先替我们跟门口的客人说声抱歉，是我们的问题。

白屏是今天下午CDN节点故障导致的，技术已经在切换，预计四点半前恢复。这段时间可以先用备用链接（我刚发到店里的微信群了），功能一样，客人扫码就能约。

恢复后我第一时间告诉你，今天的预约记录不会丢。

林可""",
        quote="""林经理 预约页面又白屏了！！客人在门口骂人了 急急急 到底什么时候能好""",
        quote_from=XIAOYU, quote_style="gt_zh",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: PM takes the blame ('真不怪店里的小伙伴…是我的失误'), self-directed rhetorical 难道",
        sender=LINKE, to=[CHENML], cc=[],
        subject="短信没发出去的原因",
        body="""陈姐：

昨天预约提醒短信没发出去的原因查清了：真不怪店里的小伙伴，是我们这边短信签名的报备到期了，我没盯住续期，是我的失误。

难道让客人因为没收到提醒白跑一趟？那肯定不行。所以今天上午我做了三件事：签名已重新报备通过；昨天漏发的32条已经补发；以后到期前一个月，系统会自动提醒我们。

再次抱歉！

林可""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: PM answers a colleague's quoted disparaging complaint constructively and plans an on-site visit",
        sender=HAN, to=[MAXIAO], cc=[],
        subject="Re: 收银卡顿",
        body="""骁哥：

电脑老旧确实是个因素，但赵总着急是对的——周末晚高峰一卡就是几十号人排队，换谁都急。

我想明天上午我们俩带一台测试机去中山路店，当面看一下卡在哪一步：如果是电脑的问题，我们把配置建议整理好给他，让他自己决定换不换；如果是我们查询慢，就按我们的bug来修。

群里我先回他一句，说明天上午到店。

韩冬""",
        quote="""老赵又在群里催收银卡顿的事了，一天八遍，烦死了。他那几台收银电脑还是十年前的破机器，卡不是很正常吗。""",
        quote_from=MAXIAO, quote_style="gt_zh",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: internal forward that takes the client's harsh criticism ('脑子里根本没有病人', in the quote) seriously",
        sender=ZHOU, to=[WUTING, MAXIAO], cc=[],
        subject="Fw: 刘院长对老年患者预约的意见",
        body="""婷婷、骁哥：

转一下刘院长昨晚的邮件。话说得重，但说到点子上了：诊所六十岁以上的患者占四成，我们设计预约流程时确实默认了人人会用小程序。

我想补两件事，大家看看可不可行：
1. 前台代预约入口，护士可以替老人一键预约；
2. 电话预约按键转人工，接入诊所现有座机。

周四下午我们内部先过一遍，周五我去诊所当面跟刘院长汇报，也顺便跟他道个歉。

晓峰""",
        quote="""周经理，恕我直言，你们做系统的脑子里根本没有病人。老人不会用小程序，你们就让他们在门口扫码排队？""",
        quote_from=LIUJG, quote_style="outlook_zh",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: internal note treating the owner's price worry as legitimate, proposes a face-to-face meeting",
        sender=SUMAN, to=[DUWEI], cc=[],
        subject="陈总对续费涨价的顾虑",
        body="""老杜：

陈总昨天电话里说得挺直接：续费涨15%她能理解，但三家店一起涨，今年生意本来就不好做，她心里没底。这个顾虑是实在的，不是砍价的说辞。

我想了两个办法，你看报价能不能带上：
1. 老客户两年锁价，今年按新价格签，明年不再涨；
2. 把她一直想要的技师提成报表作为续费赠送。

明天下午我们一起去她店里当面聊吧，比在微信上来回拉扯强。

苏蔓""",
    ),
    dict(
        expect=[], lang="en",
        why="hard negative: internal mail saying the client is right to be upset and asking for a same-day fix",
        sender=PRIYA, to=[TOM], cc=[],
        subject="Reminder texts at 3am",
        body="""Tom,

Grace flagged this morning that some of Polished's clients got their reminder texts at 3 am. She's right to be upset - one of them is a regular who's now threatening to leave her.

I had a quick look and I think it's ours: reminders are scheduled in UTC and the Brighton studio's timezone setting was never migrated. Could you confirm today and, if so, patch it before tonight's batch? I'll call Grace after lunch to explain and apologise properly.

Priya""",
    ),
    dict(
        expect=[], lang="mixed",
        why="hard negative: internal mail with the client deliberately in Cc, calling her concern valid and planning a fix",
        sender=KEVIN, to=[MAXIAO], cc=[KAREN],
        subject="Stock transfer 延迟 - Karen 的 concern",
        body="""骁哥,

Karen 这次提的 concern 很 valid: 分店之间 stock transfer 要等到第二天才更新, 中午调货下午就卖不了, 对 bakery 来说真的是 pain point.

我想这周内出一个 fix plan: 先查清楚是不是 batch job 只在凌晨跑, 如果是, 改成 every 15 min 会不会影响 performance. 周四前你给我一个 estimate 可以吗?

Karen, 我特意 cc 你 so you can see 我们怎么处理, 有任何 input 直接 reply all.

Kevin""",
    ),
]

# =========================================================================================
# HARD NEGATIVES -- banter, signature mottos
# =========================================================================================
CASES += [
    dict(
        expect=[], lang="zh",
        why="hard negative: banter with QA ('我真的服了' as praise, '我这脑子' aimed at herself); the client is mentioned warmly",
        sender=LINKE, to=[HEJING], cc=[],
        subject="静姐是神仙！",
        body="""静姐！！！

发票重复推送那个bug你一晚上就定位了，我真的服了🙏 我这脑子昨天盯日志盯了三个小时，愣是没看出来是重试机制的问题，简直想把自己的键盘吃了。

陈姐那边我已经跟她说了，她还特意让我谢谢你，说下次来店里给你做个免费的手部护理哈哈。

今晚奶茶我请！

可可""",
    ),
    dict(
        expect=[], lang="en",
        why="hard negative: banter with a developer ('my brain is officially mush' at himself); client praised, not mocked",
        sender=ETHAN, to=[TOM], cc=[],
        subject="you absolute legend",
        body="""Tom,

The sync fix worked. Mark's two stores matched down to the last washer this morning. I'd spent two days convinced it was a timezone thing and was about ready to throw my laptop into the harbour - my brain is officially mush.

Mark rang to say thanks, which, for the record, was genuinely nice. He wants to buy the team lunch.

Beers on me Friday.

E.""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: teasing a sales colleague ('乌鸦嘴'), while treating the owner's new request as reasonable and logging it",
        sender=HAN, to=[DUWEI], cc=[],
        subject="老杜你这乌鸦嘴",
        body="""老杜：

你这嘴是开过光吧？昨天刚说赵总这周肯定要加需求，今天上午他就来了。

不过说正经的，他这回要的电子价签其实挺有道理：四家店换一次价，店员要手写两百多张价签，写错了还被顾客投诉。我先登记成变更，周五跟骁哥评估一下工作量，下周一给赵总回复。

报价那块到时候还得你出马。

韩冬""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: plain training schedule; '拒绝借口…不说不可能' and '严禁转发' only in the signature motto/disclaimer",
        sender=FANG, to=[ZHAODH], cc=[],
        subject="下周店员培训安排",
        body="""赵总：

下周的店员培训安排如下：
周二上午9:30 中山路店，讲收银和退货；
周三上午9:30 解放路店，讲盘点和调拨；
周四下午2:00 线上，给排班没赶上的同事补课。

每场一小时左右，请店长提前通知当班店员。培训后我会在每家店的收银台留一份图文版操作手册。

--
方圆 | 实施项目经理
座右铭：拒绝借口，不说“不可能”，只交结果。
本邮件仅供指定收件人阅读，如误收请立即删除，严禁转发或抄送他人。""",
    ),
]

# =========================================================================================
# HARD NEGATIVES -- long but focused (same length as the ramble positives)
# =========================================================================================
CASES += [
    dict(
        expect=[], lang="zh",
        why="hard negative: long root-cause analysis of duplicate reminder SMS, every paragraph on topic",
        sender=ZHOU, to=[LIUJG], cc=[MAXIAO],
        subject="复诊提醒短信重复发送的原因分析",
        body="""刘院长：

关于11月6日至8日部分患者收到两条甚至三条复诊提醒短信的问题，我们已经完成排查，把来龙去脉向您详细汇报一下。

一、影响范围
三天内共发送复诊提醒1,286条，其中重复发送的有214条，涉及患者97位，全部是预约在11月7日至9日的复诊患者。没有出现漏发、错发（发给错误的人）或内容错误的情况，也没有泄露任何就诊信息。

二、直接原因
我们的短信服务在11月6日凌晨做了一次例行升级，升级后“发送失败重试”的等待时间从60秒被误设成了6秒。短信运营商那几天高峰期回执比较慢，往往超过6秒才返回“发送成功”，系统没等到回执就判定失败，于是又发了一次；个别情况下连续重试了两次，患者就收到了三条。

三、为什么没有及时发现
升级后的测试只覆盖了“发送成功”和“明确失败”两种情况，没有测试“回执延迟”这种情况；另外，我们的监控只统计失败数，没有统计单个患者一天内收到的条数，所以重复发送没有触发告警。这是我们测试和监控上的疏漏。

四、已经采取的措施
1. 11月8日下午已把重试等待时间恢复为60秒，并改为“回执未到先查询状态、确认失败再重发”；
2. 增加了一条规则：同一患者同一预约，24小时内最多发一条提醒；
3. 监控新增“单个号码当日条数”指标，超过2条即告警到值班手机；
4. 以后短信服务的每次升级，都先在测试环境模拟运营商回执延迟，跑满一天再上线。

五、费用和后续
重复发送的214条短信费用由我们承担，本月账单中直接扣除。如诊所前台接到患者询问，可以统一回复“系统升级导致重复提醒，预约时间不变”。如果您希望我们给受影响的患者补发一条致歉短信，我们今天就可以准备文案给您审核。

六、关于患者的反馈
前台这几天收到的患者反馈，麻烦您让护士长汇总一下发给我，特别是对提醒时间、短信措辞有意见的，我们一并调整。有位老患者反映短信字太多看不清，我们也在考虑把提醒内容精简到只保留时间、地点和医生三项。

下周例会上，我们再当面向您汇报一次改进后的运行情况。

周晓峰""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: long cut-over plan (timeline, rollback, staffing, merchant notice), all on topic",
        sender=ZHENG, to=[QIANZY], cc=[CAOLI],
        subject="商户记账平台上线切换方案（第二版）",
        body="""钱经理、曹处长：

根据上周评审会的意见，我们对上线切换方案做了调整，现将第二版要点汇报如下，请审阅。

一、切换时间
定于11月29日（周六）晚22:00开始，30日（周日）早8:00前完成。选择周末夜间，是因为商户的开票和记账量在这个时段最低，据过去三个月的数据，不到平日的5%。

二、切换步骤
1. 22:00 旧平台进入只读状态，商户可以查询，但暂停开票和记账；
2. 22:00—01:00 迁移商户档案、科目余额和近24个月凭证，共约3,800户；
3. 01:00—03:00 双方核对：我方按商户逐户比对余额，贵行抽查不少于5%的商户；
4. 03:00—05:00 开票通道切换，并以两家测试商户各开一张真实发票验证；
5. 05:00—07:00 全量冒烟测试，贵行业务部门按清单签字确认；
6. 07:30 开放新平台，旧平台保留只读三个月。

三、回退方案
若03:00前核对差异率超过0.1%，或开票通道验证失败，即执行回退：恢复旧平台写入，新平台数据作废，商户侧无感知。回退决策由贵行曹处长和我方共同做出，预计一小时内完成。

四、人员安排
我方现场12人，其中开发4人、测试3人、数据迁移3人、项目管理2人；另有税务接口厂商2人远程值守。需贵行安排业务人员不少于3人参加核对和签字，科技部门1人负责网络和证书。

五、商户通知
建议贵行于11月25日前通过短信和App公告通知商户。通知文本我们已经起草好，今天另行发送，供贵行修改。

六、切换当晚的沟通机制
双方各指定一名总协调人，建立专门的切换工作群，每个步骤开始和结束都在群里报告；遇到需要决策的问题，十五分钟内必须拍板，拍不了板的按回退方案处理。早上八点前我们会发出一份切换结果简报，列明迁移户数、核对差异和遗留问题。

七、待贵行确认事项
1. 切换时间是否可行；
2. 抽查比例5%是否满足要求；
3. 参加人员名单，请于11月22日前提供。

以上方案如有不妥，请随时指出，我们可以再调整。

郑国栋
项目交付部""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: long, friendly member-card migration plan (data, schedule, checks, rollback), stays on subject",
        sender=LINKE, to=[CHENML], cc=[],
        subject="会员卡数据迁移安排（请您过目～）",
        body="""陈姐好～

下周就要把三家店的会员卡从旧系统搬到新系统啦，我把安排整理了一下，您抽空过目，有不合适的地方随时说。

一、要搬哪些数据
1. 会员基本信息：姓名、手机号、生日、所属门店，目前一共2,371位；
2. 储值卡余额：这是最要紧的，一分钱都不能错；
3. 次卡剩余次数：比如面部护理十次卡，用了几次、还剩几次；
4. 近一年的消费记录：方便技师看顾客以前做过什么项目。
更早的消费记录旧系统导不出来，我们会把原始表格打包存一份给您留底。

二、时间安排
11月17日（周一）店休那天做迁移。上午我们把旧系统数据导出，下午导入新系统，晚上六点前完成核对。18日早上开门，前台就直接用新系统了。

三、怎么核对
余额和次数我们会逐条比对，另外请您从每家店随机挑10位熟客，我们当场一起查，新旧系统对上了再签字。如果有对不上的，我们当晚就查原因，不会带着问题开门。

四、需要您这边准备的
1. 16日晚上关店前，请前台把当天所有的消费都录完，不要留到第二天补；
2. 旧系统的管理员账号密码，17日上午给我们用一下，用完您改掉就好；
3. 通知一下店员：18日开始旧系统只能查、不能录。

五、顾客那边
顾客基本没有感觉，卡号、余额都不变。如果您愿意，我们可以在18日给所有会员发一条短信，告诉她们余额已经核对无误，让大家放心。短信文案我拟好了发您微信。

六、万一出问题
旧系统我们会保留一个月，只读不删。新系统上线后头三天，我每天早上九点都在店里，有问题当场解决。

七、店员培训
新系统前台操作和旧系统差不多，主要是收款页面换了位置。15日下午我会去三家店各做一次半小时的培训，重点讲储值卡扣款、次卡核销和退款，培训完留一张操作小卡片贴在收银台。

就这些啦，辛苦陈姐看一下，有任何想法直接语音我就行～

林可""",
    ),
    dict(
        expect=[], lang="en",
        why="hard negative: long UAT plan that stays on topic; the 'can't be done' motto is only in the signature",
        sender=PRIYA, to=[GRACE], cc=[],
        subject="UAT plan for multi-location booking",
        body="""Hi Grace,

As promised, here's the plan for testing the multi-location booking before it goes live at all three Polished studios. I've tried to keep it practical, so your team can run through it between clients rather than blocking out whole days.

What we're testing
The new release lets clients book at any of the three studios from one page, lets staff be scheduled across more than one location, and moves all deposits onto a single payment account. Those are the three areas where a mistake would actually cost you money or annoy a client, so the test cases concentrate there.

Timeline
- Monday 17 Nov: we load a copy of your live data into the test site and send logins to you, Amara and Jess.
- Tue 18 to Thu 20 Nov: your team works through the checklist (about 40 cases, roughly 10 minutes each).
- Friday 21 Nov, 10 am: a 45-minute call to go through anything that failed or felt awkward.
- Mon 24 to Wed 26 Nov: we fix whatever came up, and you re-test only those items.
- Thursday 27 Nov: go/no-go decision, which is yours to make.

How to report problems
Each test case has a 'pass / fail / not sure' column in the shared sheet. 'Not sure' is a perfectly good answer; it usually means the screen is confusing, which is worth knowing too. A screenshot helps, but a one-line description is enough. Please don't worry about whether something is a bug or just a preference; we'll sort that out on Friday's call.

Things to look at closely
1. Double bookings: try to book the same technician at two studios for overlapping times. The system should stop you.
2. Deposits: book, cancel inside 24 hours and outside 24 hours, and check that the right amount is kept or refunded.
3. Reminders: confirm that reminder texts name the correct studio and address.
4. Reports: the end-of-day report for each studio should only show that studio's takings.

What we need from you
Three people for about two hours each over the three days, and a decision on whether gift cards should be usable at every studio or only where they were bought. That last one is a business call rather than a technical one, so there's no rush before the Friday call.

If the dates don't suit, especially with the pre-Christmas rush, tell me and we'll shift the whole plan by a week. Nothing about the release depends on the original date.

Best,
Priya

--
Priya Nair | Senior Project Manager
"Never say it can't be done - say when."
""",
    ),
    dict(
        expect=[], lang="mixed",
        why="hard negative: long code-switched weekly report (POS, inventory, fapiao, loyalty, risks), all on topic",
        sender=KEVIN, to=[KAREN], cc=[],
        subject="Weekly report - 第 46 周",
        body="""Hi Karen,

本周 weekly update 如下, 有问题随时 call 我.

1. POS 系统
- 深圳三间分店的新 POS 已全部 go live, 本周共处理 12,480 笔交易, 没有 downtime.
- 周三下午福田店打印机卡纸两次, 查过是纸卷规格不对, 已换回 80mm 纸卷, 之后没再发生.
- 小票上的 allergen 提示 (含坚果 / 含麸质) 已经加上, 请店长留意 customer feedback.

2. Inventory
- 中央厨房到分店的 stock transfer 目前第二天早上才更新, 我们已定位是 batch job 只在凌晨跑. 下周二会改成每 15 分钟同步一次, 先在测试环境跑两天, 确认 performance OK 再上 production.
- 面粉、牛油等原材料的 reorder point 已按你给的数字设好, 低于安全库存时系统会自动 email 采购同事.

3. Fapiao / 发票
- 深圳分店的数电发票通道本周测试通过, 共开了 36 张测试票, 已全部红冲.
- 下周一开始正式开票. 需要你们财务同事确认一下抬头模板, 特别是"食品"和"饮品"两个税率的商品分类.

4. Loyalty program
- 会员积分规则 v2 草稿已发你 email, 主要改动是生日月双倍积分和跨店通用.
- 这个 change 会影响 HK 和深圳两边的报表, 我们估计 5 个人天, 费用按合同里的变更单价计算, 详细 breakdown 在 email 里, 等你 decide 之后再排期.

5. Risks
- 圣诞期间交易量预计是平时的 2.5 倍, 我们建议 12 月 15 日前做一次压力测试, 需要你们 IT 同事配合半天.
- 旺角店的网络最近不稳定, 建议请 ISP 来检查一下, 或者我们帮你加一条 4G backup, 两个做法我们都可以配合.

6. 下周计划
- 周二: stock transfer 同步频率上线
- 周三: 发票抬头模板确认
- 周五: 压力测试方案 review

以上, 有任何 comments 直接 reply 这封 email 就可以.

Kevin""",
    ),
]

random.Random(3636).shuffle(CASES)
