"""A learned backstop: small linear models that recognise each label from wording.

The rule-based detectors catch what their phrase families describe; this detector catches
messages that are worded like labelled examples without matching a phrase. It sees the text
with people and the school replaced by placeholders ("STAFF is useless"), so it learns how
criticism is phrased rather than who was criticised. One logistic-regression model per
label, trained by `scripts/train_learned_detector.py`; each has a threshold chosen by
cross-validation for precision. Findings say it was the learned model, with its probability.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from rules.criticism_cues import POSITIVE
from rules.detectors.base import Mention, ParsedMessage
from rules.findings import Finding
from rules.labels import CONTENT_LABELS, PUPIL_NAMED_NEGATIVELY, STAFF_NAMED_NEGATIVELY
from rules.school import school_short_forms

# Labels about a person need that kind of person to be mentioned.
NEEDS_MENTION = {STAFF_NAMED_NEGATIVELY: "staff", PUPIL_NAMED_NEGATIVELY: "pupil"}
# Wording needs words: below this many, a linear model over n-grams is guessing ("Lol").
MIN_WORDS = 3
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
        names = "|".join(re.escape(f) for f in school_forms)
        flat = re.sub(rf"(?<!\w)(?:{names})(?!\w)", " schoolx ", flat)
    return _DIGITS.sub("0", flat)


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

        texts = [placeholder_text(p.text, p.mentions, school_short_forms(p.school.school))
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
        if len(WORD.findall(parsed.norm.text)) < MIN_WORDS:
            return []  # too short to judge by wording; the rule detectors still run
        out = []
        for label, p in parsed.learned.items():
            threshold = self.thresholds.get(label, 1.0)
            if p < threshold:
                continue
            kind = NEEDS_MENTION.get(label)
            people = [m for m in parsed.mentions if m.kind == kind] if kind else []
            if kind and (not people or POSITIVE.search(parsed.norm.text)):
                continue  # nobody of that kind named, or the message praises them
            target = people[0].target if len(people) == 1 else None
            out.append(Finding(label, self.name, round(p, 3), threshold, None, None,
                               "worded like labelled examples of this breach (learned model)",
                               target))
        return out
