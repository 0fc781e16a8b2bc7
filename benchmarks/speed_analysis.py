"""What analyse() costs per draft, against plain jieba segmentation of the same text.

    python benchmarks/speed_analysis.py [DIR] [--repeat 7]

DIR defaults to ../shared/drafts. Every ``*.eml`` is read with read_draft() once, outside the
timing. Then, after a warm-up pass of both, the script times ``repeat`` rounds of

  * analysis: ``analyse(draft, ruleset)`` over all drafts (the work the service does per draft), and
  * baseline: ``jieba.lcut(draft.text)`` over the same texts (jieba's global tokenizer, defaults),

interleaved so that both see the same machine state. It prints the median and total per round
and per draft, and the ratio analysis / baseline (target: <= 1.5). Exit code 0 always; 2 when the
folder cannot be read.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import jieba  # noqa: E402  (the benchmark's baseline; mailcoach itself uses jieba only in analysis.py)

from mailcoach.analysis import analyse, warm_up  # noqa: E402
from mailcoach.draft import read_draft  # noqa: E402
from mailcoach.rules import load_ruleset  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "drafts"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, nargs="?", default=default)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)

    paths = sorted(args.folder.glob("*.eml"))
    if not paths:
        print(f"speed_analysis: error: no .eml files in {args.folder}", file=sys.stderr)
        return 2
    drafts = [read_draft(p.read_bytes()) for p in paths]
    texts = [d.text for d in drafts]
    ruleset = load_ruleset()

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    warm_up(ruleset)
    for draft, text in zip(drafts, texts):  # warm-up pass: caches, lazy compilation
        analyse(draft, ruleset)
        jieba.lcut(text)

    ours, base = [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for draft in drafts:
            analyse(draft, ruleset)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        for text in texts:
            jieba.lcut(text)
        base.append(time.perf_counter() - start)

    n = len(drafts)
    chars = sum(len(t) for t in texts)
    med_ours, med_base = statistics.median(ours), statistics.median(base)
    print(f"{n} drafts, {chars} characters of PM text, {args.repeat} rounds after one warm-up round")
    print(f"{'':10}{'median/round':>14}{'total':>10}{'per draft':>12}")
    print(f"{'analyse':10}{med_ours * 1e3:>12.1f}ms{sum(ours):>9.2f}s{med_ours / n * 1e6:>10.0f}µs")
    print(f"{'jieba':10}{med_base * 1e3:>12.1f}ms{sum(base):>9.2f}s{med_base / n * 1e6:>10.0f}µs")
    print(f"ratio analyse/jieba: median {med_ours / med_base:.2f}, total {sum(ours) / sum(base):.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
