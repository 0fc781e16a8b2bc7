"""heldout31 — blind TEST set of PM email drafts (embedded / hardware projects with OEM clients).

Written by an independent helper from the labelling guide (shared/drafts/README.md) and the seed
article only. Test set: never train or tune on it. Cases are shuffled with random.Random(3131).
"""

import random

# --- our team (PMs and colleagues) ---------------------------------------------------------------
ZHOU = "周建国 <zhou.jianguo@ourteam.example.com>"        # 老周, veteran PM, Northeastern speech
KEN = "Ken Chan <ken.chan@ourteam.example.com>"            # Cantonese-flavoured, code-switches
LIUT = "刘婷 <liu.ting@ourteam.example.com>"               # young PM, internet slang
HO = "何志明 <ho.chihming@ourteam.example.com>"            # Taiwanese PM, writes traditional
DENG = "邓川 <deng.chuan@ourteam.example.com>"             # Sichuan speech
SHEN = "沈佳怡 <shen.jiayi@ourteam.example.com>"           # Shanghainese flavour
MAX = "马骁 <ma.xiao@ourteam.example.com>"                 # ex-firmware engineer, very terse
SUN = "孙立伟 <sun.liwei@ourteam.example.com>"             # senior, formal / bureaucratic
LUO = "罗浩 <luo.hao@ourteam.example.com>"                 # chatty mid-level PM
TOM = "Tom Becker <tom.becker@ourteam.example.com>"
AISHA = "Aisha Rahman <aisha.rahman@ourteam.example.com>"  # senior programme manager
DANIEL = "Daniel Wu <daniel.wu@ourteam.example.com>"
# colleagues
WANGLEI = "王磊 <wang.lei@ourteam.example.com>"            # firmware lead
TAN = "谭辉 <tan.hui@ourteam.example.com>"                 # hardware
CAI = "蔡敏 <cai.min@ourteam.example.com>"                 # test
FANG = "方勇 <fang.yong@ourteam.example.com>"              # production / test jigs
WUQ = "吴倩 <wu.qian@ourteam.example.com>"                 # sales
HUANG = "黄文杰 <huang.wenjie@ourteam.example.com>"        # delivery director
MINGMING = "李明明 <li.mingming@ourteam.example.com>"      # jig engineer
LEO = "Leo Zhang <leo.zhang@ourteam.example.com>"          # cloud

# --- client A: smart-home OEM ----------------------------------------------------------------------
QIAN = "钱卫东 <qian.weidong@client-a.example.cn>"         # 钱总, GM
KONG = "孔德明 <kong.deming@client-a.example.cn>"          # 孔工, hardware lead
LINX = "林晓 <lin.xiao@client-a.example.cn>"               # product manager
ZHAO = "赵海峰 <zhao.haifeng@client-a.example.cn>"         # supply chain / purchasing
GONG = "龚丽 <gong.li@client-a.example.cn>"                # QA
# --- client B: EV charger OEM ----------------------------------------------------------------------
MARK = "Mark Hollis <mark.hollis@client-b.example.com>"
SANDRA = "Sandra Okafor <sandra.okafor@client-b.example.com>"
JENS = "Jens Vogel <jens.vogel@client-b.example.com>"
CK = "梁志强 <ck.leung@client-b.example.com>"              # 梁Sir, HK engineering manager
# --- client C: bank (self-service terminals, branch IoT) ------------------------------------------
XU = "许明 <xu.ming@bank-c.example.cn>"                    # 许处长, IT dept
SHAO = "邵岚 <shao.lan@bank-c.example.cn>"                 # 邵经理, operations
JIANG = "蒋涛 <jiang.tao@bank-c.example.cn>"               # branch equipment
# the same bank contacts as a Taiwanese PM's address book shows them (Big5-encodable names)
SHAO_T = "邵嵐 <shao.lan@bank-c.example.cn>"
XU_T = "許明 <xu.ming@bank-c.example.cn>"
JIANG_T = "蔣濤 <jiang.tao@bank-c.example.cn>"

CASES = []

# =================================================================================================
# POSITIVES — argue
# =================================================================================================
CASES += [
    dict(
        expect=["argue"], lang="zh",
        why="argue: blames the client's flux residue in Northeastern slang, 'the jig takes the blame?' rhetorical; no apology",
        sender=ZHOU, to=[KONG], cc=[FANG],
        subject="Re: FCT治具误判率太高,产线停线",
        body="""孔工:

这事儿咱得先掰扯明白。误判是因为你们这批PCBA测试点上全是助焊剂残留,探针扎上去接触电阻老高了,换谁家的治具来都一样白搭。

上礼拜三我在群里拍了照片提醒过,你们那边一个回话的都没有。现在停线了,倒整得跟我们治具不行似的。来料不清洗,让治具背这个锅?说不过去吧。

方工下午过去,但话我先撂这儿:板子不洗干净,来多少人都没用。

老周""",
        quote="""周经理:

今天上午二线FCT治具误判率到了8%,产线已经停了两个小时。请你们尽快派人过来看一下,下午三点前给个说法。

孔德明""",
        quote_from=KONG,
    ),
    dict(
        expect=["argue"], lang="en",
        why="argue: terse lecturing ('Datasheet, section 7.3', 'reading you our own manual') toward the client",
        sender=TOM, to=[MARK], cc=[],
        subject="Re: SEV1 - chargers drop to 16A every afternoon",
        body="""Mark,

Datasheet, section 7.3. Above 45 °C ambient the unit derates to 16 A. By design. It is thermal protection, not a bug.

This is the second time this month that this has come in as a Sev1. Before the next one goes out, somebody on your side needs to open the thermal chapter. We can't keep burning engineering hours reading you our own manual.

Tom""",
        quote="""Tom,

Site in Utrecht reports the chargers dropping from 32A to 16A every afternoon. Drivers are complaining. Need a fix ASAP.

-Mark""",
        quote_from=MARK,
    ),
    dict(
        expect=["argue"], lang="zh",
        why="argue: sarcastic passive-aggressive 'too busy to open a PDF', mock offer to repeat weekly",
        sender=LIUT, to=[LINX], cc=[],
        subject="Re: OTA升级一半断电,是不是变砖了?",
        body="""林经理好~

不会变砖的哦。上周五发的《OTA升级说明V2》第3页,加粗标红写着:升级中途断电会自动回滚到旧版本,灯在闪就是在回滚,等90秒就好。

当然啦,特别理解各位都很忙,忙到连个PDF都没空点开,没关系的,我每周都可以再讲一遍,反正我们项目组闲着也是闲着 🙂

刘婷""",
        quote="""刘婷你好,

我们测试同事说升级到一半拔了电,指示灯一直闪,是不是变砖了?这个问题很严重,麻烦尽快回复。

林晓""",
        quote_from=LINX,
    ),
    dict(
        expect=["argue"], lang="zh",
        why="argue: formal lecturing ('恕我直言...这是最基本的工作方法', 'not your messenger') toward the bank",
        sender=SUN, to=[XU], cc=[SHAO],
        subject="关于读卡模块超时参数的第四次调整",
        body="""许处长:

读卡模块的超时参数,贵行科技部定的是30秒,运营部上周改为15秒,昨天又通知以柜面意见为准改为20秒。一个月内三版,我方每一版都要重新做回归测试、重新签名发布。

恕我直言,贵行应当先在内部把口径统一,再来对接供应商,这是最基本的工作方法。我们是设备供应商,不是贵行各部门之间的传话筒,更不负责替贵行召开协调会。

请贵行出具一份盖章的最终参数确认函,收到后我方安排最后一轮发布。

孙立伟
交付部""",
    ),
    dict(
        expect=["argue"], lang="mixed",
        why="argue: Cantonese-English code-switch blaming the client's uncalibrated lab bench, 'sort out your own bench first'",
        sender=KEN, to=[SANDRA], cc=[],
        subject="Re: RCD trip test failed again at your lab",
        body="""Sandra,

讲咗几多次啦. The trip threshold is fine — 我哋 factory 每一台都有 log, 6mA DC 全部 pass. 你哋 lab 嗰个 leakage source 上次 calibration 係去年三月, 过咗期成半年, 点测都唔会准嘅.

Seriously, please sort out your own bench before sending us another failure report. 我哋 team 为咗你哋个 setup 已经白做咗两个星期.

Ken""",
        quote="""Ken,

Our lab ran the 6mA DC leakage test again this morning; 3 out of 5 units did not trip within spec. This is now blocking certification.

Sandra""",
        quote_from=SANDRA,
    ),
    dict(
        expect=["argue"], lang="zh", trad=True,
        why="argue: traditional Chinese, blames client's BOM substitution, '這個邏輯我實在想不通' lecturing",
        sender=HO, to=[KONG], cc=[],
        subject="回覆:智能門鎖靜電測試當機",
        body="""孔工您好:

坦白講,這個風險我們在八月的設計審查會上就標示過了,會議紀錄第五頁都還在。TVS二極體是貴司採購自己在BOM裡換成便宜料的,換料前沒有任何人知會我們,現在ESD打8kV鎖板當機,回頭來問我們韌體為什麼不穩,這個邏輯我實在想不通。

韌體一行都沒有改過。請貴司先把料換回原廠型號再測,不然我們再怎麼查都是白忙。

何志明""",
        quote="""何經理:

門鎖樣機今天做ESD測試,接觸放電8kV時主板當機,需要手動斷電重啟。你們的韌體是不是有問題?請盡快給說法。

孔德明""",
        quote_from=KONG,
    ),
    dict(
        expect=["argue"], lang="en",
        why="argue: senior PM rebukes the client for escalating, 'read what you signed before you pick up the phone'",
        sender=AISHA, to=[JENS], cc=[],
        subject="Status LED shade - third escalation",
        body="""Jens,

I have now had a call from our CEO, who had a call from your VP, about the shade of green on the status LED.

For the record: your team signed off the golden sample on 14 October, the production units match it within the tolerance you approved, and the measurement report has been on the shared drive for three weeks.

Going over my head about a cosmetic item that your own people approved is not a serious way to run a programme. Next time, please read what you signed before you pick up the phone.

Aisha""",
    ),
]

# =================================================================================================
# POSITIVES — two labels
# =================================================================================================
CASES += [
    dict(
        expect=["argue", "refusal"], lang="zh",
        why="argue+refusal: Sichuan-flavoured flat refusal ('我们不得接', '莫再提了') plus 'what were you doing at review time?'",
        sender=DENG, to=[QIAN], cc=[],
        subject="Re: 网关要同时接涂鸦和米家",
        body="""钱总:

这个我们不得接。合同附件三白纸黑字写的,网关固件只对接你们自家APP一个生态。当初需求评审喊你们仔细看,你们几个人翻都没翻就签了,现在展会要演示又临时加两个生态,早些时候做啥子去了嘛?

两个生态各有一套认证流程,一个月搞锤子哦。这个事莫再提了。

邓川""",
        quote="""邓经理:

我们市场部要求网关同时接入涂鸦和米家两个生态,下个月展会要现场演示,你们安排一下。

钱卫东""",
        quote_from=QIAN,
    ),
    dict(
        expect=["argue", "backchannel"], lang="zh",
        why="argue+backchannel: lectures the client ('最后再讲一遍') and disparages their purchasing manager in the same mail to the client",
        sender=SHEN, to=[KONG], cc=[LINX],
        subject="关于第三批烧录不良",
        body="""孔工:

最后再讲一遍:烧录不良是Flash换了料,不是我们的烧录程序。换料这种事,你们内部自己都不通个气的吗?

另外讲句实在话,你们采购赵经理那个样子,硬件一窍不通,眼睛里只有单价,一颗Flash便宜两毛钱就敢换,出了事情又躲得比谁都快。有这种人把关,你们良率能上去才怪。

沈佳怡""",
    ),
    dict(
        expect=["refusal", "backchannel"], lang="mixed",
        why="refusal+backchannel: flat '唔得' to the client, then an aside to a colleague mocking the same client while he is still in To",
        sender=DANIEL, to=[CK], cc=[TOM],
        subject="Re: free PCB respin for pilot batch",
        body="""CK,

Free respin 唔得. Rev B layout 係你哋 sign off 嘅, 我哋唔会再出呢笔 cost.

Tom — 呢位梁Sir 每次都想白食, 上次 enclosure 都係咁, 自己 engineer 画错 footprint 就想我哋埋单. 真係顶唔顺佢.

Daniel""",
        quote="""Daniel,

We found the footprint of the J3 connector is slightly off on rev B. Can your side do a free respin for the pilot batch?

Thanks,
CK""",
        quote_from=CK,
    ),
]

# =================================================================================================
# POSITIVES — refusal
# =================================================================================================
CASES += [
    dict(
        expect=["refusal"], lang="zh",
        why="refusal: ex-firmware PM answers a change request in one line, no evaluation, no alternative",
        sender=MAX, to=[LINX], cc=[],
        subject="Re: 配网太慢,广播间隔能否改成20ms",
        body="""林经理,

看了。广播间隔维持100ms,不动。

马骁""",
        quote="""马工:

用户反馈首次配网要等十几秒,我们想把BLE广播间隔从100ms改到20ms,这样是不是能快一些?麻烦评估一下。

林晓""",
        quote_from=LINX,
    ),
    dict(
        expect=["refusal"], lang="zh",
        why="refusal: bureaucratic letter-style refusal ('我司不作承接安排。此复。') with no buffer or alternative",
        sender=SUN, to=[SHAO], cc=[XU],
        subject="关于自助终端加装人脸识别模块的复函",
        body="""邵经理:

贵行11月5日来函收悉。

关于在现有自助终端上加装人脸识别模块一事,经我司内部研判,该事项我司不作承接安排。

此复。

孙立伟
交付部""",
    ),
    dict(
        expect=["refusal"], lang="en",
        why="refusal: flat 'we'll pass on that one... that's where they'll stay' wrapped in a cheerful mail",
        sender=TOM, to=[SANDRA], cc=[],
        subject="Re: Rotterdam pilot + OCPP 2.0.1",
        body="""Hi Sandra!

Fantastic news on Rotterdam - please pass my congrats to the install crew. I saw the photos and the cable management is gorgeous :)

On 2.0.1: we'll pass on that one. These units run 1.6J and that's where they'll stay.

Have a great weekend, and have a stroopwafel for me!

Tom""",
        quote="""Hi Tom,

Great news - the Rotterdam pilot went live yesterday! One more thing: our backend team would like the chargers to speak OCPP 2.0.1 instead of 1.6J. Could you look into it?

Cheers,
Sandra""",
        quote_from=SANDRA,
    ),
    dict(
        expect=["refusal"], lang="zh",
        why="refusal: slipped into item 3 of a meeting recap ('这一项我们不做'), nothing offered instead",
        sender=SHEN, to=[ZHAO], cc=[KONG, FANG],
        subject="11月6日产测治具评审会纪要",
        body="""赵经理、孔工:

今天评审会纪要如下,请查收:

1. 第二批FCT治具(6台)11月20日到厂,安装调试2天。
2. 针床探针由P75改为P100,由我方负责,费用已含在报价内。
3. 贵司提出的"治具扫码后自动绑定MES工单":这一项我们不做。
4. 治具点检表模板由我方周五前提供。
5. 下次评审定在11月13日下午两点。

如有遗漏,请今天下班前回复补充。

沈佳怡""",
    ),
    dict(
        expect=["refusal"], lang="zh",
        why="refusal: Northeastern colloquial brush-off ('拉倒吧,这活儿咱接不了... 别寻思了'), no alternative",
        sender=ZHOU, to=[ZHAO], cc=[],
        subject="Re: 低温款温控器",
        body="""赵哥:

拉倒吧,这活儿咱接不了。现在这平台用的是锂锰电池,零下三十度往下就趴窝,-40℃冷启动想都别想。你跟那边客户说,别寻思这事儿了。

老周""",
        quote="""周经理:

北方有个客户要一款能-40℃冷启动的温控器,能不能在现在的平台上改一版?量挺大的。

赵海峰""",
        quote_from=ZHAO,
    ),
    dict(
        expect=["refusal"], lang="mixed",
        why="refusal: '4G backup — no... 就这样', BOM freeze given as a wall, nothing offered",
        sender=DANIEL, to=[MARK], cc=[],
        subject="Re: 4G backup link on the AC wallbox",
        body="""Mark,

4G backup - no. BOM 上周已经 freeze, MP 之前不会再加任何 module. 就这样.

Daniel""",
        quote="""Daniel,

Several of our fleet customers want a 4G fallback in case the site WiFi drops. Can this be added to the wallbox before mass production?

Mark""",
        quote_from=MARK,
    ),
    dict(
        expect=["refusal"], lang="zh", trad=True,
        why="refusal: traditional Chinese, polite words ('還請多多包涵') around a flat no; no buffer, date or alternative",
        sender=HO, to=[SHAO_T], cc=[],
        subject="回覆:讀卡模組韌體每月推送",
        body="""邵經理您好:

謝謝貴行的建議。關於希望讀卡模組韌體改成每月例行推送更新一事,我們這邊沒辦法配合,還請多多包涵。

祝 順心

何志明""",
    ),
]

# =================================================================================================
# POSITIVES — persuade
# =================================================================================================
CASES += [
    dict(
        expect=["persuade"], lang="zh",
        why="persuade: tells the client to stop comparing chips, 'we've already started the layout', decision taken for them",
        sender=DENG, to=[LINX], cc=[],
        subject="主控芯片选型",
        body="""林经理:

选型这个事我们内部已经论证了三轮,单芯片ESP32-C6这条路是最稳的。你们那边还在比NXP那套双芯片,说实话就是白耽误工夫,多一颗芯片多一份BOM,多一个坑。

我的意思是,这个事情你们就莫再纠结了,按我们给的方案走,下周一评审会上直接定,要得不?我们这边已经开始画板子了。

邓川""",
    ),
    dict(
        expect=["persuade"], lang="en",
        why="persuade: 'your backend will sink the launch', sign this week, veiled threat of the steering committee",
        sender=AISHA, to=[JENS], cc=[],
        subject="Backend decision",
        body="""Jens,

I'll be blunt. Keeping your in-house backend will sink the March launch, and I don't think your team sees that yet. Every OEM we've shipped with in the last two years moved to our cloud, and none of them regret it.

Please sign the cloud addendum this week so we can stop going round in circles. I'd hate for this to become a topic for the steering committee.

Aisha""",
    ),
    dict(
        expect=["persuade"], lang="zh",
        why="persuade: cost/deadline pressure to drop vision inspection, 'PO by Wednesday or I can't promise the slot'",
        sender=ZHOU, to=[ZHAO], cc=[],
        subject="Re: 治具加视觉检测",
        body="""赵经理:

每台治具都加一套视觉检测,单价直接翻一番,交期往后推四周起步。到时候产线干等治具,一天损失多少您心里比我有数。

所以这事咱就别折腾了,标准版足够用,厂里几家大客户上的都是标准版。您周三前把PO签回来,我这边马上排产,过了周三我可保不齐还有排期。

老周""",
        quote="""周经理:

我们质量部希望每台FCT治具都加装视觉检测,检查连接器有没有插歪、螺丝有没有漏打。请报一下价格和交期。

赵海峰""",
        quote_from=ZHAO,
    ),
    dict(
        expect=["persuade"], lang="zh",
        why="persuade: appeals to the director's authority and other banks, tells the bank to stop internal discussion",
        sender=SUN, to=[XU], cc=[],
        subject="网点物联网平台部署方式",
        body="""许处长:

私有化部署还是用我们的行业云,这个问题上周会上已经讨论得比较充分了。行业云方案是我们黄总亲自定的,国内好几家股份制银行都是这么落地的,监管层面也没有提出过问题。

贵行再单独搞一套私有化,投入大、周期长,没有必要。建议贵行内部就不要再讨论了,本周内按行业云方案出一个确认意见,我们好往下推进。

孙立伟""",
    ),
    dict(
        expect=["persuade"], lang="mixed",
        why="persuade: 'reinventing the wheel... 唔好再拗啦', demands a yes by Friday, no more options",
        sender=KEN, to=[SANDRA], cc=[],
        subject="Load balancing - let's just close this",
        body="""Sandra,

Honestly 你哋自己写 dynamic load balancing 嘅 backend 係 reinventing the wheel. 我哋个 EMS module 已经喺三个 site 跑紧, 用我哋嘅就搞掂, 唔好再拗啦, everyone's time is precious.

I need a yes from you by Friday. No more options papers please.

Ken""",
    ),
    dict(
        expect=["persuade"], lang="zh",
        why="persuade: soft empathy opener, then '这个念头咱就先放下' and materials already ordered — choice taken away",
        sender=SHEN, to=[QIAN], cc=[],
        subject="外壳材质",
        body="""钱总:

我特别理解您想用铝外壳,质感好,拿在手里确实高级。

但您想想看,铝壳会把WiFi信号吃掉一大半,用户装在墙角连不上网,售后电话全打到您那里去。这个念头咱就先放下,还是PC+ABS最稳妥。我这边已经让采购按PC+ABS备料了,您就别再为这个操心了哈。

沈佳怡""",
    ),
    dict(
        expect=["persuade"], lang="en",
        why="persuade: 'the only realistic route is ours', migration already scheduled, offers to explain to the client's VP",
        sender=TOM, to=[MARK], cc=[],
        subject="Gateway migration",
        body="""Mark,

I know the old Modbus gateway has history at your company, but keeping it means we carry two code bases into Q1, and that simply isn't going to work. The only realistic route to a Q1 ship is our new gateway. I've run this exact migration at four other customers.

Let's not spend another meeting on it. I've put the migration on the plan starting Monday; just reply "go" and we're off. If it helps, I'm happy to explain to your VP why this is the right call.

Tom""",
    ),
    dict(
        expect=["persuade"], lang="zh",
        why="persuade: young PM pushes the bank to swap its PIN-pad module, 'other banks already did, only you left'",
        sender=LIUT, to=[SHAO], cc=[],
        subject="密码键盘加密模块替换",
        body="""邵经理好~

密码键盘这块其实真没啥好犹豫的,换成我们的国密加密模块就对了。贵行现在那套老规范是好多年前定的,早就跟不上了,一直守着它只会拖上线进度。

其他几家行都已经换了,就差贵行了哦。麻烦本周内给个同意的回复,下周我们直接进场换!

刘婷""",
    ),
]

# =================================================================================================
# POSITIVES — backchannel
# =================================================================================================
CASES += [
    dict(
        expect=["backchannel"], lang="zh",
        why="backchannel: internal mail mocking the client's PM ('把咱们当许愿池了'), no client in copy",
        sender=MAX, to=[WANGLEI], cc=[],
        subject="又来了",
        body="""磊哥,

老赵那边又塞过来一个需求,要在智能插座里加温湿度传感器。我怀疑他们产品那边是把咱们当许愿池了,每周往里扔个硬币许个愿。PRD改了七版,版本号比我的固件还多🙃

先别动手,等我跟他们确认完再说。

马骁""",
    ),
    dict(
        expect=["backchannel"], lang="en",
        why="backchannel: internal sneer at a client engineer's title ('a job title comes free with the laptop'), 'smaller words'",
        sender=TOM, to=[LEO], cc=[],
        subject="you'll love this",
        body="""Leo,

Client-B's newly minted "Head of Firmware Architecture" asked on today's call whether we could run OCPP over Bluetooth "to save on SIM costs". I kept a straight face, barely. Apparently at Client-B a job title comes free with the onboarding laptop.

Anyway, can you dig out the connectivity matrix we sent in June? I'll resend it to him with smaller words.

Tom""",
    ),
    dict(
        expect=["backchannel"], lang="zh",
        why="backchannel: reply-all accident — mocks 孔工 as '孔大炮' to a colleague while 孔工 is still in Cc",
        sender=ZHOU, to=[FANG], cc=[KONG],
        subject="Re: FCT节拍优化",
        body="""方工,

孔大炮那一套你听听就得了,嗓门老大,真懂的没几样。35秒是他拍脑门拍出来的,咱按自己节奏来,不用惯着他。

老周""",
        quote="""周经理、方工:

FCT节拍现在是42秒,我们产线要求35秒以内,请评估一下优化方案。

孔德明""",
        quote_from=KONG,
    ),
    dict(
        expect=["backchannel"], lang="mixed",
        why="backchannel: internal mixed-language mockery of a bank contact by nickname ('Excel 女王'), asks to have her replaced",
        sender=DANIEL, to=[WUQ], cc=[],
        subject="bank-c 的表",
        body="""倩姐,

bank-c 那位 "Excel 女王" 又发来一张 58 列的 spreadsheet, 要我们 confirm 每一个 cell, 连 firmware build 时间都要精确到秒. 我怀疑她 weekend 的娱乐活动就是 merge cells. 能不能跟他们领导讲讲换个懂设备的人来对接, 真的 hold 不住.

Daniel""",
    ),
    dict(
        expect=["backchannel"], lang="zh",
        why="backchannel: Sichuan-flavoured ridicule of the bank's section chief to a colleague ('祖坟冒青烟')",
        sender=DENG, to=[TAN], cc=[],
        subject="许处今天又开讲了",
        body="""谭工,

许处今天在群里又开始发表高论,说蓝牙天生比Zigbee省电,叫我们全部换蓝牙。我在工位上笑得差点从椅子上梭下去。一个连占空比是啥子都不晓得的人,天天给我们上课,这个项目能活到验收真的是祖坟冒青烟。

你就当没看到,该咋个做咋个做。

邓川""",
    ),
    dict(
        expect=["backchannel"], lang="zh",
        why="backchannel: formal voice, but calls the bank '外行管内行' and suggests padding the quote since 'they can't tell'",
        sender=SUN, to=[WUQ], cc=[],
        subject="C行报价",
        body="""吴倩:

跟你交个底。C行那边是典型的外行管内行,一个读卡器超时参数能开三次会,最后拍板的人连串口是什么都讲不清楚。这种单位,下次报价不妨把实施费往上提一提,反正他们也分辨不出合理不合理。

孙立伟""",
    ),
]

# =================================================================================================
# POSITIVES — ramble (one actionable line buried in 600-800 characters / 400+ words of chatter)
# =================================================================================================
CASES += [
    dict(
        expect=["ramble"], lang="zh",
        why="ramble: Northeastern PM chats about hometown, fishing, daughter's exams; the jig delivery/receiving line is buried mid-mail",
        sender=ZHOU, to=[KONG], cc=[],
        subject="唠两句",
        body="""孔工:

好些日子没唠了,今儿个得空跟你扯两句。

上礼拜我回了趟哈尔滨老家,那家伙,零下二十多度,冻得我直跺脚。我妈非拉着我去冰雪大世界,说今年的冰滑梯老长了,排队排了一个多钟头,滑下来屁股都冻木了,可孩子乐得直蹦高。晚上整了一锅杀猪菜,酸菜血肠五花肉,再来二两小烧,那叫一个得劲儿。我跟我爸唠到半夜,老爷子非说现在年轻人都不会腌酸菜了,要手把手教我,我说我在深圳上哪儿整那么大个缸去,他还不乐意了。

回来一下飞机,深圳二十七度,我穿着羽绒服站在机场,跟个傻子似的,旁边小孩一直盯着我看。

再说钓鱼。上周六我跟方工去了趟光明那边的水库,他蹲了一上午一条没钓着,我钓了三条罗非,回来全让他媳妇红烧了,手艺是真不赖。方工说下回带你一块儿去,你不是说你也好这口儿吗?咱找个礼拜天,带上帐篷,整点烧烤,唠他一天。

对了,第二批FCT治具周四下午发货,一共六台,麻烦你那边周五上午安排人在二号门卸货签收。

还有个事儿,我闺女今年高三,天天补课补到晚上十点,我看着都心疼。她想学计算机,我寻思学啥不好非得学这个,将来跟她爹一样天天跟板子较劲。你家小子明年是不是也该考了?回头咱俩交流交流经验,填志愿那玩意儿比芯片选型还让人头疼。

最近我还迷上了刷短视频,刷着刷着就一宿。有个东北老铁天天在雪地里支个锅做饭,铁锅炖大鹅、小鸡炖蘑菇,看得我馋得不行。我媳妇说我这是中年危机,我说我这是想家了。她还说我胖了十斤,我说那是羽绒服显的。

前两天小区楼下新开了一家东北饺子馆,酸菜猪肉馅儿的,皮薄馅儿大,一盘十八个才二十八块钱。老板是沈阳人,一张嘴那个味儿,听着就亲切,我俩唠了半个钟头,临走还送我一盘拍黄瓜。

行了,不磨叽了,天冷了多穿点,有空来深圳找我喝酒,我请你吃潮汕牛肉火锅。

老周""",
    ),
    dict(
        expect=["ramble"], lang="zh",
        why="ramble: Shanghainese-flavoured chat about hairy crabs, cats and running; the Matter report stamping deadline is one line",
        sender=SHEN, to=[LINX], cc=[],
        subject="最近好伐",
        body="""林经理:

好久没联系了,最近好伐?

上个礼拜阿拉屋里厢终于吃上大闸蟹了,阳澄湖的,四两半的母蟹,黄老多老多,我姆妈蒸了一大锅,还配了姜茶和黄酒,一家人吃到夜里十点钟。我爸讲今年的蟹比去年贵了三成,但是交关好吃,伊一口气吃了四只,第二天肚皮不适意,又怪我买太多。侬下趟来上海,我带侬去吃蟹粉面,城隍庙后头有一家老店,排队要一个钟头,不过值得。

再讲讲阿拉屋里只猫。伊叫团子,英短蓝猫,最近不晓得哪能了,天天半夜两点钟在客厅里跑酷,把我养的一盆绿萝全部拱翻掉,泥巴撒了一地。我老公讲要把伊送回娘家,我讲侬敢,伊就不响了。后来去宠物医院看了一趟,医生讲是太胖了精力过剩,要减肥,现在每天只好吃半碗猫粮,看到我就叫,可怜兮兮的。

顺便讲一声,Matter认证的测试报告需要贵司盖章,麻烦周五前寄回给我们。

我自家最近也在减肥,每天早上六点钟起来沿着苏州河跑五公里,跑了三个礼拜,瘦了两斤,但是晚上一饿又吃了一碗小馄饨,等于白跑。同事讲我这种叫"运动后的报复性进食",我觉得讲得交关有道理。十二月份想去报名一个半程马拉松,不晓得膝盖吃不吃得消。

还有,最近武康路的梧桐叶子黄了,周末人多得来,全是拍照的小姑娘,我去喝了一杯咖啡,三十八块,味道一般般,但是窗口看出去老有腔调的。侬要是有空,下个月可以一道去走走,再去安福路逛逛。

上个礼拜天我还带我姆妈去了一趟朱家角,坐了小船,吃了扎肉和青团,买了两包熏青豆。老太太一路上讲伊年轻辰光在这里插队的事体,讲得眉飞色舞,我听了三遍,每一遍细节都不一样,不过看伊开心,我也开心。回来路上堵车堵了两个钟头,伊在车子里睡得呼呼的。

天冷了,当心身体,多穿点衣裳。

沈佳怡""",
    ),
    dict(
        expect=["ramble"], lang="zh",
        why="ramble: Sichuan PM talks hotpot, pandas and mahjong to the bank; the branch-access request for sensor install is buried",
        sender=DENG, to=[SHAO], cc=[],
        subject="成都回来了",
        body="""邵经理:

上周回成都休了几天年假,今天刚回来上班,跟您摆哈龙门阵。

成都这几天天气巴适得很,出太阳,一家人跑去熊猫基地看滚滚。那些熊猫一个二个懒得很,吃了竹子就睡,睡醒了又吃,游客在外面挤得水泄不通,它们翻都不翻个身。我儿子非要买个熊猫帽子,戴起在基地里头跑,逢人就喊"我是花花",笑死个人。

晚上去吃了一顿老火锅,牛油锅底,毛肚鸭肠黄喉,再来一盘现切的嫩牛肉,辣得我嘴巴都木了,还是忍不住一直夹。我们四川人讲,火锅要配冰粉和啤酒才安逸,那天喝了六瓶,第二天早上起来脑壳都是昏的。

还有件事跟您讲下,下周二上午九点,我们要去三个网点装环境传感器,麻烦提前安排人开门。

再讲打麻将。我爸妈退休了,每天下午雷打不动要去茶馆搓两圈,五块钱一番。我陪了两天,输了八十多块,被我妈笑了一路,说我读了那么多书,算个牌还算不赢她。成都的茶馆安逸,一杯盖碗茶十块钱,可以坐一下午,掏耳朵的师傅在旁边转来转去,敲得叮叮当当的。

回深圳之前还去青城山爬了一趟,爬到一半我就不行了,腿打闪闪,我儿子倒是精神得很,一口气冲到上清宫。山上空气是真的好,下山还吃了一顿白果炖鸡,香得很。

下个月要是您到成都出差,一定喊我,我带您去吃正宗的冒菜和钵钵鸡,保证比深圳这边的好吃十倍,吃完再去宽窄巷子转一圈。

对了,我这回还在春熙路碰到一个大学同学,十几年没见了,他现在在成都开了家精酿啤酒馆,非拉着我去喝,一口气给我上了八种,有一种加了花椒的,喝下去舌头麻酥酥的,我说这个要是卖到深圳去肯定火,他说深圳人吃不来,我们两个争了一晚上,最后谁也没说服谁。他还说明年要来深圳开分店,到时候喊我去当试饮员,我说要得要得,先把花椒啤酒给我留两箱。

天气转凉了,您注意身体。

邓川""",
    ),
    dict(
        expect=["ramble"], lang="zh", trad=True,
        why="ramble: traditional Chinese chat about night markets, baseball and a typhoon; the release-notes confirmation line is buried",
        sender=HO, to=[KONG], cc=[],
        subject="近況分享",
        body="""孔工您好:

上禮拜回台灣一趟,跟您分享一下近況。

剛好碰到颱風,整個台北風雨交加,公司放了一天颱風假,我就窩在家裡追劇,一口氣看完一整季,看到半夜三點,隔天起床頭昏腦脹的。颱風走了之後天氣超好,我跟老婆去士林夜市,吃了大腸包小腸、蚵仔煎、胡椒餅,還有一杯超大的珍珠奶茶,全糖去冰,喝完整個人都亢奮起來。老婆說我每次回來都像在報復性進食,我說這叫鄉愁。

週末跟朋友去天母球場看棒球,兄弟象對統一獅,打到延長賽第十一局才分出勝負,全場加油聲震耳欲聾,我喊到喉嚨都啞了。台灣的應援文化真的很特別,啦啦隊跳得超賣力,整場站著跳,大家跟著一起唱,那種氣氛在大陸比較少見,推薦您有機會一定要去看一次。

對了,麻煩您在週三前確認一下韌體1.4.2的release notes。

另外我最近迷上爬山,上個月去爬了合歡山,海拔三千多公尺,早上四點起床看日出,冷到手指都不能動,但是雲海出來那一刻真的值得。下山的時候順路去清境農場看綿羊,小孩餵草餵到不想走。我在考慮明年挑戰玉山,要先抽入園許可,聽說很難抽,要碰運氣。

還有一件小事,我家樓下新開了一間牛肉麵店,湯頭是用牛骨熬了十二個小時的,麵條很Q,一碗一百八十塊台幣,我連吃了三天,老闆都認得我了,還多送我一碟滷豆干跟一顆滷蛋。

下次您來台灣,我請您吃這家,再帶您去九份老街走走,看看夜景,喝杯茶。

說到茶,我爸最近迷上了泡老人茶,在陽台擺了一整套茶具,每天下午拉著我一泡一泡地喝,講凍頂烏龍跟東方美人的差別,講到後來我整個人喝到心悸,晚上睡不著,又爬起來追劇,結果隔天又是黑眼圈,被老婆唸了一整天。她說我再這樣喝茶下去,遲早要變成跟我爸一樣,每天坐在陽台上講古。

天氣變冷了,請多保重。

何志明""",
    ),
    dict(
        expect=["ramble"], lang="en",
        why="ramble: marathon, dog, Christmas market and a coffee machine; the RCD re-test date confirmation is one sentence in the middle",
        sender=TOM, to=[JENS], cc=[],
        subject="Catching up",
        body="""Hi Jens,

Hope you're well and that Hamburg isn't too grey yet. I realised we haven't had a proper chat in ages, so here's a long one.

First, the marathon. I finally did it - Frankfurt, last Sunday, 3:58:41. The first thirty kilometres felt great, then somewhere near the Messe my legs simply filed for divorce. I walked a bit, jogged a bit, and crossed the line with a stranger who had been dressed as a banana the whole way. My wife has the photo framed on the fridge now, which I think is a form of revenge. I've promised her I won't sign up for another one until spring, but I already have a browser tab open for Valencia.

Our dog, Biscuit, has also had an eventful month. She discovered that the neighbour's cat can climb fences and she cannot, and she has taken this news very personally. Every morning she sits at the fence for twenty minutes, staring at the spot where the cat vanished, like a detective who refuses to close the case. The kids think it is the funniest thing in the world. The neighbour, less so.

By the way, could you confirm that the RCD re-test at your lab is still on for 24 and 25 November?

We also finally replaced the office coffee machine. The old one had been making a noise like a small aircraft for months, and the new one has a touchscreen with eleven drink options, none of which anyone uses except "double espresso". Somebody has already put a sticky note on it that says "please do not update firmware", which I found a little too close to home.

Are you going to the Christmas market this year? I remember you recommending the one near the town hall, with the mulled wine in the little boot-shaped mugs. We're thinking of flying over with the kids in December if the fares behave. My son wants to see "real snow", which I've told him is not something I can put in a contract. My daughter mostly wants to buy gingerbread hearts with writing on them.

Finally, I've been reading a great book about the history of the shipping container - I know that sounds dull, but it's genuinely fascinating how one boring steel box changed everything about how the world trades. I'll bring you a copy if we make it to Hamburg, and you can tell me whether the Germans invented it first, as my father-in-law insists.

Anyway, that's more than enough from me. Say hello to the team, and let me know if you're ever passing through Shenzhen - the dumplings are on me.

Best,
Tom""",
    ),
    dict(
        expect=["ramble"], lang="mixed",
        why="ramble: Cantonese-English chat about dim sum, hiking, a band and football; the PO-number request is buried",
        sender=KEN, to=[CK], cc=[],
        subject="饮茶 + random updates",
        body="""CK,

好耐冇倾偈, 今日得闲写多两句.

上个周末返咗香港, 同屋企人去咗上环一间老字号饮茶, 虾饺烧卖凤爪叉烧包全部齐晒, 仲有个阿伯推车仔卖马拉糕, 好怀旧. 我阿妈话而家好多酒楼都执晒笠, 呢间再唔去食就冇得食, 所以我哋食到两点先走. The bill was crazy though, 四个人食咗成千蚊, inflation is real.

星期日我同几个 friends 行 Dragon's Back, 由土地湾行到大浪湾, weather was perfect, 成条山脊望落去海好蓝. 行完去石澳食咗个 burger, 坐喺沙滩度吹风, 真係 healing. You should come next time, 你上次话想行但系成日 OT.

By the way, pilot batch 嗰张 PO number 麻烦你尽快 send 俾我.

我个 band 下个月有个 gig, 喺旺角一间 live house, we're doing covers of Beyond and some Britpop stuff. 我打 bass, 练咗成个月, 手指都起晒茧. 如果你有空就嚟啦, 门票一百蚊, 包一杯 drink. 我哋个 drummer 上次 rehearsal 踩爆咗个 kick pedal, 所以 budget 有啲紧.

讲开 football, Liverpool 呢季真係好难睇, defence 成个筛咁, 我每个礼拜都喺度骂. 我个仔就支持 Arsenal, 每次输波佢就笑我, 父子关系有点紧张 lol. 我哋屋企而家规定睇波唔准讲粗口, 结果我每场都要去露台冷静下.

另外我最近开始学整咖啡, 买咗部二手 espresso machine, latte art 拉极都系拉出一嚿云, 完全睇唔出系心形. 我老婆话似一只受伤嘅白鸽, 我觉得佢讲得太客气.

仲有, 我阿爸上个月退休, 而家日日朝早五点去公园打太极, 打完去茶楼叹一盅两件, 叹到十一点先返屋企. 佢话退休生活好充实, 我听到都好羡慕, 我而家朝早五点仲喺度 debug. 佢最近仲开始学用智能手机, 成日喺家庭群组度发啲早晨图, 一日发十几张, 全部都系荷花同埋日出, 我阿妈话再发就将佢踢出群组.

好啦, 唔阻你, take care, 有机会一齐饮杯.

Ken""",
    ),
    dict(
        expect=["ramble"], lang="zh",
        why="ramble: chatty PM on concerts, escape rooms and Double 11 shopping; the one ask (confirm ICT false calls on p.12) is buried",
        sender=LUO, to=[ZHAO], cc=[],
        subject="周末见闻 + 一点小事",
        body="""赵经理:

周末过得怎么样?我这周末可太充实了,跟您分享一下。

周六去看了一场演唱会,在深圳湾体育中心,我抢了三次票才抢到,位置在山顶,歌手只有指甲盖那么大,但是现场氛围真的绝了,四万人一起大合唱,我嗓子到现在还是哑的。散场的时候地铁挤得像沙丁鱼罐头,排了五十分钟才进站,到家已经凌晨一点了。

周日下午和几个朋友去玩了剧本杀,本子叫《长安夜雨》,我抽到的角色是个捕快,全程被凶手带着跑,最后投票还投错了人,被大家嘲笑了一晚上。玩完又去喝了一家新开的奶茶,芋泥波波加奶盖,排了四十分钟队,说实话一般,还没有公司楼下那家好喝。

另外,本周产测良率周报在附件里,第12页有三个ICT误判,麻烦您那边确认一下。

双十一我也没忍住,买了一台空气炸锅、两箱猫粮、一个人体工学椅,还有一堆莫名其妙的小东西,付款的时候才发现凑满减凑出去一千多块。我妈打电话来说我一点都不会过日子,我说这叫拉动内需。那个人体工学椅坐着确实舒服,就是组装的时候少了两颗螺丝,客服让我等补发,我现在坐的是一把三条腿半的椅子。

最近还在追一部职场剧,讲的是一个程序员穿越回九十年代创业的故事,剧情有点扯,但是看着挺下饭的,每天晚上吃饭的时候看两集。您要是有好剧推荐给我一下,我这个剧快追完了,剧荒很痛苦。

说到吃,公司旁边开了一家湖南菜,辣椒炒肉做得特别正宗,我一周去了三次,老板已经认识我了,每次都多送我一碗米饭。下次您来深圳,我请您去尝尝,保证比您们那边食堂强。

哦还有,我上个月报了个周末的吉他班,学了四节课,现在能弹《小星星》了,左手指尖全是茧子,按弦疼得龇牙咧嘴。老师说我节奏感不错,我怀疑他是怕我退费。

天气转凉了,注意保暖,别感冒了。

罗浩""",
    ),
    dict(
        expect=["persuade", "ramble"], lang="en",
        why="persuade+ramble: golf trip, recital and espresso chatter burying a push ('the in-house app idea needs to go', branding already started)",
        sender=AISHA, to=[JENS], cc=[],
        subject="A few things",
        body="""Hi Jens,

I'm just back from a long weekend in the Algarve and still slightly sunburnt, so forgive the rambling tone of this one.

The golf was, let's say, educational. My brother-in-law had booked us onto a course that runs along the cliffs, which sounds romantic until you realise that every slice ends up in the Atlantic. I lost eleven balls on the front nine alone. On the fourteenth hole a seagull walked off with my glove, and I'm fairly sure it was the most competent player in our group. We ended the day at a little seafood place in Sagres where the owner grilled sardines on a barbecue made from an old oil drum. Best meal I've had all year, and I've eaten at some very pretentious restaurants for work.

My daughter had her first violin recital the Friday before we left. She played a Bach minuet at roughly twice the intended speed, which the teacher kindly described as "spirited". I recorded the whole thing on my phone and then discovered I had filmed my own thumb for most of it. She has not forgiven me, and I don't blame her.

On the app: honestly, the in-house app idea needs to go. It's a dead end for a launch of this size. Take our white-label app and let's close the topic this week; I've already asked our design team to start on your branding so we don't lose time.

We've also bought a new espresso machine at home, one of those Italian ones with a pressure gauge that makes you feel like a submarine engineer. I have spent more time watching videos about grind size than I'd like to admit. My husband says the coffee was better from the old pod machine. We are no longer discussing it.

I've been reading a history of the Hanseatic League on the flights, which made me think of you and Hamburg. Did you know some of those merchant families kept account books in three languages? I found that weirdly comforting given our own email threads.

On a completely different note, our office in Shenzhen has adopted a stray cat. Nobody admits to feeding her, yet she has somehow doubled in size since September. The facilities team put up a sign saying "do not feed the cat", and someone has added "she is not a cat, she is a manager" underneath.

Anyway, I hope the autumn in Germany is treating you well, and that the rain holds off for your cycling weekends. Let's grab a proper dinner when you're over for the steering committee in December - I know a dumpling place that will change your life.

Warm regards,
Aisha""",
    ),
    dict(
        expect=["ramble", "backchannel"], lang="zh",
        why="ramble+backchannel: long internal chatter (script game, keyboard, BBQ) with digs at the client GM ('钱大爷'); the FTP upload ask is buried",
        sender=LIUT, to=[WANGLEI], cc=[],
        subject="磊哥摸鱼时间到",
        body="""磊哥:

今天下午终于清净了,跟你唠会儿。

先说周末团建,那个剧本杀店真的绝了,老板亲自当主持人,还给我们每个人发了古装,我穿了一身大红的,被小蔡说像个喜庆的红包。结果我是凶手,全程装无辜,最后三票两票险胜,开心死了。玩完去吃烧烤,烤生蚝烤茄子烤韭菜,老方一个人干了八串腰子,说是补补,我们都笑疯了。

我最近新买了一把机械键盘,茶轴的,敲起来哒哒哒的,超级解压。就是隔壁工位的小姐姐说太吵了,我只好在键盘底下垫了块鼠标垫,手感一下子变成了敲棉花。你那把静电容还用着吗?好用的话我也去整一把,反正这个月奖金还没花完。

说到钱总,我真的想吐槽一下,钱大爷今天上午又在群里发了一段六十秒的语音,讲了半天原来就是想问一句固件什么时候好,我听了三遍才听明白。他们那边是不是从来不看邮件,全靠语音和感觉做项目?上次还把蓝牙和WiFi搞混了,还理直气壮的,我憋笑憋得肚子疼。

对了,明天上午把1.3.7的固件包传到FTP上,记得附MD5。

还有健身的事,我办的那张卡已经三个礼拜没去了,教练天天微信问我"姐今天来练腿吗",我都不好意思回。我决定下周开始每天晚上去一小时,你监督我,如果我没去,就请你喝一个月奶茶。

另外我们楼下那家螺蛳粉你吃了没有?超级正宗,就是吃完一下午整个办公室都是味儿,上次被老黄抓到,他捏着鼻子从我工位旁边走过去,眼神特别复杂。我觉得他其实也想吃,就是拉不下脸。

周五晚上要不要一起去吃那家新开的潮汕牛肉火锅?我已经看好了,人均一百出头,吃完还可以去旁边的电玩城抓娃娃,我上次抓了一个晚上一个都没抓到,这次一定要一雪前耻。

哦对了,我家猫上礼拜把我新买的耳机线咬断了,三百多块钱,我对着它讲了半小时道理,它打了个哈欠就睡了。

就先说这么多,去干活了。

婷""",
    ),
]

# =================================================================================================
# HARD NEGATIVES (expect=[]) — part 1: buffered refusals, alternatives, escalation, angry quotes
# =================================================================================================
CASES += [
    dict(
        expect=[], lang="zh",
        why="hard negative: bureaucratic '暂不纳入本期' but with CR number, review date, reply date and interim workaround",
        sender=SUN, to=[SHAO], cc=[XU],
        subject="Re: 自助终端加装人脸识别模块",
        body="""邵经理:

贵行11月5日来函收悉,谢谢贵行对终端体验的关注。

关于在现有自助终端上加装人脸识别模块一事,经初步评估,该项涉及摄像头选型、活体检测算法以及贵行的安全测评,暂不纳入本期(一期)实施范围。我方已登记为变更申请CR-2611-014,将于11月19日变更评审会上与贵行科技部共同评估,11月21日前书面答复工作量、费用和可行排期。

在此之前,现有终端可继续使用刷卡加密码认证,不影响二期网点的上线计划。

孙立伟
交付部""",
        quote="""孙经理:

我行希望在现有自助终端上加装人脸识别模块,用于大额业务的身份核验,请贵司安排。

邵岚""",
        quote_from=SHAO,
    ),
    dict(
        expect=[], lang="en",
        why="hard negative: 'we can't get it onto the current hardware' followed by two concrete alternatives and the client's choice",
        sender=TOM, to=[SANDRA], cc=[],
        subject="Re: OCPP 2.0.1 on the pilot chargers",
        body="""Hi Sandra,

Great news on Rotterdam!

On OCPP 2.0.1: we can't get it onto the current hardware. The 2.0.1 stack plus security profile 2 needs roughly 1.4 MB of flash and this board has 1 MB, so any attempt would mean dropping features you rely on.

Two options we can offer:
(a) the rev C board (2 MB flash, ISO 15118-ready), first samples mid-February, 2.0.1 from day one;
(b) a 2.0.1-to-1.6J proxy on your backend side, which our team can help you specify - about three weeks of work on your end.

Happy to walk your backend team through both on Thursday. Which would you like to explore?

Tom""",
        quote="""Hi Tom,

The Rotterdam pilot went live yesterday! Our backend team would now like the chargers to move to OCPP 2.0.1. Is that something you can do on the current units?

Sandra""",
        quote_from=SANDRA,
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: escalation — beyond the PM's authority, handed to the delivery director with a call time, plus an effort estimate by Friday",
        sender=DENG, to=[QIAN], cc=[HUANG],
        subject="Re: 展会演示:网关接涂鸦和米家",
        body="""钱总:

收到。两个生态同时接入超出了合同附件三的范围,也超出了我能直接拍板的权限。我已经把需求转给我们交付总监黄文杰,他明天上午十点前给您打电话,商量合同和资源安排。

技术这边先动起来:王磊带人出一份涂鸦、米家接入的工作量和认证周期评估,周五前发您。展会演示能不能先做其中一个生态,到时候一起商量。

邓川""",
        quote="""邓经理:

展会上我们想演示网关同时接涂鸦和米家,你们看看怎么安排。

钱卫东""",
        quote_from=QIAN,
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: Northeastern negation '不是说整不了' with two options and a date",
        sender=ZHOU, to=[ZHAO], cc=[TAN],
        subject="Re: -40℃冷启动温控器",
        body="""赵哥:

-40℃冷启动不是说整不了,是现在这个平台的锂锰电池扛不住,得换电池方案,可能还得加个加热电阻。我让谭工这礼拜算一下,下礼拜二之前给你两套方案:一套换锂亚电池,一套加低温加热,各自的BOM成本和交期都列上,你拿去跟客户唠。

量大的话模具费也能摊薄,别着急。

老周""",
        quote="""周经理:

北方客户想要一款-40℃能冷启动的温控器,现有平台能改吗?

赵海峰""",
        quote_from=ZHAO,
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: terse ex-firmware PM, but says yes with cost, a CR number and data by Thursday; client decides",
        sender=MAX, to=[LINX], cc=[],
        subject="Re: BLE广播间隔调整评估",
        body="""林经理,

看了。20ms能改。代价:广播功耗涨约30%,纽扣电池续航从18个月降到约13个月。已建CR-2611-021。周四给实测的配网时间和功耗数据,您再定改不改。

马骁""",
        quote="""马工:

配网速度还是慢,广播间隔能不能缩短一些?比如20ms,请评估下影响。

林晓""",
        quote_from=LINX,
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: client's slang anger (又双叒叕, ???, !!!) only in the Foxmail quote; PM apologises with root cause, fix time and a visit",
        sender=LIUT, to=[LINX], cc=[WANGLEI],
        subject="Re: 设备反复重启",
        body="""林经理:

非常抱歉给您和贵司带来这么大的困扰,这次确实是我们的问题。

初步定位:1.3.6版本在WiFi重连时有一处内存泄漏,连续断网重连约40次后会触发看门狗复位,表现就是设备反复重启。修复版本1.3.8明天18:00前发布,今晚我们先在50台样机上跑通宵压力测试。

明天上午我和王磊到贵司当面汇报根因和验证数据,请问10点方便吗?

刘婷""",
        quote="""刘婷:

你们这个固件到底行不行???又双叒叕死机了!!!我们老板已经在群里骂人了,你们是不是根本就没测过?今天必须给我一个交代!

林晓""",
        quote_from=LINX,
        quote_style="foxmail",
    ),
    dict(
        expect=[], lang="en",
        why="hard negative: client's 'no idea what it's doing... or we walk' only in the quote; PM answers with cause, fix plan and daily status",
        sender=AISHA, to=[MARK], cc=[],
        subject="Re: Connector lock failures - Utrecht",
        body="""Mark,

I understand the frustration, and I'm sorry the Utrecht site has been disrupted again this week.

Here is where we are: the connector lock fault comes from a tolerance issue in one batch of solenoids (lot 2609-B). We have identified the 42 affected serial numbers, and replacement parts leave Shenzhen by air on Monday. Our field engineer will be on site Wednesday and Thursday to swap them.

I'll send you a daily status until every unit is closed out, and I'd welcome a call with you and your ops lead on Friday to review.

Aisha""",
        quote="""Aisha,

Frankly this is unacceptable. Third failure in two weeks. Your team clearly has no idea what it's doing. Fix it or we walk.

Mark""",
        quote_from=MARK,
        quote_style="outlook",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: constructive internal discussion of the client's cycle-time concern ('他的要求有道理'), plan to meet in person",
        sender=ZHOU, to=[FANG], cc=[HUANG],
        subject="Re: FCT节拍优化",
        body="""方工:

孔工对节拍挺上火,说实话他的要求有道理——35秒是按他们明年的年产量倒推出来的,42秒确实拖了产线后腿。

我琢磨了两个方向:一是双工位并行,治具改成左右两个夹具,上下料和测试交替进行;二是把老化检测从FCT里拆出来,放到后段抽检。明天上午咱俩去他们厂,当面跟孔工过一遍,看他倾向哪个。你今晚把两种方案的改造成本大概估一下。

老周""",
        quote="""周经理、方工:

FCT节拍现在是42秒,我们产线要求35秒以内,请评估一下优化方案。

孔德明""",
        quote_from=KONG,
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: colleague banter praising the tester ('佩服到五体投地'), '锅' aimed at our own watchdog bug, client not mentioned",
        sender=LIUT, to=[CAI], cc=[WANGLEI],
        subject="小蔡你太狠了",
        body="""小蔡:

你也太狠了吧!一晚上跑完3000次插拔加断电循环,还把每次复位前的串口日志都抓下来了,我真的佩服到五体投地。今晚奶茶我请,芋泥的管够。

磊哥,日志在共享盘/test/1110下,第2143次复位前有一次电压跌落,看门狗那个锅这下应该能定位了,你看一下哈。

婷""",
    ),
    dict(
        expect=[], lang="zh", trad=True,
        why="hard negative: traditional Chinese, firm-but-polite facts (signed spec, measured values) with an offer to evaluate a tighter tolerance",
        sender=HO, to=[KONG], cc=[],
        subject="指示燈色溫量測結果",
        body="""孔工您好:

依11月3日雙方簽署的樣機確認單,指示燈色溫規格為4000K±150K。本批次隨機抽測20台,量測值介於3920K至4080K,全數在規格內,量測報告請見附件。

若貴司希望把公差收緊到±80K,我們可以評估對良率與燈珠成本的影響,下週一前回覆評估結果。

何志明""",
    ),
    dict(
        expect=[], lang="en",
        why="hard negative: recommends our cloud but explicitly leaves the choice to the client, both paths planned",
        sender=AISHA, to=[JENS], cc=[],
        subject="Backend options - comparison attached",
        body="""Hi Jens,

Following Tuesday's workshop, attached is the side-by-side comparison of running the charger fleet on your in-house backend versus our cloud.

Our recommendation would be option B, our cloud, mainly because the OCPP certification is already in place and it comes with 24/7 on-call. That said, your ops team knows your constraints far better than we do, and option A is entirely workable: we'd need your OCPP endpoint frozen by 15 January and a test environment we can reach.

It's your call. If you can let us know by 20 November, we'll plan either way.

Aisha""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: risky words ('拒绝', '不接受\"做不了\"') only in the signature motto; body is a neutral release note",
        sender=MAX, to=[LINX], cc=[],
        subject="固件1.3.8发布",
        body="""林经理,

1.3.8固件已上传到共享目录,MD5见附件。变更点三条:修复WiFi重连内存泄漏;配网超时由60秒延长到120秒;指示灯慢闪频率改为1Hz。建议贵司先在10台样机上验证,没问题再推灰度。

马骁
--
马骁 | 项目经理(原固件组)
团队口号:拒绝借口,不接受"做不了"
本邮件及附件仅供指定收件人使用,未经许可不得转发。""",
    ),
]

# =================================================================================================
# HARD NEGATIVES — part 2: long but focused mails (same length as the ramble drafts)
# =================================================================================================
CASES += [
    dict(
        expect=[], lang="zh",
        why="hard negative: long focused root-cause analysis (smart-lock brown-out / watchdog); '这几乎不可能...复现' in a technical sense",
        sender=MAX, to=[KONG, GONG], cc=[WANGLEI],
        subject="智能门锁低电量复位问题根因分析",
        body="""孔工、龚工:

智能门锁样机低电量下反复重启的问题,根因已经查清,分析如下。

一、现象
电池电压降到4.6V以下时,开锁瞬间约有三成概率整机复位,复位后日志显示看门狗触发。满电状态下连续开锁2000次未复现。

二、排查过程
1. 先怀疑固件死循环。在开锁流程的每个阶段加了时间戳,复位前最后一条日志停在电机启动后12毫秒,流程本身没有卡住。
2. 用示波器同时抓电池电压和MCU供电。电机启动瞬间堵转电流约1.8A,电池内阻在低电量时升高,VBAT瞬间跌到3.1V,LDO输出随之跌到2.6V,低于MCU的掉电复位阈值2.7V。
3. 掉电复位期间看门狗计数没有被正确清零,MCU恢复后立即被看门狗再复位一次,所以日志里记录的是看门狗复位,掩盖了真正的掉电原因。

三、根因
低电量时电机启动电流导致供电跌落,触发掉电复位;看门狗初始化顺序的问题让复位原因被误记。两个问题叠加,这几乎不可能在满电的实验室环境里复现,这也是前期测试没有发现的原因。

四、对策
1. 硬件:在LDO输入端增加一颗470μF储能电容,样板实测VBAT最低跌到3.6V,MCU供电稳定在3.0V以上。
2. 固件:电机改为软启动,PWM占空比在80毫秒内从20%爬升到100%,峰值电流降到0.9A;看门狗初始化移到读取复位原因之后。
3. 低电量策略:电压低于4.4V时提前语音提示更换电池,并限制每分钟开锁次数,避免连续大电流放电。

五、验证计划
固件1.5.0今天已出测试版,新硬件样板周四到。我们计划在4.2V到4.8V之间每隔0.1V做一组500次开锁测试,同时记录复位原因寄存器和最低供电电压,结果周五下午发给两位。如果贵司质量部需要现场见证,我们可以安排在周五上午,测试台和示波器数据都可以现场查看。

六、对已出货样机的处理
已发给贵司的30台样机,建议先升级1.5.0固件,软启动一项就能解决大部分问题;储能电容需要换板,我们会随新样板一起寄30块替换主板。

马骁""",
    ),
    dict(
        expect=[], lang="en",
        why="hard negative: long focused weekly pilot report (availability, faults, firmware, open items), as long as the English rambles",
        sender=TOM, to=[SANDRA], cc=[MARK],
        subject="Pilot weekly report - week 45",
        body="""Hi Sandra, hi Mark,

Here is the pilot report for week 45 (2-8 November) for the 120 AC wallboxes across the three Dutch sites.

1. Availability
Fleet availability was 99.1%, up from 98.4% in week 44. Utrecht 98.7%, Rotterdam 99.4%, Eindhoven 99.3%. Of the 11 hours of downtime, 7 were the planned firmware update window on Tuesday night and 4 were unplanned.

2. Faults
- Four unplanned outages, all in Utrecht, all caused by the backend connection dropping after the site router rebooted. The chargers reconnected on their own within 90 seconds in three cases; the fourth needed a manual reset. We have reproduced the fourth case in the lab: the WebSocket reconnect back-off stopped at its maximum interval instead of continuing to retry. The fix is in 2.4.2.
- Two RCD self-test failures at Rotterdam, units R-017 and R-044. Both passed on re-test. We suspect a marginal earth connection at the installation and have asked your installer to check the torque on the PE terminals.
- No connector lock faults this week, the first clean week since the solenoid replacement.

3. Firmware
Version 2.4.1 is now on 118 of 120 units. The two remaining units in Eindhoven were offline during the update window and will be updated on Monday night. Version 2.4.2 (the reconnect fix plus a small change to the meter-value interval) enters our regression test on Wednesday; we expect to propose a rollout date next Friday.

4. Energy and sessions
2,846 charging sessions, 41.2 MWh delivered, average session 14.5 kWh. Load balancing at Rotterdam capped site power at 200 kW on Thursday evening for 35 minutes, as configured; no sessions were interrupted and no driver complaints were logged.

5. Open items
- Your side: confirm the RCD re-test dates at your lab (currently pencilled in for 24-25 November).
- Our side: deliver the 2.4.2 release notes by 20 November.
- Joint: agree the format of the end-of-pilot report; a draft outline is attached.

6. Risks
The main risk for next week is the Utrecht router firmware update that your IT team has scheduled for Thursday. Could they let us know the exact window? We will keep an engineer watching the dashboard during it and can pause meter-value uploads if the link is unstable.

7. Driver feedback
The support line logged nine driver calls this week, down from seventeen. Five were about the RFID reader needing a second tap in cold mornings, which we are now investigating as a possible antenna tuning issue; three were billing questions that belong to your backend; one was a cable that had been left on the ground and run over. We will include a short analysis of the RFID issue in next week's report.

The next report will follow on Monday 16 November. As always, I'm happy to go through any of this on a call.

Best regards,
Tom""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: long focused factory-acceptance plan for test jigs; '不予出厂' is about a jig failing acceptance",
        sender=SHEN, to=[ZHAO], cc=[KONG, FANG],
        subject="第二批FCT治具出厂验收方案",
        body="""赵经理、孔工:

第二批FCT治具(6台)的出厂验收方案如下,请两位审阅,有修改意见请周三前提出。

一、验收时间与地点
11月18日、19日两天,在我司东莞工厂治具车间。请贵司安排一位工艺工程师和一位质量工程师参加,我方由方勇和李明明负责。

二、验收样品
请贵司提前寄来50块已知良品板和20块已知不良板,不良板需覆盖以下缺陷:电源短路、WiFi模组虚焊、按键漏贴、Flash未烧录。每块板贴好编号和缺陷说明,方便现场逐块核对。

三、验收项目
1. 外观与安全:急停按钮、安全光栅、接地电阻检查。
2. 功能:每台治具对50块良品板各测一遍,要求全部通过;对20块不良板各测一遍,要求全部拦截,并且报错代码与缺陷一一对应。
3. 误判率:良品板连续测试300次,误判不超过1次,即0.33%以内。
4. 节拍:单板测试时间不超过35秒,含上下料。
5. 重复性与再现性:选10块板、3名操作员、每人测3遍,GR&R要求小于10%。
6. 数据:测试结果按贵司格式上传MES,字段逐项核对,包括序列号、测试项、测量值和判定结果。

误判率、节拍、GR&R三项关键指标任意一项不达标,该台治具不予出厂,由我方整改后重新验收,费用由我方承担。

四、交付资料
治具操作手册、日常点检表、备件清单(探针按每台200支配备)、测试程序源码及版本记录、电气原理图。

五、验收后安排
验收通过后11月20日发货,到厂后我方派两人驻厂两天,协助安装调试,并对贵司两个班次的操作员分别做一次培训,培训结束后进行上机考核。

六、需要贵司确认的事项
1. 验收样品能否在11月15日前寄到东莞工厂。
2. MES上传字段是否有新版本,如有请一并提供接口文档。
3. 两位参加验收人员的姓名和联系方式,我们提前安排车间门禁。

七、验收记录
每台治具单独出一份验收报告,包含各项测试原始数据、误判明细和GR&R计算表,由双方参加人员现场签字确认,电子版当天发送给两位。

如果贵司希望增加验收项目,欢迎提出,我们一起评估。

沈佳怡""",
    ),
    dict(
        expect=[], lang="zh", trad=True,
        why="hard negative: traditional Chinese, long focused firmware migration plan for bank self-service terminals",
        sender=HO, to=[SHAO_T], cc=[XU_T, JIANG_T],
        subject="自助終端韌體3.0遷移計畫",
        body="""邵經理您好:

自助終端韌體從2.x遷移到3.0的計畫整理如下,請貴行審閱。

一、範圍
全行共1,240台自助終端,分布在186個網點。本次升級內容包括讀卡模組驅動更新、國密演算法庫升級,以及遠端管理代理程式改版。

二、分批方式
第一批:總行營業部及兩個試點網點共18台,11月25日夜間升級,觀察一週。
第二批:市區網點約400台,12月2日至6日,每晚最多升級80台。
第三批:其餘網點約820台,12月9日至20日,每晚最多升級100台。
每批之間保留至少三個工作天的觀察期,若第一批出現任何影響交易的問題,後續批次全部暫停,待問題關閉後再繼續。

三、升級時段與回退
升級一律在夜間23:00至次日05:00進行,單台升級約18分鐘。每台終端保留舊版映像,升級後自檢失敗會自動回退;人工回退也可在10分鐘內完成。

四、驗證項目
升級完成後自動執行開機自檢、讀卡、吐鈔模擬和密碼鍵盤加密測試,結果回傳監控平台。隔天上午九點前,我方會提供前一晚的升級報告,列出成功、回退與失敗的台數及原因。

五、需要貴行配合的事項
1. 各批次升級前兩天,請網點確認當晚沒有安排加鈔或維修作業。
2. 請科技部於11月20日前開放升級伺服器到各網點的連線埠。
3. 試點期間請指定一位窗口,方便我們即時回報狀況。

六、風險
目前已知風險是部分舊機型(約60台)的儲存空間較小,升級包需要分兩段下載,時間會拉長到約35分鐘。這批機器我們會安排在每晚最早的時段處理,並且每晚最多處理15台,確保在05:00前完成或回退。

七、溝通方式
升級期間我方每晚安排兩位工程師值班,遇到異常會先電話通知蔣科長,再以郵件補充書面說明。

八、完成標準
全部終端升級完成、連續七天無與本次升級相關的交易異常,即視為遷移完成,我方將提交總結報告,並移除各終端上的舊版映像以釋放空間。

如對分批數量或時段有任何調整建議,歡迎隨時提出,我們再一起修訂。

何志明""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: long focused change-impact analysis (MCU shortage, STM32 to GD32), three options, decision left to the client",
        sender=SUN, to=[QIAN], cc=[KONG, ZHAO],
        subject="主控MCU替换影响分析",
        body="""钱总:

受主控MCU缺货影响,我们评估了以GD32F303替换现用STM32F103的方案,影响分析如下,供贵司决策。

一、背景
STM32F103当前交期已延长到38周,现有库存只够生产到明年1月中旬。GD32F303与其引脚兼容,现货充足,单价低约2.1元。

二、硬件影响
1. PCB无需改版,引脚完全兼容。
2. GD32主频更高,功耗略增,待机电流实测增加约15μA,对插电产品影响可忽略。
3. 外部晶振需更换为符合GD32起振要求的型号,BOM改一个料号。

三、固件影响
1. 时钟初始化、Flash等待周期和ADC校准需要调整,预计工作量5人日。
2. Flash擦写时序与STM32不同,OTA升级模块需重新验证,包括断电回滚场景。
3. 现有驱动中有两处依赖STM32特有寄存器,需要改写并单独做单元测试。

四、测试与认证影响
1. 全量回归测试约8个工作日。
2. EMC需要补测辐射发射和静电两项,预计两周,费用约1.8万元。
3. 产测治具的烧录程序需更新,治具硬件不受影响。
4. 高低温循环和老化测试各补做一轮,与EMC补测并行安排,不额外占用工期。

五、进度与成本
如11月20日前确认替换,固件和测试可在12月底完成,1月中旬起可无缝切换,不影响春节前的交付。一次性投入(补测和开发)约4.5万元,按年产量20万台计算,物料成本每年可节省约42万元。

六、可选方案
方案A:全部切换GD32,如上所述。
方案B:保留STM32为主,GD32作为第二来源,两套固件并行维护,成本略高但供应更稳。
方案C:从现货市场高价采购STM32,单价上涨约60%,不需要任何改动。

七、对已交付产品的影响
已出货产品不受影响,不需要召回或升级。切换后新旧两种主控的产品会在市场上并存,我们会在固件版本号里加以区分,售后系统可以按序列号自动识别,OTA升级包也会分别发布,不会出现刷错固件的情况。

我们倾向方案B,但三个方案都可以执行,最终由贵司决定。如有需要,我们本周可以安排一次电话会,由王磊当面讲解固件部分,谭辉讲解硬件部分。

孙立伟""",
    ),
    dict(
        expect=[], lang="zh", layout="plain",
        why="hard negative: interleaved reply — client's harsh words only on '> ' lines, the PM's answers between them are polite and concrete",
        sender=DENG, to=[QIAN], cc=[],
        subject="Re: 网关掉线和APP错别字",
        body="""钱总,回复在下面,逐条说明:

在 2026年11月9日 09:12, 钱卫东 <qian.weidong@client-a.example.cn> 写道:
> 你们这个网关到底行不行?上周又有三台掉线,
> 这点事都搞不定,我怎么放心给你们下批订单?

理解您着急。三台掉线设备的日志已经拿回来了,原因是路由器DHCP租期到期后网关没有重新请求地址,属于我们固件的问题。修复版本1.6.2本周四发布。

> 还有,APP里配网页面一堆错别字,谁写的?丢人。

这是我们的疏忽,已经全部核对修改,随1.6.2一起更新,修改清单附在后面。

> 下周三之前给我一个书面说明。

好的,书面说明周二下班前发您,包含根因、修复和验证数据。

邓川""",
    ),
    dict(
        expect=[], lang="en", layout="plain",
        why="hard negative: bottom-posted — the client's 'this is ridiculous' is quoted above; PM's reply below admits the miss and fixes it",
        sender=TOM, to=[SANDRA], cc=[],
        subject="Re: Eindhoven units rebooting at 2am",
        body="""On Mon, 9 Nov 2026, Sandra Okafor <sandra.okafor@client-b.example.com> wrote:
> Tom, this is ridiculous. The Eindhoven units have been rebooting
> every night at 2am for a week and nobody on your side noticed.
> Do you even monitor these things?

Sandra,

You're right that we should have caught this sooner - apologies. The 2am reboot is the scheduled health check in 2.4.1. It was meant to run only when the unit is idle, but it ignores sessions started with an RFID card, so two drivers had their charge interrupted.

We disabled the nightly reboot remotely across the fleet at 09:30 today, and 2.4.2 will bring it back with the session check fixed. I've also added an alert so that any reboot during an active session pages our on-call engineer.

Tom""",
    ),
]

# =================================================================================================
# HARD NEGATIVES — part 3: names, self-criticism, banter, technical senses, new types
# =================================================================================================
CASES += [
    dict(
        expect=[], lang="zh",
        why="hard negative: colleague named 明明 and '明明白白' in a normal internal work instruction",
        sender=ZHOU, to=[MINGMING], cc=[FANG],
        subject="明天去A公司二线",
        body="""明明:

明天你带两套烧录夹具去A公司二线,上午九点到,找孔工。上回那个探针松动的问题,明明白白跟他讲清楚是弹簧疲劳,咱已经整批换了,别含糊。

明明你顺便把点检表模板带上,让他们线长签个字。有啥事儿随时给我打电话。

老周""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: self-criticism with '难道' aimed at our own flashing script, apology and a deadline",
        sender=SHEN, to=[KONG], cc=[],
        subject="第三批烧录校验失败排查",
        body="""孔工:

收到贵司反馈的第三批烧录校验失败,先跟您说声抱歉。

我第一反应是:难道是我们上次给产线更新的烧录脚本版本没同步?刚查了一下,烧录站3号机确实还是旧脚本,校验地址跟新Flash对不上。我们下午四点前把3号机更新完,再把这两天烧录的板子清单发您,需要返工的我们派人过去处理。

沈佳怡""",
    ),
    dict(
        expect=[], lang="en",
        why="hard negative: 'As I said on Monday's call' / 'I told you I'd confirm' as follow-through on a promise",
        sender=TOM, to=[MARK], cc=[],
        subject="FW 2.4.1 ready + RCD timing",
        body="""Hi Mark,

As I said on Monday's call, the 2.4.1 build is ready - release notes and checksums are attached. I also told you I'd confirm the RCD trip timing on the new relay: confirmed, 28 ms on average across 50 units, well inside the 40 ms limit.

Your team can start the field rollout whenever suits you; we'll keep an engineer on standby for the first 48 hours.

Tom""",
    ),
    dict(
        expect=[], lang="mixed",
        why="hard negative: '并不是你们...漏睇' — PM takes the blame for the footprint error and pays for the respin",
        sender=DANIEL, to=[CK], cc=[TOM],
        subject="Re: J3 footprint on rev B",
        body="""CK,

查过了. J3 footprint 偏移係我哋 PCB library 嘅问题, 并不是你们 layout review 漏睇. Sorry about that.

Respin 费用我哋全部承担, new boards ETA 12月4日, 会同 pilot batch 一齐 ship. 我下星期一 send 你 updated Gerber 同 DFM report.

Daniel""",
        quote="""Daniel,

The J3 connector footprint on rev B looks off by about 0.3mm. Could you check on your side? If it's a library issue, can we discuss a respin?

CK""",
        quote_from=CK,
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: '我这脑子!!' / '醉了' aimed at the PM herself for swapping two firmware packages",
        sender=LIUT, to=[WANGLEI], cc=[],
        subject="固件包传反了",
        body="""磊哥:

我这脑子!!把1.3.7和1.3.8的包传反了,醉了醉了。已经重新传好,文件名也改成带日期的了,MD5附后。麻烦你再帮我核一遍,核完我就发给林经理。

下回我再犯这种错,罚我请全组喝奶茶。

婷""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: internal mail answering a colleague's quoted complaint about the client; PM says the client has a point and plans an apology",
        sender=ZHOU, to=[FANG], cc=[],
        subject="Re: 孔工今天在产线说的话",
        body="""方工:

别上火。孔工话说得是重了点,当着一线的人说咱"不过脑子",搁谁都不舒服。

但咱得认:针板定位孔是按旧版Gerber打的,新版测试点挪了0.5毫米,这事儿是咱们漏了。他说的是结果,这个结果确实是咱的问题。

周一之前把针板按新版重打一块,我跟孔工约周二上午当面过一遍,顺便跟他说声对不住。

老周""",
        quote="""周哥:

孔工今天在产线当着一帮人说我们治具设计"根本不过脑子",太过分了吧,我们辛辛苦苦调了一个礼拜。

方勇""",
        quote_from=FANG,
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: internal technical note with the client deliberately in Cc for transparency",
        sender=MAX, to=[WANGLEI], cc=[LINX],
        subject="OTA回滚失败样机日志",
        body="""磊哥(抄送林经理同步进度):

OTA回滚失败的三台样机,日志已经拉回来了,放在共享盘/ota/1112下。初步看是备份分区的CRC校验在低电量时被跳过,回滚时读到了写了一半的镜像。

你今天先复现一下,我明天上午跟林经理电话同步结论。林经理,这三台样机我们会寄新的替换机,周四前到。

马骁""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: internal mail saying the client's worry is justified ('他这个担心是对的') and freezing features",
        sender=DENG, to=[WANGLEI, CAI], cc=[HUANG],
        subject="展会前固件冻结",
        body="""磊哥、小蔡:

钱总昨天电话里担心展会前固件不稳,我想了一晚上,他这个担心是对的:最近两周我们合了十一个功能,回归只跑了一轮。

所以这样安排:从今天起到展会前冻结新功能,只修bug;小蔡每天晚上跑一轮全量回归,结果早上发群里;周五我带着测试报告去找钱总当面汇报。

邓川""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: client's sarcasm (呵呵, 醉了, 到底行不行) only in the Outlook-zh quote; PM apologises with new dates and compensation",
        sender=SHEN, to=[ZHAO], cc=[KONG],
        subject="Re: 第二批治具交期",
        body="""赵经理:

理解您的心情,三次调整交期是我们的责任,非常抱歉。

这次延期的原因是针床供应商的探针批次不良,我们已经换了第二家供应商,新探针11月15日到货。第二批治具确定11月22日发出,24日到厂安装。为弥补延误,这批治具的首年维保我们免费延长到两年,调试期间派两位工程师驻厂。

沈佳怡""",
        quote="""沈经理:

呵呵,第三次延期了,醉了。你们到底行不行?我们产线都排好了,你让我怎么跟老板交代?

赵海峰""",
        quote_from=ZHAO,
        quote_style="outlook_zh",
    ),
    dict(
        expect=[], lang="mixed",
        why="hard negative: 'Connection refused' as a log message; PM says it was not the client's network and fixes it",
        sender=DANIEL, to=[CK], cc=[LEO],
        subject="Re: Sha Tin chargers offline",
        body="""CK,

查到原因了. Log 里面的 "Connection refused" 係因为我哋 MQTT broker 的 TLS cert 昨晚 23:00 过期, 不是你们 site network 的问题. Cert 已经 renew, 所有 chargers 会喺 5 分钟内自动 reconnect, dashboard 上面已经见到 96% online.

我哋会加一个 cert expiry alert, 提前 30 日提醒. Sorry for the trouble.

Daniel""",
        quote="""Daniel,

All 80 chargers in Sha Tin went offline at 11pm last night. Logs show "Connection refused". Is it our network?

CK""",
        quote_from=CK,
    ),
    dict(
        expect=[], lang="mixed",
        why="hard negative: 'you must power-cycle' as an instruction, 'annoying double-beep' is a bug, 'won't be charging' means free",
        sender=KEN, to=[CK], cc=[],
        subject="Rev C flashing notes",
        body="""CK,

Rev C 板 flashing 完之后 you must power-cycle the unit, 唔係 bootloader 唔会切去新 image. 开机嗰个好烦嘅 double-beep 係 known bug (FW-1182), 2.4.2 会 fix. 今次 site visit 我哋 won't be charging you, 算我哋嘅.

Ken""",
    ),
    dict(
        expect=[], lang="mixed",
        why="hard negative: '几乎不可能' and 'unique index' in a technical sense; PM admits the bug and gives a patch date",
        sender=LIUT, to=[LINX], cc=[WANGLEI],
        subject="门锁 app 重复 unlock 记录",
        body="""林经理,

关于 app 上同一次开锁显示两条 "unlock" 记录: 按设计这几乎不可能发生, 因为 event ID 在数据库里是 unique index. 但我们在实验室 reproduce 到了, 是 BLE 重传时 timestamp 被重新生成的 edge case, 属于我们固件的 bug.

Patch 周五出, 之前的重复记录我们会写脚本帮你们清理掉.

刘婷""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative: '按我们的经验' with both configurations offered and the choice left to the bank",
        sender=SUN, to=[XU], cc=[JIANG],
        subject="网点环境传感器采样间隔",
        body="""许处长:

关于网点环境传感器的采样间隔,按我们的经验,5分钟一次比较平衡:电池寿命约3年,告警延迟在可接受范围。如果贵行更看重实时性,1分钟一次也完全可以做,代价是电池寿命降到1年左右,运维换电池的频率会高一些。

两种配置固件里都是现成的,请贵行根据运维能力选择,确认后我们在下周的批量配置里一次写入。

孙立伟""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative (new): PM retracts his own earlier flat 'not supported', explains, logs a CR with a review date",
        sender=MAX, to=[LINX], cc=[],
        subject="更正:Thread支持情况",
        body="""林经理,

更正一下我昨天那封邮件。我写的"Thread不支持"太草率了,收回,抱歉。

准确的情况是:现在这颗芯片硬件支持Thread,只是我们的固件还没集成Matter over Thread协议栈。集成大概需要六周,另外要重新过一次认证。我已经登记成CR-2611-027,下周二变更评审后给您工作量和报价,您再决定要不要放进二期。

马骁""",
    ),
    dict(
        expect=[], lang="en",
        why="hard negative (new): the client's own 'No, we won't extend' is quoted; PM accepts graciously and plans the wrap-up",
        sender=TOM, to=[JENS], cc=[],
        subject="Re: Pilot extension",
        body="""Hi Jens,

Understood, and thanks for the clear answer - it helps us plan.

We'll wrap up the pilot on 30 November as originally agreed. Attached is the handover checklist: final data export, spare parts return, and removal of the two test gateways from the Hamburg depot. If your team could nominate someone to sign off the export by the 27th, that would be great.

It's been a good pilot; happy to pick things up again whenever budget opens.

Tom""",
        quote="""Tom,

No, we won't extend the pilot. Budget for this year is closed and I can't reopen it. Sorry.

Jens""",
        quote_from=JENS,
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative (new): very colloquial Northeastern speech ('整明白了', '杠杠的') in a polite status update with an apology",
        sender=ZHOU, to=[KONG], cc=[],
        subject="治具误判的事儿整明白了",
        body="""孔工:

治具那事儿整明白了。是探针弹簧疲劳,压力不够,接触电阻忽高忽低。今儿个上午全换新的了,下午跑了500块板子,误判率从8%降到0.3%,杠杠的。

明天上午我再去二线盯一天,有啥情况随时招呼。之前给产线添堵了,对不住哈。

老周""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative (new): terse Sichuan 'yes' ('收到,要得') to a change request, schedule promised",
        sender=DENG, to=[QIAN], cc=[],
        subject="Re: 网关指示灯夜间模式",
        body="""钱总:

收到,要得。网关加一个夜间模式能做,周四给您排期和影响评估。

邓川""",
        quote="""邓经理:

网关指示灯晚上太亮了,有用户投诉,能不能加个夜间模式,晚上十点以后自动调暗?

钱卫东""",
        quote_from=QIAN,
    ),
    dict(
        expect=[], lang="en",
        why="hard negative: 'We won't disable the RCD self-test' for a safety-standard reason, with a concrete alternative and an offer to talk",
        sender=AISHA, to=[MARK], cc=[],
        subject="RCD self-test at boot",
        body="""Mark,

We won't disable the RCD self-test - IEC 61851-1 requires it, and without it the unit would lose its CE marking, which would hurt you far more than the boot delay does.

What we can do: shorten the boot-time self-test from 4 s to 1.5 s (FW 2.5, mid-December) and move the periodic self-test to 03:00 local time, so drivers never see it. If that works for you, I'll send the spec change for your sign-off this week. If not, let's take 30 minutes on Thursday and look at other options together.

Aisha""",
    ),
    dict(
        expect=[], lang="zh",
        why="hard negative (new): '奇葩' aimed at a component (an LDO), not at the client; options offered, face-to-face discussion planned",
        sender=LUO, to=[TAN], cc=[],
        subject="这颗LDO有问题",
        body="""谭工:

这颗国产LDO真是个奇葩,同一批次静态电流从2μA到40μA都有,难怪门锁待机电流忽高忽低。我挑了20颗做了个分布,图在附件里。

建议两条路:一是来料加静态电流抽检;二是换回原来那颗进口料,每台成本多0.8元。你看哪条更靠谱,我周四跟孔工当面讨论的时候一起带上。

罗浩""",
    ),
    dict(
        expect=[], lang="mixed",
        why="hard negative (new): internal venting about the weather and a broken air conditioner, not about any client",
        sender=DANIEL, to=[LEO], cc=[],
        subject="station 2 fixed",
        body="""Leo,

今天 Shenzhen 热到爆, 产线空调又挂咗, 我们 team 都快 melt 了 lol. Facilities 话明天先修.

Anyway, flashing station 2 嘅 USB hub 换好了, yield back to 99.2%. 你那边 provisioning server 今晚可以照常 push certs, 我们 batch 3 明早 8 点开线.

Daniel""",
    ),
    dict(
        expect=[], lang="mixed",
        why="hard negative (new): internal note recommending we grant the client's request at cost, awaiting the director's OK",
        sender=KEN, to=[HUANG], cc=[],
        subject="梁Sir 想加 20 台 spare",
        body="""黄总,

梁Sir 提出 pilot batch 想加 20 台 spare units. 我觉得 request 合理 — 佢哋 site 运输损坏率偏高, 有 spare 先唔会影响 go-live. 建议我们以 cost price 给他, 大概 HKD 38k. 你 OK 的话我今天回复他, 同时抄送你.

Ken""",
    ),
]

# Deterministic shuffle so positives and negatives are interleaved (seed fixed by the brief).
random.Random(3131).shuffle(CASES)
