"""What a scan costs against a real Dovecot on loopback (started by tests/servers.py).

    python benchmarks/scan_bench.py [--drafts DIR] [--n 2000] [--repeat 5] [--no-memory]

Three measurements (targets in brackets):

1. **No-change poll**, 20 vs N drafts: ``scan_account`` on a folder whose STATUS tuple has not
   changed since the last pass (connect, login, find Drafts, SELECT, one re-SELECT, LOGOUT).
   Median wall time of 5 x `repeat` polls per folder (interleaved) and the IMAP commands one
   poll sends.
   [time ratio N/20 <= 1.2; the same command count for both]
2. **First scan, dry run**, N drafts: ``scan_account(dry_run=True)`` with an empty state, against
   the same work done bare: an imapclient ``UID FETCH BODY.PEEK[]`` of every UID in batches of
   200, plus ``read_draft`` + ``analyse`` of every fetched message. `repeat` interleaved rounds;
   the median of the rounds' ratios. [ratio scan / (fetch + analysis) <= 1.3]
3. **Peak memory**: a child process runs one real scan (quiet_period 0) of N drafts of which 20
   carry a 10 MB attachment; its peak RSS (VmHWM of /proc/self/status), and for reference the
   peak RSS of a child that only imports mailcoach and loads the analyser. [<= 250 MB]

The drafts are the shared labelled drafts (../shared/drafts), cycled, each copy with its own
Message-ID so that every message is a distinct content. Prints a table; exit status 0 when every
target is met, 1 otherwise, 2 when Dovecot is missing.
"""

from __future__ import annotations

import argparse
import base64
import imaplib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from servers import Dovecot, ServerUnavailable  # noqa: E402  (the test servers)

from mailcoach.analysis import analyse, warm_up  # noqa: E402
from mailcoach.config import Config, StateConfig  # noqa: E402
from mailcoach.draft import read_draft  # noqa: E402
from mailcoach.errors import DraftError  # noqa: E402
from mailcoach.rules import load_ruleset  # noqa: E402
from mailcoach.scan import scan_account  # noqa: E402
from mailcoach.state import State  # noqa: E402

FOLDER = "Drafts"
BIG = 20
BIG_BYTES = 10 * 1024 * 1024


def distinct_drafts(folder: Path, n: int) -> list[bytes]:
    """`n` messages cycled from `folder`, each with a Message-ID of its own."""
    sources = [p.read_bytes() for p in sorted(folder.glob("*.eml"))]
    if not sources:
        raise SystemExit(f"scan_bench: no .eml files in {folder}")
    out = []
    for i in range(n):
        raw = sources[i % len(sources)]
        new, count = re.subn(rb"(?im)^Message-ID:[ \t]*<", b"Message-ID: <bench%d." % i, raw, count=1)
        out.append(new if count else b"Message-ID: <bench%d@example.com>\r\n" % i + raw)
    return out


def big_draft(i: int) -> bytes:
    """A risky draft with a 10 MB attachment (random bytes, base64)."""
    blob = base64.encodebytes(os.urandom(BIG_BYTES)).replace(b"\n", b"\r\n")
    return (
        b"From: pm@ourteam.example.com\r\nTo: li@client-a.example.cn\r\n"
        b"Subject: =?UTF-8?B?" + base64.b64encode("测试报告".encode()) + b"?=\r\n"
        b"Message-ID: <big%d@ourteam.example.com>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" % i
        + "李经理:\r\n这个需求不可能做,我们不接受任何变更。\r\n王\r\n".encode()
        + b"--b1\r\nContent-Type: application/octet-stream\r\n"
        b"Content-Disposition: attachment; filename=\"report.bin\"\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + blob + b"--b1--\r\n"
    )


def seed(user, raws: list[bytes], chunk: int = 100) -> None:
    """MULTIAPPEND the messages as \\Draft (one command per chunk)."""
    c = user.client()
    try:
        for i in range(0, len(raws), chunk):
            c.multiappend(FOLDER, [{"msg": r, "flags": [b"\\Draft"]} for r in raws[i:i + chunk]])
    finally:
        c.logout()


@contextmanager
def counting_commands():
    """Count the IMAP commands imaplib sends (each is one round trip)."""
    counter = {"n": 0}
    original = imaplib.IMAP4._command

    def counted(self, *args, **kwargs):
        counter["n"] += 1
        return original(self, *args, **kwargs)

    imaplib.IMAP4._command = counted
    try:
        yield counter
    finally:
        imaplib.IMAP4._command = original


def config_for(account, state_path: Path) -> Config:
    return Config(state=StateConfig(path=state_path), accounts=(account,))


def poll_bench(users: dict[int, object], tmp: Path, ruleset, repeat: int) -> dict:
    setups = {}
    for n, user in users.items():
        account = user.account(quiet_period=0)
        cfg = config_for(account, tmp / f"poll-{n}.sqlite3")
        state = State.open(cfg.state.path)
        scan_account(account, cfg, state, ruleset)           # first pass: judges and annotates
        scan_account(account, cfg, state, ruleset)           # settles after its own changes
        setups[n] = (account, cfg, state)
    times: dict[int, list[float]] = {n: [] for n in users}
    commands: dict[int, int] = {}
    try:
        for _ in range(repeat):  # interleaved, so both folders see the same machine
            for n, (account, cfg, state) in setups.items():
                with counting_commands() as counter:
                    start = time.perf_counter()
                    summary = scan_account(account, cfg, state, ruleset)
                    times[n].append(time.perf_counter() - start)
                assert summary.unchanged, "the poll was expected to find nothing new"
                commands[n] = counter["n"]
    finally:
        for _, _, state in setups.values():
            state.close()
    return {n: {"median_s": statistics.median(times[n]), "commands": commands[n]} for n in users}


def bare_fetch(user) -> list[bytes]:
    c = user.client()
    try:
        c.select_folder(FOLDER, readonly=True)
        uids = sorted(c.search(["ALL"]))
        raws = []
        for i in range(0, len(uids), 200):
            data = c.fetch(uids[i:i + 200], ["BODY.PEEK[]"])
            raws.extend(bytes(data[u][b"BODY[]"]) for u in uids[i:i + 200])
        return raws
    finally:
        c.logout()


def analysis_alone(raws: list[bytes], ruleset) -> None:
    for raw in raws:
        try:
            analyse(read_draft(raw), ruleset)
        except DraftError:
            pass


def dry_run_bench(user, tmp: Path, ruleset, repeat: int) -> dict:
    account = user.account(quiet_period=0)
    cfg = config_for(account, tmp / "never-created.sqlite3")
    scans, fetches, analyses = [], [], []
    for _ in range(repeat):
        start = time.perf_counter()
        raws = bare_fetch(user)
        fetches.append(time.perf_counter() - start)
        start = time.perf_counter()
        analysis_alone(raws, ruleset)
        analyses.append(time.perf_counter() - start)
        del raws
        with State.open(cfg.state.path, readonly=True) as state:
            start = time.perf_counter()
            summary = scan_account(account, cfg, state, ruleset, dry_run=True)
            scans.append(time.perf_counter() - start)
    # The ratio of each round, then their median: the rounds run interleaved, so a slow spell of
    # the machine weighs on both sides of one ratio.
    ratios = [s / (f + a) for s, f, a in zip(scans, fetches, analyses)]
    return {"scan_s": statistics.median(scans), "fetch_s": statistics.median(fetches),
            "analysis_s": statistics.median(analyses), "ratio": statistics.median(ratios),
            "ratios": ratios, "analysed": summary.analysed, "would_annotate": summary.annotated}


CHILD = """
import json, sys, time
sys.path[:0] = {paths!r}
from mailcoach.analysis import warm_up
from mailcoach.config import Account, Config, StateConfig
from mailcoach.rules import load_ruleset
from mailcoach.scan import scan_account
from mailcoach.state import State


def peak_kb():
    # VmHWM: this process's peak RSS. (getrusage's ru_maxrss would also count the parent's RSS
    # at fork time: Linux keeps it across fork and exec.)
    with open("/proc/self/status") as status:
        return int(next(line for line in status if line.startswith("VmHWM:")).split()[1])


args = json.loads(sys.argv[1])
ruleset = load_ruleset()
warm_up(ruleset)
out = {{"baseline_kb": peak_kb()}}
if args["scan"]:
    account = Account(**args["account"])
    cfg = Config(state=StateConfig(path=args["state"]), accounts=(account,))
    start = time.perf_counter()
    with State.open(args["state"]) as state:
        s = scan_account(account, cfg, state, ruleset)
    out.update(seconds=time.perf_counter() - start, analysed=s.analysed, annotated=s.annotated)
out["peak_kb"] = peak_kb()
print(json.dumps(out))
"""


def memory_bench(user, tmp: Path) -> dict:
    account = user.account(quiet_period=0)
    fields = {k: (list(v) if isinstance(v, tuple) else v) for k, v in account.__dict__.items()}
    code = CHILD.format(paths=[str(REPO)])
    results = {}
    for label, do_scan in (("imports_only", False), ("scan", True)):
        args = {"scan": do_scan, "account": fields, "state": str(tmp / "mem.sqlite3")}
        done = subprocess.run([sys.executable, "-c", code, json.dumps(args)], capture_output=True,
                              text=True, check=True)
        results[label] = json.loads(done.stdout.strip().splitlines()[-1])
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", type=Path, default=REPO.parent / "shared" / "drafts")
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-memory run")
    args = parser.parse_args(argv)

    ruleset = load_ruleset()
    warm_up(ruleset)
    drafts = distinct_drafts(args.drafts, args.n)
    server = Dovecot(variant="full")
    try:
        server.start()
    except ServerUnavailable as exc:
        print(f"scan_bench: {exc}", file=sys.stderr)
        return 2
    report: dict = {"n": args.n}
    with tempfile.TemporaryDirectory(prefix="mailcoach-bench-") as tmpdir:
        tmp = Path(tmpdir)
        try:
            small, large = server.new_user(), server.new_user()
            seed(small, drafts[:20])
            seed(large, drafts)
            report["dry_run"] = dry_run_bench(large, tmp, ruleset, args.repeat)
            report["poll"] = poll_bench({20: small, args.n: large}, tmp, ruleset, 5 * args.repeat)
            if not args.no_memory:
                heavy = server.new_user()
                seed(heavy, drafts[: args.n - BIG])
                for i in range(BIG):
                    seed(heavy, [big_draft(i)], chunk=1)
                report["memory"] = memory_bench(heavy, tmp)
        finally:
            server.cleanup()

    poll = report["poll"]
    poll_ratio = poll[args.n]["median_s"] / poll[20]["median_s"]
    dry = report["dry_run"]
    ok = [poll_ratio <= 1.2, poll[args.n]["commands"] == poll[20]["commands"], dry["ratio"] <= 1.3]
    print(f"no-change poll:   20 drafts {poll[20]['median_s'] * 1000:7.1f} ms,"
          f" {args.n} drafts {poll[args.n]['median_s'] * 1000:7.1f} ms, ratio {poll_ratio:.2f}"
          f" (<= 1.2); IMAP commands per poll {poll[20]['commands']} / {poll[args.n]['commands']}")
    print(f"first dry run:    scan {dry['scan_s']:.2f} s vs fetch {dry['fetch_s']:.2f} s"
          f" + analysis {dry['analysis_s']:.2f} s, ratio {dry['ratio']:.2f} (<= 1.3);"
          f" {dry['analysed']} analysed, {dry['would_annotate']} would be annotated")
    if "memory" in report:
        mem = report["memory"]
        peak_mb = mem["scan"]["peak_kb"] / 1024
        ok.append(peak_mb <= 250)
        print(f"peak memory:      scan of {args.n} drafts ({BIG} with 10 MB attachments)"
              f" {peak_mb:.0f} MB RSS (<= 250); imports + analyser alone"
              f" {mem['imports_only']['peak_kb'] / 1024:.0f} MB; scan took"
              f" {mem['scan']['seconds']:.1f} s, {mem['scan']['annotated']} annotated")
    print(json.dumps(report, default=str))
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
