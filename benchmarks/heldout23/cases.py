# heldout23 — training set of PM email drafts for mailcoach.
# Written by an independent helper from the labelling guide (/work/shared/drafts/README.md) and the
# source article (/work/shared/seed/pm-client-communication.zh.txt) only. All text is synthetic.
# Setting: an app agency (栖木数字) building mini-programs, apps, loyalty, live-commerce and WMS
# for retail brands: 悦町生活 (client-a), the DTC skincare startup Lumo (client-b) and the
# credit-card points mall of C行 (bank-c).
import random

# --- our team (agency) ---
ZHOU = "周嘉怡 <zhou.jiayi@ourteam.example.com>"      # senior PM, calm
LU = "陆骁 <lu.xiao@ourteam.example.com>"             # PM, blunt, under pressure
HE = "何思远 <he.siyuan@ourteam.example.com>"         # junior PM, chatty
TIAN = "田甜 <tian.tian@ourteam.example.com>"         # PM for the startup, casual, mixed
CAO = "曹铭 <cao.ming@ourteam.example.com>"           # PM for the bank, bureaucratic
PENG = "彭磊 <peng.lei@ourteam.example.com>"          # veteran PM, grumpy
JIANG = "蒋晨 <jiang.chen@ourteam.example.com>"       # PM, laid-back
LIN = "林若彤 <lin.ruotong@ourteam.example.com>"      # PM, Taiwan stores (traditional)
WU = "吳佩珊 <wu.peishan@ourteam.example.com>"        # PM, HK live-commerce (traditional)
LEO = "Leo Zhang <leo.zhang@ourteam.example.com>"     # PM, mixed
VIVIAN = "Vivian Huang <vivian.huang@ourteam.example.com>"  # PM, mixed, gentle
KEVIN = "Kevin Tan <kevin.tan@ourteam.example.com>"   # PM, brisk
RACHEL = "Rachel Moore <rachel.moore@ourteam.example.com>"  # senior PM
OWEN = "Owen Grant <owen.grant@ourteam.example.com>"  # PM, chatty
GRACE = "Grace Liu <grace.liu@ourteam.example.com>"   # PM, technical
DANIEL = "Daniel Park <daniel.park@ourteam.example.com>"  # account director, formal
SONG = "宋一帆 <song.yifan@ourteam.example.com>"      # delivery director
SUNHAO = "孙浩 <sun.hao@ourteam.example.com>"         # tech lead
MAJUN = "马骏 <ma.jun@ourteam.example.com>"           # backend
HETING = "贺婷 <he.ting@ourteam.example.com>"         # designer
ZHENG = "郑凯 <zheng.kai@ourteam.example.com>"        # WMS implementer
HANXUE = "韩雪 <han.xue@ourteam.example.com>"         # account manager
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"  # QA
MARCUS = "Marcus Lee <marcus.lee@ourteam.example.com>"  # mobile dev
NINA = "Nina Koh <nina.koh@ourteam.example.com>"      # designer

# --- client-a: 悦町生活 retail chain ---
XU = "许文涛 <xu.wentao@client-a.example.cn>"         # VP digital
PAN = "潘丽 <pan.li@client-a.example.cn>"             # membership ops
QIAN = "钱晓 <qian.xiao@client-a.example.cn>"         # e-commerce / live ops
DENG = "邓伟 <deng.wei@client-a.example.cn>"          # IT, warehouse systems
LIUQ = "刘强 <liu.qiang@client-a.example.cn>"         # DC warehouse supervisor
CHEN = "陳志豪 <chen.zhihao@client-a.example.cn>"     # Taiwan stores
# --- client-b: Lumo, DTC skincare startup ---
JASON = "Jason Wu <jason.wu@client-b.example.com>"    # founder
SOPHIE = "Sophie Lin <sophie.lin@client-b.example.com>"  # co-founder, brand
HANNAH = "Hannah Brooks <hannah.brooks@client-b.example.com>"  # head of growth
TOM = "Tom Becker <tom.becker@client-b.example.com>"  # ops / 3PL
COCO = "Coco Zhang <coco.zhang@client-b.example.com>"  # live-commerce ops
HUANG = "黃美玲 <huang.meiling@client-b.example.com>"  # HK ops
# --- bank-c: C行 credit-card points mall ---
ZHAO = "赵建国 <zhao.jianguo@bank-c.example.cn>"      # division head
SUNLI = "孙莉 <sun.li@bank-c.example.cn>"             # manager
FANG = "方敏 <fang.min@bank-c.example.cn>"            # tech dept

CASES = []


def case(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, trad=False, **kw):
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=body.strip("\n") + "\n", quote=quote, trad=trad, **kw)
    if quote:
        d["quote"] = quote.strip("\n") + "\n"
        d["quote_from"] = quote_from or to[0]
    CASES.append(d)


# =====================================================================================
# POSITIVES
# =====================================================================================

# ---------------- refusal ----------------

case(["refusal"], "zh", "flat 'this phase we won't do it' buried as item 4 of a long, friendly weekly status mail",
     HE, [PAN], "悦町会员小程序 第7周进展 + 下周安排", cc=[HANXUE], body="""
潘姐好～

这周的进展给您同步一下，整体还挺顺的：

一、积分商城改版：首页和兑换详情页已经提测，测试那边一共提了 14 个问题，11 个已修复，剩下 3 个都是样式问题，预计周二前清零。
二、生日礼包：按上周评审的版本，生日当月自动发券的逻辑已经上到预发环境，您这边可以用测试账号 13800000012 看效果。券面文案我们暂时用的占位，麻烦运营同学周三前给一下正式文案。
三、门店扫码入会：和 POS 的联调这周卡了两天，原因是 POS 厂商那边回调地址白名单没加，周四已经加好，现在从扫码到入会成功平均 2.3 秒。
四、会员等级改成按自然年滚动重算那件事，这期不做了。
五、下周安排：周一下午我们去总部做一次积分商城走查，大概一个半小时，需要会员组和客服组各来一位同学；周三出生日礼包的埋点方案。

另外上次您说门店同事反馈入会页字太小，贺婷已经把字号调大了一档，截图在附件里，您有空看一眼。

有问题随时喊我～周末愉快！

思远
""")

case(["refusal"], "en", "curt two-line refusal to the founder, no alternative or date",
     KEVIN, [JASON], "Re: TikTok Shop sync in Friday's build?", quote_style="gt", body="""
Jason, that's not going into Friday's build. The build is frozen.

K.
""", quote="""
hey Kevin - any chance we squeeze TikTok Shop product sync into friday's build? investor demo next tues, would be HUGE for us. lmk asap
J
""")

case(["refusal"], "zh", "bureaucratic 公文 refusal: 不列入实施计划, 亦不作另行安排, 特此函复; no buffer, no alternative",
     CAO, [ZHAO], "关于积分商城新增“积分+现金”组合支付的复函", cc=[SUNLI], body="""
赵处长：

贵中心 11 月 12 日来函《关于积分商城新增“积分+现金”组合支付功能的需求函》收悉。

经我方项目组研究，该功能涉及收银台、清结算及对账模块的整体改造，不属于双方《积分商城建设项目合同》附件一所列工作范围。该需求不列入我方实施计划，亦不作另行安排。

特此函复。

曹铭
栖木数字 交付中心
""")

case(["refusal"], "zh", "refusal phrased as product policy: 不提供, 也不会调整, no buffer",
     LU, [QIAN], "Re: 商家后台能否导出订单Excel", quote_style="foxmail", body="""
钱晓你好，

商家后台不提供 Excel 导出，这是产品层面定下的规则，不是技术问题，也不会因为个别门店的习惯去调整。对账请继续走总部财务系统。

陆骁
""", quote="""
陆经理，门店店长们想在小程序商家后台直接导出当天订单的 Excel，方便晚上对账，麻烦看下能不能加一个导出按钮？谢谢！
""")

case(["refusal"], "mixed", "casual founder-style 'we pass' plus closing the topic (这个topic就到这儿了)",
     TIAN, [JASON], "Re: 直播间一键复购", quote_style="gt", body="""
Hi Jason,

直接说结论哈: 这个我们pass. 直播间那块是平台原生组件, 我们不碰, 也没打算找workaround. 这个topic就到这儿了, 别的需求随时丢过来 😄

Tian
""", quote="""
Tian 直播间能不能加个"一键复购" button? 老客回来买不用再搜, conversion 肯定up. 这周能上吗
""")

case(["refusal"], "zh", "traditional Chinese: refusal stated as a design fact and the topic closed (此事就不再往下討論)",
     LIN, [CHEN], "Re: 會員卡綁定兩支手機號碼", trad=True, quote_style="outlook_zh", body="""
陳經理您好：

一卡綁雙號在系統設計上就是不成立的，會員身分只對應一個手機號碼，這一點不會更動。此事就不再往下討論了，謝謝理解。

林若彤
""", quote="""
林小姐您好，台灣門市這邊很多會員希望一張會員卡可以綁兩支手機號碼（家人共用積分），想請問系統能不能調整？謝謝。

陳志豪
""")

case(["refusal"], "en", "meeting recap; item 3 of a numbered list declines the gift-box builder flatly",
     RACHEL, [HANNAH], "Recap: Lumo loyalty sprint review (Nov 14)", cc=[SOPHIE, PRIYA], body="""
Hi Hannah,

Thanks for the time this morning. Quick recap so we're all working from the same page:

1. Tier thresholds: confirmed at 0 / 300 / 1,000 points. Priya will update the test cases today.
2. Referral bonus: your team sends final copy by Monday; we'll drop it into the staging build the same day.
3. Custom gift-box builder on the product page: we're not building this. It's off the list.
4. Points expiry emails: Klaviyo templates approved as shown; they go live with the Dec 2 release.
5. Next review: Thursday, Nov 21, 10:00 SGT.

Shout if I've missed anything.

Best,
Rachel
""")

case(["refusal"], "zh", "rhetorical refusal: 换您是开发您敢接吗? 反正我们不会接",
     LU, [QIAN], "Re: 双十一前购物车改版", body="""
钱晓：

离双十一还剩九天，这时候把购物车整个推倒重来，换您是开发，您敢接吗？反正我们这边是不会接的。

陆骁
""")

case(["refusal"], "en", "refusal as a statement of how the engine works, 'that's how it's going to stay'",
     OWEN, [HANNAH], "Re: downgrading tiers after returns", quote_style="outlook", body="""
Hi Hannah,

Mid-cycle downgrades aren't a thing the loyalty engine does. Tiers get recalculated once a year and that's how it's going to stay.

Owen
""", quote="""
Hi Owen, finance is asking whether the engine could drop someone from Gold to Silver mid-cycle if they return a big order. Is that possible?

Thanks,
Hannah
""")

case(["refusal"], "zh", "traditional Chinese: friendly live-stream schedule mail with one flat 'we won't do the prize wheel' inside",
     WU, [HUANG], "下週直播排程確認", trad=True, body="""
美玲您好：

下週三、週五兩場直播的排程我們這邊都確認好了，商品上架清單也核對完畢，共 28 個 SKU，價格跟您上週給的表一致。

主播的口播稿我們幫忙潤了一下，放在共享雲端的「1120直播」資料夾，您有空看看。

另外您提到想在直播間加一個抽獎轉盤，這個我們就不做囉。

場控的部分週三我會親自到現場，有任何狀況當場處理。再麻煩您幫忙確認倉庫那邊的備貨量，謝謝！

佩珊
""")

case(["refusal"], "mixed", "mixed with ASCII punctuation: 'we pass', '30s就是final, 不会再动'",
     LEO, [QIAN], "Re: 直播GMV大屏刷新频率", quote_style="gt_zh", body="""
钱晓,

秒级刷新这块我们pass. 30s一刷就是final方案, 不会再动.

Leo
""", quote="""
Leo, 直播GMV大屏能不能做到每秒刷新? 老板说别家都是实时跳数的, 我们这个30秒才动一下看着很假.
""")

case(["refusal"], "en", "formal bureaucratic English: 'reviewed and is declined. This decision is final'",
     DANIEL, [SOPHIE], "Voucher stacking request: outcome", body="""
Dear Sophie,

Please be advised that the request to extend the promotion engine so that more than two vouchers may be applied to a single order has been reviewed by the delivery team and is declined.

This decision is final and the matter is now closed on our side.

Kind regards,
Daniel Park
Account Director
""")

case(["refusal"], "zh", "会议纪要: item 3 says 我方不支持, 本项关闭, amid routine items",
     ZHOU, [SUNLI], "【会议纪要】积分商城二期需求澄清会 11-18", cc=[ZHAO, FANG, CAO], body="""
孙经理，各位好：

今天下午需求澄清会的要点整理如下，请查阅：

1. 商品池：首批上架 320 个 SKU，由贵行运营组在 11 月 25 日前提供最终清单及图片。
2. 兑换流程：沿用一期的短信验证码 + 交易密码双重校验，方敏老师已确认风控口径不变。
3. 积分有效期由 24 个月延长至 36 个月：我方不支持，本项在此关闭，后续不再列入议题。
4. 对账文件：T+1 日 6:00 前推送至贵行 SFTP，格式沿用一期模板。
5. 下次会议：11 月 25 日（周二）14:00，贵行 18 层 3 号会议室。

如有遗漏或理解偏差，请于明天中午前回复，逾期视为确认。

周嘉怡
""")

case(["refusal", "argue"], "zh", "flat 'never opening negative-stock picking' plus lecturing the warehouse (有没有在听? 别指望系统替你们兜底)",
     LU, [LIUQ], "Re: 双十一能否开放负库存出库", cc=[DENG], quote_style="outlook_zh", body="""
刘主管：

负库存出库不会开，以后也不会开。

为什么不能开，上个月上线培训讲过，操作手册第 12 页也写着。货在架上系统显示没有，说明是你们入库没扫、上架没确认。培训的时候坐在下面的人到底有没有在听？自己仓的账对不平，就别指望系统替你们兜底。

陆骁
""", quote="""
陆经理，双十一出库量大，系统不让负库存出库，货明明在架上就是出不了，能不能先把负库存出库打开？急！

刘强
""")

case(["refusal", "backchannel"], "zh", "reply-all accident: founder in Cc reads a flat 不接 and being called a 拍脑袋型创始人",
     TIAN, [SUNHAO], "Re: 积分兑换盲盒接不接", cc=[JASON], quote_style="gt_zh", body="""
不接。积分盲盒这期不做，没得商量，我一会儿直接在群里回掉。

这位老板就是典型的拍脑袋型创始人，刷到什么就想往 app 里塞，上礼拜要做社区，这礼拜要盲盒，下礼拜估计要发币了🙄 你们该干嘛干嘛，不用理他。
""", quote="""
甜姐，Jason 刚在群里说下周一要上"积分兑换盲盒"，这个咱们接吗？
""", quote_from=SUNHAO)

case(["refusal", "persuade"], "en", "flat no to H5-first launch, then pressure to drop the idea and stop reopening it",
     RACHEL, [SOPHIE], "Re: H5 version for launch?", cc=[JASON], quote_style="gt", body="""
Sophie,

An H5-first launch isn't something we'll do for Lumo.

And I'd really encourage you both to let the H5 idea go now rather than in three weeks. Every brand in your category that tried it came back to native within six months, and I don't want you burning runway on a detour. Native is the plan. Let's get the kickoff booked for Monday and stop reopening this.

Rachel
""", quote="""
Hi Rachel, Jason and I were wondering if we could launch with an H5 web version first and do the native app later. Cheaper and faster for us right now?

Sophie
""")

# ---------------- backchannel ----------------

case(["backchannel"], "zh", "internal mail mocking the client's membership lead (她自己根本不知道想要什么)",
     HE, [HETING], "潘姐又改了", body="""
婷婷，

跟你说个事，悦町那位潘姐今天又把积分商城的验收标准改了，这已经是第四版。我现在非常怀疑她自己根本不知道想要什么，每次开会就一句"感觉不太对"，问她哪里不对她也说不上来，我们就陪着她猜。你那几版首页先别删，估计下周她又要改回去。

思远
""")

case(["backchannel"], "en", "internal mail disparaging the founder (never shipped anything, personal hackathon team)",
     OWEN, [MARCUS], "jason's idea of the week", body="""
Marcus,

Heads up before standup: Jason's "tiny tweak" for this week is a full social feed inside the app. He treats this team like his personal weekend hackathon. Guy has never shipped a product in his life and it shows. Don't start anything until I've talked him down.

O.
""")

case(["backchannel"], "zh", "reply-all accident: division head in Cc while PM mocks him (我不懂但每一页都要我来定)",
     CAO, [MAJUN], "Re: 接口文档又要改模板", cc=[ZHAO], quote_style="foxmail", body="""
老马，

习惯就好。赵处那种"技术我不懂但每一页都要我来定"的风格你又不是第一天见，改呗，反正他也看不出区别。模板改完扔给我，我去应付。

曹铭
""", quote="""
曹哥，C行那边又让我们把接口文档改成他们内部的模板格式，这周第三次了。
""", quote_from=MAJUN)

case(["backchannel"], "mixed", "nickname 大促哥 for a client person, mocked to a colleague (靠嘴做电商 lol)",
     LEO, [HANXUE], "大促哥 again", body="""
雪姐,

"大促哥"今天又来了, 开会念完PPT就走, 张口就是"对标头部品牌的直播间". 问他GMV目标多少, 他说"越高越好". 这种人真的是靠嘴做电商 lol. 下周他们那个会能不能你去, 我实在扛不住了.

Leo
""")

case(["backchannel"], "zh", "traditional Chinese: mocking the client contact by nickname 「陳大少」 to a colleague",
     LIN, [WU], "陳大少今天的會", trad=True, body="""
佩珊：

今天跟「陳大少」開會，他又把上週自己拍板的門市入會流程全盤否定，理由是「老闆看了不喜歡」。拜託，老闆看的那版就是他自己改過的。這位少爺做事從來不看文件，只會一直轉述老闆的心情，我們就這樣陪他繞圈圈。下週的會換你去好了，我需要休息。

若彤
""")

case(["backchannel"], "en", "reply-all accident: client in Cc while PM calls their UAT a rubber stamp",
     KEVIN, [PRIYA], "Re: UAT sign-off, loyalty v1.2", cc=[HANNAH], quote_style="gt", body="""
Ha, they didn't. Rubber-stamp city over there: they sign whatever we send as long as it lands before lunch. Which is great until something breaks in prod and suddenly it's our fault. Log everything so we have receipts.

K.
""", quote="""
Hannah's team signed off UAT at 9:05. The build went up at 9:00. Are we sure they tested anything?

Priya
""", quote_from=PRIYA)

case(["backchannel"], "zh", "company named by nickname C行, sneering at the bank's approvals to a colleague",
     ZHOU, [CAO], "C行审批", body="""
曹铭，

C行二期的上线审批单我数了一下，一共要盖 11 个章。做个积分商城搞得跟考编一样，审批的人比用积分的人还多。照这个效率，等他们的用户攒够积分，我们的系统大概已经退役了。你那边先按 12 月 20 日排，别指望他们能快。

嘉怡
""")

case(["backchannel"], "zh", "sarcastic 妙啊 about the client's host and ops blaming the system, to a colleague",
     LU, [SUNHAO], "昨晚直播复盘", body="""
浩哥，

看了昨晚悦町那场直播的回放，主播把"满 199 减 30"念成"满 99 减 30"，连念三遍，结果今早他们运营群里说是"系统优惠券出错"，还要我们出报告。妙啊，自己人念错词甩锅给系统，这操作我是真学不会。报告还是写一份吧，把券配置截图和回放的时间点都贴上。

陆骁
""")

case(["backchannel"], "en", "internal mail mocking the co-founder's design feedback ('pop' = whatever an influencer posted)",
     GRACE, [NINA], "loyalty page, round 3", body="""
Nina,

Sophie wants the loyalty page to have "more pop". Third round. I'm fairly sure "pop" translates to "whatever an influencer posted last night". Just throw a gradient on it and let's see if she even notices.

Grace
""")

# ---------------- argue ----------------

case(["argue"], "zh", "blaming the client's ops for their own config, rhetorical 这也能算系统的问题?! and stacked !!",
     PENG, [QIAN], "Re: 满减叠加出问题", quote_style="outlook_zh", body="""
钱晓：

活动叠加规则是你们运营自己在后台勾的，"允许与其他优惠同享"那个框是谁勾上的，操作日志里清清楚楚。系统按你们填的规则执行，这也能算系统的问题？！麻烦以后先查一下自己的配置，再来问"系统怎么回事"！！

彭磊
""", quote="""
彭经理，昨晚满减活动叠加出了问题，很多订单优惠多减了，你们系统到底怎么回事？今天上午给个说法。

钱晓
""")

case(["argue"], "en", "lecturing and blaming: 'one more time, slowly', 'nobody opened', 'check your own file before going over my head'",
     OWEN, [HANNAH], "Re: referral code bug, escalated", quote_style="outlook", body="""
Hannah,

Let me walk through this one more time, slowly. The referral codes broke because your team uploaded a CSV with duplicate codes, from row 214 onwards. It's in the attachment I sent on Tuesday, which I can only assume nobody opened. Escalating to our CEO won't change what's in your spreadsheet. Next time, check your own file before going over my head.

Owen
""", quote="""
Owen, I've had to escalate the referral-code bug to your CEO. This is the second time in a month and we need answers, not excuses.

Hannah
""")

case(["argue"], "zh", "passive-aggressive politeness: offering to read the doc aloud line by line to the bank's engineers",
     ZHOU, [FANG], "积分兑换接口文档（第三次发送）", body="""
方老师：

附件是积分兑换接口文档，这是第三次发送，内容与前两次完全一致。关于您问的签名算法，第 7 页第二段有逐步说明，还配了示例代码。

如果贵方同事阅读这份文档有困难，我们也很乐意安排一位工程师上门，逐行念给大家听，您看哪天方便？

周嘉怡
""")

case(["argue"], "mixed", "mixed: confrontational reply to the founder (你心里应该有数吧? 这锅我们不背, 截图一条条贴给你)",
     TIAN, [JASON], "Re: launch又slip了??", quote_style="gt", body="""
Jason,

launch为什么slip你心里应该有数吧? 素材上线前两天才给, 文案改了五版, 现在来问我们为什么延期? 这锅我们不背. 所有时间点我都有截图, 要不要我一条条贴给你看?

Tian
""", quote="""
Tian why is the launch slipping again?? 我跟投资人都说了11/20上线, this is really bad
""")

case(["argue"], "zh", "lecturing the VP with rhetorical questions (做了十几年零售 SPU 和 SKU 分不清? 评审会到底在评什么?)",
     PENG, [XU], "Re: 商品导入又失败", cc=[QIAN], body="""
许总：

贵司做了十几年零售，SPU 和 SKU 分不清，一个颜色建一个商品，然后来问为什么前台的规格选择器是空的。我想请教一下，这三个月的需求评审会，咱们到底是在评什么？培训材料第一页讲的就是这个概念，我真不知道还要怎么讲才能讲明白。

彭磊
""")

# ---------------- persuade ----------------

case(["persuade"], "zh", "pressure via deadline: already staffed for plan B, 就别再犹豫了, 内部不同声音请您压一压",
     ZHOU, [XU], "直播中台方案，周一开工", body="""
许总：

自建直播推流这条路，我们团队的一致意见是不值得走。方案B（对接视频号和抖音的官方直播能力）的成本、周期和风险，上周已经讲得很透了，我就不再重复。

说实话，这件事再讨论下去，双十二是一定赶不上的。我这边已经按方案B把人排好了，下周一直接开工，您就别再犹豫了，内部如果有不同声音，也请您帮忙压一压。

周嘉怡
""")

case(["persuade"], "en", "pressure via cost and availability, calling the client's idea a vanity project, 'sign today'",
     DANIEL, [HANNAH], "SOW: let's sign today", body="""
Hi Hannah,

I'll be candid: the custom checkout you've been sketching is a vanity project, and Shopify Plus is the grown-up choice here. I'd urge you to countersign the SOW today. Our mobile squad frees up on the 25th, and if the paperwork isn't in by then I can't promise they'll still be available. That's another month of runway gone for Lumo, and I don't think your board will thank either of us for it.

Best,
Daniel
""")

case(["persuade"], "mixed", "mixed: telling the founder to drop his token idea, 听我的 按我们的模板上就完事",
     LEO, [JASON], "Re: 积分token化?", quote_style="gt_zh", body="""
Jason,

token积分这个我劝你趁早放下. 我们做过二十多个品牌的会员体系, 这种玩法没有一个活过半年, 合规那关你都过不去. 听我的, 三级会员+积分兑换, 按我们那套模板上就完事了, 不用再想别的. 周五前把确认邮件回我, 我好排人.

Leo
""", quote="""
Leo 我想把会员积分做成token, 消费即挖矿, 用户之间可以转让, 投资人很吃这套. what do you think?
""")

case(["persuade"], "zh", "pressure via authority: our GM and the bank's tech head agreed, 不要再坚持, 上面问起来不好交代",
     CAO, [ZHAO], "关于积分中台技术路线", body="""
赵处：

上周我司总经理与贵行科技部刘总已就积分商城的技术路线交换过意见，大方向是采用我方标准积分中台。建议您这边不要再坚持定制开发的思路了，否则上面问起来，双方都不太好交代。请于本周内回复确认，以便我们按标准中台方案启动。

曹铭
""")

# ---------------- ramble ----------------

case(["ramble"], "zh", "one actionable line (CSV template back by Thursday) buried in ~700 characters of hiking, hotpot, corgi and diet chatter",
     HE, [PAN], "周末愉快～顺便说个小事", body="""
潘姐好呀～

这周终于忙完了，趁周五下午喘口气给您写封信。上周末我跟朋友去爬了莫干山，出发前查天气说是晴天，结果爬到半山腰下起了小雨，山里的雾一下子漫上来，整座山像泡在牛奶里一样，拍出来的照片反而特别有意境。我挑了九张发朋友圈，点赞比我过生日那天还多，哈哈。下山的时候在山脚一家农家乐吃了土鸡煲和笋干烧肉，老板娘自己腌的咸菜配白粥，我一口气吃了三碗，现在想起来还流口水。

说到吃，您上次推荐的那家滨江的潮汕牛肉火锅我也去了！排了四十分钟的队，不过真的值，吊龙和匙柄特别嫩，涮八秒刚刚好。我还打包了他们家的牛肉丸带回家，结果我家那只柯基闻到味道，在冰箱前面守了一整晚，第二天早上我发现它把冰箱旁边的地垫都啃破了，真是又好气又好笑。这只狗今年两岁，精力旺盛得不得了，每天下班不带它跑两公里它就在家拆东西，我现在严重怀疑不是我在遛它，是它在遛我。

最近我还在追一部讲九十年代百货商场的电视剧，里面那些玻璃柜台、手写价签、噼里啪啦的算盘，看得我特别有感触。我妈说她年轻时候就在百货公司站柜台，熟客一进门不用开口，她就知道人家要什么尺码什么颜色，这种服务现在反而稀罕了。

对了，会员积分导入的 CSV 模板我放在附件里了，麻烦周四前让同事填好发回给我。

另外我表姐下个月结婚，我被抓去当伴娘，最近在疯狂减肥，中午只吃一盒沙拉，下午四点准时饿到眼冒金星，公司楼下那家面包店飘上来的黄油味简直是酷刑。您要是有什么不挨饿的减肥秘诀，一定要教教我！我妈已经给我寄了两箱她自己做的红薯干，说减肥也不能饿着，我现在每天看着那两个箱子做思想斗争，感觉意志力比去年马拉松的最后三公里还脆弱。

下周见～

思远
""")

case(["ramble"], "en", "one request (final hero images by Wednesday) buried in 400+ words about a Lisbon holiday",
     OWEN, [HANNAH], "Back from Lisbon + one small thing", body="""
Hi Hannah,

I'm back! Apologies for the radio silence last week. I finally took that trip to Lisbon I'd been promising myself since about 2019, and it was everything people said it would be and then some.

The first two days were mostly me getting lost. The city is built on seven hills, supposedly, but I'm convinced there are at least fifteen, and every single one of them is covered in those little white and black stones that turn into an ice rink the moment it drizzles. I saw a man in a full suit slide gracefully down an entire street holding a coffee and not spill a drop. I have never respected anyone more.

Then there's the food. I must have eaten a dozen pastéis de nata. The famous place in Belém has a queue that wraps around the block, but a local told me the little bakery two streets back makes them the same way, so I went there instead and had three standing at the counter. Also grilled sardines, which I was nervous about and now think about daily.

Midweek I took the train out to Ericeira to try surfing. "Try" is doing a lot of work in that sentence. The instructor, a very patient guy called Tiago, told me I had "great enthusiasm", which I'm choosing to take as a compliment. I stood up exactly once, for about two seconds, and I'm pretty sure a seagull laughed. Worth it anyway, the coastline is unreal.

Oh, before I forget: could you send over the final hero images for the Gold tier page by Wednesday?

Back in the city I rode the old number 28 tram, which is basically a rollercoaster that also stops for groceries, and on Saturday a friend dragged me to a Benfica match. I don't really follow football, but sixty thousand people singing at once is something you feel in your chest. I bought a scarf. I will probably never wear it in this climate, but it's hanging in my living room now like a trophy.

The last morning I found a tiny secondhand bookshop near the river with a cat asleep on the poetry section. The owner wouldn't let me move the cat, so I bought a cookbook instead. I'm going to attempt the sardines this weekend. My flatmate has been warned.

Flights home were chaos, of course. Two-hour delay in Lisbon, missed connection in Dubai, and I spent a night on an airport bench next to a very chatty retired dentist from Perth. We're now friends on Instagram.

Anyway, it's good to be back, and I hope things have been calm on your side. Let's catch up properly soon.

Cheers,
Owen
""")

case(["ramble"], "zh", "one actionable line (UAT accounts open at 10am tomorrow) buried in tea, hometown, marathon and son's exam chatter",
     PENG, [SUNLI], "孙经理，跟您唠两句", body="""
孙经理您好：

前两天整理抽屉，翻出去年您送的那盒武夷岩茶，一直舍不得喝，昨晚终于拆了，用家里那把老紫砂壶泡的，第三泡的时候那股岩韵出来了，我一个人坐在阳台上喝到快十一点，想着一定要跟您说一声，真是好茶。我们老家在皖南山里，小时候我爷爷自己炒茶，锅烧得通红，手直接伸进去翻，我那时候看得心惊胆战，他却说茶叶和人一样，火候到了才有味道。现在老家的茶园都包给合作社了，机器炒的茶香是香，总觉得少了点什么。

上个月我还跑了人生第一个半程马拉松，二十一公里，跑了两小时二十六分，后面五公里基本是靠意志力挪过去的。终点有个大妈给我递了一根香蕉，我当时感动得差点哭出来。跑完第二天下楼梯只能侧着身子一级一级往下挪，被我儿子笑了一整天。说起我儿子，他今年初三，马上要一模了，每天晚上写作业写到十二点，我看着都心疼。我们那时候哪有这么卷，放学就是满山跑，掏鸟窝、下河摸鱼，成绩也没差到哪去。现在家长群里天天有人晒奖状，我老婆压力比孩子还大。

UAT 环境的测试账号明天上午十点开通，登录地址和初始密码我会单独发您短信。

对了，您上次说想带孩子去黄山，我强烈推荐十一月底去，人少，运气好能看到雾凇，山上那家老酒店的臭鳜鱼做得也地道，就是价格有点吓人。要是需要，我可以把我表弟的电话给您，他在那边做民宿，能给安排个安静点的房间。

下次来贵行开会，我带点我们老家的笋干给您尝尝，晒干的，炖肉特别香。我妈每年春天都要上山挖一大筐，焯水、切片、晒上七八天，院子里摆满了竹匾，那个味道我到现在闭上眼睛都能闻到。

彭磊
""")

case(["ramble"], "mixed", "mixed: App Store rejection fix (privacy policy URL by Wednesday) buried in demo day, gym, podcast and Bali chatter",
     TIAN, [JASON], "catch up + 一个小事", body="""
Hey Jason,

好久没好好聊了, 这周有点insane. 周二我去了那个startup demo day, 就是在西岸那个仓库改的场地, vibe真的很好, 二十多家公司上台pitch, 有一家做宠物保险的, founder在台上当场把他家的金毛牵上来, 全场都在拍照, 我觉得他们估值至少要因为这条狗涨个20%, lol. 还有一家做AI选品的, deck做得超级漂亮, 但问到unit economics就开始绕, 评委脸都黑了. 会后的networking我加了三十几个微信, 到现在还没备注完.

最近我开始认真去健身了, 办了楼下那家24小时的gym, 教练是个前健美冠军, 第一节课就让我做了一百个深蹲, 第二天我下地铁楼梯的时候扶着墙, 旁边一个阿姨还问我要不要帮忙. 现在一周去三次, 感觉睡眠好了很多, 虽然体重一斤都没掉, 教练说是肌肉在长, 我选择相信他.

通勤路上在听一个podcast, 讲DTC品牌怎么从Instagram起家的, 里面有一期讲Glossier早期怎么做社群, 我觉得跟Lumo现在的阶段挺像的, 链接我回头发你. 主持人说的一句话我记了下来: brand is what people say about you when you're not in the room. 挺有道理的.

对了, App Store审核被拒了, 需要你们补一个隐私政策的URL, 最晚周三给我就行.

另外我下个月想请一周假去Bali, 一直想学freediving, 朋友推荐了Amed那边一个小潮店, 说水特别清, 还能看到沉船. 你去过吗? 我记得你说过你们founding team去过一次offsite. 有什么推荐的villa或者warung一定要告诉我, 我现在每天看攻略看到半夜, 感觉比做项目计划还认真, haha. 我还在纠结要不要先在上海找个泳池练一下憋气, 朋友说不用, 到了那边教练会从最基础的呼吸教起, 但我这个人一紧张就喝水, 想想就有点怕. 我妈听说我要去潜水, 已经在家庭群里转发了三篇安全注意事项, 每篇都配了一个大大的感叹号.

Anyway, 周末愉快! 下周找个时间喝杯咖啡?

Tian
""")

case(["ramble"], "zh", "one actionable line (upgrade PDA scanner firmware to 3.2 this week) buried in fishing, renovation and football chatter",
     JIANG, [DENG], "邓工，周末钓鱼去不去", body="""
邓工：

上周六我终于去了你说的那个水库，凌晨四点出的门，到那边天还没亮，整个水面雾蒙蒙的，一个人都没有，只听见远处有几声狗叫。我按你教的，用玉米打窝，等了快两个小时一口都没有，正想收竿，浮漂突然一沉，拉上来一条两斤多的鲫鱼，手都在抖。后来又陆陆续续上了六七条，中午在岸边就着带的馒头和卤蛋吃了顿饭，那种感觉真比加班舒服一百倍。回家我老婆看到一桶鱼，第一句话就是"谁来杀"，最后还是我自己蹲在阳台上收拾了一个下午。

家里装修的事也总算告一段落了，光是选瓷砖就跑了四趟建材市场，我跟我老婆在哑光和亮光之间吵了一个礼拜，最后折中了，客厅哑光、厨房亮光，谁也没赢。木工师傅是个老实人，就是每天下午三点准时要喝茶抽烟，一歇就是四十分钟，工期拖了快二十天。现在就等甲醛散一散，年前应该能搬进去。

仓库那批 PDA 扫描枪的固件这周要升级到 3.2 版本，升级包已经放在 FTP 上了。

周中那场球你看了没？最后五分钟连丢两个，我在沙发上气得把遥控器都摔了，后盖现在还用胶带粘着。我儿子在旁边一本正经地跟我说"爸爸，输赢都是正常的"，把我噎得半天说不出话。他现在在少年队踢边锋，周末比赛我都得去当司机兼啦啦队，太阳底下一站就是两个钟头，晒得跟刚从工地回来似的。

下个月天冷了，听说水库那边开始有人钓白条，你要是有空，咱们约个周六一起去，我负责开车，你负责教我调漂。我最近还在网上买了一根新的台钓竿，四米五的，店家吹得天花乱坠，到手一看做工确实不错，就是握把有点滑，回头你帮我看看要不要缠一层防滑带，还有鱼护也该换个大的了。

蒋晨
""")

case(["ramble", "persuade"], "zh", "long chatter about a trade fair, dim sum, golf and piano lessons hiding one pressure line (别再纠结了, 下周一签字, 拖下去对谁都没好处)",
     SONG, [XU], "深圳回来，跟许总聊几句", body="""
许总好：

上周去深圳参加零售数字化大会，刚回来，跟您分享点见闻。今年的会场比往年大了一倍，光是做门店数字化的展台就有六十多家，走一圈下来腿都软了。最有意思的是一家做智能货架的，货架会根据顾客停留时间自动换价签，我在前面站了半分钟，价签真的从 39 跳到了 35，旁边的销售很得意，我倒是有点担心顾客会不会觉得被"算计"。

会议住的是会展中心旁边的一家新酒店，房间不大，但落地窗正对着海，早上六点拉开窗帘，太阳从海面上升起来，我站着看了十来分钟，手机都忘了拍。第二天早上约了两个老同事去喝早茶，虾饺、凤爪、肠粉点了满满一桌，老广的早茶一坐就是两个小时，聊着聊着就到中午了，我那点可怜的减肥计划彻底泡汤。

周末他们拉我去打了一场球，我已经大半年没摸杆了，前九洞打了五十六杆，后九洞才慢慢找回点感觉，有一洞差点抓鸟，可惜推杆偏了半寸。同组有一位做服装连锁的老板，聊起来他们今年也在做会员和直播，遇到的问题跟咱们几乎一模一样。

直播中台的事，您也别再纠结了，就按我们给的方案定，下周一签字，拖下去对谁都没好处。

回来以后家里也是一堆事，女儿在学钢琴，下个月要考八级，每天晚上练两个小时，邻居已经来敲过一次门了，我只好去买了一块隔音毯挂在墙上，效果嘛，聊胜于无。后来干脆提着一盒水果去邻居家赔不是，结果人家老太太年轻时是音乐老师，反过来指点了我女儿半个钟头，两家现在倒成了朋友。她现在最怕的是那首巴赫的创意曲，左右手总是打架，一着急就哭，我在旁边也帮不上忙，只能负责递纸巾和切水果。

下次您来我们公司，我请您喝我从深圳带回来的陈皮普洱，据说放了十五年，味道很醇。

宋一帆
""")

# =====================================================================================
# HARD NEGATIVES
# =====================================================================================

# ---------------- refusal-like ----------------

case([], "zh", "buffered refusal: 暂不纳入本期 with CR-0417, evaluation + quote by Friday 11/29, interim workaround",
     ZHOU, [PAN], "关于会员等级按自然年重算的需求（CR-0417）", body="""
潘经理您好：

您周二提出的"会员等级改为按自然年滚动重算"需求，我们已登记为变更单 CR-0417。

由于这项调整会影响存量约 12 万会员的等级快照和已发放的权益券，本期（12 月 5 日上线）暂不纳入范围。技术组正在评估数据回溯方案和工作量，我会在 11 月 29 日（周五）前把评估结论和报价一并发给您。

在此之前，门店如果遇到会员对等级有疑问，客服可以在后台"手动调级"入口临时处理，操作说明见附件。

周嘉怡
""")

case([], "en", "'we can't' followed by two concrete alternatives with dates; the founder chooses",
     KEVIN, [JASON], "Re: TikTok Shop sync for the demo", quote_style="gt", body="""
Hi Jason,

We can't get TikTok Shop sync into Friday's build without putting the App Store submission at risk, and I'd rather not gamble with that one. Two options that would still give you something for Tuesday's investor demo:

(a) A clickable prototype of the sync screen in the staging app by Monday. Looks real, no live data.
(b) The real sync in 1.3, in TestFlight by Dec 9.

Happy to do both. Tell me which matters more for Tuesday and I'll line the team up tonight.

Kevin
""", quote="""
Kevin, investors want to see TikTok Shop working on Tuesday. Can you make it happen for Friday?? Whatever it takes.
Jason
""")

case([], "zh", "escalation: beyond the PM's approval authority, handed to the delivery director who calls tomorrow",
     CAO, [ZHAO], "关于“积分+现金”组合支付需求的跟进", cc=[SONG], body="""
赵处长您好：

贵中心提出的"积分+现金"组合支付需求已收到。该需求涉及合同范围调整和清结算改造，超出了我作为项目经理的审批权限，我没办法在这里直接答复您。

我已将需求函和初步影响分析转交我司交付总监宋一帆，她明天（11 月 14 日）下午会直接与您电话沟通，并约定后续评估的时间表。

曹铭
""")

case([], "zh", "refusal-sounding words in another sense: 不额外收费, 不影响上线; decision on the apology SMS left to the client",
     HE, [PAN], "生日券重复发放问题修复说明", body="""
潘姐好：

昨天生日券重复发放的问题已经修复。原因是定时任务在服务器重启后被重复注册了一次，影响 312 位会员，多发的券我们已经在后台作废，并保留了操作记录。

这次属于我们的质量问题，修复不额外收费，也不影响 12 月 5 日的上线计划。考虑到给会员带来了困扰，我们拟了一条致歉短信的文案，附在下面，发不发、怎么发都由您这边决定。

思远
""")

case([], "en", "technical 'does not support' inside a root-cause analysis; PM takes the blame",
     GRACE, [HANNAH], "Root cause: checkout crash on older Android devices", cc=[MARCUS], body="""
Hi Hannah,

Here's what we found on the checkout crash your support team flagged.

What happened: customers on Android 8 and some Android 9 devices saw a blank screen after tapping "Pay". It affected about 3% of checkout sessions between Nov 10 and Nov 13.

Why: the new address autocomplete uses a JavaScript feature (optional chaining) that the built-in WebView on those devices does not support. On newer phones the WebView updates itself through the Play Store; on these older ones it often doesn't, so the script failed to load and the page stopped rendering. This was our miss: our device matrix didn't include Android 8, and it should have.

Fix: Marcus added a build step that compiles the script down to syntax older WebViews understand. It's on staging now and we've tested it on six older devices from our lab. We'd like to push it to production tonight at 22:00.

Going forward: Android 8 is now in the regression matrix, and we've added a crash alert on the checkout page so we see this kind of thing within minutes, not days.

Nothing is needed from your side. If you'd prefer a different release window, just say.

Grace
""")

case([], "mixed", "negation 不是不做 + ticket LUMO-212 in backlog + prioritise together at Tuesday's sprint planning",
     TIAN, [JASON], "Re: 积分排行榜", quote_style="gt", body="""
Jason,

不是不做哈, 是这周真的塞不下了, 这周sprint全压在支付回调上. 我已经开了ticket LUMO-212放进backlog, 下周二sprint planning的时候我们一起排优先级, 到时候你告诉我它跟push优化哪个先, ok?

Tian
""", quote="""
Tian 积分排行榜能不能这周加上? 用户会很爱, 我昨天问了几个KOC都说想要
""")

case([], "zh", "traditional Chinese: 並不是做不了, logged as TW-CR-09, written reply by 12/3, interim point-transfer workaround",
     LIN, [CHEN], "Re: 一卡綁兩支手機號碼的需求", trad=True, quote_style="gt_zh", body="""
陳經理您好：

一卡綁兩支手機號碼這個需求，我們並不是做不了，只是會動到會員身分驗證和積分歸屬的邏輯，需要先評估對現有約 8 萬名台灣會員的影響。我已經登記為變更單 TW-CR-09，技術團隊本週評估，12 月 3 日（週二）前給您書面回覆和時程。

在那之前，如果有家人想共用積分，門市可以先用「積分轉贈」功能處理：
1. 會員在小程式「我的積分」點選「轉贈」
2. 輸入家人的手機號碼
3. 雙方收到簡訊確認後即完成

若彤
""", quote="""
林小姐，上次提的一卡綁兩支手機號碼，門市又在問了，會員反映很多，可以再評估一下嗎？

陳志豪
""")

case([], "zh", "the client asked for a 'no': 不会影响订单, 不需要停服 are reassurances, not refusals",
     ZHOU, [DENG], "Re: 周六 WMS 切换是否影响线上订单", cc=[LIUQ, ZHENG], quote_style="outlook_zh", body="""
邓工您好：

明确回复如下：

1. 不会影响线上订单。切换期间小程序照常下单，新订单先写入队列，切换完成后按顺序推送到新 WMS，不会丢单。
2. 不需要停服。唯一需要暂停的是仓库 PDA 扫描，窗口为 23:00–23:40，已和刘主管确认过排班。
3. 回滚方案已演练两次。如果 00:30 前校验不通过，我们切回旧系统，同样不影响前台。

周嘉怡
""", quote="""
周经理，周六晚上 WMS 切换，请明确回复两点：会不会影响线上订单？需不需要停服？

邓伟
""")

case([], "en", "technical 'Connection refused' and an allowlist request; nothing is being refused to the client",
     KEVIN, [TOM], "WMS integration: connection refused from new IP", quote_style="outlook", body="""
Hi Tom,

Quick update on the order push to your 3PL's WMS. Since this morning every call from our new server gets "Connection refused" on port 8443. The old server still connects fine, so it looks like the new IP (203.0.113.45) isn't on the 3PL's allowlist yet.

Could you ask them to add it? Once it's in, the orders queued since 07:00 (about 140) will flush automatically. Nothing will be lost and nobody needs to re-enter anything.

Thanks,
Kevin
""", quote="""
Kevin, the 3PL says they haven't received any orders since early this morning. Can you check?

Tom
""", quote_from=TOM)

case([], "zh", "不可能 as a technical guarantee after adding a unique index (idempotency fix), not a refusal",
     LU, [PAN], "积分重复到账的排查结论", body="""
潘经理：

关于上周会员反馈"同一笔订单积分到账两次"的问题，排查结论如下：

原因：订单完成消息在网络抖动时被重复投递，积分服务当时没有做幂等校验，导致同一订单加了两次积分，共涉及 57 笔订单。

处理：已给积分流水表的"订单号 + 积分类型"加上唯一索引，并在写入前做幂等判断。改完之后，同一笔订单不可能再被重复加积分，重复消息会被直接丢弃并记一条告警日志。多加的积分已在周日凌晨扣回，扣回前给会员发了站内信说明。

验证：测试环境模拟了 1 万次重复投递，积分均只入账一次。

如需具体订单清单，我随时发您。

陆骁
""")

case([], "zh", "bureaucratic 暂不纳入二期 with change no. BCC-CR-023, review 12/6, written answer by 12/9, interim manual extension",
     CAO, [SUNLI], "关于积分有效期延长需求的受理回复", cc=[ZHAO], body="""
孙经理：

贵中心提出的"积分有效期由 24 个月延长至 36 个月"需求，我方已正式受理，变更编号 BCC-CR-023。

该需求涉及积分过期批处理、会计口径和客户告知短信三部分，暂不纳入二期上线范围。我方拟于 12 月 6 日需求评审会上提交影响评估，评估结论及报价将于 12 月 9 日前以书面形式回复贵中心。

评估期间，如有临近过期的高价值客户需要特殊处理，可由贵中心客服提交名单，我方协助逐笔延期。

特此回复。

曹铭
栖木数字 交付中心
""")

case([], "en", "polite firmness with numbers: two options, client keeps the choice, deadline only for scheduling",
     DANIEL, [SOPHIE], "Re: three vouchers for Black Friday", quote_style="gt", body="""
Hi Sophie,

Stacking three vouchers is doable technically, but on the Black Friday price list it would push about 40 SKUs below the margin floor we agreed with your finance team in October, so I don't want to switch it on before you've seen that.

Two ways forward:

Option A: allow three vouchers, but cap the total discount at 35% per order. About two days of work; fits before Black Friday.
Option B: keep the two-voucher limit and add a "free gift over $80" rule instead. One day of work.

Both are fine by us. Your call. If you let me know by Thursday, either one makes the Nov 27 release.

Daniel
""", quote="""
Hi Daniel, we'd love customers to be able to stack up to three vouchers on Black Friday. Can we do that?
Sophie
""")

case([], "zh", "meeting recap whose 'no' to second-level refresh is buffered: tech lead brings a 5-second plan and both quotes by Wednesday, client decides",
     JIANG, [QIAN, XU], "【纪要】直播数据大屏需求沟通 11/19", cc=[SUNHAO], body="""
钱晓、许总好：

今天沟通的结论整理如下：

1. 大屏指标：实时 GMV、在线人数、转化率、TOP10 商品，四项确认。
2. 刷新频率：贵方希望秒级刷新。现有架构下做秒级需要额外的流计算资源，成本会明显上升。孙浩周三前出一版"5 秒刷新"的方案和报价，同时附上秒级方案的报价，两个放在一起由贵方决定。
3. 部署位置：先在总部直播间部署一块，门店大屏放到二期再看。
4. 联调时间：12 月 2 日起，需要贵方提供抖音和视频号的数据授权账号。

有遗漏请随时补充。

蒋晨
""")

case([], "mixed", "'not saying no' with a concrete alternative (stock countdown on the preview and detail pages) and a demo on Monday",
     LEO, [COCO], "Re: 直播间实时库存倒计时", quote_style="gt_zh", body="""
Coco,

我这边not saying no哈. 直播间商品卡是平台的组件, 库存倒计时我们没法直接改进去; 但可以在你们小程序的直播预告页和商品详情页加一个"仅剩xx件", 数据实时同步. 下周一我给你一个demo链接, 你看效果ok我们就排进12/5那个版本.

Leo
""", quote="""
Leo, 直播间能不能显示实时库存倒计时? 就是那种"仅剩23件"一直往下跳的, 很催单
""", quote_from=COCO)

case([], "en", "'thought it was impossible' as praise in a success report crediting the client's team",
     RACHEL, [HANNAH], "WMS cutover complete", cc=[SOPHIE, TOM], body="""
Hi Hannah,

Good news: the warehouse cutover finished at 03:40 this morning. All 1,862 open orders moved across, the pick lists printed from the new system at 06:00 and the first trucks left on time.

I'll be honest: when we first planned a zero-downtime cutover on the Saturday before Black Friday, part of me thought it was impossible. Tom's team made the difference. They ran the stock count twice overnight and caught two mismatched bin locations before they became a problem.

We'll keep the old system read-only until Dec 15 in case anyone needs to look something up. Full report by Tuesday.

Rachel
""")

case([], "zh", "the client asked us to stop weekend releases; 不再在周末发版 grants the request; client's irritation only in the quote",
     PENG, [XU], "Re: 以后别在周末发版", cc=[QIAN], quote_style="foxmail", body="""
许总：

可以。从下个版本起我们不再在周末发版，固定改为周二晚上 22:00，发版前一天下午会把变更清单发给您和门店运营群。

上周六的问题是我们的责任，复盘报告周三给您。

彭磊
""", quote="""
彭经理，以后能不能别在周末发版？上周六发版出问题，我们门店一整天都在救火，周末是我们生意最好的时候，你们想过没有？

许文涛
""")

case([], "zh", "release notes: 暂不支持 iPad landscape as a known limitation with a planned fix in 2.5.0",
     HE, [PAN, QIAN], "悦町小程序 2.4.0 发布说明", body="""
各位好：

悦町小程序 2.4.0 已于今天 10:00 全量发布，主要内容如下：

新增
- 积分商城支持"积分+优惠券"组合兑换
- 会员中心新增"我的权益"页

优化
- 首页加载时间从 2.8 秒降到 1.6 秒
- 门店列表按距离排序

已知限制
- iPad 横屏暂不支持，页面会以竖屏比例显示，计划在 2.5.0（12 月中旬）适配。
- 微信版本低于 8.0.20 的用户无法使用"一键入会"，会自动降级为手机号验证入会，功能不受影响。

如发现问题，请直接在项目群里 @ 我。

思远
""")

case([], "zh", "traditional Chinese: platform rule forbids embedded prize wheels; concrete alternative (pre-live reservation draw), designs by Thursday, client decides",
     WU, [HUANG], "Re: 直播間抽獎轉盤", trad=True, quote_style="foxmail", body="""
美玲您好：

抽獎轉盤的想法很好，不過平台的直播規範目前不允許在直播間內嵌第三方抽獎元件，硬加的話有被限流的風險，我不太建議冒這個險。

比較可行的做法是改成「開播前預約抽獎」：觀眾在預告頁預約直播就能參加，開播後由主播公布中獎名單，互動效果差不多，也完全符合規範。我週四前把流程和設計稿給您，您看過再決定要不要這樣做。

佩珊
""", quote="""
佩珊，直播間能不能加一個抽獎轉盤？觀眾互動會比較好，別家好像都有。

美玲
""")

# ---------------- backchannel-like ----------------

case([], "zh", "constructive internal discussion of the client's shifting acceptance criteria; plan to meet face to face",
     HE, [ZHOU], "潘经理这边验收标准的事", body="""
嘉怡姐：

跟您汇报一下，潘经理今天在会上又调整了一次积分商城的验收标准。会后我私下跟她聊了几句，感觉她的压力主要来自她们新来的 CMO，对方对会员页面有自己的想法，但还没形成书面意见。

我想明天带一版"验收清单 + 截图"去悦町，当面跟潘经理逐条过：哪些已确定、哪些待定，当场写下来，两边签个字。这样她回去跟领导汇报也有东西可拿。您看可以吗？

思远
""")

case([], "en", "banter praising a colleague and blaming ourselves; nothing about the client",
     OWEN, [MARCUS], "You absolute legend", cc=[PRIYA], body="""
Marcus,

You fixed the cart bug at 2am. Again. At this point the rest of us are basically decorative: Priya writes the tests, you fix everything, and I make slides about it. I'm buying the coffee for a week. Possibly a month.

(For the record, the bug was in code I reviewed and approved. So, mostly my fault. Sorry.)

Owen
""")

case([], "zh", "PM's self-criticism to the team after an outage; client's concern relayed constructively",
     LU, [SUNHAO, MAJUN], "双十一宕机一小时，我先检讨", cc=[SONG], body="""
各位：

昨晚 20:10–21:05 悦町小程序下单不可用，大约 55 分钟。先说结论：这次主要是我的问题。扩容预案我上周就该拉大家过一遍，结果被别的事挤掉了，我这个 PM 当得确实不合格。

周三下午开复盘会，我先讲我这部分的失误，技术根因请马骏整理。客户那边我今天上午已经当面去跟许总道歉了，他最关心的是双十二能不能稳住，复盘会后我们要给他一份明确的保障方案。

陆骁
""")

case([], "zh", "client's harsh words (纸糊的, 卡成PPT, 到底行不行) only in the quote; PM replies with apology, facts and a meeting",
     ZHOU, [XU], "Re: 大促当晚系统卡死", cc=[QIAN, SONG], quote_style="gt_zh", body="""
许总：

您昨晚的心情我完全理解，这次事故给门店和会员带来的麻烦，我们负全部责任。

目前的情况：
1. 21:05 起系统已恢复，之后下单成功率 99.8%。
2. 直接原因是订单服务的数据库连接池被打满，扩容没有按预案提前执行。
3. 受影响的 1,304 笔未支付订单已导出清单，建议给这部分会员补发一张 20 元无门槛券，费用由我们承担，是否发放请您定。

明天上午 10 点，我和技术负责人到总部当面向您汇报完整复盘和双十二的保障方案。

周嘉怡
""", quote="""
你们这系统是不是纸糊的？大促当晚卡成 PPT，门店电话被打爆，到底行不行？不行趁早说！

许文涛
""")

case([], "en", "internal note with the client deliberately in Cc, taking her criticism of our demos seriously",
     RACHEL, [KEVIN, PRIYA], "Changing how we run sprint demos", cc=[HANNAH], body="""
Kevin, Priya,

Hannah told me after Friday's demo that our demos have felt rushed and she often can't tell what's actually finished versus mocked up. She's right, and that's on us, not on her team.

From this sprint:
- Demos move to Thursday so we're not scrambling on Friday morning.
- Anything mocked gets a red "not live" label on screen.
- Priya sends a one-page "what's done" list the day before.

I've copied Hannah so she can see the plan and tell us if it misses anything.

Rachel
""")

case([], "mixed", "PM answers a colleague's quoted complaint about the founder constructively (cash flow concern, meet him in person)",
     LEO, [SUNHAO], "Re: Jason又问工时", quote_style="gt_zh", body="""
浩哥,

理解你的感受. 不过换个角度看, 他是founder, 每一笔钱都是自己融来的, 这个月他们刚融完bridge, cash flow紧张很正常. 我明天约他当面把工时过一遍, 你帮我把这两周的工时按feature拆一下, 越细越好. 说清楚了他就不会每周都问了.

Leo
""", quote="""
Leo 这个Jason真的烦死了, 又问工时为什么这么多, 每周都问一遍
""", quote_from=SUNHAO)

case([], "zh", "internal: 赵处说得在理 — taking the client's risk-control point seriously, confirming with him in person",
     CAO, [MAJUN, SUNHAO], "赵处提的风控意见", body="""
老马、孙浩：

今天赵处在评审会上提的那条意见——积分兑换没有设单日上限，一旦账号被盗，积分可能一晚上被刷空——说得在理，这块我们之前确实想简单了。

请马骏这周内评估一下加"单日兑换上限 + 异地登录二次验证"的工作量，周五前给我。评估出来我去跟赵处当面确认规则，别我们自己拍脑袋。

曹铭
""")

case([], "zh", "banter with 醉了 aimed at the PM himself (set coupon stock to 0 and forgot); nothing about the client",
     HE, [SUNHAO, HETING], "破案了，券库存是我自己改成 0 的", body="""
各位：

破案了，我醉了。测试环境生日券一直领不了，我折腾了一下午，怀疑接口、怀疑缓存，还差点去找孙浩理论，最后发现是我自己上周做演示的时候把券库存改成了 0，忘了改回来……

已经改回去了。今天下午的奶茶我请，给大家赔罪。以后演示环境我一定写操作记录，我的记性真是指望不上。

思远
""")

case([], "mixed", "founder's angry mixed slang (this app is a joke, 到底行不行) only in the quote; polite apology with hotfix time",
     TIAN, [JASON], "Re: demo当场crash", cc=[MARCUS], quote_style="gt", body="""
Jason,

非常抱歉, demo当场crash让你难堪了, 这是我们的问题. 初步定位是iOS 18.1上push权限弹窗和登录页同时出现导致的crash, Marcus今晚出hotfix, 明早9点前发TestFlight给你验证. 以后重要demo前一天我们都做一次专门的smoke test, 你把时间告诉我就行.

Tian
""", quote="""
Tian 说真的 this app is a joke. 又闪退!!! 投资人demo的时候当场crash, 我脸都丢光了. 你们到底行不行?
""")

case([], "zh", "internal note explaining the client IT's slow replies with empathy and taking on more work",
     JIANG, [ZHENG], "邓工那边人手的事", body="""
郑凯：

今天跟邓工聊了一下，他们 IT 部门管仓储系统的只有他和一个实习生，双十一期间还要兼顾门店收银。所以前面几次接口文档回得慢，不是不上心，是真忙不过来。

这周的配置工作我们多承担一点：库位编码导入、波次规则初始化这两项你来做，做完请邓工确认就行。周四我去一趟他们仓库，当面把剩下的事项跟他对一遍。

蒋晨
""")

# ---------------- other hard negatives ----------------

case([], "zh", "long but focused: WMS cut-over plan of ~700 characters, all on topic",
     ZHOU, [DENG, LIUQ], "WMS 切换实施方案（11月23日）", cc=[ZHENG, SUNHAO], body="""
邓工、刘主管：

11 月 23 日（周六）晚 WMS 切换的实施方案如下，请审阅。

一、时间安排
22:00 冻结旧系统的入库和调拨操作，只保留出库；
23:00 暂停 PDA 扫描，旧系统导出库存快照；
23:00–23:40 库存、库位、在途订单三类数据迁移至新 WMS；
23:40 恢复 PDA 扫描，仓库切换到新系统作业；
00:30 前完成数据校验，校验通过即宣布切换成功。

二、数据校验
1. 库存：按 SKU 比对新旧系统的在库数量，差异率须为 0；
2. 库位：随机抽取 200 个库位由现场人工盘点，与系统一致方可通过；
3. 订单：切换期间进入队列的订单逐笔核对，确认全部推送至新系统。

三、人员安排
我方：郑凯负责数据迁移，孙浩负责接口和监控，我负责现场协调和对外沟通；
贵方：需要邓工在线确认接口状态，刘主管安排两名组长配合库位抽盘，以及一名叉车司机待命。

四、回滚条件
出现以下任一情况即回滚：库存差异率大于 0；订单推送失败超过 10 笔；PDA 连续 15 分钟无法正常扫描。回滚过程约 30 分钟，不影响小程序前台下单。

五、切换后保障
周日、周一两天我方安排两名工程师驻场，早 7 点到晚 10 点，现场处理 PDA 操作问题和异常单据。周二上午出切换总结报告。

如对时间安排有调整意见，请在周四下班前告诉我，周五上午我们开一次 30 分钟的最终确认会。

周嘉怡
""")

case([], "zh", "long but focused: post-mortem of the Double-11 outage, root cause and actions, ~700 characters",
     LU, [XU], "双十一下单故障复盘报告", cc=[QIAN, SONG], body="""
许总：

11 月 11 日晚下单故障的复盘报告如下。

一、事件经过
20:00 大促开场，流量在 6 分钟内升到平日的 14 倍；
20:10 下单接口开始超时，小程序提示"系统繁忙"；
20:25 定位到订单服务数据库连接池耗尽；
20:40 紧急扩容订单服务并调大连接池；
21:05 下单恢复正常，此后成功率稳定在 99.8%。
故障共持续 55 分钟，影响未支付订单 1,304 笔，已支付订单无数据丢失。

二、根本原因
1. 直接原因：订单服务的数据库连接池上限为 200，大促峰值需要约 600，连接耗尽后请求排队超时。
2. 深层原因：扩容预案原定 11 月 8 日演练，因排期冲突被取消，没有重新安排；压测只覆盖了平日 8 倍流量，低估了开场峰值。
3. 管理原因：发布前检查清单中没有"大促扩容已演练"这一项，项目经理（我）也没有主动追踪。

三、已完成的措施
1. 连接池上限调整为 800，并为订单服务增加自动扩容规则；
2. 受影响会员的补偿券已于 11 月 13 日发放完毕。

四、双十二前的措施
1. 12 月 5 日前完成 20 倍流量的全链路压测，报告抄送贵方；
2. 12 月 8 日做一次扩容演练，贵方可派人现场观摩；
3. 发布检查清单增加"大促专项"部分，由我签字确认；
4. 12 月 12 日当晚，我方技术负责人和我在贵方总部值守。

这次故障给悦町造成了实实在在的损失，我们非常抱歉。报告中的每一项措施都有负责人和完成日期，详见附件表格，进展每周五同步给您。

陆骁
""")

case([], "en", "long but focused: loyalty data migration plan, 400+ words, entirely on topic",
     GRACE, [HANNAH], "Loyalty migration plan: Smile.io to the new engine", cc=[TOM, PRIYA], body="""
Hi Hannah,

As promised, here's the full plan for moving Lumo's loyalty data from Smile.io to the new engine. It's long, but I'd rather you have everything in one place before Thursday's review.

Scope

We're moving four things: member profiles (about 48,000), point balances, the last 24 months of point transactions, and tier status. Referral links will be regenerated rather than migrated, because the old format can't be read by the new engine. Existing referral links will keep redirecting for 90 days, so nothing a customer has already shared will break.

Timeline

- Nov 25 to Nov 27: dry run on staging with a full copy of production data. Priya's team reconciles every balance against the Smile.io export.
- Nov 28: review the dry-run report with you. This is the go or no-go point.
- Dec 2, 01:00 to 04:00 SGT: production migration. The loyalty widget shows a "points updating" banner during the window; checkout keeps working, and points earned in that window are queued and applied afterwards.
- Dec 2 to Dec 6: hypercare. One engineer on call around the clock, and a daily reconciliation report in your inbox by 09:00.

Checks

We'll consider the migration successful when three things are true: total points across all members match the source to the point; every member's tier matches the source; and a sample of 500 members, chosen at random, shows the same transaction history in both systems. If any of those fail, we roll back to Smile.io, which stays active in read-only mode until Dec 16.

What we need from you

1. Admin API access to Smile.io by Nov 22 so we can pull the export.
2. A decision on rounding. Smile.io stores fractional points from older promotions (about 1,200 members have them). We can round down, round up, or round to the nearest whole point. Rounding up costs roughly 600 points in total, so it's mostly a goodwill question.
3. Sign-off on the customer email that goes out on Dec 2. Tom has the draft.

Risks

The main risk is the transaction history for members who changed email addresses in Smile.io, since the old system keeps their history under the original address. We've found about 300 of these and will merge them during the dry run; Priya will send you the list so your support team knows who they are.

Happy to walk through any part of this on a call before Thursday.

Best,
Grace
""")

case([], "zh", "risky motto (没有不可能) only in the signature; body is a routine meeting confirmation",
     PENG, [SUNLI], "周四上线评审会时间确认", body="""
孙经理您好：

周四上线评审会的时间确认为 11 月 21 日 15:00，地点在贵行 18 层 3 号会议室，预计一个小时。我方参会人员为我、孙浩和测试负责人，会上会演示积分兑换全流程，并逐条过一遍上线检查清单。

如需调整时间，请提前告知。

--
彭磊 | 项目经理
栖木数字 交付中心
电话：138-0000-1234
「没有不可能的项目，只有不够用心的团队」
""")

case([], "zh", "client slang anger (离谱, 我真的会谢) only in the quote; PM takes the blame (并不是你们配置的问题) and offers to meet",
     HE, [QIAN], "Re: 券又出问题了", quote_style="outlook_zh", body="""
钱晓姐：

这次确实是我们的问题，并不是你们运营配置的问题——昨天发版时我们漏掉了一条券有效期的迁移脚本，导致部分新人券提前失效。

已经处理的：
1. 脚本今早 9:20 补跑完成，失效的 2,146 张券已全部恢复；
2. 受影响会员的补偿短信文案附在下面，您确认后我们发送。

这个月已经是第三次券的问题，我明天带一份发版检查清单过来，当面跟您过一遍我们的改进措施。

思远
""", quote="""
离谱！又是券！这个月第三次了，我真的会谢。你们自己看着办吧。

钱晓
""")

case([], "zh", "firm but polite statement of dates (assets 5 days late) with two options for the client to choose",
     ZHOU, [XU], "关于会员日活动页上线时间的说明", cc=[QIAN], body="""
许总您好：

关于会员日活动页的上线时间，跟您同步一下实际情况：

按 11 月 4 日双方确认的排期，活动素材应在 11 月 13 日交付，我们收到完整素材是 11 月 18 日；其间文案调整了 3 轮，最后一版在 11 月 20 日确认。开发和测试需要 6 个工作日，因此最早可上线时间是 11 月 28 日。

如果会员日必须放在 11 月 26 日，我们可以先上一个不含抽奖模块的简化版，抽奖在 28 日补上。两种安排请您选择，明天中午前告诉我即可。

周嘉怡
""")

case([], "mixed", "recommendation (mini-program first) that explicitly leaves the choice to the founders",
     VIVIAN, [JASON], "Re: 小程序 vs app 先做哪个", cc=[SOPHIE], quote_style="gt", body="""
Jason,

我个人会推荐方案A: 先做微信小程序, 4周左右能上线, 获客成本低, 还能直接跟你们的私域社群打通. 方案B先做native app, 体验更好, 但要10周左右, 前期下载转化也会比较吃力.

不过你们比我们更了解Lumo的用户, 两个方案我们都能做, 报价都在附件里. 你跟Sophie商量完告诉我就行, 不急, 下周内定下来都来得及.

Vivian
""", quote="""
Vivian 小程序和app到底先做哪个? 我跟Sophie意见不太一样, 有点纠结
""")

case([], "zh", "'正如周一电话里说的' / '我上次说过' as follow-through on a promise, not a reproach",
     PENG, [SUNLI], "积分商城二期报价单", body="""
孙经理您好：

正如周一电话里跟您说的，二期报价单今天发过来了，见附件。

报价按模块拆分，共四项：商品池扩展、兑换流程优化、对账文件改造、运营后台。其中"对账文件改造"是我上周答应您单独列出的，方便贵行走不同的预算科目。

我上次说过周三前给您，今天周二，按时交付。如有疑问随时电话。

彭磊
""")

case([], "en", "'must be restarted' as a technical instruction to the client's ops lead",
     KEVIN, [TOM], "Label printer fix: restart needed", body="""
Hi Tom,

The fix for the blank shipping labels is deployed. To pick it up, the print agent on each packing station must be restarted; the old version stays in memory until then.

Steps (about two minutes per station):
1. Quit "Lumo Print Agent" from the system tray.
2. Reopen it from the desktop shortcut.
3. Print a test label from Settings > Test print.

If any station still prints blank labels after that, send me its name and I'll check it remotely. No need to reinstall anything.

Kevin
""")

case([], "zh", "按我们的经验 and 相信我们的团队 with the decision explicitly left to the client",
     JIANG, [PAN], "会员日放在周几的建议", body="""
潘经理：

关于会员日定在周几，给您一点参考：按我们的经验，生活类零售的会员日放在周三，效果通常比周末好——周末本来就是客流高峰，会员日带来的增量不明显；周三正好补平日的低谷。我们服务过的三个同类品牌，周三会员日的券核销率平均比周六高 18%。

当然，悦町的会员结构和门店分布你们最清楚，如果有其他考虑（比如和商场活动联动），定在周末也完全可以，系统配置上没有差别。您定好告诉我们就行，相信我们的团队都能按时配好。

蒋晨
""")

case([], "mixed", "PM's own modesty (我本人对直播运营是外行) asking the client for advice",
     VIVIAN, [COCO], "请教一下直播挂链接的时间", body="""
Coco,

先坦白一下, 我本人对直播运营是外行, 所以想请教你: 你们一般是开播前多久把商品链接挂上? 我们这边库存同步是每5分钟一次, 如果开播前10分钟才挂, 第一波可能显示不准. 你告诉我你们的习惯, 我们来配合调同步频率.

Thanks!
Vivian
""")

case([], "zh", "long, polite weekly report to the bank with many items and no refusal (same shape as the long status-mail positive)",
     CAO, [SUNLI], "积分商城二期 第3周周报", cc=[ZHAO, FANG], body="""
孙经理，各位好：

积分商城二期第 3 周（11 月 17 日—11 月 21 日）工作情况汇报如下。

一、本周完成
1. 商品池扩展：商品批量导入工具已完成开发和自测，支持一次导入 500 个 SKU，导入失败的行会生成错误报告供运营修正。
2. 兑换流程优化：确认页改为一页展示积分扣减、运费和收货地址，测试环境已可体验，平均操作步骤从 5 步减到 3 步。
3. 对账文件：按贵行财务部 11 月 18 日确认的新字段完成改造，测试文件已推送至贵行测试 SFTP，请方敏老师帮忙协调财务同事核对。

二、下周计划
1. 11 月 24 日起开展系统集成测试，为期 5 个工作日；
2. 11 月 25 日参加需求澄清会，重点确认运营后台的权限划分；
3. 11 月 27 日提交性能测试方案，目标支撑 2,000 笔/分钟的兑换峰值。

三、需要贵方协助
1. 11 月 25 日前提供首批 320 个 SKU 的最终清单和图片；
2. 协调贵行网络组开通测试环境至短信平台的访问策略，目前该策略尚未生效，影响短信验证码联调。

四、风险提示
短信平台访问策略如在 11 月 26 日前仍未开通，集成测试中的兑换验证环节需要顺延，可能影响 12 月 15 日的上线节点。我方已准备挡板程序，可先用模拟验证码完成其他环节的测试，将影响降到最低。

五、整体进度
按计划进行，累计完成 62%，无新增变更。

以上，如有疑问请随时联系。

曹铭
栖木数字 交付中心
""")

random.Random(2323).shuffle(CASES)
