"""The offline toxicity scorer: curated lexicons plus alt-profanity-check's bundled model.

Works with nothing but what PyPI ships, no torch and no downloads. Each message is
normalised (`rules.normalise`) so evasions ("f***", "i d i o t", "sh1t") are seen through,
then matched against the lexicons in `rules.lexicons`. The profanity model, when given,
scores how profane the wording is; it is fed the normalised text with masked words filled
in, and it only ever raises `toxicity` and `obscene` up to the emphasis level below.

Calibration (every label, same scale as Detoxify's usual 0.5 cut-off):

    >= 0.9   unmistakable: a slur, a standalone insult aimed at someone ("you absolute
             melt", "is a complete muppet"), an explicit threat ("I'll smash his windows in").
    >= 0.7   confident: a context insult in a frame ("that useless cow"), a veiled threat
             ("watch his back"), a group stereotype ("<group> nick everything").
    >= 0.5   FLAG_THRESHOLD: worth a moderator's look; weaker set phrases ("shut up").
    0.3-0.5  noted, not flagged: swearing for emphasis ("this traffic is a f***ing
             nightmare" scores obscene/toxicity ~0.45), criticism of how someone does a
             job ("useless", "lazy": insult 0.45), lone hints ("see what happens").
    < 0.3    nothing of note.

What each label means here:

- insult: name-calling, demeaning description or harassment aimed at a person (or a
  school: "this school is a sh*thole").
- threat: violence or harm to a person or property, direct, veiled or incited. Damped by
  half when the message is plainly joking (laughing emoji, "lol").
- identity_attack: slurs and attacks on race, religion, nationality, disability,
  sexuality or gender. A group word in a neutral sentence scores 0.
- obscene: swearing. Emphasis alone stays below 0.5; swearing at someone or sexual content
  scores 0.75-0.9.
- toxicity: the strongest of insult, identity_attack and targeted obscenity, or the
  profanity model's probability scaled into the emphasis band (at most 0.45). Threats
  count at most 0.45 here, so a threat is not also reported as abuse.
- severe_toxicity: 0.9 for slurs and the strongest identity attacks (identity_attack >=
  0.9), and for obscene insults aimed at someone; otherwise 0.4 x toxicity, never above
  the threshold. Threats do not raise it (a threat is reported as a threat).

Evidence spans are in the original text's coordinates; reasons name the lexicon category,
never the word that matched.
"""

import logging
import re
from collections.abc import Callable, Sequence

from rules.lexicons.compiled import expand
from rules.lexicons.match import Hit, LexiconMatcher
from rules.normalise import MASK, Normalised, normalise
from rules.scorer import (
    IDENTITY_ATTACK,
    INSULT,
    OBSCENE,
    SEVERE_TOXICITY,
    THREAT,
    TOXICITY,
    TOXICITY_KEYS,
    ToxicityScores,
)

logger = logging.getLogger(__name__)

FLAG_THRESHOLD = 0.5  # scores at or above this are worth a moderator's look
STRONG = 0.9  # unmistakable
EMPHASIS_CAP = 0.45  # the most that swearing with no target can score
JOKE_DAMPING = 0.5  # threats in a plainly joking message are multiplied by this
_SECOND_HIT_WEIGHT = 0.15  # a second, separate hit adds this share of its score
_MODEL_WEIGHT = 0.5  # profanity probability -> emphasis-level toxicity/obscene
_WEAK_THREAT = 0.4  # two threat hints at least this strong combine even below the threshold
_MODEL_NOTED = 0.25  # below this the profanity model's contribution is not worth a reason

_JOKE = re.compile(expand("<JOKE>"))
# "Joking. Sort of.", "only half joking", "or am I": the joke is taken back.
_HALF_JOKE = re.compile(r"\b(?:not|only\s+half|half)\s+(?:joking|kidding)\b|\b(?:joking|kidding)"
                        r"\W+(?:sort\s+of|kind\s+of|kinda|not\s+really|or\s+am\s+i)\b|"
                        r"\bor\s+am\s+i\b")
_WORD = re.compile(r"[\w*]+")


def _combine(hits: list[Hit]) -> Hit | None:
    """The strongest hit, its score raised a little by a second, separate hit."""
    if not hits:
        return None
    ranked = sorted(hits, key=lambda h: h.score, reverse=True)
    top = ranked[0]
    second = next((h for h in ranked[1:] if h.end <= top.start or h.start >= top.end), None)
    # Two separate hints of a threat ("I'll be waiting for him" ... "he won't like it") add
    # up; weak insults do not ("lazy and rude" is criticism).
    weak_pair = top.label == THREAT and second is not None and second.score >= _WEAK_THREAT
    if second is None or (top.score < FLAG_THRESHOLD and not weak_pair):
        return top
    score = min(0.99, top.score + _SECOND_HIT_WEIGHT * second.score)
    return Hit(top.label, score, top.start, top.end, top.reason, top.jokeable)


class OfflineScorer:
    """Scores toxicity from lexicons and, when given, a profanity-probability model.

    Args:
        profanity_prob: Batch function returning, per text, the probability it is profane
            (the bot passes `profanity_check.predict_prob`). None scores by lexicons only.
    """

    def __init__(self, profanity_prob: Callable[[list[str]], Sequence[float]] | None = None):
        self._profanity_prob = profanity_prob
        self._matcher = LexiconMatcher()
        self.name = ("offline:alt-profanity-check+lexicons" if profanity_prob is not None
                     else "offline:lexicons")

    def predict(self, texts: Sequence[str]) -> list[ToxicityScores]:
        """Score each text; one result per input, in order. Never raises on odd input."""
        texts = [t if isinstance(t, str) else "" for t in texts]
        norms = [normalise(t) for t in texts]
        probs = self._profanity([self._model_text(n) for n in norms])
        return [self._score(t, n, p) for t, n, p in zip(texts, norms, probs, strict=True)]

    def _profanity(self, texts: list[str]) -> list[float]:
        if self._profanity_prob is None or not texts:
            return [0.0] * len(texts)
        try:
            probs = [float(p) for p in self._profanity_prob(texts)]
        except Exception:  # a broken model must not stop moderation: lexicons still run
            logger.exception("Profanity model failed on a batch of %d; lexicons only",
                             len(texts))
            return [0.0] * len(texts)
        if len(probs) != len(texts):
            logger.error("Profanity model returned %d scores for %d texts; lexicons only",
                         len(probs), len(texts))
            return [0.0] * len(texts)
        return probs

    def _model_text(self, norm: Normalised) -> str:
        """Normalised text with masked words filled in, so the model can recognise them."""
        if MASK not in norm.text:
            return norm.text
        return _WORD.sub(lambda m: self._matcher.unmask(m.group()), norm.text)

    def _score(self, text: str, norm: Normalised, prob: float) -> ToxicityScores:
        hits = self._matcher.find(norm, text)
        if hits and _JOKE.search(norm.text) and not _HALF_JOKE.search(norm.text):
            hits = [Hit(h.label, h.score * JOKE_DAMPING, h.start, h.end,
                        h.reason + " (damped: joking tone)") if h.jokeable else h for h in hits]
        best = {label: _combine([h for h in hits if h.label == label])
                for label in (INSULT, THREAT, IDENTITY_ATTACK, OBSCENE)}
        values = {k: 0.0 for k in TOXICITY_KEYS}
        evidence: dict[str, tuple[int, int]] = {}
        reasons: dict[str, str] = {}
        for label, hit in best.items():
            if hit is not None:
                values[label] = round(hit.score, 3)
                evidence[label] = norm.to_original(hit.start, hit.end)
                reasons[label] = hit.reason
        model_level = round(min(EMPHASIS_CAP, _MODEL_WEIGHT * prob), 3)
        if model_level > values[OBSCENE]:
            values[OBSCENE] = model_level
            evidence.pop(OBSCENE, None)
            reasons.pop(OBSCENE, None)
            if model_level >= _MODEL_NOTED:
                reasons[OBSCENE] = "profanity model: profane wording"
        self._set_toxicity(values, evidence, reasons, model_level)
        return ToxicityScores(values=values, evidence=evidence, reasons=reasons)

    @staticmethod
    def _set_toxicity(values: dict[str, float], evidence: dict[str, tuple[int, int]],
                      reasons: dict[str, str], model_level: float) -> None:
        """Fill toxicity and severe_toxicity from the other labels (see module docstring)."""
        targeted_obscene = values[OBSCENE] if values[OBSCENE] >= FLAG_THRESHOLD else 0.0
        candidates = [
            (values[INSULT], INSULT),
            (values[IDENTITY_ATTACK], IDENTITY_ATTACK),
            (targeted_obscene, OBSCENE),
            (min(EMPHASIS_CAP, values[THREAT]), THREAT),
            (min(EMPHASIS_CAP, values[OBSCENE]), OBSCENE),
        ]
        score, source = max(candidates, key=lambda c: c[0])
        if model_level > score:
            values[TOXICITY] = model_level
            if model_level >= _MODEL_NOTED:
                reasons[TOXICITY] = "profanity model: profane wording"
        elif score > 0:
            values[TOXICITY] = score
            if source in evidence:
                evidence[TOXICITY] = evidence[source]
            if source in reasons:
                reasons[TOXICITY] = reasons[source]
        severe = values[IDENTITY_ATTACK] >= STRONG or (
            values[INSULT] >= STRONG and values[OBSCENE] >= 0.85)
        if severe:
            values[SEVERE_TOXICITY] = 0.9
            source = IDENTITY_ATTACK if values[IDENTITY_ATTACK] >= STRONG else INSULT
            if source in evidence:
                evidence[SEVERE_TOXICITY] = evidence[source]
            reasons[SEVERE_TOXICITY] = reasons.get(source, "")
        else:
            values[SEVERE_TOXICITY] = round(0.4 * values[TOXICITY], 3)
