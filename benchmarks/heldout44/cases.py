"""heldout44 — blind test set (test set: never train or tune on it).

Written by an independent helper from the labelling guide (shared/drafts/README.md) and the seed
article only. Domain emphasis: cross-border e-commerce and SaaS sold to overseas clients by a
Chinese vendor. Cases are listed grouped by intent and then shuffled with random.Random(4444).
"""

import random

# ---- people -------------------------------------------------------------------------------
# our team (PMs and colleagues)
ZHOU = "周启明 <zhou.qiming@ourteam.example.com>"        # senior PM, formal, weary
CHEN = "陈嘉怡 <chen.jiayi@ourteam.example.com>"         # junior PM, cheerful, emojis
XU = "许蔓 <xu.man@ourteam.example.com>"                 # mid-level PM, sarcastic streak
OUYANG = "欧阳锐 <ouyang.rui@ourteam.example.com>"       # delivery director, bureaucratic
KEVIN = "Kevin Deng <kevin.deng@ourteam.example.com>"    # overseas accounts, code-switching
LIN = "林怡君 <lin.yijun@ourteam.example.com>"           # Taipei office PM, traditional Chinese
ZHAO = "赵一帆 <zhao.yifan@ourteam.example.com>"         # Japan market PM
GRACE = "Grace Song <grace.song@ourteam.example.com>"    # EU accounts PM
LUCAS = "Lucas Ma <lucas.ma@ourteam.example.com>"        # US accounts PM, casual
HUANG = "黄思远 <huang.siyuan@ourteam.example.com>"      # bank projects PM, stiff
HAN = "韩冬 <han.dong@ourteam.example.com>"              # tech lead
LUO = "罗小北 <luo.xiaobei@ourteam.example.com>"         # developer
SU = "苏晴 <su.qing@ourteam.example.com>"                # QA / localisation
AMY = "Amy Wu <amy.wu@ourteam.example.com>"              # VP sales
QIAN = "钱卫国 <qian.weiguo@ourteam.example.com>"        # CEO
JIANG = "蒋丽 <jiang.li@ourteam.example.com>"            # finance
MINGMING = "何明明 <he.mingming@ourteam.example.com>"    # developer
ZHE = "張哲 <zhang.zhe@ourteam.example.com>"             # Taipei colleague
TOM = "Tom Li <tom.li@ourteam.example.com>"              # SRE

# client A: Shenzhen cross-border seller (Amazon / Shopee / Japan store)
DU = "杜文涛 <du.wentao@client-a.example.cn>"
NING = "宁志远 <ning.zhiyuan@client-a.example.cn>"
FENG = "冯佳 <feng.jia@client-a.example.cn>"
MENG = "孟凡 <meng.fan@client-a.example.cn>"
# client B: overseas brands and distributors buying our SaaS
MEGAN = "Megan Torres <megan.torres@client-b.example.com>"
DANIEL = "Daniel Hoffmann <daniel.hoffmann@client-b.example.com>"
TANAKA = "Tanaka Yuki <yuki.tanaka@client-b.example.com>"
KENJI = "Kenji Watanabe <kenji.watanabe@client-b.example.com>"
CHAU = "Nguyen Minh Chau <chau.nguyen@client-b.example.com>"
WEILING = "Tan Wei Ling <weiling.tan@client-b.example.com>"
OLIVIA = "Olivia Brooks <olivia.brooks@client-b.example.com>"
LEUNG = "梁家豪 <kaho.leung@client-b.example.com>"
KLAUS = "Klaus Berger <klaus.berger@client-b.example.com>"
# bank C: cross-border collection / FX project
BAI = "柏晓东 <bai.xiaodong@bank-c.example.cn>"
CHENG = "程立 <cheng.li@bank-c.example.cn>"
LU = "卢敏 <lu.min@bank-c.example.cn>"


def C(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, trad=False, **kw):
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=body.strip("\n") + "\n", quote=quote, quote_from=quote_from, trad=trad)
    if quote is not None and quote_from is None:
        d["quote_from"] = to[0]
    d.update(kw)
    return d


CASES = []
add = CASES.append

# =========================================================================================
# POSITIVES — argue
# =========================================================================================

add(C(["argue"], "zh", "lectures and blames the client's ops team for their own template errors; 'don't push it onto us'",
      ZHOU, [DU], "Re: 亚马逊Listing同步又失败了",
      """杜总:

我们把这两天的同步日志从头到尾过了一遍。失败的312个SKU,父子体关系全部来自贵司运营上周四自己上传的映射表,变体主题一列填的是中文"颜色尺码",亚马逊当然不认。

上个月培训专门花了二十分钟讲这个模板,贵司来了三位同事,签到表我这里还留着。模板填对了,同步自然就通了,这跟系统没有半点关系。

以后碰到问题,麻烦贵司先对着培训手册自查一遍,不要每次一报错就第一时间往我们身上推。

周启明""",
      quote="""启明:

今天上新又全部卡住,后台一片红。你们的同步到底还能不能用?运营这边一整天什么都干不了,请给个说法。

杜文涛""",
      quote_style="foxmail"))

add(C(["argue"], "en", "sarcastic rhetorical question implying the client's team never read the DPA they signed; blaming tone",
      GRACE, [DANIEL], "Re: Escalation - customer data not deleted after 30 days",
      """Daniel,

I'm honestly a little puzzled by this escalation.

The retention schedule is on page 4 of the DPA. Your legal team redlined that exact page twice in March, and the version they signed says personal data is purged 30 days after the order is closed, not 30 days after it is created. That is precisely what the system did.

So before this goes any further up to our CEO: did anyone on your side actually open the document before calling it a breach? Because from where I sit, the only thing that failed here is reading.

Grace""",
      quote="""Grace,

We have found customer records that are still in your system 30 days after checkout. This is a GDPR violation as far as I'm concerned and I'm escalating to your CEO today.

Daniel Hoffmann
Head of IT, EU Operations""",
      quote_style="gt"))

add(C(["argue"], "zh", "passive-aggressive '科普' and accusation that the bank keeps shifting blame; mocking the 2 a.m. mails",
      HUANG, [BAI], "Re: 汇率牌价显示延迟问题(第四次)",
      """柏处您好,

您凌晨两点发的第四封邮件收到了,辛苦。

关于牌价延迟,我这边再"科普"一遍:页面上显示的牌价,是贵行外汇系统每五分钟推给我们的,推过来什么我们就显示什么,推晚了我们也变不出来。这一点前三封回信里都附了时间戳截图。

建议贵行科技部先在内部把口径对齐,省得每回出点状况都绕一圈又落回我们头上。谢谢配合～

黄思远""",
      quote="""思远:

牌价又延迟了!客户在群里投诉。你们到底有没有在查?

柏晓东""",
      quote_style="outlook_zh"))

add(C(["argue"], "mixed", "blames the client's own campaign change for the conversion drop, 'see the funnel yourself', stacked '!!'",
      KEVIN, [WEILING], "checkout conversion drop last week",
      """Wei Ling,

说实话, 这次 checkout conversion 掉了 18% 跟我们的 payment page 一点关系都没有. 你们 marketing 同一周把 free shipping threshold 从 S$49 调到 S$79, 这个 change 事前连 notify 都没 notify 我们一声.

Funnel 数据我放在附件里了, 哪一步掉的自己看一下就清楚了.

以后 campaign 有改动麻烦提前 loop 我们进来, 不要每次 numbers 一跌就先来问我们是不是 bug, 我们 team 也很难做!!

Kevin"""))

add(C(["argue"], "zh", "traditional Chinese; blames the HK client's IT and scolds them for 'writing in every day to scold us' instead of doing homework",
      LIN, [LEUNG], "Re: 退貨標籤還是印不出來",
      """梁生您好:

退貨標籤列印的問題,這已經是我第三次解釋了。我們這邊產生的是標準的 4x6 PDF,同一份檔案在我們測試的三種熱感印表機上都正常。印不出來的是貴司倉庫那台,驅動是貴司 IT 自己裝的舊版本。

說真的,貴司那邊如果連印表機型號都報不出來,我們實在無從查起。與其每天寫信來興師問罪,不如先請貴司 IT 把自己的功課做好。

林怡君""",
      quote="""怡君:

標籤還是印不出來,倉庫已經堆了兩百多件退貨。你們的系統到底有沒有人在管?

梁家豪""",
      trad=True))

add(C(["argue"], "zh", "meeting recap used to lecture the client: 'for the record', blame for cancelled orders and 'do your homework'",
      XU, [DU, FENG], "今日周会纪要(含'丢单'问题说明)",
      """杜总、佳姐:

今天周会的纪要如下:

1. 欧洲站VAT发票模板:已按贵司意见改版,本周五前上线。
2. Shopee马来站物流单号回传:明天上午十点联调。
3. 关于所谓"丢单":先说清楚,这些订单从来没有丢。贵司仓库同事在ShipStation里手动取消了订单,转头又提工单说我们的连接器把单弄丢了。为了证明这一点,我们两个工程师搭进去十一个小时。
4. 下次会议:周四下午三点。

第3条我多说一句:提P1之前,请贵司先把自己这边的操作记录翻一翻,我们的人力也不是大风刮来的。

许蔓"""))

add(C(["argue"], "zh", "rhetorical questions throwing the delay back at the client boss; 'isn't this question the wrong way round?'",
      ZHOU, [NING], "Re: 日本站为什么还上不了线",
      """宁总:

日本站延期的原因,周报里连着三周都是用红字标出来的:日文商品描述、JCT登记号、乐天店铺审核资料,这三样都在贵司手上。

三个礼拜,贵司有谁回过一个字吗?

现在反过来问我们为什么上不了线,这话是不是问反了?我们这边该做的早就做完了,就等贵司动一动。

周启明""",
      quote="""启明:

日本站说好三月底上线,现在都四月中了,怎么回事?给我一个明确的解释。

宁志远""",
      quote_style="gt_zh"))

# =========================================================================================
# POSITIVES — refusal
# =========================================================================================

add(C(["refusal"], "en", "flat refusal of konbini payment: not supported, won't be added, stop planning around it; no buffer or alternative",
      ZHAO, [TANAKA], "Re: Konbini payment for the Japan store",
      """Hi Tanaka-san,

Thanks for the note.

Konbini payment isn't something our checkout supports, and it won't be added. Please let your team know so they can stop planning the launch around it.

Best regards,
Yifan Zhao""",
      quote="""Zhao-san,

Many of our customers in Japan prefer to pay at convenience stores. Could you add konbini payment before the store opens in June? This is quite important for us.

Tanaka Yuki""",
      quote_style="outlook"))

add(C(["refusal"], "zh", "bureaucratic flat refusal ('本项目不作考虑,后续亦不再安排'), no review date, no alternative",
      OUYANG, [CHENG], "关于跨境收款页面增加多账户分账需求的回复",
      """程经理:

来函收悉。

关于在跨境收款页面增加"分账至多个境外账户"一事,经项目组研究,该功能超出合同约定范围,本项目不作考虑,后续版本亦不再安排。

请知悉。

欧阳锐
交付总监"""))

add(C(["refusal"], "zh", "refusal hidden in a chirpy friendly mail: TikTok Shop sync 'won't be done, no plans, don't wait'",
      CHEN, [FENG], "周末愉快&TikTok订单同步的事",
      """佳佳姐早呀☀️

周末去东莞吃了烧鹅,排了四十分钟队,真的值哈哈哈～下次带你去!

说回正事:你们想要的TikTok Shop订单同步,咱们系统是不会接的哦,以后也没这个打算,就别等啦～

其他有啥随时找我呀!!💪

嘉怡"""))

add(C(["refusal"], "mixed", "flat refusal slipped into a meeting recap: 'Lazada 多店铺切换: 不在 roadmap, 不做.'",
      KEVIN, [MENG], "Weekly sync 会议纪要 3/14",
      """孟工,

今天 weekly sync 的纪要:

1. Shopee 订单延迟回传: 已 fix, 下周一发版.
2. Lazada 多店铺一键切换: 不在 roadmap 上, 不做.
3. 英文发票抬头: 本周五前给 sample.
4. 下次 sync: 3/21 同一时间.

有问题再 ping 我.

Kevin"""))

add(C(["refusal"], "en", "terse flat refusal of GBP invoicing: 'isn't an option', nothing else",
      LUCAS, [OLIVIA], "Re: Invoice currency",
      """Olivia,

Invoices are issued in USD only. GBP isn't an option.

Lucas""",
      quote="""Hi Lucas,

Our finance team would like future invoices in GBP so we don't pay conversion fees every month. Could you arrange that from the next billing cycle?

Thanks,
Olivia""",
      quote_style="gt"))

add(C(["refusal"], "zh", "slangy flat refusal of real-time inventory sync: '没戏' and 'don't keep thinking about it'",
      XU, [DU], "Re: 库存同步能不能改成实时",
      """杜总:

库存同步从15分钟一次改成实时这个想法,我这边直接回您:没戏。

架构就是这么设计的,您就别惦记了。

许蔓""",
      quote="""许蔓:

黑五期间超卖了三十多单,能不能把库存同步改成实时的?

杜文涛""",
      quote_style="foxmail"))

add(C(["refusal"], "zh", "polite-sounding but flat: private deployment 'crossed off, no need to raise it again'",
      HUANG, [LU], "需求清单第7条",
      """卢老师您好:

需求清单第7条"私有化部署",我们这边就不考虑了,麻烦您从清单里划掉,后面也不必再提。

其余各条我们本周内逐条回复。

黄思远"""))

# =========================================================================================
# POSITIVES — persuade
# =========================================================================================

add(C(["persuade"], "zh", "pressures the client boss to drop ERP-as-master: 'put it down early, listen to us', and announces execution",
      ZHOU, [NING], "库存主数据放在哪里的问题",
      """宁总:

库存主数据放在贵司ERP这条路,我劝您趁早放下。

我们前后做了四十多家跨境卖家,凡是这么搞的,最后没有一家不回头找我们返工的。这回就听我们的,主数据统一放在我们平台上。

方案下周一我直接发给孟工,让贵司IT照着执行就行,您这边不用再开会讨论了。

周启明"""))

add(C(["persuade"], "en", "pressure via CTO authority and deadline to drop the Frankfurt region, silence counted as agreement",
      GRACE, [DANIEL], "Re: Data hosting region",
      """Daniel,

I'd strongly urge you to stop pursuing the Frankfurt option.

Our CTO has already signed off on Singapore for all new APAC and EU tenants, and reopening the question now will cost you the Q3 launch slot, full stop. Let's lock Singapore today and move on. I'll record it as agreed unless I hear otherwise by 5pm CET.

Grace""",
      quote="""Grace,

Our works council and legal team would feel much more comfortable if customer data stayed in the EU. Can we host the tenant in your Frankfurt region instead?

Daniel""",
      quote_style="outlook"))

add(C(["persuade"], "mixed", "asks the client's engineer to 'turn his boss around' and drop PingPong; anything but Stripe is 'digging a hole'",
      KEVIN, [MENG], "payment gateway 选型",
      """孟工,

关于 payment gateway, 我还是那句话: Stripe 以外的任何选项都是给自己挖坑.

你们老板想用 PingPong 是因为费率低 0.3%, but 这点钱跟后面的 integration 和对账成本比, 根本不值一提.

麻烦你帮忙把宁总那边的想法扭过来, 我们下周一就按 Stripe 开工了, 不等了.

Kevin"""))

add(C(["persuade"], "zh", "bureaucratic pressure via cost and blame: bank must withdraw its objection 'for the greater good', deadline",
      OUYANG, [BAI], "关于对账规则调整意见的函",
      """柏处长:

鉴于本项目已进入收尾阶段,对账规则的任何调整都将导致整体验收延后至少两个月,并产生约四十万元的额外费用。

贵行若坚持调整,由此产生的延期与费用须由贵行全部承担,我方不作分摊。望贵行以大局为重,撤回该意见,按现行规则签署验收单。

请于本周三下班前书面回复。

欧阳锐
交付总监""",
      quote="""欧阳总:

我行财务部对现行的对账规则有不同意见,希望把轧差时点从T+1改为T+0,请贵司研究。

柏晓东""",
      quote_style="outlook_zh"))

add(C(["persuade"], "en", "flattery plus fait accompli to push the standard returns portal over the client's custom one",
      LUCAS, [MEGAN], "Returns portal - let's keep it simple",
      """Hey Megan,

I totally hear you on the custom returns portal. But honestly, someone with your years in DTC knows the standard portal is what every serious brand ends up on anyway. Your CEO will thank you for not reinventing the wheel.

Let's not overthink this one. I've already asked the dev team to go ahead with the standard flow, so we're all set, right?

Cheers,
Lucas"""))

add(C(["persuade"], "zh", "traditional Chinese; tells the HK client his insistence is pointless and to stop hesitating, go single-language",
      LIN, [LEUNG], "商品頁語言版本",
      """梁生:

我理解您想保留繁體、簡體兩套商品頁,但說句實在話,這個堅持沒有什麼意義。香港的買家早就看慣簡體字了,多維護一套只是白白多花錢。

麻煩您跟老闆說一聲,這次就按單一語言上線,別再猶豫了,下週我們就照這個做。

林怡君""",
      trad=True))

add(C(["persuade"], "zh", "teasing pressure: Excel import habit 'should be quit', closing the entrance to 'force' them, 'you'll thank me'",
      CHEN, [FENG], "Excel导入这个习惯😂",
      """佳姐～

Excel导入采购单这个习惯真的该戒啦😂 都什么年代了还手工搬数据,说出去同行要笑话的。

我们这周就把导入入口关掉,逼一逼大家,一开始可能不习惯,过两周你们肯定会感谢我的～

嘉怡"""))

# =========================================================================================
# POSITIVES — ramble (one actionable line buried in long off-topic chatter)
# =========================================================================================

add(C(["ramble"], "zh", "API re-authorisation deadline buried in ~700 chars of rain, running, piano, hotpot, football and tea",
      ZHOU, [DU], "近况&一点小事",
      """杜总好:

这两天深圳一直在下雨,早上从南山开车去前海,平时二十分钟的路开了快一个小时,导航一会儿说前方积水,一会儿说前方事故,我索性听着电台里的老歌慢慢挪,倒也不急。说起来上个周末我终于去深圳湾跑了一趟,一口气跑了十二公里,结果第二天腿疼得下楼梯都要扶着墙,我爱人笑我中年人硬撑。女儿下个月考钢琴六级,这阵子每天晚上练两个小时车尔尼,邻居倒是没来投诉,可能因为他家孩子在练小号,大家半斤八两。

公司楼下新开了一家潮汕牛肉火锅,吊龙和匙柄都很新鲜,老板是汕头人,说每天凌晨从老家拉牛过来。我连着去了三次,下次您来我们这边一定带您尝尝。他们家的沙茶酱是自己炒的,比超市买的香得多,我厚着脸皮问老板要了配方,回家自己炒了一次,结果炒糊了,厨房烟大得报警器都响了,被家里人念叨了一整晚。

上周末熬夜看了欧冠,那场点球大战看得我心脏都快停了,凌晨三点多才睡,第二天开会一直打哈欠,被我们老板当场点名。我这看球熬夜的毛病就是改不掉,年轻时还扛得住,现在真是一天补不回来。

另外,贵司亚马逊欧洲站的API授权本周五到期,麻烦周四前在卖家后台重新授权一下。

最近我还在琢磨学点茶,朋友送了一把潮州手拉壶,说养壶要天天泡,我就每天早上泡一壶单丛,办公室里一股蜜兰香,同事们都端着杯子来蹭茶。您要是也喜欢喝茶,下次给您带点今年的新茶尝尝。听说您最近也在学高尔夫?我有个老同学在观澜湖当教练,教得特别有耐心,需要的话我把他微信推给您。周末要是天气好,说不定我们还能约一场,我虽然是新手,但据说挥杆姿势还挺标准的。

前几天整理书房,翻出一摞大学时候的信,那时候还流行写信,字写得歪歪扭扭,内容却特别认真,我一个人坐在地板上看了半天,笑得不行。家里阳台种的几盆辣椒也终于结果了,红彤彤一串,准备晒干了过年做腊肠用。

祝周末愉快!

周启明"""))

add(C(["ramble"], "en", "Black Friday SKU-list deadline buried in 450+ words about a New York trip, bagels, a show, jet lag, a podcast and a dog",
      LUCAS, [MEGAN], "Back from NYC!",
      """Hey Megan,

Hope you had a great week! I just got back from four days in New York and I'm still running on airport coffee, so bear with me if this rambles a bit.

First of all, you were completely right about the bagels. I went to the place on the Lower East Side you recommended, and I now understand why people line up around the block at seven in the morning. I had the everything bagel with scallion cream cheese and then, because I have no self-control, went back the next day for the lox. My colleagues back in Shenzhen are sick of hearing about it already. I tried to bring a dozen home in my carry-on, and the security officer at JFK gave me a look I will never forget.

We also managed to catch a show on Broadway on the Thursday night. I won't spoil it for you in case you're planning to see it, but the second act had me in tears, which was embarrassing because I was sitting next to our CFO. He pretended not to notice. Afterwards we walked all the way from Times Square down to the Village, which in hindsight was a terrible idea in new shoes, but the city at night is just something else.

The jet lag on the way back has been brutal. I woke up at 3 a.m. yesterday wide awake, so I finally started that fermentation podcast you mentioned. I'm three episodes in and I've already bought a crock and a kilo of cabbage, so if my apartment smells like kimchi next month, I'm blaming you. The host's story about the exploding jar of hot sauce had me laughing out loud on my balcony at dawn.

Oh, and one thing for your side: please send over the updated SKU list for the Black Friday bundles by Wednesday.

On a completely different note, our dog Mochi has discovered that she can open the pantry door with her nose. We came home on Sunday to find an entire bag of rice spread across the kitchen floor and Mochi sitting in the middle of it looking extremely proud. We have now installed a child lock, and she has been sulking ever since. My partner says she gets the stubbornness from me, which is probably fair.

Also, I finally watched that documentary about the history of the shipping container that you told me about at the trade show. Who knew a metal box could be so dramatic? I now bore everyone at dinner parties with facts about standard container sizes, so thanks for that too.

Anyway, I'm rambling. Say hi to the team in Denver for me, and let me know if you ever make it out to Shenzhen. The dumplings here are a fair trade for the bagels, I promise.

Cheers,
Lucas"""))

add(C(["ramble"], "zh", "cut-over window confirmation buried in ~650 chars about the annual party, canteen, hometown, traffic and stocks",
      HUANG, [CHENG], "近况,顺带一件事",
      """程经理您好:

最近忙得脚不沾地,我们公司年会定在下个月,部门要出一个节目,大家商量来商量去,最后决定跳一段广场舞,美其名曰"接地气"。我这个四肢不协调的人被硬拉进去凑数,每天中午吃完饭就在会议室里排练,同事们笑我跳得像在做广播体操,我也只能厚着脸皮继续练。

说起吃饭,我们食堂最近换了承包商,菜的味道一下子好了很多,尤其是周三的红烧肉和周五的酸菜鱼,去晚了根本打不到。听说贵行的食堂也是出了名的好,有机会一定要去蹭一顿,看看是不是真像传说的那样。

前阵子回了趟老家,江西的一个小县城,这几年变化特别大,高铁通了,新修了湿地公园,我小时候摸鱼的那条河现在整治得干干净净,岸边全是散步的人。我爸妈非要我多住几天,每天变着花样做菜,回来一称胖了四斤,现在只好每天晚上绕小区走一万步。

另外,下周二晚上十点的切换窗口,请贵行确认一下是否保留。

最近上下班路上也越来越堵,地铁口那条路又在修,原来十五分钟的路要走半个小时,我干脆买了辆二手电动车,风里来雨里去,倒也自在。对了,您上次说在研究基金定投,我最近也跟风买了一点,结果买完就跌,现在每天打开软件都心惊胆战,只好安慰自己是长期投资。有空的话我们可以交流一下心得,不过我估计我是反面教材。

周末我还带孩子去了一趟科技馆,他对那个模拟地震的展台着了迷,来回体验了七八次,最后被工作人员客客气气地劝走。回来的路上非要买一套天文望远镜,说要观测土星环,结果买回家才发现小区光污染太严重,连月亮都看得模模糊糊,现在望远镜成了晾衣架。我爱人说我们家的兴趣爱好都是三分钟热度,我竟然无法反驳。最近单位组织体检,医生说我颈椎有点问题,让我少低头看手机,我现在开会都尽量把电脑垫高。

天气转凉,注意添衣。

黄思远"""))

add(C(["ramble"], "mixed", "webhook secret rotation buried in code-switched chatter about a keyboard, Switch games, ramen in Tokyo and badminton",
      KEVIN, [MENG], "周末 & 一个小提醒",
      """孟工,

周末过得怎么样? 我上周终于入了那把 75% 的 mechanical keyboard, 换了 lubed 的 linear switch, 打字声音那叫一个 thocky, 我老婆说像在下冰雹, 但我觉得这就是 productivity 的声音哈哈. 你上次推荐的那套 keycap 也到了, 颜色比图片上还好看, 就是装的时候拔断了一个 stabilizer, 又下单买了一个.

Switch 上的那个新 Zelda 我也开始玩了, 每天晚上说好只玩半小时, 结果一抬头就凌晨一点. 第二天 standup 的时候眼睛都睁不开, 被 Tom 笑了一整天. 你之前说你卡在第三个神殿, 现在过了没? 我有个攻略视频可以发你.

对了, 上个月去东京出差, 在新宿吃了一家只有八个座位的 ramen 店, 排了一个半小时队, 汤头是鸡白汤加一点柚子皮, 真的是 life-changing. 老板一句英文都不会, 全程靠比划和 Google Translate, 最后还送了我们一人一个溏心蛋. 下次你去日本我把地址发你, 一定要早点去, 十一点开门, 十点半队就排到拐角了.

BTW 明天 webhook 的 signing secret 要 rotate, 记得在你们那边 update 一下.

最近我还在打羽毛球, 每周三晚上和几个同事在南山那边的球馆, 场地费 AA, 打完一起去吃宵夜, 烧烤配啤酒, 基本上运动消耗的全补回来了, 等于白打. 你要是有兴趣可以一起来, 我们正好缺一个会杀球的. 上周我扭了一下手腕, 现在贴着膏药打字, 所以这封邮件如果有 typo 请见谅.

还有, 我家楼下新开了一家精酿 bar, 老板是个从 Portland 回来的深圳人, 自己酿的 IPA 很有特色, 带一点荔枝的香味. 上周五我们几个去坐了一晚上, 从 NBA 聊到 AI, 又从 AI 聊到谁家孩子学奥数, 最后老板也加入了, 送了一轮试饮. 他说下个月要办一个 homebrew 的 workshop, 教大家在家酿啤酒, 我已经报名了, 到时候酿好了给你带两瓶尝尝, 难喝的话你就当没收到. 另外我最近在学做手冲咖啡, 买了一个 V60 和一台手摇磨豆机, 每天早上磨豆子的声音比闹钟还管用.

周末要是有空, 一起去深圳湾骑个车?

Kevin"""))

add(C(["ramble"], "zh", "traditional Chinese; logistics-account deadline buried in ~650 chars of Taipei weather, night market, cats, typhoon and TV dramas",
      LIN, [LEUNG], "近況,順便一件小事",
      """梁生您好:

台北這禮拜終於放晴了,前陣子連下了十幾天的雨,衣服晾在陽台上三天都乾不了,我只好去巷口的自助洗衣店排隊烘衣服,順便在隔壁買了杯珍珠奶茶,坐在那邊滑手機等了一個鐘頭,倒也算是一種小確幸。

週末跟朋友去了饒河夜市,胡椒餅還是要排二十分鐘,但咬下去那一口肉汁真的值得。我們還吃了藥燉排骨、蚵仔煎和一大杯木瓜牛奶,撐到走路都有點吃力,最後只好沿著河濱公園散步消化,看到好多人在那邊騎腳踏車、放風箏。

家裡的兩隻貓最近也很不安分,大的那隻學會了開櫥櫃,半夜把整包貓乾糧拖到客廳,小的那隻就在旁邊負責把風,我早上起床看到滿地都是飼料,真的是哭笑不得。獸醫說牠們有點過胖,要控制食量,現在每天都得跟牠們鬥智鬥勇。

另外,麻煩請於本月25日前回覆物流商的帳號資訊。

上個月的颱風您那邊應該也有受影響吧?我們公司停班停課一天,我窩在家裡把一整季的韓劇追完了,哭得稀里嘩啦,隔天眼睛腫得像核桃,同事還以為我失戀了。最近又開始追一部日本的料理劇,每集看完都好想去日本吃一趟,正在跟朋友研究秋天去京都的行程,您如果有推薦的餐廳也歡迎告訴我。

對了,前幾天我媽突然說想學用手機視訊,我花了整個週末教她,從開機、連 Wi-Fi 到按那個綠色的視訊按鈕,她拿著筆記本一步一步抄下來,結果第一次打給我的時候,鏡頭一直對著天花板,我在電話這頭笑到肚子痛。後來總算學會了,現在每天晚上八點準時打來,問我吃飯了沒、貓吃了沒、有沒有穿外套,比鬧鐘還準。另外,我最近在陽台種了幾盆九層塔和薄荷,九層塔長得很好,已經煮了兩次三杯雞,薄荷卻不知道為什麼一直枯黃,朋友說是我澆太多水了,看來植物跟貓一樣,都需要學習怎麼相處。

天氣變化大,請多保重。

林怡君""",
      trad=True))

add(C(["ramble"], "en", "JCT registration-number deadline buried in 420+ words about cherry blossoms, Osaka, baseball, a tea ceremony and Kyoto",
      ZHAO, [TANAKA], "Greetings from Osaka",
      """Dear Tanaka-san,

I hope this email finds you well and that you had a chance to enjoy the cherry blossoms this year. I was lucky enough to be in Osaka last week for a personal trip, and the timing could not have been better. The trees along the river near Osaka Castle were in full bloom, and in the evening they lit them up with lanterns. I must have taken three hundred photos, and my phone storage is now completely full.

My friend, who lives in Osaka, took me to a kushikatsu restaurant in Shinsekai on the first night. I learned the hard way about the rule of not dipping twice into the shared sauce, and the owner gave me a very patient lecture about it in a mixture of Japanese and English. I think I understood maybe half of it, but the food was wonderful, and I ate far too many pieces of fried lotus root.

On Saturday we went to a Hanshin Tigers game at Koshien. I have been to baseball games in China and in the United States, but nothing prepared me for the atmosphere there. The fans sing songs for every single batter, and in the seventh inning everybody released balloons at the same time. I bought a yellow towel and a cap, and I wore both on the train back, which my friend found very funny.

The next day we took the train to Kyoto, and I joined a small tea ceremony in a machiya house near Gion. The host explained each movement slowly, and it made me realise how rarely I sit still for an hour without looking at a screen. I have since bought a small chasen whisk and some matcha, although my attempts at home have produced something closer to green soup than tea.

By the way, the JCT registration number needs to be entered in the invoice settings before April 30.

We also visited Fushimi Inari early in the morning to avoid the crowds. Walking up through the thousands of red torii gates in the quiet was one of the most peaceful moments I have had in years. Near the top, an old man was feeding a group of cats, and he told us he had been doing it every morning for over twenty years.

I am already planning to come back in autumn for the leaves. If you have any recommendations for quiet places outside the usual tourist routes, I would be very grateful to hear them.

With warm regards,
Yifan Zhao"""))

add(C(["ramble"], "zh", "director's renewal-contract stamping deadline buried in ~700 chars of founding story, tea, golf and children studying abroad",
      OUYANG, [NING], "宁总近来可好",
      """宁总:

好久没有当面聊了,上次见面还是在广交会的展位上,一晃大半年过去了。最近常想起我们公司刚起步那几年,七八个人挤在华强北一间不到五十平米的办公室里,夏天空调坏了,大家光着膀子写代码,楼下档口的老板每天中午给我们送猪脚饭,一送就是三年。现在回头看,那几年虽然苦,却是最有劲头的时候。您当年从一个小档口做到今天十几个国家的站点,想来也是一样的滋味。

前几天朋友从福建带了几饼老白茶,是零九年的寿眉,煮出来有一股枣香,我每天下午泡一壶,办公室里的年轻人都说我越来越像个老干部。您上次说喜欢岩茶,我托人留了一点今年的牛栏坑肉桂,等您来深圳的时候一起品一品。

高尔夫我最近打得少了,腰不太争气,去观澜湖打了一场,后九洞基本是走下来的,成绩就不提了。倒是在球场碰到一位做跨境物流的老朋友,聊起这两年海运价格坐过山车,大家都是一把辛酸泪。

听说您家公子今年去英国读书了?我女儿前年去的墨尔本,刚开始每天视频哭着说想家,吃不惯那边的东西,现在倒好,打电话都嫌我们啰嗦,每次没说两句就说要去上课。孩子长大了,留在身边的时间越来越少,想想也是感慨。

对了,续费合同请在本月底前盖章寄回。

说起来,我最近还迷上了钓鱼,周末常去西丽水库附近的一个鱼塘,一坐就是一整天,有时候一条都钓不上来,但就是喜欢那种安静。我爱人说我是去发呆的,钓竿只是道具,我觉得她说得也没错。上次好不容易钓上一条三斤多的草鱼,拍了照片发朋友圈,结果被几个老同学笑话是在菜市场买的。

下个月我可能去一趟广州看展,到时候如果您方便,我们约个饭,找个地方好好喝一杯。贵司今年几个新站点做得这么好,我们整个团队都跟着沾光,也想听听您对明年的打算。

顺颂商祺

欧阳锐"""))

# =========================================================================================
# POSITIVES — backchannel
# =========================================================================================

add(C(["backchannel"], "zh", "internal mockery of the bank's meetings and of 柏处长 ('C行那帮人', tea party, won't be comfortable till next year)",
      HUANG, [HAN], "今天C行的会",
      """冬哥:

今天C行的会你没去算是躲过一劫。那帮人开会跟开茶话会一样,一个钟头讨论下来,唯一的结论是下次什么时候再开会🙃

柏处长那套"稳妥起见,我们再研究研究"我是听够了,照这个节奏,不把项目拖到明年他们心里是不会踏实的。

接口文档的修订你先按原计划走,别等他们了。

思远"""))

add(C(["backchannel"], "en", "internal sneer at the client's Head of Digital ('thinks an API is a kind of beer'), advice to talk down to him",
      LUCAS, [AMY], "Before your call with Client-B tomorrow",
      """Amy,

Quick heads-up before your renewal call tomorrow. Their new Head of Digital thinks an API is a craft beer. Keep the sentences short, use lots of pictures, and whatever you do, don't say "webhook" or he'll derail the whole hour asking what it means lol.

Megan is fine, she'll do the actual decision-making.

Lucas"""))

add(C(["backchannel"], "mixed", "reply-all accident: mocks Chau's endless translation rounds with the client herself still in Cc",
      KEVIN, [SU], "Re: Vietnamese copy review - round 5",
      """晴晴,

Chau 又来要 Vietnamese 翻译 review 了, 第五轮了, 她是不是真把我们当她私人翻译了 lol. 随便改两个字先糊弄过去吧, 反正她也看不出区别.

Kevin""",
      cc=[CHAU],
      quote="""Hi Kevin and Qing,

Please find attached my comments on the Vietnamese product copy. A few phrases still don't sound natural to local shoppers. Could we do one more round?

Chau""",
      quote_from=CHAU,
      quote_style="gt"))

add(C(["backchannel"], "zh", "in a mail to the client boss, disparages his own engineer 孟工 as incompetent and asks for him to be replaced",
      ZHOU, [NING], "私下跟您说一句",
      """宁总:

有句话想私下跟您说。贵司孟工人是很勤快,但技术上确实差点意思,每次对接都要我们的工程师手把手从头教,一个签名校验教了三遍还是不会。

说实话,进度有一半是被这么拖下来的。建议您那边换个懂行点的人来对接,不然后面的欧洲站我们也很难保证时间。

周启明"""))

add(C(["backchannel"], "zh", "internal nickname '杜半夜' and mockery of the client's late-night changes",
      XU, [LUO], "杜半夜又上线了",
      """小北:

杜半夜又上线了,凌晨一点四十发来第三版"最终版"的首页Banner需求,跟第二版唯一的区别是把"限时"改成了"限量"。这位爷大概是白天没空想事,专挑夜里灵感爆发。

你明天上午照第三版改就行,顺便把前两版也存好,我赌五块钱下周他还得改回去。

许蔓"""))

add(C(["backchannel"], "zh", "internal nickname '表格大王' for Klaus and a jab that he'd plan his own funeral in Excel",
      GRACE, [TOM], "表格大王的新需求",
      """Tom:

表格大王又发来一个四十个sheet的工作簿,要我们把过去半年每个区域的接口延迟按小时拆出来。我真怀疑他连自己的葬礼都会先排一张甘特图。

麻烦你周四前把延迟数据导一份出来,格式就按他第一个sheet来,其他三十九个sheet我来应付。

Grace"""))

add(C(["backchannel"], "zh", "to our CEO, sneers that client A's boss 'paints pies' and is stingy when paying",
      ZHOU, [QIAN], "A公司续约的情况",
      """钱总:

A公司那边又开始画饼了,说明年GMV要翻三倍,让我们先免费把多仓调拨功能加上,等量起来了再谈价钱。

这种老板我见得多了,嘴上全是格局,真到付款的时候比谁都抠,去年的尾款拖了四个月才结。

续约价格我建议按原方案报,您看是否可以。

周启明"""))

# =========================================================================================
# POSITIVES — two labels
# =========================================================================================

add(C(["argue", "refusal"], "en", "flat 'no' to SEPA Direct Debit plus a jab that nobody on their side read the SOW and finance 'woke up late'",
      GRACE, [DANIEL], "Re: SEPA Direct Debit before go-live",
      """Daniel,

Re adding SEPA Direct Debit before go-live: no.

It has been out of scope since the SOW was signed in February, which you would know if anyone on your end had actually read it. We are not reopening scope three weeks before launch because your finance team woke up late.

Grace""",
      quote="""Grace,

Our finance team has just told us that SEPA Direct Debit is a must-have for our German B2B customers. Please add it before go-live.

Daniel""",
      quote_style="outlook"))

add(C(["refusal", "persuade"], "zh", "RMB settlement flatly ruled out now and forever, then pushes the client to sell USD to his own leadership",
      HUANG, [BAI], "Re: 增加人民币结算选项",
      """柏处:

人民币结算这个选项本期不会加,以后的版本也不会加。

您这边也犯不着再为这事花力气了,美元结算才是正路,对贵行各方面都更省事。贵行领导那里,我建议您就照这个口径去说服,下周评审会上我也按这个汇报。

黄思远""",
      quote="""思远:

我行有部分出口企业客户希望直接以人民币结算,能否在收款页面增加人民币选项?

柏晓东""",
      quote_style="gt_zh"))

add(C(["backchannel", "argue"], "mixed", "reply-all: scolds Kenji for a self-inflicted 'outage', then mocks him to a colleague with Kenji still in To",
      KEVIN, [KENJI, HAN], "Re: URGENT - checkout down in Japan",
      """Kenji-san,

The "outage" you reported at 3am was your own ad blocker blocking our checkout script. Nothing was down. Please check your own setup before raising a P0 in the middle of the night.

@韩冬 fyi 这位 Mr. Urgent 每周至少三个 P0, 习惯就好, 别当真, 回去睡吧 😂

Kevin""",
      quote="""Kevin,

Checkout page is not loading on the Japan store!! This is P0, please fix immediately!!

Kenji Watanabe""",
      quote_from=KENJI,
      quote_style="gt"))

add(C(["ramble", "persuade"], "zh", "long chatty mail (~650 chars of idols, bubble tea, cat, diet) hiding pressure to drop the self-built store idea",
      CHEN, [FENG], "好久没聊啦～",
      """佳姐～

好久没跟你吐槽啦!上周末我终于抢到了演唱会的票,内场第十二排,整场跳到腿软,嗓子也喊哑了,第二天开早会只能用气声说话,被我们老大笑了一上午。你上次说你也喜欢他们家的歌,下次巡演我们一起去呀,我有抢票的秘诀哈哈。

公司楼下新开了一家奶茶店,招牌是黑糖波波加海盐奶盖,我连喝了一周,结果上秤一看胖了两斤,现在每天只敢点三分糖去冰。同事推荐我去练帕梅拉,我跟着跳了三天就放弃了,太累了太累了,还是散步比较适合我这种懒人。

我家猫最近也不知道怎么了,每天凌晨四点准时在我脸上踩来踩去,叫我起来给它加粮,我现在的作息完全被它支配了,黑眼圈重得化妆都盖不住。朋友说给它买个自动喂食器就好了,我下单了一个,结果它对着机器叫了一晚上,好像在抗议似的。

对了,独立站自己搭的那个想法,你跟宁总说说,就别再琢磨了哈,听我的,直接用我们的店铺模板,下周就能上,自己搭就是给自己找罪受,到时候后悔都来不及。

最近还在追一部古装剧,男主真的太好看了,每天下班回家第一件事就是追两集,边看边吃辣条,幸福感爆棚。周末想去梧桐山爬山,天气预报说会下雨,不知道能不能成行。你们那边最近忙不忙?黑五之后应该能喘口气了吧?下次来我们这边开会一定要约饭,我知道一家很好吃的湘菜,剁椒鱼头超级下饭!

对了对了,上周我妈来深圳看我,非要拉着我去逛东门,说那里的衣服便宜,结果我们从中午逛到晚上,她买了三件外套,我买了一双拖鞋。晚上带她去吃了椰子鸡,她说汤太淡,回家自己又煮了一锅,放了半瓶酱油,我也不敢说什么。她走的时候还塞给我一大袋腊肉和豆豉辣酱,说外卖吃多了不健康,让我自己做饭,可我连电饭煲都用不太明白,看来只能分给同事了。你上次说你也在学做饭,有什么简单的菜谱推荐一下呀?

嘉怡"""))

add(C(["backchannel", "ramble"], "zh", "long internal gossip mail (team building, gym, hotpot) burying a release-note deadline and mocking the Japanese client as '确认狂魔'",
      XU, [SU, LUO], "周五团建+一些碎碎念",
      """晴晴、小北:

周五团建的地方定了,去惠州双月湾,住海边的民宿,早上可以看日出,晚上在沙滩上烧烤。我已经订好了大巴,七点半在公司楼下集合,谁迟到谁负责烤全部的鸡翅。小北你上次说要带吉他,这次可别又忘了,我们都等着听你那首只会前奏的《晴天》。

说到吃,我最近在健身房办了张卡,教练天天让我吃水煮鸡胸,我坚持了五天,第六天路过楼下的火锅店就彻底破功了,点了一整盘肥牛和两份毛肚,吃完还加了碗红糖糍粑,现在想起来都觉得对不起那张年卡。晴晴你说你在练瑜伽,效果怎么样?我觉得我需要一个不那么痛苦的方式。

日本那边的确认狂魔今天又来了,同一个"配送方式"字段,从早上九点到下午五点一共发了八封邮件确认,每封只多问一个字,我看她是闲得发慌,不找点事就浑身难受。跟她开会我都得提前吃颗速效救心丸。

周三之前把日文版的release note发我一下。

还有,楼下那只橘猫又胖了,保安大叔说是我们部门的人喂的,我坚决否认,但小北的抽屉里确实有三包猫条,证据确凿。另外,下个月部门聚餐大家想吃什么?我提议烤肉,晴晴上次说想吃日料,我们可以投个票,少数服从多数,别又吵到最后去吃沙县。

另外,最近我迷上了露营,上周末去了大鹏的一个营地,帐篷是借朋友的,搭了一个小时才搭起来,半夜还下了场雨,睡袋湿了一半,我和我老公裹着外套坐到天亮,第二天早上看到海边的日出,又觉得一切都值了。回来以后我一口气在网上下单了天幕、折叠桌和一套卡式炉,准备下个月再去一次,这次一定要找个有热水澡的营地。你们谁有兴趣可以一起,人多热闹,还能轮流守夜讲鬼故事。顺便说一句,公司咖啡机又坏了,行政说下周才能修好,这几天大家只能喝速溶,士气明显低落。

许蔓"""))

# =========================================================================================
# HARD NEGATIVES
# =========================================================================================

add(C([], "zh", "buffered refusal: not this release, logged as CR with review date and a CSV stopgap (same topic as a flat refusal)",
      CHEN, [FENG], "Re: TikTok Shop订单同步",
      """佳姐好:

TikTok Shop订单同步这个需求我们认真看过了。本期(6月版本)的开发排期已经锁定,确实排不进去,但我已经把它登记为变更需求CR-2024-031,会在4月18日的产品评审会上讨论,评审后两个工作日内我给您书面答复,包括能否排进7月版本和大致工作量。

在此之前,如果运营急着用,可以先从TikTok后台导出订单CSV,我们的批量导入模板已经兼容这个格式,我下午发一份操作说明给您。

有任何问题随时找我～

嘉怡""",
      quote="""嘉怡:

我们下个月开始做TikTok Shop美区,订单能不能直接同步进你们系统?不然运营要手工录。

冯佳"""))

add(C([], "en", "refusal with a concrete alternative and a dated roadmap review (contrast with the flat konbini refusal); angry words only in quote",
      ZHAO, [TANAKA], "Re: Konbini payment - options",
      """Dear Tanaka-san,

Thank you for explaining how important konbini payment is for your customers. I completely understand.

Our own checkout does not support konbini natively today. I don't want that to hold up the June launch, so here are two ways forward:

1. Enable konbini through the payment partner plugin we already support in Japan. Our team can configure and test it in five working days, at no extra charge to you.
2. If you would prefer a native integration, I will bring it to our product review on June 6 and send you a written answer, with a timeline, by June 10.

Please let me know which you prefer, or if you'd like to discuss both on a short call this week.

Best regards,
Yifan Zhao""",
      quote="""Zhao-san,

Frankly, it is unbelievable that a checkout for the Japanese market does not support konbini. Our management is very disappointed. Please tell me what you will do.

Tanaka Yuki""",
      quote_style="outlook"))

add(C([], "zh", "escalation to the delivery director with a concrete callback time",
      HUANG, [CHENG], "关于减免首年平台服务费的诉求",
      """程经理您好:

贵行希望减免首年平台服务费的诉求我已经完整记录下来了。这个事项超出了我个人的审批权限,我今天上午已经转给我们的交付总监欧阳锐,并附上了贵行今年的业务量预测。

欧阳总明天上午十点前会直接给您打电话,当面沟通具体方案。如您明天上午不方便,告诉我一个时间,我来协调。

黄思远"""))

add(C([], "mixed", "negation 'not saying no' to real-time sync, with an assessment date (contrast with the '没戏' refusal)",
      KEVIN, [MENG], "实时库存同步 - 评估计划",
      """孟工,

实时库存同步这个事, 先说清楚: 不是不接哈. 难点在于 Amazon 和 Shopee 的 API rate limit, 每个店铺每秒能打的请求数有上限, 你们 SKU 又多, 直接改成 real-time 有可能被平台限流.

我们的计划:
1. 这周四前出一份评估, 包括 event-driven 方案和 5 分钟增量同步两种做法的成本和风险;
2. 下周一约你和杜总过一遍, 你们选.

超卖那三十多单, 我们也在查是不是有 webhook 丢失, 结果一起给你.

Kevin"""))

add(C([], "zh", "risky words in another sense: 压测不行就换节点, 理论上不可能丢单, 回滚",
      ZHOU, [DU], "欧洲站迁移方案确认",
      """杜总:

欧洲站迁移到法兰克福节点的方案,跟您确认三点:

1. 迁移定在周六凌晨两点到四点(欧洲时间周五晚),这个时段欧洲站订单量最低。
2. 迁移期间订单会先写入队列,恢复后按顺序补写,设计上不可能丢单;万一校验不通过,我们十分钟内回滚到原节点。
3. 如果周四的压测结果不行,我们就改用两阶段迁移,先迁商品和库存,订单下周再迁,上线时间不变。

您这边如果没有异议,我周三发正式的变更通知。

周启明"""))

add(C([], "zh", "technical terms: 幂等键 makes double charging impossible, firewall rejecting requests, 驳回 as a workflow status, 必须 as a format requirement",
      XU, [MENG], "重复扣款排查结论",
      """孟工:

昨晚两笔疑似重复扣款的排查结论:

1. 两笔请求都带了同一个幂等键,网关侧只会执行一次,理论上同一笔订单不可能被扣两次。你们看到的第二条记录是预授权,48小时内会自动释放。
2. 凌晨有一段时间新加坡节点的请求被贵司防火墙拒绝了,报错是403,导致回调重试了三次,所以日志里看起来像三笔交易。麻烦把我们的出口IP加进白名单。
3. 另外提醒一下,退款审批流里状态为"驳回"的单子不会推送回调,这是设计行为。
4. 回调里的金额字段必须是字符串格式(例如"12.50"),否则签名校验会失败。

有问题随时找我。

许蔓"""))

add(C([], "zh", "polite apology with RCA date and SLA credit; client's furious words only in the Foxmail quote",
      OUYANG, [NING], "Re: 黑五宕机两小时,损失谁来赔?",
      """宁总:

黑五当天凌晨一点到三点,贵司美国站结算页不可用,给贵司造成了损失,我代表公司郑重道歉。

目前的情况:
1. 服务已于当天三点零五分完全恢复,之后没有再出现中断;
2. 完整的故障分析报告周三前发给您;
3. 按照服务协议的可用性条款,本月服务费将按比例返还,财务会在下周联系贵司;
4. 因宕机未完成支付的订单,我们已导出名单,可以配合贵司做召回优惠。

明天下午我想带技术负责人去贵司当面汇报,您看三点是否方便?

欧阳锐""",
      quote="""欧阳总:

你们这系统到底行不行?黑五当天宕机两小时,我们美国站最要命的两个小时全白费了!损失谁来赔?!这事你们必须给我一个交代!!

宁志远""",
      quote_style="foxmail"))

add(C([], "en", "'As I said on Tuesday's call' and 'I told you I'd confirm' used as follow-through; angry client words only in the quote",
      LUCAS, [MEGAN], "Re: Missing tracking numbers - this is unacceptable",
      """Hi Megan,

You're right to be frustrated, and I'm sorry it took us this long.

As I said on Tuesday's call, the missing tracking numbers came from a carrier mapping we changed on our side on the 3rd. That change is rolled back, and the 214 affected orders were re-synced last night. I've attached the list so your support team can reply to customers with the correct numbers.

I also told you I'd confirm the service credit today: confirmed, it will appear on next month's invoice.

I'll send the written root-cause summary by Friday.

Lucas""",
      quote="""Lucas,

This is unacceptable. Customers have been emailing us for a week asking where their orders are, and your team clearly has no idea what it's doing. I want answers today.

Megan""",
      quote_style="gt"))

add(C([], "zh", "traditional Chinese; polite reply with a fix date while the HK client's angry words stay in the quote",
      LIN, [LEUNG], "Re: 這個系統到底能不能用?",
      """梁生您好:

造成貴司倉庫同事的困擾,真的非常抱歉。

我們今天請工程師遠端連線到貴司倉庫的電腦,確認問題出在舊版印表機驅動與新版 PDF 格式不相容。我們這邊會在本週四前提供一個相容舊驅動的標籤格式,同時附上驅動更新步驟,兩種方式貴司可以擇一使用。

週四下午我再打電話跟您確認結果。

林怡君""",
      quote="""怡君:

你們這個系統到底能不能用?三天了標籤還是印不出來,倉庫的人都快罵死我了。再不解決我們就換廠商!

梁家豪""",
      quote_style="outlook_zh",
      trad=True))

add(C([], "zh", "constructive internal discussion of the client boss's anxiety, proposing a face-to-face call",
      ZHOU, [HAN], "宁总对日本站的顾虑",
      """冬哥:

宁总今天电话里对日本站上线时间很焦虑,话说得也比较重。我回头想了想,他的担心不是没道理:JCT登记卡在他们财务,乐天审核资料也没人盯,这些虽然在他们那边,但我们之前没有把卡点讲得足够清楚。

我建议明天下午我们俩和宁总开个视频会,把剩下的卡点逐条列出来,标清楚谁负责、哪天完成;我们能代办的(比如商品描述的日文润色)先主动接过来。

你看明天下午两点可以吗?

启明"""))

add(C([], "zh", "banter that does not touch the client: 服了 as praise, 我这脑子 / 无语 aimed at oneself",
      XU, [HAN, LUO], "服了服了",
      """冬哥、小北:

服了,冬哥凌晨三点把Shopee的签名bug修好了,今早杜总那边订单全通,我都想给你磕一个。今晚火锅我请,不接受拒绝。

另外我这脑子,今天早上把周会链接又发成上周的了,害大家在空会议室里等了十分钟,无语,自罚奶茶。

许蔓"""))

add(C([], "en", "firm but polite statement of SOW facts with a drafted change request and a call offer",
      GRACE, [KLAUS], "Re: Magento connector",
      """Dear Klaus,

Thank you for raising this early.

I checked the SOW: section 3.2 lists Shopify and WooCommerce as the in-scope platforms, and Magento is not included. I understand it matters for your Austrian B2B shop, so I've drafted a change request (CR-EU-009) with an estimate of 18 working days and two delivery options, attached.

Would Thursday at 10:00 CET work to walk through it together? If the timing of the main launch is your priority, we can also keep Magento as a phase 2 so nothing else moves.

Kind regards,
Grace""",
      quote="""Grace,

We assumed the Magento connector was included. Our B2B shop runs on Magento and we cannot launch without it.

Klaus"""))

add(C([], "zh", "recommendation that clearly leaves the choice to the client",
      CHEN, [DU], "美国站物流方案:两个选项",
      """杜总好:

美国站的物流对接,我们整理了两个方案:

A. 接入我们的物流聚合服务,一次对接覆盖USPS、UPS和两家海外仓,运费可以在后台比价,预计两周上线;
B. 保留贵司现在的海外仓直连,我们只做订单和轨迹回传,改动最小,预计一周上线。

我们的建议是A,主要考虑到旺季可以灵活切换承运商;但B也完全可行,尤其是贵司和现在的海外仓合作很稳定的话。最终由贵司决定,周五前告诉我们就好,两种我们都可以马上开工。

嘉怡"""))

add(C([], "zh", "risky motto and disclaimer ('不行', '拒绝' , '不接受') only inside the signature block",
      HUANG, [LU], "反洗钱筛查规则更新说明",
      """卢老师您好:

附件是本周更新的反洗钱名单筛查规则说明,主要变化两点:一是增加了新加坡和马来西亚的制裁名单源;二是名字模糊匹配的阈值从0.85调整到0.9,以减少误报。

规则已在测试环境生效,请贵行合规部在周五前抽样复核,如有意见我们下周一统一调整后再上生产。

谢谢!

--
黄思远 | 项目经理
跨境收款事业部
电话:0755-8660 2231
「客户说不行的地方,就是我们要做得更好的地方」
本邮件仅供指定收件人使用。如您误收,请拒绝阅读、勿转发并立即删除;对误传造成的后果,本公司不接受任何责任。"""))

# ---- long but focused -------------------------------------------------------------------

add(C([], "zh", "long (~700 chars) but focused root-cause analysis of the Black Friday outage",
      ZHOU, [NING], "黑五结算页故障分析报告",
      """宁总您好:

按照上周的承诺,现将11月24日美国站结算页故障的分析结果汇报如下。

一、故障概况
美东时间11月24日凌晨1点02分至3点05分,贵司美国站结算页加载超时,期间约有1,870笔订单未能完成支付。商品浏览、购物车和后台管理功能均正常。

二、直接原因
当晚流量在1点左右达到平日的九倍,结算服务调用运费计算接口时,数据库连接池被占满。运费接口本身响应变慢后,结算服务的重试逻辑又把请求量放大了三倍,最终导致结算页整体超时。

三、根本原因
1. 运费计算接口在旺季前的压测中只按平日五倍流量做了验证,低估了黑五峰值;
2. 结算服务的重试没有设置退避和熔断,故障时反而加重了负载;
3. 监控告警只配置在错误率上,没有配置在响应时间上,值班同学在故障发生二十分钟后才介入。

四、已采取的措施
1. 数据库连接池扩容一倍,运费结果增加五分钟缓存;
2. 重试逻辑改为指数退避,连续失败超过阈值即熔断,降级为固定运费;
3. 增加响应时间告警,阈值为平日P95的两倍。

五、后续计划
1. 12月8日前按平日十二倍流量完成一次全链路压测,结果同步给贵司;
2. 圣诞和元旦大促期间,我们安排工程师24小时值守;
3. 未完成支付的1,870笔订单名单已导出,可以配合贵司做召回。

六、对贵司的影响评估
根据支付网关日志,故障期间共有1,870笔订单未完成支付,对应商品金额约9.6万美元。其中约四成买家在故障恢复后的二十四小时内重新下单,实际流失的订单约1,120笔。按照服务协议,本月服务费将按不可用时长比例返还,明细由财务另行发送。我们也会把本次故障纳入下季度的服务质量回顾,和贵司一起检查旺季保障方案还有没有遗漏。

如对报告有任何疑问,我和韩冬随时可以当面说明。

周启明
项目经理""",
      cc=[HAN]))

add(C([], "en", "long (~450 words) but focused migration plan from Magento to our platform",
      GRACE, [OLIVIA], "Migration plan: Magento to our platform (draft v2)",
      """Hi Olivia,

As agreed on Monday, here is the second draft of the migration plan for moving the UK store from Magento to our platform. I've kept it to the points your team asked about.

1. Scope
We will migrate 4,200 active products with their variants and images, 38,000 customer accounts, two years of order history, and all active gift cards. Reviews will be imported through the reviews app you already use. Abandoned carts and old newsletter lists are out of scope, as your marketing team confirmed.

2. Timeline
- Week 1 (from 6 May): product and customer export from Magento, data cleansing. We will send you a report of products with missing weights or HS codes, since these affect shipping and customs to the EU.
- Week 2: first full import into the staging store; your team reviews 50 sample products and 20 sample customer accounts.
- Week 3: order history import and URL redirect mapping. Every old product URL gets a 301 redirect so you keep your search rankings.
- Week 4: user acceptance testing with your customer service and warehouse teams.
- Cut-over: Tuesday 4 June, 22:00 to 02:00 UK time, the quietest window in your traffic data.

3. Cut-over steps
At 22:00 we put the Magento store into maintenance mode, run a delta export of orders and customers created since the full import, and import them. Your team then checks ten test orders end to end, including payment and the label printing in your warehouse. We switch DNS at about 00:30 and keep Magento read-only for 30 days in case anything needs to be looked up.

4. Rollback
If any of the go/no-go checks fails before 01:30, we switch DNS back to Magento. Because Magento stays untouched apart from maintenance mode, rollback takes about fifteen minutes and no orders are lost.

5. Customer passwords
Magento password hashes can be imported, so customers will be able to log in with their existing passwords. Accounts with very old hash formats, roughly 3% by our estimate, will get a password reset email on first login.

6. What we need from you
- Admin access to Magento and to your DNS provider by 3 May;
- A named contact in the warehouse for the cut-over night;
- Sign-off on the redirect mapping by the end of week 3.

7. Risks
The main risk is data quality: about 300 products currently have no weight, which would break shipping rates. We will flag them in week 1, and your team would need to fill them in before week 2.

Happy to go through any of this on Thursday's call. Comments directly in the attached document are fine too.

Best regards,
Grace"""))

add(C([], "zh", "long (~700 chars) but focused UAT plan for the bank's cross-border collection launch",
      HUANG, [CHENG, LU], "跨境收款平台UAT测试安排",
      """程经理、卢老师:

跨境收款平台的用户验收测试(UAT)安排如下,请审阅。

一、时间
5月13日至5月24日,共两周。第一周测试功能,第二周测试对账和异常场景,5月27日召开验收评审会。

二、测试范围
1. 境外买家付款:美元、欧元、日元、新加坡元四个币种,信用卡和本地钱包两种方式;
2. 入账与结汇:T+1入账、按牌价结汇,结汇金额与贵行外汇系统牌价的核对;
3. 反洗钱筛查:命中名单的交易自动挂起,合规人员人工放行或退回;
4. 对账:日终对账文件生成、差错处理流程;
5. 权限:商户管理员、操作员、只读三种角色的权限边界。

三、人员
我方安排两名测试工程师驻场,一名开发随时支持;建议贵行业务部、运营部、合规部各指派一名同事参与,每天下午四点开十五分钟站会,同步当天问题。

四、环境与数据
测试环境已经与贵行外汇系统的UAT环境打通,牌价每五分钟推送一次。测试商户和境外买家账号我们已准备了三十组,清单见附件。日元为零小数位币种,我们专门设计了金额边界用例。

五、问题处理
问题按严重程度分三级:一级(阻断业务)当天修复,二级两个工作日内修复,三级纳入上线后首个补丁。所有问题记录在共享的缺陷跟踪表里,贵行同事可以直接查看和评论。

六、准入与准出
准入条件为我方内部测试通过率不低于98%;准出条件为一级、二级问题全部关闭,三级问题有明确的修复计划并经贵行确认。

七、培训与演练
5月20日和21日下午,我们为贵行运营和合规同事各安排一场两小时的操作培训,培训材料提前两天发出。5月29日晚上,我们会在生产环境做一次切换演练,包括数据初始化、牌价对接和回退操作,全程约三小时,需要贵行科技部安排一名同事值守,演练结果形成书面报告,作为上线评审的附件。

如贵行对时间或范围有调整意见,请在本周五前告诉我,我们据此更新计划。

黄思远"""))

add(C([], "mixed", "long (~650 chars) code-switched weekly status report that stays on the project",
      KEVIN, [WEILING], "Weekly Report W18 - SG/MY store launch",
      """Hi Wei Ling,

这是第 18 周的 weekly report, 供你参考.

1. Overall status: Amber
整体进度比计划晚 3 天, 主要是 Malaysia 的 payment gateway 审核比预期慢. Go-live 日期暂时保持 5/20 不变, 如果下周三前审核还没下来, 我们会建议先上 Singapore, Malaysia 晚一周.

2. 本周完成
- Singapore store 的 product import 全部完成, 共 1,260 个 SKU, 其中 42 个缺少 weight, 清单已发给你们 merchandising team;
- GST 9% 的 tax rule 已配置, invoice 上会显示 GST registration number;
- Ninja Van 的 shipping label 和 tracking 回传已经联调通过;
- UAT 第一轮完成, 共发现 17 个 issue, 已修复 12 个;
- 会员积分从旧系统迁移完成, 抽查了 200 个会员账户, 积分余额全部一致, 抽查结果放在共享文件夹里;
- 商品详情页的英文和中文两个语言版本已经上线到测试环境, 你们 merchandising team 可以开始逐页检查翻译和图片.

3. 下周计划
- Malaysia 的 SST 配置和 invoice 模板;
- UAT 第二轮, 重点测 voucher 叠加和 COD;
- 和你们 customer service team 做一次 2 小时的 training, 时间建议 5/9 下午;
- 完成 Google Analytics 和 Meta Pixel 的埋点验证, 确保上线当天的广告转化数据能正常回传, 需要你们 marketing 同事提供广告账户的查看权限.

4. Risks & issues
- Malaysia payment gateway 审核: owner 是我们, 我每天跟进一次, 有进展第一时间告诉你;
- 剩下 5 个 UAT issue 中有 1 个是 voucher 叠加计算错误, 属于 high, 预计周二修复;
- 42 个缺 weight 的 SKU 需要你们在 5/10 前补齐, 否则运费会按默认值计算.

5. Decisions needed
- 如果 Malaysia 延期, 是否同意先上 Singapore? 请在 5/8 前回复.

6. 其他
- 你们 marketing 提到的 6.6 campaign, 我们建议 landing page 在 5/27 前定稿, 这样有足够时间做 load test, 避免活动当天页面变慢;
- Singapore 的 PayNow QR 已经通过 sandbox 测试, 下周进入 UAT;
- 客服 training 的材料我会提前两天发给你, 包括退款、修改地址和 COD 拒收三个最常见的场景, 每个场景都有截图和操作步骤.

有任何问题随时 call 我.

Kevin"""))

add(C([], "zh", "long (~700 chars) but focused change-impact analysis of the EU VAT OSS change",
      GRACE, [DU], "欧盟VAT一站式申报(OSS)变更影响分析",
      """杜总您好:

关于贵司提出的"欧洲站改用OSS一站式申报"的变更,我们做了影响分析,结论和细节如下。

一、变更内容
目前欧洲站按德国、法国、意大利三国分别注册VAT,商品价格统一按德国19%税率计算。改用OSS后,需要按买家所在国的税率计税,例如法国20%、意大利22%、荷兰21%。

二、影响范围
1. 价格展示:商品页需要根据买家收货国家显示含税价,涉及前台价格组件和购物车;
2. 结算:订单在收货地址确认后重新计算税额,如果买家修改地址,需要重算;
3. 发票:发票上要按国家显示税率和税额,并注明OSS登记号;
4. 申报报表:后台新增季度OSS申报报表,按国家和税率汇总;
5. 历史订单:变更生效前的订单不受影响,仍按原规则开票。

三、工作量与排期
开发约15个工作日,测试5个工作日。如果本月20日前确认,可以在7月1日新季度开始时生效,这样申报周期也比较干净。

四、费用
按合同的变更单价计算,约为12个人天,报价单另附。

五、风险
1. 含税价随国家变化后,部分商品的价格尾数会变得不整齐,例如29.99欧元在意大利可能显示为30.55欧元。建议贵司运营提前决定是按国家统一定价,还是接受价格差异;
2. 第三方广告平台的商品价格需要同步调整,否则会出现价格不一致。

六、对现有流程的影响
1. 客服:买家询问价格为什么和上周不同时,需要统一的解释口径,我们可以提供一份常见问答;
2. 财务:季度申报由贵司财务或税务代理操作,我们提供的报表可以直接导出为申报所需的格式;
3. 退货:退货退款时税额需要按原订单所在国家的税率冲回,系统会自动处理,但跨季度的退货需要在下季度申报中调整,建议提前和税务代理确认处理方式。

以上分析仅供贵司决策参考,是否变更、何时生效,由贵司决定。如需要,我们可以安排一次线上会议详细说明。

Grace"""))

# ---- more buffered refusals, escalations, technical / other-sense wording -----------------

add(C([], "en", "'isn't realistic' before Golden Week, immediately followed by concrete phased dates",
      ZHAO, [KENJI], "Re: B2B portal before Golden Week",
      """Dear Watanabe-san,

Thank you for the detailed requirements list you sent on Monday, and for walking me through how your dealers order today. I'd rather be honest now than disappoint you in April: delivering the whole B2B portal before Golden Week isn't realistic with the quality you and your dealers expect. What I can offer is a phased plan that puts the most-used functions in your dealers' hands before the holidays.

Phase 1, live on April 22
- Dealer login with company accounts and several users per dealer;
- Customer-specific price lists, imported from your current Excel price files;
- Bulk ordering by CSV upload and by re-ordering from past orders;
- Order status and shipment tracking for each dealer.
Based on the order data you shared, these functions cover roughly 80% of the orders your dealers place in a normal month.

Phase 2, live on May 13
- Quotation requests from dealers for large or special orders;
- An approval workflow for your sales team, with email notifications in Japanese;
- Conversion of an approved quotation into an order in one click.

Phase 3, live on May 31
- Credit limits per dealer, with a warning when an order would exceed the limit;
- Monthly consolidated invoicing that meets the qualified-invoice requirements;
- Export of invoices to your accounting system in the format your finance team uses.

Testing and training
Each phase gets one week of user acceptance testing with two or three dealers you choose, before it is opened to everyone. We will run a one-hour online training in Japanese for your sales team before each release, and provide a short dealer guide that you can send out under your own brand.

What we need from your side
- The current price files and the list of dealers for Phase 1 by April 5;
- One contact in your sales team who can answer questions within a day during testing;
- Your finance team's invoice format for Phase 3 by May 10.

Risks
The main risk for Phase 1 is the quality of the price files; if some dealers have special prices outside the Excel files, please tell us early so we can include them. Golden Week itself is a frozen period on our side: no releases between April 27 and May 6, and an engineer on call in case your dealers have problems.

If a different order of features works better for your sales team, for example quotations before bulk ordering, tell me and I'll send a revised plan by Friday.

Best regards,
Yifan Zhao""",
      quote="""Zhao-san,

We need the full B2B portal live before Golden Week. Our dealers are waiting. Is this possible?

Kenji Watanabe""",
      quote_style="gt"))

add(C([], "en", "not the PM's call: fee waiver handed to the VP of Sales with a reply date",
      LUCAS, [OLIVIA], "Re: Waiving the onboarding fee",
      """Hi Olivia,

Thanks for making the case so clearly. Waiving the onboarding fee is above my pay grade, quite literally, so I've passed your note and your projected order volumes to our VP of Sales, Amy Wu, and copied her here.

Amy will come back to you by Friday. In the meantime, onboarding starts on Monday as planned either way, so nothing is blocked while we sort this out.

Best,
Lucas""",
      cc=[AMY],
      quote="""Lucas,

Given that we're signing a three-year contract, we'd expect the onboarding fee to be waived. Can you confirm?

Olivia""",
      quote_style="outlook"))

add(C([], "en", "technical/other-sense wording: 'you must restart', 'git blame', 'declines', 'kill the job', 'nasty flicker', 'we won't bill'",
      LUCAS, [MEGAN], "Fix for the product-page flicker",
      """Hi Megan,

Good news on the product-page issue.

That nasty flicker on mobile was our fault: git blame points straight at a CSS change we shipped on the 9th. The fix is live now. Two small things on your side:

1. You must restart the inventory sync worker once from the admin panel (Settings > Integrations > Restart) so it picks up the new config. If it hangs for more than five minutes, kill the job and start it again; that's safe.
2. You may see a few test transactions in the payment log marked "declined". Those were ours, using test cards the gateway declines on purpose.

Since the bug was ours, we won't bill the hours for this fix.

Lucas"""))

add(C([], "zh", "bureaucratic '暂不列入本期' but with CR number, review date, reply date and interim workaround (same topic as a flat refusal)",
      OUYANG, [CHENG], "关于多账户分账需求的答复",
      """程经理:

来函收悉,谢谢贵行对平台的支持。

关于在跨境收款页面增加"分账至多个境外账户"的需求,经项目组初步评估,该功能涉及资金清算路径和合规审查,超出本期合同范围,暂不列入本期交付。我们已将其登记为变更单CR-BC-017,提交5月20日的变更控制委员会评审,评审结论将于5月22日前书面函复贵行。

评审期间,如业务部门急需,可先使用平台"按商户导出入账明细"功能,配合贵行现有的手工分账流程过渡,操作说明见附件。

如有疑问,请随时与我或黄思远联系。

欧阳锐
交付总监""",
      quote="""欧阳总:

业务部门希望收款页面能支持把一笔入账按比例分到多个境外账户,请评估一下。

程立"""))

add(C([], "zh", "colleague called 明明 ('明明已经定位到原因'), not the accusatory 明明",
      ZHOU, [DU], "日文字体显示问题进展",
      """杜总:

日本站商品页部分汉字显示成方框的问题,我们的开发何明明今天已经定位到原因:字体包缺少JIS第二水准的字符。明明下午已经换成完整字体包,测试环境现在可以正常显示,您方便的话可以先看一下。

生产环境计划今晚十点更新,更新后我再通知您。

周启明"""))

add(C([], "zh", "PM's own modesty ('我本人不是合规出身,理解可能有偏差'), asking for correction",
      HUANG, [LU], "请教:新加坡付款服务法的适用问题",
      """卢老师您好:

想请教一个问题。新加坡的商户开通后,我们理解收款环节是否适用当地的《支付服务法》,要看资金是否经过我们的账户。不过我本人不是合规出身,对这部法规的理解很可能有偏差,怕误导项目组。

能否请贵行合规部帮忙把把关?如果方便,下周找半小时线上过一下,我把我们目前的资金流向图带上。

黄思远"""))

add(C([], "zh", "self-criticism with a rhetorical 难道 aimed at our own tests; taking the blame",
      ZHAO, [DU], "日元金额显示错误的原因",
      """杜总:

日本站订单金额显示成"¥1,980.00"、导致部分订单按一百倍扣款预授权的问题,原因已经查清。

我第一反应也是:难道我们的测试用例里连零小数位的币种都没有覆盖?查下来确实没有,这是我们的疏漏,不是贵司配置的问题。

目前已修复,受影响的37笔预授权已全部撤销,买家不会被实际扣款。我们也补充了日元、韩元等零小数位币种的测试用例。给贵司和买家添了麻烦,非常抱歉。

赵一帆"""))

add(C([], "zh", "'这并不是贵行的问题' — PM takes the blame on the FX-rate delay (same topic as an argue draft)",
      HUANG, [BAI], "牌价延迟问题的结论",
      """柏处您好:

牌价延迟的问题我们查清楚了。这次并不是贵行推送的问题,贵行每五分钟都按时推送了;问题出在我们这边的缓存,刷新任务在凌晨被一个发版中断了,之后两个多小时页面一直显示旧牌价。

我们已经修复缓存刷新逻辑,并增加了牌价超过十分钟未更新就告警的监控。期间受影响的交易明细附后,麻烦贵行核对。给贵行和客户带来困扰,我们深表歉意。

黄思远"""))

add(C([], "zh", "internal banter: a team fine for saying '不可能' at stand-up; nothing about the client",
      CHEN, [LUO, SU], "新规生效啦🧋",
      """小北、晴晴:

部门新规今天正式生效:站会上谁说"不可能",罚奶茶一杯,全组共享。

小北今天早上已经贡献两杯了(一杯"这个不可能是我改的",一杯"周五前不可能"),晴晴差点中招,被你用"有挑战"圆回去了,机智👍

下午三点奶茶到,记得下楼拿～

嘉怡"""))

add(C([], "zh", "internal mail taking the client's harsh criticism seriously ('她说得在理'); harsh words only in the quote",
      ZHAO, [SU], "Fw: 日文文案的反馈",
      """晴晴:

转一下田中桑的反馈。话说得比较重,但她说得在理:我们的日文文案确实是机翻后只做了简单校对,敬语用法和商品描述的语气都不像日本本土品牌。

我的想法:
1. 这周找一位日语母语的审校,先把首页和TOP 50商品重做;
2. 做一份术语表和语气规范,以后统一按这个来;
3. 周五我跟田中桑约个电话,说明改进计划,并请她指定一位同事帮我们抽查。

你看审校的预算和人选怎么安排,明天聊。

一帆""",
      quote="""Zhao-san,

To be honest, the Japanese copy on the new store reads like machine translation. Some sentences are quite embarrassing for our brand. Please fix this before we announce the launch.

Tanaka Yuki""",
      quote_from=TANAKA,
      quote_style="outlook"))

add(C([], "zh", "PM answers a colleague's quoted complaint about the client constructively (complaint only in the quote)",
      XU, [LUO], "Re: 杜总又改需求了",
      """小北:

理解你的辛苦,这周确实改得太频繁了。

不过我跟杜总聊过,他们改首页是因为下周要参加亚马逊的秒杀活动,平台的要求也一直在变,并不是拍脑袋。我今天下午跟他们约定一个需求冻结点:周三中午之后的改动,统一走变更单,评估完再排期。

周三之前的改动你列个清单给我,我来排优先级,别一个人扛着。

许蔓""",
      quote="""蔓姐:

杜总一天改三次需求,简直离谱,我这周代码都白写了,真的不想干了。

小北""",
      quote_from=LUO,
      quote_style="gt_zh"))

add(C([], "zh", "internal task note with the client deliberately in Cc so she can follow progress",
      CHEN, [LUO], "退货率报表开发安排(已抄送佳姐)",
      """小北:

(已抄送佳姐,方便她直接看到进度。)

佳姐上周提的退货率报表,我们评估后这周就做,需求如下:
1. 按店铺、国家、SKU三个维度统计退货率;
2. 支持按周、按月切换;
3. 退货原因按买家填写的原因分类汇总。

周四前先出一个测试环境的版本,佳姐看过后再调整。佳姐,如果有遗漏的维度,直接回复这封邮件就好～

嘉怡""",
      cc=[FENG]))

add(C([], "zh", "traditional Chinese internal mail saying the client's worry is right (甲方這次的擔心是對的)",
      LIN, [ZHE], "梁生對退貨資料的擔心",
      """阿哲:

梁生今天提到退貨資料裡有買家的身分證號碼,擔心會違反香港的個人資料條例。我查了一下,他這次的擔心是對的:退貨表單的「備註」欄位沒有做遮罩,有些買家自己把證件號碼打了進去。

我的建議:
1. 這週先把備註欄位的歷史資料做遮罩處理;
2. 表單加上提示,請買家不要填寫證件資料;
3. 週五前寫一份說明給梁生,講清楚處理範圍和時間。

你那邊評估一下第1點要多久,明天早上告訴我。

怡君""",
      trad=True))

add(C([], "zh", "client's slang anger (呵呵 / 服了 / 离谱) only in the quote; PM replies politely with cause and new date",
      ZHOU, [DU], "Re: 又延期?",
      """杜总:

这次延期确实是我们的问题,先跟您道个歉。

原因是欧洲站新版结算页在法国的银行卡3DS验证上有兼容问题,周一测试时发现,修复和回归需要三天。新的上线时间是本周五上午十点,上线前我会先请贵司运营在测试环境确认一遍。

从今天起,我每天下午五点给您发一条进度短讯,有任何变化第一时间告诉您。

周启明""",
      quote="""启明:

呵呵,又延期?这已经是第二次了。你们到底靠不靠谱,我真是服了,离谱。

杜文涛""",
      quote_style="foxmail"))

add(C([], "mixed", "firm but polite payment reminder: Net 30 fact, overdue days, offer to reissue; no blame",
      KEVIN, [WEILING], "Invoice INV-0457 payment status",
      """Hi Wei Ling,

想跟你确认一下 invoice INV-0457 (USD 18,400, 4 月 subscription) 的 payment status.

根据合同 payment term 是 Net 30, 这张 invoice 目前已经 overdue 15 天. 想确认一下是不是已经在你们 finance 的 process 里面?

如果是因为你们上个月换了 billing entity, invoice 抬头需要改成新公司, 我这边今天就可以 reissue. 有任何需要我配合的随时说.

Thanks!
Kevin"""))

add(C([], "mixed", "internal: takes the client's localisation concern seriously (contrast with the mocking reply-all)",
      KEVIN, [SU], "Chau 对 Vietnamese copy 的意见",
      """晴晴,

Chau 这周第三次提 Vietnamese copy 不够 local. 我仔细看了她的 comments, 她的 point 是对的: 我们用的是偏北部的正式用语, 但他们的主力买家在 Ho Chi Minh City, 年轻人, 更习惯南部口语.

建议:
1. 找一个 HCMC 本地的 freelance reviewer, 预算我来申请;
2. 先改 homepage 和 checkout 两个页面, 给 Chau 做 A/B;
3. 以后 copy 交付前先让 reviewer 过一遍, 别让 Chau 当我们的 QA.

明天 standup 后聊 10 分钟?

Kevin"""))

add(C([], "mixed", "negation 'not a no' on BNPL with an assessment date and a clear owner",
      KEVIN, [WEILING], "Re: Atome / BNPL at checkout",
      """Wei Ling,

先说结论: 这不是 say no 哈. BNPL 我们技术上能接, 问题是 Malaysia 那边 BNPL 的 licensing 要求去年刚改过, 我们要先确认 merchant 这一侧有没有额外的 compliance 义务.

Plan:
- 我们 compliance 同事这周五前出一个 summary;
- 下周二我约你 30 分钟, 一起决定先上 Singapore 还是两个市场一起上.

有新消息我随时 update 你.

Kevin""",
      quote="""Kevin,

Our marketing team wants Atome (buy now pay later) at checkout for both SG and MY. Can you do it?

Wei Ling""",
      quote_style="gt"))

add(C([], "zh", "PM retracts yesterday's blunt '没戏' (self-quoted) and gives a re-assessment with dates",
      XU, [DU], "收回昨天那句话",
      """杜总:

昨天我回您那句"没戏"太冲了,是我的不对,在这里正式收回。

库存实时同步我们今天重新评估了。全量实时确实有平台限流的风险,但可以只对库存低于20件的SKU改成实时推送,其余保持15分钟一次,这样黑五那种超卖基本可以避免。开发大约一周,下周三前我把详细方案和测试计划发给您,由您定要不要做。

许蔓"""))

add(C([], "mixed", "helps the client draft a refusal to its own overseas buyers; the refusal wording is a suggested template, not the PM's stance",
      KEVIN, [FENG], "定制商品退货 - 回复买家的模板",
      """佳姐,

你们 customer service 问的那个问题, 我这边帮忙拟了一个回复买家的 template, 你们可以按需要改:

"Hi [Name], thank you for reaching out. Unfortunately, personalised items can't be returned or exchanged, as stated on the product page. If the item arrived damaged or the engraving is wrong, please send us a photo within 14 days and we'll remake it free of charge."

几点说明:
1. 前半句是 Amazon 允许的定制商品退货例外, 但后半句的 remake 承诺建议保留, 不然 A-to-z claim 的风险会高;
2. template 已经加到你们后台的 canned responses 里了, 名字叫 "Personalised - no return".

Kevin"""))

add(C([], "zh", "praise: '当初大家都觉得是不可能完成的任务' used as thanks after the Japan launch",
      OUYANG, [NING], "日本站顺利上线,谢谢!",
      """宁总:

日本站昨晚十点顺利上线,截至今天中午已经有126笔订单,支付成功率99.2%。

三周上线一个新站点,当初大家都觉得是不可能完成的任务,能做成,离不开贵司运营和财务同事的配合,尤其是冯佳一个周末把JCT资料全部补齐。我代表项目组谢谢大家。

下周我们会发一份上线后的第一周运营报告,有任何问题随时找我或启明。

欧阳锐"""))

add(C([], "zh", "'必须' as a legal requirement (Japan qualified-invoice system), not pressure on the client",
      ZHAO, [DU], "日本站发票设置提醒",
      """杜总:

提醒一下日本站的发票设置:根据日本从去年10月开始实行的适格请求书制度,开给企业买家的发票上必须载明贵司的登记号(T开头的13位数字),否则买家无法抵扣消费税。

贵司的登记号我们还没有收到,麻烦冯佳在后台"发票设置"里填一下,或者直接发给我,我们来填。个人买家的订单不受影响。

赵一帆"""))

# =========================================================================================
random.Random(4444).shuffle(CASES)
