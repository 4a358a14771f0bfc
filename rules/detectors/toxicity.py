"""Abuse, threats and hate, read from the toxicity backend's scores.

The backend (Detoxify or the offline scorer) scores the whole message; this detector turns
those scores into Kindly's labels. Swearing used for emphasis with nobody on the receiving
end ("this traffic is a nightmare") is not abuse, so a high general-toxicity score only
counts when the message is aimed at someone.
"""

import re

from rules.detectors.base import ParsedMessage
from rules.findings import Finding
from rules.labels import ABUSE, HATE, THREAT
from rules.scorer import IDENTITY_ATTACK, INSULT, SEVERE_TOXICITY, TOXICITY
from rules.scorer import THREAT as THREAT_SCORE

# Second person, a named or @-addressed person, or "that woman"-style pointing.
_TARGET = re.compile(
    r"\b(you|u|ya|your|ur|yourself)\b|@\w+|\b(that|this|the) (woman|man|bloke|lady|cow|mum|dad|"
    r"one|lot|kid|boy|girl|teacher)\b|\b(she|he)('s| is)\b")


class ToxicityDetector:
    """Maps toxicity scores to abuse, threat and hate.

    Args:
        abuse_threshold: Insult score that counts as abuse, and the general-toxicity
            score that counts when the message has a target.
        threat_threshold: Threat score that counts as a threat.
        hate_threshold: Identity-attack score that counts as hate.
    """

    name = "toxicity"
    labels = frozenset({ABUSE, THREAT, HATE})

    def __init__(self, abuse_threshold: float = 0.5, threat_threshold: float = 0.5,
                 hate_threshold: float = 0.5):
        self.abuse_threshold = abuse_threshold
        self.threat_threshold = threat_threshold
        self.hate_threshold = hate_threshold

    def detect(self, parsed: ParsedMessage) -> list[Finding]:
        """Findings for each label whose score reaches its threshold."""
        tox = parsed.toxicity
        out = [
            self._finding(parsed, THREAT, THREAT_SCORE, self.threat_threshold,
                          "threat of harm to a person or property"),
            self._finding(parsed, HATE, IDENTITY_ATTACK, self.hate_threshold,
                          "attack on a group or identity"),
        ]
        insult = tox.get(INSULT)
        general_key = max((TOXICITY, SEVERE_TOXICITY), key=tox.get)
        general = tox.get(general_key)
        targeted = bool(parsed.mentions) or bool(_TARGET.search(parsed.norm.text))
        if insult >= self.abuse_threshold:
            out.append(self._finding(parsed, ABUSE, INSULT, self.abuse_threshold,
                                     "insulting or demeaning language"))
        elif targeted and general >= self.abuse_threshold:
            out.append(self._finding(parsed, ABUSE, general_key, self.abuse_threshold,
                                     "toxic language aimed at someone"))
        elif tox.get(IDENTITY_ATTACK) >= self.hate_threshold:
            # An attack on a group demeans its members even without a named target.
            out.append(self._finding(parsed, ABUSE, IDENTITY_ATTACK, self.hate_threshold,
                                     "demeaning language about a group"))
        return [f for f in out if f.fired]

    def _finding(self, parsed: ParsedMessage, label: str, key: str, threshold: float,
                 reason: str) -> Finding:
        tox = parsed.toxicity
        span = tox.evidence.get(key)
        detail = tox.reasons.get(key)
        return Finding(label=label, detector=self.name, score=round(tox.get(key), 3),
                       threshold=threshold, start=span[0] if span else None,
                       end=span[1] if span else None,
                       reason=f"{reason} ({detail})" if detail else reason)
