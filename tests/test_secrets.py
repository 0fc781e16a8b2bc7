"""Secret sources: the right value from each source, and errors that never show a secret."""

from __future__ import annotations

import sys
import time
import types

import pytest

from mailcoach.config import Account
from mailcoach.errors import SecretError
from mailcoach.secrets import Secret, get_secret

SECRET = "hunter2-Zq9"


def account(**kw) -> Account:
    return Account(name="work", host="imap.example.com", username="pm", **kw)


def py(code: str) -> tuple[str, ...]:
    """argv running a Python snippet (no shell involved)."""
    return (sys.executable, "-c", code)


def test_password_env_returns_the_variable(monkeypatch):
    monkeypatch.setenv("MC_TEST_PW", SECRET)
    assert get_secret(account(password_env="MC_TEST_PW")) == Secret("password", SECRET)


@pytest.mark.parametrize("value, problem",
                         [(None, "is not set"), ("", "is empty"), ("  ", "is empty")])
def test_password_env_missing_or_empty_names_the_variable(monkeypatch, value, problem):
    monkeypatch.delenv("MC_TEST_PW", raising=False)
    if value is not None:
        monkeypatch.setenv("MC_TEST_PW", value)
    with pytest.raises(SecretError, match=f"account 'work'.*MC_TEST_PW {problem}"):
        get_secret(account(password_env="MC_TEST_PW"))


@pytest.mark.parametrize("argv, expected", [
    # Shell syntax reaches the program literally: no shell runs the command.
    (("printf", "%s", "pw; echo injected $(id) `id` | cat"), "pw; echo injected $(id) `id` | cat"),
    (("echo", "a", ";", "b", "&&", "c"), "a ; b && c"),
    # Only the first line counts, stripped of surrounding blanks.
    (("printf", "  s3cret \\nsecond line\\n"), "s3cret"),
    (("printf", "s3cret\\r\\n"), "s3cret"),
    (("printf", "密码-ü"), "密码-ü"),
], ids=["dollar-paren-pipe", "semicolon-and", "first-line-stripped", "crlf", "non-ascii"])
def test_password_command_runs_without_a_shell(argv, expected):
    assert get_secret(account(password_command=argv)) == Secret("password", expected)


def test_password_command_separator_does_not_run_a_second_command(tmp_path):
    marker = tmp_path / "ran"
    value = get_secret(account(password_command=("echo", "pw", ";", "touch", str(marker)))).value
    assert value == f"pw ; touch {marker}" and not marker.exists()


@pytest.mark.parametrize("argv, timeout, message", [
    (py(f"import sys; print({SECRET!r}); print({SECRET!r}, file=sys.stderr); sys.exit(3)"), 10,
     "exited with status 3"),
    (("/nonexistent/pass-helper", SECRET), 10, "program not found: '/nonexistent/pass-helper'"),
    (py(f"import time; print({SECRET!r}, flush=True); time.sleep(5)"), 0.5,
     "did not finish within 0.5 s"),
    (py("print()"), 10, "printed nothing"),
    (py("import sys; sys.stdout.buffer.write(b'\\xff\\xfe')"), 10, "not UTF-8"),
], ids=["nonzero-exit", "not-found", "timeout", "empty", "not-utf8"])
def test_password_command_failure_never_shows_output_or_secret(argv, timeout, message):
    started = time.monotonic()
    with pytest.raises(SecretError) as err:
        get_secret(account(password_command=argv, timeout=timeout))
    text = str(err.value)
    assert message in text and text.startswith("account 'work': password_command")
    assert SECRET not in text and "\n" not in text
    assert time.monotonic() - started < 4


def test_failure_message_names_the_program_not_its_arguments():
    with pytest.raises(SecretError) as err:
        get_secret(account(password_command=py("import sys; sys.exit(1)")))
    assert repr(sys.executable) in str(err.value) and "sys.exit" not in str(err.value)


def test_oauth2_token_command_is_run_at_every_call():
    acct = account(oauth2_token_command=py("import time; print('tok', time.perf_counter_ns())"))
    first, second = get_secret(acct), get_secret(acct)
    assert first.kind == second.kind == "oauth2"
    assert first.value.startswith("tok ") and first.value != second.value


def test_keyring_missing_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "keyring", None)   # makes `import keyring` fail
    with pytest.raises(SecretError, match="pip install keyring"):
        get_secret(account(keyring=True))


def fake_keyring(stored: dict[tuple[str, str], str], fail: bool = False) -> types.ModuleType:
    errors = types.ModuleType("keyring.errors")

    class KeyringError(Exception):
        pass

    class NoKeyringError(KeyringError):
        pass

    errors.KeyringError = KeyringError
    module = types.ModuleType("keyring")
    module.errors = errors

    def get_password(service: str, user: str) -> str | None:
        if fail:
            raise NoKeyringError("No recommended backend was available.")
        return stored.get((service, user))

    module.get_password = get_password
    return module


@pytest.mark.parametrize("stored, fail, expected", [
    ({("mailcoach", "work"): SECRET}, False, SECRET),
    ({("mailcoach", "pm"): SECRET}, False, "keyring set mailcoach work"),   # keyed by account name
    ({}, True, "NoKeyringError: No recommended backend was available."),
], ids=["found", "not-stored", "no-backend"])
def test_keyring_source(monkeypatch, stored, fail, expected):
    module = fake_keyring(stored, fail)
    monkeypatch.setitem(sys.modules, "keyring", module)
    monkeypatch.setitem(sys.modules, "keyring.errors", module.errors)
    if expected == SECRET:
        assert get_secret(account(keyring=True)) == Secret("password", SECRET)
    else:
        with pytest.raises(SecretError, match=expected):
            get_secret(account(keyring=True))


def test_no_source_is_an_error():
    with pytest.raises(SecretError, match="no password source"):
        get_secret(account())


def test_secret_repr_and_str_hide_the_value():
    secret = Secret("password", SECRET)
    for text in (repr(secret), str(secret), f"{secret}", repr([secret]), repr({"s": secret})):
        assert SECRET not in text and "hidden" in text
