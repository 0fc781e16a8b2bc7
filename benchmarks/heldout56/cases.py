"""heldout56: blind TEST set of PM email drafts for mailcoach -- never train or tune on it.

Written by an independent helper from the labelling guide (/work/shared/drafts/README.md) and the
source article (/work/shared/seed/pm-client-communication.zh.txt) only. All text is synthetic and
was written for this set. Domain: B2B marketplaces / procurement platforms (supplier onboarding,
bidding and reverse auctions, invoices and three-way match); clients are purchasing managers.
PMs sit in Guangzhou, Hangzhou and Kuala Lumpur. Case order is shuffled with random.Random(5656).
"""

import random

# --- our team (PMs and colleagues) ---
CJH = "陈嘉豪 <chen.jiahao@ourteam.example.com>"        # Guangzhou, senior PM, brisk
ZYT = "周雨桐 <zhou.yutong@ourteam.example.com>"        # Hangzhou, junior PM, chatty
LWK = "Lim Wei Keong <lim.weikeong@ourteam.example.com>"  # Kuala Lumpur, mixes Chinese/English
NUR = "Nurul Aisyah <nurul.aisyah@ourteam.example.com>"  # Kuala Lumpur, English
XZY = "许志远 <xu.zhiyuan@ourteam.example.com>"          # Hangzhou, delivery director
HMY = "黄敏仪 <huang.minyi@ourteam.example.com>"        # Guangzhou, mid-level PM
TML = "Tan Mei Ling <tan.meiling@ourteam.example.com>"  # Kuala Lumpur, English/mixed
SYF = "沈一帆 <shen.yifan@ourteam.example.com>"          # Hangzhou, technical PM
MCK = "麥志堅 <mak.chikin@ourteam.example.com>"          # Guangzhou, writes traditional Chinese
JKY = "張家瑜 <chang.chiayu@ourteam.example.com>"        # Hangzhou, writes traditional Chinese
OYL = "欧阳岚 <ouyang.lan@ourteam.example.com>"          # Guangzhou, senior PM, formal
LXT = "梁晓彤 <liang.xiaotong@ourteam.example.com>"      # Guangzhou, new PM, very chatty
LUOXF = "罗晓峰 <luo.xiaofeng@ourteam.example.com>"      # dev lead
SUNHAO = "孙浩 <sun.hao@ourteam.example.com>"            # sales
ARIF = "Arif Hakim <arif.hakim@ourteam.example.com>"    # QA, KL
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"   # solution architect, KL

# --- client A: 华锐机械 procurement ---
LIUJG = "刘建国 <liu.jianguo@client-a.example.cn>"        # 采购总监
LIUJG_T = "劉建國 <liu.jianguo@client-a.example.cn>"
ZHENGLIN = "郑琳 <zheng.lin@client-a.example.cn>"        # 采购经理
WUBIN = "吴斌 <wu.bin@client-a.example.cn>"              # 供应商管理
MALI = "马丽 <ma.li@client-a.example.cn>"                # 财务

# --- client B: regional distributor (KL) ---
SITI = "Siti Rahman <siti.rahman@client-b.example.com>"      # Procurement Manager
RAYMOND = "Raymond Ong <raymond.ong@client-b.example.com>"   # Head of Purchasing
KELVIN = "Kelvin Chua <kelvin.chua@client-b.example.com>"    # senior buyer
HUIMIN = "Wong Hui Min <wong.huimin@client-b.example.com>"   # category buyer

# --- client C: bank central procurement centre ---
GAO = "高志明 <gao.zhiming@bank-c.example.cn>"            # 采购中心处长
GAO_T = "高志明 <gao.zhiming@bank-c.example.cn>"
ZHAOMIN = "赵敏 <zhao.min@bank-c.example.cn>"            # 采购专员
ZHAOMIN_T = "趙敏 <zhao.min@bank-c.example.cn>"
QIANLI = "钱立 <qian.li@bank-c.example.cn>"              # 财务


POS = []


def P(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    POS.append(kw)


# ---------------------------------------------------------------- argue (7 singles)

P(expect=["argue"], lang="zh",
  why="argue: lectures the purchasing manager and blames her outdated file, sarcastic '再来讨论标准变没变'",
  sender=CJH, to=[ZHENGLIN], cc=[WUBIN],
  subject="Re: 第二批供应商准入资料退回原因",
  body="""郑经理：

7家里有6家是同一个原因——营业执照扫描件没盖公章。这条要求写在《供应商准入资料清单》第3页第2行，加粗标红，首批培训时我当着贵司各位的面逐条念过，培训录像也一直放在共享盘里。

"审核标准一天一个样"这个说法，我不太明白是从哪里来的。标准从7月发布到现在一个字都没改过，倒是贵司转给供应商的版本，是不是还停在6月那份草稿？麻烦先把自己手上的文件核对清楚，再来讨论标准变没变。

剩下1家是开户行信息填错了，这个确实需要供应商自己改。

陈嘉豪""",
  quote="""陈经理：

第二批有7家供应商的准入资料又被平台退回了，供应商那边意见很大，说你们的审核标准一天一个样。能不能尽快给个说法？

郑琳""",
  quote_from=ZHENGLIN)

P(expect=["argue"], lang="en",
  why="argue: condescending lecture on three-way match, blames AP team for not opening the GRN",
  sender=NUR, to=[SITI],
  subject="Re: Invoice INV-7781 blocked in 3-way match",
  body="""Siti,

The platform is matching against the PO your buyer entered: PO 4500-2291, 1,200 cartons. The goods receipt your warehouse posted says 1,020. The invoice says 1,200. That is not a platform bug. That is a three-way match doing the one job it exists to do.

I'd have hoped that after the training on 14 October, where we spent forty minutes on this exact scenario, somebody in AP would open the GRN before raising a P1 ticket at 11pm. Maybe take the thirty seconds to do that next time?

Once your warehouse corrects the GRN or the supplier issues a credit note, the invoice releases on its own.

Nurul""",
  quote="""Hi Nurul,

INV-7781 from Sinar Packaging is stuck again. Our AP team says the platform is matching against the wrong PO. Can your team fix this urgently? Month-end close is Friday.

Siti""",
  quote_from=SITI, quote_style="outlook")

P(expect=["argue"], lang="zh", trad=True,
  why="argue (traditional): confrontational, '這個帳算不到我們頭上', tells the bank to sort out its own disputes",
  sender=MCK, to=[GAO_T], cc=[ZHAOMIN_T],
  subject="關於辦公家具框架招標評分結果的說明",
  body="""高處長：

來信收悉。關於評分結果「不公平」的說法，我必須講清楚：評分權重是貴行採購中心在九月十二日的評審會上自己定的，會議紀要上有您的簽字；評分是系統按這套權重自動計算的，每一步都有留痕。

現在結果出來了，排名不合某些人的預期，就回過頭來質疑系統，這個帳怎麼算也算不到我們頭上。貴行內部的分歧，請貴行自己先協調好，不要每次都拿平台當擋箭牌。

如需評分明細，我們可以匯出給您。

麥志堅
廣州交付中心""")

P(expect=["argue"], lang="mixed",
  why="argue: blames the client's own buyer and tells Head of Purchasing to check his team before escalating",
  sender=LWK, to=[RAYMOND], cc=[KELVIN],
  subject="Re: Reverse auction closed too early?!",
  body="""Mr Ong,

我查过 audit log 了. Auction 的 end time 是你们 Kelvin 在 11/3 下午 4:12 自己 set 的, 16:40 close, 一分钟都没差. Auto-extension 也是你们那边 configure 成 OFF 的, setup checklist 上 Kelvin 有 sign.

So honestly, 还没搞清楚状况就说要 escalate to our CEO, 这样有点过了. 下次麻烦先问一下自己 team 是怎么 set 的, 再来问我们 system 为什么 close.

Screenshots attached 给你参考.

Wei Keong""",
  quote="""Wei Keong,

Yesterday's reverse auction for corrugated boxes closed 20 minutes early and two suppliers could not submit their final bids. This is unacceptable. I need an explanation today, otherwise I will escalate to your CEO.

Raymond Ong
Head of Purchasing""",
  quote_from=RAYMOND, quote_style="gt")

P(expect=["argue"], lang="zh",
  why="argue hidden in a meeting recap: item 3 lectures the buyers on 'basic logic' and tells them to read the manual",
  sender=OYL, to=[ZHENGLIN], cc=[LIUJG, WUBIN, LUOXF],
  subject="11月5日采购平台周会纪要",
  body="""各位好，

今天周会纪要如下：

1. 采购申请审批流：已按上周确认的三级审批配置完成，测试环境可用。
2. 供应商门户登录慢：已定位为CDN节点问题，周五前切换。
3. 关于"PO审批没通过，为什么供应商收不到订单"，会上已经解释到第三遍了。这里再写一次，请各位采购同事收藏：订单未审批 = 订单不存在 = 供应商看不到。这是任何一个采购系统最基础的逻辑，跟我们平台没有关系。建议大家把上线前发的操作手册至少从头到尾翻一遍，不要每次周会都花二十分钟在同一个问题上。
4. 下次周会：11月12日 14:00。

欧阳岚""")

P(expect=["argue"], lang="zh",
  why="argue: passive-aggressive '温馨提示', reminds the client she wrote the rule herself and scolds her for @-ing everyone",
  sender=HMY, to=[ZHAOMIN],
  subject="Re: 供应商报价附件无法下载",
  body="""赵老师您好～

温馨提示一下哈：报价附件要在开标时间之后才能下载，开标前是加密的，这是贵行招标办自己要求的防泄标设计，需求确认书第12条，当时还是您亲手加上去的呢。

所以上午您在群里说的"平台坏了"，可能不太准确哦。以后再遇到类似情况，建议先对一下开标时间，再考虑要不要在群里@我们全组人～

黄敏仪""")

P(expect=["argue"], lang="zh",
  why="argue with ASCII punctuation: stacked ??? and !!, '同一个坑踩两次, 就别再往平台身上推了'",
  sender=CJH, to=[MALI], cc=[ZHENGLIN],
  subject="Re: 电子发票抬头错误",
  body="""马会计,

发票抬头是贵司在平台"开票信息"里自己维护的,我们平台只负责把你们填的内容原样推给税控.填的是"华锐机械有限公司",少了"(广州)"三个字,这个要我们负责???

上周三一模一样的事发生过一次,当时我截图发在群里.同一个坑踩两次,就别再往平台身上推了吧!!

改好开票信息后重新提交即可.

陈嘉豪""",
  charset="gb18030")

# ---------------------------------------------------------------- refusal (7 singles)

P(expect=["refusal"], lang="zh",
  why="refusal: bureaucratic flat refusal ('本项目不提供该功能，后续亦不再列入'), no buffer or alternative",
  sender=XZY, to=[LIUJG], cc=[ZHENGLIN],
  subject="关于\"供应商自助修改收款账户\"需求的回复",
  body="""刘总、郑经理：

贵司11月4日来函收悉。

经项目组内部合议，供应商自助修改收款账户一项涉及资金安全，本项目不提供该功能，后续亦不再列入任何版本计划。

请知悉。

许志远
交付总监""",
  quote="""许总：

我们的供应商反映，修改收款银行账户还要走线下盖章流程，太麻烦了。能不能在供应商门户里开放自助修改？这个需求比较急，希望这个月能上。

郑琳""",
  quote_from=ZHENGLIN, quote_style="outlook_zh")

P(expect=["refusal"], lang="en",
  why="refusal wrapped in a cheerful mail: 'off the table... full stop', take it off the wishlist",
  sender=TML, to=[KELVIN],
  subject="Re: quick q - multi-currency bids?",
  body="""Hey Kelvin!

Ha, love that the Thai suppliers are getting into it, great news for the Q1 tenders.

On multi-currency bidding though, that one's off the table, not something we'll be adding. MYR only, full stop. Let's just strike it off the wishlist so nobody's left waiting on it :)

Anything else for Q1, ping me anytime!

Mei Ling""",
  quote="""Hey Mei Ling,

Quick one - some of our Thai and Vietnamese suppliers want to bid in THB/VND instead of MYR. Can the platform support multi-currency bidding? Would be super helpful for the Q1 tenders.

Cheers,
Kelvin""",
  quote_from=KELVIN)

P(expect=["refusal"], lang="zh",
  why="refusal slipped into a friendly meeting recap: item 3 drops the e-signature integration for good ('这个我们就不接了哈…不用再排这个议题啦')",
  sender=ZYT, to=[ZHENGLIN], cc=[WUBIN, SYF],
  subject="周四对齐会小结（采购平台二期）",
  body="""郑经理、吴工好！

感谢今天抽时间对齐，小结一下：

一、供应商分级：A/B/C三级的阈值按贵司给的标准配置，下周二前在测试环境给大家看效果。
二、询价单模板：新增"交货地点"和"付款方式"两个字段，本周内完成。
三、电子签章对接（贵司想接的那家）：这个我们就不接了哈，二期三期都不会有，大家后面也不用再排这个议题啦。
四、培训安排：11月18日下午，线上，预计90分钟，会前发链接。

有遗漏的地方随时告诉我～

周雨桐""")

P(expect=["refusal"], lang="zh",
  why="refusal: '动不了…就别往系统里放了', terse, no evaluation, no alternative",
  sender=SYF, to=[WUBIN],
  subject="Re: 供应商评分卡能否加\"环保合规\"维度",
  body="""吴工：

评分卡的五个维度是引擎里写死的，动不了。环保合规这项您那边就别往系统里放了，五项照旧。

沈一帆""",
  quote="""沈工：

集团今年要求把环保合规纳入供应商考核，评分卡能不能在现有五项之外再加一项"环保合规"，权重10%？

吴斌""",
  quote_from=WUBIN, quote_style="foxmail")

P(expect=["refusal"], lang="mixed",
  why="refusal: '不会改, 也不会开放… Sorry 啦, 就是这样', no buffer",
  sender=LWK, to=[HUIMIN],
  subject="Re: auction extension time 可以改成 10 分钟吗",
  body="""Hui Min,

这个 extension 时间 platform 是固定 3 分钟的, 不会改, 也不会开放给 client 自己 set. Sorry 啦, 就是这样.

Wei Keong""",
  quote="""Hi Wei Keong,

我们的 category manager 希望 reverse auction 的 auto-extension 从 3 分钟改成 10 分钟, 因为有些 supplier 反应比较慢. 可以帮忙改吗?

Thanks,
Hui Min""",
  quote_from=HUIMIN)

P(expect=["refusal"], lang="en",
  why="refusal: formal 'will not be entertained... This position is final', asks not to raise it again",
  sender=NUR, to=[RAYMOND], cc=[SITI],
  subject="Change to PO approval matrix post go-live",
  body="""Dear Mr Ong,

Further to your team's request of 3 November to restructure the PO approval matrix (splitting the RM 50,000 tier into three bands), please be advised that post-go-live changes to the approval matrix will not be entertained under this engagement.

This position is final, and we would ask that the matter not be tabled again at the steering committee.

Regards,
Nurul Aisyah
Project Manager""")

P(expect=["refusal"], lang="zh", trad=True,
  why="refusal (traditional): '這個我們不會接…以後也不會推', a thank-you is no buffer",
  sender=JKY, to=[ZHAOMIN_T],
  subject="Re: 供應商黑名單同步需求",
  body="""趙老師您好：

您上週提到，希望把平台上的供應商黑名單每天自動同步到貴行總行的風控系統。

這個我們不會接。平台不對外推送黑名單資料，以後也不會推。

謝謝理解。

張家瑜""")

# ---------------------------------------------------------------- persuade (7 singles)

P(expect=["persuade"], lang="zh",
  why="persuade: uses the director's authority to shut down the client's dual-track wish, '已经没有讨论空间了'",
  sender=CJH, to=[ZHENGLIN], cc=[LIUJG],
  subject="关于线下纸质比价单停用",
  body="""郑经理：

我知道您一直想保留纸质比价单做双轨，但说句掏心窝的话，这条路走下去只会把整个项目拖垮。双轨意味着您的团队每张单子要做两遍，审计还得对两套数。

我上周已经跟刘总当面汇报过，刘总的意思很明确：11月17日起全部线上，纸质单停用。所以这件事其实已经没有讨论空间了，您那边按这个时间准备就行，不用再另外写方案给我。

陈嘉豪""")

P(expect=["persuade"], lang="en",
  why="persuade: 'yours will be no different', threatens the slip lands on their side unless they sign off our model",
  sender=TML, to=[RAYMOND],
  subject="Catalogue tiers - let's close this out",
  body="""Hi Raymond,

I'll be straight with you. Every distributor we've onboarded in the region started out wanting bespoke catalogue tiers, and every one of them ended up on our standard three-tier model within six months, after burning a quarter on customisation. Yours will be no different.

I'd rather you didn't learn that the expensive way. Let's lock in the standard model now. If I have your sign-off by Friday, we keep the January go-live; if not, that slip is going to land on your side of the table, not ours.

Best,
Mei Ling""")

P(expect=["persuade"], lang="zh",
  why="persuade via cost and blame: '劝您趁早打消念头', '没必要再花时间评估', demands confirmation this week",
  sender=OYL, to=[LIUJG],
  subject="Re: 供应商主数据是否自建",
  body="""刘总：

自建这条路，我劝您趁早打消念头。光是主数据同步接口就要多出四十万左右，后面每年还有运维，预算一超，最后站在财务面前解释的是您，不是贵司IT部。

我们平台自带的主数据模块已经在三家上市公司跑了两年，贵司照搬就行，没必要再花时间评估。请本周内回个确认，我这边直接按平台主数据排期。

欧阳岚""",
  quote="""欧阳经理：

我们IT部倾向于自建供应商主数据库，平台只做调用。你们看可行吗？

刘建国""",
  quote_from=LIUJG, quote_style="gt_zh")

P(expect=["persuade"], lang="mixed",
  why="persuade: 'Trust me on this one lah', already configured our default, 'no need to take it to committee'",
  sender=LWK, to=[KELVIN],
  subject="Re: 5-quote rule for purchases above RM20k",
  body="""Kelvin,

Trust me on this one lah. 你们那个 five-quote rule 听起来很 solid, 但实际上 nobody 会 follow 的, buyer 到最后只会随便找两家来凑数. 用我们 default 的 three-quote 就够了, 其他 client 都是这样用, 没有人 complain.

我已经先帮你们 configure 成 three-quote 了, UAT 直接用这个. 不用再拿去 committee 讨论, 浪费大家时间.

Wei Keong""")

P(expect=["persuade"], lang="zh",
  why="persuade via deadline authority: '这才是唯一走得通的路', tells client to make her colleagues drop their view",
  sender=SYF, to=[QIANLI], cc=[ZHAOMIN],
  subject="Re: 发票OCR识别的特殊格式问题",
  body="""钱老师：

平台上线日是总行定的12月1日，这个日期不是您我能动的。在这个前提下，手写票和地方收据这些"特殊格式"，我的意见是咱们就不要再往里加了，让供应商统一按标准电子发票开，这才是唯一走得通的路。

供应商那边有意见也正常，但长痛不如短痛。您这边跟财务同事统一一下口径，别再让大家抱着手工录入的念头了。

沈一帆""",
  quote="""沈工：

我行有不少供应商用的是手写版普票和一些地方格式的收据，OCR能不能也支持？不然财务还得手工录入。

钱立""",
  quote_from=QIANLI)

P(expect=["persuade"], lang="zh", trad=True,
  why="persuade (traditional): calls the client's process outdated, '別在這件事上再來回拉鋸了'",
  sender=MCK, to=[LIUJG_T],
  subject="開標流程建議",
  body="""劉總：

坦白講，貴司堅持的「雙人現場開標」在電子招標裡已經是過時的做法了。系統自動解密加全程留痕，比兩個人坐在會議室裡盯著螢幕可靠得多，業界早就不這樣做了。

我們做過十幾個採購平台，沒有一家最後還留著雙人開標的。您再考慮一下，下週評審會上就直接定單人加系統留痕的方案，別在這件事上再來回拉鋸了。

麥志堅""")

P(expect=["persuade"], lang="en",
  why="persuade: 'a detour you'll regret', pencils in our connector and treats silence as agreement",
  sender=NUR, to=[SITI],
  subject="Re: e-invoicing connector vs. your SSC's tool",
  body="""Siti,

Honestly, keeping the SSC tool is a detour you'll regret. Our connector already does the MyInvois validation end to end, and your SSC will have to adapt to it sooner or later anyway, so it may as well be now.

I'll pencil our connector into the cut-over plan. If I don't hear back by Wednesday I'll take that as agreement.

Nurul""",
  quote="""Nurul, our shared-services centre would prefer to keep using their own e-invoice validation tool and just send you the results. Is that workable?

Siti""",
  quote_from=SITI, quote_style="gt")

# ---------------------------------------------------------------- ramble (7 singles)

P(expect=["ramble"], lang="zh",
  why="ramble: weather, hotpot, coffee, kid's drum lessons; the one action (second-batch supplier list by Thursday) is buried mid-mail",
  sender=HMY, to=[ZHENGLIN],
  subject="近况&一点小事",
  body="""郑经理好呀！

好久没联系啦，最近广州终于不那么热了，早上出门居然要加一件薄外套，我差点以为自己记错了月份。上周末带我家小朋友去了趟海心沙，本来想看灯光秀，结果人多到根本挤不进去，最后在旁边商场吃了顿椰子鸡就回家了。那家椰子鸡其实挺不错的，汤底是现场开的椰青，配马蹄和竹荪，清甜不腻，下次您来广州出差我带您去，离我们公司也就两站地铁。

说起出差，我上个月去了一趟潮州，本来是去看一个朋友新开的茶叶店，顺便把牌坊街逛了一圈。潮州的牛肉火锅真的名不虚传，吊龙、匙柄、五花趾，每样都要点，我一个人吃了两盘。回来以后体重秤就不太想理我了，现在每天晚上在小区里快走四十分钟，希望年底前能瘦回去吧。

还有件好玩的事：我们办公室楼下新开了一家手冲咖啡，老板是从云南回来的，说自己在保山有一小片咖啡地，每周都亲自挑豆子。我现在每天下午三点准时下楼买一杯，同事都笑我比打卡还准时。您平时喝咖啡吗？如果喝的话，下次给您寄一包他家的豆子尝尝。

另外，麻烦您周四前把第二批待准入供应商名单发我一下。

对了，上次您说女儿在准备钢琴考级，不知道考得怎么样？我小时候也学过几年，后来因为懒就放弃了，现在想想还挺后悔的。我家小朋友最近迷上了架子鼓，每天在家敲得楼下邻居都上来敲门了，我们正在研究要不要给房间做个隔音。您有没有推荐的隔音材料？听说有一种吸音棉效果不错，但价格差别挺大的，不知道该怎么选。我先生说干脆把鼓搬到他奶奶家去，可奶奶家在番禺，一来一回两个小时，小朋友肯定不乐意。

上个月公司组织去从化泡温泉，我第一次试了那种带中药包的池子，泡完整个人晕乎乎的，回来睡了十个小时，第二天同事说我气色好得像换了个人。

最近早晚温差大，您也注意身体，多喝热水～下次再聊！

黄敏仪""")

P(expect=["ramble"], lang="zh",
  why="ramble: West Lake, noodles, cat, half-marathon, badminton, a book; the CA-certificate request for the bid-opening drill is one line among them",
  sender=ZYT, to=[GAO], cc=[ZHAOMIN],
  subject="高处长好，顺便说个事",
  body="""高处长您好！

上周在贵行开完会回杭州，高铁上一路都在下雨，到了西湖边雨倒是停了，我干脆没回家，绕着北山街走了一圈。这个季节的杭州真是一年里最舒服的时候，桂花虽然快谢了，空气里还剩一点点甜味，宝石山上的枫叶也开始泛红。您上次说大学是在杭州读的，不知道还记不记得断桥边那家卖藕粉的小摊，我昨天特意去看了，居然还在，老板娘说已经开了二十多年。

说到吃，最近单位楼下开了一家片儿川，浇头是现炒的雪菜笋片和腰花，我连着吃了一个礼拜。同事说我是被杭州同化了，以前我是无辣不欢的，现在居然能接受一碗清汤面当午饭。不过周末还是会偷偷去吃一顿湘菜解解馋，毕竟胃是有记忆的。

家里那只叫年糕的橘猫最近也很有戏，每天早上六点准时站在我枕头边上叫，比闹钟还准。我试过把卧室门关上，它就在门外挠门，挠到我投降为止。朋友说猫这样是因为饿了，可我睡前刚喂过。后来查了查，说橘猫大多如此，大概是品种自带的"干饭"天赋吧。

还有一件事想跟您分享：上个月我报名了西湖边的半程马拉松，练了两个月，最后跑了两小时零八分，成绩一般，但总算没有走完。跑到苏堤那段的时候，两边都是来加油的市民，还有阿姨递橘子，感觉特别温暖。听赵老师说您喜欢打羽毛球，改天有机会可以约一场，我球技很一般，保证不会让您打得太累。

对了，下周三的开标演练，需要贵行提前准备两个测试用的CA证书，麻烦您安排一下。

最近降温了，北方应该更冷吧？您多注意保暖。上次聊到的那本讲宋代市井生活的书，我已经在看了，写得挺有意思，里面说南宋临安城里光是卖点心的铺子就有几十种名目，看完了再跟您交流读后感。

对了，我最近还在学做杭帮菜，上周末第一次挑战东坡肉，结果火候没掌握好，糖色炒糊了，整锅都是苦味，只好倒掉重来。

祝工作顺利！

周雨桐""")

P(expect=["ramble"], lang="en",
  why="ramble (en, ~480 words): open houses, traffic, durians, badminton, a wedding; the invoice cut-off question is one buried line",
  sender=NUR, to=[SITI],
  subject="Catching up + one thing",
  body="""Hi Siti,

Hope you had a good long weekend! Mine was a bit of a marathon. We did three open houses in two days: my aunt's in Shah Alam, then my husband's side in Seremban, and then a friend's place in Bangsar that turned into a karaoke session until well past midnight. I've eaten so much rendang and lemang that I'm fairly sure I'm at least forty percent coconut milk by now. My mother-in-law insisted on packing two containers of ketupat for us to take home, and we're still working our way through them.

The traffic coming back on the Federal Highway on Sunday night was something else. Waze kept promising it would clear up after Subang, and it kept lying. We ended up stopping at a petrol station for teh tarik and roti canai at eleven at night just to let the kids stretch their legs. My youngest fell asleep with half a roti in his hand, which I think sums up the entire trip.

Speaking of food, did you manage to get any durians this season? A colleague took me to a stall in SS2 last month and I finally tried Black Thorn. I understand the hype now, although my wallet does not. My husband is firmly in the Musang King camp and we have had more than one heated debate about it at the dinner table. The kids just want the cheap D24 because they can eat more of it.

I've also started playing badminton again on Tuesday nights with some old university friends. It's been about eight years since I last played properly, and my knees send me strongly worded complaints every Wednesday morning. Still, it's good fun, and one of the guys used to play at state level, so at least I get to watch some proper smashes even if I can't return any of them.

Could you confirm the cut-off date for the November invoice batch?

Other than that, not much news. My cousin is getting married in December in Penang, so we're already planning a road trip up north, with stops in Ipoh for white coffee and chicken rice balls. If you have any recommendations for Penang, especially places that aren't packed with tourists, I would love to hear them. Last time we went, we spent forty-five minutes queueing for cendol and I'm still not sure it was worth it, though my husband disagrees.

Also, a friend recommended a Korean drama to me, something about a lawyer with a very dramatic family, and I've been watching two episodes a night instead of sleeping. Not my finest decision, but here we are. I'll tell you how it ends, unless you've already watched it, in which case please don't spoil it for me.

Take care and talk soon!

Nurul""")

P(expect=["ramble"], lang="en",
  why="ramble (en, ~500 words): Singapore summit food, marathon training, a history book, Cameron Highlands; the v3 form approval is one buried sentence",
  sender=TML, to=[RAYMOND],
  subject="Back from Singapore",
  body="""Hi Raymond,

Just back from the procurement tech summit in Singapore and thought I'd drop you a note. The summit itself was fine, lots of talk about AI, as you'd expect, but honestly the highlight was the food. A colleague dragged me to Maxwell on the first night and we queued twenty-five minutes for chicken rice. Worth it? Probably. Would I queue again? Also probably. On the second night we went to Lau Pa Sat for satay and I made the classic mistake of ordering fifty sticks for three people.

I also finally visited the Jewel waterfall at Changi on the way home. I'd seen photos for years but it's something else in person, basically a rainforest inside a shopping mall. I nearly missed my flight because I got distracted by the canopy park and a very persuasive shop selling kaya toast sets.

On the personal side, I've signed up for the Penang Bridge half marathon next year, which in hindsight may have been an act of hubris. I'm doing three runs a week along the river trail and one long run on Sundays at the Kepong botanical garden. My running app keeps congratulating me on my progress, which I think is just it being polite. The humidity in the morning is brutal, and I've gone through two pairs of shoes already. If you know a good physio in PJ, please do share; my left calf is not happy with me.

I've also been reading a great book on the history of the Straits trade, about how Penang, Melaka and Singapore grew as trading ports. It's fascinating how much of today's supply-chain thinking was already there in the 1800s, with merchants juggling credit, shipping risk and middlemen. Hardly light reading, but I've been enjoying it on the LRT.

By the way, please approve the revised supplier onboarding form v3 by Thursday.

My sister is visiting from Melbourne next month, so I'm trying to plan a weekend in Cameron Highlands with her kids. Strawberry farms, tea plantations, the whole thing. Last time I went it rained the entire weekend and we spent most of it in a scone shop, which to be fair wasn't the worst outcome. Any tips on where to stay would be appreciated, since I know you go up there quite often with your family.

Anyway, hope things at your end are going well and that the new warehouse in Port Klang is settling in nicely. Catch up properly soon, maybe over lunch next week?

Cheers,
Mei Ling""")

P(expect=["ramble"], lang="mixed",
  why="ramble (mixed): football at the mamak, nasi kandar, F1, Genting, pickleball; the bid-evaluation weighting question is one buried line",
  sender=LWK, to=[KELVIN],
  subject="weekend lah + one small thing",
  body="""Kelvin bro,

昨晚的 match 你看了没? Liverpool 那个 last-minute goal 真的是 madness, 我在 mamak 跟朋友一起看, 整间店都在 jerit, 老板差点把 roti canai 都翻掉. 我朋友是 Man United fan, 整晚都不讲话, 只是一直 order Milo ais. 我跟他讲, 这个 season 你们就当作是 character building lah, 他差点不 belanja 我了.

讲到 mamak, 我最近发现 Damansara 那边有一间新开的, 他们的 nasi kandar 真的不错, curry 是 mix 好几种的, fried chicken 脆到咬下去可以听到声音. 下次 lunch 我们可以去试, 不过要早点去, 十二点半之后就要排 queue 了, 而且停车位很少, 上次我绕了三圈才找到位子.

然后我上个月去了 Singapore 看 F1 night race, 第一次去现场, 那个声音真的比电视大很多, 我戴了 earplug 还是觉得耳朵在震. 票很贵, 但是我觉得 once in a lifetime 值得. 我老婆就没那么认同, 她说那笔钱可以买一个新的 air fryer 加一个 robot vacuum, 还有剩. 我们还在 negotiate 中, 目前看来我是输的那一方.

Anyway, bid evaluation template 的 weighting 你们确认了没? 确认了跟我讲一声.

这个周末我们一家要上 Genting, 小朋友吵着要去 theme park, 我其实只想去 Starbucks 坐着看 cloud. 上次去的时候, 我儿子坐了三次 roller coaster 还要再坐, 我在旁边看都觉得头晕. 你们家 girl 现在几岁了? 应该也到了会吵着去玩的年纪了吧. 如果你们也要上去, 可以一起 makan steamboat, 山上冷冷的吃 steamboat 最 shiok.

还有, 我最近开始学打 pickleball, 朋友说这个现在很 trending, 结果第一次打就扭到手腕, 现在打字都要小心. 我老婆说我是中年危机, 买了全套 gear 才打一次. 老了真的要服老 lah. 下个月公司 team building 好像也要去打, 到时候你要不要来 join, 反正 court 很多位.

OK la, 不吵你了, 下礼拜见!

WK""")

P(expect=["ramble"], lang="zh", trad=True,
  why="ramble (traditional): Hong Kong trip, father's health, trams, horse racing, son's studies; the framework-supplier list deadline is one buried line",
  sender=MCK, to=[LIUJG_T],
  subject="近況，順帶一事",
  body="""劉總您好：

上週趁著假期回了一趟香港，順便陪家父做了個體檢，報告出來一切正常，總算放下心頭大石。家父今年七十有三，每天早上還是堅持到維園打太極，再去茶餐廳叫一個菠蘿油配凍奶茶，醫生勸他少吃點甜的，他只當耳邊風。我這次回去特地陪他飲了幾次早茶，蝦餃、燒賣、鳳爪、腸粉，樣樣都要點，吃完再慢慢散步回家，感覺時間都慢了下來。

香港這幾年變化也不小，我小時候常去的那家書店已經關了，變成了一家手機店。不過電車還是老樣子，叮叮噹噹地從筲箕灣開到堅尼地城，幾塊錢坐一整程，我特意坐了一趟上層最前排，看著兩邊的招牌一塊塊往後退，好像又回到讀書的時候。

週三晚上朋友約我去跑馬地看賽馬，我對馬完全是外行，只是跟著大家買了幾注，結果一匹都沒中，倒是場邊的啤酒和炸雞翼很不錯。朋友說看賽馬重點不是輸贏，是氣氛，這句話我聽了只能苦笑。

說起來，您上次提到令郎明年想去香港讀研究生，如果需要了解學校或者租房的情況，我可以幫忙問問在那邊的親戚，他們對港大、科大附近的房子都比較熟悉。香港的房租這兩年又漲了，學生宿舍名額也很緊張，最好早點準備。

另外，下週二之前，麻煩您把年度框架協議的入圍供應商清單確認給我。

回廣州那天正好遇上颱風尾，飛機延誤了三個多小時，我在機場把一本武俠小說看完了一半，講的是一個鏢局少東家的故事，寫得很熱鬧。最近廣州早晚溫差大，您也多注意身體，有空來我們公司喝杯茶，我帶了一些家父推薦的普洱回來，據說是十幾年的老茶，我自己喝不出好壞，還是留給懂茶的人。順帶一提，家母最近迷上了網購，每天都要打電話問我快遞到了沒有，上週還給我寄了一箱老婆餅和雞仔餅，說是怕我在廣州吃不到正宗的，其實廣州到處都有賣。

麥志堅""")

P(expect=["ramble"], lang="zh",
  why="ramble: Baiyun Mountain hike, dishwasher, new phone, fishing dad, Shunde desserts; the price-precision question for the bidding module is buried",
  sender=LXT, to=[WUBIN],
  subject="吴工周末好～",
  body="""吴工您好！

上周末终于实现了我的一个小目标——爬白云山。来广州三年，一直说要去，一直没去成，这次跟几个朋友约了早上七点在南门集合，结果我睡过头了，八点才到，被大家笑了一路。不过山上的空气真的好，走到摩星岭的时候能看到整个广州城，小蛮腰在雾里若隐若现，特别有意境。下山的时候我们坐了缆车，腿已经软得不行了，回来之后足足酸了三天。

还有一件开心的事：双十一我终于把心心念念的洗碗机买回来了，安装师傅说我家橱柜尺寸有点不标准，折腾了一个多小时才装好。用了一个星期，感觉生活质量提高了好几个档次，再也不用为了谁洗碗跟我先生猜拳了。不过他现在又开始研究要不要买扫地机器人，我觉得家里就那么大，没必要，我们还在"谈判"中。

最近还换了新手机，拍照效果好了很多，上次在白云山拍的照片，朋友都以为是单反拍的。就是手机太贵了，分期要付一年，每个月看到账单都有点心疼。

吴工您平时周末都做些什么呀？听郑经理说您喜欢钓鱼，我爸也特别喜欢，每周都要去从化的水库钓一天，回来经常是空手而归，但还是乐此不疲。他说钓鱼钓的是心情，不是鱼，我觉得这句话挺有道理的。

对了，竞价模块的价格精度要保留几位小数，麻烦您确认一下。

说到吃，上个月我去顺德玩了一天，双皮奶、姜撞奶、伦教糕一路吃过去，最后在大良一家老字号吃了碗鱼片粥，鱼片滑得不像话。回来以后我就成了顺德甜品的"自来水"，逢人就推荐。吴工要是哪天去顺德，我把我的美食地图发给您。上次您推荐的那家肠粉店我也去了，真的很好吃，排了二十分钟队也值了。

另外我最近在学游泳，报了一个成人班，教练说我是班上胆子最小的学员，每次下水前都要做十分钟心理建设，不过现在已经能游二十五米了，进步还是有的。

祝您周末愉快！

梁晓彤""")

# ---------------------------------------------------------------- backchannel (7 singles)

P(expect=["backchannel"], lang="zh",
  why="backchannel: mocks the purchasing manager ('郑大经理', 她自己也没想清楚要什么) in a mail to the dev lead",
  sender=CJH, to=[LUOXF],
  subject="询价单模板先别动",
  body="""老罗：

询价单模板那块你先停一停。华锐那位郑大经理今天上午要把"交货期"改成必填，下午又打电话说还是选填吧，晚上估计还有第三个版本。我看她自己也没想清楚要什么，跟着她改就是陪跑。

等她那边消停了我再通知你，估计得等到她们老板拍桌子那天。

嘉豪""")

P(expect=["backchannel"], lang="en",
  why="backchannel, reply-all accident: client Siti still in To while the PM mocks buyer Kelvin ('flashing arrow and a little map')",
  sender=NUR, to=[SITI, ARIF],
  subject="Re: Export button not working?",
  body="""Looping in Arif.

Arif, our friend Kelvin has misplaced the export button. Again. That's three times since Deepavali. It's the big blue button top right that literally says EXPORT, so maybe we ship the next release with a flashing arrow and a little map.

Can you record a 30-second video for him anyway.

N.""",
  quote="""Hi Nurul,

Kelvin says he can't find the export function on the bid comparison page. Can someone help?

Thanks,
Siti""",
  quote_from=SITI)

P(expect=["backchannel"], lang="zh",
  why="backchannel: nicknames the bank client ('C行那几位爷', '高大处') and mocks their meetings, to a colleague",
  sender=ZYT, to=[SYF],
  subject="周五C行需求会",
  body="""一帆：

C行那几位爷周五又要开需求会，三个小时。上次也是三个小时，高大处把我们的PPT从头念到尾，念完说"回去再研究研究"，散会。我怀疑他们开会的唯一目的，就是证明自己开过会。

你周五要是能找个理由不去，我绝对不拦你。

雨桐""")

P(expect=["backchannel"], lang="mixed",
  why="backchannel: mocks Client-B's Head of Purchasing ('old school', '很贵的 scanner', 阿嬷 TikTok) to a colleague",
  sender=LWK, to=[TML],
  subject="Client-B PO signing lol",
  body="""Mei Ling,

Client-B 那个 Raymond 今天又把 40 张 PO 全部 print 出来一张一张 sign, 然后叫 Kelvin scan 回去 upload. 我们花三个月做的 approval workflow, 在他眼里大概就是一个很贵的 scanner. 跟他讲 digital workflow 就好像跟我阿嬷讲 TikTok algorithm.

Anyway, 下礼拜的 training 你去吧, 我怕我忍不住.

WK""")

P(expect=["backchannel"], lang="zh",
  why="backchannel inside a mail to the client: disparages the client's own engineer to his boss and reveals the team's nickname '吴再等'",
  sender=OYL, to=[LIUJG],
  subject="关于供应商迁移进度的一点个人看法",
  body="""刘总：

私下跟您说一句，供应商数据迁移拖到现在，主要卡在吴工那边。坦白讲，吴工是我们这几年合作过的对接人里最难推的一位，发过去的东西基本石沉大海，问起来就是"在看""再等等"，我们项目组私底下都叫他"吴再等"。

这个情况我觉得您应该知道。

欧阳岚""")

P(expect=["backchannel"], lang="en",
  why="backchannel: 'where specs go to die', mocks Bank-C's deputy director to the solution architect",
  sender=SYF, to=[PRIYA],
  subject="Bank-C spec review tomorrow",
  body="""Priya,

Heads up before you join the Bank-C review tomorrow. Their procurement office is where specs go to die: the deputy director hasn't opened a single document we've sent since August, I'd put money on it. He'll ask questions answered on page 2, nod wisely, and ask them again next week. Best strategy is to bring printouts and speak slowly.

Yifan""")

P(expect=["backchannel"], lang="zh",
  why="backchannel: belittles the client's purchasing team ('既要又要还要', 被当成冤大头) in an internal note to sales",
  sender=XZY, to=[SUNHAO],
  subject="华锐续约的事",
  body="""孙浩：

续约你去谈可以，先给你打个预防针：华锐采购部那几位，预算想砍一半，功能想加一倍，上线日期还不许动，属于典型的既要又要还要。跟他们谈价格，你得做好被当成冤大头的准备。

合同条款那块我明天发你。

许志远""")

# ---------------------------------------------------------------- two labels (5)

P(expect=["argue", "refusal"], lang="zh",
  why="argue+refusal: flat '不改' on re-weighting after bid opening, plus a condescending '轮不到我来讲吧'",
  sender=CJH, to=[ZHENGLIN], cc=[LIUJG],
  subject="Re: 包装材料招标评分权重调整",
  body="""郑经理：

开标以后再改权重、重新排名？恕我直言，这种操作放到任何一个像样的采购流程里都过不了审计，平台也不会给您开这个口子。不改。

郑经理做采购也有十来年了，这个道理应该轮不到我一个做系统的来讲吧。

陈嘉豪""",
  quote="""陈经理：

包装材料这次招标已经开标了，但我们领导觉得价格权重40%太低，想调到60%重新算一下排名。系统上能操作吗？今天能给结果最好。

郑琳""",
  quote_from=ZHENGLIN, quote_style="foxmail")

P(expect=["persuade", "argue"], lang="en",
  why="persuade+argue: 'if the deck had actually been read', declares the client's design dead and demands sign-off by EOD",
  sender=TML, to=[SITI], cc=[RAYMOND],
  subject="Approval workflow - final call",
  body="""Siti,

Frankly I'm surprised we're still going round in circles on this. We've walked your team through the audit numbers twice, and if the deck we sent on the 28th had actually been read, this thread wouldn't exist.

Our two-step approval workflow is the one design that survives your own internal audit. Your parallel-approval idea doesn't. So let's stop relitigating it: please confirm by end of day that we're proceeding with ours, and we'll all get our week back.

Mei Ling""")

P(expect=["backchannel", "ramble"], lang="zh",
  why="backchannel+ramble: long weekend chatter to a colleague that mocks the bank's director ('高老夫子', 老干部做派); the account-renewal ticket is one buried line",
  sender=HMY, to=[LUOXF],
  subject="周末随便聊聊",
  body="""老罗：

周末过得怎么样？我周六去了趟佛山，本来是陪我妈去祖庙拜拜，结果她在岭南天地逛街逛到走不动，我拎了一下午的袋子。晚上在顺德吃了一顿鱼生，师傅切的鱼片薄得能透光，配上姜丝、葱丝、柠檬叶和花生油，我一个人干掉了半条鱼。回来的路上在车里睡着了，我妈说我打呼噜的声音比发动机还大。

周日在家追了一整天剧，就是最近很火的那部讲律所的，剧情其实有点狗血，但演员长得好看，我就原谅它了。你上次推荐的那部科幻片我还没看，一直放在收藏夹里吃灰，等哪天不加班再说吧。

说到加班，昨天C行那个会你没来真是错过了好戏。高老夫子照例先讲了二十分钟他当年在分行当信贷科长的光辉岁月，然后拿着我们的原型图问"这个按钮为什么是蓝色的"，问完又说"我不懂技术，你们看着办"。既然看着办，那前面二十分钟是在干嘛？赵敏在旁边一直低头看手机，估计这段故事她也听了不下五十遍。我现在每次去C行开会之前都先灌一大杯咖啡，不然真扛不住他那套老干部做派。

另外听说楼下那家奶茶店要关门了，老板说房租又涨了，真可惜，他家的杨枝甘露是我喝过最好喝的。你知道附近还有哪家好喝的吗？

对了，C行测试环境的那批账号明天到期，你记得提个续期工单。

下个月公司年会，听说今年每个部门都要出节目，我们组抽到了小品，我已经开始头疼了。你有什么好点子没？我是真的不想上台，上次唱歌跑调的视频到现在还在群里流传，每次有新同事入职都会被人翻出来再放一遍。要不今年我们就演一个"项目经理的一天"，素材都是现成的，连台词都不用背。

还有，你上次说想换电动车，我表哥刚提了一辆，开了两个月说续航比宣传的少三成，冬天开暖气更夸张，你下单之前最好先去试驾一下。

先这样，晚点食堂见。

敏仪""")

P(expect=["refusal", "backchannel"], lang="mixed",
  why="refusal+backchannel, reply-all accident: buyer Kelvin is in Cc while the PM says 'no' to his report request and calls him a pain",
  sender=LWK, to=[TML], cc=[KELVIN],
  subject="Re: custom bidding report for Client-B",
  body="""Mei Ling,

Custom bidding report 这个我们不做, 不管他 director 要不要, 就是 no. 你不用再回他了.

讲真, 这个 Kelvin 每个礼拜都有新花样, 上礼拜要 dashboard, 这礼拜要 chart, 下礼拜大概要我们帮他做 PPT 了. 烦到爆.

WK""",
  quote="""Hi Wei Keong, Mei Ling,

Can your team build a custom bidding report that shows each supplier's bid history across all auctions since 2024, with charts? Our director wants it for next week's review.

Regards,
Kelvin""",
  quote_from=KELVIN, quote_style="outlook")

P(expect=["persuade", "ramble"], lang="zh",
  why="persuade+ramble: Canton Fair, roast goose, son's university choice, fishing; the buried line pushes our CA vendor ('别费这个劲了…就这么定了')",
  sender=XZY, to=[LIUJG],
  subject="广交会见闻",
  body="""刘总好！

上周陪客户逛了两天广交会，琶洲那边人山人海，光是五金工具馆就走了一上午。今年来的海外采购商明显比去年多，中东和拉美的客商尤其多，好几家展商跟我说订单已经排到了明年三月。我在一个做刀具的展位前站了半个小时，看老板用一把菜刀削纸，削得跟机器切的一样，最后忍不住买了一套带回家，我爱人说家里的刀已经够开一家餐馆了。

展馆旁边那几家茶餐厅中午根本进不去，我们最后在一家小档口吃了烧鹅饭，档口老板是顺德人，聊起来才知道他年轻时也在贵司那条街上做过五金生意，说那时候整条街都是铺面，现在都变成写字楼了。世界真小。

我儿子今年高三，正在准备申请学校，我和他妈妈意见不太一致，我想让他读工科，他妈妈想让他学金融，孩子自己说想学设计，三个人三个想法，家里天天开"评审会"。听说您女儿前两年刚申请完，有什么经验也请不吝赐教。

最近我迷上了钓鱼，周末常去增城的一个水库，一坐就是一天。上周钓上来一条三斤多的鲫鱼，拍了照片发朋友圈，被同事们嘲笑说是在菜市场买的。其实钓鱼最大的乐趣是安静，手机一放，什么邮件、会议都不想了。

至于贵司想另外找一家CA机构做电子签章的事，我劝您就别费这个劲了，直接用我们合作的那家，别家对接起来全是坑，到时候出问题还得两边扯皮。周五前给我个准话，这事就这么定了。

天气转凉了，广州的秋天总是来得特别晚，但一来就是一场雨。您注意身体，有空一起喝早茶，我知道有一家老字号的虾饺做得特别地道。上次我带我父亲去，他吃完非要跟后厨师傅聊天，问人家虾饺皮里放了多少澄粉，聊了半个钟头，师傅最后送了我们一笼叉烧包，说很久没见过这么懂行的客人了。我父亲高兴了好几天，逢人就讲。

许志远""")

# ---------------------------------------------------------------- hard negatives (40)

NEG = []


def N(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    kw["expect"] = []
    NEG.append(kw)


N(lang="zh",
  why="hard negative: bureaucratic '暂不纳入本期' with CR number, review date, reply date and an interim Excel workaround",
  sender=XZY, to=[ZHENGLIN], cc=[LIUJG],
  subject="Re: 新增\"供应商年度自评\"模块的需求",
  body="""郑经理：

来函收悉，谢谢贵司对平台的持续投入。

该需求暂不纳入本期（二期）交付范围。我们已登记变更申请 CR-2026-118，将在11月20日的变更评审会上与贵司共同评估工作量与排期，评审结论会在11月21日前书面回复。

在正式模块上线前，建议先用我们提供的自评Excel模板，由供应商填写后通过"附件上传"提交，平台可按供应商编号自动归档，满足集团今年的留档要求。模板见附件。

许志远
交付总监""",
  quote="""许总：

集团要求今年起供应商每年在平台上做一次自评，能否在12月上线？

郑琳""",
  quote_from=ZHENGLIN, quote_style="outlook_zh")

N(lang="en",
  why="hard negative: 'Short answer... no' followed by two concrete delivery dates, an audit-facing interim and a call offer",
  sender=NUR, to=[RAYMOND],
  subject="Re: Supplier self-registration by Nov 30?",
  body="""Dear Raymond,

Short answer for the full portal by 30 November: no, and I'd rather tell you that now than in three weeks.

Longer answer: we can get you most of the way there in two steps.
- 14 December: self-registration with company documents and SSM lookup.
- 11 January: automated bank-account verification, once the bank's API sandbox is signed off.

If the auditors need something on 30 November, we can give them a written plan with these dates plus a live demo on the UAT environment. Would either of those work for you? Happy to join a call with the audit team this week.

Best regards,
Nurul""",
  quote="""Nurul, our auditors want the supplier self-registration portal, including bank verification, live by 30 November. Can you commit?

Raymond""",
  quote_from=RAYMOND, quote_style="gt")

N(lang="zh",
  why="hard negative: escalation of a payment-term change to the delivery director (cc'd), who will call tomorrow",
  sender=HMY, to=[QIANLI], cc=[XZY],
  subject="关于合同付款节点调整",
  body="""钱老师您好：

您提出把第二笔款从"验收后"改到"上线后"支付的想法，我收到了。这涉及合同付款条款的变更，不是我个人能答复的，我已经把您的邮件转给我们交付总监许志远（已抄送），他明天上午会直接给您打电话沟通。

在此之前，项目进度不受影响，上线准备按原计划进行。

黄敏仪""")

N(lang="zh",
  why="hard negative: negation '并不是做不了' with a two-step plan and a question back to the client",
  sender=SYF, to=[WUBIN],
  subject="Re: 供应商资质到期自动提醒",
  body="""吴工：

上午电话里我说"这个有点难"，可能让您误会了。并不是做不了，而是资质证照种类比较多（营业执照、ISO、安全生产许可证等），每种的到期规则不一样，需要贵司先给一份证照清单和提醒规则。

我的建议是分两步：
1. 本周我们先把营业执照和ISO证书的到期提醒做出来（提前60天、30天、7天各提醒一次）；
2. 其余证照等您的清单到了之后，两周内补齐。

您看这个节奏可以吗？

沈一帆""",
  quote="""沈工：

供应商的各种资质证照到期了，系统能不能自动提醒？现在全靠我们人工翻表格。

吴斌""",
  quote_from=WUBIN)

N(lang="zh",
  why="hard negative: risky words as technical terms (唯一索引, 系统会直接拒绝, 必须在非工作时间, 理论上不可能丢数据)",
  sender=SYF, to=[ZHENGLIN], cc=[LUOXF],
  subject="供应商重复注册问题的处理说明",
  body="""郑经理：

关于上周出现的同一供应商注册了两个账号的问题，处理如下：

1. 我们已经在供应商表的"统一社会信用代码"字段上加了唯一索引，之后同一个信用代码再次注册，系统会直接拒绝，并提示"该企业已注册，请联系管理员"。
2. 已有的3组重复账号，需要贵司确认保留哪一个，另一个由我们合并。合并必须在非工作时间进行，预计每组10分钟。
3. 合并后，历史报价和订单都会挂到保留的账号下，理论上不可能丢数据，合并前我们也会做全量备份。

请在周五前把要保留的账号告诉我们即可。

沈一帆""")

N(lang="en",
  why="hard negative: 'Connection refused', 'must add... must restart' as technical instructions; motto 'Impossible is just an opinion' only in the signature",
  sender=NUR, to=[KELVIN],
  subject="SFTP invoice drop - connection refused (steps to fix)",
  body="""Hi Kelvin,

The nightly invoice file drop failed again at 02:00 with "Connection refused" from the SFTP host. We checked our side: the job, the key and the file are all fine. The refusal comes from the firewall, which was migrated last weekend and no longer has our egress IP on the allow-list.

To fix it, the network team must add 203.0.113.45 to the allow-list for port 22, and then the SFTP service must be restarted so the new rule is picked up. I've attached the exact rule from the old configuration.

Once that's done, we'll re-run last night's batch manually. Nothing is lost; the files are queued on our side.

Thanks,
Nurul

--
Nurul Aisyah | Project Manager | Kuala Lumpur
"Impossible is just an opinion."
""")

N(lang="zh",
  why="hard negative: client's angry slang ('到底行不行', 第三次了) only in the Foxmail quote; PM apologises with cause and plan",
  sender=ZYT, to=[ZHENGLIN],
  subject="Re: 又延期？？",
  body="""郑经理：

非常抱歉，这次延期给您和贵司领导带来了很大困扰，责任在我们。

原因说明：供应商门户接入贵司SSO时，发现贵司AD的组织架构字段和我们预期的不一致，需要重新做映射，这部分开发和联调约需10个工作日。

为了方便您向领导汇报，我们做了三件事：
1. 11月15日上线的范围不变，明天发一份逐日计划给您，每天下午5点同步进度；
2. 我们交付总监许总本周五到贵司当面说明；
3. 11月8日先开放供应商注册页面（不依赖SSO），供应商可以先提交资料。

再次抱歉。

周雨桐""",
  quote="""周雨桐：

你们到底行不行？供应商门户说好11月1号上线，现在又说要推到15号，这已经是第三次了！我跟领导怎么交代？你们项目组是不是根本没把我们当回事？

郑琳""",
  quote_from=ZHENGLIN, quote_style="foxmail")

N(lang="en",
  why="hard negative: client's insult ('no idea what it's doing', switch vendors) only in the Outlook quote; calm incident reply with an offer to meet",
  sender=TML, to=[RAYMOND],
  subject="Re: Bidding portal down during tender",
  body="""Dear Raymond,

You're right to be angry, and I'm sorry. A 40-minute outage during the packaging tender should not have happened.

What happened: at 10:12 a certificate on our load balancer expired and browsers refused the connection. It was renewed at 10:52. No bids were lost; the three suppliers who were mid-submission have been contacted and have resubmitted, and we extended the tender by two hours at your team's request.

What we're changing: certificate renewal is now automated, with alerts 30, 14 and 3 days ahead, and we've added an external uptime monitor on the bidding URL.

I'd like to walk you through the full incident report in person on Thursday if you have 30 minutes. Our regional director will join.

Kind regards,
Mei Ling""",
  quote="""Mei Ling,

The bidding portal was down for 40 minutes during our biggest tender of the year. Frankly your team seems to have no idea what it's doing. I want a full explanation and I want to know why we shouldn't switch vendors.

Raymond""",
  quote_from=RAYMOND, quote_style="outlook")

N(lang="zh",
  why="hard negative: constructive internal discussion of the buyer's worry about scoring transparency, ends in a face-to-face visit",
  sender=OYL, to=[LUOXF, SYF],
  subject="郑经理对评分透明度的顾虑",
  body="""晓峰、一帆：

今天郑经理在电话里提到，有供应商质疑评分过程不透明，问她"分是怎么打出来的"，她答不上来，压力很大。

我觉得她的顾虑是合理的：现在评分结果页只显示总分，确实看不出各项得分和评委打分的过程。

建议：
1. 晓峰评估一下在结果页增加"评分明细"（分项得分+评委匿名编号）的工作量；
2. 一帆准备一份评分规则的一页纸说明，郑经理可以直接发给供应商；
3. 周三下午我们三个人去一趟华锐，当面跟郑经理过一遍。

欧阳岚""")

N(lang="zh",
  why="hard negative: internal nickname '老法师' is respect; the mail takes the director's three objections seriously and plans a face-to-face",
  sender=CJH, to=[LUOXF], cc=[HMY],
  subject="刘总提的三点，请认真看",
  body="""老罗、敏仪：

今天跟华锐对需求，刘总——就是我们私下叫"老法师"的那位，真不是白叫的——一口气提了三点，我回来想了想，每一点都戳在我们方案的软肋上：

1. 询价截止后供应商还能撤回报价，在他们这个行业里容易被拿来串标；
2. 收货单允许部分收货，但发票匹配只按整单校验，财务月底会对不上；
3. 供应商评级只看价格和交期，没有把质量退货率放进去。

老罗评估一下前两点的改动量，敏仪把第三点整理成变更单，周四我带着方案去跟刘总当面过一遍。

嘉豪""")

N(lang="zh",
  why="hard negative: '我这脑子，真是醉了' aimed at the PM herself in a correction notice",
  sender=HMY, to=[ZHAOMIN],
  subject="更正：开标时间为11月12日下午14:00",
  body="""赵老师您好：

非常抱歉，上午发出的开标通知里我把时间写成了"上午10:00"，正确的是11月12日下午14:00。我这脑子，真是醉了，已经在平台公告里改过来了，给已报名的9家供应商也逐一发了短信更正。

给您添麻烦了，如有供应商来问，可以直接让他们联系我。

黄敏仪""")

N(lang="zh",
  why="hard negative: firm-but-polite facts on an invoice the client says was never received (甲方/乙方 as contract terms, dates, tracking), offers reissue",
  sender=OYL, to=[MALI], cc=[ZHENGLIN],
  subject="Re: 10月服务费发票未收到",
  body="""马会计您好：

关于10月服务费发票，我们这边的记录如下：

- 根据合同第7.2条，服务费发票由乙方在甲方月度验收后30日内开具；
- 10月验收单贵司于10月31日签回；
- 发票（号码 04412887）已于11月3日开具，并于同日通过EMS寄往贵司财务部，单号附后，签收记录显示11月5日由"前台"签收。

烦请您在前台或收发室帮忙查找一下。如果确实找不到，我们可以作废重开，大约需要3个工作日。

欧阳岚""",
  quote="""欧阳经理：

10月份的服务费发票我们一直没收到，这个月的付款可能赶不上了。

马丽""",
  quote_from=MALI)

N(lang="zh",
  why="hard negative: '按我们的经验' recommendation with pros/cons and per-category option, decision explicitly left to the client",
  sender=XZY, to=[LIUJG],
  subject="Re: 询价供应商数量设定",
  body="""刘总：

按我们的经验，50万以上的标准件采购，3家有效报价通常已经能拿到合理价格；5家的好处是竞争更充分、审计上更好看，代价是询价周期平均长3到5天，小品类可能凑不齐5家合格供应商。

两种配置平台都支持，也可以按品类分别设置（比如标准件3家、定制件5家）。具体以贵司内控的要求为准，您定了之后我们一天内就能配好。

许志远""",
  quote="""许总：

内控部门建议50万以上的采购要5家以上报价，你们怎么看？

刘建国""",
  quote_from=LIUJG, quote_style="gt_zh")

N(lang="zh",
  why="hard negative: risky motto ('没有做不到') and disclaimer ('不接受…任何责任') only in the signature block",
  sender=CJH, to=[WUBIN],
  subject="供应商培训材料已上传",
  body="""吴工：

供应商操作培训的PPT和视频已经上传到平台"帮助中心"，共6个章节，每节10分钟左右。您看一下内容有没有需要调整的地方，周四前反馈给我就行。

陈嘉豪
高级项目经理 | 广州交付中心
电话：020-8888 0000
—— 没有做不到，只有想不到 ——
本邮件及附件仅供指定收件人使用。如您误收本邮件，请立即删除，不得转发，我司不接受因误传导致的任何责任。""")

N(lang="zh",
  why="hard negative: '并不是贵行的问题' takes the blame; '难道我们…' is self-criticism; 明明 used about our own checklist",
  sender=SYF, to=[QIANLI], cc=[ZHAOMIN],
  subject="昨日发票推送失败的原因及处理",
  body="""钱老师：

昨天下午约200张发票没有推送到贵行财务系统，这件事并不是贵行的问题，是我们的接口证书过期了。

我自己也反省了一下：上线前的检查清单里明明有证书有效期这一项，难道我们连自己的清单都没对吗？确实没对，这是我们的失误。

目前已更换证书，200张发票已于今天上午9点全部补推成功，贵行财务系统那边可以核对一下。另外我们已把证书到期监控加进告警，提前30天提醒。

沈一帆""")

N(lang="zh",
  why="hard negative: 驳回 / 退回 / 拒付 as workflow terms, offers to rename them to the client's wording",
  sender=ZYT, to=[ZHENGLIN],
  subject="审批\"驳回\"与\"退回\"的区别",
  body="""郑经理：

您上午问到"驳回"和"退回"的区别，简单整理如下：

- 驳回：审批人认为采购申请不成立，单据直接结束，申请人需要重新发起；
- 退回：审批人认为需要补充信息，单据回到申请人手里，修改后可以继续走原流程。

另外，付款模块里的"拒付"是指贵司财务对某张发票暂停付款（比如质量扣款），不是拒绝供应商本身，供应商端看到的状态是"付款暂缓"。

如果觉得"驳回"这个词对供应商太生硬，我们也可以在界面上改成"未通过"或贵司习惯的说法，您告诉我就行。

周雨桐""")

N(lang="zh",
  why="hard negative: PM's own modesty ('我对税务这块确实是外行'), leaves the tax decision to the client's finance",
  sender=HMY, to=[MALI],
  subject="关于运输服务发票税率的校验",
  body="""马会计您好：

关于部分供应商开具的运输服务发票适用9%还是6%税率的问题，我对税务这块确实是外行，不敢给您下结论。平台这边能做的是：在发票校验规则里，把这两种税率都设为"允许"，由贵司财务在审核环节人工确认。

如果贵司税务顾问有明确意见，告诉我，我们再按意见调整校验规则。

黄敏仪""")

N(lang="zh",
  why="hard negative: internal mail takes the director's harsh criticism seriously ('说得有道理'), the harsh words are in the colleague's quote",
  sender=XZY, to=[CJH, LUOXF],
  subject="Re: 刘总今天的意见",
  body="""嘉豪、晓峰：

刘总这句话虽然难听，但说得有道理。我们做收货流程的时候确实只看了流程图，没去过现场。

下周一、二，晓峰带一个开发去华锐仓库待两天，跟收货员一起干活，把实际操作记下来。嘉豪你跟郑经理约一下，也跟刘总说一声，我们是认真对待他的意见的。

许志远""",
  quote="""许总：

今天刘总在会上很不客气，原话是"你们的人根本没在我们仓库待过一天，做出来的收货流程是拍脑袋想的"。我们要不要回应一下？

嘉豪""",
  quote_from=CJH, quote_style="gt_zh")

N(lang="zh",
  why="hard negative: internal task note with the client deliberately in Cc so she can follow the fix",
  sender=CJH, to=[LUOXF], cc=[ZHENGLIN],
  subject="导出Excel乱码问题（抄送郑经理）",
  body="""晓峰：

郑经理反馈，采购订单导出Excel后，供应商名称里的繁体字和生僻字变成了问号，贵司有几家港资供应商受影响。抄送郑经理，方便她直接看到我们的排查进度。

麻烦今天先查一下导出是不是用了GBK编码，如果是，改成UTF-8带BOM应该能解决。下午5点前给我一个结论，我同步给郑经理。

郑经理，有新进展我会第一时间告诉您。

陈嘉豪""")

N(lang="zh",
  why="hard negative: internal mail says the bank's data-residency worry is right ('C行这次的担心是对的') and plans a face-to-face report",
  sender=SYF, to=[XZY, OYL],
  subject="C行关于供应商证件影像存储位置的顾虑",
  body="""许总、欧阳：

C行高处长今天提出，供应商的身份证件影像存在我们的公有云上，不符合他们行内的数据管理规定。我回来查了一下相关监管文件，C行这次的担心是对的，我们的部署方案在这一点上确实没考虑周全。

建议：
1. 证件影像改为存储在C行行内的对象存储，平台只保存索引；
2. 改造工作量我初估8人天，明天给出详细评估；
3. 周四跟高处长当面汇报调整方案。

沈一帆""")

N(lang="zh",
  why="hard negative: long (ramble-length) UAT plan that stays entirely on topic",
  sender=ZYT, to=[ZHENGLIN], cc=[WUBIN],
  subject="采购平台二期UAT测试计划",
  body="""郑经理、吴工：

采购平台二期UAT测试计划如下，请审阅。

一、测试范围
1. 供应商分级管理（A/B/C三级自动评定、人工调整、分级变更通知）；
2. 询价单新模板（新增交货地点、付款方式字段及必填校验）；
3. 反向竞价（起拍价、最小降价幅度、自动延时）；
4. 发票三单匹配（订单、收货单、发票的数量与金额容差规则）；
5. 供应商门户单点登录。

二、时间安排
- 11月17日至18日：测试环境数据准备，我方导入贵司提供的50家样例供应商和200张历史订单；
- 11月19日至25日：贵司业务人员按测试用例执行，共计146条用例，每天下午4点召开15分钟站会；
- 11月26日：缺陷复测；
- 11月27日：UAT结论评审会，贵司签署测试报告。

三、人员安排
贵司需要安排：采购员2名（执行询价与竞价用例）、财务1名（执行发票匹配用例）、供应商管理1名（执行分级用例）。我方安排：测试负责人1名全程驻场，开发2名远程支持，缺陷响应时间不超过4小时。

四、缺陷分级与通过标准
- 致命和严重缺陷：须全部关闭方可通过UAT；
- 一般缺陷：关闭率不低于90%，遗留问题需有明确修复日期；
- 建议类问题：记录在案，纳入三期评估。

五、需要贵司提前确认的事项
1. 测试用例清单（已作为附件发送），请在11月14日前反馈修改意见；
2. 测试账号的角色与权限分配；
3. 三单匹配的容差比例（目前按数量±2%、金额±0.5%配置）；
4. 反向竞价测试使用的品类，建议选包装材料和劳保用品两个品类，供应商数量较多，便于模拟真实出价。

六、风险
供应商门户单点登录依赖贵司AD的测试环境，如果11月17日前无法开通，该部分测试将顺延，不影响其他模块。另外，UAT期间如遇贵司月底结账，财务用例可以集中安排在11月24日至25日执行。测试期间发现的缺陷统一记录在共享的缺陷跟踪表中，每条缺陷注明用例编号、复现步骤和截图，便于双方核对。

如有问题，随时联系我。

周雨桐""")

N(lang="zh",
  why="hard negative: long (ramble-length) root-cause analysis of duplicated invoice pushes, fully on topic, takes the blame",
  sender=SYF, to=[QIANLI], cc=[ZHAOMIN],
  subject="11月6日发票重复推送的原因分析",
  body="""钱老师、赵老师：

关于11月6日部分发票被重复推送至贵行财务系统一事，原因分析和处理情况如下。

一、现象
11月6日14:05至14:40之间，共有37张发票被推送了两次，贵行财务系统生成了37条重复的待付款记录。财务同事在复核时发现了问题，未发生实际重复付款。

二、原因
1. 当天14:00贵行财务系统进行例行维护，接口响应时间从平均0.8秒上升到约35秒；
2. 我们的推送服务超时设置为30秒，超时后自动重试；
3. 实际上第一次推送已经被贵行系统接收并入库，只是响应返回得太晚，重试导致同一张发票被写入两次；
4. 根本原因在于我们的推送请求没有携带幂等键，贵行接口也就无法识别重复请求。这是我们设计上的疏漏。

三、已完成的处理
1. 11月6日17:00，双方共同核对，37条重复记录已由贵行财务同事作废，我方提供了完整清单；
2. 11月7日，推送请求中增加幂等键（发票号码+开票日期+供应商编码），贵行接口同步增加重复校验，已在测试环境验证通过；
3. 超时时间调整为60秒，重试前先查询发票状态，确认未入库才重试。

四、后续措施
1. 11月12日晚间将上述修改发布到生产环境，发布窗口为22:00至23:00，期间暂停推送，发票排队等候，不会丢失；
2. 请贵行在系统维护前一天通知我们，我方可临时暂停推送；
3. 每日推送完成后自动生成对账报表，发送至赵老师邮箱，便于及时发现异常；
4. 我们会把这次事件写入双方的接口联调规范，今后新增接口一律要求携带幂等键；
5. 我方内部已对同类的订单推送、收货单推送接口做了排查，两者都已带有幂等校验，不存在同样的问题，排查记录可以一并提供给贵行科技部门备案。

给贵行财务同事增加了不少额外工作，非常抱歉。如对上述分析有疑问，我们可以当面详细说明。

沈一帆""")

N(lang="en",
  why="hard negative: long (ramble-length, ~480 words) supplier master-data migration plan that stays on topic; recommendation leaves the choice",
  sender=NUR, to=[SITI], cc=[RAYMOND],
  subject="Supplier master data migration plan",
  body="""Dear Siti,

As agreed in Tuesday's workshop, here is the plan for migrating your supplier master data from the legacy ERP to the new platform. The full runbook is attached; this is the summary.

1. Scope
We will migrate 3,412 active suppliers and 1,150 inactive ones that had transactions in the last 24 months. Suppliers with no activity since 2023 will be archived, not migrated; your team will get the list for review before we freeze it. Each record carries company details, SSM number, tax registration, bank accounts, contacts, category codes and current certifications.

2. Data cleansing
Our first extract found 214 likely duplicates (same SSM number, different vendor codes) and 96 records with missing bank details. We'll send both lists on 18 November. Your vendor management team decides which record survives in each duplicate pair; we won't merge anything without your sign-off. Missing bank details will be requested from suppliers through the portal after go-live.

3. Mock migrations
We will run two mock migrations into the UAT environment, on 21 November and 28 November. After each run we'll produce a reconciliation report comparing counts and checksums field by field, and your team will spot-check a random sample of 100 suppliers.

4. Cut-over
The production migration is planned for Saturday 6 December, 20:00 to 02:00. The legacy vendor master will be frozen from Friday 5 December at 18:00; any urgent supplier changes during the freeze will be logged and applied manually after the load. Open POs are not affected, as they stay in the ERP until they close.

5. Roles
Our side: a migration lead (Priya Nair), two data engineers, and me as coordinator. Your side: one vendor management lead for duplicate decisions, one AP representative to verify bank details, and an IT contact with access to the ERP extract.

6. Rollback
If the reconciliation after the production load shows a mismatch above 0.5% of records, we roll back and the legacy ERP remains the system of record. The decision point is 01:00 on 7 December, taken jointly with your IT lead.

7. Open points
- Confirmation of the archive rule for inactive suppliers.
- Whether supplier category codes should be mapped to the new UNSPSC structure now or in phase 2. We'd lean towards now, since it avoids a second remapping later, but it adds about three days of effort on your side, so it's your call.

8. Communication
During the freeze and the cut-over night we'll run a shared bridge call, and I'll send a short status update to you and Raymond every two hours until the reconciliation is signed off.

Please let me know by 14 November whether these dates work for your team.

Best regards,
Nurul Aisyah""")

N(lang="mixed",
  why="hard negative: long (ramble-length) mixed weekly status report, all on topic (onboarding, auction UAT, e-invoice, SSO, risks)",
  sender=LWK, to=[RAYMOND], cc=[KELVIN, HUIMIN],
  subject="Weekly status report - week 45",
  body="""Hi Raymond,

这个礼拜的 weekly status report 如下, 请过目.

1. Overall status: Amber. 主要是 SSO integration 比 plan 慢了三天, 其他 workstream 都在 track 上.

2. Supplier onboarding
- 这个礼拜新 onboard 了 86 家 supplier, 累计 612 家, target 是 11 月底 800 家.
- 资料被退回的 31 家里面, 18 家是 SSM certificate 过期, 9 家是 bank statement 不清楚, 4 家是 contact email 无效. Hui Min 的 team 已经开始逐家 follow up.
- 下礼拜会再办一场 online briefing, 针对 Johor 和 Penang 的 suppliers.

3. Sourcing & bidding
- Reverse auction module 的 UAT 完成了 92%, 还剩 6 个 test case 等 Kelvin 的 team 执行.
- 发现 2 个 medium defect: 一个是 bid ranking 在同价的时候显示顺序不稳定, 一个是 auction summary PDF 的 currency format 不对. Fix 已经 deploy 到 UAT, 等 retest.

4. Invoicing
- MyInvois e-invoice connector 已经 pass LHDN sandbox 测试.
- Three-way match 的 tolerance 目前设定为 quantity ±2%, amount ±RM5. 请 finance 确认这个 setting 是否 OK, deadline 11/21.

5. SSO integration
- 你们 Azure AD 的 test tenant 上礼拜五才开通, 比 plan 晚了三天. 我们这个礼拜加了一个 engineer, 预计 11/20 完成 integration test. Go-live 日期暂时不受影响, 但 buffer 已经用完了.

6. Risks & issues
- R1: 如果 SSO 11/20 还没完成, go-live 可能要延一个礼拜. Mitigation: 准备 fallback 的 username/password login, 只开放给 supplier 用.
- R2: Year-end 前 finance team 比较忙, UAT 可能排不到人. 建议提早 book 时间, 我可以配合你们的 schedule.
- R3: 有 12 家 supplier 还在用旧的 email domain, invite 可能会 bounce, 我们会先打电话确认.

7. Training
- Buyer training (reverse auction + PO approval) 排在 12/2 和 12/3, 每场 2 小时, 地点在你们 Shah Alam office.
- Supplier 的 self-service video 已经录好 4 集, 剩下 2 集 (invoice submission 和 payment status) 下礼拜完成.

8. Next week
- SSO integration test
- Reverse auction retest + sign-off
- Supplier briefing (Johor/Penang)
- Steering committee 11/25, agenda 我礼拜一发出来.

有任何问题随时 call 我.

Wei Keong""")

N(lang="zh",
  why="hard negative: long change-impact analysis (拒绝提交, 必须 as technical terms), three options, recommendation but the client decides",
  sender=OYL, to=[LIUJG], cc=[ZHENGLIN],
  subject="反向竞价增加\"隐藏最高限价\"的变更影响分析",
  body="""刘总：

关于贵司提出的"反向竞价增加最高限价并对供应商隐藏"的变更，我们做了影响分析，供您决策参考。

一、变更内容
在反向竞价中设置最高限价（拦标价），供应商首次出价高于最高限价时系统拒绝提交，且供应商端不显示最高限价的具体数值，只提示"报价超出可接受范围"。

二、对业务流程的影响
1. 采购员在创建竞价时需要多填一个字段，并由采购经理审批限价；
2. 限价一旦设置，竞价开始后不可修改，如需修改必须终止本场竞价重新发起；
3. 供应商在报价被拒时不知道限价数值，可能需要多次尝试，首轮报价时间会变长，建议首轮时长从30分钟延长到45分钟。

三、对系统的影响
1. 竞价规则引擎增加一条校验，约3人天；
2. 采购端新增限价字段及审批节点，约4人天；
3. 供应商端提示信息及多语言文案，约1人天；
4. 限价数据需要加密存储，仅采购经理以上角色可见，审计日志记录每一次查看，约2人天；
5. 回归测试约3人天。
合计约13人天，不影响12月15日上线的其他功能，但会占用本期剩余的全部缓冲时间。另外，供应商操作手册和培训视频中关于竞价的章节需要同步更新，约半天工作量。

四、风险
1. 限价设置过低可能导致流拍，建议系统在连续两轮无有效报价时提醒采购员；
2. 供应商可能通过反复试探推算限价，建议限制每家供应商首轮的报价尝试次数（例如不超过3次）；
3. 如果限价数据泄露，会影响竞价公平性，因此加密和审计日志我们不建议省略。

五、可选方案
方案A：按上述完整方案实施，12月15日随本期上线；
方案B：本期只做限价校验，加密和审计日志放到一月份的补丁中，节省约2人天，但中间一个月存在一定泄露风险；
方案C：本期不做，纳入三期。

我们倾向于方案A，但最终请贵司根据业务紧迫程度决定，我们按您的选择排期。

欧阳岚""")

N(lang="zh",
  why="hard negative: client's slang anger (呵呵, 醉了, 第几次了) only in the quote; PM fixes, offers an extension the client decides on",
  sender=HMY, to=[ZHAOMIN],
  subject="Re: 报价页面又打不开",
  body="""赵老师：

抱歉让您着急了。刚才排查，是报价页面引用的一个第三方字体文件加载超时，导致页面白屏，已于13:20修复，我们用5家供应商的账号实测都能正常打开。

为保险起见，建议把今天的截标时间顺延到下午5点，平台可以一键顺延并自动通知所有已报名供应商。是否顺延由您决定，您回复我一个字就行，我马上操作。

这个月已经出了两次问题，我们明天会给您一份完整的原因说明和改进措施。

黄敏仪""",
  quote="""黄经理：

呵呵，供应商报价页面又打不开了，这个月第几次了？你们测试都是怎么测的，我真是醉了。今天下午3点就截标了！

赵敏""",
  quote_from=ZHAOMIN, quote_style="gt_zh")

N(lang="mixed",
  why="hard negative: '这个 release 来不及' with CR number, steering-committee review date and an interim upload workaround (Hangzhou PM writing mixed)",
  sender=ZYT, to=[HUIMIN],
  subject="Re: bulk upload supplier price list",
  body="""Hi Hui Min,

这个 release 来不及了, 不过我们已经 log 成 CR-0931, 会在 11/18 的 steering committee review, 当天会给你们 estimate 和 target release.

在那之前, 可以先用 catalogue import template (Excel) 顶着, 一次最多 2,000 行, 我们这边帮你们 upload, 一般当天完成. Template 我 attach 在这里了.

Yutong""",
  quote="""Hi Yutong, 我们想要 bulk upload supplier price list 的 function, 这个 release 可以有吗?

Hui Min""",
  quote_from=HUIMIN)

N(lang="mixed",
  why="hard negative: client's angry words ('what is your team doing', 'Fix it NOW') only in the Outlook quote; mixed reply gives cause and two options",
  sender=LWK, to=[KELVIN],
  subject="Re: supplier invites going to spam AGAIN",
  body="""Kelvin,

Sorry 这个 spam 问题一直没解决, 我理解你的压力, supplier 收到的 invite 进 spam 的确很不专业.

我们查到原因了: 你们 domain 的 SPF record 没有包含我们的 mail server, 所以 Gmail 和 Outlook 会把 invite 当成 spoofing. 我们这边能做的: 今天先改用我们自己的 sender domain 发 invite, 明天早上之前生效. Long term 的话, 如果你们 IT 愿意加一条 SPF record, invite 就可以用你们的 domain 发, 看起来比较 professional. 两个 option 你们选.

我下午 call 你再详细讲.

Wei Keong""",
  quote="""Wei Keong,

This is the third time the supplier invite emails went to spam. Seriously, what is your team doing? My suppliers think we are a scam company. Fix it NOW.

Kelvin""",
  quote_from=KELVIN, quote_style="outlook")

N(lang="mixed",
  why="hard negative: colleague banter ('Legend', '我真的服你') is praise for a QA engineer, client not disparaged",
  sender=TML, to=[ARIF], cc=[LWK],
  subject="bid timer bug - legend",
  body="""Arif,

那个 bid countdown timer 在 Safari 上跳秒的 bug, 我们 stuck 了两个礼拜, 你居然一个晚上就搞定. Legend. 我真的服你.

Teh tarik 我请, Friday 下午 mamak 见. 顺便写个 short note 讲 root cause, 我要放进下个礼拜给 Client-B 的 release notes.

Mei Ling""")

N(lang="mixed",
  why="hard negative: constructive internal discussion, the PM finds the client's SLA concern valid and sets up a face-to-face",
  sender=LWK, to=[TML, PRIYA],
  subject="Raymond 对 approval SLA 的 concern",
  body="""Mei Ling, Priya,

今天 call 里 Raymond 讲, approval 停在 director 那边 3 天都没人 follow up, buyers 一直被 suppliers 追. 我觉得他这个 point 是 valid 的, 我们的 workflow 现在确实没有 escalation.

Proposal:
1. Priya 看看能不能加 SLA timer, 超过 48 小时自动 remind + escalate 给 backup approver;
2. Mei Ling 准备 before/after 的 demo;
3. 我约 Raymond 周四 face-to-face, 当面跟他 walk through.

WK""")

N(lang="en",
  why="hard negative: 'As I said on Monday's call' is follow-through; firm but polite facts on an overdue invoice with an offer to reissue",
  sender=NUR, to=[SITI],
  subject="INV-2026-0412 - payment status",
  body="""Hi Siti,

As I said on Monday's call, I'd send over the details on our September invoice, so here they are.

- Invoice INV-2026-0412, RM 86,400, issued 30 September against milestone 3 (UAT sign-off, signed by Raymond on 26 September).
- Payment terms are 30 days, so it fell due on 30 October.
- It is now 12 days past due.

I know month-end has been heavy on your side. Could you check whether it's sitting in your AP approval queue? If anything on the invoice needs correcting (PO reference, tax code), tell me and we'll reissue the same day.

Thanks,
Nurul""")

N(lang="en",
  why="hard negative: 'close to impossible' as praise, 'the annoying double-submit flicker' is a bug, 'we won't be charging' is goodwill",
  sender=TML, to=[RAYMOND, SITI],
  subject="Thank you - cut-over weekend",
  body="""Raymond, Siti,

A quick thank-you for the weekend. When we planned a four-hour cut-over for 1,800 suppliers and 12,000 open POs, I honestly thought it was close to impossible. Your team made it look easy: Kelvin's reconciliation sheets were spot on, and Hui Min stayed until 3am to sign off the last batch.

Two small things. The annoying double-submit flicker on the PO confirmation page is fixed in this morning's patch, and we won't be charging for it; it was our bug. And the old portal stays read-only until 30 November in case anyone needs to look something up.

Thanks again, to the whole team.

Mei Ling""")

N(lang="zh", trad=True,
  why="hard negative (traditional): SLA change handed to the delivery director with a reply date, plus a usable interim feature",
  sender=JKY, to=[GAO_T],
  subject="關於延長供應商入庫審核期限的回覆",
  body="""高處長您好：

您提出將供應商入庫審核由5個工作日延長到15個工作日，並希望本週內生效。這牽涉到服務等級協議的調整，不是我這邊可以單獨決定的，我已經提交給我們的交付總監許志遠，他會在11月14日前給您正式答覆。

在此之前，如果個別供應商資料比較複雜，您可以在平台上對該筆審核點選「暫停計時」，暫停期間不計入5個工作日，這個功能現在就能用。

張家瑜""")

N(lang="zh",
  why="hard negative: '按我们的理解…如理解有误请指正', two options laid out, choice left to the bank; '我们团队都能' is reassurance",
  sender=OYL, to=[GAO],
  subject="关于流标后重新招标的处理方式",
  body="""高处长您好：

关于上周办公耗材招标因有效投标不足3家而流标的情况，按我们的理解，贵行采购制度允许两种处理方式：一是重新发布公告再次招标，二是经审批后转为竞争性谈判。如理解有误请您指正。

两种方式平台都已支持，差别在于：重新招标需要再等至少10天公告期；转竞争性谈判可以本周内启动，但需要贵行采购委员会的书面审批。

请您根据行内规定选择，无论哪种，我们团队都能在当天完成配置，这点请您放心。

欧阳岚""")

N(lang="zh",
  why="hard negative: the director's ultimatum ('到底能不能用', '我换人做') only in the Outlook-zh quote; reply owns it with cause and plan",
  sender=CJH, to=[LIUJG],
  subject="Re: 平台卡顿",
  body="""刘总：

收到您的邮件，非常理解您的心情，平台卡顿直接影响了采购员和供应商的工作，这是我们的责任。

目前情况：我们已经定位到卡顿主要出现在上午9点到10点询价单批量发布的时段，原因是报表查询和发布任务抢占同一个数据库。

处理计划：
1. 今晚把报表查询切到只读库，明早9点高峰期我们现场观察；
2. 周五前给您一份压测报告；
3. 下周一我和我们许总一起到贵司当面汇报。

如果明早情况没有明显改善，我第一时间给您打电话。

陈嘉豪""",
  quote="""陈经理：

我就问一句，这个平台到底能不能用？采购员天天跟我投诉卡顿，供应商也在骂。你们要是搞不定就直说，我换人做。

刘建国""",
  quote_from=LIUJG, quote_style="outlook_zh")

N(lang="zh",
  why="hard negative: declines direct bulk edits of awarded prices (audit) but offers a concrete correction workflow with a test date",
  sender=SYF, to=[WUBIN],
  subject="Re: 历史中标价格批量修改",
  body="""吴工：

直接批量修改历史中标价格，平台这边没有开放，主要是审计要求中标记录一经确认不可改写。

不过有一个替代办法：我们可以提供"价格更正申请"流程，您提交更正清单，系统生成更正记录并保留原始值，经采购经理和财务双人复核后生效，报表里显示更正后的价格。这个流程下周二可以在测试环境给您试用。

您先把需要更正的清单整理一下，我们可以先拿这批数据试跑。

沈一帆""",
  quote="""沈工：

去年有一批中标价格录错了，能不能给我们开个权限直接批量改？

吴斌""",
  quote_from=WUBIN, quote_style="foxmail")

N(lang="zh",
  why="hard negative: '不可能完成的任务' used as praise for the client's purchasing team",
  sender=ZYT, to=[ZHENGLIN, WUBIN],
  subject="谢谢！供应商集中注册日圆满完成",
  body="""郑经理、吴工：

周六的供应商集中注册日，一天进来了412家供应商，资料一次通过率87%。说实话，活动前我觉得一天300家都是不可能完成的任务，结果贵司采购部的同事们从早上8点一直守到晚上9点，电话一个个打，硬是做到了。

剩下54家资料需要补充的，名单附后，我们下周一开始逐个跟进。

再次谢谢大家！

周雨桐""")

N(lang="zh",
  why="hard negative: internal team rule (milk-tea fine for saying '做不了/不可能' to clients) — quoting the phrases to ban them",
  sender=OYL, to=[CJH, HMY, LUOXF, SYF, ZYT],
  subject="项目组新规（认真的）",
  body="""各位：

从下周一开始，项目组试行一条新规：谁在客户面前脱口而出"做不了""不可能"，罚请全组喝奶茶，一次一杯，不设上限。

意思大家都懂：客户提需求，先记下来，评估完再回复；确实做不了，也要给个替代方案，或者交给我来谈。本周嘉豪和一帆已经被我预先记了一笔，欢迎大家互相监督。

欧阳岚""")

N(lang="zh",
  why="hard negative: '接口必须同时接受…两种格式', '理论上不会重复入账' as interface specification",
  sender=SYF, to=[QIANLI], cc=[ZHAOMIN],
  subject="发票接口对接说明（数电发票）",
  body="""钱老师：

贵行财务系统对接发票接口的几个要点：

1. 接口必须同时接受数电发票（XML/OFD）和纸质发票扫描件（PDF）两种格式，通过invoiceType字段区分；
2. 同一张发票重复推送时，接口应返回"已存在"而不是报错，我们以发票号码+开票日期作为幂等键，理论上不会重复入账；
3. 超时时间建议设置为30秒，超过会自动重试3次。

接口文档和测试账号已发到赵老师邮箱，联调时间您定。

沈一帆""")

N(lang="mixed",
  why="hard negative: 'I'm not saying no 哦' followed by a two-phase plan and the client's choice of one-shot delivery",
  sender=LWK, to=[RAYMOND],
  subject="Re: supplier portal in Bahasa Malaysia",
  body="""Mr Ong,

I'm not saying no 哦. Bahasa Malaysia 的 UI 是可以做的, 只是目前的 translation 大概有 1,400 条 strings, 我们需要确认是全部翻, 还是先翻 supplier 常用的 registration 和 bidding 页面.

我的建议是分两期: 第一期 12 月中先做 registration + bidding, 第二期 1 月做其余的. 不过如果你们比较想一次全部上, 也可以, 就是要到 1 月底. 你们决定哪个比较适合, 我这边照排.

Wei Keong""",
  quote="""Wei Keong, can the supplier portal be in Bahasa Malaysia? Many of our local suppliers prefer it.

Raymond""",
  quote_from=RAYMOND, quote_style="gt")


# Positives first, then negatives, then one seeded shuffle (seed 5656) fixes the file order.
CASES = POS + NEG
random.Random(5656).shuffle(CASES)
