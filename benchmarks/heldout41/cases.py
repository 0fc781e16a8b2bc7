"""heldout41 — blind test set of PM email drafts (retail banking, wealth management, call centres).

Written by an independent helper from the labelling guide (shared/drafts/README.md) and the seed
article only. TEST SET: never train or tune on it. Order is shuffled with random.Random(4141).
"""

import random

# --- our team -------------------------------------------------------------------------------
ZHENG = "郑蔓 <zheng.man@ourteam.example.com>"            # PM, mid-level, overloaded
ZHOU = "周启航 <zhou.qihang@ourteam.example.com>"          # delivery director, senior
LIN = "林小溪 <lin.xiaoxi@ourteam.example.com>"            # junior PM, chirpy
GAO = "高远 <gao.yuan@ourteam.example.com>"                # PM, blunt
MENG = "孟佳 <meng.jia@ourteam.example.com>"               # PM, call-centre programme
HAN = "韩卓 <han.zhuo@ourteam.example.com>"                # PM, code-switches a lot
WONG = "黃佩珊 <wong.puishan@ourteam.example.com>"         # PM, writes traditional
TSAI = "蔡宗翰 <tsai.tsunghan@ourteam.example.com>"        # PM, writes traditional
RACHEL = "Rachel Tan <rachel.tan@ourteam.example.com>"     # PM, English
OWEN = "Owen Fraser <owen.fraser@ourteam.example.com>"     # senior PM, English
LIU = "刘振宇 <liu.zhenyu@ourteam.example.com>"            # dev lead
TANG = "唐可 <tang.ke@ourteam.example.com>"                # QA
FENG = "冯建国 <feng.jianguo@ourteam.example.com>"         # architect
YUCHENG = "林育成 <lin.yucheng@ourteam.example.com>"       # engineer
SARA = "Sara Wu <sara.wu@ourteam.example.com>"             # QA lead
RAJ = "Raj Menon <raj.menon@ourteam.example.com>"          # engineer

# --- clients --------------------------------------------------------------------------------
QIAN = "钱国栋 <qian.guodong@bank-c.example.cn>"           # GM retail banking
SUN = "孙慧敏 <sun.huimin@bank-c.example.cn>"              # head of IT section
HE = "何志远 <he.zhiyuan@bank-c.example.cn>"               # call-centre operations manager
YE = "叶静 <ye.jing@bank-c.example.cn>"                    # wealth product manager
ZHAO = "赵明轩 <zhao.mingxuan@client-a.example.cn>"        # CTO, wealth-management firm
DENG = "邓婉 <deng.wan@client-a.example.cn>"               # operations director
TAO = "陶敏 <tao.min@client-a.example.cn>"                 # product, writes traditional
MARGARET = "Margaret Lowe <margaret.lowe@client-b.example.com>"  # head of contact centre
TOM = "Tom Keller <tom.keller@client-b.example.com>"       # IT director
AISHA = "Aisha Rahman <aisha.rahman@client-b.example.com>" # mobile banking product owner
JIAYI = "李佳怡 <li.jiayi@client-b.example.com>"           # WFM lead


def C(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, trad=False, **kw):
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=body.strip("\n") + "\n", quote=quote, quote_from=quote_from, trad=trad)
    d.update(kw)
    return d


POSITIVES = [
# ============================== argue ==============================
C(["argue"], "zh", "argue: lectures the bank that 11 of 17 'defects' are their own misconfiguration, tells their testers to read the manual",
  ZHENG, [SUN], "Re: 手机银行3.2版UAT缺陷清单", """
孙处长:

清单收到,我们逐条看过了。说实话,这份清单我们很难认同。

17项里有11项根本不是缺陷,是贵方测试环境的参数配错了——证书路径、超时阈值、灰度开关,全是贵方自己改的。部署手册第4.2节白纸黑字写着怎么配,贵方测试组显然没翻过。"低级问题"这个帽子,恕我们不能戴。

剩下6项我们周四前修完。另外请贵方测试组在下一轮开测前把手册认真过一遍,别再拿环境问题来占我们的修复工期,我们的人手不是无限的。

郑蔓
""", quote="""郑经理:
附件是第二轮UAT发现的缺陷,共17项,其中不少是低级问题,请贵司高度重视,本周内给出修复计划。
孙慧敏
信息科技部""", quote_from=SUN),

C(["argue"], "en", "argue: condescending 'keep it simple', blames the client's network team and tells the IT director to read the logs",
  OWEN, [TOM], "IVR routing — again", """
Tom,

Let me walk through this one more time, and I'll try to keep it simple.

The calls that "vanished" on Tuesday did not vanish. They were routed to queue 7, which your network team switched off at 14:05 without telling anyone — including, it seems, you. Our platform did exactly what it was configured to do. I'm not sure how many different ways we can explain that before it sticks.

I'd also point out that this is the third incident this quarter that started with a change on your side and ended with an angry email on ours. At some point somebody over there needs to take ownership of their own change log instead of forwarding every outage to the vendor and hoping it goes away.

Logs attached. Please read them before we speak on Thursday.

Owen
"""),

C(["argue"], "zh", "argue: rhetorical questions ('是纪要没人看,还是看了当没看?'), blames client ops; ASCII punctuation",
  GAO, [DENG], "关于理财App推送延迟的说明", """
邓总,

推送延迟的事,我们昨天晚上又查到十一点.结论跟上周一样:贵司运营同学在后台把推送批次设成了每30分钟一次,所以客户晚收到消息是必然的.

我有点想不通:同一个配置项,上周会上当着贵司七八个人的面讲过一遍,会议纪要里也写了,怎么这周又变成了"系统bug"?是纪要没人看,还是看了当没看?

我们团队这两周为了这个"bug"熬了三个通宵.下次能不能麻烦贵司先在内部对一下口径,再来找我们追责?

高远
""", ascii_punct=True),

C(["argue"], "mixed", "argue: sarcastic 'we are not fortune tellers', scolds the CTO for a useless bug report",
  HAN, [ZHAO], "Re: App 性能问题", """
赵总,

收到。不过说句实在话,"App 太慢" 这种 feedback 对我们 troubleshooting 基本没有帮助。哪个页面慢?iOS 还是 Android?几点钟?有没有 screenshot 或者 trace ID?什么都没有,您让我们怎么查,靠猜吗?

我们是做系统的,不是算命的。麻烦贵司 support 团队以后报问题按我们给的 template 来填,这个 template 上个月就发给你们了,appendix B。填完再发过来,我们 24 小时内响应。

韩卓
""", quote="""韩卓:
App 太慢了,客户投诉很多,你们尽快解决。
赵明轩""", quote_from=ZHAO),

C(["argue"], "zh", "argue: meeting recap used to lecture the bank ('有些同事没听,或者不愿意听', '非常不专业')",
  MENG, [HE], "昨日协调会纪要及几点说明", """
何经理、孙处长:

昨天协调会的纪要附后,几点需要单独说明一下。

第一,关于"坐席弹屏慢"。我再给大家梳理一遍:弹屏慢的根源在贵行CRM查询客户画像那一步,平均耗时4.8秒,CTI这边只占0.3秒。这个数字上周已经摆在桌面上了,昨天会上又有人把矛头指向我们的CTI,我只能理解为有些同事没听,或者不愿意听。

第二,贵行运维同事在没有做任何排查的情况下,直接以行领导名义给我司总部发函投诉,这种做法非常不专业,也严重影响了双方的合作氛围。希望以后先把基本的排查顺序搞明白,再决定找谁。

第三,下次协调会定在周四下午三点。

孟佳
""", cc=[SUN]),

C(["argue"], "zh", "argue: passive-aggressive 'thanks for your fourth email', rubs in the client's own signature, warns her off escalating",
  ZHENG, [YE], "Re: 关于基金详情页展示问题的再次反馈", """
叶经理:

感谢您今天的第四封邮件。为节省彼此的时间,我把情况一次说清楚:

两位小数是贵部门10月12日在需求确认单上签字确认的,签字人一栏写的是您本人的名字,扫描件我附在后面了。系统现在的表现与您签字的版本完全一致。

所以这个问题不是"仍然没解决",而是贵方自己改了主意。改主意当然可以,走变更流程就是了,但请不要再把它当成我们的缺陷往上报——尤其是在抄送我们总监之前,建议先看看自己签过什么。

郑蔓
""", quote="""郑经理:
基金详情页的七日年化收益率仍然只显示两位小数,与我行要求不符,这是第四次反馈了,请务必今天解决。
叶静""", quote_from=YE, quote_style="outlook_zh"),

# ============================== refusal ==============================
C(["refusal"], "zh", "refusal: one-line 'not this release' with no log, no date, no alternative",
  ZHENG, [YE], "Re: 智能止盈功能能否加入本期", """
叶经理:

本期已经封版了,智能止盈不会加进去。

郑蔓
""", quote="""郑经理:
行领导看了竞品后,希望在基金定投模块加入"智能止盈"功能,随本期一起上线,请评估。
叶静""", quote_from=YE),

C(["refusal"], "en", "refusal: polite-sounding but flat no to Spanish IVR prompts, nothing offered",
  RACHEL, [AISHA], "Spanish prompts", """
Hi Aisha,

Thanks for sending the list of Spanish prompts over. Adding a second language to the IVR isn't something we're going to take on — the menus stay English-only.

Cheers,
Rachel
"""),

C(["refusal"], "zh", "refusal hidden in a chatty friendly mail ('我们这边就不搞啦')",
  LIN, [DENG], "培训反馈 & 周五见~", """
邓姐早上好呀~

上周三的理财顾问培训,大家反馈都特别好,尤其是您安排的那场下午茶,我们组的小朋友到现在还在念叨那家的蛋挞,太会挑了!

顺带说一下,您提的那个"理财顾问离职后名下客户自动平均分配"的功能,我们这边就不搞啦,规则太绕了,咱们还是维持现在手工分配的做法吧~

周五例会见,给您带我们楼下的咖啡!

小溪
"""),

C(["refusal"], "zh", "refusal: bureaucratic official letter '不作承接…请贵行另行安排', no review or alternative",
  ZHOU, [QIAN], "关于《在手机银行增设个人养老金专区的函》的回复", """
C银行零售银行部:

贵部11月4日来函收悉。

经我司项目组研究,个人养老金专区不属于本项目合同约定的建设内容,我司不作承接,相关工作请贵行另行安排。

特此函复。

手机银行项目组
2026年11月6日
""", cc=[SUN]),

C(["refusal"], "mixed", "refusal: '没戏', 'don't even ask' tone on mp3 export, no alternative",
  HAN, [JIAYI], "Re: 通话录音导出格式", """
Hi 佳怡,

mp3 这个 option 没戏哈,平台只出 wav,以后也是。其他格式也不用再问了 🙏

韩卓
""", quote="""Hi 韩卓,
我们 QA 团队想把通话录音导出成 mp3,方便在手机上抽听,能不能加一个导出选项?
Thanks,
佳怡""", quote_from=JIAYI),

C(["refusal"], "zh", "refusal (traditional): flat 'not now, not ever' on FX push alerts, '請知悉'",
  TSAI, [TAO], "Re: 理財App即時匯率推播需求", """
陶小姐您好:

即時匯率推播這個需求,我們不會排進開發計畫,之後的版本也不會。請知悉。

蔡宗翰
""", quote="""蔡經理您好:
本公司希望在理財App加入即時匯率推播,客戶設定目標匯率後自動通知,請問可否安排?
陶敏""", quote_from=TAO, trad=True),

C(["refusal"], "zh", "refusal slipped into a meeting recap: DR site 'not in scope, no further discussion'",
  MENG, [HE], "11月10日周会纪要", """
何经理、各位:

今天周会要点如下:

1. 坐席系统2.4版上线时间维持12月14日不变。
2. 第二批坐席培训安排在12月3日、4日,地点为贵行客服中心三楼培训室,每场40人。
3. 贵方提出的"异地灾备中心同步建设"——这个不在我们的考虑范围内,本项目不会涉及,后续不再讨论。
4. 工单系统接口联调下周一开始,请贵方提前开通测试账号。
5. 下次周会:11月17日(周一)上午十点。

如有遗漏请补充。

孟佳
""", cc=[SUN, LIU]),

# ============================== persuade ==============================
C(["persuade"], "zh", "persuade: dismisses the GM's wish to keep the old layout, blames him for delay, demands signature by Friday",
  ZHOU, [QIAN], "Re: 手机银行首页改版方案", """
钱总:

恕我直言,原有布局已经是五年前的产物了,保留它等于让手机银行原地踏步。老年客户的问题我们考虑过,新版完全能覆盖,您不用顾虑。

这件事真的不宜再拖。我们的设计团队、开发排期都是按新版准备的,您这边如果继续坚持旧布局,整个项目都会被拖住,损失最终还是贵行承担。请您本周五前在新版方案上签字,我们下周一就开工。

周启航
""", quote="""周总:
新版首页改动太大,我行老年客户多,我倾向保留原有布局,小改即可。
钱国栋""", quote_from=QIAN),

C(["persuade"], "en", "persuade: CTO authority + cost pressure, 'no scenario where on-prem ends well', sign by Friday",
  OWEN, [MARGARET], "Hosting decision — need your sign-off this week", """
Margaret,

I'll be direct, because we're running out of road. Our CTO went through your team's on-prem proposal on Monday, and his view — which I share — is that it simply doesn't hold up. The hardware lead times alone push you past Easter.

Every week this stays open costs you roughly £40k in contractors sitting idle, and that number is on your side of the ledger, not ours. The cloud SOW is attached and ready. I'd like your signature by Friday so we can lock the environment build; there honestly isn't a scenario where holding on to on-prem ends well for you, and I'd rather we stopped spending meetings on it.

Best,
Owen
"""),

C(["persuade"], "mixed", "persuade: 'give up building it yourselves', belittles their team, '早签早上线' pressure to buy our module",
  HAN, [ZHAO], "关于 robo-advisor 自研 vs 采购", """
赵总,

关于贵司想自研 robo-advisor 的想法,我的建议很直接:趁早放弃。

您团队现在那几个人,做 rebalancing engine 都够呛,更别说合规报送和 backtesting 了。自研走一圈下来,最少一年,最后大概率还是回来买我们的 module。与其绕这一圈,不如现在就定下来。

早签早上线,晚签多花钱,这笔账您算一下就明白。Contract 我已经让商务准备好,您这周给个 OK 就行。

韩卓
"""),

C(["persuade"], "zh", "persuade: overrides the call-centre manager's concern ('您就听我们一次'), announces the full-IVR plan unilaterally",
  MENG, [HE], "关于挂失业务全面转语音自助的建议", """
何经理:

您上次提到担心老年客户不会用语音自助,想保留人工挂失通道。这个顾虑我能理解,但说实话,人工挂失在同业里早就是淘汰的做法了,保留它只会拖累整个中心的接通率。

您就听我们一次:全部切到语音自助,投诉率只会降不会升,这是我们在十几家银行验证过的。这件事我觉得没有再讨论的必要了,下周一开发就按全自助方案启动,人工通道这次一并下线。

孟佳
"""),

C(["persuade"], "zh", "persuade: cost pressure, '唯一说得过去的选择', urges the director to overrule her own people and stamp this week",
  ZHOU, [DENG], "登录验证方式的最终建议", """
邓总:

短信验证码一条七分钱,贵司一年两千多万次登录,光短信费就是一百五十万往上,这钱花得毫无意义。我们的动态令牌方案是目前唯一说得过去的选择,继续用短信,说难听点就是跟钱过不去。

合同商务那边已经拟好了,价格也给到了底线。我知道贵司内部还有不同声音,但这种事拖得越久越被动,建议您这次就拍板,别再让下面的人议来议去了。这周内盖章,我们月底就能切。

周启航
"""),

C(["persuade"], "zh", "persuade: 'let it go', tells the bank its test centre can't cope and books our team in regardless",
  ZHENG, [SUN], "回归测试安排", """
孙处长:

关于回归测试继续由贵行测试中心承担这件事,我想再说一次我的看法:放手吧。

贵行测试中心的同事都很敬业,这点没有疑问,但自动化回归不是他们的强项,这个您心里其实也清楚。上一轮回归拖了九天,下一轮再这样,十二月上线就是空话。

这件事我就不再跟您来回拉扯了。我已经把我们的测试团队排进了下周一开始的计划里,贵行测试中心只需要配合提供账号。您回个"同意"就行。

郑蔓
"""),

C(["persuade"], "zh", "persuade (traditional): '放下執念', calls the bank's concerns old thinking, tells them to skip internal evaluation",
  WONG, [SUN], "資料庫選型的建議", """
孫處長您好:

關於核心帳務資料庫的選型,我們很真誠地建議貴行放下對現有Oracle的堅持。分散式資料庫是大勢所趨,同業裡還在觀望的,現在都在後悔。

坦白說,貴行的顧慮我們都聽過了,但那些顧慮都是舊思維。遷移排程我們已經幫您排好,從一月第二週開始,您這邊只要點頭就可以,不需要再做內部評估了,評估只會浪費時間。

黃佩珊
""", trad=True),
]

POSITIVES += [
# ============================== ramble ==============================
C(["ramble"], "zh", "ramble: Chengdu trip, hotpot, son's tutor, baking, ginkgo, fishing; the one action (confirm load-test report by Wed) is buried mid-mail",
  ZHENG, [SUN], "近况 & 一点小事", """
孙处长好:

好久没给您写长邮件了,趁着今天下午难得不用开会,跟您多聊几句。

上周末我终于去了一趟成都,出差顺便待了两天。您之前说宽窄巷子人太多,我这次听您的,改去了玉林路那一带,小酒馆门口真的坐满了年轻人,弹吉他的、遛狗的、拍照的,特别热闹。晚上吃了一家老火锅,牛油锅底,毛肚七上八下,鸭肠烫十秒,老板娘还教我用香油蒜泥碟,吃完第二天嗓子都哑了,不过值得。回来的飞机晚点了两个小时,我在候机厅把一本讲地方财政的书看完了一半,写得很通俗,推荐您有空翻翻。

家里这边,儿子下个月要期中考试,数学一直是老大难,上周请了一个大学生家教,小伙子挺靠谱,一上来就说孩子不是笨,是没养成检查的习惯。我听了挺受触动,想想我们做项目其实也一样,很多问题不是不会,是不复查。说到这个,我太太最近迷上了烘焙,每周末做一炉吐司,厨房里全是面粉,我现在中午带饭都是她做的三明治,同事们都羡慕得不行。

天气也是说变就变,这周降温了七八度,早上送孩子上学,路边的银杏一夜之间全黄了,特别好看,我拍了几张照片,回头发您。您上次说膝盖不太舒服,天冷了记得多注意保暖,爬楼梯能少就少。

对了,压测报告已经放在共享盘里了,麻烦贵方周三前确认一下结论。

我们楼下新开了一家云南菜,汽锅鸡做得很地道,米线也是现切的,下次您过来我们一起去尝尝。听说他们家的鲜花饼是每天从昆明空运过来的,我还没吃上,每次去都卖完了。另外我最近在学钓鱼,周六跟几个朋友去了郊区的水库,坐了一天只钓上来两条小鲫鱼,被大家笑话了一晚上,不过在水边发呆的感觉真好,手机一关,什么事都不想。下周打算再去一次,这回提前请教了一位老钓友,据说要用煮过的玉米粒打窝,鱼才肯过来。

就先聊这么多,祝您周末愉快!

郑蔓
"""),

C(["ramble"], "zh", "ramble: marathon, knee injury, running shoes, industry gossip, daughter's guzheng; UAT accounts request buried in the middle",
  LIN, [DENG], "论坛之后 & UAT", """
邓总您好:

上周在行业论坛上碰到您,聊得特别开心,回来以后一直想给您写封邮件,今天终于抽出空来了。

您那天说起正在准备明年春天的半程马拉松,我回家就把压箱底的跑鞋翻出来了。结果跑了三天,左膝盖就开始疼,去医院拍了片子,医生说是髂胫束综合征,典型的"突然加量",让我先停两周,每天做泡沫轴放松。我现在办公室里常备一根泡沫轴,午休的时候在会议室里滚来滚去,同事们都以为我在练什么神功。您跑步这么多年,有什么护膝的好办法,一定要教教我。我还在网上看了好几篇跑鞋测评,缓震的、竞速的、碳板的,看得眼花缭乱,最后下单了一双最普通的,反正我这水平也配不上碳板。

论坛上那位讲"财富管理数字化"的嘉宾,您还记得吗?后来吃饭的时候听人说,他去年刚从一家大型券商跳槽出来,据说是因为跟老板在战略上意见不合,具体怎么回事大家说法都不一样,有人说是因为投顾业务的考核方式,也有人说是因为团队被合并了。圈子真小,转来转去都是熟人。

另外,这两周北京的天气实在太干了,我买了一台加湿器放在工位上,结果隔壁同事说他的文件都快被熏软了,只好挪到窗台上。我女儿最近在学古筝,每天晚上练四十分钟,《渔舟唱晚》已经能弹得像模像样了,我在旁边听着,一天的疲劳都没了。她老师说明年可以考五级,我心里比她还紧张。

UAT测试账号需要贵方明天上午十点前开通,名单我放在附件里了。

说回跑步,您上次推荐的那个跑步App我也下了,功能很全,配速、心率、步频都有,就是每次跑完都要弹出一堆广告,有点烦。听说贵司的理财App也要做社区功能,以后会不会也加个运动打卡的模块?开个玩笑。

周末要是天气好,我打算去奥森走一走,不敢跑了,就走走,听说那边的银杏这几天正是最好看的时候。祝您训练顺利!

林小溪
"""),

C(["ramble"], "zh", "ramble: annual-party sketch, colleague's wedding, karaoke, fat cat, hotpot queue, TV drama; cut-over duty request buried",
  GAO, [HE], "这周的一些事", """
何经理:

这周真是忙疯了,不过忙里也有乐子,跟您分享几件事。

我们公司年会的筹备已经开始了,今年行政搞了个新花样,每个部门要出一个节目,我们项目组抽到了小品。编剧是我们组新来的实习生,剧本写的是"项目经理的一天",把我平时说话的口头禅全写进去了,什么"这个我回头确认一下"、"我们先对齐一下"。排练的时候大家笑得直不起腰,我本人演我自己,反而演得最不像。年会的抽奖环节今年也改了规矩,一等奖是一台扫地机器人,二等奖是按摩椅的体验卡,行政说是根据去年大家的投票选的。我连续五年什么都没抽中,同事们都说今年的好运肯定轮到我了,我倒是觉得能抽到一箱橙子就心满意足了。

上周六参加了我们测试组小唐的婚礼,在郊区一个草坪上办的,下午阳光特别好,新娘是她大学同学,两个人谈了八年。司仪是新郎的哥们儿,全程脱稿,段子一个接一个,把双方父母都逗哭了。晚上大家又转场去唱K,我唱了一首老情歌,被评为"全场最走心",其实是跑调跑得太厉害,大家不好意思说。

家里那只橘猫最近胖了两斤,兽医说必须减肥,现在每天只能吃定量的猫粮,它半夜两点准时跳到床上踩我的脸抗议。我太太说它跟我一个德行,一饿就闹脾气。

坐席2.4版周六凌晨两点切换,请贵方安排好值班人员。

说起来,您上次推荐的那家潮汕牛肉火锅,我们组聚餐去了,吊龙和匙柄确实鲜,就是排队排了一个半小时,差点没把我们饿晕。店里墙上贴满了明星合影,老板说周末晚上都要排到十点。回来的路上大家还讨论要不要团建去一趟汕头,专门吃一圈。对了,最近我在追一部讲九十年代深圳创业的电视剧,里面那个做寻呼机生意的老板,跟我们公司创始人的经历几乎一模一样,我转给他看,他说编剧肯定采访过他。

就写到这里,您也注意休息,年底了大家都不容易。

高远
"""),

C(["ramble"], "zh", "ramble: rock tea, lake fishing trip, stock-market chatter, kids' swimming coach; invoice/payment line buried",
  ZHOU, [ZHAO], "茶、鱼和一张发票", """
赵总:

前几天在茶会上见到您,您说最近迷上了岩茶,我回去就去茶城转了一圈。老板给我泡了三泡大红袍、两泡肉桂,喝得我一晚上没睡着,第二天开会全程在打哈欠。后来老板跟我讲,岩茶讲究"岩骨花香",要喝出山场的差别,我喝来喝去只觉得一个比一个苦,看来还得跟您多学学。您要是有好的茶庄推荐,发我一个,我过年想给老丈人带两盒。

上周末我跟几个朋友去千岛湖钓鱼,租了一条船,凌晨五点出发,湖面上全是雾,美得跟画一样。一上午就钓了一条翘嘴,还不到一斤,倒是一起去的老李,钓上来一条七斤多的鲢鱼,在船上拍了几十张照片,发了一整天朋友圈。中午在船老大家里吃的鱼头汤,那个鲜,我到现在都忘不了。回程的时候下起了小雨,大家挤在船舱里打牌,输的人负责晚上请客。

最近市场也是有意思,上周有一只券商股连着涨停,我们公司好几个同事都在讨论,说要不要追。我是一直不太敢碰股票的,总觉得自己没那个心态。倒是我们财务的老周,据说去年赚了不少,现在每天中午都在看盘,饭都顾不上吃。我家那位更保守,只买国债和大额存单,说睡得着觉最重要。说起喝茶,我最近还在读一本讲茶马古道的书,作者沿着当年的路线从雅安一路走到拉萨,写沿途的马帮、驿站和藏族人家,读着读着就很想去走一走。我跟我太太商量过,等孩子大一点,一家人自驾去一趟川西。

上月的服务费发票已经寄出了,EMS单号EA30918277CN,请查收后安排付款。

另外,您之前提到想让孩子学游泳,我们小区旁边新开了一家恒温泳池,教练是退役的省队队员,教小朋友特别有耐心,一期十二节课,我儿子上完已经能游二十五米了。您要是有兴趣,我把教练微信推给您。他们暑假还有夏令营,据说名额很紧,要提前两个月报名。

天气转凉了,您注意身体,改天请您喝茶。

周启航
"""),

C(["ramble"], "zh", "ramble: Dali holiday, sunrise photos, drone scare, street food, B&B owner, photo course; sign-back of the prospectus buried",
  ZHENG, [YE], "大理归来", """
叶经理:

上周我请了几天年假,去了一趟大理,回来还没跟您好好打招呼,今天补上。

这次是带着相机去的,专门拍洱海的日出。每天早上六点不到就骑着电动车去海边,等太阳从苍山对面的那片云里钻出来,湖面一下子就亮了,海鸥成群地飞过来,我连按了几百张,回来挑了十几张满意的。还带了一台小无人机,结果在双廊那边飞的时候差点被风吹到湖里,吓得我手心全是汗,后来就不敢再飞了,老老实实地在地面拍。

古城里的小吃也很有意思,乳扇、饵块、烤饵丝,我每天换着吃,还专门去了一家开了三十多年的老店吃酸辣鱼,店里的阿姨听说我从外地来,非要多送我一碗米线。晚上在人民路上溜达,到处都是弹唱的,有一个小伙子唱民谣唱得特别好,我站着听了半个多小时。住的民宿老板以前是做金融的,辞职以后来大理开店,跟我聊了一晚上的"逃离"与"回归",听得我都有点心动了。

回来以后我把照片整理了一下,准备做一本小相册送给我妈,她一直说想去大理,但身体不太好,出不了远门,就让她看看照片吧。我妈看到照片以后特别高兴,说洱海的颜色跟她年轻时去的时候一模一样,还翻出了一张三十年前在三塔下面拍的黑白照片,照片里的她扎着两条辫子,我都认不出来了。我还在网上报了一个摄影后期的课程,每天晚上学一个小时,想把调色这块补一补,老师说我的照片"构图还行,色彩太脏",一针见血。

基金产品说明书终稿在附件里,请贵方周五前回签。

对了,您之前说明年想带家人去云南,我可以把我的路线和民宿信息都整理给您,沙溪古镇也很值得去,人少,安静,比大理古城更有味道。要是时间够,还可以去一趟诺邓,那边的火腿特别有名,我带了两只回来,切片蒸一下,家里人都说好吃。

郑蔓
"""),

C(["ramble"], "en", "ramble: piano recital, tulip bulbs, squirrels, baking show, sunken cake, office sweepstake, neighbour's greyhound; training-date confirmation buried",
  RACHEL, [MARGARET], "Catching up (and one small thing)", """
Hi Margaret,

I hope you had a lovely weekend! Mine was a bit of a whirlwind, so forgive me for rambling a little.

Saturday started with my daughter's piano recital at the community hall. She's nine and has been practising the same Clementi sonatina since August, so by now the whole street can probably hum it. She was terribly nervous beforehand and hid in the loo for ten minutes, but once she sat down she played it beautifully, only one wobble in the second movement, and afterwards she insisted we celebrate with pancakes, which somehow turned into a three-hour brunch with two other families. I think I had four coffees. One of the other dads turned out to be a beekeeper and spent a good half hour explaining how hives survive the winter, which was honestly fascinating.

Sunday was meant to be a quiet gardening day. I finally got round to planting the tulip bulbs my mother-in-law gave me in September, roughly two months too late according to every gardening forum I consulted. The squirrels were watching the whole operation with great interest, so I suspect I've just laid out a buffet for them. We'll see what survives till spring. Then the rain came in sideways at about three o'clock and I retreated to the sofa to catch up on the baking show. My husband is convinced the contestant with the lopsided tiers is going to win; I'm backing the quiet retired nurse who makes everything look effortless.

Speaking of baking, I attempted a lemon drizzle on Sunday evening. It sank in the middle, as it always does. I've now tried three recipes, two different oven temperatures and a new tin, and I'm beginning to think the problem is simply me.

Could you confirm the agent training dates, 18 and 19 November, when you get a moment?

On a completely different note, did you see the match on Saturday night? I'm not really a football person, but our office has a sweepstake going and I drew the team that hasn't won away since last season, so I've been getting a lot of sympathy at the coffee machine. Someone has suggested we do the same for the darts championship in January, which I know even less about.

Also, my neighbour has just adopted a retired greyhound called Biscuit, who is the gentlest, laziest dog I've ever met. He sleeps about twenty hours a day and has taken to lying across our front step as if he owns it. The children are besotted and now campaign daily for a dog of our own. I'm holding firm, for now.

Anyway, I'd better stop before this turns into a novel. Have a great week, and say hello to the team for me.

Warm regards,
Rachel
"""),

C(["ramble"], "en", "ramble: kitchen renovation, curry spreadsheet, club ride, shipping-container podcast, gamer son, walking holiday; certificate CSR deadline buried",
  OWEN, [TOM], "A longer one than usual", """
Hi Tom,

Hope the week's treating you well. I've been meaning to drop you a line since the conference, so here's a slightly longer one than usual.

First, the kitchen saga continues. You may remember I mentioned we were having the kitchen redone. Well, the builders found that the back wall was holding up rather more of the house than anyone had realised, so we now have a steel beam, a structural engineer on speed dial and a sink in the living room. We've been living on microwave meals and takeaway curry for three weeks. My partner has started ranking the local curry houses on a spreadsheet, complete with weighted scores for naan quality, which I suppose is what happens when two project people share a house.

On the brighter side, I've got back into cycling. A colleague talked me into joining a Sunday club ride, which he described as "social pace". It was not social pace. It was forty-five miles into a headwind with a hill at the end that the locals apparently call the Widowmaker. I finished, technically, about ten minutes after everyone else, and the cafe had run out of bacon rolls by the time I arrived. I have since bought padded shorts, a proper rain jacket and a small bell, which the club assures me is unnecessary and deeply uncool.

I've also been listening to a brilliant podcast on the history of the shipping container. It sounds dull, but it's about how one boring metal box quietly rewired the entire world economy, the ports, the unions, the lorries, everything. There's an episode on how they standardised the corner fittings that I've now listened to twice. I'll send you the link; I think you'd enjoy it, given your views on standards committees.

The SSO certificate expires on 30 November, so we'll need your CSR by this Friday.

Other news: my son has decided he wants to be a professional gamer, which has led to some lively conversations at the dinner table, or rather at the living-room sink. We've compromised on an after-school coding club and a strict two-hour limit, which he negotiates down to the minute every evening. Honestly, he'd make an excellent procurement manager.

And I've finally booked the walking holiday in the Lake District that I've been talking about for two years. Five days, hut to hut, no laptops. My team have been told that if anything catches fire, they are to put it out themselves.

Anyway, that's enough from me. Say hi to everyone on your side, and let's grab a pint next time I'm down your way.

Cheers,
Owen
"""),

C(["ramble"], "mixed", "ramble: hiking trail, lemon tea, K-drama binge, bubble-tea habit, concert tickets, musical, brunch; WFM report deadline buried",
  HAN, [JIAYI], "周末 & 一个小 reminder", """
Hi 佳怡,

周末过得怎么样?我这周末终于去走了一趟麦理浩径,走了第二段,从北潭凹到咸田湾,全程差不多五个小时。天气超好,sky 蓝得不真实,海水是那种 turquoise 的颜色,拍出来像加了滤镜一样。中途在一个小村子里的士多买了冰镇的柠檬茶,老板娘一个人守着那间店三十多年,说年轻人都搬出去了,只有周末才有 hikers 经过。到了海滩我直接躺平了半小时,鞋子一脱,脚底起了两个泡,but totally worth it。

回来以后追了一部 Netflix 的韩剧,讲一个律师的,本来只想看一集,结果一口气看到凌晨三点,周一上班整个人都是 zombie 状态,开 stand-up 的时候差点睡着。我们组的实习生推荐的,她说这部 rating 超高,我现在已经彻底 hooked 了,每天下班就想赶紧回家看。

说到实习生,她最近每天下午都要点一杯奶茶,芋泥波波、杨枝甘露、生椰拿铁轮着来,整个办公室都被她带坏了,现在三点一到大家就开始拼单。我这个月光奶茶就喝掉了三百多块,体重也跟着上去了,下个月真的要 cut 掉了,说到做到(大概)。

WFM 排班 report 麻烦下周一前发给我们。

对了,你上次说十二月要去看演唱会,抢到票了吗?我朋友说那场开票三分钟就 sold out 了,黄牛价炒到了原价的四倍,简直夸张。如果你抢到了,记得拍点 video 给我看看。我自己倒是买到了一场 musical 的票,下个月的巡演,坐在二楼最后一排,但能看就好,上次看音乐剧还是大学的时候,和室友两个人省了一个月的饭钱。

还有,我家楼下新开了一间 brunch 店,eggs benedict 做得很正,荷兰酱是现做的,周末排队排到门口。下次你来这边出差,我们一起去试试,我请客。上周末我还去了一趟花墟,买了一盆小小的多肉和一束尤加利叶,放在办公桌上,每天看一眼心情都会好一点。同事说我的桌子越来越像一个小花园了,下次打算再添一盆 pothos,据说特别好养,忘了浇水也死不了。

Have a nice weekend!

韩卓
"""),

# ============================== backchannel ==============================
C(["backchannel"], "zh", "backchannel: internal mail mocking the bank's IT head as '孙老师' who can't explain an index but lectures us",
  ZHENG, [LIU], "明天的索引评审", """
振宇:

提醒一下,明天上午的索引评审,"孙老师"会亲自坐镇。对,就是那位连个联合索引都讲不明白、却特别喜欢给我们上课的孙处。

你做好心理准备,她大概率又会拿她十年前在小机上那套经验来"指导"我们,听着就行,别接话,接了今天下午就别想下班了。我跟她开了半年会,血压已经练出来了。

评审材料我过了一遍,没问题。

蔓
"""),

C(["backchannel"], "zh", "backchannel, reply-all accident: sneers at 'C行这帮人' and the call-centre manager while he is still in Cc",
  GAO, [FENG], "Re: C行客服中心新增需求清单", """
老冯:

看了。C行这帮人也是绝了,一个礼拜能改三回主意,开会全靠拍脑袋,散会全靠忘。那位何经理更是重量级,每次都是"领导说的",问哪个领导,他也说不上来。

先全部放进待评估池,等他们自己吵明白了再说。

高远
""", cc=[HE], quote="""高远:
C行客服中心那边又提了三个新需求,清单附后,你看看怎么排。何经理也在抄送里,有问题可以直接问他。
老冯""", quote_from=FENG),

C(["backchannel"], "en", "backchannel: internal heads-up calling the client's IT director 'Mr. Spreadsheet' who pretends to read reports",
  RACHEL, [SARA], "tomorrow's test review", """
Sara,

Quick heads-up before tomorrow. Client-B's very own Mr. Spreadsheet (yes, Tom) will be chairing again, so expect another forty minutes of him "interpreting" pass rates he clearly didn't open. Last time he asked why the red cells were red.

Plan: we let him talk himself out, nod in the right places, and then walk through the three open defects in the last ten minutes. Don't correct him in front of his boss, he sulks for a week.

R.
"""),

C(["backchannel"], "mixed", "backchannel: internal mail calling the client's product owner a drama queen and advising a colleague to ignore her",
  HAN, [TANG], "Aisha 的 \"quick question\"", """
可可,

Client-B 那位 Aisha 又 ping 我了,subject 写着 "quick question",点进去一看一共九个问题,还有两个是上周已经回答过的。这位姐真的是 drama 本身,每个 bug 都能写成一篇小作文,P4 的 typo 她能给你标成 Critical。

你以后她的 Teams 消息不用秒回,晚两个小时回也不会世界末日。她那种 style 你越快回她越来劲 lol。

卓
"""),

C(["backchannel"], "zh", "backchannel (traditional): internal mail saying the client CTO can't read his own report and is a master at shifting blame",
  TSAI, [YUCHENG], "A公司報表的事", """
育成:

A公司那位趙老闆今天又來了,說我們的績效報表「數字不對」。我花了一個小時陪他對,最後發現是他自己把年化和累計看反了。這種人自己看不懂,就先怪別人,甩鍋功力一流。

下次他再找你,直接把欄位說明丟給他,不用陪他演。

宗翰
""", trad=True),

C(["backchannel"], "zh", "backchannel in a mail to the client: disparages the bank's IT head behind her back ('能力确实跟不上', '按周计费'), asks not to forward",
  ZHOU, [QIAN], "项目进度的一点私下沟通", """
钱总:

有些话会上不方便说,私下跟您汇报一下。

项目目前卡住的几个点,说实话,根子都在科技部孙处长那边。孙处长这个人吧,人是好人,但能力确实跟不上,很多技术问题她自己判断不了,又不肯放权给下面的人,结果每件事都要在她那里压一两周。我们团队私下都说,跟孙处长对接是"按周计费"的。

如果可以的话,建议后续技术对接换一位同事。这封邮件请您不要转给她。

周启航
"""),

C(["backchannel"], "en", "backchannel, reply-all accident: mocks the 'Head of Contact Centre' while she is in To",
  OWEN, [RAJ, MARGARET], "Re: Another demo round for Client-B?", """
Raj,

Sure, set it up, but keep it short. Their "Head of Contact Centre" couldn't find the mute button on a headset last time, so there's no point showing her the routing screens. Give them the shiny demo build, let them click around, and let's stop pretending anyone over there is going to test anything properly.

O.
""", quote="""Owen,
Client-B's contact centre wants another round of agent desktop demos before UAT. Should we set it up? Margaret is copied so she can suggest dates.
Raj""", quote_from=RAJ),

# ============================== two labels ==============================
C(["argue", "refusal"], "zh", "argue+refusal: flat 'not changing it' plus rhetorical scolding about breaking their own freeze",
  ZHENG, [YE], "Re: 风险等级展示调整", """
叶经理:

五色标签这次不改。

上线前三天提这种改动,贵方自己不觉得离谱吗?需求冻结是贵行自己定的规矩,写进了项目章程第三页,现在贵方带头破坏,还要我们来兜底?我们团队已经连续加了两周班,不是来给"领导一句话"收拾残局的。

郑蔓
""", quote="""郑经理:
行领导要求把理财产品风险等级的展示从文字改成五色标签,请在本周上线前完成。谢谢!
叶静""", quote_from=YE, quote_style="foxmail"),

C(["persuade", "argue"], "en", "persuade+argue: says the client's team hasn't grasped the architecture, 'this option shouldn't be on the table', sign this week",
  OWEN, [TOM], "Re: Phase 1 scope — legacy CTI", """
Tom,

With respect, this decision tells me your team still hasn't grasped the architecture we walked you through in three separate workshops. Keeping the legacy CTI while moving the IVR is like replacing the engine and keeping the old gearbox, and I'd have hoped someone on your side would have spotted that by now.

There's no "impact" to assess here because this option shouldn't be on the table. You need to move both onto our SIP platform in phase 1. Please stop relitigating this and get the revised order signed this week so we can get on with it.

Owen
""", quote="""Owen,
We've decided to keep the legacy CTI for the first phase and only migrate the IVR. Let us know the impact.
Tom""", quote_from=TOM),

C(["argue", "backchannel"], "mixed", "argue+backchannel: blames the client for the crash ('先照照镜子') and disparages their engineer 小郑 to his boss",
  HAN, [ZHAO], "本周 production crash 的结论", """
赵总,

周二晚上的 production crash,root cause 已经确认:是贵司那边自己 push 的一个 config,把 connection pool 从 200 改成了 20。这个改动没有走 change request,也没有通知我们,事后还第一时间在群里说是我们的 release 出了问题。

说实话,贵司那位被称为"技术大牛"的小郑,我们合作这半年下来观察,连 application log 都看不太明白,每次出事第一反应就是甩给 vendor。建议您考虑换个人对接,不然这种事还会再来。

也请贵司以后出了事先照照镜子,再来找我们。Post-mortem 报告附后。

韩卓
"""),

C(["ramble", "persuade"], "zh", "ramble+persuade: golf, Bordeaux wine, son's applications, book club; buried line pressures the GM to sign our marketing platform ('没有第二条路')",
  ZHOU, [QIAN], "球场一别", """
钱总:

上周在高尔夫球会碰到您,您那一杆小鸟球我到现在还记得,同组的几位都在说您这两年球技进步太快了。我回来以后痛定思痛,报了一个教练课,教练看了我挥杆的视频,说我的问题是"上杆太快、重心太早",让我先从半挥杆练起。练了两周,手上磨出两个茧子,下场还是九十多杆,看来这辈子是追不上您了。

说起那天晚宴上您开的那瓶波尔多,我后来专门查了一下,是二〇一〇年的,那一年据说是近二十年最好的年份之一。我对红酒完全是门外汉,只觉得入口很顺,回味很长。您讲的那段酒庄主人和他女儿的故事,我转述给我太太听,她说下次一定要跟着去长长见识。我们打算明年春天去一趟法国,先去巴黎看看,再到波尔多转一圈,您要是有熟悉的酒庄,千万推荐给我。

最近我儿子在准备申请英国的学校,天天在家里写文书,一会儿说要写他去支教的经历,一会儿又说要写他养的那只乌龟,我看了几稿,都不太满意,他说我不懂年轻人。家里现在的气氛有点紧张,我太太和他每天晚上都要为这事讨论到十一点。您家公子当年是怎么申请的,有空也给我们传授一点经验。

营销中台那件事,您就别再纠结了。说句实在话,除了我们的方案没有第二条路,贵行短名单上另外两家都是陪跑的,继续比下去只是浪费您的时间。您周五前把采购意向书签了,其他的我来安排。

另外,上次您说想给行里的青年员工组织一次读书会,我这边正好认识一位写金融史的作者,他的新书讲的是近代上海的钱庄和票号,写得很有意思,如果需要,我可以帮忙联系他来做个分享。

前两天路过贵行总行楼下,看到大堂新换了一组国画,听说是一位本地老画家捐的,画的是太湖上的渔舟,我站在那里看了好一会儿。我父亲年轻时也画过几年国画,后来工作忙就搁下了,家里还留着他当年用的几支毛笔,我一直想找个时间重新拾起来,哪怕只是练练字也好。

天冷了,您多保重,改天再约球。

周启航
"""),

C(["refusal", "backchannel"], "zh", "refusal+backchannel: flat no to screen recording, then mocks the client's new director as an outsider",
  GAO, [HE], "Re: 坐席工作台录屏需求", """
何经理:

录屏这个我们不加,工作台不搞这一套。

说句题外话,你们这位新主任要是稍微懂一点呼叫中心,就不会提这种需求——全程录屏,存储算过吗?带宽算过吗?外行领导内行,受罪的还是咱们这些干活的。你私下劝劝他吧。

高远
""", quote="""高经理:
我们新来的主任要求坐席工作台增加全程录屏功能,用于质检,请安排。
何志远""", quote_from=HE),
]

NEGATIVES = [
C([], "zh", "hard negative: buffered refusal — frozen release, logged as CR-BC-0342, review on 18 Nov, answer by 19 Nov, interim workaround",
  MENG, [HE], "Re: 坐席智能话术推荐需求", """
何经理:

收到您的需求,谢谢。先说结论:12月14日的版本已经进入冻结期,智能话术推荐暂时无法随本期上线。

我们已经登记为变更单 CR-BC-0342,会在11月18日的变更评审会上评估工作量和对后续版本的影响,19日下班前给您书面答复,包括可以排入的版本和大致费用。

过渡期间,坐席可以先使用现有的"快捷短语"功能,我们可以协助把贵方整理好的常用话术批量导入,这周就能完成。

孟佳
""", quote="""孟经理:
我们希望在本期坐席系统里增加智能话术推荐,坐席接听时自动弹出推荐回答。能否在12月14日随版本上线?
何志远""", quote_from=HE),

C([], "en", "hard negative: 'isn't achievable' by 1 Dec but two concrete alternatives, client decides, offer to escalate",
  RACHEL, [AISHA], "Re: Wealth dashboard for 1 Dec", """
Hi Aisha,

I won't pretend otherwise: the full dashboard by 1 December isn't achievable without cutting testing, and I don't want the board to see something that breaks on stage.

Two options that do work:
1. Holdings and the fees breakdown live on 1 Dec; performance charts follow on 15 Dec. The board demo would cover two of the three views.
2. Everything together on 12 January, fully tested.

I'd lean towards option 1 for the demo, but it's your call. If neither fits, I'm happy to bring our delivery director in to look at resourcing. Could you let me know by Wednesday?

Best,
Rachel
""", quote="""Rachel,
We need the full wealth dashboard (holdings, performance charts, fees breakdown) live by 1 Dec for the board demo. Can you confirm?
Aisha""", quote_from=AISHA),

C([], "zh", "hard negative: escalation — beyond my authority, handed to the delivery director who will call tomorrow",
  ZHENG, [QIAN], "Re: 关于追加智能投顾模块的商务诉求", """
钱总:

您的诉求我完全理解。免费追加模块涉及合同金额调整,超出了我作为项目经理的审批权限,我没办法在这里直接答应您,也不想随口给您一个不负责任的答复。

我已经把情况整理好,转给了我们交付总监周启航,他明天下午会直接给您打电话,当面跟您商量可行的方式。在此之前,项目其他工作照常推进,不受影响。

郑蔓
""", cc=[ZHOU], quote="""郑经理:
考虑到双方长期合作,希望贵司免费追加智能投顾模块。请尽快回复。
钱国栋""", quote_from=QIAN),

C([], "zh", "hard negative: negation '并不是做不了' + cost estimate + full assessment by next Wednesday with options",
  ZHENG, [SUN], "关于数据库双活改造的初步回复", """
孙处长:

上周您问到核心库能否在本期做同城双活改造,我先把话说在前面:并不是做不了,而是需要先把代价算清楚。

初步看,双活涉及存储复制、应用改造和切换演练三块,粗估需要增加三十人月左右,对1月的上线时间会有影响。我们这周把方案细化出来,下周三之前给您一份完整的评估,包括工期、费用和两种实施节奏供贵行选择。

如果在评估出来之前您需要先向行领导汇报,我可以先准备一页纸的摘要。

郑蔓
"""),

C([], "zh", "hard negative: technical '服务器拒绝连接' / '拒绝了握手请求' and '如果…验证不行' in an incident report; PM takes the blame",
  MENG, [HE], "昨晚坐席登录失败的排查结果", """
何经理:

昨晚21:40至22:15,部分坐席登录失败,原因已查明,向您汇报:

1. 现象:坐席客户端提示"服务器拒绝连接",共影响63个坐席。
2. 原因:CTI网关的TLS证书于21:38到期,网关拒绝了所有新的握手请求;已登录的坐席不受影响。
3. 处理:22:10更换证书并重启网关,22:15全部恢复。
4. 后续:我们已为所有证书加上到期前30天的告警;如果告警机制在本周演练中验证不行,我们会改为由贵行监控平台统一纳管。

这次是我们证书管理的疏漏,给贵方带来不便,抱歉。

孟佳
"""),

C([], "en", "hard negative: 'must be restarted', 'must accept both codecs', 'installer will refuse' as technical instructions",
  OWEN, [TOM], "Patch 2.4.1 — install notes", """
Hi Tom,

Patch 2.4.1 is on the SFTP server. A few notes for your ops team:

- The IVR node must be restarted after the patch is applied; a reload of the config alone won't pick up the new codec.
- The inbound interface must accept both G.711 and Opus, so please don't remove either from the allow-list.
- The installer will refuse to run if it detects an older JRE — that's deliberate, not a fault. JRE 17 or later is needed.
- Rollback is the previous package plus a restart, roughly five minutes.

I'll be on the bridge on Saturday from 01:30 in case anything looks odd.

Owen
"""),

C([], "zh", "hard negative: client's angry slang ('服了你们', '离谱', '!!!') only in the quote; PM apologises and gives facts and a plan",
  LIN, [DENG], "Re: 今天App崩溃", """
邓总:

非常抱歉给您和贵司客服带来这么大的压力,这件事我们负全责。

今天10:05至10:40,理财App在iOS端出现闪退,原因是早上发布的行情组件与旧版本系统不兼容。我们10:40已回滚,目前运行正常。

今天下班前我会把完整的事故报告发给您,包括影响客户数、根因和防止再次发生的措施。明天上午如果您方便,我和我们技术负责人当面去贵司跟您汇报。

林小溪
""", quote="""林小溪:
你们的App今天又崩了!!!客户投诉电话打爆了,我真是服了你们,一个月崩三次,到底还能不能干了?离谱!今天下班前给我一个说法。
邓婉""", quote_from=DENG),

C([], "en", "hard negative: client's 'this is on you… a joke!!!' only in the quote; calm apology, stopgap, fallback offer",
  OWEN, [MARGARET], "Re: Wallboard down again", """
Margaret,

You're right to be frustrated, and I'm sorry — three outages at peak is not the service you're paying for.

What we know so far: the wallboard loses its feed when the stats service restarts after a memory alert. We've raised the memory limit as a stopgap this afternoon, and Raj is working on the underlying leak.

I'll send you a written update by 10:00 tomorrow, and I'd like to walk your team leaders through a manual fallback view in the meantime, so nobody is flying blind if it happens again. Would 15 minutes at 9:30 work?

Owen
""", quote="""Owen,
This is the THIRD time the wallboard has gone blank during peak hours. This is on you and frankly it's a joke!!! My team leaders are flying blind. Fix it.
Margaret""", quote_from=MARGARET, quote_style="outlook"),

C([], "zh", "hard negative: constructive internal discussion — the client is anxious about the cut-over window and has a point; meet him face to face",
  GAO, [FENG, LIU], "何经理对切换窗口的顾虑", """
老冯、振宇:

今天下午和何经理通了电话,他对周六凌晨的切换窗口比较焦虑,主要担心两点:一是切换期间夜班坐席的来电会不会丢,二是万一回退,回退要多久。

说实话他的担心是有道理的,上次演练我们的回退确实用了四十分钟,比方案里写的长了一倍。

我的想法:明天上午我们三个先对一下回退脚本,看能不能压到二十分钟以内;下午我约何经理当面过一遍切换步骤,把夜班来电的分流方案讲清楚。你们看明天上午十点可以吗?

高远
"""),

C([], "zh", "hard negative: colleague banter — '服了' as praise, '我这脑子' aimed at oneself; no client mentioned",
  LIN, [TANG, LIU], "回归测试跑完啦", """
可可、振宇:

两千三百条回归用例,一晚上跑完,零失败,我真的服了你们俩!这是人能干出来的事吗?

另外自首一下:我这脑子,周四评审的会议室又忘了订,刚才去抢,只剩下一楼那间没窗户的小黑屋了,大家将就一下,奶茶我请。

今天谁都别加班了,早点回去睡觉。

小溪
"""),

C([], "zh", "hard negative: firm-but-polite facts from the agreed plan, plus two options for the client to choose",
  ZHENG, [YE], "Re: UAT能否延期一周", """
叶经理:

理解贵部门年底事务多。把情况跟您核对一下:

根据11月3日双方确认的项目计划,UAT截止日为11月15日,上线日为11月29日,中间两周用于缺陷修复和上线准备。目前贵方还有23条用例未执行。

如果UAT延后一周,修复和准备时间会压缩到一周,风险明显上升。可行的做法有两个:一是UAT延期一周,上线相应顺延到12月6日;二是保持上线日期,我们派两名测试人员驻场协助贵方执行剩余用例。

您看哪种更合适,我们按贵方的决定安排。

郑蔓
""", quote="""郑经理:
我们部门这两周事情太多,UAT想延期一周,但上线日期不能变。
叶静""", quote_from=YE),

C([], "en", "hard negative: recommendation with data, but option A called perfectly sound and the decision left to the client",
  RACHEL, [MARGARET], "Recommendation: routing engine options", """
Hi Margaret,

Following Tuesday's workshop, here's our recommendation on the routing engine.

Option B (skills-based routing with overflow) is the one we'd recommend. It handles your peak-hour mix better in our simulations: average wait drops from 74 to 41 seconds, and it's the setup we've seen work well at two other retail banks.

That said, option A (the current queue model with extra priority rules) is a perfectly sound choice. It's cheaper, faster to roll out, and your team leaders already know it. If stability over the Christmas peak matters more to you than wait times, A is a reasonable call.

It's your decision. Happy to run the simulation against your own December data first, if that would help.

Best,
Rachel
""", layout="html"),

C([], "zh", "hard negative: risky words ('你们的问题', '不可能') only in the signature motto; body is a neutral status update",
  LIN, [DENG], "本周进度简报", """
邓总:

本周进度简报:

- 基金定投改版:开发完成90%,周五提测;
- 客户风险测评问卷:已按贵司合规意见修改第7、12题;
- 下周二上午十点,UAT启动会,线上进行,会议链接稍后发出。

有任何问题随时找我。

-- 
林小溪 | 项目经理
澄衡科技 财富管理事业部
手机:138-0000-0000
座右铭:你们的问题,就是我们的问题;不可能,只是还没找到办法。
"""),

C([], "en", "hard negative: 'you must not', 'we refuse responsibility' only in the confidentiality disclaimer below the signature",
  RACHEL, [TOM], "Minutes — weekly steering, 9 Nov", """
Hi Tom,

Minutes from Monday's steering are attached. Three actions this week:
1. Your team: confirm the freeze window for the December release (by Thursday).
2. Us: circulate the updated test summary (by Wednesday).
3. Both: agree the agenda for the go/no-go meeting on 1 Dec.

Thanks,
Rachel

--
Rachel Tan | Project Manager
CONFIDENTIALITY NOTICE: This message is intended only for the addressee. If you are not the intended recipient, you must not read, copy, forward or act on it; please delete it and tell the sender at once. We refuse responsibility for any change made to this message after it was sent, and we do not accept liability for loss caused by viruses.
"""),

C([], "zh", "hard negative: long but focused root-cause analysis of a call-centre outage (ramble length, on topic; '被SBC直接拒绝' is technical)",
  MENG, [HE], "11月5日客服中心呼入中断事件根因分析", """
何经理、孙处长:

11月5日上午客服中心呼入中断事件的根因分析已完成,现将结论汇报如下,完整报告见附件。

一、事件概况
11月5日09:12至09:49,贵行客服热线呼入全部失败,客户听到忙音,持续37分钟,期间约2,100通来电未能接入。09:49恢复后,排队峰值在10:20前回落到正常水平。事件期间客服中心共收到客户通过网点和手机银行反映的投诉41件,已由贵行客服中心逐一回访。

二、直接原因
09:10,我方运维人员在SBC(会话边界控制器)上执行计划内的路由表更新。更新脚本中有一条针对运营商B中继的规则写错了号段,导致所有从运营商B进入的呼叫被匹配到一个不存在的目标,被SBC直接拒绝。贵行约92%的呼入走运营商B中继,因此表现为全部中断。

三、根本原因
1. 变更脚本只在测试环境验证过运营商A的号段,测试环境没有运营商B的中继,这条规则从未被真正测试;
2. 变更窗口选在工作日上午九点,违反了双方约定的"非营业时间变更"原则,审批环节没有拦住;
3. 监控只监测SBC进程是否存活,没有监测呼叫建立成功率,直到坐席班长电话反馈才发现问题,延误了约十五分钟。

四、整改措施
1. 测试环境本月内补齐运营商B中继的模拟,所有路由变更必须覆盖两家运营商;
2. 变更审批单增加"是否营业时间"的强制校验,营业时间内的变更须贵行科技部书面同意;
3. 11月20日前上线呼叫建立成功率监控,成功率低于95%持续一分钟即告警,同时短信通知双方值班负责人;
4. 本次事件责任在我方,按合同服务水平条款执行相应扣减,具体金额由商务同事另行函告。

五、需要贵方配合
请贵方在11月12日前确认上述整改措施,并安排一次联合复盘会议,建议贵行运维、客服中心值班长和我方运维负责人一同参加,时间控制在一个小时以内。

孟佳
""", cc=[SUN]),

C([], "zh", "hard negative: long but focused UAT plan for the wealth app (ramble length, every paragraph on topic)",
  LIN, [DENG], "理财App 4.0 UAT方案", """
邓总:

理财App 4.0版的UAT方案如下,请您审阅,有修改意见我们周三前调整。

一、时间安排
UAT分两轮进行:第一轮11月17日至11月21日,覆盖全部功能;第二轮11月26日至11月28日,主要验证第一轮缺陷的修复情况和回归。12月1日召开验收评审会。

二、测试范围
1. 基金申购、赎回、定投及撤单;
2. 客户风险测评及适当性匹配,重点验证高风险产品对保守型客户的拦截;
3. 持仓展示与收益计算,包括分红再投资和费用扣除;
4. 消息推送与客户服务入口;
5. 老版本用户升级后的数据迁移。

三、人员与环境
贵司需安排业务测试人员六名,其中至少两名熟悉适当性规则;我方派三名测试工程师驻场支持。测试环境已部署完成,测试账号和模拟资金会在11月14日前发给各位。

四、缺陷管理
缺陷统一登记在缺陷平台,分为严重、一般、建议三级。严重缺陷我们承诺四小时内响应、一个工作日内修复;一般缺陷两个工作日内修复;建议类在验收评审会上统一讨论是否纳入后续版本。

五、准入与准出标准
准入:系统测试通过率达到98%,无遗留严重缺陷。准出:全部用例执行完毕,严重缺陷清零,一般缺陷不超过五个且均有明确的处理计划。

六、风险
第一轮测试期间恰逢贵司季度末,业务人员可能难以全程投入。如有这种情况,建议提前告诉我们,我们可以把部分用例调整到晚上或周末执行,或者把第一轮延长两天,第二轮相应顺延,验收评审会的日期保持不变。

七、沟通机制
UAT期间每天下午五点召开十五分钟的站会,同步当天执行进度和新发现的严重缺陷;每周五我会发一份书面小结给您和贵司合规负责人。测试过程中如遇到阻塞性问题,贵司测试人员可以直接在项目群里找驻场的测试工程师,三十分钟内响应。

林小溪
""", layout="alt"),

C([], "en", "hard negative: long but focused customer-data migration plan (400+ words, all on topic)",
  OWEN, [TOM, MARGARET], "Customer profile migration — plan for the December weekend", """
Hi Tom, Margaret,

Below is the plan for migrating customer profiles from the legacy CRM to the new contact-centre platform over the weekend of 13–14 December. The full runbook is attached; this is the summary for sign-off.

Scope
We will move 3.4 million customer profiles, 18 months of interaction history and all open cases. Closed cases older than 18 months stay in the legacy archive, which remains read-only and searchable from the agent desktop through a link.

Sequence
1. Friday 12 Dec, 22:00: legacy CRM switched to read-only. Agents continue to work cases in the new platform's holding queue.
2. Saturday 01:00–06:00: bulk load of profiles and history, in four batches by customer segment, with row counts and checksums after each batch.
3. Saturday 06:00–10:00: reconciliation. We compare totals per segment and sample 2,000 records by hand, including 200 vulnerable-customer flags, which we treat as zero-tolerance.
4. Saturday 10:00: go/no-go call with both of you.
5. Saturday 12:00 onwards: delta load of anything created in the holding queue, then agents switch to the new platform from the Sunday early shift.

Rollback
Until the Sunday early shift logs in, rollback means switching the legacy CRM back to read-write; nothing in it will have been altered. After that point, rollback is still possible but requires replaying new cases by hand, so the go/no-go call matters.

Risks
- Duplicate profiles: the legacy system holds about 41,000 suspected duplicates. We will not merge them during the migration; they move across flagged, and your data team can merge them afterwards using the tool we showed in October.
- Address formats: around 2% of addresses fail validation. These migrate as free text with a flag rather than being rejected.
- Staffing: we need two of your CRM administrators on call from 22:00 Friday until the go/no-go decision.

Rehearsals so far
We have run the full sequence twice against a copy of production data. The first rehearsal took seven hours and surfaced the address-format issue above; the second, after fixes, finished the bulk load in four hours twenty minutes with no reconciliation differences. A third rehearsal is booked for 6 December, and we will share its timings the following Monday.

Communications
We suggest a short message to agents on 10 December explaining the read-only window and the holding queue, and a briefing for team leaders on the Friday afternoon. Our draft wording is in the appendix of the runbook for your edits.

What we need from you
Please confirm by 28 November that the weekend and the read-only window work for the contact centre, and name the two administrators. If a different weekend suits you better, the plan moves as a whole; the only constraint is the Christmas change freeze from 19 December.

Thanks,
Owen
"""),

C([], "mixed", "hard negative: long but focused weekly status report in code-switched Chinese/English",
  HAN, [JIAYI], "Weekly status report — WFM 项目 (W45)", """
Hi 佳怡,

W45 周报如下,请查阅。

1. Overall status: Amber。整体进度正常,但 forecasting 模块的数据接入比计划晚了三天,下面第三点详细说明。

2. 本周完成
- 排班规则引擎 (scheduling rules engine) 完成开发,单元测试覆盖率 87%;
- 坐席技能矩阵 (skill matrix) 导入完毕,共 1,240 名坐席、36 个技能组,已与贵方 HR 数据核对一致;
- 与贵方 ACD 系统的实时状态接口联调通过,延迟平均 1.2 秒,满足 SLA 要求的 3 秒以内。

3. 问题与风险
- Forecasting 需要过去 24 个月的历史话务数据,目前贵方只提供了 14 个月。缺少的 10 个月会影响季节性模型,尤其是春节和双十一这两个高峰。我们的建议是:先用 14 个月的数据训练一个 baseline 模型,等剩余数据到位后再重新训练,这样不影响 UAT 开始时间。最终做法请贵方确认。
- 夜班坐席的排班规则里有一条"连续夜班不超过四天",和贵方工会协议里的"不超过三天"不一致,需要贵方确认以哪个为准。在确认之前,系统暂按更严格的三天配置。

4. 下周计划
- 完成 forecasting baseline 模型,输出 12 月的话务预测,并与贵方去年同期实际话务做一次对比;
- 开始 shift bidding 功能开发,第一版只支持按班次竞价,换班申请放到第二版;
- 与贵方 IT 确认生产环境的 SSO 对接方式,目前倾向沿用坐席系统现有的 SAML 配置;
- 11月14日(周五)下午与贵方 team leaders 做一次排班界面的 walkthrough,时长约一个半小时。

5. 需要贵方支持
- 剩余 10 个月历史话务数据,最好在 11月19日前提供;
- 确认夜班规则;
- walkthrough 参会名单。

如有问题随时联系我。

Thanks,
韩卓
""", cc=[LIU]),

C([], "zh", "hard negative (traditional): long but focused change-impact analysis, recommendation with the decision left to the client",
  TSAI, [TAO], "外幣理財功能變更影響分析", """
陶小姐您好:

貴司上週提出在理財App中新增外幣理財產品(美元、港幣計價基金)的需求,我們已完成變更影響分析,摘要如下,完整文件請見附件。

一、影響範圍
1. 前端:產品列表、產品詳情、申購頁需增加幣別顯示與切換,約涉及十四個頁面;
2. 後端:交易、持倉與收益計算需支援多幣別,並接入匯率服務;外幣申購需要先檢查客戶的外幣帳戶餘額;
3. 對帳:與基金公司的對帳檔案需新增幣別欄位,雙方格式需重新確認;
4. 合規:外幣產品的風險揭示與適當性規則不同,需要貴司法遵部門提供新版揭示文字。

二、工作量與時程
估計新增約二十二人月。若納入目前版本,上線時間會從十二月二十日順延至明年二月下旬;若另立一期,可在一月中啟動,四月上線,目前版本不受影響。

三、風險
匯率服務的選擇尚未確定,如採用貴司既有的匯率系統,需確認其更新頻率是否能達到每五分鐘一次;如改用外部資料源,需增加授權費用,並重新評估資料源的穩定性與備援安排。

四、對現有功能的影響
現有的新台幣計價產品不受影響,但持倉總覽的「總資產」需改為按當日匯率折算後加總,客戶看到的總額會隨匯率每日變動,建議貴司客服提前準備說明。歷史交易紀錄維持原幣別顯示,不做回溯換算。

五、建議與下一步
我們傾向另立一期,以確保十二月的版本按時上線,但最終由貴司決定。請於十一月二十一日前告知貴司的選擇,我們會據此更新計畫與報價,並安排一次線上會議向貴司各部門說明。

蔡宗翰
""", trad=True),

C([], "zh", "hard negative: follow-through '上周五电话里我说过周三前给您结论' — keeping a promise, not 'I told you so'",
  ZHENG, [SUN], "Re: 性能测试结论", """
孙处长:

上周五电话里我说过周三前给您结论,现在补上,抱歉晚了半天。

结论:在2,000并发下,转账交易的平均响应时间为0.8秒,95分位1.9秒,满足贵行2秒的要求;理财产品列表页在高峰时段95分位为2.6秒,未达标,原因是产品标签查询没有走缓存,我们会在本周五的版本中修复并复测。

详细报告放在共享目录"性能测试/第三轮"下。

郑蔓
""", quote="""郑经理,上周说的性能测试结论,什么时候能给?
孙慧敏""", quote_from=SUN),

C([], "en", "hard negative: \"I'm not saying no\" + logged CR-118, reply date and a fallback",
  RACHEL, [AISHA], "Re: Apple Pay provisioning", """
Hi Aisha,

I'm not saying no — I can see why marketing wants it for Christmas. I just don't want to promise a date before we know what it involves.

Provisioning needs a certification step with the card scheme, and in our experience that alone takes three to five weeks. I've logged it as CR-118, and on Monday Raj will check the scheme's current lead times and what your card processor needs from us. I'll come back to you by Wednesday 12 Nov with a realistic date and cost, plus a fallback: a "coming soon" banner and a waitlist, which we could ship before Christmas either way.

Best,
Rachel
""", quote="""Rachel, can we add Apple Pay provisioning to the mobile app before Christmas? Marketing is very keen.
Aisha""", quote_from=AISHA),

C([], "zh", "hard negative: '这并不是贵司数据源的问题' — the PM takes the blame for a NAV display error",
  HAN, [ZHAO], "昨晚净值显示错误的说明", """
赵总:

昨晚20:00到22:30,App里部分基金的净值显示成了前一天的数据。先说清楚:这并不是贵司数据源的问题,是我们发布脚本漏了一步缓存刷新,责任在我们。

影响:约3,800名客户在这段时间查看过持仓,没有发生交易错误,因为申赎按实时净值计算,不受显示缓存影响。

已做:22:30手工刷新缓存并恢复;今天上午把缓存刷新加进了发布检查清单,并加了一条净值日期校验的告警。

如果贵司客服需要对客户的解释口径,我们下午可以提供一版。

韩卓
"""),

C([], "zh", "hard negative: self-criticism with 难道 aimed at our own review; internal, plan to explain to the client face to face",
  ZHENG, [LIU, TANG], "适当性拦截漏测的复盘", """
振宇、可可:

叶经理今天指出的适当性拦截漏洞,我想了一下午。难道我们在需求评审的时候就没有人想到"保守型客户买R4产品"这条路径吗?翻了记录,确实没有,用例里也没有。这个锅首先是我的,评审是我主持的。

明天上午我们一起把适当性相关的用例重新过一遍,按客户风险等级×产品风险等级的矩阵补全,下午我去跟叶经理当面说明补救方案。

郑蔓
"""),

C([], "mixed", "hard negative: internal mail saying the client's data-residency concern is right; action items, no date promised before meeting him",
  HAN, [LIU, RAJ], "Client-B 对 data residency 的 concern", """
振宇、Raj,

今天 call 上 Tom 提了一个 point:通话录音现在存在 Frankfurt 的 bucket 里,但他们的 regulator 要求 UK 客户的数据留在 UK。说实话,他这次的担心是对的,我们当初 design 的时候确实没考虑到这一层。

Action items:
- Raj:明天查一下 London region 的 storage 成本和迁移时间;
- 振宇:评估一下 recording service 改成按客户地区分桶的改动量;
- 我:周四跟 Tom 当面过一遍方案,之前不对外承诺日期。

Thanks,
韩卓
"""),

C([], "zh", "hard negative: '你们的问题' means 'your questions'; '接口会直接拒绝' is API behaviour",
  MENG, [HE], "Re: 关于工单系统接口的几个问题", """
何经理:

你们的问题逐条答复如下:

1. 推送失败会自动重试,间隔1分钟、5分钟、30分钟,三次都失败后进入人工处理队列,并通知贵方值班人员;
2. 工单描述字段最长2,000个汉字,超出部分会被截断并在末尾标注"(已截断)";
3. 支持附件,单个不超过10MB,格式限于jpg、png、pdf,其他格式接口会直接拒绝并返回错误码4103。

如还有不清楚的地方,我们可以约个时间线上过一下。

孟佳
""", quote="""孟经理:
关于工单接口,我们有几个问题:1. 推送失败是否会重试?2. 字段长度限制?3. 是否支持附件?
何志远""", quote_from=HE),

C([], "zh", "hard negative: '会直接拒绝', '不会被扣两次' describe idempotent payment design; helpful explanation",
  MENG, [HE], "Re: 电话银行缴费重复扣款投诉", """
何经理:

查过了。支付引擎对带有同一幂等键的第二笔请求会直接拒绝,按设计同一笔语音缴费不会被扣两次;日志也印证了这一点,只有14:02:11一笔扣款成功。

客户看到的应该是第一次尝试时在卡组织那边产生的预授权冻结,那次请求超时后我们才发起了重试。这类冻结三个工作日内会自动释放。如果需要,我们可以写一段说明,方便坐席向客户解释。

孟佳
""", quote="""孟经理:
有客户投诉说通过电话银行缴费被扣了两次,麻烦查一下。
何志远""", quote_from=HE),

C([], "zh", "hard negative: internal duty roster with the client deliberately in Cc, addressed to him at the end; ASCII punctuation",
  MENG, [LIU], "客服中心上线周分工(抄送何经理)", """
振宇:

上线周的分工定一下,特意抄送何经理,方便他了解我们内部谁负责什么,有事可以直接找对应的人:

- 周五晚:你负责应用部署和冒烟测试,我负责跟贵行运维确认网络变更;
- 周六凌晨:切换期间你在现场,我在远程指挥;
- 周六白天:可可带两名测试在客服中心现场支持坐席,问题直接记在现场登记表上;
- 周一至周三:每天下午五点跟何经理开十五分钟的站会.

何经理,如果您那边有需要调整的,随时告诉我.

孟佳
""", cc=[HE, TANG], ascii_punct=True),

C([], "zh", "hard negative: colleague's complaint about the client only in the quote; PM answers constructively and explains the client's pressure",
  GAO, [TANG], "Re: 验收口径又变了", """
可可:

辛苦了,这周确实折腾。不过我问了一下,何经理频繁调整口径,是因为他们下个月要迎接监管的现场检查,检查组关注的点一直在变,他压力也很大,不是故意为难我们。

我的想法是:周四我约何经理当面把验收口径一次性对齐,写进会议纪要双方签字,之后再变就走变更流程。测试组这两天先按最新版本执行,改动的用例单独标记,工作量我会记下来。

高远
""", quote="""高远,何经理又改测试用例的验收口径了,这周第三次了,测试组快崩溃了,他是不是故意的?
唐可""", quote_from=TANG),

C([], "mixed", "hard negative: team swear-jar banter — a fine for saying 'impossible'; no client disparaged",
  RACHEL, [RAJ, SARA], "Swear jar 更新", """
各位,

Swear jar 更新:Raj 今天 client call 上说了三次 "impossible",按规矩欠大家三杯 flat white。Sara 本周零违规,表扬一下。

讲真,Raj 说"不可能"的那件事——把 IVR regression 压到一个小时以内——Sara 中午之前就搞定了。我现在很纠结,是该罚他还是该给她升职。

周五老地方,drinks 我请。

R.
"""),

C([], "zh", "hard negative: '按我们的经验,建议…' but keeping SMS is called fully viable and the bank decides; pilot offered",
  ZHOU, [QIAN], "手机银行登录方式的几点建议", """
钱总:

关于手机银行登录方式的改造,按我们在其他几家银行的经验,建议以"设备绑定+人脸识别"为主、短信验证码为辅,理由有三:一是安全等级更高,二是短信成本可以下降六成左右,三是客户操作步骤少一步。

不过贵行老年客户比例较高,人脸识别在部分老机型上识别率不理想,如果贵行更看重覆盖面,保留短信为主的方式也完全可行,我们两种方案都能在一月上线。

最终选择由贵行决定,如需要,我们可以先在一家分行做两周试点,用数据说话。

周启航
"""),

C([], "zh", "hard negative: '12月1日做不到' stated plainly but with two concrete options, same price, client chooses",
  LIN, [DENG], "关于加急上线\"养老理财专区\"的两个选项", """
邓总:

贵司希望养老理财专区在12月1日前上线,我们认真评估过,坦白讲:按完整方案做,12月1日做不到,勉强赶出来也没法保证质量,我不想拿这个冒险。

我们能提供的是两个选项:
A. 12月1日先上线专区首页和产品列表,申购沿用现有流程,12月20日补齐专属的风险测评和养老目标测算;
B. 完整版本在12月22日一次性上线。

两个方案的报价不变。您看哪个更符合贵司的安排,周四前告诉我们就行。

林小溪
"""),

C([], "zh", "hard negative (traditional): the client's angry words ('出包', '非常失望') only in the quote; PM apologises, refunds done, visits tomorrow",
  WONG, [TAO], "Re: 定期定額重複扣款", """
陶小姐您好:

非常抱歉,這次重複扣款造成貴司客戶的困擾,責任在我們,我們完全理解您的失望。

目前已確認受影響的客戶共127位,原因是週二批次作業重跑時沒有檢查前一次的執行紀錄。重複扣款的金額已於今天下午全數退回客戶帳戶,退款明細附在信中。

我們已經在批次作業加上重跑前的檢查,並補了對應的測試案例。明天上午十點,我會和技術主管一起到貴司當面說明,也想聽聽貴司對客戶通知的安排有沒有需要我們協助的地方。

黃佩珊
""", quote="""黃小姐:
你們的系統又出包了!客戶的定期定額扣款重複扣了兩次,這種錯誤也會犯?你們到底有沒有在測試?我對你們非常失望。
陶敏""", quote_from=TAO, trad=True, quote_style="outlook_zh"),

C([], "zh", "hard negative: '不可能的任务' / '这不可能按时完成' as praise in a thank-you mail; client cc'd and credited",
  ZHOU, [LIU, TANG, MENG], "感谢大家:双十一话务高峰零故障", """
各位:

双十一当天,C行客服中心的呼入量冲到平日的4.6倍,我们的平台扛住了,全天零故障,平均接通时长还比去年缩短了12秒。

一个月前,这件事在很多人眼里几乎是不可能的任务,扩容方案评审时也有人说"这不可能按时完成"。结果大家硬是做到了。

特别感谢振宇和可可连续三周的压测,也谢谢何经理和他的团队在高峰期的密切配合——我把何经理也抄送了,这份成绩是双方一起拿下的。

周五晚上请大家吃饭。

周启航
""", cc=[HE]),

C([], "mixed", "hard negative: 'we won't charge' for an extra session, 'no need to redo' the e-learning — good news, not refusals",
  RACHEL, [JIAYI], "夜班 training 安排", """
Hi 佳怡,

跟进一下昨天的讨论:夜班坐席的额外 training 定在 11月25日 02:00–04:00,在贵方深圳 site。这场我们 won't charge,第一场跟夜班排班撞了,是我们安排的问题。

另外,夜班同事不需要再重做 e-learning module,这场 training 会覆盖同样的内容。

Calendar invite 我今天发出。

Rachel
"""),

C([], "mixed", "hard negative: '我不是拒绝这个需求' + code freeze explained, logged as CR-A-207, estimate on Friday, mockups meanwhile",
  HAN, [ZHAO], "Re: Dark mode", """
赵总,

我不是拒绝这个需求哈,dark mode 我们也觉得挺好。只是下周的 release 已经 code freeze 了,硬塞进去的话所有页面都要重新回归,风险比较大。

我的建议是这样:我先把它登记成 CR-A-207,周四的 planning meeting 上评估 effort,周五给您一个准确的排期,估计可以放进 12 月中的版本。如果您老板那边需要先看效果,我们可以这周先出几张 design mockup 给他看。

您看这样 OK 吗?

韩卓
""", quote="""韩卓,下周能不能把 dark mode 也做上?我们老板很想要。
赵明轩""", quote_from=ZHAO),

C([], "zh", "hard negative: client's sarcasm ('你们是来搞笑的吗') only in a Foxmail quote; PM owns it, fixes and attaches the report",
  GAO, [HE], "Re: 质检报表导出失败", """
何经理:

抱歉让您这几天这么被动,是我们的问题。

原因查清楚了:质检报表的导出任务在数据量超过50万条时会超时,这周恰好是月底,数据量翻了一倍。今天下午我们已经把导出改成分批生成,刚才实测三天的报表都能在两分钟内导出,文件我直接附在这封邮件里了,您可以先交给领导。

明天起每天早上八点我们会自动生成前一天的报表并发到您邮箱,不用您再手动导。

高远
""", quote="""高远:
你们是来搞笑的吗?质检报表连续三天导不出来,我们领导天天追着我要,我都不知道怎么交代了。能不能靠谱一点?
何志远""", quote_from=HE, quote_style="foxmail"),

C([], "en", "hard negative: colleague calls the client's testers hopeless only in the quote; PM defends them and proposes training + template",
  OWEN, [RAJ], "Re: Client-B defect reports", """
Raj,

I hear you, and the time you're losing is real. But let's not write them off — most of their testers are contact-centre agents on secondment, not QA people, and nobody has shown them what a good defect report looks like.

Two things I'll do: I'll ask Gary whether we can run a 30-minute session for their testers on Thursday, and I'll add a short template to the defect form with required fields for steps and screenshots. Could you pick three of the vaguest reports so we can use them (anonymised) as examples?

Owen
""", quote="""Owen, honestly, Client-B's testers are hopeless. Half their defect reports say "doesn't work" with no steps. I'm losing days on this.
Raj""", quote_from=RAJ, quote_style="gt"),

C([], "zh", "hard negative: '接口必须同时接受两种编码', '必须为18位' technical; '请您相信我们的团队' as a delivery commitment",
  ZHENG, [SUN], "关于接口编码的说明", """
孙处长:

关于贵行核心系统与手机银行之间的接口编码问题,结论如下:

1. 接口必须同时接受GBK和UTF-8两种编码,因为贵行部分老系统只能输出GBK,这一点我们在网关层做了自动识别和转换;
2. 证件号字段必须为18位,15位老证件号会在网关层补位后再转发;
3. 联调期间如果发现乱码,请保留原始报文,我们两个小时内给出分析结果。

这部分工作量不大,请您相信我们的团队,本周五前一定交付联调版本。

郑蔓
"""),

C([], "mixed", "hard negative: 'reject' is the risk engine's rule, 'not a bug'; workaround and how to change the threshold",
  HAN, [JIAYI], "Re: 大额转账被 reject", """
Hi 佳怡,

这个不是 bug。风控引擎会 reject 单笔超过 5 万的 IVR 转账,这是贵行风控政策 RC-12 里规定的,我们只是按规则执行。

坐席遇到这种情况,可以引导客户走手机银行或者柜台办理。如果贵行想调整这个阈值,需要风控部门出一份书面变更,我们收到后一个工作日就能改配置。

要不要我准备一段给坐席的标准话术?

韩卓
""", quote="""韩卓,坐席反馈说客户转账超过5万的时候系统直接 reject,这是 bug 吗?
佳怡""", quote_from=JIAYI),

C([], "zh", "hard negative: the PM's own modesty ('我本人不懂底层技术细节'), hands over to the architect, promises a summary today",
  LIN, [ZHAO], "关于行情延迟问题的跟进", """
赵总:

您上午电话里问到的行情推送延迟问题,坦白说,我本人不懂底层技术细节,怕说错误导您,所以已经请我们的架构师冯建国直接跟贵司技术团队对接,他今天下午三点会打电话给小郑。

我这边负责跟进进度,今天下班前会把结论整理成邮件发给您。

林小溪
""", cc=[FENG]),
]

# --- punctuation: Chinese drafts get full-width punctuation, except the few marked ascii_punct --
_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”「」"
_FW = {",": "，", ":": "：", "!": "！", "?": "？", ";": "；", "(": "（", ")": "）"}


def _is_cjk(ch):
    return bool(ch) and any(lo <= ch <= hi for lo, hi in (("\u3000", "\u303f"), ("\u4e00", "\u9fff"),
                                                          ("\uff00", "\uffef"), ("“", "”"), ("「", "」")))


def _fullwidth(text, trad):
    out_lines = []
    for line in text.split("\n"):
        if line.startswith("-- ") or line == "--":
            out_lines.append(line)
            continue
        chars = list(line)
        opened = False
        for k, ch in enumerate(chars):
            if ch == '"':
                chars[k] = ("」" if opened else "「") if trad else ("”" if opened else "“")
                opened = not opened
        for k, ch in enumerate(chars):
            if ch in _FW:
                prev = chars[k - 1] if k else ""
                nxt = chars[k + 1] if k + 1 < len(chars) else ""
                if _is_cjk(prev) or _is_cjk(nxt) or (ch == ")" and "（" in chars[:k]):
                    chars[k] = _FW[ch]
        out_lines.append("".join(chars))
    return "\n".join(out_lines)


CASES = POSITIVES + NEGATIVES
for _c in CASES:
    _ascii = _c.pop("ascii_punct", False)
    if _c["lang"] == "zh" and not _ascii:
        _c["body"] = _fullwidth(_c["body"], _c["trad"])
        _c["subject"] = _fullwidth(_c["subject"], _c["trad"])
        if _c["quote"]:
            _c["quote"] = _fullwidth(_c["quote"], _c["trad"])

random.Random(4141).shuffle(CASES)
