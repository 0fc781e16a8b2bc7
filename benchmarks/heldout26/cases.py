# heldout26 -- PM email drafts written by an independent helper (training set).
# Domains: advertising / marketing agency (campaign sites, H5 pages, CRM data), game outsourcing
# (art assets, localisation), construction / BIM software for real-estate developers.
# All people, companies and text are synthetic. Order is shuffled with seed 2626 at the end.
import random

# ---- internal (ourteam) ----
SU = "苏小棠 <su.xiaotang@ourteam.example.com>"          # agency account manager, young, chatty
YAN = "严佳 <yan.jia@ourteam.example.com>"                # agency account director, senior
DENG = "邓梓萱 <deng.zixuan@ourteam.example.com>"         # junior agency PM, emoji
DU = "杜明轩 <du.mingxuan@ourteam.example.com>"           # real-estate campaign PM, short-tempered
OLIVIA = "Olivia Zhang <olivia.zhang@ourteam.example.com>"  # campaign account director, en/mixed
FU = "付佳 <fu.jia@ourteam.example.com>"                  # CRM data PM
ZHAO = "赵一鸣 <zhao.yiming@ourteam.example.com>"         # senior BIM PM
MA = "马骁 <ma.xiao@ourteam.example.com>"                 # BIM implementation PM, irritable
LUO = "罗晨 <luo.chen@ourteam.example.com>"               # BIM PM, mid-level
HAN = "韩冬 <han.dong@ourteam.example.com>"               # game art outsourcing producer, blunt
KEVIN = "Kevin Lau <kevin.lau@ourteam.example.com>"       # localisation PM, en
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"     # art producer, en
VIVIAN = "Vivian 吕 <vivian.lv@ourteam.example.com>"      # localisation PM, zh/mixed
JASON = "Jason 彭嘉信 <jason.peng@ourteam.example.com>"   # art outsourcing producer, mixed
ZHOURUI = "周芮 <zhou.rui@ourteam.example.com>"           # Taipei office account manager (trad)
WU = "吳家豪 <wu.jiahao@ourteam.example.com>"             # localisation lead (trad)
# colleagues
LU = "鹿晓 <lu.xiao@ourteam.example.com>"                 # front-end dev, "小鹿"
KE = "柯楠 <ke.nan@ourteam.example.com>"                  # art lead
TAO = "陶然 <tao.ran@ourteam.example.com>"                # BIM modeller
GRACE = "Grace Wen <grace.wen@ourteam.example.com>"       # studio director
SONG = "宋伟 <song.wei@ourteam.example.com>"              # production director
LEO = "Leo Chen <leo.chen@ourteam.example.com>"           # developer
LUYUN = "陆芸 <lu.yun@ourteam.example.com>"               # copywriter
HUANG = "黃品嘉 <huang.pinjia@ourteam.example.com>"       # Taipei colleague

# ---- client A: real-estate developer (BIM platform + sales-centre H5) ----
ZHOUJG = "周建国 <zhou.jianguo@client-a.example.cn>"      # 工程总监 周总
LINPEI = "林佩 <lin.pei@client-a.example.cn>"             # 设计管理部
HELEI = "贺磊 <he.lei@client-a.example.cn>"               # 成本部 贺工
DANIEL = "Daniel Ho <daniel.ho@client-a.example.cn>"      # design manager, writes English
WANGYQ = "王雅琴 <wang.yaqin@client-a.example.cn>"        # 营销中心 经理

# ---- client B: game publisher (art outsourcing, localisation, launch campaign) ----
TOM = "Tom Whitfield <tom.whitfield@client-b.example.com>"
RACHEL = "Rachel Kim <rachel.kim@client-b.example.com>"
CHENSY = "陈思远 <chen.siyuan@client-b.example.com>"
CHENSY_T = "陳思遠 <chen.siyuan@client-b.example.com>"
LIUJ = "刘建 <liu.jian@client-b.example.com>"             # producer, "老刘"
AMY = "Amy Xu <amy.xu@client-b.example.com>"              # brand manager, bilingual

# ---- bank C: retail / credit-card marketing, CRM ----
SUNXL = "孙晓蕾 <sun.xiaolei@bank-c.example.cn>"
QIANW = "钱伟 <qian.wei@bank-c.example.cn>"
LINJH = "林家慧 <lin.jiahui@bank-c.example.cn>"
MICHAEL = "Michael Tsang <michael.tsang@bank-c.example.cn>"


CASES = []


def add(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    CASES.append(dict(kw))


# =====================================================================================
# POSITIVES
# =====================================================================================

# ---------- refusal (single) ----------
add(expect=["refusal"], lang="zh",
    why="flat refusal as item 4 of an otherwise friendly numbered status mail; no buffer, '不做,就不展开了'",
    sender=SU, to=[SUNXL], cc=[YAN], subject="Re: 双十一信用卡H5 进度同步",
    body="""孙经理下午好~

同步一下本周H5的进展,顺便回一下您昨天邮件里的几个点:

1. 主KV第三版已经按您说的把卡面放大了20%,新效果图放在共享盘「1108定稿」文件夹里;
2. 抽奖概率表法务已经签回,我们已经配进后台,周四可以在测试环境看到;
3. 分享海报的二维码换成了带渠道参数的版本,后面各支行的拉新数据就能分开统计了;
4. 您提的在H5里直接调CRM标签、按客户分层展示不同权益页,这个我们不做,就不展开了;
5. 压测定在周五晚上十点,需要贵行运维同学留个人值守,麻烦帮忙约一下~

整体节奏没问题,11月11日零点上线稳稳的。有任何问题随时微信戳我!

小棠""",
    quote="""小棠你好,

几个事情:1)卡面能不能再大一点;2)抽奖概率表法务那边签了吗;3)我们领导问能不能在H5里接CRM标签,不同客群看到不同的权益页,这样转化会更好。你们看下。

谢谢
孙晓蕾""", quote_from=SUNXL)

add(expect=["refusal"], lang="en",
    why="two-line curt refusal of a localisation request, nothing offered",
    sender=KEVIN, to=[TOM], subject="Re: PT-BR for 1.2?",
    body="""Tom,

PT-BR isn't going into 1.2.

Kevin""",
    quote="""Hi Kevin,

Marketing just told me Brazil is a priority market after all. Can we squeeze Brazilian Portuguese into the 1.2 build? It's only ~18k words.

Thanks,
Tom""", quote_from=TOM)

add(expect=["refusal"], lang="zh",
    why="bureaucratic 公文 refusal that also closes the topic ('此事到此为止,请勿再行提报'); no CR, no date, no alternative",
    sender=MA, to=[LINPEI], cc=[ZHOUJG], subject="关于BIM协同平台对接OA审批流事宜的回复",
    body="""林佩经理:

贵司11月4日来函收悉。

关于来函所述"BIM协同平台与贵司OA系统审批流打通"一事,经我方项目组内部研究,现答复如下:

一、该事项不在双方所签《BIM协同平台实施合同》附件一所列交付范围之内;
二、本项目组对此不作安排;
三、此事到此为止,后续请勿再以工作联系单形式提报。

特此函复。

项目实施组 马骁
2026年11月6日""")

add(expect=["refusal"], lang="mixed",
    why="refusal phrased as a product fact ('不支持 2x3, period', no roadmap); code-switching",
    sender=ZHAO, to=[DANIEL], subject="Re: IFC 2x3 export",
    body="""Daniel,

关于你说的 IFC 2x3 export:我们平台只出 IFC4,2x3 不支持,period. 这不是排期的问题,也不会进 roadmap。

其他几个 issue 我下午统一回你。

Yiming""")

add(expect=["refusal"], lang="zh",
    why="refusal hidden as item 5 of a six-item meeting recap: '这个不接'",
    sender=HAN, to=[CHENSY, LIUJ], cc=[KE], subject="【纪要】11/5 美术外包周会",
    body="""思远、刘老师好,

今天周会的纪要如下,有遗漏请补充:

1. 第二批角色原画(8张)已交付6张,剩余2张周三前交;
2. 场景概念图"雪原营地"按反馈整体调冷色调,周五出第二稿;
3. 图标风格统一:双方同意以"铁匠铺"那一套为基准,其余图标向它对齐;
4. 动作外包那边的骨骼命名规范,贵方周一发最新版给我们;
5. 贵方提出的追加两套皮肤、维持原报价:这个不接;
6. 下次周会改到周四下午三点,线上。

以上。

韩冬""")

add(expect=["refusal"], lang="zh", trad=True,
    why="traditional Chinese, one-line flat refusal of a campaign-page feature",
    sender=ZHOURUI, to=[LINJH], subject="Re: 活動頁加抽獎轉盤",
    body="""林小姐您好,

活動頁加抽獎轉盤這個,我們不會做。

周芮""",
    quote="""周芮你好,

老闆看了別家銀行的雙十一活動,想在我們的活動頁也加一個抽獎轉盤,下週能上嗎?

林家慧""", quote_from=LINJH)

add(expect=["refusal"], lang="en",
    why="refusal that closes the topic ('This is final', won't reopen); no alternative for the seasonal-variant need",
    sender=PRIYA, to=[RACHEL], subject="Re: Layered source files for key art",
    body="""Rachel,

We've now gone back and forth on the layered PSDs four times. The source files for the key art stay with our studio; the contract gives you the flattened masters and that is what you have.

This is final, and I won't be reopening it on this thread or on Thursday's call.

Priya""",
    quote="""Priya,

I'm asking one more time: our in-house team needs the layered PSDs for the key art so they can make seasonal variants. Please send them over by Monday.

Rachel""", quote_from=RACHEL)

add(expect=["refusal"], lang="zh",
    why="rhetorical refusal ('您觉得这现实吗?…这茬就翻篇了'), no buffer or option",
    sender=DU, to=[WANGYQ], subject="Re: 楼书H5加VR看房",
    body="""王经理,

离开盘只剩九个工作日,现在往楼书H5里再塞一个VR看房,您觉得这现实吗?咱们还是照原计划下周上线,VR这茬就翻篇了。

明轩""",
    quote="""明轩,

隔壁项目的楼书里有VR看房,我们领导也想要一个,能加到这次的H5里吗?

王雅琴""", quote_from=WANGYQ)

add(expect=["refusal"], lang="zh",
    why="refusal wrapped in cheerful emoji/slang ('咱们就不搞啦,直接pass~'), nothing offered",
    sender=DENG, to=[QIANW], subject="落地页弹幕墙~",
    body="""钱哥好呀~

落地页那个"弹幕墙"的点子超有梗的哈哈哈,看得出来您是真的懂年轻人😂 不过这个咱们就不搞啦,直接pass~

其他都照计划推进,首屏动效今晚出,明早发您预览链接!冲鸭!

梓萱""")

add(expect=["refusal"], lang="en",
    why="one-word 'no' buried in a bulleted weekly localisation update",
    sender=KEVIN, to=[TOM], cc=[RACHEL], subject="Localisation weekly - wk 45",
    body="""Hi Tom, hi Rachel,

Quick weekly roundup:

- German and French: LQA pass 2 done, 41 issues raised, 38 fixed. The remaining 3 are truncation in the skill tree tooltips; the UI team has them.
- Simplified Chinese: glossary v4 locked. Thanks for the fast turnaround on the faction names.
- Korean: translator was out sick Mon-Tue, we've caught up, still on track for the 20th.
- Japanese VO: on your question about re-recording with a different cast -- no.
- Build 1.2.7 string freeze moved to Wednesday 18:00 your time, as agreed.

Have a good weekend,
Kevin""")

add(expect=["refusal"], lang="zh",
    why="policy-clause refusal in formal wording ('不予办理'), no safe alternative offered for the analysis need",
    sender=FU, to=[QIANW], cc=[SUNXL], subject="Re: CRM客户清单导出",
    body="""钱经理:

依据我司《客户数据安全管理办法》第七条,客户明细数据一律不得出库。贵中心所提"将全量CRM客户清单导出并发送至外部邮箱"一事,不予办理。

付佳
CRM数据运营组""",
    quote="""付佳,

麻烦把信用卡中心全量的CRM客户清单(带手机号)导一份,发我个人邮箱,我周末在家做个分析。谢谢!

钱伟""", quote_from=QIANW)

add(expect=["refusal"], lang="mixed",
    why="breezy mixed-language flat no ('no way…我们这边不碰'), brand-guideline as a fact, no escalation",
    sender=OLIVIA, to=[AMY], subject="Re: logo color for the collab KV",
    body="""Amy, sorry 哈,logo 换成荧光绿这种 no way。品牌手册写死的东西,我们这边不碰,别的随便提~

Olivia""",
    quote="""Olivia,

老板觉得 logo 用荧光绿更潮,collab KV 能不能换一下?今天能出吗?

Amy""", quote_from=AMY)

add(expect=["refusal"], lang="zh", trad=True,
    why="traditional Chinese delivery note; item 3 refuses a font change as studio policy, '沒有彈性'",
    sender=WU, to=[CHENSY_T], subject="繁中在地化第三批 交付說明",
    body="""思遠你好,

第三批繁中文本(約2.4萬字)已上傳至共享資料夾,重點如下:

一、術語表已依上週會議結論更新,「Guild」統一譯為「公會」,不再使用「戰盟」;
二、劇情對話中涉及台灣用語的部分,已請在地審校同仁逐句過一遍;
三、關於把UI字體全部換成手寫體一事,本工作室的在地化規範不允許,這點沒有彈性;
四、下一批預計11月21日交付。

有問題隨時找我。

家豪""")

add(expect=["refusal"], lang="en",
    why="formal 'please be advised … is declined. The matter is considered closed.'",
    sender=ZHAO, to=[DANIEL], subject="Re: Revit family library reuse",
    body="""Dear Daniel,

Please be advised that your request to receive the native Revit family library for reuse on the Riverside and Eastgate projects is declined. The matter is considered closed.

Regards,
Zhao Yiming
Project Manager, BIM Delivery""",
    quote="""Hi Yiming,

Our design team would love to reuse the Revit families your team built for us on the other two projects (Riverside and Eastgate). Could you share the native .rfa files?

Best,
Daniel""", quote_from=DANIEL)

# ---------- refusal + argue ----------
add(expect=["refusal", "argue"], lang="zh",
    why="'改不了。' plus blaming/lecturing rhetorical question about the client's sign-off",
    sender=DU, to=[WANGYQ], subject="Re: 开盘H5主视觉再调整",
    body="""王经理,

改不了。

主视觉上周五就定稿了,确认邮件是您亲自回的"OK,就这版"。现在开盘前一晚又要推翻,您觉得合适吗?麻烦贵司内部先把意见统一好,别每次都让我们来买单。

杜明轩""",
    quote="""明轩,

领导刚看了,觉得主视觉太冷,要换成暖色调,楼盘名再大一号。明早开盘前能改好吗?辛苦!

王雅琴""", quote_from=WANGYQ)

# ---------- refusal + persuade ----------
add(expect=["refusal", "persuade"], lang="en",
    why="flat 'won't be adding' plus pressure to drop the idea and accept our layout ('the sooner your team accepts that')",
    sender=OLIVIA, to=[RACHEL], subject="Leaderboard on the launch microsite",
    body="""Hi Rachel,

We won't be adding the live leaderboard to the launch microsite. And honestly, you should let the idea go -- it will drag the page down, and anyone who has run a launch like this will tell you the same. Our layout is the right one; the sooner your team accepts that, the sooner we can all move on.

Let's treat this as settled.

Olivia""")

# ---------- backchannel (single) ----------
add(expect=["backchannel"], lang="zh",
    why="internal mail mocking a client contact with new slang ('许愿池型甲方', '破防')",
    sender=SU, to=[YAN], subject="救命",
    body="""佳姐,

孙经理今天第八次改需求了,每次都是一句"我觉得还可以再优化一下"。我严重怀疑她自己压根不知道想要啥,纯纯的许愿池型甲方。我已经破防了,今晚必须去吃顿火锅续命。

小棠""")

add(expect=["backchannel"], lang="zh",
    why="reply-all accident: mocks 周总 to a colleague while 周总 is still in Cc",
    sender=MA, to=[TAO], cc=[ZHOUJG], subject="Re: 周总对模型精度的意见",
    body="""陶然,

别太当回事。周总那套"BIM不就是画个三维效果图"的理论,我听一次脚趾就能抠出一套三室一厅。跟他讲LOD等于对空气讲课,你按咱们的标准做就行,反正他也看不出来。

马骁""",
    quote="""马哥,

周总今天会上说我们模型精度太高、浪费时间,让我们直接按效果图的精度做,怎么办?

陶然""", quote_from=TAO)

add(expect=["backchannel"], lang="en",
    why="internal mail to art lead disparaging the client's feedback skills",
    sender=PRIYA, to=[KE], subject="re: round 3 notes",
    body="""Ke,

Between us -- Rachel's "notes" on the concept art are pure vibes again. "Make it pop, but quieter." She wouldn't know a rim light from a lens flare, and we're meant to iterate on that? Do what you think is right and I'll dress it up in the reply.

P.""")

add(expect=["backchannel"], lang="mixed",
    why="nickname for a bank-side person ('咖啡哥'), mocking his taste to a colleague",
    sender=OLIVIA, to=[LUYUN], subject="咖啡哥 strikes again",
    body="""芸芸,

信用卡中心那位"咖啡哥"今天又来了:要 more premium,同时要更"接地气",还要"年轻人一看就想转发"。这位大哥的审美 I genuinely can't. 每次开会都端着那杯 oat latte 讲半小时 brand essence,最后结论等于没说。

文案你先照上一版走,别被他带沟里。

O.""")

add(expect=["backchannel"], lang="zh", trad=True,
    why="traditional Chinese, internal mail calling the bank (by company name, C行) a bunch of dinosaurs",
    sender=ZHOURUI, to=[HUANG], subject="C行H5 簽核",
    body="""品嘉,

C行那邊真的是一群老古董,一個小小的H5要跑七個部門簽核,光一個按鈕顏色就開了兩次會。照這種效率,他們這輩子大概都上不了線吧。我先去買杯珍奶冷靜一下。

芮""")

add(expect=["backchannel"], lang="zh",
    why="mail TO a client contact disparaging his own producer ('老刘…不知道他来开会是干嘛的')",
    sender=HAN, to=[CHENSY], subject="私下跟你说两句",
    body="""思远,

私下跟你吐槽两句,你别往外传哈。你们那位制作人老刘,每次评审就盯着字体和描边,核心的角色剪影一句不提,真不知道他来开会是干嘛的。跟他对接简直是渡劫。

下周评审要还是他主持,建议你提前把关键问题抛出来,不然又白开。

韩冬""")

add(expect=["backchannel"], lang="en",
    why="reply-all accident: joke about Tom thinking localisation is Ctrl+H, with Tom in To",
    sender=KEVIN, to=[LEO, TOM], subject="Re: Re: hotfix strings",
    body="""lol who's going to tell Tom this is the third "quick fix" this week. The guy still thinks localisation is Ctrl+H. I'll just nod and ship it.""",
    quote="""Tom wants another string hotfix for the DE menus, can we do it today?

Leo""", quote_from=LEO)

add(expect=["backchannel"], lang="zh",
    why="internal mail deriding a client engineer ('典中典', '来给我们上强度的', discount her feedback)",
    sender=LUO, to=[TAO], subject="碰撞检测那事",
    body="""然然,

A公司那个林工,早上emo了一上午,说我们碰撞检测不准,结果查下来是她自己传的旧版机电图纸。典中典。这种人就是专门来给我们上强度的,以后她的反馈先打个七折再看。

罗晨""")

# ---------- backchannel + argue ----------
add(expect=["backchannel", "argue"], lang="zh",
    why="lectures the client ('我再强调一遍', '这锅我们不背') and disparages a cost-department colleague to him",
    sender=LUO, to=[HELEI], subject="Re: 算量结果差异",
    body="""贺工,

我再强调一遍:模型是严格按你们10月28日下发的施工图做的,算量规则也是你们成本部自己定的。你们那位王姐连标准层和非标层都分不清,就跑来说我们工程量算错了,这锅我们不背。

麻烦你们先内部对清楚再来找我们。

罗晨""",
    quote="""罗工,

成本部王姐说模型算出来的混凝土量比她们手算的多了7%,是不是你们建模有问题?

贺磊""", quote_from=HELEI)

# ---------- ramble + backchannel ----------
add(expect=["ramble", "backchannel"], lang="zh",
    why="~700 chars of family/food/camping chatter to a client, one delivery line buried, plus mocking his producer 老刘",
    sender=HAN, to=[CHENSY], subject="聊两句",
    body="""思远,

周末过得咋样?我周六带儿子去了趟科技馆,他在航天展区待了整整两个小时,出来就宣布长大要当宇航员。上周他还说要当厨师,再上周是消防员,我已经跟不上他的职业规划了。晚上回家非要自己煮泡面,说是"训练太空生存技能",结果把锅烧糊了,被他妈说了一顿,委屈得不行。

上次你推荐的那家潮汕牛肉火锅我去了,吊龙和匙柄确实新鲜,沙茶酱也地道,就是排队太久,我们六点到的,七点半才吃上。下次得提前订位。你说的那家烧鹅店我也记下了,等忙完这阵子去试试。

说到忙,你们那位老刘最近是不是又进入"每日一改"模式了?上次评审会他对着一张角色原画讲了四十分钟的"灵魂",说要"既要霸气又要温柔,既要写实又要Q版",我们原画师听完回去对着屏幕发了一个小时呆。说实话,跟他开会就是大型修行现场,要是他的审美能有他嗓门一半大就好了。你天天跟他一个办公室,辛苦了,真心佩服你的抗压能力。

对了,第二批角色原画的源文件已经传到FTP了,麻烦周三前验收一下。

另外我最近入了露营的坑,买了帐篷、天幕、折叠桌,上周末在郊区营地试了一晚,半夜刮大风,天幕差点被吹跑,我跟我老婆两个人举着杆子站了半个小时,第二天腰酸背痛。不过早上起来看日出、煮咖啡,那感觉还是挺治愈的。我还顺手拍了几张星空,回头发你看看,手机拍的,别嫌弃。你要是有兴趣,下次咱们两家一起去,小朋友们也能一起玩,大人负责烤肉,小孩负责捣乱。

还有,我最近迷上了手冲咖啡,买了手摇磨豆机和细口壶,每天早上磨豆子磨得胳膊酸,我老婆说我这是花钱买罪受。不过自己冲出来的耶加雪菲确实香,下次你来我们这边,我给你露一手,保证比楼下咖啡店的强。

天冷了,多穿点,别熬夜。

韩冬""")

# ---------- argue (single) ----------
add(expect=["argue"], lang="en",
    why="lecturing and blaming ('I have to assume nobody on your side is reading', 'do the basic homework')",
    sender=PRIYA, to=[RACHEL], cc=[GRACE], subject="Re: Escalation - missed Nov 3 delivery",
    body="""Rachel,

The November 3 date was conditional on receiving your approved style guide by October 20. It arrived on October 31. That's in the schedule you signed, page 3, in bold.

I've pointed this out in four separate emails, so I have to assume nobody on your side is actually reading them. Please do the basic homework before you escalate things to my director -- it wastes everyone's time.

Priya""",
    quote="""Priya,

I've escalated to Grace. Your team missed the November 3 delivery for the hero portraits and nobody told us why.

Rachel""", quote_from=RACHEL)

add(expect=["argue"], lang="zh",
    why="condescending: '但凡花五分钟看一下…别让我们一遍遍给你们补课'",
    sender=MA, to=[LINPEI], subject="Re: 为何机电管线碰撞未标注?",
    body="""林经理,

碰撞报告第3页第二张表,每一处机电管线碰撞都有编号、坐标和截图,写得清清楚楚。但凡花五分钟看一下,这个问题都不会出现。

下次开会前麻烦先把我们发的材料过一遍,别让我们在会上一遍遍给你们补课。

马骁""",
    quote="""马工,

我们看了报告,没找到机电管线碰撞的标注,是漏了吗?

林佩""", quote_from=LINPEI)

add(expect=["argue"], lang="mixed",
    why="mixed-language blame with '?!!!' ('this delay is 100% on your side', '是你们自己没当回事')",
    sender=VIVIAN, to=[AMY], subject="Re: why is the campaign late?",
    body="""Amy,

说白了 this delay is 100% on your side. 素材你们拖了整整两周才给,legal review 又卡了五天,现在回头问我们 why we're late?!!! 我们 timeline 里每一个 dependency 都标红提醒过,是你们自己没当回事。

Vivian""")

add(expect=["argue"], lang="zh",
    why="sarcastic praise ('真是火眼金睛,佩服') and lecturing the bank's testers; passive-aggressive",
    sender=YAN, to=[SUNXL], subject="关于今晚上线前提出的\"重大问题\"",
    body="""孙经理:

感谢贵行测试同学又一次精准地在上线前两小时发现"重大问题"——按钮圆角差了2像素。真是火眼金睛,佩服。

恕我直言,贵行UAT排了整整一周,前六天没人点开过测试链接,最后两小时才开始"认真",这种工作方式我们实在配合不起。希望下次大家都按排期来,别把所有压力甩到最后一刻。

严佳""")

# ---------- persuade (single) ----------
add(expect=["persuade"], lang="zh",
    why="pushes SaaS as the only option, 'trust me', contract already changed, '这事就定了'",
    sender=ZHAO, to=[ZHOUJG], subject="关于部署方式的建议",
    body="""周总,

私有化部署这条路真不适合贵司,您就别再纠结了。相信我,我们做了这么多地产客户,SaaS版是唯一靠谱的选择,其他方案都是给自己挖坑。合同我已经让商务按SaaS版改好了,下周一咱们直接签,这事就定了。

赵一鸣""")

add(expect=["persuade"], lang="en",
    why="pressures the client to abandon hand-painted style because of OUR pipeline; 'lock PBR today'",
    sender=PRIYA, to=[RACHEL], subject="Re: Art direction - hand-painted vs PBR",
    body="""Hi Rachel,

I hear you on the hand-painted look, but you really need to let it go. Our whole pipeline is built around PBR, and sticking with hand-painted will only hurt your launch -- there's no upside I can see. I'd like us to lock PBR on today's call so the team can stop waiting on this.

Priya""",
    quote="""Priya,

The team still loves the hand-painted style from the pitch. Can we keep it at least for the environment assets?

Rachel""", quote_from=RACHEL)

add(expect=["persuade"], lang="zh",
    why="talks the client out of segmentation for our convenience and coaches her to tell her boss it's industry practice",
    sender=FU, to=[SUNXL], subject="Re: 权益推送是否按客群分层",
    body="""孙经理,

分层推送听起来很美,但真没必要搞这么复杂。用我们的标准模板,一套文案推全量,省事又稳定,对大家都好。分层这个想法您就先放一放吧,回头领导问起来,您就说这是行业通行做法,我们这边也好配合。

付佳""")

add(expect=["persuade"], lang="mixed",
    why="'Trust me… 毫无悬念', our team won't invest in H5, asks her to work on her boss and give a yes by Friday",
    sender=DU, to=[WANGYQ], subject="小程序 vs H5",
    body="""王经理,

Trust me on this one:小程序 > H5,毫无悬念。H5 那条路走下去只会越来越被动,我们团队也没打算再往上投入。你们老板那边你去做做工作,we really can't afford to keep debating this. 周五之前给我个 yes 就行。

明轩""")

add(expect=["persuade"], lang="zh",
    why="pressure via authority and cost ('总监、技术VP都过过了', '后果谁来扛'), demands confirmation today",
    sender=HAN, to=[CHENSY], subject="多语言同步上线 vs 分批",
    body="""思远,

分批上线的方案,我们总监、技术VP都过过了,一致认为只有这一条路。您要是继续坚持七个语种同步上线,成本翻倍、档期全崩,到时候后果谁来扛,您心里应该有数。

今天下班前请回个邮件确认分批方案,别再拖了。

韩冬""")

# ---------- ramble (single) ----------
add(expect=["ramble"], lang="zh",
    why="~700 chars of canteen/dog/hiking/coffee chatter to a client; one line asks to confirm model V3.2",
    sender=LUO, to=[LINPEI], subject="模型V3.2 & 闲聊几句",
    body="""林经理好呀,

上周在工地开完协调会,我们几个跟着施工方的刘工去项目部食堂吃了顿午饭,没想到工地食堂的红烧肉做得那么地道,肥而不腻,酱汁拌饭能干掉两大碗。我们组的小陶吃完念叨了一路,说以后去现场都要卡着饭点去,我看他是冲着红烧肉去的,不是冲着碰撞检查去的。

说到吃,上次您朋友圈发的那家杭帮菜,我周末带家里人去了,排了快一个小时的队,西湖醋鱼确实不错,就是龙井虾仁有点偏甜,可能是我口味重。我老婆倒是很喜欢,说下次还要去。您家那只柯基最近还好吗?上次视频会议它突然冲进镜头,把大家都逗乐了。我女儿看了回放,天天吵着也要养一只,我正发愁怎么跟她讲道理。

这个周末我们组织了一次莫干山徒步,本来计划走十二公里,结果半路下起雨来,大家在竹林里躲了快一个小时,最后只走了一半就撤了。不过山里的空气是真好,下山找了家农家乐,吃了笋干老鸭煲和土鸡蛋炒野菜,也算没白去。杭州这段时间老下雨,衣服晾三天都不干,我家阳台快变成晾衣场了,实在不行准备买个烘干机。

对了,模型V3.2已经上传到平台了,麻烦您周四前在平台上点一下确认。

还有件趣事,我们公司楼下新开了一家精品咖啡店,老板是个退休的结构工程师,跟他聊天三句不离钢筋混凝土,上次我点了杯手冲,他给我讲了二十分钟的抗震设计。我们同事下个月结婚,婚礼定在西溪湿地旁边的一块草坪上,大家正在商量份子钱和节目,我被拉去唱歌,压力比赶模型还大。

最近我还在家里学做饭,照着视频做了一次东坡肉,火候没掌握好,外面焦了里面还是生的,被我女儿评价为"黑暗料理",现在她一看我系围裙就跑。看来做饭和建模一样,都得一遍遍迭代才行。

下次您来我们公司开会,我请您去楼下喝咖啡,顺便听老板讲讲他的工程往事。

祝周末愉快!

罗晨""")

add(expect=["ramble"], lang="en",
    why="~450 words of travel/cat/ramen/keyboard chatter; the glossary sign-off deadline is one buried line",
    sender=KEVIN, to=[TOM], subject="Catching up (+ glossary)",
    body="""Hi Tom,

Hope you've finally recovered from the trip! I still can't believe your connection in Frankfurt got cancelled twice -- eleven hours in an airport is a special kind of misery. I had something similar coming back from Cologne a few years ago: the gate changed four times, and I ended up sharing a pretzel and a very long conversation about board games with a retired pilot from Lyon. He'd been flying for thirty years and said the one thing he never got used to was airport coffee. I think about that every time I order a flat white at a terminal.

Speaking of Cologne, are you going back to the show next August? Our team is debating whether it's worth a booth this year. Personally I love the atmosphere -- the cosplay, the queues for demos, the odd midnight meetups in hotel bars -- but my feet have not forgiven me for last time. I must have walked twenty kilometres a day. This year I'm bringing proper shoes and a little portable fan.

How's Biscuit doing? Last time you mentioned she'd learned to open the kitchen cupboard. My sister's cat does exactly the same, and they've now resorted to childproof locks, which the cat treats as a personal challenge. Honestly, I think cats are smarter than half the QA tools we use.

Also, the DE/FR glossary needs your sign-off by Friday.

On a completely different note, I finally got round to that ramen place in Shibuya you recommended. You undersold it. The tonkotsu was ridiculous -- thick, almost creamy broth, a perfectly soft egg -- and the queue was only twenty minutes at 2pm on a Tuesday. I went back the next day for the spicy miso, which I'd rank just below the tonkotsu. If you're ever in Shanghai, I owe you a bowl of proper Lanzhou noodles in return; there's a place near our office where the chef pulls the noodles right in front of you, and it's oddly hypnotic to watch.

The rainy season here has been relentless. I've started carrying two umbrellas because one always ends up stranded in the office. And I finally caved and bought a mechanical keyboard -- brown switches, if you're curious. My colleagues say it sounds like a small army of typewriters. I say it's focus music. My neighbour downstairs has not yet offered an opinion, which I'm choosing to interpret as approval.

Anyway, give my best to the team, and let's grab a proper call sometime soon that isn't about string freezes.

Cheers,
Kevin""")

add(expect=["ramble"], lang="zh",
    why="~750 chars of shopping/TV/milk-tea/nephew/gym chatter; tracking-plan review request buried mid-mail",
    sender=DENG, to=[QIANW], subject="钱哥~ 最近忙不忙",
    body="""钱哥好呀~

好久没跟您好好聊天了!这两天双十一预售开始,我已经剁手剁到手软,购物车里躺着一台空气炸锅、两箱猫粮和一件其实我根本不需要的羽绒服,凑满减凑到凌晨一点,第二天上班眼睛都睁不开。您是不是也被家里领导安排了一大堆任务?我记得上次您说嫂子一到这个时候就开始研究各种优惠攻略,比我们做活动的还专业。

最近我在追一部讲职场的新剧,女主是广告公司的AE,天天被客户和老板夹在中间,我看得又哭又笑,感觉就是在看自己的纪录片。周末我还跟闺蜜去喝了楼下新开的那家奶茶,他们家的桂花乌龙拿铁真的绝了,不甜不腻,带点茶香,下次我给您捎一杯尝尝。

说起来我侄子今年上幼儿园了,第一天哭得撕心裂肺,抱着我姐的腿不松手,结果第三天就不愿意回家了,说幼儿园的午饭比家里好吃,把我姐气得够呛。小孩子的适应能力真是强,我刚工作那会儿可是适应了小半年。

H5二期的埋点方案我放在附件里了,您有空的时候看一下哈。

另外我最近办了张健身卡,就在公司附近,教练每次都说我核心力量太差,让我平板支撑一分钟,我撑到四十秒就开始发抖。同事说我是典型的"办卡即巅峰",我不服,这周已经去了三次了!希望年底能瘦个五斤,不然年会那条裙子就穿不上了。对了,年会今年好像要搞才艺表演,我们组还在纠结是跳舞还是演小品,您要是有什么好点子,一定要告诉我。

还有个八卦,我们楼下那只流浪橘猫最近被保安大叔收编了,每天中午准时蹲在前台等投喂,现在胖得跟个小枕头似的,我们部门已经有三个人给它买过罐头了。

天气越来越冷了,您注意添衣服,最近流感挺厉害的,我们组已经倒下两个了,我每天出门都跟上战场一样戴好口罩。有空约饭呀,上次说好的那家烤肉还没去呢!

梓萱""")

add(expect=["ramble"], lang="mixed",
    why="mixed-language chatter about games, murder-mystery night, cat, concert; the KV delivery date is one buried 'BTW' line",
    sender=VIVIAN, to=[AMY], subject="周末 recap + 一件小事",
    body="""Amy 周末好~

上周末终于把黑神话二周目打通了,最后那个 boss 我死了大概三十多次,手柄都快被我捏碎了。通关那一刻我整个人瘫在沙发上,感觉比交付一个大版本还累。你上次说你也入坑了,现在打到第几回了?卡关的话随时问我,我现在已经是半个攻略博主了 haha。

周六晚上跟朋友去玩了个剧本杀,本子叫《雾港》,七人本,我抽到凶手,全程心虚到不行,结果被一个第一次玩的小姐姐一眼看穿,场面一度十分尴尬。复盘的时候大家都说我演技太差,建议我以后只演好人。下次你有空一起来?我们缺一个逻辑担当。

我家猫最近又胖了,兽医说要控制饮食,现在每天只能吃定量的猫粮,它每天早上五点准时来踩我的脸抗议,我已经连续一周没睡好了。你家那只布偶还好吗?上次看你朋友圈它穿着小毛衣,可爱到犯规。

BTW collab KV 终稿明天中午前发你。

健身这件事我又一次失败了,办了半年卡去了六次,教练已经不在微信上问我了,我猜他已经放弃我了。倒是最近迷上了 Taylor Swift 的新专辑,每天通勤单曲循环,地铁上差点跟着唱出声。你之前说抢到了她新加坡场的票,现场是不是超级震撼?求一个 vlog!

上周我妈还突然学会了发朋友圈,一天发八条,全是养生文章和她种的多肉,还给我每条都点赞评论,我现在每天打开朋友圈都有一种被长辈检阅的感觉。我爸倒是淡定,说等她新鲜劲过了就好了,结果她又开始学剪视频了。

对了,公司楼下新开了一家 brunch 店,牛油果吐司和 flat white 都不错,周末还有 live music。下次你来我们这边开会,我请你,顺便带你去隔壁那家黑胶唱片店逛逛,老板超 nice,会给你推荐冷门的 city pop。

Vivian""")

add(expect=["ramble"], lang="zh",
    why="~700 chars of fishing/hometown/football/piano chatter to a client; trial-account notice is one buried line",
    sender=ZHAO, to=[HELEI], subject="贺工,最近好",
    body="""贺工您好,

上周末终于抽出空去水库钓了一天鱼,早上五点出门,蹲到下午四点,一共钓上来三条鲫鱼、一条翘嘴,最大的那条鲫鱼有七两多,回家让我爸做了个鲫鱼豆腐汤,鲜得不得了。您上次说您也喜欢钓鱼,是喜欢台钓还是路亚?我最近在研究路亚,装备买了一大堆,技术还停留在抛竿挂树的水平。

前阵子回了趟湖南老家,我妈提前一个月就开始熏腊肉,挂在灶屋里用柴火慢慢熏,那个香味城里是吃不到的。我带了两块回来,下次去贵司拜访的时候给您捎一块,您尝尝正宗的湘西腊肉。这次回去坐的高铁,五个多小时,比以前的绿皮车快太多了,就是车厢里小朋友比较多,一路上热闹得很。

说到热闹,上周的国足比赛您看了吗?我和几个同事在公司附近的酒吧看的,上半场还挺有希望,下半场就开始梦游,最后输了两个球,一帮大老爷们看得唉声叹气,老板说再看国足就要请我们喝凉茶降火了。

成本算量插件的试用账号已经开通了,账号密码在附件里。

我女儿最近在学钢琴,每天晚上练半小时,一首《小星星》弹了一个多月,我现在做梦都是那几个音。她老师说她节奏感不错,就是坐不住,这点随我。我老婆说等她考完三级就给她换台好点的琴,我看了看价格,默默决定多接几个项目。周末我们还带她去听了一场儿童音乐会,她全程跟着打拍子,回来非说要学小提琴,我假装没听见。

对了,最近我在读一本讲明朝历史的书,讲到万历年间的那些官场往事,比电视剧还精彩,每天睡前翻几页,不知不觉就到半夜了。您要是感兴趣,我看完寄给您,书里还有不少我画的重点。

天气转凉了,您和家人注意身体。改天约您一起去钓鱼,我知道一个野钓的好地方,水清人少,就是路有点难走。

赵一鸣""")


# =====================================================================================
# HARD NEGATIVES
# =====================================================================================

# ---------- refusal-like, but softened / not a refusal ----------
add(expect=[], lang="zh",
    why="hard negative: bureaucratic '暂不纳入一期' WITH CR number, review date and interim workaround",
    sender=MA, to=[LINPEI], cc=[ZHOUJG], subject="关于BIM协同平台对接OA审批流的答复",
    body="""林佩经理:

贵司11月4日来函收悉,感谢对平台建设的持续关注。

关于"BIM协同平台与贵司OA审批流打通"一事,经项目组初步评估,答复如下:

一、该事项超出现行合同附件一的交付范围,暂不纳入一期实施;
二、我方已登记变更申请CR-2611-07,将在11月18日的变更评审会上给出工作量、报价及排期建议;
三、评审结论出来之前,贵司可先使用平台的"导出审批单PDF"功能走线下签核,操作说明随附。

如有疑问,欢迎随时来电。

项目实施组 马骁""")

add(expect=[], lang="en",
    why="hard negative: 'That's a no for 1.2' followed by ticket LOC-88 and a concrete 1.3 date",
    sender=KEVIN, to=[TOM], subject="Re: Brazilian Portuguese",
    body="""Hi Tom,

That's a no for 1.2, I'm afraid -- string freeze was Monday and LQA is already booked. But I don't want Brazil to slip: I've logged it as LOC-88, and we can ship PT-BR in 1.3 on December 12 if the source text is frozen by November 24. I've provisionally reserved translator capacity.

Want me to lock that in?

Kevin""",
    quote="""Kevin,

Any chance Brazilian Portuguese makes it into 1.2? Brazil has jumped up our priority list.

Tom""", quote_from=TOM)

add(expect=[], lang="zh",
    why="hard negative: escalation to the production director with a call-back time",
    sender=HAN, to=[CHENSY], cc=[SONG], subject="Re: 追加两套皮肤",
    body="""思远好,

追加两套皮肤、维持原报价这个,已经超出我能拍板的范围了。我把邮件抄送给我们的制作总监宋总,他明天下午三点前会直接给你打电话,把几种可行的方式跟你聊一下。

这两天原画的进度不受影响,照常推进。

韩冬""",
    quote="""韩冬,

我们想在这批里追加两套角色皮肤,预算那边批不下来,能不能按原报价一起做了?

陈思远""", quote_from=CHENSY)

add(expect=[], lang="zh",
    why="hard negative: 'no extra charge' / 'no impact' after own mistake; angry client words only in the quote",
    sender=DU, to=[WANGYQ], subject="Re: H5字体授权问题",
    body="""王经理,

这次H5里用错字体是我们的失误,向您道歉。替换为已授权字体的版本今天下午已经上线,此次修改不收取任何费用,也不会影响后天的开盘节点。

我们已经在出稿检查清单里加了"字体授权核对"这一项,后面不会再出现同类问题。

杜明轩""",
    quote="""明轩,

法务刚告诉我H5里的字体没授权!!!这要是被投诉了谁负责?你们到底有没有流程?

王雅琴""", quote_from=WANGYQ)

add(expect=[], lang="en",
    why="hard negative: technical 'does not support' inside a root-cause analysis",
    sender=OLIVIA, to=[RACHEL], subject="Root cause: hero image missing on some Android devices",
    body="""Hi Rachel,

Here's what happened with the missing hero image on the launch microsite:

- Root cause: the in-app browser bundled with older versions of the messaging app (before 8.0.30) does not support animated WebP with alpha. The image request succeeds, but the decoder fails silently, so the slot stays blank.
- Scope: about 3.1% of sessions yesterday, all on Android.
- Fix: we now serve an animated PNG fallback when the WebP decode check fails. Deployed to staging at 11:40; production at 15:00 today after your QA sign-off.
- Prevention: these browser versions are now in our device matrix.

No impact on tracking or on the data already collected.

Olivia""")

add(expect=[], lang="zh",
    why="hard negative: the client asked for a yes/no and the PM's '不会' is the reassurance asked for",
    sender=LUO, to=[ZHOUJG], subject="Re: 升级是否影响现有模型",
    body="""周总,

可以明确答复您:不会。

本周六的平台升级只涉及前端界面和权限模块,不改动模型存储结构,已有的18个项目模型及历史版本都不受影响。升级前我们会做一次全量备份,保留30天。升级窗口为周六22:00至周日02:00,期间平台只读。

罗晨""",
    quote="""罗工,

下周升级会不会把我们现有的模型搞坏?要是会,就别升了。给个准话。

周建国""", quote_from=ZHOUJG)

add(expect=[], lang="mixed",
    why="hard negative: negation '不是不能做' with a compliance check booked and a reply date",
    sender=DENG, to=[QIANW], subject="Re: 抽奖转盘",
    body="""钱哥,

不是不能做 lottery wheel 哈,主要是抽奖类活动要先过 compliance。我已经约了你们法务 Wendy 周三下午一起过规则,结论周四中午前给你;法务 OK 的话,开发两天就能上。

梓萱""")

add(expect=[], lang="zh", trad=True,
    why="hard negative (traditional): not this version, logged as LOC-1127 with review date and two interim fonts",
    sender=WU, to=[CHENSY_T], subject="Re: UI字體改手寫體",
    body="""思遠你好,

這一版來不及把UI字體換成手寫體:手寫字體在小字號下辨識度不足,需要重新做一輪測試。我們已記入需求單 LOC-1127,12月5日的版本規劃會上一併評估。

這段期間,我們先挑了兩款風格接近的字體,做了主選單與背包頁的示意圖,附件請參考,看看哪款方向比較對。

家豪""")

add(expect=[], lang="en",
    why="hard negative: 'isn't something I can approve on my own', handed to the studio director with a date and options",
    sender=PRIYA, to=[RACHEL], cc=[GRACE], subject="Re: Third revision round on hero portraits",
    body="""Hi Rachel,

A free third round on all 12 hero portraits isn't something I can approve on my own -- it's outside what our SOW covers. I've looped in Grace, our Studio Director, and she'll reply by Wednesday with a couple of options (a targeted round on the faces only, or a paid full round).

In the meantime we'll keep the current delivery schedule for the remaining portraits.

Priya""",
    quote="""Priya,

The team isn't happy with the faces on the hero portraits. We need a third round on all 12.

Rachel""", quote_from=RACHEL)

add(expect=[], lang="zh",
    why="hard negative: source files out of scope BUT two concrete options, client chooses",
    sender=HAN, to=[LIUJ], subject="Re: 关键美术源文件",
    body="""刘老师,

按合同附件,分层PSD源文件不在交付范围内,这点先跟您说明一下。不过理解您那边要做节日版本,我们有两个方式:

A. 提供分层PNG + 图层说明文档,本周五前给到,不另收费;
B. 按附件报价买断关键美术的源文件,签补充协议后三个工作日内交付。

两种都可以,您看哪种更适合贵方团队。

韩冬""",
    quote="""韩冬,

我们内部要做节日版本的主视觉,需要关键美术的分层源文件,麻烦尽快发过来。

刘建""", quote_from=LIUJ)

add(expect=[], lang="zh",
    why="hard negative: '肯定来不及' followed by two dated options and the choice left to the client",
    sender=DU, to=[WANGYQ], subject="Re: 楼书H5能否加VR看房",
    body="""王经理,

VR看房这个想法很好,对到访转化确实有帮助。不过如果现在加进去,11月20日开盘前上线肯定来不及,主要是全景素材还没拍。两个方案供您参考:

A. 楼书H5按时上线,VR看房作为二期,12月10日上线;
B. 整体延到12月4日,一起上。

两种我们都能配合,您和营销中心商量后定就好。

明轩""",
    quote="""明轩,

领导看了竞品,想在楼书H5里加VR看房,你们评估一下?

王雅琴""", quote_from=WANGYQ)

add(expect=[], lang="en",
    why="hard negative: 'can't send the extract' with the reason and two concrete alternatives",
    sender=FU, to=[MICHAEL], subject="CRM extract for the board pack",
    body="""Hi Michael,

We can't send the full customer-level CRM extract by email -- our data processing agreement with the bank rules that out, and I'd rather not put either of us in that position. There are two ways we can still get you what you need before the board pack:

1. A read-only session in the secure analysis room at your Pudong office this Thursday, with our analyst on hand; or
2. An aggregated report (segment level, no personal data) by Friday noon.

Let me know which works and I'll set it up.

Fu Jia""")

add(expect=[], lang="zh",
    why="hard negative: '不可能发生' as a technical guarantee in a bug analysis; recovery decision left to the bank",
    sender=FU, to=[SUNXL], subject="关于权益重复领取问题的分析",
    body="""孙经理,

昨晚反馈的"同一客户领到两份权益"问题,排查结论如下:

1. 原因:活动页在弱网下重复提交,而领取接口当时没有做幂等校验,两次请求都被处理了;
2. 影响:共37位客户重复领取,名单见附件,集中在20:10到20:25之间;
3. 修复:已对"客户号+活动号"加唯一约束,前端同时加了防抖。修复后,同一客户重复领取在数据库层面就不可能发生;
4. 后续:已重复发放的权益是否回收,由贵行决定,我们配合处理。

付佳""")

add(expect=[], lang="mixed",
    why="hard negative: can't decide alone on the locked brand colour, escalated to the client's brand team plus an alternative",
    sender=OLIVIA, to=[AMY], subject="Re: 荧光绿 logo",
    body="""Amy,荧光绿 logo 这个我这边不好直接拍板,因为 brand guideline 里主色是锁定的。我已经 email 你们品牌部的 Helen 了,如果她 OK,我们今天下班前就能出一版给你看;她那边有顾虑的话,我们也可以只在 KV 背景里用荧光绿做点缀。

Olivia""",
    quote="""Olivia,老板想试试荧光绿的 logo,collab KV 能换吗?""", quote_from=AMY)

add(expect=[], lang="zh",
    why="hard negative: no answer today, but three things to check and a firm reply time; client's '给句准话' only in quote",
    sender=VIVIAN, to=[CHENSY], subject="Re: 日语配音重录",
    body="""思远,

今天没法直接给你确定答复,我想先把情况摸清楚:原班声优能不能重新约档、录音棚周期、额外费用,这三件事我周五中午前一起回复你,附上报价和时间表。

在那之前,现有日语配音版本照常进入测试,不会耽误提审。

Vivian""",
    quote="""Vivian,

日语配音玩家吐槽太多了,能不能重录?行不行你给句准话,别再拖了。

陈思远""", quote_from=CHENSY)

add(expect=[], lang="zh",
    why="hard negative: meeting recap where the deferred item has a backlog number and a review date",
    sender=SU, to=[SUNXL, QIANW], cc=[YAN], subject="【会议纪要】11/7 H5二期需求评审",
    body="""孙经理、钱经理好,

今天需求评审的纪要如下:

1. 首页改版:按新KV执行,11月14日出设计稿;
2. 会员等级页:增加"本月已享权益"模块,数据由贵行科技部提供接口,接口文档11月12日前给到;
3. 分享裂变:邀请奖励上限调整为每人5次,我们同步修改规则页文案;
4. 弹幕墙:本期暂不上线,已记入需求池(编号DM-031),11月12日周例会上评估二期排期和工作量;
5. 埋点:新增3个按钮点击事件,清单见附件;
6. 下次评审:11月14日下午2点,贵行3楼会议室。

如有遗漏或理解偏差,请回复指正。

小棠""")

add(expect=[], lang="zh",
    why="hard negative: '不支持非ASCII路径' as a bug cause, with workaround and patch date; PM takes the blame",
    sender=LUO, to=[LINPEI], subject="IFC导出失败原因说明",
    body="""林经理,

您昨天遇到的IFC导出失败,原因已经查到:

导出路径里包含中文目录名,而当前版本的导出组件不支持非ASCII路径,遇到中文会直接中断,而且没有任何提示,这是我们的问题。

临时办法:把导出目录设为纯英文路径(例如 D:\\export)即可正常导出。
正式修复:已纳入本周五的补丁包,修复后中文路径也能正常使用。

给您添麻烦了。

罗晨""")

add(expect=[], lang="mixed",
    why="hard negative: suggests not reopening a topic today but schedules it first on Monday's agenda with mock-ups",
    sender=OLIVIA, to=[AMY], subject="Re: 重新讨论配色?",
    body="""Amy,今天的 call 我建议先不重开 color palette 的讨论,因为 agenda 已经很满了。我把它放到了周一 review 的第一项,会把两套 palette 并排做成 mock-up,大家对着实物看更好判断。这样 OK 吗?

Olivia""")

# ---------- backchannel-like, but constructive / self-directed ----------
add(expect=[], lang="zh",
    why="hard negative: constructive internal note on the client's anxiety, plan to meet her in person",
    sender=SU, to=[YAN], subject="孙经理对上线时间的担心",
    body="""佳姐,

孙经理今天电话里对双十一上线时间挺焦虑的,我能理解,她那边周五要给分管行长汇报。我整理了一版详细排期和风险点,明天上午带着去行里当面跟她过一遍,你要是有空一起去更好。

小棠""")

add(expect=[], lang="zh",
    why="hard negative: internal banter praising a colleague ('服了', 'YYDS'); the client is mentioned positively",
    sender=SU, to=[LU], cc=[YAN], subject="小鹿你是神",
    body="""小鹿,

昨晚你通宵把首屏动效从22帧优化到稳定60帧,今天孙经理在千元机上看了直呼丝滑。我直接服了,属实YYDS!下午奶茶我请,全组都有~

小棠""")

add(expect=[], lang="en",
    why="hard negative: PM criticises own deck and calls the client's pushback fair",
    sender=OLIVIA, to=[LEO, LUYUN], subject="Client-B deck - my bad",
    body="""Team,

Honestly, the first deck we sent Client-B on Monday was sloppy -- wrong product shots on slides 4 and 7, and the media plan didn't add up. That's on me; I pushed it out too fast. Rachel's pushback was fair.

Let's redo slides 4-9 by Thursday noon. I'll take the media plan myself.

Olivia""")

add(expect=[], lang="zh",
    why="hard negative: angry client slang ('又又又', '我真的会谢') only in the quote; PM apologises and takes the blame",
    sender=MA, to=[ZHOUJG], subject="Re: 模型交付又延期?",
    body="""周总,

非常抱歉这次让您失望了。延期的原因是我们内部对机电模型的校审多用了三天,并不是贵司的问题。地下室部分今天已经交付,地上部分11月13日前交齐,每天下班前我给您发一次进度。

马骁""",
    quote="""马工,

你们这又又又延期?我真的会谢。我下周一要跟集团汇报,你们到底靠不靠谱?

周建国""", quote_from=ZHOUJG)

add(expect=[], lang="mixed",
    why="hard negative: internal action note with the client deliberately in Cc, praising her feedback",
    sender=FU, to=[LU, LEO], cc=[SUNXL], subject="孙经理的两点意见 & next steps",
    body="""@小鹿 @Leo,cc 孙经理:

孙经理今天提的两点意见非常到位,我们照单全收:
1)CRM 标签同步现在是 T+1,活动期间改成每小时一次,Leo 负责,周三前上线;
2)权益页的客群文案太"技术腔",我和陆芸今天重写一版,明天给孙经理过目。

有问题 ping 我。

付佳""")

add(expect=[], lang="zh",
    why="hard negative: self-deprecating '醉了' / '我这记性' aimed at the PM's own mistake",
    sender=ZHAO, to=[TAO], subject="报价单乌龙",
    body="""陶然,

我真是醉了,给贺工的报价单把单位写成了"万元",一个插件报了三百多万……幸亏他打电话来问。我这记性是真该补补了。已经改好重发,也跟贺工道过歉了。以后报价单发出去之前,你帮我再过一眼。

一鸣""")

add(expect=[], lang="en",
    why="hard negative: colleague's complaint about the client only in the quote; PM answers constructively",
    sender=KEVIN, to=[LEO], subject="Re: Tom again",
    body="""Leo,

I get the frustration -- three change requests in a week is a lot. But looking at them, they all trace back to the console certification feedback, not to Tom changing his mind. Let's ask him for the full cert report so we can batch the remaining fixes into one pass instead of drip-feeding them. I'll set up a 20-minute call with him tomorrow.

Kevin""",
    quote="""Tom is being impossible again. Third change request this week. Does he even know what he wants?

Leo""", quote_from=LEO)

add(expect=[], lang="zh",
    why="hard negative: internal mail taking the client's blunt criticism seriously ('话糙理不糙') with a fix plan",
    sender=ZHAO, to=[TAO, LUO], subject="周总的意见,说得对",
    body="""各位,

周总今天说我们的模型"像样板间,好看不好用",话糙理不糙。我回头对了一下,确实没把机电管线的净高标注做进去,现场施工员拿着模型也没法直接用。

周四前把地下室和标准层的净高分析补上,周五我带着去跟周总当面过。

一鸣""")

add(expect=[], lang="zh", trad=True,
    why="hard negative (traditional): 'C行' by name but the concern is treated as reasonable; plan a face-to-face meeting",
    sender=ZHOURUI, to=[HUANG], subject="C行資安疑慮",
    body="""品嘉,

C行那邊對名單資料的安全特別緊張,這很正常,去年同業才出過外洩事件。與其一來一回寫信,我想下週二直接約他們資安的蔡小姐當面開個會,把資料流向、權限控管、留存期限一次講清楚。簡報我來準備,你幫忙整理一下目前的權限清單。

芮""")

add(expect=[], lang="en",
    why="hard negative: banter where the PM is the butt of the joke ('I'm the problem')",
    sender=PRIYA, to=[KE, LEO], subject="who did this",
    body="""Team,

Whoever named the file "keyart_final_FINAL_really_final_v7_USE_THIS.psd" -- it was me. I'm the problem. From today we use the naming convention on the wiki, and I'll rename the backlog myself tonight as penance.

P.""")

# ---------- other hard negatives ----------
add(expect=[], lang="zh",
    why="hard negative: long (~700 chars) but entirely on-topic UAT plan",
    sender=LUO, to=[LINPEI], cc=[ZHOUJG], subject="BIM协同平台一期UAT方案",
    body="""林经理好,

BIM协同平台一期的UAT方案整理如下,请您和设计管理部的同事审阅,如有调整意见请在11月12日前反馈。

一、测试时间
11月16日至11月27日,共两周。第一周以功能验证为主,第二周以业务场景串测和问题回归为主。

二、参与人员
贵司:设计管理部2人、工程部2人、成本部1人,建议各部门指定一名牵头人,负责确认本部门的测试结论;
我方:实施顾问2人驻场,开发1人远程支持,我本人负责整体协调和每日问题汇总。

三、测试范围
1. 模型上传与轻量化:覆盖建筑、结构、机电三个专业,选取"滨江一号"项目的真实模型;
2. 碰撞检测与问题闭环:从发起、指派、整改到复核的完整流程;
3. 图模联动:图纸版本与模型构件的关联查看;
4. 权限管理:按项目、专业、角色三级控制;
5. 移动端查看:施工现场平板上的模型浏览与问题拍照上传。

四、测试环境与数据
测试环境已于11月8日部署完成,数据为"滨江一号"11月1日的模型快照。测试期间产生的数据不会同步到正式环境,UAT结束后统一清理。

五、问题分级与处理时效
严重问题(流程无法继续):4小时内给出临时方案,24小时内修复;
一般问题:3个工作日内修复;
建议类:统一记录,UAT结束后一起评估是否纳入后续版本。

六、通过标准
所有严重问题关闭,一般问题关闭率不低于95%,并由各部门牵头人签署确认单。

七、每日沟通
每天下午5点在平台内发布当日问题清单和处理进展,每周五下午开一次半小时的线上周会。

八、风险与应对
1. 如测试期间"滨江一号"模型有新版本提交,我们会在每周一统一更新测试环境,避免测试中途数据变化;
2. 如某一部门测试人员因现场工作无法到位,请提前一天告知,我们调整当天的测试顺序。

测试账号和操作手册会在11月14日前发给各位。辛苦大家配合。

罗晨""")

add(expect=[], lang="en",
    why="hard negative: long (~450 words) weekly localisation report that stays on topic",
    sender=KEVIN, to=[TOM, RACHEL], subject="Localisation status - week 46",
    body="""Hi Tom, hi Rachel,

Here's the full localisation status for week 46, ahead of the 1.3 string freeze.

Overall
We're on track for the December 12 release. Of the 212,000 source words in scope, 96% are translated and 81% have passed first-round LQA. The remaining work is concentrated in the new raid content that landed on November 6.

By language
- German: translation complete. LQA round 2 found 27 issues, mostly truncation in the talent tree and two gender-agreement errors in quest text. 24 are fixed; the other three need UI width changes (ticket LOC-102).
- French: translation complete. LQA round 2 is 60% done. Our reviewer flagged inconsistent use of "donjon" vs "instance"; we've aligned on "donjon" per glossary v5.
- Japanese: 91% translated. The raid dialogue is handled by the same translator as the main story to keep the voice consistent. Expected complete on November 19.
- Korean: 94% translated. No blockers.
- Simplified Chinese: translation and LQA complete. Waiting only on final screenshots for the store page.
- Traditional Chinese: 88% translated. We switched reviewers this week because the previous one became unavailable; the new reviewer has already gone through the glossary and has no open questions.
- Brazilian Portuguese (new for 1.3): onboarding done, glossary translated, first 20,000 words delivered. The quality check on the first batch was good.

Risks
1. The raid content still has about 3,000 words of placeholder text. If final text arrives after November 21, Japanese and Traditional Chinese will be tight. We'd suggest your narrative team prioritises the raid boss dialogue.
2. Two UI screens (guild bank and auction filters) don't have enough space for German. We've sent mock-ups with abbreviations; please let us know if your UX team would prefer a layout change instead.

Decisions needed from you
- Confirm whether the event calendar strings should be localised for 1.3 or stay in English until 1.4.
- Approve glossary v5 (attached), which adds 46 new raid terms.

Next week
LQA round 2 completes for French and starts for Korean; PT-BR reaches 60%; we'll send the first consolidated bug report for the raid content on Thursday.

Happy to walk through any of this on Tuesday's call.

Best,
Kevin""")

add(expect=[], lang="zh",
    why="hard negative: long (~700 chars) campaign post-mortem with data, focused throughout",
    sender=YAN, to=[SUNXL], cc=[QIANW], subject="双十一信用卡H5活动复盘",
    body="""孙经理好,

双十一信用卡H5活动已于11月12日零点结束,复盘数据整理如下,详细报表见附件。

一、整体数据
活动期间H5总访问量186万次,独立访客72万,较去年同期提升34%;活动页平均停留时长1分42秒;新户申卡提交1.86万笔,达成目标的112%。

二、渠道表现
1. 手机银行APP入口贡献了58%的流量,转化率最高,为3.1%;
2. 各支行分享海报带来的流量占21%。带渠道参数的二维码让我们第一次能按支行统计拉新效果,排名前三的支行合计贡献了近四成新户;
3. 公众号推文占15%,但转化率只有0.9%,推文打开后的跳出率偏高。

三、问题与原因
1. 11月11日零点到零点二十分,抽奖接口响应变慢,最长达到6秒。原因是抽奖结果写库时出现锁等待,我们在零点十五分扩容后恢复,期间没有出现重复中奖或数据丢失;
2. 部分老版本安卓机型首屏动画卡顿,约占访问量的2%,活动第二天已降级为静态图。

四、改进建议
1. 抽奖类活动在大促前增加一轮按峰值两倍的压测;
2. 公众号推文的落地页改为直达权益页,减少一次跳转;
3. 下次活动继续沿用带渠道参数的分享海报,并把支行排行榜做成实时看板,方便贵行内部激励。

五、后续安排
中奖名单已于11月13日提交贵行审核,审核通过后我们在三个工作日内完成权益发放。复盘会建议安排在11月18日下午,届时我们会带着更细的用户行为分析过来。

六、需要贵行确认的事项
1. 活动页下线时间:建议11月20日下线,之前访问的用户统一跳转到手机银行信用卡频道;
2. 活动期间收集的用户授权数据,按合同约定在活动结束后30天内删除,届时我们出具删除确认函;
3. 实时看板是否纳入下次活动的需求,请在复盘会上一并讨论。

感谢贵行团队这一个多月的支持。

严佳""")

add(expect=[], lang="mixed",
    why="hard negative: long mixed-language change-impact analysis with CR number; recommendation but client decides",
    sender=JASON, to=[CHENSY], cc=[LIUJ], subject="Change impact: 角色模型改用新 toon shader",
    body="""思远、刘老师,

关于上周评审会提出的"全部角色模型改用新的 toon shader",我们做了一轮 change impact analysis,结论和细节如下,供你们决策参考。

1. Scope
目前已交付的角色模型一共 46 个,其中 32 个已经进入 rigging,14 个还在 texturing 阶段。新 shader 需要额外的 ramp texture 和 outline mask,每个角色平均多出 0.5 到 1 个人天。

2. Schedule impact
如果 46 个角色全部切换,总共增加约 35 个人天,按现在的团队规模,第三批交付会从 12 月 6 日顺延到 12 月 20 日左右。如果只切换还在 texturing 的 14 个加上已完成的 6 个主角,增加约 15 个人天,第三批可以保持在 12 月 10 日。

3. Cost impact
按合同附件的人天单价,全量切换的追加费用约为现报价的 9%,部分切换约为 4%。报价单见附件,走 change request 流程,编号 CR-ART-019。

4. Technical risk
新 shader 在中低端安卓机上的 draw call 会增加。我们用 demo 场景测过,20 个角色同屏时帧率从 58 降到 49,需要你们引擎组确认能否接受,或者是否要加 LOD 方案。

5. Our recommendation
我们倾向于部分切换:主角和还在 texturing 的角色先用新 shader,其余的在第二个版本统一处理。不过这主要取决于你们对首发版本视觉一致性的要求,两种方式我们都能执行。

请在 11 月 15 日前给个方向,我们好安排人力。需要的话周三可以拉个短会。

Jason""")

add(expect=[], lang="zh",
    why="hard negative: firm but polite statement of facts about late materials, plus a placeholder option",
    sender=DENG, to=[QIANW], subject="Re: 为什么上线日变了",
    body="""钱经理,

跟您说明一下:按11月3日双方确认的排期,活动素材应在11月10日到位,目前我们还没有收到,所以上线日只能相应顺延,这一点排期表里也有标注。

为了不影响大促,我们准备了一套占位素材(用的是贵行已有的品牌图库),您确认后可以先按原日期上线,正式素材到了再替换。

梓萱""",
    quote="""梓萱,

为什么上线日往后挪了?领导问我我都答不上来。

钱伟""", quote_from=QIANW)

add(expect=[], lang="en",
    why="hard negative: recommends PBR but lays out both options and says 'It's your call'",
    sender=PRIYA, to=[RACHEL], subject="Art direction options for environments",
    body="""Hi Rachel,

Following Tuesday's review, here's where we've landed on art direction for the environment assets, so your team can decide.

Our recommendation would be PBR, mainly for performance on mid-range phones and because it makes later lighting changes cheaper. That said, hand-painted is absolutely doable, and I understand why the team liked it in the pitch -- it's a big part of the game's personality.

What each means:
- PBR: current schedule holds; no change to budget.
- Hand-painted: +3 weeks for the environment pass, roughly +8% on the art budget, and we'd add a texture-memory check for low-end devices.

It's your call. If it helps, we can paint one hero environment both ways next week so everyone can see them side by side.

Priya""")

add(expect=[], lang="zh",
    why="hard negative: polite training notice; '做不到…必须做到' only in the signature motto and disclaimer",
    sender=ZHAO, to=[HELEI], subject="算量插件培训安排",
    body="""贺工您好,

算量插件的培训安排在下周三下午两点,地点在贵司成本部会议室,大约两小时。请提前在电脑上安装附件里的插件(3.4.1版),并准备一个正在做的项目模型,我们现场带着算一遍。

有任何问题随时联系我。

-- 
赵一鸣 | BIM实施项目经理
电话:010-5555 0188
"做不到的事,绝不答应;答应的事,必须做到。"
本邮件及附件仅供指定收件人使用,未经许可不得转发或披露。""")

add(expect=[], lang="zh",
    why="hard negative: '上周电话里我说过' as follow-through on a promise, leaves the switch decision to the client",
    sender=FU, to=[SUNXL], subject="上周说要确认的事",
    body="""孙经理,

上周电话里我说过会去确认CRM标签的更新频率,现在有结论了:目前是每天凌晨两点全量同步一次,活动期间可以改成每小时增量同步,对贵行系统的压力我们评估过,没有问题。

您看是否需要切换?需要的话我们周三前完成配置。

付佳""")

add(expect=[], lang="zh",
    why="hard negative: '不可能' / '服了' used as praise for the team in a good-news mail",
    sender=LUO, to=[ZHOUJG], subject="平台压测结果",
    body="""周总,

给您报个好消息:昨晚平台压测,500人同时在线浏览大模型,峰值响应时间1.8秒,比合同要求的3秒快不少。说实话,测试前团队都觉得这个数基本不可能达到,结果后端同事硬是把它啃下来了,我也是服了他们。

完整报告见附件,下周例会上跟您详细汇报。

罗晨""")

add(expect=[], lang="mixed",
    why="hard negative: 'you must restart' and '不是 bug' as technical instructions, with a planned improvement",
    sender=LUO, to=[DANIEL], subject="Revit 插件更新后按钮不见了",
    body="""Daniel,

每次更新 Revit 插件之后 you must restart Revit,否则 ribbon 上的新按钮不会出现。这个是 Revit 的 add-in 加载机制决定的,不是 bug。

我们下个版本会加一个提示框,安装完成后提醒用户重启,避免大家再踩这个坑。

罗晨""")

add(expect=[], lang="zh",
    why="hard negative: '按我们的经验' recommendation with full cost of the other option; '决定权在你们'",
    sender=HAN, to=[CHENSY], subject="多语言上线方式建议",
    body="""思远,

关于七个语种怎么上线,按我们的经验,分两批更稳:第一批英、日、韩、简中,第二批德、法、繁中,晚两周。这样测试资源能集中,出问题也好回滚。

当然,如果贵方更看重全球同步的声量,我们也可以按同步上线来准备,需要做的是把文本冻结提前到11月25日,另外LQA要加一组人,费用大约增加12%。

两种方式的详细对比在附件里,决定权在你们,定了告诉我就行。

韩冬""")

add(expect=[], lang="en",
    why="hard negative: 'isn't on your side at all' takes the blame; the client's swearing is only in the quote",
    sender=KEVIN, to=[TOM], subject="Re: German strings broken in 1.2.7",
    body="""Hi Tom,

This one isn't on your side at all -- we packaged 1.2.7 with last week's German string table. My mistake in the release checklist. A fixed build is uploading now and will be on the test server by 3pm your time. I've added a string-table checksum step so the wrong file can't go out again.

Sorry for the lost morning.

Kevin""",
    quote="""Kevin,

The German build is a mess. Half the menus are in English. What the hell happened? This is the second time.

Tom""", quote_from=TOM)


random.Random(2626).shuffle(CASES)
