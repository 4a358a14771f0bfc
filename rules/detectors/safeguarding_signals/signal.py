"""What a safeguarding signal is: a phrase pattern with a weight, the kind of risk it points
at, and the anchor words that let the detector skip it cheaply.

Also the words every family of signals shares: the reason categories, child words and adult
words.
"""

import re
from dataclasses import dataclass

# Reason categories: what kind of risk a signal points at (never the words themselves).
CONCERN = "worried talk of reporting"  # supporting only: strengthens any other sign
CONCERN_FACT = "a child known to child protection"
PHYSICAL = "physical harm by an adult, or a child afraid of one"
NEGLECT = "signs of neglect"
SELF_HARM = "self-harm or suicidal talk about a child"
SEXUAL = "possible sexual abuse"
GROOMING = "unsafe adult contact or grooming"
DOMESTIC = "domestic violence at home"
ADULT_THREAT = "an adult threatening a child"
EXPLOITATION = "possible exploitation of children"
CHALLENGE = "a dangerous online challenge"
KNOWN_RISK = "an adult known to be a risk to children"

CHILD = (r"(?:sons?|daughters?|boys?|girls?|lads?|kids?|kiddies|child|children|toddlers?|"
         r"baby|nephews?|nieces?|grandsons?|granddaughters?|grandkids?|grandchild(?:ren)?|"
         r"step-?(?:son|daughter)s?|pupils?|little (?:one|ones|un|man|lad|girl|boy))")
ADULT = (r"(?:dad|daddy|father|mum|mummy|mam|mom|mother|step[- ]?(?:dad|mum|father|mother)|"
         r"(?:mum|mam|mom|mother|dad|father)'?s (?:new )?(?:boyfriend|girlfriend|partner|fella|"
         r"bloke)|boyfriend|girlfriend|partner|uncle|aunt|auntie|grandad|grandpa|nan|nana|gran|"
         r"granny|grandma|parents?|carer|babysitter|child ?minder|nanny|neighbour|teacher|coach|"
         r"man|woman|lady|bloke|guy|fella|adult)")

# An everyday explanation for an injury that the writer doubts: in scare quotes ("he 'fell
# downstairs'"), or a child's own excuse for injuries that keep coming ("says she fell ...
# third time"). Both the safeguarding and the confidential detectors read it.
DOUBTED_EXPLANATION = re.compile(
    r"['\"](?:he |she |they )?(?:fell|fall|tripped|slipped|bumped|walked into|banged)[^'\"]{0,30}"
    r"['\"]|\b(?:says?|said|claims?|claimed|apparently|supposedly)\b[^.!?]{0,30}\b(?:fell|"
    r"tripped|slipped|bumped|walked into|banged)\b(?=.{0,80}\b(?:again|(?:second|third|fourth|"
    r"fifth) time)\b)")


# Cheap pre-check: a signal's regex runs only when the message has a word starting like
# one of its anchors (words are keyed by their first four characters).
ANCHOR_LENGTH = 4
WORD = re.compile(r"\w+")


def word_keys(text: str) -> set[str]:
    """The message's words, cut to their first four characters."""
    return {w[:ANCHOR_LENGTH] for w in WORD.findall(text)}


def _anchor_key(anchor: str) -> str:
    """The word key an anchor stands for, cut as `word_keys` cuts ("can't" is "can")."""
    return WORD.findall(anchor)[0][:ANCHOR_LENGTH]


@dataclass(frozen=True)
class Signal:
    """One piece of evidence the detector looks for."""

    group: str  # alternatives for one piece of evidence; the strongest in a group counts
    category: str
    weight: float
    anchors: frozenset[str]  # word keys; every match contains a word with one of them
    pattern: re.Pattern[str]
    needs_child: bool = True
    supports: bool = False  # counts only beside a primary signal of its category (or, for
    # CONCERN, of any category): supporting evidence never flags a message on its own


def sig(group: str, category: str, weight: float, anchors: str, regex: str,
        needs_child: bool = True, supports: bool = False) -> Signal:
    """A signal. Anchors are words or word beginnings ("bruis"), "|"-separated; a word
    shorter than four letters only matches itself. A straight quote in `regex` matches
    either apostrophe or none ("doesnt")."""
    keys = frozenset(_anchor_key(a) for a in anchors.split("|"))
    return Signal(group, category, weight, keys, re.compile(regex.replace("'", "['’]?")),
                  needs_child, supports)
