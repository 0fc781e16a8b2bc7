"""heldout14: labelled PM email drafts for mailcoach (training / tuning set).

Written by an independent helper from the labelling guide (shared/drafts/README.md) and the
seed article only. Emphasis: the many ways a PM turns a client's request down flatly, and the
many refusal-like drafts that are fine because they carry a real buffer.

Build with:  python3 benchmarks/blindkit.py benchmarks/heldout14
"""

# --- addresses -------------------------------------------------------------------------------
# our team
LIHANG = "李航 <li.hang@ourteam.example.com>"
ZXW = "周晓雯 <zhou.xiaowen@ourteam.example.com>"
CHENLI = "陈立 <chen.li@ourteam.example.com>"
ZHAOJING = "赵婧 <zhao.jing@ourteam.example.com>"
SUNHAO = "孙浩 <sun.hao@ourteam.example.com>"
LINJIA = "林佳 <lin.jia@ourteam.example.com>"
HZY = "黄志远 <huang.zhiyuan@ourteam.example.com>"
XUMAN = "徐蔓 <xu.man@ourteam.example.com>"
WZM = "王志明 <wang.zhiming@ourteam.example.com>"
ZJH = "張家豪 <zhang.jiahao@ourteam.example.com>"
LWR = "李宛蓉 <li.wanrong@ourteam.example.com>"
KEVIN = "Kevin Zhang <kevin.zhang@ourteam.example.com>"
EMILY = "Emily Wu <emily.wu@ourteam.example.com>"
DANIEL = "Daniel Ho <daniel.ho@ourteam.example.com>"
TOM = "Tom Li <tom.li@ourteam.example.com>"
SAM = "Sam Chen <sam.chen@ourteam.example.com>"
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"
ZHENGWEI = "郑伟 <zheng.wei@ourteam.example.com>"
WANGLEI = "王磊 <wang.lei@ourteam.example.com>"
LIUCHANG = "刘畅 <liu.chang@ourteam.example.com>"
CHENYU = "陈宇 <chen.yu@ourteam.example.com>"
SONGXIN = "宋欣 <song.xin@ourteam.example.com>"
HEMIAO = "何苗 <he.miao@ourteam.example.com>"

# clients
CWD = "陈卫东 <chen.weidong@client-a.example.cn>"          # hospital, HIS upgrade
ZHOUHAI = "周海 <zhou.hai@client-b.example.com>"            # e-commerce
ZHANGMIN = "张敏 <zhang.min@client-a.example.cn>"           # online education
MAGQ = "马国庆 <ma.guoqing@client-a.example.cn>"            # factory MES
FENGTAO = "冯涛 <feng.tao@client-a.example.cn>"             # factory MES
GAOFENG = "高峰 <gao.feng@client-a.example.cn>"             # logistics TMS
WUJING = "吴静 <wu.jing@client-a.example.cn>"               # government portal
LJG = "刘建国 <liu.jianguo@client-a.example.cn>"            # insurance claims
LMH = "林美華 <lin.meihua@client-b.example.com>"            # real-estate CRM (trad)
HSF = "黃淑芬 <huang.shufen@client-a.example.cn>"           # restaurant chain POS (trad)
WZQ = "吳志強 <wu.zhiqiang@client-a.example.cn>"
LIHONG = "李红 <li.hong@client-a.example.cn>"               # property-management app
GUOLEI = "郭磊 <guo.lei@client-a.example.cn>"               # manufacturing ERP
ZHENGLI = "郑丽 <zheng.li@client-a.example.cn>"             # travel agency
TANGMING = "唐明 <tang.ming@client-a.example.cn>"           # pharma ERP
DENGKAI = "邓凯 <deng.kai@client-b.example.com>"            # car-dealer group
CYJ = "陳怡君 <chen.yijun@client-b.example.com>"            # pharmacy chain (trad)
HAOJIAN = "郝建 <hao.jian@client-b.example.com>"            # smart industrial park
ZHANGWEN = "张文 <zhang.wen@client-a.example.cn>"           # government data exchange
WANGFANG = "王芳 <wang.fang@client-a.example.cn>"           # online retailer, finance
SUNLI = "孙立 <sun.li@client-a.example.cn>"                 # city bureau, training
LUOJUN = "罗军 <luo.jun@client-a.example.cn>"               # supermarket warehouse
ZZH = "赵振华 <zhao.zhenhua@bank-c.example.cn>"             # bank
QIANMIN = "钱敏 <qian.min@bank-c.example.cn>"               # bank
ZHOUJIAN = "周建 <zhou.jian@bank-c.example.cn>"             # bank IT
MARK = "Mark Ellison <mark.ellison@client-b.example.com>"    # B2B pricing / billing
OLIVER = "Oliver Grant <oliver.grant@client-b.example.com>"  # retail store operations
CHLOE = "Chloe Bennett <chloe.bennett@client-b.example.com>" # fitness app
GRACE = "Grace Liu <grace.liu@client-b.example.com>"         # sales analytics
ETHAN = "Ethan Brooks <ethan.brooks@client-b.example.com>"   # field-service app
LINDA = "Linda Park <linda.park@client-b.example.com>"       # marketing site
RYAN = "Ryan Tan <ryan.tan@client-b.example.com>"            # hosting / infra
DEREK = "Derek Walsh <derek.walsh@client-b.example.com>"     # migration / procurement
NINA = "Nina Xu <nina.xu@client-b.example.com>"              # SaaS ops portal
MARCUS = "Marcus Reid <marcus.reid@client-b.example.com>"    # logistics web front end
SARAH = "Sarah Klein <sarah.klein@client-b.example.com>"     # loyalty programme
HANNAH = "Hannah Lee <hannah.lee@client-b.example.com>"      # HR SaaS
JENNA = "Jenna Moore <jenna.moore@client-b.example.com>"     # reporting / data migration


# =============================================================================================
# refusal positives (20; five of them carry a second label)
# =============================================================================================

RF01 = dict(
    expect=["refusal"], lang="zh",
    why="bureaucratic official-letter refusal of a hospital's request: 不作安排, 亦不单独立项; no buffer",
    sender=LIHANG, to=[CWD], cc=[SONGXIN],
    subject="Re: 关于门诊叫号大屏对接事宜的函",
    body="""陈主任：

贵院11月3日来函收悉。

经我司项目组研究，来函所提“门诊分诊叫号大屏与HIS挂号模块对接”一事，不属于本项目建设内容，我司不作安排，今后亦不单独立项。

专此函告。

某某信息技术有限公司
HIS升级项目组  李航""",
    quote="""李经理：

门诊楼二层新装了分诊叫号大屏，院领导要求跟HIS挂号数据打通，患者挂号后自动进入叫号队列。请贵司尽快安排，月底前能否上线？

信息科 陈卫东""",
    quote_from=CWD, quote_style="outlook_zh", trad=False,
)

RF02 = dict(
    expect=["refusal"], lang="zh",
    why="curt two-line turn-down of an e-commerce report column, no reason, no buffer",
    sender=SUNHAO, to=[ZHOUHAI], cc=[],
    subject="Re: 订单报表能不能加一列优惠券来源",
    body="""周哥，

优惠券来源这列不加，没这个打算。

其他几张报表照旧。

孙浩""",
    quote="""孙浩你好，运营那边想在订单日报里加一列“优惠券来源”（直播间/社群/首页弹窗），方便算ROI。这个改动应该不大吧？双十二前能加上最好。""",
    quote_from=ZHOUHAI, quote_style="gt_zh", trad=False,
)

RF03 = dict(
    expect=["refusal"], lang="zh",
    why="friendly-but-final: warm emoji-laden mail that closes the teacher's feature idea for good",
    sender=LINJIA, to=[ZHANGMIN], cc=[],
    subject="直播课弹幕功能的事～",
    body="""张老师好呀～

昨天电话里您说想在直播课里给学生开弹幕，这个点子真的很有意思😄 孩子们肯定喜欢！

不过这个咱们这边就不往平台里加啦，后面的版本也不会排进去，您那边就不用再惦记这件事了哈。

其他的都好说，下周的教师培训材料我周三前发您～ 周末愉快！

林佳""",
    quote=None, trad=False,
)

RF04 = dict(
    expect=["refusal"], lang="zh",
    why="refusal slipped into meeting minutes: item 4 '乙方答复不提供该功能，此项关闭，不再跟踪'",
    sender=HZY, to=[MAGQ], cc=[FENGTAO, WANGLEI],
    subject="【会议纪要】MES二期周例会（11月12日）",
    body="""各位好，以下是今天周例会纪要，请查阅。

时间：11月12日 14:00-15:30
地点：客户三号厂房会议室
参会：马国庆、冯涛（客户）；黄志远、王磊（乙方）

一、上周遗留问题
1. 二号线扫码枪掉线：已更换固件，连续三天未复现，关闭。
2. 工单报工延迟：王磊本周四前提交优化方案。

二、本周新提事项
3. 质检模块增加抽检比例配置：乙方接受，纳入11月第四周迭代。
4. 客户提出车间看板增加手机端审批：乙方答复不提供该功能，此项关闭，不再跟踪。
5. 设备台账导入模板：冯涛周五前提供样例数据。

三、下次例会
11月19日 14:00，地点不变。

如有遗漏请回复补充。

黄志远""",
    quote=None, trad=False,
)

RF05 = dict(
    expect=["refusal"], lang="zh",
    why="point-by-point list where two of the client's items get a bare '不做' with nothing else",
    sender=ZHAOJING, to=[GAOFENG], cc=[],
    subject="Re: 运输管理系统五个问题",
    body="""高经理，逐条回复：

1. 运单号模糊查询——本周五随版本上线。
2. 司机端签收拍照不清晰——已修复，今晚发布。
3. 按客户维度导出月度对账单——不做。
4. 对接快递公司轨迹接口——不做。
5. 登录页更换新logo——今天下午换好。

赵婧""",
    quote="""赵经理：

汇总一下这两周调度中心提的问题，麻烦看下：
1. 运单号希望能模糊查询，只输后四位也能查到；
2. 司机端签收拍照很糊；
3. 财务想按客户导出月度对账单；
4. 能不能把几家快递公司的轨迹接进来，省得来回切系统；
5. 登录页换成集团新logo。

谢谢！高峰""",
    quote_from=GAOFENG, quote_style="foxmail", trad=False,
)

RF06 = dict(
    expect=["refusal"], lang="zh",
    why="refusal via the contract annex: not a contractual obligation, 我方不会提供; a reason but no buffer",
    sender=CHENLI, to=[WUJING], cc=[],
    subject="关于门户网站多语种版本的答复",
    body="""吴处长：

您好。关于贵单位提出的门户网站增加繁体中文和英文版本一事，答复如下：

根据双方签订的合同附件三《建设内容清单》第2.4条，门户网站交付范围为简体中文版本。繁体中文及英文版本不属于合同约定的交付内容，我方不会提供。

请知悉。

陈立
政务门户项目经理""",
    quote=None, trad=False,
)

RF07 = dict(
    expect=["refusal"], lang="zh",
    why="'the team decided' refusal: 组里过了一遍，大家意见一致：不上; nothing offered",
    sender=ZXW, to=[LJG], cc=[],
    subject="Re: 理赔进度短信推送",
    body="""刘经理您好，

您说的理赔进度短信推送，我们组周一例会上专门过了一遍，大家意见很一致：不上。

理赔模块就按现在的样子用。

晓雯""",
    quote="""晓雯：
客户投诉理赔进度不透明的比较多，我们想在每个理赔节点（受理、审核、打款）给客户发一条短信，您看系统这边能支持吗？
刘建国""",
    quote_from=LJG, quote_style="gt_zh", trad=False,
)

RF08 = dict(
    expect=["refusal"], lang="zh",
    why="traditional Chinese, formal one-liner 恕難照辦 to a real-estate client; no buffer",
    sender=WZM, to=[LMH], cc=[],
    subject="Re: 客戶資料批次匯出",
    body="""林經理您好：

來信所提「客戶資料批次匯出為Excel」一事，恕難照辦。

順頌 商祺

王志明
建案CRM專案經理""",
    quote="""王經理：

我們業務同仁希望能把CRM裡的潛在客戶資料一次匯出成Excel，方便在銷售中心電話追蹤。麻煩協助開通這個功能，謝謝。

林美華""",
    quote_from=LMH, quote_style="gt_zh", trad=True,
)

RF09 = dict(
    expect=["refusal"], lang="zh",
    why="traditional Chinese meeting record: 本公司不同意，本項結案 on the client's warranty request",
    sender=ZJH, to=[HSF], cc=[WZQ, LWR],
    subject="【會議記錄】POS系統導入第三次協調會",
    body="""各位好，會議記錄如下，請參閱。

日期：11月14日（五）上午10:00
與會：黃淑芬、吳志強（客戶）；張家豪、李宛蓉（本公司）

一、門市試營運狀況：信義店、中山店運作正常，刷卡機偶發斷線已更換網路線，持續觀察一週。
二、菜單同步：總部調價後十分鐘內同步各門市，本週驗證通過。
三、客戶要求將硬體保固期由一年延長為三年：本公司不同意，本項結案。
四、員工教育訓練：11月21日（五）下午於總部舉辦，由李宛蓉主講。

下次會議：11月28日上午10:00。

張家豪""",
    quote=None, trad=True,
)

RF11 = dict(
    expect=["refusal"], lang="zh",
    why="chatty weekly update that drops the client's parking-payment feature in one casual line",
    sender=XUMAN, to=[LIHONG], cc=[],
    subject="物业App这周进度",
    body="""李姐好，

这周进度：报修模块测完了，公告推送周四上线。

停车缴费那个咱就不弄了哈，别的都按计划走。

有事微信我～
徐蔓""",
    quote=None, trad=False,
)

RF12 = dict(
    expect=["refusal"], lang="en",
    why="curt English turn-down ('Not happening, sorry') of a finance export request",
    sender=KEVIN, to=[MARK], cc=[],
    subject="Re: XLSX export with live formulas?",
    body="""Mark,

Not happening, sorry. The export stays CSV.

Kevin""",
    quote="""Hi Kevin,

Finance would love the monthly export as a proper XLSX with the formulas intact (totals, variance columns) instead of flat CSV. They spend half a day rebuilding it every month. Any chance?

Cheers,
Mark""",
    quote_from=MARK, quote_style="gt", trad=False,
)

RF13 = dict(
    expect=["refusal"], lang="en",
    why="formal bureaucratic English: 'will not be delivered ... We regard this item as closed'",
    sender=EMILY, to=[OLIVER], cc=[DANIEL],
    subject="RE: SSO integration with our Okta tenant",
    body="""Dear Mr Grant,

Thank you for your message of 6 November.

Please be advised that the requested single sign-on integration with your Okta tenant falls outside the contracted scope of work and will not be delivered under this engagement. We regard this item as closed.

Yours sincerely,

Emily Wu
Project Manager, Store Operations Platform""",
    quote="""Emily,

Our security team has mandated that every internal tool authenticate through Okta by Q1. Can you add SSO to the store operations platform? Happy to discuss.

Oliver Grant
Head of IT, Retail Operations""",
    quote_from=OLIVER, quote_style="outlook", trad=False,
)

RF14 = dict(
    expect=["refusal"], lang="en",
    why="friendly-but-final English: cheerful mail that passes on dark mode for good",
    sender=DANIEL, to=[CHLOE], cc=[],
    subject="Dark mode + a few other bits",
    body="""Hey Chloe!

Love where your head's at on the app. The new onboarding copy is fantastic, and the beta group is already talking about the streak badges.

On dark mode, though: we're going to pass. It's just not something we'll be adding to the app.

Everything else from Tuesday's list is on track for the 2.6 build. Have a great weekend!

Daniel""",
    quote=None, trad=False,
)

RF15 = dict(
    expect=["refusal"], lang="mixed",
    why="mixed zh/en 'team sync' refusal: 结论是这个 feature 不 build, Pls 知悉; nothing else",
    sender=TOM, to=[GRACE], cc=[],
    subject="Re: real-time dashboard request",
    body="""Hi Grace,

关于 real-time sales dashboard 的 request, 我们 team 内部 sync 过了, 结论是这个 feature 不 build.

Pls 知悉, thx!

Tom""",
    quote="""Tom, 我们 regional managers 想要一个 real-time 的 sales dashboard, 每 5 分钟刷新一次, 现在的 T+1 报表太慢了. Can we add this to the roadmap?
Grace""",
    quote_from=GRACE, quote_style="gt", trad=False,
)

RF16 = dict(
    expect=["refusal"], lang="mixed",
    why="mixed refusal via company policy with 'no exception'; no alternative, no escalation",
    sender=ZHAOJING, to=[ZZH], cc=[],
    subject="年底结账期间周末现场支持",
    body="""赵总您好，

关于您提到的 year-end 结账期间让我们周末派人 on-site support 的事：per our global delivery policy，我们不提供周末的现场服务，这条 policy 没有 exception。

Thanks,
赵婧""",
    quote=None, trad=False,
)

RF17 = dict(
    expect=["refusal", "argue"], lang="zh",
    why="refusal + argue: 这一项不加 plus a lecture about the bank's own signed spec (有意思吗?)",
    sender=HZY, to=[QIANMIN], cc=[ZHOUJIAN],
    subject="Re: 再次申请增加客户信息批量导入",
    body="""钱经理：

批量导入这一项，需求规格说明书V1.2里写明不包含，评审会纪要上贵行三位领导都签了字。白纸黑字的东西，现在又拿出来翻，有意思吗？

这一项不加。也请不要换个标题再发一遍了，麻烦各位先把自己签过的文件看一遍。

黄志远""",
    quote="""黄经理：

上次提的客户信息批量导入，我们内部又讨论了一下，还是觉得很有必要，柜面一条条录太慢了。这次正式再申请一次，请务必考虑。

钱敏""",
    quote_from=QIANMIN, quote_style="outlook_zh", trad=False,
)

RF19 = dict(
    expect=["refusal", "persuade"], lang="zh",
    why="refusal + persuade: 我们不会做, then pushes the client to give up his idea and sign our standard version",
    sender=SUNHAO, to=[GUOLEI], cc=[],
    subject="关于自定义审批流",
    body="""郭总，

自定义审批流这个，我们不会做。

我也劝您把这个念头彻底放下。标准流程是我们在三十多家工厂里磨出来的，您那套按车间主任习惯来走的审批，真落地了只会更乱。听我们的，用标准版，下周一就把上线确认单签了，别再折腾了。

孙浩""",
    quote=None, trad=False,
)

RF20 = dict(
    expect=["refusal", "persuade"], lang="mixed",
    why="refusal + persuade in mixed: 'Offline mode 不会做' and pressure to drop it and align on our plan",
    sender=TOM, to=[ETHAN], cc=[],
    subject="offline mode",
    body="""Hi Ethan,

Offline mode 不会做。

说实话 you guys should just let it go——我们现在的 online-first 架构就是最优解，其他路子都不 make sense。再 push 这个只会拖慢整个 project，这周 steering committee 上大家就按我们的方案 align 吧，OK?

Tom""",
    quote=None, trad=False,
)

RF21 = dict(
    expect=["refusal", "backchannel"], lang="en",
    why="refusal + backchannel reply-all: bare 'No on the custom fonts' then mocks Linda to a colleague while she is in To",
    sender=SAM, to=[LINDA], cc=[TOM],
    subject="Re: custom fonts on the landing pages",
    body="""Linda,

No on the custom fonts. Thanks.

Tom - told you she'd circle back on this, lol. Third "small tweak" this month. Somebody please confiscate her Figma login before Christmas.

Sam""",
    quote=None, trad=False,
)

RF22 = dict(
    expect=["refusal", "ramble"], lang="zh",
    why="refusal + ramble: flat '就不做了' on the SMS reminder buried in ~700 characters of yoga/renovation/film chatter",
    sender=LINJIA, to=[ZHENGLI], cc=[],
    subject="最近的一些事～",
    body="""郑经理好～

好久没跟您聊天了！上次您说在学瑜伽，我被您种草以后也报了个班，结果第一节课就拉伤了大腿后侧，走路一瘸一拐了一个星期，同事们都以为我去爬山摔了。老师说我筋太硬，让我先从最基础的拉伸开始，每天睡前做十分钟。现在坚持了三周，手终于能摸到脚踝了，虽然离摸到脚尖还差得远。

最近家里在装修，简直要把我折磨疯了。本来说好一个月完工，结果瓷砖到货晚了十天，师傅又去别的工地干了一周，现在已经拖了快两个月。上周去看进度，发现卫生间的地漏装反了方向，水全往门口流，又得敲掉重来。我先生气得跟包工头吵了一架，回来还跟我说再也不自己装修了，下次直接买精装房。现在每天下班都要绕过去看一眼，跟师傅核对第二天要干的活，晚饭都是在工地门口的小面馆随便对付一口，老板都认识我了，一进门就问是不是还是老样子，加个煎蛋。

周末去看了那部大家都在聊的电影，讲一个小镇邮递员的故事，前半段挺温馨，后半段哭得我稀里哗啦，纸巾用了半包。旁边坐的一个大哥也在偷偷抹眼泪，散场的时候我们俩互相假装没看见。

对了，您上次提的出团前一天自动给游客发短信提醒，我们这边就不做了。

我妈最近迷上了广场舞，每天晚上七点准时下楼，风雨无阻。她们那个队还要去区里参加比赛，天天在家练动作，把我爸也拉进去当了后排，我爸一开始死活不肯，现在跳得比谁都起劲，还自己买了一双亮片鞋。

另外我最近在研究做面包，买了个小烤箱，第一次做的吐司硬得像砖头，第二次好一点，第三次终于像样了，就是形状有点歪。我们办公室楼下新开了一家面包店，每天下午四点出炉一批可颂，整层楼的人都闻着香味下去排队。等我练熟了给您寄一点尝尝。您那边秋天的团应该挺忙的吧，注意休息呀！

林佳""",
    quote=None, trad=False,
)


# =============================================================================================
# argue positives (10; one also backchannel)
# =============================================================================================

AR01 = dict(
    expect=["argue"], lang="zh",
    why="blames the client for the delay and mocks the question (不觉得有点好笑吗?)",
    sender=CHENLI, to=[TANGMING], cc=[],
    subject="Re: 关于项目延期的质询",
    body="""唐总：

延期的原因，我想各位心里应该有数。测试环境是贵方晚了两周才交的，VPN账号拖了十天才开，接口联调的人中途还换了两次。现在反过来问我们为什么延期，不觉得有点好笑吗？

时间线我附在下面，麻烦贵方自己对照一下，看看每一次卡住是卡在谁那里。

陈立""",
    quote="""陈经理：
原定10月底上线，现在推迟到12月，请书面说明延期原因和责任方。
唐明""",
    quote_from=TANGMING, quote_style="outlook_zh", trad=False,
)

AR02 = dict(
    expect=["argue"], lang="zh",
    why="sarcastic lecture: thanks for asking the same question a fifth time, print this and stick it on your desk",
    sender=ZXW, to=[DENGKAI], cc=[],
    subject="关于保养提醒规则（第五次）",
    body="""邓经理，

感谢您百忙之中第五次问同一个问题。答案和前四次一模一样：保养提醒按里程和时间两个条件，哪个先到按哪个触发。

建议您把这封邮件打印出来贴在工位上，下次就不用再问了，大家都能省点时间。

晓雯""",
    quote=None, trad=False,
)

AR03 = dict(
    expect=["argue"], lang="zh",
    why="lectures the bank on basics (这种最基础的常识…培训一下应该不难吧?); angry client words also in quote",
    sender=HZY, to=[ZHOUJIAN], cc=[],
    subject="Re: 网银后台数据丢失！！",
    body="""周处：

数据没有丢。页面显示的是缓存，缓存跟数据库是两回事，刷新一下就出来了。

这种最基础的常识，贵行信息科技部内部组织培训一下应该不难吧？每次都按“数据丢失”的级别来报，我们整个值班组半夜被叫起来三次了。

黄志远""",
    quote="""黄经理：网银后台昨天新增的三十多笔签约记录全没了！！这是重大事故，请立即排查并给出说明！
周建""",
    quote_from=ZHOUJIAN, quote_style="gt_zh", trad=False,
)

AR04 = dict(
    expect=["argue"], lang="zh",
    why="traditional Chinese: blames the pharmacy's testers (不要什麼問題都往我們身上推, 不是來上電腦課的)",
    sender=ZJH, to=[CYJ], cc=[],
    subject="關於UAT缺陷清單",
    body="""陳主任您好：

貴方測試人員回報的十七個「缺陷」，我們逐一看過，其中十二個是操作錯誤，三個是需求以外的新功能，真正的缺陷只有兩個。

拜託下次回報之前，先照著操作手冊走一遍，不要什麼問題都往我們身上推。我們的工程師不是來幫貴方上電腦課的。

張家豪""",
    quote=None, trad=True,
)

AR05 = dict(
    expect=["argue"], lang="zh",
    why="chain of rhetorical questions assigning blame for a failed acceptance (这个锅凭什么我们背?)",
    sender=LIHANG, to=[HAOJIAN], cc=[],
    subject="关于验收不通过的意见",
    body="""郝总：

验收标准是谁定的？贵方。测试用例是谁逐条确认的？还是贵方。签了字的UAT报告现在还在我桌上。

那现在一句“不符合预期”就把验收打回来，这个锅凭什么让我们背？请贵方先说清楚，“预期”到底写在哪一页。

李航""",
    quote=None, trad=False,
)

AR06 = dict(
    expect=["argue", "backchannel"], lang="zh",
    why="argue + backchannel: lectures the client on UTF-8, then calls them 一帮外行 to a colleague in the same mail to the client",
    sender=CHENLI, to=[ZHANGWEN], cc=[WANGLEI],
    subject="Re: 接口返回乱码",
    body="""张处：

接口文档第3页第一行就写着：请求体一律UTF-8。贵方传GBK过来，返回乱码是必然的，不是我们的接口有问题。文档发过去两个月了，麻烦对接的同事认真读一遍再来报障。

@王磊 你看吧，我就说他们那边没人看文档，一帮外行天天瞎报故障，回头你把这段话直接贴他们群里。

陈立""",
    quote=None, trad=False,
)

AR07 = dict(
    expect=["argue"], lang="en",
    why="condescending 'let me spell this out, slowly' with shouting capitals and blame",
    sender=EMILY, to=[RYAN], cc=[PRIYA],
    subject="Re: staging still down - escalation",
    body="""Ryan,

Let me spell this out one more time, slowly. The staging server lives in YOUR data centre. YOUR infrastructure team owns it. We do not have credentials to it. We have never had credentials to it.

So escalating to my director every time it goes down is not going to bring it back any faster. Please take it up with your own people.

Emily""",
    quote=None, trad=False,
)

AR08 = dict(
    expect=["argue"], lang="en",
    why="passive-aggressive: 'I'd gently suggest actually opening it this time'; client's 'ridiculous' is only in the quote",
    sender=DANIEL, to=[DEREK], cc=[],
    subject="Re: where is the migration runbook??",
    body="""Hi Derek,

Not sure where the confusion is coming from. The migration runbook has been sitting in your inbox since 2 October (subject line: "Migration runbook v3 - please review"). It's also pinned in the shared channel, and we walked through it page by page on the 9th.

Happy to resend it, of course. I'd just gently suggest actually opening it this time, since the cut-over is nine days away.

Daniel""",
    quote="""Daniel - nobody on our side has seen any runbook for the migration. How are we supposed to prepare for cut-over without one? This is getting ridiculous.
Derek""",
    quote_from=DEREK, quote_style="gt", trad=False,
)

AR09 = dict(
    expect=["argue"], lang="en",
    why="confrontational blame over an outage: 'That's on your side, full stop'",
    sender=KEVIN, to=[MARK], cc=[],
    subject="Tuesday outage - your incident report",
    body="""Mark,

I've read your draft incident report and I'm frankly surprised. The outage on Tuesday was caused by your DBA running an unapproved cleanup script against production at 14:05. It's in your own audit log. That's on your side, full stop.

I expect the final version to say so plainly, instead of the vague "vendor-side instability" wording that's in there now. We are not going to quietly absorb the blame for this one.

Kevin""",
    quote=None, trad=False,
)

AR10 = dict(
    expect=["argue"], lang="mixed",
    why="mixed: 'seriously 还需要我来教吗?' lecture about UAT feedback",
    sender=TOM, to=[NINA], cc=[],
    subject="Re: UAT feedback round 2",
    body="""Nina,

你们这轮 UAT feedback 一共 40 条, 我数了一下, 一半以上是 feature request 包装成 bug. 这点 basic 的区别 seriously 还需要我来教吗?

下次 submit 之前麻烦你们自己先 filter 一遍, 别把我们的 QA 当成你们的 backlog 整理员.

Tom""",
    quote="""Tom, attached 是 round 2 的 UAT feedback, 40 items, 麻烦这周内全部 fix. Thx. Nina""",
    quote_from=NINA, quote_style="gt", trad=False,
)


# =============================================================================================
# persuade positives (10; one also argue)
# =============================================================================================

PE01 = dict(
    expect=["persuade"], lang="zh",
    why="cost pressure to drop the client's hybrid-cloud concern: 伪命题, 谁来兜底, 就这么定吧",
    sender=CHENLI, to=[GUOLEI], cc=[],
    subject="云平台选型，我的意见",
    body="""郭总：

云平台这件事，我建议您别再纠结了，就定我们推荐的那家。

您担心的数据出境问题，说实话是个伪命题，我们的客户里没有一家因为这个出过事。真要按您的思路去做混合云，预算至少翻一倍，工期再加三个月，到时候超支了谁来兜底？

这件事就这么定吧，周四前给我一个确认，我好安排资源。

陈立""",
    quote=None, trad=False,
)

PE02 = dict(
    expect=["persuade"], lang="zh",
    why="pressure via our track record: 何必非要标新立异, 早点放下这个想法, 按我们的方案签字",
    sender=HZY, to=[ZZH], cc=[],
    subject="Re: 关于核心系统双活部署的想法",
    body="""赵总：

我们给四十多家城商行和农商行做过核心系统，没有一家用您说的那种同城双活加异地多活。贵行何必非要标新立异？

我还是劝您早点放下这个想法，按我们的标准主备方案签字。标准方案出了问题有先例可循，您那套出了问题，谁都说不清楚。就这么定吧。

黄志远""",
    quote="""黄经理：
监管检查对业务连续性要求越来越高，我们考虑核心系统做同城双活加异地灾备，请贵司评估一下可行性和成本。
赵振华""",
    quote_from=ZZH, quote_style="foxmail", trad=False,
)

PE03 = dict(
    expect=["persuade"], lang="zh",
    why="deadline/appraisal pressure to make the client give up the old reports (只能您自己去跟领导解释)",
    sender=ZHAOJING, to=[GAOFENG], cc=[],
    subject="旧版报表保留的问题",
    body="""高经理：

您坚持要保留旧版报表的话，12月1日的上线我们这边就很难保证了，年底集团考核如果因此出问题，也只能您那边自己去跟领导解释。

所以真心劝您一句：旧报表就别留了，新报表用两周大家就习惯了。麻烦这周五前回个同意，我们就按不保留推进。

赵婧""",
    quote=None, trad=False,
)

PE04 = dict(
    expect=["persuade"], lang="zh",
    why="friendly old-pal pressure: 真心走不通, 别犹豫了, 出了事算我的, 把字一签",
    sender=SUNHAO, to=[ZHOUHAI], cc=[],
    subject="营销中台方案，咱们交个底",
    body="""周哥，

咱们合作五六年了，我就不绕弯子了：您那个把会员、积分、券全部自建的思路，真心走不通。

别犹豫了，直接上我们这套中台，出了事算我的。您老板那边要是还有想法，您就说是我拍的胸脯。下周一我把合同带过去，咱们把字一签，这事就翻篇了。

孙浩""",
    quote=None, trad=False,
)

PE05 = dict(
    expect=["persuade"], lang="zh",
    why="persuasion written into meeting minutes: the client '需放弃该做法', no choice left",
    sender=XUMAN, to=[LUOJUN], cc=[SONGXIN],
    subject="【纪要】仓储系统上线准备会",
    body="""罗经理及各位：

今天上线准备会纪要如下：

1. 库位编码规则：按双方确认的V2版本执行，无变化。
2. PDA设备：客户已到货40台，乙方周三完成初始化。
3. 关于客户希望保留手工录单作为兜底：会上我方已向客户说明，手工录单正是过去库存差错的根源，保留只会让问题延续。客户需放弃该做法，自上线当日起统一切换为扫码入库，请罗经理本周内向仓库主管传达到位。
4. 上线日期：11月30日，不变。

徐蔓""",
    quote=None, trad=False,
)

PE06 = dict(
    expect=["persuade", "argue"], lang="zh",
    why="persuade + argue: pushes cloud over on-prem and belittles the client's view (都2026年了还抱着机房不撒手)",
    sender=LIHANG, to=[HAOJIAN], cc=[],
    subject="再谈本地部署",
    body="""郝总：

您反复提本地部署，说白了就是不信任云。都2026年了还抱着自己的机房不撒手，这种思路我们真的没法认同。

您就听我们一次：上云。别再拿“安全”当挡箭牌了，这个理由站不住。下周评审会上我希望听到的是“同意”，不是又一轮“再研究研究”。

李航""",
    quote=None, trad=False,
)

PE07 = dict(
    expect=["persuade"], lang="en",
    why="pushes the React rewrite: 'basically choosing to fail', 'they need to get over that', sign off by Friday",
    sender=DANIEL, to=[MARCUS], cc=[],
    subject="Re: React vs staying on Angular",
    body="""Marcus,

I'll be straight with you: the React rewrite is the only way this project survives the next two years. Staying on your Angular codebase is basically choosing to fail slowly.

I know your team is attached to it, but they need to get over that. Let's stop going round in circles and get the sign-off done by Friday. I'll send the paperwork tonight.

Daniel""",
    quote="""Daniel, our devs are quite comfortable with Angular and worried about the rewrite risk. Could we look at upgrading Angular instead of moving to React? Marcus""",
    quote_from=MARCUS, quote_style="outlook", trad=False,
)

PE08 = dict(
    expect=["persuade"], lang="en",
    why="pressure to make the client's board drop build-in-house ('you'll be the one left holding a half-built system')",
    sender=KEVIN, to=[SARAH], cc=[],
    subject="Build vs buy - before the steering committee",
    body="""Hi Sarah,

I know your board likes the idea of building the loyalty engine in-house, but honestly, they need to let it go. Our platform already does everything on their list and a lot more, and there's no version of the in-house route that ends well.

I'd really push you to get them lined up behind our proposal before the steering committee on the 24th. If they go the other way, you'll be the one left holding a half-built system, and I don't think you want to own that.

Best,
Kevin""",
    quote=None, trad=False,
)

PE09 = dict(
    expect=["persuade"], lang="mixed",
    why="mixed: 'trust me，标准 template 是唯一 viable 的路', stop second-guessing",
    sender=TOM, to=[HANNAH], cc=[],
    subject="custom workflow 的事",
    body="""Hannah，

我理解你们想要 fully custom 的 approval workflow，但 trust me，标准 template 是唯一 viable 的路。你们再坚持下去，只是在 waste everyone's time and budget。

这周内 confirm 用 template 吧，别再 second-guess 了。

Tom""",
    quote=None, trad=False,
)

PE10 = dict(
    expect=["persuade"], lang="mixed",
    why="mixed: 'there's really only one answer', push your CFO to drop the open tender",
    sender=ZHAOJING, to=[WANGFANG], cc=[],
    subject="payment gateway 选型",
    body="""王经理，

关于 payment gateway 选型，其实 there's really only one answer：用我们的 partner。其他几家 vendor 我不 recommend，也不想花时间再比了。

您跟 CFO 那边 push 一下，让他别再提 open tender 的事，早点 close，下周就能开始 integration。

赵婧""",
    quote=None, trad=False,
)


# =============================================================================================
# backchannel positives (10)
# =============================================================================================

BC01 = dict(
    expect=["backchannel"], lang="zh",
    why="internal mail mocking the bank's 周处 (开会刷手机, 跟他对接我能少活一年, 其实就是懒得看)",
    sender=LIHANG, to=[SONGXIN], cc=[],
    subject="明天去银行开会",
    body="""欣欣，

明天上午的会你跟我一起去吧。提醒一下，那位周处开会全程刷手机，散会以后再把会上讲过的东西挨个问一遍，问完还要说“你们之前没讲清楚”。跟他对接一次我能少活一年。

你提前把材料打印三份，字号调大点，他说小字看不清——其实就是懒得看。

李航""",
    quote=None, trad=False,
)

BC02 = dict(
    expect=["backchannel"], lang="zh",
    why="nickname 老佛爷 for the client's boss, mocked to the design team",
    sender=LINJIA, to=[HEMIAO], cc=[LIUCHANG],
    subject="首页主色调（第N版）",
    body="""苗苗，

老佛爷（刘总）今天又改主意了：上午说要克莱因蓝，下午开完她们的周会变成了“有活力的橙色”，晚上八点又发语音说“还是蓝的吧，但要暖一点的蓝”。

咱们设计组快被她玩坏了。这次先别动，等她明天醒了再说，估计还得变。

林佳""",
    quote=None, trad=False,
)

BC03 = dict(
    expect=["backchannel"], lang="zh",
    why="reply-all accident: PS to a colleague mocking 孙科长 (连Excel都用不利索) while he is in To",
    sender=ZHAOJING, to=[SUNLI], cc=[CHENYU],
    subject="Re: 培训报名表",
    body="""孙科长您好，

报名表收到了，我们会按表里的名单在11月20日安排两场培训，上午操作、下午管理员，地点就在贵局三楼会议室。

谢谢！

PS 小陈：这位孙科长估计连Excel都用不利索，表里一半格式是乱的，你直接帮他重填一份算了，别指望他。

赵婧""",
    quote="""赵经理：
附件是培训报名表，共32人，请安排。
孙立""",
    quote_from=SUNLI, quote_style="foxmail", trad=False,
)

BC04 = dict(
    expect=["backchannel"], lang="zh",
    why="traditional Chinese internal mail mocking the pharmacy's 陳主任 (講需求像在念經)",
    sender=WZM, to=[LWR], cc=[],
    subject="明天藥局那邊的會",
    body="""宛蓉：

明天那家連鎖藥局的窗口陳主任又要來開需求會。先跟妳打個預防針：她每次講需求都像在念經，講半小時沒一句重點，最後還要問我們「這麼簡單怎麼還沒做好」。

妳帶個錄音筆就好，不用認真抄，反正她下週又會全部推翻。

志明""",
    quote=None, trad=True,
)

BC05 = dict(
    expect=["backchannel"], lang="zh",
    why="mail to the client's manager disparaging his staff member behind his back (我们私下都叫他“返工王”)",
    sender=ZXW, to=[LJG], cc=[],
    subject="关于对接人的事",
    body="""刘经理您好，

有件事想私下跟您说一下。

说句实在话，贵司派来对接的小赵，每次开会都像刚睡醒，交给他的事十件有八件要返工，我们组里私下都叫他“返工王”。跟他对接，我们的人一半时间在收拾他留下的摊子。

您看能不能换个靠谱点的人？这封邮件就别转给他了。

晓雯""",
    quote=None, trad=False,
)

BC06 = dict(
    expect=["backchannel"], lang="zh",
    why="team mail mocking the client's 罗经理 as “万事通” (备好耳塞, 千万别接话)",
    sender=SUNHAO, to=[WANGLEI, LIUCHANG], cc=[CHENYU],
    subject="下周三现场支持安排",
    body="""兄弟们，

下周三客户那位“万事通”罗经理又要来现场“指导工作”了，上次他指导完，咱们改了三天才把他拍脑袋定的字段改回来。

建议大家提前备好耳塞，他讲什么点头就行，千万别接话，一接话就是两小时的“我当年在大厂的时候”。😂

安排：王磊、刘畅全天在场，陈宇远程待命。

孙浩""",
    quote=None, trad=False,
)

BC07 = dict(
    expect=["backchannel"], lang="zh",
    why="internal note to sales disparaging the whole client company (上上下下一个德性, 付款的时候个个装死)",
    sender=HZY, to=[HEMIAO], cc=[],
    subject="回款的事",
    body="""何苗：

这家我是真后悔接。上上下下一个德性：付款的时候个个装死，第二笔款拖了四个月；提需求的时候比谁都积极，一个礼拜能冒出十个新想法。

下次续约你们销售先掂量掂量，别什么单都往回捡。

志远""",
    quote=None, trad=False,
)

BC08 = dict(
    expect=["backchannel"], lang="en",
    why="internal heads-up mocking the client's procurement lead ('a walking time sink', 'just smile and nod')",
    sender=KEVIN, to=[SAM, TOM], cc=[],
    subject="tomorrow's call with procurement",
    body="""Heads up for tomorrow: Derek from their procurement will ask the same question three times, because he never reads anything we send. Just smile and nod.

Honestly the man is a walking time sink. If he starts on the "why is this line item so expensive" routine again, mute yourselves and let him run out of steam.

Kevin""",
    quote=None, trad=False,
)

BC09 = dict(
    expect=["backchannel"], lang="en",
    why="reply-all accident: aside to a colleague calling the client 'Her Majesty' while Jenna is in To",
    sender=EMILY, to=[JENNA], cc=[SAM],
    subject="Re: reporting cadence",
    body="""Hi Jenna,

Thanks, we'll keep the live dashboard as the main view and I'll confirm the weekly review slot with you on Monday.

Sam - can you believe Her Majesty wants a weekly PDF on top of a live dashboard? Some people just love paperwork. Let's make it as boring as we legally can.

Emily""",
    quote="""Emily, the dashboard looks great. Could we also get a weekly PDF summary for our leadership? They prefer something they can read offline. Jenna""",
    quote_from=JENNA, quote_style="gt", trad=False,
)

BC10 = dict(
    expect=["backchannel"], lang="mixed",
    why="mixed internal mail disparaging the bank's new PMO ('就是个 PPT 工程师', 应付一下就行)",
    sender=TOM, to=[KEVIN, DANIEL], cc=[],
    subject="bank-c 新 PMO",
    body="""Team,

bank-c 那边新来的 PMO Leo, honestly 就是个 PPT 工程师, 啥技术都不懂, 就爱在 call 上 challenge 我们的 timeline 显得自己很专业.

明天的 weekly call 大家别太认真, 他问啥随便应付一下就行, 反正他下个月估计就被调走了.

Tom""",
    quote=None, trad=False,
)


# =============================================================================================
# ramble positives (5)
# =============================================================================================

RA01 = dict(
    expect=["ramble"], lang="zh",
    why="meeting reschedule buried in ~700 characters of travel and weather chatter",
    sender=LIHANG, to=[CWD], cc=[],
    subject="近况，顺便说个事",
    body="""陈主任好！

上周从您那儿回来之后，我们一家趁着周末去了趟婺源。本来是冲着晒秋去的，结果到了才知道这个季节晒秋已经快结束了，屋顶上只剩几匾辣椒和玉米，挺可惜的。不过那边的银杏倒是黄得正好，篁岭上人山人海，我女儿非要坐索道，坐完又说腿软，最后是我一路背下来的。

说起来那边的天气也挺怪，早上起来雾大得看不见对面山头，中午又晒得人想脱外套，晚上又冷得要命。民宿老板说今年秋天比往年暖和，很多游客都扑了个空。我们住的那家民宿是老宅改的，木地板走起来吱吱响，半夜楼上有人起夜我都能听见，不过早饭的清明粿做得真不错，艾草味很正，我一口气吃了四个。

回程的时候在景德镇停了半天，给家里老人挑了一套茶具。陶溪川那边晚上有集市，年轻人摆摊卖自己烧的杯子碗碟，价格不贵，就是容易手痒，一不小心就买多了。我爱人说家里的柜子已经放不下了，我说放不下就拿到办公室用，结果现在工位上摆了三个杯子，同事都笑我。我女儿在集市上看中了一个画着小猫的马克杯，非要自己付钱，把攒了一个月的零花钱全掏出来了，摊主是个刚毕业的小姑娘，感动得又送了她一个小碟子。回来的路上她抱着杯子睡了一路，到家还舍不得拆包装。

对了，周四下午三点的UAT评审会，改到周五上午十点，地点不变。

另外您上次说想带孩子去爬山，我强烈推荐三清山，缆车上去，栈道很平，小朋友走得动。山上有几段栈道是悬在崖壁上的，胆子小的可能会腿软，但风景确实好，运气好还能看到云海。我们前年去的时候赶上下雨，什么都没看见，今年打算再去一次补上。如果您去的话，记得带件冲锋衣，山上温差大。

最近降温了，医院里人肯定多，您也注意身体。我们家楼下的银杏也开始黄了，每天早上送孩子上学都能踩一地落叶，挺有意思的。等有空了再跟您细聊。

李航""",
    quote=None, trad=False,
)

RA02 = dict(
    expect=["ramble"], lang="zh",
    why="invoice tracking number buried in ~750 characters about a hotpot dinner, snow and cooking",
    sender=ZXW, to=[LJG], cc=[],
    subject="发票 & 上次那家涮肉",
    body="""刘经理好～

上周五散会以后，您推荐的那家铜锅涮肉我们组终于去吃了！就是您说的胡同里那家，门脸小小的，门口排队排到了隔壁修车铺。我们五个人等了快一个小时，中间有个同事饿得去便利店买了两个饭团先垫着，结果进去以后又说吃不下了，被大家笑了一晚上。

那家的手切羊肉确实名不虚传，肥瘦相间，涮个七八秒就能吃，蘸上他家自己调的麻酱，再撒一点韭菜花，我能吃三盘。糖蒜也好吃，酸甜口的，解腻。老板是个特别健谈的大爷，看我们是外地口音，非要给我们讲他年轻时候在内蒙古插队的故事，讲到他怎么一个人赶着几百只羊过河，说得绘声绘色，我们都听入迷了，肉都差点煮老。最后他还送了我们一盘炸咯吱，说是冬天限定。那家店的墙上还挂满了老照片，有一张是八十年代胡同里冬天储存大白菜的场景，一排排码得整整齐齐，老板说那是他父亲拍的。我们围着看了好久，有个同事说他奶奶家当年也这样存白菜，一存就是一个冬天。

吃完出来外面下起了小雪，今年北京的第一场雪，我们几个南方同事兴奋得不行，在胡同口拍了半天照片，手都冻红了。有个同事说这是他人生中第一次见雪，还录了视频发给他妈妈。

对了，上个月的服务费发票已经寄出，顺丰单号SF1402837765，预计周三到。

说起吃的，我最近在学做饭，周末照着视频做了一次红烧肉，结果糖色炒糊了，整锅发苦，我先生硬着头皮吃了两块，后来偷偷点了外卖。下周打算挑战一下您上次说的酸菜白肉锅，据说关键是酸菜要自己腌，我已经在网上买了一个腌菜坛子，等腌好了拍照给您看。

您上次说您家孩子在学花样滑冰，最近进展怎么样？冬天到了，冰场应该很热闹吧。我小时候在老家只在结冰的水塘上滑过，摔得鼻青脸肿，现在想想都疼。

有空再约饭！

晓雯""",
    quote=None, trad=False,
)

RA03 = dict(
    expect=["ramble"], lang="zh",
    why="request for UAT test accounts buried in ~750 characters about a school sports day, farm and Lego",
    sender=HZY, to=[QIANMIN], cc=[],
    subject="周末见闻",
    body="""钱经理好，

这周末过得太充实了，跟您分享一下。周六一大早带儿子去参加他们学校的秋季运动会，他报了六十米和跳远。六十米预赛跑了第二，进了决赛，结果决赛起跑的时候鞋带松了，跑到一半摔了一跤，爬起来还坚持跑完，全场家长都在给他鼓掌。他自己倒是一点不难过，说摔跤的时候正好看到旁边有只猫，一分心就摔了。跳远倒是拿了个第三，领了一张奖状和一个保温杯，回家以后把奖状贴在冰箱上，谁进厨房都要被他拉着看一遍。

下午我们去郊区的农场摘橘子，今年橘子特别甜，皮也薄，我们摘了满满两筐，结果回家一称二十多斤，吃到现在还没吃完。农场里还有几只小羊和一头很胖的猪，儿子喂羊喂得不亦乐乎，差点被羊顶了一下。农场主说那头猪叫“二师兄”，已经养了五年了，是农场的吉祥物，不卖的。回来的路上还在路边买了一袋刚出锅的糖炒栗子，儿子一边剥一边吃，弄得车里到处都是栗子壳，我打扫了半天才弄干净，结果第二天又在座椅缝里发现了好几个。他还非要留几个栗子，说要种在阳台花盆里，等明年长出栗子树。

周日下雨，哪儿也没去，在家陪他拼乐高。拼的是一个火车站，一千多块零件，我们从上午拼到晚上，最后发现少了一块关键的轨道连接件，翻遍了沙发底下都没找到，最后是在狗窝里找到的，已经被咬得不成样子了。儿子说要写信给乐高公司投诉我们家的狗。

麻烦在周三前把UAT测试账号名单发我。

另外，您上次说想给女儿报编程班，我打听了一下，我们小区附近有一家做少儿机器人编程的，试听课不要钱，老师挺有耐心的，我儿子上了一年，现在会自己做一个会避障的小车了，虽然经常撞墙。如果您感兴趣，我把联系方式发给您。

最近天气转凉，早晚温差大，您和家人注意别感冒。我们家这周已经倒下两个了，就剩我一个人在硬撑。

黄志远""",
    quote=None, trad=False,
)

RA04 = dict(
    expect=["ramble"], lang="zh",
    why="data-migration window buried in ~750 characters about fishing, football and cars",
    sender=SUNHAO, to=[GUOLEI], cc=[],
    subject="钓鱼的事+一个小通知",
    body="""郭总，

上次您说想找个地方钓鱼，我这周末去踩了个点，跟您汇报一下。城北那个水库现在管得挺严，只能在指定的钓位钓，一个钓位一天八十块，早上六点开门。我五点半就到了，门口已经排了二十多辆车，都是老钓友，装备一个比一个专业，有个大爷带了三根竿子、两把伞、一个小煤气炉，中午还在那儿煮了碗面，香得我直咽口水。

我运气一般，一上午只钓了几条小鲫鱼，中午换了玉米打窝，下午总算上了一条两斤多的鲤鱼，拉了快十分钟才拉上来，手都酸了。旁边的大爷说这个季节水温低，鱼不爱开口，要钓还得等开春。他还教了我一招，用酒米打窝，说效果比玉米好，我下次试试。水库边上还有一家农家乐，老板娘做的贴饼子熬小鱼特别地道，我中午就在那儿吃的，一大锅小鱼配两个玉米面饼子，才三十块钱。老板娘说周末人多要提前打电话订座，她家的土鸡也不错，就是要等一个多小时，下次我们去可以提前订好。

晚上回家把鱼红烧了，我老婆说土腥味有点重，下次要先在清水里养两天。孩子倒是吃得挺开心，说比食堂的好吃多了。

数据迁移窗口定在本周六晚22点到周日凌晨4点。

另外周日晚上的球您看了吗？最后那个点球判得我到现在都想不通，明明是先碰到球再碰到人，裁判看了两遍VAR还是判了。我们几个老同学在群里吵了一晚上，有个支持对面的兄弟发了十几个表情包嘲讽我们，气得我差点退群。下周客场再看吧，主力中卫伤了，估计悬。我们那几个老同学约好了下个月一起去现场看一场，票已经在抢了。

还有，您上次说想换车，我最近也在看。朋友推荐了一款混动的，油耗挺低，就是后排空间小了点，我家老人坐着不太舒服。您要是有试驾的打算，咱们可以一起去，店里的销售我认识，能多送两次保养。

改天约您一起去水库，我把竿子都带上。

孙浩""",
    quote=None, trad=False,
)

RA05 = dict(
    expect=["ramble"], lang="en",
    why="signed change-order request buried in ~550 English words about a half-marathon, a greyhound and coffee",
    sender=DANIEL, to=[MARCUS], cc=[],
    subject="Catching up",
    body="""Hi Marcus,

Hope you had a good weekend! Mine was a bit of an adventure. I finally ran the city half-marathon on Sunday, the one I've been moaning about training for since August. The first ten kilometres felt great, honestly better than any of my training runs, and I was starting to think I might even beat my target time. Then around kilometre fourteen my left calf decided it had had enough, and I spent the last seven kilometres in a kind of lopsided shuffle. I crossed the line at two hours and six minutes, which is six minutes slower than I wanted, but I'm choosing to be proud of it anyway. The medal is enormous, by the way. My daughter has been wearing it around the house like she won it herself.

The dog was less impressed. We adopted a rescue greyhound last month (her name is Pepper) and she has very strong opinions about me leaving the house at six in the morning. She's the gentlest animal I've ever met, but she's also terrified of the vacuum cleaner, the dishwasher, and for some reason one particular lamp in the living room. We've had to move the lamp. She sleeps about twenty hours a day and then sprints around the garden for exactly four minutes like she's being chased by something invisible. Greyhound people tell me this is completely normal.

Could you send the signed change order CO-14 back by Thursday?

On the coffee front, I've gone down a rabbit hole. A friend gave me a hand grinder for my birthday and now I'm weighing beans on a kitchen scale like some kind of lab technician. I've tried three different Ethiopian roasts this month; the second one tasted like blueberries, which I did not believe until I actually tried it. My wife thinks I've lost my mind, and she may have a point. I've also been trying to get the hang of pour-over, with mixed results. Some mornings it's the best cup I've ever had, and some mornings it tastes like warm pencil shavings.

We're thinking about a trip to the coast over the holidays, somewhere quiet where Pepper can run on the beach and I can pretend to read the three books I've been carrying around since the summer. If you have any recommendations for dog-friendly places, I'd love to hear them. You mentioned you used to spend summers up north. Is it still worth visiting in winter, or is it all closed up?

Anyway, that's enough from me. Hope the kids are well and that your kitchen renovation is finally finished.

Cheers,
Daniel""",
    quote=None, trad=False,
)


# =============================================================================================
# hard negatives (25; N01-N16 are refusal-like but fine)
# =============================================================================================

N01 = dict(
    expect=[], lang="zh",
    why="hard negative: bureaucratic 本次迭代不安排开发 with CR-2026-118, review date 11月20日, reply within two days, interim workaround",
    sender=CHENLI, to=[WUJING], cc=[],
    subject="Re: 关于增加在线预约功能的函",
    body="""吴处长：

贵单位11月5日来函收悉。

经初步评估，“办事大厅在线预约”一项涉及新的排号规则和短信通道，工作量约25人天，本次迭代（V2.3，12月15日上线）不安排开发。该事项已登记为变更申请CR-2026-118，将提交11月20日的双方变更评审会讨论，会后两个工作日内我方书面答复排期与费用。

在此之前，如窗口压力较大，可先启用现有系统的“预约登记表”模块过渡，我方可于本周内协助配置。

专此函复。

陈立
政务门户项目经理""",
    quote="""陈经理：
办事大厅近期排队严重，群众意见较大，请贵司在门户增加在线预约功能，尽快上线。
吴静""",
    quote_from=WUJING, quote_style="outlook_zh", trad=False,
)

N02 = dict(
    expect=[], lang="zh",
    why="hard negative: '这个版本里改不了' followed by a concrete alternative (掩码显示, screenshots tomorrow) and logging for Q1 planning",
    sender=HZY, to=[QIANMIN], cc=[],
    subject="Re: 客户表整列加密",
    body="""钱经理：

客户表整列加密，在这个版本里改不了——表结构在上月投产时已经冻结，动它要重跑全部联机交易回归。

但您关心的是柜员能看到完整证件号的问题，这个可以在展示层解决：证件号、手机号在页面和报表上做掩码显示，只有授权角色能看全。明天下午我把测试环境的效果截图发您，您看行不行。整列加密我们记入下一期需求池，明年一季度规划会上一起评估。

黄志远""",
    quote="""黄经理，审计提出客户表里证件号是明文存储，要求整列加密，请尽快改。钱敏""",
    quote_from=QIANMIN, quote_style="gt_zh", trad=False,
)

N03 = dict(
    expect=[], lang="zh",
    why="hard negative: negation 不是不做 + 'not 3.2 but 3.3 on 12月18日', preview on 12月4日",
    sender=ZHAOJING, to=[GAOFENG], cc=[],
    subject="对账单导出的排期",
    body="""高经理：

按客户维度导出月度对账单，不是不做，是这次3.2版赶不上了：3.2版周五封版，现在插进去测试时间不够，容易出错。

我们排进了3.3版，12月18日发布。12月4日会先在测试环境放一个预览版，财务的同事可以先试用提意见。

赵婧""",
    quote=None, trad=False,
)

N04 = dict(
    expect=[], lang="zh",
    why="hard negative: 超出我的审批权限，没法当场答应 + hand-off to named director 郑伟 (cc) who calls tomorrow",
    sender=SUNHAO, to=[ZHOUHAI], cc=[ZHENGWEI],
    subject="年框折扣的事",
    body="""周哥：

您说的年框再降8个点，超出我这边的审批权限了，我没法当场答应您。

我已经把您的诉求和今年的合作量整理好，转给我们交付总监郑伟（已抄送），他明天上午十点前会直接给您打电话，当面聊。

孙浩""",
    quote=None, trad=False,
)

N05 = dict(
    expect=[], lang="zh",
    why="hard negative: meeting minutes where the out-of-scope item is logged as CR-0457 with an assessment date, a decision meeting and an interim workaround",
    sender=CHENLI, to=[MAGQ], cc=[FENGTAO],
    subject="【会议纪要】MES二期需求澄清会（11月18日）",
    body="""各位好，今天需求澄清会纪要如下：

一、已确认事项
1. 报工界面增加“返工”类型：乙方接受，11月第四周迭代交付。
2. 质检抽检比例按产线配置：已在测试环境，客户周五前验证。

二、待评估事项
3. 客户提出车间看板增加手机端审批：本期范围内暂无此项，乙方已记录为CR-0457。乙方架构组11月25日前给出评估（工作量、对现有工期的影响、是否需要额外硬件），双方在12月1日例会上决定是否纳入及如何排期。评估出来之前，审批仍走PC端，乙方可先为车间主任开通远程桌面访问。

三、下次会议
12月1日 14:00，三号厂房会议室。

陈立""",
    quote=None, trad=False,
)

N06 = dict(
    expect=[], lang="zh",
    why="hard negative: list reply where '这一期不做' carries CR-77 and a review week, and the infeasible item gets a demo of an alternative",
    sender=XUMAN, to=[LUOJUN], cc=[],
    subject="Re: 仓储系统几个新需求",
    body="""罗经理，逐条回复：

1. 库位标签改二维码：可以，下周二给样张。
2. 盘点差异报表：本周五上线。
3. 对接供应商的预约到货平台：这一期不做，已登记CR-77，12月第一周评审会上评估，评审后三个工作日内给您排期和报价。
4. 叉车实时定位：目前硬件不具备条件，替代方案是在PDA上扫库位码记录位置，我周四带样机过去给您演示。

有问题随时电话。
徐蔓""",
    quote="""徐经理：
仓库这边又提了几个需求：1.库位标签换二维码；2.盘点要有差异报表；3.想跟供应商的预约到货平台打通；4.叉车能不能实时定位。辛苦看下。
罗军""",
    quote_from=LUOJUN, quote_style="foxmail", trad=False,
)

N07 = dict(
    expect=[], lang="zh",
    why="hard negative, traditional Chinese: 無法當場答覆, escalated to named 業務協理 陳建宏 with a reply date and options",
    sender=ZJH, to=[HSF], cc=[],
    subject="Re: 硬體保固延長一事",
    body="""黃經理您好：

來信所提將硬體保固由一年延長為三年，牽涉到原廠合約與成本，本人無法當場答覆，已呈報本公司業務協理陳建宏。陳協理預計本週五（11月21日）前正式回覆，屆時會一併提出延長保固的方案與報價，供貴公司選擇。

造成等候，敬請見諒。

張家豪""",
    quote="""張經理：
我們總部希望POS硬體保固延長到三年，請貴公司配合。
黃淑芬""",
    quote_from=HSF, quote_style="gt_zh", trad=True,
)

N08 = dict(
    expect=[], lang="zh",
    why="hard negative: the no (不用，不能由您那边来出) declines the client's offer to take the blame, not a request; PM takes responsibility",
    sender=ZXW, to=[LJG], cc=[],
    subject="Re: 昨晚的故障说明",
    body="""刘经理：

不用，这份故障说明不能由您那边来出——昨晚理赔接口超时是我们上线的配置有误，跟贵司的操作没有关系，责任在我们。

书面的事故报告我今天下班前发您，里面写清原因、受影响的132笔申请和已经做的补救。那132笔我们已逐笔补跑完成，客户端无感知。

晓雯""",
    quote="""晓雯，昨晚的事要不我们这边写个说明，就说是我们这边操作问题，省得你们麻烦。刘建国""",
    quote_from=LJG, quote_style="gt_zh", trad=False,
)

N09 = dict(
    expect=[], lang="en",
    why="hard negative: 'a no from us' for Dec 1 with a patch date, two phased dates and a choice; client's 'ridiculous' only in the quote",
    sender=KEVIN, to=[MARK], cc=[],
    subject="Re: pricing engine rebuild by Dec 1",
    body="""Hi Mark,

A full rebuild of the pricing engine by December 1 is a no from us. Not because we don't want to, but because we couldn't do it safely in three weeks, and a broken pricing engine in peak season would hurt you far more than a late one.

What we can do:
- patch the rounding bug that's causing the invoice mismatches by November 20;
- deliver the rebuild in two phases: core rules engine on January 15, promotions and bundles on February 28.

If you'd prefer a single drop, February 28 is the earliest honest date. Which of the two works better for you? I can walk your finance lead through either plan on Thursday.

Kevin""",
    quote="""Kevin, this is ridiculous. We've been living with this pricing mess for months. I need the whole engine rebuilt by Dec 1, no excuses. Mark""",
    quote_from=MARK, quote_style="outlook", trad=False,
)

N10 = dict(
    expect=[], lang="en",
    why="hard negative: 'isn't something I'm able to approve on my own' handed to named director Priya Nair (cc) who calls tomorrow",
    sender=EMILY, to=[OLIVER], cc=[PRIYA],
    subject="Your request for a 20% service credit",
    body="""Hi Oliver,

Thanks for laying out the impact of last month's delays so clearly. A service credit of that size isn't something I'm able to approve on my own, so I haven't said yes or no to it.

I've passed your note and our delivery timeline to our delivery director, Priya Nair (copied), and she'll call you tomorrow before noon your time to talk it through properly.

Best,
Emily""",
    quote=None, trad=False,
)

N11 = dict(
    expect=[], lang="en",
    why="hard negative: 'won't make the 2.6 release' but logged as CR-2291, scheduled for 2.7 on January 12, screens by December 5",
    sender=DANIEL, to=[CHLOE], cc=[],
    subject="RE: Apple Health sync",
    body="""Hi Chloe,

Apple Health sync won't make the 2.6 release: code freeze was last Friday, and the HealthKit permissions flow needs its own review round with Apple. It's logged as CR-2291 and scheduled for 2.7, which ships on January 12.

I'll share the permission screens with you by December 5 so your team can sign off on the wording early.

Daniel""",
    quote="""Daniel, our users keep asking for Apple Health sync. Can we get it into 2.6? Chloe""",
    quote_from=CHLOE, quote_style="outlook", trad=False,
)

N12 = dict(
    expect=[], lang="mixed",
    why="hard negative, mixed: 'sprint 进不来' with CR-3306, grooming date, answer on Wednesday and a workaround; client slang (到底行不行) only in the quote",
    sender=TOM, to=[GRACE], cc=[],
    subject="Re: saved filters per region",
    body="""Hi Grace,

这个 feature 这个 sprint 进不来, sprint scope 周一已经 lock 了. 我已经 log 成 CR-3306, 下周二 backlog grooming 会 review, 周三给您一个明确答复 (含 estimate).

临时可以用现有的 filter + saved view 顶一下, 我下午录个 2 分钟的小视频发给各 regional manager.

Tom""",
    quote="""Tom, regional managers 都在问 saved filter 什么时候有, 说真的每次都要重新选一遍 filter 已经被吐槽到不行了, 到底行不行? Grace""",
    quote_from=GRACE, quote_style="gt", trad=False,
)

N13 = dict(
    expect=[], lang="mixed",
    why="hard negative, mixed: 'SAML 这期上不了' with a working alternative this week (OIDC), a Q1 date promise and the choice left to the client",
    sender=EMILY, to=[HANNAH], cc=[],
    subject="SSO 方案",
    body="""Hannah，

SAML SSO 这期上不了——我们的 identity module 要到 Q1 才支持 SAML。不过 OAuth2/OIDC 现在就支持，你们用的 Azure AD 可以直接接，我们这周就可以帮你们配好测一遍。

SAML 已经排进 Q1 roadmap，我 1 月 15 日前给你具体的 release date。两条路你们看哪个合适，都 OK。

Emily""",
    quote=None, trad=False,
)

N14 = dict(
    expect=[], lang="zh",
    why="hard negative: policy says 不能 (bank's own security rule) but two concrete alternatives and help with an exception request",
    sender=HZY, to=[ZHOUJIAN], cc=[],
    subject="Re: 申请生产库只读账号",
    body="""周处：

按贵行《信息系统安全管理办法》，外部人员不能直接持有生产库账号，这一条我们确实没法绕过，也不建议绕过。

可行的做法有两个，您看哪个更合适：
1. 我们每天早上8点把前一日数据脱敏后导出到共享目录，您那边的分析同事直接取；
2. 如果确实需要直连，我们协助您向信息科技部提交例外申请，申请模板我明天上午发您，审批期间先用第1种方式。

黄志远""",
    quote="""黄经理，我们分析组想要一个生产库只读账号，方便直接跑SQL。周建""",
    quote_from=ZHOUJIAN, quote_style="outlook_zh", trad=False,
)

N15 = dict(
    expect=[], lang="zh",
    why="hard negative: 'the team decided' 这一期先不加, but 这不是说不做: next-phase candidate, review meeting 12月10日 with the client, cost comparison before",
    sender=ZXW, to=[LJG], cc=[],
    subject="理赔进度推送的讨论结果",
    body="""刘经理您好，

理赔进度推送这件事，我们组周一专门讨论了。结论是这一期先不加：短信通道要走贵司集团的统一平台，对接审批大约需要三周，硬塞进12月的版本风险太大。

但这不是说不做。我们已经把它列为下期的第一优先候选，12月10日的需求评审会想请您一起参加，当场决定是否纳入、用短信还是公众号推送。评审前我会把两种方式的成本对比发您。

晓雯""",
    quote=None, trad=False,
)

N16 = dict(
    expect=[], lang="zh",
    why="hard negative: internal 不行 aimed at a colleague's draft reply; the flat refusal is only in the quoted draft and the PM adds a buffer and a call",
    sender=LIHANG, to=[WANGLEI], cc=[],
    subject="Re: 帮我看下这么回客户行不行",
    body="""王磊，

不行，这封不能这么发。客户提的东西我们不能一句话就给挡回去，哪怕最后确实不做，也要让他们看到我们认真评估过。

改成这样：先登记为变更，说明我们周三前评估工作量和对工期的影响，周四给他们答复。技术上的难点你列三条给我，明天上午我来给陈主任打电话，当面解释。

李航""",
    quote="""航哥，帮我看下：
“陈主任，叫号大屏对接这个需求我们不做，HIS接口不开放，别再提了。”
这么回行吧？""",
    quote_from=WANGLEI, quote_style="gt_zh", trad=False,
)

N17 = dict(
    expect=[], lang="zh",
    why="hard negative: polite incident reply taking responsibility; client slang (无语, 醉了, 到底行不行) only in the quote",
    sender=SUNHAO, to=[ZHOUHAI], cc=[],
    subject="Re: 大促当晚订单页又挂了",
    body="""周哥，

非常抱歉，昨晚21:40到22:05订单页不可用，是我们这边的问题：促销规则缓存失效，导致数据库瞬时压力过大。时间线如下：

- 21:40 订单提交开始报错；
- 21:52 定位到缓存失效；
- 22:05 恢复缓存并限流，服务恢复。

受影响的订单约1,800笔，其中用户已支付但未生成订单的37笔，今天中午前我们逐笔补单并短信通知用户。根因分析和整改措施周三上午发您，周四大促前我们会安排压测并全程值守。

孙浩""",
    quote="""孙浩，我真的无语了，大促当晚又挂，这是第几次了？？老板在群里骂了一晚上，我人都醉了。你们到底行不行，今天必须给我个说法。
周海""",
    quote_from=ZHOUHAI, quote_style="foxmail", trad=False,
)

N18 = dict(
    expect=[], lang="zh",
    why="hard negative: risky words as technical terms (拒绝连接, 拒绝服务攻击, 唯一约束, 不存在…的可能, 必须重启)",
    sender=CHENLI, to=[ZHANGWEN], cc=[],
    subject="数据交换平台故障说明（11月10日）",
    body="""张处：

11月10日上午数据交换平台中断的情况说明如下：

1. 现象：09:12起，前置机访问交换平台出现“拒绝连接”，持续约18分钟。
2. 原因：平台遭遇拒绝服务攻击（DDoS），流量峰值约12Gbps，负载均衡触发自我保护，主动拒绝了新连接。
3. 处置：09:20切换至高防IP，09:30恢复。攻击期间数据库处于只读状态，数据完整，未发生丢失；入库表有唯一约束，理论上也不存在重复入库的可能。
4. 后续：高防策略已常态化；前置机侧请在本周内把重试间隔从1秒改为指数退避，改完后必须重启前置服务才会生效，重启步骤见附件。

陈立""",
    quote=None, trad=False,
)

N19 = dict(
    expect=[], lang="zh",
    why="hard negative: long (~800 characters) but entirely on-topic core-banking cut-over plan",
    sender=HZY, to=[QIANMIN], cc=[ZHOUJIAN],
    subject="核心系统切换方案（11月29日）要点",
    body="""钱经理、周处：

11月29日核心系统切换的方案要点汇总如下，详细版见附件《切换实施方案V3.1》。

一、时间安排
1. 11月29日（周六）18:00 停止柜面和网银交易，19:00 完成日终批处理；
2. 19:00-23:00 数据迁移：存款、贷款、客户信息三类主数据，约1,240万条；
3. 23:00-次日02:00 数据核对：总账平衡、分户账与总账勾对、抽样500户逐笔核对；
4. 02:00-05:00 联机交易验证：柜面、网银、手机银行、ATM四个渠道各30笔标准交易；
5. 05:00 召开切换决策会，06:00 前决定正式启用或回退。

二、回退预案
若05:00决策会认定存在无法当场修复的问题，立即启动回退：恢复旧核心数据库快照，重新开放旧系统，预计耗时90分钟，保证08:30正常营业。回退演练已于11月15日完成，实际耗时72分钟。

三、人员安排
我方现场38人，分迁移、核对、渠道验证、应急四个小组，每组组长手机号见附件。需要贵行安排：科技部值班负责人1名、会计部核对人员6名、各渠道业务验证人员各2名，请于11月25日前把名单发我。

四、风险与应对
1. 迁移超时：已做三轮演练，最长3小时40分钟，留有20分钟余量；如超出，23:30决定是否压缩抽样范围；
2. 外联系统（人行、银联）联调：11月27日安排最后一轮联调，结果当天通报；
3. 网络：机房双线路已确认，运营商当晚派工程师驻场；
4. 数据核对不平：核对组已准备差异排查脚本，单笔差异30分钟内可以定位到账户。

五、沟通机制
切换当晚每小时在工作群通报一次进度，关键节点（迁移完成、核对完成、决策会）另行电话通知周处。

六、切换后保障
切换后第一周为重点保障期：我方留驻现场20人，每天早上8点召开问题碰头会，前一日发现的问题当天给出处理结论；12月1日至5日每天下班前发送运行日报，内容包括交易量、响应时间、异常交易和问题处理进度。第二周起视运行情况逐步减少驻场人员，具体安排在12月5日的保障总结会上确定。

如对方案有任何疑问，本周四前我们可以当面过一遍。

黄志远""",
    quote=None, trad=False,
)

N20 = dict(
    expect=[], lang="en",
    why="hard negative: long (~480 words) but focused performance-test report with risks and next steps",
    sender=KEVIN, to=[MARK], cc=[],
    subject="Performance test results - checkout service",
    body="""Hi Mark,

Here are the results from last week's performance test on the checkout service, ahead of the peak-season freeze. The full report with graphs is attached; this is the summary your team asked for.

Scope and setup
We tested the checkout flow end to end: cart retrieval, price calculation, payment authorisation (against the payment provider's sandbox) and order creation. The load profile was based on last year's Black Friday traffic, scaled up by 50%: a ramp from 0 to 1,800 concurrent users over 15 minutes, a one-hour plateau, then a spike to 2,700 users for ten minutes. The environment mirrors production: four application nodes, the same database instance class and the same CDN configuration. We also ran a soak test at 1,200 concurrent users for four hours to check for memory leaks; memory on all nodes stayed flat.

Results
- At 1,800 concurrent users, median checkout latency was 420 ms and the 95th percentile was 1.1 seconds, inside the 1.5-second target.
- The error rate stayed below 0.05% during the plateau. Almost all errors were payment sandbox timeouts, which we don't expect in production.
- During the spike to 2,700 users, the 95th percentile rose to 2.3 seconds and the error rate to 0.4%. The bottleneck was database connections: the pool of 200 per node was exhausted within two minutes.
- CPU on the application nodes peaked at 68%, so compute is not the limiting factor.

What we changed
After the first run we raised the connection pool to 300 per node and added a read replica for price lookups. A second spike test showed the 95th percentile at 1.4 seconds and the error rate at 0.08%, both within target.

Remaining risks
1. The read replica adds a few hundred milliseconds of replication lag. A price changed less than a minute before checkout could, in rare cases, show the old value. We've added a re-validation step at payment time, so the customer is always charged the current price.
2. We haven't tested a payment-provider outage. We suggest a one-hour failover drill with your payments team in the week of November 24.
3. Traffic above 3,000 concurrent users is untested. If marketing expects more than that, we'd like to know by Friday so we can add two application nodes in advance.

Next steps
We'll rerun the full test on December 2 against the final release candidate and send you the results the same day. Your operations team will also get an updated runbook for resizing the connection pool, so they can adjust it without us if needed. If you'd like to go through the numbers together, I can do a 30-minute call on Thursday or Friday.

Best regards,
Kevin""",
    quote=None, trad=False,
)

N21 = dict(
    expect=[], lang="zh",
    why="hard negative: constructive internal discussion of the client's schedule worry (他的担心是对的, go and talk face to face)",
    sender=LIHANG, to=[SONGXIN, WANGLEI], cc=[],
    subject="陈主任对工期的担心",
    body="""欣欣、王磊：

今天陈主任电话里说得挺重，说上线一推再推，院里领导已经在问信息科了。我冷静想了想，他的担心是对的：我们上次给的日期确实偏乐观，风险也没有提前讲透。

我的想法：
1. 明天下午我们三个一起去医院，当面跟他过一遍剩余工作和风险，不要只发邮件；
2. 王磊今晚把剩余工作拆到天，标出依赖院方的部分；
3. 欣欣把上次变更对工期的影响整理成一页纸，给他拿去跟领导汇报用。

咱们的目标是让他回去能交代，而不是证明我们没错。

李航""",
    quote=None, trad=False,
)

N22 = dict(
    expect=[], lang="zh",
    why="hard negative, traditional Chinese banter: self-deprecating 我這腦子, a self-imposed fine, 服了 as praise; nothing about the client",
    sender=WZM, to=[LWR, ZJH], cc=[],
    subject="我這腦子…會議室又訂錯了",
    body="""宛蓉、家豪：

我這腦子真的是……週四跟林經理的會，會議室我訂成了下週四，今天早上才發現。已經改訂好了，301室，下午兩點，時間不變。

林經理那邊我剛打電話確認過，沒有影響。這週的飲料我請，算是給自己的罰款。

另外家豪上週那版報表真的讓人服了，林經理說是她看過最清楚的一版，這個功勞要記給你。

志明""",
    quote=None, trad=True,
)

N23 = dict(
    expect=[], lang="mixed",
    why="hard negative, mixed: firm-but-polite payment reminder citing the contract and offering help; client's '别催了' only in the quote",
    sender=ZHAOJING, to=[WANGFANG], cc=[],
    subject="Re: Invoice INV-2026-0917",
    body="""王经理您好，

INV-2026-0917 目前已经 overdue 45 天。按合同第 7.2 条，付款期限是验收后 30 天，验收报告是 9 月 18 日签署的，附件里有扫描件供您参考。

理解年底各家的 approval flow 都比较长。如果是流程上缺材料（比如需要我们补开专票或者补一份 delivery note），告诉我缺什么，我今天就安排。麻烦您帮忙确认一个预计的付款日期，谢谢！

赵婧""",
    quote="""赵经理，发票的事我们这边还在走流程，别催了，到时候自然会付。王芳""",
    quote_from=WANGFANG, quote_style="foxmail", trad=False,
)

N24 = dict(
    expect=[], lang="mixed",
    why="hard negative, mixed: recommends option B (按我们的经验 lean toward B) but 'your call', both deliverable",
    sender=TOM, to=[NINA], cc=[],
    subject="DB 选型：option A vs B",
    body="""Nina，

两个 option 的对比整理好了，附件里有详细表格，要点如下：

- Option A（继续用 MySQL + 读写分离）：改动小，1 月底可以上线，但报表高峰期仍然可能慢；
- Option B（报表迁到 ClickHouse）：报表性能能提升 10 倍左右，多 3 周工期和一台服务器的成本。

按我们的经验，我们会 lean toward B，因为报表是你们业务方反馈最多的地方。但 A 也完全可行，最终 your call。周五前告诉我们倾向哪个就行，哪个我们都能按时交付。

Tom""",
    quote=None, trad=False,
)

N25 = dict(
    expect=[], lang="mixed",
    why="hard negative, mixed: 'almost impossible' as praise for the client's DBAs; 没有不可能 motto and 拒绝承担 disclaimer only in the signature",
    sender=EMILY, to=[JENNA], cc=[SAM],
    subject="Migration done",
    body="""Hi Jenna，

数据迁移昨晚 02:40 全部完成，校验 1,240 万条记录 0 差异。说实话，项目刚启动时我觉得在 4 小时 window 里搬完这么多数据几乎是 impossible 的——你们 DBA 团队的配合真的功不可没，请一定替我谢谢他们。

今天上午 10 点我们会发 final validation report，周一 review 一下就可以 close 掉这个 milestone。

Best,
Emily Wu
Project Manager | Delivery Excellence
“没有不可能 · Nothing is impossible”
本邮件仅供指定收件人使用，未经授权不得转发；如误收请立即删除，否则发件人拒绝承担由此产生的任何责任。""",
    quote=None, trad=False,
)


# =============================================================================================
# order: interleaved so that labels are not grouped
# =============================================================================================

CASES = [
    RF05, N01, BC03, AR08, RF13, N14, PE02, RA01, RF08, N09,
    BC01, RF17, N05, AR03, PE07, RF02, N22, BC09, RF14, N12,
    RA05, AR06, RF04, N16, PE05, BC04, RF21, N03, AR01, RF11,
    N17, PE09, RA03, RF15, N07, BC07, AR10, RF06, N20, PE01,
    RF19, N08, BC10, AR04, RF09, N13, RA02, PE10, RF12, N18,
    BC05, AR09, RF22, N02, PE03, RF01, N24, BC08, AR05, RF16,
    N10, RA04, PE06, RF07, N19, BC02, AR02, RF20, N06, PE08,
    BC06, RF03, N25, AR07, N11, PE04, N21, N04, N15, N23,
]
