"""Train and cross-validate an experimental sentence model that would back up the phrase rules.

    python benchmarks/train_model.py [--compare] [--corpora] [--out FILE]

Training data, labelled per sentence where possible:

  * the table-driven rows of tests/test_analysis.py (text -> expected rule ids), read with
    ``ast`` (not imported); a text that occurs in several rows takes the union of their labels;
  * the PM's own text (``read_draft``) of the development drafts (../shared/drafts) and of
    benchmarks/heldout, cut into sentences. A sentence of a draft labelled R is a positive for R
    when the rules put their evidence for R in it; the draft's other sentences are left out of
    R's training (they may break R in words the rules do not know); every sentence of every
    draft is a negative for the rules its draft is not labelled with;
  * AUTHORED below: sentences written for this script, in styles the tables lack.

Evaluation is grouped 5-fold cross-validation: a whole draft, a whole family of table rows
(same table, same name prefix) or a whole authored style is held out at once. Per rule the
threshold is the lowest score at which the held-out (out-of-fold) sentences scored at or above
it are >= 95 % positives; the figures for each fold use a threshold chosen without that
fold. The script prints, per rule: the model alone, the rules alone, and rules OR model, on
table rows plus authored sentences (one unit each) and on drafts (a draft counts when any of
its sentences reaches the threshold).

``--compare`` also cross-validates naive Bayes; ``--corpora`` counts sentences of
../shared/corpora messages the final model flags (they are never trained on); ``--out FILE``
writes the final model as JSON. Deterministic: fixed seeds, fixed orders, weights rounded to
4 places (two runs write the same bytes). Takes about 15 s (25 s with ``--compare``).

Result (2026-11-27, rules as of that morning) -- the model is NOT part of mailcoach
-----------------------------------------------------------------------------------
Logistic regression is the default; naive Bayes (``--compare``) reaches a few more sentences
but misses the 95 % precision held out (argue 0.75, refusal 0.81) and adds 1-3 false-positive
drafts to argue, refusal and persuade. Held out, at that point the logistic model alone finds argue
1 %, refusal 29 %, persuade 49 %, backchannel 24 % of the positive sentences. Rules OR model
against rules alone: on the table rows recall is unchanged (the rules already find 98-100 %) and
1-3 false positives per rule are added; on AUTHORED (sentences the rules were not written for)
argue 0.23 -> 0.23, refusal 0.64 -> 0.73, persuade 0.63 -> 1.00 (3 of 8), backchannel
0.75 -> 0.75; on the 240 labelled drafts recall stays 1.00 and persuade gains a false positive
on a harmless "我们的方案如下：". ../shared/corpora: 0 of 9,829 sentences flagged. So it adds no
recall where the rules are weakest on unseen wording (argue, refusal, backchannel) and costs
precision; 2,800 sentences are too few for a bag of character n-grams to learn tone. The
weights (|w| >= 0.02) also take 1.4 MB. Rerun this script when the labelled data grows.
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mailcoach.analysis import analyse, fold  # noqa: E402
from mailcoach.draft import read_draft  # noqa: E402
from mailcoach.errors import DraftError  # noqa: E402
from mailcoach.rules import load_ruleset  # noqa: E402

RULES = ("argue", "refusal", "persuade", "backchannel")
SHARED = REPO.parent / "shared"
DRAFT_DIRS = (SHARED / "drafts", REPO / "benchmarks" / "heldout")
TABLES = ("CASES", "GENERALISATION", "SECOND_PASS_A", "SECOND_PASS_B", "PAIRS")
FOLDS = 5
TARGET_PRECISION = 0.95
SEED = 20240601
PM, COLLEAGUE, CLIENT = "pm@ourteam.example.com", "dev@ourteam.example.com", "li.na@client-x.example.cn"

# Written for this script (mailcoach's own words): (style group, text, rule ids). Positives in
# styles the tables are short of, and hard negatives that share their words.
AUTHORED = [
    # argue: sarcasm, rhetorical cost questions, lecturing in new words
    ("a_sarcasm", "真佩服贵方，同一个字段能改出五个版本来。", {"argue"}),
    ("a_sarcasm", "贵司的效率我们算是见识到了，一封邮件回了九天。", {"argue"}),
    ("a_sarcasm", "Great, another 'final' spec. That makes four this month.", {"argue"}),
    ("a_sarcasm", "恭喜贵方，又一次完美错过了提交窗口。", {"argue"}),
    ("a_cost", "返工的这三周，贵方打算怎么补给我们？", {"argue"}),
    ("a_cost", "测试环境被你们停了两天，这个损失算在谁头上？", {"argue"}),
    ("a_cost", "So who covers the overtime your late sign-off caused?", {"argue"}),
    ("a_lecture", "提需求之前，请贵方先想清楚自己到底要什么。", {"argue"}),
    ("a_lecture", "这种问题，稍微有点经验的工程师都不会问。", {"argue"}),
    ("a_lecture", "Maybe read the release notes before opening a P1 ticket next time.", {"argue"}),
    ("a_blame", "数据口径错了是你们财务的事，别往我们身上推。", {"argue"}),
    ("a_blame", "延期的责任完全在贵方，我们不接受任何指责。", {"argue"}),
    ("a_blame", "Let's be clear: the outage was caused by your change, not ours.", {"argue"}),
    ("a_neg", "这次延期主要是我方排期失误，非常抱歉给您添麻烦了。", set()),
    ("a_neg", "返工的这三周我们会在周报里说明原因和补救计划。", set()),
    ("a_neg", "测试环境停了两天，我们已经把影响评估发给您了。", set()),
    ("a_neg", "Who should we invite from your side to the cost review on Friday?", set()),
    ("a_neg", "We'll cover the overtime ourselves; the delay was our mistake.", set()),
    ("a_neg", "我们再梳理一遍需求，确认后发给贵方审阅。", set()),
    ("a_neg", "Thanks for the quick sign-off, it saved us a week.", set()),
    ("a_neg", "关于数据口径，我们和贵方财务约个时间一起对一下？", set()),
    # refusal: bureaucratic, friendly-wrapped, idioms
    ("r_bureau", "经内部讨论，上述需求暂不予以支持。", {"refusal"}),
    ("r_bureau", "该申请不符合我司流程，无法受理。", {"refusal"}),
    ("r_bureau", "贵方提出的延期付款事宜，我司不予同意。", {"refusal"}),
    ("r_friendly", "哈哈这个真的搞不了啦，您就别为难我们了～", {"refusal"}),
    ("r_friendly", "亲，这个需求我们这边真的没法接哦。", {"refusal"}),
    ("r_idiom", "That's a non-starter for us.", {"refusal"}),
    ("r_idiom", "We'll have to pass on the mobile app request.", {"refusal"}),
    ("r_idiom", "Adding SSO this quarter is not going to happen.", {"refusal"}),
    ("r_idiom", "短信通知这个功能，没戏。", {"refusal"}),
    ("r_flat", "加字段可以，改表结构不行，没得商量。", {"refusal"}),
    ("r_flat", "数据导出的要求我们拒绝。", {"refusal"}),
    ("r_neg", "这个需求我们已经登记，下周二评审后给您答复。", set()),
    ("r_neg", "短信通知这一期来不及，我们建议先用邮件通知，下一期再补。", set()),
    ("r_neg", "We can't do SSO this quarter, but we can pilot it with one team in July.", set()),
    ("r_neg", "改表结构的影响比较大，我们先出一份评估报告给您。", set()),
    ("r_neg", "该申请需要贵方领导签字，签字后我们马上受理。", set()),
    ("r_neg", "No worries, we'll pass the logs to the vendor today.", set()),
    ("r_neg", "我问了一下经理，延期付款可以走特批流程，我来帮您申请。", set()),
    # persuade: pressure, only-way claims, dismissing the client's view
    ("p_pressure", "您再犹豫下去，项目肯定要黄，还是按我们说的办吧。", {"persuade"}),
    ("p_pressure", "这个方案您不选，后果自负。", {"persuade"}),
    ("p_pressure", "Honestly, any other option would be a mistake; sign off on ours.", {"persuade"}),
    ("p_only", "除了我们的方案，别的路都走不通。", {"persuade"}),
    ("p_only", "There is really only one way to do this, and it's ours.", {"persuade"}),
    ("p_dismiss", "您那个想法太理想化了，放弃吧。", {"persuade"}),
    ("p_dismiss", "贵方的顾虑完全没有必要，照我们的做就对了。", {"persuade"}),
    ("p_dismiss", "Forget the in-house build; you'll regret it.", {"persuade"}),
    ("p_neg", "两个方案各有利弊，我们把对比表发给您，由您定。", set()),
    ("p_neg", "如果您倾向自建，我们也可以提供部署支持。", set()),
    ("p_neg", "We think option A fits better, but it's your call.", set()),
    ("p_neg", "您提的顾虑很有道理，我们会在方案里补充应对措施。", set()),
    ("p_neg", "我们的建议仅供参考，最终以贵方决策为准。", set()),
    ("p_neg", "There is only one meeting room free on Friday, so let's use that one.", set()),
    # backchannel: nicknames, company names, slang about the client among colleagues
    ("b_nick", "“改需求小王子”今天又来了，大家挺住。", {"backchannel"}),
    ("b_nick", "那位“钱总监”一分钱都不想多花，报价别给他留余地。", {"backchannel"}),
    ("b_nick", "B司那帮人真是一言难尽，开会永远迟到。", {"backchannel"}),
    ("b_slang", "甲方又作妖了，周末估计又要加班。", {"backchannel"}),
    ("b_slang", "客户那边的产品经理脑子不太好使，大家多担待。", {"backchannel"}),
    ("b_slang", "Their CTO is a dinosaur, don't bother showing him the cloud option.", {"backchannel"}),
    ("b_slang", "The client's QA lead couldn't find a bug if it bit her.", {"backchannel"}),
    ("b_slang", "对方那个对接人就是个传话筒，啥也决定不了。", {"backchannel"}),
    ("b_neg", "客户的产品经理这周很忙，我们把问题整理成清单一次发过去。", set()),
    ("b_neg", "对方对接人需要向领导汇报，我们的材料写得直白一点。", set()),
    ("b_neg", "Their CTO prefers short decks; keep it to five slides.", set()),
    ("b_neg", "B司的同事很配合，昨天加班帮我们把环境搭好了。", set()),
    ("b_neg", "甲方提的担心有道理，我们内部先评估一下。", set()),
    ("b_neg", "我这周状态不太好使，报表晚一天给大家。", set()),
    ("b_neg", "The client's QA lead found two real bugs, nice catch.", set()),
]


@dataclass(frozen=True)
class Unit:
    """One training sentence (or one table row) with its labels and where it comes from."""

    group: str  # held out together
    doc: str  # the draft or row it belongs to (draft-level scoring)
    text: str
    positive: frozenset[str]  # rules it breaks
    unknown: frozenset[str]  # rules it is neither a positive nor a negative for
    rules_found: frozenset[str]  # what the rules found in the row (tables/authored only)
    features: tuple[str, ...] = ()


# --- data ---------------------------------------------------------------------------------------

_SENTENCE = re.compile(r"[^\n。!?！？]+(?:[。!?！？]+[\"'”’」』)]*)?")
_EN_STOP = re.compile(r"(?<=[a-z0-9)\]][.])\s+(?=[A-Z\"'(])")


def split_sentences(text: str) -> list[str]:
    """Sentences as analysis cuts them: at 。!? runs, line ends, and '. ' before a capital."""
    result = []
    for match in _SENTENCE.finditer(text):
        for piece in _EN_STOP.split(match.group()):
            piece = " ".join(piece.split())
            if piece:
                result.append(piece)
    return result


def table_rows() -> list[tuple[str, str, str, set[str], tuple]]:
    """(table, name, text, expected, to) of the table-driven tests, read without importing them."""
    source = (REPO / "tests" / "test_analysis.py").read_text(encoding="utf-8")
    names = {"CLIENT": CLIENT, "COLLEAGUE": COLLEAGUE, "PM": PM, "set": set}
    audience = {"c": (CLIENT,), "i": (COLLEAGUE,), "a": (COLLEAGUE,)}
    rows = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and getattr(node.targets[0], "id", "") in TABLES:
            table = node.targets[0].id
            for row in eval(compile(ast.Expression(node.value), "tables", "eval"), names):  # noqa: S307 - our own test file
                if table == "CASES":
                    name, text, expected = row
                    to = (COLLEAGUE,) if "backchannel" in expected else (CLIENT,)
                elif table == "GENERALISATION":
                    name, text, expected, to = row[0], row[1], row[2], (row[3],)
                else:
                    name, aud, text, expected = row
                    to = audience[aud]
                rows.append((table, name, text, set(expected), to))
    return rows


def family(name: str) -> str:
    """A row's family: its name up to the second underscore ("refusal_neg", "ar_en")."""
    return "_".join(name.split("_")[:2])


def collect(ruleset) -> tuple[list[Unit], dict[str, set[str]], dict[str, set[str]]]:
    """All training units, plus per draft its labels and what the rules found in it."""
    from mailcoach.draft import Draft

    def found(text: str, to: tuple) -> frozenset[str]:
        draft = Draft(subject="", sender=PM, to=to, cc=(), message_id=None, text=text, body_text=text)
        return frozenset(f.rule for f in analyse(draft, ruleset).findings) & set(RULES)

    units: list[Unit] = []
    merged: dict[str, tuple[str, str, set[str], frozenset[str]]] = {}
    for table, name, text, expected, to in table_rows():
        key = " ".join(text.split())
        group, first, labels, got = merged.get(key, (f"{table}:{family(name)}", name, set(), frozenset()))
        merged[key] = (group, first, labels | expected, got | found(text, to))
    for key, (group, name, labels, got) in merged.items():
        units.append(Unit(group, "row:" + name, key, frozenset(labels & set(RULES)), frozenset(), got))
    for style, text, expected in AUTHORED:
        to = (COLLEAGUE,) if "backchannel" in expected or style.startswith("b_") else (CLIENT,)
        units.append(Unit("authored:" + style, "authored:" + text, text, frozenset(expected), frozenset(), found(text, to)))

    draft_labels: dict[str, set[str]] = {}
    draft_found: dict[str, set[str]] = {}
    for folder in DRAFT_DIRS:
        labels = {c["file"]: set(c["expect"]) for c in json.loads((folder / "labels.json").read_text("utf-8"))["cases"]}
        for file in sorted(labels):
            draft = read_draft((folder / file).read_bytes())
            doc = f"{folder.name}/{file}"
            findings = {f.rule: f.evidence for f in analyse(draft, ruleset).findings}
            draft_labels[doc] = labels[file] & set(RULES)
            draft_found[doc] = set(findings) & set(RULES)
            for sentence in split_sentences(draft.text):
                positive, unknown = set(), set()
                for rule in draft_labels[doc]:
                    core = findings.get(rule, "").strip("…").strip()
                    if core and (core in sentence or sentence in core):
                        positive.add(rule)
                    else:
                        unknown.add(rule)
                units.append(Unit("draft:" + doc, doc, sentence, frozenset(positive), frozenset(unknown), frozenset()))
    return units, draft_labels, draft_found


# --- features ---------------------------------------------------------------------------------

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_EN_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")
# Structural flags: cheap cues that change what the words mean.
_FLAGS = (
    ("#reader", re.compile(r"您|你们|你方|贵方|贵司|贵行|贵公司|各位|相关同事|\byou\b|\byour\b|\byou'")),
    ("#client", re.compile(r"甲方|客户|对方|他们|人家|[\u4e00-\u9fff]总|\bclient|\btheir\b|\bthey\b")),
    ("#we", re.compile(r"我们|我方|我司|咱们|\bwe\b|\bour\b|\bwe'")),
    ("#neg", re.compile(r"不|没|无|别|非|未|\bnot?\b|n't\b|\bnever\b")),
    ("#question", re.compile(r"\?|吗|呢")),
    ("#exclaim", re.compile(r"!")),
    ("#exclaims", re.compile(r"!{2,}")),
)


def sentence_features(sentence: str) -> list[str]:
    """The features of one sentence, as the model sees them (sorted, without repeats).

    `sentence` may be raw draft text: it is folded (full-width to ASCII, traditional to
    simplified) and lower-cased here.
    """
    text = fold(sentence).lower()
    features = {name for name, pattern in _FLAGS if pattern.search(text)}
    for run in _CJK_RUN.findall(text):
        for n in (2, 3):
            features.update("c" + run[i:i + n] for i in range(len(run) - n + 1))
        if len(run) == 1:
            features.add("c" + run)
    words = _EN_WORD.findall(text)
    features.update("w" + w for w in words)
    features.update("b" + a + " " + b for a, b in zip(words, words[1:]))
    return sorted(features)



# --- models -------------------------------------------------------------------------------------


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train_logistic(xs: list[list[str]], ys: list[int], epochs: int = 10, rate: float = 0.1, l2: float = 3e-2):
    """L2-regularised logistic regression by SGD with balanced class weights; (bias, weights)."""
    n_pos = sum(ys) or 1
    n_neg = (len(ys) - sum(ys)) or 1
    class_weight = (len(ys) / (2 * n_neg), len(ys) / (2 * n_pos))
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(xs)))
    rng = random.Random(SEED)
    for epoch in range(epochs):
        rng.shuffle(order)
        lr = rate / (1 + epoch)
        for i in order:
            x = xs[i]
            p = sigmoid(bias + sum(weights.get(f, 0.0) for f in x))
            g = (p - ys[i]) * class_weight[ys[i]]
            bias -= lr * g
            shrink = 1 - lr * l2
            for f in x:
                weights[f] = weights.get(f, 0.0) * shrink - lr * g
    return bias, weights


def train_cnb(xs: list[list[str]], ys: list[int], alpha: float = 0.5):
    """Naive Bayes with complement-style counts (each class against the other); (bias, weights)."""
    counts = (Counter(), Counter())
    for x, y in zip(xs, ys):
        counts[y].update(x)
    totals = (sum(counts[0].values()), sum(counts[1].values()))
    vocab = set(counts[0]) | set(counts[1])
    v = len(vocab)
    weights = {
        f: math.log((counts[1][f] + alpha) / (totals[1] + alpha * v)) - math.log((counts[0][f] + alpha) / (totals[0] + alpha * v))
        for f in vocab
    }
    return 0.0, weights


def score(model, x: list[str]) -> float:
    bias, weights = model
    return sigmoid(bias + sum(weights.get(f, 0.0) for f in x))


def pick_threshold(scored: list[tuple[float, int]]) -> float:
    """The lowest score whose at-or-above set is >= TARGET_PRECISION positives (and holds >= 3)."""
    best = 1.0 + 1e-9
    tp = fp = 0
    ordered = sorted(scored, key=lambda s: -s[0])
    for i, (s, y) in enumerate(ordered):
        tp += y
        fp += 1 - y
        nxt = ordered[i + 1][0] if i + 1 < len(ordered) else -1.0
        if nxt == s:
            continue  # ties go together
        if tp >= 3 and tp / (tp + fp) >= TARGET_PRECISION:
            best = s
    return best


def folds_of(units: list[Unit]) -> dict[str, int]:
    groups = sorted({u.group for u in units})
    random.Random(SEED).shuffle(groups)
    return {g: i % FOLDS for i, g in enumerate(groups)}


def training_set(units: list[Unit], rule: str):
    xs, ys = [], []
    for u in units:
        if rule in u.unknown:
            continue
        xs.append(u.features)
        ys.append(int(rule in u.positive))
    return xs, ys


def cross_validate(units: list[Unit], trainer) -> dict[str, list[float]]:
    """Out-of-fold scores per rule (None where a unit is unknown for the rule)."""
    fold = folds_of(units)
    oof: dict[str, list[float]] = {r: [0.0] * len(units) for r in RULES}
    for k in range(FOLDS):
        train = [u for u in units if fold[u.group] != k]
        for rule in RULES:
            model = trainer(*training_set(train, rule))
            for i, u in enumerate(units):
                if fold[u.group] == k:
                    oof[rule][i] = score(model, u.features)
    return oof


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"P {p:.3f} R {r:.3f} (tp {tp} fp {fp} fn {fn})"


def report(units: list[Unit], oof: dict[str, list[float]], draft_labels, draft_found, name: str) -> dict[str, float]:
    """Print CV figures; return the per-rule thresholds chosen on all out-of-fold scores."""
    fold = folds_of(units)
    thresholds = {}
    print(f"\n== {name}: grouped {FOLDS}-fold CV, threshold for precision >= {TARGET_PRECISION} ==")
    for rule in RULES:
        scored = [(oof[rule][i], int(rule in u.positive), i) for i, u in enumerate(units) if rule not in u.unknown]
        thresholds[rule] = pick_threshold([(s, y) for s, y, _ in scored])
        # per fold: the threshold picked without that fold's scores
        flag = [False] * len(units)
        for k in range(FOLDS):
            t = pick_threshold([(s, y) for s, y, i in scored if fold[units[i].group] != k])
            for i, u in enumerate(units):
                if fold[u.group] == k and oof[rule][i] >= t:
                    flag[i] = True
        # sentences (model alone)
        c = Counter()
        for s, y, i in scored:
            c[(y, flag[i])] += 1
        print(f"{rule:<12} threshold {thresholds[rule]:.3f}  model alone, all sentences: {prf(c[(1, True)], c[(0, True)], c[(1, False)])}")
        # rows + authored: rules alone vs rules OR model
        for label, keep in (("table rows", lambda u: u.doc.startswith("row:")), ("authored", lambda u: u.doc.startswith("authored:"))):
            ca, cb = Counter(), Counter()
            for i, u in enumerate(units):
                if not keep(u):
                    continue
                y = rule in u.positive
                ca[(y, rule in u.rules_found)] += 1
                cb[(y, rule in u.rules_found or flag[i])] += 1
            print(f"   {label:<11} rules {prf(ca[(1, 1)], ca[(0, 1)], ca[(1, 0)])}  |  rules+model {prf(cb[(1, 1)], cb[(0, 1)], cb[(1, 0)])}")
        # drafts: any sentence flagged
        flagged_docs = {u.doc for i, u in enumerate(units) if u.doc in draft_labels and flag[i]}
        ca, cb = Counter(), Counter()
        for doc, labels in draft_labels.items():
            y = rule in labels
            ca[(y, rule in draft_found[doc])] += 1
            cb[(y, rule in draft_found[doc] or doc in flagged_docs)] += 1
        print(f"   {'drafts':<11} rules {prf(ca[(1, 1)], ca[(0, 1)], ca[(1, 0)])}  |  rules+model {prf(cb[(1, 1)], cb[(0, 1)], cb[(1, 0)])}")
        for i, u in enumerate(units):
            if flag[i] and rule not in u.positive and rule not in u.unknown:
                print(f"      false positive ({u.doc}): {u.text[:70]}")
    return thresholds


def corpora_flags(models: dict[str, tuple[float, dict[str, float]]], thresholds: dict[str, float]) -> tuple[int, int, list[str]]:
    """(messages, sentences, flagged) of ../shared/corpora under the final models (never trained on)."""
    messages = sentences = 0
    flagged = []
    for path in sorted(p for p in (SHARED / "corpora").rglob("*") if p.is_file()):
        try:
            draft = read_draft(path.read_bytes())
        except DraftError:
            continue
        messages += 1
        for sentence in split_sentences(draft.text[:50_000]):
            sentences += 1
            features = sentence_features(sentence)
            hit = [r for r in RULES if score(models[r], features) >= thresholds[r]]
            if hit:
                flagged.append(f"{path.relative_to(SHARED)}: {hit}")
    return messages, sentences, flagged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", action="store_true", help="also cross-validate naive Bayes")
    parser.add_argument("--corpora", action="store_true", help="count flagged sentences in ../shared/corpora")
    parser.add_argument("--out", type=Path, help="write the final model (pruned weights, thresholds) as JSON here")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    units, draft_labels, draft_found = collect(load_ruleset())
    units = [replace(u, features=tuple(sentence_features(u.text))) for u in units]
    per_rule = {r: sum(r in u.positive for u in units) for r in RULES}
    print(f"{len(units)} units in {len({u.group for u in units})} groups; positives {per_rule}")

    thresholds = report(units, cross_validate(units, train_logistic), draft_labels, draft_found, "logistic regression")
    if args.compare:
        report(units, cross_validate(units, train_cnb), draft_labels, draft_found, "naive Bayes")

    models = {}
    for rule in RULES:
        bias, weights = train_logistic(*training_set(units, rule))
        models[rule] = (round(bias, 4), {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 0.02})
    data = {r: {"bias": b, "threshold": round(thresholds[r], 4), "weights": w} for r, (b, w) in models.items()}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    print(f"\nfinal model: {len(text.encode('utf-8'))} bytes, {sum(len(w) for _, w in models.values())} weights;"
          f" {time.perf_counter() - start:.1f}s")
    if args.corpora:
        messages, sentences, flagged = corpora_flags(models, thresholds)
        print(f"corpora: {len(flagged)} sentences flagged of {sentences} in {messages} messages")
        for line in flagged[:40]:
            print("   " + line)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
