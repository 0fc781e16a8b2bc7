"""`mailcoach run`: the background service (see mailcoach/daemon.py and deploy/)."""

from __future__ import annotations

import argparse
import logging
import signal

from ..daemon import Shard, StopFlag, run_service
from .common import add_config_option, load, setup_logging

DESCRIPTION = """\
The service: scans the Drafts folder of every configured account on its own schedule — every
`interval` (default 5 min; the first poll of each account is staggered by up to [service]
jitter), or within a second or two of a save with `idle = true` (IMAP IDLE, where the server
offers it) — and marks risky drafts exactly as `mailcoach scan` does. Up to [service] workers
accounts are scanned at once; a scan that takes longer than [service] scan_timeout is cut off.
A failing account (server down, wrong password) is retried with backoff up to [service]
max_backoff and never holds up the others; each change (failing, working again) is logged once.

Changed rules files ([rules] files) are picked up before the next scan without a restart; a
broken one is rejected with a warning and the previous rules stay in force. Changes to the
config file itself need a restart.

Logs go to stderr (journald under systemd), one line per scan per account at INFO; -v is
implied, -vv or --debug adds detail. Never draft text, never a password.

SIGTERM or SIGINT (Ctrl-C) stops within a few seconds: no new scan starts and a draft being
replaced is finished first; a second signal stops at once (the next start finishes or undoes
what was in flight). Only one `mailcoach run` or `mailcoach scan` may use a state file at a
time: a second one exits with status 2."""

EPILOG = """\
exit status: 0 stopped by a signal; 2 config, rules or state file error (e.g. another instance
holds the state file). With --once: 0 nothing risky, 1 risky drafts found, 2 an account failed.

--shard K/N runs only the accounts whose name hashes (SHA-256) to shard K of N, so N copies of the
same config can share the accounts of a large team. Each shard keeps its own state file, derived
from [state] path as <path>.shardK-of-N (e.g. state.sqlite3.shard2-of-4); `mailcoach status` and
`mailcoach report` read all of them. Keep N fixed: with another N the accounts move to other
shards and start with an empty state (their drafts are looked at again; nothing is marked twice).

examples:
  mailcoach run                                   the service, in the foreground
  mailcoach run --once                            one scan of every account (cron), exit 0/1/2
  mailcoach run --log-format json                 JSON lines for a log collector
  mailcoach run --shard 2/4 --config team.toml    the second of four processes
  systemctl enable --now mailcoach                see deploy/README.md"""


def add_parser(sub, *, name, help, parents) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=DESCRIPTION, epilog=EPILOG, parents=parents,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_config_option(p)
    p.add_argument("--once", action="store_true",
                   help="scan every account once (in parallel, with the service's timeouts),"
                        " then exit with the scan's status 0/1/2: for cron")
    p.add_argument("--shard", metavar="K/N",
                   help="run only the accounts of shard K of N (state file <path>.shardK-of-N)")
    return p


def run(args: argparse.Namespace) -> int:
    # A service says what it does: INFO by default (-vv / --debug for DEBUG).
    setup_logging(verbose=max(1, args.verbose + (2 if args.debug else 0)), fmt=args.log_format)
    ours = logging.getLogger("mailcoach")
    # APScheduler's only expected warning ("skipped: maximum number of running instances") is
    # a wake-up that arrived while the account's scan was queued; the service handles it.
    scheduler_log = logging.getLogger("apscheduler")
    scheduler_log.handlers[:] = ours.handlers
    scheduler_log.setLevel(logging.ERROR)
    scheduler_log.propagate = False
    shard = Shard.parse(args.shard) if args.shard else None
    cfg = load(args, required=True)
    stop = StopFlag()
    previous = {sig: signal.signal(sig, lambda _sig, _frame: stop.request())
                for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        return run_service(cfg, once=args.once, shard=shard, stop=stop)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
