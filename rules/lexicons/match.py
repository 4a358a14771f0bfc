"""Find lexicon hits in normalised text: words looked up token by token, phrases by regex.

Words come from `TermGroup`s. A context word ("cow") or adjective ("thick") only counts
when the words around it aim it at someone; `_noun_framed` and `_person_framed` decide
that from the text just before and after it. A masked token ("f***", "g*po") matches any
listed word of the same length whose visible letters agree.

Phrases come from `Family` regexes, with `<NAME>` placeholders filled from `VOCAB`. A
family is skipped when none of its trigger words is in the message (a speed shortcut).
Hits inside a benign span of the same label ("killed it", "I'm such an idiot") are dropped.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rules.lexicons import (
    IDENTITY_ATTACK,
    TermGroup,
    benign,
    identity,
    identity_coded,
    identity_topics,
    insults,
    insults_regional,
    obscene,
    threats,
    threats_harm,
    threats_languages,
    threats_veiled,
)
from rules.lexicons.compiled import CompiledRule, NeedleIndex, expand
from rules.normalise import MASK, Normalised


@dataclass(frozen=True)
class Hit:
    """One lexicon match, in normalised-text coordinates."""

    label: str
    score: float
    start: int
    end: int
    reason: str
    jokeable: bool = False


def _alt(items: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\-", r"[\s-]") for w in
                            sorted(set(items), key=len, reverse=True)) + ")"


# Masked or misspelt f-words used as modifiers: "f*cking", "f**kin", "effin".
_MASKED_MOD = r"f[u*][\w*]{1,4}(?:ing|in|en|n)|fkn|fking|fcking|effin|sh[i*]tty"
_MOD = "(?:" + _alt(insults.STRONG_MODIFIERS + insults.WEAK_MODIFIERS) + "|" + _MASKED_MOD + ")"
_STRONG_MOD = "(?:" + _alt(insults.STRONG_MODIFIERS) + "|" + _MASKED_MOD + ")"
_WORD = re.compile(r"[\w*]+")
_MAX_LISTED_WORDS = 200  # listed words examined per message, to bound time on junk input
_SYMBOL = re.compile(r"[^\w\s\x00-\x7f]")
_CONTRACTION = re.compile(r"[\w*]+'[\w*]+")
_NEXT_WORD = re.compile(r"[\s'-]*([\w*]+)")

# Frames that aim a noun at someone, read on the text just before it.
_NOUN_FRAMES = (
    # "is a", "you're a", "you absolute", "are all", "u r such a", "being a".
    re.compile(r"(?:\b(?:is|are|was|were|r|be|being|ur|youre|hes|shes|theyre|thats|you|u|ya|"
               r"yer|ye)|'s|'re|\bs)\s+(?:(?:such|just|nothing\s+but|one|the\s+biggest|all|"
               r"being|a\s+right|a\s+real)\s+)*(?:an?\s+|some\s+|a\s+(?:bunch|pack|load|shower|"
               r"couple|set|gang|band|herd|flock|nest)\s+of\s+)?(?:" + _MOD + r"\s+){0,3}$"),
    # "what a", "such an absolute".
    re.compile(r"\b(?:what|such)\s+(?:an?\s+)?(?:" + _MOD + r"\s+){0,3}$"),
    # "a bunch of", "load of".
    re.compile(r"\b(?:bunch|pack|load|shower|gang|herd|flock|nest)\s+of\s+(?:" + _MOD +
               r"\s+){0,3}$"),
    # A strong modifier right before it: "cheeky cow", "that useless cow", "miserable old".
    re.compile(r"(?:^|[^\w*'])(?:" + _MOD + r"\s+){0,2}" + _STRONG_MOD + r"\s+(?:" + _MOD +
               r"\s+){0,2}$"),
    # "acting like an animal", "looks like a pig".
    re.compile(r"\b(?:acting|acts|act|behaving|behaves|behave|looks?|looking|eats?|eating|"
               r"talks?|talking|sounds?|treated|treats|smells?|is|are)\s+like\s+(?:an?\s+|"
               r"some\s+)?(?:" + _MOD + r"\s+){0,2}$"),
)
# "idiots like Mr P", read on the text after it.
_NOUN_AFTER = re.compile(expand(
    r"\s+like\s+(?:<TITLE>|him|her|them|you|u|that|this|your|his)\b"))

# Frames that say an adjective describes a person.
_PERSON_BEFORE = re.compile(expand(
    r"(?:\b(?:you|u|ya|he|she|they|we|you\s+lot|you\s+guys|you\s+people|you\s+all|y'?all|"
    r"you\s+two)\s+(?:are|r|is|was|were|re|s|look|looks|sound|sounds|"
    r"seem|seems)|\b(?:youre|ur|hes|shes|theyre)|\b(?:you|he|she|they)'(?:re|s)|\b<P>\s+(?:is|"
    r"are|was|were|looks?|seems?)|\b<P>'s|\b<TITLE>\s+\w+(?:\s+\w)?(?:\s+(?:is|was)|'s)|"
    r"\b<P>\s+(?:with|in|from|at|on|who|that|whose|outside|near|by)\s+(?:[\w']+\s+){0,5}?"
    r"(?:is|are|was|were)|"
    r"\bbeing|\bimagine\s+being|\bhow\s+can\s+(?:someone|anyone|one\s+person)\s+be)\s+"
    r"(?:<FILL>\s+){0,3}$"))
# Said to the reader's face: "you're pathetic" weighs more than "she's pathetic".
_YOU_BEFORE = re.compile(expand(
    r"\b(?:you|u|ya|you\s+lot|you\s+guys|you\s+people|you\s+all|y'?all|you\s+two)\s*"
    r"(?:are|r|re|'re|look|sound|seem)?\s+(?:(?:an?|such\s+an?|such|<INT>)\s+){0,3}$|"
    r"\b(?:youre|ur)\s+(?:(?:an?|such\s+an?|such|<INT>)\s+){0,3}$"))
SECOND_PERSON_BOOST = 0.1
# "Gemma is so thick": a capitalised word before "is".
_NAME_BEFORE = re.compile(expand(
    r"\b([a-z][\w-]*)(?:\s+[a-z])?\s*(?:\s+is|\s+was|'s|\s+looks|\s+seems)\s+"
    r"(?:<FILL>\s+){0,3}$"))
_NOT_NAMES = frozenset("""
    this that it there here what which who everything nothing life today school app it's
    he she they we you i the traffic weather food homework policy rule letter trip uniform
""".split())
_PERSON_AFTER = re.compile(expand(
    r"\s+(?:(?:little|old|lil|fat|ugly|stupid|lazy|nasty|spoilt|silly|thick|useless|"
    r"miserable|young|grown|fat|two[\s-]faced)\s+){0,2}<P>\b"))


def _relabel(reason: str, label: str) -> str:
    """ "obscene lexicon: swearing at someone" as seen from another label."""
    return f"{label} lexicon: {reason.split(': ', 1)[-1]}"


def _plurals(word: str) -> tuple[str, ...]:
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return (word + "es",)
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return (word[:-1] + "ies", word + "s")
    return (word + "s",)


def _forms(group: TermGroup) -> set[str]:
    forms: set[str] = set()
    for word in group.words:
        word = word.replace("-", "")
        variants = {word}
        if group.plural:
            variants.update(_plurals(word))
        # "muppppet" normalises to "mupet": also list the single-letter spelling.
        if group.label == insults.INSULT and len(word) >= 6:
            variants.update(re.sub(r"(.)\1", r"\1", v) for v in list(variants))
        forms.update(variants)
    return forms


class LexiconMatcher:
    """Compiled lexicons; `find` lists every hit in one normalised message."""

    def __init__(self) -> None:
        groups = (insults.TERM_GROUPS + insults_regional.TERM_GROUPS + identity.TERM_GROUPS
                  + identity_coded.TERM_GROUPS + obscene.TERM_GROUPS)
        self._terms: dict[str, list[TermGroup]] = {}
        self._masked: dict[tuple[int, str], list[tuple[str, TermGroup]]] = {}
        for group in groups:
            for form in _forms(group):
                self._terms.setdefault(form, []).append(group)
                # People mask swear words, slurs and names they call people, not adjectives.
                if not group.adjective:
                    self._masked.setdefault((len(form), form[0]), []).append((form, group))
        families = (insults.FAMILIES + insults_regional.FAMILIES + threats.FAMILIES
                    + threats_harm.FAMILIES + threats_veiled.FAMILIES
                    + threats_languages.FAMILIES + identity.FAMILIES
                    + identity_topics.FAMILIES + identity_coded.FAMILIES + obscene.FAMILIES)
        build = CompiledRule.build
        self._families = [(f, build(f.anchor) if f.anchor else None) for f in families]
        # Rules in family order. A rule runs only when one of its strings is in the message,
        # so each is filed under its strings; the few with none always run.
        self._rules: list[tuple[int, CompiledRule]] = []
        self._by_needle: dict[str, list[int]] = {}
        self._always: list[int] = []
        for fi, f in enumerate(families):
            for pattern, score in f.rules:
                rule = build(pattern, score, f.anchor)
                rid = len(self._rules)
                self._rules.append((fi, rule))
                for needle in rule.needles:
                    self._by_needle.setdefault(needle, []).append(rid)
                if not rule.needles:
                    self._always.append(rid)
        self._benign: dict[str, list[CompiledRule]] = {}
        for fam in benign.FAMILIES:
            self._benign.setdefault(fam.label, []).extend(build(p) for p, _ in fam.rules)
        # Every pre-check string of every rule, found in one scan per message.
        all_needles = set(self._by_needle)
        for rules in self._benign.values():
            all_needles.update(*(r.needles for r in rules))
        self._needles = NeedleIndex(frozenset(all_needles))

    def find(self, norm: Normalised, original: str) -> list[Hit]:
        """Every lexicon hit in a normalised message, benign uses removed.

        Args:
            norm: The normalised message.
            original: The text it was normalised from (capital letters mark names).

        Returns:
            Hits in normalised-text coordinates, unsorted.
        """
        text = norm.text
        tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
        vocab = {t for t, _, _ in tokens}
        for joined in _CONTRACTION.findall(text):  # "won't" -> also "won't" and "wont"
            vocab.add(joined)
            vocab.add(joined.replace("'", ""))
        vocab.update(_SYMBOL.findall(text))  # emoji and other symbols, for emoji triggers
        hits = self._word_hits(text, tokens, vocab, norm, original)
        masked = MASK in text
        present = self._needles.present(text)
        candidates = set(self._always)
        by_needle = self._by_needle
        for needle in present:
            candidates.update(by_needle.get(needle, ()))
        # Per family: None when its trigger words are absent, else where its anchor matched.
        gates: dict[int, tuple[bool, list[int] | None]] = {}
        for rid in sorted(candidates):
            fi, rule = self._rules[rid]
            gate = gates.get(fi)
            if gate is None:
                family, anchor = self._families[fi]
                runs = not family.triggers or masked or not family.triggers.isdisjoint(vocab)
                gate = gates[fi] = (runs, anchor.starts(text) if runs and anchor else None)
            if not gate[0]:
                continue
            family = self._families[fi][0]
            for m in rule.finditer(text, gate[1]):
                    start, end = m.span("hit") if "hit" in rule.regex.groupindex \
                        and m.start("hit") >= 0 else m.span()
                    hits.append(Hit(family.label, rule.score, start, end, family.reason,
                                    family.jokeable))
                    hits.extend(Hit(label, score, start, end, _relabel(family.reason, label),
                                    family.jokeable) for label, score in family.also)
        return self._drop_benign(text, hits, present)

    def unmask(self, token: str) -> str:
        """The listed word a masked token stands for ("f***" -> a swear word), else itself."""
        if MASK not in token or token[0] == MASK:
            return token
        for form, _ in self._masked.get((len(token), token[0]), ()):
            if all(c == MASK or c == f for c, f in zip(token, form, strict=True)):
                return form
        return token

    def _lookup(self, token: str) -> list[TermGroup]:
        found = self._terms.get(token)
        if found is not None:
            return found
        if MASK not in token or token[0] == MASK or token.count(MASK) == len(token):
            return []
        out: list[TermGroup] = []
        for form, group in self._masked.get((len(token), token[0]), ()):
            if group not in out and all(c == MASK or c == f for c, f in zip(token, form,
                                                                            strict=True)):
                out.append(group)
        # "f***" and "c***s" are masked swear words far more often than masked slurs
        # ("flid", "coons"): read the slur only when no other word fits.
        if any(g.label != IDENTITY_ATTACK for g in out):
            out = [g for g in out if g.label != IDENTITY_ATTACK]
        return out

    def _word_hits(self, text: str, tokens: list[tuple[str, int, int]], vocab: set[str],
                   norm: Normalised, original: str) -> list[Hit]:
        hits: list[Hit] = []
        budget = _MAX_LISTED_WORDS
        for token, start, end in tokens:
            groups = self._lookup(token)
            if not groups:
                continue
            budget -= 1
            if budget < 0:  # a pasted wall of swearing: enough evidence already
                break
            after = _NEXT_WORD.match(text, end)
            next_word = after.group(1) if after else ""
            for group in groups:
                if next_word in group.benign_after or not vocab.isdisjoint(group.benign_nearby):
                    continue
                score = group.bare
                if group.framed > group.bare:
                    aimed = (self._person_framed(text, start, end, norm, original)
                             if group.adjective else self._noun_framed(text, start, end))
                    if aimed:
                        score = group.framed
                        if group.adjective and _YOU_BEFORE.search(text, max(0, start - 60), start):
                            score = min(0.95, score + SECOND_PERSON_BOOST)
                if score > 0:
                    hits.append(Hit(group.label, score, start, end, group.reason))
                    hits.extend(Hit(label, s, start, end, _relabel(group.reason, label))
                                for label, s in group.also)
        return hits

    @staticmethod
    def _noun_framed(text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 80):start]
        if any(f.search(before) for f in _NOUN_FRAMES):
            return True
        return _NOUN_AFTER.match(text, end) is not None

    @staticmethod
    def _person_framed(text: str, start: int, end: int, norm: Normalised,
                       original: str) -> bool:
        if _PERSON_AFTER.match(text, end):
            return True
        before = text[max(0, start - 80):start]
        if _PERSON_BEFORE.search(before):
            return True
        m = _NAME_BEFORE.search(before)
        if m is None or m.group(1) in _NOT_NAMES:
            return False
        pos = max(0, start - 80) + m.start(1)
        first = norm.index[pos] if pos < len(norm.index) else -1
        return 0 <= first < len(original) and original[first].isupper()

    def _drop_benign(self, text: str, hits: list[Hit], present: frozenset[str]) -> list[Hit]:
        if not hits:
            return hits
        spans: dict[str, list[tuple[int, int]]] = {}
        for label in {h.label for h in hits}:
            spans[label] = [m.span() for rule in self._benign.get(label, ())
                            if not rule.needles or not rule.needles.isdisjoint(present)
                            for m in rule.finditer(text)]
        return [h for h in hits
                if not any(s <= h.start and h.end <= e for s, e in spans[h.label])]
