"""`mailcoach doctor` against real Dovecot: what works is said, every problem comes with its fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from servers import TestUser
from test_service import account_entry, config_toml

from mailcoach.cli import main
from mailcoach.state import State


def doctor(config: Path, capsys, *extra: str) -> tuple[int, str]:
    rc = main(["doctor", "--config", str(config), *extra])
    return rc, capsys.readouterr().out


def lines_with(out: str, mark: str) -> list[str]:
    """The report's lines of one kind ("ok", "warn", "FAIL"), each with its fix line if any."""
    lines = out.splitlines()
    found = []
    for i, line in enumerate(lines):
        if line.strip().startswith(mark + " ") or line.strip() == mark:
            fix = lines[i + 1].strip() if i + 1 < len(lines) and "fix:" in lines[i + 1] else ""
            found.append(f"{line.strip()} | {fix}")
    return found


def one_account(tmp_path: Path, user: TestUser, **overrides) -> Path:
    return config_toml(tmp_path / "config.toml", [account_entry(user, "work", **overrides)],
                       state=tmp_path / "state" / "state.sqlite3")


def test_full_dovecot_everything_works(dovecot, tmp_path, capsys):
    rc, out = doctor(one_account(tmp_path, dovecot.new_user()), capsys)
    assert rc == 0, out
    assert out.rstrip().endswith("everything works.") and not lines_with(out, "FAIL")
    assert "login method: password from password_command (printf)" in out
    assert "capabilities: UIDPLUS CONDSTORE SPECIAL-USE IDLE MOVE ID; not offered: REPLACE" in out
    assert "Drafts folder: 'Drafts' (found), opens read-write" in out
    assert "keywords kept by the server: $MailCoachRisky" in out
    assert "no TLS" in out and "server: Dovecot" in out
    # security = "none" is only a warning on loopback
    assert any('security = "none"' in w for w in lines_with(out, "warn"))


def test_restricted_dovecot_works_but_says_what_is_missing(dovecot_restricted, tmp_path, capsys):
    rc, out = doctor(one_account(tmp_path, dovecot_restricted.new_user(), idle=True), capsys)
    assert rc == 0, out
    assert "not offered: UIDPLUS CONDSTORE MOVE REPLACE" in out
    warns = " ".join(lines_with(out, "warn"))
    assert "no UIDPLUS" in warns and "\\Deleted" in warns and "no CONDSTORE" in warns


@pytest.mark.parametrize("case, overrides, problem, fix", [
    ("wrong password", {"password": "wrong-pw-7c1d"}, "login refused", "check username"),
    ("missing folder", {"drafts_folder": "Entwürfe"}, "does not exist",
     "set drafts_folder to a folder that exists"),
    ("unset variable", {"password_command": None, "password_env": "MAILCOACH_DOCTOR_UNSET"},
     "MAILCOACH_DOCTOR_UNSET is not set", "set MAILCOACH_DOCTOR_UNSET in mailcoach's environment"),
    ("failing command", {"password_command": ["false", "wrong-pw-7c1d"]},
     "'false' exited with status 1",
     "run the password_command (false …) yourself"),
    ("closed port", {"port": 1}, "connection refused", "check host, port and security"),
])
def test_each_account_problem_is_one_fail_line_with_a_fix(dovecot, tmp_path, capsys, monkeypatch,
                                                          case, overrides, problem, fix):
    monkeypatch.delenv("MAILCOACH_DOCTOR_UNSET", raising=False)
    user = dovecot.new_user()
    entry = account_entry(user, "work", password=overrides.pop("password", None))
    for key, value in overrides.items():
        if value is None:
            entry.pop(key)
        else:
            entry[key] = value
    config = config_toml(tmp_path / "config.toml", [entry], state=tmp_path / "state.sqlite3")
    rc, out = doctor(config, capsys)
    fails = lines_with(out, "FAIL")
    assert rc == 2 and len(fails) == 1, out
    assert problem in fails[0] and f"fix: {fix}" in fails[0], fails[0]
    assert out.rstrip().endswith("1 problem found.")
    assert "wrong-pw-7c1d" not in out and user.password not in out


def test_config_rules_and_state_problems(dovecot, tmp_path, capsys):
    rules = tmp_path / "rules.toml"
    rules.write_text('[rules.refusal]\nseverity = "urgent"\n', encoding="utf-8")
    state = tmp_path / "state.sqlite3"
    with State.open(state):
        pass
    state.chmod(0o644)
    config = config_toml(tmp_path / "config.toml", [account_entry(dovecot.new_user(), "work")],
                         state=state, rules={"files": [str(rules)]})
    config.chmod(0o644)
    rc, out = doctor(config, capsys)
    fails = lines_with(out, "FAIL")
    assert rc == 2 and len(fails) == 3, out
    assert "readable by other users" in fails[0] and f"fix: chmod 600 {config}" in fails[0]
    assert "the rules do not load" in fails[1] and "key 'severity'" in fails[1]
    assert f"fix: correct the file, rule and key named; check with: mailcoach rules validate {rules}" \
        in fails[1]
    assert "mode 0644" in fails[2] and f"fix: chmod 600 {state}" in fails[2]


def test_a_state_file_in_use_by_the_service_is_reported_not_a_problem(dovecot, tmp_path, capsys):
    config = one_account(tmp_path, dovecot.new_user())
    with State.open(tmp_path / "state" / "state.sqlite3"):   # as a running service would
        rc, out = doctor(config, capsys)
    assert rc == 0, out
    assert "in use by a running mailcoach (pid" in out


def test_account_option_checks_only_that_account(dovecot, tmp_path, capsys):
    good, other = dovecot.new_user(), dovecot.new_user()
    config = config_toml(tmp_path / "config.toml", [
        account_entry(good, "good"), account_entry(other, "broken", password="nope")],
        state=tmp_path / "state.sqlite3")
    rc, out = doctor(config, capsys, "--account", "good")
    assert rc == 0 and "account good (" in out and "account broken" not in out
