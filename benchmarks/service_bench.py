"""The service under a team's load: many accounts on one local Dovecot, drafts saved at random.

    python benchmarks/service_bench.py [--accounts 200] [--interval 60] [--duration 600]
                                       [--drafts 3] [--workers 4] [--jitter SECONDS] [--json]

Starts a private Dovecot on loopback (tests/servers.py), writes a config with ``--accounts``
accounts (quiet_period 0, the given interval), and runs ``python -m mailcoach run`` as a
subprocess for ``--duration`` seconds. Meanwhile each account gets ``--drafts`` risky drafts,
saved (APPEND) at random moments between the first interval and 1.5 intervals before the end.

Measured:
- lag: from a draft's save to the end of the scan that annotated it (the service's JSON log
  line of that scan, "N annotated"), per draft; the max must stay under about one interval —
  polls are exactly `interval` apart, so a draft waits at most one interval plus the scan itself;
- the service process's CPU time (user + system, from /proc) over the measured window, also as
  a share of one core, and its peak resident memory (VmHWM);
- afterwards, through IMAP, that every saved draft is in its folder exactly once and annotated;
- the WARNING/ERROR lines the service logged, and how long it took to stop on SIGTERM.

Exits 0 when every draft was annotated exactly once and the max lag stays within one interval
plus ``--slack`` (default 1 s: the scan's own time — a draft saved just after a poll is picked
up by the next one, one interval later, and is annotated when that scan has fetched, judged and
replaced it), else 1; 2 when the benchmark itself cannot run (no Dovecot).
"""

from __future__ import annotations

import argparse
import email.utils
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from servers import HOST, Dovecot, ServerUnavailable  # noqa: E402

RISKY_BODY = "李经理:\r\n这个需求不可能做,我们不接受任何变更。\r\n王"
CLK_TCK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK   # utime + stime (fields 14, 15)


def proc_status(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def draft(n: int) -> tuple[bytes, str]:
    mid = email.utils.make_msgid(f"bench{n}", "ourteam.example.com")
    raw = (f"From: pm@ourteam.example.com\r\nTo: li@client-a.example.cn\r\nSubject: 需求 {n}\r\n"
           f"Message-ID: {mid}\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           f"{RISKY_BODY}\r\n").encode()
    return raw, mid


def write_config(path: Path, users: list, args: argparse.Namespace, state: Path) -> dict[str, str]:
    """The config; passwords come from environment variables (returned, for the subprocess)."""
    env = {}
    lines = ["[state]", f'path = "{state}"', "[service]", f"workers = {args.workers}",
             f"jitter = {args.jitter}", "scan_timeout = 120", "max_backoff = 120"]
    for i, user in enumerate(users):
        var = f"MAILCOACH_BENCH_PW_{i}"
        env[var] = user.password
        lines += ["[[account]]", f'name = "pm{i:03d}"', f'host = "{HOST}"', f"port = {user.server.port}",
                  'security = "none"', f'username = "{user.name}"', f'password_env = "{var}"',
                  "quiet_period = 0", f"interval = {args.interval}", "timeout = 30"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.chmod(0o600)
    return env


def parse_log(path: Path) -> tuple[list[tuple[float, str, int]], list[str], list[str]]:
    """(time, account, annotated) per scan line; WARNING/ERROR messages; other lines."""
    scans, loud, other = [], [], []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            rec = json.loads(line)
        except ValueError:
            other.append(line)
            continue
        if rec.get("level") in ("warning", "error", "critical"):
            loud.append(rec["message"])
        if rec.get("event") == "scan":
            m = re.search(r"(\d+) annotated", rec["message"])
            t = datetime.strptime(rec["time"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(
                tzinfo=timezone.utc).timestamp()
            scans.append((t, rec["account"], int(m.group(1)) if m else 0))
    return scans, loud, other


def lags(saves: dict[str, list[tuple[float, str]]], scans: list[tuple[float, str, int]]
         ) -> tuple[list[float], int]:
    """Match each scan's "N annotated" to the N oldest drafts of that account saved before it."""
    pending = {acct: sorted(s) for acct, s in saves.items()}
    out, unmatched = [], 0
    for t, acct, n in sorted(scans):
        for _ in range(n):
            queue = pending.get(acct, [])
            if queue and queue[0][0] <= t:
                saved_at, _ = queue.pop(0)
                out.append(t - saved_at)
            else:
                unmatched += 1   # annotated something we did not save (should not happen)
    return out, unmatched


def verify(users: list, saves: dict[str, list[tuple[float, str]]]) -> tuple[int, int]:
    """(drafts annotated exactly once, drafts missing/duplicated/unmarked) — through IMAP."""
    good = bad = 0
    for i, user in enumerate(users):
        c = user.client()
        try:
            c.select_folder("Drafts", readonly=True)
            uids = c.search(["ALL"])
            data = c.fetch(uids, ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID X-MAILCOACH-CHECKED)]"]
                           ) if uids else {}
        finally:
            c.logout()
        found: dict[str, list[bool]] = {}
        for d in data.values():
            head = next(v for k, v in d.items() if k.startswith(b"BODY[")).decode("ascii", "replace")
            mid = re.search(r"(?im)^message-id:\s*(\S+)", head)
            marked = "x-mailcoach-checked:" in head.lower() and b"\\Deleted" not in d[b"FLAGS"]
            found.setdefault(mid.group(1) if mid else "", []).append(marked)
        for _, mid in saves.get(f"pm{i:03d}", []):
            if found.get(mid) == [True]:
                good += 1
            else:
                bad += 1
    return good, bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--accounts", type=int, default=200)
    ap.add_argument("--interval", type=float, default=60.0, help="poll interval, seconds")
    ap.add_argument("--duration", type=float, default=600.0, help="how long the service runs, seconds")
    ap.add_argument("--drafts", type=int, default=3, help="risky drafts saved per account")
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--jitter", type=float, default=None,
                    help="[service] jitter (default: the interval: first polls spread evenly)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--slack", type=float, default=1.0,
                    help="allowed lag beyond one interval: the scan's own time (seconds)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    # SIGTERM (e.g. `kill` of a background run) must still stop Dovecot and the service.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    args.jitter = args.interval if args.jitter is None else args.jitter
    if args.duration < 3 * args.interval:
        ap.error("--duration must be at least three intervals")
    rnd = random.Random(args.seed)

    server = Dovecot(variant="full")
    try:
        server.start()
    except ServerUnavailable as exc:
        print(f"service_bench: dovecot: {exc}", file=sys.stderr)
        server.cleanup()
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="mailcoach-bench-"))
    proc = None
    try:
        users = [server.new_user() for _ in range(args.accounts)]
        env = write_config(tmp / "config.toml", users, args, tmp / "state.sqlite3")
        log_path = tmp / "service.log"
        with open(log_path, "wb") as log_file:
            proc = subprocess.Popen(
                [sys.executable, "-m", "mailcoach", "run", "--config", str(tmp / "config.toml"),
                 "--log-format", "json"],
                cwd=REPO, env={**os.environ, **env}, stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, stderr=log_file)
            started = time.time()
            cpu0 = cpu_seconds(proc.pid)

            # The plan: when each account's drafts are saved.
            lo, hi = args.interval, args.duration - 1.5 * args.interval
            plan = sorted((started + rnd.uniform(lo, hi), i, k)
                          for i in range(args.accounts) for k in range(args.drafts))
            saves: dict[str, list[tuple[float, str]]] = {}
            lock = threading.Lock()
            rss_samples: list[int] = []

            def saver(items: list[tuple[float, int, int]]) -> None:
                for at, i, k in items:
                    time.sleep(max(0.0, at - time.time()))
                    raw, mid = draft(i * 100 + k)
                    users[i].seed("Drafts", [raw], flags=[("\\Draft",)])
                    with lock:
                        saves.setdefault(f"pm{i:03d}", []).append((time.time(), mid))

            threads = [threading.Thread(target=saver, args=(plan[j::4],), daemon=True)
                       for j in range(4)]
            for t in threads:
                t.start()
            while time.time() - started < args.duration:
                if proc.poll() is not None:
                    print("service_bench: the service exited early; see", log_path, file=sys.stderr)
                    return 1
                rss_samples.append(proc_status(proc.pid, "VmRSS"))
                time.sleep(min(10.0, max(0.0, args.duration - (time.time() - started))))
            for t in threads:
                t.join()
            cpu = cpu_seconds(proc.pid) - cpu0
            elapsed = time.time() - started
            peak_kb = proc_status(proc.pid, "VmHWM")
            threads_n = proc_status(proc.pid, "Threads")
            t_stop = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            rc = proc.wait(timeout=60)
            stop_s = time.monotonic() - t_stop
        scans, loud, _ = parse_log(log_path)
        lag, unmatched = lags(saves, scans)
        good, bad = verify(users, saves)
        saved = sum(len(v) for v in saves.values())
        figures = {
            "accounts": args.accounts, "interval_s": args.interval, "jitter_s": args.jitter,
            "workers": args.workers, "duration_s": round(elapsed, 1), "drafts_saved": saved,
            "annotated_in_log": len(lag), "annotated_exactly_once_imap": good,
            "not_annotated_or_duplicated_imap": bad, "unmatched_log_annotations": unmatched,
            "lag_max_s": round(max(lag), 2) if lag else None,
            "lag_median_s": round(statistics.median(lag), 2) if lag else None,
            "lag_p95_s": round(sorted(lag)[int(0.95 * (len(lag) - 1))], 2) if lag else None,
            "drafts_over_one_interval": sum(1 for x in lag if x > args.interval),
            "scans_logged": len(scans),
            "cpu_s": round(cpu, 1), "cpu_pct_of_one_core": round(100 * cpu / elapsed, 2),
            "rss_peak_mb": round(peak_kb / 1024, 1),
            "rss_last_mb": round(rss_samples[-1] / 1024, 1) if rss_samples else None,
            "threads_at_end": threads_n, "warnings_or_errors_logged": len(loud),
            "stop_s": round(stop_s, 2), "exit_status": rc, "log": str(log_path),
        }
        if args.json:
            print(json.dumps(figures))
        else:
            for k, v in figures.items():
                print(f"{k:34} {v}")
            for msg in loud[:10]:
                print(f"  logged: {msg}")
        ok = bad == 0 and lag and max(lag) <= args.interval + args.slack and len(lag) == saved
        return 0 if ok else 1
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
        server.cleanup()


if __name__ == "__main__":
    sys.exit(main())
