"""heldout9: 80 labelled PM email drafts (training/tuning set), written by an independent helper.

Emphasis: state-owned / public-sector clients on the mainland (政务数据中心, 国有银行分行) and clients
in Hong Kong and Taiwan (HK office and Taipei office of client-b). Traditional-Chinese drafts use
trad=True. All text is synthetic and was written for this set.
"""

# --- our side -------------------------------------------------------------------------------
PM = "周启明 <zhou.qiming@ourteam.example.com>"
PM_HK = "Kelvin Tse <kelvin.tse@ourteam.example.com>"
PM_TW = "林佩君 <lin.peijun@ourteam.example.com>"
MAXIAO = "马骁 <ma.xiao@ourteam.example.com>"
XUQING = "许晴 <xu.qing@ourteam.example.com>"
DENG = "邓志坚 <deng.zhijian@ourteam.example.com>"
ADA = "Ada Lo <ada.lo@ourteam.example.com>"
GUANYU = "陳冠宇 <chen.guanyu@ourteam.example.com>"
GRACE = "Grace Ho <grace.ho@ourteam.example.com>"

# --- client-a: 市政务服务数据管理中心 (public agency) ----------------------------------------
LIU = "刘建国 <liu.jianguo@client-a.example.cn>"      # 刘处长
ZHAO = "赵敏 <zhao.min@client-a.example.cn>"          # 赵科长
SUN = "孙卫东 <sun.weidong@client-a.example.cn>"      # 孙主任, 信息中心

# --- bank-c: 国有银行省分行 (state-owned bank) -----------------------------------------------
QIAN = "钱振华 <qian.zhenhua@bank-c.example.cn>"      # 钱总, 科技部总经理
HE = "何雪梅 <he.xuemei@bank-c.example.cn>"           # 何经理

# --- client-b: Hong Kong office and Taipei office --------------------------------------------
RAYMOND = "Raymond Chan <raymond.chan@client-b.example.com>"
WINNIE = "Winnie Leung <winnie.leung@client-b.example.com>"
HUANG = "黃淑芬 <huang.shufen@client-b.example.com>"   # 黃經理, 台北資訊處
CHANG = "張國華 <chang.kuohua@client-b.example.com>"   # 張副總, 台北


def case(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, trad=False, **kw):
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=body.strip("\n") + "\n", quote=quote, quote_from=quote_from, trad=trad)
    if quote:
        d["quote"] = quote.strip("\n") + "\n"
    d.update(kw)
    return d


POSITIVES = [
    # ============================ refusal ============================
    case(["refusal"], "zh", "公文体复函: 以'不相关联'为由直接拒绝,且声明不再答复,没有评估、替代或上报",
         PM, [LIU], "关于增设“一网通办”统计大屏事项的复函", """
刘处长:

贵中心11月4日《关于在政务服务平台增设统计大屏的函》收悉。

经我司项目组研究,统计大屏与本项目合同约定的建设内容不相关联,我司不安排力量承接该事项,亦不再就此事另行答复。

特此函复。

周启明
政务服务平台项目组 项目经理
"""),
    case(["refusal"], "zh", "台式客气话包装的直接拒绝: '內部討論過了…不會再調整',沒有時程、替代或上報",
         PM_TW, [HUANG], "Re: 報表日期格式調整", """
黃經理您好:

謝謝您的來信,也辛苦主計單位的同仁了。

關於民國年、西元年並列顯示這件事,我們這邊內部討論過了,報表格式就維持現在的樣子,不會再調整,這點還請您多多包涵。

其他有任何問題,都歡迎隨時跟我聯絡,謝謝您。

林佩君 敬上
""", quote="""
林小姐您好:

我們主計單位反映,月報表的日期目前只有西元年,希望可以改成民國年與西元年並列,例如「115年(2026)11月」。不知道這個調整是否方便?麻煩您了。

黃淑芬
資訊處
""", quote_from=HUANG, trad=True),
    case(["refusal"], "en", "flat no to weekend UAT support, pushes the burden back, no alternative or escalation",
         PM_HK, [RAYMOND], "Re: UAT support over the weekend?", """
Hi Raymond,

Thanks for checking. Saturday cover isn't part of what we provide, so UAT support stays Monday to Friday, 9:00 to 18:00. Your users will need to fit into those hours.

Cheers,
Kelvin
""", quote="""
Hi Kelvin,

Our business users can only spare time on Saturday 15 Nov for UAT. Could your team provide on-site or remote support that day? Happy to discuss overtime arrangements.

Regards,
Raymond
""", quote_from=RAYMOND, quote_style="gt"),
    case(["refusal"], "mixed", "港式中英夾雜的一口拒絕: '答案係唔會加…就咁',冇 CR、冇評估、冇替代",
         PM_HK, [WINNIE], "RE: CR-07 加 SMS OTP", """
Hi Winnie,

收到。SMS OTP 呢樣嘢我哋 team 傾過,答案係唔會加,go-live 前後都唔會。Scope 已經 freeze 咗,就咁。

Kelvin
""", quote="""
Hi Kelvin,

Management 今朝開會決定,login 要加 SMS OTP,希望可以趕喺 go-live 前做埋。Please advise the cost and timeline.

Thanks,
Winnie
""", quote_from=WINNIE, trad=True, quote_style="outlook"),
    case(["refusal"], "zh", "会议纪要里夹带的拒绝: 第3条'这个我们不弄,后面也一样',其余各条都正常",
         PM, [HE], "11月6日投产准备会纪要", """
何经理、钱总:

今天下午投产准备会的要点整理如下,请查阅:

1. 投产窗口:维持11月22日(周六)22:00至次日04:00,贵行运维中心已确认机房值守。
2. 回退方案:沿用10月评审通过的版本,无变化。
3. 何经理提出批量代发文件增加xlsx格式:这个我们不弄,后面也一样,文件格式继续只支持txt。
4. 投产前最后一轮回归测试11月19日完成,测试报告20日发出。
5. 下次碰头会:11月18日上午10点,贵行科技部三楼会议室。

如有遗漏请回复补充。

周启明
""", cc=[QIAN, MAXIAO]),
    case(["refusal"], "zh", "亲热口吻包着的拒绝: '这个咱们就别想了哈…加不进去的',没有缓冲",
         PM, [ZHAO], "Re: 审批流程加一级会签", """
赵科长好呀~

这周连着加了三个晚上的班,真是辛苦您和中心的各位了!

您昨天电话里说的在审批流里再加一级“分管领导会签”,这个咱们就别想了哈,流程引擎已经定型,这一级是加不进去的。其他都好说!

周末愉快,下周见~

启明
"""),
    case(["refusal"], "zh", "'这条路是走不通的…不会为此延后或保留。特此告知': 对保留旧接口的请求直接关门",
         PM, [HE], "关于旧批量接口保留问题", """
何经理:

您上午提到,希望新系统切换后把旧批量接口再保留三个月,给分行几个老系统留点改造时间。

这条路是走不通的。11月30日旧接口按计划下线,不会为此延后或保留。

特此告知。

周启明
"""),
    # ============================ argue ============================
    case(["argue"], "zh", "指责+说教: '写得清清楚楚…麻烦中心的同志先把我们发的材料看完,再来要说法'",
         PM, [LIU], "Re: 系统访问速度问题", """
刘处长:

访问慢的原因,我们上周三的周报第4页写得清清楚楚:贵中心政务外网出口只有20M带宽,高峰期早就跑满了。这份周报是发到您本人邮箱的。

同样的问题,这已经是第三次来问了。麻烦中心的同志先把我们发的材料看完,再来要“说法”。

周启明
""", quote="""
周经理:

这两天窗口工作人员反映办件系统打开特别慢,群众排队意见很大。你们到底有没有在跟进?请尽快给个说法。

刘建国
""", quote_from=LIU, quote_style="outlook_zh"),
    case(["argue"], "zh", "台式'恕我直言'開頭的歸咎: '責任歸屬一目了然…不要再把帳算到我們頭上'",
         PM_TW, [CHANG], "關於第二階段延遲的說明", """
張副總您好:

恕我直言,第二階段延遲兩週,原因再清楚不過:貴公司資訊處拖了整整十八天才開出測試環境,這段時間我們的工程師只能乾等。

責任歸屬一目了然,敝司不會概括承受。也希望明天的會議上,貴公司不要再把帳算到我們頭上。

林佩君
""", cc=[HUANG], trad=True),
    case(["argue"], "en", "'Signed. Off.' / 'go back and read the document your own people put their names on': lecturing",
         PM_HK, [RAYMOND], "Re: Search results ordering", """
Raymond,

I'm going to be blunt. Your team signed the functional spec on 3 October. Section 4.2 says results are sorted by date, newest first. Signed. Off.

Calling it something that "needs to be fixed" three weeks before launch doesn't change what you approved. Please go back and read the document your own people put their names on.

Kelvin
""", quote="""
Kelvin,

The search page sorts by date. Our officers expected it to sort by relevance. This needs to be fixed before launch.

Raymond
""", quote_from=RAYMOND),
    case(["argue"], "mixed", "港式中英夾雜的推卸+教訓: '錯係錯喺你哋嗰邊…內部對清楚 PO 先,之後再嚟 chase'",
         PM_HK, [WINNIE], "RE: Invoice #INV-2026-044 overdue?", """
Winnie,

Invoice 上面個 PO number 係你哋 procurement 自己 send 過嚟嘅,我哋照抄,一個字都冇改過。錯係錯喺你哋嗰邊,唔好問我哋 invoice 有冇問題。

麻煩你哋內部對清楚 PO 先,之後再嚟 chase。

Kelvin
""", quote="""
Hi Kelvin,

Finance 話 INV-2026-044 一直未 process 到,係咪你哋 invoice 有問題?Please check.

Winnie
""", quote_from=WINNIE, trad=True),
    case(["argue"], "zh", "反问式说教: '贵行自己的制度,现在要我们乙方倒过来给您解释一遍?'(补丁改期本身有替代,不算拒绝)",
         PM, [HE], "Re: 今晚能否临时发布补丁", """
何经理:

生产变更只能走周四的变更窗口,这是贵行科技部自己发的《生产变更管理办法》第十二条,去年您还在宣贯会上讲过。

贵行自己的制度,现在要我们乙方倒过来给您解释一遍?补丁按周四窗口上。

周启明
""", quote="""
周经理:

下午发现的那个利率显示问题,业务部门催得很急,今晚能不能直接在生产上打个补丁?

何雪梅
""", quote_from=HE, quote_style="foxmail"),
    case(["argue"], "zh", "'空的。…您让系统拿什么去匹配?…别往我们系统头上扣了': 反问加甩锅",
         PM, [ZHAO], "Re: 历史数据导入失败", """
赵科长:

失败的31,206条,身份证号那一列全是空的。空的。

一条没有身份证号的记录,您让系统拿什么去匹配?数据是贵中心自己整理的,质量问题就别往我们系统头上扣了。

周启明
""", quote="""
周经理,昨天导入的社保历史数据失败了三万多条,你们系统是不是有问题?

赵敏
""", quote_from=ZHAO, quote_style="gt_zh"),
    case(["argue"], "en", "passive-aggressive condescension: 'a third time, and slowly', highlighted 'so it should be easier to find this time'",
         PM, [QIAN], "Performance target - once more", """
Mr. Qian,

Happy to go through this a third time, and slowly. The performance target in the contract (Appendix 3, item 7) is 300 TPS. Three hundred. Not 3,000.

I've attached the page again and highlighted the number in yellow, so it should be easier to find this time. I'd appreciate it if we didn't need a fourth round.

Best,
Qiming Zhou
"""),
    # ============================ persuade ============================
    case(["persuade"], "zh", "借上级领导施压: '领导原则同意…如仍坚持自建…请自行向上级说明…周五前书面确认采用我司方案'",
         PM, [LIU], "关于统一身份认证建设路径的意见", """
刘处长:

关于统一身份认证,贵中心倾向自建一套认证系统。我们的意见是,贵中心应放弃自建,统一接入我司平台。

此方案我司已于上周向市政府分管副秘书长专题汇报,领导原则同意。如贵中心仍坚持自建,由此造成的进度延误及审计风险,请贵中心自行向上级说明。

请于本周五前书面确认采用我司方案,以免影响整体进度。

周启明
项目经理
""", cc=[SUN]),
    case(["persuade"], "zh", "否定客户想法并催其说服领导: '唯一讲得通的路子…不需要再论证了…别再犹豫'",
         PM, [HE], "关于旧主机保留问题的看法", """
何经理:

坦白讲,贵行想把老的AS/400主机再留五年的想法,已经跟不上形势了。同业都在上云,贵行再这么守下去,只会越来越被动。

我们的云化方案是目前唯一讲得通的路子。这件事不需要再论证了,还请您这周就说服钱总拍板,别再犹豫,方案越拖越贵。

周启明
""", cc=[QIAN]),
    case(["persuade"], "zh", "用预算、审计和报价截止日施压: '别再比了,就定我们的托管方案…周四前给我一个同意'",
         PM, [SUN], "机房方案请尽快定下来", """
孙主任:

本地机房方案我们又核算了一遍:采购加改造至少多花180万,明年一季度的预算肯定兜不住,到时候审计和财政那边都要问。

所以别再比了,就定我们的托管方案。报价只锁到本月20日,过了就要上浮。请您周四前给我一个“同意”,我们马上启动。

周启明
"""),
    case(["persuade"], "mixed", "港式: '係行唔通㗎…唔使再睇其他 option',仲話會越級同佢老闆講已經 agree 咗",
         PM_HK, [RAYMOND], "API gateway - let's settle this", """
Hi Raymond,

講真,你哋 team 想自己 maintain 個 API gateway,係行唔通㗎。我哋做過咁多個 government project,冇一個 in-house 搞得掂。

Just go with our managed service 啦,唔使再睇其他 option。我下個禮拜一會直接同 Mr. Lau 講,話你哋已經 agree 咗,到時大家都慳返啲時間。

Kelvin
""", trad=True),
    case(["persuade"], "zh", "从我方利益出发压掉客户的选型: '对项目没有任何好处…别让项目节外生枝。这个事就这么定了'",
         PM, [HE], "Re: 报表工具选型", """
何经理:

帆软我们不建议用。我们自研的报表引擎已经在十几家银行跑着,换成帆软,我们得重新适配一遍,工作量和风险都上来了,对项目没有任何好处。

请您跟科技部领导解释一下,报表就用我们的,别让项目节外生枝。这个事就这么定了吧。

周启明
""", quote="""
周经理:

总行今年统一采购了帆软报表,我们想这个项目的报表也用它,这样以后运维统一一些。你们看可行吗?

何雪梅
""", quote_from=HE),
    case(["persuade"], "zh", "'您就听我们的…再坚持试点,最后年度考核拖后腿的是中心自己': 以考核相胁",
         PM, [SUN], "Re: 上线方式再议", """
孙主任:

分区试点听着稳妥,实际上是给自己找麻烦:两套流程并行三个月,窗口人员会乱,数据也要对两遍。

这件事您就听我们的,全市一次切换。我们做了十几个地市,没有一个出过岔子。您要是再坚持试点,最后年度考核拖后腿的是中心自己。

周启明
""", quote="""
周经理:

考虑到年底办件量大,我们倾向于先在两个区试点,春节后再全市推开。请你们评估一下。

孙卫东
""", quote_from=SUN, quote_style="outlook_zh"),
    case(["persuade"], "en", "pressure via head office: 'bring your team round… I'd rather we didn't reopen this… not much point pushing back'",
         PM, [QIAN], "Paper fallback for loan approvals", """
Mr. Qian,

I know the branch would like to keep paper approval as a fallback for the first year. There's simply no room for that in the design, and keeping it would undo most of the benefit.

Please bring your team round to the fully electronic flow before Friday. I'd rather we didn't reopen this in the meeting. Head office has already seen our deck and liked it, so there isn't much point pushing back now.

Best regards,
Qiming
"""),
    # ============================ backchannel ============================
    case(["backchannel"], "zh", "对同事贬低客户处长: '一问三不知…跟这位汇报,基本等于对着空气演讲'",
         PM, [MAXIAO], "下周评审你去吧", """
骁哥:

今天又陪刘处坐了两个小时。从头到尾就一句话:“要对标先进地区”。问他对标哪个地区、对标什么指标,他就开始打官腔,一问三不知。

跟这位汇报,基本等于对着空气演讲。下周的评审你替我去吧,我真是扛不住了。

启明
"""),
    case(["backchannel"], "mixed", "reply-all 意外: 寫畀同事嘅埋怨 ('control freak 上身…俾佢一個人拖慢晒'),但客戶 Winnie 仲喺 Cc",
         PM_HK, [ADA], "RE: Minutes of 7 Nov progress meeting", """
Ada,

睇到未?連 minutes 改個 comma 都要經佢 approve,真係 control freak 上身。成個 project 就係俾佢一個人拖慢晒。

今晚食飯再同你講,頂唔順。

Kelvin
""", cc=[WINNIE], quote="""
Dear all,

Please find attached my comments on the minutes. Kindly note that all changes to the wording must be approved by me before circulation.

Best regards,
Winnie Leung
""", quote_from=WINNIE, trad=True),
    case(["backchannel"], "zh", "给客户起外号'孙大圣',讥讽其需求多变,发给同事",
         PM, [MAXIAO], "需求又变了", """
骁哥、晴晴:

“孙大圣”今天又变了一回:上午说报表按月,下午说按周,晚上又打电话说“领导的意思是按季度”。七十二变都不够他用的。

我的建议是先别动代码,等大圣哪天定住了再说,反正今天定了明天还得变。

启明
""", cc=[XUQING]),
    case(["backchannel"], "en", "mocks the client's director under a nickname ('the Professor… doesn't understand a word of it') to a colleague",
         PM_HK, [GRACE], "Thursday steering meeting", """
Grace,

Quick warning before Thursday: "the Professor" (Raymond's boss) will give his usual half-hour lecture on blockchain. He doesn't understand a word of it, but he loves the sound of his own voice saying it.

Just nod along and let him finish. Our real audience is Raymond anyway.

Kelvin
"""),
    case(["backchannel"], "zh", "向本公司领导吐槽客户: '科技部那帮老爷们…别的什么都不会',建议加'甲方拖延系数'",
         PM, [DENG], "UAT签字终于下来了", """
邓总:

UAT签字今天终于拿到了。汇报一下过程:七个章,盖了九天,中间还有一个章盖错了重盖。

说白了,这家行科技部那帮老爷们,除了签字盖章推来推去,别的什么都不会。以后类似项目报价,我建议把“甲方拖延系数”直接算进去。

启明
"""),
    case(["backchannel"], "zh", "回复全部的意外: 本想对同事说'领导拍脑袋…保质期不超过三天',客户赵科长就在收件人里",
         PM, [ZHAO, MAXIAO], "Re: 关于调整首页栏目顺序", """
@马骁 先别改。他们领导拍脑袋定的东西,保质期一般不超过三天,上个月的栏目顺序就来回折腾了两次。等他们内部吵完了再说,改了也是白改。
""", quote="""
周经理、马工:

根据领导意见,首页栏目顺序调整为:办事指南、政策文件、互动交流。请于本周内调整完毕。

赵敏
""", quote_from=ZHAO),
    case(["backchannel"], "zh", "直接发给客户领导,贬低其下属何经理'做事实在太外行',要求换人",
         PM, [QIAN], "关于对接人员的建议", """
钱总:

有件事想私下跟您提一下。贵部门的何经理,说句不客气的话,做事实在太外行:接口文档讲了三遍还是对不上,每次开会都得我们从头教起。

跟她对接,我们团队的效率打了对折。您看能不能换一位懂行点的同事来对接?

周启明
"""),
]

RAMBLES = [
    case(["ramble"], "zh", "一句'二期合同盖章版请于本周四前寄回'埋在银杏、食堂、女儿中考、爬山的闲聊里(约700字)",
         PM, [LIU], "近况及合同事宜", """
刘处长:

您好!好久没给您写信了,借这个机会跟您聊几句。

这几天降温降得厉害,早上出门的时候,我看见咱们中心门口那两排银杏全黄了,阳光一照金灿灿的,好多老人带着孙子在树下拍照。我也忍不住拍了几张发给家里人,我爱人说比去年公园里的还好看。说起来,我老家在皖南,村口也有一棵几百年的老银杏,小时候一到秋天,我们几个孩子就满地捡白果,回家让奶奶放在灶膛里煨,噼里啪啦地响,那个香味现在还记得。可惜奶奶前年走了,老屋也没人住了,每次回去看见那棵树,心里都挺不是滋味。

上周去中心开会,中午在机关食堂吃了一顿,不得不说,咱们食堂的红烧狮子头做得真地道,比外面很多馆子都强。听说掌勺的师傅是从老字号酒店退下来的?下次有机会一定要当面请教一下做法,我自己在家试过好几次,不是散了就是太柴。上周末我还带女儿去了新开的城市书房,在里面泡了一下午,她看漫画,我翻了几本地方志,才知道咱们中心那条街在民国时候是个米市。

另外,我女儿今年初三,马上要中考了,这段时间全家都跟着紧张。她数学还行,就是语文作文总是拿不到高分,老师说她写东西太散,抓不住重点。我看了她几篇作文,确实有点东一榔头西一棒子。听说您家公子当年是市重点毕业的,不知道有没有什么好的经验可以传授?周末她还要上两个补习班,孩子累,大人也累。

对了,二期合同的盖章版请于本周四前寄回我司,快递单号发我即可。

前两天在朋友圈看到您去爬了紫金山,照片里的天真蓝。我也一直想锻炼锻炼,医生说我血脂有点高,让我少坐多动。可是项目上的事情一忙起来,哪还顾得上。最近我开始每天晚饭后走一万步,坚持了一个礼拜,体重倒是没掉,膝盖先疼上了,看来还得循序渐进。您要是周末还去爬山,方便的话叫上我,我也跟着学学。

天冷了,您多注意身体,办公室暖气还没来,记得多穿点。

周启明
"""),
    case(["ramble"], "zh", "颱風、夜市、棒球、多肉植物的閒聊中埋了一句'驗收文件請於 11/20 前用印寄回'",
         PM_TW, [HUANG], "近況分享", """
黃經理您好:

上週颱風過後,台北總算放晴了,不知道您家裡那邊有沒有淹水?我汐止老家以前每次颱風都很緊張,這次還好,只有巷口的招牌被吹歪。颱風假那天我在家追了一整天的劇,是最近很紅的那部講醫院的台劇,您有在看嗎?我看到第八集,哭得亂七八糟,我先生在旁邊一直笑我。

說到吃,上週末我們全家去了一趟寧夏夜市,排了四十分鐘才吃到那家有名的蚵仔煎,真的名不虛傳,蛋煎得很香,醬汁甜甜的剛剛好。小朋友最愛的是旁邊的炸雞排,一人一大塊,吃完還吵著要買芋圓。回家的路上我想到,上次跟您聊到您也很喜歡芋圓,九份那家您說的老店,我一直記在心裡,打算下個月帶爸媽去走走,順便看看海。

另外想跟您分享,我最近迷上了棒球,跟著同事去了幾次天母球場,替中信兄弟加油。以前總覺得棒球規則很複雜,現場看才發現氣氛超好,大家一起唱應援曲,比看電視有趣多了。上次第九局逆轉,整個球場都在尖叫,我喉嚨啞了兩天。您如果有興趣,下次可以一起去,我幫您多買一張票。

驗收文件請於 11/20 前用印寄回,謝謝。

前陣子我也開始學著種多肉植物,陽台上已經排了十幾盆,只是台北太潮濕,有兩盆根都爛掉了,心好痛。網路上說要用顆粒土、少澆水,我照做之後好像有比較好。聽說您辦公室窗台上也養了一盆蘭花,開得很漂亮,有空可以教我一下怎麼照顧嗎?

我們家那隻橘貓最近也很有事,不知道是不是換季的關係,每天半夜三點準時在客廳開運動會,把桌上的東西一樣一樣推到地上。獸醫說牠太胖了,要控制飲食,結果牠每天對著我哀號,我一心軟又偷偷多給了一點罐罐,先生說我根本是在害牠。上次您說您家也養了一隻柴犬,不知道牠最近好不好?過年前我想帶爸媽去迪化街辦年貨,如果您有推薦的南北貨老店,也請告訴我。

天氣開始轉涼了,早晚溫差大,請您多保重身體。

林佩君 敬上
""", trad=True),
    case(["ramble"], "en", "one request (firewall whitelist by Wednesday) buried in ~450 words about hiking, dim sum, the Sevens and kids' football",
         PM_HK, [RAYMOND], "Catching up", """
Hi Raymond,

Hope you had a good weekend! I finally did the Dragon's Back hike on Saturday, the one you kept telling me about. You were right, the view over Shek O is ridiculous. I went with my brother-in-law, who claimed he was "pretty fit" and then needed three water breaks before we reached the first viewpoint. We ended up at Big Wave Bay for a late lunch and sat there watching the surfers fall off their boards for about two hours. Honestly, it was the most relaxing afternoon I've had since the project started.

On Sunday we did dim sum with my parents at that old place in Sheung Wan with the trolleys. My dad insists it's the last proper trolley dim sum left on the island, and he may be right. The char siu bao were excellent, the egg tarts less so, a bit too sweet this time. My mum spent half the meal asking when I'm going to take a real holiday, which is a fair question. I told her maybe Japan in spring, if the cherry blossoms cooperate and my annual leave survives year-end.

Speaking of which, are you going to the Sevens next year? A few of us from the office are trying to get tickets for the South Stand, mostly for the costumes, if I'm honest. Last time one of our developers went dressed as a giant pineapple and lost his voice for a week. If you and the team want to join, let me know and I'll add you to the group chat. No pineapple costume required.

One more thing: could you send the firewall whitelist for the production servers by Wednesday?

Also, I've been meaning to ask how your son is getting on with football. You mentioned he'd made the school team. My nephew has just started, and my sister is already complaining about the early Saturday mornings and the muddy kit in the washing machine. I suppose that's the price of being a proud parent. She's also trying to get him into swimming lessons at the same time, which I think is ambitious.

Anyway, the weather is finally cooling down, so it's the perfect season to be outdoors. If you ever fancy a walk up Lion Rock after work, I'm always up for it; I need the exercise after all those egg tarts. Enjoy the rest of your week and say hi to the family for me.

Cheers,
Kelvin
"""),
    case(["ramble"], "mixed", "港式閒聊(風球、車仔麵、燒鵝、跑步、揀小學)中間夾咗一句'麻煩你 sign 返份 SOW'",
         PM_HK, [WINNIE], "Catch up + 少少嘢", """
Hi Winnie,

好耐冇 catch up 喇!上個禮拜天文台掛咗三號風球,我哋 office 成個下晝都喺度估會唔會轉八號,結果當然冇,大家都好失望,哈哈。我同屋企人 plan 好咗去大澳食海鮮都要 cancel,改咗去旺角行街,順便試咗間新開嘅車仔麵,辣到我成晚飲水,不過真係好好食,下次帶你去。

講起食,你上次推介嗰間灣仔嘅燒鵝,我終於去咗,排咗成半個鐘,不過值得!皮好脆,肉好滑,我阿媽食完都話係近年最好食嘅燒鵝,仲叫我下次買多半隻返屋企。我哋屋企人好鍾意四圍搵嘢食,上個月仲專登入咗元朗食盆菜,食到行唔郁。

另外我最近開始跑步,準備報明年嘅渣打馬拉松 10K。我 colleague 話我一定唔掂,不過我已經連續跑咗三個禮拜,每晚喺海濱長廊跑五公里,望住維港夜景,幾 chill 下。不過上個禮拜跑到一半落大雨,成身濕晒,仲要冇帶遮,好狼狽。你之前都有跑開㗎嘛?有冇乜 tips 可以分享下?對鞋我仲未揀好,你有冇 recommend?

順便提提,麻煩你 sign 返份 SOW 再 scan 俾我,thanks。

仲有,我個仔下年要升小一,而家成家人日日都喺度研究邊間小學好,每個人都有唔同意見。我爸爸話要揀傳統名校,我老婆話快樂學習最緊要,我就企喺中間兩邊都唔好做人。聽講你個女讀緊國際學校,你覺得點?學費真係好嚇人,不過如果佢讀得開心,我都願意咬實牙關捱。

上個禮拜六我哋一家去咗西貢行麥理浩徑第二段,由北潭涌行去浪茄,沿路啲海靚到好似去咗外國咁。行到浪茄個仔已經攰到唔想郁,我要背住佢行咗成半個鐘,返到屋企成身骨都散晒。不過喺鹹田灣食嗰碗豆腐花真係值回票價,下次你哋一家有興趣,我哋可以約埋一齊去。我阿媽最近仲學人玩 Instagram,日日 post 啲花花草草同埋佢煲嘅湯,每張相都要我即刻 like,唔 like 佢就打電話嚟問點解。

最近天氣轉涼,早晚記得著多件衫。下次有空一齊飲茶啦,我請!

Kelvin
""", trad=True),
    case(["ramble"], "zh", "'投产演练定在本周六晚上八点'埋在羽毛球、钓鱼、岩茶、东北老人的家常里",
         PM, [HE], "问候一下", """
何经理:

好久没联系了,最近忙吗?

上周末行里组织的羽毛球比赛我也去看了,您和钱总那场混双打得太精彩了,尤其是第三局那个网前小球,全场都在鼓掌。我自己大学的时候也打过几年,现在工作一忙就荒废了,球拍在柜子里都落了灰。看完比赛回来,我下定决心每周至少去打一次,结果这周又加了三天班,计划又泡汤了。您平时在哪个场馆打?方便的话下次带我一个。

说到运动,我最近迷上了钓鱼,周末常跟我岳父去城郊水库,一坐就是一整天。第一次去一条都没钓上来,第二次钓了一条巴掌大的鲫鱼,回家我岳母给炖了汤,我岳父高兴得喝了二两酒。钓鱼最大的好处是手机没信号,谁也找不着我,心一下就静了。

还有件事想跟您念叨一下,我家楼下新开了一家茶叶店,老板是福建人,泡的岩茶特别正。我以前只喝绿茶,喝了几次岩茶,现在彻底改了口味。听说您也爱喝茶,下次我带点他家的肉桂过来,您尝尝看。

投产演练定在本周六晚上八点,请贵行运维同事到场。

另外,前两天我看到新闻说今年冬天会特别冷,赶紧给家里老人买了电热毯。我父母住在东北老家,那边暖气足,倒是不冷,就是冬天雪大路滑,老两口还非要每天早上出去遛弯,我怎么劝都不听。我爸今年七十了,身体还硬朗,每天在小区里跟老伙计下象棋,听说已经是楼里的“棋王”了。

我女儿最近在学钢琴,每天晚上练一个小时,邻居还没投诉,说明水平还凑合,哈哈。我自己上个月也报了个书法班,每周三晚上练两个小时,老师说我的字“有骨无肉”,我琢磨了半天也没想明白这是夸还是批评。现在每天早上起来先临一页《兰亭序》,心静了不少,就是墨汁味道太大,被老婆赶到阳台上去写了。

天气冷了,您和家人多保重。

周启明
"""),
    case(["ramble"], "zh", "西藏游记(高反、甜茶馆、纳木错、牦牛)里只有一句'接口文档V2.3已经放在共享盘'是正事",
         PM, [ZHAO], "休假回来啦", """
赵科长:

我休假回来了!这次去了一趟西藏,跟您分享一下见闻。

第一天落地拉萨,高原反应来得特别快,晚上头疼得睡不着,半夜爬起来吸氧,第二天才慢慢缓过来。导游说刚到的头两天千万不能洗澡、不能跑跳,我老老实实在酒店躺了一天,看窗外的云一朵一朵飘过去,有种离天特别近的感觉。第三天去了布达拉宫,台阶一级一级往上爬,走几步就得停下来喘口气,旁边转经的阿妈们却走得特别轻松,真是佩服。

吃的方面,我最喜欢的是藏面和甜茶。八廓街附近有一家老甜茶馆,当地人一坐就是一下午,一壶甜茶几块钱,喝到哪儿算哪儿。我在那儿坐了两个小时,跟一个在拉萨开客栈的四川小伙子聊天,他说他原来在成都做程序员,受不了天天加班,辞职来这边开客栈,现在一年只忙半年,另外半年到处旅游。说实话,听得我也有点心动。

后来我们又去了纳木错,湖水蓝得不像真的,远处的念青唐古拉山顶着雪,风大得站不稳。同行的一个大姐穿着红裙子拍了两百多张照片,冻得嘴唇发紫也舍不得走。回程路上还看到一大群牦牛横穿公路,司机师傅把车停下来,耐心等了十几分钟。

在林芝那两天正好赶上下雨,桃花早就谢了,但是雅鲁藏布江边的云雾特别好看,一会儿遮住山,一会儿又散开,跟水墨画一样。我们在一户藏族老乡家吃了石锅鸡,老阿妈不太会说汉语,一直笑着给我们添酥油茶,喝到第五碗我实在喝不下了,导游才告诉我杯子里留一点,她就不会再倒了。

接口文档V2.3已经放在共享盘“接口规范”目录下了。

这次回来最大的感受就是,人还是要常出去走走。我给科室的同事们带了一些牦牛肉干和酥油茶粉,明天给您送过去,您尝尝,不爱吃的话分给同事也行。另外我在大昭寺门口买了几串小手串,不值什么钱,图个吉利,给您留了一串。

有空再聊!

周启明
"""),
    case(["ramble"], "en", "one line (revised quote attached, approve by the 15th) buried in ~430 words about a dinner, golf, a book and Hangzhou",
         PM, [QIAN], "Good to see you last week", """
Dear Mr. Qian,

It was a real pleasure to see you at the branch anniversary dinner last Thursday. I'm still thinking about that steamed fish; the chef clearly knows what he's doing. And the toast your president gave about the branch's first office above a noodle shop in 1985 was wonderful. I had no idea the branch started with only six staff and one telephone. My table spent the rest of the evening swapping stories about the first offices we ever worked in; mine had a window that wouldn't close and a printer that only worked if you kicked it.

I also wanted to say thank you for the golf tips. I went to the driving range on Saturday and tried keeping my left arm straight the way you showed me. The results were mixed: three decent drives, and about forty balls that went in directions I can't describe politely. My wife came along to watch and spent most of the time laughing. Still, I think I'm improving, and I'd be glad to take you up on the offer of a round once the weather settles, as long as you promise not to keep score.

I've also started on the book you recommended about the history of the banks on the Shanghai Bund. I'm only three chapters in, but the part about the 1930s silver crisis is fascinating, and it made me look at the old buildings on my last trip there in a completely different way. My son, who is studying economics, borrowed it before I could finish the fourth chapter, so I may have to buy another copy.

The revised quote is attached; please approve it by the 15th.

On a completely different note, I hear the branch is planning a team trip to Hangzhou in the spring. If you go, please try the Longjing shrimp at the restaurant by the lake near the Su Causeway. I went with my parents years ago and my father still talks about it. The tea fields in the hills are worth a morning too, especially early, before the tour buses arrive. If you have time on the way back, the old town of Wuzhen is only an hour or so away, and the canals are lovely in the evening once the day visitors have gone home. My wife still has a blue-dyed scarf she bought there on our first trip together, and she wears it every spring.

Thanks again for a lovely evening, and please pass my regards to Ms He and the rest of the team.

Warm regards,
Qiming Zhou
"""),
]

DOUBLES = [
    case(["argue", "refusal"], "zh", "公文腔的说教('建议…先把附件认真学习一遍,再来提要求')加一口回绝('我方不作考虑')",
         PM, [SUN], "Re: 关于验收前增加等保三级测评", """
孙主任:

合同附件二第3条写的是等保二级,签字页上有贵中心的公章。建议中心负责合同的同志先把附件认真学习一遍,再来提要求。

三级测评这件事,我方不作考虑,验收照原定时间走。

周启明
""", quote="""
周经理:

根据局里最新要求,系统验收前需要通过等保三级测评,请你们安排。

孙卫东
""", quote_from=SUN, quote_style="outlook_zh"),
    case(["ramble", "backchannel"], "zh", "冰箱、电影、火锅、键盘、乐高的长篇家常里夹着对孙主任的挖苦('换块木头坐着效果也差不多'),正事只有一句压测报告",
         PM, [MAXIAO], "周末琐事+明天的事", """
骁哥:

周末过得怎么样?跟你讲,周六我终于把家里那台老冰箱换掉了,在商场转了一下午,导购小姑娘嘴特别甜,一口一个“哥”,我一冲动多买了一台洗碗机,回家被老婆念叨了一晚上。不过洗碗机是真香,以后再也不用为谁洗碗吵架了。

周日去看了那部新上映的科幻片,特效是真好,剧情嘛一言难尽,主角每次都在最后一秒拆掉炸弹,我坐在电影院里都快睡着了。出来以后去吃了楼下那家新开的湘菜馆,剁椒鱼头辣得我直冒汗,你要是喜欢吃辣,强烈推荐。

说到辣,你上周提的那个火锅局还算数吗?我这周四晚上有空,可以叫上晴晴。晴晴最近在减肥,估计只能吃清汤锅,我们就点鸳鸯锅好了。上周六我还去参加了大学同学聚会,毕业十五年,班长胖了四十斤,当年的学霸转行卖保险了,班花在老家开了个民宿,大家喝到半夜,都说明年一定再聚,我估计下次又是十五年以后。

对了,跟你吐槽一下周五那个会。孙主任那个人你也见识过了,一张嘴就是“我们局长说了”,自己一点主意都没有,传话筒一个。问他需求到底要哪个版本,他说要“回去请示”,请示完又说“再研究研究”。我看他那个位置,换块木头坐着效果也差不多。跟他们中心打交道,最大的本事就是熬。

明天九点前把压测报告发我,我要拿去交差。

还有,上次你说想换个机械键盘,我最近在网上看中一款茶轴的,手感挺好,价格也不贵,回头把链接发你看看。我自己这个键盘用了六年,空格键都快敲坏了,也在考虑换。另外你老家是不是湖南的?下次回去能不能帮我带两斤腊肉,我爸就好这一口,外面买的总觉得不对味。

我儿子最近迷上了乐高,一套城市警察局拼了三个晚上,拼完非要拉着我看,结果一碰就掉了一块,他哭了半个小时。当爹真不容易。

就这些,明天见。

启明
"""),
    case(["persuade", "argue"], "mixed", "中英夹杂: 讥讽客户'technically 就是外行思路…您大概没仔细看',再逼其'没什么好讨论的…本周五前给个 sign-off'",
         PM, [HE], "双活方案 - 别再纠结了", """
何经理:

说实话,您那个两地“双活”的想法,technically 就是外行思路,成本翻倍、复杂度翻倍。我们上次的 proposal 里已经讲得非常 clear 了,您大概没仔细看。

这个事情没什么好讨论的,按我们的主备方案走就对了。请本周五前给个 sign-off,别再让项目卡在这里。

周启明
""", cc=[QIAN]),
    case(["ramble", "persuade"], "zh", "高爾夫、京都楓葉、尾牙、小孩感冒的長篇閒聊中,夾一段'年底前一定要全部下線…您就照我們的規劃做,其他想法都可以先放下'",
         PM_TW, [CHANG], "近來好嗎", """
張副總您好:

上次在球場跟您打完那場球,回家之後我認真檢討了一下揮桿姿勢,發現真的像您說的,重心太早往前移。這兩個週末我都跑去練習場,打了快五百顆球,手掌都起水泡了,成績還是沒什麼進步,看來這項運動真的需要天分。您那天在第七洞的那一桿,到現在我還常常跟同事提起。

另外,上個月去日本出差,順道在京都多待了兩天。正好遇上楓葉季,嵐山整片紅得像火燒一樣,遊客也多到走不動。我在一間百年老茶屋喝了抹茶,老闆娘聽說我從台灣來,特別送了一盒和果子,說她年輕時也去過阿里山,對台灣的高山茶念念不忘。說到茶,您上次送我的那罐梨山烏龍,我一直捨不得喝完,每天早上泡一小壺,整個辦公室都是香味。

還有,聽說貴公司今年的尾牙要辦在圓山飯店?那裡的氣氛真的很好,我小時候跟爸媽去過一次,對那一根根大紅柱子印象很深。去年我們公司的尾牙抽獎,我只抽到一台吹風機,今年希望運氣好一點。

我最近也開始學著爬郊山,上個月跟幾位老同學去走了七星山主峰,一路上硫磺味很重,山頂的風大到帽子差點被吹走。下山時大家去泡了北投的溫泉,泡完整個人都輕飄飄的,連續好幾天都睡得特別好。聽說您也喜歡爬山,不知道最近有沒有走哪條新路線?

關於舊系統,我再講一次:年底前一定要全部下線,不要再考慮保留了。您就照我們的規劃做,其他想法都可以先放下,這樣對大家最省事。

最近天氣忽冷忽熱,我女兒上週感冒發燒,請了三天假在家,整天吵著要看卡通。我太太說要帶她去打流感疫苗,不過小朋友最怕打針,每次都哭得像世界末日。說到這裡,也提醒您換季要多注意身體,聽說今年流感來得特別早。

下次有機會,再約您一起去打球,這次我一定不會再讓您等我找球了。

林佩君 敬上
""", trad=True),
    case(["refusal", "backchannel"], "en", "'isn't happening' with no buffer, plus disparaging the client's procurement team to their own colleague",
         PM_HK, [RAYMOND], "Re: Extra dashboard for Procurement", """
Raymond,

The procurement dashboard isn't happening.

Between us, Winnie's people wouldn't know a data model if it sat on their desk, and this is their fourth wish list since August. We've stopped treating their requests as anything more than noise.

Kelvin
""", quote="""
Kelvin,

Winnie's procurement team would like a dashboard showing contract spend by vendor. Can we add it? They say it would save them a day each month.

Raymond
""", quote_from=RAYMOND, quote_style="gt"),
]

NEGATIVES = [
    case([], "zh", "公文体的缓冲: '本期暂缓实施'+变更编号CR-2026-031+领导小组审议日期+书面答复日期+过渡办法",
         PM, [LIU], "关于“电子证照批量下载”需求的回复", """
刘处长:

贵中心11月3日提出的电子证照批量下载需求已收悉。

经项目组初步评估,该功能涉及证照库权限改造,本期暂缓实施,并已登记为变更申请CR-2026-031,提交11月18日项目领导小组例会审议,审议结论我们将于11月20日前书面报送贵中心。

过渡期间,窗口人员可通过“证照查询—导出”功能按日导出当日证照清单(每次上限500条),基本可以满足年底集中办件的需要。操作说明见附件。

如有其他考虑,欢迎随时电话沟通。

周启明
项目经理
"""),
    case([], "zh", "客戶氣話('到底行不行?')只在引文裡;回覆說'恐怕沒辦法一併上線'但附變更單 CR-118、11/12 回覆日期和替代做法",
         PM_TW, [HUANG], "Re: 匯出功能到底什麼時候好?", """
黃經理您好:

真的很抱歉,讓您夾在中間為難。

跟您報告目前狀況:完整的 Excel 匯出這次改版恐怕沒辦法一併上線,主要是大量資料匯出會影響尖峰時段的效能。不過這件事我們沒有放下,已經開立變更單 CR-118,下週三(11/12)內部評估完,當天就會回覆您確定的時程與費用。

在那之前,系統現有的 CSV 匯出可以先頂著用,我下午請冠宇整理一份用 Excel 開啟 CSV 的步驟給您,方便您轉給處長參考。

林佩君 敬上
""", quote="""
林小姐:

匯出 Excel 的功能已經講了一個月,到底行不行?我們處長每天問我,我真的不知道要怎麼回。拜託給個準話!

黃淑芬
""", quote_from=HUANG, trad=True, quote_style="gt_zh"),
    case([], "en", "escalation: waiving a fee is outside what the PM may sign off, handed to the delivery director with a call date",
         PM_HK, [RAYMOND], "Re: Waiving the change fee for CR-09", """
Hi Raymond,

I understand why you're asking, and I don't want to give you a quick answer I can't stand behind. Waiving a change fee is outside what I'm allowed to sign off, so I've sent your request, with a summary of the earlier delays, to our delivery director Grace Ho (copied here).

Grace will call you on Thursday afternoon. If that slot doesn't work, let me know a better time and I'll arrange it.

Best,
Kelvin
""", cc=[GRACE], quote="""
Kelvin,

Given the delays on your side earlier this year, we expect the fee for CR-09 to be waived. Please confirm.

Raymond
""", quote_from=RAYMOND, quote_style="outlook"),
    case([], "zh", "否定句: '不是我们不愿意做,技术上也不存在做不到的问题',给出卡点、所需数据和三个工作日的承诺",
         PM, [HE], "关于跨行对账功能的说明", """
何经理:

关于您上周提到的跨行对账,先说结论:不是我们不愿意做,技术上也不存在做不到的问题,卡点在于测试数据。

目前清算的测试报文我们手里没有样本,无法验证对账规则。如果贵行能在11月14日前协调提供一周的脱敏报文,我们收到后三个工作日内可以完成开发并提交测试。

如需我们出一份数据需求清单,方便贵行内部走流程,我今天就可以发过去。

周启明
"""),
    case([], "zh", "技术术语: 拒绝服务攻击、请求被拒绝、'不可能得手'、测试账号'必须'随机生成口令,都是安全通报的正常用语",
         PM, [SUN], "11月8日攻防演练情况通报", """
孙主任:

11月8日的攻防演练已结束,简要通报如下:

1. 红队模拟了拒绝服务攻击(峰值约12Gbps),流量清洗在40秒内生效,门户未中断。
2. 红队尝试重放已签名的办件请求。由于每个请求都带一次性随机数并校验时间戳,重放请求全部被拒绝,在现有设计下这类攻击不可能得手。
3. 发现一处中危问题:测试账号口令未按策略定期更换。我们已于当天修复,今后测试账号必须由系统随机生成口令。

详细报告将于11月12日前提交。

周启明
""", cc=[LIU]),
    case([], "zh", "客户的狠话('简直是一堆垃圾','后果自负')只在 -----原始邮件----- 下面;回复道歉、报进展、当面汇报",
         PM, [SUN], "回复: 今天上午系统宕机", """
孙主任:

今天上午的中断给中心和办事群众造成了很大影响,我代表项目组向您和中心道歉。

目前情况:
1. 系统已于11:07恢复,此后运行平稳;
2. 初步判断是数据库连接池耗尽,我们已把连接池扩容,并加了告警;
3. 书面情况说明下午两点半前送到您办公室,我本人送过来,当面向您汇报。

今晚我们安排两名工程师在中心机房值守到明早。

周启明
""", quote="""
周启明:

今天上午系统宕机一个多小时,窗口排了几百人,市领导都打电话来问了!你们这个系统简直是一堆垃圾!下午三点前给我一个书面说明,否则后果自负!

孙卫东
""", quote_from=SUN, quote_style="outlook_zh"),
    case([], "zh", "內部建設性討論: 承認張副總對資料落地的擔心有道理,安排當面拜訪說明",
         PM_TW, [GUANYU], "張副總對資料落地的疑慮", """
冠宇:

今天會議上張副總一直追問客戶資料會不會存到境外機房。我會後想了一下,他的擔心是有道理的:他們是公營事業,個資法和主管機關的要求都比一般企業嚴格,萬一出問題,第一個被約談的就是他。

我想週四帶你一起去拜訪他,當面把資料流向講清楚。麻煩你先畫一張資料流向圖,標出每一段資料存在哪裡、誰可以存取,我們明天下午一起過一遍。

佩君
""", trad=True),
    case([], "mixed", "同事之間嘅讚美: '服晒你','神人',冇貶低客戶,仲轉述客戶好開心",
         PM_HK, [ADA], "Migration 搞掂!", """
Ada,

你真係神人,一晚就搞掂成個 migration script,仲要 zero error。我今朝睇 log 睇到呆咗,服晒你!

Raymond 頭先打嚟話 data 對得晒,佢哋 team 好開心。聽日飲茶我請,唔准同我爭。

Kelvin
""", trad=True),
    case([], "en", "firm but polite facts (contract 300 TPS, tested 420) plus two priced options, the client chooses",
         PM, [QIAN], "Peak volume for Double 11", """
Dear Mr. Qian,

Thank you for raising the Double 11 volume with us early.

To set out the facts: the contract target is 300 TPS (Appendix 3, item 7), and last week's load test reached 420 TPS with response times under 800 ms. If the branch expects around 3,000 TPS at peak, the current cluster will not carry that.

We can offer two ways forward:
1. A temporary scale-out for 9 to 13 November: four extra application nodes, about RMB 68,000, ready by 7 November.
2. A queue-based throttle that keeps the system stable but delays some non-urgent transfers by up to 15 minutes, at no extra cost.

Either is fine with us. Please let me know which suits the branch, or whether you'd like to talk it through first.

Best regards,
Qiming Zhou
"""),
    case([], "zh", "给出倾向('我们更倾向主备'),同时说明双活的利弊,'您和领导定哪一种,我们都按那个做'",
         PM, [HE], "Re: 灾备方案选择", """
何经理:

从我们的经验看,我们更倾向主备:投入约为双活的一半,切换演练也简单,贵行现在的运维人手足够支撑。

双活也完全可行,优势是RTO能从30分钟压到5分钟以内,代价是多一套网络链路和每年约40万的运维成本,上线要推迟六周左右。

两种方案的对比表已附上。最终还是要看贵行对RTO的要求和预算,您和领导定哪一种,我们都按那个做。需要的话,我可以去给领导当面讲一次。

周启明
""", quote="""
周经理:

灾备到底选主备还是双活,领导让我下周给个意见,你们怎么看?

何雪梅
""", quote_from=HE, quote_style="foxmail"),
    case([], "zh", "风险词只出现在签名档: 座右铭'拒绝借口,没有不可能'和免责声明;正文是普通周报",
         PM, [ZHAO], "本周进展(11月第2周)", """
赵科长:

本周进展简报:
1. 不动产登记接口联调完成,通过率100%;
2. 公积金查询接口已提交贵中心测试环境;
3. 下周计划:社保接口联调,预计周三完成。

暂无需要贵中心协调的事项。

-- 
周启明
项目经理 | 政务服务平台项目组
座右铭:拒绝借口,没有不可能。
免责声明:本邮件及附件仅供指定收件人使用。如您误收本邮件,请立即删除,不得转发、复制或以任何方式使用,否则须承担相应法律责任。
"""),
    case([], "zh", "长而聚焦的根因分析(约650字),一直围绕批量代发失败,不跑题",
         PM, [HE], "11月3日批量代发失败原因分析报告", """
何经理、钱总:

11月3日晚批量代发失败的原因分析如下,供贵行参考。

一、事件经过
11月3日21:40,代发批次(共18,432笔)在第二阶段“账户状态校验”时中断,系统告警后我方值班工程师于21:52介入。经排查,22:35定位原因,23:10完成修复并重跑,23:58全部入账。贵行营业部未收到客户投诉。

二、直接原因
本批次中有214个账户在当天下午被批量调整为“只收不付”状态。我方校验程序对这一新状态没有映射,返回了空值,导致整批校验线程异常退出,而不是跳过单笔记录。

三、根本原因
1. 账户状态码表于10月底由贵行核心系统新增两个取值,我方在接口变更评审时遗漏了状态码表,没有同步更新;
2. 校验程序对未知状态的处理方式设计不当,单笔异常会中断整批;
3. 测试用例只覆盖了已有的六种状态,没有“未知状态”的用例。

四、整改措施
1. 11月4日已补充两种新状态的映射,并已上线;
2. 11月8日前改造校验逻辑:遇到未知状态时该笔挂起并告警,其余记录继续处理;
3. 接口变更评审清单增加“码表同步”一项,由我方测试负责人签字确认;
4. 补充未知状态、空值、超长值三类异常用例,纳入每次回归测试。

五、需要贵行配合的事项
请贵行核心系统在码表变更时,提前五个工作日抄送我方项目组邮箱,便于我们同步评估影响。

六、影响评估
本次事件导致代发入账时间比约定的22:00晚了约两个小时,未造成资金差错,未发生重复入账或漏入账。我方已逐笔核对18,432笔代发记录与核心系统入账流水,结果一致,核对清单随附件提供。按照合同服务水平条款,本次属于二级事件,我方将在月度服务报告中如实记录。

七、后续验证安排
整改措施第2项上线后,我们计划于11月10日在贵行测试环境做一次故障演练:人为构造三种未知状态的账户混入批次,验证单笔挂起、整批继续的处理效果,演练结果形成报告报送贵行。

以上分析如有不准确之处,欢迎指正。完整日志和时间线见附件。

周启明
""", cc=[QIAN, MAXIAO]),
    case([], "zh", "長而聚焦的週報(台式用語,約600字),全篇講進度、風險與需協助事項",
         PM_TW, [HUANG], "週報(11/3–11/7)", """
黃經理您好:

以下是本週(11/3–11/7)專案進度報告,請參閱。

一、整體進度
目前整體進度為 68%,較計畫落後約 2%,主要是第三批資料轉換的驗證時間比預期長。預計下週可以追回,對 12/15 上線時程沒有影響。

二、本週完成事項
1. 第二批客戶主檔轉換完成,共 412,356 筆,比對差異 37 筆,均已確認為舊系統原始資料錯誤,並經貴處同仁確認處理方式。
2. 電子帳單模組完成系統測試,發現缺陷 23 項,已修正 21 項,剩下 2 項為低嚴重度,預計 11/11 修正。
3. 與貴公司資安室完成弱點掃描複測,高風險項目已全數關閉。

三、下週預定事項
1. 第三批資料轉換(約 65 萬筆),預計 11/10 開始,11/13 完成比對。
2. 使用者驗收測試(UAT)教育訓練,預定 11/12 下午兩點於貴公司五樓會議室舉行,約兩小時。
3. 上線演練腳本初版提交貴處審閱。

四、風險與議題
1. UAT 參與人員名單尚未確定,若 11/10 前無法確認,教育訓練可能需要延後,會連帶影響 UAT 開始日期。想請您協助向各業務單位確認人選。
2. 貴公司機房年度停電檢修訂於 11/22,與第二次上線演練衝突,我們建議演練改至 11/23 上午,再請您確認是否可行。
3. 第三批資料中約有 1.2 萬筆地址欄位格式不一致,我們已先以規則轉換,無法轉換的部分會列出清單請貴處確認,預計不影響轉換時程。

五、需要貴處協助事項
1. 確認 UAT 參與人員名單(11/10 前)。
2. 回覆上線演練日期調整(11/14 前)。

六、本週會議紀錄摘要
11/5 與貴處召開資料轉換檢討會議,決議如下:(1)差異資料由貴處業務單位於每批轉換後三個工作天內確認;(2)舊系統停用日期暫定 12/31,視上線後穩定情況再確認;(3)電子帳單寄送時間維持每月五日,不隨上線調整。

七、人力配置
下週起,敝司將增派一名資料轉換工程師駐點貴公司,協助第三批資料比對,預計駐點至 11/28。駐點人員名單及門禁申請資料已另寄貴處總務窗口。

如有任何問題,歡迎隨時與我聯絡。

林佩君 敬上
""", cc=[CHANG], trad=True),
    case([], "en", "long but focused cut-over plan (~450 words): timeline, go/no-go points, rollback, what is needed from the client",
         PM_HK, [RAYMOND], "Cut-over plan for 29-30 November", """
Hi Raymond,

Here is the cut-over plan for the weekend of 29-30 November, as agreed in Monday's meeting. The full runbook is attached; this note covers the timeline, the decision points and what we need from your side.

Timeline (all times HKT)
- Sat 29 Nov, 18:00: the public portal switches to the maintenance page. Your service desk posts the notice on the website and the hotline message goes live.
- 18:30: final incremental extract from the legacy system. Expected duration 90 minutes.
- 20:00: data load into the new platform, followed by automated reconciliation of record counts and balances for all 14 tables.
- 23:00: go/no-go checkpoint 1. We review the reconciliation results with your data owner. If any table differs by more than 0.01%, we stop and roll back.
- Sun 30 Nov, 00:00 to 04:00: functional smoke tests by our team (62 scripted cases), then business verification by your nominated officers (the 11 scenarios we agreed).
- 06:00: go/no-go checkpoint 2, chaired by you. This is the last point at which rollback is cheap.
- 07:00: DNS switch; the portal reopens on the new platform.
- 07:00 to 12:00: hypercare, with two of our engineers on site and one on call.

Rollback
If either checkpoint is a no-go, we restore the legacy database from the 18:30 snapshot and reopen the old portal. Rollback takes about two hours, so the portal would be back by 09:00 on Sunday at the latest. We rehearsed this twice in October and both runs finished inside 100 minutes.

What we need from you
1. Names and mobile numbers of the officers doing business verification, by 21 November.
2. Confirmation that your network team can update the firewall rules at 06:30 on Sunday.
3. Someone from your side with authority to make the go/no-go call at 06:00.
4. Weekend access badges for four of our engineers.

Communication
We'll post status updates in the shared Teams channel every hour, and I'll phone you directly at each checkpoint. If anything goes wrong between checkpoints, Ada will call you within 15 minutes and tell you what we're seeing and what we propose to do about it.

Risks we're watching
The legacy extract has run slower on Saturdays because of the weekly archive job. We've asked your DBA to move that job to Friday night for this one weekend; if that isn't possible, we'll start the extract 30 minutes earlier.

After go-live
The legacy system stays read-only for 30 days so your officers can look up old cases. We'll switch it off only after you confirm in writing, and we'll keep the final snapshot for a further 90 days.

Let me know if you'd like to walk through the runbook together before the 21st.

Best,
Kelvin
""", cc=[WINNIE, ADA]),
    case([], "zh", "长而聚焦的变更影响分析(约600字): 结论、影响范围、风险、待确认事项,两种上线方式由中心选择",
         PM, [ZHAO], "关于增加“分管领导会签”环节的变更影响分析", """
赵科长:

关于在审批流程中增加“分管领导会签”环节的需求,我们做了变更影响分析,结论和细节如下。

一、结论
该变更技术上可以实现,建议作为变更申请CR-2026-027单独排期,预计增加工作量14人天。上线方式有两种:一是随主版本顺延至12月12日上线;二是主版本维持12月1日上线,会签环节于12月19日单独发布。请中心选择。

二、影响范围
1. 流程引擎:需新增一个并行会签节点,并调整“退回”逻辑。会签人退回时,流程回到经办人还是回到科长,需要中心明确规则。
2. 待办与提醒:分管领导的待办入口放在移动端还是PC端,两者开发量相差约3人天。
3. 统计报表:现有“平均办结时长”的口径需要调整,否则新增环节会拉高时长数据。
4. 存量办件:切换当日在途的约1,200件办件,建议按旧流程走完,不追溯。

三、对其他工作的影响
1. 等保测评整改与本变更由同一组开发人员负责,若同时进行,整改完成日期会从11月28日推迟到12月3日。
2. 用户手册和培训材料需相应更新,约2人天。
3. 移动端如需同步支持会签,需要重新提交应用商店审核,审核周期约5个工作日,建议提前准备。

四、风险
1. 分管领导出差时的代签规则尚未明确,若上线后再补,可能造成办件积压。
2. 会签环节上线后,部分事项可能超出法定办结时限,建议中心同步评估是否需要调整承诺时限。
3. 增加会签节点后,高峰时段流程引擎的并发压力预计上升约15%。我们会在性能测试中增加对应场景,如测试不达标,优先优化节点查询,不影响功能上线。

五、费用
按合同约定的变更单价,本次变更费用约8.4万元,详细测算见附件。两种上线方式费用相同。

六、需要中心确认的事项
1. 采用哪种上线方式;
2. 会签退回规则;
3. 代签规则。

收到中心意见后,我们两个工作日内给出详细排期。

周启明
""", cc=[LIU]),
    case([], "mixed", "長而聚焦嘅 UAT plan(港式中英夾雜),成篇都係時間、人手、範圍、defect 處理同 sign-off 條件",
         PM_HK, [WINNIE], "UAT plan (17-28 Nov) - 請 review", """
Hi Winnie,

以下係下個階段 UAT 嘅安排,麻煩你同 Raymond review 一下,有問題星期五前話我知。

一、時間
UAT 由 11 月 17 日開始,到 11 月 28 日完結,一共十個工作天。第一個星期集中測試申請同審批流程,第二個星期測試報表、權限同埋 exception handling。

二、人手
每日需要貴部門四位同事參與,最好係前線同事同 supervisor 各兩位,因為兩邊用嘅 function 唔同。我哋會派兩個 consultant 長駐你哋 office,另外一個 tester 負責記錄 defect。

三、測試範圍
1. 新申請、續期、取消三個主要流程,一共 46 個 test case;
2. 月報、季報同 audit trail 報表,一共 12 個 test case;
3. 用戶權限:前線、supervisor、admin 三個角色嘅 access control;
4. Exception:網絡中斷、重複提交、上載超大檔案等情況。

四、Defect 處理
所有 defect 會記錄喺 Jira,分 critical、major、minor 三級。Critical 當日修正,major 兩個工作天內修正,minor 會集中喺 UAT 完結前處理。每日五點我會 send 一份 daily summary 俾你同 Raymond。

五、Sign-off 條件
冇未解決嘅 critical 同 major defect,minor defect 唔多過十個,而且全部有 workaround,就可以 sign off。如果第二個星期仲有 critical defect,我哋會建議延長 UAT 三日,再同你哋商量。

六、需要你哋準備
1. 四位同事嘅名單同 availability,11 月 12 日前;
2. 測試用嘅 sample data,要去除個人資料;
3. 一間可以容納六個人嘅會議室,配兩部電腦。

七、培訓
UAT 開始前一日(11 月 14 日)下晝兩點,我哋會喺你哋 office 做一個兩個鐘嘅 briefing,介紹系統主要功能、test case 點樣執行同埋 defect 點樣記錄。建議參與 UAT 嘅同事全部出席,如果有同事嗰日唔得閒,我哋可以另外安排一個短 session,或者錄低畀佢哋睇返。

八、風險
1. 如果前線同事因為年尾工作量大而未能全日參與,測試進度可能會落後,我哋建議每日固定上晝九點至十二點做 UAT;
2. 測試環境嘅 data 同 production 唔完全一樣,部分報表數字可能會有出入,遇到呢類情況我哋會逐項解釋同記錄。

如果想開個短會傾下,我星期四下晝或者星期五上晝都得。

Kelvin
""", cc=[RAYMOND, ADA], trad=True),
    case([], "en", "Cantonese slang anger ('到底搞唔搞得掂') only in the quote; the reply apologises, owns the cause and offers a call",
         PM_HK, [WINNIE], "RE: 又死機?!", """
Hi Winnie,

Sorry. I know this is the second outage in a month and your front-line colleagues took the brunt of it.

Service came back at 10:42. The cause this time was different from October's: a certificate on the load balancer expired overnight. That's on us; our monitoring should have warned us 30 days ahead and it didn't.

What we're doing: every certificate is now on an expiry alert, and I'll send a one-page incident report by 5 pm today that you can pass to your boss. If it helps, I'm happy to join a call with him tomorrow and explain it myself.

Kelvin
""", quote="""
Kelvin,

你哋搞咩啊?今朝 system 又死機,前線同事成朝都用唔到。上個月先話搞掂,點解又係咁?到底搞唔搞得掂?我哋老闆已經好唔開心。

Winnie
""", quote_from=WINNIE, quote_style="outlook"),
    case([], "zh", "公文体的情况说明: 原因、调整、措施、影响,语气平实、致歉,不甩锅",
         PM, [LIU], "关于不动产模块上线时间调整的情况说明", """
刘处长:

现将不动产登记模块上线时间调整情况说明如下:

一、原因。市不动产登记中心接口于11月5日升级至3.0版本,字段结构变化较大,我方需同步改造并重新联调。
二、调整。上线时间由11月15日调整为11月29日。
三、措施。我方已增派两名开发人员,每周二、五向贵中心报送进度;如接口方提前完成,我方争取提前上线。
四、影响。在此期间窗口继续使用原有查询方式,对群众办事无影响。

给贵中心工作带来不便,深表歉意。

特此说明。

周启明
项目经理
"""),
    case([], "zh", "主动担责: '和他们的操作完全无关,责任在我们'",
         PM, [HE], "Re: 昨晚跑批失败是不是我们操作有问题?", """
何经理:

请转告值班的同事放心,这次和他们的操作完全无关,责任在我们:上周的部署脚本漏了一个参数,导致跑批用错了日期。

今早已经重跑成功,数据也核对无误。脚本加了校验,以后少参数会直接停下来报警。给大家添麻烦了,抱歉。

周启明
""", quote="""
周经理:

昨晚跑批失败,我们这边值班同事担心是不是他们启动顺序弄错了,麻烦帮忙看一下。

何雪梅
""", quote_from=HE),
    case([], "en", "'As promised on Tuesday's call' is follow-through, not a reproach",
         PM_HK, [RAYMOND], "Re: Go-live date", """
Hi Raymond,

As promised on Tuesday's call, here's the confirmation before Friday: go-live is Monday 1 December, 07:00. The public notice can go out any time from now.

I've also attached the one-paragraph description your comms team asked for last time, in English and Chinese.

Best,
Kelvin
""", quote="""
Kelvin, can you confirm the go-live date by Friday? Our comms team needs it for the public notice.

Raymond
""", quote_from=RAYMOND, quote_style="gt"),
    case([], "en", "'This isn't a no': logged as CR-15, pencilled into January, estimate promised by 21 November",
         PM_HK, [WINNIE], "Re: Dark mode for the staff portal", """
Hi Winnie,

This isn't a no. It just won't fit into December without pushing the release, because the December build is already frozen for the security fixes.

I've logged it as CR-15 and pencilled it in for the January release. I'll send a short estimate by 21 November so you can check it with your officers before we commit.

Thanks,
Kelvin
""", quote="""
Hi Kelvin,

Several officers asked for a dark mode on the staff portal. Can it be included in the December release?

Winnie
""", quote_from=WINNIE),
    case([], "zh", "PM 建设性地回应同事引文里的抱怨('脑子是不是有问题'只在引文),替客户换位思考并安排当面沟通",
         PM, [MAXIAO], "Re: 刘处又改需求", """
骁哥:

知道大家这两周很辛苦,你的火气我理解。

不过这次加字段不是刘处拍脑袋:省里11月4日新发了一个数据标准,他们也是被要求的,换成我们在他那个位置,一样得改。

我明天上午去中心跟刘处当面对一下,看哪些字段必须本期上、哪些可以放到下期,争取把范围压下来。在那之前代码先别动。辛苦了!

启明
""", cc=[XUQING], quote="""
启明:

刘处又改需求了,上周刚定的表单又要加六个字段,这人脑子是不是有问题?天天折腾我们,我是真不想干了。

马骁
""", quote_from=MAXIAO, quote_style="gt_zh"),
    case([], "zh", "内部安排故意抄送客户本人,感谢其反馈,没有议论客户",
         PM, [MAXIAO], "导出慢的问题请今天排查", """
马骁:

赵科长反馈,今天上午导出本月办件统计要等四五分钟,窗口同事等得很着急。

我把赵科长也抄送在这里,请你今天下班前排查一下原因,结论直接回复我们两个人,不用再转一道。如果需要中心提供变慢的具体时间点,可以直接联系赵科长。

谢谢赵科长及时反馈!

启明
""", cc=[ZHAO]),
    case([], "zh", "内部认真对待客户批评('写得跟天书一样'是客户原话),承认'他说得在理'并安排改进",
         PM, [XUQING], "孙主任对用户手册的意见", """
晴晴:

今天孙主任当着大家的面说我们的用户手册“写得跟天书一样”。当时挺难堪的,但回来翻了一遍,说实话他说得在理:满篇都是“实例”“租户”“回调”,窗口的同志确实看不懂。

想请你牵头改一版:按窗口人员一天的工作来组织章节,术语能换成大白话的都换掉,每一步配截图。下周三前出初稿,我先看,然后约孙主任那边两位窗口同事试读。

启明
""", cc=[MAXIAO]),
    case([], "mixed", "'impossible','唔得' 用喺讚美同感謝客戶團隊嘅語境",
         PM_HK, [RAYMOND], "Thank you 你哋 team", """
Hi Raymond,

兩個禮拜搬晒三千萬條 record,我原本真係覺得 impossible,冇諗過做得到。多謝你哋 team 連續幾個禮拜六都返嚟幫手 verify data,冇你哋根本唔得。

下個禮拜我哋想請大家食個 lunch,你睇下邊日方便?

Kelvin
""", cc=[WINNIE], trad=True),
    case([], "zh", "'驳回''不予受理''拒绝受理'都是审批功能的名称和业务术语",
         PM, [ZHAO], "审批页面“驳回”功能已上线测试环境", """
赵科长:

按上周会议意见,审批页面已增加“驳回”和“退回补正”两个按钮,已部署到测试环境:

- 驳回:办件直接终止,必须填写驳回理由,理由会短信推送给申请人;
- 退回补正:办件退回申请人补充材料,原有材料保留,补正后不需要重新排队。

拒绝受理的情形(材料明显不符、非本中心事项)仍走原有的“不予受理”流程,没有改动。

请中心安排同事在周五前试用,有问题随时找我。

周启明
"""),
    case([], "en", "technical wording: the gateway 'will reject' requests, the old job 'must be killed and disabled'; an ops instruction with help offered",
         PM, [HE], "Gateway change on 20 Nov - action for your ops team", """
Dear Ms He,

A heads-up on the gateway upgrade on 20 November.

From that night, the gateway will reject any request that doesn't carry the new X-Branch-Id header, returning HTTP 400. Requests from the branch teller system already send it; the only exception we found is the old overnight reconciliation job.

For your ops team: before 22:00 on the 20th, the old reconciliation job must be killed and disabled (steps attached, about five minutes). The new job starts automatically at 23:30.

If anything in the steps is unclear, I'll walk your ops colleague through it by phone on the 19th.

Best regards,
Qiming Zhou
"""),
    case([], "mixed", "自嘲('我脑子瓦特了')并更正自己的错误,还把功劳归给客户提前发现",
         PM, [MAXIAO, XUQING], "deck 日期写错了,更正版见附件", """
各位:

我脑子瓦特了,昨天发给钱总的 deck 第5页,投产日期写成了11月12日,正确是11月22日。钱总那边我已经单独打电话道过歉,他说没关系,还好他们提前发现了。

更正版 v1.3 见附件,以后统一用这一版。Lesson learned:以后对外材料发出前,我拉一个人 double check。

启明
""", cc=[DENG]),
    case([], "mixed", "中英夹杂的建议: recommend option A,但列出 B 的好处,'Final decision 在贵行'",
         PM, [HE], "消息中间件选型 - 我们的 recommendation", """
何经理:

附件是消息中间件的对比。简单说:

- Option A(Kafka):吞吐最高,我们 team 最熟,recommend 这个;
- Option B(贵行总行已有 license 的 RocketMQ):吞吐够用,运维可以复用总行团队,长期 cost 更低。

两个都满足 SLA。我们倾向 A,但 B 对贵行的运维体系更 friendly,这个 trade-off 最好由贵行来判断。Final decision 在贵行,选哪个我们都 fully support。

周启明
""", cc=[QIAN]),
    case([], "zh", "台式公文'恕無法以議價方式辦理'是法規事實,隨即提供兩種可行做法並交由貴處決定",
         PM_TW, [HUANG], "Re: 擴充授權採購方式", """
黃經理您好:

謝謝您先來詢問。依貴公司採購作業要點,金額超過公告金額的案件,恕無法以限制性招標(議價)方式辦理,這部分敝司也不便建議變通,以免日後稽核有疑慮。

不過有兩個做法可以兼顧時程,供您和長官參考:
一、改採公開招標,敝司可協助準備規格書,大約可在 12 月中旬完成公告;
二、依實際需求分兩期採購,第一期 100 個授權可在小額採購範圍內先行辦理。

要採哪一種,由貴處決定即可,敝司都會全力配合。需要的話,我下週可以到貴處當面說明。

林佩君 敬上
""", quote="""
林小姐:

明年要擴充 200 個使用者授權,長官希望可以直接用議價方式辦理,比較快。可以嗎?

黃淑芬
""", quote_from=HUANG, trad=True, quote_style="foxmail"),
    case([], "zh", "上报: '这件事我本人做不了主',已书面报分管副总并给出正式答复时间;客户的威胁只在引文",
         PM, [LIU], "Re: 关于追加三个区县接入的要求", """
刘处长:

追加三个区县接入,涉及合同范围和费用调整,这件事我本人做不了主,不能随口答应您,也不想拖着您。

我已于今天上午把您的要求和督查时间节点书面报给我司分管副总邓志坚,他会在周三下班前给贵中心正式回复,并同步给出一个不影响督查的过渡安排。

这两天您这边有任何新情况,随时打我电话。

周启明
""", cc=[DENG], quote="""
周经理:

三个区县接入的事已经说了两周了,你们到底还想不想干?市里下周就要督查,如果因为你们耽误了,我们会向局领导如实反映!

刘建国
""", quote_from=LIU, quote_style="outlook_zh"),
    case([], "zh", "Foxmail 引文里是'上报总行,按合同扣款'的威胁;回复承认问题、给出原因、明早确认与驻场承诺",
         PM, [HE], "回复:对账差异问题", """
何经理:

理解您的着急,连续三次出现差异,换谁都会有意见。

我们今天已经把三次差异的流水逐笔对完,原因都指向同一处:跨零点的冲正交易被计入了次日。修复已经完成,今晚跑批后,我会在明早九点前把对账结果发给您确认。

如果明天对账仍有差异,我当天到行里驻场,直到问题彻底解决为止。

周启明
""", quote="""
周经理:

对账差异已经第三次出现了!这个问题再解决不了,我们就上报总行,按合同扣款,你们自己看着办!

何雪梅
""", quote_from=HE, quote_style="foxmail"),
    case([], "zh", "'必须'出自法规和客户自己的管理办法,说明我方会严格执行,不是向客户施压",
         PM, [LIU], "关于测试数据使用的说明", """
刘处长:

下周开始性能测试,向您报告一下测试数据的处理方式。

按照《数据安全法》和贵中心印发的《政务数据管理办法》,生产数据出中心机房必须先脱敏。我们的做法是:在中心机房内完成脱敏,姓名、身份证号、手机号全部替换,脱敏后的数据才拷贝到测试环境,全过程由中心信息科同事在场见证。

这套做法我们会严格执行。中心如还有其他要求,请随时告知。

周启明
""", cc=[SUN]),
    case([], "mixed", "转述客户领导原话('不可能砍')并认同'他说得对',内部据此调整计划",
         PM, [MAXIAO, XUQING], "和钱总 sync 后的 sprint 调整", """
骁哥、晴晴:

今天和钱总 sync 了一下。钱总原话是:“反洗钱报表这块不可能砍,监管 deadline 是硬的。”他说得对,regulatory 的东西没得商量。

所以 sprint 计划调整如下:
1. 反洗钱报表提到 sprint 7 最前面,骁哥负责,12月5日前提测;
2. 原计划的首页改版顺延到 sprint 8,我今天下午跟何经理说明;
3. 晴晴这周先把反洗钱报表的测试数据准备好,需要行里提供的我来协调。

有问题今晚前告诉我。

启明
"""),
    case([], "zh", "'没有推掉任何一项的意思': 给出工作量估算,请客户排序,承诺周五前给带日期的排期",
         PM, [ZHAO], "Re: 新增三项需求", """
赵科长:

三项需求都收到了,我们没有推掉任何一项的意思。只是年底前剩下的开发时间大约15个人天,三项加起来估算是32个人天,同时上确实排不下。

想请中心帮我们排个先后。我们初步估算:第1项约5人天,第3项约8人天,第2项约19人天(需要对接运营商)。您和领导定好顺序后,排在前面、能放进15人天的,我们年底前上;剩下的写进一月计划。我会在周五前给您一份带日期的排期表。

周启明
""", quote="""
周经理:

领导又提了三个需求:1. 首页加办件量实时滚动;2. 短信提醒增加语音外呼;3. 统计报表按街道细分。年底前能都上吗?

赵敏
""", quote_from=ZHAO),
    case([], "en", "'isn't realistic' followed by two dated options and an offer to look again; the client decides",
         PM_HK, [RAYMOND], "Five reports by 12 December", """
Hi Raymond,

I've gone through the five management reports with the team. Delivering all five by 12 December isn't realistic with the people we have unless we cut the testing, and I don't want to hand your officers reports we haven't properly checked.

Two options:
(a) The two reports your Director uses in the year-end review by 12 December, the other three by 16 January.
(b) All five by 9 January, fully tested together.

If neither fits, tell me what the hard constraint is and I'll look again, for instance whether adding a contractor for four weeks would change the picture.

Best,
Kelvin
"""),
    case([], "zh", "同事间玩笑: 说'搞不定''这不可能'要罚奶茶,针对自己人,也是在提倡不说死话",
         PM, [MAXIAO, XUQING], "本周“禁用词”罚款箱战况", """
各位:

本周“禁用词”罚款箱战况通报:

- 马骁:说了三次“搞不定”,奶茶三杯;
- 晴晴:说了一次“肯定没问题”(然后真出了问题),奶茶一杯;
- 本人:脱口而出“这不可能”,被当场抓住,请全组吃水果。

规矩不变:对客户、对同事都不说死话,改说“我查一下,几点前答复”。下周继续,邓总说他也要参加。

启明
""", cc=[DENG]),
    case([], "zh", "长而聚焦的迁移方案(约650字): 范围、方式、校验、安全、风险、需协调事项",
         PM, [SUN], "历史办件数据迁移方案(初稿)", """
孙主任:

历史办件数据迁移方案初稿已完成,主要内容如下,完整版见附件,请中心审阅。

一、迁移范围
迁移2016年至2025年旧审批系统中的历史办件数据,共约860万件,附件材料约42TB。其中2016至2019年的数据为归档状态,只迁移结构化信息和材料索引,原件仍保存在原存储中,通过链接调阅。

二、迁移方式
采用“全量+增量”方式:
1. 11月20日至11月27日,每天夜间22:00至次日6:00分批完成全量迁移,白天不影响窗口使用;
2. 11月28日至上线前一天,每晚同步当日增量;
3. 上线当晚停机4小时,做最后一次增量和核对。

三、数据校验
每批迁移完成后做三层校验:一是记录数核对;二是关键字段(办件编号、申请人、办结时间)逐条比对;三是按事项随机抽取0.5%的办件,由中心业务科室人工核对页面展示。任何一层不通过,该批次重新迁移。

四、数据安全
迁移全程在中心机房内网完成,不经过外网;迁移服务器使用中心分配的专用账号,操作全程录屏留痕;迁移结束后,临时数据在中心人员见证下销毁,并出具销毁记录。

五、风险与应对
1. 2017年系统升级前的部分数据编码不统一,约有3万件存在乱码风险。我们已准备好转码规则,无法转码的单独列出清单交中心确认;
2. 附件存储的读取速度是主要瓶颈,如全量迁移进度落后20%以上,将申请延长两个夜间窗口;
3. 如迁移期间旧系统仍有补录操作,可能造成增量遗漏,建议中心在11月28日后暂停旧系统补录,确需补录的由我们登记后在新系统补入。

六、需要中心协调的事项
1. 旧系统数据库只读账号(11月15日前);
2. 业务科室抽检人员名单;
3. 机房夜间进出授权。

七、进度汇报
迁移期间每天早上九点前,我们向中心发送前一晚的迁移日报,内容包括迁移量、校验结果、异常清单和当晚计划;如出现需要中心决策的事项,当天上午电话报告。

如方便,我们希望下周二上午当面汇报一次。

周启明
""", cc=[ZHAO, MAXIAO]),
    case([], "zh", "公文里的'不予收取'是同意减免费用,风险词在另一种意思里",
         PM, [LIU], "关于11月现场支持费用", """
刘处长:

贵中心11月6日来函所提现场支持费用减免一事,经我司研究,同意对11月1日至15日的驻场支持费用不予收取,原合同其他条款不变。

后续如再有驻场需求,请提前一周告知,我们统一安排。

特此函复。

周启明
"""),
    case([], "zh", "会议纪要里的暂缓带评估报告日期,由中心决定是否纳入二期(与纪要里夹带拒绝的正例相对)",
         PM, [SUN, ZHAO], "项目周例会纪要(11月10日)", """
孙主任、赵科长:

11月10日周例会纪要如下:

一、会议确认了社保接口联调结果,通过率98.7%,剩余问题11月12日前关闭。
二、关于孙主任提出的“办件数据大屏”需求,会议明确:本期暂缓,乙方于11月25日前提交评估报告(含工作量、费用和对现有进度的影响),由中心决定是否纳入二期。
三、12月1日上线的前提条件:性能测试通过、等保测评整改完成。
四、下次例会:11月17日14:30。

如有出入,请于明天中午前指出。

周启明
""", cc=[MAXIAO]),
]


import random as _random

CASES = POSITIVES + RAMBLES + DOUBLES + NEGATIVES
_random.Random(9).shuffle(CASES)  # deterministic order, so labels do not follow file numbers
