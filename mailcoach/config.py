"""Loading and validating the configuration file (TOML) into frozen dataclasses.

Everything is checked when the file is loaded: unknown keys are errors (they catch typos), and every
error names the file, the key and the bad value, e.g.::

    config.toml: account 'work': key 'security': must be one of tls, starttls, none, got 'ssl'

The shape is documented, with comments, in ``config.example.toml``.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .annotate import subject_tag_bytes
from .errors import ConfigError

SEVERITIES = ("low", "medium", "high")
SECURITY_MODES = ("tls", "starttls", "none")
REPLACE_MODES = ("auto", "always", "never")
ACCOUNT_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$")
KEYWORD_RE = re.compile(r"^[!#-'*+\-.0-9;<-Z^-z|~$]+$")  # RFC 3501 atom, no specials
_DURATION_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, None: 1.0}

DEFAULT_KEYWORD = "$MailCoachRisky"
DEFAULT_SUBJECT_TAG = "[MailCoach] "


@dataclass(frozen=True)
class RulesConfig:
    """`[rules]`: which rule files layer over the built-in rules, and how findings are judged."""

    files: tuple[Path, ...] = ()
    disable: tuple[str, ...] = ()
    threshold: str = "medium"
    internal_domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class StateConfig:
    """`[state]`: where the SQLite state (seen drafts, journal, history) lives."""

    path: Path = field(default_factory=lambda: default_state_path())


@dataclass(frozen=True)
class ServiceConfig:
    """`[service]`: how `mailcoach run` schedules the accounts."""

    workers: int = 4
    scan_timeout: float = 600.0
    jitter: float = 30.0
    max_backoff: float = 900.0


@dataclass(frozen=True)
class Account:
    """One `[[account]]`: a mailbox whose Drafts folder mailcoach watches."""

    name: str
    host: str
    username: str
    port: int = 993
    security: str = "tls"
    password_env: str | None = None
    password_command: tuple[str, ...] | None = None
    keyring: bool = False
    oauth2_token_command: tuple[str, ...] | None = None
    tls_ca_file: Path | None = None
    drafts_folder: str | None = None
    quiet_period: float = 600.0
    interval: float = 300.0
    idle: bool = False
    timeout: float = 60.0
    batch_bytes: int = 20_000_000
    replace: str = "auto"
    keywords: tuple[str, ...] = (DEFAULT_KEYWORD,)
    flag: bool = False
    subject_tag: str | None = None
    note: bool = False

    @property
    def secret_source(self) -> str:
        """Which of the secret sources is configured (for messages; never the secret itself)."""
        if self.password_env:
            return "password_env"
        if self.password_command:
            return "password_command"
        if self.keyring:
            return "keyring"
        if self.oauth2_token_command:
            return "oauth2_token_command"
        return "none"


@dataclass(frozen=True)
class Config:
    """The whole configuration; `source` is the file it came from (None for the defaults)."""

    rules: RulesConfig = field(default_factory=RulesConfig)
    state: StateConfig = field(default_factory=StateConfig)
    service: ServiceConfig = field(default_factory=ServiceConfig)
    accounts: tuple[Account, ...] = ()
    source: Path | None = None
    warnings: tuple[str, ...] = ()

    def account(self, name: str) -> Account:
        for acct in self.accounts:
            if acct.name == name:
                return acct
        known = ", ".join(a.name for a in self.accounts) or "none"
        raise ConfigError(f"{self._where()}: no account named {name!r} (configured: {known})")

    def _where(self) -> str:
        return str(self.source) if self.source else "config"


def default_state_path() -> Path:
    """$XDG_STATE_HOME/mailcoach/state.sqlite3 (XDG default ~/.local/state)."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "mailcoach" / "state.sqlite3"


def default_config_path() -> Path:
    """$MAILCOACH_CONFIG, else $XDG_CONFIG_HOME/mailcoach/config.toml."""
    env = os.environ.get("MAILCOACH_CONFIG")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "mailcoach" / "config.toml"


def default_config() -> Config:
    """The configuration used when no file exists: built-in rules only, no accounts."""
    return Config()


def load_config(path: str | os.PathLike[str] | None = None, *, required: bool = False) -> Config:
    """Read and validate a config file.

    With `path` None the default location is used; if no file is there and `required` is false,
    the defaults are returned (enough for `mailcoach check`).
    """
    explicit = path is not None
    cfg_path = Path(path) if explicit else default_config_path()
    if not cfg_path.exists():
        if explicit or required:
            raise ConfigError(f"{cfg_path}: config file not found (see config.example.toml)")
        return default_config()
    try:
        data = tomllib.loads(cfg_path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{cfg_path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{cfg_path}: TOML syntax error: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{cfg_path}: cannot read: {exc.strerror}") from None
    cfg = parse_config(data, cfg_path)
    warnings = list(cfg.warnings)
    if _others_can_read(cfg_path) and any(a.secret_source != "none" for a in cfg.accounts):
        warnings.append(
            f"{cfg_path}: readable by other users; it names how to get passwords — chmod 600 it"
        )
    return Config(
        rules=cfg.rules, state=cfg.state, service=cfg.service, accounts=cfg.accounts,
        source=cfg.source, warnings=tuple(warnings),
    )


def _others_can_read(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & (stat.S_IRGRP | stat.S_IROTH))


def parse_config(data: dict[str, Any], source: Path | None = None) -> Config:
    """Validate an already-parsed TOML document."""
    where = str(source) if source else "config"
    base = source.parent if source else Path.cwd()
    _only_keys(data, {"rules", "state", "service", "account"}, where, "")
    rules = _parse_rules(_table(data, "rules", where), where, base)
    state = _parse_state(_table(data, "state", where), where, base)
    service = _parse_service(_table(data, "service", where), where)
    raw_accounts = data.get("account", [])
    if not isinstance(raw_accounts, list):
        raise ConfigError(f"{where}: key 'account': must be an array of tables ([[account]])")
    accounts = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_accounts):
        if not isinstance(raw, dict):
            raise ConfigError(f"{where}: account #{i + 1}: must be a table ([[account]])")
        acct = _parse_account(raw, where, base, i)
        if acct.name in seen:
            raise ConfigError(f"{where}: account {acct.name!r}: key 'name': used by two accounts")
        seen.add(acct.name)
        accounts.append(acct)
    warnings = tuple(
        f"{where}: account {a.name!r}: security = \"none\" sends the password in clear text;"
        " use it only on a trusted network or loopback"
        for a in accounts
        if a.security == "none"
    )
    return Config(rules=rules, state=state, service=service, accounts=tuple(accounts),
                  source=source, warnings=warnings)


def parse_duration(value: Any, where: str, key: str) -> float:
    """Seconds from an int/float, or a string like "90s", "10m", "1h", "250ms"."""
    if isinstance(value, bool):
        raise ConfigError(f"{where}: key {key!r}: must be a duration like 300 or \"5m\", got {value!r}")
    if isinstance(value, (int, float)):
        seconds = float(value)
    elif isinstance(value, str) and (m := _DURATION_RE.match(value)):
        seconds = float(m.group(1)) * _UNITS[m.group(2)]
    else:
        raise ConfigError(f"{where}: key {key!r}: must be a duration like 300 or \"5m\", got {value!r}")
    if seconds < 0:
        raise ConfigError(f"{where}: key {key!r}: must not be negative, got {value!r}")
    return seconds


def _table(data: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: key {key!r}: must be a table ([{key}])")
    return value


def _only_keys(table: dict[str, Any], allowed: set[str], where: str, ctx: str) -> None:
    for key in table:
        if key not in allowed:
            hint = ", ".join(sorted(allowed))
            raise ConfigError(f"{where}: {ctx}unknown key {key!r} (known: {hint})")


def _str(table: dict[str, Any], key: str, where: str, default: str | None = None,
         *, required: bool = False) -> str | None:
    if key not in table:
        if required:
            raise ConfigError(f"{where}: key {key!r}: required")
        return default
    value = table[key]
    if not isinstance(value, str):
        raise ConfigError(f"{where}: key {key!r}: must be a string, got {value!r}")
    if required and not value.strip():
        raise ConfigError(f"{where}: key {key!r}: must not be empty")
    return value


def _bool(table: dict[str, Any], key: str, where: str, default: bool) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: key {key!r}: must be true or false, got {value!r}")
    return value


def _int(table: dict[str, Any], key: str, where: str, default: int, lo: int, hi: int) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ConfigError(f"{where}: key {key!r}: must be a whole number from {lo} to {hi}, got {value!r}")
    return value


def _choice(table: dict[str, Any], key: str, where: str, default: str, choices: tuple[str, ...]) -> str:
    value = table.get(key, default)
    if value not in choices:
        raise ConfigError(
            f"{where}: key {key!r}: must be one of {', '.join(choices)}, got {value!r}"
        )
    return value


def _str_list(table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: key {key!r}: must be a list of strings, got {value!r}")
    return tuple(value)


def _command(table: dict[str, Any], key: str, where: str) -> tuple[str, ...] | None:
    """A command run without a shell: a list of strings (a plain string is split on spaces)."""
    if key not in table:
        return None
    value = table[key]
    if isinstance(value, str):
        argv = tuple(value.split())
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        argv = tuple(value)
    else:
        raise ConfigError(f"{where}: key {key!r}: must be a list of strings (argv, no shell)")
    if not argv:
        raise ConfigError(f"{where}: key {key!r}: must not be empty")
    return argv


def _path(value: str, base: Path) -> Path:
    p = Path(os.path.expanduser(value))
    return p if p.is_absolute() else base / p


def _parse_rules(t: dict[str, Any], where: str, base: Path) -> RulesConfig:
    _only_keys(t, {"files", "disable", "threshold", "internal_domains"}, where, "[rules]: ")
    ctx = f"{where}: [rules]"
    domains = tuple(d.lower().lstrip("@") for d in _str_list(t, "internal_domains", ctx))
    return RulesConfig(
        files=tuple(_path(f, base) for f in _str_list(t, "files", ctx)),
        disable=_str_list(t, "disable", ctx),
        threshold=_choice(t, "threshold", ctx, "medium", SEVERITIES),
        internal_domains=domains,
    )


def _parse_state(t: dict[str, Any], where: str, base: Path) -> StateConfig:
    _only_keys(t, {"path"}, where, "[state]: ")
    value = _str(t, "path", f"{where}: [state]")
    return StateConfig(path=_path(value, base)) if value else StateConfig()


def _parse_service(t: dict[str, Any], where: str) -> ServiceConfig:
    _only_keys(t, {"workers", "scan_timeout", "jitter", "max_backoff"}, where, "[service]: ")
    ctx = f"{where}: [service]"
    return ServiceConfig(
        workers=_int(t, "workers", ctx, 4, 1, 256),
        scan_timeout=parse_duration(t.get("scan_timeout", 600), ctx, "scan_timeout"),
        jitter=parse_duration(t.get("jitter", 30), ctx, "jitter"),
        max_backoff=parse_duration(t.get("max_backoff", 900), ctx, "max_backoff"),
    )


_ACCOUNT_KEYS = {
    "name", "host", "port", "security", "username", "password_env", "password_command", "keyring",
    "oauth2_token_command", "tls_ca_file", "drafts_folder", "quiet_period", "interval", "idle",
    "timeout", "batch_bytes", "replace", "keywords", "flag", "subject_tag", "note",
}


def _parse_account(t: dict[str, Any], where: str, base: Path, index: int) -> Account:
    name = t.get("name")
    if not isinstance(name, str) or not ACCOUNT_NAME_RE.match(name):
        raise ConfigError(
            f"{where}: account #{index + 1}: key 'name': required, letters, digits and . _ @ + -"
            f" (at most 64), got {name!r}"
        )
    ctx = f"{where}: account {name!r}"
    if "password" in t:
        raise ConfigError(
            f"{ctx}: key 'password': passwords are not stored in the config;"
            " use password_env, password_command, keyring or oauth2_token_command"
        )
    _only_keys(t, _ACCOUNT_KEYS, ctx, "")
    security = _choice(t, "security", ctx, "tls", SECURITY_MODES)
    default_port = 993 if security == "tls" else 143
    sources = [k for k in ("password_env", "password_command", "keyring", "oauth2_token_command")
               if t.get(k) not in (None, False, "", [])]
    if len(sources) != 1:
        raise ConfigError(
            f"{ctx}: exactly one secret source is needed (password_env, password_command,"
            f" keyring or oauth2_token_command), got {', '.join(sources) or 'none'}"
        )
    keywords = _str_list(t, "keywords", ctx) if "keywords" in t else (DEFAULT_KEYWORD,)
    for kw in keywords:
        if not KEYWORD_RE.match(kw) or kw.startswith("\\"):
            raise ConfigError(f"{ctx}: key 'keywords': not a valid IMAP keyword: {kw!r}")
    tag = _str(t, "subject_tag", ctx)
    if tag is not None:
        try:
            subject_tag_bytes(tag)  # one rule for what a tag may be: the one annotate applies
        except ValueError:
            raise ConfigError(
                f"{ctx}: key 'subject_tag': must be 1 to 40 printable ASCII characters, got {tag!r}"
            ) from None
    ca = _str(t, "tls_ca_file", ctx)
    ca_path = _path(ca, base) if ca else None
    if ca_path is not None and not ca_path.is_file():
        raise ConfigError(f"{ctx}: key 'tls_ca_file': no such file: {ca_path}")
    interval = parse_duration(t.get("interval", 300), ctx, "interval")
    if interval < 1:
        raise ConfigError(f"{ctx}: key 'interval': must be at least 1 second, got {t['interval']!r}")
    timeout = parse_duration(t.get("timeout", 60), ctx, "timeout")
    if not 1 <= timeout <= 3600:
        raise ConfigError(f"{ctx}: key 'timeout': must be from 1 s to 1 h, got {t['timeout']!r}")
    return Account(
        name=name,
        host=_str(t, "host", ctx, required=True) or "",
        username=_str(t, "username", ctx, required=True) or "",
        port=_int(t, "port", ctx, default_port, 1, 65535),
        security=security,
        password_env=_str(t, "password_env", ctx) or None,
        password_command=_command(t, "password_command", ctx),
        keyring=_bool(t, "keyring", ctx, False),
        oauth2_token_command=_command(t, "oauth2_token_command", ctx),
        tls_ca_file=ca_path,
        drafts_folder=_str(t, "drafts_folder", ctx) or None,
        quiet_period=parse_duration(t.get("quiet_period", 600), ctx, "quiet_period"),
        interval=interval,
        idle=_bool(t, "idle", ctx, False),
        timeout=timeout,
        batch_bytes=_int(t, "batch_bytes", ctx, 20_000_000, 100_000, 1_000_000_000),
        replace=_choice(t, "replace", ctx, "auto", REPLACE_MODES),
        keywords=keywords,
        flag=_bool(t, "flag", ctx, False),
        subject_tag=tag,
        note=_bool(t, "note", ctx, False),
    )
