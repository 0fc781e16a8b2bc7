"""`mailcoach report`: risky drafts per rule, per account, per ISO week — counts only."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import datetime

from ..daemon import state_files
from ..errors import UsageError
from ..state import State
from .common import add_config_option, load

DESCRIPTION = """\
How often each rule marked a draft, per account and per ISO week (local time), from the history
in the state file (and each shard's). A draft that breaks two rules counts once for each. Counts
only: the state never holds draft text, addresses or subjects, so neither does this report.
Read-only; works while the service runs."""

EPILOG = """\
exit status: 0; 2 when the config or the state file cannot be read, or --since is not a date.

examples:
  mailcoach report
  mailcoach report --since 2025-01-01 --format json | jq .by_rule"""

HEADER = ("week", "account", "rule", "severity", "drafts")


def add_parser(sub, *, name, help, parents) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=DESCRIPTION, epilog=EPILOG, parents=parents,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_config_option(p)
    p.add_argument("--since", metavar="YYYY-MM-DD",
                   help="only drafts found on or after this day (local time; default: all history)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text for people (default) or one JSON object")
    return p


def parse_since(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d").timestamp()   # local midnight
    except ValueError:
        raise UsageError(f"--since: expected a date like 2025-01-31, got {text!r}") from None


def iso_week(t: float) -> str:
    year, week, _ = datetime.fromtimestamp(t).isocalendar()
    return f"{year}-W{week:02d}"


def run(args: argparse.Namespace) -> int:
    since = parse_since(args.since)
    cfg = load(args, required=True)
    files = state_files(cfg.state.path)
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for f in files:
        with State.open(f, readonly=True) as state:
            for account, t, rule, severity, n in state.finding_counts(since=since):
                counts[(iso_week(t), account, rule, severity)] += n
    doc = report_json(counts, args.since, [str(f) for f in files])
    if args.format == "json":
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(report_text(doc))
    return 0


def report_json(counts: Counter, since: str | None, files: list[str]) -> dict:
    """The JSON document (stable keys): rows sorted by week, account, rule."""
    rows = [{"week": w, "account": a, "rule": r, "severity": s, "drafts": n}
            for (w, a, r, s), n in sorted(counts.items())]
    by = {key: Counter() for key in ("rule", "account", "week")}
    for row in rows:
        for key, c in by.items():
            c[row[key]] += row["drafts"]
    return {
        "since": since,
        "state_files": files,
        "rows": rows,
        "by_rule": dict(sorted(by["rule"].items())),
        "by_account": dict(sorted(by["account"].items())),
        "by_week": dict(sorted(by["week"].items())),
        "total": sum(row["drafts"] for row in rows),
    }


def report_text(doc: dict) -> str:
    scope = f"since {doc['since']}" if doc["since"] else "in the whole history"
    if not doc["rows"]:
        where = ", ".join(doc["state_files"]) or "no state file yet"
        return f"no risky drafts recorded {scope} ({where})\n"
    table = [HEADER] + [tuple(str(row[k]) for k in HEADER) for row in doc["rows"]]
    widths = [max(len(r[i]) for r in table) for i in range(len(HEADER))]
    lines = [f"risky drafts {scope}, per ISO week, account and rule (counts only)", ""]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in table]
    lines.append("")
    for key in ("rule", "account"):
        items = ", ".join(f"{k} {v}" for k, v in doc[f"by_{key}"].items())
        lines.append(f"by {key}: {items}")
    lines.append(f"total: {doc['total']}")
    return "\n".join(lines) + "\n"
