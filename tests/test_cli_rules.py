"""`mailcoach rules list | validate`: what a team lead sees before sharing a rules file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailcoach.cli import main

BUILTIN_IDS = ["argue", "refusal", "persuade", "ramble", "backchannel"]

TEAM_RULES = """\
[rules.promise]
severity = "medium"
label_zh = "随口承诺"
label_en = "rash promise"
advice_zh = "先评估再承诺。"
advice_en = "Assess before you promise."
phrases = ["包在我身上", "no problem at all"]
patterns = ['保证\\s*\\d+\\s*天(?:内)?(?:上线|完成)']

[rules.refusal]
phrases = ["没门"]
"""

MY_RULES = """\
disable = ["ramble"]

[rules.promise]
severity = "high"
phrases = ["稳稳的"]
"""


@pytest.fixture(autouse=True)
def no_user_config(monkeypatch, tmp_path):
    """Never read the developer's own ~/.config/mailcoach/config.toml."""
    monkeypatch.setenv("MAILCOACH_CONFIG", str(tmp_path / "absent.toml"))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def team_config(tmp_path: Path) -> Path:
    team = write(tmp_path, "team.toml", TEAM_RULES)
    mine = write(tmp_path, "mine.toml", MY_RULES)
    return write(tmp_path, "config.toml",
                 f'[rules]\nfiles = ["{team}", "{mine}"]\ndisable = ["persuade"]\n'
                 f'[state]\npath = "{tmp_path / "state.sqlite3"}"\n')


def test_list_without_config_shows_the_five_built_in_rules(capsys):
    assert main(["rules", "list", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in doc["rules"]] == BUILTIN_IDS
    assert all(r["source"] == ["built-in"] for r in doc["rules"])
    assert doc["files"] == [] and doc["disabled"] == [] and doc["threshold"] == "medium"
    for r in doc["rules"]:
        assert set(r) == {"id", "severity", "external_severity", "kind", "label_zh", "label_en",
                          "phrases", "patterns", "softeners", "model", "source"}
        assert r["phrases"] + r["patterns"] > 0 and r["label_zh"] and r["label_en"]
        assert r["model"] is True  # every built-in rule is backed by the tone model


def test_list_shows_where_each_rule_came_from_and_what_is_disabled(tmp_path, capsys):
    config = team_config(tmp_path)
    assert main(["rules", "list", "--config", str(config), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    rules = {r["id"]: r for r in doc["rules"]}
    team, mine = str(tmp_path / "team.toml"), str(tmp_path / "mine.toml")
    assert list(rules) == ["argue", "refusal", "backchannel", "promise"]
    assert sorted(doc["disabled"]) == ["persuade", "ramble"]
    assert rules["refusal"]["source"] == ["built-in", team]           # changed by the team file
    assert rules["promise"]["source"] == [team, mine]                 # added, then changed
    assert rules["promise"]["severity"] == "high"                     # scalars: the last file wins
    assert (rules["promise"]["phrases"], rules["promise"]["patterns"]) == (3, 1)  # lists merge
    assert rules["argue"]["source"] == ["built-in"]
    assert rules["argue"]["model"] is True and rules["promise"]["model"] is False  # no model for a new rule


def test_list_as_text_has_one_line_per_rule(tmp_path, capsys):
    assert main(["rules", "list", "--config", str(team_config(tmp_path))]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["id", "severity", "label", "phrases", "patterns", "tone", "from"]
    promise = next(line for line in lines if line.startswith("promise"))
    assert "随口承诺 / rash promise" in promise and promise.endswith(
        f"{tmp_path / 'team.toml'} + {tmp_path / 'mine.toml'}")
    assert "disabled: persuade, ramble" in out


def test_validate_accepts_files_layered_in_the_order_given(tmp_path, capsys):
    team = write(tmp_path, "team.toml", TEAM_RULES)
    mine = write(tmp_path, "mine.toml", MY_RULES)
    assert main(["rules", "validate", str(team), str(mine)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: ") and "added: promise" in out and "changed: refusal" in out
    assert "disabled: ramble" in out


@pytest.mark.parametrize("name, text, expected", [
    ("syntax", "[rules.x\n", ["syntax.toml", "TOML syntax error"]),
    ("bad_severity", '[rules.refusal]\nseverity = "urgent"\n',
     ["bad_severity.toml", "rule 'refusal'", "key 'severity'", "'urgent'"]),
    ("unknown_key", '[rules.refusal]\nphrase = ["typo"]\n',
     ["unknown_key.toml", "rule 'refusal'", "key 'phrase'", "unknown key"]),
    ("incomplete_new_rule", '[rules.promise]\nphrases = ["包在我身上"]\n',
     ["incomplete_new_rule.toml", "rule 'promise'", "missing"]),
    ("catastrophic_pattern", '[rules.refusal]\npatterns = ["(a+)+b"]\n',
     ["catastrophic_pattern.toml", "rule 'refusal'", "key 'patterns'", "nested"]),
    ("unknown_disable", 'disable = ["nosuchrule"]\n', ["unknown_disable.toml", "'nosuchrule'"]),
])
def test_validate_reports_the_first_problem_in_one_line_and_exits_2(tmp_path, capsys, name, text,
                                                                    expected):
    path = write(tmp_path, f"{name}.toml", text)
    assert main(["rules", "validate", str(path)]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert captured.out == "" and len(err.splitlines()) == 1 and err.startswith("mailcoach: error: ")
    for part in expected:
        assert part in err


def test_validate_of_a_personal_file_alone_fails_where_it_relies_on_the_team_file(tmp_path, capsys):
    """mine.toml only changes `promise`, which team.toml defines: on its own it is incomplete."""
    mine = write(tmp_path, "mine.toml", MY_RULES)
    assert main(["rules", "validate", str(mine)]) == 2
    err = capsys.readouterr().err
    assert "mine.toml" in err and "rule 'promise'" in err and "missing" in err


def test_validate_of_a_missing_file_names_it(tmp_path, capsys):
    assert main(["rules", "validate", str(tmp_path / "nope.toml")]) == 2
    assert "nope.toml" in capsys.readouterr().err


def test_rules_without_an_action_is_a_usage_error(capsys):
    assert main(["rules"]) == 2
    assert "mailcoach rules list | validate" in capsys.readouterr().err
