"""Security, end to end through the commands a user runs (`mailcoach.cli.main`) and real Dovecot.

What tests/test_imap.py, test_secrets.py, test_state.py and test_config.py already prove at the
level of one function is not repeated here; these tests prove it for the whole program:

- TLS with a private CA: `scan` refuses the server's certificate by default and works once
  `tls_ca_file` names the CA; nothing in the mailbox changes on the refused attempt.
- security = "starttls" never falls back to plain text: against a server that does not offer
  STARTTLS, and against a man in the middle who strips STARTTLS from a server that does, no
  LOGIN or AUTHENTICATE reaches the wire.
- Passwords, tokens and what a password_command prints never appear in stdout, stderr (logs at
  the most verbose level, tracebacks with --debug, in text and JSON), the state directory or a
  report — for right and wrong passwords, a failing password_command, an OAuth2 token the server
  refuses, across scan, strip, dry run, status, report, doctor, check and `run --once`.
- The state file and its directory are private even under a permissive umask; a config file that
  others can read draws a warning; password_command is run without a shell.
"""

from __future__ import annotations

import base64
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from proof_helpers import FOLDER, make_draft, new_mid, run_main, snapshot
from servers import ImapProxy
from test_service import account_entry, config_toml

REPO = Path(__file__).resolve().parent.parent
RISKY = "李经理:\r\n这个需求不可能做,我们不接受任何变更。\r\n王"


def seed_risky(user) -> bytes:
    raw = make_draft(new_mid("sec"), RISKY)
    user.seed(FOLDER, [raw], flags=[("\\Draft",)])
    return raw


def annotated(user) -> bool:
    return any(b"X-MailCoach-Checked:" in raw for raw, _, _ in snapshot(user).values())


# --------------------------------------------------------------------------- TLS


def test_a_private_ca_is_refused_by_scan_until_tls_ca_file_names_it(dovecot_tls, tmp_path, capsys):
    user = dovecot_tls.new_user()
    seed_risky(user)
    before = snapshot(user)
    state = tmp_path / "state.sqlite3"
    for security, port in (("tls", dovecot_tls.tls_port), ("starttls", dovecot_tls.port)):
        entry = account_entry(user, "pm", port=port, security=security)
        refused = config_toml(tmp_path / "refused.toml", [entry], state=state)
        assert run_main(["scan", "--config", str(refused)]) == 2
        err = capsys.readouterr().err
        assert "certificate not trusted" in err and "set tls_ca_file" in err, err
        assert snapshot(user) == before
    trusted = config_toml(tmp_path / "trusted.toml", [
        account_entry(user, "pm", port=dovecot_tls.tls_port, security="tls",
                      tls_ca_file=str(dovecot_tls.ca_file))], state=state)
    assert run_main(["scan", "--config", str(trusted)]) == 1, capsys.readouterr().err
    assert annotated(user)


def strip_starttls(conn, kind: str, data: bytes) -> bytes:
    """A man in the middle removes STARTTLS from every capability list the server sends."""
    return data.replace(b" STARTTLS", b"") if kind == "line" else data


@pytest.mark.parametrize("server_kind", ["dovecot", "dovecot_tls"],
                         ids=["server-without-starttls", "starttls-stripped-in-the-middle"])
def test_starttls_refuses_to_log_in_in_plain_text(server_kind, request, tmp_path, capsys):
    server = request.getfixturevalue(server_kind)
    user = server.new_user()
    seed_risky(user)
    hook = strip_starttls if server_kind == "dovecot_tls" else None
    with ImapProxy(server.port, server_hook=hook) as proxy:
        config = config_toml(tmp_path / "config.toml", [
            account_entry(user, "pm", port=proxy.port, security="starttls")],
            state=tmp_path / "state.sqlite3")
        assert run_main(["scan", "--config", str(config)]) == 2
        assert run_main(["doctor", "--config", str(config)]) == 2
        sent = b"".join(c.sent_by_client() for c in proxy.connections)
    err = capsys.readouterr()
    assert "does not offer STARTTLS; refusing to log in" in err.err + err.out
    assert len(proxy.connections) == 2 and b"CAPABILITY" in sent.upper()
    assert not re.search(rb"\b(LOGIN|AUTHENTICATE)\b", sent.upper()), sent
    assert user.password.encode() not in sent
    assert not annotated(user)


# --------------------------------------------------------------------------- secrets


PASSWORD_HELPER = """\
import sys
# Prints the password, and (as some password managers do) a hint with it on stderr.
secret, code = sys.argv[1], int(sys.argv[2])
print(secret)
print("helper: unlocked entry " + secret, file=sys.stderr)
sys.exit(code)
"""


def secret_forms(secret: str, username: str) -> list[bytes]:
    """The secret as it could leak: plain, and the base64 of SASL PLAIN and XOAUTH2 payloads."""
    plain = secret.encode()
    sasl = base64.b64encode(b"\0" + username.encode() + b"\0" + plain)
    xoauth = base64.b64encode(f"user={username}\1auth=Bearer {secret}\1\1".encode())
    return [plain, sasl, xoauth, base64.b64encode(plain)]


def test_no_secret_reaches_any_output_state_or_report(dovecot, tmp_path, capsys, monkeypatch):
    good, wrong, env, oauth = (dovecot.new_user() for _ in range(4))
    for user in (good, wrong, env, oauth):
        seed_risky(user)
    helper = tmp_path / "pw-helper.py"
    helper.write_text(PASSWORD_HELPER, encoding="utf-8")
    secrets = {
        "good": good.password,
        "wrong": "Wr0ng-pw-" + os.urandom(6).hex(),
        "env": "3nv-pw-" + os.urandom(6).hex(),
        "oauth": "ya29.tok-" + os.urandom(8).hex(),
        "failing": "F41l-pw-" + os.urandom(6).hex(),
    }
    monkeypatch.setenv("MC_PROOF_PW", secrets["env"])
    state_dir = tmp_path / "state"
    accounts = [
        account_entry(good, "good",
                      password_command=[sys.executable, str(helper), good.password, "0"]),
        account_entry(wrong, "wrong", password_command=[sys.executable, str(helper),
                                                        secrets["wrong"], "0"]),
        {**account_entry(env, "env"), "password_env": "MC_PROOF_PW"},
        {**account_entry(oauth, "oauth"),
         "oauth2_token_command": [sys.executable, str(helper), secrets["oauth"], "0"]},
        account_entry(good, "failing", password_command=[sys.executable, str(helper),
                                                         secrets["failing"], "3"]),
    ]
    for entry in accounts[2:4]:
        del entry["password_command"]
    config = config_toml(tmp_path / "config.toml", accounts, state=state_dir / "state.sqlite3")
    eml = tmp_path / "draft.eml"
    eml.write_bytes(make_draft(new_mid("chk"), RISKY))

    loud = ["--debug", "-vv"]
    outputs: list[tuple[str, bytes]] = []
    for argv in (["scan", *loud, "--config", str(config)],
                 ["scan", *loud, "--log-format", "json", "--format", "json",
                  "--config", str(config)],
                 ["scan", *loud, "--dry-run", "--config", str(config)],
                 ["strip", *loud, "--dry-run", "--config", str(config)],
                 ["status", *loud, "--config", str(config)],
                 ["status", *loud, "--format", "json", "--config", str(config)],
                 ["report", *loud, "--format", "json", "--config", str(config)],
                 ["doctor", *loud, "--config", str(config)],
                 ["check", *loud, "--config", str(config), str(eml)]):
        code = run_main(argv)
        out = capsys.readouterr()
        outputs.append((f"{argv[0]} stdout", out.out.encode()))
        outputs.append((f"{argv[0]} stderr", out.err.encode()))
        assert code in (0, 1, 2), argv
    run = subprocess.run([sys.executable, "-m", "mailcoach", "run", "--once", *loud,
                          "--log-format", "json", "--config", str(config)],
                         cwd=REPO, capture_output=True, timeout=120,
                         env={**os.environ, "MC_PROOF_PW": secrets["env"]})
    outputs += [("run --once stdout", run.stdout), ("run --once stderr", run.stderr)]
    for path in sorted(state_dir.iterdir()):
        outputs.append((f"state file {path.name}", path.read_bytes()))

    everything = b"\n".join(data for _, data in outputs)
    # The outputs are real: logs at DEBUG, each account's error, the scan's work.
    assert b"logged in as" in everything and b"login refused" in everything
    assert b"password_command" in everything and b"exited with status 3" in everything
    assert annotated(good)
    leaks = [(where, name) for name, secret in secrets.items()
             for form in secret_forms(secret, "x") + secret_forms(secret, good.name)
             for where, data in outputs if form in data]
    assert not leaks, f"secrets found in: {leaks}"


# --------------------------------------------------------------------------- files and commands


def test_the_state_is_private_under_any_umask(dovecot, tmp_path, capsys):
    user = dovecot.new_user()
    seed_risky(user)
    state = tmp_path / "new" / "state" / "state.sqlite3"
    config = config_toml(tmp_path / "config.toml", [account_entry(user, "pm")], state=state)
    old = os.umask(0)
    try:
        assert run_main(["scan", "--config", str(config)]) == 1, capsys.readouterr().err
    finally:
        os.umask(old)
    assert stat.S_IMODE(state.stat().st_mode) == 0o600
    assert stat.S_IMODE(state.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(state.with_name(state.name + ".lock").stat().st_mode) == 0o600
    assert sorted(p.name for p in state.parent.iterdir()) == [state.name, state.name + ".lock"]


@pytest.mark.parametrize("mode, warned", [(0o644, True), (0o640, True), (0o600, False)])
def test_a_config_that_others_can_read_draws_a_warning(dovecot, tmp_path, capsys, mode, warned):
    user = dovecot.new_user()
    config = config_toml(tmp_path / "config.toml", [account_entry(user, "pm")],
                         state=tmp_path / "state.sqlite3")
    config.chmod(mode)
    run_main(["scan", "--config", str(config)])
    err = capsys.readouterr().err
    assert ("readable by other users" in err and "chmod 600" in err) == warned, err
    run_main(["doctor", "--config", str(config)])
    out = capsys.readouterr().out
    assert ("FAIL  " in out and "readable by other users" in out) == warned, out


SHELL_CHECK = """\
import sys
# Prints the password only when it got exactly the arguments written in the config: no shell
# has interpreted ; | $(...) `...` && (a shell would have run `touch` and never passed them on).
marker, form, password, rest = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
expected = {"list": [";", "touch", marker, "|", "$(touch " + marker + ")", "`id`", "&&", "exit",
                     "1"],
            "string": [";", "touch", marker]}[form]
print(password if rest == expected else "not-the-password")
"""


@pytest.mark.parametrize("form", ["list", "string"])
def test_password_command_runs_without_a_shell(dovecot, tmp_path, capsys, form):
    user = dovecot.new_user()
    seed_risky(user)
    marker = tmp_path / "shell-ran"
    helper = tmp_path / "check-args.py"
    helper.write_text(SHELL_CHECK, encoding="utf-8")
    head = [sys.executable, str(helper), str(marker), form, user.password]
    if form == "list":
        command: object = [*head, ";", "touch", str(marker), "|", f"$(touch {marker})", "`id`",
                           "&&", "exit", "1"]
    else:   # a string is split on blanks, never given to a shell
        command = " ".join([*head, ";", "touch", str(marker)])
    entry = account_entry(user, "pm")
    entry["password_command"] = command
    config = config_toml(tmp_path / "config.toml", [entry], state=tmp_path / "state.sqlite3")
    assert run_main(["scan", "--config", str(config)]) == 1, capsys.readouterr().err
    assert annotated(user)        # logged in: the helper got its arguments literally
    assert not marker.exists()    # and no shell ran `touch`
