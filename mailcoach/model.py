"""A statistical second opinion on tone: the draft's words scored by a linear model.

The phrase rules (mailcoach.rules, mailcoach.analysis) say *why* a draft is risky, but they only
know the wording somebody wrote down. This module knows no wording: it was trained
(benchmarks/train_model.py) on labelled drafts from several independent authors and scores a
whole draft per built-in rule. `analysis.analyse` consults it for the rules whose `model` key is
true:

* when a rule's cues found nothing and the model's probability reaches the rule's threshold, the
  model makes the finding, quoting the sentence that weighs most towards the rule, so the PM still
  sees where (for ramble: only for a draft long enough to ramble, whose chatter vocabulary fell
  short);
* when a rule's cues did fire but the model's probability is below the rule's veto (the model is
  confident the draft is fine: "服了" as praise, "the gateway will refuse connections"), the cue is
  reported only as a low-severity hint.

Features: the words of the PM's text as analysis segments them (jieba, dictionary mode, with the
rules' phrases; folded and lower-cased) and each pair of adjacent words not split by punctuation or
whitespace ("不 做", "we won't": the shape of a no that single words miss), as a TF-IDF vector with
sublinear tf and unit length.
The trainer takes its words from the same analysis code (`analysis.tone_words`), so training and
scoring cannot disagree.

Pure: the weights are read once, lazily, from the package (``data/model.json.gz``); scoring reads
nothing else and keeps no state.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import itemgetter, mul
from typing import Iterable

from mailcoach.errors import MailcoachError

FORMAT = 3  # 3: features are words and word pairs ("a b"); 2 had words only
MIN_CHARS = 50  # shorter texts ("Thanks.", "FYI") hold too few words for a judgement of tone
_LOCK = threading.Lock()
_LOADED: dict[str, "Model | None"] = {}


class ModelError(MailcoachError):
    """The packaged model file is missing or unreadable (a broken installation)."""


def long_enough(text: str) -> bool:
    """Whether a text is long enough for the model to judge: MIN_CHARS characters besides whitespace."""
    return len(text) >= MIN_CHARS and len("".join(text.split())) >= MIN_CHARS


_BREAK = re.compile(r"[\W_]+")  # a token of punctuation or whitespace ends a run of words


def features(words: Iterable[str]) -> Counter:
    """The features of a text given as its words in order: each word (whitespace is none) and each
    pair of adjacent words, joined by a space (a word never holds one), that no punctuation or
    whitespace token separates; counted."""
    items: list[str] = []
    append = items.append
    previous = None
    breaks = _BREAK.fullmatch
    for word in words:
        if word.isalnum() or not breaks(word):
            append(word)
            if previous is not None:
                append(previous + " " + word)
            previous = word
        else:
            if not word.isspace():
                append(word)
            previous = None
    return Counter(items)


_TF = [0.0] + [1.0 + math.log(c) for c in range(1, 64)]  # sublinear tf: 1 + ln(count)


def _tf(count: int) -> float:
    return _TF[count] if count < len(_TF) else 1.0 + math.log(count)


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


@dataclass(frozen=True)
class RuleModel:
    bias: float
    threshold: float  # a probability: at or above it the model calls the draft risky for the rule
    veto: float  # below it the model is sure enough the draft is fine to overrule a cue


@dataclass(frozen=True)
class Model:
    columns: tuple[str, ...]  # the rule of each weight in a feature row
    rows: dict[str, list[float]]  # feature -> [idf, weight for columns[0], weight for columns[1], ...]
    rules: dict[str, RuleModel]
    plan: tuple[tuple[int, str, float], ...] = ()  # (index in a row, rule, bias) per column

    def scores(self, words: Iterable[str]) -> dict[str, float]:
        """Probability per rule for a text's words (in order): the TF-IDF vector of its features
        (sublinear tf, unit length) dotted with each rule's weights, through the logistic function."""
        return self.score_features(features(words))

    def score_features(self, counted: Counter) -> dict[str, float]:
        """`scores` for features already counted (mailcoach.model.features)."""
        get = self.rows.get
        values: list[float] = []
        found: list[list[float]] = []
        # unknown features (whitespace is none) are not in the vocabulary: they are skipped; the
        # features are visited in the text's order, so the sums (and the verdict) never vary
        for feature, n in counted.items():
            row = get(feature)
            if row is not None and n > 0:
                found.append(row)
                values.append(row[0] if n == 1 else row[0] * _tf(n))
        norm = math.sqrt(sum(map(mul, values, values))) or 1.0
        return {
            rule: _logistic(bias + sum(map(mul, values, map(itemgetter(k), found))) / norm)
            for k, rule, bias in self.plan
        }

    def strongest(self, sentences: list[list[str]], rule_id: str) -> int:
        """Index of the sentence (given as its words) the rule's probability depends on most: the
        one whose removal from the text lowers it the most."""
        parts = [features(words) for words in sentences]
        whole: Counter = Counter()
        for part in parts:
            whole.update(part)
        best, best_drop = 0, -math.inf
        for i, part in enumerate(parts):
            drop = -self.score_features(whole - part)[rule_id]
            if drop > best_drop:
                best, best_drop = i, drop
        return best


def from_dict(data: dict) -> Model:
    """A Model from the JSON document the trainer writes::

        {"format": 3, "columns": [rule, ...], "rules": {rule: {"bias", "threshold", "veto"}},
         "features": {word or "word word": [idf, weight per column ...]}}
    """
    if data.get("format") != FORMAT:
        raise ModelError(f"model file has format {data.get('format')!r}, this mailcoach reads {FORMAT}")
    columns = tuple(data["columns"])
    rules = {
        rule_id: RuleModel(bias=float(r["bias"]), threshold=float(r["threshold"]), veto=float(r["veto"]))
        for rule_id, r in data["rules"].items()
    }
    if set(columns) != set(rules) or any(len(row) != len(columns) + 1 for row in data["features"].values()):
        raise ModelError("model file: its columns, rules and feature rows do not agree")
    plan = tuple((k + 1, rule, rules[rule].bias) for k, rule in enumerate(columns))
    return Model(columns=columns, rows=data["features"], rules=rules, plan=plan)


def _packaged() -> bytes | None:
    """The packaged model file's bytes; None when the package ships none."""
    try:
        return resources.files("mailcoach").joinpath("data", "model.json.gz").read_bytes()
    except FileNotFoundError:
        return None


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A short hash of the packaged model file ("" when there is none): a new model means new verdicts.

    Read once per process: scan asks for it on every poll of every account.
    """
    raw = _packaged()
    return hashlib.sha256(raw).hexdigest()[:16] if raw is not None else ""


def load() -> Model | None:
    """The packaged model, read once; None when the package ships none."""
    with _LOCK:
        if "builtin" not in _LOADED:
            raw = _packaged()
            if raw is None:
                _LOADED["builtin"] = None
            else:
                try:
                    _LOADED["builtin"] = from_dict(json.loads(gzip.decompress(raw)))
                except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                    raise ModelError(f"the packaged model file is unreadable: {exc}") from None
        return _LOADED["builtin"]
