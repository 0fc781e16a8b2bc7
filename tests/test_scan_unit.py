"""The scan glue on the in-memory folder: what a PM's Drafts folder looks like after each pass.

The judge is a stand-in (a draft is risky when its body says "做不了" or "NO WAY"), so these tests
are about the glue alone: which messages exist afterwards, with which bytes, flags and dates,
and what a crash or a PM's client does to a replace in flight. tests/test_scan_imap.py runs the
same scenarios with the real judge on real servers.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from mailcoach import annotate
from mailcoach.analysis import Finding, Verdict
from mailcoach.config import Account
from mailcoach.errors import CapabilityMissing, DraftError, ImapError
from mailcoach.memfolder import DEFAULT_DATE, Crash, MemoryFolder
from mailcoach.scan import plan_batches, scan_folder, strip_folder
from mailcoach.state import State

ACCOUNT = Account(name="work", host="imap.example.com", username="pm", password_env="PW",
                  quiet_period=0)
NOW = DEFAULT_DATE.timestamp() + 3600  # an hour after the drafts' INTERNALDATE
KW = "$MailCoachRisky"


def refusal() -> Finding:
    return Finding("refusal", "high", "当场回绝", "flat refusal", "<evidence never in a header>",
                   "留有缓冲 / leave a buffer")


class Judge:
    """Counts its calls; risky on 做不了 / NO WAY, low-only on 'maybe', unreadable on 'GARBLED'."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, raw: bytes):
        self.calls += 1
        if b"GARBLED" in raw:
            return DraftError("the message has no header block")
        if "做不了".encode() in raw or b"NO WAY" in raw:
            return Verdict((refusal(),))
        if b"maybe" in raw:
            return Verdict((replace(refusal(), severity="low"),))
        return Verdict(())


def draft(n: int, body: str, *, mid: str | None = None, subject: str = "需求变更") -> bytes:
    mid = mid or f"<d{n}@ourteam.example.com>"
    head = (f"From: pm@ourteam.example.com\r\nTo: client@client-a.example.cn\r\n"
            f"Subject: =?UTF-8?B?{__import__('base64').b64encode(subject.encode()).decode()}?=\r\n"
            f"Message-ID: {mid}\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
    return head.encode() + body.encode() + b"\r\n"


RISKY = "这个需求我们做不了。"
CLEAN = "我们评估后周五前答复您。"


def scan(folder, state, judge=None, account=ACCOUNT, **kw):
    kw.setdefault("now", lambda: NOW)
    return scan_folder(folder, state, judge or Judge(), account, **kw)


def live(folder: MemoryFolder) -> dict[int, bytes]:
    return {u: m.raw for u, m in sorted(folder.messages.items()) if "\\Deleted" not in m.flags}


def marked(folder: MemoryFolder) -> list[int]:
    return [u for u, raw in live(folder).items() if annotate.read_mark(raw) is not None]


CAPS = {
    "full": dict(),
    "no-uidplus-no-condstore": dict(uidplus=False, condstore=False),
    "no-keywords": dict(keywords=False),
    "replace": dict(replace=True),
}


@pytest.fixture
def state():
    st = State.memory()
    yield st
    st.close()


# ------------------------------------------------------------------------------ the basic pass


@pytest.mark.parametrize("caps", CAPS, ids=list(CAPS))
def test_risky_drafts_are_annotated_once_and_the_rest_is_untouched(state, caps):
    f = MemoryFolder(**CAPS[caps])
    date = datetime(2024, 5, 6, 17, 45, tzinfo=timezone(timedelta(hours=8)))
    risky = f.put(draft(1, RISKY), flags=("\\Draft", "\\Seen", "$label1"), internaldate=date)
    clean = f.put(draft(2, CLEAN))
    low = f.put(draft(3, "maybe later"))
    garbled = f.put(b"GARBLED")
    other_deleted = f.put(draft(5, RISKY), flags=("\\Draft", "\\Deleted"))
    before = {u: (m.raw, set(m.flags), m.internaldate) for u, m in f.messages.items()}

    s = scan(f, state)

    assert (s.seen, s.analysed, s.risky, s.annotated) == (4, 4, 1, 1)
    assert s.skipped == ((garbled, "the message has no header block"),)
    for uid in (clean, low, garbled, other_deleted):  # same UID, same bytes, same flags
        assert (f.messages[uid].raw, f.messages[uid].flags) == before[uid][:2]
    (copy,) = marked(f)
    assert annotate.strip(f.raw_of(copy)) == before[risky][0]
    assert f.messages[copy].internaldate == date
    expected_flags = {"\\Draft", "\\Seen", "$label1"} | ({KW} if caps != "no-keywords" else set())
    assert f.flags_of(copy) == expected_flags
    if caps == "no-uidplus-no-condstore":
        assert f.flags_of(risky) == {"\\Draft", "\\Seen", "$label1", "\\Deleted"}
        assert s.left_deleted == (risky,) and any("UIDPLUS" in n for n in s.notes)
    else:
        assert risky not in f.messages
    assert ("replace" in f.commands) == (caps == "replace")


def test_no_message_is_ever_marked_seen(state):
    f = MemoryFolder()
    for n in range(4):
        f.put(draft(n, RISKY if n % 2 else CLEAN))
    scan(f, state)
    assert all("\\Seen" not in m.flags for m in f.messages.values())


def test_a_second_scan_changes_nothing_and_a_third_costs_one_round_trip(state):
    f = MemoryFolder()
    f.put(draft(1, RISKY))
    f.put(draft(2, CLEAN))
    judge = Judge()
    scan(f, state, judge)
    after_first = {u: (m.raw, set(m.flags)) for u, m in f.messages.items()}
    f.commands.clear()
    s2 = scan(f, state, judge)
    assert {u: (m.raw, set(m.flags)) for u, m in f.messages.items()} == after_first
    assert (s2.annotated, s2.analysed, s2.risky) == (0, 0, 1)
    assert not {"append", "fetch", "add_flags", "mark_deleted"} & set(f.commands)
    f.commands.clear()
    s3 = scan(f, state, judge)
    assert s3.unchanged and f.commands == ["status"] and s3.risky == 1
    assert judge.calls == 2


@pytest.mark.parametrize("size", [20, 2000])
def test_a_no_change_poll_costs_the_same_whatever_the_folder_size(state, size):
    f = MemoryFolder()
    for n in range(size):
        f.put(draft(n, CLEAN))
    scan(f, state)
    scan(f, state)  # settles
    f.commands.clear()
    assert scan(f, state).unchanged
    assert f.commands == ["status"]


def test_without_uidnext_every_poll_lists_the_folder(state):
    f = MemoryFolder()
    f.put(draft(1, CLEAN))
    real_status = f.status
    f.status = lambda: replace(real_status(), uidnext=None)  # NetEase's STATUS has no UIDNEXT
    scan(f, state)
    scan(f, state)
    f.commands.clear()
    assert not scan(f, state).unchanged and "uids" in f.commands


def test_each_content_is_judged_once(state):
    f = MemoryFolder()
    f.put(draft(1, CLEAN))
    f.put(draft(1, CLEAN))  # the same bytes twice (a client that saved twice)
    judge = Judge()
    s = scan(f, state, judge)
    assert judge.calls == 1 and s.analysed == 1 and s.seen == 2


def test_memory_is_bounded_by_batch_bytes_not_folder_size(state):
    f = MemoryFolder()
    small = [f.put(draft(n, CLEAN + "x" * 1000)) for n in range(30)]
    big = f.put(draft(99, CLEAN + "y" * 300_000))
    fetched: list[list[int]] = []
    real_fetch = f.fetch
    f.fetch = lambda uids: (fetched.append(list(uids)), real_fetch(uids))[1]
    scan(f, state, account=replace(ACCOUNT, batch_bytes=100_000))
    sizes = {u: len(f.raw_of(u)) for u in f.messages}
    assert sorted(u for b in fetched for u in b) == sorted(small + [big])
    for batch in fetched:
        assert batch == [big] or sum(sizes[u] for u in batch) <= 100_000


@pytest.mark.parametrize(
    "sizes, budget, batches",
    [
        ([], 10, []),
        ([(1, 4), (2, 4), (3, 4)], 10, [[1, 2], [3]]),
        ([(1, 30), (2, 1)], 10, [[1], [2]]),                 # larger than the budget: alone
        ([(1, 1), (2, 30), (3, 1)], 10, [[1], [2], [3]]),
        ([(1, 10), (2, 10)], 10, [[1], [2]]),                # exactly the budget
    ],
    ids=["empty", "fill", "oversized-first", "oversized-middle", "exact"],
)
def test_plan_batches(sizes, budget, batches):
    assert list(plan_batches(sizes, budget)) == batches


# ------------------------------------------------------------------------------ quiet period


def test_young_drafts_wait_for_the_quiet_period(state):
    f = MemoryFolder()
    young = f.put(draft(1, RISKY), internaldate=datetime.fromtimestamp(NOW - 60, timezone.utc))
    account = replace(ACCOUNT, quiet_period=600)
    s = scan(f, state, account=account)
    assert (s.waiting, s.annotated) == (1, 0) and live(f) == {young: draft(1, RISKY)}
    # Nothing changed on the server, but the draft's quiet period is over: the poll looks again.
    s = scan(f, state, account=account, now=lambda: NOW + 600)
    assert not s.unchanged and s.annotated == 1


def test_a_draft_saved_with_an_old_date_waits_from_when_it_was_first_seen(state):
    f = MemoryFolder()
    f.put(draft(1, CLEAN))
    account = replace(ACCOUNT, quiet_period=600)
    scan(f, state, account=account)
    late = f.put(draft(2, RISKY), internaldate=DEFAULT_DATE)  # INTERNALDATE long past
    s = scan(f, state, account=account, now=lambda: NOW + 10)
    assert s.waiting == 1 and late in f.messages
    s = scan(f, state, account=account, now=lambda: NOW + 610)
    assert s.annotated == 1 and late not in f.messages


# ------------------------------------------------------------------------------ edits by the PM


def test_an_edited_annotated_draft_is_judged_again(state):
    f = MemoryFolder()
    f.put(draft(1, RISKY))
    judge = Judge()
    scan(f, state, judge)
    (copy,) = marked(f)
    # mutt keeps unknown headers: the PM edits our annotated copy, it keeps our (now stale) mark.
    edited = f.raw_of(copy).replace(RISKY.encode(), "NO WAY, 周五也做不了".encode())
    f.client_delete(copy)
    f.put(edited)
    s = scan(f, state, judge)
    (new_copy,) = marked(f)
    assert s.annotated == 1 and judge.calls == 2
    assert annotate.strip(f.raw_of(new_copy)) == annotate.strip(edited)
    assert annotate.read_mark(f.raw_of(new_copy)).hash == annotate.content_hash(edited)


def test_an_annotated_draft_edited_into_a_clean_one_loses_our_warning(state):
    f = MemoryFolder()
    f.put(draft(1, RISKY))
    scan(f, state)
    (copy,) = marked(f)
    edited = f.raw_of(copy).replace(RISKY.encode(), CLEAN.encode())
    f.client_delete(copy)
    f.put(edited, flags=("\\Draft", KW))
    s = scan(f, state)
    assert marked(f) == [] and s.risky == 0
    (uid,) = live(f)
    assert f.raw_of(uid) == annotate.strip(edited) == draft(1, CLEAN)
    assert f.flags_of(uid) == {"\\Draft"}


def test_a_newer_version_saved_by_the_client_supersedes_our_copy(state):
    f = MemoryFolder()
    f.put(draft(1, RISKY))
    scan(f, state)
    (copy,) = marked(f)
    # Thunderbird had the draft open: its autosave appends v2 and deletes the UID it remembers
    # (gone already), so our annotated copy would stay behind.
    v2 = f.put(draft(1, RISKY + " NO WAY."))
    s = scan(f, state)
    assert s.stale_removed == 1 and copy not in f.messages
    (new_copy,) = marked(f)
    assert v2 not in f.messages and annotate.strip(f.raw_of(new_copy)) == draft(1, RISKY + " NO WAY.")
    assert len(live(f)) == 1


def test_a_newer_clean_version_supersedes_our_copy_and_stays_untouched(state):
    f = MemoryFolder()
    f.put(draft(1, RISKY))
    scan(f, state)
    v2 = f.put(draft(1, CLEAN))
    s = scan(f, state)
    assert s.stale_removed == 1 and live(f) == {v2: draft(1, CLEAN)}


# ------------------------------------------------------------------------------ races with the client


def client_saves_new_version(new_body: str, *, expunge: bool = True):
    """A hook: just before our APPEND, the PM's client saves v2 and deletes the old UID."""
    done = []

    def hook(f: MemoryFolder) -> None:
        if not done:
            done.append(True)
            old = min(u for u in f.messages if annotate.read_mark(f.raw_of(u)) is None)
            f.put(draft(1, new_body))
            f.client_delete(old, expunge=expunge)

    return hook


@pytest.mark.parametrize("caps", CAPS, ids=list(CAPS))
@pytest.mark.parametrize("expunge", [True, False], ids=["expunged", "flagged-deleted"])
def test_a_draft_saved_by_the_client_during_the_replace_wins(state, caps, expunge):
    f = MemoryFolder(**CAPS[caps])
    f.put(draft(1, RISKY))
    f.on("before:replace" if caps == "replace" else "before:append",
         client_saves_new_version(CLEAN, expunge=expunge))
    try:
        first = scan(f, state)
    except ImapError:  # REPLACE of a message the client has just expunged: refused, nothing lost
        assert caps == "replace" and expunge
    else:
        if caps != "replace":  # APPEND-then-check notices at once and removes our copy
            assert (first.rolled_back, first.annotated) == (1, 0)
    # REPLACE won the race: a minute later the stale-copy sweep removes our copy (v2 was first
    # seen after our operation began, so it is a newer version, not a second draft).
    scan(f, state, now=lambda: NOW + 60)
    assert marked(f) == []
    assert list(live(f).values()) == [draft(1, CLEAN)]


def test_the_newer_version_is_judged_on_the_next_scan(state):
    f = MemoryFolder()
    f.put(draft(1, RISKY))
    f.on("before:append", client_saves_new_version("NO WAY, 还是做不了"))
    scan(f, state)
    s = scan(f, state)
    (copy,) = marked(f)
    assert s.annotated == 1 and len(live(f)) == 1
    assert annotate.strip(f.raw_of(copy)) == draft(1, "NO WAY, 还是做不了")


def test_a_flag_change_during_the_replace_rolls_back(state):
    f = MemoryFolder()  # CONDSTORE: the STORE \Deleted is conditional on the MODSEQ we read
    orig = f.put(draft(1, RISKY))
    f.on("before:mark_deleted", lambda fo: fo.client_flags(orig, add=["\\Flagged"])
         if "\\Flagged" not in fo.flags_of(orig) else None)
    s = scan(f, state)
    assert s.rolled_back == 1 and marked(f) == []
    assert f.flags_of(orig) == {"\\Draft", "\\Flagged"} and f.raw_of(orig) == draft(1, RISKY)


def test_when_the_original_vanishes_and_no_other_version_exists_our_copy_is_kept(state):
    f = MemoryFolder()
    orig = f.put(draft(1, RISKY))
    # Gmail drops a "similar" message itself when one is appended: our copy is the survivor.
    f.on("after:append", lambda fo: fo.client_delete(orig) if orig in fo.messages else None)
    s = scan(f, state)
    (copy,) = marked(f)
    assert s.annotated == 1 and list(live(f)) == [copy]


# ------------------------------------------------------------------------------ crashes


APPEND_STEPS = ["before:append", "after:append", "before:mark_deleted", "after:mark_deleted"]
STEPS = {  # the commands of a replace on each kind of folder
    "full": APPEND_STEPS + ["before:expunge_one", "after:expunge_one"],
    "no-uidplus-no-condstore": APPEND_STEPS + ["after:find_by_header"],
    "no-keywords": APPEND_STEPS + ["before:expunge_one", "after:expunge_one"],
    "replace": ["before:replace", "after:replace"],
}
CRASHES = [(caps, step) for caps, steps in STEPS.items() for step in steps]


@pytest.mark.parametrize("caps, step", CRASHES, ids=[f"{c}-{s}" for c, s in CRASHES])
def test_a_crash_at_any_step_is_repaired_to_exactly_one_annotated_copy(state, caps, step):
    f = MemoryFolder(**CAPS[caps])
    risky = draft(1, RISKY)
    f.put(risky, flags=("\\Draft", "$label1"))
    clean = f.put(draft(2, CLEAN))
    other = f.put(draft(3, CLEAN), flags=("\\Draft", "\\Deleted"))  # another client's
    f.crash_at(step)
    with pytest.raises(Crash):
        scan(f, state)
    s = scan(f, state)
    assert s.repaired == 1
    (copy,) = marked(f)
    assert annotate.strip(f.raw_of(copy)) == risky
    assert f.flags_of(copy) >= {"\\Draft", "$label1"}
    assert set(live(f)) == {copy, clean}
    assert f.raw_of(clean) == draft(2, CLEAN) and f.flags_of(other) == {"\\Draft", "\\Deleted"}
    # and it stays that way
    before = {u: (m.raw, set(m.flags)) for u, m in f.messages.items()}
    scan(f, state)
    assert {u: (m.raw, set(m.flags)) for u, m in f.messages.items()} == before


@pytest.mark.parametrize("step", ["before:mark_deleted", "after:mark_deleted", "before:expunge_one"])
def test_a_crash_while_removing_a_stale_copy_is_finished_later(state, step):
    f = MemoryFolder()
    f.put(draft(1, RISKY))
    scan(f, state)
    v2 = f.put(draft(1, CLEAN))
    f.crash_at(step)
    with pytest.raises(Crash):
        scan(f, state)
    scan(f, state)
    assert live(f) == {v2: draft(1, CLEAN)}


def test_a_crash_after_append_then_a_uidvalidity_change_is_repaired_by_token_and_hash(state):
    f = MemoryFolder()
    f.put(draft(1, RISKY))
    f.put(draft(2, CLEAN))
    f.crash_at("after:append")
    with pytest.raises(Crash):
        scan(f, state)
    f.reset_uidvalidity(2000)
    s = scan(f, state)
    assert s.repaired == 1
    (copy,) = marked(f)
    assert sorted(live(f).values()) == sorted([f.raw_of(copy), draft(2, CLEAN)])


def test_an_op_token_that_can_be_found_is_never_appended_again(state):
    f = MemoryFolder()
    f.put(draft(1, RISKY))
    f.crash_at("after:append")
    with pytest.raises(Crash):
        scan(f, state)
    f.commands.clear()
    scan(f, state)
    assert "append" not in f.commands


# ------------------------------------------------------------------------------ UIDVALIDITY


def test_a_uidvalidity_change_rescans_and_annotates_nothing_twice(state):
    f = MemoryFolder()
    f.put(draft(1, RISKY))
    f.put(draft(2, CLEAN))
    judge = Judge()
    scan(f, state, judge)
    contents = sorted(live(f).values())
    f.reset_uidvalidity(2000)
    f.commands.clear()
    s = scan(f, state, judge)
    assert sorted(live(f).values()) == contents
    assert "append" not in f.commands and s.risky == 1 and s.annotated == 0
    assert judge.calls == 2  # the clean draft's verdict came from the state


# ------------------------------------------------------------------------------ cues without replacing


@pytest.mark.parametrize(
    "account, converts, keywords, expect",
    [
        (replace(ACCOUNT, replace="never"), False, True, {KW}),
        (replace(ACCOUNT, replace="never", flag=True), False, True, {KW, "\\Flagged"}),
        (replace(ACCOUNT, replace="never", keywords=(KW, "$label1")), False, True, {KW, "$label1"}),
        (ACCOUNT, True, False, {"\\Flagged"}),              # Exchange: no keywords, no replace
        (replace(ACCOUNT, replace="never"), False, False, {"\\Flagged"}),
    ],
    ids=["never", "never-flag", "extra-keyword", "exchange", "no-keywords"],
)
def test_flag_only_cues_are_stored_on_the_original(state, account, converts, keywords, expect):
    f = MemoryFolder(keywords=keywords)
    uid = f.put(draft(1, RISKY))
    s = scan(f, state, account=account, converts_appends=converts)
    assert (s.flagged, s.annotated) == (1, 0)
    assert f.raw_of(uid) == draft(1, RISKY) and f.flags_of(uid) == {"\\Draft"} | expect
    strip_folder(f, state, account, now=lambda: NOW)
    assert f.flags_of(uid) == {"\\Draft"}


def test_exchange_with_replace_always_is_annotated(state):
    f = MemoryFolder(keywords=False)
    f.put(draft(1, RISKY))
    s = scan(f, state, account=replace(ACCOUNT, replace="always"), converts_appends=True)
    assert s.annotated == 1 and len(marked(f)) == 1


# ------------------------------------------------------------------------------ strip


@pytest.mark.parametrize("caps", CAPS, ids=list(CAPS))
def test_strip_restores_the_original_bytes_and_flags(state, caps):
    f = MemoryFolder(**CAPS[caps])
    account = replace(ACCOUNT, flag=True, subject_tag="[MailCoach] ", note=True)
    risky = draft(1, RISKY)
    f.put(risky, flags=("\\Draft", "$label1"))
    user_flagged = f.put(draft(2, "NO WAY"), flags=("\\Draft", "\\Flagged"))
    scan(f, state, account=account)
    assert len(marked(f)) == 2
    s = strip_folder(f, state, account, now=lambda: NOW)
    assert s.stripped == 2 and marked(f) == []
    by_body = {raw: u for u, raw in live(f).items()}
    assert set(by_body) == {risky, draft(2, "NO WAY")}
    assert f.flags_of(by_body[risky]) == {"\\Draft", "$label1"}
    # \Flagged was the PM's own on draft 2: it stays.
    assert f.flags_of(by_body[draft(2, "NO WAY")]) == {"\\Draft", "\\Flagged"}
    assert user_flagged not in live(f) or live(f)[user_flagged] == draft(2, "NO WAY")
    # A scan after strip does not annotate the restored drafts again.
    assert scan(f, state, account=account).annotated == 0 and marked(f) == []


@pytest.mark.parametrize("step", ["after:append", "before:mark_deleted", "after:mark_deleted"])
def test_a_crash_during_strip_is_repaired(state, step):
    f = MemoryFolder(uidplus=False, condstore=False)  # the copy is found by its bytes, not APPENDUID
    risky = draft(1, RISKY)
    f.put(risky)
    scan(f, state)
    f.crash_at(step)
    with pytest.raises(Crash):
        strip_folder(f, state, ACCOUNT, now=lambda: NOW)
    strip_folder(f, state, ACCOUNT, now=lambda: NOW)
    assert list(live(f).values()) == [risky]


# ------------------------------------------------------------------------------ dry run, stop


def test_dry_run_determines_everything_and_changes_nothing(tmp_path):
    path = tmp_path / "state.sqlite3"
    f = MemoryFolder()
    f.put(draft(1, RISKY))
    f.put(draft(2, CLEAN))
    with State.open(path) as st:  # a state from an earlier scan
        scan(f, st)
    f.put(draft(3, "NO WAY"))
    f.put(b"GARBLED")
    before = {u: (m.raw, set(m.flags), m.modseq) for u, m in f.messages.items()}
    state_before = (path.read_bytes(), path.stat().st_mtime_ns)
    f.commands.clear()
    with State.open(path, readonly=True) as ro:
        s = scan(f, ro, dry_run=True)
    assert {u: (m.raw, set(m.flags), m.modseq) for u, m in f.messages.items()} == before
    assert (path.read_bytes(), path.stat().st_mtime_ns) == state_before
    assert not {"append", "add_flags", "mark_deleted", "expunge_one"} & set(f.commands)
    with State.open(path) as st:
        real = scan(f, st)
    assert (s.annotated, s.risky, s.skipped, s.analysed) == (real.annotated, real.risky,
                                                            real.skipped, real.analysed)


def test_stop_is_honoured_between_drafts_and_the_rest_waits(state):
    f = MemoryFolder()
    for n in range(5):
        f.put(draft(n, RISKY))
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(marked(f)) >= 2

    s = scan(f, state, stop_requested=stop)
    assert s.stopped and s.annotated == 2 and len(live(f)) == 5
    s = scan(f, state)
    assert s.annotated == 3 and len(marked(f)) == 5


def test_a_stopped_pass_is_not_taken_for_settled(state):
    f = MemoryFolder()
    f.put(draft(1, CLEAN))
    scan(f, state, stop_requested=lambda: True)
    assert not scan(f, state).unchanged


# ------------------------------------------------------------------------------ what is recorded


def test_the_state_never_holds_draft_text_or_addresses(tmp_path):
    path = tmp_path / "state.sqlite3"
    f = MemoryFolder()
    f.put(draft(1, RISKY, subject="机密项目代号青龙"))
    f.put(draft(2, CLEAN))
    f.put(b"GARBLED")
    with State.open(path) as st:
        scan(f, st)
        strip_folder(f, st, ACCOUNT, now=lambda: NOW)
    data = path.read_bytes()
    for needle in (RISKY, CLEAN, "机密项目代号青龙", "client@client-a.example.cn", "<evidence"):
        assert needle.encode() not in data
        assert needle.encode("utf-16-le") not in data


def test_without_uidplus_expunge_is_never_sent(state):
    f = MemoryFolder(uidplus=False)
    f.put(draft(1, RISKY))
    f.expunge_one = lambda uid: pytest.fail("expunge without UIDPLUS")  # type: ignore[method-assign]
    s = scan(f, state)
    assert s.annotated == 1


def test_capability_missing_is_an_imap_error():
    f = MemoryFolder(uidplus=False)
    with pytest.raises(CapabilityMissing):
        f.expunge_one(1)


def test_the_memory_folder_refuses_keywords_it_cannot_store():
    f = MemoryFolder(keywords=False)
    with pytest.raises(Exception, match="cannot be stored"):
        f.append(b"x", [KW], None)

