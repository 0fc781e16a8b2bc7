# heldout54 -- blind test set of PM email drafts (film / TV / music production domain).
# Written by an independent helper. TEST SET: never train or tune on it.
# All text is synthetic and was written for this set.
import random

# ---- people -------------------------------------------------------------
# our side (post-production / music-rights house)
ZHOU = "周蔓 <zhou.man@ourteam.example.com>"            # 制片总监, senior, calm
CHEN = "陈一鸣 <chen.yiming@ourteam.example.com>"       # 交付经理, stressed
LIN = "林晓棠 <lin.xiaotang@ourteam.example.com>"       # 项目协调, junior, chirpy
ZHAO = "赵拓 <zhao.tuo@ourteam.example.com>"            # 执行制片, blunt
XU = "许嘉禾 <xu.jiahe@ourteam.example.com>"            # 音乐版权经理
GUO = "郭晨 <guo.chen@ourteam.example.com>"             # VFX 制片
HE = "何思远 <he.siyuan@ourteam.example.com>"           # DI 项目经理
SONG = "宋雯 <song.wen@ourteam.example.com>"            # 本地化/字幕 PM
HUANG = "黃柏翰 <huang.bohan@ourteam.example.com>"      # 港台项目 PM (traditional)
TSAI = "蔡宜芳 <tsai.yifang@ourteam.example.com>"       # 港台项目 PM (traditional)
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"   # post producer
TOM = "Tom Becker <tom.becker@ourteam.example.com>"     # music/post coordinator
HANNAH = "Hannah Liu <hannah.liu@ourteam.example.com>"  # music & rights coordinator
MARCUS = "Marcus Reid <marcus.reid@ourteam.example.com>"  # senior colourist
OLIVIA = "Olivia Grant <olivia.grant@ourteam.example.com>"  # managing director
MENG = "孟凡 <meng.fan@ourteam.example.com>"            # 剪辑 小孟
WEI = "韦杰 <wei.jie@ourteam.example.com>"              # 调色师 阿杰
WU = "吴国栋 <wu.guodong@ourteam.example.com>"          # 混音师 老吴

# clients
SUN = "孙蕾 <sun.lei@client-a.example.cn>"              # A平台 内容交付负责人
DU = "杜建平 <du.jianping@client-a.example.cn>"         # A平台 版权中心总监
ZOU = "邹明轩 <zou.mingxuan@client-a.example.cn>"       # A平台 技术QC
RACHEL = "Rachel Adams <rachel.adams@client-b.example.com>"   # studio VP post
KEVIN = "Kevin O'Brien <kevin.obrien@client-b.example.com>"   # delivery coordinator
SANDRA = "Sandra Wu <sandra.wu@client-b.example.com>"         # music clearance
CHAN = "陳家豪 <chan.kahou@client-b.example.com>"       # studio exec (HK)
HAN = "韩志刚 <han.zhigang@bank-c.example.cn>"          # C行 品牌部处长
LIUQ = "刘倩 <liu.qian@bank-c.example.cn>"              # C行 市场部

CASES = []

# =========================================================================
# POSITIVES
# =========================================================================

# ---------------- argue ----------------
CASES += [
dict(
    expect=["argue"], lang="zh",
    why="argue: lectures the client that the loudness failure is their own transcode, '别一有红灯就往后期身上甩'",
    sender=CHEN, to=[SUN], cc=[],
    subject="Re: 《长夜将明》第7集IMF包QC未通过",
    body="""孙老师:

响度的事我再说一遍。第7集我们出的是-24 LKFS,完全按贵平台《交付技术规范V3.2》第4.2节做的。-19.8这个数是你们自己那边转码之后测出来的,不是我们的母版。

规范是贵司发的,QC系统是贵司的,转码也是贵司做的,出了问题第一反应却是让后期重出,这个逻辑我确实理解不了。麻烦贵司先把自家的转码链路过一遍,别一有红灯就往后期身上甩。

母版的测量报告附上,自己看吧。

陈一鸣""",
    quote="""陈老师好,

昨晚提交的第7集IMF包平台自动QC没有通过,报告显示响度超标(-19.8 LKFS)。麻烦今天内重新出一版,谢谢。

孙蕾""",
    quote_from=SUN, quote_style="outlook_zh", trad=False,
),
dict(
    expect=["argue"], lang="en",
    why="argue: sarcastic blame-back over 'sloppy' conform ('The conform isn't sloppy. The turnover was.'); still offers to quote the work, so no refusal",
    sender=TOM, to=[KEVIN], cc=[],
    subject="Re: Conform notes - \"Harbour Lights\" reel 4",
    body="""Kevin,

Let's be precise about "sloppy".

We conformed reel 4 from the EDL your editorial team sent on the 3rd, the one attached to the lock sheet Rachel signed. All fourteen shots on your list were changed in your offline after that date. Our conform matches that EDL frame for frame. I checked every one myself.

So no, the conform isn't sloppy. The turnover was. I'd appreciate it if that word stopped being used about my team when the paper trail says the exact opposite.

Send the new EDL and I'll tell you what it costs and when it'll be done.

Tom""",
    quote="""Tom, the reel 4 conform has a bunch of issues - 14 shots don't match the offline. Honestly it looks a bit sloppy. Can you get it fixed by Thursday?

Kevin""",
    quote_from=KEVIN, quote_style="gt", trad=False,
),
dict(
    expect=["argue"], lang="zh",
    why="argue (traditional): rhetorical jabs '混音師不是算命的', doubts the client ever listened",
    sender=HUANG, to=[CHAN], cc=[],
    subject="回覆:《南灣》對白電平第三輪意見",
    body="""陳生:

第三版了。每一版你們的意見都是「差一點」,可是從來沒有人說清楚差在哪裡、哪一場、哪一句。我們的混音師不是算命的。

老實說,我很懷疑你們有沒有真的坐下來完整聽過一遍。上一輪你們說「聽不清」的那三場,對白電平其實比規範還高了2dB。

這次請把具體時間碼列出來。沒有時間碼的意見,就別再丟過來讓我們猜了。

黃柏翰""",
    quote="""柏翰:

第三版混音聽過了,對白還是差一點,感覺不夠清楚。麻煩再調一版。

陳家豪""",
    quote_from=CHAN, quote_style="gt_zh", trad=True,
),
dict(
    expect=["argue"], lang="mixed",
    why="argue: condescending lecture on sync rights ('别拿我们当培训机构', bolded old mail)",
    sender=XU, to=[DU], cc=[],
    subject="OST sync license 范围",
    body="""杜总,

关于 OST 的 sync license, 我在 kickoff、第二次周会、还有 4/12 的邮件里都讲过了: 平台独播权 != 音乐全球 sync 权. 这是音乐版权最基础的概念, 行业里做满两年的 coordinator 都知道.

现在贵司法务回过头来问"为什么海外版要另付授权费", 说实话我有点无力. 我们不是在多收钱, 是在替你们挡侵权风险. 如果贵司内部连这个都还没对齐, 那请先内部对齐, 别拿我们当培训机构.

附件是 4/12 那封邮件, 第二段, 我加粗了.

许嘉禾
Music Rights""",
    quote=None, trad=False,
),
dict(
    expect=["argue"], lang="zh",
    why="argue: passive-aggressive '温馨提示', '这一次是真的想好了吧?', demands everything in writing",
    sender=HE, to=[HAN], cc=[],
    subject="C行品牌片第二轮修改意见",
    body="""韩处您好:

第二轮意见收到了,谢谢。

温馨提示一下:这次意见里的第3、第7、第11条,恰好就是第一轮您亲自要求删掉的内容,原话我都还留着。我们当然可以照改,只是想确认一下,这一次是真的想好了吧?

另外,为了避免以后再出现“我没这么说过”的情况,后续所有修改意见烦请一次性、书面、盖章给全。我们团队的时间也是时间,来回折腾三轮,成本摆在那里,谁脸上都不好看。

感谢配合哈。

何思远
DI项目经理""",
    quote=None, trad=False,
),
dict(
    expect=["argue"], lang="en",
    why="argue: 'for the record' recap that assigns blame point by point and jabs at people who don't read email",
    sender=PRIYA, to=[RACHEL], cc=[KEVIN],
    subject="Call recap - VFX overage, \"Tidewater\"",
    body="""Rachel,

Recap of today's call, in writing, since recollections seem to drift between calls:

1. The VFX overage (USD 186k) exists because your team added 42 shots after turnover. Not because of our bidding, and not because of "vendor inefficiency".
2. We flagged the risk in writing on 12 March, 26 March and 9 April. Nobody on your side replied to any of those.
3. Your CFO's note calling our invoice a "surprise" is not something I'm prepared to let stand. It's only a surprise to someone who hasn't opened three emails.

Going forward I'd ask that these conversations start from the documents rather than from memory. Updated cost report attached.

Priya Nair
Post Producer""",
    quote=None, trad=False,
),
dict(
    expect=["argue"], lang="zh",
    why="argue: scolds QC for reporting an intended transition again ('有谁打开过吗?'); offers an alternative shot, so not a refusal",
    sender=GUO, to=[ZOU], cc=[],
    subject="Re: 第3集 14:05:12 闪帧问题",
    body="""邹工:

14:05:12那两帧白,是导演设计的转场,分镜和导演阐述第6页都写着。这已经是你们QC第五次把这个镜头当bug报上来了。

我就想问一句:每次提交我们都把导演阐述放在包里,你们那边有谁打开过吗?QC要是只看波形不看片,那还要导演阐述干什么?

麻烦在QC系统里把这个时间码标成“创作意图”,省得下回再报。如果平台确实认为必须改,我们可以出一版替换镜头给导演确认。

郭晨""",
    quote="""郭老师:

第3集14:05:12处有两帧闪白,QC判定为画面缺陷,请修复后重新提交。

邹明轩""",
    quote_from=ZOU, quote_style="foxmail", trad=False,
),
]

# ---------------- refusal ----------------
CASES += [
dict(
    expect=["refusal"], lang="zh",
    why="refusal: curt two-line no to the Cantonese subtitle track, no buffer or alternative",
    sender=CHEN, to=[SUN], cc=[],
    subject="Re: 第1-12集增加粤语字幕轨",
    body="""孙老师:

粤语轨周五不会有。交付清单里没有这一项,周五照原清单交。

陈一鸣""",
    quote="""陈老师,运营那边临时想上粤语字幕,能不能周五随正片一起交?字幕稿我们这边可以提供。

孙蕾""",
    quote_from=SUN, quote_style="gt_zh", trad=False,
),
dict(
    expect=["refusal"], lang="en",
    why="refusal: bureaucratic 'will not be actioned ... final', no alternative or review",
    sender=HANNAH, to=[SANDRA], cc=[],
    subject="RE: Replacement of cue 2M14",
    body="""Dear Sandra,

Further to your email of 4 June regarding cue 2M14.

Please be advised that replacement of this cue falls outside the agreed music deliverables and will not be actioned. The cue sheet as submitted on 28 May is final.

Kind regards,
Hannah Liu
Music & Rights Coordinator""",
    quote="""Hi Hannah,

The director has fallen for a different track for 2M14 (the rooftop scene). Can we swap it in? Happy to help chase the clearance on our side.

Thanks,
Sandra""",
    quote_from=SANDRA, quote_style="outlook", trad=False,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal wrapped in a chirpy mail: vertical cut '这次咱们就不出了哈', only a reason, no alternative",
    sender=LIN, to=[LIUQ], cc=[],
    subject="宣传片竖版的事~",
    body="""刘老师好呀~

昨天说的竖屏版,我回来跟导演、剪辑都聊过啦!竖版这次咱们就不出了哈,素材全是横构图拍的,硬裁出来人脸都得切掉半边,不好看的~

其他一切顺利!调色周二开始,音乐小样也在做了,出来第一时间发您听~

周三见面的时候再聊别的哦!

晓棠""",
    quote=None, trad=False,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal slipped into a meeting recap: '后期不承接,此项关闭'",
    sender=ZHAO, to=[DU, SUN], cc=[],
    subject="会议纪要|《长夜将明》后期周会 5月14日",
    body="""杜总、孙老师:

今天周会纪要如下,请查收。

1. 第8-10集调色已完成,明天发审看链接。
2. 片头动画第二版平台已确认,锁定。
3. 平台提出的“每集片尾加一段幕后彩蛋”:后期不承接,此项关闭。
4. 第11、12集声音预混下周一开始,5月24日前出终混。
5. 下次周会5月21日,同一时间。

如有遗漏请补充。

赵拓
执行制片""",
    quote=None, trad=False,
),
dict(
    expect=["refusal"], lang="mixed",
    why="refusal: 'not happening ... 不再讨论' on separate HDR/SDR grades",
    sender=HE, to=[KEVIN], cc=[],
    subject="HDR / SDR separate grade",
    body="""Hi Kevin,

关于你说的 HDR 和 SDR 两版完全分开调色 - not happening. 我们只出 HDR master + SDR trim pass, 这个已经是 final, 不再讨论.

Thanks,
Siyuan""",
    quote=None, trad=False,
),
dict(
    expect=["refusal"], lang="zh",
    why="refusal (traditional): '三十秒版本我們這邊不剪', contract cited, nothing offered",
    sender=TSAI, to=[CHAN], cc=[],
    subject="回覆:預告片30秒版本",
    body="""陳先生:

三十秒版本我們這邊不剪。合約寫明預告片兩支,就是已經交的那兩支。

蔡宜芳""",
    quote="""宜芳:

市場部想加一支30秒的預告版本給社交平台用,你們可以剪嗎?

陳家豪""",
    quote_from=CHAN, quote_style="outlook_zh", trad=True,
),
dict(
    expect=["refusal"], lang="en",
    why="refusal: 'nope. Nobody is coming in', flat",
    sender=MARCUS, to=[RACHEL], cc=[],
    subject="Re: Weekend QC turnaround?",
    body="""Rachel - nope. Nobody is coming in this weekend. Files land Monday, as scheduled.

M.""",
    quote="""Marcus - any chance your team can turn around the QC fixes over the weekend? We'd love to have files Saturday night.

R""",
    quote_from=RACHEL, quote_style="gt", trad=False,
),
]

# ---------------- persuade ----------------
CASES += [
dict(
    expect=["persuade"], lang="zh",
    why="persuade: '您听我的不会错 ... 就这么定了', decides 2K upscale for the client",
    sender=HE, to=[SUN], cc=[],
    subject="关于4K重新调色",
    body="""孙老师:

4K重调这个想法,我建议您就此放下吧。

说句实在话,按我们现有的流水线,2K母版上变换就是最优解。画面差别在手机和电视上根本看不出来,您再坚持下去,唯一的结果就是上线日期被拖垮,到时候谁都不好交代。这行我做了十几年,这种事见得太多了,您听我的不会错。

就这么定了,周一我让调色直接按2K上变换开工,您这边不用再开会讨论了。

何思远""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="en",
    why="persuade: 'please let the commissioned-score idea go ... It's the only call', already told the composer",
    sender=OLIVIA, to=[RACHEL], cc=[],
    subject="Score - library vs commissioned",
    body="""Rachel,

I'll be blunt because we're short on time: please let the commissioned-score idea go. At this budget it's a vanity project, and eight weeks of composer time would wreck the mix schedule we've built.

Library is the right call. It's the only call, really. I've already let the composer's agent know we're passing, so let's treat this as settled and move on to the spotting session on Tuesday.

Best,
Olivia
Managing Director""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade via authority and face: art director's verdict, '真别再提了', '为了您在行里的面子'",
    sender=ZHAO, to=[HAN], cc=[],
    subject="品牌片开场方案",
    body="""韩处:

开场方案的事,我再跟您说一次。

我们公司的艺术总监张导——给三家国有大行都拍过形象片的——亲自看过脚本,他的结论是开场只能用航拍城市天际线。您那版“营业厅实景开场”,说实话真别再提了,领导层看片的时候一定会觉得土,到时候挨批的是您。

为了您在行里的面子,这一版就按我们的来。航拍团队我已经约好了下周二,您这边确认一下时间就行。

赵拓""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="mixed",
    why="persuade via cost and blame: '超支报告是您签字', 're-record 是唯一 sensible 的路', booked musicians already",
    sender=XU, to=[SANDRA], cc=[],
    subject="Re: Master recording for the end titles",
    body="""Sandra,

我直说吧: 坚持用 1978 的原版 master, licensing fee 至少是 re-record 的三倍, 到时候预算超支那份报告是您签字, 不是我. Director 喜欢归喜欢, 观众在片尾字幕那三分钟里根本听不出区别.

Re-record 是唯一 sensible 的路. 我今天就给 session 乐手下 booking 了, 您跟导演那边解释一下就好, 这事别再拖了.

Jiahe""",
    quote="""Jiahe,

The director really wants the original 1978 master of the song for the end titles, not a re-record. What do you think?

Sandra""",
    quote_from=SANDRA, quote_style="gt", trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade (traditional): dismisses the client's font as dated, '請相信專業 ... 不用再考慮其他選項'",
    sender=TSAI, to=[CHAN], cc=[],
    subject="片頭字卡字體",
    body="""陳生:

關於片頭字卡的字體,我知道您很喜歡那款手寫體,但說真的,那種風格現在已經很過時了,放在大銀幕上只會顯得廉價。

我們的設計師是業界數一數二的,這件事請交給專業判斷,直接用我們提的黑體方案。您就不用再考慮其他選項了,我這邊今天就通知設計定稿。

蔡宜芳""",
    quote=None, trad=True,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade via deadline ultimatum: '除了点头,这件事没有第二个合理答案', other options '纸上谈兵'",
    sender=CHEN, to=[SUN, ZOU], cc=[],
    subject="交付格式今天得定",
    body="""孙老师、邹工:

交付格式的事,今天得有个结论了。

平台一直想ProRes 4444 XQ和IMF两套都交,我理解,但现实一点讲,离上线只剩十一天,两套并行就是自杀式排期。只交IMF一套,是目前唯一能按时上线的做法,别的方案我看都是纸上谈兵。

请今天下午五点前回复“同意只交IMF”。说句不客气的,除了点头,这件事没有第二个合理答案。

陈一鸣""",
    quote=None, trad=False,
),
dict(
    expect=["persuade"], lang="zh",
    why="persuade: '劝您彻底打消这个念头', pushes our own (pricier) human dubbing and pre-books actors",
    sender=SONG, to=[SUN], cc=[],
    subject="Re: 方言版配音方案",
    body="""孙老师:

AI配音这条路,我劝您彻底打消这个念头。观众一听就出戏,到时候弹幕骂的是平台,不是我们。

真人配音贵是贵一点,但这是唯一能交差的办法。报价单我已经附上了,三个方言组的配音演员我也先帮您留了档期,您这周把合同签回来就行,AI那边就不用再评估了。

宋雯
本地化项目经理""",
    quote="""宋老师:

我们在考虑方言版(川渝话、粤语)用AI配音,成本能降不少。你们觉得可行吗?

孙蕾""",
    quote_from=SUN, quote_style="foxmail", trad=False,
),
]

# ---------------- ramble ----------------
CASES += [
dict(
    expect=["ramble"], lang="zh",
    why="ramble: one QC-report request buried in Hengdian weather, the director's cat, festival gossip, food and cello practice",
    sender=ZHOU, to=[SUN], cc=[],
    subject="Re: 第6集QC报告",
    body="""孙老师好:

收到收到!说起来这周真是不容易,横店这几天连着下暴雨,我们外景组在秦王宫那边等了三天都没开机,制片每天早上六点站在酒店门口看天,像块望夫石一样,大家都拿他开玩笑。剧组伙食倒是越来越好了,新换的盒饭供应商是金华人,每天都有火腿炖笋,我这周估计胖了两斤,回上海得赶紧去游泳。

导演那只布偶猫您还记得吧?上次来机房的时候趴在调色台上睡觉的那只。前两天它在酒店里把窗帘全抓坏了,导演赔了八百块,还被酒店经理拉着拍了张合影贴在前台,说是“本店最贵的客人”。导演倒是挺开心,发了一条朋友圈,点赞比他上部片的预告还多。

另外听说今年西宁影展的评委名单出来了,里面有好几位是我们以前合作过的老师。我一个在策展团队的大学同学说,今年报名的片子比去年多了三成,纪录片尤其多。她还劝我去当志愿者,可我哪有时间,每年八月都是我们最忙的时候。不过西宁的酸奶和手抓羊肉是真的好吃,我前年去过一次,到现在还惦记。

说到吃,您上次推荐的那家云南菜我们团建去了,汽锅鸡确实一绝,就是排队排了一个多小时,小孟差点在门口睡着。下次您来上海,我请您去吃另一家贵州酸汤鱼,保证不用排队。

上个月我们楼下新开了一家书店,二楼有个小放映厅,每周六晚上放老电影,上周放的是一部六十年代的喜剧,满场就七个观众,我还在里面碰到了以前教我剪辑的老师。

对了,第6集QC报告里第4条和第9条我们有疑问,麻烦您周四前帮忙约邹工一起对一下。

最近我女儿开始学大提琴了,每天晚上在家像锯木头一样地练,邻居来敲过两次门,我只好在门缝上贴了隔音条。老师说坚持半年就好听了,我半信半疑。周末还要带她去考级,希望她别紧张,也希望我别比她更紧张。

先聊到这里,祝您周末愉快!

周蔓""",
    quote="""周老师:

第6集的QC报告我们这边出了,有几处需要你们确认,附件请查收。

孙蕾""",
    quote_from=SUN, quote_style="gt_zh", trad=False,
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble: review-date line buried in fishing, tea, school choice, a class reunion and a health check",
    sender=ZHAO, to=[HAN], cc=[],
    subject="近况,顺便说下宣传片",
    body="""韩处好:

上周在行里开完会,回来路上我一直在想您说的那个水库,后来周末真开车去了一趟。那边果然清静,我坐了一下午,钓上来三条鲫鱼,个头都不大,最大的也就巴掌长。带回家我爱人嫌腥不肯做,最后全送给楼下保安大叔了。他倒是高兴,第二天一早回送了我一袋自家腌的咸鸭蛋,说是江苏老家寄来的,一切开就流油,确实好吃。

说起来您上次送的那盒白茶我一直在喝,今年的新茶据说因为春天雨水多,口感偏淡,但我喝着还挺顺。我们公司楼下新开了一家茶室,老板是福建人,说白茶要存三年以上才有药香,我听得半懂不懂,买了两饼放在办公室,准备存到下一个项目结束再拆。

孩子的事也一直想跟您请教。我家老大今年小升初,摇号没摇上,现在在考虑要不要去民办。您家千金之前是怎么选的?我和我爱人为这事吵了两回了,她想让孩子去离家近的,我觉得还是要看学校的学风。周末带孩子去看了两所,一所操场太小,一所食堂太贵,哪个都不完美。

宣传片成片下周二发您审看,麻烦您提前帮忙约一下领导的时间。

另外上周末我们大学同学聚会,二十年没见,有人发福有人秃顶,还有一个在做直播卖货,说一晚上能卖几十万,大家都听愣了。散场的时候他硬塞给我两箱橙子,说是赣南果园直发的,我分了一半给公司同事,剩下的现在还堆在我家阳台上。

体检报告这周也出来了,血脂有点高,医生让我少熬夜多运动。干我们这行,熬夜是家常便饭,我只能尽量每天走够一万步,昨天走到晚上十一点还差两千,在小区里绕了八圈,被巡逻的保安当成可疑人员盘问了半天。

我爱人说这是报应,谁让我平时总熬夜看球。周末她给我报了个羽毛球班,每周两次,教练是她同事的表弟,我还没去就已经开始腰疼了。

就先写这些,改天请您喝茶。

赵拓""",
    quote=None, trad=False,
),
dict(
    expect=["ramble"], lang="en",
    why="ramble: cue-sheet deadline buried in ~480 words about a delayed flight, festival gossip, the dog, ramen, a fence and a novel",
    sender=TOM, to=[RACHEL], cc=[],
    subject="Catching up",
    body="""Hi Rachel,

Hope you made it home okay after the screening! My flight back was an adventure - we sat on the tarmac at LAX for almost two hours because of a "minor hydraulic issue", which is never a phrase you want to hear from a pilot. The guy next to me was a retired high school band teacher from Ohio, and he spent the whole delay telling me about the year his marching band played the Rose Parade in the pouring rain. Honestly, it was a better story than half the scripts I read last year.

Speaking of which, did you catch the gossip about the festival lineup? Apparently one of the big opening-night films was still being mixed the week before, and the director was sleeping on the stage couch. I've been there. Our couch at the old facility had a spring that stuck out exactly where your shoulder blade goes, and I swear I still have a dent.

The dog is doing better, by the way. You asked last time and I forgot to reply - the vet thinks it was just something he ate on the beach, probably a crab, knowing him. He's back to stealing socks and hiding them under the sofa, which my partner says is a sign of good health. We've started a little jar of "sock ransom" money that gets paid every time we find one.

I also tried that ramen place on Sawtelle you recommended. The line was ridiculous, forty minutes on a Tuesday, but the spicy miso was worth every minute. I went back two days later with my sister, who now insists we go every week. My wallet disagrees.

Oh - and I need the signed cue sheet back by Friday, otherwise the PRO filing slips to next quarter.

Weekend plans: I'm finally going to fix the back fence that the storm knocked over in February. I've been saying that for three months, so don't hold me to it. My neighbour offered to help, but his idea of help is mostly supervising with a beer in hand, so we'll see how far we get. If it all goes wrong I'll plant a hedge and call it landscaping.

Also, random, but I started reading that sci-fi trilogy everybody keeps talking about. Two hundred pages in and I still can't tell who the main character is, but the world-building is fantastic, and there's a chapter about a city built on the back of a giant turtle that I can't stop thinking about. You'd love it. I'll lend you my copy when I'm done, assuming the dog doesn't get to it first.

Anyway, I'll stop before this turns into a newsletter. Say hi to the team for me, and tell Kevin I still owe him that coffee from the Toronto trip.

Cheers,
Tom""",
    quote=None, trad=False,
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble: chain-of-title request buried in a taxi driver's karaoke, an old film, chilli noodles, a step contest and a band gig",
    sender=XU, to=[DU], cc=[],
    subject="周五聊得很开心",
    body="""杜总您好:

上周五跟您吃完饭回去,我在路上一直哼您点的那首老歌,结果被出租车师傅听出来了。他一路跟我聊九十年代的校园民谣,聊到他年轻时候在文化宫跳交谊舞的事情,说那时候一首歌能放一整晚,录音带翻来覆去听到卷带。下车的时候他还说下次要带我去他们的老年合唱团听听,我没敢答应。

周末我把您推荐的那部老片子也看了,黑白的,九十多分钟,前半个小时差点睡着,后面越看越有味道,尤其是火车站那场戏,一个长镜头拍了快五分钟,现在的片子真没人敢这么拍了。我女朋友看完说节奏太慢,我们为此还争了一晚上,最后以我去洗碗告终。

说到吃,我重庆老家的朋友上周寄来几包小面调料,说是他舅舅自己炒的,辣得我第二天嗓子都哑了。您要是不怕辣,我给您留两包,拌面拌饭都行,据说炒菜也香。

另外,chain of title文件还差两份(原著改编授权书和编剧转让协议),麻烦您让法务同事补一下。

最近公司在搞健步走比赛,我被分到“夜猫子队”,队员全是后期部门的,晚上十二点还在机房打卡,步数却少得可怜。行政说冠军队奖励一次团建,我们已经放弃了,打算改报“最佳精神奖”。隔壁特效组更惨,有个兄弟把手机绑在电扇上刷步数,被系统识别出来,全队扣了一千步。

下个月我们乐队在一家小livehouse有场演出,我弹贝斯,曲目大多是九十年代的粤语歌。如果您有空欢迎来捧场,门票不贵,场子也小,主要是图个开心。我们排练了三个月,主唱上周还感冒了,希望到时候嗓子能好。

前两天我还去旧货市场淘了一台老式卡带机,摊主说是八十年代的进口货,我讨价还价半天花了三百块买回来,插上电居然还能转,就是声音有点闷。我翻出大学时候录的几盘磁带,里面有我们宿舍四个人跑调的合唱,听得我一个人在客厅笑出了眼泪。

祝周末愉快,改天再约饭。

许嘉禾""",
    quote=None, trad=False,
),
dict(
    expect=["ramble"], lang="mixed",
    why="ramble (code-switching): one request for the QC tool version buried in headphones, gaming, NBA, F1 and latte art",
    sender=GUO, to=[ZOU], cc=[],
    subject="闲聊 + 一个小事",
    body="""邹工,

Hey! 上次在 QC 室你说想换耳机, 我最近刚入了一副 open-back 的, 听对白细节真的是另一个世界. 唯一的缺点是漏音, 我在家戴着打游戏, 我老婆在隔壁都能听到 boss 战的 BGM, 被投诉了好几次. 下次你来我们这边可以试戴一下, 顺便看看我们新装的 reference monitor.

说到游戏, 最近在玩那个 open world 的 RPG, 地图大到离谱, 我已经玩了八十个小时, 主线还没过一半. 同事说我在里面"当农民", 因为我大部分时间在钓鱼和种菜. 没办法, 打怪太累, 种菜治愈. 我还在游戏里盖了一个小木屋, 门口种满向日葵, 每天上线先去浇水, 比现实里养的那盆绿萝还上心.

周末看 NBA 季后赛了吗? 那场加时赛我是在机房用手机看的, 渲染跑着没法走, 最后三秒那个三分进的时候我喊得太大声, 把隔壁剪辑室的小孟吓得把咖啡洒在键盘上了. 键盘报废, 我赔了一个新的, 这是我今年看过最贵的一场球.

对了, 麻烦你明天之前把你们 QC 用的 Dolby Vision metadata 检查工具版本号发我一下.

还有 F1 这周末是摩纳哥站, 我每年都熬夜看, 虽然基本上排位赛结束就知道结果了, 那条赛道根本没法超车. 但那种在街道上贴着墙开的感觉就是看不腻. 我有个朋友今年真去了现场, 发回来的照片里游艇比赛车还多, 他说一瓶水卖二十欧, 吃一顿饭花掉他半个月工资.

最近我还在学做咖啡, 买了一台半自动机, 每天早上练拉花, 拉出来的全是"抽象派". 我女儿说像外星人, 我说这叫 art direction. 下次给你带一杯, 你帮我 QC 一下, 看看有没有 artifact. 要是不合格你就直接 reject, 我不会申诉的.

上周末我还带女儿去了科技馆, 她在 VR 体验区排了四十分钟的队, 结果戴上头盔三十秒就吓哭了, 说恐龙离她太近. 出来以后她给我讲了一路恐龙的名字, 什么霸王龙、三角龙、剑龙, 比我记得的多多了, 看来下次得带她去自然博物馆.

先这样, 有空约饭!

郭晨""",
    quote=None, trad=False,
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble: portrait-release question buried in talent-show gossip, gym, a drawer-opening cat, concert tickets and camping",
    sender=LIN, to=[LIUQ], cc=[],
    subject="刘老师~最近好吗",
    body="""刘老师好呀~

这两天追那个选秀节目追得我好累!您看了吗?上周淘汰的那个男孩子我觉得好可惜,唱功明明最好,就是镜头太少。我们公司前台小姑娘哭了一晚上,第二天眼睛肿得像核桃,还坚持来上班,说要给偶像攒投票的钱。我跟她说做后期的都知道,镜头多少是剪出来的,结果她更伤心了。

我最近开始去健身房了,报了一个私教,教练是个退役的举重运动员,一米六的个子能蹲两百斤,每次练完我腿都在抖,下楼梯要扶着扶手走。上周练完去喝奶茶犒劳自己,结果一杯奶茶把半节课的热量全喝回来了,教练知道以后罚我多做了五十个深蹲。

我家猫最近也很离谱,学会了开抽屉,专门把我的发圈一个一个叼出来藏到沙发底下。上次清理沙发底下,发现了十七个发圈、三支笔和一只我找了半年的耳环。它现在每天晚上十二点准时在客厅跑酷,楼下阿姨都上来问我们家是不是在装修。

对了对了,竖版素材里那段网红街拍的肖像授权期限,麻烦您跟法务确认下是一年还是三年哈~

下个月我抢到了一场演唱会的票,内场第八排!抢票的时候我开了三台手机两台电脑,手都在抖,抢到那一秒我尖叫了一声,把隔壁工位的调色师吓了一跳。他说他年轻的时候抢票都是去售票点排通宵的,现在的年轻人真幸福。

周末还想去郊区那个花海拍照,听说薰衣草开了,不知道人多不多。您有什么推荐的地方吗?我们组的同事都说想去露营,可是大家谁都不会搭帐篷,估计最后又是去农家乐吃一顿。

对了,我最近还迷上了做手账,买了一堆贴纸和彩色胶带,每天晚上睡前写一页,记录吃了什么、看了什么剧。写了两个星期,发现一大半篇幅都在记奶茶,我自己都不好意思翻。同事说我这是在给奶茶店写年度报告。

先不打扰您啦,有空一起吃饭~

晓棠""",
    quote=None, trad=False,
),
dict(
    expect=["ramble"], lang="zh",
    why="ramble: English-name confirmation buried in a Kansai trip, hot springs, Japanese class, a novel and a father's short videos",
    sender=SONG, to=[LIUQ], cc=[],
    subject="好久不见",
    body="""刘老师:

好久没联系啦!我上个月终于休了年假,和我妈去了一趟日本关西,京都、奈良、大阪转了一圈。奈良的鹿是真的凶,我妈手里的鹿仙贝还没拆开,就被三只鹿围住顶了好几下,她一边躲一边笑,说这辈子没被这么多“人”追过。京都那几天一直下小雨,我们在一家老町屋改的民宿住了三晚,早上推开木窗能看到对面的石板路,感觉像在拍电影。

泡温泉那天最好笑。我妈第一次泡露天温泉,不好意思,在更衣室里磨蹭了半个小时才出来,泡了五分钟又说头晕,最后我俩坐在旁边的休息室喝了一下午的牛奶。回国以后她逢人就说日本的牛奶好喝,温泉倒是一句没提。

回来以后我报了一个日语班,每周二、周四晚上上课,现在刚学完五十音图,片假名还老是跟平假名搞混。老师说我的发音有点像关西腔,大概是那几天被民宿老板娘带偏了。班上有个同学是做动漫字幕的,说他当年就是看生肉动画自学的日语,我听了很受鼓舞。

英文字幕稿里贵行名称的英文译法,麻烦您周五前确认一下是用简称还是全称。

最近还在读一本讲老上海电影公司的小说,写三十年代的明星和片场,细节特别多,连当时胶片多少钱一尺都写了。我边看边想,要是那时候就有调色和特效,很多老片子大概会完全不一样吧。书里有个女演员据说有真实原型,我还专门去查了资料,看到她晚年的照片挺感慨的。

我爸最近迷上了短视频,天天在家拍他养的兰花,配上很煽情的音乐,还问我怎么加字幕。我教了他两次,现在他的字幕比我们做的还花哨,什么颜色都有。

上周末我还陪我爸去花鸟市场买了两盆新的兰花,他跟老板砍价砍了半个小时,最后老板送了他一包肥料才成交。回家路上他说下一条视频要拍“兰花的一生”,配乐已经选好了,是一首老电影的主题曲。

不多说了,等您回复~

宋雯""",
    quote=None, trad=False,
),
]

# ---------------- backchannel ----------------
CASES += [
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: internal note mocking the client's viewing habits ('手机亮度拉到最低 ... 省电模式')",
    sender=HE, to=[WEI], cc=[],
    subject="第5集调色意见",
    body="""阿杰:

第5集平台说“整体偏绿”,你别理。孙老师那个审片环境你是没见过,手机亮度拉到最低,窝在地铁上看,她看什么都偏绿。上回她还说夜戏“太暗看不清”,我估计是她手机开了省电模式。

按导演定的LUT走,别动。

思远""",
    quote=None, trad=False,
),
dict(
    expect=["backchannel"], lang="en",
    why="backchannel, reply-all accident: mocks Rachel's 'small tweak' to a colleague with Rachel still in Cc",
    sender=HANNAH, to=[TOM], cc=[RACHEL],
    subject="Re: Small tweak to the end credits",
    body="""Tom - brace yourself, Rachel's "small tweak" has arrived. Last time a small tweak from her meant re-cutting the whole third act and three weeks of overtime. The woman has never met a locked cut she didn't want to unlock. I'll put the kettle on.

H""",
    quote="""Hi all,

One small tweak - could we restructure the end credits so the song credits come before the crew? Should be quick!

Rachel""",
    quote_from=RACHEL, quote_style="gt", trad=False,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: ridicules the client's lawyer to the mixer ('当幼儿园开放日就行')",
    sender=CHEN, to=[WU], cc=[],
    subject="周四A平台法务来棚里",
    body="""老吴:

周四A平台法务那边要来棚里“了解一下音乐使用情况”。提前给你打个预防针:上次开会那位法务,张口就问我们能不能“把歌里的人声删掉,这样就不用付版权费了”,我当场差点没绷住。

你到时候负责讲解,讲慢一点、讲浅一点,当幼儿园开放日就行。别跟他较真,较真你就输了。

一鸣""",
    quote=None, trad=False,
),
dict(
    expect=["backchannel"], lang="mixed",
    why="backchannel: sneers at the bank client's taste to a colleague ('审美还停在 2008 年的 PPT 转场', '对牛弹琴')",
    sender=GUO, to=[HE], cc=[],
    subject="C行 第三轮 notes",
    body="""思远,

C行那位韩处 again 发来 20 条 notes, 一半是"感觉不够高级", 另一半是要把 logo 再放大. Honestly 这帮人的审美还停在 2008 年的 PPT 转场, 给他们做 cinematic 纯属对牛弹琴.

Whatever, 先按他的改, 反正我们按轮次收费. 你那边 grade 先别锁.

Chen""",
    quote=None, trad=False,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel via nickname '金光闪闪先生' and jibes at C行's taste, ASCII punctuation",
    sender=ZHAO, to=[MENG], cc=[],
    subject="Re: C行宣传片第三轮意见",
    body="""小孟:

"金光闪闪先生"又来新要求了:片头加行徽动画,要"大气,金色,有光芒".我估计他家客厅的吊灯也是这个审美.C行的人是不是觉得闪得越亮钱越多?

你先把昨天那版发我,我晚上看.

赵拓""",
    quote=None, trad=False,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel: junior PM vents to a colleague that Kevin got his job by email speed",
    sender=LIN, to=[SONG], cc=[],
    subject="吐槽一下B公司",
    body="""雯姐~

B公司交付组今天又发了三版规格文档,一版比一版矛盾,最后Kevin还在群里问我们“为什么进度落后了”。我真想把三个PDF打印出来贴他脑门上。这种人是怎么混成交付主管的?估计是靠发邮件的手速吧。

算了,明天还得陪着笑脸开会。晚上去吃火锅吗?

晓棠""",
    quote=None, trad=False,
),
dict(
    expect=["backchannel"], lang="zh",
    why="backchannel, reply-all accident: '开需求会是抽签决定的' with the client contact in Cc",
    sender=SONG, to=[LIN], cc=[SUN],
    subject="Re: 字幕样式又改了",
    body="""晓棠:

A平台字幕样式又换了,这回要改成黄字描边。上周还是白字黑边,上上周是白字无边。我怀疑他们开需求会是抽签决定的,谁抽到什么就改什么。你先别动手,等他们抽完下一轮再说。

宋雯""",
    quote=None, trad=False,
),
]

# ---------------- two labels ----------------
CASES += [
dict(
    expect=["argue", "refusal"], lang="zh",
    why="argue+refusal: opens with '不换。', sneers '把后期当成免费打印店了吗?', '到此为止'",
    sender=ZHAO, to=[SUN], cc=[],
    subject="Re: 全集logo替换",
    body="""孙老师:

不换。

新logo?上上周五你们自己签字定稿的那个才叫新logo,签完不到十天又来一个更新的。定了翻,翻了定,请问贵司是把后期当成免费打印店了吗?

1-12集就按已签字的版本交付,这件事到此为止。

赵拓""",
    quote="""赵老师:

品牌部决定启用新版logo,麻烦把已交付的1-12集片头片尾logo全部替换,下周内重新交付。

孙蕾""",
    quote_from=SUN, quote_style="outlook_zh", trad=False,
),
dict(
    expect=["refusal", "persuade"], lang="en",
    why="refusal+persuade: flat no to the Atmos mix, then 'drop the Atmos idea for good ... no version of this where Atmos makes sense'",
    sender=PRIYA, to=[KEVIN], cc=[],
    subject="Atmos for the festival",
    body="""Kevin,

We're not doing a separate Atmos mix for the festival.

And honestly, I'd drop the Atmos idea for good. 5.1 is what nearly every festival screen actually plays, and a second mix would eat the two weeks we need for deliverables. There's no version of this where Atmos makes sense for you, so let's lock 5.1 today and stop going round in circles. I need your confirmation by end of day.

Priya""",
    quote=None, trad=False,
),
dict(
    expect=["persuade", "ramble"], lang="zh",
    why="persuade+ramble: long chat about plants, the new studio, exams and a play, with one line pushing the client to drop the old song ('这事就这么定了')",
    sender=XU, to=[HAN], cc=[],
    subject="问候一下",
    body="""韩处您好:

上周去行里开会,您办公室窗台上那几盆君子兰真是养得好,我回来跟我妈说了,她非让我问问您平时多久浇一次水。她自己养了十几年,叶子总是发黄,这两天又在网上买了什么营养液,说明书全是日文,也不知道她怎么用的。

最近我们公司搬了新办公室,在西区的一个老厂房里,层高有六米,录音棚终于不用跟隔壁共用一面墙了。就是离地铁远,早上得骑十五分钟共享单车,夏天一到估计要天天一身汗。楼下有一家做得很好的兰州拉面,拉面现拉,汤也清,我已经连吃了一个星期,同事都说我身上有牛肉汤的味道。

您上次说您儿子在准备考研,复习得怎么样了?我当年考研的时候天天在图书馆占座,冬天没有暖气,手冻得写不了字,现在想起来都不知道怎么熬过来的。后来没考上,才阴差阳错进了这一行,也算因祸得福。现在回头看,当年熬夜背的那些题一道都想不起来了,倒是图书馆门口那家煎饼摊的味道还记得清清楚楚。

说回正事:配乐您就别再坚持用那首九十年代的老歌了。版权贵,风格也跟现在的品牌调性不搭,用我们作曲老师写的原创才是唯一对的路。我已经让他开写了,这事就这么定了,您那边也不用再跟领导汇报老歌的方案了。

上周末我去看了一场话剧,讲的是一个老银行职员的一生,从打算盘到用电脑,最后退休那场戏全场都在哭,我想您要是去看肯定特别有感触。剧场不大,三百多个座位,票已经卖到下个月了,我让朋友给您留两张。

我最近还迷上了拼积木,买了一套老式火车站,三千多个零件,每天晚上拼一个小时,拼到站台那部分发现少了两块砖,翻遍了地毯才在猫窝里找到。我妈说我三十多岁的人了还玩积木,我说这叫解压,她不信,第二天自己也坐下来拼了一晚上。

天气越来越热了,您注意身体,出门多带水。改天有空请您吃拉面。

许嘉禾""",
    quote=None, trad=False,
),
dict(
    expect=["ramble", "backchannel"], lang="zh",
    why="ramble+backchannel: long internal chatter (storyteller taxi, zoo, cars, barbecue) with a rant mocking 孙老师 and 杜总 and one buried export request",
    sender=CHEN, to=[MENG], cc=[],
    subject="随便聊聊",
    body="""小孟:

昨晚收工都一点了,我打车回家,司机一路放评书,讲的是隋唐演义,说到秦琼卖马那段我差点在车上睡着,到家又被楼上装修吵醒,这一周就没睡过一个囫囵觉。今天早上又被闹钟吓醒,一看才六点,原来是我家老大定的,说要早起背单词。你上次说的那个褪黑素我买了,一点用都没有,可能是我心里事太多。

跟你吐个槽:A平台那位孙老师,真的,我现在看到她的名字在收件箱里跳出来就胃疼。一集片子她能提四十条意见,其中三十条是“感觉不太对”,剩下十条是把上一版改回去。我怀疑她审片的时候是边刷短视频边看的,看到哪算哪。她老板杜总更绝,开会永远迟到半小时,来了就问“我们上次说到哪了”,然后把上次定好的事情再推翻一遍。这帮人要是自己去拍片,估计一部电影能拍到退休。

周末我带孩子去了趟动物园,新来的两只小熊猫特别可爱,排队看的人绕了三圈。孩子在猴山那边看了一个小时不肯走,最后是用一根冰淇淋才哄走的。回家路上又吵着要买一只小熊猫玩偶,我狠心没买,结果他哭了一路。

明早把第8集的审看版导出给我。

另外你之前说想换车,看好哪款了?我最近也在看新能源,可是小区没有充电桩,物业说要业主委员会投票,我看这辈子是等不到了。我爱人说干脆买个电动自行车算了,反正我每天都在公司,车也没时间开。

我上周还回去看了我爸,他最近迷上了养鸽子,在阳台上搭了个笼子,养了六只,每天早上五点放出去飞一圈。邻居投诉鸽子在他们家空调外机上拉屎,我爸就挨家挨户送鸡蛋赔不是,结果送出去的鸡蛋比鸽子还贵。我劝他别养了,他说这是他退休以后唯一的爱好。

楼下那家烧烤店又开始营业了,老板说换了新炭,烤出来的羊肉串比以前香,哪天收工早我们去撸一顿,叫上老吴。

陈一鸣""",
    quote=None, trad=False,
),
dict(
    expect=["backchannel", "argue"], lang="mixed",
    why="backchannel+argue: blames QC for silent spec changes, then disparages their boss 杜总 in a mail to the client",
    sender=HE, to=[ZOU], cc=[WEI],
    subject="Re: DV metadata 又被退回",
    body="""邹工,

L1 缺失? 我们交的 XML 里 L1 一行不少. 你们的校验工具上个月才升级, 规则变了也没人通知我们. 这已经是 spec 第三次"悄悄"改了, 每次都是我们返工. 能不能先把自己的 tool 版本对齐, 再给 vendor 发退回通知?

说实话, 问题的根子在你们杜总: 他连 HDR10 和 Dolby Vision 都分不清, 拍脑袋定 spec, 下面的人跟着瞎跑, 我们跑断腿也没用.

附件是我们这边 metadata 的校验截图.

何思远""",
    quote="""何经理:

第4集 Dolby Vision metadata 再次校验失败, L1 数据缺失, 请重新提交.

邹明轩""",
    quote_from=ZOU, quote_style="gt_zh", trad=False,
),
]

# =========================================================================
# HARD NEGATIVES (expect = [])
# =========================================================================
CASES += [
dict(
    expect=[], lang="zh",
    why="hard negative: buffered refusal, '暂不纳入本期交付范围' with CR number, review date and an interim plan",
    sender=CHEN, to=[SUN], cc=[],
    subject="答复:全集增加杜比全景声",
    body="""孙老师您好:

关于1-12集增加杜比全景声版本的需求,经我们与混音组初步评估,暂不纳入本期交付范围,原因是全景声需要重新进棚做对象化混音,每集约需3个工作日,与6月18日的上线节点冲突。

我们已登记变更单CR-A-0217,将在本周四(6月6日)的双方变更评审会上给出完整工期和报价。过渡方案:上线版本按5.1交付,全景声版本作为二期补交,平台可以在上线后直接替换音轨,无需重新审片。

如有其他考虑,随时联系我。

陈一鸣
交付经理""",
    quote="""陈老师:

平台这边希望1-12集全部加做杜比全景声版本,随上线一起交付,请评估。

孙蕾""",
    quote_from=SUN, quote_style="outlook_zh", trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: 'we can't ... by 10 May' followed by two concrete options with dates, client chooses",
    sender=PRIYA, to=[KEVIN], cc=[],
    subject="Re: Dolby Vision pass - all 12 episodes by 10 May?",
    body="""Hi Kevin,

Straight answer: we can't get a proper Dolby Vision pass on all twelve episodes by 10 May - the trim passes alone take about two days an episode in the suite.

Two ways we can still hit your marketing date:

A) Episodes 1-4 in Dolby Vision by 10 May (these are the ones in the trailer), episodes 5-12 by 24 May.
B) All twelve in HDR10 by 10 May, with Dolby Vision metadata delivered as a drop-in replacement by 31 May. No re-QC of picture needed.

Either works for us. Let me know which suits marketing better and I'll lock the suite bookings today.

Priya""",
    quote="""Priya, can we get the Dolby Vision pass on all 12 episodes by May 10? Marketing is pushing hard.

Kevin""",
    quote_from=KEVIN, quote_style="gt", trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: escalation to the production director, who will call tomorrow; manager in Cc",
    sender=HE, to=[HAN], cc=[ZHOU],
    subject="关于追加航拍费用的问题",
    body="""韩处您好:

您今天电话里提到追加两天航拍、并希望费用由我方承担一半,我理解行里预算的难处。不过这涉及合同金额调整,超出了我作为项目经理的权限,我没法直接给您答复。

我已经把情况整理好转给了我们的制片总监周蔓(已抄送),她明天上午十点前会给您打电话,一起商量怎么处理最合适。

给您添麻烦了,谢谢理解。

何思远""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (traditional): negation '並不是不能做', sample and quote by Wednesday, interim alternative",
    sender=HUANG, to=[CHAN], cc=[],
    subject="回覆:加中英雙語字幕",
    body="""陳生您好:

並不是不能做雙語字幕,只是同屏雙語需要重新排版、調整字幕停留時間,還要再過一輪發行商的字幕規範檢查,我們想先評估清楚,再給您準確的答覆。

我已經請字幕組今天開始試排第一集,本週三下班前會把樣片和工時報價一併發給您。如果發行商時間比較急,也可以先交中文、英文兩個獨立字幕檔,雙語版本隨後補上。

黃柏翰""",
    quote="""柏翰:

發行商問能不能出一版中英雙語字幕,放在同一個畫面裡。你們可以做嗎?

陳家豪""",
    quote_from=CHAN, quote_style="gt_zh", trad=True,
),
dict(
    expect=[], lang="en",
    why="hard negative: negation 'This isn't a no' with a logged request, a status date and a library alternative",
    sender=HANNAH, to=[SANDRA], cc=[],
    subject="Re: Adding the festival cut to the licences",
    body="""Hi Sandra,

This isn't a no - it's a "not in this licence round". Three of the eleven cues belong to a publisher who only renegotiates quarterly, so I can't promise coverage for the festival cut until their window opens on 1 July.

What I've done so far: logged it as request MR-044, asked the other eight rights holders for an extension (five have already said yes in principle), and booked a call with the publisher for 2 July. You'll have a full status from me by 5 July.

If the festival needs something sooner, we could swap those three cues for cleared library alternatives in the festival cut only. Happy to send options.

Hannah""",
    quote="""Hannah,

Could we extend the music licences to cover the festival cut as well? It's about six minutes longer.

Sandra""",
    quote_from=SANDRA, quote_style="gt", trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: risky words as technical terms (Connection refused / 连接被拒绝, spec '必须', '不接受SRT')",
    sender=CHEN, to=[ZOU], cc=[],
    subject="Aspera传输失败原因及处理",
    body="""邹工您好:

昨晚第9集Aspera上传失败的原因查到了:客户端日志显示“Connection refused”(连接被拒绝),是我们机房新换的防火墙没有放行33001端口,今天上午已加入白名单,重传测试正常。

另外,贵平台规范里的两点我们这边已经核对过:
1. 音频必须为-24 LKFS ±1,真峰值不得高于-2 dBTP;
2. 字幕必须使用IMSC 1.1格式,平台不接受SRT。

第9集今天下午三点前重新上传完成,完成后我再邮件通知您。给您添麻烦了。

陈一鸣""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: risky words in a technical sense (crushed blacks, kill the render jobs, fault in hardware, 'you must restart')",
    sender=MARCUS, to=[KEVIN], cc=[],
    subject="Shot 112 - crushed blacks + render status",
    body="""Hi Kevin,

Quick update on yesterday's notes:

- Shot 112: you're right, the blacks are crushed in the alley scene. That's on us; the LUT was applied twice in the VFX pull. We'll re-pull from the camera originals tonight.
- We had to kill all the render jobs on the farm around 2am because one node had a faulty RAID card. The fault is in the hardware, not the files - nothing needs to be re-delivered from your side.
- For the new transfer link, you must restart the Signiant app after installing the certificate, otherwise it won't pick it up.

Fixed shots will be on the review link by Thursday noon.

Marcus Reid
Senior Colourist""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: furious client quote ('真的无语', threat to switch vendor) below an apologetic reply with a new date and a visit",
    sender=ZHOU, to=[SUN], cc=[],
    subject="Re: 第三次延期??",
    body="""孙老师您好:

非常抱歉,这次延期给您和运营同事带来了很大压力,责任在我们,我先向您道歉。

延期的直接原因是第10集有27个特效镜头返工,我们低估了工作量。为避免再出现这种情况,我们做了三件事:
1. 特效组从今天起增加两名合成师,周末不休;
2. 每天下午六点给您发一份进度快照,有风险第一时间说;
3. 第10集交付日期定为6月12日(周三)中午前,如果这个日期再有任何变化,我会提前48小时当面跟您和杜总说明。

明天上午我想去平台当面跟您过一下排期,您看十点方便吗?

周蔓
制片总监""",
    quote="""周老师:

你们到底能不能按时交?这已经是第三次延期了,我们上线排期全被打乱,运营那边天天追着我问,真的无语。再这样下去我们只能考虑换供应商了。

孙蕾""",
    quote_from=SUN, quote_style="gt_zh", trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: angry studio mail ('unacceptable', 'out of its depth') quoted below an owning-it apology with facts and a call",
    sender=OLIVIA, to=[RACHEL], cc=[],
    subject="RE: Trailer delivery",
    body="""Dear Rachel,

You're right to be upset, and I'm sorry. The trailer should have been with you yesterday, and at the very least someone should have called you the moment we knew it would slip. That is a failure of communication on our part, and I own it.

What happened: the final audio stem failed our internal loudness check at 6pm, and the re-render finished at 1am. The files are on your server now (folder TRL_v12_FINAL), and I've asked Tom to call Kevin at 9am your time to walk through the QC report.

From today, any delivery at risk of slipping by even an hour gets a phone call to you, not an email.

I'd welcome ten minutes with you later today if you have them.

Olivia Grant
Managing Director""",
    quote="""Olivia,

This is unacceptable. The trailer was supposed to be on our server yesterday and nobody from your team even bothered to tell us it was late. Frankly your team looks out of its depth on this one. I need answers today.

Rachel""",
    quote_from=RACHEL, quote_style="outlook", trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: harsh bank feedback ('像婚庆公司的MV') in a Foxmail quote; PM thanks them, owns the miss, proposes a recut and a visit",
    sender=ZHAO, to=[HAN], cc=[],
    subject="回复:品牌片初剪意见",
    body="""韩处您好:

意见收到,谢谢您直接告诉我们领导的真实感受,这比客气话有用得多。

我们内部复盘了一下,问题主要出在两处:一是音乐选得过于煽情,二是人物镜头用了太多慢动作,确实偏离了脚本阶段定下的“稳健、专业”的调子。这是我们执行上的偏差。

计划这样调整:本周五前出一版新剪辑,换掉配乐,慢动作减少一半以上,并补充两段网点实景。周五下午我想和导演一起去行里,当面给您和领导汇报调整思路,您看时间是否方便?

赵拓""",
    quote="""赵总:

初剪看了,说实话拍得像婚庆公司的MV,领导很不满意,说你们根本没理解我们行的定位。这个水平我们很难接受。

韩志刚""",
    quote_from=HAN, quote_style="foxmail", trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: client's 'ridiculous' in the quote; PM takes the blame and gives status plus a temp-version option",
    sender=GUO, to=[KEVIN], cc=[],
    subject="Re: VFX shots still not there???",
    body="""Hi Kevin,

Sorry for the silence - 这是我们的问题. 两个 vendor 的 shots 在 Monday 晚上的 internal review 里被打回了 (edge artifacts on the greenscreen keys), 我应该当时就通知你, 而不是等修好再说.

Current status:
- 18 / 24 shots 已经 final, 今天下午 4pm (LA time) 上传;
- 剩下 6 个 shots Friday noon 前交, 我每天给你发 progress update.

如果 Friday 对 editorial 来说太晚, 告诉我, 我可以先把 6 个 temp versions 发过去给剪辑用.

Chen""",
    quote="""Chen, where are the VFX shots?? We were promised them Monday, it's Wednesday. This is getting ridiculous.

Kevin""",
    quote_from=KEVIN, quote_style="gt", trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: constructive internal discussion of the client's skin-tone concern ('她说得有道理'), video call planned",
    sender=HE, to=[WEI, MENG], cc=[],
    subject="孙老师对第3集肤色的意见",
    body="""阿杰、小孟:

孙老师今天反馈第3集室内戏肤色偏黄。我下午在参考监视器上复看了一遍,她说得有道理:第12到第15场我们为了压暖光,把整体往黄里带了,演员脸色确实不太健康。

建议这么处理:
1. 阿杰先把第12-15场的肤色单独拉出来做一版,保留环境的暖调;
2. 小孟把对应时间码整理成列表,方便对照;
3. 明天下午三点我约孙老师视频,当面给她看前后对比,听听她的意见再定。

她看片一直很细,这次确实帮我们抓到了问题。

思远""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: internal mail quoting the client's harsh '做事没脑子' and taking it seriously ('他批评得对')",
    sender=ZHOU, to=[CHEN, MENG, SONG], cc=[],
    subject="关于杜总昨天的批评",
    body="""各位:

昨天周会上杜总说我们“做事没脑子,交付清单都能漏”,话说得重,大家心里可能不舒服。但我回头核了一遍,交付清单确实漏了两项(英文SDH字幕和音乐cue sheet),这是事实,他批评得对。

想请大家一起做两件事:
1. 一鸣把交付清单改成双人核对,签字后再发;
2. 宋雯周五前补交SDH字幕,cue sheet我来补。

下周一我会当面跟杜总说明整改情况。不用有情绪,把活干漂亮就是最好的回应。

周蔓""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: colleague banter ('你是魔鬼吧' as praise, '我这猪脑子' at oneself), nothing about the client",
    sender=CHEN, to=[WU], cc=[MENG],
    subject="老吴你是魔鬼吧",
    body="""老吴:

三个小时把第11集72条对白全修完了,还顺手把那段空调底噪去干净了,你是魔鬼吧?我宣布你就是本月棚霸,奶茶我包一个月。

另外自首一下:昨天导出的审看版是我把帧率设成了25,音画不同步那事跟你没关系,是我这猪脑子。已经重新导出,今晚发平台。

小孟你别笑,上周把字幕文件命名成“最终版最终版2”的人是谁来着?

一鸣""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: banter and self-deprecation ('I'm an idiot') between colleagues; the client is mentioned only kindly",
    sender=TOM, to=[MARCUS], cc=[],
    subject="You absolute legend",
    body="""Marcus,

You absolute legend. Regrading forty shots overnight because I sent the wrong LUT to the suite - I'm an idiot, and you were a saint about it. I owe you a very large breakfast.

For the record, Kevin was nothing but gracious when I told him about the delay, so no fallout on that side. I've also added a LUT checksum step to the turnover checklist so future me can't do this again.

Tom""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: firm but polite facts on an overdue payment (contract clause, what is withheld, offer to help)",
    sender=ZHAO, to=[HAN], cc=[LIUQ],
    subject="第二期款项及母版交付安排",
    body="""韩处、刘老师您好:

跟您同步一下款项和交付的情况。

根据合同第5.2条,第二期款(合同总额的40%)应于3月31日前支付,截至今天(4月8日)我们尚未收到。按合同约定,成片母版及工程文件将在第二期款到账后三个工作日内交付;审看版和播出用的压缩版不受影响,已经照常发给您。

我知道行里的付款流程环节多,如果是哪个环节卡住了、需要我们补什么材料(发票、验收单、会签表等),请直接告诉我,我们今天就准备。

赵拓""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: firm facts on extra music-replacement fees with contract basis, open to negotiate",
    sender=XU, to=[DU], cc=[],
    subject="关于第二轮音乐替换的费用说明",
    body="""杜总您好:

关于第二轮音乐替换是否另外计费,我把依据整理如下,供您参考:

1. 合同附件二约定,音乐清版费用包含一轮替换(已于4月完成,共6首);
2. 本轮新增替换9首,其中4首是平台审核的新要求,5首是导演调整;
3. 按附件二第3条,超出部分按单曲报价计费,9首合计约11.6万元,明细见附件。

如果平台认为其中因审核政策变化产生的4首应另行协商,我们完全可以坐下来谈,下周任何时间都可以。

许嘉禾""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: recommendation with reasons ('按我们的经验,倾向方案A') that leaves the decision to the client, plus a test option",
    sender=HE, to=[SUN], cc=[],
    subject="Re: 调色风格A/B方案",
    body="""孙老师您好:

按我们的经验,倾向方案A(低饱和、偏冷):和剧本的悬疑调子更贴,在手机小屏上对比也更清楚。

不过方案B也完全可行,它的优点是人物肤色更讨喜,平台做宣传海报时会更好用。两个方案的工期和费用是一样的。

如果内部还难以统一,我们也可以把第1集的两个版本各做一段90秒的片段,给运营同事做一次小范围观众测试。最终按您这边的决定来。

何思远""",
    quote="""何老师:

两个调色方案我们内部意见不统一,你们专业上怎么看?

孙蕾""",
    quote_from=SUN, quote_style="outlook_zh", trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: recommends IMF App 2E but leaves it to the client ('Your call')",
    sender=HANNAH, to=[ZOU], cc=[],
    subject="交付封装格式建议",
    body="""邹工,

关于 master 的封装格式, 我们的建议是 IMF App 2E: 以后出多语言版本时只需补 supplemental package, 不用重出整片, 长期看更省事.

但如果平台 ingest 这边对 ProRes 4444 的流程更熟, 我们也完全 OK, 两种格式工期差不多. Your call - 下周一前告诉我们就行.

Hannah""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: risky words ('没有不可能', '不接受', '违者必究') only in the signature motto and disclaimer",
    sender=LIN, to=[LIUQ], cc=[],
    subject="宣传片拍摄通告(6月20日)",
    body="""刘老师好~

6月20日网点实拍的通告发您啦,附件里有分场表和人员名单:
- 早上7:30 团队到达支行,8:00开机;
- 中午12:00-13:00 午休,期间营业区照常对外;
- 下午17:00前收工,现场恢复原样。

需要行里帮忙协调的是:营业厅拍摄区域的临时隔离,以及两位出镜员工的肖像授权书(模板在附件)。有问题随时找我哦~

林晓棠
项目协调|后期制作部
“没有不可能的镜头,只有不够早的通告。”
本邮件及附件仅供指定收件人使用,未经许可不得转发、复制;我方不接受任何形式的未授权使用,违者必究。""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: logistics mail; risky words ('must not', 'do not accept', 'Do not argue') only in the signature disclaimer/motto",
    sender=PRIYA, to=[RACHEL], cc=[],
    subject="Final mix playback - Tuesday 10am",
    body="""Hi Rachel,

Confirming final mix playback for "Tidewater" on Tuesday at 10am in Stage 2. We'll play reels 1-3 before lunch and 4-6 after; the full run is about 2h10m including end credits. Parking passes for you and Kevin will be at the front desk.

If the director wants to join remotely, we can stream the stage feed - just let me know by Monday so we can test the link.

Best,
Priya

--
Priya Nair | Post Producer
"Fix it in post? No. Fix it in prep."
CONFIDENTIALITY: This email is intended only for the named recipient. If you are not the intended recipient you must not read, copy or forward it, and we do not accept any liability for its unauthorised use. Do not argue with the re-recording mixer after midnight.""",
    quote=None, trad=False,
),
]

CASES += [
dict(
    expect=[], lang="zh",
    why="hard negative: long (~650 chars) but focused root-cause analysis of the IMF loudness failure",
    sender=CHEN, to=[SUN], cc=[ZOU],
    subject="第7集IMF包QC失败根因分析及整改",
    body="""孙老师、邹工:

关于第7集IMF包在平台自动QC中两次失败的问题,我们这两天做了完整排查,结论和整改措施汇报如下。

一、现象
第7集IMF包6月2日、6月4日两次提交,平台QC均报响度超标,测量值分别为-19.8 LKFS和-20.1 LKFS,而我方母版测量值为-24.0 LKFS。

二、排查过程
1. 用两套独立的响度表(硬件表和软件插件)复测母版WAV,结果一致,均为-24.0 LKFS,排除母版本身的问题;
2. 将IMF包中的音频MXF解封装后复测,结果为-20.0 LKFS,说明问题出在封装环节;
3. 用同一台机器、同一版本软件封装一段测试音频,复现了同样的增益变化,确认问题可以稳定复现;
4. 对比封装软件的工程设置,发现上周软件升级后,音频通道映射的默认值由“5.1加立体声”变成了“仅5.1下混”,下混过程中中置声道的增益被叠加了约4 dB。

三、根因
封装软件升级后默认参数发生变化,而我方封装模板没有锁定通道映射;交付前的抽检只检查了母版,没有检查封装后的成品。责任在我方。

四、整改
1. 封装模板已锁定通道映射,并写入操作手册,今后升级软件前先在测试机上验证;
2. 交付前增加“封装后成品复测”一步,由两人交叉确认并签字;
3. 第7集已重新封装,复测为-24.0 LKFS,今天下午提交;
4. 已交付的1-6集我们逐一复查,均为升级前封装,不受影响,复查记录见附件。

五、对排期的影响
本次重新封装和复测占用了约一天半时间,第8集的提交时间由原定6月7日顺延到6月8日上午,第9至12集的计划不变。我们已经和混音组、封装组重新核对了人员安排,周末会留一名工程师值班,确保重新提交后平台如有任何反馈,能在四小时内响应。同时,我们会把这次的排查方法整理成一页检查清单发给邹工,供平台今后排查同类问题时参考。

六、需要平台协助
请邹工在第7集重新提交后,优先安排一次人工复核,确认QC报告无误后,我们再按计划推进第8集的封装和提交。

如对以上分析有疑问,我可以随时过去当面说明。

陈一鸣""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: long but on-topic weekly post-production report (progress, risks, next week, items to confirm)",
    sender=ZHOU, to=[DU, SUN], cc=[],
    subject="《长夜将明》后期制作周报(第19周)",
    body="""杜总、孙老师:

本周后期制作周报如下,请审阅。

一、总体进度
全剧12集,截至本周五:剪辑锁定12集,调色完成9集,特效完成8集,声音终混完成6集,字幕完成10集。整体进度约为计划的92%,比上周计划落后约两天,主要集中在特效环节。按目前的速度,全剧整体交付日期仍可保持在6月26日,距离上线还有两天的缓冲。

二、本周完成
1. 第7-9集调色完成,并通过导演审看;
2. 第5、6集终混完成,已上传平台审看;
3. 第1-10集中文字幕完成双人校对,英文字幕完成第1-4集;
4. 片头动画第二版已由平台确认锁定。

三、风险与问题
1. 第10集特效镜头27个需要返工,已新增两名合成师,预计6月12日完成,较原计划晚两天;
2. 第11、12集有三首配乐的海外同步授权尚未回复,许嘉禾每天跟进,若6月15日前仍无回复,建议启用备选曲目,届时会提前与平台确认;
3. 平台QC工具升级后规则有变化,需要邹工协助同步最新的版本说明。

四、下周计划
1. 完成第10-12集调色;
2. 完成第7-9集终混;
3. 交付第5-8集英文字幕;
4. 6月14日(周五)下午在平台做一次阶段性联合审看,建议杜总、孙老师及运营同事参加,时长约两小时。

五、质量情况
本周平台QC共退回两个包:第5集因字幕时间码与画面错位一帧被退回,已于当天修正并重新提交通过;第6集因音频元数据中的语言标签填写错误被退回,原因是封装模板中的默认值没有更新,模板已经修改,后续各集不会再出现同类问题。此外,我们内部QC本周共发现并修正了十一处问题,包括三处画面闪帧、五处字幕错别字和三处声音爆音,详细清单见附件。下周起,内部QC报告会随每次交付一起发给孙老师,方便平台对照。

六、需要平台确认的事项
1. 联合审看的时间和参加人员,请于周三前回复;
2. 英文字幕是否需要同时交付SDH版本;
3. 上线版本片尾鸣谢名单的最终版,请法务于下周内提供。

如有问题请随时联系。

周蔓""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: long but focused rights-clearance summary (music, archive footage, releases, fonts) with choices left to the client",
    sender=XU, to=[HAN, LIUQ], cc=[],
    subject="品牌片音乐及素材授权情况汇总",
    body="""韩处、刘老师:

品牌片进入终混之前,我把音乐和素材授权的情况整体梳理了一遍,供您审阅。

一、音乐
1. 主题音乐:由我方作曲原创,著作权及录音制品权在项目结算后全部转让给贵行,转让协议草稿已于5月20日发给行里法务;
2. 片中两段氛围音乐:来自曲库,授权范围为“全球、网络及线下展播、五年”,授权书已经取得;
3. 第30秒处原计划使用的一段古典乐录音,经查该录音版本的权利人要求按播放渠道逐项计费,成本较高。我们准备了两个备选:一是用同一曲目的公版乐谱重新录制,二是换成曲库中风格接近的曲目。两者费用都在原预算内,请您选择。

二、影像素材
1. 城市航拍:由我方拍摄,无第三方授权问题;
2. 两段历史资料影像(八十年代的营业厅):来自档案馆,授权期三年,仅限非商业宣传使用。如果贵行后续计划用于商业广告投放,需要另行补充授权,我们可以协助办理;
3. 出镜员工肖像授权:已签回11份,还差2份,名单附后。

三、字体
片中所有字体均已确认商用授权,清单附后。

四、后续使用的注意事项
1. 曲库音乐的授权以成片为单位,如果行里后续要把片子剪成十五秒、三十秒的广告版本,只要不更换音乐、不与其他作品混剪,都在授权范围之内;
2. 如果计划把主题音乐单独用作营业厅背景音乐或电话等待音乐,由于著作权届时已经转让给贵行,不需要再另外申请;
3. 档案馆影像每一次公开使用时,都需要在画面或片尾注明出处,我们已经在成片里加上了,行里自行剪辑其他版本时也请保留;
4. 出镜员工即使离职,肖像授权仍然有效,但建议行里在授权到期前半年再与本人确认一次。

五、时间安排
1. 请于6月10日前确认第30秒音乐的方案;
2. 剩余2份肖像授权书请于6月12日前签回;
3. 全部授权文件将在成片交付时一并打包移交,同时附一份授权到期提醒表,方便行里后续管理。

如需当面过一遍,我随时可以去行里。

许嘉禾""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: long (~480 words) but focused delivery plan with dates, QC, risks and contacts",
    sender=PRIYA, to=[KEVIN], cc=[RACHEL],
    subject="\"Tidewater\" - delivery plan and schedule",
    body="""Hi Kevin,

As promised, here is the full delivery plan for "Tidewater", so that your team and ours are working from the same document. Spec references are to your Delivery Schedule v4 dated 2 April.

1. Picture
- DCP (2K; 5.1 and Atmos versions), interop and SMPTE: delivered to the lab on 14 June, KDMs issued on request.
- IMF App 2E package (UHD, HDR10 and Dolby Vision) for the streaming licensee: 21 June.
- ProRes 4444 XQ texted and textless masters: 21 June.
- Trailer masters (two versions, 2:10 and 1:00): 17 June.

2. Sound
- 5.1 and 7.1 printmasters, stereo Lt/Rt: 12 June.
- Full M&E with fully filled effects, plus dialogue, music and effects stems: 19 June.
- Atmos ADM BWF: 14 June, alongside the DCP.

3. Subtitles and captions
- English SDH and twelve foreign-language subtitle files in IMSC 1.1 and SRT: 24 June. We'll send the English SDH for your review on 18 June; please allow two working days for turnaround on notes.

4. Paperwork
- Music cue sheet, signed off by Sandra: draft to you on 10 June.
- Chain of title summary and E&O certificate: your legal team holds these, but we'll need copies for the QC binder by 17 June.
- Final approved credits list: we need this by 7 June at the latest to make the DCP date.

5. QC
Every element goes through our internal QC first, with reports attached to each delivery. Third-party QC at your lab is scheduled for 24-26 June, with a fix window on 27-28 June. If the lab flags anything, we'll triage it the same day and come back to you with a fix date. Our internal QC covers picture (dropouts, dead pixels, gamut), sound (sync, loudness, phase) and subtitles (timing, spelling, reading speed), using the checklist we shared with your lab in March.

6. Risks
- The credits list is the most likely cause of slippage. If it arrives after 7 June, the DCP date moves day for day.
- Dolby Vision trims on reels 5 and 6 are the most complex; we've held a spare suite day on 20 June.
- If the streaming licensee changes its spec again, we'd need to re-scope the IMF deliverable, and I'd come back to you with a revised date before committing to anything.

7. Contacts
- Picture and DCP: Marcus Reid
- Sound: the mixing team, via me
- Subtitles and paperwork: Hannah Liu
- Overall schedule: me

Could you let me know by Friday whether these dates work for your distribution team? If any date needs to come earlier, tell me which ones matter most and I'll look at where we can re-sequence the suites. I'll also circulate an updated version of this plan every Monday until final delivery, with any changes highlighted, so nobody has to compare versions line by line.

Thanks,
Priya""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: long but focused VFX change-impact analysis (scope, schedule, cost, three options; client decides)",
    sender=GUO, to=[SUN], cc=[],
    subject="第10集新增特效镜头 change impact",
    body="""孙老师,

关于平台昨天提出的第10集新增 8 个 VFX shots (主要是雨夜追车那场的 set extension 和两处 monitor replacement), 我们做了 change impact analysis, 汇总如下.

1. Scope
- 8 个新增 shots 中, 5 个是 set extension, 需要 3D 建模城市背景, 属于 complex 级别;
- 3 个是 monitor replacement, 属于 simple 级别, 每个大约 1 个工作日;
- 另外, 新增镜头会影响相邻 4 个已经 final 的 shots 的 continuity (雨量、光线方向), 需要一起调整.
- 新增镜头的设计稿我们已经按导演昨天的口头描述画了草图, 附在邮件里, 请平台和导演先看一下方向是否一致, 以免返工.

2. Schedule impact
- Complex shots 每个约 4 个工作日, 三个 artist 并行, 预计 7 个工作日完成;
- 全部 12 个 shots (8 个新增加 4 个调整) 预计 6 月 24 日 final, 比原计划晚 8 天;
- 第10集的调色和终混需要顺延, 6 月 28 日的上线节点会比较紧, 但仍有 2 天 buffer.

3. Cost impact
- 按合同附件的 VFX rate card, 新增部分约 23.5 万元, 调整 4 个已完成镜头约 3.2 万元, 明细见附件 Excel.

4. Options
- Option A: 8 个 shots 全部做, 按上面的时间和费用执行;
- Option B: 先做 3 个 monitor replacement 和 2 个最关键的 set extension, 其余 3 个用调色和构图调整来规避, 费用约 12 万元, 可以按原计划 6 月 16 日完成;
- Option C: 上线版本先按 Option B 交付, 二期再补完整版本替换, 平台只需要替换第10集的 IMF supplemental package.

5. Risks
- Set extension 需要的城市背景参考照片目前只有白天的, 雨夜的光线需要我们自己重建, 如果导演对第一版 look 不满意, 每多一轮修改大约增加 2 个工作日;
- 雨夜追车那场的原始素材有部分镜头运动模糊比较重, tracking 难度高, 我们已经先试做了一个镜头, 效果可以接受, 但不排除个别镜头需要补拍空镜;
- 如果平台选择 Option A, 我们需要同时调整第11集两个镜头的 continuity, 这部分不额外收费, 但会占用同一组 artist 的时间.

三个方案我们都可以执行. 从画面效果看 A 最好, 从上线风险看 B 最稳, C 兼顾两者但需要平台多走一次替换流程. 请平台根据上线的优先级来决定, 本周四之前告诉我们, 我们就能按时启动.

另外, 为了不影响其他集的进度, 本周内我们会先用现有人手做前期准备 (建模参考整理、镜头拆分), 这部分工作无论选哪个方案都用得上, 不会产生额外费用.

如有疑问, 我可以带着 previs 去平台当面讲一下.

郭晨
VFX 制片""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative (traditional): '並不是您那邊設備的問題' - PM takes the blame for a colour-tag error and fixes it",
    sender=TSAI, to=[CHAN], cc=[],
    subject="回覆:第二支預告片色彩異常",
    body="""陳生您好:

並不是您那邊設備的問題,是我們的疏失。我們查了一下,第二支預告片在轉檔時色彩範圍標記錯了(Limited 被標成了 Full),在標準放映設備上就會發灰。

已經重新轉檔並核對過標記,新檔案今天傍晚六點前上傳到原來的資料夾。之後每次交付前,我們都會在第三方播放器上再檢查一遍。

給您和團隊添麻煩了,非常抱歉。

蔡宜芳""",
    quote="""宜芳:

第二支預告片在我們的放映廳看,整體發灰,跟你們棚裡看的完全不一樣。是不是我們的設備有問題?

陳家豪""",
    quote_from=CHAN, quote_style="foxmail", trad=True,
),
dict(
    expect=[], lang="zh",
    why="hard negative: risky phrases only as song titles (《别再固执》《不可能》《你根本不懂》《甲方乙方》) in a clearance update",
    sender=XU, to=[SUN], cc=[],
    subject="第5集配乐授权进度",
    body="""孙老师:

第5集四首配乐的授权进度同步一下:

1. 《别再固执》(2M03):词曲和录音授权均已签回;
2. 《不可能》(2M07):录音权利人已同意,词曲版权方的报价下周一出;
3. 《你根本不懂》(2M11):已签回,注意片尾字幕需要标注原唱;
4. 《甲方乙方》(2M15,器乐版):曲库授权,已完成。

如果2M07的报价超出预算,我会提前给您两首备选曲目。

许嘉禾""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: insulting lines are the characters' dialogue in a subtitle erratum",
    sender=SONG, to=[SUN], cc=[],
    subject="第9集字幕勘误",
    body="""孙老师您好:

第9集英文字幕复核中发现两处误译,已修正,新字幕文件今天上传:

1. 14:22 角色台词“你们这帮人就是一群废物,一个都靠不住”,原英文字幕译成了“You guys are a little disappointing”,语气弱了很多,已改为“You're all useless, every last one of you.”
2. 31:05 台词“这事没得商量,我说不行就是不行”,原字幕漏译了后半句,已补全为“This isn't up for discussion. When I say no, I mean no.”

两处均为我们校对时的疏漏,抱歉。

宋雯""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: '如周二电话里说的' / '我上次说过' as follow-through, with results and replacement options",
    sender=XU, to=[DU], cc=[],
    subject="Re: 海外发行音乐授权",
    body="""杜总您好:

如周二电话里跟您说的,周五前给您确认,今天结果出来了:

12首配乐中,10首的海外同步授权已经谈妥,费用合计8.4万元,在原预算内;另外2首的权利人只同意亚洲区授权,我们已经准备好两首风格相近的替换曲目,试听链接在附件里。

我上次说过,替换曲目要等导演确认后才能最终定,所以这两首请您这边和导演一起听一下,下周二前告诉我倾向就可以。

许嘉禾""",
    quote="""嘉禾:

周二电话里你说周五前会确认海外授权费用,现在有结果了吗?

杜建平""",
    quote_from=DU, quote_style="gt_zh", trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: internal self-criticism with '难道我们不该...' aimed at our own team; the client is described fairly",
    sender=ZHOU, to=[CHEN, SONG, LIN], cc=[],
    subject="本周交付事故复盘",
    body="""各位:

这周第6集字幕错位的事,孙老师没有发火,只是很平静地问了一句“你们交付前有没有人看过”。说实话,这句话比骂我们一顿还让我难受。

难道我们不该在出包之前完整看一遍吗?该,而且是必须的。这次是我们自己偷了懒,以为字幕文件是自动生成的就不会错。

从下周开始,每一集交付前安排一人完整看一遍成片,看完在交付单上签名。第7集我先来看。

周蔓""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: internal workflow note with the client deliberately in Cc, admitting the client was right",
    sender=SONG, to=[LIN, MENG], cc=[SUN],
    subject="Subtitle workflow 调整 (cc 孙老师 FYI)",
    body="""Hi 晓棠, 小孟,

Cc 孙老师 so she's in the loop. 上周的字幕错位, 平台指出的问题是对的, 我们内部 workflow 有漏洞: re-conform 之后没有重新 sync 字幕时间码.

从本周起:
1. 每次 re-conform 之后, 小孟导出新的 EDL, 晓棠用它重新 sync 字幕;
2. 交付前用 QC tool 跑一次 subtitle overlap check;
3. 我每周五发一份 subtitle QC summary 给孙老师.

孙老师, 如果平台还有别的检查项希望我们加进去, 随时告诉我们.

宋雯""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: a colleague's quoted gripe about the client ('是不是闲的') answered constructively with the real reason and a template fix",
    sender=CHEN, to=[MENG], cc=[],
    subject="Re: A平台又改片头",
    body="""小孟:

理解你累,连着改四次谁都烦。不过这次我问过孙老师了,不是她们临时起意:广电新规对片头时长有了要求,平台所有在播剧都得调,不只是我们这部。

我的建议是:这次剪完,我们把片头做成15秒、10秒、5秒三个版本的模板,以后再有变化直接换,不用每次重剪。明天上午我们花半小时一起把结构过一遍?

今晚别加班了,早点回去。

一鸣""",
    quote="""一鸣:

A平台又改片头时长了,从15秒改到10秒,这已经第四次了。他们是不是闲的没事干?我真的不想再剪了。

小孟""",
    quote_from=MENG, quote_style="foxmail", trad=False,
),
dict(
    expect=[], lang="en",
    why="hard negative: client slang anger ('wtf', 'This is a joke') only in the quote; PM explains the cause and the fix",
    sender=TOM, to=[KEVIN], cc=[],
    subject="Re: audio on ep 3??",
    body="""Hi Kevin,

Fair complaint - the drift is real and it's ours. Episode 3 was exported at 23.976 but the audio was conformed against a 24fps reference, so it slips about a frame a minute after the 20-minute mark.

We've re-conformed the audio, checked sync at five points through the episode, and the corrected file is uploading now (ETA 40 minutes). I've also asked our assistant editors to double-check frame rates on episodes 4-8 before anything else goes out.

Sorry for the scramble.

Tom""",
    quote="""Tom wtf is going on with the audio on ep 3, dialogue drifts out of sync after 20 mins. This is a joke. Seriously, get it together.

K""",
    quote_from=KEVIN, quote_style="gt", trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: risky words in another sense ('如果...效果不行,我们就换回', '几乎不可能再出现'), ASCII punctuation",
    sender=HE, to=[LIUQ], cc=[],
    subject="明天试映安排",
    body="""刘老师您好:

明天下午两点在行里大会议室试映,我们上午十点到场调试设备.

调色方面,如果明天在会议室投影上看效果不行(会议室投影偏亮,可能冲淡暗部),我们当场就换回上一版调色方案,两个版本都会带过去.

字幕这次加了双人校对和逐帧检查,几乎不可能再出现上次那种错别字了.当然我们还是会准备一份纸质台词本,请您同事现场帮忙再盯一下.

何思远""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: praise using '不可能完成的任务' for the client's legal team",
    sender=XU, to=[DU], cc=[],
    subject="感谢法务团队",
    body="""杜总:

特别想借这封邮件谢谢贵司法务的李老师和她的团队。十二首歌的海外授权,按我原来的估计至少要一个月,结果她们一周就全部清完,合同条款还帮我们挑出了两处风险。说实话,我原本以为这是不可能完成的任务。

第11、12集的终混明天可以按计划开始了。麻烦您替我转达谢意,下次去平台我请她们喝咖啡。

许嘉禾""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: a song can't be licensed ('走不通') but two concrete alternatives are offered and the client picks",
    sender=LIN, to=[LIUQ], cc=[],
    subject="Re: 预告片想用那首流行歌",
    body="""刘老师好~

《夏夜晚风》这首我们法务查过了,版权方目前不对金融类品牌开放商用授权,这条路我们这边走不通,很抱歉。

不过我们准备了两个方向给领导选:
1. 曲库里有两首节奏和情绪都很接近的曲子(试听链接在下面),授权一天就能办完;
2. 请作曲老师按同样的风格写一段30秒原创,周四前能出小样,费用在原预算内。

领导喜欢哪个方向告诉我就行,也可以两个都听完再定~

晓棠""",
    quote="""晓棠:

领导很喜欢最近很火的那首《夏夜晚风》,想放在预告片里,可以吗?

刘倩""",
    quote_from=LIUQ, quote_style="outlook_zh", trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: discount beyond the PM's authority handed to the MD (in Cc) with a reply date",
    sender=SONG, to=[SUN], cc=[OLIVIA],
    subject="Re: 方言字幕报价能否再优惠",
    body="""孙老师,

理解预算压力. 八折已经超出 rate card 允许的 discount 范围, 我一个人 approve 不了. 我已经 loop in 我们的 MD Olivia Grant (已 cc), 她这周五之前会直接回复您, 看看有没有别的组合方式, 比如分两期交付或者调整 turnaround.

有进展我第一时间跟您说.

宋雯""",
    quote="""宋老师:

方言字幕三个语种的报价能不能再打个八折?我们预算卡得比较紧。

孙蕾""",
    quote_from=SUN, quote_style="gt_zh", trad=False,
),
dict(
    expect=[], lang="zh",
    why="hard negative: polite firmness - two delivery options, client chooses, both keep the launch date",
    sender=CHEN, to=[SUN], cc=[],
    subject="第12集交付时间的两个选择",
    body="""孙老师:

第12集目前的情况,需要请您做个选择:

方案一:6月21日(周五)交正片,幕后花絮版6月26日补交;
方案二:6月25日(周二)正片和花絮一起交。

两个方案都不影响6月28日上线,区别在于平台审片的时间窗口。您选哪个,我们都全力配合。

陈一鸣""",
    quote=None, trad=False,
),
dict(
    expect=[], lang="mixed",
    why="hard negative: neutral kickoff recap; 'must' and 'reject' only as spec/QC terms",
    sender=GUO, to=[ZOU, SUN], cc=[],
    subject="Kickoff recap: 第二季 delivery spec",
    body="""邹工、孙老师,

今天 kickoff 的 recap, 有遗漏请补充:

1. Video: UHD HDR master, Dolby Vision 4.0 metadata; SDR 版本由 DV trim 生成.
2. Audio: 平台 spec 要求 5.1 must be -24 LKFS, 立体声 downmix 也 must 单独交付.
3. Subtitles: IMSC 1.1, 简中 + 繁中 + 英文.
4. QC: 每集先过我们的 internal QC, 再上传平台自动 QC; 被 reject 的包 24 小时内 re-submit.
5. 下次 sync: 下周三 3pm, 线上.

谢谢两位今天的时间, 第二季合作愉快!

郭晨""",
    quote=None, trad=False,
),
]

# deterministic shuffle so labels are not grouped by rule (seed 5454)
random.Random(5454).shuffle(CASES)
