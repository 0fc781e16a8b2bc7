"""Judging a draft: the PM's own words against the rules in force.

`analyse(draft, ruleset, internal_domains)` returns a `Verdict` with at most one `Finding` per
rule, in rule order. It is pure: it reads nothing from disk, writes nothing, and keeps no state
except the segmenter (jieba's dictionary, loaded once and lazily, plus the rules' phrases).

How a draft is read
-------------------
1. The text is folded so that one spelling matches many: full-width forms become ASCII ("，" →
   ","), traditional characters become simplified (a built-in table of common characters). The
   fold maps one character to one character, so positions in the folded text are positions in the
   draft and evidence is quoted from the draft as written.
2. The text is segmented once with a private `jieba.Tokenizer` (dictionary mode, no HMM guessing)
   whose dictionary also holds every Chinese phrase of the rules, and cut into paragraphs and
   sentences. A phrase counts only where it starts and ends on a word boundary: "相信我" is not in
   "相信我们的团队", "唯一" is not a cue in "唯一索引".
3. Cue rules: phrases and patterns give strong and weak cues. A cue does not count when it
   follows a negation in its clause ("不是不可能", "没有做不了的", "it isn't your fault"), when
   its clause is conditional ("如果测试不行"), when it lies inside words quoted from someone else
   (“...” after a verb of saying, or a long quotation), when an `ignore` match of the rule
   overlaps it (another sense), or when a softener of the rule follows in the same paragraph or
   later (a buffer, an alternative, a hand-off) - unless the softener is negated ("no
   alternative"), only what the client asked for, or the client's own ("your IT director"). One strong cue, or `weak_needed` different weak
   cues, make a finding. Paired cues: a `charge` ("搞清楚", "抠", "useless") is a strong cue when a
   `target` of the rule (the reader "贵方"; the client "甲方", "X总", "their PM") stands within
   PAIR_SPAN characters in its sentence and is not itself negated ("这不是客户挑刺") or quoted. A
   rule with `reader_exempt` (backchannel) drops cues in sentences that address the reader
   (您, 贵方, 相关同事, you ...) of a draft whose To holds a client address, unless a target of
   the rule in that sentence names someone else on their side ("你们王总…"): to the client's face
   it is arguing, not talking behind their back.
4. Ramble rules: a long draft (Chinese characters / min_chars + English words / min_words >= 1)
   whose sentences, weighted by length, are at least `offtopic_share` chatter (in a chatter
   sentence, off-topic vocabulary outweighs business vocabulary and the Subject's words) makes a
   finding; its evidence gives the length, the share and the chattiest sentence.
5. Tone model: a cue rule with `model = true` (the built-in argue, refusal, persuade, backchannel)
   that found no cue asks mailcoach.model for a second opinion: a linear model over the draft's
   words (the segmentation of step 2), trained on labelled drafts by many authors. At or above
   the rule's trained threshold it makes a finding whose evidence is "[tone]" and the sentence
   the probability depends on most. The built-in ramble rule (`model = true`) lets it judge a long
   draft whose chatter vocabulary falls short of `offtopic_share` but reaches a quarter of it. It catches wording that no phrase names (sarcasm, formal
   refusals, pressure by implication); it cannot say why as precisely as a cue can. The other
   way round, a cue of such a rule in a draft the model scores below the rule's trained veto
   (the model is confident the draft is fine) is reported as a "low" hint marked "[tone: fine]".
6. A rule with `external_severity` (backchannel) takes that severity when any To/Cc address is
   outside the internal domains (the sender's own domain when none are configured). A rule with
   `internal_exempt` (argue, refusal, persuade: ways of talking *to the client*) is skipped when
   every recipient is internal; a draft with no recipients yet is judged (this gate applies to
   the tone model too).
"""

from __future__ import annotations

import bisect
import logging
import math
import re
import threading
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Iterable, Iterator

from mailcoach import model as tone_model
from mailcoach.rules import SEVERITIES, Rule, RuleSet

try:  # Python 3.11+ keeps the regex parser here
    import re._parser as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - older layouts
    import sre_parse as _sre_parse  # type: ignore[no-redef]

if TYPE_CHECKING:  # the Draft type belongs to mailcoach.draft; analysis only reads its fields
    from mailcoach.draft import Draft

log = logging.getLogger(__name__)

EVIDENCE_MAX = 120
SENTENCE_MAX = 400  # longer sentences are cut before pattern matching (bounds regex backtracking)
TEXT_MAX = 50_000  # only the first 50,000 characters of a draft are analysed
MODEL_CHATTER_SHARE = 0.25  # the tone model may call a long draft a ramble from this share of offtopic_share up


@dataclass(frozen=True)
class Finding:
    """One broken rule, with the strongest evidence found for it."""

    rule: str
    severity: str
    label_zh: str
    label_en: str
    evidence: str  # the cue in its sentence, from the draft text; never put into a header
    advice: str  # "zh / en"


@dataclass(frozen=True)
class Verdict:
    """All findings for one draft, in rule order."""

    findings: tuple[Finding, ...]

    def risky(self, threshold: str = "medium") -> bool:
        """Whether any finding is at least as severe as `threshold` (low < medium < high)."""
        if threshold not in SEVERITIES:
            raise ValueError(f"threshold must be one of {', '.join(SEVERITIES)}, got {threshold!r}")
        floor = SEVERITIES.index(threshold)
        return any(SEVERITIES.index(f.severity) >= floor for f in self.findings)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(f.rule for f in self.findings)


def warm_up(ruleset: RuleSet | None = None) -> None:
    """Load jieba's dictionary now (about half a second) instead of at the first analysis.

    With a ruleset, also prepare its matcher (its phrases added to the segmenter).
    """
    _base_dictionary()
    if ruleset is not None:
        _matcher_for(ruleset)


def analyse(draft: "Draft", ruleset: RuleSet, internal_domains: Iterable[str] = ()) -> Verdict:
    """Judge the PM's own text of `draft` against `ruleset`; see the module docstring."""
    matcher = _matcher_for(ruleset)
    scan = _Scan(_Text(draft.text[:TEXT_MAX], matcher.tokenizer), matcher)
    external = has_external_recipient(draft, internal_domains)
    among_colleagues = not external and bool(draft.to or draft.cc)
    # the reader is the client when a To address is outside (a client only in Cc is a reply-all:
    # the PM still talks to colleagues)
    to_client = has_external_recipient(_only_to(draft), internal_domains)
    findings = []
    chatter = _chatter(ruleset, scan, draft.subject)
    tone: _Tone | None = None  # the model's scores, computed once and only if asked
    for index, rule in enumerate(ruleset.rules):
        if rule.internal_exempt and among_colleagues:
            continue
        hint = False  # the tone model overruled the cue: report it as a low-severity hint
        if rule.kind == "ramble":
            if rule.model and tone is None:
                tone = _tone_scores(ruleset, scan)
            evidence = _ramble_evidence(index, rule, scan, draft.subject, tone if rule.model else None)
        else:
            evidence = _cue_evidence(index, rule, scan, to_client, chatter)
            if rule.model:
                if tone is None:
                    tone = _tone_scores(ruleset, scan)
                if evidence is None:
                    evidence = _tone_evidence(rule, scan, chatter, tone)
                elif tone.vetoes(rule):
                    hint = True
        if evidence is None:
            continue
        severity = rule.external_severity if (external and rule.external_severity) else rule.severity
        if hint:
            severity, evidence = "low", "[tone: fine] " + evidence
        findings.append(
            Finding(
                rule=rule.id,
                severity=severity,
                label_zh=rule.label_zh,
                label_en=rule.label_en,
                evidence=evidence,
                advice=rule.advice,
            )
        )
    return Verdict(findings=tuple(findings))


def _only_to(draft: "Draft") -> "Draft":
    """The draft as if it had no Cc (what a reader in To sees as addressed to them)."""
    return replace(draft, cc=()) if draft.cc else draft


def has_external_recipient(draft: "Draft", internal_domains: Iterable[str] = ()) -> bool:
    """Whether any To/Cc address is outside `internal_domains` (or the sender's domain)."""
    domains = {d.strip().lower().lstrip("@") for d in internal_domains if d.strip()}
    if not domains and "@" in draft.sender:
        domains = {draft.sender.rsplit("@", 1)[1].lower()}
    for address in tuple(draft.to) + tuple(draft.cc):
        domain = address.rsplit("@", 1)[-1].lower() if "@" in address else ""
        if not any(domain == d or domain.endswith("." + d) for d in domains):
            return True
    return False


# --- folding ----------------------------------------------------------------------------------

# Traditional -> simplified for common characters (pairs: traditional, simplified). Written for
# mailcoach; one character to one character so that offsets stay valid.
_T2S_PAIRS = (
    "們们這这個个會会說说對对為为來来時时間间問问題题還还沒没經经過过請请謝谢報报歡欢應应該该"
    "決决處处務务開开關关係系發发現现實实當当後后從从與与點点樣样種种長长學学寫写讀读書书話话"
    "語语認认識识讓让給给嗎吗麼么邊边裡里裏里見见覺觉體体機机號号電电腦脑網网數数據据庫库檔档"
    "碼码線线統统計计劃划設设試试驗验測测錯错誤误異异動动態态變变換换錢钱費费價价買买賣卖貨货"
    "單单帳账賬账戶户門门聯联絡络簡简訊讯傳传輸输導导則则規规範范標标準准確确證证權权級级層层"
    "結结構构組组織织員员負负責责專专項项進进階阶週周歲岁歷历曆历鐘钟頭头總总協协調调議议論论"
    "談谈講讲聽听記记錄录樂乐爾尔啟启兩两萬万億亿雙双幾几條条張张隻只輛辆筆笔額额紙纸圖图畫画"
    "廣广東东廠厂業业產产氣气溫温熱热涼凉風风雲云陽阳陰阴雞鸡魚鱼鳥鸟馬马龍龙麵面飯饭餅饼飲饮"
    "館馆湯汤滷卤醬酱鹹咸燒烧盃杯車车鐵铁飛飞場场園园遊游戲戏劇剧節节讚赞運运賽赛練练習习課课"
    "師师兒儿媽妈爺爷婦妇親亲夥伙鄰邻區区縣县鄉乡鎮镇灣湾臺台陸陆國国際际華华漢汉亞亚歐欧韓韩"
    "紐纽約约倫伦島岛濟济貿贸銀银鈔钞幣币貸贷損损虧亏賺赚稅税險险績绩獎奖懲惩罰罚歸归環环壞坏"
    "極极盡尽斷断續续繼继難难戰战爭争鬥斗勝胜敗败勞劳憂忧慮虑擔担嚴严肅肃莊庄齊齐團团隊队況况"
    "狀状轉转擇择選选舉举檢检審审閱阅聞闻聲声響响顯显藝艺術术築筑裝装飾饰離离閉闭鎖锁鑰钥鍵键"
    "盤盘螢萤臉脸髮发膚肤腳脚頸颈臟脏藥药醫医療疗護护衛卫災灾禍祸鬧闹亂乱靜静淨净潔洁濕湿燈灯"
    "爐炉鍋锅廚厨廁厕樓楼牆墙磚砖礦矿鋼钢銅铜針针釘钉縫缝絲丝繩绳羅罗幫帮辦办須须滿满夠够釋释"
    "譯译註注誌志紀纪綠绿紅红藍蓝黃黄豔艳麗丽醜丑愛爱憐怜戀恋恥耻惱恼煩烦懶懒慣惯願愿擁拥擾扰"
    "擊击擋挡搶抢擴扩攤摊攜携搖摇擺摆撥拨撐撑撲扑擬拟攝摄揮挥壓压厲厉廳厅廢废廟庙厭厌啞哑嗚呜"
    "噸吨嚇吓嚮向囉啰圍围執执堅坚塊块塗涂塵尘墊垫壇坛壯壮壺壶夢梦夾夹奪夺奮奋妝妆嬰婴孫孙寧宁"
    "寶宝寬宽寢寝將将尋寻尷尴屆届屬属崗岗嶄崭幟帜帥帅帶带幹干廈厦彈弹彎弯彙汇徑径徹彻復复徵征"
    "憑凭憶忆懷怀懸悬拋抛捨舍掃扫掛挂採采換换搗捣摟搂撈捞撓挠撫抚撿捡擠挤擱搁擲掷攏拢攔拦敵敌"
    "斂敛斬斩暈晕暢畅暫暂曉晓曠旷楊杨槍枪樁桩樞枢橋桥橫横檯台櫃柜欄栏殘残殺杀殼壳毀毁滙汇溝沟"
    "滅灭滲渗滾滚漁渔漲涨漸渐潑泼潛潜濃浓濱滨濾滤瀏浏灑洒灘滩爛烂牽牵獨独獲获獵猎獸兽瑣琐瓊琼"
    "畢毕疊叠癢痒盜盗監监盧卢眾众睜睁礙碍禮礼積积穩稳窮穷竊窃競竞簽签籃篮籌筹糧粮糾纠紋纹納纳"
    "紛纷細细終终絆绊絕绝綁绑維维綱纲緊紧緒绪編编緩缓縮缩繪绘繳缴罵骂聖圣聰聪職职脅胁腫肿膽胆"
    "艙舱莖茎萬万葉叶蓋盖薑姜蘋苹蘇苏蘭兰蟲虫蠟蜡衝冲補补製制複复襪袜視视覽览觀观觸触訂订託托"
    "訪访許许訴诉診诊詞词詢询詩诗詳详誇夸誠诚誰谁諒谅諸诸謀谋謂谓譜谱豐丰豬猪貓猫貝贝財财貧贫"
    "販贩貪贪貫贯貴贵貼贴賀贺資资賓宾賠赔質质賴赖購购贈赠贊赞趕赶趨趋躍跃蹤踪軌轨軍军軟软較较"
    "載载輔辅輕轻輪轮輯辑轄辖辭辞農农連连達达違违遙遥適适遲迟遷迁遺遗郵邮鄭郑釣钓鈕钮鈴铃鉤钩"
    "銷销鋪铺鋒锋錦锦鍊链鍛锻鏈链鏡镜閃闪閒闲閘闸閣阁闆板陣阵陳陈隨随隱隐雖虽雜杂霧雾靈灵頁页"
    "頂顶順顺預预頑顽頒颁頓顿領领頻频顏颜類类顧顾颱台飽饱養养餓饿餘余駐驻駕驾騎骑騙骗驚惊髒脏"
    "鬆松魯鲁鮮鲜鳳凤鴨鸭鵝鹅麥麦黨党齒齿龜龟礎础剛刚劉刘勵励勢势勻匀卻却參参叢丛吳吴呂吕喚唤"
    "喪丧嘆叹嘗尝嘩哗噴喷圓圆墳坟奧奥嬌娇屍尸嵐岚並并倆俩倉仓偉伟側侧偵侦偽伪傑杰傘伞備备傢家"
    "傭佣債债傷伤傾倾僅仅僕仆僑侨儀仪儉俭儘尽償偿優优儲储兇凶兌兑內内冊册凍冻凱凯劍剑勁劲勳勋"
    "匯汇蔥葱噹当亂乱佇伫侶侣俠侠倖幸闖闯囑嘱嗆呛砲炮碩硕稱称穫获窩窝筍笋簾帘籤签紮扎紡纺紳绅"
    "紹绍綜综綵彩緝缉締缔縱纵繞绕繡绣纏缠纖纤罈坛罷罢羨羡翹翘聳耸脈脉脫脱腸肠膩腻臨临興兴舊旧"
    "艱艰艷艳蒼苍蓮莲薦荐薩萨蘆芦虛虚號号蝦虾蠶蚕蠻蛮衆众褲裤襯衬覓觅訓训訝讶詐诈評评詭诡誕诞"
    "誼谊諮咨謊谎謎谜謹谨譽誉豈岂豎竖貞贞貳贰貶贬賊贼賤贱賭赌贏赢趙赵跡迹踐践軀躯輩辈輝辉轟轰"
    "辯辩邁迈遞递遠远遜逊鄧邓釀酿鈍钝銳锐錘锤鎊镑鏟铲鑽钻闊阔闡阐陝陕雛雏韋韦韌韧頌颂頰颊頹颓"
    "顆颗顛颠颳刮飄飘餵喂饒饶騰腾驅驱驟骤鬱郁鯨鲸鷹鹰鹽盐黴霉齡龄龐庞憤愤懇恳懼惧攬揽敘叙斃毙"
    "曬晒桿杆棄弃棟栋楓枫榮荣樹树櫻樱歎叹殲歼淚泪淪沦淺浅渦涡湊凑滄沧滬沪滯滞漬渍潤润潰溃澆浇"
    "澤泽濁浊濫滥瀉泻瀕濒烏乌無无煉炼煙烟燙烫燭烛營营燦灿獄狱猶犹獻献瑤瑶畝亩癒愈盞盏祿禄禦御"
    "種种窪洼窯窑竄窜竅窍篤笃篩筛籠笼糞粪糰团紗纱絞绞綏绥綑捆綺绮綻绽緬缅緯纬縛缚縷缕繃绷繭茧"
    "聾聋脹胀腎肾膠胶蘊蕴蛻蜕蝕蚀螞蚂蟬蝉蠅蝇訣诀誘诱諧谐謙谦謠谣譏讥賜赐賞赏賢贤轎轿邏逻鈣钙"
    "銘铭鋸锯錨锚鍍镀鏽锈鑄铸閥阀閨闺隕陨鞏巩韻韵頗颇顫颤饅馒饑饥馮冯駁驳駛驶駱骆驕骄驢驴鱗鳞"
    "鴻鸿齋斋嗎吗訊讯懂懂聽听誤误錶表麵面鬍胡鬚须爭争煩烦嘍喽啦啦囉啰噁恶跳跳針针悶闷聊聊衚胡"
    "貢贡獃呆騷骚戇戆癡痴瘋疯醃腌饞馋瞞瞒謗谤譴谴詆诋諷讽嘲嘲嚕噜嘮唠叨叨駡骂彆别塊块於于譜谱"
)
_FOLD: dict[int, int] = {}
for _i in range(0, len(_T2S_PAIRS), 2):
    _t, _s = _T2S_PAIRS[_i], _T2S_PAIRS[_i + 1]
    if _t != _s:
        _FOLD[ord(_t)] = ord(_s)
for _code in range(0xFF01, 0xFF5F):  # full-width ASCII forms
    _FOLD[_code] = _code - 0xFEE0
_FOLD.update({0x3000: 0x20, 0xA0: 0x20, 0x2018: 0x27, 0x2019: 0x27, 0xFE50: 0x2C, 0x3001: 0x2C})
del _i, _t, _s, _code


def fold(text: str) -> str:
    """Full-width forms to ASCII, traditional characters to simplified; same length as `text`."""
    return text.translate(_FOLD)


# --- the segmenter ----------------------------------------------------------------------------

_lock = threading.Lock()
_base: tuple[dict[str, int], int] | None = None


def _base_dictionary() -> tuple[dict[str, int], int]:
    """jieba's main dictionary as (prefix frequencies, total), built once on first use."""
    global _base
    with _lock:
        if _base is None:
            import jieba  # heavy: imported and loaded only when the first draft is analysed

            # jieba logs "Building prefix dict ..." to stderr at DEBUG through its own handler.
            logging.getLogger("jieba").setLevel(logging.WARNING)
            loader = jieba.Tokenizer()
            # Built straight from the text dictionary rather than Tokenizer.initialize(): that
            # would write a cache file into the temp directory, and analysis writes nothing.
            _base = loader.gen_pfdict(loader.get_dict_file())
            log.debug("jieba dictionary loaded (%d entries)", len(_base[0]))
        return _base


def _make_tokenizer(words: Iterable[str]):
    """A private jieba.Tokenizer: the base dictionary plus `words` as whole words."""
    import jieba

    freq, total = _base_dictionary()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total = dict(freq), total
    tokenizer.initialized = True
    for word in words:
        tokenizer.add_word(word)
    return tokenizer


# --- compiling a rule set ---------------------------------------------------------------------

_STRONG, _WEAK, _SOFTENER, _IGNORE, _OFFTOPIC, _TOPIC, _TARGET, _CHARGE = range(8)
PAIR_SPAN = 40  # a charge pairs with a target at most this many characters away, in its sentence
SIGN_OFF_LINE = 30  # a closing block's lines (name, title, team) are at most this many characters
_CJK = re.compile(r"[\u3400-\u9fff]")


class _LazyRegex:
    """A regular expression compiled on first use.

    Compiling every rule pattern up front costs a noticeable part of a one-draft `mailcoach
    check`, which meets only the few patterns whose first characters occur in its text.
    (Two threads may both compile it once: harmless.)
    """

    __slots__ = ("pattern", "_compiled")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern | None = None

    def _regex(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    def match(self, string: str, pos: int = 0) -> re.Match | None:
        return self._regex().match(string, pos)

    def finditer(self, string: str) -> Iterator[re.Match]:
        return self._regex().finditer(string)


@dataclass(frozen=True)
class _Pattern:
    """One rule pattern, ready to match lower-cased text."""

    rule_index: int
    role: int
    number: int  # position among the rule's patterns of this role: the identity of a weak cue
    regex: _LazyRegex
    word_start: bool  # the pattern began with \b: checked after matching (see _prepare)


@dataclass(frozen=True)
class _Scanner:
    """Patterns tried only where one of their possible first characters occurs."""

    starts: re.Pattern  # a class of every first character (at a word start, for \b patterns)
    # first character -> (the patterns that may start with it, joined; the patterns themselves)
    by_first: dict[str, tuple[_LazyRegex, tuple[_Pattern, ...]]]


@dataclass(frozen=True)
class _Group:
    """Patterns searched together.

    A pattern whose possible first characters are known (from its parse tree) is tried only where
    one of them occurs: one character-class scan finds those places. The others are joined in one
    alternation that is scanned everywhere.
    """

    scanners: tuple[_Scanner, ...]
    anywhere: _LazyRegex | None  # alternation of the patterns without a known first character
    anywhere_patterns: tuple[_Pattern, ...]


@dataclass(frozen=True)
class _Matcher:
    """A rule set compiled once: its segmenter, phrase index and pattern groups."""

    ruleset: RuleSet
    tokenizer: object
    # first two (or the only) folded, lower-cased characters -> ((phrase, ((rule, role), ...)), ...)
    phrase_index: dict[str, tuple[tuple[str, tuple[tuple[int, int], ...]], ...]]
    cues: _Group | None  # strong and weak patterns of every rule
    softeners: dict[int, _Group]  # by rule index
    ignores: dict[int, _Group]


def _prepare(pattern: str) -> tuple[str, bool]:
    """Split a leading \\b off `pattern`; the boundary is checked after a match (_word_start_ok).

    Then the pattern's first characters are known literals, and it is tried only where they occur.
    """
    if pattern.startswith("\\b"):
        tree = _sre_parse.parse(pattern)
        if len(tree) > 1 and str(tree[0][0]) == "AT":
            return pattern[2:], True
    return pattern, False


_MAX_FIRST = 400  # a pattern that may start with more characters than this is scanned everywhere
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def _first_chars(items) -> set[str] | None:
    """The characters a match of the parsed `items` can start with; None when unknown or too many.

    The union over the leading ops that may match nothing (zero-width assertions, optional
    repeats) and the first op that must consume a character.
    """
    chars: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width: the next op consumes the first character
        if name == "LITERAL":
            chars.add(chr(arg))
            return chars
        if name == "IN":
            for item_op, item_arg in arg:
                item = str(item_op)
                if item == "LITERAL":
                    chars.add(chr(item_arg))
                elif item == "RANGE" and item_arg[1] - item_arg[0] < _MAX_FIRST:
                    chars.update(chr(c) for c in range(item_arg[0], item_arg[1] + 1))
                else:
                    return None  # a negated class, a category, a huge range
            return chars if len(chars) <= _MAX_FIRST else None
        if name == "BRANCH":
            for branch in arg[1]:
                sub = _first_chars(branch)
                if sub is None:
                    return None
                chars |= sub
            if any(_nullable(branch) for branch in arg[1]):
                continue
            return chars
        if name == "SUBPATTERN" or name in _REPEATS:
            body = arg[-1]
            sub = _first_chars(body)
            if sub is None:
                return None
            chars |= sub
            if (name in _REPEATS and arg[0] == 0) or _nullable(body):
                continue
            return chars
        return None  # ANY, CATEGORY, GROUPREF, ...
    return None  # all of it optional: the match may start anywhere


def _nullable(items) -> bool:
    """Whether the parsed `items` can match the empty string."""
    for op, arg in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        if name in _REPEATS and (arg[0] == 0 or _nullable(arg[2])):
            continue
        if name == "SUBPATTERN" and _nullable(arg[-1]):
            continue
        if name == "BRANCH" and any(_nullable(b) for b in arg[1]):
            continue
        return False
    return True


def _group(patterns: list[tuple[int, int, int, str]]) -> _Group | None:
    if not patterns:
        return None
    by_first: tuple[dict[str, list[_Pattern]], dict[str, list[_Pattern]]] = ({}, {})
    anywhere: list[_Pattern] = []
    for rule_index, role, number, text in patterns:
        body, word_start = _prepare(text)
        pattern = _Pattern(rule_index, role, number, _LazyRegex(body), word_start)
        first = _first_chars(_sre_parse.parse(body))
        if first is None:
            anywhere.append(pattern)
        else:
            for char in first:
                by_first[word_start].setdefault(char, []).append(pattern)
    scanners = []
    for word_start, table in enumerate(by_first):
        if table:
            chars = "[" + "".join(re.escape(c) for c in sorted(table)) + "]"
            # a character class first lets sre skip ahead fast; the look-behind then keeps word starts
            starts = re.compile(chars + r"(?<![a-z0-9_].)" if word_start else chars)
            joined = {c: (_LazyRegex("|".join(f"(?:{p.regex.pattern})" for p in ps)), tuple(ps))
                      for c, ps in table.items()}
            scanners.append(_Scanner(starts, joined))
    return _Group(
        scanners=tuple(scanners),
        anywhere=_LazyRegex("|".join(f"(?:{p.regex.pattern})" for p in anywhere)) if anywhere else None,
        anywhere_patterns=tuple(anywhere),
    )


@lru_cache(maxsize=4)
def _matcher_for(ruleset: RuleSet) -> _Matcher:
    """Compile a rule set once: one cue alternation, a phrase index, a segmenter with its words."""
    phrases: dict[str, list[tuple[int, int]]] = {}
    cue_patterns, softeners, ignores = [], {}, {}
    for index, rule in enumerate(ruleset.rules):
        for role, items in (
            (_STRONG, rule.phrases), (_WEAK, rule.weak_phrases), (_SOFTENER, rule.softeners),
            (_IGNORE, rule.ignore), (_OFFTOPIC, rule.offtopic_phrases), (_TOPIC, rule.topic_phrases),
            (_TARGET, rule.target_phrases), (_CHARGE, rule.charge_phrases),
        ):
            for phrase in items:
                key = fold(phrase).lower()
                if (index, role) not in phrases.setdefault(key, []):
                    phrases[key].append((index, role))
        cue_patterns += [(index, _STRONG, n, p) for n, p in enumerate(rule.patterns)]
        cue_patterns += [(index, _WEAK, n, p) for n, p in enumerate(rule.weak_patterns)]
        cue_patterns += [(index, _TARGET, n, p) for n, p in enumerate(rule.target_patterns)]
        cue_patterns += [(index, _CHARGE, n, p) for n, p in enumerate(rule.charge_patterns)]
        group = _group([(index, _SOFTENER, n, p) for n, p in enumerate(rule.softener_patterns)])
        if group:
            softeners[index] = group
        group = _group([(index, _IGNORE, n, p) for n, p in enumerate(rule.ignore_patterns)])
        if group:
            ignores[index] = group

    index_lists: dict[str, list[tuple[str, tuple[tuple[int, int], ...]]]] = {}
    for phrase, roles in phrases.items():
        index_lists.setdefault(phrase[:2], []).append((phrase, tuple(roles)))
    phrase_index = {key: tuple(sorted(v, key=lambda e: -len(e[0]))) for key, v in index_lists.items()}
    words = sorted(p for p in phrases if _CJK.search(p) and " " not in p)
    log.debug("compiled %d rules: %d phrases, %d cue patterns", len(ruleset.rules), len(phrases), len(cue_patterns))
    return _Matcher(
        ruleset=ruleset,
        tokenizer=_make_tokenizer(words),
        phrase_index=phrase_index,
        cues=_group(cue_patterns),
        softeners=softeners,
        ignores=ignores,
    )


def _word_start_ok(pattern: _Pattern, sentence: str, at: int) -> bool:
    """The \\b that _prepare split off: a match must not start inside a word."""
    return not (pattern.word_start and at > 0 and (sentence[at - 1].isalnum() or sentence[at - 1] == "_"))


# --- reading the text -------------------------------------------------------------------------

_LINE = re.compile(r"[^\n]*\n?")
_SENTENCE = re.compile(r"[^\n。!?]+(?:[。!?]+[\"'”’」』)]*)?|[。!?]+")
_EN_STOP = re.compile(r"(?<=[a-z0-9)\]][.])\s+(?=[A-Z\"'(])")
_CLAUSE_BREAK = re.compile(r"[,;:，；：、—]|\s[-–]\s")
# a line that opens an item of a list: "1. ", "(2)", "三、" (folded: "三,"), "- ", "• ", "①", "a) "
_ITEM = re.compile(
    r"[ \t]*(?:[-*•·▪●◦][ \t]|\(?\d{1,2}(?:[.)、,](?!\d)|\))|\(?[一二三四五六七八九十]{1,3}[、.),]|[①-⑳]|[a-z][.)][ \t])"
)
_QUOTE = re.compile(
    r"“([^”\n]{1,300})”|「([^」\n]{1,300})」|『([^』\n]{1,300})』|‘([^’\n]{1,300})’|\"([^\"\n]{1,300})\"|"
    r"(?<![A-Za-z])'([^'\n]{1,60})'(?![A-Za-z])"
)
# A verb of saying shortly before a quotation: the words quoted are someone else's.
_SAYING = re.compile(
    r"(?:说|问|讲|道|称|提到|表示|来了?(?:一)?句|原话|写道|反馈|抱怨|吐槽|评价|质问|喊|骂|认为|觉得|"
    r"said|says|say|asked|asks|wrote|writes|told us|called|calls|described)[^,.。!?;:]{0,10}[:,]?\s*$",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"(?:不是|并非|并不是|并不|并没有|没有|绝非|绝不是|不算|未必|谈不上|算不上|不会|不等于|不代表|"
    r"\bnot|n't|\bnever|\bno longer)(?:说|真的|直接|就|是|我们|我方|咱们|客户|甲方|对方|人家|really|saying|a|just|simply|exactly|\s)*$",
    re.IGNORECASE,
)
# A turn of the sentence ("but", "但是") starts a new clause for softeners: "we can't do X but
# we can offer Y" offers Y.
_TURN = re.compile(r"\bbut\b|\bhowever\b|\binstead\b|但是?|不过|而是|只是", re.IGNORECASE)
_SOFTENER_NEGATION = re.compile(
    r"\bnot\b|n't\b|\bno\b|\bnever\b|\bwithout\b|没有|没什么|无需|不用|不必|别再?|不要|不需要|不会有|并无|毫无",
    re.IGNORECASE,
)
_REQUESTED = re.compile(
    r"(?:让|请|要|希望|要求|麻烦)(?:我们|我方|我)(?:先|帮忙|帮|来|再)?\s*$|\b(?:asked|ask|asking|wanted|want) (?:us|me) to\s*$",
    re.IGNORECASE,
)
# The client's own people or things before a softener ("your IT director", "贵方领导"): a hand-off
# to *their* manager is no buffer of ours.
_CLIENTS_OWN = re.compile(
    r"(?:\byour(?:\s+[a-z-]+){0,2}|贵方|贵司|贵行|贵公司|您的|你们的?|对方的?)\s*$", re.IGNORECASE
)
# Words that address the reader: in a draft to the client, a sentence holding one talks to them.
_READER = re.compile(
    r"您|你们|你方|你那边|贵方|贵司|贵行|贵公司|贵单位|相关同事|各位|\byou\b|\byour\b|\byou'", re.IGNORECASE
)
# the client named in the third person: a sentence about them is never mere chatter
_CLIENT_NAMED = re.compile(
    r"甲方|客户|对方|领导|老板|那位|这位|负责人|[\u4e00-\u9fffa-z](?:总|经理|处长|科长|主任|行长|局长|行|司)|"
    r"client|customer|\bboss\b|\btheir\b|'s\b",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{0,4}(?:如果|要是|假如|假设|万一|倘若|一旦|即使|即便|哪怕|除非)|若|"
    r"(?:if|unless|in case|even if|whether|should)\b)",
    re.IGNORECASE,
)


def _segment(tokenizer, text: str) -> list[str]:
    """jieba's dictionary-mode cut of `text` (``tokenizer.cut(text, HMM=False)``), word for word.

    The same algorithm over the same dictionary (the tokenizer's FREQ and total, so the rules'
    phrases count), written as one tight loop: jieba's generators, its DAG dict and the tuples
    that pick each best route are most of its cost. A block that is a plain ASCII word or number
    is passed through whole (jieba cuts it into letters and joins them back).
    tests/test_analysis.py checks the words are jieba's on every message in ../shared.
    """
    import jieba

    get = tokenizer.FREQ.get
    logtotal = math.log(tokenizer.total)
    log = math.log
    skip = jieba.re_skip_default
    words: list[str] = []
    append = words.append
    # jieba.re_han_default has one group: split() gives other text and runs of han/word characters in turn
    for i, block in enumerate(jieba.re_han_default.split(text)):
        if not block:
            continue
        if not i % 2:  # between the runs: whitespace whole, anything else one character at a time
            for piece in skip.split(block):
                if skip.match(piece):
                    append(piece)
                else:
                    words.extend(piece)
            continue
        if block.isascii() and block.isalnum():
            append(block)
            continue
        n = len(block)
        score = [0.0] * (n + 1)
        end = [0] * (n + 1)
        for start in range(n - 1, -1, -1):
            best, best_end = None, start
            stop = start
            count = get(block[start])  # None: no dictionary word starts with this fragment
            while count is not None:
                if count:
                    value = log(count) - logtotal + score[stop + 1]
                    if best is None or value >= best:  # a tie goes to the longer word, as max() of (value, end)
                        best, best_end = value, stop
                stop += 1
                if stop == n:
                    break
                count = get(block[start:stop + 1])
            if best is None:  # no word starts here: the character alone (frequency 1)
                best = log(get(block[start]) or 1) - logtotal + score[start + 1]
            score[start], end[start] = best, best_end
        at, letters = 0, ""
        while at < n:
            following = end[at] + 1
            word = block[at:following]
            if following - at == 1 and word.isascii() and word.isalnum():
                letters += word  # single letters and digits run together, as jieba's re_eng buffer
            else:
                if letters:
                    append(letters)
                    letters = ""
                append(word)
            at = following
        if letters:
            append(letters)
    return words


class _Text:
    """A draft's text: folded, lower-cased, segmented, cut into paragraphs, sentences and clauses."""

    def __init__(self, original: str, tokenizer) -> None:
        self.original = original.replace("\r\n", "\n").replace("\r", "\n")
        self.folded = fold(self.original)
        lowered = self.folded.lower()
        # lower() may change the length of a few exotic letters; keep positions valid then
        self.lowered = lowered if len(lowered) == len(self.folded) else self.folded
        ends = list(accumulate(len(w) for w in _segment(tokenizer, self.folded)))
        self.starts = [0] + ends[:-1] if ends else []
        self.word_ends = ends
        self.ends = set(ends)
        self.sentences = self._sentences()
        self.sentence_starts = [s for s, _, _ in self.sentences]
        self.quotes = self._reported_speech()
        self.sign_off = self._sign_off()

    def _sentences(self) -> list[tuple[int, int, int]]:
        """(start, end, paragraph number) of each non-blank sentence, at most SENTENCE_MAX long.

        Paragraphs are separated by blank lines; sentences end at 。!? (runs, with closing
        quotes), at the end of a line, and at ". " before a capital in English.
        """
        result, paragraph, gap = [], 0, False
        text = self.folded
        for line in _LINE.finditer(text):
            if not line.group().strip():
                gap = bool(result)
                continue
            if gap:
                paragraph += 1
                gap = False
            for match in _SENTENCE.finditer(text, line.start(), line.end()):
                start, end = match.span()
                pieces = [start] + [m.end() for m in _EN_STOP.finditer(text, start, end)] + [end]
                for a, b in zip(pieces, pieces[1:]):
                    while b - a > SENTENCE_MAX:
                        result.append((a, a + SENTENCE_MAX, paragraph))
                        a += SENTENCE_MAX
                    if text[a:b].strip():
                        result.append((a, b, paragraph))
        return result

    def _sign_off(self) -> int:
        """Where the closing block starts: the short lines without punctuation after the last line
        with any ("Daniel Park / Account Director", "陈立衡 / 项目经理"); the end when there is none."""
        text = self.folded.rstrip()
        cut = max(text.rfind(mark) for mark in ".。!?;,:")
        start = text.find("\n", cut + 1) + 1 if cut >= 0 else 0
        if start == 0 or any(len(line.strip()) > SIGN_OFF_LINE for line in text[start:].split("\n")):
            return len(self.folded)
        return start

    def _reported_speech(self) -> list[tuple[int, int]]:
        """Spans of other people's words quoted in the PM's text (not the PM's own words)."""
        spans = []
        for match in _QUOTE.finditer(self.original):
            start, end = match.span()
            before = self.folded[max(0, start - 12):start]
            if end - start - 2 >= 15 or _SAYING.search(before):
                spans.append((start, end))
        return spans

    def words(self, start: int = 0, end: int | None = None) -> list[str]:
        """The segmented words (lower-cased) that start in [start, end): the tone model's input."""
        low = bisect.bisect_left(self.starts, start)
        high = len(self.starts) if end is None else bisect.bisect_left(self.starts, end)
        text = self.lowered
        return [text[a:b] for a, b in zip(self.starts[low:high], self.word_ends[low:high])]

    def item_end(self, position: int) -> int | None:
        """The end of the list item holding `position` (its line and the lines that continue it up
        to the next item or a blank line); None when `position` is not in a list item."""
        text = self.folded
        line_start = text.rfind("\n", 0, position) + 1
        if not _ITEM.match(text, line_start):
            return None
        end = text.find("\n", position)
        while end != -1:
            following = text.find("\n", end + 1)
            line = text[end + 1:following if following != -1 else len(text)]
            if not line.strip() or _ITEM.match(line):
                break
            end = following
        return len(text) if end == -1 else end

    def sentence_of(self, position: int) -> tuple[int, int, int]:
        i = bisect.bisect_right(self.sentence_starts, position) - 1
        return self.sentences[max(i, 0)]

    def clause_start(self, position: int) -> int:
        start = self.sentence_of(position)[0]
        last = start
        for match in _CLAUSE_BREAK.finditer(self.folded, start, position):
            last = match.end()
        return last

    def quoted(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self.quotes)

    def negated(self, start: int) -> bool:
        """Whether a negation right before `start` turns the cue around ("不是不可能")."""
        clause = self.clause_start(start)
        if self.folded.startswith("是", start) and self.folded[start - 1:start] == "不" and start > clause:
            return True  # a cue that starts with 是 right after 不: "不是贵方的问题"
        return bool(_NEGATED.search(self.folded[max(clause, start - 12):start]))

    def conditional(self, start: int) -> bool:
        """Whether `start` is inside an if-clause ("如果测试不行")."""
        clause = self.clause_start(start)
        return bool(_CONDITIONAL.search(self.folded[clause:start]))

    def softener_negated(self, start: int) -> bool:
        """Whether a negation earlier in the clause undoes a softener ("没有替代方案", "no alternative")."""
        clause = self.clause_start(start)
        for turn in _TURN.finditer(self.folded, clause, start):
            clause = turn.end()
        return bool(_SOFTENER_NEGATION.search(self.folded, clause, start))

    def requested(self, start: int) -> bool:
        """Whether the words at `start` are what someone asked of us ("您让我们评估…")."""
        return bool(_REQUESTED.search(self.folded[max(0, start - 12):start]))

    def addresses_reader(self, position: int) -> bool:
        """Whether the sentence at `position` speaks to the reader (您, 贵方, you ...)."""
        start, end, _ = self.sentence_of(position)
        return bool(_READER.search(self.lowered, start, end))

    def clients_own(self, start: int) -> bool:
        """Whether the softener at `start` belongs to the client ("your IT director")."""
        return bool(_CLIENTS_OWN.search(self.lowered[max(0, start - 30):start]))

    def phrase_hits(self, matcher: _Matcher) -> list[tuple[int, int, tuple[tuple[int, int], ...]]]:
        """Every (start, end, roles) where an indexed phrase sits on word boundaries."""
        text, index, ends, hits = self.lowered, matcher.phrase_index, self.ends, []
        for start in self.starts:
            for key in (text[start:start + 2], text[start]):
                for phrase, roles in index.get(key, ()):
                    end = start + len(phrase)
                    if end in ends and text.startswith(phrase, start):
                        hits.append((start, end, roles))
        return hits

    def pattern_hits(self, group: _Group) -> list[tuple[int, int, _Pattern]]:
        """(start, end, pattern) of the matches of `group`, one sentence at a time."""
        hits = []
        for start, end, _ in self.sentences:
            sentence = self.lowered[start:end]
            for scanner in group.scanners:
                for candidate in scanner.starts.finditer(sentence):
                    at = candidate.start()
                    joined, patterns = scanner.by_first[sentence[at]]
                    if joined.match(sentence, at) is None:  # the common case: one call, no hit
                        continue
                    for pattern in patterns:
                        found = pattern.regex.match(sentence, at)
                        if found is not None and found.end() > at:
                            hits.append((start + at, start + found.end(), pattern))
            if group.anywhere is not None:
                for match in group.anywhere.finditer(sentence):
                    at = match.start()
                    for pattern in group.anywhere_patterns:
                        found = pattern.regex.match(sentence, at)
                        if found is not None and found.end() > at and _word_start_ok(pattern, sentence, at):
                            hits.append((start + at, start + found.end(), pattern))
                            break
        return hits


# --- cue rules --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    strong: bool
    key: str  # identity of the cue, to count distinct weak cues


class _Scan:
    """Everything found in one text, computed once and shared by all rules."""

    def __init__(self, text: _Text, matcher: _Matcher) -> None:
        self.text = text
        self.matcher = matcher
        # rule index -> role -> [(start, end, identity)]
        self.found: dict[int, dict[int, list[tuple[int, int, str]]]] = {}
        self.topics: dict[int, list[tuple[int, int, int, int]]] = {}  # ramble rule -> sentences
        for start, end, roles in text.phrase_hits(matcher):
            key = "p:" + text.lowered[start:end]
            for rule_index, role in roles:
                self.found.setdefault(rule_index, {}).setdefault(role, []).append((start, end, key))
        if matcher.cues is not None:
            for start, end, pattern in text.pattern_hits(matcher.cues):
                self.found.setdefault(pattern.rule_index, {}).setdefault(pattern.role, []).append(
                    (start, end, f"r:{pattern.number}")
                )

    def of(self, rule_index: int, role: int) -> list[tuple[int, int, str]]:
        return self.found.get(rule_index, {}).get(role, [])

    def patterns(self, groups: dict[int, _Group], rule_index: int) -> list[tuple[int, int, str]]:
        group = groups.get(rule_index)
        if group is None:
            return []
        return [(s, e, f"r:{p.number}") for s, e, p in self.text.pattern_hits(group)]


def _cue_evidence(
    index: int, rule: Rule, scan: _Scan, to_client: bool = False, chatter: frozenset[int] = frozenset()
) -> str | None:
    text = scan.text
    hits = [_Hit(s, e, True, k) for s, e, k in scan.of(index, _STRONG)]
    hits += [_Hit(s, e, False, k) for s, e, k in scan.of(index, _WEAK)]
    # targets matter only for charges and for reader_exempt: most drafts have neither to check
    targets = _targets(index, scan) if scan.of(index, _CHARGE) else []
    hits += _paired(index, scan, targets)
    hits = [
        h for h in hits
        if not (text.quoted(h.start, h.end) or text.negated(h.start) or text.conditional(h.start)
                or text.sentence_of(h.start)[0] in chatter)
    ]
    if hits and rule.reader_exempt and to_client:
        targets = targets or _targets(index, scan)
        # said to the reader about the reader ("相关同事…鸡同鸭讲") is another rule's business;
        # about someone else on their side ("你们王总根本不懂…") it still counts
        hits = [
            h for h in hits
            if not text.addresses_reader(h.start) or any(_same_sentence(text, h.start, t) for t, _ in targets)
        ]
    if hits:
        ignored = scan.of(index, _IGNORE) + scan.patterns(scan.matcher.ignores, index)
        hits = [h for h in hits if not any(s < h.end and h.start < e for s, e, _ in ignored)]
    if hits:
        softeners = scan.of(index, _SOFTENER) + scan.patterns(scan.matcher.softeners, index)
        positions = [
            s for s, _, _ in softeners
            if not (text.softener_negated(s) or text.quoted(s, s + 1) or text.requested(s) or text.clients_own(s)
                    or s >= text.sign_off)  # "Account Director" under the name is no escalation
        ]
        if positions:
            # a buffer after the cue, in its sentence or anywhere later, takes its edge off; one
            # inside the cue's own words does not ("替您决定好了" holds "您决定"). In a list (a
            # meeting recap, answers by number) only a buffer in the cue's own item counts.
            hits = [h for h in hits if not _softened(text, h, positions)]
    strong = [h for h in hits if h.strong]
    weak = [h for h in hits if not h.strong]
    if strong:
        best = max(strong, key=lambda h: (h.end - h.start, -h.start))
    elif len({h.key for h in weak}) >= rule.weak_needed:
        best = min(weak, key=lambda h: h.start)
    else:
        return None
    return _evidence(text, best.start, best.end)


def _softened(text: _Text, hit: _Hit, positions: list[int]) -> bool:
    """Whether a buffer at one of `positions` comes after `hit`, within its list item if it has one."""
    scope = text.item_end(hit.start)
    return any(hit.end <= p and (scope is None or p < scope) for p in positions)


def _targets(index: int, scan: _Scan) -> list[tuple[int, int]]:
    """(start, end) of the rule's targets that count: not negated ("不是客户…"), not quoted."""
    text = scan.text
    return [(s, e) for s, e, _ in scan.of(index, _TARGET) if not (text.negated(s) or text.quoted(s, e))]


def _same_sentence(text: _Text, a: int, b: int) -> bool:
    return text.sentence_of(a)[0] == text.sentence_of(b)[0]


def _paired(index: int, scan: _Scan, targets: list[tuple[int, int]]) -> list[_Hit]:
    """Charges with a target near them in their sentence, as strong hits at the charge.

    The charge itself is checked like any other cue by the caller (negation, condition, quotes).
    """
    charges = scan.of(index, _CHARGE)
    text = scan.text
    hits = []
    for start, end, key in charges:
        sentence_start, sentence_end, _ = text.sentence_of(start)
        for t_start, t_end in targets:
            if (
                sentence_start <= t_start < sentence_end
                and (t_end <= start or end <= t_start)  # not the charge's own words
                and min(abs(start - t_end), abs(t_start - end)) <= PAIR_SPAN
            ):
                hits.append(_Hit(start, end, True, "c:" + key))
                break
    return hits


def _evidence(text: _Text, start: int, end: int, prefix: str = "") -> str:
    """The cue in its sentence, from the original text, on one line and at most 120 characters."""
    s_start, s_end, _ = text.sentence_of(start)
    room = EVIDENCE_MAX - len(prefix)
    a, b = s_start, max(s_end, end)
    if b - a > room:
        half = max(0, (room - (end - start)) // 2)
        a = max(s_start, start - half)
        b = min(max(s_end, end), a + room)
        a = max(s_start, b - room)
    snippet = " ".join(text.original[a:b].split())
    if a > s_start:
        snippet = "…" + snippet[1:]
    if b < s_end:
        snippet = snippet[:-1] + "…"
    return (prefix + snippet)[:EVIDENCE_MAX]


# --- the tone model ---------------------------------------------------------------------------


def tone_words(text: str, ruleset: RuleSet) -> list[str] | None:
    """The words the tone model reads for the PM's `text` (None: too short to judge).

    The trainer (benchmarks/train_model.py) calls this, so that it learns from exactly what
    analyse() will score.
    """
    folded = _Text(text[:TEXT_MAX], _matcher_for(ruleset).tokenizer)
    return folded.words() if tone_model.long_enough(folded.lowered) else None


def _tone_scores(ruleset: RuleSet, scan: _Scan) -> "_Tone":
    """The tone model's probability for every rule that asks for it (none without a model, or
    for a text too short to judge)."""
    found = tone_model.load()
    if found is None or not tone_model.long_enough(scan.text.lowered):
        return _Tone(None, {})
    wanted = {rule.id for rule in ruleset.rules if rule.model}
    return _Tone(found, {rule: p for rule, p in found.scores(scan.text.words()).items() if rule in wanted})


@dataclass(frozen=True)
class _Tone:
    model: "tone_model.Model | None"
    scores: dict[str, float]

    def vetoes(self, rule: Rule) -> bool:
        """Whether the model is confident enough that the draft is fine to overrule a cue of `rule`."""
        probability = self.scores.get(rule.id)
        return probability is not None and probability < self.model.rules[rule.id].veto

    def finds(self, rule: Rule) -> float | None:
        """The model's probability for `rule` when it reaches the rule's threshold, else None."""
        probability = self.scores.get(rule.id)
        if probability is None or probability < self.model.rules[rule.id].threshold:
            return None
        return probability


def _tone_evidence(rule: Rule, scan: _Scan, chatter: frozenset[int], tone: _Tone, size: str = "") -> str | None:
    """A finding from the tone model: its probability and the sentence that weighs most."""
    probability = tone.finds(rule)
    if probability is None:
        return None
    text = scan.text
    spans = [(s, e) for s, e, _ in text.sentences if s not in chatter and not text.quoted(s, e)]
    # a greeting or a sign-off ("Hi Sarah,", "Thanks,") is never the evidence when there is more
    spans = [(s, e) for s, e in spans if len(text.folded[s:e].split()) >= 3 or _CJK_RUN.search(text.folded, s, e)] or spans
    if not spans:
        return None
    start, _ = spans[tone.model.strongest([text.words(s, e) for s, e in spans], rule.id)]
    return _evidence(text, start, start, prefix=f"[{size + ', ' if size else ''}tone] ")


# --- ramble -----------------------------------------------------------------------------------

_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]{8}")
_EN_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_SUBJECT_NOISE = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|sv|回复|答复|转发)\s*[:：]\s*)+", re.IGNORECASE)
_SUBJECT_STOP = frozenset(
    "关于 事宜 问题 一下 请 您 我们 你们 贵方 贵行 贵司 确认 通知 邮件 the and for with from your our "
    "about please re fw fwd update".split()
)


def _subject_words(subject: str, tokenizer) -> frozenset[str]:
    """The Subject's content words: they count as on-topic vocabulary for ramble."""
    words = set()
    for word in tokenizer.cut(fold(_SUBJECT_NOISE.sub("", subject)).lower(), HMM=False):
        word = word.strip()
        if word in _SUBJECT_STOP:
            continue
        if (_CJK.search(word) and len(word) >= 2) or (word.isascii() and len(word) >= 3 and word.isalnum()):
            words.add(word)
    return frozenset(words)


def _sentence_topics(index: int, scan: _Scan, subject: str) -> list[tuple[int, int, int, int]]:
    """(start, end, off-topic cues, on-topic cues) of each sentence, for the ramble rule `index`."""
    cached = scan.topics.get(index)
    if cached is not None:
        return cached
    text = scan.text
    off_at = sorted(s for s, _, _ in scan.of(index, _OFFTOPIC))
    on_at = [s for s, _, _ in scan.of(index, _TOPIC)]
    subject_words = _subject_words(subject, scan.matcher.tokenizer)
    lowered, ends = text.lowered, text.ends
    for word in subject_words:
        at = lowered.find(word)
        while at != -1:
            if (at == 0 or at in ends) and at + len(word) in ends:  # on word boundaries
                on_at.append(at)
            at = lowered.find(word, at + 1)
    on_at.sort()
    result = []
    for start, end, _ in text.sentences:
        n_off = bisect.bisect_left(off_at, end) - bisect.bisect_left(off_at, start)
        n_on = bisect.bisect_left(on_at, end) - bisect.bisect_left(on_at, start)
        result.append((start, end, n_off, n_on))
    scan.topics[index] = result
    return result


def _chatter(ruleset: RuleSet, scan: _Scan, subject: str) -> frozenset[int]:
    """Starts of the sentences that are personal chatter, not said to or about anyone on the job.

    A sentence is chatter when a ramble rule's off-topic vocabulary (two cues or more) outweighs business words in
    it and it neither addresses the reader nor names the client: "新买的猫爬架它看都不看" or
    "第二条我实在做不到" in a story about running is no argument and no refusal.
    """
    text = scan.text
    starts = set()
    for index, rule in enumerate(ruleset.rules):
        if rule.kind != "ramble" or len(scan.of(index, _OFFTOPIC)) < 2:
            continue  # a chatter sentence holds two off-topic cues at least
        for start, end, n_off, n_on in _sentence_topics(index, scan, subject):
            if n_off >= 2 and n_off > n_on and not _READER.search(text.lowered, start, end) \
                    and not _CLIENT_NAMED.search(text.lowered, start, end):
                starts.add(start)
    return frozenset(starts)


def ramble_length(text: str, rule: Rule) -> float:
    """How long `text` is for a ramble rule: 1.0 and more is long enough to ramble.

    A mixed draft is long when its two proportions add up to one ("half the Chinese length plus
    half the English length").
    """
    return _measure(text, rule)[0]


def _measure(text: str, rule: Rule) -> tuple[float, int, int]:
    """(ramble length, Chinese characters, English words) of `text`; the counts are 0 for a text
    too short to reach 1.0 even if it were all Chinese or all English (a Chinese character is one
    character, an English word at least two with its space): it is not counted at all."""
    bound = (len(text) / rule.min_chars if rule.min_chars else 0) + ((len(text) + 1) / 2 / rule.min_words if rule.min_words else 0)
    if bound < 1:
        return bound, 0, 0
    cjk, words = len(text) - len(_CJK_CHAR.sub("", text)), len(_EN_WORD.findall(text))
    return (cjk / rule.min_chars if rule.min_chars else 0) + (words / rule.min_words if rule.min_words else 0), cjk, words


def _ramble_evidence(index: int, rule: Rule, scan: _Scan, subject: str, tone: "_Tone | None") -> str | None:
    text = scan.text
    length, cjk, words = _measure(text.folded, rule)
    if length < 1:
        return None
    size = f"{cjk} 字" if cjk >= words else f"{words} words"

    total = off = 0
    chattiest, chattiest_score = None, 0
    for start, end, n_off, n_on in _sentence_topics(index, scan, subject):
        weight = len(text.folded[start:end].strip())
        total += weight
        if n_off > n_on:
            off += weight
            if n_off - n_on > chattiest_score:
                chattiest, chattiest_score = (start, end), n_off - n_on
    if not total or off / total < rule.offtopic_share or chattiest is None:
        # the chatter vocabulary is a closed list: the tone model knows chatter it does not name,
        # in a draft where the list still finds some (a long mail all about work is left alone)
        if tone is None or not total or off / total < rule.offtopic_share * MODEL_CHATTER_SHARE:
            return None
        return _tone_evidence(rule, scan, frozenset(), tone, size)
    prefix = f"[{size}, {off / total:.0%} off-topic] "
    return _evidence(text, chattiest[0], chattiest[0], prefix)
