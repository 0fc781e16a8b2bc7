"""Hostile and broken input: mutated real messages through the reader, `mailcoach check` and a scan.

The seeds are the real-world messages in ../shared/corpora and the labelled drafts in
../shared/drafts. Hypothesis mutates them — truncation, flipped bytes, broken or missing MIME
boundaries, wrong and unknown charsets, NUL bytes, very long headers and lines, deep nesting,
spliced messages, line ends changed — and then:

- the reader and the analyser: `read_draft` gives a Draft for every input that is not blank (a
  DraftError only for a blank one), `analyse` gives a Verdict, `annotate` gives a copy that
  `strip` turns back into the exact input (or refuses with ValueError);
- `mailcoach check` (in-process `main`) on batches of files: one line per file, exit 0/1/2,
  "unreadable" only for blank files;
- a scan on Dovecot, many mutated drafts per folder: each one is either left exactly as it was
  (same UID, bytes, flags, date) or replaced by one annotated copy whose stripped bytes are the
  original's; a draft that cannot be read is left untouched and reported; nothing is \\Seen;
  a second scan changes nothing.

Extreme inputs that random mutation rarely reaches (10,000-line headers, multiparts nested 200
deep, 30 MB bodies, binary garbage, blank messages) are a table of their own, checked the same
three ways plus one `python -m mailcoach check` subprocess.

The header builder's own properties (any warning text, any bytes round-trip) are in
tests/test_annotate_props.py. The number of inputs tried goes to the proof figures.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from proof_helpers import (FOLDER, PROFILE, SEEN, config_with_state, figures, live, run_main,
                           scaled, snapshot)
from test_scan_imap import own_draft

from mailcoach import annotate
from mailcoach.analysis import Verdict, analyse
from mailcoach.draft import read_draft
from mailcoach.errors import DraftError
from mailcoach.rules import load_ruleset
from mailcoach.scan import make_judge, scan_account
from mailcoach.state import State

REPO = Path(__file__).resolve().parent.parent
RULESET = load_ruleset()
JUDGE = make_judge(RULESET)
TRIED: Counter[str] = Counter()      # inputs tried, per test
OP = "v1.0123456789abcdef0123456789abcdef"
WARNINGS = (("refusal", "high", "当场回绝", "flat refusal", "留有缓冲 / leave a buffer"),)

SETTINGS = dict(deadline=None, database=None, derandomize=PROFILE == "ci",
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture,
                                       HealthCheck.large_base_example])


# --------------------------------------------------------------------------- seeds and mutations


SEEDS: dict[str, list[Path]] = {"corpora": [], "drafts": []}   # filled by the fixture below


@pytest.fixture(scope="module", autouse=True)
def seeds(shared_corpora, shared_drafts):
    """Every .eml of the corpora below 1 MB (the few larger ones make each mutation slow; the
    30 MB cases below cover size) and every labelled draft."""
    SEEDS["corpora"][:] = [p for p in sorted(shared_corpora.rglob("*.eml"))
                           if p.stat().st_size < 1_000_000]
    SEEDS["drafts"][:] = sorted(shared_drafts.glob("*.eml"))
    assert len(SEEDS["corpora"]) > 600 and len(SEEDS["drafts"]) >= 160


@cache
def seed_bytes(path: Path) -> bytes:
    return path.read_bytes()


CHARSETS = (b"utf-8", b"gb2312", b"gbk", b"big5", b"x-unknown", b"utf-7", b"utf-16", b"utf-32",
            b"iso-2022-jp", b"koi8-r", b"x-mac-cyrillic", b"%CHARSET", b"134", b'"gb2312"', b"",
            b"\xff\xfe", b"unicode-1-1-utf-7", b"cp1252", b"ascii")


def truncate(raw: bytes, r: random.Random) -> bytes:
    return raw[:r.randrange(len(raw) + 1)]


def flip_bytes(raw: bytes, r: random.Random) -> bytes:
    out = bytearray(raw)
    for _ in range(r.randint(1, 20)):
        if out:
            out[r.randrange(len(out))] ^= r.randrange(1, 256)
    return bytes(out)


def insert_nul(raw: bytes, r: random.Random) -> bytes:
    out = bytearray(raw)
    for _ in range(r.randint(1, 10)):
        out[r.randrange(len(out) + 1):0] = b"\x00" * r.randint(1, 3)
    return bytes(out)


def break_boundaries(raw: bytes, r: random.Random) -> bytes:
    """Drop the closing boundary, change the declared one, or cut parts at a boundary."""
    choice = r.randrange(4)
    if choice == 0:
        return raw.replace(b"--\r\n", b"\r\n").replace(b"--\n", b"\n")
    if choice == 1:
        return raw.replace(b"boundary=", b"boundary=x", 1)
    if choice == 2:
        i = raw.find(b"\n--")
        return raw if i < 0 else raw[:i] + b"\n--" + raw[i + 3:i + 3 + r.randrange(80)]
    return raw.replace(b"multipart/", b"multipart/" * r.randint(1, 2), 1) + b"\r\n--\r\n--"


def wrong_charset(raw: bytes, r: random.Random) -> bytes:
    label = r.choice(CHARSETS)
    if b"charset=" in raw.lower():
        i = raw.lower().index(b"charset=") + len(b"charset=")
        j = i
        while j < len(raw) and raw[j:j + 1] not in b";\r\n \t":
            j += 1
        return raw[:i] + label + raw[j:]
    return b"Content-Type: text/plain; charset=" + label + b"\r\n" + raw


def long_header(raw: bytes, r: random.Random) -> bytes:
    n = r.choice((100, 1000, 10_000))
    if r.random() < 0.5:
        field = b"X-Long: " + b"\r\n ".join(b"w%d" % i for i in range(n)) + b"\r\n"
    else:
        field = b"".join(b"X-Junk-%d: v\r\n" % i for i in range(n))
    return field + raw


def long_line(raw: bytes, r: random.Random) -> bytes:
    i = r.randrange(len(raw) + 1)
    return raw[:i] + "长".encode() * r.choice((1000, 30_000)) + raw[i:]


def nest_multipart(raw: bytes, r: random.Random) -> bytes:
    depth = r.choice((2, 20, 200))
    head, sep, body = raw.partition(b"\r\n\r\n")
    out = body
    for d in range(depth):
        out = (b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (d, d + 1)
               + out + b"\r\n--b%d--\r\n" % d) if d else out
    return head + b'\r\nContent-Type: multipart/mixed; boundary="b0"' + sep + out


def change_line_ends(raw: bytes, r: random.Random) -> bytes:
    return raw.replace(b"\r\n", r.choice((b"\n", b"\r", b"\n\r", b"\r\r\n")))


def splice(raw: bytes, r: random.Random) -> bytes:
    other = seed_bytes(r.choice(SEEDS["corpora"] + SEEDS["drafts"]))
    return raw[:r.randrange(len(raw) + 1)] + other[r.randrange(len(other) + 1):]


def garbage_encodings(raw: bytes, r: random.Random) -> bytes:
    bad = r.choice((b"=?utf-8?B?@@@@?=", b"=?gb2312?Q?=ZZ=?=", b"=?x-unknown?B?5Lit?=",
                    b"=?utf-8?B?" + b"A" * 5000 + b"?=", b"=?", b"?="))
    out = raw.replace(b"Subject:", b"Subject: " + bad, 1)
    return out.replace(b"quoted-printable", b"base64", 1) if r.random() < 0.5 else \
        out.replace(b"base64", b"quoted-printable", 1)


MUTATIONS = (truncate, flip_bytes, insert_nul, break_boundaries, wrong_charset, long_header,
             long_line, nest_multipart, change_line_ends, splice, garbage_encodings)


@st.composite
def hostile_message(draw) -> tuple[str, bytes]:
    """(what was done, the mutated bytes) from a seed message and 1-3 mutations."""
    # Half of the seeds are PM drafts (about half of them risky), so that mutated risky drafts
    # reach the annotate-and-replace path; the other half real-world mail of every kind.
    path = draw(st.sampled_from(SEEDS[draw(st.sampled_from(("drafts", "corpora")))]))
    raw = seed_bytes(path)
    ops = draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3))
    r = random.Random(draw(st.integers(0, 2**32 - 1)))
    for op in ops:
        raw = op(raw, r)
    return f"{path.parent.name}/{path.name}: {'+'.join(op.__name__ for op in ops)}", raw


# --------------------------------------------------------------------------- the properties


def judged(raw: bytes) -> str:
    """Read, analyse and annotate `raw` as a scan would; "unreadable", "risky" or "ok".
    Fails the test on any exception the contract does not allow."""
    try:
        draft = read_draft(raw)
    except DraftError as exc:
        assert not raw.strip(), f"a DraftError for a non-blank message: {exc}"
        assert str(exc) and "\n" not in str(exc)
        return "unreadable"
    verdict = analyse(draft, RULESET)
    assert isinstance(verdict, Verdict)
    try:
        copy = annotate.annotate(raw, WARNINGS, version="1", op=OP)
    except ValueError:
        pass                      # the scan skips such a draft ("cannot annotate"), untouched
    else:
        assert annotate.strip(copy.raw) == raw
        assert annotate.read_mark(copy.raw).op == OP
    return "risky" if verdict.risky() else "ok"


@settings(max_examples=scaled(2000, 40_000), **SETTINGS)
@given(case=hostile_message())
def test_the_reader_and_the_analyser_take_any_mutated_message(case):
    _, raw = case
    TRIED["reader"] += 1
    judged(raw)


@settings(max_examples=scaled(50, 800), **SETTINGS)
@given(batch=st.lists(hostile_message(), min_size=1, max_size=15))
def test_check_reports_every_file_and_only_blank_ones_as_unreadable(batch, capsys):
    with tempfile.TemporaryDirectory() as tmp:
        for i, (_, raw) in enumerate(batch):
            (Path(tmp) / f"m{i:02d}.eml").write_bytes(raw)
        capsys.readouterr()
        code = run_main(["check", "--format", "json", tmp])
        out = capsys.readouterr().out
    TRIED["check"] += len(batch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["source"]).name for r in rows] == [f"m{i:02d}.eml" for i in range(len(batch))]
    for row, (what, raw) in zip(rows, batch):
        assert (row["error"] is not None) == (not raw.strip()), (what, row)
    worst = 2 if any(r["error"] for r in rows) else 1 if any(r["risky"] for r in rows) else 0
    assert code == worst


# --------------------------------------------------------------------------- through a scan


def reset_folder(user) -> None:
    """Empty the user's Drafts folder (the test's own mailbox) before the next batch."""
    c = user.client()
    try:
        c.select_folder(FOLDER)
        uids = c.search(["ALL"])
        if uids:
            c.add_flags(uids, [b"\\Deleted"], silent=True)
            c.expunge()
    finally:
        c.logout()


def seed_each(user, messages: list[bytes]) -> tuple[list[bytes], int]:
    """APPEND each message on its own; returns those the server took and how many it refused
    (Dovecot refuses, e.g., an empty message)."""
    taken, refused = [], 0
    c = user.client()
    try:
        for raw in messages:
            try:
                c.append(FOLDER, raw, flags=[b"\\Draft"])
                taken.append(raw)
            except Exception:  # noqa: BLE001 - the server's refusal is not under test
                refused += 1
    finally:
        c.logout()
    return taken, refused


def folder_meta(user) -> dict[int, tuple]:
    """UID -> (flags, INTERNALDATE, size): enough to see that nothing was replaced or flagged."""
    c = user.client()
    try:
        c.select_folder(FOLDER, readonly=True)
        uids = c.search(["ALL"])
        data = c.fetch(uids, ["FLAGS", "INTERNALDATE", "RFC822.SIZE"]) if uids else {}
    finally:
        c.logout()
    return {u: (d[b"FLAGS"], d[b"INTERNALDATE"], d[b"RFC822.SIZE"]) for u, d in data.items()}


def scan_and_check(user, account, state_path: Path) -> dict[int, str]:
    """Scan the folder and check every draft's fate; returns UID -> "annotated", "untouched" or
    "skipped" (left untouched and reported)."""
    before = snapshot(user)
    config = config_with_state(state_path, account)
    with State.open(state_path) as state:
        summary = scan_account(account, config, state, RULESET)
    after = snapshot(user)
    skipped = {uid for uid, _ in summary.skipped}
    copies = {uid: v for uid, v in live(after).items() if uid not in before}
    by_original: dict[bytes, list[int]] = {}
    for uid, (raw, flags, _) in copies.items():
        mark = annotate.read_mark(raw)
        assert mark is not None, f"UID {uid} appeared without our mark"
        by_original.setdefault(annotate.strip(raw), []).append(uid)
    outcome: dict[int, str] = {}
    for uid, (raw, flags, date) in before.items():
        verdict = JUDGE(raw)
        if uid in after:
            assert after[uid] == (raw, flags, date), f"UID {uid} changed in place"
            outcome[uid] = "skipped" if uid in skipped else "untouched"
            if isinstance(verdict, DraftError):
                assert uid in skipped, f"unreadable UID {uid} not reported"
            continue
        assert uid not in skipped
        found = by_original.get(raw, [])
        assert found, f"UID {uid} is gone and no copy of it is there"
        copy_raw, copy_flags, copy_date = after[found.pop()]
        assert copy_date == date and flags <= copy_flags and SEEN not in copy_flags - flags
        assert isinstance(verdict, Verdict) and verdict.risky()
        outcome[uid] = "annotated"
    extra = [uids for uids in by_original.values() if uids]
    assert not extra, f"copies that replace nothing (duplicates): {extra}"
    assert not any(SEEN in f for _, f, _ in after.values())
    settled = folder_meta(user)
    with State.open(state_path) as state:           # a second scan changes nothing
        scan_account(account, config, state, RULESET)
    assert folder_meta(user) == settled
    return outcome


@pytest.fixture(scope="module")
def fuzz_user(dovecot):
    return dovecot.new_user()


SCANNED: Counter[str] = Counter()


@settings(max_examples=scaled(20, 300), **SETTINGS)
@given(batch=st.lists(hostile_message(), min_size=10, max_size=40))
def test_a_scan_marks_or_leaves_alone_every_mutated_draft(batch, fuzz_user):
    # Mutations of one seed share its Message-ID: such drafts must all be kept too
    # (test_two_drafts_that_share_a_message_id_are_both_kept is the plain case).
    reset_folder(fuzz_user)
    taken, refused = seed_each(fuzz_user, [raw for _, raw in batch])
    with tempfile.TemporaryDirectory() as tmp:
        outcome = scan_and_check(fuzz_user, fuzz_user.account(quiet_period=0),
                                 Path(tmp) / "state.sqlite3")
    TRIED["scan"] += len(taken)
    SCANNED.update(outcome.values())
    SCANNED["refused by the server"] += refused


@pytest.mark.parametrize("newer", ["another draft, fine", "another draft, risky", "the same bytes"])
def test_two_drafts_that_share_a_message_id_are_both_kept(dovecot, tmp_path, newer):
    """Two drafts in Drafts carry one Message-ID (a draft copied into Drafts twice, a client
    that reuses a Message-ID, a save whose old version the client failed to delete). The older
    one is risky. Whatever mailcoach makes of them, the PM's text of both must still be there."""
    mid = "<shared-id@ourteam.example.com>"
    older = own_draft(1, "李经理:\r\n这个需求不可能做,我们不接受任何变更。\r\n王", mid=mid)
    second = {"another draft, fine": own_draft(2, "李经理:\r\n需求已记录,周五前答复您。\r\n王", mid=mid),
              "another draft, risky": own_draft(2, "张总:\r\n这个不可能做。\r\n王", mid=mid),
              "the same bytes": older}[newer]
    user = dovecot.new_user()
    user.seed(FOLDER, [older, second], flags=[("\\Draft",), ("\\Draft",)])
    account = user.account(quiet_period=0)
    config = config_with_state(tmp_path / "state.sqlite3", account)
    for _ in range(2):
        with State.open(tmp_path / "state.sqlite3") as state:
            scan_account(account, config, state, RULESET)
    kept = sorted(annotate.strip(raw) for raw, _, _ in live(snapshot(user)).values())
    assert kept == sorted([older, second]), "a draft's text is gone from the folder"


# --------------------------------------------------------------------------- extreme inputs


def extreme_inputs() -> dict[str, bytes]:
    """Hostile messages built on risky drafts of our own, each with a Message-ID of its own
    (drafts sharing one are taken for versions of one draft); each name says what it is."""
    def draft() -> tuple[bytes, bytes, bytes]:
        base = own_draft(1, "李经理:\r\n这个需求不可能做,我们不接受任何变更。\r\n王")
        head, _, body = base.partition(b"\r\n\r\n")
        return base, head, body

    def multipart(head: bytes, boundary: bytes) -> bytes:
        return head.replace(b"text/plain; charset=utf-8",
                            b'multipart/mixed; boundary="' + boundary + b'"')

    rng = random.Random(7)
    cases: dict[str, bytes] = {}
    base, head, body = draft()
    cases["header-folded-over-10000-lines"] = head + b"\r\nX-Long: " + b"\r\n ".join(
        b"w%d" % i for i in range(10_000)) + b"\r\n\r\n" + body
    base, head, body = draft()
    cases["header-with-10000-fields"] = b"".join(b"X-Junk-%d: v\r\n" % i
                                                 for i in range(10_000)) + base
    base, head, body = draft()
    deep = body
    for d in range(199, -1, -1):
        deep = (b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n%s\r\n--b%d--\r\n'
                % (d, d + 1, deep, d))
    cases["multipart-nested-200-deep"] = multipart(head, b"b0") + b"\r\n\r\n" + deep
    base, head, body = draft()
    cases["nul-bytes-in-headers-and-body"] = base.replace(b"\r\n", b"\x00\r\n")
    base, head, body = draft()
    big_text = ("这个需求不可能做,我们不接受任何变更。" * 8 + "\r\n").encode() * 100_000
    cases["body-30MB"] = head + b"\r\n\r\n" + big_text[:30_000_000]
    base, head, body = draft()
    b64 = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n"
    cases["attachment-30MB"] = (
        multipart(head, b"=-x")
        + b"\r\n\r\n--=-x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
        + b"\r\n--=-x\r\nContent-Type: application/octet-stream\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + b64 * 400_000 + b"--=-x--\r\n")
    cases["binary-garbage"] = bytes(rng.randrange(256) for _ in range(65_536))
    base, head, body = draft()
    cases["headers-only-no-body"] = head + b"\r\n"
    cases["no-headers-only-body"] = body + b"\r\n(" + b"%x" % rng.getrandbits(64) + b")\r\n"
    base, head, body = draft()
    cases["line-of-1MB"] = head + b"\r\n\r\n" + "长".encode() * 350_000 + b"\r\n"
    base, head, body = draft()
    cases["lone-cr-line-ends"] = base.replace(b"\r\n", b"\r")
    base, head, body = draft()
    cases["gb2312-label-on-big5-bytes"] = (head.replace(b"utf-8", b"gb2312") + b"\r\n\r\n"
                                           + "這個需求不可能做".encode("big5") + b"\r\n")
    base, head, body = draft()
    cases["unknown-charset"] = head.replace(b"utf-8", b"x-klingon") + b"\r\n\r\n" + body
    cases["blank-lines-only"] = b"\r\n\r\n\r\n"
    cases["empty"] = b""
    return cases


def test_extreme_inputs_through_the_reader_check_and_a_scan(dovecot, tmp_path, capsys, request):
    cases = extreme_inputs()
    slowest = 0.0
    for name, raw in cases.items():
        started = time.monotonic()
        judged(raw)
        slowest = max(slowest, time.monotonic() - started)
    assert slowest < 20, f"one input took {slowest:.1f} s to judge"

    folder = tmp_path / "eml"
    folder.mkdir()
    for name, raw in cases.items():
        (folder / f"{name}.eml").write_bytes(raw)
    done = subprocess.run([sys.executable, "-m", "mailcoach", "check", "--format", "json",
                           str(folder)], cwd=REPO, capture_output=True, timeout=300)
    assert done.returncode == 2, done.stderr[-2000:]          # the blank ones are unreadable
    rows = {Path(r["source"]).stem: r for r in map(json.loads, done.stdout.splitlines())}
    assert set(rows) == set(cases)
    assert {n for n, r in rows.items() if r["error"]} == {"blank-lines-only", "empty"}
    assert rows["body-30MB"]["risky"] and rows["multipart-nested-200-deep"]["risky"] is not None
    assert b"Traceback" not in done.stderr

    user = dovecot.new_user()
    taken, refused = seed_each(user, list(cases.values()))
    outcome = scan_and_check(user, user.account(quiet_period=0, timeout=60),
                             tmp_path / "state.sqlite3")
    names = [name for name, raw in cases.items() if raw in taken]
    fate = {name: outcome[uid] for name, uid in zip(names, sorted(outcome))}
    assert fate["blank-lines-only"] == "skipped"       # unreadable: untouched and reported
    assert fate["body-30MB"] == fate["attachment-30MB"] == "annotated"
    TRIED["extreme"] += len(cases)
    figures(request.config).record(
        "fuzz-extreme", inputs=len(cases), slowest_judge_seconds=round(slowest, 2),
        refused_by_server=sorted(set(cases) - set(names)), outcome=fate)


@pytest.fixture(scope="module", autouse=True)
def record_counts(request):
    """After the module: how many inputs each property tried, for RELIABILITY.md."""
    yield
    if TRIED:
        figures(request.config).record(
            "fuzz", inputs_total=sum(TRIED.values()),
            **{f"inputs_{k}": v for k, v in TRIED.items()}, scan_outcomes=dict(SCANNED), crashes=0)
