"""`mailcoach strip`: the undo — restore every annotated draft and remove the cue flags we set."""

from __future__ import annotations

import argparse

from .scan import add_parser as scan_parser
from .scan import run_accounts

DESCRIPTION = """\
Undo what mailcoach did to the Drafts folder of each configured account (or of each --account):
every draft carrying mailcoach's headers is replaced by its original bytes (the headers, and a
subject tag or note mailcoach added, removed), with the same safe replace as `scan`; the keyword
$MailCoachRisky is removed, and other keywords and \\Flagged only where mailcoach set them.
Restored drafts are remembered and not marked again until the PM saves a new version. Stop the
service (`mailcoach run`) first if you are uninstalling.

--dry-run says what would be restored and changes nothing."""

EPILOG = """\
exit status: 0 done, 2 an error (the other accounts are still processed).

examples:
  mailcoach strip --dry-run
  mailcoach strip --account work"""


def add_parser(sub, *, name, help, parents) -> argparse.ArgumentParser:
    return scan_parser(sub, name=name, help=help, parents=parents, description=DESCRIPTION,
                       epilog=EPILOG)


def run(args: argparse.Namespace) -> int:
    return run_accounts(args, strip=True)
