"""Config loading: every mistake is one ConfigError naming the file, the key and the bad value."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from mailcoach.config import load_config, parse_config
from mailcoach.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent
ACCT = {"name": "work", "host": "imap.example.com", "username": "pm", "password_env": "PW"}


def with_account(**kw):
    return {"account": [{**ACCT, **kw}]}


def test_example_config_loads_with_every_key_valid(tmp_path):
    path = tmp_path / "config.toml"
    shutil.copy(REPO / "config.example.toml", path)
    os.chmod(path, 0o600)
    cfg = load_config(path)
    acct = cfg.account("work")
    assert (acct.port, acct.security, acct.quiet_period, acct.interval) == (993, "tls", 600.0, 300.0)
    assert cfg.rules.threshold == "medium" and cfg.warnings == ()


@pytest.mark.parametrize(
    "data, expected",
    [
        ({"rulez": {}}, "unknown key 'rulez'"),
        ({"rules": {"threshold": "severe"}}, "key 'threshold': must be one of low, medium, high, got 'severe'"),
        ({"rules": {"files": "team.toml"}}, "key 'files': must be a list of strings"),
        (with_account(security="ssl"), "account 'work': key 'security': must be one of tls, starttls, none, got 'ssl'"),
        (with_account(prot=993), "account 'work': unknown key 'prot'"),
        (with_account(port=99999), "key 'port': must be a whole number from 1 to 65535, got 99999"),
        (with_account(quiet_period="ten minutes"), "key 'quiet_period': must be a duration"),
        (with_account(password="hunter2"), "key 'password': passwords are not stored in the config"),
        (with_account(password_command=["pass", "x"]), "exactly one secret source is needed"),
        ({"account": [{k: v for k, v in ACCT.items() if k != "password_env"}]}, "exactly one secret source is needed"),
        (with_account(name="two words"), "key 'name': required"),
        ({"account": [ACCT, ACCT]}, "account 'work': key 'name': used by two accounts"),
        (with_account(keywords=["bad keyword"]), "key 'keywords': not a valid IMAP keyword"),
        (with_account(subject_tag="风险"), "key 'subject_tag': must be 1 to 40 printable ASCII"),
        (with_account(tls_ca_file="/nonexistent/ca.pem"), "key 'tls_ca_file': no such file"),
        (with_account(interval=0), "key 'interval': must be at least 1 second"),
        ({"service": {"workers": 0}}, "key 'workers': must be a whole number from 1 to 256"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_bad_config_names_file_key_and_value(data, expected):
    with pytest.raises(ConfigError) as err:
        parse_config(data, Path("/etc/mc.toml"))
    msg = str(err.value)
    assert msg.startswith("/etc/mc.toml:") and expected in msg
    assert "\n" not in msg
    assert "hunter2" not in msg


def test_syntax_error_names_file_and_line(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text("[rules]\nthreshold = \n")
    with pytest.raises(ConfigError, match=r"c\.toml: TOML syntax error: .*line 2"):
        load_config(path)


def test_missing_explicit_file_is_an_error_but_missing_default_is_not(tmp_path, monkeypatch):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")
    monkeypatch.setenv("MAILCOACH_CONFIG", str(tmp_path / "nope.toml"))
    assert load_config(None).accounts == ()


def test_durations_and_relative_paths(tmp_path):
    cfg = parse_config(
        {"rules": {"files": ["team.toml"]}, "state": {"path": "st/state.db"},
         **with_account(quiet_period="90s", interval="1h", timeout="2m")},
        tmp_path / "config.toml",
    )
    acct = cfg.accounts[0]
    assert (acct.quiet_period, acct.interval, acct.timeout) == (90.0, 3600.0, 120.0)
    assert cfg.rules.files == (tmp_path / "team.toml",)
    assert cfg.state.path == tmp_path / "st" / "state.db"


def test_security_none_and_world_readable_file_warn(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[[account]]\nname="t"\nhost="127.0.0.1"\nusername="u"\npassword_env="P"\nsecurity="none"\n')
    os.chmod(path, 0o644)
    cfg = load_config(path)
    assert cfg.accounts[0].port == 143
    assert any("clear text" in w for w in cfg.warnings)
    assert any("readable by other users" in w for w in cfg.warnings)
