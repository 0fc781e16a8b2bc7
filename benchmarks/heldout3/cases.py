"""heldout3: blind evaluation drafts for mailcoach, written by an independent helper.

Clients: a municipal government bureau (client-a), a city commercial bank and its HK branch (bank-c),
and a foreign bank (client-b). Only the guide (shared/drafts/README.md) and the seed article were read.
"""
import random

# --- our side -------------------------------------------------------------------------------
PM = "郑思远 <zheng.siyuan@ourteam.example.com>"
PM_TRAD = "鄭思遠 <zheng.siyuan@ourteam.example.com>"  # same person, traditional-script display name
PM_EN = "Grace Tan <grace.tan@ourteam.example.com>"
HEJIA = "何佳 <he.jia@ourteam.example.com>"
DENGYU = "邓宇 <deng.yu@ourteam.example.com>"
SONGXIAO = "宋晓 <song.xiao@ourteam.example.com>"
LINZH = "林振华 <lin.zhenhua@ourteam.example.com>"
WEIYM = "韦一鸣 <wei.yiming@ourteam.example.com>"
KEVIN = "Kevin Zhou <kevin.zhou@ourteam.example.com>"
# --- client-a: 市数据资源管理局 -----------------------------------------------------------------
ZHANG = "张建国 <zhang.jianguo@client-a.example.cn>"      # 应用处 张处长
LIU = "刘敏 <liu.min@client-a.example.cn>"                # 应用处 刘科长
ZHOU = "周国平 <zhou.guoping@client-a.example.cn>"        # 信息中心 周主任
BGS = "市数据资源管理局办公室 <bgs@client-a.example.cn>"
# --- bank-c: C行 ---------------------------------------------------------------------------
QIAN = "钱雯 <qian.wen@bank-c.example.cn>"                # 科技部 项目经理
CHEN = "陈立 <chen.li@bank-c.example.cn>"                 # 科技部 陈处长
WU = "吴涛 <wu.tao@bank-c.example.cn>"                    # 运维 吴主管
WONG = "黃志強 <wong.chikeung@bank-c.example.cn>"         # 香港分行 科技部
LEUNG = "梁淑儀 <leung.shuyee@bank-c.example.cn>"         # 香港分行 營運部
# --- client-b: Northgate Bank -----------------------------------------------------------------
DANIEL = "Daniel Hughes <daniel.hughes@client-b.example.com>"
PRIYA = "Priya Nair <priya.nair@client-b.example.com>"
MARK = "Mark Ellison <mark.ellison@client-b.example.com>"

C = []


def case(**kw):
    if kw.get("trad") and kw.get("sender") == PM:
        kw["sender"] = PM_TRAD
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    C.append(kw)


# =============================================================================================
# POSITIVES
# =============================================================================================

# ---------------------------------------------------------------- argue
case(expect=["argue"], lang="zh",
     why="argue: veiled blame in official register, lectures the bureau to check its own deadlines before chasing the vendor",
     sender=PM, to=[ZHANG], subject="Re: 关于统一身份认证模块延期的问询",
     quote_style="outlook_zh", quote_from=ZHANG,
     quote="郑经理:\n按照项目计划,统一身份认证模块应于10月31日上线,至今未见动静。请你公司于本周内书面说明延期原因及整改措施。\n\n张建国\n市数据资源管理局应用处",
     body="""张处长:

来函收悉。关于统一身份认证模块延期一事,说明如下。

按合同附件三约定,贵局应于8月20日前提供现有OA系统的接口文档及测试账号。实际上,接口文档9月22日才到我方手里,测试账号更是10月15日才开通,前后耽误了近两个月。这些时间节点往来函件里都有据可查,处里的同志应该比我们更清楚。

我们理解局里有考核压力,但把延期原因一股脑儿要求我方"书面说明",恐怕是找错了对象。建议贵处在追问供应商之前,先把内部各科室的交付情况理一理,免得以后再出现类似的误会。

书面材料我方本周五前提交,届时会把上述时间线一并附上,供领导参阅。

郑思远
项目经理""")

case(expect=["argue"], lang="zh",
     why="argue: ridicules the bank's test environment and its staff's competence ('业内是要被笑话的', '这样合适吗?')",
     sender=PM, to=[QIAN], cc=[CHEN], subject="关于代发批量性能测试结论的意见",
     body="""钱经理:

关于贵行反馈的"代发工资批量处理性能不达标",我们仔细看了测试报告,有几点必须说清楚。

贵行提供的压测环境是2核4G单节点,生产是8核32G四节点集群,两者差了不止一个数量级。拿一个玩具环境测出来的数字去对标生产指标,再得出"性能不达标"的结论,这个逻辑放在任何一家正规科技公司的评审会上都站不住,传出去是要被同行笑话的。

说句不客气的话,压测方案是贵行科技部自己定的,我们在评审会上当面提过异议,没有被采纳。现在结果不理想,又回过头来找我们,这样合适吗?

希望贵行下次下结论之前,先请真正懂性能测试的同事把把关。

郑思远""")

case(expect=["argue"], lang="en",
     why="argue: 'For the record' + lecture that the client should read the signed spec before escalating",
     sender=PM_EN, to=[DANIEL], subject="Re: Interest calculation wrong AGAIN",
     quote_style="gt", quote_from=DANIEL,
     quote="Grace,\n\nThe interest calculation in the savings module is wrong again. I've copied your CEO. We need this fixed today.\n\nDaniel",
     body="""Daniel,

For the record, the interest calculation matches the spec your team signed off on 12 September: section 4.2, day-count convention ACT/365. If your treasury people now want ACT/360, that is a new requirement, not a defect, and escalating it to our CEO as a defect does not make it one.

Going forward, I'd appreciate it if someone on your side actually compared the output with the signed spec before copying half of my company on an email. It would save everyone a great deal of noise.

Grace""")

case(expect=["argue"], lang="mixed",
     why="argue: code-switched blame, '跟我们的应用没有半毛钱关系', 'pattern 已经第三次了', tells the bank to check its own change log",
     sender=PM, to=[CHEN], cc=[WU], subject="P1 incident 11/09 root cause",
     body="""陈处,

关于昨晚的 P1 incident, 我们把 log 全部过了一遍, root cause 很明确: 贵行 F5 的 health check 配置把后端节点全标成了 down, 跟我们的应用没有半毛钱关系. 这个 conclusion 我们凌晨三点就在群里发过了, 好像没人看.

说实话, 每次出事第一反应都是 "供应商的锅", 我们团队通宵查半天, 最后发现是你们自己的 network change. 这个 pattern 已经是第三次了. 下次拉 P1 bridge 之前, 能不能麻烦先 check 一下自己那边的 change log?

Thanks,
思远""")

case(expect=["argue"], lang="zh", trad=True,
     why="argue (traditional): sarcastic rhetorical questions about whose '預期' it is, '該檢討的恐怕不只是我們'",
     sender=PM, to=[WONG], subject="回覆:驗收測試結果",
     quote_style="foxmail", quote_from=WONG,
     quote="思遠:\n驗收測試結果不符合預期,請貴司重新檢討交付質量。\n黃志強",
     body="""黃經理:

收到您的意見。坦白講,看到「不符合預期」這幾個字,我們團隊相當錯愕。

驗收用例是貴行九月份確認過的,一百四十二條用例,通過一百三十九條,剩下三條是貴行自己測試環境的證書問題。請問這個「預期」究竟是誰定的?是當初白紙黑字簽字確認的那一份,還是驗收前一週臨時想出來的那一份?

我們同事連續加班三週,換來一句「重新檢討交付質量」。說實話,該檢討的恐怕不只是我們。

鄭思遠""")

case(expect=["argue"], lang="zh",
     why="argue hidden in a meeting recap: item 2 scolds bureau staff for bringing 'common-sense' network issues to the meeting",
     sender=PM, to=[LIU], cc=[ZHOU, HEJIA], subject="【会议纪要】11月6日系统试运行问题协调会",
     body="""刘科长、周主任:

现将11月6日协调会纪要发送如下,请审阅。

一、试运行整体情况:系统已连续运行14天,累计办件3216件,无重大故障。

二、关于"系统反应慢"问题:经我方与贵局网络科联合排查,确认系局内网出口带宽被视频会议占满所致,与业务系统本身无关。会上仍有同志坚持认为是"软件问题",我方在此再强调一次:请贵方同志今后先分清是网络还是系统,不要每次都把这种常识性问题拿到协调会上耗时间。

三、关于数据上报格式:双方约定11月13日前定稿。

四、下次协调会:11月20日下午。

如有补充,请于明日下班前回复。

郑思远""")

# ---------------------------------------------------------------- refusal
case(expect=["refusal"], lang="zh",
     why="refusal: bureaucratic one-line refusal (恕难承接 + 特此函复), no CR, no date, no alternative",
     sender=PM, to=[BGS], cc=[ZHANG], subject="关于《增加移动端审批功能的函》的复函",
     quote_style="outlook_zh", quote_from=BGS,
     quote="远图科技有限公司:\n为适应\"掌上办\"工作要求,请你公司在现有审批系统基础上增加移动端审批功能,并于12月底前上线。\n特此函告。\n\n市数据资源管理局办公室",
     body="""市数据资源管理局办公室:

贵局《关于增加移动端审批功能的函》收悉。

经我司项目组研究,移动端审批功能不在双方所签合同(编号SJJ-2026-014)约定的建设内容之内,我司恕难承接。

特此函复。

远图科技有限公司 项目组
2026年11月""")

case(expect=["refusal"], lang="zh",
     why="refusal wrapped in a chatty friendly mail: '这个咱就不弄了啊…您就当没这回事儿吧'",
     sender=PM, to=[QIAN], subject="周末愉快~顺便说下水印的事",
     body="""钱经理好呀~

周末过得咋样?听说你们行这周搞羽毛球比赛,您又拿冠军了吧哈哈。

说正事:您上周提的那个导出报表自动加水印的需求,我们这边碰了一下,这个咱就不弄了啊,不光这期,后面也不会排进去,您就当没这回事儿吧~

其他有啥随时微信我哈!

思远""")

case(expect=["refusal"], lang="en",
     why="refusal: 'off the table… not before go-live, not after', nothing offered",
     sender=PM_EN, to=[DANIEL], subject="Re: LDAP authentication for the portal",
     quote_style="outlook", quote_from=DANIEL,
     quote="Hi Grace,\n\nOur security team would like the portal to authenticate against our legacy LDAP directory as well as Azure AD. Can you add that before go-live?\n\nThanks,\nDaniel",
     body="""Hi Daniel,

Thanks for passing this on. Supporting the legacy LDAP directory alongside Azure AD is off the table for us: not before go-live, not after. Please let your security team know.

Kind regards,
Grace""")

case(expect=["refusal"], lang="mixed",
     why="refusal: flat '不会改' on the cut-over window, pushes the conflict back to the bank, no alternative",
     sender=PM, to=[WU], subject="Re: cut-over 窗口能否调整",
     quote_style="foxmail", quote_from=WU,
     quote="思远:\n周六晚上我们行有灾备演练,cut-over 能不能挪到周三晚上?\n吴涛",
     body="""吴主管,

关于 cut-over 改到周三的 request, 我们内部 check 过了, 不会改. 窗口还是 fix 在周六 22:00, 灾备演练的时间请贵行自己协调.

Thanks,
思远""")

case(expect=["refusal"], lang="zh",
     why="refusal slipped into a meeting recap: item 3 '我方明确不加…后续也不再讨论'",
     sender=PM, to=[ZHOU], cc=[ZHANG, HEJIA], subject="Re: 数据大屏二期需求沟通会纪要",
     body="""周主任:

今天下午的沟通会辛苦各位,纪要如下:

1. 大屏首页布局:按会上确认的第三稿执行,11月18日前出高保真设计稿。
2. 数据刷新频率:由每日一次调整为每小时一次,我方负责实施,已纳入本期。
3. 区县排名榜单:这一项我方明确不加,会上已经说清楚了,后续也不再讨论。
4. 演示环境:11月25日前部署完成,届时请信息中心安排人员试用。

以上如有出入,请指正。

郑思远""")

case(expect=["refusal"], lang="zh", trad=True,
     why="refusal (traditional, formal): '決定不予處理,後續版本亦無相關安排,敬請知悉'",
     sender=PM, to=[LEUNG], subject="回覆:日終報表新增即時匯率欄位",
     body="""梁經理您好:

來信已閱。關於在日終報表中新增即時匯率欄位一事,本公司決定不予處理,後續版本亦無相關安排,敬請知悉。

順頌商祺

鄭思遠""")

case(expect=["refusal"], lang="zh",
     why="refusal: terse '延期这事不考虑', environment reclaimed as planned, no workaround",
     sender=PM, to=[QIAN], subject="Re: UAT环境延期",
     quote_style="gt_zh", quote_from=QIAN,
     quote="思远,UAT环境能不能再延两周?业务部门那边还有一批场景没测完。\n钱雯",
     body="""钱经理:

收到。延期这事不考虑,30号环境照常回收。

郑思远""")

# ---------------------------------------------------------------- persuade
case(expect=["persuade"], lang="zh",
     why="persuade: pressure via the client's own superior (孙局已认可), tells the division to stop its own evaluation",
     sender=PM, to=[ZHANG], subject="关于数据库选型的补充意见",
     body="""张处长:

关于数据库选型,我再多说两句。

贵处倾向的那款分布式库,我们团队评估过,在贵局这种报表密集的场景下,稳定性跟我们推荐的方案根本不在一个层级。贵处如果坚持要换,后面出了性能问题,谁都兜不住。

我们林总上周已经当面向孙局汇报了我们的方案,孙局当场表示认可。所以我的建议是,处里就不要再另起炉灶搞比选了,下周一我们按既定方案进场实施,这样对局里、对处里都是最稳妥的。

请您这两天给个明确答复。

郑思远""")

case(expect=["persuade"], lang="zh",
     why="persuade: '这个念头就先放下', pressure through cost, schedule and the bank's vice-president",
     sender=PM, to=[QIAN], subject="Re: 对账方式评估",
     quote_style="gt_zh", quote_from=QIAN,
     quote="思远:\n我们部门讨论后,还是希望对账能做到逐笔实时,而不是T+1批量。请评估。\n钱雯",
     body="""钱经理:

您提的逐笔实时对账我们认真看了。说句掏心窝子的话,这个想法放在贵行目前的架构下是走不通的,业内也没见哪家城商行这么干。

T+1批量方案我们在五家银行跑过,从没出过问题。您现在坚持实时,工期至少多三个月,费用也得往上翻一倍,到时候赵行长问起来为什么延期超支,恐怕不好交代。

我的建议很简单:这个念头先放下,本周内把批量方案的确认单签了,我们下周就能启动开发。周四前能给我回签件吗?

郑思远""")

case(expect=["persuade"], lang="en",
     why="persuade: 'stop fighting the hosted model', deadline pressure to sign by Friday",
     sender=PM_EN, to=[DANIEL], subject="Hosted vs on-prem",
     body="""Daniel,

I know your infrastructure team likes the idea of keeping everything on-prem, but I'd really encourage you to stop fighting the hosted model. Every regional bank we've onboarded this year has gone hosted, and the ones that held out ended up paying twice.

Let's not spend another steering committee going round in circles. If you can get the hosted agreement signed by Friday, we keep the March date; if not, I honestly can't see how we make it. I'll send the DocuSign link this afternoon.

Best,
Grace""")

case(expect=["persuade"], lang="mixed",
     why="persuade: '别再 hold 着原来的想法了, 直接按我们的 mockup 走', timeline threat",
     sender=PM, to=[LIU], subject="门户首页改版 design",
     body="""刘科,

关于门户首页改版, 你们那边提的 "政务蓝 + 大图轮播" 方案我们 team 也认真看了. 坦白说, 现在 gov portal 的 trend 早就不是这个路子了, 我们给的 card-based layout 是目前的 best practice, 好几个省级平台都在用.

建议就别再 hold 着原来的想法了, 直接按我们的 mockup 走, 周五 design freeze. 再拖下去 timeline 我们没法 guarantee, 到时候局里的验收节点赶不上, 大家都被动.

思远""")

case(expect=["persuade"], lang="zh",
     why="persuade via 领导 culture: invokes the deputy director's words to make the center drop its parallel-run request",
     sender=PM, to=[ZHOU], subject="Re: 关于新旧审批流程并行运行的建议",
     quote_style="outlook_zh", quote_from=ZHOU,
     quote="郑经理:\n新审批流程上线初期,信息中心建议新旧两套流程并行运行一个月,以防万一。\n周国平",
     body="""周主任:

您的顾虑我们能理解。不过有个情况需要提醒您:孙副局长在上周的调度会上已经明确提出"一步到位、不留尾巴",局办的会议纪要里也是这么写的。信息中心这边如果再坚持双轨运行,跟局领导的要求就对不上了,传到领导那里,对中心恐怕也不太好。

所以还是建议中心统一一下思想,并行的事就不要再提了,按新流程一次切换。切换方案我们明天发您,您签个字就行。

郑思远""")

case(expect=["persuade"], lang="zh",
     why="persuade: uses regulation as a club, '唯一说得过去的选择', tells the bank not to bother evaluating alternatives",
     sender=PM, to=[CHEN], subject="报文加密方案",
     body="""陈处长:

关于报文加密方案,我想这件事其实没有太多讨论的必要了。

按照监管的最新要求,再加上我们在同业的实施经验,贵行采用我们的国密SM4方案是唯一说得过去的选择。贵行科技部提出的另外两种方案,我们就不展开分析了,贵行也没必要再花时间组织评估,评来评去最后还是会回到我们这个方案上。

麻烦您这周推动一下内部审批,早定早安心。

郑思远""")

case(expect=["persuade"], lang="en",
     why="persuade: argument from the PM's authority ('trust me on this'), asks the client not to reopen the question",
     sender=PM_EN, to=[MARK], cc=[DANIEL], subject="Migration approach",
     body="""Mark,

I've run eleven core migrations in the last fifteen years, so please trust me on this one: a single big-bang weekend is the way to go. Your phased plan looks careful on paper, but in practice it stretches the pain over three months and doubles the reconciliation effort.

I'd rather we didn't reopen this at Thursday's meeting. Can you confirm today that we're going big-bang, so my team can lock the runbook?

Thanks,
Grace""")

# ---------------------------------------------------------------- backchannel
case(expect=["backchannel"], lang="zh",
     why="backchannel: internal mail mocking the bank's vice-president (reads a secretary's script, mixed up 容器/容灾)",
     sender=PM, to=[HEJIA, WEIYM], subject="明天C行方案评审准备",
     body="""佳佳、一鸣:

明天C行方案评审,赵行长亲自来。提前打个预防针:这位领导开会基本就是照着秘书写的稿子念,技术问题一问三不知,偏偏每次还要最后拍板。上次他把"容器"听成"容灾",还在会上批评我们"容灾做得不够"。

所以PPT越傻瓜越好,多放图少放字,架构图别超过五个框,别指望他能听懂微服务。

思远""")

case(expect=["backchannel"], lang="zh",
     why="backchannel, reply-all accident: 张处长 still in Cc while the PM calls him a '老油条' who makes others take the blame",
     sender=PM, to=[SONGXIAO], cc=[ZHANG], subject="Re: 应用处关于报表口径调整的意见",
     quote_style="gt_zh", quote_from=SONGXIAO,
     quote="思远,张处那边又发来一版口径调整意见,你看看怎么回?\n宋晓",
     body="""晓晓:

看了,张处又来这一套,典型的"领导拍脑袋,下面跑断腿"。这位在局里待了二十年的老油条,永远先要"高大上",出了问题再让我们背锅。

咱们先嗯嗯啊啊应着,口径照原来的做,等他下个月调岗了就没人记得这事了。

思远""")

case(expect=["backchannel"], lang="en",
     why="backchannel: internal mail deriding the client's ops lead ('babysit', 'how that man runs an ops team')",
     sender=PM_EN, to=[KEVIN], subject="Tomorrow's UAT with Northgate",
     body="""Kevin,

Can you babysit Mark through tomorrow's UAT session? Last time it took him forty minutes to find the export button, and then he logged a Sev-2 because the screen was "too blue". I genuinely don't know how that man runs an ops team.

Lunch is on me. I just can't sit through another one of those.

G""")

case(expect=["backchannel"], lang="mixed",
     why="backchannel: internal mockery of a bureau official by nickname ('周大主任', 'PPT 官'), sarcastic 666/服了",
     sender=PM, to=[HEJIA, DENGYU, WEIYM], subject="需求又变了, 先别动代码",
     body="""Team,

局里那位 "周大主任" again —— 今天下午又发来一版新需求, 主题就俩字: "要高大上". 具体要啥? 不知道. 每次 meeting 都是 PPT 官上身, 讲半小时 vision, 一个能落地的 requirement 都没有. 666, 真是服了.

大家先别动代码, 等需求 freeze 了再说. 辛苦!

思远""")

case(expect=["backchannel"], lang="zh", trad=True,
     why="backchannel (traditional): nickname 『梁老佛爺』 for the HK branch manager, '閒得發慌'",
     sender=PM, to=[HEJIA], subject="回覆:香港分行進度",
     body="""佳佳:

那位『梁老佛爺』今天又連發三封信催進度,一副欽差大臣下鄉巡視的架勢,連標點符號都要挑。我看她是部門裡閒得發慌,專門拿我們開刀。

你那邊照常推進就好,她的信我來擋。

思遠""")

case(expect=["backchannel"], lang="zh",
     why="backchannel, accident: aside to a colleague inside a mail addressed to the client says 刘科长 cannot understand the document",
     sender=PM, to=[LIU], cc=[HEJIA], subject="数据归集方案(修订版)",
     body="""刘科长您好:

附件是按照您昨天意见修改后的数据归集方案,请审阅。

(佳佳,这版就这么发了。反正刘科长也只看封面和页数,里面写的啥她根本看不懂,别再花时间细抠了。)

郑思远""")

case(expect=["backchannel"], lang="zh",
     why="backchannel: report to own director disparaging the bureau's information center staff and its director",
     sender=PM, to=[LINZH], subject="数据局项目情况简报(内部)",
     body="""林总:

跟您简单汇报一下数据局项目的情况。

进度本身问题不大,主要是人。信息中心那几位,典型的"多一事不如少一事",出了问题第一反应是往我们身上推,需要签字确认的时候一个比一个躲得快。周主任更是,会上表态一套,会后执行另一套。跟这帮人打交道,我是真心累。

下周终验,我估计他们还会找茬,您心里有个底。

思远""")

# ---------------------------------------------------------------- two labels
case(expect=["argue", "refusal"], lang="zh",
     why="argue+refusal: formal '不予接受' with no buffer, plus blame '责任显然不在我方' in 公文 register",
     sender=PM, to=[LIU], cc=[ZHANG], subject="Re: 关于增加统计口径的函",
     quote_style="outlook_zh", quote_from=LIU,
     quote="郑经理:\n经处务会研究,请在统计分析模块中增加12项统计口径(详见附件),并在终验前完成。\n\n刘敏",
     body="""刘科长:

来函收悉。

贵处所提增加十二项统计口径一事,我方不予接受。

需要指出的是,此类要求本应在需求调研阶段提出。调研期间我方三次发函征求意见,贵处均未回复;时至终验前夕再提新增,由此造成的被动,责任显然不在我方。

特此函复。

远图科技 项目组
郑思远""")

case(expect=["argue", "persuade"], lang="en",
     why="argue+persuade: belittles the client's architects ('wouldn't survive a first-year design review') and demands sign-off on ours",
     sender=PM_EN, to=[DANIEL], subject="Re: Alternative HA design",
     quote_style="gt", quote_from=DANIEL,
     quote="Grace,\n\nOur architects have drafted an alternative HA design (attached). We'd like you to consider it alongside yours.\n\nDaniel",
     body="""Daniel,

I've read your architects' draft. I'll be blunt: it wouldn't survive a first-year design review. A single shared database behind two app nodes isn't high availability, it's a single point of failure with extra steps.

Let's not waste the steering committee's time comparing the two. Our active-active design is the only serious option on the table, and I need your sign-off on it by Monday so we can order the hardware.

Grace""")

case(expect=["argue", "backchannel"], lang="mixed",
     why="argue+backchannel, reply-all: lectures the bank about signed minutes, then mocks '赵老板' to a colleague with the client in To",
     sender=PM, to=[QIAN], cc=[HEJIA], subject="Re: 问题单第7、9、12条",
     quote_style="foxmail", quote_from=QIAN,
     quote="思远,问题单第7、9、12条到底什么时候能解决?赵行长今天又问了。\n钱雯",
     body="""钱经理,

第7、9、12条的 conclusion 在上周五会议纪要第二页, 白纸黑字写着 "非缺陷, 按设计实现", 贵行参会的四位同事都签了字. 同一个问题 round 来 round 去, 说实话我们很难理解.

@何佳 FYI: 又是赵老板拍脑袋, 他自己签的字他自己都不记得, 这种领导咱们也只能陪着演. 你先别回, 我来处理.

思远""")

case(expect=["refusal", "persuade"], lang="zh",
     why="refusal+persuade: '不会配合调整' with no buffer, then pressure through the bank's leadership ('这个方向就别再琢磨了')",
     sender=PM, to=[QIAN], subject="Re: 数据中心方案调整",
     quote_style="gt_zh", quote_from=QIAN,
     quote="思远:\n行里预算紧张,能否把双活数据中心方案改为主备模式?请尽快答复。\n钱雯",
     body="""钱经理:

改主备这件事,我们这边不会配合调整方案。

另外也想劝您一句:双活是赵行长在党委会上点过头的,您这时候再往回拉,不光项目要返工,您在行里也不好做。这个方向就别再琢磨了,按原方案推进,对谁都好。

郑思远""")

case(expect=["ramble", "backchannel"], lang="zh",
     why="ramble+backchannel: long chatty internal mail full of gossip mocking 赵行长 ('赵一句'), one action line buried",
     sender=PM, to=[SONGXIAO], subject="闲聊几句+明天发布",
     body="""晓晓:

这周出差回来整个人都是散的。去的时候高铁晚点了四十分钟,旁边坐了个小朋友一路在背唐诗,从"床前明月光"背到"锄禾日当午",来回背了三遍,我现在闭上眼睛脑子里还是"谁知盘中餐"。回来倒是顺利,就是在车站买的那盒酥饼,打开一看碎了一半,只能当零食分给部门的人了。

说到C行,给你讲个八卦。这次去他们总行开会,终于见识了传说中的赵行长。行里的人私下都叫他"赵一句",因为不管讨论什么,他最后都只说一句"再研究研究",然后散会。我们准备了四十页的方案,他翻到第三页就开始看手机,最后点评了一句"字太小"。他们科技部的小伙子会后跟我吐槽,说行长的讲话稿都是秘书提前一天写好的,连"同志们辛苦了"都是打印出来的,开会的时候一字不差照着念。我当时差点没憋住笑。这样的领导拍板,咱们的方案能过才怪。

还有,他们行的食堂是真不错,中午居然有现炸的小黄鱼,我吃了两份,钱经理在旁边看得直乐。饭后还带我们参观了荣誉墙,一整面墙的锦旗,据说大部分是赵行长在任期间挂上去的,怪不得他那么在意面子工程,连食堂的菜单都要印上行徽。

对了,明晚发布前你提醒一下佳佳,把回滚脚本再过一遍,弄完发我确认。

周末你有什么安排?我打算带孩子去新开的科技馆,听说有个VR过山车,排队要两个小时。我家那位说要去逛家具城,我们家沙发坐了八年,弹簧都快顶出来了。你上次说你家换的那款布艺沙发是在哪买的?回头发我个链接。

另外听说下个月公司年会又要搞节目,部门又得出人,我这把年纪就不上台了,你们年轻人加油,到时候我负责在台下鼓掌和抢红包。去年那个小品你还记得吧,老何男扮女装演丈母娘,视频到现在还在公司群里流传,他每次看到都要求撤回。今年我建议搞个乐队,听说测试组有两个会弹吉他的,再加上你这个麦霸,拿个一等奖应该不难。

思远""")

# ---------------------------------------------------------------- ramble
case(expect=["ramble"], lang="zh",
     why="ramble: hiking, child's homework and canteen chatter; the VPN request for Wednesday's joint test is one line in the middle",
     sender=PM, to=[LIU], subject="近况及下周联调",
     body="""刘科长好:

好久没跟您好好聊聊了。上周末我终于兑现了给孩子的承诺,带全家去爬了一趟西山。那天天气出奇的好,早上六点出发,山脚下的早点摊子还没收,豆浆油条一人来了一份,孩子吃得满嘴是油。爬到半山腰遇到一位七十多岁的老大爷,健步如飞,把我们一家三口甩出去老远,我这才意识到自己的体能已经差到什么地步了。下山之后腿疼了整整三天,上下楼都得扶着扶手,同事们笑话我走路像企鹅。

说到孩子,这学期他们班换了个新班主任,据说是从外省调来的,要求特别严,每天作业要家长签字,周末还要做手抄报。我爱人负责检查语文,我负责数学,结果发现四年级的应用题我都得想半天,什么鸡兔同笼、植树问题,真是不服老不行。前两天开家长会,老师还专门表扬了我们家孩子的书法,说有点颜体的味道,我们两口子高兴了好几天。

另外最近天气转凉,早晚温差特别大。听说局里食堂换了新的承包商?上次去开会听你们科的小王说,现在中午有六个菜可选,还有现包的饺子,我们公司楼下那几家快餐真是没法比。我们这边最近流行带饭,我也跟风买了个保温饭盒,结果坚持了三天就放弃了,早上实在起不来。

对了,下周三系统联调,请贵科提前两天帮我们开通三个VPN账号,名单我微信发您。

还有件趣事,我们部门新来的实习生是您母校毕业的,聊起来才知道他的导师跟您是同一届的,世界真小。哪天有空约上一起吃个饭,我请客,顺便让他跟您这位学姐请教请教。最近我还琢磨着重新捡起大学时候的羽毛球,听说局里每周四晚上有活动,不知道外人能不能去蹭个场子。我大学时候还拿过院里的双打亚军,不过那已经是十几年前的事了,现在估计连球都接不住,就当去锻炼身体吧。拍子倒是还留着,就是拍线已经松了,得先拿去店里重新穿一下。

祝您周末愉快!

郑思远""")

case(expect=["ramble"], lang="zh",
     why="ramble: fishing trip, new car, basketball and stock-market chatter around the one line about the acceptance report",
     sender=PM, to=[QIAN], subject="Re: 验收报告",
     quote_style="gt_zh", quote_from=QIAN,
     quote="思远,验收报告什么时候能给我们?\n钱雯",
     body="""钱经理:

哈哈,看到您邮件的时候我正在水库边上。上周末跟几个大学同学去城郊钓鱼,五点就起床了,结果蹲了一上午只钓上来三条巴掌大的鲫鱼,其中一条还是用同学的杆子钓的。倒是中午在农家乐吃的那锅铁锅炖特别香,大鹅是老板自己家养的,炖了两个小时,锅边贴的玉米饼子蘸汤,我一个人吃了四个。回来的路上还买了一箱土鸡蛋,我爱人说比超市的香多了,就是个头小了点。

再跟您汇报个私事,我终于把开了十年的老车换掉了,提了辆新能源。开了一个礼拜,最大的感受是安静,红绿灯起步特别快,就是充电还不太习惯,小区里的充电桩总被占,昨天晚上十一点还下楼去挪车。您之前说也在看车,要是感兴趣,周末可以开过去给您试试。

前两天路过你们行,看到楼下贴着行内篮球赛的海报,听说科技部今年打进决赛了?上次您说吴主管是主力后卫,三分特别准,真想去现场看看。我们公司也有个篮球队,基本是业余中的业余,打半场就得换人,上次跟隔壁公司打友谊赛输了三十多分,回来大家都说要练体能,结果练了一周就没人去了。

验收报告我们周三发您,请贵行周五前盖章回传。

最近股市也是看不懂,我那点小钱基本都被套住了,同事劝我割肉,我还在犹豫。您是金融专业人士,什么时候给我指点指点。我爱人说我炒股还不如把钱存到你们行买理财,起码不亏。想想也是,下个月正好有一笔到期,要不我直接去你们网点问问,您帮我推荐一款稳健点的?

天气转凉了,您多注意身体。我们这边好几个同事都感冒了,办公室里此起彼伏都是咳嗽声,我每天泡一大杯姜茶,到现在还扛着。听说你们行里今年给员工统一打了流感疫苗,这个福利真不错,我们公司还在讨论要不要报销。

郑思远""")

case(expect=["ramble"], lang="zh",
     why="ramble: calligraphy, tea from the PM's hometown, Spring Festival travel; the payment-milestone question is buried",
     sender=PM, to=[ZHOU], subject="问候周主任",
     body="""周主任:

您好!上次在您办公室看到墙上那幅"宁静致远",一直念念不忘,回来一打听,原来是您自己写的,真是深藏不露。我小时候也被父亲逼着练过两年颜体,每天放学先写两张大字才能出去玩,那时候恨得牙痒痒,现在倒挺怀念。最近我又买了一套笔墨纸砚,打算重新捡起来,结果第一天就把墨汁洒在了书房地毯上,被家里人数落了一晚上。以后还要多向您请教。

另外,上次您说喜欢喝岩茶,正好我老家是福建的,前几天我爸寄来几罐今年的肉桂,说是山场里的朋友自己做的,焙火刚好,香气很足,我这种不太懂茶的人都能喝出跟超市买的不一样。下次去局里给您带一罐,您帮我品品,看看到底好在哪里。

说到老家,今年春节我打算带孩子回去过年,已经五年没回去了。老家这几年变化很大,村口修了水泥路,还通了公交,我妈在电话里说镇上开了家大超市,比县城的还大。就是过年的票太难抢,我已经定了三个闹钟准备抢票,实在不行就自己开车回去,一千八百公里,路上住一晚。我爱人是北方人,对南方的湿冷一直发怵,上次回去冻得整晚睡不着,这回说要带电热毯。孩子倒是很兴奋,天天问老家有没有雪。

顺便请您帮忙确认一下:第二期款的支付节点是否仍按12月15日执行。

最近局里是不是在准备年终考核?听刘科长说信息中心今年又要评先进,您肯定又要忙一阵子。年底事情多,您也注意休息。前段时间我体检查出来血压偏高,医生让我少熬夜、多运动,我现在每天晚饭后去小区快走半小时,感觉确实精神了不少,也推荐您试试。要是您愿意,周末咱们还可以约着去湿地公园走走,那边新修了一条环湖步道,秋天芦苇正好,走一圈差不多八公里,走完再去旁边的老字号喝碗羊汤,暖和。

顺颂冬安!

郑思远""")

case(expect=["ramble"], lang="zh",
     why="ramble: Chengdu travelogue (hotpot, pandas, Sichuan opera); the patch-install time window is one buried line",
     sender=PM, to=[CHEN], cc=[WU], subject="成都见闻",
     body="""陈处长:

上周去成都出了趟差,跟您分享一下见闻。成都真是名不虚传的美食之都,落地第一顿就被当地同事拉去吃了老火锅,九宫格,牛油锅底,毛肚七上八下,鸭肠在锅里涮十几秒,我这个北方胃第二天就开始抗议了,但还是没忍住又去吃了一次串串。晚上在宽窄巷子逛了一圈,人山人海,买了一兜三大炮和糖油果子,回酒店吃到撑。

周六抽空去了大熊猫基地,早上七点就排队,据说熊猫上午最活跃。果然看到好几只在啃竹子,还有一只小的从树上滚下来,全场都在尖叫。我拍了几百张照片,孩子说要挑一张做成台历。基地里还有小熊猫,在栏杆上跑来跑去,比大熊猫精神多了。

晚上去看了场川剧,变脸那一段真是绝了,演员离我们就两米远,一转头就换一张脸,我瞪大眼睛也没看出门道。旁边一位大爷说他看了三十年也没看明白,我就心安理得了。演出最后还有一段吐火,整个剧场都亮了,孩子要是在肯定高兴坏了。

对了,补丁包已经放到贵行的文件服务器上了,请于本周四晚十点以后再安装。

回来的时候在机场买了几包兔头和麻辣牛肉干,给部门同事分了,结果辣哭了好几个。您要是能吃辣,下次去行里给您带点。听说成都那边的银行同业今年在搞什么数字金融节,现场挺热闹,可惜没时间去看。还有人推荐我去青城山和都江堰,说秋天的银杏特别漂亮,只能留着下次了。

最近这边也降温了,您那边办公室暖气来了没有?我们物业说要等到十五号,大家都穿着羽绒服上班,敲键盘都不利索。我干脆在工位底下放了个小电暖器,结果一开就跳闸,被行政通报批评了一次,只好又换回了暖手宝,还是我女儿送的,上面印着一只胖乎乎的熊猫,同事们都说跟我很配。下个月公司组织去南方团建,我已经开始盼着了。

郑思远""")

case(expect=["ramble"], lang="zh",
     why="ramble: marathon training, smartwatch and health-check chatter; the test-account list deadline is buried",
     sender=PM, to=[ZHANG], subject="跑步心得",
     body="""张处长:

上次在电梯里听您说也在跑步,一直想找机会跟您交流交流。我是去年体检查出脂肪肝才开始跑的,一开始三公里都跑不下来,跑到一半就得停下来走,旁边遛狗的大妈都比我快。后来加了一个跑团,每周二、四晚上在奥体公园集合,有人带着节奏就容易坚持多了。坚持了一年,上个月居然跑完了人生第一个半程马拉松,两小时零七分,虽然成绩一般,但冲线那一刻差点哭出来。

减肥效果也挺明显,一年下来瘦了十四斤,以前的西装又能穿上了。我爱人说我最大的变化是脾气好了,以前加班回来总是烦躁,现在跑一圈回来什么事都想开了。不过也有副作用,饭量大了不少,晚上十点还要吃一碗面,所以体重最近又有点反弹。

装备方面我最近入手了一块智能手表,能测心率、血氧,还能看睡眠质量。用了之后才发现我的深睡只有四十分钟,怪不得白天老犯困。手表还会在我久坐的时候震动提醒,开会的时候震得我特别尴尬。您用的是什么牌子?听说有一款能测跑步功率的,我还在犹豫要不要升级。我爱人说我买装备的劲头比跑步大多了,光跑鞋就买了五双,鞋柜都放不下了。

对了,请贵处于12月3日前提供测试账号清单,我们好安排UAT。

下个月市里有个迷你马拉松,五公里,好像是市总工会办的,局里有没有组队?要是有的话,我们项目组也想报名凑个热闹,顺便给局里的队伍加油。跑完大家一起去吃个早茶,我请客。还有,跑团里有位老中医,专门教大家拉伸,说膝盖的问题大都是拉伸不到位,哪天我把他的视频发您看看。

天冷了,晨跑注意保暖,多穿一层。我上周就是穿少了,跑完一身汗被风一吹,回家就发烧了,躺了两天才缓过来,跑团的教练说入冬以后配速放慢一点,重在坚持,不要逞强。

郑思远""")

case(expect=["ramble"], lang="en",
     why="ramble: ~430 English words on Lisbon, football, a dog and sourdough; the CR-2291 signature request is one sentence",
     sender=PM_EN, to=[DANIEL], subject="Back from Lisbon",
     body="""Hi Daniel,

I hope you had a good week. I'm finally back from ten days in Lisbon, and I have to say it was one of the best trips I've taken in years. We rented a tiny flat in Alfama with a balcony that looked straight down onto the river, and every evening the whole neighbourhood seemed to come out onto the street to eat grilled sardines and argue about football. I don't speak a word of Portuguese, but I learned very quickly that you do not say anything nice about Porto in that part of town.

Speaking of football, I know you're a Spurs fan, so I won't bring up last Sunday. My brother-in-law dragged me to a Benfica match on our second night and the atmosphere was incredible, forty thousand people singing for ninety minutes straight. I lost my voice by half-time and never quite got it back for the rest of the holiday, which my kids considered the best part of the trip.

The dog, meanwhile, stayed with my neighbour and apparently had the time of her life. She has come home about a kilo heavier and now refuses to eat her normal food, because my neighbour has been feeding her roast chicken. We are in a standoff. I suspect she will win.

I also finally gave in and started baking sourdough, like everyone else did five years ago. My starter is called Gerald. Gerald is doing well. My loaves are not. The first one came out roughly the density of a paving stone, and the second one collapsed in the oven, but my daughter says the third one was "nearly bread", which I'm choosing to take as encouragement. If you have any tips, I'm all ears; I seem to remember you mentioning that your wife bakes.

By the way, please sign change request CR-2291 by Thursday.

Otherwise, the big news at home is that we're finally redoing the kitchen, which means we've been living on takeaway and microwave meals for three weeks. The builders found some very old wiring behind the cupboards, so the whole thing will take a month longer than promised, which I'm told is completely normal. I've started to understand how our clients feel when we give them timelines.

Oh, and I finished that book you recommended, the one about the history of the Hanseatic League. It took me a while to get into, but I loved the chapters about the merchant guilds and how they handled disputes between cities. I'd love to hear what else you'd suggest for the next long flight, since I have two more coming up before Christmas.

Anyway, I hope the weather is treating you better than it is treating us, and that the new office move went smoothly.

All the best,
Grace""")

case(expect=["ramble"], lang="en",
     why="ramble: gardening, a school play, a podcast and a soup recipe; the rescheduled penetration-test window is buried",
     sender=PM_EN, to=[PRIYA], subject="A few things",
     body="""Hi Priya,

I hope you're well and that the audit prep isn't eating all your evenings. I wanted to drop you a note because I realised we never finished our conversation about gardening at the workshop last month. I took your advice about the tomatoes and moved them to the south side of the fence, and you were completely right. We ended up with more than we could possibly eat, so half the street has been getting bags of cherry tomatoes on their doorsteps. My neighbour now thinks I'm some kind of horticultural genius, and I haven't corrected her.

The other big event in our house was my son's school play. He was cast as "Tree Number Three", which he took extremely seriously. He practised standing still in the living room for about two weeks, and on the night he did not move a single branch, even when Tree Number Two fell over. I have never been prouder of a piece of scenery in my life. The teachers had clearly put in an enormous amount of work, and the costumes were better than some professional productions I've seen.

On my commute I've been listening to a podcast about the history of bridges, which sounds dull but is actually fascinating. There was an episode about a suspension bridge that started swaying because too many people walked across it in step on opening day, and the engineers had to add dampers afterwards. It made me think about load testing in a whole new way, although my team told me to stop bringing it up at stand-ups.

Also, as promised, here is my mother's recipe for the lentil soup I brought to the team lunch: one onion, two carrots, a cup of red lentils, a tin of tomatoes, a teaspoon of cumin, and a good squeeze of lemon at the end. The lemon is the secret. Don't skip it, whatever you do, and don't let anyone talk you into adding cream.

The penetration test window has moved to the 14th, so please let your SOC know.

We're thinking about a short trip to the Lake District over the long weekend, if the weather holds. The last time we went it rained for four days straight and we spent most of it in a pub playing board games, which, to be fair, was also quite nice. My daughter has asked whether we can bring the cat this time, which is a firm no from the cat.

If you and your family are ever up that way, I can recommend a very good tea room near Grasmere with the best scones I've ever eaten and a slightly terrifying resident goose that guards the car park.

Take care, and speak soon,
Grace""")

case(expect=["ramble"], lang="mixed",
     why="ramble (mixed): gym, coffee, a Netflix drama and a cat; the UAT sign-off deadline is one buried line",
     sender=PM, to=[QIAN], subject="最近 + 一个小事",
     body="""钱经理,

最近好吗? 上次吃饭您说在练普拉提, 我回去也心动了, 办了张健身卡, 结果第一节私教课就被教练练到怀疑人生, 第二天下楼梯腿一直抖. 教练说我 core 太弱, 每天要做三组 plank, 我现在最多撑四十秒, 办公室的小朋友都笑我. 不过坚持了三周, 感觉腰没那么酸了, 久坐的毛病也好了点.

还有您推荐的那家 specialty coffee 我也去了, 就在你们行后面那条街, 手冲的 Geisha 真的有花香, 就是一杯要八十多, 我喝完有点心疼. 老板是个很有意思的人, 在埃塞俄比亚待过两年, 跟我聊了半小时咖啡豆的处理法, 什么水洗、日晒、厌氧发酵, 听得我一愣一愣的. 现在我每天早上自己在家 pour over, 虽然味道差点意思, 但仪式感拉满.

最近在 Netflix 上追一部英剧, 讲的是一个伦敦老警探退休后去乡下开民宿, 结果每集都有客人出事, 节奏很慢但特别下饭. 我爱人说我看剧的时候比开会还专注. 您要是有好剧推荐给我, 我最近剧荒.

对了, UAT sign-off 请下周一前给我们一下.

说个糗事, 我家的猫上周把我笔记本电脑的键盘踩坏了, 正好踩在 Enter 键上, 把一封没写完的邮件发出去了, 幸好是发给我自己的. 现在电脑一打开它就跳上来, 我只好在旁边放个纸箱, 它就乖乖钻进去睡觉, 一睡就是一下午. 同事说这叫 "猫的 Schrödinger 定律", 我也不知道什么意思. 上个月带它去打疫苗, 在医院叫得整层楼都听得见, 回家以后三天没理我, 只肯吃罐头, 现在又黏得不行.

周末天气好的话打算去郊区看银杏, 听说今年叶子黄得早, 再晚一周就掉光了. 您要是有空也可以带家人去走走, 那边还有个农家乐, 柴火鸡做得不错. 去年我们去的时候老板还送了一篮子自己种的柿子, 甜得不得了, 孩子到现在还念叨. 回来的路上记得避开晚高峰, 上次堵了两个多小时, 车上的零食全吃光了.

祝好,
思远""")

# =============================================================================================
# HARD NEGATIVES
# =============================================================================================

case(expect=[], lang="zh",
     why="hard negative: bureaucratic '恕难在本月底前上线' with CR number, review date, reply date and an interim workaround",
     sender=PM, to=[BGS], cc=[ZHANG], subject="关于电子证照自动核验功能的复函",
     quote_style="foxmail", quote_from=BGS,
     quote="远图科技有限公司:\n请在行政审批系统中增加电子证照自动核验功能,并于本月底前上线。\n\n市数据资源管理局办公室",
     body="""市数据资源管理局办公室:

贵局来函收悉,感谢对项目的持续关注。

电子证照自动核验需对接省级证照库,涉及接口申请和安全评估,按目前进度,恕难在本月底前上线。为不影响贵局工作,我方已作如下安排:

一、该事项已登记为变更申请CR-2026-041,拟提交11月19日双方变更评审会审议;
二、评审结论及实施排期于11月21日前书面函复贵局;
三、过渡期间,窗口人员可通过系统"证照查验"菜单手工调取省库结果,操作指引明日发至应用处。

如贵局另有考虑,请随时联系。

远图科技有限公司 项目组
郑思远""")

case(expect=[], lang="en",
     why="hard negative: 'won't be production-ready by 30 November' followed by concrete alternative dates and an offer to add a squad",
     sender=PM_EN, to=[PRIYA], subject="Reconciliation module and the December audit",
     body="""Hi Priya,

Thanks for flagging the audit date. Honestly, the full reconciliation module won't be production-ready by 30 November: the exception-handling workflows still need two more test cycles.

Here's what we can do. Daily batch reconciliation and the audit-trail report can be live on 27 November, which covers what auditors usually ask for first. Real-time matching and the exception workflows would follow on 15 December.

If that doesn't work for your auditors, tell me and we'll look at adding a second squad; I'd just need a day to cost it. Could we talk it through on Thursday?

Best,
Grace""")

case(expect=[], lang="zh",
     why="hard negative: discount request beyond the PM's authority, escalated to the director with a call time",
     sender=PM, to=[QIAN], cc=[LINZH], subject="Re: 二期报价",
     quote_style="outlook_zh", quote_from=QIAN,
     quote="思远,二期报价能不能再降15%?行里预算卡得很紧。\n钱雯",
     body="""钱经理:

理解行里今年预算的压力。15%的降幅超出了我个人的审批权限,我没法在邮件里直接答复您。

我已经把情况报给了我们华东区总监林振华,他对跟贵行的合作非常重视,周三下午会直接给您打电话,一起看看有没有调整范围或者分期付款的空间。

有其他需要我准备的材料,随时告诉我。

郑思远""")

case(expect=[], lang="zh",
     why="hard negative: negation '并不是做不了' with two costed paths and a date, decision left to the division",
     sender=PM, to=[ZHANG], subject="关于跨部门数据共享接口的初步意见",
     body="""张处长:

关于您上周提的跨部门数据共享接口,先说结论:并不是做不了,难点在于公安、社保两家的数据授权还没走完流程。

我们评估了两条路径:
1. 等授权批文下来后直接对接,预计工作量15人日;
2. 先用前置库方式做准实时同步,授权到位后再切换,预计工作量22人日。

两条路各有利弊,我们本周五前把详细对比材料发给您,供处里研究决定。

郑思远""")

case(expect=[], lang="zh",
     why="hard negative: 不予受理/驳回/拒绝/不可能 as workflow states and system behaviour in an operations manual",
     sender=PM, to=[LIU], subject="审批状态流转说明(供操作手册使用)",
     body="""刘科长:

按您的要求,把审批状态流转规则整理如下,可直接放进操作手册:

1. 申请人提交后状态为"待受理";材料不全的,窗口可选择"补正"或"不予受理",选择"不予受理"时必须填写理由,系统自动短信通知申请人。
2. 科室审核环节可"通过"或"驳回",驳回后流程退回窗口经办人,不会直接退回申请人。
3. 超过法定时限未处理的,系统自动标红并推送督办提醒,不可能出现静默超期。
4. 统一身份认证连续五次口令错误,账号锁定30分钟,期间的登录请求一律被拒绝。

如需配截图,我明天补上。

郑思远""")

case(expect=[], lang="zh",
     why="hard negative: the division chief's angry words (扣款, '还想不想干了') only in the quote; PM apologises and gives a plan",
     sender=PM, to=[ZHANG], cc=[LINZH], subject="Re: 系统宕机问题",
     quote_style="outlook_zh", quote_from=ZHANG,
     quote="郑思远:\n系统今天上午又宕了一个半小时,群众在大厅排长队,投诉电话都打到局长那里去了!你们公司到底还想不想干了?再出一次问题,我们就按合同扣款,并上报采购中心!\n\n张建国",
     body="""张处长:

非常抱歉,今天上午的故障给大厅窗口和群众办事造成了严重影响,责任在我方。

初步原因是数据库连接池在业务高峰时被耗尽,我方已于11:40完成扩容并恢复服务。下一步:
一、今晚完成连接池参数调整和慢查询优化;
二、明天上午十点前提交书面故障报告;
三、本周起增加高峰时段专人值守,直至月底。

明天下午我和我们林总当面到局里向您汇报,具体时间请您定。

郑思远""")

case(expect=[], lang="en",
     why="hard negative: client's insult ('Is anyone on your team actually competent??') only in an Outlook quote; PM owns the fault",
     sender=PM_EN, to=[MARK], cc=[DANIEL], subject="RE: Third outage this month",
     quote_style="outlook", quote_from=MARK,
     quote="Grace,\n\nThis is completely unacceptable. Third outage this month. Is anyone on your team actually competent??\n\nMark",
     body="""Mark,

You're right to be frustrated, and I'm sorry. Three outages in a month is not the service you're paying for.

Today's incident was caused by an expired certificate on the payment gateway. Our monitoring should have warned us a week ago and didn't; that's on us. We've renewed the certificate, added expiry alerts for every certificate in the estate, and I'll send a full post-incident review by Friday.

I'd also like to set up a call with you and our head of operations early next week to walk through what we're changing. Would Monday or Tuesday suit you?

Grace""")

case(expect=[], lang="zh", trad=True,
     why="hard negative (traditional): HK manager's '真的無語' and '到底有沒有在測試' only in the quote; PM apologises, fixes, visits",
     sender=PM, to=[WONG], cc=[LEUNG], subject="回覆:對賬檔案缺漏",
     quote_style="gt_zh", quote_from=WONG,
     quote="思遠:\n又錯了!對賬檔案今天又少了兩百筆,你們到底有沒有在測試?我們營運部已經被總行點名,這個月第三次了,真的無語。\n黃志強",
     body="""黃經理:

非常抱歉,這次對賬檔案缺漏給營運部帶來很大壓力,我們完全理解。

經排查,是昨晚批次在跨日切換時漏讀了最後一個分片檔案,屬於我方程式缺陷。補發的完整檔案已於今天下午三點上傳至約定目錄,請營運部同事核對。我們同時加了筆數校驗,筆數不符時批次會自動告警並暫停,不會再把不完整的檔案推送出去。

書面說明明天中午前送到您手上。如方便,週四我們登門向您和營運部當面報告改善措施。

鄭思遠""")

case(expect=[], lang="mixed",
     why="hard negative: slang anger (又崩了??? 到底行不行 呵呵 醉了) only in the quote; PM answers with root cause and next steps",
     sender=PM, to=[WU], cc=[CHEN], subject="Re: 柜面中断",
     quote_style="gt", quote_from=WU,
     quote="又崩了??? 你们到底行不行啊 呵呵\n柜面那边电话都被打爆了, 醉了\n吴涛",
     body="""吴主管,

非常抱歉, 今天 14:05-14:32 的中断影响了柜面业务, 这是我们的问题.

Root cause: 新上线的 rate-limit 配置阈值少写了一个零, 高峰时把正常请求也拦下了. 我们 14:32 已经 rollback, 目前服务正常.

Next steps:
1. 今晚把配置变更加入 double-check 流程;
2. 明天 10:00 前给您正式的 incident report;
3. 本周五前补齐配置项的自动化校验.

有任何问题您直接打我电话.

思远""")

case(expect=[], lang="zh",
     why="hard negative: constructive internal discussion of the division chief's data-security worry, plan to report face to face",
     sender=PM, to=[HEJIA, WEIYM], cc=[LINZH], subject="张处对数据安全的担心,明天当面汇报",
     body="""佳佳、一鸣:

今天张处在电话里对数据共享平台的权限控制提了不少疑问,语气比较急。我仔细想了想,他的担心是有道理的:平台的授权目前只做到表级,局里年底要迎接上级的安全检查,压力都在他身上。

建议我们明天上午先对一下整改方案,下午我约张处当面汇报,把字段级授权的排期和临时管控措施讲清楚。一鸣麻烦准备一页架构图,佳佳估一下工作量。

思远""")

case(expect=[], lang="zh",
     why="hard negative: internal banter, '服了' as praise for colleagues; the client is mentioned only as thanking the team",
     sender=PM, to=[HEJIA, DENGYU], subject="辛苦了!今晚烧烤",
     body="""老何、邓宇:

38个缺陷一晚上清零,我是真服了你们俩。早上钱经理看到缺陷看板都愣了,专门打电话来说咱们团队靠谱,让我替她谢谢大家。

今晚楼下烧烤我请,谁也别跟我抢。

思远""")

case(expect=[], lang="zh",
     why="hard negative: firm but polite contract facts (第七条第二款, payment on final acceptance) with a helpful pre-check offer",
     sender=PM, to=[LIU], subject="关于第三期款开票时间",
     body="""刘科长:

关于您昨天电话里提到第三期款先开票的事,感谢贵科在年底支付流程上的提前安排。

根据合同第七条第二款,第三期款项的支付条件为系统终验通过。目前终验会定在12月8日,按规定我方需在终验报告签署后开具发票。

考虑到年底财务时间紧,我们可以先把发票信息和金额确认单发给贵科预审,终验报告一签署,当天即可开票送达,尽量不耽误局里的支付节点。您看这样是否可行?

郑思远""")

case(expect=[], lang="en",
     why="hard negative: recommendation (lean towards Kafka) with the choice explicitly left to the client",
     sender=PM_EN, to=[DANIEL], subject="Message queue options for the payments hub",
     body="""Hi Daniel,

As promised, here's a short comparison of the two message-queue options for the payments hub.

Option A (Kafka): higher throughput and better replay for audit; needs a new skill set in your ops team.
Option B (IBM MQ): already in use at Northgate, so your team knows it well; about 30% lower peak throughput, still well above your current volumes.

On balance we'd lean towards A for the long run, but B is a perfectly sound choice and would shorten onboarding. It's your call, and we'll support whichever you pick. If it helps, we can walk your ops lead through both on Wednesday.

Best,
Grace""")

case(expect=[], lang="zh",
     why="hard negative: risky words (不可能, 不得, 不接受任何责任) only in the signature motto and disclaimer",
     sender=PM, to=[WU], cc=[CHEN], subject="本周投产变更清单",
     body="""吴主管:

本周六晚投产的变更清单如下,请审阅:
1. 核心账务:利息计提批次优化(CHG-1108);
2. 网银:转账限额配置页面调整(CHG-1112);
3. 监控:新增批次超时告警(CHG-1115)。

回滚方案和验证脚本见附件。如有问题,周五中午前告诉我即可。

郑思远
远图科技 | 项目经理
手机:138-0000-0000
--
座右铭:没有不可能完成的任务,只有不够用心的人。
免责声明:本邮件及附件仅供指定收件人使用,未经许可不得转发、复制或披露。如您误收本邮件,请立即删除;因误传产生的任何后果,本公司不接受任何责任。""")

case(expect=[], lang="zh",
     why="hard negative: long, focused root-cause analysis of a batch overrun (same length as the ramble drafts)",
     sender=PM, to=[CHEN, QIAN], cc=[WU], subject="11月12日代发批次超时问题根因分析",
     body="""陈处长、钱经理:

11月12日代发工资批次超时问题,根因分析如下。

一、现象
当日代发批次原定18:00开始、20:00前完成,实际于22:47完成,超时2小时47分,涉及代发单位41家、明细记录约18.6万笔。期间柜面和网银交易未受影响,但有7家单位的员工当晚未能按时收到工资短信,次日上午已补发。

二、排查过程
1. 19:30监控告警后,我方值班工程师确认批次仍在运行,处理速率从平时每秒约40笔降至每秒11笔;
2. 数据库等待事件显示大量行锁等待,集中在账户余额表;
3. 进一步比对发现,当日17:50有一项账户冻结的批量作业在执行,与代发批次在同一批账户上产生锁竞争;
4. 同时,我方代发程序遇到锁等待时采用逐笔立即重试且没有退避,放大了竞争,形成恶性循环。

三、根本原因
直接原因是两个批量作业在时间上重叠;深层原因是我方程序对锁等待的处理策略不合理,遇到竞争时没有降级或让出机制,这是我方设计上的缺陷。此外,批次监控只看"是否完成",没有监控处理速率,导致告警比问题发生晚了一个多小时。

四、整改措施
1. 代发程序改为每500笔分段提交,并增加指数退避重试,11月20日投产;
2. 增加处理速率监控,速率低于每秒20笔持续五分钟即告警,11月18日上线;
3. 建议在批量日历中标注代发时段,尽量避免同时段执行大批量账户操作,我方可协助运维同事梳理现有批量日历;
4. 补充锁竞争场景的压测用例,纳入每次投产前的回归测试。

五、影响评估
本次超时未造成资金差错,所有明细均已正确入账;涉及的7家代发单位,我们已协助贵行客户经理逐一电话说明情况。经核对,当晚没有因超时产生的重复扣款或漏发记录,对账结果与代发文件完全一致。

六、后续
整改投产后,我们将连续观察三个代发日,并于11月底前提交验证报告。如需当面汇报,我们随时可以安排。

郑思远""")

case(expect=[], lang="zh",
     why="hard negative: long, focused data-migration plan for the bureau (steps, windows, rollback, owners)",
     sender=PM, to=[ZHOU], cc=[ZHANG, HEJIA], subject="历史审批数据迁移方案(第二版)",
     body="""周主任:

根据上周评审意见,历史审批数据迁移方案修订如下,请审阅。

一、迁移范围
2019年1月1日至今的审批办件数据,共约412万条,附件材料约3.8TB。2019年以前的数据保留在原系统只读库,按需查询。

二、迁移批次
1. 第一批(11月22日晚):字典表、机构人员、事项目录,约2万条,用于验证映射规则;
2. 第二批(11月29日晚):2019—2022年办件,约260万条;
3. 第三批(12月6日晚):2023年至今办件及全部附件,约150万条,附件采用增量同步,正式切换前一晚再做一次差异补齐。

三、时间窗口
每批均安排在周五20:00至周六08:00,期间原系统暂停受理,窗口提前三天张贴公告并在政务网发布。

四、校验方法
每批迁移完成后执行三类校验:条数核对(按事项、按年份两个维度)、金额类字段求和比对、随机抽取500件由业务科室人工核对。三类校验全部通过方可进入下一批。

五、回退方案
每批迁移前对目标库做全量快照。若校验不通过且两小时内无法修复,立即回退至快照,原系统恢复受理,回退操作预计40分钟内完成。

六、分工
信息中心:提供原系统只读账号、协调机房网络、组织业务科室抽查;
我方:迁移脚本开发与执行、校验报告、回退操作;
应用处:公告发布及窗口解释口径。

七、沟通安排
每批迁移期间,我方在信息中心机房安排两名工程师现场值守,应用处和信息中心各指定一名联络人。迁移开始、校验完成、切换完成三个节点,我方在工作群同步进展;如需回退,由双方联络人共同确认后执行。每批结束后次日上午十点前提交迁移报告。

八、风险
主要风险是部分2019—2020年数据存在事项编码不规范的情况,约1.2%的记录需人工映射。我方已整理出清单,请信息中心协调相关科室在11月20日前确认映射关系。

如无意见,我们按此方案准备第一批演练,演练安排在11月18日晚,使用测试环境和生产数据脱敏副本,演练报告于次日提交。

郑思远""")

case(expect=[], lang="en",
     why="hard negative: long (400+ words) but entirely on-topic UAT plan for the client",
     sender=PM_EN, to=[PRIYA], cc=[DANIEL, KEVIN], subject="UAT plan for the payments hub",
     body="""Hi Priya,

As agreed at Tuesday's checkpoint, here is the UAT plan for the payments hub. I've kept it to the points your team needs to act on; the full test catalogue is in the shared folder.

Scope. UAT covers the four flows in release 1: domestic transfers, standing orders, bulk salary payments and the new beneficiary-management screens. Cross-border payments are in release 2 and are out of scope for this round.

Schedule. UAT runs for three weeks, from 16 November to 4 December. Week one is for the happy paths, week two for exceptions and limits, and week three is reserved for retesting fixes and regression. We will freeze the UAT environment on 13 November, so any test data you need loaded should reach us by the 11th.

Environment and access. The environment mirrors production at a smaller scale: two application nodes instead of six, and a copy of the reference data as of 31 October. Kevin will send user accounts for the twelve testers you nominated on Monday. Testers will need the VPN profile your IT team issued last month; nothing new is required.

Test data. For salary payments we suggest using the anonymised payroll file from September, which your HR team has already approved for testing. For beneficiary management, each tester gets a block of twenty synthetic customers so that tests don't interfere with each other.

Defect handling. Defects go into the shared tracker with a severity from 1 to 4. We'll triage every morning at 9:30 with your test lead; severity 1 and 2 defects get a fix or a workaround within two working days, and anything lower is scheduled into the weekly build. A daily summary goes out at 17:00.

Exit criteria. We propose that UAT is complete when every test case has been executed, there are no open severity 1 or 2 defects, and any open severity 3 defects have an agreed workaround and a fix date. Sign-off would come from you and from the business owner for payments.

Support. Two of our analysts will sit with your testers on site on Mondays and Thursdays, and the rest of the week they are on the shared channel from 8:30 to 18:00. For anything urgent outside those hours, the on-call number is in the test guide.

Open points. Two things we need from your side: the name of the business owner who will co-sign, and confirmation that the September payroll file can also be used for the performance test in week three.

Please let me know if any of this needs adjusting; we can walk through it on Thursday.

Best regards,
Grace""")

case(expect=[], lang="zh",
     why="hard negative: long, focused weekly report to the bureau (progress, issues, next week), no digressions",
     sender=PM, to=[ZHANG], cc=[LIU, ZHOU], subject="政务服务平台项目周报(11月第2周)",
     body="""张处长:

现将本周项目周报呈报如下。

一、总体进度
计划完成率92%,较上周提升6个百分点。统一身份认证、电子证照查验两个模块已完成开发并进入系统测试;数据共享平台完成第一批12个委办局的接口联调;大屏二期完成高保真设计稿,待信息中心确认。

二、本周主要工作
1. 统一身份认证:完成与局OA、公文系统的单点登录对接,修复缺陷23个,剩余2个均为低优先级界面问题;
2. 电子证照查验:完成与省证照库测试环境的联调,平均响应时间0.8秒,满足合同不超过2秒的要求;
3. 数据共享平台:12个委办局接口全部打通,日均交换数据约46万条,数据质量校验通过率98.7%,未通过部分已逐条反馈至各数据提供单位;
4. 培训:为窗口人员开展两场操作培训,累计培训61人次,培训满意度问卷平均4.6分。

三、存在问题
1. 公安、社保两家的数据授权文件尚未下发,影响共享接口的生产环境部署。我方已准备好部署方案,文件到位后三个工作日内可完成上线;
2. 局机房两台服务器的操作系统版本低于安全基线,需在生产部署前完成升级,请信息中心协助安排维护窗口;
3. 大屏二期设计稿尚待确认,如11月18日前未能定稿,演示环境部署将相应顺延。

四、下周计划
1. 统一身份认证、电子证照查验进入用户验收测试,请应用处于周一前确认测试人员名单;
2. 数据共享平台开展第二批8个委办局的接口对接;
3. 完成历史数据迁移第一批演练;
4. 编制终验材料初稿。

五、质量与风险
本周新增缺陷31个,关闭44个,遗留缺陷总数降至17个,其中无高优先级缺陷。风险清单无新增项,数据授权延迟一项风险等级维持为"中",如11月25日前仍未到位,将上调为"高"并专项报告。

六、需局方协调事项
数据授权文件催办、服务器升级窗口、UAT测试人员名单三项,恳请处里协调推动。

郑思远""")

case(expect=[], lang="en",
     why="hard negative: 'As I said on Monday's call' / 'I told you I'd get back to you' as follow-through, not a reproach",
     sender=PM_EN, to=[DANIEL], cc=[MARK], subject="Re: DR test date",
     quote_style="gt", quote_from=DANIEL,
     quote="Grace, any news on the DR test date? Ops need to plan rotas.\nDaniel",
     body="""Hi Daniel,

As I said on Monday's call, I'd confirm the DR test date once our infrastructure team had checked the network freeze calendar, and I told you I'd get back to you by today, so here it is: Saturday 21 November, 20:00 to 02:00.

Your ops team will need the DR firewall rules in place by Thursday the 19th. I've attached the checklist we agreed, with the two items Mark asked to add.

Thanks,
Grace""")

case(expect=[], lang="zh",
     why="hard negative: '并不是贵行的问题' - PM takes the blame for a faulty deploy script",
     sender=PM, to=[CHEN], cc=[QIAN], subject="昨晚网银登录异常说明",
     body="""陈处长:

关于您问的昨晚投产后网银登录异常,先说结论:这次并不是贵行的问题,是我们的部署脚本漏掉了一个会话缓存参数,导致部分用户登录后被反复踢出。

昨晚01:20定位,01:45完成修复,影响用户约340户。我们已在部署清单里加上该参数的检查项,正式说明今天下午发您。

给贵行添麻烦了,抱歉。

郑思远""")

case(expect=[], lang="zh",
     why="hard negative: internal self-criticism, the rhetorical 难道 aimed at our own testing; blameless review",
     sender=PM, to=[HEJIA, DENGYU], subject="复盘:香港分行对账缺漏",
     body="""佳佳、邓宇:

香港分行对账缺漏这件事,我想了一晚上。跨日分片这个场景,难道我们自己测的时候就一次都没碰到过吗?说明我们的测试数据从来没覆盖过跨日的情况。这是我这个项目经理的责任,计划里压根没留这块的时间。

下周一复盘会不追究个人,只讨论三件事:测试数据怎么补、批次校验怎么加、以后类似场景怎么提前识别。

思远""")

case(expect=[], lang="zh",
     why="hard negative: internal instruction with the client's center director deliberately in Cc, respectful",
     sender=PM, to=[HEJIA], cc=[ZHOU], subject="关于信息中心提出的运维交接事项",
     body="""佳佳:

周主任今天提出,希望在系统移交前由我们对信息中心的三位同事做一次完整的运维培训,并提供可执行的应急手册。我把周主任也抄送在这封邮件里,方便他了解我们的安排:

1. 培训安排在11月24、25日两天,地点在信息中心机房会议室;
2. 应急手册初稿由你牵头,11月20日前发给周主任审阅;
3. 培训后安排一周跟岗,期间由我们的值守工程师带教。

周主任如对内容有补充,请直接回复本邮件。

思远""")

case(expect=[], lang="zh",
     why="hard negative: internal mail quoting the vice-president's blunt criticism ('跟天书一样') and taking it seriously",
     sender=PM, to=[WEIYM, HEJIA, DENGYU], subject="赵行长对运维文档的意见",
     body="""各位:

今天汇报时赵行长说了一句:"你们的文档写得跟天书一样,我们的运维看不懂。"话不太好听,但我觉得他说到点子上了。我们的运维手册确实是写给自己看的,大量缩写没解释,步骤也经常跳。

请一鸣牵头,本周把运维手册按"新人能照着做"的标准改一版,每个操作配截图。改完我先请吴主管那边的同事试读,再正式提交。

思远""")

case(expect=[], lang="zh",
     why="hard negative: colleague's complaint about the client ('烦死了') only in the quote; PM answers constructively",
     sender=PM, to=[HEJIA], subject="Re: 需求又改了",
     quote_style="gt_zh", quote_from=HEJIA,
     quote="思远,这个刘科长真是烦死了,一天改三次需求,我们还干不干活了?\n何佳",
     body="""佳佳:

理解大家这两周被来回改得很辛苦,我也有同感。

不过我跟刘科长聊下来,她频繁改动主要是因为局里的考核指标还在调整,她自己也是被动的。与其一天改三次,不如换个方式:我明天跟她约定每周二、周五两个固定时间集中收需求,其余时间的改动先记到清单里。这样团队有整块的开发时间,她那边也有个预期。

你看这样行不行?行的话我明天就去谈。

思远""")

case(expect=[], lang="zh",
     why="hard negative: 公文腔 '恕不能按原定时间到会' with a substitute attendee and alternative slots, '妥否,请示复'",
     sender=PM, to=[BGS], subject="关于11月14日项目推进会的回复",
     quote_style="foxmail", quote_from=BGS,
     quote="各有关单位:\n定于11月14日(周五)上午9:00在局三楼会议室召开项目推进会,请项目负责人准时参加。\n\n市数据资源管理局办公室",
     body="""市数据资源管理局办公室:

会议通知收悉。

因我司项目负责人当日上午需在省厅参加已提前报备的安全检查,恕不能按原定时间到会。为不影响会议进程,拟作如下安排,妥否,请示复:

一、由我司技术负责人韦一鸣同志代为参会,汇报项目进展;
二、如贵局认为项目负责人须本人到会,我方可于14日下午或17日全天任一时段参加,听从贵局安排。

远图科技有限公司 项目组
郑思远""")

case(expect=[], lang="zh",
     why="hard negative: regulation stated firmly (不得) but with two options and the choice left to the bank",
     sender=PM, to=[CHEN], subject="测试数据使用方案,请贵行选择",
     body="""陈处长:

关于业务部门希望直接用生产数据做测试的需求,按照金融数据安全的有关规定,生产数据不得未经脱敏直接用于测试环境,这一点我们双方都必须遵守。

在合规前提下,我们可以提供两种方案:
A. 生产数据脱敏抽样:保留真实分布,约需5个工作日,需贵行安全部门审批;
B. 合成数据生成:2个工作日可交付,但极端场景覆盖较弱。

我们倾向A,但B更快,请贵行根据测试进度选择,两种我们都能配合。

郑思远""")

case(expect=[], lang="en",
     why="hard negative: 'You must restart', 'refuse connections', 'can't break', 'won't be charging' as technical/service facts",
     sender=PM_EN, to=[MARK], subject="Hotfix 4.2.1 install steps",
     body="""Hi Mark,

Hotfix 4.2.1 is on the SFTP server. Install steps:

1. Stop the scheduler job before you start.
2. Copy the new jar into /opt/gateway/lib, replacing the old one.
3. You must restart the gateway service afterwards; the fix is only picked up at start-up.
4. For roughly two minutes during the restart the gateway will refuse connections. That's expected, and the branch terminals retry automatically.
5. Check that the health endpoint returns 200, then re-enable the scheduler.

This one can't break your existing settings, as it doesn't touch the config files. We won't be charging for it either; it's covered under the warranty.

Grace""")

case(expect=[], lang="mixed",
     why="hard negative: banter aimed at oneself ('我这脑子真是醉了'), no client disparaged",
     sender=PM, to=[KEVIN], cc=[HEJIA], subject="Re: 附件发错了",
     quote_style="outlook", quote_from=KEVIN,
     quote="Siyuan, the attachment in your last mail to Ms Qian is the old version btw.\nKevin",
     body="""Kevin 谢了, 我这脑子真是醉了, 同一个 attachment 连着发错两次. 已经 recall 并把 v3 重发给钱经理, 也跟她说明了情况.

今晚的 coffee 我请, 算交学费 😂

思远""")

case(expect=[], lang="en",
     why="hard negative: 'a hard no' on the earlier date, followed by two concrete alternatives and the board's choice",
     sender=PM_EN, to=[PRIYA], cc=[DANIEL], subject="Re: Bringing go-live forward",
     quote_style="outlook", quote_from=PRIYA,
     quote="Grace, the board would love to see go-live brought forward to 20 November. Is that doable?\nPriya",
     body="""Hi Priya,

I'll be straight with you: 20 November is a hard no from our side, and I'd rather say so now than promise something we'd miss. The cut-over needs a long weekend because of the ledger freeze, and the first one available is 28 to 30 November.

Two things we could do instead:
1. Go live on 28 November as planned, and give the board a live demo on the pre-production environment on 20 November.
2. Switch on the read-only dashboards for the board on 20 November, with transactions following on the 28th.

Happy to go with whichever the board prefers, or to talk through other ideas.

Grace""")

case(expect=[], lang="mixed",
     why="hard negative: pricing beyond the PM's authority, handed to the director with a call time",
     sender=PM, to=[QIAN], cc=[LINZH], subject="Re: 二期 pricing",
     body="""钱经理,

这个 pricing 调整超出我这边能 approve 的范围, 不想随口答应您又做不到. 我已经把情况 loop in 给我们 Director 林总, 他明天下午 3 点会直接跟您 call, 一起看看分期或者调 scope 的 option.

Meeting invite 我稍后发您.

思远""")

case(expect=[], lang="mixed",
     why="hard negative: suggestion (Kafka) with the final decision explicitly the bank's",
     sender=PM, to=[CHEN], subject="Re: 消息中间件选型",
     quote_style="gt_zh", quote_from=CHEN,
     quote="思远,消息中间件你们建议用哪个?行里有现成的 IBM MQ license。\n陈立",
     body="""陈处,

我们的 suggestion 是 Kafka, 主要考虑 throughput 和消息回放, 对后续审计比较友好. 不过贵行已经有 IBM MQ 的 license 和运维经验, 用 MQ 也完全 OK, performance 满足现在的量绰绰有余.

Final decision 在您这边, 两种 option 我们都能支持. 如果需要, 周三可以安排一个 30 分钟的 session 给运维同事对比讲解.

思远""")

case(expect=[], lang="mixed",
     why="hard negative: 403 Forbidden / reject / 被拒绝 as gateway behaviour, two fixes offered",
     sender=PM, to=[WU], subject="网关 403 问题排查结果",
     body="""吴主管,

昨天下午柜面终端调用报 403 Forbidden 的问题查清楚了: 新的 WAF 策略会 reject 所有不带 X-Branch-Id header 的 request, 而 3 台老终端的客户端版本低于 2.8, 不会带这个 header, 所以被拒绝.

两个处理办法:
1. 把这 3 台终端升级到 2.9 (我们可以今晚远程做);
2. 在 WAF 上给这 3 个 IP 加临时白名单, 下周统一升级.

您看选哪个, 回个邮件就行.

思远""")

case(expect=[], lang="mixed",
     why="hard negative: firm but polite scope fact (SOW 3.4) plus an impact assessment by a date; the division decides",
     sender=PM, to=[ZHANG], subject="关于验收 checklist 的说明",
     body="""张处长,

关于验收 checklist 里新增的 "全量历史数据回迁" 一项, 跟您说明一下情况: 合同 SOW 第 3.4 节约定的迁移范围是 2019 年以后的数据, 2019 年以前的历史数据不在本期 scope 内.

我们理解局里希望数据完整. 如果确实需要, 可以走变更流程, 我们先出一份 impact assessment (工作量、排期和费用), 下周三前给您, 由处里研究决定是否纳入.

思远""")

case(expect=[], lang="zh", trad=True,
     why="hard negative (traditional): '下週上線確實趕不及,不過並不是做不了' with CR number, reply date and a daily workaround",
     sender=PM, to=[LEUNG], subject="回覆:日終報表加即期匯率",
     quote_style="outlook_zh", quote_from=LEUNG,
     quote="思遠:\n麻煩在日終報表加一欄即期匯率,下週可以上嗎?\n梁淑儀",
     body="""梁經理您好:

謝謝您的需求。即期匯率需要從總行資金系統取數,下週上線確實趕不及,不過並不是做不了。

我們已將需求登記為CR-HK-019,本週四內部評估介面和工作量,下週二前把排期和報價回覆您。過渡期間,我們可以每天早上九點先把匯率另存一份對照表發到營運部信箱,供報表核對使用。

如有其他考慮,歡迎隨時來電。

鄭思遠""")

case(expect=[], lang="zh",
     why="hard negative: internal prep for a deputy director's visit; officials described by title, respectfully (领导 culture without disparagement)",
     sender=PM, to=[HEJIA, WEIYM, DENGYU], cc=[LINZH], subject="孙局周五现场调研准备",
     body="""各位:

周五上午孙副局长带队来项目现场调研,周主任刚通知我。孙局是统计出身,对数据质量特别敏感,问题会问得很细,大家一定把数据准备扎实,不清楚的当场说"回去核实后报告",不要临场估数。

分工:
1. 一鸣:汇报材料控制在10页以内,重点讲数据共享的成效和下一步计划;
2. 佳佳:演示环境周四下班前冻结,准备两个真实办件的全流程演示;
3. 邓宇:整理近一个月的数据质量报表,打印三份。

周四下午四点彩排。

思远""")

case(expect=[], lang="zh",
     why="hard negative: '几乎是不可能的任务' used as praise in a thank-you letter to the client",
     sender=PM, to=[ZHOU], cc=[ZHANG], subject="感谢信息中心在全市数据归集中的支持",
     body="""周主任:

全市23个委办局的数据归集昨天全部完成,特向您和信息中心的同志们表示感谢。

说实话,项目启动时,我们内部不少人都认为两周内完成这么多部门的对接几乎是不可能的任务。最后能按时完成,靠的是中心同志们一家家去协调、周末加班核对数据,这份功劳首先是你们的。

下周我们把归集质量报告整理好送您审阅。

郑思远""")

case(expect=[], lang="zh",
     why="hard negative: meeting recap whose 'not this phase' item has a CR number, a trigger date and an interim method",
     sender=PM, to=[ZHANG, LIU], cc=[HEJIA], subject="统一身份认证推进会纪要",
     body="""张处长、刘科长:

今天推进会纪要如下,请审阅:

1. 单点登录改造:覆盖局内9个业务系统,11月30日前完成,我方负责。
2. 刘科长提出的人脸识别登录:本期暂不具备条件(需公安接口授权),已登记为CR-2026-045,授权文件到位后一周内给出实施方案和排期,过渡期继续使用短信验证码。
3. 账号清理:由应用处牵头,我方提供脚本支持,12月5日前完成。
4. 下次推进会:11月27日上午。

如有遗漏,请指正。

郑思远""")

case(expect=[], lang="zh",
     why="hard negative: long, focused change-impact analysis for the bank (modules, effort, schedule, risk), choice left to the bank",
     sender=PM, to=[CHEN], cc=[QIAN, WEIYM], subject="关于对公账户实时风控需求的变更影响分析",
     body="""陈处长:

关于贵行风险管理部提出的"对公账户大额转账实时风控拦截"需求,我们完成了变更影响分析,结论和细节如下,供贵行决策参考。

一、需求理解
对公账户单笔转账超过设定阈值,或同一账户30分钟内累计转出超过阈值时,交易需先经风控规则引擎判定,判定结果为"拦截"的交易挂起,由风险管理部人工复核后放行或退回。阈值和规则由风险管理部在管理台维护。

二、影响范围
1. 对公网银转账模块:在交易提交环节增加风控调用,涉及3个交易码;
2. 柜面对公转账:同样需要接入,涉及2个交易码及柜员端提示界面;
3. 新增风控管理台:规则维护、阈值配置、复核工作台、审计日志;
4. 核心系统:无需改造,挂起交易通过现有的"待处理"状态承载;
5. 批量与报表:需新增风控拦截日报,供风险管理部和监管报送使用。

三、工作量与排期
预计总工作量约86人日。若纳入本期,需在现有排期基础上顺延约5周,上线时间由12月20日调整至次年1月下旬;若作为独立二期实施,可于本期上线后立即启动,预计次年2月底上线,本期上线时间不受影响。

四、性能影响
风控调用增加的交易耗时在压测中约为35毫秒,转账交易整体响应时间仍在合同约定的1秒以内。对公转账日均约1.2万笔,峰值每秒约15笔,风控引擎当前容量有较大余量。

五、风险与依赖
1. 规则口径需风险管理部在开发启动前确认,否则可能返工;
2. 挂起交易的客户通知方式(短信或客户经理电话)需业务部门明确;
3. 复核工作台需接入贵行统一身份认证,依赖贵行科技部开通接口权限。

六、建议
综合来看,我们倾向于作为独立二期实施,既不影响本期上线,也给规则口径的确认留出时间。但如果贵行对监管时点有要求,纳入本期同样可行,我们会相应调整资源。具体选择请贵行研究决定,我们可以在下周二的项目例会上当面汇报。

郑思远""")

case(expect=[], lang="en",
     why="hard negative: internal mail taking the client's criticism seriously ('he has a point'), plans a proposal, not a defence",
     sender=PM_EN, to=[KEVIN], subject="Daniel's concern about the audit trail",
     body="""Kevin,

Daniel pushed back hard on the audit-trail design in today's call, and after sleeping on it I think he has a point: we log who approved a payment, but not who changed the beneficiary details beforehand, which is exactly what his regulator will ask about.

Can you sketch what it would take to capture field-level changes on the beneficiary table, with effort and any performance impact? I'd like to go back to him on Thursday with a proposal rather than a defence.

Thanks,
Grace""")

case(expect=[], lang="zh",
     why="hard negative: colleague nicknamed 明明, team fine for saying '不可能', praise; no client disparaged",
     sender=PM, to=[HEJIA, DENGYU, WEIYM], subject="本周小结 & 罚款罐播报",
     body="""各位:

本周小结:数据局二期需求确认完成,C行压测通过,香港分行对账问题已闭环。

再播报一下罚款罐:明明本周说了三次"不可能",按规矩罚三十,今晚的奶茶他包了😄。顺便表扬明明,周三那个大家都说"不可能两天搞定"的证照接口,他一天半就联调通了。

下周重点:数据局终验材料、C行投产窗口确认。

思远""")

# Interleave positives and negatives in a fixed, reproducible order.
CASES = list(C)
random.Random(20261103).shuffle(CASES)
