"""`mailcoach rules list | validate`: the rules in force, and checking rules files before use."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import UsageError
from ..rules import BUILTIN_NAME, Rule, RuleSet, load_ruleset
from .common import add_config_option, load

DESCRIPTION = """\
list      every rule in force with the config's [rules] files and disable list: id, severity,
          labels, how many phrases and patterns it has, whether the tone model backs it up
          ("tone": model or -), and where it came from (the built-in
          rules, and each file that added or changed it).
validate  check rules files as mailcoach would load them: layered over the built-in rules in the
          order given (a team file first, then your own), every key and pattern checked."""

EPILOG = """\
exit status: 0 valid; 2 an error (the one line names the file, the rule and the key).

examples:
  mailcoach rules list
  mailcoach rules list --format json | jq '.rules[].id'
  mailcoach rules validate team-rules.toml my-rules.toml"""


def add_parser(sub, *, name, help, parents) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=DESCRIPTION, epilog=EPILOG, parents=parents,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = p.add_subparsers(dest="rules_command", metavar="ACTION")
    lst = actions.add_parser("list", help="the rules in force and where each came from",
                             parents=parents, description=DESCRIPTION, epilog=EPILOG,
                             formatter_class=argparse.RawDescriptionHelpFormatter)
    add_config_option(lst)
    lst.add_argument("--format", choices=("text", "json"), default="text",
                     help="text for people (default) or one JSON object")
    val = actions.add_parser("validate", help="check rules files (layered in the order given)",
                             parents=parents, description=DESCRIPTION, epilog=EPILOG,
                             formatter_class=argparse.RawDescriptionHelpFormatter)
    val.add_argument("files", nargs="+", metavar="FILE", help="a rules file (TOML)")
    return p


def run(args: argparse.Namespace) -> int:
    if args.rules_command == "list":
        return _list(args)
    if args.rules_command == "validate":
        return _validate(args)
    raise UsageError("rules: say what to do: mailcoach rules list | validate FILE...")


def _list(args: argparse.Namespace) -> int:
    cfg = load(args)
    ruleset = load_ruleset(cfg.rules.files, disable=cfg.rules.disable)
    if args.format == "json":
        print(json.dumps(ruleset_json(ruleset, cfg.rules.files, cfg.rules.threshold),
                         ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(ruleset_text(ruleset, cfg.rules.files, cfg.rules.threshold))
    return 0


def _validate(args: argparse.Namespace) -> int:
    files = [Path(f) for f in args.files]
    ruleset = load_ruleset(files)   # RulesError -> "mailcoach: error: <file>: rule ...: key ..."
    added = [r.id for r in ruleset.rules if BUILTIN_NAME not in r.source]
    changed = [r.id for r in ruleset.rules if BUILTIN_NAME in r.source and len(r.source) > 1]
    parts = [f"{len(ruleset.rules)} rules in force"]
    if added:
        parts.append(f"added: {', '.join(added)}")
    if changed:
        parts.append(f"changed: {', '.join(changed)}")
    if ruleset.disabled:
        parts.append(f"disabled: {', '.join(ruleset.disabled)}")
    print(f"ok: {', '.join(str(f) for f in files)}: " + "; ".join(parts))
    return 0


def _cues(rule: Rule) -> tuple[int, int]:
    """(phrases, patterns) a rule matches on: strong, weak, and paired target/charge cues."""
    if rule.kind == "ramble":
        return len(rule.offtopic_phrases) + len(rule.topic_phrases), 0
    phrases = (len(rule.phrases) + len(rule.weak_phrases) + len(rule.target_phrases)
               + len(rule.charge_phrases))
    patterns = (len(rule.patterns) + len(rule.weak_patterns) + len(rule.target_patterns)
                + len(rule.charge_patterns))
    return phrases, patterns


def _origin(source: tuple[str, ...]) -> list[str]:
    return ["built-in" if s == BUILTIN_NAME else s for s in source]


def ruleset_json(ruleset: RuleSet, files, threshold: str) -> dict:
    """The JSON document of `rules list` (stable keys)."""
    return {
        "threshold": threshold,
        "files": [str(f) for f in files],
        "disabled": list(ruleset.disabled),
        "rules": [
            {"id": r.id, "severity": r.severity, "external_severity": r.external_severity,
             "kind": r.kind, "label_zh": r.label_zh, "label_en": r.label_en,
             "phrases": _cues(r)[0], "patterns": _cues(r)[1],
             "softeners": len(r.softeners) + len(r.softener_patterns),
             "model": r.model,
             "source": _origin(r.source)}
            for r in ruleset.rules
        ],
    }


def ruleset_text(ruleset: RuleSet, files, threshold: str) -> str:
    """A table for people: one line per rule, then the files and what is disabled."""
    rows = [("id", "severity", "label", "phrases", "patterns", "tone", "from")]
    for r in ruleset.rules:
        sev = r.severity + (f" ({r.external_severity} if external)" if r.external_severity else "")
        phrases, patterns = _cues(r)
        rows.append((r.id, sev, r.label, str(phrases), str(patterns), "model" if r.model else "-",
                     " + ".join(_origin(r.source))))
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        cells = [cell + " " * (w - _width(cell)) for cell, w in zip(row, widths)]
        lines.append("  ".join(cells + [row[-1]]).rstrip())
    lines.append("")
    lines.append(f"threshold: {threshold} (findings below it are hints and never mark a draft)")
    lines.append("files: " + (", ".join(str(f) for f in files) if files else "none (built-in rules only)"))
    if ruleset.disabled:
        lines.append(f"disabled: {', '.join(ruleset.disabled)}")
    return "\n".join(lines) + "\n"


def _width(text: str) -> int:
    """Columns on a terminal: CJK characters take two."""
    return sum(2 if "\u2e80" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef" else 1 for ch in text)
