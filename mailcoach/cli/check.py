"""`mailcoach check`: judge .eml files offline — no server, no state, nothing written."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from ..analysis import analyse
from ..draft import read_draft
from ..errors import DraftError, UsageError
from ..rules import load_ruleset
from .common import Progress, add_config_option, load

DESCRIPTION = """\
Read each draft the way a mentor would and print what it would regret sending: the rule it
breaks, the words that break it, and what to do instead. PATH is an .eml file, a directory
(searched recursively for *.eml) or - for standard input. Nothing is written anywhere."""

EPILOG = """\
exit status: 0 nothing risky, 1 a draft is risky, 2 usage, config, rules or an unreadable input.
A finding makes a draft risky when its severity reaches the threshold ([rules] threshold,
default medium); "low" findings are printed as hints.

examples:
  mailcoach check draft.eml
  mailcoach check ~/Maildir/Drafts/cur --format json | jq 'select(.risky)'
  mailcoach check --rules team-rules.toml --rules my-rules.toml drafts/"""


def add_parser(sub, *, name, help, parents) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=DESCRIPTION, epilog=EPILOG, parents=parents,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_config_option(p)
    p.add_argument("--rules", metavar="FILE", action="append", default=[],
                   help="a rules file layered after the config's [rules] files (repeatable)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text for people (default); json: one JSON object per message per line")
    p.add_argument("--threshold", choices=("low", "medium", "high"),
                   help="lowest severity that makes a draft risky (default: the config's, medium)")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".eml file, directory, or -")
    return p


def iter_inputs(paths: list[str]) -> Iterator[tuple[str, bytes | None, str | None]]:
    """Yield (source, raw bytes, error) for each input message, in command-line order."""
    for arg in paths:
        if arg == "-":
            yield "-", sys.stdin.buffer.read(), None
            continue
        path = Path(arg)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.eml") if p.is_file())
            if not files:
                yield arg, None, "no *.eml files in this directory"
            for f in files:
                yield from _read_file(f)
        else:
            yield from _read_file(path)


def _read_file(path: Path) -> Iterator[tuple[str, bytes | None, str | None]]:
    try:
        yield str(path), path.read_bytes(), None
    except FileNotFoundError:
        yield str(path), None, "no such file"
    except OSError as exc:
        yield str(path), None, f"cannot read: {exc.strerror}"


def run(args: argparse.Namespace) -> int:
    cfg = load(args)
    if "-" in args.paths and args.paths.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    ruleset = load_ruleset(list(cfg.rules.files) + list(args.rules), disable=cfg.rules.disable)
    threshold = args.threshold or cfg.rules.threshold
    out = sys.stdout
    inputs = list(iter_inputs(args.paths))
    progress = Progress("checking", len(inputs)) if len(inputs) > 20 else None
    counts = {"risky": 0, "ok": 0, "error": 0}
    for source, raw, error in inputs:
        verdict = None
        if raw is not None:
            try:
                verdict = analyse(read_draft(raw), ruleset, internal_domains=cfg.rules.internal_domains)
            except DraftError as exc:
                error = str(exc)
        risky = bool(verdict and verdict.risky(threshold))
        counts["error" if error else "risky" if risky else "ok"] += 1
        if progress:
            progress.advance()
        if args.format == "json":
            out.write(json.dumps(_as_json(source, verdict, risky, error), ensure_ascii=False) + "\n")
        else:
            if progress:
                progress.close()
            out.write(_as_text(source, verdict, risky, error, threshold))
    if progress:
        progress.close()
    if args.format == "text" and len(inputs) > 1:
        out.write(f"\n{len(inputs)} checked: {counts['risky']} risky, {counts['ok']} ok,"
                  f" {counts['error']} unreadable\n")
    out.flush()
    if counts["error"]:
        return 2
    return 1 if counts["risky"] else 0


def _as_json(source: str, verdict, risky: bool, error: str | None) -> dict:
    findings = [
        {"rule": f.rule, "severity": f.severity, "label_zh": f.label_zh, "label_en": f.label_en,
         "evidence": f.evidence, "advice": f.advice}
        for f in (verdict.findings if verdict else ())
    ]
    return {"source": source, "risky": risky, "findings": findings, "error": error}


def _as_text(source: str, verdict, risky: bool, error: str | None, threshold: str) -> str:
    if error:
        return f"{source}: unreadable: {error}\n"
    findings = verdict.findings if verdict else ()
    if not findings:
        return f"{source}: ok\n"
    head = "RISKY" if risky else f"ok (hints below {threshold})"
    lines = [f"{source}: {head}"]
    for f in findings:
        lines.append(f"  ● {f.label_zh} / {f.label_en}  [{f.rule}, {f.severity}]")
        lines.append(f"    evidence: 「{f.evidence}」")
        lines.append(f"    advice:   {f.advice}")
    return "\n".join(lines) + "\n"
