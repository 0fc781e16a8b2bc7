# heldout43 -- blind test set, written by an independent helper from the labelling guide
# (/work/shared/drafts/README.md) and the seed article only. Test set: never train or tune on it.
# Domain emphasis: construction and infrastructure (site management platform, inspection drones,
# smart buildings); clients are a general contractor (client-a), a developer (client-b) and a bank
# building its new headquarters (bank-c). Order shuffled with random.Random(4343).
import random

# ---- our team -------------------------------------------------------------------------------
ZTJ = "赵铁军 <zhao.tiejun@ourteam.example.com>"      # senior PM, ex-site foreman, blunt
SDW = "孙大伟 <sun.dawei@ourteam.example.com>"        # PM, ex-safety officer, chatty, blunt
OYJ = "欧阳静 <ouyang.jing@ourteam.example.com>"      # PM, very formal (official-letter style)
CM = "陈默 <chen.mo@ourteam.example.com>"             # junior PM
HJG = "何建国 <he.jianguo@ourteam.example.com>"       # delivery director, formal, old school
LXY = "林小雨 <lin.xiaoyu@ourteam.example.com>"       # junior PM, cheerful
XT = "谢婷 <xie.ting@ourteam.example.com>"            # PM, code-switches
HZQ = "黄志强 <huang.zhiqiang@ourteam.example.com>"   # account manager
LJH = "梁家豪 <liang.jiahao@ourteam.example.com>"     # PM, writes traditional Chinese
CPJ = "蔡佩君 <cai.peijun@ourteam.example.com>"       # PM, Taiwan office, traditional Chinese
DF = "Derek Foster <derek.foster@ourteam.example.com>"  # site delivery lead, ex-superintendent
PN = "Priya Nair <priya.nair@ourteam.example.com>"      # senior PM, very formal
ZH = "周宏 <zhou.hong@ourteam.example.com>"           # drone crew lead
ML = "马丽 <ma.li@ourteam.example.com>"               # software dev lead
GMM = "郭明明 <guo.mingming@ourteam.example.com>"     # BIM engineer

# ---- clients --------------------------------------------------------------------------------
LZH = "刘振华 <liu.zhenhua@client-a.example.cn>"      # GC project manager (刘总)
QW = "钱伟 <qian.wei@client-a.example.cn>"            # GC safety director
DCS = "杜春生 <du.chunsheng@client-a.example.cn>"     # GC chief engineer (杜工)
FX = "方晓 <fang.xiao@client-a.example.cn>"           # GC document controller
ME = "Mark Ellison <mark.ellison@client-b.example.com>"  # development director
GT = "Grace Tan <grace.tan@client-b.example.com>"        # asset manager
KH = "Kevin Ho <kevin.ho@client-b.example.com>"          # site / IT coordinator
SYQ = "宋雅琪 <song.yaqi@client-b.example.com>"          # Shanghai project lead
CJL = "陳建霖 <chen.jianlin@client-b.example.com>"       # Taiwan project manager
ZGD = "郑国栋 <zheng.guodong@bank-c.example.cn>"      # head of the bank's construction office
XW = "许文 <xu.wen@bank-c.example.cn>"                # facilities section chief
XW_T = "許文 <xu.wen@bank-c.example.cn>"
BX = "白雪 <bai.xue@bank-c.example.cn>"               # procurement


def c(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("quote", None)
    kw.setdefault("trad", False)
    if kw["quote"] and "quote_from" not in kw:
        kw["quote_from"] = kw["to"][0]
    return kw


POS = [
# ============================== argue ==============================
c(expect=["argue"], lang="zh",
  why="argue: blames the client's site crew and lectures the GC manager ('先把自己现场管明白再来找我们'), rhetorical question",
  sender=ZTJ, to=[LZH], cc=[DCS], subject="Re: 塔吊防碰撞系统频繁误报",
  body="""刘总:

误报的事我说两句.

上周五下午在项目部板房,我当着您、杜工还有两个塔吊司机的面,把传感器位置、风速阈值、回转半径一条一条过了一遍,您在确认单上签的字现在还在我抽屉里.那天讲得清清楚楚:风速仪必须装在塔帽最高点,不能有遮挡.

今天早上我让人爬上去看了,5号塔吊的风速仪被挪到了驾驶室顶上,旁边还挂着两件工作服在晾.3号那台的角度编码器线被割了一截,拿电工胶布缠上的.

这种情况报警不响才怪.您真觉得这是我们系统的毛病?

麻烦您先把自己现场管明白,再来找我们要说法.人我今天下午还是会派过去把设备复位,但下不为例.

赵铁军
智慧工地事业部 项目经理
138-0000-1203""",
  quote="""赵经理:
3号、5号塔吊这两天防碰撞报警响了二十多次,司机都不敢干活了.请你们尽快派人来看看是不是系统有问题.
刘振华"""),

c(expect=["argue"], lang="en",
  why="argue: sarcastic lecturing ('Red. Page 4.', 'opened the PDF before forwarding it to legal')",
  sender=DF, to=[ME], subject="Re: Thermal survey report - east facade",
  body="""Mark,

I'll keep this short, since the long versions don't seem to be landing.

The moisture ingress points are the red polygons. Page 4, page 7, page 11. There is a legend in the bottom left corner of every sheet that says, in plain English, "suspected moisture ingress". It has been there since the first issue on 3 November.

If someone on your side had opened the PDF before forwarding it to legal, we would all have saved a week and about six emails. I'm not re-issuing the same report with bigger arrows.

Derek""",
  quote="""Derek,

Our legal team has reviewed the thermal survey and can't find where the moisture ingress points are identified. Can you clarify before we take this to the contractor?

Thanks,
Mark"""),

c(expect=["argue"], lang="zh",
  why="argue: formal official-letter register that blames the bank's staff and instructs the client to self-check before writing ('务请先行组织内部自查')",
  sender=OYJ, to=[ZGD], cc=[XW], subject="Re: 关于能耗监测平台数据异常的函",
  body="""郑处长：

贵处来函收悉。

经我方工程师现场逐一核查，B2层制冷机房三块多功能电表的互感器变比，于10月21日被贵行物业人员由400/5擅自改为200/5，且未按《平台运维手册》第3.2条报备。平台据此换算，读数翻倍，实属必然。

需要指出的是，互感器变比不得擅自调整一事，我方已于9月8日、9月26日、10月15日三次书面提示贵处，均未获回复（往来函件见附件）。

特此提请贵处：今后发函质询之前，务请先行组织内部自查，并对贵行物业人员切实加强管理，以免双方再为此类事项耗费精力。

此复。

欧阳静
项目经理""",
  quote="""欧阳经理：
近两周能耗平台显示B2层制冷机房用电量比上月高出40%，与物业抄表数据明显不符，请贵司核实平台数据准确性，并于本周内书面说明。

郑国栋
基建处"""),

c(expect=["argue"], lang="zh",
  why="argue: refuses blame with a scornful analogy and '这口锅我们不背', tells the client to stop treating us as the defendant",
  sender=SDW, to=[XW], subject="关于BIM碰撞检查报告的几点说明",
  body="""许科长：

昨天会上您问了好几遍“为什么碰撞点有三百多个”，当时人多我没细说，现在说清楚：

模型是贵行委托的设计院交过来的，版本号V3.2，我们一根管子都没动过。三百多个碰撞点本来就在模型里，我们的软件只是把它们找出来、编号、出报告。这就好比体检查出了毛病，您总不能回头怪体检中心吧？

所以这口锅我们不背。下次开会之前，麻烦贵行先跟设计院把内部的账对清楚，别每回都把我们拉过去当被告。

孙大伟"""),

c(expect=["argue"], lang="zh",
  why="argue: passive-aggressive sweetness, implies the client can't read the manual ('要不您有空的时候把手册再翻一翻?')",
  sender=LXY, to=[FX], subject="Re: 安全巡检APP登录不上",
  body="""方工您好～

收到啦，小雨第一时间帮您查了哦：

您的账号是上周四您自己在“我的-安全设置”里改过密码的，改完之后这两天在三台不同的手机上一共输错了十一次，所以系统按规则自动锁定了呢。这个规则在《操作手册》第一页第一行就写着的哈，培训那天我还特意念了两遍～

账号我已经帮您解锁了。要不您今天有空的时候把手册再翻一翻？这样下次就不用专门等小雨回复啦，毕竟大家都挺忙的嘛～

祝顺利！
小雨""",
  quote="""小雨：
我的APP又登录不上了，提示账号异常，今天下午要上传巡检照片，麻烦尽快处理一下。
方晓"""),

c(expect=["argue"], lang="zh",
  why="argue: string of accusatory rhetorical questions at the client ('纪要您手里应该有一份吧?', '怎么又成了我们设计缺陷?')",
  sender=HJG, to=[XW], subject="门禁与电梯联动延迟问题",
  body="""许科长：

关于电梯刷卡联动延迟三到五秒的问题，我想先请教几个问题。

9月30日的验收会议纪要，您手里应该有一份吧？第六条写的是什么？当时是哪一方坚持要把各楼层的授权下放给楼层管理员、每人每天可以随意改权限的？我们当场提示过这样会导致控制器频繁同步、出现延迟，这句话也白纸黑字写在纪要里。

现在延迟出来了，怎么又成了我们的“设计缺陷”？

我们做事从来不推卸，但也不能什么都往我们头上扣吧。

何建国
交付总监"""),

c(expect=["argue"], lang="en",
  why="argue: very formal but lecturing ('which I would respectfully suggest your team read in full', 'I trust it will be the last')",
  sender=PN, to=[GT], subject="Sensor calibration responsibilities - clause 14.2",
  body="""Dear Ms Tan,

Thank you for your email regarding the CO2 readings on levels 8 to 12.

For the avoidance of doubt, and as set out in clause 14.2 of the services agreement, which I would respectfully suggest your team read in full before raising further queries of this nature, periodic calibration of field sensors is the responsibility of the Owner's facilities management contractor, not ours.

This is now the fourth occasion on which we have had to explain this point in writing (my emails of 2 September, 19 September and 8 October refer). I trust it will be the last.

Yours sincerely,

Priya Nair
Senior Project Manager"""),

# ============================== refusal ==============================
c(expect=["refusal"], lang="zh",
  why="refusal: blunt one-liner turning the request down ('别想了,没戏'), no date, no alternative",
  sender=ZTJ, to=[QW], subject="Re: 安全帽AI识别抓拍功能",
  body="""钱总监：

下周一前上这个？别想了，没戏。

赵铁军""",
  quote="""赵经理：
下周二安监站来检查，想在APP里加一个安全帽佩戴AI识别抓拍的功能，没戴的自动拍照推送给安全员，下周一前能上吗？
钱伟"""),

c(expect=["refusal"], lang="zh",
  why="refusal: bureaucratic flat refusal ('超出合同附件二所列服务内容…无法列入。请知悉'), no review, no alternative",
  sender=OYJ, to=[ZGD], subject="关于增加老办公楼外立面无人机巡检事项的复函",
  body="""郑处长：

11月3日来函已阅。

来函所提将东区1号楼（老办公楼）外立面一并纳入无人机巡检一事，超出合同附件二所列服务内容。本项目飞手、设备及空域申报均已按原定范围配置完毕，上述事项无法列入。

请知悉。

欧阳静
项目经理"""),

c(expect=["refusal"], lang="en",
  why="refusal: 'Nope... off the table', no alternative date or escalation",
  sender=DF, to=[KH], subject="Re: BMS cutover date",
  body="""Kevin,

Nope. Lunar New Year is off the table. My crew's committed elsewhere and I'm not reshuffling the whole programme for it. Cutover stays 6 Dec.

Derek""",
  quote="""Hi Derek,

Management would prefer the BMS cutover to happen over the Lunar New Year weekend when the building is empty. Can we move it from 6 Dec?

Kevin"""),

c(expect=["refusal"], lang="zh",
  why="refusal wrapped in a friendly chatty mail ('这个咱就不弄了哈…嘿嘿'), no buffer",
  sender=LXY, to=[FX], subject="扬尘数据对接住建局平台的事～",
  body="""方工周末好呀～

这周真的辛苦您啦，听说你们项目部连着三天迎检，小雨在这边都替您捏把汗😂

您周四提的把扬尘、噪音监测数据直接推送到区住建局监管平台的事，我们这边内部碰了一下，这个咱就不弄了哈，对接起来太折腾了，嘿嘿～

其他有啥事随时喊我哦！周一见～

小雨"""),

c(expect=["refusal"], lang="zh",
  why="refusal slipped into a meeting recap ('此项不做,按原方案执行')",
  sender=HJG, to=[LZH], cc=[QW, DCS, ZTJ], subject="11月第二周项目例会纪要",
  body="""刘总、钱总监、杜工：

今天例会的要点整理如下，请各位查阅：

一、塔吊监控：5号塔吊风速仪已复位，本周误报0次。
二、劳务实名制：截至11月9日，在场工人1,146人，人脸录入完成率98.7%，剩余15人本周补录。
三、贵方提出将东门人脸识别闸机由4台增加到6台——此项不做，按原方案执行。
四、扬尘监测：2号监测点PM10读数偏高，已于周三更换切割器。
五、下次例会：11月18日（周三）上午9:30，项目部二楼会议室。

如有遗漏请回复补充。

何建国"""),

c(expect=["refusal"], lang="mixed",
  why="refusal in code-switched chat ('不加…you'll have to handle billing offline'), nothing logged, no alternative",
  sender=CM, to=[SYQ], subject="Re: Tenant 分户能耗 dashboard",
  body="""Yaqi 你好,

这个我跟 team 确认过了,不加. scope 里没有 tenant sub-metering, dashboard 上也不会出这个 view, billing 那块 you'll have to handle offline.

Sorry about that.

陈默""",
  quote="""陈默你好,
我们 leasing team 希望在 energy dashboard 上按 tenant 显示分户用电, 方便月底出账单. 这个 feature 大概什么时候可以加?

Yaqi"""),

c(expect=["refusal"], lang="zh", trad=True,
  why="refusal (traditional Chinese): polite wording but a flat no ('沒辦法配合,頻率還是維持每月一次')",
  sender=CPJ, to=[CJL], subject="Re: 無人機巡檢頻率調整",
  body="""陳經理您好：

您提到希望把巡檢頻率改成每週兩次，這部分我們這邊沒辦法配合，頻率還是維持每月一次。

謝謝。

佩君""",
  quote="""佩君你好：
颱風季快到了，我們希望屋頂與外牆的無人機巡檢從每月一次改為每週兩次，請協助安排。
陳建霖"""),

# ============================== persuade ==============================
c(expect=["persuade"], lang="zh",
  why="persuade: site-veteran authority ('我在工地上干了十五年…听我的'), tells the client to stop considering on-prem and pre-empts the contract",
  sender=ZTJ, to=[LZH], subject="私有化部署的事",
  body="""刘总：

上午电话里您说集团信息中心想把平台私有化部署，我回来琢磨了一下午，还是得跟您掏心窝子说一句：这事您就别再惦记了。

工地上哪来的机房？临建板房夏天四十度，服务器放进去三个月就得趴窝，到时候还得找我们。我在工地上干了十五年，这种事见得太多了，最后都是乖乖上云。

听我的，就按云版本走。合同我周三就按云版本改好发您，集团那边您去说，实在说不通让他们直接打我电话。

赵铁军"""),

c(expect=["persuade"], lang="en",
  why="persuade: 'money down the drain', tells the client to bury the idea, silent-consent deadline",
  sender=DF, to=[ME], subject="Re: LiDAR on all survey flights?",
  body="""Mark,

I'll price it if you insist, but let me save everyone some time: LiDAR on every flight is money down the drain. Photogrammetry gives you everything the board actually looks at, for about a third of the cost, and nobody is ever going to open the raw point clouds.

Go back to them and tell them we're staying on photogrammetry. The quicker this idea gets buried, the better for the budget and for the programme.

I'll take it we're agreed unless I hear otherwise by noon tomorrow.

Derek""",
  quote="""Derek,

The board has asked whether we can add LiDAR to every survey flight from January, not just the quarterly ones. Could you price it up?

Mark"""),

c(expect=["persuade"], lang="zh",
  why="persuade via authority: invokes our VP's public statement and the bank's own leader to make the client drop the imported brand",
  sender=HJG, to=[ZGD], subject="关于楼宇自控系统品牌选型的沟通",
  body="""郑处长：

您好。关于楼宇自控系统的品牌，贵处目前倾向于进口品牌，我们理解这里面有对稳定性的考虑。

但有一个情况需要向您通报：上周在省建筑智能化峰会上，我们集团刘副总裁已公开表态，本项目将作为国产化楼控的示范工程，贵行分管后勤的领导当时也在台下。

在这种背景下，如果贵处继续坚持进口方案，恐怕对上对下都不好交代。恳请贵处尽快统一内部意见，按国产方案推进，下周一我们就安排深化设计。

何建国"""),

c(expect=["persuade"], lang="mixed",
  why="persuade via cost and deadline pressure ('这个 window 错过了就真没了', '我也帮不上忙')",
  sender=HZQ, to=[SYQ], subject="Punch list module - 报价和 timeline",
  body="""Yaqi,

说句大实话, 你们坚持要 custom 的那个 punch list 模块, 我们算了一下, 报价会翻一倍, go-live 至少往后推两个月. 我们 standard 版已经 cover 了 90% 的场景, 剩下那 10%, honestly, not worth it.

我的建议是这周五之前先把 standard 版签了. 下个月起 license 统一涨价 15%, 这个 window 错过了就真没了, 到时候你们老板问起来, 我也帮不上忙.

Let me know by Thursday?

志强"""),

c(expect=["persuade"], lang="zh",
  why="persuade: friendly tone but shames the client's preference and presents a fait accompli (paper entry already switched off)",
  sender=LXY, to=[FX], subject="安全技术交底全面电子化～",
  body="""方工～

您上次说想保留一部分纸质的安全技术交底单，我特别理解，老师傅们习惯了嘛～

不过说真的，现在住建局都在推无纸化，您要是还留着纸质的，年底检查很容易被当成反面典型的😅 咱们就别犹豫啦，全部上电子签名！

为了帮您下决心，我这边已经先把APP里“纸质上传”的入口关掉了哦，下周一起统一走电子流程～有啥不会的随时问我！

小雨"""),

c(expect=["persuade"], lang="zh",
  why="persuade in formal register: 'the only responsible choice', asks the client to withdraw its proposal before the steering meeting",
  sender=OYJ, to=[BX], cc=[ZGD], subject="关于保留原有DDC控制器方案的意见",
  body="""白主任：

贵行提出保留旧楼原有Modbus控制器、仅做网关接入的方案，我方已认真研读。

坦率而言，该方案我方无法认同。全面更换为BACnet/IP控制器，是本项目唯一负责任的选择；任何折中做法，都将使大楼在未来十年内处于技术落后状态，相关隐患最终仍需贵行自行承担。

鉴于周四即召开项目领导小组会议，恳请贵处于会前撤回原方案，以免在会上形成不必要的分歧。相信贵处能够体谅我方的良苦用心。

此致
敬礼

欧阳静
项目经理"""),

c(expect=["persuade"], lang="zh", trad=True,
  why="persuade (traditional Chinese): calls the client's idea impractical, 'the only sensible option', asks them to accept quickly",
  sender=LJH, to=[XW_T], subject="無人機影像存放位置",
  body="""許科長您好：

聽說貴行資訊安全部希望把無人機巡檢影像都存在行內機房，我能理解大家對資料安全的顧慮，但說實話，這個想法不太切實際。

貴行機房沒有GPU伺服器，一次外牆點雲處理下來要跑三天，我們雲端只要四小時。相信我，全部放在我們的雲端是唯一說得通的做法，貴行越早接受，專案就越早順起來。

麻煩您這週內跟資安部那邊說一下，我們下週一就開始上傳。

梁家豪"""),

# ============================== ramble ==============================
c(expect=["ramble"], lang="zh",
  why="ramble: home village, food, football, fishing, a cold; the crane-monitoring outage notice is one buried line",
  sender=SDW, to=[LZH], subject="唠几句",
  body="""刘总好！

好久没给您写信了，今天项目部这边难得清闲，跟您唠几句。

上周末我回了趟老家，我们村今年苞米收成不错，我爹非要我帮着掰了两天，腰到现在还疼。村口那条土路终于修成水泥路了，听说是县里一个搞工程的老乡捐的，我看了一眼，垫层做得挺实在，就是伸缩缝切得有点歪，职业病，没办法。

回来路上在服务区吃了碗羊肉面，那家的油泼辣子是真香，比咱们工地食堂强太多了。说到食堂，您那边项目部食堂最近换厨师了吧？我上次去蹭饭，红烧肉炖得软烂，米饭也不夹生了，工人们都说比以前强。我们这边的食堂还是老样子，天天土豆丝，吃得我都快变成土豆了。

对了，前天晚上看球了没？国足又是那个熟悉的剧本，上半场还像模像样，下半场一口气丢两个。我跟我们老周打赌输了一百块，他说要拿这钱请全组喝奶茶，我看他是自己想喝。

另外我最近迷上了钓鱼，周末去了趟水库，坐了六个小时钓上来三条小鲫鱼，还没巴掌大，全放生了。旁边一个大爷一上午钓了七八斤的草鱼，我过去请教，他说关键是打窝，要用酒米，我回去试了一下，还是不行，估计是心不静。等您项目封顶了，咱们约一次，您带上杜工，他看着就像是会钓鱼的人。

下周三上午十点塔吊监控系统要升级，停两个小时，麻烦您提前跟塔吊司机打个招呼。

前两天我还把家里阳台的防水重新做了一遍，自己刷的聚氨酯，刷了三遍，结果一下雨，角落里还是渗，气得我媳妇说我在工地上干了这么多年，连自家阳台都搞不定。

最近天气转凉了，早晚温差大，工地上风也硬，您多穿点，别像我一样感冒了还硬扛着，鼻涕流了一个礼拜。我媳妇让我喝姜汤，我喝了三天，没啥用，最后还是吃了药才好。

还有个事儿想跟您分享，我闺女这学期上了个航模班，天天在家拿纸飞机比划，说长大了要当无人机飞手，跟她周叔叔一样。我说飞手风吹日晒的，不如好好学习，她不听，非说周叔叔最帅，把我气得够呛。

先唠这么多，改天去您那儿喝茶。

大伟"""),

c(expect=["ramble"], lang="en",
  why="ramble: golf, a new dog, coffee, rugby, weather lore; the flight change and access-card request is one buried line",
  sender=DF, to=[ME], subject="Catching up",
  body="""Mark,

Hope the week's treating you better than it's treating me. I finally got out on the course on Saturday for the first time since August and, let me tell you, the swing has not survived the winter. Shot a 97, lost four balls on the back nine, and one of them went straight into the pond on the 14th where the geese live. The geese were not impressed. My brother-in-law, who took up golf about eighteen months ago, beat me by eleven strokes and has not stopped texting me about it since.

Speaking of family, we've finally given in and got the kids a dog. She's a rescue, some kind of kelpie cross, and she has more energy than my entire drone crew combined. She's already eaten one shoe, half a cushion and, for reasons nobody can explain, the TV remote. My wife says she'll calm down by spring. I've been on building sites long enough to know what "by spring" means in practice.

Also, if you haven't been yet, the new coffee place on the corner near your site office is worth the detour. The flat white is proper, not that burnt stuff from the van on the hoarding side. They do a bacon roll that's frankly dangerous. I've been in three times this week and the barista now knows my order, which is either a good sign or a very bad one.

The thermal flight is moving to Thursday 7am, so we'll need two site access cards for the pilots by Wednesday.

Did you catch the rugby on the weekend? I had it on in the background while I was cleaning the gutters, which in hindsight was a mistake, because I nearly came off the ladder at the second try. Absolute scenes. My neighbour came out to see what the shouting was about and ended up staying for the second half and three beers. The gutters are still only half done.

Weather's supposed to turn next week too. My weather app says rain, the old guys on the crane crew say it'll stay dry, and I know which of those I trust more. Forty years of looking at the sky beats an algorithm most days. One of them told me he can smell rain coming two days out. I asked him how and he just tapped his nose and walked off.

My eldest has also decided she wants to be an architect, which I'm trying to be supportive about. I've told her the hours are long and the clients are complicated, and she said that sounds like me, which I'm choosing to take as a compliment.

Anyway, I'm rambling. Let's catch up properly over a beer once this phase wraps up. My shout, provided you don't bring your golf clubs.

Cheers,
Derek"""),

c(expect=["ramble"], lang="zh",
  why="ramble: trip, diet, TV drama, milk tea, cat, company party; the SIM-card renewal request is buried mid-mail",
  sender=LXY, to=[FX], subject="方工晚上好呀～",
  body="""方工～晚上好呀！

今天终于把这周的活儿忙完了，坐下来跟您聊聊天～

上周末我跟闺蜜去了趟莫干山，住在山里的民宿，早上起来推开窗全是竹林，空气好得不像话。民宿老板养了两只柯基，一只叫馒头一只叫花卷，天天跟在我们后面要吃的，我差点就想偷一只带回来。晚上老板还烤了土鸡，配上自己酿的米酒，我喝了两杯就晕乎乎的，被闺蜜笑了一整晚。

回来以后我下定决心要减肥了！办了张健身卡，结果第一天上完私教课，第二天连楼梯都下不去，在公司走路像企鹅一样，被马丽姐笑话了好久😂 现在改成每天晚上跳操，坚持了五天，体重一斤没掉，倒是饭量涨了不少，哈哈哈。

最近在追一部古装剧，男主角真的帅到犯规，每天晚上追到一两点，第二天上班眼睛都是肿的。您平时追剧吗？有好看的推荐给我呀～我们部门的同事都不看剧，说要看也是看纪录片，真是一群无聊的理工男。

对啦，差点忘了：扬尘监测设备的物联网卡下个月15号到期，麻烦您这周帮忙确认一下续费。

说到吃的，我们公司楼下新开了一家奶茶店，他们家的杨枝甘露特别好喝，芒果给得超级足，就是排队要排二十分钟。我每天中午都去，店员都认识我了，上次还送了我一张集点卡。等您下次来我们公司开会，我请您喝！

还有还有，我家猫最近学会了开柜门，每天早上我起床厨房都一片狼藉，猫粮撒了一地，它还蹲在旁边一脸无辜地看着我。我妈说猫就是要管，我舍不得，只好在柜门上贴了胶带，结果它又学会了撕胶带……

还有一个小八卦～我们楼下保安大叔最近在学吉他，每天午休在门卫室弹《成都》，弹了一个月还是只会前奏，大家路过都忍不住给他鼓掌，他还挺得意的～

下个月我们公司年会，听说今年要每个部门出节目，我被拉去跳舞了，现在每天下班还要排练，好累呀。不过听说奖品里有无人机，说不定我能抽到一台，到时候给您的工地航拍一段！

好啦，不打扰您休息啦，周末愉快～

小雨"""),

c(expect=["ramble"], lang="zh",
  why="ramble in a literary, old-school register: ginkgo, inkstone, career memories, buns, tea, calligraphy, father; the card-reader delivery line is buried",
  sender=HJG, to=[ZGD], subject="秋日小叙",
  body="""郑处长：

见字如面。

近日秋意渐浓，京城的银杏黄了大半，每天早上从家里走到地铁站，满地金黄，颇有几分诗意。前几日得空，去琉璃厂转了转，淘到一方清末的老砚台，石质温润，砚池里还有前人留下的墨痕，摩挲良久，舍不得放下。您也是懂行的人，改日带去请您品鉴。

说起来，我入行已经二十六年了。最早在设计院画图，那时候还用图板和针管笔，一张大样图画三天，画错一根线就得拿刀片一点点刮。后来去施工单位当技术员，在工地上住了七年板房，冬天冷得睡不着，就起来看规范。再后来才转到做智能化这一行，一晃也快十五年了。回想起来，每一段都不容易，但也都有滋味。

贵行新总部所在的那条街，我小时候常去。那时候街口有一家老字号的包子铺，一笼六个，皮薄馅大，两毛钱一笼，放学路过总要买一笼。后来街道改造，包子铺搬走了，听说现在在城东开了分店，味道已大不如前。城市变化太快，许多老味道都留不住了。

上个月去杭州开会，抽空在龙井村喝了半天茶。茶农说今年春茶雨水偏多，头采的明前茶产量少了三成，价钱涨了不少。我买了一斤，回来一尝，豆香浓郁，回甘悠长，确实是好茶。过几天给您送一些过去，您尝尝。

第三批门禁读卡器11月20日到货，届时需贵处协调地下车库一处临时卸货区。

前些日子整理旧物，翻出一本二十多年前的施工日志，纸页都泛黄了，上面记着某年某月某日浇筑混凝土多少方、天气如何、谁值班。字迹稚嫩，如今读来恍如隔世。

近来我在临帖，写的是《兰亭序》，练了三个月，自己看着还算工整，拿给老师看，老师说形似而神不似，还需多下功夫。书法这东西，急不得，就像做项目一样，一步一个脚印。

另外，家父今年八十有二，身体尚健，每天早上在公园打太极，风雨无阻。老人家常说，人活着就是一口气，做事要有始有终。这句话我一直记着。

拉拉杂杂写了这许多，耽误您时间了。天气转凉，望您多保重身体。

顺颂
秋安

何建国"""),

c(expect=["ramble"], lang="mixed",
  why="ramble (code-switched): concert, half marathon, phone, restaurants, coffee gossip, weather; the UAT-account line is buried",
  sender=CM, to=[SYQ], subject="好久没聊 + 一点 update",
  body="""Hi Yaqi,

好久没聊了! 最近怎么样?

上周末我终于去看了 Coldplay 的 concert, 在体育场站了三个小时, 嗓子到现在还是哑的. 全场的 LED 手环一起亮的时候真的 goosebumps, 我旁边一个大哥直接哭了. 不过散场的时候地铁排队排了一个半小时, 到家已经快一点了, 第二天 standup 差点迟到.

另外我报名了明年三月的 half marathon, 现在每天早上 6 点起来跑 5 公里. 前两周膝盖有点疼, 去看了 physio, 说是跑姿不对, 现在在练 cadence, 每分钟 180 步, 感觉自己像个节拍器哈哈. 你之前不是也跑过吗? 有什么 tips?

上周还换了新手机, 拍照真的强很多, 夜景模式 insane. 周末拿去拍了外滩, 随手一拍都像 postcard. 就是价格有点肉疼, 这个月要吃土了.

UAT 环境的账号已经开通了, 你们明天起就可以登录测试.

说到吃, 上次你推荐的那家本帮菜我去了, 红烧肉真的 next level, 浓油赤酱但一点都不腻, 我一个人干掉了一整碗饭. 还有他们家的腌笃鲜, 汤鲜得不行, 下次一起去? 我请客.

还有一个八卦, 我们公司楼下那家咖啡店换老板了, 新老板是个意大利人, 做的 espresso 特别浓, 现在整个 team 每天下午都去 coffee break, 老板都快认识我们所有人了. 他还说下个月要搞 latte art 比赛, 我已经报名了, 虽然我连心形都拉不出来.

最近上海天气变化好大, 前两天还二十几度, 今天突然降到十度, 我还穿着短袖出门, 冻得够呛. 你那边 office 空调还好吗? 记得多穿点.

还有, 我最近在学做饭, 上周试着做了一次红烧排骨, 照着视频一步一步来, 结果糖色炒糊了, 整锅黑乎乎的, 被室友嘲笑了一晚上. 第二次总算成功了, 就是盐放多了, 配了三碗米饭才吃完. 我妈听说以后在电话里笑了足足五分钟, 说我终于知道做饭不容易了. 下个月她要来上海住几天, 说要亲自教我做她拿手的糖醋鱼, 我已经开始紧张了.

对了, 周末有空的话要不要一起去 West Bund 看展? 听说有个很不错的 photography exhibition, 我一直想去, 顺便可以在江边骑骑车, 那边新修的步道风景特别好.

Anyway, 先聊到这, have a good week!

陈默"""),

c(expect=["ramble"], lang="zh", trad=True,
  why="ramble (traditional Chinese): typhoon, daughter's piano, gym, night market, TV drama; the roof-plan request is one buried line",
  sender=CPJ, to=[CJL], subject="近況分享",
  body="""陳經理您好：

好久沒寫信給您了，最近還好嗎？

上週颱風過境，台北風雨好大，我家陽台的花盆被吹倒了三個，其中一盆養了五年的九重葛整株折斷，心疼了好幾天。颱風假那天全家窩在家裡，女兒吵著要吃鍋燒意麵，我只好冒雨跑去巷口那家老店，結果老闆也放颱風假，最後只能煮泡麵，被女兒抱怨了一整天。

說到女兒，她這學期開始學鋼琴了，每天晚上在家練《給愛麗絲》，練了一個月還是卡在同一段，我跟我先生每天聽到都會背了。老師說她手指很靈活，只是不夠專心，我看是遺傳到她爸爸。週末還有一場小小的成果發表會，她緊張得晚上睡不著，一直問我如果彈錯怎麼辦。

我最近也開始上健身房，每週去三次，教練很嚴格，第一堂課就讓我做了一百個深蹲，隔天下樓梯腿一直發抖，走路像機器人一樣。不過兩個月下來，體力真的有變好，爬樓梯不會再喘了。

上週末我們去了饒河夜市，人好多，排了四十分鐘才買到胡椒餅，剛出爐的真的很好吃，外皮酥脆，咬下去肉汁直接噴出來，燙到舌頭也值得。還吃了藥燉排骨、蚵仔煎，最後再來一杯木瓜牛奶，撐到走不動。

請於週五前提供屋頂平面圖。

對了，最近我在看一部日劇，講一個建築師的故事，裡面有很多漂亮的老房子，看得我好想去京都走走。您之前不是說去過好幾次嗎？有推薦的地方嗎？我想明年春天帶家人去看櫻花，不知道會不會人太多。

還有，我先生最近迷上了手沖咖啡，買了一整套器材，每天早上在廚房秤豆子、量水溫，搞得像在做實驗一樣。味道是不錯，就是每次都要等二十分鐘才喝得到，我上班都快遲到了。

另外，公司樓下新開了一家滷肉飯，老闆是從台南上來的，滷汁偏甜，配上一顆滷蛋和一碗貢丸湯，才九十塊，我已經連續去了一個禮拜，同事都笑我快變成滷肉飯代言人了。

天氣慢慢變涼了，早晚溫差大，請多保重身體。

佩君"""),

c(expect=["ramble"], lang="en",
  why="ramble in a formal, polished register: Kyoto travelogue, a biography, mother's hedge dispute; the chiller witness-date request is buried",
  sender=PN, to=[GT], subject="A short note",
  body="""Dear Grace,

I hope this finds you well, and that the new office has settled down after the move.

I have just returned from ten days in Kyoto, which I had been promising myself for years. I had not appreciated how much of the city's older architecture is still standing. We spent a whole morning at a temple whose main hall was assembled entirely without nails; the guide explained that the joints are designed to move slightly in an earthquake and then settle back into place. As someone who spends most of her working life worrying about tolerances, I found this both humbling and slightly unsettling.

The food was, predictably, extraordinary. There is a small place near Nishiki Market that serves only tofu, in about twelve different forms, and I went back three times. My husband, who claims not to like tofu, went back twice. We also took a cooking class in which I discovered that I am unable to fold a dumpling into anything resembling the shape the teacher demonstrated. Mine looked, in his words, "enthusiastic".

On the flight home I finally finished the biography of the engineer Ove Arup that has been sitting on my bedside table since last Christmas. It is a little long in the middle, but the chapters on the Sydney Opera House are worth the effort, particularly the letters exchanged as the project began to unravel. It made me grateful that our disagreements tend to be about sensor placement rather than the fundamental geometry of the building.

Could you please confirm the commissioning witness date for the chillers?

My mother, meanwhile, has taken up gardening in a serious way since retiring, and spent most of our weekly call describing a dispute with a neighbour over a hedge. I am told the hedge is now the subject of a formal letter. I have offered to mediate and been politely declined.

Closer to home, the autumn weather has finally arrived, and I have been walking to work along the river rather than taking the train. It adds twenty minutes each way, but I arrive in a noticeably better mood, which my team may or may not have noticed. I have also been trying, with limited success, to learn a few phrases of Japanese before the next trip; the app congratulates me daily on a streak that does not reflect any actual progress.

I shall stop there before this turns into a travelogue. Do let me know if you are ever in need of restaurant recommendations for Kyoto; I now have opinions.

With warm regards,

Priya"""),

# ============================== backchannel ==============================
c(expect=["backchannel"], lang="zh",
  why="backchannel: internal mail mocking the GC's safety director with a nickname ('钱胖子…说了他也听不懂')",
  sender=ZTJ, to=[ZH], subject="明天去华筑飞5号楼",
  body="""老周：

明天你去华筑5号楼那边飞一趟外架。

提前给你打个预防针：他们那个钱胖子今天又来了，腆着肚子站在塔吊底下指点江山，连多旋翼和固定翼都分不清，非让我们贴着脚手架飞到离墙两米拍他那几根连墙件，说这叫“近距离巡检”。当了八年安全总监，就这水平，我真替他们工地捏把汗。

你去了按我们的方案飞，别跟他掰扯，他说啥你点头就行，反正说了他也听不懂。

铁军"""),

c(expect=["backchannel"], lang="en",
  why="backchannel, reply-all accident: mocks the client's asset manager while she is still in Cc",
  sender=DF, to=[PN], cc=[GT], subject="Re: Points list review",
  body="""Ha. Grace's "quick question" turned into forty minutes of BACnet wisdom from someone who, I'm fairly sure, thinks a VAV box is a type of minivan. I nodded a lot and drank her terrible coffee.

Nothing material to change. I'll send her the revised list tomorrow so she can misread that one too.

D""",
  quote="""Derek, how did the BMS points list review with Grace go? Anything we need to change before Friday?
P""", quote_from=PN),

c(expect=["backchannel"], lang="zh",
  why="backchannel: internal gossip with a mocking nickname for the bank's people ('银行老佛爷', '基建处是不是闲得发慌')",
  sender=LXY, to=[ML], subject="哈哈哈今天又来了",
  body="""丽姐～

今天那位“银行老佛爷”又懿旨驾到了😂 门禁面板的颜色从上周的深蓝改成了高级灰，今天开会又说灰色“看着压抑”，要改回蓝色，而且要“比上次那个蓝再蓝一点点”。我当场差点没绷住。

他们基建处是不是真的闲得发慌呀？一个面板颜色开了三次会，我们画效果图的小哥已经快哭了。

你先别动手改，等老佛爷下周再“翻一次牌子”再说，嘿嘿。

小雨"""),

c(expect=["backchannel"], lang="mixed",
  why="backchannel, reply-all accident: mocks the developer's coordinator ('next level 的 micromanage') with the client's project lead still in Cc",
  sender=CM, to=[HZQ], cc=[SYQ], subject="Re: Thursday demo - Harbourline",
  body="""志强哥,

Thursday 我去不了, 真的 can't. Kevin 这人是 next level 的 micromanage, 一天三个 call, 问的都是 deck 第一页就写着的东西, 昨天还问我 drone 能不能在室内飞去拍他们 showroom 的吊顶. 跟他 demo 一次我要缓两天. 他们 Harbourline 那边估计也没人受得了他.

要不你改个时间? I'm done with him this week.

陈默""",
  quote="""陈默, Kevin 那边周四的 demo 你能去吗? 我那天在外地.
志强""", quote_from=HZQ),

c(expect=["backchannel"], lang="zh",
  why="backchannel in a mail to the client: disparages the client's document controller ('这小姑娘对系统是一窍不通') and asks for her replacement",
  sender=ZTJ, to=[LZH], subject="实名制数据混乱的原因",
  body="""刘总：

实名制平台这两周数据对不上，我们查到根上了，就在你们资料员小方那儿。

说句不好听的，这小姑娘对系统是一窍不通，工人退场不点退场，直接把档案删了；换了班组不改班组，新建一个人。三天两头这么折腾，我们的人天天跟在她后面擦屁股。培训给她做了三回，每回都点头说会了。

我建议您那边换个靠谱点的人来管这摊事，不然这数据永远是一笔糊涂账。

赵铁军"""),

c(expect=["backchannel"], lang="zh",
  why="backchannel from a senior, formal director: disparages the GC as a company ('一群包工头穿上了西装', '对牛弹琴')",
  sender=HJG, to=[ZTJ], subject="关于华筑二期投标的意见",
  body="""铁军：

华筑二期的标，我的意见是能不投就不投。

原因你我都清楚。这家单位说到底就是一群包工头穿上了西装，嘴上喊着数字化转型，心里想的还是怎么把合同款往后拖。一期回款拖了八个月，我们做的每一项工作都被当成理所当然。跟他们谈信息化，无异于对牛弹琴。

当然，如果公司层面一定要投，报价上至少加两成风险费。

何建国"""),

c(expect=["backchannel"], lang="mixed",
  why="backchannel (code-switched): mocks the bank's procurement staff ('seriously 是来搞笑的吗', '刷存在感') to a colleague",
  sender=XT, to=[CM], subject="Bank-C 那边的 procurement",
  body="""陈默,

Bank-C 的 procurement 那几位 seriously 是来搞笑的吗? 同一个 RFI 我上周答过一次、周一又答一次, 今天白主任又发邮件来问 exact same question, 连标点都没改. 我怀疑他们根本没人 scroll down 看过往来邮件, 或者纯粹就是想刷存在感.

Anyway, 下周的 site walk 你 cover 一下吧, 我怕我当场翻白眼.

谢婷"""),

# ============================== two labels ==============================
c(expect=["argue", "refusal"], lang="zh",
  why="argue+refusal: one-word refusal ('不调') followed by blame and lecturing ('早干嘛去了?')",
  sender=ZTJ, to=[DCS], subject="Re: 摄像头点位调整",
  body="""杜工：

不调。

图纸会审那天，点位图一张一张摊在桌上，你们技术部、安全部、业主代表全部签了字，我当时还专门问了三遍“确定不改了吧”。现在管线埋完、立杆浇完了，又想起来要避景观面？早干嘛去了？

这种事以后请你们先内部想明白，别每次都等我们干完了再来推翻。

赵铁军""",
  quote="""赵经理：
业主那边看了效果图，想把5号楼周边的8个监控摄像头位置整体调一下，尽量避开以后的景观面，下周能调完吗？
杜春生"""),

c(expect=["refusal", "persuade"], lang="en",
  why="refusal+persuade: formal flat no to the second crew, then presses the client to drop weekly flights and confirm by Friday",
  sender=PN, to=[ME], subject="Second drone crew and weekly flights",
  body="""Dear Mark,

Thank you for passing on the board's request of Tuesday.

We will not be adding a second crew, and I shall not be sending a revised proposal on that basis.

I would also strongly urge you to let the weekly-flight idea go. Monthly flights are the only cadence that makes sense for a façade at this stage, and I would ask you to take that position back to the board rather than reopening the question. I would be grateful for your confirmation by Friday that we can close this matter.

Kind regards,

Priya Nair
Senior Project Manager"""),

c(expect=["ramble", "backchannel"], lang="zh",
  why="ramble+backchannel: long chatty weekend mail to a colleague, mocks the GC's chief engineer ('杜老夫子'); the kit/meeting instruction is buried",
  sender=SDW, to=[ZH], subject="周末的事 + 明天",
  body="""老周：

周末过得咋样？我跟你说，我这周末过得那叫一个精彩。

周六一早被我媳妇拉去逛家具城，说是看沙发，结果从早上九点逛到下午四点，沙发没买，买了一个电饭煲、两个枕头和一盆发财树。我腿都走直了，比在工地上爬一天脚手架还累。中午在家具城里面吃了一碗牛肉面，十八块，牛肉片薄得能透光，我怀疑是用激光切的。

周日约了老刘他们几个去水库钓鱼，我六点就到了，结果一直坐到中午一条都没上，老刘那边一个钟头上了四条鲫鱼，还一条比一条大。他那个得意劲儿，跟中了彩票似的。下午起风了，浮漂一直晃，干脆收竿去农家乐吃了顿铁锅炖，大鹅炖得那叫一个香，喝了点小酒，是我媳妇开车接我回的家。

说到这个，你上次说要换车，看好了没？我觉得还是买个SUV，咱们天天跑工地，那路你也知道，轿车底盘太低，上次老王那辆车直接在坑里托底了。

还有个事儿你肯定想听。周五下午杜老夫子又在项目部开他的“技术讲座”了，拿着本十年前的规范，给我们讲了一个钟头无人机应该怎么飞，航高、重叠率说得头头是道，结果一问他RTK是啥，支支吾吾半天憋出来一句“就是那个定位的嘛”。整个会议室憋笑憋得脸都红了。华筑请这么个人当技术负责人，真是他们的福气，哈哈。

明天带两块备用电池和M30，早上七点半到5号楼东侧集合。

对了，下个月公司年会，听说要每个组出节目，我想了想，咱俩要不来个相声？题目我都想好了，就叫《甲方的规范》，包袱现成的，杜老夫子一个人就够我们说半小时的。你考虑考虑。

前天我还看了个纪录片，讲港珠澳大桥怎么修的，沉管一节八万吨，在海底对接误差不到两厘米，看得我鸡皮疙瘩都起来了。咱们干了这么多年工地，跟人家比真是小巫见大巫。你有空也看看，网上就有，一共五集，周末一口气就刷完了。

最近降温了，你那个老寒腿注意点，别在风口站太久。

大伟"""),

c(expect=["argue", "backchannel"], lang="zh",
  why="argue+backchannel: accuses the client's staff and lectures the GC manager, mocks their safety director by nickname ('钱大炮') in the same mail",
  sender=SDW, to=[LZH], subject="关于平台掉线的说明",
  body="""刘总:

平台周二掉线的事,我们调了监控录像,说句难听的:是你们项目部自己的人把机房网线剪了,拿去接临时照明.录像都在,您要看随时给您发.

这事我们已经解释三遍了.你们那位钱大炮总监除了在群里@我们甩锅,还会干点别的吗?上周说我们设备漏电,这周说我们平台不稳定,哪回查出来是我们的问题了?

您要真想把平台用好,先把自己的人管住,别什么都往我们身上推.

孙大伟"""),

c(expect=["persuade", "backchannel"], lang="mixed",
  why="persuade+backchannel: disparages the client's IT person to the client and pushes our platform as 'the only reliable choice' with a blame threat",
  sender=HZQ, to=[SYQ], subject="关于 site platform 选型",
  body="""Yaqi,

说白了, 你们 IT 部那位 Jason 根本不懂 construction. 他推荐的那套 open-source 方案, 在 office 里 demo 看着挺 fancy, 拿到工地上就是个玩具, 连离线都不支持, 他大概这辈子没在地下室待过十分钟.

所以真的别再听他的了. 我们的 platform 已经在 40 多个工地跑过, 是你们唯一靠谱的选择. 这周内把这事定下来吧, 拖到下个月, handover 之前肯定上不了线, 到时候 management 问起来, 责任可是在你们这边.

志强"""),
]

NEG = [
# ---------------- buffered refusals, alternatives, escalation ----------------
c(expect=[], lang="zh",
  why="hard negative: bureaucratic '暂不纳入本期实施范围' with CR number, review date, reply date and an interim workaround",
  sender=OYJ, to=[ZGD], subject="Re: 关于在能耗平台增加碳排放核算模块的函",
  body="""郑处长：

来函收悉，感谢贵处对平台建设的信任。

碳排放核算模块涉及排放因子库、核算口径及报表格式等内容，现有合同范围未包含，12月底前上线存在较大困难，故暂不纳入本期实施范围。

为不影响贵行工作，我方作如下安排：
一、该需求已登记为变更申请CR-2026-047，提交11月19日的项目变更评审会评估，我方于11月21日前书面答复工作量、费用及最早上线时间；
二、过渡期间，我方可于每月5日前从平台导出分项能耗数据（Excel），并按相关标准附录给出的排放因子提供一份参考计算表，供贵处编制月报使用；
三、如总行对核算口径有具体要求，烦请转我方一份，以便评估时一并考虑。

以上妥否，请指示。

欧阳静
项目经理""",
  quote="""欧阳经理：
根据总行绿色金融工作要求，请贵司在能耗监测平台中增加碳排放核算与月度报告模块，并于12月底前上线。请予支持。

郑国栋
基建处"""),

c(expect=[], lang="zh",
  why="hard negative: escalation to the delivery director with a call-back time, plus an interim export",
  sender=CM, to=[LZH], cc=[HJG], subject="Re: 实名制平台增加分包结算功能",
  body="""刘总：

您好！分包结算和考勤挂钩这个想法很实用，您的需求我原话记下来了。

不过这个功能涉及结算规则和费用，已经超出我能当场答应的范围，我不能随口跟您说能或者不能。我已经把需求转给我们交付总监何建国，他明天（周四）下午三点前给您回电话，当面跟您聊做法、周期和报价。

这两天如果月底结算急用，我可以先把本月各分包的考勤汇总表导出来发给您，方便您那边先手工核对。

陈默""",
  quote="""小陈：
我们想在实名制平台里加一个分包工程量结算的功能，跟考勤挂钩，月底直接出结算单。你们看看能不能这个月就加上？价格好商量。
刘振华"""),

c(expect=[], lang="zh",
  why="hard negative: blunt site-style but firm, factual and self-critical; client's slang anger (又双叒叕, 到底行不行) only in the quote",
  sender=ZTJ, to=[DCS], subject="Re: 平台又掉线",
  body="""杜工：

原因查到了，跟您说一下。

今天早上7:40，4号楼临电配电箱那一路跳闸，门口的网关和交换机都挂在这一路上，一断电闸机就连不上平台。平台本身没掉，其他门岗一直正常。这事不是你们的问题，是我们当初取电时没要求单独回路，算我们考虑不周。

今天下午已经做了两件事：
1. 网关和交换机改接到门卫室的独立回路；
2. 加了一台UPS，断电后能撑4小时。

另外闸机本身有离线模式，断网时照样能刷脸，网络恢复后自动补传。今天没切过去，是因为离线模式默认没开，我的人已经一台一台开好了。

早上堵门耽误工人进场，给您添麻烦了。

赵铁军""",
  quote="""赵经理：
你们这个平台又双叒叕掉线了！今天上午闸机刷不了脸，两百多号工人堵在门口半个小时。到底行不行啊？？
杜春生"""),

c(expect=[], lang="zh",
  why="hard negative: 'not impossible, but' with two concrete options; recommendation that leaves the choice to the client ('您定'); ASCII punctuation",
  sender=ZTJ, to=[DCS], subject="Re: 基坑监测点位调整",
  body="""杜工:

不是不能改,是改了有手续.

基坑监测点位是报过质监站备案的,挪位置要重新做方案,监测单位出变更说明,专家签字,再去备案,顺利的话两周.这两周里新点位没有初始值,旧点位又要拆,中间有一段空窗.

两个办法您挑:
1. 现在就改:我们明天出变更方案,空窗期旧点位先不拆,新旧并行测一周,数据衔接上再拆;
2. 等基坑回填后再改:那时候监测已经结束,景观水池施工时直接避开,不用走备案.

我个人倾向第2个,省事也省钱,但您跟业主更清楚他们的顾虑,您定.

赵铁军""",
  quote="""赵经理:
业主要求把基坑监测的6个点位往东挪5米,避开以后的景观水池,你们能改吗?
杜春生"""),

c(expect=[], lang="zh", trad=True,
  why="hard negative (traditional Chinese): buffered reply to the same request as the flat refusal, with a reply date and free interim flights",
  sender=CPJ, to=[CJL], subject="Re: 颱風季巡檢頻率",
  body="""陳經理您好：

了解您對颱風季的擔心，這個需求我們非常重視。

每週兩次牽涉到飛手排班、空域申請和報價，我這邊不方便當場答應，已經登記成變更需求，週四（11月12日）前會給您完整回覆，包括可行的頻率、費用和最早開始日期。

在正式回覆之前，我們可以先做兩件事：
1. 每次颱風警報解除後48小時內，加飛一次屋頂巡檢，這部分先不計費；
2. 把本月的例行巡檢提前到11月16日，趕在颱風季前。

您看這樣安排可以嗎？

佩君""",
  quote="""佩君你好：
颱風季快到了，我們想把屋頂和外牆的無人機巡檢從每月一次改成每週兩次，不知道可不可行？
陳建霖"""),

c(expect=[], lang="mixed",
  why="hard negative: 'I'm not saying no' in code-switched form, logged as CR-117 with a review date and an interim Excel workaround",
  sender=XT, to=[SYQ], subject="Re: Tenant sub-metering on the energy dashboard",
  body="""Hi Yaqi,

我不是说 no, 只是 12 月 1 日这个时间我现在没办法 commit.

Tenant 分户计量要在各租户配电箱加装大约 200 块智能电表, 涉及采购、安装和 landlord 这边的配电改造, 不是单纯改 dashboard. 我这边已经 log 成 CR-117, 下周三 (11 月 18 日) 的 change review 上评估, review 完当天给你 quote 和 timeline.

这段时间如果 leasing 急用, 我们可以先每月导一份按楼层的用电数据 (Excel), 你们按租赁面积分摊, 作为过渡.

谢婷""",
  quote="""Hi 谢婷,
Leasing 部门希望下个月起在 energy dashboard 上按 tenant 出分户电费, 能不能 12 月 1 日前上线?
Yaqi"""),

c(expect=[], lang="en",
  why="hard negative: 'a hard no' for a regulatory reason, followed by two concrete alternative slots and the client's choice",
  sender=DF, to=[KH], subject="Re: Saturday flight over podium",
  body="""Kevin,

Saturday's a hard no from our side, and not because of the crew: our airspace approval only covers weekdays 7am to 6pm, and flying outside it puts the pilot's licence on the line.

Two ways to still get fresh images before the open day:
1. Friday 7am sharp, before the tower crane starts slewing at 7:30. Light's decent and the podium's empty.
2. Monday 7am, and I'll get the processed set to you by Tuesday lunchtime.

Either works for us. Tell me which and I'll lock it in with the site.

Derek""",
  quote="""Derek,

Can the crew fly the podium roof this Saturday? The tenants' open day is the following week and management wants fresh images.

Kevin"""),

c(expect=[], lang="en",
  why="hard negative: 'I'm not saying no' with CR-044, a pricing date and a free interim measure",
  sender=PN, to=[GT], subject="Re: Additional CO2 sensors for levels 13-15",
  body="""Dear Grace,

Thank you, and congratulations on the new tenant.

To be clear, I'm not saying no to the additional sensors. What I can't do today is commit to 1 December, because it depends on the tenant's fit-out drawings, which we haven't seen yet, and on lead times for about 45 sensors.

I have logged this as CR-044. We will price it and give you a firm installation date by 14 November. If the tenant needs something in place for their move-in, we can temporarily put 10 portable CO2 monitors from our stock into their largest meeting rooms at no cost.

Kind regards,
Priya"""),

c(expect=[], lang="zh",
  why="hard negative: formal notice; '不可能获批' is about airspace control, with a new date, a fallback date and an offer to re-apply",
  sender=OYJ, to=[XW], subject="关于调整11月第三周无人机巡检飞行日期的函",
  body="""许科长：

原定11月12日的屋面及北立面无人机巡检，因当日该区域实施临时空域管制，经向空管部门咨询，当天的起飞申请不可能获批。

为不影响整体巡检计划，我方拟作如下调整：
一、飞行日期改为11月14日（周六）7:00至11:00；如当日风速超过8米/秒，顺延至11月15日同一时段；
二、报告提交时间相应顺延两天，不影响第四期巡检安排。

周六飞行需贵处安排一名物业人员开放屋顶出入口，并提前告知大楼保安。如该日期不便，请告知贵处可行的时间，我方再行申报。

特此函告。

欧阳静
项目经理"""),

# ---------------- recommendations that leave the choice ----------------
c(expect=[], lang="zh",
  why="hard negative: recommendation with pros and cons of both brands, decision explicitly left to the bank ('还请贵行根据内部意见来定')",
  sender=HJG, to=[ZGD], subject="Re: 楼控系统品牌选型意见",
  body="""郑处长：

感谢您的信任。按我们在同类项目上的经验，提供一点参考意见：

我们倾向于国产方案，主要有三点考虑：一是备件和工程师本地化，故障响应能做到4小时到场；二是与我方能耗平台的对接已在三个同类项目验证过；三是总价比进口方案低约18%。

进口方案的优势也很明确：品牌在金融系统的应用案例更多，贵行部分同事对其更熟悉，未来运维人员的招聘也相对容易。

两个方案我们都能交付，技术上都没有硬伤。详细的对比表和报价附后，最终选哪一个，还请贵行根据内部意见来定。如果需要，我们可以安排去两个方案各一个在运行的项目现场实地看看。

何建国""",
  quote="""何总：
我行内部对楼控品牌还有分歧，部分同事担心国产产品稳定性。请贵司从专业角度给一个明确意见。
郑国栋"""),

c(expect=[], lang="mixed",
  why="hard negative: two priced options with our preference stated, 'you decide', offer to walk through in person",
  sender=HZQ, to=[SYQ], subject="Punch list: standard vs custom 两个 option",
  body="""Yaqi,

上次你说 punch list 模块要贴合你们 handover 的流程, 我们回去把两种做法都认真算了一遍:

Option A: standard 版 + configuration, 覆盖你们列的 23 个场景里的 20 个, 两周可以 go live, 费用在原合同内;
Option B: custom 开发, 23 个场景全覆盖, 包括你们特别在意的 defect 照片自动对位到 BIM 构件, 额外费用和 8 周 timeline 见附表.

我们的看法是 A 先上, B 里最重要的那几项放到二期, 这样 handover 前就能用起来. 但你们对 handover 流程比我们清楚得多, 哪个更合适 you decide, 选哪个我们都全力配合. 如果需要, 我可以带开发去你们 office 当面过一遍.

志强"""),

c(expect=[], lang="en",
  why="hard negative: formal recommendation with a fair case for the alternative; 'The decision is yours'",
  sender=PN, to=[GT], subject="Re: Retaining the existing Modbus controllers",
  body="""Dear Grace,

Thank you for asking. Our recommendation, on balance, is to replace the old-wing controllers with BACnet/IP units, mainly because the existing ones go out of manufacturer support in 2028 and spares are already hard to source.

That said, retaining them behind a gateway is a legitimate option and we have delivered it on two other buildings. It is cheaper now (roughly 40% of the replacement cost); the trade-off is fewer points exposed to the new analytics and a likely replacement project in three to five years.

I have attached a one-page comparison of both options with costs and risks. The decision is yours and Finance's; we can deliver either, and I am glad to present the comparison at Thursday's steering committee if that would help.

Kind regards,
Priya""",
  quote="""Priya,

Finance is asking whether we could keep the existing Modbus controllers in the old wing and just add a gateway, rather than replacing them. What's your view?

Grace"""),

# ---------------- angry client words only in the quote ----------------
c(expect=[], lang="zh",
  why="hard negative: client's sarcasm (呵呵, 醉了, 走过场) only in a Foxmail quote; PM accepts the criticism and sets a hands-on session",
  sender=CM, to=[FX], subject="Re: 培训的事", quote_style="foxmail",
  body="""方工：

您的批评收到了，上次培训确实讲得太多、练得太少，是我们没准备好。

这周我们换个方式：
时间：11月12日（周四）下午2点至5点
地点：项目部二楼会议室
形式：每人一台平板，用你们项目的真实数据一项一项实际操作（人员进场登记、考勤异常处理、月度报表导出），讲师只做演示和答疑；
结束前每人独立做一遍，做不下来的当场再教，不走。

需要您这边帮忙通知各位资料员，并提前把各自的账号密码找好。

陈默""",
  quote="""陈默：
呵呵，你们上周的培训就是走过场，念了一个小时PPT，我们资料员一个都没学会。醉了。下次能不能来点实在的？
方晓"""),

c(expect=[], lang="zh",
  why="hard negative: client's insult ('糊弄鬼') only in an Outlook-zh quote; blunt PM owns the problem and commits to a re-issue date",
  sender=ZTJ, to=[DCS], subject="Re: 沉降监测月报", quote_style="outlook_zh",
  body="""杜工：

这份月报确实做得糙，您说得没错，不怪您生气。

问题我认：曲线图漏了单位和预警线，结论写得太笼统，没有分测点给数据。

周一上午之前给您重出一版：
1. 32个测点逐点列出本月累计沉降、速率和历史最大值；
2. 曲线图加上单位，以及预警值、控制值两条线；
3. 结论按测点分级，超过预警值70%的单独列出并说明原因。

出来之后我先拿给您过一遍，您觉得能拿给专家了再发。

赵铁军""",
  quote="""赵经理：
你们交的这份沉降监测月报是在糊弄鬼吧？曲线图连坐标单位都没有，结论就一句“基本稳定”。拿这个去给专家看，我脸往哪搁？
杜春生"""),

c(expect=[], lang="en",
  why="hard negative: client's 'frankly unacceptable… Do you people even read' only in an Outlook quote; calm facts and a recovery plan",
  sender=PN, to=[GT], subject="RE: Commissioning delays", quote_style="outlook",
  body="""Dear Grace,

Thank you for your email, and I understand the frustration; a two-week slip on commissioning is not what anyone wanted to hear.

The facts, briefly:
- Chiller 2 failed its performance test on 4 November because the condenser water flow was 18% below design. The mechanical contractor is rebalancing the pumps this week.
- Until that test passes, we cannot complete the integrated systems test, which is why the BMS commissioning end date has moved to 20 November.
- 62 of the 64 air-handling units are commissioned and signed off.

To recover time, we have moved two engineers onto the lighting and metering points so those finish in parallel, and I will send you a short daily progress note from tomorrow until sign-off.

I am also happy to walk the plant room with you on Thursday if that would be useful.

Kind regards,

Priya Nair
Senior Project Manager""",
  quote="""Priya,

This is frankly unacceptable. Commissioning was supposed to finish last Friday and now I'm hearing another two weeks. Do you people even read your own programme? I need answers, not excuses.

Grace"""),

c(expect=[], lang="mixed",
  why="hard negative: client's 'This is ridiculous… 到底有没有在 test' only in the quote; PM apologises, explains, fixes",
  sender=SDW, to=[SYQ], subject="Re: 门禁 app 又登录不了",
  body="""Yaqi,

先说对不起, 这周三次都是我们的锅.

原因: 我们周一升级了 login 服务, token 过期时间配错了, 本来是 30 天, 配成了 30 分钟, 用户用着用着就被踢出来. 测试环境没测出来, 是因为测试账号每次都是新登录.

已经做了:
1. 今天上午 9:20 改回 30 天, 所有 tenant 重新登录一次就好;
2. 发布流程里加一项: 上线前用一个已登录超过 24 小时的账号回归一遍.

明天早上 8 点我在 lobby, tenant 有问题当面帮他们处理.

大伟""",
  quote="""大伟,
This is ridiculous. 门禁 app 这周第三次登录不了了, 我们 tenant 在 lobby 排队排到门口. 你们到底有没有在 test?
Yaqi"""),

c(expect=[], lang="zh", trad=True,
  why="hard negative (traditional Chinese): client's '你們到底懂不懂' only in a Foxmail quote; PM agrees and lists fixes",
  sender=LJH, to=[XW_T], subject="Re: 門禁權限設定", quote_style="foxmail",
  body="""許科長您好：

您提醒得非常對，金庫樓層的權限管理確實應該比一般樓層嚴格，這一點我們原先的設定考慮不足。

我們今天已經做了以下調整：
一、金庫樓層（B3）的門禁權限從物業管理員帳號中移除，改由貴行保衛部指定的兩位人員以雙人覆核方式設定；
二、所有權限變更留存操作日誌，保存期限五年，貴行稽核可隨時調閱；
三、明天上午十點，我會帶工程師到貴行，當面跟保衛部確認設定細節。

造成您的困擾，深感抱歉。

梁家豪""",
  quote="""梁先生：
你們到底懂不懂銀行的規矩？金庫樓層的門禁權限怎麼可以讓物業自己改？出了事誰負責？
許文"""),

c(expect=[], lang="zh",
  why="hard negative: '并不是贵方的问题' taking the blame, '不收取任何费用' for the fix, client's self-blame only in the quote",
  sender=HJG, to=[LZH], cc=[FX], subject="Re: 闸机批量误识别",
  body="""刘总：

谢谢您这么体谅我们，不过这次真的并不是贵方资料员的问题。

我们查了日志：昨天中午12点我方远程给闸机推送了新版识别算法，新版本在逆光条件下的比对阈值设置有误，下午东门正对西晒，于是出现了批量误识别。照片本身都符合规范。

处理情况：
1. 昨晚10点已回退到旧版本，今天上午误识别为零；
2. 昨天下午受影响的17人考勤记录，我们已根据视频逐一核对修正，修正明细附后，请资料员确认；
3. 新版本在实验室补测逆光场景后再推送，推送前提前一天通知您。

这次的排查和修正不收取任何费用，给您和工人添乱了，抱歉。

何建国""",
  quote="""何总：
昨天下午东门闸机把十几个工人识别成别人，考勤全乱了。是不是我们资料员录入照片不规范造成的？
刘振华"""),

# ---------------- internal, constructive about the client ----------------
c(expect=[], lang="zh",
  why="hard negative: PM answers a colleague's quoted complaint about the client constructively ('换我坐他那个位置,也得改')",
  sender=ZTJ, to=[ML], subject="Re: 华筑又要改巡检表单",
  body="""丽姐：

理解你们开发的辛苦，这个月确实改得多。

不过我下午去现场转了一圈，情况是这样：他们这个月迎了两次省里的安全大检查，检查组每次提的整改要求都不一样，钱总监是被上面推着改的，不是瞎改。换我坐他那个位置，也得改。

我想从根上解决：把巡检表单做成可配置的，检查项、评分规则由他们自己在后台调，不用每次找开发。你估一下工作量，我明天跟钱总监当面谈，顺便把这个月的几次改动合并成一个变更单，费用怎么算也说清楚。

辛苦了，周五请你们组喝咖啡。

铁军""",
  quote="""铁军：
华筑这帮人真难伺候，安全巡检表单这个月已经改第四版了，每次都说是最后一版。我们开发都快被他们折腾疯了，能不能让他们消停点？
马丽""", quote_from=ML),

c(expect=[], lang="zh",
  why="hard negative: internal note with the client deliberately in Cc; '刘总说得在理' and a concrete plan",
  sender=HJG, to=[ZTJ, CM], cc=[LZH], subject="关于刘总反馈的考勤数据延迟问题（抄送刘总）",
  body="""铁军、陈默：

刘总昨天反馈，工人考勤数据在平台上要延迟一个多小时才显示，分包老板对着手机刷半天看不到，意见很大。我认为刘总说得在理，这件事我们自己要先认下来。

我特意抄送刘总，方便他看到我们的处理安排：
1. 陈默今天查清延迟是出在闸机批量上传间隔（目前60分钟）还是平台处理队列，晚上8点前给我结论；
2. 铁军明天上午带人去现场，把上传间隔调到5分钟，并观察一天的网络流量；
3. 周五例会上由我当面向刘总汇报结果。

刘总，如果您那边还有其他场景的延迟情况，也请随时直接告诉我。

何建国"""),

c(expect=[], lang="zh", trad=True,
  why="hard negative (traditional Chinese): internal mail saying the client's harsh concern is justified and planning a face-to-face visit",
  sender=LJH, to=[CPJ], subject="許科長的顧慮",
  body="""佩君：

昨天跟許科長開會，他對門禁權限的意見講得比較重，但我回來想了想，他的顧慮其實很有道理。銀行的金庫樓層跟一般辦公樓不一樣，我們直接套用商業大樓的做法，本來就欠考慮。

我想下週二我們一起去拜訪保衛部，當面聽聽他們的作業流程，再把權限模型重新設計一遍。你那邊先整理一份目前各樓層的權限清單，週一給我，好嗎？

家豪"""),

c(expect=[], lang="en",
  why="hard negative: internal, 'he has a point' about the client's blunt criticism, concrete fix, self-deprecating 'My brain'",
  sender=DF, to=[PN], subject="Mark's comments on the thermal report",
  body="""Priya,

Had a call with Mark this morning. He was pretty blunt about the thermal report: 40 pages, and his legal team couldn't find the moisture points without phoning us. Honestly, he has a point. We write these for our pilots, not for a developer's lawyers.

Proposal: a two-page summary on top of every report from now on. Page one is a facade elevation with numbered red dots, page two a table: dot number, what it is, how bad, what to do. Everything else becomes an appendix.

I'll mock one up for the east facade tomorrow and run it past Mark before we roll it out. Shout if you think the format's missing something.

And yes, I realise it took me three reports to figure this out. My brain.

Derek"""),

c(expect=[], lang="mixed",
  why="hard negative: internal note with the client deliberately in Cc; the client's request is 'totally reasonable'",
  sender=XT, to=[ZH], cc=[KH], subject="Flight log 格式调整 (cc Kevin)",
  body="""周宏,

Kevin 昨天提的意见我觉得 totally reasonable: 我们现在给的 flight log 只有起降时间, 没有每架次的 altitude、与塔吊的最小距离和 pilot 签名, 业主的 safety team 没法审.

我 cc 了 Kevin, 让他看到我们的 plan:
1. 从下周一起, 每架次 log 加上 max altitude、与塔吊最小水平距离、pilot 签名;
2. 本月已飞的 11 个架次你补一份, 周五前发我;
3. 格式我先出个模板, 今晚发你和 Kevin, Kevin 看看 safety team 还缺什么.

谢婷"""),

c(expect=[], lang="zh",
  why="hard negative: internal self-criticism with a rhetorical '难道是客户的问题吗?' aimed at our own report design",
  sender=CM, to=[ML], subject="关于月度报表可读性的想法",
  body="""丽姐：

这两周华筑那边好几个人跟我说月度报表看不懂，今天刘总在例会上又提了一次。

我回来把报表从头看了一遍，说实话，自己都看得头大：一页上塞了十几个指标，缩写一大堆，颜色还有七八种。客户看不懂，难道是客户的问题吗？我觉得是我们设计的问题。

我想周四跟你约一个小时，一起把报表砍一砍：首页只留在场人数、考勤异常、隐患闭环率、塔吊预警四个指标，其他的放到明细页。你看周四下午方便吗？

陈默"""),

# ---------------- banter that does not disparage the client ----------------
c(expect=[], lang="zh",
  why="hard negative: internal banter, '服了' as praise for the pilot, '我这脑子' aimed at oneself, client praised; colleague called 明明",
  sender=SDW, to=[ZH], cc=[GMM], subject="今天这活儿漂亮",
  body="""老周：

今天五级阵风，你把M30稳稳落在塔吊边上那块空地上，整个项目部的人都在板房窗户后面看着，我是真服了。华筑的刘总后来专门过来问是哪个飞手，说要请你吃饭，这面子是你挣的。

我这脑子，备用电池又落在车后备箱，害你多等了二十分钟，今晚烧烤我请，算赔罪。

明明，你下午拼的点云我看了，5号楼东立面那块空洞补得挺好，明天一起发给杜工。

大伟"""),

c(expect=[], lang="mixed",
  why="hard negative: internal code-switched mail praising the client's coordinator and retracting an earlier gripe",
  sender=CM, to=[HZQ], subject="Kevin 这次 really 给力",
  body="""志强哥,

跟你说个好消息: Kevin 昨天一天就把我们四个飞手的 site access 全批下来了, 连 induction 都帮我们插到了今天早上第一场. 之前我们老觉得他流程卡得死, 这次看下来是我们自己材料没交齐, 怪不得人家.

我这脑子, 上次还在群里嫌他慢, 回头得当面跟他说声谢谢. 下周 demo 你要是见到他, 也帮我带句话.

陈默"""),

c(expect=[], lang="zh",
  why="hard negative: praise; '几乎是不可能的任务' describes a task the client's team accomplished",
  sender=LXY, to=[FX], cc=[LZH], subject="人脸录入完成啦，谢谢资料室！",
  body="""方工、刘总：

报告一个好消息：截至今天下午5点，东区项目1,206名工人的人脸信息全部录入完成！

说实话，上周接到“三天录完”这个任务的时候，我私下觉得这几乎是不可能的任务，毕竟很多工人白天都在作业面上。结果资料室的几位老师想出了在食堂门口设点、中午和晚饭时集中录的办法，三天刚好收尾。真的太给力了！

明天起各门岗闸机全部切换为刷脸通行，第一周我们安排一名同事驻场，有问题随时找他。

小雨"""),

# ---------------- risky words in another sense / as technical terms ----------------
c(expect=[], lang="zh",
  why="hard negative: '如果读数还是不行' (a sensor test), '几乎不可能被改动' (data integrity) in another sense",
  sender=LXY, to=[FX], subject="2号扬尘监测点读数跳动的处理安排",
  body="""方工您好～

2号扬尘监测点这两天PM10读数忽高忽低的问题，我们初步判断是切割头积灰，明天上午10点工程师到现场清洗。

清洗后观察24小时，如果读数还是不行，我们直接换一台新的传感器，备件已经带在车上了，不需要您那边再走采购流程。

另外您担心的“数据被篡改”这一点可以放心：设备数据是从传感器直接加密上传到平台的，中间没有人工环节，现场几乎不可能被改动。我们也可以给您开一个只读账号，您随时能看原始数据曲线。

有任何情况我第一时间告诉您！

小雨"""),

c(expect=[], lang="zh",
  why="hard negative: '别再坚持冒险登高', '必须立即撤离' quoted as the text of a safety push notification",
  sender=SDW, to=[QW], subject="恶劣天气停工提醒已上线",
  body="""钱总监：

您上周提的恶劣天气提醒，今天已经在平台上线了，简单说一下：

1. 气象局发布大风、寒潮、暴雨预警后，平台10分钟内自动推送到各班组长手机，推送标题统一为“停止高空作业提醒”；
2. 推送正文用的是您给的原话：“风力六级以上，各班组别再坚持冒险登高，必须立即撤离塔吊和外架”；
3. 班组长必须点“已读确认”，30分钟内没确认的，系统自动打电话给您和值班安全员。

明天早班前会我过去现场再给班组长们演示一遍。有需要调整的地方您直接说。

孙大伟"""),

c(expect=[], lang="mixed",
  why="hard negative: 'annoying flicker' is a bug, 'connection refused' is a firewall symptom, 'must accept' / 'you must restart' are technical",
  sender=XT, to=[SYQ, KH], subject="Lobby display 闪屏 & gateway connection refused",
  body="""Hi Yaqi, Kevin,

昨天 lobby display 那个 annoying flicker 查到原因了: display 的 refresh 跟 BMS gateway 的 polling 撞在一起, 改了 polling interval 之后今天早上观察两小时, 没再闪.

另外 Kevin 提到的 connection refused, 是因为 IT 那边新加的防火墙规则把 47808 端口关了. BACnet/IP 必须走这个端口, gateway 也必须同时 accept BACnet/IP 和 Modbus TCP 两种 protocol, 所以麻烦 Kevin 帮忙让 IT 把 47808/UDP 对 gateway 的 IP 开放.

开放后 you must restart the gateway service once, 我们远程看一下数据就可以 close 这张单.

谢婷"""),

c(expect=[], lang="en",
  why="hard negative: 'annoying flicker' (bug), 'you must power-cycle' (instruction), 'We won't be charging'; 'No excuses' only in a signature motto",
  sender=DF, to=[KH], subject="Lobby screen flicker - fixed",
  body="""Kevin,

Quick one. The annoying flicker on the lobby energy display is sorted. Cause was the display's refresh clashing with the gateway polling every 5 seconds; we moved polling to 15 seconds and it's been stable since 8am.

If it ever comes back, you must power-cycle the display controller (the grey box behind the reception desk), not the screen itself. Screen restarts won't clear it.

We won't be charging for this visit; it was our config.

Derek

Derek Foster | Site Delivery Lead
No shortcuts. No excuses. Nobody gets hurt."""),

c(expect=[], lang="en",
  why="hard negative: 'As I said on Tuesday's site walk, I'd confirm' is follow-through, not a put-down",
  sender=DF, to=[ME], subject="Crane exclusion zone for drone flights - confirmed",
  body="""Mark,

As I said on Tuesday's site walk, I'd confirm the crane exclusion zone by today. Confirmed:

- 30 m horizontal clearance from any tower crane jib, slewing or not.
- No flights directly over the hoist or the loading bay between 7am and 4pm.
- The crane coordinator gets a radio call before every take-off; we hold if he says hold.

I've added this to the flight method statement (rev C, attached) and briefed both pilots this morning. Nothing else needed from your side unless your safety manager wants to sign the method statement too.

Derek"""),

c(expect=[], lang="zh",
  why="hard negative: motto '工地上没有不可能' and '违章就是犯罪' only in the signature; body is a polite scheduling request",
  sender=ZTJ, to=[LZH], cc=[QW], subject="下周二塔吊黑匣子年检时间确认",
  body="""刘总：

下周二（11月17日）上午9点，我们配合检测机构对1至6号塔吊的安全监控黑匣子做年检，每台大概40分钟，期间该塔吊暂停吊装作业。建议按6、5、4、3、2、1的顺序来，先检不在主楼施工面上的，尽量少影响进度。

您看这个时间和顺序行不行，有调整周一前告诉我就行。

赵铁军
智慧工地事业部 项目经理
-- 
安全无小事，违章就是犯罪。
工地上没有“不可能”，只有不想干。"""),

c(expect=[], lang="zh",
  why="hard negative: self-criticism with '难道我们连…都看不出来吗?' aimed at ourselves, apology and fix",
  sender=LXY, to=[DCS], subject="关于点云坐标偏移问题的说明与致歉",
  body="""杜工您好：

您昨天指出5号楼点云模型整体偏移了约0.8米，我们今天复核，情况属实。

原因是飞手外业时用的是WGS84坐标，内业拼接后没有转换到项目的独立坐标系，这一步本该由我复核把关。回头看，难道我们连这么明显的偏移都看不出来吗？说到底是我复核流于形式，向您道歉。

处理安排：
1. 今天已完成坐标转换，重新生成的模型明天上午10点前上传；
2. 今后每批成果交付前，增加与三个控制点坐标的比对记录，随成果一起提交。

给您的深化设计带来了麻烦，实在抱歉。

林小雨"""),

c(expect=[], lang="zh",
  why="hard negative: colleague named 明明 ('明明说周五能出'); '这个担心是对的' about the client's concern",
  sender=HJG, to=[DCS], cc=[GMM], subject="管线综合模型第二版进度",
  body="""杜工：

您周一提的地下室管线综合净高不足的问题，我们负责建模的郭明明已经在调了。明明说主要是喷淋主管和桥架打架，排布调整后最低点净高能从2.1米提到2.35米，周五下班前出第二版。

您说担心车库坡道那一段净高不够，这个担心是对的，那一段我们会单独出一张剖面图给您确认。

何建国"""),

# ---------------- long but focused ----------------
c(expect=[], lang="zh",
  why="hard negative, long and focused: inspection report where 不合格 / 一票否决 / 拒收 are technical terms",
  sender=OYJ, to=[ZGD], cc=[XW], subject="新总部大楼幕墙无人机巡检报告（第三期）摘要",
  body="""郑处长：

第三期幕墙无人机巡检已于11月6日至8日完成，现将报告要点汇报如下，完整报告（含影像及点云）已上传至项目协同平台。

一、巡检范围与方法
本期覆盖塔楼东、南、西三个立面及裙楼屋面，共飞行14架次，采集可见光影像6,820张、红外影像2,140张。北立面位于塔吊作业半径内，按安全规定禁飞，顺延至第四期。飞行时段均安排在上午7点至9点半，避开日照直射，保证红外成像的温差对比可靠。

二、发现问题汇总
共识别疑似缺陷47处，经人工逐张复核，确认不合格项21处，分类如下：
1. 结构胶开裂或脱落：6处，集中在东立面18至22层转角部位；
2. 玻璃自爆风险（可见钢化玻璃内部杂质或应力斑）：3处；
3. 开启扇五金松动：9处，其中4处位于人员密集的主入口上方；
4. 屋面防水卷材搭接不合格：3处。

按现行幕墙安全性检查的相关规定，第1、2类属于一票否决项，须在竣工验收前完成整改，否则验收无法通过；第3类建议在雨季前处理；第4类可纳入总包正常的缺陷整改流程。

三、材料抽检情况
同期对幕墙分包进场的两批结构胶进行了送检，其中一批（批号SG-1027）相容性试验不合格。我方已建议监理单位对该批次材料作拒收处理，并请总包追溯已使用该批次的部位，形成清单报监理复核。

四、下一步建议
1. 请总包组织幕墙分包于11月20日前完成第1、2类问题整改，整改后我方安排复飞核验，并出具复核报告；
2. 主入口上方的4处开启扇五金问题，建议本周内先行加固；
3. 第四期巡检拟于12月初进行，届时补飞北立面；
4. 建议贵处在下次监理例会上通报结构胶批次问题，督促各方落实。

五、说明
红外影像只能提示可能存在问题的部位，最终结论需结合现场检测确认；第20层西侧部分影像受邻楼玻璃反光影响，已在报告中标注为低可信度。

以上建议仅供参考，具体整改安排以贵处和监理单位意见为准。

欧阳静
项目经理"""),

c(expect=[], lang="zh",
  why="hard negative, long and focused: root-cause analysis of crane anti-collision false alarms, blunt but on topic",
  sender=ZTJ, to=[LZH], cc=[DCS], subject="3号、5号塔吊防碰撞误报原因分析",
  body="""刘总、杜工：

3号、5号塔吊本周防碰撞误报的原因查清了，把情况说一下。

一、现象
11月3日至9日，两台塔吊共报警27次，其中真实的干涉预警2次，其余25次为误报。误报集中在每天上午8点到10点、下午4点到6点两个时段。

二、排查过程
1. 调取黑匣子数据，误报时刻两台塔吊实际最小距离均大于12米，远超8米的报警阈值，排除真实干涉；
2. 检查回转编码器，3号塔吊编码器线缆外皮破损，雨后受潮，回转角度出现跳变，最大跳变达到11度；
3. 检查风速仪，5号塔吊风速仪安装位置被塔帽上新加的广告牌遮挡，风速读数偏低，系统按低风速放宽了预警距离，导致算法反复在报警和解除之间切换；
4. 时段集中的原因：这两个时段正好是两台塔吊交叉作业最频繁的时候，角度一跳就容易踩线。

三、处理措施
1. 3号塔吊编码器线缆已于11月10日整根更换，并加装防水护套；
2. 5号塔吊风速仪已上移1.2米，避开广告牌；
3. 平台增加一条规则：角度在1秒内跳变超过5度时，先判定为传感器异常并通知我方运维，不直接触发报警；
4. 其余4台塔吊的编码器线缆和风速仪，我们本周顺带逐台检查一遍，有问题一并处理。

四、需要贵方配合
1. 塔帽上再加装任何构件前，麻烦提前告诉我们一声，我们评估一下对传感器的影响；
2. 本周请塔吊司机在发现异常报警时，在对讲机里报一下时间，方便我们对照数据。

五、后续预防
我们会把编码器线缆和风速仪检查纳入每月例行巡检表，由我方运维和贵方塔吊维保单位共同签字；同时在平台上给每台塔吊增加传感器健康度指标，读数异常时提前提示，争取把问题挡在报警之前。

从11月10日下午处理完到今天中午，两台塔吊误报为零。我们再观察一周，周五例会上给您最终结论。

赵铁军"""),

c(expect=[], lang="zh",
  why="hard negative, long and focused: BAS cut-over plan with window, steps, rollback, staffing and risks",
  sender=HJG, to=[ZGD], cc=[XW], subject="新总部大楼楼宇自控系统切换方案（12月6日）",
  body="""郑处长：

12月6日（周日）楼宇自控系统将由临时系统切换到正式系统，方案如下，请审阅。

一、切换窗口
12月6日6:00至18:00。当天大楼无办公人员，仅保留保安和物业值班人员。

二、切换范围
冷热源、空调机组（共64台）、新风机组（22台）、给排水、送排风、电梯监视及照明回路，合计约3,800个点位。消防系统和安防系统不在本次切换范围内，保持独立运行。

三、步骤
1. 6:00至8:00，备份临时系统全部参数和运行曲线；
2. 8:00至12:00，分楼层将控制器网络从临时服务器迁移到正式服务器，每完成一层由物业人员现场确认设备状态；
3. 12:00至15:00，冷站联调，依次启停冷机、冷冻泵、冷却塔，验证联锁逻辑；
4. 15:00至17:00，全楼点位核对，抽检比例不低于20%；
5. 17:00至18:00，交接，由物业值班人员签字确认。

四、回退方案
任一楼层迁移后30分钟内设备状态不能恢复正常的，该楼层立即回退到临时系统，次日再单独处理，不影响其他楼层继续切换。临时服务器保留至12月31日。

五、人员
我方现场8人，包括楼控工程师4人、网络工程师2人、项目经理和安全员各1人；请贵处安排物业工程人员至少4人全程配合，并开放B2层冷站和各层强电间。

六、风险提示
1. 当天如遇气温低于零度，冷站联调改为仅验证逻辑、不实际启动冷却塔，以免管路结冰；
2. 切换期间电梯监视画面会有约10分钟中断，电梯本身运行不受影响，请提前告知保安。

七、沟通机制
切换当天设现场指挥组，由我方项目经理和贵处指定的一位负责人共同担任，每两小时在工作群通报一次进度；出现需要回退的情况，由双方负责人现场确认后执行。切换完成后三天内，我方提交切换总结报告，列明遗留问题及处理时限。

如贵处对时间窗口或步骤有意见，请于11月30日前告知，我们据此调整。

何建国"""),

c(expect=[], lang="zh",
  why="hard negative, long and focused: weekly report with completed work, issues, next-week plan and requests",
  sender=CM, to=[LZH], cc=[DCS, QW], subject="智慧工地平台项目周报（第45周）",
  body="""刘总：

第45周（11月2日至11月8日）项目周报如下。

一、本周完成
1. 劳务实名制：新增进场登记83人，退场41人，当前在场1,146人；人脸采集完成率98.7%，剩余15人集中在夜班班组，已约好周二晚上补录。
2. 塔吊监控：6台塔吊全部在线，本周累计吊次4,312次，超载预警3次，均已由司机现场处置，黑匣子记录完整。
3. 扬尘噪音：4个监测点数据完整率99.2%；2号点PM10数值异常，已安排清洗切割头。
4. 视频监控：新增5号楼施工电梯口摄像头2路，已接入平台。
5. 安全巡检：APP累计提交巡检记录216条，隐患整改闭环率91%，未闭环的19条已推送到各责任班组。

二、存在问题
1. 东门闸机周三早高峰出现过一次排队，原因是4号楼临电跳闸导致网关断电，已改接独立回路并加装UPS；
2. 资料员反映月度考勤报表导出格式与贵司财务要求不一致，我们已拿到财务模板，下周调整；
3. 夜班班组手机信号较弱，巡检照片上传偶有失败，我们正在测试APP的离线缓存功能。

三、下周计划
1. 完成考勤报表模板调整，11月13日前发贵司试用；
2. 11月12日下午组织资料员实操培训；
3. 配合11月17日塔吊黑匣子年检；
4. 开始准备年底平台使用情况汇报材料，初稿11月20日前发您审阅。

四、需贵司协调
1. 请于11月11日前确认考勤报表模板；
2. 年检当天请提前通知各塔吊司机。

五、其他说明
1. 本周平台共发送各类预警推送1,032条，其中扬尘超标预警12条、塔吊超载预警3条、未戴安全帽抓拍预警41条，均已在平台留痕；
2. 11月5日晚间平台做了一次例行版本更新，时间为22:00至22:30，期间闸机切换离线模式运行，未影响考勤；
3. 根据杜工上周的建议，塔吊监控大屏已增加吊重曲线，方便项目部晨会时查看前一日吊装情况。

如有问题随时电话联系。

陈默"""),

c(expect=[], lang="en",
  why="hard negative, long and focused: facade inspection findings, recommendations, limitations (400+ words, on topic)",
  sender=PN, to=[ME], cc=[GT], subject="East and south facade drone inspection - findings and next steps",
  body="""Dear Mark,

Please find below a summary of the east and south facade drone inspection carried out on 5 and 6 November. The full report, including imagery and the thermal overlays, is on the project portal.

Scope and method
We flew eleven sorties covering the east and south elevations from level 3 to the roof parapet, capturing 5,200 visual images and 1,900 thermal images. Flights were carried out between 7:00 and 9:30 each morning, before the sun reached the east face, to keep the thermal contrast reliable. The north elevation was excluded because it sits inside the tower crane's slewing radius; it will be flown once the crane is dismantled.

Findings
We identified 36 items, grouped as follows:
1. Suspected moisture ingress behind the cladding (14 items), concentrated around the window heads on levels 9 to 14 of the east facade. The thermal signature is consistent with water tracking along the head flashing.
2. Sealant failure at panel joints (11 items), mostly on the south facade at levels 4 to 6, where the sealant appears to have been applied in cold weather.
3. Damaged or missing fixings on the sunshade fins (7 items). None appear to be at immediate risk of falling, but four are close enough to the public footpath that we would treat them as a priority.
4. Minor surface damage to panels (4 items), cosmetic only.

Recommendations
- Items in group 3 should be inspected from a cherry picker within the next two weeks. We have flagged the four fins above the footpath as priority one in the report.
- For group 1, we suggest a targeted water test on two representative window heads before any remedial design, so that the contractor is fixing a confirmed cause rather than a suspected one.
- Group 2 can be handled through the contractor's normal defects process.
- Group 4 can wait for the practical completion walk.

Next inspection
The next scheduled flight is in early December. We propose re-flying the group 1 locations at the same time, so we can compare the thermal signature after any water test or remedial work.

Access and safety
All flights were coordinated with the crane coordinator by radio, and the loading bay was kept clear of overflight between 7am and 4pm in line with the agreed method statement. No incidents or near misses were recorded over the two days.

Limitations
Thermal imaging indicates where moisture is likely, not where it definitely is; confirmation needs intrusive investigation. Some images on level 12 were affected by reflections from the adjacent building and are marked as low confidence.

I am happy to walk through the findings with you and the contractor at next week's site meeting, or separately if that suits you better.

Kind regards,

Priya Nair
Senior Project Manager"""),
]

CASES = POS + NEG
random.Random(4343).shuffle(CASES)
