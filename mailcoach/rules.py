"""Loading, layering and validating the rules that mailcoach judges drafts by.

A rules file is TOML. The built-in file ``mailcoach/data/rules.toml`` always comes first; user
files are layered on top of it in the order given. Everything is validated when loaded, into
frozen dataclasses; any problem raises one :class:`~mailcoach.errors.RulesError` whose message
names the file, the rule and the key.

File format
===========

Top level: an optional ``disable = ["rule-id", ...]`` and one ``[rules.<id>]`` table per rule.
A rule id is lower-case ASCII: letters, digits, ``-`` and ``_``, starting with a letter.

Keys of a rule (all optional in a file that *changes* an existing rule; a file that *adds* a rule
must give ``severity``, both labels, both advice texts and at least one cue)::

    severity           "low" | "medium" | "high". "low" findings are hints: they never make a
                       draft risky at the default threshold "medium".
    external_severity  the severity to use instead when any To/Cc address is outside the
                       internal domains (backchannel uses it: the reply-all accident).
    internal_exempt    true: the rule is about talking to the client, so it does not apply to
                       a draft whose recipients are all internal (a draft with no recipients
                       yet is judged). Default false.
    label_zh, label_en short name shown to the user, e.g. "当场回绝" / "flat refusal".
    advice_zh, advice_en   what to do instead.
                       Labels and advice are one line each and may not hold tabs, other control
                       characters, U+2028/U+2029 or surrogates (they end up in header fields).
    model              true: ask the tone model (mailcoach.model) for a second opinion on the
                       whole draft when the rule's cues find nothing (for a ramble rule: when a
                       long draft's chatter vocabulary falls short), and let it demote a cue to
                       a low hint when it is confident the draft is fine. Only the built-in
                       rules have a trained model; for any other id the key changes nothing.
                       Set it to false in a user file to hear only the phrases. Default false
                       (true for the five built-ins).
    kind               "cue" (default) or "ramble".

    # kind = "cue": the rule fires on what the PM's own words say.
    phrases            strong cues: words or phrases; one is enough. Chinese is matched on whole
                       words (the text is segmented with jieba, and every phrase is added to the
                       segmenter's dictionary first); English on whole words; case-insensitive.
    patterns           strong cues as regular expressions (see "Patterns" below).
    weak_phrases       weak cues: the rule fires only when `weak_needed` different weak cues
    weak_patterns      occur in the draft (e.g. "!!!" alone is not enough).
    weak_needed        how many distinct weak cues make a finding (integer >= 1, default 2).
    softeners          a buffer that takes the edge off: a cue followed by one (later in its
    softener_patterns  sentence or anywhere after it) does not count ("we'll assess it and
                       answer by Friday", a concrete alternative, a hand-off to a manager). A
                       softener that is negated ("没有替代方案", "no alternative") or is only
                       what the client asked for ("您让我们评估…") does not soften.
    ignore             other senses: a cue that overlaps a match of these in the same sentence
    ignore_patterns    does not count ("不可能的任务", "做不了主", "Connection refused").
    target_phrases     paired cues: who a remark is aimed at (the reader: "贵方", "your team";
    target_patterns    the client in the third person: "甲方", "X总", "their PM") ...
    charge_phrases     ... and what is said of them ("搞清楚", "算谁的"; "抠", "难伺候",
    charge_patterns    "useless"). A charge makes a strong cue when a target stands within 40
                       characters of it in the same sentence; a negated target ("不是客户…",
                       "not the client") does not count, and neither does a negated, conditional
                       or quoted charge. Give both kinds or neither.
    reader_exempt      true: the rule is about talking *about* the client, so in a draft whose
                       To holds an address outside the internal domains, a cue in a sentence that
                       addresses the reader (您, 你们, 贵方, 相关同事, you, your ...) does not count
                       unless a target of the rule in it names someone else ("你们王总根本不懂"):
                       said to the client's face it is another rule's business. Default false.

    # kind = "ramble": the rule weighs length against how much of the text is off-topic.
    min_chars          a draft is long when it has at least this many Chinese characters ...
    min_words          ... or this many English words; for a mixed draft the two proportions
                       add up (chars / min_chars + words / min_words >= 1).
    offtopic_share     fires when at least this share (0..1) of the draft's sentences, weighted
                       by length, are chatter rather than business.
    offtopic_phrases   chatter vocabulary (weather, food, family, hobbies, travel, sports ...).
    topic_phrases      business vocabulary; words of the draft's Subject count as topic too.

Besides what the rules say, the analysis always understands these things for cue rules: a cue
right after a negation ("不是不可能", "并不是做不了", "it isn't your fault") does not count; a
cue inside a conditional clause ("如果测试不行", "if the test fails") does not count; and words
inside quotation marks after a verb of saying (the client's own words, quoted), or any quotation
of 15 characters or more, do not count.

Patterns
--------
Python regular expressions, matched against one sentence at a time of the normalised text:
full-width forms folded to ASCII (e.g. "，" → ","), traditional Chinese characters folded to
simplified, and letters lower-cased, so write patterns in lower case (an upper-case letter is an
error); ``^`` and ``$`` are the start and end of the sentence. Use ``(?:...)`` rather than named
groups. Patterns that start with a literal character are cheapest: each pattern is tried only
where one of its possible first characters occurs.

So that a custom pattern cannot hang the service, it is rejected when it nests a repetition inside
another repetition (``(a+)+``, ``(\\w+\\s?)*``), has more than two unbounded repetitions (``*``,
``+``, ``{n,}``) of a broad class (``.``, a negated class, ``\\w``, ``\\S``), has a bound above
60, or uses a back-reference; in addition sentences are cut to at most 400 characters before
matching (and only the first 50,000 characters of a draft are analysed), which bounds whatever
polynomial backtracking is left.

Layering
--------
Files are applied in order: the built-in file, then each user file. For a rule id that already
exists, list keys (phrases, patterns, weak_*, softeners, softener_patterns, ignore, ignore_patterns,
target_*, charge_*, offtopic_phrases, topic_phrases) are *merged*: the file's entries are appended, duplicates dropped;
scalar keys (severity, external_severity, internal_exempt, reader_exempt, model, labels, advice, kind, weak_needed,
min_chars, min_words, offtopic_share) are *replaced*. A new id adds a rule after the existing ones.
There is no way to remove a single built-in phrase: disable the rule and add your own. Every
``disable`` list (from any file, and the ``disable`` argument of :func:`load_ruleset`) removes the
named rules from the result; naming an unknown rule is an error. ``Rule.source`` lists the files
that defined or changed a rule.

Example (paste into a user rules file)::

    # ~/.config/mailcoach/rules.toml
    disable = ["ramble"]                 # we never send chatty mails

    [rules.refusal]                      # a built-in rule: lists merge, scalars replace
    severity = "high"
    phrases = ["没门", "not a chance"]

    [rules.promise]                      # a new rule
    severity = "medium"
    internal_exempt = true               # only in mails that reach the client
    label_zh = "随口承诺"
    label_en = "rash promise"
    advice_zh = "先评估再承诺,给出依据和日期。"
    advice_en = "Assess before you promise; give the basis and a date."
    phrases = ["包在我身上", "保证没问题", "no problem at all"]
    patterns = ['保证\\s*\\d+\\s*天(内)?(上线|完成)']
    softeners = ["评估后"]
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Sequence

try:  # Python 3.11+ keeps the regex parser and compiler here (also as sre_parse/sre_compile)
    import re._compiler as _sre_compile  # type: ignore[import-not-found]
    import re._parser as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - older layouts
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from mailcoach.annotate import FORBIDDEN_TEXT_RE
from mailcoach.errors import RulesError

log = logging.getLogger(__name__)

SEVERITIES = ("low", "medium", "high")
KINDS = ("cue", "ramble")
BUILTIN_NAME = "built-in rules.toml"

_ID_RE = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")

# Which keys exist, and of which type. Lists are merged when layering, scalars replaced.
_TEXT_KEYS = ("label_zh", "label_en", "advice_zh", "advice_en")
_SEVERITY_KEYS = ("severity", "external_severity")
_PHRASE_LIST_KEYS = (
    "phrases", "weak_phrases", "softeners", "ignore", "offtopic_phrases", "topic_phrases",
    "target_phrases", "charge_phrases",
)
_PATTERN_LIST_KEYS = (
    "patterns", "weak_patterns", "softener_patterns", "ignore_patterns", "target_patterns", "charge_patterns",
)
_LIST_KEYS = _PHRASE_LIST_KEYS + _PATTERN_LIST_KEYS
_CUE_ONLY_KEYS = (
    "phrases", "patterns", "weak_phrases", "weak_patterns", "weak_needed",
    "softeners", "softener_patterns", "ignore", "ignore_patterns",
    "target_phrases", "target_patterns", "charge_phrases", "charge_patterns", "reader_exempt",
)
_RAMBLE_ONLY_KEYS = ("min_chars", "min_words", "offtopic_share", "offtopic_phrases", "topic_phrases")
_ALL_KEYS = frozenset(
    _TEXT_KEYS + _SEVERITY_KEYS + _LIST_KEYS
    + ("kind", "weak_needed", "min_chars", "min_words", "offtopic_share", "internal_exempt", "reader_exempt", "model")
)
_REQUIRED_FOR_NEW = ("severity",) + _TEXT_KEYS

MAX_PHRASE_CHARS = 60
MAX_PATTERN_CHARS = 300
MAX_BOUNDED_REPEAT = 60
MAX_BROAD_UNBOUNDED = 2


@dataclass(frozen=True)
class Rule:
    """One validated rule. Lists are tuples in file order (built-in entries first)."""

    id: str
    severity: str
    label_zh: str
    label_en: str
    advice_zh: str
    advice_en: str
    kind: str = "cue"
    external_severity: str | None = None
    internal_exempt: bool = False
    reader_exempt: bool = False
    model: bool = False
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    weak_phrases: tuple[str, ...] = ()
    weak_patterns: tuple[str, ...] = ()
    weak_needed: int = 2
    softeners: tuple[str, ...] = ()
    softener_patterns: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    ignore_patterns: tuple[str, ...] = ()
    target_phrases: tuple[str, ...] = ()
    target_patterns: tuple[str, ...] = ()
    charge_phrases: tuple[str, ...] = ()
    charge_patterns: tuple[str, ...] = ()
    min_chars: int = 0
    min_words: int = 0
    offtopic_share: float = 0.5
    offtopic_phrases: tuple[str, ...] = ()
    topic_phrases: tuple[str, ...] = ()
    source: tuple[str, ...] = ()

    @property
    def advice(self) -> str:
        """Both advice texts as one line, "zh / en"."""
        return f"{self.advice_zh} / {self.advice_en}"

    @property
    def label(self) -> str:
        """Both labels, "当场回绝 / flat refusal"."""
        return f"{self.label_zh} / {self.label_en}"


@dataclass(frozen=True)
class RuleSet:
    """The rules in force, in a fixed order (built-ins first, then added rules)."""

    rules: tuple[Rule, ...]
    disabled: tuple[str, ...] = ()

    def get(self, rule_id: str) -> Rule | None:
        """The rule with this id, or None when it is not in force."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        return None

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(rule.id for rule in self.rules)

    def without_model(self) -> "RuleSet":
        """The same rules with the tone model switched off: what the phrases alone say."""
        return RuleSet(rules=tuple(replace(rule, model=False) for rule in self.rules), disabled=self.disabled)


def load_ruleset(files: Sequence[Path | str] = (), disable: Iterable[str] = ()) -> RuleSet:
    """Load the built-in rules, layer `files` over them in order, and drop `disable`d rules.

    Raises RulesError (naming file, rule and key) for anything wrong in any file.
    """
    merged: dict[str, dict[str, Any]] = {}
    origin: dict[str, str] = {}  # rule id -> the file that first defined it
    key_origin: dict[str, dict[str, str]] = {}  # rule id -> key -> the file that last set it
    sources: dict[str, list[str]] = {}
    disabled: list[tuple[str, str]] = []  # (rule id, where it was asked)

    # (name, document, whether its patterns are already known good): the built-in file's hundreds
    # of patterns are checked by the test suite, not at every start; a user's file always is
    layers = [(BUILTIN_NAME, _read_builtin(), True)] + [(str(f), _read_file(Path(f)), False) for f in files]
    for name, doc, trusted in layers:
        tables, file_disable = _check_document(name, doc, patterns_checked=trusted)
        for rule_id, table in tables.items():
            if rule_id in merged:
                _merge(merged[rule_id], table)
            else:
                merged[rule_id] = dict(table)
                origin[rule_id] = name
            sources.setdefault(rule_id, []).append(name)
            key_origin.setdefault(rule_id, {}).update((key, name) for key in table)
        disabled.extend((rule_id, name) for rule_id in file_disable)
    disabled.extend((rule_id, "disable") for rule_id in disable)

    for rule_id, where in disabled:
        if rule_id not in merged:
            known = ", ".join(merged)
            raise RulesError(f"{where}: disable: unknown rule {rule_id!r} (known: {known})")

    off = {rule_id for rule_id, _ in disabled}
    rules = tuple(
        _build_rule(rule_id, merged[rule_id], origin[rule_id], key_origin[rule_id], tuple(sources[rule_id]))
        for rule_id in merged
        if rule_id not in off
    )
    log.debug("loaded %d rules (%d disabled) from %d file(s)", len(rules), len(off), len(layers))
    return RuleSet(rules=rules, disabled=tuple(sorted(off)))


def builtin_rules_text() -> str:
    """The text of the built-in rules file (for `mailcoach rules show` and documentation)."""
    return _builtin_path().read_text(encoding="utf-8")


# --- reading -------------------------------------------------------------------------------


def _builtin_path():
    return resources.files("mailcoach") / "data" / "rules.toml"


def _read_builtin() -> dict[str, Any]:
    try:
        data = _builtin_path().read_bytes()
    except OSError as exc:
        raise RulesError(f"{BUILTIN_NAME}: cannot read the built-in rules: {exc.strerror or exc}") from exc
    return _parse(BUILTIN_NAME, data)


def _read_file(path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RulesError(f"{path}: cannot read rules file: {exc.strerror or exc}") from exc
    return _parse(str(path), data)


def _parse(name: str, data: bytes) -> dict[str, Any]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RulesError(f"{name}: not UTF-8 text (byte {exc.start})") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message ends with "(at line N, column M)"
        raise RulesError(f"{name}: TOML syntax error: {exc}") from exc


# --- checking one file ---------------------------------------------------------------------


def _check_document(
    name: str, doc: dict[str, Any], patterns_checked: bool = False
) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Check the shape and the values of one file; return its rule tables and its disable list.

    `patterns_checked`: the file's regular expressions are known to pass check_pattern (the
    built-in file: tests/test_rules.py checks each one), so only their shape is checked here.
    """
    for key in doc:
        if key not in ("rules", "disable"):
            raise RulesError(f"{name}: unknown top-level key {key!r} (expected 'rules' or 'disable')")
    disable = doc.get("disable", [])
    if not isinstance(disable, list) or not all(isinstance(x, str) for x in disable):
        raise RulesError(f"{name}: key 'disable': must be a list of rule ids")
    rules = doc.get("rules", {})
    if not isinstance(rules, dict):
        raise RulesError(f"{name}: key 'rules': must be a table of [rules.<id>] tables")
    checked: dict[str, dict[str, Any]] = {}
    for rule_id, table in rules.items():
        if not _ID_RE.match(rule_id):
            raise RulesError(
                f"{name}: rule {rule_id!r}: bad rule id (lower-case letters, digits, '-' and '_', "
                "starting with a letter, at most 40 characters)"
            )
        if not isinstance(table, dict):
            raise RulesError(f"{name}: rule {rule_id!r}: must be a table ([rules.{rule_id}])")
        checked[rule_id] = {
            key: _check_value(name, rule_id, key, value, patterns_checked) for key, value in table.items()
        }
    return checked, disable


def _check_value(name: str, rule_id: str, key: str, value: Any, patterns_checked: bool = False) -> Any:
    def bad(why: str) -> RulesError:
        return RulesError(f"{name}: rule {rule_id!r}: key {key!r}: {why}")

    if key not in _ALL_KEYS:
        raise bad(f"unknown key (known keys: {', '.join(sorted(_ALL_KEYS))})")
    if key in _SEVERITY_KEYS:
        if value not in SEVERITIES:
            raise bad(f"must be one of {', '.join(SEVERITIES)}, got {value!r}")
        return value
    if key in ("internal_exempt", "reader_exempt", "model"):
        if not isinstance(value, bool):
            raise bad(f"must be true or false, got {value!r}")
        return value
    if key == "kind":
        if value not in KINDS:
            raise bad(f"must be one of {', '.join(KINDS)}, got {value!r}")
        return value
    if key in _TEXT_KEYS:
        if not isinstance(value, str) or not value.strip():
            raise bad(f"must be a non-empty string, got {value!r}")
        if "\n" in value.strip():
            raise bad("must be one line")
        # Labels and advice go into header fields: annotate() refuses these characters, and a
        # rule that carried one would make every draft it flags fail to be marked.
        forbidden = FORBIDDEN_TEXT_RE.search(value.strip())
        if forbidden:
            raise bad(f"contains U+{ord(forbidden.group()):04X} (a tab, control character, line separator or surrogate)")
        return value.strip()
    if key in ("weak_needed", "min_chars", "min_words"):
        low = 1 if key == "weak_needed" else 0
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise bad(f"must be an integer >= {low}, got {value!r}")
        return value
    if key == "offtopic_share":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
            raise bad(f"must be a number in (0, 1], got {value!r}")
        return float(value)
    # list keys
    if not isinstance(value, list):
        raise bad(f"must be a list of strings, got {type(value).__name__}")
    items: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise bad(f"entries must be non-empty strings, got {item!r}")
        if key in _PATTERN_LIST_KEYS:
            why = None if patterns_checked else check_pattern(item)
            if why:
                raise bad(f"pattern {item!r}: {why}")
            items.append(item)
        else:
            phrase = item.strip()
            if len(phrase) > MAX_PHRASE_CHARS:
                raise bad(f"phrase {item!r}: longer than {MAX_PHRASE_CHARS} characters")
            items.append(phrase)
    return items


def check_pattern(pattern: str) -> str | None:
    """Why `pattern` is not acceptable as a rule pattern, or None when it is.

    Rejects what does not compile, global inline flags (patterns are combined), named groups and
    back-references, upper-case letters (text is lower-cased before matching), and shapes that can
    backtrack catastrophically: a repetition nested inside another, more than two unbounded
    repetitions of a broad class (``.*``, ``[^,]+``, ``\\w+``), or a bounded repetition above 60.
    """
    if len(pattern) > MAX_PATTERN_CHARS:
        return f"longer than {MAX_PATTERN_CHARS} characters"
    try:
        tree = _sre_parse.parse(pattern)
        # Patterns of one rule are joined into one alternation, where a global flag such as
        # "(?i)" is an error: catch it here, by file and key, not at analysis time.
        _sre_parse.parse(f"(?:{pattern})|(?:x)")
        # Code generation from the tree already parsed (parsing is most of the cost of loading).
        compiled = _sre_compile.compile(tree)
    except re.error as exc:
        return f"not a valid regular expression: {exc}"
    if compiled.groupindex:
        return "named groups are not supported; use (?:...)"
    state = {"unbounded": 0}
    problem = _walk(tree, depth=0, state=state)
    if problem:
        return problem
    if state["unbounded"] > MAX_BROAD_UNBOUNDED:
        return (
            f"more than {MAX_BROAD_UNBOUNDED} unbounded repetitions of a broad class (such as .* or "
            "[^,]+) could make matching very slow; use bounded ones such as {0,20}"
        )
    if compiled.match(""):
        return "matches the empty string"
    upper = _uppercase_literal(tree)
    if upper:
        return f"write letters in lower case (text is lower-cased before matching), found {upper!r}"
    return None


def _uppercase_literal(items) -> str | None:
    """The first upper-case letter a pattern would have to match literally, if any."""
    for op, arg in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL") and chr(arg).lower() != chr(arg):
            return chr(arg)
        if name == "IN":
            for item_op, item_arg in arg:
                item = str(item_op)
                if item == "LITERAL" and chr(item_arg).lower() != chr(item_arg):
                    return chr(item_arg)
                if item == "RANGE" and any(chr(c).lower() != chr(c) for c in range(item_arg[0], min(item_arg[1], 0x24F) + 1)):
                    return f"{chr(item_arg[0])}-{chr(item_arg[1])}"
        children = []
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            children = [arg[2]]
        elif name == "SUBPATTERN":
            children = [arg[-1]]
        elif name in ("ASSERT", "ASSERT_NOT"):
            children = [arg[1]]
        elif name == "BRANCH":
            children = list(arg[1])
        elif name == "ATOMIC_GROUP":
            children = [arg]
        for child in children:
            found = _uppercase_literal(child)
            if found:
                return found
    return None


def _walk(items, depth: int, state: dict[str, int]) -> str | None:
    """Walk a parsed pattern; report nested repeats, back-references and huge bounds."""
    for op, arg in items:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = arg
            if high is _sre_parse.MAXREPEAT:
                if _broad(sub):
                    state["unbounded"] += 1
            elif high > MAX_BOUNDED_REPEAT:
                return f"a repetition bound above {MAX_BOUNDED_REPEAT} ({{{low},{high}}})"
            if high > 1 and depth > 0:
                return "a repetition nested inside another repetition can backtrack catastrophically"
            problem = _walk(sub, depth + (1 if high > 1 else 0), state)
            if problem:
                return problem
        elif name in ("GROUPREF", "GROUPREF_EXISTS"):
            return "back-references are not supported"
        elif name == "SUBPATTERN":
            problem = _walk(arg[-1], depth, state)
            if problem:
                return problem
        elif name in ("ASSERT", "ASSERT_NOT"):
            problem = _walk(arg[1], depth, state)
            if problem:
                return problem
        elif name == "BRANCH":
            for branch in arg[1]:
                problem = _walk(branch, depth, state)
                if problem:
                    return problem
        elif name == "ATOMIC_GROUP":
            problem = _walk(arg, depth, state)
            if problem:
                return problem
    return None


def _broad(items) -> bool:
    """Whether a repeated body can match most characters (., a negated class, \\w \\S \\W \\D)."""
    if len(items) != 1:
        return True
    op, arg = items[0]
    name = str(op)
    if name == "ANY":
        return True
    if name == "IN":
        return any(
            str(item_op) == "NEGATE"
            or (str(item_op) == "CATEGORY" and str(item_arg) not in ("CATEGORY_DIGIT", "CATEGORY_SPACE"))
            for item_op, item_arg in arg
        )
    return name != "LITERAL"


# --- merging and building ------------------------------------------------------------------


def _merge(into: dict[str, Any], table: dict[str, Any]) -> None:
    """Layer one file's table over the accumulated one: lists merge, scalars replace."""
    for key, value in table.items():
        if key in _LIST_KEYS:
            seen = list(into.get(key, []))
            seen.extend(item for item in value if item not in seen)
            into[key] = seen
        else:
            into[key] = value


def _build_rule(
    rule_id: str, table: dict[str, Any], origin: str, key_origin: dict[str, str], source: tuple[str, ...]
) -> Rule:
    """Check that the merged table is a complete rule and freeze it.

    An error names the file that set the offending key, or else the file that added the rule.
    """

    def bad(key: str, why: str) -> RulesError:
        return RulesError(f"{key_origin.get(key, origin)}: rule {rule_id!r}: key {key!r}: {why}")

    for key in _REQUIRED_FOR_NEW:
        if key not in table:
            raise bad(key, "missing (a new rule needs severity, label_zh, label_en, advice_zh and advice_en)")
    kind = table.get("kind", "cue")
    wrong = _RAMBLE_ONLY_KEYS if kind == "cue" else _CUE_ONLY_KEYS
    for key in wrong:
        if key in table:
            raise bad(key, f"does not apply to kind = {kind!r}")
    if kind == "cue":
        if not any(table.get(key) for key in ("phrases", "patterns", "weak_phrases", "weak_patterns", "charge_phrases", "charge_patterns")):
            raise bad(
                "phrases",
                "a rule needs at least one of phrases, patterns, weak_phrases, weak_patterns, charge_phrases, charge_patterns",
            )
        if "weak_needed" in table and not (table.get("weak_phrases") or table.get("weak_patterns")):
            raise bad("weak_needed", "given without weak_phrases or weak_patterns")
        targets = table.get("target_phrases") or table.get("target_patterns")
        charges = table.get("charge_phrases") or table.get("charge_patterns")
        if bool(targets) != bool(charges):
            key = "charge_phrases" if targets else "target_phrases"
            raise bad(key, "paired cues need both target_phrases/target_patterns and charge_phrases/charge_patterns")
    else:
        if not table.get("offtopic_phrases"):
            raise bad("offtopic_phrases", "a ramble rule needs offtopic_phrases")
        if not (table.get("min_chars") or table.get("min_words")):
            raise bad("min_chars", "a ramble rule needs min_chars or min_words (> 0)")

    values = {key: (tuple(value) if isinstance(value, list) else value) for key, value in table.items()}
    return Rule(id=rule_id, source=source, **values)
