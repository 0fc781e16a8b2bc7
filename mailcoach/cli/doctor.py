"""`mailcoach doctor`: check the config, the rules, the state file and each account end to end.

Every problem is one line with a one-line fix. Nothing is changed on the server: the Drafts
folder is selected and left again (UNSELECT or LOGOUT, never CLOSE), nothing is fetched.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from .. import imap
from ..config import Account, Config
from ..daemon import state_files
from ..errors import (AuthError, ConnectError, FolderError, MailcoachError, RulesError,
                      SecretError, StateError)
from ..rules import load_ruleset
from ..secrets import get_secret
from ..state import State
from .common import add_config_option, load

DESCRIPTION = """\
Checks, in order: the config file (and that only you can read it), the rules files, the state
file (where, permissions, whether a service holds it), then for each account: the password or
token source, the connection (TLS or not), the login, the capabilities that matter to mailcoach
(UIDPLUS, CONDSTORE, SPECIAL-USE, IDLE, MOVE, REPLACE, ID), the Drafts folder, and whether the
server keeps mailcoach's keyword (PERMANENTFLAGS). Each problem is printed with a fix.
Nothing is changed on the server or in the state file."""

EPILOG = """\
exit status: 0 everything works (warnings are things to know, not to fix); 2 at least one problem.

examples:
  mailcoach doctor
  mailcoach doctor --account work --config ~/.config/mailcoach/config.toml"""

# Capabilities worth knowing about, and what their absence means for mailcoach.
CAPABILITIES = (
    ("UIDPLUS", "without it a replaced draft's original stays flagged \\Deleted until your mail"
                " client compacts (Expunge) the folder"),
    ("CONDSTORE", "without it a draft changed in the same second as mailcoach replaces it is"
                  " noticed by flags only"),
    ("SPECIAL-USE", "without it the Drafts folder is found by its name"),
    ("IDLE", "without it `idle = true` falls back to polling every interval"),
    ("MOVE", None),
    ("REPLACE", None),
    ("ID", None),
)

MARK = {"ok": "ok  ", "warn": "warn", "fail": "FAIL", "info": "    "}


@dataclass(frozen=True)
class Finding:
    """One line of the doctor's report; `fix` is set for every problem."""

    level: str           # ok | warn | fail | info
    what: str
    fix: str | None = None


def add_parser(sub, *, name, help, parents) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=DESCRIPTION, epilog=EPILOG, parents=parents,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_config_option(p)
    p.add_argument("--account", metavar="NAME", action="append", default=[],
                   help="only this account (repeatable; default: every account)")
    return p


def run(args: argparse.Namespace) -> int:
    cfg = load(args, required=True)
    accounts = [cfg.account(n) for n in dict.fromkeys(args.account)] or list(cfg.accounts)
    out = sys.stdout
    problems = 0
    sections = [("config", check_config(cfg)), ("rules", check_rules(cfg))]
    # With `run --shard`, each shard has a state file of its own next to [state] path.
    sections += [("state", check_state(p)) for p in state_files(cfg.state.path) or [cfg.state.path]]
    sections += [(f"account {a.name} ({a.host}:{a.port})", check_account(a)) for a in accounts]
    for title, findings in sections:
        print(title, file=out)
        for f in findings:
            print(f"  {MARK[f.level]}  {f.what}", file=out)
            if f.fix:
                print(f"        fix: {f.fix}", file=out)
            problems += f.level == "fail"
        out.flush()
    if problems:
        print(f"{problems} problem{'s' if problems > 1 else ''} found.", file=out)
        return 2
    print("everything works.", file=out)
    return 0


# --------------------------------------------------------------------------- config, rules, state


def check_config(cfg: Config) -> list[Finding]:
    out = [Finding("ok", f"{cfg.source}: {len(cfg.accounts)} account"
                         f"{'' if len(cfg.accounts) == 1 else 's'}")]
    if not cfg.accounts:
        out.append(Finding("fail", "no [[account]] configured",
                           "add an [[account]] table (see config.example.toml)"))
    for warning in cfg.warnings:
        if "readable by other users" in warning:
            out.append(Finding("fail", warning, f"chmod 600 {cfg.source}"))
        elif 'security = "none"' not in warning:   # that one is judged per account, below
            out.append(Finding("warn", warning))
    return out


def check_rules(cfg: Config) -> list[Finding]:
    try:
        ruleset = load_ruleset(cfg.rules.files, disable=cfg.rules.disable)
    except RulesError as exc:
        files = " ".join(str(f) for f in cfg.rules.files)
        return [Finding("fail", f"the rules do not load: {exc}",
                        f"correct the file, rule and key named; check with: mailcoach rules"
                        f" validate {files}".rstrip())]
    files = ", ".join(str(f) for f in cfg.rules.files) or "built-in only"
    disabled = f"; disabled: {', '.join(ruleset.disabled)}" if ruleset.disabled else ""
    return [Finding("ok", f"{len(ruleset.rules)} rules in force ({files}){disabled};"
                          f" threshold {cfg.rules.threshold}")]


def check_state(path: Path) -> list[Finding]:
    """Where the state file is, whether it is private, readable, and held by a running service."""
    out: list[Finding] = []
    if not path.exists():
        parent = next((p for p in [path.parent, *path.parent.parents] if p.exists()), None)
        if parent is None or not os.access(parent, os.W_OK | os.X_OK):
            return [Finding("fail", f"{path}: does not exist and {parent} is not writable",
                            f"create {path.parent} for this user, or set [state] path")]
        return [Finding("ok", f"{path}: not created yet (the first scan creates it, mode 0600)")]
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        out.append(Finding("fail", f"{path}: mode {mode:04o}, readable by others",
                           f"chmod 600 {path}"))
    if not os.access(path, os.R_OK | os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        out.append(Finding("fail", f"{path}: not writable by this user",
                           "run mailcoach as the file's owner, or chown it to this user"))
    try:
        with State.open(path, readonly=True):
            pass
    except StateError as exc:
        out.append(Finding("fail", str(exc), f"move {path} aside; mailcoach starts a new one"))
        return out
    holder = _lock_holder(path)
    if holder:
        out.append(Finding("info", f"in use by a running mailcoach (pid {holder}); `mailcoach scan`"
                                   " and a second `run` are refused until it stops"))
    if not any(f.level == "fail" for f in out):
        out.insert(0, Finding("ok", f"{path}: mode {mode:04o}, {path.stat().st_size // 1024} KiB"))
    return out


def _lock_holder(path: Path) -> str | None:
    """The pid a running mailcoach wrote into the state's lock file, if that process exists.

    (Taking the lock to find out would make doctor a writer of the state file.)
    """
    try:
        pid = path.with_name(path.name + ".lock").read_text().strip()
    except OSError:
        return None
    if not pid.isdigit():
        return None
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass   # exists, owned by another user
    return pid


# --------------------------------------------------------------------------- one account


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _secret_fix(account: Account) -> str:
    if account.password_env:
        return (f"set {account.password_env} in mailcoach's environment (systemd:"
                " EnvironmentFile= in the unit, see deploy/README.md)")
    if account.password_command:
        # argv[0] only, as in secrets.py: the rest of a command line may carry a secret.
        return (f"run the password_command ({account.password_command[0]} …) yourself: it must"
                " exit 0 and print the password on its first line")
    if account.keyring:
        return f"store it: keyring set mailcoach {account.name}"
    if account.oauth2_token_command:
        return (f"run the oauth2_token_command ({account.oauth2_token_command[0]} …) yourself: it"
                " must exit 0 and print a fresh access token on its first line")
    return "configure password_env, password_command, keyring or oauth2_token_command"


def _source_text(account: Account) -> str:
    if account.password_env:
        return f"password from the environment variable {account.password_env}"
    if account.password_command:
        return f"password from password_command ({account.password_command[0]})"
    if account.keyring:
        return "password from the system keyring"
    return f"OAuth2 token (XOAUTH2) from oauth2_token_command ({account.oauth2_token_command[0]})"


def check_account(account: Account) -> list[Finding]:
    """Secret, connection, login, capabilities, Drafts folder, keywords: stops at the first failure
    that makes the next steps meaningless."""
    out: list[Finding] = []
    if account.security == "none":
        if _loopback(account.host):
            out.append(Finding("warn", "security = \"none\": plain text (acceptable on loopback only)"))
        else:
            out.append(Finding("fail", f"security = \"none\": the password crosses the network to"
                                       f" {account.host} in plain text",
                               "set security = \"tls\" (port 993) or \"starttls\" (port 143)"))
    try:
        secret = get_secret(account)
    except SecretError as exc:
        out.append(Finding("fail", f"login: {exc}", _secret_fix(account)))
        return out
    out.append(Finding("ok", f"login method: {_source_text(account)}"))
    try:
        session = imap.connect(account, secret)
    except AuthError as exc:
        out.append(Finding("fail", str(exc),
                           "check username and the password it gets; Gmail, Outlook, QQ and 163 want"
                           " an app password / authorization code (or oauth2_token_command)"))
        return out
    except ConnectError as exc:
        fix = ("set tls_ca_file to the CA that signed the server's certificate" if "certificate"
               in str(exc) else "check host, port and security (tls: 993, starttls/none: 143), and"
               " that this machine may reach the server")
        out.append(Finding("fail", str(exc), fix))
        return out
    except MailcoachError as exc:
        out.append(Finding("fail", str(exc), "check the account's settings in the config"))
        return out
    try:
        out += _session_checks(account, session)
    finally:
        session.logout()
    return out


def _session_checks(account: Account, session: imap.ImapSession) -> list[Finding]:
    out: list[Finding] = []
    tls = {"tls": "TLS (implicit), certificate and host name verified",
           "starttls": "STARTTLS, certificate and host name verified",
           "none": "no TLS"}[account.security]
    server = session.server_id.get("name") or (session.greeting[:60] or "unknown server")
    out.append(Finding("ok", f"connected and logged in as {account.username}: {tls}; server: {server}"))
    caps = session.capabilities
    have = [c for c, _ in CAPABILITIES if c in caps]
    missing = [c for c, _ in CAPABILITIES if c not in caps]
    out.append(Finding("ok", f"capabilities: {' '.join(have) or 'none of interest'}"
                             + (f"; not offered: {' '.join(missing)}" if missing else "")))
    for cap, meaning in CAPABILITIES:
        if cap not in caps and meaning and (cap != "IDLE" or account.idle):
            out.append(Finding("warn", f"no {cap}: {meaning}"))
    if session.looks_like_exchange and account.replace == "auto":
        out.append(Finding("warn", "Microsoft Exchange: risky drafts get flags only, not the"
                                   " warning headers (replace = \"always\" to annotate anyway)"))
    try:
        folder = session.open_drafts()
    except FolderError as exc:
        fix = ("set drafts_folder to a folder that exists, or remove it to use the folder the"
               " server marks \\Drafts" if account.drafts_folder else
               "set drafts_folder = \"<name>\" for this account (one of the folders listed)")
        out.append(Finding("fail", str(exc), fix))
        return out
    except MailcoachError as exc:
        out.append(Finding("fail", str(exc), "check the account's drafts_folder and the server"))
        return out
    try:
        how = "configured" if account.drafts_folder else "found"
        out.append(Finding("ok", f"Drafts folder: {folder.name!r} ({how}), opens read-write,"
                                 f" UIDVALIDITY {folder.uidvalidity}"))
        perm = folder.permanentflags
        kept = [k for k in account.keywords if "\\*" in perm or k in perm]
        lost = [k for k in account.keywords if k not in kept]
        if lost:
            cue = "\\Flagged is set too" if account.flag else "set flag = true for a visible cue"
            out.append(Finding("warn", f"the server does not keep the keyword(s) {', '.join(lost)}"
                                       f" (PERMANENTFLAGS {' '.join(sorted(perm)) or 'empty'}); {cue}"))
        elif account.keywords:
            out.append(Finding("ok", f"keywords kept by the server: {', '.join(kept)}"))
    finally:
        folder.close()
    return out

