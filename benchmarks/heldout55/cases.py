# heldout55 -- blind TEST set of PM email drafts (never train or tune on it).
# Written by an independent helper from the labelling guide (shared/drafts/README.md) and the
# seed article only. Domain emphasis: public transport, smart parking, traffic-management
# bureaus, toll roads. Case order is shuffled with random.Random(5555) at the end of this file.
import random

# ---- people -------------------------------------------------------------------------------
# our team (PMs and colleagues)
ZHOU = "周启明 <zhou.qiming@ourteam.example.com>"      # senior PM, 公文 style, traffic bureau
LIN = "林小溪 <lin.xiaoxi@ourteam.example.com>"        # junior PM, chatty, bus group
ZHAO = "赵铁军 <zhao.tiejun@ourteam.example.com>"      # ex field engineer, blunt, toll roads
CHEN = "陈婉清 <chen.wanqing@ourteam.example.com>"     # delivery director
GUO = "郭子昂 <guo.ziang@ourteam.example.com>"         # mid-level PM, sarcastic, parking
SONG = "宋雨桐 <song.yutong@ourteam.example.com>"      # meticulous PM, parking / bureau
HAN = "韩冬 <han.dong@ourteam.example.com>"            # moody PM, metro / toll
OUYANG = "欧阳澈 <ouyang.che@ourteam.example.com>"     # chatty senior PM, bus group
HEJUN = "何俊 <he.jun@ourteam.example.com>"            # PM for the bank (ETC clearing)
XU = "許嘉文 <xu.jiawen@ourteam.example.com>"          # writes traditional Chinese
MARK = "Mark Li <mark.li@ourteam.example.com>"          # code-switcher
LEO = "王立 (Leo Wang) <leo.wang@ourteam.example.com>"  # field-engineer PM, code-switcher
KEVIN = "Kevin Tan <kevin.tan@ourteam.example.com>"     # casual English PM
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"   # formal English PM
TOM = "Tom Becker <tom.becker@ourteam.example.com>"     # gruff senior English PM
# colleagues
SUNHAO = "孙浩 <sun.hao@ourteam.example.com>"
MAXIAO = "马骁 <ma.xiao@ourteam.example.com>"
DENG = "邓建华 <deng.jianhua@ourteam.example.com>"
YELAN = "葉嵐 <ye.lan@ourteam.example.com>"
SUNHAO_EN = "Sun Hao <sun.hao@ourteam.example.com>"
# clients: traffic bureau, bus group, metro (client-a)
LIU = "刘振宇 <liu.zhenyu@client-a.example.cn>"        # 交管局科技处科长
DU = "杜建国 <du.jianguo@client-a.example.cn>"          # 交管局副局长
MENG = "孟华 <meng.hua@client-a.example.cn>"            # 公交集团信息中心主任
XIAOMIN = "周晓敏 <zhou.xiaomin@client-a.example.cn>"   # 公交集团信息中心
HUANG = "黄博 <huang.bo@client-a.example.cn>"           # 地铁运营 AFC
HUANG_T = "黃博 <huang.bo@client-a.example.cn>"
QIAN = "钱伟 <qian.wei@client-a.example.cn>"            # 交通运行指挥中心 / 静态交通
JENNY = "Jenny Tang <jenny.tang@client-a.example.cn>"   # 公交集团 vendor liaison
# clients: parking operator and toll-road company (client-b)
WU = "吴海峰 <wu.haifeng@client-b.example.com>"         # 停车公司总经理
DANIEL = "Daniel Ong <daniel.ong@client-b.example.com>"
RACHEL = "Rachel Koh <rachel.koh@client-b.example.com>"
YEZH = "叶子航 <ye.zihang@client-b.example.com>"        # 停车公司 IT
YEZH_T = "葉子航 <ye.zihang@client-b.example.com>"
LUO = "罗平 <luo.ping@client-b.example.com>"            # 高速公司运营经理
LUO_T = "羅平 <luo.ping@client-b.example.com>"
MARCUS = "Marcus Lee <marcus.lee@client-b.example.com>" # toll-road ops
# clients: bank (ETC cards, clearing)
CAI = "蔡琳 <cai.lin@bank-c.example.cn>"
ZOU = "邹杰 <zou.jie@bank-c.example.cn>"

CASES = []


def case(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    CASES.append(dict(kw))


# =============================================================================================
# POSITIVES
# =============================================================================================

# ---- argue ----------------------------------------------------------------------------------
case(expect=["argue"], lang="zh",
     why="argue: formal 函 that lectures the bureau ('先派人到东进口站上一刻钟…一看便知') and puts all blame on their drawing",
     sender=ZHOU, to=[LIU], subject="Re: 关于中山路口配时方案效果不佳的情况反映",
     body="""刘科长：

来函收悉。关于中山路口晚高峰排队问题，我方意见如下：

一、该路口的渠化图，贵局10月份提供的版本与现场实际车道划分不一致（现场东进口已改为两左一直一右，图纸仍是一左两直一右）。这个情况我们在10月12日、10月26日、11月3日三份工作联系单里均已书面提出，至今未见回复。

二、配时方案是按贵局提供的图纸计算的。图纸错了，方案自然对不上，这个逻辑应该不难理解。

三、建议贵方在下次发函认定“方案效果不佳”之前，先派人到东进口站上一刻钟，数一数车道。问题出在哪一头，一看便知，也省得双方来回发函浪费时间。

请贵局尽快提供更正后的渠化图。

周启明
项目经理""",
     quote="""周经理：

近两周中山路—解放路口晚高峰排队长度未见改善，部分时段甚至加剧，请贵司分析原因并于本周内给出书面说明。

刘振宇""",
     quote_from=LIU)

case(expect=["argue"], lang="en",
     why="argue: blames the toll operator's night crew and sneers at them ('maybe have a chat with whoever thought it was a good idea')",
     sender=KEVIN, to=[MARCUS], subject="Re: Sev-1 Plaza 7 lanes 3-5 down",
     body="""Marcus,

RCA is simple and you're not going to like it. Lanes 3-5 were reflashed at 01:47 with firmware 4.1.0-b, a build that never came from us. Your night crew did that. The cabinet access log has their badge on it, not ours.

So before this goes on the monthly scorecard as "vendor outage number two", maybe have a chat with whoever thought it was a good idea to push an unvetted image onto production lanes in the middle of the night. We've put 4.0.7 back and the lanes have been up since 03:20.

Honestly, we're done eating Sev-1s for changes we didn't make.

Kevin""",
     quote="""Kevin,

Lanes 3 to 5 at Plaza 7 went dark at 02:10. This is the second outage this month. Need your RCA by noon.

Marcus""",
     quote_from=MARCUS)

case(expect=["argue"], lang="zh",
     why="argue: sarcastic lecturing of the parking operator ('要我亲自去给施工队上一堂课？', '这个帽子我们不戴')",
     sender=GUO, to=[WU], subject="地磁检测器误报问题（第四次说明）",
     body="""吴总：

地磁误报的原因，这已经是我们第四次书面说明了，我尽量说得再直白一点：

地磁传感器要装在车位的中线位置，贵司施工队装在了车位边缘，离隔壁车位只有三十公分。隔壁一停车，这边就“有车”——这不是传感器太灵敏，是装歪了。

前三次说明的附件里都有示意图，第三次我还特意用红笔圈了出来。要不这样，下周我带着卷尺去现场，亲自给施工队的师傅们上一堂课？反正已经讲了三遍，也不差这一遍。

至于贵司邮件里说的“产品质量问题”，这个帽子我们不戴。

郭子昂""")

case(expect=["argue"], lang="mixed",
     why="argue: code-switching blame of the bus group ('garbage in, garbage out', '这个锅我们背不了') and a lecture on what to check first",
     sender=MARK, to=[MENG], subject="Re: 车载GPS漂移 escalation",
     body="""孟主任,

关于 GPS 漂移, 先把话说清楚: drift 的源头是车载终端, 不是我们的 platform. 终端是贵集团采购部自己选的型号, 天线也是他们自己装的, 装在车顶空调壳下面 —— 信号能好才怪.

我们 platform 只是如实显示终端上报的坐标, garbage in, garbage out. 这个锅我们背不了, 也不会背.

下次再 escalate 之前, 麻烦先让贵方 IT 拉一下 terminal firmware version 和天线安装照片. 这些基础 check 做完了, 我们再谈平台的问题.

Mark""",
     quote="""Mark,

最近三路、十一路车辆位置频繁漂移, 乘客投诉到站预测不准, 请贵司尽快处理.

孟华""",
     quote_from=MENG)

case(expect=["argue"], lang="zh", trad=True,
     why="argue (traditional): rhetorical blame of the metro for shifting acceptance lists ('滯後的到底是誰，我想大家心裡都有數') plus a threat to expose them",
     sender=XU, to=[HUANG_T], subject="驗收清單的問題",
     body="""黃工您好：

想跟您確認一下，貴司的驗收清單到底以哪一版為準？

九月定稿是八十六項，十月第一週變成一百零四項，上週又多出二十三項，其中有九項跟閘機根本無關，是車站廣播的問題。每加一次，驗收就往後推兩週，然後會議紀要上寫的是「承包商進度滯後」。

滯後的到底是誰，我想大家心裡都有數。我們的工程師是來做閘機的，不是來陪貴司把需求一項一項想清楚的。

請在本週五前給一份凍結的清單，不然下次會議我會把每一版的差異逐條投到螢幕上，讓大家一起看。

許嘉文""")

case(expect=["argue"], lang="en",
     why="argue: passive-aggressive lecture to the bank ('It's on page 9. The whole section is about a page and a half.')",
     sender=PRIYA, to=[ZOU], subject="Re: Defect #2231 - settlement file field 17",
     body="""Hi Jason,

Field 17 is empty for those 312 records because they are cash-lane transactions, and section 4.2 of the interface specification (the one your team reviewed and signed off on 12 September) states that field 17 is populated for OBU transactions only. It's on page 9. The whole section is about a page and a half.

I appreciate that these documents are long, but this is the fourth defect this month that turns out to be answered by the spec. It would really help if whoever raises the next one could spend five minutes with it first, rather than sending it straight to us marked "fix asap".

Closing #2231 as "works as specified".

Regards,
Priya""",
     quote="""Hi Priya,

Field 17 in today's settlement file is empty for 312 records. Please fix asap.

Jason""",
     quote_from=ZOU)

case(expect=["argue"], lang="zh",
     why="argue hidden in a meeting recap: stacked ！！/？？ and '靠算命吗？？' blaming the toll company's clearing system",
     sender=ZHAO, to=[LUO], subject="周例会纪要（11月第2周）",
     body="""罗经理及各位：

本周例会纪要如下：

1. 3号收费站ETC门架天线更换：已完成，运行正常。
2. 11月18日夜间割接：时间不变，双方各出两人值守。
3. 黑名单生效延迟：这个问题会上又被提了一遍，我在这里再写一次——黑名单是贵司清分系统每天凌晨一点才下发的！！车道系统收到以后五分钟内就生效了！！下发之前过去的车我们怎么拦？？靠算命吗？？这件事请贵司内部先对好口径，别每周例会都拿来问我们。
4. 下次例会：11月21日（周五）下午三点。

赵铁军""")

# ---- refusal --------------------------------------------------------------------------------
case(expect=["refusal"], lang="zh",
     why="refusal: bureaucratic 函复 '我司不予增补。特此函复。' with no CR, date, alternative or escalation",
     sender=ZHOU, to=[LIU], subject="Re: 关于增加非机动车闯红灯抓拍功能的函",
     body="""市交通管理局科技处：

来函收悉。

经核，所提在已建电子警察点位增加非机动车闯红灯抓拍功能一事，不属于本合同约定建设内容，我司不予增补。

特此函复。

周启明
（项目经理）""",
     quote="""周启明项目经理：

根据我局年度工作安排，拟在已建电子警察点位增加非机动车闯红灯抓拍功能，请贵司配合实施。

市交通管理局科技处
2026年11月5日""",
     quote_from=LIU)

case(expect=["refusal"], lang="en",
     why="refusal wrapped in a friendly tone: 'the ANPR engine stays exactly as it is ... isn't something we're going to touch', nothing offered",
     sender=KEVIN, to=[RACHEL], subject="Re: ANPR support for new EV plates",
     body="""Hey Rachel,

Short version: the ANPR engine stays exactly as it is. Seven-character plates are what it was trained and tuned for, and the new eight-character EV format isn't something we're going to touch on this contract.

Hope the rest of your week is calmer than ours!

Cheers,
Kev""",
     quote="""Hi Kevin,

From January the authority is issuing the new green EV plates with the extra character. Can your ANPR handle those? Our car parks will start seeing them soon.

Thanks,
Rachel""",
     quote_from=RACHEL)

case(expect=["refusal"], lang="zh",
     why="refusal in a cheerful mail: '这个咱就不往下聊啦哈' with emoji, no buffer or alternative",
     sender=LIN, to=[MENG], subject="到站预测精度的事儿～",
     body="""孟主任好呀～

上午会上您提的那个，把到站预测精度从两分钟提到三十秒以内——这个咱就不往下聊啦哈，车载终端十五秒一报的频率摆在那儿呢，再怎么调也就这样了😂

其他几个小需求我都记下了，下周给您排期！

周末愉快呀～
小溪""")

case(expect=["refusal"], lang="zh",
     why="refusal slipped into a meeting recap: item 三 strikes the client's third-bank request ('不再列入讨论，会后不再跟踪')",
     sender=SONG, to=[WU], cc=[DANIEL], subject="11月12日项目协调会会议纪要",
     body="""吴总、各位：

现将11月12日协调会纪要整理如下，请查阅：

一、二期车场设备进场：华联广场、滨江公园两个车场设备已到货，11月17日开始安装，预计11月28日完成。
二、移动端支付：微信、支付宝通道已完成联调，11月20日上线试运行。
三、贵司提出的无感支付新增接入第三家银行：此项不再列入讨论，会后不再跟踪。
四、车场收费规则配置：请贵司运营部于11月15日前提供各车场最新收费标准。
五、下次协调会：11月19日上午十点，地点贵司三楼会议室。

如有遗漏请补充。

宋雨桐""")

case(expect=["refusal"], lang="mixed",
     why="refusal, code-switching: 'this one is a no-go ... T+1 是 by design', the bank's need brushed off",
     sender=HEJUN, to=[ZOU], subject="Re: ETC对账文件改实时推送",
     body="""Jason,

实时推送 this one is a no-go. 我们整个清分 pipeline 就是 batch 设计的, T+1 是 by design, 不是 limitation. 风控想当天看差错, 那不是我们这边要解决的问题.

别的问题随时 ping 我.

何俊""",
     quote="""何经理,

我们风控希望对账文件能从T+1改成实时推送, 方便当天发现差错. 请评估.

邹杰""",
     quote_from=ZOU)

case(expect=["refusal"], lang="zh",
     why="refusal: two-line brush-off '这个需求我们这边接不了，就到这儿吧'",
     sender=HAN, to=[HUANG], subject="Re: 站台门状态上大屏",
     body="""黄工：

站台门状态不在我们这套系统里，这个需求我们这边接不了，就到这儿吧。

韩冬""",
     quote="""韩经理，

运营这边希望在综合监控大屏上加一个站台门开关状态的实时显示，方便值班员看。麻烦看一下。

黄博""",
     quote_from=HUANG)

case(expect=["refusal"], lang="zh",
     why="refusal as a ticket closure: '状态：已关闭 / 处理意见：不处理 / 备注：无'",
     sender=ZHAO, to=[QIAN], subject="工单 #T-0419 处理结果",
     body="""钱工：

工单 #T-0419（停车诱导屏增加实时天气与路况图标）处理结果如下：

状态：已关闭
处理意见：不处理
备注：无

赵铁军""")

# ---- persuade -------------------------------------------------------------------------------
case(expect=["persuade"], lang="zh",
     why="persuade: pressure on the deputy director via provincial assessment and '比选就不必了…也没有更好的选项'",
     sender=ZHOU, to=[DU], subject="关于信号控制系统选型的一点想法",
     body="""杜局：

跟您说句掏心窝子的话。

自适应信号控制这件事，全省真正在主城区跑通的，目前就我们这一家。您这边想再搞一轮多家比选，程序上我理解，但比来比去，最后还是会回到我们这儿，只是白白搭进去两三个月。

明年三月省厅就要搞城市交通运行评估，到时候拿不出效果，压力在谁身上，您比我清楚。

我的建议是，比选就不必了，这周把单一来源的申请报上去，我们下周就能进场。这件事拖不起，也没有更好的选项。

周启明""")

case(expect=["persuade"], lang="en",
     why="persuade: 'on-prem is a 2015 answer', board pressure, 'let's not spend another steering meeting on it', sign by the 20th",
     sender=KEVIN, to=[DANIEL], subject="hosting decision",
     body="""Daniel,

I'll be straight with you: on-prem is a 2015 answer to a 2026 question. Every operator we've onboarded in the last two years runs on our hosted platform, and I'd bet your board asks why you're the exception the first time a server needs replacing.

I know your IT team likes having the boxes in their own room. That's a comfort thing, not a business case. Let's not spend another steering meeting on it. I'll send the hosted contract over tonight, and I'd like it signed before the 20th so we keep the December go-live.

Kevin""")

case(expect=["persuade"], lang="zh",
     why="persuade: pushes the toll company to drop its manual-lane request ('已经站不住脚了', '这事就别再节外生枝了')",
     sender=HAN, to=[LUO], subject="Re: 东湖收费站保留人工车道",
     body="""罗经理：

保留人工道的想法我能理解，但说实话，放在今天已经站不住脚了。省里关于压减人工收费车道的指导意见您也看过，别的路段都在拆，东湖站反过来保留两条，年底检查的时候怎么解释？

货车和老人的问题，ETC办理点多派两个人就解决了，没必要为这点事拖累整个改造。

建议您还是按我们报的全ETC方案上会，这事就别再节外生枝了。您这边点个头，我们就按原图推进。

韩冬""",
     quote="""韩经理：

我们考虑在东湖收费站保留两条人工车道，主要是照顾货车司机和不会用ETC的老人。请按这个调整设计。

罗平""",
     quote_from=LUO)

case(expect=["persuade"], lang="mixed",
     why="persuade, code-switching: tells the bus group to drop its old vendor ('let them go 吧', 'business is business', no discussion of keeping it)",
     sender=MARK, to=[MENG], subject="APC 客流统计 consolidation",
     body="""孟主任,

说实话, 同时 keep 两套客流统计真的没意义. 我们的 APC 模块已经 included in the contract, 数据直接进调度平台, 切过来就完事了.

您那边原来那家供应商, 趁这次合同到期 let them go 吧. 我知道您跟他们合作了好几年, 有感情, 但 business is business. 下周一的会上, 我希望我们直接宣布切换, 不要再讨论保留的选项了. I promise you won't miss them.

Mark""")

case(expect=["persuade"], lang="zh",
     why="persuade: '恕我直言，已经走不通了…唯一合理的做法', asks the bank PM to lean on her own risk team",
     sender=HEJUN, to=[CAI], subject="关于纸质授权书",
     body="""蔡经理：

您坚持保留纸质授权书这条路，恕我直言，已经走不通了。现在哪家银行的ETC信用卡还让客户跑网点签字？线上授权是唯一合理的做法，其他选项都是在浪费双方的时间。

风控那边如果有顾虑，您帮忙压一压，就说是行业通行做法。我们这边的流程已经定型，下周就按线上授权上线，请您这周内给个准话。

何俊""")

case(expect=["persuade"], lang="zh",
     why="persuade via cost and board pressure: '这个结果，我想您在董事会上也不好交代…就上标准版'",
     sender=CHEN, to=[WU], subject="关于定制化数据看板",
     body="""吴总：

您提的定制化运营看板，我们认真算过一笔账：开发费用大约是标准版授权费的三倍，上线时间要推到春节之后——也就是说，今年春节停车高峰，贵司的运营团队手上什么都没有。

这个结果，我想您在董事会上也不好交代。

标准版看板已经覆盖了九成的需求，剩下那点差异真不值得。我们的意见很明确：就上标准版。麻烦您周五前回复确认，我们好锁定排期。

陈婉清
交付总监""")

case(expect=["persuade"], lang="zh",
     why="persuade in a sweet tone: '这事儿您就听我们的吧…就不用再往上提了～' overriding the metro's design idea",
     sender=LIN, to=[HUANG], subject="Re: 乘客信息屏配色",
     body="""黄工～

每站一个主题色这个想法吧，我懂，挺有情怀的～ 但真的没必要哈。我们设计团队做过十几个城市的地铁了，统一色板才是正道，乘客认知成本最低。

这事儿您就听我们的吧，我这边直接按统一色板出图了，运营那边您帮忙解释一下，就不用再往上提了～

小溪""",
     quote="""小溪，

运营那边提了个想法：乘客信息屏每个站用不同的主题色，跟站名的文化元素呼应。你们设计上看看？

黄博""",
     quote_from=HUANG)

# ---- ramble ---------------------------------------------------------------------------------
case(expect=["ramble"], lang="zh",
     why="ramble: marathon, daughter's piano exam, hotpot, ginger tea, a history book; the firmware window line is buried mid-mail",
     sender=OUYANG, to=[MENG], subject="近况",
     body="""孟主任好：

好久没给您写信了，一提笔发现想说的还挺多。

上周日我终于跑完了人生第一个全程马拉松，五小时零七分，成绩一般，但没走也没上收容车，自己挺满意的。三十公里以后整个人都是飘的，最后两公里是咬着牙一步一步挪过去的。沿途有个大爷搬着一整箱橘子给跑者发，我吃了三个，觉得是这辈子吃过最甜的橘子。第二天下楼梯要扶墙，我女儿在后面笑我像只企鹅。

说到我女儿，她下个月考钢琴八级，最近每天晚上在家练《致爱丽丝》和一首巴赫的创意曲，练到我做梦都是那几段旋律。她老师说她左手还不够稳，我一个完全不懂音乐的人也跟着着急，每天在旁边当观众，听到错音就假装咳嗽一声，结果被她嫌弃了。

上次您推荐的那家老火锅我们去吃了，就在老城区那条巷子里，门口排了四十分钟队。牛油锅底确实香，毛肚七上八下刚刚好，老板还送了一盘自己炸的酥肉。我爱人说比我们家楼下那家强太多，已经约好下个月再去。您要是哪天有空，咱们一起去，我请客。

对了，车载终端固件升级窗口定在下周二凌晨一点到四点，需要贵方调度中心留一位值班员配合。

最近天气转凉，早晚温差很大，我们办公室已经倒下了三个感冒的。我自己每天早上泡一杯姜枣茶，据说能驱寒，效果见仁见智，但至少闻着挺香。您也多注意身体，别总熬夜看球了，上次听您说凌晨三点还在看欧冠，第二天开会眼睛都是红的。

上周我们小区组织了一次广场舞比赛，我爱人拉着我报了名，排练了半个月，结果比赛当天我把左右方向跳反了，整个队伍跟着我往错的方向转，评委笑得说不出话，最后居然拿了个最佳人气奖。

另外我最近在读一本讲明清江南市镇的书，里面写当年的航船怎么按时辰在各个市镇之间往来，船家怎么收钱，乘客怎么占座，读着读着觉得人情世故几百年都没怎么变。等我读完了借给您。

就先写这么多，祝您周末愉快，代问嫂子好。

欧阳澈""")

case(expect=["ramble"], lang="zh",
     why="ramble: graduation photo, hometown trip, whale documentary, rock tea, young colleagues' slang; the channelisation-drawing deadline is one buried line",
     sender=SONG, to=[LIU], subject="问候",
     body="""刘科长：

见字如面。前几天整理书柜，翻出一张大学毕业那年的合影，想起您说过您也是那一届的，算起来我们是半个校友。照片上我还留着长头发，穿着一件现在看来十分可笑的格子衬衫，站在图书馆门口的台阶上。那时候图书馆门口有一排梧桐树，秋天落叶能铺满半条路，听说前几年砍掉了，想想还有点可惜。

上个月回了一趟老家，县城变化很大，原来只有一条主街，现在新修了三条环路，还开了一家很大的商场。我妈非要拉着我去逛，结果在里面转了一下午，只买了一把菜刀和两双袜子。老家的朋友还是那么能喝，一顿饭从六点吃到十一点，第二天我坐大巴回城，一路上头都是晕的。

最近晚上在看一部讲鲸鱼的纪录片，拍的是座头鲸从南极一路迁徙到热带海域生小鲸鱼，几千公里游过去，中途几乎不吃东西。最打动我的是一段母鲸用身体护着小鲸躲虎鲸的镜头，我看得眼眶都湿了，我爱人在旁边笑我多愁善感。推荐您有空也看看，一共六集，每集不到一小时。

请在11月20日前把第二批三十个路口的渠化图发给我们。

另外，上次您提到喜欢喝岩茶，我托福建的朋友带了一点今年的肉桂，焙火不算重，入口有点桂皮香，回甘很快。等下次去局里的时候给您捎过去，您尝尝合不合口味。我自己最近改喝白茶了，据说放得越久越好，买了两饼准备存着，不知道能不能忍住不喝。

上周末我带孩子去了一趟科技馆，有个展厅专门讲天文，孩子在球幕影院里看完星空电影，回来非要买望远镜，说要观测土星环。我在网上挑了半天，最后买了一台入门款，结果第一次架起来，对准的是对面楼的空调外机，被孩子嘲笑了一晚上。

说起来，我们部门最近新来了两个年轻人，都是九五后，开会的时候用的词我有一半听不懂，什么“破防”“拿捏”，我回家还得上网查。感觉自己真是老了。

天冷了，您多保重。

宋雨桐""")

case(expect=["ramble"], lang="zh",
     why="ramble: golf, stocks, EV test drive, an overweight cat, renovation tips, beef hotpot; the tariff-table confirmation is a single buried line",
     sender=HAN, to=[WU], subject="上周打球的事",
     body="""吴总：

上周六跟您打完那场球，我回去琢磨了好几天。您那一杆从一百五十码外直接上果岭、一推进洞的场面，我到现在还记得。我自己那天十八洞打了一百零九杆，其中有四个球掉进了水里，球童小伙子看我的眼神都充满了同情。回来以后我痛定思痛，在小区附近找了个练习场，每天下班去打两百个球，手上磨出了两个水泡，但感觉挥杆稳了一点。下次再约，您让我几杆？

最近股市也是折腾，我买的那只新能源的票，一个月跌了将近两成，我爱人说我炒股就像打高尔夫，掉水里就捞不回来。说到新能源，我上周末去试驾了两款电动车，一款轿车，一款SUV，加速都很猛，就是续航心里没底，跑长途还得算着充电桩。销售说现在服务区充电桩很多了，我半信半疑。您开电车两年了，有空给我讲讲真实的使用体验。

家里的猫最近也不省心，是一只六岁的橘猫，叫大福，上个月体检说超重了两公斤，医生让减肥。换了处方粮以后它天天半夜在门口叫，把全家都吵醒。我女儿心疼它，偷偷给它喂冻干，被我抓了两次。现在全家在这件事上分成两派，每天都在斗智斗勇。

收费规则配置表麻烦贵司运营在周五前确认一下。

对了，您上次说想找个靠谱的装修队给新房子做软装，我问了一圈，有个朋友推荐了一家，做的是原木风，价格不算便宜，但活儿干得很细。我把他们的案例图片找来了，回头发您微信看看。还有您说的那家潮汕牛肉火锅，我去吃了，吊龙和匙仁真是鲜，就是排队太久，下次我们早点去。

前两天我爸打电话说老家院子里的柿子熟了，让我回去摘。树是我小时候跟他一起种的，二十多年了，今年结得特别多，枝子都压弯了。他一个人摘不过来，又舍不得让人来帮忙，说怕别人把树枝弄断。我打算下个月抽个周末回去，到时候给您带一箱，自家树上的，没打过药，就是个头不太整齐。

周末愉快！

韩冬""")

case(expect=["ramble"], lang="zh", trad=True,
     why="ramble (traditional): mountain hike, typhoon blackout, bubble tea, a farewell concert; the lane-closure confirmation is one buried line",
     sender=XU, to=[LUO_T], subject="近況分享",
     body="""羅經理您好：

上週末終於去爬了心心念念的那座山，從登山口走到山頂花了五個半小時，中間經過一大片箭竹林，風一吹整片沙沙作響，像海浪一樣。山頂的雲海真的很壯觀，太陽出來的那一刻，整片雲被染成金色，旁邊一位阿伯說他爬了十幾次，第一次看到這麼完整的雲海，我們都覺得自己運氣太好了。下山的時候膝蓋開始抗議，最後兩公里幾乎是側著身子走下來的，回家泡了半小時熱水澡才緩過來。

前陣子颱風過境，我住的那條街停電了一整晚，家裡冰箱的東西全部報銷，只好跟鄰居一起在樓下煮泡麵、點蠟燭聊天，反倒認識了好幾個住了三年都沒講過話的鄰居。有一位退休的老師，年輕時在遠洋漁船上工作過，講起在南太平洋遇到大浪的故事，大家聽得入迷，一直聊到凌晨。

請確認11月25日凌晨三號收費站第二車道停用的時段。

說到吃的，公司樓下新開了一家手搖飲料店，招牌是黑糖珍珠鮮奶，珍珠是現煮的，口感很有彈性，我已經連續喝了一個禮拜，體重計上的數字也很誠實地反映了這件事。同事們都笑我是股東，每次開會前都有人幫我帶一杯。

上個月還去聽了一場老牌樂團的演唱會，場地在體育館，全場幾萬人一起合唱，主唱說這可能是他們最後一次巡演，很多人都哭了。我旁邊坐了一對大概七十歲的夫妻，兩個人手牽手從頭唱到尾，看得我也很感動。散場的時候人潮一直排到街口，等了四十分鐘才叫到車，但大家都沒什麼怨言，還在路邊繼續唱。

另外最近迷上了拼圖，買了一盒一千片的星空圖，整片都是深藍色，只能靠形狀慢慢找，每天晚上拼一小時，到現在才完成三分之一。家裡的貓很喜歡趴在拼圖上睡覺，每次起來都會帶走幾片，我已經在沙發底下找到過五片了。

天氣漸漸轉涼，您也多保重身體，有空再一起吃飯。

許嘉文""")

case(expect=["ramble"], lang="zh",
     why="ramble: football, funds, renovation woes, son's fencing class, dim sum; the reconciliation-spec request is one buried line",
     sender=HEJUN, to=[CAI], subject="闲聊几句",
     body="""蔡经理：

昨晚的球您看了吗？加时赛最后一分钟那个任意球，我在沙发上直接跳了起来，把茶几上的一碗花生全扫到了地上。我爱人一早起来看到满地花生壳，脸色比输球的那队还难看。说实话这届比赛冷门太多，我买的几注全军覆没，只能安慰自己是支持体育事业。

说到投资，最近基金也是惨不忍睹，年初跟风买的那几只医药和消费，到现在还亏着两成多。您是专业人士，有空指点指点我，是该割肉还是继续躺平？我现在每个月打开账户都得先做五分钟心理建设。同事说定投要坚持，我也不知道还能坚持多久。

家里最近在装修，真是一言难尽。水电师傅说好上周完工，结果拖到这周还没弄完，瓷砖到了发现颜色跟样板不一样，又得退换。设计师天天跟我说“小问题”，我现在听到这三个字就头疼。早知道这么折腾，还不如直接买精装房。

对账差异文件的字段说明，麻烦您那边下周三前发我一份最新版。

孩子今年上三年级，学校开始搞各种兴趣班，有编程、围棋、击剑、合唱，家长群里每天都在讨论报哪个。我儿子非要学击剑，说是看了奥运会觉得帅。我去看了一下课，一身装备下来好几千，他上了两节课就说面罩太闷。我现在只能跟他讲，做事要有始有终，至少把这学期上完。

上个月单位组织体检，医生说我血脂偏高，让我少吃油炸和夜宵。我痛下决心戒了烧烤，结果坚持了九天，在同事生日聚会上一口气吃了二十串羊肉串，前功尽弃。现在我每天中午改吃一份沙拉，吃得下午三点就饿，抽屉里只好又备了一包饼干，感觉是在跟自己打游击战。

另外我们楼下新开了一家粤菜馆，早茶的虾饺和凤爪做得很地道，周末经常排队。您要是哪天来我们这边办事，我请您喝早茶，顺便聊聊基金的事。

天气转凉，注意添衣。

何俊""")

case(expect=["ramble"], lang="en",
     why="ramble: cycling trip, espresso podcast, sourdough named Gerald, sister's half marathon, lighthouse book; the gate-controller IP request is one buried line",
     sender=KEVIN, to=[DANIEL], subject="catching up",
     body="""Hi Daniel,

Hope you had a good long weekend. I finally did the cycling trip I'd been going on about for months: three days around the lake with two friends from university, about 210 km in total. Day one was glorious, with flat roads, a tailwind, and a noodle stall at the halfway point that served the best beef noodle soup I've had in years. Day two was a different story. It rained from nine in the morning until well after dark, my rear derailleur started skipping on every climb, and one of my friends got two punctures within an hour. We ended up sheltering under the awning of a tiny temple, sharing a bag of peanuts with an old man who told us the whole history of the village. Honestly, that was the highlight of the trip.

Since getting back I've fallen down a podcast rabbit hole. There's a series by a coffee roaster who spends forty minutes per episode on a single variable of espresso: grind size, water temperature, the shape of the basket. I know how that sounds, but it's oddly soothing, and I've started weighing my beans every morning like a lab technician. My partner says the kitchen looks like a chemistry classroom now.

Speaking of the kitchen, the sourdough starter I told you about is alive and, I'd say, thriving. I've named it Gerald. Gerald is now four weeks old and has produced three loaves, of which one was genuinely good, one was a brick, and one was somewhere in between that we turned into croutons. The secret, apparently, is patience, which is not a quality I'm known for.

Could you send me the IP list for the gate controllers at the three new sites by Thursday?

My sister ran her first half marathon on Sunday, by the way. She trained for six months, and I went along to cheer with a homemade sign that said "Run like the Wi-Fi is faster at the finish." She didn't find it as funny as I did, but she finished in just under two hours, which was her goal, and we celebrated with an absurd amount of dim sum afterwards. I'm now being pressured to sign up for next year's race, and I've been finding creative ways to change the subject.

I've also been reading a book about the history of lighthouses: how the keepers lived, how the lenses were made, how some of them stayed on remote rocks for months with nothing but a logbook and a cat. It has made me appreciate my own commute a lot more.

Let me know if you're around next month; it would be good to grab lunch and catch up properly. There's a new Peranakan place near your office that I've been wanting to try, and I hear their laksa is worth the queue.

Cheers,
Kevin""")

case(expect=["ramble"], lang="en",
     why="ramble: Lisbon trip, delayed flight and octopus talk, a book on Roman roads, the dog Biscuit; the lane-closure sign-off is one buried line",
     sender=PRIYA, to=[MARCUS], subject="Back from Lisbon",
     body="""Dear Marcus,

I hope this finds you well. I've just returned from Lisbon, where I spent most of last week, and I'm still adjusting to the time difference. I woke up at four this morning convinced it was lunchtime.

The city was lovely. The hills are every bit as steep as people warn you, and the old yellow trams are both charming and terrifying; the one I took up to the castle district rattled so hard around one corner that a tourist's ice cream landed on my shoe. I spent a free afternoon walking along the river to the old monastery, where the cloisters are carved in such detail that you could spend an hour on a single column. I did not, however, manage to try the famous custard tarts at the original bakery. The queue stretched round the block both times I passed.

The journey home was an adventure in itself. My connecting flight was delayed by five hours, then moved to a different terminal, then delayed again. I ended up having dinner at the airport with a retired marine biologist from New Zealand who told me, in great detail, about the mating habits of octopuses. I now know far more about cephalopods than I ever expected to.

On the flight I finally read the book on Roman roads that my brother gave me for my birthday. It's fascinating how much of their engineering is still recognisable: the layered foundations, the camber for drainage, the milestones every thousand paces. There's a chapter on how they organised road maintenance across provinces that I found oddly comforting; it seems people have been arguing about who pays to fix potholes for at least two thousand years.

I'll need your sign-off on the lane closure schedule for the 14th.

At home, our dog Biscuit has taken my absence personally. He spent the first evening following me from room to room and has since decided that my suitcase is his new bed, which means I still haven't fully unpacked. My neighbour, who looked after him, reports that he ate one of her gardening gloves, so I now owe her a new pair and possibly a bottle of wine.

The weather here has turned properly autumnal, and I've dug out the heavy coat. I gather you had a family wedding to attend last weekend. I hope it went well and that the speeches were mercifully short.

Warm regards,
Priya""")

case(expect=["ramble"], lang="mixed",
     why="ramble, code-switching: Halloween costume, new phone, K-pop concert, gym, team building; the UAT-account request is one buried line",
     sender=MARK, to=[XIAOMIN], subject="Halloween & 其他",
     body="""小周,

Halloween 那天你们公司有搞 party 吗? 我们这边 team 搞了一个, 我扮成了 Pikachu, 结果整个晚上被人捏脸, 很后悔没选个安全点的 costume. 最离谱的是我们 dev lead 扮成了一台闸机, 用纸箱做的, 还装了个 LED 灯条, 进门要刷卡才能跟他说话, honestly 是全场最佳. 他那个纸箱闸机后来被 HR 借去放在前台当装饰, 到现在还没还回来.

最近换了新手机, 那个 camera 真的绝了, 夜景拍出来跟白天一样. 就是 battery 有点拉胯, 一天要充两次电, 我现在包里常年背一个充电宝, 重得跟砖头一样. 你用的是哪个牌子? 有什么推荐吗? 我同事都在安利另一家, 说是 battery life 能撑两天, 但我已经用习惯了现在这个系统, 懒得换.

上周末去看了一场 K-pop concert, 体育场里五万人, 全场 lightstick 一起亮的时候真的很震撼. 我朋友抢票抢了三个小时, 最后买到的是最后一排, 台上的人小得像蚂蚁, 全程只能看大屏幕. 但是现场那个 vibe 还是值回票价, 第二天嗓子都哑了, 开早会的时候声音像鸭子一样, 被老板笑了一整天.

对了, UAT 账号麻烦这周内帮我们开 5 个.

我最近还办了一张 gym 卡, 教练说我 core 太弱, 每次练完平板支撑都觉得自己要原地去世. 坚持了两周, 体重一斤没掉, 但是饭量明显变大了, 这个 trade-off 我不太满意. 你之前说你在练 boxing, 感觉怎么样? 会不会很累? 我有点想去试一节体验课, 但又怕第二天起不来床.

还有, 下个月我们部门打算组织去海边 team building, 有烧烤和 bonfire, 如果你们那边也有人想来可以一起, 反正人多热闹. 就是不知道那时候天气冷不冷, 海风吹着估计挺刺激的, 我已经开始在网上看冲锋衣了.

下次来你们那边开会, 我请你喝那家新开的 bubble tea, 听说黑糖的很好喝, 顺便再聊聊你的 boxing 心得.

Cheers,
Mark""")

# ---- backchannel ----------------------------------------------------------------------------
case(expect=["backchannel"], lang="zh",
     why="backchannel: internal mail mocking a traffic-bureau official as '红绿灯总指挥' who only comes to take photos",
     sender=ZHAO, to=[MAXIAO, SUNHAO], subject="明天现场注意",
     body="""兄弟们：

明天信号机调试，交管那位“红绿灯总指挥”又要来现场视察。懂的不多，主意贼多，上回站我们身后指挥了两个钟头，把相位顺序改了三遍，最后还是改回我们原来那版。

老规矩：他说啥都点头，拿本子记下来，回头照我们自己的方案调。别跟他较真，较真也没用，人家就是来拍照发朋友圈的。

设备车七点半楼下集合。

铁军""")

case(expect=["backchannel"], lang="en",
     why="backchannel, reply-all accident: mocks Rachel ('remembered we exist on her way to lunch', 'so she looks busy') with Rachel still in Cc",
     sender=KEVIN, to=[SUNHAO_EN], cc=[RACHEL], subject="RE: occupancy report again",
     body="""Ha, classic. Rachel's "urgent" just means she remembered we exist on her way to lunch. Knock something together from last week's numbers, slap a new date on it and send it by five. She only needs something to forward upstairs so she looks busy. Nobody over there reads past the first chart anyway.

K""",
     quote="""Kev, Rachel just pinged again asking for the occupancy report "urgently". Third time this week. What do you want me to do?

Hao""",
     quote_from=SUNHAO_EN)

case(expect=["backchannel"], lang="zh",
     why="backchannel in a mail to the client's boss: disparages his staff member ('业务上确实还差点火候', '带实习生')",
     sender=CHEN, to=[MENG], subject="关于对接人的建议",
     body="""孟主任：

有件事想私下跟您提一下。

贵方目前对接我们的蒋一帆同志，说句不太好听的，业务上确实还差点火候。上周一个很简单的日志排查，我们的工程师从怎么打开日志目录开始教起，前前后后花了一整天。每次开会他都要把上次讲过的东西再问一遍，我们团队私下都开玩笑说跟他对接是在“带实习生”。

为了项目进度，建议贵方考虑换一位更熟悉系统的同事来对接，这样对大家都好。

陈婉清""")

case(expect=["backchannel"], lang="mixed",
     why="backchannel, code-switching: mocks the toll company's manager ('又到 KPI 季了', 'drama') and tells the team to deprioritise him",
     sender=MARK, to=[SUNHAO, DENG], subject="toll 那边的 ticket",
     body="""各位 heads-up:

高速那边的 Luo 经理 again 把 Sev-3 当 Sev-1 报, 今天又是凌晨两点打电话说 "系统瘫痪", 结果是他们值班员把显示器电源线踢掉了. 估计又到 KPI 季了, 不搞点动静显得他没干活.

以后他那边来的 ticket 先默认 low priority, 别被他那套 drama 带节奏. 真出事了他会打第二遍电话的, lol.

Mark""")

case(expect=["backchannel"], lang="zh", trad=True,
     why="backchannel (traditional): internal mockery of the parking operator's boss as「吳大少」and his travel stories",
     sender=XU, to=[YELAN], cc=["孫浩 <sun.hao@ourteam.example.com>"], subject="明天的會",
     body="""各位：

明天下午跟停車公司開會，那位「吳大少」又要出席了。照慣例，前四十分鐘會是他在國外考察停車場的心得分享，從東京講到慕尼黑，每次都一樣，連笑點都一樣。上次他還問我們為什麼不能做到「像日本那樣不用排隊」，我差點問他日本的停車場是不是也像他們家一樣一個車位賣三張月卡。

大家中午記得吃飽，帶杯咖啡，準備好再聽一次環遊世界。真正要談的收費規則，估計最後十分鐘才輪得到。

嘉文""")

case(expect=["backchannel"], lang="zh",
     why="backchannel: refers to the bank only as 'C行那帮人' and ridicules their three meetings over one cent",
     sender=HEJUN, to=[DENG], subject="对账工具上线",
     body="""建华：

对账工具下周二上线，C行那边的验收你多担待。

这帮人你也知道，对账差一分钱能开三次会：第一次讨论差了一分钱，第二次讨论为什么差一分钱，第三次讨论下次差一分钱该找谁。流程比代码还长，效率感人。估计上线以后又得挑半个月的毛病，你心里有个数，别指望他们一周内签字。

何俊""")

# ---- two labels -----------------------------------------------------------------------------
case(expect=["argue", "refusal"], lang="en",
     why="argue + refusal: flat 'No.' to the night-mode request, then blames the ops team for not reading the runbook",
     sender=TOM, to=[MARCUS], subject="Re: night mode for lane operator screens",
     body="""Marcus,

No. The lane operator screen is a safety-critical display, not a phone app, and it's not getting a "night mode" skin in this release or the next.

And frankly, if your ops team put half as much energy into reading the runbook as they do into cosmetic requests, Plaza 3 wouldn't have sat in manual fallback for two hours last Sunday because nobody knew how to restart the lane controller. That's where their attention should be.

Tom""",
     quote="""Tom,

The ops team would like a dark "night mode" theme for the lane operator screens. Staff say the white UI is harsh during night shifts. Can you add this in the next release?

Marcus""",
     quote_from=MARCUS)

case(expect=["persuade", "backchannel"], lang="zh",
     why="persuade + backchannel: belittles 刘科长 to his superior ('对这块技术并不熟…求稳怕担责') and pushes the director to skip the pilot",
     sender=ZHOU, to=[DU], subject="关于试点方案的个人意见",
     body="""杜局：

有些话不方便在会上讲，私下跟您汇报一下。

刘科长坚持先搞五个路口试点，出发点我理解，但恕我直言，他对自适应控制这块并不熟，前几次技术交流会基本都是在听，问的问题也多停留在概念层面。试点这个思路，说白了就是求稳怕担责，拖上半年，最后还得全域上。

您是懂行的，这种事不能被下面的人带偏。全域方案一步到位才是正路，这周请您直接拍板，试点就别搞了，我们下周一进场。

周启明""")

case(expect=["ramble", "backchannel"], lang="zh",
     why="ramble + backchannel: long chatter (fishing, cooking, bike shop) with mockery of the bureau's '刘大喇叭'; the equipment-list request is buried",
     sender=GUO, to=[MAXIAO], subject="周末",
     body="""骁哥：

周末又去水库钓鱼了，坐了一整天，就上了两条巴掌大的鲫鱼，还不够猫吃的。旁边一个大爷一下午钓了半桶，走的时候同情地送了我两条，说小伙子饵料不对。我回家查了半天，原来现在都流行用商品饵，我还在用蚯蚓，属于上个世纪的打法。下周我准备换装备再战，你要不要一起？

说到这个，你猜周五下午谁又来现场了？就是交管局那位“刘大喇叭”。人还没进机房，声音先到了，一进门就拿着手机给我们看他在短视频上刷到的什么“AI红绿灯”，说人家十秒钟就能自动配时，问我们为什么要算一个星期。我跟他解释了二十分钟，他一边点头一边回微信，最后来了一句“那你们就按那个思路搞”。我当时真想把他手机没收了。听说他以前是管后勤的，调过来还不到一年，可能觉得信号灯跟食堂排班差不多吧。

还有更好笑的，他走的时候把我们的门禁卡顺走了，周一保安打电话找了一上午。这种领导，开会永远坐第一排，发言永远第一个，说的内容永远跟上一次不一样。咱们私下说，跟他汇报就当是听评书，左耳进右耳出就行。

明天上午九点前把二期点位的设备清单发我一份。

对了，我最近迷上了做饭，跟着视频学了一道红烧肉，第一次糖色炒糊了，整锅发苦；第二次火候对了，但肉切得太大，炖了三个小时还咬不动；第三次终于成功，我老婆说勉强及格。我打算下个月挑战东坡肘子，到时候请你来家里尝尝，提前说好，难吃不许退。

上周末我儿子学校开运动会，我报了个亲子接力，跑到一半鞋带开了，差点摔个狗吃屎，全场家长都在笑，我儿子说以后再也不让我参加了。回来翻出十年前的跑鞋，鞋底都硬了，看来得重新买一双。

另外，小区楼下新开了一家修自行车的铺子，老板是个退役的自行车运动员，店里挂满了他年轻时的比赛照片，我周末去打气聊了一个多小时，他说要带我去骑环湖。你有兴趣吗？

就这些，回聊。

子昂""")

case(expect=["argue", "backchannel"], lang="mixed",
     why="argue + backchannel: blames the bus group for the failure rate and mocks its procurement staff ('采购大爷…连 CAN bus 和 bus 都分不清')",
     sender=LEO, to=[JENNY], subject="Re: 终端故障率 again",
     body="""Jenny,

改进计划? 说真的, 终端是你们采购部按最低价选的, 那几位采购大爷估计连 CAN bus 和 bus 都分不清, 就看报价单最后一行. 这种货装上车, 7% 已经算它争气了.

这个问题我们在三次周会上都讲过, 每次都被一句 "预算有限" 挡回来. 现在出了问题又来找我们要改进计划, sorry, 这份计划应该你们采购部自己写.

Leo""",
     quote="""Leo,

上个月车载终端故障率又上升到7%, 请贵司给出改进计划.

Jenny""",
     quote_from=JENNY)

case(expect=["refusal", "persuade"], lang="zh",
     why="refusal + persuade: '这个功能，我们不做' then '您就别惦记了…共享车位就不列议题了' steering to our reservation feature",
     sender=GUO, to=[WU], subject="Re: 月卡车位分时共享",
     body="""吴总：

月卡车位分时共享这个功能，我们不做。

说白了，这事对贵司没什么好处：月卡用户一投诉，物业一扯皮，收的那点分成还不够赔的。您就别惦记了，把精力放到我们推荐的预约停车上，那才是正经能赚钱的路子。下周例会我们直接按预约停车过方案，共享车位就不列议题了。

郭子昂""",
     quote="""子昂，

我们想在APP里加一个月卡车主分时段共享车位的功能，白天上班时间空出来的车位可以给临时车用，收益分成。你们评估一下。

吴海峰""",
     quote_from=WU)

# =============================================================================================
# HARD NEGATIVES (expect=[])
# =============================================================================================

case(expect=[], lang="zh", quote_style="outlook_zh",
     why="hard negative: formal 函复 that cannot implement now but registers CR-2026-047, gives an assessment date, a review meeting and an interim workaround",
     sender=ZHOU, to=[LIU], cc=[DU], subject="Re: 关于增加行人闯红灯识别功能的函",
     body="""市交通管理局科技处：

贵处11月6日来函收悉，现就所提“在已建路口增加行人闯红灯识别功能”一事函复如下：

一、该功能涉及前端相机选型与算法模型调整，现行合同清单中未列明，本期建设内容内暂无法直接实施。
二、我司已将该事项登记为变更申请，编号CR-2026-047，并安排技术组开展影响评估（含需改造点位、费用及工期），评估报告将于11月24日前提交贵处。
三、变更评审会建议定于11月27日召开，具体时间请贵处确定。
四、在变更批复前，可先利用现有卡口相机的视频回放，由值班民警对重点路口进行人工抽查，我司可协助导出每日高峰时段视频片段。

以上意见妥否，请予指示。

周启明
项目经理""",
     quote="""周经理：

为加强行人交通秩序管理，拟在中山路、解放路沿线已建路口增加行人闯红灯识别功能，请贵司研究并尽快实施。

科技处 刘振宇""",
     quote_from=LIU)

case(expect=[], lang="en", quote_style="outlook_zh",
     why="hard negative: 'We can't deliver the full module by 1 December' followed by two concrete dated options and an offer to join the board meeting; client's anger ('this is ridiculous') only in the quote",
     sender=PRIYA, to=[DANIEL], subject="Re: Reservation module date",
     body="""Hi Daniel,

I understand the board date puts you in a difficult position, and I'd rather give you an honest answer now than a hopeful one on the 30th.

We can't deliver the full reservation module by 1 December. The payment pre-authorisation piece is still failing the bank's certification test, and putting an uncertified flow in front of your customers would be a risk for you. Here is what we can do:

1. 1 December: reservations for monthly pass holders only (no pre-authorisation needed), live at all four sites. That gives you a working feature and real usage numbers for the board.
2. 15 December: the full module with pre-authorisation, assuming the bank re-test on the 8th passes. I'll confirm on the 9th either way.

If it helps, I'm happy to join the board meeting for ten minutes to walk them through the plan and take questions directly.

Which option would you like me to plan around?

Best,
Priya""",
     quote="""Priya,

This is ridiculous. We were promised the reservation module by 1 December and now I'm hearing it's slipping. I have a board meeting on the 3rd. What exactly am I supposed to tell them?

Daniel""",
     quote_from=DANIEL)

case(expect=[], lang="zh", trad=True,
     why="hard negative (traditional): escalation - penalty waiver is beyond the PM's authority, handed to the delivery director with a reply date, work continues",
     sender=XU, to=[LUO_T], subject="關於延期違約金減免的申請",
     body="""羅經理您好：

感謝您昨天在電話裡坦白說明貴司的考量。關於三號、五號收費站改造延期兩個月所涉及的違約金減免，金額與合同條款調整都已超出我個人的審批權限，不是我可以當場答覆的。

我已將您的申請連同延期原因說明（含設備到貨延誤的物流證明）一併轉交我們的交付總監陳婉清女士，她會在本週四（11月13日）前與您直接聯繫，給出公司層面的正式意見。

在此期間，現場施工不受影響，兩站的改造仍按調整後的計劃推進，每週五我會照常把進度報告發給您。

如有任何需要補充的資料，請隨時告訴我。

許嘉文""")

case(expect=[], lang="zh",
     why="hard negative: negation '并不是做不了哈' with cause, dated plan and interim workaround; the client's '是不是你们做不了？' only in the quote",
     sender=LIN, to=[MENG], subject="Re: APP查不到夜班线路",
     body="""孟主任好：

并不是做不了哈～夜班线路的数据其实已经在我们系统里了，APP查不到是因为夜班线路的运营时间跨零点，当时的查询逻辑只按自然日筛选，把它们漏掉了。

这个问题已经登记，研发评估过改动量不大，计划如下：
1. 11月14日前完成跨日线路查询逻辑修改；
2. 11月17日提交测试版本给贵方信息中心验证；
3. 验证通过后，11月19日随常规版本发布。

正式版发布前，乘客可以先通过官网的“线路查询”页面查看夜班线路，我们已经确认那边显示正常。

有进展我第一时间跟您说！
小溪""",
     quote="""小溪，

乘客反映APP里查不到夜班线路，这个能不能尽快加上？是不是你们做不了？

孟华""",
     quote_from=MENG)

case(expect=[], lang="en",
     why="hard negative: 'I'm not saying no' + CR-118, site survey, reply by Friday the 21st, and a no-cost interim measure",
     sender=TOM, to=[MARCUS], subject="Re: queue-time signs at Plaza 5",
     body="""Hi Marcus,

I'm not saying no to the queue-time signs. I think your customers have a fair point, and it's a good idea. What I can't do is commit to it today, because it touches the lane sensors, the sign controller and the civil works budget all at once.

Here's what I'd propose: we log it as change request CR-118, our traffic engineer does a site survey at Plaza 5 next Tuesday, and I come back to you by Friday the 21st with a cost estimate, a rough timeline and a view on whether we can reuse the existing gantry.

In the meantime, we could enable the lane-status arrows on the existing overhead signs (green/amber by queue length). That's a config change we can make this week at no cost.

Tom""",
     quote="""Tom,

Could you add variable message signs at the Plaza 5 approach showing estimated queue time per lane? Our customers keep complaining about picking the wrong lane.

Marcus""",
     quote_from=MARCUS)

case(expect=[], lang="zh",
     why="hard negative: risky words in another sense - '如果压测不行…切回', '几乎不可能出现' in a stress-test plan",
     sender=HAN, to=[HUANG], subject="AFC清分系统压测安排",
     body="""黄工：

下周的清分系统压测安排如下，请您审阅：

1. 时间：11月18日晚23:00至19日凌晨3:00，地点贵司线网指挥中心机房。
2. 目标：模拟早高峰每秒1200笔交易，持续两小时。
3. 回退预案：如果压测不行，即TPS低于900或错误率超过0.1%，我们当场切回现行版本，不影响第二天运营。
4. 按上周预压测的结果，数据库主从切换导致交易丢失这种情况几乎不可能出现，但我们仍会在压测前做全量备份，以防万一。

另外，需要贵方安排一位AFC值班员和一位网络工程师全程在场。

韩冬""")

case(expect=[], lang="zh",
     why="hard negative: technical terms - 拒绝连接 / Connection refused, 唯一索引冲突, 数据库拒绝写入, 控制器必须接受新版证书; PM owns the defect",
     sender=SONG, to=[YEZH], subject="Re: 滨江车场道闸报错排查结果",
     body="""叶工：

排查结果同步如下：

1. 道闸控制器日志中的“拒绝连接”（Connection refused）报错，是因为控制器所连的车场服务器端口8090被昨晚的防火墙策略变更关闭了，并非道闸硬件故障。已与贵方网管确认，策略已于今天上午10:20恢复。
2. 另有少量“车牌号唯一索引冲突”报错：同一车牌在入场记录未关闭的情况下再次入场，数据库因唯一约束拒绝写入，导致出场时找不到对应记录、不抬杆。这是我们入场逻辑的缺陷，修复版本今晚上线。
3. 修复后，控制器必须接受新版签名证书才能连上服务器，证书文件已放到贵方运维共享目录，安装步骤见目录中的说明文档。

今天上午10:20以后未再出现不抬杆的情况，我们会继续观察到明天。

宋雨桐""",
     quote="""宋经理，

滨江车场出口道闸从昨晚开始间歇性不抬杆，日志里有很多报错，请尽快排查。

叶子航""",
     quote_from=YEZH)

case(expect=[], lang="en",
     why="hard negative: technical imperatives and terms - 'You must reboot', 'connection refused on port 5020', 'the lane will reject any transaction'",
     sender=KEVIN, to=[MARCUS], subject="Patch 4.0.8 rollout - steps for your night crew",
     body="""Hi Marcus,

Patch 4.0.8 is ready for Plaza 7. A few points your night crew should know before they start:

- You must reboot each lane controller after the patch is applied; the new OBU whitelist isn't loaded until restart.
- If the lane shows "connection refused" on port 5020 right after reboot, that's expected for up to 90 seconds while the transaction service comes up. Please don't reflash, just wait.
- After the patch, the lane will reject any transaction whose OBU serial isn't in the whitelist. That's the behaviour requested in CR-102, not a fault.
- Rollback: the old image is on the USB stick in each cabinet, labelled 4.0.7.

I'll be on the bridge call from 01:00 until the last lane is back. Thanks for scheduling this.

Kevin""")

case(expect=[], lang="zh", quote_style="foxmail",
     why="hard negative: apologetic reply with cause and fix; the client's slang anger ('你们到底行不行？真的无语了', ！！) only in the Foxmail quote",
     sender=SONG, to=[XIAOMIN], subject="Re: 电子站牌又黑屏了",
     body="""周工您好：

非常抱歉又给您和领导添麻烦了。火车站站牌这周反复黑屏，确实是我们处理得不够彻底。

原因已经查清：该站牌的电源模块在低温下启动不稳定，前两次我们只做了重启，没有更换。今天下午两点，现场工程师已更换新的宽温电源模块，目前屏幕显示正常。另外全市同批次的42块站牌，我们本周内全部排查，有同类隐患的一律更换。

针对微博上的情况，如果贵方宣传部门需要，我们可以提供一份故障说明和处理进度，方便对外回应。

再次致歉，有任何情况请直接打我电话。

宋雨桐""",
     quote="""宋经理，

火车站那块电子站牌又黑屏了，这周第三次了！！乘客都在拍照发微博，我们领导一早就在问。你们到底行不行？真的无语了。

周晓敏""",
     quote_from=XIAOMIN)

case(expect=[], lang="en", quote_style="gt",
     why="hard negative: calm, accountable incident reply; 'unacceptable' and 'your team is incompetent' appear only in the client's quoted mail",
     sender=PRIYA, to=[RACHEL], subject="Re: Double charges at Marina",
     body="""Dear Rachel,

You're right to be upset, and I'm sorry. Being charged twice is a poor experience for your customers and for the front-line staff who had to deal with it.

Here's where we are:
- Cause: a network timeout between the exit gate and the payment gateway at Marina between 17:40 and 18:25 yesterday made the gate retry 63 transactions that had in fact gone through.
- Refunds: all 63 duplicate charges were reversed by our team at 11:00 today; customers will see the money back within 1-3 working days depending on their bank.
- Prevention: a fix to make the retry idempotent is in test and will be deployed on Thursday night.

I'm sending the list of affected plates in a separate mail so your customer service team can answer calls. I'll call you at 4pm to walk through it.

Kind regards,
Priya""",
     quote="""Priya,

This is unacceptable. Our customers were charged twice at Marina car park yesterday and your team is incompetent. I want a full refund process in place TODAY.

Rachel""",
     quote_from=RACHEL)

case(expect=[], lang="mixed", quote_style="outlook",
     why="hard negative: code-switching apology with RCA timeline and face-to-face follow-up; client's threat to switch vendors ('说了多少次了') only in the Outlook quote",
     sender=MARK, to=[MENG], subject="RE: 调度系统今天又卡死",
     body="""孟主任,

收到, 非常抱歉今天早高峰给调度员造成的困扰, 您的不满完全可以理解.

初步原因: 排班 service 的数据库连接池在 07:12 被耗尽, 导致界面无响应. 07:40 我们已经扩容并重启, 08:05 恢复正常.

接下来:
1. 今晚 22:00 前发您完整的 RCA;
2. 本周五前上线连接池监控和自动告警, 使用率到 80% 就通知我们 on-call;
3. 下周一我和我们技术总监一起到贵集团当面汇报.

换供应商的事, 我理解这是您的选择权, 我们会用接下来的表现说话.

Mark""",
     quote="""Mark,

你们这个 dispatch 系统今天又卡死了, 早高峰调度员只能手工排班, 领导很不满意. 说了多少次了, 你们到底有没有重视? 这个月再出一次问题, 我们就要考虑换供应商了.

孟华""",
     quote_from=MENG)

case(expect=[], lang="zh", trad=True, quote_style="gt_zh",
     why="hard negative (traditional): polite fault report and plan; the metro's anger ('你們的維護到底在幹什麼？我已經受夠了') only in the quote",
     sender=XU, to=[HUANG_T], subject="Re: 閘機卡票",
     body="""黃工您好：

非常抱歉，昨晚的卡票情況造成乘客排隊，也讓您和站務同事承受了很大壓力。

我們今天一早已派兩位工程師到現場，初步查明是三台閘機的票卡回收模組皮帶老化，導致票卡在回收通道中卡住。三台閘機已於上午十點前全部更換皮帶並恢復使用。

後續處理：
一、本週內對全線同批次閘機的回收模組全面巡檢；
二、將皮帶的更換週期由十二個月調整為八個月，並寫入維護計劃；
三、週五前提交書面故障報告。

如有需要，我可以明天到站務中心當面向您說明。

許嘉文""",
     quote="""許經理，

昨天晚上又有三台閘機卡票，乘客在站內排了十幾分鐘，你們的維護到底在幹什麼？我已經受夠了，這種情況不可以再發生！

黃博""",
     quote_from=HUANG_T)

case(expect=[], lang="zh",
     why="hard negative: constructive internal discussion - '他们的担心有道理', data first, face-to-face report, '有问题就认'",
     sender=ZHOU, to=[SUNHAO, MAXIAO], cc=[CHEN], subject="交管局对晚高峰效果的担忧",
     body="""各位：

今天上午跟刘科长通了电话，交管局对主城区晚高峰的配时效果比较焦虑。他们这周收到了两条市民热线投诉，集中在中山路和建设路方向，市里也有领导过问。

说实话，他们的担心有道理。我们上线后一直在看早高峰数据，晚高峰的评估做得不够，建设路那边的绿信比也还沿用旧方案。

我的想法：
1. 孙浩周二前把两个路口近两周晚高峰的排队长度和延误数据拉出来，跟上线前对比；
2. 马骁周三晚高峰去现场看一下，拍点视频；
3. 周四上午我们带着数据去局里当面汇报，有问题就认，同时给出调整方案。

不要急着解释是谁的原因，先把数据摆清楚。

启明""")

case(expect=[], lang="en",
     why="hard negative: internal note with the client deliberately in Cc, agreeing 'Rachel made a fair point... She's right'",
     sender=PRIYA, to=[SUNHAO_EN], cc=[RACHEL], subject="Refund flow - Rachel's feedback",
     body="""Hi Hao,

I've copied Rachel on this so she can see exactly what we're changing.

Rachel made a fair point on yesterday's call: our refund flow asks the customer to upload a photo of their receipt, but most Marina customers pay by card at the gate and never get a paper receipt. From their side, we're asking for something they don't have. She's right, and we should have caught this in UAT.

Could you look at matching refunds on plate number plus the card's last four digits instead, and let me know by Wednesday how long that would take? Rachel, if your customer service team has examples of rejected refund requests, those would help Hao's team test the new matching.

Thanks both,
Priya""")

case(expect=[], lang="zh",
     why="hard negative: colleague banter - '服了' as praise, '我这脑子，醉了' aimed at oneself; the client manager mentioned neutrally",
     sender=ZHAO, to=[MAXIAO, SUNHAO, DENG], subject="昨晚的事，服了",
     body="""兄弟们：

昨晚东湖收费站工控机硬盘挂了，凌晨三点骁哥一个人开车过去，拿备份镜像愣是在五十分钟内把车道救回来了，早上六点罗经理他们交班的时候什么都没察觉。服了，真的服了，这波操作我给满分。

另外检讨一下我自己：备份镜像的U盘是我上周拿回办公室忘了放回去的，害得骁哥先跑回公司取了一趟。我这脑子，醉了。以后机柜里的备件我每周五亲自核一遍，谁看到我偷懒直接@我。

今晚烧烤我请，地方你们定。

铁军""")

case(expect=[], lang="mixed",
     why="hard negative: code-switching team banter - a fine for saying '不可能' / 'this is impossible', kind words about the client's night staff",
     sender=LEO, to=[SUNHAO, DENG, MAXIAO], subject="今晚 cutover 奶茶局",
     body="""各位,

今晚 23:00 地铁 AFC cutover, 大家辛苦. 我请奶茶, 下午四点前在群里报口味, 过时不候.

按老规矩: 今晚谁先说 "不可能", 罚请全组宵夜 —— 上次 Hao 说了一句 "this is impossible", 结果二十分钟就搞定了, 宵夜钱还是他出的, 哈哈.

黄工那边会派两个人来机房陪我们, 他们值班也很辛苦, 奶茶给他们也算上.

Checklist 在 shared drive 里, 出发前每人过一遍.

Leo""")

case(expect=[], lang="zh",
     why="hard negative: firm but polite payment reminder citing the contract clause and dates, offering help with the client's internal approval",
     sender=CHEN, to=[MENG], subject="关于二期进度款支付的提醒",
     body="""孟主任：

您好。冒昧来函，提醒一下二期进度款的事宜。

根据合同第七条，二期进度款（合同金额的30%，计人民币186万元）应在二期验收通过后30日内支付。二期验收报告于9月15日双方签字确认，按约定付款截止日为10月15日，目前已逾期约一个月。

我们理解贵集团付款需要走内部审批流程，如果流程上有需要我们配合补充的材料（发票、验收报告复印件等），请告知，我们可以当天提供。

也想请您帮忙了解一下目前审批到了哪个环节、大致的付款时间，方便我们安排后续工作。

谢谢！

陈婉清
交付总监""")

case(expect=[], lang="en",
     why="hard negative: firm but polite change-freeze notice ('That isn't us being difficult'), exemptions and an invitation to raise changes now",
     sender=TOM, to=[MARCUS], subject="Change freeze from 20 Nov",
     body="""Hi Marcus,

A reminder that, as agreed in the project plan, the change freeze for the Plaza 3-7 upgrade starts on 20 November and runs until go-live on 8 December.

During the freeze, any change to lane configuration, tariff tables or the operator UI needs a change request and joint sign-off from your operations lead and me. That isn't us being difficult; it's how we protect the go-live date we both committed to.

Urgent fixes for production incidents are exempt. Those go through the normal incident process, as today.

If your team already knows something it wants changed, the best time to raise it is this week, before the freeze begins. Happy to hop on a call to go through the list.

Thanks,
Tom""")

case(expect=[], lang="zh",
     why="hard negative: recommendation that leaves the choice - '按我们的经验…更倾向方案A…最终由贵司决定', plus an offer of a side-by-side trial",
     sender=SONG, to=[WU], subject="Re: 新车场车牌识别相机选型",
     body="""吴总：

两种方案的对比如下：

方案A：400万像素补光一体机，单价约5800元。夜间和雨天识别率约99.5%，地下车场光线差的情况下表现更稳定。
方案B：200万像素普通相机加独立补光灯，单价约3200元。白天识别率与A相近，夜间约98%，安装时需要多调一次补光角度。

按我们在其他车场的经验，地下车场更倾向于方案A；地面车场两种都可以。但预算和车场情况贵司最清楚，两种方案我们都能实施，工期相同，最终由贵司决定。

如果需要，我们可以在滨江车场各装一台做两周对比测试，用实际数据再做选择。

宋雨桐""",
     quote="""宋经理，

新车场的车牌识别相机，你们推荐用哪种？两种价格差得有点多。

吴海峰""",
     quote_from=WU)

case(expect=[], lang="mixed",
     why="hard negative: code-switching pros/cons with 'Our recommendation 是 cloud' but 'it's entirely your call'",
     sender=MARK, to=[YEZH], subject="云端 vs 本地部署 recommendation",
     body="""叶工,

关于部署方式, 我把两边的 pros & cons 整理了一下:

- Cloud (我们托管): 上线快, 大约四周; 运维由我们负责; 年费按车场数计. 缺点是数据存在我们的云上, 贵司内审可能需要额外评估.
- On-prem (本地部署): 数据完全在贵司机房, 符合你们现在的 IT policy; 但服务器采购加部署大约需要十周, 运维需要贵司 IT 投入人力.

Our recommendation 是 cloud, 主要考虑明年春节前要上线. 但这个决定牵涉到贵司的数据政策和预算, it's entirely your call. 下周三的会上我们可以把两种方案的报价都带上, 你们内部讨论后再定.

Mark""")

case(expect=[], lang="zh",
     why="hard negative: plain weekly status; risky motto ('没有做不到的项目…拒绝平庸') only in the signature",
     sender=LIN, to=[MENG], subject="11月第二周周报",
     body="""孟主任好：

本周进展简报如下：

1. 电子站牌二期：新安装58块，累计完成186块，占计划的77%。
2. 实时公交APP：夜班线路查询问题已修复，11月19日随版本发布。
3. 客流统计：十一路、三路车的APC数据与人工抽样比对，误差在3%以内。
4. 下周计划：完成剩余站牌安装点位勘察；配合贵方开展APP满意度调查。

暂无需要贵方协调的事项。

--
林小溪 | 项目经理
智慧公交事业部
电话：138-0000-1234
“没有做不到的项目，只有还没想到的办法。拒绝平庸，从每一个细节开始。”""")

case(expect=[], lang="en",
     why="hard negative: site-access request; 'you must not', 'We do not accept' and a 'No excuses' motto only in the signature disclaimer",
     sender=PRIYA, to=[DANIEL], subject="Site access for Level B2 sensor install",
     body="""Hi Daniel,

Our installation crew will be at the Harbourfront car park on Saturday 15 November from 07:00 to 13:00 to fit the bay sensors on Level B2. They'll need:

- access to the B2 electrical room (key or escort),
- about 20 bays coned off at a time, moving down the row as they go,
- a contact on site in case a customer's car needs to be moved.

Could you confirm who our crew should report to on arrival? Thanks!

Priya Nair
Project Manager, Smart Parking
--
CONFIDENTIALITY NOTICE: This email and any attachments are confidential. If you are not the intended recipient, you must not read, copy or forward it, and you must delete it immediately. We do not accept liability for any errors or omissions.
No excuses, no surprises.""")

case(expect=[], lang="zh", trad=True,
     why="hard negative (traditional): firm factual explanation of a billing offset with refund offer; motto with 拒絕/沒有不可能 only in the signature",
     sender=XU, to=[YEZH_T], subject="關於停車計時偏差的說明",
     body="""葉工您好：

關於上週貴司客服反映「停車計時多算一分鐘」的問題，說明如下：

經查，車場伺服器時間比標準時間快了約四十秒，加上收費規則中「未滿一分鐘以一分鐘計」的設定，部分車輛的停車時長會被多計一分鐘。目前伺服器已改為每小時自動校時，偏差控制在一秒以內。

受影響的交易共二百一十七筆，多收金額合計三百二十五元，明細今天下午另行寄給您，退款方式請貴司確認後我們配合處理。

許嘉文
專案經理
「客戶的拒絕，是服務的開始；沒有不可能，只有還沒做到。」""")

case(expect=[], lang="zh",
     why="hard negative: long but focused root-cause analysis of a toll-lane outage (RSU '拒绝所有OBU交易' as a technical term), PM takes responsibility",
     sender=ZHAO, to=[LUO], cc=[CHEN], subject="东湖收费站11月8日车道中断故障分析报告",
     body="""罗经理：

11月8日东湖收费站入口3、4号车道中断故障的分析报告如下，请审阅。

一、故障经过
11月8日凌晨2:14，入口3、4号车道ETC交易全部失败，车道自动切换为人工模式；2:31现场值班员电话报障；3:05我方工程师到场；3:52恢复ETC交易。中断共98分钟，期间通行车辆约140辆，全部经人工处理放行，无车辆滞留。

二、直接原因
两条车道共用的路侧单元（RSU）控制器在凌晨自动执行密钥更新时失败，RSU进入保护状态，拒绝所有OBU交易。日志显示，密钥更新请求发出后，省中心密钥服务返回超时，控制器未按设计回退到旧密钥，而是停在“更新中”状态。

三、根本原因
1. 控制器固件4.2版本存在缺陷：密钥更新超时后缺少回退逻辑，该缺陷已由设备厂家确认。
2. 我方监控只对“RSU离线”告警，对“RSU在线但交易失败率100%”的情况没有告警，因此故障17分钟后才由人工发现。
3. 密钥更新安排在凌晨两点执行，恰好与省中心系统的例行备份时段重叠，导致服务响应变慢。

四、整改措施
1. 厂家修复版固件4.2.3已于11月10日在测试车道验证，计划11月13日夜间在全站升级；
2. 11月11日起，监控新增“单车道交易失败率连续5分钟超过50%”告警，直接推送至值班手机；
3. 与省中心协商，将密钥更新时间调整至凌晨4:30；
4. 全站升级完成前，每晚密钥更新时段安排工程师远程值守。

五、影响与责任
本次故障由我方所供控制器固件缺陷引起，监控覆盖不全也是我方责任。我们对给贵司运营带来的影响深表歉意。

六、后续跟踪
全站升级后，我们将连续两周每天核对各车道的交易成功率，并在每周例会上通报；其他四个收费站使用同型号控制器，将于11月底前完成同样的固件升级和告警配置，届时另行提交升级报告。

如对报告内容有疑问，我可以随时到贵司当面汇报。

赵铁军
项目经理""")

case(expect=[], lang="zh",
     why="hard negative: long but focused UAT plan for the bus app (scope, staffing, defect levels, acceptance criteria)",
     sender=LIN, to=[XIAOMIN], cc=[MENG], subject="实时公交APP 3.0 用户验收测试（UAT）方案",
     body="""周工、孟主任：

实时公交APP 3.0的用户验收测试方案如下，请审阅，如无意见我们按此执行。

一、测试时间
11月17日至11月28日，共两周。第一周功能验收，第二周真实线路试用及问题回归。

二、测试范围
1. 实时到站查询：覆盖全部126条常规线路、9条夜班线路；
2. 换乘规划：抽取50组常用起终点，与人工规划结果对比；
3. 乘车码：含实体卡绑定、乘车码生成、扫码过闸、退款四个环节；
4. 无障碍功能：读屏模式、大字版、语音播报；
5. 消息推送：线路调整、恶劣天气停运通知。

三、人员安排
贵方：信息中心2人负责功能验收，运营部4人负责线路试用，客服中心1人负责收集乘客反馈；
我方：测试工程师3人驻场，研发2人远程支持，我本人负责每日协调。

四、环境与账号
UAT环境已于11月10日部署完成，测试账号20个已发至周工邮箱。乘车码测试使用专门的测试卡，不产生真实扣费。

五、缺陷处理
缺陷分为三级：一级（阻断性）24小时内修复；二级（主要功能异常）3个工作日内修复；三级（界面与体验）纳入下一版本。每天下午五点发送缺陷日报。

六、验收标准
一级缺陷为零；二级缺陷全部关闭，或有双方认可的处理方案；三级缺陷清单双方确认。

七、需要贵方配合的事项
1. 11月14日前确认参与测试的人员名单；
2. 安排两条线路的车辆在试用期间开启乘车码扫码功能；
3. 11月28日下午安排验收评审会。

八、沟通机制
测试期间每天上午九点半召开十五分钟站会，由我主持，通报前一天的缺陷情况和当天的测试重点；每周五下午进行一次阶段小结，形成书面记录发送双方负责人。测试中发现的需求理解偏差不作为缺陷处理，统一记录到需求澄清清单，由双方在周五小结会上逐条确认。

如有调整意见，请在11月13日前告诉我。

林小溪""")

case(expect=[], lang="zh",
     why="hard negative: long but focused cut-over plan for the signal-control platform (window, steps, rollback, staffing, risks)",
     sender=ZHOU, to=[QIAN], cc=[LIU], subject="信号控制平台切换实施方案（11月22日夜）",
     body="""钱工：

信号控制平台由旧系统切换至新平台的实施方案如下，请指挥中心审阅。

一、切换窗口
11月22日（周六）23:00至23日5:00。选择该时段是因为周六深夜主城区流量为一周最低，且23日为周日，早高峰压力较小。

二、切换范围
第一批接入新平台的路口共64个，分布在中山路、解放路、建设路三条干道；其余路口仍由旧系统控制，下一批切换另行安排。

三、切换步骤
1. 23:00 冻结两套系统的配时方案修改，导出旧系统全部方案备份；
2. 23:30 逐个路口将信号机通信地址改指向新平台，每切换8个路口进行一次状态核对；
3. 2:30 全部路口完成切换，新平台接管控制，现场巡查组沿三条干道抽查路口灯色是否与平台一致；
4. 4:00 运行观察，确认无故障后由双方签字确认切换完成。

四、回退预案
任一路口出现黄闪、灯色冲突或通信中断超过3分钟，立即将该路口改回旧系统；若超过10个路口需要回退，则整体回退，旧系统保留至12月31日。

五、人员安排
我方：平台工程师4人在指挥中心，现场巡查2组共6人；贵方：指挥中心值班员1人、信号维护单位2人。交警支队夜间勤务请指挥中心协调，在三条干道各安排一个巡逻岗。

六、风险提示
1. 部分老型号信号机重启需约90秒，期间路口为黄闪，已安排在车流最少的时段处理；
2. 如遇雨雪天气，切换推迟一周。

七、沟通与上报
切换期间双方在指挥中心设联合值守席位，每完成一批路口在工作群内通报一次进度；如发生整体回退，由我方项目经理第一时间电话报告指挥中心值班领导，并在次日上午十点前提交书面说明。切换后第一个工作日早高峰，我方工程师继续在指挥中心值守至上午十点。

方案如无异议，请于11月19日前回复确认。

周启明""")

case(expect=[], lang="en",
     why="hard negative: long but focused weekly report for the parking project (status, installation, incidents, risks, decisions)",
     sender=PRIYA, to=[DANIEL], cc=[RACHEL], subject="Weekly report - Smart Parking Phase 2 (week 46)",
     body="""Hi Daniel, Rachel,

Here is this week's report for Phase 2.

1. Overall status
Amber. Hardware installation is on track, but the payment certification slip described in section 4 puts the full reservation module at risk for 1 December. All other milestones remain green.

2. Installation
- Harbourfront: 312 of 340 bay sensors installed (92%). The remaining 28 are on Level B2 and are scheduled for Saturday 15 November.
- Marina: complete. Sensor accuracy in the first week of live data is 99.1% against manual counts, above the 98.5% target.
- Riverside: survey complete; installation starts on 24 November.

3. Guidance signs
All 18 level-entry signs at Harbourfront are live. During testing, two signs on Level B1 showed counts that lagged real occupancy by up to three minutes. The cause was a polling interval left at the factory default; it has been reduced to 15 seconds and the lag is now under 20 seconds.

4. Payments and reservations
The pre-authorisation flow failed the bank's certification test on 7 November because of an incorrect timeout on reversal messages. The fix is done and the re-test is booked for 8 December. As discussed, monthly pass reservations (no pre-authorisation) will go live on 1 December; the full module is planned for 15 December, subject to the re-test.

5. Incidents
One incident this week: duplicate charges at Marina on Monday evening, 63 transactions, all refunded on Tuesday. The idempotency fix will be deployed on Thursday night. A full incident report was sent to Rachel on Wednesday.

6. Risks
- The bank's re-test date could move if its test environment is unavailable. Mitigation: we have asked for a backup slot on 10 December.
- Riverside power supply: the site's electrical room is at 85% capacity. Mitigation: our electrician will confirm load calculations by 20 November.

7. Decisions needed from you
- Confirm the Saturday B2 access arrangements (contact on site).
- Choose between the two camera options for Riverside; the comparison was sent on 10 November.

8. Next week
Complete Harbourfront B2, deploy the idempotency fix, start Riverside cabling, and hold the UAT kick-off for the monthly pass reservation feature on 19 November.

9. Team and schedule notes
Our site lead, Ahmad, is on leave from 24 to 28 November; his deputy, Wei Ling, will cover the Riverside start and has already walked the site with your facilities manager. The Harbourfront B2 work on Saturday is planned so that no more than twenty bays are closed at any one time, and the crew will finish by 13:00 to avoid the afternoon peak. From next week the report will also include a simple burn-down chart of remaining sensors per site, as Rachel suggested on last week's call.

Let me know if you'd like to go through any of this on Monday's call.

Best regards,
Priya""")

case(expect=[], lang="zh",
     why="hard negative: long but focused change-impact analysis for twice-daily ETC reconciliation (CR-2026-052), agrees with the bank's need, quote date",
     sender=HEJUN, to=[CAI], cc=[ZOU], subject="关于对账周期调整为每日两次的变更影响分析",
     body="""蔡经理、邹经理：

针对贵行提出的“对账文件由每日一次调整为每日两次（12:00、24:00各一次）”的变更申请（CR-2026-052），影响分析如下。

一、需求理解
贵行风控希望在午间即可发现上午发生的ETC扣款差错，以便当天下午处理，减少次日客诉。我们理解这一需求的出发点，也认同午间对账对客户体验有明显帮助。

二、系统影响
1. 清分批处理：现有批处理按自然日切分，需增加中午12点的切分点，并处理跨切分点交易（入口在上午、出口在下午）的归属问题，改动量中等；
2. 对账文件：文件格式不变，文件名增加批次号，贵行解析程序需相应调整；
3. 差错处理：差错单需标记所属批次，避免同一笔差错在两个批次中重复出现；
4. 性能：午间批处理预计耗时25分钟，与中午交易高峰重叠，需要在测试环境做一次压力验证。

三、对贵行的影响
贵行对账系统需支持同日两个批次文件的接收和解析，初步估计改动量较小；差错处理岗位需在下午增加一次处理。

四、工期与费用
开发与测试约需4周，联调1周，预计12月下旬可上线。费用估算将在11月21日前以正式报价提交。

五、风险
1. 跨切分点交易的归属规则需要双方业务部门确认，建议11月18日召开一次专题会；
2. 春节前是交易高峰，建议上线时间不晚于1月10日，否则顺延至节后。

六、过渡措施
在变更上线之前，如贵行希望提前看到上午的差错情况，我们可以每天中午十二点半额外导出一份上午交易的差错清单（不含对账汇总），以邮件方式发送给贵行差错处理岗位，作为临时措施，不涉及系统改造。

七、下一步
请贵行确认需求细节后，我们启动详细设计。如对分析有疑问，我们可以随时到贵行当面沟通。

何俊""")

case(expect=[], lang="mixed",
     why="hard negative: long but focused code-switching data-migration plan (phases, reconciliation, rollback, asks)",
     sender=LEO, to=[HUANG], subject="AFC 数据迁移 plan v2",
     body="""黄工,

AFC 数据迁移 plan v2 如下, 主要根据上周 review 的意见做了调整:

1. Scope: 迁移 2019 年至今的交易明细约 21 亿条, 票卡主数据 860 万条, 以及黑名单和设备台账. 2019 年以前的历史数据按贵方要求保留在旧库, 只读, 不迁移.

2. Approach: 分三个阶段.
   - Phase 1 (11/17-11/28): 全量迁移历史交易, 在新库上跑 reconciliation, 按日按线路比对笔数和金额, 差异为零才进入下一阶段.
   - Phase 2 (12/1-12/12): 增量同步, 旧系统仍是主系统, 新库每 15 分钟追一次数据, 同时开放给贵方报表组做 parallel run.
   - Phase 3 (12/13 夜间): 正式 cutover, 新库成为主库, 旧库转为只读备份保留三个月.

3. Data quality: 第一轮抽样发现约 0.3% 的交易记录 station code 为空, 主要集中在 2020 年的 4 号线. 我们建议按设备编号反查补齐, 补不上的标记为 unknown, 具体规则需要贵方清分组确认.

4. Rollback: Phase 3 如果 reconciliation 失败, 或者早高峰前新库性能不达标, 我们在 04:30 前切回旧库, 不影响运营.

5. 需要贵方支持:
   - 11/14 前确认 station code 补齐规则;
   - Phase 2 期间报表组每天抽两张报表做比对;
   - cutover 当晚安排一位 DBA 和一位清分业务人员在场.

6. Communication: Phase 1 和 Phase 2 期间每天 18:00 发 reconciliation 日报, 列出当天比对的日期范围, 差异笔数和处理进度; cutover 当晚在指挥中心设联合值守, 每完成一个步骤在群里同步一次. 如果 Phase 1 的差异在 11/28 前清不完, 我们会提前三天通知贵方, 并给出调整后的时间表, 不会压缩 Phase 2 的 parallel run 时间.

有问题随时找我, 下周三的 review 会上我们再过一遍 details.

Leo""")

case(expect=[], lang="zh",
     why="hard negative: self-criticism with 难道 ('难道我们测试的时候想不到这一点吗？') and '并不是贵司的问题' taking the blame",
     sender=HAN, to=[LUO], subject="节假日免费时段错误的情况说明",
     body="""罗经理：

国庆期间东湖站部分小客车被按正常费率收费一事，经核查，原因在我们。

节假日免费通行的规则，我们在测试时只验证了春节场景，国庆的免费起止时间是写死在程序里的，而今年实际执行的时段按通知做过调整。难道我们测试的时候想不到这一点吗？应该想到，但确实没有想到，这是我们测试用例设计的疏漏，并不是贵司的问题，也不是收费员操作的问题。

目前已改为由贵司运营人员在后台配置免费时段，不再写死在程序里。受影响的交易共1382笔，退费方案明天上午发给您确认。

给贵司带来的被动，我很抱歉。

韩冬""")

case(expect=[], lang="zh",
     why="hard negative: follow-through - '上周二电话里我说过会…确认' and the confirmed warranty terms",
     sender=SONG, to=[WU], subject="关于地磁设备质保期的确认",
     body="""吴总：

上周二电话里我说过会跟厂家确认地磁传感器的质保条款，现确认结果如下：

1. 质保期为安装验收之日起三年，不是自出厂之日起算；
2. 质保范围包含电池，但因车辆碾压造成的外壳破损不在质保内；
3. 质保期内的更换，厂家承诺5个工作日内到货，我们在到货后2个工作日内完成现场更换。

厂家的书面质保函本周五前寄到贵司，原件请运营部留存。

宋雨桐""")

case(expect=[], lang="zh",
     why="hard negative: PM answers a colleague's quoted complaint ('这帮人真是事儿多…能不能直接说做不了') constructively and refuses to brush off the client",
     sender=ZHOU, to=[MAXIAO], subject="Re: 倒计时屏",
     body="""骁：

理解你的烦躁，这周确实辛苦了。不过倒计时屏这事，咱们换个角度看：刘科长他们这周接了好几个市民投诉，说行人不知道还剩多少秒，他们压力也很大，提这个需求是有原因的。

这个先别直接回绝。你把需要加倒计时屏的路口列出来，估一下设备和施工量，明天中午前给我，我下午跟刘科长当面谈，能纳入变更的走变更，不能的我们给他一个过渡办法。

方案改三遍的事，我找时间跟他们把评审流程理一理，免得以后反复。

启明""",
     quote="""周哥，

交管局这帮人真是事儿多，方案改了三遍还不满意，刘科长今天又打电话说要加倒计时屏，我真是服了，能不能直接跟他们说做不了？

马骁""",
     quote_from=MAXIAO)

case(expect=[], lang="zh", quote_style="outlook_zh",
     why="hard negative: the client turns our proposal down ('暂不采用') and the PM accepts gracefully with a dated re-plan",
     sender=CHEN, to=[DU], subject="Re: 关于信号控制平台部署方式的意见",
     body="""杜局：

收到，感谢您的及时告知。

我们尊重局里的决定，将按本地部署方案实施。调整涉及服务器采购和机房准备两项，我们会在11月20日前提交更新后的实施计划和设备清单，对工期的影响也会在计划中如实列明。

如局里对机房选址有倾向，请告知，我们据此安排现场勘察。

陈婉清""",
     quote="""陈总：

经局党组研究，云端部署方案暂不采用，信号控制平台按本地部署实施。请贵司据此调整。

杜建国""",
     quote_from=DU)

case(expect=[], lang="zh",
     why="hard negative: government-formal 复函 that accepts the regulator's rule; '不予放行' is the gate logic the client asked for",
     sender=SONG, to=[QIAN], subject="关于欠费车辆出场处理规则的复函",
     body="""市静态交通管理中心：

贵中心《关于规范公共停车场欠费车辆出场管理的通知》已收悉，我司将按通知要求调整各公共停车场道闸系统的出场规则，具体如下：

一、累计欠费超过三笔或金额超过200元的车辆，出场时道闸不予放行，由岗亭显示欠费明细并引导车主现场补缴；
二、补缴完成后系统自动抬杆，全程不超过两分钟；
三、救护车、消防车等特种车辆不受上述规则限制；
四、规则调整计划于11月25日零时起生效，生效前三天在各停车场入口显示屏滚动公告。

如上述安排与通知要求有不一致之处，请予指正。

特此函复。

宋雨桐
项目经理""")

case(expect=[], lang="zh",
     why="hard negative: banking terms - 拒付 (chargeback), 拒绝扣款 - in a factual monthly analysis that owns our share of the errors",
     sender=HEJUN, to=[ZOU], subject="10月ETC交易拒付情况说明",
     body="""邹经理：

10月份ETC信用卡扣款中由持卡人发起拒付的交易共57笔，分析如下：

1. 41笔为重复扣款拒付：集中在10月3日至5日，原因是省中心重发了部分交易流水，我方清分未去重。这部分是我方问题，已于10月9日修复去重逻辑，41笔款项已全部退回持卡人。
2. 12笔为“未通行”拒付：持卡人称当日未经过该收费站，经调取门架图片，其中9笔为车牌被套用，已移交贵行风控；3笔为门架误识别，已退款。
3. 4笔为金额争议：系跨省通行计费规则差异，需省中心出具说明，预计11月20日前答复。

另外，当月因卡片状态异常被系统拒绝扣款的交易有213笔，已按流程转入追缴清单，明细稍后另发。

何俊""")

case(expect=[], lang="mixed",
     why="hard negative: casual field-engineer update ('our bad') that owns the fault and fixes it; no disparagement",
     sender=LEO, to=[LUO], subject="Re: 门架 RSU 掉线 update",
     body="""罗经理,

收到, 今天上午已经派人过去了. 现场看了一下, our bad —— 上次换天线的时候馈线接头没拧紧, 下雨进了水, 信号衰减得厉害. 已经换了新接头, 加了防水胶带, 11:40 RSU 恢复上线, 交易正常.

其他几个门架的接头我们这周顺便全部检查一遍, 有问题一起处理, 不用另外报.

Thanks for flagging it so fast!

Leo""",
     quote="""Leo,

3号门架RSU今早又掉线了, 能不能派人看一下?

罗平""",
     quote_from=LUO)

case(expect=[], lang="zh",
     why="hard negative: '这个bug真是奇葩' aimed at a defect, and the client is praised for a clear report",
     sender=GUO, to=[SUNHAO], subject="车牌识别那个奇葩bug",
     body="""浩哥：

昨天吴总他们反馈的那个问题查到原因了，这个bug真是奇葩：车牌里带字母“O”的车，在出口被识别成数字“0”，跟入场记录对不上，所以不抬杆。只有滨江车场出现，是因为那边出口相机角度偏低，字母O被压扁了。

吴总他们描述得很清楚，连车牌照片都截好了，省了我们不少事。

麻烦你今天在识别后处理里加一条规则：入出场比对时，O和0视为等价再匹配一次。明天我跟吴总说修复时间。

子昂""")

case(expect=[], lang="zh",
     why="hard negative: praise - '几乎不可能' and '这个不可能的任务' describe the joint achievement",
     sender=CHEN, to=[HUANG], cc=[XU, HAN], subject="感谢贵司AFC团队的支持",
     body="""黄工：

新线AFC系统昨天顺利开通，想借这封邮件正式向您和贵司AFC团队道声谢谢。

说实话，九月份排计划的时候，四十天完成二十三个车站的设备安装和联调，我们内部不少人都觉得几乎不可能。最后能按期开通，靠的是贵司站务、票务同事连续三周配合夜间调试，还有您每天早上雷打不动的协调会。这个“不可能的任务”，是双方一起完成的。

后续的质保和运维交接，我们会按合同安排，许嘉文会在下周和您确认交接清单。

再次感谢！

陈婉清""")

case(expect=[], lang="zh",
     why="hard negative: polite firmness - '这个比例我们确实难以接受' but two concrete payment options for the client to choose",
     sender=CHEN, to=[WU], subject="Re: 三期合同预付款比例",
     body="""吴总：

谢谢您提前沟通财务的要求。

坦白说，预付款降到10%，我们三期的设备采购资金会有较大缺口，这个比例我们确实难以接受。为了不影响项目，我们提供两种方式供贵司选择：

方式一：预付款20%，设备到货后再付20%，其余按验收支付。贵司前期资金占用减少，我们也能保证设备按期采购。
方式二：预付款10%不变，由我们先行垫资采购设备，贵司按月支付设备租赁费，验收后一次性转为购买，总价会增加约3%的资金成本。

两种方式都可以，贵司内部商议后告诉我们即可。如有需要，我可以跟贵司财务当面再过一遍测算。

陈婉清""",
     quote="""陈总，

我们这边财务要求三期合同预付款比例降到10%，其余按验收支付，请贵司配合。

吴海峰""",
     quote_from=WU)

case(expect=[], lang="mixed",
     why="hard negative: code-switching meeting recap where the refusals are the client's own ('贵方明确表示不接受…', '短期内不可能做到') reported neutrally",
     sender=MARK, to=[MENG], cc=[XIAOMIN], subject="11/12 sync meeting recap",
     body="""孟主任, 周工,

今天 sync meeting 的 recap 如下:

1. 夜间施工: 贵方明确表示不接受在 22:00 以后进场施工 (小区居民投诉的原因), 我们已经把电子站牌安装全部调整到 9:00-17:00, 整体进度推迟约一周, 新的 schedule 明天发出.
2. APP 推送: 贵方认为目前推送频率太高, 我们会把非紧急通知合并为每日一条 digest, 11/19 版本上线.
3. 客流数据接口: 贵方 IT 提出 API 需要加 token 认证, 我们同意, 下周一给出接口文档 v1.3.
4. Open issue: 夜班线路预测精度, 双方都认为 "短期内不可能做到 1 分钟以内", 先以 3 分钟为目标, 12 月复盘.

如有遗漏或理解有误, 请直接回复指正.

Mark""")

# ---- order: shuffled once with seed 5555 -----------------------------------------------------
random.Random(5555).shuffle(CASES)
