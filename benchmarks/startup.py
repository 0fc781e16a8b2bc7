"""What `mailcoach check` on one draft costs over loading jieba alone, as whole processes.

    python benchmarks/startup.py [--rounds 9] [DRAFT.eml]

Runs, alternately, `python -m mailcoach check DRAFT` and the baseline
`python -c "import jieba; jieba.initialize()"` (jieba's dictionary load, which any jieba-based
tool pays once per process), and prints the median wall time of each and the difference.
Target: mailcoach check ≤ baseline + 0.3 s. The default draft is a bundled example.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(argv)} failed with exit status {proc.returncode}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("draft", nargs="?", default=str(REPO / "mailcoach/examples/01-flat-refusal.eml"))
    args = ap.parse_args(argv)
    check = [sys.executable, "-m", "mailcoach", "check", args.draft]
    base = [sys.executable, "-c", "import jieba; jieba.initialize()"]
    timed(check), timed(base)  # warm the OS file cache and jieba's own cache file
    ours, theirs = [], []
    for _ in range(args.rounds):
        ours.append(timed(check))
        theirs.append(timed(base))
    m_ours, m_base = statistics.median(ours), statistics.median(theirs)
    print(f"mailcoach check (one draft): median {m_ours:.3f} s over {args.rounds} runs")
    print(f"import jieba; initialize():  median {m_base:.3f} s")
    print(f"difference: {m_ours - m_base:+.3f} s (target <= +0.3 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
