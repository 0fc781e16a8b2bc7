"""The command line: the one place that prints, exits, and configures logging.

Each subcommand lives in its own module with ``add_parser(subparsers)`` and ``run(args) -> int``.
Every :class:`~mailcoach.errors.MailcoachError` is caught here and printed as one line
``mailcoach: error: ...`` (``--debug`` shows the traceback); its ``exit_code`` is returned.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import MailcoachError
from .common import setup_logging

# (module, help) in the order `mailcoach --help` lists them.
COMMANDS = (
    ("check", "check .eml files offline (no server needed)"),
    ("scan", "one pass over each account's Drafts folder: judge and mark risky drafts"),
    ("strip", "undo: remove everything mailcoach added to the drafts on the server"),
    ("run", "the background service: scan every account on a schedule (or with IDLE)"),
    ("rules", "list the rules in force, or validate rules files"),
    ("doctor", "check an account end to end and say how to fix each problem"),
    ("status", "per account: last poll, last error, drafts annotated"),
    ("report", "risky drafts per rule, account and week (counts only, never text)"),
    ("demo", "start a local IMAP server with example drafts and scan it (Quick start)"),
)

EPILOG = """\
exit status: 0 nothing risky, 1 something risky, 2 usage, config, rules, input or server error.

examples:
  mailcoach check drafts/*.eml                 judge .eml files, print findings
  mailcoach check --format json - < mail.eml   one JSON object per message
  mailcoach scan --dry-run                     what a scan would do, changing nothing
  mailcoach scan --account work                judge and mark the Drafts of one account
  mailcoach run                                the service (see deploy/mailcoach.service)

config: --config FILE, else $MAILCOACH_CONFIG, else ~/.config/mailcoach/config.toml
(see config.example.toml for every key)."""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with `only`, just that subcommand's (its module alone is imported, so
    `mailcoach check` does not pay for importing the IMAP, state and scheduler modules)."""
    parser = argparse.ArgumentParser(
        prog="mailcoach",
        description="mailcoach reads a project manager's email drafts the way a seasoned mentor "
        "would, and marks the ones that argue, refuse flatly, push, ramble, or talk behind the "
        "client's back — before the PM presses Send.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"mailcoach {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    common.add_argument("-v", "--verbose", action="count", default=0,
                        help="more log lines on stderr (-v info, -vv debug)")
    common.add_argument("--log-format", choices=("text", "json"), default="text",
                        help="log line format on stderr (default: text)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in COMMANDS:
        if only is not None and name != only:
            continue
        module = importlib.import_module(f"{__name__}.{name}")
        sp = module.add_parser(sub, name=name, help=help_text, parents=[common])
        sp.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run mailcoach with `argv` (default sys.argv[1:]) and return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(only=first if first in dict(COMMANDS) else None)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or bad usage (2)
        return int(exc.code or 0)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return 2
    setup_logging(verbose=args.verbose + (2 if args.debug else 0), fmt=args.log_format)
    try:
        return args._run(args)
    except MailcoachError as exc:
        if args.debug:
            logging.getLogger("mailcoach").exception("error")
        print(f"mailcoach: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("mailcoach: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
