"""heldout6: blind evaluation drafts for mailcoach (written by an independent helper).

Emphasis: manufacturing (MES/ERP), logistics (WMS/TMS) and a bank project; blunt PMs; meeting
minutes and weekly reports; long mails; persuasion by fear, authority and "everyone does it";
backchannel by nickname and implication; arguing by lecturing and reciting history.
All text is synthetic and was written for this set. Do not tune on it.
"""

import random
import re

_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u201c\u201d]")
_FW = {",": "\uff0c", ":": "\uff1a", ";": "\uff1b", "!": "\uff01", "?": "\uff1f"}


def fw(text):
    """Full-width punctuation next to CJK text (Chinese drafts typed with an IME)."""
    out, stack, quote_open = [], [], False
    for i, ch in enumerate(text):
        prev = out[-1] if out else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        near = bool(_CJK.match(prev) or _CJK.match(nxt))
        if ch in _FW and near:
            ch = _FW[ch]
        elif ch == "(":
            stack.append(near)
            if near:
                ch = "\uff08"
        elif ch == ")":
            opened = stack.pop() if stack else False
            if opened or near:
                ch = "\uff09"
        elif ch == '"':
            ch = "\u201d" if quote_open else "\u201c"
            quote_open = not quote_open
        out.append(ch)
    return "".join(out)


# ---- addresses -------------------------------------------------------------------------------
GAO = "高振宇 <gao.zhenyu@ourteam.example.com>"
PENG = "彭雪 <peng.xue@ourteam.example.com>"
JIANG = "蒋蔚 <jiang.wei@ourteam.example.com>"
GUO = "郭立峰 <guo.lifeng@ourteam.example.com>"
TOM = "Tom Becker <tom.becker@ourteam.example.com>"
AISHA = "Aisha Karim <aisha.karim@ourteam.example.com>"
CAO = "曹宇 <cao.yu@ourteam.example.com>"
TANG = "唐小川 <tang.xiaochuan@ourteam.example.com>"
HEMIN = "贺敏 <he.min@ourteam.example.com>"
WEN = "温志远 <wen.zhiyuan@ourteam.example.com>"
WEN_T = "溫志遠 <wen.zhiyuan@ourteam.example.com>"
RAVI = "Ravi Menon <ravi.menon@ourteam.example.com>"
LEO = "Leo Zhang <leo.zhang@ourteam.example.com>"
LINZH = "林子豪 <lin.zihao@ourteam.example.com>"

ZHOU = "周建国 <zhou.jianguo@client-a.example.cn>"
HAN = "韩梅 <han.mei@client-a.example.cn>"
SUN = "孙德胜 <sun.desheng@client-a.example.cn>"
LU = "陆振华 <lu.zhenhua@client-a.example.cn>"
MA = "马骁 <ma.xiao@client-a.example.cn>"
LI = "李春来 <li.chunlai@client-a.example.cn>"

DANIEL = "Daniel Whitfield <daniel.whitfield@client-b.example.com>"
PRIYA = "Priya Raman <priya.raman@client-b.example.com>"
KEVIN = "Kevin Lau <kevin.lau@client-b.example.com>"
ZHENG = "郑晓岚 <zheng.xiaolan@client-b.example.com>"
MARCUS = "Marcus Odell <marcus.odell@client-b.example.com>"

QIAN = "钱永康 <qian.yongkang@bank-c.example.cn>"
LINPY = "林佩儀 <lin.peiyi@bank-c.example.cn>"
DENG = "鄧卓 <deng.zhuo@bank-c.example.cn>"
FANG = "方文杰 <fang.wenjie@bank-c.example.cn>"


def case(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None,
         trad=False, ascii_punct=False, **extra):
    zh = lang == "zh" and not ascii_punct
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=fw(body.strip("\n")) if zh else body.strip("\n"),
             quote=(fw(quote.strip("\n")) if zh else quote.strip("\n")) if quote else None,
             quote_from=quote_from, trad=trad)
    d.update(extra)
    return d


POS = []
NEG = []

# =============================================================================================
# argue
# =============================================================================================
POS.append(case(
    ["argue"], "zh", "argue: recites a dated history of the client's failures and lectures them; no insult words",
    GAO, [HAN], "Re: 报工数据与实际产量对不上的问题",
    """
韩工:

这个问题我们有必要把来龙去脉再捋一遍。

3月2日,第一次发现报工与入库有偏差,当时现场确认是二车间夜班没有扫工序卡,月底手工补录;
3月15日,我方在周例会上把这一点写进了纪要,贵方签字确认;
4月1日,我们专门安排了一次二车间班组长培训,到场的只有一半人;
4月20日,同样的问题第三次出现,原因同上。

所以今天再收到"查一下系统是不是有问题"的邮件,我只能说:系统每一笔报工都有扫码时间戳和工位号,问题出在哪里,数据会说话,这几个月的记录也都摆在那儿。与其每个月让我们把系统查一遍,不如贵方先把夜班的扫码纪律抓起来,这才是根上的事。

附件是4月份全部报工流水,请自行核对。

高振宇
""",
    quote="""
高经理:
这两周二车间MES报工数量和实际入库数对不上,差了大概3%,麻烦你们查一下系统是不是有问题。
韩梅
""", quote_from=HAN))

POS.append(case(
    ["argue"], "en", "argue: condescending step-by-step lecture ('let me lay it out in plain terms', 'not a new concept') blaming the client's data",
    TOM, [PRIYA], "Slotting logic - one more time",
    """
Priya,

Since this keeps coming back, let me lay it out in plain terms so that we don't need a fourth meeting about it.

The WMS slots fast movers by velocity class. Velocity class is calculated from the last 90 days of picks. The last 90 days of picks come from your order history. Your order history for August is missing because your team switched off the nightly interface for the "peak season freeze" - a decision that was made on your side, announced on your side, and never run past us.

So when the system puts a slow mover in the golden zone, it is not "the algorithm being dumb", as your ops team put it on Tuesday's call. It is the algorithm doing exactly what it's told with the data it was given. Garbage in, garbage out is hardly a new concept.

Before the next escalation, I'd appreciate it if someone on your side checked what was switched off and when. It would save everyone a lot of time.

Tom
"""))

POS.append(case(
    ["argue"], "zh", "argue (traditional): rhetorical question and blame ('原因其實很清楚,不在我們這邊'), history of unheeded warnings",
    GUO, [LINPY], "Re: 夜間批次連續三天未完成",
    """
林經理:

容我直說。貴行測試環境這個月被重啟了七次,其中三次就在批次跑到一半的時候,事前沒有任何人通知我們。一個跑到一半被拔掉電源的批次,要它怎麼在六點前完成?

這種情況我們在九月的檢討會上已經提過,十月的會議紀要裡也寫了,當時貴行資訊部說會建立變更通知機制,結果到現在連一封通知信都沒看過。

所以原因其實很清楚,不在我們這邊。貴行先把環境管好,批次自然就會準時。

郭立峰
""",
    quote="""
郭經理您好,
本週一至週三夜間對帳批次均未在06:00前完成,影響分行開門作業,請協助確認原因並回覆處理時程。
林佩儀
""", quote_from=LINPY, trad=True, quote_style="gt_zh"))

POS.append(case(
    ["argue"], "mixed", "argue: blames the client's IT and lectures ('基本常识, 不需要我来教吧', '别让我们每次都背锅')",
    JIANG, [ZHENG], "周一 interface 中断的 root cause",
    """
晓岚,

周一早上 TMS 和 WMS 之间的 interface 断了 4 个小时, 我们 team 周末排查了一整天, 结论在这里:

你们 IT 周五晚上改了防火墙 policy, 把 8443 端口关了, 没有发 change notice, 没有抄送任何一个 vendor. 然后周一 8 点打电话过来第一句话就是"你们系统又挂了".

说实话, 改生产环境的 config 之前通知一下所有 dependent 的系统方, 这是做 IT 的基本常识, 不需要我来教吧? 这已经是今年第二次了, 上次是 6 月改 DNS.

麻烦这次内部 review 的时候把流程补上, 别让我们每次都背锅.

蒋蔚
"""))

POS.append(case(
    ["argue"], "zh", "argue slipped into meeting minutes: one item lectures the client ('发言前先把附件二读一遍,别再拿系统当挡箭牌')",
    GAO, [ZHOU], "【会议纪要】MES二期第14次周例会",
    """
各位好,

以下为11月5日周例会纪要,如有出入请于周五前反馈。

一、进度
1. 注塑车间工位终端安装完成28/32台,剩余4台待贵方电工接线,预计下周二完成。
2. 设备联网:CNC数据采集已联调通过,冲压线PLC协议文档仍在等待设备厂家提供。

二、问题与决议
1. 首件检验流程:贵方质量部确认沿用现行纸质表单,系统侧只做扫码记录,双方无异议。
2. 关于BOM版本混乱:这件事必须在纪要里说清楚。BOM主数据由贵方工艺部维护,合同附件二第3.1条写得清清楚楚,项目启动会上讲过,蓝图评审会上又讲过。会上又有同事把"工单物料不对"归结为系统问题,我们不认可。希望相关同事以后发言前先把附件二读一遍,别再拿系统当挡箭牌。
3. 下次例会时间:11月12日14:00,三楼会议室。

三、待办
- 贵方:提供冲压线PLC协议文档(责任人:孙主任,11月10日)
- 我方:完成注塑车间剩余终端调试(责任人:唐小川,11月11日)

高振宇
MES项目组
""", cc=[HAN, SUN, TANG]))

POS.append(case(
    ["argue"], "zh", "argue: itemised history of four deliveries of the same document, then a sarcastic rhetorical question",
    PENG, [LU], "Re: 第三期款项",
    """
陆经理:

第三期里程碑的验收单,这是第五次提供了。

6月12日,贵方周总在验收单上签字盖章,原件当天由贵方行政收走;
6月13日,扫描件发到您邮箱;
7月初您说找不到,我们又发了一次;
8月底您说要原件,我们把我方留存的那份盖了骑缝章寄过去,顺丰单号都还在。

现在又说没找到原件。我就想问一句,贵方的文件到底是谁在管?付款这件事,合同约定是验收后30天,现在已经过去快五个月了。

扫描件再附一次。

彭雪
""",
    quote="""
彭经理:
第三期款我们这边还需要再核一下,里程碑验收单我没找到原件,麻烦再提供一下。
陆振华
""", quote_from=LU))

POS.append(case(
    ["argue"], "zh", "argue: throws the client's own words back ('那封“收到”是谁回的'), passive-aggressive advice to search their own mailbox",
    GAO, [LI], "Re: 新标签格式切换为什么没通知仓库",
    """
李科长:

"事先没人通知"这句话,我建议您先翻一下自己邮箱里10月20日下午那封"收到"是谁回的。周例会纪要第5条、仓库门口贴了一周的样张,也都不是我们编出来的。

每次切换出了岔子,第一反应都是"怎么没人通知",可通知发了三遍,看没看那是另一回事。叉车班不认识新标签,是贵方内部培训没跟上,跟我们发没发通知是两码事。

高振宇
""",
    quote="""
高经理,今天早上仓库突然发现标签格式变了,叉车班的人都不认识,怎么事先没人通知?
李春来
""", quote_from=LI))

# =============================================================================================
# refusal
# =============================================================================================
POS.append(case(
    ["refusal"], "zh", "refusal slipped into a weekly report: two client requests dismissed in one line under 其他, no buffer",
    GAO, [ZHOU], "MES项目周报(第45周)",
    """
周总好,

本周项目周报如下:

一、本周完成
1. 机加车间报工终端全部上线,日均报工记录约4,600条,无异常。
2. 质量追溯报表完成第二轮UAT,贵方质量部提出的3个问题已修复。
3. 设备OEE看板完成初版,下周一在生产例会上演示。

二、下周计划
1. 热处理炉温数据采集联调(需贵方设备科配合开放网关端口)。
2. 仓库条码标签切换第二批(成品库)。

三、需贵方决策事项
无。

四、其他
孙主任上周提的"报工界面加语音播报"和"大屏按班组排名"两项,我们这边不做,也就不再另行讨论了。

五、风险
热处理炉温采集依赖设备厂家协议,目前厂家响应较慢,如11月20日前拿不到协议文档,该项将顺延。

高振宇
""", cc=[HAN, SUN]))

POS.append(case(
    ["refusal"], "en", "refusal: curt 'it stays one site. Tilbury isn't going in' after a congratulation, nothing offered",
    TOM, [KEVIN], "Re: Adding the Tilbury DC to phase 1",
    """
Kevin,

Congrats on the lease. On phase 1 though: it's one site, and it stays one site. Tilbury isn't going in.

Tom
""",
    quote="""
Hi Tom,
We've just signed the lease on the Tilbury site and the board would love to see it go live with the rest of phase 1 in March. Could you fold it in?
Cheers,
Kevin
""", quote_from=KEVIN))

POS.append(case(
    ["refusal"], "zh", "refusal: bureaucratic formal letter, '我方对此诉求无法响应。请知悉。' with no CR, date or alternative",
    GAO, [ZHOU], "关于贵司《多工厂合并报表功能需求函》的回复",
    """
周建国副总经理:

贵司11月3日来函收悉。

经我方项目组内部核议,来函所提"多工厂合并报表"事项不在双方所签合同及附件约定范围之内,我方对此诉求无法响应。

请知悉。

远帆智造科技有限公司 MES项目组
2026年11月6日
"""))

POS.append(case(
    ["refusal"], "mixed", "refusal: 'not on the roadmap, and never will be ... 就这样' - flat no, problem pushed back to client",
    JIANG, [ZHENG], "Re: RF 枪界面能不能加中文",
    """
晓岚,

中文界面不在 product roadmap 上, 以后也不会上. RF 端的英文界面 global 所有仓都在用, 三年了. 临时工看不懂的问题, 你们内部自己想办法吧, 就这样.

蒋蔚
""",
    quote="""
蒋蔚你好,
仓库新招的几个临时工英文不太好, RF 枪上的拣货界面能不能加一个中文版本? 旺季马上到了, 比较急.
晓岚
""", quote_from=ZHENG))

POS.append(case(
    ["refusal"], "zh", "refusal wrapped in friendly emoji and praise: '咱就别惦记啦,真弄不了哈'",
    GAO, [MA], "Re: 来料检验加SPC控制图",
    """
马经理好呀~

哈哈您这想法太专业了,我们这帮人都自愧不如👍

不过SPC控制图这个嘛,咱就别惦记啦,真弄不了哈😂 来料检验模块就保持现在这样挺好的~

周末愉快!有空来我们这边喝茶~

高振宇
""",
    quote="""
高经理,质量部想在来料检验模块里加一个SPC控制图(X-bar/R),方便看供应商批次波动,您看能不能安排?
马骁
""", quote_from=MA))

POS.append(case(
    ["refusal"], "en", "refusal hidden as one action item ('Extension of hypercare ... declined.') in a steering-call recap",
    AISHA, [DANIEL], "Steering call recap - 4 Nov",
    """
Hi all,

Thanks for the time this morning. Quick recap:

1. Go-live for the Leeds DC remains 18 January. Cut-over rehearsal #2 is booked for 6 December.
2. Carrier label integration (DPD, Evri): both passed end-to-end tests; sign-off pending from Marcus.
3. Returns module: your team will send three sample RMA files by 12 November so we can finalise the mapping.
4. Extension of hypercare from 4 to 6 weeks: declined.
5. Next steering call: 2 December, same time.

Let me know if I've missed anything.

Best,
Aisha
""", cc=[PRIYA, MARCUS, RAVI]))

POS.append(case(
    ["refusal"], "zh", "refusal (traditional): '不做。年底前不做,明年也不做。' - flat and final",
    GUO, [DENG], "Re: 報表匯出PDF加浮水印",
    """
鄧襄理:

浮水印這件事,我們這邊不做。年底前不做,明年也不做。

郭立峰
""",
    quote="""
郭經理:
稽核單位要求所有匯出的PDF報表需加上使用者帳號及時間浮水印,請評估並告知可否於年底前完成。
鄧卓
""", quote_from=DENG, trad=True, quote_style="outlook_zh"))

# =============================================================================================
# persuade
# =============================================================================================
POS.append(case(
    ["persuade"], "zh", "persuade by fear: audit/accountability threats, 'by the client's own risk', demands they drop the December cut-over idea",
    PENG, [ZHOU], "关于ERP切换时间的意见",
    """
周总:

关于ERP切换时间,我把话说在前面。

贵方财务坚持要在12月1日切换,这个时间点我们是强烈反对的。新系统一个月都没跑稳就要做年结出年报,账务上但凡出一点问题,审计那一关谁都扛不住。到时候追责追到谁头上,您心里有数。

元旦切换是唯一稳妥的选择,我们已经按这个排好了人。请贵方内部统一口径,把12月1日的想法放下,下周一前给我们书面确认元旦方案。真要坚持12月1日,出了问题由贵方自行承担,这个丑话我们必须说在前头。

彭雪
"""))

POS.append(case(
    ["persuade"], "en", "persuade by 'everyone else does it' and fear of the COO/benchmark table; tells client to stop entertaining their own idea",
    TOM, [DANIEL], "Re: Wave picking vs discrete picking",
    """
Daniel,

I'll be honest: nobody runs discrete picking at your volume any more. Every 3PL we've rolled this out for in the last five years went straight to waves - Harwell, the two Midlands sites, the Rotterdam operation - and none of them would dream of going back.

If your floor leads get their way, you'll be the only DC in the network doing it the 1990s way, and when the quarterly productivity benchmarks come out, Leeds will be sitting at the bottom of the table. I don't think that's a conversation you want to have with your COO.

So my advice is to stop entertaining the three-month idea and tell the floor leads it's waves from day one. The sooner that message goes out, the easier the training will be.

Tom
""",
    quote="""
Tom,
Our floor leads are still uneasy about wave picking. They'd rather keep discrete order picking for the first three months after go-live and revisit later. Can we configure it that way?
Daniel
""", quote_from=DANIEL))

POS.append(case(
    ["persuade"], "zh", "persuade by authority: our director's 20 years settle it, client told to stop thinking about kanban",
    GAO, [SUN], "关于看板拉动的讨论",
    """
孙主任:

上周您提的看板拉动方案,我回来跟我们温总专门汇报了。温总在离散制造MES领域做了二十年,国内几家头部工程机械厂的方案都是他带队做的。他的意见很明确:贵厂这种多品种小批量的生产模式,看板拉动根本跑不起来,工单驱动是唯一正路。

说句实在话,温总这个级别的专家都这么判断了,这件事已经没有再争的必要了。您那边也别再花时间琢磨看板了,跟车间几位班长统一一下思想,下周我们就按工单驱动出详细设计。

高振宇
"""))

POS.append(case(
    ["persuade"], "mixed", "persuade by cost fear ('CFO 那关你们肯定过不了', '当初谁提的'), '这个念头趁早打消' to keep the client on our platform",
    GAO, [HAN], "关于换 MES 平台的想法",
    """
韩工,

听说你们 IT 内部在评估把 MES 平台从我们这套换成 Vendor X, 我作为朋友给你算笔账:

- Vendor X 的 license 一年 80 多万, 是我们的 2.5 倍
- 二次开发按 man-day 收, 业内口碑是"报价只是起点"
- 已经跑了一年的 200 多张报表全部要重做, 数据迁移至少 3 个月

这笔 budget 一报上去, CFO 那关你们肯定过不了, 到时候被问"当初谁提的", 你心里有数. 听我一句劝, 这个念头趁早打消, 别折腾了, 好好把二期做完比什么都强.

高振宇
"""))

POS.append(case(
    ["persuade"], "zh", "persuade by guilt and fear: '您就信我一次', '没办法替您兜着', tells client what to announce",
    GAO, [LI], "入库手工录入的事",
    """
李科长:

咱们打交道也一年多了,我说话您是知道的,从来不绕弯子。

您想保留手工录入入库单作为"备用通道",这事您就信我一次,先放一放。手工通道一开,下面的人一定会图省事全走手工,条码就白上了,到时候库存对不上,领导问起来,第一个被问的就是仓储科。

您真要坚持,我也拦不住,但后面上线的每一个账实不符,我是真没办法替您兜着了。您再好好想想,最好这周就跟下面的人说清楚:只走扫码。

高振宇
"""))

POS.append(case(
    ["persuade"], "zh", "persuade: 'everyone else has moved on' plus regulatory fear, asks client to work on their own IT dept and confirm cloud by Friday",
    GUO, [QIAN], "部署方案:请尽快确认上云",
    """
钱处:

部署方案的事,我们团队内部讨论了很多轮,结论只有一个:私有云托管。本地机房部署这条路,我个人不会签字,也不建议任何一个负责任的供应商签字。

贵行信息科技部坚持本地部署,说实话这个思路已经落后了,同业里哪家城商行还在新系统上自己堆机柜?贵行要是再坚持,后面的扩容、灾备、等保测评,每一项都会比别人多花一倍的钱和时间,最后被监管点名的也不会是我们。

希望您这边帮忙做做信息科技部的工作,本周五前给我们一个上云的书面确认,别再在这件事上耽误工期了。

郭立峰
"""))

POS.append(case(
    ["persuade"], "zh", "persuade slipped into meeting minutes: client's barcode choice called a relic, '请贵方内部尽快统一思想,放弃自编码', costs threatened",
    GAO, [ZHOU], "【纪要】条码规则专题会 11月10日",
    """
周总、各位:

今天条码规则专题会的纪要如下:

1. 原材料条码:沿用供应商来料条码,系统做映射表,贵方仓储科负责维护,双方已确认。
2. 半成品流转卡:采用二维码,打印机型号由贵方采购部本周内确定。
3. 成品条码:贵方提出继续沿用老的12位自编码。对此我方立场非常明确:12位自编码是手工账时代的产物,今天还在用,只会让贵方在经销商那边越来越被动,主机厂客户迟早会强制要求GS1。请贵方内部尽快统一思想,放弃自编码,直接转到GS1-128;如果继续拖,后面所有的返工和对接成本都只能由贵方自己消化。
4. 下次专题会:11月17日,讨论标签模板。

以上。

高振宇
""", cc=[LI, LU]))

# =============================================================================================
# ramble
# =============================================================================================
POS.append(case(
    ["ramble"], "zh", "ramble: one line (cut-over window moved to 22:00, tell the night shift) buried in train chat, hotpot, kids' exams, fishing",
    GAO, [ZHOU], "周末的事",
    """
周总好!

这周真是忙晕了,周二从贵厂回来的高铁上,旁边坐了个老大爷,一路跟我聊他年轻时候在东北当兵的事,说那时候冬天零下三十多度,站岗站到眉毛上都结霜,聊着聊着我都忘了自己是去出差的。下车的时候他还非要塞给我两个苹果,说是自己家院子里结的,我回家一尝,确实甜,比超市买的强多了。

说到吃,上次您带我们去的那家羊肉馆子,我回来跟我爱人念叨了好几回,她说下次我再去贵厂一定要带她一起,就冲那一锅羊蝎子。我们这边最近新开了一家潮汕牛肉火锅,排队要排一个多小时,上周六我们全家去吃,孩子等得不耐烦,在门口跟别的小朋友玩起了跳房子,结果玩得比吃饭还开心,回家路上还问下周能不能再来排队。

孩子今年初三,马上中考了,我爱人天天盯着作业,我负责周末接送补习班,一个数学一个物理,来回跑四趟,感觉比做项目还累。上次听您说您家闺女已经上大学了,真羡慕,熬过来就好了。您当年是怎么管孩子学习的?有空了一定得跟您取取经。

对了,周六的切换窗口要往后挪到晚上十点开始,麻烦您跟夜班打个招呼。

最近天冷了,我开始琢磨冬天去哪儿钓鱼。去年冬天去水库冰钓,冻得我两天没缓过来,一条鱼也没钓着,今年打算换个地方,听说贵厂附近那个湖冬天也有人钓,哪天有空您带带我?我装备都备好了,新买了一根碳素竿,还没开张呢。另外您上次推荐的那本讲明朝的书我也买了,才看了三分之一,朱元璋那段写得真精彩,比电视剧好看多了。

前两天我还去看了一场球赛,本地队主场打得特别憋屈,上半场就丢了两个球,下半场换了个年轻前锋上来,十分钟连进两个,全场都站起来了。我旁边一个大哥激动得把手里的啤酒都洒了,洒了我一裤腿,他一个劲儿道歉,非要请我吃烤肠,最后我俩边吃边聊,发现他居然也是做机械加工的,世界真小。

天冷注意身体,回头见!

高振宇
"""))

POS.append(case(
    ["ramble"], "en", "ramble: UAT sign-off date buried in a half-marathon story, Whitby, a shipping podcast, the office coffee machine and holiday plans",
    TOM, [DANIEL], "Catching up",
    """
Hi Daniel,

Hope you had a good weekend! Mine was a bit of an adventure. You might remember me mentioning that I'd signed up for the Yorkshire half marathon back in the summer, mostly as a way of forcing myself to stop eating biscuits at my desk. Well, Sunday was race day, and it turns out that training for twelve weeks does not fully prepare you for a headwind that seems to follow you round every single corner. I finished in two hours and six minutes, which is about eleven minutes slower than I'd hoped, but my daughter made a sign that said "GO DAD, YOU'RE NOT THAT SLOW", so I'm counting it as a moral victory.

Afterwards we drove out to Whitby for fish and chips, which I can highly recommend if you've never been. There's a place right by the harbour where the queue goes round the block even in November, and honestly it's worth it. We climbed the 199 steps up to the abbey as well, which, in hindsight, was not the smartest thing to do two hours after a half marathon. My calves are still filing a formal complaint.

On the way back we listened to a podcast about the history of the shipping container, which I know sounds like the most boring thing imaginable, but it was genuinely fascinating. Apparently before containerisation it could take a week to unload a cargo ship by hand, and a big chunk of everything shipped used to go missing or get damaged along the way. It made me appreciate what your teams do every day a bit more.

While I remember - could you get the UAT sign-off form back to us by 20 November?

Work-wise the office has been chaotic in a fun way. We've finally got a proper coffee machine after about two years of lobbying, and it has completely changed the social dynamics of the third floor. People who never spoke to each other now stand around discussing grind settings like it's a matter of national importance. Ravi has appointed himself unofficial barista and insists on doing latte art, which so far has produced a series of shapes that he calls hearts and everyone else calls "the blob".

My wife and I are also trying to plan a trip for the spring. She wants to go to Lisbon; I keep pushing for the Scottish Highlands because I have some romantic idea about hiking and staying in a bothy. We'll probably end up in Lisbon. If you've got any recommendations for either, I'm all ears - I know you did a road trip up the west coast a couple of years ago.

Anyway, that's more than enough from me. Say hello to the team, and I hope the new forklifts have stopped beeping at everyone.

Cheers,
Tom
"""))

POS.append(case(
    ["ramble"], "zh", "ramble: request for three test accounts by Friday buried in renovation, football and hometown stories",
    GUO, [FANG], "近况",
    """
方经理好:

好久没联系了,最近怎么样?上个月在贵行楼下碰到您,匆匆聊了两句就被电话叫走了,一直觉得挺遗憾的。

我这阵子家里在装修,老房子二十多年了,水管电线全得换,每天下班第一件事就是跑工地,跟工长为了一个插座的位置能争半个小时。我爱人想要开放式厨房,我妈坚决反对,说炒菜油烟会跑满屋子,两个人意见不合,最后还得我来当和事佬,各让一步做了个玻璃推拉门。您家当年装修的时候是不是也这样?听说装修是对婚姻的考验,我现在算是信了。

周末我还是雷打不动去踢球,我们公司有个业余球队,每周六早上在体育中心踢两个小时。上周跟一个设计院的球队踢,人家平均年龄比我们小十岁,下半场我们基本就是在场上走,最后三比七输了。踢完球大家一起去吃烧烤,边吃边复盘,复盘的结论是:明年要多招年轻人。

另外提一句,麻烦这周五之前给我们开三个测试环境的账号。

我老家下个月有个表哥结婚,我得请两天假回去。老家那边现在变化太大了,上次回去连村口都差点没认出来,以前那条土路修成了柏油路,路边还盖了一排民宿,据说周末城里人开车过去摘草莓。我小时候那片草莓地是我二舅家的,那会儿草莓根本不值钱,我们小孩子随便吃,现在一斤卖到三十多块,真是想不到。我打算这次回去带点土鸡蛋回来,到时候给您也捎一盒尝尝。

最近我还迷上了做饭,每天晚上跟着短视频学一道菜,红烧肉、糖醋排骨、水煮鱼都试过了,成功率大概一半。上周做可乐鸡翅把锅烧糊了,整个楼道都是焦味,邻居还以为谁家着火了,跑来敲门。我爱人现在一看我进厨房就紧张,说让我还是专心做项目吧。不过我不服气,这周末准备挑战一下酸菜鱼,成了给您发照片。

改天一起吃饭!

郭立峰
"""))

POS.append(case(
    ["ramble"], "mixed", "ramble: ASN field-mapping deadline buried among a logistics expo, 生煎包, property-management drama, EV shopping and a K-pop dance",
    JIANG, [ZHENG], "上周展会 + 一些杂事",
    """
晓岚,

上周去上海物流展, 真的是大开眼界. 今年 AMR 和四向穿梭车的展台占了快一半, 有一家做 humanoid robot 的, 在现场搬箱子, 搬一个箱子大概要 40 秒, 围观的人比买的人多多了. 我跟他们 sales 聊了半天, 他说 next year 就能做到 10 秒一个, 我表示怀疑, 哈哈.

展会边上那家生煎包真的绝了, 排了半小时, 皮薄汁多, 我一口气吃了二两. 那家店的老板说他们家开了二十多年, 以前是个弄堂里的小摊, 后来拆迁搬到了展馆旁边, 老顾客还是一路追过来吃. 回来的路上又在虹桥买了一堆蝴蝶酥, 同事们一个下午就分光了, 我自己一块都没吃上.

对了, 我们小区最近在闹物业, 业委会要换物业公司, 群里天天吵, 有人说新物业收费太贵, 有人说老物业连电梯都修不好, 已经吵了两个礼拜了, 每天晚上手机上几百条消息, 我都想退群. 你们那边小区物业怎么样?

顺便说一下, ASN interface 的 field mapping 麻烦明天中午前帮忙 confirm 一下.

另外我最近在考虑换车, 油车开了八年了, 想换个新能源, 但是又纠结续航, 我老家离这儿六百多公里, 过年回去万一路上充电排队就麻烦了. 你之前说你先生买了一台 EV, 用下来感觉怎么样? 冬天掉电厉害吗? 我同事推荐我买增程, 说是没有 range anxiety, 但我又觉得增程是过渡产品, 过两年就淘汰了. 真是选择困难症.

还有就是下个月公司年会, 我们部门被分配要出个节目, 大家商量了半天, 决定跳一个 K-pop 的舞, 我这个年纪跳这个实在是有点难为我了, 每天午休被拉去排练, 腰都快闪了. 到时候要是有视频流出, 你千万别看, 哈哈.

上周末我还带我妈去了趟杭州, 西湖边上人山人海, 断桥上基本是被人群推着走的. 我妈非要去灵隐寺烧香, 说保佑我今年少加班, 我说那得去保佑我们 project 的 timeline 才行. 晚上在河坊街吃了片儿川和葱包桧, 我妈说没有她自己做的好吃, 但还是吃了两碗.

有空来我们这边玩!

蒋蔚
"""))

POS.append(case(
    ["ramble"], "zh", "ramble disguised as a weekly report: mould ledger request buried in team-building, family history, a cold remedy and a Hunan intern (ASCII punctuation)",
    GAO, [SUN], "本周情况汇报",
    """
孙主任好:

这周项目组整体状态不错,给您汇报一下。

周三我们组织了一次团建,去了城郊的一个农家乐,本来计划是爬山加烧烤,结果那天下雨,山没爬成,大家就在农家乐的棚子底下打了一下午掼蛋。小唐手气特别好,连着赢了六把,最后被大家罚去烤串,烤得一半糊一半生,大家还吃得特别香。晚上老板娘给我们炖了一大锅土鸡,说是自家散养的,那个汤确实鲜,几个年轻人连喝了三碗。

回来的路上,车上几个小伙子一直在讨论最近那部很火的电视剧,说是讲九十年代国企改革的,我还没看,据说拍得挺真实。我跟他们说,我父亲当年就是厂里的钳工,九十年代下岗过一阵子,后来自己在家门口开了个修自行车的摊子,一修就是十几年,街坊邻居的车基本都是他修的。现在想想,那时候日子虽然苦,但一家人挺踏实的。

对了,下周二麻烦贵方把模具台账给我们一份。

另外,最近天气转凉,车间里早晚温差大,您也注意别感冒了。我这周已经中招了,嗓子哑了三天,靠着我爱人熬的梨汤才缓过来。她说是老家的方子,川贝加冰糖,效果确实不错,回头我把方子发给您。

还有个小事,我们组新来的实习生是您老乡,也是湖南人,特别能吃辣,午饭的时候每道菜都要加一勺辣椒酱,把我们几个北方人看得目瞪口呆。他说他们那边过年家家户户都要熏腊肉,挂在灶台上面熏一个多月,那个味道外面根本吃不到。我听得直流口水,跟他约好了过年给我带两斤。

周末我还去看了一趟老厂区,现在改成了文创园,以前的锅炉房变成了咖啡馆,行车梁上挂满了灯串,年轻人在里面拍照打卡。我站在原来车间的位置上,想起小时候放学去找我父亲,满车间都是机油味,他从机床后面探出头来冲我喊,让我别乱跑。一晃三十年了。

就先汇报这些,下周见!

高振宇
""", ascii_punct=True))

POS.append(case(
    ["ramble"], "zh", "ramble: permission list due Thursday buried in bird photography, a cat, a retired engineer's coffee shop and pottery plans",
    GAO, [HAN], "闲聊几句",
    """
韩工好:

最近在忙什么呢?上周在群里看到您发的那张秋天银杏的照片,拍得真好,我还以为是专业摄影师拍的。我最近也迷上了摄影,咬牙买了一台二手微单,每个周末都背着去公园拍鸟。第一周拍了三百多张,回家一看,清楚的只有两张,其余的全是糊的树枝。后来在网上报了个课程,老师说拍鸟要用快门优先,还要提前对焦,我照着练了两个礼拜,现在总算能拍清楚麻雀了,离拍翠鸟还差得远。

家里那只橘猫最近也不让人省心,半夜两点在客厅里跑酷,把我放在茶几上的镜头盖叼走了,第二天在沙发底下找到,上面全是牙印。兽医说它是太胖了精力过剩,要减肥,现在每天只给它吃定量的猫粮,它就天天蹲在厨房门口用幽怨的眼神看着我。

上周我们楼下新开了一家咖啡店,老板是个退休的老工程师,以前在钢厂干了三十年,退休之后跑到云南学了半年咖啡,回来开了这家店。他做的手冲特别好喝,还喜欢跟客人聊他当年在厂里搞技改的事,说八十年代他们车间引进第一台数控机床,全厂的人都跑去围观,跟看电视一样。我每天早上去买一杯,顺便听他讲一段,感觉比听评书还有意思。

顺便提一句,麻烦周四前把各部门的账号权限清单发给我们。

下个月我打算带家里人去一趟景德镇,我爱人一直想去学拉坯,说要亲手做一套茶杯。我查了一下,那边有很多体验工作室,一天就能做出来,不过要烧制好再寄回来得等一个月。您之前去过吗?有没有推荐的地方?我对陶瓷一窍不通,去了估计就是负责拎包和拍照。

前几天我还翻出了大学时候的吉他,弦都锈了,换了一套新弦,每天晚上弹半个小时,手指头磨得生疼。我儿子嫌吵,说我弹的《童年》跑调跑到外婆家去了,我跟他说这叫改编。打算年底前练会一首完整的曲子。

就聊这些,您忙!

高振宇
"""))

POS.append(case(
    ["ramble"], "zh", "ramble: payment-request reminder buried in tea, calligraphy, a museum trip and health habits",
    PENG, [LU], "上周拜访的一点感想",
    """
陆经理您好:

上周去贵司拜访,您泡的那壶老班章到现在还在我嘴里回甘。回来以后我专门去茶城转了一圈,想买点差不多的,结果问了几家,价格都吓人,最后只买了一小饼七八年的易武,跟您那个比还是差点意思。您那饼是哪年的?有机会再去贵司一定还要蹭一杯。

您办公室墙上挂的那幅字我也一直记着,"宁静致远"四个字写得真有筋骨,后来听您说是您父亲写的,我特别佩服。我小时候也被家里逼着练过两年颜体,后来上了中学就荒废了,现在写字跟狗爬一样,签合同都不好意思签全名。最近在网上看到有人推荐临《多宝塔碑》,我又买了一套笔墨纸砚,打算每天晚上写半个小时,坚持一个月看看,写出来了给您发张照片,您帮我指点指点。

说起来,上周六我带孩子去了趟省博物馆,正好赶上一个青铜器特展,好几件是第一次对外展出的。孩子对那个铜鼎上的饕餮纹特别感兴趣,拉着讲解员问了半个小时,讲解员被问得都快招架不住了。回来以后他非要我给他买一本讲商周历史的书,说长大了要当考古学家,上个月还说要当宇航员来着。

另外,第二期款的付款申请麻烦您这周帮忙走一下流程。

最近天气干燥,我开始每天早上喝一杯菊花枸杞茶,我爱人说我提前进入了中年养生模式。其实我觉得挺好,喝了一个多礼拜,眼睛确实没那么干了。您平时有什么养生的习惯吗?听说您每天早上都去江边快走,这个习惯真好,我坚持过两周就放弃了,主要是早上实在起不来。

上个月我还报了一个周末的插花课,本来是陪我爱人去的,结果老师说我配色挺有天赋,现在反倒是我每周准时去上课,她偶尔才去。家里的花瓶从一个变成了五个,阳台上也摆满了,邻居路过还以为我们家开了花店。

不多打扰了,祝一切顺利!

彭雪
"""))

# =============================================================================================
# backchannel
# =============================================================================================
POS.append(case(
    ["backchannel"], "zh", "backchannel: client's workshop head mocked by nickname「林妹妹」and 'CPU' jab, internal, complaint as a joke (ASCII punctuation)",
    GAO, [CAO], "二车间那边",
    """
宇哥:

今天"林妹妹"又在车间哭了一上午,说系统卡、说扫码枪沉、说字太小看不清,反正就是哪儿哪儿都不舒服。我看最卡的不是系统,是某些人的CPU。

你那边明天抽半天,把二车间终端的响应日志拉一下,给他个交代,省得他又跑到周总那儿告状。

振宇
""", cc=[TANG], ascii_punct=True))

POS.append(case(
    ["backchannel"], "en", "backchannel: client's head of engineering mocked as 'the Professor', popcorn joke, sent to a colleague",
    TOM, [RAVI], "Heads up for Thursday",
    """
Ravi,

Quick heads-up: Client-B's resident Professor is back from his sabbatical in the Algarve, so Thursday's design review will now include his usual forty-slide lecture on why every barcode scanner we've ever recommended is "fundamentally unsuited to a modern warehouse". He has never set foot on the Leeds floor, but don't let that stop him.

Bring coffee. Possibly popcorn. And maybe print the scanner spec sheet in a large font so he can find something else to disagree with.

Tom
"""))

POS.append(case(
    ["backchannel"], "zh", "backchannel, reply-all accident: mocks the client's IT lead with her still in Cc ('写得跟谜语似的', '先糊弄过去')",
    GAO, [CAO], "Re: 报表需求说明书V3",
    """
看了,跟前两版一样,写得跟谜语似的。我怀疑她自己也不知道要啥,反正每次开会都是"你们先做一版我看看",做完了又说"不是这个意思"。

别纠结了,就按上个月那版改改字段名,先糊弄过去,等她下次变卦再说。

振宇
""", cc=[HAN],
    quote="""
振宇,韩工那边发来的报表需求V3你看了吗?我看完还是没搞懂她到底要按什么维度汇总。
曹宇
""", quote_from=CAO))

POS.append(case(
    ["backchannel"], "mixed", "backchannel: disparages the bank's team as a crowd of '传话筒' who can't decide, internal",
    GUO, [LEO], "这周又是开会周",
    """
Leo,

C行那边 again... 一个 UAT 开了 6 次 kick-off, 每次结论都是"我们内部再对一下", 对了两个月也没对出个所以然. 我现在怀疑他们那边根本没有一个人能拍板, 全是传话筒. 打工人太难了 lol

下周三那个会你帮我顶一下, 我是真的不想再去听一遍同样的话了. 反正去了也就是点头 + 记笔记.

立峰
"""))

POS.append(case(
    ["backchannel"], "zh", "backchannel (traditional): client manager nicknamed「鄧公公」who 'issues edicts', mocked to a colleague",
    GUO, [LINZH], "報表顏色又改了",
    """
子豪:

「鄧公公」今早又傳旨了:月報的標題列要從藍色改成「穩重一點的藍」,昨天改成的那個深藍他說「太沉悶」。這位爺哪天要是說得出色號,我請全組喝奶茶。

你先別動,等他下午再傳一道旨,咱們一起改,省得白做。

立峰
""", trad=True))

POS.append(case(
    ["backchannel"], "zh", "backchannel by implication: client leader's taste ridiculed via scare-quoted '艺术总监', '他老人家也看不出区别'",
    GAO, [TANG], "看板UI风格",
    """
小川、贺敏:

大屏看板的UI,你们懂的,按A公司那位"艺术总监"的口味来——颜色越多越好,字越大越好,最好再加点闪烁和渐变。什么设计规范、可读性,不用考虑,反正他老人家也看不出区别,上次我们那版灰蓝色的,他说像"殡仪馆"。

做得土一点,一次过,大家都省心。

振宇
""", cc=[HEMIN]))

POS.append(case(
    ["backchannel"], "en", "backchannel, reply-all accident: mocks the client user's competence ('draw an arrow on a Post-it') with her in Cc",
    TOM, [RAVI], "Re: Export training session",
    """
Yeah, book it. Between us, I'm not sure a fourth or fifth session would help either - the export button is literally the only orange thing on the screen. Maybe this time draw an arrow on a Post-it and stick it to her monitor.

Tom
""", cc=[PRIYA],
    quote="""
Tom, Priya's asked for another training session on the CSV export. That's the third one. Shall I book it?
Ravi
""", quote_from=RAVI))

# =============================================================================================
# two labels
# =============================================================================================
POS.append(case(
    ["refusal", "argue"], "zh", "refusal + argue: opens with a bare '手机报工不做。' then recites three earlier rulings and scolds the client for asking again",
    GAO, [ZHOU], "Re: 再议手机端报工",
    """
周总:

手机报工不做。

这个问题,去年11月需求评审会上我讲过一次,今年1月蓝图确认的时候又讲过一次,3月份贵方信息部来函,我们也书面回复过。车间用私人手机报工,数据安全、工位绑定、防代报,哪一条贵方能保证?当时贵方自己的信息部也认同这个结论。

现在同样的问题第四次提出来,我不太理解。麻烦贵方内部先把历次结论对齐,别让同一件事在我们这里反复开会。

高振宇
""",
    quote="""
高经理,车间还是希望能用手机APP报工,工位终端来回走太麻烦,这个能不能做?
周建国
""", quote_from=ZHOU))

POS.append(case(
    ["persuade", "backchannel"], "en", "persuade + backchannel: belittles the client's warehouse manager ('bless him', '1996 mindset') while pressuring the director to overrule him",
    TOM, [DANIEL], "RF rollout - paper pick lists",
    """
Daniel,

I'll be frank, because I think you'd want me to be.

Gary, bless him, is still convinced paper pick lists are "more reliable" than RF. This is the same Gary who lost a whole pallet of TVs last Christmas because somebody's handwriting turned a 6 into a 0. Lovely bloke, but he's running a 2026 warehouse with a 1996 mindset.

Every serious operator in the sector moved to RF years ago. If you let Gary keep his clipboards "just for the first month", you'll have two processes forever, and when the mis-pick numbers land on your board's desk, it'll be your name on the slide, not his. Please overrule him and confirm RF-only from day one by Friday - anything else just postpones the inevitable.

Tom
"""))

POS.append(case(
    ["ramble", "refusal"], "mixed", "ramble + refusal: a flat 'QR code 那个需求, 我们不做哈, 你们也别等了' buried in trail running, hotpot, a TV series, a corgi and Yunnan plans",
    JIANG, [ZHENG], "周末随便聊聊",
    """
晓岚,

周末过得怎么样? 我这周末被朋友拉去参加了一个 trail running 的比赛, 25 公里, 爬升一千二, 我以为自己平时在跑步机上跑跑就够了, 结果到第 15 公里的时候腿就开始抽筋, 最后是走着下山的. 终点有个志愿者递给我一根香蕉, 我觉得那是我这辈子吃过最好吃的香蕉.

比完赛大家去吃了一顿潮汕牛肉火锅, 那个吊龙和匙仁真的新鲜, 老板说每天凌晨四点从屠宰场直接拉过来的. 一桌八个人吃了十二盘肉, 老板都过来问我们是不是运动队的, 哈哈.

说起来最近在追一个美剧, 讲一个 supply chain 高管被卷进一桩走私案的, 前三集还挺好看, 后面剧情越来越离谱, 主角一个人开着集装箱卡车从墨西哥一路开到加拿大, 中间还顺手破了个案. 我老公说这剧的编剧肯定没在物流行业干过, 我说编剧要是干过物流, 就没时间写剧本了.

哦对了, pallet label 上加 QR code 那个需求, 我们这边不做哈, 你们那边也别等了.

我家那只柯基最近学会了开冰箱门, 上周趁我们不在家把一整盒酸奶拖出来, 在客厅地毯上吃得满脸都是. 现在冰箱门上装了个儿童锁, 它每天蹲在冰箱前面研究那个锁, 我怀疑再过两个礼拜它就能破解了. 朋友说柯基是牧羊犬, 智商很高, 我觉得它的智商全用在吃上了.

还有, 下个月公司组织去云南团建, 去大理和丽江, 我已经开始做攻略了, 你之前去过的话给我推荐几家好吃的菌子火锅? 听说见手青一定要炒熟, 不然会看见小人, 我有点好奇又有点害怕.

另外我最近开始学游泳, 报了个成人班, 教练说我蛙泳的腿是"剪刀腿", 每节课都要被纠正十几次. 班上有个七十岁的阿姨, 游得比我们所有人都好, 一口气能游一千米, 下课还在池边给我们示范换气, 我觉得很惭愧. 现在每周三晚上雷打不动去游一个小时.

回头聊!

蒋蔚
"""))

POS.append(case(
    ["ramble", "persuade"], "zh", "ramble + persuade: golf, clubs, a father's vegetable garden and a management book wrapped around 'the in-house WMS idea - stop raising it, just take our standard version'",
    GAO, [ZHOU], "上周打球的照片",
    """
周总:

上周六跟您一起打球真是痛快,您那个第七洞的小鸟球我回来跟我们温总讲了好几遍,他都不信,说您这个水平可以去打业余比赛了。照片我整理了一下,附件里有十几张,那张您挥杆的我特意调了一下色,背景那片湖拍得特别漂亮,您可以拿去当头像。

说到球场,我最近在研究换一套铁杆,现在这套用了六年了,杆面都磨花了。店里的师傅推荐我试试日本那个牌子的锻造铁,手感确实好,就是价格有点吓人。我爱人说我打球的开销比孩子补课还大,我说这是社交投资,她不信。您那套杆用了多久了?有什么推荐的?

周日我回了趟老家,帮我父亲收拾菜园子。老爷子今年七十三了,身体还硬朗,种了一院子的白菜萝卜,还有两棵柿子树,今年结得特别多,我摘了两大筐回来,给楼上楼下的邻居都分了。回头给您也带一箱,自家树上的,没打过药。

还有件事顺便说一下:您那边IT说的自建WMS的想法,我劝您真的别再往上提了,这种事在集团领导面前提出来不好看,一听就不专业,还显得咱们这个项目没做好。听我的,直接上我们的标准版WMS,别的方案就不用再看了,这周跟IT那边说一声就行。

最近我还在看一本讲稻盛和夫的书,里面讲他怎么把一家快破产的航空公司救回来,很多地方讲得特别透,对做管理的人挺有启发。我读到一段说"动机至善,私心了无",想了半天,觉得做项目也是一个道理。书看完了我寄给您。

另外,下个月我们公司年会,您要是有空,欢迎来坐坐,我们老板一直说想当面感谢您对项目的支持。

前阵子我还带孩子去爬了一趟泰山,夜里十一点从红门出发,一路爬到山顶看日出。孩子一开始精神头十足,爬到中天门就开始耍赖要人背,最后还是咬着牙自己爬上去了。日出那一下,云海翻滚,他激动得大喊大叫,说这是他这辈子看过最好看的太阳。

祝好!

高振宇
"""))

POS.append(case(
    ["backchannel", "argue"], "zh", "backchannel + argue: disparages the workshop head to his own boss ('连打印机换纸都要叫我们') and lectures the client to train its people first",
    GAO, [ZHOU], "关于二车间投诉的说明",
    """
周总:

二车间又投诉到您那里了,我简单说明一下。

孙主任那边说系统"算错了产量",我们查了,是他自己把两张工单的数量填反了。说句不好听的,孙主任连打印机换纸都要叫我们的实施过去,他对系统逻辑的判断,我们实在不敢当真。这种事我们已经第三次解释了,每次都是贵方操作问题,每次都是先投诉再查原因。

请贵方先把内部的基础培训抓起来,别什么事都先往上捅,不然我们的人天天在车间当保姆,正事都没法干。

高振宇
"""))

# =============================================================================================
# hard negatives
# =============================================================================================
NEG.append(case(
    [], "zh", "hard negative: bureaucratic '本期合同范围内暂不实施' with CR number, review date and an interim Excel workaround",
    GAO, [ZHOU], "关于多工厂合并报表需求的答复",
    """
周总:

贵司11月3日关于"多工厂合并报表"的来函已收到,我方已登记为变更申请CR-2026-031。

该需求涉及两个工厂主数据编码统一和跨库汇总,工作量较大,本期合同范围内暂不实施。我方将在11月19日的变更评审会上给出工作量评估和报价,供贵方决定是否纳入二期。

在此之前,为不影响贵方月度经营分析会,我们可以先提供一个过渡做法:两个工厂分别导出标准产量报表,我们做一个Excel汇总模板,数据粘贴进去即可自动合并。模板本周五前发给韩工。

如有疑问,随时联系我。

高振宇
""", cc=[HAN]))

NEG.append(case(
    [], "en", "hard negative: 'Realistically, no - not all of it' followed by three concrete delivery dates and an offer to escalate together",
    AISHA, [MARCUS], "Returns module by 1 December",
    """
Hi Marcus,

Thanks for asking directly. Can the full returns module be live by 1 December? Realistically, no - not all of it, and not without skipping the testing your auditors will ask about.

What we can do:
- 1 December: RMA creation and receiving at the returns dock (roughly 80% of your volume).
- 15 December: grading and disposition rules.
- 12 January: refurbishment workflow and the supplier credit report.

If the 1 December slice works for you, I'll lock the plan on Monday. If it doesn't, let's get 30 minutes with Daniel this week and look at what else could move.

Best,
Aisha
"""))

NEG.append(case(
    [], "zh", "hard negative (traditional): escalation - '不是我個人能夠當場拍板的事', handed to our director who replies by Wednesday",
    GUO, [LINPY], "Re: 追加兩家分行上線",
    """
林經理您好:

來信收到,謝謝您提前告知總行的規劃。

追加兩家分行牽涉到人力調度與合約金額調整,坦白說不是我個人能夠當場拍板的事。我已將需求轉呈本公司溫總監,並附上初步的人力與時程評估;溫總監會在本週三(11月11日)前直接與您聯繫,討論可行的安排方式。

在此之前,如需要兩家分行的環境資料清單,我可以先整理給您。

郭立峰
""", cc=[WEN_T], trad=True,
    quote="""
郭經理:
總行希望把新竹及台中兩家分行也納入第一批上線,請儘快回覆能否配合。
林佩儀
""", quote_from=LINPY))

NEG.append(case(
    [], "zh", "hard negative: negation '并不是做不了' / '这不是推脱' with a two-step plan and effort estimate; client's '你们做不了' only in the quote",
    GAO, [MA], "Re: SPC控制图需求",
    """
马经理:

抱歉回复晚了,让您久等。

SPC控制图并不是做不了,我们之所以没有马上答复,是想先确认一下数据基础:X-bar/R图需要每个检验批次至少5个样本的连续测量值,而目前来料检验模块只记录判定结果(合格/不合格),没有记录原始测量值。

所以这件事分两步比较稳妥:
1. 先在检验录入界面增加测量值字段(约3人天,可以放进下周的迭代);
2. 积累一个月数据后,再上线控制图,届时图形才有统计意义。

这不是推脱,是希望做出来的图您能真正用起来。您看这个节奏是否可以?如果质量部有更急的时间要求,我们再一起商量。

高振宇
""",
    quote="""
高经理,SPC控制图的需求上次提了之后一直没回音,是不是你们做不了?
马骁
""", quote_from=MA))

NEG.append(case(
    [], "en", "hard negative: negation 'This isn't a no' with a logged change request, a site walk and two options by a date",
    TOM, [KEVIN], "Re: Tilbury DC and phase 1",
    """
Hi Kevin,

Good news on Tilbury, and I understand why the board wants it in March.

This isn't a no, but I don't want to promise March before we've looked properly. Adding a second site touches the cut-over plan, the training schedule and the carrier onboarding, and I'd rather give you a date I can stand behind.

Here's what I suggest: I'll log it as a change request today, our solution architect will walk the Tilbury layout with your site lead next week, and I'll come back to you by 20 November with two options - Tilbury in March, with the extra cost and risk spelled out, or Tilbury as a fast follow in May.

Does that work for you?

Tom
""",
    quote="""
Tom - any chance Tilbury could join the March go-live? The board keeps asking.
Kevin
""", quote_from=KEVIN))

NEG.append(case(
    [], "zh", "hard negative: risky words in another sense - '不可能完成的任务' and '服了' as praise, '几乎不可能被重复出库' (idempotency), 拒收 as a logistics status",
    JIANG, [ZHENG], "双十一高峰复盘",
    """
晓岚:

双十一高峰期总算平稳度过了,先给你和仓库的同事们道一声辛苦!

几个数据同步一下:
1. 11日当天出库38.2万单,峰值每小时2.1万单,系统无宕机;
2. 上线前大家都说一天30万单是不可能完成的任务,结果现场硬是做到了,真的服了你们的拣货团队;
3. 重复发货:新的幂等校验上线后,同一订单号在系统里几乎不可能被重复出库,这次0单;
4. 拒收件:快递退回的拒收件共1,260单,已全部走拒收入库流程,明天上午可以完成上架。

复盘会定在下周三下午,届时我们把各环节的耗时明细一起过一遍。

蒋蔚
""", cc=[TANG]))

NEG.append(case(
    [], "zh", "hard negative: technical terms - 唯一约束/唯一索引, '拒绝连接 Connection refused', '必须加上重试机制' in an incident note",
    GAO, [HAN], "接口报错处理说明",
    """
韩工:

昨晚ERP向MES下发工单时报了两类错误,原因和处理方法如下:

1. "ORA-00001: 违反唯一约束条件":同一工单号被重复下发。MES侧工单号字段设置了唯一索引,重复数据会被直接拒绝,这是设计上的保护,不影响已有数据。
2. "Connection refused(拒绝连接)":凌晨2点到2点15分,中间件服务在做日志轮转,期间端口不监听。

处理建议:
- ERP侧的下发任务必须加上重试机制(建议间隔5分钟,最多3次),否则遇到短时中断会丢单;
- 重复下发的12张工单无需处理,MES中已有正确记录;
- 如果之后仍出现拒绝连接,可先执行 systemctl restart mes-gateway,再通知我们。

日志截图见附件。

高振宇
"""))

NEG.append(case(
    [], "en", "hard negative: technical imperatives - 'You must restart the print spooler', 'refuses to stop, kill the process', 'Force reprint', 'we won't be charging'",
    AISHA, [PRIYA], "Label printers at Dock 3 - fix steps",
    """
Hi Priya,

Here's the fix for the label printers that stopped responding at Dock 3 this morning.

Root cause: the print spooler on the Dock 3 workstation hung after a Windows update, so jobs from the WMS queued but never printed.

Steps for your site IT:
1. You must restart the print spooler service before anything else - the queue won't clear otherwise.
2. If the service refuses to stop, kill the spoolsv.exe process from Task Manager.
3. Empty the spooler's PRINTERS folder, then start the service again.
4. Reprint from the WMS using "Force reprint" on the shipment screen; duplicates are blocked by the system, so it's safe.

We won't be charging for this - it's covered under hypercare. I've also raised a ticket with the printer vendor about the update.

Shout if anything fails at step 3.

Aisha
"""))

NEG.append(case(
    [], "zh", "hard negative: client's furious '!!!' and threat ('后果你们负责') only in the Outlook-style quote; PM apologises and gives fixes and dates",
    GAO, [SUN], "Re: 今天早上又停线了",
    """
孙主任:

非常抱歉,今天早上的停线给车间造成了损失,这是我们的责任。

初步排查:7:50左右数据库备份任务与早班集中报工撞在一起,导致终端响应超时。我们已经把备份时间挪到凌晨3点,今晚再做一次压力验证。

明天早班我和曹宇会到二车间现场盯着,有任何情况当场处理。详细的原因分析报告周五前发给您和周总。

高振宇
""", cc=[ZHOU, CAO],
    quote="""
高经理:
今天早上系统又卡死了!!!车间停了40分钟,你们到底能不能搞定?再这样下去我们直接换供应商,后果你们负责!
孙德胜
""", quote_from=SUN, quote_style="outlook_zh"))

NEG.append(case(
    [], "en", "hard negative: client's 'you people' and 'no excuses!!!' only in the quoted message; PM owns the failure and gives actions",
    TOM, [DANIEL], "Re: Third outage this month",
    """
Daniel,

You're right to be frustrated, and I'm sorry. Three outages in a month is not the service you're paying for.

Where we are:
- Today's outage (09:12-09:58) was caused by an expired certificate on the carrier API gateway. That's on us: our monitoring checked the endpoint, not the certificate date.
- We've renewed it, added expiry alerts at 30, 14 and 3 days, and audited every other certificate in the estate - two more were due in December and have been renewed.
- A full incident report covering all three outages will be with you by Thursday.

I'd also like to set up a call with you and our head of delivery this week to walk through what we're changing. Would Wednesday afternoon suit?

Tom
""",
    quote="""
This is the third outage in a month. Frankly it's unacceptable and I'm starting to wonder whether you people know what you're doing. I want answers, not excuses!!!
Daniel
""", quote_from=DANIEL, quote_style="gt"))

NEG.append(case(
    [], "zh", "hard negative (traditional): bank manager's '你們到底行不行' and '臉都丟光了' only in the Foxmail quote; PM apologises, dates, on-site visit",
    GUO, [DENG], "Re: 上線一週的問題",
    """
鄧襄理:

非常抱歉讓您和分行同仁承受這麼大的壓力,這一週的狀況確實是我們沒有把關好。

五個問題目前的狀態:三個已修正並上線,兩個(利息尾差、報表分頁)會在本週五晚間的維護窗口修正。我們也從今天起派兩位工程師駐點,分行有任何問題可直接找他們。

下週一上午我會親自到貴行,向您當面說明原因與改善措施。

郭立峰
""", trad=True,
    quote="""
郭經理:
你們到底行不行?上線一週出了五個錯,分行天天打電話來罵人,我的臉都丟光了!
鄧卓
""", quote_from=DENG, quote_style="foxmail"))

NEG.append(case(
    [], "mixed", "hard negative: constructive internal discussion of the client's peak anxiety ('她的担心是有道理的'), plan to meet her in person",
    JIANG, [CAO, LEO], "Client-B 对 peak performance 的担心",
    """
宇哥, Leo,

今天和晓岚开会, 她对 Black Friday 期间的 performance 非常焦虑, 去年旧系统在 peak 的时候 picking 延迟到 20 分钟, 仓库现场压力很大. 说实话她的担心是有道理的, 我们的 load test 到现在只跑到 1.5 倍日常量.

我的想法:
1. 下周把 load test 拉到 3 倍, 重点看 wave release 和 label print 两个环节;
2. 测试结果出来之后, 我们主动约她当面过一遍, 把数据摊开讲, 不要等她来问;
3. peak 当周安排一个人 on-site.

大家看看有没有补充, 周四前我回复她一个完整计划.

蒋蔚
"""))

NEG.append(case(
    [], "zh", "hard negative: internal banter - '服了你们' as praise, '我这脑子' aimed at oneself, client praise passed on (ASCII punctuation)",
    GAO, [CAO, TANG, HEMIN], "昨晚的上线辛苦了",
    """
各位:

昨晚的上线真的服了你们,原定四个小时的切换,两个半小时就收工了,贺敏那套回归脚本跑得比我泡面还快。

说到泡面,我这脑子,昨天把给大家订的夜宵地址写成了公司老地址,外卖小哥绕了半个城才找到我们,面都坨了,这个锅我背,下周请大家吃顿好的补上。

另外周总今天一早打电话过来,说车间反馈新版报工界面清爽多了,特意让我转达谢意。这个荣誉属于大家。

振宇
""", ascii_punct=True))

NEG.append(case(
    [], "en", "hard negative: firm-but-polite contract facts (SOW schedule reference) with two options and the choice left to the client",
    TOM, [KEVIN], "Re: Carrier cost report",
    """
Hi Kevin,

Thanks - the lane breakdown would be useful, and I can see why finance wants it.

For transparency: the monthly pack in the SOW (Schedule 3, item 7) covers volume and SLA reporting only. Carrier costs live in your TMS, which we don't currently have a feed from, so this isn't a quick addition on our side.

Two ways forward:
1. We raise a small change request (rough estimate 4-5 days, including the TMS feed), and I send you a formal quote by 13 November.
2. Your finance team exports lane costs from the TMS each month and we merge them into the pack manually, at no charge, until you decide on option 1.

Happy to go with whichever suits you.

Tom
""",
    quote="""
Tom, can you add a carrier cost breakdown by lane to the monthly pack? Should be simple enough.
Kevin
""", quote_from=KEVIN))

NEG.append(case(
    [], "zh", "hard negative: recommendation with stated reasons ('这是我们倾向它的主要原因') while '最终请贵行根据内部政策来决定'",
    GUO, [QIAN], "部署方案对比及建议",
    """
钱处您好:

按上周会议的要求,我们整理了两种部署方式的对比(详见附件):

- 私有云托管:上线周期约8周,三年总成本比本地部署高约12%,扩容和灾备由托管方负责;
- 本地机房部署:上线周期约12周,一次性投入较高,但数据完全留在贵行机房,更符合贵行现行的信息安全管理办法。

从我们的经验看,如果贵行明年有新增分行的计划,私有云在扩容上会更灵活一些,这是我们倾向它的主要原因。但本地部署在合规审查上的流程更简单,这一点对贵行也很重要。

两种方式我们都能支持,最终请贵行根据内部政策来决定。如有需要,我们可以安排一次与信息科技部的专题会,把细节当面过一遍。

郭立峰
""", cc=[FANG]))

NEG.append(case(
    [], "zh", "hard negative: risky phrases only in the signature - motto '没有不可能' and a disclaimer ending '后果自负'",
    GAO, [SUN], "明天现场培训安排",
    """
孙主任好:

明天上午9:00在二车间会议室安排报工终端的操作培训,约1.5小时,请通知各班组长参加。我们会带10台培训用扫码枪,现场分组练习。

如场地有变化,麻烦提前告诉我。

谢谢!

--
高振宇 | MES项目经理
远帆智造科技有限公司
手机:138-0000-0000
座右铭:没有不可能,只有不够拼。
【保密声明】本邮件及附件仅供指定收件人使用,未经书面许可不得转发或复制;如您误收本邮件,请立即删除,否则由此引起的一切后果自负。
"""))

NEG.append(case(
    [], "en", "hard negative: risky motto ('Failure is not an option') and 'you must not' disclaimer only in the signature",
    AISHA, [DANIEL, MARCUS], "Cut-over rehearsal #2 - logistics",
    """
Hi Daniel, Marcus,

Confirming the logistics for cut-over rehearsal #2 on 6 December:

- Start: 06:00, Leeds DC training room
- Our team on site: Aisha, Ravi and two consultants
- Your side: shift leads from inbound, picking and dispatch, plus one person from IT with admin access to the label printers
- Expected finish: 14:00, with a go/no-go readout at 14:30

Please let me know by 27 November if any of the shift leads can't make it, and we'll adjust the scripts.

Thanks,
Aisha

--
Aisha Karim | Delivery Lead
"Failure is not an option. Rollback is."
This email and any attachments are confidential. If you are not the intended recipient you must not copy, forward or rely on it; please delete it and notify the sender immediately.
"""))

NEG.append(case(
    [], "zh", "hard negative, long and focused: root-cause analysis of low OEE figures (~600 chars), the counting rule left to the client",
    GAO, [ZHOU], "冲压线OEE数据偏差原因分析",
    """
周总、韩工:

关于上周冲压线OEE看板数据偏低(看板显示61%,车间手工统计78%)的问题,我们完成了排查,结论和处理方案如下。

一、现象
10月26日至11月1日,冲压线三台压力机的OEE看板数值持续低于车间手工统计,差距在15到19个百分点之间,其中2号压力机最明显。

二、排查过程
1. 核对计划停机:系统中的计划停机时间与车间排班表一致,排除。
2. 核对理论节拍:2号机理论节拍在系统中配置为每分钟22冲次,而设备铭牌和工艺卡均为每分钟18冲次。该参数是9月设备改造后没有同步更新的。
3. 核对停机信号:PLC上报的"待料"信号在换模期间也会触发,系统把换模时间算成了非计划停机,而车间手工统计把换模计为计划停机。

三、原因
性能稼动率因节拍参数偏高被低估约12个百分点;时间稼动率因换模归类口径不同被低估约5个百分点。两项叠加,与实际差距基本吻合。

四、处理方案
1. 2号机理论节拍已改为每分钟18冲次,历史数据从10月1日起重算,明天上午完成;
2. 换模的归类口径需要贵方生产部确认:行业里多数工厂把换模计为计划停机,也有工厂为了推动快速换模而单独统计。两种口径我们都可以配置,请周总定一下;
3. 今后设备改造涉及节拍变化时,建议在设备变更单上增加"通知MES项目组"一栏,避免同类问题再次出现。

五、其他设备的排查
我们顺带核对了全厂其余27台联网设备的理论节拍参数,发现注塑车间5号机也存在类似情况(系统配置为每模35秒,工艺卡为38秒),偏差较小,对OEE的影响约2个百分点,已一并修正,并会在10月报告中单独标注。另外,为避免节拍参数再次与现场脱节,我们在系统中增加了每月自动比对的提醒:当某台设备连续一周的实际平均节拍比理论节拍快10%以上时,系统会同时提醒设备科和我方,由设备科确认是否需要更新参数。

六、后续
口径确认后两个工作日内,我们会出一份重算后的10月OEE报告,供月度经营会使用。

高振宇
""", cc=[HAN]))

NEG.append(case(
    [], "en", "hard negative, long and focused: UAT plan (~440 words) with entry/exit criteria; sign-off decision explicitly left to the client",
    AISHA, [DANIEL], "UAT plan - Leeds DC (v1.2)",
    """
Hi Daniel,

As agreed at last week's steering call, here is the UAT plan for the Leeds DC in one place, so your team leads can plan their rotas. The full test scripts are in the shared folder; this note covers structure, dates and responsibilities.

1. Scope
UAT covers the eight end-to-end processes signed off in the design: inbound receiving with ASN, putaway, replenishment, wave picking, packing and carrier labelling, dispatch and trailer loading, returns (RMA creation and receiving only, per the phased plan), and cycle counting. Interfaces to the ERP and to the two carriers are in scope; the finance reports are not, as they will be tested separately in January.

2. Schedule
- 16-20 November: cycle 1. One script per process, run by our consultants alongside your super-users.
- 23 November - 4 December: cycle 2. Your super-users run every script on their own; our team only observes and logs defects.
- 7-9 December: regression of all fixes from cycle 2.
- 10 December: UAT exit meeting and sign-off decision.

3. Entry criteria
Test environment refreshed with the October master data; all 142 scripts reviewed by your process owners; user accounts and RF guns set up for twelve super-users. We will confirm all three by 13 November.

4. Defect handling
Defects are logged in the shared tracker with a severity agreed on the spot. Severity 1 (the process cannot continue) is fixed within one working day; severity 2 (a workaround exists) within three; severity 3 and 4 go into a list that we review together at the exit meeting. Your process owner and our test lead triage every morning at 09:00 for fifteen minutes.

5. Exit criteria
No open severity 1 or 2 defects; at least 95% of scripts passed; every open severity 3 defect has an agreed fix date before go-live. The decision to sign off stays with you - if the numbers are close, we will lay out the remaining risks and you decide whether to proceed or add a cycle.

6. People
From your side we need one process owner per process (eight in total, some can double up) and twelve super-users for about 60% of their time during cycle 2. From our side, Ravi leads testing, two consultants support on the floor, and I chair the daily triage.

7. Open points
Marcus to confirm by 13 November whether the carrier sandboxes will be available for the whole of cycle 2.

8. Communication
During both cycles we'll send a short status email at 17:00 each day: scripts run, passed and failed, new defects by severity, and anything blocked. A one-page summary goes to the steering group every Friday. If something threatens the 10 December exit date, you'll hear it from me the same day rather than at the next steering call.

If any of these dates clash with your peak planning, let me know this week and we'll rework them together.

Best regards,
Aisha
""", cc=[PRIYA, MARCUS]))

NEG.append(case(
    [], "zh", "hard negative, long and focused: weekly report (~650 chars) whose risk section uses '后果' neutrally and leaves the workaround decision to the client",
    GAO, [ZHOU], "MES项目周报(第46周)",
    """
周总好:

本周项目周报如下,请审阅。

一、总体状态
整体进度正常(绿色)。二期计划完成率82%,较上周提高6个百分点。本周无新增严重问题。

二、本周完成
1. 热处理车间:炉温采集网关安装完成,3台箱式炉已接入,数据每30秒上传一次,曲线可在质量追溯页面查看。
2. 机加车间:报工终端第二批12台上线,班组长培训两场,共31人参加,考核全部通过。
3. 质量模块:来料检验增加测量值字段,已在测试环境验证,下周一上线。
4. 报表:10月份OEE重算完成,2号压力机OEE由61%修正为76%,已发韩工核对。

三、下周计划
1. 热处理车间剩余2台井式炉接入(依赖设备厂家提供通讯协议)。
2. 成品库条码标签切换,周三晚班执行,周四早班开始使用新标签。
3. 组织一次面向车间主任的看板使用说明会,时间待孙主任确认。

四、问题跟踪
1. 井式炉通讯协议:已第三次催办设备厂家,厂家承诺11月18日提供。
2. 二车间早班报工高峰响应慢:数据库备份时间已调整,本周早班平均响应时间由2.8秒降至0.9秒,继续观察一周后关闭。

五、风险
井式炉协议如11月20日前仍拿不到,这两台炉的炉温数据将无法在年底前进入质量追溯,后果是相关产品的追溯仍需依靠纸质记录。应对措施:我方已准备好人工录入炉温的临时页面,是否启用由贵方质量部决定。

六、本周用户反馈汇总
本周共收到车间反馈14条,其中操作咨询9条、界面建议3条、缺陷2条。两条缺陷分别是机加车间报工数量允许输入负数、热处理曲线在夜间偶尔断点,均已修复并验证。三条界面建议中,"报工成功后增加声音提示"和"工单列表按交期排序"两条已排入下周迭代,"终端屏保显示当班产量"一条需要与孙主任确认显示内容后再做。

七、需贵方协助
1. 孙主任确认看板说明会时间;
2. 成品库切换当晚,请仓储科安排一名人员现场配合。

高振宇
""", cc=[HAN, SUN]))

NEG.append(case(
    [], "mixed", "hard negative, long and focused: change-impact analysis for a new carrier (~600 chars); '也不是不能做' with risks written up for the client to decide",
    JIANG, [ZHENG], "新增顺丰对接的 change impact 分析",
    """
晓岚,

上周你提的"新增顺丰作为第三家 carrier"的需求, 我们做了一下 impact analysis, 结论先说: 可以做, 建议放在 peak 之后, 具体请你来定.

1. 涉及的系统和模块
- WMS: carrier selection rule, packing station 的 label template, manifest 生成
- TMS: rate card, 运费对账
- 对外 interface: 顺丰的 API 是 REST + JSON, 和现在的两家 carrier 一样, 只是 auth 方式不同 (需要 HMAC 签名)

2. 工作量估算
- 开发: 12 man-day (interface 6, label template 3, rule config 3)
- 测试: 5 man-day, 包括和顺丰 sandbox 的联调
- 上线 + hypercare: 2 man-day
合计约 19 man-day, 日历时间 4 周左右.

3. 对现有功能的影响
- carrier selection rule 要改, 所以现有两家 carrier 的分配逻辑也要做 regression, 这是主要风险点;
- label printer 需要确认能不能打顺丰的面单尺寸 (100x150 mm), 目前 Dock 1-3 的打印机是支持的, Dock 4 那台老型号需要现场测一下;
- 顺丰每天的截单时间是 18:00, 比现在的 20:00 早两个小时, 仓库的 wave 排程可能要调整, 这一点需要你们 operation 评估.

4. 时间建议
peak 期间 (11月20日 - 12月15日) 我们建议 code freeze, 所以比较稳妥的方案是 12 月中开始开发, 1 月中上线. 如果业务上一定要 peak 前上, 也不是不能做, 但需要压缩 regression, 风险我们会写清楚给你们决策.

5. 对仓库现场的影响
- packing station 需要增加一个顺丰面单的打印队列, 操作员扫描包裹后系统自动选择 carrier, 现场不需要额外操作;
- 顺丰的揽收车一般下午五点到仓, 建议在 Dock 2 划一块专门的暂存区, 避免和另外两家的包裹混放;
- 培训方面, 我们可以出一份一页纸的操作说明, 再安排一次 30 分钟的现场讲解, 班组长参加就可以.
这些现场安排都需要你们 operation 最终确认, 我们只是给建议.

6. 替代方案
如果你们的主要目的是在 peak 期间增加运力, 也可以先通过现有两家 carrier 的加急服务来解决, 不需要任何开发, 只是单价会高一些, 我们可以帮你们测算一下成本差异.

7. 费用
按合同里 change request 的单价计算, 报价单我周五前发你.

有问题随时找我.

蒋蔚
"""))

NEG.append(case(
    [], "zh", "hard negative, long and focused: ERP cut-over plan (~700 chars) full of technical '必须/不得/冻结', rollback decision left to the client",
    PENG, [ZHOU], "ERP切换方案(元旦)要点确认",
    """
周总、陆经理、韩工:

元旦ERP切换方案的要点整理如下,完整版见附件,请各位在11月25日前反馈意见。

一、时间窗口
12月31日18:00旧系统停止录入,1月3日8:00新系统正式启用,共62小时。其中数据迁移约20小时,核对约16小时,其余为缓冲。

二、冻结安排
12月28日起,物料、客户和供应商主数据冻结,冻结期间如有新增,走纸质申请单,由韩工统一在1月3日后补录。12月31日当天,仓库停止收发货,财务停止过账。

三、数据迁移范围
1. 期初库存:按12月31日盘点结果导入,盘点表必须由仓储科和财务双签;
2. 应收应付:只迁移未清项,已清项在旧系统保留查询权限三年;
3. 在制工单:未完工工单在旧系统关闭,新系统按剩余数量重新下达。

四、核对与回退
1. 库存金额、应收余额、应付余额三项总数与旧系统的差异须为零,任一项不为零不得启用新系统;
2. 如1月2日20:00仍有未解决的重大差异,启动回退方案:旧系统恢复录入,切换顺延至春节假期,是否回退由周总拍板。

五、人员
我方8人驻场(含2名数据迁移工程师),贵方需要财务2人、仓储2人、IT 1人在1月1日至2日全天在岗。

六、需要提前准备的事项
1. 12月20日前完成一次全量迁移演练,演练结果在12月22日的专题会上过;
2. 年末盘点计划请陆经理本月底前发给我们,我们据此准备导入模板;
3. 各部门关键用户的新系统权限,请韩工在12月15日前确认。

七、沟通机制
切换期间每4小时召开一次15分钟的站会,地点在贵厂信息中心;切换群内每小时通报一次进度,任何阻塞问题30分钟内升级到双方项目经理。1月3日启用后的第一周,我方保留6人驻场,每天下午5点汇总当天问题清单,发给周总和各部门负责人。

如对时间窗口或回退条件有不同意见,欢迎提出,我们再一起调整。

彭雪
""", cc=[LU, HAN]))

NEG.append(case(
    [], "zh", "hard negative: the client's '干什么吃的' and '难道还要我们来教' only in the quote; PM takes the blame ('并不是贵方提供的信息有误')",
    PENG, [LU], "Re: 发票又开错了",
    """
陆经理:

非常抱歉,这次确实是我们的问题,并不是贵方提供的信息有误。

原因查清了:我们开票系统里贵司的抬头还是去年更名前的旧名称,财务同事每次都是从系统里直接带出来,没有和合同核对。今天已经把系统里的抬头改正,并且增加了一道开票前与合同抬头比对的复核。

正确的发票今天下午已经重新开具,明天上午顺丰送达,作废的那张麻烦您直接交给我们的快递员带回即可。

给您添麻烦了。

彭雪
""",
    quote="""
彭经理:
发票抬头又开错了,这已经是第三次了!你们财务到底是干什么吃的?这种低级错误难道还要我们来教?
陆振华
""", quote_from=LU, quote_style="gt_zh"))

NEG.append(case(
    [], "zh", "hard negative: '上周四在车间我说过' as follow-through on a promise, plus the PM's own selection mistake admitted",
    GAO, [SUN], "Re: 扫码枪电池的事",
    """
孙主任:

上周四在车间我说过,电池的事我回来跟厂家确认后给您答复,现在有结果了:

1. 现在用的扫码枪电池标称续航10小时,二车间早晚两班连用确实不够,这是我们当初选型时考虑不周;
2. 厂家可以免费提供每台一块备用电池,共32块,下周三到货;
3. 另外我们会在每个班组放一个四槽充电座,换班时直接换电池。

到货后我让小唐给班组长们演示一下怎么换。

高振宇
""",
    quote="""
高经理,上次说的扫码枪电池的事有结果没有?
孙德胜
""", quote_from=SUN))

NEG.append(case(
    [], "zh", "hard negative: internal post-mortem with self-criticism using 难道 ('难道我们连...都没测到?确实是,而且责任在我'); C行 named neutrally",
    GUO, [CAO, HEMIN], "关于昨天重复扣款问题的复盘",
    """
各位:

昨天C行对账时发现的重复扣款问题,我想先说清楚:这不是测试同事的问题,是我这个PM的问题。

月末最后一天跨零点的交易,这个场景在需求评审会上C行的方经理专门提过,我当时记下来了,但没有转成测试用例。难道我们连对方明确提醒过的边界条件都没测到?确实是,而且责任在我。

接下来:
1. 曹宇今天完成修复,贺敏补充跨零点、跨月、跨年三组用例;
2. 我今天下午去C行当面说明,把受影响的17笔交易逐笔核对清楚;
3. 今后评审会上客户提到的每个场景,会后24小时内由我转成用例清单,发给贺敏确认。

立峰
""", cc=[WEN]))

NEG.append(case(
    [], "zh", "hard negative: internal mail that takes the client's harsh remark ('不过脑子') seriously, client deliberately in Cc to see the fixes",
    GAO, [TANG, CAO], "整改:现场变更通知",
    """
小川、宇哥:

今天韩工在电话里说了一句:"你们的人上线前不过脑子,改了配置也不说一声。"话不好听,但说得没错——上周二晚上我们改了打印模板,第二天早上仓库才发现,确实是我们没有通知到位。

我把韩工抄送在这封邮件里,是希望她能看到我们具体怎么改:
1. 从下周起,任何生产环境配置变更,提前一天发变更通知给韩工和相关科室;
2. 变更当晚由小川留在现场,第二天早班开工半小时后再离开;
3. 每周五把本周全部变更汇总,附在周报里。

韩工,如果您觉得还有哪里需要补充,直接回复就行。

振宇
""", cc=[HAN]))

NEG.append(case(
    [], "en", "hard negative: a colleague's disparaging complaint ('hopeless') only in the quote; the PM pushes back constructively and proposes better training",
    TOM, [RAVI], "Re: Dock 2 team and the RF guides",
    """
Ravi,

I get the frustration - three rounds is a lot. But let's not write them off. They're learning a new system in the run-up to peak, most of them on nights, and a 28-page PDF isn't how anyone learns to scan.

Could we try something different this week?
- a one-page laminated card per process, pictures rather than text, stuck on each RF cradle;
- fifteen minutes at the start of each night shift for the first three nights, with you or one of the consultants on the floor;
- an on-screen prompt if they scan the location before the pallet (I'll check with dev whether that's a config change).

If the error rate hasn't dropped by next Friday, I'll raise it with Daniel as a training issue, not a people issue.

Tom
""",
    quote="""
Tom, honestly the Dock 2 lot are hopeless. We've sent them the RF guide three times and they still scan the location before the pallet. I'm done hand-holding.
Ravi
""", quote_from=RAVI, quote_style="gt"))

NEG.append(case(
    [], "zh", "hard negative: 'what other sites do' given as reference only, both options supported, decision left to the client",
    JIANG, [ZHENG], "关于拣货方式的参考信息",
    """
晓岚:

上次你问其他仓是怎么做拣货的,我整理了一下我们接触过的几个项目,供参考:

- 同样是电商B2C、日均单量在3万以上的4个仓,都采用了波次拣货,主要好处是行走距离短,高峰期人效大约高25%;
- 有1个仓保留了按单拣货,原因是他们SKU少、单均件数多,按单拣反而更简单。

所以两种方式都有道理,关键看你们的订单结构。我们的系统两种都支持,也可以先按单拣货上线,跑一两个月再根据数据决定要不要切换,切换只需改配置。

你们内部讨论时如果需要,我可以把几个仓的数据脱敏后做成一页对比表。

蒋蔚
"""))

NEG.append(case(
    [], "zh", "hard negative: minutes recording that the client itself decided '本期不做' / '暂缓' - refusal words, but the client's decision",
    GAO, [SUN], "【会议纪要】报工终端功能确认会",
    """
孙主任、各位:

今天报工终端功能确认会纪要如下:

1. 语音播报:贵方班组长试用后认为车间噪音太大,语音听不清,经讨论贵方决定本期不做,改为终端屏幕闪烁提示。我方本周内完成配置。
2. 大屏班组排名:贵方人事部认为排名涉及绩效考核口径,需要先在内部定规则,本项暂缓,待规则确定后我方再评估。
3. 字体放大:当前字号调大两号,明天上线。
4. 下次确认会:11月24日下午。

如纪要有误,请于本周五前告知。

高振宇
""", cc=[ZHOU, TANG]))

NEG.append(case(
    [], "zh", "hard negative: reciting a year of project history as thanks, with the PM's own shortcomings admitted - history without blame",
    GAO, [ZHOU], "一期项目回顾与感谢",
    """
周总:

一期项目今天正式转入运维,借这个机会简单回顾一下这一年,也向您和贵方团队表示感谢。

去年11月项目启动时,贵厂的报工还完全依靠纸质流转卡,月底统计产量需要三个人加班一周;今年3月,机加车间第一批终端上线,头两个礼拜每天都有几十个问题,孙主任带着班组长几乎每天陪我们到晚上九点;6月,质量追溯打通,第一次实现了从成品序列号一键追到原材料批次;9月,全厂32个工位全部上线,月底产量统计从一周缩短到半天。

回头看,最难的几次都是贵方同事顶住了:注塑车间切换那周赶上订单高峰,李科长主动调整了仓库班次;BOM数据清理,工艺部连续加了三个周末。这些都不是合同里写的东西。

我们自己也有做得不够的地方,比如上线初期终端响应慢、部分报表口径来回改了几次,给车间添了不少麻烦,这些问题已经列进二期的改进清单。

二期启动会暂定12月8日,届时再向您详细汇报。再次感谢!

高振宇
"""))

NEG.append(case(
    [], "mixed", "hard negative: PM turns down a client dinner invitation but sends colleagues and proposes another date",
    JIANG, [ZHENG], "Re: 下周五 annual dinner",
    """
晓岚,

太感谢了, 老板能想到我们, team 都很开心!

不过下周五晚上真的不巧, 我们有另一个项目的 cut-over, 整个 team 都被锁在机房里, 实在走不开, 不好意思. 我让 Leo 和 Cindy 两个不在 cut-over 里的同事去, 可以吗?

另外, 下周二我本来就要去你们仓看 Dock 4 的打印机, 要不那天中午我请你和老板吃个饭, 当面谢谢大家这一年的配合?

蒋蔚
""",
    quote="""
蒋蔚, 我们下周五晚上有 annual dinner, 老板说想请项目组一起来, 你们能来几个人?
晓岚
""", quote_from=ZHENG))

NEG.append(case(
    [], "zh", "hard negative: risk warning that sounds like fear but supports the client's date, lists mitigations and leaves the decision to them",
    PENG, [ZHOU], "关于12月1日切换的风险提示",
    """
周总:

贵方财务提出希望12月1日切换ERP,我们认真评估了一下。这个时间点我们能配合,只是有几项风险需要提前跟您说明,供您决策时参考:

1. 新系统运行一个月后即进入年结,如月结口径还有未发现的问题,可能会带到年报中;
2. 12月是贵厂的出货高峰,切换后前两周仓库操作效率通常会下降20%左右;
3. 我方12月中旬另有一个项目上线,驻场人员需要从8人减到5人。

对应的缓解措施我们也准备了:11月底前增加一次全量月结演练、12月前两周仓库加派人员、年结前再做一次账务核对。

如果对比下来您更倾向元旦切换,我们也准备好了对应的计划。两个方案的详细对比见附件,请您和陆经理商量后定夺,我们按您的决定执行。

彭雪
""", cc=[LU]))

NEG.append(case(
    [], "zh", "hard negative: affectionate nickname「铁头」for our own colleague in an internal report, client mentioned only with praise",
    GAO, [WEN], "二车间终端上线情况",
    """
温总:

二车间12台终端昨晚全部上线,简单汇报一下。

这次主要靠我们的"铁头"小川,连续三个晚上守在车间,白天还要陪孙主任他们过流程。车间里停电那一下,别人都去找电工了,他一个人蹲在配电柜旁边把网关一台台重启,四十分钟就把数据补齐了。孙主任今天早上专门跑过来说,这小伙子靠谱。

建议这个季度的项目之星给小川。另外他已经连续工作了十一天,我准备让他下周一、二调休。

振宇
""", cc=[TANG], ascii_punct=True))

NEG.append(case(
    [], "mixed", "hard negative: firm-but-polite overdue-payment reminder citing the contract clause, offering help and a call",
    PENG, [LU], "第三期款项 status 确认",
    """
陆经理, 您好:

冒昧打扰, 跟您确认一下第三期款项的 status.

按合同第 8.2 条, 第三期款在里程碑验收后 30 天内支付. 验收单是 6 月 12 日签署的, 到今天已经超过约定时间 4 个多月了.

我们理解贵司的付款流程可能涉及多个部门, 如果是卡在哪个环节 (比如需要补充 invoice, 或者验收单原件), 您告诉我, 我们这边马上配合提供. 如果方便的话, 也可以约个 15 分钟的 call, 一起看一下怎么推进.

谢谢!

彭雪
"""))

NEG.append(case(
    [], "zh", "hard negative: polite firmness - explains the original concern and offers two priced options for the client to choose",
    GAO, [ZHOU], "Re: 手机端报工",
    """
周总:

手机报工这个需求我们评估了。当初没做主要是两点顾虑:私人手机的数据安全,以及防止代报(一个人拿手机替别人报工)。结合这两点,有两种做法供您选择:

方案一:厂里统一采购工业手机(约1,200元/台,二车间需要20台),手机只装报工APP,扫工位二维码后才能报工。开发约10人天,12月中可上线。
方案二:不增加手机,在每个工位终端旁边加装无线扫码枪,工人不用走到终端前,扫完自动报工。开发约3人天,硬件约300元/工位。

方案一更灵活,方案二更省钱、上线更快。两个方案我们都能做,您看哪个更适合车间,或者我们下周去车间现场一起看看再定。

高振宇
""",
    quote="""
高经理,车间希望能用手机报工,你们评估一下?
周建国
""", quote_from=ZHOU))

NEG.append(case(
    [], "mixed", "hard negative: a discount the PM can't approve ('超出了我能 approve 的范围') escalated to the commercial director with a reply date",
    JIANG, [KEVIN], "Re: 明年 support contract 的 discount",
    """
Kevin,

收到, 谢谢你提前打招呼.

30% 这个幅度坦白讲超出了我能 approve 的范围, 我不想随口答应又做不到. 我已经把你们的诉求和这一年的 ticket 数据一起转给我们的 commercial director 温总, 他会在周四前直接跟你联系, 看看在 scope 或者 SLA 上怎么组合出一个你们老板能接受的方案.

这期间有任何问题随时找我.

蒋蔚
""", cc=[WEN],
    quote="""
蒋蔚, 明年的 support contract 我们老板希望 discount 30%, 你这边能不能直接 approve?
Kevin
""", quote_from=KEVIN))

NEG.append(case(
    [], "mixed", "hard negative: go/no-go criteria - 'no-go' and '我们不会硬上' protect the client; final call is the client's",
    JIANG, [ZHENG], "Rehearsal #2 go/no-go criteria",
    """
晓岚,

下周 rehearsal #2 的 go/no-go criteria 整理如下, 请你们 operation 看一下有没有要补充的:

1. Inventory 差异: 迁移后系统库存与盘点差异 <= 0.5% (按金额), 超过就是 no-go;
2. Open orders: 所有未完成订单 100% 迁移, 抽查 200 单无错误;
3. Label printing: 4 个 dock 每个连续打印 50 张面单无错位;
4. Interface: ERP -> WMS, WMS -> TMS 各跑通 3 个完整 cycle.

任何一项不达标, 我们不会硬上, 而是当天出 gap list, 和你们一起决定是补测还是顺延. 最终 go/no-go 由你们 operation director 拍板.

蒋蔚
""", cc=[LEO]))

NEG.append(case(
    [], "zh", "hard negative: client's sarcastic slang ('呵呵', '哪个星球的下周', '服了') only in the quote; PM apologises with root cause and a fix time",
    GAO, [HAN], "Re: 报表导出乱码什么时候修",
    """
韩工:

抱歉,这个问题拖了两周确实是我们的不对,给您和财务添麻烦了。

乱码的原因已经定位:导出接口默认按UTF-8输出,而财务那边的Excel 2010打开CSV时按GBK识别。修复方案是导出时改为带BOM的UTF-8,两种打开方式都能兼容。修复包已在测试环境验证通过,今晚22:00部署到生产,明早8点前我会亲自导一份财务月报确认。

如果明早还有问题,我直接到财务现场处理。

高振宇
""",
    quote="""
呵呵,又是"下周修复"。请问你们的"下周"是哪个星球的下周?导出Excel中文全是乱码,财务已经说了我一早上了,我真的服了。
韩梅
""", quote_from=HAN, quote_style="outlook"))

NEG.append(case(
    [], "zh", "hard negative: bank's rebuke ('先对齐口径再来回复') only in the quote; PM accepts the criticism ('您批评得对') and fixes the process",
    GUO, [QIAN], "Re: 接口上线时间到底是哪天",
    """
钱处:

您批评得对,同一件事给了两个时间,是我们内部沟通的问题,我先向您道歉。

准确情况是:接口开发已完成,原计划15号上线;但联调时发现贵行前置机的报文签名算法与文档描述不一致,需要双方各改一处,因此上线时间调整为11月27日。开发同事说的"月底"指的就是这个日期,只是之前没有同步到我这里。

今后对贵行的所有时间承诺,统一由我书面发出,其他同事不再单独答复时间,避免再出现口径不一。

郭立峰
""",
    quote="""
郭经理,你们项目组上周说接口15号上线,昨天你们开发又说要月底。麻烦你们内部先对齐口径再来回复,别一个人一个说法,我们没法跟行领导交代。
钱永康
""", quote_from=QIAN, quote_style="foxmail"))

NEG.append(case(
    [], "zh", "hard negative: '冻结期内生产环境原则上不做调整' backed by the agreed plan, with an emergency-change route, a release date and a stopgap",
    GAO, [LI], "Re: 能不能这周改一下出库单格式",
    """
李科长:

这个需求挺实用的,我们记下了。

不过本周起到12月5日是双方在切换方案里约定的系统冻结期,冻结期内生产环境原则上不做格式调整,避免影响切换。如果仓库这边确实等不了,可以走紧急变更流程:您填一张紧急变更单,韩工签字后发给我,我们48小时内评估并安排。

如果不急,我们就放进冻结期结束后的第一个版本,预计12月9日上线。在那之前,司机电话可以先手写在出库单的备注栏。

您看哪种方式合适?

高振宇
""",
    quote="""
高经理,出库单上想加一栏司机电话,这周能不能改上去?
李春来
""", quote_from=LI))

# =============================================================================================
# order: interleave positives and negatives deterministically
# =============================================================================================
CASES = POS + NEG
random.Random(6).shuffle(CASES)
