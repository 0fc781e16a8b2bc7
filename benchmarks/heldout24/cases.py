"""heldout24: 80 labelled PM email drafts (training set), written by an independent helper.

Composition: 40 positives (refusal 16, backchannel 10, argue 6, persuade 6, ramble 6; four drafts
carry two labels) and 40 hard negatives. Domains: hospitals (HIS, PACS, EMR, LIS), universities and
edtech platforms, research labs. The list is shuffled with random.Random(2424) at the end.
"""

import random
import re


_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u201c\u201d\u300c-\u300f]")
_FW = {",": "\uff0c", ":": "\uff1a", "?": "\uff1f", "!": "\uff01", ";": "\uff1b"}


def fw(text):
    """Full-width punctuation in Chinese context, as most Chinese mail clients type it.

    A mark becomes full-width when a CJK character stands right before it (or right after a comma);
    parentheses become full-width when what they enclose or what precedes them is Chinese.
    Times (8:00), decimals, "Re:" and English stretches keep ASCII.
    """
    if not text:
        return text
    text = re.sub(r'"([^"\n]*)"', lambda m: "\u201c%s\u201d" % m.group(1) if _CJK.search(m.group(1)) else m.group(0), text)
    text = re.sub(r"\(([^()\n]*)\)",
                  lambda m: ("\uff08%s\uff09" % m.group(1))
                  if _CJK.search(m.group(1)) or _CJK.match(text[m.start() - 1:m.start()] or "a") else m.group(0),
                  text)
    out = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch in _FW and (_CJK.match(prev or "a") or (ch == "," and _CJK.match(nxt or "a"))):
            out.append(_FW[ch])
        else:
            out.append(ch)
    return "".join(out)


def C(expect, lang, why, sender, to, subject, body, cc=None, quote=None, quote_from=None, trad=False,
      ascii_punct=False, **extra):
    """One draft. Chinese drafts get full-width punctuation unless ascii_punct=True (some people type
    ASCII punctuation in Chinese); mixed and English drafts keep what was written."""
    body = body.strip("\n") + "\n"
    if lang == "zh" and not ascii_punct:
        body, quote, subject = fw(body), fw(quote), fw(subject)
    case = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc or []),
                subject=subject, body=body, quote=quote, quote_from=quote_from, trad=trad)
    case.update(extra)
    return case


# ---- people -------------------------------------------------------------------------------------
# our side
ZHENG = "郑晓岚 <zheng.xiaolan@ourteam.example.com>"      # senior PM, hospital HIS, calm
WEI = "魏子豪 <wei.zihao@ourteam.example.com>"            # junior PM, schools / edtech, stressed
LU = "卢振东 <lu.zhendong@ourteam.example.com>"           # delivery director, blunt
HU = "胡嘉怡 <hu.jiayi@ourteam.example.com>"              # mid-level PM, research labs, chatty
SHAO = "邵一鸣 <shao.yiming@ourteam.example.com>"         # PACS PM, technical
FENG = "冯波 <feng.bo@ourteam.example.com>"               # mid-level PM, sarcastic streak
DANIEL = "Daniel Hsu <daniel.hsu@ourteam.example.com>"     # edtech PM, dry
MEGAN = "Megan Liu <megan.liu@ourteam.example.com>"        # edtech PM, cheerful
GRACE = "Grace Tan <grace.tan@ourteam.example.com>"        # senior delivery lead
CHAN = "陳立衡 <chan.laphang@ourteam.example.com>"         # Hong Kong PM
LIN = "林佩君 <lin.peijun@ourteam.example.com>"            # Taiwan PM
# colleagues
TANG = "唐建国 <tang.jianguo@ourteam.example.com>"
FAN = "范小北 <fan.xiaobei@ourteam.example.com>"
ZHOURUI = "周睿 <zhou.rui@ourteam.example.com>"
KEVIN = "Kevin Ng <kevin.ng@ourteam.example.com>"
SAM = "Sam Ortiz <sam.ortiz@ourteam.example.com>"
HO = "何嘉欣 <ho.kayan@ourteam.example.com>"
QIN = "秦朗 <qin.lang@ourteam.example.com>"
# client A: a city hospital (HIS / PACS / EMR / LIS)
SUN = "孙卫国 <sun.weiguo@client-a.example.cn>"            # IT director (信息科主任)
HEJING = "何静 <he.jing@client-a.example.cn>"              # radiology informatics (PACS)
DENG = "邓丽华 <deng.lihua@client-a.example.cn>"           # nursing department head
BI = "毕红 <bi.hong@client-a.example.cn>"                  # medical records office
YAN = "严志强 <yan.zhiqiang@client-a.example.cn>"          # laboratory department head
CAO = "曹敏 <cao.min@client-a.example.cn>"                 # vice president
FONG = "Raymond Fong <raymond.fong@client-a.example.cn>"   # IT director, international wing
# client B: universities, schools, edtech platform; the Hong Kong hospital and the Taiwan university
PRIYA = "Priya Nair <priya.nair@client-b.example.com>"     # head of digital learning
WHITCOMBE = "Alan Whitcombe <a.whitcombe@client-b.example.com>"  # dean
JESS = "Jess Harper <jess.harper@client-b.example.com>"    # teacher
PARK = "Sung-min Park <park.sm@client-b.example.com>"      # dean of engineering
ZHOUGD = "周国栋 <zhou.guodong@client-b.example.com>"      # university IT centre director
QIU = "邱雪梅 <qiu.xuemei@client-b.example.com>"           # academic affairs office
FANGMIN = "方敏 <fang.min@client-b.example.com>"           # secondary-school teacher
WANGYZ = "王远舟 <wang.yuanzhou@client-b.example.com>"     # dean of a college
LIUT = "刘婷 <liu.ting@client-b.example.com>"              # academic affairs clerk
HK = "陳志明 <chan.chiming@client-b.example.com>"          # Hong Kong hospital, IT head (Dr.)
TW = "黃淑芬 <huang.shufen@client-b.example.com>"          # Taiwan university, department chair
# client C: a research institute (biobank, sequencing, LIMS)
QIAN = "钱立 <qian.li@bank-c.example.cn>"                  # biobank director
OKAFOR = "Ruth Okafor <ruth.okafor@bank-c.example.cn>"     # lab director
LAMBERT = "Henri Lambert <h.lambert@bank-c.example.cn>"    # professor
WUF = "吴芳 <wu.fang@bank-c.example.cn>"                   # procurement
MIAO = "苗青 <miao.qing@bank-c.example.cn>"                # PI, GPU cluster

CASES = []
add = CASES.append

# =================================================================================================
# POSITIVES: refusal only (13)
# =================================================================================================

add(C(["refusal"], "zh",
      "flat no (item 4, no reason, no buffer) buried in a friendly five-item HIS status mail",
      ZHENG, [SUN], "本周HIS升级进展汇总(11月第2周)", """
孙主任好:

这周整体比较顺,跟您汇总一下几件事:

一、门诊挂号模块在测试环境跑完了两轮回归,发现的7个问题已修好6个,剩下一个是自助机小票的打印格式,周五前处理完。
二、住院结算与医保接口联调:周三下午跟医保中心对过一次账,差异率从0.8%降到了0.05%,下周再跑一次全量对账。
三、培训:各病区护士长的培训定在下周二、周四下午两点,地点还是门诊楼五楼小会议室,签到表我们带过去。
四、您上周提的药房发药窗口加一块大屏显示取药进度,这个我们就不弄了。
五、切换演练暂定11月22日晚上,停机通知的初稿我下周一发您审。

这阵子辛苦您和信息科的同事一直陪着我们加班,有什么情况随时电话我。

郑晓岚
项目经理 | 138 0000 2716
"""))

add(C(["refusal"], "zh",
      "refusal inside item 3 of a numbered meeting recap, bureaucratic, no buffer or alternative",
      WEI, [QIU], "11月5日教务系统项目周会纪要", """
邱老师好,以下是今天周会的纪要,请查收:

1. 排课模块:第二轮排课结果已导出,教务处下周一前反馈冲突课表清单。
2. 成绩录入:任课老师录入截止时间按校历定为1月15日,系统到点自动锁定。
3. 贵校提出的"成绩单一键生成带校徽的Word版并自动加盖电子章":本系统不具备公文生成功能,此项不予支持。
4. 账号同步:人事处新入职教师名单每周五中午同步一次,由我方周睿负责核对。
5. 下次周会:11月12日(周三)下午3点,行政楼302。

如纪要有遗漏,请回复补充。

魏子豪
"""))

add(C(["refusal"], "zh",
      "curt two-line reply turning down a teacher's polite request, nothing offered",
      WEI, [FANGMIN], "Re: 家长端能否看到作业批改痕迹", """
方老师,家长端看每次作业的批改痕迹这个做不了,您这边就不用再等了。

魏子豪
""", quote="""魏工您好,

我们初二年级好几位家长反映,想在家长端看到老师在作业上的批注和批改痕迹,不只是一个分数。不知道平台能不能加上?如果能,大概什么时候可以用?

谢谢!
方敏""", quote_from=FANGMIN))

add(C(["refusal"], "zh",
      "公文-style reply letter: two requested features 不予实施, no review, no alternative",
      LU, [QIAN], "关于贵单位《样本库管理系统功能增补函》的复函", """
钱主任:

贵单位11月3日来函收悉。

经我司项目组研究,函中所列"样本存放位置三维可视化"及"超低温冰箱温度曲线接入楼宇自控平台"两项,均不属于合同约定的建设内容,我司不予实施。

特此函复。

卢振东
项目总监
"""))

add(C(["refusal"], "en",
      "no phrased as product policy ('design decision ... not going to change'), no buffer",
      DANIEL, [PRIYA], "Re: Per-course grading scales", """
Hi Priya,

Quick answer on the per-course grading scales: the platform runs a single grading scale per institution. That's a design decision rather than a gap, and it isn't going to change.

Daniel
""", quote="""Hi Daniel,

Our nursing school grades clinical placements as Pass / Merit / Distinction, while everyone else uses percentages. Could we set a different grading scale per course? Otherwise the nursing tutors will have to keep a separate spreadsheet again.

Thanks,
Priya""", quote_from=PRIYA))

add(C(["refusal"], "en",
      "closing the topic by decree: 'we'll treat this as closed and won't revisit it', no alternative",
      GRACE, [WHITCOMBE], "Webcam checks for the law faculty exams", """
Dear Alan,

Thank you for passing on the law faculty's request once more. The exam app will not skip webcam identity checks for any faculty, the law school included.

We will treat this matter as closed and will not be revisiting it at Thursday's steering group.

Kind regards,
Grace Tan
Senior Delivery Lead
"""))

add(C(["refusal"], "mixed",
      "code-switched flat no on LDAP integration ('short answer 还是 no ... 也不会上')",
      DANIEL, [ZHOUGD], "Re: 新 LMS 对接学校老 LDAP", """
周主任,

关于新 LMS 对接学校那套老的 LDAP: short answer 还是 no。我们平台只认 SAML 和 OIDC, legacy LDAP 不在 roadmap 上, 以后也不会上。

Daniel
"""))

add(C(["refusal"], "zh",
      "traditional Chinese (Hong Kong hospital): refusal stated as fact of the system, 'never', nothing offered",
      CHAN, [HK], "回覆:急症室分流資料推送至病人手機", """
陳醫生您好:

關於把急症室分流等候資料即時推送到病人手機的構想,我們這套系統根本沒有這種可能,以後也不會有。急症室那邊如果再有同事問起,麻煩您直接這樣回覆他們就好。

謝謝!

陳立衡
項目經理
""", trad=True, quote="""立衡:

急症室的護士長上星期又問起,能否把分流類別和預計等候時間即時推送到病人手機,減少病人在分流站前排隊詢問。這個在新系統裡可以做到嗎?

陳志明""", quote_from=HK))

add(C(["refusal"], "zh",
      "traditional Chinese (Taiwan university): 結論是不做 + 此事到此為止, topic closed",
      LIN, [TW], "選課系統「AI 推薦課程」功能", """
黃主任您好:

選課系統加入「AI 推薦課程」這件事,我們內部已經討論過了,結論是不做。此事就到此為止,之後的專案會議也不再列入議程,謝謝您的理解。

林佩君 敬上
""", trad=True))

add(C(["refusal"], "zh",
      "rhetorical refusal ('还要能在线改?这个口子...不打算开'), no buffer or alternative",
      ZHENG, [BI], "Re: 已归档病历的在线修改权限", """
毕主任:

已经归档的病历还要能在线改?这个口子我们开不了,也不打算开。

郑晓岚
""", quote="""郑经理:

病案室这边经常遇到归档后才发现诊断编码填错的情况,每次都要走纸质申请、科主任签字,很麻烦。能不能给病案室开一个归档后在线修改的权限?

毕红""", quote_from=BI))

add(C(["refusal"], "zh",
      "refusal as an architectural fact + '没得商量', multi-campus shared appointment pool",
      FENG, [SUN], "关于东、西两个院区共用号源池", """
孙主任:

系统架构就是一个院区一个号源池,跨院区共享号源不支持,这点改不了,也没得商量。

冯波
""", ascii_punct=True))

add(C(["refusal"], "en",
      "refusal wrapped in a cheerful friendly mail ('we're going to pass on that one'), no alternative",
      MEGAN, [JESS], "Thanks for the Year 9 feedback!", """
Hi Jess!

Hope the Year 9 trip to the science museum went well and nobody got lost in the dinosaur hall :)

Thanks so much for the lovely feedback on the new quiz builder, I've shared it with the whole team and it made everyone's Monday. The screenshot of your class leaderboard is now on our office wall.

On the offline mode for the iPads: we're going to pass on that one.

Anyway, have a brilliant weekend and say hi to the rest of the science department from us!

Megan x
"""))

add(C(["refusal"], "mixed",
      "policy-style flat no on a new instrument ('不接 ... list 之外的一律不碰'), mixed zh/en",
      HU, [QIAN], "Re: LIMS 接入新采购的流式细胞仪", """
钱主任,

新买的那台流式细胞仪, LIMS 这边不接。我们只维护 validated instrument list 上的型号, list 之外的一律不碰。

嘉怡
""", quote="""嘉怡:

所里刚到了一台新的流式细胞仪(不在原来的清单里),下个月要开始跑样本。LIMS 能不能把它的结果文件也接进来?

钱立""", quote_from=QIAN))

# =================================================================================================
# POSITIVES: two labels (4)
# =================================================================================================

add(C(["refusal", "argue"], "zh",
      "flat 不做 plus lecturing and blame (合同写得清清楚楚, 我当众讲过, 先把合同看一遍)",
      SHAO, [HEJING], "Re: 三年以上历史影像迁移到新PACS", """
何老师:

三年以上的历史影像迁移,合同附件二里写得清清楚楚不在范围内,启动会上我也当着贵科室所有人的面讲过一遍。现在离上线只剩两周又提出来,我只能回复两个字:不做。

也希望贵科室以后提需求之前,先把合同从头到尾看一遍。

邵一鸣
""", quote="""邵工:

放射科的几位主任商量了一下,还是希望把2021年以前的历史影像也迁到新PACS里,不然调阅老片子还得去旧系统,很不方便。麻烦评估一下。

何静""", quote_from=HEJING))

add(C(["refusal", "backchannel"], "zh",
      "reply-all accident: the nursing head is still in Cc while the PM mocks her (邓大姐) and says just tell her no",
      WEI, [TANG], "Re: 排班系统增加夜班积分", """
唐工,这个别接。

护理部那位邓大姐一天一个点子,上礼拜要排班表分颜色,这礼拜又要夜班积分,下礼拜估计要让系统给护士排星座了。回她一句不做就完事,别跟她客气。

子豪
""", cc=[DENG], quote="""魏经理、唐工:

护理部想在排班系统里加一个夜班积分功能,按夜班次数和科室忙闲程度给护士累计积分,年底评优的时候参考。麻烦看看能不能加。

邓丽华""", quote_from=DENG))

add(C(["refusal", "persuade"], "en",
      "flat 'we won't build it' plus pressure to abandon their workflow ('only sensible way', 'expect everyone on it by January')",
      GRACE, [OKAFOR], "Custom export for the sequencer runs", """
Ruth,

We won't be building the custom export for your sequencer runs.

And frankly, the sooner your team lets go of the spreadsheet workflow, the better. The standard run reports are the only sensible way forward for a lab your size, and I'd expect everyone to be working from them by January. There's really nothing to gain from holding on to the old way.

Grace
"""))

add(C(["ramble", "persuade"], "zh",
      "ramble (700+ chars of fishing, hometown, kid's exam) burying a pressure line: 别犹豫, 只有我们这套才靠谱, 别再拿别家比",
      FENG, [SUN], "周末随便聊聊,顺便说下灾备", """
孙主任:

周末过得怎么样?我上周六终于跟几个老同学去了趟水库,天没亮就出发,结果一上午只钓到三条巴掌大的鲫鱼,还被老婆笑话了一整晚,说油钱都比鱼贵。不过水库边的空气是真好,早上雾气贴着水面,太阳一出来整片都是金色的,还有几只白鹭在浅滩上走来走去,我拍了好几张照片,回头发您看看,比我们机房的灯光强多了。

说起来,我老家那边最近也在修高铁,听我妈说村口那片菜地都被征了,补偿款还算可以,就是她老人家舍不得,天天去工地边上转悠,跟施工队的小伙子聊天,还给人家送腌萝卜。我说您别添乱,她说人家年轻人在外面干活不容易。想想也是,老一辈人就是这样。

我儿子今年高三,这学期模拟考数学终于上了一百二,全家都松了口气。就是英语还是老样子,阅读理解总是时间不够。我给他报了个周末的班,一节课三百多,心疼是心疼,可是也没办法,现在的孩子压力真大,比我们当年考大学难多了。您家闺女是不是也快中考了?有什么好的辅导老师记得推荐一下。

对了,上次您说医院食堂新来了个师傅,红烧肉做得特别地道,下次我去你们那边开会一定要蹭一顿。我们公司楼下那几家外卖我已经吃到看见就想吐了,同事们都在研究自己带饭,有人一周做了五天番茄炒蛋,被我们笑了半个月。后来他不服气,第二周改成了五天土豆丝,还说这叫技术迭代,把整个办公室都逗乐了。

还有一件事顺便提一句:灾备方案您就别再犹豫了,只有我们这套双活架构才靠谱,另外两家的方案您也别再拿来比了,下周一前给个签字,早定早省心。

最近降温降得厉害,早晚出门记得多穿点,机房里冷,您值班的时候也别只穿一件衬衫。改天约您喝茶,我那儿新到了一罐朋友从福建带的岩茶,味道挺正。

冯波
"""))

# =================================================================================================
# POSITIVES: backchannel only (9)
# =================================================================================================

add(C(["backchannel"], "zh",
      "to a colleague only: disparages the hospital IT head (一窍不通, 只会说你们看着办)",
      ZHENG, [FAN], "下午附一医院的会你不用去了", """
小范:

下午附一医院那个会你就别去了,我一个人去应付。信息科那位孙主任你也见识过,技术上一窍不通,偏偏每件事都得他拍板,讲了一个小时最后还是那句"你们看着办"。去两个人也是陪他绕圈子。

你把接口文档的第三章再过一遍,特别是检验结果回传那段,明天上午我们对一下。

晓岚
"""))

add(C(["backchannel"], "en",
      "internal mockery of the dean's office ('strikes again', 'I can't with these people')",
      DANIEL, [SAM], "the Dean's office strikes again", """
Sam,

The Dean's office strikes again. Alan now wants the analytics dashboard to look "less like a spreadsheet and more like a magazine", whatever that means. Last week it was "more like a spreadsheet". I honestly can't with these people. Apparently nobody over there has ever opened the design doc they signed.

Can you dig out the two mock-ups from October anyway? I'll put them in front of him and let him pick the one he hated least.

D
"""))

add(C(["backchannel"], "zh",
      "reply-all accident: the teachers' group address stays in Cc while the PM sneers at 'these teachers'",
      WEI, [ZHOURUI], "Re: 智慧课堂分组功能调整", """
周睿:

这帮老师真是一天一个主意,周一说要按班级分组,周三又要按学科分组,我估计明天还得全盘推翻。大家先别当真,需求先晾着,等他们自己吵出个结果再说。

子豪
""", cc=[FANGMIN], quote="""魏经理:

经过教研组讨论,我们希望智慧课堂的分组改为按学科分组,而不是按班级分组。之前的意见作废,给您添麻烦了。

方敏""", quote_from=FANGMIN))

add(C(["backchannel"], "mixed",
      "internal mockery of a client buyer by nickname '咖啡姐', mixed zh/en",
      HU, [KEVIN], "咖啡姐 again...", """
Kevin,

研究院那位"咖啡姐"又把报价单上的型号抄错了, 这已经是第三次了。我真怀疑她会不会用 Excel, copy paste 都能 paste 错。每次都是我们这边返工, 她倒好, 一杯拿铁喝完就下班。

麻烦你按正确的型号重新出一版 quotation, 我今天下班前转过去。

嘉怡
"""))

add(C(["backchannel"], "zh",
      "internal sneer at the hospital's PACS team (效率感人, 佛系医院)",
      SHAO, [QIN], "VPN账号的事", """
秦朗:

跟你同步一下,医院那边的VPN账号还是没批下来。一个账号批了两周,放射科那几位的效率真是感人,问就是"在走流程",佛系医院名不虚传。我看按他们的节奏,等账号下来我们的合同都到期了。

你先在本地环境把DICOM路由的脚本调通,账号一下来就直接上。

一鸣
""", ascii_punct=True))

add(C(["backchannel"], "en",
      "reply-all accident: the client IT director is in Cc of a mail mocking him ('in crayon this time')",
      MEGAN, [KEVIN], "Re: Cloud hosting for the imaging archive", """
Kev, see below. Apparently in Raymond's world "cloud" means "free". Can you put together the same cost table we did for the last three hospitals? In crayon this time, so it actually sinks in.

M
""", cc=[FONG], quote="""Hi Megan,

If we move the imaging archive to the cloud, I assume the storage cost disappears from our budget, since it's no longer on our servers? Please confirm so I can tell the finance committee.

Raymond Fong
IT Director""", quote_from=FONG))

add(C(["backchannel"], "zh",
      "traditional Chinese note to a colleague mocking the Hong Kong client (開會只說一半, 讀心術)",
      CHAN, [HO], "明天跟醫院開會", """
嘉欣:

明天跟醫院的會你記得帶上上次的會議紀錄。那位陳醫生開會永遠只說一半,剩下一半要我們自己猜,好像我們個個都會讀心術一樣,說錯了又是我們沒理解好。跟他開會真是累。

你先把新的分流畫面列印兩份,我們九點半在樓下等。

立衡
""", trad=True))

add(C(["backchannel"], "zh",
      "mail to the client dean that disparages a client staff member (不太靠谱, 建议换人)",
      FENG, [WANGYZ], "关于学院教学平台后续对接人", """
王院长:

平台二期进展顺利,下周可以安排学院老师试用。

另外说句实在话,贵院教务办的刘婷老师实在不太靠谱,交代的事情三天两头忘,上周的课程数据到今天还没给我们。建议以后这块的对接换个人,不然二期还得被她拖着。

冯波
"""))

add(C(["backchannel"], "en",
      "internal mail ridiculing a client professor by nickname ('Professor Know-It-All', never opens the README)",
      GRACE, [SAM, KEVIN], "FYI - Henri", """
Team,

FYI, Professor Know-It-All has now emailed our CTO directly for the third time this week. Every single question he asks is answered in the README he so obviously never opens. I'm muting the thread; if he pings any of you, send him the link and don't get drawn in.

Sam, the cluster maintenance window on Saturday is still on, please confirm you've got the runbook.

Grace
"""))

# =================================================================================================
# POSITIVES: argue only (5)
# =================================================================================================

add(C(["argue"], "zh",
      "sarcastic rhetorical blame: signed confirmation sheets, '签字是签着玩的?', '不知道贵科室是怎么看的'",
      FENG, [YAN], "Re: LIS报告单格式与预期不符", """
严主任:

需求确认单一共十四页,每一页右下角都有贵科室的签字。现在上线了又说"不是这个意思",那当初的签字是签着玩的?

我也不知道贵科室当时到底是怎么看的确认单,反正我们是严格照着做的。

冯波
""", quote="""冯经理:

检验科今天第一天用新LIS,报告单上参考范围的位置和我们习惯的完全不一样,医生反映看起来很别扭。这个和我们之前提的不是一个意思,请尽快按我们的要求改回来。

严志强""", quote_from=YAN))

add(C(["argue"], "en",
      "passive-aggressive 'Per my email of the 3rd - which I'll assume went unread', condescending explanation",
      DANIEL, [JESS], "Re: Import template question", """
Hi Jess,

Per my email of 3 November (which I'll assume went unread), the import template has a column called "Student ID". It is for the student ID. Not the name, not the class, not the email. The student ID.

Hope that clears it up this time.

Daniel
""", quote="""Hi Daniel,

Sorry to bother you again! The bulk import keeps failing for my Year 8 class. I put the students' names in the first column, is that right?

Jess""", quote_from=JESS))

add(C(["argue"], "zh",
      "passive-aggressive politeness lecturing teachers (先确认网线插没插哦, 我们工程师也挺忙的)",
      WEI, [QIU], "关于近期报障的一点建议", """
邱老师好:

最近两周教务处转过来的报障一共23单,我们逐一上门看了,其中17单是电脑没联网、浏览器没更新或者密码输错。

麻烦老师们以后报障之前,先确认一下网线有没有插好、密码是不是自己记错了哦,我们的工程师也挺忙的,实在没时间一台台帮大家插网线。谢谢配合~

魏子豪
"""))

add(C(["argue"], "mixed",
      "confrontational blame in mixed zh/en ('With respect, 这是你们自己的配置问题', 'check before escalating')",
      SHAO, [HEJING], "Re: PACS 调阅慢 - 已上报院领导?", """
何老师,

With respect, 调阅慢这个问题是你们自己的 middleware 配置导致的, not ours。连接池只配了 5 个, 我们的 deployment guide 第 12 页写得很清楚要 50 个。

下次 escalate 到院领导和我们 CEO 之前, please check your own side first。

邵一鸣
""", quote="""邵工:

PACS调阅一个CT序列要一分多钟,临床意见非常大。这个问题已经拖了一周了,我已经报给曹院长,她会直接找你们公司领导。

何静""", quote_from=HEJING))

add(C(["argue"], "en",
      "condescending lecture ('let me explain how DICOM works, since this comes up every week... slowly')",
      SHAO, [FONG], "DICOM, once more", """
Raymond,

Let me explain how DICOM works, since this seems to come up every single week. The modality sends the study. The archive stores the study. The viewer displays what the archive has. If the modality never sends it, no amount of refreshing the viewer will make it appear.

I've now written this out three times. I'm happy to go through it again slowly on a call if that would help your team.

Yiming Shao
"""))

# =================================================================================================
# POSITIVES: persuade only (4)
# =================================================================================================

add(C(["persuade"], "zh",
      "pressure via authority and a deadline (院长也倾向我们的方案, 您就别再坚持了, 下周一按这个推进)",
      LU, [SUN], "关于EMR上线方式", """
孙主任:

EMR的上线方式我们上周已经跟曹院长当面汇报过,院长也明确倾向我们提的全院一次切换方案。分科室灰度这个思路,您这边就别再坚持了,再讨论下去对谁都没好处。

我们下周一就按一次切换来排计划,您这边配合通知各科室即可。

卢振东
"""))

add(C(["persuade"], "en",
      "cost and blame pressure to sign off ('no sensible alternative', 'hate to tell your board it was your call')",
      GRACE, [OKAFOR], "Re: LIMS migration - decision needed", """
Ruth,

Every month you stay on the old LIMS costs you roughly $40k in licence and support fees. You need to sign off on our migration plan this week. There isn't a sensible alternative on the table, and I'd hate for your board to hear that the delay was your call.

Please send the signed plan back by Friday.

Grace
""", quote="""Grace,

Before we commit, I'd like my team to look at the option of staying on the current LIMS for one more year and migrating after the accreditation visit. Can you give us two weeks to think it through?

Ruth""", quote_from=OKAFOR))

add(C(["persuade"], "mixed",
      "pushes our interest over the teachers' view ('纸质签到必须取消', 'the sooner you accept the better'), mixed",
      MEGAN, [FANGMIN], "关于课堂签到方式", """
方老师,

老师们的想法我们能理解, but honestly 纸质签到这个环节必须取消, 全部走我们的 App。保留纸质只会让数据永远对不上, 这个 debate 没有必要再继续了, the sooner everyone accepts it the better。

下周一开始就只用 App 签到吧。

Megan
"""))

add(C(["persuade"], "zh",
      "implicit pressure: everyone else did it our way, 您就听我一回, 这事就这么定了",
      ZHENG, [DENG], "护理电子病历的推广节奏", """
邓护士长:

跟您交个底:这两年我们上了七家医院的护理电子病历,没有一家是分病区慢慢推的,都是全院一次性上。您担心的那些问题,别人家也都担心过,最后都没事。

您就听我一回,全院一起上,准没错。这事咱们就这么定了,别再犹豫了。

郑晓岚
"""))

# =================================================================================================
# POSITIVES: ramble only (5)
# =================================================================================================

add(C(["ramble"], "zh",
      "ramble: one actionable line (confirm the Thursday HIS downtime window) buried in ~700 chars of hiking, drama and canteen talk",
      ZHENG, [SUN], "最近好吗", """
孙主任好:

好久没跟您好好聊聊了。上周末我跟几个大学同学去爬了趟西山,本来说好早上七点集合,结果有个同学睡过头,硬是拖到九点才出发,爬到半山腰的时候太阳已经晒得人头晕。不过山顶的风景确实值得,能看到整个城区,连你们医院新盖的那栋住院楼都能认出来,我还专门拍了一张,回头发您。山顶有个卖烤红薯的大爷,说他在那儿摆摊二十年了,我们一人买了一个,边吃边看风景。

下山的时候路过一家农家乐,老板娘做的柴火鸡特别香,我们四个人吃了两只,还打包了一袋她自己晒的干豆角。说起来,您上次推荐的那部讲急诊科的电视剧我也追完了,前面几集挺真实的,后面感情戏太多,我老公看到一半就去睡觉了。您后来看完了吗?结局那个主任辞职我总觉得有点突然。

我女儿这学期开始学钢琴,老师说她手指条件不错,就是坐不住,每次练琴都要我在旁边盯着,一盯就是一个小时,比开项目例会还累。周末还要陪她去考级,一家人都跟着紧张。您家那位小公子现在还在踢球吗?上次听您说他进了校队,真不容易。

对了,周四晚上八点到十二点的HIS升级停机窗口,麻烦您这两天跟院办确认一下能不能定下来。

最近天气转凉,医院食堂是不是又开始供应羊肉汤了?去年冬天我在你们那边蹭过一次,到现在还念念不忘,比我们公司楼下那家好喝太多。还有,上次您提到想换一台新的咖啡机放在信息科,我朋友在做这个,要是需要我可以帮您问问价格,听说现在有一种胶囊和豆子都能用的,挺方便。

另外我最近在看一本讲宋朝饮食的书,里面说宋朝人已经会做冰沙了,还有专门卖凉水的铺子,觉得挺有意思,下次见面讲给您听。书里还写了当时汴京夜市的各种小吃,光是名字就列了好几页,看得我半夜饿醒,爬起来煮了一碗面。

祝您一切顺利!

郑晓岚
"""))

add(C(["ramble"], "en",
      "ramble: one request (course codes by Friday) buried in ~450 words of conference travel, football and restaurants",
      DANIEL, [WHITCOMBE], "Catching up", """
Dear Alan,

I hope you've had a good week. I'm writing from the airport lounge in Singapore, where I've been stuck for the last three hours thanks to a delayed connection, so forgive me if this one wanders a little.

The conference in Melbourne was better than I expected. The opening keynote was a bit of a slog, a very long talk about the history of the lecture theatre, complete with slides of Victorian anatomy halls, but the afternoon sessions were lively. I met a fellow from a university in Wellington who keeps bees on the roof of the library, and he spent most of the coffee break explaining how the hives survive the wind. Apparently the honey is sold at graduation and the proceeds go to the student hardship fund. I thought you might like that idea for your own rooftop.

The food was, as always in Melbourne, outstanding. There is a tiny dumpling place down a laneway off Little Bourke Street where the queue starts before they open, and I went three nights in a row. On the last night the owner recognised me and gave me an extra plate of pork buns on the house, which I took as a sign that I should move there permanently. My wife disagrees.

I also managed to catch an Aussie rules match at the MCG with a couple of colleagues. I still don't understand the rules, despite a patient explanation from a retired schoolteacher sitting next to us who had been a member of the club for fifty years. He told me the trick is to cheer whenever everyone else does, which is also my strategy for most faculty board meetings.

The flight over was long, and I finally watched that documentary about the Antarctic research stations you recommended back in the spring. The section about the winter crews, cut off for months with only a handful of people, was extraordinary. I'm not sure I'd survive a week, let alone a season, without decent coffee.

One small thing while I think of it: could your office send us the list of course codes for the LMS migration by Friday?

Back home, my daughter has started learning the cello, which means our house now sounds like a very sad whale for about forty minutes every evening. She's enthusiastic, though, and that is half the battle. Our dog has taken to hiding under the stairs whenever the case comes out.

Anyway, I'll be back in the office on Monday, jet-lagged but cheerful. Do let me know if you're free for lunch one day next week; there's a new Ethiopian place near campus that I've been meaning to try, and I'd love to hear how your sabbatical plans are shaping up.

Warm regards,
Daniel
"""))

add(C(["ramble"], "zh",
      "ramble: biobank permission list due Wednesday buried in ~650 chars about tea, renovation and a cat",
      HU, [QIAN], "钱主任,周末愉快", """
钱主任:

周末愉快!上次在所里开完会您送我的那包白茶,我这周终于开了,用您教的方法先醒了一下再泡,果然不一样,汤色很亮,回甘也明显。我同事喝了一口就问我在哪儿买的,我说是一位懂茶的老师送的,他们都很羡慕。

我家最近在装修,真是一言难尽。原来约好十月底完工,现在拖到了十二月,瓷砖师傅说进口的那批砖在港口卡住了,水电师傅又说厨房的插座位置要重新开槽。我每天下班都要去现场看一眼,墙上画满了各种记号,我老公说我比监工还像监工。最让人头疼的是颜色,我选的那个"雾霾蓝"刷上去以后,在白天看像灰色,晚上看又像绿色,现在全家人都在吵要不要重刷。

还有我们家那只橘猫,最近不知道怎么了,每天凌晨四点准时在床头唱歌,叫得撕心裂肺的。查了一下说可能是太无聊,要多陪它玩,于是我买了一根逗猫棒,结果它只玩了两分钟就去啃纸箱了。您家那只英短还好吗?上次视频会议的时候看见它从您键盘上走过去,把大家都逗乐了。我妈说猫闹夜是因为白天睡太多,建议我白天把它叫醒,可是我白天在上班,总不能请个人专门陪猫吧。我老公倒是出了个主意,说再养一只让它们俩互相做伴,我觉得他就是自己想养狗找个借口。

对了,样本库新系统的用户权限名单,麻烦您周三前发我一下。

最近所里楼下那家面馆听说换了老板,不知道口味变了没有。以前他们家的牛肉面我每次去所里都要吃一碗,汤头很浓。要是味道变差了可就太可惜了,下次去我先替大家尝尝。听说新老板是从兰州过来的,拉面是现场手工拉的,还可以选粗细,说不定比以前更好吃,到时候我给您发照片汇报。天冷了,您和实验室的老师们都多注意身体,别总熬夜赶课题,身体还是最要紧的。

嘉怡
"""))

add(C(["ramble"], "mixed",
      "ramble in mixed zh/en: GPU quota confirmation buried in ~650 units of marathon, ski trip and podcast chatter",
      HU, [MIAO], "Hi 苗老师, long time no see", """
苗老师,

Long time no see! 上周在 conference 上远远看到您, 本来想过去打招呼, 结果被一个 vendor 拉住讲了半个小时他们的 storage, 等我脱身您已经走了。

我最近开始练跑步了, 目标是明年春天的半马。现在每周跑三次, 每次五公里, pace 还是慢得可怜, 七分多一公里。我下载了一个 app, 每次跑完都会弹出一句鼓励的话, 比如 "You are stronger than yesterday", 说实话有点 cringe, 但还挺管用的。我们组的小王也被我拉进来了, 他第一天跑完就说腿不是自己的了, 第二天请了半天假。

说起运动, 春节我们全家打算去北海道滑雪。我老公已经开始研究各种 ski resort 的攻略了, 每天晚上都在看 YouTube 上的滑雪视频, 还买了一套二手的雪板放在阳台上, 我妈来我家看到以为是什么新型晾衣架。我自己是完全不会滑的, 估计大部分时间会在山脚下的温泉里泡着, 顺便吃拉面。我女儿倒是特别兴奋, 已经在幼儿园跟小朋友们宣布要去看雪了, 还画了一幅画, 画里的雪人比房子还高。有没有您推荐的地方? 记得您说过您以前在日本做过 postdoc。

另外最近在听一个讲科学史的 podcast, 有一期讲 DNA 双螺旋发现的八卦, 里面关于 Rosalind Franklin 的那段讲得特别好, 我在地铁上听得差点坐过站。回头把链接发您, 您开车的时候可以听。他们还有一期讲青霉素发现的, 说弗莱明其实是因为实验室太乱才意外发现的, 我跟我们组的人说, 所以桌子乱一点也没关系, 结果被行政老师白了一眼。还有一期讲的是早期显微镜, 说列文虎克自己磨镜片, 一辈子磨了几百个, 却从来不肯告诉别人怎么磨, 听得我特别感慨, 要是放在今天, 估计早就开源了。

Oh by the way, GPU cluster 下个季度的 quota, 麻烦您这周五之前确认一下是不是还按 8 张 A100 来。

最近天气转冷, 实验室空调又开始忽冷忽热了吧? 记得多备一件外套。Let's grab coffee next time I'm on campus, 我请!

嘉怡
"""))

add(C(["ramble"], "zh",
      "ramble: student list request buried in ~650 chars about a school sports day, a cooking show and the PM's commute",
      WEI, [FANGMIN], "方老师好~", """
方老师好:

上周五去学校的时候正好赶上你们的秋季运动会,操场上彩旗飘飘的,特别热闹。我在看台上看了一会儿初二的接力赛,最后一棒那个小个子男生从第三追到第一,全场都沸腾了,我都忍不住跟着喊。听旁边的家长说他是你们班的?真厉害,感觉比我当年跑得快多了。

说到跑步,我最近每天上班都要换乘两趟地铁,早高峰挤得像沙丁鱼罐头,有一次被挤得连手机都掏不出来,差点坐过站。后来干脆提前半个小时出门,路上还能看会儿书。最近在看一本讲宋代文人生活的书,里面说苏东坡被贬到黄州的时候还研究怎么炖猪肉,我看完就去菜市场买了一块五花肉,照着书上写的"慢着火,少着水"炖了三个小时,味道居然不错,就是锅底糊了一层,刷了半天。

我女朋友最近迷上了一个美食综艺,每周都要拉着我一起看,看完就要复刻里面的菜。上周做了一道糖醋排骨,糖放多了,甜得像拔丝,我硬着头皮吃了两碗饭。她说下周要挑战佛跳墙,我已经提前去买胃药了。我妈听说以后,专门打电话叮嘱我别让女朋友一个人在厨房忙,要我负责洗碗和切菜,说这是家庭和睦的秘诀,我只好每周末都当起了帮厨。

对了,麻烦您下周三前把初二各班的学生名单整理成Excel发我一份。

听说学校下个月要办科技节,不知道今年有什么有意思的项目。去年那个用纸板做的机械臂我印象特别深,一个初一的小姑娘做的,还能夹起一瓶矿泉水。要是今年还有类似的作品,我也想去看看,顺便拍几张照片给我们公司做宣传用,当然会先征得学校同意。

天气越来越冷了,您上课的时候多穿点,粉笔灰也别吸太多,嗓子要紧。我们公司楼下新开了一家润喉的凉茶铺,哪天我路过学校给您带两瓶尝尝。

魏子豪
"""))

# =================================================================================================
# HARD NEGATIVES: refusal-like, but softened or not a refusal of the client at all (18)
# =================================================================================================

add(C([], "zh",
      "hard negative: bureaucratic 'not this phase' WITH a CR number, a review date and an interim workaround",
      ZHENG, [SUN], "关于电子病历模板增加自定义字段的答复", """
孙主任:

医务处提出的"电子病历模板增加科室自定义字段",我们内部初步看了一下,涉及病历质控规则和结构化存储两处改动,本期上线前来不及保证质量,所以本期暂不安排。

这项需求已登记为变更单 CR-2026-118,提交11月20日的变更评审会,评审结束后两个工作日内我们给您书面答复,包括工作量和排期。评审之前如果临床科室急需记录这些内容,可以先用模板末尾的"补充说明"区,后续字段上线后我们负责把数据迁过去。

郑晓岚
"""))

add(C([], "en",
      "hard negative: can't fit it in this release, logged as a ticket, estimate date promised, interim option",
      DANIEL, [PRIYA], "Re: Push notifications for assignment deadlines", """
Hi Priya,

Thanks for sending this over with the student survey results, that helps a lot.

We can't fit push notifications into the December release without putting the gradebook fixes at risk. I've logged it as TKT-4471, and our product lead will look at it in sprint planning on 18 November. I'll come back to you with an estimate and a target release by 21 November.

In the meantime, email reminders can be switched on per course (Course settings > Notifications > Deadline reminders). I can show your course admins how to bulk-enable them in ten minutes if that would help.

Best,
Daniel
""", quote="""Daniel,

Attached are the results of our student survey: 71% asked for phone notifications before assignment deadlines. Can we have push notifications in the app by the start of next term?

Priya""", quote_from=PRIYA))

add(C([], "zh",
      "hard negative: 'real-time is not possible' but a concrete alternative (15-minute incremental sync) and a demo date",
      FENG, [YAN], "Re: 检验结果实时同步到医生工作站", """
严主任:

仪器结果"出一条推一条"的实时同步,受限于现在这批生化仪的接口协议,目前确实做不到。

不过我们可以改成每15分钟做一次增量同步,医生工作站最长延迟15分钟,危急值仍然走单独的即时通道,不受影响。如果这个方案可以接受,下周三我们就能在测试环境给您演示一遍,您看是否合适?

冯波
""", quote="""冯经理:

临床科室希望检验结果一出来就能在医生工作站看到,现在要等半小时以上。能不能做到实时同步?

严志强""", quote_from=YAN))

add(C([], "zh",
      "hard negative: escalation to the delivery director with a call time, not a refusal",
      WEI, [WANGYZ], "关于教学平台扩展到另外三个学院", """
王院长您好:

您昨天提到希望把教学平台免费扩展到另外三个学院,这件事涉及合同范围和授权数量的调整,超出了我本人的审批权限。

我已经把您的需求和三个学院的预计用户数整理好,转给了我们的交付总监卢振东,他明天下午三点前会直接给您打电话沟通方案。在他回复之前,现有学院的二期工作照常推进,不受影响。

魏子豪
""", cc=[LU]))

add(C([], "zh",
      "hard negative, traditional Chinese (Hong Kong): not in this phase, but a CR number and an assessment date",
      CHAN, [HK], "回覆:病人 App 加入覆診提醒", """
陳醫生您好:

謝謝您轉來門診部的意見。病人App加入覆診提醒這項要求,因為要對接預約系統的排期資料,本期未能納入。

我們已把它登記為變更申請 CR-HK-031,會在11月25日前提交評估報告,包括工作量、時間表和對現有預約流程的影響,屆時再約您和門診部一起過一遍。在此期間,覆診短訊提醒仍照常運作。

陳立衡
""", trad=True, quote="""立衡:

門診部希望病人App可以加入覆診提醒,在覆診前一天推送通知。請問新版本能否加入?

陳志明""", quote_from=HK))

add(C([], "zh",
      "hard negative, traditional Chinese (Taiwan): feature missing, but a concrete workaround and a template date",
      LIN, [TW], "課表匯出格式", """
黃主任您好:

關於系上想把課表直接匯出成Excel的需求,目前系統沒有直接匯出Excel的選項,不過可以先用「匯出CSV」,再用Excel開啟,欄位和中文我們都測試過,不會有亂碼。

如果系上需要固定版面、可以直接列印的課表,我們可以在12月第一週提供一個Excel範本,匯入CSV後自動排版。您看這樣是否可行?

林佩君 敬上
""", trad=True))

add(C([], "en",
      "hard negative: 'no extra charge', 'no impact' answering the client's own worried questions",
      GRACE, [OKAFOR], "Re: Re-running the sample migration", """
Hi Ruth,

Short answers to your two questions:

1. No, there will be no extra charge for re-running the sample migration. The duplicate barcodes came from our mapping script, so the re-run is on us.
2. No impact on the go-live date. The re-run is scheduled for Saturday night and the reconciliation report will be in your inbox by Monday 9am.

Nothing is needed from your team other than keeping the freezer inventory frozen (no pun intended) from Saturday 6pm.

Grace
""", quote="""Grace,

Two quick questions about the re-run you mentioned: will this cost us extra, and does it push back the go-live on 1 December?

Ruth""", quote_from=OKAFOR))

add(C([], "zh",
      "hard negative: long focused root-cause analysis; 'not supported' / 连接被拒绝 are technical facts",
      SHAO, [HEJING], "PACS调阅中断故障原因分析(11月9日)", """
何老师:

11月9日上午8:40至9:25 PACS影像调阅中断的原因已经查清,情况如下:

一、现象:门诊和住院医生工作站打开影像时提示"无法连接影像服务器",部分检查只能看到报告看不到图像。

二、根因:当天凌晨操作系统自动更新后,影像网关默认只允许TLS 1.3握手,而旧版调阅插件不支持TLS 1.3,只能走TLS 1.2,于是网关对这些插件的连接全部拒绝,日志里是大量的"connection refused"。新版网页端支持TLS 1.3,所以当时用网页端调阅是正常的。

三、处置:9:20我们在网关上重新开启了TLS 1.2,9:25调阅恢复。期间没有影像数据丢失,也没有写入错误。设备上传影像走的是另一条通道,没有受到影响,当天上午的CT和核磁检查都正常归档,我们逐台核对过检查数量,与设备端记录一致。

四、后续措施:
1. 影像网关服务器关闭操作系统自动更新,改为每月第二个周六由我们和信息科共同执行;
2. 11月底前完成全院旧版调阅插件的升级,共涉及约140台工作站,清单已发信息科;
3. 在监控平台上增加"网关握手失败次数"告警,阈值为5分钟内超过20次。

这次中断影响了临床近一个小时,责任在我们更新策略没有管控好,再次向放射科和临床科室致歉。如需要,我可以在周五的信息化例会上再当面汇报一次。

邵一鸣
""", cc=[SUN]))

add(C([], "mixed",
      "hard negative: a 'no' the client asked for (no deployment during exam week), mixed zh/en",
      DANIEL, [ZHOUGD], "Re: 考试周期间请勿升级", """
周主任,

没问题。考试周 (12月15日至26日) 期间我们 no deployment, no config change, 只保留 on-call 工程师 24 小时值守。原定 12 月 18 日的小版本我们提前到 12 月 11 日晚上, 如果这个时间也不合适, 请告诉我, 我们再往后挪到 27 日。

Daniel
""", quote="""Daniel:

期末考试周12月15日到26日,请不要对LMS做任何升级或配置变更,学生在线考试不能出任何问题。

周国栋""", quote_from=ZHOUGD))

add(C([], "en",
      "hard negative: 'I'm not saying no' - timing pushed after an audit, two options, the client chooses",
      GRACE, [WHITCOMBE], "Moving the gradebook to the new assessment module", """
Dear Alan,

I'm not saying no to moving the gradebook onto the new assessment module; I'm saying not before the accreditation audit on 3 December, because the auditors will sample grades from the current module and a migration in the middle would complicate their trail.

Two ways we could do it:

A. Migrate during the winter break (16 to 20 December), with a full parallel run in the first week of January.
B. Migrate one faculty now as a pilot (I'd suggest Education, as they are keen), and the rest after the audit.

Both are fine from our side. Happy to go with whichever the faculty board prefers.

Kind regards,
Grace
"""))

add(C([], "zh",
      "hard negative: negation '不是做不了' followed by the real constraint, a submission date and a follow-up",
      ZHENG, [DENG], "护理评估单手机端填写", """
邓护士长:

护理评估单在手机端填写,不是做不了,主要是涉及患者信息上移动终端,需要先过医院的移动终端安全评审。

评审材料我们已经准备好了,11月18日提交信息科。评审通过后两周内可以在两个试点病区上线。评审结果一出来我第一时间告诉您,如果评审提了整改意见,我们也会同步给您看。

郑晓岚
"""))

add(C([], "zh",
      "hard negative: long friendly status mail (shape of a buried refusal) whose 'no' item has a CR, a date and an interim way",
      WEI, [QIU], "教务系统本周进展(11月第3周)", """
邱老师好:

这周事情比较多,跟您汇总一下:

一、排课模块:第三轮排课的冲突从41处降到了6处,剩下的都是跨校区的体育课,我们周四跟体育部一起过一下。
二、成绩录入:已给全部任课老师开通账号,截至今天有83%的老师登录过,剩下的名单我发给各学院教学秘书帮忙提醒。
三、您上周提的成绩单导出Word版并加盖电子章:电子签章需要对接学校的CA证书,我们已登记为变更单 CR-EDU-027,下周三前给您工作量评估和报价。在此之前,可以先导出PDF,由教务处统一打印盖章,学生那边的办理时间不受影响。
四、培训:学院教学秘书培训定在11月20日下午两点,行政楼302,大概一个半小时。
五、下周周会照常,周三下午三点。

这几周教务处各位老师配合得很到位,谢谢大家!

魏子豪
"""))

add(C([], "zh",
      "hard negative: numbered meeting recap (shape of a list refusal) whose deferred item carries a CR, an owner and a date",
      ZHENG, [SUN], "HIS升级项目周会纪要(11月12日)", """
孙主任好,今天周会纪要如下:

1. 门诊挂号:打印格式问题已修复,周五前完成回归,负责人唐建国。
2. 医保接口:全量对账差异率0.03%,达到上线标准。
3. 切换演练:11月22日20:00开始,信息科安排两位同事全程值守。
4. 药房取药大屏:信息科提出的需求已记录为 CR-2026-131,我方需要先确认叫号系统的接口文档,12月1日前给出评估和报价;不影响本期上线。
5. 下次周会:11月19日(周三)下午2点,信息科会议室。

如有遗漏请直接回复补充。

郑晓岚
"""))

add(C([], "en",
      "hard negative: 'hard no' on Open Day go-live softened by two concrete alternative dates; anger only in the quote",
      MEGAN, [PARK], "Re: New admissions portal for Open Day", """
Hi Sung-min,

I completely understand the pressure with Open Day around the corner, and I'm sorry we didn't flag the timing risk earlier.

Going live on Open Day itself is a hard no from me, for your sake more than ours: if anything goes wrong, it goes wrong in front of 3,000 visitors. What I can offer instead:

(a) Go live on Wednesday 19 November, which leaves two full days to fix anything before Open Day; or
(b) Keep the current portal for Open Day and switch over on Tuesday 25 November, once the visitors have gone.

Either works for us. If you can let me know your preference by Monday, I'll lock in the team.

Megan
""", quote="""Megan,

This is ridiculous. We were promised the new admissions portal for Open Day on 22 November and now I hear it might not be ready?! I have the Vice-Chancellor asking me about it every day.

Sung-min""", quote_from=PARK))

add(C([], "zh",
      "hard negative: 公文-style reply letter (shape of a flat refusal) moving an item to phase two with a list number, a review date and an interim export",
      LU, [QIAN], "关于贵单位《样本库系统补充需求》的复函", """
钱主任:

贵单位11月10日来函收悉,谢谢对项目的支持。

经我司项目组研究,函中第一项"样本出入库扫码枪更换"可在本期内完成,计划11月28日前部署。第二项"超低温冰箱温度数据接入"涉及楼宇自控平台的接口授权,拟纳入二期建设,已列入二期需求清单(编号 RQ-2-07)。二期需求评审会定于12月10日召开,届时邀请贵单位参加;一期期间,我方每天提供温度数据的手工导出表,由驻场工程师发送至样本库公共邮箱。

如有不同意见,请随时与我联系。

卢振东
项目总监
"""))

add(C([], "mixed",
      "hard negative: 'not supported' as a technical fact + workaround + feature-request number with a reply date",
      HU, [MIAO], "Re: 集群上直接跑 Jupyter", """
苗老师,

Slurm 集群原生 not supported 在 login node 上直接跑 Jupyter, 主要是怕大家的 notebook 把 login node 的内存占满。

Workaround 是用 srun 申请一个 interactive session, 再把端口 forward 到本地, 步骤如下:
1. srun --gres=gpu:1 --time=04:00:00 --pty bash
2. 在分配到的节点上 jupyter lab --no-browser --port=8899
3. 本地执行 ssh -L 8899:<node>:8899 <你的账号>@login01

另外我已经给平台组提了 feature request FR-219, 希望做成一键启动, 他们 12/1 前回复能不能排进下个季度。

嘉怡
""", quote="""嘉怡:

学生们希望能直接在集群上开Jupyter写代码,现在是不是不支持?

苗青""", quote_from=MIAO))

add(C([], "zh",
      "hard negative: curt two-liner (shape of a curt refusal) that is a buffer: no answer yet, reply promised Thursday",
      WEI, [FANGMIN], "Re: 课堂互动能否加入语音答题", """
方老师,语音答题这个我这周还给不了准话,周四下午跟产品经理确认完,当天下班前回复您.

魏子豪
""", ascii_punct=True, quote="""魏工:

低年级的学生打字慢,课堂互动能不能加入语音答题?

方敏""", quote_from=FANGMIN))

add(C([], "en",
      "hard negative: recommends against but leaves the decision to the client, with a CR and a quote date",
      DANIEL, [PRIYA], "Re: Class leaderboard visible to all students", """
Hi Priya,

Thanks for the detailed use case.

Our recommendation would be not to show every student's score on a public leaderboard. In the pilots we've run, the bottom third of the class tended to stop attempting the optional quizzes after a couple of weeks. An opt-in leaderboard, or one that only shows the top ten, tends to keep the motivation without that side effect.

That said, it's your call. If you'd still like the full leaderboard, I'll raise a change request and send you a quote and timeline by Friday.

Best,
Daniel
""", quote="""Daniel,

The maths department would like a leaderboard on the quiz page showing every student's score, visible to the whole class. Can this be done?

Priya""", quote_from=PRIYA))

# =================================================================================================
# HARD NEGATIVES: backchannel-like (10)
# =================================================================================================

add(C([], "zh",
      "hard negative: constructive internal discussion of the IT director's worry, plan to meet him in person",
      ZHENG, [FAN, TANG], "孙主任对切换当天门诊排队的担心", """
小范、唐工:

今天电话里孙主任反复问切换当天早上门诊会不会排长队,他的担心很有道理:去年他们换收费系统的时候,挂号窗口排到了医院大门外,被市里通报过。

我想明天上午我们三个一起去信息科,当面把应急预案过一遍:
1. 切换当天早上7点前,每个挂号窗口旁边配一名我们的工程师;
2. 准备纸质挂号单和手工收费流程,万一系统卡住可以十分钟内切到手工;
3. 自助机先关一半,避免问题集中爆发。

预案初稿我今晚发群里,你们看看还有什么漏的。

晓岚
"""))

add(C([], "zh",
      "hard negative: banter praising a colleague (服了, 神操作), no client disparaged",
      FENG, [QIN], "LIS报告查询那条SQL", """
秦朗:

你改的那条报告查询SQL我刚在测试库上跑了一下,从原来的11秒降到了80毫秒,我是真服了。加了个复合索引就能这么快,这波神操作我要写进周报里表扬你。

明天上线前再跟严主任那边确认一下高峰时段,别选在早上抽血的时候发布。

冯波
"""))

add(C([], "en",
      "hard negative: the PM criticises their own report ('that's on me'), plans to call the client",
      GRACE, [SAM, KEVIN], "My status report last week", """
Sam, Kevin,

Honestly, my status report to Ruth last week was a mess. I buried the storage capacity risk on page four under "other items", when it should have been the first thing she read. That's on me, not on either of you.

I'll call her tomorrow morning, walk her through the risk properly and send a one-page summary afterwards. Kevin, could you refresh the capacity forecast with this week's numbers before 9am?

Grace
"""))

add(C([], "zh",
      "hard negative: the nursing head's harsh words (到底行不行, 呵呵) only in the quote; the PM's reply is polite and concrete",
      ZHENG, [DENG], "Re: 移动护理系统频繁卡顿", """
邓护士长:

非常抱歉,这几天给各病区的护士添了这么多麻烦。

卡顿的原因我们今天下午已经定位到了:移动护理终端每次切换病人都会重新下载全部医嘱,高峰时段网络一忙就卡住。今晚22点我们发布修复版本,改成只下载变化的部分,预计可以把切换时间从十几秒降到两秒以内。

明早7点半我带工程师到心内科和骨科两个病区现场跟班,看修复效果,有问题当场处理。

郑晓岚
""", quote="""郑经理:

你们这个移动护理系统到底行不行?三天两头卡死,夜班护士拿着终端干等,呵呵,这就是你们说的成熟产品?明天再这样我直接报院里。

邓丽华""", quote_from=DENG))

add(C([], "mixed",
      "hard negative: internal note accepting a client dean's criticism ('stings but he's right'), constructive action",
      MEGAN, [SAM], "Dean Park's feedback on onboarding", """
Sam,

Dean Park's feedback on our onboarding doc 有点扎心, but he's right: 38 页对一个新老师来说太长了, 没人会读完。

我建议这周把它砍到两页 quick start, 其余的内容放进 help center 做成可搜索的文章。你先出个 outline, 周四我们一起过, 然后我直接发给 Dean Park 看看是不是他想要的。

Megan
""", quote="""Megan,

Frankly, your onboarding document is unreadable. Thirty-eight pages for a new lecturer? Nobody on my faculty will open it.

Sung-min Park""", quote_from=PARK))

add(C([], "zh",
      "hard negative: internal mail with the client deliberately in Cc, the PM takes the blame for a delay",
      ZHENG, [TANG, FAN], "医保接口联调延误的原因(抄送孙主任)", """
唐工、小范,抄送孙主任:

上周医保接口联调比计划晚了四天,我复盘了一下,主要责任在我:排期的时候漏算了医保中心测试环境每周只开放两天这件事,不是信息科配合不到位,也不是你们开发慢。

调整如下:后续所有涉及外部机构的联调,排期时按对方开放时间倒推,并预留一周缓冲;本周四、周五的医保测试窗口我们已经约好,唐工负责,孙主任那边请帮忙安排一位同事陪同。

晓岚
""", cc=[SUN]))

add(C([], "en",
      "hard negative: a colleague's complaint about a teacher only in the quote; the PM answers constructively",
      MEGAN, [KEVIN], "Re: Jess again", """
Kev,

Let's not go there. Jess is frustrated because her class lost their quiz marks twice in two weeks, and honestly I'd be emailing five times a day too.

I'll call her tomorrow at lunch, explain what happened with the sync bug and what we've changed. Could you pull the recovery log for her two classes so I have the exact numbers in front of me?

M
""", quote="""Megan,

Jess has emailed support five times today. She is impossible. Can someone else take her tickets?

Kevin""", quote_from=KEVIN))

add(C([], "zh",
      "hard negative: internal mail admitting the lab head's criticism is right (我们考虑不周)",
      FENG, [QIN, TANG], "严主任对报告单格式的意见", """
秦朗、唐工:

今天严主任提的报告单参考范围位置的问题,我回头把需求确认单又看了一遍。确认单里画的是示意图,我们当时按自己的理解排了版,没有拿检验科现在用的纸质报告单来对照,这一点确实是我们考虑不周。

明天上午我去检验科拿几份现行的纸质报告单,按医生的阅读习惯重新排一版,下午给严主任看样。

冯波
"""))

add(C([], "zh",
      "hard negative: self-deprecating banter (我这记性, 醉了) aimed at the PM herself, rescheduling",
      HU, [KEVIN, ZHOURUI], "会议室订错了", """
各位,

我这记性,又把会议室订成上周四的了,刚才过去一看里面在开财务会,醉了。

明天跟研究院的需求评审改到三楼的大会议室,时间不变,上午十点。钱主任那边我已经打电话说过了,她说正好三楼离停车场近.

嘉怡
""", ascii_punct=True))

add(C([], "mixed",
      "hard negative: team banter about our own deploy hero and the vending machine, nothing about the client",
      SHAO, [QIN, KEVIN], "周末的 PACS 升级 - 辛苦了", """
各位,

周末的 PACS 升级 zero downtime 收工, 我们的 deploy 之神秦朗又一次封神, 凌晨三点还在群里发表情包。Kevin 的回滚脚本 100% 没用上, 但写得真漂亮, 下次继续。

另外, 三楼那台自动售货机又吞了我五块钱, 这是本月第三次, 我怀疑它对我有意见。周五我请大家喝奶茶, 就当是赔售货机的。

一鸣
"""))

# =================================================================================================
# HARD NEGATIVES: other types (12)
# =================================================================================================

add(C([], "zh",
      "hard negative: risky phrases only in the signature motto and disclaimer",
      WEI, [FANGMIN], "下周智慧课堂试用安排", """
方老师好:

下周二、周四第三节课,我们会派两位同事到初二(3)班和(5)班,配合您试用智慧课堂的分组讨论功能。平板已经充好电,周一下午送到学校。

试用结束后麻烦您填一份五分钟的小问卷,链接我到时候发您。

魏子豪
--
座右铭:没有不可能,只有不够努力
本邮件仅供收件人使用,未经许可不得转发;如误收本邮件,请立即删除,不得使用其中任何内容。
"""))

add(C([], "en",
      "hard negative: firm but polite facts about an agreed data freeze, the client keeps the choice",
      GRACE, [OKAFOR], "Re: Adding the October samples", """
Hi Ruth,

For the record, the data freeze for the migration was agreed at the steering meeting on 10 October (minutes attached, item 3), and the validation scripts have been run against that snapshot.

Adding the October samples now is technically possible, but it means re-running validation, which would move go-live from 1 December to about 15 December. If the October samples matter more than the date, we can do it; if not, they can be loaded in the first week after go-live with the same checks.

Happy to talk it through whenever suits you.

Grace
""", quote="""Grace,

Can we add the samples we received in October to the migration? They weren't in the original extract.

Ruth""", quote_from=OKAFOR))

add(C([], "zh",
      "hard negative: recommendation based on experience (按我们的经验) while the client decides",
      SHAO, [HEJING], "PACS存储扩容两个方案", """
何老师:

PACS存储扩容有两个方案,附件是详细对比:

方案A:在现有存储上扩容200TB,投入小,两周可完成,但三年后还要再扩。
方案B:新建一套分级存储,近两年的影像放高速盘,更早的迁到低成本存储,投入高一些,但能支撑五年以上的增长。

按我们的经验,方案B更稳妥一些,尤其是贵院明年要上乳腺断层和心脏CT,数据量会涨得很快。不过两个方案我们都能支持,最终由贵院决定,周五前告诉我们倾向哪个就行,我们再出详细实施计划。

邵一鸣
"""))

add(C([], "zh",
      "hard negative: long (~600 chars) UAT plan that stays on topic",
      ZHENG, [SUN], "电子病历系统UAT测试安排", """
孙主任:

电子病历系统的用户验收测试(UAT)安排如下,请您审阅:

一、时间:11月17日至11月28日,共两周,工作日每天下午两点到五点。

二、参加人员:每个临床科室推荐一名高年资医生和一名护士,医务处、护理部、病案室各一名,信息科两名,预计总共46人。我方安排四名实施工程师全程驻场。

三、测试范围:
1. 门诊病历书写、模板调用、电子签名;
2. 住院病历的入院记录、病程记录、出院小结,以及三级查房的审签流程;
3. 医嘱开立、审核、执行、停止的完整闭环;
4. 病历质控规则的提示和拦截;
5. 病历归档和打印。

四、测试方法:我们按科室准备了218条测试用例,每条用例写明操作步骤和预期结果。测试人员按用例操作,发现问题在测试平台登记,注明严重程度。

五、问题处理:一级问题(影响诊疗)当天修复,二级问题三个工作日内修复,三级问题(界面和文字类)在正式上线前统一处理。每天下午五点我们汇总当天问题清单,发给信息科和医务处。

六、通过标准:全部用例执行完毕,一级问题清零,二级问题不超过5个且都有明确修复时间,由医务处和信息科共同签署UAT确认单。

七、需要医院协助:测试场地(建议用门诊楼五楼培训室,需要30台电脑)、测试账号的审批,以及各科室测试人员的排班。

八、测试数据:测试环境使用脱敏后的历史病历数据,共抽取2000名患者,覆盖门诊、住院、急诊三类就诊。脱敏规则沿用上次信息安全检查时确认的版本,姓名、身份证号、电话全部替换,诊断和检验数据保留。测试结束后测试环境的数据统一清除,并出具清除记录。

九、测试前培训:11月14日下午我们先给全体测试人员做一次一小时的培训,讲测试平台的用法和问题登记的规范,避免同一个问题被重复登记。

如果有需要调整的地方,我们周四例会上再一起确认。

郑晓岚
"""))

add(C([], "en",
      "hard negative: long (400+ words) LMS migration plan that stays on topic",
      DANIEL, [PRIYA], "LMS migration plan - for review", """
Hi Priya,

Here is the migration plan for moving your courses from the old LMS to the new platform, as discussed on Tuesday. I've kept it to the essentials; the detailed runbook is attached.

1. Scope

We will migrate 1,240 active courses from the last three academic years, including course pages, files, quizzes, assignment definitions and gradebooks. Discussion forums older than two years will be exported as read-only PDF archives rather than migrated, as agreed with your academic board. Student submissions will be migrated for the current year only; earlier submissions remain available in the archived old system until it is decommissioned in August.

2. Timeline

- 18 to 22 November: pilot migration of 40 courses from the School of Education, chosen by your team.
- 25 November to 6 December: course owners check the pilot courses and log issues.
- 9 to 13 December: fixes to the migration scripts based on pilot findings.
- 16 to 20 December: bulk migration of the remaining courses during the winter break.
- 6 January: new platform opens to students.

3. Roles

Our team runs the migration scripts, validates counts (pages, files, questions, grade items) for every course and fixes any failed items. Your team nominates one checker per school, confirms the pilot results and communicates the timeline to staff.

4. Validation

For every course we produce a reconciliation sheet comparing item counts between the old and new systems. Any course with a mismatch is flagged in red and fixed before sign-off. Gradebooks are checked by recalculating final grades on both sides for a sample of 50 students per course.

5. Risks

The main risk is quiz questions that use the old system's custom plugin for chemical formulae; around 60 courses use it. We will convert these to the new equation editor, but a few complex formulae may need manual fixing by the course owner. We'll send the list of affected questions by 29 November so nobody is surprised.

6. Communication

We suggest an email to all staff on 15 November announcing the timeline, and a short drop-in session each week during the pilot. We can draft the email for you.

7. After go-live

For the first four weeks of term we will run a daily support call at 8:30 with your help desk, and keep two of our engineers on site during the first week. Any course that turns out to be missing content after go-live will be re-migrated within two working days.

Let me know if you'd like to adjust any of the dates. I'm also happy to walk your school checkers through the reconciliation sheet on a call.

Best,
Daniel
"""))

add(C([], "zh",
      "hard negative: long (~600 chars) exam-week support plan that stays on topic",
      WEI, [QIU], "期末考试周系统保障方案", """
邱老师好:

期末考试周(12月15日至26日)教务系统和在线考试平台的保障方案如下,请您审阅:

一、变更冻结:12月8日起,两个系统不做任何功能发布和配置变更。如遇必须修复的严重问题,需教务处和我方项目经理双方书面确认后才能发布,发布时间安排在当天晚上十点以后。

二、容量准备:根据去年考试周的峰值,在线考试平台最高同时在线约4200人。我们已将服务器扩容到可支撑8000人,并在12月5日做一次全量压测,压测报告12月6日发您。

三、现场值守:考试周每天早上七点到晚上十点,我方安排两名工程师在行政楼302驻场,另有一名数据库工程师远程待命。每场考试开考前半小时,驻场工程师会检查考场网络和监考老师账号。

四、应急预案:
1. 单个学生掉线:监考老师在后台一键恢复,答题记录自动保留;
2. 整个考场网络中断:启用纸质备用试卷,由各学院教学秘书提前领取并密封保存;
3. 平台整体故障:五分钟内切换到备用集群,同时由教务处统一通知延时。

五、沟通机制:考试周每天晚上六点,我方发一份当天运行简报,包括在线人数峰值、异常事件和处理情况。遇到紧急情况,直接打我的手机,二十四小时开机。

六、需要教务处协助:提供各场考试的时间表和考场安排(12月1日前),确认各学院纸质备用试卷的领取人。

七、演练安排:12月10日下午四点,我们在两个机房各选一个考场做一次模拟考试,请教务处安排约80名学生参加,演练内容包括正常答题、单个学生掉线恢复和考场断网切换纸质试卷三个场景。演练结束后半小时内出演练小结,发现的问题在12月12日前全部整改完毕。

八、考后工作:每场考试结束后,系统自动导出答题记录并备份到校内存储,保留一年;成绩复核期间如有学生申诉,我们可以在一个工作日内提供该生完整的作答日志。

如有需要调整的地方,下周三周会上一起确认。

魏子豪
"""))

add(C([], "mixed",
      "hard negative: 'must', 'cannot be skipped', 'not allowed' as technical instructions, mixed zh/en",
      DANIEL, [ZHOUGD], "SSO 证书更新步骤", """
周主任,

下周六的 SSO 证书更新, 贵中心需要配合的步骤如下:

1. 新证书导入 IdP 后, you must restart the IdP service, 否则旧证书会继续缓存 24 小时。
2. Metadata 更新这一步不能跳过, 我们这边会在 10:30 前 re-import。
3. 更新窗口内 (10:00-11:00) 不允许新的 login session, 已登录的用户不受影响。

如果窗口时间需要调整, 周四前告诉我就行。

Daniel
"""))

add(C([], "zh",
      "hard negative: follow-through on a promise ('我上周会上说过…现附上'), not 'I told you so'",
      ZHENG, [CAO], "HIS性能测试结果", """
曹院长:

我上周在院务会上说过会在周五前给出HIS性能测试结果,现将报告附上,要点如下:

1. 模拟门诊高峰800个并发,挂号、收费、开医嘱的平均响应时间均在1.2秒以内;
2. 连续运行8小时,无内存泄漏,无服务中断;
3. 发现一个问题:药房发药查询在高峰时段超过3秒,原因是缺少索引,已在周四修复并复测通过。

如需要,我可以在下周院务会上用十分钟当面汇报。

郑晓岚
"""))

add(C([], "zh",
      "hard negative: '不可能' as praise and '烦人的闪屏' as a bug name",
      SHAO, [SUN], "谢谢信息科,另附护士站闪屏问题进展", """
孙主任:

先说声谢谢。上周末那个本来几乎不可能拿到的四小时停机窗口,是信息科的同事帮我们跟各临床科室一个个协调下来的,升级能这么顺利,功劳一大半在你们。

另外,护士站那个烦人的闪屏问题根因也找到了:显卡驱动和新版浏览器的硬件加速冲突。我们周三晚上推送配置,关闭这批机器的硬件加速,周四早上我再去护士站确认一遍。

邵一鸣
"""))

add(C([], "zh",
      "hard negative: long (~600 chars) weekly report for the biobank LIMS, on topic throughout",
      HU, [QIAN], "样本库LIMS项目周报(第11周)", """
钱主任:

本周(11月10日至14日)项目进展汇报如下:

一、总体进度:计划完成率92%,比上周提高6个百分点。样本出入库、冻存位置管理两个模块已进入用户测试,质控模块开发完成70%。

二、本周完成:
1. 出入库模块修复用户测试发现的14个问题,剩余2个(条码重复提示、批量出库确认页)下周二前完成;
2. 冻存位置管理完成12台超低温冰箱的架位建模,与实物盘点结果一致率99.6%,不一致的8个位置已请样本库老师现场核对;
3. 与测序平台的数据接口完成联调,样本信息可以自动推送到测序任务单;
4. 完成第二批8位老师的系统培训。

三、风险与问题:
1. 质控模块中"样本复融次数"的统计口径,样本库和课题组有两种意见,需要您这边确认,我们已把两种口径的差异整理成一页附在邮件里;
2. 历史纸质台账中约1100条记录字迹不清,录入进度比计划慢,建议周五安排一次集中核对。

四、下周计划:
1. 完成出入库模块剩余问题并做回归测试;
2. 质控模块开发完成,进入内部测试;
3. 协助样本库完成历史台账集中核对;
4. 准备一期验收材料初稿。

五、需要贵所协助:确认复融次数统计口径(本周五前);周五下午安排两位老师参加台账核对。

六、一期验收准备:按合同约定,一期验收需要提交系统操作手册、测试报告、培训记录和数据迁移核对报告四份材料。目前操作手册和培训记录已完成初稿,测试报告等质控模块测试结束后补充,数据迁移核对报告需要等历史台账核对完成后才能出具。我们计划12月5日前把全部材料初稿发您,12月中旬安排验收会,具体时间请您根据所里的安排定。

如有问题随时联系我。

嘉怡
"""))

add(C([], "mixed",
      "hard negative: the IT director's furious words (!!!, ???) only in the quote, Outlook style; polite mixed reply",
      DANIEL, [ZHOUGD], "Re: 选课系统崩溃", """
周主任,

非常抱歉, 今天上午选课系统中断了 47 分钟, 给学生和老师都造成了很大困扰, 这是我们的责任。

Root cause 已经确认: 开放选课的瞬间并发远超压测时的预估, 数据库连接池被占满。我们今晚 22:00 做 hotfix, 把连接池和限流参数调整到位, 明早 8:00 前完成二轮压测, 报告第一时间发您。明天的第二轮选课我和两位工程师会在信息中心现场值守。

Daniel
""", quote="""Daniel,

系统又挂了!!!开学选课第一天就崩,你们到底有没有做压力测试???学生在群里骂了一上午,校领导已经在问了。今天下班前给我一个说法。

周国栋""", quote_from=ZHOUGD, quote_style="outlook"))

add(C([], "zh",
      "hard negative: 驳回 / 拒绝 / 必须 as workflow states and rules in an EMR explanation",
      FENG, [YAN], "关于医嘱被系统自动驳回的说明", """
严主任:

这两天检验科反映有部分检验医嘱被系统"自动驳回",原因说明如下:

1. 新EMR上线了合理用药与合理检验规则,同一患者24小时内重复开立相同的检验项目,系统会自动驳回,并提示"重复医嘱"。
2. 标本类型与检验项目不匹配时,审核环节会拒绝通过,医生需要修改标本类型后重新提交。
3. 急诊医嘱必须填写临床诊断,否则无法提交,这是医务处这次新加的质控要求。

如果临床确实需要重复开立(比如动态监测血糖),医生在开立时勾选"临床需要"并填写理由即可,不会被驳回。这几条规则的具体参数都可以调整,如果检验科觉得哪条太严,告诉我们,我们跟医务处一起商量。

冯波
"""))

# =================================================================================================
# fixed-seed shuffle so that positives and negatives, languages and topics are interleaved
# =================================================================================================
random.Random(2424).shuffle(CASES)
