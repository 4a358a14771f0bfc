"""Lexicon patterns compiled for speed: placeholders filled, cheap pre-checks derived.

Python's regex engine scans quickly only to a literal start, so a leading word boundary is
checked in code rather than by the regex, and each pattern carries the strings one of
which every match must contain (`required_substrings`): a message without any of them is
not searched at all.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rules.lexicons import VOCAB


def expand(pattern: str) -> str:
    """Fill `<NAME>` placeholders from `VOCAB`, repeatedly, so entries may nest."""
    for _ in range(4):
        if "<" not in pattern:
            break
        for name, value in VOCAB.items():
            pattern = pattern.replace(f"<{name}>", value)
    return pattern


@dataclass(frozen=True)
class CompiledRule:
    """A compiled lexicon pattern with its score and pre-checks."""

    regex: re.Pattern[str]
    score: float
    bounded: bool
    anchored: bool = False
    needles: frozenset[str] = frozenset()

    @classmethod
    def build(cls, pattern: str, score: float = 0.0, anchor: str = "") -> "CompiledRule":
        needles = required_substrings(expand(pattern))
        pattern = _NEEDLES_HINT.sub("", pattern, count=1)
        if anchor and (pattern.startswith(anchor) or pattern.startswith("(?P<hit>" + anchor)):
            return cls(re.compile(expand(pattern)), score, False, True, needles)
        pattern = expand(pattern)
        bounded = False
        for head in (r"\b", r"(?P<hit>\b"):
            if pattern.startswith(head):
                pattern = head[:-2] + pattern[len(head):]
                bounded = True
                break
        return cls(re.compile(pattern), score, bounded, False, needles)

    def may_match(self, text: str) -> bool:
        """False when none of the strings every match must contain is in the text."""
        return not self.needles or any(map(text.__contains__, self.needles))

    def finditer(self, text: str, starts: list[int] | None = None) -> Iterator[re.Match[str]]:
        """Matches that start at a word boundary, as the written pattern required.

        Args:
            text: Normalised text.
            starts: For an anchored rule, where its family's anchor matched.
        """
        if self.anchored:
            for pos in starts or ():
                m = self.regex.match(text, pos)
                if m is not None:
                    yield m
            return
        if not self.bounded:
            yield from self.regex.finditer(text)
            return
        pos, search = 0, self.regex.search
        while (m := search(text, pos)) is not None:
            start = m.start()
            if _at_boundary(text, start):
                yield m
                pos = m.end() if m.end() > start else start + 1
            else:
                pos = start + 1

    def starts(self, text: str) -> list[int]:
        """Every position a match can start at, overlapping ones included ("the roma" and
        "roma family" both start a group mention)."""
        out: list[int] = []
        pos, search = 0, self.regex.search
        while (m := search(text, pos)) is not None:
            start = m.start()
            if not self.bounded or _at_boundary(text, start):
                out.append(start)
            pos = start + 1
        return out


class NeedleIndex:
    """Finds, in one pass, which of many literal strings a text contains.

    Every rule's pre-check strings are gathered here, so a message is scanned once by a
    single trie-shaped regex instead of once per string with `in`. The regex reports the
    longest string starting at each position; the shorter ones that are its prefixes
    ("watch" inside "watching") are added from a table built up front.
    """

    def __init__(self, needles: frozenset[str]) -> None:
        self._regex = re.compile("(?=(" + _trie_pattern(needles) + "))") if needles else None
        self._prefixes = {n: frozenset(n[:k] for k in range(1, len(n) + 1) if n[:k] in needles)
                          for n in needles}

    def present(self, text: str) -> frozenset[str]:
        """The indexed strings that occur in `text`."""
        if self._regex is None:
            return frozenset()
        found = set(self._regex.findall(text))
        if not found:
            return frozenset()
        prefixes = self._prefixes
        return frozenset().union(*(prefixes[f] for f in found))


def _trie_pattern(words: frozenset[str]) -> str:
    """A regex matching any of `words`, longest first, with common prefixes shared."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if ends else body

    return build(trie)


# A pattern may name its pre-check strings itself, when the parser below would pick
# common ones: "(?#needles:england,britain,uk)" at its very start.
_NEEDLES_HINT = re.compile(r"\(\?#needles:([^)]+)\)")


def required_substrings(pattern: str) -> frozenset[str]:
    """Strings of which every match of `pattern` contains at least one; empty if unknown.

    Read from the parsed pattern: literal runs of three or more characters, alternations
    whose every branch has such a run, and repeats that must occur at least once. Checking
    them with `in` is far cheaper than running the regex over a message that cannot match.
    """
    try:
        from re import _constants, _parser  # CPython's own parser; absent elsewhere
    except ImportError:  # pragma: no cover
        return frozenset()
    literal, branch = _constants.LITERAL, _constants.BRANCH
    repeats = (_constants.MAX_REPEAT, _constants.MIN_REPEAT)

    def lead(seq: list) -> str:
        out = ""
        for op, av in seq:
            if op is not literal:
                break
            out += chr(av)
        return out

    def required(seq: list) -> set[str] | None:
        options: list[set[str]] = []
        run = ""
        for op, av in seq:
            if op is literal:
                run += chr(av)
                continue
            if op is branch:
                leads = [lead(list(alt)) for alt in av[1]]
                if run and all(len(run + x) >= 3 for x in leads):
                    options.append({run + x for x in leads})
                subs = [required(list(alt)) for alt in av[1]]
                if all(subs):
                    options.append(set().union(*subs))  # type: ignore[arg-type]
            elif op is _constants.SUBPATTERN:
                if (found := required(list(av[3]))) is not None:
                    options.append(found)
            elif op in repeats and av[0] >= 1:
                if (found := required(list(av[2]))) is not None:
                    options.append(found)
            if len(run) >= 3:
                options.append({run})
            run = ""
        if len(run) >= 3:
            options.append({run})
        if not options:
            return None
        return max(options, key=lambda s: (min(map(len, s)), -len(s)))

    hint = _NEEDLES_HINT.match(pattern)
    if hint:
        return frozenset(hint.group(1).split(","))
    try:
        found = required(list(_parser.parse(pattern)))
    except Exception:  # pragma: no cover  (a parser change: just run the regex)
        return frozenset()
    if not found:
        return frozenset()
    # "watch" already covers "watching".
    return frozenset(s for s in found if not any(o != s and o in s for o in found))


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _at_boundary(text: str, pos: int) -> bool:
    """What `\\b` means at `pos`: a word character on exactly one side."""
    here = pos < len(text) and _is_word_char(text[pos])
    return here != (pos > 0 and _is_word_char(text[pos - 1]))
