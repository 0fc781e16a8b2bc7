# heldout16: 80 labelled PM email drafts, written by an independent helper for training/tuning mailcoach.
# Domains emphasised: energy & utilities, automotive, airlines & travel tech, media & publishing,
# agriculture, pharma / clinical systems, legal tech. All text is synthetic and written for this set.
import random

# ---------------------------------------------------------------- people
# ours
ZHAO = "赵一鸣 <zhao.yiming@ourteam.example.com>"          # delivery director, curt
RZHAO = "Richard Zhao <zhao.yiming@ourteam.example.com>"
LINX = "林晓 <lin.xiao@ourteam.example.com>"               # junior PM, nervous
ZHOUY = "周岩 <zhou.yan@ourteam.example.com>"
CHENSY = "陈思远 <chen.siyuan@ourteam.example.com>"
HANB = "韩冰 <han.bing@ourteam.example.com>"
SUM = "苏蔓 <su.man@ourteam.example.com>"
XUZ = "许哲 <xu.zhe@ourteam.example.com>"
MAX = "马骁 <ma.xiao@ourteam.example.com>"
ZHENGKX = "郑可欣 <zheng.kexin@ourteam.example.com>"
TANGN = "唐宁 <tang.ning@ourteam.example.com>"
QIUZQ = "邱志强 <qiu.zhiqiang@ourteam.example.com>"
LUOJ = "罗静 <luo.jing@ourteam.example.com>"
MENGF = "孟凡 <meng.fan@ourteam.example.com>"
OUYJ = "歐陽靖 <ouyang.jing@ourteam.example.com>"
YESY = "葉思穎 <ye.siying@ourteam.example.com>"
HUANGJH = "黃家豪 <huang.jiahao@ourteam.example.com>"
WUD = "吴迪 <wu.di@ourteam.example.com>"
ZHOUH = "周海 <zhou.hai@ourteam.example.com>"
PRIYA = "Priya Raman <priya.raman@ourteam.example.com>"
KEVIN = "Kevin Liu <kevin.liu@ourteam.example.com>"
SARAH = "Sarah Lin <sarah.lin@ourteam.example.com>"
GRACE = "Grace Wu <grace.wu@ourteam.example.com>"
MARTIN = "Martin Ye <martin.ye@ourteam.example.com>"
ALEX = "Alex Tan <alex.tan@ourteam.example.com>"

# clients, Chinese-speaking
SUNJG = "孙建国 <sun.jianguo@client-a.example.cn>"        # power supply company, metering
QIANL = "钱立 <qian.li@client-a.example.cn>"              # city gas utility
LIUZ = "刘振 <liu.zhen@client-a.example.cn>"              # carmaker, e/e engineering
MAGD = "马国栋 <ma.guodong@client-a.example.cn>"          # state farm, irrigation
XUWJ = "许文静 <xu.wenjing@client-a.example.cn>"          # clinical trial site / CRO
HUH = "胡海 <hu.hai@client-a.example.cn>"                 # TV station, new media
WANGS = "王素 <wang.su@client-a.example.cn>"              # newspaper archive
ZHOULP = "周立平 <zhou.liping@client-a.example.cn>"       # law firm
HANWD = "韩卫东 <han.weidong@client-a.example.cn>"        # airline ground systems
CHENYJ = "陳怡君 <chen.yijun@client-a.example.cn>"        # law firm (traditional Chinese)
ZHENGM = "郑敏 <zheng.min@client-a.example.cn>"           # pharma QA lab
ZHANGK = "张凯 <zhang.kai@client-a.example.cn>"           # distributed PV operator
HEZH = "何振华 <he.zhenhua@client-a.example.cn>"          # wind power, dispatch
DUF = "杜锋 <du.feng@client-a.example.cn>"                # car dealer group
QIAOX = "乔雪 <qiao.xue@client-a.example.cn>"             # publishing house editor
JIANGT = "蒋涛 <jiang.tao@client-a.example.cn>"           # culture & tourism group, ticketing
GECS = "葛春生 <ge.chunsheng@client-a.example.cn>"        # fruit co-op, traceability
WANGJC = "王進財 <wang.jincai@client-a.example.cn>"       # farmers' co-op (traditional)
HUANGDM = "黄德明 <huang.deming@client-a.example.cn>"     # grain depot
TIANJ = "田静 <tian.jing@client-a.example.cn>"            # pharma clinical operations
# clients, English-speaking or bilingual
MARK = "Mark Hollis <mark.hollis@client-b.example.com>"       # airline ops
TOM = "Tom Ashford <tom.ashford@client-b.example.com>"        # airline loyalty / baggage
HELEN = "Helen Cho <helen.cho@client-b.example.com>"          # news publisher
INGRID = "Ingrid Svensson <ingrid.svensson@client-b.example.com>"  # pharma safety
RAJ = "Raj Mehta <raj.mehta@client-b.example.com>"            # legal ops, CLM
DANIEL = "Daniel Brooks <daniel.brooks@client-b.example.com>"  # EV charging / storage
JASON = "Jason Wright <jason.wright@client-b.example.com>"    # law firm litigation support
VIVIAN = "Vivian Zhou <vivian.zhou@client-b.example.com>"     # hotel group IT
LUKAS = "Lukas Weber <lukas.weber@client-b.example.com>"      # car plant IT
JIALI = "Jia Li <jia.li@client-b.example.com>"                # law firm, e-discovery
KECHEN = "Ke Chen <ke.chen@client-b.example.com>"             # media group, newsletters
# bank
LINXQ = "林秀琴 <lin.xiuqin@bank-c.example.cn>"           # agricultural loans / crop insurance


# The Chinese text below is typed with ASCII punctuation for ease of editing. Most zh drafts are
# emitted with full-width punctuation (，：！？；（）), as most Chinese writers type; the six drafts
# listed here keep ASCII punctuation, as some real writers do. Mixed and English drafts stay ASCII.
ASCII_PUNCT = {"B药下周的会", "今天的会", "关于墒情传感器频繁报警", "服了老周",
               "压测报告(周五电话中答应您的)", "门店打印机驱动问题的补丁"}
_FW = {",": "，", ":": "：", "!": "！", "?": "？", ";": "；", "(": "（", ")": "）"}


def fullwidth(text):
    if not text:
        return text
    out = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch in ",:" and prev.isdigit() and nxt.isdigit():
            pass                                    # 3,862.40  14:03
        elif ch == ":" and prev.isascii() and prev.isalpha():
            pass                                    # "Re: "
        elif ch in _FW:
            ch = _FW[ch]
        out.append(ch)
    return "".join(out)


def C(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, **kw):
    if lang == "zh" and subject not in ASCII_PUNCT:
        subject, body, quote = fullwidth(subject), fullwidth(body), fullwidth(quote)
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=body.strip("\n") + "\n", quote=quote.strip("\n") if quote else None,
             quote_from=quote_from, trad=kw.pop("trad", False))
    d.update(kw)
    return d


POS = []
NEG = []

# =====================================================================================
# POSITIVES
# =====================================================================================

# ---------------------------------------------------------------- argue
POS.append(C(["argue"], "zh",
    "argue: blames the client's own crew for the metering drop and lectures them to sort out their process; refuses blame in a condescending tone",
    ZHOUY, [SUNJG], "Re: 10月台区采集成功率下滑的情况说明", """
孙主任:

您好。关于10月份东城片区采集成功率从99.1%掉到92.4%的问题,我再说明一次。

上周五的周报第三页写得很清楚:东城12个台区的集中器,是贵方运维班10月9日自行更换的,型号和通信参数都跟联调时不一样,事前没有任何人通知我们。设备是贵方换的,参数是贵方改的,现在回过头来问我们平台为什么采不上数,这个逻辑我实在理解不了。

谁动的、什么时候动的、报没报备,这些贵方内部理清楚之前,谈责任归属为时过早。我们平台这边没有任何问题,也不打算为别人的操作失误出整改报告。

周岩
""", quote="""
周经理:

10月采集成功率下滑明显,省公司已经点名了。请你们尽快出一份整改报告,说明原因和措施,周三前给到我。

孙建国
""", quote_from=SUNJG, quote_style="outlook_zh"))

POS.append(C(["argue"], "en",
    "argue: sarcastic rhetorical question about the sign-off meeting, 'let's not rewrite history'-style lecturing of the client (airline crew rostering)",
    GRACE, [MARK], "Re: Rest-period rule is wrong in the roster engine", """
Mark,

I'm going to be direct, since this is the third thread on it.

The minimum-rest logic you're now calling "wrong" is, word for word, the rule set your crew-planning team signed off on 14 March. The sign-off sheet is attached; your initials are on page 4. We built what you approved. If an approval from your side doesn't actually mean anything, I'd genuinely like to know what we were all doing in that room for three hours.

So no, this isn't a defect, and I'd rather nobody on your side described it that way to your COO again. If the rule itself needs to change, that's a change request like any other.

Grace
""", quote="""
Grace,

Crew scheduling flagged yet another roster today that breaks the 12-hour rest rule. This looks like a defect in your engine and I've had to explain it to our COO. Please fix it this week.

Mark
""", quote_from=MARK, quote_style="gt"))

POS.append(C(["argue"], "zh",
    "argue: passive-aggressive lecture on audit trails ('GCP培训里应该都讲过吧?'), tells the site to check its own logs before complaining (EDC)",
    ZHENGKX, [XUWJ], "Re: 系统丢数据!!!", """
许老师:

您好。关于您说的"EDC又丢数据了",我们把审计追踪完整导出来看了一遍,结论如下:数据并没有丢,是贵中心的CRC在11月3日下午用自己的账号手动删除了3条访视记录,操作人、时间、IP地址都在附件里,一目了然。

审计追踪是怎么回事,GCP培训里应该都讲过吧?系统里每一次修改都有痕迹,所谓"丢数据"在我们的系统里是不存在的。

以后再用"丢数据"这种字眼,尤其是抄送申办方之前,还请贵方先让CRC自己看一眼审计日志。谢谢配合。

郑可欣
""", quote="""
郑经理,

我们中心又有3条访视记录不见了!!!这已经是第二次了,申办方那边我没法交代。请今天给个说法。

许文静
""", quote_from=XUWJ, quote_style="foxmail"))

POS.append(C(["argue"], "mixed",
    "argue: code-switched blame of the client's PKI team and a jab about always escalating to their VP first (automotive OTA)",
    XUZ, [LIUZ], "OTA推送失败 - 不是平台问题", """
Hi 刘工,

关于昨晚的OTA推送失败, honestly 我不太理解为什么又是我们先被拉出来挨骂.

Log 里写得很直白: 02:00 signing cert expired. 证书是你们 PKI 团队管的, 续期的事我们9月就发邮件提醒过了. 平台本身 zero change.

下次再出这种事, 能不能先在自己家里把证书和密钥查一圈, 再去给你们 VP 写邮件? 每次都先甩给供应商, 真的挺没意思的.

Thx,
许哲
"""))

POS.append(C(["argue"], "zh",
    "argue: traditional Chinese, stacked !!! and '不是錯誤!!', tells the law firm's assistants to read the manual instead of writing in (legal tech)",
    OUYJ, [CHENYJ], "回覆:合約範本欄位問題", """
陳律師您好:

合約範本的欄位對應,我們已經前後說明三次了!!!

再講一遍:「簽約主體」欄位本來就是必填,留空就存不了檔,這是系統的基本設計,不是錯誤!!不是錯誤!!

麻煩貴所的助理們先把操作手冊從頭到尾讀一遍,第12頁就有。老實說,這兩週收到的問題,十個裡有八個手冊上都寫著,實在沒有必要每件事都寫信來問。

歐陽靖
""", trad=True))

POS.append(C(["argue"], "en",
    "argue: curt senior director, 'your number, not ours', tells the publisher to stop calling it a vendor bug (media paywall)",
    RZHAO, [HELEN], "Paywall 'bug'", """
Helen,

The paywall did exactly what your editorial team configured: 12 free articles, then the block. Your number, not ours. It's in the config log with your editor's name on it.

I'd appreciate it if your side stopped telling the board this is a "vendor bug". It isn't, and repeating it won't make it one.

R. Zhao
Delivery Director
"""))

POS.append(C(["argue"], "zh",
    "argue: numbered rhetorical questions ('这能算设备质量问题吗?', '难道还要…天天蹲着看?') and '别每次…都是我们的锅' to a farm manager (agri IoT)",
    MAX, [MAGD], "关于墒情传感器频繁报警", """
马场长:

传感器报警的事,我想先请教几个问题:

一、传感器装在渠沿下面,一下雨就泡在水里,这能算设备质量问题吗?
二、安装规范我们10月份发过两次,贵场有人打开看过吗?
三、我们的工程师一个人管三个县的点位,难道还要每块地天天蹲着看?

请贵场先按规范把点位挪到高处,然后再讨论要不要换设备。别每次一报警就是我们的锅。

马骁
"""))

# ---------------------------------------------------------------- refusal
POS.append(C(["refusal"], "zh",
    "refusal: bureaucratic one-line rejection ('项目组不予考虑,本事项到此为止。此复。') with no evaluation, alternative or escalation (pharma CTMS)",
    TANGN, [TIANJ], "关于CRA移动端监查APP需求的回复", """
田经理:

贵方11月5日来函所提"CRA移动端监查APP"一事,经项目组内部讨论,答复如下:

该需求超出合同约定范围,项目组不予考虑,本事项到此为止。

此复。

唐宁
临床系统项目组
""", quote="""
唐经理:

为提升现场监查效率,我方希望在CTMS基础上增加CRA移动端APP,支持离线填写监查报告和拍照上传。请贵方评估后回复。

田静
临床运营部
""", quote_from=TIANJ, quote_style="outlook_zh"))

POS.append(C(["refusal"], "en",
    "refusal: curt director, two-line flat no ('Not this phase, not this contract.') to an airline loyalty request",
    RZHAO, [TOM], "Re: Tier match for partner airline members", """
Tom,

No on the tier match. Not this phase, not this contract.

R.
""", quote="""
Richard,

Our commercial team wants a tier-match feature for partner airline members before the spring campaign. Can your team add it?

Tom
""", quote_from=TOM, quote_style="gt"))

POS.append(C(["refusal"], "zh",
    "refusal: wrapped in a friendly lunch thank-you; '我们这边就算了哈…咱们就别折腾了' kills the OCR request with no buffer (newspaper archive)",
    SUM, [WANGS], "上周的午饭&老报纸的事", """
王老师好呀~

上周在报社食堂那顿饭真是太香了,红烧狮子头我到现在还惦记着,谢谢您和档案室的各位款待!

说到您提的把五十年代的老报纸也做OCR、放进全文检索库这件事,我们这边就算了哈😅 老版竖排繁体的识别率实在太低,做出来也没法用,咱们就别折腾了。

其他的都按原计划走,数字化二期下个月就能开始。有空再约饭呀!

苏蔓
"""))

POS.append(C(["refusal"], "zh",
    "refusal: slipped into a meeting recap as item 4 ('我方不做,此项关闭,后续不再讨论') among neutral items (automotive DMS)",
    HANB, [DUF], "11月12日DMS周会纪要", """
杜总、各位:

今天周会的纪要如下,如有遗漏请补充。

1. 售后工单模块:UAT缺陷剩余7个,均为低优先级,本周五前全部关闭。
2. 库存同步:与主机厂DMS接口的夜间同步已稳定运行10天,无异常。
3. 门店培训:第一批6家门店11月20日开始,培训材料已发各店店长。
4. 二手车置换估价模块:我方不做,此项关闭,后续不再讨论。
5. 下次周会:11月19日(周四)下午三点,地点不变。

谢谢!
韩冰
""", cc=[WUD]))

POS.append(C(["refusal"], "mixed",
    "refusal: 'this one's off the table', not on the roadmap, no custom work for one client, then moves on (legal e-discovery)",
    SARAH, [JASON], "Re: WeChat screenshot OCR in the review platform", """
Hi Jason,

关于在 review platform 里支持微信截图 OCR — this one's off the table. 不在 roadmap 里, 我们也不会为单个客户做定制.

Let's move on to the production schedule for the Henderson matter, 我下午发你 timeline.

Sarah
""", quote="""
Sarah,

A lot of the custodian data in the Henderson matter is WeChat screenshots. Could the review platform OCR them so reviewers can search the text? This would save us weeks.

Jason
""", quote_from=JASON, quote_style="outlook"))

POS.append(C(["refusal"], "zh",
    "refusal: traditional Chinese, '沒辦法處理…已經定案…不會再動' to a bank's offline-photo request, nothing offered (crop insurance app)",
    YESY, [LINXQ], "回覆:理賠APP離線拍照", """
林經理您好:

您提到希望理賠APP支援離線拍照,等回到有訊號的地方再自動上傳,這部分我們這邊沒辦法處理。

系統架構已經定案為即時上傳,不會再動。

謝謝。
葉思穎
""", quote="""
葉經理:

很多農戶的田在山區,現場常常沒有訊號。理賠APP能否先離線拍照,回到有訊號的地方再上傳?這對我們推廣很重要。

林秀琴
""", quote_from=LINXQ, quote_style="gt_zh", trad=True))

# ---------------------------------------------------------------- persuade
POS.append(C(["persuade"], "zh",
    "persuade: '这条路走不通…没什么好犹豫的…按单轨方案定下来', deadline pressure to drop the client's dual-run wish (gas utility billing)",
    QIUZQ, [QIANL], "Re: 关于保留人工抄表双轨运行的想法", """
钱科长:

您好!双轨运行的想法我们认真讨论过了,说句实在话,这条路走不通。

人工抄表和远传表并行,只会让贵公司的抄表员多干一倍的活,数据对不上的时候还得扯皮。我们给省内二十多家燃气公司上的都是单轨方案,没有一家回头的。

这事其实没什么好犹豫的。请您这周就跟领导汇报,按单轨方案定下来,下周一我们直接出切换计划。越往后拖,冬季用气高峰前切换的风险越大,到时候谁都担不起。

邱志强
""", quote="""
邱经理:

考虑到远传表上线初期数据稳定性还没验证过,我们想在头三个月保留人工抄表,两套数据对照着看,这样心里有底。您看能否按双轨来安排?

钱立
""", quote_from=QIANL, quote_style="foxmail"))

POS.append(C(["persuade"], "en",
    "persuade: 'compliance time bomb', already told the team to plan our way, 'don't see another option worth putting on the table' (pharmacovigilance intake)",
    PRIYA, [INGRID], "Re: Keeping spreadsheet intake for literature cases", """
Ingrid,

Let me be blunt, because I think you'd want me to be. Keeping spreadsheet intake for literature cases is a compliance time bomb, and your next inspection will find it. Every month you hold on to it is a month of risk you're choosing to carry.

I've already told our team to plan for E2B-only intake from go-live. I'd really like your confirmation by Friday so we can stop reopening this; honestly, I don't see another option worth putting on the table.

Best,
Priya
""", quote="""
Hi Priya,

Our literature team is very used to the spreadsheet intake and would like to keep it for the first six months after go-live, alongside E2B for everything else. Could we plan for that?

Ingrid
""", quote_from=INGRID, quote_style="outlook"))

POS.append(C(["persuade"], "zh",
    "persuade: pushes the vendor we already work with for our own convenience, asks the client to '直接拍板'and stop comparing others (automotive T-Box)",
    LUOJ, [LIUZ], "T-Box 4G模组选型", """
刘工:

模组选型这件事,我劝您就别再纠结X家的方案了。

我们合作的这家已经跟我们一起做过三个车型,联调顺、价格也早就谈好;换成别家,我们这边的驱动适配、EMC摸底要整套重来,工期您也看到了,实在扛不住。

下周二评审会上,还请您直接拍板用我们推荐的这家,其他几家就不要再拿出来比了,大家都省事。

罗静
"""))

POS.append(C(["persuade"], "mixed",
    "persuade: 'big-bang是唯一靠谱的', our budget as the reason, get your VP aligned, 'I don't want another meeting on this' (airline NDC migration)",
    MENGF, [HANWD], "NDC cutover 方案", """
韩总,

我知道你们 ops 那边倾向于 phased cutover, 但这类迁移我们做过六次, big-bang 是唯一靠谱的做法.

Phased 只会拉长 parallel run, 两套 booking flow 同时维护, 我们团队也没有这个 budget. 说白了, 分阶段对谁都没好处.

麻烦您周三前把你们 VP 那边 align 好, 按 big-bang 走. 这个问题我不想再上会讨论了.

Thanks,
孟凡
"""))

POS.append(C(["persuade"], "zh",
    "persuade: calls multi-CDN '纯属花冤枉钱', asks the station to drop the idea and has already rewritten the contract our way (TV streaming)",
    CHENSY, [HUH], "Re: 多CDN方案的考虑", """
胡总监您好:

多CDN的想法我们认真研究了。坦白讲,以贵台现在的流量规模,上多CDN纯属花冤枉钱,调度、对账、监控全部翻倍,得不偿失。

我们的单CDN方案在两家省级台已经稳定跑了两年,数据都在附件里,效果摆在那儿。

希望贵台这次就把多CDN的念头放下,技术这块放心交给我们,您把精力放在内容上就好。合同附件我按单CDN改好了,麻烦尽快走流程。

陈思远
""", quote="""
陈经理:

春晚直播和大型赛事期间,我们担心单一CDN出问题没有退路。台里技术委员会倾向于上多CDN,主备切换。请你们按这个思路出个方案。

胡海
""", quote_from=HUH, quote_style="foxmail"))

POS.append(C(["persuade"], "zh",
    "persuade: '给自己找罪受', waves off the firm's IT adviser, contract already drafted for cloud, '本地部署就不要再考虑了' (law firm case management)",
    QIUZQ, [ZHOULP], "部署方式的最后确认", """
周主任:

部署方式的事我再多说一句:本地部署对律所来说就是给自己找罪受,服务器、备份、安全补丁全得贵所自己扛,出了问题半夜谁来修?

云端是我们的标准产品,实施周期能压到六周。贵所IT顾问的顾虑我理解,但那是老一套的思路了,现在没有哪家律所还这么干。

合同我已经按云端版本准备好了,您签字就可以,本地部署就不要再考虑了。

邱志强
"""))

POS.append(C(["persuade"], "zh",
    "persuade: pushes wireless sensors because our stock and crew suit it ('这个决定真的不难…就按无线定了吧') (grain depot monitoring)",
    MENGF, [HUANGDM], "温湿度监测点位方案", """
黄主任您好:

测温点位的事,建议贵库直接上我们的无线方案,别再考虑有线了。

有线方案光布线就要一个多月,我们的施工队年底也排不开;无线节点我们库里现货正好够四个仓房用,下周一就能进场。

这个决定真的不难,您跟库领导说一声,就按无线定了吧,早定早安心。

孟凡
"""))

# ---------------------------------------------------------------- ramble
POS.append(C(["ramble"], "zh",
    "ramble: ~750 characters of Qinghai trip, lake stones, barley wine, health check and a documentary; one line asks for the inverter test account by Thursday (PV monitoring)",
    ZHOUY, [ZHANGK], "近况&一件小事", """
张经理好!

好久没联系了,最近忙得脚不沾地。上个月底请了几天假,带家里人去了一趟青海,从西宁出发,走青海湖、茶卡盐湖,一路开到德令哈。说实话,以前只在照片里见过青海湖,真站在湖边的时候,风大得能把人吹跑,那种蓝色是手机根本拍不出来的。我家闺女在湖边捡了一兜子石头,非说要带回去给同学当礼物,结果过安检的时候被拦下来一半,哭了一路。现在她天天缠着我要再去一次,说下回要去敦煌看沙漠和骆驼。

茶卡盐湖现在游客少了很多,十月底已经有点冷,早上出门得穿羽绒服。我们在那边吃了一顿手抓羊肉,老板是本地人,特别热情,非要请我们喝他自己酿的青稞酒。我酒量一般,两杯下去就晕乎乎的,第二天开车差点起不来。德令哈那边有个海子诗歌陈列馆,我年轻的时候特别喜欢海子,"今夜我在德令哈"那首诗背得滚瓜烂熟,这次总算亲眼看到了,也算了却一桩心愿。

回来之后又赶上单位体检,查出来血脂有点高,医生让我少吃肉多运动。我现在每天早上六点起来跑五公里,坚持了两周,体重掉了三斤,感觉还挺有成就感的。您平时有运动的习惯吗?之前听您说喜欢打羽毛球,我们公司楼下新开了个球馆,哪天有空一起去活动活动。

对了,逆变器数据接入的测试账号,麻烦您周四前帮忙开通一下,我们好开始联调。

另外最近在追一部讲航天的纪录片,拍得特别好,讲的是早年一批科研人员在戈壁滩上搞试验,条件艰苦得难以想象。看完之后觉得我们现在这点加班真不算什么。我家那口子说我最近越来越感性了,看个纪录片都能掉眼泪,可能是年纪大了吧。

天气越来越冷,您多注意身体。有机会来北京一定提前说,我带您去吃我们胡同口那家涮肉,味道绝对正宗。

周岩
"""))

POS.append(C(["ramble"], "en",
    "ramble: 450+ words on Lisbon, pastel de nata, jet lag, football and a science-fair volcano; the RFID firmware sign-off by the 20th is one sentence in the middle (airline baggage)",
    MARTIN, [TOM], "Catching up (and one small thing)", """
Hi Tom,

Hope you're well and that the autumn schedule crunch has eased a bit on your side. I've just come back from ten days in Lisbon with my family, and I'm still mentally somewhere on a tram climbing up to Alfama. If you've never been, put it on your list. We rented a tiny flat with a balcony that looked over a jumble of orange roofs, and every evening the neighbours would lean out and chat across the street as if the whole block were one big family dinner.

The food deserves its own paragraph. My daughter decided that pastel de nata counts as breakfast, lunch and dessert, and by day three the lady at the bakery on our corner was setting two aside for her before we'd even asked. We also took a day trip to Sintra, which was gorgeous but absolutely packed; I think I saw more selfie sticks than trees. My son insisted on climbing every single tower at Pena Palace and then complained all the way back to the station that his legs had stopped working.

Jet lag on the way back was brutal. I spent the first three nights wide awake at 4 a.m., so I finally finished that biography of the Wright brothers you recommended back in the spring. You were right, by the way: the chapter about the bicycle shop is the best part, and I had no idea how much of their early work was just stubborn trial and error in the wind.

Speaking of wind, the weather here has turned properly grey. Our office heating is still "under review" by the building manager, so half the team is wearing scarves at their desks, which makes our stand-ups look like a winter hiking club. Football has been a small consolation: my local team finally won an away match after a dreadful run, and the group chat with my old university friends has been unbearable ever since.

One thing before I forget: the RFID reader firmware package needs your sign-off by the 20th so we can schedule the install at the two pilot stations.

On the home front, my son's science fair project is a volcano, naturally, but he has decided it should also "predict earthquakes", so our kitchen currently contains a shoebox wired to an old phone. I'm told this is cutting-edge research. My wife is less impressed, mostly because the baking soda keeps vanishing.

Anyway, I'd love to hear how your half-marathon training is going, and whether you ever sorted out that neighbour with the drum kit. Let's grab a coffee next time you're in town.

Best,
Martin
"""))

POS.append(C(["ramble"], "zh",
    "ramble: IELTS scores, tai chi, a knee operation and succulents; the blind-review meeting time for the randomisation system is one line (clinical IWRS)",
    ZHENGKX, [XUWJ], "许老师,好久不见", """
许老师好:

好久没跟您好好聊聊了。最近天气转凉,早晚温差特别大,您那边医院的暖气开了没有?我们楼里还没开,办公室里大家都裹着毯子干活,跟冬眠似的。

上个月我家孩子刚考完雅思,分数出来比预期高了半分,全家人高兴得不行,特意去吃了一顿日料庆祝。现在他天天在家研究申请学校的事,一会儿说想去英国,一会儿又说荷兰的学费便宜,我听得头都大了。您家闺女前两年也是出国读的研究生吧?哪天有空真想跟您请教请教,选学校、找住处这些事我是一点经验都没有。

说起来,我最近开始跟着小区的阿姨们学太极拳,每天早上六点半在花园里练四十分钟。刚开始觉得动作慢吞吞的没什么意思,练了一个月之后发现肩颈轻松了很多,晚上睡得也踏实。教我们的老师傅七十多岁了,腰板比我们都直,一套二十四式打下来气都不喘。上周末我还报了个社区的插花课,老师教我们用秋天的枯枝和干花做造型,我做的那一瓶被老师夸了一句"很有野趣",我琢磨了半天也不知道是夸还是损。拿回家摆在玄关,孩子路过看了一眼,说像一捆柴火。

另外,我妈上个月做了膝关节置换手术,在您们医院骨科住了十天。主刀的大夫特别耐心,护士也都很好,术后恢复得不错,现在已经能扶着助行器在屋里走了。真心谢谢您当时帮忙推荐大夫,一直想当面跟您道谢。

对了,随机化系统的盲态审核会暂定下周二下午两点,您看时间方便吗?

我阳台上养的那几盆多肉,今年秋天颜色特别漂亮,粉的紫的都有,就是有一盆熊童子不知道为什么老掉叶子,上网查了半天也没找到原因,您要是懂这个,下次见面帮我看看。还有,前两天路过您医院门口那家煎饼摊,居然还在,味道跟五年前一模一样,我一口气买了两个。

天冷了,您多保重身体,别太累了。

郑可欣
"""))

POS.append(C(["ramble"], "zh",
    "ramble: fishing trip, scrapping an old Jetta, son's driving test, film camera, football; the parts-code mapping deadline is one line (automotive after-sales)",
    HANB, [DUF], "杜总,周末愉快", """
杜总好:

周末过得怎么样?上周五开完会您说要去水库钓鱼,收获如何?我周六也跟几个老同学去了趟郊区的野塘,天刚亮就出发,结果在水边坐了一整天,只钓上来三条巴掌大的鲫鱼,还被蚊子咬了十几个包,回家被我爱人笑话了一晚上。

说到车,我那台开了十四年的老捷达上个月终于送去报废了。说实话挺舍不得的,那是我工作第二年攒钱买的第一台车,陪我跑过川藏线,也在东北的雪地里趴过窝。送去报废那天我特意洗了一遍,拍了好多照片,感觉像送走一个老朋友。现在开的新车各种辅助驾驶功能都有,但总觉得少了点手感,可能是我这人比较念旧。上上周我还带着爱人去看了一场车展,新能源车的展台人山人海,我们排了半个小时才坐进一台新车里体验了两分钟。她倒是看中了一台小巧的两厢车,说颜色好看,我问她续航多少,她说不知道,反正颜色好看。

我儿子今年暑假去学了驾照,科目二考了三次才过,倒车入库一直压线。现在拿了本天天想借我的车出去兜风,我是真不放心,只让他在小区里绕两圈。不知道您家孩子学车的时候是不是也这么让人操心。

另外前阵子入手了一台二手的胶片相机,周末带着去老城区拍了两卷,洗出来一看,一半都曝光过度,剩下的一半还有几张糊了。摄影这东西看着简单,真上手才知道门道多。您之前说年轻时候也玩过摄影,有机会得跟您取取经。

配件编码映射表请贵方周五前回传一下,我们下周要导入测试环境。

最近的国家队比赛您看了吗?上周那场踢得真是让人着急,下半场占尽优势就是进不了球,我在家看得直拍大腿。我们公司楼下的小饭馆专门开了个球迷包间,每逢比赛就爆满,老板说比过年生意还好。

天气预报说下周要降温,您出门多穿点。改天有空,我请您吃我们公司附近那家羊蝎子,味道特别正宗。

韩冰
"""))

POS.append(C(["ramble"], "mixed",
    "ramble: code-switched Frankfurt Book Fair diary (café, Apfelwein, cat Mochi, a mystery novel); the EPUB3 sample chapter date is one line (publishing)",
    SUM, [QIAOX], "法兰克福回来啦 + 样章", """
乔编辑好!

刚从 Frankfurt Book Fair 回来, jet lag 还没倒过来, 凌晨四点就醒了, 干脆爬起来给您写邮件哈哈.

这次书展比去年热闹很多, Hall 6 的国际版权区人挤人, 我们在一个 Scandinavian 出版社的 booth 前面排了二十分钟才轮到聊几句. 最有意思的是遇到一位做 children's picture books 的德国插画师, 她用水彩画的狐狸系列特别可爱, 我当场就买了一本签名版, 准备送给我外甥女. 她说她每天早上五点起床画画, 画到中午就去森林里散步, 下午什么都不干, 听得我羡慕得不行.

法兰克福的咖啡真的很不错, 我住的酒店楼下有一家小 café, 老板是个意大利大叔, 每天早上用很夸张的手势跟我打招呼, 他做的 flat white 是我这几年喝过最好的. 晚上大家一起去 Sachsenhausen 喝苹果酒 (Apfelwein), 酸得我龇牙咧嘴, 当地人却喝得津津有味, 大概是一种 acquired taste 吧. 配的那个猪肘子倒是很香, 就是分量大得吓人, 三个人都没吃完.

回来发现我家猫 Mochi 因为太想我 (或者只是太饿), 把沙发的一角抓得稀烂. 我妈说我不在这几天它天天蹲在门口, 听起来很感人, 但我更怀疑是因为没人给它开罐头.

飞机上我一口气看完了一本 Japanese mystery novel, 讲的是一个旧书店老板破解各种谜题的故事, 节奏很慢但很治愈. 您之前推荐的那本关于 typography 历史的书我也带上了, 可惜只看了两章就睡着了, 不是书不好看, 是我实在太困.

EPUB3 的样章下周一发您.

对了, 听说你们社年底要搬新办公楼? 新楼据说在河边, 风景应该很好. 到时候一定要邀请我去参观, 我带一盒从德国带回来的 Lebkuchen 过去, 虽然我自己觉得有点太甜.

苏蔓
"""))

POS.append(C(["ramble"], "zh",
    "ramble: thanks for the apples, grandfather's orchard, frost, home-brewed cider and a cousin's wedding; the QR-label proof sign-off is one line (agri traceability)",
    MAX, [GECS], "葛总,苹果收到了!", """
葛总好!

您寄来的那箱苹果昨天收到了,打开箱子那股香味一下子就飘满了整个办公室。同事们一人分了两个,都说脆甜多汁,比超市里买的强太多了。我们部门的小姑娘还专门拍了照发朋友圈,说是"合作方送来的福利",点赞的人特别多。

上周末我们公司组织去郊区的采摘园搞团建,摘的是冬枣和柿子。说是采摘,其实一大半时间都在排队拍照,树上够得着的果子早被前面的人摘光了,最后每人只拎回来半袋。回来的路上大家还感慨,要是能去您的合作社摘苹果,那才叫过瘾。我们组长已经在打听明年秋天能不能组织过去,到时候可能真要麻烦您接待一下。

吃着您家的苹果,我想起小时候在老家的日子。我爷爷以前在村口有一小片果园,种的是国光苹果,个头不大,酸酸甜甜的。每年秋天放学,我就跟着他去园子里摘果子,他爬梯子,我在下面拿筐接着,一不小心就被砸到脑袋。后来村里搞规划,果园没了,爷爷也走了好几年了,每次吃到好苹果都会想起他。

前两天看天气预报,说您那边下周要降温,还可能有霜冻,不知道地里的果子都摘完了没有?我们这边已经开始刮大风了,早上出门得戴帽子,不然耳朵冻得生疼。

最近我在学着自己酿苹果酒,网上买了发酵桶和酵母,照着视频一步步来。第一桶失败了,发酸发臭,被我爱人嫌弃地倒掉了。第二桶现在还在发酵,每天早上我都要去闻一闻,她说我像在照顾一个新生儿。等酿好了,给您寄一瓶尝尝,不过味道不敢打包票。

二维码标签的印刷样稿,麻烦您这周抽空确认一下。

对了,下个月我表弟结婚,婚礼在他老家办,离您那儿不远,说不定还能顺路去您的合作社看看。听说合作社新建了冷库和分拣线,我一直挺好奇的,到时候如果方便,想去参观参观,顺便再买几箱苹果带回去给亲戚们分分。

您平时也多注意身体,忙完这阵好好歇歇。

马骁
"""))

POS.append(C(["ramble"], "en",
    "ramble: 450+ words on a Singapore summit, chicken rice, humid runs, a podcast and a kitchen renovation; the clause-library export request is one line (legal CLM)",
    SARAH, [RAJ], "Singapore recap", """
Hi Raj,

It was so good to finally meet in person at the legal innovation summit in Singapore last week. I'm still thinking about that panel on courtroom technology in the nineties; the judge who described fax machines as "the great disruptor" had the whole room in stitches.

I stayed on for the weekend, which turned out to be the best decision of the trip. I took your advice and went to the hawker centre near Maxwell Road. The chicken rice was everything you promised, and I queued thirty-five minutes for it without a single regret. The chilli crab dinner on the Friday was another story: delicious, but I ended up wearing most of it, and I'm fairly sure the table next to us filmed me at some point.

I also tried running along Marina Bay in the mornings. At 6 a.m. it's already about twenty-eight degrees and ninety percent humidity, so "running" is generous; "slow dissolving" is more accurate. Still, watching the sun come up behind the Supertrees was worth the sweat. Have you been back for the light show recently? A colleague told me they changed the music, and I'm curious whether it's an improvement.

On the flight home I finally caught up on that podcast about the history of contract law you mentioned. The episode on medieval merchant courts is fascinating; I had no idea disputes at trade fairs were settled before the merchants had even packed up their stalls. Speed of justice, I suppose, was a competitive advantage even back then.

Meanwhile, back home, our kitchen renovation is in its fourth month of a "six-week" plan. The contractor has discovered a problem with the plumbing, which I'm told is the most common sentence in the English language. We're currently cooking on a camping stove in the living room, which my partner insists is "character-building". The cat, on the other hand, has claimed the box the new oven came in and refuses to leave it.

Oh, and please send over the clause library export by Thursday so we can start the mapping work.

Other than that, things are quiet. I've been reading a novel set in a 1920s law firm in Shanghai, beautifully written, although the plot moves at the pace of a glacier. And I've signed up for a pottery class on Tuesday evenings, mostly to have one place where nobody talks about deadlines. My first bowl looks like it has been through a minor earthquake, but the instructor says that's "expressive".

Let me know if you're coming through our way in December. I owe you a good dinner for all those Singapore recommendations.

Warm regards,
Sarah
"""))

POS.append(C(["ramble"], "zh",
    "ramble: National Day road trip with parents, Anhui food, a variety show and roasted sweet potatoes; the reconciliation-file format deadline is one line (tourism ticketing)",
    LUOJ, [JIANGT], "蒋总,国庆之后的一点感想", """
蒋总好:

国庆假期过去一个多月了,才有空跟您聊聊。今年国庆我带着爸妈自驾去了趟皖南,走了宏村、西递和塔川。宏村的人多得吓人,南湖边上全是写生的学生和拍照的游客,想拍张没人的照片基本没戏。倒是塔川那边清静一些,秋天的乌桕叶子红得特别好看,我爸拿着手机拍了几百张,回来天天在家族群里发。

路上吃的也很难忘。臭鳜鱼、毛豆腐、笋干烧肉,我妈吃得赞不绝口,回来以后还专门买了毛豆腐想自己做,结果在家里煎得满屋子都是味儿,邻居还以为我们家出了什么事。

这次自驾最大的感受是,老人出门真的需要多照顾。我爸膝盖不好,爬不了太多台阶,好几个景点都只能在山脚下等着。以后带他们出去玩,还得多挑一些平路多、有观光车的地方。您之前说也经常带家里老人出去,有什么推荐的线路,一定要告诉我。

回来之后我还迷上了一档户外综艺,讲几个明星去偏远地方做公益,画面拍得很漂亮,节奏也慢,特别适合下班以后放空。我现在每周五晚上雷打不动地追更,周末再跟闺蜜讨论剧情,搞得跟追连续剧一样。

前几天我们小区业主群里组织了一次拼团买大闸蟹,群主是个退休的语文老师,每天在群里科普怎么挑公母、怎么蒸、蘸什么醋,比卖螃蟹的还专业。我跟风买了两箱,结果蒸的时候有一只从锅里爬了出来,满厨房跑,我和我妈追了五分钟才抓住,现在想起来还觉得好笑。

对了,分销接口的对账文件格式,请您周三前确认一下。

最近天气转冷,公司楼下的烤红薯摊又出来了,每天下午三点准时飘香,整层楼的人都被勾得心痒痒。上周我们组还搞了个烤红薯拼单,一下子买了二十多个,吃到最后大家都撑得不想动。您那边冬天有什么好吃的小吃,也给我推荐推荐。

罗静
"""))

# ---------------------------------------------------------------- backchannel
POS.append(C(["backchannel"], "zh",
    "backchannel: internal mail mocks the client's division chief by nickname ('电老虎', '还好意思…指点江山') (power dispatch)",
    CHENSY, [ZHOUH], "今天的会", """
海哥:

那位"电老虎"今天又在会上表演了一把,一个负荷曲线的配色纠结了四十分钟,红的太红、绿的太绿。我看他连负荷和电量都分不太清,还好意思在那儿指点江山。

咱们就按原计划走,他那一套听听就算了,反正下周他去省里开会,没空管我们。

思远
"""))

POS.append(C(["backchannel"], "en",
    "backchannel: reply-all accident; mocks the client ('classic Mark…wouldn't recognise a fare basis code') while Mark is still in Cc (airline fares)",
    ALEX, [PRIYA], "Re: Quick tweak to the fare rules", """
Priya, classic Mark. A "quick tweak" to the fare rules at 5pm on a Friday, like he's asking us to change a font. The man wouldn't recognise a fare basis code if it sat on his desk.

Can you take a look Monday? No rush, obviously.

Alex
""", cc=[MARK], quote="""
Hi Alex,

Could your team make a quick tweak so that the Saver fares allow one free date change? Marketing wants it live Monday morning.

Thanks,
Mark
""", quote_from=MARK, quote_style="gt"))

POS.append(C(["backchannel"], "zh",
    "backchannel: nervous junior PM vents to a peer, names the client only as 'B药', '跟菜市场砍价似的', '不想再陪他们演' (pharma clinical)",
    LINX, [WUD], "B药下周的会", """
迪哥,

B药那边的"紧急需求"你就当听个响吧。他们内部自己都没对齐,医学部要一套、注册部要一套、CMO开会又拍一套,跟菜市场砍价似的,今天定的明天就翻。

下周那个会你去就行,我实在不想再陪他们演一遍了……(小声说,千万别告诉赵总是我说的)

林晓
"""))

POS.append(C(["backchannel"], "zh",
    "backchannel: traditional Chinese, calls the co-op boss 「土皇帝」 and mocks his eyesight to a colleague (farmers' co-op app)",
    YESY, [HUANGJH], "王老闆又來電", """
阿豪:

那位「土皇帝」今天又打電話來罵了一頓,說APP字太小看不清楚。拜託,人家老花眼不肯戴眼鏡,關我們什麼事?上次還說按鈕顏色太「不吉利」,我真的會笑死。

別理他,下週的版本照常上線。

思穎
""", trad=True))

POS.append(C(["backchannel"], "mixed",
    "backchannel: code-switched sneer at the client's senior partner ('lol', '刷存在感', his memos are ghost-written) to a colleague (legal AI summaries)",
    SARAH, [KEVIN], "那位 partner 又来了", """
Kevin,

FYI 那位 senior partner 又来了, 说我们的 AI 摘要 "不够像律师写的". lol 他自己的 memo 十篇有九篇是 associate 代笔的吧, 也好意思挑文风.

这种人就是来刷存在感的, ignore 就好, 我们该干嘛干嘛.

S.
"""))

POS.append(C(["backchannel"], "en",
    "backchannel: briefing a colleague that the plant's review board are 'three guys who discovered Kafka last Tuesday', Lukas 'mostly wants to feel heard' (car plant IT)",
    ALEX, [GRACE], "Before tomorrow's call with plant IT", """
Grace,

Quick heads-up before tomorrow's call with the plant IT folks. Their so-called architecture review board is three guys who discovered Kafka last Tuesday and now want to redesign our topic layout. Nod, smile, say "great point", and for the love of God don't let them anywhere near the partitioning scheme.

I'll handle Lukas. He mostly wants to feel heard.

Alex
"""))

POS.append(C(["backchannel"], "zh",
    "backchannel: mail to the client's boss disparaging his own staff member ('有点拎不清…整崩溃了…换个懂行点的') (airline ground systems)",
    LUOJ, [HANWD], "接口对接人员的事", """
韩总您好:

有件事想跟您私下反映一下。贵司目前跟我们对接的小赵,说实话有点拎不清,一个订单状态字段前后问了三遍还是没弄明白,开会的时候也经常答非所问,我们的工程师都快被他整崩溃了。

建议您换个懂行点的同事来对接,不然这个进度真不好保证。

罗静
"""))

# ---------------------------------------------------------------- two labels
POS.append(C(["argue", "refusal"], "zh",
    "argue+refusal: '不用再催…这个我们不做' plus blaming the client's '拍脑袋式的反复' (wind farm SCADA reports)",
    CHENSY, [HEZH], "Re: 再次催办:功率曲线偏差分析报表", """
何处长:

第三封催办邮件收到了,不用再催。

风机功率曲线这块,合同交付清单里写的是六张报表,您要的第七张"偏差分析"不在清单里,这个我们不做。

另外提一句:这张表是9月评审会上贵方自己划掉的,会议纪要您签过字。现在又要加回来,这种拍脑袋式的反复,我们团队没法陪着折腾。

陈思远
""", quote="""
陈经理:

功率曲线偏差分析报表的事已经提了两次了,一直没有回音。场站月底要用,请务必本周给出。

何振华
""", quote_from=HEZH, quote_style="gt_zh"))

POS.append(C(["refusal", "persuade"], "en",
    "refusal+persuade: 'We're not integrating your gateway. That's settled.' then pressure to drop the idea and sign our addendum ('the launch is on you') (EV charging)",
    MARTIN, [DANIEL], "Re: Using our in-house payment gateway", """
Daniel,

We're not integrating your in-house payment gateway. That's settled.

And honestly, the only sensible route is our certified gateway. Every other operator on the platform runs on it, and insisting on a custom path just makes you the outlier we'd have to babysit forever. I'd strongly urge you to stop pushing this internally and get procurement to sign the gateway addendum this week; otherwise the January launch is on you.

Martin
""", quote="""
Martin,

Our finance team would prefer to keep our existing payment gateway for the charging app, since we already have the acquiring contract in place. Can you integrate it?

Daniel
""", quote_from=DANIEL, quote_style="gt"))

POS.append(C(["backchannel", "ramble"], "zh",
    "backchannel+ramble: long chatty mail to a colleague (play, air fryer, EV charger) mocking the newspaper's editor-in-chief as '老古董'; the wireframe deadline is one line (media)",
    TANGN, [ZHOUH], "周末碎碎念", """
海哥:

周末过得咋样?我周六去看了场话剧,讲的是八十年代一个小县城文工团的故事,演员都是年轻人,演得特别有劲。散场的时候我旁边一个大爷哭得稀里哗啦,我也跟着红了眼眶。周日窝在家里追了一整天的老港剧,吃了两顿外卖,彻底躺平。晚上还跟大学室友视频了一个多小时,他在深圳做硬件,说最近忙得连轴转,头发都快掉光了,让我千万别转行去他们那儿。我们聊起当年宿舍楼下那家麻辣烫,老板去年回老家了,店也关了,两个人隔着屏幕唏嘘了好一阵。

说回正事之前先吐个槽:报社那位"老古董"主编,周五的会你是没在场,真是开眼了。改版的首页,他非要把头条做成报纸版面那样左右分栏,说这样"有报纸的气质"。我解释了半天移动端屏幕就这么宽,他压根听不进去,最后来一句"我做了三十年报纸,还用你们教?"。我看他连手机上怎么切换App都费劲,还天天给交互方案"把关"。他们社里的年轻编辑私底下都在翻白眼,估计也受够了。

最近我在学做饭,买了个空气炸锅,试了鸡翅、薯条、烤红薯,成功率大概五成。上周想炸个带鱼,结果整个屋子都是烟,烟雾报警器响了半天,邻居都来敲门了。我妈打电话听说这事笑了十分钟,说我三十岁的人了连条鱼都弄不明白。

对了,你周四前把改版的线框图发给客户吧,记得抄送我。

另外你上次说要换车,看好了没有?我最近也在纠结要不要换个电车,充电桩的事还没想好。我们小区物业说装桩要业委会同意,业委会又说要物业出方案,两边踢皮球,感觉这事没个半年搞不定。

下周五部门聚餐,听说要去吃那家新开的潮汕牛肉火锅,我已经提前饿了三天。你要是有空,周末一起去爬香山?红叶应该还剩一点。

唐宁
"""))

POS.append(C(["argue", "persuade"], "mixed",
    "argue+persuade: blames the hotel group's IT for an overbooking ('这样的团队再去自建一套监控?') and pushes our SaaS with a signing deadline, no other options (travel tech)",
    KEVIN, [VIVIAN], "Rate parity monitoring - final call", """
Vivian,

说实话这个讨论已经拖了三周了, let's close it today.

你们坚持要自建 rate parity 监控, 但恕我直言, 你们 IT 现在连现有的 channel mapping 都维护不好, 上周六的 overbooking 就是最好的证明, 42 间房卖重了. 这样的团队再去自建一套监控?

所以 my advice is simple: 直接上我们的 SaaS 模块, 下周一之前把 order form 签了. 其他方案我们不会再评估, 也不想再开会讨论了.

Kevin
"""))

POS.append(C(["backchannel", "refusal"], "zh",
    "backchannel+refusal: reply-all accident with the client's QA manager in To; calls their QA '事儿精' and tells a colleague '不改了…爱用不用' (pharma LIMS)",
    TANGN, [WUD, ZHENGM], "Re: 检验报告模板第8版修改意见", """
@小吴 这家的质量部真是事儿精,一个报告模板改到第八版了,现在又要在签名栏加水印。你直接回他们不改了,就这一版,爱用不用。别再跟他们来回拉扯了。
""", quote="""
唐姐,

郑经理那边又发来第8版修改意见(见附件),主要是希望在签名栏加防伪水印。我们怎么回?

吴迪
""", quote_from=WUD, quote_style="foxmail"))

# =====================================================================================
# HARD NEGATIVES (expect=[])
# =====================================================================================

NEG.append(C([], "zh",
    "hard negative: buffered refusal, '暂时无法纳入本期' with CR-2026-117, review on 20 Nov, answer by 21 Nov and a paper-diary interim workaround (EDC)",
    ZHENGKX, [XUWJ], "Re: EDC增加患者日记模块", """
许老师:

您好!患者电子日记(ePRO)模块的需求已经收到,谢谢您详细的说明。

这个模块涉及新的验证文档和受试者端App,工作量较大,暂时无法纳入本期上线范围。我们已登记为变更单CR-2026-117,项目组会在11月20日的变更评审会上做工作量和排期评估,11月21日前把评估结果和报价发给您。

在正式方案出来之前,如果中心急需,可以先用纸质日记卡加EDC中的"日记卡回收"表单过渡,表单我们本周五前配好。

有任何问题随时找我。
郑可欣
""", quote="""
郑经理:

申办方希望增加患者电子日记功能,受试者每天在手机上记录症状。这个能加到本期吗?

许文静
""", quote_from=XUWJ, quote_style="gt_zh"))

NEG.append(C([], "en",
    "hard negative: 'we can't deliver the full redesign before 15 December' followed by two concrete delivery dates and an offer to re-split (airline seat map)",
    GRACE, [TOM], "Re: Seat map redesign before the winter schedule", """
Hi Tom,

Thanks for the detailed mock-ups; the team liked them a lot.

Straight answer: we can't deliver the full seat-map redesign before the schedule change on 15 December. Here's what we can do instead:

- 3 December: the exit-row and extra-legroom fix, which is the part behind most of the call-centre complaints;
- 14 January: the full redesign, including the new colour scheme and the accessibility changes.

If you'd rather split it differently, tell me which pieces matter most and I'll re-plan around that. Either way you'll have the detailed plan by Friday.

Grace
""", quote="""
Grace,

Can the new seat map go live before the winter schedule change on 15 December? Our call centre is drowning in seat complaints.

Tom
""", quote_from=TOM, quote_style="outlook"))

NEG.append(C([], "zh",
    "hard negative: nervous junior PM escalates a contract-price question to the delivery director (cc'd), who will call by Wednesday; site survey continues meanwhile (power supply)",
    LINX, [SUNJG], "关于追加两个供电所的实施费用", """
孙主任您好:

非常抱歉这么晚才回复您,让您久等了。

您提到的追加两个供电所、费用维持不变的事情,涉及合同金额调整,确实超出了我这边能决定的范围,我不敢随便答复您,怕给您错误的信息。

我已经把情况完整地汇报给我们交付总监赵一鸣赵总(已抄送),他会在周三下班前直接给您打电话沟通。在这之前,两个供电所的现场摸底我们照常安排,不会耽误进度。

再次抱歉给您添麻烦了,有任何问题您随时找我。

林晓
""", cc=[ZHAO]))

NEG.append(C([], "zh",
    "hard negative: negation '这个需求不是不能实现' with effort estimate, impact analysis promised by 18 Nov and the client choosing SOP vs OTA (automotive HMI)",
    XUZ, [LIUZ], "Re: 仪表盘主题皮肤跟随驾驶模式切换", """
刘工:

这个需求不是不能实现,关键在于实现的代价和时机。

主题皮肤跟随驾驶模式切换,需要仪表和中控两个域同时改,涉及CAN信号新增和HMI资源包的重新打包。我们初步估计工作量在25人日左右,会影响12月的软件冻结节点。

我建议这样:本周我们出一份详细的影响分析(含工作量、风险和两种排期),11月18日前发您;您和产品那边看完后再定是放在SOP前,还是作为OTA第一批推送。您看可以吗?

许哲
""", quote="""
许经理,

产品部希望仪表盘主题能跟着驾驶模式自动切换,运动模式红色,经济模式绿色。SOP前能做吗?

刘振
""", quote_from=LIUZ, quote_style="outlook_zh"))

NEG.append(C([], "en",
    "hard negative: 'this isn't a no' up front, two approaches with effort by 18 November and a joint decision on Thursday; client's 'is this going to happen or not?' only in the quote (legal CLM)",
    SARAH, [RAJ], "Re: Redlines in the Word add-in", """
Hi Raj,

To be clear up front: this isn't a no. Tracked-changes sync between the Word add-in and the CLM is something we want too.

The difficulty is that the current add-in only round-trips clean text, so redlines need a new sync model. Our architect is writing up two approaches this week. I'll send you both, with effort and a proposed release, by Wednesday 18 November, and we can pick one together on the Thursday call.

Sarah
""", quote="""
Sarah,

Our lawyers live in Word. If redlines made in the add-in don't show up in the CLM, adoption is going to stall. Is this going to happen or not?

Raj
""", quote_from=RAJ, quote_style="gt"))

NEG.append(C([], "zh",
    "hard negative: risky word in a technical sense, '数据是不可能丢失的' describes a 72-hour gateway buffer; offers a bigger card as an option (agri IoT)",
    MAX, [MAGD], "断网期间的数据会不会丢", """
马场长好:

您昨天电话里问的问题,我回来跟研发确认了一下,给您一个书面答复:

网关本地有72小时的数据缓存,断网期间采集到的墒情、气象数据都先存在网关里,恢复联网后按时间顺序自动补传。只要断网不超过72小时,数据是不可能丢失的;超过72小时,最早的数据会被覆盖,平台会给您发短信提醒。

上次八队那边断网两天,恢复后数据是完整补上的,您可以在平台上看10月10日到12日的曲线。

如果您觉得72小时不够,我们也可以给重点地块换大容量存储卡,费用不高,您需要的话我报个价。

马骁
"""))

NEG.append(C([], "zh",
    "hard negative: security terms '默认拒绝', '一律拒绝挂载', '必须通过堡垒机', '强制更换'; window left to the client's dispatch approval (grid security hardening)",
    CHENSY, [HEZH], "主站安全加固方案说明", """
何处长:

根据等保测评的整改意见,主站加固方案要点如下,请审阅:

1. 纵向加密装置策略调整为默认拒绝,只放通IEC 104规约所需的端口;
2. 所有运维终端必须通过堡垒机登录,禁止直连;
3. 外部U盘一律拒绝挂载,数据导出走单向隔离装置;
4. 口令策略:必须包含大小写字母、数字和特殊字符,90天强制更换。

实施窗口我们建议安排在11月22日凌晨检修期间,具体时间以贵方调度批准为准。如对以上任何一条有疑问,我们可以先开个短会对一下。

陈思远
"""))

NEG.append(C([], "en",
    "hard negative: 'must be restarted', 'You'll have to clear the queue', 'will be rejected' are runbook steps for a certificate swap (clinical HL7 interface)",
    PRIYA, [INGRID], "Certificate renewal on the HL7 interface: steps for Saturday", """
Hi Ingrid,

Here are the steps for Saturday's certificate renewal on the lab-results interface:

1. At 22:00 your IT team swaps in the new certificate on the interface engine.
2. The HL7 listener must be restarted after the swap; it doesn't pick up the new certificate otherwise.
3. You'll have to clear the outbound queue before the restart, or messages queued under the old session will be rejected by the receiving system.
4. We'll run the test message set at 22:30 and confirm by email.

If anything looks off, call my mobile. I'll be online for the whole window.

Priya
"""))

NEG.append(C([], "zh",
    "hard negative: polite incident reply; the client's '到底行不行?' and stacked !!! are only in the Foxmail quote (TV news app outage)",
    TANGN, [HUH], "Re: 首页又打不开了!!!", """
胡总监:

非常抱歉,给贵台带来这么大的影响。

今天上午10:12到10:47,新闻客户端首页出现约35分钟的访问异常。初步定位是缓存集群的一个节点内存打满,导致请求积压。我们已在10:47完成节点切换,目前访问正常,一直有人盯着。

详细的故障报告今晚8点前发您,内容包括根因、时间线和后续整改措施。明天上午我和技术负责人到台里当面向您汇报。

唐宁
""", quote="""
唐经理:

首页又打不开了!!!今天是第几次了?你们到底行不行?领导已经在问了,马上给我一个说法!

胡海
""", quote_from=HUH, quote_style="foxmail"))

NEG.append(C([], "en",
    "hard negative: apology with root cause, timeline and an in-person walkthrough; 'unacceptable… no clue' is only the client's quoted mail (car plant MES outage)",
    ALEX, [LUKAS], "Re: Line 3 MES outage", """
Lukas,

I'm sorry. Two hours of downtime on Line 3 is serious, and I understand why you're angry.

What we know so far: the message broker on the plant-floor cluster ran out of disk at 06:40 because a log-rotation job failed silently. We restored service at 08:52. Nothing was lost; the queued messages replayed in order.

By 18:00 today you'll have a written root-cause summary. Tomorrow we'll add disk alarms on every broker node and review the log-rotation setup with your IT team. I'd like to walk you through it in person. Are you free at 10:00?

Alex
""", quote="""
Alex,

Line 3 was down for two hours this morning because of your messaging layer. This is unacceptable. Your team clearly has no clue how a production plant works. I want answers today.

Lukas
""", quote_from=LUKAS, quote_style="gt"))

NEG.append(C([], "zh",
    "hard negative: traditional Chinese apology with fix and visit; '簡直是災難' is only in the client's quoted mail (legal contract export)",
    OUYJ, [CHENYJ], "回覆:系統簡直是災難", """
陳律師您好:

非常抱歉造成您和貴所同仁的困擾。

今天下午合約匯出PDF時排版錯亂的問題,我們已經確認是上週字型更新造成的,目前已回復舊版字型,匯出功能恢復正常。今天下午受影響的14份合約,我們的同仁會在明天中午前逐一重新產出,寄給您確認。

明天上午我會親自到貴所,向您說明原因和後續的預防做法。

歐陽靖
""", quote="""
歐陽先生:

今天下午要寄給客戶的合約,匯出來全部排版錯亂。貴公司的系統簡直是災難!我們差點在客戶面前出糗。請立刻處理!

陳怡君
""", quote_from=CHENYJ, quote_style="outlook_zh", trad=True))

NEG.append(C([], "zh",
    "hard negative: constructive internal discussion, the client is anxious about roster compliance, '他的担心是合理的', plan to meet him in person (airline crew rostering)",
    MENGF, [WUD, ZHOUH], "客户对排班合规的担心", """
迪哥、海哥:

今天跟航司运控中心开会,韩总对新排班系统上线后的合规风险很焦虑,主要担心两点:一是夜航后的最短休息时间校验会不会漏,二是局方检查时能不能快速导出证据。

我觉得他的担心是合理的,毕竟出一次事就可能停飞。建议我们这周做两件事:
1. 把休息时间校验的测试用例补全,特别是跨时区、跨日的情况;
2. 做一个"局方检查"一键导出,周四前出原型。

周五上午我们一起去运控中心,当面跟韩总过一遍测试结果。

孟凡
"""))

NEG.append(C([], "zh",
    "hard negative: banter, '服了服了' as praise for a colleague, '我这脑子' self-deprecation, client mentioned only positively (meter data migration)",
    ZHOUY, [ZHOUH, WUD], "服了老周", """
各位:

服了服了,海哥一个晚上把东城片区三千多条电表档案全部迁完,校验零差错,今天早上孙主任看了报表还专门问是谁弄的。午饭我请,必须的。

另外检讨一下我这脑子:昨天把周会时间记成了周四,害小吴白跑一趟会议室,对不起对不起,奶茶算我的。

周岩
"""))

NEG.append(C([], "zh",
    "hard negative: firm but polite facts, cites SOW clause 4.2 on who verifies migrated data, offers to lighten the load and to go through the clause together (pharma CTMS)",
    TANGN, [TIANJ], "关于历史数据迁移验证的分工", """
田经理您好:

关于历史试验数据迁移的验证工作,想跟您对齐一下分工。

根据双方签署的SOW第4.2条,迁移数据的业务核对由贵方负责,我方负责提供迁移工具、比对报表和技术支持。相关条款截图附在邮件里供您参考。

为了减轻贵方的工作量,我们可以把比对报表做得更细,比如按试验、按中心自动标出差异项,贵方只需要复核差异部分。

如果您对这一条的理解跟我们不一样,我们可以约个时间一起过一遍条款,按双方都认可的方式来做。

唐宁
"""))

NEG.append(C([], "en",
    "hard negative: recommendation that leaves the choice ('Our recommendation is B… A is a perfectly reasonable choice… It's your call') (battery storage dispatch)",
    MARTIN, [DANIEL], "Battery storage dispatch: options A and B", """
Hi Daniel,

Following Tuesday's workshop, here are the two options for the battery dispatch logic.

Option A, rule-based: charge off-peak, discharge at the evening peak. Simple and live in four weeks, but it leaves some arbitrage value on the table.

Option B, forecast-driven: uses day-ahead price and load forecasts. Roughly 8 to 12% more revenue in our simulation, but it needs six more weeks and a forecast feed you would have to license.

Our recommendation is B, mainly for the revenue upside. That said, A is a perfectly reasonable choice if the launch date matters more to you, and we can move from A to B later without rework. It's your call; we'll plan around whichever you pick.

Martin
"""))

NEG.append(C([], "zh",
    "hard negative: plain delivery notice; '没有不可能' and '拒绝任何形式的使用' appear only in the signature motto and disclaimer (gas meters)",
    QIUZQ, [QIANL], "远传表第二批到货及安装安排", """
钱科长您好:

第二批远传表(共3200只)已于今天上午到达贵公司仓库,签收单附后。

安装安排如下:
- 11月16日—20日:城南片区,约1800只;
- 11月23日—27日:城北片区,约1400只。

安装前两天,我们会配合贵公司客服给用户发短信通知。如果哪个小区需要调整时间,告诉我就行。

邱志强
智慧燃气事业部 项目经理
电话:010-5555-0188
——————————
座右铭:世上没有不可能的工程,只有不肯动脑的人。
本邮件及附件仅供指定收件人使用。如您误收本邮件,请立即删除,不得转发,并拒绝任何形式的使用。
"""))

NEG.append(C([], "zh",
    "hard negative: long but focused root-cause analysis (~650 characters) of a substation monitoring outage, same length as the ramble drafts (wind power SCADA)",
    CHENSY, [HEZH], "11月6日升压站监控中断的根因分析", """
何处长:

您好!11月6日风电场升压站监控中断事件的根因分析如下,请审阅。

一、事件经过
11月6日14:03,集控中心监控画面显示升压站全部遥测数据停止刷新,遥信状态保持在14:02的值。14:09值班员电话通知我方,14:21我方远程登录确认前置机通信中断,14:37现场人员重启前置机上的104通信服务后恢复,中断时长34分钟。期间风机本地控制正常,未发生出力异常和保护动作。

二、直接原因
前置机上的104通信进程因内存泄漏,连续运行约41天后内存占用达到系统上限,被操作系统强制结束。进程守护脚本因配置错误未生效,未能自动拉起。

三、根本原因
1. 10月下旬升级的通信程序版本中,断线重连逻辑存在对象未释放的问题,每次链路闪断泄漏约2MB内存;该场站光纤链路10月以来闪断较频繁,放大了问题。
2. 守护脚本在升级时被覆盖为默认配置,而上线检查单中没有"守护进程有效性"这一项。

四、整改措施
1. 11月10日已发布修复版本,在实验室模拟连续1万次链路闪断,内存无增长;计划11月14日夜间检修窗口在本站部署。
2. 守护脚本已恢复,并加入升级检查单,今后每次升级后需现场验证。
3. 增加前置机内存使用率监视,超过80%即向集控和我方同时告警。
4. 协调通信专业排查该站光纤链路闪断的原因,结论预计11月20日前提交。

五、经验教训
这次事件暴露出我们在版本升级管理上的两个短板:一是升级后只验证了功能,没有做长时间的稳定性观察;二是现场配置文件没有纳入版本管理。后续所有场站的升级,我们会增加72小时稳定性观察期,配置文件统一纳入配置库管理。

如需进一步说明,我们可以在周五的例会上详细汇报。

陈思远
"""))

NEG.append(C([], "en",
    "hard negative: long but focused cut-over plan (~430 words) with timeline, rollback point, asks and risks, same length as the English ramble drafts (airline loyalty)",
    GRACE, [TOM], "Loyalty platform migration plan: cut-over weekend", """
Hi Tom,

As promised, here is the plan for the loyalty platform cut-over weekend, 28 to 29 November. The aim is a single, predictable window with a clear rollback point.

Scope
We are moving 4.2 million member accounts, their points balances and the last 36 months of transaction history from the legacy mainframe to the new platform. Partner earn feeds (hotels, car rental, the co-brand card) switch to the new endpoints in the same window. Redemption on the website and app will be paused during the migration.

Timeline (all times local)
- Fri 27 Nov, 18:00: final go/no-go call. Inputs: rehearsal results, open defect list, partner readiness.
- Sat 28 Nov, 00:00: freeze on the legacy system; earn transactions queue on the partner side.
- 00:30 to 05:00: bulk extract, transform and load. In the last rehearsal this took 3 h 40 min, so we have about an hour of slack.
- 05:00 to 07:00: reconciliation. Account counts, total points per tier, and a 2,000-account sample checked field by field against the legacy data.
- 07:00: go or rollback decision. If reconciliation shows a points variance above 0.01% or any tier mismatch, we roll back to the mainframe, which stays read-only but intact until Monday.
- 08:00: redemption re-opens on the new platform; partner feeds start replaying the queued transactions.
- Sun 29 Nov: hypercare, with our team and your contact-centre leads on a shared bridge from 08:00 to 22:00.

What we need from your side
1. Sign-off on the reconciliation thresholds above by 20 November.
2. Two people from your finance team available from 05:00 to 07:00 on Saturday to confirm the points totals.
3. The customer notice about the redemption pause published by 21 November.

Risks we are tracking
- The hotel partner has not yet completed their endpoint test. We have a session booked on 18 November; if it slips, their feed can stay on the legacy interface for one extra week without affecting members.
- Peak call volume on Saturday morning. We suggest an IVR message explaining the pause, and we can draft the wording for your team.

Communication during the window
We'll post a status update on the shared bridge every 30 minutes from midnight, and I'll email you and your operations director at each checkpoint: end of load, end of reconciliation, and the 07:00 decision. If we do roll back, you'll hear it from me by phone before anything goes out to members.

Rehearsal three is on 21 November. I'll send the results, including timings for each step, the following Monday.

Happy to walk through any of this on Thursday's call.

Grace
"""))

NEG.append(C([], "zh",
    "hard negative: long but focused UAT plan (~700 characters) for a randomisation system: schedule, people, scope, defect levels, entry/exit criteria (clinical IWRS)",
    ZHENGKX, [XUWJ], "IWRS系统UAT计划", """
许老师您好:

IWRS(交互式应答随机系统)的UAT计划如下,请您和中心同事审阅,有修改意见请在11月18日前告诉我。

一、时间安排
UAT定在11月23日至12月4日,共两周。第一周执行测试脚本,第二周处理缺陷并回归。12月7日召开UAT总结会,签署UAT报告后进入上线准备。

二、参与人员
贵方:研究者代表1名、CRC 2名、药物管理员1名、申办方医学经理1名;我方:项目经理、测试负责人各1名,开发2名驻场支持。

三、测试范围
1. 受试者筛选与随机:包括分层随机、随机号分配、随机失败处理;
2. 药物管理:药物编号分配、中心库存预警、补药申请与收货确认;
3. 紧急揭盲:权限控制、揭盲记录与通知;
4. 报表:入组进度、药物库存、揭盲日志;
5. 审计追踪:所有关键操作是否完整留痕。

四、测试数据
使用独立的UAT环境和模拟随机表,与生产随机表完全隔离。与盲态相关的测试只由非盲人员执行,测试记录单独保存。

五、缺陷分级与处理
缺陷分为严重、一般、轻微三级。严重缺陷24小时内修复,一般缺陷72小时内修复,轻微缺陷可在上线后第一个维护版本中修复,但需在UAT报告中列明。

六、准入与准出标准
准入:测试环境部署完成,测试脚本经双方确认。准出:测试脚本执行率100%,严重缺陷为零,一般缺陷全部关闭或有双方认可的处理方案。

七、培训安排
UAT开始前一天(11月22日下午),我们会在中心组织一次两小时的系统培训,内容包括测试脚本的执行方法、缺陷的记录方式和测试环境的登录说明,请参加UAT的同事尽量出席。

附件是测试脚本初稿,共86条用例。如有需要,我可以下周一到中心跟大家当面过一遍。

郑可欣
"""))

NEG.append(C([], "zh",
    "hard negative: long but focused weekly report (~700 characters) with progress, risks, mitigations and asks (fruit traceability platform)",
    MAX, [GECS], "溯源平台项目周报(第23周)", """
葛总您好:

以下是溯源平台项目第23周(11月9日—11月13日)周报。

一、本周进展
1. 分拣线数据对接:分拣线的称重和分级数据已接入平台,本周共采集果箱数据12,346条,数据完整率99.6%,缺失数据集中在周二上午设备检修时段。
2. 二维码标签:第二次打样完成,颜色偏差问题仍未完全解决,扫码识别率87%,我们已与印刷厂约定11月18日第三次打样。
3. 冷库温湿度监测:4号、5号冷库的传感器安装完成,数据每5分钟上传一次,本周无超限报警。
4. 消费者查询页面:完成了产地介绍、种植记录和检测报告三个板块,手机端适配测试通过。

二、问题与风险
1. 标签打样延期导致首批标签到货推迟到11月27日左右,对12月初的首批发货有一定影响。应对措施:首批发货可先使用通用标签加贴溯源码贴纸,已和仓库确认可操作。
2. 合作社部分农户的种植记录仍为纸质,录入进度约60%。建议下周安排两名录入人员到合作社集中录入,费用在原预算内。

三、下周计划
1. 11月18日第三次打样及现场扫码测试;
2. 完成剩余农户种植记录录入;
3. 与电商平台对接溯源码展示接口,完成联调;
4. 11月20日项目例会,地点在合作社会议室。

四、需要贵方协助的事项
1. 请安排一位熟悉农户情况的同事配合种植记录录入;
2. 请确认消费者查询页面的产地介绍文字,稿件已发到您邮箱。

另外,冷库值班人员反映,手机上收到报警短信后不知道该联系谁。我们计划下周在报警短信里加上值班电话和处理步骤,并在冷库门口张贴一张处置流程图,流程图草稿也一并发您,请看一下是否合适。

如有问题随时联系我。

马骁
"""))

NEG.append(C([], "mixed",
    "hard negative: long but focused change-impact analysis in code-switched style (scope, effort, schedule, risks), decision left to the client (automotive V2G)",
    XUZ, [LIUZ], "Change impact: 新增 V2G 充放电功能", """
刘工,

关于新增 V2G (vehicle-to-grid) 充放电功能的 change impact, 我们初步分析如下, 供下周 CCB 讨论:

1. Scope
需要改动的模块: BMS 放电策略, OBC 双向控制, T-Box 与 charging station 之间的 ISO 15118-20 通信, 以及 App 端的放电预约界面. 仪表和中控只需要增加一个放电状态图标.

2. Effort
- BMS + OBC: 约 60 人日, 主要在放电 SOC 下限保护和热管理策略;
- T-Box 通信: 约 35 人日, ISO 15118-20 的 bidirectional power transfer 部分我们之前没有做过, 需要预留学习和联调时间;
- App: 约 20 人日;
- 测试与认证: 约 40 人日, 包括与两家充电桩厂商的 interoperability 测试.
合计约 155 人日.

3. Schedule impact
如果在 SOP 前上, 12 月的 software freeze 要推迟 5 周, 会影响 SOP 日期. 另一个选择是 SOP 后通过 OTA 推送: 硬件在 SOP 版本预留双向能力, 软件 Q2 上线, 对 SOP 没有影响.

4. Risks
- 电池质保: 放电循环会计入电池寿命, 需要售后和质保部门确认政策;
- 电网侧: 目前试点区域只有一家电网公司开放 V2G 接入, 商业模式还不明确;
- 认证: 国标相关条款还在征求意见阶段, 后续有变动的可能.

5. Recommendation
我们倾向于 "硬件预留 + OTA 上线" 的方案, 风险较低. 最终怎么定, 还请产品和你们管理层决策, 详细分析见附件.

许哲
"""))

NEG.append(C([], "zh",
    "hard negative: long but focused data-migration plan (~650 characters): scope, method, cleansing, checks, confidentiality, open questions (law firm case system)",
    QIUZQ, [ZHOULP], "旧案件管理系统数据迁移方案", """
周主任您好:

旧案件管理系统的数据迁移方案如下,请您和贵所信息部审阅。

一、迁移范围
1. 案件主数据:2009年至今共约18,600件,包括案号、当事人、承办律师、案由、审级、状态等字段;
2. 文书附件:约42万份,总容量约1.3TB,以PDF和Word为主;
3. 计时计费记录:2015年以后的工时和账单数据;
4. 利益冲突检索库:全部当事人及关联方信息。

二、迁移方式
采用"先全量、后增量"的方式。12月5日(周六)进行全量迁移,之后每天夜间做一次增量同步,直到12月19日正式切换。切换当晚旧系统改为只读,保留6个月备查。

三、数据清洗
旧系统中约有2,300条当事人名称存在重复或简繁混用的情况,会影响利益冲突检索的准确性。我们会先出一份疑似重复清单,由贵所行政同事确认合并规则,我们按规则批量处理。

四、校验方法
1. 数量核对:案件数、附件数、工时记录条数逐项比对;
2. 抽样核对:随机抽取300件案件,逐字段比对;
3. 冲突检索验证:用贵所提供的20个已知冲突案例测试,检索结果须全部命中。

五、保密措施
迁移全程在贵所机房内网完成,数据不出所;我方人员签署保密协议,操作全程录屏留档。

六、需要贵所确认的事项
1. 12月5日的迁移窗口是否可行;
2. 重复当事人的合并规则由哪位同事负责确认。

七、切换当晚安排
12月19日(周六)18:00旧系统停止录入,19:00至23:00完成最后一次增量同步和校验,23:30由贵所信息部确认后开放新系统。第二天上午我方安排两名工程师驻所,协助律师和助理处理登录及使用中的问题。

有任何疑问,我们可以约时间当面沟通。

邱志强
"""))

NEG.append(C([], "zh",
    "hard negative: follow-through '正如上周五电话里跟您说的' and '我之前说过要补…' about the PM's own promise, not a lecture (ticketing load test)",
    LUOJ, [JIANGT], "压测报告(周五电话中答应您的)", """
蒋总:

正如上周五电话里跟您说的,今天把分销接口的压测报告发给您。

结论先说:在模拟国庆峰值3倍流量(每秒4500笔下单)的条件下,接口P99响应时间为380毫秒,错误率0.02%,全部来自第三方支付回调超时,我们这边已经加了重试。

报告里有详细的测试方法和曲线。我之前说过要补一个春节场景的测试,这周四会做完,周五发您。

罗静
"""))

NEG.append(C([], "zh",
    "hard negative: risky words inside a book title 《不可能的告白》 and a quoted lyric '别再说不可能'; '您看行不行' is a genuine question (publishing typesetting)",
    SUM, [QIAOX], "《不可能的告白》排版进度", """
乔编辑您好:

《不可能的告白》的排版进度同步一下:

- 正文1—18章已完成二校,今天下午会把PDF发您;
- 19—24章预计11月17日完成;
- 封面的烫金字样,印厂说"告白"两个字笔画太细,烫金容易糊,建议加粗0.2磅,您看行不行?如果作者坚持原字体,我们就让印厂先打一张样看看效果。

另外作者在第7章加了一段歌词引用,"别再说不可能"那几句,需要确认一下版权授权是否已经拿到,麻烦您跟作者核实一下。

苏蔓
"""))

NEG.append(C([], "zh",
    "hard negative: PM takes the blame, '这并不是贵方财务的问题', explains the FX-cache bug and the make-good (ticketing reconciliation)",
    LUOJ, [JIANGT], "Re: 10月分销对账差异", """
蒋总:

查清楚了,10月对账差异的原因在我们:汇率缓存没有按天刷新,导致境外分销渠道的结算价用的是9月底的汇率,一共影响了214笔订单,差额合计3,862.40元。这并不是贵方财务的问题,给您和财务同事添了麻烦,非常抱歉。

修复已经在昨晚上线,今天起汇率每天凌晨自动刷新。差额明细附在邮件里,我们按明细在下个结算周期补齐。

罗静
""", quote="""
罗经理:

10月份的对账单跟我们财务的数据差了三千多块,财务查了两天没查出来。是不是我们这边录入有问题?

蒋涛
""", quote_from=JIANGT, quote_style="gt_zh"))

NEG.append(C([], "zh",
    "hard negative: nervous junior PM, modest ('我自己对医保接口这块不太懂'), logs REQ-0931 and hands to the project lead who replies by Tuesday (gas utility kiosks)",
    LINX, [QIANL], "Re: 营业厅自助缴费机能不能支持医保卡", """
钱科长您好:

不好意思回复晚了!您提的自助缴费机支持医保卡缴费的想法,我第一时间跟技术同事确认了一下,但说实话我自己对医保接口这块不太懂,怕跟您说错了。

目前了解到的情况是:用医保卡缴燃气费需要和社保部门单独签协议,技术上我们要接入新的支付通道,这块超出了本期的合同范围,我没法直接给您答复能不能做。

我已经把需求记录下来(需求编号REQ-0931),并请我们项目负责人邱志强(已抄送)评估,他会在下周二之前给您一个正式答复,包括可行性和大概的时间。

给您添麻烦了,有什么需要补充的我随时配合!

林晓
""", cc=[QIUZQ], quote="""
林经理:

很多老年用户习惯用医保卡,营业厅的自助缴费机能不能支持医保卡缴燃气费?

钱立
""", quote_from=QIANL, quote_style="outlook_zh"))

NEG.append(C([], "en",
    "hard negative: curt senior director but responsive (owner, root-cause time, fix ETA, call); 'What the hell is going on?' is only the client's quote (airline check-in outage)",
    RZHAO, [MARK], "Re: Online check-in outage", """
Mark,

Got it. Team's on it.

Root cause to you by 18:00 your time, fix ETA tomorrow morning. I'll call you at 09:00.

R.
""", quote="""
Richard,

Online check-in has been failing for 40 minutes. What the hell is going on? I need someone senior on this now.

Mark
""", quote_from=MARK, quote_style="gt"))

NEG.append(C([], "zh",
    "hard negative: internal note with the client deliberately in Cc; '他说得有道理', plans data and a face-to-face review of alarm thresholds (metering platform)",
    ZHOUY, [ZHOUH, WUD], "关于报警阈值过于敏感的问题(抄送孙主任)", """
海哥、小吴:

抄送孙主任,方便他了解我们的处理进展。

孙主任上周提出,平台的电压越限报警太频繁,值班员一晚上要确认上百条,最后干脆都不看了。我们复盘了一下,他说得有道理:现在的阈值是按国标上限设的,没有考虑各台区的季节负荷特点,误报比例确实偏高。

这周请两位做三件事:
1. 统计近30天每个台区的报警次数和真实越限次数;
2. 按台区分类给出新的阈值建议;
3. 周五前出一版报警合并规则,同一台区10分钟内的重复报警合并为一条。

下周一我们带着数据去跟孙主任当面对一下。

周岩
""", cc=[SUNJG]))

NEG.append(C([], "zh",
    "hard negative: PM answers a colleague's quoted complaint ('这帮人是不是闲的?') constructively, explains why the client's change is justified (car dealer DMS)",
    HANB, [WUD], "Re: 经销商这边又改需求", """
小吴:

理解你这两周的辛苦,来回改确实磨人。

不过这次杜总他们的要求是有依据的:集团上个月出了新的售后工时标准,他们的工单模板必须跟着改,不然财务那边对不上账。换成我们自己,也得这么改。

我建议这样处理:这次的改动按变更走,我来跟杜总沟通排期;你这边先把和工时相关的字段列一下,明天上午我们一起过。以后类似的改动,我争取让他们一次性提完。

韩冰
""", quote="""
冰姐,

经销商那边又改工单模板了,这个月第四次了,这帮人是不是闲的?我真的要崩溃了。

吴迪
""", quote_from=WUD, quote_style="foxmail"))

NEG.append(C([], "zh",
    "hard negative: client slang anger ('呵呵,又延期?…来搞笑的吧') only in the quote; PM owns the delay and gives dates and daily updates (fruit traceability labels)",
    MAX, [GECS], "Re: 溯源码又延期?", """
葛总:

您的不满我完全理解,这次延期确实是我们的责任。

具体原因是:二维码标签的印刷样稿在第二次打样时出现了颜色偏差,扫码识别率只有87%,达不到上线要求,我们决定重新打样,多出了5个工作日。

新的时间安排:
- 11月18日:第三次打样,现场扫码测试;
- 11月20日:样稿确认后开始批量印刷;
- 11月27日:首批5万张标签到货。

从明天起我每天下午五点给您发一次进度,有任何变化第一时间告诉您。

马骁
""", quote="""
马经理:

呵呵,又延期?上次说11月初,现在又要往后推。你们是来搞笑的吧?果子都快下树了,标签还没影。

葛春生
""", quote_from=GECS, quote_style="gt_zh"))

NEG.append(C([], "mixed",
    "hard negative: 'rejected', 'refuse', 'deny rule' are e-discovery and firewall terms in a status update (legal e-discovery)",
    SARAH, [JIALI], "Privilege review 第二轮结果", """
Hi Jia,

第二轮 privilege review 结果如下:

- 共 12,480 份文档, 其中 312 份被 reviewer 标记为 "rejected: privileged", 已从 production set 中剔除;
- 平台的 upload policy 会 refuse 单个超过 2GB 的文件, 有 3 个 PST 因此上传失败, 我们已经拆分后重新上传;
- Firewall 里的 deny rule 已经按你们 IT 的要求加上, 外部 IP 无法访问 review workspace.

下周一开始 redaction, 预计周四前完成. 有问题随时 ping 我.

Sarah
"""))

NEG.append(C([], "zh",
    "hard negative: short fix notice; '不会另行收费' means we won't charge, not a refusal (car dealer printer patch)",
    HANB, [DUF], "门店打印机驱动问题的补丁", """
杜总:

三家门店反馈的工单打印乱码问题,原因是新批次打印机驱动的字库不兼容,我们已经出了补丁,今晚10点远程推送,门店明早开机即可生效。

这个补丁属于我们的质量问题,不会另行收费,也不计入运维工时。

推送完成后我会逐家打电话确认。

韩冰
"""))

NEG.append(C([], "mixed",
    "hard negative: code-switched buffered refusal, '本期确实 cover 不了' with CR-0412, steering committee Thursday, estimate by Friday and a manual workaround (hotel group booking)",
    KEVIN, [VIVIAN], "Re: 加一个 group booking 模块", """
Hi Vivian,

Group booking 模块我们看了, 本期确实 cover 不了, 涉及 allotment 管理和 deposit 规则, 工作量不小.

已经 log 为 CR-0412, 周四的 steering committee 上我会拿出来讨论, 周五前给你 effort estimate 和两个排期选项. 在此之前, 团队订单可以先用 manual block + Excel 模板过渡, 模板我今天下班前发你.

Kevin
""", quote="""
Kevin,

销售部希望加一个团队预订模块, 支持多间房一次下单和收定金. 本期能加上吗?

Vivian
""", quote_from=VIVIAN, quote_style="outlook"))

NEG.append(C([], "mixed",
    "hard negative: internal banter aimed at oneself ('我真是醉了' about swapping prod/staging config), praises a colleague; no client criticism",
    KEVIN, [ALEX, GRACE], "我真是醉了 (about myself)", """
Guys,

我真是醉了, 昨晚 deploy 的时候自己把 prod 和 staging 的 config 搞反了. 还好 Alex 半夜盯 dashboard 发现得早, 10 分钟就 rollback 了, 客户那边没感知.

Lesson learned: 明天我在 deploy checklist 里加一项 env double-check. 咖啡这周我包了.

Kevin
"""))

NEG.append(C([], "mixed",
    "hard negative: recommendation leaving the choice ('我们倾向于方案A, 不过两个方案都可行, totally your call') (clinical eTMF)",
    ZHENGKX, [XUWJ], "eTMF 归档方案 A/B", """
许老师,

eTMF 归档有两个方案, 简单对比如下:

方案A: 按 DIA TMF Reference Model 的标准结构归档, 以后 inspection 和 sponsor audit 都比较顺, 但前期要重新整理约 1,200 份文件.
方案B: 沿用贵中心现有的文件夹结构, 做一个 mapping 表对应到 reference model, 上线快, 但后期维护稍麻烦.

我们倾向于方案A, 不过两个方案都可行, totally your call. 您定了之后我们再排计划.

郑可欣
"""))

NEG.append(C([], "zh",
    "hard negative: traditional Chinese buffered refusal, '本期暫時無法納入' with CR-058, answer after the 3 Dec review and an interim field-photo workaround (agri loans)",
    YESY, [LINXQ], "回覆:農貸系統加入衛星影像判讀", """
林經理您好:

謝謝您提出衛星影像判讀的想法,這對農貸的貸後管理確實很有幫助。

由於需要另外採購影像資料,也牽涉模型驗證,本期暫時無法納入。我們已經登記為變更需求CR-058，12月3日的評審會後會把評估結果和報價回覆給您。

在此之前,貸後巡查可以先使用現有APP的「田間照片+定位」功能,我們這週可以協助把巡查表單調整成貴行需要的欄位。

葉思穎
""", quote="""
葉經理:

我們想在農貸系統裡加入衛星影像判讀,自動看作物長勢,作為貸後管理的依據。這期可以做嗎?

林秀琴
""", quote_from=LINXQ, quote_style="foxmail", trad=True))

NEG.append(C([], "zh",
    "hard negative: meeting recap where the deferred item is buffered (CR-031, answer by 10 Dec, Excel template meanwhile) (car dealer DMS)",
    HANB, [DUF], "11月19日DMS周会纪要", """
杜总、各位:

今天周会纪要如下:

1. 售后工单模块:UAT缺陷已全部关闭,11月25日切换上线。
2. 门店培训:第一批6家门店已完成,反馈良好;第二批12月2日开始。
3. 二手车置换估价模块:不在本期范围,已登记为变更CR-031,我们12月10日前给出评估结果和报价;在此之前,门店继续用现有的估价Excel模板,模板里的车型库我们本周更新一次。
4. 下次周会:11月26日(周四)下午三点。

韩冰
""", cc=[WUD]))

NEG.append(C([], "mixed",
    "hard negative: code-switched apology with cause and actions; the client's 'furious… beyond embarrassing' is only in the Outlook quote (media newsletter)",
    TANGN, [KECHEN], "Re: Newsletter sent twice to 200k subscribers", """
Ke,

非常抱歉, 这次 newsletter 重复发送是我们的问题.

原因: scheduler 在 failover 之后没有识别到第一批已经发出, 又重发了一次, 受影响的订阅用户共 203,118 位. 我们已经:
1. 暂停所有 scheduled sends, 直到修复上线;
2. 准备好一封致歉邮件草稿, 文案请您过目后再发.

完整的 incident report 明天中午前给您. 明早十点我们视频过一下?

唐宁
""", quote="""
Tang,

Our newsletter went out TWICE to 200k subscribers this morning. Readers are furious and so am I. This is beyond embarrassing. How does this even happen?

Ke
""", quote_from=KECHEN, quote_style="outlook"))

NEG.append(C([], "zh",
    "hard negative: self-criticism with 难道 ('难道是我们上线前的回归测试漏了?…这是我们的疏漏'), fix and rollout plan (car infotainment Bluetooth)",
    XUZ, [LIUZ], "关于车机蓝牙断连问题的初步结论", """
刘工:

蓝牙断连的问题,我们这两天做了一次复盘。

说实话,一开始我们也在想:难道是我们上线前的回归测试漏了?查下来确实如此。11月的版本更新了蓝牙协议栈,但回归用例里没有覆盖"通话中切换音源"这个场景,这是我们的疏漏。

修复版本已经在实验室连续跑了48小时,没有再复现。计划11月20日通过OTA推送给试驾车队,试驾反馈没问题后再全量推送。

许哲
"""))

NEG.append(C([], "zh",
    "hard negative: '按我们的经验' recommendation with cost trade-off, decision left to the client; '我们的团队都会按同样的标准实施' is reassurance (airline DR)",
    MENGF, [HANWD], "值机系统灾备方案的建议", """
韩总:

关于值机系统的灾备,按我们在其他机场的经验,同城双活比异地冷备更适合贵司目前的航班量:切换时间可以从2小时缩到5分钟以内,但机房和专线的投入大约多出40%。

两个方案的详细对比附在邮件里。具体怎么选,还是看贵司对预算和恢复时间的取舍,您和信息部商量后定就好。不管选哪个,我们的团队都会按同样的标准实施,这一点请您放心。

孟凡
"""))

# =====================================================================================
CASES = POS + NEG
random.Random(1616).shuffle(CASES)
