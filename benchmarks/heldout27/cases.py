"""heldout27: 80 labelled PM email drafts (training set), written by an independent helper.

Domains: logistics / WMS, container ports, cold chain (food and pharma), energy utilities
(smart meters, grid dispatch) and B2B SaaS customer success (renewals, feature requests,
support tickets, SLAs). All text is synthetic and was written for this set.
The case order is shuffled with random.Random(2727) at the bottom of this file.
"""

import random

# ---- our team (@ourteam.example.com) ----
ZHOU_LAN = "周岚 <zhou.lan@ourteam.example.com>"
HAN_ZIMO = "韩子墨 <han.zimo@ourteam.example.com>"
LU_WEIDONG = "陆卫东 <lu.weidong@ourteam.example.com>"
LIANG_XT = "梁晓棠 <liang.xiaotang@ourteam.example.com>"
ZHENG_YM = "郑一鸣 <zheng.yiming@ourteam.example.com>"
KONG_LY = "孔令仪 <kong.lingyi@ourteam.example.com>"
SONG_QM = "宋启明 <song.qiming@ourteam.example.com>"
CHENG_XUE = "程雪 <cheng.xue@ourteam.example.com>"
QIU_HAI = "邱海 <qiu.hai@ourteam.example.com>"
JI_YUAN = "季远 <ji.yuan@ourteam.example.com>"
SHEN_DA = "沈达 <shen.da@ourteam.example.com>"
WEN_ZH = "温子航 <wen.zihang@ourteam.example.com>"
TAO_KW = "陶凯文 <tao.kaiwen@ourteam.example.com>"
ZHENG_JH = "鄭家豪 <cheng.kaho@ourteam.example.com>"
LIN_YJ = "林怡君 <lin.yijun@ourteam.example.com>"
GAO_JUN = "高峻 <gao.jun@ourteam.example.com>"
BAI_LU = "白露 <bai.lu@ourteam.example.com>"
XU_LANG = "许朗 <xu.lang@ourteam.example.com>"
MA_XIAO = "马骁 <ma.xiao@ourteam.example.com>"
ETHAN = "Ethan Moore <ethan.moore@ourteam.example.com>"
TOM = "Tom Becker <tom.becker@ourteam.example.com>"
PRIYA = "Priya Raman <priya.raman@ourteam.example.com>"
MARCUS = "Marcus Lindqvist <marcus.lindqvist@ourteam.example.com>"
CHLOE = "Chloe Ng <chloe.ng@ourteam.example.com>"
DANA = "Dana Whitfield <dana.whitfield@ourteam.example.com>"
JORDAN = "Jordan Blake <jordan.blake@ourteam.example.com>"
OWEN = "Owen Gallagher <owen.gallagher@ourteam.example.com>"
RAVI = "Ravi Menon <ravi.menon@ourteam.example.com>"
SAM = "Sam Ortiz <sam.ortiz@ourteam.example.com>"
HANNAH = "Hannah Cole <hannah.cole@ourteam.example.com>"
GAO_JUN_EN = "Gao Jun <gao.jun@ourteam.example.com>"

# ---- client A (@client-a.example.cn): cold-chain operator, container terminal, meter utility ----
SHAO_JG = "邵建国 <shao.jianguo@client-a.example.cn>"
HE_MIN = "贺敏 <he.min@client-a.example.cn>"
FENG_LI = "冯丽 <feng.li@client-a.example.cn>"
TANG_WEI = "唐卫 <tang.wei@client-a.example.cn>"
CAO_ZHEN = "曹振 <cao.zhen@client-a.example.cn>"
HO_ML = "何美玲 <ho.meiling@client-a.example.cn>"
CHAN_CM = "陳志明 <chan.chiming@client-a.example.cn>"

# ---- client B (@client-b.example.com): SaaS customers, shipping line, utility, 3PL, pharma ----
RUI = "Rui Costa <rui.costa@client-b.example.com>"
MEGAN = "Megan Shaw <megan.shaw@client-b.example.com>"
HELEN = "Helen Park <helen.park@client-b.example.com>"
DANIEL = "Daniel Okafor <daniel.okafor@client-b.example.com>"
SOFIA = "Sofia Marin <sofia.marin@client-b.example.com>"
LENA = "Lena Vogt <lena.vogt@client-b.example.com>"
GRACE = "Grace Liu <grace.liu@client-b.example.com>"
VICTOR = "Victor Hale <victor.hale@client-b.example.com>"
JIA_ZQ = "贾志强 <jia.zhiqiang@client-b.example.com>"
LUO_XF = "罗晓峰 <luo.xiaofeng@client-b.example.com>"
MIAO_QING = "苗青 <miao.qing@client-b.example.com>"

# ---- bank C (@bank-c.example.cn): SaaS customer ----
QIAN_PEI = "钱佩 <qian.pei@bank-c.example.cn>"
MENG_FAN = "孟凡 <meng.fan@bank-c.example.cn>"


CASES = []


def case(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    if kw["quote"] and "quote_from" not in kw:
        kw["quote_from"] = kw["to"][0]
    CASES.append(kw)


# =====================================================================================
# POSITIVES: refusal (13 single-label + 3 double-label below)
# =====================================================================================

case(expect=["refusal"], lang="zh",
     why="friendly cold-chain weekly report; item 4 flatly turns down the WeChat push request with no buffer",
     sender=ZHOU_LAN, to=[SHAO_JG, HE_MIN], cc=[GAO_JUN],
     subject="冷链温控平台项目周报(第46周)",
     body="""邵总、贺敏好:

本周进展汇报如下,供参考。

一、冷库传感器接入
嘉定1号库、2号库共186个温湿度探头已全部接入,数据连续72小时无断点。3号库因为地坪翻新,探头安装推迟到下周一,现场电工已经约好。

二、冷藏车GPS与温度数据融合
68台冷藏车中已有61台完成车载终端升级,剩余7台在外地跑线,司机回沪当天即可升级,贺敏那边已经帮我们排好了时间,非常感谢!

三、告警规则
按上周评审结果,冷冻品高于-15℃持续5分钟触发二级告警,冷藏品高于8℃持续10分钟触发二级告警。配置已在测试环境生效,请贵方值班组本周五前抽空点一遍。

四、关于把温控看板推送到个人微信的想法:这个我们不做。

五、培训
11月18日下午2点在贵司二楼会议室做第一场值班员培训,预计1.5小时,操作手册我们打印好带过去。

六、下周计划
3号库探头安装、告警规则UAT、车载终端收尾。

有任何问题随时找我,周末愉快!

周岚
""")

case(expect=["refusal"], lang="zh",
     why="one-line curt reply closing a port gate-booking request, no buffer or alternative",
     sender=HAN_ZIMO, to=[TANG_WEI],
     subject="Re: 闸口预约能否给车队长开个账号",
     body="""唐工,插队账号这个口子不开,谢谢理解。

韩子墨
""",
     quote="""韩经理:

闸口预约系统能不能给我们车队长开个后门账号?高峰的时候让他手工往前插几个车,就这几天,船期实在太挤了。

辛苦!
唐卫""",
     quote_style="gt_zh")

case(expect=["refusal"], lang="zh",
     why="公文-style reply: request 'not adopted', declared final, no CR, no date, no alternative",
     sender=LU_WEIDONG, to=[FENG_LI], cc=[HAN_ZIMO],
     subject="关于“堆场箱位三维实时展示”需求的复函",
     body="""华港集装箱码头有限公司信息部:

贵部11月3日来函收悉。经我方项目组研究,函中所提“堆场箱位三维实时展示”需求超出双方合同附件二所列功能清单,我方不予采纳。

本复函意见即为最终意见,后续不再就此事项另行答复。

特此函复。

澜拓科技 港口事业部项目组
2026年11月6日
""")

case(expect=["refusal"], lang="en",
     why="refusal phrased as product policy/fact ('that's how it will stay'), SaaS SSO request, no buffer",
     sender=ETHAN, to=[RUI],
     subject="Re: Separate SSO per subsidiary",
     body="""Hi Rui,

Per-subsidiary SSO isn't something the platform does. One tenant, one identity provider. That's how it's built and that's how it will stay.

Ethan
""",
     quote="""Hi Ethan,

Our regional subsidiaries each run their own Azure AD. Could you enable a separate SSO configuration per sub-tenant before the renewal? This is a big ask from our CIO and it would really help us internally.

Thanks,
Rui""",
     quote_style="gt")

case(expect=["refusal"], lang="en",
     why="friendly QBR recap, numbered list; item 4 declines the custom rate card and closes it, no buffer",
     sender=PRIYA, to=[HELEN, MEGAN], cc=[ETHAN],
     subject="Recap: Q4 business review, Nov 12",
     body="""Hi Helen, Megan,

Thanks for a really productive session today. Recap below so we're all working from the same list.

1. Usage: active seats are up from 214 to 251 since August, and the dispatch-board module is now used by all three depots.
2. Support: 37 tickets this quarter, median first response 2h10m. The two P1s (Sept 9, Oct 21) have closed RCAs attached to the tickets.
3. Feature requests: bulk re-assign of loads ships in the 26.12 release; the Spanish UI translation is in QA now.
4. Renewal pricing: the custom rate card you asked for is declined and won't be revisited.
5. Training: Megan to send names for the new-dispatcher cohort; we'll run the two sessions remotely.
6. Next QBR: week of Feb 9, at your offices.

Let me know if I missed anything. Great to see the depots getting so much out of the board!

Best,
Priya
""")

case(expect=["refusal"], lang="mixed",
     why="rhetorical echo of the request then a flat no, feature request closed, SaaS, no buffer",
     sender=LIANG_XT, to=[QIAN_PEI],
     subject="Re: FR-2207 报表自定义水印",
     body="""钱经理,

每家客户单独配一套报表水印? 这个不会有的. FR-2207 我这边已经 close 了, roadmap 上也不会出现, 知悉即可.

晓棠
""")

case(expect=["refusal"], lang="zh", trad=True,
     why="traditional Chinese; smart-meter read interval request refused and topic closed ('請不要再列入'), no buffer",
     sender=ZHENG_JH, to=[HO_ML],
     subject="Re: 智慧電錶讀表間隔調整",
     body="""何課長您好:

讀表間隔維持15分鐘,這點不會調整,也請不要再列入需求清單。

鄭家豪
""",
     quote="""鄭經理您好:

我們稽核單位希望把智慧電錶的讀表間隔從15分鐘縮短為5分鐘,方便抓竊電。請問下個月的版本可以調整嗎?

謝謝
何美玲""")

case(expect=["refusal"], lang="zh", trad=True,
     why="traditional Chinese; free-storage extension refused flatly and closed ('此事到此為止')",
     sender=LIN_YJ, to=[CHAN_CM],
     subject="Re: 懇請延長免費堆存期",
     body="""陳先生:

來信所提延長免費堆存期至十四天一事,本公司不同意,此事到此為止。

林怡君 敬上
""",
     quote="""林小姐:

因船期延誤,我司有四十二個貨櫃滯留在堆場。懇請貴司將免費堆存期由七天延長至十四天,否則堆存費用我們實在難以承擔。

陳志明""",
     quote_style="outlook_zh")

case(expect=["refusal"], lang="zh",
     why="friendly-sounding closing of the topic ('就当没聊过') for a go-live advance request, no buffer",
     sender=LU_WEIDONG, to=[JIA_ZQ],
     subject="Re: 负荷调度模块能否提前上线",
     body="""贾处:

12月1日上线调度模块,这个咱们就当没聊过哈。其他事情随时招呼!

陆卫东
""",
     quote="""陆总:

领导要求负荷调度模块提前两周,12月1日上线,您看能否安排?

贾志强""",
     quote_style="foxmail")

case(expect=["refusal"], lang="zh",
     why="numbered point-by-point reply; items 3 and 5 are bare '不做' with no buffer",
     sender=KONG_LY, to=[LUO_XF],
     subject="Re: WMS 五个需求请一并答复",
     body="""罗总好,逐条回复:

1. 可以,11月20日的版本带上。
2. 可以,同一个版本。
3. 不做。
4. 可以,已经在测试环境,您明天就能先看。
5. 这个也不做。

孔令仪
""",
     quote="""孔经理:

以下几点请一并答复:
1. 出库单增加承运商字段
2. 月结报表改成按货主分sheet
3. 手持终端支持离线拣货
4. 库位编码允许字母开头
5. 系统直接对接我们的金蝶财务

罗晓峰""",
     quote_style="outlook_zh")

case(expect=["refusal"], lang="en",
     why="two-line curt reply declining an SLA credit extension, no buffer, no escalation",
     sender=MARCUS, to=[MEGAN],
     subject="Re: SLA credit for the Nov 3 outage",
     body="""Megan - the credit stays at one day. We won't be applying it to the month.

Marcus
""",
     quote="""Marcus,

Given the 4-hour outage on Nov 3, we'd like the SLA credit applied to the whole month rather than just the day. Please confirm.

Megan""",
     quote_style="outlook")

case(expect=["refusal"], lang="zh",
     why="meeting minutes with six items; item 4 refuses the per-store statement request and closes it",
     sender=CHENG_XUE, to=[SHAO_JG, HE_MIN], cc=[GAO_JUN],
     subject="冷链仓配项目周例会纪要(11月10日)",
     body="""邵总、贺敏:

今天例会的纪要如下。

时间:11月10日 10:00—11:15
地点:贵司嘉定园区二楼会议室
参会:贵方邵建国、贺敏、夜班组长;我方程雪、高峻

1. 3号库探头安装:已完成120/144,剩余24个本周四完成。责任人:高峻。
2. 告警规则UAT:贵方值班组已测试18条用例,通过16条,2条阈值待确认,贺敏周三前反馈。
3. 冷藏车终端:仍有5台车在外地,回沪后当天安排升级。
4. 贺敏提出的月度对账单按门店拆分:我方不做,本项关闭。
5. 培训:第二场值班员培训定于11月24日下午,地点同上。
6. 下次例会:11月17日(周一)上午10点。

如纪要有遗漏,请于两个工作日内补充。

程雪
""")

case(expect=["refusal"], lang="mixed",
     why="refusal stated as a blanket policy ('no exception') on a SaaS price-lock request, no buffer",
     sender=WEN_ZH, to=[MENG_FAN],
     subject="Re: 三年续约价格锁定",
     body="""孟总,

Price lock 我们不做, 所有客户一视同仁, 没有 exception. 三年合同每年按当年 list price 走.

子航
""",
     quote="""温经理:

我们考虑签三年,但希望三年内价格锁定、不做上调,这个可以吗?

孟凡""",
     quote_style="gt_zh")

# ---- refusal + argue ----
case(expect=["refusal", "argue"], lang="zh",
     why="flat refusal plus lecturing rhetorical question about signed minutes (argue)",
     sender=SONG_QM, to=[HE_MIN],
     subject="Re: 冷藏车超温给司机发短信",
     body="""贺经理:

同一个问题,这是第三次了。10月15日、10月29日的会议纪要里都写着,您那边也签了字,纪要是签着玩的吗?答案没变:不加。

宋启明
""",
     quote="""宋经理:

之前提过的,冷藏车温度超标的时候直接给司机发短信提醒,这个能不能加进来?

贺敏""",
     quote_style="foxmail")

# ---- refusal + backchannel (reply-all accident: client in Cc) ----
case(expect=["refusal", "backchannel"], lang="zh",
     why="reply-all accident: mocks client's dispatch staff with the client (唐卫) in Cc, and flatly kills the request",
     sender=HAN_ZIMO, to=[XU_LANG], cc=[TANG_WEI],
     subject="Re: 闸口“加急通道”需求",
     body="""许朗:

老唐又要搞“加急通道”,拍脑袋拍出来的需求,他们码头调度那帮人一天不折腾就浑身难受。这事咱们不做,你也别再陪他聊了,直接晾着。

子墨
""")

# ---- refusal + persuade ----
case(expect=["refusal", "persuade"], lang="en",
     why="flat no to keeping the on-prem connector plus pressure to give up and migrate (persuade)",
     sender=DANA, to=[DANIEL],
     subject="Re: On-prem connector in the renewal",
     body="""Daniel,

The on-prem connector goes away in March and it won't be part of the renewal. Your team needs to move to the cloud agent, and honestly, the sooner your security people stop fighting it, the better for everyone. Every other customer your size has already made the switch, and I'm not keeping a special build alive for one account. Let's get the migration scheduled this month.

Dana
""",
     quote="""Dana,

Our security team would like to keep the on-prem connector for at least another year. Can we keep it in scope for the renewal?

Thanks,
Daniel""",
     quote_style="outlook")


# =====================================================================================
# POSITIVES: backchannel (8 single + RB above + ramble/backchannel below)
# =====================================================================================

case(expect=["backchannel"], lang="zh",
     why="internal mail mocking the client's IT manager as someone who overturns decisions; no constructive angle",
     sender=HAN_ZIMO, to=[GAO_JUN],
     subject="明天需求评审你替我去一下",
     body="""高峻:

明天下午的需求评审你替我顶一下吧。华港那位冯丽,每次开会都要把上次定好的东西推翻一遍,跟她对接我真是要少活十年。你去了就听着、点头,别当真,她说的东西一般撑不过一个礼拜。

子墨
""")

case(expect=["backchannel"], lang="en",
     why="reply-all accident: ridicules the client contact (Daniel) while he is in Cc",
     sender=ETHAN, to=[TOM], cc=[DANIEL],
     subject="Re: Ticket #48213 - cannot log in",
     body="""Tom,

It's Daniel again. Same password-reset "P1" as last week and the week before. The man couldn't find the Forgot Password link if it were flashing in neon. Just reset it and close the ticket, don't bother setting up a call.

E.
""")

case(expect=["backchannel"], lang="zh",
     why="nickname '老佛爷' for the client's director, mocks him and the whole client company to a colleague",
     sender=CHENG_XUE, to=[BAI_LU],
     subject="验收用例先别动",
     body="""白露:

“老佛爷”今天下午又来视察了,一张口就把验收标准从±0.5℃改成±0.3℃,问他依据是什么,说是“感觉”。他们公司从上到下就没一个真懂冷链的,回头报告出来又是我们背锅。

验收用例你先别动,等我明天确认。

程雪
""")

case(expect=["backchannel"], lang="mixed",
     why="disparages the bank client ('C行', its stakeholders and 孟凡) in an internal mail",
     sender=WEN_ZH, to=[MA_XIAO],
     subject="C行 renewal call",
     body="""马骁,

C行这个 renewal 你做好心理准备. 他们那边的 stakeholder 全是 yes-man, 谁都不拍板, 一个简单的 seat 扩容走了六个 approval, 跟他们打交道纯属浪费生命. 下周的 call 你来 lead 吧, 我实在不想再听孟凡念 PPT 了.

子航
""")

case(expect=["backchannel"], lang="zh", trad=True,
     why="traditional Chinese; mocks the utility client's buyer as a clueless know-it-all to a colleague",
     sender=ZHENG_JH, to=[LIN_YJ],
     subject="今天電力公司的會",
     body="""怡君:

今天跟電力公司那位採購開會,你沒來真是幸運。他連集中器跟電錶都分不清楚,還在那邊一副很懂的樣子,指點我們的通訊架構該怎麼改,我全程尷尬到想找地洞鑽。下週的報價會,你就當是在跟一個外行打交道吧。

家豪
""")

case(expect=["backchannel"], lang="en",
     why="internal prep mail belittling the client contact ('no idea what she's buying') and her team",
     sender=MARCUS, to=[PRIYA],
     subject="Thursday QBR - heads-up",
     body="""Priya - heads-up for Thursday's QBR with Client-B.

Helen is lovely, but she has absolutely no idea what she's buying. Last quarter she asked me twice what "API" stands for. Keep the slides to pictures and nod a lot. Honestly, their whole ops team is like that, so don't bother with the integration roadmap slide.

M.
""")

case(expect=["backchannel"], lang="zh",
     why="mail to the client that disparages the client's own night-shift dispatchers",
     sender=LU_WEIDONG, to=[JIA_ZQ],
     subject="调度员培训情况",
     body="""贾处:

上周的调度员培训我们又补了一场。说实话,你们调度中心夜班那几位的水平您也清楚,同一个操作讲了三遍还是记不住,提的问题也都是手册第一页就写着的。再这么培训下去,我们也不知道还能怎么教了。

陆卫东
""")

case(expect=["backchannel"], lang="zh",
     why="internal team note sneering at the client's 'urgent' requests and his way of deciding",
     sender=KONG_LY, to=[GAO_JUN, BAI_LU, XU_LANG],
     subject="罗总的三条“紧急需求”",
     body="""各位:

罗总那边今天又发来三条“紧急需求”。根据以往经验,他们的“紧急”保质期一般就三天,三天后他自己都不记得提过。大家手上的活照常推,别被带节奏。罗总那套拍桌子定需求的路数,咱们看看热闹就好。

令仪
""")

# =====================================================================================
# POSITIVES: argue (5 single + RA above)
# =====================================================================================

case(expect=["argue"], lang="zh",
     why="blames the client's forklift drivers and lectures them to self-check before writing; confrontational",
     sender=KONG_LY, to=[LUO_XF],
     subject="Re: 本周库存差异",
     body="""罗总:

17单我逐单查过了,全部是你们仓库的叉车司机交接时没扫码,直接把货放上库位造成的。扫码交接这件事,培训时我们强调过至少三遍,操作手册第7页也白纸黑字写着。系统没有任何问题,问题在你们现场。下次发这种邮件之前,麻烦先让仓库主管自查一遍。

孔令仪
""",
     quote="""孔经理:

这周又有17单库存对不上,你们的系统到底怎么回事?

罗晓峰""",
     quote_style="gt_zh")

case(expect=["argue"], lang="en",
     why="sarcastic lecturing ('I'd genuinely recommend reading') about the SLA contract in reply to the client",
     sender=CHLOE, to=[RUI],
     subject="Re: Missed SLA on #47110",
     body="""Rui,

For the record, it wasn't missed. #47110 was logged as P2, and the SLA you signed (section 4.2, which I'd genuinely recommend reading before the next escalation) gives P2 an 8-business-hour first response. We responded in 3h 40m. This is the third ticket I've had to explain this on.

Chloe
""",
     quote="""Chloe,

Your team missed the SLA on ticket #47110 again. This is not acceptable.

Rui""",
     quote_style="gt")

case(expect=["argue"], lang="mixed",
     why="blames the client's field team and tells them to stop shifting blame; confrontational",
     sender=ZHENG_YM, to=[CAO_ZHEN],
     subject="Re: 东区电表读数偏差 escalation",
     body="""曹工,

Meter 读数偏差的原因我们 RCA 里写得清清楚楚: 是你们 field team 装表时 CT 极性接反, 跟平台算法没有半点关系. 这已经是第二次把锅甩到我们头上了, 请你们内部先对齐一下再来 escalate, OK?

一鸣
""")

case(expect=["argue"], lang="zh",
     why="lectures the client on 'basic industry knowledge' with a condescending rhetorical question",
     sender=QIU_HAI, to=[SHAO_JG],
     subject="关于昨晚3号库温度断档",
     body="""邵总:

关于昨晚3号库温度记录断档十二分钟的事,我想强调一下:冷链不是普通仓储,温度记录断档就是事故,这是行业基本常识。贵司做了十几年物流,不会不明白吧?夜班人员把网关电源拔了去插电暖器,这种事本来就不该发生,请贵司认真反思。

邱海
""")

case(expect=["argue"], lang="en",
     why="scolding tone, stacked '!!!', 'not sure how much clearer we can make it' to a shipping-line client",
     sender=OWEN, to=[SOFIA],
     subject="Berth window change for MV Northern Star",
     body="""Sofia,

The cut-off for berth window changes is 48 hours before ETA. Not 40. Not "as soon as the agent tells us". 48!!! It's in the service agreement, it's in the onboarding deck and it was in my email of Oct 30. I'm honestly not sure how much clearer we can make it.

Owen
""")

# =====================================================================================
# POSITIVES: persuade (5 single + RP above)
# =====================================================================================

case(expect=["persuade"], lang="zh",
     why="pushes the client to drop their own rules-engine idea and sign now ('别再纠结了')",
     sender=SHEN_DA, to=[LUO_XF],
     subject="关于运力调度规则引擎",
     body="""罗总:

您坚持要自己搭运力调度的规则引擎,这个想法我理解。但说句掏心窝子的话,这条路我们看别的客户走过,没一家走通的。标准版的调度规则完全够用,您就别再纠结了,这周把合同签了,后面的事都交给我们。

沈达
""")

case(expect=["persuade"], lang="en",
     why="deadline and loss-of-support pressure, 'nothing left to think about' on a SaaS renewal",
     sender=JORDAN, to=[HELEN],
     subject="Renewal - timing",
     body="""Helen,

Just so we're clear on timing: if the three-year agreement isn't signed by Friday, the legacy pricing goes away, and so does your slot in the priority support queue. Every other account in your tier has already moved over. There really isn't anything left to think about here, so let's get it done this week.

Jordan
""")

case(expect=["persuade"], lang="zh",
     why="dismisses the client's per-district modelling view and tells them to stop discussing ('听我的')",
     sender=JI_YUAN, to=[JIA_ZQ],
     subject="Re: 负荷预测建模思路",
     body="""贾处:

按区县单独建模的思路我明白,但真没这个必要。听我的,全网一个统一模型,精度我们保证,出了问题算我的。你们内部也别再开会讨论了,就按统一模型推进,下周一我让团队直接开工。

季远
""",
     quote="""季经理:

我们内部讨论后,还是倾向按区县分别建负荷预测模型,毕竟各区县的用电结构差异很大。

贾志强""",
     quote_style="foxmail")

case(expect=["persuade"], lang="mixed",
     why="pressures the client to abandon their Excel process and switch on our date ('你们早晚会感谢我的')",
     sender=LIANG_XT, to=[HE_MIN],
     subject="下周一切 dashboard",
     body="""贺敏,

我知道你们 ops 同事都习惯用 Excel 记温度, 但 honestly, 继续用 Excel 就是在烧钱, 也是在赌运气. 下周一就整体切到我们的 dashboard 吧, 不要再留 Excel 做 backup 了, 你们团队早晚会感谢我的. 账号我已经让 CS team 全部开好了.

晓棠
""")

case(expect=["persuade"], lang="en",
     why="'I'd bet my job on it', 'stop going back and forth': pressures the client to drop a mixed-vendor plan",
     sender=RAVI, to=[LENA],
     subject="Sensor vendor decision",
     body="""Lena,

I'd really urge you to drop the mixed-vendor sensor plan. You will regret it, and I'd bet my job on that. Our kit is the only one that has been validated end to end with the platform, and I don't want to see your team waste another month on a bake-off. Let's lock in our sensors this week and stop going back and forth.

Ravi
""")


# =====================================================================================
# POSITIVES: ramble (5 single + ramble/backchannel)
# =====================================================================================

case(expect=["ramble"], lang="zh",
     why="~700 characters of travel, family and hobby chatter; one line asks to confirm the concentrator cut-over window",
     sender=ZHENG_YM, to=[CAO_ZHEN],
     subject="近况,顺便一件小事",
     body="""曹工好:

好久没联系,最近一切都好吧?上周我去了一趟贵州,本来是陪家里老人去看看黄果树瀑布,结果赶上连着三天下雨,瀑布的水量倒是大得吓人,站在观景台上衣服全湿透了,我爸还非要拍一张跟瀑布的合影,说是回去给老同事们看。回来的路上在安顺吃了一顿裹卷,酸辣口的,配上当地的米酒,我到现在还念念不忘。说起来您上次提过老家是遵义的,那边的羊肉粉是不是比安顺的还地道?下次有机会一定要跟您讨教讨教。

再跟您汇报一件家里的喜事,我女儿这次期中考试数学终于考进了班里前十。她为了这个成绩连着两个月每天晚上做一套卷子,我和她妈妈轮流陪着,比我自己上班还累。老师说她最近上课开始主动举手了,我听了比拿项目奖金还高兴。不过她现在又迷上了乒乓球,每个周末都缠着我去球馆,我这把老腰实在是吃不消,您要是有空,哪天我们两家人约着一起打一场?

天气也越来越冷了,我们小区的银杏叶子这两天全黄了,早上出门一地金黄,好多人拿着手机在拍。我最近在学摄影,淘了一个二手的定焦镜头,拍落叶效果还挺不错,回头挑几张发给您看看。还有,我们楼下新开了一家咖啡馆,老板是个退休的工程师,手冲咖啡做得特别讲究,每次去都要拉着我聊半天他年轻时候在电厂值夜班的故事,听得我都想去电厂参观一趟了。他还送了我一包自己烘的豆子,说是埃塞俄比亚的,带一点柑橘味,我每天早上磨一点,整个屋子都是香的。我老婆说我现在买咖啡器具的钱,都快赶上她买衣服的钱了。

对了,下周二集中器割接的窗口,麻烦您帮忙确认一下是不是凌晨1点到4点。

最近流感比较厉害,您和家里人都多注意身体,出门记得戴口罩。等忙完这阵子,我请您喝茶,顺便把我拍的照片带给您。

郑一鸣
""")

case(expect=["ramble"], lang="en",
     why="~480 words about a Lisbon trip, running and a dog; the one real ask (SSO admin list by Thursday) is buried",
     sender=SAM, to=[RUI],
     subject="Back from Lisbon!",
     body="""Hi Rui,

Hope you had a good weekend! I just got back from the customer success summit in Lisbon and I have to tell you, the city completely won me over. I'd never been before, and I spent my first evening wandering up and down those steep little streets in Alfama, getting lost on purpose. There's a tram, number 28 I think, that rattles past so close to the buildings you could reach out and touch the laundry hanging from the windows. I rode it end to end twice because I couldn't decide which neighbourhood to get off in.

The food was another story. Someone at the conference told me I absolutely had to try the custard tarts from a particular bakery in Belem, so I skipped a morning of sessions and queued for forty minutes. Worth every minute. I bought a box of six for the team and, I'm ashamed to say, only four made it back to the office. I also tried grilled sardines for the first time, which I was nervous about, but with a squeeze of lemon and some bread they were fantastic.

On the running front, I finally signed up for the half marathon in April. My knees are already complaining and I haven't even started the training plan properly. My neighbour, who has done about twenty of these, keeps sending me articles about "base mileage" and I nod along as if I know what that means. If you have any tips from your cycling days, I'm all ears. I remember you mentioning a long charity ride a couple of summers ago.

Our dog, Biscuit, has also been busy. While I was away she learned how to open the pantry door and ate half a bag of rice, which led to an expensive and slightly embarrassing vet visit. She's fine now and looks very pleased with herself. My partner has installed a child lock, which Biscuit clearly regards as a personal insult.

Oh, and before I forget, could you send over the list of admin users for the SSO migration by Thursday?

Anyway, the weather here has turned properly grey, so I'm already planning my next trip somewhere sunny. I've heard great things about Porto, and a colleague swears the wine tour along the Douro valley was the best day out she has ever had. Maybe next spring. And if you ever find yourself passing through our city, let me know and I'll take you to the best ramen place within walking distance of the office. The broth alone is worth the trip.

Talk soon,
Sam
""")

case(expect=["ramble"], lang="zh",
     why="typhoon, fishing, a film and a hotpot place; the port data request (QC/PLC table by Friday) is one buried line",
     sender=HAN_ZIMO, to=[TANG_WEI],
     subject="周末趣事,附一件小事",
     body="""唐工:

这周过得怎么样?上周末台风擦边过去,我们这边下了整整两天大雨,小区门口的路积水到小腿,我穿着雨靴去超市买菜,感觉像在蹚河。还好家里提前囤了方便面和鸡蛋,两天没出门,陪儿子拼完了一整套一千片的拼图,是一艘老式帆船的图案,拼到最后发现少了一片,翻遍沙发底下才找到,原来是被猫叼走了。

说起来台风之前我还去海边钓了一次鱼,跟大学同学约的,早上四点就出发,在礁石上蹲了三个小时,只钓上来两条巴掌大的黑鲷。同学倒是钓了一条快两斤的鲈鱼,得意得不行,中午拿去旁边的渔家乐加工,清蒸的,鲜得不得了。您上次说您也喜欢海钓,哪天有空可以一起去,我知道一个人少的钓点,就是路有点难走。

最近还看了一部电影,讲一个老船长退休前最后一次出海的故事,节奏很慢,但拍得特别好,海上日出那几个镜头我看得差点掉眼泪。我老婆说我年纪越大越容易被感动,可能确实是。您要是周末有空,可以找来看看,片名我回头发您。

另外,请您这边在本周五前把岸桥编号和PLC地址的对照表发我一份,谢谢。

还有件事跟您分享,我们公司楼下新开了一家潮汕牛肉火锅,吊龙和匙柄都特别新鲜,老板是汕头人,说牛肉每天早上从屠宰场直接拉过来,绝不过夜。我已经去了三次了,每次都排队。下次您来我们这边开会,中午我请您去尝尝,保证不比您上次推荐的那家差。

最近天气转凉,早晚温差大,您多注意身体。我这几天嗓子有点哑,估计是钓鱼那天吹了海风,喝了几天罗汉果茶才好一点。我妈听说了,非要从老家寄一箱枇杷膏过来,说比什么药都管用,我跟她说现在快递两天就到,她还是不放心,又多塞了两包胖大海。

祝周末愉快!

韩子墨
""")

case(expect=["ramble"], lang="mixed",
     why="long code-switched chatter (trip, gym, robot vacuum, coffee, K-pop); the SLA report question is one 'btw' line",
     sender=TAO_KW, to=[QIAN_PEI],
     subject="最近近况 + 一个小问题",
     body="""钱经理,

周末过得怎么样? 我上周末终于去了一趟千岛湖, 本来是 team building, 结果变成了 eating building, 三天吃了四顿鱼头, 回来一称胖了两公斤, 我的 fitness coach 看到 InBody 报告直接沉默了. 说到健身, 我最近在练硬拉, coach 说我的 form 还不错, 就是核心不够稳, 每次练完第二天下楼梯腿都是软的, 感觉自己像刚学走路的小鹿.

另外双十一我又没忍住, 买了一台扫地机器人, 结果它第一天就卡在沙发底下, 我还得趴在地上把它拽出来, 我家猫全程在旁边看戏, 那个眼神充满了 judgement. 后来在小红书上搜了一下, 原来要先设置 no-go zone, 设完之后倒是挺乖的, 就是每天早上七点准时出发, 比闹钟还靠谱, 周末想睡个懒觉都不行.

还有个事想跟您分享, 我最近在追一个讲 coffee 的博主, 他说手冲的水温要控制在 92 度左右, 我买了个温控壶试了一周, 确实比之前好喝, 酸味没那么冲了. 您上次说您喜欢喝 cold brew, 下次我带一瓶自己做的给您尝尝, 不保证好喝, but at least it's handmade. 我同事说我现在的工位像个小咖啡馆, 每天下午都有人来蹭.

btw 请确认一下 Q4 的 SLA report 格式是不是沿用 Q3 的 template.

对了, 年底我们公司 annual party 要搞一个 talent show, 我被同事硬拉去跳一段 K-pop, 现在每天午休都在会议室对着玻璃练动作, 保洁阿姨路过看到都笑出声了. 如果到时候有视频, 我一定不会发给您的, 哈哈. 听说你们行里的年会也很热闹, 去年是不是还请了乐队? 我们老板说今年想请个魔术师, 大家都在猜他是不是自己想上台.

最近降温了, 北京那边应该更冷吧, 您出差多注意保暖. 下次来上海, 我请您吃本帮菜, 红烧肉和腌笃鲜管够, 再带您去武康路走走, 那边的梧桐叶这个季节最好看. 我最近还发现了一家开在老洋房里的书店, 二楼有个小阳台, 下午阳光特别好, 坐在那里看书能一坐一下午, 您要是有兴趣我们可以一起去逛逛.

Cheers,
凯文
""")

case(expect=["ramble"], lang="zh",
     why="hometown New Year, cooking, football and a history book; the black-start drill roster request is buried",
     sender=JI_YUAN, to=[JIA_ZQ],
     subject="年底闲聊几句",
     body="""贾处好:

转眼又快到年底了,时间过得真快。前两天我妈打电话来问春节回不回老家,我算了算,已经三年没在老家过年了,这次说什么也要回去。我们老家在湖南邵阳的一个小镇上,过年最有意思的就是杀年猪、打糍粑,小时候我最喜欢蹲在灶台边,等第一块刚出锅的猪血丸子,那个香味现在想起来还流口水。我爸前几天还在电话里说,今年家里的腊肉已经熏上了,用的是橘子皮和谷壳,要熏足一个月,就等我回去吃。

说到吃,我最近在家研究红烧肉,试了好几个版本,有一次糖炒过头了,整锅发苦,我老婆尝了一口就放下筷子了。后来在网上看了一个老师傅的视频,说关键是冰糖小火慢慢炒出枣红色,再加黄酒焖一个半小时,照着做了一次,终于成功了,孩子连吃了两碗饭。贾处您要是有什么拿手菜,也教我两招。

周末我还去现场看了一场中超,气氛特别热烈,虽然主队最后一分钟被扳平了,但整场看下来还是很过瘾。我儿子第一次去现场,全程举着围巾喊,回家嗓子都哑了。他现在天天嚷着要报足球班,我正在附近找靠谱的教练,您家孩子好像也在踢球,有没有什么推荐?

对了,12月10日的黑启动演练,麻烦您那边确认一下参演调度员的名单。

另外,最近我在读一本讲明朝历史的书,写得很有意思,把很多历史人物写得特别鲜活,我每天睡前翻几页,已经看了大半本,看完可以借给您。书里讲到的那些治水、修运河的故事,跟咱们电网调度有时候还真有点像,都是牵一发而动全身。我儿子看我天天抱着这本书,也好奇地翻了几页,结果被里面的插图吸引住了,现在每天晚上都要我给他讲一段,讲得我嗓子都快冒烟了。

天气越来越冷,北方已经开始供暖了吧,您注意身体,少熬夜。

季远
""")

# ---- ramble + backchannel ----
case(expect=["ramble", "backchannel"], lang="zh",
     why="long internal chatter (hiking, new car, annual party) that also mocks the client's director; one buried task",
     sender=SONG_QM, to=[GAO_JUN],
     subject="周末见闻",
     body="""高峻:

周末去爬了趟天目山,本来约了六个人,结果临出发前两个人放鸽子,剩下四个人开一辆车上山,路上堵了三个小时,到山脚已经中午了。不过山上的银杏真是好看,一大片金黄,我拍了两百多张照片,回来一看全是逆光,只能挑几张凑合发朋友圈。下山的时候在农家乐吃了一顿笋干老鸭煲,老板娘还送了我们一袋自己晒的山核桃,说今年雨水好,核桃特别饱满。

再跟你说个事,我那台开了九年的老车终于下决心换了,纠结了两个月,最后还是选了一台电车。提车那天我儿子比我还兴奋,非要坐在驾驶座上拍照。就是充电还不太习惯,小区里的充电桩总被油车占着,物业说管不了,我已经在业主群里吵了两轮了。后来干脆在公司地下车库充,反正每天上班都要停一整天,电费比家里还便宜一点。上周末第一次开长途回老家,一路上找服务区充电,排队排了四十分钟,我爸在旁边一直念叨还是油车方便,我只能假装没听见。

说到吵,你是没见过上周三邵总开会那个架势。一个小时的例会,他足足讲了四十分钟当年在部队管仓库的光荣历史,讲到一半还要大家鼓掌,我憋笑憋得肚子疼。最离谱的是,最后问他冷冻库到底设多少度,他愣了半天说“你们看着办”,合着他自己也不知道。他们公司那帮人能把冷链做到今天这个规模,我看纯属运气好。

对了,周四前把3号库上周的温度曲线导一份给我。

还有,下个月公司年会,行政让每个部门出一个节目,我们组目前报了个小合唱,我五音不全,估计只能站最后一排对口型。你要是有什么才艺,赶紧报上来,救救我们组。最近天冷了,我老婆买了一个电火锅,每天晚上都煮点东西吃,我感觉又要胖回去了,健身卡算是白办了。

启明
""")


# =====================================================================================
# HARD NEGATIVES: refusal-like (18)
# =====================================================================================

case(expect=[], lang="zh",
     why="hard negative: buffered refusal, CR number + assessment date + interim SMS alerts",
     sender=ZHOU_LAN, to=[HE_MIN], cc=[SHAO_JG],
     subject="关于温控看板推送个人微信",
     body="""贺敏好:

关于温控看板推送到个人微信的需求,我们内部评估了一下,涉及公众号认证和消息模板审批,二期的时间窗口来不及,暂不纳入二期交付。

目前的安排是:
1. 已登记为变更单 CR-2026-118;
2. 11月20日前我们给出工作量评估和报价;
3. 在此之前,超温告警先走短信通道(上周已开通,值班组手机号已经配好)。

如有疑问随时电话我。

周岚
""")

case(expect=[], lang="en",
     why="hard negative: 'can't promise Dec 1' followed by two concrete alternative plans, client chooses",
     sender=SAM, to=[RUI],
     subject="Re: Reporting module + billing export by Dec 1?",
     body="""Hi Rui,

I can't promise the whole reporting module for Dec 1 without cutting corners on testing, and I'd rather not do that right before a board meeting. Here's what I can commit to:

- Option A: billing export live Nov 28, reporting module Dec 15.
- Option B: both on Dec 10, plus a read-only preview of the reports on Dec 1 for the board pack.

Either works on our side. Tell me which suits the board better and I'll lock the plan in tomorrow.

Sam
""",
     quote="""Sam,

Can we have the full reporting module and the billing export live by Dec 1? Our board meets on the 3rd and I'd love to show it.

Rui""",
     quote_style="gt")

case(expect=[], lang="zh",
     why="hard negative: escalation to the delivery director with a call time, plus charges paused meanwhile",
     sender=HAN_ZIMO, to=[FENG_LI], cc=[LU_WEIDONG],
     subject="Re: 堆存免费期能否延长",
     body="""冯经理:

理解船期延误给贵司带来的压力。延长免费堆存期属于商务条款调整,我这边没有权限单独答应,已经把情况和42个箱号整理好,转给了我们的交付总监陆卫东,他明天(周四)下午3点前会直接给您打电话商量。

在有结论之前,这42个箱子的堆存费先暂停计费。

韩子墨
""",
     quote="""韩经理:

因为船期延误,我们有42个箱子压在堆场,免费期能不能从7天延长到14天?不然这笔费用我们真的扛不住。

冯丽""",
     quote_style="outlook_zh")

case(expect=[], lang="mixed",
     why="hard negative: 'no extra charge' / '不额外收费' and '没有数据丢失', negations about something else",
     sender=LIANG_XT, to=[QIAN_PEI],
     subject="报表乱码 hotfix 已上线",
     body="""钱经理,

昨天导出报表乱码的 hotfix 已经在今早 8 点上线, 您那边刷新一下就可以了. 另外说明两点:

1. 这个 fix 不额外收费, no extra charge, 也不占用你们本季度的 support hours;
2. 没有数据丢失, 所有历史报表都可以重新导出, 格式和之前一致.

有问题随时找我.

晓棠
""")

case(expect=[], lang="zh",
     why="hard negative: technical 'not supported' and 拒绝连接 / Connection refused in a root-cause analysis with a fix plan",
     sender=ZHENG_YM, to=[CAO_ZHEN],
     subject="东区37台集中器上线失败原因及处理",
     body="""曹工:

昨晚东区37台集中器上线失败的原因已经定位:这批集中器通信模块的固件是V2.1,不支持TLS 1.3握手,而主站前天升级后默认只接受TLS 1.3,所以网关日志里全是“拒绝连接”(Connection refused)。

处理方案:
1. 今天中午12点前,主站临时恢复TLS 1.2兼容,37台集中器会自动重连;
2. 固件升级包V2.3已在实验室验证通过,计划11月19日夜间分批远程升级;
3. 升级完成、确认全部在线后,再关闭TLS 1.2。

本次没有丢失读数,集中器本地缓存了48小时的数据,重连后会自动补传。

郑一鸣
""")

case(expect=[], lang="en",
     why="hard negative: client asked for confirmation of 'no impact'; 'not part of the release' is a fact",
     sender=HANNAH, to=[GRACE],
     subject="Re: Tonight's patch and the billing run",
     body="""Hi Grace,

Confirmed: no impact on the billing run. Tonight's patch only touches the meter-event dashboard (front end plus one read-only API). The billing engine, the tariff tables and the meter-read import job are not part of the release. We've also scheduled the deploy for 22:00, well clear of the 02:00 import.

If anything looks off in the morning, call me directly on +86 21 5555 0142.

Hannah
""",
     quote="""Hannah,

Before you deploy tonight's patch, please confirm there will be no impact on the monthly billing run on the 15th. We cannot afford another delay this month.

Grace""",
     quote_style="outlook")

case(expect=[], lang="zh", trad=True,
     why="hard negative (traditional Chinese): 'cannot this release' with REQ number, review date and a per-meter workaround",
     sender=ZHENG_JH, to=[HO_ML],
     subject="Re: 讀表間隔5分鐘到底能不能做",
     body="""何課長您好:

讀表間隔改為5分鐘,牽涉到集中器頻寬和主站儲存容量,本期確實無法直接上線。此需求已列入需求清單 REQ-0457,我們會在下週三(11月18日)的評審會上評估硬體影響,會後兩天內回覆您完整時程。

在此之前,稽核單位若需要抓竊電,可以先針對可疑用戶個別開啟5分鐘讀表(單一電錶即可設定),名單給我,當天就能設定好。

鄭家豪
""",
     quote="""鄭經理:

稽核單位很急,讀表間隔改5分鐘這件事到底能不能做?請給個明確答覆。

何美玲""",
     quote_style="gt_zh")

case(expect=[], lang="en",
     why="hard negative: 'I'm not saying no' + ticket number + answer date + interim workaround; client's shouting only in the quote",
     sender=CHLOE, to=[RUI],
     subject="Re: API throttling AGAIN",
     body="""Hi Rui,

I'm not saying no. Raising the limit for a single tenant touches shared infrastructure, so I need our platform team to sign off. I've raised it as CS-9120, they review it tomorrow morning, and you'll have an answer from me by Tuesday 5pm.

In the meantime, moving your nightly sync to the bulk endpoint would cut your call volume by roughly 80%. It's a two-line config change and I'm happy to walk your developer through it today.

Chloe
""",
     quote="""Chloe,

Our integration is getting throttled AGAIN. Are you going to raise the API limit or not? Yes or no.

Rui""",
     quote_style="gt")

case(expect=[], lang="zh",
     why="hard negative: negation '并不是做不了' with two options on a date, decision left to the client",
     sender=JI_YUAN, to=[JIA_ZQ],
     subject="关于按区县建负荷预测模型",
     body="""贾处:

按区县单独建负荷预测模型,并不是做不了。我们的顾虑主要是部分区县的历史数据只有14个月,单独建模的精度可能反而不如统一模型。

我们下周一(11月16日)提交两个方案:
A. 全网统一模型,加区县修正系数;
B. 重点6个区县单独建模,其余区县用统一模型。

两个方案的精度对比和工作量都会列清楚,由您这边决定。

季远
""")

case(expect=[], lang="zh",
     why="hard negative: bureaucratic '暂不纳入本期' but with CR number, review date and interim workaround",
     sender=LU_WEIDONG, to=[FENG_LI], cc=[HAN_ZIMO],
     subject="关于“堆场箱位三维实时展示”需求的说明",
     body="""华港集装箱码头有限公司信息部:

贵部11月3日来函收悉。经我方项目组初步研究,函中所提“堆场箱位三维实时展示”需求涉及三维建模及现有GIS平台改造,暂不纳入本期实施范围。为不影响贵方业务,现说明如下:

一、该需求已登记为变更申请 CR-031;
二、我方将于11月25日需求评审会上提交工作量与费用评估;
三、过渡期间,可使用现有二维堆场图的“按贝位着色”功能查看箱位分布,操作说明已发至贵部邮箱。

如有不同意见,欢迎随时沟通。

澜拓科技 港口事业部项目组
""")

case(expect=[], lang="en",
     why="hard negative: can't approve the credit myself, escalated to the VP with a reply date; client's anger only in the quote",
     sender=MARCUS, to=[MEGAN],
     subject="Re: SLA credit for the Nov 3 outage",
     body="""Megan,

I hear you. Losing a full dispatch day is serious and I don't want to brush that off. The contract as written caps the credit at the affected day, and extending it to the month isn't something I can approve on my own. I've taken it to our VP of Customer Success, Laura Chen, with the outage timeline and your dispatch figures, and she'll reply to you directly by Friday.

Separately, I've opened CS-8812 to track the follow-up actions from the RCA so you can see progress as it happens.

Marcus
""",
     quote="""Marcus,

The Nov 3 outage cost us a full day of dispatch. One day of credit is frankly insulting. We want the whole month.

Megan""",
     quote_style="outlook")

case(expect=[], lang="zh",
     why="hard negative: client's impatient words only in the quote; PM answers with assessment result, CR number and date",
     sender=KONG_LY, to=[LUO_XF],
     subject="Re: 离线拣货到底行不行",
     body="""罗总:

明白您着急。离线拣货需要改手持端的本地数据库和同步机制,我们周三已经做了技术评估,结论是可以做,工作量约12人天。

已登记为 CR-2026-07,报价和排期明天(11月13日)中午前发您确认;确认后最快可以放进12月4日的版本。

孔令仪
""",
     quote="""孔经理:

离线拣货到底行不行?你们就给句痛快话!每次都说研究研究,研究到猴年马月?

罗晓峰""",
     quote_style="foxmail")

case(expect=[], lang="mixed",
     why="hard negative: the client asked for 'no change'; '不做任何改动 / no breaking change' confirms it",
     sender=TAO_KW, to=[QIAN_PEI],
     subject="Re: 变更冻结期接口保持不变",
     body="""钱经理,

收到. 冻结期内 v1 接口不做任何改动, no breaking change, 字段、签名方式、返回码全部保持不变. 新增的两个字段只放在 v2, 你们什么时候想切再切. 我们也会在 release note 里单独标注 "v1 unchanged".

凯文
""",
     quote="""陶经理:

我行核心系统下个月进入变更冻结期,请务必保证你们的接口不要有任何改动。

钱佩""",
     quote_style="gt_zh")

case(expect=[], lang="zh",
     why="hard negative: '不可能再发生' used about a fixed double-charge bug, with refunds done",
     sender=LIANG_XT, to=[QIAN_PEI],
     subject="上周重复扣费问题复盘",
     body="""钱经理:

关于上周两笔订阅费重复扣款的复盘结论:原因是支付回调超时后,我们的重试逻辑没有做幂等校验。修复后每笔扣款都带唯一的请求号,数据库层面也加了约束,同一笔账单重复扣款的情况从机制上就杜绝了,不会再发生。

两笔多扣的款项已于昨天原路退回,请财务同事查收。如果后续发现任何异常,请直接联系我。

梁晓棠
""")

case(expect=[], lang="en",
     why="hard negative: QBR minutes; custom rate card not this cycle but logged (FR-2291), committee date, reply date, interim tier",
     sender=PRIYA, to=[HELEN], cc=[MEGAN, JORDAN],
     subject="Minutes: renewal planning call, Nov 19",
     body="""Hi Helen,

Thanks for walking us through your plans for next year. Minutes below.

1. Seat growth: you expect to add two depots in Q2, roughly 60 more dispatcher seats. We'll size the renewal quote on 320 seats with a mid-year true-up.
2. Integrations: the TMS connector upgrade is scheduled for your January maintenance window. Megan will confirm the exact date.
3. Support: you asked for a named support engineer. That's included at the Premium tier; the comparison sheet is in the shared folder.
4. Custom rate card: this isn't something we can fit into the current renewal cycle. I've logged it as FR-2291 for our pricing committee, which meets Dec 9, and I'll share the outcome with you by Dec 12. Until then the standard volume tier applies, which already covers your seat growth.
5. Next steps: draft renewal quote from Jordan by Nov 28; follow-up call the week of Dec 14.

Shout if anything needs correcting.

Best,
Priya
""")

case(expect=[], lang="zh",
     why="hard negative: long polite weekly report; the WeChat-push item is declined WITH an interim alternative and a review date",
     sender=QIU_HAI, to=[SHAO_JG], cc=[HE_MIN],
     subject="冷链项目第46周进展简报",
     body="""邵总好:

第46周冷链项目进展简报如下:

1. 嘉定3号库:探头安装完成率83%(120/144),剩余部分周四完工,之后连续观察72小时。
2. 告警:二级告警规则已上线测试环境。值班组反馈的“夜间告警电话打给已离职员工”问题已修复,通讯录改为每天凌晨自动同步人事系统。
3. 车辆:冷藏车终端升级63/68,剩余5台下周二回沪后当天完成。
4. 关于看板推送到个人微信:这一版确实做不进去,个人微信消息模板需要公众号认证和审批,周期较长。建议先用企业微信群机器人推送超温告警(我们已在测试群测通,延迟约3秒);正式的个人微信推送排进1月迭代,12月3日排期评审后我把结论同步给您。
5. 培训:第二场值班员培训定于11月24日下午,请贺敏帮忙通知夜班组。
6. 风险:3号库网关与电暖器共用插座,建议加装独立UPS,报价已发给贺敏,是否加装由贵方决定。

下周重点是3号库收尾和UAT签字。如有任何问题,欢迎随时来电。

邱海
""")

case(expect=[], lang="zh",
     why="hard negative: the client asked to stop daily reports; '不再发日报' confirms the client's own request",
     sender=KONG_LY, to=[LUO_XF],
     subject="Re: 日报太多了",
     body="""罗总:

好的,从明天起不再发日报。改为每周五下午发一份周报,内容合并为进度、问题、下周计划三段;如果中间出现影响上线的风险,我会单独给您打电话。

孔令仪
""",
     quote="""孔经理:

日报太多了,我实在看不过来,以后不要再每天发了。

罗晓峰""")

case(expect=[], lang="en",
     why="hard negative: a blunt 'No.' aimed at a colleague's shortcut (skipping regression), protecting the client",
     sender=PRIYA, to=[TOM], cc=[ETHAN],
     subject="Re: Skip regression for the Client-B release?",
     body="""Tom,

Skipping the regression run before the Client-B release? No. Their billing run is on the 15th and I'm not putting that at risk to save a day. If the suite is too slow, let's split it: the billing and export tests run tonight, the rest tomorrow morning, and we release at noon. I'll let Megan know the release moves by half a day.

Priya
""")


# =====================================================================================
# HARD NEGATIVES: backchannel-like (10)
# =====================================================================================

case(expect=[], lang="zh",
     why="hard negative: constructive internal discussion of the client's anxiety about the cut-over, face-to-face follow-up",
     sender=ZHOU_LAN, to=[GAO_JUN, BAI_LU],
     subject="3号库割接回退方案",
     body="""高峻、白露:

今天跟邵总通了电话,他对3号库周六夜间的割接非常焦虑,担心万一回退不及时,库里两百多吨冻品会出问题。这个担心完全合理,我们之前的回退方案确实写得比较粗。

建议:
1. 明天上午10点我们三个先把回退步骤细化到分钟级;
2. 下午2点我约了邵总当面过一遍,你们俩一起去;
3. 割接当晚加一个人专门盯温度曲线。

周岚
""")

case(expect=[], lang="en",
     why="hard negative: banter about our own deploy script ('certified disaster'), owning the mistake, no client disparaged",
     sender=ETHAN, to=[TOM, GAO_JUN_EN],
     subject="Last night's config push",
     body="""Team,

Our deploy script is officially a certified disaster: it pushed the staging config to prod for ten minutes last night. That's 100% on us, nothing to do with the customer's setup. Rollback worked, no data touched, and I've already told Client-B's admin exactly what happened.

Action: Tom adds a config diff check to the pipeline by Friday. And whoever wrote "temporary hack, fix later" back in 2024, you know who you are: you're buying the coffee.

Ethan
""")

case(expect=[], lang="zh",
     why="hard negative: PM criticises their own quote ('脑子掉线' about himself) and fixes it face to face",
     sender=HAN_ZIMO, to=[LU_WEIDONG],
     subject="华港报价单更正",
     body="""陆总:

上周发给华港的报价单是我做的,漏算了岸桥PLC接口的调试费,大约差了4.6万。这完全是我的问题,那天脑子明显掉线了。

今天下午我已经约了冯经理,当面解释并提交更正版,客户那边目前没有异议。后面所有报价单我会加一道交叉复核,再发出去。

韩子墨
""")

case(expect=[], lang="zh",
     why="hard negative: client's harsh words ('玩具') only in the quote; PM takes the point seriously internally and plans a face-to-face",
     sender=LU_WEIDONG, to=[JI_YUAN, ZHENG_YM],
     subject="Fw: 告警延迟",
     body="""季远、一鸣:

贾处的原话比较重,但他指出的告警延迟是真实存在的问题:昨晚16:02的过负荷事件,告警16:06才推到调度台,晚了四分钟。

请今天下班前先把消息队列的积压情况查清楚,明早9点碰头,10点我们带着初步结论去贾处那里当面说明。

陆卫东
""",
     quote="""你们这个调度系统简直是个玩具!告警晚了四分钟,要是真出事谁负责?

贾志强""",
     quote_from=JIA_ZQ,
     quote_style="outlook_zh")

case(expect=[], lang="mixed",
     why="hard negative: internal note with the client deliberately in Cc, acknowledging the client's three points are valid",
     sender=WEN_ZH, to=[MA_XIAO], cc=[MENG_FAN],
     subject="RCA 跟进 | 11/9 平台中断",
     body="""马骁,

我特意 cc 了孟总, 让行里也能同步看到我们的 RCA 进度. 孟总提的三点 (告警太晚、status page 没及时更新、客服热线没人接) 我都看了, 全部成立, 不是找借口能过去的.

请你今天把 status page 的更新流程补上, 周五的 review 我们逐项给孟总过一遍.

子航
""")

case(expect=[], lang="zh",
     why="hard negative: a colleague's complaint about the client is in the quote; PM reframes it constructively",
     sender=HAN_ZIMO, to=[XU_LANG],
     subject="Re: 唐工又来电话了",
     body="""许朗:

辛苦了,被频繁打断的感受我理解。不过唐工追着问阈值,恰恰说明他们夜班对吊具超载这件事很在意,这对项目是好事。

我明天跟唐工约个固定时间,每天下午4点集中答疑15分钟,其他时间的问题先发邮件给我,我来过滤。阈值的配置说明你先整理一页纸给我。

子墨
""",
     quote="""子墨,唐工又追着我问告警阈值,一天打五个电话,我活还干不干了?太难搞了。

许朗""",
     quote_from=XU_LANG,
     quote_style="gt_zh")

case(expect=[], lang="en",
     why="hard negative: internal mail saying the client's blunt email 'has a point'; owning our gap",
     sender=MARCUS, to=[PRIYA, ETHAN],
     subject="Megan's onboarding feedback",
     body="""Priya, Ethan,

Megan's email this morning was blunt, but she has a point: our onboarding docs still show the old dispatch screen, and her new hires followed them step by step into a dead end. That's our miss.

Proposal: Ethan refreshes the three onboarding guides by Wednesday, I send Megan a short note today acknowledging it, and Priya, could you offer her a live walkthrough for the new cohort?

Marcus
""")

case(expect=[], lang="zh", trad=True,
     why="hard negative (traditional Chinese): '無語' aimed at our own script, team banter, client informed proactively",
     sender=LIN_YJ, to=[ZHENG_JH, GAO_JUN],
     subject="對帳腳本事件 + 下午茶",
     body="""各位:

這週真的被我們自己寫的對帳腳本坑慘了,時區少轉了八小時,整批報表重跑三次,我自己都無語。幸好客戶那邊還沒拿去用,今天下午我已經主動跟陳先生說明,並補發了正確版本。

為了謝罪,今天下午茶我請,珍奶還是楊枝甘露,群組裡登記。

怡君
""")

case(expect=[], lang="zh",
     why="hard negative: '真服了' as praise for a colleague; '不可能' about our own estimate",
     sender=HAN_ZIMO, to=[GAO_JUN, XU_LANG, BAI_LU], cc=[LU_WEIDONG],
     subject="BAPLIE 解析重写完成",
     body="""各位:

跟大家说个好消息:许朗昨晚一个通宵把船公司BAPLIE报文的解析重写了,今天早上唐工那边反馈,积载图终于对上了,一个箱位都没错。上周大家还说三天搞定根本不可能,真服了,这效率!

许朗今天下午调休,大家有EDI的问题先找我。

子墨
""")

case(expect=[], lang="mixed",
     why="hard negative: colleague's disparaging remark is only in the quote; PM defends the client's request and plans",
     sender=TAO_KW, to=[MA_XIAO],
     subject="Re: C行又要加三个报表",
     body="""马骁,

理解你手上活多, 但这三个报表其实是监管报送口径变化带来的, 不是他们闲. 我们先别回绝, 我来跟钱经理确认具体 deadline, 你先估一下工作量, 明天中午前给我一个粗估, 我们再一起定是放进 12 月 release 还是单独走 CR.

凯文
""",
     quote="""C行又要加三个报表, 这帮人就是闲的, 直接回绝得了.

马骁""",
     quote_from=MA_XIAO,
     quote_style="gt")


# =====================================================================================
# HARD NEGATIVES: other types (12)
# =====================================================================================

case(expect=[], lang="zh",
     why="hard negative: long weekly status report that stays on topic ('拒绝开门' is the residents, not the PM)",
     sender=ZHENG_YM, to=[CAO_ZHEN], cc=[LU_WEIDONG],
     subject="智能电表集抄改造项目周报(11月9日—11月13日)",
     body="""曹工好:

本周项目进展汇报如下。

一、总体进度
计划改造电表12,600块,截至本周五累计完成9,842块,完成率78.1%,比上周提升9.4个百分点。整体进度比基线计划落后约3个工作日,主要受东区两个老旧小区入户困难影响。

二、本周完成
1. 西区、南区集中器全部上线,共计86台,日冻结数据采集成功率99.2%;
2. 东区37台集中器因固件不兼容导致的上线失败问题已定位并临时恢复,固件升级方案已评审通过;
3. 完成主站与营销系统的档案同步接口联调,测试用例42条全部通过;
4. 向贵方计量班交付第二批现场作业指导书。

三、存在问题
1. 东区阳光新村、滨河苑两个小区约430户表箱锈蚀严重,需要先更换表箱才能装表,需贵方协调物业和街道;
2. 部分用户对拆换电表有顾虑,现场作业时拒绝开门,目前累计约60户。我们已印制告知单,建议贵方营业厅协助电话沟通;
3. 地下配电室4G信号弱的点位共11处,拟加装外置天线,物料已下单,预计下周到货。

四、下周计划
1. 11月19日夜间分批完成东区37台集中器的固件升级;
2. 完成剩余约1,500块电表的装接;
3. 启动采集成功率专项提升,目标日冻结成功率99.5%;
4. 准备月底阶段验收材料,初稿11月27日前发您审阅。

五、安全与质量
本周现场作业共计112人次,未发生安全事件。质量抽检装接30户,发现2户接线端子未紧固,已当场整改,并对装表队做了专项提醒;下周起每个装表小组每天自检5户,抽检结果随周报一并报送。

六、需要贵方支持
请于下周三前确认东区两个小区表箱更换的时间安排,以便我们调整装表队排班。

如有疑问随时联系我。

郑一鸣
""")

case(expect=[], lang="en",
     why="hard negative: long QBR minutes for a meter-data SaaS, on topic; a roadmap 'not on the roadmap' comes with a path forward",
     sender=HANNAH, to=[GRACE, VICTOR], cc=[MARCUS],
     subject="Minutes: Meter Data Platform quarterly review, Nov 18",
     body="""Hi Grace, Victor,

Thanks both for the time today. Minutes below; please reply with corrections by Friday and I'll treat them as final.

Attendees: Grace Liu, Victor Hale (Client-B); Hannah Cole, Marcus Lindqvist (our side).

1. Platform health
Availability for the quarter was 99.93% against the 99.9% commitment. The only significant incident was the 41-minute ingestion delay on Sept 30, caused by a certificate expiry on our side. The RCA is attached to ticket MDP-3301, and the automated certificate monitoring it recommended went live on Oct 14.

2. Meter data volumes
Daily interval reads grew from 1.9 million to 2.6 million after the northern district rollout, and ingestion latency (p95) stayed under 6 minutes. Victor noted that the northern district's estimation rate is still higher than elsewhere (3.1% vs 1.2%). We agreed this is mostly communication gaps at the concentrators rather than a platform issue, and Grace's field team will share the list of worst-performing sites.

3. Support tickets
52 tickets this quarter: 2 P1, 9 P2, 41 P3. All P1 and P2 first-response targets were met. Median time to resolution for P3 was 2.4 days, which Grace felt is too slow for billing-related queries. We agreed to tag billing-related P3s so they are triaged first, starting Dec 1.

4. Feature requests
- Bulk re-estimation from the UI: in the 27.01 release (January).
- Export of validation exceptions to CSV: already available; Marcus will send the how-to.
- Customer-facing usage portal: not on the current roadmap. Grace will write up the business case so our product team can review it properly in the January planning cycle, and we'll report back after that session.

5. Data quality
Grace raised the recurring duplicate reads from the legacy AMR meters in the industrial park. We confirmed the duplicates are filtered before billing, so invoices are not affected, but they do inflate the exception queue her analysts work through each morning. We will add a rule to auto-close exact duplicates and show them in a separate daily summary instead, targeted for the December maintenance release.

6. Renewal
The current term ends March 31. Victor asked for a draft renewal proposal that includes the additional 400,000 meters planned for next year. Marcus will send it by Dec 12.

7. Next steps
- Grace: list of low-performing concentrator sites, by Nov 25.
- Hannah: billing-ticket tagging live, Dec 1.
- Marcus: renewal proposal, Dec 12.
- Next review: mid-February, date to be confirmed.

Best regards,
Hannah
""")

case(expect=[], lang="zh",
     why="hard negative: long port TOS cut-over meeting minutes, focused; '回退' criteria and 'Go/No-Go' are technical",
     sender=LU_WEIDONG, to=[FENG_LI, TANG_WEI], cc=[HAN_ZIMO, XU_LANG],
     subject="码头操作系统(TOS)切换准备会会议纪要",
     body="""冯经理、唐工:

今天下午切换准备会的纪要如下,请审阅。

时间:11月12日 14:00—16:10
地点:华港码头行政楼三楼会议室
参会:贵方冯丽、唐卫、中控室值班长2人;我方陆卫东、韩子墨、许朗

一、切换窗口
经双方确认,正式切换定于11月28日(周六)02:00—08:00。选择该窗口的原因是当晚计划靠泊的船舶只有一艘,且闸口车流为全周最低。若11月26日18:00前台风预警升级至黄色及以上,切换顺延一周。

二、数据迁移
1. 在场箱数据于11月27日22:00冻结,冻结后旧系统只读;
2. 迁移脚本已完成三轮演练,最近一轮在场箱4,318个,核对差异为0;
3. 唐工提出危险品箱的IMDG等级字段需要逐箱人工复核,双方同意由贵方中控室安排两人、我方许朗配合,27日白天完成。

三、回退方案
切换后如出现以下任一情况,由双方现场负责人共同决定是否回退:岸桥作业指令下发失败超过15分钟;闸口放行错误一次以上;在场箱位与实际差异超过10个。回退预计耗时45分钟,旧系统在切换后保留72小时热备。

四、通信与外部协同
切换前一天,由贵方通知船公司、船代和主要车队切换时段内闸口预约暂停两小时;海关与海事的数据接口在切换后第一时间验证,验证结果在现场联络群中同步。若外部接口异常,先走人工报文补发,不影响回退判断。

五、人员安排
切换当晚我方现场6人,贵方中控室、闸口、堆场各安排一名联络人;韩子墨负责现场总协调,手机保持畅通。

六、待办事项
1. 冯丽:11月20日前确认贵方联络人名单;
2. 唐卫:11月25日前组织中控室人员完成新系统第二轮实操;
3. 许朗:11月24日前完成第四轮迁移演练并输出核对报告;
4. 陆卫东:11月26日主持切换前最终检查会(Go/No-Go)。

如纪要内容有出入,请于两个工作日内回复补充。

陆卫东
""")

case(expect=[], lang="mixed",
     why="hard negative: code-switched pharma cold-chain weekly status, on topic; recommendation leaves the PCM choice to the client",
     sender=CHENG_XUE, to=[MIAO_QING],
     subject="Weekly status | 医药冷链追溯平台 W46",
     body="""Hi 苗经理,

本周 status 如下, overall 状态 green.

1. Data loggers: 第二批 200 个 loggers 已完成 calibration, 证书已上传到平台, 下周一开始随货使用.
2. GDP 合规: 温度记录的 audit trail 已按你们 QA 的要求加上 "修改原因" 必填项, 电子签名流程在 staging 上, 请 QA 同事周四前试一下.
3. Lane qualification: 上海—成都、上海—西安两条线路的冬季 profile 测试已完成, 报告草稿在共享盘; 上海—哈尔滨线路因为天气原因推迟到 12 月第一周.
4. Integration: 和你们 WMS 的出库接口联调通过 31/34 个 case, 剩下 3 个是批号格式问题, 我们周三前修好.
5. Risks: 冬季干线上 -20℃ 以下的环境温度可能导致 2-8℃ 保温箱过冷. 我们建议在哈尔滨线路加一组 phase change material, 具体用哪种 PCM 由你们 QA 决定, 我们会提供两种选项的测试数据.
6. Next week: loggers 上线, 电子签名 UAT, 剩余接口 case 修复.

有问题随时 WeChat 我.

程雪
""")

case(expect=[], lang="zh",
     why="hard negative: firm-but-polite facts about the gate rule; client's insult only in the quote; offers a joint review",
     sender=HAN_ZIMO, to=[TANG_WEI],
     subject="Re: 闸口又拦车",
     body="""唐工:

昨天两辆车(沪D7K315、沪D9M022)被拦的原因我查过了:系统收到海关放行指令的时间是14:52,车辆到闸时间是14:31。按11月5日双方确认的规则,闸口放行以海关放行指令为准,系统当时的判断符合约定。

我理解司机在闸口多等了二十分钟,很影响效率。如果贵方希望调整这条规则,比如允许“预放行”车辆先进场待检,我们可以周四当面一起评估风险。

韩子墨
""",
     quote="""韩经理:

昨天闸口又把我们两辆车拦了,你们系统到底有没有脑子?!

唐卫""",
     quote_style="foxmail")

case(expect=[], lang="zh",
     why="hard negative: politely declining a client's gift under compliance policy; not a project request",
     sender=WEN_ZH, to=[MENG_FAN],
     subject="谢谢您的心意",
     body="""孟总:

收到您寄来的月饼礼盒,非常感谢您的心意。不过按我们公司的合规制度,项目人员不能接受客户的礼品,我已经让快递原路退回,还请您别介意。

下周三的续约沟通会照常进行,议程我周一发给您。

温子航
""")

case(expect=[], lang="zh",
     why="hard negative: risky phrases ('做不了', '拒绝借口') only in the signature motto; body is a polite demo follow-up",
     sender=SHEN_DA, to=[LUO_XF],
     subject="运力调度演示跟进",
     body="""罗总:

感谢您和团队昨天抽出两个小时参加运力调度的演示。您提到的两点:一是冷藏车和普通厢车混合排线,二是司机工时上限的校验,我们都记下来了,下周二前会把这两个场景在演示环境里配好,再约您看一次。

是否采用我们的标准规则,还是保留贵司现有的排线规则,完全由您来定,我们两种方式都能支持。

--
沈达 | 解决方案总监
澜拓科技 物流事业部
电话:021-5555-0199
座右铭:没有做不了的项目,只有不想做的人;拒绝借口,用结果说话。
本邮件及其附件仅供指定收件人使用,未经许可不得转发。
""")

case(expect=[], lang="mixed",
     why="hard negative: 'as I said on Monday's call' as follow-through on a promise, not a reproach",
     sender=HAN_ZIMO, to=[TANG_WEI],
     subject="Berth window confirmed: COSCO Aries",
     body="""唐工,

As I said on Monday's call, 我答应周三前帮你 confirm 一下 berth window. 现在 confirmed: "COSCO Aries" 的靠泊窗口是 11/21 06:00-18:00, 岸桥 QC03/QC04 已预留, 引航也已经报备.

如果船公司那边 ETA 有变化, 我第一时间通知你.

子墨
""")

case(expect=[], lang="zh",
     why="hard negative: '并不是贵方值班员的问题' taking the blame; client's sarcastic anger only in the quote",
     sender=JI_YUAN, to=[JIA_ZQ], cc=[LU_WEIDONG],
     subject="Re: 告警又漏了",
     body="""贾处:

昨晚23:40的告警漏发,并不是贵方值班员的问题,是我们的推送服务在做日志切割时自动重启,中间有6分钟的消息没有补发。责任在我们。

已经做的处理:
1. 推送服务改为滚动重启,重启期间消息先落盘,恢复后补发;
2. 昨晚漏发的3条告警已逐条核对,均为一般级别,未影响调度操作;
3. 新增推送链路的心跳监控,断开超过30秒即电话通知我方值班。

今天下午3点我到调度中心,当面向您和值班组说明。

季远
""",
     quote="""季经理:

昨晚又漏了告警!第几次了?我真是服了你们了。

贾志强""",
     quote_style="outlook_zh")

case(expect=[], lang="zh",
     why="hard negative: '必须', '唯一', '拒绝远程拉闸' as technical instructions and a field name",
     sender=ZHENG_YM, to=[CAO_ZHEN],
     subject="明天批量导入电表档案的注意事项",
     body="""曹工:

明天批量导入电表档案前,提醒三点:

1. 表号字段在主站里必须唯一,同一表号重复出现会导致整批导入回滚;
2. 导入前必须先暂停当天的采集任务,导完再重启,否则会出现档案与采集结果不一致;
3. 模板里“是否拒绝远程拉闸”这一列请按用户合同填写,默认值是“否”。

导入时我会远程陪同,有报错截图直接发我即可。

郑一鸣
""")

case(expect=[], lang="zh",
     why="hard negative: '按我们的经验' recommendation with both options planned; the client decides",
     sender=LU_WEIDONG, to=[FENG_LI], cc=[TANG_WEI],
     subject="二期上线顺序建议",
     body="""冯经理:

关于二期的上线顺序,按我们在另外两个码头的经验,先上堆场计划、再上闸口自动化,切换风险相对小一些;但贵司闸口拥堵的问题更急,先上闸口也完全可行,只是需要多安排一周的新旧系统并行期。

两种顺序的计划表我都已经发到项目群里了,您和唐工商量后定哪个,我们都按您的决定排人。

陆卫东
""")

case(expect=[], lang="zh",
     why="hard negative: long focused root-cause report for a SaaS outage, with SLA credit applied automatically",
     sender=WEN_ZH, to=[MENG_FAN], cc=[MA_XIAO],
     subject="11月9日平台服务中断故障复盘报告",
     body="""孟总:

11月9日上午平台服务中断事件的复盘结论如下,供贵行参考。

一、事件概述
11月9日09:12至10:03,贵行用户登录客户成功平台时出现超时或报错,持续51分钟,影响约380名用户。其中工单提交功能完全不可用,查询类功能间歇可用。期间没有数据丢失,也没有发生越权访问。故障期间贵行客服中心有27张工单改为电话登记,我们已协助在恢复后补录进系统,工单编号与处理时限按原流程计算,不影响贵行内部考核。

二、时间线
09:12 监控告警:登录接口错误率超过5%;
09:18 值班工程师确认故障,升级为P1;
09:25 定位到数据库连接池耗尽;
09:41 确认根因为当天凌晨上线的报表任务在高峰期触发全表扫描,长时间占用连接;
09:52 暂停该报表任务并扩大连接池;
10:03 服务恢复,错误率回落至0.1%以下。

三、根本原因
1. 新版报表任务的调度时间配置错误,本应在凌晨2点运行,实际配置成了上午9点;
2. 该任务的SQL缺少时间范围索引,在大租户数据量下,执行时间从测试环境的40秒放大到12分钟;
3. 连接池没有为后台任务单独设置上限,后台任务挤占了前台登录请求的连接。

四、改进措施
1. 后台任务与前台请求使用独立连接池,已于11月10日上线;
2. 报表SQL补充索引,性能测试改用与生产同量级的数据,11月15日前完成;
3. 定时任务的调度配置纳入上线评审清单,双人复核;
4. P1事件发生后15分钟内必须更新status page,由值班经理负责。

五、SLA影响
本次中断计入11月可用性统计。按合同约定的服务抵扣条款,我们会在11月账单中自动扣减,无需贵行另行申请。

对这次故障给贵行业务带来的影响,我们深表歉意。如有需要,我可以安排技术负责人到行里当面讲解。

温子航
""")


# deterministic shuffle (seed 2727) so labels are not grouped by type
random.Random(2727).shuffle(CASES)
