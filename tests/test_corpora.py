"""read_draft over real-world corpora and over the 160 labelled example drafts.

The corpora (../shared/corpora, every file, not only *.eml) must never crash the reader.
For the example drafts the checks are what the analysis relies on, derived from each
draft's own body (its quote markers, "> " lines and signature lines), never per file.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from mailcoach.draft import Draft, read_draft
from mailcoach.errors import DraftError

# Lines that start a quoted original in the example drafts' bodies (all styles, zh and en).
QUOTE_START = re.compile(
    r"^(?:-{2,}\s*(?:Original Message|原始邮件|原始郵件)\s*-{2,}|(?:发件人|寄件者|From)\s*[:：])"
)
ATTRIBUTION = re.compile(r"(?:wrote|写道|寫道)\s*[:：]\s*$")
SIGNATURE_DELIMITER = re.compile(r"^--\s*$")
CONTACT_LINE = re.compile(r"^(?:电话|電話|Tel)\s*[:：]")


def read(path: Path) -> Draft:
    return read_draft(path.read_bytes())


def test_every_corpus_file_gives_a_draft_or_a_draft_error(shared_corpora):
    files = sorted(p for p in shared_corpora.rglob("*") if p.is_file())
    assert len(files) > 700  # the corpora hold 721 messages plus their SOURCE/MANIFEST files
    failures = []
    for path in files:
        raw = path.read_bytes()
        try:
            draft = read_draft(raw)
        except DraftError as err:
            message = str(err)
            if not raw.strip() and message and "\n" not in message:
                continue
            failures.append(f"{path}: DraftError {message!r} for {len(raw)} bytes")
        except Exception as err:  # noqa: BLE001 - the point of this test
            failures.append(f"{path}: {type(err).__name__}: {err}")
        else:
            # What a user relies on: printable text, lower-case addresses.
            for value in (draft.text, draft.body_text, draft.subject):
                value.encode("utf-8")
            for address in (draft.sender, *draft.to, *draft.cc):
                if address != address.lower():
                    failures.append(f"{path}: address not lower-case: {address!r}")
    assert not failures, "\n".join(failures)


def drafts(shared_drafts: Path) -> list[tuple[str, Draft]]:
    paths = sorted(shared_drafts.glob("*.eml"))
    assert len(paths) == 160
    return [(p.name, read(p)) for p in paths]


def test_every_example_draft_has_the_pms_text_and_headers(shared_drafts):
    for name, draft in drafts(shared_drafts):
        assert draft.text.strip(), name
        assert draft.subject, name
        assert draft.sender.endswith("@ourteam.example.com"), name
        assert draft.to, name
        assert draft.message_id and draft.message_id.startswith("<"), name
        for address in (draft.sender, *draft.to, *draft.cc):
            assert address == address.lower() and "@" in address, (name, address)


def test_text_is_taken_from_the_body_and_nothing_is_invented(shared_drafts):
    for name, draft in drafts(shared_drafts):
        body_lines = {line.strip() for line in draft.body_text.split("\n")}
        for line in draft.text.split("\n"):
            assert line.strip() in body_lines, (name, line)


def test_no_quoted_text_leaks_into_the_pms_text(shared_drafts):
    drafts_with_quotes = 0
    for name, draft in drafts(shared_drafts):
        lines = draft.body_text.split("\n")
        quoted: list[str] = []
        for i, line in enumerate(lines):
            if line.startswith(">"):
                quoted.append(line.lstrip("> "))
            elif ATTRIBUTION.search(line):
                quoted.append(line)
            elif QUOTE_START.match(line):
                quoted.extend(lines[i:])  # a header-style quote runs to the end
                break
        for line in quoted:
            if len(line.strip()) >= 6:
                assert line.strip() not in draft.text, (name, line)
        drafts_with_quotes += bool(quoted)
    # 56 drafts quote an original and 2 more answer between "> " lines: the check had work.
    assert drafts_with_quotes >= 58


def test_no_signature_leaks_into_the_pms_text(shared_drafts):
    for name, draft in drafts(shared_drafts):
        lines = draft.body_text.split("\n")
        for i, line in enumerate(lines):
            if SIGNATURE_DELIMITER.match(line):
                for sig_line in lines[i + 1 :]:
                    if QUOTE_START.match(sig_line) or ATTRIBUTION.search(sig_line):
                        break
                    if sig_line.strip():
                        assert sig_line.strip() not in draft.text.split("\n"), (name, sig_line)
        assert not any(CONTACT_LINE.match(line) for line in draft.text.split("\n")), name


def test_reading_a_draft_is_fast(shared_drafts):
    raws = [p.read_bytes() for p in sorted(shared_drafts.glob("*.eml"))]
    start = time.perf_counter()
    for raw in raws:
        read_draft(raw)
    per_draft = (time.perf_counter() - start) / len(raws)
    assert per_draft < 0.025, f"{per_draft * 1000:.1f} ms per draft"
