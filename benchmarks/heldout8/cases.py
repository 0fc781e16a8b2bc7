"""heldout8: PM email drafts written by an independent helper (healthcare IT and education focus).

Training/tuning material for mailcoach. Built into .eml files by benchmarks/blindkit.py.
"""

# ---- our team -------------------------------------------------------------
ZHOU = "周屹 <zhou.yi@ourteam.example.com>"            # anxious PM, hospital HIS/LIS
HAN = "韩卓 <han.zhuo@ourteam.example.com>"            # arrogant PM, PACS / 医保
JIANG = "蒋蔚 <jiang.wei@ourteam.example.com>"         # weary PM, 教育局 platform
SU = "苏甜 <su.tian@ourteam.example.com>"              # over-friendly PM, LIS
DENG = "邓佳 <deng.jia@ourteam.example.com>"           # PM, nursing system
LUOJIA = "Jason 罗嘉 <luo.jia@ourteam.example.com>"    # bilingual PM, bank / university
CHEN = "陳怡安 <chen.yian@ourteam.example.com>"        # PM, Taiwan university
DANIEL = "Daniel Reyes <daniel.reyes@ourteam.example.com>"
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"
TOM = "Tom Gallagher <tom.gallagher@ourteam.example.com>"
CHENG = "程立 <cheng.li@ourteam.example.com>"          # dev lead
MAXIAO = "马骁 <ma.xiao@ourteam.example.com>"          # tester
LUOMIN = "罗敏 <luo.min@ourteam.example.com>"          # delivery director
HUANG = "黃子謙 <huang.ziqian@ourteam.example.com>"
SAM = "Sam Whitford <sam.whitford@ourteam.example.com>"
LIXC = "黎小川 <li.xiaochuan@ourteam.example.com>"     # DBA

# ---- client A: 市第三人民医院 -------------------------------------------------
SUN = "孙卫东 <sun.weidong@client-a.example.cn>"       # 信息科科长
DU = "杜芳 <du.fang@client-a.example.cn>"              # 检验科主任
ZHAO = "赵启明 <zhao.qiming@client-a.example.cn>"      # 放射科 PACS
QIAN = "钱红 <qian.hong@client-a.example.cn>"          # 医保办主任
GE = "葛建华 <ge.jianhua@client-a.example.cn>"         # 副院长
SONG = "宋丽 <song.li@client-a.example.cn>"            # 护理部主任

# ---- client B: 区教育局 / universities / St. Aldric hospital ----------------
FANG = "方建国 <fang.jianguo@client-b.example.com>"    # 区教育局信息中心主任
HEMIN = "贺敏 <he.min@client-b.example.com>"           # 大学教务处
TIAN = "田华 <tian.hua@client-b.example.com>"          # 实验小学校长
HELEN = "Helen Carter <helen.carter@client-b.example.com>"
GRACE = "Grace Okafor <grace.okafor@client-b.example.com>"
MARK = "Mark Liu <mark.liu@client-b.example.com>"
OWEN = "Owen Pryce <owen.pryce@client-b.example.com>"  # St. Aldric hospital IT
LIPS = "李佩珊 <li.peishan@client-b.example.com>"      # 台灣某大學教務處
WANGYT = "王雅婷 <wang.yating@client-b.example.com>"

# ---- client C: bank ---------------------------------------------------------
PENG = "彭志远 <peng.zhiyuan@bank-c.example.cn>"       # 科技部总经理
XIONG = "熊雪 <xiong.xue@bank-c.example.cn>"           # 科技部对接人

CASES = []


def add(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, trad=False, **kw):
    case = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
                subject=subject, body=body, quote=quote, trad=trad)
    if quote:
        case["quote_from"] = quote_from or case["to"][0]
    case.update(kw)
    CASES.append(case)


# =============================================================================
# POSITIVES: argue
# =============================================================================

add(["argue"], "zh", "arrogant PM lectures the hospital IT head and blames his side, ironic '大家的时间都不便宜'",
    HAN, [SUN], "Re: LIS检验结果回传丢失问题", cc=[DU],
    quote="""周经理:

最近一周检验科反映有三百多条结果没回到HIS,临床意见很大。请你们尽快排查,给个说法。

孙卫东""",
    body="""孙科长:

日志我们又从头到尾翻了一遍。说实话,这种活本来轮不到我们来干。

10月28日到11月3日之间所谓"丢失"的312条结果,全部是贵院HIS在接收端返回了AE应答,也就是说报文到了,是你们那边没收。这一点上周例会已经掰开揉碎讲过一次,看来没有被记住。

以后再遇到类似情况,烦请贵科先把自己那头的接收日志看一眼,确认不是自家的问题,再群发邮件点我们的名。大家的时间都不便宜,您说是吧。

韩卓""")

add(["argue"], "en", "weary condescension: defines 'nightly' for the client, suggests pinning the spec on the wall",
    DANIEL, [HELEN], "Re: Grades not appearing in the student portal",
    quote="""Daniel,

Several faculty tell me grades entered this afternoon still aren't visible to students. This is the second time this term. Can you look into it urgently?

Helen""",
    body="""Helen,

For the record -- and I realise we are now on round three of this -- grades entered in the afternoon show up the following morning, because the sync is nightly. Nightly, in this context, means once a night. It is on page 4 of the specification your office signed in March.

It might save everyone some time if someone printed page 4 and stuck it on the wall of the faculty lounge. Then perhaps we could get through one week without this particular email.

Daniel""")

add(["argue"], "zh", "passive-voice bureaucratic blame of 教育局, '想必贵局内部是清楚的', lectures them to fix their process",
    JIANG, [FANG], "关于11月6日初中学位报名系统拥堵的情况说明",
    body="""方主任:

现就11月6日上午报名系统拥堵一事说明如下。

经核查,当日报名开放时间被临时由10:00提前至8:30,该调整事先未被告知我方,扩容预案因此未能按计划启动。此类风险在9月12日协调会纪要第三条中已被明确提示,该提示当时未被采纳。

拥堵期间,相关投诉被转至我方,我方人员被要求出面解释,这在我们看来是不太公平的。责任应当落在哪里,想必贵局内部是清楚的,我们也就不再多说了。希望下一次调整任何时间节点之前,贵局能先把自己的流程理顺,而不是事后来问供应商为什么没扛住。

蒋蔚
项目经理""")

add(["argue"], "mixed", "over-friendly tone wrapping blame: '敲黑板讲过…您好像也坐在第一排?', tells client to ask own staff first",
    SU, [DU], "LIS结果回传慢 的小调查~",
    body="""杜主任好呀~

您上周说的 LIS 结果回传慢的问题,我们 team 连夜查了一下哈。结果发现是检验科那边 middleware 的 timeout 被人从 30s 改成了 300s (笑) 这个参数我们上线 training 的时候可是专门、反复、敲黑板讲过不要动的呀,当时您好像也坐在第一排?

所以这次嘛,真的不是我们 system 的锅哦~ 下次遇到问题,要不先在科室里问一圈是谁手痒改了配置,再来找我们?这样大家都省事嘛,您说对吧!

爱您的
苏甜""")

add(["argue"], "zh", "traditional; weary PM: '講到第三遍了', rhetorical dig that the school should read last year's minutes first",
    CHEN, [LIPS], "回覆:選課系統尖峰當機", trad=True,
    body="""李組長您好:

老實說,同樣的話我們在去年三月的檢討會上已經講到第三遍了:選課開放若不分年級分時段,尖峰流量一定超過主機負荷。那時貴校資訊中心的回覆是「再觀察看看」。

現在觀察出結果了,又回頭來問我們系統為什麼撐不住。我其實不太確定,還要用什麼方式說明,這件事才會被認真聽進去。也許下次開會前,請貴校先把去年的會議紀錄讀過一遍?

陳怡安""")

add(["argue"], "zh", "guilt-tripping blame: weekend in the machine room, missed recital, demands radiology admit fault first",
    HAN, [ZHAO], "PACS旧节点数据恢复完成",
    body="""赵主任:

旧存储节点上被误传的4,200多个检查影像,已经全部迁回新归档,今天早上8点校验完毕。

借这个机会也说两句。我们组三个同事这个周末是在机房过的,其中一个错过了女儿的钢琴汇报演出。而这一切的起因,是放射科在我们书面通知了两次"旧节点已下线、请勿上传"之后,仍然往上面传。我不想把话说得太难听,但我真心希望,贵科下一封邮件的开头能先承认这一点,而不是又一张新的问题清单。

韩卓""")

add(["argue", "refusal"], "zh", "blames 教务处 for its own deadline and flatly refuses to reopen add/drop, '请贵处先自己遵守'",
    HAN, [HEMIN], "Re: 申请重新开放补退选",
    quote="""韩经理:

有二十多名交换回来的学生错过了补退选,学院希望系统能再开放两天,麻烦协调一下。

贺敏""",
    body="""贺老师:

补退选窗口的起止时间,是教务处自己在9月初定下来、发文公布的,期间我们提醒过三次时间快到了。现在窗口关了,又来要求重开,系统层面不会再开。

规矩是贵处定的,还请贵处先自己遵守。

韩卓""")

add(["argue", "backchannel"], "zh", "blames the client and mocks a named junior on the client side in the same breath ('这水平我们也是第一次见')",
    HAN, [SUN], "关于11月9日HIS接口配置被改导致门诊挂号中断", cc=[CHENG],
    body="""孙科长:

恕我直言,这次门诊挂号中断,问题出在贵科新来的小刘身上。接口文档都没看明白,就敢在周六上午直接上生产改路由配置,这个水平我们做了十几年医院项目也是第一次见。

请贵科以后先把人员培训到位,再来追究我们的责任。我们不是贵院的保姆。

韩卓""")

# =============================================================================
# POSITIVES: refusal
# =============================================================================

add(["refusal"], "zh", "bureaucratic one-line refusal of a 医保办 request: '本项目不承接,请贵办知悉', no buffer or alternative",
    JIANG, [QIAN], "Re: 自助机增加异地就医备案查询",
    quote="""蒋经理:

最近异地就医的患者很多,能否在门诊自助机上增加一个异地备案状态查询?患者反映每次都要到窗口问,很不方便。

钱红""",
    body="""钱主任:

来函收悉。

自助机增加异地备案查询一项,本项目不承接,请贵办知悉。

蒋蔚""")

add(["refusal"], "en", "flat 'we're going to pass on that one' wrapped in over-friendly chatter; no buffer, no alternative",
    PRIYA, [GRACE], "alumni portal SSO + open day!!",
    body="""Hi Grace!!

Hope you had the loveliest weekend -- and congratulations on the open day, the photos in the newsletter were gorgeous, those banners!

Quick one on the alumni portal SSO: we're going to pass on that one, it's just not something we'll be building for you. Totally get why it'd be nice though!

Anyway, are you coming to the Thursday workshop? I'm bringing the good biscuits this time, promise :)

Big hugs,
Priya""")

add(["refusal"], "zh", "weary understatement '咱们就别想了吧…不会有的' turns down the parent mini-program outright",
    JIANG, [FANG], "家长端小程序的事",
    body="""方主任:

您昨天电话里提的家长端小程序,我回去想了一晚上。

咱们就别想了吧。平台现在这个样子已经是它能到的地方了,小程序那一块不会有的。

蒋蔚""")

add(["refusal"], "zh", "refusal slipped into a meeting recap as item 四: '不做。' with no reason, date or alternative",
    DENG, [SONG], "11月12日移动护理系统周例会纪要", cc=[SUN],
    body="""各位老师:

今天例会纪要如下,请查收。

一、输液巡视模块已于11月10日在心内科、呼吸科试点,运行平稳,下周扩展至外科楼。
二、PDA电池续航问题,厂家已寄出替换电池40块,预计周五到货。
三、护理评估单模板(跌倒、压疮)已按护理部意见修改完毕,请宋主任周三前确认。
四、护理部提出的"扫码补录历史医嘱执行记录"功能:不做。
五、下次例会:11月19日下午3点,5楼小会议室。

如有遗漏请回复补充。

邓佳""")

add(["refusal"], "mixed", "arrogant code-switching: '这个 request 我这边就直接 close 了…没有商量的余地'",
    HAN, [PENG], "Re: 医保对账文件推送频率",
    quote="""韩经理:

我行结算中心希望医保对账文件由每日一次改为每5分钟推送一次增量,便于实时监控。请评估。

彭志远""",
    body="""彭总,

对账文件改成 5 分钟推一次增量这个 request,我这边就直接 close 了。Daily batch 就是 daily batch,设计上就没留这个口子,也没什么商量的余地。

Thanks,
韩卓""")

add(["refusal"], "en", "formal passive-voice refusal: 'will not be actioned… no further correspondence will be entered into'",
    TOM, [MARK], "Offline mode for exam proctoring module",
    body="""Dear Mr Liu,

Please be advised that the request to extend the exam-proctoring module with an offline mode has been reviewed and will not be actioned.

This item is now closed and no further correspondence regarding it will be entered into.

Regards,
Tom Gallagher
Delivery Manager""")

add(["refusal"], "zh", "ironic dismissal '我们就不跟了,哈哈…只能另请高明了', no buffer",
    HAN, [ZHAO], "网页端三维重建",
    body="""赵主任:

您说想在网页版阅片里直接做三维重建,这个想法挺超前的,我们就不跟了,哈哈。

网页端跑三维,我估计这辈子是轮不到咱们这个项目了。您要是实在想要,只能另请高明了。

韩卓""")

# =============================================================================
# POSITIVES: persuade
# =============================================================================

add(["persuade"], "zh", "anxious PM guilt-trips the VP into dropping the postponement ('您不会让大家白干的…就按12月1日')",
    ZHOU, [GE], "关于新HIS上线时间的一点想法",
    body="""葛院长:

听说院里在考虑把新HIS上线推到春节以后,我想跟您说几句心里话。

为了12月1日这个节点,我们驻场的十二个兄弟姐妹已经三个月没有休过一个完整的周末了,有两个人连国庆都是在机房过的。如果现在推迟,大家这段时间的付出基本就白费了,士气也很难再提起来。

我相信您不会让大家白干的。所以推迟的事,还是请院里别再考虑了,就按12月1日上线,好吗?我这边先按这个日子往下排了。

周屹""")

add(["persuade"], "en", "pressure via CTO authority and peer shame ('not be the one campus holding out'), assumes consent by Friday",
    DANIEL, [HELEN], "Hosting decision",
    body="""Helen,

Our CTO went through your on-premises hosting request personally last night, and -- I'll be candid -- he thinks it would be a mistake, and so do I. Every other university in the consortium is already on our cloud tenancy.

I'd gently encourage you not to be the one campus holding out on this. It doesn't look great for anyone, and it certainly won't look great in front of your board. Let's close the on-prem question for good and go with cloud; I'll put the cloud order form in for signature on Friday unless I hear otherwise.

Best,
Daniel""")

add(["persuade"], "zh", "one long winding sentence of stacked '考虑到' ending in '贵局就不要再坚持了…唯一负责任的选择'",
    JIANG, [FANG], "关于新旧学籍系统是否双轨运行",
    body="""方主任:

关于新旧学籍系统是否要双轨运行一个学期的问题,考虑到市局对数据口径统一的要求,考虑到双轨期间各校老师要把同一份数据录两遍的负担,考虑到我们已经为这次切换调配了全部实施力量,同时也考虑到如果本周五之前还定不下来整个期末排课都会受到影响,我们认为双轨这件事贵局就不要再坚持了,直接切换是眼下唯一负责任的选择,希望您能理解,并尽快拍板。

蒋蔚""")

add(["persuade"], "mixed", "cost pressure and '别的 option 我真的不建议您再花时间去看', pushes the client to drop keeping their middleware",
    SU, [DU], "Re: 仪器接口中间件选型",
    quote="""苏经理:

我们科还是倾向于保留现在的仪器中间件,用了六年,大家都熟。新系统能不能对接它?

杜芳""",
    body="""杜主任,

说句实在话,keep 旧的 middleware 就是在持续烧钱。每年 maintenance fee 十几万,再加上我们要专门写 adapter 的 cost,您算一算就知道不划算。

这件事我真心劝您别再犹豫了,直接上我们的 bundle,下周就能 kick off。别的 option 我真的不建议您再花时间去看,科里的意见我相信您能做通工作的~

苏甜""")

add(["persuade"], "zh", "traditional; over-friendly peer pressure '只差您這一票囉', tells the teacher to stop insisting on the old screen",
    CHEN, [WANGYT], "新版成績登錄畫面", trad=True,
    body="""親愛的王老師:

我知道您一直很喜歡舊版的成績登錄畫面,用了好多年,順手嘛,完全理解!

不過說真的,新版才是對大家最好的,您就相信我這一次,別再堅持保留舊版了,好不好?系上其他老師也都已經答應了,只差您這一票囉。下週一我們就全面切換,到時候我親自過去幫您上手!

怡安 敬上""")

add(["persuade"], "zh", "insinuation: hints the hospital will be named as laggard at the rating meeting, then presumes consent",
    HAN, [GE], "PACS影像归档迁移",
    body="""葛院长:

关于PACS归档是否迁移到区域影像云,院里讨论了几轮,我能理解大家对自建机房的感情。

不过您应该也注意到了,全市二级以上医院里,目前还坚持自建归档的只剩贵院和另外一家。等卫健委下半年的信息化评级结果一出来,是谁在拖区域互联互通的后腿,恐怕一眼就能看出来。我想,您也不希望在会上被点到名吧。

要不这样,我就先跟我们团队说贵院同意迁移了,后面的手续咱们边做边补?

韩卓""")

add(["persuade"], "zh", "arrogant understatement: dismisses the client's wish to use the provincial interface, '不用再纠结了'",
    HAN, [QIAN], "Re: 医保接口方案",
    quote="""韩经理:

我们还是想直接对接省医保平台的标准接口,不想再经过你们公司的网关,这样以后换供应商也方便。

钱红""",
    body="""钱主任:

您的顾虑我们收到了。

不过坦白讲,省平台那套标准接口我们见得太多了,真接起来问题一堆,到时候出了事您还是得来找我们。这事您就放心交给我们,走我们的网关,不用再纠结了。换供应商这种事,我觉得也不用提前操心。

韩卓""")

add(["persuade", "argue"], "mixed", "'With respect… is simply outdated' lecture plus 'the only way… 别的就不要再讨论了'",
    LUOJIA, [FANG], "期末报表 sign-off",
    body="""方主任,

With respect, 您这个"老报表一张都不能少"的想法 is simply outdated。我们做过三十多个区县的平台, nobody does it that way anymore。请不要再拿十年前的工作习惯来要求一个新平台,这对我们的团队也不公平。

Please sign off on the new report set this week —— 这是唯一能赶上期末的路,别的就不要再讨论了。

Best,
Jason""")

add(["persuade", "backchannel"], "zh", "goes over the IT head to the VP, belittles him ('停留在十年前…纯属浪费时间') and pushes our cloud plan",
    HAN, [GE], "关于新架构方案的决策",
    body="""葛院长:

新架构的事拖了一个多月,我想直接跟您汇报一下。

信息科孙科长那边一直在拖,说实话,他对云化架构的理解还停留在十年前,跟他讨论技术方案纯属浪费双方时间。您是明白人,这事建议您直接拍板,按我们的云化方案来,信息科那套顾虑就不用再听了。

韩卓""")

# =============================================================================
# POSITIVES: backchannel
# =============================================================================

add(["backchannel"], "zh", "internal mail calls the lab director by a nickname ('药罐子') and questions her competence",
    ZHOU, [CHENG], "又来了",
    body="""老程:

"药罐子"今天第三个电话了(你懂的,检验科那位),还是那句"仪器数据传过去不对"。我这边查了,又是她们自己样本条码贴错了管。

说真的,这种水平当科主任,检验科能好到哪去我是不太敢想。你那边别急着改代码,先晾着,等她自己发现吧。

周屹""")

add(["backchannel"], "en", "reply-all accident: mocks the registrar's office with the client still in Cc",
    PRIYA, [SAM], "Re: Registrar's office timetable data", cc=[GRACE],
    quote="""Priya -- the registrar's data file came through again with half the room codes missing. Third time. How do you want to handle it?

Sam""",
    quote_from=SAM,
    body="""Sam,

Honestly? Between us, the registrar's office couldn't organise a fire drill in a burning building. Don't waste a morning on it -- pad our estimate by a week and let them dig out the room codes themselves. They'll find a way to blame us either way.

P.""")

add(["backchannel"], "zh", "internal irony mocking the bank's tech team ('科技精英'…报个培训班) to our sales director",
    JIANG, [LUOMIN], "C行今天的会",
    body="""罗总:

今天C行那几位"科技精英"又给我们上了一课,手把手教我们什么叫对账。一个轧差都讲不清楚的人,居然能讲四十分钟。

建议下次投标的时候,报价单里加一项"甲方基础知识培训费",我看比实施费还好收。

蒋蔚""")

add(["backchannel"], "mixed", "weary internal grumble about the 教育局 director ('方大主任 again…自己都不知道自己要啥')",
    JIANG, [MAXIAO], "Re: 区教育局需求又变了",
    quote="""蒋哥,方主任刚在群里又发了一版需求,和周一那版又不一样,要不要跟?

马骁""",
    quote_from=MAXIAO,
    body="""小马,

那位方大主任 again。这周第四版了,我严重怀疑他自己都不知道自己要啥,每次开会都是想到哪说到哪。

先别跟, ignore 掉,等他周五再推翻一次再说。反正最后背锅的还是我们。

蒋蔚""")

add(["backchannel"], "zh", "traditional; insinuating internal sneer at the university's registrar head ('長官'…請出會議室)",
    CHEN, [HUANG], "今天的需求會議", trad=True,
    body="""子謙:

今天那位教務處的「長官」,開會時花了四十分鐘講他當年自己寫程式的豐功偉業,結果輪到操作示範,連登入頁的帳號欄位都找不到。

我看這個專案要順利,第一步得先找個理由把他請出會議室。其他的之後再說。

怡安""")

add(["backchannel"], "zh", "passive-voice disparagement of the bank contact ('会议纪要是用来垫杯子的'), suggests routing around her",
    JIANG, [CHENG], "关于C行对接人的一点观察",
    body="""程总:

据这几周的观察,C行科技部那位熊经理似乎奉行一个原则:邮件是可以不看的,会议纪要是用来垫杯子的。

建议今后涉及接口设计的关键决定,尽可能绕开她,直接找彭总;否则不但事情推不动,我们还得再陪她把同一个问题从头讲一遍。

蒋蔚""")

add(["backchannel"], "zh", "reply-all accident: laughs at the 医保办 director's '口径' with her in Cc",
    ZHOU, [MAXIAO], "Re: 医保结算清单口径问题", cc=[QIAN],
    quote="""周哥,医保办又说结算清单口径不对,要我们改,但她们也没说清楚到底按哪个口径。

马骁""",
    quote_from=MAXIAO,
    body="""哈哈哈同意。"口径"这两个字都快成钱主任的口头禅了,我看她自己也说不清口径到底是啥。

先晾两天,等她们内部吵明白了再说。

周屹""")

# =============================================================================
# POSITIVES: ramble (one actionable line buried in chatter)
# =============================================================================

add(["ramble"], "zh", "over-friendly chatter (八段锦, 草莓园, 拼音, 羊肉汤); the LIS downtime notice is one line in the middle",
    SU, [SUN], "孙科长周末愉快~顺便说个事",
    body="""孙科长好呀~

好久没跟您好好聊聊了!上周五在食堂碰到您,您说最近在练八段锦,我回去也跟着视频学了两天,结果第二天腰酸得差点起不来,才知道看着慢悠悠的动作原来这么费劲,您能坚持每天早上练半小时真的太厉害了。

说起来,我们组这周末去郊区团建了,去的是那个新开的草莓园。本来以为十一月草莓还没熟,结果大棚里红彤彤一片,老程一个人摘了三斤,回来的路上全吃光了,被大家笑了一路。中午在农家乐吃的铁锅炖,大鹅炖得特别烂,贴饼子蘸着汤汁,我吃了两个还想要第三个,最后是被邓佳硬拦下来的。下次要是有机会,真想请科里的老师们也一起去,人多热闹。

对了,我家小朋友这学期上一年级了,每天晚上陪写作业简直是修行,拼音我自己都快不会了,"ü"上面两点什么时候去掉什么时候不去掉,我查了三遍才搞明白。您家孩子是不是已经上初中啦?有没有什么陪读经验可以传授一下,我真的快扛不住了哈哈。

最近降温也特别快,昨天早上出门还穿短袖,中午就刮大风了,院里好多老师都感冒了,您也要多穿点,办公室空调别开太低。听说门诊楼那边的电梯又在检修,上下楼要绕好远,大家辛苦了。

另外,周四晚上十点到十二点我们要停一下LIS服务打个补丁,麻烦科里帮忙通知检验科和急诊。

上次您推荐的那家羊肉汤馆我也去了,汤真的鲜,就是排队排了四十分钟,下次我请您,咱们早点去占座!还有您说的那本讲医院精细化管理的书,我已经在网上下单了,等看完再找您交流心得。天气预报说周末还要降温,听说可能还会下今年第一场雪,到时候院里的银杏叶配上雪景,拍出来一定特别好看,我一定要去拍几张发给您。我最近还在学手机摄影,跟着网上的课程学构图,什么三分法、引导线,听着挺玄乎,拍出来还是老样子,不过自己看着开心就好啦。

周末愉快呀~
苏甜""")

add(["ramble"], "zh", "weary musings (物业, 猫, 膝盖, 老家柿子); the request for school admin lists is one sentence",
    JIANG, [FANG], "一些近况,以及一个小事",
    body="""方主任:

这周过得有点恍惚,写封邮件跟您说说话。

年底了,人好像总是提不起劲。我们小区物业上个月换了一家公司,新来的保安大哥特别认真,每天晚上十点以后进门都要刷脸,可偏偏那台机器识别不了戴眼镜的人,我已经连着三个晚上在门口摘眼镜、戴眼镜、再摘眼镜,最后还是保安大哥认出我来放我进去的。技术这东西,有时候真不如一个记性好的人。

家里那只老猫前阵子也病了一场,不吃不喝两天,带去宠物医院,拍片、抽血、打点滴,一套下来花的钱比我自己一年体检还多。医生说是年纪大了肾不太好,以后要吃处方粮。现在它每天早上准时五点半在我枕头边上叫,比闹钟还准,我也算是被迫早起了。

本来想着早起可以去跑跑步,结果才跑了一个星期膝盖就开始疼,去医院看了,医生说我跑姿不对,还说像我这样久坐的人,应该先从快走开始。于是我现在每天晚上在小区里快走四十分钟,和一群阿姨们一起,她们走得比我快多了。

另外,麻烦您在本周五前把各校管理员名单(含手机号)发给我们。

老家的柿子今年又熟了,我妈寄来一大箱,说是今年雨水少,特别甜。可是柿子放软了才能吃,我又没耐心等,昨天咬了一口硬的,涩得整个下午舌头都是麻的。我爸在电话里笑了我半天,说我三十多岁了还跟小时候一样急。想想也是,很多事情急不来,就像柿子,就像猫,就像膝盖。

最近总在想,等这个项目结束了,要不要请个长假回老家住一段时间,帮我爸把院子里那棵老柿子树修一修,再把屋顶漏雨的地方补一补。不过说归说,年底的事情一件接一件,估计又是想想而已。您那边年底也忙吧?上次听您说孩子在准备考研,希望一切顺利。天冷了,您也多注意身体。前两天路过您单位门口,看见那排梧桐叶子全黄了,风一吹满地都是,挺好看的,就是清洁工师傅要辛苦一些了。

蒋蔚""")

add(["ramble"], "en", "over-friendly travelogue (Lisbon, pastries, football, violin); export-format deadline buried in one line",
    PRIYA, [HELEN], "Back from Lisbon (and one small thing)",
    body="""Hi Helen,

I'm back! Two weeks in Portugal and I have about nine hundred photos and a suitcase that smells faintly of sardines, which my husband insists is my fault and I insist is the airline's.

Lisbon was everything people said it would be. The hills are no joke -- I think I climbed the equivalent of a small mountain every day just to get from our apartment to the nearest cafe -- but the views from the top make you forget your calves are on fire. We took the old yellow tram up to the castle on the first morning, and the driver had this wonderful habit of ringing the bell at every dog he passed. There were a lot of dogs. It was a very musical ride.

The pastries deserve their own paragraph. I had a custard tart for breakfast every single day, sometimes two, and I regret nothing. There's a bakery in Belem that has been making them since the eighteen-thirties and the queue goes round the block, but it moves quickly, and they come out still warm with cinnamon and icing sugar in little shakers on the counter. I have tried to make them at home twice since I got back. The first batch was soup. The second batch was charcoal. I'm told the third time is the charm.

We also managed to get tickets to a football match, which I was only mildly enthusiastic about until I was actually in the stadium. Forty thousand people singing in unison is an experience, even if you have no idea what the words mean. My son now wants a Benfica shirt for his birthday, which is going to go down wonderfully with his grandfather, who has supported the same English club for sixty years.

Speaking of the kids, my daughter had her first violin recital the week before we left. She played a very slow, very earnest version of Twinkle Twinkle, and I cried, obviously. The teacher says she has a good ear. I say she has her father's stubbornness, which in a violinist might be the same thing.

Could you confirm by Thursday whether the exam timetable export should be CSV or XLSX?

Anyway, how was your half-term? Did you end up doing the walking holiday in the Lakes you were talking about? I remember you said the weather forecast looked grim, so I hope you at least found a good pub with a fire. I have become a complete convert to the idea that every holiday should involve at least one afternoon of doing nothing at all in front of a fireplace with a book you'll never finish.

Also, I finally watched the series you recommended, the one with the detective in the Welsh village. I was hooked by episode two. No spoilers, but I audibly gasped at the end of the fourth one and frightened the cat.

Let's catch up properly soon -- coffee on me next time I'm on campus.

Warmly,
Priya""")

add(["ramble"], "zh", "anxious PM's long confessional (失眠, 母亲住院, 停车, 地铁); the 医保对照表 deadline is one line",
    ZHOU, [QIAN], "钱主任,打扰了",
    body="""钱主任:

不好意思这么晚给您写邮件,最近实在睡不着,索性起来把想说的话写一写。

这两个月我一直失眠,躺下以后脑子里就开始过项目上的事,哪个接口还没联调,哪个科室还没培训,越想越清醒,经常一看表已经三点多了。朋友推荐我睡前泡脚、喝温牛奶、听白噪音,我全试了一遍,效果都不太明显。后来有人说是焦虑,让我去看看心理门诊,我还在犹豫要不要去,总觉得自己还没到那个地步。

上周我妈也住院了,老毛病,血压高引起的头晕,在老家县医院住了五天。我请了两天假回去陪床,一路上高铁转大巴,到的时候已经晚上九点。病房里六张床,晚上此起彼伏的打呼噜声,我在陪护椅上坐了一夜,第二天腰都直不起来。那几天我特别留意县医院的信息系统,挂号、缴费、取报告,处处都能看到我们这行的影子,心里挺不是滋味的,觉得我们做的东西其实离真正的病人很近。

回来以后又赶上院里停车场改造,我每天早上得把车停到两站地以外的商场地下,再走过来,有时候干脆改坐地铁。地铁早高峰人挤人,我昨天被挤得眼镜都掉了,幸好旁边一个小姑娘帮我捡起来,不然今天就得眯着眼睛开会了。

医保目录更新需要贵办下周二前提供新版药品对照表。

说起来,您上次说医保办最近也在调整人员,不知道新来的同事适应得怎么样了。我总觉得这一年大家都挺不容易的,政策一个接一个,系统改了又改,我们做乙方的累,你们做甲方的其实也累。有时候真想找个周末什么都不干,去郊区找个小山爬一爬,可一到周末又总有事。

我妈出院的时候拉着我的手说,让我别太拼,身体是自己的。我嘴上答应着,心里想的还是下周的上线。写到这里,天快亮了,窗外已经有早起遛狗的人了。不多说了,希望您一切都好。

周屹""")

add(["ramble"], "mixed", "code-switching small talk (coffee, marathon, 装修, a series); the certificate CSR deadline is buried",
    LUOJIA, [XIONG], "Weekend catch-up + 一个小事",
    body="""熊经理,

Hope your weekend was good! 我这周末过得有点 chaotic,跟您分享一下哈。

首先是咖啡。我最近入了一台手冲的 setup, grinder、kettle、V60 一整套,周六早上花了一个半小时研究水温和研磨度,结果冲出来还是酸得要命。我太太喝了一口说像柠檬水, honestly 她说得没错。后来看了好几个 YouTube 视频才知道,原来是研磨太粗了。现在每天早上五点半起来练手,感觉自己像个 barista 学徒。

然后周日去跑了城市半程马拉松, 21 公里,这是我第三次跑半马。前十公里状态特别好, pace 一直稳在 5 分 30 左右,结果十五公里以后小腿开始抽筋,最后几公里基本是走完的。终点的时候看到好多五六十岁的大叔大妈轻轻松松跑完,我真的是 humbled。下次一定要好好练 long run。

家里也在装修,厨房和卫生间全部重做。装修师傅特别有个性,每天早上九点半准时到,下午四点准时走,中间还要午睡一个小时。我跟他商量能不能赶一赶工期,他说慢工出细活, rushing 没有好结果。Fair enough,我也只能等了。现在全家在我岳母家借住,每天晚上吃她做的红烧肉,体重已经涨了三斤,半马算是白跑了。

对了,学费代扣专线的 SSL 证书 11 月 20 日到期, please 在 11 月 15 日前把新证书的 CSR 签好发回给我们。

最近在追一部英剧,讲的是一个老侦探在小镇上查案的故事,节奏很慢但是特别有味道,每一集都有一个小反转。推荐您也看看, perfect for 周末窝在沙发上。我太太说我看剧的时候比看项目计划认真多了, which is probably true。

还有,您上次提到想带孩子去海边玩,我去年去过的那个小岛真的很不错,人少、海鲜便宜,民宿老板还会开船带你去钓鱼。如果需要攻略随时找我,我把当时的行程表发您。那边的日落特别美,傍晚坐在码头上吃烤鱿鱼、看渔船回港,感觉整个人都慢下来了。我女儿在沙滩上捡了一整袋贝壳,回来以后非要做成风铃挂在窗户上,结果每天晚上风一吹就叮叮当当响,我太太说像住在寺庙里。

Have a great week!
Jason""")

add(["ramble"], "zh", "traditional; typhoon, night market, baseball and baking; the one request (graduation-audit rules) is buried",
    CHEN, [LIPS], "颱風過後的一些閒聊", trad=True,
    body="""李組長您好:

颱風總算走了,不知道貴校這次有沒有受到影響?我們辦公室樓下的行道樹倒了兩棵,剛好壓在機車停車格上,好幾位同事的機車都遭殃了,我那台二十年的老機車反而因為停得比較遠逃過一劫,大家都說它是福星。

停班停課那兩天我在家閒不下來,把櫃子裡的烤箱翻出來,照著網路影片做了鳳梨酥。第一次內餡煮太久變成鳳梨糖,第二次外皮太乾一碰就碎,第三次總算像樣了,可惜形狀歪七扭八,我兒子說像被颱風吹過的鳳梨酥,倒也應景。下次有機會帶幾顆去學校給您嚐嚐,請不要嫌棄。

颱風前一個晚上,我還跟幾個老同學去逛了夜市,想說趁風雨還沒來先吃一輪。蚵仔煎、胡椒餅、大腸包小腸一路吃下去,最後再來一碗豆花,吃到走路都有點喘。夜市裡好多攤販已經開始收帆布綁繩子,老闆們一邊收攤一邊還在聊天開玩笑,那種不慌不忙的樣子,讓人覺得再大的颱風也沒什麼好怕的。

另外,請於下週一前提供畢業審查規則文件。

說到這個,上週末的職棒季後賽您有看嗎?我支持的球隊第九局被逆轉,我在電視機前氣到差點把遙控器丟出去,結果被我太太唸了一整晚。我爸說我從小看球就這樣,四十幾歲了還是一點長進都沒有。不過說真的,今年的季後賽真的很好看,每一場都打到最後一刻,連我這種只看季後賽的球迷都覺得心臟快受不了。

天氣轉涼了,早晚溫差很大,聽說下週還有一波冷氣團要來,請您和處裡的同仁們多注意保暖。學期末大家應該都很忙,也請多保重身體,有空的話我們再約喝杯咖啡,我知道學校附近新開了一間自家烘焙的小店,豆子很不錯,老闆還會親自解說產地。店裡養了一隻橘貓,整天趴在櫃檯上睡覺,客人摸牠也不理,聽說是店裡真正的老闆。

陳怡安 敬上""")

add(["ramble"], "en", "weary tangents (commute, podcast, tomatoes, old car); the SSO change-window move is one sentence",
    TOM, [MARK], "Odds and ends",
    body="""Mark,

It has been one of those weeks where every day feels like a Monday, so forgive me if this one wanders a bit.

The commute has been particularly grim. They've closed one lane of the ring road for resurfacing, which as far as I can tell means three men in orange vests standing beside a very large, very stationary machine. Monday it took me an hour and ten minutes to do a journey that normally takes twenty-five. I've started leaving at six-fifteen, which means I now know exactly which of my neighbours walk their dogs at that hour and what they wear while doing it. There is a gentleman two doors down who does it in a full suit and slippers. I have so many questions.

To keep myself sane in the traffic I've been listening to a podcast about the history of lighthouses. I can't tell you why. It started as a joke recommendation from my brother-in-law and now I'm thirty episodes in and genuinely upset about a keeper who lost his post in 1897 for falling asleep. The narrator has a voice like warm treacle and I suspect that is most of the appeal.

The garden has given up for the year. The tomatoes, which I nursed all summer like sickly children, produced exactly eleven fruit, and the squirrels got seven of them. My wife suggests I stop taking this personally. I suggest the squirrels are organised. We have agreed to disagree.

The SSO certificate swap has moved to Saturday at 2 a.m.

And the car -- my old estate, the one I keep telling you I'll replace -- finally failed its inspection. Corroded brake lines, according to the garage, and a list of other things that the mechanic read out in the tone of a doctor delivering bad news to a family. I've had that car for fourteen years. It has moved house with me three times, carried a sofa, two children and a very large dog, and once made it all the way to Scotland with a warning light on the whole way. I'm oddly sentimental about it. I'll probably get it fixed anyway, against all financial advice.

On a brighter note, my daughter has started learning to drive, so at least someone in the family will soon be able to take the wheel on the long trips. She is, so far, a more cautious driver than I have ever been, which is either a triumph of parenting or an indictment of my example.

How is everything on your side? I heard your team finally moved into the new building. I hope the coffee machine there is better than the one in the old block, which as I recall produced something closer to warm gravel.

Anyway, that's me. Speak soon.

Tom""")

add(["ramble"], "zh", "arrogant PM boasts (past projects, 高尔夫, 红酒, 行业八卦); the storage-plan date is one buried line",
    HAN, [ZHAO], "赵主任,闲聊几句",
    body="""赵主任:

最近项目上的事情不多,跟您闲聊几句。

不是我吹,做PACS这么多年,全国三甲医院我们少说也上过四五十家了。前年在西南那家大医院,六百万份影像三天迁完,零丢失,人家院长专门请我们吃了顿饭,说这是他见过最专业的团队。去年在北方一家省级医院,原来的厂商搞了一年都没搞定的集成,我们派了两个人,一个月就收尾了。说实话,这些事情在业内都传开了,现在好几家大厂都想挖我们的人。

最近我迷上了高尔夫,每周六早上雷打不动去练一场。教练说我的挥杆很有天赋,上个月已经打进了九十杆,这在业余选手里算相当不错了。球场上认识了不少医疗行业的朋友,有几位还是卫健委系统的领导,大家打完球一起喝点茶,聊聊行业动向,信息量非常大。

说到喝的,我这两年也开始收藏红酒。上个月从波尔多带回来几瓶,都是朋友酒庄的,市面上买不到。改天您来我们公司,我开一瓶请您尝尝,保证跟您平时喝的不一样。

另外,PACS存储扩容方案下周一发您。

顺便说个行业八卦,您可能还不知道:某家老牌影像厂商最近在裁员,据说明年要收缩医疗线,好几个项目经理都在找下家,其中有两个还给我发过简历。这个行业啊,说到底拼的还是技术和口碑,不是光靠价格就能站得住的。还有就是听说省里明年要统一建设区域影像中心,具体谁来做还没定,不过我们已经在跟相关部门接触了,到时候贵院这边说不定也能沾点光。到时候需要什么材料,我们这边都可以帮忙准备。

最近天气不错,哪天您有空,我带您去球场体验一下,保证您会爱上这项运动。球杆我这里有好几套,您什么都不用准备,人来就行。打完球附近有家私房菜,老板是我朋友,做的河鲜一绝,平时要提前一个月订位,我打个电话就能安排。

韩卓""")

add(["ramble", "refusal"], "en", "long chatty mail (half-term, choir, dog) with a buried flat refusal of the parent-portal translation",
    PRIYA, [GRACE], "Catching up!",
    body="""Hi Grace,

It feels like forever since we had a proper natter, so I'm going to indulge myself a little here.

Half-term was lovely and chaotic in equal measure. We drove down to the coast to stay with my sister, and the children spent four days in and out of the sea even though it was, objectively, freezing. My youngest came out of the water the colour of a blueberry and announced it was the best day of his life. My sister has a new puppy, a spaniel called Biscuit, who has no concept of personal space and spent every night trying to sleep on my face. I have never been so thoroughly licked.

I've also joined a community choir, which I never thought I would do. We rehearse on Tuesday evenings in the church hall, and I've been put in the altos, which apparently means I sing the bits nobody notices unless they go wrong. We're doing a winter concert in December and the conductor is very serious about it. She stops us every eight bars to talk about breathing. I have learned more about my diaphragm in six weeks than in the previous forty years.

Work-wise things are calm on our end. Oh, and about translating the parent portal into five languages -- no, we won't be doing that.

Did you get to the conference in Manchester in the end? I remember you said you were presenting on student wellbeing, and I'd love to hear how it went. Conferences always seem to me to be about ten percent talks and ninety percent trying to find a decent sandwich, but maybe that's just the ones I go to.

We also finally redid the garden this autumn. By "we" I mean my husband, who discovered a passion for paving slabs and spent three weekends in a row making a patio that is very slightly not level. We've agreed never to mention it. The dog, meanwhile, has dug up every single bulb I planted, and I'm starting to suspect she has a map.

My mum turned seventy last week and we threw her a surprise party at her favourite Italian restaurant. She pretended to be surprised, very convincingly, although my aunt later confessed she'd told her a week before. There was a cake shaped like a teapot, which made sense only to the family, and a lot of singing, some of it in tune.

Anyway, I'll stop there before this turns into a novel. Let's find a date for a coffee before the end of term -- my treat, and I promise I'll tell you all about the choir concert, whether it goes brilliantly or catastrophically.

Lots of love,
Priya""")

# =============================================================================
# HARD NEGATIVES
# =============================================================================

add([], "zh", "buffered refusal: '这一期确实排不进去' with CR-HIS-0417, review date, reply window and an interim Excel workaround",
    ZHOU, [QIAN], "Re: 医生站实时显示DRG预计分组",
    quote="""周经理:

DRG分组结果能不能在医生站里实时显示?医生希望开医嘱时就能看到预计分组和费用。

钱红""",
    body="""钱主任:

您好!这个需求很有价值,医生站实时显示预计分组,我们也认为是方向。

坦白说,这一期确实排不进去:分组器要和病案首页实时联动,改造范围比较大,硬塞进12月的上线版本,我担心会影响整体稳定。我们已登记为变更单CR-HIS-0417,11月18日的变更评审会上评估工作量和排期,会后两个工作日内给您正式答复。

在此之前,可以先用每天导出的分组预测表(Excel)作参考,我让马骁明天上午把导出模板发给您。

给您添麻烦了,有任何疑问随时电话我。

周屹""")

add([], "en", "'we can't deliver the full engine by 5 January' followed by two concrete options and a decision date; angry quote below",
    TOM, [MARK], "Re: Timetabling engine -- 5 January", quote_style="outlook",
    quote="""Tom,

Frankly this is unacceptable. We were promised the full timetabling engine by January 5 and now I'm hearing rumours of slippage. I need a straight answer, not another status deck.

Mark""",
    body="""Mark,

A straight answer, then: we can't deliver the full timetabling engine by 5 January without cutting corners I'm not willing to cut on an exam system. That's the honest position.

Here is what we can do:

Option A -- room allocation and invigilator assignment go live on 5 January as planned; clash detection and the student-facing view follow on 2 February.

Option B -- everything goes live on 5 January, but clash detection runs as an overnight report instead of in real time, and we upgrade it to real time in February.

I'm holding both plans open until Wednesday. Tell me which one suits the registry and I'll lock it in. If it helps, I can walk your team through the trade-offs on a call tomorrow.

Tom""")

add([], "zh", "escalation: extra training is beyond the PM's authority, handed to the delivery director with a call date and an interim Q&A",
    LUOJIA, [HEMIN], "关于加开操作培训的请求", cc=[LUOMIN],
    body="""贺老师:

您好!您提到希望在合同约定的两次培训之外,再给各学院加开三场操作培训。这个请求我完全理解,新学期老师们确实需要更多上手时间。

不过额外培训涉及费用和人员调配,超出了我个人能拍板的范围。我已经把情况报给了我们的交付总监罗敏(已抄送),她明天下午会直接给您打电话商量具体方案。

在这之前,如果哪个学院比较着急,我可以先安排一次线上答疑,时间由您定。

罗嘉""")

add([], "zh", "negation '技术上并不是做不了' + compliance concern + two-step plan with a date; client's blunt '给个准话' only in quote",
    JIANG, [FANG], "Re: 平台增加人脸识别考勤",
    quote="""蒋经理:

局里想在平台上加人脸识别考勤,你们到底能不能做?给个准话。

方建国""",
    body="""方主任:

准话是:技术上并不是做不了,但我不想现在就跟您拍胸脯。

人脸考勤要采集未成年人的生物特征信息,按照个人信息保护的相关规定,需要监护人单独同意,数据存储也有专门要求。我的建议是两步走:第一步,请贵局法规科先出一个合规意见;第二步,我们同步准备技术方案和报价,11月20日前发给您。两边对上以后,再决定做不做、怎么做。

这样稳妥一些,也免得做完了又要返工。

蒋蔚""")

add([], "mixed", "'我不是说 no' negation, proposes a workshop and a feasibility report; the decision stays with the hospital",
    LUOJIA, [GE], "Re: 床旁平板",
    quote="""罗经理:

院里想给住院病人配床旁平板,能看检查报告、点餐、缴费,你们能不能做?

葛建华""",
    body="""葛院长,

我不是说 no,我是说先别急着说 yes。床旁平板这个 idea 很好,患者体验肯定会提升不少。但它牵涉到三件事:HIS 的患者端接口、院内 Wi-Fi 覆盖、还有设备消毒管理,每一件都需要对应科室一起评估。

我的 proposal 是:下周三下午我们和信息科、护理部一起开一个一小时的 workshop,把需求和约束摊开来讲;会后一周内我出一份可行性报告和粗略报价,再由院里决定要不要立项。

您看下周三下午方便吗?

Jason""")

add([], "zh", "technical terms: '拒绝连接' (Connection refused), 唯一索引, '必须有的保护'; a polite incident note",
    HAN, [ZHAO], "CT推图失败原因及处理",
    body="""赵主任:

昨晚CT室往PACS推图失败的原因已经查清:归档服务器的DICOM端口在系统补丁重启后没有自动拉起,CT工作站每次C-STORE都收到"拒绝连接"(Connection refused)。

今天凌晨两点已手工启动服务,并加入开机自启,积压的386个序列已全部补传完毕。另外,补传过程中检查表上的唯一索引拦下了17条重复实例,这是设计上必须有的保护,不是新问题,重复数据不会入库。

为防止再次发生,我们新增了端口存活监控,服务一旦停止,值班手机会在一分钟内收到告警。给放射科带来不便,抱歉。

韩卓""")

add([], "en", "imperatives as runbook steps: 'You must restart', 'will reject any inbound message', 'kill it'",
    TOM, [OWEN], "Tonight's HL7 engine cutover -- runbook",
    body="""Owen,

Quick runbook for tonight's interface engine cutover, so your on-call person knows what to expect.

1. At 23:00 we stop inbound feeds from the ADT system. Messages queue on your side; nothing is lost.
2. We reload the routing configuration. You must restart the HL7 listener after the reload, otherwise it keeps the old port binding.
3. The new engine will reject any inbound message without MSH-10 (message control ID). That's intentional: it is how we guarantee de-duplication. Your ADT feed already populates it, so this should never fire.
4. If the old engine process hangs on shutdown, kill it (the PID is in /var/run/hl7engine.pid) before starting the new one.
5. At around 23:40 we release the queue and watch the first 500 messages together.

If anything looks odd, call me directly; I'll be on the bridge all night.

Tom""")

add([], "zh", "'不可能的任务' used as praise after a successful cutover weekend",
    ZHOU, [SUN], "周末数据切换顺利完成,谢谢信息科", cc=[GE],
    body="""孙科长:

周末的门诊数据切换已经顺利完成,想借这封邮件正式说声谢谢。

说实话,两周前定方案的时候,我们内部好几个人都觉得48小时内把十年的门诊数据切完是不可能的任务。是信息科的几位老师连续两个通宵陪着我们核对数据、处理异常,才让周日下午四点就提前收尾。这个"不可能",是咱们两边一起做成的。

接下来一周我们保持驻场保障,每天下午五点给您发一份运行简报。

周屹""")

add([], "zh", "polite apology and plan; the client's furious words ('来添乱的', '考虑换人', '!!!') only in the quote",
    ZHOU, [SUN], "Re: 门诊收费卡顿", quote_style="gt_zh",
    quote="""周屹:

今天上午门诊收费又卡了四十分钟!!!病人都排到大厅外面了,院长亲自打电话骂人。你们到底是来做系统的还是来添乱的?下午两点前给我一个书面说明,再这样下去我们考虑换人。

孙卫东""",
    body="""孙科长:

非常抱歉,今天上午的收费卡顿给门诊和您本人都造成了很大压力,这是我们的责任。

初步原因:9点20分医保结算接口响应超时,收费端没有设置超时降级,导致窗口排队;10点05分已切换到本地预结算模式恢复。

书面说明(含时间线、根因和整改措施)下午一点半前发您。今晚我们加一个超时降级开关,明早7点前上线。我下午也会到信息科当面向您汇报。

周屹""")

add([], "en", "takes the blame calmly ('the name is mine'); 'pathetic' and 'Who exactly is in charge' only in the quote",
    DANIEL, [HELEN], "Re: Portal down during enrolment week", quote_style="outlook",
    quote="""Daniel,

Frankly this is pathetic. The portal was down during enrolment week AGAIN and I had forty students queueing at my office. Who exactly is in charge over there? I want names.

Helen""",
    body="""Helen,

You're right to be angry, and I'm sorry. Enrolment week is the worst possible time for this, and it landed squarely on your office. I'm the person in charge, so the name is mine.

What happened: at 09:12 the login service ran out of database connections under the morning peak, and new sessions queued until they timed out. We restored service at 10:40 by raising the pool limit and restarting the service.

What we've changed: the pool limit is now sized for three times last year's peak, we've added an alert that fires at 70% usage, and we've load-tested the login path at that level this afternoon.

I'd like to come to campus on Thursday morning and go through it with you and anyone else you'd like in the room.

Daniel""")

add([], "zh", "apology with root cause and fixes; '第几次了?!', '到底有没有人在管' only in the foxmail quote",
    LUOJIA, [PENG], "Re: 昨晚学费批扣文件延迟", cc=[XIONG], quote_style="foxmail",
    quote="""罗经理:

昨晚批扣学费的文件又晚了两个小时才到,第几次了?!你们到底有没有人在管?我们柜面一早上接了三十多个家长电话。

彭志远""",
    body="""彭总:

首先向您和柜面的同事道歉。昨晚的批扣文件比约定时间晚了1小时52分,这是我们的问题。

原因:文件生成任务和月末报表跑批抢占了同一台服务器。今天已将两个任务拆到不同节点,并把文件生成提前到22:00启动,留出三个小时余量。从今晚起,文件推送成功后会自动给贵行值班邮箱发送回执;超时未发出,会同时通知我本人。

给家长的统一答复口径我另附一页,供柜面参考。

罗嘉""")

add([], "zh", "traditional; polite apology and fix; '根本不專業,到底行不行' only in the quote",
    CHEN, [LIPS], "回覆:學期成績計算錯誤", trad=True, quote_style="outlook_zh",
    quote="""陳經理:

成績系統今天又出錯,三個系的學期成績算錯,老師們氣炸了。貴公司根本不專業,到底行不行?

李佩珊""",
    body="""李組長您好:

非常抱歉,這次成績計算錯誤讓老師們多花了很多時間,我們責無旁貸。

原因已經查明:上週更新的學分加權公式,漏掉了「抵免學分不列入平均」這條規則。受影響的是資工、電機、應數三個系,共412位學生。今天下午五點前會重新計算,並產出新舊成績比對清單,請三系助教核對後再公告。

之後每次規則更新,我們都會先在測試環境用上學期的資料回歸驗算。明天上午我會到教務處當面向您說明。

陳怡安""")

add([], "zh", "constructive internal discussion: '他的担心是有道理的', plan to explain the rollback face to face",
    ZHOU, [CHENG, MAXIAO], "孙科长对周六夜间升级的顾虑",
    body="""老程、小马:

孙科长下午打电话来,对周六夜间的停机升级很担心。他主要顾虑两点:一是急诊夜里取不到检验结果,二是万一升级失败怎么回退。

说实话,他的担心是有道理的,上次升级就超时了四十分钟。我想明早九点我们三个一起去信息科,当面把回退方案和急诊应急流程讲清楚,最好带一页纸的时间表。

小马今晚能把上次回退演练的记录整理一下吗?

周屹""")

add([], "zh", "internal banter: '服一下老程' as praise, '我这脑子…醉了' aimed at oneself; the client is thanked",
    ZHOU, [CHENG, MAXIAO, LIXC], "周五联调改地点 + 表扬一下老程",
    body="""各位:

先服一下老程,昨晚一个人把检验科那台老血球仪的串口协议啃下来了,杜主任今天早上特意打电话来说谢谢。

再检讨一下我自己:我这脑子,周五联调的会议室又订成了上周的日期,行政说那间已经被药剂科占了,醉了。现改到6楼小会议室,时间不变。

小川,周五的数据比对脚本麻烦带上。

周屹""")

add([], "mixed", "code-switching team banter: 'legend', '我服', '醉了' at own mistake; the client is mentioned warmly",
    LUOJIA, [CHENG, LIXC], "Kudos + 一个小失误",
    body="""老程你是 legend 吧,一晚上把 HL7 接口调通,我服。

Also 小川那个 index 优化真的绝了,查询从 8 秒降到 0.3 秒,孙科长今天看 demo 的时候都笑了,说终于不用盯着转圈圈了。

My bad:我把周五 retro 的 calendar invite 发成了明年的日期,醉了,已经 fix。

Pizza on me tonight.
Jason""")

add([], "zh", "firm but polite contract facts (第6.3条, 第9.1条) about a missing stamp page; offers help, no blame",
    JIANG, [FANG], "终验报告盖章及第二期款项",
    body="""方主任:

您好。按照合同第6.3条,第二期款项(合同额的40%)以终验报告双方签字盖章为支付前提。终验报告我方已于10月30日签章寄出,目前尚缺贵局的盖章页。

另外,按合同第9.1条,质保期自终验签字之日起算,终验一直没签,对贵局的质保期其实也不太有利。

能否请您帮忙看看盖章流程卡在哪个环节?如需我们补充材料,我这边当天就能准备好。

蒋蔚""")

add([], "zh", "recommendation leaving the choice: '我们倾向方案B…方案A我们同样能执行', decision date for the client",
    JIANG, [FANG], "Re: 学籍数据迁移方案对比",
    quote="""蒋经理:

两种迁移方案各有什么利弊?局里倾向哪种还没定。

方建国""",
    body="""方主任:

两个方案对比如下。

方案A:寒假期间一次性迁移全部47所学校的学籍数据。优点是开学时全区口径统一,只需一次培训;风险是一旦某类数据出问题,影响面覆盖全区。

方案B:分三批迁移,先迁12所试点校,春季开学后两周内再迁其余两批。优点是问题暴露在小范围内;代价是过渡期间新旧系统并存约一个月。

按我们在其他区县的经验,我们倾向方案B。但各校的实际情况贵局最了解,比如有几所学校寒假期间机房停电检修;如果贵局更看重一次到位,方案A我们同样能执行,相应会增加两名驻场人员。

请在12月1日前告诉我们选择,我们据此排人。

蒋蔚""")

add([], "en", "honest recommendation that explicitly leaves the decision with the university and offers numbers for the board",
    DANIEL, [HELEN], "Hosting: my honest view",
    body="""Helen,

You asked for my honest view on hosting, so here it is.

I'd lean towards the hosted option. Patching and backups become our problem rather than your team's, and most of the consortium is already there, which makes shared upgrades simpler.

That said, your reasons for on-premises are real: data residency commitments to your research partners, hardware you bought only two years ago, and a team that knows it well. Both routes are entirely deliverable, and we'll support whichever you pick with the same effort.

If it helps, I can put together a one-page five-year cost comparison by Friday so your board can decide with the numbers in front of them.

Daniel""")

add([], "zh", "plain meeting reschedule; '没有做不了的系统' and a stern disclaimer appear only in the signature",
    ZHOU, [SUN], "下周例会改期",
    body="""孙科长:

下周二的周例会改到周三上午十点,地点不变(信息科会议室)。议程:
1. 检验危急值推送上线情况;
2. 医保结算清单新版口径;
3. 12月切换演练安排。

如时间不方便请回复,我再调整。

-- 
周屹 | 项目经理
医疗信息化事业部
电话:010-5550-0199
座右铭:没有做不了的系统,只有不肯动脑的人。
本邮件及附件仅供指定收件人使用。如您并非指定收件人,不得阅读、转发或复制,请立即删除。""")

add([], "mixed", "UAT accounts notice; 'No is never the final answer', 'you must not', 'we do not accept' only in the signature",
    LUOJIA, [XIONG], "下周 UAT 测试账号",
    body="""熊经理,

下周 UAT 的 test accounts 已经开好,清单如下:
- 柜员角色: uat_teller01 ~ uat_teller05
- 复核角色: uat_check01 ~ uat_check02
- 管理员: uat_admin01

初始密码已通过短信发到您手机,首次登录需要修改。有问题随时 ping 我。

--
Jason 罗嘉 | Project Manager
Motto: No is never the final answer. 不可能,只是还没做到。
Disclaimer: This message is confidential. If you are not the intended recipient you must not read, copy or forward it. We do not accept liability for any loss caused by viruses.""")

# ---- long but focused (same length as the ramble positives) ----------------

add([], "zh", "long but focused: LIS UAT plan (scope, cases, schedule, roles, exit criteria), all on topic",
    SU, [DU], "LIS二期UAT测试安排", cc=[SUN],
    body="""杜主任:

您好!LIS二期的用户验收测试(UAT)安排整理如下,请您和科里的老师们看一下,有需要调整的地方随时告诉我。

一、测试范围
本次UAT覆盖二期新增的四个模块:危急值闭环管理、微生物药敏报告、标本全流程追踪、室内质控自动判读。一期已上线的常规生化、免疫、血常规流程只做回归抽测,不做全量测试。

二、测试用例
我们已根据需求规格说明书准备了186条用例,其中危急值闭环62条、微生物药敏48条、标本追踪41条、质控判读35条。用例清单已放在共享目录的UAT文件夹里,每条用例都标注了对应的需求编号和预期结果。建议各专业组长先花半天时间浏览一遍,把不符合科里实际操作习惯的地方标出来,我们在正式测试前统一修改。

三、时间安排
11月17日至18日:测试环境准备和数据初始化,由我方完成;
11月19日至25日:各专业组按用例执行测试,每天下午四点半在科里小会议室碰头十五分钟,汇总当天发现的问题;
11月26日至28日:问题修复和回归测试;
11月29日:出具UAT报告,提交检验科和信息科签字确认。

四、人员分工
我方安排两名测试工程师全程驻场,马骁负责危急值和标本追踪,另一位同事负责微生物和质控。科里这边,建议每个专业组指定一位老师作为测试负责人,测试期间每天大约需要投入两个小时。

五、通过标准
所有一级问题(影响结果准确性或患者安全)必须全部关闭;二级问题关闭率不低于95%,剩余问题须有明确的修复计划和日期;三级问题(界面、文字类)可以在上线后两周内修复。

六、需要科里配合的事项
一是请在11月14日前提供各专业组测试负责人名单;二是请协调设备科,在测试期间保证两台联机仪器可以连接测试环境;三是微生物药敏测试需要一批历史标本数据,我们会做脱敏处理,需要您签字同意后才能导入。

测试期间如果临床工作繁忙,测试进度可以灵活调整,以不影响日常检验为前提。有任何问题随时联系我。

苏甜""")

add([], "zh", "long but focused: 医保接口切换方案 (window, steps, rollback, contacts), no digressions",
    ZHOU, [QIAN], "医保结算接口切换方案(12月6日凌晨)", cc=[SUN],
    body="""钱主任:

根据省医保局关于接口版本升级的通知,我院医保结算接口需在12月8日前完成切换。结合上周协调会的讨论,切换方案整理如下,请您审阅。

一、切换窗口
12月6日(周六)凌晨0:00至4:00。选择这个时段,是因为过去三个月的数据显示,周六凌晨的医保结算量最低,平均每小时不到15笔,主要来自急诊。

二、切换前准备(12月1日至5日)
1.在测试环境完成新版接口全量交易回归,包括门诊结算、住院结算、退费、冲正、对账五类交易,每类不少于50笔;
2.与省医保中心完成联调,取得新版接口的正式签名证书;
3.准备回退包,回退包包含旧版接口程序、配置文件和证书,确保可在15分钟内完成回退;
4.12月5日下午三点召开切换前碰头会,医保办、信息科、财务科和我方参加,逐项确认准备情况。

三、切换步骤
0:00 急诊收费窗口切换为手工登记模式,暂停实时结算;
0:10 停止旧版接口服务,备份当前配置与交易日志;
0:30 部署新版接口程序,加载新证书;
1:00 使用测试卡在急诊窗口完成门诊结算、退费各一笔,核对医保中心返回结果;
1:30 恢复急诊实时结算,补录手工登记期间的交易;
2:00至4:00 持续观察,每三十分钟核对一次交易成功率。

四、回退条件
出现以下任一情况即启动回退:新版接口连续三笔交易失败;与医保中心对账金额不一致且半小时内无法定位原因;4:00前未能完成验证。回退后急诊恢复旧版接口,我们另行与省医保中心协商新的切换时间。

五、人员与联系方式
我方现场负责人周屹,技术负责人程立,数据库支持黎小川,三人全程在信息科机房值守。医保办请安排一位老师电话待命,以便需要时与省医保中心沟通。

六、切换后
12月6日上午十点前,我们提交切换报告,包括交易统计、异常处理记录和遗留问题清单。12月8日前每天早上九点提供前一日的对账结果。

如方案有需要调整的地方,请在12月2日前告知,我们据此更新。

周屹""")

add([], "zh", "long but focused: weekly report to 教育局 (progress, issues, risks, next week), all project content",
    JIANG, [FANG], "区智慧教育平台项目周报(第23周)",
    body="""方主任:

本周(11月10日至14日)项目进展汇报如下。

一、总体进度
平台三期建设计划完成率为78%,较上周提高6个百分点,与计划基本持平。其中学籍管理、成绩分析两个子系统已进入试运行,家校互通模块完成开发,正在内部测试。

二、本周完成事项
1.完成第二批15所学校的学籍数据迁移,迁移记录共计21,436条,校验差异38条,已全部由学校确认并修正;
2.成绩分析子系统新增"学科均衡度"和"班级离散度"两张报表,已按教研室意见调整口径;
3.完成区教育数据中心两台应用服务器的扩容,CPU和内存各增加一倍;
4.组织两场学校管理员培训,共有31所学校、58位老师参加,培训满意度问卷平均4.6分(满分5分)。

三、存在问题
1.有6所学校的学生照片尚未上传,影响电子学生证的制作,名单已发至各校;
2.实验小学等三所学校的校内网络出口带宽不足,高峰期访问平台较慢,已建议学校向区电教馆申请带宽升级;
3.成绩分析中"进步幅度"指标的计算口径,教研室和两所试点校的意见还不一致,需要局里协调确定。

四、风险提示
第三批学校的数据迁移计划在12月第一周进行,届时恰逢期中考试成绩录入高峰,如果两件事叠加,可能会影响学校老师的工作量。我们建议将迁移顺延一周,或者只迁移基础信息、成绩数据延后,请局里斟酌决定。

五、下周计划
1.完成家校互通模块内部测试,提交测试报告;
2.组织第三场管理员培训,面向剩余16所学校;
3.协助局里召开"进步幅度"口径协调会,我们会准备两种口径的对比数据;
4.配合信息中心完成等保测评的材料准备工作。

六、需要局里支持的事项
一是请督促未上传照片的学校在11月21日前完成上传;二是请确定"进步幅度"口径协调会的时间和参会人员。

以上,如有疑问请随时联系。

蒋蔚""")

add([], "en", "long but focused: PACS outage root-cause analysis (timeline, cause, impact, actions), 400+ words on topic",
    TOM, [OWEN], "Root cause analysis: PACS outage on 4 November",
    body="""Owen,

As promised, here is the full root-cause analysis for the PACS outage on Tuesday 4 November. I've kept it to the facts; happy to walk through any part of it with your team.

Summary

Between 07:48 and 11:05, radiologists could not open new studies in the diagnostic viewer. Studies already open continued to work. Modalities kept sending images to the archive throughout, so no images were lost. The outage lasted three hours and seventeen minutes.

Timeline

07:48 -- The first radiologist reports that the worklist is not loading new studies.
07:55 -- Our on-call engineer confirms that the viewer's database queries are timing out.
08:20 -- We identify that the archive database's transaction log volume is full.
08:35 -- Emergency reads are redirected to the two standalone workstations in the CT suite, which read directly from the modality cache.
09:40 -- Log volume extended and an emergency log backup completed.
10:15 -- Database back online; we begin verifying worklist consistency.
11:05 -- Verification complete; service restored to all reading rooms.

Root cause

The nightly transaction-log backup job had been failing silently since 27 October. The job's service account password was rotated as part of your annual credential review, but the backup job was not updated, and it was configured to log failures locally rather than raise an alert. With no log backups running, the log grew for eight days until the volume filled.

Contributing factors

The disk-space monitor on that volume had a threshold of 95%, which left too little headroom for a volume growing at roughly twelve percent per day. Our runbook for the archive database did not include a check that the log backup had succeeded, only that it had started.

Impact

Seventy-three studies were read late, of which four were flagged as urgent. All four were read on the CT standalone workstations within the department's target time. No clinical incidents have been reported to us, but I'd be grateful if you could confirm that from your side.

Actions

1. Done: backup job updated to use a managed service account that is excluded from manual rotation.
2. Done: backup failures now raise an alert to our on-call rota and to your service desk.
3. Done: disk-space threshold on the log volume lowered to 70%, with a second alert at 85%.
4. By 21 November: add "last successful log backup" to the daily health report we send you.
5. By 28 November: review every scheduled job on the archive servers for the same credential dependency.

I'd suggest we review actions 4 and 5 at our regular service meeting on the 28th.

Tom""")

add([], "mixed", "long but focused: change-impact analysis for moving tuition debit to T+0, code-switching, stays on topic",
    LUOJIA, [PENG], "学费代扣改 T+0 的 change impact analysis", cc=[XIONG],
    body="""彭总,

关于贵行提出的"学费代扣由 T+1 改为 T+0 实时扣款"的需求,我们做了一轮 change impact analysis,结论和细节如下,供您决策参考。

一、涉及的系统和模块
1. 学校端缴费平台:需要把"批量生成扣款文件"改成"逐笔调用扣款接口",影响订单模块和对账模块;
2. 我方代扣网关:需要新增实时扣款接口、幂等控制和超时重试逻辑,原有的批量文件接口保留,作为 fallback;
3. 贵行核心系统侧:需要开放实时扣款的 API,并支持按订单号查询扣款状态。这一部分需要贵行科技部评估。

二、工作量估算
我方开发约 35 人天,测试约 15 人天,联调约 10 个工作日(取决于贵行接口的就绪时间)。如果贵行侧 API 在 12 月 15 日前 ready,我们可以在 1 月中旬完成上线,正好赶在春季学期缴费之前。

三、对现有业务的影响
1. 扣款高峰:开学前一周的缴费集中在晚上 7 点到 10 点,按去年的数据,峰值约每分钟 1,200 笔。实时扣款意味着这些请求会直接打到贵行核心系统,需要贵行确认能否承受;
2. 对账方式:从"每日一次文件对账"变为"实时状态加日终汇总对账",柜面和财务的操作流程需要相应调整,我们可以提供新的操作手册和一次培训;
3. 失败处理:T+1 模式下失败的扣款会在第二天统一重试,T+0 模式下需要即时通知家长,这就涉及短信通道的使用,也就是之前登记的 CR-0932,建议两个变更一起排期。

四、风险
最大的风险是峰值期间核心系统响应变慢,导致家长端支付超时、重复提交。我们的网关会做幂等控制,保证同一订单不会被扣两次,但用户体验上仍可能出现"显示失败、实际成功"的情况,需要提前准备客服口径。

五、建议的下一步
1. 贵行科技部评估核心系统侧的改造量和峰值承载能力;
2. 下周四 CCB 上我们把这个 CR 和 CR-0932 一起 review;
3. 如果决定推进,我们在 review 后三个工作日内给出详细排期。

最终是否改、什么时候改,由贵行决定。我们两种模式都可以支持。

Jason""")

# ---- more hard negatives ---------------------------------------------------

add([], "zh", "self-criticism with 难道 ('难道我们上线前没测吗?测了,但…'), '并不是护理部的问题' takes the blame",
    DENG, [SONG], "Re: 移动护理扫不了腕带",
    quote="""邓经理:

移动护理上线第一天就扫不了腕带,护士们只能手工核对,你们上线前到底测没测?

宋丽""",
    body="""宋主任:

您问得对。难道我们上线前没测吗?测了,但只在信息科的测试病区用新打印的腕带测了,没有覆盖到病房里已经戴了三四天、条码磨损起皱的腕带。这是我们测试方案的漏洞,并不是护理部的问题。

今天已做的处理:PDA扫码引擎的容错等级已调高,下午在心内科用二十条旧腕带复测,识别率从61%提高到97%;剩下识别不了的,由护士站补打新腕带。

明天起我们每个病区派一个人跟早班,现场处理扫码问题。让护士们受累了,再次说声抱歉。

邓佳""")

add([], "en", "'As I mentioned on Tuesday's call' / 'I told you I'd confirm' as follow-through, plus 'I was wrong' self-correction",
    TOM, [MARK], "Re: Load test results for the exam portal",
    quote="""Tom, any news on the load test? The exam board meets on Monday.

Mark""",
    body="""Mark,

As I mentioned on Tuesday's call, I wanted to come back with measured numbers rather than guesses, and I told you I'd confirm by today, so here they are.

- 4,000 concurrent students submitting answers: median response 310 ms, 99th percentile 1.2 s, no errors.
- 6,000 concurrent: median 480 ms, 99th percentile 2.9 s, 0.3% timeouts.

One correction: on Tuesday I said the bottleneck couldn't be the session cache. I was wrong -- it was. Once we moved sessions to the dedicated cache node, the timeouts at 6,000 dropped from 4% to the 0.3% above.

For Monday, I'd describe the portal as comfortable up to 5,000 concurrent users. The full report is attached to the project site.

Tom""")

add([], "zh", "harsh words aimed at our own bug ('确实离谱', '奇葩'), taking responsibility; client's '简直离谱' only in the quote",
    ZHOU, [QIAN], "Re: 结算单金额显示为负数", quote_style="foxmail",
    quote="""周经理:

你们这个结算单打印出来金额全是负数,病人拿着单子来窗口问,简直离谱!

钱红""",
    body="""钱主任:

这个bug确实离谱,我们自己看了都觉得奇葩。原因是昨晚上线的退费冲正补丁,把正常结算也当成了冲正处理,打印时金额被取了反。实际结算金额和医保中心的记录都是正确的,只是打印显示错误。

今天中午12点已经修复。昨晚到今天中午一共打印了23张错误的结算单,清单附后,我们的同事下午两点到收费窗口协助重新打印,并向患者解释。

责任在我们,给医保办和患者添麻烦了,抱歉。

周屹""")

add([], "zh", "internal note with the client deliberately in Cc, praising his critique ('三点都很到位…是我们疏忽了')",
    ZHOU, [MAXIAO, CHENG], "孙科长提的三点意见及分工", cc=[SUN],
    body="""小马、老程:

孙科长也抄送在这封邮件里,方便他直接了解进展。

昨天孙科长提的三点都很到位:一是夜间批处理的时间窗口太窄,二是两个版本的报表口径打架,三是测试环境的数据脱敏不彻底。第三点尤其重要,是我们疏忽了。

分工如下:老程负责把批处理拆分,争取窗口从两小时缩到五十分钟;小马牵头统一报表口径,周三前出对照表给孙科长确认;脱敏由我找小川今天下午重做,明早复查。

周五下午我向孙科长汇总一次。

周屹""")

add([], "zh", "PM answers a colleague's quoted insult ('是不是有病') constructively: the client's urgency is legitimate, sets up on-call",
    ZHOU, [CHENG], "Re: 凌晨三点的电话", quote_style="gt",
    quote="""周哥,甲方那个杜主任是不是有病?凌晨三点打我电话,就因为一台仪器没传结果。我明天还上不上班了?

程立""",
    quote_from=CHENG,
    body="""老程:

理解,被凌晨三点叫醒谁都窝火。

不过换个角度想,检验科凌晨三点打电话,多半是急诊的危急值报告出不来,这时候杜主任着急是对的。问题在我们:没有正式的夜间值班机制,所有电话都打到个人手机上。

我的想法:从下周起排夜间值班表,四个人轮流,每人每周一晚,值班第二天上午调休。明天我跟杜主任当面商量一下夜间联系流程,把值班电话给到检验科。

你今天下午先回去补个觉。

周屹""")

add([], "zh", "internal coaching mail that mentions '做不了', '不可能' and 背后吐槽 as things NOT to do; meta, not a violation",
    ZHOU, [CHENG, MAXIAO, LIXC], "复盘:客户沟通的几点约定",
    body="""各位:

今天复盘会上大家提到,最近有几次在客户群里直接回了"做不了""这个不可能",客户那边反应挺大。不是说我们的技术判断错了,而是方式上可以更稳妥。

以后遇到拿不准的新需求,统一这样处理:先回"收到,我们记录下来评估",再走变更单,最迟三个工作日给出答复;如果确实要往后排,给出可选日期或者替代办法;超出我们权限的,转给我或罗总。

另外,对客户的不满,有话当面说,不要在任何有客户的群里吐槽,哪怕是开玩笑。

周屹""")

add([], "zh", "relays the client's harsh words ('你们这是在糊弄人') to the team and takes them seriously; no disparagement",
    ZHOU, [CHENG, MAXIAO, LIXC], "钱主任今天的批评",
    body="""各位:

今天上午的协调会上,钱主任说了一句"你们这是在糊弄人"。话不好听,但我回来对照了一下,她指出的三个问题都是真的:

一、结算清单第17项的口径,我们两次回复的说法不一致;
二、上周承诺的对账差异报告晚了两天;
三、测试报告里有一部分用例是复制上一期的,没有真正重跑。

我们不要在这句话上纠结情绪,把这三件事在周五前做完。周五下午我带着结果去医保办当面汇报。

周屹""")

add([], "mixed", "buffered: logged as CR-0932, reviewed at Thursday's CCB with a reply date, interim manual workaround",
    LUOJIA, [XIONG], "Re: 代扣失败短信提醒",
    quote="""罗经理:

我们希望代扣失败的学生,能自动给家长发短信提醒,这个能加吗?

熊雪""",
    body="""熊经理,

这个 feature 很实用,我们已经 logged 为 CR-0932。短信要走贵行的短信平台,涉及接口对接和模板报备,所以本周四的 CCB 上会一起评估 effort 和上线时间,会后第二天给您 reply。

Meanwhile,失败名单我们每天早上 8 点已经在推 Excel,柜面可以先按名单人工电话提醒,顶一下。

Jason""")

add([], "en", "our own proposal was 'rejected' by the client's board; PM accepts it gracefully and revises the plan",
    TOM, [OWEN], "Re: Cloud tier proposal",
    quote="""Tom,

The clinical safety board reviewed your proposal to move the older PACS archive to the cloud tier and rejected it. They're not comfortable with the retrieval latency for emergency comparisons. Sorry.

Owen""",
    body="""Owen,

Thanks for letting me know, and for making the case in the meeting.

The board's concern is fair. Priors for emergency comparisons need to come back in seconds, and we couldn't guarantee that from the cloud tier at night. We'll withdraw the proposal and revise the plan around local expansion instead: an additional 200 TB on the existing storage array, with the oldest studies moved to slower local disks rather than off site.

I'll send the revised plan and costs by 20 November.

Tom""")

add([], "zh", "declines a dinner invitation per company policy but offers a concrete alternative meeting",
    ZHOU, [GE], "谢谢葛院长的邀请",
    body="""葛院长:

谢谢您和院里的好意。按我们公司的规定,项目期间不能接受客户的宴请,还请您谅解。

不过二期的事确实需要跟您好好聊一聊。要不改成周五下午三点,我带上二期计划的初稿到院办,咱们边喝茶边过一遍?您看方便吗?

周屹""")

add([], "en", "over-friendly and full of '!!!' but purely grateful and on topic (training dates)",
    PRIYA, [GRACE], "Training rooms -- thank you!!!",
    body="""Hi Grace!!!

Thank you SO much for sorting out the training rooms -- I know how hard it is to get anything in the library block in November!!!

So the dates are now confirmed:
- Tuesday 18 Nov, 10:00-12:00, Library Room 2 (admissions staff)
- Wednesday 19 Nov, 14:00-16:00, Library Room 2 (faculty administrators)
- Friday 21 Nov, 10:00-11:00, online (anyone who missed the others)

I'll send the joining instructions and the short pre-reading on Monday. See you Tuesday!

Priya""")

add([], "zh", "firm dependency statement ('上线需要顺延…这并不是催促'), offers help; facts, no pressure to drop a view",
    ZHOU, [SUN], "Re: 12月1日能否按时上线",
    quote="""周经理:

院领导问12月1日能不能按时上线,你们那边有没有问题?

孙卫东""",
    body="""孙科长:

我们这边按计划推进,目前没有问题。12月1日上线还有三项前提,需要贵院在本周三前完成:

一、为各临床科室开通生产环境账号(名单已于11月5日发给信息科);
二、机房核心交换机完成固件升级;
三、医务科确认新版电子病历模板。

如果周三前还没到位,上线需要顺延。这并不是催促,只是想把依赖关系提前讲清楚,免得临近上线大家措手不及。哪一项卡住了请告诉我,我们一起想办法,比如账号可以先开临时的。

周屹""")

add([], "zh", "relays the 教育局's hard rule ('必须统一存储…不得') to a school, says it is not our demand, offers to accompany her",
    JIANG, [TIAN], "关于学生成长档案的存储位置",
    body="""田校长:

您好。关于贵校希望把学生成长档案放在学校自己服务器上的问题,我专门咨询了区教育局信息中心。

按照局里今年9月下发的文件,全区中小学的学生数据必须统一存储在区教育数据中心,学校不得自行存放学生个人信息。这是局里的硬性要求,不是我们公司的要求。

如果学校在网络或者使用上有实际困难,我可以陪您一起去局里跟方主任当面沟通,争取一个过渡办法。

蒋蔚""")

add([], "zh", "meeting recap where a feature is deferred by mutual agreement with dates and an interim template (contrast with a bare '不做')",
    DENG, [SONG], "11月19日移动护理系统周例会纪要", cc=[SUN],
    body="""各位老师:

今天例会纪要如下。

一、输液巡视模块已扩展至外科楼,本周共记录巡视11,204次,无异常。
二、替换电池已到货,已发放至各病区护士站。
三、护理评估单模板宋主任已确认,11月21日正式启用。
四、护理部提出的"护理排班自动生成"功能:经讨论,双方同意放入二期。由护理部在12月5日前确认优先级,我方12月10日前给出二期排期和工作量评估。在此之前继续使用现有Excel排班模板,我方已把模板导入功能加入本期。
五、下次例会:11月26日下午3点,5楼小会议室。

如有遗漏请回复补充。

邓佳""")

add([], "mixed", "'我们绝不允许同样的问题再发生' aimed at ourselves, 'we won't be charging'; takes responsibility",
    LUOJIA, [GE], "PACS 停机事件的后续", cc=[ZHAO],
    body="""葛院长,

上周二 PACS 停机四个小时,给放射科和临床都带来了很大影响,我们 take full responsibility。

这次的修复,以及新加装的存储监控和告警,我们不收取任何费用。Going forward,我们绝不允许同样的问题再发生:
1. 存储容量告警阈值从 95% 调到 70%;
2. 每天早上 8 点给信息科和放射科发健康日报;
3. 每季度做一次故障切换演练,赵主任那边可以派人一起参加。

如果院里希望听我们当面汇报,我随时过来。

Jason""")
