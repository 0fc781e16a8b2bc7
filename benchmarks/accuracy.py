"""Accuracy of the rules on a folder of labelled drafts.

    python benchmarks/accuracy.py DIR [--threshold medium] [--rules FILE ...] [--no-model] [--only odd|even|first|second]

DIR holds ``*.eml`` drafts and a ``labels.json`` in the format of shared/drafts/README.md::

    {"cases": [{"file": "d001.eml", "expect": ["refusal"], ...}, ...]}

A draft "got" a rule when analyse() reports a finding for it at or above the threshold ("low"
findings are hints and count only with --threshold low). The script prints, per rule, the
counts and precision / recall / F1; the share of unlabelled drafts that came out risky; and every
miss (file, expected, got, evidence). It exits 0 whatever the scores, and 2 when the folder or
its labels cannot be read.

``--only`` selects a part of the set by the number in the file name: ``first`` = 1-80,
``second`` = 81-160, ``odd`` / ``even`` = odd / even numbers above 80 (the developer's held-out
split was d001-d080 plus odd d081-d159 for development, even d082-d160 held out).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mailcoach.analysis import SEVERITIES, analyse  # noqa: E402
from mailcoach.draft import read_draft  # noqa: E402
from mailcoach.errors import MailcoachError  # noqa: E402
from mailcoach.rules import RuleSet, load_ruleset  # noqa: E402

# The blind sets under benchmarks/: drafts by authors who never saw the rules, never trained or tuned
# on (train_model.py leaves them out; tests/test_accuracy.py holds them, pooled, to the targets).
BLIND = ("heldout2", "heldout7", "heldout25", "heldout53", "heldout54", "heldout55", "heldout56")


@dataclass(frozen=True)
class Case:
    file: str
    expect: frozenset[str]
    got: frozenset[str]
    evidence: dict[str, str]
    risky: bool


@dataclass(frozen=True)
class RuleScore:
    rule: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Report:
    cases: tuple[Case, ...]
    scores: tuple[RuleScore, ...]
    unlabelled: int
    unlabelled_risky: int
    misses: tuple[Case, ...] = field(default=())

    @property
    def unlabelled_risky_share(self) -> float:
        return self.unlabelled_risky / self.unlabelled if self.unlabelled else 0.0


class LabelsError(Exception):
    """The folder or its labels.json cannot be read."""


def select(name: str, only: str | None) -> bool:
    """Whether draft file `name` belongs to the part `only` (see the module docstring)."""
    if not only:
        return True
    match = re.search(r"(\d+)", name)
    if not match:
        return False
    n = int(match.group(1))
    return {
        "first": n <= 80,
        "second": n > 80,
        "odd": n > 80 and n % 2 == 1,
        "even": n > 80 and n % 2 == 0,
        "dev": n <= 80 or n % 2 == 1,
    }[only]


def load_labels(folder: Path) -> list[dict]:
    try:
        data = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        cases = data["cases"]
        for case in cases:
            if not isinstance(case["file"], str) or not isinstance(case["expect"], list):
                raise ValueError(f"bad case {case!r}")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise LabelsError(f"{folder}/labels.json: {exc}") from exc
    return cases


def evaluate(folder: Path, ruleset: RuleSet, threshold: str = "medium", only: str | None = None) -> Report:
    """Analyse every labelled draft in `folder` and score each rule of `ruleset`."""
    floor = SEVERITIES.index(threshold)
    cases = []
    for label in load_labels(folder):
        if not select(label["file"], only):
            continue
        try:
            raw = (folder / label["file"]).read_bytes()
        except OSError as exc:
            raise LabelsError(f"{folder / label['file']}: {exc.strerror}") from exc
        verdict = analyse(read_draft(raw), ruleset)
        got = {f.rule: f.evidence for f in verdict.findings if SEVERITIES.index(f.severity) >= floor}
        cases.append(
            Case(
                file=label["file"],
                expect=frozenset(label["expect"]),
                got=frozenset(got),
                evidence=got,
                risky=verdict.risky(threshold),
            )
        )
    rule_ids = list(ruleset.ids) + sorted({r for c in cases for r in c.expect} - set(ruleset.ids))
    scores = []
    for rule in rule_ids:
        tp = sum(1 for c in cases if rule in c.expect and rule in c.got)
        fp = sum(1 for c in cases if rule not in c.expect and rule in c.got)
        fn = sum(1 for c in cases if rule in c.expect and rule not in c.got)
        scores.append(RuleScore(rule, tp, fp, fn))
    unlabelled = [c for c in cases if not c.expect]
    return Report(
        cases=tuple(cases),
        scores=tuple(scores),
        unlabelled=len(unlabelled),
        unlabelled_risky=sum(1 for c in unlabelled if c.risky),
        misses=tuple(c for c in cases if c.expect != c.got),
    )


def format_report(report: Report, title: str = "") -> str:
    lines = []
    if title:
        lines.append(title)
    lines.append(f"{'rule':<13}{'TP':>4}{'FP':>4}{'FN':>4}  {'precision':>9}  {'recall':>6}  {'F1':>5}")
    for s in report.scores:
        lines.append(
            f"{s.rule:<13}{s.tp:>4}{s.fp:>4}{s.fn:>4}  {s.precision:>9.3f}  {s.recall:>6.3f}  {s.f1:>5.3f}"
        )
    lines.append(
        f"unlabelled drafts risky: {report.unlabelled_risky}/{report.unlabelled}"
        f" ({report.unlabelled_risky_share:.1%})"
    )
    if report.misses:
        lines.append("")
        lines.append("misses:")
        for c in report.misses:
            lines.append(f"  {c.file}: expected {sorted(c.expect)} got {sorted(c.got)}")
            for rule in sorted(c.got - c.expect):
                lines.append(f"      {rule}: {c.evidence[rule]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--threshold", choices=SEVERITIES, default="medium")
    parser.add_argument("--rules", action="append", default=[], help="extra rules file (repeatable)")
    parser.add_argument("--no-model", action="store_true", help="the phrase rules alone, without the tone model")
    parser.add_argument("--only", choices=("first", "second", "odd", "even", "dev"))
    args = parser.parse_args(argv)
    try:
        ruleset = load_ruleset(args.rules)
        if args.no_model:
            ruleset = ruleset.without_model()
        report = evaluate(args.folder, ruleset, args.threshold, args.only)
    except (LabelsError, MailcoachError) as exc:
        print(f"accuracy: error: {exc}", file=sys.stderr)
        return 2
    title = f"{args.folder} ({len(report.cases)} drafts, threshold {args.threshold}"
    title += f", only {args.only})" if args.only else ")"
    print(format_report(report, title))
    return 0


if __name__ == "__main__":
    sys.exit(main())
