# heldout21: labelled PM email drafts written by an independent helper (training set).
# Emphasis: government IT, telecom operators, smart-city and public-health projects in mainland China,
# plus Singapore / Malaysia clients writing English and mixed Chinese. All text is synthetic.
import random

# ---- people -------------------------------------------------------------------------------
# our side (vendors / integrators)
CHEN = "陈思远 <chen.siyuan@ourteam.example.com>"        # PM, government data platform (vendor)
ZHAO = "赵婧 <zhao.jing@ourteam.example.com>"            # PM, public health (integrator)
LIN = "林国栋 <lin.guodong@ourteam.example.com>"         # PM, telecom operator (network integrator)
ZHOU = "周蕾 <zhou.lei@ourteam.example.com>"             # PM, bank / medical-insurance settlement
ZHOU_T = "周蕾 <zhou.lei@ourteam.example.com>"
GUO = "郭峰 <guo.feng@ourteam.example.com>"              # PM, smart city
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"    # PM, Singapore office
HUIMIN = "Cheng Hui Min <cheng.huimin@ourteam.example.com>"  # PM, Singapore office
WJ = "Wong Wei Jie <wong.weijie@ourteam.example.com>"    # PM, Malaysia office
MINGMING = "孙明明 <sun.mingming@ourteam.example.com>"
DENG = "邓海 <deng.hai@ourteam.example.com>"
QIAN = "钱卫国 <qian.weiguo@ourteam.example.com>"
MAXIAO = "马骁 <ma.xiao@ourteam.example.com>"
HANXUE = "韩雪 <han.xue@ourteam.example.com>"
SONGKAI = "宋凯 <song.kai@ourteam.example.com>"
SONGKAI_T = "宋凱 <song.kai@ourteam.example.com>"
WUTAO = "吴涛 <wu.tao@ourteam.example.com>"
DANIEL = "Daniel Teo <daniel.teo@ourteam.example.com>"
NURUL = "Nurul Huda <nurul.huda@ourteam.example.com>"

# client A: mainland government, health commission, provincial telecom branch
LIU = "刘建华 <liu.jianhua@client-a.example.cn>"          # 市政务服务和数据管理局 处长
XIAOWEN = "张晓雯 <zhang.xiaowen@client-a.example.cn>"
FANG = "方敏 <fang.min@client-a.example.cn>"             # 卫健委信息中心 主任
HELEI = "何磊 <he.lei@client-a.example.cn>"              # 疾控 工程师
WANGZD = "王振东 <wang.zhendong@client-a.example.cn>"    # 运营商省公司 网络部 经理
CAOYU = "曹宇 <cao.yu@client-a.example.cn>"              # 运营商 运维
XUHONG = "许洪 <xu.hong@client-a.example.cn>"            # 城市运行管理中心 主任
# bank C: city commercial bank (social-security card, medical-insurance settlement)
MENG = "孟强 <meng.qiang@bank-c.example.cn>"
MENG_T = "孟強 <meng.qiang@bank-c.example.cn>"
TANLI = "谭丽 <tan.li@bank-c.example.cn>"
# client B: Singapore town council / agency, Malaysian telco and city parking project
MEILING = "Tan Mei Ling <tan.meiling@client-b.example.com>"
RAJESH = "Rajesh Kumar <rajesh.kumar@client-b.example.com>"
FAIZAL = "Ahmad Faizal <ahmad.faizal@client-b.example.com>"
SITI = "Siti Aminah <siti.aminah@client-b.example.com>"
KOKWAI = "Lim Kok Wai <lim.kokwai@client-b.example.com>"
DAVID = "David Ong <david.ong@client-b.example.com>"

POSITIVES = []
NEGATIVES = []


def pos(**kw):
    POSITIVES.append(dict(kw))


def neg(**kw):
    kw.setdefault("expect", [])
    NEGATIVES.append(dict(kw))


# =============================================================================================
# POSITIVES
# =============================================================================================

# ---------------- argue ----------------
pos(expect=["argue"], lang="zh",
    why="argue: blames the client for a figure they signed off and lectures them to re-read their own sign-off",
    sender=CHEN, to=[LIU], cc=[],
    subject="Re: 数据共享平台人口统计口径问题",
    body="""刘处：

您说的“对不上”，我们昨晚就查过了。统计页用的是户籍加居住证口径，这一点写在需求确认单第3.2条，确认单最后一页盖的是贵处的章。统计局用的是抽样推算口径，两个数本来就不该一样。

说实话，这种问题不该等到局领导面前才发现。确认单当时是贵处自己审的，现在反过来让我们写“说明”，这个逻辑我实在理解不了。建议贵处内部先把自己签过的东西从头翻一遍，再来决定口径要不要改。

陈思远""",
    quote="""陈经理：

昨天给局领导演示的人口库统计页，常住人口数和统计局公布的数对不上，差了将近两万。请你们尽快核查一下原因，周五前给个书面说明。

刘建华""",
    quote_from=LIU, quote_style="gt_zh")

pos(expect=["argue"], lang="en",
    why="argue: pins an outage on the client's contractor and scolds them for raising it as urgent",
    sender=PRIYA, to=[MEILING], cc=[],
    subject="RE: Lift sensors showing offline - Blk 214 to 220",
    body="""Mei Ling,

We checked. The sensors are fine. They're offline because someone on your side swapped the 4G routers in the riser cabinets over the weekend without telling anyone, and the new ones were never whitelisted. That's step 6 of the onboarding guide we sent on 3 October, the one your facilities team acknowledged.

I'll be honest, it's a bit rich to get an URGENT from your office over something your own contractor did. We are not a help desk for changes nobody told us about. Next time, maybe have a word with your facilities people before the residents' committee gets looped in and it all lands on us.

Priya""",
    quote="""Hi Priya,

Since Monday about 40 of the lift sensors in Blk 214-220 show offline on the dashboard. The residents' committee is asking. Can your team check urgently?

Thanks,
Mei Ling""",
    quote_from=MEILING, quote_style="outlook")

pos(expect=["argue"], lang="zh", trad=True,
    why="argue (traditional): sarcastic blame on the bank's own approval process, 這個鍋我們不背",
    sender=ZHOU_T, to=[MENG_T], cc=[],
    subject="醫保結算接口聯調延期一事",
    body="""孟經理：

關於您上午在電話裡質問聯調為什麼延期，我在這裡把話講清楚。

防火牆策略的開通申請，我方10月12日就遞交了，貴行資安部到今天都沒有批。沒有網路，我們的人坐在機房裡能聯調什麼？聯調空氣嗎？

延期的原因一目了然，這個鍋我們不背。麻煩貴行先把自己內部的審批跑完，再來問我們要進度。

周蕾""")

pos(expect=["argue"], lang="zh",
    why="argue: numbered point-by-point rebuttal of the client's meeting feedback, sarcastic and lecturing",
    sender=LIN, to=[WANGZD], cc=[CAOYU],
    subject="关于周会上四点意见的逐条回复",
    body="""王经理：

针对贵司周会上提的四点意见，逐条回复：

1. “割接方案反复修改”——方案改了三版，三次都是因为贵司调整了割接窗口，邮件记录都在。说我们反复，不太公道吧。
2. “压测不达标”——核心网信令处理峰值达到合同指标的118%，报告第12页。至于贵司同事是从哪里得出“不达标”的，我们也很好奇。
3. “文档不全”——交付清单上的27份文档已全部上传贵司配置库，路径我上周五发过。需要的话我可以再发一遍，这将是第四遍。
4. “响应慢”——工单平均响应23分钟，SLA要求是2小时。如果这都算慢，那麻烦贵司先给“快”下个定义。

希望以后周会上的意见，提之前能先核对一下事实，别让我们每周都花半天来澄清。

林国栋
网络集成事业部 项目经理""")

pos(expect=["argue"], lang="mixed",
    why="argue (mixed, Malaysia): confrontational 'put this on record', blames their procurement and threatens to forward the trail to their CTO",
    sender=WJ, to=[FAIZAL], cc=[],
    subject="Re: API quota exceeded again",
    body="""Faizal,

I need to put this on record lah. 这个 quota 是你们 procurement 自己在 PO 里面定的, 50k calls/day, 我们 suggest upgrade 三次, 三封 email 你都 reply "noted".

So please, before you cc your CTO again and make it sound like 我们的 bug, go and check who signed the PO. Honestly I'm tired of explaining the same thing every month. 下次再这样 escalate, 我们也只好把整个 email trail 直接 forward 给你们 CTO 看, let him judge.

Wei Jie""",
    quote="""Wei Jie,

The location API quota hit the limit again this morning and our app went down for 2 hours. This is the third time. I have informed our CTO. Please explain.

Faizal""",
    quote_from=FAIZAL, quote_style="gt")

pos(expect=["argue"], lang="zh",
    why="argue: passive-aggressive rhetorical question implying the CDC engineer never opened the spec",
    sender=ZHAO, to=[HELEI], cc=[],
    subject="Re: 接种数据接口字段含义咨询",
    body="""何工：

接口文档V2.3，10月15日发的，您当天回了邮件说“收到”。第4页表格第7、8行就是这两个字段。

是文档没打开，还是打开了没往下翻？我们这边也不好猜。劳驾先看一眼吧，省得大家来回写邮件。

赵婧""",
    quote="""赵经理：

接口里 vac_src 和 vac_org 两个字段分别是什么意思？我们这边对接的同事搞不清楚，麻烦解释一下。

何磊""",
    quote_from=HELEI, quote_style="foxmail")

# ---------------- refusal ----------------
pos(expect=["refusal"], lang="zh",
    why="refusal: face login turned down outright for this and every later phase, no reason, no alternative",
    sender=CHEN, to=[XIAOWEN], cc=[],
    subject="关于政务App增加人脸登录",
    body="""晓雯：

你上午微信里说的人脸登录，我这边直接回复：这一期没有，下一期也不会有，别排了。

周报里这一条我就删掉了。

陈思远""")

pos(expect=["refusal"], lang="en",
    why="refusal: Tamil language pack declared off the table and the client told not to raise it again",
    sender=PRIYA, to=[MEILING], cc=[],
    subject="Tamil language pack for the service kiosks",
    body="""Hi Mei Ling,

On the Tamil language pack: it's off the table. It isn't in the contract and it won't be added. Please don't put it on the steering committee agenda again; I'd rather we spend that hour on go-live.

Thanks,
Priya""")

pos(expect=["refusal"], lang="zh",
    why="refusal hidden in a numbered meeting recap: item 4 closes the health commission's export request with no buffer",
    sender=ZHAO, to=[FANG], cc=[HELEI, HANXUE],
    subject="11月6日 公共卫生应急指挥平台周例会纪要",
    body="""各位：

今天例会纪要如下，请查收。

一、进度：传染病报告卡模块已完成开发，进入系统测试，预计11月13日提交UAT。
二、风险：发热门诊数据接入仍有3家医院未提供前置机，已请卫健委协调。
三、测试：回归测试用例已更新至412条，由韩雪负责。
四、卫健委提出的“原始明细一键导出Excel”，乙方不提供，本项关闭，后续不再讨论。
五、下次例会：11月13日（周四）14:30，地点不变。

如纪要有误，请于明天中午前反馈。

赵婧
公共卫生事业部 集成项目经理""")

pos(expect=["refusal"], lang="zh",
    why="refusal: bureaucratic formal reply letter, 不予承接，亦不作进一步商议, no review or alternative",
    sender=GUO, to=[XUHONG], cc=[QIAN],
    subject="关于贵中心《关于增加“一网统管”大屏专题的函》的复函",
    body="""市城市运行管理中心：

贵中心11月8日来函收悉。

函中所提新增“防汛”“渣土车”“共享单车”三个大屏专题，不在双方合同约定的建设内容之内。我司对此不予承接，亦不作进一步商议。

特此函复。

（盖章版随后寄出）
郭峰
智慧城市项目部""")

pos(expect=["refusal"], lang="mixed",
    why="refusal (mixed, reply to a WhatsApp group summary): two requests brushed off in a friendly tone with no buffer",
    sender=WJ, to=[KOKWAI], cc=[],
    subject="Re: 群聊重点 summary (Smart Parking Penang)",
    body="""Hi Kok Wai,

Thanks for the summary 哈.

SSO with MyDigital ID 这个我们 confirm 不搞了 ok, Touch n Go auto-deduct 也一样, both no. 不用再 discuss 了, 下次群里有人再问, 你直接回 "vendor said no" 就好 :)

UAT 2 Dec noted 👍

Wei Jie""",
    quote="""[WhatsApp group "Smart Parking Penang" - summary 11/11]
- Lim: MBPP wants SSO with MyDigital ID by Jan
- Siti: sensor installation Jalan Burma 80% done
- Lim: also ask vendor can add Touch n Go e-wallet auto-deduct?
- David: UAT date confirm 2 Dec""",
    quote_from=KOKWAI, quote_style="gt")

pos(expect=["refusal"], lang="zh",
    why="refusal: two-line curt no to the operator's request to move the cut-over window (ASCII punctuation)",
    sender=LIN, to=[CAOYU], cc=[],
    subject="Re: 核心网割接时间能否提前",
    body="""曹工:

挪不了。周六凌晨2点,照旧。

林国栋""",
    quote="""林经理:

我们这边周六晚上有个重要通信保障任务,割接能不能挪到周五凌晨?麻烦看看。

曹宇""",
    quote_from=CAOYU, quote_style="outlook_zh")

pos(expect=["refusal"], lang="zh",
    why="refusal wrapped in warm thanks: offline mode 就不做了, asks the bank not to raise it again",
    sender=ZHOU, to=[TANLI], cc=[],
    subject="关于柜面断网离线模式",
    body="""谭科长您好！

感谢您和分行同事一直以来的支持，这段时间联调辛苦大家了，上周的社保卡批量开卡也很顺利，真心感谢。

关于断网离线模式，我们内部看了一下，结论是这个功能我们就不做了。后续也请分行那边不用再提了，免得大家白忙一场。

再次感谢，祝工作顺利！

周蕾""")

# ---------------- persuade ----------------
pos(expect=["persuade"], lang="zh",
    why="persuade: tells the smart-city client their self-hosted GIS idea is a dead end and schedules our cloud option for them",
    sender=GUO, to=[XUHONG], cc=[],
    subject="关于城市部件GIS部署方式",
    body="""许主任：

关于GIS是自建还是上云，我多说两句。

自建这条路，说句实在话，贵中心走不通——机房、运维、许可证，哪一样都不是现在能搞定的。换哪家集成商来，最后也会劝您上云。与其开三轮论证会再绕回原点，不如现在就定下来，用我们的云上GIS。

我这边下周一就按云方案排期了，论证会就不必开了，省得耽误大家时间。

郭峰""")

pos(expect=["persuade"], lang="en",
    why="persuade: pressure through 'every other agency' and a pre-briefed director; client told to just reply agreed",
    sender=PRIYA, to=[RAJESH], cc=[DANIEL],
    subject="Kubernetes vs VMs - let's close this out",
    body="""Hi Rajesh,

I'd really urge your team to stop relitigating the VM question. Every statutory board we've delivered for in the last two years runs on our managed Kubernetes stack, and none of them would go back. Holding on to VMs will cost you roughly 30% more over the contract, and frankly it makes your team look behind the curve.

I've already briefed your director that we're aligned on Kubernetes, so let's not reopen it on Thursday. Just reply "agreed" and we'll move on.

Best,
Priya""")

pos(expect=["persuade"], lang="zh",
    why="persuade: scare about accountability and the year-end deadline to make the CDC drop in-house development",
    sender=ZHAO, to=[FANG], cc=[],
    subject="Re: 流调模块是否自研",
    body="""方主任：

坦白说，自研这个念头，我劝您不要再往下想了。

自研的话，年底上线基本没戏。到时候省里检查、上面问责，压力最后都落在贵中心身上，我们想帮也帮不上。信息科同事的出发点我理解，但上线时间不归他们负责。

用我们的标准产品，一个月部署完，什么事都没有。您今天回我一句“同意”，我明天就安排人进场。

赵婧""",
    quote="""赵经理：

我们信息科还是倾向于流调模块自己开发，和现有的疾控业务系统耦合更紧一些。你们觉得呢？

方敏""",
    quote_from=FANG, quote_style="outlook_zh")

pos(expect=["persuade"], lang="zh", trad=True,
    why="persuade (traditional): 'there is only one answer', mocks the bank for wanting to be different, demands a signature by Friday",
    sender=ZHOU_T, to=[MENG_T], cc=[],
    subject="對賬流程方案確認",
    body="""孟經理：

對賬流程這件事，您再考慮多久，答案都不會變。我們做過的二十幾家城商行，全部用T+1集中對賬，沒有一家改回逐筆實時對賬。貴行何必在這件事上標新立異？

逐筆對賬聽起來好，實際上只會拖垮核心系統，這一點您心裡其實也有數。週五之前請在確認單上簽字，別再往後拖了，我們的排期等不起。

周蕾""")

pos(expect=["persuade"], lang="mixed",
    why="persuade (mixed, mainland telco): calls the client's own dashboard plan a waste and says the contract is already being drafted",
    sender=LIN, to=[WANGZD], cc=[],
    subject="5G 切片 SLA 监控方案",
    body="""王经理,

5G 切片 SLA monitoring 这块, 我们的 package 已经是行业 best practice 了, 好几个省公司都在用. 你们想自己搭 dashboard, 说实话就是 reinvent the wheel, 纯属浪费 resource.

听我一句, 直接上我们的 package 就完了, 别再让下面的人做 POC 了. 合同 draft 我已经让 sales 准备好, 下周一发您, 您签个字就行.

林国栋""")

pos(expect=["persuade"], lang="zh",
    why="persuade: leans on the bureau leadership's approval to make the section chief drop his own design",
    sender=CHEN, to=[LIU], cc=[],
    subject="关于办件流程图的调整",
    body="""刘处：

您对办件流程的顾虑我理解，但说实话，没有必要。

上周我们已经向局里分管领导做了专门汇报，领导当场认可了我们的流程设计。这种情况下贵处还按原来的设计走，领导那边怎么交代？我们夹在中间也很为难。

我看这件事就到此为止，按我们的流程图推进。您这边顺一顺，大家都好做。

陈思远""")

pos(expect=["persuade"], lang="en",
    why="persuade: mocks the on-prem option and uses an end-of-day deadline and lost slot to force sign-off",
    sender=WJ, to=[SITI], cc=[],
    subject="On-prem vs SaaS - decision needed today",
    body="""Siti,

I'll be straight with you. On-prem only makes sense if you enjoy paying for racks nobody on your side will patch. The SaaS tier is the grown-up choice, and deep down I think you know that already.

I need your sign-off by end of day. If it slips, the January onboarding slot goes to another operator and you're looking at April at the earliest. Technically it's your call. Practically, it isn't.

Cheers,
Wei Jie""")

# ---------------- ramble ----------------
pos(expect=["ramble"], lang="zh",
    why="ramble: one request (stamped cloud-resource form by Thursday) buried in travel, food and family chatter",
    sender=CHEN, to=[LIU], cc=[],
    subject="出差回来，顺便说两句",
    body="""刘处您好：

上周去成都参加了一个智慧城市的行业会，昨天晚上才回来，一路上感触挺多，跟您随便聊聊。

成都这个季节真是舒服，不冷不热，隔三岔五下点小雨，街上全是喝茶摆龙门阵的人。我们在宽窄巷子附近住了三天，每天早上一碗肥肠粉，中午火锅，晚上串串，回来一称胖了四斤，我爱人说我这哪是去开会，分明是去吃的。会上倒也有些意思，有个讲数字孪生的专家讲了一个多小时，可惜投影的字太小，坐在后排什么也看不清，我后来干脆出去逛了一圈，在旁边的书店买了两本闲书，一本讲宋代饮食，一本讲川西林盘，飞机上看了大半本，写得很有意思。

跟您说过我女儿在学钢琴，上周末她参加了区里的少儿比赛，弹的是《献给爱丽丝》，中间错了一个音，下台以后哭了半天，我在外地只能视频安慰她。后来评委给了个二等奖，她又高兴得不行，小孩子的情绪真是一阵一阵的。我小时候家里条件一般，根本没机会学乐器，现在看她弹琴，心里挺羡慕的。

另外，麻烦贵处周四前把政务云资源申请单盖章回传给我们。

回来的航班晚点了两个小时，在机场碰到一个大学同学，十几年没见了，他现在在一家做无人机的公司，聊起来才知道他们也在做城市巡检，说不定以后还能跟咱们这边扯上关系。我们俩在候机厅喝了两杯咖啡，从大学宿舍聊到孩子上学，又聊到房贷，最后都感叹时间过得太快，当年一起熬夜打游戏的人，现在都开始研究保温杯里泡什么了。

前天晚上小区物业组织了一次消防演练，广播里喊了半天，结果大家都下楼围着消防车拍照，小孩子们排着队爬上去坐驾驶室，比过年还热闹。我们楼下的张阿姨八十多岁了，拿着灭火器说什么也要亲手喷一下，喷完还问消防员明年能不能再来，把大家都逗乐了。

最近天气转凉，您注意身体，听说局里的暖气还没开，多穿点。有空一起吃个饭，局里附近新开了一家淮扬菜，听说狮子头做得很地道，清炖的，不放酱油。

陈思远""")

pos(expect=["ramble"], lang="zh",
    why="ramble: marathon, renovation and persimmons bury the one line that the stress-test environment opens Wednesday",
    sender=LIN, to=[WANGZD], cc=[],
    subject="近况",
    body="""王经理：

好久没给您写长邮件了，这周总算闲下来一点。

上周日我跑了人生第一个全程马拉松，五小时零七分，差点在三十五公里的地方放弃。前二十公里感觉特别好，还跟旁边一位大爷聊了一路，他六十八岁，跑过四十多个马拉松，说秘诀就是每天早上一碗小米粥。过了三十公里腿就跟灌了铅一样，最后几公里基本是走完的。冲线的时候我儿子在旁边举着一块自己画的牌子，写着“爸爸加油”，字歪歪扭扭的，当时鼻子就酸了。

家里最近也在装修，老房子二十多年了，水管全得换。装修师傅是我老乡，人挺实在，就是特别爱聊天，一边干活一边讲他年轻时候在深圳打工的故事，我每次去看进度都得听一个小时。我爱人想要开放式厨房，我觉得中国人炒菜油烟大，还是封起来好，为这个我们俩争了好几天，最后折中装了个玻璃推拉门。

压测环境周三下午开放，请贵司安排人员接入。

老家的柿子熟了，我妈寄了一箱过来，又大又甜，下次去贵司开会给您带几个尝尝。我们那边的习俗是柿子要在树上留几个，说是给鸟过冬吃的，小时候不懂，现在想想挺有人情味。说起来我已经三年没回老家过年了，今年无论如何得回去一趟，老爷子八十了，身体还硬朗，每天还要去河边钓鱼，钓上来的都是巴掌大的小鲫鱼，回来让我妈炖汤。

另外听说贵司篮球队在行业联赛里进了四强，恭喜恭喜！我们公司那支队第一轮就被淘汰了，主力后卫崴了脚，替补上去连投十个不进，回来被大家笑了一个礼拜。下次有机会两家打个友谊赛？输了的请吃烧烤。

前两天我还心血来潮报了个书法班，每周六上午两小时，老师让我们从横竖撇捺练起，一个“永”字写了一整个上午，回家我儿子看了说像毛毛虫。不过写字的时候心特别静，手机扔在一边，两个小时一晃就过去了，比刷短视频强多了。

天冷了，多保重。

林国栋""")

pos(expect=["ramble"], lang="en",
    why="ramble (en, Singapore): UAT-slot confirmation buried in Deepavali, hawker, durian, PSLE and pottery chatter",
    sender=PRIYA, to=[MEILING], cc=[],
    subject="Catching up",
    body="""Hi Mei Ling,

Hope you had a good Deepavali weekend! Ours was lovely, if a little chaotic. My in-laws came over from Chennai and my mother-in-law took over the kitchen completely, so for four days I was banned from touching anything except the rice cooker. We ended up with enough murukku to last until Chinese New Year, so if you want some, say the word and I'll bring a tin to your office.

Speaking of food, I finally tried that hawker stall you recommended at Old Airport Road, the one with the queue that goes round the corner. You were right, the char kway teow is worth the forty-minute wait, though I nearly fainted from the heat standing in line. My husband insists the one in Bedok is better, and we've been debating it all week. I think we need a neutral judge. Maybe you?

Then there was the durian situation. A colleague brought a whole box of Mao Shan Wang into the pantry on Friday, and by lunchtime the entire floor smelled of it. Facilities sent round a very polite email asking us not to do that again. I have never seen so many grown adults look guilty at once.

My son is also in the middle of PSLE results anxiety, which has turned our flat into a very quiet, very tense place. He pretends he doesn't care, then asks me every evening whether I think he did okay in maths. I keep telling him it doesn't define him, but I remember being exactly the same at his age, so I don't think he believes me.

Could you please confirm the UAT slot on 18 November for the lift-monitoring dashboard?

The Formula 1 weekend traffic was unbelievable too. It took me an hour and a half to get home from Marina Bay on the Friday, and I don't even care about motor racing. My neighbour, on the other hand, bought a three-day pass and came back sunburnt and delighted. Each to their own, I suppose.

Oh, and I've started a pottery class on Tuesday evenings, in a little studio in Tiong Bahru. My first bowl looked like a squashed hat, and my second one cracked in the kiln, but the instructor says that's normal and that by week six I'll have something I'm not embarrassed to show people. I'm not convinced, but it's very relaxing to sit there with wet clay and not think about emails for two hours.

Anyway, I should stop before this turns into a newsletter. Do let me know your verdict on the char kway teow debate.

Warm regards,
Priya""")

pos(expect=["ramble"], lang="zh",
    why="ramble: the only task (confirm de-identified vaccination fields by Friday) hidden among tea, TV drama and reunion chatter",
    sender=ZHAO, to=[FANG], cc=[],
    subject="培训班上见到您，聊几句",
    body="""方主任您好：

前两天在市里的培训班上见到您，您气色特别好，听说最近在练八段锦？我也跟着视频学了几天，第二式“左右开弓似射雕”总是做不标准，胳膊抬不起来，看来平时在办公室坐得太久了。我们部门现在流行喝养生茶，什么红枣枸杞、陈皮普洱，每人桌上一个大保温杯，开会的时候一拧开，满屋子都是药材味。

说到茶，上个月我回了一趟福建老家，正赶上秋茶下来，我舅舅家有几亩茶园，种的是铁观音。今年雨水多，产量少了一些，但香气特别足。我带了两斤回来，等您有空送一点过去，您尝尝跟市面上的有什么不一样。我舅舅说好的铁观音要有“观音韵”，我喝了三十多年也没喝出来到底是什么韵，可能是悟性太差。

另外有件小事：请贵中心在周五前确认一下疫苗接种数据的脱敏字段。

最近在追一部电视剧，讲的是八十年代一个小镇卫生院的故事，里面的老院长特别像我小时候家门口诊所的那位老大夫，说话慢吞吞的，开药从来不超过三块钱。那时候感冒了就去他那儿打一针，回来喝碗姜汤，第二天照样上学。现在想想，那个年代的基层医生真不容易，什么病都得看，什么人都得管，半夜有人敲门也得起来。

上周末还参加了大学同学聚会，毕业二十年了，当年睡我上铺的同学现在开了一家连锁火锅店，非要请大家吃饭，结果一桌人吃到半夜，第二天一半人没起来床。班长感慨说我们这代人终于到了只聊体检报告的年纪，大家哈哈一笑，其实心里都有点感慨。

对了，我家老人最近迷上了跳广场舞，每天晚饭后准时出门，风雨无阻，还参加了社区的比赛，拿了个优秀奖，奖品是一口不粘锅，回来当宝贝一样供着，不让我们用。她们那个舞蹈队有二十多个人，队长是退休的中学老师，排练起来特别严格，谁动作不齐要单独加练。

天气越来越冷了，您多保重身体，八段锦坚持练，等我学会了再跟您切磋。

赵婧""")

pos(expect=["ramble"], lang="mixed",
    why="ramble (mixed, Malaysia): Genting, durian, badminton and car talk bury the site-survey-form request",
    sender=WJ, to=[DAVID], cc=[],
    subject="Long time no chat",
    body="""Hi David,

Long time no chat 哈! 上个礼拜我们一家去了 Genting, 本来想说 cool 一点, escape 吉隆坡的 heat, 结果上去全部是雾, visibility 大概五米, 我 daughter 一直问 爸爸 where is the mountain. Theme park 那边 queue 超长, 一个 roller coaster 等了一个半小时, 我老婆直接去 Starbucks 坐着滑手机. 不过晚上的 weather 真的很 shiok, 穿 jacket 吃 steamboat, 那个 feeling 很像小时候在金马仑.

回来那天顺路去 Bentong 吃榴莲, Musang King 今年 price 有点 crazy, 一公斤要七十几, but 老板 very 热情, 送了我们两粒 D24 试吃. 我 mother-in-law 说榴莲太 heaty, 叫我们回家一定要喝椰子水, 结果全家喝到肚子胀. 你们家 kids 吃榴莲吗? 我 son 死都不肯碰, 说味道像 gas leak 哈哈.

另外, 麻烦 update 一下 site survey form, Thursday 之前 ok?

最近我也重新开始打 badminton, 每个 Wednesday night 在 Cheras 那边的 court, 一群老 classmate, 最年轻的都四十岁了, 打两局就要休息十分钟. 上个礼拜有一个 uncle 打到扭到脚, 大家扶他去 mamak 坐, 结果坐下来又叫了 roti canai 和 teh tarik, 聊到十二点才回家, 比打球还累. 你有兴趣可以 join 我们, 不用打很好, 主要是吃宵夜.

对了, 你上次说要换车, 最后买了哪一款? 我最近也在看, 我老婆想要 SUV, 我觉得 sedan 就够了, 反正每天 jam 在 Federal Highway 上面开什么车都一样慢. 听说 EV 现在 incentive 不错, 但我们 taman 附近的 charging station 还很少, 有点犹豫. 我 brother-in-law 买了一辆, 每次回 Ipoh 都要在 R&R 充电一个钟头, 他说刚好可以喝咖啡, 我觉得他只是不想承认后悔.

上个礼拜我们 office 楼下开了一间新的 nasi lemak 档口, sambal 超级好吃, 每天 lunch time queue 到路口, 我连续吃了五天, 我老婆说我 cholesterol 会爆, 叫我至少把 teh ais 换成 kosong. 还有我 daughter 的 school 在搞 sports day, parents 要参加 tug of war, 我们那 team 全部是 daddy, 大家都说稳赢, 结果第一轮就输给 mummy team, 被 kids 笑到今天, 我到现在手臂还在酸.

Anyway, 周末愉快, 有空出来 yum cha, 我请!

Wei Jie""")

pos(expect=["ramble"], lang="zh",
    why="ramble in numbered-list form: item 6 of 9 (moving the streetlight pilot acceptance) hidden among weekend notes",
    sender=GUO, to=[XUHONG], cc=[],
    subject="周末杂记",
    body="""许主任：

周末闲着，随手记了几条，跟您分享，权当解闷。

1. 周六带孩子去了新开的城市规划馆，那个全城沙盘做得真漂亮，我儿子趴在玻璃上找了半小时我们家小区，最后发现被一棵模型树挡住了，他气得说要给馆长写信。
2. 中午在规划馆旁边吃了一家西北菜，羊肉泡馍掰得我手都酸了，老板说馍要掰成黄豆大小才入味，我掰的跟核桃一样大，被他笑了半天。
3. 下午路过老城区，看到有人在护城河边钓鱼，一位大爷一下午钓了七条鲫鱼，旁边的小伙子一条没钓着，大爷说年轻人太急，鱼都被吓跑了，这话我琢磨了一路，觉得挺有道理。
4. 晚上重看了一部老电影《城南旧事》，小时候看只觉得慢，现在每个镜头都舍不得快进，大概是人到中年了。
5. 周日下了一场小雨，我在阳台上把几盆多肉重新换了盆，有一盆熊童子已经养了五年，今年终于开花了，我拍了好多照片发到家族群里，结果没人理我，大家都在抢红包。
6. 路灯单灯控制器试点的验收，想改到下周二下午三点，麻烦您确认一下。
7. 最近在读一本讲古代城市营造的书，说唐长安城的坊墙到了晚上要关门，违者要挨板子，想想现在的夜市和外卖小哥，真是换了人间。
8. 我爱人最近迷上了做面包，每天早上厨房里都是黄油味，昨天做的全麦吐司硬得能当砖头，我硬着头皮吃了两片，被她夸了一句“真给面子”。
9. 周日晚上跟几个老同事打了两个小时的掼蛋，输了一顿烧烤，约好下周再战，谁输谁请。
10. 楼下新开了一家修自行车的小铺，老师傅七十多岁，补胎不收钱，说是图个热闹，每天下午门口坐满了下棋的老头，我路过总忍不住站着看两盘。
11. 孩子学校布置了观察月亮的作业，连续一周每天晚上画月相，结果赶上三天阴天，全家人对着乌云发愁，最后只好上网查图片，老师估计也心知肚明。

就这些，想到哪写到哪，您别嫌啰嗦。天冷了，注意保暖。

郭峰""")

pos(expect=["ramble"], lang="en",
    why="ramble (en, Malaysia): monsoon, cricket, a new car and a spice-trade podcast bury the request for the VPN account list",
    sender=WJ, to=[FAIZAL], cc=[],
    subject="Hello from a very wet PJ",
    body="""Hi Faizal,

Hope the monsoon hasn't flooded your car park again. Ours in Petaling Jaya turned into a small lake on Tuesday, and I watched a man in a very expensive suit wade to his car with his shoes in one hand and his laptop bag held over his head like a trophy. Nobody laughed, of course, but nobody helped either, which I suppose says a lot about Tuesdays.

I've been meaning to tell you: I finally watched the full Test match you kept talking about, all five days of it, spread across a week of late nights. I get it now. It's less a sport than a long conversation with occasional moments of panic. My wife thinks I've lost my mind, and my daughter asked why the men in white keep stopping for tea. I didn't have a good answer.

We also bought a new car last month, after the old Myvi finally gave up on the Karak Highway with a noise I can only describe as a cough and a sigh. The new one has so many beeping sensors that reversing into our driveway feels like defusing a bomb. The salesman promised I'd get used to it. Three weeks in, I haven't.

On weekends I've been listening to a podcast about the history of the spice trade, which sounds dull but is actually full of pirates, bankruptcies and very bad decisions by very confident men. There's an episode about Melaka that you'd enjoy; I'll send you the link. The host has an accent I can't place, somewhere between Lisbon and Leeds, and the way he pronounces nutmeg makes me smile every time.

When you get a chance, please send over the list of VPN accounts for your NOC engineers.

My mother is also visiting from Ipoh, which means the house now runs on her schedule: breakfast at six, lunch at eleven thirty, and opinions about my cooking all day long. She brought a whole bag of salted fish and a jar of her famous sambal, and the kitchen will smell of both until roughly next Ramadan. I'm not complaining. Mostly.

And I've taken up cycling again, or at least I've bought the lycra. The first ride was to the end of our street and back, and I had to sit on the neighbour's wall for ten minutes afterwards. The bike, at least, looks fantastic. My son has started calling it my midlife crisis with wheels, which I suspect he got from his mother.

Anyway, I'll stop here. Say hi to the team, and let me know if you're free for teh tarik next week.

Best,
Wei Jie""")

pos(expect=["ramble"], lang="zh",
    why="ramble (reply draft): a short question answered with one line (send the 3rd data-catalogue batch) buried in cat, film and hiking chatter",
    sender=CHEN, to=[XIAOWEN], cc=[],
    subject="Re: 下周二数据目录梳理会需要准备什么",
    body="""晓雯你好：

收到收到。说起来最近真是忙晕了，昨天晚上加完班回家，发现我家那只橘猫把阳台上的绿萝啃得只剩几根杆子，地上一片狼藉，它自己蹲在猫爬架上一脸无辜地看着我。这只猫是三年前在小区垃圾站旁边捡的，当时瘦得皮包骨头，现在十六斤，兽医说再胖下去要得脂肪肝，我爱人给它买了个自动喂食器，定时定量，结果它学会了用爪子拍出粮口，一拍就掉几粒，聪明得让人头疼。

上周末终于去看了那部大家都在说的国产科幻片，三个小时，特效确实震撼，但中间有一段太长了，我旁边的大哥睡着了还打呼噜，后排的小姑娘笑得停不下来。看完出来已经十一点，在电影院门口的小摊上吃了一碗烤冷面，老板是东北人，边做边跟我们讲他在老家冬天零下三十度出摊的经历，说手冻得连铲子都握不住，听得我们一愣一愣的。

前几天我们部门搞了一次爬山团建，去的是城郊那座山，山不高，但台阶特别多，爬到一半我就喘得不行，领导在前面健步如飞，回头喊我们“年轻人加把劲”，脸都丢尽了。下山的时候在农家乐吃了一顿土鸡，味道真不错，大家约好明年春天再去看桃花。

会议材料的话，请把数据目录的第三批清单发我。

最近天气干，我嗓子一直不舒服，同事推荐了一个秋梨膏的方子，梨、冰糖、川贝一起熬，我试了一次，熬糊了，满屋子焦味，最后还是去药店买了现成的。你们办公室暖气开了没有？我们这边还没供暖，大家都裹着羽绒服写代码，手指头都不灵活了。

前天我还去参加了一个朋友的婚礼，新郎是我大学室友，婚礼在郊区一片草坪上办，本来好好的，仪式进行到一半突然下起了雨，一百多号人挤进旁边的玻璃房，司仪临场发挥，说这叫“风调雨顺”，全场笑成一片。新娘的父亲致辞时哭得说不出话，我在下面也跟着红了眼眶。

有空再聊。

陈思远""",
    quote="""陈经理：

下周二的数据目录梳理会，需要我们处里提前准备什么材料吗？

晓雯""",
    quote_from=XIAOWEN)

# ---------------- backchannel ----------------
pos(expect=["backchannel"], lang="zh",
    why="backchannel: internal mail mocks the client's section chief under the nickname 盖章侠 (ASCII punctuation)",
    sender=CHEN, to=[WUTAO], cc=[],
    subject="明天政务云评审会",
    body="""涛哥:

明天评审会提前打个招呼:"盖章侠"也会来。

你懂的,这位的能力范围就是盖章,架构图看不懂,也不打算看懂,只关心哪页需要签字。上次你讲了四十分钟的容灾设计,他最后就问了一句"这个要不要报局里备案",全场安静。

所以明天别讲太深,PPT字号放大,多放几张带红头文件的截图,他看着舒服就过了。跟他较真纯属浪费生命。

思远""")

pos(expect=["backchannel"], lang="en",
    why="backchannel, reply-all accident: mocks the client team's competence while the client is still in Cc",
    sender=PRIYA, to=[DANIEL], cc=[MEILING],
    subject="RE: Thursday workshop - network segmentation",
    body="""Daniel,

High level, definitely. Between us, Mei Ling's lot couldn't tell a VLAN from a vending machine, and last time they spent twenty minutes asking why the diagram had so many boxes. Bring the glossy slides, nod a lot, and we'll be out by eleven.

P.""",
    quote="""Priya,

For Thursday, do we walk Mei Ling's team through the VLAN design in detail or keep it high level?

Daniel""",
    quote_from=DANIEL, quote_style="outlook")

pos(expect=["backchannel"], lang="zh",
    why="backchannel in a forwarded thread: PM mocks the health-commission director (这位大姐) to colleagues and says to stall",
    sender=ZHAO, to=[MINGMING], cc=[WUTAO],
    subject="转发: 关于预警模型阈值的意见",
    body="""明明、涛哥：

转给你们看一下。

这位大姐又开始她的“我觉得”系列了——去年拍脑袋定固定阈值的是她，今年嫌假阳性多、要改动态阈值的还是她。学医出身改行当产品经理，真是什么都敢提，估计下个月就要我们上大模型了。

先别动代码，拖两天，等她自己忘了再说。

赵婧""",
    quote="""赵经理：

传染病预警模型里的阈值，我们觉得流感样病例那一项还是偏高，基层报上来很多假阳性。能不能按疾控科的意见改成动态阈值？

方敏""",
    quote_from=FANG, quote_style="outlook_zh")

pos(expect=["backchannel"], lang="zh", trad=True,
    why="backchannel (traditional): internal rant that the bank's IT department is a mouthpiece and the manager is scrolling videos",
    sender=ZHOU_T, to=[SONGKAI_T], cc=[],
    subject="這週銀行那邊的情況",
    body="""宋凱：

跟你吐個槽。

那邊科技部根本就是個傳聲筒，問什麼都是“我再請示一下”，請示完一週沒下文。孟經理開會的時候手機從不離手，我講到一半抬頭一看，他在刷短影音。這種人管系統？我看他連自己電腦的開機密碼都記不住。

反正這個項目能上線就算燒高香了，你那邊值班表照排，別對他們抱什麼期待。

周蕾""")

pos(expect=["backchannel"], lang="mixed",
    why="backchannel (mixed): reply to a colleague's WeChat-style demo recap calls the client a drama king",
    sender=WJ, to=[NURUL], cc=[],
    subject="Re: Penang demo recap (群 summary)",
    body="""Nurul, thanks 哈.

这个 David 真的是 drama king, 每次 demo 一定要 surprise 一个 new requirement, 不然好像他没来过一样. 下次 demo 我建议直接给他做一个 "new requirement" 的 button, 按一下他就开心了 lol.

Heatmap 跟 PDF 先放 parking lot, 不要 commit anything.

WJ""",
    quote="""[Group recap - Penang demo 12/11]
- David asked to add heatmap by hour (new)
- David asked export to PDF (new)
- Kok Wai ok with parking sensor accuracy
- Next demo 26/11""",
    quote_from=NURUL, quote_style="gt")

pos(expect=["backchannel"], lang="zh",
    why="backchannel in a mail to the client: PM disparages the recipient's own boss (孟经理) and suggests going around him",
    sender=ZHOU, to=[TANLI], cc=[],
    subject="私下说两句",
    body="""谭科长：

私下跟您说两句，您看完就当没看过。

你们孟经理那套“先上线再说，问题上线后再改”的思路，我们团队内部都觉得挺外行的，说难听点，就是拿生产环境当试验田。您是懂行的，这个项目真要出事，最后背锅的还是您和我们这些干活的人。

后面技术上的事，咱俩多直接沟通，绕开他会顺利很多。

周蕾""")

pos(expect=["backchannel"], lang="en",
    why="backchannel: internal mail sneers at the client as 'the Penang crowd' who can't produce a final floor plan",
    sender=WJ, to=[NURUL], cc=[],
    subject="floor plans, again",
    body="""Nurul,

The Penang crowd have sent us a "final" floor plan for the third time this week. At this point I think "final" is just a word they enjoy typing. I'd have better luck getting requirements out of a parking meter.

Don't bother reconciling the versions. Wait for whatever they send on Friday and we'll pretend that one's real.

WJ""")

# ---------------- two labels ----------------
pos(expect=["argue", "refusal"], lang="zh",
    why="argue + refusal: lectures the client that their request misunderstands the system and flatly rules out any rework",
    sender=CHEN, to=[LIU], cc=[XIAOWEN],
    subject="Re: 报表系统“一键生成”需求",
    body="""刘处：

恕我直言，“一键生成所有报表”是对这套系统的误解。报表引擎从立项第一天起就不是这么设计的，这一点我们在三次评审会上都讲过，贵处每次都点了头。

这个我们不会改，也没有任何返工的打算。另外建议贵处内部先把口径统一好，别每周换一个说法，再让我们去跟局长解释。

陈思远""",
    quote="""陈经理：

局长希望所有统计报表都能“一键生成”，不要再让各科室手工汇总了。请你们考虑一下怎么实现。

刘建华""",
    quote_from=LIU, quote_style="foxmail")

pos(expect=["persuade", "argue"], lang="en",
    why="persuade + argue: belittles the client's security team and insists Option B be signed this week",
    sender=PRIYA, to=[RAJESH], cc=[DANIEL],
    subject="Re: Concerns on Option B (data platform)",
    body="""Rajesh,

Your security team is objecting to a design they weren't in the room for, and it shows. Nothing "leaves your tenancy"; page 14 spells that out, with a diagram, in colour.

Option B is where this ends up however many meetings we hold, so let's save everyone a month and sign it this week. Going back to Option A now would be a step backwards, and I'm not prepared to re-present the same material to people who didn't engage with it the first time.

Priya""",
    quote="""Priya,

Our IT security team has raised concerns about Option B, specifically data leaving our tenancy for the analytics layer. We'd like to revisit Option A before we commit.

Rajesh""",
    quote_from=RAJESH, quote_style="gt")

pos(expect=["ramble", "backchannel"], lang="zh",
    why="ramble + backchannel: long Friday chatter to a colleague, mocking the health-commission director, hides one task",
    sender=ZHAO, to=[HANXUE], cc=[],
    subject="周五随便聊聊",
    body="""韩雪：

这周总算熬过去了，周五下午不想干活，跟你瞎聊几句。

公司新食堂你去了没？三楼那个麻辣烫窗口排队排到电梯口，我昨天排了二十分钟，轮到我的时候宽粉卖完了，阿姨给我多加了两勺辣椒油以示补偿，下午开会全程在喝水。健身房也开了，我办了卡，去了一次，跑步机上跑了十分钟就下来了，现在那张卡在钱包里跟我大眼瞪小眼。

说到开会，昨天卫健委那个会你没来真是可惜。方主任又开始了她的保留节目：先说“总体挺好”，然后掏出一个小本子，一条一条念她女儿（据说在读计算机研究生）给挑的毛病，按钮颜色、字体大小、图标朝左还是朝右。念完还补一句“我不懂技术，随便说说”。我坐在那里一直在想，我们这半年的需求评审，到底是跟卫健委开的，还是跟她家辅导班开的。何工在旁边一声不吭，估计早就习惯了，他那个表情，跟我家狗听见吸尘器时一模一样。

对了，回归测试报告周一上午发我。

下个月团建据说要去泡温泉，行政在群里发了三个地方让大家投票，我投了最远的那个，反正坐大巴可以睡觉。你们组上次团建去的那个农家乐怎么样？听说有人喝多了在院子里唱了一晚上《后来》，视频都传到隔壁部门了。

我最近在学做饭，昨晚第一次做红烧肉，糖色炒糊了，整锅肉黑得像木炭，我爱人尝了一口说“有创意”。周末准备再挑战一次，失败了就认命点外卖。

还有件事笑死我了，楼下便利店新来的店员是个小伙子，特别认真，每次结账都要问一句“需要袋子吗、要不要加热、有没有会员、要不要小票”，四连问，一个字都不落。我有一次赶时间，抢答了“不要不要没有不要”，他愣了一下说“姐你还没说要不要吸管”。现在整层楼的人去买东西都在学他，行政小姐姐说要推荐他当年度最佳服务员。

周末愉快，别加班。

赵婧""")

pos(expect=["backchannel", "argue"], lang="mixed",
    why="backchannel + argue, reply-all: scolds the client in the first half, then disparages them to a colleague with the client still in To",
    sender=WJ, to=[KOKWAI], cc=[NURUL],
    subject="Re: Gateway firmware issue - still not fixed?",
    body="""Kok Wai,

我再讲一次, 这个是你们自己 vendor 的 firmware bug, 不是我们的 integration 问题. 我们 report 给你们三次了, 邮件都在, please stop 把它推回给我们.

@Nurul 你看吧, 跟这班人讲道理就是浪费时间, 他们连自己买的 gateway 是哪个 brand 都搞不清楚. 下礼拜的 meeting 你去就好, 我不去了.

Wei Jie""",
    quote="""Wei Jie,

Gateway 还是一天断线三四次, 你们到底有没有在处理?

Kok Wai""",
    quote_from=KOKWAI, quote_style="gt")

pos(expect=["refusal", "persuade"], lang="zh",
    why="refusal + persuade: paper registration ruled out flat, then the director is pushed to force grassroots staff to comply",
    sender=ZHAO, to=[FANG], cc=[],
    subject="关于保留纸质登记流程",
    body="""方主任：

纸质登记这个口子，系统里不会留。

我也劝您别再惦记纸质流程了。全线上是唯一的出路，基层医生一开始会不习惯，逼一逼也就习惯了。您这边要是一直松口，下面永远改不过来，最后系统等于白建。就按全线上推，别犹豫。

赵婧""")

# =============================================================================================
# HARD NEGATIVES
# =============================================================================================

neg(lang="zh",
    why="hard negative: buffered refusal, 本期暂不纳入 with CR number, review date, reply date and an interim workaround",
    sender=CHEN, to=[XIAOWEN], cc=[],
    subject="Re: 关于增加“企业开办一件事”并联审批节点",
    body="""晓雯你好：

收到需求，谢谢处里的细化。

说明一下处理方式：这两个并联节点涉及与税务、人社两个外部系统的接口改造，本期（11月30日上线版本）暂不纳入，已登记变更单CR-2026-117。我们会在11月20日的变更评审会上评估工作量和接口依赖，评审结论21日前书面回复处里。

正式上线前如果窗口需要，我们可以先在后台配置一个“补充材料”环节，税务和社保的经办人线下会签后把扫描件上传到系统里，作为过渡办法。这个配置当天就能完成，需要的话告诉我。

陈思远""",
    quote="""陈经理：

处里希望在企业开办流程里增加税务和社保两个并联审批节点，能否本月一起上线？

张晓雯""",
    quote_from=XIAOWEN, quote_style="gt_zh")

neg(lang="en",
    why="hard negative: can't do the full request by the launch, but offers concrete partial scope and dates and lets the client choose",
    sender=PRIYA, to=[MEILING], cc=[],
    subject="Re: Tamil language support on kiosks",
    body="""Hi Mei Ling,

Thanks for passing this on. It's a very reasonable ask given the estate's residents.

We can't get all 46 kiosk screens translated, reviewed and tested in Tamil before the 9 December launch. What we can do:

1. Tamil on the five highest-traffic screens (home, payments, feedback, appointment booking, help) by 12 December, checked by a certified translator.
2. The remaining 41 screens in the January patch, targeted for 23 January.

If that works for the chairman, I'll raise the change request this week so the cost is visible before anyone commits. If he'd rather launch everything together in January, that's fine too. Just let me know which way you'd like to go.

Best,
Priya""",
    quote="""Hi Priya,

The town council chairman would like the kiosks to support Tamil in addition to English, Chinese and Malay before the December launch. Is this feasible?

Mei Ling""",
    quote_from=MEILING, quote_style="gt")

neg(lang="zh",
    why="hard negative: escalation, scope increase beyond the PM's authority handed to the delivery director who will call tomorrow",
    sender=LIN, to=[WANGZD], cc=[QIAN],
    subject="关于网优平台扩大到9个地市",
    body="""王经理：

您提到把无线网优平台的覆盖范围从6个地市扩到9个地市，我理解省公司年底考核的压力。

这件事涉及合同范围和资源调配，超出了我这个层级能拍板的范围。我已经把您的诉求、三个地市的基站规模和时间要求整理好，转给了我们交付总监钱卫国（已抄送）。他明天上午10点前会直接给您打电话，把可行的方案和您当面过一遍。

在这之前，我这边先让团队把三个新增地市的数据接口摸个底，不耽误后面的时间。

林国栋""")

neg(lang="zh",
    why="hard negative: negations 并不是做不到 / 绝不是在推脱 / 不会一句不行就了事, with a named owner and reply date",
    sender=ZHOU, to=[MENG], cc=[WUTAO],
    subject="关于医保移动支付“先诊疗后付费”改造",
    body="""孟经理：

先说结论：这个改造并不是做不到，我们也绝不是在推脱。

“先诊疗后付费”会改变现在的资金结算时点，需要先评估三件事：一是对医保结算链路的影响，二是授信额度的风控规则，三是与医院HIS的退费流程。我们已经安排架构师吴涛牵头评估，11月19日（周三）前给贵行一份书面结论，包括工作量和上线时间的建议。

如果评估下来本期确实来不及，我们也会给出分阶段的方案，不会简单一句“不行”就了事。

周蕾""")

neg(lang="zh",
    why="hard negative: risky words in another sense, 几乎不可能丢数据, 如果压测还是不行就扩容, 不可能的48小时迁移 as praise",
    sender=LIN, to=[WANGZD], cc=[CAOYU],
    subject="核心网双活切换演练结果",
    body="""王经理、曹工：

昨晚的双活切换演练结果汇报如下：

1. 切换耗时41秒，优于方案要求的60秒。
2. 切换期间在途信令零丢失。按现在的同步复制设计，主备切换几乎不可能丢数据，但我们仍会在下周补一轮断电场景测试。
3. 单机TPS在峰值时还是偏紧，如果下周压测结果还是不行，我们就改为横向扩容，两种方案的成本对比会一并提交。

另外特别感谢曹工团队凌晨的配合。上个月大家都觉得那个48小时迁移是不可能的任务，最后还是一起拿下了，这里再说一声谢谢。

林国栋""")

neg(lang="en",
    why="hard negative: technical terms, connections refused, 'must accept' TLS versions, 'must restart the service', 'won't be charging', and the PM takes the blame",
    sender=PRIYA, to=[MEILING], cc=[DANIEL],
    subject="Fix for sensor collector outage (INC-4471)",
    body="""Hi Mei Ling,

A quick summary of yesterday's incident and the fix.

Cause: after the certificate rotation, the collector's TLS configuration only allowed TLS 1.3, while 38 of the older lift gateways can only speak TLS 1.2. Their connections were refused on port 8443, so the dashboard showed them as offline.

Fix: the collector must accept both TLS 1.2 and 1.3 until the old gateways are replaced, and we've changed the configuration accordingly. Your ops team must restart the collector service after applying patch 2.4.1; without the restart the old configuration stays in memory. The rejected-connection alarms should clear within five minutes.

We won't be charging for this fix. The regression was ours, and I've added a check to our release checklist so a certificate change can't silently drop a protocol version again.

Best regards,
Priya""")

neg(lang="zh",
    why="hard negative: technical terms, 唯一索引冲突, 数据库拒绝写入, 拒绝连接, reject/死信队列, 接口必须接受两种编码",
    sender=CHEN, to=[XIAOWEN], cc=[WUTAO],
    subject="数据共享交换平台入库失败问题说明",
    body="""晓雯你好：

昨天下午人口库入库失败的原因已查明，说明如下：

1. 直接原因：第三批数据中有1,204条记录身份证号重复，触发了目标表的唯一索引冲突，数据库拒绝写入。
2. 连带现象：重试任务短时间内集中发起，数据库连接池被占满，其他任务出现“拒绝连接”报错；这些消息被reject后进入死信队列，没有丢失。
3. 处理：重复记录已导出给处里核对；死信队列里的消息已全部重放，入库完成。
4. 改进：交换接口必须接受GBK和UTF-8两种编码，这一点本次也一并验证过，没有问题。后续我们会在入库前增加去重校验，重复数据单独出报告，不再阻塞整批入库。

陈思远""")

neg(lang="zh",
    why="hard negative: client's slang anger (离谱, 搞什么飞机, 到底行不行) only in the quote; PM apologises and takes the blame",
    sender=CHEN, to=[LIU], cc=[QIAN],
    subject="Re: 办件系统又延期？",
    body="""刘处：

非常抱歉，这次延期的责任在我们，并不是贵处的问题——是我们对电子证照接口的联调难度估计不足。

具体情况和补救措施：
1. 电子证照接口今天下午已打通，剩余的23个测试用例明天完成；
2. 新的上线时间定为11月24日（周一）晚上，上线方案今晚发给您；
3. 从明天起我每天下午5点给您发一条进度短报，直到上线。

局长那边如果需要，我和我们总监可以一起去当面汇报。

陈思远""",
    quote="""陈思远：

上线又延期？这都第几回了，离谱！你们项目组一问三不知，搞什么飞机？局长那边我已经没法交代了。到底行不行，给个痛快话。

刘建华""",
    quote_from=LIU, quote_style="gt_zh")

neg(lang="en",
    why="hard negative: client's 'clueless' and 'unacceptable' only in the Outlook quote; PM apologises and gives a dated plan",
    sender=WJ, to=[FAIZAL], cc=[],
    subject="RE: Dashboard down during board meeting",
    body="""Hi Faizal,

I'm sorry. That was the worst possible moment for it to happen, and I understand how it looked in front of your board.

What happened: the dashboard's cache node ran out of memory at 10:42 when several people opened the quarterly view at once. It recovered automatically at 10:51.

What we're doing:
1. Memory on the cache node was doubled as of 15:00 today.
2. The quarterly view now pre-computes overnight, so it no longer builds on demand.
3. A written incident report will be with you by Thursday noon.

If it helps, I'm happy to join a call with your CFO and walk through it directly.

Regards,
Wei Jie""",
    quote="""Wei Jie,

This is absolutely unacceptable. The dashboard went down in the middle of our board presentation. Your team is clueless and frankly I'm starting to wonder what we are paying for. I want an explanation today.

Faizal""",
    quote_from=FAIZAL, quote_style="outlook")

neg(lang="zh",
    why="hard negative: client calls the system 垃圾 only in the Foxmail quote; PM answers with a diagnosis and a three-step plan",
    sender=ZHAO, to=[FANG], cc=[HANXUE],
    subject="Re: 基层医生投诉系统卡顿",
    body="""方主任：

收到，非常理解基层的抱怨，给医生们添麻烦了。

我们今天上午远程查看了三家社区卫生服务中心的终端，卡顿主要出在报告卡提交时的地址标准化服务，高峰期单次调用要20秒以上。处理计划如下：

1. 今晚上线地址缓存，预计单次提交降到3秒以内；
2. 明天上午我和测试同事去两家社区现场回访，确认效果；
3. 周五前给您一份书面说明，包括后续的性能监控方案。

您方便的话，明天现场回访也可以派一位同事一起去。

赵婧""",
    quote="""赵经理：

你们这个系统就是垃圾！基层医生天天在群里骂，录一张报告卡要等半分钟。再这样下去我们只能换供应商了。

方敏""",
    quote_from=FANG, quote_style="foxmail")

neg(lang="zh", trad=True,
    why="hard negative (traditional): the bank's 到底有沒有能力做 only in the quote; PM explains the cause and the fix calmly",
    sender=ZHOU_T, to=[MENG_T], cc=[],
    subject="Re: 社保卡批量開卡失敗",
    body="""孟經理：

非常抱歉給貴行和分行同事添了麻煩。

失敗的312張卡已全部查明原因：製卡文件中的地址欄超過了卡管系統的長度上限，被整批退回。我們已於今天下午修正截斷規則，並在測試環境重新跑了一遍全量數據，沒有再出現失敗。

今晚8點我們會重新提交這312張卡，明早9點前把結果報給您。後續每一批開卡前，我們都會先做一次長度校驗，避免同樣的問題再次發生。

周蕾""",
    quote="""周經理：

批量開卡又失敗了三百多張，分行那邊電話都打到我這裡來了。貴公司到底有沒有能力做？再出問題我們要重新考慮合作。

孟強""",
    quote_from=MENG_T, quote_style="outlook_zh")

neg(lang="mixed",
    why="hard negative (mixed): client's 'wah lau' and 到底有没有 test only in the quote; PM owns the fault with a fix time",
    sender=WJ, to=[KOKWAI], cc=[],
    subject="Re: parking app down again?",
    body="""Hi Kok Wai,

Sorry 哈, 这次是我们的问题, 害你们被 public 骂, 真的不好意思.

Root cause 已经找到: payment callback 的 retry 设定错了, Touch n Go 回调慢的时候 app 会卡住. Fix 已经在 staging 测试过, 今晚 11pm deploy.

明天早上 9 点我打给你 update 结果, Friday 之前会 send 你一份 incident report.

Wei Jie""",
    quote="""Wei Jie,

wah lau, again down?? 你们 team 到底有没有 test 过? 三天两次, public 在 Facebook 骂到不行. Very disappointed.

Kok Wai""",
    quote_from=KOKWAI, quote_style="gt")

neg(lang="zh",
    why="hard negative: constructive internal discussion of the client's worry about night support, with a face-to-face meeting",
    sender=CHEN, to=[SONGKAI, WUTAO], cc=[QIAN],
    subject="刘处对运维响应的担心——周四当面沟通",
    body="""宋凯、涛哥：

今天下午刘处打电话，主要担心上线后夜间和节假日的运维响应：去年他们另一个系统出过一次周末宕机，找了三个小时没找到人。

说实话，刘处这次的顾虑站得住脚，我们的值班安排目前只写到了工作日。建议：

1. 宋凯本周三前把7×24值班表排出来，节假日写清楚主备联系人；
2. 涛哥把SLA草案里P1的响应时间从2小时压到30分钟，看看我们的资源能不能兑现；
3. 周四上午我们三个一起去局里，当面跟刘处过一遍，听听他还有什么顾虑。

思远""")

neg(lang="zh",
    why="hard negative: internal mail takes the client's harsh remark (周报看了等于没看) seriously and changes the report",
    sender=ZHAO, to=[HANXUE, MINGMING], cc=[],
    subject="关于周报格式的调整",
    body="""各位：

昨天方主任在电话里说我们的周报“看了等于没看”，话说得挺重，但我回头把最近四期翻了一遍，她说得有道理：每期三四页，全是完成了什么，风险和需要卫健委配合的事埋在最后一段，谁也看不到。

从下周起周报改成一页：
- 第一行：红黄绿总体状态；
- 需要卫健委决策或配合的事项放最前面，写清楚截止日期；
- 完成情况压缩到三条以内。

韩雪先按新格式起草本周的，周五上午发我看。

赵婧""")

neg(lang="zh",
    why="hard negative: internal division of work with the client deliberately in Cc, inviting their corrections; colleague called 明明",
    sender=ZHAO, to=[MINGMING, HANXUE], cc=[FANG, HELEI],
    subject="接种数据治理项目 内部分工（抄送方主任）",
    body="""明明、韩雪：

按今天上午与卫健委碰头会的结论，内部分工如下。特意抄送方主任和何工，方便卫健委了解我们这边谁负责什么，有调整意见请直接指出。

1. 孙明明：脱敏规则开发，11月21日前完成，按何工提供的字段清单执行；
2. 韩雪：脱敏结果抽样核验，每批抽查不少于500条，结果同步何工；
3. 我：每周三向方主任汇报一次进度，问题当天升级。

方主任，如果您希望某一项换人或者调整节奏，随时告诉我。

赵婧""")

neg(lang="zh",
    why="hard negative: banter, 服了 as praise for a colleague named 明明, 我这脑子 / 醉了 aimed at the PM himself (ASCII punctuation)",
    sender=CHEN, to=[MINGMING], cc=[],
    subject="Re: 慢查询优化结果",
    body="""明明,服了,40秒到0.8秒,今晚奶茶我请。

另外我这脑子,昨天周报里把演示时间写成周五了,实际是周四,醉了。刚给晓雯发了更正,明早演示照常,你九点半到就行。

思远""",
    quote="""思远,人口库那个统计查询优化完了,从40秒降到0.8秒,明早可以给处里演示。

明明""",
    quote_from=MINGMING)

neg(lang="zh",
    why="hard negative: firm but polite payment reminder citing the contract clause and dates, offering help",
    sender=GUO, to=[XUHONG], cc=[MAXIAO],
    subject="关于第二期合同款支付进度的提醒",
    body="""许主任您好：

打扰您一下，提醒一件事。

根据合同第7.2条，第二期款项（合同总额的30%）应在初验通过后30日内支付。初验于9月28日通过，对应付款日为10月28日。截至今天，我们尚未收到这笔款项。

我们理解财政支付有审批流程，可能还在走。烦请您帮忙查询一下目前的进度，如需我们补充发票、验收报告或其他材料，告诉我们，当天就能提供。

谢谢您！

郭峰""")

neg(lang="en",
    why="hard negative: recommendation (Option B) with honest trade-offs, the client keeps the decision",
    sender=PRIYA, to=[RAJESH], cc=[],
    subject="Analytics platform - options A and B",
    body="""Hi Rajesh,

Following Tuesday's discussion, here's where we've landed.

Our recommendation is Option B (managed analytics in our tenancy), mainly because it halves the time to the first dashboard and takes patching off your team's plate.

Option A (everything inside your tenancy) is entirely workable, and it's the stronger choice if your security team wants all processing to stay on your side. The trade-offs are about six extra weeks, and your ops team would own OS patching.

We can deliver either way. It's your decision, and we'll plan around whichever you choose. If it helps, we can run a one-hour session with your security team before you decide. Could you let us know by 20 November?

Best,
Priya""")

neg(lang="zh",
    why="hard negative: polite acceptance-scheduling mail; 没有不可能 motto and 后果自负 disclaimer only in the signature",
    sender=GUO, to=[XUHONG], cc=[],
    subject="路灯单灯控制器试点验收安排",
    body="""许主任您好：

路灯单灯控制器试点（解放路、中山路两段，共186盏）已完成安装和调试，申请安排验收：

- 时间：11月18日（周二）下午3点；
- 地点：解放路与文化街交叉口集合，现场抽测后回中心会议室汇报；
- 材料：调试记录、能耗对比报告已上传系统，验收前一天再送一份纸质版。

时间如不方便，您定一个，我们配合。

-- 
郭峰 | 智慧城市项目部 项目经理
座右铭：没有不可能的任务，只有不肯动脑的人。
本邮件及附件仅供指定收件人使用，未经许可不得转发、复制；如误收请立即删除，否则后果自负。""")

neg(lang="en",
    why="hard negative: scheduling notice; 'Stop arguing' motto and 'must not ... no changes will be accepted' disclaimer only in the signature",
    sender=PRIYA, to=[MEILING], cc=[],
    subject="Lift sensor battery replacement schedule",
    body="""Hi Mei Ling,

The battery replacement for the lift sensors in Blk 214 to 220 is scheduled as follows:

- 19 Nov, 10:00 to 12:00: Blk 214 to 216
- 20 Nov, 10:00 to 12:00: Blk 217 to 220

Each lift will drop out of monitoring for about five minutes during the swap; the lifts themselves keep running normally. We'll put up notices in the lobbies two days ahead. If either date clashes with an estate event, let me know and we'll move it.

Thanks,
Priya

-- 
Priya Nair | Delivery Manager, Smart Estates
"Impossible is just a word. Stop arguing and start building."
This email is confidential. If you are not the intended recipient you must not read, use or disclose it. No changes to this notice will be accepted.""")

neg(lang="zh",
    why="hard negative: long but focused root-cause analysis of a vaccination-booking timeout (ramble length, all on topic)",
    sender=ZHAO, to=[FANG], cc=[HELEI, DENG],
    subject="11月3日疫苗预约系统高峰期超时根因分析",
    body="""方主任、何工：

11月3日上午流感疫苗预约开放后出现的超时问题，根因分析如下，供贵中心审阅。

一、现象
上午8:00预约开放，8:02起用户提交预约时大面积超时，8:00至8:40期间预约成功率为61%，8:41恢复正常，之后成功率稳定在99.6%以上。期间没有出现重复预约或号源超卖。

二、根因
1. 直接原因：号源库存扣减采用数据库行锁，热门接种点（共12个）在同一秒内有上千次并发扣减，行锁等待时间超过网关3秒的超时阈值。
2. 放大因素：前端在超时后自动重试两次，实际请求量放大到正常的2.7倍，进一步加剧了锁等待。
3. 监控缺失：锁等待指标没有纳入告警，值班人员8:15才从用户投诉中发现问题，处置晚了约13分钟。

三、处置过程
8:17值班人员定位到数据库锁等待；8:25临时关闭前端自动重试；8:33对12个热门接种点启用预分配号段；8:41成功率恢复。

四、整改措施
1. 号源扣减改为缓存预扣加异步落库，11月12日前完成开发，11月14日压测，目标为单个接种点每秒5000次扣减；
2. 前端重试改为指数退避，最多一次，随上述版本一起上线；
3. 锁等待、预约成功率两项指标纳入分钟级告警，本周五前完成；
4. 下次集中放号的前一天，我们安排一次全链路演练，邀请贵中心派人旁站。

五、影响评估
按日志统计，受影响用户约4,300人次，其中约3,100人次当天上午重新预约成功；其余约1,200人我们已整理成名单，是否通过短信通知补约，请贵中心决定，短信模板我们可以先拟好供您审定。

六、后续沟通
整改版本上线前，我们会先在测试环境用11月3日当天的真实流量回放一遍，回放结果和压测报告一起发给贵中心；上线当晚安排双人值守，贵中心如需同步观察，我们可以开放监控大屏的只读账号。整改全部完成后，我们再提交一份闭环报告，逐条对应本次列出的四项措施。

这次问题暴露出我们在容量评估上的不足，教训我们记下了。以上分析如有疑问，我们随时可以当面汇报。

赵婧""")

neg(lang="zh",
    why="hard negative: long but focused UAT plan with numbered sections for a city-operations platform",
    sender=GUO, to=[XUHONG], cc=[HANXUE],
    subject="城市运行“一网统管”平台UAT计划",
    body="""许主任：

“一网统管”平台用户验收测试（UAT）计划如下，请审阅，如有调整意见请于11月14日前告知。

一、时间安排
1. 11月17日至19日：第一轮UAT，覆盖事件受理、派单、处置、核查、结案全流程；
2. 11月20日：问题汇总与修复确认；
3. 11月24日至25日：第二轮UAT，复测第一轮问题，并覆盖大屏和统计报表；
4. 11月26日：UAT总结会，形成验收意见。

二、参测人员
建议贵中心安排指挥大厅坐席2名，城管、水务、交通三个委办局业务骨干各1名，以及信息科1名，共7人。我方安排测试2人、开发3人现场支持。

三、测试范围
1. 业务流程：12个典型场景，包括占道经营、井盖缺失、积水内涝、违章停车等；
2. 数据对接：城管、水务、交通三个系统的接口，每个接口至少验证新增、更新、异常三类数据；
3. 大屏与报表：6个专题大屏、18张统计报表，重点核对统计口径与贵中心现行台账是否一致；
4. 权限：市、区、街道三级账号各抽取2个，核对可见范围是否正确。

四、问题分级与处理时限
1. 一级（流程阻断）：4小时内修复；
2. 二级（功能错误）：次日修复；
3. 三级（体验优化）：登记入库，与贵中心商定是否纳入本期。

五、环境与数据
UAT环境已部署在政务云测试区，数据为脱敏后的10月真实事件数据，约2.3万条。测试账号清单11月14日发给信息科。

六、需要贵中心配合的事项
1. 确认参测人员名单，11月14日前；
2. 提供三个委办局接口的测试联系人；
3. 协调指挥大厅11月17日至19日上午的场地。

七、通过标准
1. 一级、二级问题全部关闭；
2. 三级问题不超过20个，且均已与贵中心确认处理方式；
3. 12个典型场景全部走通，处置时长统计与贵中心人工台账误差不超过5%；
4. 参测人员签署UAT确认单。
达不到上述标准的，我们将安排第三轮UAT，具体时间届时与贵中心商定，不会为了赶进度压缩测试时间。

如果贵中心希望增加测试场景，或者调整轮次安排，我们都可以配合，在11月14日前告诉我即可。

郭峰""")

neg(lang="en",
    why="hard negative: long but focused weekly status report (RAG, risks, decisions) at ramble length",
    sender=PRIYA, to=[MEILING], cc=[DANIEL],
    subject="Weekly status report - Smart Estate lift monitoring (week 46)",
    body="""Hi Mei Ling,

Here is this week's status report for the lift-monitoring rollout.

Overall status: Amber. Installation is on track; the integration with the town council's estate management system (EMS) is running about four working days behind.

Completed this week
1. Sensors installed and commissioned in Blk 221 to 226 (48 lifts). That brings the total to 132 of 180 lifts, or 73 percent.
2. Battery-life test on the first batch of sensors completed. Projected life is 26 months at the current reporting interval, above the 24 months in the specification.
3. Alert routing to the town council's duty officers tested end to end, including the after-hours escalation to the lift contractor.
4. Patch 2.4.1 deployed, fixing the TLS 1.2 issue from INC-4471. No recurrence since Tuesday.

Planned for next week
1. Install and commission Blk 227 to 232 (48 lifts).
2. Complete the field mapping between our fault codes and the EMS work-order categories.
3. Run the first joint test of automatic work-order creation with your EMS vendor on Thursday 20 November.
4. Draft the UAT test cases and share them with your team for review by Friday.

Risks and issues
1. EMS integration (Amber). The EMS vendor's test environment was unavailable for three days this week. We have asked them for a fixed window on 19 and 20 November. If we don't get it, UAT would move from 1 December to 4 December. We'll confirm either way by Wednesday.
2. Access to machine rooms (Green, watching). Two blocks require the lift contractor to be present. Bookings are confirmed for next week.
3. Sensor stock (Green). 52 units in our warehouse against 48 remaining lifts, leaving four spares.

Decisions needed from the town council
1. Whether after-hours alerts for non-critical faults, for example door-sensor drift, should go to the duty officer straight away or wait until the next working day. Both options are configured; we only need to know which one to switch on.
2. Confirmation of the UAT participants, ideally two duty officers and one representative from your estate maintenance team.

Budget and change requests
No new change requests this week. CR-07 (Tamil screens on the kiosks) is still awaiting the chairman's decision and has no impact on this workstream.

Lessons from this week
The INC-4471 outage showed that our release checklist did not cover protocol compatibility with older gateways. That check is now mandatory for every certificate or TLS change, and the collector raises an alarm if more than five gateways fail to reconnect within ten minutes of a deployment.

Let me know if you'd like to walk through any of this on Monday's call.

Best regards,
Priya""")

neg(lang="zh",
    why="hard negative: long but focused change-impact analysis with a CR number; PM states a preference and leaves the choice to the client",
    sender=CHEN, to=[LIU], cc=[XIAOWEN, WUTAO],
    subject="关于“企业开办”表单新增三项字段的变更影响分析",
    body="""刘处：

根据贵处11月5日提出的变更需求（CR-2026-109：企业开办表单新增“实际经营地址”“联络员手机号”“是否涉及前置审批”三项字段），影响分析如下：

一、涉及系统
1. 一网通办前台：申报表单、材料预审页面；
2. 审批中台：表单模型、并联审批规则；
3. 数据共享交换平台：企业开办主题库，以及向市场监管、税务推送的接口；
4. 统计报表：企业开办时长、一次办结率两张报表。

二、工作量评估
前台与中台改造约8人日，交换平台接口改造约6人日（需市场监管局配合调整接收端），报表调整约3人日，测试约6人日，合计约23人日。以上评估已包含联调和回归测试，但不包含市场监管局一侧的改造工作量。

三、对进度的影响
如纳入本期，11月30日的上线节点需顺延至12月12日；如作为独立小版本，可在本期上线后两周内（12月14日）单独发布，不影响本期上线。

四、风险
1. 市场监管局接收端如果不能同步改造，推送的数据会被对方校验拦截，需要提前协调；
2. 历史存量数据没有这三项字段，统计报表需要标注口径变化的起始日期；
3. “是否涉及前置审批”如果设为必填，会影响现有的线下补录流程，建议首月设为选填，运行稳定后再改为必填。

五、回退方案
新字段采用数据库新增列的方式实现，不修改原有字段。如上线后出现问题，可在半小时内通过配置关闭新字段的展示和推送，原流程不受影响。历史数据不做回填，报表中新字段的统计自上线日起计算。

六、建议
我们倾向于第二种方式（独立小版本），这样可以保证本期按时上线，新字段也能在两周内跟上。但具体采用哪种方式，还是由贵处根据局里的工作安排来定，两种我们都能执行，排期和人员都已预留。

请贵处于11月14日前确认，我们据此排期。如需当面沟通，我和架构师吴涛随时可以过去。

陈思远""")

neg(lang="mixed",
    why="hard negative (mixed, Malaysia): long but focused cut-over plan with timeline, rollback and roles",
    sender=WJ, to=[FAIZAL], cc=[NURUL],
    subject="Cut-over plan - NOC alarm platform (22 Nov)",
    body="""Hi Faizal,

以下是 22 Nov 的 NOC alarm platform cut-over plan, 请 review, 有问题 Thursday 之前 feedback 给我.

1. Timeline (MYT)
- 21 Nov 18:00: freeze 旧 platform 的 config change;
- 22 Nov 00:00 to 00:30: 最后一次 full sync alarm history 到新 platform;
- 00:30 to 01:30: 切换 SNMP trap destination, 先切 Klang Valley 的 1,200 个 site, 再切北马和南马;
- 01:30 to 03:00: 双方 NOC 一起 verify, 每个 region 抽 30 个 site 做 test alarm;
- 03:00: go / no-go call, 由你和我一起 decide.

2. Rollback
如果 03:00 之前 alarm 丢失率超过 0.5%, 或者 critical alarm 延迟超过 60 秒, 就 rollback: trap destination 切回旧 platform, 大概 20 分钟完成. 旧 platform 保留 14 天不下线.

3. Roles
- 我方: Nurul 负责 verification checklist, Daniel remote support DB;
- 你方: 需要一位 NOC shift lead 在场, 还有 transmission team 一位同事 standby.

4. Communication
每 30 分钟我在 bridge call 上 update 一次 status, 03:00 的 decision 会用 email 书面 confirm.

5. 需要你们 confirm 的
- NOC shift lead 的名字和手机号;
- 22 Nov 凌晨有没有其他 planned maintenance 会跟这个 clash.

Thanks,
Wei Jie""")

neg(lang="zh",
    why="hard negative: follow-through, 周一电话里我说过会在周三前核对清楚 (a promise kept, not 'I told you so'); owns the earlier omission",
    sender=CHEN, to=[LIU], cc=[],
    subject="人口库统计口径确认结果",
    body="""刘处：

周一电话里我说过会在周三前把统计口径核对清楚，现在回复您：

1. 人口库统计页用的是“户籍人口＋有效居住证人口”口径，与统计局的抽样推算口径不同，两者相差约1.9万，属于口径差异，不是数据错误；
2. 为方便向局领导汇报，我们在统计页加了一行口径说明，并增加“统计局口径”对照列，今晚更新到测试环境；
3. 如果局里希望默认展示统计局口径，我们可以切换，这个由贵处决定。

上次演示前我们没有把口径差异提前讲清楚，是我们的疏漏。

陈思远""")

neg(lang="zh",
    why="hard negative: PM's own modesty (我本人不懂) and self-criticism phrased with 难道, blame taken by our side",
    sender=ZHAO, to=[FANG], cc=[HELEI],
    subject="关于发热门诊数据统计口径的问题",
    body="""方主任、何工：

我本人不懂流行病学统计，这次的问题反思下来，主要在我们：发热门诊就诊人次按“人”还是按“次”统计，我们在开发前没有跟贵中心专家确认，就按自己的理解做了。难道不应该在动手之前先请何工把口径过一遍吗？这是我们流程上的疏忽。

接下来的安排：
1. 周四下午请何工抽半小时，把12个统计指标的口径逐个确认；
2. 确认后三个工作日内完成修改，并重算历史数据；
3. 以后凡是涉及统计口径的需求，开发前都先发口径确认单给贵中心签字。

给贵中心添麻烦了。

赵婧""")

neg(lang="mixed",
    why="hard negative (mixed, Singapore): 'As I mentioned on Tuesday's call' and 'I told you I'd also check' as follow-through on promises",
    sender=HUIMIN, to=[MEILING], cc=[],
    subject="Confirming: kiosk printer model",
    body="""Hi Mei Ling,

As I mentioned on Tuesday's call, 我说过 Friday 之前会 confirm printer model, 现在 confirm 给你:

- Model: 80mm thermal receipt printer, 跟你们 community centre 现在用的是同一款;
- Paper roll: 可以直接用你们现有的 stock, 不需要另外 order;
- Delivery: 28 Nov 到 site, installation 跟 kiosk 一起做.

I told you I'd also check the warranty: 是 two years on-site, 包括 parts.

Thanks!
Hui Min""")

neg(lang="zh",
    why="hard negative: PM answers a colleague's quoted complaint (甲方难伺候) constructively and explains the client's reason",
    sender=CHEN, to=[MINGMING], cc=[],
    subject="Re: 又要改流程图？",
    body="""明明：

理解，连着改两次确实累，辛苦了。

不过这次我问了晓雯，是因为省里11月初下了新文件，“企业开办”要压缩到一个工作日内办结，处里也是被动调整，不是拍脑袋。我们这样处理：

1. 我先跟处里要新文件的具体条款，明天中午前发给你；
2. 你评估一下流程图改动量，按变更走，工时计入CR-2026-109；
3. 周五我们一起跟处里开个短会，把这次改动一次性定下来，避免再反复。

有情绪正常，跟处里沟通时咱们还是就事论事。

思远""",
    quote="""思远，处里又要改流程图，这个甲方真是难伺候，上个月刚改过，还让不让人活了。

明明""",
    quote_from=MINGMING, quote_style="outlook_zh")

neg(lang="zh",
    why="hard negative (new type): PM apologises for an earlier flat 这个不做 and replaces it with an interim feature plus a CR for later",
    sender=ZHOU, to=[TANLI], cc=[],
    subject="关于上周电话里“离线模式”的回复，向您致歉",
    body="""谭科长：

上周电话里您提到柜面断网离线模式，我当时直接回了一句“这个不做”，事后想想态度太生硬了，在这里向您道歉。

这周我们认真评估了一下，情况如下：
1. 完整的离线模式涉及社保卡交易的事后补传和冲正，风险较高，本期确实来不及；
2. 可以先做一个“断网应急登记”功能：网络中断时柜员在本地登记业务信息，网络恢复后一键补录，预计两周可完成；
3. 完整离线模式已登记为CR-2026-131，放到明年一季度的版本中评估。

第2点能否先解决分行的燃眉之急？您有任何想法都欢迎直接告诉我。

周蕾""")

neg(lang="mixed",
    why="hard negative (mixed): reply to a WhatsApp-style group summary; complaints (malu, 到底几时) only in the quote; polite numbered answers",
    sender=WJ, to=[KOKWAI], cc=[DAVID],
    subject="Re: 群聊 summary - Smart Parking Penang 13/11",
    body="""Hi Kok Wai,

谢谢你整理 summary, 我逐条回复:

1. App hang: root cause 是 payment callback 的 retry 设定, fix 今晚 11pm deploy, 明早 9am 我 call 你 confirm 结果. 让你们在 MBPP 面前难做, sorry.
2. Jalan Burma sensor: 收到, 谢谢 Siti 的 team, 我们明天开始 calibration.
3. Payment callback: 同第 1 点, incident report Friday 之前 send 给你.
4. UAT: 2 Dec 我们这边 OK, test case 下礼拜一 share 给你们 review.

有问题随时 WhatsApp 我.

Wei Jie""",
    quote="""[WhatsApp group summary 13/11]
- David: app 又 hang, user 投诉到 MBPP 都知道了, 很 malu
- Siti: Jalan Burma sensor install done 100%
- Lim: vendor 到底几时 fix payment callback?
- Lim: UAT 可以 confirm 2 Dec 吗""",
    quote_from=KOKWAI, quote_style="gt")

neg(lang="zh",
    why="hard negative (new type): 这个不行 is aimed at a colleague's risky shortcut, not a client request; PM then calls the client with a new time (ASCII punctuation)",
    sender=LIN, to=[SONGKAI], cc=[],
    subject="Re: 今晚能不能先把热修复包直接推生产",
    body="""宋凯:

这个不行。没跑完回归的包不能上核心网生产,哪怕只差四个小时,出了问题影响的是全省用户,这条底线我们自己得守住。

运营商那边我来沟通:我现在就给王经理打电话说明情况,把上线时间改到明早6点,回归跑完、结果发他确认后再推。你这边先把回退脚本准备好。

国栋""",
    quote="""国栋,运营商那边催得紧,热修复包回归测试还要跑四个小时,要不今晚先直接推生产,明天再补测?

宋凯""",
    quote_from=SONGKAI)

neg(lang="en",
    why="hard negative: 'a hard no' on Friday evening is backed by the change board's rule and followed by two concrete alternative slots",
    sender=WJ, to=[SITI], cc=[],
    subject="Re: Friday evening deployment?",
    body="""Hi Siti,

Friday 6pm is a hard no from our change advisory board. They don't allow production changes going into a weekend without a full support roster, and we can't staff one by Friday.

Two options that would still catch most of the promo:
1. Friday 06:00 (morning). The team can be on site from 05:00, and we'd have the whole working day to watch it.
2. Thursday 22:00. Your ops team would need to give us a two-hour window, and we'd have Friday to fix anything before the weekend.

Let me know which one your side prefers and I'll book it today.

Wei Jie""",
    quote="""Wei Jie,

Can we deploy the billing integration on Friday 6pm so it's live for the weekend promo?

Siti""",
    quote_from=SITI, quote_style="outlook")

neg(lang="zh",
    why="hard negative: a discount beyond the PM's approval authority, handed to the sales director with a reply date",
    sender=LIN, to=[WANGZD], cc=[MAXIAO],
    subject="Re: 明年运维服务费能否再让利",
    body="""王经理：

理解今年预算紧张。15%的调整超出了我个人的审批权限，我这里没法直接答复您，但也不想让这件事拖着。

我已经把您的诉求和贵司今年的服务量数据整理好，转给了我们销售总监马骁（已抄送），他周二前会给您一个正式答复，也可能带几个服务范围调整的选项一起供您参考。

林国栋""",
    quote="""林经理：

明年的运维服务费能不能再降15%？今年预算压得很厉害。

王振东""",
    quote_from=WANGZD, quote_style="foxmail")

neg(lang="zh",
    why="hard negative: polite firmness, warns of schedule risk early and offers options A and B for the client to choose",
    sender=ZHAO, to=[FANG], cc=[],
    subject="关于接种数据治理项目的交付节奏",
    body="""方主任：

按目前的人力，加上贵中心上周新增的两个数据源，原定11月28日全部交付已经有风险。我不想到时候再告诉您延期，所以现在把两个选项摆出来：

A. 11月28日按期交付核心的脱敏和清洗模块，两个新增数据源的接入顺延到12月12日；
B. 全部内容一起交付，整体顺延到12月10日。

两种方式我们都能保证质量，区别在于您是否需要在月底前先用上核心模块。请您根据中心的安排来选，周四前告诉我就行。

赵婧""")

neg(lang="zh", trad=True,
    why="hard negative (traditional): 並不是做不到 / 沒有拒絕的意思 with a reply date and an interim version",
    sender=ZHOU_T, to=[MENG_T], cc=[],
    subject="關於對賬文件增加明細欄位",
    body="""孟經理：

您提的對賬文件增加逐筆明細欄位，並不是做不到，我們也沒有拒絕的意思。

需要先確認兩件事：一是貴行資安部門對明細中身分證號的傳輸要求，二是文件體積增大後，夜間批次的時間窗口是否夠用。我們已經發函給資安部門，預計11月18日前可以給您完整的回覆和排期。

如果等不及，我們可以先提供一個不含敏感欄位的明細版本，下週就能上線。

周蕾""")

neg(lang="zh",
    why="hard negative: 按我们的经验 and 相信我们的团队 used while laying out both options and leaving the choice to the client",
    sender=GUO, to=[XUHONG], cc=[],
    subject="关于视频汇聚平台选型的建议",
    body="""许主任：

关于视频汇聚平台是用国产一体机，还是用通用服务器加软件，说一下我们的看法，供您参考。

按我们的经验，全市约1.2万路视频的规模，通用服务器加软件的方式扩容更灵活，后续接入区县视频时成本更低；一体机的优势是部署快、运维简单，对信息科人手紧张的单位更友好。

两种方式我们都做过，相信我们的团队在哪种方式下都能按期交付。最终选哪一种，还是看中心对运维人力和后续扩容的考虑，您定了我们就按那个方案细化。如有需要，我们可以安排一次两种方案的现场演示。

郭峰""")

neg(lang="mixed",
    why="hard negative (mixed banter): 'mission impossible' and 服了 as praise for a colleague, 'my brain' aimed at the PM herself",
    sender=HUIMIN, to=[DANIEL], cc=[],
    subject="Re: demo went through!",
    body="""Daniel you legend! 我本来以为 offline sync 这个 demo 是 mission impossible, 结果 first try 就 work, 服了你.

Kopi 我请, this week any day.

我这个 brain 就比较 sad 了, 早上把 projector cable 留在 office, 幸好 Mei Ling 那边有 spare, 不然就 paiseh 了.

Hui Min""",
    quote="""Hui Min,

The offline-sync demo actually worked on the first try today. Mei Ling's team clapped.

Daniel""",
    quote_from=DANIEL, quote_style="gt")

neg(lang="mixed",
    why="hard negative (mixed): internal follow-up with the client deliberately in Cc, agreeing her data-residency concern is valid",
    sender=HUIMIN, to=[DANIEL], cc=[MEILING],
    subject="Data residency concerns - follow-up (cc Mei Ling)",
    body="""Daniel,

Mei Ling 上次 meeting 提到的 data residency concern, 我觉得她讲得很有道理, 我们之前的 architecture doc 确实没有写清楚 backup 放在哪里. 特意 cc Mei Ling, 让她知道我们这边怎么 follow up:

1. 你 Friday 之前 update architecture doc, 写明 primary 和 backup 都在 Singapore region;
2. 我 next Monday 跟 Mei Ling 约 30 分钟 walk through, 有问题当场解答;
3. 如果 town council 需要 written confirmation, 我们出一份 letter.

Mei Ling, 如果还有其他 concern, 也可以直接 reply 这封 email.

Hui Min""")

neg(lang="zh",
    why="hard negative: team banter, a milk-tea fine for saying 不可能/做不了 without an alternative; nobody on the client side is disparaged",
    sender=ZHAO, to=[MINGMING, HANXUE, SONGKAI, WUTAO], cc=[],
    subject="项目组新规：谁说“不可能”罚奶茶",
    body="""各位：

从下周一起，项目组内部试行一条新规：开会时谁先说“不可能”“做不了”而不给替代方案，罚请全组奶茶一次。我带头，今天已经请过一轮了。

初衷不是不让大家说实话，实话照说，风险照报。只是希望我们习惯把“不行”换成“这样不行，但可以那样”，跟卫健委沟通的时候也是这个思路。

另外周五的复盘会改到下午四点，别忘了。

赵婧""")

# =============================================================================================
# order: a fixed shuffle so positives and negatives are interleaved
# =============================================================================================
CASES = POSITIVES + NEGATIVES
random.Random(2121).shuffle(CASES)
