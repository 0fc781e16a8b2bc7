# heldout39 -- training set of PM email drafts, written by an independent helper.
# Domains: a news/publishing group (client-a), a video-streaming platform that also runs an
# online-gaming operator (client-b), a bank's investor-education video channel and paid research
# reports (bank-c). All text is synthetic and was written for this set.
import random
import re

# ---- our team -------------------------------------------------------------------------------
LU = "陆晓萌 <lu.xiaomeng@ourteam.example.com>"          # 24, internet slang, news app
TANG = "唐糖 <tang.tang@ourteam.example.com>"            # 23, slang, streaming
ZHOU = "周一鸣 <zhou.yiming@ourteam.example.com>"        # 26, slang-ish, gaming
KEVIN = "Kevin Gao <kevin.gao@ourteam.example.com>"      # 27, code-switching, gaming
JAKE = "Jake Tan <jake.tan@ourteam.example.com>"         # 25, English slang, streaming
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"    # 29, casual English
RYAN = "Ryan Cole <ryan.cole@ourteam.example.com>"       # 31, blunt English, gaming
MARGARET = "Margaret Hale <margaret.hale@ourteam.example.com>"  # veteran, formal English
FANG = "方国栋 <fang.guodong@ourteam.example.com>"       # veteran, 公文 style
SONG = "宋婉清 <song.wanqing@ourteam.example.com>"       # mid, polite
HE = "何志远 <he.zhiyuan@ourteam.example.com>"           # mid, tired
XIE = "谢磊 <xie.lei@ourteam.example.com>"               # mid, blunt
LAM = "林嘉欣 <lam.kayan@ourteam.example.com>"           # writes traditional Chinese

LIU = "刘畅 <liu.chang@ourteam.example.com>"             # dev lead, "大刘"
HAN = "韩涵 <han.han@ourteam.example.com>"               # QA, "憨憨"
GOU = "苟建 <gou.jian@ourteam.example.com>"              # backend, "老狗"
ZHENG = "郑海峰 <zheng.haifeng@ourteam.example.com>"     # director
MAY = "May Chen <may.chen@ourteam.example.com>"          # designer, "阿May"
TOM = "Tom Becker <tom.becker@ourteam.example.com>"      # engineering lead
NINA = "Nina Park <nina.park@ourteam.example.com>"       # account manager
LUO = "罗斌 <luo.bin@ourteam.example.com>"               # ops

# ---- client-a: news & publishing group ------------------------------------------------------
QIAN = "钱建国 <qian.jianguo@client-a.example.cn>"       # 新媒体中心主任
SUN = "孙丽华 <sun.lihua@client-a.example.cn>"           # 副总编
ZHAO = "赵一帆 <zhao.yifan@client-a.example.cn>"         # 产品经理
HUANG = "黄磊 <huang.lei@client-a.example.cn>"           # 技术
LIANG = "梁晨 <liang.chen@client-a.example.cn>"          # 数字出版部
HWANG = "黃志明 <huang.zhiming@client-a.example.cn>"     # 總編 (traditional-Chinese desk)
TSAI = "蔡佩君 <tsai.peichun@client-a.example.cn>"       # 數位訂閱部

# ---- client-b: streaming platform + Nova Games operator -------------------------------------
DANIEL = "Daniel Reyes <daniel.reyes@client-b.example.com>"
SOFIA = "Sofia Lindqvist <sofia.lindqvist@client-b.example.com>"
AIKO = "Aiko Mori <aiko.mori@client-b.example.com>"
CHENSI = "陈思 <chen.si@client-b.example.com>"
MARCUS = "Marcus Webb <marcus.webb@client-b.example.com>"
DUKAI = "杜凯 <du.kai@client-b.example.com>"

# ---- bank-c: investor-education video channel, paid research reports ------------------------
WU = "吴敏 <wu.min@bank-c.example.cn>"
ZHANGC = "张振华 <zhang.zhenhua@bank-c.example.cn>"


_CJK = "\u4e00-\u9fff\u3002\uff0c\u300d\u201d\uff09\uff1f\uff01"


def _fullwidth(text):
    """Chinese drafts are written with full-width punctuation; a few keep ASCII on purpose."""
    if not text:
        return text
    text = re.sub("\\(([^()\\n]*[\u4e00-\u9fff][^()\\n]*)\\)", "\uff08\\1\uff09", text)
    for ascii_mark, wide in ((":", "\uff1a"), ("!", "\uff01"), ("?", "\uff1f"), (";", "\uff1b")):
        for _ in range(3):  # runs such as '??'
            text = re.sub(f"(?<=[{_CJK}]){re.escape(ascii_mark)}", wide, text)
    return text


def C(ascii_punct=False, **kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    if kw["lang"] == "zh" and not ascii_punct:
        kw["body"] = _fullwidth(kw["body"])
        kw["quote"] = _fullwidth(kw["quote"])
        kw["subject"] = _fullwidth(kw["subject"])
    return kw


POSITIVES = [
# ============================ backchannel ===================================================
C(expect=["backchannel"], lang="zh",
  why="internal slang mail mocking the client's deputy editor's taste and competence",
  sender=LU, to=[LIU], subject="首页改版 第七版标题又来了",
  body="""大刘:

救命，孙副总编刚在群里又甩了个新标题方案过来，这已经是首页改版的第七版了家人们，蚌埠住了。她老人家的审美大概还停在2008年的门户网站，红底黄字加粗外加闪烁那种，上回还问我能不能让头条“跳一跳”，我当场CPU干烧。

你先别动前端，等我今晚把她这版截图整理一下，明早站会再对。今天先把付费墙弹窗那个z-index的bug修了就行。

晓萌"""),

C(expect=["backchannel"], lang="zh",
  why="reply-all accident: aside meant for the dev lead mocks the client PM, client still in To and Cc",
  sender=HE, to=[ZHAO], cc=[LIU, QIAN], subject="Re: 定时发布的三篇稿件凌晨提前发出",
  body="""大刘你看下这个。赵一帆这位又开始了，昨天他自己把定时发布的时区选成了UTC，今天跑来问我们稿子为什么凌晨就出去了。我估计他连后台那个下拉框长什么样都没看过。你回他一句让他看截图就行，别写长的，这人三行以上的字是不看的。

志远""",
  quote="""何经理:

昨晚我们定在早上8点发布的三篇稿件，全部在凌晨就推出去了，编辑部很被动。请尽快查明原因，今天上午给个说法。

赵一帆""", quote_from=ZHAO, quote_style="outlook_zh"),

C(expect=["backchannel"], lang="en",
  why="Gen-Z internal mail mocking the client VP ('magic 8-ball', skull emoji)",
  sender=JAKE, to=[TOM], subject="before the 3pm w/ Daniel",
  body="""Tom,

quick heads up before the 3pm. Daniel's back on his "why doesn't the homepage just KNOW what people want" arc 💀 bro genuinely treats the recommender like a magic 8-ball: shake it, get a hit show. ngl I zoned out halfway through his voice memo (eleven minutes. ELEVEN.)

Anyway, can you pull last week's CTR for the "Because you watched" row so we at least have something real to show him? ty

J"""),

C(expect=["backchannel"], lang="en",
  why="veteran's formal 'between ourselves' sneer at the client VP's grasp of the contract",
  sender=MARGARET, to=[NINA], subject="Thursday steering committee - a private word",
  body="""Nina,

A brief note before Thursday's steering committee, strictly between ourselves.

I have now sat through three sessions in which Mr Reyes has explained our own licensing terms to us, incorrectly and with tremendous confidence. One does begin to wonder whether he has ever opened the master agreement, or merely had it summarised for him by an intern over a sandwich. I shall, naturally, be the very picture of patience on Thursday.

Could you bring the signed Schedule B and the territory matrix, so that the facts are at least on the table?

Kind regards,
Margaret"""),

C(expect=["backchannel"], lang="zh", trad=True,
  why="traditional Chinese internal mail ridiculing the client's editor-in-chief",
  sender=LAM, to=[MAY], subject="剛開完會",
  body="""阿May：

剛剛跟黃總編開完會，真的是一場災難。他老人家一邊說「我不懂這些網路的東西」，一邊又要我們把付費牆的按鈕改成他孫女喜歡的粉紅色，還說這叫做「用戶研究」。我聽到這裡差點笑出聲，這種總編也能主導數位轉型，難怪他們的App評分只有兩顆星。

設計稿先不用動，我週四再跟他們的產品窗口確認一次。

嘉欣"""),

C(expect=["backchannel"], lang="zh", trad=True,
  why="snide aside about a client-side colleague inside an otherwise polite mail to the client (traditional)",
  sender=LAM, to=[TSAI], subject="電子報訂閱頁面 第二版設計稿",
  body="""蔡小姐您好:

附上電子報訂閱頁面第二版的設計稿，主要調整了方案價格的排列順序，並加上了學生方案的說明。請您轉給部門同仁過目，週五前回覆意見即可。

另外順便提一下，上週貴部門那位陳先生回報「整個網站壞掉了」，我們查了一個下午，結果是他自己的瀏覽器外掛把我們的網域擋掉了。下次這類問題如果能先請他重新開機試試，大概能替雙方省下不少時間，哈哈。

敬祝 順心
林嘉欣"""),

C(expect=["backchannel"], lang="mixed",
  why="one venting line about the gaming client's ops lead buried in a long internal status list",
  sender=KEVIN, to=[LUO, HAN, GOU], subject="Nova Games 周报 W14 (internal)",
  body="""Team,

W14 status 如下:

1. 春季赛季 patch 1.8.2 已经 push 到 staging, regression 跑了 92%, 剩下 8% 主要是 iOS 的 IAP 回调, 韩涵在跟.
2. 排行榜 cache 改成 5 分钟刷新, server load 降了 30% 左右, 罗斌明天出正式数据.
3. 防沉迷实名 API 厂商周三维护, 我们已经提前挂了公告.
4. 杜凯那边又临时说周六要加一个 "回流玩家大礼包", 没有 PRD, 没有数值, 就一句话. 这哥们做运营全靠拍脑袋, 每次都是 last minute 才想起来, 我怀疑他的 roadmap 是写在奶茶杯上的 🙄 我周一找他要 spec.
5. Next week: 版本冻结 Wed, 提审 Thu.

Thanks,
Kevin"""),

C(expect=["backchannel"], lang="zh",
  why="gossip to a colleague mocking the client's director (always late, lives in the past)",
  sender=HE, to=[SONG], subject="周三评审你帮我顶一下",
  body="""婉清:

周三上午那个评审你帮我顶一下，我要去银行那边救火。

提前给你打个预防针：钱主任开会永远迟到半小时，进门第一句一定是“我们当年办报的时候”，然后讲二十分钟他九几年跑两会的光辉岁月。你千万别接话，一接就是一上午。他对App的理解基本停留在“能不能把字调大点”，所以原型别讲交互，直接给他看截图就行，看多了他会困。

材料我放在共享盘“4月评审”文件夹里了。

志远"""),

C(expect=["backchannel"], lang="zh",
  why="polite monthly report to the client director with a joke ridiculing a client engineer",
  sender=SONG, to=[QIAN], subject="3月数字报CMS工单统计",
  body="""钱主任您好:

附件是3月份数字报CMS的工单统计:共受理工单47张，已全部关闭，平均响应时长1.6小时，比2月缩短约20分钟。其中17张与账号权限有关，我们已在4月计划里安排了批量授权功能，届时编辑老师们就不用每次单独提单了。

顺便说一句，这17张里有9张是黄工提的，基本都是忘记密码。要是黄工愿意把密码贴在显示器上，我们这个月的数据还能再漂亮一截，哈哈，开个玩笑。

4月的服务计划我们周四例会上再向您汇报。

宋婉清"""),

C(expect=["backchannel"], lang="zh", ascii_punct=True,
  why="(ASCII punctuation) internal mail calling the gaming client's ops team money-grubbing and quoting their lead to mock him",
  sender=ZHOU, to=[LUO], subject="五一活动需求",
  body="""斌哥:

Nova那边刚把五一活动的需求甩过来了,你猜怎么着:充值返利从三档改成七档,还要全服弹窗三次.这帮运营眼里除了流水就没别的东西,玩家在他们看来就是一茬一茬的韭菜,割完这茬等下茬.杜凯那张嘴更绝,开会说“玩家不会介意的,他们就喜欢被刺激”,我当场汗流浃背.

弹窗的频控配置你先按三次备着,周四前给我一个压测结论.

一鸣"""),

C(expect=["backchannel"], lang="en",
  why="forwarded thread with a mocking aside on top ('Subtitle Queen'); the client is still in Cc",
  sender=PRIYA, to=[TOM], cc=[SOFIA], subject="Fwd: PT-BR subtitles ep 4 still out of sync",
  body="""Tom, forwarding the latest from the Subtitle Queen herself 👑🙄 Third email this week about the same two seconds. I swear she watches every episode with a stopwatch and has nothing else going on in her life.

Can someone re-time ep 4 PT-BR against the new cut anyway? Needs to ship by Thursday night.

P.""",
  quote="""Hi Priya,

The Portuguese subtitles for episode 4 are still out of sync by roughly two seconds after the recap. This needs fixing before Friday's drop.

Thanks,
Sofia""", quote_from=SOFIA, quote_style="gt"),

C(expect=["backchannel"], lang="mixed",
  why="slang code-switching rant to the designer about the client's ops lead ('PPT 型甲方')",
  sender=TANG, to=[MAY], subject="推荐位 design 先 hold",
  body="""May姐～

救命，陈思又又又 change 了推荐位的 design，这是本周第四次了😭 上午说要 minimal，下午说 too empty 要加 banner，晚上又说 banner 看着 cheap。我真的会谢，她是不是以为 Figma 改一下跟发朋友圈一样简单啊，典中典的 PPT 型甲方，审美全靠当天心情。

先 hold 住别改，我明天约她 30 min 把方向 lock 死。

糖"""),

# ============================ refusal ========================================================
C(expect=["refusal"], lang="zh",
  why="one flat no slipped into a long, friendly slang status update; no buffer or alternative",
  sender=LU, to=[ZHAO], subject="本周进度同步～",
  body="""一帆哥好呀～

这周进度同步一下，整体还挺顺的:

付费墙新版的试读逻辑(前三段免费、第四段起模糊)已经上测试环境啦，手机上看效果还不错，你有空可以点点看，链接在文末。

会员中心“我的书架”改版，阿May周二出了设计稿，你们编辑部提的两个小意见也都改好了。

你昨天说的“让老订户免费看全部付费文章一个月”，这个我们不做哈，付费逻辑就这么定了。

推荐流的冷启动问题大刘在调召回，下周给你一版新数据。

周末快乐!有啥随时戳我～

晓萌"""),

C(expect=["refusal"], lang="zh",
  why="numbered meeting recap where one client request is simply marked 不做",
  sender=HE, to=[CHENSI], cc=[LIU, TANG], subject="会议纪要:4月8日 字幕与推荐需求沟通会",
  body="""陈总监您好:

以下是今天会议的纪要，请查收:

1. 中文字幕SRT批量导入:已上线，贵方下周开始导入存量片库。
2. 推荐位运营后台:4月第三周提测，届时约您演示。
3. 双语字幕同屏显示:确认随5月版本上线。
4. 竖版短视频AI自动生成字幕:不做。
5. 片头跳过按钮的埋点:数据组周五前补齐。

如有遗漏请直接回复补充。

何志远"""),

C(expect=["refusal"], lang="zh",
  why="curt one-liner turning down the gaming client's request, nothing offered",
  sender=XIE, to=[DUKAI], subject="Re: 排行榜能不能按城市分区",
  body="""杜经理，城市分区排行这个没法弄，别等了。

谢磊""",
  quote="""谢经理，排行榜能不能加个按城市分区?运营这边想搞城市争霸赛，下周就要用，你看看。

杜凯""", quote_from=DUKAI, quote_style="foxmail"),

C(expect=["refusal"], lang="zh",
  why="公文-style flat refusal declared final, no evaluation, no alternative",
  sender=FANG, to=[QIAN], subject="Re: 关于数字报增设单篇付费及读者打赏功能的函",
  body="""钱主任:

来函收悉。

关于贵中心提出在数字报付费墙中增设“单篇付费”及“读者打赏”两项功能一事，经我方项目组研究，答复如下:上述两项功能不属于本项目合同约定的建设内容，本项目组不承接相关开发工作。此为我方最终意见，请贵中心知悉。

特此函复。

方国栋
项目经理""",
  quote="""方经理:

为探索多元化收入，我中心拟在数字报付费墙中增设“单篇付费”和“读者打赏”两项功能，请贵方评估并尽快安排开发。

新媒体中心 钱建国""", quote_from=QIAN, quote_style="outlook_zh"),

C(expect=["refusal"], lang="en",
  why="'the product does not do that and won't': policy refusal with no alternative",
  sender=JAKE, to=[SOFIA], subject="Re: per-territory subtitle overrides",
  body="""Hi Sofia,

The player supports exactly one subtitle track per language code, so per-territory overrides just aren't a thing on our platform. es-MX and es-ES both resolve to "es". That's how it was designed and it's staying that way.

Cheers,
Jake""",
  quote="""Hi Jake,

For the Spanish launch we'd like different subtitle files for Mexico and Spain on the same title (different slang, different censorship notes). Can the player pick the file by territory?

Best,
Sofia""", quote_from=SOFIA, quote_style="gt"),

C(expect=["refusal"], lang="en",
  why="two-line curt refusal to the gaming operator",
  sender=PRIYA, to=[MARCUS], subject="Re: daily reset for the spring event?",
  body="""Marcus, the ranked board stays on the weekly reset. Not changing it.

Priya""",
  quote="""Priya - can we switch the ranked leaderboard to a daily reset for the spring event? Players keep asking for it.

Marcus""", quote_from=MARCUS, quote_style="outlook"),

C(expect=["refusal"], lang="en",
  why="veteran's formal, final refusal ('I must decline ... I trust this settles the matter')",
  sender=MARGARET, to=[DANIEL], subject="Release-window embargo controls",
  body="""Dear Mr Reyes,

Thank you for your letter of 3 April concerning the release-window embargo controls.

I must decline your request to extend the embargo controls to third-party distribution partners. The feature was specified for your own apps only, and we shall not be altering its scope. I trust this settles the matter.

Yours sincerely,
Margaret Hale
Senior Programme Manager"""),

C(expect=["refusal"], lang="mixed",
  why="code-switching flat refusal: 'won't build', not on the roadmap now or ever",
  sender=KEVIN, to=[CHENSI], subject="用户上传字幕 feature",
  body="""陈总监，

关于你们说的 "用户可以自己上传字幕文件" 这个 feature，我们 won't build。UGC 字幕不在 product roadmap 上，以后也不会上。

Kevin"""),

C(expect=["refusal"], lang="zh", trad=True,
  why="traditional-Chinese short refusal; the apology does not add any buffer",
  sender=LAM, to=[HWANG], subject="首頁「總編推薦」版位",
  body="""黃總編您好:

您上週提到希望在App首頁放一個「總編推薦」的固定版位，這個我們不會做，首頁只保留演算法推薦，請見諒。

林嘉欣"""),

C(expect=["refusal"], lang="zh",
  why="refusal wrapped in cute friendly slang; 'we won't do it' with no path forward",
  sender=TANG, to=[CHENSI], subject="今天会议辛苦啦",
  body="""思姐晚上好呀～

今天开会辛苦啦!你们内容团队准备的春日片单真的好好看，我已经偷偷加进自己的收藏了嘿嘿。

你会上说的“会员离线下载支持4K”，我回来想了想，咱家播放器的缓存架构压根撑不住这个，所以这个咱就不搞啦～别难过嘛😂 其他需求我们都在冲!

比心
糖糖"""),

C(expect=["refusal"], lang="zh",
  why="'final decision, do not raise again' style refusal to the deputy editor",
  sender=SONG, to=[SUN], subject="关于评论区显示作者单位",
  body="""孙副总编您好:

关于评论区“实名显示作者单位”的要求，项目组已经讨论过，最终决定不实施。这一结论不会再变，后续还请编辑部不要再就此提交工单。

谢谢配合。

宋婉清"""),

# ============================ argue ==========================================================
C(expect=["argue"], lang="zh",
  why="sarcastic rhetorical question implying the client never opens the attachment",
  sender=HE, to=[ZHAO], subject="Re: 推荐流上线日期",
  body="""一帆:

排期表上周二、上周五各发过一次，附件名就叫“推荐流上线排期”，第一行写着4月22日。两封邮件您都回了“收到”，所以我有点好奇:是收到了没打开，还是打开了没往下看?

这次我直接写在正文里:4月22日。麻烦这回看一眼。

何志远""",
  quote="""何经理，推荐流上线日期到底是哪天?我们这边完全不知道排期，领导在问。

赵一帆""", quote_from=ZHAO, quote_style="gt_zh"),

C(expect=["argue"], lang="en",
  why="condescending lecture ('one more time, slowly') blaming the client for their own change request",
  sender=PRIYA, to=[DANIEL], subject="Re: autoplay preview muting the first second",
  body="""Daniel,

Let me walk you through this one more time, slowly. The first second is muted because your team asked for it: it's item 7 of the change request you signed on 12 March, "fade in preview audio to avoid jump scares". We built exactly what you asked for. If you now want it the other way round, that's a new request, and frankly it would help if someone on your side kept track of what they've asked for before calling our work unacceptable.

Priya""",
  quote="""Priya, the autoplay preview is still muting the first second of audio. This is unacceptable for a launch-ready product.

Daniel""", quote_from=DANIEL, quote_style="gt"),

C(expect=["argue"], lang="zh",
  why="blaming the client's typesetting team and closing the discussion ('没什么好争的')",
  sender=XIE, to=[HUANG], subject="昨晚数字报延迟上线",
  body="""黄工:

昨晚数字报延迟两小时上线，原因我已经查清楚了:你们排版组导出的PDF没有按规范嵌入字体，转换服务才会一直重试。流程文档第3页写得清清楚楚，责任不在我们，这件事没什么好争的。今天的事故报告里我会如实写明是贵方操作问题。

谢磊"""),

C(expect=["argue"], lang="mixed",
  why="slang lecture to the gaming client: their config error, 'not our 锅', reminder of the kickoff rule",
  sender=KEVIN, to=[DUKAI], subject="昨天 event 页面 crash",
  body="""杜哥，

昨天 event 页面 crash 这个事我还是要说清楚: 是你们运营后台配的 reward id 填错了好吧，整个 json 里三个 id 都不存在，server 不 crash 才怪。不是我们的锅。下次 push 配置之前麻烦先在 staging 跑一遍，这个流程 kickoff 的时候就讲过了，还要我讲几遍 🙃

Kevin"""),

C(expect=["argue"], lang="en",
  why="accusatory, repetitive blame ('The runbook we've sent you twice...') demanding a correction",
  sender=RYAN, to=[MARCUS], subject="Saturday's login outage",
  body="""Marcus,

Saturday's outage: the login queue collapsed because your live-ops team launched the double-XP event two hours early, without the capacity warm-up that's in the runbook. The runbook we've sent you twice. The runbook your own lead signed off.

So no, this wasn't "our infrastructure failing under normal load", and I'd expect that line to come out of the incident summary your team posted for players today.

Ryan"""),

C(expect=["argue"], lang="zh",
  why="formal 公文 reprimand lecturing the client on professionalism ('望贵方自重'-type tone)",
  sender=FANG, to=[SUN], cc=[QIAN], subject="关于专题页需求反复变更的说明",
  body="""孙副总编:

近一个月来，贵方编辑部在未经书面确认的情况下，先后四次口头变更专题页需求，并在验收当日再次提出新的版式要求。对此，我方已在3月5日、3月19日周会上两次提示。此类做法既不符合双方约定的变更流程，也不是一个专业团队应有的工作方式，望贵方引以为戒，切勿再犯。

方国栋
项目经理"""),

# ============================ persuade =======================================================
C(expect=["persuade"], lang="zh",
  why="pressures the bank client to drop pay-per-view, threatens to pin the delay on her",
  sender=XIE, to=[WU], subject="研报付费阅读方案 本周定稿",
  body="""吴老师:

研报付费阅读的方案我们已经讲了三轮，说实话，除了我们推荐的“会员订阅+单篇试读”，其他几个方向都走不通，您就别再在按次付费上纠结了。周五是我们季度排期的截止日，过了这天只能排到下半年，到时候业务部门问起来，这个延期只能算在您这边。还是尽快按我们的方案签字吧。

谢磊"""),

C(expect=["persuade"], lang="en",
  why="uses the CTO's authority and a same-day deadline to shut down the client's legal concern",
  sender=RYAN, to=[DANIEL], subject="Re: revisiting the DRM vendor",
  body="""Daniel,

I hear you, but our CTO personally signed off on Vendor X after a six-week evaluation, and reopening it now would waste everyone's time. Legal will come round once they see the final contract. I need your sign-off on the vendor schedule by end of day today so we keep the integration slot; there's no point going back over this.

Ryan""",
  quote="""Ryan,

I'd like to revisit the DRM vendor decision. Our legal team has concerns about Vendor X's data residency in the EU.

Daniel""", quote_from=DANIEL, quote_style="outlook"),

C(expect=["persuade"], lang="mixed",
  why="slang hard sell: 'the only way', stop hesitating, design already started as a fait accompli",
  sender=TANG, to=[ZHAO], subject="hard paywall 就这么定了吧",
  body="""一帆哥，

hard paywall 真的是 the only way 啦，metered 那套早就过时了，现在头部媒体都在上硬墙，你们再观望就 out 了。别纠结了 just go with it，周三前回我个 yes 就行，反正设计那边已经按硬墙开工了哈～

糖糖"""),

C(expect=["persuade"], lang="zh",
  why="cost and liability pressure telling the client to abandon their own review workflow",
  sender=SONG, to=[LIANG], subject="电子书审校流程",
  body="""梁老师:

关于电子书内容审校，您提出想用编辑部自己的三审流程代替我们的机审加人审服务，我理解大家对质量的重视。但坦白讲，这条路行不通:自建流程至少要多出两个月，费用也要按定制开发重新报价，大约是现在的两倍，出了合规问题，责任也只能由贵部门自己承担。您还是放下这个想法，按我们的标准服务包走，请本周内确认。

宋婉清"""),

C(expect=["persuade"], lang="en",
  why="veteran's formal pressure: 'abandon it ... untenable ... I shall expect your confirmation'",
  sender=MARGARET, to=[AIKO], subject="Subtitle translation: managed service",
  body="""Dear Ms Mori,

Regarding your proposal to route all subtitle translation through your in-house vendor pool rather than our managed service: I would strongly urge you to abandon it. It is, frankly, untenable at the scale you describe, and I see no merit in prolonging the discussion. I shall expect your written confirmation by Wednesday that we proceed with the managed service as proposed.

Yours sincerely,
Margaret Hale
Senior Programme Manager"""),

# ============================ ramble =========================================================
C(expect=["ramble"], lang="zh",
  why="700-character slang chatter (concert, cat, TV drama, pilates); one deadline line buried mid-mail",
  sender=LU, to=[ZHAO], subject="周一好呀～",
  body="""一帆哥周一好呀～

周末过得怎么样?我跟你说，我这周末简直是特种兵行程。周六一大早五点就爬起来抢那个乐队的返场演唱会门票，结果手速不够，蹲了两个小时只抢到山顶位置，望远镜都看不清主唱的脸，但现场氛围真的绝了，全场大合唱的时候我直接破防哭成狗，旁边的小姐姐还递给我一包纸巾，人间有真情啊。

散场出来已经十一点多，地铁挤得像沙丁鱼罐头，我跟室友决定走去吃夜宵，结果那家烧烤店排队排到了马路对面，我们只好转战隔壁的螺蛳粉，辣到我第二天嘴唇都是肿的。

周日本来想躺平一整天，结果我家猫主子半夜吐了两次，吓得我早上八点就抱着它冲去宠物医院，挂号、抽血、拍片一条龙，最后医生说就是吃太快了，让我给它换个慢食碗，前前后后花了八百多，我真的会谢。回家路上顺手买了杯新出的桂花拿铁，味道一般般，不推荐。周日傍晚还陪我妈去逛了花市，她一口气买了六盆绣球，说要把阳台搞成小花园，结果搬回家的是我，胳膊到现在还酸着。她还说要给你们报社投稿写一篇阳台种花心得，我说您先把绣球养活再说。

下午终于窝在沙发上把那部古装剧补完了，结局意难平，男二就这么领了盒饭，编剧出来挨打。你上次推荐的那本悬疑小说我也看了一半，凶手我已经猜到了，先不剧透，等我看完跟你对答案。

对了，付费墙弹窗那几句文案，周三前需要你们编辑部定稿哦，不然赶不上下周发版。

还有还有，我最近开始练普拉提，第一节课下来腿抖得跟筛子一样，教练说坚持一个月就能看到变化，我先立个flag，看看能坚持几节。我们部门下个月团建可能去露营，我已经开始物色装备了，你们报社要是有人玩露营，可以帮我问问帐篷怎么选，预算不要太高。楼下新开了一家贝果店，开业第一天我就去打卡了，芝士蓝莓口味绝绝子，下次你来我们公司开会我请你。

就先唠这么多，祝你这周不加班!

晓萌"""),

C(expect=["ramble"], lang="en",
  why="430-word travel diary to the client; the one request (subtitle files by Thursday) is buried in the middle",
  sender=JAKE, to=[AIKO], subject="back from Kyoto!",
  body="""Hey Aiko,

Hope your week's off to a good start! I just got back from that long weekend in Kyoto I kept telling you about, and honestly I'm still processing it. We landed late Thursday, and the first thing my friend Sam made us do was hunt down a tiny ramen place near Demachiyanagi that apparently seats eight people. We queued for fifty minutes in the rain and it was absolutely worth it. The broth was so rich I didn't talk for a solid ten minutes, which anyone who knows me will tell you is a record.

Friday we rented bikes and rode the river path all the way up to the botanical garden. I thought I was in decent shape until a grandma on a shopping bike overtook us on the uphill bit, waved, and kept going. Sam still hasn't recovered emotionally. We ended the day in a basement record shop where the owner played us an entire side of a 1978 city pop album before he'd let us browse. I walked out with four LPs I have no room for and a tote bag I definitely didn't need.

Saturday was the baseball game, my first ever live NPB game. I did not expect the cheering sections to be that organised: trumpets, choreographed chants, the lot. I understood maybe five percent of what was happening, but I bought the towel and I waved it with full commitment. The beer vendors carrying kegs on their backs up and down those stairs deserve a medal, by the way.

Oh, before I forget, could you send over the final Japanese subtitle files for episodes 5 to 8 by Thursday?

Sunday was slower. We wandered around a flea market at a shrine and I found an old film camera for about the price of a coffee. No idea if it works yet. I've bought a roll of film and I'm going to find out this weekend. If the photos come out, you'll be the first to see them. If they don't, we will never speak of it again.

Also, my cat apparently held a grudge the entire time I was away. When I got home she sat with her back to me for an hour, which I'm pretty sure is the feline version of an angry voicemail. She has forgiven me now, mostly because I bought her a ridiculous fish-shaped toy at the airport, and she has been carrying it around the flat like a trophy ever since.

Anyway, I've got a whole list of places for next time, so if you have any favourite spots in Osaka or Nara, send them my way. I'm already plotting the return trip, and Sam has made me promise there will be less cycling uphill.

Talk soon!
Jake"""),

C(expect=["ramble"], lang="zh",
  why="veteran's 650-character reminiscence (old newsroom, calligraphy, fishing, tea); cut-over request buried in one line",
  sender=FANG, to=[QIAN], subject="春日小札",
  body="""钱主任:

见字如面。

前日在贵中心开完协调会，出门时恰逢春雨初歇，我沿着报社门前那条梧桐路走了一段，忽然想起三十年前初入行时，也是这样一个春天，我背着一台海鸥相机到县里跑新闻，骑一辆二八自行车，一天跑三个乡镇，晚上在招待所的灯下写稿，第二天一早搭班车把稿子送回编辑部。那时排版还用铅字，一个版面要拣几千个字模，老师傅们手上全是油墨，一篇稿子从采写到见报，少说也要两三天。如今贵中心的稿件从编辑到推送不过几分钟，真是恍如隔世。

说起这些，我近来闲时又把毛笔捡了起来，每天清晨临半小时《兰亭序》，写了大半年，自觉笔力仍然虚浮，尤其那个“之”字，二十多种写法，至今没有一个像样。内人笑我“老来学艺，贵在自娱”，倒也是实话。周末得空，我还常去城郊水库钓鱼，一坐便是一整天，收获多寡倒在其次，图的是那份清静。上周运气不错，钓上一条三斤多的鲤鱼，带回家炖了汤，小孙子喝了两大碗。

说来惭愧，年轻时在报社总觉得日子漫长，如今回头看，一晃已是半生。上个月几位老同事聚了一次，当年一起熬夜守版的六个人，如今两个已经退休回了老家，一个去南方带外孙，只有我还在这一行里打转。席间大家说起当年为一个标题吵到凌晨的往事，都笑出了眼泪。老马酒量不减当年，喝到最后还要给我们唱一段京剧，调子跑得厉害，却是一片真心。

另，CMS迁移的割接窗口，请贵方于下周一前确认。

前些日子重读了一本讲民国报业的旧书，书中提到当年几位报馆主笔为一篇社论彻夜争论，字斟句酌，这份对文字的敬畏，今天看来尤为难得。贵中心在新媒体转型之中仍坚持三审三校，想来也是这份传统的延续，令人钦佩。

春寒料峭，早晚温差大，还望钱主任多加保重。改日得闲，请到寒舍喝杯茶，我新得了一罐明前龙井，正好请您品鉴。

顺颂
春祺

方国栋"""),

# ============================ two labels ======================================================
C(expect=["refusal", "argue"], lang="zh",
  why="flat refusal of an anti-addiction whitelist plus a lecture telling ops to learn the basics first",
  sender=ZHOU, to=[DUKAI], subject="Re: 大R玩家防沉迷白名单",
  body="""杜经理:

同一个问题，这是第三次回复了。未成年人防沉迷的时长限制是监管规定，跟我们愿不愿意没关系，白名单不会开，任何账号都不会开。实名认证是成年人的账号本来就不受限，被踢下线说明系统认定他是未成年，这种最基础的规则，麻烦运营同事先弄明白了再来提需求，好吗?

周一鸣""",
  quote="""一鸣，能不能给几个大R玩家的账号开个防沉迷白名单?人家是老板，天天被踢下线很不爽，再这样要流失了。

杜凯""", quote_from=DUKAI, quote_style="gt_zh"),

C(expect=["persuade", "backchannel"], lang="zh",
  why="tells the client director to drop in-house recs and sign now, while mocking his engineer's demo",
  sender=XIE, to=[QIAN], subject="推荐算法方案",
  body="""钱主任:

推荐算法这块，我的意见很明确:用我们的成熟方案，不要再考虑自研了。您那边小黄搞的那个“按编辑打分排序”的demo我也看了，说句不好听的，就是大学生课程设计的水平，拿到生产环境就是个笑话。您就别让他再折腾了，下周一前把补充协议签了，我们马上进场。

谢磊"""),

C(expect=["ramble", "backchannel"], lang="zh",
  why="long chatty mail to the bank client (food, kids, baking) with gossip mocking her boss; the price-tier request is buried",
  sender=SONG, to=[WU], subject="好久没聊啦",
  body="""吴老师好!

好久没跟您好好聊天了。上周在你们行里开完会，我跟同事去楼下那家云南菜吃了饭，汽锅鸡真是名不虚传，菌子也新鲜，就是排队的人太多，我们等了快四十分钟，差点没赶上下午的会。下次您要去，记得提前订位。

最近天气忽冷忽热，我家小朋友又感冒了，连着请了三天假，我白天开会晚上陪床，整个人都是飘的。幸好婆婆过来帮忙，不然真撑不住。您上次推荐的那个儿童止咳糖浆挺管用，谢谢啦。

对了，八卦一下:你们那位张处长上周评审会上又把我们的原型当成PPT在翻，翻了十分钟才发现是可以点的，全场憋笑憋得好辛苦。听你们组小李说，他连手机银行都是让秘书帮着登录的，怪不得每次提的意见都跟我们的产品不在一个频道上。这样的领导来拍板投教频道，也是挺魔幻的。

投教视频付费专区的价格档位，麻烦您周五前帮忙确认一下。

周末我打算带孩子去植物园看郁金香，听说今年新引进了好几个品种，还有一片樱花林正在盛开。上次去还是两年前，那时候孩子刚会走路，一转眼都要上小学了，时间过得真快。您家孩子今年是不是要中考了?听说现在初三的作业量大得吓人，做家长的也跟着焦虑。

我最近还迷上了做面包，买了一台小烤箱，每周末烤一次，第一次烤出来的吐司硬得能砸核桃，第二次好一些，第三次终于有点样子了。等手艺再稳定一点，给你们组带几个尝尝。

上上周末我们全家还去了一趟郊区的采摘园，草莓已经熟了，孩子一进大棚就撒欢，摘一个吃一个，最后称重的时候，筐里的还没有他肚子里的多。回来路上堵了两个小时，车里放了一路儿歌，我现在闭上眼睛脑子里还在循环。您要是周末想带家人出去走走，那个采摘园我可以推荐，停车方便，农家菜也做得地道，就是周日人多，最好周六上午去。

就先聊到这，祝您周末愉快!

宋婉清"""),
]


NEGATIVES = [
# ===================== backchannel-like hard negatives =====================================
C(expect=[], lang="zh",
  why="constructive internal discussion of the deputy editor's anxiety, plan to meet her in person",
  sender=LU, to=[LIU, ZHENG], cc=[MAY], subject="孙副总编对首页改版的顾虑",
  body="""大刘、郑总:

今天跟孙副总编通了电话，能明显感觉到她对首页改版很焦虑。她最担心的是老读者找不到“本地新闻”栏目，改版后投诉会直接打到她那里。说实话这个担心挺合理的，我们之前的方案确实把本地栏目藏得有点深。

我的想法:
1. 明天下午我和阿May当面去一趟编辑部，带两个版本的原型给她看;
2. 上线后第一周保留“回到旧版”入口;
3. 本地栏目的点击数据每天同步给她。

大家看看有没有补充，今晚我把原型整理好。

晓萌"""),

C(expect=[], lang="zh",
  why="slang praise of the client's detailed feedback ('yyds'); colleague nicknamed 憨憨",
  sender=TANG, to=[HAN], cc=[MAY], subject="Fw: 第3集字幕时间轴问题清单",
  body="""憨憨!

快看下面思姐的反馈，真的绝了，逐条列了字幕时间轴的问题，每条都带时间码和截图，这专业度直接yyds，比我们自己的测试报告还细😭 向甲方学习(认真脸)。

你按她这个清单过一遍，周四前修完，修完我再跟她确认一轮。

糖""",
  quote="""糖糖你好，

第3集字幕有以下问题，麻烦看一下:
1. 00:12:41 台词提前约0.5秒出现;
2. 00:27:03 两行字幕重叠;
3. 00:41:15 人名“司徒”误译为“师徒”。
截图见附件，谢谢!

陈思""", quote_from=CHENSI, quote_style="foxmail"),

C(expect=[], lang="en",
  why="PM blames her own team for the subtitle drift and defends the client's push",
  sender=PRIYA, to=[TOM], subject="PT-BR drift is on us",
  body="""Tom,

Re the PT-BR subtitle drift: I went through the pipeline logs and this one's on us, not Sofia's team. We re-encoded episode 4 after the recap was trimmed and never re-ran the timing pass. That's a gap in our checklist, and I'm the one who signed off on it. Sofia was right to keep pushing.

Can we (1) re-time ep 4 today, (2) add a "timing re-run after any re-cut" step to the release checklist? I'll write to Sofia myself to own it.

Priya"""),

C(expect=[], lang="zh",
  why="venting about a third-party transcoding vendor, not the client; concrete next steps",
  sender=HE, to=[LIU], subject="转码云又挂了",
  body="""大刘:

那家转码云服务今天又挂了，这个月第三次，每次都是凌晨两点，工单回复永远是“已反馈研发”。这个供应商真的太坑了，当初选型就该多测两周，这点是我的失误。

目前客户那边还没感知，片库补转的任务我先切到备用集群跑。你明天帮我把切换脚本固化一下，顺便整理一份故障时间线，我周五拿去跟供应商谈SLA赔偿。

志远"""),

C(expect=[], lang="zh", ascii_punct=True,
  why="venting about rain and the metro (ASCII punctuation); client topic stated neutrally",
  sender=SONG, to=[LIU, HAN], subject="下午客户会我线上参加",
  body="""各位:

今天这雨下得我心态有点崩,三号线停运,我在西直门站困了四十分钟,打上车已经快十点了,下午的客户会我线上参加.

会前同步一下要点:钱主任那边想了解数字报CMS迁移进度,我们按计划4月20日割接,数据校验已完成98%,剩下的是2019年以前的图片附件.黄工需要配合提供旧服务器的只读账号,请大刘会上顺便确认一下.

辛苦大家,下午屏幕里见.

婉清"""),

C(expect=[], lang="en",
  why="the operator's harsh words ('useless', caps) are only in the quote; the reply apologises and gives facts",
  sender=PRIYA, to=[MARCUS], subject="Re: store down",
  body="""Hi Marcus,

You're right that we should have updated you much sooner, and I'm sorry we didn't. Here's where things stand:

- Root cause: the payment provider rotated a signing certificate at 03:10 UTC, and our store service rejected every callback after that.
- Fix: the new certificate went live at 09:05 UTC. Purchases are going through again and we're replaying the 1,842 pending transactions now.
- Players: no double charges. Anyone who paid without receiving items will get them automatically within the hour.

I'll send hourly updates until the replay finishes, and a full write-up tomorrow.

Priya""",
  quote="""Priya, this is a joke. Your team is useless. The store has been broken for six hours and nobody has told me anything. Sort it out NOW.

Marcus""", quote_from=MARCUS, quote_style="gt"),

C(expect=[], lang="zh",
  why="colleague affectionately nicknamed 老狗 (surname 苟); client ops mentioned neutrally",
  sender=ZHOU, to=[GOU], cc=[HAN], subject="周六全服压测",
  body="""老狗:

周六晚上的全服压测还得靠你，憨憨负责客户端脚本。杜凯他们运营也会在线盯数据，有情况会直接在群里喊。

压测目标:同时在线5万，登录排队不超过90秒。你重点看一下网关，上次就是它先顶不住的。

辛苦了，周日请你喝酒。

一鸣"""),

C(expect=[], lang="mixed",
  why="self-deprecating slang ('我真的会谢', clown emoji) aimed at the PM's own mistake",
  sender=KEVIN, to=[LUO], subject="staging/prod 的锅我背",
  body="""斌哥，

我真的会谢，我自己把 staging 的 config 当成 prod 改了，活动开关关了十分钟，破防了 🤡 这锅 100% 我的，已经 rollback，数据没丢。

今晚我补一份 post-mortem，顺便在发布 checklist 里加一条 "确认环境名"。我这眼神是真的需要配个 linter。

Kevin"""),

C(expect=[], lang="zh", trad=True,
  why="traditional-Chinese internal note taking the editor-in-chief's schedule worry seriously; in-person visit",
  sender=LAM, to=[ZHENG, MAY], subject="黃總編對上線時程的顧慮",
  body="""鄭總、阿May：

今天和黃總編通電話，他對電子報付費方案的上線時程非常焦慮，主要是擔心五月的訂戶續約季會受到影響。我覺得他的顧慮有道理，我們原本的時程確實壓得很緊。

我建議週四我們當面去一趟，帶著分階段上線的方案跟他說明:先上線訂閱頁面，續約提醒在五月第一週補上。阿May麻煩週三前把簡化版的頁面準備好。

嘉欣"""),

C(expect=[], lang="en",
  why="internal plan with the client deliberately in Cc; agrees the client's criticism is right",
  sender=JAKE, to=[TOM], cc=[DANIEL], subject="'Because you watched' diversity fix",
  body="""Tom,

Looping Daniel in on purpose so he can see how we're handling the point he raised on Tuesday: the "Because you watched" row keeps recommending the same three franchises. He's right, and the data backs him up. 61% of impressions in that row come from 4% of the catalogue.

Plan for this sprint:
1. Add a diversity penalty to the re-ranker (max two tiles per franchise per row).
2. A/B it against the current model on 10% of traffic for two weeks.
3. Share results with Daniel's team on 6 May.

Daniel, if a cap of two feels wrong for your catalogue, tell us and we'll adjust before the test starts.

Jake"""),

C(expect=[], lang="zh",
  why="the colleague's insult of the client is only in the quote; PM answers it constructively",
  sender=HE, to=[LIU], subject="Re: 专题页又改了",
  body="""大刘:

理解你的火气，这两周大家确实被来回改得很累。不过“别理她”我不太同意:她这次改的是专题页的署名规则，背后是报社新的版权管理要求，不是拍脑袋。

我的建议:明天我约她半小时，把这次改动和之前几次合并成一张正式变更单，评估完工作量再排期，省得大家零敲碎打地改。你这边专题页开发先暂停一天。

志远""",
  quote="""志远，孙副总编这是第几次改需求了?这人就是个奇葩，我们别理她了，按原方案上。

刘畅""", quote_from=LIU, quote_style="gt_zh"),

C(expect=[], lang="en",
  why="internal mail conceding the operator 'has a point'; his harsh words are only in the quote",
  sender=RYAN, to=[TOM, HAN], subject="Re: three hotfixes, three new bugs",
  body="""Team,

Marcus's note was sharp, but he has a point: we've shipped three hotfixes in a week and each one broke something new in the matchmaking queue. From the operator's side that looks like we don't test.

Before the next hotfix goes out I want a full regression on the matchmaking suite, QA sign-off in the ticket, and a 30-minute soak on staging under bot load. I'll call Marcus this afternoon to walk him through it and give him a date for the next build.

Ryan""",
  quote="""Ryan - three hotfixes, three new bugs. At this point I'm not sure your team runs tests at all.

Marcus""", quote_from=MARCUS, quote_style="outlook"),

C(expect=[], lang="zh",
  why="client slang anger (又双叒叕, 到底行不行) only in the Foxmail quote; PM owns the outage",
  sender=XIE, to=[DUKAI], cc=[LUO], subject="Re: 服务器又崩了",
  body="""杜经理:

非常抱歉给运营和玩家带来这么大的困扰，这次是我们的问题。目前情况如下:

1. 故障时间:今天14:02至14:37，原因是活动开启瞬间的登录洪峰超过了网关限流阈值;
2. 已处理:14:37扩容完成并恢复，网关阈值已从每秒8000调整到每秒20000；
3. 补偿:建议全服发放200钻石，公告草稿附后，请您确认措辞;
4. 后续:今晚22:00前提交完整故障报告。

今天下午我会一直在线，有任何情况直接打我电话。

谢磊""",
  quote="""服务器又双叒叕崩了??玩家都骂上热搜了，你们到底行不行，今天必须给我个说法!

杜凯""", quote_from=DUKAI, quote_style="foxmail"),

C(expect=[], lang="mixed",
  why="team banter about a birthday party; nobody on the client side is disparaged",
  sender=TANG, to=[MAY, HAN], subject="周五 surprise party 🎂",
  body="""家人们，

周五下班后给阿May搞个 surprise party 🎂 cake 我订好了，就是那家要排两小时队的，我今天差点在店门口原地去世。谁要是敢提前溜，我就在周报里 call out 你哈哈。

另外正事: Friday 10am 和思姐 review 推荐位 UI，记得带 dark mode 的 mockup，她上次特意问过。

糖"""),

# ===================== refusal-like hard negatives ==========================================
C(expect=[], lang="zh",
  why="公文 refusal with a real buffer: CR number, review date, reply deadline and an interim workaround",
  sender=FANG, to=[QIAN], subject="Re: 关于数字报增设单篇付费功能的函",
  body="""钱主任:

来函收悉，感谢贵中心对数字报付费模式的深入思考。

关于增设“单篇付费”功能一事，经项目组初步评估，该功能涉及支付对账、版权分成及用户权益等多个模块，暂不纳入本期建设范围。我方已将其登记为变更请求CR-2025-017，拟于4月25日双周变更评审会上专项评估，并于评审后三个工作日内向贵中心书面反馈工作量及排期建议。

在此之前，如贵中心有试点需要，可先通过现有“限时免费”配置，对个别精品稿件开展读者付费意愿测试，我方可提供数据支持。

特此函复。

方国栋
项目经理""",
  quote="""方经理:

我中心拟在数字报中增设“单篇付费”功能，读者可按篇购买，请贵方本月内上线。

新媒体中心 钱建国""", quote_from=QIAN, quote_style="outlook_zh"),

C(expect=[], lang="en",
  why="'hard no' for the date, followed by concrete alternative dates and an escalation offer",
  sender=JAKE, to=[DANIEL], subject="Re: full recommender rebuild by May 10?",
  body="""Hi Daniel,

Straight answer first: rebuilding the whole home-page recommender by May 10 is a hard no from me. Not because it's a bad idea, but because we'd be shipping an untested model to every user right before your biggest premiere.

What we can do:
- May 10: the new "Continue watching" logic and the diversity cap on "Because you watched", both already tested.
- June 7: the full re-ranker on 20% of traffic as an A/B test.
- Late June: roll out to everyone if the test holds.

If May 10 for the whole thing is non-negotiable on your side, let's get 20 minutes with your CPO and our CTO this week and look at what we'd have to drop to make it safe.

Jake""",
  quote="""Jake, can we have the full rebuilt recommender live by May 10? I'd love it in place for the premiere.

Daniel""", quote_from=DANIEL, quote_style="gt"),

C(expect=[], lang="zh",
  why="fee waiver beyond the PM's authority, escalated to the director with a reply date",
  sender=SONG, to=[SUN], cc=[ZHENG], subject="Re: 新增专题模板费用",
  body="""孙副总编您好:

您提到希望本次新增的五个专题模板不另行收费，我非常理解编辑部今年预算紧张。不过费用减免超出了我的审批权限，我已经把您的诉求和工作量明细一并提交给郑海峰总监，他会在本周四之前直接与您联系。

在此期间，模板的设计工作照常推进，不会耽误五一专题上线。

宋婉清""",
  quote="""宋经理，这次新增的五个专题模板，考虑到我们合作多年，能否不另外收费?编辑部今年预算很紧。

孙丽华""", quote_from=SUN, quote_style="gt_zh"),

C(expect=[], lang="zh",
  why="拒绝 as a technical term (CDN back-to-origin requests refused, 403); firm but polite facts and a fix",
  sender=HE, to=[HUANG], subject="App图片加载失败排查结果",
  body="""黄工:

排查结果同步一下:昨晚21点后App图片加载失败，原因是CDN回源请求被源站防火墙拒绝，日志里全是403。贵方运维当天下午新增了一条按IP段拦截的规则，把CDN回源节点也挡在了外面。

处理建议:把附件里的18个回源IP段加入白名单即可，我们这边已经验证过。加完请告诉我，我们刷新一次缓存，十分钟内就能恢复。

何志远"""),

C(expect=[], lang="en",
  why="'can't decode' is a device fact; two options offered and the client chooses",
  sender=PRIYA, to=[SOFIA], subject="Re: subtitles look washed out on older TVs",
  body="""Hi Sofia,

Good catch. The 2017-and-earlier smart TVs on your list can't decode HEVC Main 10, so the player drops them to the H.264 SDR rendition. That's why the colours, and the burned-in subtitle styling, look flatter there. It isn't a bug in the subtitle pipeline.

Two options:
1. Keep it as is (those devices are about 3% of your viewing hours).
2. We add a tone-mapped SDR subtitle style for the H.264 ladder: roughly three days of work, could ship with the 2 May release.

Let me know which you'd prefer, or if you'd like the device breakdown first.

Priya""",
  quote="""Hi Priya,

On some of our older TVs the subtitles and the whole picture look washed out. Is this a subtitle bug?

Sofia""", quote_from=SOFIA, quote_style="outlook"),

C(expect=[], lang="zh",
  why="softened 'not complete this release' with a phased alternative and a risk meeting offer",
  sender=LU, to=[ZHAO], subject="Re: 全站千人千面推荐",
  body="""一帆哥:

全站“千人千面”推荐这期确实做不完整，主要是用户画像的数据还没攒够，硬上的话效果可能还不如现在的编辑推荐。

我们的建议是分两步走:
- 本期(5月15日):先在“财经”和“体育”两个频道页上线个性化推荐，这两个频道登录用户最多，数据够用;
- 下期(6月底):根据频道页效果，再评估首页要不要切换。

如果领导那边一定要首页同步上，我们也可以约个会一起评估风险，你看哪种更合适～

晓萌""",
  quote="""晓萌，领导希望5月中旬全站都换成千人千面推荐，首页也要，能做吗?

赵一帆""", quote_from=ZHAO, quote_style="foxmail"),

C(expect=[], lang="zh", trad=True,
  why="traditional-Chinese buffered refusal: CR number, review date, reply date and a redeem-code workaround",
  sender=LAM, to=[HWANG], cc=[TSAI], subject="紙本訂戶開通數位版",
  body="""黃總編您好:

關於您希望在五月底前上線「紙本訂戶免費開通數位版」的功能，老實說以目前的排程，五月底完成會有困難，主要是需要與發行部的訂戶資料庫對接，資料格式還沒有確認。

我們已經把這項需求登記為變更單CR-118，下週三的評審會上會評估工作量，週五前給您書面回覆與可行的時程。如果五月的續約活動急需，我們也可以先用兌換碼的方式過渡，讓紙本訂戶自行開通，這個一週內就能完成。

林嘉欣"""),

C(expect=[], lang="mixed",
  why="'I'm not saying no' with an assessment date and a simpler interim feature",
  sender=KEVIN, to=[DUKAI], subject="Re: 跨服组队",
  body="""杜哥，

跨服组队这个 idea 我不是说 no，只是它牵涉 matchmaking 和数据同步两块，server 架构要动，我得先跟 backend assess 一下 effort。周四前给你一个初步评估，包括 timeline 和风险。

如果五一活动急着要，短期可以先开一个 "跨服排行榜" 过渡，技术上简单很多，你看看行不行。

Kevin""",
  quote="""Kevin，五一想上跨服组队，玩家呼声很高，你们能搞吗?

杜凯""", quote_from=DUKAI, quote_style="gt"),

C(expect=[], lang="en",
  why="veteran's formal decline for this release with two options, no-charge conversion, client chooses",
  sender=MARGARET, to=[SOFIA], cc=[AIKO], subject="Re: .stl files from the new vendor",
  body="""Dear Ms Lindqvist,

Thank you for your note. I am afraid we are not in a position to ingest the .stl files from your new vendor directly in the current release: our pipeline validates only SRT and TTML, and adding a third format now would put the 30 May delivery at risk.

There are, I think, two sensible routes, and I am content with either:

(a) we convert the .stl files to TTML on our side for the launch titles, at no charge, with a turnaround of two working days per batch; or
(b) we add native .stl support as a scoped change for the July release, with an estimate to you by 16 May.

Please let me know which you prefer, or whether you would rather discuss it on Thursday's call.

Yours sincerely,
Margaret Hale
Senior Programme Manager""",
  quote="""Hi Margaret,

Our new subtitle vendor delivers in EBU .stl. Can you take those files as they are for the launch titles?

Sofia""", quote_from=SOFIA, quote_style="outlook"),

C(expect=[], lang="zh", ascii_punct=True,
  why="refund beyond the PM's authority: finance ticket with a 48h window plus an immediate make-good; angry player only in quote",
  sender=ZHOU, to=[DUKAI], subject="Re: 648充值没到账",
  body="""杜哥:

收到.单笔退款我这边没有权限直接操作,已经提交了财务工单 #FIN-2291,附上了支付渠道的流水截图,财务承诺48小时内处理完毕.

另外查了一下,这笔订单是支付渠道回调超时导致的漏发,不是重复扣费.为了先安抚玩家,我们可以今天先把对应的钻石补发到账,退款流程照走.你看哪种处理对玩家更合适,定了告诉我.

一鸣""",
  quote="""一鸣，这个玩家说充值648没到账，已经在微博骂我们骗钱了，说再不退就去投诉，你们赶紧处理！

杜凯""", quote_from=DUKAI, quote_style="gt_zh"),

C(expect=[], lang="zh",
  why="young slang buffered reply: logged as REQ-342, evaluated Friday, answer by Friday evening",
  sender=TANG, to=[CHENSI], subject="Re: 弹幕按会员等级变色",
  body="""思姐～

这个想法好有意思!不过有点超纲了哈，涉及弹幕渲染和会员体系两边，我今天先记进需求池(编号REQ-342)，周五评估会上跟研发一起过一遍，周五下班前给你回话，能不能做、大概要多久都会写清楚～

糖糖""",
  quote="""糖糖，弹幕能不能按会员等级显示不同颜色?运营想拿来做会员权益宣传。

陈思""", quote_from=CHENSI, quote_style="foxmail"),

C(expect=[], lang="en",
  why="'won't be charging' / 'won't need' in another sense: good news for the client",
  sender=RYAN, to=[MARCUS], subject="Leaderboard tie-break fix",
  body="""Hi Marcus,

Quick one on the leaderboard fix: the tie-break bug was ours, so we won't be charging for this fix; it's covered by the warranty period. We also won't need any downtime. It goes out with Tuesday's rolling deploy.

Nothing needed on your side except keeping an eye on the top-100 board after 10:00 UTC Tuesday and telling us if anything looks off.

Ryan"""),

C(expect=[], lang="zh",
  why="理论上不可能 as a technical fact (idempotent payments); PM admits the SMS wording misled users; angry complaint only in quote",
  sender=XIE, to=[WU], subject="Re: 研报订阅重复扣费投诉",
  body="""吴老师:

收到，我们上午已经逐笔查了这位客户的订单。结论是:支付系统对同一订单号做了幂等校验，同一笔订阅理论上不可能被扣两次;客户看到的两条记录，一条是3月1日的月度订阅，一条是4月1日的自动续费，金额相同、日期不同。

不过我们的短信只写了“扣费成功”，没写订阅周期，确实容易让人误会，这是我们考虑不周。下个版本会把续费短信改成“X月订阅续费”，并提前三天提醒。

客户如需取消自动续费，我们可以协助办理退款，流程附后，烦请转给客服同事。

谢磊""",
  quote="""谢经理，有客户投诉研报订阅被扣了两次钱，已经打到我们行长热线了，到底怎么回事?今天必须查清楚!

吴敏""", quote_from=WU, quote_style="outlook_zh"),

C(expect=[], lang="mixed",
  why="'No-Go' is a release-gate decision about our own build, agreed with the client",
  sender=KEVIN, to=[HAN, LUO, GOU], cc=[DUKAI], subject="1.9 Go/No-Go 结论",
  body="""各位，

今天 Go/No-Go 会议的结论: No-Go，1.9 版本推迟到下周二发布。

原因: iOS 端 IAP 回调在 sandbox 还有 2 个 P1 bug 没关，风险太大。杜哥那边已经同意，活动上线时间同步后移，公告他们今晚发。

Next steps: 韩涵周日前完成 regression，周一下午再开一次 Go/No-Go。

Kevin"""),

# ===================== other hard negatives =================================================
C(expect=[], lang="zh",
  why="long (600+ chars) weekly report that stays on the CMS migration",
  sender=HE, to=[QIAN], cc=[HUANG, LIANG], subject="数字报CMS迁移项目第6周周报",
  body="""钱主任您好:

以下是数字报CMS迁移项目第6周(4月7日至4月11日)的周报，请审阅。

一、本周进展
1. 数据迁移:2015至2024年稿件共计186万篇已全部导入新库，字段校验通过率99.6%。未通过的约7400篇主要是早期稿件缺少栏目编码，已生成清单，需编辑部协助确认归属栏目。
2. 图片附件:2019年以后的图片已完成迁移;2019年以前约42万张存储在旧NAS上，读取速度较慢，预计下周三完成。
3. 编辑工作台:排版预览、定时发布、多端同步三项功能已在测试环境上线，梁晨老师等五位编辑试用两天，共反馈问题11条，其中9条已修复，剩余2条(稿件锁定提示不明显、撤回后版本号未回退)计划下周二修复。
4. 权限体系:按编辑部提供的组织架构配置了38个角色，待黄工确认后导入生产环境。

二、下周计划
1. 完成旧图片迁移及抽样比对(抽样比例5%);
2. 组织第二轮编辑试用，范围扩大到全部值班编辑;
3. 4月18日前输出割接方案初稿，包含回退预案。

三、风险与需要协助的事项
1. 7400篇稿件的栏目归属需编辑部在4月16日前反馈，否则会影响割接日期;
2. 割接窗口初定4月26日(周六)凌晨0点至6点，期间App和网站只读，需贵中心提前发布读者公告;
3. 旧服务器的只读账号需黄工本周内开通。

四、其他
1. 编辑工作台操作手册初稿已完成，共32页，包含截图和常见问题，附件供编辑部提前熟悉;
2. 割接当晚我方安排6名工程师现场值守，贵方需安排1名值班编辑和1名运维同事配合验证;
3. 新系统上线后的第一个月为重点保障期，我方提供7×24小时响应，问题分级和响应时限见附件《保障方案》。

如对以上内容有疑问，欢迎随时沟通，下周一例会上我们再详细汇报。

何志远
项目经理"""),

C(expect=[], lang="zh",
  why="long focused root-cause analysis of paywall lock-outs; 拒绝访问 as a technical term; takes the blame",
  sender=XIE, to=[ZHAO], cc=[HUANG], subject="4月9日付费用户误判问题根因分析",
  body="""一帆:

关于4月9日部分付费用户被误判为“未订阅”、无法阅读付费文章的问题，根因分析如下，请查阅。

一、影响范围
4月9日08:12至10:47，约3.1万名付费用户在App端打开付费文章时看到了订阅引导页，网页端不受影响。期间共收到用户投诉216条。

二、根本原因
1. 当天早上7点我们发布了会员服务2.4版本，把订阅状态缓存的有效期从24小时改为1小时，目的是让退订更快生效。
2. 缓存集中过期后，App批量向会员服务查询订阅状态。8点早高峰的查询量比平时高出约12倍，会员服务的数据库连接池被占满，部分查询超时。
3. App端对超时的处理是“默认未订阅”，直接拒绝访问。这是早期的设计缺陷:无法确认状态时，应当沿用上一次的结果。
4. 发布前的压测只模拟了平峰流量，没有覆盖早高峰缓存集中过期的场景。

三、处理过程
08:20监控出现会员服务超时告警，值班同事最初判断为网络抖动，没有升级处理，这是我们响应上的失误;09:15客服反馈投诉量激增，值班经理拉起故障群;09:40排除了CDN和支付渠道的问题;10:05定位到连接池被占满;10:30回滚缓存配置;10:47订阅状态查询恢复正常，全部用户可以正常阅读。

四、改进措施
1. App端超时逻辑改为沿用上次订阅状态，4月16日随热更新发布;
2. 缓存过期时间加入随机抖动，避免集中过期;
3. 会员服务连接池扩容，并增加熔断保护;
4. 压测用例补充早高峰场景，纳入发布检查清单。

五、用户补偿
建议为受影响用户每人延长7天会员，名单已导出，贵方确认后即可执行。另外，我们会在App公告和付费文章页顶部挂出情况说明，措辞草稿附后，请编辑部把关。

这次事故是我们的问题，给编辑部和读者添了麻烦，抱歉。

谢磊"""),

C(expect=[], lang="en",
  why="long (400+ words) UAT plan that stays on the subtitle release",
  sender=PRIYA, to=[SOFIA], cc=[AIKO, TOM], subject="Subtitle pipeline UAT plan (go-live 30 May)",
  body="""Hi Sofia,

Ahead of the subtitle pipeline go-live on 30 May, here's the proposed UAT plan. Please shout if anything doesn't fit your team's calendar.

Scope
UAT covers the three changes in this release: (1) the new TTML ingest path, (2) automatic re-timing after a re-cut, and (3) the forced-narrative track for foreign-language scenes. The player UI and the recommendation rows are out of scope; they're unchanged in this release.

Schedule
- 12-14 May: environment ready. We load 40 titles into staging, 25 series episodes and 15 films, chosen by your team from the launch slate.
- 15-21 May: UAT round 1. Your reviewers check subtitles on the four reference devices (iOS, Android, a 2021 smart TV, web).
- 22-23 May: we fix round-1 defects.
- 26-27 May: UAT round 2, a regression on the same 40 titles plus anything that failed in round 1.
- 28 May: go/no-go call.

Test cases
We've drafted 64 cases; the spreadsheet is attached. The ones that matter most to you are probably:
- timing drift: no line more than 100 ms off after a re-cut;
- line breaks: at most 42 characters per line for Latin scripts and 16 for Japanese;
- forced narratives: shown even when subtitles are switched off;
- character sets: Portuguese, Swedish and Japanese glyphs render correctly on all four devices.

Defect handling
Reviewers log defects in the shared tracker with the title, timecode, device and a screenshot. We triage twice a day (10:00 and 16:00 CET). Severity 1 (wrong language, missing track, unreadable text) gets a fix within one working day; severity 2 (timing more than 100 ms off, bad line breaks) within two; severity 3 (cosmetic) goes into the backlog unless you tell us it's a blocker.

Exit criteria
We'd propose: zero open severity-1 defects, no more than five open severity-2 defects with agreed workarounds, and sign-off from you, and from Aiko for the Japanese titles.

Communication
We'll send a short status note at the end of each UAT day: defects opened, fixed and still open, by severity. Anything that threatens the go-live date goes to you and Daniel the same day, with options, rather than waiting for the daily note.

What we need from your side
- The list of 40 titles by 9 May.
- Four reviewers for about three hours a day during each round.
- Access for our QA lead to your reviewers' channel, so questions get answered quickly.

If these dates clash with the festival deliveries you mentioned, we can shift round 1 by up to three days without moving go-live. Happy to walk through all of this on Thursday's call.

Best,
Priya"""),

C(expect=[], lang="zh",
  why="risky motto and a refusing disclaimer only in the signature; the body is a plain delivery note",
  sender=SONG, to=[LIANG], subject="电子书样章排版稿",
  body="""梁老师您好:

《城市记忆》电子书的三章样章排版稿已上传到共享目录，包含EPUB和PDF两个版本。这次按您上周的意见调整了脚注样式，并把图片说明统一改成了楷体。

请您和编辑部同事在周四前审阅，有修改意见直接在PDF上批注即可，我们收到后两个工作日内返回修改稿。

谢谢!

--
宋婉清 | 项目经理
座右铭:没有不可能的需求，只有不够用的排期。
本邮件仅供指定收件人使用，如误收请立即删除，不得转发;对因误传产生的任何后果，发件方概不接受任何责任。"""),

C(expect=[], lang="mixed",
  why="recommends option A from experience but leaves the decision explicitly to the client",
  sender=SONG, to=[CHENSI], subject="推荐系统 cold start 方案",
  body="""陈总监您好，

关于推荐系统的 cold start，我们整理了两个 option:

Option A: 基于 editorial picks 做冷启动，成本低，两周上线，但个性化程度有限;
Option B: 接入第三方 user embedding 服务，效果更好，但要多四周，而且涉及数据出境评估。

按我们的经验，会倾向 A 先上、B 作为二期，不过这主要取决于你们对上线时间和数据合规的考量，最终由您来定。需要的话，周三我们可以把两个方案的 A/B test 设计也一起讲一下。

宋婉清"""),

C(expect=[], lang="zh",
  why="firm-but-polite contract facts (acceptance period overrun) with a proposed extension memo",
  sender=FANG, to=[SUN], subject="Re: 验收时间能否再延两周",
  body="""孙副总编:

您好。根据双方合同第5.2条，系统交付后的验收期为10个工作日。本项目于3月28日交付，截至今日已是第12个工作日。

考虑到编辑部近期正值两会报道高峰，我们理解验收工作难以按时推进。为稳妥起见，建议双方以补充备忘录的形式将验收截止日顺延至4月30日，备忘录草稿见附件，请您审阅。在此期间，我方驻场工程师继续保留，配合贵方测试。

如有不同意见，欢迎随时来电沟通。

方国栋
项目经理""",
  quote="""方经理，两会期间编辑部实在抽不出人，验收能不能再延两周?

孙丽华""", quote_from=SUN, quote_style="gt_zh"),

C(expect=[], lang="zh", ascii_punct=True,
  why="必须 in a technical sense (client app must restart, API must carry a header); ASCII punctuation",
  sender=LU, to=[HUANG], subject="付费墙SDK 3.2 升级说明",
  body="""黄工好~

付费墙SDK 3.2已经发到测试环境啦,升级注意事项:

1. 客户端必须重启才能加载新配置,这次热更新不生效;
2. 接口必须带上新的签名头 X-Paywall-Sign,否则会返回401;
3. 老版本SDK接口兼容到6月30日,之后下线.

升级文档和示例代码都在附件里,有问题随时喊我~

晓萌"""),

C(expect=[], lang="mixed",
  why="'As I said on Tuesday's call' is follow-through delivering promised data",
  sender=ZHOU, to=[DUKAI], subject="Re: 上周活动 retention 数据",
  body="""杜哥，

As I said on Tuesday's call，我会把上周活动的 retention 数据整理好发你，here it is:

- D1 retention: 42% (活动前 38%)
- D7 retention: 19% (活动前 17%)
- 回流玩家占比: 11%

整体看活动是有效果的，详细 dashboard 链接在下面。下周复盘会我们可以一起看 cohort 分布。

一鸣""",
  quote="""一鸣，上次说的活动留存数据啥时候能给?老板要看。

杜凯""", quote_from=DUKAI, quote_style="foxmail"),

C(expect=[], lang="zh",
  why="'并不是你们的问题': the PM takes the blame for a mis-sent push notification",
  sender=HE, to=[CHENSI], subject="昨晚会员到期推送误发说明",
  body="""陈总监您好:

昨晚22点的会员到期推送误发给了全部用户。这次并不是你们运营配置的问题，是我们推送服务在灰度时把用户分组条件写反了，责任完全在我们。

已完成:23:10撤回未送达的推送;今天上午向收到推送的约41万用户补发了致歉说明。
改进:推送服务增加“目标人数超过阈值需二次确认”的保护，本周五上线。

给您和团队添麻烦了，非常抱歉。

何志远"""),

C(expect=[], lang="mixed",
  why="firm ban policy stated politely, with the appeal route, evidence review date and contact",
  sender=KEVIN, to=[DUKAI], cc=[MARCUS], subject="主播账号封禁 appeal 流程",
  body="""杜哥，

关于那位主播账号被 anti-cheat 封禁的事，我理解你们这边压力很大，他的粉丝今天一直在刷评论。

按现有的 ban policy，自动封禁我们这边不能直接手动解除，但有正式的 appeal 流程: 我已经帮他提交了申诉，ticket 号 AC-7731，安全团队会在周五前复核录像和客户端日志。如果复核确认是误封，当天解封并补偿赛季积分。

复核期间有任何新证据，比如他的直播录屏，直接转给我，我帮你加到 ticket 里。

Kevin"""),

C(expect=[], lang="zh",
  why="long (600+ chars) change-impact analysis of a CDN switch, decision left to the bank client",
  sender=FANG, to=[WU], cc=[ZHANGC], subject="投教视频平台CDN切换影响分析",
  body="""吴敏女士:

您好。关于贵行投教视频平台拟于5月将视频分发由现有CDN服务商切换至新服务商一事，我方已完成变更影响分析，现将主要结论报告如下，供贵部决策参考。

一、涉及范围
本次切换涉及点播视频约1.2万条、直播频道2个，以及研报付费专区中的视频附件。手机银行App内嵌播放器、网银播放页和微信小程序三个入口均受影响。

二、对现有功能的影响
1. 播放地址:全部视频地址的域名将变更，App需发版更新配置;老版本App在切换后将无法播放，预计影响用户约4%。
2. 防盗链:新服务商的鉴权签名算法与现有方案不同，付费视频的鉴权服务需相应改造，工作量约5人日。
3. 数据统计:播放量、完播率等指标的统计口径会有细微差异，切换当月的报表建议双轨对比。
4. 直播:新服务商的推流延迟略高(约2秒)，对投教直播的互动答疑影响不大。
5. 字幕与章节:投教视频的外挂字幕和章节标记文件随视频一并迁移，格式无需调整，但切换后需抽检。

三、风险
1. 如切换与App发版不同步，老用户会出现无法播放的情况，建议保留旧CDN至少一个月作为回源兜底;
2. 付费视频鉴权改造需经贵行安全部门评审，评审周期通常为两周，宜尽早排期。

四、建议方案
我方建议分三步实施:5月上旬完成鉴权改造和安全评审;5月中旬先切换点播视频，观察一周;5月底再切换直播频道。整体费用在原合同运维范围内，无需追加预算。

五、需要贵部确认的事项
1. 是否同意保留旧CDN一个月作为兜底;
2. App发版窗口能否与5月中旬的点播切换对齐;
3. 贵行安全部门评审的对接人及评审时间。
我方将在收到确认后三个工作日内提交详细实施计划。

以上分析仅供参考，最终方案请贵部结合业务安排决定。如需当面汇报，我方可随时安排。

方国栋
项目经理"""),

C(expect=[], lang="zh",
  why="'几乎是个不可能的任务' as praise of the client's ops team after a successful season",
  sender=ZHOU, to=[DUKAI], cc=[LUO, GOU], subject="春节赛季收官数据",
  body="""杜哥:

春节赛季顺利收官，跟你汇报一下最终数据:赛季期间峰值在线8.3万，零宕机，充值链路成功率99.97%。

说实话，一月份你们提出“三周内上新赛季加新排行榜”的时候，我心里觉得这几乎是个不可能的任务，最后能按时上线，离不开你们运营团队每天陪我们熬到半夜对数值。

下周二的复盘会我们会准备一份完整报告，也想听听你们对下个赛季节奏的建议。

一鸣"""),
]

CASES = POSITIVES + NEGATIVES
random.Random(3939).shuffle(CASES)
