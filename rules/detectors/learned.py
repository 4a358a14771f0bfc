"""A learned backstop: small linear models that recognise each label from wording.

The rule-based detectors catch what their phrase families describe; this detector catches
messages that are worded like labelled examples without matching a phrase. It sees the text
with people and the school replaced by placeholders ("STAFF is useless"), so it learns how
criticism is phrased rather than who was criticised. One logistic-regression model per
label, trained by `scripts/train_learned_detector.py` on the messages it may fire on; each
has a threshold chosen with each training school held out in turn, for what it adds beyond
the rules. Findings say it was the learned model, with its probability.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from rules.criticism_cues import POSITIVE
from rules.detectors.base import Mention, ParsedMessage
from rules.findings import Finding
from rules.labels import CONTENT_LABELS, HATE, PUPIL_NAMED_NEGATIVELY, STAFF_NAMED_NEGATIVELY
from rules.lexicons.identity import GROUP_WORDS
from rules.school import school_short_forms

# Labels about a person need that kind of person to be mentioned.
NEEDS_MENTION = {STAFF_NAMED_NEGATIVELY: "staff", PUPIL_NAMED_NEGATIVELY: "pupil"}
# Wording needs words: below this many, a linear model over n-grams is guessing ("Lol").
MIN_WORDS = 3
# Hate is an attack on a group or on someone for what they are: without a word for one, a
# learned "hate" is a guess about tone ("it's a shambles").
_GENERIC = {"kids", "parents", "families", "lot", "ones", "types", "crowd", "mums", "dads",
            "needs", "special", "non", "middle", "down", "english", "british", "women",
            "tower", "hamlets", "eastern", "mixed", "race", "binary"}
IDENTITY_HINT = re.compile(
    r"\b(?:" + "|".join(sorted(GROUP_WORDS - _GENERIC)) + r")\b|"
    r"\b(?:relig\w*|mosques?|churche?s?|synagogues?|temples?|hijabs?|headscarf|burqas?|"
    r"turbans?|halal|kosher|accents?|two\s+(?:dads|mums|mothers|fathers)|same[\s-]sex|"
    r"wheelchairs?|disab\w*|autis\w*|special\s+needs|learning\s+difficult\w*|retard\w*|"
    r"spaz\w*|mong\w*|skin|colour|color|country|countries|foreign\w*|immigra\w*|"
    r"asylum|english\s+people|our\s+own\s+kind|their\s+kind|these\s+people|"
    r"that\s+lot|women|girls?\s+can'?t|(?:wo)?man\s+in\s+a\s+dress|own\s+kind|"
    r"stick\s+together|typical\s+of\s+(?:them|their\s+lot)|\w+'s\s+lot)\b")
_DIGITS = re.compile(r"\d")
WORD = re.compile(r"[^\W\d_]{2,}")


def placeholder_text(text: str, mentions: Sequence[Mention], school_forms: Sequence[str]) -> str:
    """Lower-cased text with people as STAFF / PUPIL and the school as SCHOOL, digits as 0.

    Args:
        text: The message.
        mentions: The people recognised in it.
        school_forms: The school's name and short forms, lower case (`school_short_forms`).
    """
    out, last = [], 0
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < last:
            continue
        out += [text[last:m.start], " staffx " if m.kind == "staff" else " pupilx "]
        last = m.end
    out.append(text[last:])
    flat = "".join(out).lower()
    if school_forms:
        flat = _name_pattern(tuple(school_forms)).sub(" schoolx ", flat)
    return _DIGITS.sub("0", flat)


@lru_cache(maxsize=256)
def _name_pattern(school_forms: tuple[str, ...]) -> re.Pattern[str]:
    """The school's names as one pattern, compiled once per school."""
    names = "|".join(re.escape(f) for f in school_forms)
    return re.compile(rf"(?<!\w)(?:{names})(?!\w)")


@lru_cache(maxsize=256)
def _short_forms(school_name: str) -> tuple[str, ...]:
    return tuple(school_short_forms(school_name))


@dataclass(frozen=True)
class LabelModel:
    """One label's logistic regression over the shared features."""

    label: str
    coef: np.ndarray
    intercept: float
    threshold: float


class LearnedModel:
    """Per-label probabilities for a batch of texts (the engine calls it once per batch).

    Args:
        word_vectorizer: Fitted word n-gram TF-IDF vectoriser.
        char_vectorizer: Fitted character n-gram TF-IDF vectoriser.
        models: One LabelModel per label, over [word features, char features].
    """

    def __init__(self, word_vectorizer: TfidfVectorizer, char_vectorizer: TfidfVectorizer,
                 models: Sequence[LabelModel]):
        self._word = word_vectorizer
        self._char = char_vectorizer
        self.models = list(models)
        self._weights = np.vstack([m.coef for m in self.models]).T
        self._bias = np.array([m.intercept for m in self.models])

    def predict(self, parsed: Sequence[ParsedMessage]) -> list[dict[str, float]]:
        """Each message's probability per label, computed in one pass over the batch."""
        if not parsed:
            return []
        from scipy.sparse import hstack

        texts = [placeholder_text(p.text, p.mentions, _short_forms(p.school.school))
                 for p in parsed]
        features = hstack([self._word.transform(texts), self._char.transform(texts)]).tocsr()
        probs = 1.0 / (1.0 + np.exp(-(features @ self._weights + self._bias)))
        labels = [m.label for m in self.models]
        return [dict(zip(labels, map(float, row), strict=True)) for row in probs]


class LearnedDetector:
    """Fires a label when the learned probability reaches that label's threshold.

    Args:
        thresholds: Label -> threshold, from the trained models.
    """

    name = "learned"
    labels = frozenset(CONTENT_LABELS)
    # A backstop only adds labels the rule-based detectors did not find (see Engine._judge).
    backstop = True

    def __init__(self, thresholds: Mapping[str, float]):
        self.thresholds = dict(thresholds)

    def detect(self, parsed: ParsedMessage) -> list[Finding]:
        """Findings for every label whose probability reaches its threshold."""
        out = []
        for label, p in parsed.learned.items():
            threshold = self.thresholds.get(label, 1.0)
            if p < threshold or not may_report(parsed, label):
                continue
            kind = NEEDS_MENTION.get(label)
            people = [m for m in parsed.mentions if m.kind == kind] if kind else []
            target = people[0].target if len(people) == 1 else None
            out.append(Finding(label, self.name, round(p, 3), threshold, None, None,
                               "worded like labelled examples of this breach (learned model)",
                               target))
        return out


def may_report(parsed: ParsedMessage, label: str) -> bool:
    """Whether the learned detector may report `label` for this message at all.

    Not on fewer than MIN_WORDS words; a person label only when that kind of person is named
    and the message does not praise them; hate only with a word for a group or identity.
    The training script chooses thresholds under the same rule.
    """
    text = parsed.norm.text
    if len(WORD.findall(text)) < MIN_WORDS:
        return False
    if label == HATE:
        return bool(IDENTITY_HINT.search(text))
    kind = NEEDS_MENTION.get(label)
    if kind is None:
        return True
    return any(m.kind == kind for m in parsed.mentions) and not POSITIVE.search(text)
