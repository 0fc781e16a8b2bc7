"""`mailcoach status` and `mailcoach report` after real scans: counts, times and errors — never text."""

from __future__ import annotations

import json
import subprocess
import time
from datetime import date, datetime, timedelta

import pytest

from test_service import (CLEAN_BODY, MAILCOACH, REPO, RISKY_BODY, account_entry, config_toml,
                          save)

from mailcoach.cli import main
from mailcoach.daemon import Shard
from mailcoach.state import ScanRecord, State

WRONG = "wrong-pw-91fa"
# Words of the drafts, their subject and addresses: none may appear in status or report output.
PRIVATE = ("不可能", "不接受", "评估", "李经理", "需求变更", "client-a.example.cn", "pm@ourteam")


@pytest.fixture(scope="module")
def scanned(dovecot, tmp_path_factory):
    """Two real passes of `mailcoach run --once`: "pm" has two risky drafts and a clean one,
    "other" a wrong password."""
    tmp = tmp_path_factory.mktemp("history")
    user = dovecot.new_user()
    for body in (RISKY_BODY, RISKY_BODY, CLEAN_BODY):
        save(user, body)
    config = config_toml(tmp / "config.toml", [
        account_entry(user, "pm"),
        account_entry(dovecot.new_user(), "other", password=WRONG),
    ], state=tmp / "state.sqlite3")
    for _ in range(2):
        done = subprocess.run([*MAILCOACH, "run", "--once", "--config", str(config)], cwd=REPO,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 2, done.stderr   # "other" fails
    return config


def run_cli(capsys, *argv: str) -> tuple[int, str]:
    rc = main(list(argv))
    return rc, capsys.readouterr().out


def test_status_json_per_account(scanned, capsys):
    rc, out = run_cli(capsys, "status", "--config", str(scanned), "--format", "json")
    assert rc == 2   # an account's last scan failed
    doc = json.loads(out)
    assert doc["state_files"] == [str(scanned.parent / "state.sqlite3")]
    pm, other = doc["accounts"]
    assert set(pm) == {"account", "configured", "scans", "last_poll", "last_ok", "failing",
                       "last_error", "annotated", "history_since"}
    assert (pm["account"], pm["scans"], pm["annotated"], pm["failing"], pm["last_error"]) == \
        ("pm", 2, 2, False, None)
    assert abs(datetime.fromisoformat(pm["last_poll"]).timestamp() - time.time()) < 120
    assert (other["account"], other["scans"], other["annotated"], other["failing"]) == \
        ("other", 2, 0, True)
    assert other["last_error"]["class"] == "AuthError"
    assert "login refused" in other["last_error"]["message"] and WRONG not in out
    assert other["last_ok"] is None


def test_status_text_says_ok_or_failing_and_the_last_error(scanned, capsys):
    rc, out = run_cli(capsys, "status", "--config", str(scanned))
    lines = out.splitlines()
    assert rc == 2
    assert lines[0].startswith("pm: ok; last poll ") and "2 drafts annotated" in lines[0]
    assert lines[1].startswith("other: FAILING; last poll ")
    assert lines[2].startswith("  last error ") and "AuthError: account 'other'" in lines[2]
    assert not any(word in out for word in PRIVATE + (WRONG,))


def test_report_counts_risky_drafts_per_week_account_and_rule(scanned, capsys):
    rc, out = run_cli(capsys, "report", "--config", str(scanned), "--format", "json")
    assert rc == 0
    doc = json.loads(out)
    year, week, _ = date.today().isocalendar()
    # Two risky drafts found once each (the second pass found nothing new), both "refusal".
    assert doc["rows"] == [{"week": f"{year}-W{week:02d}", "account": "pm", "rule": "refusal",
                            "severity": "medium", "drafts": 2}]
    assert doc["by_rule"] == {"refusal": 2} and doc["by_account"] == {"pm": 2}
    assert doc["total"] == 2 and doc["since"] is None

    rc, text = run_cli(capsys, "report", "--config", str(scanned))
    assert text.splitlines()[2].split() == ["week", "account", "rule", "severity", "drafts"]
    assert f"{year}-W{week:02d}  pm       refusal  medium    2" in text
    assert not any(word in out + text for word in PRIVATE)


def test_report_since_a_later_day_is_empty_and_a_bad_date_is_an_error(scanned, capsys):
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    rc, out = run_cli(capsys, "report", "--config", str(scanned), "--since", tomorrow,
                      "--format", "json")
    assert rc == 0 and json.loads(out)["rows"] == [] and json.loads(out)["since"] == tomorrow
    assert main(["report", "--config", str(scanned), "--since", "31.01.2025"]) == 2
    assert "--since: expected a date like 2025-01-31" in capsys.readouterr().err


def test_status_before_any_scan(tmp_path, capsys):
    config = config_toml(tmp_path / "config.toml", [{"name": "pm", "host": "127.0.0.1",
                                                     "username": "u", "password_env": "X"}],
                         state=tmp_path / "state.sqlite3")
    rc, out = run_cli(capsys, "status", "--config", str(config))
    assert rc == 0 and out.startswith("no scans recorded yet")
    assert not (tmp_path / "state.sqlite3").exists()   # read-only: nothing created


def test_status_and_report_read_every_shards_state_file_while_it_is_locked(tmp_path, capsys):
    base = tmp_path / "state.sqlite3"
    config = config_toml(tmp_path / "config.toml", [
        {"name": n, "host": "127.0.0.1", "username": n, "password_env": "X"} for n in ("a", "b")],
        state=base)
    now = time.time()
    states = [State.open(Shard(k, 2).state_path(base)) for k in (1, 2)]   # held, as by services
    try:
        for state, name in zip(states, ("a", "b")):
            state.record_scan(ScanRecord(account=name, started=now - 1, finished=now, seen=3,
                                         risky=1, annotated=1), {("argue", "medium"): 1})
        rc, out = run_cli(capsys, "status", "--config", str(config), "--format", "json")
        assert rc == 0
        assert [(a["account"], a["annotated"]) for a in json.loads(out)["accounts"]] == \
            [("a", 1), ("b", 1)]
        rc, out = run_cli(capsys, "report", "--config", str(config), "--format", "json")
        assert json.loads(out)["by_account"] == {"a": 1, "b": 1}
    finally:
        for state in states:
            state.close()
    assert not base.exists()


def test_history_older_than_the_kept_days_is_pruned_and_findings_are_kept(tmp_path):
    from mailcoach.state import account_history, prune_scans

    with State.open(tmp_path / "s.sqlite3") as state:
        day = 86400
        for age in (40, 20, 0):
            t = time.time() - age * day
            state.record_scan(ScanRecord(account="pm", started=t, finished=t, annotated=1),
                              {("refusal", "medium"): 1})
        assert prune_scans(state, time.time() - 30 * day) == 1
        (h,) = account_history(state)
        assert (h.scans, h.annotated) == (2, 2)
        assert len(state.finding_counts()) == 3


def test_shard_state_files_are_found_next_to_the_main_one(tmp_path):
    from mailcoach.daemon import state_files

    base = tmp_path / "state.sqlite3"
    for k in (2, 1):
        shard = Shard(k, 2).state_path(base)
        shard.write_bytes(b"")
        shard.with_name(shard.name + ".lock").write_bytes(b"")   # lock files are not state files
    assert state_files(base) == [Shard(1, 2).state_path(base), Shard(2, 2).state_path(base)]
