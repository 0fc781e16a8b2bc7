"""`mailcoach scan`: one pass over each account's Drafts folder — judge, mark the risky drafts."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import TextIO

from ..config import Account, Config
from ..errors import ConfigError, MailcoachError
from ..rules import load_ruleset
from ..scan import ScanSummary, scan_account
from ..state import State
from .common import Progress, add_config_option, load

DESCRIPTION = """\
One pass over the Drafts folder of each configured account (or of each --account): drafts that
have been quiet for the account's quiet_period are judged, and each risky one is replaced by a
copy that carries the X-MailCoach-Warning / -Rules / -Checked headers and the $MailCoachRisky
keyword (or only flagged, where the server cannot take a copy: see replace = in the config).
Drafts that are fine, and anything mailcoach cannot read, are left exactly as they are.

--dry-run determines everything and changes nothing: not the mailbox, not the state file."""

EPILOG = """\
exit status: 0 nothing risky, 1 risky drafts in a Drafts folder, 2 an error (config, rules,
state file, or an account's server; the other accounts are still scanned).

examples:
  mailcoach scan --dry-run                  what a scan would do, changing nothing
  mailcoach scan --account work             one account
  mailcoach scan --format json | jq .risky  one JSON object per account and line
  mailcoach strip --account work            undo everything mailcoach added"""


def add_parser(sub, *, name, help, parents, description=DESCRIPTION, epilog=EPILOG
               ) -> argparse.ArgumentParser:
    """The parser of `scan`, and (with its own texts) of `strip`: the same options."""
    p = sub.add_parser(name, help=help, description=description, epilog=epilog, parents=parents,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_account_options(p)
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text for people (default); json: one JSON object per account per line")
    return p


def add_account_options(p: argparse.ArgumentParser) -> None:
    """--config, --account (repeatable) and --dry-run, shared with `strip`."""
    add_config_option(p)
    p.add_argument("--account", metavar="NAME", action="append", default=[],
                   help="only this account (repeatable; default: every account)")
    p.add_argument("--dry-run", action="store_true",
                   help="determine everything, change nothing (mailbox and state file)")


def run(args: argparse.Namespace) -> int:
    return run_accounts(args, strip=False)


def selected_accounts(cfg: Config, names: list[str]) -> list[Account]:
    """The accounts named on the command line (in that order), else all of them."""
    if not cfg.accounts:
        where = cfg.source or "the configuration"
        raise ConfigError(f"{where}: no [[account]] configured (see config.example.toml)")
    if not names:
        return list(cfg.accounts)
    return [cfg.account(n) for n in dict.fromkeys(names)]


def run_accounts(args: argparse.Namespace, *, strip: bool) -> int:
    """Scan (or strip) each selected account; one account's error does not stop the others."""
    cfg = load(args, required=True)
    accounts = selected_accounts(cfg, args.account)
    ruleset = load_ruleset(cfg.rules.files, disable=cfg.rules.disable)
    fmt = getattr(args, "format", "text")
    out = sys.stdout
    failed = risky = False
    with State.open(cfg.state.path, readonly=args.dry_run) as state:
        for account in accounts:
            bar = _Bar(f"{account.name}: {'stripping' if strip else 'scanning'}")
            try:
                summary = scan_account(account, cfg, state, ruleset, dry_run=args.dry_run,
                                       strip=strip, progress=bar)
            except MailcoachError as exc:
                failed = True
                bar.close()
                _print_error(out, fmt, account, exc)
                continue
            bar.close()
            risky = risky or summary.risky > 0
            if fmt == "json":
                print(json.dumps(summary_json(summary, strip), ensure_ascii=False), file=out)
            else:
                out.write(summary_text(summary, strip))
            out.flush()
    if failed:
        return 2
    return 1 if risky and not strip else 0


class _Bar:
    """Adapts scan's progress(done, total) to cli.common.Progress (shown on a terminal only)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar: Progress | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = Progress(self.label, total)
        self.bar.advance(done - self.bar.done)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _print_error(out: TextIO, fmt: str, account: Account, exc: MailcoachError) -> None:
    if fmt == "json":
        print(json.dumps({"account": account.name, "error": type(exc).__name__,
                          "message": str(exc)}, ensure_ascii=False), file=out)
    named = f"account {account.name!r}" in str(exc)  # most errors already say which account
    print(f"mailcoach: error: {exc}" if named else f"mailcoach: error: {account.name}: {exc}",
          file=sys.stderr)


def summary_json(s: ScanSummary, strip: bool = False) -> dict:
    """The JSON object of one account (stable keys): counts, UIDs, and the subjects of the drafts
    found risky in this pass (the user's own report; logs never carry them)."""
    data = asdict(s)
    data["skipped"] = [{"uid": uid, "reason": reason} for uid, reason in s.skipped]
    data["left_deleted"] = list(s.left_deleted)
    data["notes"] = list(s.notes)
    data["findings"] = [{"rule": r, "severity": sev, "drafts": n} for r, sev, n in s.findings]
    data["risky_drafts"] = [{"uid": uid, "subject": subject,
                             "rules": [{"rule": r, "severity": sev} for r, sev in pairs]}
                            for uid, subject, pairs in s.risky_drafts]
    data["command"] = "strip" if strip else "scan"
    return data


def summary_text(s: ScanSummary, strip: bool = False) -> str:
    """A few lines for people: one summary line, then skipped drafts and notes."""
    would = "would be " if s.dry_run else ""
    head = f"{s.account} ({s.folder})" + (" [dry run]" if s.dry_run else "")
    if strip:
        parts = [f"{s.seen} drafts", f"{s.stripped} {would}restored"]
    elif s.unchanged:
        parts = [f"unchanged since the last scan: {s.seen} drafts", f"{s.risky} risky"]
    else:
        parts = [f"{s.seen} drafts", f"{s.analysed} analysed", f"{s.risky} risky",
                 f"{s.annotated} {would}annotated"]
        if s.flagged:
            parts.append(f"{s.flagged} {would}flagged")
        if s.waiting:
            parts.append(f"{s.waiting} waiting for their quiet period")
    if s.skipped:
        parts.append(f"{len(s.skipped)} skipped")
    if s.repaired:
        parts.append(f"{s.repaired} interrupted operation(s) repaired")
    if s.rolled_back:
        parts.append(f"{s.rolled_back} left alone (changed by your mail client meanwhile)")
    if s.stale_removed:
        parts.append(f"{s.stale_removed} outdated annotated cop{'y' if s.stale_removed == 1 else 'ies'}"
                     f" {would}removed")
    if s.stopped:
        parts.append("stopped early")
    lines = [f"{head}: " + ", ".join(parts)]
    lines += [f"  risky UID {uid}  {subject or '(no subject)'}  — "
              + ", ".join(f"{rule} ({sev})" for rule, sev in pairs)
              for uid, subject, pairs in s.risky_drafts]
    lines += [f"  skipped UID {uid}: {reason}" for uid, reason in s.skipped]
    lines += [f"  note: {note}" for note in s.notes]
    return "\n".join(lines) + "\n"

