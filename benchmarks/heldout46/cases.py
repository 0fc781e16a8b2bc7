# heldout46 -- training set of PM email drafts for mailcoach.
# Written by an independent helper from the labelling guide (/work/shared/drafts/README.md)
# and the seed article only. Domain: web/app agency for universities, NGOs, tourism boards.
# All text is synthetic. Order is shuffled with random.Random(4646) at the end of the file.
import random

# ---- internal (ourteam) ----
ZHOUJ = "周婧 <zhou.jing@ourteam.example.com>"          # senior PM, calm
HANZ = "韩卓 <han.zhuo@ourteam.example.com>"            # junior PM, anxious
GAOP = "高鹏 <gao.peng@ourteam.example.com>"            # veteran PM, grumpy
CHENSY = "陈思远 <chen.siyuan@ourteam.example.com>"     # account director
LUOC = "罗晨 <luo.chen@ourteam.example.com>"            # mid-level PM, blunt
LINPJ = "林佩君 <lin.peijun@ourteam.example.com>"       # Taipei PM
KELVIN = "Kelvin Leung <kelvin.leung@ourteam.example.com>"  # HK PM
EMMA = "Emma Clarke <emma.clarke@ourteam.example.com>"  # PM, NGO account
DEV = "Dev Raman <dev.raman@ourteam.example.com>"       # PM, dry humour
OLIVIA = "Olivia Grant <olivia.grant@ourteam.example.com>"  # senior PM, brisk
JAMIE = "Jamie Ford <jamie.ford@ourteam.example.com>"   # new PM
SONGYM = "宋一鸣 <song.yiming@ourteam.example.com>"     # tech lead
DUKE = "杜可 <du.ke@ourteam.example.com>"               # designer
MAOXW = "毛晓雯 <mao.xiaowen@ourteam.example.com>"      # content lead ("毛毛")
WUH = "吴昊 <wu.hao@ourteam.example.com>"               # developer
SUNY = "孙悦 <sun.yue@ourteam.example.com>"             # QA
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"   # accessibility specialist
TOM = "Tom Becker <tom.becker@ourteam.example.com>"     # developer
HSUYT = "許雅婷 <hsu.yating@ourteam.example.com>"       # Taipei designer

# ---- client A: 东岭大学 (university) ----
WANGJG = "王建国 <wang.jianguo@client-a.example.cn>"    # 宣传部处长 ("王处")
LIUM = "刘敏 <liu.min@client-a.example.cn>"             # 宣传部老师
ZHANGL = "张磊 <zhang.lei@client-a.example.cn>"         # 信息中心工程师
HUANGXL = "黄晓蕾 <huang.xiaolei@client-a.example.cn>"  # 招生办

# ---- client B: GreenBridge Foundation (NGO), HK harbour tourism board, TW county tourism office ----
SARAH = "Sarah Okafor <sarah.okafor@client-b.example.com>"
DAVID = "David Whitford <david.whitford@client-b.example.com>"
MELISSA = "Melissa Chan <melissa.chan@client-b.example.com>"
CARMEN = "Carmen Ho <carmen.ho@client-b.example.com>"
CHANGCM = "張志明 <chang.chihming@client-b.example.com>"  # 觀光處科長
TSAISF = "蔡淑芬 <tsai.shufen@client-b.example.com>"

# ---- client C: C行公益基金会 (bank charity foundation) ----
MENGT = "孟婷 <meng.ting@bank-c.example.cn>"            # 传播部 ("孟姐")
QIANL = "钱立 <qian.li@bank-c.example.cn>"              # 秘书长


POS = []
NEG = []

# =====================================================================
# POSITIVES
# =====================================================================

# ---------------- backchannel ----------------
POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="internal mail mocks the client's 王处 (forgets what he signed); pair with argue/negative on same banner issue",
    sender=HANZ, to=[SONGYM], cc=[DUKE],
    subject="首页banner又回滚了",
    body="""一鸣：

东岭大学首页banner今天下午又改回三周前那版了，就是蓝底配校门的那张。我翻了下记录，这是王处第四次"拍板"。

说真的，我现在怀疑王处根本记不住自己上周签过什么，每次开会都像第一次看稿子。杜可那边已经出了六版，再这么来回拉锯，我们干脆把六版做成随机轮播，让他每天刷新都能看到自己喜欢的那张好了。

你先别动前端，等我明天问清楚到底用哪版。

韩卓""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="TW PM mocks the county section chief by nickname 張大人 to a colleague (traditional)",
    sender=LINPJ, to=[HSUYT], cc=[],
    subject="今天觀光處的會",
    body="""雅婷：

今天跟縣府觀光處開完會，跟妳說一下結論：首頁主視覺要「更有溫度」，但顏色不能改、照片不能換、字也不能動。

我們的「張大人」照例在會議最後十分鐘才出現，看了一眼就說：「這個感覺不對。」問他哪裡不對，他說他也說不上來，反正就是不對。我看他大概只有在蓋章的時候才會有明確的感覺吧。

妳先不用改，我明天再打給蔡小姐確認具體要動哪裡。

佩君""",
    quote=None, trad=True,
))

POS.append(dict(
    expect=["backchannel"], lang="en",
    why="reply-all accident: mocks the client contact Sarah while she is in Cc",
    sender=EMMA, to=[TOM], cc=[SARAH],
    subject="Re: Programmes page comments",
    body="""Tom,

Wait. Don't touch anything yet.

For context: that's batch four this week, and about half of it contradicts batch two. Sarah treats Figma comments like a diary, every passing thought goes in, timestamped, forever. I swear she found out the 'resolve' button exists and decided it's for other people.

I'll go through them tonight, bin the duplicates and send you a clean list by 10 tomorrow.

Emma""",
    quote="""Emma,

Sarah sent another batch of comments on the Programmes page, 27 new ones. Do you want me to start on them or wait for you?

Tom""",
    quote_from=TOM, quote_style="gt", trad=False,
))

POS.append(dict(
    expect=["backchannel"], lang="mixed",
    why="HK PM sneers at the tourism board's tech sense to a developer (code-switching)",
    sender=KELVIN, to=[WUH], cc=[],
    subject="Re: tourism board 首页 performance",
    body="""昊哥,

Carmen 那边又 send 了一轮 feedback, 说首页 "loading 太慢". 我 check 过了, Lighthouse 92 分, LCP 1.4s.

讲真, 旅游局那班人大概是用办公室那部 2015 年的 iPad, 隔三道墙连 Wi-Fi 在测. 上次 Melissa 还问我 "cache 是不是要另外付钱买", 我都不知道怎么接. 这种 level 的 tech sense, 给他们 0.5s 也照样嫌慢.

你不用改 code, 我明天约她们 screen share 一次看看实际情况.

Kelvin""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="veteran PM ridicules the foundation's 孟姐 (reviews by mood, 'weather forecast') to the designer; pair with sympathy negative",
    sender=GAOP, to=[DUKE], cc=[],
    subject="捐款页第三稿意见",
    body="""杜可：

基金会孟姐的意见来了，汇总一下：第一稿她说"太素"，第二稿说"太花"，第三稿说"要有高级感但不要太冷"。

我跟了她快一年，总结出一个规律：她审稿全看当天心情，早上开会和下午开会完全是两个人。周一的稿子千万别给她看，周一她肯定没睡好。你就把她当天气预报吧，准不准全凭运气。

第四稿不急，下周二前给我就行，配色往暖一点走。

高鹏""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="reply-all accident: mocks client teacher 刘老师's taste while she is in Cc",
    sender=HANZ, to=[DUKE], cc=[LIUM],
    subject="Re: 新生专题页主色调",
    body="""杜可：

别理"学生都喜欢粉色"这套理论，刘老师的审美大概停在了QQ空间时代，上回她推荐的参考站还带着背景音乐和鼠标跟随特效。

你就按现在的蓝白方案微调一下，粉色做个点缀意思意思，到时候我来跟她磨。

韩卓""",
    quote="""杜老师、韩经理：

新生专题页的主色调，我们这边还是倾向用粉色，学生们都喜欢粉色，麻烦再出一版看看。

刘敏""",
    quote_from=LIUM, quote_style="gt_zh", trad=False,
))

POS.append(dict(
    expect=["backchannel"], lang="en",
    why="mocks the university's IT engineer ('Captain Firewall') to a colleague; pair with argue mail to him",
    sender=DEV, to=[TOM], cc=[],
    subject="staging blocked again",
    body="""Tom,

Heads up, staging is unreachable from the office again. Same story: the university's IT guy, who I've started calling Captain Firewall, has blocked our IP range for the third time this month.

I asked him why and he said our traffic 'looked like a botnet'. It was you running the link checker. The man treats every HTTP request as a personal insult. I'm genuinely not sure he knows what a reverse proxy is, and he's the one guarding their servers.

I've opened a ticket with their helpdesk. Until then, use the VPN profile I sent last week.

Dev""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["backchannel", "argue"], lang="zh",
    why="to the client: disparages their IT engineer 张工 to his colleagues (backchannel) and blames/lectures the reader (argue)",
    sender=ZHOUJ, to=[LIUM], cc=[WANGJG],
    subject="Re: 新站邮件通知发不出去",
    body="""刘老师：

邮件发不出去的原因我们第一天就查清楚了，已经在三封邮件里解释过：需要贵校在DNS里加一条SPF记录。不是我们没做，是一直在等贵校操作。

说实话，这件事卡了一周，主要卡在信息中心那位张工身上。跟他沟通了三次，他连SPF和DNS是什么关系都搞不清楚，还反问我们"为什么你们的网站要改我们的域名"。贵校的服务器交给这样的人管，我挺替你们担心的。

麻烦您直接推动一下，加完记录我们半小时内就能验证。

周婧""",
    quote="""周经理：

新站的邮件通知还是发不出去，你们查了一个星期了，到底什么时候能好？

刘敏""",
    quote_from=LIUM, quote_style="outlook_zh", trad=False,
))

POS.append(dict(
    expect=["backchannel"], lang="mixed",
    why="director mocks the foundation's idea of accessibility and its secretary-general to a colleague",
    sender=CHENSY, to=[ZHOUJ], cc=[],
    subject="C行基金会 accessibility 验收意见",
    body="""周婧,

C行基金会那边刚回了 accessibility 验收意见, 我扫了一眼: 他们理解的 "无障碍" = 字体调到 20px + 加一个 "关怀模式" 按钮. 钱秘书长还特意写了一句 "读屏软件我们领导不用, 可以先不管".

这种 checkbox compliance 我见多了, 他们要的不是无障碍, 是一张能放进年报的截图. 跟这帮人讲 WCAG, 大概跟给鱼讲自行车差不多.

下周你跟 Priya 一起过一遍 audit report, 该坚持的点我们还是写进验收文件.

思远""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="grumbling to the director that mocks the tourism board's meeting culture and 小何; pair with neutral scheduling negative",
    sender=GAOP, to=[CHENSY], cc=[],
    subject="旅游局项目近况",
    body="""陈总：

跟您汇报一下旅游局项目，顺便吐个槽，您看完就删。

对接人小何什么都要请示领导，领导什么都说"再看看"。上周开了三次会，一共六个小时，唯一达成共识的是下次会议订哪家茶餐厅。我这辈子没见过这么能开会的单位，我怀疑他们的KPI就是会议时长，谁开得久谁升职。

我这边的想法：下周起所有待确认事项我都书面列清单发过去，注明回复期限，超期按默认方案推进。您看行不行。

高鹏""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["backchannel"], lang="en",
    why="mocks the NGO's director ('His Lordship', alt text joke) to a colleague; pair with argue mail to him",
    sender=EMMA, to=[PRIYA], cc=[],
    subject="donation page, part 7",
    body="""Priya,

Quick one before your audit call. David has now asked for the donation page to 'feel more like Apple', which as far as I can tell means acres of white space and grey text at 3:1 contrast.

He also asked, in the same email, whether alt text is 'the font the blind people use'. I had to put my coffee down. His Lordship runs a charity with a disability inclusion programme and has clearly never once opened his own website with a screen reader.

Anyway: please bring the contrast numbers and two real screen reader recordings tomorrow. Those work better on him than any of us explaining things.

Emma""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["backchannel"], lang="zh",
    why="HK PM tells the designer the client contact hides behind her boss and the boss is clueless",
    sender=KELVIN, to=[DUKE], cc=[],
    subject="Re: 旅游局首页字体",
    body="""杜可：

别换了，先停手。

跟你交个底：Melissa 嘴里的"我老板觉得"，十次里有八次其实是她自己觉得，只是搬出老板来压人，显得比较有分量。她那位老板我见过两次，全程低头看手机，连首页有几个栏目都说不上来，哪有空管字体粗细。

下周一我直接约她老板开个短会，当面确认一次字体，之后就按那次定的来。

Kelvin""",
    quote="""Kelvin：

旅游局那边说首页的字体"老板觉得太细"，要换粗一点的，我已经换了三种了，都说不对。怎么办？

杜可""",
    quote_from=DUKE, quote_style="foxmail", trad=False,
))

# ---------------- argue ----------------
POS.append(dict(
    expect=["argue"], lang="zh",
    why="to the client: blames 王处 for flip-flopping and lectures him to sort out his side first",
    sender=HANZ, to=[WANGJG], cc=[LIUM],
    subject="关于首页banner版本的说明",
    body="""王处您好：

首页banner今天又改回了三周前的蓝底版本。我得把话说清楚：这一版是您5月8日在评审会上亲自否掉的，6月3日的新版也是您亲自签字确认的。

同一张图第四次来回，不是设计的问题，也不是我们执行的问题。您自己定的事情自己推翻，我们光返工就耗掉了两周。麻烦贵部门先在内部把意见统一好，定了再通知我们，不然这样改下去谁也受不了。

韩卓""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["argue"], lang="en",
    why="lectures the NGO director ('if anyone had actually read it'), condescending about WCAG",
    sender=EMMA, to=[DAVID], cc=[SARAH],
    subject="Re: alt text and the donation page",
    body="""David,

With respect, alt text is not a 'business' and it is not optional. It is a legal requirement for your site and, frankly, the bare minimum for an organisation that runs a disability inclusion programme.

We have walked your team through WCAG on three separate calls and sent the audit twice. If anyone at GreenBridge had actually read it, we wouldn't be relitigating the basics in week nine. Light grey text on white fails contrast. That is not a matter of taste.

Let's get the copy signed off this week.

Emma""",
    quote="""Emma,

I don't see why we need all this alt text business. It's slowing everything down, and frankly the page should look like Apple's: clean, light grey text, lots of space.

David""",
    quote_from=DAVID, quote_style="outlook", trad=False,
))

POS.append(dict(
    expect=["argue"], lang="en",
    why="blames the client's IT engineer outright and threatens to pin the delay on him",
    sender=DEV, to=[ZHANGL], cc=[HANZ],
    subject="Staging access blocked (third time)",
    body="""Hi Zhang Lei,

Our staging server has been unreachable since 9am because your firewall has blocked our IP range again. This is the third time this month.

Let me be direct: the traffic you flagged was a standard link checker, which we told you about in writing on the 2nd. Every one of these blocks costs us half a day, and none of it is on our side. If the migration slips, I'll be pointing to these three incidents, because they are the reason.

Please whitelist 203.0.113.0/24 permanently and confirm by noon.

Dev Raman""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["argue"], lang="zh",
    why="to the client: tells 孟老师 her feedback is unusable and time is wasted because of her",
    sender=GAOP, to=[MENGT], cc=[],
    subject="捐款页设计稿第四稿前的几点说明",
    body="""孟老师您好：

捐款页设计稿已经改到第三版，在出第四版之前，有几句话我想先说在前面。

三版稿子，您的意见分别是"太素""太花""要有高级感但不要太冷"。这三条放在一起，恕我直言，没有任何设计师能照着做。您每次看稿的标准都在变，我们只能跟着猜，这不是做设计，这是碰运气。

请您这次把具体要求一条条写清楚，参考网站、颜色、哪些元素保留。写不出来的话，第四版也一样会被打回来，时间浪费在谁身上，大家心里都有数。

高鹏""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["argue"], lang="zh",
    why="to the TW section chief: blames him for the late veto and jabs 'we are not fortune tellers' (traditional)",
    sender=LINPJ, to=[CHANGCM], cc=[TSAISF],
    subject="主視覺修改意見回覆",
    body="""張科長您好：

關於今天會議上您提到主視覺「感覺不對」，我必須坦白說明：這版主視覺是依照您4月22日簽核的設計方向製作，每一個元素都有書面確認。

會議開了兩個小時，您最後十分鐘才進來，看一眼就否定，卻說不出具體要改哪裡，這讓團隊很難做事。以後若有意見，請您先把具體問題寫下來，而不是只給一句「感覺不對」，我們不是算命的。

林佩君""",
    quote=None, trad=True,
))

POS.append(dict(
    expect=["argue"], lang="zh",
    why="rhetorical 'has anyone opened it?' and 'check your mail before concluding' aimed at the admissions office",
    sender=LUOC, to=[HUANGXL], cc=[],
    subject="Re: 招生简章PDF全部丢失",
    body="""黄老师：

招生简章的PDF不是"丢了"。迁移清单第3页写得清清楚楚：旧站附件存在外部存储，原始文件需要贵办提供。这份清单5月12日发给您，5月20日又提醒过一次，两次都没有回复。

请问这份清单，招生办有人打开过吗？

以后类似的问题，麻烦先翻一下往来邮件再下结论。文件发来后我们当天就能补上。

罗晨""",
    quote="""罗经理：

新站上线了，但是招生简章那些PDF全都没有了！这么重要的东西怎么能丢？请马上处理！

黄晓蕾
招生办""",
    quote_from=HUANGXL, quote_style="gt_zh", trad=False,
))

POS.append(dict(
    expect=["argue"], lang="mixed",
    why="lectures the foundation with the SOW: 'this question should not even exist'; pair with polite SOW negative",
    sender=LUOC, to=[QIANL], cc=[MENGT],
    subject="Re: 网站内容录入",
    body="""钱秘书长,

关于网站内容录入的问题, 我再 clarify 一次: 按 SOW 第 4.2 条, content entry 是贵方的 responsibility, 不在我们的 scope 里. 我们是 web agency, 不是 copywriting 外包, 这一点 kick-off 的时候 slide 上写得明明白白, 您当时也点头了.

现在离上线两周, 200 多个页面还是空的, 再来问 "为什么你们不帮忙录一下", 说实话这个问题本身就不应该出现.

罗晨""",
    quote="""罗经理：

上线只剩两周了，页面好多还是空的，你们能不能帮忙把内容录一下？

钱立""",
    quote_from=QIANL, quote_style="foxmail", trad=False,
))

POS.append(dict(
    expect=["argue"], lang="en",
    why="passive-aggressive ('inboxes are hard') and pre-blames the client for the coming slip",
    sender=DEV, to=[CARMEN], cc=[MELISSA],
    subject="Logo files (fourth request)",
    body="""Hi Carmen,

Circling back, for the fourth time, on the hi-res logo files and the font licence. I realise inboxes are hard.

To be clear about where we are: the design is done, the build is done, and the only thing stopping the site from going live is two files that have been 'coming tomorrow' since 3 March. When the launch date slips, and at this rate it will, I'd rather nobody acted surprised about why.

Dev""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["argue"], lang="zh",
    why="blame hidden in item 3 of a design-review recap ('完全是因为贵方坚持', '望贵方正视')",
    sender=CHENSY, to=[WANGJG, LIUM], cc=[ZHOUJ],
    subject="5月28日设计评审会纪要",
    body="""王处、刘老师：

今天评审会纪要如下：

1. 新闻栏目列表页：按B方案开发，6月5日前出前端页面。
2. 学院导航：保留二级菜单，三级菜单改为页内锚点。
3. 关于色彩对比度：我方在此再次说明，对比度检测不通过，完全是因为贵方坚持使用校徽浅绿作为正文链接色，这一点我们在4月和5月的两次评审中都提出过，贵方未予采纳。后续如上级部门抽检不合格，责任不在我方，望贵方正视这个问题，不要再把它当作开发缺陷提交。
4. 下次评审：6月11日下午两点。

陈思远""",
    quote=None, trad=False,
))

# ---------------- refusal ----------------
POS.append(dict(
    expect=["refusal"], lang="zh",
    why="bureaucratic flat refusal ('不予实施。特此函复'), no evaluation, alternative or escalation",
    sender=LUOC, to=[WANGJG], cc=[],
    subject="关于\"校车实时定位\"需求的函复",
    body="""王处：

贵部6月2日来函收悉。

经我司内部研究，贵校提出的"在校园地图中增加校车实时定位"需求，超出本项目合同约定的建设范围，我司不予实施。

特此函复。

东岭大学官网改版项目组
罗晨""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["refusal"], lang="en",
    why="flat no to extra languages with nothing offered ('that's where it stays')",
    sender=EMMA, to=[SARAH], cc=[],
    subject="Re: Korean and Japanese versions",
    body="""Hi Sarah,

Thanks for passing this on. We won't be adding Korean or Japanese. The site launches in English and Chinese as agreed, and that's where it stays.

Best,
Emma""",
    quote="""Hi Emma,

Our board met yesterday and would love to add Korean and Japanese versions before launch, since we have new donors in Seoul and Osaka. Could you let us know what's needed?

Thanks,
Sarah""",
    quote_from=SARAH, quote_style="gt", trad=False,
))

POS.append(dict(
    expect=["refusal"], lang="zh",
    why="refusal wrapped in friendly words (哦/啦/謝謝體諒) with no buffer (traditional)",
    sender=LINPJ, to=[TSAISF], cc=[],
    subject="Re: 景點語音導覽",
    body="""淑芬妳好：

謝謝妳幫忙轉達科長的想法！

語音導覽這一塊我們這次就不碰了哦，景點頁面維持現在的圖文形式就好。再麻煩妳跟科長說一聲，謝謝體諒啦！

佩君""",
    quote="""佩君妳好：

科長希望在景點頁面加上台語和客語的語音導覽，遊客點一下就可以聽。不知道你們那邊可以嗎？

蔡淑芬""",
    quote_from=TSAISF, quote_style="gt_zh", trad=True,
))

POS.append(dict(
    expect=["refusal"], lang="mixed",
    why="breezy code-switched refusal of IE11 support, pushes the problem back to the client (traditional)",
    sender=KELVIN, to=[MELISSA], cc=[],
    subject="Re: IE11 support for kiosks",
    body="""Hi Melissa,

IE11 support 這個我們就不 take 了哈, 新 site 是按 modern browser 寫的. Kiosk 那邊就請你們 IT 自己處理一下啦, thanks for understanding~

Kelvin""",
    quote="""Hi Kelvin,

Some of our visitor centre kiosks still run IE11. Can the new site support it?

Melissa""",
    quote_from=MELISSA, quote_style="outlook", trad=True,
))

POS.append(dict(
    expect=["refusal"], lang="zh",
    why="flat refusal ('不迁') slipped into item 4 of a weekly report",
    sender=HANZ, to=[LIUM, WANGJG], cc=[],
    subject="东岭大学官网改版周报（第14周）",
    body="""刘老师、王处：

本周进展如下：

1. 学院子站模板：12个学院已完成9个，剩余3个下周三前完成。
2. 新闻迁移：2016年至今的新闻已全部导入，共8412条，抽检200条无异常。
3. 无障碍整改：首页及一级栏目已通过自动检测，人工检测安排在下周。
4. 贵方提出的旧站留言板及全部评论数据迁移：不迁，新站不设评论功能。
5. 下周计划：学院子站收尾，启动UAT准备。

如有问题请随时联系。

韩卓""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["refusal"], lang="en",
    why="two-line flat refusal that also closes the topic ('not something we'll revisit')",
    sender=OLIVIA, to=[DAVID], cc=[],
    subject="Re: keeping the GiveEasy widget",
    body="""David,

We won't be carrying the GiveEasy widget over to the new site. It's not something we'll revisit.

Olivia""",
    quote="""Olivia,

Our finance team really wants to keep the old GiveEasy donation widget on the new site. The staff know it and the reports plug straight into our accounting. Can we keep it?

David""",
    quote_from=DAVID, quote_style="outlook", trad=False,
))

POS.append(dict(
    expect=["refusal", "argue"], lang="zh",
    why="rhetorical jab about UAT timing plus '这个加不上，别的就不多说了' -- flat refusal and lecturing",
    sender=LUOC, to=[HUANGXL], cc=[],
    subject="Re: 新站夜间模式",
    body="""黄老师：

都已经进UAT了，现在提夜间模式？需求冻结的时间点是4月30日，会议纪要您也签了字的。

这个加不上，别的就不多说了。

罗晨""",
    quote="""罗经理：

领导试用了一下新站，觉得要是有个夜间模式就更好了，晚上看不刺眼，能不能加一下？

黄晓蕾""",
    quote_from=HUANGXL, quote_style="foxmail", trad=False,
))

POS.append(dict(
    expect=["refusal"], lang="zh",
    why="short flat refusal of a domain change, ASCII punctuation; pair with buffered domain negative",
    sender=GAOP, to=[MENGT], cc=[],
    subject="Re: 网站域名",
    body="""孟老师:

域名就不换了,现在这个用着挺好,换来换去意义不大.

高鹏""",
    quote="""高经理：

我们理事会觉得现在的域名太长了，想换成 cgf-gongyi 这种短一点的，能换吗？

孟婷""",
    quote_from=MENGT, quote_style="gt_zh", trad=False,
))

# ---------------- persuade ----------------
POS.append(dict(
    expect=["persuade"], lang="zh",
    why="declares the static-hero conclusion, says no need to discuss, asks the client to silence his colleagues",
    sender=ZHOUJ, to=[WANGJG], cc=[],
    subject="首页轮播方案",
    body="""王处您好：

关于首页要不要做轮播，我们这边的结论是做静态大图。

轮播图在无障碍检测里是重灾区，点击率数据也很难看，这些我们在行业里见得太多了。说句实在话，贵校坚持轮播只会给自己埋雷，这个问题真的没必要再讨论下去了。

我们下周一就按静态大图方案开发，请您这周跟部里几位老师打个招呼，轮播的事就到此为止。

周婧""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["persuade"], lang="en",
    why="pressures the NGO to drop the microsite ('every agency will tell you the same', sign off by Thursday)",
    sender=OLIVIA, to=[SARAH], cc=[],
    subject="Re: Youth Climate microsite",
    body="""Sarah,

I hear the youth team, but a separate microsite would be a mistake, and I'd be doing you a disservice if I pretended otherwise. You'd split your traffic, double your maintenance bill and lose the donor journey we've spent three months building.

Every agency you ask will tell you the same. Let's not spend another meeting on it: please bring the youth team round to a campaign section inside the main site, and send me the sign-off by Thursday so we keep the schedule.

Olivia""",
    quote="""Hi Olivia,

We've been thinking the Youth Climate campaign might work better as its own microsite, with its own look. The youth team feels strongly about this.

Sarah""",
    quote_from=SARAH, quote_style="gt", trad=False,
))

POS.append(dict(
    expect=["persuade", "argue"], lang="mixed",
    why="'唯一现实的选择', demands confirmation by Friday (persuade) and 'go reread our emails' (argue)",
    sender=LUOC, to=[ZHANGL], cc=[WANGJG],
    subject="CMS 选型, 最后一次",
    body="""张工,

CMS 选型的事, 我们不想再绕圈了.

Drupal 7 已经 EOL, 你们信息中心提的 "先升级到 Drupal 10 再迁移" 方案, 光 theme 重写就要三个月, 预算根本撑不住. 你上周会上那几条理由, 我们 point by point 都回过了, 有空建议再认真看一遍邮件. WordPress 是这个项目唯一现实的选择, 再拖只会把项目拖死.

周五下班前请直接回复 confirm WordPress, 我们下周一开工.

罗晨""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["persuade"], lang="en",
    why="upsell pressure: 'trust us', 'only way', stop considering the client's own photos, confirm by Wednesday",
    sender=KELVIN, to=[MELISSA], cc=[],
    subject="Homepage photography: stock package",
    body="""Hi Melissa,

Following up on the homepage photography. I've looked at the images your team shared from the spring shoot, and honestly, they won't carry a homepage of this size: most are 1600px wide, shot on phones, and the lighting is all over the place.

Trust us on this one: the premium stock package (HK$38,000, 60 images, perpetual licence) is the only way the launch will look the way your Director expects. I'd suggest we stop considering the in-house photos for the hero areas altogether.

Could you confirm the package by Wednesday? Our photo editor is holding the slot for you until then.

Kelvin""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["persuade"], lang="en",
    why="pressure via CEO authority, cost and a contract threat to force the PWA choice ('full stop')",
    sender=DEV, to=[DAVID], cc=[SARAH],
    subject="Volunteer app: PWA decision",
    body="""Hi David,

Our CEO reviewed the volunteer app plan yesterday and agrees with me: it should be a PWA, full stop.

Going native for iOS and Android would roughly double your budget, and we couldn't guarantee the September launch. I know your board likes the idea of being 'in the App Store', but that's vanity, not strategy, and I'd hate to see GreenBridge pay for it.

Please confirm PWA by Friday. If we have to reopen the native option, we'll need to reopen the contract as well, and nobody wants that.

Dev""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["persuade"], lang="zh",
    why="fake 换位思考 used to push our maintenance contract and tell the client not to consider self-maintenance",
    sender=CHENSY, to=[QIANL], cc=[],
    subject="关于网站年度运维",
    body="""钱秘书长您好：

上周您提到基金会同事打算自己维护网站栏目，我换位思考了一下：各位同事平时项目那么多，真没必要再分心学后台。网站维护这件事，交给专业团队才是正解。

年度运维合同我附在后面了，每年九万八，包含内容更新、安全补丁和无障碍复检。建议您下周开会前就签了，省得后面出问题大家互相扯皮。自己维护这条路，我们见过太多机构走不通，真心劝您别再考虑了。

陈思远""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["persuade", "refusal"], lang="zh",
    why="flatly refuses the native app and pressures the client to drop the idea and sell it upward",
    sender=GAOP, to=[WANGJG], cc=[],
    subject="Re: 迎新App",
    body="""王处：

迎新App这件事我们不做，只做微信小程序。

原因很简单：新生都在微信里，没人会为了报到专门去下一个App。您那边也别再往App方向想了，领导那边麻烦您帮忙解释一下，小程序方案下周三前定下来，不然九月肯定来不及。

高鹏""",
    quote="""高经理：

校领导的意思是今年迎新想做一个独立的App，显得正式一点，你们评估一下。

王建国""",
    quote_from=WANGJG, quote_style="outlook_zh", trad=False,
))

# ---------------- ramble ----------------
POS.append(dict(
    expect=["ramble"], lang="zh",
    why="one actionable line (migration freeze Thursday 22:00) buried in ~700 chars of food, kids and team-outing chatter",
    sender=ZHOUJ, to=[LIUM], cc=[],
    subject="近况，顺便说个事",
    body="""刘老师好：

好久没跟您好好聊聊了。这周上海一直下雨，我们办公室楼下那家开了十几年的生煎店终于关门了，老板说要回苏州老家带孙子，最后一天排队的人从早上七点排到中午，我也去排了最后一次，吃完还挺伤感的。说起来，上次您推荐的那家面馆我周末带孩子去了，小家伙一口气吃了两碗，回来还念叨说比幼儿园的饭好吃多了。

孩子最近在学游泳，教练说他换气总是慌，我就想起自己小时候在老家河里扑腾，根本没人教，全靠呛水呛会的。现在的小朋友条件好，周末的课排得比我们上班还满，钢琴、围棋、编程，我看着都累。您家闺女是不是今年高考？前阵子听王处说成绩一直挺稳的，那真是让人羡慕，到时候一定要去吃喜酒。

另外上周我们团队去莫干山团建，本来计划徒步，结果下了两天雨，大家只能窝在民宿里打牌，宋工一个人输了四百多块，回来发誓再也不去山里了。民宿老板自己酿的青梅酒倒是真好喝，我带了两瓶回来，下次去学校给您捎一瓶。

前两天我在旧书市场淘到一本八十年代的上海地图，上面好多路名都已经改了，我对着手机地图比了一晚上，发现我们现在办公楼的位置当年还是一片菜地，想想真是沧海桑田。我先生笑我有这功夫不如早点睡觉，可我就是喜欢琢磨这些没用的东西。

对了，顺便说一下，新闻栏目的迁移脚本定在本周四晚上十点跑，后台会冻结两个小时，麻烦您通知各学院编辑那段时间先别发稿。

最近我还在追一部讲民国大学的剧，里面几位老教授的戏特别好，让我想起你们学校档案馆里那些老照片，有空真想再去看看。另外我家阳台那几盆多肉，入夏以后一盆接一盆地烂根，上网查了半天，说是浇水太勤，我先生坚持说是花盆不透气，两个人为这个争了一晚上，最后谁也没说服谁。天气转凉了，您注意身体，换季容易感冒，我们组这周已经倒下三个了。

祝好！
周婧""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["ramble"], lang="en",
    why="the walkthrough move (Thursday 3pm) is one sentence inside ~450 words of family, running and holiday chatter",
    sender=EMMA, to=[SARAH], cc=[],
    subject="Catching up",
    body="""Hi Sarah,

I hope you had a lovely weekend! Mine was chaotic in the best way. My sister came up from Bristol with the twins, who are now four and have discovered that my flat has a very echoey hallway, so most of Saturday was spent listening to them test its acoustics at full volume. We took them to the aquarium on Sunday, and I have never seen two small humans so emotionally invested in a sea turtle. One of them named it Gary and cried when we left. I'm told Gary now gets a mention at bedtime every night.

On top of that I've finally started training for the half marathon in October. I say training; so far it's three runs, one of which ended at a bakery. The app I'm using keeps sending me cheerful notifications at 6am, which feels aggressive. A friend suggested running with a podcast instead of music, so I've been working through a series about shipwrecks, which is either very motivating or deeply unsettling depending on the episode.

Speaking of podcasts, did you ever listen to that one about the history of the London Underground you mentioned at the kick-off? I tried the first episode on the train and missed my stop, which I suppose is a recommendation of sorts. I then went down a rabbit hole reading about the old ghost stations. There's one near the British Museum that has apparently been closed since the 1930s, and people still claim to hear things down there.

Oh, and before I forget, the accessibility audit walkthrough has moved to Thursday at 3pm, same video link as before.

It's been a busy one here too. Our office is being repainted this month, so we're all working out of the meeting rooms, which means everyone can hear everyone else's calls. I now know far more than I wanted to about Tom's fantasy football league and the ongoing saga of his neighbour's extension. The coffee machine also broke on Tuesday, and the replacement makes something closer to warm brown water, so morale is fragile.

I also finally booked a holiday for September: ten days in Portugal, mostly Lisbon and a bit of the coast. If you have any recommendations I'd love them; I remember you saying you'd been to Porto a few years ago. I'm mainly interested in custard tarts and not much else, if I'm honest. My mother has already sent me a list of churches, so the custard tarts will need to be fitted in between those.

Anyway, I hope things are calmer on your side, and that the new office plants survived the heatwave.

Speak soon,
Emma""",
    quote=None, trad=False,
))

POS.append(dict(
    expect=["ramble"], lang="zh",
    why="one line about the Figma upload buried in ~700 chars of Alishan, exams, typhoons and bubble tea (traditional)",
    sender=LINPJ, to=[TSAISF], cc=[],
    subject="週末回來了",
    body="""淑芬妳好：

上週末終於下山了！跟妳說，這次阿里山真的值得，凌晨三點半從民宿出發去祝山看日出，冷到手指都沒有感覺，結果前面一位大叔帶了整壺熱薑茶，分給旁邊每一個人，我喝了兩杯，整個人都活過來。雲海出來的那一刻，大家同時「哇」了一聲，那種感覺很難形容。下山的時候又在奮起湖吃了便當，排隊排了快一個小時，老實說味道普普通通，倒是旁邊那家的愛玉很好吃。

我女兒下個月要會考，這陣子家裡氣氛很緊繃，她每天晚上念到十二點，我只能負責煮宵夜，最近研究了好幾種粥，皮蛋瘦肉粥已經做得跟外面賣的差不多了。妳上次說妳兒子也是今年考試，不知道他準備得怎麼樣？我們真的可以組一個家長互助會了。

最近颱風一個接一個，我們辦公室那扇窗又開始漏水，房東說會來修，說了三個禮拜了。同事們現在下雨天都自動把桌子往內移，感覺像在玩一種奇怪的遊戲。樓下新開了一家手搖飲，老闆是花蓮人，說他的紅茶用的是瑞穗的茶葉，我喝了幾次，真的比連鎖店好喝，下次妳來台北開會我帶妳去。

前幾天整理舊照片，翻到十年前第一次去花蓮的照片，那時候還沒有這麼多民宿，我們騎機車沿著海岸線一路騎到台東，中途在一家小雜貨店躲雨，老闆娘請我們吃她自己做的麻糬，到現在我都記得那個味道。後來再去找，那家店已經不在了，只剩一塊褪色的招牌。

順帶一提，設計稿第二版週五前會上傳到 Figma，連結跟上次一樣。

對了，上次聽科長說他週末在練馬拉松，真的很厲害，那個年紀還能跑全馬。我自己跑個五公里就喘得要命，看來要好好向他學習。妳們那邊最近是不是也在辦夜市美食節？我在新聞上看到排隊的人潮，好熱鬧，我女兒說考完試一定要去吃一輪。

天氣越來越熱，妳出差記得多喝水，也別太累了。

佩君""",
    quote=None, trad=True,
))

POS.append(dict(
    expect=["ramble"], lang="zh",
    why="the invoice-field question is one line inside ~700 chars of fishing, football and a class reunion",
    sender=GAOP, to=[MENGT], cc=[],
    subject="周末钓鱼记，附一个小问题",
    body="""孟老师好：

周末去千岛湖钓了两天鱼，收获一般，两天一共钓了七条，最大的一条也就两斤多，倒是同去的老李运气好，第一竿就上来一条五斤的鲢鱼，把他得意坏了，晚上请大家吃了一锅鱼头，说实话那锅鱼头比钓鱼本身好玩多了。湖边民宿的老板是个退伍军人，讲起当年在部队的事一套一套的，我们几个听到半夜才睡。

最近的球赛您看了吗？我们办公室几个小伙子天天熬夜看球，第二天开站会一个个眼睛都是红的。我年纪大了熬不动，只看看集锦，不过上周那场点球大战我还是忍不住看了直播，结果看完失眠到四点，第二天整个人都是飘的。

下个月我们大学同学毕业二十周年聚会，班长在群里张罗了快半年，定了回学校那边吃饭。想想时间真快，当年宿舍六个人，现在天南海北，一个在新西兰养羊，一个当了中学校长，还有一个开了家火锅店，说聚会那天全包了。我算混得最普通的，还在一线做项目，不过也乐在其中。

上上周我爱人报了个广场舞队，每天晚上七点准时出门，风雨无阻，比上班还积极。前天她们队去区里比赛拿了个三等奖，回来把奖状贴在客厅正中间，谁来都要介绍一遍。我女儿在外地读研，视频的时候也被迫看了三遍比赛录像，说妈妈的动作比队长还标准。我现在每天晚饭后的任务就是帮她们拎音响，算是家里的后勤保障。

对了，捐款页的发票抬头字段，麻烦您跟财务确认一下是否设为必填，下周一前回复我就行。

您上次说想学摄影，我有个朋友在开周末班，教得挺好，价钱也公道，需要的话我把他微信推给您。他去年拍的一组老街坊的照片还上了市里的影展，我看了挺感动的。另外天热了，基金会那边活动多，您也注意休息，别太累，我们这个年纪身体最要紧。

高鹏""",
    quote=None, trad=False,
))

# =====================================================================
# HARD NEGATIVES (expect=[])
# =====================================================================

# ---------------- look like backchannel, but are not ----------------
NEG.append(dict(
    expect=[], lang="zh",
    why="internal mail analyses the client's flip-flopping constructively and proposes a face-to-face talk",
    sender=ZHOUJ, to=[HANZ], cc=[CHENSY],
    subject="关于王处反复调整首页的一点想法",
    body="""韩卓：

看到你下午说banner又回滚了，先别急。我理了一下，王处这两周对首页反复调整，原因大概有三个：一是校庆只剩四十天，校领导对首页的期待还没统一，王处夹在中间其实也难；二是我们每次只给单张效果图，他没法拿着去跟领导讲清楚取舍；三是我们评审后没有书面确认单，口头同意的事情隔几天就容易被推翻。

我的建议：
1. 明天上午我跟你一起约王处当面聊半小时，别在邮件里来回。
2. 把六版banner整理成一页对比图，每版标注优缺点和对无障碍的影响，让他带去领导会上用。
3. 以后每次评审结束当天发确认单，请王处回复"同意"即可。

他其实很配合，只是压力大。我们把他要的材料准备好，他好做，我们也好做。

周婧""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="en",
    why="handover note describes demanding client contacts in neutral, respectful terms",
    sender=OLIVIA, to=[JAMIE], cc=[],
    subject="Handover: GreenBridge account",
    body="""Jamie,

Welcome aboard. A few notes on GreenBridge before you take over the day-to-day.

Sarah Okafor is your main contact. She's very detail-oriented and reads every string on every page, so expect long comment lists; most of them are good catches. She prefers a written summary after every call, and she'll hold you to any date you mention out loud, so only give dates you've checked with Tom.

David Whitford signs things off. He's busy and decides quickly when he has two clear options in front of him; long explanations don't land well with him, screen reader demos do.

Their approvals usually take a week because the board has to see anything public-facing. Build that into the plan instead of chasing.

Shout if anything's unclear.

Olivia""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="internal praise of the client's inventory sheet; colleague nickname 毛毛",
    sender=HANZ, to=[SONGYM, DUKE, MAOXW], cc=[],
    subject="刘老师的栏目梳理表，大家看看",
    body="""各位：

刘老师今天发来了旧站全部栏目的梳理表，412个栏目，每个都标了"保留/合并/下线"和负责老师，连哪些页面挂着PDF附件都备注了。说实话做得比我们自己的模板还细，至少省了我们一周的盘点时间。

我已经回邮件好好谢过她了。毛毛，你按这张表更新一下迁移清单；一鸣，下线的那87个栏目记得做301跳转。周五站会过一遍。

韩卓""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="sympathy for the client's slow review (family illness); same people as a backchannel positive",
    sender=GAOP, to=[DUKE], cc=[],
    subject="捐款页这周先不催孟老师",
    body="""杜可：

孟老师这周家里老人住院了，审稿慢是正常的，我们这周就别催了。

你把能并行做的先做掉：移动端适配、按钮状态、表单报错文案。第四稿等她回来，我约她面对面过一次，比邮件来回效率高。要是她那边还需要时间，我们就把上线往后挪一周，我去跟陈总说。

高鹏""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="frustration aimed at a third-party map vendor (服了 about the vendor), client kept informed",
    sender=KELVIN, to=[WUH], cc=[],
    subject="地图 API 又挂了",
    body="""昊哥,

MapTiles 那个 API 今天第三次 down 了, status page 还写着 "all systems operational", 真是服了这家 vendor. Support ticket 开了两天没人理, 我现在对他们的 SLA 完全没信心.

Plan B: 我们先把 static map fallback 做出来, 景点页面至少要显示一张图 + 地址. 周四前给我一个 estimate? 旅游局那边我会先 update Melissa, 说明是 third-party 的问题, 我们有 backup.

Kelvin""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="mocks the government filing portal, not the client; the client is praised for quick cooperation",
    sender=LUOC, to=[CHENSY], cc=[],
    subject="备案系统又崩了",
    body="""陈总：

基金会新站的ICP备案今天第三次提交失败，那个备案系统一到下午就卡死，上传证件照片永远在转圈圈，客服电话打了一下午都是忙音。我都怀疑那个系统是用算盘搭的。

不过不影响大局：钱秘书长那边材料早就齐了，他们配合得很快。我明早八点再试一次，要是还不行，我们先用临时域名做预览，正式上线日期不变。

罗晨""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="weather mentioned for a practical reason; short and on topic",
    sender=ZHOUJ, to=[WANGJG, LIUM], cc=[],
    subject="台风影响，明天评审改为线上",
    body="""王处、刘老师：

气象台刚发了台风橙色预警，明天上午估计风雨最大。为了大家安全，明天的设计评审改为线上进行，时间不变，上午十点，会议号稍后发给各位。

评审材料今晚八点前发到两位邮箱，方便提前翻看。各位出行注意安全。

周婧""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="self-deprecating banter about our own mistake (我这脑子, 服了自己); no client mentioned",
    sender=HANZ, to=[SONGYM, WUH, SUNY], cc=[],
    subject="staging 挂了, 是我的锅",
    body="""各位,

Staging 今天上午挂了两个小时, 不用查了, 是我. 我把本地的 .env 一起 push 上去了, DB 连到了我笔记本上. 我这脑子, 真的服了自己.

已经 rollback, 一鸣帮我 double check 过了. 按组规, 这周奶茶我请, 下午三点前在群里报口味.

另外给自己立个 flag: 以后 push 前先跑 pre-commit hook.

韩卓""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="colleague introduced by his funny nickname 大喇叭 in a logistics mail to the client",
    sender=ZHOUJ, to=[LIUM], cc=[SONGYM],
    subject="下周二可用性测试安排",
    body="""刘老师：

下周二的可用性测试由我们的宋一鸣带队，他在组里外号"大喇叭"，嗓门大但讲话很清楚，主持测试特别合适，您别被他吓到。

安排如下：
1. 时间：下午两点到五点，每位同学约25分钟。
2. 地点：图书馆三楼研讨室B（已跟图书馆确认）。
3. 需要贵校协助：招募8位同学，最好包括2位使用读屏软件的同学。
4. 我们准备：测试脚本、录屏设备、每位同学一张50元书店卡。

有任何调整您随时告诉我。

周婧""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="forwards the client's angry complaint internally; PM acknowledges the pressure and organises the fix",
    sender=HANZ, to=[SONGYM, SUNY], cc=[],
    subject="Fw: 报到页面手机打不开",
    body="""一鸣、孙悦：

刘老师刚来的邮件，见下。开学第一天，她那边压力很大，语气急可以理解，我们先把问题解决。

麻烦：
1. 孙悦先复现，重点看iOS 15的Safari和微信内置浏览器。
2. 一鸣查一下昨晚的发版记录，报到页面的JS有没有改动。
3. 一小时内给我初步结论，我先打电话跟刘老师同步进展。

韩卓""",
    quote="""韩经理：

你们做的这是什么网站？学生反映手机上报到页面根本打不开，开学第一天就出这种事，我们怎么跟学生交代！今天必须解决！

刘敏""",
    quote_from=LIUM, quote_style="outlook_zh", trad=False,
))

NEG.append(dict(
    expect=[], lang="en",
    why="internal mail takes the client's blunt criticism seriously ('he has a point') and leaves the choice to the client",
    sender=OLIVIA, to=[TOM, PRIYA], cc=[],
    subject="David's point about the donation flow",
    body="""Tom, Priya,

I've been chewing on David's email from yesterday, and honestly, he has a point. Our donation flow is five steps, and the drop-off between steps 2 and 3 is 41%. He didn't put it gently, but he's not wrong.

Can we prototype a two-step version before Thursday? Priya, please check that collapsing the address fields doesn't break the error announcements for screen readers. I'll show both versions to him on Friday and let GreenBridge choose.

Olivia""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="internal: the client's worry is right (張科長這次的擔心是對的), priorities re-ordered (traditional)",
    sender=LINPJ, to=[HSUYT, SONGYM], cc=[],
    subject="颱風即時公告的優先順序",
    body="""雅婷、一鳴：

今天張科長在會上特別提到颱風季的即時公告，他擔心的是對的：去年有遊客因為沒看到封路公告差點出事，縣府壓力很大。

所以這週優先順序調整一下：
1. 首頁頂部緊急公告欄提前到這週五完成，支援後台一鍵發布。
2. 公告欄要能被讀屏軟體優先讀出，顏色對比要達到AA。
3. 原定的美食專區順延到下週。

我明天會打電話跟科長確認公告欄的文字規範。

佩君""",
    quote=None, trad=True,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="PM answers a colleague's quoted complaint about the client constructively and takes the blame for our side",
    sender=ZHOUJ, to=[DUKE], cc=[],
    subject="Re: 按钮颜色第八版",
    body="""杜可：

辛苦了，八遍确实磨人，我理解。

不过我回头看了一下，按钮颜色反复改，根子在我们：一开始没把对比度标准和品牌色的冲突讲清楚，老师们只能凭感觉提意见。明天我把对比度检测结果和三种可选配色做成一页，请刘老师从里面选，选完就定。

另外，这类话以后别写在邮件里，项目邮件难免会被转发。有情绪找我聊就行，我请你喝咖啡。

周婧""",
    quote="""周姐：

东岭这个按钮颜色已经改了第八遍了，这帮老师真是太难搞了，一会儿嫌亮一会儿嫌暗，我快疯了。

杜可""",
    quote_from=DUKE, quote_style="gt_zh", trad=False,
))

NEG.append(dict(
    expect=[], lang="en",
    why="internal status with the client deliberately in Cc for transparency; neutral wording",
    sender=EMMA, to=[TOM], cc=[SARAH],
    subject="Where we're stuck on the About page",
    body="""Tom,

I'm looping Sarah in on purpose so she can see exactly where we are, rather than me paraphrasing.

The About page build is finished except for three things: the final trustee bios, the 2023 annual report PDF, and a decision on whether the history timeline stays. None of these block anything else, so please carry on with the Programmes templates.

Sarah, if you can send the bios and the PDF by Wednesday, we'll have the page in staging on Thursday morning. On the timeline, either answer works for us.

Emma""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="team banter with 服了 as praise; the client is quoted praising the demo (traditional)",
    sender=KELVIN, to=[WUH, HSUYT], cc=[],
    subject="今天的 demo",
    body="""各位,

今天旅遊局的 demo 我真的服了你們. 昊哥臨場把地圖 fallback 切給 Melissa 看, 雅婷的插畫一出來, Carmen 當場說 "this is exactly what we need". 我做 PM 這麼多年, 第一次看到局方會議上有人拍手.

今晚請大家吃飯, 地點我七點前發群組.

Kelvin""",
    quote=None, trad=True,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="internal: the client's export mistake explained respectfully ('不是张工的问题'), we fix our spec",
    sender=LUOC, to=[WUH], cc=[],
    subject="旧站数据导出格式的问题",
    body="""吴昊：

学校信息中心把旧站数据库导出成了Excel，不是我们要的SQL文件，你那边的导入脚本跑不了。这个不是张工的问题，是我们发的数据清单里只写了"导出数据库"，没写格式和字符集，换我也会导成Excel。

我今天下午补一份导出说明（格式、字符集、需要的表），附上mysqldump的命令示例，请张工重新导一次。你先用Excel里的新闻表做字段映射，别浪费这两天。

罗晨""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="client slowness discussed neutrally as a process fact ('是他们的制度，不是哪个人拖'); we misjudged the estimate",
    sender=GAOP, to=[CHENSY], cc=[],
    subject="旅游局审批周期和排期调整",
    body="""陈总：

旅游局这边每个页面上线前都要过法务审核，平均两周，这是他们的制度，不是哪个人在拖。我们之前排期按三天算，是我们估错了。

建议：
1. 把剩余的42个页面按审核批次打包，每周一批，减少来回。
2. 上线日期从7月15日调整为8月1日，我这周跟小何当面沟通，她应该能理解。
3. 审核期间我们先做无障碍自检，团队不空等。

高鹏""",
    quote=None, trad=False,
))

# ---------------- look like argue/refusal, but firm-and-polite or buffered ----------------
NEG.append(dict(
    expect=[], lang="zh",
    why="buffered refusal: out of scope but logged as CR-2024-017, evaluation date and interim timetable",
    sender=LUOC, to=[WANGJG], cc=[],
    subject="Re: 校园地图增加校车实时定位",
    body="""王处您好：

收到，校车实时定位确实对学生很有用。

这个需求需要接入公交公司的GPS数据，超出了本期合同范围，我们已登记为变更需求CR-2024-017。本周五前完成技术评估（数据接口、费用和工期），6月14日项目例会上给您书面结论。

在此之前，建议先在校园地图页加一个校车时刻表（PDF和文字版都有），本周内就能上线，学生至少能查到班次。您看这样是否可以？

罗晨""",
    quote="""罗经理：

校领导希望在校园地图里加上校车实时定位，学生可以看到车到哪了。这个能不能在这一期里加上？

王建国""",
    quote_from=WANGJG, quote_style="outlook_zh", trad=False,
))

NEG.append(dict(
    expect=[], lang="en",
    why="'can't fit it in' with two concrete dated options and the decision left to the client",
    sender=EMMA, to=[SARAH], cc=[],
    subject="Re: Korean and Japanese versions",
    body="""Hi Sarah,

Great news about Seoul and Osaka. We can't fit Korean and Japanese into the 15 June launch without moving the date, but there are two ways to do this:

1. Launch on 15 June in English and Chinese, then add Korean and Japanese in a second phase. The templates are already translation-ready, so both could be live by 31 July.
2. Move the launch to 10 July and go live with all four languages at once.

I've put a rough cost for each in the attached sheet. Happy to talk it through on Thursday's call; it's your call which suits the donor timeline better.

Best,
Emma""",
    quote="""Hi Emma,

Our board met yesterday and would love to add Korean and Japanese versions before launch, since we have new donors in Seoul and Osaka. Could you let us know what's needed?

Thanks,
Sarah""",
    quote_from=SARAH, quote_style="gt", trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="buffered: logged as change request, escalated to manager, two options by next Wednesday (traditional)",
    sender=LINPJ, to=[TSAISF], cc=[],
    subject="Re: 景點語音導覽",
    body="""淑芬妳好：

謝謝妳轉達，台語和客語的語音導覽是很棒的想法，對長輩遊客特別友善。

這一期的景點頁面已經進入測試，現在加上語音功能會影響上線時間，所以我先登記成變更需求。錄音、配音人選和費用要跟我們經理討論，我會在下週三前給妳一份評估，包括兩個方案：一是下一期完整製作，二是這一期先在五個熱門景點試做。

再麻煩妳跟科長說一聲，有進度我隨時更新。

佩君""",
    quote="""佩君妳好：

科長希望在景點頁面加上台語和客語的語音導覽，遊客點一下就可以聽。不知道你們那邊可以嗎？

蔡淑芬""",
    quote_from=TSAISF, quote_style="gt_zh", trad=True,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="escalation: compensation question handed to the director with a reply date; apology plus interim plan",
    sender=ZHOUJ, to=[WANGJG], cc=[CHENSY],
    subject="Re: 延期及合同条款",
    body="""王处您好：

理解您的着急，延期确实给贵校的校庆安排带来了麻烦，这一点我们很抱歉。

关于合同违约条款的解释和赔偿，超出了我作为项目经理的权限，不能随口答复您。我已把情况完整转给我们的陈思远总监（已抄送），他会在本周四前给您正式回复。

同时我们调整了排期，预热专题页可以提前到下周三单独上线，不必等全站，稍后我把详细计划发给您。

周婧""",
    quote="""周经理：

因为你们延期两周，我们校庆预热活动也被迫推迟。合同里的违约条款怎么算，请你们给个说法。

王建国""",
    quote_from=WANGJG, quote_style="foxmail", trad=False,
))

NEG.append(dict(
    expect=[], lang="en",
    why="firm-but-polite contract fact (SOW 4.2) plus two offers; pair with the lecturing SOW positive",
    sender=OLIVIA, to=[DAVID], cc=[SARAH],
    subject="Re: content entry",
    body="""Hi David,

Thanks for raising this. To be transparent about where things stand: under section 4.2 of the SOW, entering page content sits with the GreenBridge team, and our quote didn't include it.

That said, we understand your team is stretched two weeks before launch. We can take on the remaining 120 pages as a small add-on, roughly 6 working days, quote attached. Alternatively, we can run a 90-minute CMS training for two of your volunteers this Friday so they can share the load.

Let me know which you prefer, or whether a mix of both would work.

Olivia""",
    quote="""Olivia,

We've only got two weeks left and half the pages are empty. Can your team just enter the content?

David""",
    quote_from=DAVID, quote_style="outlook", trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="firm facts on colour contrast (not a dev defect) with two options for the client to choose",
    sender=CHENSY, to=[WANGJG, LIUM], cc=[],
    subject="正文链接颜色与对比度",
    body="""王处、刘老师：

关于正文链接颜色，跟两位说明一下检测情况：校徽浅绿（#8BC34A）在白底上的对比度是2.1:1，WCAG AA标准要求正文至少4.5:1，所以自动检测会一直报不通过。这不是开发缺陷，是颜色本身的限制。

我们准备了两个方案供选择：
A. 链接改用同色系深绿（#2E7D32），对比度5.1:1，视觉上仍是校徽色系；
B. 保留浅绿，但只用于装饰元素，链接统一用深蓝并加下划线。

两个方案的效果图已附上。贵校选定后，我们两天内完成调整。

陈思远""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="'As I said on Monday's call' is follow-through on a promise, not a reproach",
    sender=HANZ, to=[HUANGXL], cc=[],
    subject="CDN 和 hosting 费用",
    body="""黄老师,

As I said on Monday's call, 今天给您 confirm CDN 和 hosting 的费用:
- CDN: 按流量计费, 参照去年招生季峰值, 预计每月 1,200 元左右;
- Hosting: 2 核 4G 云服务器两台, 每年 9,600 元.

明细在附件 Excel 里. 招生季前后流量差别很大, 我们建议 CDN 按月结算, 方便您那边灵活调整.

有问题随时 call 我.

韩卓""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="'并不是贵方的问题' -- PM takes the blame for missing images and lists the fix",
    sender=ZHOUJ, to=[LIUM, WANGJG], cc=[],
    subject="英文站图片缺失的原因及处理",
    body="""刘老师、王处：

昨天英文站部分新闻图片显示不出来，先说结论：并不是贵方的问题，是我们的迁移脚本漏掉了旧站 /uploads/2019 目录，约340张图片没有迁过来。

处理情况：
1. 今天上午十点已补迁全部图片，抽查50篇新闻，显示正常；
2. 脚本已修复，并增加了迁移后自动比对图片数量的检查；
3. 中文站做了同样的比对，没有发现缺失。

给两位添麻烦了，抱歉。

周婧""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="negation \"I'm not saying no\" with an assessment, Friday estimate and two options",
    sender=HANZ, to=[ZHANGL], cc=[],
    subject="Re: 图书馆自助机 IE11 兼容",
    body="""张工,

I'm not saying no to IE11, 只是要先搞清楚范围. 图书馆那 6 台 kiosk 如果只需要访问 "开放时间" 和 "座位预约" 两个页面, 我们可以单独做一个 lightweight 版本; 如果要全站兼容, 工作量会大很多.

我们这周先评估, 周五下班前给您 estimate 和两个方案, 您再跟馆里商量.

韩卓""",
    quote="""韩经理：

图书馆自助机还在用IE11，新站能不能兼容一下？

张磊""",
    quote_from=ZHANGL, quote_style="gt_zh", trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="recommendation (按我们的经验) that leaves the carousel decision to the client; pair with the persuade positive",
    sender=ZHOUJ, to=[WANGJG], cc=[],
    subject="首页轮播的两种做法",
    body="""王处您好：

关于首页轮播，我们把两种做法的利弊整理了一下，供您和部里参考：

按我们的经验，静态大图对无障碍更友好，加载也更快；但轮播同样可以做到合规，只要加上暂停按钮、不自动播放、每张图都有替代文本。校庆期间需要同时展示多条重要信息，轮播也有它的道理。

两种方案我们都能做，工期一样。您和部里商量后定哪种，我们就按哪种来。如果需要，我周四可以去学校当面给几位老师演示一下。

周婧""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="en",
    why="'a hard no' for one date, followed by two concrete dated alternatives",
    sender=DEV, to=[SARAH], cc=[],
    subject="Re: volunteer app launch with donations",
    body="""Hi Sarah,

Honest answer: launching on 1 May with in-app donations is a hard no, because the payment provider's review alone takes three weeks and we haven't been able to submit yet.

What we can do:
1. Launch on 1 May without in-app donations, with a Donate button that opens the existing web donation page; in-app donations follow on 20 May.
2. Launch everything together on 20 May.

Both are realistic. If the board wants to talk it through, I'm happy to join their call next week.

Dev""",
    quote="""Hi Dev,

Is there any way the volunteer app can launch on 1 May with in-app donations included? The board is keen.

Sarah""",
    quote_from=SARAH, quote_style="gt", trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="polite apology and fix plan; the client's slang anger (又双叒叕, 无语, 到底行不行) is only in the quote",
    sender=LUOC, to=[MENGT], cc=[QIANL],
    subject="Re: 捐款证书收不到",
    body="""孟老师您好：

非常抱歉给基金会和捐赠人带来困扰。

我们已经查到原因：电子证书的通知邮件被部分邮箱判成了垃圾邮件，捐赠和付款本身都是正常的。处理如下：
1. 今天下午已给昨天至今的37位捐赠人重新发送证书，并附上短信提醒；
2. 今晚完成发信域名的SPF和DKIM配置，降低被拦截的概率；
3. 捐款成功页增加"下载证书"按钮，不再只依赖邮件。

明天中午前我再向您汇报一次结果。

罗晨""",
    quote="""罗经理：

捐款页面又双叒叕出问题了！捐赠人说付款成功了却收不到证书，无语。你们到底行不行？？

孟婷""",
    quote_from=MENGT, quote_style="foxmail", charset="utf-8", trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="firm-and-polite on a domain change: impact list, recommendation, decision left to the client (traditional)",
    sender=KELVIN, to=[CARMEN], cc=[],
    subject="Re: 關於更換網域",
    body="""Carmen 你好：

關於局方希望把網址改成較短的新網域，我們整理了影響範圍供參考：

1. 已印刷的宣傳單張、地鐵廣告上的網址需要保留轉址；
2. 搜尋排名短期內會有波動，一般約四至八週恢復；
3. 舊網域需要續期至少兩年，確保轉址有效。

我們的建議是可以換，但最好避開暑期宣傳高峰，放在九月。是否更換、何時更換由局方決定；如決定更換，我們可在兩週內完成全站301轉址及測試。

Kelvin""",
    quote="""Kelvin 你好：

局方高層覺得現在的網址太長，想換一個短一點的新網域，可以嗎？

Carmen""",
    quote_from=CARMEN, quote_style="outlook", trad=True,
))

# ---------------- other hard-negative types ----------------
NEG.append(dict(
    expect=[], lang="zh",
    why="long (~750 chars) but focused content-migration plan, same shape as the ramble positives",
    sender=ZHOUJ, to=[WANGJG, LIUM], cc=[SONGYM],
    subject="旧站内容迁移方案（请重点看第三、五部分）",
    body="""王处、刘老师：

下周正式开始旧站内容迁移，把具体方案跟两位同步一下，请重点看第三、第五部分，需要贵校配合。

一、迁移范围
旧站共有栏目412个，按刘老师的梳理表，保留268个、合并57个、下线87个。新闻类内容自2016年起全部迁移，约8400条；2016年以前的新闻只迁标题和正文，不迁附件，原文链接保留在归档页。

二、迁移方式
新闻、通知公告、学院动态三类结构化内容用脚本批量迁移；单页类内容（如学校简介、历任领导）由我们的内容编辑人工迁移并重新排版。所有图片都会补充替代文本，没有说明文字的图片由我们先拟写，贵校审核。

三、需要贵校配合
1. 6月10日前提供招生简章、规章制度等PDF原件（旧站附件存在外部存储，脚本拿不到）；
2. 指定每个学院一名联系人，负责审核本学院迁移后的页面；
3. 迁移期间（6月12日至6月16日）旧站后台暂停发稿，如有紧急通知请直接发给我们代发。

四、质量检查
每批迁移后我们抽检10%，核对标题、正文、图片和附件；链接用工具全量扫描，死链当天修复。下线栏目一律做301跳转，保证搜索引擎和老链接不失效。

五、时间节点
6月12日开始迁移，6月16日完成首轮，6月17日至21日各学院审核，6月24日汇总修改，6月28日迁移验收。学院审核时间比较紧，请两位帮忙提前通知。

六、风险与应对
1. 部分学院旧页面用了大量表格排版，迁移后在手机上会错位，我们会把这类页面改成标准段落格式，改动较大的页面单独列清单请学院确认；
2. 旧站约有1200个外部链接，其中一部分已经失效，我们会在迁移报告里逐条标注，由学院决定删除还是更新；
3. 如果迁移期间出现严重问题，旧站会保留到7月底，随时可以回退。

如果有疑问，周三例会上我们再逐项过一遍。

周婧""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="en",
    why="long (~480 words) but focused accessibility audit summary; all issues framed as ours to fix",
    sender=OLIVIA, to=[DAVID], cc=[SARAH, PRIYA],
    subject="Accessibility audit: summary before Friday",
    body="""Hi David,

Here is a summary of the accessibility audit Priya completed last week on the staging site, ahead of Friday's review. The full report is attached; this note covers what matters for the launch decision.

Scope. Priya tested 24 templates and 60 representative pages against WCAG 2.1 AA, using automated checks, keyboard-only navigation and two screen readers (NVDA on Windows and VoiceOver on iOS). She also tested the donation flow end to end with each screen reader.

Overall result. The site is in good shape. We found 31 issues: 4 high, 12 medium and 15 low. None of them require changes to the page layouts, and all four high-priority issues are in components we built, so they sit with us to fix.

High-priority issues.
1. The donation amount buttons are not announced as a group, so screen reader users hear four unlabelled buttons.
2. The error message on the card details step is shown visually but not announced.
3. The mega menu traps keyboard focus on the Programmes item.
4. The video on the Impact page autoplays without a pause control.

All four will be fixed by Wednesday and re-tested by Priya on Thursday morning.

Medium-priority issues. Mostly missing or vague alt text on legacy images (about 180 images carried over from the old site), two form fields without visible labels, and heading levels that skip from H2 to H4 on the News template. Alt text for the legacy images needs input from your team, because only you know what some of the older event photos show. We've prepared a spreadsheet with each image, its page and a suggested description; Sarah's team can accept or edit each line.

Low-priority issues. Small items such as link text reading 'click here', and a focus outline that is hard to see on the dark green footer. We'll clear these in the first maintenance sprint after launch unless you'd like them sooner.

What we need from GreenBridge. The reviewed alt text spreadsheet by next Tuesday, and a decision on whether the Impact video needs captions in both English and Chinese or in English only.

Recommendation. Launch as planned on 15 June once the high-priority fixes are verified. Priya will publish an accessibility statement listing the remaining known issues and the dates we expect to fix them, which is good practice and something funders increasingly ask for.

Happy to walk through any of this on Friday.

Best,
Olivia""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="long (~650 chars) design-review minutes, entirely on topic, thanks the client",
    sender=CHENSY, to=[QIANL, MENGT], cc=[GAOP],
    subject="基金会官网设计评审会纪要（6月12日）",
    body="""钱秘书长、孟老师：

今天下午设计评审会的纪要整理如下，请两位过目，如有遗漏或出入，周五前告诉我，我们再修订。

一、首页
1. 主视觉采用第二版（山区小学与志愿者合影），照片由基金会提供授权书；
2. "我要捐款"按钮固定在页面右上角，移动端改为底部悬浮条；
3. 年度数据模块保留，数字每季度由基金会在后台更新。

二、项目列表页
1. 按"教育、医疗、乡村发展"三类筛选，默认显示进行中的项目；
2. 每个项目卡片显示筹款进度条，进度条旁加文字百分比，方便读屏软件读出；
3. 已结项项目单独归档，不与进行中的项目混排。

三、捐款流程
1. 由原来的五步缩减为三步：选择项目与金额、填写信息、支付；
2. 发票抬头字段是否必填，待基金会财务确认；
3. 支付成功页增加电子证书下载按钮。

四、无障碍
1. 全站正文对比度不低于4.5:1，品牌橙色只用于按钮底色和装饰；
2. 所有项目照片补充替代文本，由基金会提供照片说明，我们统一润色；
3. 上线前做一次读屏软件实测，邀请两位视障志愿者参加。

五、后续安排
6月20日出全部页面高保真稿，6月25日第二次评审，7月初进入开发。

六、待确认事项
1. 首页主视觉照片的授权书，请基金会在6月18日前提供扫描件；
2. 项目列表页的三个分类名称是否需要与年报保持一致，请传播部确认；
3. 捐款流程中是否保留"匿名捐赠"选项，以及匿名捐赠是否仍然开具发票，请财务部一并答复；
4. 视障志愿者的测试时间建议安排在7月第二周，具体人选由基金会联系，我们负责测试脚本和现场记录。

感谢两位今天花了整整一下午，意见都很具体，对我们帮助很大。

陈思远""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="risky words as technical terms: 拒绝连接, 唯一索引, 理论上不可能, 接口必须接受",
    sender=LUOC, to=[ZHANGL], cc=[WUH],
    subject="迁移演练的两个问题",
    body="""张工您好：

昨晚的迁移演练有两个问题，跟您同步一下：

1. 22:40起导入脚本连续报"拒绝连接"（Connection refused），排查后发现新数据库服务器的3306端口只对内网开放，我们的跳板机不在白名单里。麻烦您把 10.20.3.15 加进白名单。
2. 新闻表我们加了唯一索引（标题+发布时间），重复记录会被自动跳过，所以同一条新闻理论上不可能被导入两次，昨晚日志里的"重复"提示属于正常现象，不用担心。

另外，旧站部分页面是GBK编码，导入接口必须同时接受GBK和UTF-8两种编码，这部分吴昊已经改好了。

白名单加好后告诉我一声，今晚十点我们再跑一次完整演练。

罗晨""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="en",
    why="technical imperatives (must clear the cache, kill the process, annoying flicker = a bug); risky words in a legal disclaimer",
    sender=DEV, to=[TOM, PRIYA], cc=[],
    subject="Staging check notes",
    body="""Tom, Priya,

Notes from this morning's staging check:

1. You must clear the CDN cache after every deploy, otherwise the old CSS sticks around for up to an hour. I've added it to the deploy script, but if you deploy by hand, please don't skip it.
2. The annoying flicker on the mega menu is back. It only happens in Safari when reduced motion is on; I suspect the transition fallback. Tom, can you take it?
3. If the search indexer hangs again, just kill the process and restart it; it picks up where it left off. No need to reindex from scratch.
4. Priya, the contrast checker is flagging the grey captions at 4.3:1. Near miss, but still a fail, so let's darken them to #595959.

Nothing blocking for Friday's demo.

Dev

-- 
Dev Raman | Project Manager
This message may contain confidential information. If you received it in error, you must delete it and notify the sender. We cannot accept any liability for its contents, and no, we can't recall it either.""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="plain training logistics; the risky motto (不接受平庸，拒绝将就) sits only in the signature",
    sender=GAOP, to=[MENGT], cc=[],
    subject="下周三后台培训确认",
    body="""孟老师您好：

下周三下午两点的后台培训确认一下：
1. 地点：基金会三楼会议室，需要投影和网络；
2. 内容：后台发布新闻、上传项目照片、填写替代文本，约一个半小时；
3. 参加人员：建议项目部和传播部各来两位同事，带上自己的笔记本电脑。

培训手册我周二发给您，大家可以提前翻一翻。

高鹏

-- 
高鹏 | 项目总监 | 网站与应用事业部
电话：021-5555-0100
座右铭：不接受平庸，拒绝将就。""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="owns the bug and explains the fix; the client's '!!!' and 'QA 到底有没有测过' are only in the quote",
    sender=HANZ, to=[HUANGXL], cc=[SUNY],
    subject="Re: 首页 countdown 又不准了",
    body="""黄老师,

抱歉, 这次确实是我们的问题. Countdown 用的是浏览器本地时间, 海外考生的电脑时区不同就会有偏差.

已经改成读服务器时间, 今天下午 4 点上线, 孙悦用 5 个时区测过了. 另外我们在 QA checklist 里加了时区这一项, 避免再出现.

韩卓""",
    quote="""韩经理：

招生季马上开始，首页的 countdown 又不准了！！！这已经是第三次了，你们 QA 到底有没有测过？

黄晓蕾""",
    quote_from=HUANGXL, quote_style="foxmail", trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="calm status reply; the client's '糊弄人' and '我早就说过' appear only in the quote",
    sender=ZHOUJ, to=[WANGJG], cc=[],
    subject="Re: 学院子站进度",
    body="""王处您好：

您的着急我完全理解，校庆在即，换作是我也会着急。

先跟您如实汇报：剩下三个学院子站（医学院、艺术学院、外国语学院）还没动，是因为这三个学院的栏目结构一直在调整，我们上周三才拿到最终版。目前进度如下：
1. 医学院：模板已套好，明天开始录入；
2. 艺术学院：作品展示页需要定制，周五出设计稿；
3. 外国语学院：涉及六个语种的页面，下周二完成。

三个子站最迟6月20日全部提交审核。明天上午我到宣传部当面跟您过一遍计划。

周婧""",
    quote="""周经理：

你们这个进度简直是在糊弄人！我早就说过不能再拖了，学院子站到现在还有三个没动，到底还想不想做？

王建国""",
    quote_from=WANGJG, quote_style="outlook_zh", trad=False,
))

NEG.append(dict(
    expect=[], lang="zh",
    why="'不可能的任务' as praise for the team; thanks the client for fast reviews",
    sender=CHENSY, to=[ZHOUJ, HANZ, SONGYM, MAOXW, SUNY], cc=[],
    subject="四十个学院子站全部上线",
    body="""各位：

今天下午东岭大学四十个学院子站全部上线。三个月前立项的时候，行业里的朋友都说两个月上线四十个子站是不可能的任务，我们做到了，而且无障碍自动检测全部通过。

特别感谢：一鸣带的开发组连续三周没有出现一个严重缺陷；毛毛的内容组核对了八千多条新闻；孙悦的测试清单被王处要去，当作学校以后的验收模板。也谢谢王处和刘老师，他们那边审核基本都在当天完成，没有他们配合不可能这么顺。

周五晚上聚餐，地点周婧来定。

陈思远""",
    quote=None, trad=False,
))

NEG.append(dict(
    expect=[], lang="mixed",
    why="long code-switched weekly status that stays on topic (risks, asks, next steps)",
    sender=HANZ, to=[HUANGXL], cc=[LIUM],
    subject="招生网 weekly status (6月第2周)",
    body="""黄老师,

招生网本周 status update 如下, 供您周一例会用:

1. Development: 专业介绍、招生计划、历年分数线三个模块已完成, 上周 QA 提的 23 个 bug 修复了 21 个, 剩下 2 个是 iPad 横屏排版问题, 周二前 fix.
2. Content: 63 个专业介绍已录入 58 个, 剩下 5 个等学院提供最新培养方案, 我们已发邮件跟进, 学院联系人名单附后.
3. Accessibility: 分数线查询表格已按屏幕阅读器要求加了表头标注, Priya 复测通过; 宣传片的字幕文件还缺英文版, 需要招生办确认是否需要.
4. Performance: 模拟招生季峰值 (每分钟 3,000 次访问) 做了压测, 平均响应 380ms, CDN 命中率 94%, 满足预期.
5. Risk: 分数线数据 6 月 25 日才能拿到, 离上线只有三天. 我们建议先用去年的数据做一次全流程演练, 正式数据到了再替换, 这样当天只需要导入和核对.
6. Next week: UAT 准备, 周四给您发 UAT checklist 和测试账号, 周五上午可以到招生办现场演示一遍.

需要您这边确认的事项: (1) 宣传片英文字幕是否需要; (2) UAT 参加人员名单, 最好包括一位不太熟悉系统的老师, 这样更能发现真实问题.

韩卓""",
    quote=None, trad=False,
))


CASES = POS + NEG
random.Random(4646).shuffle(CASES)
