"""Shared test fixtures: where ../shared is, and whether its absence is an error (CI) or a skip."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The real IMAP servers (Dovecot full / restricted / TLS, pymap), started once per test session.
from servers import (  # noqa: F401  (pytest fixtures, shared by every test module)
    dovecot,
    dovecot_restricted,
    dovecot_tls,
    imap_server,
    imap_user,
    pymap_server,
)

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MAILCOACH_SHARED", REPO.parent / "shared"))
# .ci/run sets MAILCOACH_REQUIRE_SHARED=1 and MAILCOACH_REQUIRE_SERVERS=1: there a missing
# ../shared or a missing IMAP server is a failure, not a skip.
REQUIRE_SHARED = os.environ.get("MAILCOACH_REQUIRE_SHARED") == "1"
REQUIRE_SERVERS = os.environ.get("MAILCOACH_REQUIRE_SERVERS") == "1"


def need_shared(sub: str) -> Path:
    """Return SHARED/sub, or skip (fail under CI) when it is absent."""
    path = SHARED / sub
    if not path.exists():
        msg = f"{path} is absent: the shared example drafts and corpora are not in a user's clone"
        if REQUIRE_SHARED:
            pytest.fail(msg + " (MAILCOACH_REQUIRE_SHARED=1)")
        pytest.skip(msg)
    return path


@pytest.fixture(scope="session")
def shared_drafts() -> Path:
    return need_shared("drafts")


@pytest.fixture(scope="session")
def shared_corpora() -> Path:
    return need_shared("corpora")


@pytest.fixture(autouse=True)
def _restore_mailcoach_logger():
    """`cli.main()` run in-process configures the "mailcoach" logger for a terminal (its own
    handler, propagate off); put it back so caplog-based tests that follow still see records."""
    import logging

    logger = logging.getLogger("mailcoach")
    saved = (logger.handlers[:], logger.level, logger.propagate)
    yield
    logger.handlers[:], logger.level, logger.propagate = saved[0], saved[1], saved[2]
