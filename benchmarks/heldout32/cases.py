"""heldout32: blind test set of PM email drafts (test set — never train or tune on it).

Written by an independent helper from /work/shared/drafts/README.md and the seed article only.
Domain emphasis: HR/payroll SaaS, legal-tech & document management, nonprofit websites & donor CRMs.
Cases are written in groups below and shuffled with random.Random(3232) at the end.
"""

import random

# ---- people -------------------------------------------------------------------------------
# our team (PMs and colleagues)
LU = "陆明远 <lu.mingyuan@ourteam.example.com>"
ZHOUQ = "周沁 <zhou.qin@ourteam.example.com>"
HANX = "韩笑 <han.xiao@ourteam.example.com>"
CHENGYF = "程一帆 <cheng.yifan@ourteam.example.com>"
VIVIAN = "Vivian Wu <vivian.wu@ourteam.example.com>"
KEVIN = "Kevin Tang <kevin.tang@ourteam.example.com>"
LEO = "Leo Chen <leo.chen@ourteam.example.com>"
CINDY = "Cindy Luo <cindy.luo@ourteam.example.com>"
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"
RACHEL = "Rachel Kim <rachel.kim@ourteam.example.com>"
TOM = "Tom Whitfield <tom.whitfield@ourteam.example.com>"
JAMES = "James Porter <james.porter@ourteam.example.com>"
SARAH = "Sarah Lindqvist <sarah.lindqvist@ourteam.example.com>"
HANNAH = "Hannah Moore <hannah.moore@ourteam.example.com>"
GREG = "Greg Hollis <greg.hollis@ourteam.example.com>"
OWEN = "Owen Price <owen.price@ourteam.example.com>"
DANIEL = "Daniel Ross <daniel.ross@ourteam.example.com>"
LINZH = "林志豪 <lin.zhihao@ourteam.example.com>"
WONG = "黃嘉欣 <wong.kayan@ourteam.example.com>"
SONGYQ = "宋雅琪 <song.yaqi@ourteam.example.com>"
ZHAOL = "赵磊 <zhao.lei@ourteam.example.com>"
XUQ = "许晴 <xu.qing@ourteam.example.com>"
CAIWB = "蔡文博 <cai.wenbo@ourteam.example.com>"
QIUXF = "邱晓峰 <qiu.xiaofeng@ourteam.example.com>"
FANGY = "方园 <fang.yuan@ourteam.example.com>"
SUH = "苏航 <su.hang@ourteam.example.com>"
SHAOG = "邵刚 <shao.gang@ourteam.example.com>"
GUYM = "顾一鸣 <gu.yiming@ourteam.example.com>"
FANJH = "范建华 <fan.jianhua@ourteam.example.com>"
WENT = "温婷 <wen.ting@ourteam.example.com>"
LIUC = "刘畅 <liu.chang@ourteam.example.com>"
MAX = "马骁 <ma.xiao@ourteam.example.com>"
FUJ = "付佳 <fu.jia@ourteam.example.com>"
LIBF = "李不凡 <li.bufan@ourteam.example.com>"

# client A (HR customer, a law firm, a foundation — all on client-a.example.cn)
HEJG = "何建国 <he.jianguo@client-a.example.cn>"
ZHANGQ = "张倩 <zhang.qian@client-a.example.cn>"
LIUZD = "刘振东 <liu.zhendong@client-a.example.cn>"
WANGYM = "王一鸣 <wang.yiming@client-a.example.cn>"
CHENQM = "陈启明 <chen.qiming@client-a.example.cn>"
WUHT = "吴海涛 <wu.haitao@client-a.example.cn>"
SUNHM = "孙慧敏 <sun.huimin@client-a.example.cn>"
LIWAN = "李婉 <li.wan@client-a.example.cn>"
DUXM = "杜晓梅 <du.xiaomei@client-a.example.cn>"
CHENZX = "陳正雄 <chen.zhengxiong@client-a.example.cn>"
HUANGML = "黃美玲 <huang.meiling@client-a.example.cn>"
LEUNG = "梁慧儀 <leung.waiyee@client-a.example.cn>"
# client B (English-speaking: legal ops, a foundation, an HR/payroll customer)
MARGARET = "Margaret Hale <margaret.hale@client-b.example.com>"
NICK = "Nick Farrow <nick.farrow@client-b.example.com>"
DAVID = "David Brennan <david.brennan@client-b.example.com>"
HELEN = "Helen Cho <helen.cho@client-b.example.com>"
FIONA = "Fiona Walsh <fiona.walsh@client-b.example.com>"
MARK = "Mark Delaney <mark.delaney@client-b.example.com>"
ADAEZE = "Adaeze Okoro <adaeze.okoro@client-b.example.com>"
GRACE = "Grace Lin <grace.lin@client-b.example.com>"
# bank C (legal department, payroll/HR, retention of records)
JIANGWH = "蒋文华 <jiang.wenhua@bank-c.example.cn>"
QIANWG = "钱卫国 <qian.weiguo@bank-c.example.cn>"
SUNLEI = "孙蕾 <sun.lei@bank-c.example.cn>"
ZHENGX = "郑晓 <zheng.xiao@bank-c.example.cn>"


def c(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, trad=False, **extra):
    case = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
                subject=subject, body=body.strip("\n") + "\n", quote=quote, trad=trad)
    if quote:
        case["quote"] = quote.strip("\n")
        case["quote_from"] = quote_from or to[0]
    case.update(extra)
    return case


CASES = []
add = CASES.append

# =============================================================================================
# argue (single label)
# =============================================================================================

add(c(["argue"], "zh", "lectures the client HR director on basic tax knowledge and blames their HR for not checking",
      LU, [HEJG], "Re: 11月工资个税计算错误（12人）",
      """
何总：

查过了，12个人全是专项附加扣除的问题——员工自己没在个税App里更新子女教育和房贷信息，系统只能照着申报数据算。

说句不好听的，这件事从上线起我们前前后后解释过不下五次了。个税怎么扣、扣除项从哪来，本来就是贵司HR该掌握的基本功，总不能每个月都让我们的实施顾问来给贵司补一遍课吧？下次员工再来问，麻烦HR先自己对一下申报记录，确认不是员工那头的事，再来找系统。

明细见附件。

陆明远
""",
      quote="""
陆经理：

本月有12名员工反映个税扣多了，员工意见很大，请尽快查明原因并给出说明。

何建国
"""))

add(c(["argue"], "en", "blames the client's admin for the OCR setting and warns them off escalating; confrontational",
      PRIYA, [MARGARET], "Re: Search is STILL missing documents",
      """
Margaret,

I'll give you the straight answer, since we seem to be going in circles. The Henderson files that don't show up are image-only scans. OCR for that workspace was switched off on August 14 — by your own admin account, it's right there in the audit log. Search can't find words that were never turned into text.

We have walked your team through this on two calls and in the onboarding deck. So before the next "STILL broken" email goes out with our CEO copied, it would help if someone on your side looked at your own settings page first. We're done taking the hit for a switch your people flipped.

Priya
""",
      quote="""
Priya,

Our associates still cannot find half of the Henderson matter in search. This is the third week. I need a straight answer today.

Margaret
""", quote_style="gt"))

add(c(["argue"], "zh", "traditional: rhetorical question whether anyone read the minutes, lectures the foundation on its own rule",
      LINZH, [CHENZX], "Re: 捐款收據編號跳號問題",
      """
陳秘書長您好：

收據編號為什麼會跳號，上週四的會議我花了半小時逐條說明，會後也把紀錄寄給您和會計主任了。現在又說我們「沒有說明」，我實在想請教一下：那份紀錄，貴會到底有沒有人點開看過？

編號規則是貴會自己訂的——作廢的收據保留原號、不再回收。規則一天不改，號碼就會一直「跳」，這跟系統好壞無關。會計師如果還有疑問，請他直接翻到紀錄第三頁，寫得清清楚楚。

林志豪
""",
      quote="""
林經理：

收據編號又出現跳號，會計師問起來我們不知道怎麼回答，請貴公司說明。

陳正雄
""", trad=True))

add(c(["argue"], "mixed", "code-switching PM pushes the blame back on the client's IT and corrects their weekly report in front of the boss",
      VIVIAN, [ZHANGQ], "SSO 上线延期 — 说明一下",
      """
Hi 张经理,

Saw your 周报 to 何总 saying SSO is delayed "due to vendor". I have to push back on that, 说实话 I'm pretty annoyed.

防火墙白名单 we requested on 10/12, 10/19 and 10/26 — three emails, all in writing, all 已读不回 from your IT. We literally cannot test SSO while your side is blocking our IP. So no, 这个锅我们不背, and I'd appreciate it if next week's 周报 reflects what actually happened.

Facts are facts. 邮件记录 attached if anyone wants to check.

Vivian
""", cc=[HEJG]))

add(c(["argue"], "zh", "passive-aggressive politeness: mock thanks, condescending hint to watch the training video",
      SONGYQ, [JIANGWH], "Re: 合同管理系统不好用",
      """
蒋主任您好：

再次感谢您在百忙之中抽空反馈“不好用”。

为了让我们的工程师能够对症下药，斗胆恳请您下次反馈时，稍微具体那么一点点：哪个页面、点了哪个按钮、弹出了什么提示。毕竟“不好用”三个字，工程师就算通宵也复现不出来呢。

另外温馨提示一下：操作培训视频就放在系统首页第一个链接，全长12分钟。以您的工作效率，想必看完也耽误不了什么事。

祝工作顺利！
宋雅琪
""",
      quote="""
宋经理：

系统还是不好用，同事们意见很大，请尽快改进。

蒋文华
"""))

add(c(["argue"], "en", "shouting blame at the client's import file with stacked exclamation marks, orders them to read the doc",
      TOM, [DAVID], "Duplicate donor records",
      """
David,

The duplicates are coming from the Eventbrite export YOUR team uploads every Monday!!! The column mapping problem was in the launch checklist you signed off on!!!

Please stop describing this to your board as a "data integrity failure" of our CRM. It isn't. It's your import file. Section 4 of the handover doc. Read it!!!

Tom
"""))

# =============================================================================================
# refusal (single label)
# =============================================================================================

add(c(["refusal"], "zh", "bureaucratic flat refusal of a payroll customisation, no CR, no date, no alternative",
      CAIWB, [SUNLEI], "Re: 关于综合工时制加班费结算的需求",
      """
孙经理：

来函收悉。

关于贵行提出的“综合工时制岗位按季度结算加班费”一事，经我部门研究，答复如下：该功能不属于本产品设计范畴，不作开发，亦不作定制。

请予知悉。

产品实施部
蔡文博
""",
      quote="""
蔡经理：

我行部分岗位实行综合工时制，希望系统支持按季度结算加班费，请评估。

孙蕾
""", quote_style="outlook_zh"))

add(c(["refusal"], "en", "two-word brush-off ('not happening') of a DMS request with no alternative",
      RACHEL, [NICK], "Re: editing signed PDFs",
      """
Nick,

Short version: not happening. An executed document stays exactly as it was signed, and we're not building a way around that.

Rachel
""",
      quote="""
Hi Rachel,

Our partners want to fix typos in executed engagement letters directly in the DMS without re-signing. Can you turn that on for us?

Nick
"""))

add(c(["refusal"], "zh", "refusal of the English website hidden in a cheerful friendly mail, no date or alternative",
      HANX, [LIWAN], "年会照片 & 官网的几件小事",
      """
李老师好呀～

上周公益年会的照片我们都看了，孩子们那张大合影真的太暖了！设计组的小伙伴说想拿来做首页横幅，回头再征求您同意哈。

您提的英文版官网，我们这边就先不碰了哈，人手实在排不开，您多多包涵～

下周二首页改版照常上线，到时候我第一时间把链接发您。有啥事随时微信我！

韩笑 ^_^
"""))

add(c(["refusal"], "zh", "flat refusal slipped into item 3 of a meeting recap, closes the topic for good",
      CHENGYF, [QIANWG], "11月12日周例会纪要",
      """
钱处、郑老师：

今天周例会纪要如下，请查阅：

1. 代发工资文件格式：已按行方新版规范调整，11月15日联调。
2. 员工自助查询页面：UAT问题剩余3个，均为低优先级，下周五前关闭。
3. 行方提出的“代发回单自动对账”需求：我方答复为不做，此事到此为止，后续例会不再列入议程。
4. 下次例会：11月19日（周四）14:00，行方9楼会议室。

如有遗漏请补充。

程一帆
""", cc=[ZHENGX]))

add(c(["refusal"], "mixed", "code-switched blunt 'no' to a clause-level export request, nothing offered",
      KEVIN, [WANGYM], "Re: 合同条款级导出",
      """
Hi 王律师,

Clause-level export 这个, let me be straightforward: no. 我们的 data model 就没有这个概念, and we're not going to hack around it.

其他 issue 随时 ping me.

Kevin
""",
      quote="""
Kevin,

我们希望把系统里所有合同按条款拆开导出到Excel,每个条款一列,方便合伙人做比对。能不能做?

王一鸣
"""))

add(c(["refusal"], "en", "very warm, apologetic wording around a flat refusal to help with a payroll reversal; no alternative or next step",
      HANNAH, [ADAEZE], "Re: Urgent - reverse payroll run 11/14",
      """
Dear Adaeze,

Thank you so much for flagging this straight away, and for laying out the situation so clearly. I can only imagine how stressful this morning has been for you and your team, and I genuinely appreciate your patience.

I'm so sorry to have to tell you that reversing a payroll run once funds have been released is simply not something our platform does, and it is not something we are able to offer in this case.

Wishing you all the best for the rest of the week,
Hannah

Hannah Moore | Customer Success Manager
""",
      quote="""
Hannah,

We ran payroll with the wrong pay period for our hourly staff and the funds were released this morning. We need the whole run reversed today. Please advise ASAP.

Adaeze
""", quote_style="outlook"))

add(c(["refusal"], "zh", "curt 'nothing to discuss' refusal of extra seats for a law firm (ASCII punctuation)",
      QIUXF, [WUHT], "Re: 加开20个账号",
      """
吴主任:

合同写的是50个席位,系统里就开50个.加开的事没得商量,就这样.

邱晓峰
"""))

# =============================================================================================
# persuade (single label)
# =============================================================================================

add(c(["persuade"], "zh", "director tells the client to drop time clocks, presumes the decision and asks only for a signature",
      ZHAOL, [LIUZD], "考勤方案的最终决定",
      """
刘总：

考勤机对接这条路，我明确说一句：不值得走，也别再往里投精力了。

您接下来要做的很简单——下周一起各门店的考勤机全部停用，统一切到我们的手机打卡。同行业我们服务过的十几家连锁都是这么切的，没有一家回头。再犹豫下去，只会把整个上线计划拖垮。

培训我已经按手机打卡方案排好了，确认单附在邮件里，您签个字回传给我就行。

赵磊
交付总监
"""))

add(c(["persuade"], "en", "pressures a foundation to abandon its spreadsheet process, invokes CEO sign-off, declares it decided",
      JAMES, [HELEN], "Re: Gift Aid process",
      """
Helen,

I'll be honest with you: holding onto the spreadsheet for another year would be a mistake, and it's one that costs you real money every quarter you delay claims.

Our CEO has already signed off on the migration timeline, and your finance team will adapt faster than they think — they always do. I'd really rather not reopen this on Thursday's call, so let's treat the January 1 cut-over as decided and move on to training dates.

James
""",
      quote="""
James,

Our finance team would like to keep the Gift Aid spreadsheet process for one more year while staff get used to the new CRM.

Helen
"""))

add(c(["persuade"], "mixed", "code-switched push for SaaS, dismisses on-prem as outdated, tells client to stop second-guessing",
      LEO, [CHENQM], "部署方式",
      """
陈主任,

On-prem 这个 idea, honestly, 已经 outdated 了. 现在还有几家律所自己养服务器? 贵所 IT 就两个人, long-term 是 maintain 不下来的.

SaaS is the only option that makes sense here. 下周 kick-off 我们就按 SaaS 准备 materials 了, 您就别再 second-guess 了, 合伙人那边 you just tell them it's decided.

Thanks!
Leo
"""))

add(c(["persuade"], "zh", "urges the bank to skip its own compliance review and just sign, using deadline pressure",
      FANGY, [QIANWG], "Re: 电子档案保管期限规则送合规审查",
      """
钱处：

送合规再过一轮，按贵行的节奏少说三周，年底前上线肯定就泡汤了。

保管期限这套规则我们在二十多家金融机构跑过，照我们的默认配置走，不会出问题。这次真没必要让合规插进来，您直接在配置确认单上签字，我们下周就切。真要调整，上线以后再说也来得及。

方园
""",
      quote="""
方经理：

电子档案保管期限规则，我们想先送合规部审一轮再上线。

钱卫国
"""))

add(c(["persuade"], "zh", "sweetly polite but asks the client to give up their homepage idea and just reply 'agree' by Friday",
      ZHOUQ, [SUNHM], "关于首页轮播图的最终方案",
      """
孙秘书长您好！

非常感谢您对新官网的用心，也完全理解您希望首页保留大幅项目照片轮播的心情。

不过恕我冒昧，这个想法还是请您放一放吧。数据不会说谎，轮播图的点击率不到1%，我们团队讨论了很多轮，一致认为卡片式布局才是对基金会最好的选择，而且全部页面已经按卡片式做完了。

只要您在周五前回复“同意”两个字，我们就能如期上线。非常期待您的支持，也相信您一定能理解我们的专业判断！

周沁 敬上
"""))

add(c(["persuade"], "en", "senior VP dictates the client will standardise, dismisses their HR team's wishes, demands a yes by Friday",
      SARAH, [MARK], "Approval chains",
      """
Mark,

Let's not overthink this. Department-specific approval chains are a trap — I've watched three clients walk into it and spend a year climbing out.

You'll standardise on the three templates we ship. Your HR business partners will grumble for a month and then forget they ever wanted anything else. I need a yes from you by Friday so we can lock configuration.

Sarah
"""))

add(c(["persuade"], "zh", "traditional: declares our e-signing plan the only answer, asks the client to stop insisting and suppress partners' objections",
      WONG, [HUANGML], "電子簽核上線安排",
      """
黃律師您好：

紙本與電子簽核雙軌並行，說穿了就是把同一份工作做兩遍，對貴所一點好處也沒有。

我們的建議只有一個：上線當天起全面改用電子簽核，紙本一律停用。這一點還請您不要再堅持了。至於所內幾位資深合夥人的反彈，就麻煩您出面幫忙擺平，我們相信您做得到。

黃嘉欣
""", trad=True))

# =============================================================================================
# ramble (single label) — one actionable line buried in chatter
# =============================================================================================

add(c(["ramble"], "zh", "half-marathon, podcast, daughter's piano exam, hotpot; social-insurance table request buried in the middle",
      HANX, [ZHANGQ], "周末趣事 + 一点小事",
      """
张姐好！

好久没跟您好好聊聊了，这周末我终于跑完了人生第一个半程马拉松！说出来您可能不信，我赛前一周还在纠结要不要弃赛，因为膝盖老是隐隐作痛，后来楼下那家推拿店的师傅给我按了两次，竟然神奇地好了。比赛那天早上五点就起床，天还没亮，地铁里全是穿着荧光色衣服的跑友，感觉整个城市都在为我们加油。跑到十五公里的时候我真的想放弃，结果旁边一位六十多岁的阿姨超过了我，还回头冲我笑了一下，我当时就觉得脸上挂不住，咬着牙跟了上去。最后成绩两小时十一分，虽然不快，但我已经很满足了。

说到跑步，我最近还迷上了一个播客，主持人是一对夫妻，每期都聊他们在各地旅行的见闻，上周那期讲的是去喀什吃烤包子，听得我半夜饿醒，第二天一早就去楼下买了两个包子解馋，当然味道差远了。您要是通勤路上无聊，我把链接发您。

对了，我女儿上周考钢琴四级，紧张得前一晚都没睡好，考完出来第一句话就问我晚上能不能吃火锅。我们去了新开的那家潮汕牛肉火锅，牛肉是现切的，吊龙和匙柄特别嫩，沙茶酱也是店里自己调的，强烈推荐您有空带家人去试试，就在地铁站出口旁边，不用排太久的队。

还有件事，我们公司下个月要搬新办公室了，新地方离您公司只隔两条街，以后约饭就方便多了。新办公室有个小露台，同事们已经在商量要不要养几盆多肉，我报名负责浇水，希望别养死。

哦对，顺便说一下，11月的社保基数调整表麻烦您下周三之前发我一份，我们要提前导进系统。

最近天气转凉，早晚温差大，您注意添衣服，别像我一样感冒了还硬撑着去跑步。我妈最近天天给我打电话，说我瘦了，非要寄一箱腊肠过来，等到了我分您一些尝尝，是我们老家的做法，有点甜，配米饭特别香。

下次再聊！

韩笑
"""))

add(c(["ramble"], "zh", "Yunnan trip, tea farmer, teaching memories, documentary; monthly-gift failure list buried",
      GUYM, [DUXM], "云南回来啦",
      """
杜主任好：

我上周刚从云南回来，这次在大理和沙溪待了十来天，算是把这几年攒的年假一口气休完了。沙溪古镇比大理安静太多，每天早上在寺登街的石板路上散步，听着马铃铛的声音，感觉时间都慢下来了。住的那家客栈老板是从上海辞职过去的，养了三只猫，其中一只橘猫特别黏人，每天晚上准时趴在我门口，我走的那天它还追到了院门口，搞得我差点不想回来了。

在那边还喝了不少普洱，客栈老板带我去了一个茶农家，老人家八十多岁了，还能自己上山采茶。他家的古树茶汤色透亮，回甘特别明显，我买了两饼回来，下次去你们那边开会带给您尝尝。老人家说现在年轻人都出去打工了，茶山没人管，听得我挺感慨的。

说起来，这趟还让我想起大学时去滇西支教的日子。那时候我们住在村小的教室里，晚上点蜡烛备课，孩子们每天走一个多小时山路来上学，书包里装着烤土豆当午饭。有个叫阿英的小姑娘特别爱画画，我走的时候她送了我一张画，画的是我们几个老师站在操场上，我到现在还夹在笔记本里。不知道她现在怎么样了，应该也大学毕业了吧。

回来的飞机上看了一部纪录片，讲的是高原上的乡村医生，拍得特别克制，没有煽情的配乐，就是一天天地记录他怎么翻山去给老人量血压。看完我在飞机上偷偷抹了好几次眼泪，旁边的大哥估计以为我失恋了。

对了，本月月捐扣款失败的名单我放在附件里了，麻烦您周五前确认一下哪些需要联系捐赠人。

这几天回到城里，最不适应的就是空气和节奏，早高峰地铁挤得我怀疑人生。周末打算去花鸟市场买几盆绿植，把云南的感觉搬一点回家。您之前说阳台上种了薄荷和迷迭香，长得怎么样了？我一直想试试，就怕养不活。

祝好！
顾一鸣
"""))

add(c(["ramble"], "zh", "calligraphy exhibition, father's stock losses, colleague's wedding, old house; template-permission sign-off buried",
      QIUXF, [JIANGWH], "书法展 & 近况",
      """
蒋主任您好：

上周末陪家里老人去省美术馆看了那个明清书法展，不知道您去了没有？展厅不大，但真迹不少，最让我挪不动步的是一幅王铎的草书长卷，笔势连绵，墨色浓淡变化特别大，讲解员说他写字喜欢“涨墨”，一笔下去墨汁洇开，反而有种说不出的气势。我家老爷子在那幅字前站了快半个小时，回来以后非要重新练字，现在每天早上五点起来磨墨，全家都被他吵醒。

说到老爷子，他最近还迷上了炒股，天天拿着手机看K线，跟楼下几个老伙计交流“内部消息”。上个月听人说某只新能源股要翻倍，一把梭进去，结果跌了百分之十五，气得两天没下楼。我劝他别碰了，他说这叫“交学费”。您是金融口的专家，有机会真想请您给他上一课。

还有件喜事，我们组的小周下个月结婚，新娘是他大学同学，谈了七年终于修成正果。婚礼定在郊区一个农庄，说是要办草坪婚礼，还让我们每个人都准备一个节目。我五音不全，正发愁到底是朗诵还是讲个段子，同事们起哄让我表演书法，现场写个“百年好合”，我觉得我还是回去跟老爷子一起练练再说。

对了，合同模板库的权限矩阵我已经按您上次的意见改好了，需要您在确认单上签个字，附件里有。

另外我老家的房子最近在翻修，老宅子是上世纪八十年代盖的，墙体都裂了。包工头说要把木窗全换成断桥铝，我舍不得，那几扇木窗是我爷爷亲手做的，上面还刻着花。最后商量了个折中的办法，把旧窗拆下来刷漆当装饰挂在墙上。等装修好了，欢迎您有空去我们那边走走，山里空气好，秋天的柿子特别甜。

前两天路过贵行楼下，看到门口那排银杏全黄了，满地金灿灿的，好多人在那儿拍照。我也停下来拍了几张发给老爷子，他说要照着画一幅，不知道最后会画成什么样子。

最近降温了，您多保重身体。

邱晓峰
"""))

add(c(["ramble"], "zh", "traditional: typhoon, cha chaan teng, hiking, father's horse betting, new phone; UAT account list buried",
      WONG, [LEUNG], "近況分享",
      """
梁小姐您好：

上星期的颱風真是把大家嚇了一跳，八號風球掛了一整天，我們公司全體在家工作。我住的那棟大廈窗戶被吹得嘎嘎作響，半夜還停了兩個小時電，只好點著蠟燭聽收音機，感覺回到小時候。第二天一早出門，樓下的大樹倒了兩棵，街坊們自發清理樹枝，還有茶餐廳老闆請大家喝奶茶，那一刻覺得這座城市的人情味還在。

說到茶餐廳，我最近發現公司附近新開了一家，菠蘿油做得很有水準，外皮酥脆，牛油夠厚，趁熱咬一口簡直幸福。他們的凍檸茶也不會太甜，我幾乎每天下午都去報到，同事笑我快要變成他們的股東了。下次您來我們公司開會，一定要帶您去試試。

颱風過後天氣轉涼，週末我和幾個朋友去行了麥理浩徑第二段，從北潭凹走到浪茄，沿途海景真的美得不像話。大浪西灣的沙很細，海水清澈見底，我們在沙灘上坐了一個多小時，甚麼都不做，就看著浪一層層地捲上來。回程的時候腳都快走不動了，不過很值得。

還有一件好笑的事，我爸爸最近迷上了賽馬，每個星期三晚上都準時守在電視前，手裡拿著馬經圈圈點點，說自己研究出了一套「科學方法」。上週他讓我幫他下注，結果那匹馬跑了最後一名，他還堅持說是騎師的問題。

順帶一提，UAT帳號下週一開通，請您確認一下附件裡的測試人員名單。

另外我終於換了新手機，拍照功能好得驚人，夜景模式連維港的燈光都拍得清清楚楚。我拍了一組颱風後的天空照片，雲層是粉紫色的，放在社交平台上，好多朋友問我是不是修過圖。有空分享給您看看。

說起來，下個月公司年會要在離島舉行，要坐渡輪過去，同事們已經在討論要穿甚麼衣服拍照，我只關心那邊的海鮮餐廳是否還像以前一樣好吃，上次去吃的椒鹽瀨尿蝦到現在還念念不忘。

天氣變化大，請多保重。

黃嘉欣
""", trad=True))

add(c(["ramble"], "en", "sailing, sourdough starter, kids' soccer, library podcast; fund-code request buried in a 500-word letter",
      OWEN, [FIONA], "Back from the coast",
      """
Hi Fiona,

Hope you had a good week! I'm finally back at my desk after ten days on the coast, and I have to tell you, it was exactly the reset I needed. My brother-in-law has an old wooden sailboat that he keeps in a tiny harbour up north, and he talked me into crewing for him for a few days. I had never sailed anything bigger than a rowing boat, so the first morning was a comedy of errors — I managed to tie the wrong rope to the wrong cleat and we spent twenty minutes going in a very slow circle while a group of retirees on the pier gave us a round of applause. By day three I could actually tack without falling over, which I'm counting as a personal triumph.

The other big project of the trip was sourdough. My sister has kept the same starter alive for six years — she calls it Gerald — and she was determined to teach me. It turns out bread is mostly about patience, which I do not have. My first loaf came out the shape of a frisbee and roughly as edible. The second one was genuinely good, though, crusty on the outside, open and chewy inside, and we ate it warm with salted butter on the back porch while the sun went down. I've brought a jar of Gerald's offspring home with me and I'm now feeding it twice a day like a slightly needy pet.

Meanwhile, my daughter's under-nines soccer team had their end-of-season tournament on Saturday. They lost every single game, scored exactly one goal all day, and celebrated that goal as if they'd won the World Cup. The coach handed out medals anyway, and my daughter hasn't taken hers off since. I'm fairly sure she slept in it.

Oh — could you send me the list of fund codes for the year-end appeal by Wednesday? We need them before we can set up the designations.

On the drive back I finally got through that podcast series you recommended about the history of public libraries. The episode about the Carnegie libraries was fascinating — I had no idea how many small towns still have one of those buildings, or how fiercely some communities fought against accepting the money at the time. It made me want to go and visit the little library in my parents' town, which I'm now fairly sure is one of them.

Anyway, the weather here has turned properly autumnal, the leaves on our street are going red and gold, and I've already lost the argument at home about when the heating goes on. How was your half-term? Did you make it to the lakes in the end?

Speak soon,
Owen
"""))

add(c(["ramble"], "zh", "dance rehearsal, gym, husband's new EV, kitchen renovation; year-end bonus tax choice buried",
      ZHOUQ, [ZHENGX], "年会排练 & 一件小事",
      """
郑老师好：

最近公司在排练年会节目，我被拉进了舞蹈组，跳的是一段改编版的《恭喜发财》，每天下班后在会议室练一个小时。说实话，我上一次跳舞还是大学军训结束的联欢会，这次动作总是慢半拍，编舞的小姑娘很有耐心，一个八拍一个八拍地抠。最搞笑的是我们组长，他为了节目效果专门去买了一身金色的唐装，试穿那天全组笑了十分钟。

为了年会上不出丑，我还办了一张健身卡，每周去三次，教练给我定了个计划，先练核心力量。第一次上课做平板支撑，撑了四十秒就开始发抖，教练说正常人都能坚持一分钟，我只好假装没听见。不过坚持了三周，最近爬楼梯确实不喘了，体重也掉了两公斤，算是意外收获。

家里最近也挺热闹，我先生终于下定决心换车，前后看了两个月，在混动和纯电之间来回纠结，最后选了一辆纯电的SUV。提车那天他开心得像个孩子，非要拉着全家去郊区兜风，结果半路上找充电桩找了四十分钟，儿子在后座睡着了又醒，醒了又睡。现在他每天研究哪里的充电桩便宜，比研究股票还认真。

另外我们家厨房也在翻新，橱柜选了一个月还没定，他喜欢深灰色，我喜欢原木色，最后妥协成上灰下木，设计师说这个搭配今年很流行，也不知道是不是在安慰我们。

对了，年终奖的计税方式，请贵行在12月10日前确认是选单独计税还是并入综合所得，我们要提前在系统里配置好。

说回年会，我们舞蹈组下周要彩排，听说行政还准备了抽奖环节，一等奖是一台扫地机器人，我已经开始许愿了。您那边年会什么时候办？去年听说贵行的合唱节目还拿了系统内的奖，真羡慕你们有这么多才艺担当。

还有我儿子最近迷上了乐高，每天放学回家第一件事就是拼他的太空站，客厅地板上到处都是小零件，我半夜起来倒水踩到过两次，疼得直跳脚。

天冷了，注意保暖！

周沁
"""))

add(c(["ramble"], "mixed", "code-switched Singapore trip diary (hawker food, F1, kopi, lizard); e-sign API key request buried",
      VIVIAN, [WANGYM], "新加坡回来了",
      """
Hi 王律师,

Just got back from Singapore 的 legal-tech conference, 还在 jet lag 中, 所以 forgive me if this email is a bit all over the place.

这次 conference 规模比去年大很多, 三天下来 honestly 我最大的收获不是那些 AI 合同审查的 panel, 而是 hawker centre. 第一天晚上同事带我去 Maxwell, 排了四十分钟的队吃那家很有名的 chicken rice, 鸡肉嫩得不像话, 辣椒酱 also amazing. 第二天又去了 Lau Pa Sat 吃 satay, 一边吃一边看 CBD 的夜景, 那种 vibe 真的很难形容. 我现在一闭眼就是 laksa 的味道, 椰浆和虾膏的香味混在一起, 每次想起来都忍不住咽口水.

Conference 那周刚好碰上 F1 night race, 整个 Marina Bay 都封路, 我每天打车回酒店都要绕一大圈. 有一次司机 uncle 跟我聊了半小时他年轻时候在码头工作的故事, 还教我分辨哪家 kopi 最正宗. 他说真正的 local 都喝 kopi-o kosong, 我试了一下, 苦得我直皱眉, 最后还是乖乖点了 kopi peng, 加冰加炼奶, 甜到心里.

另外 hotel 旁边有个 botanic garden, 我每天早上六点多去跑步, 那个时候还不太热, 湿度也还能接受. 有一天还看到一只 monitor lizard 慢悠悠地横穿跑道, 吓得我原地跳起来, 旁边晨练的阿姨们都笑了, 说它每天都来, 比我准时多了.

Oh btw, e-signature vendor 的 API key 麻烦您这周给到我们, 不然 integration 没法开始.

回来之前还去 Haji Lane 逛了一下, 买了几个手工香薰, 还有一本讲南洋建筑的书, 里面很多 shophouse 的照片, 颜色特别好看, 粉色、薄荷绿、鹅黄色一排排挨着. 我在想我们办公室那面白墙要不要也刷成那种 pastel 色, 同事们已经开始投票了, 目前薄荷绿领先, 设计组坚持要鹅黄色, 还在吵.

机场的时候还发现 Jewel 那个室内瀑布晚上有灯光秀, 我差点因为看秀误了登机, 一路小跑到登机口, 空姐都在门口等我了, 真的很尴尬.

回来的航班上我终于有时间把那本一直想看的小说看完了, 讲的是一个 family 几代人在槟城开咖啡店的故事, 写得很温柔, 看到最后一章我眼眶都红了, 邻座的 auntie 还默默递给我一张纸巾.

Anyway, 等我倒完时差再跟您好好聊. 下次您去新加坡出差, 我给您列一个 food list, 保证不踩雷!

Vivian
"""))

add(c(["ramble"], "zh", "fishing trip, football, child's school choice, health routine, cured pork; payroll-file format check buried",
      FANJH, [QIANWG], "钓鱼归来",
      """
钱处好：

国庆后一直想给您写封信，拖到今天才动笔。上周末我又去水库钓鱼了，这次运气出奇地好，凌晨四点出发，五点半打窝，一上午钓了十几条鲫鱼，最大的一条有一斤二两。同去的老李一条都没钓着，气得把鱼竿都收了，蹲在旁边抽烟看我钓。中午我们在水库边的农家乐把鱼炖了，放点豆腐和紫苏，那叫一个鲜。您要是有兴趣，下次我们一起去，我的装备多，借您一套。

说到运动，最近国足的比赛您看了吗？我是熬夜看的，上半场踢得还挺像样，下半场体能一掉就守不住了。我儿子比我还激动，第二天早上六点起来写了一篇八百字的观赛感想，老师还表扬了。不过说实话，我更希望他把这股劲头用在数学上。

孩子明年小升初，最近全家都在为这个事发愁。学区、摇号、民办还是公办，每天晚上家长群里的消息能刷几百条，看得我头都大了。我爱人整理了一个表格，把附近十几所学校的升学率、通勤时间都列出来了，比我做项目计划还认真。您家孩子已经上高中了吧？有什么经验还请多指点。

另外，代发文件的新格式我们已经按贵行的规范做好了，附件里是样例文件，请您在下周二前确认一下字段有没有问题。

还有，人到中年，我最近开始注重养生了。每天早上一杯温水，中午午睡二十分钟，晚上泡脚。我爱人还给我买了个八段锦的视频课，我跟着练了一个礼拜，腰确实没那么酸了。单位体检查出来血脂有点高，医生让我少吃红烧肉，这对我来说比项目延期还难受。

下个月天气再冷一点，我们老家的腊肉就该熏上了，用的是柏树枝和橘子皮，熏出来颜色红亮，切片蒸一蒸，肥而不腻。到时候给您寄一点尝尝。

前两天在小区楼下碰到以前的老同事，他退休以后开始学摄影，天天扛着长焦镜头去公园拍鸟，给我看了一张翠鸟叼鱼的照片，拍得清清楚楚，我都想跟着他学了。

祝一切顺利！

范建华
"""))

# =============================================================================================
# backchannel (single label)
# =============================================================================================

add(c(["backchannel"], "zh", "internal: mocks the client HR director with a nickname and calls dealing with him life-shortening",
      LU, [LIUC], "A公司排班规则又变了",
      """
畅畅：

“何一变”今天又把排班规则推翻了，这是本月第四版。我严重怀疑这位总监连他们自己门店几点开门都说不上来，全凭开会时的心情定规则。

你先别动代码，等他下周再变回去，省得白干。跟这种人对接，真的折寿。

明远
"""))

add(c(["backchannel"], "en", "reply-all accident: jokes about the client's 'P1s' with the client still in Cc",
      RACHEL, [DANIEL], "Re: Henderson matter - urgent ticket #3",
      """
Ha. Margaret's "P1s" are practically their own genre at this point — I give it a day before she discovers the search bar has a filter panel. Put her on the demo calendar for next month and let her stew; she'll have forgotten by then.

R.
""", cc=[MARGARET],
      quote="""
Rachel,

Margaret just filed another P1 for search. Third one this week. Can you take it?

Dan
""", quote_from=DANIEL, quote_style="gt"))

add(c(["backchannel"], "zh", "internal: calls the bank's legal director 'the dowager' and says she only wants attention",
      SONGYQ, [FUJ], "C行法务部那边",
      """
佳佳：

老佛爷今天又下懿旨了——嫌合同审批页面的蓝色“不够庄重”，要换成深红。我委婉提了一句深红在系统里代表“驳回”，她老人家当场就拉下脸来。

我算是看明白了，这位主任压根没打算好好用系统，纯粹是来找存在感的。UI你先别改，等她下周忘了再说。

雅琪
"""))

add(c(["backchannel"], "mixed", "code-switched internal rant calling a client contact hopeless and a blame-dodger",
      KEVIN, [LEO], "client-b Jason",
      """
Leo,

那个 client-b 的 Jason 真的 hopeless. Every call 都是 "let's circle back", 一个 leave accrual 的问题 circle 了三个礼拜. 我看他就是不想担责任, 典型的甩锅侠, 出了事第一个跑.

下次 call 你来 lead 吧, 我真的 can't deal with him anymore.

K
"""))

add(c(["backchannel"], "zh", "internal, ASCII punctuation: sneers at a foundation client by short name ('B会') and their efficiency",
      CHENGYF, [MAX], "B会官网改版",
      """
马骁:

B会那帮人,改一个错别字都要报理事长批,捐一块钱能开三次会.官网改版拖了两个月,他们还好意思说是我们进度慢.

说真的,就这种效率,也难怪人家年报每年都是最后一个交.咱们按排期走,别被他们带节奏.

一帆
"""))

add(c(["backchannel"], "en", "internal: ridicules the donor-CRM client as a 'bake sale' who can't tell quality apart",
      HANNAH, [GREG], "round seven",
      """
Greg,

Heads up: the donor CRM people at client-b are back with round seven of "just a few small tweaks". Honestly, they run that place like a church bake sale with a Salesforce budget.

Don't bother polishing the mockups. Nobody over there will be able to tell the difference anyway.

H.
"""))

add(c(["backchannel"], "zh", "reply-all accident: agrees the foundation secretary-general stalls and dodges blame, with her in Cc",
      SHAOG, [LIUC], "Re: 基金会年报页面确认",
      """
可不是嘛。这位秘书长的“再请示一下”就是拖字诀，她自己什么都不敢拍板，出了问题好往理事会身上推。

别等了，你先按现在的版本部署到预发布环境，反正等她请示完，黄花菜都凉了。

邵刚
""", cc=[SUNHM],
      quote="""
邵哥，

年报页面孙秘书长说要“再请示一下”，又得等了吧？

刘畅
""", quote_from=LIUC))

# =============================================================================================
# two labels
# =============================================================================================

add(c(["argue", "refusal"], "zh", "flatly refuses a payroll recalculation and scolds the client for not checking with finance first",
      SUH, [ZHANGQ], "Re: 10月工资按新规则重算",
      """
张经理：

10月的工资已经发到员工卡上了，个税也已经申报完了。重算？这种事我们从来不接，以后也不会接。

另外说一句，绩效系数调整这么大的事，发邮件之前能不能先跟你们财务对一下口径？每次都是拍完脑袋才想起来找系统。

苏航
""",
      quote="""
苏经理：

公司刚调整了绩效系数，能否把10月工资按新规则重新算一遍？

张倩
""", quote_style="foxmail"))

add(c(["backchannel", "argue"], "en", "to the client ED: disparages his coordinator and lectures him that it's his management problem",
      GREG, [DAVID], "Re: Campaign page not live",
      """
David,

What is going on is that we have been waiting eleven days for Kyle to send us the final copy and the hero image. Eleven. Your coordinator doesn't read his email, doesn't show up to the stand-ups he himself schedules, and then tells you we're the bottleneck.

Frankly, that's a management problem on your side, not a delivery problem on ours. Get Kyle to do his job and the page goes live the same afternoon.

Greg
""",
      quote="""
Greg,

The year-end campaign page still isn't live and we're losing donations every day. What is going on?

David
"""))

add(c(["refusal", "persuade"], "mixed", "code-switched: refuses bilingual templates outright and pushes the client to accept the standard one",
      CINDY, [WANGYM], "双语合同模板",
      """
王律师 hi,

双语合同模板 we're not going to build — 不在 roadmap 上, 以后也不会加.

你们就用我们的标准中文模板, 大部分律所 clients 都在用, works perfectly fine. 没必要搞 special case, 真的. Please just go with the standard one and let's move on, 合伙人那边 I'm sure 您能 handle.

Cindy
"""))

add(c(["ramble", "backchannel"], "zh", "long chatter (library, cat, TV drama, beef stew) that also mocks the client's finance staffer; receipt-template check buried",
      XUQ, [SUNHM], "最近好吗",
      """
孙秘书长好：

好久没联系了，最近是不是忙着准备年末的募捐活动？我这边刚忙完一个项目，终于有时间喘口气。上周末去了郊区新开的那家图书馆，建在一片竹林里，整面墙都是落地玻璃，坐在里面看书，外面风一吹竹叶沙沙响，特别解压。我在那里待了一整天，看完了一本讲日本老铺的书，里面写一家做了三百年豆腐的小店，每天凌晨三点起来磨豆子，读得我都想辞职去开店了。

家里的猫最近也不安分，学会了开柜门，把我藏在柜子里的猫条全翻出来吃了，还把一袋冻干咬得满地都是。我回家一开门，它就坐在一堆包装袋中间，一脸无辜地看着我，真是又气又好笑。朋友说这是猫太聪明了，要上儿童锁，我已经下单了。

最近追了一部讲乡村教师的电视剧，您要是有空可以看看，和咱们基金会做的助学项目挺像的，里面有几集拍得特别感人，我边看边哭，纸巾用了半包。

说到这个，还得跟您吐槽一句：您那边财务的老周，说真的，跟他对接一次我得缓三天。一封邮件能拖一个礼拜才回，回了也是答非所问，脑子就像生了锈的齿轮，怎么转都转不过来。上次就改个收据抬头，他来来回回问了我五遍“为什么要改”，我都怀疑他压根没看我发的说明。

哦对了，捐赠收据的新模板附件里有，麻烦您在下周三前确认一下。

周末我还学了一道新菜，番茄牛腩，炖了三个小时，牛腩软烂入味，汤汁拌饭能吃两大碗。我妈尝了以后说比她做的还好，这是我下厨以来得到的最高评价。下次有机会做给您尝尝。

另外我最近报了个陶艺班，每周六下午去拉坯，第一次做的碗歪得像顶帽子，老师说很有个性。我打算做够一套茶杯，到时候送您一个，您可别嫌弃。

天气越来越冷了，您注意身体，别太累着。

许晴
"""))

add(c(["persuade", "argue"], "zh", "calls the client's choice irresponsible, scolds him for deciding by feel, and imposes the switch date",
      SHAOG, [HEJG], "审批流切换",
      """
何总：

您坚持保留旧OA那套七级审批，我只能直说：这是在拿贵司的效率开玩笑。三份分析报告我们都发过了，哪里看不明白可以问，但请别再凭感觉拍板。

新审批流下周一必须切，没有第二个选项。您把通知发下去就行，其他的交给我们。

邵刚
"""))

# =============================================================================================
# hard negatives (expect = [])
# =============================================================================================

add(c([], "zh", "buffered refusal: bureaucratic '暂不纳入本期' with CR number, review date, reply date and interim workaround",
      CAIWB, [SUNLEI], "Re: 关于综合工时制岗位加班费按季度结算",
      """
孙经理：

来函收悉，感谢贵行提出的需求。

经初步评估，“综合工时制岗位按季度结算加班费”涉及计薪周期与个税申报周期的拆分，改动面较大，暂不纳入本期（V2.3）交付范围。该需求已登记为变更单 CR-2026-118，将提交11月20日的产品评审会讨论，评审结论我们会在11月21日前书面回复贵行。

在此之前，贵行可先使用“加班调整项”按季度手工录入差额，操作说明见附件；如有需要，本周内可以安排一次线上演示。

产品实施部
蔡文博
""",
      quote="""
蔡经理：

我行柜面岗位实行综合工时制，希望系统支持按季度结算加班费，请评估是否可行。

孙蕾
"""))

add(c([], "en", "refusal with a concrete alternative (amend & re-sign) and a demo slot; client's 'ridiculous' only in quote",
      RACHEL, [NICK], "Re: editing signed PDFs (partners asking again)",
      """
Hi Nick,

I get why that's frustrating. We can't make an executed PDF editable in place — any change would invalidate the signature and break the audit trail, which is the part your risk team relies on.

What we can do: the "Amend & Re-sign" action creates a corrected version linked to the original, pre-fills the signers, and usually takes a partner under two minutes. I can turn it on for your workspace today and walk two or three partners through it — would Tuesday at 2pm work?

Rachel
""",
      quote="""
Rachel — partners keep asking why they can't just fix a typo in an executed letter inside the DMS. Can we enable that? This is getting ridiculous.

Nick
"""))

add(c([], "zh", "escalation: PM cannot approve extra seats, hands off to the commercial director with a date, offers temporary seats",
      QIUXF, [WUHT], "Re: 加开20个席位",
      """
吴主任您好：

收到您加开20个席位的需求，谢谢您提前告知贵所的扩编计划。

合同约定的是50个席位，超出部分涉及报价调整，我本人没有权限直接批准。我已将您的需求转给我们的商务总监赵磊，他会在本周四前与您电话沟通具体方案。为了不影响新入职律师使用，这期间我可以先为贵所临时开通5个两周有效的席位，您把名单发我即可。

邱晓峰
""", cc=[ZHAOL]))

add(c([], "zh", "negation '并不是做不了' plus a phased plan and a client choice with a date",
      HANX, [LIWAN], "Re: 英文版官网",
      """
李老师好！

英文版官网并不是做不了，只是离年会只剩两周，全站翻译加排版校对，硬赶的话质量没法保证。

我们想了个分步走的办法，您看行不行：
1. 年会前（12月5日）：先上线英文版“关于我们”“项目介绍”“捐赠方式”三个核心页面，满足海外捐赠人最基本的需要；
2. 年会后（12月底前）：补齐新闻、年报等其余页面。

如果理事会更希望一次性完整上线，我们也可以把时间定在1月中旬。两种方案您选一个就行，我周四前把详细排期发您。

韩笑
""",
      quote="""
韩笑你好，

理事会希望年会前能上线英文版官网，方便海外捐赠人了解我们。能做吗？

李婉
"""))

add(c([], "zh", "negation '我并不是拒绝您' + bank recall ticket, fallback deduction and a same-day update",
      ZHOUQ, [ZHANGQ], "Re: 已发放工资能否撤回",
      """
张经理：

收到，别着急，我们一起处理。

先说明一下，我并不是拒绝您：系统里确实没有“一键撤回已发放工资”的功能，因为款项已经进入员工银行账户，需要走银行端的退汇流程。

我们现在能做的是：
1. 我已经让支付组联系合作银行，对今天这批代发逐笔发起退汇申请，工单号 PAY-4471；
2. 退汇不成功的个别员工，我们帮您在下月工资中生成扣回项，并准备好给员工的说明模板；
3. 今天下午5点前我会把第一批退汇结果同步给您。

有任何情况随时电话我：138-0000-1234。

周沁
""",
      quote="""
周经理，今天的工资发错了一批，钱已经打出去了，系统能不能直接撤回？急！

张倩
""", quote_style="gt_zh"))

add(c([], "zh", "risky words as technical terms: candidate '拒绝Offer', unique constraint rejects writes, API 必须接受 two formats, 理论上不可能",
      CHENGYF, [LIUZD], "招聘模块接口变更说明",
      """
刘总您好：

招聘模块本周的接口调整说明如下，供贵司IT参考：

1. 候选人状态新增“已拒绝Offer”：候选人在电子Offer页面点击“拒绝”后状态自动变更，HR端会收到提醒；
2. 工号字段增加唯一约束，重复工号的写入请求会被拒绝并返回错误码 E1003，请贵司IT在同步脚本里做好重试和告警；
3. 入职日期接口必须同时接受“2026-11-05”和“2026/11/05”两种格式，我们已在测试环境验证；
4. 按新的校验规则，同一候选人理论上不可能生成两份Offer。

贵司IT在联调中如遇到问题，可以直接联系我们的接口负责人马骁。

程一帆
""", cc=[MAX]))

add(c([], "en", "technical senses: 'You must restart', 'Connection refused', 'opposing counsel argues', 'impossible … counted twice'",
      PRIYA, [MARGARET], "Clause library patch 4.2 — notes",
      """
Hi Margaret,

Patch 4.2 is on staging. A few notes for your IT team:

- You must restart the indexing service after applying the patch; otherwise searches return "Connection refused" until the next nightly job.
- The new fallback clause for limitation of liability is tagged "contested". It's written for the situation where opposing counsel argues the cap is unenforceable, so associates can find it under that tag.
- Duplicates: each document now gets a content hash, so it's impossible for the same file to be counted twice in the matter totals.

If staging looks good to you by Thursday, we'll schedule production for Saturday 9am.

Priya
"""))

add(c([], "zh", "client anger in slang (到底行不行, 炸锅, 无语) only in the Foxmail quote; PM apologises with cause and fix",
      XUQ, [HEJG], "Re: 工资条又发错了",
      """
何总您好：

非常抱歉给您和员工带来困扰，这次的问题责任在我们。

原因已查明：昨晚发布的工资条模板更新中，“补发工资”一栏错误引用了上月数据，影响38名员工，实发金额本身没有错误。

处理进展：
1. 今天10:30已修复模板，并向38名员工重新推送了正确的工资条；
2. 我们准备了一段给员工的说明文字（见附件），如方便可由HR转发到员工群；
3. 今后模板变更增加一道与贵司HR联合核对的环节，核对通过后再推送。

明天上午我想当面向您汇报一下改进措施，不知道您10点是否方便？

许晴
""",
      quote="""
你们到底行不行？工资条又发错了，员工群里都炸锅了，无语。这已经是第二次了，再这样我们要重新考虑合作了！

何建国
""", quote_style="foxmail"))

add(c([], "en", "client's insult ('Are you people even competent?') only in the Outlook quote; calm factual reply",
      OWEN, [HELEN], "Re: Gift Aid declarations missing",
      """
Hi Helen,

You're right to be upset, and I'm sorry. Here's where we are.

The declarations aren't lost. They were attached to the old donor IDs, and last Tuesday's merge job didn't carry them across to the surviving records. We've confirmed all 300 are still in the database.

We're running a script this afternoon to re-link them, and I'll send you a before/after report by 5pm so your team can spot-check a sample. We've also paused the merge job until it handles declarations properly.

Your claim deadline is safe. I'll call you at 5:15 to go through the report.

Owen
""",
      quote="""
Owen,

This is a joke. Your CRM has lost the Gift Aid declarations for 300 donors two weeks before our claim deadline. Are you people even competent? I want this fixed today, not excuses.

Helen
""", quote_style="outlook"))

add(c([], "zh", "traditional: client's '開玩笑/太離譜' only in the quote; PM takes responsibility and gives a fix plan",
      LINZH, [CHENZX], "Re: 捐款收據寄錯地址",
      """
陳秘書長您好：

非常抱歉，這次造成貴會的困擾，責任在我們。

經查，11月3日的批次寄送沒有讀取捐款人最新更新的地址欄位，共影響217位捐款人。我們已完成修正，並在今天重新寄出電子收據；紙本收據也已交由郵局重寄，預計本週五前送達。

另外，我們擬好了一封致歉信草稿，如貴會同意，可以由我們代為寄給受影響的捐款人。明天下午我會到貴會當面說明後續的防範措施。

林志豪
""",
      quote="""
林經理：

你們是在開玩笑嗎？兩百多位捐款人的收據寄到舊地址，有捐款人打電話來罵我們。這種錯誤實在太離譜了！

陳正雄
""", trad=True, quote_style="outlook_zh"))

add(c([], "zh", "constructive internal discussion of the client's worry about year-end load, plan to meet face to face",
      ZHOUQ, [FUJ], "A公司年终奖发放前的系统稳定性",
      """
佳佳、赵总：

何总今天电话里提到，他比较担心12月底年终奖集中发放时系统扛不住，去年他们换供应商就是因为这个。他的担心很实际，我们应该认真对待。

我的想法：
1. 下周安排一次按3倍峰值的压测，结果整理成一页纸给何总；
2. 年终奖发放当天，我们安排两名工程师现场值守；
3. 周四我和佳佳一起去A公司，当面跟何总过一遍方案，听听他还有什么顾虑。

大家看看有没有补充。

周沁
""", cc=[ZHAOL]))

add(c([], "en", "internal: repeats the client's harsh remark about our search and agrees she has a point; wants to fix, not argue",
      RACHEL, [DANIEL], "Margaret's feedback on search",
      """
Dan,

On today's call Margaret said our search "feels like it was designed by people who've never worked in a law firm". It stung, but honestly, she has a point. Paralegals search by matter number and party name first, and we bury both behind an "Advanced" toggle.

Could we get someone from design to shadow two of her paralegals for half a day next week? I'd rather fix the workflow than argue about whose fault the complaints are.

I'll tell Margaret tomorrow that we're taking it seriously and when she can expect a proposal.

Rachel
"""))

add(c([], "zh", "banter among colleagues: 服了 as praise, 我这脑子/醉了 at oneself, '不许拒绝' as a joke; no client involved",
      HANX, [MAX], "工资条模板搞定！",
      """
骁哥：

服了服了，一晚上把12家客户的工资条模板全改完，还顺手修了个对齐的bug，你是真的牛！

我这脑子也是醉了，昨天把评审会议室订成了下周三，今天一看空荡荡的，只好挤在茶水间开的会。以后订会议室这种事还是交给畅畅吧。

周五请你们喝奶茶，不许拒绝~

韩笑
""", cc=[LIUC]))

add(c([], "zh", "firm but polite facts: cites contract clause and signed minutes, offers impact assessment, leaves the decision to the bank",
      CHENGYF, [QIANWG], "Re: 代发回单自动对账",
      """
钱处您好：

理解您的关注，我把相关依据整理如下，供您参考：

1. 合同附件二《功能清单》第4.3条，代发范围为“代发文件生成与状态回传”，未包含回单对账；
2. 10月9日需求确认会纪要（双方签字版）中，对账功能被列为“二期考虑事项”；
3. 因此按项目约定，该功能需要走变更流程。

我们已经做了初步的影响评估：工作量约15人日，不影响12月的主线上线。评估报告附在邮件里，您看完后我们可以约个时间一起过一下，是否纳入、何时纳入由贵行来定。

程一帆
""",
      quote="""
程经理：

代发回单自动对账功能本来就应该包含在项目里，为什么现在说是新增需求？

钱卫国
"""))

add(c([], "mixed", "code-switched recommendation with trade-offs and both quotes; client decides",
      LEO, [CHENQM], "部署方式: SaaS vs on-prem",
      """
陈主任您好,

关于 deployment 方式, 我们整理了一个对比, 供您和合伙人们参考:

- SaaS: 上线快 (约4周), 不需要贵所 IT 维护, 年费模式;
- On-prem: 数据完全在所内, 符合部分客户的保密要求, 但需要两台服务器, 上线约10周, 一次性费用较高.

我们 slightly lean towards SaaS, 主要是考虑贵所 IT 人手, 但 on-prem 我们也完全支持, 两个方案的报价都在附件里. 最终您来决定, 下周 kick-off 前告诉我们就好.

Leo
"""))

add(c([], "zh", "risky motto ('没有不可能') and a disclaimer ('一律不被接受') only in the signature; body is a routine launch notice",
      SHAOG, [SUNHM], "志愿者报名页面上线通知",
      """
孙秘书长您好：

志愿者报名页面已于今天上午10点上线，链接已同步到官网首页和公众号菜单。

本次上线内容：
1. 报名表支持选择服务时段和服务地点；
2. 报名成功后自动发送短信确认；
3. 后台可按活动导出报名名单。

如发现任何问题，欢迎随时告诉我。

--
邵刚 | 项目经理
电话：139-0000-5678
我们的信条：没有不可能，只有没想到
本邮件及附件仅供指定收件人使用。如您不是指定收件人，请勿转发、复制，并立即删除。未经授权的使用一律不被接受。
"""))

add(c([], "mixed", "code-switched release recap; 'never argue / never say no' motto only in the signature",
      KEVIN, [WANGYM], "模板库 v2 上线 recap",
      """
王律师 hi,

模板库 v2 今天 go live 了, quick recap:
- 新增 38 个合同模板, 按 practice area 分类;
- 条款 search 支持 关键词 + tag;
- 版本对比 (redline) 现在可以直接导出 PDF.

Training 安排在周四下午 3 点, 会议链接稍后发. 有问题随时找我.

Kevin

--
Kevin Tang | Senior PM
"Never argue with the data. Never say no to a good idea."
"""))

add(c([], "zh", "long but focused: payroll data-migration plan of ramble length, stays on subject",
      ZHOUQ, [ZHENGX], "薪酬系统数据迁移方案（第二版）",
      """
郑老师您好：

根据上周三的讨论，薪酬系统数据迁移方案已更新为第二版，主要内容如下，完整文档见附件。

一、迁移范围
1. 员工主数据：在职及近两年离职员工共约12,600人，包含基本信息、银行账户、社保公积金账号；
2. 薪资历史：2024年1月至今的月度工资明细及个税申报记录；
3. 薪资结构：岗位工资、绩效系数、津贴补贴等共47个薪资项目的计算规则。

二、迁移步骤
1. 11月18日至22日：从旧系统导出数据，完成字段映射与清洗，重点处理重复工号和身份证号格式不一致的记录；
2. 11月25日至29日：在测试环境完成第一轮全量导入，由贵行人力部抽样核对，抽样比例不低于5%；
3. 12月2日至6日：用10月工资做一次并行计算，新旧系统结果逐人比对，差异须逐条说明；
4. 12月9日：正式切换，旧系统转为只读。

三、核对标准
并行计算中，应发、扣款、实发三项金额差异为零方可切换；个税差异在1元以内的，需确认为四舍五入规则差异，并由双方书面确认。

四、风险与应对
1. 旧系统部分历史数据缺失绩效系数，我们会列出清单，由贵行确认补录口径；
2. 如并行计算差异较多，切换日期顺延一周，不影响12月工资按时发放；
3. 切换当周我们安排两名顾问驻场，随时处理异常；
4. 切换后一个月内保留旧系统只读访问，便于追溯历史数据。

五、需要贵行配合的事项
1. 11月15日前提供旧系统数据库只读账号；
2. 指定一名人力部同事负责抽样核对，并参与每周二的进度会；
3. 确认银行账户信息的加密传输方式；
4. 确认离职员工数据的保留年限，以便我们设置归档规则。

六、交付物
每个阶段结束时，我们会提交一份阶段报告，包括数据量统计、差异清单和处理结果，经贵行确认后进入下一阶段。

以上请您审阅，如有修改意见，我们周五前更新第三版。

周沁
"""))

add(c([], "zh", "long but focused: root-cause analysis of missing full-text search hits, ramble length, on subject",
      SONGYQ, [JIANGWH], "合同全文检索遗漏问题根因分析",
      """
蒋主任您好：

关于上周法务部反馈的“部分合同在全文检索中搜不到”的问题，我们已完成排查，根因分析如下。

一、现象
11月4日至8日，法务部同事在检索“保证”“抵押”等关键词时，约有230份合同未出现在结果中，但这些合同在列表页可以正常打开。

二、排查过程
1. 我们首先核对了检索服务日志，确认检索请求均正常返回，没有超时或报错；
2. 随后比对了未命中合同与正常合同的差异，发现未命中的230份均为10月下旬批量导入的扫描件；
3. 进一步检查发现，这批扫描件在导入时，OCR识别任务排队超过24小时后被系统自动取消，导致合同只有图片、没有文字层，全文检索自然无法命中；
4. 我们抽查了同期导入的其他批次，确认没有类似情况。

三、根本原因
OCR任务队列的超时阈值设置为24小时，当批量导入量超过每日处理能力时，超时任务被静默取消，而且没有任何告警。此外，导入界面只显示“上传成功”，没有提示后台识别尚未完成，也让问题被延迟发现。这是我们在容量规划和监控上的疏漏，责任在我方。

四、已采取的措施
1. 已对230份合同重新执行OCR，11月10日全部完成，现已可以正常检索；
2. 超时任务不再取消，改为自动重试，连续失败三次即发送告警；
3. OCR处理节点从2个扩容到4个，每日处理能力提升到约两万页。

五、后续计划
1. 11月20日前上线“文字层缺失”巡检，每日生成一次报告，发送给我方运维和贵部指定联系人；
2. 下次批量导入前，我们会提前评估处理时长，并与贵部确认导入节奏；
3. 在系统帮助文档中补充扫描件导入的注意事项；
4. 11月底前对全部历史合同做一次文字层完整性全量扫描，预计耗时三天，扫描期间不影响系统正常使用，结果以报告形式同步给贵部。

受影响的230份合同清单附后，如需当面说明，我随时可以过去。

宋雅琪
"""))

add(c([], "zh", "long but focused: year-end fundraising page plan (说服力 as a copywriting goal, 背后 as 'behind the story')",
      GUYM, [DUXM], "年末募捐专题页方案",
      """
杜主任您好：

年末募捐专题页的方案整理好了，请您审阅。

一、目标
12月1日至31日募集助学善款，目标300万元，其中线上渠道目标120万元；同时新增月捐人1,000名。

二、页面结构
1. 首屏：一张受助学生的照片加一句话故事，配“立即捐赠”按钮；
2. 故事区：三位受助学生和一位乡村教师的短视频，每段不超过90秒，讲他们背后的真实经历；
3. 善款去向：用图表说明每100元如何使用，数据取自2025年的审计报告；
4. 进度条：实时显示已筹金额和捐赠人数；
5. 捐赠区：单次捐赠和月捐并列，默认金额分别为200元和50元；
6. 页面底部：机构资质、年报链接和信息公开入口，方便捐赠人查询。

三、文案
文案的说服力主要来自真实和透明，我们建议少用形容词，多用具体数字和受助人自己的话。初稿附后，请项目部同事核实每一个数字，尤其是受助人数和人均资助金额。

四、技术准备
1. 12月初流量预计是平时的8倍，我们会提前扩容并做一次压测；
2. 捐赠成功页加入分享卡片，方便捐赠人转发给亲友；
3. 电子收据在捐赠后5分钟内发送，抬头和编号规则沿用现行设置；
4. 月捐签约失败时自动发送提醒短信，引导捐赠人重新签约；
5. 页面优先适配手机端，主流机型逐一测试。

五、时间安排
1. 11月20日：定稿文案和视频；
2. 11月25日：页面开发完成，进入测试；
3. 11月28日：贵会验收；
4. 12月1日零点：正式上线。

六、效果评估
活动期间我们每天上午10点发送一份数据日报，包括访问量、捐赠转化率、平均捐赠金额和月捐签约数；活动结束后一周内提交总结报告，对比去年同期数据，并给出明年的改进建议。

七、需要贵会确认
1. 受助学生照片和视频的授权书；
2. 默认捐赠金额是否合适；
3. 是否需要同步上线英文版。

以上如有调整意见，请周五前告诉我，我们下周一开始制作。

顾一鸣
"""))

add(c([], "en", "long but focused: donor-portal UAT plan of ramble length (400+ words), stays on subject",
      OWEN, [FIONA], "UAT plan for the donor portal",
      """
Hi Fiona,

Here's the UAT plan for the donor portal, as promised. The full test script is attached; this email covers the structure, the dates and what we need from your team.

Scope
UAT covers the five areas that went through development this quarter: donor sign-up and login, one-off gifts, recurring gifts, Gift Aid declarations, and the donor's own giving history and annual statement. The grant application portal is out of scope for this round and will have its own UAT in February.

Timeline
- 18 November: test environment ready, accounts created for your testers, and a one-hour kick-off call where we walk through the script.
- 19 to 27 November: testing window. Testers work through the scripted cases first, then spend at least an hour on exploratory testing.
- 28 November: triage meeting to review every open issue and agree severities together.
- 2 December: fixes for all critical and high issues deployed to the test environment for retest.
- 5 December: sign-off meeting.

Test data
We've loaded 400 anonymised donor records that mirror your real mix: regular givers, lapsed donors, Gift Aid and non-Gift Aid, and a handful of edge cases such as donors with two addresses. Please don't enter real donor details in the test environment. Card payments use the payment provider's sandbox, so no money moves.

Roles
We'd suggest four testers from your side: one from supporter care, one from finance, one from fundraising, and one person who has never used the old system, since they'll spot confusing wording that the rest of us have stopped noticing. On our side, Priya will run the daily stand-up at 9:30 and I'll own triage.

Logging issues
Every issue goes into the shared tracker with steps to reproduce, what you expected, what you saw, and a screenshot. Severity definitions are in section 3 of the script. If something blocks testing entirely, call Priya directly rather than waiting for the tracker.

Exit criteria
We'd propose sign-off when there are no open critical or high issues, every scripted case has been run at least once, and finance has reconciled a sample of 50 test gifts against the payment provider's report. Medium and low issues can go into a post-launch backlog with agreed dates.

Could you let me know by Friday who your four testers will be, and whether a 10am kick-off on the 18th works? If the dates clash with anything on your side, we have a week of slack before launch and can shift the window.

Thanks,
Owen
"""))

add(c([], "zh", "traditional, long but focused weekly status report of ramble length",
      WONG, [LEUNG], "第46週項目週報",
      """
梁小姐您好：

以下是第46週（11月9日至13日）人事薪酬系統項目週報，請查閱。

一、本週進展
1. 考勤模組：完成三個門市排班規則的配置，並與貴司人事部逐條核對，已確認無誤；
2. 薪酬模組：強積金供款計算規則完成開發，以10月資料試算，與貴司現行結果差異為零；
3. 假期模組：年假、病假及產假的累積規則已配置，待貴司確認產假新規定的生效日期；
4. 員工自助平台：手機版介面完成第二輪修改，已部署到測試環境，主要調整了糧單查詢和請假申請兩個頁面。

二、下週計劃
1. 11月16日：UAT帳號開通，發送測試指引；
2. 11月17日至20日：協助貴司測試人員完成第一輪測試，每天下午五點匯總問題清單；
3. 11月20日：與貴司財務部確認銀行轉帳檔案格式；
4. 11月21日：整理第一輪測試結果，提交問題分級建議；
5. 11月22日：更新項目計劃，如有調整會提前通知。

三、風險與問題
1. 產假新規定生效日期尚未確認，如11月18日前未能確認，假期模組上線可能延後一週，但不影響薪酬模組；
2. 銀行轉帳檔案格式需要銀行方回覆，目前已發出兩次查詢，我方會持續跟進；
3. 部分門市員工沒有公司電郵，我們建議以手機號碼登入員工自助平台，請貴司考慮。

四、需要貴司協助的事項
1. 確認產假新規定的生效日期；
2. 確認UAT測試人員名單（目前為六人）；
3. 提供三位門市經理的聯絡方式，方便安排現場培訓。

五、整體狀態
項目整體進度正常，里程碑「薪酬模組UAT」預計按原計劃於11月27日完成；正式上線日期維持12月15日不變。

六、本週會議摘要
11月11日與貴司人事部召開週會，雙方確認：強積金自願性供款的計算口徑沿用現行做法；離職員工最後糧期的計算規則以合約為準；下次週會改為11月18日上午十時，地點不變。

如有任何問題，歡迎隨時聯絡我。

黃嘉欣
""", trad=True))

add(c([], "zh", "'几乎是不可能的任务' used as praise for the client's HR team",
      XUQ, [ZHANGQ], "员工档案迁移完成，感谢！",
      """
张经理：

跟您报个喜：8000名员工的电子档案已于昨晚全部迁移完成，抽检500份，零差错。

说实话，项目启动时大家都觉得三天迁完八千份档案几乎是不可能的任务，能做成，离不开贵司HR团队连续三个晚上的配合核对。请代我们向各位同事表达感谢！

下周一起旧系统转为只读，保留90天后下线。

许晴
"""))

add(c([], "zh", "colleague named 李不凡 and the technical '不同步'; routine on-site troubleshooting notice",
      FANGY, [LIUZD], "门店考勤机数据不同步——现场排查安排",
      """
刘总您好：

关于东区三家门店考勤机数据不同步的问题，明天上午由我们的工程师李不凡到现场排查。李不凡之前处理过同型号考勤机的协议兼容问题，比较有经验。

排查内容包括网络连通性、设备固件版本和同步日志。如需要门店配合开机柜或重启设备，他会提前联系店长。

排查报告预计周五前发给您。

方园
""", cc=[LIBF]))

add(c([], "zh", "self-criticism with 难道 aimed at our own capacity planning; apology and fixes",
      SHAOG, [HEJG], "关于个税汇算高峰期系统卡顿的说明",
      """
何总：

这次个税数据导出高峰期间系统卡顿，我想先诚恳地向您道歉。

事后我们内部复盘时也在反问自己：难道我们在做容量评估时，就没有想到年末会是一年里数据量最大的时候吗？坦白说，是我们考虑不周。

已采取的措施：数据库读写分离已于昨晚上线，导出任务改为排队异步执行，今天早上的导出耗时已从40分钟降到6分钟。

下周我会把完整的复盘报告带去贵司当面汇报。

邵刚
"""))

add(c([], "en", "'As I said on Tuesday's call' and 'I told you I'd…' as follow-through, delivered a day early",
      HANNAH, [MARK], "Re: Leave accrual rules for part-timers",
      """
Hi Mark,

As I said on Tuesday's call, I wanted to confirm the part-time accrual logic with our payroll team before giving you an answer — and I told you I'd have it to you by Friday, so here it is a day early.

Part-timers will accrue leave pro rata to contracted hours, calculated each pay period, with a cap of 1.5x their annual entitlement. The attached sheet walks through three sample employees. If the numbers match what your HR team expects, we'll switch it on in the sandbox next Monday.

Best,
Hannah
""",
      quote="""
Hannah, any update on the leave accrual rules for part-timers?

Mark
"""))

add(c([], "zh", "'这并不是你们的问题' taking the blame for failed monthly donations; fix and donor notice",
      GUYM, [DUXM], "本月月捐扣款失败的原因",
      """
杜主任您好：

本月有312笔月捐扣款失败，先说结论：这并不是你们的问题，也不是捐赠人的问题，而是我们支付通道的证书在11月1日过期、没有及时续期导致的，责任完全在我们。

证书已于昨天更新，今天凌晨已对失败的312笔重新发起扣款，目前成功305笔，剩余7笔为捐赠人银行卡过期，名单附后。

我们会给受影响的捐赠人发一封说明短信，文案今天下午发您审核。

顾一鸣
"""))

add(c([], "zh", "internal instruction with the client deliberately in Cc, constructive and transparent",
      XUQ, [LIUC], "捐赠收据抬头错误——请今天修复",
      """
刘畅：

抄送孙秘书长，方便她同步了解进展。

基金会反馈，本周开出的电子捐赠收据抬头少了“公益”两个字，影响46张。请今天下班前修正模板，并重新生成这46张收据；修正后先发我和孙秘书长各一份样张确认，再批量推送给捐赠人。

孙秘书长，给您添麻烦了，修正结果我今晚7点前跟您确认。

许晴
""", cc=[SUNHM]))

add(c([], "zh", "PM answers a colleague's quoted complaint about the client constructively and sets up a joint meeting",
      ZHOUQ, [MAX], "Re: A公司又改排班规则",
      """
骁骁：

辛苦了，理解你的郁闷。不过我问了一下，他们这周反复改，是因为劳动监察上周去门店检查，对夜班时长提了整改要求，何总那边压力也很大。

与其被动改，不如我们主动一点：明天上午我约何总和他们的排班主管开个半小时的会，把整改要求逐条过一遍，一次把规则定下来，定完双方签字。你来会上讲讲哪些规则在系统里配置就行、哪些要改代码，帮他们一起判断。

周沁
""",
      quote="""
周姐，A公司这周第三次改排班规则了，这客户是真难伺候，我代码都改吐了。

马骁
""", quote_from=MAX))

add(c([], "zh", "internal: '这次他们的担心是对的' about data masking; concrete fixes and a call to the client",
      SONGYQ, [FUJ], "C行对导出数据脱敏的担心",
      """
佳佳：

C行蒋主任昨天提出，合同导出的Excel里还能看到对方当事人的身份证号，担心有泄露风险。我仔细看了一下，这次他们的担心是对的——导出接口绕过了页面的脱敏规则。

请你这周内：
1. 导出接口统一走脱敏组件；
2. 补一条自动化测试；
3. 列一下过去30天有哪些导出记录，我们主动向C行说明。

我明天先给蒋主任回个电话，说明我们的处理计划。

雅琪
"""))

add(c([], "mixed", "code-switched buffered 'not supported' with FR number, review date, reply date and a workaround demo",
      KEVIN, [WANGYM], "Re: 合同条款级导出(跟进)",
      """
Hi 王律师,

Sorry for the slow reply. Clause-level export 目前 not supported —— 系统里合同是按 document 存的, 不是按 clause.

但这不是 dead end: 我已经 log 成 feature request FR-2291, product team 下周三 review, 我周四 get back to you, 带上结论和 timeline. 短期内可以用 "条款检索 + saved search" 把同一类条款拉出来, 再 export 成 CSV, 我明天可以花 30 分钟 show 一下怎么操作.

Kevin
""",
      quote="""
Kevin,合伙人想把合同按条款导出到Excel,这个到底行不行?已经问了两次了。

王一鸣
"""))

add(c([], "mixed", "code-switched release notes: 'annoying flicker' is a bug, API 'reject' by design, fix not charged",
      VIVIAN, [ZHANGQ], "Payroll app 1.8 release notes",
      """
Hi 张经理,

1.8 版本 tonight 上线, 主要 changes:
- 那个很 annoying 的 payslip 页面 flicker bug 已经 fix 了;
- Payroll API 会 reject 格式不对的 request (比如身份证号少一位), 返回 400, this is by design;
- 员工 app 登录失败 5 次会 lock 30 分钟, 需要 HR 在后台 unlock.

这次 fix 不收费, 属于 warranty 范围. Any questions just ping me.

Vivian
"""))

add(c([], "mixed", "polite firmness: two timeline options with risks attached, the client picks",
      CINDY, [DUXM], "Donor portal timeline — two options",
      """
杜主任好,

考虑到 payment gateway 的审核还没下来, timeline 上我们有两个 options:

A) 12/15 按原计划上线官网改版, donor portal 晚一步, 1 月中单独上线;
B) 整体推迟到 1/10, 一次性 full scope 上线.

两个方案我们这边都能 support, 各自的 risk 和 cost 写在附件里了. 您跟理事会商量一下, 周五前 pick 一个告诉我就行.

Cindy
"""))

add(c([], "mixed", "escalation: refund decision handed to the VP with a call time, usage report attached",
      LEO, [GRACE], "Re: refund for unused seats",
      """
Hi Grace,

Refund 这个 decision 我这边 can't make alone — 涉及合同条款和 finance 流程. 我已经 loop in 我们 VP Sarah Lindqvist, 她明天下午 3 点 (your time) 会直接 call 您, 聊 refund 或者 credit 转到明年 renewal 的几种可能.

Meanwhile 我把 seat usage report 整理好了, attached, 方便你们内部先看.

Leo
""", cc=[SARAH],
      quote="""
Leo, we only used 60 of the 100 seats this year. We'd like a refund for the unused 40. Can you confirm?

Grace
"""))

add(c([], "zh", "security policy forbids emailing full payroll; two concrete alternatives and the client chooses",
      FANGY, [ZHENGX], "Re: 请把全行员工工资明细发到邮箱",
      """
郑老师您好：

理解领导着急。按照贵行和我们双方签署的数据安全协议，含身份证号和银行卡号的全员工资明细不能通过邮件发送，这一点我也没有权限破例。

可以这样处理：
1. 我现在就在系统里为您生成一个加密下载链接，有效期24小时，短信验证码登录即可下载；
2. 如果领导只需要汇总数据，我半小时内做一份不含敏感字段的部门汇总表直接发您。

您看哪种更方便？

方园
""",
      quote="""
方经理，麻烦把全行员工10月的工资明细表直接发到我邮箱，领导急着要。

郑晓
"""))

add(c([], "zh", "recommendation with trade-offs ('按我们服务其他基金会的经验') leaving the payment-channel choice to the client",
      GUYM, [DUXM], "月捐支付渠道的建议",
      """
杜主任您好：

关于月捐的支付渠道，我们对比了微信委托代扣和银行卡代扣两种方式：

- 微信委托代扣：捐赠人签约最方便，转化率高，但单笔限额较低，手续费0.6%；
- 银行卡代扣：适合大额月捐，手续费更低，但签约步骤多一步。

按我们服务其他基金会的经验，微信代扣为主、银行卡为辅会比较稳妥。不过贵会大额月捐人的比例比较高，如果更看重手续费，只做银行卡代扣也完全可以。两种都能在12月上线，由您来定。

顾一鸣
"""))

add(c([], "zh", "supports the bank's compliance review, states schedule impact honestly, '按我们的经验' with the decision left to compliance",
      QIUXF, [QIANWG], "Re: 电子档案保管期限规则送合规审查（进度）",
      """
钱处您好：

送合规审查完全没问题，这本来就是稳妥的做法。

对进度的影响我们估了一下：合规审查如果两周内完成，上线时间不受影响；如果超过两周，上线会顺延到1月第二周。为了节省合规同事的时间，我们可以把规则整理成一张对照表，标出每一类档案的保管期限和对应的监管依据，明天发您。

按我们的经验，信贷类档案设置为结清后30年比较常见，但一切以贵行合规部的意见为准，系统两种配置都支持。

邱晓峰
""",
      quote="""
邱经理，电子档案保管期限的规则，我们想先送合规部审一轮再上线，会不会影响进度？

钱卫国
"""))

add(c([], "zh", "'请相信我们的团队' backed by a daily checklist and a commitment to call if behind",
      ZHAOL, [LIUZD], "关于上线保障",
      """
刘总：

感谢您昨天在会上直接提出对上线时间的担忧。

我们已经把剩余工作拆成了每日可检查的任务清单，每天下午6点发给您和张经理。请相信我们的团队，我们会在12月1日前完成全部门店的切换；如果任何一天的进度落后，我会当天打电话向您说明并给出补救方案。

赵磊
交付总监
""", cc=[ZHANGQ]))

add(c([], "zh", "client slang anger (呵呵, 醉了, 靠不靠谱) only in the quote; PM owns the missed reminders",
      WENT, [JIANGWH], "Re: 合同到期提醒又没发",
      """
蒋主任您好：

非常抱歉，这次的漏发我们负全责。

原因是上周调整提醒规则时，“提前60天提醒”的定时任务被误设为仅工作日执行，恰好错过了到期日落在周末的11份合同。我们已于今早修复，并补发了这11份合同的提醒，清单附后。

另外，我们新增了一个每日自检：如果当天应发提醒数与实发数不一致，会自动通知我和您指定的联系人。

今天下午我给您打个电话，再详细汇报。

温婷
""",
      quote="""
呵呵，合同到期提醒又没发出来，这都第几次了？醉了。你们这系统到底靠不靠谱？

蒋文华
""", quote_style="gt_zh"))

add(c([], "zh", "ASCII punctuation; '理论上不可能被重复发放' and '如果演练结果不行' in the technical sense",
      FANGY, [ZHENGX], "关于工资重复发放风险的说明",
      """
郑老师您好:

针对您上周提出的"系统升级后工资会不会重复发放"的疑问,说明如下:

1. 每一批代发文件都带有唯一批次号,银行端对同一批次号只受理一次,因此同一笔工资理论上不可能被重复发放;
2. 升级前我们会在测试环境用10月的真实数据(已脱敏)做一次全量演练;
3. 如果演练结果不行,我们就推迟升级,改用分批灰度的方案,不会冒险上线.

演练报告预计11月25日发您.

方园
"""))

random.Random(3232).shuffle(CASES)
