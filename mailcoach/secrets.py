"""Getting an account's password or OAuth2 token from the one source its config names.

Sources (exactly one per account, checked by config.py):

- ``password_env``: the value of an environment variable.
- ``password_command``: the first line of what a command prints, run **without a shell** from an
  argv list, so ``;``, ``$(...)`` or ``|`` in it are passed to the program literally.
- ``keyring = true``: the system keyring (optional extra ``pip install keyring``), under service
  ``mailcoach`` and the account's *name* (store it with ``keyring set mailcoach <name>``).
- ``oauth2_token_command``: like ``password_command``, but the result is an OAuth2 access token for
  XOAUTH2. It is run at every connect, because access tokens expire.

A secret never reaches a log or an exception message: errors name the account, the source, the
variable or the program (argv[0]) and an exit status, never the value and never the command's output
(a failing password manager may well print the secret or a hint of it).
"""

from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass

from .config import Account
from .errors import SecretError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "mailcoach"


@dataclass(frozen=True, repr=False)
class Secret:
    """A password (LOGIN) or an OAuth2 access token (AUTHENTICATE XOAUTH2).

    `repr()` and `str()` never show the value, so a Secret that ends up in a log line or a
    traceback's locals stays secret.
    """

    kind: str  # "password" | "oauth2"
    value: str

    def __repr__(self) -> str:
        return f"Secret(kind={self.kind!r}, value=<hidden>)"

    __str__ = __repr__


def get_secret(account: Account) -> Secret:
    """The secret for `account`, from its configured source; raises SecretError."""
    where = f"account {account.name!r}"
    if account.password_env:
        return Secret("password", _from_env(account.password_env, where))
    if account.password_command:
        return Secret("password", _run(account.password_command, "password_command", where,
                                       account.timeout))
    if account.keyring:
        return Secret("password", _from_keyring(account, where))
    if account.oauth2_token_command:
        return Secret("oauth2", _run(account.oauth2_token_command, "oauth2_token_command", where,
                                     account.timeout))
    raise SecretError(f"{where}: no password source configured (password_env, password_command,"
                      " keyring or oauth2_token_command)")


def _from_env(var: str, where: str) -> str:
    value = os.environ.get(var)
    if value is None:
        raise SecretError(f"{where}: password_env: environment variable {var} is not set")
    if not value.strip():
        raise SecretError(f"{where}: password_env: environment variable {var} is empty")
    return value


def _run(argv: tuple[str, ...], key: str, where: str, timeout: float) -> str:
    """Run `argv` without a shell and return the first line of its stdout, stripped."""
    program = argv[0]
    log.debug("%s: running %s (%s)", where, key, program)
    try:
        proc = subprocess.run(
            list(argv), shell=False, stdin=subprocess.DEVNULL, capture_output=True,
            timeout=timeout, check=False,
        )
    except FileNotFoundError:
        raise SecretError(f"{where}: {key}: program not found: {program!r}") from None
    except PermissionError:
        raise SecretError(f"{where}: {key}: program not executable: {program!r}") from None
    except subprocess.TimeoutExpired:
        raise SecretError(
            f"{where}: {key}: {program!r} did not finish within {timeout:g} s"
        ) from None
    except OSError as exc:
        raise SecretError(f"{where}: {key}: cannot run {program!r}: {exc.strerror}") from None
    if proc.returncode != 0:
        # The output is deliberately left out: it may hold the secret or part of it.
        raise SecretError(f"{where}: {key}: {program!r} exited with status {proc.returncode}")
    try:
        text = proc.stdout.decode("utf-8")
    except UnicodeDecodeError:
        raise SecretError(f"{where}: {key}: {program!r} printed text that is not UTF-8") from None
    lines = text.splitlines()
    value = lines[0].strip() if lines else ""
    if not value:
        raise SecretError(f"{where}: {key}: {program!r} printed nothing on its first line")
    return value


def _from_keyring(account: Account, where: str) -> str:
    try:
        import keyring  # optional extra: only imported when an account asks for it
        import keyring.errors
    except ImportError:
        raise SecretError(
            f"{where}: keyring = true needs the keyring package: pip install keyring"
        ) from None
    try:
        value = keyring.get_password(KEYRING_SERVICE, account.name)
    except keyring.errors.KeyringError as exc:
        first_line = (str(exc).splitlines() or [""])[0]
        raise SecretError(f"{where}: keyring: {type(exc).__name__}: {first_line}") from None
    if not value:
        raise SecretError(
            f"{where}: keyring: no password stored for service {KEYRING_SERVICE!r},"
            f" user {account.name!r}; store one with: keyring set {KEYRING_SERVICE} {account.name}"
        )
    return value
