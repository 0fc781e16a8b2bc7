"""heldout35: blind test set of PM email drafts (shipping lines, airports, railways).

Written by an independent helper from the labelling guide and the seed article only.
Test set -- never train or tune on it. Order is shuffled with random.Random(3535).
"""
import random

# ---- our team (@ourteam.example.com) ----
QIAN = "钱卫东 <qian.weidong@ourteam.example.com>"      # senior PM, old-school, 公文 register
ZHOU = "周屹 <zhou.yi@ourteam.example.com>"             # senior PM, calm
HAN = "韩潇 <han.xiao@ourteam.example.com>"             # junior PM, chatty
LU = "陆晴 <lu.qing@ourteam.example.com>"               # PM, sharp-tongued
KONG = "孔德 <kong.de@ourteam.example.com>"             # PM, worn out
DENG = "邓凯 <deng.kai@ourteam.example.com>"            # PM, hot-tempered
YANG = "杨帆 <yang.fan@ourteam.example.com>"            # PM, salesy
YAO = "姚芸 <yao.yun@ourteam.example.com>"              # BA turned PM
HEMIN = "贺敏 <he.min@ourteam.example.com>"             # PM, bank account
SHAO = "邵明远 <shao.mingyuan@ourteam.example.com>"     # delivery director
WEN = "溫世傑 <wen.shijie@ourteam.example.com>"         # PM, Hong Kong office (traditional)
LINJH = "林佳慧 <lin.jiahui@ourteam.example.com>"       # PM, Taipei-born (traditional)
CHENLI = "陈立 <chen.li@ourteam.example.com>"           # PM, freight portal, code-switches
GEJUN = "葛俊 <ge.jun@ourteam.example.com>"             # tech lead
DUXC = "杜小川 <du.xiaochuan@ourteam.example.com>"      # developer
JIANGW = "蒋雯 <jiang.wen@ourteam.example.com>"         # QA lead
JIAFANG = "贾方 <jia.fang@ourteam.example.com>"         # colleague (name sounds like 甲方)
PRIYA = "Priya Menon <priya.menon@ourteam.example.com>"  # PM, Dubai baggage
TOM = "Tom Reyes <tom.reyes@ourteam.example.com>"       # PM / account lead, Dubai
HELEN = "Helen Zhao <helen.zhao@ourteam.example.com>"   # delivery lead, blunt
MARCUS = "Marcus Lee <marcus.lee@ourteam.example.com>"  # PM, air-freight booking portal

# ---- client A: 中联运集团 (state-owned multimodal group: railway freight, passenger crew, airport ground services, shipping) ----
ZHENG = "郑国栋 <zheng.guodong@client-a.example.cn>"    # 信息化办公室主任
MA = "马建华 <ma.jianhua@client-a.example.cn>"          # 铁路货运部 副总经理
SU = "苏丽 <su.li@client-a.example.cn>"                 # 客运段调度科 科长
SU_T = "蘇麗 <su.li@client-a.example.cn>"
TAN = "谭振 <tan.zhen@client-a.example.cn>"             # 机场地服公司 行李处 处长
TAN_T = "譚振 <tan.zhen@client-a.example.cn>"
FENG = "冯卫红 <feng.weihong@client-a.example.cn>"      # 船务公司 订舱中心 经理
BAI = "白涛 <bai.tao@client-a.example.cn>"              # 铁路货运部 科员

# ---- client B: Dubai-based ground handling and air-freight operator (writes English) ----
KHALID = "Khalid Al Mansoori <khalid.almansoori@client-b.example.com>"  # Ops Director
FATIMA = "Fatima Rahman <fatima.rahman@client-b.example.com>"           # Baggage Systems Manager
OMAR = "Omar Haddad <omar.haddad@client-b.example.com>"                 # IT / NOC lead
RASHID = "Rashid Qasim <rashid.qasim@client-b.example.com>"             # Procurement
SANJAY = "Sanjay Pillai <sanjay.pillai@client-b.example.com>"           # Freight booking desk lead

# ---- client C: C行 交易银行部 / 航运金融 (freight payment and settlement) ----
HOU = "侯志明 <hou.zhiming@bank-c.example.cn>"          # 处长
CUI = "崔婷 <cui.ting@bank-c.example.cn>"               # 项目经理

CASES = []


def case(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    CASES.append(dict(kw))

# =====================================================================
# POSITIVES
# =====================================================================

# ---------------- refusal ----------------
case(expect=["refusal"], lang="zh",
     why="refusal: 公文-register flat refusal to an SOE request, no evaluation, no alternative, 'later phases' ruled out too",
     sender=QIAN, to=[ZHENG], cc=[SU],
     subject="Re: 关于乘务排班系统增设“乘务员自主换班”功能的函",
     body="""郑主任：

贵办十一月三日来函收悉。

经我项目组研究，“乘务员自主换班”一事与本系统以调度集中审批为核心的设计相悖，不属于本项目建设内容，今后各期亦不作安排。所要求的实施方案，不再报送。

以上，请知悉。

钱卫东
乘务排班系统项目组""",
     quote="""钱经理：

根据集团《乘务管理办法（2026年修订）》精神，为进一步调动一线乘务人员积极性，现提出如下需求：在乘务排班系统中增设“乘务员自主换班”功能，允许乘务员在APP端发起换班申请，经对方确认后自动生效。

请你方研究落实，并于十一月十五日前报送实施方案。

特此函告。

中联运集团信息化办公室
二〇二六年十一月三日""",
     quote_from=ZHENG, quote_style="outlook_zh")

case(expect=["refusal"], lang="en",
     why="refusal: curt English 'off the table' to the Dubai client, explicitly for now and later, no alternative",
     sender=PRIYA, to=[KHALID],
     subject="Re: Arabic interface for the baggage dashboard",
     body="""Khalid,

Short version: that's off the table. The dashboard is English-only by design, and that isn't changing for the Eid peak or after it.

Priya""",
     quote="""Hi Priya,

Our duty managers keep telling me the dashboard would be much easier for the night shift if it were in Arabic, right-to-left. Can we have that before the Eid peak?

Thanks,
Khalid""",
     quote_from=KHALID)

case(expect=["refusal"], lang="zh",
     why="refusal wrapped in a chummy, emoji-ish friendly mail: LCL booking 'won't ever be added', nothing offered",
     sender=HAN, to=[FENG],
     subject="Re: 订舱平台能不能加拼箱",
     body="""冯姐好呀～

这两天台风过境，码头那边是不是又忙疯了？你们订舱中心真的辛苦，给你们点个大大的赞！

你上周问的拼箱（LCL）那个事儿哈，咱就甭惦记啦～平台从根上就是按整箱搭的，这块儿动不了，以后也不会往里加的哦。

别的有啥需要随时戳我，周末愉快呀！

小韩""")

case(expect=["refusal"], lang="zh",
     why="refusal slipped into a meeting recap: item 4 closes the airport's re-screening tag request with no reason, buffer or alternative",
     sender=ZHOU, to=[TAN], cc=[GEJUN, JIANGW],
     subject="【会议纪要】11月6日 行李追踪系统周例会",
     body="""谭处及各位：

今天例会纪要如下，如有遗漏请回复补充。

一、上周遗留问题
1. T2行李转盘4号口扫描枪掉线：已更换网关固件，连续72小时无掉线，关闭。
2. 中转行李超时告警阈值：按机场方意见由45分钟调整为40分钟，已于11月5日生效，关闭。

二、本周新提事项
3. 地服公司提出在手持终端增加“行李破损拍照上传”：项目组评估后纳入11月下旬版本，葛俊负责，11月12日前给出界面稿。
4. 机场方提出行李二次安检后补打标签：项目组不承接，从待办清单中删除，后续不再讨论。
5. 夜班交接报表格式：蒋雯整理两版样式，周五前发谭处选择。

三、下次例会
11月13日（周五）上午10:00，T2地服楼302会议室。

周屹""")

case(expect=["refusal"], lang="mixed",
     why="refusal in code-switching: MT798 'not in scope, not this year, not next, closed', no review or alternative",
     sender=LU, to=[CUI],
     subject="Re: 运费信用证 MT798 支持",
     body="""崔经理,

MT798 不在我们的 scope 里, 12月不做, 明年也不会上 roadmap. This one is closed on our side.

Thanks,
陆晴""",
     quote="""陆经理：

我们交易银行部这边希望平台能支持SWIFT MT798报文，方便船公司客户直接走信用证付运费，能否排进12月的版本？

崔婷""",
     quote_from=CUI)

case(expect=["refusal"], lang="zh", trad=True,
     why="refusal in traditional Chinese: macro-Excel export turned down for good, '此覆' closing, nothing offered",
     sender=WEN, to=[SU_T],
     subject="回覆：排班報表可否匯出含巨集的Excel",
     body="""蘇科長：

您好。關於排班報表匯出成帶巨集的Excel一事，我們這邊不會提供。系統只輸出PDF與純CSV兩種格式，往後也不打算增加。

此覆。

溫世傑
港島辦事處 | 項目經理""")

case(expect=["refusal"], lang="en",
     why="refusal as rhetorical question + tautology ('cut-off means cut-off'), no alternative for the shipper list",
     sender=MARCUS, to=[SANJAY],
     subject="Re: Cut-off override for priority shippers",
     body="""Sanjay,

Overrides on the cut-off? Not something the portal is ever going to do. Cut-off means cut-off. Your pharma accounts will have to book earlier like everyone else.

Marcus""",
     quote="""Marcus,

A few of our top shippers (pharma mostly) keep missing the booking cut-off by 20-30 minutes. Could the portal let our desk override the cut-off for a flagged list of accounts? It would save us a lot of phone calls.

Regards,
Sanjay""",
     quote_from=SANJAY)

# ---------------- argue ----------------
case(expect=["argue"], lang="zh",
     why="argue: sarcastic blame via the client's own signed field list and a rhetorical '该问的人恐怕不是我们吧'",
     sender=LU, to=[MA],
     subject="Re: 班列运单为何缺少集装箱号",
     body="""马总：

这个问题很有意思。十月十二日贵部发过来的字段清单，一共三十七项，里面有没有集装箱号，您方便的话可以让人翻出来数一数；清单末尾签字的是贵部哪位领导，您应该也比我清楚。

照着贵部自己签的清单做出来的东西，现在回过头来问我们“为什么少了”——这个“为什么”，该问的人恐怕不是我们吧？

陆晴""",
     quote="""陆经理：

今天上午调度反映，新系统里的班列运单没有集装箱号这一栏，现场没法核对，请尽快说明原因。

马建华""",
     quote_from=MA)

case(expect=["argue"], lang="en",
     why="argue: condescending 'one more time, slowly', blames the client's network team, 'check your own house first'",
     sender=HELEN, to=[OMAR], cc=[KHALID],
     subject="Re: Baggage feed outage on 4 Nov",
     body="""Omar,

Let me walk you through this one more time, slowly, since it clearly didn't land on the call.

The feed went down at 03:12 because your network team rotated the TLS certificate on the gateway and told nobody. Not us, not your own ops desk. We didn't change a single line that night. So when your incident summary says "vendor interface failure", I'd suggest whoever wrote it goes and reads their own change log before pointing at us.

Next time, check your own house first. It would save all of us a lot of time.

Helen""")

case(expect=["argue"], lang="zh",
     why="argue: passive-aggressive '温馨提醒' citing 24 unread reports, mocks the client's complaint",
     sender=KONG, to=[SU],
     subject="关于“没人通知排班冲突”一事",
     body="""苏科长：

温馨提醒一下哈：排班冲突日报每天早上七点半自动推送到您的邮箱，从十月九日到今天一共推送了二十六封，后台显示其中二十四封是“未读”。

所以您昨天在电话里说“出了冲突从来没人告诉我们”，这个锅我这边实在不敢认领。下回打电话之前，劳驾先把收件箱点开瞄一眼，大家都省点力气，您说是吧？

孔德""")

case(expect=["argue"], lang="mixed",
     why="argue in code-switching: 'Come on', '先把自己的环境管好', blames the bank's UAT gateway",
     sender=DENG, to=[CUI],
     subject="Re: 付款接口联调又失败",
     body="""崔经理,

先说清楚: 今天三次失败, 日志里全是你们 UAT 网关返回的 503, 我们的服务一直是 up 的. 你们这个测试环境这个月挂了至少六回了, 然后转头说我们"不太稳定"? Come on.

麻烦你们先把自己家的环境管好再来找我们查, seriously, 这不是第一次了.

邓凯""",
     quote="""邓经理：

今天下午联调又失败了三次，你们的付款接口是不是不太稳定？能不能查一下？

崔婷""",
     quote_from=CUI)

case(expect=["argue"], lang="zh",
     why="argue: lecturing an airport baggage chief that the 10-digit tag is 'entry-level', tells them to study standards first",
     sender=YAO, to=[TAN],
     subject="关于行李牌号位数的问题",
     body="""谭处长：

关于您昨天问的“行李牌号为什么是十位”，这里再解释一遍：十位行李牌号是IATA相关决议规定、全行业通行的做法，做机场行李业务的人，这是入门第一课。

说句不太好听的，贵处作为机场的行李主管部门，这种问题还要来问供应商，我是有点吃惊的。建议贵处内部先组织学一学行业标准，再来跟我们讨论需求，效率会高很多。

姚芸""")

case(expect=["argue"], lang="zh",
     why="argue in 公文 register: declares all three issues the client's misuse, orders them to study the manual before writing again",
     sender=QIAN, to=[ZHENG],
     subject="Re: 关于乘务排班系统运行问题的函",
     body="""郑主任：

来函所列三项“问题”，我组已逐一核查，结论如下：
一、次日班次未显示，系客运段调度员未点击“发布”所致；
二、工时表与台账不符，系台账本身沿用旧口径；
三、交路重复编排，系调度员手工覆盖了系统排定结果。

三项均属贵方使用不当，与系统无关。此类情形操作手册早有载明，建议贵办先组织各段把手册认真学一遍，确有系统缺陷时再行来函，以免往复占用双方精力。

特此函复。

钱卫东""",
     quote="""钱经理：

近期我办陆续收到各客运段反映，排班系统存在以下问题：
一、部分乘务员次日班次未在APP显示；
二、导出的月度工时表与人工台账不符；
三、个别值乘交路重复编排。

请你方于三个工作日内查明原因并书面答复。

中联运集团信息化办公室
二〇二六年十一月九日""",
     quote_from=ZHENG, quote_style="foxmail")

# ---------------- persuade ----------------
case(expect=["persuade"], lang="zh",
     why="persuade: director pressures the railway client off private deployment, 'no more meetings', contract already drafted",
     sender=SHAO, to=[MA],
     subject="部署方式的最终决定",
     body="""马总：

私有化部署这条路，我劝您别再走了。现在做铁路货运信息化的，十家有九家都上了云，您坚持把服务器放在自己机房，说到底就是多花钱、多担风险，最后吃亏的是贵部门。

我的意见很明确：就按我们的SaaS方案定。合同我已经让法务改好了，下周一发给您，您签了我们第二天就进场。这事不用再开会讨论了。

邵明远""")

case(expect=["persuade"], lang="en",
     why="persuade: deadline and cost pressure, 'the in-house route is a dead end, let it go, sign off'",
     sender=TOM, to=[KHALID],
     subject="Re: Scanner options for the T3 baggage hall",
     body="""Khalid,

Two more weeks isn't an option, I'm afraid. If we don't lock Option B by Thursday, the vendor releases our production slot and the price goes up about 40% in Q1. That lands on your budget, not ours.

The in-house route is a dead end, and your board will ask you why you burned three months on it. Let it go, sign off on B this week, and we start on Monday.

Tom""",
     quote="""Tom,

We are still leaning towards our in-house integration team doing Option A. I need another two weeks to take it to the board.

Khalid""",
     quote_from=KHALID)

case(expect=["persuade"], lang="zh",
     why="persuade via authority (our group CTO) telling the shipping client to stop raising its own engine idea; ASCII punctuation",
     sender=DENG, to=[FENG],
     subject="订舱引擎选型",
     body="""冯经理,

上周我们集团CTO亲自把两套方案都过了一遍, 结论只有一个: 订舱引擎用我们的. 你们船务公司想自己搞一套的想法, 说句实在话, 就别往上报了, 报到集团信息办也一样会被打回来, 白费您的功夫.

周四的会就不讨论选型了, 直接过实施计划. 您那边先把意见统一一下.

邓凯""")

case(expect=["persuade"], lang="mixed",
     why="persuade in code-switching: 'only one right answer', fear of blame, demands a yes by Friday",
     sender=HEMIN, to=[HOU],
     subject="Re: 清算前置机方案",
     body="""侯处,

合规的顾虑我听到了, but honestly, 这件事只有一个正确答案, 就是迁到我们的清算中台. 旧前置机留着就是给自己埋雷, 哪天出了事, 合规部可不会替您扛.

您就别再犹豫了, 这周五之前给我个 yes, 我们下周就 kick off.

贺敏""",
     quote="""贺经理：

我行合规部对把运费清算迁到贵司中台仍有顾虑，倾向于保留现有前置机，只做接口改造。请贵司再斟酌。

侯志明""",
     quote_from=HOU)

case(expect=["persuade"], lang="zh",
     why="persuade: dismisses the depot's seniority rule as outdated, 'this is settled', asks the client to talk her own staff round",
     sender=KONG, to=[SU],
     subject="排班规则配置建议",
     body="""苏科长：

您提的“老乘务员优先选班”那套规矩，我想了想，还是别往系统里放了。那是手工排班年代留下来的习惯，现在全靠算法平衡工时，硬塞一条人情规则进去，整套模型都得跟着别扭。

时代在变，有些老传统该放就放。就用我们的默认规则模板，您回去跟段里的老师傅们做做工作，这件事就这么定了，好吗？

孔德""")

case(expect=["persuade"], lang="en",
     why="persuade dressed as empathy: 'I hear you' then 'drop the pilot', final answer, SOW to sign tomorrow",
     sender=PRIYA, to=[FATIMA],
     subject="Re: RFID pilot for transfer bags",
     body="""Fatima,

I hear you, I really do. But we both know how this story ends: six months from now you're back on barcode, the pilot budget is gone, and somebody upstairs is asking why.

Save yourself the pain and drop the pilot. Barcode-only is the answer. I'll have the SOW updated tonight so you can sign it first thing tomorrow.

Priya""",
     quote="""Priya,

I'd still like to run a small RFID pilot on transfer bags in Concourse B before we commit to barcode-only. Could we price that?

Best,
Fatima""",
     quote_from=FATIMA)

case(expect=["persuade"], lang="zh",
     why="persuade: '唯一靠谱的路', asks the SOE to decide this week and strike other options from the review pack",
     sender=YANG, to=[ZHENG],
     subject="关于双机热备还是容器化",
     body="""郑主任：

恕我直言，贵办坚持的双机热备，十年前是好方案，放到今天已经跟不上了。容器化集群是唯一靠谱的路，这不是我们一家之言，是整个行业的方向。

我知道信息办有老同志对新技术有顾虑，但这个顾虑不该拖住整个项目。请您拍板，本周内按容器化定下来，别的选项就不要再列进评审材料了。

杨帆""")

# ---------------- ramble ----------------
case(expect=["ramble"], lang="zh",
     why="ramble: Harbin trip, food, child's exam and noodle shop bury one line (confirm the Spring Festival roster template by Friday)",
     sender=HAN, to=[SU],
     subject="近况 + 春运排班的小事",
     body="""苏科长好！

上周去哈尔滨出差，坐的是早上那趟复兴号，一路上雪景真是好看，窗外白茫茫一片，偶尔能看到几只乌鸦站在电线杆上，我拍了好多照片，回头挑几张发您。哈尔滨是真的冷，零下二十来度，我从酒店走到中央大街，十分钟不到睫毛上就结霜了，同事笑我像个圣诞老人。晚上吃了正宗的锅包肉和铁锅炖大鹅，那个大鹅炖得软烂入味，配上贴饼子，我一个人差点吃了半锅。马迭尔冰棍也吃了，零下二十度吃冰棍，据说是本地人的传统，果然越冷越好吃。

回北京以后我家孩子正好期中考试，数学考了九十六分，语文作文写的是《我的爸爸》，里面说我每天晚上都在打电话，周末也在打电话，老师还特意在评语里写“希望爸爸多陪陪你”，看得我怪不好意思的。所以这个周末我下了决心，手机静音，带他去了趟科技馆，他对那个蒸汽机车模型特别感兴趣，站在前面看了半个小时，还问我火车司机是不是也要排班，我说当然要，而且排班可复杂了，他听了一脸崇拜。

说到这儿顺便提一句：春运排班模板请您周五前确认一下。

对了，您上次推荐的那家面馆我终于去了，牛肉面确实地道，汤头清亮，面条劲道，就是排队的人太多，我等了四十分钟。店里墙上还挂着老板年轻时在拉面比赛拿奖的照片，他说那时候一根面能拉到两米长，现在手腕不行了，交给徒弟了。老板说他们家的汤每天凌晨三点就开始熬，用的是牛骨和十几种香料，难怪那么香。下次您来北京，我请您去吃，顺便带您逛逛旁边新开的那家书店，里面有一整面墙都是铁路历史的书，您肯定喜欢。

最近天气转凉，北京的银杏叶全黄了，周末去地坛的人特别多，拍照的比看叶子的人还多。我在树下捡了几片特别完整的叶子，夹在孩子的课本里当书签，他说要带去学校给同学看。您那边也降温了吧？多注意身体，调度科的工作本来就熬人，千万别累着。

祝好！
小韩""")

case(expect=["ramble"], lang="en",
     why="ramble: dinner, desert trip, cricket and a bad flight bury one request (sorter layout drawings by 20 Nov)",
     sender=TOM, to=[KHALID],
     subject="Catching up (and one small thing)",
     body="""Hi Khalid,

Hope the week has been kind to you. I've been meaning to write since I got back from Dubai, and I'm finally sitting down with a coffee to do it properly.

First of all, thank you again for the dinner at that Lebanese place near the Creek. I have been dreaming about the grilled halloumi ever since, and I tried to recreate the fattoush at home on Saturday. It was a disaster. My wife said the bread tasted like cardboard and the kids ate cereal instead. I clearly need the recipe, or at least the name of the chef, so I can write him a fan letter.

The desert trip your cousin organised was the highlight of my whole visit. I still can't believe how fast those dune buggies go, and I'm fairly sure I left part of my stomach somewhere near the second ridge. The sunset afterwards was unreal, though: all that orange and purple, and then the stars came out and it felt like you could reach up and grab them. My photos don't do it justice, but I'll send a few anyway.

On the cricket front, I watched the match you recommended and I have to admit I'm starting to understand the rules, which is a sentence I never thought I would write. The commentators still lose me when they talk about "silly mid-on", but I'm getting there. My son has decided he wants to be a fast bowler now, so our garden fence is suffering.

One small thing while I remember: could your team send us the updated sorter layout drawings for the T3 baggage hall by 20 November?

The flight home was its own adventure. We sat on the tarmac for two hours because of a technical issue, and the man next to me decided it was the perfect time to tell me about his entire career in insurance, starting from 1987. I now know more about marine cargo policies than I ever wanted to. When we finally took off, the entertainment system was broken, so I read an entire novel about a lighthouse keeper. Surprisingly good, actually. I'll lend it to you.

The weather here has turned grey and cold, and I miss the sunshine already. I told my team I'd happily relocate to Dubai if someone promised me air conditioning in every corner. They laughed, but I was only half joking.

Anyway, please say hello to Fatima and the rest of the operations crew, and tell your cousin I'm still recovering from the buggy ride. Let me know if you're ever passing through Singapore. Dinner is on me, and I promise not to cook it myself.

Warm regards,
Tom""")

case(expect=["ramble"], lang="zh",
     why="ramble: fishing with dad, fish prices, sunset over the cranes bury the cut-over notice for the booking platform",
     sender=YANG, to=[FENG],
     subject="周末见闻",
     body="""冯经理好：

上周末难得没加班，我跟我爸去了趟老码头那边钓鱼。您知道的，我爸年轻时在港务局开过拖轮，一到海边话就特别多，一会儿指着那边的灯塔说当年怎么在大雾里把船拖进港，一会儿又说现在的集装箱船大得吓人，一艘船装的箱子比他们那时候一年装的都多。我们从早上六点坐到中午，就钓上来三条小黄花和一条不知道名字的鱼，我爸坚持说是鲈鱼，我拍照查了一下，好像是一种虾虎鱼，为这个我们俩争了一路。我爸还跟旁边一位老钓友聊了半天，两个人发现当年居然在同一条拖轮上干过，激动得差点把鱼竿扔进海里。

中午在码头边上那家老字号吃的海鲜面，一碗面里有虾、蛏子、花蛤，汤是用鱼骨熬的，鲜得眉毛都要掉下来。老板娘说最近鱼价涨得厉害，带鱼都快八十一斤了，说是今年台风多，渔船出海的天数少。我爸一听又开始讲他们那时候带鱼多便宜，一块多钱一斤还没人要，说得老板娘直笑。

下午我们去了新修的滨海步道，傍晚正好赶上日落，太阳一点点沉到防波堤后面，远处的岸桥一排排亮起灯来，几艘大船在锚地等着靠泊，那个画面真的特别好看，像明信片一样。我爸站在那儿看了好久，说这辈子最骄傲的事，就是看着这个港从几个小泊位长成现在这个样子。

对了，下周二（十一月十七日）订舱平台切换到新版本，麻烦您提前通知一下各家货代。

回来的路上我们又去买了点海蛎子，晚上我妈做了海蛎煎，加了好多鸡蛋和地瓜粉，外焦里嫩，配上我妈自己腌的萝卜干，又脆又香，我一个人吃了两盘。我妈还说让我有空带您来家里吃饭，她的海蛎煎可是我们那条街的一绝。

最近天气转凉，海边风大，您在码头那边跑现场的时候记得多穿点。订舱中心的各位也辛苦了，年底货量大，大家都不容易。有空一起喝茶！

杨帆""")

case(expect=["ramble"], lang="zh", trad=True,
     why="ramble in traditional Chinese: night market, cats, typhoon, mum's pineapple jam bury 'test account is open, pass it on'",
     sender=LINJH, to=[TAN_T],
     subject="近況分享",
     body="""譚處長您好：

上週末總算回了一趟台北，跟您分享一下近況。颱風剛走，整個城市被洗得乾乾淨淨，天空藍得不像話。我一下飛機就直奔寧夏夜市，吃了蚵仔煎、豬肝湯，還有一攤開了四十年的花生捲冰淇淋，香菜加得滿滿的，同行的朋友嫌棄得要命，我倒是吃得很開心。夜市人擠人，光是從頭走到尾就花了快一個小時，但那種熱鬧真的讓人很想家。隔天我們還去了九份，山城的石階濕漉漉的，在茶館裡泡一壺高山烏龍配芋圓，看著雲霧從海面飄上來，整個人都放空了。

家裡的兩隻貓看到我回去，先是假裝不認識，在沙發底下躲了半天，後來大概是聞到零食的味道，才慢吞吞地走出來。胖的那隻叫「饅頭」，瘦的那隻叫「油條」，這次回去發現饅頭又胖了一圈，獸醫說要減肥，可是我媽根本狠不下心，每天照三餐餵，還偷偷加罐頭。我跟她講了半天道理，她只回我一句「貓咪開心最重要」，我也只好投降。油條則是一如往常地高冷，只肯讓我摸兩下就跑掉。

我媽今年又醃了一大缸鳳梨醬，說是拿來煮苦瓜雞湯最好。她硬塞了兩罐讓我帶回來，過安檢的時候還被攔下來問了半天，我差點以為要被沒收，好在最後放行了。說到這個，順便跟您說一聲：行李追蹤介面的測試帳號已經開通，帳號和密碼我另外用簡訊傳給您，麻煩再轉給處裡的同事。

颱風那幾天我哪裡都沒去，窩在家裡重看了一遍老電影，還把小時候的相簿翻出來，看到自己國小畢業旅行的照片，頭髮剪得像個香菇，笑了好久。回程的飛機上，鄰座的小朋友一路在畫畫，畫了一架長著翅膀的火車，說長大要開這種車。外面風雨交加，窗戶一直在響，我媽在廚房燉了一鍋薑母鴨，全家人圍著吃，那個晚上特別溫暖。

回到這邊天氣已經轉涼，早晚溫差很大，您在機場現場來回跑，記得多加件外套。下次有機會到台北，一定帶您去吃那家花生捲冰淇淋，保證您會愛上。

祝 平安順心
林佳慧""")

case(expect=["ramble"], lang="mixed",
     why="ramble in code-switching: marathon, pour-over coffee, new phone, aquarium bury one field request for the reconciliation file",
     sender=HEMIN, to=[CUI],
     subject="周末的马拉松 & 一个小字段",
     body="""崔经理, 周末好!

上周日终于跑完了人生第一个全程马拉松, 4小时52分, 比我给自己定的 sub-5 目标快了八分钟. 说实话, 三十公里之后那段真的是靠意志力硬撑, 两条腿像灌了铅, 脑子里全是"我为什么要报名". 旁边有个大爷穿着布鞋跑, 一直跟我保持同一个 pace, 最后三公里还超过了我, 那一刻我的自尊心碎了一地. 冲线的时候我差点哭出来, 志愿者给我挂奖牌, 我跟她说了三遍 thank you, 她估计以为我跑傻了.

跑完之后去吃了顿火锅, 毛肚鸭肠点了双份, 第二天下楼梯只能侧着身子一步一步挪, 同事看见还以为我扭伤了脚. 这周我给自己放了假, 每天只做 stretching 和 foam rolling, 顺便研究起了手冲咖啡. 买了个新的 V60 和一包埃塞俄比亚的豆子, 水温九十二度, 粉水比 1:15, 冲出来有一股很明显的柑橘香, 我现在每天早上都要折腾半个小时, 老婆说我是在家里做化学实验.

对了, 顺手提一句: 对账文件里麻烦加一个字段 vessel_voyage_no, 放在 bl_no 后面就行.

另外我换了新手机, 相机是真的强, 夜景模式拍外滩跟白天一样亮. 周末带孩子去了趟海洋馆, 拍了一堆水母, 在黑色背景下发着幽幽的蓝光, 像外星生物一样. 孩子现在迷上了鲨鱼, 每天晚上都要听一集讲鲨鱼的 podcast 才肯睡觉, 里面说大白鲨能闻到好几公里外的血腥味, 他听完就不敢去游泳池了, 我解释了半天游泳池里没有鲨鱼, 他还是半信半疑, 非要我先下水试试.

最近通勤路上在听一本讲航海史的有声书, 说郑和下西洋的宝船有一百多米长, 比哥伦布的船大了好几倍, 船队浩浩荡荡两百多艘, 听得我热血沸腾. 想想我们现在做的运费清算, 其实也是在给这些大船"记账", 还挺有历史感的, haha. 书里还讲到古代船员靠腌菜和咸鱼撑过几个月的航程, 我听完再看看自己桌上的外卖, 觉得还是挺幸福的.

好了不多说了, 下周有空一起喝杯咖啡, 我带上我的 V60 给你露一手!

Cheers,
贺敏""")

case(expect=["ramble"], lang="zh",
     why="ramble in formal literary register: railway history, calligraphy, rock tea and a childhood train ride bury the joint-test date",
     sender=QIAN, to=[MA],
     subject="致马总",
     body="""马总台鉴：

久未问候，近来可好？前日偶得闲暇，重读京张铁路的旧史，感慨良多。詹天佑先生当年于青龙桥设“人”字形线路，以折返之法克服关沟陡坡，其时不少外国工程师断言中国人修不成此路，先生以四年之功提前竣工，且节省了大笔经费，至今读来仍令人心潮澎湃。贵部承铁路货运之重任，想来对前辈筚路蓝缕之艰辛，体会更深于我辈。

近月来我重拾书法旧好，每日晨起临《九成宫醴泉铭》半小时。欧体结字险峻而法度森严，初临时处处掣肘，笔笔皆错，近来方觉稍有进益。前几日写了一幅“行稳致远”，自觉尚可，裱好后挂在书房，每日对坐，倒也怡然。家中老伴笑我“退休准备做得比项目计划还细”，我亦不以为忤。人到这个年纪，总想留些笔墨给孙辈，也算一点念想。

又，上月友人自福建寄来今年新焙的武夷岩茶，肉桂一款，香气高锐，岩韵明显，三泡之后犹有桂皮之香。我素来只喝绿茶，这回倒是被岩茶收服了。冲泡之法，友人叮嘱须用滚水高冲，出汤要快，我试了几回，果然与温水慢泡大不相同。听闻马总亦是好茶之人，改日得闲，当携此茶登门，与您共品。

另，集装箱班列运单接口联调，定于本周四下午两点进行，请贵部派员参加。

说起铁路，我少年时曾随父亲乘绿皮车由北京至兰州，车行两日两夜，一路黄土高坡，窑洞错落，沿途小站上有老乡提篮叫卖煮鸡蛋与白面馍，几分钱一个。那时只觉路途漫长，如今高铁半日即达，思之恍如隔世。同车厢有一位老铁路工人，一路给我讲他年轻时在戈壁上铺枕木的故事，说风沙大时饭里都是沙子，我至今记得他那双满是老茧的手。时代变迁之快，我辈亲历，亦深感幸运。车厢里那股煤烟与茶叶蛋混杂的气味，如今闭上眼睛似乎还能闻到。

近日京城入冬，早晚寒凉，望马总保重身体，勿过劳累。贵部年底任务繁重，诸位同仁辛苦。

顺颂
冬安

钱卫东 敬上""")

case(expect=["ramble"], lang="en",
     why="ramble: new car, gym trainer, school play, TV series and traffic bury the API rate-limit change on 1 Dec",
     sender=MARCUS, to=[SANJAY],
     subject="Long week!",
     body="""Hey Sanjay,

What a week, right? I don't know about you, but I feel like I've lived three Mondays in a row. Thought I'd drop you a line before the weekend swallows everything.

Big news on my side: I finally picked up the new car. After six months of going back and forth between the hybrid and the full electric, I went electric, and I am now that guy who talks about charging stations at parties. The first road trip was to Hatta last Friday, and I only panicked about the battery twice, which I'm counting as a win. The dam up there was gorgeous, by the way. If you haven't taken the boys kayaking yet, you absolutely should.

I've also started going to the gym at 6 a.m., which is a sentence my younger self would not believe. There's a trainer there called Ivan who seems to take personal offence at my squats. He keeps saying "slower, slower", and I keep thinking that if I go any slower I'll be asleep. Still, my back has stopped complaining after long days at the desk, so maybe Ivan has a point.

My daughter had her school play on Wednesday. She was a tree. A very committed tree: she didn't move for forty minutes, and I honestly think she out-acted the kid playing the king. My wife cried, and I pretended I had something in my eye. We celebrated with far too much ice cream afterwards.

Quick note before I forget: from 1 December the booking API rate limit drops to 50 requests per minute per client key.

Have you started the series I mentioned, the one about the heist on the container ship? We finished season two last night and I'm not okay. That ending! I won't spoil it, but I'll never look at a reefer container the same way again. Let me know when you get there so we can argue about who the real villain is.

Traffic on Sheikh Zayed Road has been brutal this week, too. I left the office at six on Tuesday and got home at twenty past seven. I've started listening to audiobooks to keep my sanity. Currently halfway through a history of the spice trade, which, given our line of work, feels appropriate. Did you know pepper was once worth its weight in silver? I've been annoying everyone at dinner with facts like that.

Anyway, that's enough from me. Say hi to Meera and the boys, and let's grab a karak at the usual place next week if you have a free afternoon.

Cheers,
Marcus""")

case(expect=["ramble"], lang="zh",
     why="ramble: tai chi, grandson's toy train, canteen food and a class reunion bury the request to approve acceptance by the 25th",
     sender=ZHOU, to=[ZHENG],
     subject="年底了，随便聊几句",
     body="""郑主任：

您好！年底了，手头的事稍微松一点，跟您随便聊几句。

最近我跟着小区里的老师傅学太极拳，每天早上六点半在公园集合。一开始觉得这是老年人的运动，打了两个星期才发现，光是一个“云手”就够我琢磨半个月的，腰胯总是不跟着动，老师傅说我“手在打拳，身子在上班”，说得我哑口无言。老师傅七十多岁了，一个金鸡独立能站两分钟，我连三十秒都撑不住。不过坚持下来以后，颈椎确实舒服了不少，晚上睡得也踏实了。

我家孙子今年上幼儿园大班了，最近迷上了搭玩具火车，每天放学回来第一件事就是把轨道铺满整个客厅，我下班进门得踮着脚走。上周他非要我陪他玩“调度员”的游戏，他当调度，我当司机，他一声令下我就得把小火车开进站，开慢了还要被他批评“晚点了”。我心想，这孩子以后说不定真能到您那儿当调度员。

说起单位食堂，上次去贵集团开会，中午在你们食堂吃的那顿饭我到现在还记得，红烧肉肥而不腻，还有那个葱油饼，外酥里软，比外面饭馆做得都好。我们公司食堂最近换了承包商，菜品是多了，味道却寡淡了不少，大家天天在群里念叨。

另外，想请您在本月二十五日前批复一下验收申请。

上个月参加了大学同学毕业三十周年的聚会，一个班四十二个人来了三十五个，有的已经退休，有的还在一线带项目，大家翻出当年的毕业照，一个个都认不出来了，我当年的头发可比现在多多了。还有一位同学在海上跑了二十多年远洋，说起船上的生活，大家都听得入了迷。他说在印度洋上看到过成群的海豚追着船跑，还遇到过一次十几米的大浪，整条船像玩具一样被抛起来。散场的时候大家约好五年后再聚，希望到时候一个都不少。

天气越来越冷，您平时工作忙，也要注意身体，多喝热水，少熬夜。

祝好！
周屹""")

# ---------------- backchannel ----------------
case(expect=["backchannel"], lang="zh",
     why="backchannel: to a colleague, mocks the SOE office director ('郑大主任', '官老爷做派') over his formal letters",
     sender=KONG, to=[GEJUN],
     subject="又来一份红头",
     body="""俊哥：

郑大主任又发来一份红头文件，三页纸，就为了让我们把排班表里的“值乘”改成“乘务值乘”。字数比咱们这次改的代码都多。这位爷就是典型的官老爷做派，芝麻大点事都得盖个章走个流程，显得他日理万机。

你先别动，等他下一份“补充函”来了一起改，我估计周三前还得来一封。

德""")

case(expect=["backchannel"], lang="en",
     why="backchannel, reply-all accident: mocks Fatima's 'runway-length wish list' and memory while she is in Cc",
     sender=PRIYA, to=[TOM], cc=[FATIMA],
     subject="Re: Prep for Thursday's baggage review",
     body="""Tom,

Heads-up: Fatima will turn up with a wish list the length of a runway again. Just nod, say "great point", and write nothing down. She forgets half of it by Friday anyway, and contradicts herself on the other half the week after.

Bring snacks, it'll be a long one.

P.""",
     quote="""Priya,

Anything I should know before Thursday's review with Fatima's team?

Tom""",
     quote_from=TOM)

case(expect=["backchannel"], lang="zh",
     why="backchannel with a nickname ('船老大' for the booking-centre manager): says she and her PC just learned to boot",
     sender=HAN, to=[DUXC],
     subject="今天的电话",
     body="""小川：

订舱中心那位“船老大”今天又给我打了四个电话，同一个问题——订舱页面怎么改柜型——问了四遍，每次都像第一次听说一样。我怀疑她那台电脑是刚学会开机的，人也是。

你那边能不能在页面上加个巨大的红色箭头，指着“修改柜型”按钮？不是为了用户体验，是为了我的耳朵。

潇""")

case(expect=["backchannel"], lang="mixed",
     why="backchannel, reply-all accident: calls the bank team flip-floppers and their PM a 'mouthpiece' with 崔婷 in Cc",
     sender=DENG, to=[GEJUN], cc=[CUI],
     subject="Re: C行对账格式又变了",
     body="""俊,

第八版了 lol. C行那帮人 literally 每周换一次主意, 我看他们内部自己从来没对齐过, 开会纯属走过场. 崔婷那个 PM 就是个传话筒, 问她啥都是"我回去问问".

先别冻结, 冻结了他们也会假装没看见. 等第九版吧.

凯""",
     quote="""凯哥，C行今天又发来一版对账文件格式，这是第几版了？我们要不要先冻结？

葛俊""",
     quote_from=GEJUN)

case(expect=["backchannel"], lang="zh", trad=True,
     why="backchannel in traditional Chinese: nickname 「譚大炮」 for the airport client, sarcastic '真是絕了'",
     sender=WEN, to=[LINJH],
     subject="譚大炮又開講了",
     body="""佳慧：

譚大炮（就是機場行李處那位譚處長）今早又在群組裡連發七條語音，加起來十二分鐘，我全聽完了，重點是零。這位老兄大概以為嗓門大就等於有道理，每次都先吼一輪再說需求，真是絕了，一言難盡。

下週的需求會妳幫我頂一下，我怕我當場翻白眼。

世傑""")

case(expect=["backchannel"], lang="zh",
     why="backchannel: to colleagues, says the Dubai ops team could not run a corner shop; mocks Khalid's 'ASAP'",
     sender=YANG, to=[GEJUN, DUXC],
     subject="迪拜那边又“紧急”了",
     body="""两位：

迪拜那边又从天上掉下来一个“紧急需求”。Khalid 那位大哥大概以为 ASAP 四个字母就是项目计划。说真的，他们那个运营部，让他们管个小卖部我都不放心，还管机场。

先别理，等他们周日上班想起来再说。

帆""")

case(expect=["backchannel"], lang="zh",
     why="backchannel: ridicules 马总's process diagram to a colleague ('离了个大谱', '真的会谢'), print it as scrap paper",
     sender=LU, to=[YAO],
     subject="马总的流程图",
     body="""芸芸：

你看了马总发来的那张“业务流程图”没有？箭头一半是反着画的，泳道里还混着两个圆角矩形和一个表情包。就这水平，还要我们“严格按图开发”，真是离了个大谱。

我是真的会谢。你先照着咱们自己梳理的流程做，他那张图打印出来当草稿纸吧。

晴""")

# ---------------- two labels ----------------
case(expect=["argue", "refusal"], lang="zh",
     why="argue+refusal: blunt '这个不做' plus blaming the client for reopening a signed-off scope ('您让我们怎么干')",
     sender=KONG, to=[SU],
     subject="Re: 关于增加夜班补贴自动计算的需求",
     body="""苏科长：

这个不做。

九月二十号需求评审，您本人坐在第一排，补贴和工资对接明确划在范围外，会议纪要上您的签字还在。现在又翻出来，您让我们怎么干？每次领导一句话，你们就把评审结论当废纸，这活儿还怎么排期？

孔德""",
     quote="""孔经理：

段里领导希望在排班系统里增加夜班补贴自动计算，直接对接工资系统，请评估一下。

苏丽""",
     quote_from=SU)

case(expect=["persuade", "argue"], lang="en",
     why="persuade+argue: belittles the procurement officer ('not an architect, and it shows'), calls the tender theatre, demands signature",
     sender=HELEN, to=[RASHID],
     subject="Re: Further quotations for phase 2 of the booking portal",
     body="""Rashid,

I'll be blunt: you're a procurement officer, not an architect, and it shows in this request. Nobody else can plug into our phase 1 booking engine without rebuilding it from scratch, so "two further quotations" is just theatre.

Skip the three weeks of shopping around. Award phase 2 to us, sign by Monday, and let the people who understand the system get on with it.

Helen""",
     quote="""Helen,

Procurement policy requires us to obtain at least two further quotations before awarding phase 2 of the freight booking portal. We will revert in three weeks.

Rashid Qasim""",
     quote_from=RASHID)

case(expect=["backchannel", "argue"], lang="zh",
     why="backchannel+argue: to the client's VP, disparages his staff member 白涛 and lectures the VP to 'manage his own team'",
     sender=YAO, to=[MA],
     subject="关于近期bug反馈的情况说明",
     body="""马总：

最近贵部提交的十九个“系统bug”，我们逐条复现过了，十七个是操作问题，而且基本都出自同一位——白涛。说实话，这位小白同志连筛选和排序都分不清，Excel大概也就会开和关，每天提一堆“bug”，我们两个测试专门陪他一个人玩。

操作手册第三章写得清清楚楚，培训也搞过两轮，您的人就是不看。请您先把自己的队伍管好，别再让我们替贵部的员工收拾烂摊子了。

姚芸""")

case(expect=["refusal", "backchannel"], lang="mixed",
     why="refusal+backchannel: flat no on multi-currency to the Dubai client, plus a Chinese aside to a colleague mocking him, in the same mail",
     sender=CHENLI, to=[SANJAY], cc=[DUXC],
     subject="Re: Multi-currency on the booking portal",
     body="""Sanjay,

No. Multi-currency isn't going onto the portal. USD only, and it stays that way.

@小川 这位大哥每周来许一个愿, 真把我们当许愿池了, 下周估计要加卢比汇率走势图. 别理他.

Chen Li""",
     quote="""Chen Li,

Can the booking portal show freight rates in AED, USD and INR side by side? Our Indian shippers keep asking.

Thanks,
Sanjay""",
     quote_from=SANJAY)

case(expect=["ramble", "persuade"], lang="zh",
     why="ramble+persuade: fishing, tea, stocks and a child's study abroad wrap a push to drop the bank's in-house build and just sign",
     sender=DENG, to=[HOU],
     subject="侯处，好久不见",
     body="""侯处：

好久不见！上次在行里开完会，您说要带我去钓鱼，我一直惦记着。前两天我自己先去水库踩了个点，早上五点出门，到那儿天还黑着，雾气一层一层地从水面上飘起来，安静得只能听见远处的鸟叫。我守了一上午，钓上来两条鲫鱼、一条翘嘴，翘嘴有一斤多重，拉上来的时候竿子弯成了一张弓，那个手感，真是一周的班都白上了。水库边上还有一家农家乐，老板娘做的鱼头泡饼，鱼头炖得奶白，饼子吸饱了汤汁，我一口气吃了三块。

回来路上顺道去了趟茶城，买了点白茶，老板说是福鼎的三年陈寿眉，煮着喝有一股枣香。我泡了一壶给我们组里的小年轻尝，他们喝了半天，说像中药，我真是对牛弹琴。下次去行里我给您带一饼，您是懂茶的人，肯定能品出好来。

顺带提一句正事：您那个自建运费清算系统的想法，我劝您就此打住。行里信息科那几个人，维护现有系统都吃力，再上一套新的，出了事谁来扛？您就全盘交给我们来做，别再跟领导那边来回折腾方案了，下周我把合同带过去，您签个字就行，这事就这么定了。

最近股市也是一言难尽，我那点可怜的持仓，跌得我都不敢打开账户，老婆问我赚了没有，我只能说“长期持有”。我们组有个小伙子天天研究K线，说下个月一定反弹，我看他比券商分析师还自信。

孩子明年要去英国读书，这段时间全家都在忙着准备材料、考雅思，我家那位天天盯着孩子背单词，饭桌上都在讲英语，我插不上话，只能默默吃饭。她还报了个陪读的英语班，每天晚上比孩子还用功。学费生活费算下来一年小几十万，我现在看到英镑汇率就头疼。您家孩子当年也是出国读的书吧？有什么经验，一定要传授传授。

天气冷了，您多保重。等开春了，咱们一起去水库，我带好饵料，保证让您满载而归。

邓凯""")

# =====================================================================
# HARD NEGATIVES
# =====================================================================

case(expect=[], lang="zh",
     why="hard negative: 公文-register 'cannot go live by the 20th' with CR number, evaluation date and an interim workaround",
     sender=QIAN, to=[ZHENG], cc=[SU],
     subject="Re: 关于乘务员APP增设人脸识别签到功能的函",
     body="""郑主任：

贵办十一月十日来函收悉，现将有关情况函复如下：

一、人脸识别签到涉及生物特征信息采集，须先完成个人信息保护影响评估，并与集团保卫部门确认数据存储方案，十一月二十日前上线确有困难，暂不能列入本期交付。
二、我组已将该事项登记为变更申请（编号CR-2026-047），拟于十一月十八日前完成技术与合规评估，形成书面意见报贵办审定。
三、评估期间，建议各客运段继续沿用工牌扫码签到，我组可在十一月十三日前为扫码签到增加定位校验，作为过渡措施。

以上意见妥否，请贵办批示。

钱卫东
乘务排班系统项目组""",
     quote="""钱经理：

为加强乘务人员出退勤管理，经集团研究，拟在乘务员APP中增设人脸识别签到功能。请你方于十一月二十日前完成开发并上线。

特此函告。

中联运集团信息化办公室
二〇二六年十一月十日""",
     quote_from=ZHENG, quote_style="outlook_zh")

case(expect=[], lang="en",
     why="hard negative: 'can't get full RTL into December' followed by a concrete Arabic-labels date, a CR and a call offer",
     sender=PRIYA, to=[KHALID], cc=[FATIMA],
     subject="Re: Arabic on the night-shift dashboard",
     body="""Hi Khalid,

Thanks for passing this on. The night-shift feedback makes sense, and we'd like to get it right rather than rush it.

Full right-to-left layout touches every screen and the PDF exports, so we can't get all of it into the December release. What we can do:

1. Arabic labels and alerts on the three screens the duty managers use most (flight overview, transfer list, exceptions), in the build of 15 December.
2. Full right-to-left support for the whole dashboard in the February release, logged as CR-118 and estimated by 20 November.

Would that work for the Eid peak? If another screen matters more to your team than the ones I listed, tell me and we'll swap it in. Happy to go through it on a call on Tuesday.

Best,
Priya""",
     quote="""Priya,

The night shift are asking again for the dashboard in Arabic. Honestly it's becoming a daily complaint. What can you do before Eid?

Khalid""",
     quote_from=KHALID)

case(expect=[], lang="zh",
     why="hard negative: escalation, PM says the fee waiver is beyond his authority, passed to the delivery director who calls back tomorrow",
     sender=HAN, to=[FENG],
     subject="Re: 十一月平台服务费能否减免",
     body="""冯姐：

两次停机给你们和各家货代添了不少麻烦，这个我们认。

服务费减免超出了我的权限，我不能随口答应，也不想随口回绝。停机时间、影响的订舱单数量和我们的整改情况，我今天已经整理好报给了我们的交付总监邵明远，他明天下午三点前直接给您回电话，商量具体怎么处理。

有任何补充材料需要我准备的，您随时说。

韩潇""",
     quote="""小韩：

上个月平台停了两次，我们这边代理意见很大，十一月的平台服务费能不能减免一部分？

冯卫红""",
     quote_from=FENG)

case(expect=[], lang="zh",
     why="hard negative: negation '不是做不到', explains the work, estimate date and an interim manual workaround",
     sender=YANG, to=[FENG],
     subject="Re: 拼箱功能到底能不能做",
     body="""冯经理：

不是做不到，而是拼箱牵扯的东西比整箱多，我想先把账算清楚再给您准话：

1. 运费要按立方数和重量在多个货主之间分摊，计费模块得改；
2. 需要接拼箱仓库的进仓数据，目前仓库那边还没有接口；
3. 提单要一票拆多票，跟船公司的EDI报文也要调整。

我们下周三（11月18日）前给出工作量和排期评估。如果代理那边等不及，过渡期可以先用“整箱订舱+备注拼箱货主明细”的方式，由订舱中心人工拆分，我们可以把备注栏放大到500字，这个本周就能上。

杨帆""",
     quote="""杨经理：

代理们一直在问平台什么时候支持拼箱，你们到底能不能做？给个准话。

冯卫红""",
     quote_from=FENG)

case(expect=[], lang="en",
     why="hard negative: risky words as technical terms (Connection refused, rejected, must accept, impossible in theory, must restart)",
     sender=HELEN, to=[OMAR],
     subject="Patch notes: baggage feed adapter 2.4.1",
     body="""Hi Omar,

Release notes for feed adapter 2.4.1, going to UAT tonight:

- Fixes the "Connection refused" errors seen after midnight. The adapter was opening a new socket per message and the gateway rejected them once it hit its connection cap. It now reuses a pool of eight connections.
- The parser must accept both the 10-digit licence plates and the legacy 8-digit tags that a few regional carriers still send. Both are now handled.
- Adds a unique constraint on (tag number, flight, date), so in theory it is now impossible for a bag to be counted twice in reconciliation.
- Kills orphaned worker processes after 30 seconds instead of leaving them hanging.

You must restart the adapter service after deploying (about 20 seconds of feed gap; messages are buffered on the sorter side, nothing is lost). Nothing is needed from your network team.

Happy to jump on a call if you'd like to walk through it before tonight.

Helen""")

case(expect=[], lang="zh",
     why="hard negative: client's angry slang (到底行不行, 无语, 低级错误) only in the quote; PM reply apologises, explains, fixes and visits",
     sender=ZHOU, to=[SU],
     subject="Re: 测试排班又出错",
     body="""苏科长：

非常抱歉，这次确实是我们的问题，给调度科添麻烦了。

原因已经查清：两名乘务员在人力系统里的工号发生过变更，同步时旧工号没有失效，排班引擎把同一个人当成了两个人，于是出现了“重复排到同一趟车”。今天下午已经修复，并对全部一千二百余名乘务员做了工号去重检查，另外发现三例同类情况，一并处理了。

今晚十点我们会对春运第一周的排班全量重跑，明早九点我带结果到调度科，当面跟您逐段核对一遍。

周屹""",
     quote="""周经理：

你们这系统到底行不行？？测试排班又把两个人排到同一趟车上了，春运下周就开始，我真是无语了。这种低级错误还要出几次？

苏丽""",
     quote_from=SU, quote_style="gt_zh")

case(expect=[], lang="zh",
     why="hard negative: internal constructive discussion of the client's anxiety, plans a face-to-face session",
     sender=ZHOU, to=[GEJUN, JIANGW],
     subject="苏科长对春运排班的担心",
     body="""葛俊、蒋雯：

苏科长今天电话里比较着急，核心担心两点：一是春运临时加开列车时，系统能不能半小时内排出班来；二是切换当晚如果出问题，调度科有没有退路。

这两个担心都很实在，去年春运她们手工排班熬了好几个通宵。我想明天上午十点我们三个一起去调度科，当面演示一遍临时交路模板，再把回退步骤一步步讲清楚。

葛俊准备一个加开三趟车的演示场景，蒋雯把回退演练的记录带上。有问题今晚跟我说。

周屹""")

case(expect=[], lang="zh",
     why="hard negative: long but focused root-cause analysis of a baggage mis-sort incident (same length as the ramble drafts)",
     sender=ZHOU, to=[TAN], cc=[GEJUN],
     subject="11月7日T2行李错分事件原因分析报告",
     body="""谭处：

现将十一月七日T2行李错分事件的原因分析报告如下，请贵处审阅。

一、事件经过
十一月七日十八时二十分至十九时零五分，T2分拣系统共有四十三件行李被分至错误的转盘，其中中转行李三十一件、到达行李十二件。十九时零五分值班员发现异常并切换至人工分拣，十九时四十分全部行李找回并重新分拨，没有造成行李遗失。期间行李处夜班主管带领六名员工到6号转盘逐件核对，配合非常及时。涉及航班五个，其中两个航班的旅客提取时间延误约二十五分钟。

二、直接原因
当天十六时，我方发布了分拣规则引擎补丁2.3.7。补丁中航班与转盘的映射表在加载时，没有正确处理当天临时变更的两个共享航班号，导致这两个航班的行李按旧映射分到了6号转盘，而实际应去8号转盘。

三、根本原因
1. 补丁测试用例只覆盖了固定航班，没有覆盖当天临时变更航班的场景；
2. 发布前没有在影子环境用当天真实航班计划做一次回放；
3. 映射加载失败时系统只记录日志，没有告警，值班员无法第一时间发现。

四、整改措施
1. 补充临时变更航班、共享航班、航班取消三类测试用例，十一月十二日前完成；
2. 今后所有分拣规则补丁，发布前必须用前一日真实航班计划在影子环境回放，差异为零方可发布；
3. 映射加载异常增加实时告警，推送至地服值班手机，十一月十四日前上线；
4. 分拣规则补丁的发布时间调整到每日凌晨一点至四点的航班低峰期。

五、下一步
以上措施完成后，我们将于十一月十五日向贵处提交验证报告。报告中如需补充数据，请随时告知，我们也可以当面汇报。

六、附件说明
四十三件行李的行李牌号、原分拣转盘与正确转盘对照表、值班记录以及系统日志摘要，已放在共享目录“11月7日事件”文件夹中，供贵处核对。

周屹""")

case(expect=[], lang="zh",
     why="hard negative: long but focused cut-over plan for the Spring Festival roster system, includes rollback and open items",
     sender=KONG, to=[SU], cc=[ZHENG],
     subject="春运排班系统切换方案（第二版）",
     body="""苏科长、郑主任：

春运排班系统切换方案第二版已按上周会议意见修改，主要内容如下，完整文档见共享目录。

一、切换时间
计划于十二月二十日（周日）零时至六时进行。选择该时段，是因为当晚值乘交路最少，仅有四趟夜班车，且这四趟车的乘务组在切换前已完成派班。

二、切换步骤
1. 十九日二十二时：冻结旧系统排班修改，导出全部在途排班数据；
2. 二十日零时：新系统导入十二月二十日至一月三十一日的全部排班计划，共一万八千余条；
3. 二十日二时：调度科与我方测试人员按十个客运段分组，逐段核对排班数量、交路、休班天数；
4. 二十日四时：核对无误后开放新系统，乘务员APP推送新版本；
5. 二十日六时：切换完成，旧系统转为只读，保留九十天。

三、回退方案
如四时前发现差异率超过千分之一，或任一客运段核对未通过，立即回退至旧系统，已导出的数据作废，切换顺延一周。回退由我方执行，预计耗时四十分钟。回退后，我方将在二十四小时内提交差异分析报告，并与调度科共同确定新的切换时间。

四、人员安排
我方派驻现场八人，含开发三人、测试三人、运维两人；请调度科安排每个客运段至少一名熟悉排班的同志参加核对，另请信息化办公室安排一名网络管理员值守。

五、风险与应对
主要风险是春运期间临时加开列车。新系统已预留临时交路模板，切换当天如有加开，可在半小时内完成排班。

六、沟通安排
切换前三天，我方向各客运段发送操作提示卡；切换当晚设临时热线，由我方和调度科各派一人接听；乘务员APP在切换期间显示维护提示，避免乘务员反复刷新。

七、待确认事项
请两位在十二月十日前确认切换时间和人员名单，我们据此发正式通知。

孔德""")

case(expect=[], lang="en",
     why="hard negative: long but focused weekly status report to the Dubai client (400+ words, all on topic)",
     sender=TOM, to=[KHALID, FATIMA],
     subject="Weekly status: baggage reconciliation system, week 45",
     body="""Hi Khalid, Fatima,

Here is the weekly status for the baggage reconciliation system (BRS), week 45.

Overall status: Amber. Scope and budget are on track; the schedule is at risk by roughly four working days because of the scanner firmware issue described below.

1. Progress this week
- Completed integration testing of the departure control feed. 2,314 of 2,320 test messages were processed correctly; the six failures were malformed test records and have been regenerated.
- Delivered build 0.9.3 to the UAT environment on Tuesday. It includes the transfer-bag screen Fatima's team reviewed last week, with the three layout changes requested.
- Trained 18 supervisors from the morning and night shifts. Attendance sheets are on the shared drive.

2. Issues and risks
- Handheld scanner firmware: 12 of the 40 handhelds in Concourse B drop the Wi-Fi connection when they move between access points. The manufacturer has confirmed the bug and promised a firmware update by 14 November. Until then we have pinned those units to fixed access points as a workaround. If the fix slips beyond 18 November, UAT sign-off moves from 28 November to 4 December.
- Night-shift coverage for UAT: we still need two named testers from the night shift. Fatima, could you confirm names by Sunday?

3. Decisions needed
- Retention period for reconciliation logs: we have proposed 13 months to cover a full audit cycle. Please confirm, or give us a different figure, by 16 November so we can size the storage.

4. Next week
- Regression test of build 0.9.3 (Sunday to Tuesday).
- Load test at 1.5 times the Eid peak volume (Wednesday).
- Dry run of the cut-over checklist with the operations control centre (Thursday).

5. Key dates
- UAT start: 17 November
- UAT sign-off: 28 November (at risk, see above)
- Go-live: 10 December

6. Budget
61% spent against 64% of planned work complete. No change requests were raised this week.

7. Quality
- Open defects: 14 (0 critical, 3 major, 11 minor), down from 22 last week.
- The three major defects are all on the exceptions screen; fixes are scheduled for build 0.9.4 next Wednesday.
- Test coverage of the reconciliation rules is now 87%, against a target of 85% before UAT.
- Two minor defects raised by your supervisors during training (a truncated flight number and a missing time-zone label) were fixed the same day.

If it helps, I can walk through the scanner issue in more detail at Monday's operations meeting. The full risk and issue log is on the project site, and the manufacturer's bug report is attached there as well.

Best regards,
Tom Reyes
Project Manager, BRS""")

case(expect=[], lang="zh",
     why="hard negative: risky motto ('没有不可能') and a refusing disclaimer only in the signature; body is a plain billing note",
     sender=HAN, to=[FENG],
     subject="订舱平台11月账单",
     body="""冯经理：

十一月平台服务费账单已生成，金额与合同约定一致，明细按订舱单数量和增值服务分项列出。十月两次停机对应的服务时长已在明细第四页单独标注，具体处理方式以邵总与您沟通的结果为准，确定后我们再出调整单。

如对账单有疑问，随时找我。

--
韩潇 | 项目经理
座右铭：没有不可能，只有不够拼
本邮件及附件仅供指定收件人使用。如您并非指定收件人，请勿阅读、转发或使用，并立即删除；我司拒绝承担因误传产生的任何责任。""")

case(expect=[], lang="zh",
     why="hard negative: internal banter aimed at oneself (我这脑子, 醉了, self-imposed fine), nothing about the client",
     sender=HAN, to=[DUXC, JIANGW],
     subject="我这脑子……",
     body="""小川、雯姐：

我这脑子，把下周那班船的截关时间在测试数据里写成了周三，其实是周二，难怪你们的用例一直对不上。我自己都醉了，白白让你们查了一下午。

已经改好了，测试库也重刷了一遍，麻烦再跑一次。今天下午的奶茶我请，算是罚款。

潇""")

case(expect=[], lang="mixed",
     why="hard negative: firm-but-polite facts on SLA with data, offers to walk through the numbers; ASCII punctuation",
     sender=HEMIN, to=[HOU], cc=[CUI],
     subject="10月运费清算服务 SLA 说明",
     body="""侯处,

关于您上周提到的10月清算服务可用性, 我们核对了一下数据:

- 合同附件三约定的月度可用性是 99.5%, 统计口径是工作日 07:00-22:00;
- 10月实际可用性是 99.62%, 共有两次中断, 合计 41 分钟, 明细和监控截图已放在共享目录;
- 两次中断都已写了事故报告, 整改项已在 11月3日 完成.

所以从合同口径看, 10月没有触发 SLA 扣减. 如果行里对统计口径 (比如是否应该包含周末批处理) 有不同理解, 我们很愿意周四一起过一下, 必要时把口径写进补充协议.

贺敏""")

case(expect=[], lang="zh",
     why="hard negative: '按我们的经验' recommendation with two options, both supported, client decides",
     sender=ZHOU, to=[TAN],
     subject="Re: 行李追踪数据保留多长时间",
     body="""谭处：

按我们在其他机场的经验，建议行李追踪明细保留十八个月，能覆盖一个完整的年度审计加上半年的索赔期。供您参考，有两个方案：

方案A：全部明细在线保留十八个月，查询最方便，存储需扩容约6TB；
方案B：在线保留六个月，之后转入归档库，查询归档数据需要约一分钟，存储基本不用扩容。

两种我们都能支持，费用差别我已附在后面。最终请贵处结合安检和索赔部门的意见来定，定了告诉我就行。

周屹""",
     quote="""周经理：

行李追踪的数据要保留多久合适？审计那边和财务那边说法不一样，你们有没有建议？

谭振""",
     quote_from=TAN)

case(expect=[], lang="en",
     why="hard negative: 'As I said on Tuesday's call' used as follow-through on a promise, not as a rebuke",
     sender=MARCUS, to=[SANJAY],
     subject="Cut-over window confirmed",
     body="""Hi Sanjay,

As I said on Tuesday's call, I'd confirm the cut-over window once the carrier signed off, and they did this morning.

- Window: Saturday 22 November, 02:00 to 05:00 GST.
- Bookings can be created until 01:45; anything submitted after that is queued and processed when the portal comes back.
- Your desk will get an SMS when we're live again.

If 02:00 clashes with any late pharma shipments on your side, let me know by Wednesday and we can shift by an hour.

Thanks,
Marcus""")

case(expect=[], lang="zh", trad=True,
     why="hard negative in traditional Chinese: macro export not this phase, but CR number, reply date and an interim CSV template",
     sender=WEN, to=[SU_T],
     subject="回覆：排班報表匯出格式",
     body="""蘇科長：

您好。帶巨集的Excel本期確實沒辦法直接提供，主要是貴集團終端安全策略會攔截含巨集的檔案，硬做出來各段也打不開。

我們已將此需求登記為變更單CR-2026-052，十一月二十四日前回覆評估結果，包括能否改用伺服器端產生統計表的方式來達到同樣效果。

在此之前，我們可以先在CSV匯出中加入樞紐分析需要的四個欄位，並附上一份做好公式的範本，各段下載後直接貼上即可，本週五前提供。

溫世傑""",
     quote="""溫經理：

段裡的同志習慣用帶巨集的Excel做統計，系統匯出的報表能不能直接帶上巨集？

蘇麗""",
     quote_from=SU_T)

case(expect=[], lang="zh", trad=True,
     why="hard negative in traditional Chinese: internal mail takes the airport client's blunt criticism seriously ('擔心是對的')",
     sender=LINJH, to=[WEN, ZHOU],
     subject="譚處這次的擔心是對的",
     body="""世傑、周屹：

今天的週會上，譚處說我們的告警「一個晚上響八十次，等於沒響」。話是重了一點，但我回來翻了日誌，他說得沒錯：昨晚八十三次告警裡，真正需要處理的只有五次。

我的想法：
1. 把轉盤堵塞和掃描失敗分成兩級，只有一級告警推送到值班手機；
2. 同一轉盤十分鐘內的重複告警合併成一條；
3. 週四前出調整方案，週五我約譚處當面過一遍。

大家覺得可以的話，我明天就開始排。

佳慧""")

case(expect=[], lang="zh",
     why="hard negative: '并不是贵处的问题' with the PM taking the blame, rollback and a changed release window",
     sender=ZHOU, to=[TAN],
     subject="Re: 昨晚行李追踪页面无法打开",
     body="""谭处：

并不是贵处网络的问题，是我们昨晚十一点发布时，部署脚本漏了一个缓存参数，导致页面加载超时。零点二十五分我们回滚了版本，零点三十二分页面恢复。

给夜班同事添了麻烦，很抱歉。今后我们的发布窗口改到凌晨两点以后，并提前一天书面通知贵处值班室。补发的版本计划本周六凌晨两点上线，届时我会在现场。

周屹""",
     quote="""周经理：

昨晚十一点到十二点半，行李追踪页面一直打不开，是不是我们这边网络的问题？需要我们信息科查什么吗？

谭振""",
     quote_from=TAN)

case(expect=[], lang="mixed",
     why="hard negative: internal mail quoting the Dubai client's harsh 'half-baked' verdict and agreeing 'he has a point'",
     sender=TOM, to=[PRIYA, HELEN],
     subject="Fwd: Khalid's feedback on today's demo",
     body="""Team,

Khalid 说我们今天的 demo "half-baked". 说实话, he has a point. 我自己回看了录屏, 三个问题比较明显:

1. 一半的页面还是 dummy data, 他们的 duty manager 一眼就看出来了;
2. 关于 transfer bag 的 minimum connection time, 现场没人能答上来;
3. 演示顺序是按我们的模块排的, 不是按他们夜班的实际流程.

Plan: Priya 周三前把 UAT 真实数据导进 demo 环境; Helen 整理一页 MCT 规则说明; 演示脚本我按夜班流程重写. 我周四跟 Khalid 约一次 re-demo, 当面把这三点讲清楚.

Tom""",
     quote="""Tom,

Frankly, the demo today felt half-baked. Half the screens had dummy data and your team couldn't answer basic questions about transfer bags. I expected better.

Khalid""",
     quote_from=KHALID, quote_style="gt")

case(expect=[], lang="zh",
     why="hard negative: colleague named 贾方 (sounds like 甲方) introduced as new contact; no disparagement",
     sender=KONG, to=[SU], cc=[JIAFANG],
     subject="本周起排班规则配置对接人调整",
     body="""苏科长：

跟您说一下人员调整：从本周起，排班规则配置这块由我们组的贾方负责，他之前做过两个铁路局的乘务系统，规则引擎很熟。我继续负责整体进度和春运切换。

贾方周三上午会到调度科跟您认识一下，顺便把您上周提的三条规则疑问当面过一遍。之后规则方面的问题您可以直接找他，也抄送我就行。

孔德""")

case(expect=[], lang="zh",
     why="hard negative: '不可能的任务' used as praise in a thank-you note to the client and team",
     sender=SHAO, to=[SU, ZHENG], cc=[KONG, GEJUN, JIANGW],
     subject="春运首日排班零差错，致谢",
     body="""郑主任、苏科长：

春运首日全部一千四百余个值乘交路按时派班，零差错，临时加开的六趟车也都在半小时内排定。

一个月前，大家都觉得在这么紧的工期里完成切换几乎是不可能的任务，能做到今天这样，离不开调度科同志们陪我们熬的那些夜，也离不开信息办的统筹协调。我代表项目组向各位表示感谢。

春运还有三十九天，我们的驻场人员会一直在，有任何情况随时招呼。

邵明远""")

case(expect=[], lang="zh",
     why="hard negative: negation '我不是在推这件事，也不是说不改' followed by a concrete next step with the client deciding",
     sender=YAO, to=[MA],
     subject="关于运单打印模板改版",
     body="""马总：

您上周提的运单打印模板改版，我想先说明一下：我不是在推这件事，也不是说不改，只是担心现场几十台针式打印机的纸张规格不统一，直接改版可能有一部分站点打不出来。

所以我的想法是先做两个样张，一个按新版式、一个在旧版式上加集装箱号和封号两栏，周四我带到货场，跟您和调度的同志一起在现场打印机上试。哪个合适，您定了我们就改。

姚芸""")

case(expect=[], lang="mixed",
     why="hard negative: the bank's angry '到底行不行' and threat to escalate only in the quote; polite mixed reply with cause, fix and visit",
     sender=HEMIN, to=[HOU], cc=[CUI],
     subject="Re: 清算文件又延迟",
     body="""侯处,

非常抱歉, 今天的延迟是我们的责任.

原因: 上游一家船公司的 EDI 文件晚到了 35 分钟, 我们的 batch job 在等待超时后没有先出已到齐部分的清算文件, 而是整体等待. 这个设计不合理.

Fix: 今晚上线一个改动, 08:00 前先生成已到齐部分的清算文件, 迟到的船公司单独补一个增量文件. 明天起清算文件保证 08:30 前到行里.

我明早九点到行里当面跟您汇报, 也可以一起给行领导写个说明.

贺敏""",
     quote="""贺敏：

今天清算文件又晚了四十分钟，你们到底行不行？再这样我们只能上报行领导了。

侯志明""",
     quote_from=HOU, quote_style="foxmail")

case(expect=[], lang="zh",
     why="hard negative: risky words as technical terms (唯一约束, 拒绝, 驳回, 必须接受, 理论上不可能); ASCII punctuation",
     sender=CHENLI, to=[FENG], cc=[DUXC],
     subject="订舱接口变更说明 v1.3",
     body="""冯经理,

订舱接口 v1.3 将于11月19日上线, 变更点如下:

1. 订舱单号增加唯一约束, 同一单号重复提交会被拒绝, 返回 HTTP 409, 理论上不可能再出现重复订舱;
2. 订舱单状态机新增"驳回"状态, 船公司驳回时会带原因码, 货代可修改后重新提交;
3. 箱号字段必须接受 ISO 6346 标准的11位箱号, 不合规的会提示校验失败;
4. 接口强制使用 HTTPS, 旧的 HTTP 地址将于12月1日下线.

接口文档已更新, 测试环境今天已可用. 请转告各家货代的技术对接人, 如需我们开一次线上说明会, 告诉我时间就行.

陈立""")

case(expect=[], lang="zh",
     why="hard negative: 公文-register firm but polite facts on a timezone cause, two remedies offered, client chooses; harsh '责令' only in quote",
     sender=QIAN, to=[MA],
     subject="Re: 关于班列到达时间显示错误的函",
     body="""马总：

贵部来函收悉，我组已完成核查，现将情况报告如下：

一、班列到达时间显示偏差八小时，系运单接口传入的时间戳为世界协调时（UTC），而系统页面按北京时间显示，双方对时区约定未在接口文档中写明所致。接口文档由我组起草，此项遗漏我组负有责任。
二、可选处理方式有两种：
（一）贵部运单接口改为传送北京时间，我组无需改动；
（二）贵部接口保持不变，由我组在接收端统一换算，十一月十六日前可完成，不影响贵部现有系统。
三、我组倾向于第二种，对贵部影响最小，但请贵部择定后告知。接口文档将同步补充时区约定。

特此报告。

钱卫东""",
     quote="""钱经理：

近日我部调度发现，运单系统中多趟班列的到达时间显示错误，严重影响货场作业安排。现责令你方立即查明原因，限期整改。

中联运集团铁路货运部""",
     quote_from=MA, quote_style="outlook_zh")

case(expect=[], lang="mixed",
     why="hard negative: recommendation in code-switching that explicitly leaves the final call to the bank",
     sender=HEMIN, to=[CUI],
     subject="对账文件格式: 两个选项",
     body="""崔经理,

对账文件格式我们准备了两个选项, 供你们选:

Option A: CSV, 一行一票提单, 字段和现在的报表一致, 你们现有的导入脚本基本不用改;
Option B: ISO 20022 camt.053, 更标准, 以后接其他系统方便, 但你们那边的解析要重写, 大概两周.

我们的 recommendation 是先用 A 上线, 明年再评估要不要迁到 B. 不过 final call 在你们, 两个我们都能按时交付. 下周三前告诉我选哪个就行.

贺敏""")

case(expect=[], lang="zh",
     why="hard negative: internal escalation note that relays the client's threat neutrally and proposes a joint visit",
     sender=YAO, to=[SHAO],
     subject="马总来电情况汇报",
     body="""邵总：

马总今天下午来电，语气很重，原话是“再出一次错就考虑换供应商”。

我理解他的压力：集团这个季度对货运部考核班列准点率，运单系统两次出问题都正好撞在考核节点上。他的不满有道理，我们自己的发布流程确实有漏洞。

建议：
1. 您周三跟我一起去货运部当面拜访一次，把整改计划讲清楚；
2. 整改计划我明天中午前发您审；
3. 考核节点前后一周，我们冻结非紧急发布。

您看哪天方便。

姚芸""")

case(expect=[], lang="zh",
     why="hard negative: internal task split with the client deliberately in Cc '抄送谭处知悉'; respectful",
     sender=ZHOU, to=[GEJUN, JIANGW], cc=[TAN],
     subject="行李处反馈三个问题的内部分工（抄送谭处知悉）",
     body="""葛俊、蒋雯：

谭处上周五反馈的三个问题，内部分工如下，抄送谭处，方便行李处同步掌握进度：

1. 中转行李列表翻页后丢失筛选条件：葛俊负责，周三前修复；
2. 夜班交接报表缺少“破损行李”一栏：蒋雯与行李处夜班主管确认字段后，周四前出样；
3. 手持终端在T2东侧信号弱：葛俊会同机场网络组现场测量，周五前给出处理方案。

每项完成后请回复全部，谭处那边可以直接验证。

周屹""")

case(expect=[], lang="mixed",
     why="hard negative: colleague banter where 服了/666/醉了 are praise for a teammate's load-test work",
     sender=DENG, to=[DUXC], cc=[GEJUN],
     subject="压测结果, respect",
     body="""小川,

服了服了, 一晚上把订舱接口的吞吐从 300 TPS 干到 1200 TPS, 这波操作 666. 我本来排了一周给这件事, 结果你一晚上搞定, 我看报告的时候整个人都醉了.

明天例会上你给大家讲讲连接池和批量写入是怎么调的, 顺便把报告发冯经理那边一份, 让她放心年底的订舱高峰.

凯""")

case(expect=[], lang="en",
     why="hard negative: 'we won't be charging' and 'you must restart' in their harmless senses, in a fix notice",
     sender=HELEN, to=[FATIMA],
     subject="Scanner firmware fix: no charge, one restart needed",
     body="""Hi Fatima,

Good news on the Concourse B handhelds: the manufacturer's firmware fix arrived this morning and passed our overnight test on six units.

Two things to know:
- We won't be charging for this fix. It's a defect, so it's covered under the warranty terms in the contract.
- After the update you must restart the scanner service on each handheld (hold the side key for five seconds). Please don't power-cycle the docking stations during the update; that can interrupt the install.

We'd like to roll it out during the quiet window on Tuesday between 10:00 and 13:00. If that clashes with anything on your side, suggest another slot and we'll fit around it.

Best,
Helen""")

case(expect=[], lang="zh",
     why="hard negative: '并不是说不能接' for the airport's re-screening data, with the authorisation step, a letter draft and a date",
     sender=YAO, to=[TAN],
     subject="关于接入行李二次安检数据",
     body="""谭处：

关于行李二次安检后补打标签的事，我补充说明一下：并不是说我们不能接，而是二次安检的数据归机场安检站管，接口需要安检站授权，我们这边单方面做不了决定。

我已经起草了一份联系函，说明需要的数据字段和用途，附在后面，麻烦您看看是否合适，由贵处转安检站。如果安检站同意开放接口，我们评估后会在十一月二十日前给出排期；如果暂时不开放，也可以先在手持终端上加一个“人工补打”按钮作为过渡。

姚芸""")

case(expect=[], lang="zh",
     why="hard negative: long but focused change-impact analysis of a multi-port booking change; recommends, client decides",
     sender=YANG, to=[FENG], cc=[CUI],
     subject="关于“订舱单支持多卸货港”变更的影响分析",
     body="""冯经理：

关于贵公司提出的“订舱单支持多卸货港”变更，我们做了影响分析，结论和细节如下，请审阅。

一、需求理解
目前一张订舱单只能填写一个卸货港。贵公司希望同一票货在一张订舱单中分配到两个及以上卸货港，例如二十个柜中十二个卸青岛、八个卸釜山，以减少货代重复录单。舱单和提单仍按卸货港分别生成，不改变现有的单证流程。

二、影响范围
1. 数据模型：订舱单与卸货港由一对一改为一对多，涉及订舱主表、箱量明细表、舱位分配表三张表，需要做数据迁移，历史订舱单约四十一万条；
2. 舱位控制：现有舱位扣减按航次加卸货港计算，改造后需要按箱量明细逐港扣减，算法要重写；
3. 运费计算：不同卸货港运价不同，计费模块需要按明细行分别计价，再汇总到订舱单；
4. 外部接口：船公司订舱报文需要按卸货港拆分发送，C行运费支付接口需要增加明细行；
5. 报表：货量日报、舱位利用率报表等六张需要调整口径。

三、工作量与排期
预计开发三十五人天，测试二十人天，其中数据迁移脚本和回滚脚本各需三人天，已包含在估算中。如本周确认，最早可在十二月二十二日的版本上线；如并入一月版本，则可与舱位控制优化一起做，减少一次回归测试。

四、风险
1. 历史数据迁移需要停机约两小时，建议安排在周日凌晨；
2. C行接口改动需要行方同步排期，我们已和崔经理做了初步沟通，行方需要两周；
3. 货代端录单界面需要调整，建议上线前一周给主要货代做一次培训，避免初期录错卸货港。

五、建议
我们倾向于并入一月版本，测试更充分，停机只需一次。但如果贵公司年底旺季急需，也可以按十二月二十二日的节奏推进，两个方案的资源我们都已预留。请您在十一月二十日前告诉我们选择哪一个。

杨帆""")

case(expect=[], lang="zh",
     why="hard negative: long but focused monthly report in 公文 register to the SOE office (progress, issues, plan, coordination)",
     sender=QIAN, to=[ZHENG],
     subject="乘务排班系统项目十月份工作报告",
     body="""郑主任：

现将乘务排班系统项目十月份工作情况报告如下：

一、总体进展
截至十月三十一日，项目累计完成计划工作量的百分之七十二，较计划滞后两个百分点，主要原因是十月中旬集团网络改造占用测试环境五个工作日。预计十一月中旬可以追平。本月项目组投入十四人，其中驻场九人。

二、本月完成的主要工作
（一）排班规则引擎完成第三轮优化，十个客运段样本数据测试中，工时均衡度由百分之八十四提升至百分之九十一；
（二）乘务员APP完成两个移动平台版本的内测，参与内测乘务员二百一十人，收集意见六十三条，已处理五十一条，其余十二条列入十一月计划；
（三）完成与集团人力资源系统的人员主数据对接，每日同步一次；
（四）组织调度员培训三期，共九十六人次；
（五）完成乘务员APP隐私政策修订，已报集团法务部门审核通过。

三、存在的问题
（一）部分客运段历史排班台账口径不一，导入新系统前需逐段清理，目前已完成六个段，剩余四个段需客运段配合提供原始台账；
（二）少数旧型号手机上APP消息推送存在延迟，已与厂商对接排查；
（三）个别客运段网络带宽不足，高峰时段APP加载较慢，已建议信息化办公室协调扩容。

四、十一月工作计划
（一）完成剩余四个客运段历史数据清理；
（二）开展春运排班专项压力测试，模拟一万八千条排班并发生成；
（三）完成春运切换方案评审；
（四）启动系统安全等级保护测评准备工作；
（五）完成十一月版本发布，修复内测遗留问题。

五、需协调事项
恳请贵办协调剩余四个客运段于十一月十五日前提供原始台账，以免影响春运切换准备。

六、下月重点风险
春运前人员集中休假，可能影响内测意见收集，我组已与各段约定每周固定反馈时间。

特此报告。

钱卫东
乘务排班系统项目组""")

case(expect=[], lang="en",
     why="hard negative: long but focused root-cause analysis for the Dubai client; 'rejected' only in a technical sense; owns the fault",
     sender=HELEN, to=[KHALID, OMAR],
     subject="RCA: missing transfer-bag records, 9 November",
     body="""Khalid, Omar,

Below is our root-cause analysis of the missing transfer-bag records on 9 November.

Summary
Between 21:40 and 23:15 GST, 318 transfer bags were physically processed correctly, but their records did not appear on the reconciliation screen. No bag was lost or misloaded. The records were restored by 01:30 and reconciled against the handheld scan logs.

Timeline
- 21:38 The message queue between the sortation system and BRS reached its disk limit.
- 21:40 BRS stopped receiving transfer-bag messages; the queue rejected new messages and the sender retried silently.
- 22:55 A supervisor in Concourse B reported an empty transfer list for the late-evening connections.
- 23:15 Our on-call engineer freed disk space and the queue resumed.
- 01:30 All 318 records were replayed from the sorter's local buffer and verified.

Root cause
The queue's disk limit was left at the vendor default of 5 GB. During the evening bank, message volume was 2.6 times the daily average because two wide-body flights were consolidated after a delay. The configuration was ours, and so was the sizing assumption: we had sized for the normal peak, not for irregular operations.

Contributing factors
- The disk-usage alert was set at 95%, which left less than three minutes of warning at that rate.
- The sorter's retries were not surfaced as errors on either side, so the gap stayed invisible until a supervisor noticed it.

Corrective actions
1. Queue storage raised to 40 GB and moved to a dedicated volume (done, 10 November).
2. Disk alerts at 60% and 80%, paged to our on-call engineer and to Omar's NOC (done, 10 November).
3. A consistency check every five minutes that compares sorter counts with BRS counts and raises an alarm on any gap larger than ten bags (to be deployed 16 November).
4. A load test at three times average volume added to the regression suite before each release (from build 0.9.4).

Verification
We replayed the 9 November message log at three times its original rate on the UAT environment after the changes. The queue peaked at 31% of its new capacity, the 60% alert was never triggered, and the consistency check found no gaps. We will repeat the same test on production during the quiet window next Tuesday, with Omar's team watching.

Impact on schedule
None. The actions fit inside the current sprint.

We are sorry for the disruption to your night shift. I'd be glad to walk through this in person at Thursday's operations review, and Omar, if your team would like read access to the new consistency-check dashboard, we can set that up this week.

Regards,
Helen Zhao
Delivery Lead""")

case(expect=[], lang="zh",
     why="hard negative: SOE's harsh 公文 (责令整改, 追究违约责任, 暂停付款) only in the Foxmail quote; reply apologises with a dated plan",
     sender=YAO, to=[MA], cc=[SHAO],
     subject="Re: 关于运单系统多次宕机的函",
     body="""马总：

来函收悉。本月三次宕机给贵部班列组织造成了实实在在的影响，我们深感抱歉。

三次宕机的原因和整改计划如下：
1. 十一月二日、五日两次为数据库连接耗尽，已于十一月六日扩容并加装连接监控，完成；
2. 十一月九日一次为发布后配置未同步，已将配置纳入发布检查单，十一月十二日完成；
3. 十一月十四日前完成主备切换演练，演练方案明天发贵部审阅，欢迎派员全程参加。

十一月十五日前我们将提交书面整改报告。邵总和我本周四上午到贵部当面汇报，时间如不合适请告知。

姚芸""",
     quote="""你方运单系统本月已宕机三次，严重影响班列组织。现责令你方于十一月十五日前完成整改，否则我部将按合同追究违约责任并暂停付款。

中联运集团铁路货运部
马建华""",
     quote_from=MA, quote_style="foxmail")

case(expect=[], lang="mixed",
     why="hard negative: PM answers a colleague's quoted complaint about the Dubai client constructively and sets up a call",
     sender=TOM, to=[YANG],
     subject="Re: 迪拜又来一个 urgent",
     body="""帆,

理解你的 frustration, 连着三个周末都被叫起来确实累. 不过 Khalid 这次是有原因的: 民航局的 audit 下周一开始, 他们要现场演示 bag reconciliation, 他自己也是上周四才接到通知.

我的建议: 明天 10am Dubai time 我们跟他 call 一次, 当面把哪些能在周日前做完、哪些只能 audit 之后做讲清楚, 顺便约一下以后 urgent request 的 lead time. 你把需求拆成两列给我, 我来主持.

Tom""",
     quote="""Tom，Khalid 又来一个 urgent，他们是不是觉得我们 24 小时待命啊，烦死了。这周末又泡汤了。

杨帆""",
     quote_from=YANG)

case(expect=[], lang="zh",
     why="hard negative: 投诉, 差评, 黑名单, 扣分 as feature names in a release note to the shipping client",
     sender=HAN, to=[FENG],
     subject="货代评价模块上线说明",
     body="""冯经理：

货代评价模块已于今天上线，几点说明：

1. 订舱单完结后，订舱中心可对货代打分，也可以发起“投诉”，投诉会生成工单，由您这边审核；
2. 货代收到“差评”后不会自动扣分，需订舱中心确认后才计入季度评分；
3. 连续两个季度评分低于六十分的货代，系统会提示是否列入观察名单，是否进入黑名单仍由您这边人工决定；
4. 所有评价和投诉记录保留三年，可导出。

操作手册已放在平台帮助页，下周二下午我到订舱中心给同事们演示一次。

韩潇""")

case(expect=[], lang="en",
     why="hard negative: the Dubai client's 'are you kidding me' and 'is anyone testing' only in the quote; reply owns it, fixes it, offers a credit review",
     sender=MARCUS, to=[SANJAY], cc=[TOM],
     subject="Re: Booking portal down AGAIN",
     body="""Sanjay,

You're right to be angry. Three outages in a week is not acceptable, and I'm sorry your desk spent the morning rebooking by phone.

What happened: this morning's outage came from a certificate renewal job that ran at the wrong hour and restarted the booking service during your peak. The two earlier ones were a memory leak we patched on Tuesday. Different causes, but the same gap on our side: we weren't checking scheduled jobs against your busy hours.

What we've done: the renewal job now runs only between 01:00 and 04:00 GST, and every scheduled job on the portal is being reviewed against your booking peaks today.

Tom is copied because I've asked him to look at a service credit for this month; he'll come back to you by Thursday. And I'd like to come by your office tomorrow afternoon to go through all three incidents in person.

Marcus""",
     quote="""Marcus,

Are you kidding me? Third outage this week. My desk has been rebooking by phone all morning. Is anyone on your side actually testing anything??

Sanjay""",
     quote_from=SANJAY, quote_style="outlook")

case(expect=[], lang="zh",
     why="hard negative: internal post-mortem with self-critical rhetorical 难道 aimed at our own process; PM takes responsibility",
     sender=ZHOU, to=[GEJUN, JIANGW, DUXC],
     subject="复盘：11月7日行李错分",
     body="""各位：

先说结论：这次错分，责任在我。补丁是我批准当天下午发的，当时为了赶机场方的节点，回归只跑了一半。

难道我们就不能在发布前多跑一轮回归吗？能，只是我当时觉得风险不大。这种判断以后不能再由我一个人拍脑袋做了。

从下周起：
1. 分拣规则相关的发布，必须有蒋雯签字的回归报告；
2. 发布时间固定在凌晨一点到四点；
3. 每次发布后三十分钟内，葛俊或小川在监控前盯着。

谭处那边我已经当面道过歉，原因分析报告今天发出。

周屹""")

case(expect=[], lang="zh",
     why="hard negative: 'full module by Nov 30 is not possible' followed by a two-step plan with dates; client chooses",
     sender=SHAO, to=[MA], cc=[YAO],
     subject="关于整套调度模块11月30日上线的答复",
     body="""马总：

坦白跟您说，整套调度模块在十一月三十日前全部上线，我们做不到有质量的交付，硬上的话，年底班列高峰时出问题的风险很大，这个风险我不想让贵部来承担。

我们提两个方案，供您选择：

方案一：分两步走。十二月八日先上线班列计划编制和装车确认两个功能，这是调度员每天用得最多的；十二月二十二日再上线统计报表和考核模块。
方案二：十一月三十日照常上线，但只上计划编制一个功能，其余功能顺延到一月中旬，避开年底高峰。

两个方案的详细排期和资源安排附在后面。您和调度的同志商量后告诉我们，周五前定下来即可。如果需要，我周四可以到贵部当面讲一下。

邵明远""")

# ---------------------------------------------------------------------
random.Random(3535).shuffle(CASES)
