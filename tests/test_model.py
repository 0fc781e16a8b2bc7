"""The tone model: the packaged weights, how analyse() uses them, and how a user turns them off.

The drafts used here are the project's own (benchmarks/heldout*, written for mailcoach); the
accuracy of rules and model on drafts never trained on is asserted in tests/test_accuracy.py (the
blind sets heldout2, 7 and 25) and measured in benchmarks/README.md.
"""

from __future__ import annotations

import gzip
import json
import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from mailcoach import model as tone_model
from mailcoach.analysis import analyse, tone_words
from mailcoach.draft import read_draft
from mailcoach.rules import load_ruleset

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
RULES = ("argue", "refusal", "persuade", "backchannel", "ramble")
INTERNAL = ["ourteam.example.com"]


def draft_of(set_name: str, name: str):
    return read_draft((BENCH / set_name / name).read_bytes())


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset()


def test_the_packaged_model_knows_the_five_rules():
    model = tone_model.load()
    assert model is not None
    assert set(model.columns) == set(RULES) == set(model.rules)
    for rule in model.rules.values():
        assert 0 < rule.threshold < 1 and 0 <= rule.veto < rule.threshold
    assert len(model.rows) > 1000 and all(len(row) == len(RULES) + 1 for row in model.rows.values())


def test_scores_are_probabilities_and_deterministic(ruleset):
    words = tone_words(draft_of("heldout11", "s11_006.eml").text, ruleset)
    first, second = tone_model.load().scores(words), tone_model.load().scores(words)
    assert first == second
    assert set(first) == set(RULES) and all(0.0 <= p <= 1.0 for p in first.values())


def test_a_text_too_short_is_not_judged(ruleset):
    assert tone_words("这个需求做不了。", ruleset) is None
    assert not tone_model.long_enough("   Thanks.\n\n   FYI   ")


def test_the_model_finds_what_no_phrase_names(ruleset):
    # "按说应该比我们熟才对": condescension no phrase of the argue rule spells out
    draft = draft_of("heldout11", "s11_006.eml")
    assert "argue" not in analyse(draft, ruleset.without_model(), INTERNAL).rule_ids
    finding = next(f for f in analyse(draft, ruleset, INTERNAL).findings if f.rule == "argue")
    assert finding.severity == "medium"
    assert finding.evidence.startswith("[tone] ")
    # the evidence is a sentence of the PM's own text, the one the verdict rests on
    assert finding.evidence[len("[tone] "):] in " ".join(draft.text.split())
    assert "应该比我们熟" in finding.evidence


def test_the_veto_turns_an_innocent_cue_into_a_hint(ruleset):
    # "Per my last email" said about our own follow-up: a cue of argue, in a friendly draft
    draft = draft_of("heldout13", "s13_031.eml")
    cue = next(f for f in analyse(draft, ruleset.without_model(), INTERNAL).findings if f.rule == "argue")
    assert cue.severity == "medium"
    verdict = analyse(draft, ruleset, INTERNAL)
    hint = next(f for f in verdict.findings if f.rule == "argue")
    assert hint.severity == "low" and hint.evidence == "[tone: fine] " + cue.evidence
    assert not verdict.risky("medium") and verdict.risky("low")


def test_the_model_respects_internal_exempt(ruleset):
    # the same words to a colleague are not "arguing with the client"
    draft = draft_of("heldout11", "s11_006.eml")
    internal = replace(draft, to=("dev@ourteam.example.com",), cc=())
    assert "argue" not in analyse(internal, ruleset, INTERNAL).rule_ids


def test_a_user_rules_file_can_turn_the_model_off(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text("[rules.argue]\nmodel = false\n", encoding="utf-8")
    draft = draft_of("heldout11", "s11_006.eml")
    assert "argue" not in analyse(draft, load_ruleset([rules]), INTERNAL).rule_ids
    bad = tmp_path / "bad.toml"
    bad.write_text('[rules.argue]\nmodel = "no"\n', encoding="utf-8")
    with pytest.raises(Exception, match=r"rule 'argue': key 'model': must be true or false"):
        load_ruleset([bad])


def test_the_model_calls_a_long_chat_a_ramble_that_the_word_list_misses(ruleset):
    # a long English mail about a garden and a trip: few words of the chatter list, one action line
    draft = draft_of("heldout11", "s11_034.eml")
    assert "ramble" not in analyse(draft, ruleset.without_model(), INTERNAL).rule_ids
    finding = next(f for f in analyse(draft, ruleset, INTERNAL).findings if f.rule == "ramble")
    assert finding.evidence.startswith("[") and "words, tone]" in finding.evidence


def test_a_broken_model_file_is_one_clear_error():
    with pytest.raises(tone_model.ModelError, match="format"):
        tone_model.from_dict({"format": 99})
    good = json.loads(gzip.decompress((Path(tone_model.__file__).parent / "data" / "model.json.gz").read_bytes()))
    good["features"] = {"词": [1.0, 0.5]}  # a row with too few weights
    with pytest.raises(tone_model.ModelError, match="do not agree"):
        tone_model.from_dict(good)


def test_an_unreadable_packaged_file_raises_model_error(monkeypatch):
    class Garbage:
        def joinpath(self, *parts):
            return self

        def read_bytes(self):
            return b"not gzip at all"

    monkeypatch.setattr(tone_model.resources, "files", lambda package: Garbage())
    monkeypatch.setattr(tone_model, "_LOADED", {})
    with pytest.raises(tone_model.ModelError, match="unreadable"):
        tone_model.load()


TRAINING_SETS = ["heldout3", "heldout4", "heldout5", "heldout6", "heldout8", "heldout9", "heldout10",
                 "heldout11", "heldout12", "heldout13"]


def test_the_packaged_model_still_fits_what_it_was_trained_on(ruleset):
    """A guard on the packaging, not a measure of generalisation: if the features analyse() feeds
    the model ever drift from the ones it was trained on, accuracy on its own training drafts
    collapses and this fails."""
    spec = importlib.util.spec_from_file_location("accuracy_benchmark_m", BENCH / "accuracy.py")
    accuracy = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = accuracy
    spec.loader.exec_module(accuracy)
    tp: dict[str, int] = {}
    fp: dict[str, int] = {}
    fn: dict[str, int] = {}
    for name in TRAINING_SETS:
        for score in accuracy.evaluate(BENCH / name, ruleset, threshold="medium").scores:
            tp[score.rule] = tp.get(score.rule, 0) + score.tp
            fp[score.rule] = fp.get(score.rule, 0) + score.fp
            fn[score.rule] = fn.get(score.rule, 0) + score.fn
    for rule in RULES:
        assert tp[rule] / (tp[rule] + fp[rule]) >= 0.9, (rule, tp, fp, fn)
        assert tp[rule] / (tp[rule] + fn[rule]) >= 0.9, (rule, tp, fp, fn)


def test_without_a_model_file_the_phrases_still_judge(monkeypatch, ruleset):
    class Missing:
        def joinpath(self, *parts):
            return self

        def read_bytes(self):
            raise FileNotFoundError("model.json.gz")

    monkeypatch.setattr(tone_model.resources, "files", lambda package: Missing())
    monkeypatch.setattr(tone_model, "_LOADED", {})
    assert tone_model.load() is None
    # the phrases' verdict, unchanged: no tone finding, no veto
    cue_draft = draft_of("heldout13", "s13_031.eml")
    assert analyse(cue_draft, ruleset, INTERNAL) == analyse(cue_draft, ruleset.without_model(), INTERNAL)
    assert "argue" not in analyse(draft_of("heldout11", "s11_006.eml"), ruleset, INTERNAL).rule_ids


def test_a_new_model_file_invalidates_cached_verdicts(monkeypatch, ruleset):
    """scan keeps verdicts keyed by the rules in force; an upgraded model must count as new rules."""
    from mailcoach import scan
    from mailcoach.config import default_config

    config = default_config()
    before = scan.rules_key(ruleset, config)
    assert len(tone_model.fingerprint()) == 16 and scan.rules_key(ruleset, config) == before
    monkeypatch.setattr(tone_model, "fingerprint", lambda: "0123456789abcdef")
    assert scan.rules_key(ruleset, config) != before
