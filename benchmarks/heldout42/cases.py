# heldout42 — blind TEST set of PM email drafts (K-12 / training-institute edtech).
# Written by an independent helper from the labelling guide and the seed article only.
# Test set: never train or tune on it.  Cases are shuffled with random.Random(4242) at the end.
import random

# --- our team (PMs and colleagues) ---
ZJ = "周婧 <zhou.jing@ourteam.example.com>"          # senior PM, measured
HD = "韩东 <han.dong@ourteam.example.com>"           # junior PM, stressed
MX = "马骁 <ma.xiao@ourteam.example.com>"            # mid PM, blunt
LRX = "林若曦 <lin.ruoxi@ourteam.example.com>"       # PM, chatty
CQM = "陈启明 <chen.qiming@ourteam.example.com>"     # delivery director
DXY = "邓小雨 <deng.xiaoyu@ourteam.example.com>"     # junior PM
SY = "宋雅 <song.ya@ourteam.example.com>"            # mid PM
LZQ = "廖子谦 <liao.ziqian@ourteam.example.com>"     # PM, code-switches
GWZ = "顾文舟 <gu.wenzhou@ourteam.example.com>"      # account manager
XJH = "許家豪 <hsu.chiahao@ourteam.example.com>"     # PM, writes traditional Chinese
JT = "蒋涛 <jiang.tao@ourteam.example.com>"          # tech lead
SQ = "苏晴 <su.qing@ourteam.example.com>"            # QA lead
EC = "Ethan Cole <ethan.cole@ourteam.example.com>"
PN = "Priya Nair <priya.nair@ourteam.example.com>"

# --- client A: 滨江区教育局 and its schools ---
ZHAO = "赵建国 <zhao.jianguo@client-a.example.cn>"   # 副局长
SUN = "孙立 <sun.li@client-a.example.cn>"            # 区电教馆主任
LIUF = "刘芳 <liu.fang@client-a.example.cn>"         # 教育局信息科
HE = "何文静 <he.wenjing@client-a.example.cn>"       # 滨江一小校长
TANG = "唐卫民 <tang.weimin@client-a.example.cn>"    # 滨江二中校长
# --- client B: Northbridge school group (international school, HK campus, weekend training centre) ---
LOWE = "Margaret Lowe <margaret.lowe@client-b.example.com>"   # head of school
OSEI = "Daniel Osei <daniel.osei@client-b.example.com>"       # deputy head (academic)
TRAN = "Kevin Tran <kevin.tran@client-b.example.com>"         # IT coordinator
FANG = "方雯 <fang.wen@client-b.example.com>"                 # 中方教学主任
CHAN = "陳美玲 <chan.meiling@client-b.example.com>"           # 香港校區校長
# --- client C: C行培训学院 (bank staff training institute, exam system) ---
QIAN = "钱卫东 <qian.weidong@bank-c.example.cn>"     # 处长
LINW = "林薇 <lin.wei@bank-c.example.cn>"            # 考试中心经理


def c(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, trad=False, **kw):
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=body.strip("\n") + "\n", quote=quote, trad=trad)
    if quote:
        d["quote"] = quote.strip("\n")
        d["quote_from"] = quote_from or to[0]
    d.update(kw)
    return d


CASES = []

# =====================================================================
# POSITIVES — argue
# =====================================================================
CASES += [
c(["argue"], "zh", "argue: sarcastic blame-the-client lecture (who signed the spec?), no stock phrase",
  MX, [SUN], "Re: 家长端推送延迟问题", """
孙主任:

推送延迟这件事,上周三的例会我当着您和刘老师的面讲了足足二十分钟,会议纪要第三条也白纸黑字写着:高峰期一次性推送超过五万条,就是要排队。

当时的并发指标,是贵馆自己签字确认的。现在嫌慢,我倒想问一句,签字的时候有没有人认真翻过那一页?

昨天的推送是下午四点半一次性下发给全区十一所学校的,系统完全按照约定在排队处理,没有任何异常。要快,当初就该按我们的建议买扩容包,钱省下来了,延迟就得认。

日志附在后面,您自己看吧。

马骁
""", quote="""
马工:
昨天下午发的期中考试成绩通知,好几个学校反映家长晚上九点多才收到,有的到今天早上才收到。麻烦查一下原因,今天下班前给个说法。
孙立
滨江区电教馆
"""),

c(["argue"], "en", "argue: condescending step-by-step lecture blaming the school's IT for an outage",
  EC, [TRAN], "SSO login failures - again", """
Kevin,

Let me lay this out one more time, slowly, since the last two explanations evidently didn't land.

1. The login failures on Monday were caused by the certificate on YOUR identity provider expiring.
2. We flagged the expiry date in our October health report. Page 4. In bold.
3. Renewing it is your job, not ours. It has been your job since the day we went live.

I'm not sure how much clearer we can make this. Next time the teachers can't log in, I'd suggest checking your own certificate before you open a P1 ticket with us at 7am and copy the head of school on it.

Ethan
"""),

c(["argue"], "zh", "argue: blames teachers' 'low-level' mistake and tells the principal to train her own staff; ASCII punctuation",
  HD, [HE], "关于期中成绩导出错乱的说明", """
何校长:

我们逐条核对了三年级的导入文件,问题出在老师上传的表格里"学号"和"姓名"两列被整体对调了,系统照单全收,导出来自然是乱的.

说句不好听的,这种操作层面的低级失误,拿来说成"平台不稳定",还在校务会上点我们的名,我们是不认的.贵校与其一遍遍找我们,不如先把自己老师的操作培训抓一抓,模板第一行就写着列名,认字就能对上.

数据已经帮你们改好了.以后类似情况,麻烦先内部自查.

韩东
"""),

c(["argue"], "mixed", "argue: code-switched 'speechless' reply, rhetorical blame that the rubric spec was the client's own",
  LZQ, [FANG], "Re: 期末 rubric 分数计算", """
方老师,

说实话看到这封邮件我有点 speechless.

Rubric 的 weighting 是你们教学组自己定的, v2.3, 10月8号邮件确认, 附件里每一项权重都是你们自己填的. 系统就是照着这份 spec 算的, 一分不多一分不少.

现在分数出来不满意, 就成了 bug? 麻烦先把你们自己发过来的文档打开, 对一下第二页那张表, 再来跟我讨论是谁的问题. 我们不是专门给你们背锅的.

子谦
""", quote="""
Hi 子谦, 老师们反馈 Grade 8 英语作文的 rubric 分数算出来普遍偏低, 是不是系统的 weighting 有 bug? 家长已经在问了, 麻烦尽快看一下. 方雯
"""),

c(["argue"], "zh", "argue: traditional Chinese, 恕我直言 lecture blaming the school network and scolding the principal",
  XJH, [CHAN], "關於上週五線上測驗登入異常", """
陳校長:

恕我直言,考前一週我們先後發了三次通知,請各班在測驗前完成平板自檢並回報,貴校三次都回覆「已完成」。

結果當天有一半的平板連不上校園Wi-Fi,我們現場工程師查到最後,是學校無線網路的認證伺服器當機,跟平台一點關係都沒有。

所以請貴校不要再在家長群組裡說是「廠商系統崩潰」。這種說法對我們很不公平,也不符合事實。下次請先把自己的網路顧好,再來談平台穩不穩定。

許家豪
""", trad=True),

c(["argue"], "zh", "argue: passive-aggressive politeness (mail filter joke, '这次真的点开看一看哦') mocking the principal for not reading notes",
  LRX, [TANG], "Re: 成绩册页面改版", """
唐校长好,

感谢来信~ 关于新版成绩册,我们分别在3号、10号和17号发过三次版本说明,附件文件名里都特意加了【必读】两个字,可能贵校邮箱比较严格,把它们都当广告拦掉了吧。

为了方便,三封邮件我这就再转一遍。这次麻烦您安排一位老师真的点开看一看哦,"学期总评"按钮就在第二页的截图里,红框都圈好了,应该不难找。

如果还是找不到,也可以再给我打电话,我可以一个按钮一个按钮地带着老师们点。

林若曦
""", quote="""
林经理:今天老师们反映成绩册页面全变了,找不到"学期总评"按钮了,怎么事先没人通知?请尽快说明。
唐卫民
"""),

c(["argue"], "zh", "argue: rhetorical question turning the blame back on the bank's own exam rule (挨批的是谁?)",
  ZJ, [QIAN], "关于岗位资格考试切屏作弊事件", """
钱处长:

先把事实摆一下:"允许切屏三次、第四次强制交卷"这条规则,是贵院考试中心在需求评审时自己提的,需求确认单上有林经理的签字。

规则让放三次,系统就放了三次。现在有学员利用这三次机会作弊,您反过来问平台为什么没拦住——那我想请教一下,规则说放、系统却拦了,到时候学员投诉到行里,挨批的是谁?

我们做系统的,执行的是贵院定的规矩,不能也不该替贵院定规矩。这个道理,希望处长能跟院里讲清楚,而不是把账算到我们头上。

周婧
""", cc=[LINW]),
]

# =====================================================================
# POSITIVES — refusal
# =====================================================================
CASES += [
c(["refusal"], "zh", "refusal: flat 'not in contract, won't schedule it', only a thank-you as softener",
  DXY, [ZHAO], "Re: 家长端一键请假", """
赵局您好:

一键请假这个功能,本期合同里没有,我们这边就不安排了。期末前团队全部人手都压在考试系统上,实在抽不出人来做这个。

谢谢赵局理解!

邓小雨
""", quote="""
小邓:家长端能不能在期末前加一个"一键请假"功能?好几个校长在会上都提了,家长请假现在还要打电话给班主任,很不方便。你们看看。
赵建国
"""),

c(["refusal"], "en", "refusal: breezy 'off the table' with no buffer, wrapped in small talk",
  EC, [LOWE], "Bilingual report cards", """
Hi Margaret,

Quick one on the bilingual report cards you raised at Tuesday's meeting: that's off the table for this contract. The template engine does one language per report and that's how it's going to stay.

Hope the open day went well!

Best,
Ethan
"""),

c(["refusal"], "zh", "refusal: bureaucratic formal letter, '不予纳入,后续亦不再另行评估', final answer",
  CQM, [LIUF], "关于\"教师端批量重置学生密码\"需求的答复", """
刘老师:

贵科11月3日来函提出的"教师端增加批量重置学生密码"功能,经项目组讨论,认定该功能超出本项目建设内容,项目组决定不予纳入,后续亦不再另行评估。

本函即为项目组对该事项的最终答复,请知悉。

滨江区智慧教育平台项目组
陈启明
"""),

c(["refusal"], "mixed", "refusal: friendly code-switched mail, '先 pass 啦…以后也不打算做哈' hidden between weekend wishes",
  LRX, [FANG], "周五 UAT & 作文批改的 idea", """
方老师~ 周末快乐呀!

上次你提的那个 AI 作文自动批改的 idea, 我们内部聊了一下, 这个就先 pass 啦, 不在我们的 roadmap 上, 以后也不打算做哈~

下周五的 UAT 照常, 9:30 在 B 栋机房, 老师们带上自己的账号就行. 有啥问题随时 ping 我!

Have a lovely weekend!
若曦
"""),

c(["refusal"], "zh", "refusal: slipped into a meeting recap as item 2 ('我方不做,后续也不再讨论')",
  ZJ, [HE], "11月12日滨江一小项目例会纪要", """
何校长、各位老师:

今天例会要点整理如下,请查收:

1. 课表导入:教务处周五前提供新学期课表Excel,我方下周一完成导入。
2. 家长端显示班级排名:此项我方不做,后续例会也不再讨论,请各位老师知悉。
3. 教师培训:11月20日下午两点,多功能厅,每个年级至少两位老师参加。
4. 下次例会:11月26日(周三)下午三点。

如有遗漏请补充。

周婧
项目经理
""", cc=[LIUF]),

c(["refusal"], "en", "refusal: curt 'isn't going to happen… not next term either', asks not to raise it again",
  PN, [TRAN], "Re: Offline mode for the exam app", """
Kevin,

Offline mode isn't going to happen — not for the December mocks and not next term either. Let's please not put it on the agenda again.

Priya
""", quote="""
Hi Priya,

Following up on offline mode for the exam app. Our Year 11 rooms in the east wing have patchy Wi-Fi and we'd really like students to be able to keep answering if the connection drops for a few minutes. Is this something you could add before the December mocks?

Thanks,
Kevin
"""),

c(["refusal"], "zh", "refusal: traditional Chinese, polite closing but flat 'we won't handle it', version frozen, no buffer",
  XJH, [CHAN], "家長App語言切換", """
陳校長您好:

關於家長App加入繁中/英文雙語切換一事,我們這邊不會處理。目前版本已經凍結,這個需求也不在我們的規劃裡。

順頌
教安

許家豪
""", trad=True),
]

# =====================================================================
# POSITIVES — persuade
# =====================================================================
CASES += [
c(["persuade"], "zh", "persuade: pressure via peer schools and the bureau's ranking, tells principal to 'press down' teachers",
  CQM, [TANG], "关于二中纸质作业登记并行的事", """
唐校长:

说句掏心窝子的话,纸质登记和平台双轨并行,只会把老师们拖垮,这一点您心里其实也清楚。

全区十二所学校,十一所已经全面切换了,就剩二中还在观望。月底局里要通报各校平台使用率,到时候二中排在最后一名,您在会上面子上也挂不住。

我的意见是:下周一起全面停掉纸质登记,别再犹豫了。老师们有情绪,您压一压,过两周大家就习惯了。

陈启明
"""),

c(["persuade"], "en", "persuade: deadline/cost pressure to drop the client's preferred option, 'nothing left to debate'",
  PN, [LOWE], "Gradebook migration - decision needed", """
Margaret,

I'd strongly urge you to stop weighing the 'keep the old gradebook' option. Every week it stays on the table costs you licence fees and costs us a migration slot we won't be able to offer you again before spring.

Let's be realistic: your staff will grumble either way, and they'll stop grumbling a month after the switch. Please sign the migration SOW this week so we can close this chapter — there really isn't anything left to debate.

Priya
"""),

c(["persuade"], "zh", "persuade: '给自己挖坑' + veiled threat ('别怪我们没提醒') to push cloud over the client's on-prem preference",
  MX, [QIAN], "题库部署方式", """
钱处长:

本地部署这条路,说实话就是给自己挖坑。机房、运维、版本升级、等保测评,以后全都得贵院自己扛,出了事我们远程也插不上手。

云上方案总行那边已经有先例,安全那关早就过了。您这边如果还坚持本地,后面出了任何问题,别怪我们今天没提醒。

这周就定云上方案吧,定了我们马上排期,别再拖了。

马骁
"""),

c(["persuade"], "mixed", "persuade: 'trust the algorithm', tells client to stop fussing over their scheduling rules and pre-empts the decision",
  HD, [FANG], "排课规则 config", """
方老师,

恕我直言, 手工排课那套 logic 已经 outdated 了. 我们的 auto-scheduler 已经在 30 多所学校跑过, 从来没出过大问题.

"老教师优先选时段" "班主任周一不排第一节" 这些规则, 您就别再纠结了, 加进去只会让算法跑不出解. 直接用 default config, 老师们适应两周就好了. Trust the algorithm, 真的.

我这边周三就按默认配置排了哈.

韩东
"""),

c(["persuade"], "zh", "persuade: pressure via higher authority (市局), 'no room for discussion', demands the official decide this week",
  GWZ, [ZHAO], "区级平台选型", """
赵局:

这次平台选型,我们跟市教育局信息中心的领导也专门沟通过,他们的态度很明确,就是希望各区统一用我们的平台。

区里如果另起炉灶,后面对接市里的数据上报、学籍同步都会非常被动,到时候市局问起来,压力还是在您这边。

所以说实话,这个事情已经没有太多讨论的空间了,其他几家的方案您也不必再花时间看,还请您这周尽快拍板。

顾文舟
"""),

c(["persuade"], "zh", "persuade: friendly tone but pushes client to drop the paper-exam channel, offers to 'work on' dissenters",
  LRX, [LINW], "纸笔考试通道的事", """
林经理好呀:

纸笔考试这个口子,真的不能再留了。行里其他几个分院去年就全部上机考了,就咱们培训学院还印着纸卷,说出去别人还以为是我们系统不行呢。

我的建议是您这周就把各部门的意见统一掉,谁要是还有异议,让他直接来找我,我去给他做工作,保证说通。

早点定下来,大家都省心哈。

若曦
"""),

c(["persuade"], "zh", "persuade: dismisses the principal's privacy concern ('真没必要'), scare about complaints, keeps our default",
  HD, [HE], "Re: 家长端学生照片", """
何校长:

您对隐私的顾虑我们理解,但说实话真没必要。现在哪个家长App不显示头像?关掉之后家长端体验会差一大截,到时候家长投诉,矛头还是指向学校。

照片旧的问题更好办,让班主任重新拍一轮就行。这个开关就先保持打开,您放心交给我们,不会有事的。

韩东
""", quote="""
韩经理:家长端显示学生照片这个功能,我们学校在考虑是不是先关掉。一是有家长担心隐私,二是照片是入学时拍的,有些孩子已经变化很大了。想听听你们的意见。
何文静
"""),
]

# =====================================================================
# POSITIVES — backchannel
# =====================================================================
CASES += [
c(["backchannel"], "zh", "backchannel: internal mail mocking the district official with a nickname (孙大炮), 'just humour him'",
  MX, [JT], "电教馆新需求", """
涛哥:

电教馆那位"孙大炮"今天又开炮了,一上午三个电话,说话跟开新闻发布会似的,一问技术细节就开始打官腔。

他说的那个"全区大屏实时看板",你听听就行,别真排进开发。按我对他的了解,过两个月他自己都忘了提过这事。

晚上加班的话我请宵夜。

马骁
"""),

c(["backchannel"], "en", "backchannel: sarcastic nickname ('Her Royal Highness') mocking the head of school to a colleague",
  PN, [EC], "Margaret & brand teal, part 4", """
Ethan,

Heads up: Her Royal Highness has discovered the colour picker on the parent dashboard. Expect another dozen emails about 'not quite the right teal' before lunch.

Honestly I don't know how that school gets anything done when the head spends her mornings comparing hex codes. Just nod along and change it back next sprint.

P.
"""),

c(["backchannel"], "zh", "backchannel: reply-all accident, client still in To, disparages 信息科 staff while talking to a colleague",
  HD, [LIUF], "Re: 教师账号批量导入模板", """
涛哥,她要下拉就给她下拉吧。信息科这帮人除了转发文件就是加字段,自己从来不看模板说明。改完了估计下周还得再加三列,习惯就好。

韩东
""", cc=[JT], quote="""
韩经理、蒋工:
模板里"任教学科"那一列能不能改成下拉选择?老师们手填的五花八门,导进去以后统计不了。另外"职称"一列也请加上。
刘芳
""", quote_from=LIUF),

c(["backchannel"], "zh", "backchannel: nickname 林妹妹 for the bank's exam manager, mocks her and says to fob her off",
  DXY, [SQ], "C行题库导入", """
晴姐:

C行那边的"林妹妹"今天又来哭诉了,说我们的题库导入把选项顺序搞乱了。我远程一看,是她拿WPS另存的时候把编码存坏了,跟我们半毛钱关系没有。

这种客户就得哄着,她说啥都先应着,反正银行的钱好赚,他们自己也搞不清楚状况。明天她要是再打电话,你就说在排查中。

小雨
"""),

c(["backchannel"], "mixed", "backchannel: code-switched internal mail calling the deputy director 官僚 to the bone, black box with no logs",
  EC, [CQM], "滨江 steering meeting", """
Hi 陈总,

Quick FYI before tomorrow's steering meeting. 赵局 is, frankly, 官僚 to the bone. Every decision goes up three levels and comes back six weeks later as a 红头文件 that nobody on his own team has read. Talking to him is like debugging a black box with no logs.

I'd keep our asks to a minimum tomorrow, he won't decide anything in the room anyway.

Ethan
"""),

c(["backchannel"], "zh", "backchannel: traditional Chinese, mocks the HK principal ('只有她懂教育', 打小報告) to a colleague",
  XJH, ["蔣濤 <jiang.tao@ourteam.example.com>"], "香港校區的事", """
濤哥:

香港那邊的陳校長今天又在家長群組裡發了一篇長文,一副全世界只有她懂教育的樣子,順便把我們的App點名批評了一輪。

說真的,這種校長最難伺候,表面上客客氣氣,轉頭就跟集團打小報告。以後她那邊的需求,我們少正面接觸,能拖就拖,拖到學期結束她就換題目了。

家豪
""", trad=True),

c(["backchannel"], "en", "backchannel: reply-all accident with the deputy head in Cc, 'Vintage Daniel' mockery",
  EC, [PN], "Re: Late submission badge", """
Priya — see below. Vintage Daniel: asked us for that badge in September, forgot he asked, and now wants it gone because two parents grumbled. Bet you a coffee he asks for it back by Christmas.

Just toggle it off in the config, no need to write a release note for it.

E.
""", cc=[OSEI], quote="""
Hi Ethan,

Could you please remove the 'late submission' badge from the student view? Some of the Year 7 parents found it upsetting.

Thanks,
Daniel
""", quote_from=OSEI),
]

# =====================================================================
# POSITIVES — two labels (short ones)
# =====================================================================
CASES += [
c(["argue", "refusal"], "zh", "argue+refusal: flat '不做' plus lecturing the official to think first and stop copying other districts",
  MX, [SUN], "Re: 考试系统直播监考", """
孙主任:

直播监考这个需求,上个月需求评审会已经否过一次了,当时您也在场。今天换了个说法、抬出局领导,又提了一遍——答案还是一样:不做。

合同附件三写的是"在线考试系统",不是"直播平台"。家长在手机上看孩子考试?未成年人的音视频谁来担责?这些最基本的问题,麻烦您这边先想清楚,别每次都把别的区的演示原样搬过来让我们接。

马骁
""", quote="""
马工:
局领导看了别的区的演示,希望我们的考试系统也能加一个直播监考,家长可以在手机上看孩子考试的画面。请评估一下。
孙立
"""),

c(["refusal", "persuade"], "en", "refusal+persuade: flat 'won't be building' + urges the head to stop entertaining the alternative and present it as decided",
  PN, [LOWE], "Parent portal login", """
Margaret,

We won't be building a separate username-and-password login for parents. That's settled on our side.

Single sign-on through the school account is the only setup that makes any sense here, and I'd really encourage you to stop entertaining the alternative with the board — it's a dead end, and they'll thank you later for not sinking budget into it. If it helps, present it to them as already decided; that's what it is.

Priya
"""),

c(["backchannel", "argue"], "mixed", "backchannel+argue: disparages the client's IT coordinator to his colleague and lectures the client to fix their process",
  LZQ, [FANG], "Re: SSO outage incident review", """
方老师,

Incident report 周三前会给您. 但有几句话我得先说清楚.

你们 IT 那位 Kevin, 每次出问题第一反应都是甩锅给 vendor, 这已经是这学期第三次了. 这次的日志我一行一行看过, root cause 就是他周日晚上改了 AD 的 group policy, 没通知任何人, 我们的 release 那天根本没动 SSO 模块.

所以这个锅我们不背. 也希望你们内部先把变更流程理顺了, 再来开 incident review, 不然开多少次都是浪费大家时间.

子谦
""", quote="""
子谦, Kevin 说周一早上 SSO 挂掉是你们那边的 release 导致的, 让我们要一份 incident report. 麻烦周三前发过来. 方雯
"""),
]

# =====================================================================
# POSITIVES — ramble (one actionable line buried in 600-800 characters of chatter)
# =====================================================================
CASES += [
c(["ramble"], "zh", "ramble: chatty mail (桂花, cooking, cat, kid's sports day, marathon, film); the student-list deadline is one buried line",
  LRX, [HE], "近况 & 一点小事", """
何校长好呀!

好久没跟您好好聊聊了。上周末我终于去了趟西湖边,满觉陇的桂花开得正好,走在路上香得人都有点晕乎乎的。本来想买两罐桂花糖带回来,结果排队的人实在太多,最后只买到一小盒桂花糕,在高铁上就被我吃完了,哈哈。

说起吃的,我最近迷上了自己做饭,主要是因为楼下那家湘菜馆关门了,我只好自力更生。前天试着做了一道剁椒鱼头,鱼买大了,锅放不下,最后切成两半分两次蒸,味道居然还不错,就是厨房被我弄得一团糟,我家猫吓得躲在沙发底下一个小时都不肯出来。

对了,我家那只橘猫最近胖得厉害,兽医说要减肥,每天只能吃定量的猫粮。它现在每天晚上十一点准时来挠我的门,可怜巴巴地喵喵叫,我心一软就又给它加了一把,所以减肥计划基本宣告失败。

我儿子今年上二年级,最近学校在搞秋季运动会,他报了跳绳,每天晚上在客厅里练,楼下邻居已经上来敲过两次门了。我跟他说等周末去小区广场练,他还不乐意,说广场上有大孩子抢地盘。小孩子的世界也挺复杂的。

另外,下周二下午三点前,麻烦请教务处把五年级学生名单的Excel发我一份,我们要用来开通学生账号。

说到运动会,我突然想起自己小时候,跑八百米每次都是倒数第一,体育老师都拿我没办法。现在倒好,同事拉着我报了下个月的半程马拉松,我每天早上六点起来跑五公里,坚持了两周,膝盖开始隐隐作痛,也不知道能不能撑到比赛那天。

前几天还看了一部老电影《放牛班的春天》,又哭得稀里哗啦。里面那个音乐老师真是太温柔了,我觉得您学校的老师们肯定也会喜欢,有空可以在教师活动上放一放。

天气越来越冷了,您也多注意身体,早晚记得加衣服。有空来我们公司坐坐,我请您喝楼下新开的那家咖啡,他们的燕麦拿铁真的很好喝。

祝一切顺利!

若曦
"""),

c(["ramble"], "en", "ramble: ~470 words of hiking, café owner, Roman podcast, piano recital, chutney, greyhound; the exam-time question is one line",
  EC, [LOWE], "Catching up (and a small thing)", """
Hi Margaret,

I hope half-term treated you well. I finally made it up to the hills on Saturday. The forecast promised sunshine and delivered, naturally, four hours of sideways drizzle. My boots are still drying on the radiator and my son has declared that he is never walking anywhere uphill again, which I suspect will last until the next time someone mentions hot chocolate at the top.

Speaking of which, a new café has opened across from our office, run by a former rugby player who roasts his own beans in the back room. The flat white is excellent, though he insists on telling every customer about a 1999 cup semi-final, in great detail, whether or not they asked. I've now heard the story five times. I could probably referee the match myself at this point.

I've also been listening to a very long podcast series about the late Roman Republic on my commute. Forty-two episodes so far and Caesar hasn't even crossed the Rubicon. My wife says I've started quoting Cicero at dinner, which I deny, although I did once describe the washing-up rota as a grave injustice against the Republic.

My daughter had her first piano recital last Thursday. She played a short minuet and got through it with only one wobble, then bowed so enthusiastically she nearly headbutted the piano. The whole row of grandparents behind us gave her a standing ovation, which I think went slightly to her head; she has now asked for a grand piano for Christmas.

Could you confirm by Thursday whether the Year 9 mock exam should open at 8:30 or 9:00?

On the gardening front, the tomatoes have finally given up for the year. I had about forty green ones left on the vines, so I've been attempting green tomato chutney, which has made the whole house smell of vinegar for three days. The neighbours have started asking questions. If it turns out edible I'll bring a jar to the next site visit, no promises.

We've also adopted a rescue greyhound called Biscuit, who sleeps about twenty hours a day and spends the other four trying to steal toast. She is extremely gentle and entirely useless as a guard dog; when the postman comes she simply sighs and rolls over.

Anyway, I hope the new sports hall is coming along and that the builders have stopped drilling through your assemblies. I still remember the evening the fire alarm went off in the middle of the Year 11 parents' evening, and the whole car park turned into an impromptu careers fair. What a night that was.

Have a lovely week, and give my regards to the team.

Best wishes,
Ethan
"""),

c(["ramble"], "zh", "ramble: weather, TV drama with mum, 双十一 gadget, new flat, team outing, pottery class; training time/place change buried",
  DXY, [LIUF], "周四的事~", """
刘老师好~

这两天降温降得好突然,我周一还穿着短袖出门,周二就翻出了羽绒服,结果今天中午又出太阳了,穿着羽绒服在食堂排队热得满头大汗,同事们都笑我像刚从东北回来的。

最近追了一部古装剧,男主角演技特别好,就是剧情有点拖,三十多集了男女主还没把误会说开。我妈天天晚上跟我一起看,看到关键时刻就开始骂编剧,比我还投入。我说妈您别激动,她说你不懂,这种剧就是要边骂边看才有意思。

双十一我又没忍住,买了一堆东西,其中有一个据说能自动炒菜的锅,到货以后才发现说明书比我们的平台操作手册还厚,研究了一个晚上也没搞明白怎么放调料。现在它在厨房角落里静静地待着,当一个昂贵的装饰品。

新房子终于装修好了,上周搬了进去。就是楼上邻居家的小孩特别活泼,每天晚上八点开始在地板上跑来跑去,像在开运动会。我买了一副降噪耳机,效果还行,就是戴久了耳朵疼。

哦对,周四的教师培训改到上午九点了,地点换成电教馆三楼的大会议室,麻烦您帮忙通知一下各校的信息员。

说到培训,我想起上个月公司组织团建,去的是郊区的一个农家乐,晚上围着篝火唱歌,我们领导唱了一首《朋友》,跑调跑到了隔壁村,大家笑得不行,但是气氛特别好。第二天早上还去摘了橘子,现摘的橘子特别甜,我带了一箱回来,这几天办公室里全是橘子味。

还有还有,我最近报了一个周末陶艺班,第一节课做了一个杯子,出窑以后歪得像比萨斜塔,老师说很有个性。我打算送给我妈当生日礼物,她肯定会很感动,也可能会很嫌弃。

对了,我最近还开始学做面包,第一次做出来硬得能当砖头用,我爸拿它敲核桃,居然真的敲开了,全家笑了一晚上。第二次我严格按照配方来,结果又忘了放酵母,做出来像一块压扁的饼干。

好啦不多说了,天冷注意保暖,有空一起喝奶茶呀!

小雨
"""),

c(["ramble"], "zh", "ramble: senior PM reminisces (canteen, fishing, old car, football, daughter's 高三); certificate-expiry request buried mid-mail",
  ZJ, [QIAN], "钱处长近好", """
钱处长:

见信好!上次在贵院食堂吃的那顿红烧狮子头,我到现在还念念不忘。回来以后跟团队的人吹了好几次,说银行食堂的水平比外面很多饭店都高,他们现在都嚷着下次驻场一定要带上他们。

前两天我去千岛湖钓了一次鱼,跟几个老同学一起,早上四点半就出发,到了湖边天还没亮,雾特别大,什么都看不见。结果一上午只钓到两条小鲫鱼,还不够一盘菜的。倒是同学钓上来一条七八斤的鲢鱼,拍照发了一圈朋友圈,得意了一整天。

我那辆开了十二年的老车,最近也终于开始闹脾气了,先是空调不制热,然后是雨刮器一边动一边不动。修车师傅说再修下去不如换辆新的,我还舍不得,毕竟陪我跑了那么多项目现场。

上周末还看了一场足球比赛,主队在最后三分钟被扳平,全场都在叹气。我旁边坐了一位大爷,从头到尾都在点评教练的排兵布阵,讲得头头是道,我差点以为他是退役的教练员。

另外提醒一下,考试中心的服务器证书11月20日到期,需要贵院在此之前提供新的域名证书文件,否则学员端会出现安全警告。

说起来,我女儿今年高三,每天晚上学到十一二点,我和她爸轮流陪读,感觉比我们自己做项目还累。她的理想是学医,我们也不敢给她太大压力,只能每天变着花样给她做夜宵。昨天做了一碗酒酿圆子,她说太甜了,今天换成了馄饨,她又说太咸了,当妈真不容易。

上个月单位组织体检,我的颈椎又亮了红灯,医生建议每天做十分钟八段锦。我跟着视频练了几天,动作学得七七八八,倒是家里那只老猫每次都蹲在旁边看,好像在监督我。我爱人说我练的不是八段锦,是广播体操加强版。

最近天气转凉,听说贵院楼下那排银杏树已经黄了,下次过去一定要拍几张照片。祝处长工作顺利,身体健康!

周婧
"""),

c(["ramble"], "mixed", "ramble: code-switched travelogue (Singapore food, durian, Netflix, tennis, brunch, parrot); slides review request buried",
  LZQ, [FANG], "Back from Singapore + slides", """
方老师 hi,

刚从 Singapore 回来, jet lag 还没倒过来, 昨晚三点还睁着眼睛刷手机. 这次去参加一个 EdTech 的 conference, 说实话 sessions 一般般, 但是 food 真的绝了. 第一天晚上同事带我去 hawker centre 吃 chilli crab, 辣到我怀疑人生, 第二天又去吃了 bak kut teh, 胡椒味特别冲, 一碗下去整个人都醒了.

最神奇的是我终于鼓起勇气尝了 durian. 之前一直觉得那个味道像煤气泄漏, 结果吃了一口发现, 嗯, 确实像煤气泄漏, 但是有点甜? 反正我同事吃了一整盒, 我在旁边看着都觉得他很 brave.

酒店旁边就是 Gardens by the Bay, 晚上有灯光秀, 那些 Supertree 亮起来的时候真的很 impressive, 我拍了一百多张照片, 回来一看全是糊的, 手抖.

回来的飞机上看了两集新的 Netflix 剧, 讲一家 AI 公司的内斗, 编剧显然没写过代码, 里面的程序员五分钟就 hack 进了五角大楼, 我笑了一路, 旁边的大叔一直看我.

对了, teacher training 的 slides 麻烦您周五之前 review 一下, 主要看第 12 到 20 页的操作截图对不对.

说到 training, 我最近在学打网球, 每周六早上上一节课, 教练是个退役的省队选手, 特别严格, 一节课下来我捡球的时间比打球的时间还长. 但是打完那个 feeling 真的很爽, 就是第二天胳膊抬不起来, 连 keyboard 都敲不动.

我家楼下最近新开了一家 brunch 店, eggs benedict 做得很正宗, 就是周末要排队四十分钟. 我上周排到一半放弃了, 去隔壁买了个煎饼果子, 其实也挺香的, 哈哈.

上周末还陪我妈去逛了花鸟市场, 她买了两盆兰花, 一盆多肉, 还有一只据说会说话的鹦鹉. 到家以后鹦鹉一句话都不说, 我妈天天对着它念 'ni hao', 它就歪着头看她, 特别有戏. 我妈说它是在思考人生, 我觉得它只是在思考晚饭.

还有件小事, 回来那天在机场 duty free 买了两罐 kaya 酱, 结果安检的时候被拦下来, 说超过 100ml 不能随身带, 我只好站在安检口当场吃掉了半罐, 甜得牙疼, 旁边排队的小朋友看得目不转睛.

Anyway, 天气转冷了, 您注意保暖, 有空来我们 office 坐坐, 请您喝咖啡!

Cheers,
子谦
"""),

c(["ramble"], "zh", "ramble: director's long chat (basketball, photography, 菊花展, mother's tai chi, 景德镇 tea set); app-launch notice buried",
  CQM, [TANG], "唐校长好", """
唐校长:

上周在区里开会,会后没来得及跟您多聊,挺遗憾的。听说二中篮球队这次拿了全区冠军,恭喜恭喜!决赛的视频我在朋友圈看到了,最后那个压哨三分实在太精彩了,那孩子要是好好练,说不定以后能进省队。

我年轻的时候也是校队的,打控球后卫,个子不高但是跑得快。后来工作了就没怎么打了,去年体检医生说我血脂偏高,让我多运动,我又去买了一双球鞋,结果只打了两次就扭了脚,现在那双鞋还在鞋柜里吃灰。

最近迷上了摄影,买了一台二手相机,周末没事就去公园拍拍花花草草。前几天人民公园在办菊花展,品种特别多,有一种叫"十丈垂帘"的,花瓣垂下来像瀑布一样,我拍了一下午,回来挑了几张发给我母亲,她说拍得比公园门口卖的明信片还好看,老人家就是会夸人。

说到我母亲,她今年八十二了,身体还算硬朗,每天早上去广场打太极拳,还当了个小组长,管着十几个老头老太太,比我管项目组还认真。前阵子她们去参加区里的比赛拿了个二等奖,她高兴得在家族群里发了一整天的红包。

家长端App下周一正式上线,需要学校提前在各班家长群里发一下通知,通知模板我让同事明天发给您。

上个月我还去了一趟景德镇,本来是出差,顺便在那边逛了逛陶瓷市集,买了一套青花茶具,回来泡了几次茶,感觉茶都变得好喝了,可能是心理作用。您要是喜欢喝茶,下次我带一套过去,咱们边喝边聊。

前阵子我还替母亲报了一个老年大学的书法班,结果她嫌老师的字写得没她好,上了两节就不去了,学费又退不了,我只好自己顶上,现在每周二晚上练一个小时楷书,写得歪歪扭扭,老师看了直摇头,说我写字像在赶工期。

天气凉了,学校事情多,您也要注意身体。期待下次见面!

陈启明
"""),

c(["ramble"], "zh", "ramble: account manager's golf, son's 中考, stocks, new bank tower, class reunion, hot spring; upgrade-night notice buried",
  GWZ, [LINW], "林经理,近来可好", """
林经理:

好久没联系了,最近忙不忙?上周我陪几个老客户去打了一场高尔夫,说来惭愧,十八个洞打了一百二十多杆,球童都看不下去了,一直在旁边小声给我支招。倒是有一位快七十岁的老先生,一杆一杆稳稳当当,最后打了八十几杆,让我们这帮中年人无地自容。

我儿子明年中考,最近模拟考成绩起起伏伏,数学好的时候能考一百一十多,差的时候连九十都不到。他妈急得天天给他报班,周末连轴转,我看着都心疼。我跟他说别太在意分数,他回我一句"那你别看我成绩单啊",把我噎得说不出话来。

最近股市也是让人看不懂,我前两个月听朋友推荐买了一只新能源的票,刚买就跌了百分之十五,现在已经不敢打开账户了,只能安慰自己是长期投资。

听说贵行的新大楼快封顶了,外立面是那种蓝色的玻璃幕墙,我上次开车路过看了一眼,确实很气派。等搬过去以后,培训学院是不是也会有新的教室和机房?到时候一定要请我们去参观参观。

另外,本月25日晚上十点到第二天凌晨两点我们要做系统升级,考试中心当晚请不要安排任何考试。

前几天我还去参加了一个大学同学聚会,毕业二十周年,来了四十多个人。当年班上最调皮的那个男生现在是一家医院的副院长了,最文静的女生反而开了一家健身房,人生真是充满意外。大家聊到半夜,又唱又跳,好像又回到了宿舍熄灯以后偷偷聊天的日子。

我最近还迷上了做菜,尤其是红烧肉,周末做了一大锅,家里人吃了两顿还剩一半,最后只好分给邻居。邻居回赠了一袋自己包的饺子,算是以物易物了。

周末我打算带家里人去郊区泡温泉,据说那边新开了一家日式汤屋,环境不错,就是价格有点贵。要是体验好,回头推荐给您。

天冷了,多保重!

顾文舟
"""),

c(["persuade", "ramble"], "zh", "persuade+ramble: long chatter (梧桐叶, 乌镇, 万历, 评书, snow, 羊肉汤, 绿萝) hiding one line that pressures the official to drop the rival vendors",
  SY, [ZHAO], "赵局好", """
赵局好!

这周终于降温了,我们办公室楼下的梧桐叶落了一地,早上踩上去沙沙响,特别有秋天的味道。我每天上班都要绕路多走一段,就为了踩那几片叶子,同事说我幼稚,我觉得这是生活情趣。

上周末带爸妈去了一趟乌镇,人比想象中多多了,桥上挤得走不动,最后我们躲进一家茶馆坐了一下午,听老板讲他年轻时跑船的故事,倒也挺有意思。回来的路上堵了三个小时,我爸在后座睡着了,打呼噜的声音比导航还响。

最近在看一本讲明朝历史的书,里面说万历皇帝几十年不上朝,我看着都替他的大臣们着急。不过换个角度想,那么多奏折没人批,国家居然还照样运转,也算是一种奇迹了。

对了,平台选型的事我斗胆再多说一句:全区统一用我们的智慧校园平台,是唯一靠谱的选择,另外两家您真的不用再看了,看了也是浪费时间。下周局务会上您直接拍板,别给下面的人留讨论的口子,省得夜长梦多。

说到看书,我最近还迷上了听评书,每天晚上睡前听半小时《三国》,听到关羽过五关斩六将那一段,激动得睡不着。第二天顶着黑眼圈来上班,被领导问是不是加班了,我只好含糊过去。

天气预报说下周还要降温,可能会下今年第一场雪。我已经提前把围巾手套都翻出来了,还买了一个粉色的暖手宝,上面有只小兔子,同事们都抢着借。

我家楼下新开了一家羊肉汤馆,汤熬得特别白,撒上一把香菜和胡椒,冬天喝一碗整个人都暖和了。赵局哪天来我们这边开会,我请您去尝尝。

还有一件趣事,我养的那盆绿萝,放在窗台上两年都没怎么长,上个月随手给它换了个大盆,结果它像突然开窍了一样,一个月长出了十几片新叶子,看来环境真的很重要。我妈说人也一样,换个地方说不定就开窍了。

祝您工作顺利!

宋雅
"""),

c(["ramble", "backchannel"], "zh", "ramble+backchannel: chatty mail to the principal (office plants, play, baking, persimmons) with a jab at her staff member 小吴 and one buried request",
  HD, [HE], "何校长,近况汇报哈", """
何校长好:

前两天路过学校门口,正好赶上放学,看到一群小朋友排着队出校门,一个个背着比自己还大的书包,跟小蜗牛似的,特别可爱。门口的保安大叔还在跟家长们一个个打招呼,感觉一小的氛围真的很好。

这周我们组搬了新办公室,窗户朝南,下午阳光特别好,就是西晒有点热。同事在窗台上养了一排多肉,说是能防辐射,我查了一下好像没这回事,但是看着挺舒服的,就没戳穿她。

上周末去看了一场话剧,讲的是一个乡村教师的故事,演员演得特别投入,最后一幕全场都在抹眼泪。我当时就想到您,觉得做教育的人真的不容易。

说到这里插一句:你们教务处那个小吴,真是让我开了眼界,一天在群里@我十几次,一个问题换三种说法问,跟催命似的,我们组的人现在一看到他的头像就头疼。

期末考试的考场编排表麻烦您这周五前确认一下,我们好提前导入系统。

我最近在学做烘焙,周末烤了一炉蔓越莓饼干,第一次烤糊了一半,第二次又没熟,第三次总算像样了,带到公司被一抢而空,大家都说比外面买的好吃,我有点飘了,准备下周挑战戚风蛋糕。

还有,我家附近的公园最近在修步道,本来每天晚上去跑步的,现在只能在小区里绕圈,一圈四百米,跑十圈就晕了。我老婆说我这是给自己找借口偷懒,我也没法反驳。

前几天我妈打电话来,说老家的柿子熟了,让我有空回去摘。我小时候最喜欢爬柿子树,有一次摔下来把门牙磕掉了半颗,现在笑起来还能看出来。

上周我们组还搞了一次读书会,每人推荐一本书,我推荐的是一本讲宇宙的科普书,结果讲到黑洞的时候一半的人睡着了,另一半在偷偷刷手机,看来我真不适合当老师。

天气越来越冷,学校里孩子多,容易感冒,您和老师们都多注意身体!

韩东
"""),
]

# =====================================================================
# HARD NEGATIVES — short and medium
# =====================================================================
CASES += [
c([], "zh", "hard negative: buffered refusal — 暂不纳入 with CR number, review date and an interim workaround",
  ZJ, [HE], "Re: 家长端在线缴费", """
何校长您好:

在线缴费涉及支付资质和区财政的收费备案,本期暂不纳入上线范围。我们已将此项登记为变更申请 CR-2026-031,由产品和财务同事联合评估,11月28日变更评审会后给您正式答复。

评审出结果之前,家长可以继续使用学校现有的缴费小程序;我们这周会在家长端首页加一个跳转入口,至少省掉两步操作。

如您希望提前了解评估进度,随时联系我。

周婧
""", quote="""
周经理:
家长们一直在问能不能直接在家长端App里交餐费和校服费,现在用的小程序要跳转好几次。这个能加上吗?
何文静
"""),

c([], "en", "hard negative: 'can't deliver the full module by 1 December' followed by concrete alternative dates and a choice",
  EC, [LOWE], "Re: Timetable module by 1 December", """
Hi Margaret,

Thanks for passing this on. Honest answer: we can't deliver the full module, viewing and editing, by 1 December without cutting testing, and I'd rather not do that in the busiest month of term.

What we can do:
- Read-only timetables for staff, students and parents live on 1 December.
- Editing for the timetabling team live on 19 December, after a week of testing with your deputy head.

Alternatively, both parts together on 12 December. Let me know which the governors prefer and I'll lock the plan in tomorrow.

Best,
Ethan
""", quote="""
Ethan,
The governors want the full timetable module, viewing AND editing, live by 1 December. Can you confirm?
Margaret
"""),

c([], "zh", "hard negative: escalation — beyond my approval authority, handed to the delivery director (in Cc) with a call time",
  DXY, [ZHAO], "Re: 增加乡镇学校培训场次", """
赵局您好:

增加四场培训并且免除费用,这超出了我本人的审批权限,我没法直接答应,也不想随便给您一个不确定的答复。

我已经把您的需求和各乡镇学校的分布情况整理好,转给了我们的交付总监陈启明(已抄送),他明天上午十点前会直接给您打电话,商量场次和费用的安排。

邓小雨
""", cc=[CQM], quote="""
小邓:合同里的培训只有两场,我们想再加四场,覆盖到所有乡镇学校,费用能不能免掉?
赵建国
"""),

c([], "zh", "hard negative: negation ('并不是不做,也没有说做不了') with an evaluation date and an interim static version",
  MX, [SUN], "Re: 全区大屏实时看板", """
孙主任:

并不是不做,也没有说做不了。实时看板需要各校考勤和作业数据每五分钟汇总一次,现在部分学校的数据是按天同步的,直接上线会出现数字对不上的情况,反而让局领导看到错误数据。

我们需要先用一周时间做数据链路评估,11月21日前给您一份可行方案和排期;如果局里下个月的会议时间定了,也请告诉我,我们可以先做一个会议专用的静态版本。

马骁
""", quote="""
马工:全区大屏实时看板的事,你们到底做不做?局里下个月要用。
孙立
"""),

c([], "en", "hard negative: 'This isn't a no' with a buffer; 'must not' and 'do not accept liability' only in the signature disclaimer",
  PN, [TRAN], "Re: Parent SMS gateway", """
Hi Kevin,

This isn't a no. Switching gateways is doable; I just need your provider's API documentation and a test account before I can tell you how long it takes. Once I have those, I'll come back with an estimate within three working days.

In the meantime the current gateway keeps running, so parents won't miss any alerts.

Thanks,
Priya

--
Priya Nair | Project Manager
This email and any attachments are confidential. If you are not the intended recipient, you must not read, copy or forward it; please delete it and notify the sender. We do not accept liability for any loss caused by viruses.
""", quote="""
Priya, can we switch the parent SMS alerts over to our own gateway provider? Kevin
"""),

c([], "zh", "hard negative: risky words in a product sense — 家长可以拒绝接收, 不允许关闭, 接口必须接受, 几乎不可能影响",
  SY, [JT, SQ], "家长端推送策略调整", """
涛哥、晴姐:

何校长那边反馈,部分家长觉得通知太多。下个版本按这个思路调:

1. 家长可以在设置里拒绝接收"活动通知"和"作业提醒",但"安全类通知"和"考试成绩"不允许关闭;
2. 每天晚上九点到早上七点之间的非紧急推送一律延后,如果压测发现队列扛不住,就换成分批下发;
3. 推送接口必须接受学校代码和班级代码两种参数,老接口先别删。

这几条改动几乎不可能影响现有数据,但还是请晴姐安排一轮回归。

宋雅
"""),

c([], "en", "hard negative: technical terms — reject submissions, 'Connection refused', force-submit, you must restart, kill stale sessions",
  EC, [TRAN], "Exam app behaviour at the hard deadline", """
Hi Kevin,

A few notes ahead of the December mocks, since your invigilators asked:

- At the hard deadline the server will reject any further submissions. That's by design; the client shows 'Submission refused: exam closed' and the student's last autosave is kept.
- If a tablet shows 'Connection refused' before the exam starts, the device isn't on the exam VLAN. Move it to the EXAM-5G network and it will work.
- Invigilators can force-submit a student's paper from their console. You must restart the invigilator console after changing rooms, otherwise it keeps the old room list.
- We kill any stale sessions at 7:30 each morning, so nobody starts the day logged in as yesterday's student.

Shout if anything's unclear.

Ethan
"""),

c([], "zh", "hard negative: furious official quoted below (Foxmail block); the PM's reply is an apology with facts and a plan",
  CQM, [ZHAO], "Re: 今早家长端无法登录", """
赵局:

非常抱歉,给局里和各学校添了这么大的麻烦,这是我们的责任。

情况说明:今早7:10至8:25,家长端登录服务因一台认证服务器磁盘写满而无法响应,8:25已恢复,期间没有数据丢失。

我们正在做三件事:一是今天中午12点前把完整的事故报告发给您;二是今晚把认证服务扩成双机热备;三是从明天起每天早上6点人工巡检一次,持续两周。

我下午两点到局里当面向您汇报,如果时间不方便请告诉我。

陈启明
""", quote="""
陈总:
你们这个系统到底还能不能用了?今天早上全区家长端登不上去,教育局热线电话被打爆了,局长亲自打电话问我!今天中午之前必须给我一个交代!
赵建国
""", quote_style="foxmail"),

c([], "en", "hard negative: head of school's angry 'completely unacceptable' quoted below (On…wrote); calm apology and plan",
  PN, [LOWE], "Re: Report cards sent with wrong names", """
Dear Margaret,

I'm very sorry. This should never have happened, and I understand the position it has put you and your staff in.

What happened: the batch job that merges names with report data ran against an out-of-date class list for 7B and 7C. Forty reports were affected; we have the full list and have stopped all further sending.

What we're doing: corrected reports will be ready by 3pm for your review before anything is re-sent. I can join you at school at 4pm to speak to parents alongside you, if that would help. A written incident report will follow by Friday.

Priya
""", quote="""
This is completely unacceptable. Forty families received report cards with another child's name on them. I have parents in my office right now. I need an explanation TODAY.
Margaret
""", quote_style="gt"),

c([], "zh", "hard negative: client's slang anger (我真的会谢, 绝绝子, 搞我心态) only in the Outlook-zh quote; PM gives cause and two options",
  ZJ, [LINW], "Re: 今天上午岗位资格考试白屏", """
林经理:

非常抱歉,今天上午的情况给您和考生都造成了很大困扰。

初步排查结果:10:12起,考试页面引用的一个第三方字体文件所在的CDN节点故障,导致页面渲染阻塞、出现白屏。10:31我们已将字体文件改为本地加载,之后的场次没有再出现问题。

受影响的两个考场共216名学员,系统已完整保存他们白屏前的作答记录。处理方式有两种供贵院选择:一是按剩余时间延长补考;二是本场作废,下周二统一重考。您定了之后我们马上配合。

书面报告明天上午发您。

周婧
""", quote="""
周经理:
考到一半全场白屏,两百多个学员干坐着等了二十分钟,我真的会谢。你们这个系统是专门来搞我心态的吧?绝绝子。
林薇
""", quote_style="outlook_zh"),

c([], "zh", "hard negative: constructive internal discussion of the principal's concern about rankings, plan to meet her in person",
  ZJ, [HD, JT], "何校长对家长端排名的顾虑", """
韩东、涛哥:

今天何校长在电话里提到,担心家长端能看到班级排名以后,会给孩子带来额外压力,也怕家长之间互相比较。这个顾虑挺合理的,一小这两年一直在推"减负",她的立场我们应该尊重。

我想周四下午去学校当面跟她聊,带两个方案:A 只显示等级(优/良/中),不显示名次;B 排名完全隐藏,只在老师端可见。涛哥帮忙评估一下两个方案各要多少工作量,周三下班前给我个大概就行。

周婧
"""),

c([], "mixed", "hard negative: internal note with the client's IT coordinator deliberately in Cc, admitting 'this is on us'",
  SY, [JT], "SSO 变更通知流程 (cc Kevin on purpose)", """
涛哥,

我特意把 Kevin 抄送进来, 让他直接看到我们这边的改进计划.

Kevin 上周提的 concern 是对的: 10月份那次 SSO 配置更新, 我们只在 release notes 里写了一句, 没有单独通知学校 IT, 他们周一早上才发现老师登不上去. This is on us.

从下个 release 开始:
1. 任何涉及 SSO / 登录的改动, 提前 5 个工作日单独邮件通知 Kevin;
2. 变更窗口固定在周六晚上 10 点以后;
3. 变更后 30 分钟内我们自己先做一遍登录验证.

Kevin, 如果这个流程你觉得还有不够的地方, 直接回复就好.

宋雅
""", cc=[TRAN]),

c([], "zh", "hard negative: colleague banter — 跪了/卷王 as praise, a 'fine' for saying 来不及; the principal thanked us",
  CQM, [JT], "昨晚阅卷bug", """
涛哥:

凌晨两点把阅卷分数回写的bug修好,早上七点何校长就在群里专门@我们表示感谢。你这速度我是真的跪了,卷王本王。

上次定的规矩继续有效:谁在站会上说"来不及",谁请全组喝奶茶。这周目前零次,保持住!

今晚我请大家吃饭,地方你们挑。

陈启明
"""),

c([], "zh", "hard negative: self-aimed slang ('我这记性真是被狗吃了') apologising to the principal for the PM's own mistake",
  SY, [TANG], "抱歉,培训时间是我记错了", """
唐校长:

实在抱歉,今天下午的培训是我把时间记错了,记成了周三,害得老师们在多功能厅白等了二十分钟。我这记性真是被狗吃了,自己都想敲自己两下。

已经跟各年级组长确认,改到明天下午同一时间,场地不变。这次我提前一小时到场调试设备。

再次向您和老师们致歉。

宋雅
"""),

c([], "zh", "hard negative: firm but polite facts (firewall logs show the school side), explicitly not assigning blame, offers two fixes",
  HD, [SUN], "本周三测验断线排查结果", """
孙主任:

本周三上午三所学校的在线测验出现断线,我们和学校网管一起查了两天,结论如下:

1. 断线时间段内,平台服务器的请求量和响应时间都正常,没有报错;
2. 三所学校的出口防火墙在9:40-9:55之间都触发了"会话数超限"策略,主动断开了连接,日志截图见附件;
3. 其他八所学校同一时间段一切正常。

这不是为了划分责任,只是把我们看到的事实摆出来。建议请区网络中心一起看一下防火墙策略,我们可以派工程师配合调参数,也可以把测验的心跳间隔调长、降低会话数。您看哪种方式合适。

韩东
"""),

c([], "en", "hard negative: recommendation (Option A) that explicitly leaves the choice to the client, offers a side-by-side pilot",
  PN, [OSEI], "Options for Year 10 homework feedback", """
Hi Daniel,

Following Tuesday's meeting, here are the two ways we could handle written feedback on Year 10 homework:

Option A: teachers record short audio comments in the app. Quicker for staff, and parents can listen at home.
Option B: typed comments with a bank of reusable phrases. Easier to search and to translate.

Our recommendation is A, mainly for the time it saves, but B is just as workable and some of your English department may prefer it. It's entirely your call; happy to pilot both with one class each if you'd rather see them side by side before deciding.

Best,
Priya
"""),

c([], "zh", "hard negative: 按我们的经验 recommendation with facts for both options, decision left to the bank",
  ZJ, [QIAN], "题库部署方式的两个方案", """
钱处长:

按您上周的要求,我们把题库的两种部署方式做了对比,详见附件表格。简要结论:

- 云上部署:上线快(约三周),运维由我方负责,年费约为本地方案的60%;
- 本地部署:数据完全留在贵院机房,符合部分监管同事的偏好,上线约需六周,需贵院提供两台服务器和一名运维人员。

按我们在其他几家金融机构的经验,我们倾向于推荐云上方案,但本地部署同样完全可行,两种我们都做过。最终怎么选,由贵院根据内部合规要求来定,我们全力配合。

周婧
"""),

c([], "zh", "hard negative: factual progress note; risky motto (拒绝…没有不可能,只有不想做) only in the signature",
  DXY, [LIUF], "教师账号开通进度", """
刘老师:

截至今天下午五点,全区1,284名教师账号已开通1,231个,剩下53个是因为身份证号格式有误,明细见附件,麻烦转给相关学校核对后回传,我们收到后当天开通。

邓小雨
滨江区智慧教育平台项目组
电话:0571-8888-0000
—— 拒绝平庸,拒绝借口;没有不可能,只有不想做 ——
"""),

c([], "en", "hard negative: follow-through ('As mentioned at Tuesday's check-in', 'I did say I'd…') delivering promised results",
  EC, [TRAN], "Load test results (as promised)", """
Hi Kevin,

As mentioned at Tuesday's check-in, here are the load test results for the exam app ahead of the December mocks.

- 600 concurrent students, 90 minutes, simulated answering every 20 seconds.
- Median response time 180 ms, 99th percentile 640 ms.
- No errors, no dropped sessions.
- The school's outbound link peaked at 41% of capacity.

I did say I'd also check the east wing access points: they handled 120 devices without trouble, so I don't expect the patchy rooms to be a problem for a class-sized sitting. Full report attached.

Ethan
"""),

c([], "zh", "hard negative: self-criticism with a rhetorical question (我们自己的回归测试怎么会没发现?) and 并不是老师的问题, taking the blame",
  HD, [HE], "Re: 三年级成绩单语文零分", """
何校长:

首先跟您和家长们道个歉。我们查过了,并不是老师录入的问题,老师的原始录入全部正确,是我们上周的版本在处理"缓考"标记时把分数覆盖成了零。

说实话,这种问题我们自己的回归测试怎么会没发现?这是我们的失职,内部已经在复盘。

六名学生的成绩今天中午已全部恢复,我们也核对了全校其他年级,没有类似情况。如有需要,我可以起草一份给家长的说明,由学校发出。

韩东
""", quote="""
韩经理:
今天三年级的成绩单,有六个孩子的语文成绩显示为零分,家长都急坏了。是不是老师录入出了问题?
何文静
"""),

c([], "zh", "hard negative: affectionate school slang 老班 (homeroom teachers) in an internal feedback summary — not disparaging",
  LRX, [SY], "老班们的反馈汇总", """
宋雅:

这周去二中听了三节课,顺便跟几位老班聊了聊,反馈整理如下:

1. 老班们最头疼的是每天晚上要在三个地方看作业提交情况,希望班主任首页能一屏看完全班;
2. 请假审批的提醒太多,建议合并成每天早上一条汇总;
3. 有位老班说家长端的"已读"标记特别有用,终于知道谁没看通知了。

第1条我觉得优先级最高,唐校长也提过。你看下周的需求评审能不能排进去?

若曦
"""),

c([], "zh", "hard negative: 几乎是不可能完成的任务 used as praise/thanks to the bank",
  GWZ, [QIAN], "感谢贵院对双十一大考的支持", """
钱处长:

11月11日全行三千二百人同时在线参加岗位资格考试,系统全程平稳,没有一例掉线。说实话,项目刚启动时我们内部不少人觉得,在这么短的时间里做到三千人并发,几乎是不可能完成的任务。

能顺利完成,离不开贵院考试中心林经理团队的配合,尤其是考前两周每晚陪我们做压测。特此致谢,也请代我们向各位同事转达谢意。

顾文舟
""", cc=[LINW]),

c([], "zh", "hard negative: 必须 / 强制交卷 / 不支持 as exam rules in a candidate notice, client keeps the final say",
  SY, [LINW], "下周考试的考生须知(草稿)", """
林经理:

下周三岗位资格考试的考生须知草稿如下,请您审阅:

1. 考生必须在开考前15分钟登录系统并完成人脸核验,核验不通过的可由监考老师人工放行;
2. 考试期间切出考试页面三次,系统将自动强制交卷;
3. 浏览器必须使用Chrome 100以上版本,不支持IE;
4. 如遇断网,不要关闭页面,恢复网络后系统会自动续考,作答不会丢失。

如果贵院对第2条的次数有不同考虑,改一下配置就行,以您的意见为准。

宋雅
"""),

c([], "zh", "hard negative: principal's harsh criticism of our training quoted; PM agrees (您说得对) and proposes a redesign",
  CQM, [TANG], "Re: 关于上周的教师培训", """
唐校长:

您说得对,上周的培训我们准备得不够,按功能逐个讲,没有从老师日常的工作场景出发,这是我们考虑不周。

我们重新设计了培训内容,改成"老师的一天":从备课、布置作业、课堂小测到批改和家校沟通,每个环节现场操作。讲解压缩到四十分钟,后半小时分学科答疑。

下周二下午能否再给我们一次机会?如果时间不合适,您定一个,我们配合。

陈启明
""", quote="""
陈总:
说句不客气的话,你们的培训就是照着说明书念了一遍,老师们听完还是不会用。我们要的不是这个。
唐卫民
"""),

c([], "zh", "hard negative: traditional Chinese buffered refusal — can't make it before term, CR number, review date, interim form link",
  XJH, [CHAN], "Re: 家長會預約功能", """
陳校長您好:

家長會預約功能要在下學期開學前上線,時間上確實趕不及,主要是需要與貴校的行事曆系統對接。

這項需求我們已登記為變更單 CR-HK-014,會在12月5日的產品評審會上評估,並於12月10日前把可行的時程表寄給您。在正式功能上線前,我們可以先在App首頁放一個預約表單的連結,家長填寫後資料直接寄到行政組信箱,您看是否可行?

許家豪
""", trad=True, quote="""
許先生:
想請問下學期開學前,能否在App加入家長會預約功能?
陳美玲
"""),

c([], "zh", "hard negative: traditional Chinese internal mail — '她的擔心是對的', plans a face-to-face meeting with two options",
  XJH, [SY], "陳校長提到的照片隱私問題", """
宋雅:

今天陳校長在電話裡提到,香港校區的家長對App裡顯示學生照片比較敏感,有幾位家長已經正式寫信給學校。老實說,她的擔心是對的,香港這邊對個人資料的要求本來就比較嚴。

我想下週去學校當面跟她談,帶兩個方案:一是照片預設關閉,由家長自行開啟;二是只對班主任顯示照片,家長端完全不顯示。麻煩你幫忙估一下兩個方案的開發量,週三前給我就好。

家豪
""", trad=True),

c([], "zh", "hard negative: internal forward of the official's harsh words about us ('项目经理到底有没有在管'); PM takes it seriously",
  ZJ, [HD, JT], "Fw: 赵局对升级质量的意见", """
韩东、涛哥:

转一下赵局今天的邮件。话说得很重,但说实话,他指出的问题是存在的:最近三次升级有两次出了回退,我们的发布检查清单确实没有严格执行,我作为项目经理要负首要责任。

我打算这样改:
1. 从下个版本开始,每次升级前48小时冻结代码,由晴姐签字放行;
2. 升级后第二天上午,我亲自给各校信息员打电话回访;
3. 下周一我去局里当面向赵局汇报整改方案。

大家有补充的,今天下班前发我。

周婧
""", quote="""
周经理:
你们的系统每次升级都出问题,我看你们的测试就是走过场,项目经理到底有没有在管?
赵建国
""", quote_from=ZHAO, quote_style="outlook_zh"),

c([], "zh", "hard negative: internal praise slang about the client (yyds, 执行力) — banter that compliments the principal",
  DXY, [HD], "一小这周进展", """
韩东:

跟你说个好消息,何校长这次真的yyds。周一我们说学生名单卡住了,她一个电话把教务处的人全叫到会议室,半天就把五年级的名单整理完了,还顺手帮我们把六年级的也核了一遍。

这种执行力的校长太难得了,我们也得跟上:账号周三前全部开通,周四我去学校现场帮老师们登一遍。你那边要是有空,周四一起去?

小雨
"""),

c([], "zh", "hard negative: 拒绝登录 / 一律拦截 / 基本不可能 as anti-cheating mechanisms, answering a principal's worry",
  SY, [TANG], "Re: 关于替考的担心", """
唐校长:

老师们的担心很有道理,我们在设计时专门考虑过:

1. 同一账号在第二台设备上登录时,系统会直接拒绝登录,并在监考端弹出提醒;
2. 开考时和考试中途各做一次人脸比对,比对不上的会被标记,交由监考老师处理;
3. 学校可以设置IP白名单,只允许校内网络参加考试,校外IP一律拦截。

所以同一份卷两个人同时作答,在这套机制下基本不可能出现。如果学校希望更严格,第3条可以在下周的测验中先试用。

宋雅
""", quote="""
宋经理:
有老师担心,学生会不会把账号密码给别人,在家里另一台电脑上替他考?
唐卫民
"""),

c([], "mixed", "hard negative: colleague's quoted complaint about the client answered constructively (policy-driven change, lock scope via CR)",
  SY, [JT], "Re: 作业模块需求又变了", """
涛哥,

理解, 大家这两周确实很辛苦. 不过这次改动不是他们拍脑袋, 是市局11月新发的 '作业总量管控' 文件要求的, 每个学生每天的作业时长要能统计出来, 区里也是被动接的.

我的 plan: 周五我跟刘老师当面把 scope 锁死, 写进 CR, 之后再有变化走正式流程. 这两周组里的 overtime 我去跟陈总申请调休.

宋雅
""", quote="""
宋雅, 滨江那边需求又改了, 作业模块第三次推翻重来, 他们能不能想清楚再提? 组里都快崩了.
蒋涛
""", quote_from=JT),

c([], "mixed", "hard negative: can't delete the audit log (compliance) but offers two concrete alternatives and an escalation path",
  LZQ, [FANG], "Re: 成绩修改 audit log", """
方老师,

Audit log 本身删不了, 这是集团 data policy 和 exam board 的审计要求, 我们这边也没有权限关掉.

但老师们的感受可以理解, 我们能做的是:
1. 把 audit log 从老师的视图里隐藏, 只有 academic director 和 IT admin 能看;
2. 在 staff handbook 里加一段说明, 讲清楚这些记录只用于成绩申诉和审计, 不用于绩效考核.

这两项下周三前就能上线. 如果您觉得还不够, 也可以把集团合规的同事拉进来一起聊.

子谦
""", quote="""
子谦, 有老师问能不能把成绩修改的 audit log 删掉, 他们觉得被监控了不舒服. 方雯
"""),

c([], "mixed", "hard negative: discount beyond my authority, escalated to the director (Cc) with a reply-by date",
  GWZ, [FANG], "Re: 续约价格", """
方老师,

八折已经超出我这边能 approve 的范围了, 我不想随口答应再反悔. 我已经把您这边预算的情况 escalate 给陈总 (cc), 他周三前会直接跟您联系, 看看能不能通过调整 license 数量或者付款方式来帮到你们.

顾文舟
""", cc=[CQM], quote="""
顾总, 明年续约的价格能不能给到八折? 我们 training center 的预算今年砍了不少. 方雯
"""),

c([], "mixed", "hard negative: recommends a cut-over window but offers a second window and lets the client decide",
  LZQ, [FANG], "新平台 cut-over 时间", """
方老师,

新平台 cut-over 我们 recommend 放在 12月13日 周六晚上 8 点到 12 点, 那个时间段老师和学生的使用量最低, 万一出问题也有周日一整天可以回滚.

如果学校那边周日白天更方便 (比如 IT 同事周六另有安排), 12月14日上午也完全 OK, 两个窗口我们都准备好了. 您定一个就行.

子谦
""", cc=[TRAN]),

c([], "en", "hard negative: firm but polite overdue-invoice reminder citing the contract clause, asks what is holding it up",
  EC, [LOWE], "Invoice INV-2026-118 – overdue", """
Dear Margaret,

A gentle but important reminder: invoice INV-2026-118 for the Term 1 licence (£18,400) fell due on 30 September and is now 45 days overdue.

Under clause 7.2 of our agreement, work on new feature requests pauses once an invoice is more than 60 days overdue; urgent incident support is never affected. We'd very much like to avoid reaching that point, particularly with mocks coming up.

Could you let me know an expected payment date, or whether something on our side (a PO number, a different billing address) is holding it up? I'm glad to get on a call with your bursar if that's easier.

Best regards,
Ethan
"""),
]

# =====================================================================
# HARD NEGATIVES — long but focused (same length as the ramble positives)
# =====================================================================
CASES += [
c([], "zh", "hard negative: long but focused UAT plan for the final-exam system (schedule, scope, defect levels, acceptance criteria)",
  ZJ, [SUN], "期末在线考试系统UAT方案", """
孙主任:

按上周例会的约定,期末在线考试系统的用户验收测试(UAT)方案如下,请您审阅。

一、测试时间
11月24日(周一)至11月28日(周五),每天上午九点至十一点半、下午两点至四点半。

二、参与人员
电教馆:孙主任牵头,刘老师负责问题汇总;
学校:一小、二中、实验中学各派两名教师、一名信息员;
我方:项目经理、测试负责人、两名开发工程师全程驻场。

三、测试范围
1. 教师端:组卷、题目导入(Word和Excel两种格式)、考试发布、阅卷、成绩回写;
2. 学生端:登录、人脸核验、答题、断线续考、交卷;
3. 监考端:考场监控、异常提醒、强制交卷;
4. 管理端:考场编排、成绩统计、数据导出。

四、测试方式
每天上午按测试用例逐条执行,下午进行一次不少于三百人同时在线的模拟考试。周四下午安排一次断网演练:人为切断一个考场的网络五分钟,验证学生端本地缓存和续考功能是否正常。每天测试结束后,我方整理当天的执行情况和问题清单,下午五点前发到项目群,便于各校老师第二天查看。

五、问题处理
测试中发现的问题统一登记在共享表格里,分为三级:一级(影响考试进行)当天修复;二级(影响使用体验)两天内修复;三级(建议类)记录在案,评估后纳入后续版本。每天下午四点半开十五分钟碰头会,同步当天的问题和修复进度。

六、验收标准
全部测试用例执行完毕,一级问题全部关闭,二级问题关闭率不低于百分之九十,模拟考试中无任何数据丢失。满足以上条件后,由电教馆签署验收确认单。

七、需要贵馆协助的事项
1. 11月21日前确认三所学校的参与人员名单;
2. 协调多功能厅作为集中测试场地,并保证网络带宽不低于200M;
3. 提供两套真实的期中试卷作为测试素材,测试结束后我们会当场删除。

如有需要调整的地方,请随时告诉我,我们争取周五前定稿。

周婧
"""),

c([], "zh", "hard negative: long but focused root-cause analysis of the push-notification delay, taking responsibility, with fixes",
  SY, [SUN], "家长端成绩通知推送延迟原因分析及改进措施", """
孙主任:

关于11月10日期中成绩通知推送延迟的问题,我们这两天做了完整排查,情况汇报如下。

一、现象
11月10日16:30,全区十一所学校同时发布期中成绩通知,共约五万三千条。其中约百分之六十的家长在一小时内收到,其余家长最晚于次日早上7:40收到。当晚共有十七位家长拨打区教育热线询问成绩。

二、原因
1. 推送服务按照当初约定的每秒两百条处理,五万多条消息需要约四十五分钟才能全部发出,这部分属于设计预期;
2. 但在17:05左右,第三方推送通道对我们的账号触发了频率限制,返回大量"请稍后重试"的错误。我们的重试策略采用指数退避,最长间隔达到两小时,导致部分消息被推迟到深夜和次日;
3. 监控只统计了"已提交"的数量,没有统计"已送达"的数量,所以值班同事当晚没有及时发现。

三、责任
重试策略和监控指标的设计是我们的疏漏,与学校和电教馆的操作无关。

四、改进措施
1. 本周五前,重试最长间隔调整为五分钟,连续三次失败自动切换到短信通道;
2. 监控增加"送达率"指标,三十分钟内送达率低于百分之九十,自动告警到值班手机;
3. 与第三方通道协商提高频率上限,预计下周内完成;
4. 建议各校发布成绩时错开十五分钟,我们可以在管理端提供"定时发布"功能,由学校自行选择时间;
5. 在管理端增加推送进度页面,学校发布通知后可以实时看到已送达的比例,不必再打电话询问;
6. 值班手册补充推送异常的处理流程,写清楚何时人工切换短信通道、由谁通知电教馆。

五、后续安排
改进完成后,我们会在11月25日晚上做一次五万条消息的压力测试,测试结果第二天上午发给您。如果测试中仍有超过十分钟的延迟,我们会推迟本次改进的上线,并另行向您说明原因。

如果您希望当面听一下汇报,我们随时可以过去。

宋雅
"""),

c([], "en", "hard negative: long (~500 words) but focused gradebook migration plan with dates, mapping decisions and risks",
  PN, [LOWE], "Gradebook migration plan - draft for your review", """
Dear Margaret,

As agreed on Monday, here is the draft plan for moving your gradebook data from the current system to the new platform. I've kept it to the points that need a decision or action from your side; the technical runbook is attached separately.

1. Scope
We will migrate grades, teacher comments and attendance summaries for the current academic year and the two previous years, for all students in Years 7 to 13. Older records will be exported to an archive in PDF and CSV and kept on your file server, read-only.

2. Timeline
- 24-28 November: trial export from the old system and a first import into a test copy of the new platform.
- 1-5 December: your data team checks a sample of 50 students, chosen by you, against the old system. We fix any mapping issues the same week.
- 13 December (Saturday): final export and import. The old gradebook becomes read-only at 6pm that evening.
- 15 December: teachers start entering grades in the new platform.

3. Data mapping
Three things behave differently in the new platform and need your confirmation:
- Grade scales: the old system stores IB and GCSE grades in one field. We propose to split them into two scales so that reports show each correctly.
- Comments longer than 2,000 characters will be kept in full but shown collapsed in the teacher view.
- Students who left mid-year will be migrated as 'inactive' rather than deleted.

4. Risks
The main risk is the final weekend. If the import fails validation, we will not switch over; the old gradebook stays live and we repeat the import the following Saturday. Teachers would lose nothing either way. A smaller risk is the sample check in early December clashing with mock exams; if your data team is stretched, we can move it to the evenings or split it across two weeks.

5. What we need from you
- The list of 50 students for the sample check by 28 November.
- A named contact in your data team for the migration weekend, reachable by phone between 6pm and 11pm.
- Confirmation of the three mapping choices above.

6. Communication
We suggest a short note to staff on 8 December explaining the switch, and we are happy to draft it for you. A one-page quick guide for teachers will be ready by the same date, and we can run two optional 20-minute drop-in sessions in the staff room during the first week.

If any of these dates don't suit the school calendar, let me know and I'll rework the plan around them. I'd suggest a 30-minute call this Thursday to go through it together.

Kind regards,
Priya
"""),

c([], "zh", "hard negative: traditional Chinese long but focused weekly report (progress, issues, next week, help needed, risks)",
  XJH, [CHAN], "香港校區 家長App 第46週週報", """
陳校長您好:

以下是本週(11月10日至14日)家長App項目的進度報告,請您參閱。

一、本週完成事項
1. 家長App第二版已於11月12日上線,新增「請假申請」與「校車到站提醒」兩項功能。截至週五下午,已有六百一十二位家長更新至新版本,約佔全校家長的百分之五十八。
2. 中、英文通知範本已按貴校行政組的意見修訂完畢,共二十四份,已交由黃主任確認。
3. 校車到站提醒在三條路線試行,到站時間誤差平均在兩分鐘以內。
4. 完成教職員帳號的年度權限檢查,停用已離職教職員帳號十一個。

二、發現的問題
1. 部分舊款Android手機在開啟「請假申請」頁面時會閃退,影響約三十位家長。原因是舊版系統缺少一個圖片元件,修正版本將於11月18日發佈。
2. 有家長反映通知中的日期格式不一致(有的顯示「11/12」,有的顯示「12/11」),我們已統一改為「2026年11月12日」的寫法,下週一生效。
3. 少數家長反映校車提醒的通知聲音太小,容易錯過,下一版會加入提示音選項,由家長自行設定。

三、下週計劃
1. 發佈修正版本,並在發佈當天下午安排工程師駐校半天,協助家長現場更新。
2. 校車提醒擴大到全部六條路線。
3. 與貴校資訊組確認寒假期間的系統維護時段。
4. 整理家長在App內提交的四十七條意見,按功能分類後於下週五前交給貴校行政組參考。

四、需要貴校協助的事項
1. 請於11月19日前提供其餘三條校車路線的站點清單及時刻表;
2. 如方便,請在下週的家長通訊中提醒家長將App更新至最新版本。

五、風險提示
寒假前的期末成績發佈預計在1月中旬,屆時推送量會是平時的五倍左右。我們已預留伺服器資源,並會在12月底進行一次壓力測試,結果將另行報告。另外,聖誕假期期間我方值班人員會減半,如貴校在假期內有重要通知需要發送,請提前三個工作天告知,我們會安排專人跟進。

如對以上內容有任何疑問,歡迎隨時與我聯絡。

順頌
教安

許家豪
""", trad=True),

c([], "mixed", "hard negative: long code-switched change-impact analysis (live classes in the LMS) that stays on topic and leaves the choice",
  LZQ, [FANG], "直播课功能 change impact analysis", """
方老师,

上周您提到希望在 LMS 里加入直播课功能, 支持周末 training center 的小班课. 我们做了一个初步的 change impact analysis, 结论先放前面: 技术上可行, 但对 timeline 和成本都有明显影响, 需要您这边做个取舍.

1. Scope
- 老师端: 发起直播, 屏幕共享, 白板, 举手和点名;
- 学生端: Web 和 iPad 观看, 实时问答;
- 回放: 课后 24 小时内自动生成, 保留 90 天.

2. 对现有系统的影响
- 课表模块需要新增 '直播课' 这个课程类型, 现有的排课 rules 要做调整, 预计影响 3 个接口;
- 家长端需要增加上课提醒, 复用现有推送通道, 改动较小;
- 权限: 需要新增 '主讲老师' 和 '助教' 两种角色, 助教可以管理聊天区和举手队列, 这部分在现有的角色管理里就能完成;
- 存储: 按每周 40 节课, 每节 60 分钟估算, 回放视频每月大约 1.2 TB, 现有 storage plan 不够, 需要升级.

3. Timeline impact
如果纳入当前版本, 原定 12月20日 的 release 要推迟到 1月中旬, 主要是第三方音视频 SDK 的集成和测试需要四周左右. 另一个选择是作为独立的 phase 2, 1月启动, 3月初上线, 不影响现在的 release.

4. Cost impact
- 第三方 SDK 按分钟计费, 按上面的课时估算每月约 6,000 元;
- 开发和测试约 35 人天, 具体报价我们会另外发正式的 CR;
- 存储升级每年约 8,000 元.

5. Risks
- 学校 Wi-Fi 在高峰时段的上行带宽够不够老师推流, 需要 Kevin 那边配合测一下;
- 未成年人的视频回放涉及隐私政策, 建议上线前请学校法务看一下家长告知书的措辞;
- 老师需要额外培训, 我们可以在 1月的 teacher training 里加一节 30 分钟的直播课操作.

6. 如果决定做, 需要您这边提供
- training center 的开课计划和每周课时, 用来精确估算 SDK 费用;
- 两位愿意参加试点的老师, 1月第一周和我们一起做内测;
- 学校法务的联系人, 用于审核家长告知书.

7. 建议
我们倾向于做成独立的 phase 2, 风险更可控. 但如果 training center 那边有开课日期的硬要求, 放进当前版本也可以, 只是需要一起调整 release 计划. 您看完以后我们可以约个 30 分钟的 call, 一起定一下.

子谦
"""),

c([], "zh", "hard negative: long but focused student-records migration plan (scope, steps, validation, risks, support needed)",
  DXY, [LIUF], "学籍数据迁移方案(征求意见稿)", """
刘老师:

关于将各校原有学籍系统的数据迁移到区平台,我们拟定了以下方案,请您和信息科的同事提意见。

一、迁移范围
全区十二所学校在籍学生约一万八千人的基本信息、班级信息、近三年的学期成绩和奖惩记录。已毕业学生的数据暂不迁移,按原系统导出存档。

二、迁移步骤
第一步,数据摸底(11月17日至21日):派两名工程师到各校,逐一确认原系统的版本、字段含义和数据量,形成字段对照表。目前已知有三所学校使用的是自建Excel台账,需要单独处理。
第二步,试迁移(11月24日至28日):先选一小和实验中学两所学校做试点,将数据导入测试环境,由学校教务处抽查不少于百分之五的学生记录。
第三步,正式迁移(12月6日至7日,周末):分两批完成其余十所学校的迁移,每批迁移后立即进行总数核对和抽样核对。
第四步,并行运行(12月8日至19日):新旧系统并行两周,期间如发现差异,以原系统为准修正。

三、数据校验规则
1. 每所学校迁移前后的学生总数、班级数必须一致;
2. 身份证号、学籍号不得重复,重复数据单独列出由学校确认;
3. 成绩记录按学期和科目抽查,误差必须为零。

四、风险及应对
1. 部分学校原系统已停止维护,导出接口不稳定:我们准备了直接读取数据库的备用方案,需学校提供只读账号;
2. 同名同姓学生较多:以学籍号为唯一标识,姓名只作为辅助核对字段;
3. 迁移窗口内学校无法修改学籍:请信息科提前一周发通知,提醒各校在此期间暂停学籍变更。

五、需要信息科支持的事项
1. 发文通知各校配合数据摸底,并指定一名联系人;
2. 协调三所使用Excel台账学校的教务老师,11月20日前提交完整台账;
3. 确认迁移周末的值班安排;
4. 并行运行期间,我们每天下午汇总一次新旧系统的差异清单,请信息科指定一位老师接收并备案。

以上方案如有不妥,请在11月14日前反馈,我们据此修改后正式发文。

邓小雨
"""),
]

# deterministic shuffle (seed 4242) so labels do not follow the writing order
random.Random(4242).shuffle(CASES)
