"""The Quick start's main job: `mailcoach demo` scans a real local pymap seeded with the examples."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from mailcoach.cli import main
from mailcoach.cli.demo import example_drafts

from conftest import REQUIRE_SERVERS


def _have_pymap() -> bool:
    return bool(shutil.which("pymap") or Path(sys.executable).with_name("pymap").exists())


def test_bundled_examples_ship_as_crlf_messages():
    names = [name for name, _ in example_drafts()]
    assert len(names) == 7
    assert all(raw.startswith(b"Date: ") and b"\r\n\r\n" in raw for _, raw in example_drafts())


def test_demo_scans_pymap_and_marks_each_risky_example_once(capsys):
    if not _have_pymap():
        if REQUIRE_SERVERS:
            pytest.fail("pymap is not installed (MAILCOACH_REQUIRE_SERVERS=1)")
        pytest.skip("pymap is not installed: pip install 'mailcoach[demo]'")
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    first, second = out.split("# again: nothing changes")
    assert "7 drafts, 7 analysed, 5 risky, 5 annotated" in first
    for rule in ("refusal", "backchannel (high)", "argue", "persuade", "ramble"):
        assert rule in first
    assert "02-buffered" not in first.split("$ mailcoach scan")[1]  # listed as seeded only
    assert "X-MailCoach-Rules: refusal=medium" in first
    assert "0 analysed, 5 risky, 0 annotated" in second
