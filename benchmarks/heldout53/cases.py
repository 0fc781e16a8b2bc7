# heldout53 -- blind TEST set of PM email drafts (mining, steel, chemical plants).
# Written by an independent helper from the labelling guide and the seed article only.
# Test set: never train or tune on it.
import random

# ---- people -----------------------------------------------------------------
# our side (PMs and colleagues)
ZHOU = "周振宇 <zhou.zhenyu@ourteam.example.com>"        # senior PM, ex-instrument engineer (ironmaking DCS)
HAN = "韩冰 <han.bing@ourteam.example.com>"              # young PM, chemical engineer (SIS retrofit)
LU = "陆海涛 <lu.haitao@ourteam.example.com>"            # mid PM, ex-metallurgist (rolling mill L2)
QIAN = "钱蔚 <qian.wei@ourteam.example.com>"             # ERP PM (steel group)
DENG = "邓家明 <deng.jiaming@ourteam.example.com>"       # veteran PM, mining automation
SONG = "宋雨 <song.yu@ourteam.example.com>"              # PM, coking plant DCS
ZHUO = "卓凡 <zhuo.fan@ourteam.example.com>"             # PM, ERP-bank integration
QIN = "覃雪 <qin.xue@ourteam.example.com>"               # ERP consultant / PM (mine)
ZOE = "Zoe 叶子涵 <zoe.ye@ourteam.example.com>"          # returnee PM, code-switches
KEVIN = "Kevin 郑凯 <kevin.zheng@ourteam.example.com>"   # ex-process engineer PM, code-switches
ETHAN = "Ethan Ward <ethan.ward@ourteam.example.com>"    # Australian PM, mining
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"    # PM, mining ERP / process plant
MARCO = "Marco Bellini <marco.bellini@ourteam.example.com>"  # PM, conveyors / materials handling
HUANG = "黃啟明 <huang.qiming@ourteam.example.com>"      # PM (traditional Chinese), DCS + ERP
LIN = "林佩君 <lin.peijun@ourteam.example.com>"          # PM (traditional Chinese), ERP
SUN = "孙立 <sun.li@ourteam.example.com>"                # tech lead
YANG = "杨帆 <yang.fan@ourteam.example.com>"             # SIS engineer
CHENG = "程晓 <cheng.xiao@ourteam.example.com>"          # sales
TOM = "Tom Becker <tom.becker@ourteam.example.com>"      # director
AISHA = "Aisha Rahman <aisha.rahman@ourteam.example.com>"  # engineer

# client A: steel group + its chemical / coking plants (China, Taiwan subsidiary)
FENG = "冯建国 <feng.jianguo@client-a.example.cn>"        # 炼铁厂厂长
MA = "马志刚 <ma.zhigang@client-a.example.cn>"            # 设备部部长
TANG = "唐丽 <tang.li@client-a.example.cn>"               # 信息中心主任
SHAO = "邵敏 <shao.min@client-a.example.cn>"              # 财务科科长
HE = "贺永年 <he.yongnian@client-a.example.cn>"           # 生产副总
GAO = "高文斌 <gao.wenbin@client-a.example.cn>"           # 化工厂厂长
LUHAI = "鲁海 <lu.hai@client-a.example.cn>"               # 安全环保部部长
WU = "吴思远 <wu.siyuan@client-a.example.cn>"             # 焦化厂厂长
CHEN = "陳志遠 <chen.zhiyuan@client-a.example.cn>"        # 廠長 (Taiwan plant)
TSAI = "蔡明哲 <tsai.mingche@client-a.example.cn>"        # 生產管理課經理 (Taiwan plant)
# client B: mining company
GRAHAM = "Graham Doyle <graham.doyle@client-b.example.com>"   # mine general manager
KAREN = "Karen Liu <karen.liu@client-b.example.com>"          # site operations manager
DEON = "Deon Pretorius <deon.pretorius@client-b.example.com>"  # processing plant manager
ZHAO = "赵铁军 <zhao.tiejun@client-b.example.com>"            # 矿长
CAO = "曹立新 <cao.lixin@client-b.example.com>"               # 选矿厂厂长
# bank C: supply-chain finance for the steel group
XU = "许晴 <xu.qing@bank-c.example.cn>"
WEI = "韦长青 <wei.changqing@bank-c.example.cn>"


def case(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None,
         trad=False, **extra):
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=body.strip("\n") + "\n", quote=quote,
             quote_from=quote_from, trad=trad)
    d.update(extra)
    return d


POS = []
NEG = []

# =============================================================================
# POSITIVES
# =============================================================================

# ---- argue ------------------------------------------------------------------
POS.append(case(
    ["argue"], "zh",
    "argue: lectures the plant manager and blames his operators with rhetorical questions ('这不需要我们来回答吧?', '先把制度学一遍')",
    ZHOU, [FENG], "Re: 3#高炉昨晚氧枪联锁动作的情况说明", cc=[MA],
    body="""冯厂长:

原因已经查清了,说明如下。

昨晚 23:32,贵厂当班副操在操作站上把冷却水流量低低联锁的旁路切回了"投用",而当时冷却水流量本身就贴着低限在走——SOE 记录里每一步都有时间戳。旁路是谁开的、谁关的、为什么没按交接班记录执行,我想这些不需要我们来回答吧?

我干仪表二十年,还是头一回被要求为"操作工手动投联锁、联锁正常动作"写书面说明。联锁动作了,恰恰说明它在好好工作。建议贵厂先把自己的旁路管理制度翻出来学一遍,再讨论这份说明有没有必要写。

SOE 截图附后。

周振宇
""",
    quote="""周经理:

昨晚 23:40 3#高炉氧枪冷却水联锁动作,休风 40 分钟,影响产量。请你们尽快查明原因,给个书面说明。

冯建国""",
    quote_from=FENG, quote_style="gt_zh"))

POS.append(case(
    ["argue"], "en",
    "argue: sarcastic 'third time now', tells the mine GM to read what his own people signed, scolds him for copying the director",
    MARCO, [GRAHAM], "Re: CV-03 interlock logic - who changed this?", cc=[TOM],
    body="""Graham,

Third time now, so I'll keep it short.

The "whole overland line stops" behaviour is exactly what Revision C of the cause-and-effect matrix says. Revision C was signed by your electrical superintendent on 14 March; his signature is on page 2. I attached it to my mails of 15 March and 2 April, and I'm attaching it again here in case it's easier to find on the third go.

Before this gets escalated any further, it might be worth someone on your side actually reading the FAT minutes they put their name to. Copying Tom really wasn't necessary.

Marco
""",
    quote="""Marco,

My shift supervisors tell me the CV-03 pull-wire interlock now stops the entire overland line instead of just CV-03. Nobody asked for this. Who approved it?

Graham""",
    quote_from=GRAHAM, quote_style="outlook"))

POS.append(case(
    ["argue"], "zh",
    "argue: passive-aggressive '温馨提示' timeline implying the client is the one dragging the schedule ('是谁的后腿…心里都有本账')",
    HAN, [GAO], "关于 DCS 组态进度的几点说明",
    body="""高厂长您好:

温馨提示几个日期,供您参考:

1. 合同约定贵方 I/O 清单最终版提交日期:3 月 31 日;
2. 我们实际收到"最终版"的日期:4 月 19 日;
3. 此后又陆续收到"最终版-改2"和"最终版-这次真的最终"两个文件。

所以上周例会上贵厂生产部说"DCS 组态拖了全厂后腿",我们听了还挺意外的。时间线都摆在这儿,到底是谁拖了谁的后腿,相信大家心里都有本账,就不多说了哈。

组态目前按最新版本推进,预计 5 月 20 日完成。

韩冰
""",
    layout="html"))

POS.append(case(
    ["argue"], "mixed",
    "argue: condescending lecture ('2005 年的认知', '先 go through 一遍', '交给懂 control system 的人') to the equipment director",
    LU, [MA], "Re: 轧线控制平台 PLC vs DCS",
    body="""马部长,

恕我直言,"PLC 比 DCS 更稳"这个 view 大概是 2005 年前后的认知了。现在主流 DCS 控制器的冗余切换时间和 MTBF,跟您说的那种情况根本不是一个 discussion。上周发您的 comparison sheet 第 3、4 页写得清清楚楚,麻烦您先 go through 一遍,不然我们每次开会都在 re-explain basics,双方时间都浪费了。

另外说句实在的,技术选型这种事,还是交给真正懂 control system 的人来判断比较好。

Thanks,
陆海涛
"""))

POS.append(case(
    ["argue"], "zh",
    "argue (traditional): blames the plant for the alarm flood, 'not our problem', 'said it three times', tells the manager to go ask his own process department",
    HUANG, [CHEN], "Re: 中控室報警過多的問題",
    body="""陳廠長:

報警洪水這件事,我們在一月、三月、四月的三次會議上都講過了:根因是貴廠的報警分級一直沒有定,一千四百多個點全部設成「高優先級」,操作員當然看不過來。

這跟系統無關,更不是我們的責任。講了三次,會議紀錄也都寄了,現在又回頭問為什麼操作員看不過來,老實說我們也很無奈。請先讓貴廠工藝部把分級表做出來,沒有分級表,換誰來做都一樣。

黃啟明
""",
    trad=True))

POS.append(case(
    ["argue"], "zh",
    "argue: ASCII-punctuated reply telling the finance chief the 'blame the system' habit must change ('锅不能总往系统上扣')",
    QIAN, [SHAO, TANG], "Re: ERP 月结库存差异",
    body="""邵科长, 唐主任:

差异逐笔核对过了, 明细见附件.

37 万里面, 36.2 万是仓库在系统外手工改台账、月底再补录造成的, 剩下 0.8 万是两张红字冲销单录反了方向. 没有一笔是系统算错.

连续三个月都是同一个原因, 我们每个月也都写了分析报告. 说实话, 每次月结一有差异就先问"系统是不是有问题", 这个习惯真该改改了. 锅不能总往系统上扣.

钱蔚
""",
    quote="""钱经理, 本月月结又出现库存差异 37 万, 这已经是连续第三个月了, 系统是不是有问题? 请给个说法.
邵敏""",
    quote_from=SHAO, quote_style="foxmail"))

POS.append(case(
    ["argue"], "en",
    "argue: blames the client's crews, scare quotes, 'Honestly, it isn't complicated' to the site ops manager",
    ETHAN, [KAREN], "Gas detection alarms - Level 4 drive",
    body="""Karen,

The detectors on the Level 4 drive are not "randomly alarming". They alarm at 0.5% CH4 because that is the setpoint your own ventilation officer specified, and they go off whenever the vent doors at XC-12 are propped open, which your crews keep doing. We've now been out there four times to "fix" detectors that aren't broken.

Close the doors and the alarms will stop. Honestly, it isn't complicated.

Ethan
"""))

# ---- refusal ----------------------------------------------------------------
POS.append(case(
    ["refusal"], "zh",
    "refusal: bureaucratic one-paragraph turn-down ('本项目不作安排。专此函复。') with no evaluation, alternative or escalation",
    ZHOU, [FENG], "Re: 关于二期 DCS 增加高炉炉顶摄像画面接入的函",
    body="""冯厂长:

来函收悉。

经项目组内部讨论,贵厂提出的在二期 DCS 操作画面中接入 1#、2# 高炉炉顶摄像画面一事,超出合同约定内容,本项目不作安排。

专此函复。

周振宇
二期 DCS 改造项目部
""",
    quote="""周经理:

根据生产需要,请在二期 DCS 操作画面中增加 1#、2# 高炉炉顶摄像画面接入,方便操作员统一监视。请研究落实。

炼铁厂 冯建国""",
    quote_from=FENG, quote_style="outlook_zh"))

POS.append(case(
    ["refusal"], "zh",
    "refusal: plant manager's request (SIS screens in Chinese) dropped inside a cheerful meeting recap with '就先不弄了哈,大家多担待~' and nothing else",
    HAN, [GAO], "4月25日 SIS 改造周例会纪要", cc=[LUHAI, YANG],
    body="""各位领导、同事好:

感谢大家今天抽时间参会!纪要如下~

1. 乙烯裂解炉 SIS 逻辑组态完成 85%,剩余部分 5 月 10 日前完成;
2. 现场安全栅更换 A 区已完成,B 区下周一开始,需贵厂提前办理作业票;
3. FAT 暂定 5 月 22—24 日,地点在我司集成车间;
4. 高厂长会上提到的 SIS 画面和报表全部汉化,这个这期就先不弄了哈,大家多担待~
5. 下次例会 5 月 9 日(周四)下午两点。

有遗漏的请直接回复补充,谢谢大家!

韩冰
""",
    layout="alt"))

POS.append(case(
    ["refusal"], "en",
    "refusal: 'Not happening, sorry mate' to the processing plant manager, no reason given beyond a locked tag count, no alternative",
    ETHAN, [DEON], "Re: Tailings piezometers into the historian?",
    body="""Deon,

Not happening, sorry mate. Tag count's locked and we're not reopening it.

Ethan
""",
    quote="""Ethan, quick one - can we get the 24 tailings dam piezometers pulled into the plant historian as part of your upgrade? Geotech would love to see them next to the process data.
Cheers, Deon""",
    quote_from=DEON, quote_style="gt"))

POS.append(case(
    ["refusal"], "mixed",
    "refusal: 'short answer: 不做', scope frozen, '后面也不用再提了' to the mine manager, no buffer",
    DENG, [ZHAO], "Re: ERP 备件 barcode 模块",
    body="""赵矿长,

关于 ERP 加备件 barcode 扫码模块的事, short answer: 不做。Scope 上个月已经 freeze 了,我们不会为这个再开口子,后面也不用再提了。

其他 items 按原计划 go。

邓家明
"""))

POS.append(case(
    ["refusal"], "zh",
    "refusal: implicit flat no to the production VP ('以后的版本里也不会有。这件事咱们就到这儿吧'), no review or alternative",
    LU, [HE], "关于夜班增加远程操作员站",
    body="""贺总:

您上周提的夜班在调度楼再加一套远程操作员站的想法,我这边答复一下:现在这版 DCS 的网络架构里没有给它留位置,以后的版本里也不会有。这件事咱们就到这儿吧。

其他几项按周计划推进。

陆海涛
"""))

POS.append(case(
    ["refusal"], "zh",
    "refusal: coking plant manager offers to pay for a second training round; PM says it will not be arranged, full stop",
    SONG, [WU], "Re: 能否安排第二轮操作培训",
    body="""吴厂长:

第二轮培训不在计划内,不再安排了。合同约定是一轮,已经按合同完成。

谢谢理解。

宋雨
""",
    quote="""宋经理:

第一轮 DCS 操作培训,我们倒班的人只来了一半,能否再安排第二轮?费用可以商量。

吴思远""",
    quote_from=WU, quote_style="foxmail"))

POS.append(case(
    ["refusal"], "zh",
    "refusal (traditional): 'we will not do it, and have no plan to' for real-time MES-ERP sync, no alternative",
    LIN, [TSAI], "Re: MES 與 ERP 即時同步",
    body="""蔡經理您好:

這個需求我們不會做。ERP 這邊的介面本來就是批次設計,沒有即時同步這個選項,之後也沒有打算調整。

謝謝。
林佩君
""",
    quote="""林經理:

能否讓 MES 的完工數據即時同步到 ERP,不要再等晚上批次?現場每天早上都要人工對帳。

蔡明哲""",
    quote_from=TSAI, quote_style="gt_zh", trad=True))

# ---- persuade ---------------------------------------------------------------
POS.append(case(
    ["persuade"], "zh",
    "persuade: tells the plant manager to stop the group's alternative SIS vendor idea and sign our 2oo3 scheme, pickup date set",
    ZHOU, [FENG], "关于 SIS 控制器选型",
    body="""冯厂长:

昨天您提到集团设备部想换用另一家的安全 PLC,有些话我想说在前头。

换平台意味着重新做 SIL 验证、重新做 FAT,项目起码往后推五个月,这些代价最后都是贵厂来扛。我们的三取二方案已经在三个炼铁厂稳定运行,这件事您就别让设备部再折腾了,按我们的方案签字,咱们往前走。下周一我过来取签字版。

周振宇
"""))

POS.append(case(
    ["persuade"], "en",
    "persuade: presses the plant manager to abandon the in-house historian and sign our change order by Friday, hints at steering committee",
    PRIYA, [DEON], "Re: In-house historian option",
    body="""Deon,

With respect, keeping that option open for another month is the expensive choice. Every week of "scoping" eats into the commissioning window, and an in-house historian on a corporate SQL cluster is a road I've watched two other sites go down and regret.

The sensible move is to sign the change order for our platform by Friday and let your IT lead put his energy into the integration instead. I'd really rather not take this back to the steering committee, so can we just agree it this week?

Priya
""",
    quote="""Priya,

Our IT lead thinks we could build the historian in-house on the corporate SQL cluster and save the licence cost. Can we keep that option open for another month while he scopes it?

Deon""",
    quote_from=DEON, quote_style="gt"))

POS.append(case(
    ["persuade"], "zh",
    "persuade: uses our VP's talk with the client chairman to make the IT director drop 46 custom requirements ('报上去领导也不会支持')",
    QIAN, [TANG], "ERP 个性化需求的处理方式",
    body="""唐主任:

跟您通个气:我们谢总上周已经和贵集团刘董当面沟通过,ERP 一期统一用我们的行业标准模板。所以信息中心整理的那 46 项个性化需求,建议就不要再往上报了。报上去领导也不会支持,反而显得信息中心不配合集团的决策。

您这边跟各业务部门打个招呼,就按模板来,大家都省心。

钱蔚
""",
    layout="alt"))

POS.append(case(
    ["persuade"], "mixed",
    "persuade: 'Honestly 没必要再讨论', expects '同意' at the steering meeting, 'you know that' pressure on the production VP",
    ZOE, [HE], "BI 平台选型",
    body="""贺总,

Honestly,自研报表平台这条路没必要再讨论了。我们的 BI module 已经在三家钢厂 production 环境跑着,开箱即用;信息部自己搭,少说一年,还不一定 work。

下周三 steering meeting 上,我希望听到的是"同意",而不是"再研究研究"。这个 decision 拖得越久,对贵厂越不利,you know that.

Best,
Zoe
"""))

POS.append(case(
    ["persuade"], "zh",
    "persuade: answers a request to evaluate a cheaper gas-detector brand by telling the client to drop it, with a 'we won't cover you' threat",
    SONG, [LUHAI], "Re: 可燃气体探测器国产替代评估",
    body="""鲁部长:

评估的结论很简单:国产替代这条路,不建议贵厂再往下走了。

换型号以后,SIL 认证文件要重做,备件库存要重建,操作和维护人员要重新培训,这些加起来远超您省下的那三成。真到出了问题,按合同我们是不兜底的。所以还是把这个想法放一放,按原选型执行,我这边本周就下采购单。

宋雨
""",
    quote="""宋经理:

我们考虑可燃气体探测器改用国产某品牌,价格低三成左右,请你们评估一下可行性。

鲁海""",
    quote_from=LUHAI, quote_style="outlook_zh"))

POS.append(case(
    ["persuade"], "zh",
    "persuade: pushes the mine manager to silence the crews who want paper permits ('没有回头的余地', asks to report them as aligned)",
    DENG, [ZHAO], "电子作业票推行",
    body="""赵矿长:

听说井下几个区队长还是想保留纸质作业票,理由是"用惯了"。

我的看法是:这件事已经没有回头的余地了。电子作业票是集团安全信息化的硬指标,也是我们合同的核心交付,纸质票多留一天,系统就空转一天。您跟区队长们说一声,别再提保留纸质票的事了,下个月起一律走系统。

您看我周五能不能直接跟集团安监处说,矿上已经统一思想了?

邓家明
"""))

POS.append(case(
    ["persuade"], "zh",
    "persuade: tells the bank to have its risk team give up per-transaction approval and adopt our batch mode ('就这么定了')",
    ZHUO, [XU], "关于供应链金融放款审批流程",
    body="""许经理:

贵行坚持的逐笔放款审批,我们仔细看过了,坦白讲没什么必要——钢厂的采购入库单一天上百张,逐笔审下去,贵行自己的人手也扛不住。批量审批模式我们在别的行已经用得很成熟了。

麻烦您回去跟风控那边做做工作,就按批量模式走,这事早定早好,别让它卡住整个上线。

卓凡
"""))

# ---- ramble -----------------------------------------------------------------
POS.append(case(
    ["ramble"], "zh",
    "ramble: weather, mutton restaurant, basketball, daughter's exams, train chat, fishing; the cabinet delivery date / embedded-parts acceptance line is buried mid-mail",
    ZHOU, [FENG], "上周到厂里的一点感想",
    body="""冯厂长好:

上周在厂里待了三天,收获挺多,回来以后一直想写封邮件跟您聊聊。

先说天气。我们出发那天北京还是二十多度,到了县城一下车就被风吹得一激灵,这才想起来您电话里说过"带件厚外套",结果我还是只带了件夹克,第二天跑到镇上的商场买了件羽绒服。导购小姑娘一听我是来钢厂出差的,特别热情,说她爸爸也在厂里干了三十年,在烧结车间。您说巧不巧。

再说吃。厂门口往东那家羊肉馆真是一绝,清汤羊肉配一小碟韭菜花,我连着去了两个晚上。第二天晚上还碰到了贵厂机动处的两位老师傅,大家拼了一桌,聊起当年厂里的篮球队,说八几年还拿过市里的冠军,有个中锋一米九几,后来调到集团去了。我年轻时也爱打球,现在膝盖不行了,只能在家看看比赛。

说到家里,我女儿今年考研,报的是材料专业,也算跟冶金沾点边。她天天抱怨政治太难背,我说我们那会儿背的比你们多多了,她就不理我了。我爱人说我一出差就把家里的事全丢给她,这次回来赶紧洗了一周的碗。

对了,DCS 机柜到货日期调整到 11 月 18 日了,麻烦贵厂在 15 日前把机柜间的基础预埋件验收完。

还有件趣事,回程的高铁晚点了四十分钟,说是前方有雪。我旁边坐着一位老先生,退休前是搞水文的,给我讲了一路黄河的事,什么凌汛、什么冰坝,听得我直出神。他还说年轻时在内蒙古插队,冬天零下三十多度,骑马去公社开会。那个年代的人真是不容易。

到家第二天,我去楼下理发,理发师傅是东北人,听说我刚从钢厂回来,非说他舅舅当年也在炼铁厂当炉前工,一边剪一边讲他舅舅怎么在炉前吃冰棍解暑。剪完我一看,鬓角一边高一边低,回家被女儿笑了半天。

最后,您上次说喜欢钓鱼,我们这边郊区新开了一个水库,听说鲫鱼个头不小,哪天您来北京出差,我带您去甩两竿。水库边上还有个农家院,做的贴饼子熬小鱼很地道。

祝一切顺利!

周振宇
""",
    layout="alt"))

POS.append(case(
    ["ramble"], "en",
    "ramble: 450 words of hospitality, roadhouse, footy, podcast and fishing; the crusher-shutdown date question is one line in the middle",
    ETHAN, [GRAHAM], "Catching up after the site visit",
    body="""Hi Graham,

Hope the week's been kind to you. I've been meaning to write since I got back from site, but between school holidays and the dog deciding to eat half a garden hose, it's been a bit of a circus at home.

First up, thanks again for the hospitality. That evening at the camp with the spit roast was the best meal I've had in months, and I still haven't stopped thinking about the lemon tart your cook made. If she ever publishes a recipe book, put me down for two copies. I tried to recreate it on Sunday and ended up with something that looked more like scrambled eggs in a pastry coffin. My daughter was polite about it; my son, less so.

The drive back was an adventure too. I stopped at the roadhouse past the second creek crossing, the one with the giant fibreglass prawn out the front, and got talking to a couple of grey nomads from Tasmania who'd been on the road for eleven months. They had a little solar-powered coffee setup in the back of their caravan that was frankly better than the machine in our office. I've since spent an embarrassing amount of time looking at portable espresso makers online.

On the footy: I know we don't agree, but I reckon your lot are going to regret that trade in the off-season. I watched the replay on Saturday night and the midfield looked a step slow all game. We'll see in September, I suppose. My brother-in-law has already booked flights for the grand final on the assumption his team will be there, which is either optimism or madness.

One thing on the job: could you let me know by Thursday whether the primary crusher shutdown can move from the 15th to the 22nd?

I've also been listening to a great podcast about the early Antarctic expeditions, the one where they ate their sled dogs and then nearly starved anyway. Puts our roster complaints into perspective. Highly recommend it for the long drives between site and town; I got through four episodes on the way home and barely noticed the kilometres.

And finally, the fishing. My mate finally took me out to the dam on the weekend, and after four hours I caught exactly one redfin about the size of my hand. He caught eleven. He says it's technique; I say he's been secretly feeding the fish out there for years. Next time you're down this way we should go out together. You can't possibly be worse at it than me.

Anyway, enough from me. Say hi to the team for me, and I hope the wet season holds off a little longer up your way.

Cheers,
Ethan
"""))

POS.append(case(
    ["ramble"], "zh",
    "ramble: half-marathon, café, home renovation, TV drama, cat; the SIS function test staffing request is one buried line",
    HAN, [GAO], "周末随笔 & 近况",
    body="""高厂长您好:

好久没给您写信了,这周工作节奏稍微缓下来一点,想跟您随便聊几句。

上周末我终于跑完了人生第一个半程马拉松,就在咱们化工园区旁边新修的滨江绿道上。说来惭愧,最后五公里几乎是走完的,用时两小时二十八分,在同组里排倒数。不过终点有志愿者发冰镇酸梅汤,喝下去那一刻觉得一切都值了。听说贵厂团委也组织了职工跑团,哪天我也想去蹭一下训练。

园区门口新开了一家咖啡馆,老板是从上海回来的年轻人,店里装修走工业风,墙上挂的居然是老式压力表和阀门手轮,我第一次进去还以为走进了哪个泵房。他们的桂花拿铁挺特别,您要是路过可以试试。

家里最近在装修,我爱人选瓷砖选了三个周末,从灰色到米色又回到灰色,我现在看到瓷砖就头疼。装修师傅倒是很有意思,五十多岁,以前在老化肥厂当过钳工,说起当年厂里的事头头是道,跟我聊了一下午。

顺便提一句:周三上午九点做 SIS 功能测试,需要贵厂工艺人员两名到场配合。

最近晚上在追一部讲九十年代国企改制的电视剧,演员都挺用心,有一集讲厂长带着工人连夜抢修锅炉,我看着看着就想起小时候我爸单位的样子。我爸以前在县里的氮肥厂,每年冬天都要去厂里守夜,我们几个小孩就在传达室里烤红薯,烤糊了也抢着吃。

家里的猫最近也挺闹,半夜老在阳台上追飞蛾,把我种的两盆薄荷都扒拉倒了。我爱人说要给它找个伴,我觉得再来一只家里就彻底失控了。

前两天我还报了个周末陶艺班,想着手上有点事做能静下心来。结果第一节课拉坯,泥巴甩了一身,老师说我手劲太大,像在拧阀门。最后做出来一个歪歪扭扭的小碗,我爱人说正好拿来装猫粮,也算物尽其用。

就先聊这些,祝您工作顺利,身体健康!

韩冰
"""))

POS.append(case(
    ["ramble"], "zh",
    "ramble (traditional): beef soup, baseball, typhoon, old cat, hiking; the stamped acceptance documents deadline is one buried line",
    HUANG, [CHEN], "近況分享",
    body="""陳廠長您好:

上週從廠裡回台北之後,一直想寫信跟您聊聊,拖到今天才動筆。

先說吃的。那天晚上您帶我們去的那家牛肉湯,我回來之後念念不忘,跟同事形容了好幾次,大家都說下次一定要跟去。清晨五點就開門、現切溫體牛肉、湯頭用牛骨熬一整夜,這種東西在台北真的吃不到。隔天我自己又跑去吃了一家虱目魚粥配油條,也很道地。

再說棒球。您說您是老球迷,我那天回程在高鐵上剛好看到轉播,九局下半逆轉,整個車廂有好幾個人在歡呼,我這個不太看球的人都被感染了。我兒子今年開始打少棒,每個週末都在河濱球場練球,曬得跟黑炭一樣,回家吃飯比我還多。

前陣子颱風過境,台北這邊雨下得很大,我家樓下的騎樓淹到快到腳踝,管理員阿伯拿著掃把在那邊掃水掃了一個下午。還好沒有停電,不然家裡那隻老貓又要躲到床底下一整天不出來。牠今年十四歲了,越來越黏人,晚上一定要睡在我枕頭旁邊,翻個身都怕壓到牠。

對了,驗收文件三份,麻煩用印後在本月二十五日前寄回給我們。

我最近也開始爬山,上個月去了七星山,本來想說很輕鬆,結果爬到一半就喘得不行,被一群退休的阿姨超車,很沒面子。山頂的風景倒是很值得,天氣好的時候可以看到整個台北盆地,連遠處的海都看得到。下次您上來台北,我們可以一起去走走比較輕鬆的步道,山腳下還有一家很不錯的野菜餐廳。

另外,上個月我太太參加了社區的合唱團,每週三晚上練唱,最近在準備年底的成果發表,家裡每天都在放同一首歌,我現在連副歌的和聲都會哼了。她說發表會那天我一定要到場拍照,還要記得帶花。兒子的少棒隊下個月也要去嘉義比賽,全家大概又要一起出動了。

祝 一切順心

黃啟明
""",
    trad=True))

POS.append(case(
    ["ramble"], "mixed",
    "ramble: gym, Netflix F1 documentary, Dali trip, badminton, mum's health tips; the UAT round-2 date change is one buried line",
    ZOE, [TANG], "Quick update + 一些闲聊",
    body="""唐主任 hi,

好久没 catch up 了!这两周 project 节奏稍微 slow down 一点,想跟您随便聊聊。

最近我终于下定决心办了健身卡,每天下班去 gym 撸铁,教练是个 former 举重运动员,第一节课就让我练 deadlift,第二天我连楼梯都下不来,在办公室坐着都不敢站起来。现在第三周,感觉好一点了,至少能正常走路。

周末在 Netflix 上刷完了那部讲 Formula 1 的纪录片,本来对赛车一点兴趣都没有,结果一口气看了两季。里面讲 pit stop 两秒钟换四个轮胎,team 之间的配合真的 insane,看得我都想去上海看一场比赛了。

五一去了大理,住在洱海边一个小 guesthouse,老板是从深圳辞职过来的 programmer,每天早上给我们做手冲咖啡,晚上弹吉他。我们骑电动车环了半圈洱海,风景 amazing,就是紫外线太强,回来晒脱了一层皮。喜洲的破酥粑粑一定要试,咸甜两种我都吃了。

Oh btw,UAT 第二轮 moved 到 6 月 10–14 日,请各位 key user 把时间预留出来。

还有,我最近在学打羽毛球,公司楼下有个俱乐部,每周二、四晚上有 group class。我发现自己的反手简直惨不忍睹,教练说我是"用手腕在拍苍蝇"。不过出一身汗真的很解压,您有兴趣的话可以一起来,他们 weekend 也有场地。

我妈最近迷上了短视频,每天给我转发各种养生文章,什么"早上空腹喝温水"、"晚上九点前必须睡觉",我都不知道怎么回她。上周她还给我寄了一大箱老家的腊肉,冰箱都塞不下,分了一半给同事,大家都说好吃。

上周末还去看了一场 live house 的演出,一个小众 indie band,主唱是学化工出身的,在台上说他以前每天在实验室配试剂,现在每天在台上配和弦,全场都笑了。

That's all for now,祝您周末愉快!

Zoe
"""))

POS.append(case(
    ["ramble"], "zh",
    "ramble: harvest at home, elderly mother, mining-college reunion, football; the Saturday power-outage window for positioning base stations is buried",
    DENG, [ZHAO], "闲话几句",
    body="""赵矿长:

最近忙吧?这两天矿上下雪没有?我这边降温了,晚上睡觉得开电热毯了。

上周回了趟老家,正赶上秋收,我哥家种了二十亩玉米,今年雨水好,收成比去年强不少。我跟着下地掰了两天玉米,手上磨出好几个泡,我哥笑话我说念了那么多年书,干活还不如他家十五岁的小子。晚上一家人在院子里炖了一锅大鹅,配上自家酿的高粱酒,那个滋味,城里是吃不到的。

老母亲今年八十一了,身体还硬朗,就是耳朵有点背,我跟她说话得趴在耳边喊。她一个劲儿地问我下井危不危险,我说我现在主要在地面上跑,她还是不放心,给我塞了一个去庙里求的平安符,我现在天天揣在兜里。

说起来,上个月我们矿院八八级的同学搞了个毕业三十五周年聚会,来了四十多人,有的在国外,有的已经退休了。大家聊起当年实习下井的事,谁第一次坐罐笼吓得腿软,谁在巷道里迷了路,笑得前仰后合。班长还把当年的毕业照翻拍出来,一个个都瘦得跟竹竿似的。

对了,井下人员定位基站安装需要停电,麻烦您确认一下本周六 8:00 到 16:00 这个停电窗口行不行。

最近晚上没事就看看球,国足那场您看了吗?上半场还行,下半场又是老样子,我看到第八十分钟就关电视睡觉了。倒是篮球新赛季开始了,咱们省的球队今年引进了两个外援,看着挺有希望。

您上回说想给矿上职工书屋添点书,我这边有一批闲置的技术书和小说,回头打包给您寄过去。

前几天整理书柜,翻出来一本我大学时候的测量学笔记,字写得工工整整,还画了好多导线测量的草图,现在看都不太认得自己当年的字了。我爱人说留着占地方,我愣是没舍得扔,又塞回了最上面一格。还有,小区楼下新开了一家东北饺子馆,酸菜馅的特别正宗,哪天您来了我请您。

改天再聊,保重身体!

邓家明
"""))

POS.append(case(
    ["ramble"], "zh",
    "ramble: Japan holiday travelogue (Kyoto, onsen, bookshops, ramen, Shinkansen); the L2 patch sign-off request is one buried line",
    LU, [HE], "日本之行见闻",
    body="""贺总好:

上个月请了年假,带家人去日本转了一圈,回来一直想跟您分享一下见闻,拖到今天才写。

我们先到的京都,正赶上樱花快谢的时候,哲学之道两边的花瓣落在水渠里,一路漂下去,拍照的人比花还多。住的是一家老町屋改的民宿,老板娘七十多岁,每天早上给我们做玉子烧和味噌汤,走的时候还送了我女儿一把小折扇。在京都还碰上一场小雨,我们躲进一家卖茶具的老铺子,店主给我们泡了一壶焙茶,讲他家的铺子已经传了四代。我爱人买了两只茶碗,一路上捧在手里生怕磕了。

然后去了箱根泡温泉。露天汤池正对着山,早上起来雾气蒙蒙的,泡着泡着就不想出来了。旁边有个老爷子跟我比划着聊天,说他年轻时在北海道当过渔民,手上全是老茧。语言不通,全靠手机翻译,也聊得挺开心。

东京那几天主要是陪孩子,迪士尼排了一整天队,晚上脚都肿了。我自己抽空去了趟神保町的旧书街,一条街全是书店,有一家专门卖老地图和老明信片,我淘了一张几十年前的东京电车线路图,回来裱起来挂在书房里了。

吃的方面,拉面真是一家一个味,我最喜欢的是一家只有八个座位的小店,豚骨汤底浓得像奶,排了四十分钟队,吃完觉得值。我爱人倒是更喜欢便利店的饭团和甜点,说比餐厅还好吃。

对了,连铸二级系统的补丁包需要您签字确认后才能上线,签字页在附件第 3 页。

坐新干线的时候我还专门留意了一下,准点率确实厉害,到站时间分秒不差。车上特别安静,连打电话都要去车厢连接处。孩子们最喜欢的是车站便当,每到一站都要买一个不同的。

回来以后倒时差倒了好几天,现在算是彻底缓过来了。下次您要是有空,我把拍的照片带过来给您看看,里面有几张富士山的,运气好拍到了山顶没云的时候。

祝好!

陆海涛
"""))

# ---- backchannel ------------------------------------------------------------
POS.append(case(
    ["backchannel"], "zh",
    "backchannel: internal mail mocking the plant manager by nickname ('冯大炮'), says he still can't tell 2oo3 from 1oo2",
    ZHOU, [SUN], "明天的会你去",
    body="""孙立:

"冯大炮"今天又开讲了,一个小时的协调会,五十分钟在回忆他九几年在老厂怎么带徒弟,剩下十分钟把上周定好的联锁逻辑推翻了一半。说实话,2oo3 和 1oo2 他到现在都没分清楚,偏偏还特别爱拍板。

明天的会你替我去吧,我怕我当场血压上来。记得带上 C&E 矩阵的签字版,他说什么先记下来,回来我们再说。

老周
"""))

POS.append(case(
    ["backchannel"], "en",
    "backchannel: internal mail ridiculing the mine GM ('thinks SIL is a kind of lubricant', 'short words, that's about his level')",
    MARCO, [AISHA], "risk memo for CV-03",
    body="""Aisha,

Latest brainwave from the GM's office: run the overland conveyor with the pull-wire interlocks bypassed "just during ramp-up". Graham genuinely seems to think SIL is a kind of lubricant. I've stopped being surprised.

Can you draft a one-page risk memo we can send him tomorrow? Keep it to pictures and short words, that's about his level.

M.
"""))

POS.append(case(
    ["backchannel"], "zh",
    "backchannel: reply-all accident - note to the tech lead mocking '马大部长' for changing requirements, while 马志刚 is still in To",
    LU, [MA, SUN], "Re: 轧线二级系统需求说明第五版", cc=[CHENG],
    body="""@孙立 你先看看。第五版了,马大部长拍脑袋的频率比我们出版本还快,上周刚说换辊排程"以后再说",这周就成了"必须有"。真的离谱,估计他自己都不记得上次说了啥。工作量先按最坏情况估,周五前给我。
""",
    quote="""陆经理、各位:

附件是轧线二级系统需求说明第五版,主要变化是增加换辊自动排程,请评估。

马志刚""",
    quote_from=MA, quote_style="gt_zh"))

POS.append(case(
    ["backchannel"], "mixed",
    "backchannel: internal vent to sales about the client IT director ('连 master data 都分不清', 'Client-A 的 IT 就是个 circus')",
    QIAN, [CHENG], "Client-A 信息中心…",
    body="""晓晓,

跟你吐个槽。唐主任今天又来 push go-live date,可她连 master data 和 transaction data 都分不清,开会问我"物料主数据能不能按月结转"。我当场 CPU 干烧。

说真的,Client-A 的 IT 那边就是个 circus,每个人都在表演,没人在干活。下次续约谈判你心里有个数。

W.
""",
    layout="html"))

POS.append(case(
    ["backchannel"], "zh",
    "backchannel (traditional): internal mail calling the client manager 「蔡大砲」, says he can't read reports and takes it out on us",
    LIN, [HUANG], "蔡經理那邊",
    body="""啟明:

「蔡大砲」今天電話裡又開火了,講了快四十分鐘。說穿了就是他自己看不懂庫存週轉報表,拿我們出氣。這種人也能當上經理,我算是開了眼界。

下週的報表教育訓練你幫我頂一下,我怕我忍不住。

佩君
""",
    trad=True))

POS.append(case(
    ["backchannel"], "zh",
    "backchannel: mail to the plant manager disparaging his own instrument supervisor ('真不太靠谱', '跟他打交道是在做慈善')",
    SONG, [WU], "关于配合人员的问题",
    body="""吴厂长:

有件事想私下跟您说一下。贵厂对接我们项目的仪表主管老钱,说句实在话,真不太靠谱。问他什么都是"我回头看看",然后就石沉大海;交给他的回路测试表,三周了还压在他抽屉里。我们的工程师私下都说,跟他打交道就是在"做慈善"。

您看能不能换个人对接?

宋雨
"""))

POS.append(case(
    ["backchannel"], "zh",
    "backchannel: internal mail mocking the bank ('C行合规…慢出了境界', contact is '纯纯的传话筒')",
    ZHUO, [QIAN], "C行这周的进度",
    body="""蔚姐:

C行合规那帮人是真的慢出了境界,一张接口申请表退回来三次,每次就改一个标点符号,我怀疑他们是按退件数量考核的。许晴人倒是挺客气,就是什么事都拍不了板,纯纯的传话筒。

接口联调估计又要往后拖一周,先跟你报备下。

卓凡
"""))

# ---- two labels -------------------------------------------------------------
POS.append(case(
    ["argue", "refusal"], "zh",
    "argue+refusal: flat 'will not change the trip setpoint' plus a lecture that the client set it at HAZOP ('这个逻辑说得过去吗?')",
    HAN, [GAO], "Re: 关于调整 V-201 液位高高联锁值", cc=[LUHAI],
    body="""高厂长:

V-201 的联锁值不会调。

另外想提醒一句:95% 这个数是贵厂自己在 HAZOP 会上定的,纪要上有贵厂工艺部的签字。现在嫌它"太保守",回过头让我们来改,这个逻辑说得过去吗?至于"误停车",我们查过历史数据,每一次液位都是真的到了 95%。

韩冰
""",
    quote="""韩经理:

工艺那边反映 V-201 液位高高联锁设在 95% 太保守,经常误停车,请把联锁值调到 98%。

高文斌""",
    quote_from=GAO, quote_style="foxmail"))

POS.append(case(
    ["refusal", "persuade"], "en",
    "refusal+persuade: 'We won't be pricing a second instance' and urges the GM to make his board drop the idea",
    PRIYA, [GRAHAM], "Re: Second ERP instance for the pellet plant",
    body="""Graham,

We won't be pricing a second instance, and we're not going to build one.

Honestly, the board should let this one go. A single instance is the only setup that makes sense for a site your size; splitting it now to make a hypothetical sale easier will just double your licence and support bill for years. I'd encourage you to take that message back to them and close the topic for good.

Priya
""",
    quote="""Priya - the board wants the pellet plant on its own ERP instance so it can be sold separately down the track. Please price it up.
Graham""",
    quote_from=GRAHAM, quote_style="outlook"))

POS.append(case(
    ["persuade", "backchannel"], "mixed",
    "persuade+backchannel: to the production VP, belittles his IT staffer ('纸上谈兵', never been on a line) and pushes him to sign our proposal by Friday",
    LU, [HE], "关于信息部提的 open-source 方案",
    body="""贺总,

关于你们信息部小李提的 open-source SCADA 方案,我直说了:那就是个 PPT 方案。小李估计连真正的轧线都没下去过几次,他那套东西纸上谈兵还行,上了生产线就是 disaster。

我们的 proposal 是目前唯一 make sense 的选择。您就别再给他时间去"验证"了,周五前把合同走下去,大家都省事。

陆海涛
"""))

POS.append(case(
    ["backchannel", "ramble"], "zh",
    "backchannel+ramble: long chatty internal mail (fishing, new car, son's match, holiday plans) that mocks '老冯' and '马大哈'; SIL certificate request buried",
    ZHOU, [YANG], "周末的事 & 一堆杂七杂八",
    body="""杨帆:

周末过得咋样?我周六终于去了趟密云那个水库,早上五点就出发,结果到了发现下雨,在车里干坐了两个小时,最后就钓上来三条小鲫鱼,还不够猫吃一顿的。回来路上顺便去提了新车,就是之前跟你说的那款混动,开起来确实安静,就是车机太复杂,我研究了一晚上都没搞明白怎么关自动启停。

周日陪儿子去踢了场比赛,他们那个小教练特别有意思,中场休息给孩子们讲战术,画了一黑板的箭头,孩子们一个都没听进去,下半场照样一窝蜂追着球跑。最后 3 比 3 打平,儿子回家说他进了一个球,后来我看录像,其实是对方乌龙。

说到昨天的协调会,你没去真是赚了。老冯那张嘴,一张开就收不住,从他当年怎么大修讲到集团食堂的菜价,我们的事一句没谈完。马部长更绝,"马大哈"这外号真不是白叫的,上周签过字的 I/O 清单,他昨天当着一屋子人说从来没见过,翻出签字页给他看,他还嘟囔是不是我们后补的。跟这俩人打交道,我这降压药得加量。

对了,周四前把 SIS 控制器的 SIL 证书扫描件发我一份,集团安全处要。

另外我最近在琢磨今年年假去哪,云南还是新疆,我爱人想去大理看洱海,我想去喀纳斯看秋天的白桦林,两个人僵持了一个星期。你去年不是去过新疆吗,给点建议,路上开车辛不辛苦、住宿好不好订。对了,我那根老钓竿周六终于断了,准备去渔具店挑根新的,你要有推荐告诉我。还有,你上回推荐的那个纪录片我看了两集,讲青藏铁路修建的,拍得真好,尤其是冻土那段,看得我都想去实地走走。

还有个事想吐槽,小区物业又涨价了,电梯修了三个月还没修好,业主群里天天吵架,我都不敢点开看。我爱人倒是挺积极,当了楼长,天天在群里统计意见,比我上班还忙。

再聊,有空一起吃饭。

老周
"""))

POS.append(case(
    ["ramble", "argue"], "en",
    "ramble+argue: 430-word catch-up (rugby, braai, Kruger, office move, book) with a blaming 'as I've told you more than once… your crew' paragraph and a buried SAT punch-list request",
    ETHAN, [DEON], "Long overdue catch-up",
    body="""Hi Deon,

It's been far too long since we had a proper chat, so I thought I'd write a longer note than usual.

First, congratulations to your son on making the provincial under-16 side. You must be chuffed. I remember you saying at the braai last year that he'd been playing flyhalf since he could walk, and it clearly paid off. My own kids have given up on rugby entirely and moved on to climbing, which means my weekends are now spent standing at the bottom of an indoor wall holding a rope and trying not to look at my phone.

Speaking of braais, I finally bought a proper kettle grill after you shamed me about gas barbecues. I've done three cooks so far: one great, one average, and one that set off the neighbour's smoke alarm through an open window. My wife has banned me from attempting boerewors until I "learn the basics". Fair call.

We also did the Kruger trip you recommended in April. Nine days, two flat tyres, one very grumpy elephant who blocked the road near Satara for twenty minutes, and more impala than I could ever have imagined. The kids counted 143 impala on the first afternoon before they got bored. The lodge you mentioned near the Sabie river was fully booked, but we found a smaller place nearby that was brilliant.

On the flotation cells: as I've told you more than once now, the downtime in May was caused by your maintenance crew skipping the pre-start checklist, not by our control software, and I'd appreciate it if that complaint stopped getting forwarded up the line every month as if it were news. Also, please send me the signed SAT punch list by Friday.

On our side things are busy but fine. We've just moved into a new office near the river, which sounds glamorous until you realise the coffee machine is on a different floor and the lifts take forever. I've started taking the stairs, which my knees are not thanking me for.

I've also finally started reading the book on the history of the Witwatersrand gold rush you lent me, two years late, I know. The chapter on the early stamp mills is fascinating; I had no idea how much mercury they went through. I'll bring it back next time I'm on site, promise.

Give my best to Marike and the team. Hopefully we can get together for a braai when I'm up in August. I'll bring the wine, you handle the fire.

Cheers,
Ethan
"""))

# =============================================================================
# HARD NEGATIVES (expect = [])
# =============================================================================

NEG.append(case(
    [], "zh",
    "hard negative: buffered refusal - out of scope but logged as CR-LZ-031 with evaluation date, review meeting and an interim workaround",
    LU, [HE], "Re: 连铸二级画面增加结晶器液位趋势对比",
    body="""贺总:

收到。这个功能目前不在本期合同范围内,我们已登记为变更申请 CR-LZ-031。

接下来的安排:
1. 5 月 14 日前我们给出评估,包括工作量、对二级服务器负荷的影响和报价;
2. 5 月 16 日周例会上一起评审,由贵厂决定是否纳入;
3. 评审之前,操作员可以先用 DCS 历史趋势里的"多笔对比"功能临时查看,明天我们派人到主控室教一遍。

有问题随时找我。

陆海涛
""",
    quote="""陆经理:

能否在连铸二级画面上增加结晶器液位的多流趋势对比功能?操作工反映现在要来回切画面,很不方便。

贺永年""",
    quote_from=HE, quote_style="outlook_zh"))

NEG.append(case(
    [], "en",
    "hard negative: 'We can't migrate all tags in the shutdown' followed by two concrete options and the client's choice",
    MARCO, [GRAHAM], "Re: Historian migration during the March shutdown",
    body="""Graham,

We can't migrate all 18,000 historian tags inside the 72-hour March shutdown; the validation alone takes longer than that. Two ways we could go:

(a) Migrate the crusher and conveyor circuits (about 6,500 tags) in March, and the rest in the June shutdown.
(b) Run the old and new historians in parallel from March and cut over in June with no outage at all, for roughly three extra weeks of our time.

Happy to walk your team through both on Tuesday. Your call which suits operations better.

Marco
""",
    quote="""Marco, can your team migrate all the historian tags during the March shutdown? I'd rather do it in one hit.
Graham""",
    quote_from=GRAHAM, quote_style="gt"))

NEG.append(case(
    [], "zh",
    "hard negative: escalation - payment-term change beyond the PM's authority, handed to our general manager who will call on Friday",
    HAN, [GAO], "Re: 关于 SIS 改造第二笔款支付时间",
    body="""高厂长:

您好,来信收到。

付款节点调整涉及合同条款变更,我本人没有权限直接答复,已经把情况完整汇报给了我们事业部的谢国华总经理。谢总说这周五下午会亲自给您打电话,当面商量一个双方都能接受的安排。

这段时间现场工作照常进行,不受影响,请您放心。

韩冰
""",
    quote="""韩经理:

由于原材料涨价,我们希望 SIS 改造的第二笔款推迟三个月支付,请你们同意。

高文斌""",
    quote_from=GAO, quote_style="foxmail"))

NEG.append(case(
    [], "zh",
    "hard negative: negation '并不是做不了' followed by the two preconditions, a site survey date and a proposal date",
    DENG, [ZHAO], "Re: 人员定位系统扩展到 -650 新采区",
    body="""赵矿长:

先说结论:并不是做不了。-650 新采区的扩展在技术上可行,我们需要先确认两件事:

一是新采区的巷道图和供电点位,基站要放在有稳定电源的位置;
二是井下环网交换机的剩余端口,目前估计还够接 8 个基站。

我们下周二下井踏勘,周五前给您方案和报价。您看时间合适吗?

邓家明
""",
    quote="""邓经理:能不能把人员定位系统扩到 -650 水平的新采区?年底前就要开始掘进了。赵铁军""",
    quote_from=ZHAO, quote_style="gt_zh"))

NEG.append(case(
    [], "zh",
    "hard negative: risky words as SIS technical terms (强制点必须解除, 拒动/误动, 必须接受 4-20mA, SIS 会拒绝该通道)",
    HAN, [LUHAI], "SIS 投运前的几项技术要求",
    body="""鲁部长:

SIS 投运前,有几项硬性技术要求跟您同步一下:

1. 所有强制点(force)必须在交接前全部解除,并由双方签字确认;
2. 三取二表决逻辑中,单台变送器故障会降级为二取一,不会引起误动;两台同时故障则会导致停车,这是"宁可误动、不可拒动"的设计原则;
3. 安全栅输入端必须接受 4–20mA 信号,现场个别 HART 设备需关闭多点模式,否则 SIS 会拒绝该通道的数据并报通道故障;
4. 旁路开关只允许在有作业票的情况下使用,时限不超过 8 小时。

如有疑问,周四现场会上再细聊。

韩冰
"""))

NEG.append(case(
    [], "en",
    "hard negative: 'will refuse any online edits', 'have to', 'You must back up' are PLC technical instructions, friendly tone",
    ETHAN, [KAREN], "Saturday work on the vent fan PLC",
    body="""Hi Karen,

A quick heads-up for your electricians before Saturday's work on the ventilation fan PLC:

- The controller will refuse any online edits while the key switch is in RUN. They have to turn it to REM or PROG first; that's how the controller is built, not a rule of ours.
- You must back up the project to the laptop before downloading. If the download fails halfway, that backup is the only way back.
- Don't be alarmed if the HMI shows "Comms failed" for about 90 seconds during the restart. That's expected.

I'll be on the phone all day if anything looks odd.

Ethan
"""))

NEG.append(case(
    [], "zh",
    "hard negative: furious coking-plant manager ('摆设', '合同也别想结了') only in the Foxmail quote; PM apologises and gives cause and plan",
    SONG, [WU], "Re: 焦炉加热画面又卡死了!",
    body="""吴厂长:

非常抱歉昨晚给贵厂操作带来的影响,这是我们的责任。

初步排查结果:3# 操作站的显卡驱动与上周推送的系统补丁不兼容,导致画面刷新卡死;控制器本身运行正常,没有丢失控制。

处理情况:
1. 今天上午已在 3# 站回退驱动,画面恢复正常;
2. 其余 5 台操作站今晚 20:00 前完成同样处理;
3. 明天下午我带工程师到中控室,当面向您和当班班长汇报完整原因和防范措施。

再次致歉。

宋雨
""",
    quote="""宋经理:

你们这套系统是摆设吗?!昨晚焦炉加热画面又卡死,半个小时看不到温度,操作工只能靠对讲机问现场!再出一次我直接找你们老总,合同也别想结了!

吴思远""",
    quote_from=WU, quote_style="foxmail"))

NEG.append(case(
    [], "en",
    "hard negative: GM's 'clearly have no idea what they're doing' only in the Outlook quote; PM apologises, explains the faulty sensor and proposes a meeting",
    MARCO, [GRAHAM], "Re: Overland conveyor trips - again",
    body="""Graham,

I understand, and I'm sorry. Three trips in a week is not acceptable to us either.

Here's where we are: the trips came from a faulty belt-rip detector at transfer station 4 sending intermittent signals. Our technician replaced the sensor this morning and we're monitoring it for 48 hours. I'll send you a short written report tomorrow at 10:00, and I'd like to sit down with you and your maintenance superintendent on Thursday to agree what we do if it happens again.

Marco
""",
    quote="""Marco,

This is absolutely unacceptable. Third trip on the overland conveyor this week. Your people clearly have no idea what they're doing and I'm done being patient.

Graham""",
    quote_from=GRAHAM, quote_style="outlook"))

NEG.append(case(
    [], "zh",
    "hard negative: constructive internal discussion of the plant manager's schedule anxiety ('不是冲我们来的'), plan to meet him in person",
    ZHOU, [SUN, YANG], "冯厂长对工期的担心",
    body="""孙立、杨帆:

今天跟冯厂长通了电话,他对高炉 DCS 改造的休风窗口很焦虑,说了不少重话。我理解他的压力——集团按吨铁成本考核他,休风多一天就是实打实的损失,这件事他不是冲我们来的。

我想周一带着细化到小时的切换计划当面去找他,把每一步的风险和回退方案讲清楚。孙立负责切换步骤表,杨帆把联锁测试的时间再压一压,看能不能省出半天。周五下午我们内部先过一遍。

老周
"""))

NEG.append(case(
    [], "zh",
    "hard negative: internal banter praising a colleague ('服了你了'), self-deprecating joke about the PM's own speed; nothing about the client",
    HAN, [YANG], "回路测试表",
    body="""杨帆,

服了你了!一晚上把 1800 个回路的测试记录表全部整理完,还顺手把位号不一致的 23 处标了出来。我这效率跟你比,就是拖拉机对高铁,哈哈。

明天上午我把表发给鲁部长那边确认。辛苦辛苦,周五请你喝咖啡。

韩冰
"""))

NEG.append(case(
    [], "en",
    "hard negative: firm-but-polite dated facts ('not raising this to point fingers') plus an offer to review; risky motto 'No excuses' only in the signature",
    PRIYA, [DEON], "Re: Vendor documents and the review date",
    body="""Deon,

Just to set out the dates so we're working from the same facts:

- The vendor document package was issued on 3 May under transmittal TR-114.
- The comment period in the contract is 10 working days, so it closed on 17 May.
- We received your team's comments on 29 May.

I'm not raising this to point fingers; I want the revised schedule to reflect the actual sequence. I'd be glad to go through the open comments with your engineers on Monday and agree new dates for anything still outstanding.

Kind regards,
Priya

--
Priya Nair | Project Manager | Process Plant Systems
Zero harm. No shortcuts. No excuses.
""",
    quote="""Priya, the vendor documents were late again and that's why we missed the review date. Deon""",
    quote_from=DEON, quote_style="gt"))

NEG.append(case(
    [], "zh",
    "hard negative: recommendation with reasons (方案 B 更稳妥) but both options feasible and '最终请贵方定夺'",
    LU, [MA], "轧线控制器冗余方案对比",
    body="""马部长:

按您上周的要求,两个方案的对比做完了,表格见附件,简单说一下:

方案 A:单控制器 + 冷备,投资低约 40 万,故障时需人工切换,约 15 分钟;
方案 B:热备冗余控制器,无扰切换,投资高约 40 万,维护也稍复杂一些。

从我们的经验看,轧线停机一次损失较大,方案 B 更稳妥一些;但贵厂有现成的备件和维护力量,方案 A 也完全可行。两个方案我们都能按期交付,最终请贵方定夺。

陆海涛
"""))

NEG.append(case(
    [], "zh",
    "hard negative: plain weekly schedule; risky words (不可逾越, 一律拒绝, 不得转发) only in the signature motto and disclaimer",
    DENG, [ZHAO], "本周人员定位系统工作安排",
    body="""赵矿长:

本周安排如下:
周二:-450 水平 12 台基站通电调试;
周三:标识卡批量发放,先发综采一队;
周四:与调度室联调报警推送。

需要矿上配合的是周二的停送电,作业票今天已提交安全科。

邓家明
--
邓家明 | 项目经理 | 智能矿山事业部
安全红线不可逾越 · 违章指挥一律拒绝 · 不安全不生产
本邮件及附件仅供指定收件人使用,如误收请立即删除,不得转发或复制。
"""))

NEG.append(case(
    [], "zh",
    "hard negative: long (~700 chars) but focused root-cause analysis of a DCS controller switchover; takes the blame for design gaps",
    ZHOU, [FENG], "2#高炉 DCS 控制器切换事件根因分析", cc=[MA],
    body="""冯厂长、马部长:

关于 10 月 12 日 2# 高炉 DCS 控制器冗余切换时热风炉画面短时失去数据的事件,根因分析结论如下。

一、事件经过
14:06:31,FCS-0204 主控制器 CPU 板报"存储器校验错误",按设计自动切换到备用控制器。切换本身耗时 180 毫秒,控制输出保持,阀门没有异常动作。但从 14:06:32 到 14:09:10,热风炉 1#—4# 操作画面上约 260 个位号显示"通讯中断",操作员看不到实时数据,期间按规程维持手动操作。

二、直接原因
备用控制器切为主控后,需要向操作站重新广播数据订阅表。热风炉画面引用的位号中有 38 个是跨控制器引用(来自 FCS-0206),而 FCS-0206 当时通讯负荷已达 78%,重新订阅请求排队,画面数据恢复延迟了约两分半钟。

三、根本原因
1. 设计阶段对跨控制器引用的数量没有设限,热风炉画面组态时大量引用了其他控制器的位号;
2. 控制网通讯负荷的告警阈值设为 85%,78% 没有触发任何提示;
3. FAT 时只测试了单控制器切换,没有测试相邻控制器处于高负荷时的切换工况。
以上三条都是我们设计和测试上的不足。

四、整改措施
1. 本月 25 日前,将热风炉画面的跨控制器引用从 38 个减到 6 个以内,其余改为本控制器内部计算;
2. 通讯负荷告警阈值下调到 65%,并在工程师站增加负荷趋势监视;
3. 利用 11 月 3 日的计划检修窗口,重新做一次带负荷的冗余切换测试,请贵厂设备部派人见证;
4. 故障 CPU 板已返厂检测,报告预计 11 月 10 日前提供。

五、对生产的影响
事件期间热风炉处于换炉间隙,操作员按规程维持手动,送风温度波动在 ±8℃ 以内,未影响高炉顺行,也没有造成设备损坏。整改完成后,我们连续一个月每周提交一次控制网负荷周报。

整改计划表和切换时段的 SOE 记录见附件。如有疑问,我随时到厂里当面汇报。

周振宇
""",
    layout="alt"))

NEG.append(case(
    [], "en",
    "hard negative: long (~440 words) but focused SCADA migration plan with steps, dates, risks and asks",
    ETHAN, [GRAHAM], "SCADA migration plan - Pit 2 dewatering", cc=[KAREN],
    body="""Graham,

As promised at Monday's coordination meeting, here's the migration plan for moving the Pit 2 dewatering pumps from the old radio telemetry onto the new SCADA platform. It's long, but I'd rather you had the whole picture in one place.

Scope
Eleven submersible pump stations (P2-01 to P2-11), the two booster stations on the ramp, and the discharge flow meters at the turkey's nest dam. In total 412 tags, of which 96 are control points (start/stop, speed reference) and the rest are monitoring only.

Approach
We'll migrate station by station rather than all at once. Each station goes through the same five steps:
1. Install and power the new RTU alongside the old one, with no change to control.
2. Run both in parallel for 48 hours and compare readings. Any tag that differs by more than 2% is investigated before we move on.
3. Transfer control to the new RTU during a day shift, with an electrician at the station and the control room on the radio.
4. Run on the new RTU for 24 hours with the old one still wired but isolated, so we can switch back within 15 minutes if needed.
5. Remove the old RTU and update the drawings.

Sequence and dates
We start with P2-11, the shallowest station with the most standby capacity, in the week of 8 July. If that goes cleanly, we do two stations a week and finish with the boosters in the week of 19 August. The boosters come last because losing them stops the whole ramp line.

Risks
- Wet season: if rainfall exceeds the 20 mm/day trigger in your dewatering plan, we pause control transfers until the pit level is back below the alert line. This could add up to three weeks.
- Radio coverage at P2-07 and P2-08 is marginal. We'll do a site survey on 2 July; if the signal is weak we'll add a repeater on the east wall, which is already in the budget.
- Operator familiarity: the new screens look different. We'll run two one-hour sessions per shift crew in the week before the first transfer.

What we need from your side
- A permit to work for each station, ideally issued a day in advance.
- An electrician present during each control transfer.
- Confirmation of the rainfall trigger and alert line we should use.

I've attached the station-by-station schedule and the tag list. Karen, I've copied you because the control-room sessions need to fit around your rosters; we're happy to adjust the dates.

Regards,
Ethan
"""))

NEG.append(case(
    [], "zh",
    "hard negative (traditional): long (~650 chars) but focused month-end UAT plan with scope, schedule, entry/exit criteria, risks",
    HUANG, [CHEN], "ERP 月結流程 UAT 安排", cc=[TSAI],
    body="""陳廠長、蔡經理您好:

ERP 月結流程的使用者驗收測試(UAT)安排如下,請貴廠協助確認人員與時間。

一、測試範圍
本次 UAT 涵蓋月結的六個環節:庫存盤點調整、在製品結轉、成本分攤、應付暫估、固定資產折舊、月結報表產出。測試資料採用貴廠九月份實際資料的複本,共約一萬兩千筆交易。

二、時程
第一週(十月十四日至十八日):庫存、在製品、成本分攤三項,由生產管理課與成本會計各派兩位關鍵使用者;
第二週(十月二十一日至二十五日):應付暫估、折舊與報表,由財務課派三位關鍵使用者;
十月二十八日:問題彙整與重測;
十月三十日:驗收會議,請廠長出席簽核。

三、進出條件
開始條件:測試環境資料載入完成、測試腳本經雙方確認;
結束條件:所有一級、二級問題關閉,三級問題有明確處理時程,月結報表數字與九月份實際帳務差異小於千分之一。

四、需要貴廠配合的事項
1. 十月十日前提供關鍵使用者名單;
2. 測試期間每天下午四點召開十五分鐘站立會議,檢視當日問題;
3. 測試用電腦請預先安裝新版用戶端,我們十月十一日到廠協助安裝。

五、風險
九月份資料若有大量補登或更正,可能影響比對結果。我們建議九月帳務在十月八日前鎖帳;若無法鎖帳,比對基準改用八月份資料,時程不變。

六、培訓與聯絡窗口
UAT 開始前,我們在十月十一日下午為關鍵使用者安排兩小時的說明,內容包括測試腳本的填寫方式、問題分級標準,以及測試環境的登入與權限申請流程。測試期間我方兩位系統顧問常駐廠內,問題可直接找他們,或打電話給我。

測試腳本與問題記錄表已放在共用資料夾,請參閱。

黃啟明
""",
    trad=True))

NEG.append(case(
    [], "zh",
    "hard negative: long (~750 chars) but focused ERP weekly report with progress, plan, risks and one decision request",
    QIAN, [TANG], "ERP 项目第 18 周周报", cc=[SHAO],
    body="""唐主任、邵科长:

ERP 项目第 18 周(5 月 6 日—5 月 10 日)周报如下。

一、总体进度
计划完成 62%,实际完成 59%,偏差 3 个百分点,主要落在销售模块的客户主数据清洗上。整体里程碑(7 月 1 日上线)目前仍可保证,但缓冲已从 10 个工作日缩到 6 个。

二、本周完成
1. 采购模块:供应商主数据 2,340 条导入完成,校验通过率 99.2%,剩余 19 条疑似重复供应商已发采购部确认;
2. 生产模块:炼钢、连铸、热轧三条工艺路线配置完成,BOM 结构评审通过;
3. 财务模块:成本中心结构与会计科目映射完成第二轮评审;
4. 接口:MES 至 ERP 的生产报工接口单元测试通过,联调排在下周。

三、下周计划
1. 销售模块客户主数据清洗,目标完成 80%;
2. MES 接口联调(5 月 14 日—16 日),需信息中心两位网络工程师配合开通防火墙策略;
3. 启动 UAT 脚本编写,请各业务部门关键用户在 5 月 15 日前提交典型业务场景。

四、风险与问题
1. 客户主数据中约 600 条缺少税号,需销售部补充;若 5 月 17 日前无法补齐,建议先以"待补充"状态导入,上线后一个月内补齐;
2. 热轧卷的计量单位(吨/卷)在 MES 与 ERP 中不一致,已提交问题单 #47,方案待财务确认;
3. 项目组一名财务顾问 5 月下旬休产假,接替人员已到岗交接。

五、需要决策的事项
问题单 #47 的计量单位方案,我们准备了两个选项,已附在问题单中,请邵科长本周内确认。

六、下周需要贵方参加的会议
5 月 13 日(周一)上午 9:30 主数据周例会,请销售部、采购部主数据负责人参加;5 月 15 日(周三)下午 2:00 MES 接口联调启动会,请信息中心网络组和炼钢厂调度参加。

附件:进度甘特图、问题清单(截至 5 月 10 日共 52 项,已关闭 37 项)。

钱蔚
""",
    layout="html"))

NEG.append(case(
    [], "mixed",
    "hard negative: long but focused change-impact analysis (CR-SIS-009) for 24 gas-detection loops; decision left to the client",
    KEVIN, [LUHAI], "CR-SIS-009 可燃气体检测回路 change impact", cc=[GAO],
    body="""鲁部长,

关于新增 24 个可燃气体检测回路的 change request(CR-SIS-009),impact analysis 如下,供评审参考。

1. Scope
罐区 T-301 至 T-306 周边新增 24 台 catalytic 探测器,信号进 GDS 控制器;其中 8 个高高报警要联锁切断进料阀,需要进 SIS。

2. Hardware impact
GDS 控制器现有 spare AI 16 个,不够,需要新增一块 16 通道 AI 卡;SIS 侧 spare DO 还有 12 个,够 8 个切断阀用。机柜空间 OK,电源负荷增加约 35W,在 UPS 余量以内。

3. SIL verification
8 个新增联锁回路要重新做 SIL verification,按 HAZOP 结论为 SIL 1,预计 5 个工作日;现有回路不受影响。

4. Schedule impact
硬件采购 lead time 约 4 周,安装与 loop check 1 周,SIS 逻辑修改与离线测试 1 周。6 月 1 日前批准,可以赶在 7 月大修窗口内完成;晚于 6 月 10 日批准,就只能放到 10 月的窗口。

5. Cost
硬件、SIL 验证和施工合计约 38 万元,明细见附件 Excel。

6. Operation impact
新增报警进入 DCS 报警汇总画面,优先级按报警合理化原则设置,预计每班新增报警少于 5 条。操作员需要半天培训。

以上是我们的分析,是否纳入、何时实施,请贵方评审后决定。需要的话,周四会上我们可以 walk through 一遍。

Kevin 郑凯
"""))

NEG.append(case(
    [], "mixed",
    "hard negative: 'As I said 在周一的 call 上' is follow-through on a promise, delivering the UAT refresh time",
    ZOE, [TANG], "Follow-up:UAT 环境 refresh 时间",
    body="""唐主任,

As I said 在周一的 call 上,我会在周三前 confirm UAT 环境的 data refresh 时间。现在确认如下:

- Refresh 时间:6 月 7 日(周五)晚 20:00 开始,预计 6 小时;
- 数据截止:5 月 31 日月结后的 snapshot;
- 6 月 8 日上午 9:00 环境 ready,我们先做 smoke test,10:00 通知 key users。

Refresh 期间 UAT 环境不可用,请提醒大家周五下午提前保存测试记录。有任何 concern 随时找我。

Zoe
"""))

NEG.append(case(
    [], "zh",
    "hard negative: PM takes full blame for a data-push delay ('责任完全在我们,跟贵行系统没有任何关系') and lists fixes",
    ZHUO, [XU], "昨日放款数据推送延迟的说明",
    body="""许经理您好:

昨天下午钢厂采购入库数据晚了三个小时才推送到贵行平台,影响了贵行两笔放款的审批,非常抱歉。

原因已经查清:这次责任完全在我们,跟贵行系统没有任何关系。上周我们调整 ERP 接口服务器的定时任务时,把时区参数写成了 UTC,导致推送任务推迟执行,值班同事发现后手工触发,才延迟到三个小时。

已采取的措施:
1. 时区参数已改正,今天上午的推送已按时完成;
2. 增加推送失败和超时的短信告警,同时发给我们和贵行科技部值班人员;
3. 以后接口配置变更,先在测试环境跑满一天再上生产。

如需要,我明天可以到贵行当面说明。

卓凡
"""))

NEG.append(case(
    [], "zh",
    "hard negative: internal note with the client deliberately in Cc, agrees with his blunt criticism ('话是不客气,但他说得对') and acts on it",
    ZHOU, [SUN], "报警合理化", cc=[MA],
    body="""孙立:

(抄送马部长,供知悉)

今天马部长在会上说我们的 DCS "报警多得像放鞭炮",话是不客气,但他说得对:单座高炉每班报警超过 1200 条,远高于行业推荐水平,这个问题我们回避不了。

请你牵头,本周五前出一份报警合理化初稿:先按报警频率排出前 50 个位号,逐条给出处理建议(删除、改设定值、加延时或调整优先级),下周二跟马部长和工艺部一起过。

周振宇
""",
    layout="html"))

NEG.append(case(
    [], "zh",
    "hard negative: colleague's complaint about the client ('难伺候', '快疯了') only in the quote; PM explains the client's reason and proposes a joint session",
    HAN, [YANG], "Re: SIS 画面配色又改了",
    body="""杨帆:

理解你们的辛苦,四轮确实不少。不过我问了一下,高厂长这边反复改配色,是因为他们去年出过一次操作员看错报警颜色的事件,对这个特别敏感,不是故意为难我们。

我建议这样:周四我约他们工艺部和两位班长一起,到我们集成车间对着真实画面一次把配色定下来,现场签字确认,之后再改就走变更流程。你看可以吗?

韩冰
""",
    quote="""冰姐,这个化工厂真是难伺候,SIS 画面的颜色都改了四轮了,我这边人都快疯了。
杨帆""",
    quote_from=YANG, quote_style="gt_zh"))

NEG.append(case(
    [], "en",
    "hard negative: 'I privately thought it was impossible' is praise for the client's shift crews after a cutover",
    ETHAN, [KAREN], "Thank you - weekend cutover",
    body="""Karen,

I'll be honest: when we planned a 36-hour cutover for the whole ventilation control system, I privately thought it was impossible. Your shift crews proved me wrong. Every loop was checked, every fan restarted on schedule, and there wasn't a single unplanned stop.

Please pass my thanks on to the night shift in particular. The way they handled the fan 3 VSD fault at 2 a.m. was textbook.

The as-built drawings will follow by Friday.

Ethan
"""))

NEG.append(case(
    [], "mixed",
    "hard negative: '天方夜谭' is self-doubt turned into praise for the plant's instrument crew",
    KEVIN, [GAO], "Loop check 完成 - 感谢仪表班", cc=[LUHAI],
    body="""高厂长,

说实话,计划三天调完 400 个回路的时候,我私下觉得有点天方夜谭。结果贵厂仪表班提前半天 finish,而且 zero punch item。这个 performance 真的很少见,respect!

请代我们感谢仪表班王班长和各位师傅。Loop check 记录明天整理好发给鲁部长签字。

Kevin 郑凯
"""))

NEG.append(case(
    [], "en",
    "hard negative: 'That's a firm no' on a week-long SIS bypass, with three concrete interim measures and the client choosing",
    PRIYA, [DEON], "Re: Kiln O2 analyser - bypass request",
    body="""Deon,

That's a firm no on bypassing the O2 analyser in the SIS for a week. It's part of a SIL 2 function, and a week-long bypass without compensating measures would breach your own site procedure.

What we can do right now:
1. Our instrument tech can bring a calibrated portable analyser today and set up an 8-hour bypass under permit with continuous manual monitoring, renewable under your procedure.
2. I've asked the analyser vendor to send a field engineer on Tuesday instead of next Friday; they confirmed this morning.
3. If useful, we can also price a second analyser as a permanent spare. I'll send numbers by Wednesday.

Let me know which of these you'd like to go ahead with.

Priya
""",
    quote="""Priya, the kiln O2 analyser is down again. Can your team bypass it in the SIS so we can keep running until the vendor turns up next week?
Deon""",
    quote_from=DEON, quote_style="outlook"))

NEG.append(case(
    [], "zh",
    "hard negative: '按我们在其他焦化厂的经验' with pros/cons and '您这边定了告诉我们'",
    SONG, [WU], "关于新增操作站的布置位置",
    body="""吴厂长:

新增的两台操作站放在中控室还是放在焦炉现场操作室,我们的想法供您参考:

按我们在其他焦化厂的经验,放在中控室便于集中监视,交接班也方便;放在现场操作室的好处是离设备近,异常时反应快,但现场粉尘和温度对工控机寿命有影响,需要加装空调和防尘柜,大约多出 3 万元。

两种布置我们都做过,施工周期差别不大。贵厂更了解自己的操作习惯,您定了告诉我们,我们按您的决定出图。

宋雨
"""))

NEG.append(case(
    [], "zh",
    "hard negative: finance chief's slang anger ('到底还能不能行了', '无话可说') only in the 在…写道 quote; PM apologises with cause, fix and visit",
    QIAN, [SHAO], "Re: 成本报表又是空的",
    body="""邵科长:

非常抱歉又给您添麻烦了。

刚查了,今天早上成本报表为空,是因为昨晚的成本分摊作业在第 3 步等待库存结转完成,而库存结转被一张在途单据卡住了,两个作业都没有报错,报表生成时就取不到数据。

目前的处理:
1. 那张在途单据已处理,分摊作业已重新运行,预计 11:30 前报表可以正常查看,好了我第一时间通知您;
2. 今天下班前,我们在作业链里加上"前置作业未完成即告警"的检查,避免再出现这种"静默"的空报表。

下午三点我到财务科当面跟您过一下,您看方便吗?

钱蔚
""",
    quote="""钱经理,成本报表又是空的!!这都第几次了?你们到底还能不能行了?我真是无话可说。
邵敏""",
    quote_from=SHAO, quote_style="gt_zh"))

NEG.append(case(
    [], "zh",
    "hard negative: bank request not possible this phase, but logged as issue #23, three-party meeting by 10 June and an interim 4x-daily push",
    ZHUO, [XU], "Re: 采购入库数据实时推送需求",
    body="""许经理您好:

需求收到,您说的时效问题我们理解。

实时推送这期暂时不具备条件:钢厂 ERP 的入库过账是在晚间批处理里完成的,要改成实时,需要钢厂信息中心开放实时过账事件接口,这超出了我们单方面能决定的范围。

我们的安排是:
1. 已把这项需求登记进问题清单第 23 项;
2. 6 月 10 日前,我牵头约钢厂信息中心和贵行科技部开一次三方会,确定技术方案和排期;
3. 在此之前,可以先把推送频率从每天一次改为每天四次(9:00、12:00、15:00、18:00),本周内即可完成,不涉及钢厂系统。

您看第 3 项先做是否可以?

卓凡
""",
    quote="""卓经理:

我行希望钢厂 ERP 的采购入库数据能实时推送到我行供应链金融平台,目前的日批模式对放款时效影响较大。

许晴""",
    quote_from=XU, quote_style="outlook_zh"))

NEG.append(case(
    [], "en",
    "hard negative: internal note to the director conceding the GM 'has a point' about the schedule and proposing a corrected plan",
    MARCO, [TOM], "Graham's pushback on the loop-check schedule", cc=[AISHA],
    body="""Tom,

Heads-up before you see Graham on Thursday. He pushed back hard today on our loop-check estimate for the overland conveyor, and after going through it again tonight, I think he has a point. We assumed 40 loops a day, but that figure came from a plant with marshalling cabinets next to the field. Here the junction boxes are spread over 6 km of conveyor, and the realistic rate is closer to 25 a day.

I'd rather we go to him with a corrected schedule than defend the old one. Aisha is reworking it now; we should have a draft by Wednesday midday. It will likely push mechanical completion by about ten days, and I'd like to show him a couple of ways to claw some of that back (a second crew for the far end, weekend shifts in week 3).

Marco
"""))

NEG.append(case(
    [], "mixed",
    "hard negative: self-directed banter ('我今天脑子真的短路了', 'my bad') about the PM's own date mistake; client treated warmly",
    KEVIN, [HAN], "FAT 日期 - my bad",
    body="""冰姐,

我今天脑子真的短路了 — 给高厂长的邮件里先把 FAT 日期写成 5 月 2 日,"更正"又写成了 5 月 12 日,正确的是 5 月 22 日。Two mistakes in one afternoon,我都想给自己扣绩效。

已经第三次发邮件 correct 了,也打电话跟高厂长道了歉,他笑着说"小郑今天状态不对啊"。以后发日期之前我一定 double check。

麻烦下周例会 agenda 里也写明 5/22,免得大家再混。

Kevin
"""))

NEG.append(case(
    [], "zh",
    "hard negative: negation '我不是在推脱' with two stated preconditions, a fallback and a date for the detailed plan (ASCII punctuation)",
    LU, [MA], "Re: 轧线二级系统 10 月 1 日上线",
    body="""马部长:

收到. 先说清楚, 我不是在推脱, 10 月 1 日这个目标我们也想保.

但坦白讲, 按现在的状态承诺 10 月 1 日, 有两个前提还没落实:
1. 换辊自动排程(第五版需求新增)的规格需要在 7 月 15 日前冻结;
2. 8 月份的热负荷联调需要 3 个连续的生产班次, 目前生产计划里还没有排.

如果这两点能落实, 10 月 1 日我们有把握; 如果规格冻结晚于 7 月 15 日, 我们建议先上基础功能, 换辊排程 11 月第二批上线.

我这周五前把详细的倒排计划发您, 下周一一起跟生产部对一下.

陆海涛
""",
    quote="""陆经理: 集团要求轧线二级系统 10 月 1 日必须上线, 请你们给个明确承诺. 马志刚""",
    quote_from=MA, quote_style="foxmail"))

NEG.append(case(
    [], "zh",
    "hard negative: '唯一的设备编码' is an ERP master-data rule stated politely, with an alias-field alternative and a demo",
    QIN, [ZHAO], "Re: 设备编码能否一物多码",
    body="""赵矿长:

这个问题问得很实际,两个科室的习惯确实都有道理。

ERP 的设备主数据有一条硬规则:每台设备只能有一个唯一的设备编码,它是关联维修工单、备件和折旧的主键,这一点系统没有办法绕开。

不过,系统里有"别名/旧编号"字段,可以把机电科的老编号填进去,查询、打印工单和扫码都能用老编号检索到同一台设备。这样机电科的习惯不用改,数据也不会重复。

明天上午我在矿上给两个科室演示一下,您看看是否满足要求,不行我们再想别的办法。

覃雪
""",
    quote="""覃经理:我们机电科习惯用老编号,设备科又用新编号,ERP 里能不能一台设备挂两个编码?赵铁军""",
    quote_from=ZHAO, quote_style="outlook_zh"))

NEG.append(case(
    [], "mixed",
    "hard negative: meeting recap where the same 'not this phase' item is logged as CR-017 with evaluation date, decision meeting and free interim fix",
    KEVIN, [GAO], "Meeting recap - 裂解炉 SIS 改造 kick-off", cc=[LUHAI, HAN],
    body="""高厂长、各位,

今天 kick-off meeting 的 recap 如下:

1. Schedule:FAT 5/22–24,SAT 安排在 7 月大修窗口,已确认;
2. 高厂长提出的 SIS 画面全部汉化:本期 scope 暂不包括,已 log 为 CR-017,我们 6/5 前给出 effort 和 cost 评估,6/7 例会上由贵厂决定是否纳入。Interim:先把 20 个最常用画面的 tag description 改为中文,本月底完成,不额外收费;
3. Cause & effect matrix:贵厂工艺部 5/15 前 review 完返回;
4. Next meeting:5/9 14:00。

如有遗漏请 reply all 补充。

Thanks,
Kevin
"""))

NEG.append(case(
    [], "zh",
    "hard negative: '我早就应该提醒' is self-criticism; PM lends a spare sensor and sets up reminders",
    SONG, [WU], "关于焦炉煤气分析仪备件",
    body="""吴厂长:

焦炉煤气氧含量分析仪的传感器上周失效,备件要六周才能到货,这件事我得先检讨:按设备手册,这个传感器的寿命是 18 个月,到现在正好用了 19 个月,我早就应该提醒贵厂提前备货的,是我疏忽了。

补救安排:
1. 我们从公司另一个项目临时调拨一支同型号传感器,后天到厂,免费借用到新备件到货;
2. 调拨到货之前,请操作工按每两小时一次手工取样分析,采样点和方法今天已发给化验室;
3. 我们把分析仪、火焰检测器等易损件的更换周期整理成一张表,本周内发给设备科,以后提前三个月提醒。

给贵厂添麻烦了。

宋雨
"""))

NEG.append(case(
    [], "zh",
    "hard negative: firm-but-polite legal requirement (gas test before hot work '没有办法变通'), everything else left to the client",
    HAN, [GAO], "关于下周 T-302 罐区的动火作业",
    body="""高厂长:

下周二在 T-302 罐区有一项探测器支架的动火作业,有个前提需要事先说明:按特殊作业安全规范,动火前必须完成可燃气体检测,而且检测合格后 30 分钟内要开始作业,超时要重新检测。这一条是法规要求,我们没有办法变通,也请贵厂监护人按此执行。

其他方面,比如作业放在白班还是夜班、是否和贵厂的清罐计划合并,都可以按贵厂的方便来调整。您看哪种安排合适,告诉我就行。

韩冰
"""))

NEG.append(case(
    [], "zh",
    "hard negative: long (~800 chars) but focused concentrator DCS cut-over plan (principles, steps, dates, staffing, risks)",
    DENG, [ZHAO, CAO], "选矿厂 DCS 新旧系统切换方案",
    body="""赵矿长、曹厂长:

选矿厂 DCS 新旧系统切换方案已经定稿,主要内容如下,请审阅。

一、切换原则
不停产、分系统、可回退。全厂分为破碎、磨矿分级、浮选、浓缩脱水、尾矿输送五个子系统,按从工艺末端到前端的顺序逐个切换,先尾矿、后破碎,确保任何时候只有一个子系统处于切换状态。

二、单个子系统的切换步骤
1. 切换前 24 小时:新系统完成离线组态核对,I/O 点表与旧系统逐点比对;
2. 切换前 2 小时:工艺将该子系统调整到稳定工况,关键回路改为手动;
3. 切换过程:仪表工逐个端子把信号从旧卡件移到新卡件,每移完一个回路,中控室确认数值和阀位一致后再进行下一个;
4. 切换后 4 小时:关键回路逐个投自动,观察 PID 响应;
5. 旧系统机柜和接线保留 7 天,如出现问题,可在 30 分钟内恢复原接线。

三、时间安排
尾矿输送 11 月 4 日,浓缩脱水 11 月 6 日,浮选 11 月 11—12 日(点数最多,安排两天),磨矿分级 11 月 14 日,破碎 11 月 18 日。每次切换安排在白班,8:00 开始,预计 14:00 前完成。

四、人员安排
我方:现场负责人 1 名、DCS 工程师 2 名、仪表工 4 名;
矿方需配合:中控室操作员(每班 2 名)、工艺技术员 1 名、电工 1 名。

五、主要风险和应对
1. 浮选段 pH 和加药回路对波动敏感,切换时安排工艺技术员全程在中控室;
2. 磨机润滑油站联锁在切换期间临时由就地盘控制,已写入专项安全措施;
3. 如遇设备故障或矿石性质突变,当天切换暂停,顺延一天。

六、验收与沟通
每个子系统切换完成后连续运行 72 小时,由矿方工艺和设备部门共同确认关键回路投自动率不低于 95%、无未处理报警后签字;五个子系统全部签字后,旧系统机柜再统一拆除。切换期间每天 17:00 开十五分钟碰头会,通报当天情况和次日计划。

详细的点表、步骤卡和回退方案见附件,下周三的专题会上我们再逐条过。

邓家明
"""))

NEG.append(case(
    [], "mixed",
    "hard negative: recommends a pilot ('we lean towards Option 1') but supports big bang too; decision explicitly the client's",
    ZOE, [TANG], "ERP go-live 策略:pilot vs. big bang",
    body="""唐主任,

关于 go-live 策略,我们整理了两个 option:

Option 1 – Pilot:先在炼钢厂上线,运行一个月稳定后再推到轧钢和炼铁。Risk 更低,但整体上线晚约 6 周,期间两套系统并行,财务月结会麻烦一点。
Option 2 – Big bang:三个厂同时 go-live。时间最短,但对 key user 和 support 团队压力大,出问题的影响面也大。

我们 lean towards Option 1,主要考虑炼铁厂的主数据清洗还没完成。但如果集团更看重统一时间点,Option 2 我们也可以支持,配套的 hypercare 人员会加倍。

Risk list 附后,您和各厂领导商量后告诉我们 decision 就好。

Zoe
"""))

NEG.append(case(
    [], "zh",
    "hard negative: internal mail uses the nickname '老马' affectionately to praise the client's equipment director and plans a thank-you",
    LU, [SUN, CHENG], "今天轧线联调",
    body="""孙立、晓晓:

今天联调顺利,换辊排程第一次完整跑通。

要特别说一句,老马今天真是给力,亲自带着设备部三个人守到晚上十点。现场有两个编码器接线问题,他一个电话就把电工班长叫来了,十分钟解决。之前大家对他可能有些印象,但今天这个配合度,我们得记着。

明天把联调记录整理好,抄送马部长,再附一句感谢。

海涛
"""))

NEG.append(case(
    [], "zh",
    "hard negative: bank engineer's harsh words ('一塌糊涂', '也好意思发出来?') only in the Outlook quote; PM admits 11 errors and fixes them",
    ZHUO, [WEI], "Re: 接口文档问题", cc=[XU],
    body="""韦老师您好:

感谢您指出来,给贵行开发同事带来的困扰,我们很抱歉。

我们对照实际报文逐字段核对了一遍,文档确实有 11 处与报文不一致,其中 4 处是类型错误(金额字段应为字符串而非数值),原因是文档没有随 2.3 版接口同步更新。清单附在邮件里。

修正版文档(V2.3.1)今天下午五点前发出,同时附一份样例报文包,每个交易类型各一条。明天上午十点,我们的接口开发可以跟贵行开发开个半小时的线上会,逐条确认,您看时间是否方便?

卓凡
""",
    quote="""卓经理:

你们的接口文档写得一塌糊涂,字段说明跟实际报文对不上,好几个字段连类型都是错的,我们的开发根本没法干活。这种质量的文档也好意思发出来?

韦长青""",
    quote_from=WEI, quote_style="outlook_zh"))

NEG.append(case(
    [], "zh",
    "hard negative: internal retrospective; '难道我们的报警设计就没有问题吗?' is self-criticism, client's barb quoted and taken seriously",
    HAN, [YANG, KEVIN], "复盘:乙烯装置误报警投诉",
    body="""杨帆、Kevin:

高厂长这周两次打电话说夜班被误报警吵得不行(他原话是"操作员都被你们的系统训练成消音员了")。我一开始也有点委屈,觉得报警值都是工艺给的。

但冷静下来想想,难道我们的报警设计就没有问题吗?我看有:死区设得太小、没有加延时、同一个工况会触发四五个连带报警。这些是我们的专业范围,不能全推给工艺。

建议:杨帆这周把过去 30 天的报警日志拉出来,找出频率最高的前 30 个位号;Kevin 对照设计给出死区和延时的修改建议。下周三我们带着数据去找高厂长和工艺部,一起定。

韩冰
"""))

# =============================================================================
CASES = POS + NEG
random.Random(5353).shuffle(CASES)
