"""heldout10: labelled PM email drafts (digital agency / marketing / design / SaaS implementation).

Written by an independent helper for mailcoach. Training/tuning set (see README.md).
Each dict is one draft; blindkit.py builds the .eml files and labels.json from it.
"""

import random

# --- people -------------------------------------------------------------------------------
XIAOYU = "周小鱼 <zhou.xiaoyu@ourteam.example.com>"      # PM, brand/campaign accounts
CHENMO = "陈默 <chen.mo@ourteam.example.com>"            # PM, SaaS/CRM implementation (bank)
IRIS = "Iris Tang <iris.tang@ourteam.example.com>"      # PM, English-speaking SaaS client
JIAHE = "林嘉禾 <lin.jiahe@ourteam.example.com>"         # PM, traditional-Chinese accounts
MAX = "Max Wu <max.wu@ourteam.example.com>"             # account director / PM
XUNUO = "许诺 <xu.nuo@ourteam.example.com>"              # PM, packaging & design
AJIE = "黄杰 <huang.jie@ourteam.example.com>"            # designer "阿杰"
LEO = "Leo Zhang <leo.zhang@ourteam.example.com>"       # front-end dev
COCO = "Coco Li <coco.li@ourteam.example.com>"          # account executive
XIAOMAN = "宋小满 <song.xiaoman@ourteam.example.com>"     # copywriter
LILY = "Lily Fang <lily.fang@ourteam.example.com>"      # director
GAOYUAN = "高远 <gao.yuan@ourteam.example.com>"           # implementation consultant

ZHAOMIN = "赵敏 <zhao.min@client-a.example.cn>"           # client A, marketing director
KEVIN = "Kevin Liu <kevin.liu@client-a.example.cn>"      # client A, brand manager
SUNXIAO = "孙晓 <sun.xiao@client-a.example.cn>"           # client A, digital lead
WANGZONG = "王建国 <wang.jianguo@client-a.example.cn>"     # client A, founder
CHAN = "陳家豪 <chan.kaho@client-a.example.cn>"           # client A, HK/TW branch
RACHEL = "Rachel Moore <rachel.moore@client-b.example.com>"
TOM = "Tom Becker <tom.becker@client-b.example.com>"
PRIYA = "Priya Nair <priya.nair@client-b.example.com>"
AMY = "Amy Chen <amy.chen@client-b.example.com>"
ZHENGWEI = "郑伟 <zheng.wei@bank-c.example.cn>"            # bank C, division head "郑处"
HUANGLI = "黄丽 <huang.li@bank-c.example.cn>"
QIANWEN = "钱文 <qian.wen@bank-c.example.cn>"
LIXF = "李晓峰 <li.xiaofeng@bank-c.example.cn>"
TSAI = "蔡佩珊 <tsai.peishan@bank-c.example.cn>"


def case(expect, lang, why, sender, to, subject, body, cc=(), quote=None, quote_from=None, **extra):
    d = dict(expect=list(expect), lang=lang, why=why, sender=sender, to=list(to), cc=list(cc),
             subject=subject, body=body.strip("\n"), quote=quote.strip("\n") if quote else None,
             quote_from=quote_from, trad=extra.pop("trad", False))
    d.update(extra)
    return d


CASES = []
add = CASES.append

# =========================================================================================
# POSITIVES
# =========================================================================================

# ---- argue ------------------------------------------------------------------------------
add(case(["argue"], "zh",
    "argue: passive-aggressive '温馨提示' blaming the client for the delay and lecturing them to sort out their own process",
    XIAOYU, [ZHAOMIN], "Re: 秋季新品主视觉进度",
    """
赵总好，

收到。进度这块我简单回顾一下时间线，供您参考：
- 10月9日，我们提交产品拍摄需求清单；
- 10月23日，贵方确认拍摄样品寄出时间；
- 11月6日，样品实际到达我们工作室（比约定晚了整整两周）。

所以温馨提示一下：主视觉慢，这口锅恐怕端不到我们桌上来哦 🙂 下回催进度之前，建议贵方先在内部把自己的交付节点对一对，免得大家白忙一场。

主视觉初稿周五中午前发您。

周小鱼
""",
    quote="""
小鱼，主视觉怎么还没出？下周一就要投放了，你们这边到底什么情况？麻烦今天给个准话。
""", quote_from=ZHAOMIN))

add(case(["argue"], "en",
    "argue: condescending 'let me walk you through this slowly', blames the client's IT and tells them to check before emailing",
    IRIS, [TOM], "Re: Why is the lead sync still broken?",
    """
Hi Tom,

Let me walk you through this one more time, slowly, since the last two explanations apparently didn't land.

The sync runs on the API user your IT team created. Your IT team then changed that user's password on Monday without telling anyone. No valid credentials, no sync. This isn't a mystery and it isn't a bug on our side. It's a password.

Before the next "what is going on" email, I'd appreciate it if someone over there checked whether they touched the integration user. It would save all of us a day.

Once you send the new credentials through the vault link, the backlog will replay within an hour.

Iris
""",
    quote="""
Iris - leads from the webinar form still aren't showing up in the CRM. This is the third day. What is going on?
""", quote_from=TOM))

add(case(["argue"], "zh",
    "argue (traditional): rhetorical blame, seven requirement versions thrown back at the client, 'ask yourselves'",
    JIAHE, [CHAN], "回覆：官網改版為何延期",
    """
陳經理您好：

來信收悉。關於「為何延期」這個問題，我想我們雙方都心知肚明。

從九月到現在，貴司的首頁需求一共改了七個版本：先要極簡，再要熱鬧，後來又說要「極簡的熱鬧」。每改一次，設計、前端、測試全部重來。在這種情況下還期待原定日期上線，恕我直言，這個期待本身就不太實際吧？

與其追問我們為何延期，不如先問問貴司內部，需求到底由誰拍板。

新的上線日期，我們會在需求凍結後另行通知。

林嘉禾
""", trad=True))

add(case(["argue"], "mixed",
    "argue: sarcastic 栓Q + 'basic color theory' lecture, tells the client to learn colour basics before giving feedback",
    XUNUO, [KEVIN], "Re: 包装主色调 feedback",
    """
Hi Kevin,

收到你的 feedback: 希望主色是"五彩斑斓的黑", 并且要"更黑一点但又不能太暗"。

我们栓Q了 🙂

稍微科普一下 basic color theory: 黑就是 RGB(0,0,0) 附近那一小块, 它没有办法"五彩斑斓"。这不是设计能力的问题, 是物理。建议下次提 feedback 之前先花五分钟补一下色彩常识, 不然我们双方都在浪费 billable hours。

附件是三个深色方案 (#121212 / #1B1B2F / #0F1A14), 请挑一个。

Xu Nuo
Project Manager
"""))

add(case(["argue"], "mixed",
    "argue: blames the client's 'boss photo' decision for low CTR, '这个锅我们不背' and tells her to explain the decision chain",
    XIAOYU, [ZHAOMIN], "Re: 双十一预热 CTR 偏低",
    """
赵总,

解释很简单, 数据也摆在这儿:
- 我们推荐的产品特写版 CTR 1.3%
- 贵方坚持上的"老板合影版" CTR 0.2%, 而且它吃掉了 70% 的 budget

当时 A/B 方案我们提了, risk 我们也写了, 是贵方拍板要 all-in 合影版。现在回头问为什么 CTR 低, 这个锅我们不背, 也背不动 🙃 麻烦跟老板汇报的时候把决策链说清楚。

下周起建议把预算切回产品特写版。

小鱼
""", cc=[COCO],
    quote="""
小鱼, 预热第一周 CTR 只有 0.4%, 远低于你们提案里写的 1.2%。我需要一个解释, 老板今天在会上问了。
""", quote_from=ZHAOMIN))

add(case(["argue"], "mixed",
    "argue: mock congratulations with emoji ('truly groundbreaking'), 'this is the fourth time', 'it doesn't bite' lecture",
    MAX, [AMY], "Re: 新 landing page 上线了吗??",
    """
Hi Amy,

Congrats 🎉 你们团队又一次 discovered 了 staging link ≠ production link. Truly groundbreaking 👏

这是第四次了: stg 开头的是测试环境, 给你们内部 review 用的, 不是线上。我在 kickoff deck 第 12 页、上周三的邮件、还有群里的 pinned message 里都写过。真心建议大家把 pinned message 点开看一眼, 它不咬人的 🙂

Production 会在 11/18 切换, 到时候我单独发通知。

Max
"""))

add(case(["argue"], "zh",
    "argue: '第一行。往上翻一翻' sarcasm, blames the client's staff for locking the account, tells them to check internally before escalating",
    CHENMO, [HUANGLI], "Re: UAT 测试账号登不上",
    """
黄老师好，

账号和初始密码在 11 月 3 日那封《UAT 环境开通通知》的第一行。第一行。往上翻一翻就能看到。

登不上的原因我们后台也查了：贵方同事连续输错五次密码，账号按照贵行自己的安全策略被锁了 30 分钟。这个策略是贵行信息科要求我们配的，不是我们设计的。

已经解锁了。麻烦转告业务部门的同事，密码区分大小写，复制粘贴的时候别带空格。类似的问题，还请先内部排查一下再升级到我们这边。

陈默
实施项目经理
""",
    quote="""
陈工，我们这边测试账号还是登不上，能不能快点处理？业务部门在等。
""", quote_from=HUANGLI))

add(case(["argue", "persuade"], "en",
    "argue + persuade: belittles the client's mood board to their face, then 'the only one that will hold up', stop reviewing it, confirm by Thursday or lose launch",
    IRIS, [RACHEL], "Rebrand direction - let's settle this",
    """
Rachel,

I've looked at the mood board your in-house team put together, and I'll be honest: it reads like a 2012 stock template. Gradients, a lens flare, three fonts. Frankly, someone on your side should have caught that before it went to your VP.

We were hired because this is what we do. Our direction, the monochrome system with the custom wordmark, is the only one that will hold up across the app, the packaging and paid social. There isn't a version of your deck that works, so I'd rather we stopped spending review cycles on it.

Please confirm by Thursday that we're proceeding with our direction so the illustrators can start Monday. If we keep going back and forth, the December launch is gone, and that won't be on us.

Iris
"""))

add(case(["backchannel", "argue"], "mixed",
    "backchannel + argue: mail to the client mocks her colleague Kevin as a '灵魂画手' (Kevin in Cc) and lectures on 'basic 常识'",
    XIAOYU, [ZHAOMIN], "Re: 门店海报第五稿",
    """
赵总,

第五稿附上。顺便说一句, 贵司那位"灵魂画手" Kevin 的手绘草图我们组研究了一下午, 大家一致认为可以直接拿去参加抽象艺术展 🎨 能把它还原成现在这样, 已经是设计组的 peak performance 了。

另外有个 basic 的常识想提醒一下: 海报不是 PPT, 不能把 12 条卖点全部塞进一张 A2。这一点我们前四稿的邮件里都讲过, 希望这次能被 read 到 🙏

周五前请确认终稿。

小鱼
""", cc=[KEVIN]))

# ---- refusal ----------------------------------------------------------------------------
add(case(["refusal"], "zh",
    "refusal: flat no ('这个就算了哈，咱不搞 😂') wrapped in a friendly mail, no buffer or alternative for the 3D globe",
    XIAOYU, [SUNXIAO], "Re: 官网首页的几个想法",
    """
孙晓姐～

周末还在想官网的事，太敬业了吧 👍

你说的首页加一个可以拖着转的 3D 地球，这个就算了哈，咱不搞 😂 其他几条（换主推产品、加门店地图入口、底部加公众号二维码）都没问题，我周三前一起更新到原型里。

周三见！
小鱼
"""))

add(case(["refusal"], "en",
    "refusal: 'Short answer: nope. The template is locked.' then moves on, no reason, date or alternative",
    MAX, [RACHEL], "Re: Can we tweak the newsletter header?",
    """
Rachel,

Short answer: nope. The template is locked.

Moving on: the Black Friday send list is ready for your review in the shared drive, and the seed test goes out Tuesday at 10am.

Max
""",
    quote="""
Hi Max, small ask: can we move the logo to the left and add a second CTA button in the header of the newsletter template? Marketing thinks it'll help clicks.
""", quote_from=RACHEL))

add(case(["refusal"], "mixed",
    "refusal slipped into a meeting recap: multi-language switch '-> 不做' with no reason, review or alternative",
    CHENMO, [ZHENGWEI], "会议纪要: CRM 实施周会 (11/10)",
    """
郑处, 黄老师:

今天周会的 minutes 如下, 有遗漏请指出。

1. 数据迁移: 第二批客户数据 (约 42 万条) 已完成 dry run, 错误率 0.3%, 高远周四前出清洗报告。
2. 营销旅程 (journey) 配置: 生日关怀、首刷礼两条已上 UAT, 请业务部门本周内试用。
3. 贵行提出的 App 端英文/繁体多语言切换 -> 不做。
4. 报表: 信用卡激活率 dashboard 下周一 demo。
5. 下次周会: 11/17 14:00, 线上。

Thanks,
陈默
""", cc=[HUANGLI, GAOYUAN]))

add(case(["refusal"], "zh",
    "refusal: bureaucratic '经我司项目组研究，该事项我方不予承接。特此回复。' with no assessment, alternative or escalation",
    CHENMO, [QIANWEN], "Re: 关于增加积分商城模块",
    """
钱主任：

您好。关于贵行零售部提出的在本期营销平台中增加"积分商城"模块一事，经我司项目组研究，该事项我方不予承接。

特此回复。

陈默
营销云实施项目组
""",
    quote="""
陈经理：

我行零售部希望在本期营销平台中增加积分商城模块，持卡人可以用积分兑换礼品，请贵司尽快安排。

钱文
""", quote_from=QIANWEN))

add(case(["refusal"], "zh",
    "refusal (traditional): LINE integration '這一塊我們是不碰的，還請見諒' inside a friendly mail, nothing offered",
    JIAHE, [TSAI], "Re: 活動頁串接LINE官方帳號",
    """
佩珊您好：

謝謝您週一在會上的分享，信用卡年終活動的企劃我們都很喜歡，尤其是抽獎轉盤那一段。

至於您提到活動頁要串接 LINE 官方帳號、自動推播中獎通知這件事，這一塊我們是不碰的，還請見諒。

活動頁初稿預計下週二給您過目。

林嘉禾 敬上
""", trad=True))

add(case(["refusal"], "en",
    "refusal: 'off the table ... full stop', tells them not to spend time on it; no alternative path or escalation",
    IRIS, [TOM], "Re: SSO with our on-prem directory",
    """
Hi Tom,

Direct binding against an on-prem LDAP directory is off the table. The platform talks SAML 2.0 to an identity provider, full stop.

Please let your security team know so they don't spend time on it.

Best,
Iris
""",
    quote="""
Iris, our security team wants the new platform to authenticate directly against our on-prem LDAP directory rather than through an identity provider. Can you set that up before go-live?
""", quote_from=TOM))

add(case(["refusal"], "zh",
    "refusal: fourth revision round '这件事就不用再提了' - flat, no quote, no cheaper option (contrast with the buffered billing negative)",
    XUNUO, [ZHAOMIN], "Re: 包装设计再调一轮",
    """
赵总：

第四轮属于合同外的工作量，免费改这件事就不用再提了，不好意思。

第三轮的源文件今晚打包发您。

许诺
""",
    quote="""
许诺，老板看了第三轮，还是想再调一轮，主要是字体和瓶身插画。这轮能不能就当帮个忙，不另外算钱了？
""", quote_from=ZHAOMIN))

add(case(["refusal", "persuade"], "mixed",
    "refusal + persuade: 'logo 再放大 我们就当没听过 😉', no further discussion, 'trust the process' pressure via KPI",
    MAX, [KEVIN], "Re: 小程序首页 logo 再大一点?",
    """
Hi Kevin,

Trust the process 🙏

你说的"logo 再放大 50%", 我们就当没听过哈 😉 上线就按现在这版来, 这是 design team 和我一致的判断, 没有再讨论的必要了。信我的审美, 现在的比例是最好看的, 你再坚持下去只会拖慢 go-live, 对你的 KPI 也没好处。

周四 10:00 提交审核, 这个 timeline 不动。

Max
"""))

add(case(["refusal", "ramble"], "zh",
    "refusal + ramble: 700 characters of moving house, pottery and food; the only business line flatly refuses the live-streaming request",
    XIAOYU, [SUNXIAO], "好久不见～近况分享",
    """
孙晓姐～

好久没跟你闲聊啦，最近好吗？

我上个月搬家了，从市中心搬到了郊区，通勤时间从二十分钟变成了一个半小时，每天早上六点半起床，在地铁上补觉补到坐过站两次。不过新家楼下有一大片银杏，这两周正好全黄了，早上出门踩着一地金色的叶子，感觉自己像在拍偶像剧，当然主角是一个顶着黑眼圈的打工人。

搬家的时候发现我居然有二十三个马克杯，每一个都是某次活动送的，我一个都舍不得扔，最后全部打包带走了，搬家师傅问我是不是开咖啡馆的。还有一箱大学时的漫画书，翻开一看，里面夹着当年的电影票根和一张写给暗恋对象但没送出去的贺卡，我坐在纸箱堆里笑了半天。

周末去参加了一个陶艺体验课，想给自己捏一个碗，结果捏出来的东西老师看了半天，说"这个很有侘寂感"，我知道她是在安慰我。烧出来以后它确实能装东西，虽然只能装一点点，我现在用它放回形针。

另外，上周你们提的小程序直播带货，我们这边不做，就别等了哈。

说到吃的，我最近发现公司附近有一家云南菜，汽锅鸡特别好喝，鲜到眉毛掉下来，还有一道炒牛肝菌，老板说是当天空运的，我连吃了三天，感觉自己快变成一朵蘑菇了。下次你来我们这边开会，一定带你去尝尝。

还有一个好消息，我养了三年的那盆龟背竹终于开始长新叶子了，叶子上的洞一个比一个大，我每天都要给它拍照，同事说我像在给孩子记录成长日记。楼下的保安大叔也开始跟我交流养花心得，他养的是一盆三角梅，据说已经开了五年花，每次说起来都特别骄傲。

前两天公司楼下的咖啡店推出了一款桂花拿铁，我连喝了四天，店员已经记住我了，一进门就问"老样子？"，那一瞬间我觉得自己像港剧里的熟客。

天冷了，注意保暖呀，回头约饭！

小鱼
"""))

# ---- persuade ---------------------------------------------------------------------------
add(case(["persuade"], "mixed",
    "persuade: flattery first ('品味天花板 ✨') then pressure - B is 'the only right answer', stop considering A, deadline and cost threat",
    XIAOYU, [WANGZONG], "秋冬 campaign 主视觉: 方案 B",
    """
王总,

跟您合作三年了, 说真的, 您是我见过审美最在线、决策最果断的 client 之一, 设计组私下都叫您"品味天花板" ✨

所以我相信您一定会同意: 这次方案 B 才是唯一正确的答案。方案 A 的怀旧风确实是您个人偏爱, 但真的不适合这次的年轻人 campaign, 咱就别再纠结 A 了。

Media 排期已经按 B 锁了, 周三中午前麻烦回个"同意 B"。过了周三, 档期和 early-bird 折扣就都没了, 成本可能要多出 15 万左右, 到时候我也不好跟老板交代 🙏

小鱼
"""))

add(case(["persuade"], "en",
    "persuade: 'the ones that clung to legacy stages all regretted it', let them go and don't reopen it, already configured our way",
    IRIS, [PRIYA], "Re: Custom pipeline stages",
    """
Hi Priya,

I hear you, and I know your sales team loves their seven stages. But I've rolled this platform out for thirty-odd companies, and the ones that clung to their legacy stages all regretted it within a quarter. The standard five-stage pipeline is simply the right answer here.

I'd really encourage you to let the old stages go and not reopen this. Your reps will thank you in three months, and carrying them over will only make your reports worse. I've already configured the standard pipeline in the sandbox, so let's just run with it.

Best,
Iris
""",
    quote="""
Hi Iris, our sales team would really like to keep their seven custom deal stages from the old system. They've used them for years and several reports depend on them.
""", quote_from=PRIYA))

add(case(["persuade"], "zh",
    "persuade: dismisses the client's portrait-format wish as outdated and closes it ('横版，就这么定了好不好？别再犹豫了')",
    XUNUO, [SUNXIAO], "门店海报的版式",
    """
孙晓姐：

您昨天说还是想要竖版海报，我琢磨了一晚上，还是得跟您说实话：竖版这种形式现在已经很少有人做了，放在门店里特别显旧。

这事您就交给我们吧，横版，就这么定了好不好？您那边也别再犹豫了，犹豫下去排期只会更紧。

许诺
"""))

add(case(["persuade"], "zh",
    "persuade: pressure via our CEO's authority and a 4-month / 1.8M cost threat so the bank drops on-prem deployment",
    CHENMO, [ZHENGWEI], "Re: 营销平台部署方式",
    """
郑处：

本地化部署的想法我们理解。不过这件事我们 CEO 上周亲自过问了，明确表态只支持云上专属实例。

坦白讲，贵行如果坚持本地化，项目只能按重大变更处理：工期至少顺延四个月，追加费用预估在 180 万以上，这个账我想行领导不会愿意看到。为了项目整体顺利，贵行就不要再在部署方式上花时间了，本周五前确认云上方案，我们好锁资源。

陈默
""", cc=[LILY],
    quote="""
陈经理，我们科技部倾向于本地化部署，数据放在行内机房比较放心，麻烦评估一下。
""", quote_from=ZHENGWEI))

add(case(["persuade"], "mixed",
    "persuade: sign by EOD or 'you'll be the one explaining to your CFO', monthly plan '别再考虑了', 'Just sign it'",
    MAX, [AMY], "Annual plan renewal - 今天 EOD",
    """
Hi Amy,

说个 straight 的: annual plan 如果今天 EOD 之前不签, 40% 的 early renewal discount 就没了, 明年的预算你们 CFO 肯定会问为什么多花了一大截, 到时候要解释的人是你, 不是我 😅

月付这个想法我知道你们财务喜欢, 但真的不划算, 别再考虑了。签约链接在下面, 点一下就好。Just sign it 🙏

Max
"""))

add(case(["persuade"], "zh",
    "persuade (traditional): client's red-gold palette 'no longer works', '就聽專業的吧', put yours down, we proceed Friday",
    JIAHE, [CHAN], "官網配色定案",
    """
陳經理您好：

上週您提的那套紅金配色，我們內部又看了幾遍。老實說，那個方向在現在的市場上已經行不通了，年輕客群一看就會滑走。

這件事就聽專業的吧：用我們提的霧藍配色。您那一版先放下，不必再想了，我們週五就照霧藍版切圖。

林嘉禾
""", trad=True))

add(case(["persuade"], "zh",
    "persuade: legacy fields '早就该淘汰了', tells the client to stop thinking about them, migration proceeds on our template",
    CHENMO, [LIXF], "Re: 客户字段迁移方案",
    """
李经理：

业务同事的习惯可以理解，但说句实在话，那 23 个字段大部分是十年前的产物，早就该淘汰了。新平台就按我们的标准字段模板迁，您这边跟业务部门也别再惦记那些旧字段了，保留它们没有任何意义，只会把新系统也拖成旧系统。

迁移脚本下周一开始跑，我们就按标准模板准备了。

陈默
""",
    quote="""
陈经理，我们业务部门还是希望保留旧系统里的 23 个自定义字段，很多报表依赖它们。
""", quote_from=LIXF))

# ---- ramble -----------------------------------------------------------------------------
add(case(["ramble"], "zh",
    "ramble: camping, cat, documentaries and a noodle shop; the banner-size confirmation is one buried line",
    XIAOYU, [ZHAOMIN], "近况汇报～",
    """
赵总好～

好久没跟您好好聊天了，这周终于闲下来一点，跟您唠两句。

上周末我们几个同事去莫干山露营，本来想着看星星，结果下了一整晚的雨，帐篷漏水，我抱着睡袋在车里窝了一夜，第二天早上起来腰都直不起来。不过雨后的竹林真的好看，雾气从山谷里一点点升起来，那一刻觉得什么都值了。同行的设计师阿杰带了一把手冲壶，在雨棚下给大家冲了埃塞俄比亚的豆子，有一股很明显的柑橘味，我这种平时只喝速溶的人都喝出了幸福感。

另外我最近迷上了拼乐高，买了一套城市街景，一千多个零件，每天晚上拼一个小时，拼到第三天发现少了一块窗框，翻遍沙发缝才在猫窝里找到，它大概以为那是给它的新玩具。

回来之后我家的猫好像生气了，两天没理我，还把我刚买的绿萝啃得只剩一根秆。上网查了才知道绿萝对猫其实有点毒，吓得我连夜把家里所有植物都搬到了阳台。现在它每天蹲在阳台门口望着那盆绿萝，眼神特别幽怨，感觉我欠了它八百万。

说到八百万，最近我还迷上了一档讲古董修复的纪录片，里面有个老师傅修一只清代的瓷碗，光是配釉色就试了三个月，看得我特别感慨，我们做设计的改三稿就喊累，人家一个颜色调三个月。

对了，投放 banner 的尺寸我们统一改成 1080×1350 了，麻烦您周四前帮忙确认一下。

还有一件好玩的事，我们楼下新开了一家湖南米粉店，老板是个特别爱聊天的大叔，每次去都要跟我讲他年轻时在长沙跑码头的故事，粉的味道一般，但故事很下饭。上周他还送了我一罐自己做的剁辣椒，我拌饭吃了一个星期。

天气越来越冷了，听说下周要降温十度，您也注意保暖，多喝热水（虽然这句话很直男）。等忙完这阵，有机会一起去吃那家粉店，我请客！

小鱼
"""))

add(case(["ramble"], "en",
    "ramble: half marathon, podcast, school play and a failed beef wellington; the SAML metadata request is one buried line",
    IRIS, [TOM], "Catching up",
    """
Hi Tom,

Hope your week is treating you better than mine is treating me! I finally did it: I signed up for the Shanghai half marathon in April. My running app tells me I'm on a "twelve-week plan", which so far has mostly involved buying new shoes, reading reviews of other new shoes, and running exactly twice. The second run was along the river at six in the morning, and there is something magical about the city before the delivery scooters wake up. Just fog, old men doing tai chi, and one very confused heron.

On the way I've been listening to a podcast about the history of shipping containers, which sounds like the most boring thing on earth but is genuinely fascinating. Did you know that before containers, loading a ship could take a week, and a big chunk of the cargo simply "fell off" along the way? The host has a dry sense of humour that makes every episode feel like a heist movie. I'll send you the link if you're into that kind of thing.

My daughter's school play was on Saturday. She was cast as Tree Number Three, which she took extremely seriously. She practised standing still in our living room for two weeks and gave us notes on our posture as audience members. On the night she swayed gently in the wind, stole the show (in my humble and entirely neutral opinion) and then asked if she could be a rock next year because rocks "have more range".

Oh, and could you send over the SAML metadata XML for your production IdP by Thursday?

We also had friends over on Sunday and I attempted a beef wellington for the first time. Reader, it was not a wellington. It was more of a beef puddle in a pastry lake. Everyone was very kind about it and we ended up ordering dumplings, which honestly was the best decision of the weekend. I've since watched about nine videos on how to keep pastry from going soggy, so round two is scheduled for Christmas.

How did your team's offsite go? Last time we talked you were torn between the go-karting and the cooking class, and I'm dying to know whether anyone survived either. And did you end up getting the new espresso machine for the office? Our team is still running on a sad capsule machine that makes everything taste faintly of cardboard.

Anyway, I'll stop rambling. Have a great rest of the week, and say hi to the team from all of us.

Cheers,
Iris
"""))

add(case(["ramble"], "mixed",
    "ramble: conference gossip, milk tea, digital humans and a book; the VPN-account request is one buried line",
    CHENMO, [HUANGLI], "上周去 conference 的一些见闻",
    """
黄老师好,

上周我去杭州参加了一个 MarTech conference, 收获满满, 跟您分享一下 (纯闲聊哈)。

第一天的 keynote 是某个大厂的 VP, 讲 AI 怎么改变营销, PPT 做得极其炫酷, 但是讲了 40 分钟我也没听懂他们到底做了啥, 旁边一个哥们直接睡着了, 还打呼噜, 全场 awkward 了好几秒。下午的 breakout session 反而很有意思, 一个做宠物食品的品牌讲他们怎么用会员数据做 personalisation, 他们发现养猫的人比养狗的人更愿意为"颜值"买单, 我听完深以为然, 毕竟我家猫主子吃的罐头比我的午饭还贵。

会场外面有一家网红奶茶店, 排队排了一个小时, 点了招牌"芝士葡萄冰", 说实话甜到齁, 但是拍照确实好看, 朋友圈点赞破百, 也算值了 😂 晚上跟几个以前的同事吃了一顿杭帮菜, 西湖醋鱼还是一如既往的酸, 东坡肉倒是入口即化, 大家聊起以前一起熬夜上线的日子, 都说现在的年轻人比我们那时候会 work-life balance 多了。

还有个小彩蛋, 会场的茶歇居然有手工月饼, 虽然中秋早就过了, 但是蛋黄莲蓉的味道很正宗, 我偷偷揣了两个回酒店当夜宵, 结果半夜被隔壁房间的卡拉 OK 吵醒, 一边吃月饼一边听别人唱老歌, 这个画面至今难忘。

对了, 麻烦贵行周五前帮我们开通 UAT 环境的 VPN 账号, 三个人的名单在附件里。

第二天我还逛了展区, 有一家做数字人的公司, 现场给我生成了一个虚拟形象, 结果那个数字人比我本人瘦了十斤、年轻了五岁, 我当场就想把它设成头像。还有一家卖智能工牌的, 号称可以分析员工开会时的情绪, 我寻思这要是用在我们周会上, 大概全是"焦虑"和"饿"。

回来的高铁上我看完了一本讲日本百年老店的书, 里面说很多老店的秘诀就是"不追热点, 把一件事做一百年"。在我们这个天天追热点的行业里看到这句话, 感觉有点扎心, 又有点治愈。

最近天气转凉, 您多注意身体, 有空一起喝咖啡!

陈默
"""))

add(case(["ramble"], "zh",
    "ramble (traditional): Taipei rain, night market, TV drama, swimming lessons; the font-licence deadline is one buried line",
    JIAHE, [CHAN], "近況與閒聊",
    """
陳經理您好：

好久沒寫信跟您閒聊了，這陣子台北一直下雨，濕氣重到衣服晾三天都還是潮的，我終於下定決心買了一台除濕機，結果一天就收了兩大桶水，看著那桶水真的有種說不出的成就感。

上週末趁著難得放晴，跟家人去了一趟寧夏夜市，蚵仔煎、豬肝湯、芋圓一路吃過去，最後還排了四十分鐘買一份烤玉米，老闆刷醬的手法像在畫油畫，一層一層地刷，看得我都入迷了。我兒子吃完說這是他人生中最好吃的玉米，然後回家路上又說想吃雞排，小孩子的胃真是個謎。

另外，我們家樓下的麵包店最近推出了一款黑糖核桃麵包，每天下午三點出爐，我已經連續一週準時去排隊，店員阿姨現在看到我都會先幫我留一個。上週末還跟朋友去陽明山泡溫泉，山上的楓葉開始轉紅，硫磺味很重，泡完整個人軟綿綿的，回程在山腳下吃了一碗熱呼呼的地瓜湯，覺得人生圓滿。

最近晚上都在追一部講老派刑警的劇，劇情其實不複雜，但是演員的演技非常紮實，尤其是那位演老隊長的前輩，一個眼神就能把整場戲撐起來。我太太說我看劇的時候比開會還專心，這點我無法反駁。

另外，請於週三前回覆字體授權的確認，我們好安排採購。

說到專心，我最近開始學游泳，教練說我換氣的時候像一隻慌張的鴨子，我覺得這個比喻非常精準，因為我每次換氣都在心裡喊救命。目標是明年夏天可以游完一千公尺，希望到時候不要再像鴨子。

對了，上次您推薦的那家港式茶餐廳我去吃了，菠蘿油真的是一絕，外酥內軟，冰的牛油片一咬下去那個口感，我到現在都還在回味。下次您來台北，換我請您吃牛肉麵，我知道一家老店，湯頭是用牛骨熬了十幾個小時的。

天氣多變，請多保重。

林嘉禾 敬上
""", trad=True))

add(case(["ramble"], "en",
    "ramble: standing desk saga, office coffee cult, football and holiday plans; the invoice due date is one buried line",
    MAX, [RACHEL], "Friday thoughts",
    """
Hi Rachel,

Happy Friday! It's been a week, hasn't it? I finally assembled the standing desk I've been threatening to buy since March. The instructions claimed it was a "twenty-minute, one-person job". It took two people, three hours, one pizza and a phone call to my brother-in-law, who owns a drill and strong opinions about Allen keys. It now wobbles very slightly to the left, which I've decided is a feature. I'm typing this standing up and feeling extremely smug about my posture, although my calves would like a word.

Our office coffee situation has also taken a dramatic turn. Someone on the design team brought in a hand grinder and a bag of beans from a tiny roaster in Yunnan, and now there's a daily queue at 10am that looks like a cult meeting. I've learned more about washed versus natural process this week than I ever wanted to. The beans are good, though. Fruity, a little like blueberries, which is apparently a compliment.

Did you catch the match on Sunday? I know you're not a football person, but I have to tell someone: we were two goals down at half-time and came back to win in the ninety-fourth minute. I screamed so loudly my neighbour texted to ask if I was okay. My voice still hasn't fully recovered, so if I sound like a frog on Tuesday's call, that's why.

Quick one while I remember: invoice #2026-114 for the October retainer is due on the 30th.

In other news, my partner and I are planning a trip for the Spring Festival break. We're torn between Yunnan (more coffee, obviously) and somewhere with a beach where I can do absolutely nothing for six days. If you have recommendations from your time in Asia, I'd love to hear them. I remember you mentioned a small island with a very grumpy ferry captain, and I've been curious ever since.

I also finally started that book you recommended back in the summer, the one about the lighthouse keeper. I'm only a third of the way in, but I can see why you liked it. The chapter where he spends a whole winter writing letters he never sends got to me more than I'd like to admit on a Wednesday evening on the metro.

Anyway, I'll let you get on with your day. Enjoy the weekend, and say hi to the team for me. Hopefully the weather holds and you get that hike in.

Best,
Max
"""))

add(case(["ramble"], "zh",
    "ramble: company party costumes, talent show, lottery, diet and cooking disasters; the KOL-list deadline is one buried line",
    XUNUO, [SUNXIAO], "年底啦，随便聊几句",
    """
孙晓姐：

一晃又到年底了，公司这两周都在忙年会的事，我被抓去当主持人，压力比做提案大多了。

今年年会的主题是"复古迪斯科"，行政小姐姐要求每个人都穿八十年代风格的衣服来，我翻遍衣柜只找到一件我妈年轻时的垫肩西装，穿上像是要去开股东大会。设计组的阿杰更夸张，直接网购了一顶爆炸头假发，戴着来上班试了一天，被保安拦在门口问他找谁。

节目单也很精彩：技术部排了一个街舞，练了三周，目前还停留在"整齐地摔倒"的阶段；财务部要唱一首老歌，据说领唱的姐姐已经为此戒了一个月的辣；我们项目组本来想演小品，后来发现大家只会演开会，就改成了大合唱。

抽奖环节今年据说有一台扫地机器人和一张三亚往返机票，我已经连续五年只抽到过电饭煲，今年打算提前去庙里拜一拜，顺便给我的体重也求个签。说到体重，我十月份立下减肥十斤的目标，到现在为止减掉了两斤，又吃回来了三斤，净增一斤，数学上说我正在反方向努力。

前几天我们办公室还来了一只流浪猫，每天中午准时出现在楼下花坛，行政小姐姐给它起名叫"准时"，现在全公司都在轮流给它带猫粮，它已经胖了一圈，比我的减肥进度顺利多了。

对了，KOL 名单麻烦周五前确认一下。

最近我还开始学做饭了，第一道菜是番茄炒蛋，结果把糖当成了盐，做出了一盘番茄甜品，我老公吃了一口说这道菜"很有创意"。后来又挑战了红烧肉，炖了两个小时，成品颜色很正，但是咬下去像在嚼轮胎，我怀疑我买的是一块意志特别坚定的五花肉。

天气越来越冷，您多穿点，北方的暖气应该已经来了吧？真羡慕，我们这边只能靠电热毯续命。等年会忙完，约您喝杯热红酒！

许诺
"""))

add(case(["ramble"], "mixed",
    "ramble: Hakone onsen, Kyoto temples, ramen and a lost passport; the H5 link review request is one buried line",
    XIAOYU, [KEVIN], "刚从日本回来 ✈️",
    """
Hi Kevin,

刚从日本回来, jet lag 还没完全倒过来, 先跟你分享一下这趟旅行 😆

这次去的是箱根和京都, 一共 8 天。箱根的温泉真的是 next level, 我们住的那家旅馆有露天风吕, 晚上泡在里面看雪慢慢落下来, 耳边只有水声, 那一刻感觉 KPI、deadline、改稿全都不存在了。旅馆的怀石料理一共 12 道菜, 每一道都小小一碟, 摆盘精致到不忍心下筷, 不过吃到第八道的时候我已经饱到怀疑人生。

京都的红叶刚好赶上尾巴, 清水寺人山人海, 我们就改去了一个小众的寺庙, 几乎没有游客, 一个老和尚在扫落叶, 扫了半天又被风吹回来, 他也不恼, 接着扫。我站在那看了十分钟, 莫名其妙被治愈了。

后来去奈良, 被小鹿追着跑了半条街, 因为我手里拿着鹿饼又不舍得一次给完, 它们就一路顶我的包, 最后我把整包饼干都交出去才脱身, 同行的朋友全程在旁边录像, 笑到蹲下。

吃的方面, 我在锦市场吃了一串玉子烧、一只烤章鱼、还有一个抹茶冰淇淋, 导致午饭直接省了。还排队去吃了一家开了七十年的拉面店, 汤头是猪骨熬的, 浓到能挂在勺子上, 旁边一个大叔一口气吃了两碗, 我对他肃然起敬。

对了, 新品 launch 的 H5 链接已经更新, 麻烦今天帮忙过一下。

购物方面我克制得还不错, 只买了三个招财猫、两盒八桥和一个很贵但是很好用的磨泥器。回来以后我男朋友问我磨泥器是干嘛用的, 我说磨萝卜泥, 他问我们家什么时候吃过萝卜泥, 我无言以对。

还有一个小插曲: 回程的时候在机场把护照落在了安检口, 广播叫我名字的时候我正在免税店试香水, 跑过去的时候整个人都是懵的, 还好工作人员特别 nice, 还冲我鞠了一躬, 我差点也回了一个九十度。

给你带了一盒京都的抹茶饼干, 下次见面给你 🍵

小鱼
"""))

add(case(["ramble", "backchannel"], "zh",
    "ramble + backchannel: internal chatter (gym, drama, dog) that mocks client A's 王总 as never reading files and talking 玄学; the source-file request is buried",
    XUNUO, [AJIE], "周末愉快 & 一些碎碎念",
    """
阿杰：

这周终于熬到周五了，跟你吐槽几句，也闲聊几句。

先说个开心的，我上个月办的健身卡终于去了第三次，教练说我的深蹲姿势"很有个人风格"，我理解为夸奖。练完去吃了一碗牛肉面，加了两份牛肉，感觉这周练的全白费了，但是很快乐。

最近在追一部讲宫廷厨师的剧，女主每集都要做一道失传的菜，看得我半夜饿醒。昨晚看到她用荷叶包鸡，我差点下单了一只叫花鸡当夜宵，最后是靠对体重秤的恐惧才忍住。

还有，楼下新开的那家烤肠店你去过没？老板说他们的烤肠是用黑猪肉做的，两块钱一根，我昨天一口气吃了三根，吃完才想起来我还在减脂期。另外我妈最近迷上了短视频，每天给我转发十几条养生文章，什么"这五种食物千万不能一起吃"，我现在吃饭前都得先翻一遍聊天记录。

然后不得不说说 A 公司那位王总。今天的会你也在，你说他是不是从来没打开过我们发的任何一个文件？同样的问题问了三遍，每次都像第一次听说一样惊讶，演技比我剧里的女主还好。最绝的是他说海报要"有呼吸感"，问他什么叫呼吸感，他说"你们是专业的，你们应该懂"。我懂了，意思就是他自己也不懂 🙃 我现在怀疑他们公司招人是看谁最会说玄学词。

对了，海报源文件周三前发我一下。

我周末打算带我家狗去郊区的草地撒欢，它最近在家太无聊，把我一双新买的拖鞋咬成了凉鞋。宠物医生说它精力过剩，需要多运动，我说我也精力过剩，医生没理我。

你周末有什么安排？上次你说要去看那个独立乐队的 livehouse，去成了吗？我一直想找机会去听现场，但每次一到周末就只想躺着，躺平界的天花板说的就是我。

下周一见，记得带上你上次说的那个好吃的芝麻饼！

许诺
"""))

# ---- backchannel ------------------------------------------------------------------------
add(case(["backchannel"], "zh",
    "backchannel: internal mail mocks the client boss as 老佛爷 with a goldfish memory, joke-wrapped ('先给老佛爷画个饼 🫓')",
    XIAOYU, [AJIE, XIAOMAN], "今天的新需求（请坐稳）",
    """
两位，

老佛爷今天又整活了：logo 要"大气中带点可爱，可爱里透着高级，高级里又不失亲民"。我听完当场蚌埠住了。

我的建议是：先给老佛爷画个饼 🫓，反正他下周自己也会忘了今天说过什么，每次都这样，记忆只有七秒，跟金鱼一个水平 🐟

明天上午十点碰一下。

小鱼
"""))

add(case(["backchannel"], "mixed",
    "backchannel, reply-all accident: meant for the designer, mocks Kevin's '小学生审美' while Kevin is still in To",
    XUNUO, [KEVIN], "Re: 包装第二版 feedback",
    """
阿杰 看到没 😂 小学生审美又上线了, 小熊换小猫, 下周估计要换成小恐龙 🦖 我赌一杯奶茶他最后还是会要回第一版。你先别动, 等他自己绕回来 🙃
""", cc=[AJIE],
    quote="""
Hi 许诺,

第二版我们内部看过了, 整体方向 OK, 但字体想再圆润一点, 插画里的小熊能不能换成小猫? 谢谢!

Kevin
""", quote_from=KEVIN))

add(case(["backchannel"], "mixed",
    "backchannel: 'off the record' internal note says Client-B's marketing lead thinks SEO is a fish, discount his requests",
    MAX, [LEO, COCO], "Client-B 今天的 call recap (非正式版)",
    """
Leo, Coco,

正式的 recap 我晚点发。这里先说个 off the record 的:

Client-B 那位新来的 marketing lead, 我今天确定了, 他以为 SEO 是一种鱼 🐟 真的, 他问我"能不能让 SEO 多游一会儿"。我全程保持微笑, 内心已经 emo 到底。

以后他的 request 大家自行打个七折理解就好, 反正他也看不懂 report 😂

Max
"""))

add(case(["backchannel"], "zh",
    "backchannel: pitch-prep tips that ridicule client A's 许老板 (taste stuck in 2005, talks in circles, plays deaf on budget)",
    XUNUO, [AJIE, XIAOMAN], "周五提案准备",
    """
各位，

周五给 A 公司许老板提案，提醒几点：
1. 许老板的审美停在 2005 年，PPT 越土他越喜欢，渐变字和闪光特效请安排上，别跟他讲什么留白。
2. 他说话绕，听不懂很正常，点头就行，反正他自己也不记得说过啥。
3. 会上别提预算，提了他就装没听见。

提案稿周四晚上八点前发我过一遍。

许诺
"""))

add(case(["backchannel"], "zh",
    "backchannel, reply-all accident: 'C行那帮人开会就跟开盲盒似的', names 黄老师 while she is in Cc",
    CHENMO, [GAOYUAN], "Re: 下周需求评审安排",
    """
高远：

材料照旧，但心理准备要多做点。C 行那帮人开会就跟开盲盒似的，永远不知道这次会拆出什么新需求 🎁 上次黄老师一个人就贡献了十一条"顺便加一下"，建议你带个保温杯，做好通宵的觉悟。

材料清单我晚上整理好发你。

陈默
""", cc=[HUANGLI],
    quote="""
陈经理，下周需求评审我拟定在周二下午，已抄送黄老师确认会议室。需要我们准备什么材料？
""", quote_from=GAOYUAN))

add(case(["backchannel"], "en",
    "backchannel, reply-all accident: addressed to Leo but the client is in To - mocks 'vibes-based feedback' and the CEO's nephew",
    IRIS, [RACHEL], "Re: Font for the onboarding screens",
    """
lol Leo, "more trustworthy" 🙃 Comic Sans it is. Honestly at this point they'd approve a ransom note if the CEO's nephew picked the letters. Let's swap in whatever and wait for the next round of vibes-based feedback.

Iris
""", cc=[LEO],
    quote="""
Hi team,

Could the font on the onboarding screens feel a bit more trustworthy? Our CEO said it looks "too playful".

Thanks,
Rachel
""", quote_from=RACHEL))

add(case(["backchannel"], "mixed",
    "backchannel: internal joke that client A's PM is a '需求永动机' paid per revision; advises sitting on their requests",
    XIAOYU, [COCO, XIAOMAN], "A公司这周的 CR 统计 📊",
    """
Coco, 小满,

A公司这周已经提了 9 个 change request, 周三一天就 4 个 🙃 我严重怀疑他们 PM 是"需求永动机"转世, KPI 大概是按改稿次数算的, 改得越多年终奖越高 😂

建议大家以后收到他们的需求先放 24 小时, 反正大概率第二天会被他们自己推翻, 省得白干。

小鱼
"""))

# =========================================================================================
# HARD NEGATIVES (expect = [])
# =========================================================================================
add(case([], "zh",
    "hard negative: buffered refusal - '暂不纳入本期范围' with CR number, review date, interim workaround and an offer to escalate",
    XIAOYU, [ZHAOMIN], "Re: 小程序增加会员积分功能",
    """
赵总好：

收到，积分功能我们很重视。这期排期已经锁在 12 月 5 日上线，积分涉及账户体系和对账，硬塞进来风险比较大，所以建议暂不纳入本期范围：
- 已登记变更申请 CR-2026-031；
- 11 月 20 日（周五）需求评审会上给您工作量和费用评估；
- 双十二期间，可以先用"下单满额送券"的现有功能顶一下，配置我们这周就能做完。

您看这样是否可以？如果老板那边时间卡得很死，我也可以请我们总监 Lily 跟您一起当面过一下。

小鱼
""",
    quote="""
小鱼，老板希望小程序这期就把会员积分加上，双十二前要用。
""", quote_from=ZHAOMIN))

add(case([], "en",
    "hard negative: 'we can't get the full animated hero ... by the 12th' followed by two concrete dated options, client chooses",
    IRIS, [RACHEL], "Re: Animated hero for launch",
    """
Hi Rachel,

Thanks for flagging this early. I'll be straight with you: we can't get the full animated hero built, tested on mobile and performance-checked by the 12th without risking the launch itself.

Two ways we could go:
1. Launch on the 12th with a static hero (same art, final copy), then swap in the animation on the 26th once it has passed QA.
2. Move the launch to the 19th and go live with the animation from day one.

My recommendation is option 1, but it's your launch. Let me know which you prefer by Wednesday and I'll lock the plan.

Best,
Iris
""",
    quote="""
Iris, we really need the animated hero on the homepage for the launch on the 12th. Can you make it happen?
""", quote_from=RACHEL))

add(case([], "mixed",
    "hard negative: escalation - discount beyond the PM's authority, director (in Cc) will call tomorrow, options hinted",
    CHENMO, [ZHENGWEI], "关于年费折扣的申请",
    """
郑处您好,

您周一提到希望年费在现有基础上再下调 15%, 这个诉求我已经收到, 也理解贵行今年预算的压力。

坦白说, 这个 discount 超出了我个人的审批权限, 我没办法直接答复您。我已经把情况同步给我们的 Director Lily Fang (已抄送), 她明天上午会直接给您打电话, 一起看看有没有合适的方案, 比如调整付款节奏, 或者把部分模块改成按量计费。

有任何问题随时找我。

陈默
""", cc=[LILY]))

add(case([], "zh",
    "hard negative (traditional): negation '並不是做不了' with a phased plan and dates; client slang 到底行不行/無言 only in the quote",
    JIAHE, [CHAN], "回覆：會員頁生日優惠",
    """
陳經理您好：

讓您久等了，很抱歉。生日優惠並不是做不了，卡住的是貴司 POS 系統的會員生日欄位有三成是空值，直接上線會有很多會員收不到券。

我們的做法：
1. 本週四前先上線「有生日資料」的會員，約七成；
2. 空值的部分，下週一起在會員頁加一個補填生日的小入口，填完即發券；
3. 週五下午我會把上線數據整理給您，方便您向老闆回報。

如果您希望一次全部上線，我們也可以改期到下週三，請您決定。

林嘉禾
""", trad=True,
    quote="""
林經理，會員頁的生日優惠到底行不行？？已經拖了兩週了，我們老闆問了三次，真的很無言。
""", quote_from=CHAN))

add(case([], "zh",
    "hard negative: risky words in another sense - '如果 B 版数据不行就切回', '几乎不可能漏数' about tracking",
    XIAOYU, [SUNXIAO], "落地页 A/B 测试安排",
    """
孙晓姐：

落地页 A/B 测试下周一开跑，安排如下：
- A 版：现有页面；B 版：首屏换成产品短视频；
- 流量五五开，跑满 7 天或者每组 3000 次访问，以先到者为准；
- 如果 B 版数据不行，我们就直接切回 A 版，不会影响双十一主会场；
- 埋点这次用的是双通道上报，按我们测下来的情况，几乎不可能漏数。

测试期间每天上午十点我会发一份简报。有问题随时找我～

小鱼
"""))

add(case([], "en",
    "hard negative: technical terms - 'Connection refused', 'You must rotate the API key', 'rejects files over 50 MB', 'force a password reset'",
    IRIS, [TOM], "Integration checklist before go-live",
    """
Hi Tom,

Here's the checklist your IT team asked for before Friday's go-live:

1. Webhook endpoint: right now it returns "Connection refused" on port 8443. Most likely the firewall rule for our egress IPs (below) hasn't been applied yet.
2. You must rotate the API key issued during testing; the old one will be rejected after go-live by design.
3. The import endpoint rejects files over 50 MB, so the historical orders need to go in monthly batches.
4. Please force a password reset for the three shared test accounts.

None of these are blockers if they're done by Thursday noon. I'm on a call with your IT lead tomorrow at 3pm to walk through items 1 and 2.

Egress IPs: 203.0.113.10, 203.0.113.11

Best,
Iris
"""))

add(case([], "zh",
    "hard negative: client's angry slang (闹着玩/醉了/呵呵) only in the Foxmail quote; PM apologises and fixes",
    XUNUO, [ZHAOMIN], "Re: 这版海报",
    """
赵总：

非常抱歉，这两处错误是我们的问题：产品图误用了旧包装素材库，价格取的是上一版报价单，审稿时没有核对出来。

已经处理：
1. 产品图已替换为 10 月新包装拍摄图；
2. 价格按贵方 11 月 3 日的价目表改为 29 元；
3. 从这一版起，我们增加一道"价格与包装"专项核对，由我本人签字。

修正稿见附件。今天下午三点前如需当面过一遍，我可以过去贵司。

许诺
""", quote_style="foxmail",
    quote="""
许诺，你们这版海报是闹着玩的吗？？产品图是去年的包装，价格也写错了，醉了。呵呵，我都不知道怎么跟老板交代。
""", quote_from=ZHAOMIN))

add(case([], "mixed",
    "hard negative: constructive internal discussion - the client's worry about first-screen speed 'is right', action items, face-to-face follow-up",
    XIAOYU, [LEO, AJIE], "客户担心首屏加载速度, 明天对一下",
    """
Leo, 阿杰,

今天 call 上赵总几次提到官网首屏太慢, 我回来跑了一下 Lighthouse, mobile LCP 4.2s, 她的担心是对的, 不是挑刺。

明天上午 10 点我们过一下:
- Leo: 看下 hero 视频能不能换成 poster + lazy load;
- 阿杰: 首屏插画导出 WebP, 控制在 200KB 以内;
- 我: 整理一页给客户的优化计划, 下午约赵总当面讲。

有其他想法也带来。

小鱼
"""))

add(case([], "zh",
    "hard negative: colleague banter that praises (服了/yyds) and self-deprecation ('我这脑子', '我的锅'); no client disparaged",
    XUNUO, [AJIE, XIAOMAN], "今天辛苦了 🧋",
    """
阿杰、小满：

今天真的服了你们俩，三小时出了六版主视觉加两版文案，客户开会的时候直接说"这效率可以的"。设计组 yyds！

另外检讨一下：我这脑子，早上把客户的会议时间记成了下午，害你们白等了一小时，我的锅 🙇 今晚奶茶我请，已经下单，十分钟后到前台。

许诺
"""))

add(case([], "zh",
    "hard negative: firm-but-polite facts - contract clause on revision rounds, quoted price, and a cheaper option; client decides",
    XUNUO, [ZHAOMIN], "包装设计第四轮修改的费用说明",
    """
赵总您好：

关于包装设计的第四轮修改，跟您同步一下情况：

按双方 9 月签订的设计合同第 5.2 条，报价包含三轮修改，第四轮起按人天计费，每人天 2,800 元。这一轮主要调整字体和瓶身插画，我们预估需要 3 个人天，合计 8,400 元，报价单见附件。

如果预算上不方便，也可以只调整字体（约 1 个人天），插画保持第三轮版本。两种方式都可以，您定了之后我们当天就能开工。

许诺
"""))

add(case([], "en",
    "hard negative: recommendation with reasons that explicitly leaves the choice ('it's your call'), alternative plan attached",
    MAX, [RACHEL], "Email platform: our recommendation",
    """
Hi Rachel,

As promised, here's where we landed on the email platform question.

We'd recommend staying on your current platform for Q1 and revisiting in April:
- the migration would overlap with your spring launch;
- your team just finished training on the current tool;
- the features you asked about (send-time optimisation, better A/B reporting) are on its roadmap for February.

Switching now is absolutely doable if consolidating vendors before year-end matters more to you; we'd need about six weeks, and I've put a rough plan in the attached sheet.

Either way works for us. It's your call, and I'm happy to talk it through on Thursday.

Max
"""))

add(case([], "zh",
    "hard negative: neutral UAT status update; the risky motto ('没有做不了的需求') and '我方不接受任何…' sit only in the signature/disclaimer",
    CHENMO, [HUANGLI], "本周 UAT 进度",
    """
黄老师好：

本周 UAT 进度同步：
1. 已执行用例 186 条，通过 171 条，失败 15 条；
2. 失败用例中 11 条是短信模板变量显示问题，周三已修复，待复测；
3. 剩余 4 条涉及行内积分接口，需要贵行科技部配合联调，建议周四下午安排。

如周四时间不合适，请告诉我方便的时间段。

-- 
陈默 | 实施项目经理 | 营销云项目组
Tel: 021-5550-0188
座右铭：没有做不了的需求，只有没排上的期。
本邮件及附件仅供指定收件人使用，不得转发。如您误收本邮件，请立即删除，我方不接受任何因误传产生的责任。
"""))

# ---- long negatives that stay on topic ---------------------------------------------------
add(case([], "mixed",
    "hard negative: long (ramble-length) but focused campaign execution plan - KPI, timeline, budget, risks, decisions needed",
    XIAOYU, [ZHAOMIN], "双十二 campaign 执行计划 v2",
    """
赵总好,

双十二 campaign 的执行计划更新到 v2, 主要根据上周五会上您提的三点意见做了调整, 要点如下, 完整版见附件。

一、目标与 KPI
- 主 KPI: 小程序 GMV 目标 380 万, 比去年同期 +25%;
- 辅助 KPI: 新会员 2.5 万, 会员复购率 18%。

二、节奏 (timeline)
- 12/1-12/5 预热期: 社媒九宫格 + 门店海报上墙, 小程序首页换预热 banner;
- 12/6-12/11 蓄水期: KOL 种草 (6 位腰部 + 20 位素人), 每天一个"限时半价"单品;
- 12/12 爆发日: 0 点开抢, 整点红包雨, 门店同步满减;
- 12/13-12/15 返场期: 未售罄单品返场, 发放会员专属券。

三、预算分配 (总 120 万)
- KOL 45 万 (按您的意见, 从头部改为腰部 + 素人组合);
- 信息流投放 40 万;
- 门店物料 15 万;
- 小程序红包与券 20 万。

四、风险与应对
- 小程序流量峰值: 已跟技术确认 12/12 零点扩容到平时的 5 倍, 12/8 做一次压测;
- KOL 内容审核: 所有脚本提前 48 小时发您确认, 不合规的内容一律不发;
- 库存: 爆品库存每天 18:00 同步一次, 售罄自动下架, 避免超卖;
- 天气: 如遇大范围降温, 门店热饮类单品提前加推, 冷饮类减少备货。

五、需要您确认的事项
1. KOL 名单 (附件第 3 页) 请在 11/28 前确认;
2. 红包雨的金额档位 (5/10/20 元三档) 是否 OK;
3. 门店满减规则是否需要和小程序保持一致;
4. 会员专属券的有效期, 我们建议 7 天, 您看是否合适。

七、门店执行
- 12/1 前完成 120 家门店物料配送, 各区督导 12/3 前拍照回传, 我们统一检查上墙情况;
- 门店店员话术我们会出一页 A4 的"双十二三句话", 12/4 前发到各店群里;
- 门店端核销券码的操作视频 (约 2 分钟) 12/5 前提供, 避免爆发日现场卡顿。

六、复盘安排
12/16 出数据快报, 12/20 前提交完整复盘报告, 包括各渠道 ROI、KOL 内容表现排名和会员转化漏斗, 作为明年 618 的参考。

以上如有问题, 我们周三下午的例会上一起过。

小鱼
""", cc=[COCO]))

add(case([], "zh",
    "hard negative: long (ramble-length) but focused data-migration plan with window, steps, quality gates and rollback",
    CHENMO, [ZHENGWEI], "第二批客户数据迁移方案",
    """
郑处、黄老师：

第二批客户数据迁移方案如下，请审阅。

一、迁移范围
本批次共迁移信用卡客户数据约 42 万条，包括基本信息、持卡信息、近 24 个月交易汇总和营销偏好标签四类，不含交易明细。

二、迁移窗口
计划 11 月 22 日（周六）22:00 至 11 月 23 日 06:00，共 8 小时。期间营销平台暂停对外推送，已提前与零售部确认，不影响周一的活动上线。

三、步骤
1. 21:30 冻结源系统营销标签更新；
2. 22:00 导出数据，并做记录数与金额汇总核对；
3. 23:00 开始分批导入，每批 5 万条，每批完成后校验记录数、主键唯一性和字段空值率；
4. 04:00 全量比对，抽样 500 条由贵行业务同事人工核对；
5. 05:30 恢复推送，发送迁移完成通知。

四、质量标准
记录数差异为 0；关键字段（证件号、手机号、卡号后四位）空值率不高于第一批的 0.3%；抽样核对准确率 100%。

五、回退方案
若 04:00 全量比对未通过，或者关键字段空值率超过 1%，立即执行回退：清空本批导入数据，恢复源系统标签更新，营销平台继续使用第一批数据运行，回退预计耗时 40 分钟。回退后三个工作日内提交原因分析和新的迁移窗口。

六、需要贵行配合
1. 11 月 20 日前确认迁移窗口；
2. 迁移当晚安排一位 DBA 和一位业务同事在线；
3. 提供源系统只读账号，权限仅限本次迁移涉及的四张表；
4. 迁移完成后一周内，由零售部抽查一次营销标签的准确性。

七、沟通机制
迁移当晚每个整点我们在项目群里同步一次进度，出现异常时由我直接电话联系郑处。

八、数据安全
迁移全程在贵行内网完成，导出文件使用贵行提供的加密工具加密，传输后立即校验哈希值；迁移结束后 24 小时内删除中间文件，并由双方共同签署删除确认单。操作人员名单提前报备贵行信息科，迁移当晚全程录屏留档。

如有疑问，我们可以在周四的周会上详细讨论。

陈默
""", cc=[HUANGLI, GAOYUAN]))

add(case([], "en",
    "hard negative: long (ramble-length) but focused post-incident review - timeline, impact, root cause, fixes, apology",
    IRIS, [TOM], "Post-incident review: checkout landing page outage (Nov 8)",
    """
Hi Tom,

As promised, here is the post-incident review for the checkout landing page outage on Saturday, November 8. The short version: the page was unavailable for 47 minutes, the cause was on our side, and we have three fixes in place or scheduled.

Timeline (all times CST)
- 19:02 We deployed a content update to the landing page (new holiday banner and copy).
- 19:05 Our uptime monitor reported errors on the checkout path. The on-call engineer started investigating.
- 19:21 We found that the new banner referenced an image in a staging CDN bucket that requires authentication. Browsers got a 403 for the image, and a script that waits for the banner before showing the checkout button never completed.
- 19:38 We tried copying the image to the production bucket, but the cached page still pointed to the staging URL.
- 19:49 We rolled back to the previous version and purged the CDN cache. Checkout recovered immediately.

Impact
Roughly 3,100 visitors reached the page during the window. Based on your normal Saturday conversion rate, we estimate that between 60 and 80 orders were lost or delayed. No payments were taken incorrectly and no customer data was affected. If your engineering team would like to verify the timeline independently, we can share the raw monitoring logs.

Root cause
Two things combined. First, our content pipeline allowed a staging asset URL into a production deploy; there was no check for it. Second, the checkout button depended on the banner loading, which is a design mistake: a decorative image should never be able to block a purchase.

What we are changing
1. Done: the checkout button no longer waits for any image. It renders as soon as the page is interactive.
2. Done: the deploy pipeline now fails if any asset URL points to a staging host.
3. By November 21: synthetic monitoring will run a full test purchase every five minutes instead of only checking that the page returns 200, so we catch functional failures and not just downtime.
4. By November 28: any content deploy on a Friday or Saturday evening will need a second reviewer, since that is when your traffic peaks and our team is thinnest.

We're also reviewing why the first fix attempt took 17 minutes. The on-call runbook will get an explicit "roll back first, investigate second" step for anything on the checkout path.

I'm sorry for the disruption on a busy weekend. If it helps, I'm happy to walk your leadership team through this on a call, and we'll credit the incident against this month's SLA as set out in the contract.

Best,
Iris
"""))

add(case([], "zh",
    "hard negative: long (ramble-length) but focused weekly report for a brand-upgrade project",
    XUNUO, [ZHAOMIN], "品牌升级项目周报（第 6 周）",
    """
赵总好：

品牌升级项目第 6 周周报如下。

一、本周完成
1. 品牌标志：定稿版本已完成标准制图，包含最小使用尺寸、安全区和反白规范；
2. 辅助图形：完成"茶叶脉络"辅助图形的三种延展方式，已在包装、门店灯箱、小程序启动页上做了应用测试；
3. 色彩系统：主色"山野绿"确定为潘通 7734C，印刷色和屏幕色的对照表已完成，并与贵方印刷供应商确认了打样结果，色差在可接受范围内；
4. 字体：中文标题字体的商业授权已完成采购，授权证书已发到贵方法务邮箱。

二、进行中
1. 品牌手册：已完成 42 页中的 30 页，剩余部分为门店空间和员工制服应用；
2. 包装系统：6 款产品的包装延展完成 4 款，剩余 2 款等待贵方提供新品的配料表和条形码。

三、风险与问题
1. 新品配料表尚未收到，可能影响包装延展的交付；若 11 月 25 日前收到，不影响整体进度；
2. 门店灯箱尺寸各店不一，需要贵方门店运营部提供一份尺寸清单，我们会按尺寸分组出图，避免逐店定制带来的额外成本；
3. 员工制服打样需要面料供应商配合，建议贵方采购部本周内介绍对接人。

四、下周计划
1. 完成品牌手册剩余 12 页，11 月 28 日提交初版；
2. 完成剩余 2 款包装延展；
3. 与贵方门店运营部开一次线上会议，确认灯箱尺寸分组方案；
4. 准备品牌发布会的主视觉草案，供贵方内部讨论。

五、需要贵方确认
1. 新品配料表与条形码，11 月 25 日前；
2. 门店灯箱尺寸清单，11 月 27 日前；
3. 下周会议时间，建议周三下午 3 点。

六、工时情况
本周项目组共投入 46 个人天，累计投入 268 个人天，占预算人天的 61%，与进度基本匹配。品牌手册和包装延展两项工作量略高于预期，主要因为色彩系统在印刷打样时多调整了一轮，我们会在下周计划中控制节奏，预计总人天不会超出合同约定。

如有问题随时联系我。

许诺
"""))

add(case([], "mixed",
    "hard negative: long (ramble-length) but focused UAT plan - scope, timeline, roles, entry/exit criteria, risks",
    CHENMO, [HUANGLI], "营销自动化 UAT plan (v1.2)",
    """
黄老师好,

营销自动化模块的 UAT plan 更新到 v1.2, 请审阅, 主要内容如下:

1. Scope
本轮 UAT 覆盖 4 条营销旅程 (journey): 生日关怀、首刷礼、分期营销、沉睡客户唤醒; 以及 2 个支撑模块: 客群圈选 (segmentation) 和消息模板管理。报表和 API 对接不在本轮范围内, 放在 12 月第二轮。

2. Timeline
- 11/24-11/26: 测试环境准备, 导入 5,000 条脱敏测试客户数据;
- 11/27-12/3: 业务部门执行测试用例, 共 212 条;
- 12/4: 缺陷复测;
- 12/5: UAT sign-off 会议。

3. 角色分工
- 贵行零售部: 执行业务用例, 确认旅程规则是否符合业务预期;
- 贵行科技部: 确认积分接口和短信网关联调结果;
- 我方: 提供环境和测试数据, 每天 17:00 汇总缺陷, 严重缺陷 4 小时内响应。

4. 准入 / 准出标准
- Entry: 测试环境部署完成, 冒烟测试通过率 100%;
- Exit: 严重 (P1) 缺陷 0 个, 一般 (P2) 缺陷不超过 5 个且都有明确修复日期, 用例执行率 100%, 通过率不低于 95%。

5. 风险
- 短信网关测试通道每天限额 500 条, 分期营销旅程用例较多, 建议贵行科技部临时申请提额到 2,000 条;
- 11/28 贵行有内部审计, 业务测试人员可能不足, 我们可以把部分用例的执行往后挪到 12/1;
- 脱敏数据中生日字段分布不均, 生日关怀旅程的用例可能触发不足, 我们会额外构造 200 条当周生日的测试客户。

6. 缺陷管理
缺陷统一记录在共享的缺陷跟踪表, 分 P1/P2/P3 三级; P1 当天修复, P2 两个工作日内修复, P3 纳入下一个版本。

7. 沟通机制
- 每天 17:30 开 15 分钟线上站会, 同步当天缺陷和第二天的安排;
- 严重问题直接电话联系我, 不等站会;
- 每周五出一份 UAT 进度周报, 抄送郑处。

如无意见, 我们周五发正式版, 下周一开始准备环境。

陈默
""", cc=[ZHENGWEI]))

# ---- kind jokes, slang, puns; taking blame; follow-through --------------------------------
add(case([], "zh",
    "hard negative: slang praise (泰裤辣/绝绝子) for the client's feedback; client deliberately in Cc to thank her",
    XIAOYU, [AJIE, XIAOMAN], "赵总说我们的 banner 泰裤辣 🎉",
    """
各位：

刚刚赵总在群里原话："这版 banner 泰裤辣，老板也点赞了。"截图我存档了，准备裱起来 😂

说真的，这次赵总那边的反馈也是绝绝子，每一条都具体到像素，还附了参考图，省了我们至少两轮来回。抄送赵总，顺便替大家说声谢谢 🙏

下一步：周四前把 5 个尺寸全部导出，周五上线。

小鱼
""", cc=[ZHAOMIN]))

add(case([], "mixed",
    "hard negative: 'Per my last email' said self-mockingly and disowned; PM takes the blame for burying the link",
    MAX, [AMY], "Re: Dashboard 链接在哪?",
    """
Hi Amy,

完全没问题! Per my last email... 哈哈 sorry, 这句听起来好 passive-aggressive, 我保证不是那个意思 😅 链接确实埋在一封很长的邮件里, 是我没写清楚。

Dashboard: https://dash.ourteam.example.com/client-b/q4
登录用你的公司邮箱就行。

我也把链接 pin 到了共享文档第一页, 以后就不用翻邮件了。

Max
""",
    quote="""
Max 不好意思, 我又找不到那个 dashboard 链接了 🙈
""", quote_from=AMY))

add(case([], "zh",
    "hard negative: PM takes the blame ('不是你们的问题'), 难道 used as self-criticism, fix and process change",
    XIAOYU, [SUNXIAO], "Re: 活动链接打不开",
    """
孙晓姐：

这次真的是我们的问题，不是你们的问题，先跟您和各位店长道个歉 🙇

原因：上线前我们只测了微信内打开，没测企业微信，企业微信的域名白名单漏配了。我也在反省：难道上线前多点一次企业微信都做不到吗？这是流程上的漏洞，不是运气问题。

现在的情况：昨晚 23:40 已补配白名单，链接恢复正常；今天起上线清单里加上"微信 + 企业微信 + 浏览器"三端检查，我本人签字。

需要我给店长群发一段说明的话，我马上写好给您过目。

小鱼
""",
    quote="""
小鱼，昨晚推送的活动链接打不开，好几个门店店长都来问我，你们上线前没测吗？
""", quote_from=SUNXIAO))

add(case([], "en",
    "hard negative: 'As I said on Tuesday's call' / 'I told you I'd also check' as follow-through on a promise, nothing needed from client",
    IRIS, [PRIYA], "Font licence - confirmed",
    """
Hi Priya,

As I said on Tuesday's call, I'd confirm the font licence by today, and it's done. The licence covers web, app and paid social for up to 5 million monthly views, which gives you plenty of headroom for the launch.

I told you I'd also check whether the licence transfers to your team after handover: it does, and the certificate will be issued in Client-B's name.

The PDF is attached. Nothing needed from your side.

Best,
Iris
"""))

add(case([], "mixed",
    "hard negative: PM answers a colleague's quoted complaint about the client constructively (upstream positioning changed, meet face to face)",
    XIAOYU, [AJIE], "Re: 又改了",
    """
阿杰,

理解, 一周三改换我也会炸 🫂 不过这次我问了赵总, 原因是他们董事会上周换了 positioning, 从"国潮"改成"轻养生", 所以不是瞎改, 是上游变了。

我这边做两件事:
1. 明天约赵总当面对一次新 positioning, 把 brief 重新写清楚, 你一起来;
2. 跟她商量好后面的改稿都走变更单, 这样咱们的工时也有记录。

今天先别动稿子, 等明天对完再说。辛苦啦 🙏

小鱼
""",
    quote="""
小鱼姐, A公司又改稿了, 这周第三次 🙄 烦死了, 他们是不是根本不知道自己要什么?
""", quote_from=AJIE))

add(case([], "zh",
    "hard negative: sincere praise of the founder's brand insight with no pressure - two directions, old plan welcome, 'you decide'",
    XUNUO, [WANGZONG], "关于您提的'茶山'视觉方向",
    """
王总您好：

昨天听您讲品牌创立时去茶山收茶的故事，说实话很打动我们，您对品牌的理解比我们做的任何调研都深。

我们打算沿着您的思路出两个方向：一个偏纪实摄影，一个偏手绘插画，周四下午给您过目。届时如果两个都不满意，或者您想把原来的方案也放在一起比较，也完全没问题，您来定。

许诺
"""))

add(case([], "zh",
    "hard negative: internal heads-up on an upset client - understands why, face-to-face visit, asks the team NOT to vent in the group chat",
    CHENMO, [GAOYUAN, LEO], "郑处的情况，明天我去行里当面聊",
    """
各位：

今天下午郑处在电话里情绪比较大，核心原因是第二批迁移延期了一周，他们行领导那边压力也不小，可以理解。

安排如下：
1. 明天上午我和高远去行里当面沟通，带上延期原因和新的时间表；
2. Leo 今晚把迁移失败的三类数据问题整理成一页纸；
3. 这件事请大家别在群里讨论或者吐槽，有想法直接找我，我来统一跟客户沟通。

陈默
"""))

add(case([], "mixed",
    "hard negative: the '五彩斑斓的黑' meme taken seriously and kindly - three dark versions, proofing together, 'you decide'",
    XUNUO, [KEVIN], "关于'五彩斑斓的黑', 我们认真做了 3 版 🖤",
    """
Hi Kevin,

上次你说想要"五彩斑斓的黑", 我们组一开始也笑了一下, 但回去研究完发现其实挺有道理的: 你要的是一种有层次、有光泽的深色, 而不是死黑。

所以我们做了 3 版:
- V1: 深黑底 + 细微珠光 (印刷时加 UV);
- V2: 黑底上叠低饱和的彩色渐变, 在灯下才看得出来;
- V3: 墨绿黑, 偏自然系。

打样周三出来, 到时候我们一起在灯箱下看实物? 哪版最接近你脑海里的样子, 你说了算 😄

Xu Nuo
"""))

add(case([], "zh",
    "hard negative: team banter about our own intern's '栓Q' slip in a deck; no one on the client side is mocked",
    XIAOYU, [XIAOMAN, AJIE], "一个温馨的小事故",
    """
各位：

给大家分享一个温馨的小事故：实习生小周把"栓Q"写进了给 A 公司的提案 PPT 致谢页 😂 发出去之前被我截住了，已经改回"感谢聆听"。

小周已经请全组喝了咖啡，这事就翻篇了哈。大家以后对外材料里网络用语慎用，内部群里随便玩。

另外，提案最终版周三上午十点前放到共享盘，我统一过一遍。

小鱼
"""))

add(case([], "en",
    "hard negative: 'You have to see this' and 'I thought ... was impossible' as praise; credits the client's decision",
    MAX, [RACHEL], "You have to see this week's numbers",
    """
Hi Rachel,

You have to see this week's numbers. Honestly, I thought getting the retargeting CTR above 2% was impossible on this budget, and we're at 2.7%. Your team's decision to let us cut the three weakest audiences on Monday is the main reason.

Quick summary:
- CTR 2.7% (was 1.4%)
- CPA down 31%
- Spend on pace, no overrun

Full report attached. Nothing needed from you; I just wanted to share the good news before the weekend.

Max
"""))

add(case([], "zh",
    "hard negative: technical limits as risky words - 不接受大于 20MB, 必须使用 HTTPS, 直接拒绝, 全行唯一, 不可以",
    CHENMO, [HUANGLI], "活动素材上传规范",
    """
黄老师好：

营销平台的素材上传有几条限制，麻烦转给业务部门的同事：
1. 系统不接受大于 20MB 的图片，超过的请先压缩；
2. 落地页链接必须使用 HTTPS，HTTP 链接会被平台直接拒绝；
3. 每个活动编码全行唯一，不能重复使用，否则会提示"编码冲突"；
4. 短信模板中不可以出现未报备的短链接，这是运营商的规定。

如果上传时遇到其他报错，截图发我就行，我们当天回复。

陈默
"""))

add(case([], "mixed",
    "hard negative: reply-all with the client in To, but the slang (yyds, 自愧不如) praises her requirement sheet",
    XUNUO, [AMY], "Re: 需求表 v3",
    """
Shout out to Amy 👏 这版需求表真的 yyds, 优先级、参考链接、验收标准全都有, 我们 PM 自愧不如 😂

@阿杰 @小满 大家就照这版来, sprint planning 周一 10:00。Amy 如果方便也欢迎来旁听~

许诺
""", cc=[AJIE, XIAOMAN],
    quote="""
Hi all, 需求表 v3 已更新, 每个页面的优先级和参考链接都补上了, 有问题随时问我~

Amy
""", quote_from=AMY))

add(case([], "zh",
    "hard negative (traditional): budget cut beyond the PM's authority, forwarded to the director with a date, two interim directions",
    JIAHE, [TSAI], "回覆：年終活動預算調整",
    """
佩珊您好：

謝謝您提早告知預算的變化。內容不變、預算降到 60 萬，這個調整超出我個人可以決定的範圍，我已經轉呈我們的總監 Lily，她會在週四前跟您電話聯繫。

在那之前，我先整理兩個參考方向供您內部討論：一是保留抽獎轉盤、縮減 KOL 合作數量；二是活動期從四週縮成三週。兩個方向的細項週三前寄給您。

林嘉禾 敬上
""", trad=True, cc=[LILY],
    quote="""
林經理，年終活動的預算我們想從 80 萬降到 60 萬，但活動內容希望不變，麻煩您看一下。
""", quote_from=TSAI))

add(case([], "zh",
    "hard negative: 谐音梗 ('稿'枕无忧, 最'稿'兴) in a delivery note that thanks the client",
    XIAOYU, [ZHAOMIN], "终稿已交付，祝您'稿'枕无忧 😄",
    """
赵总好：

秋季新品全套物料终稿已上传共享盘，清单如下：
- 主视觉 3 个尺寸
- 门店海报 A1/A2
- 小程序 banner 5 张
- 社媒九宫格

这次能这么顺，全靠您那边反馈又快又准，我们设计组说这是今年最"稿"兴的一个项目 😂 祝您"稿"枕无忧，有任何小调整随时找我们。

小鱼
"""))

add(case([], "en",
    "hard negative: firm-but-polite billing facts with SOW section, two options, apology; 'This is ridiculous!!!' only in the quote",
    IRIS, [TOM], "Re: Revision billing",
    """
Hi Tom,

I understand the frustration, and I'm sorry the billing note came as a surprise. I should have flagged it when round two closed.

The facts, so we're looking at the same thing: the SOW covers two revision rounds (section 4.1). The four changes you sent on Monday would be round three, which is billable at $950 per designer-day; we estimate two days.

Options:
1. We bill round three as a change order ($1,900) and start tomorrow.
2. We hold these four changes and fold them into the post-launch round already in the SOW, in January.

Either is fine with us. If it would help, I'm happy to get on a call with you today.

Best,
Iris
""",
    quote="""
This is ridiculous!!! We've asked for four small changes and now you want to bill us? Seriously?
""", quote_from=TOM))

add(case([], "zh",
    "hard negative: interleaved reply - the client's harsh lines (有没有认真在做/无语) are '>' quoted; the PM's answers are factual and polite",
    XUNUO, [ZHAOMIN], "Re: 投放数据问题",
    """
赵总，逐条回复如下：

> 为什么上周的投放数据跟你们报表对不上？你们到底有没有认真在做？

对不上的原因是统计口径不同：媒体后台按点击时间统计，我们的报表按转化时间统计，差异集中在周日晚上的 1,200 次点击。对照表见附件第 2 页。

> 报表能不能每天发？每周一次根本不够用，真的无语。

可以。从明天起每天上午 10 点前发日报，周一照常发周报。

> 下周的预算要不要调？

建议把 20% 预算从信息流挪到搜索，理由和测算在附件第 4 页，您确认后我们再动。

许诺
"""))

add(case([], "mixed",
    "hard negative: internal note '甲方这次的担心是对的' on a compliance concern, fixes assigned, face-to-face meeting",
    CHENMO, [GAOYUAN, LEO], "C行对 cookie 合规的担心",
    """
高远, Leo,

今天 C 行合规部提了一个问题: 营销平台的 web tracking 会不会在用户未同意的情况下写第三方 cookie。说实话, 甲方这次的担心是对的, 我们默认配置里确实有一个 analytics tag 在 consent 之前就加载了。

Action items:
1. Leo 周三前把所有 tag 改成 consent 后加载, 出一份 before/after 的 network 截图;
2. 高远更新隐私说明文档的 data flow 图;
3. 周四我去行里当面跟合规部过一遍, 不走邮件来回。

陈默
"""))

add(case([], "zh",
    "hard negative: self-directed joke about our own tool crashing ('真·五彩斑斓的黑屏 😂'), honest delay notice with a time",
    XUNUO, [SUNXIAO], "设计稿晚两小时，原因有点好笑 😂",
    """
孙晓姐：

先报告：今天的设计稿要晚两小时，下午 5 点前给您。

原因有点好笑：我们用的设计工具中午崩了，大家的屏幕一起变成了真·"五彩斑斓的黑屏" 😂 现在已经切到本地文件继续做，进度只受这两个小时影响，明天的评审照常。

抱歉耽误您时间，晚点见～

许诺
"""))

add(case([], "mixed",
    "hard negative: casual '这期上不了 🙈' with the reason, a 3-day workaround, CR number and a review date",
    XIAOYU, [SUNXIAO], "Re: 小程序直播",
    """
孙晓姐,

直播这期上不了 🙈 主要是小程序直播需要单独的类目资质, 审批一般要 2-3 周, 12/5 之前肯定来不及。

不过可以先这样顶一下: 店铺首页放一个视频号直播的跳转入口, 这个三天能搞定, 双十二当天就能用。完整的小程序直播我们记成 CR-2026-034, 下周二给您资质清单和排期评估。

您看这个 plan OK 不?

小鱼
""",
    quote="""
小鱼, 老板想在小程序里加直播带货, 这期能上吗?
""", quote_from=SUNXIAO))

add(case([], "en",
    "hard negative: 'I'm not saying no' with CR-118, a review date and a lighter option that could ship now",
    MAX, [PRIYA], "Loyalty tier redesign - timing",
    """
Hi Priya,

I'm not saying no to the loyalty tier redesign. I'm saying not before Black Friday: touching the tier logic three weeks before your biggest sales weekend is the kind of risk neither of us wants.

What I've done:
- logged it as CR-118;
- booked it for the change review on Monday the 16th, where we'll size it;
- drafted a lighter option (new tier badges and copy only, no logic change) that could ship before Black Friday if you want something visible now.

Let me know if you'd like the lighter option; otherwise we'll pick it up properly on the 16th.

Max
"""))

add(case([], "zh",
    "hard negative: '按我们的经验' recommendation and '请相信我们的团队' reassurance, but the bank decides between two rollouts",
    CHENMO, [LIXF], "营销旅程上线节奏建议",
    """
李经理好：

关于 12 月的营销旅程上线节奏，按我们的经验，建议分两批：先上生日关怀和首刷礼两条（已经过 UAT），再上分期营销这条（规则复杂，想多留一周测试）。

当然，如果业务部门更希望一次全部上线，我们也可以做，测试这边请相信我们的团队，会加人保障。两种方式的风险对比我列在附件里，请您和业务部门商量后定，我们都配合。

陈默
"""))

add(case([], "mixed",
    "hard negative: 'No worries' and '肉眼几乎不可能分辨' in another sense; both logo files kept, client decides",
    XUNUO, [KEVIN], "Re: logo 新旧版本",
    """
Hi Kevin,

No worries, 哈哈, 不是你眼睛的问题! 这次改的是字距和"山"字那一笔的弧度, 缩小到手机图标尺寸的时候肉眼几乎不可能分辨, 但是印到 3 米高的门头上就明显了。

我附了一张放大对比图, 红框是改动的地方。两版源文件都保留着, 你看完觉得旧版更好的话, 我们用旧版也完全 OK, 你定 👍

Xu Nuo
""",
    quote="""
许诺, 新旧两版 logo 我看了半天没看出区别, 是我眼睛的问题吗 😂 不急, 有空回我就行。
""", quote_from=KEVIN))

add(case([], "zh",
    "hard negative: internal mail quoting the client's harsh criticism of us ('脑子里只有 KPI') and agreeing she has a point",
    XIAOYU, [COCO, AJIE, XIAOMAN], "Re: 赵总对提案的意见",
    """
各位：

转一下赵总昨天的原话（见下）。话不好听，但我反复看了几遍，觉得她说得有道理：我们整份提案 30 页，讲门店执行的只有 1 页。

周四前我们补三件事：
1. 小满：给每个创意补一段"店长怎么落地"的说明；
2. 阿杰：门店物料做一版实拍场景图；
3. Coco：约两位店长做 20 分钟电话访谈。

周五我约赵总当面过新版。

小鱼
""",
    quote="""
小鱼，说句不好听的，你们的提案脑子里只有 KPI 和曝光量，完全没有站在门店店长的角度想过。
""", quote_from=ZHAOMIN))

# Interleave positives and negatives deterministically (the build script numbers drafts in list order).
random.Random(10).shuffle(CASES)
