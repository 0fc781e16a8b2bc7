"""`mailcoach status`: per account, the last poll, the last error and the drafts annotated.

Read-only: the state file (and each shard's, see `mailcoach run --shard`) is opened read-only and
without its lock, so this works while the service runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path

from ..daemon import HISTORY_DAYS, state_files
from ..state import AccountHistory, State, account_history
from .common import add_config_option, load

DESCRIPTION = f"""\
For each configured account, from the scan history in the state file: when it was last polled,
whether that worked, the last error (class and one line), and how many drafts were annotated
(marked risky) over the history kept — the service keeps about {HISTORY_DAYS} days. Nothing is
sent to any server and nothing is written."""

EPILOG = """\
exit status: 0 every account's last scan worked (or none was scanned yet); 2 an account's last
scan failed, or the config or state file cannot be read — handy for monitoring.

examples:
  mailcoach status
  mailcoach status --format json | jq '.accounts[] | select(.failing)'"""


def add_parser(sub, *, name, help, parents) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=DESCRIPTION, epilog=EPILOG, parents=parents,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_config_option(p)
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text for people (default) or one JSON object")
    return p


def read_history(path: Path) -> tuple[list[Path], dict[str, AccountHistory]]:
    """The state files read and the newest history per account across them (shards have
    disjoint accounts; after a change of N an account's newest entry wins)."""
    files = state_files(path)
    merged: dict[str, AccountHistory] = {}
    for f in files:
        with State.open(f, readonly=True) as state:
            for h in account_history(state):
                old = merged.get(h.account)
                if old is None or (h.last_scan or 0) > (old.last_scan or 0):
                    merged[h.account] = h
    return files, merged


def run(args: argparse.Namespace) -> int:
    cfg = load(args, required=True)
    files, history = read_history(cfg.state.path)
    names = [a.name for a in cfg.accounts] + sorted(set(history) - {a.name for a in cfg.accounts})
    configured = {a.name for a in cfg.accounts}
    rows = [status_json(n, history.get(n), n in configured) for n in names]
    if args.format == "json":
        print(json.dumps({"state_files": [str(f) for f in files], "accounts": rows},
                         ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(status_text(rows, files, cfg.state.path))
    return 2 if any(r["failing"] for r in rows) else 0


def _iso(t: float | None) -> str | None:
    return datetime.fromtimestamp(t).astimezone().isoformat(timespec="seconds") if t else None


def status_json(name: str, h: AccountHistory | None, configured: bool) -> dict:
    """One account's entry (stable keys; counts, times and one-line errors only)."""
    err = h.last_error if h else None
    return {
        "account": name,
        "configured": configured,
        "scans": h.scans if h else 0,
        "last_poll": _iso(h.last_scan) if h else None,
        "last_ok": _iso(h.last_ok) if h else None,
        "failing": bool(h and h.failing),
        "last_error": ({"time": _iso(err.finished), "class": err.error_class,
                        "message": err.error_message} if err else None),
        "annotated": h.annotated if h else 0,
        "history_since": _iso(h.first_scan) if h else None,
    }


def _ago(iso: str | None) -> str:
    if iso is None:
        return "never"
    t = datetime.fromisoformat(iso)
    secs = max(0, int(time.time() - t.timestamp()))
    if secs < 120:
        ago = f"{secs} s ago"
    elif secs < 7200:
        ago = f"{secs // 60} min ago"
    elif secs < 172800:
        ago = f"{secs // 3600} h ago"
    else:
        ago = f"{secs // 86400} days ago"
    return f"{t.strftime('%Y-%m-%d %H:%M:%S')} ({ago})"


def status_text(rows: list[dict], files: list[Path], path: Path) -> str:
    if not files:
        return (f"no scans recorded yet: {path} does not exist"
                " (it is created by the first `mailcoach scan` or `mailcoach run`)\n")
    lines = []
    for r in rows:
        head = r["account"] + ("" if r["configured"] else " (no longer in the config)")
        if not r["scans"]:
            lines.append(f"{head}: never polled")
            continue
        state = "FAILING" if r["failing"] else "ok"
        lines.append(f"{head}: {state}; last poll {_ago(r['last_poll'])};"
                     f" {r['annotated']} draft{'' if r['annotated'] == 1 else 's'} annotated"
                     f" since {r['history_since'][:10]}")
        err = r["last_error"]
        if err:
            when = "" if r["failing"] else " (since resolved)"
            lines.append(f"  last error {_ago(err['time'])}{when}: {err['class']}: {err['message']}")
    lines.append(f"state: {', '.join(str(f) for f in files)}")
    return "\n".join(lines) + "\n"
