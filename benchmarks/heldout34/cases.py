# heldout34 — blind TEST set of PM email drafts (do not train or tune on it).
# Written by an independent helper from the labelling guide and the seed article only.
# Domain emphasis: event/exhibition organisers, museums and cultural venues (ticketing,
# guides, AR exhibits), sports clubs. The order is shuffled with random.Random(3434).
import random

# --- our team (PMs and colleagues) -------------------------------------------------------
ZXL = "周晓岚 <zhou.xiaolan@ourteam.example.com>"      # senior PM, warm, emoji and tildes
EMILY = "Emily Zhang <emily.zhang@ourteam.example.com>"  # PM, breezy English
LJY = "林嘉怡 <lin.jiayi@ourteam.example.com>"          # PM, writes traditional Chinese
XN = "许诺 <xu.nuo@ourteam.example.com>"                # PM, code-switches
QZQ = "邱志强 <qiu.zhiqiang@ourteam.example.com>"       # veteran PM, blunt
FY = "方圆 <fang.yuan@ourteam.example.com>"             # junior PM
MARK = "Mark Liu <mark.liu@ourteam.example.com>"        # senior PM, dry humour
SM = "苏蔓 <su.man@ourteam.example.com>"                # PM, chatty
DANIEL = "Daniel Ho <daniel.ho@ourteam.example.com>"    # PM, sales-minded
WJ = "韦佳 <wei.jia@ourteam.example.com>"               # PM, AR exhibits
TJ = "唐俊 <tang.jun@ourteam.example.com>"              # PM, football fan
CYM = "陈一鸣 <chen.yiming@ourteam.example.com>"        # junior PM, eager
MF = "孟凡 <meng.fan@ourteam.example.com>"              # PM, technical
LSY = "黎思遠 <li.siyuan@ourteam.example.com>"          # PM, Hong Kong
GY = "高远 <gao.yuan@ourteam.example.com>"              # senior account PM, sociable
HX = "韩雪 <han.xue@ourteam.example.com>"               # PM, code-switches

WANGLEI = "王磊 <wang.lei@ourteam.example.com>"
JIANGTING = "蒋婷 <jiang.ting@ourteam.example.com>"
DUQIANG = "杜强 <du.qiang@ourteam.example.com>"
FANXB = "范小北 <fan.xiaobei@ourteam.example.com>"
GEJP = "葛建平 <ge.jianping@ourteam.example.com>"
KEVIN = "Kevin Luo <kevin.luo@ourteam.example.com>"

# --- client A: 云岭文旅集团 (江城博物馆, 美术馆, 大剧院) ----------------------------------
ZHAO = "赵德胜 <zhao.desheng@client-a.example.cn>"      # 馆长
SUN = "孙立平 <sun.liping@client-a.example.cn>"         # 信息中心主任
LIUF = "刘芳 <liu.fang@client-a.example.cn>"            # 展陈部
QIAN = "钱小雨 <qian.xiaoyu@client-a.example.cn>"       # 票务主管
FENG = "冯建国 <feng.jianguo@client-a.example.cn>"      # 集团副总
LUOX = "罗晓 <luo.xiao@client-a.example.cn>"            # 教育与导览部
HUANG = "黄思琪 <huang.siqi@client-a.example.cn>"       # 运营

# --- client B: Bluewater Events Group (fairs, marathon, Bluewater Rovers FC) -------------
OLIVIA = "Olivia Grant <olivia.grant@client-b.example.com>"
TOM = "Tom Becker <tom.becker@client-b.example.com>"
PRIYA = "Priya Nair <priya.nair@client-b.example.com>"
MARCO = "Marco Rossi <marco.rossi@client-b.example.com>"
ZHOUKE = "周可 <zhou.ke@client-b.example.com>"
GUCHEN = "顾晨 <gu.chen@client-b.example.com>"
LEUNG = "梁詠欣 <wingyan.leung@client-b.example.com>"
TANGKH = "鄧家豪 <kaho.tang@client-b.example.com>"

# --- client C: 澄海银行 --------------------------------------------------------------------
ZHENG = "郑海峰 <zheng.haifeng@bank-c.example.cn>"
WUMIN = "吴敏 <wu.min@bank-c.example.cn>"
XUJING = "许静 <xu.jing@bank-c.example.cn>"


CASES = [
# =========================================================================================
# POSITIVES — argue
# =========================================================================================
dict(
    expect=["argue"], lang="zh",
    why="argue: warm wrapper, but blames the client's ticket desk for the overbooking and lectures them to change their 'habit'",
    sender=ZXL, to=[QIAN], cc=[],
    subject="Re: 周六闭馆前超售问题",
    body="""钱主任好呀～

周六辛苦了，听说现场排队排到了停车场，真心心疼大家。

不过这事我得说两句实在话：系统本身没有超售，它是严格按后台的"单时段承载量"放票的，而那个数字是上周四贵馆票务组自己从800改成了950——操作日志上有账号、有时间，我截图附在后面了。说实在的，这个参数改之前跟我们打声招呼，或者看一眼我们培训时反复强调的那页说明，周六就不会这样。每次现场一出状况，第一反应就是"系统又出问题了"，这个习惯咱们真得改改。

后台参数我今天已经帮忙改回800了，有事随时找我哈～

晓岚""",
    quote="""周晓岚你好，

上周六下午的预约票超出了场馆承载量约120人，现场排队很久，观众投诉很多。请你们尽快查一下系统为什么会超售。

钱小雨""",
    quote_from=QIAN, trad=False,
),
dict(
    expect=["argue"], lang="en",
    why="argue: condescending 'I'll go slowly', blames the client's floor team, sarcastic about taping the guide to the printers",
    sender=EMILY, to=[OLIVIA], cc=[],
    subject="Re: Badge printing at Hall 3 - what happened?",
    body="""Hi Olivia,

Sorry the morning got so hectic - Hall 3 looked like a rock-concert queue from where I was standing!

OK, so, let me lay this out one more time, and I'll go slowly. The printers didn't "stop". Somebody on your floor team swapped the label rolls for the cheaper ones from the storage room, the ones we flagged in the setup guide, in bold, on page two. The printers did exactly what printers do with the wrong media. I honestly don't know how much clearer we could have made that, short of taping the guide to the printers themselves. Maybe next time we should.

Anyway, Kevin is on site with the right rolls and everything has been printing fine since 10:20.

Best,
Emily""",
    quote="""Emily,

The badge printers at Hall 3 stopped at 9:40 and we had a queue out the door for forty minutes. I need to know what went wrong and what you're doing about it.

Olivia""",
    quote_from=OLIVIA, trad=False,
),
dict(
    expect=["argue"], lang="zh",
    why="argue (traditional): rhetorical 'anyone who has done exhibition lighting should know this', blames the client for basic non-cooperation",
    sender=LJY, to=[TANGKH], cc=[],
    subject="Re: AR展區識別率偏低",
    body="""鄧生您好：

週末人潮這麼旺，先恭喜展覽叫好又叫座！

識別率的事我們昨晚已經到現場看過了。老實說，原因並不複雜：展區的射燈上星期被換成了暖黃色、角度也往下壓了，標記圖上全是反光。這一點，我想任何做過展陳燈光的人都應該想得到吧？我們在驗收時也特別交代過，燈光一動就要先通知我們重新校準，結果還是沒人說一聲就換了。如果貴方連這類基本的配合都做不到，那再好的識別演算法也救不回來。

今晚閉館後我們會派人重新校準，明早開館前可以恢復。

林嘉怡""",
    quote="""嘉怡：

週末AR展區好多觀眾話掃唔到標記，手機舉了好耐都冇反應，你們可唔可以睇下係咩問題？

家豪""",
    quote_from=TANGKH, trad=True,
),
dict(
    expect=["argue"], lang="mixed",
    why="argue: friendly opener, then 'we highlighted it three times', asks why they always ping us first and tells them to double check basics",
    sender=XN, to=[ZHOUKE], cc=[],
    subject="Re: 会员 App 首页 banner 加载慢",
    body="""Hi 周可,

周末的 derby 赢了, 恭喜恭喜! 球迷群里都炸了哈哈.

说回 banner 加载慢这个事. 我们查了一下, root cause 其实蛮 obvious 的: 你们 content team 上传的那张 banner 是 38MB 的 PNG 😅. Onboarding 的时候我们至少 highlight 过三次 "图片请压到 500KB 以内", guideline 里也写了, training 录像也发过. 所以不太明白为啥每次一有问题第一个 ping 的都是我们? 下次上线前麻烦你们自己先 double check 一下 asset, 这种 basic 的东西真的不该拖到 production 才发现.

图我们已经帮忙压好替换了, 现在首页 1.2s 出图.

Cheers,
许诺""",
    quote=None, trad=False,
),
dict(
    expect=["argue"], lang="zh",
    why="argue: answers a bank's formal letter by saying their order of action makes no sense and 'whose problem it is is obvious from the logs'",
    sender=QZQ, to=[ZHENG], cc=[],
    subject="Re: 关于联名卡购票立减未生效的函",
    body="""郑总您好，

来函收到。先说句题外话，上周在大剧院碰见您陪家人看《天鹅湖》，没来得及打招呼，下次一定补上。

关于立减未生效，我就直说了：11月7日晚上，贵行科技部把优惠核验接口里的 card_bin 字段改成了 bin_code，事先没有任何通知，变更单也没发我们。我们的系统按原字段去取，自然取不到。出了问题，贵行第一时间发的是问责函，而不是先问问接口那头有没有动过——这个顺序，我确实有点想不通。哪边的问题，调用日志上一目了然，我就不多说了。

我们已经在昨晚适配了新字段，37笔差额可以按贵行的流程补发。书面说明稍后另附。

邱志强""",
    quote="""邱经理：

11月8日至9日，我行联名信用卡持卡人在贵司票务平台购买大剧院演出票时，立减20元优惠未生效，引发客户投诉37起。请贵司于三个工作日内书面说明原因并提出整改措施。

澄海银行信用卡中心 郑海峰""",
    quote_from=ZHENG, trad=False,
),
dict(
    expect=["argue"], lang="zh",
    why="argue slipped into a meeting recap: item 3 lectures the client that the crash report should never have reached the meeting",
    sender=FY, to=[LUOX], cc=[SUN],
    subject="【纪要】导览小程序周会 11/12",
    body="""罗老师、孙主任好：

今天周会辛苦大家，会议室空调太冷，下次我带毯子哈。纪要如下：

1. 讲解员预约模块：已完成联调，下周一起进入UAT。
2. 语音导览离线包：展陈部11月15日前提供最终版讲解词，我们收到后两个工作日内打包。
3. 关于"导览页面经常闪退"：这里我再澄清一次，我们逐台核过，闪退全部出现在贵部门那几台2019年的测试机上，系统版本早就不在支持范围里了。这类问题其实在提出来之前花五分钟看一下兼容性清单就能排除，不太适合拿到周会上占大家的时间，也希望以后报问题之前先做一下基础排查。
4. 下次周会：11月19日（周三）14:00，地点不变。

如有遗漏请补充～

方圆""",
    quote=None, trad=False,
),
dict(
    expect=["argue"], lang="en",
    why="argue: 'you signed it, twice', 'puzzled where the surprise is coming from' — blames the client's crew in a chatty post-race mail",
    sender=MARK, to=[TOM], cc=[],
    subject="Re: Timing chip results - half marathon",
    body="""Hey Tom,

Great race on Sunday, by the way - the weather was a gift, and that finish-line arch looked fantastic on the livestream.

On the 10K splits. I'll be straightforward. The spec you signed, twice, in September and again in October, put the 10K mat on the bridge deck, and it says in plain words that the mat needs mains power because the battery units won't cover a four-hour window. Your logistics crew decided on the day to run it on batteries. So, genuinely, I'm a little puzzled about where the surprise is coming from. We don't get to be embarrassed on behalf of decisions we advised against in writing.

Finish times and the 5K/15K/20K splits are all complete. We can interpolate the 10K for the results page if you want that.

Mark""",
    quote="""Mark,

A lot of runners in the half got no split times at the 10K mark. This is embarrassing for us. I'd like an explanation.

Tom""",
    quote_from=TOM, trad=False,
),
# =========================================================================================
# POSITIVES — refusal
# =========================================================================================
dict(
    expect=["refusal"], lang="zh",
    why="refusal wrapped in warmth: English audio guide dismissed ('别惦记啦', '就先这样') with no date, alternative or escalation",
    sender=SM, to=[LIUF], cc=[],
    subject="Re: 元旦前能否加上英文语音导览",
    body="""刘老师好呀～

收到收到，这周您也辛苦了，布展那几天您嗓子都哑了，多喝点胖大海！

英文语音导览这个，元旦前咱们就别惦记啦，真的塞不进去的哈，这次就先这样。

其他有啥事随时喊我，我手机24小时开着😊

苏蔓""",
    quote="""苏蔓你好，

馆里领导希望元旦前小程序能上线英文语音导览，方便外宾参观。能不能安排一下？

刘芳""",
    quote_from=LIUF, trad=False,
),
dict(
    expect=["refusal"], lang="en",
    why="refusal: 'that one's off the table... the seat map is what it is' between pleasantries, nothing offered",
    sender=DANIEL, to=[PRIYA], cc=[],
    subject="Re: VIP rows in the concert-hall seat map",
    body="""Hi Priya!

Hope you had a lovely long weekend - saw your photos from the coast, very jealous.

Re the VIP rows: that one's off the table, sorry. The seat map is what it is now.

Talk soon!
Daniel""",
    quote="""Daniel - could we move the VIP section in the concert-hall seat map to rows C-E instead of A-B? Sponsors prefer a bit of distance from the stage.

Thanks,
Priya""",
    quote_from=PRIYA, trad=False,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal, bureaucratic: '不予排期，亦不列入后续版本计划。以上为最终意见' — no review, alternative or escalation",
    sender=WJ, to=[FENG], cc=[],
    subject="Re: 关于增加“会员积分兑换门票”功能的函",
    body="""冯总：

您好！来函已阅。

关于贵集团所提"会员积分兑换门票"功能，项目组意见如下：该功能不在合同约定范围之内，项目组不予排期，亦不列入后续版本计划。以上为最终意见，请贵集团知悉。

顺颂商祺！

韦佳
项目经理""",
    quote="""韦经理：

经集团研究，希望在年卡会员体系中增加积分兑换门票的功能，请贵司评估后安排。

冯建国""",
    quote_from=FENG, trad=False,
),
dict(
    expect=["refusal"], lang="mixed",
    why="refusal in slang: 'pass 了哈... 也没打算加. 就酱~' for live score push, friendly but flat",
    sender=TJ, to=[ZHOUKE], cc=[],
    subject="Re: 比赛实时比分推送",
    body="""周可 hi~

哈哈这个 idea 球迷肯定喜欢, 我自己看球也想要 😂

不过实时比分 push 这块我们就 pass 了哈, 不在 scope 里, 我们这边也没打算加. 就酱~

有别的 question 随时 ping 我!
唐俊""",
    quote=None, trad=False,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal by an eager junior: polite and apologetic, but '30就是30，没法往上调了' with no assessment or alternative",
    sender=CYM, to=[HUANG], cc=[],
    subject="关于团体预约人数上限",
    body="""黄老师您好！

感谢您的反馈，一直以来给了我们很多支持！！

团体预约上限调到50这件事，我跟组里确认过了，30就是30，没法往上调了。给您添麻烦了，不好意思哈！

祝工作顺利！
陈一鸣""",
    quote=None, trad=False,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal hidden in a meeting recap: item 4 '会上已明确答复，本项目不做' for the night-session tickets",
    sender=QZQ, to=[SUN], cc=[ZHAO],
    subject="会议纪要：智慧票务二期需求沟通会（11月10日）",
    body="""孙主任、赵馆：

上午的沟通会效率很高，感谢二位抽时间。纪要整理如下，请过目：

一、实名核验：沿用一期身份证+人脸方案，11月底前完成闸机固件升级。
二、年卡续费提醒：短信+公众号模板消息双通道，本月内上线。
三、数据大屏：按展厅维度展示实时在馆人数，刷新频率30秒。
四、贵馆提出的"闭馆后夜场专场票"：会上已明确答复，本项目不做。
五、下次沟通会定于11月24日上午，议题为二期验收标准。

如纪要有出入，请周五前告知。

邱志强""",
    quote=None, trad=False,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal in a chummy note: '咱们这边不会这么操作……不开这个口子' about reusing the mini-program for the bank's art season",
    sender=ZXL, to=[XUJING], cc=[],
    subject="Re: 艺术季报名能不能复用小程序",
    body="""许老师好～

好久没见！上次艺术季开幕酒会的小蛋糕我到现在还念念不忘哈哈。

复用这个想法挺巧的，不过咱们这边不会这么操作，小程序只给大剧院自己用，不开这个口子。

春天见呀🌸
晓岚""",
    quote="""晓岚，

我们想把明年春天"澄海艺术季"的报名也放在你们给大剧院做的小程序里，换个皮肤就行，可以吗？

许静""",
    quote_from=XUJING, trad=False,
),
# =========================================================================================
# POSITIVES — persuade
# =========================================================================================
dict(
    expect=["persuade"], lang="zh",
    why="persuade: 'you really needn't agonise', headset is 'the only reliable path', and the PM orders the purchase for the client",
    sender=WJ, to=[LIUF], cc=[],
    subject="AR展区设备选型",
    body="""刘老师好：

上周您提到想用馆里现有的那批平板来跑AR，省一笔设备费，这个心情我特别理解，预算紧大家都难。

不过这事您真的不用再纠结了，平板方案我就不建议您再花时间评估了，走我们推荐的头显方案是唯一靠谱的路。馆里领导那边如果有疑问，您就说是我们专业团队的结论，我去解释。下周我就让采购直接按头显下单，赶在布展前到货。

韦佳""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="en",
    why="persuade: 'time to let it go', board-meeting embarrassment as leverage, 'lock in NFC today' and contract sent before she agrees",
    sender=DANIEL, to=[OLIVIA], cc=[],
    subject="NFC badges - let's close this out",
    body="""Hi Olivia,

Thanks again for the lovely dinner in Hamburg, the schnitzel was a revelation.

On badges. I know a few people on your side are still attached to paper, and I get the nostalgia. But I'd gently say it's time to let it go. The board is going to look at the exhibitor numbers in March, and being the only major fair in the region still handing out paper lanyards is not a story anyone wants to tell in that meeting. Let's lock in NFC today so we can stop going round in circles - I'll have the contract amendment over to you by lunch, and I'm sure you'll make the case internally.

Cheers,
Daniel""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: '别折腾了，交给我们就对了', hints leadership blame and a closing discount deadline to stop the bank building in-house",
    sender=TJ, to=[ZHENG], cc=[],
    subject="关于“澄海杯”半马报名平台的建议",
    body="""郑总好！

上周球场一别，您那记远射我到现在还记得😂

说正事。关于报名平台，贵行科技部想自研的想法我听说了。跟您说句掏心窝子的话：别折腾了，交给我们就对了。我们平台今年跑了二十多场赛事，贵行从零开始，报名2月1日开放，怎么算都来不及。真要到时候掉链子，行领导问起来，这个锅可不好背。月底前把合同签了吧，折扣我去帮您申请，过了这个月就没这个价了。

唐俊""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="mixed",
    why="persuade: 'strongly push', calls the client's idea short-sighted, 'debate 没必要再开', tells him what to say to his boss",
    sender=XN, to=[SUN], cc=[],
    subject="Re: 售票渠道只保留微信？",
    body="""孙主任好,

收到, 谢谢您第一时间 sync 给我们!

我这边还是想 strongly push 一下多渠道方案. 说实话只留微信这个 idea 有点 short-sighted, 老年观众和外宾怎么办? 这个 debate 我觉得真没必要再开了, 按我们之前给的 roadmap 走才是最稳的, 您跟领导那边就说是 vendor 的专业意见, 不建议调整. 下周 kickoff 我们就按多渠道 plan 推进了哈.

许诺""",
    quote="""许诺，

我们领导的意思是，明年票务只保留微信小程序一个渠道，官网和自助机都下线，节约运维成本。你们看看。

孙立平""",
    quote_from=SUN, trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: competitor-fear pressure, '别再讨论了，听我们的', asks for a nod to start — the client's per-visit idea is brushed aside",
    sender=SM, to=[FENG], cc=[],
    subject="年卡定价方案",
    body="""冯总您好：

昨天会上您提到想把年卡做成"按次包"，我回来认真想了一晚上。

结论还是一样：按次包不适合贵集团，年费制才是对的。市面上做得好的场馆清一色年费制，您再犹豫下去，春节档的会员红利就被隔壁科技馆吃掉了。这件事我建议就别再讨论了，听我们的，按年费制上线，您点个头，我们明天就开工。

苏蔓""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade via cost and deadline: 40万 rework threat, '这个方向就别再投入精力了', demands an '同意' by Friday",
    sender=MF, to=[LUOX], cc=[],
    subject="关于导览路线自定义方案",
    body="""罗老师好：

上周您发来的"观众自选导览路线"原型我们仔细看了，看得出教育部下了不少功夫。

不过我得提醒一句：如果贵部坚持走自定义路线，地图引擎、讲解词切片、离线包都得推倒重来，按人天粗算至少四十万，而且要贵方另行出这笔钱，工期也得往后推两个月，开幕肯定赶不上。所以我的建议很简单——这个方向就别再投入精力了，直接按我们上周给的固定三条线路版本执行，省心省钱。周五前您回个"同意"，我们就锁版。

孟凡""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: '得按我们的聚合支付走……唯一说得通', and tells the bank not to prepare its own material for the review",
    sender=CYM, to=[WUMIN], cc=[],
    subject="支付通道方案",
    body="""吴处您好！

周一的评审会上您提到想接贵行自己的支付SDK，我回来又翻了一遍资料。

恕我直言，这件事我们还是得按我们的聚合支付走，相信我们的判断，这是唯一说得通的做法。自有SDK的兼容性问题您那边可能还没踩过坑，我们踩过，代价很大。下周评审我们就直接按聚合支付的方案上会了，您这边就不用再另外准备材料了，省得大家再开一轮会。

陈一鸣""",
    quote=None, trad=False,
),
# =========================================================================================
# POSITIVES — ramble
# =========================================================================================
dict(
    expect=["ramble"], lang="zh",
    why="ramble: Xi'an trip, food, cat, restaurant, weather; the one request (exhibit list by Thursday) is buried mid-mail",
    sender=ZXL, to=[LIUF], cc=[],
    subject="周末见闻 + 一个小事",
    body="""刘老师：

见字如面～这周末我终于去了趟西安，圆了自己念叨好几年的兵马俑梦。说来好笑，排队的时候前面一个小朋友一直在问他爸爸"这些叔叔为什么不说话"，他爸憋了半天说"因为他们在站岗"，我在后面笑得差点把奶茶洒了。博物院里人山人海，我挤在一号坑边上看了快一个小时，那种扑面而来的气势，真的是照片给不了的。出来以后去回民街吃了一碗肉夹馍配冰峰，又在一个小巷子里找到一家biangbiang面，老板是个特别能聊的大爷，跟我讲了半天他年轻时候在兰州跑长途的事，说那时候一车西瓜从新疆拉过来，路上坏一半，剩下一半还得跟检查站的人分着吃。

周日下雨，本来想去爬华山，结果缆车停了，就在酒店里躺了一下午，把《长安的荔枝》一口气看完了。看完特别感慨，李善德为了一骑红尘妃子笑跑断了腿，跟我们做项目的心情简直一模一样哈哈。晚上又去大唐不夜城转了一圈，灯光秀挺震撼的，就是人太多，拍照全是后脑勺。回来的高铁上邻座是个退休的中学历史老师，一路给我讲秦朝的度量衡，讲到半斤八两的来历，我听得津津有味，差点坐过站。

对了，我家那只橘猫这几天又胖了，宠物医院说要控制饮食，现在每天给它称粮食，它看我的眼神充满了怨念。我妈还非说猫胖点好看，两代人的育猫理念分歧可以写一篇论文了。另外上次您推荐的那家粤菜馆我也去了，烧鹅确实一绝，就是排队排了四十分钟，下次咱们一起去的话得提前订位。

哦对，新展的展品清单Excel（带尺寸和展柜编号的那版）麻烦周四前发我一下哈。

最近天气忽冷忽热，我们办公室已经倒下三个了，全是咳嗽，您那边也多穿点。我最近在喝一种陈皮泡的茶，据说润肺，改天给您带一包尝尝。下周还想去看看美术馆那个版画展，听说有几张是第一次公开展出，要是您也有空，咱们约个下午一起去？

晓岚""",
    quote=None, trad=False,
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble: derby night, knee, podcast, son's football camp, scarf, hotpot; the card-design sign-off deadline is one buried line",
    sender=TJ, to=[GUCHEN], cc=[],
    subject="周末那场球，还有卡面的事",
    body="""顾老师好！

周六那场德比您去现场了吗？我是在北看台跟几个大学同学一起看的，第七十八分钟那个任意球进的时候，旁边一个大哥激动得把我的帽子都拍飞了，到现在都没找回来。散场以后我们去体育场南门那家烧烤摊撸串，老板是铁杆球迷，那天全场八折，还送了每桌一盘毛豆。我们几个从比赛聊到各自的工作、孩子上学，一直聊到凌晨一点多，回家被老婆数落了半天。

说起来我最近膝盖又有点不舒服，医生说是半月板老毛病，让我少踢球多游泳。可是游泳馆的人实在太多了，周末一条泳道挤七八个人，游起来跟下饺子一样。我现在改成每天早上在小区里快走五公里，配上播客，倒也挺享受。最近在听一档讲欧洲足球历史的节目，讲到上世纪七十年代荷兰的全攻全守，讲得特别细，连当时球员穿什么球鞋都考证出来了，您要是感兴趣我把链接发您。

对了，上次您说俱乐部要搞青训营开放日，我家小子知道以后天天缠着我问什么时候报名，他今年九岁，踢左边锋，自称"小梅西"，其实带球还老往自己脚上绊。要是真有名额，麻烦您给我留意一下哈。

前两天我还翻出了十几年前第一次去现场看球的票根，那时候一张看台票才二十块，球场连个像样的大屏都没有，进球了全靠现场广播喊。现在的球迷真幸福，手机上就能看回放，座位还能提前挑。

还有，我们给的会员卡面三版设计稿，下周二前需要贵俱乐部确认一版，不然赶不上制卡排期。

最近天气转凉了，听说下周还要降温，球场看台风大，您去看球记得带条围巾。我前两天在网上买了一条俱乐部的复古围巾，质量一般，颜色倒挺正，回头有机会送您一条。另外上次说好的一起去吃潮汕牛肉火锅，我已经打听好地方了，在老城区一条小巷子里，据说牛是当天早上现宰的，十二点以前去才有吊龙，您看哪天方便？

唐俊""",
    quote=None, trad=False,
),
dict(
    expect=["ramble"], lang="en",
    why="ramble (English, 400+ words): delayed flight, Berlin museums, pho, sister's wedding, sourdough, Milan; exhibitor-list request buried",
    sender=EMILY, to=[PRIYA], cc=[],
    subject="Greetings from a very delayed gate B27",
    body="""Hi Priya,

Writing this from gate B27 in Frankfurt, where my flight has now been delayed three times and the departure board has developed what I can only describe as a sense of humour. I've had two pretzels, one coffee that tasted faintly of cardboard, and a long conversation with a retired Dutch schoolteacher who is on her way to see her grandchildren in Singapore. She showed me about forty photos of a very fluffy cat named Bram, and I showed her about forty of mine, so honestly I think we're friends for life now.

The week in Berlin was wonderful, by the way. I finally made it to the Pergamon - or at least the parts of it that are open during the renovation - and spent an embarrassing amount of time in front of the Ishtar Gate. The blue of those glazed bricks is something no photo does justice to. Afterwards I wandered along the canal in Kreuzberg and found a tiny Vietnamese place with the best pho I've had outside Hanoi. The owner told me she'd been running it for twenty-two years and still makes the broth overnight, every night. I nearly proposed.

On the personal front, my sister has announced she's getting married next spring, in a vineyard, in the rainy season, because of course she is. Mum is already drafting seating plans and has asked me to "project manage" it, which I have politely declined on the grounds that I want to actually enjoy the day. We'll see how long that lasts.

I've also started reading the new Ishiguro on the plane rides - slow, strange, very beautiful. And I've made a pact with myself to learn to bake sourdough this winter. My starter is currently living with my neighbour, who has promised to feed it while I'm away, and who sends me daily updates, which is either very sweet or slightly concerning.

Oh - could you send the final exhibitor list with booth numbers by Friday? We need it for the floor-plan import.

The weather at home is apparently glorious, which means it'll be raining by the time I land. Are you going to design week in Milan in April? A few of us were thinking of going together and making a long weekend of it - cheap trattorias, too many espressos, and at least one very long walk around Brera. Let me know if you fancy it. I still have the list of bookshops you gave me last year, and I have every intention of spending far too much money in at least two of them.

Anyway, they've just announced boarding (for real this time, I think), so I'd better go.

Hugs,
Emily""",
    quote=None, trad=False,
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble (traditional): typhoon, daughter's piano exam, MacLehose Trail, coffee, hotpot soup; Cantonese-guide script deadline buried",
    sender=LSY, to=[LEUNG], cc=[],
    subject="颱風天閒聊幾句",
    body="""詠欣：

這兩天颱風掛了八號波，整個香港都停擺了，我困在家裡兩天，終於有時間好好寫封信給你。昨天窗外風聲大得像有人在吹口哨，我家那盆種了五年的龜背竹被吹倒了，泥土撒了一地，我太太一邊收拾一邊罵我沒有把它搬進屋。晚上停了一陣電，我們一家人點蠟燭玩大富翁，女兒連贏三局，得意得不得了。

說起女兒，她下個月要考鋼琴八級，最近每天練四個小時，蕭邦那首夜曲彈到我耳朵都起繭了。不過說實話，她比我小時候用功多了，我當年學了半年小提琴就放棄了，到現在還被我媽拿出來講。考完試我答應帶她去台北玩幾天，去故宮看翠玉白菜，再去九份吃芋圓。你之前去過九份，有沒有推薦的茶館？

上個星期天我跟幾個朋友去行了麥理浩徑第二段，從北潭凹行到浪茄，沿途的海景真係靚到不得了。中午在西灣的士多吃了一碗餐蛋麵，加一杯凍檸茶，那種滿足感，比在中環吃米芝蓮還要好。回程的時候腳有點抽筋，被朋友笑了一整路，看來要多做運動了。

上星期我太太報名了一個陶藝班，每個星期六下午去上堂，回來就帶一堆歪歪斜斜的杯子碗碟，家裡的櫃子已經放不下了。她說下個月要挑戰做一個茶壺，我已經做好心理準備，將來每天都要用一個漏水的茶壺飲茶。老實說，看她做得那麼開心，我也想報名試試，不過我手太笨，怕浪費泥土。

另外，粵語語音導覽的錄音稿，請於下週一前確認。

最近我還迷上了手沖咖啡，買了一個手搖磨豆機，每天早上磨豆都像在做晨運。上環有間小店的埃塞俄比亞豆很好，有股藍莓味，下次見面帶一包給你試試。還有，你上次說想學打邊爐的湯底，我問了我媽，她說秘訣是用豬骨加粟米熬四個鐘，我整理好再發給你。

颱風過後天氣應該會涼快一些，到時候一起飲茶吧，我請！

思遠""",
    quote=None, trad=True,
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble: golf, oolong tea, stocks, rental flat, new course, rice from home; the rate-letter stamping deadline is one line in the middle",
    sender=GY, to=[ZHENG], cc=[],
    subject="周末球叙的几点感想",
    body="""郑总好！

周六跟您一起打球真是痛快，您那个第七洞的小鸟球，我回家跟我爱人讲了三遍，她说我比自己打出来还激动。那天风有点大，我前九洞一直找不到感觉，后九洞才慢慢回来，还是老毛病，上杆太快。教练跟我说了十几年，我就是改不掉，看来这辈子也就这个水平了。

打完球那顿饭也吃得开心，那家私房菜的清蒸东星斑确实名不虚传，我后来又带家里老人去了一次，老爷子吃得直夸。您推荐的那款单枞我也买了，回家用盖碗泡了一下午，头三泡那个蜜兰香真是绝了，就是泡到第六泡以后我有点醉茶，晚上睡不着，翻来覆去到两点多。看来喝茶也得悠着点，不能贪杯。

最近股市您怎么看？我手里那几只消费股跌得我都不敢打开账户了，我爱人说干脆卸载软件，眼不见心不烦。倒是前两年买的那套小房子，租给了一对年轻夫妻，人挺好，每个月按时交租，还把阳台收拾得满是花草，比我自己住的时候还漂亮。说起来现在年轻人真不容易，房租要占一半工资，还天天加班，我女儿刚毕业，也在为租房的事发愁。

上周我陪外甥去看他学校的运动会，小家伙报了八百米，跑到最后一圈差点被人套圈，可还是咬着牙跑完了，冲线的时候我在看台上喊得嗓子都哑了。回家他问我是不是很丢人，我说能坚持跑完就是冠军，他听完居然哭了，弄得我也有点眼眶发热。现在的孩子压力也大，能跑跑跳跳就挺好。

对了，联名卡购票优惠的费率确认函，麻烦贵行本周五前盖章回传。

下个月听说西郊那个新球场要开业了，设计是请国外团队做的，据说果岭特别快，要不我们约一场？另外我老家寄来了一些今年的新米，东北的稻花香，煮饭满屋子香，过两天给您送一袋尝尝。您上次说腰不太好，打球前后一定多拉伸，千万别硬撑。

高远""",
    quote=None, trad=False,
),
dict(
    expect=["ramble"], lang="mixed",
    why="ramble (code-switched): coffee, cycling PB, TV drama, omakase, Tokyo trip, family; the UAT staffing request is buried",
    sender=XN, to=[ZHOUKE], cc=[],
    subject="Weekend vibes + 一个小 reminder",
    body="""周可 hi~

这个 weekend 过得超 chill! 周六一早去了安福路那家新开的 specialty coffee, 他们家的 Geisha 手冲真的 next level, 有种茉莉花加柑橘的 vibe, 一杯要 88 块我也认了. 然后骑车沿着滨江一路骑到徐汇, 大概 25 公里, Strava 上 PB 了哈哈. 中午在西岸吃了一家 Yunnan fusion, 菌子火锅配 craft beer, 非常 unexpected 但是很 match.

周日就比较 lazy, 在家追完了《漫长的季节》, 虽然是老剧但真的 masterpiece, 那个 ending 我哭了半小时, 老演员的演技太绝了. 然后晚上约了几个 ex-colleagues 在静安吃 omakase, 主厨是从东京回来的, 每道菜都讲一个 story, 最后那个海胆饭 honestly 值回票价. 聊天的时候大家都在说今年 job market 太卷了, 有个朋友刚从大厂 quit 出来自己做 podcast, 主题是 urban cycling, 我已经 subscribe 了.

还有个小插曲: 周六晚上我去外滩附近一个 jazz club 看了一场 live, 一个日本 trio, drummer 超 groovy, 全场跟着 swing, 我站在后面一直 nodding, 结束后还买了他们的 vinyl, 可是我家根本没有唱机 😂.

对了我下个月要去 Tokyo 五天, 主要是想去看 teamLab 新开的那个 space, 顺便去中目黑逛逛 vintage shops. 你之前不是去过好几次吗, 有什么 hidden gem 推荐吗? 特别是 coffee 和 jazz bar, 我最近在学 jazz piano, 想去感受一下 live 的 atmosphere.

哦对, 下周三 UAT 麻烦安排两位 ticketing 同事 full day 参加哈.

最近上海降温好快, 早上出门已经要穿 light down 了. 我妈天天在家庭群里发"秋冬养生"的文章, 什么银耳羹、雪梨汤, 上周还寄了一大箱自己做的腊肠过来, 说是外面买的不放心 😂. 你们家过年回老家吗? 我还在纠结是回去还是带爸妈出去 travel, 考虑去海南或者 Chiang Mai, 有没有 idea? 我爸说海南人太多, 我妈说泰国太热, 两个人吵了一晚上, 最后让我来拍板, 压力山大.

Anyway, 有空一起 coffee!
许诺""",
    quote=None, trad=False,
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble: renovation, cat, Dunhuang documentary, mooncakes, noodle shop; the new roster-template notice is a single buried line",
    sender=SM, to=[LUOX], cc=[],
    subject="秋天的碎碎念",
    body="""罗老师好呀～

好久没给您写信了，今天外面下着小雨，办公室里飘着隔壁同事煮的姜茶味道，一下子就想跟人聊聊天。

我最近在装修新房子，每天下班都要跑建材市场，瓷砖、地板、灯具看得我眼花缭乱。设计师非要给我的客厅做一面"侘寂风"的微水泥墙，我妈看了效果图说像没刷完的毛坯房，两代人审美差距太大，我夹在中间两头哄。上周末还为了选沙发颜色跟我先生冷战了一晚上，最后选了个谁都不满意的燕麦色，也算是和平解决了吧。

家里的猫最近也不消停，新房还没住进去，它已经把旧房子的窗帘抓成了流苏。兽医说它是换季焦虑，让我多陪它玩逗猫棒，可是我每天回家都十点了，哪有力气陪它。我先生说要不再养一只给它做伴，我坚决不同意，一只都已经管不过来了。

最近追了一部讲敦煌修复师的纪录片，里面有个老师傅一辈子只修一个窟，一天只修指甲盖大小的一块，看得我特别感动，也有点惭愧，觉得自己做事太急躁了。片子里的配乐也特别好听，我已经单曲循环好几天了。

上周末我还去听了一场昆曲，《牡丹亭》里游园那一折，杜丽娘一开口，整个剧场都安静下来了。旁边坐着一位白发老先生，从头到尾跟着轻轻打拍子，散场时还跟我聊了半天他年轻时在苏州听戏的往事，说那时候戏票只要几毛钱，一场能看到半夜。

中秋那会儿我妈寄来的月饼还剩下好几盒，五仁的、蛋黄莲蓉的，还有一种她自己研发的桂花红豆馅，味道出奇地好，改天给您带两个尝尝。

对了，讲解员排班表的导入模板我们更新了，附件里是新版，下次导入请用新模板哈。

我们楼下新开了一家苏式面馆，焖肉面做得很地道，汤头是用鳝鱼骨熬的，上次去排了半小时，等您哪天来我们公司开会，中午我请您去尝尝。天冷了，记得多穿点呀。

苏蔓""",
    quote=None, trad=False,
),
# =========================================================================================
# POSITIVES — backchannel
# =========================================================================================
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: internal reply mocks the client's education lead as '罗大导演' who thinks AR is conjured by talking; tells colleague to ignore him",
    sender=WJ, to=[FANXB], cc=[],
    subject="Re: 罗老师的新想法",
    body="""小北：

先别回，也别做。咱们这位"罗大导演"一周三个灵感，没一个是想清楚的，估计他以为AR是动动嘴皮子就能变出来的。晾他两天，他自己就忘了，真忘不了我再去应付一下。

韦佳""",
    quote="""佳姐，

罗老师刚又发微信说想在恐龙展区加一个"能跟观众聊天的霸王龙"，问我们能不能下周给个demo。怎么回？

小北""",
    quote_from=FANXB, trad=False,
),
dict(
    expect=["backchannel"], lang="en",
    why="backchannel: internal note says the client's direction changes like a horoscope and her mails are 'entertaining, not actionable'",
    sender=MARK, to=[KEVIN], cc=[],
    subject="Before the 10am",
    body="""Kev,

Heads up before the 10am: Olivia's "strategic direction" has changed again. I give it till Thursday before it flips back. Honestly, I've started reading her Monday emails the way I read horoscopes - entertaining, not actionable. Just keep building what's in the signed backlog and nod along in the call.

Mark""",
    quote=None, trad=False,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel, reply-all accident: the client's IT head is still in Cc while the PM calls him '孙大炮' and suggests a throwaway report",
    sender=FY, to=[WANGLEI], cc=[SUN],
    subject="Re: 闸机入场数据核对",
    body="""磊哥：

哈哈同感。孙大炮那人就是这样，开会时嗓门最大，一落地啥都不管，最后全是咱们给他收拾摊子。报告随便弄个两页应付一下就行，反正他也不会细看。

方圆""",
    quote="""@方圆 孙主任这边说闸机入场数据和他们的报表对不上，需要今晚出一份说明。我先拉一下日志，初步看是两边统计口径不一样。

王磊""",
    quote_from=WANGLEI, trad=False,
),
dict(
    expect=["backchannel"], lang="mixed",
    why="backchannel: internal mail calls the club's ops team 'amateur level' and mocks Marco's Excel skills",
    sender=XN, to=[JIANGTING], cc=[],
    subject="club 那边的 feedback",
    body="""婷婷,

Bluewater 那边 ops 团队的 feedback 我看完了, 说实话 level 有点 amateur. Marco 连 Excel filter 都不会用, 每次 export 一个会员名单都要我们 hand-hold, 还好意思说我们的 UI "not intuitive" 🙄. 这种 feedback 你看看就好, 别太当真.

许诺""",
    quote=None, trad=False,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel (traditional): calls the HK client 'stingy to the bone' and self-important, tells a colleague to let his calls ring",
    sender=LJY, to=[LSY], cc=[],
    subject="鄧生那邊",
    body="""思遠：

跟你講一下，鄧生那邊今天又來電話，要加三個展區、預算一分不加，還問能不能「順便」做個英文版。這位老闆真是摳門到骨子裡，又什麼都想要，開會時還一副大人物的樣子。以後他打電話來你先別接，讓他等等。

嘉怡""",
    quote=None, trad=True,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel in a mail to the client: 'privately' runs down the client's own IT head to his boss instead of raising it with him",
    sender=QZQ, to=[FENG], cc=[],
    subject="私下跟您说一句",
    body="""冯总：

有件事私下跟您汇报一下，就不走正式渠道了。

贵集团信息中心的孙主任，人挺热情，但技术底子实在有点薄，很多问题是他自己没弄明白，再一层层传下来就全变了味。上周的"系统超时"其实就是他那边的网关配置写错了。说句不好听的，跟他对接效率太低，后续技术上的事，能不能直接找您或者换个懂行的同事？

邱志强""",
    quote=None, trad=False,
),
dict(
    expect=["backchannel"], lang="en",
    why="backchannel, reply-all accident: the client (Tom) is in Cc while the PM mocks his 'P1s in a fancy hat'",
    sender=DANIEL, to=[KEVIN], cc=[TOM],
    subject="Re: P1 - handheld scanner font size (#4471)",
    body="""Kev - lol, no. Tom's P1s are P4s in a fancy hat. He panics if a pixel moves. Let it sit till Monday, he'll have forgotten about it by then.

D""",
    quote="""Daniel - FYI Tom has raised a P1 on the handheld scanner font size (ticket #4471, cc'd here). Want me to pick it up today or after the release?

Kevin""",
    quote_from=KEVIN, trad=False,
),
# =========================================================================================
# POSITIVES — two labels
# =========================================================================================
dict(
    expect=["argue", "refusal"], lang="zh",
    why="argue+refusal: '这个就别想了……不会改' plus blaming the venue for its own kickoff decision and asking what the meeting was for",
    sender=CYM, to=[QIAN], cc=[],
    subject="Re: 当日退票",
    body="""钱主任：

这个就别想了，当日票不退是底线，不会改。

另外说句实话，退票规则是贵馆自己在启动会上拍板定的，纪要里白纸黑字，签字的也是贵馆。现在观众一有意见就回头找我们改规则，那当初的会算什么？麻烦贵馆内部先统一口径，再来找我们。

陈一鸣""",
    quote="""一鸣，

最近观众投诉很多，说当天的票临时有事不能退。能不能改成开馆前两小时都可以退？

钱小雨""",
    quote_from=QIAN, trad=False,
),
dict(
    expect=["refusal", "persuade"], lang="en",
    why="refusal+persuade: 'Spanish isn't going in' with nothing offered, then 'I'd stop pushing for it... consider this one settled'",
    sender=EMILY, to=[PRIYA], cc=[],
    subject="Re: Adding Spanish to the AR guide",
    body="""Hi Priya,

Ah, I love that the sponsor list is so international this year!

Spanish isn't going in, though. And honestly I'd stop pushing for it - English and Mandarin is the right mix for this audience, the sponsors will cope, and reopening the language question now just burns time we don't have. Let's consider this one settled and focus on the launch.

xx
Emily""",
    quote="""Hi Emily,

We'd love to add Spanish to the AR guide for the summer fair - a lot of our sponsors are from Latin America this year. Could you make that happen?

Priya""",
    quote_from=PRIYA, trad=False,
),
dict(
    expect=["argue", "backchannel"], lang="zh",
    why="argue+backchannel: to the director, blames the museum ('但凡有人认真看过') and disparages 刘芳's team as sloppy",
    sender=MF, to=[ZHAO], cc=[WANGLEI],
    subject="关于新展开幕当天的展品信息错误",
    body="""赵馆：

开幕那天的事，给您添堵了，我先说声抱歉——虽然这锅确实不该我们背。

问题出在刘芳那边：她组里录展品信息的人，连编号和名称都能对错行，三十多件展品的讲解全串了。说实话，那个组的工作质量一直就这样，稀里糊涂的，我们提醒过不止一次。我们的系统再严谨，也架不住源头数据乱填。方案文档里对数据录入规范写得清清楚楚，贵馆但凡有人认真看过，也不至于闹成这样。

数据我们连夜帮忙纠正了，现在都是对的。

孟凡""",
    quote=None, trad=False,
),
dict(
    expect=["ramble", "backchannel"], lang="zh",
    why="ramble+backchannel: long weekend chatter to a colleague, mocks the client's ops lead ('黄老板娘', 2008 QQ-zone taste); UI handoff buried",
    sender=ZXL, to=[JIANGTING], cc=[],
    subject="周末碎碎念（内含一件正事）",
    body="""婷婷：

周末过得怎么样？我周六终于去爬了香山，红叶正好，就是人多得离谱，从山脚排队排到半山腰，前面一个阿姨一路开着外放听评书，我被迫听完了半本《隋唐演义》。下山以后在植物园旁边找了家小咖啡馆，窗外全是银杏，坐了一下午，把欠了三个月的读书笔记补完了，成就感爆棚。

周日陪我妈去逛早市，她现在迷上了做手工酸奶，买了一大堆菌种和玻璃瓶，说要给全楼的邻居都送一份。我劝她别太累，她说退休了不找点事做才会累。晚上全家包饺子，我爸坚持韭菜鸡蛋馅才是正统，我弟坚持要吃芹菜牛肉，最后两种都包了，一大锅吃到撑。

对了，上周我终于把家里的阳台改成了小花园，买了一棵柠檬树、两盆绣球，还有一排薄荷。我妈来看了一眼说柠檬树在北方养不活，我偏不信，每天早上起来第一件事就是给它浇水，跟它说两句话，希望它争点气，明年夏天能结几个果子给我泡水喝。

说到这个，上周五下班前黄思琪又在群里发了一大段"审美意见"，说咱们导览页"不够高级"，要"参考一下某奢侈品牌官网"。我真的憋不住想吐槽，这位黄老板娘的审美大概还停留在2008年的QQ空间，金色描边加闪光字才是她心里的高级。每次跟她开会都像在给长辈解释什么是智能手机，心累。你别往心里去，她的意见咱们挑能用的听听就行。

对了，导览页的UI切图周五前给到前端哈。

最近我还在追一部日剧，讲一个便利店店员的，每集都很治愈，节奏慢慢的，特别适合下班以后看。你上次说想学烘焙，我家里有一台闲置的烤箱，功能还挺全的，你要是需要我下周带给你。还有，楼下奶茶店出了新品，桂花乌龙，我喝了两杯，强烈推荐，下午要不要一起下去买？周末要是天气好，咱们组里几个人可以约着去奥森跑个步，跑完去吃那家新开的云南菜。

晓岚""",
    quote=None, trad=False,
),
dict(
    expect=["persuade", "ramble"], lang="mixed",
    why="persuade+ramble: long travel chatter; buried inside, 'vendor 别再 compare 了……跟你们 GM 说 basically 定了，下周签了吧'",
    sender=HX, to=[ZHOUKE], cc=[],
    subject="上海回来的一些 random thoughts",
    body="""周可,

刚从上海回来, 这趟 trip 信息量好大, 跟你 share 一下.

第一天住在外滩边上的一家 boutique hotel, 房间窗口正对陆家嘴, 晚上灯一亮真的 stunning, 我拍了快两百张照片, 结果发现全都一样 😂. 第二天去了西岸美术馆看那个蓬皮杜的 collection, 有几幅马蒂斯的 cut-outs, 颜色太 vivid 了, 站在前面半天不想走. 顺便在旁边的 riverside 跑了个 10K, 风很大但空气很好, 跑完去喝了一杯 oat latte, 感觉人生圆满.

这次还顺便去看了一场 immersive theatre, 就是那种观众戴面具在一栋老楼里到处跑的 show, 三个小时走了一万多步, 出来腿都软了, 但是 experience 真的很特别, 强烈推荐你下次去上海一定要试一下.

晚上见了几个在 event industry 的老朋友, 大家聊到今年 concert 市场特别火, 一票难求, 黄牛都疯了. 有个朋友说她们公司今年光一个欧美歌手的 fan event 就做了三场. 还聊到 AI 会不会取代我们这些做 project 的人, 结论是: 取代不了, 因为 AI 不会陪客户喝酒 🍷.

对了, ticketing vendor 这件事, 你们真的别再 compare 了, 就用我们 partner 的那家. 其他几家我都帮你们看过, 不行的, 我也已经跟你们 GM 打过招呼说 basically 定了, 下周把合同签了吧, 再拖下去对谁都不好.

回程的高铁上我又把《繁花》重刷了几集, 那口上海话越听越有味道, 还有那个黄河路的 neon, 我这次特地去走了一遍, 现在已经变成很普通的一条街了, 有点 nostalgic. 我妈让我带了一盒杏花楼的点心回来, 明天带到办公室给大家分.

下个月我可能还要去一趟杭州, 想顺便去龙井村喝茶, 你之前说认识一家 farm stay, 可以推荐给我吗? 听说秋天的西湖比春天还好看, 人也少一点, 我想早上六点去苏堤跑一圈, 然后找家面馆吃片儿川, 下午就坐在茶园里发呆, 什么也不干.

Best,
韩雪""",
    quote=None, trad=False,
),
# =========================================================================================
# HARD NEGATIVES
# =========================================================================================
dict(
    expect=[], lang="zh",
    why="hard negative: buffered refusal — not this release, logged as CR-2026-047 with review date and an interim bulk-import workaround",
    sender=QZQ, to=[QIAN], cc=[],
    subject="Re: 能否增加“团购票”功能",
    body="""钱主任您好：

需求收到，谢谢您提前告诉我们。

团购票涉及订单拆分、发票合并和核销规则，本期（12月5日上线）确实排不进去。我们已登记为变更单 CR-2026-047，11月21日的变更评审会上评估工作量和费用，会后两个工作日内给您书面答复。

在此之前，企业团购可以先走线下：企业把名单发给票务组，我们提供批量导入模板，一次最多导入500人，当天就能出票。模板稍后发您。

邱志强""",
    quote="""邱经理，

下个月有几家企业想团购年卡，系统能不能加个团购票功能？越快越好。

钱小雨""",
    quote_from=QIAN, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: 'I can't promise the complete module for Dec 3' followed by two concrete dates and an offer to escalate",
    sender=MARK, to=[OLIVIA], cc=[],
    subject="Re: Full loyalty module for the Dec opening?",
    body="""Hi Olivia,

Thanks for asking early - it gives us room to plan properly.

I can't promise the complete module for December 3 without cutting corners on testing, and I don't want to do that to you on opening week. What I can offer:

1. Points and tiers live on December 3 (already built, in QA now).
2. Partner rewards on December 17, once the two partner APIs are certified.

If the 17th is too late for your marketing plan, tell me by Friday and I'll check with our director whether we can add a second squad to pull it in.

Best,
Mark""",
    quote="""Mark,

Is there any way we can have the complete loyalty module - points, tiers, partner rewards - live for the December 3 opening?

Olivia""",
    quote_from=OLIVIA, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: escalation — discount beyond the PM's authority, director copied and will call by Thursday",
    sender=CYM, to=[FENG], cc=[GEJP],
    subject="关于二期费用调整的请求",
    body="""冯总您好：

您昨天提到希望二期费用整体下调15%，我认真记下了，也理解集团今年预算的压力。

这个幅度已经超出我能审批的范围，并不是我这边不愿意谈。我已抄送我们交付总监葛建平，他会在本周四前跟您约时间当面沟通，看看在范围、节奏或付款方式上有没有可以调整的空间。

有任何需要我先准备的材料，您随时吩咐。

陈一鸣""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: negation '不是做不成，也没说不行' with an assessment promised by Wednesday",
    sender=SM, to=[LUOX], cc=[],
    subject="关于“手语导览”的初步回复",
    body="""罗老师好～

手语导览这个想法真好，我们组里几个同事听了都很有共鸣。

先跟您交个底：不是做不成，也没说不行哈，只是手语视频要请专业的手语老师录制、还要跟讲解词逐段对齐，我们得先摸清工作量。下周三前我们出一版评估，包括录制方式、周期和大概费用，您看完再定要不要做、做到什么程度。

苏蔓""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: risky words in another sense — '几乎不可能超过3%', '如果测试不行……换红外标记', '不可能完成的任务' as praise",
    sender=WJ, to=[LIUF], cc=[],
    subject="AR展区灯光联调结果",
    body="""刘老师：

昨晚的灯光联调结果跟您同步一下：

1. 在现有射灯条件下，标记识别率实测97.6%，按这个数据，开幕当天识别失败的比例几乎不可能超过3%。
2. 如果周四的全负荷测试不行，我们的备选方案是把4号、7号展台换成红外标记，不依赖可见光，物料已经备好。
3. 说实话两周前大家都觉得这个布展周期是不可能完成的任务，结果硬是拿下了，特别感谢展陈部的配合。

周四下午三点全负荷测试，欢迎您来现场看。

韦佳""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: technical terms — 拒绝连接 / Connection refused, 默认拒绝, 唯一索引, 黑名单, 拒绝服务攻击",
    sender=MF, to=[SUN], cc=[],
    subject="闸机“拒绝连接”问题排查说明",
    body="""孙主任您好：

周二上午东门闸机报"拒绝连接"的原因已查清，简要说明：

1. 现象：08:52–09:17，东门4台闸机向票务服务器发起核验请求，返回 Connection refused。
2. 原因：前一晚安全组更新时，新规则默认拒绝了来自闸机网段的 8443 端口入站流量。
3. 处理：已恢复规则，并把闸机网段加入白名单；同时在票号字段上加了唯一索引，防止断网期间离线核验与恢复后补传产生重复记录。
4. 防护：黄牛账号黑名单和防拒绝服务（DDoS）策略不受影响，照常生效。

后续每次安全组变更，我们都会先在测试环境回放一遍闸机流量。

孟凡""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: technical imperatives and negatives — 'you must restart each handheld', scanners 'reject' expired codes, 'won't be charging'",
    sender=DANIEL, to=[TOM], cc=[],
    subject="Handheld scanner update - one step on your side",
    body="""Hi Tom,

Quick one before Saturday's match.

Scanner firmware 4.2 is now on our server. To pick it up, you must restart each handheld once while it's on the stadium Wi-Fi - no other steps. After the restart the scanners will reject QR codes from last season's passes; that's by design, since those passes expired on 31 October.

Also, the irritating double beep on successful scans is gone in this build. We won't be charging for this fix - it was our bug.

Shout if anything looks odd after the restart.

Daniel""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: client's angry slang ('离谱到家', '靠不靠谱', '搞什么飞机') only in the quote; PM apologises and takes ownership",
    sender=ZXL, to=[HUANG], cc=[],
    subject="Re: 小程序又崩了？？？",
    body="""黄老师，真的非常抱歉，周六让您在现场顶着压力，换我也会着急。

原因已经查清：周六9点整放票的瞬间，并发是平时的11倍，我们的限流阈值设得偏保守，大量请求被挡在外面，看起来就像"打不开"。这是我们容量预估没做到位，责任在我们。

已经做的：限流阈值调整，并扩容到平时的4倍；周五前在测试环境按15倍并发压一轮。压测报告出来我第一时间发您，如果方便，周五下午我去馆里当面跟您过一遍。

晓岚""",
    quote="""晓岚，

周六上午小程序预约页面又打不开了！！这已经是这个月第三次了，真的离谱到家了，你们到底靠不靠谱？？现场观众骂成一片，我都不知道怎么解释。搞什么飞机啊！

思琪""",
    quote_from=HUANG, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: the club's furious quote ('This is a joke', 'FIX IT') below a calm apology with cause and fixes",
    sender=EMILY, to=[MARCO], cc=[],
    subject="Re: App down on match day",
    body="""Hi Marco,

You're right to be angry, and I'm sorry. Twenty-five minutes at the gates before kick-off is exactly the moment we can't fail.

What happened: a certificate on our pass-delivery service expired at 14:32. Our monitoring caught it, but the alert went to a rota that wasn't staffed on a Saturday. That's on us.

What we've done: renewed the certificate, moved all certificates to auto-renewal, and fixed the weekend rota so a named engineer is on call for every home match.

I'd like to walk the chairman through this myself if that helps - twenty minutes, any day this week.

Emily""",
    quote="""Emily,

Your app went down for 25 minutes right before kick-off on Saturday. Fans couldn't get their digital passes. This is a joke. I've got the chairman asking me what we're paying you for. FIX IT.

Marco""",
    quote_from=MARCO, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (traditional): Cantonese anger ('搞乜鬼', '嬲到爆') only in the quote; PM owns the print-spec mistake",
    sender=LSY, to=[TANGKH], cc=[],
    subject="Re: 門票二維碼掃唔到",
    body="""鄧生：

非常抱歉，今朝令您和前線同事受累了。

初步查到的原因：新一批門票的二維碼印得偏小（約1.2厘米），掃碼機在斜光下對焦困難。這一批是我們出的印刷規格，問題在我們這邊。

已經處理：下午起所有新出票改為2厘米二維碼；入口加派兩位同事手動核驗，並臨時開放手機號碼驗票。今晚六點前我會把完整說明和明天的安排發給您。

黎思遠""",
    quote="""思遠，

今朝開館一個鐘，入口掃碼機成日掃唔到個QR code，排到出門口，那些觀眾嬲到爆。你們搞乜鬼？今日之內俾個交代我！

家豪""",
    quote_from=TANGKH, trad=True,
),
dict(
    expect=[], lang="zh",
    why="hard negative: constructive internal discussion — the director's worry about gate throughput is 'very reasonable', plan to meet him in person",
    sender=MF, to=[WANGLEI, DUQIANG], cc=[],
    subject="赵馆对开幕日闸机吞吐的担心",
    body="""磊哥、老杜：

今天赵馆专门打电话，说他最担心开幕日上午的入场速度，怕闸机成为瓶颈。坦白讲他的担心很有道理，我们目前的压测只做到每分钟180人，开幕日预估峰值是260。

我的想法：
1. 老杜周三前按每分钟300人补一轮压测；
2. 磊哥评估一下人脸比对能否改成本地缓存，减少一次网络往返；
3. 周四上午我们带着数据去馆里，当面跟赵馆过一遍，有风险就直接摆出来，别等他来问。

大家看看有没有补充。

孟凡""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: PM answers a colleague's quoted '小题大做' by siding with the client's point and planning to raise it first",
    sender=XN, to=[TJ], cc=[],
    subject="Re: 周可 提的 refund concern",
    body="""唐俊,

我倒觉得她的 point 是对的. 我刚自己走了一遍, 退一张票确实要五步, 中间还要重新登录一次, 换我是球迷也会烦.

建议: 1) 婷婷 这周出个三步版的 wireframe; 2) 周四 call 上我们主动跟 周可 提, 带着方案去, 别等她再来催. 这个事 honestly 应该我们先发现.

许诺""",
    quote="""诺诺, 周可 今天在 call 上有点不高兴, 说我们的 refund flow 太复杂, 球迷要点五步才能退. 我觉得她有点小题大做?

唐俊""",
    quote_from=TJ, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: banter among colleagues — '服了' as praise, '我这脑子……醉了' aimed at herself; no client mentioned negatively",
    sender=ZXL, to=[DUQIANG], cc=[FANXB],
    subject="服了你们俩",
    body="""老杜、小北：

服了服了，一个周末把AR展区三百多条用例全跑完，还顺手抓出两个识别偏移的bug，你们俩是不是偷偷装了加速器？周三请你们喝奶茶，不许推。

另外我这脑子，今天又把周会会议室订成了上周的时间，醉了……麻烦小北帮我在群里说一声改到402。

晓岚""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: colleague banter — 'absolute legend' and 'complete muppet' about himself; the client is mentioned warmly",
    sender=MARK, to=[KEVIN], cc=[],
    subject="You absolute legend",
    body="""Kev,

You absolute legend. The AR dinosaur didn't crash once during the VIP preview, and the museum director actually laughed out loud when the T. rex turned to look at her. Best demo we've done all year.

I, on the other hand, am a complete muppet: I left my laptop charger in the loading bay, so if anyone from the venue asks, yes, the sad grey cable is mine.

Flat white's on me tomorrow.

Mark""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: firm but polite facts — UAT numbers and the signed acceptance clause, with a date and partial yes",
    sender=QZQ, to=[SUN], cc=[],
    subject="Re: 是否可以直接上线",
    body="""孙主任您好：

理解领导希望尽早上线的心情。先把事实摆一下，供您汇报时参考：

1. 截至今天，UAT共发现缺陷62个，已关闭57个；
2. 剩余5个中，2个为严重级（年卡续费金额计算错误、退款重复回调），3个为一般级；
3. 按双方签字的验收标准第4.2条，存在严重级缺陷时不满足上线条件。

两个严重级缺陷我们预计周四修复、周五回归。如果回归通过，下周一上线是可以实现的；3个一般级可以按您说的上线后修。周五下午我把回归结果发您。

邱志强""",
    quote="""邱经理，

领导希望下周一直接上线，UAT的遗留问题能不能上线后再改？

孙立平""",
    quote_from=SUN, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: recommendation leaving the choice — '按我们的经验……稍微倾向于方案B', '最终以馆里的判断为准'",
    sender=WJ, to=[ZHAO], cc=[],
    subject="数字展厅两种方案的对比",
    body="""赵馆您好：

上周您让我们对比的两种数字展厅方案，整理如下：

方案A：大屏+触控桌，造价约85万，维护简单，适合中老年观众；
方案B：AR眼镜导览，造价约120万，沉浸感强，需要配2名引导员。

按我们的经验，这个展厅的客流以家庭和学生团体为主，我们会稍微倾向于方案B。不过两种方案我们都能很好地交付，最终以馆里的判断为准，如果需要，我们也可以把A和B的部分功能组合起来再报一版。

韦佳""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: recommendation with trade-offs and 'It's your call, and we'll support either one fully'",
    sender=EMILY, to=[OLIVIA], cc=[],
    subject="Badges: NFC vs paper - our view",
    body="""Hi Olivia,

Following Tuesday's discussion, here's our view on badges for the spring fair.

Our recommendation is NFC: faster entry (about 2 seconds per visitor versus 6), and you get session-level attendance data for exhibitors. The catch is cost - roughly EUR 0.40 more per badge - and a day of staff training.

Paper is perfectly workable, though. It's cheaper, your team knows it, and we'd add a QR code so you still get entry data at the hall doors.

It's your call, and we'll support either one fully. If it helps, we could also trial NFC in Hall 1 only and decide for next year based on the numbers.

Emily""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: risky mottos only in the signature ('没有不可能', '永不说做不了'); body is a plain status update",
    sender=TJ, to=[GUCHEN], cc=[],
    subject="会员卡制卡进度",
    body="""顾老师好！

会员卡制卡进度跟您同步：第一批3000张已于昨天出厂，周五送到俱乐部前台；第二批5000张下周三出厂。芯片抽检100张，全部通过。

如需调整配送地址，请周四前告诉我。

-- 
唐俊 | 项目经理
字典里没有"不可能"，只有"还没做到"
拒绝平庸，永不说"做不了\"""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: 'must not', 'refuse any liability', 'not negotiable' only in the signature disclaimer",
    sender=MARK, to=[TOM], cc=[],
    subject="Season ticket renewal - dry run results",
    body="""Hi Tom,

Results from last night's renewal dry run:
- 12,400 test renewals processed in 38 minutes, no payment failures.
- Seat holds released correctly after the 15-minute window.
- Two cosmetic issues on the confirmation email (logo size, footer link), fixed this morning.

We're ready for the live window on Monday at 10:00. I'll be on the bridge call from 9:30.

Mark

-- 
Mark Liu | Senior Project Manager
CONFIDENTIALITY: This message is intended only for the addressee. If you are not the intended recipient, you must not read, copy or forward it, and you should delete it immediately. We refuse any liability for errors or omissions in transmission. This notice is not negotiable.""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: long (ramble-length) but focused — a UAT plan with schedule, scope, defect rules and what the venue must provide",
    sender=CYM, to=[QIAN], cc=[SUN],
    subject="智慧票务二期 UAT 安排",
    body="""钱主任、孙主任好：

二期UAT下周一开始，为了让贵馆同事少跑冤枉路，我把安排整理如下，请二位过目。

一、时间与地点
UAT共五个工作日，11月17日至21日，每天9:30至17:00，地点在贵馆二楼培训室。我们提前一天完成环境部署和测试数据准备，周一上午9点前会把测试账号发到各位邮箱。

二、参与人员
请票务组安排两位熟悉窗口售票和退改签的同事，信息中心安排一位负责闸机和网络的同事。我们这边有两名测试工程师和一名开发全程驻场，问题当场记录、当场定位。

三、测试范围
1. 年卡办理与续费，包括线上支付和窗口现金；
2. 团体预约与讲解员预约；
3. 闸机实名核验，含身份证、人脸和二维码三种方式；
4. 退票、改签及对账报表；
5. 数据大屏的实时在馆人数。
测试用例共186条，已经按模块拆分，附件是用例清单，贵馆同事可以按岗位认领。

四、缺陷处理
缺陷分为严重、一般、建议三级。严重级当天修复、次日回归；一般级在UAT期间集中修复；建议类记录在案，由双方在验收会上确认是否纳入后续版本。每天17:00我们发一份缺陷日报。

五、验收标准
按合同附件三执行：严重级缺陷清零、一般级缺陷不超过5个，且均有明确修复日期。满足后我们提交验收申请，11月25日组织验收会。

六、需要贵馆配合的事项
1. 周五前确认参与UAT的同事名单；
2. 提供三张真实年卡用于核验测试，测试后当场作废重发；
3. 闸机所在区域在测试期间暂停对外开放半天，具体时间我们和信息中心另行约定。

七、沟通机制
UAT期间我们建一个专门的工作群，成员包括贵馆参与测试的同事和我们的驻场人员，问题统一在群里登记编号，避免口头反馈遗漏。每天下午16:30在培训室开一个15分钟的站会，回顾当天发现的问题和第二天的测试重点。若遇到影响测试进度的阻塞问题，我会在一小时内直接电话告知二位。

如有需要调整的地方，请周四前告诉我，我们据此更新计划。

陈一鸣""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: long but focused root-cause analysis of a stadium gate outage, with fixes and an in-person review",
    sender=TJ, to=[GUCHEN], cc=[],
    subject="11月8日主场入场闸机故障根因分析",
    body="""顾老师好：

11月8日主场比赛开场前东看台闸机故障的根因分析已完成，报告正文如下，完整日志见附件。

一、事件经过
18:41起，东看台12台闸机中有9台扫码后长时间无响应，现场改为人工验票。18:58恢复正常，期间约2,100名球迷受影响，最长排队约22分钟。

二、直接原因
东看台闸机通过一台交换机汇聚后接入核验服务器。当天18:40该交换机的上行端口出现大量丢包，闸机核验请求超时后进入重试，进一步加剧拥塞，形成雪崩。

三、根本原因
1. 交换机上行端口的光模块老化，11月初的巡检记录中已有误码告警，但告警级别被设为"提示"，没有触发工单；
2. 闸机的离线核验模式需要在网络中断时自动切换，但当时网络并未完全中断，只是严重丢包，切换条件没有满足；
3. 我们的监控只统计闸机在线率，没有统计核验耗时，所以在线率正常时没有报警。

四、整改措施
1. 已更换东看台和北看台两台交换机的光模块，并把误码告警提升为"紧急"级别，由值班工程师确认；
2. 闸机离线切换条件增加"连续三次核验超时超过2秒"，本周四在测试环境验证，下周主场前上线；
3. 监控新增核验耗时指标，超过1秒即报警，比赛日提前两小时专人盯屏；
4. 每个主场比赛日开场前90分钟做一次全场闸机联检。

五、对球迷的影响与补偿建议
受影响的约2,100名球迷中，有37人因排队错过开场，已向俱乐部客服投诉。我们建议由俱乐部向这部分球迷发放下一场主场比赛的优先入场码，费用由我们承担；名单可以根据闸机日志和客服记录交叉核对，我们周五前整理好发您确认。另外，东看台入口的临时指引牌和广播话术，我们也起草了一版，供俱乐部在今后的应急演练中参考。

六、后续安排
下周二上午我们到俱乐部当面汇报，也想听听安保和票务同事在现场观察到的情况，看还有哪些环节可以改进。

唐俊""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: long (400+ words) but focused cut-over plan for the registration platform; every paragraph on topic",
    sender=DANIEL, to=[PRIYA], cc=[OLIVIA],
    subject="Cut-over plan: registration platform migration, 21-22 Nov",
    body="""Hi Priya,

As agreed on Monday, here is the cut-over plan for moving visitor and exhibitor registration from the old platform to the new one. It's longer than I'd like, but I'd rather you have every step in one place.

1. Freeze (Friday 21 Nov, 18:00)
The old platform stops accepting new registrations at 18:00. Visitors who try to register after that see a holding page with the new opening time. Exhibitor accounts are set to read-only at the same time, so no booth changes get lost in transit.

2. Export and transform (18:00-22:00)
We export about 46,000 visitor records and 1,180 exhibitor accounts. Each record is transformed to the new schema: badge categories are mapped one to one, and the free-text "company" field is normalised against the exhibitor directory. Anything that can't be matched automatically goes into an exceptions file rather than being guessed at.

3. Load and verify (22:00-02:00)
Records are loaded into the new platform in batches of 5,000. After each batch we compare counts, check twenty random records field by field, and confirm that badge QR codes still resolve. If any batch fails verification, we stop and fix it before the next one.

4. Your team's check (Saturday 22 Nov, 08:00-11:00)
We'd like two people from your side to log in as test visitors and as two real exhibitors (with their permission), and walk through registration, badge download and booth editing. We'll sit with them on a call the whole time.

5. Go / no-go (11:00)
Olivia makes the call. If it's a go, the new platform opens at 12:00 and we redirect the old domain. If it's a no-go, the old platform reopens by 12:30 with all data intact, because we don't delete anything until a week after go-live.

6. After go-live
We monitor error rates and registration volume every hour for the first 48 hours, and send you a short status note at 18:00 on Saturday and Sunday. The exceptions file from step 2 will be cleared with your team by Tuesday.

7. Communication
During the cut-over we'll keep a shared channel open between your team and ours. Every step above gets a short message when it starts and when it finishes, with record counts where relevant, so nobody has to chase anyone for status. If anything slips by more than thirty minutes, I'll phone you directly rather than just posting it in the channel.

What we need from you by Wednesday: the names of the two testers, permission from the two exhibitors, and a confirmed contact for the go/no-go call.

Thanks,
Daniel""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: long but focused weekly report for the AR dinosaur exhibition (progress, risks, next steps, asks)",
    sender=WJ, to=[LIUF], cc=[LUOX],
    subject="AR恐龙展项目周报（第7周）",
    body="""刘老师、罗老师好：

第7周（11月10日至14日）的项目周报如下。

一、总体进度
整体进度完成78%，与计划基本持平。AR展项12个中已有9个完成现场安装和识别调试，剩余3个（霸王龙、翼龙群、化石挖掘互动台）等待展柜到位。

二、本周完成
1. 三角龙、剑龙、梁龙等6个展项完成灯光联调，识别率均在96%以上；
2. 导览小程序AR入口完成与票务系统的账号打通，持票观众扫码即可进入；
3. 讲解词音频完成普通话和英文两个版本的录制，等待展陈部终审；
4. 完成第二轮兼容性测试，覆盖32款主流手机机型。

三、存在的问题与风险
1. 翼龙群展柜的到货时间由11月14日推迟到11月20日，会压缩该展项的调试时间，我们计划加派一名工程师，周末也安排调试；
2. 化石挖掘互动台的触控屏在强光下有反光，正在和供应商沟通更换防眩光膜，预计下周三前有结论；
3. 部分老款安卓手机识别速度偏慢（约3秒），我们在开幕前会给出"推荐机型"清单，放在展区入口。

四、下周计划
1. 完成剩余3个展项的安装和调试；
2. 配合展陈部完成讲解词终审和音频替换；
3. 11月21日组织开幕前的全流程演练，请两位老师届时参加。
4. 开幕前一周起，我们每天18:00发一份简报，包括当天完成项、遗留问题和次日计划，方便两位随时掌握进度。

五、需要贵方协调的事项
1. 翼龙群展柜到货后，请展陈部安排叉车和两名搬运人员；
2. 讲解词终审意见请于11月18日前反馈。

六、质量情况
本周共发现缺陷14个，其中严重级1个（剑龙展项在特定角度下模型穿模），已于周四修复并回归通过；一般级9个，已修复7个；建议类4个，已记录待开幕后评估。累计缺陷关闭率91%。

七、预算与变更
本周无新增变更。防眩光膜如需更换，费用约3,200元，在合同的备品备件预算内列支，不需要贵方额外出资，我们确认后会书面告知。

韦佳""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: long code-switched change-impact analysis (effort, schedule options, open questions, CR number); choice left to client",
    sender=HX, to=[ZHOUKE], cc=[],
    subject="Change impact: 会员等级从 3 级改 5 级",
    body="""周可 hi,

周一 call 上你们提的"会员等级从 3 级扩展到 5 级", 我们做完了 impact assessment, 结论先放前面: 可以做, 预计 effort 28 人天, 对 12 月 15 日的 release 有影响, 具体如下.

1. 影响范围
- Membership service: 等级规则从 hard-coded 改成 configurable, 这是主要工作量, 约 12 人天;
- App 前端: 会员页、权益页、升级弹窗要支持 5 种 badge 和配色, 约 7 人天;
- Ticketing: 不同等级的 pre-sale 窗口和 discount 需要重新配置, 约 4 人天;
- 数据迁移: 现有 38,000 名会员要按新规则 re-tier, 需要你们确认 mapping 规则, 约 2 人天;
- Testing + regression 约 3 人天.

2. 对排期的影响
如果这周五前确认需求, 可以把它放进 12 月 15 日的 release, 但 release 里原计划的"球票转赠"功能要顺延到 1 月 10 日. 另一个选择是 5 级会员单独做一个 1 月 10 日的 release, 球票转赠保持 12 月 15 日不变.

3. Open questions (需要你们回复)
- 新增的两个等级叫什么名字, 各自的权益是什么?
- 现有会员 re-tier 时, 如果会降级, 是否要给 grace period?
- 等级是否和季票类型挂钩?

4. Risk
- 数据迁移是最大的 risk: 如果 mapping 规则有歧义, 会员可能被 re-tier 到错误的等级. 我们建议先在 staging 用全量数据跑一遍 dry run, 你们抽 200 个会员人工核对, 没问题再上 production.
- App store 审核: 新的 badge 图标涉及 UI 变化, iOS 审核通常 1-2 天, 我们会预留 3 天 buffer.
- 客服话术: 等级调整后会员一定会来问, 建议你们的 customer service team 提前准备 FAQ, 初稿我们可以提供.

5. 费用
按合同 change request 流程, 28 人天的报价周三前发你, 编号 CR-BW-022.

你们看哪种排期更合适, 告诉我就行, 两种我们都可以执行.

韩雪""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: self-criticism with a rhetorical 难道 aimed at our own proofreading, taking the blame",
    sender=MF, to=[LUOX], cc=[],
    subject="关于讲解词错别字的致歉",
    body="""罗老师：

讲解词里那三处错别字，是我们排版时引入的，不是贵部原稿的问题，非常抱歉。

我回头反思了一下：难道我们自己校对的时候就一个人都没发现？说明我们的校对流程只看了格式没看内容，这是流程上的漏洞。从下一批开始，每段讲解词排版后由两个人交叉通读，并在交付单上签字。

修正版已上传，今晚更新到小程序。

孟凡""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: '您的问题' means questions; '已拒绝' is a payment status, '不能直接恢复' comes with a workaround",
    sender=SM, to=[HUANG], cc=[],
    subject="Re: 运营后台的几个问题",
    body="""黄老师好～

您的三个问题逐一回复：

1. 可以导出。在"活动管理—报名列表"右上角点"导出"，会生成Excel，包含姓名、手机号和报名时间。
2. "已拒绝"是支付渠道返回的状态，意思是银行拒绝了这笔扣款，常见原因是余额不足或卡被风控，观众重新支付即可，不需要您这边处理。
3. 过期的优惠券系统不能直接恢复，但可以在"营销—优惠券"里给同一批观众重新发一张，有效期您自己设。

还有其他问题随时问我～

苏蔓""",
    quote="""苏蔓，

运营后台有几个问题想请教：
1. 活动报名人数能不能导出？
2. 为什么有的订单显示"已拒绝"？
3. 优惠券过期了还能恢复吗？

思琪""",
    quote_from=HUANG, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: follow-through — '周一电话里我说过回来找财务确认，今天确认好了' with the agreed numbers",
    sender=ZXL, to=[XUJING], cc=[],
    subject="Re: 艺术季票务分账比例",
    body="""许老师好～

有结果啦！周一电话里我说过回来找财务确认，今天确认好了：

1. 艺术季门票分账可以从 8:2 调整为 8.5:1.5，适用于明年1月1日之后的场次；
2. 已经售出的场次按原比例结算，不追溯；
3. 补充协议我们法务周三前出草稿。

您看这个安排可以吗？有问题随时找我～

晓岚""",
    quote="""晓岚，

上周电话里你说回去确认一下分账比例能不能调，有结果了吗？

许静""",
    quote_from=XUJING, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: internal note with the client deliberately in Cc so she sees the investigation; constructive",
    sender=CYM, to=[WANGLEI], cc=[QIAN],
    subject="核销慢的问题排查（抄送钱主任）",
    body="""磊哥：

钱主任反馈周末高峰时段核销要等3到5秒，现场压力很大。我把钱主任也抄送上了，方便她直接看到我们的排查进度，不用再层层转述。

麻烦今天先拉一下周六10:00–11:00的核销日志，看看慢在哪一段（扫码、网络、还是数据库）。明天中午前我们三方开个15分钟的短会对一下结论。

钱主任，如果现场还有别的异常，也请随时直接发给我们俩。

陈一鸣""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: internal mail takes the client's harsh quoted words ('脑子呢') seriously — 'she has a point' — and proposes on-site staff and an apology",
    sender=WJ, to=[GEJP], cc=[FANXB],
    subject="Re: 展厅AR箭头的事",
    body="""葛总、小北：

刘老师的话说得重了点，但平心而论，她说得在理：箭头指到墙里，就是因为我们建模用的是三个月前的平面图，没人去现场复核过。

我的建议：
1. 下周起派两位同事驻场，每次展陈调整后当天复核空间模型；
2. 这周五前我去跟刘老师当面道个歉，顺便把复核机制讲清楚。

葛总看看是否同意增加驻场的人天。

韦佳""",
    quote="""佳姐，

刘老师今天在展厅当着大家的面说："你们的人是不是从来没来过展厅？这个AR引导箭头指到墙里去了，脑子呢？" 场面挺尴尬的。

小北""",
    quote_from=FANXB, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: PM answers a colleague's quoted complaint about the client constructively, explains the reason and plans a face-to-face session",
    sender=SM, to=[JIANGTING], cc=[],
    subject="Re: 选座页面又要改",
    body="""婷婷：

抱抱，四次确实太磨人了，辛苦你。

不过我了解了一下，这次改不是拍脑袋：大剧院换了新的票务总监，她要把"最佳视角推荐"做成卖点，之前的几版确实没考虑到。我建议我们这么办：
1. 我先做一版变更影响评估，看工期和费用要不要调；
2. 明天下午我约黄老师和新总监当面过一遍，把需求一次性定下来，之后走变更流程；
3. 你这两天先别动手改，等定稿再说。

苏蔓""",
    quote="""蔓姐，

大剧院那边又改需求了，选座页面第四次推翻重来，我真的要崩溃了，他们能不能想清楚再说啊。

婷婷""",
    quote_from=JIANGTING, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: 'isn't something I'm able to approve myself' — handed to the delivery director with options and an interim step",
    sender=DANIEL, to=[MARCO], cc=[GEJP],
    subject="Re: Free upgrade for season-ticket holders?",
    body="""Hi Marco,

Thanks - I can see why the board likes it; it's a great gesture for loyal fans.

A free upgrade for all 18,000 holders changes the licence model, so it isn't something I'm able to approve myself. I've copied our delivery director, Jianping Ge, who owns commercial terms. He'll call you by Thursday with a couple of options - for example a free premium trial for the first half of the season, or a discounted bundle.

In the meantime nothing changes for fans, and I'll keep the premium features switched on for the board members' accounts so they can try them.

Daniel""",
    quote="""Daniel,

The board wants every season-ticket holder upgraded to the premium app tier for free this season. Can you do that?

Marco""",
    quote_from=MARCO, trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: negation '我不是说 no 哈' with a two-day estimate promised for Thursday",
    sender=HX, to=[ZHOUKE], cc=[],
    subject="Re: 球场地图加 AR 导航?",
    body="""周可 hi,

我不是说 no 哈, 这个 idea 我也觉得挺 cool 的. 只是球场里 GPS 不准, 可能要加蓝牙信标, 硬件这块的 effort 我们需要 two days 摸一下. 周四下班前给你一版 estimate, 包括 cost 和 timeline, 你再看要不要做.

韩雪""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: '必须' and '强制' as technical release instructions for guide tablets",
    sender=FY, to=[LUOX], cc=[],
    subject="小程序新版本发布注意事项",
    body="""罗老师好：

新版导览小程序今晚22:00发布，有两件事需要讲解员同事配合：

1. 发布后，讲解员用的平板必须彻底关闭微信再重新打开一次，否则缓存的还是旧版讲解词；
2. 新版本强制要求定位权限，首次打开时请点"允许"，否则展厅内的就近讲解功能无法使用。

我明早8:30在一楼服务台，有问题可以直接来找我。

方圆""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: polite firmness — both features before Spring Festival is too risky; two options plus a paid third, client decides",
    sender=QZQ, to=[ZHAO], cc=[],
    subject="Re: 年卡预约和电子导览的上线时间",
    body="""赵馆您好：

收到您的要求，完全理解春节客流对馆里的意义。

实话跟您汇报：按现在的人力，春节前两个功能同时上线，测试时间会被压缩到不足一周，我不敢拿开馆高峰去冒这个险。摆在面前的有两条路，请您定：

方案一：春节前先上年卡预约，电子导览2月底上线；
方案二：春节前先上电子导览，年卡预约沿用现有人工登记，2月底切换。

如果馆里希望两个都赶，我们也可以从兄弟项目借调三人，费用约12万，这个需要您这边确认预算。周三前您给个方向，我们就按您的决定排。

邱志强""",
    quote="""邱经理，

年卡预约和电子导览，两个都得在春节前上线，你们想想办法。

赵德胜""",
    quote_from=ZHAO, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (traditional): buffered refusal — not supported yet, logged as CR-HK-019 with a Thursday reply and an SMS workaround tonight",
    sender=LJY, to=[LEUNG], cc=[],
    subject="Re: 展覽延期一週的票務調整",
    body="""詠欣您好：

收到，延期的消息辛苦您第一時間告知。

批量改場次加自動通知，目前系統未支援，這週內上線有風險，我不想貿然答應您。已登記為變更單 CR-HK-019，週四前完成評估並回覆您具體日期。

過渡辦法：我們今晚可以導出所有受影響訂單（約2,300張），由我們的客服團隊用短信模板逐批通知，並開放免費改期或全額退款兩個選項。您確認短信文字後即可發出。

林嘉怡""",
    quote="""嘉怡：

展覽可能延期一週，售票系統可以即時改場次同通知已購票觀眾嗎？

詠欣""",
    quote_from=LEUNG, trad=True,
),
dict(
    expect=[], lang="zh",
    why="hard negative: chatty PM's short pleasantry, then one clear point — warm but not a ramble",
    sender=FY, to=[LIUF], cc=[],
    subject="明天灯光联调安排",
    body="""刘老师早～

降温了，布展现场风大，您多穿点哈！

正事一件：明天上午10点在三号展厅做灯光联调，需要展陈部一位同事在场确认射灯角度，大约两小时。联调结束后我们直接出识别率报告，下午发您。

方圆""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: '666 (真心的, 不是阴阳)' and '绝了' as sincere praise for colleagues; the client is quoted admiringly",
    sender=XN, to=[FANXB], cc=[JIANGTING],
    subject="小北 你是真的 666",
    body="""小北,

今天 demo 你的 AR 识别 666 (真心的, 不是阴阳), 恐龙从展柜里探头那一下, 全场都哇了一声. 连 Bluewater 那边的 Marco 都说 "never seen this in a club museum before". 婷婷 的 UI 也是绝了, 我回家要好好反省自己的 PPT 😂

明天给你们带 brunch.

许诺""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: 'impossible' as praise, 'reject' and single-use token as technical terms, answering a client's question",
    sender=HX, to=[ZHOUKE], cc=[],
    subject="赛后小结 + QR 重复核销的疑问",
    body="""周可,

先说一句: 你们 ops team 48 小时内完成全场 re-seat, 我本来以为是 impossible 的, 真的 respect.

关于你问的"有没有可能一张 QR 被扫两次": 理论上不会, 每张 QR 都是 single-use token, 第一次核销后服务器就把它标成 used, 第二次扫会直接 reject. 周六那两个"重复"的 case 我们查了, 是同一个球迷买了两张票, QR 不一样. 日志截图在附件里.

韩雪""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: '没有出现重复扣款', '不会向贵行收取任何费用' — negations as reassurance in a fix note",
    sender=MF, to=[WUMIN], cc=[],
    subject="支付回调延迟修复说明",
    body="""吴处您好：

上周部分联名卡订单支付回调延迟的问题，修复说明如下：

1. 原因：我们的回调重试队列在高峰期积压，最长延迟约4分钟，期间用户看到"支付处理中"。
2. 修复：重试队列改为分片并行，压测下延迟不超过3秒。
3. 影响：没有出现重复扣款，每笔订单都有幂等号校验，同一笔不会被处理两次。
4. 费用：这次修复属于我们的缺陷，不会向贵行收取任何费用。

本周五晚22:00发布，发布前我会再确认一次窗口。

孟凡""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: 'lean towards B' but 'totally your call — 两个我们都 ready', with data and an offer to brief the boss",
    sender=XN, to=[SUN], cc=[],
    subject="多渠道售票 - 两个 option",
    body="""孙主任好,

上次您提到领导考虑只保留微信渠道, 我们回去做了个对比, 供参考:

Option A: 只留微信小程序. 运维成本每年省约 18 万, 但官网和自助机的用户 (约占 22%, 其中 60 岁以上居多) 需要引导迁移.
Option B: 微信 + 自助机, 官网下线. 成本省约 11 万, 老年观众影响小.

个人 lean towards B, 不过这个完全是 your call, 两个我们都 ready. 如果需要, 我可以陪您一起给领导做个 10 分钟的 briefing.

许诺""",
    quote=None, trad=False,
),
]

random.Random(3434).shuffle(CASES)
