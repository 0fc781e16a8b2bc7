"""heldout40: 80 labelled PM email drafts (training set), written by an independent helper.

Domains: agriculture and food supply chains (wholesale market, traceability, cold chain, farm IoT,
agri supply-chain and green finance) , environmental monitoring for a district government, and a
Singapore/Malaysia palm-oil trader who writes English. Order is shuffled with random.Random(4040).
All text is synthetic and was written for this set.
"""

import random

# ---------------------------------------------------------------- people
# our side (PMs and colleagues)
CHEN = "陈思远 <chen.siyuan@ourteam.example.com>"        # senior PM, steady
ZHAO = "赵小满 <zhao.xiaoman@ourteam.example.com>"       # junior PM, emoji
ZHOU = "周磊 <zhou.lei@ourteam.example.com>"             # veteran PM, grumpy
XU = "许晴 <xu.qing@ourteam.example.com>"                # chatty PM
MA = "马骁 <ma.xiao@ourteam.example.com>"                # blunt PM, farm IoT
LIN = "林雅婷 <lin.yating@ourteam.example.com>"          # writes traditional Chinese
LIN_T = "林雅婷 <lin.yating@ourteam.example.com>"
HO = "何俊豪 <ho.chunho@ourteam.example.com>"            # Hong Kong PM
KEVIN = "Kevin Tan <kevin.tan@ourteam.example.com>"      # Singapore account PM
MARCUS = "Marcus Lee <marcus.lee@ourteam.example.com>"   # senior PM, Singapore
PRIYA = "Priya Raman <priya.raman@ourteam.example.com>"  # PM, palm-oil traceability
DANIEL = "Daniel Wu <daniel.wu@ourteam.example.com>"     # PM, bank project, code-switches
JASON = "黄子轩 <huang.zixuan@ourteam.example.com>"       # PM, code-switches
GUO = "郭婉清 <guo.wanqing@ourteam.example.com>"          # delivery director
TANG = "唐浩 <tang.hao@ourteam.example.com>"             # PM, environmental monitoring
DENG = "邓凯 <deng.kai@ourteam.example.com>"             # account manager, environmental monitoring
MENG = "孟凡 <meng.fan@ourteam.example.com>"             # customer-success PM, farm IoT
SHEN = "沈一鸣 <shen.yiming@ourteam.example.com>"         # technical PM
QIAN = "钱伟 <qian.wei@ourteam.example.com>"             # IoT hardware lead
BAI = "白涛 <bai.tao@ourteam.example.com>"               # dev lead, "老白"
BAI_T = "白濤 <bai.tao@ourteam.example.com>"
LIU_Y = "刘洋 <liu.yang@ourteam.example.com>"            # QA
GOU = "苟志强 <gou.zhiqiang@ourteam.example.com>"         # test automation, "狗哥"
FARID = "Farid Ismail <farid.ismail@ourteam.example.com>"
SARAH = "Sarah Ong <sarah.ong@ourteam.example.com>"

# client A: wholesale market / traceability / farm cooperative / district environment bureau
WANG = "王建国 <wang.jianguo@client-a.example.cn>"        # GM of the wholesale market
LIU_F = "刘芳 <liu.fang@client-a.example.cn>"            # head of IT
SUN = "孙志强 <sun.zhiqiang@client-a.example.cn>"         # purchasing
HE = "何海 <he.hai@client-a.example.cn>"                 # market operations
ZHENG = "郑国栋 <zheng.guodong@client-a.example.cn>"      # monitoring section, environment bureau
ZHANG_T = "張振華 <zhang.zhenhua@client-a.example.cn>"    # section chief, environment bureau
YANG = "杨柳 <yang.liu@client-a.example.cn>"             # farm cooperative IT
# client B: palm-oil trader, Singapore / Malaysia
LIM = "Lim Boon Huat <boonhuat.lim@client-b.example.com>"
NURUL = "Nurul Aisyah <nurul.aisyah@client-b.example.com>"
RAJESH = "Rajesh Kumar <rajesh.kumar@client-b.example.com>"
MEILING = "Tan Mei Ling <meiling.tan@client-b.example.com>"
# bank C: agri supply-chain and green finance
CINDY = "蔡欣怡 <cai.xinyi@bank-c.example.cn>"
HAN = "韩立 <han.li@bank-c.example.cn>"
WU = "吴静 <wu.jing@bank-c.example.cn>"


def C(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, trad=False, **kw):
    case = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
                subject=subject, body=body.strip("\n") + "\n", quote=quote, trad=trad)
    if quote is not None:
        case["quote"] = quote.strip("\n")
        case["quote_from"] = quote_from or to[0]
    case.update(kw)
    return case


CASES = []
add = CASES.append

# ====================================================================== POSITIVES
# ---------------------------------------------------------------- backchannel (14 incl. one double)
add(C(["backchannel"], "zh", "internal mail mocking the market GM by a nickname (王大仙) and joking his family runs a dye shop",
      ZHOU, [BAI], "溯源码颜色(第五版)", """
老白:

王大仙今天下午又来电话了,溯源码底色要从绿色改回上上周那个“稍微偏蓝一点的绿”。我问他要具体色值,他说“你们专业的你们看着办,反正不是现在这个”。

这是这个月第五版了。我现在怀疑他们老板家里是不是开染坊的,一周不换个颜色浑身难受。

你那边先别动代码,等他哪天自己想明白了再说,反正下周一他大概率又改回来。

周磊
"""))

add(C(["backchannel"], "zh", "reply-all accident: PM answers a colleague and sneers that the client's IT head copies leaders' whims without thinking, while she is still in Cc",
      ZHAO, [LIU_Y], "Re: 溯源平台 V2.1 UAT 问题清单", """
洋洋,

辛苦啦~ 会可以拉,但我先说下我的判断:那 9 条基本都是刘主任那边开会时临时拍出来的,她们部门每次 UAT 都这样,看到啥加啥。扫码页显示天气这种,八成是哪个领导随口一提,她就原样抄过来了,自己压根没过脑子。

你先把这 9 条单独标黄,跟原需求能对上的照常排期,对不上的先挂着。明天上午十点拉会。

小满
""", cc=[LIU_F, BAI],
      quote="""
小满,UAT 问题清单整理好了,一共 23 条,其中 9 条是刘主任那边新提的,有几条跟原需求对不上,比如要求批次号支持中文、扫码页面要显示当天天气。要不要拉个会对一下?

刘洋
""", quote_from=LIU_Y, quote_style="gt_zh"))

add(C(["backchannel"], "en", "internal mail ridiculing the palm-oil client's MD (voice notes, 'herding a very rich cat')",
      KEVIN, [FARID], "Boss Lim voice notes - summary", """
Farid,

Quick one. Boss Lim has rediscovered WhatsApp voice notes. I got fourteen of them between 11pm and 1am. I listened to all of them so you don't have to:

- 3 are about the tank farm dashboard (he wants the numbers "bigger, like the SGX screen")
- 1 is about the EUDR report
- 10 are him thinking out loud, and in one of them he is very clearly eating mee goreng

Running a meeting with that man is like herding a very rich cat. He changes his mind faster than CPO futures move. I'll write up the three real asks tomorrow; please don't forward this anywhere near his PA.

Kevin
"""))

add(C(["backchannel"], "en", "forward with an internal aside calling the client's ops manager a serial false-alarm raiser; she is still in To (reply-all accident)",
      PRIYA, [NURUL, SARAH], "Re: URGENT - Tank 7 level not updating", """
Sarah - can you take this one? Third "very urgent" from Nurul this week. The last two times it was a gauge someone at the terminal switched off for cleaning and nobody told her. I'd bet a kopi it's the same story. She cries wolf, we jump, every single time; would be nice if she checked with her own terminal guys before waking us up.

Anyway, please check the gateway heartbeat for T7 and ping me.

P
""", quote="""
Hi Priya,

Tank 7 level has not updated since morning. This is very urgent, the surveyor is coming at 3pm. Pls check asap and revert.

Thanks,
Nurul
""", quote_from=NURUL, quote_style="gt"))

add(C(["backchannel"], "zh", "traditional Chinese: internal venting that the bureau's section chief cannot tell PM2.5 from PM10 yet directs the algorithm",
      LIN_T, [TANG], "張科長那邊的演算法調整", """
唐浩:

今天跟張科長開了兩個小時的會,結論是他要我們把 AQI 的計算方式「改得好看一點」。我解釋了半天國標的計算公式,他聽到一半就開始滑手機,最後說「你們技術的東西我不懂,總之下個月的數字要比上個月好」。

說真的,這位科長連 PM2.5 和 PM10 哪個顆粒比較細都搞不清楚,卻要親自指導我們改演算法,我也算是開了眼界。跟他講道理,大概比叫監測站自己長腳走路還難。

演算法當然不會動,我明天會發正式郵件說明國標要求。先跟你抱怨一下,心情好多了。

雅婷
""", trad=True))

add(C(["backchannel"], "zh", "traditional Chinese with Cantonese flavour: mocks the client's purchasing head and his four-page spec to a colleague",
      HO, [BAI_T], "孫生份需求文件", """
老白:

孫生今天終於交了份「冷鏈採購需求說明」,一共四頁:兩頁係抄我們上個月的報價單,一頁係佢們公司簡介,剩下那頁只寫了一句「要有大數據」。

我真係懷疑佢自己有冇睇過。每次開會都話「這些你們專業,你們決定」,決定完又話唔對。同佢傾偈好似對住一部收音機,淨係佢講,唔會聽。

總之你先唔使理份文件,我聽日打電話同佢逐項確認,確認完再開工。

Ho仔
""", trad=True))

add(C(["backchannel"], "zh", "one venting line (client's section head drops a site in the Indian Ocean, 'how do they survive') inside a long neutral internal weekly report",
      TANG, [BAI, LIU_Y, QIAN], "临江区监测平台 第45周内部周报", """
各位,

本周进展简单过一下:

1. 站点接入:12 个空气微站全部上线,11 号站信号偏弱,钱工周四去加装了外置天线,目前丢包率降到 0.3%。
2. 水质浮标:2 号浮标的浊度传感器读数漂移,已寄回厂家标定,预计下周三回来,期间用人工采样数据补录。
3. 平台功能:超标告警短信已联调通过;日报自动生成还差 PDF 版式,老白本周五前出第一版。
4. 数据质量:本周有效数据率 97.6%,低于 98% 的目标,主要是 11 号站和 2 号浮标拖了后腿。
5. 客户对接:郑主任今天第三次把新增点位的坐标发错,经纬度又填反了,有一个点直接落在了印度洋里。我是真想知道他们监测科平时是怎么混到现在的。已经让他重新核对。
6. 下周计划:完成日报 PDF;启动三季度数据复核;准备 11 月 20 日的阶段汇报材料。

风险:浮标返厂期间的数据缺口需要在汇报里说明,我来写。

唐浩
"""))

add(C(["backchannel"], "mixed", "code-switching internal mail mocking the bank's risk officer ('KPI is to reject us weekly', 'talking to an auto-reply')",
      DANIEL, [MA], "bank 那边 spec review 又被打回", """
马骁,

FYI,农险数据接口的 spec 第三次被 bank 打回来了。这次 reject 理由是“字段命名不够 professional”,就这一句,no details。

我现在基本确定 Cindy 的 KPI 就是每周 reject 我们一次,不 reject 她年底没东西可写 lol。上次她把 farm_id 改成 farmId 又改回 farm_id,我们陪她绕了一整圈。Honestly 跟她 review 文档就像在跟 auto-reply 对话。

我周四再约一次 call,这次让她逐条写 comment。你那边先别按新命名改。

Daniel
"""))

add(C(["backchannel"], "zh", "snide aside in an otherwise polite status mail to the client GM, mocking his warehouse staff for not telling a power cord from a network cable",
      CHEN, [WANG], "冷库温湿度传感器部署进展(11月第2周)", """
王总,您好!

向您汇报一下冷库温湿度传感器的部署进展:

- A 区 6 个冷库已全部安装完毕,数据已接入平台,近三天温度曲线稳定;
- B 区 4 个冷库完成了 3 个,剩下的 B-4 库因为库门改造,预计下周二安装;
- 网关供电方面,已和何经理确认由市场统一从配电箱引线。

中间有个小插曲:周三我们的工程师到场时,贵司仓库值班的同事把网关的电源线和网线插反了两次,还坚持说是我们的设备有毛病。当然,如果贵司仓库的同事能先分清哪根是电源线,咱们的进度应该还能再快一点 :)

下周我们会把 B 区收尾,并给您发一份完整的点位清单。

陈思远
""", cc=[HE]))

add(C(["backchannel"], "zh", "emoji-laden internal mail from a junior PM ridiculing the client's steering meeting as a beauty contest",
      ZHAO, [XU], "今天的“专班”会议", """
晴姐~

汇报一下今天的专班会议😇

三个小时,讨论了一件事:溯源查询页的 logo 放左上角还是正中间。何经理说正中间大气,刘主任说左上角规范,最后王总拍板“两个都放”🙃🙃

我坐在那儿真的在想,这帮人是不是一周不开个没营养的会就睡不着觉,咱们做的是溯源系统,他们当选美大赛在办💅 我的耐心值已经被他们薅成负数了😅

正事:查询页改版需求我明天整理成文档发你,工作量不大,半天。

小满
"""))

add(C(["backchannel"], "mixed", "'between us' aside to a colleague deriding the bank's innovation lab and saying they won't understand the content anyway",
      XU, [DANIEL], "Re: bank-c 创新实验室 PoC", """
Daniel,

下周 bank 的 PoC demo,between us 啊,他们那个所谓“创新实验室”就是三个人加一个 PPT 模板,上次 workshop 有人问了半小时“区块链能不能让猪长得快一点”。别指望他们会看 API doc,demo 做得越花哨越好,content 反正他们也看不懂。

Slides 我周三前给你,你负责 live demo 那段。

晴
"""))

add(C(["backchannel"], "zh", "internal gossip about the client's office politics, calling the purchasing head petty and half-competent",
      ZHOU, [CHEN], "批发市场那边的人事八卦,供参考", """
思远,

昨晚跟市场的老何喝了两杯,听到些内部消息,跟你同步一下:

信息部刘主任和采购部孙总一直不对付,这次交易系统招标本来是孙总主导的,后来被刘主任截了胡。孙总这人你也知道,心眼比针鼻还小,吃了亏一定要找回来,再加上他业务上半懂不懂,最爱挑别人文档里的错别字显摆自己。咱们以后给采购部的东西都多过一遍,别让他揪住什么小辫子跑去王总那儿告状。

另外老何说王总年底可能要调整分工,这个先听听就好。

周磊
"""))

add(C(["backchannel"], "mixed", "reply-all accident: polite English answer to the client's finance man, then a Chinese aside to a colleague mocking him, with the client still in To",
      DANIEL, [RAJESH], "Re: Invoice INV-2026-088 mismatch", """
Hi Rajesh,

Thanks for flagging. The USD 21,150 includes the second batch of tank sensors (PO-7731), which was invoiced together as agreed on the 28 Oct call. I'll send you a split version today so it's easier for your closing.

老白,你看,这位 Rajesh 又把两张 PO 当成一张了,第三次了 🤦 每到月底就来这一出,他们财务是不是只有一个人会开 Excel?你帮我把拆分版发票今天下午出一下。

Best,
Daniel
""", cc=[BAI],
      quote="""
Hi Daniel,

The amount in INV-2026-088 does not match our PO. Our PO says USD 18,400 but invoice is USD 21,150. Kindly check and revise asap, our month-end closing is on Friday.

Regards,
Rajesh Kumar
Finance
""", quote_from=RAJESH, quote_style="outlook"))

add(C(["persuade", "backchannel"], "zh", "pressures the cooperative to drop the 4G option (deadline threat) and, in the same mail to the client, belittles their equipment technician",
      MA, [YANG], "关于大棚物联网网关方案的最终确认", """
杨经理,您好:

关于大棚网关选型,我们已经来回讨论了三周,我就直说了:LoRa 方案是唯一靠谱的选择,4G 单点直连那套您就别再考虑了,换过去只会给自己找麻烦。这周五前请把 LoRa 方案的确认单签回来,否则设备排产要顺延到明年开春,耽误的是贵社一整季的数据。

至于设备科张师傅坚持 4G 的意见,我看就不用参考了。上次试点他把网关天线装在铁皮柜里面,信号全被屏蔽,还打电话说我们设备是坏的。这样的判断水平,您心里也有数。

确认单模板附后。

马骁
"""))

# ---------------------------------------------------------------- refusal (12 incl. two doubles)
add(C(["refusal"], "zh", "flat 'we won't do it' as item 4 of a long friendly numbered status mail, no buffer or alternative",
      CHEN, [LIU_F], "溯源平台本周进展 + 几个小事项", """
刘主任,下午好!

这周事情比较多,一起跟您同步一下:

1. 蔬菜区 42 家商户的溯源码已经全部打印发放,何经理那边帮了大忙,周二一上午就发完了,非常感谢。
2. 农残快检数据对接:检测室的仪器已经能自动上传结果,前天抽查了 30 条,和纸质记录一致。
3. 商户培训:周四下午的第二场来了 35 人,比第一场多了一倍,现场提问也很踊跃。还有没参加的商户,我们可以安排上门。
4. 您上周提的把散装水果也纳入扫码溯源,这个我们不做。
5. 月度报表模板已经按您的意见改了字体和表头,附件是新版,您看看还有没有要调整的。
6. 下周一我们的硬件同事会去补装两台扫码枪。

有任何问题随时电话我。祝周末愉快!

陈思远
"""))

add(C(["refusal"], "en", "curt one-line refusal of the client's language request",
      KEVIN, [NURUL], "Re: Bahasa Malaysia version of the mobile app", """
Nurul - not happening, sorry.

Kevin
""", quote="""
Hi Kevin,

Our terminal supervisors in Pasir Gudang are more comfortable in BM. Can the mobile app have a Bahasa Malaysia option? Even only for the main screens also can.

Thanks!
Nurul
""", quote_from=NURUL, quote_style="gt"))

add(C(["refusal"], "zh", "公文-style reply: request 'not within contract, we will not undertake it. 特此函复' with no review, alternative or escalation",
      TANG, [ZHENG], "关于增设噪声自动监测子系统事宜的复函", """
临江区生态环境分局监测科:

贵科来函收悉。经我司研究,现答复如下:

贵科所提增设噪声自动监测子系统一事,不属于双方所签《空气质量监测平台建设合同》约定的建设内容,我司不予承接。

特此函复。

临江区监测平台项目组
唐浩
2026年11月
""", quote="""
唐经理:

根据区领导要求,拟在现有空气质量监测平台基础上增设噪声自动监测子系统,覆盖 8 个敏感点位,请贵司于本月内完成部署。

特此函告。

临江区生态环境分局监测科
郑国栋
""", quote_from=ZHENG, quote_style="outlook_zh"))

add(C(["refusal"], "en", "'the product doesn't do that' policy refusal, 'we won't be adding it', no alternative",
      PRIYA, [MEILING], "Re: Raw GPS export for EUDR auditors", """
Hi Mei Ling,

On your question from this morning: the platform doesn't do raw GPS exports. Auditors get the plot polygons and the risk summary through the dashboard, and that is how the product is built. We won't be adding a raw export.

Regards,
Priya
"""))

add(C(["refusal"], "zh", "'不加' declared as the final answer, no buffer",
      ZHOU, [HE], "Re: 交易大屏加价格滚动条", """
何经理:

关于交易大厅大屏增加实时价格滚动条的要求,答复如下:不加。

这是最终答复,后续就不再单独讨论了。

周磊
""", quote="""
周经理:

交易大厅的大屏能不能加一条实时价格滚动条?商户们一直在问,王总也觉得有必要。

何海
""", quote_from=HE, quote_style="foxmail"))

add(C(["refusal"], "zh", "meeting minutes in which one numbered item flatly records '不做' for the client's request",
      XU, [WANG, LIU_F, HE], "11月6日项目例会纪要", """
各位领导好,

今天例会的纪要如下,如有遗漏请指正:

一、冷链模块
1. B 区冷库传感器下周二完成安装(责任人:我方钱工)。
2. 温度超限告警阈值按 -18℃/-15℃ 两级设置,市场运营部已确认。

二、溯源模块
3. 蔬菜区商户扫码率 87%,目标本月底 95%,市场方负责督促。
4. 农户端小程序离线录入功能:不做。
5. 批次号规则保持现状。

三、其他
6. 下次例会:11 月 13 日(周四)上午 9:30,市场三楼会议室。

许晴
""", cc=[CHEN]))

add(C(["refusal"], "mixed", "code-switching flat refusal of SSO integration ('不 support,也没有 plan'), no alternative",
      DANIEL, [WU], "Re: 统一认证对接", """
吴老师好,

SSO 对接贵行 AD 这个 item,我们这边不 support,也没有 plan 去做。平台就是独立账号体系。

Thanks,
Daniel
""", quote="""
Daniel 您好,

我行要求所有外部系统接入行内统一身份认证(SSO),供应链金融平台也需要,请安排对接。

吴静
""", quote_from=WU, quote_style="outlook_zh"))

add(C(["refusal"], "en", "formal but flat: 'we do not customise report layouts', no evaluation or alternative",
      PRIYA, [RAJESH], "Re: Month-end stock report in our format", """
Dear Rajesh,

Thank you for the template. The system produces one standard month-end report and that will remain the case; we do not customise report layouts per client. Please use the standard report for your auditors.

Kind regards,
Priya Raman
""", quote="""
Dear Priya,

Our auditors prefer the month-end stock report in our own Excel template (attached). Kindly arrange for the system to produce the report in this format from November onwards.

Thank you.
Rajesh
""", quote_from=RAJESH))

add(C(["refusal"], "zh", "traditional Chinese formal refusal '礙難照辦' with no reason, date or alternative",
      LIN_T, [ZHANG_T], "有關監測頻率調整事宜", """
張科長您好:

有關貴單位希望將各空氣微站之數據上傳頻率由每小時一次調整為每五分鐘一次一事,經本公司內部檢討,礙難照辦,敬請見諒。

耑此 敬頌
時祺

林雅婷 敬上
""", trad=True))

add(C(["refusal"], "zh", "refusal wrapped in a chatty friendly mail ('这个呢咱们就不弄了哈~')",
      XU, [WANG], "冷库门磁报警 & 周末愉快", """
王总好呀~

上周在市场吃的那碗羊肉汤到现在还惦记着,下次去还得蹭您一顿哈哈!

说正事:您说想把冷库门磁报警直接推到您个人微信上,这个呢咱们就不弄了哈~ 其他有啥需要您尽管吩咐!

对了,下周四的验收准备会我们会提前半小时到,把演示环境先调好。

祝周末愉快🍻

许晴
"""))

add(C(["refusal", "argue"], "zh", "one-word refusal ('不改。') followed by a lecture that the client signed the freeze himself and should reread the minutes",
      MA, [SUN], "Re: 称重数据字段再调整", """
孙总:

不改。

字段清单是 10 月 15 日需求冻结会上定的,您本人在确认单上签了字。自己签过的东西,现在又要推翻?麻烦您回去把会议纪要翻出来看一眼,再决定这封邮件要不要发。

马骁
""", quote="""
马经理,

称重数据里能不能再加一个“毛重/皮重”拆分字段?我们采购结算要用。

孙志强
""", quote_from=SUN, quote_style="gt_zh"))

add(C(["refusal", "ramble"], "en", "400+ words of chatter (dinner, durians, PSLE, F1 traffic) hiding a flat 'we're not doing that' on the vessel-tracking add-on",
      KEVIN, [LIM], "Catching up, and a few bits", """
Hi Mr Lim,

Good to see you last Thursday at the palm oil outlook dinner. The speaker with the slides on La Nina went on a bit, but I thought your question about freight rates out of Dumai was the best one of the night. Half the room was nodding. My table spent the whole dessert course arguing about whether prices will touch 4,500 ringgit before Chinese New Year, and nobody agreed on anything except that the mango pudding was excellent.

I finally took your advice and drove up to that durian farm in Bentong over the weekend. You were absolutely right: the Black Thorn there is on another level compared with what we get in Geylang. My wife refused to let me bring any back in the car, so I had to eat most of it on a plastic stool by the roadside, which in hindsight was the correct way to do it anyway. The farmer told me his yields are down this year because of the dry spell in August, and his nephew now flies a drone over the trees every morning. Everyone is going high-tech.

The kids are in the middle of exam season, so the house has been very quiet and very tense. My daughter gets her PSLE results soon and she has announced that if she does well she wants a dog, and if she doesn't do well she wants a dog to make her feel better. I suspect we are getting a dog.

By the way, the F1 weekend traffic around Marina Bay was terrible; I sat in a taxi for forty minutes to travel about two kilometres. The driver told me his whole life story, including his opinion of every minister since 1985. I now know more about his cousin's prawn farm in Lim Chu Kang than I ever expected to.

My wife and I also finally watched that documentary you mentioned about the old coffee roasters in Penang. It made me want to quit my job and roast beans in a shophouse, a dream that lasted until I found out what time they start work. We have been trying to copy their kopi-o at home with a sock filter ever since, and so far the results are drinkable only with a lot of condensed milk.

Oh, on the vessel-tracking add-on you asked about: we're not doing that.

On the tank farm side, Nurul's team has been great as always, and the new gauges at Pasir Gudang have settled in nicely. I'll leave the details for our monthly call.

Let me know when you're next in Singapore. I owe you dinner after the last time, and I'm told there's a new claypot place in Tiong Bahru that you'll either love or hate.

Best regards,
Kevin
""", cc=[NURUL]))

# ---------------------------------------------------------------- argue (5 single; 2 more in doubles)
add(C(["argue"], "zh", "rhetorical questions and blame to the client ('培训时都在场吧?','系统测没测过,不需要我再回答'), angry client in the quote",
      ZHOU, [HE], "Re: 称重数据和溯源记录对不上!!", """
何经理:

上周三的操作培训,贵司蔬菜区的管理员是不是都在场?操作手册第 12 页用红字写着:先扫批次码,再上秤。今天这 17 笔,全部是先称重后扫码,顺序反了,数据当然对不上。

至于系统测没测过,我想这个问题不需要我再回答了。麻烦贵司先把自己人的操作规范抓一抓,而不是每次一出问题就先怪到系统头上。

周磊
""", quote="""
周经理,

今天上午蔬菜区又有 17 笔交易的称重数据和溯源记录对不上,商户都跑来找我了!你们这个系统到底有没有测过?

何海
""", quote_from=HE, quote_style="foxmail"))

add(C(["argue"], "en", "passive-aggressive correction: 're-attached for the fourth time', names the client's admin as the cause, 'again. Again.'",
      MARCUS, [NURUL], "Re: Humidity alarm threshold WRONG again", """
Nurul,

As stated in the configuration guide we sent on 3 October (re-attached, for the fourth time now), the humidity threshold is a setting your own admins change under Settings > Alarms. There is nothing for "my team" to fix. It is set to 65% because that is what your admin typed in on 29 October; the audit log shows the user ID.

Happy to walk someone through the screen again. Again.

Marcus
""", quote="""
Marcus,

The humidity alarm for warehouse 3 keep triggering at 65%. We told you it should be 75%. Why your team never fix? Very frustrating.

Nurul
""", quote_from=NURUL, quote_style="outlook"))

add(C(["argue"], "zh", "sarcastic blame of the bureau ('先派个人看看采样泵是不是又被拔了去插电水壶'), 'I warned you last month'",
      TANG, [ZHENG], "Re: 5号站数据异常", """
郑主任:

您说 5 号站连续两天 PM10 为零,“平台肯定出问题了”。

我们远程查过了,平台收数正常,零是设备自己上传的。贵局要是真觉得数据不准,不妨先派个人去站房看一眼,那台采样泵的电源是不是又被打扫卫生的同事拔了去插电水壶——上个月就发生过一次,我当时就提醒过贵局给插座贴标识。平台只负责显示它收到的数据,采样泵没电,它也变不出数来。

唐浩
"""))

add(C(["argue"], "mixed", "'恕我直言' then blames the bank's test data, 'we warned you three times!!!', 'clean your input before discussing output, OK?'",
      JASON, [CINDY], "Re: 碳排放测算结果偏差", """
Cindy,

恕我直言,这不是我们 engine 的 bug。贵行给的测试数据里,存栏量单位一半是“头”一半是“百头”,我们在 10/20、10/27、11/3 三封邮件里都提醒过了!!! 数据源是错的,结果当然偏。

请先把 input 清理干净,再来讨论 output,OK?

Jason
""", quote="""
黄经理,

你们系统算出来的养殖场碳排放比我们手工算的高了 30%,请尽快给个解释。

Cindy
""", quote_from=CINDY, quote_style="gt_zh"))

add(C(["argue"], "zh", "director lectures the client on the contract clause and rhetorically asks 'what kind of logic is this', telling them to pay first",
      GUO, [SUN], "关于第二期款项", """
孙总:

贵司第二期款项已逾期 41 天。合同第 7.3 条写得清清楚楚:逾期超过 30 日,我方有权暂停运维服务。这一条当初是贵司法务逐字审过的,不存在“没注意到”的可能。

我不理解的是,贵司一边拖着款,一边还每周给我们发新需求,这是什么道理?请贵司先把自己的付款义务履行了,再谈别的。

郭婉清
交付总监
"""))

# ---------------------------------------------------------------- persuade (5 single; 2 more in doubles)
add(C(["persuade"], "zh", "pushes the cooperative to give up building its own sensors ('这条路您就别走了','没什么可犹豫的'), sign this week",
      MENG, [YANG], "关于自建传感器的想法", """
杨经理:

昨天电话里您提到合作社想自己采购传感器模块、让技术员自己组装,我回去想了想,还是要直说:这条路您就别走了。我们做过的二十几个合作社,凡是想自己攒设备的,最后都回到了我们的标准套件上,绕一圈多花半年。

您的想法我理解,但在这件事上真没什么可犹豫的。按我们的标准套件来,这周签了,下周就能发货,春耕前全部装完。报价单我再发您一遍,您确认一下就行。

孟凡
"""))

add(C(["persuade"], "en", "tells the trader to drop the blockchain idea, 'every trader ended up on our ledger', deadline pressure, paperwork ready for signature",
      MARCUS, [LIM], "Re: Blockchain for FFB traceability", """
Mr Lim,

With the greatest respect to your nephew: blockchain is the wrong tool for a company your size, and I'd strongly urge you to let it go. Every trader we work with in Johor and Riau started with the same idea, and every one of them ended up on our standard ledger, because that is what the EU auditors actually accept.

There isn't really a second option worth discussing. If you confirm the standard ledger by Friday, we hold the November slot; if not, the next slot is February and your first EUDR shipment goes out without a traceability report. I'll have the paperwork ready for your signature.

Best regards,
Marcus
""", quote="""
Marcus,

My nephew say must use blockchain for traceability, otherwise the EU buyers won't trust. Can we add or not?

Lim
""", quote_from=LIM, quote_style="gt"))

add(C(["persuade"], "zh", "pressure via our chairman's authority and a veiled threat about budget overruns if the bureau keeps its preferred option",
      DENG, [ZHENG], "关于二期站点选型(方案A/B)", """
郑主任,您好:

关于二期站点的选型,我们公司董事长亲自过问了,他的意见很明确:按方案 B(微站 + 移动走航)执行。

方案 A 坚持每个街道建一座标准站,坦白讲已经不是现在的主流做法了。贵局如果还坚持方案 A,后面的预算超支、工期延误,我们这边就不好承担了,到时候上级问起来,恐怕也不好解释。建议贵局内部先统一意见,下周二之前按方案 B 回个确认函。

邓凯
"""))

add(C(["persuade"], "mixed", "code-switching pressure on the bank to stop discussing its own data lake ('not realistic','唯一 make sense 的路'), slides pre-written for them",
      DANIEL, [CINDY], "Re: 自建 data lake vs 我们的 SaaS", """
Cindy,

说真的,你们自建 data lake 这个 idea,not realistic。你们 IT 一共 4 个人,光是把养殖场的 IoT 数据接进来就要半年。我们的 SaaS 是现在唯一 make sense 的路线,下周 steering committee 之前,建议你们内部就别再花时间讨论自建了,直接按我们的方案报上去,大家都省事。

Slides 我已经帮你们准备好了,直接拿去用就行。

Daniel
"""))

add(C(["persuade"], "en", "deadline and board-pressure to sign the SOW unchanged; 'there's no real decision to make', dismisses the client's scope trim",
      PRIYA, [MEILING], "Phase 2 SOW - need your signature this week", """
Hi Mei Ling,

I'll be blunt because we're short on time. If the Phase 2 SOW isn't signed by Thursday, we miss the replanting-season survey window and you lose a full year of plot data. I know your team wants to trim the drone-survey scope, but honestly there's no real decision to make here: trimming it leaves you exposed on EUDR, and your board will ask why.

Please sign the SOW as it stands. We can talk about the nice-to-haves later.

Priya
"""))

add(C(["argue", "persuade"], "zh", "'不想再争了', calls the client's option a decade-old idea and 'playing with your own money', demands '同意方案一' today",
      ZHOU, [WANG], "电子秤直连方案,请直接确认", """
王总:

这个问题我不想再来回争了。电子秤直连是唯一正确的做法,手工录入那一套是十几年前的老思路,早就该淘汰了。利弊我们已经讲了三遍,贵司还在犹豫,说实话我不太理解。

再坚持手工录入,就是拿贵司自己的钱和商户的信任开玩笑。请您今天直接回复“同意方案一”,我们明天就进场。

周磊
"""))

# ---------------------------------------------------------------- ramble (3 single; 1 more in a double)
add(C(["ramble"], "zh", "~700 characters about a vegetable expo, food, a child and the weather, burying one request for the power drawings by Tuesday",
      XU, [WANG], "寿光回来啦~ 顺便说个小事", """
王总,您好呀!

上周我请了两天假,去寿光看了一趟菜博会,真是开了眼界。一进一号馆,整面墙都是用南瓜、彩椒和紫甘蓝拼出来的大熊猫,旁边还有一棵据说一年能结一万多个果子的番茄树,我在树底下站了十分钟,愣是没数清楚上面挂了多少个。同去的闺蜜是学园林的,一路都在跟我讲无土栽培和水肥一体化,我听得半懂不懂,只记住了一句“根要透气”。

中午在展馆对面吃了一家老字号的朝天锅,锅里是猪下水,配着薄饼和大葱,老板说这种吃法从清朝就有了。我一个南方人,第一口还有点犹豫,第二口就停不下来了,最后连汤都喝光了。晚上回酒店,顺路买了两箱羊角蜜,回来分给办公室的同事,大家都说比超市卖的甜多了。

回来的高铁上,邻座是一位在寿光种了二十年大棚的老大哥,他给我看手机里自家大棚的照片,说现在年轻人都不愿意回村里种菜了,他儿子在省城学设计,过年回来连黄瓜苗和西葫芦苗都分不清。我们俩一路从种子价格聊到孙子上幼儿园,四个小时一晃就过去了,下车时他还硬塞给我一袋自家种的小番茄。

说到这儿想起来,您上次提到市场想引进几家寿光的精品蔬菜档口,我在展会上加了几个合作社的微信,回头推给何经理,看看有没有合适的。

另外我家小朋友最近迷上了恐龙,周末非要去自然博物馆,看了一上午的霸王龙骨架,回来就宣布长大要当古生物学家,前几天还说要当宇航员。我老公说他这个月的理想已经换了三次,比咱们交易大厅的菜价还会变,哈哈。

天气也是说变就变,寿光那两天还穿短袖,一回来就降温十几度,我这两天嗓子都有点哑,您和市场的同事们也注意添衣服,交易大厅凌晨那会儿是真冷。

对了,顺便提一句:请贵司在下周二之前把二期冷库的配电图纸发给我们,钱工要据此确定网关的取电位置。

最近市场门口新开的那家咖啡店您去过没?听何经理说他们的拿铁用的是本地牧场的鲜奶,下次去市场我一定要试试,到时候给您也带一杯。

祝您周末愉快!

许晴
"""))

add(C(["ramble"], "zh", "~650 characters about fishing, tea, an old car and football, with one buried request for the meter account number by Friday",
      DENG, [ZHENG], "郑主任,周末钓鱼的事 + 一个小请求", """
郑主任,您好!

上周六承蒙您带我去青龙水库钓鱼,到现在还意犹未尽。那天清早的雾真美,水面上白茫茫一片,远处的山头只露出一个尖,我拍了好几张照片发到朋友圈,被同事们点赞了一整天。虽然我一上午只钓上来两条巴掌大的鲫鱼,还被您笑话“鱼都认生”,但坐在水边吹着风,什么烦心事都忘了。您教我的那个调漂的方法,我回家又在网上看了好几个视频,下次争取破个纪录。

您送的那包白茶我也尝了,第一泡有股淡淡的花香,泡到第三泡甜味就出来了,我爱人说比我平时喝的那些茶叶末子强一百倍。她问我在哪儿买的,我说是领导家乡的茶,外面买不到,她就不让我拿到办公室去了,哈哈。

说起来,我那辆开了十二年的老捷达这周终于趴窝了,在绕城高速上水温报警,叫了拖车才弄回去。修车师傅说水泵坏了,顺带把皮带也换了,花了我小两千。家里人劝我换辆电车,我还舍不得,毕竟它陪我跑了那么多监测站,有感情了。

还有,周三晚上的国足比赛您看了吗?上半场踢得还挺像样,下半场又是老样子,我在家气得把遥控器都扔了。我儿子在旁边说“爸爸你还不如去钓鱼”,想想也对。

前天我还去了小区老年合唱团的排练,别误会,是陪我岳母去的。她们在准备元旦晚会,二十多位阿姨嗓门一个比一个亮,指挥老师是退休的音乐教师,要求特别严格,一个音不准就从头再来。我在后排坐了两个小时,听得自己都会唱了,岳母说明年让我也报名,我赶紧找借口溜了。

另外听说您女儿今年考上了研究生,真替您高兴!我当年考研考了两次才上岸,现在想起来还心有余悸。

对了,有个小事麻烦您:3 号站的电表户号请您周五前帮忙提供一下,我们要办电力增容的手续。

下次钓鱼我来准备鱼饵,听说水库东边那个湾子最近出大鲤鱼,您有空咱们再约!

邓凯
"""))

add(C(["ramble"], "en", "~480 words about Deepavali, murukku, a banana-leaf restaurant, a half marathon and the weather, burying one request for the signed UAT form",
      PRIYA, [RAJESH], "Happy Deepavali + catching up", """
Dear Rajesh,

Happy belated Deepavali to you and your family! I hope you managed to get back to Ipoh for the long weekend. We stayed in Singapore this year and my mother decided, at the age of seventy-one, that she would make murukku from scratch for every single neighbour on our floor. That meant four evenings of my kitchen smelling like a hawker centre and me burning my fingers on the murukku press while she supervised from a stool and told me I was doing it wrong. I have new respect for anyone who does this for a living. The neighbours were delighted, though, and the auntie next door sent back a tray of pineapple tarts, so I think we came out ahead.

Speaking of food, I finally tried the banana leaf place you recommended near Little India. You were right about the fish head curry; I went back twice in the same week, which my colleagues found very funny because I kept coming back to the office smelling of curry leaves. The rasam was so good that I tried to make it at home on Sunday. Let's just say it tasted like hot tomato water and leave it there.

I am also officially registered for the half marathon in December, which I now deeply regret. I've been running along East Coast Park at 6am three times a week, and the only things I've learned are that the cyclists there have no mercy and that the sunrise is very pretty when you are too tired to enjoy it. My goal is to finish under two and a half hours and not be overtaken by the man who runs dressed as a durian. He beat me last year. It still hurts.

My son has started secondary school and discovered that he likes chess, which is lovely, except that he now wants to play every night after dinner and he has started to win. I'm told this is what parenting feels like.

Oh, before I forget: could you please send us the signed UAT sign-off form by the 20th, so we can close the phase-one milestone this month?

The weather here has been strange, bright sunshine in the morning and then a storm at exactly 4pm every day, which is of course when I need to leave for school pick-up. I've lost two umbrellas this month already. How has it been in KL? I saw on the news that the haze might come back next month; I hope not.

Anyway, do let me know if you're in Singapore in December. I owe you a teh tarik at the very least.

Warm regards,
Priya
"""))

# ====================================================================== HARD NEGATIVES
# ---------------------------------------------------------------- backchannel-like (14)
add(C([], "zh", "hard negative: constructive internal discussion of the client GM's worry about alarm fatigue, plan to meet him in person",
      CHEN, [ZHOU, QIAN], "王总对冷库告警的顾虑", """
周磊、钱工:

这两天王总连着打了两次电话,主要是担心冷库告警太频繁,商户们“狼来了”听多了就不当回事。我觉得他的顾虑有道理:上周 B 区一晚上推了 40 多条告警,其中大半是开门装货引起的瞬时升温。

我的想法:
1. 钱工评估一下加 5 分钟延时判定,开门装卸的瞬时波动不报;
2. 周磊整理一份过去两周的告警明细,区分真实超温和开门波动;
3. 周四上午我们三个一起去市场,当面跟王总过一遍数据和调整方案,听听他的意见再定。

大家看看有没有补充。

思远
"""))

add(C([], "en", "hard negative: internal praise of the client's ops team; adopts their check into our QA",
      KEVIN, [FARID], "Credit where due - Nurul's team", """
Farid,

Just want to put this on record before the monthly review: Nurul's ops team caught the calibration offset on tanks 4 and 9 two days before our own QA did. They cross-checked against the ullage reports by hand, on a Sunday. That's the kind of client you want on a traceability project.

Let's mention it in the steering deck and thank her properly on Thursday's call. Also, please add their manual cross-check as a step in our own QA checklist; it's better than what we had.

Kevin
"""))

add(C([], "zh", "hard negative: PM takes the blame for an outage, harsh words ('猪脑子') aimed only at himself, apologises to the client in person",
      ZHOU, [BAI, LIU_Y], "周一交易大屏宕机复盘——责任在我", """
各位:

周一早上 5 点交易高峰,大屏宕机 40 分钟。先把话说在前面:这个锅是我的。

上线前老白提过要做一轮并发压测,是我嫌时间紧拍板砍掉了,赌高峰期交易量不会超过测试环境的水平,结果那天蒜薹集中上市,峰值是平时的三倍。我当时那个判断,现在回头看就是猪脑子。

后续安排:
1. 老白本周内补做压测,按平时 5 倍峰值来;
2. 刘洋把高峰时段的监控告警阈值调低;
3. 我今天下午去市场当面跟何经理道歉,说明原因和整改计划。

以后凡是上线前测试的裁剪,必须三个人以上同意。

周磊
""", cc=[GUO]))

add(C([], "zh", "hard negative: venting about the VPN, traffic and hail; the client is described as considerate",
      DENG, [TANG], "今天的会改到明天了", """
唐浩:

今天真是水逆。公司这破 VPN 一上午断了八次,远程看 5 号站日志看得我想砸电脑;下午去分局的路上,绕城高速又堵了两个小时,外面还下着冰雹,雨刷都快罢工了。

等我赶到已经快五点了。郑主任很体谅,主动说改到明天上午十点再开,还让同事给我倒了杯热茶。

明天要过的内容不变:二期点位清单、浮标返厂期间的数据补录方案。材料我今晚再顺一遍,你明早九点半在分局门口等我。

邓凯
"""))

add(C([], "en", "hard negative: the client's angry Singlish ('rubbish lah', 'can or not???') only in the quote; PM apologises with causes, dates and a credit",
      MARCUS, [LIM], "Re: Dashboard down AGAIN", """
Dear Mr Lim,

I'm sorry. Three outages in a month is not acceptable, and I understand why your traders are frustrated.

What happened today: the certificate on the dashboard server expired at 07:12 and our renewal job failed silently. We restored access at 09:40. The other two outages this month had different causes, which makes it worse, not better.

What we are doing:
- by tomorrow 6pm: a standby server, so a single failure no longer takes the dashboard offline;
- by Friday: a written incident report covering all three outages, with the fixes;
- this month's service fee for the dashboard will be credited.

I'll call you at 10am tomorrow to walk through it. If another time suits you better, Nurul can let me know.

Marcus
""", cc=[NURUL], quote="""
Marcus,

This dashboard is rubbish lah. Third time this month cannot open. I pay so much for what? My traders cannot see the tank stock, how to do business? Can fix by tomorrow or not??? Very disappointed.

Lim
""", quote_from=LIM, quote_style="outlook"))

add(C([], "zh", "hard negative: a colleague nicknamed 狗哥 (internal banter, nothing about the client)",
      ZHAO, [GOU], "狗哥,今晚的回归测试拜托了", """
狗哥:

今晚能不能帮忙把溯源平台 2.1 的回归跑完?刘洋明天一早要把测试报告发给刘主任那边。

重点是这几块:批次码生成、扫码查询页、农残检测结果展示。上次你写的那套自动化脚本太香了,跑一遍半小时,我们手点得两天。

明早请你喝咖啡☕,说到做到。

小满
""", cc=[LIU_Y]))

add(C([], "zh", "hard negative, traditional Chinese: internal reading of the section chief's harsh tone as deadline pressure, with an apology and a visit planned",
      LIN_T, [TANG], "張科長上週會議的反應", """
唐浩:

上週例會張科長的口氣比較重,會後我想了一下,不覺得是針對我們個人。他們局長下個月要向市裡報季度空氣品質,張科長壓力很大,而我們的季報草稿晚了兩天才給他,他會急是正常的。

我建議:
一、季報從下季度起提前五個工作日交初稿;
二、這週我先打電話給張科長,把延遲原因講清楚並道歉;
三、週五當面拜訪一次,帶上季報的數據說明,聽聽他還需要哪些資料。

你看這樣安排可以嗎?

雅婷
""", trad=True))

add(C([], "mixed", "hard negative: internal note with the bank's risk officer deliberately in Cc, calling her concern fair and owning the gap",
      DANIEL, [MA], "Re: 风控模型字段说明", """
马骁,

Cindy 这个 concern 完全合理,我把她 cc 上了,方便大家在同一个 thread 里 align。我们的字段文档确实只写了含义,没写 source 和 frequency,这是我们的疏漏。

Action:
- 你今天把“土壤墒情”等 12 个 IoT 字段补上采集设备、频率、缺失值处理规则;
- 周三前发给 Cindy review;
- 如果她那边还需要原始样本,我们准备一周的样本数据。

Cindy,还有其他字段需要补充的话直接在这里提,谢谢!

Daniel
""", cc=[CINDY], quote="""
Daniel,

模型输入里“土壤墒情”这个字段,你们的文档没有说明采集频率和来源,风控这边没法评估数据可信度。

Cindy
""", quote_from=CINDY, quote_style="gt_zh"))

add(C([], "en", "hard negative: a colleague's complaint ('being impossible', 'losing my mind') only in the quote; PM answers it with the client's perspective",
      PRIYA, [SARAH], "Re: Rajesh and the invoice format", """
Sarah,

I get it, it's the fourth round. But look at it from his side: their auditors flagged two invoices last quarter that they couldn't match to POs, and Rajesh took the blame internally. Bold PO numbers in two places is cheap insurance for him.

Let's just do it, and while we're at it, ask him for the complete list of what his auditors check, so we fix the template once instead of four more times. Happy to make that call myself if you'd rather.

Priya
""", quote="""
Priya, Rajesh is being impossible about the invoice format again. Now he wants the PO number in the header AND the footer, in bold. I'm losing my mind with this guy.

Sarah
""", quote_from=SARAH, quote_style="gt"))

add(C([], "zh", "hard negative: colleague banter, 服了/666 as praise, 醉了/我这脑子 aimed at oneself",
      MA, [BAI, QIAN], "服了,网关固件三小时刷完", """
老白、钱工:

服了服了,120 个大棚网关的固件三个小时就刷完了,我原本排了两天。666,这波真给力。

我这边就醉了:给合作社杨经理发的验收清单,附件发成了上个项目的,人家回邮件提醒我才发现。我这脑子……已经重新发过并道了歉。

明天上午把刷机记录整理一下,下午我带去合作社做验收。

马骁
"""))

add(C([], "zh", "hard negative: forwards the client's blunt criticism ('摆设', only in the quote) and agrees she is right, plans a fix and a face-to-face report",
      CHEN, [BAI], "Fw: 关于溯源码防伪的问题", """
老白:

转给你看一下。刘主任的话说得不客气,但她说得一点没错:现在的码是静态的,截图一复制就能通过验证,防伪这一层确实形同虚设,是我们设计时考虑不周。

请你这周评估两个方向:
1. 一物一码 + 扫码后提示“已被查询 N 次”;
2. 动态码(带时间戳签名)。

周五前给我一个工作量和对商户操作影响的评估,下周一我跟刘主任当面汇报。

思远
""", quote="""
陈经理:

我们市场监管科的同事试了一下,你们的溯源码截图之后用别的手机扫,照样显示“正品”。这样的防伪有什么意义?说白了就是个摆设。

刘芳
""", quote_from=LIU_F, quote_style="foxmail"))

add(C([], "en", "hard negative: internal note relaying the client's sharp remark ('school project') and conceding he is right on the specifics",
      MARCUS, [KEVIN, SARAH], "Mr Lim's feedback on the dashboard", """
Kevin, Sarah,

Mr Lim told me on the phone today that our dashboard "looks like a school project". It stung, but after sitting with it for an hour I think he isn't wrong on the specifics: our colour coding is the reverse of what his traders see on their market terminals, the font is tiny on the trading-floor TVs, and the tank numbers aren't rounded to metric tonnes the way the industry quotes them.

Proposal: Sarah drafts a revised colour scheme and font sizes by Wednesday, Kevin checks with Nurul how they want tonnage displayed, and I take the mock-up to Mr Lim in person next Monday.

Marcus
"""))

add(C([], "zh", "hard negative: praise of a client-side manager to our leads ('不可能' used in praise), proposes a thank-you letter",
      XU, [CHEN, ZHOU], "表扬一下何经理", """
两位领导:

这次溯源标签集中张贴,必须表扬一下市场的何经理。凌晨四点他就到了交易大厅,陪着我们一家一家商户地解释扫码流程,有几位老摊主不会用智能手机,他就蹲在摊位边一步一步教。没有他,覆盖率不可能三天内从 40% 冲到 87%。

我想在下周例会上当面感谢他,也建议我们给市场发一封正式感谢信,抄送王总。两位看看是否合适?

许晴
"""))

add(C([], "mixed", "hard negative: internal code-switching note reading the client MD's frustration as EUDR deadline pressure, proposing a weekly call and a visit",
      JASON, [KEVIN, MARCUS], "Boss Lim 今天的电话", """
Kevin, Marcus,

Boss Lim 今天电话里情绪比较大,但我听下来不是针对我们个人,主要是 EUDR 的 deadline 压力:他们第一船货 12 月底要去鹿特丹,buyer 那边天天催 due diligence statement。

我的建议:
1. 从这周开始,每周二固定一个 30 分钟的 call,给他看 plot mapping 的进度;
2. 把“哪些 mill 已经 mapped、哪些还缺 polygon”做成一页纸,他可以直接转给 buyer;
3. Marcus 你这周能不能亲自去一趟新加坡见他?当面聊比邮件效果好很多。

Let me know what you think.

Jason
"""))

# ---------------------------------------------------------------- refusal-like (14)
add(C([], "zh", "hard negative: bureaucratic 本期暂不实施 but with change request CR-2026-017, a review date and an interim workaround",
      TANG, [ZHENG], "关于增设噪声监测模块的答复", """
郑主任,您好:

关于贵科提出在平台中增设噪声自动监测模块一事,答复如下:

1. 该模块涉及新增 8 个点位的硬件采购和安装,超出本期合同范围,本期暂不实施;
2. 我们已将其登记为变更申请 CR-2026-017,11 月 18 日提交双方变更评审会,评估工期与费用;
3. 评审之前,如区领导急需噪声数据,我们可以先在平台上开一个手工导入入口,把贵科现有的人工监测数据录进来统一展示,本周内即可上线。

评审结论出来后我第一时间向您汇报。

唐浩
"""))

add(C([], "en", "hard negative: 'won't make the December release' with an interim partial delivery date, a CR number for the rest and an invitation to review",
      KEVIN, [NURUL], "Re: Bahasa Malaysia version of the mobile app", """
Hi Nurul,

Thanks for passing this on. A full Bahasa Malaysia version won't make it into the December release; the translation and testing take longer than the time we have left.

What we can do:
- by 28 November, the four screens your supervisors use every day (tank list, gauge entry, discrepancy report, handover) in BM, behind a language toggle;
- the rest of the app in BM in the February release, logged as change request CR-114.

Could you ask one of the supervisors to review the translated terms with us next week? Terminal jargon is where translations usually go wrong.

Kevin
""", quote="""
Hi Kevin, can we get the app in Bahasa? The supervisors at the Pasir Gudang terminal keep asking.

Thanks,
Nurul
""", quote_from=NURUL, quote_style="outlook"))

add(C([], "zh", "hard negative: a fee-cut request beyond the PM's authority is escalated to the delivery director (in Cc) with a callback time",
      ZHAO, [SUN], "Re: 运维费用能否减半", """
孙总,您好:

您的情况我理解。运维费用的调整超出了我的权限,我已经把您的诉求和市场今年的经营情况整理好,转给了我们的交付总监郭婉清(已抄送),她明天下午三点前会直接给您回电,一起商量一个可行的办法。

在这之前运维服务照常,不受任何影响。

赵小满
""", cc=[GUO], quote="""
小赵,

明年的运维费能不能减半?市场今年效益一般,你们也理解一下。

孙志强
""", quote_from=SUN, quote_style="outlook_zh"))

add(C([], "zh", "hard negative: honest 'not confident about the full date' with two concrete options and the choice left to the client",
      CHEN, [WANG], "关于12月1日上线时间的两个方案", """
王总,您好:

关于 12 月 1 日全量上线,我们评估后坦白跟您说:称重、溯源、报表三个模块全部按期上线,质量上我们没有把握,主要是报表模块的性能测试还没跑完。

我们准备了两个方案,供您选择:

方案一:整体推迟一周,12 月 8 日全量上线。好处是一次到位,商户只需培训一次;缺点是错过 12 月第一周的年货备货期。

方案二:12 月 1 日按期上线称重和溯源两个核心模块,报表模块 12 月 15 日第二批上线。好处是赶上备货期;缺点是前两周的月报需要手工出,这部分由我们的人承担。

两个方案我们都能执行到位,您和刘主任商量后告诉我们即可,本周五之前回复都来得及。

陈思远
""", cc=[LIU_F]))

add(C([], "zh", "hard negative: 没有/不可能 used for facts (no outages, no alarms; a double failure is almost impossible)",
      DENG, [ZHENG], "临江区监测平台 国庆假期运行情况", """
郑主任,您好:

国庆假期七天平台运行情况汇报如下:

- 12 个空气微站、3 个水质浮标全程在线,没有出现任何断点;
- 没有触发超标告警,也没有发现异常跳变值;
- 数据有效率 99.4%,唯一的缺口是 10 月 3 日凌晨 7 号站例行自校准的 15 分钟;
- 假期值班同事每天两次远程巡检,记录附后。

另外,您之前担心假期无人值守会漏报,这次我们加了双通道短信告警,两家运营商同时失联的情况几乎不可能发生,请您放心。

邓凯
"""))

add(C([], "zh", "hard negative: 拒绝连接 / Connection refused as a log message; PM takes responsibility for an expired certificate",
      MA, [YANG], "大棚网关昨晚离线原因说明", """
杨经理,您好:

昨晚 22:10 到今早 06:30,合作社 3 号片区的 18 个大棚网关离线,原因已经查清,跟您汇报:

网关日志里反复出现“拒绝连接”(Connection refused),原因是我们云端 MQTT 服务的 TLS 证书昨晚到期,自动续期任务没有执行成功,网关握手失败。责任在我们,和合作社的网络、电源都没有关系。

今早 06:30 已更换证书,18 个网关全部恢复。离线期间的数据在网关本地有缓存,已经补传完毕,没有丢数。

我们已经给证书续期加了提前 30 天的告警,避免再次发生。

马骁
"""))

add(C([], "zh", "hard negative: '这并不是做不了' with two open questions and a dated evaluation",
      MENG, [LIU_F], "Re: 溯源查询页增加商户评价功能", """
刘主任,您好:

关于您提出的在溯源查询页增加“商户评价”功能,先说明一下:这并不是做不了,只是有两件事需要先确认——

1. 评价内容的审核责任归属(差评、不实评价由谁处理),这需要贵司法务的意见;
2. 是否要求实名,这关系到要不要对接短信验证服务。

这两点确认后,我们出一份工作量评估。我下周三(11 月 12 日)前把评估初稿发您,方便您在月度例会上讨论。

孟凡
""", quote="""
孟经理:

消费者扫码查溯源的时候,能不能顺便给商户打个分、写两句评价?市场想借此管管那些缺斤短两的摊位。

刘芳
""", quote_from=LIU_F, quote_style="gt_zh"))

add(C([], "mixed", "hard negative: 'not able to include in v2.3' but logged as a ticket with an evaluation date and a workaround",
      JASON, [WU], "Re: 贷款审批页面增加批量导出", """
吴老师好,

这个 request 我们 v2.3 里确实 not able to include 了,v2.3 下周就 code freeze。但我已经 log 成 JIRA AGRI-412,下周一 sprint planning 评估,最晚周二给您答复能排进哪个版本。

在这之前,信贷员可以先用“审批记录”页右上角的“导出当前页”按钮,一次导 50 条,能先解决一部分手工复制的问题。操作截图附后。

Jason
""", quote="""
黄经理,

审批页面能否增加批量导出到 Excel 的功能?信贷员每天都要手工复制,很不方便。

吴静
""", quote_from=WU, quote_style="foxmail"))

add(C([], "en", "hard negative: 'the honest answer is no' for one date, followed by two committed dates and an offer to join the buyer call",
      PRIYA, [MEILING], "Re: Mill mapping for all 46 mills by 1 Dec?", """
Hi Mei Ling,

I'm afraid the honest answer for all 46 mills by 1 December is no: 19 of them haven't shared plot coordinates yet, and field verification takes us about a week per cluster.

Two dates I can commit to:
- 1 December: the 27 mills that have already sent data, fully mapped and verified (about 78% of your November volume);
- 22 December: the remaining 19, provided their coordinates reach us by 5 December.

If it would help with the buyer, I can join your call with them and explain the timeline. Let me know which works.

Priya
""", quote="""
Priya, our buyer needs the polygon mapping for all 46 supplying mills by 1 December. Can confirm?

Mei Ling
""", quote_from=MEILING, quote_style="gt"))

add(C([], "zh", "hard negative, traditional Chinese: '不是不做' with the impacts, a vendor evaluation by a date and an interim alternative",
      LIN_T, [ZHANG_T], "有關監測頻率調整事宜(回覆)", """
張科長您好:

關於上傳頻率改為每五分鐘一次,我們不是不做,而是需要先跟您報告兩個影響:

一、微站目前使用電池加太陽能供電,上傳頻率提高十二倍後,冬季陰天可能撐不過三天;
二、流量費用每月約增加一千二百元。

我們已請硬體廠商評估換裝大容量電池的方案與費用,下週三(十一月十二日)前回覆您。在此之前,我們可以先把平台首頁改為每五分鐘自動刷新,並把最近一小時的趨勢圖放大,方便領導查看。

林雅婷 敬上
""", trad=True, quote="""
林經理:

請將所有微站上傳頻率改為每五分鐘一次,以便領導隨時查看。

張振華
""", quote_from=ZHANG_T, quote_style="foxmail"))

add(C([], "en", "hard negative: 'a hard no from the manufacturer' followed by two priced options and 'your call'",
      MARCUS, [NURUL], "5-minute readings on the battery tank sensors", """
Hi Nurul,

On 5-minute readings: for the battery-powered radar sensors on tanks 1-12, that's a hard no from the manufacturer. The battery would last about seven weeks instead of three years, and every replacement needs a hot-work permit on the tank roof.

Two ways forward, your call:
1. keep the battery sensors at 30 minutes and add 5-minute readings only on the four tanks you load most often, by running mains power to them (quote attached: SGD 3,800, two days on site);
2. keep everything at 30 minutes and add an on-demand "read now" button for the surveyors, which we can do at no cost in the next release.

Happy to go through either option with your terminal engineer.

Marcus
"""))

add(C([], "zh", "hard negative: 不行 / 不可能 in another sense (link fallback plan; a sensor survived what seemed impossible)",
      QIAN, [YANG], "周三联调安排", """
杨经理,您好:

周三上午的联调安排如下:

9:00 我们到合作社机房,先测 LoRa 主链路;
10:30 如果主链路信号还是不行,就当场切到 4G 备份链路,保证下午的演示不受影响;
14:00 给合作社技术员做一次交接培训。

上次 12 号大棚在暴雨里泡了一整夜,传感器居然一个没坏,当时大家都觉得不可能。这次联调也请张师傅一起来看看我们的防水做法,以后检修用得上。

钱伟
"""))

add(C([], "zh", "hard negative: declines the client's dinner invitation ('不能接受客户宴请', company rule) warmly and invites them to a celebration instead",
      CHEN, [WANG], "Re: 周六请大家吃饭", """
王总,您好:

谢谢您的好意,团队的同事听说后都很感动。不过按我们公司的规定,项目期间不能接受客户的宴请,还请您多包涵,绝不是见外。

您的心意我们领了。等 12 月验收通过,我们在公司办一场小小的庆功会,诚邀您和何经理、刘主任一起来,到时候我们做东。

陈思远
""", quote="""
陈经理,

这段时间你们团队辛苦了,周六晚上我在市场对面的渔港订了一桌,大家一定要来!

王建国
""", quote_from=WANG, quote_style="gt_zh"))

add(C([], "mixed", "hard negative: 'must' as an operating instruction (the gateway must be restarted) and a free recalibration, fault admitted",
      JASON, [HAN], "田间传感器校准 - 下周安排", """
韩总,您好,

关于贵行绿色信贷项目里那批土壤传感器的读数偏差,结论如下:

1. 是传感器出厂 calibration 批次的问题,和贵行的使用方式无关,这次 recalibration 上门服务不收任何费用;
2. 校准完成后,网关必须重启一次才能加载新参数:请现场同事长按 reset 键 10 秒,指示灯变绿即可;
3. 时间安排在下周二、周三两天,覆盖 6 个示范农场。

有问题随时找我。

Jason
"""))

# ---------------------------------------------------------------- other hard negatives (12)
add(C([], "zh", "hard negative: long but focused root-cause analysis (~700 characters) of a cold-room data gap",
      SHEN, [WANG, HE], "B区冷库温度数据中断(11月3日)根因分析", """
王总、何经理:

11 月 3 日凌晨,B 区 4 个冷库的温度数据中断约 3 小时 20 分钟,现将根因分析和整改措施汇报如下。

一、事件经过
02:14 平台检测到 B-1 至 B-4 冷库传感器停止上报;02:20 值班工程师收到离线告警并远程排查;03:05 确认网关在线,但下挂传感器全部无响应;05:34 现场工程师到达,重启 RS485 总线后数据恢复。

二、直接原因
B 区网关的 RS485 总线上,B-3 冷库的一个温湿度传感器因冷凝水渗入内部短路,把整条总线拉低,导致同一总线上的其他 11 个传感器也无法通讯。

三、根本原因
1. 设计上 B 区 4 个冷库共用一条总线,单点故障会波及整个片区,我们在方案评审时低估了这一风险;
2. B-3 冷库的传感器装在蒸发器出风口正下方,除霜时冷凝水直接滴落,安装时没有加防水罩;
3. 远程无法对总线做分段隔离,只能等现场处理,拉长了恢复时间。

四、数据影响
中断期间传感器本地没有缓存,约 3 小时的温度数据缺失。根据库门记录和制冷机组日志,这段时间没有开门作业,机组运行正常,我们判断库内温度没有超限,相关说明已附在当日报表中。

五、整改措施
1. 本周内将 B 区总线拆分为每库一条,费用由我方承担;
2. 所有位于出风口附近的传感器加装防水罩,11 月 10 日前完成;
3. 网关固件增加总线故障自动隔离功能,11 月 20 日随版本上线;
4. 更换带本地缓存的传感器型号,优先用于存放高价值货品的冷库。

六、后续跟踪
整改完成后我们会连续观察两周,每天核对 B 区各库的数据完整率,并在 11 月 24 日的例会上向您汇报跟踪结果。A 区和 C 区的总线结构也会在本月内逐一排查,如发现类似的共用总线风险,一并按本次方案整改。

如对分析有疑问,我们随时可以到市场当面说明。

沈一鸣
"""))

add(C([], "zh", "hard negative: long but focused UAT plan (~700 characters) for the environmental monitoring platform",
      TANG, [ZHENG], "临江区监测平台用户验收测试(UAT)方案", """
郑主任,您好:

按照合同约定,监测平台将于 11 月 17 日至 11 月 28 日进行用户验收测试,现将方案发您审阅。

一、测试范围
1. 数据采集:12 个空气微站、3 个水质浮标的实时数据接入与完整性;
2. 告警管理:超标告警、设备离线告警的触发、短信推送与处置闭环;
3. 报表:日报、周报、月报的自动生成与导出;
4. 数据审核:异常值标记、人工审核与审核留痕;
5. 权限管理:局领导、监测科、街道三级账号的可见范围。

二、测试安排
第一周(11 月 17 日至 21 日):监测科同事按测试用例逐项执行,我方两名工程师驻场支持,每天下午 4 点汇总问题;
第二周(11 月 24 日至 28 日):问题修复与回归测试,11 月 27 日进行一次完整的告警演练,模拟 5 号站 PM2.5 超标和 2 号浮标离线两种场景。

三、通过标准
1. 测试用例执行率 100%,通过率不低于 95%;
2. 不存在影响数据准确性和告警及时性的严重问题;
3. 连续 7 天数据有效率不低于 98%。

四、需要贵科配合的事项
1. 指定 3 名测试人员,11 月 14 日前提供名单,我们开通测试账号;
2. 提供近三个月的人工监测比对数据,用于数据准确性核验;
3. 告警演练当天请安排接收短信的值班人员。

五、交付物
测试用例、每日问题清单、测试报告、验收确认单。

六、沟通与问题管理
1. 测试期间每天下午 4 点开 15 分钟站会,由我方测试负责人通报当日执行进度和新增问题;
2. 问题按严重、一般、建议三级记录在共享问题清单中,严重问题 24 小时内给出修复方案,一般问题在第二周集中修复;
3. 每周五向贵科提交一份书面周报,说明用例执行率、问题关闭率和遗留风险;
4. 测试结束后 3 个工作日内提交测试报告,贵科确认后签署验收确认单。

七、风险与应对
2 号浮标的浊度传感器目前返厂标定,如 11 月 19 日前未能回装,该浮标的浊度指标改用人工采样数据核验,其余指标照常测试,不影响整体进度。

方案如需调整,请在 11 月 12 日前告知,我们再做修改。

唐浩
"""))

add(C([], "en", "hard negative: long but focused weekly report (~430 words) on supplier mapping and tank monitoring",
      KEVIN, [LIM], "Weekly report - traceability & tank farm, week 45", """
Dear Mr Lim,

Here is this week's report for the traceability platform and the tank farm monitoring.

1. Supplier mapping (EUDR)
- 31 of 46 supplying mills now have plot polygons uploaded and verified, up from 24 last week.
- The 7 mills added this week are all in the Riau cluster. Mei Ling's team collected the coordinates and our GIS analyst checked them against the 2020 forest cover baseline; no overlaps with protected areas were found.
- 15 mills remain. Nine have promised data by 14 November; six have not responded. Mei Ling will call the six this week, and we have prepared a one-page guide in Bahasa Indonesia to make the request easier for the smallholder cooperatives.

2. Due diligence statements
- The draft statement for the December shipment to Rotterdam is ready for your review. It covers the 27 mills supplying that cargo.
- Your buyer's compliance team asked for the risk assessment method in writing; we have attached a four-page summary they can keep on file.

3. Tank farm monitoring (Pasir Gudang)
- All 12 radar gauges reported continuously this week. The average difference against the manual ullage readings was 0.08%, inside the 0.2% tolerance we agreed.
- Tank 7's gateway rebooted twice on Tuesday because of a power fluctuation at the terminal; no data was lost thanks to the local buffer. Nurul has asked the terminal electrician to check the supply.
- The surveyor report export is live. Surveyors can now download a signed PDF of readings for any time range.

4. Risks
- If the six silent mills don't respond by the end of November, their volume (about 9% of your December cargo) may have to be excluded from the EUDR-compliant lot. We suggest deciding by 28 November whether to source that volume from mapped mills instead.
- Our GIS analyst is on leave from 24 to 28 November; a colleague will cover, and the verification schedule is unaffected.

5. Next week
- Verify the nine mills expected by 14 November.
- Walk your trading team through the new stock dashboard on Wednesday at 3pm.
- Send the final due diligence statement for your signature by Friday.

6. Decisions needed from you
- Approval of the draft due diligence statement, ideally by Thursday so there is time for one round of changes.
- Whether you would like the monthly board summary in the same format as October, or shortened to a single page.

Please let me know if you would like any of this presented differently for your board.

Best regards,
Kevin Tan
""", cc=[NURUL, MEILING]))

add(C([], "zh", "hard negative: firm but polite payment reminder citing the contract, offering documents and instalments; the client's curt reply only in the quote",
      GUO, [SUN], "Re: 二期款项进度", """
孙总,您好:

打扰您了。根据合同第 7.3 条,二期款项的付款节点是初验通过后 30 日内。初验是 9 月 26 日通过的,目前已经超过约定时间 11 天。

想请您帮忙了解一下贵司财务流程走到哪一步了,是否还缺我们这边的材料(发票、验收报告、对账单我们都可以马上补)。如果贵司资金安排上有困难,也欢迎直接跟我说,我们一起商量分期的办法。

运维服务不受影响,请放心。

郭婉清
交付总监
""", quote="""
郭总,

款的事我们内部在走流程,急什么?催也没用。

孙志强
""", quote_from=SUN, quote_style="outlook_zh"))

add(C([], "en", "hard negative: a recommendation with trade-offs that explicitly leaves the decision to the client",
      MARCUS, [MEILING], "Connectivity for the Kluang soil-moisture sensors", """
Hi Mei Ling,

You asked which connectivity we'd pick for the soil-moisture sensors on the Kluang estates. Our recommendation is LoRaWAN, but NB-IoT is a perfectly reasonable choice, and the decision is yours.

LoRaWAN: you own the network; one gateway covers roughly 300 ha on flat ground; no monthly SIM fees. On the other hand, you maintain the gateways, and the hilly blocks may need repeaters.

NB-IoT: no gateways to maintain; works wherever the telco has coverage. On the other hand, it costs around RM 4 per sensor per month, and coverage on the eastern blocks was patchy in our drive test.

If your team would rather not maintain any infrastructure on the estates, NB-IoT may well be the better fit despite the running cost. Whichever you choose, we'll design around it.

Regards,
Marcus
"""))

add(C([], "zh", "hard negative: plain training logistics; risky words (做不到, 不接受) only in the signature motto and disclaimer",
      MENG, [YANG], "下周三合作社培训安排", """
杨经理,您好:

下周三(11 月 12 日)下午两点的培训安排如下:
- 地点:合作社二楼会议室;
- 内容:大棚环境数据看板的使用、告警处理流程、常见故障自查;
- 人员:我方讲师 2 名,建议合作社技术员和各片区负责人参加,约 15 人;
- 请提前准备投影仪和可用的 Wi-Fi。

培训材料周一发您预览。

孟凡
客户成功经理 | 智慧农业事业部
手机:138-0000-0000
座右铭:没有做不到的需求,只有不够努力的项目经理。
本邮件及附件仅供指定收件人使用。如您并非指定收件人,请勿阅读、复制或转发;我司不接受因误传产生的任何责任,请立即删除。
"""))

add(C([], "zh", "hard negative: client's slang anger (又双叒叕, 到底行不行, 呵呵) only in the quote; PM apologises with a cause and concrete steps",
      ZHAO, [LIU_F], "Re: 上线又延期?", """
刘主任,您好:

非常抱歉,这次延期给您和王总添了麻烦,是我们的计划没有做扎实。

延期原因:农残检测仪器厂家在 10 月底升级了数据接口的协议版本,我们的对接需要重写一部分,测试还需要 5 个工作日。

为了方便您向王总说明,我们做了三件事:
1. 把剩余工作拆成每日计划,每天下午 5 点给您发进度;
2. 11 月 15 日上线前,11 月 12 日先给您做一次完整演示;
3. 我们的交付总监郭婉清明天会亲自给王总打电话说明情况。

再次抱歉。

赵小满
""", quote="""
小赵,

又双叒叕延期?上个月说 11 月 1 号,现在又说 11 月 15 号。你们到底行不行?呵呵,我都不知道怎么跟王总交代了。

刘芳
""", quote_from=LIU_F, quote_style="foxmail"))

add(C([], "mixed", "hard negative: 'As I mentioned on Tuesday's call' as follow-through on a promise, with the confirmed date",
      DANIEL, [HAN], "Re: 土壤传感器到货时间", """
韩总好,

As I mentioned on Tuesday's call,我答应本周五前确认——现在确认了:第二批 240 个土壤传感器 11 月 20 日到上海港,清关 2 到 3 个工作日,预计 11 月 25 日送到示范农场。

如果清关有延误,我会在 11 月 21 日前第一时间通知您。Shipping document 扫描件附后。

Daniel
""", quote="""
Daniel,

上周会上你说会确认第二批传感器的到货时间,有结果了吗?我们要安排示范农场的验收。

韩立
""", quote_from=HAN, quote_style="gt"))

add(C([], "zh", "hard negative: internal self-criticism with a rhetorical 难道 aimed at our own test cases; tells the client it is not their fault",
      CHEN, [LIU_Y, BAI], "零下温度告警漏报——先查我们自己", """
刘洋、老白:

昨天 A-3 冷库降到 -26℃ 没有触发告警,何经理问我是不是他们设置错了。我查了一下:阈值是我们配置的,逻辑里只判断了“高于上限”,没判断“低于下限”。

难道我们自己的测试用例里连零下超限都没覆盖?我翻了一下,确实没有。这是我们的问题,不是市场那边的问题,我已经跟何经理说明了。

今天请两位:
1. 老白补上下限判断,今晚发热修复;
2. 刘洋把温度告警的用例按“上限、下限、传感器离线”三类补齐,明天上午评审。

思远
"""))

add(C([], "en", "hard negative: long but focused cut-over plan (~440 words) for migrating supplier spreadsheets",
      MARCUS, [MEILING], "Cut-over plan: supplier spreadsheets to the traceability platform", """
Hi Mei Ling,

As promised, here is the cut-over plan for moving your supplier records from the shared spreadsheets into the traceability platform. It's long, but I'd rather you see everything in one place.

Scope
- 46 mill records, about 2,300 smallholder plots, and three years of FFB delivery records (roughly 180,000 rows).
- The certificate register (RSPO and MSPO), including expiry dates and scanned PDFs.
- Not in scope: the purchasing sheets from before 2023, which your team agreed to archive as read-only.

Timeline
- 17-19 November: data cleaning. Our analyst runs the validation rules (duplicate plot IDs, coordinates outside Malaysia or Indonesia, delivery weights over 40 tonnes per truck) and sends your team a list of records to fix.
- 20-21 November: trial migration into the staging environment. Your team checks 5% of the records, chosen at random, against the spreadsheets.
- 24 November, 7pm: freeze. From this point, please don't edit the spreadsheets; new deliveries are recorded on paper for one night.
- 24 November, 8pm to 25 November, 2am: production migration, followed by automated reconciliation of record counts and delivery totals per mill.
- 25 November, 8am: go-live. Your team enters the overnight paper records into the platform, and the spreadsheets become read-only.

Rollback
If reconciliation shows a difference larger than 0.5% in delivery totals for any mill, we stop, keep the spreadsheets as the system of record, and repeat the migration the following weekend after fixing the cause. The decision point is 1am on 25 November; I'll call you at that time either way.

People
- From our side: two data engineers, one analyst and myself, on site at your Johor Bahru office.
- From your side: one person who knows the spreadsheets well, reachable by phone during the night, and Nurul or someone from operations available at 8am for go-live.

Risks
- The certificate PDFs total about 14 GB; if the office line is slow, the upload may run past 2am. We'll start the PDF upload on 23 November to reduce this risk.
- About 60 plots have coordinates in degrees-minutes-seconds instead of decimals; we'll convert them during cleaning and flag them for a second check.

Communication
- A short status message in our shared WhatsApp group at 10pm, midnight and 2am on the migration night.
- A written summary with the reconciliation figures by noon on 25 November, which you can forward to your auditors as evidence of the migration.

Let me know if the freeze time clashes with any deliveries, and we'll adjust.

Regards,
Marcus
"""))

add(C([], "zh", "hard negative: '按我们的经验' recommendation with costs for both options; the client decides",
      ZHOU, [WANG], "称重数据录入方式的两种选择", """
王总,您好:

关于称重数据是电子秤直连还是手工录入,按我们的经验,直连的数据准确率会高一些,在别的批发市场大约能把录入差错从 3% 降到 0.2% 以下;但直连需要给每台秤加装通讯模块,每台约 380 元,而且部分老秤不支持。

手工录入的好处是零改造成本、商户上手快,配合扫码枪也能把差错控制在 1% 左右。

两种方式我们都能支持,成本对比表附后。贵司更看重哪一点,您来定,我们按您的决定执行。

周磊
"""))

add(C([], "mixed", "hard negative: self-directed 醉了/我这脑子 and 唯一索引 / unique index as a technical term",
      ZHAO, [BAI], "我这脑子——staging key 发错群了", """
老白,

醉了,我刚才把 staging 的 API key 贴到了 prod 的运维群里,我这脑子。已经 rotate 了,旧 key 失效,麻烦你确认一下 prod 没有用到它。

另外顺便说下昨天那个 bug:batch_code 表上没建 unique index,同一批次生成了两条溯源记录。我加了唯一索引,migration 脚本在 MR !238 里,你 review 一下,今晚能合最好。

Thx!
小满
"""))

# ---------------------------------------------------------------- order
random.Random(4040).shuffle(CASES)
