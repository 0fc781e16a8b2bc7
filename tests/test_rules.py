"""rules.load_ruleset: the built-in rules, layering user files, and one clear error per broken file."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import pytest

from mailcoach.analysis import analyse
from mailcoach.draft import Draft
from mailcoach.errors import RulesError
from mailcoach import rules
from mailcoach.rules import BUILTIN_NAME, check_pattern, load_ruleset

BUILTIN_IDS = ("argue", "refusal", "persuade", "ramble", "backchannel")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def draft(text: str) -> Draft:
    return Draft(subject="", sender="pm@ourteam.example.com", to=("a@client.example.cn",), cc=(),
                 message_id=None, text=text, body_text=text)


def test_builtin_rules_are_the_five_with_labels_advice_and_severity():
    rs = load_ruleset()
    assert rs.ids == BUILTIN_IDS
    for rule in rs.rules:
        assert rule.severity in ("low", "medium", "high")
        assert rule.label_zh and rule.label_en and rule.advice_zh and rule.advice_en
        assert rule.source == (BUILTIN_NAME,)
    assert rs.get("refusal").label_zh == "当场回绝"
    assert rs.get("refusal").label_en == "flat refusal"
    assert rs.get("backchannel").external_severity == "high"
    assert rs.get("ramble").kind == "ramble"


def test_the_documented_example_file_loads_and_works(tmp_path):
    example = rules.__doc__.split("Example (paste into a user rules file)::\n", 1)[1]
    path = write(tmp_path, "example.toml", textwrap.dedent(example))
    rs = load_ruleset([path])
    assert rs.ids == ("argue", "refusal", "persuade", "backchannel", "promise")
    assert rs.get("refusal").severity == "high"
    assert "没门" in rs.get("refusal").phrases
    verdict = analyse(draft("放心，这事包在我身上，保证 3 天内上线。"), rs)
    assert [(f.rule, f.label_en) for f in verdict.findings] == [("promise", "rash promise")]
    assert [f.rule for f in analyse(draft("这个嘛，没门。"), rs).findings] == ["refusal"]


def test_rules_are_frozen():
    rule = load_ruleset().rules[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        rule.severity = "low"  # type: ignore[misc]


def test_user_file_adds_phrases_to_a_builtin_rule_and_they_are_matched(tmp_path):
    user = write(tmp_path, "team.toml", '[rules.refusal]\nphrases = ["没门儿", "not a chance"]\n')
    rs = load_ruleset([user])
    refusal = rs.get("refusal")
    assert refusal.phrases[-2:] == ("没门儿", "not a chance")
    assert "做不了" in refusal.phrases  # merged, not replaced
    assert refusal.source == (BUILTIN_NAME, str(user))
    assert [f.rule for f in analyse(draft("这个需求嘛，没门儿。"), rs).findings] == ["refusal"]
    assert [f.rule for f in analyse(draft("Not a chance."), rs).findings] == ["refusal"]
    assert analyse(draft("这个需求嘛，没门儿。"), load_ruleset()).findings == ()


def test_user_file_changes_a_severity_and_keeps_everything_else(tmp_path):
    user = write(tmp_path, "sev.toml", '[rules.refusal]\nseverity = "high"\n')
    rs = load_ruleset([user])
    assert rs.get("refusal").severity == "high"
    assert rs.get("refusal").phrases == load_ruleset().get("refusal").phrases
    assert rs.get("argue").source == (BUILTIN_NAME,)


def test_later_files_replace_scalars_and_merge_lists(tmp_path):
    first = write(tmp_path, "a.toml", '[rules.argue]\nseverity = "high"\nphrases = ["甲"]\n')
    second = write(tmp_path, "b.toml", '[rules.argue]\nseverity = "low"\nphrases = ["乙", "甲"]\n')
    argue = load_ruleset([first, second]).get("argue")
    assert argue.severity == "low"
    assert argue.phrases[-2:] == ("甲", "乙")
    assert argue.source == (BUILTIN_NAME, str(first), str(second))


def test_user_file_adds_a_rule_after_the_builtins(tmp_path):
    user = write(tmp_path, "new.toml", """
[rules.promise]
severity = "low"
label_zh = "随口承诺"
label_en = "rash promise"
advice_zh = "先评估再承诺。"
advice_en = "Assess before you promise."
phrases = ["包在我身上"]
patterns = ['保证\\s*\\d+\\s*天内?(?:上线|完成)']
""")
    rs = load_ruleset([user])
    assert rs.ids == BUILTIN_IDS + ("promise",)
    assert rs.get("promise").source == (str(user),)
    verdict = analyse(draft("放心，包在我身上，保证 3 天内上线。"), rs)
    assert [(f.rule, f.severity) for f in verdict.findings] == [("promise", "low")]
    assert not verdict.risky("medium") and verdict.risky("low")


def test_a_user_rule_with_paired_cues_needs_a_target_near_the_charge(tmp_path):
    user = write(tmp_path, "pairs.toml", """
[rules.vendor]
severity = "medium"
label_zh = "议论供应商"
label_en = "talking down a vendor"
advice_zh = "就事论事。"
advice_en = "Stick to the facts."
target_phrases = ["供应商"]
charge_phrases = ["磨洋工"]
""")
    rs = load_ruleset([user])
    assert rs.get("vendor").charge_phrases == ("磨洋工",)
    assert "vendor" in analyse(draft("那家供应商又在磨洋工。"), rs).rule_ids
    assert "vendor" not in analyse(draft("供应商的货到了。别磨洋工，今天装完。"), rs).rule_ids
    assert "vendor" not in analyse(draft("不是供应商在磨洋工，是我们的图纸晚了。"), rs).rule_ids


def test_disable_in_a_file_and_as_argument(tmp_path):
    user = write(tmp_path, "off.toml", 'disable = ["ramble"]\n')
    assert load_ruleset([user]).ids == ("argue", "refusal", "persuade", "backchannel")
    assert load_ruleset(disable=["argue", "backchannel"]).ids == ("refusal", "persuade", "ramble")
    assert load_ruleset(disable=["argue"]).disabled == ("argue",)


def test_disable_a_rule_added_by_a_user_file(tmp_path):
    add = write(tmp_path, "add.toml", """
[rules.x]
severity = "medium"
label_zh = "甲"
label_en = "a"
advice_zh = "乙"
advice_en = "b"
phrases = ["丙"]
""")
    assert "x" not in load_ruleset([add], disable=["x"]).ids


def test_disabling_an_unknown_rule_is_an_error(tmp_path):
    user = write(tmp_path, "off.toml", 'disable = ["rambel"]\n')
    with pytest.raises(RulesError) as err:
        load_ruleset([user])
    assert str(err.value).startswith(f"{user}: disable: unknown rule 'rambel'")
    with pytest.raises(RulesError, match="disable: unknown rule 'nope'"):
        load_ruleset(disable=["nope"])


BROKEN = [
    (
        "bad_severity",
        '[rules.refusal]\nseverity = "hgh"\n',
        "{f}: rule 'refusal': key 'severity': must be one of low, medium, high, got 'hgh'",
    ),
    ("unknown_key", '[rules.refusal]\nsevrity = "high"\n', "{f}: rule 'refusal': key 'sevrity': unknown key"),
    ("unknown_top_level_key", 'disabled = ["ramble"]\n', "{f}: unknown top-level key 'disabled'"),
    ("toml_syntax", '[rules.refusal]\nseverity = "high\n', "{f}: TOML syntax error: "),
    ("phrases_not_a_list", '[rules.argue]\nphrases = "我早就说过"\n', "{f}: rule 'argue': key 'phrases': must be a list of strings"),
    ("empty_phrase", '[rules.argue]\nphrases = [" "]\n', "{f}: rule 'argue': key 'phrases': entries must be non-empty strings"),
    (
        "regex_does_not_compile",
        "[rules.argue]\npatterns = ['(unclosed']\n",
        "{f}: rule 'argue': key 'patterns': pattern '(unclosed': not a valid regular expression: missing ), unterminated subpattern",
    ),
    (
        "regex_nested_quantifier",
        "[rules.argue]\npatterns = ['(?:a+)+b']\n",
        "{f}: rule 'argue': key 'patterns': pattern '(?:a+)+b': a repetition nested inside another repetition can backtrack catastrophically",
    ),
    (
        "regex_too_many_unbounded",
        "[rules.argue]\nweak_patterns = ['a.*b.*c.*d']\n",
        "{f}: rule 'argue': key 'weak_patterns': pattern 'a.*b.*c.*d': more than 2 unbounded repetitions of a broad class",
    ),
    (
        "regex_backreference",
        "[rules.argue]\npatterns = ['(a)\\1']\n",
        "{f}: rule 'argue': key 'patterns': pattern '(a)\\\\1': back-references are not supported",
    ),
    (
        "regex_upper_case",
        "[rules.refusal]\nsoftener_patterns = ['\\bCR-\\d+']\n",
        "{f}: rule 'refusal': key 'softener_patterns': pattern '\\\\bCR-\\\\d+': write letters in lower case",
    ),
    (
        "regex_global_flag",
        "[rules.argue]\npatterns = ['(?i)abc']\n",
        "{f}: rule 'argue': key 'patterns': pattern '(?i)abc': not a valid regular expression: global flags not at the start",
    ),
    (
        "new_rule_missing_label",
        '[rules.mine]\nseverity = "low"\nlabel_zh = "我的"\nadvice_zh = "甲"\nadvice_en = "a"\nphrases = ["乙"]\n',
        "{f}: rule 'mine': key 'label_en': missing",
    ),
    (
        "new_rule_without_cues",
        '[rules.mine]\nseverity = "low"\nlabel_zh = "我的"\nlabel_en = "mine"\nadvice_zh = "甲"\nadvice_en = "a"\n',
        "{f}: rule 'mine': key 'phrases': a rule needs at least one of phrases, patterns, weak_phrases, weak_patterns, charge_phrases, charge_patterns",
    ),
    (
        "target_without_charge",
        '[rules.mine]\nseverity = "low"\nlabel_zh = "我的"\nlabel_en = "mine"\nadvice_zh = "甲"\nadvice_en = "a"\n'
        'phrases = ["乙"]\ntarget_phrases = ["甲方"]\n',
        "{f}: rule 'mine': key 'charge_phrases': paired cues need both target_phrases/target_patterns and charge_phrases/charge_patterns",
    ),
    ("reader_exempt_not_bool", '[rules.backchannel]\nreader_exempt = "yes"\n', "{f}: rule 'backchannel': key 'reader_exempt': must be true or false, got 'yes'"),
    ("charge_on_ramble", '[rules.ramble]\ncharge_phrases = ["抠"]\n', "{f}: rule 'ramble': key 'charge_phrases': does not apply to kind = 'ramble'"),
    (
        "key_of_the_other_kind",
        '[rules.argue]\nmin_chars = 100\n',
        "{f}: rule 'argue': key 'min_chars': does not apply to kind = 'cue'",
    ),
    ("bad_rule_id", '[rules.Argue]\nseverity = "low"\n', "{f}: rule 'Argue': bad rule id"),
    ("bad_share", '[rules.ramble]\nofftopic_share = 2\n', "{f}: rule 'ramble': key 'offtopic_share': must be a number in (0, 1], got 2"),
    ("bad_kind", '[rules.argue]\nkind = "regex"\n', "{f}: rule 'argue': key 'kind': must be one of cue, ramble, got 'regex'"),
    # label and advice end up in header fields: what annotate() refuses is refused here, at load
    ("tab_in_label", '[rules.argue]\nlabel_en = "arguing\\twith"\n', "{f}: rule 'argue': key 'label_en': contains U+0009"),
    ("line_separator_in_advice", '[rules.refusal]\nadvice_zh = "先评估\\u2028再答复"\n', "{f}: rule 'refusal': key 'advice_zh': contains U+2028"),
    ("nul_in_advice", '[rules.refusal]\nadvice_en = "a\\u0000b"\n', "{f}: rule 'refusal': key 'advice_en': contains U+0000"),
    ("carriage_return_in_label", '[rules.persuade]\nlabel_zh = "刻意\\r说服"\n', "{f}: rule 'persuade': key 'label_zh': contains U+000D"),
]


@pytest.mark.parametrize("text, message", [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_broken_file_gives_one_rules_error_naming_file_rule_and_key(tmp_path, text, message):
    user = write(tmp_path, "rules.toml", text)
    with pytest.raises(RulesError) as err:
        load_ruleset([user])
    expected = message.format(f=user)
    assert str(err.value).startswith(expected), str(err.value)
    assert "\n" not in str(err.value)


def test_toml_syntax_error_names_the_line(tmp_path):
    user = write(tmp_path, "rules.toml", '[rules.refusal]\nseverity = "high"\nphrases = ["a",\n\n= 3\n')
    with pytest.raises(RulesError, match=r"rules\.toml: TOML syntax error: .*line 5"):
        load_ruleset([user])


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(RulesError, match=r"nope\.toml: cannot read rules file"):
        load_ruleset([tmp_path / "nope.toml"])
    bad = tmp_path / "gbk.toml"
    bad.write_bytes('[rules.argue]\nphrases = ["早就说过"]\n'.encode("gbk"))
    with pytest.raises(RulesError, match=r"gbk\.toml: not UTF-8 text"):
        load_ruleset([bad])


def test_an_error_in_the_second_file_names_the_second_file(tmp_path):
    good = write(tmp_path, "good.toml", '[rules.argue]\nseverity = "high"\n')
    bad = write(tmp_path, "bad.toml", '[rules.argue]\nseverity = 3\n')
    with pytest.raises(RulesError) as err:
        load_ruleset([good, bad])
    assert str(err.value).startswith(f"{bad}: rule 'argue': key 'severity'")


PATTERNS = [
    ("literal_and_bounded_classes", "请[^,。]{0,12}先[^,。]{0,14}再", None),
    ("one_unbounded", r"\bread\b.*\bfirst\b", None),
    ("nested_bounded_repeat", "(?:ab{1,3}){2,5}", "nested"),
    ("nested_star_plus", r"(\w+\s?)*$", "nested"),
    ("huge_bound", "a{0,500}", "bound above"),
    ("named_group", "(?P<x>a)", "named groups"),
    ("empty_match", "a?", "empty string"),
    ("upper_range", "[A-Z]+", "lower case"),
]


def test_every_builtin_pattern_passes_check_pattern():
    """load_ruleset() trusts the built-in file's patterns (checking them costs start-up time): this is
    where they are checked, with the same function that checks a user's file."""
    import tomllib
    from importlib import resources

    doc = tomllib.loads(resources.files("mailcoach").joinpath("data", "rules.toml").read_text(encoding="utf-8"))
    checked = 0
    for rule_id, table in doc["rules"].items():
        for key, value in table.items():
            if key.endswith("patterns"):
                for pattern in value:
                    assert check_pattern(pattern) is None, (rule_id, key, pattern, check_pattern(pattern))
                    checked += 1
    assert checked > 400


@pytest.mark.parametrize("pattern, problem", [p[1:] for p in PATTERNS], ids=[p[0] for p in PATTERNS])
def test_check_pattern(pattern, problem):
    why = check_pattern(pattern)
    if problem is None:
        assert why is None
    else:
        assert why is not None and problem in why


def test_every_builtin_label_and_advice_can_go_into_a_header():
    """annotate() writes labels and advice into header fields; none may hold what it refuses."""
    from mailcoach.annotate import FORBIDDEN_TEXT_RE

    for rule in load_ruleset().rules:
        for text in (rule.label_zh, rule.label_en, rule.advice_zh, rule.advice_en, rule.label, rule.advice):
            assert not FORBIDDEN_TEXT_RE.search(text), (rule.id, text)


def test_a_user_file_named_like_the_built_in_one_is_still_checked(tmp_path, monkeypatch):
    """Only the packaged file skips pattern checks at start-up, whatever a user's file is called."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path, BUILTIN_NAME, "[rules.argue]\npatterns = ['(unclosed']\n")
    with pytest.raises(RulesError, match="not a valid regular expression"):
        load_ruleset([BUILTIN_NAME])
