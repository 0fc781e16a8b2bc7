# heldout38 -- training set of PM email drafts for mailcoach.
# Written by an independent helper from the labelling guide (shared/drafts/README.md) and the
# source article (shared/seed/pm-client-communication.zh.txt) only. All text is synthetic.
# Domain emphasis: automotive dealer groups (DMS/CRM), car-rental CRM, property management,
# real-estate agency systems; some Hong Kong clients (traditional Chinese).
import random

# --- people -------------------------------------------------------------------------------
# our team
ZHOU = "周启明 <zhou.qiming@ourteam.example.com>"
ZHENG = "郑可欣 <zheng.kexin@ourteam.example.com>"
HAN = "韩雪 <han.xue@ourteam.example.com>"
LU = "陆子涵 <lu.zihan@ourteam.example.com>"
FENG = "冯博 <feng.bo@ourteam.example.com>"
SONG = "宋佳 <song.jia@ourteam.example.com>"
MENG = "孟婷 <meng.ting@ourteam.example.com>"
DU = "杜晓岚 <du.xiaolan@ourteam.example.com>"
SHAO = "邵一凡 <shao.yifan@ourteam.example.com>"
LUOLAN = "罗兰 <luo.lan@ourteam.example.com>"
LEUNG = "梁志豪 <leung.chiho@ourteam.example.com>"
KELLY = "黎嘉欣 Kelly Lai <kelly.lai@ourteam.example.com>"
DANIEL = "Daniel Wu <daniel.wu@ourteam.example.com>"
TOM = "Tom Becker <tom.becker@ourteam.example.com>"
PRIYA = "Priya Nair <priya.nair@ourteam.example.com>"
ETHAN = "Ethan Zhao <ethan.zhao@ourteam.example.com>"
# colleagues
LINHAO = "林浩 <lin.hao@ourteam.example.com>"
TANG = "唐宁 <tang.ning@ourteam.example.com>"
WANGKE = "王珂 <wang.ke@ourteam.example.com>"
JIANG = "蒋涛 <jiang.tao@ourteam.example.com>"
HEHAN = "贺晗 <he.han@ourteam.example.com>"
CHENJIE = "陈杰 <chen.jie@ourteam.example.com>"
SUNNY = "Sunny Cheung <sunny.cheung@ourteam.example.com>"
MAGGIE = "Maggie Ho <maggie.ho@ourteam.example.com>"
# clients: client-a = mainland dealer group / rental / property companies
LIUZ = "刘建国 <liu.jianguo@client-a.example.cn>"        # 华驰汽车集团 CIO
ZHAOMIN = "赵敏 <zhao.min@client-a.example.cn>"         # 华驰 IT 科长
SUNZQ = "孙志强 <sun.zhiqiang@client-a.example.cn>"     # 华驰 售后总监
ZHOULI = "周丽 <zhou.li@client-a.example.cn>"           # 悦庭物业 采购
WUJING = "吴静 <wu.jing@client-a.example.cn>"           # 悦庭物业 信息部经理
MAXIAO = "马骁 <ma.xiao@client-a.example.cn>"           # 悦庭物业 IT 工程师
WANGHF = "王海峰 <wang.haifeng@client-a.example.cn>"    # 畅行租车 运营总监
KEVIN = "Kevin Liu <kevin.liu@client-a.example.cn>"     # 华驰 数字营销
# client-b = Hong Kong agency / rental operator
DEREK = "Derek Chan <derek.chan@client-b.example.com>"  # SwiftDrive Rentals ops
ALAN = "Alan Tse <alan.tse@client-b.example.com>"       # SwiftDrive Rentals director
WINNIE = "何婉婷 Winnie Ho <winnie.ho@client-b.example.com>"  # 港豐地產 operations
KENNETH = "陳國豪 <kenneth.chan@client-b.example.com>"  # 港豐地產 director
# bank-c = bank (auto finance / mortgage)
QIANLI = "钱立 <qian.li@bank-c.example.cn>"             # C行 信息科技处 处长
GRACE = "Grace Lin <grace.lin@bank-c.example.cn>"       # C行 Auto Finance


def C(expect, lang, why, sender, to, subject, body, cc=None, quote=None, quote_from=None, trad=False, **kw):
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc or []),
             subject=subject, body=body.strip("\n") + "\n", quote=quote, quote_from=quote_from, trad=trad)
    if quote:
        d["quote"] = quote.strip("\n") + "\n"
    d.update(kw)
    return d


CASES = []
add = CASES.append

# =====================================================================================
# POSITIVES
# =====================================================================================

# ---------------- backchannel ----------------
add(C(["backchannel"], "zh", "internal recap mocks the client CIO with a nickname (刘半仙) and calls talking to him 对牛弹琴",
      ZHOU, [LINHAO], "华驰DMS 周会后同步", """
浩子:

刚开完周会,给你同步一下。

1. 配件库存同步的延迟问题,周五前出修复包,你那边先把测试环境准备好。
2. 售后工单导出,模板按他们给的新版改,字段映射我晚点发你。
3. 关于“刘半仙”——就是他们那位刘总——今天又开始算命了,说我们的系统“看着就不稳定”。问他哪里不稳定,他说“感觉”。跟这种凭感觉管IT的人讲日志、讲监控,纯属对牛弹琴。下周他要是再来这一出,你负责念经,我负责点头。

就这些,测试环境的事别忘了。

启明
"""))

add(C(["backchannel"], "zh", "reply-all accident: client purchasing contact still in Cc while PM mocks her haggling and doubts her 'boss' exists",
      ZHENG, [LU], "Re: 悦庭物业 报价单第三版", """
子涵,

你看看这第三版的要求,又要把报修模块单独拆出来报价。这位周姐砍价的套路我算是领教了,每次都是“领导觉得贵”,领导到底是谁我们到现在都没见过,我怀疑就是她本人。

你先按拆分的口径算一版,别太较真,反正她还会再砍一刀。

可欣
""", cc=[ZHOULI], quote="""
郑经理您好,

领导看了第二版报价,觉得整体还是偏高。麻烦把报修工单模块单独列出来,我们考虑分期采购。另外门禁对接那部分能否再给个优惠?

谢谢!
周丽
悦庭物业 采购部
""", quote_from=ZHOULI))

add(C(["backchannel"], "en", "internal debrief ridicules a client-side manager's competence ('lost cause', cloud gets wet)",
      TOM, [PRIYA], "training session debrief - SwiftDrive", """
Priya,

Quick debrief from this morning's training at SwiftDrive.

The counter staff picked up the check-in flow fast, no real issues there. Damage photo upload worked on all six tablets, and the signature pad finally behaves.

Between us though, Derek is a lost cause. Twenty minutes to find the login button, and then he asked whether the cloud "gets wet when it rains". I honestly don't know how that man runs a fleet of 400 cars. If he's the one signing off UAT, budget an extra week just for hand-holding.

I'll send the attendance sheet tomorrow.

Tom
"""))

add(C(["backchannel"], "mixed", "mixed-language internal mail with eye-roll emojis calling a client contact a drama queen who forgets his own words",
      LU, [TANG], "Re: 明天 demo 安排", """
宁宁,

明天 demo 我来讲 CRM 线索分配那块,你负责 test drive booking。

提前打个预防针:Kevin 那位 drama queen 肯定又要现场加戏 🙄🙄 上次他当着他们老板的面说我们 UI "像十年前的政府网站",结果他自己提的配色就是那个 style 😂 所以明天他说啥都先点头,反正他自己也记不住自己说过啥。

slides 我今晚 12 点前 push 到 shared drive。

子涵
"""))

add(C(["backchannel"], "zh", "traditional Chinese, internal HK mail: mocks the client director (難頂, endless bragging, outdated website)",
      KELLY, [SUNNY], "港豐地產 樓盤系統 今日開會", """
Sunny,

今日同港豐開完會,簡單同你講下:

一、樓盤相片壓縮問題,他們接受我們週四出修正版。
二、經紀佣金報表,下星期一再對一次數。

講真,陳生真係好難頂。成日話我們個介面「唔夠高級」,但佢公司自己個網站仲係 Flash 年代的款式,連手機版都冇。佢每次開會都要講半個鐘佢當年點樣一個人賣晒成座樓,我聽到耳仔都起繭。你下次同佢開會記得帶杯咖啡,唔係撐唔住。

週四版本記得幫我覆核。

Kelly
""", trad=True))

add(C(["backchannel"], "zh", "traditional Chinese, polite progress mail to the client with a snide aside about another client-side manager's taste",
      LEUNG, [WINNIE], "租務管理系統 第二期 進度更新", """
何小姐:

您好!第二期進度更新如下:

1. 租約到期提醒已完成開發,預計下週二部署至測試環境。
2. 業主月結單的 PDF 格式已按 貴司意見調整,附件為樣本。
3. 物業相片批量上載,正在做壓力測試,週五前有結果。

另外,上次 貴司營運部林經理提議把所有按鈕改成金色「以示尊貴」,我們就當作沒聽過了(笑)。相信何小姐也明白,林經理的審美比較……獨特。

如有任何問題,歡迎隨時聯絡。

梁志豪
項目經理
""", trad=True))

add(C(["backchannel"], "zh", "one venting line mocking the client section chief's voice messages buried in a long, otherwise normal internal status update",
      HAN, [LINHAO, WANGKE, HEHAN], "【内部】畅行租车CRM 第12周状态", """
各位,

第12周内部状态同步如下,周一站会前请过一遍。

【进度】
- 会员等级与积分规则:开发完成,测试通过率92%,剩余3个缺陷均为页面文案问题,周二前关闭。
- 押金预授权对接:银联测试环境已联调成功,生产证书申请中,预计下周三拿到。
- 车辆出还车验车App:拍照上传在低端安卓机上偶发卡顿,王珂在排查,初步怀疑是图片压缩放在了主线程。
- 门店排班模块:需求已冻结,下周开始开发。

【风险】
- 生产证书如果下周三拿不到,押金功能的上线窗口要往后挪一周,我已经提前跟王总打过招呼。
- 测试机里缺少鸿蒙系统的设备,贺晗这周去采购申请一台。

【客户侧】
- 王总对会员等级的演示很满意,要求下周五给门店长做一次培训。
- 赵科长本周在群里发了十一条60秒语音,核心思想可以概括为“我不懂,但我要管”,大家辛苦,听的时候建议开1.5倍速。

【下周重点】
- 关闭会员模块缺陷,准备门店长培训材料(林浩)
- 验车App卡顿问题给出结论(王珂)
- 押金功能生产证书跟进(我)

有问题随时找我。

韩雪
"""))

add(C(["backchannel"], "en", "forward with an internal mocking aside on top, client contact accidentally left in Cc",
      ETHAN, [MAGGIE], "Fwd: auto-loan pre-approval API - new idea", """
Maggie - fwd'ing so you can see today's masterpiece from the bank side. Apparently they now want the pre-approval score back in under 200 ms *and* double-checked by a human underwriter. Grace has really outdone herself this time 🍿 Read it when you need a laugh.

E.
""", cc=[GRACE], quote="""
Hi Ethan,

Following our internal review, we'd like the pre-approval endpoint to return a score within 200 ms, but every score above 700 should also be checked by an underwriter before it is shown to the dealer. Can you confirm this is feasible for the December release?

Best regards,
Grace Lin
Auto Finance Department
""", quote_from=GRACE, quote_style="outlook"))

add(C(["backchannel"], "zh", "gossip to a colleague insinuating a bank procurement head takes kickbacks",
      FENG, [JIANG], "C行车贷系统 比价的事", """
涛哥,

C行这次比价又把那家小公司的报价拿出来压我们。跟你说句心里话,采购那位钱处长八成跟对方有点什么,不然一个连等保三级都没过的厂商,凭什么每次都能进短名单?这人在圈子里出了名的吃拿卡要,之前隔壁组的尾款就被他卡了大半年。

你跟销售那边口径统一一下,下周一的述标会我们照常准备,技术方案我周五前给你。

冯博
"""))

add(C(["backchannel"], "en", "sarcastic internal mail about 'our favourite client' and their ignorance",
      PRIYA, [TOM], "RE: Client-B change list v7", """
Tom,

Version 7 of the change list landed at 11:48 pm, naturally. Our favourite client has once again discovered that a rental agreement needs a signature field. Groundbreaking stuff. At this rate they'll work out that cars have wheels sometime around Christmas.

I'll go through the list tomorrow morning and tag what's new versus what's already covered. Don't reply to them tonight.

P.
""", cc=[DANIEL]))

add(C(["backchannel"], "mixed", "internal mixed mail with clown emojis mocking the dealer-group store managers",
      SHAO, [WANGKE], "巡店回来 吐个槽", """
珂珂,

这周跑了华驰五家 4S 店做 DMS rollout 巡检,系统本身还行,就是 printer driver 在两家店有问题,下周我带 patch 再去一趟。

但是那几位店总 🤡🤡🤡 真的绝了:一个说 tablet 太小看不清,结果他手机字体开的是最大号;一个坚持 CRM 里客户等级要按"看着有没有钱"来分;还有一个全程在打王者。这帮人能把店开下去全靠品牌撑着吧 😂

patch 的事我周一跟你对。

一凡
"""))

add(C(["backchannel"], "zh", "report to own manager disparaging the client's general manager as a bureaucrat ('活该')",
      DU, [LUOLAN], "安居物业项目 验收单盖章卡住了", """
罗总,

向您汇报一下:上线验收单还卡在客户那边走盖章流程,今天是第九天。

说白了就是他们那位孙总官僚作风太重,什么都要层层盖章,自己又从来不拍板,整个公司的效率都被他一个人拖垮了。他们的物业系统十年没升级,我现在总算知道为什么了——活该。

下一步我打算周三去现场催一下,您看是否需要您出面跟他们董事长打个招呼?

晓岚
"""))

# backchannel + refusal (reply-all)
add(C(["refusal", "backchannel"], "zh", "reply to the client: flat no without buffer, plus an @-aside to a colleague mocking the client (client in To)",
      MENG, [ZHAOMIN], "Re: 试驾预约页面加个抽奖转盘", """
赵科长:

抽奖转盘这个就不加了,试驾预约页面按现在的版本上线。

@林浩 不用理她,这位每周都要从短视频里学个新玩法回来,上周是直播卖车,这周是转盘,下周估计要我们做元宇宙展厅了。

孟婷
""", cc=[LINHAO], quote="""
孟经理,

我们市场部觉得试驾预约页面太单调了,能不能加一个抽奖转盘,预约成功就可以抽保养券?下周五前能上吗?

赵敏
""", quote_from=ZHAOMIN))

# ramble + backchannel
add(C(["ramble", "backchannel"], "zh", "ramble: cut-over instruction buried in golf/food/family chatter, which also gossips about the client's IT section chief",
      SONG, [SUNZQ], "周末愉快 + 一点小事", """
孙总好!

上周六的球打得真尽兴,谢谢您的邀请。说实话我已经大半年没下场了,前九洞一直在找球,要不是您在旁边指点我握杆的角度,估计后九洞还得继续往水塘里送。您那个十七号洞的推杆太漂亮了,十几米的距离一杆进洞,同组的几位老总都看傻了。回来以后我专门在网上买了一根推杆,每天晚上在客厅的地毯上练二十分钟,我家狗一看我拿杆就躲到沙发底下去。

打完球去的那家顺德菜馆我后来又带家里人去了一次,那个鱼生和双皮奶确实是一绝,我女儿吃了两碗。她最近在学钢琴,考完了四级,下个月要参加一个市里的比赛,每天放学回家先弹一个小时,邻居倒是没投诉,就是我下班回家想安静一会儿都难。前天她老师说她左手力度还差一点,我也不懂,只能在旁边拍手叫好。

说到这个,您上次提到你们IT部那位赵科长,我们私下其实也一直在聊。说句不好听的,她那套“先开会再想事”的管理方法,我们团队都当段子在传,开一次会能开出三个新需求,散会以后谁也说不清到底定了什么。您能忍她这么多年,真是好脾气。

对了,售后工单系统的割接定在本周六晚上十点,麻烦您通知各店服务经理提前导出当天的工单备份。

另外我最近在看一本讲汽车行业历史的书,讲的是上世纪八十年代合资车企刚进来的那段往事,里面有不少老厂长的故事,写得特别生动,看完我才知道当年一台车要排那么久的队。哪天见面我带给您,您肯定感兴趣。还有,您说的那款新上市的混动车我去店里试驾了,底盘确实扎实,就是后排空间小了点,我家三口人加一条狗,估计还是得等七座版。销售顾问倒是很热情,拉着我讲了半个小时的电池质保,我听得云里雾里,只记住了送两年免费保养。

天气转凉了,您多注意身体,下次球局一定叫上我,我争取前九洞少丢两个球。

宋佳
"""))

# ---------------- refusal ----------------
add(C(["refusal"], "en", "curt one-line flat no to the client's feature request, no buffer or alternative",
      DANIEL, [DEREK], "Re: VIN scanner in the return flow?", """
Derek - not happening, VIN scanning stays out of the return flow.

Daniel
""", quote="""
Hi Daniel,

Our branch managers asked whether the return checklist could scan the VIN barcode on the windscreen instead of staff typing the plate number. Possible for the next sprint?

Cheers,
Derek
""", quote_from=DEREK, quote_style="gt"))

add(C(["refusal"], "zh", "flat no hidden as item 4 of a long friendly numbered status mail (no buffer, no alternative)",
      LU, [SUNZQ], "华驰售后系统 本周进展 + 几个小事项", """
孙总好!

这周天气终于凉快了,大家干活也更有劲了😄 简单汇报一下本周进展:

1. 工单派工看板已经在三家试点店跑起来,技师反馈挺好,说比原来的白板清楚多了。
2. 配件缺货预警的阈值已经按您上周说的改成“7天用量”,明天生效。
3. 客户回访短信模板新增了两版,附件里有,您挑一个就行。
4. 您提的保养到期提醒改走企业微信推送,这个我们不做。
5. 月底的培训安排在28号下午,地点还是总部三楼会议室。

另外,上次您推荐的那家潮汕牛肉火锅我们团队去吃了,确实地道,谢谢推荐!

有问题随时找我~

子涵
"""))

add(C(["refusal"], "zh", "公文-style reply from the delivery director rejecting the bank's request, no reason, date or alternative",
      LUOLAN, [QIANLI], "关于贵行车贷审批结果实时推送需求的复函", """
钱处长:

贵行11月3日来函收悉。

关于来函所提“车贷审批结果实时推送至经销商DMS”一事,经我司项目组研究,对该事项不予采纳。

此复。

罗兰
交付中心 总监
"""))

add(C(["refusal"], "zh", "policy/product refusal: 'product design, won't change for a single project', nothing offered",
      FENG, [WUJING], "Re: 物业费能否按天计费", """
吴经理:

我们的系统只按月计费,这是产品层面的设计,不会为单个项目改动。

冯博
""", quote="""
冯经理,

我们有一部分商铺是短租,想按天收物业费,系统能不能支持一下?谢谢。

吴静
""", quote_from=WUJING, quote_style="foxmail"))

add(C(["refusal"], "en", "'this is final' refusal of custom commission splits, told to pass it on to the branch heads",
      PRIYA, [WINNIE], "Commission split logic", """
Hi Winnie,

Following up on the commission split question from Tuesday's call. We've discussed it internally and we're not going to support it: the system keeps one listing agent and one selling agent per deal, on a fixed 50/50 split. No three-way splits, no custom percentages. This is final, so please let the branch heads know.

Thanks,
Priya
"""))

add(C(["refusal"], "zh", "traditional Chinese, formal one-sentence refusal of VR viewing with no buffer",
      LEUNG, [KENNETH], "回覆:樓盤頁面加入VR睇樓", """
陳生:

關於閣下要求於樓盤詳情頁加入 VR 睇樓功能,本公司不會處理,敬請留意。

梁志豪
""", quote="""
志豪:

對手的 app 已經有 VR 睇樓,點解你們冇?下個月一定要有。

陳國豪
""", quote_from=KENNETH, trad=True, quote_style="outlook_zh"))

add(C(["refusal"], "zh", "meeting recap where one requested item is simply marked 不做",
      DU, [WUJING], "【会议纪要】11月6日 业主App需求评审", """
吴经理及各位好,

今天评审会的纪要如下,请查阅:

一、参会人:贵司吴静、马骁、陈思思;我方杜晓岚、王珂、贺晗。

二、结论:
1. 报修工单增加“加急”标签——同意,纳入11月迭代。
2. 物业费账单支持支付宝缴纳——同意,依赖贵司提供商户号。
3. 访客预约生成二维码通行——不做。
4. 公告栏支持置顶——同意。

三、下次评审:11月13日 14:00,地点同上。

如纪要有遗漏,请今天下班前回复。

杜晓岚
""", cc=[MAXIAO, WANGKE]))

add(C(["refusal"], "mixed", "mixed-language flat 'won't support' with no buffer or alternative",
      ETHAN, [KEVIN], "Re: lead routing 加 source 条件", """
Kevin,

这个 feature 我们 won't support. CRM 的 lead routing 就是门店 + 车型两层,source 维度不会加。

Thx
Ethan
""", quote="""
Ethan,

市场部想把抖音来的 lead 单独分给 live-stream 组的顾问,能在 routing 里加个 source 条件吗?

Kevin
""", quote_from=KEVIN))

add(C(["refusal"], "en", "refusal wrapped in a cheerful friendly mail: 'nope', nothing offered",
      TOM, [DEREK], "Re: CarPlay for the rental app?", """
Hey Derek!

Love the energy, and great to hear the Kowloon Bay branch is enjoying the new check-out flow 🎉

On CarPlay though: nope, that's not something we'll be putting into the rental app.

Have a great weekend, and say hi to the team in Tsim Sha Tsui for me!

Tom
"""))

add(C(["refusal"], "zh", "terse passive 答复是:不可以 to the client's migration request",
      HAN, [WANGHF], "Re: 历史客户数据回迁", """
王总:

关于把2015年以来的历史客户数据全部回迁到新CRM,答复是:不可以。

韩雪
""", quote="""
韩经理,

老系统里2015年以后的会员和租车记录都要迁过来,市场部要拿来做老客召回,麻烦安排一下。

王海峰
""", quote_from=WANGHF, quote_style="gt_zh"))

add(C(["refusal"], "en", "bureaucratic contract-scope refusal ('will not be accommodated'), no alternative or review",
      DANIEL, [GRACE], "Additional report templates", """
Dear Ms. Lin,

With reference to your request of 4 November for six additional dealer-level loan performance report templates: requests for templates beyond the twelve listed in Schedule B will not be accommodated under this engagement.

Regards,
Daniel Wu
Project Manager
"""))

# ---------------- argue ----------------
add(C(["argue"], "zh", "rhetorical question and blame: 'was the doc never sent or did nobody open it?'",
      SHAO, [ZHAOMIN], "Re: 同步接口又报错了", """
赵科长:

接口文档3.2节把门店编码的格式写得明明白白:6位,大写字母开头。贵方传过来的是“sh-001”。文档是压根没发给开发同事,还是发了没人打开过?

麻烦贵方先自查,别每次一报错就往我们身上推。

邵一凡
""", quote="""
邵经理,

今天上午同步接口又全部报错,销售都没法开单了,你们赶紧看看到底什么问题!!

赵敏
""", quote_from=ZHAOMIN))

add(C(["argue"], "en", "confrontational: 'for the third time', shouting YOUR, blaming client data",
      ETHAN, [DEREK], "RE: Fleet sync failing AGAIN", """
Derek,

For the third time this month: the sync fails because YOUR branch codes are duplicated. KLN-02 exists twice in your master data. It has nothing to do with our code and I'm frankly tired of walking you through it.

Clean up your data before you open another P1.

Ethan
""", quote="""
Ethan,

Fleet sync is failing AGAIN. This is unacceptable. Our Kowloon branches can't see today's returns. Fix it now.

Derek
""", quote_from=DEREK, quote_style="outlook"))

add(C(["argue"], "zh", "sarcastic lecture to the client about last-minute requirements (accepts the work, so not refusal)",
      ZHENG, [WUJING], "收到,上线前一天的新需求", """
吴经理:

收到。感谢贵司又一次在上线前一天发现“非常紧急”的需求,我们团队对这个节奏已经相当熟悉了,熬夜基本算是我们的企业文化。

业主端缴费记录导出,我们会加进今晚的构建。下回要是能提前一周说,也许大家还能睡个整觉。

郑可欣
""", quote="""
郑经理,

领导刚刚提出,业主端要能导出近一年的缴费记录,明天上线要带上,辛苦今晚加一下。

吴静
""", quote_from=WUJING, quote_style="gt_zh"))

add(C(["argue"], "mixed", "lecturing mixed mail: 'I've said this in every weekly meeting', you never took the freeze seriously",
      LU, [KEVIN], "Re: 需求冻结后再加字段", """
Kevin,

I've said this in every single weekly meeting: 需求冻结就是冻结。冻结清单是你们自己 review、自己签的字,现在又说"就加三个字段而已"——问题不在三个字段,在于你们根本没把 freeze 当回事。

麻烦先回去把你们内部的流程理顺,再来找我们谈。

子涵
""", quote="""
子涵,

客户档案里再加三个字段:微信昵称、意向车色、预算区间,很简单吧?这周能 deploy 吗?

Kevin
""", quote_from=KEVIN))

add(C(["argue"], "zh", "traditional Chinese: blames client staff for late upload and tells them to read the document properly",
      KELLY, [WINNIE], "回覆:月結單金額錯誤", """
何小姐:

我們一早已經講過,月結單金額是根據 貴司每月五號前上載的租金資料計算。這個月 貴司同事八號先上載,系統當然計錯。這個流程培訓時講過兩次,文件亦寫得好清楚,請 貴司同事認真睇一次,不要每個月都要我們重新解釋。

黎嘉欣
""", quote="""
Kelly,

今個月好多業主的月結單金額都錯晒,業主不停打電話來投訴,你們系統到底有冇測試過?

Winnie
""", quote_from=WINNIE, trad=True, quote_style="gt"))

add(C(["argue"], "zh", "lecturing the bank's tech team on 'basic common sense' of performance testing",
      FENG, [QIANLI], "关于压测结果的说明", """
钱处长:

贵行技术部转过来的意见我看了,得说明一下:压测环境和生产环境配置不同,TPS 自然不同,这是性能测试最起码的常识。拿4核的测试机去对标32核生产机的指标,再得出我们系统“性能不达标”的结论,这本身就站不住脚。

建议贵行技术部的同事先补一补性能测试的基础知识,下次再出报告也不迟。

冯博
"""))

# argue + persuade
add(C(["argue", "persuade"], "zh", "stacked !! and 'explained five times' (argue) plus 'only road, confirm by Monday or don't come to us' (persuade)",
      ZHOU, [MAXIAO], "Re: 门禁网关部署方案", """
马工:

“每个小区各自部署一套门禁网关”这个方案,我已经解释过不下五遍了,根本行不通!!运维成本、版本管理、故障定位,哪一条你们想清楚了?

别再折腾了,统一走我们的云端网关,这是唯一的路。下周一前给我确认,不然后面出了问题别来找我们。

周启明
""", quote="""
周经理,

我们还是倾向每个小区本地部署门禁网关,断网的时候也能正常开门。麻烦再评估一下。

马骁
""", quote_from=MAXIAO, quote_style="foxmail"))

# ---------------- persuade ----------------
add(C(["persuade"], "zh", "pushes cloud deployment and tells the client to stop hesitating and sign",
      SONG, [LIUZ], "关于DMS部署方式", """
刘总:

说句实在话,您坚持本地机房部署,就是在给自己找麻烦。机房、运维、备份、等保,哪一样不要钱不要人?我们服务过的经销商集团,十家里九家都上了云版本,剩下那一家现在还在后悔。

这件事您就别再犹豫了,下周我把云版本的合同发过去,您签了我们马上排期。

宋佳
"""))

add(C(["persuade"], "en", "urges the client to let their pricing idea go and lock in our model",
      PRIYA, [ALAN], "Pricing model - let's close this out", """
Hi Alan,

I know your team has been keen on per-branch dynamic pricing, but I'd really urge you to let that idea go. Every other rental operator we work with runs on the standard zone-based model and none of them have looked back. Per-branch pricing will only create confusion at the counter and more work for your revenue team.

Let's lock in the zone model on Friday's call so we can all move on. I'd hate for the timeline to slip over something that, honestly, doesn't need to be there.

Best,
Priya
"""))

add(C(["persuade"], "zh", "pressure via authority and deadline: director backs plan A, 'please just agree, do us a favour'",
      MENG, [WUJING], "业主App首页改版方案确认", """
吴经理:

两版方案我们总监都看过了,他明确只支持A方案(标准模板)。如果这周五之前贵司还坚持B方案,后面的排期我们这边就保证不了,上线往后顺延多久也说不准。

所以还是请您先同意A方案,其他想法放到二期再说吧,就当帮我们一个忙。

孟婷
"""))

add(C(["persuade"], "mixed", "cost pressure: 'A is the only reasonable choice, no more discussion, give me a yes today'",
      ETHAN, [KEVIN], "Package 选择", """
Kevin,

我直接说结论:选 Package A。

如果你们选 B,后面每一个 CR 都要按人天另算,按你们改需求的频率,半年下来 cost 至少多出 40%,到时候你们 finance 肯定要问当初为什么不选 A。A 是唯一合理的选择,其他的真的不用再讨论了,今天能给我个 yes 吗?

Ethan
"""))

add(C(["persuade"], "en", "dismisses the client's offline-mode reason and pushes to drop it ('trust me', 'stop spending meetings on it')",
      TOM, [WINNIE], "Re: offline mode for agent app", """
Hi Winnie,

Honestly, you don't need offline mode. Your agents are in Central and Mong Kok all day, they're never without 4G. Take my word for it, I've built enough of these apps. Let's just take it out of scope and stop spending meetings on it. Agreed?

Tom
""", quote="""
Hi Tom,

Some of our agents do viewings in older village houses in the New Territories where the signal is poor. Could the app cache listings and viewing notes offline?

Thanks,
Winnie
""", quote_from=WINNIE, quote_style="gt"))

# ---------------- ramble ----------------
add(C(["ramble"], "zh", "ramble: one request (store code table by Tuesday) buried in a long road-trip and family chat",
      SHAO, [WANGHF], "好久不见,聊两句", """
王总好!

好久没跟您聊了,最近怎么样?上周我终于休了年假,带着老婆孩子自驾去了一趟云南,从昆明一路开到大理、丽江,最后到了香格里拉。说起来挺巧,租的车还是你们畅行的,门店的小姑娘特别热情,还送了我们一箱矿泉水,我女儿到现在还念叨那个“穿蓝衣服的姐姐”。

大理那边天气是真好,每天早上洱海边上全是拍照的人。我们住的民宿老板是东北人,十年前辞职过来的,做的锅包肉居然比我在沈阳吃的还地道。他跟我聊了一晚上,说当年在国企干了十五年,天天开会写材料,后来实在受不了就跑来了,现在每天喂喂猫、种种花,日子过得比谁都滋润。我听得挺羡慕,不过转念一想,房贷还有二十年,还是老老实实回来上班吧,哈哈。

丽江古城这几年商业化确实厉害,满街都是卖鲜花饼和牦牛肉干的,我们买了好几盒回来,办公室的同事一个下午就分完了。去玉龙雪山那天运气不太好,上去的时候起了大雾,什么都没看见,索道排队排了两个多小时,我女儿冻得直哭,最后在山脚下吃了一碗热乎乎的米线才缓过来。

对了,下周二之前麻烦把各门店的编码表发我们一份,迁移脚本要用。

回来就赶上孩子期中考试,数学考了八十七,她妈妈不太满意,我倒觉得还行,我小时候数学可从来没上过八十。现在的小学题目也是真难,什么鸡兔同笼、植树问题,我看了半天都没弄明白,只能让她第二天去问老师。周末还报了两个兴趣班,一个画画一个游泳,接送全靠我,感觉比上班还累。

另外听说您最近也在练马拉松?我去年跑过一次半马,跑完膝盖疼了一个礼拜,后来就改成骑车了。什么时候有空咱们约一次,一起去奥森骑一圈,顺便找个地方吃顿烤鸭。我最近换了一辆公路车,碳纤维的,轻得一只手就能拎起来,就是价格让我心疼了好几天,到现在都没敢跟家里说实价。

祝好!

邵一凡
"""))

add(C(["ramble"], "en", "ramble: UAT sign-off request buried in 400+ words about marathon training, a dog and coffee",
      DANIEL, [ALAN], "catching up", """
Hi Alan,

Hope you had a good weekend! Mine turned into a bit of an adventure. I finally signed up for the Hong Kong Marathon after talking about it for three years, so on Saturday I dragged myself out of bed at five for a 25 km training run along the harbourfront. The first ten kilometres were lovely: cool air, hardly anyone around, the sun coming up behind the Kowloon side. The last five were a different story. My left calf started complaining around the Convention Centre and by the time I reached Causeway Bay I was mostly walking and pretending to stretch whenever someone jogged past.

My running coach, who is about twenty years younger than me and annoyingly cheerful, says the trick is to slow down on the long runs and stop trying to race the guy next to you. I know she's right. I also know I'll ignore her next Saturday.

On Sunday we took the dog to Sai Kung. She's a three-year-old golden retriever with absolutely no sense of danger, and she managed to jump off the pier after a seagull. A fisherman helped me haul her out, and then refused to take anything for it except a photo with her, which she was delighted to give. She slept for the rest of the afternoon and snored like a truck.

Oh, and could you sign off the UAT report by Thursday so we can book the production window?

Speaking of Sai Kung, there's a new coffee place near the bus terminus that roasts its own beans. I had a Yirgacheffe pour-over that tasted like blueberries, which I would have called nonsense a year ago. My wife now jokes that I've turned into one of those people who talks about "notes" and "mouthfeel". She isn't wrong. I bought a hand grinder on the way home and spent most of Sunday evening watching videos about grind sizes.

The other thing I've been meaning to tell you about is the book you recommended at dinner last month, the one about the history of the Star Ferry. I'm about halfway through and I had no idea the fleet was once almost entirely steam-powered, or that the fare stayed the same for decades at a time. It makes the ride home feel a lot more interesting. I'll lend you the biography of the old harbour pilot I finished before that one, I think you'd like it.

Anyway, I should probably get back to work. Let me know if you're free for lunch one day next week, my treat this time, and I promise not to talk about coffee the whole time.

Best,
Daniel
"""))

add(C(["ramble"], "mixed", "mixed-language ramble: CSV format confirmation buried in ski trip, cat and TV-drama chatter",
      PRIYA, [WINNIE], "好耐冇見 + 一件小事", """
Hi Winnie,

最近好吗?上个月我终于去了趟北海道 ski trip,在二世谷待了一个星期。雪质真的好到离谱,powder 软得像棉花,我第一天摔了大概二十次,第三天终于可以从中级道一路滑下来不停,coach 还夸我 "very brave",我理解为委婉地说我姿势很难看 😂 晚上泡温泉,外面零下十度,头上落着雪,身子泡在热水里,那种感觉真的一辈子难忘。

吃的方面,札幌的汤咖喱我连吃了三天,还去了小樽的运河,买了一堆玻璃杯和音乐盒回来,行李超重被航空公司罚了两千多块,我老公到现在还在念叨这件事。

回来以后家里的猫 Mochi 生我气了,整整三天不理我,每天早上故意把我桌上的笔推到地上。后来我买了一袋新的冻干才哄好。她最近迷上了看窗外的鸟,一坐就是一个下午,比我上班还专注。兽医说她有点超重,让我控制零食,可是她每次用那种委屈的眼神看着我,我就忍不住多给两粒,我老公说我是全家最没原则的人。

BTW 下周三 (11/18) 之前请 confirm 一下 listing import 的 CSV 格式,我们要定 mapping。

另外你上次推荐的那部韩剧我追完了,结局我真的没想到,男二太惨了,我哭了整整一集。现在在追一部日本的职场剧,讲一个设计师在广告公司的故事,里面的 PM 天天被老板骂,看得我很有代入感,哈哈。你最近有没有什么好看的推荐?周末想找一部轻松点的。

还有,听说你们公司楼下新开了一家 brunch 店?下次我去你们那边开会的时候一起去试试,egg benedict 我请。Weather 转凉了,记得多穿点衣服,最近流感也挺多的,我们 office 这周已经倒下了三个人,我每天出门都戴口罩,顺便还能挡一挡早上素颜的尴尬。

Cheers,
Priya
"""))

# =====================================================================================
# HARD NEGATIVES
# =====================================================================================

# ---------------- backchannel-like ----------------
add(C([], "zh", "hard negative: constructive internal discussion of the client CIO's anxiety, with a plan to meet him in person",
      HAN, [LINHAO, SHAO], "刘总最近比较急,我们主动一点", """
浩子、一凡:

这两周刘总在会上明显比较急,主要是集团年底要开经销商大会,他担心DMS的新报表赶不出来。说实话他的压力我们能理解,报表这块我们前面确实排得比较靠后。

我的想法:
1. 周四我和浩子去一趟华驰总部,当面跟刘总过一遍报表排期,带上能演示的半成品;
2. 一凡把报表的字段口径整理成一页纸,让他能直接拿去跟集团汇报;
3. 以后每周五给他发一封简短的进度邮件,不用等他来问。

大家有别的想法随时说。

韩雪
"""))

add(C([], "en", "hard negative: internal praise of the client's data team (no disparagement)",
      PRIYA, [TOM], "Shout-out to SwiftDrive ops", """
Tom,

Quick one: SwiftDrive's ops team cleaned up all 12,000 vehicle records in two days, including the odometer readings we flagged last week. Honestly that's better data hygiene than we manage on our own test sets.

Alan's team shared their cleaning checklist with me. I think we should borrow it for the next rental onboarding and credit them in the project retro.

P.
"""))

add(C([], "zh", "hard negative: PM criticises her own team and herself for a missed regression test (no client disparagement)",
      DU, [WANGKE, HEHAN, CHENJIE], "物业费重复扣款问题 内部复盘", """
各位,

昨天业主App物业费重复扣款的问题,我先把话说在前面:这次责任完全在我们自己。

1. 支付回调的幂等校验在10月的重构里被删掉了,代码评审没有发现;
2. 回归用例里根本没有“回调重复到达”这个场景,测试计划是我批的,是我没盯住;
3. 发布前的灰度只放了一个小区,而且是在夜里,样本太小。

接下来:王珂今天把幂等校验补回去并加单测;贺晗补三条回调异常的回归用例;陈杰写退款脚本,今晚对账后统一退给业主。我下午去悦庭当面向吴经理说明情况、道歉。

这种问题不能再有第二次。

晓岚
"""))

add(C([], "en", "hard negative: PM owns her own mistake to the client and says it was not their team's fault",
      DANIEL, [GRACE], "Correction: cut-over window for the auto-loan module", """
Dear Grace,

I need to correct my email from yesterday. I wrote that the cut-over would start at 22:00 on Saturday; the window we agreed with your operations team is 23:30. That was my error, not your team's. Your schedule was right all along.

I've updated the run-book (attached) and sent the corrected calendar invite. Apologies for the confusion, and thank you to your ops colleagues for catching it so quickly.

Best regards,
Daniel Wu
"""))

add(C([], "zh", "hard negative: venting about a third-party map SDK, not the client",
      SHAO, [WANGKE], "这个地图SDK真是坑", """
珂珂,

吐槽一下某图的SDK:文档写着返回WGS84坐标,实际返回的是GCJ02,门店定位全偏了三四百米,我查了一下午才发现。而且错误码表里一半的码根本没写含义,客服回复“以实际返回为准”,相当于没说。

还好客户那边还没上生产。我已经在转换层加了坐标纠偏,明天你帮我在测试环境抽十家门店核对一下位置。

一凡
"""))

add(C([], "mixed", "hard negative: venting about traffic and apologising for being late; recap stays on topic",
      LU, [SUNZQ], "今天迟到抱歉 + 会议纪要", """
孙总,

今天早高峰内环堵成了停车场,导航一路红到底,结果迟到了 20 分钟,实在抱歉 🙏

会上定的三件事我整理如下:
1. 工单派工看板下周一推到全部 12 家店;
2. 配件缺货预警的 SMS 通知改为发给店内配件主管;
3. 月底培训的 slides 周四前发您 review。

有遗漏的话您直接回邮件告诉我。

子涵
"""))

add(C([], "zh", "hard negative: the client's harsh words (垃圾, 骂) only in the quote, PM replies politely with a plan",
      ZHENG, [WUJING], "Re: 物业费又算错了", """
吴经理:

非常抱歉给您和物业前台带来这么大的麻烦。

我们已经查到原因:本月的公摊面积系数在后台被重复乘了一次,影响了3号楼和5号楼共214户。处理安排如下:

1. 今天18:00前修正计费规则,重新生成这两栋楼的账单;
2. 已多收的业主,系统明天自动冲抵下月物业费,也可以按您的意见原路退回;
3. 我们准备了一段给业主的说明文字,附在后面,您看是否合适。

今晚我会在现场值守,有任何情况随时打我电话。

郑可欣
""", quote="""
郑经理,

你们这个系统简直是垃圾!物业费又算错了,业主都骂到物业前台了!!到底还能不能用?今天必须给我个说法!

吴静
""", quote_from=WUJING, quote_style="foxmail"))

add(C([], "zh", "hard negative: a colleague nicknamed 二哈 is praised; banter with self-deprecation (我这脑子) aimed at the PM herself",
      DU, [HEHAN], "二哈辛苦了", """
二哈,

这轮回归你测得真细,连门禁卡过期那天零点的边界都覆盖到了,吴经理在评审会上专门点名表扬。

另外我这脑子,昨天把下周的评审会议室又订错了,订成了上个月的日期。麻烦你帮我看一下周三下午哪间空着,我重新订。

晚上请你喝奶茶。

晓岚
"""))

add(C([], "zh", "hard negative: internal mail quoting the client's criticism (挤牙膏) and agreeing it is fair",
      HAN, [LINHAO, WANGKE], "王总说我们“做事像挤牙膏”", """
各位,

今天例会上王总说我们“做事像挤牙膏”,推一下动一下。我回来想了想,他说得没错:押金退款、门店排班、验车App这三个事,最近都是他催了我们才给进度。

从下周起我们改一下:
1. 每天下班前我在项目群里发当天进展,不等他问;
2. 有风险当天报,不要等到周会;
3. 周五给王总发一页纸周报,附下周计划。

大家有意见今晚提,明天开始执行。

韩雪
"""))

add(C([], "zh", "hard negative: traditional Chinese internal note taking the HK client director's worry seriously, plan to meet him",
      KELLY, [SUNNY], "陳生對上線時間的擔心", """
Sunny,

今日陳生在電話裡面好緊張,主要係擔心新盤開售前經紀 App 未上線,前線同事要用回舊系統。佢的擔心合理,我們上次延期確實影響了佢們的部署。

我的建議:
一、下週一我們一齊上港豐,當面同陳生過一次上線計劃同後備方案;
二、你整理一份「新盤開售當日」的支援安排,包括駐場同事同熱線;
三、每日下午五點發一個簡短進度俾佢。

你睇下有冇補充。

Kelly
""", trad=True))

add(C([], "en", "hard negative: internal debrief admitting the client director has a point about our slips",
      TOM, [PRIYA], "Debrief: call with Alan", """
Priya,

Alan was clearly frustrated on the call today, and honestly, he has a point. We've slipped the damage-inspection release twice, and both times he heard about it from us on the day.

What I'd like to do:
- send him a revised plan with one date per milestone by Wednesday;
- flag any risk to him the same day we see it, not at the weekly;
- offer a 30-minute walkthrough with his branch leads before the next release.

Can you pull together the test status so the plan is realistic? I don't want to miss a third time.

Tom
"""))

add(C([], "mixed", "hard negative: banter praising a colleague (服了你了 as praise); no client disparagement",
      MENG, [CHENJIE], "服了你了 阿杰", """
阿杰,

服了你了,凌晨三点把 DMS 的 hotfix 打完还顺手把 monitoring dashboard 补齐了 🙏 早上赵科长一上班就说库存同步正常了,还让我们转达谢谢。

今天下午给你调休半天,别硬撑。下周 retro 我会把这次的处理过程作为 best practice 讲一下。

婷
"""))

add(C([], "zh", "hard negative: PM answers a colleague's quoted complaint about the client constructively",
      ZHOU, [LINHAO], "Re: 这客户一天改三次需求", """
浩子,

理解你的感受,一天改三次确实让人很累。不过我看了一下这几次改动,基本都是售后和销售两个部门各提各的,说明他们内部还没对齐,不是成心为难我们。

我打算明天约刘总和孙总一起开个短会,请他们指定一个需求唯一对接人,改动统一走变更单。你把这周的改动整理成一张表,明天会上用。

辛苦了,晚上早点休息。

启明
""", quote="""
启明哥,

这客户真的太难搞了,一天改三次需求,上午说要按车型分组,下午又说按门店,晚上又来一个按顾问。我快疯了。

浩子
""", quote_from=LINHAO, quote_style="gt_zh"))

add(C([], "en", "hard negative: internal note with the client deliberately in Cc, taking her latency concern seriously",
      DANIEL, [MAGGIE], "Score latency - Grace's concern", """
Maggie,

Grace raised a fair point in this morning's meeting: the pre-approval score took over 900 ms for a third of the test calls, and dealers will notice that at the counter. I'm copying her so she can see our plan directly.

1. You profile the scoring service today and share the slowest calls by tomorrow noon.
2. We add a cache for the dealer lookup, which we think is most of the delay.
3. We re-run the latency test on Thursday and send Grace the results the same day.

Grace, if anything here doesn't match what your team saw, please let us know.

Daniel
""", cc=[GRACE]))

# ---------------- refusal-like ----------------
add(C([], "zh", "hard negative: 暂不纳入本期 with CR number, review date and interim workaround",
      MENG, [ZHAOMIN], "Re: 试驾预约支持多车型同时预约", """
赵科长:

这个需求暂不纳入本期范围。我们已经登记为变更单 CR-HC-2026-031,11月20日的变更评审会上评估工作量和排期,评审当天下班前给您书面答复。

过渡期间,门店可以先为同一位客户分别创建两条预约,我们这周在预约详情里加一个“关联预约”备注,方便顾问一眼看到。

孟婷
""", quote="""
孟经理,

不少客户到店想一次试驾两款车,能不能在预约页面支持同时选两个车型?

赵敏
""", quote_from=ZHAOMIN))

add(C([], "en", "hard negative: can't deliver the full module by the date, but two concrete alternatives and the client chooses",
      TOM, [ALAN], "Telematics module - Dec 1 options", """
Hi Alan,

I've gone through the estimate with the team. We can't deliver the full telematics module by 1 December without cutting testing, which I don't want to do on a feature that touches billing.

Two options:
A) 1 December: live GPS position and geofence alerts; 15 January: fuel level and harsh-braking events.
B) Everything together on 8 January, fully tested.

Either works for us. Let me know which suits your branch rollout and I'll update the plan the same day.

Best,
Tom
""", quote="""
Tom,

Board wants the full telematics module live on 1 December, no excuses this time. Can your team commit?

Alan
""", quote_from=ALAN, quote_style="outlook"))

add(C([], "zh", "hard negative: escalation to the delivery director with a callback time",
      SONG, [LIUZ], "Re: 二期报价折扣", """
刘总:

您提到的二期整体再让8个点,超出了我这边的审批权限,我不方便直接答复。

我已经把您的诉求和集团明年的门店扩张计划一起转给了我们交付中心总监罗兰,她明天上午十点前给您回电,当面和您沟通。

宋佳
""", cc=[LUOLAN], quote="""
宋经理,

二期报价我们看过了,还是贵。你们到底有没有诚意?整体再让8个点,不然我们只能考虑别家了。

刘建国
""", quote_from=LIUZ, quote_style="outlook_zh"))

add(C([], "zh", "hard negative: direct DB edits not supported, but a concrete alternative with a time",
      FENG, [WUJING], "Re: 能否直接改数据库里的房屋面积", """
吴经理:

直接改数据库底层表这个方式我们不建议,也不支持,主要是会绕过审计日志,后面对账说不清楚。

可以换个方式:在后台“房屋档案”里开放面积字段的编辑权限给贵司两位指定管理员,每次修改自动留痕。配置方案我今天下午发您,明天就能上。

冯博
""", quote="""
冯经理,

有几户的建筑面积录错了,能不能让我们的IT直接改数据库?后台改太麻烦了。

吴静
""", quote_from=WUJING))

add(C([], "mixed", "hard negative: 'No-show' as a business term, not a refusal",
      ETHAN, [DEREK], "No-show handling is live", """
Derek,

No-show 订单的自动处理今天上线了:预约取车时间过后 2 小时仍未到店,系统自动取消订单、释放车辆,并按你们的规则扣除首日租金。

门店端会在 dashboard 上看到 "No-show" 标签,本周数据我周五发你 review。

Ethan
"""))

add(C([], "zh", "hard negative: 拒绝连接 / Connection refused as a technical root cause",
      SHAO, [ZHAOMIN], "今天上午DMS同步失败的原因", """
赵科长:

今天上午9:12到10:40的DMS库存同步失败,原因已经定位:

贵方防火墙策略在9:10做了更新,我方网关访问贵方库存服务的8443端口时被拒绝连接(Connection refused),所以同步任务全部超时。10:38贵方网络组恢复白名单后,同步已自动补跑完成,数据核对无差异。

建议后续防火墙变更前在项目群里提前通知一声,我们这边可以先暂停同步任务。

邵一凡
"""))

add(C([], "zh", "hard negative: 不可能 as a technical guarantee (unique constraint), not a refusal",
      ZHOU, [LIUZ], "关于车架号重复入库的担心", """
刘总:

关于您昨天担心的“同一辆车被两家门店重复入库”:新版DMS在车辆表上对车架号加了唯一约束,第二次入库在数据库层面就会被挡下来,不可能出现两条记录。

门店端会看到提示“该车架号已在XX店入库”,并可以一键发起调拨。明天上午我在测试环境给您演示一下。

周启明
"""))

add(C([], "zh", "hard negative: negation 并不是做不了 with a concrete reply date",
      HAN, [WANGHF], "Re: 还车自动扣ETC费用", """
王总:

这个需求并不是做不了,而是要先跟ETC服务商确认我们有没有查询通行记录的接口权限,权限不同,做法和工期差别很大。

我已经发函给服务商,周三下班前给您答复可行方案和工期。

韩雪
""", quote="""
韩经理,

客户还车的时候能不能自动把租期内的ETC通行费一起扣了?现在门店手工核对太麻烦。

王海峰
""", quote_from=WANGHF))

add(C([], "en", "hard negative: \"I'm not saying no\" with a check and a reply date",
      PRIYA, [WINNIE], "Re: 20 extra agent licences", """
Hi Winnie,

I'm not saying no to the extra 20 agent licences for the new Tsuen Wan branch. I need to check two things first: whether our current licence tier covers them, and whether the map module's vendor charges per seat.

I'll come back to you by Wednesday 18 November with a yes and a price, or with options.

Thanks,
Priya
"""))

add(C([], "zh", "hard negative: traditional Chinese buffered refusal with CR number, review date and interim workaround; client's rough words only in quote",
      LEUNG, [KENNETH], "回覆:業主網上簽署租約", """
陳生:

多謝您的意見。業主網上簽署租約涉及電子簽署認證同法律條款,今期暫時未能加入。我們已記錄為變更申請 CR-HK-027,十二月四日評估會後會以書面回覆時間表同報價。

過渡期間,系統可以先產生已預填資料的 PDF 租約,經紀列印後交業主簽署,再掃描上載,流程上可以節省一半時間。

梁志豪
""", quote="""
志豪:

搞乜鬼?其他代理行已經可以網上簽約,你們仲要業主親身過來?今期一定要加!

陳國豪
""", quote_from=KENNETH, trad=True, quote_style="outlook_zh"))

add(C([], "en", "hard negative: 'hard no' on a date with a reason and two alternative windows; client chooses",
      DANIEL, [GRACE], "Cut-over on Saturday 21 Nov", """
Dear Grace,

Saturday 21 November is a hard no for the cut-over, I'm afraid: the bank's clearing window closes at 18:00 that day and we'd have no way to roll back the loan postings if something went wrong.

Two windows that do work:
1. Sunday 22 November, 02:00-06:00;
2. Saturday 28 November, 22:00-02:00.

Your call. Once you confirm, I'll send the run-book within a day.

Best regards,
Daniel
""", quote="""
Daniel,

Our operations head would like the auto-loan cut-over on Saturday 21 November, during the day if possible. Please confirm.

Grace
""", quote_from=GRACE, quote_style="gt"))

add(C([], "zh", "hard negative: 不接受 as an API validation term",
      ZHOU, [MAXIAO], "门禁接口参数校验说明", """
马工:

补充一下门禁接口的参数约定:

1. 接口不接受空的小区编码,传空会直接返回 400;
2. 卡号必须是10位数字,前导零不能省;
3. 有效期字段按 UTC+8 处理。

建议贵方在调用前先做一次本地校验,这样出错时能更快定位。文档已更新到 v1.4,放在共享目录。

周启明
"""))

add(C([], "mixed", "hard negative: budget locked this month, but put on the Q1 roadmap with a ticket and a steering date",
      LU, [KEVIN], "Re: 车主 App 积分商城", """
Kevin,

Unfortunately 这个月的 budget 已经锁了,积分商城没法插进 11 月的 sprint。

我已经帮你放进 Q1 roadmap,ticket 是 PRJ-442,12 月 5 日的 steering committee 上会讨论优先级,会后当天我把结论发你。在那之前,如果市场部想先做活动,可以用现有的优惠券功能顶一下,配置我可以帮你们搭。

子涵
"""))

add(C([], "zh", "hard negative: 公文-style 本期不予实施 but with reasons, an alternative and a change-request window",
      LUOLAN, [QIANLI], "关于车贷审批结果推送需求的评估结论", """
钱处长:

贵行11月3日来函收悉,现将评估结论函告如下:

一、经评估,“审批结果实时推送至经销商DMS”本期不予实施。主要原因是各经销商DMS厂商不一,接口认证方式需逐一对接,本期工期无法覆盖。
二、替代方案:本期在经销商门户提供审批结果查询及每15分钟一次的批量推送,可覆盖约九成场景。
三、如贵行仍需实时推送,请于11月25日前提交变更申请,我方将在收到后5个工作日内给出工作量及排期评估。

如有疑问,可随时与我或项目经理冯博联系。

罗兰
交付中心 总监
"""))

# ---------------- other hard negatives ----------------
add(C([], "zh", "hard negative: firm but polite statement of contract facts, with an offer to quote",
      HAN, [WANGHF], "关于历史数据迁移范围", """
王总:

关于历史数据迁移范围,跟您确认一下合同约定:附件二第4条写的是“迁移2020年1月1日以后的会员及订单数据”。2015年至2019年的数据不在本次范围内。

考虑到市场部要做老客召回,如果需要把这部分也迁过来,我们可以单独出一份报价和工期,本周五前发给您参考。

韩雪
""", quote="""
韩经理,

迁移范围我记得是全部历史数据啊,怎么测试环境里只有2020年以后的?你们是不是漏了?

王海峰
""", quote_from=WANGHF, quote_style="outlook_zh"))

add(C([], "en", "hard negative: recommendation with the choice explicitly left to the client",
      PRIYA, [ALAN], "Booking sync: batch or real-time", """
Hi Alan,

On the booking sync with your partner travel sites, here's where we landed:

Option A, real-time via webhooks: bookings appear within seconds, but it depends on each partner's webhook reliability and adds monitoring work for your IT team.
Option B, nightly batch plus hourly top-ups: simpler and cheaper to run, with up to an hour's delay.

We'd lean towards B for the first release, mainly because two of the partners don't yet support webhooks. But both are fine for us, and you know your counter operations better than we do. Let us know which you prefer and we'll plan around it.

Best,
Priya
"""))

add(C([], "zh", "hard negative: risky motto (没有不可能) and a disclaimer only in the signature",
      ZHENG, [WUJING], "业主App 11月迭代上线通知", """
吴经理:

业主App 11月迭代定于本周四22:00上线,预计停机30分钟。本次包含:报修加急标签、支付宝缴纳物业费、公告置顶。

上线公告文案已放在附件,麻烦您周三前确认,我们周四下午推送给业主。

谢谢!

--
郑可欣 | 项目经理
座右铭:没有不可能,只有不够努力
本邮件仅供指定收件人使用,未经许可不得转发。
"""))

add(C([], "zh", "hard negative: long, focused root-cause analysis of a DMS parts-inventory sync delay",
      SHAO, [LIUZ], "配件库存同步延迟 根因分析与整改", """
刘总、赵科长:

上周三至周五配件库存同步延迟的根因分析如下。

一、现象
11月4日至6日,门店DMS的配件库存与集团中心库之间出现延迟,最长达到47分钟,期间有3家门店出现“系统显示有货、实际缺货”的情况,影响了6张维修工单的派工。

二、根因
1. 集团中心库在11月3日上线了新的批次管理功能,每条出入库记录多了批次号和效期字段,单条消息体积从约1KB增加到约4KB;
2. 我方同步服务的消息队列按原来的消息体积配置了单批500条的拉取上限,体积增大后单批处理耗时从2秒增加到9秒;
3. 门店早高峰集中开单时,积压的消息无法在一个周期内消化,延迟逐步累积。

三、已采取的措施
1. 11月7日已将单批拉取上限调整为200条,并把消费者实例从2个扩到4个,当天最大延迟降到40秒以内;
2. 对库存数量变化的消息改为优先处理,批次信息的补充同步放到低优先级队列;
3. 增加延迟监控,超过2分钟自动告警到我方值班手机和项目群。

四、后续计划
1. 11月12日前完成压测,模拟门店早高峰3倍流量,目标延迟不超过1分钟;
2. 11月15日前与集团中心库约定:今后接口字段变更提前一周通知,双方在测试环境联调后再上线;
3. 受影响的6张工单,我们已协助门店逐一核对,配件已全部到位。

五、结论
本次延迟的直接原因是我方同步服务的容量配置没有跟上上游数据结构的变化,我们在变更感知和容量评估上有疏漏。整改项完成后我会再发一份验证报告,包括压测数据、告警演练记录和与中心库确认的变更通知流程,供您和集团信息部存档。

如需当面沟通,本周任何时间我都可以过去。

邵一凡
"""))

add(C([], "en", "hard negative: long, focused UAT plan (400+ words) that stays on topic",
      TOM, [ALAN], "UAT plan - damage inspection & check-in release", """
Hi Alan,

Here is the UAT plan for the damage inspection and check-in release, so your branch leads can book their time.

Scope
The release covers four areas: the new check-in flow at the counter, damage photo capture on the tablets, the damage report PDF sent to customers, and the deposit release after return. Loyalty points and the partner booking sync are not part of this round.

Dates
UAT runs from Monday 16 November to Friday 27 November. The first week is for functional testing at two pilot branches, Kowloon Bay and Tsim Sha Tsui. The second week is a dress rehearsal at all six branches using real bookings in parallel with the current process.

People
We'd like one counter supervisor and one fleet inspector from each pilot branch for about two hours a day in week one, and one person per branch for the rehearsal in week two. From our side, Priya coordinates the test cases, two testers sit with your staff on site, and I run a daily 15-minute check-in at 17:30.

Test cases
There are 64 cases, grouped by area. Each has a clear pass condition, for example "damage photos appear in the customer PDF within two minutes of check-in". Your staff mark each case pass, fail or blocked in the shared sheet; anything failed gets a defect number within the hour.

Defects and exit criteria
Severity 1 defects (a booking or a deposit cannot be completed) are fixed within one working day. Severity 2 defects are fixed within the UAT window. We propose to exit UAT when all severity 1 and 2 defects are closed, at least 95% of cases pass, and each pilot branch lead signs the acceptance form.

Data and devices
We'll use a copy of production bookings with customer names and phone numbers masked. All six tablets need the 3.2 app build; our testers will install it on Monday morning before 09:00.

Risks
The main risk is staff availability in the second week, which overlaps with the start of the holiday rush. If that becomes a problem, we can shorten the rehearsal to three branches and run the remaining three in the first week of December.

Sign-off
Once the exit criteria are met, we'll send you the UAT summary for sign-off, and we'd then schedule the production release for the following Tuesday night.

Could you let me know by Thursday which staff will join from each branch? Happy to walk your team through the plan on a short call.

Best,
Tom
"""))

add(C([], "zh", "hard negative: long, focused data migration plan for the property management system",
      DU, [WUJING], "悦庭物业 旧系统数据迁移方案(初稿)", """
吴经理:

旧物业系统到新平台的数据迁移方案初稿如下,请您和马工审阅。

一、迁移范围
1. 房屋档案:12个小区共8,436户,含面积、产权人、入住状态;
2. 业主与住户信息:约2.3万条,手机号与身份证号加密迁移;
3. 物业费台账:2021年1月以后的应收、实收及欠费记录;
4. 报修工单:近两年的工单及处理记录,附件图片单独迁移;
5. 门禁卡信息:卡号、绑定房屋及有效期。

二、迁移步骤
1. 第一轮(11月16日—18日):全量导出旧系统数据,在测试环境导入,双方核对记录数和金额;
2. 第二轮(11月23日—25日):修正第一轮发现的问题后再次全量迁移,由贵司各小区管家抽查本小区数据;
3. 正式割接(11月28日晚):旧系统停止录入,导出增量数据,导入新平台后开放使用。

三、核对口径
1. 户数、人数按小区逐一比对;
2. 物业费按小区汇总应收、实收、欠费三项,差额为零方可通过;
3. 工单按月份比对数量,并随机抽查50张核对内容和图片。

四、需要贵司配合的事项
1. 11月13日前提供旧系统数据库的只读账号;
2. 每个小区指定一位管家参与第二轮抽查;
3. 确认割接当晚前台暂停收费的时间段,以及业主通知的发送时间。

五、风险与应对
1. 旧系统里有约300户产权人信息不完整,迁移时会标记为“待补充”,不影响收费,上线后由管家逐步补齐;
2. 历史欠费中有部分为人工减免后未在系统冲销,我们会单独列出清单,请财务确认后再处理;
3. 如割接当晚核对不通过,旧系统继续使用,次日重新安排,不影响业主缴费。

六、回退方案
割接当晚保留旧系统完整备份及只读访问,新平台上线后一周内如发现重大数据问题,可按小区回退至旧系统继续收费,差异数据由我方人工补录。

请您在11月12日前反馈意见,我们据此出正式版。

杜晓岚
"""))

add(C([], "en", "hard negative: the client's angry words only in the quote; polite, factual reply with timeline",
      ETHAN, [DEREK], "RE: Booking outage this morning", """
Hi Derek,

I'm sorry about this morning. Your counters couldn't take walk-in bookings for 38 minutes, and I understand how bad that looks to customers in the queue.

What happened: at 08:05 a certificate on our payment gateway expired. Our renewal job had failed silently last week and our monitoring didn't check certificate expiry. We replaced the certificate at 08:43 and all bookings since then have gone through normally.

What we're changing:
- certificate expiry is now monitored, with alerts 30 days, 7 days and 1 day ahead;
- the renewal job now pages the on-call engineer if it fails;
- I'll send you the full incident report by Thursday.

If any customers were double-charged while staff retried, send me the booking numbers and we'll reverse them today.

Ethan
""", quote="""
Ethan,

This is a joke. Third outage this month and my counters are turning customers away. Are you guys even testing anything before you push it?

Derek
""", quote_from=DEREK, quote_style="outlook"))

add(C([], "zh", "hard negative: 按我们的经验 / 相信我们的团队 as a recommendation while the bank keeps the decision",
      FENG, [QIANLI], "车贷系统推广方式建议", """
钱处长:

关于车贷系统在各支行的推广方式,按我们的经验,建议先选两家业务量中等的支行试点两周,再全行推开。试点期间问题集中、好处理,也便于贵行总结培训材料。

当然,如果贵行希望年底前全行一次上线,我们也可以支持,只是需要贵行各支行在12月第一周安排好驻点人员。两种方式的工作安排我都附在后面,请贵行根据业务节奏决定。相信我们的团队,无论哪种方式都会全力保障。

冯博
"""))

add(C([], "zh", "hard negative: 并不是贵司的问题 — the PM takes the blame for a deposit refund delay",
      HAN, [WANGHF], "Re: 押金退款又延迟了", """
王总:

先说结论:这次押金退款延迟并不是贵司财务的问题,是我们对账脚本在处理跨零点的订单时把日期算错了,导致11月8日还车的137笔押金被推到了第二天的批次。

今天上午已经修复并补跑,137笔退款已全部发起,预计24小时内到账。我们会给受影响的客户发短信说明原因,文案附后请您过目。

给您和门店添麻烦了,抱歉。

韩雪
""", quote="""
韩经理,

押金退款又延迟了,客户在门店吵,门店说是我们财务没审批,财务说早批了。到底是哪个环节的问题?

王海峰
""", quote_from=WANGHF, quote_style="foxmail"))

add(C([], "mixed", "hard negative: long, focused mixed-language weekly report that stays on topic",
      LU, [KEVIN], "华驰 CRM Weekly Report - W45", """
Kevin,

W45 的 weekly report 如下,请查收。

【Overall】
整体状态 green。Lead 分配、试驾预约、回访三个模块按计划推进,W47 UAT 的时间不变。

【Done this week】
1. Lead routing:门店 + 车型两层规则已上线 staging,12 家门店的顾问名单已导入,抽查 200 条分配结果全部正确;
2. Test drive booking:支持客户在小程序选择门店和时段,门店端可以确认、改期、取消,短信提醒 template 已通过审核;
3. 回访任务:交车后第 3 天和第 30 天自动生成回访任务,顾问在 App 里直接记录结果;
4. 数据迁移:老 CRM 的 4.8 万条客户档案完成第一轮迁移,重复率 2.1%,合并规则已经和你们的客服组确认。

【Next week】
1. 试驾预约与 DMS 的车辆状态打通,避免预约到已售车辆;
2. 回访报表:按门店、顾问统计回访完成率和满意度;
3. 第二轮数据迁移,重点处理手机号为空的 1,300 条记录。

【Risks & Issues】
1. DMS 车辆状态接口的 test account 还没开通,如果周三前拿不到,联调会顺延两天,需要你们 IT 协助催一下;
2. 短信通道在晚上 9 点后有频控,回访提醒的发送时间建议调整到白天,需要你们确认。

【Decisions needed】
1. 回访满意度用 5 分制还是 10 分制;
2. 重复客户合并时,以最近一次到店的门店为归属门店,是否 OK。

有问题随时 ping 我。

子涵
"""))

add(C([], "mixed", "hard negative: technical imperative 'You must restart' in patch instructions",
      DANIEL, [DEREK], "Patch 3.1.4 for the branch sync agent", """
Hi Derek,

Patch 3.1.4 for the branch sync agent is ready; it fixes the duplicate return records you reported on Monday.

安装步骤:
1. Stop the sync agent from the Windows service panel;
2. 运行 patch installer,约 2 分钟;
3. You must restart the sync agent afterwards, 否则新的 de-dup 规则不会生效;
4. 在 dashboard 上确认版本号显示为 3.1.4。

建议在晚上 10 点后门店关门时操作。如果哪家 branch 需要我们远程协助,回复这封邮件告诉我时间即可。

Daniel
"""))

add(C([], "zh", "hard negative: long, polite traditional-Chinese progress and UAT arrangement that stays on topic",
      LEUNG, [WINNIE], "經紀App 用戶驗收安排", """
何小姐:

您好!經紀 App 第一期已完成內部測試,現將用戶驗收(UAT)安排整理如下,請參閱。

一、驗收範圍
1. 樓盤搜尋及篩選(區域、售價、實用面積、樓齡);
2. 睇樓預約及客戶跟進紀錄;
3. 成交登記及佣金預計;
4. 相片及平面圖上載。

二、時間安排
1. 第一週(11月16日至20日):銅鑼灣及旺角兩間分行試用,每日下午四時至五時集中回報問題;
2. 第二週(11月23日至27日):全部八間分行試用,與現有流程並行;
3. 11月30日:整理驗收結果,提交 貴司簽署。

三、需要 貴司協助
1. 每間試點分行安排兩位經紀及一位分行經理參與;
2. 提供二十個測試用樓盤資料,包括相片及平面圖;
3. 確認佣金預計的計算規則是否與現行人手計算一致。

四、問題處理
所有問題會統一記錄在共享表格,嚴重問題(無法登記成交或佣金計錯)會於一個工作天內修正,其他問題於驗收期內修正。

如 貴司對時間安排有任何意見,歡迎於本週五前回覆,我們會相應調整。

梁志豪
項目經理
""", trad=True))

random.Random(3838).shuffle(CASES)
