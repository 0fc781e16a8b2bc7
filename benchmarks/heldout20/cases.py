"""heldout20: 80 labelled PM email drafts, written by an independent helper for mailcoach training/tuning.

Emphasis: subtle argue and backchannel (blame by implication, condescension dressed as help,
sarcasm without sarcastic words, comparisons with other clients, rhetorical questions, sighs and
irony about client people in internal mails), with equally frank mails that stay fair as hard
negatives. All text is synthetic.
"""

import random

# ---- people -------------------------------------------------------------------------------
CHEN = "陈思远 <chen.siyuan@ourteam.example.com>"
EMMA = "Emma Lin <emma.lin@ourteam.example.com>"
KEVIN = "Kevin Xu <kevin.xu@ourteam.example.com>"
LIN = "林志豪 <lin.zhihao@ourteam.example.com>"
HUANG = "黃詩涵 <huang.shihan@ourteam.example.com>"
ZHAO = "赵敏 <zhao.min@ourteam.example.com>"
SUN = "孙涛 <sun.tao@ourteam.example.com>"
LIU = "刘佳 <liu.jia@ourteam.example.com>"
HE = "何静 <he.jing@ourteam.example.com>"
ZHENG = "郑凯 <zheng.kai@ourteam.example.com>"
WU = "吴蕾 <wu.lei@ourteam.example.com>"

WANG = "王建国 <wang.jianguo@client-a.example.cn>"
MA = "马丽 <ma.li@client-a.example.cn>"
QIAN = "钱伟 <qian.wei@client-a.example.cn>"
TIAN = "田野 <tian.ye@client-a.example.cn>"
DAVID = "David Reed <david.reed@client-b.example.com>"
PRIYA = "Priya Nair <priya.nair@client-b.example.com>"
TOM = "Tom Becker <tom.becker@client-b.example.com>"
YE = "葉美玲 <ye.meiling@client-b.example.com>"
ZHANG = "张志伟 <zhang.zhiwei@client-b.example.com>"
FENG = "冯志刚 <feng.zhigang@bank-c.example.cn>"
BAI = "白雪 <bai.xue@bank-c.example.cn>"
JIANG = "蒋宏 <jiang.hong@bank-c.example.cn>"
DENG = "邓磊 <deng.lei@bank-c.example.cn>"


def C(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, trad=False, **extra):
    case = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
                subject=subject, body=body.strip("\n"), quote=quote.strip("\n") if quote else None,
                quote_from=quote_from, trad=trad)
    case.update(extra)
    return case


POS = []
NEG = []

# =============================================================================================
# argue
# =============================================================================================
POS.append(C(["argue"], "zh",
    "blame by implication plus comparison with other clients ('同期另外两家三天就搭起来了'), no explicit accusation",
    CHEN, [MA], "Re: UAT 进度为什么又延后了？", """
马经理您好：

关于UAT的时间，我简单回顾一下：安装包我们10月28日就交付了，部署手册、测试账号模板也在同一天发给了贵方IT。我们这边每一个节点都有邮件记录，随时可以调出来看。

至于环境为什么到今天还没就绪，中间是哪个环节停住的，我这边不太方便评价，相信贵方内部比我们更清楚。顺便提一句，同期另外两家客户拿到安装包后，三天内就把环境搭起来了。

新的时间取决于环境什么时候能交给我们，这个恐怕要请贵方IT先给个准信。

陈思远
""", quote="""
陈经理：

原定11月10日开始的UAT到现在还没正式启动，业务部门已经在问了。请说明一下原因和新的时间。

马丽
""", quote_from=MA, quote_style="outlook_zh"))

POS.append(C(["argue"], "en",
    "condescension dressed as help: a highlighted one-page extract 'since forty pages is a lot', offers to read it aloud on a fourth call",
    CHEN, [DAVID], "Export behaviour - spec reference", """
Hi David,

Following up on your question from this morning about why the export drops rows with an empty cost centre.

To make things easier, I've put together a one-page extract of the spec and highlighted the relevant paragraph in yellow (section 3.2, second bullet). I appreciate that forty pages is a lot to get through, so I kept this version deliberately short - it should only take a couple of minutes.

For what it's worth, this is the same paragraph we went through on the 14 Oct, 21 Oct and 4 Nov calls, and it is also in the sign-off deck your team approved. Happy to read it out on a fourth call if that would help.

Best,
Siyuan
"""))

POS.append(C(["argue"], "zh",
    "rhetorical questions and condescension ('是没收到,还是收到了没来得及打开?看第一行就够了')",
    CHEN, [FENG], "Re: 第三轮性能测试结论？", """
冯处您好：

第三轮性能测试报告已于11月9日（周一）上午10点发到贵行项目邮箱，同时抄送了您本人。报告共十二页，结论写在第一页第一行：全部场景通过，峰值 TPS 4,860,P95 响应时间 320ms。

不知道冯处是没收到邮件，还是收到了没来得及打开？如果是前者，我让同事再补发一次；如果是后者，其实看第一行就够了。

另外想请教一下：前两轮的报告，贵行也都要求我们再口头说明一遍结论。那以后书面报告是不是就可以省了，直接电话汇报更符合贵行的习惯？

陈思远
""", quote="""
陈经理，第三轮性能测试到底通过没有？请给个明确结论。

冯志刚
""", quote_from=FENG, quote_style="gt_zh"))

POS.append(C(["argue"], "mixed",
    "lectures the client and shifts blame to their infra ('在把结论定成系统不稳定之前,先自查'), code-switching",
    CHEN, [ZHANG], "Re: 生产环境又挂了", """
志伟,

Quick facts first: 同一个版本在我们的 staging 和另外三家客户的生产上已经稳定跑了 60 多天,零宕机。Deployment guide 第 4 节写得很清楚,负载均衡的 health check 间隔要设成 10s,贵司现在配的是 60s —— 这个上周五的巡检报告里也标红了。

所以在把结论定成'系统不稳定'之前,I'd suggest your infra team 先对照 guide 把自己的配置 check 一遍。改完如果还挂,我们再来谈系统的问题,fair enough?

Siyuan
""", quote="""
Hi 思远,今天上午生产又宕了40分钟,业务很有意见。你们的系统到底稳不稳定?Please advise ASAP.
志伟
""", quote_from=ZHANG, quote_style="gt"))

POS.append(C(["argue"], "zh",
    "traditional Chinese; passive-aggressive politeness: 'thanks for the fourth reminder', points to the client's own signature, 'should not need a fifth mail'",
    LIN, [YE], "關於報表欄位順序（第四次說明）", """
葉小姐您好：

謝謝您再次來信提醒報表欄位順序的事情。這是您本月第四次提到這一點，我們也第四次說明：欄位順序是依照十月十二日貴司簽核的需求規格書第7頁排列的，簽核頁上有您本人的簽名，附件再附上一次。

我們理解貴司內部人員流動，大家對先前的決定不一定都有印象。但規格書既然是雙方簽過字的，我們只能照著做，這一點相信您也能理解。

希望這次說明夠清楚，應該不會有第五封了。

林志豪 敬上
""", trad=True))

POS.append(C(["argue"], "en",
    "sarcasm without sarcastic words: 'I'm sure this week's list is a different story', blames the client's admins",
    KEVIN, [PRIYA], "Re: URGENT - 23 open issues", """
Hi Priya,

Thanks for the list. For context, last week's list had 19 items, of which 17 turned out to be configuration settings in your own tenant rather than defects - the breakdown is in the attached sheet, column F. I'm sure this week's list is a different story.

We'll start with the items that reproduce on a clean environment. Everything else we'll send back with the setting that needs changing, same as last time.

Friday is realistic for the genuine defects. For the rest, it depends on how quickly your admins get to them.

Regards,
Kevin Xu
""", quote="""
Hi Kevin,

Please find attached 23 urgent issues from this week's testing. We expect all of them resolved before Friday.

Priya
""", quote_from=PRIYA, quote_style="outlook"))

POS.append(C(["argue"], "zh",
    "lectures the IT director on what he 'should have' planned, rhetorical '是不是有点说不过去?', veiled warning",
    CHEN, [WANG], "关于数据库权限问题的说明", """
王总：

昨天报表库被误删表的事情，我们连夜协助恢复了，数据已经全部找回，这点请放心。

不过有些话还是要说在前面。数据库账号的权限怎么划分，按常规应该是贵方在上线前就规划好的，我们在9月和10月的两次周会上都提过，会议纪要里写得清清楚楚。现在一个业务用户手里有 DROP 权限，出了事再让实施方来兜底，从道理上讲是不是有点说不过去？

这次我们就不收费了。但同样的问题如果再发生，我觉得首先需要回答问题的，不应该是我们。

陈思远
""", cc=[ZHAO]))

# =============================================================================================
# refusal
# =============================================================================================
POS.append(C(["refusal"], "zh",
    "flat refusal wrapped in a friendly tone ('宏这个咱就不加了哈'), no evaluation, no date, then changes the subject",
    CHEN, [MA], "Re: 导出能不能带上宏？", """
马姐好~

宏这个咱就不加了哈，导出统一走 CSV，业务那边打开 Excel 自己套一下模板就行，一样的。

另外上周说的培训时间我看了下，周四下午我们都有空，您看几点合适？

周末愉快！
思远
""", quote="""
思远，业务那边想让导出的Excel直接带上我们以前用的那套宏，打开就能出汇总表，这个能加吗？

马丽
""", quote_from=MA, quote_style="gt_zh"))

POS.append(C(["refusal"], "en",
    "bureaucratic flat refusal: 'not subject to further change', 'will not form part of this engagement', nothing offered",
    EMMA, [TOM], "RE: SSO with our Azure AD", """
Tom,

Thank you for your message.

Please note that the authentication approach for the portal was finalised at design sign-off and is not subject to further change. SSO integration will not form part of this engagement.

Kind regards,
Emma Lin
Project Manager
""", quote="""
Hi team,

Could the portal support single sign-on with our Azure AD? Our security team is asking for it before go-live.

Thanks,
Tom
""", quote_from=TOM, quote_style="outlook"))

POS.append(C(["refusal"], "zh",
    "refusal slipped into a meeting recap as item 4 ('本项目不予实施'), no CR, no review date, no alternative",
    CHEN, [BAI], "11月12日项目周会纪要", """
白老师、冯处及各位：

今天周会的要点整理如下，如有遗漏请补充：

1. 第二批网点的培训安排在11月18日、19日两天，地点在分行三楼培训室，讲师由我方孙涛负责。
2. 对账模块的两个遗留问题（#213、#217）已修复，明天上午部署到测试环境，请贵行运营同事协助回归。
3. 生产环境证书将于12月1日到期，贵行科技部已确认在11月25日前完成更换。
4. 贵行提出的批量冲正功能，本项目不予实施。
5. 下次周会时间：11月19日（周三）下午3点，地点不变。

谢谢大家。

陈思远
""", cc=[FENG, SUN]))

POS.append(C(["refusal"], "mixed",
    "curt mixed-language refusal of a weekend go-live ('这个不会变'), no reason offered for review, no alternative, no escalation",
    CHEN, [ZHANG], "Re: 能否改到周六上线?", """
志伟,

周六上线 doesn't work for us. 我们的上线窗口就是周二晚上,这个不会变。

Tuesday 22:00 见。

Siyuan
""", quote="""
思远,业务希望上线从周二挪到周六,周末交易少,影响小一些。Can you arrange?
志伟
""", quote_from=ZHANG, quote_style="gt"))

POS.append(C(["refusal"], "zh",
    "traditional Chinese; '結論是不做…此事就先到這裡', closes the topic with no buffer",
    LIN, [YE], "回覆：繁簡切換功能", """
葉小姐您好：

關於增加繁簡切換按鈕的需求，我們內部已經討論過，結論是不做。目前系統只提供繁體介面，這一點不會調整。

此事就先到這裡，謝謝。

林志豪
""", quote="""
志豪您好：

我們香港同事希望系統加一個繁簡切換按鈕，請問是否可行？

美玲
""", quote_from=YE, trad=True, quote_style="outlook_zh"))

POS.append(C(["refusal"], "zh",
    "one-line refusal with a smiley ('拆不了哈…没有拆的先例'), no alternative offered",
    CHEN, [QIAN], "回复:发票能否拆成三张", """
钱经理:

拆不了哈,我们开票就是按合同一笔一张,没有拆的先例。^_^

陈思远
""", quote="""
陈经理,我们财务要求这笔款按三个项目分别入账,麻烦把发票拆成三张开,谢谢。

钱伟
""", quote_from=QIAN, quote_style="foxmail"))

POS.append(C(["refusal"], "zh",
    "formal-register refusal ('此事我方意见明确:不增加。请贵行据此安排'), no evaluation or alternative",
    CHEN, [DENG], "回复：关于增加一套预发布环境的函", """
邓工：

来函收悉。

关于贵行提出增加一套预发布环境用于并行测试一事，此事我方意见明确：不增加。请贵行据此安排后续测试工作。

此复。

陈思远
""", quote="""
陈经理：

为便于业务测试与科技测试并行开展，我行拟请贵司增加一套预发布环境，请研究并回复。

邓磊
""", quote_from=DENG, quote_style="outlook_zh"))

# =============================================================================================
# persuade
# =============================================================================================
POS.append(C(["persuade"], "zh",
    "pressure via deadline and cost, implicit threat to record the delay in the weekly report if the client does not switch",
    CHEN, [WANG], "关于数据库选型的最终意见", """
王总：

关于数据库继续用 Oracle 还是切到我们推荐的 PolarDB，上周讨论了两轮，我这边的意见就不再重复展开了。

说句实在话，守着 Oracle 只会让后面的扩容和许可费越来越被动，这个账怎么算都不划算。我希望王总这次不要再犹豫，下周一之前给我们一个切换的确认。如果到时候还定不下来，后面工期和预算上的风险我们确实兜不住，只能在周报里如实写明是选型未决导致的。

陈思远
"""))

POS.append(C(["persuade"], "en",
    "asks the client to present our option as 'the decision rather than one of two options' and to keep the alternative from getting airtime",
    CHEN, [DAVID], "Payment gateway - decision needed", """
Hi David,

Every week we spend going back and forth on the in-house gateway versus the hosted one is a week off the launch.

I've laid out the numbers twice now, and I don't think a third deck will change them. The hosted gateway is the only realistic path for a March launch. I'd ask you to take it to your steering committee as the decision rather than as one of two options - presenting both will just reopen the debate.

If it helps, I'm happy to join the committee call and make the case myself, so the in-house option doesn't get airtime again.

Thanks,
Siyuan
"""))

POS.append(C(["persuade"], "zh",
    "pressure via authority ('集团首席架构师亲自审过'、几家股份制银行) and a signing deadline to drop the client's active-active demand",
    CHEN, [FENG], "关于同城双活方案的意见", """
冯处您好：

关于贵行坚持要做同城双活的事情，我们回去又认真研究了一下。

这套主备架构是我们集团首席架构师亲自审过的，国内好几家股份制银行都是这么部署的，跑了好几年没出过问题。双活在贵行目前的交易量下，投入产出比实在太低，继续坚持意义不大。

为了不影响整体进度，还请冯处这周内在架构评审单上签字，按主备方案推进。相关说明材料我已经准备好，贵行领导那边如果有疑问，可以直接拿去用。

陈思远
"""))

POS.append(C(["persuade"], "mixed",
    "'Trust me…管理层嘴上说要实时' dismisses the client's requirement and pushes a sign-off date, code-switching",
    CHEN, [ZHANG], "Re: Real-time dashboard", """
志伟,

Honestly, 实时这个事真没必要。Trust me, 我做过不下十个这种 dashboard,管理层嘴上说要实时,上线之后没人盯着秒级数据看的。T+1 完全够用,而且稳定。

你这边帮忙跟管理层 push 一下,就说是我们的专业建议,别让这个需求再进 scope 了。这周五前 sign off 吧, otherwise 后面的排期真的很难保证。

Siyuan
""", quote="""
思远,管理层希望 dashboard 能做到实时刷新,T+1 他们觉得太慢了。能不能评估一下?
志伟
""", quote_from=ZHANG, quote_style="gt"))

POS.append(C(["persuade"], "zh",
    "friendly 掏心窝子 tone that decides for the client ('您那边不用再回复,默认就这么定了')",
    CHEN, [MA], "审批流层级的事", """
马姐,

审批流改五级这件事,我跟您掏心窝子说一句:真不行。五级审批一上线,一张单子走一个礼拜,到时候挨骂的是您,不是我们。

咱们就按三级来。业务那边您就说是实施方基于行业经验的专业建议,他们一般不会再说什么。需求单上我先按三级改了,您那边不用再回复,默认就这么定了哈~

思远
"""))

POS.append(C(["persuade"], "en",
    "waves away the client's legal concern as 'overblown' and presses for approval today; 'there really isn't a scenario where…'",
    EMMA, [TOM], "Re: Data residency question", """
Hi Tom,

I understand legal wants a look, but honestly I think the concern is overblown - EU-West is where every one of our European clients runs, and none of them has had an issue.

A week's hold puts the environment build at risk, and we'd rather not lose the slot. Could you approve the region as proposed today and let legal review in parallel? If they find something, we'll deal with it then. There really isn't a scenario where a different region makes sense for you.

Best,
Emma
""", quote="""
Before we approve the hosting region, our legal team wants to double-check data residency requirements for customer records. Could we hold the decision for a week?

Tom
""", quote_from=TOM, quote_style="gt"))

POS.append(C(["persuade"], "zh",
    "traditional Chinese; '還請您不要再堅持', drafts the contract on our terms regardless",
    LIN, [YE], "關於結算週期", """
葉小姐您好：

關於您上週提出把月結改成週結的想法，我們內部認真評估過。

坦白說，週結只會讓雙方財務都多出三倍的工作量，對貴司並沒有實質好處。我們合作過的客戶裡，九成以上都是月結，這是業界最合理的做法。還請您這邊不要再堅持這個方案，下週的合約我們就直接按月結擬定，屆時請您安排用印。

林志豪
""", trad=True))

# =============================================================================================
# backchannel
# =============================================================================================
POS.append(C(["backchannel"], "zh",
    "internal sigh and irony about the client's IT director ('这个月第四个最终版…熟悉的操作,熟悉的味道')",
    CHEN, [ZHAO], "王总的需求 v7（最终版）", """
赵敏、孙涛：

王总刚发来了需求 v7，文件名是'最终版'。我数了一下，这是这个月第四个'最终版'了，上一个'最终版'距今还不到 72 小时。

熟悉的操作，熟悉的味道。改动点我标在附件里了，主要是审批页加两个字段、报表挪一列。

大家也别太当真，按惯例，下周大概率还有个'最终版2'。先评估工作量，别急着动代码。

思远
""", cc=[SUN]))

POS.append(C(["backchannel"], "en",
    "reply-all accident: handover warning that mocks the client's change manager while she is still in Cc",
    EMMA, [KEVIN], "Re: Taking over Client-B", """
Kevin,

Some notes before you take over next week.

- Steering committee is every other Thursday, 3pm. David chairs it.
- Change requests go through Priya. A word of warning: her 'quick question' is never quick. Budget an hour minimum, and don't expect the question to be the same one by the end of the call. I've learned to just nod, take notes and wait for it to be written down.
- Tom is fine, just slow on approvals.

Invoices are up to date; next milestone is 15 Dec.

Good luck,
Emma
""", cc=[PRIYA], quote="""
Hi Emma,

Anything I should know before I take over Client-B on Monday? (Copying Priya so she has my details.)

Thanks,
Kevin
""", quote_from=KEVIN, quote_style="gt"))

POS.append(C(["backchannel"], "zh",
    "internal comparison that mocks a bank official ('研究九天…怀疑他是不是在逐字背诵'), client called C行",
    CHEN, [SUN], "测试用例签字进度", """
孙涛:

同样一套测试用例,A公司那边周一发过去,周三就签回来了,还顺带提了几条挺有用的意见。

咱们C行这边,冯处已经'研究'九天了。每次问进展都是'还在看',我都怀疑他是不是在逐字背诵。

你先别等了,回归测试照计划开始,签字的事我再去磨。

思远
"""))

POS.append(C(["backchannel"], "mixed",
    "reply-all accident: mocks the client's business owner ('她也不会记得自己周五提过什么') with her still in Cc",
    CHEN, [ZHAO], "Re: 报表需求变更评估", """
哈哈 classic. 马姐的 'small change' 从来就没 small 过,上次那个'小改动'最后做了两周。

先别回她, let her wait a bit, 等周一我看完再说。反正她也不会记得自己周五提过什么。

思远
""", cc=[MA], quote="""
思远,马丽刚提了一个报表的小改动,我估了下大概 3 人天,要不要接?

赵敏
""", quote_from=ZHAO, quote_style="gt_zh"))

POS.append(C(["backchannel"], "zh",
    "traditional Chinese; internal mockery of the client's contact ('問她哪裡不對,她說感覺…她開心就好')",
    HUANG, [LIN], "今天和B公司的會", """
志豪：

今天的會你沒來真是可惜。葉小姐又把上週定好的流程整個推翻，理由是'我想了想還是不太對'。問她哪裡不對，她說'感覺'。

我已經懶得算這是第幾次了。反正她開心就好，我們照改就是，改完下週再推翻一次也不奇怪。

明天我把新流程圖整理出來給你看。

詩涵
""", trad=True))

POS.append(C(["backchannel"], "zh",
    "internal recap ridiculing a bank department head and 'translating' what he says; advises going around him",
    CHEN, [HE], "C行验收会回顾", """
何总、刘佳：

今天C行的验收会开了三个半小时，真正讨论验收内容的时间大概二十分钟。剩下的时间，蒋处长主要在给我们讲他十年前做核心系统的辉煌经历，顺便讲了讲'你们年轻人做系统就是不够扎实'。

会议结论：下周再开一次。

这位蒋处长的风格大家以后心里有个数：他说'原则上同意'，意思就是不同意；他说'我再看看'，意思是别等了。报价的事建议刘佳直接找白老师，绕开他能省一半时间。

思远
""", cc=[LIU]))

POS.append(C(["backchannel"], "zh",
    "internal mail to sales with a nickname for the client's buyer ('钱大管家的套路') and cynical remarks about him",
    CHEN, [LIU], "A公司续约报价", """
刘佳：

A公司续约的报价，你这次别让太多。

钱大管家的套路你我都熟：第一轮先砍三成，第二轮说预算没批下来，签完了再拖款拖三个月，年底总结的时候还要补一句'服务响应不够及时'。让再多他也不会领情，反正他的 KPI 就是'砍掉了多少'。

报价单我按去年的价格加5%做了，你看看。

思远
"""))

# =============================================================================================
# two labels
# =============================================================================================
POS.append(C(["argue", "refusal"], "zh",
    "closes the client's ticket as 'not a defect', keeps behaviour with no buffer, and lectures the tester to read chapter 5 first",
    CHEN, [TIAN], "回复：【缺陷】订单列表默认按时间升序", """
田工：

这个单我们这边关掉了，状态改为'非缺陷'。

默认升序是需求规格书 5.3.2 写明的，当时是贵方业务确认的口径。系统按规格书实现，谈不上缺陷，排序规则维持现状。

另外提个小建议：以后提单之前，先花五分钟把需求文档第5章对照一下，能省下双方不少来回的时间。

陈思远
""", quote="""
陈经理，订单列表默认按时间升序排列，用户找最新订单要翻到最后一页，这个请尽快改成降序。

田野
""", quote_from=TIAN, quote_style="foxmail"))

POS.append(C(["argue", "backchannel"], "zh",
    "to the client's director: blames the client side and disparages his tester ('理解还停留在培训第一天'), rhetorical '是不是也该重视一下了?'",
    CHEN, [WANG], "关于近两周缺陷单的情况", """
王总您好：

向您汇报一下近两周缺陷单的处理情况：共收到 46 张，已关闭 41 张。

坦白说，这 41 张里有 27 张是操作问题，不是系统问题，大部分出自田工之手。田工人很勤快，这一点我们都看在眼里，但他对系统的理解，恐怕还停留在培训第一天——同一个'找不到导出按钮'的单，他已经提了三次。

我们的测试和开发每天要花不少时间在这些单上。这个效率问题，贵方内部是不是也该重视一下了？毕竟培训是按合同做足了的。

剩下 5 张真实缺陷，本周五前全部修复。

陈思远
""", cc=[ZHAO]))

POS.append(C(["persuade", "refusal"], "en",
    "flat no to offline mode (not even phase 2) plus pressure: 'coverage problem is mostly perception', 'treat this as closed'",
    CHEN, [DAVID], "Re: Offline mode for field app", """
David,

We're not adding offline mode to phase 1, and I'd rather not put it on the phase 2 list either.

Having done a dozen of these rollouts, I can tell you the coverage problem is mostly perception - once the app is in people's hands, nobody misses offline. Sync conflicts, on the other hand, will eat your support team alive. Your field managers will thank you later.

Let's treat this as closed and keep the workshop time for the dashboards. I'll take it that we're aligned unless I hear otherwise by Wednesday.

Siyuan
""", quote="""
Siyuan,

Following yesterday's workshop our field managers really want offline mode in the app - a lot of sites have poor coverage. Can we add it to phase 1?

David
""", quote_from=DAVID, quote_style="outlook"))

# =============================================================================================
# ramble (one actionable line buried in chatter)
# =============================================================================================
POS.append(C(["ramble"], "zh",
    "ramble: weather, hiking, Yunnan food, guitar, Dunhuang; the only ask (UAT test accounts by Wednesday) is one line in the middle",
    CHEN, [MA], "近况 & 一件小事", """
马姐好：

好久没跟您好好聊聊了。这周北京降温降得厉害，我周一早上出门还穿着单外套，结果在地铁口冻得直哆嗦，回家赶紧把羽绒服翻了出来。您那边办公室暖气来了没？我们楼里要到十五号才供暖，这几天大家都裹着毯子写代码，场面挺壮观的。

上周末我带孩子去了趟香山，本来想看红叶，结果人山人海，排队上山排了一个多小时，红叶没看几眼，倒是把山脚下的烤肠摊吃了个遍。孩子说明年再也不来了，我也觉得不如在家附近的公园转转。您之前说喜欢爬山，有没有什么人少景好的地方推荐？我最近在考虑去一趟门头沟，听说那边有几条古道挺不错的。

说到吃，公司楼下新开了一家云南菜，汽锅鸡做得相当地道，米线也不错，就是辣得有点过分，我上次吃完嗓子哑了两天。下次您来我们这边开会，我请您去尝尝，顺便看看他们家的鲜花饼是不是真像网上说的那么好。

对了，UAT的测试账号麻烦周三前发我一下。

还有件事想跟您分享，我最近开始学吉他了，每天晚上练半个小时，手指头磨得生疼，到现在还只会弹三个和弦。我爱人说我弹得像在锯木头，孩子倒是挺捧场，每次都鼓掌。您家孩子是不是也在学乐器？我记得您说过在学钢琴，现在应该弹得很好了吧。

另外，最近在看一部讲古代商队的纪录片，拍得特别用心，骆驼、沙漠、驿站，每一集都像一幅画。看完以后我特别想去一趟敦煌，可惜年底项目多，估计要等明年开春了。您去过敦煌吗？如果去过，一定要给我讲讲有什么值得看的。

还有个好玩的事，我们组新来的实习生上周第一次出差，把高铁票买成了反方向，到了天津才发现，打电话回来的时候声音都在抖。大家笑了他一个礼拜，现在他每次买票都要让三个人帮他核对一遍。年轻人嘛，吃一堑长一智，我当年刚工作的时候也干过差不多的事，把会议室订到了另一个城市的分公司。

就先写这么多，天冷注意保暖，多喝热水。

思远
"""))

POS.append(C(["ramble"], "en",
    "ramble: marathon training, coffee, a podcast, Lisbon trip, a laundry robot; the go-live confirmation request is one line in the middle",
    CHEN, [DAVID], "Catching up", """
Hi David,

Hope you had a good weekend. Mine was busier than planned - I finally signed up for the half marathon in March that I've been talking about for two years, which means my Saturday mornings now belong to a training app that sends me increasingly disappointed notifications whenever I skip a run. This weekend I managed twelve kilometres along the river, and my knees have been filing complaints ever since.

Speaking of the river, a new coffee place has opened right by the bridge, the one with the green awning. They roast their own beans and do a pour-over that takes about ten minutes to arrive, which I found mildly infuriating at first and now consider part of the charm. If you're ever in our office for a workshop, I'll take you there; it's a five-minute walk.

I also finally finished that podcast series you recommended back in September, the one about the history of container shipping. I had no idea how much of the modern world came down to someone deciding that boxes should be a standard size. The episode on the dock strikes in the sixties was fascinating, and I've been boring my family with facts about twenty-foot equivalent units at dinner ever since. My daughter has started leaving the table whenever I say the word logistics.

Could you confirm the go-live date by Friday?

On a completely different note, we're planning a family trip to Lisbon over the Easter holidays, and I remember you mentioning you spent a summer there as a student. Any recommendations? We're thinking about four days in the city and maybe a day trip to Sintra, but I've read the trains get very crowded. My wife is keen on the tiled buildings and the custard tarts; my son only wants to know whether there's a football stadium he can visit. I suspect he'll win that argument.

The office has been quiet this week with half the team at a conference in Berlin. The ones who went keep sending photos of enormous pretzels and complaining about the weather, so I don't feel too left out. Apparently one of the keynote speakers demonstrated a robot that folds laundry, very slowly, and it got a standing ovation. I'd pay good money for one, even a slow one.

Anyway, I'll stop here before this turns into a newsletter. Say hello to the team for me, and good luck with the quarter-end rush - I know December is always hectic on your side.

Best,
Siyuan
"""))

POS.append(C(["ramble"], "zh",
    "ramble to a bank official: conference, tea, fishing, basketball; the cut-over window confirmation is one line",
    CHEN, [FENG], "问候冯处", """
冯处您好：

上周在深圳的金融科技大会上远远看见您，本想过去打个招呼，结果散场的时候人太多，一转眼就找不着了。那次大会整体办得挺有意思，特别是第二天下午那场讲分布式核心的圆桌，几位嘉宾观点针锋相对，比很多正式演讲都精彩。会场外面的展区也热闹，有家厂商搞了个机器人泡茶，排队的人比看产品的人还多，我也凑热闹喝了一杯，味道嘛，还是比不上您上回请我喝的那泡老枞水仙。

说到茶，我最近迷上了白茶，托朋友从福鼎带了两饼老白茶，煮着喝特别香，冬天喝正合适。等下次去行里拜访，我带一些过来，咱们边喝边聊。您要是有什么喝茶的讲究，也请多指点，我现在基本还停留在热水一冲的水平。

另外听白老师说，您周末常去水库钓鱼？我小时候在老家也跟着我爸钓过，那时候用的是竹竿，钓到的都是巴掌大的鲫鱼，回家炖汤，现在想起来还流口水。这些年工作忙，鱼竿都不知道丢到哪里去了。要是哪天您不嫌弃，带我去见识见识，我负责准备午饭。

下周二晚的割接窗口，请贵行周五前书面确认一下。

最近我们公司篮球队也在备战年底的行业联赛，我作为替补中的替补，主要负责在场边递水和喊加油。上周打友谊赛，对面有个小伙子一米九几，盖了我们好几个帽，大家士气低落，赛后一起去吃了顿烧烤才缓过来。您年轻时候是不是也打球？看您的身板，应该是运动型的。

前两天回了趟老家，我妈非要给我塞两箱自己腌的腊肉和一罐辣椒酱，说外面买的都不放心。拎着上高铁的时候，整节车厢都是腊肉味，旁边的大哥问我是不是开饭馆的。回来挂在阳台上，楼上邻居闻着味道来敲门，问能不能匀一块，我只好分了一条出去，算是增进邻里感情了。

天气越来越冷，听说下周还要降温，您出门多注意保暖。有空常联系。

陈思远
"""))

POS.append(C(["ramble"], "mixed",
    "ramble in mixed language: hotpot, badminton, new phone, science fair, Dune; the PO number request is one line",
    CHEN, [ZHANG], "好久没聊了", """
志伟,

Hey, 好久没聊了!上周末终于去了你推荐的那家潮汕牛肉火锅,真的绝了,吊龙和匙柄都特别嫩,我们四个人点了六盘肉还觉得不够。排队排了一个小时, but totally worth it. 下次你来深圳一定要一起去,我请。

最近开始打羽毛球,每周二、周四晚上在公司附近的球馆,打了一个月,球技没怎么长进,倒是把腰给闪了一次。教练说我的发力方式完全不对, everything comes from the arm, 应该用腰和腿。道理我都懂,可身体就是不听话。你之前说你也打,什么时候约一场?我保证不会输得太难看。

对了, invoice 上要填的 PO number 麻烦再发我一下,之前那封邮件我找不到了。

还有,我上周换了新手机,数据迁移折腾了一整晚,聊天记录迁到一半卡住,重来了三次。最后总算搞定, but I swear 再也不半夜换手机了。新手机的拍照是真的好,夜景模式拍出来跟白天差不多,周末带孩子去公园拍了一堆,孩子嫌我拍太多,说我像个 paparazzi.

孩子学校最近在搞 science fair, 他非要做一个火山喷发的模型,小苏打加醋那种,结果在家试验的时候喷了一厨房,我爱人差点没把我俩赶出去。不过最后做出来效果还不错,老师还表扬了。现在的小孩想法真多,我们小时候哪有这些。

另外周末看了 Dune 第二部, IMAX 效果震撼,音效大到座位都在抖。剧情嘛见仁见智,我觉得比第一部好看。你看了没?有空交流一下观后感。

By the way, 我们公司楼下新开了一家 bakery, 牛角包做得特别酥,每天早上八点出炉,晚去一点就没了。我已经连续一周早起去排队,同事们都说我为了面包比为了上班积极多了。下次你来我们办公室,我一定早起给你留两个。

OK 不多说了,周末愉快,代问家里人好!

Siyuan
"""))

POS.append(C(["ramble"], "zh",
    "ramble to procurement: new car, stocks, year-end choir, the dog; the request to mail back the stamped contract is one line",
    CHEN, [QIAN], "年底了，问个好", """
钱经理您好：

最近忙不忙？年底了，估计采购那边又是最忙的时候，各种合同、招标、结算一股脑涌上来，想想都头大。我这边也差不多，每天一睁眼就是各种会，晚上回家孩子都睡了。

跟您说个事儿，我前阵子终于下决心换车了。看了两个月，从油车看到电车，又从电车看回混动，最后选了一台插混的SUV。提车那天特别激动，结果开回家发现小区的充电桩还没装好，物业说要等电力公司审批，估计得一个月。现在每天只能烧油，跟开油车也没什么区别，我爱人天天笑话我。您之前说也在考虑换车，我这点经验可以分享分享，哪家4S店谈价格比较爽快，我心里有数了。

还有股票，今年真是一言难尽。年初听朋友的买了几只新能源，一路跌到现在，套得严严实实。我现在已经放弃看盘了，手机里的软件都卸了，眼不见心不烦。听说您一直做的是稳健型的基金，这个思路我是真佩服，明年也准备学学您。

对了，合同的盖章版麻烦寄回我们公司，地址还是原来那个。

我们公司年会定在一月中旬，今年要搞才艺表演，每个部门至少出一个节目。我们部门商量了半天，最后决定合唱，我被分到了低音部，每天中午在会议室练歌，路过的同事都以为我们在开什么奇怪的会。到时候拍了视频，说不定可以发您看看，给您添个乐子。

家里的狗最近也闹腾，天冷了不爱出门，一出门就往回拽。上周带它去打疫苗，在宠物医院叫得整层楼都听得见，护士都被它逗笑了。

前几天我还去听了一场相声专场，坐在第三排，演员抖包袱的时候口水都快溅到我脸上了。整场笑得肚子疼，回家路上想起来还忍不住乐，旁边的路人都看我。现在的年轻演员是真有本事，现挂接得又快又准，比电视上看的有意思多了。您要是喜欢，下次有票我给您留两张。

好了，不打扰您了，天冷注意身体，有空一起吃饭。

陈思远
"""))

POS.append(C(["ramble"], "zh",
    "ramble to the client's tester: badminton, an old RPG, hotpot, a mountaineering film, coffee; the regression deadline is one line",
    CHEN, [TIAN], "周末愉快吗", """
田工好：

周末过得怎么样？我周六跟几个老同学约了一场羽毛球，打了三个小时，今天早上起来胳膊都抬不起来，敲键盘都有点抖。年纪一大恢复是真慢，想当年上大学的时候，打一下午球晚上还能去通宵网吧。

说到网吧，最近我又重新捡起了一款老游戏，就是那种回合制的经典角色扮演，重制版画面做得特别精致，当年的剧情一点没改，玩起来全是回忆。每天晚上孩子睡了以后玩一个小时，感觉比刷短视频放松多了。您平时玩游戏吗？我记得上次聚餐您说在玩一款赛车的，后来通关了没有？

上周我们组去吃了一家新开的重庆火锅，牛油锅底特别地道，毛肚七上八下刚刚好，就是辣得我第二天嗓子都哑了，开会的时候说话像鸭子叫，被组里同事笑了好几天。您要是喜欢吃辣，这家店可以去试试，就在地铁站旁边，人不算太多。

回归测试麻烦在周四前做完。

另外推荐一部电影，最近上映的那部讲登山的纪录片，拍的是几个人冬季攀登一座雪山的全过程，画面美得不像真的，中间有一段遇到雪崩，整个影院都没人出声。看完以后我特别想去趟西藏，虽然我知道以我的体力，估计到了拉萨就得吸氧。

还有件小事，我们楼下的咖啡店换了老板，新老板是个特别热情的小伙子，每次都要跟你聊半天咖啡豆的产地，什么埃塞俄比亚、哥伦比亚，说得头头是道。我喝了十年咖啡，到现在还是分不清酸和苦，每次都只能点头附和。

对了，我最近还迷上了做饭，每个周末都照着视频学一道新菜。上周挑战了红烧肉，结果糖色炒糊了，整锅肉黑乎乎的，孩子尝了一口就跑了。第二次总算成功了，肥而不腻，我爱人破天荒地夸了一句。下周打算试试水煮鱼，您有没有什么拿手菜，可以传授两招？

好了，先聊到这，天冷多穿点。

思远
"""))

POS.append(C(["ramble"], "zh",
    "ramble to bank operations: branch renovation, a new cat, bubble tea, a year-end sketch; the patch release and tester request is one line",
    CHEN, [BAI], "最近可好", """
白老师您好：

听说贵行营业部最近在装修，您的办公室是不是也搬到临时楼层去了？装修期间噪音大、味道也重，您多注意通风。我们公司去年装修的时候，整个部门挤在一个会议室里办公了两个月，每天跟打仗一样，连打电话都得跑到楼梯间去。后来装修好了，大家反而有点怀念那段挤在一起的日子，说感情都是那时候培养出来的。

我家最近新养了一只猫，是朋友家母猫生的，橘色的，特别能吃，来了一个月已经胖了一圈。每天早上五点准时跳到床上踩我的脸，比闹钟还准。我爱人说这猫是来讨债的，可孩子宠得不得了，天天抱着不撒手。您之前说家里也养了两只，有什么经验可以传授吗？特别是怎么让它别在半夜跑酷。

还有，最近我们楼下开了一家新的奶茶店，据说是网红品牌，每天中午排队排到马路上。我试了一次他们家的招牌，奶盖特别厚，茶底有点淡，选了三分糖还是觉得甜。年轻同事们倒是很喜欢，几乎每天一杯，我看着都替他们的血糖担心。

补丁包下周四发布，请贵行安排测试人员。

上次听您说，贵行年会今年要搞节目比赛？我们公司也在排练，我被分到一个小品里演一位老大爷，台词不多，但是得拄着拐杖满台跑，排练的时候笑场了好几次。到时候如果有视频，互相交流交流，说不定能取取经。

另外前阵子我去参加了一场城市马拉松的欢乐跑，只有五公里，可我跑到三公里就开始喘，最后是走着冲过终点的。终点有志愿者发香蕉和奖牌，我拿着奖牌拍了好几张照片发朋友圈，被同事们调侃说五公里也好意思发。我倒觉得挺值，起码那天早上六点起床，看到了好多年没见过的日出，整条江面都是金色的。不过重在参与嘛，明年打算挑战一下十公里。

天气转冷了，营业厅里人来人往容易感冒，您和同事们都多保重。

陈思远
"""))

POS.append(C(["ramble", "backchannel"], "zh",
    "long internal chatter (kids' classes, salad, team outing, gossip) with a mocking nickname for the client's VP ('拍脑袋总'); the API doc deadline is buried",
    CHEN, [ZHAO], "闲聊几句", """
赵敏:

周末过得咋样?我周六陪孩子上了一整天的兴趣班,上午画画、下午编程,我在走廊里坐了八个小时,把手机里存的三集综艺全看完了。编程班的老师说我家孩子逻辑不错,我心里美了一下午,结果晚上回家他把我的笔记本电脑设了个开机密码,自己还忘了,折腾到十一点才搞定。

说起来,上周五那个会你没来真是错过了一场好戏。A公司那位黄总又开始他的表演了,开会前五分钟拍脑袋想出一个新需求,会上讲得慷慨激昂,说这是战略级的,结果问他具体要什么,他自己也说不清楚,最后来一句'你们是专业的,你们看着办'。我们私下都叫他'拍脑袋总',这个外号真是越叫越贴切。我估计下周他就会忘了这事,再拍一个新的出来。他们家马丽也不容易,每次会后都要跟在后面收拾残局。

对了,接口文档周四前要更新一下。

还有,楼下那家面馆关门了,换成了一家轻食沙拉,我去吃了一次,一碗草要四十八块,吃完半小时就饿了。你上次推荐的那家麻辣烫还开着吗?找个中午一起去。

另外团建的事刘佳又在张罗了,这次想去郊区泡温泉,两天一夜。我觉得挺好,就是怕到时候又赶上上线,大家泡着温泉还得抱着电脑。你要是有想法,直接跟刘佳说,她在收集意见。

最后八卦一下,听说孙涛最近在相亲,已经见了三个了,每次回来都一脸严肃地跟我们复盘,比写测试报告还认真。咱们等着喝喜酒吧。

哦还有,我家楼下新开了个健身房,办了张年卡,去了两次就再没去过,现在每个月看着扣款记录都心疼。你要是有兴趣,我的卡可以带一个朋友,咱们互相监督,争取年底前瘦五斤。昨天晚上我还做了个梦,梦见上线那天机房停电,吓得凌晨三点爬起来看了一眼监控,一切正常才敢睡回去。这职业病是治不好了。

思远
"""))

POS.append(C(["ramble", "persuade"], "mixed",
    "long chatter (dim sum, beach, swimming lessons, a TV show) burying a push to stop debating and back our microservice plan at the review",
    CHEN, [ZHANG], "深圳回来了", """
志伟,

刚从深圳回来,还在回味那几天的早茶。你推荐的那家酒楼真的名不虚传,虾饺皮薄得透光,凤爪炖得入口即化,我们一家三口连吃了两个早上,服务员阿姨都认得我们了。孩子最爱他们家的流沙包,每次都要点两笼,吃得满嘴都是。下次去深圳我还想去,你要是有空,一起饮个茶。

周末还去了趟大梅沙,天气好得不像十一月,海水有点凉, but 孩子还是坚持下水玩了半个小时,上来冻得直哆嗦,还嚷着明年夏天要再来。我在沙滩上躺了一下午,难得什么都不想,感觉把这半年的觉都补回来了。

说到孩子,他最近开始学游泳了,教练说他胆子大,就是动作不协调,蛙泳蹬腿像在踩单车。每次我去接他,他都要表演一遍,溅得我一身水。

Anyway, 那个 microservice 拆分的事,说真的别再纠结了。你们 infra 团队的顾虑我都听过好几遍了, but 单体架构撑不过明年的业务量,这个业内谁都清楚。下周的架构评审会上, I really need 你直接表态支持我们的拆分方案,就别再把'先保持单体'拿出来讨论了,大家时间都很宝贵。这件事拖得越久,后面的成本越高,到时候谁都不好交代。

另外最近在追一部美剧,讲硅谷创业公司的,里面那帮程序员吵架的样子跟我们组简直一模一样,我每集都看得哈哈大笑。你有空也可以看看,保证你会心一笑。

还有一件小事,我在深圳机场买了两盒当地的手信,一盒给我们组,一盒本来想留给你,结果回来的路上被孩子偷吃了一半。下次见面补你一盒新的,这次算我欠你的。

对了,深圳那几天还顺路去看了一场 CBA 的比赛,现场气氛特别热烈,主队最后一秒绝杀,全场都站起来了。孩子第一次看现场比赛,回来以后天天拿着篮球在客厅里拍,楼下邻居估计已经对我们有意见了。

天气转凉了,注意身体,代问嫂子好!

Siyuan
"""))

# =============================================================================================
# hard negatives: frank but fair, buffered, alternatives, escalation
# =============================================================================================
NEG.append(C([], "zh",
    "hard negative: frank about a client-side delay but fair - owns our 3-day slip, states the server delay neutrally, proposes a plan",
    CHEN, [MA], "Re: UAT 什么时候能开始？", """
马姐：

抱歉让您在业务那边承受压力了。把情况如实说一下：

UAT 比计划晚了 12 天，原因有两部分。我们这边，第一版安装包漏了一个依赖，返工耽误了 3 天，这是我们的问题；环境这边，服务器开通比原计划晚了一周左右，贵方IT也跟我们解释了是采购流程卡住了。

目前服务器已经到位，我们今明两天完成部署，最晚 11 月 20 日（周五）可以交给业务开始测试。为了把时间追回来，我们建议把 UAT 从三周压到两周半，重点场景先测，我们派两个人驻场支持。

如果您觉得这个安排可以，我今天下午把更新后的 UAT 计划发给业务部门。

思远
""", quote="""
思远，UAT 比计划晚了快两周了，业务部门天天问我。到底什么时候能开始？能不能给个准话。

马丽
""", quote_from=MA, quote_style="gt_zh"))

NEG.append(C([], "en",
    "hard negative: the helpful version of a spec pointer - takes the blame for a 40-page spec, adds a tooltip, offers a change with an estimate date",
    CHEN, [DAVID], "Export behaviour - one-page summary", """
Hi David,

Thanks for flagging the export question this morning - you're right that it isn't obvious from the screen why rows with an empty cost centre are left out.

The rule comes from section 3.2 of the spec, but the spec is forty pages and that detail is easy to miss, which is on us. I've put together a one-page summary of the export rules (attached), and I'll add a tooltip on the export screen in the next build so users see the rule where it matters.

If your team would rather have those rows exported with a blank cost centre instead, that's a small change - let me know and I'll log it and get you an estimate by Thursday.

Best,
Siyuan
"""))

NEG.append(C([], "zh",
    "hard negative: constructive internal discussion of a bank official's repeated question - blames our own report layout, plans a face-to-face walkthrough",
    CHEN, [SUN], "冯处对测试报告的疑问", """
孙涛、赵敏：

冯处这周两次来电话问第三轮性能测试的结论。报告其实周一就发了，但我回头翻了一下，觉得问题可能出在我们自己：结论虽然在第一页，可是夹在一张二十多行的表格里，不熟悉的人很难一眼看出通过还是不通过。

冯处要向行领导汇报，他需要的是一句话就能讲清楚的结论，这个诉求完全合理。

我想这样调整：
1. 以后每份报告第一页只放一个结论框：通过/不通过、三项关键指标、遗留风险；
2. 明天上午我和孙涛一起去行里，当面给冯处过一遍第三轮结果；
3. 前两轮的报告也按新格式补一份摘要。

孙涛麻烦今天下班前把摘要初稿给我，赵敏帮忙核一下数据。

思远
""", cc=[ZHAO]))

NEG.append(C([], "zh",
    "hard negative: buffered refusal - '本期范围内暂时无法直接加入' with CR number, review date, reply deadline and an interim workaround",
    CHEN, [BAI], "回复：关于增加批量冲正功能", """
白老师您好：

批量冲正的需求收到了，月底对账一笔笔冲正的工作量确实是个实际问题。

这个功能涉及账务核心的改动，本期范围内暂时无法直接加入，我们已将其登记为变更申请 CR-2026-031。11月20日的变更评审会上，我们会评估工作量、对账务的影响和测试范围，会后两个工作日内给您书面答复。

在此之前，为了缓解月底的压力，我们可以提供一个过渡做法：由我方协助导出待冲正清单，运营同事在现有的单笔冲正界面上按清单处理，月底两天我们派一名同事驻场协助。您看是否需要？

陈思远
""", cc=[FENG], quote="""
陈经理：

运营部希望系统增加批量冲正功能，月底对账时一笔笔冲正工作量太大。请贵司评估。

白雪
""", quote_from=BAI, quote_style="outlook_zh"))

NEG.append(C([], "en",
    "hard negative: 'I'm not going to promise…' followed by two concrete dated options and an offer to bring in the delivery director; client's 'no exceptions' only in the quote",
    EMMA, [TOM], "Re: SSO timeline", """
Hi Tom,

I'm not going to promise the full SSO integration by the 15th - I'd rather tell you now than miss it quietly. What we can realistically do:

(a) SAML login for the admin portal on the 15th, with the customer-facing portal following on 5 December; or
(b) both portals together on 5 December, as one fully tested release.

Either way your security team gets a test tenant next Wednesday. Let me know which option suits you, and if neither does, I'll bring our delivery director into a call this week to look at what else we can move.

Best,
Emma
""", quote="""
Emma,

Our security team won't sign off go-live without SSO. We need it before the 15th, no exceptions.

Tom
""", quote_from=TOM, quote_style="gt"))

NEG.append(C([], "zh",
    "hard negative: escalation - weekend go-live is beyond the PM's authority, handed to the delivery director with a callback time; original window kept as fallback",
    CHEN, [WANG], "关于周末上线的申请", """
王总您好：

贵方希望把上线改到本周六，我理解周末业务量小、影响面更可控的考虑。

周末上线需要调整我们多个团队的值班和应急安排，这不是我这个层面能直接拍板的。我已经把贵方的诉求和理由整理好，转给了我们的交付总监何静，她明天中午前会直接给您打电话，商量可行的方案。

在她答复之前，周二的原定窗口我们继续保留，作为备选。

陈思远
""", cc=[HE]))

NEG.append(C([], "mixed",
    "hard negative: negations ('并不是做不了, I'm not saying no') followed by two costed options and the client decides",
    CHEN, [ZHANG], "Re: Real-time dashboard 评估", """
志伟,

并不是做不了, I'm not saying no —— 只是需要把顺序理清楚。

实时 dashboard 的前提是数据管道从批处理改成流式。我列了两个方案:

1. Phase 1 先上 T+1 版本(按原计划 12/15),Phase 2 在 1 月底前升级到 5 分钟级刷新,增加约 15 人天;
2. 直接一步到位做实时,上线推迟到 1 月中旬,增加约 25 人天。

两个方案的成本和风险明细在附件里。管理层更看重哪一点,你们来定,我们按选定的方案排期。周四前给我答复就能赶上下一个 sprint.

Siyuan
""", quote="""
思远,管理层还是坚持 dashboard 要实时,这个到底能不能做?
志伟
""", quote_from=ZHANG, quote_style="foxmail"))

NEG.append(C([], "zh",
    "hard negative: risky words in another sense ('几乎不可能成为瓶颈', '如果调整后还是不行,我们就换…'), technical test report",
    CHEN, [FENG], "第四轮压测结果", """
冯处您好：

第四轮压测结果汇总如下：

- 5000 TPS 持续 2 小时，成功率 99.98%，P95 响应 280ms；
- 主库 CPU 峰值 61%，在当前的读写分离架构下，主库几乎不可能成为瓶颈；
- 失败的 0.02% 全部是连接池等待超时。

连接池目前是 200，我们准备调到 400 再压一轮。如果调整后还是不行，我们就换成按业务分池的方案，不影响上线时间。

唯一需要贵行配合的，是周四晚上开放两小时的压测窗口。

陈思远
"""))

NEG.append(C([], "zh",
    "hard negative: technical terms (Connection refused, 规则被拒绝, 唯一索引, 不会被记两次账); the client's sharp tone only in the quote",
    CHEN, [DENG], "回复：对账接口报错", """
邓工您好：

上午的问题已经查清，分两部分：

1. Connection refused：贵行昨晚更新了防火墙策略，8443 端口的入站规则被一并拒绝了，网络组今天 11:20 已恢复，之后没有再出现；
2. 重复数据：其实是对账文件被重发了一次，数据库的唯一索引拦住了第二次写入，所以日志里有冲突报错，但账务数据没有重复。有幂等键在，同一笔交易不会被记两次账。

为避免再次发生，建议以后防火墙变更前抄送一份给我方，我们帮忙核对端口清单。

陈思远
""", quote="""
陈经理，今天上午对账接口又报错，日志里一堆 Connection refused，还有重复数据。请尽快查明原因！

邓磊
""", quote_from=DENG, quote_style="outlook_zh"))

NEG.append(C([], "zh",
    "hard negative: the client's angry threat only in the Foxmail quote; the PM apologises, explains, commits to a date and escalates",
    CHEN, [WANG], "回复：上线又推迟？", """
王总您好：

您的不满我完全理解。三次推迟确实是我们的责任，在此正式向您道歉。

这次推迟的原因是支付模块在联调中发现了一个对账差错，我们不能带着这个问题上线。目前修复已经完成，正在做全量回归。

我们的承诺是：11月24日（周二）晚上线。我们的交付总监何静明天上午会给您打电话，当面汇报整改措施和上线保障安排。

陈思远
""", cc=[HE], quote="""
陈思远：

这已经是第三次推迟上线了。你们是不是觉得我们很好糊弄？下周再不上线，我直接找你们老板谈。

王建国
""", quote_from=WANG, quote_style="foxmail"))

NEG.append(C([], "en",
    "hard negative: client's 'completely unacceptable… is anyone working on this??' only in the quote; PM agrees, explains root cause, gives a time",
    KEVIN, [PRIYA], "Re: P1 - import still failing", """
Hi Priya,

You're right to be frustrated - three days is too long for a blocking issue, and I'm sorry.

Where we are: the root cause is a race condition in the file import that only shows up with your larger batch sizes. A fix is in code review now. We'll deploy it to your test environment tomorrow by 10am your time, and I'll send you a short note once it's there so your team can re-run the batch.

Going forward I'll send a daily status on any P1 until it's closed, so you don't have to chase us.

Regards,
Kevin
""", quote="""
This is completely unacceptable. Three days and still no fix. Is anyone on your side actually working on this??

Priya
""", quote_from=PRIYA, quote_style="gt"))

NEG.append(C([], "zh",
    "hard negative, traditional Chinese: client's '到底行不行?' only in the Outlook quote; apology, cause, report date, offer to visit",
    LIN, [YE], "回覆：系統當機", """
葉小姐您好：

非常抱歉，今天下午的當機影響了門市營業，這是我們的責任。

初步原因是資料庫連線數在尖峰時段用滿，新的請求無法進來。我們已經在下午四點擴充連線數並重新啟動服務，之後系統運作正常。

完整的事故報告會在明天中午前寄給您，內容包括根本原因、改善措施和後續監控方式。如果方便的話，我希望明天下午能到貴公司當面向您說明。

林志豪 敬上
""", quote="""
志豪：

你們的系統今天又當機，我們門市整個下午都不能開單！這種品質真的讓人很失望，到底行不行？

葉美玲
""", quote_from=YE, trad=True, quote_style="outlook"))

NEG.append(C([], "zh",
    "hard negative: internal banter - '我是真服了' as praise for a colleague, client quoted thanking us",
    CHEN, [ZHAO], "周五凌晨那次修复", """
赵敏:

周五凌晨两点你一个人把那个死锁修好,我是真服了。C行的白老师今天早上特意打电话来,说月结跑得比以往都顺,让我转达谢意。

这周你调休两天,不用请示,直接休。奶茶和火锅我包了,你挑地方。

思远
"""))

NEG.append(C([], "zh",
    "hard negative: self-deprecation ('我这脑子') about the PM's own error in minutes; apologised to the client separately",
    CHEN, [ZHAO, SUN], "更正：11月10日会议纪要", """
各位：

我这脑子……昨天的会议纪要里，把马丽确认的 UAT 截止日期写成了 11 月 28 日，实际是 11 月 26 日。已经在共享盘里更正，版本号 v1.1。

我也单独给马丽发了邮件说明并道歉。大家排期请以 v1.1 为准，尤其是孙涛的回归计划，麻烦往前挪两天，有困难随时找我。

思远
""", cc=[WU]))

NEG.append(C([], "en",
    "hard negative: firm-but-polite facts (SOW section 4.1) with two concrete alternatives and the client choosing",
    KEVIN, [PRIYA], "Re: Second staging environment", """
Hi Priya,

Thanks - I can see why parallel testing would help, given how tight the UAT window is.

To be transparent: the signed SOW (section 4.1) covers one staging environment, so a second one would be a change request. Two ways forward:

1. I send you a quote for a second environment by Thursday; if approved, it can be up within five working days.
2. We split the existing environment into two fixed daily windows (UAT mornings, integration afternoons), which we could start on Monday at no cost.

Happy to go with whichever suits your teams better.

Regards,
Kevin
""", quote="""
Hi Kevin,

We need a second staging environment so that our UAT and integration teams can test in parallel. Please set this up by next week.

Priya
""", quote_from=PRIYA, quote_style="outlook"))

NEG.append(C([], "zh",
    "hard negative: recommendation that leaves the choice ('按我们的经验…最终按贵方的决定来'), both options costed",
    CHEN, [MA], "Re: 审批流改五级", """
马姐：

收到。我们从两个角度看了一下，供您和业务参考：

- 五级审批：合规上最稳妥，每个环节都留痕；但按目前的单据量估算，一张单平均要 4–5 个工作日走完；
- 三级审批 + 金额阈值（例如 5 万元以上才加签法务和总经理）：大部分单据 1–2 天走完，大额单据仍然走五级。

按我们在同类项目里的经验，后一种上线后的抱怨会少一些。但业务的合规要求我们不一定了解全面，两种我们都能做，工期差别约 3 天。最终按贵方的决定来，您定了告诉我就行。

思远
""", quote="""
思远，业务那边希望审批流改成五级，部门经理、财务、法务、分管领导、总经理都要过。你们看看。

马丽
""", quote_from=MA, quote_style="gt_zh"))

NEG.append(C([], "zh",
    "hard negative: risky motto and disclaimer only in the signature ('拒绝借口…没有做不到', '否则后果自负'); body is a plain status note",
    CHEN, [WANG], "本周进度简报", """
王总您好：

本周进度简报如下：

1. 订单模块开发完成 90%，剩余导出功能周三完成；
2. 接口联调通过 14 个，剩余 3 个等待贵方提供测试数据；
3. 下周一开始第一轮系统测试。

如有问题随时联系我。

陈思远
项目经理 | 交付一部
电话：010-5555-0123
--
拒绝借口，只要结果；没有做不到，只有想不到。
本邮件及附件仅供指定收件人使用，不得擅自转发。如您误收本邮件，请立即删除并通知发件人，否则后果自负。
"""))

NEG.append(C([], "en",
    "hard negative: 'No is not an answer' motto and 'you must not…' disclaimer only in the signature",
    CHEN, [DAVID], "Steering committee pack - 19 Nov", """
Hi David,

Attached is the pack for Thursday's steering committee: progress against milestones, the three open risks, and the change request log. The only decision we need from the committee is the go/no-go date for the pilot.

Let me know if you'd like anything added before Wednesday noon.

Best regards,
Siyuan Chen
Project Manager, Delivery Unit 1
-- 
"No is not an answer; it's a starting point."
CONFIDENTIALITY NOTICE: This email is intended only for the named recipient. If you are not the intended recipient, you must not read, copy or forward it, and you must delete it immediately. We do not accept liability for any errors or omissions in its contents.
"""))

# ---- long but focused ---------------------------------------------------------------------
NEG.append(C([], "zh",
    "hard negative: long but focused root-cause analysis (ramble length), takes the blame",
    CHEN, [FENG], "11月15日批处理中断事件根因分析", """
冯处、白老师：

11月15日夜间批处理中断事件的根因分析如下，供贵行参考。

一、事件概述
11月15日23:40，日终批处理在利息计提步骤中断，导致次日开门前的报表延迟约1小时40分钟生成。期间联机交易不受影响，没有资金差错。

二、时间线
23:40 批处理在第7步报错退出；23:52 值班人员收到告警并开始排查；00:35 定位到原因；01:10 完成修复并从第7步重跑；03:20 批处理全部完成；次日07:40 报表全部生成，比正常时间晚约1小时40分钟。

三、根本原因
利息计提步骤读取的利率参数表中，11月15日新增了一条利率记录，生效日期字段为空。程序在计算时没有对空值做校验，直接抛出异常退出；参数维护界面也没有把生效日期设为必填。两处防护都缺失，是这次中断的根本原因，责任在我方。

四、影响范围
受影响的只有日终批处理和依赖它的12张报表。联机交易、对账文件和监管报送均未受影响。我们逐一核对了当天的账务数据，与总账一致。

五、改进措施
1. 程序：利息计提增加参数合法性校验，遇到异常参数跳过该条并告警，不再中断整个批处理（11月22日上线）；
2. 界面：参数维护界面把生效日期设为必填，并增加保存前的录入预览（11月29日上线）；
3. 监控：批处理每一步增加耗时告警，超过基线十分钟即通知值班人员；
4. 演练：12月上旬组织一次批处理中断的应急演练，请贵行运维同事一起参加；
5. 复查：对其余二十三张参数表做一次同类空值风险排查，结果在12月5日前提交。
6. 流程：参数变更纳入双人复核，由录入人和复核人分别确认后才能生效，贵行和我方各出一份操作规程。

六、需要贵行配合
请在11月20日前安排参数维护岗位的同事参加一次半小时的操作说明会，我们会介绍新界面的校验规则。

如有疑问，我们可以在周四的例会上再详细说明。

陈思远
""", cc=[BAI]))

NEG.append(C([], "zh",
    "hard negative: long but focused weekly report (ramble length), risks and asks stated plainly",
    CHEN, [WANG], "第46周项目周报", """
王总、马丽：

第46周（11月9日至11月13日）项目周报如下。

一、总体状态：黄灯
整体进度比计划落后3个工作日，主要受UAT环境交付延迟影响。关键里程碑12月15日上线目前仍可保证，但缓冲时间已经基本用完。

二、本周完成
1. 订单模块、库存模块开发完成，单元测试覆盖率82%；
2. 与财务系统的7个接口全部联调通过；
3. 完成第一批15名业务骨干的操作培训，培训反馈平均4.6分（满分5分）；
4. 修复缺陷38个，其中严重缺陷2个，均已回归通过。

三、下周计划
1. 11月16日完成UAT环境部署，17日起开始UAT；
2. 报表模块开发，计划完成12张报表中的8张；
3. 数据迁移第二次演练，目标是把迁移时间从9小时压缩到7小时以内。

四、风险与问题
1. UAT时间从三周压缩到两周半，测试覆盖可能不足。应对：优先测试核心业务场景，我方增派两名测试人员驻场支持；
2. 数据迁移演练发现约0.3%的历史订单缺少客户编号，需要贵方业务确认处理规则，请马丽协助在11月18日前确认；
3. 报表口径尚有3项待财务部确认，已在需求跟踪表中标注；
4. 我方一名开发同事下周请婚假五天，工作已交接，对进度影响很小。
5. 生产服务器的采购审批仍在贵方流程中，如果11月底前不能到货，上线前的性能测试只能在预发布环境上做，结果的参考价值会打折扣。建议贵方IT本周内确认到货时间，我们据此决定是否需要租用临时的测试资源。

五、需要贵方支持的事项
1. 11月16日前开通UAT环境的业务测试账号（约30个）；
2. 确认历史数据缺失客户编号的处理规则；
3. 安排财务部同事参加11月19日的报表口径评审会；
4. 确认生产服务器的到货时间。

六、下周例会
11月19日（周四）上午10点，议题为UAT首周进展和报表口径确认，会议链接会提前一天发出。附件为更新后的项目计划甘特图和缺陷统计表，其中红色标注的是本周新增的依赖项。

如有问题，欢迎随时联系。

陈思远
""", cc=[MA]))

NEG.append(C([], "en",
    "hard negative: long but focused migration plan (400+ words), rollback and asks, no chatter",
    CHEN, [DAVID], "Order history migration - proposed plan", """
Hi David,

Ahead of next week's review, here is the proposed plan for migrating the order history from the legacy system into the new platform. I've kept it to the points your team will need to plan around.

Scope. We will migrate 1.8 million orders from 2019 to 2025, together with 240,000 customer records and their addresses. Orders older than 2019 stay in the legacy archive, which remains available read-only through the reporting portal until the end of next year.

Approach. The migration runs in three stages. First, a full rehearsal on the staging environment on 21 November, using a copy of production taken the day before. Second, another rehearsal on 28 November, after we fix whatever the first one turns up. Third, the production run in the cut-over window on the night of 5 December, from 10pm to 6am.

Validation. After each stage we compare record counts, order totals by month, and a random sample of 500 orders field by field. We'll share the reconciliation report with your finance team the morning after each rehearsal. For the production run, the go/no-go checkpoint is at 4am: if the reconciliation shows a difference in totals above 0.01%, we roll back.

Rollback. The legacy system stays untouched and read-only during the window, so rollback means switching the order entry screens back to the old system. We have rehearsed this twice; it takes about 40 minutes.

What we need from your side. A DBA on call for the whole window, a finance representative available from 4am to sign off the reconciliation, and a freeze on order entry from 9:30pm. We also need the updated mapping for the three discontinued product categories by 18 November, so that the first rehearsal uses the right codes.

Risks. The main risk is run time: the last test took nine hours on a smaller server, and the window is eight. We're moving the job to the production-sized server for the rehearsals and expect about six hours. If the first rehearsal runs over seven, I'll come back to you with options, including splitting the migration over two nights. A smaller risk is the address data: around 2% of addresses fail our format checks, and we propose to migrate them as they are and flag them for your customer service team rather than hold up the run.

Communication. On the night, I'll post a status update in the shared channel every hour, and your finance representative and I will make the go/no-go call together at 4am.

Happy to go through any of this on Thursday's call.

Best,
Siyuan
"""))

NEG.append(C([], "mixed",
    "hard negative: long but focused change-impact analysis in mixed language; recommendation with the decision left to the client's CCB",
    CHEN, [ZHANG], "CR-027 预售状态 – impact analysis", """
志伟,

关于贵司上周提出的 CR-027(订单增加预售状态),影响分析如下,供下周 CCB 评审参考。

1. 功能影响
- 订单状态机:新增 PRE_SALE 状态,涉及 4 条状态流转规则的修改;
- 库存:预售订单不扣实际库存,改为扣预售额度,需要新增额度表和对应的管理页面;
- 支付:预售支持定金加尾款两段支付,支付模块要支持同一订单多笔支付记录;
- 报表:销售日报、库存周报两张报表需要区分预售和现货。

2. 系统影响
- 数据库:新增 2 张表,修改 3 张表的字段,需要一次数据迁移脚本;
- 接口:对 ERP 的订单同步接口要加一个状态字段, ERP 那边需要同步改造, this is the main dependency;
- 性能:预估对下单接口的响应时间影响在 10ms 以内,可以忽略。

3. 工作量与排期
- 开发 18 人天,测试 8 人天,合计 26 人天;
- 如果本期纳入,上线日期从 12/15 推迟到 1/12;
- 如果放到下一期,可以在 2 月底上线,本期排期不受影响。

4. 风险
- ERP 改造如果不能在 12 月底前完成,预售订单只能先手工同步,会增加运营的工作量;
- 定金退款规则目前还没有明确,需要贵司业务和财务一起确认,否则测试用例没法定稿;
- 预售活动期间流量可能集中在几个时间点, we suggest 一次专项压测,约 3 人天,已含在上面的测试工作量里。

5. 建议
从技术角度,我们建议放到下一期,主要原因是 ERP 的依赖风险比较大。但如果业务上预售活动必须赶在春节前上线,本期纳入也可行,我们会相应调整资源。最终由 CCB 决定,评审会上我们可以逐项解释,也欢迎贵司 ERP 团队一起参加。

Siyuan
"""))

# ---- internal, fair -----------------------------------------------------------------------
NEG.append(C([], "zh",
    "hard negative: internal mail that takes a client's harsh criticism seriously ('话不太好听,但她说的是对的'), plans a fix and a face-to-face report",
    CHEN, [ZHAO], "马丽提的导出性能问题", """
赵敏：

马丽今天在会上说我们的导出'慢得让人怀疑人生'。话不太好听，但我回来自己试了一下，十万行导出确实要四分多钟，她说的是对的。

我们之前只用一万行数据测过，这是我们测试覆盖不够。麻烦你评估两个方向：分页流式导出，或者改成异步导出、完成后邮件通知。周三前给我一个工作量估计，我周四去跟马丽当面汇报改进方案。

思远
"""))

NEG.append(C([], "zh",
    "hard negative: internal instruction with the client deliberately in Cc ('抄送王总'), takes the client's reporting concern at face value",
    CHEN, [ZHAO], "报表口径核对（抄送王总）", """
赵敏：

抄送王总，让王总也了解一下我们的处理进展。

王总今天反馈，月报里的有效订单数和他们财务的口径对不上，差了 312 单。我初步看了下，可能是我们把'取消后又恢复'的订单排除了，而财务是算在内的。

麻烦你今天下班前核对一下取数逻辑，结论直接回复全部（包括王总）。如果确实是口径差异，我们以财务口径为准，下一版月报修正，并把口径说明写进报表备注。

思远
""", cc=[WANG]))

NEG.append(C([], "en",
    "hard negative: internal forward of the client's blunt criticism ('all noise, no signal' in the quote) - 'he has a point', proposes a fix",
    CHEN, [KEVIN, EMMA], "FW: Weekly status reports", """
Kevin, Emma,

See David's note below. It stings a bit, but he has a point: our weekly report has grown to six pages, and the one thing he needs - are we on track for the pilot, and what does he need to decide - is buried on page four.

Proposal for this Friday's report: one page, three sections (status in one line, decisions needed, top risks), with the detail moved to an appendix. Emma, could you draft it? I'll call David on Monday to check it's what he wants before we change the template for good.

Siyuan
""", quote="""
Siyuan,

Frankly, your weekly status reports are all noise and no signal. I stopped reading them after week three. Tell me what I need to know in five lines or don't bother.

David
""", quote_from=DAVID, quote_style="outlook"))

NEG.append(C([], "zh",
    "hard negative: fair comparison with other banks ('一般两周…贵行多一道合规审查') used to plan realistically, not to pressure",
    CHEN, [FENG], "验收周期安排", """
冯处您好：

关于验收周期，跟您同步一下我们的排期考虑。

我们在其他几家城商行做类似项目时，验收一般两周左右完成。贵行的流程多了一道合规部门的审查，我们和白老师确认过，这一步通常需要一周，所以这次我们按三周来排，上线日期相应定在12月22日。

这样安排是为了不让贵行各部门在时间上为难。如果合规审查可以和业务验收并行，我们也很乐意配合压缩；如果需要更长时间，也请提前告诉我们，我们一起调整。

陈思远
"""))

NEG.append(C([], "zh",
    "hard negative: rhetorical '难道不应该…吗?' aimed at ourselves, '这并不是贵方配置的问题' takes the blame",
    CHEN, [MA], "关于昨晚发版导致的登录问题", """
马姐：

昨晚发版后部分用户无法登录，今天早上 8:40 已经回滚修复，影响时间大约一个半小时。

先说结论：这并不是贵方配置的问题，是我们的发版脚本漏掉了一项缓存清理。这种问题，难道不应该在发版前的检查清单里就拦住吗？我们内部复盘时也在这样反问自己。这一项已经加进了发版检查清单，以后发版由两人交叉确认。

给业务部门带来的麻烦，再次抱歉。如果需要，我可以去业务部门当面解释。

思远
"""))

NEG.append(C([], "zh",
    "hard negative: '上周四电话里我说过' as follow-through on a promise, plain confirmation",
    CHEN, [WANG], "确认:数据迁移窗口", """
王总您好:

上周四电话里我说过,会在本周三前确认数据迁移的窗口,现在正式确认如下:

- 时间:11月28日(周六)22:00 至 11月29日(周日)06:00;
- 范围:2019–2025 年的历史订单,约 1,800 万条;
- 回滚点:29日 04:00,如果校验未通过,就在此时启动回滚。

贵方需要安排一位 DBA 和一位业务代表全程在线,名单请在周五前发给我,谢谢。

陈思远
"""))

NEG.append(C([], "mixed",
    "hard negative: 'As promised on Monday's call' follow-through, mixed language, technical notes",
    CHEN, [ZHANG], "Re: 迁移脚本", """
志伟,

As promised on Monday's call, 附件是迁移脚本 v2 和 rollback plan. 几点说明:

- 脚本支持断点续跑,中途失败不需要从头开始;
- rollback 预计 40 分钟,已经在 staging 上演练过两次;
- 唯一的前提是 source DB 在迁移窗口内设为 read-only.

有问题随时 ping 我,周四 review meeting 上我们再逐条过一遍。

Siyuan
""", quote="""
思远,上次说的迁移脚本和回滚方案,什么时候能给我们?
志伟
""", quote_from=ZHANG, quote_style="gt"))

NEG.append(C([], "en",
    "hard negative: frank about a blocker on the client side (VPN ticket pending since 3 Nov) but fair - acknowledges their queue, asks for help, offers on-site work",
    CHEN, [DAVID], "VPN access - pending since 3 Nov", """
Hi David,

A quick flag: our two developers still don't have VPN access. The request went to your IT service desk on 3 Nov (ticket INC-40872), and as of today it's still pending.

I know your IT team has a queue and this isn't their only priority. It does block the integration work, though - each extra week pushes the pilot back by about the same. Would you be able to help nudge the ticket? If it's easier for your side, our developers can also work on-site at your office on Tuesdays and Wednesdays until access comes through.

Thanks,
Siyuan
"""))

NEG.append(C([], "zh",
    "hard negative: internal sigh ('又是熟悉的周五晚上十点发版') aimed at our own planning, explicitly not at the client",
    CHEN, [ZHAO, SUN], "又是周五晚上发版", """
各位：

又是熟悉的周五晚上十点发版，大家辛苦了。

说句公道话，这次跟客户没关系。A公司的需求两周前就冻结了，是我们自己前面排得太满，没给测试留余量，最后只能挤在周五。这是我排期的问题。

下个迭代开始，我会把发版固定在周二，测试至少留三天。今晚的外卖我已经点了，九点半到。

思远
""", cc=[WU]))

NEG.append(C([], "zh",
    "hard negative: a colleague's complaint about the client ('太能折腾了') only in the quote; the PM answers constructively and plans a face-to-face talk",
    CHEN, [ZHAO], "回复：需求变更太频繁", """
赵敏：

理解，你们组这两周确实累，辛苦了。

我问了一下马丽，他们变更多，主要是业务部门也在重新梳理流程，不是故意折腾。不过频繁变更对双方都没好处，我打算这样处理：

1. 明天上午和马丽当面对一下，约定从下周起所有变更统一走 CR 流程，每周三集中评审一次；
2. 本周已经提出的 5 个变更，我先整理影响评估，优先级请马丽来排。

你那边先把手上的做完，新来的变更先不要直接动手。

思远
""", quote="""
思远，这个客户真的太能折腾了，需求一天三变，我们组都快疯了。能不能跟他们说说，别再改了？

赵敏
""", quote_from=ZHAO, quote_style="gt_zh"))

NEG.append(C([], "zh",
    "hard negative: risky words as technical terms ('程序会拒绝没有表头的文件') and '原本以为不可能' as praise for the client's team",
    CHEN, [BAI], "新版对账程序说明", """
白老师您好：

新版对账程序的几点说明：

1. 程序会拒绝没有表头的文件，这是有意设计的，防止错位导入；
2. 过渡期三个月内，新老两种文件格式程序都能识别，不需要贵行同时改两边；
3. 金额字段如果带千分位逗号，程序会自动去掉，不用手工处理。

另外说一句，月结那天贵行运营同事两个小时就把三千多笔差异核完了，我们原本以为不可能在当天完成，真的很佩服。

陈思远
"""))

NEG.append(C([], "zh",
    "hard negative, traditional Chinese: buffered refusal with requirement number RQ-118, review date, reply deadline and an interim workaround",
    LIN, [YE], "回覆：繁簡切換能否加入本次版本", """
葉小姐您好：

謝謝您轉達香港同事的需求。

這次版本的開發已經進入測試階段，繁簡切換暫時無法加入。我們已經將它登記到需求清單（編號 RQ-118)，並排進12月3日的版本規劃會討論，會後兩個工作日內回覆您評估結果和可能的上線時間。

在這之前，香港同事可以先使用瀏覽器內建的翻譯功能過渡，我們明天會準備一份簡單的設定說明寄給您。

林志豪
""", quote="""
志豪您好：

香港同事反映希望能有繁簡切換，請問這次版本能否加入？

美玲
""", quote_from=YE, trad=True, quote_style="gt_zh"))

NEG.append(C([], "zh",
    "hard negative: firm fact ('直接拆成三张目前做不到') with two concrete alternatives and a date for samples",
    CHEN, [QIAN], "回复：发票拆分", """
钱经理您好：

收到。按目前的合同，这笔款是一个付款节点，我们的开票系统只能按节点开一张，直接拆成三张目前做不到。

我问了我们财务，有两个办法可以满足贵方分项入账的需要：
1. 在一张发票上按三个项目分行列示金额，贵方财务可按行分别入账；
2. 双方签一份补充协议，把该节点拆成三个子节点，之后就可以分开开票。

明天下午前我把两种方式的样例发给您，您跟财务确认哪种更方便。

陈思远
""", quote="""
陈经理，我们财务要求这笔款按三个项目分别入账，发票能否拆成三张？

钱伟
""", quote_from=QIAN, quote_style="foxmail"))

NEG.append(C([], "mixed",
    "hard negative: internal banter aimed at oneself ('谁把 standup 定在八点的? oh wait, 是我'), client mentioned neutrally",
    CHEN, [ZHAO, SUN, KEVIN], "Standup 时间调整", """
Hi all,

谁把 daily standup 定在早上八点的?oh wait —— 是我。Sorry 各位。

从明天起改到 9:30,会议链接不变。Client-B 那边的 sync 还是周四下午 4 点,不受影响。

Siyuan
"""))

NEG.append(C([], "mixed",
    "hard negative: vendor comparison with 'based on our experience' and '相信我们的团队', choice explicitly left to the client",
    CHEN, [ZHANG], "消息队列选型 – 两个选项", """
志伟,

关于 message queue 的选型,我们整理了两个选项:

- Kafka:吞吐高,社区成熟,但运维复杂一些,需要贵司 infra 团队有人熟悉;
- RabbitMQ:上手快,运维轻,但在你们预估的峰值下余量比较小。

Based on our experience, 如果未来一年交易量会翻倍, Kafka 更稳;如果短期内量级不变, RabbitMQ 足够。哪一种我们都能实施,运维培训也可以包含在内,相信我们的团队能把任一方案做好。最后的选择 up to you, 周五的架构会上我们可以一起过一遍。

Siyuan
"""))

NEG.append(C([], "mixed",
    "hard negative: interleaved reply - the client's pointed questions ('为什么 UAT 又延期?') are '> ' lines, the PM's answers are factual",
    CHEN, [ZHANG], "Re: 几个问题", """
志伟, inline 回复如下:

> 1. 为什么 UAT 又延期?到底还要等多久?
原因是 staging 的证书过期,周一已经换好。UAT 从周三开始,比原计划晚两天, end date 不变。

> 2. 培训能不能安排在晚上?
可以,我们安排周二、周四晚上 7 点,各 1.5 小时,线上进行。

> 3. 报表里的汇率用哪一天的?
按交易日当天的中间价。如果贵司财务更倾向于用月末汇率,我们可以加一个配置项,工作量约 2 人天,要的话告诉我。

Siyuan
"""))

NEG.append(C([], "zh",
    "hard negative: frank nudge about the client's nine-day silence that stays fair - asks where it is stuck, offers help, gives both outcomes",
    CHEN, [FENG], "测试用例评审进展", """
冯处您好：

测试用例11月5日提交给贵行，到今天是第九天，我们这边还没收到反馈，特地跟您确认一下。

我们理解贵行的评审要经过几个部门，时间上不好控制。想问一下是否卡在某个环节，需要我们补充材料或者当面讲解？如果本周五前能拿到意见，上线日期不受影响；如果评审需要更长时间，也没关系，请告诉我们一个大概的时间，我们相应调整排期并提前通知各方。

陈思远
"""))

NEG.append(C([], "zh",
    "hard negative: internal mail defending the client's '这个需求很简单' ('平心而论,他说的没错…不怪王总'), plans a plain-language explanation",
    CHEN, [ZHENG], "王总说的'这个需求很简单'", """
郑凯：

今天会上王总说'这个需求很简单，就是加个筛选条件'，会后大家都有点情绪，我理解。

不过平心而论，从业务角度看他说的没错，确实就是一个筛选条件。难的是我们底层的订单表没有这个字段，要动历史数据。这一点我们之前没讲清楚，是我们沟通的问题，不怪王总。

麻烦你明天帮我写一页纸，用非技术的语言说明为什么要 8 人天，我周四约王总当面讲。目标是让他理解复杂度在哪里，而不是让他觉得我们在找理由。

思远
"""))

# ---- final order: positives and negatives interleaved deterministically --------------------
CASES = POS + NEG
random.Random(20).shuffle(CASES)
