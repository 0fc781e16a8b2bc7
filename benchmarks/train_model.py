"""Train the tone model that backs up the phrase rules (mailcoach/data/model.json.gz).

    python benchmarks/train_model.py [--out FILE] [--check] [DIR ...]

DIRs are labelled folders in the format of shared/drafts/README.md. By default: ../shared/drafts
(when present) and every benchmarks/heldout* except the BLIND ones (heldout2, 7, 25, 53-56), which
are never trained on: they are the blind test sets (accuracy.py measures them).

Training needs scikit-learn (``pip install scikit-learn``; a developer's tool only: mailcoach itself
reads the weights with the standard library). It is deterministic (two runs write the same bytes):

1. Each draft's own text (mailcoach.draft.read_draft: quotes and signature removed) becomes a
   TF-IDF vector of its words and adjacent word pairs, as analysis segments them
   (mailcoach.analysis.tone_words, counted by mailcoach.model.features: the very code that
   scores), with sublinear tf, smoothed idf and unit length. The vocabulary is every word or pair
   found in at least MIN_DF training drafts.
2. Per rule (argue, refusal, persuade, backchannel, ramble) an L2-regularised logistic regression with
   balanced class weights (scikit-learn, lbfgs).
3. Scores out of fold: leave-one-folder-out cross-validation (a folder is one author, so every
   out-of-fold score is for wording the model never saw from that author); half of
   ../shared/corpora joins in as ordinary mail.
4. The veto of each rule: the highest probability below which at most VETO_LOSS of the rules'
   true findings lie (out of fold); below it a cue becomes a hint.
5. The threshold of each rule: on a grid of 0.01, the one that keeps rules-or-model (with the
   veto) furthest inside the targets (precision TARGET_P, recall TARGET_R) over all out-of-fold
   drafts, as long as the model's own findings stay right MODEL_PRECISION of the time.
6. Every word of the vocabulary is kept (scoring needs them all for the vector's length), as a
   row [idf, weight per rule] rounded to 4 places; the file is gzip'd JSON.

It prints, per rule, out-of-fold precision/recall of the rules alone, the model alone and both,
and the size of the model. ``--check`` trains and compares with the packaged file instead of
writing it (exit 1 when they differ).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from accuracy import BLIND  # noqa: E402  (the blind sets: never trained on, the measurement)
from mailcoach.analysis import analyse, fold, ramble_length, tone_words  # noqa: E402
from mailcoach.draft import read_draft  # noqa: E402
from mailcoach.errors import MailcoachError  # noqa: E402
from mailcoach.model import FORMAT, features  # noqa: E402
from mailcoach.rules import load_ruleset  # noqa: E402

RULES = ("argue", "refusal", "persuade", "backchannel", "ramble")
TARGET_P, TARGET_R = 0.90, 0.85  # the accuracy targets of every rule (rules and model together)
MODEL_PRECISION = 0.80  # the model's own findings must be right at least this often
C = 10.0  # inverse regularisation strength (scikit-learn's LogisticRegression)
MIN_DF = 3
VETO_LOSS = 0.03  # the veto may demote at most this share of the rules' true findings (out of fold)
DEFAULT_DIRS = [REPO.parent / "shared" / "drafts"] + sorted(
    (p for p in (REPO / "benchmarks").glob("heldout*") if p.name not in BLIND),
    key=lambda p: int(p.name[len("heldout"):] or 1),
)
PACKAGED = REPO / "mailcoach" / "data" / "model.json.gz"
CORPORA = REPO.parent / "shared" / "corpora"
BUILTIN = load_ruleset()  # for ordinary mail: its words and the ramble rule's length gate
CORPUS_CHARS = 3000  # a long message's first 3,000 characters are enough to learn "ordinary mail"


def is_long(text: str, ruleset) -> bool:
    """Whether the ramble rule's length gate lets the model judge this text at all."""
    return ramble_length(fold(text), ruleset.get("ramble")) >= 1


def load_folder(folder: Path, ruleset) -> list[dict]:
    cases = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["cases"]
    out = []
    for case in cases:
        draft = read_draft((folder / case["file"]).read_bytes())
        verdict = analyse(draft, ruleset, ["ourteam.example.com"])
        words = tone_words(draft.text, ruleset)
        out.append({
            "folder": folder.name,
            "long": is_long(draft.text, ruleset),
            "counts": features(words or []),
            "short": words is None,  # analyse() never asks the model then
            "expect": set(case["expect"]),
            "rules": {f.rule for f in verdict.findings if f.severity != "low"},
        })
    return out


def load_corpora(folder: Path, half: int) -> list[dict]:
    """Real-world mail by others (../shared/corpora) as negatives: every other message, from `half`.

    Half 0 is trained on; half 1 is left for measuring how often the model flags ordinary mail.
    Messages whose own text is too short for the model are skipped (it never scores them).
    """
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix not in (".md", ".json"))
    out = []
    for path in files[half::2]:
        try:
            draft = read_draft(path.read_bytes())
        except MailcoachError:
            continue
        words = tone_words(draft.text[:CORPUS_CHARS], BUILTIN)
        if words:
            out.append({"folder": "corpora", "long": is_long(draft.text, BUILTIN), "counts": features(words), "short": False,
                        "expect": set(), "rules": set(), "path": path})
    return out


def fit(docs: list[dict]):
    """(vectoriser, {rule: classifier}) fitted on `docs`."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    docs = [d for d in docs if not d["short"]]
    vectoriser = TfidfVectorizer(analyzer=_grams, min_df=MIN_DF, sublinear_tf=True, norm="l2", smooth_idf=True)
    x = vectoriser.fit_transform([d["counts"] for d in docs])
    models = {}
    for rule in RULES:
        y = [rule in d["expect"] for d in docs]
        models[rule] = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(x, y)
    return vectoriser, models


def _grams(counted: dict[str, int]) -> list[str]:
    """The features of mailcoach.model.features, repeated as often as they occur (sklearn's input)."""
    return [word for word, n in counted.items() for _ in range(n)]


def predict(fitted, docs: list[dict]) -> list[dict[str, float]]:
    vectoriser, models = fitted
    x = vectoriser.transform([d["counts"] for d in docs])
    columns = {rule: models[rule].predict_proba(x)[:, 1] for rule in RULES}
    return [{rule: float(columns[rule][i]) for rule in RULES} for i in range(len(docs))]


def out_of_fold(docs: list[dict]) -> list[dict[str, float]]:
    """Leave-one-folder-out probabilities for every draft."""
    scores: list[dict[str, float]] = [{} for _ in docs]
    for folder in sorted({d["folder"] for d in docs}):
        train = [d for d in docs if d["folder"] != folder]
        held = [i for i, d in enumerate(docs) if d["folder"] == folder]
        for i, score in zip(held, predict(fit(train), [docs[i] for i in held])):
            if docs[i]["short"]:
                score = {}  # too short: the model says nothing, neither finding nor veto
            elif not docs[i]["long"]:
                score["ramble"] = 0.0  # analyse() never asks the model about a short draft's rambling
            scores[i] = score
        print(f"  fold {folder}: trained on {len(train)} drafts", file=sys.stderr)
    return scores


def counts_at(docs, scores, rule, threshold, use_rules=True, use_model=True, veto=0.0):
    tp = fp = fn = 0
    for doc, score in zip(docs, scores):
        p = score.get(rule)
        cue = rule in doc["rules"] and (not use_model or p is None or p >= veto)
        said = (use_rules and cue) or (use_model and p is not None and p >= threshold)
        want = rule in doc["expect"]
        tp += said and want
        fp += said and not want
        fn += want and not said
    return tp, fp, fn


def choose_threshold(docs, scores, rule, veto) -> float:
    """The threshold that keeps rules-or-model (with the veto) furthest inside the targets out of fold.

    For every threshold on a grid of 0.01 it counts, over all out-of-fold drafts, the precision
    and recall of what analyse() reports (the rules' cues, vetoed below `veto`, or the model at or
    above the threshold) and keeps the one whose worse margin, min(P - TARGET_P, R - TARGET_R),
    is largest; the model alone must still be right at least MODEL_PRECISION of the time there.
    """
    best, best_margin = 1.0, -math.inf
    for step in range(5, 96):
        t = step / 100
        tp, fp, fn = counts_at(docs, scores, rule, t, True, True, veto)
        mtp, mfp, _ = counts_at(docs, scores, rule, t, use_rules=False)
        if not tp or (mtp + mfp and mtp / (mtp + mfp) < MODEL_PRECISION):
            continue
        margin = min(tp / (tp + fp) - TARGET_P, tp / (tp + fn) - TARGET_R)
        if margin > best_margin + 1e-9:
            best, best_margin = t, margin
    return best


def choose_veto(docs, scores, rule) -> float:
    """The highest probability below which at most VETO_LOSS of the rules' true findings lie.

    Ramble has none: its cues are length and topic, which the model does not overrule.
    """
    if rule == "ramble":
        return 0.0
    hits = sorted(s[rule] for d, s in zip(docs, scores) if rule in d["rules"] and rule in d["expect"] and rule in s)
    allowed = int(len(hits) * VETO_LOSS)
    return round(max(0.0, hits[allowed] - 1e-4), 4) if hits else 0.0


def document(docs: list[dict], thresholds: dict[str, float], vetoes: dict[str, float]) -> dict:
    vectoriser, models = fit(docs)
    coef = {rule: models[rule].coef_[0] for rule in RULES}
    features = {
        gram: [round(float(vectoriser.idf_[i]), 4)] + [round(float(coef[rule][i]), 4) for rule in RULES]
        for gram, i in sorted(vectoriser.vocabulary_.items())
    }
    return {
        "format": FORMAT,
        "trained_on": sorted({d["folder"] for d in docs}),
        "drafts": len(docs),
        "columns": list(RULES),
        "rules": {r: {"bias": round(float(models[r].intercept_[0]), 4), "threshold": thresholds[r], "veto": vetoes[r]}
                  for r in RULES},
        "features": features,
    }


def encode(doc: dict) -> bytes:
    raw = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return gzip.compress(raw, compresslevel=9, mtime=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=PACKAGED)
    parser.add_argument("--no-corpora", action="store_true", help="do not train on ../shared/corpora")
    parser.add_argument("--folders", action="store_true", help="also print the out-of-fold counts per folder")
    parser.add_argument("--check", action="store_true", help="compare with the packaged model, write nothing")
    args = parser.parse_args(argv)
    dirs = args.dirs or [d for d in DEFAULT_DIRS if (d / "labels.json").exists()]
    ruleset = load_ruleset().without_model()  # the "rules alone" column
    docs = [doc for folder in dirs for doc in load_folder(folder, ruleset)]
    names = [d.name for d in dirs]
    if CORPORA.is_dir() and not args.no_corpora:
        docs += load_corpora(CORPORA, 0)
        names.append("half of ../shared/corpora")
    print(f"{len(docs)} drafts from {', '.join(names)}", file=sys.stderr)
    scores = out_of_fold(docs)
    vetoes = {rule: choose_veto(docs, scores, rule) for rule in RULES}
    thresholds = {rule: choose_threshold(docs, scores, rule, vetoes[rule]) for rule in RULES}
    print(f"{'rule':12s} {'threshold':>9s} {'veto':>6s}   rules alone       model alone       "
          f"rules OR model    ... with the veto")
    for rule in RULES:
        cells = []
        for use_rules, use_model, veto in ((True, False, 0), (False, True, 0), (True, True, 0), (True, True, vetoes[rule])):
            tp, fp, fn = counts_at(docs, scores, rule, thresholds[rule], use_rules, use_model, veto)
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            cells.append(f"P {p:.2f} R {r:.2f}    ")
        print(f"{rule:12s} {thresholds[rule]:9.4f} {vetoes[rule]:6.4f}   " + "".join(cells))
    if args.folders:
        for folder in sorted({d["folder"] for d in docs}):
            part = [(d, s) for d, s in zip(docs, scores) if d["folder"] == folder]
            pd, ps = [d for d, _ in part], [s for _, s in part]
            line = []
            for rule in RULES:
                a = counts_at(pd, ps, rule, thresholds[rule], True, False)
                b = counts_at(pd, ps, rule, thresholds[rule], True, True, vetoes[rule])
                line.append(f"{rule} {a[0]}/{a[0] + a[2]} fp{a[1]} -> {b[0]}/{b[0] + b[2]} fp{b[1]}")
            print(f"  {folder:10s} " + " | ".join(line))
    for rule in RULES:
        kept = [(rule in d["expect"]) for d, sc in zip(docs, scores)
                if rule in d["rules"] and sc.get(rule, 1.0) < vetoes[rule]]
        print(f"veto {rule:12s} below {vetoes[rule]:.4f}: turns {kept.count(False)} false and "
              f"{kept.count(True)} true findings of the rules into hints (out of fold)")
    final = document(docs, thresholds, vetoes)
    if CORPORA.is_dir():
        from mailcoach.model import from_dict

        model, held = from_dict(final), load_corpora(CORPORA, 1)
        flagged = [d for d in held if any(p >= model.rules[r].threshold for r, p in model.score_features(d["counts"]).items()
                                          if r != "ramble" or d["long"])]
        print(f"ordinary mail (the other half of ../shared/corpora, never trained on): "
              f"{len(flagged)} of {len(held)} messages flagged by the model")
        for d in flagged[:10]:
            print(f"  {d['path'].relative_to(CORPORA)}")
    data = encode(final)
    print(f"model: {len(data):,} bytes gzip'd", file=sys.stderr)
    if args.check:
        same = args.out.exists() and args.out.read_bytes() == data
        print("the packaged model is what this script builds" if same else "the packaged model differs")
        return 0 if same else 1
    args.out.write_bytes(data)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
