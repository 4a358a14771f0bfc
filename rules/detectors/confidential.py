"""Confidential disclosures: someone else's private details posted in the group.

Two families of recognizers, each a set of declared patterns plus one hook that decides
whether a match is a disclosure (Presidio's recognizer shape):

- contact and security details (phone numbers, emails, home addresses and postcodes,
  social-media profiles, door/gate/key-safe/alarm codes). The school's own published
  contacts, whether configured in `SchoolConfig.public_contacts` or presented as the
  office's ("the number's on the website"), and the writer's own details are near misses;
- sensitive facts (health, pregnancy, mental health, SEN, exclusion, social services,
  police, sexuality, family breakdown, child welfare, discipline, complaint outcomes).
  A fact only counts when it is about another identifiable person: a named member of
  staff or pupil, their family ("Lily P's mum"), or another named adult. The subject is
  found by `Subjects`: the person phrase nearest before the fact (or its direct object,
  "suspending my lad"), following pronouns back to who they stand for. Facts a parent
  shares about their own family ("my son has ADHD", or a child named in a message written
  as their parent with no hearsay), general talk ("do they do EHCP assessments?"), stories
  and plays, and everyday injuries ("a black eye from a football") score below the
  threshold.

Every finding carries its score, threshold, evidence span in the original text and a
reason naming the category and whom it concerns, never the disclosed data itself.

The recognizers live in `rules.detectors.confidential_recognizers`, one module each; this
module runs them and caps how many findings one message gives.
"""

from rules.detectors.base import ParsedMessage
from rules.detectors.confidential_recognizers.address import AddressRecognizer
from rules.detectors.confidential_recognizers.context import RecognizerContext
from rules.detectors.confidential_recognizers.email import EmailRecognizer
from rules.detectors.confidential_recognizers.fact_categories import (
    FACT_CATEGORIES,
    FactCategory,
)
from rules.detectors.confidential_recognizers.phone import PhoneRecognizer
from rules.detectors.confidential_recognizers.public_contacts import PublicContacts
from rules.detectors.confidential_recognizers.scores import (
    CONTACT_THRESHOLD,
    DETECTOR_NAME,
    EMAIL_SCORE,
    FACT_THRESHOLD,
    FOREIGN_PHONE_SCORE,
    INSTITUTIONAL_SUBJECT_WEIGHT,
    LANDLINE_SCORE,
    MOBILE_SCORE,
    OWN_CONTACT_SCORE,
    POSTCODE_SCORE,
    PUBLIC_SCORE,
    ROLE_EMAIL_SCORE,
    SECURITY_SCORE,
    SERVICE_PHONE_SCORE,
    SOCIAL_SCORE,
    STREET_ADDRESS_SCORE,
    STREET_ONLY_SCORE,
    SUBJECT_TEXT,
    SUBJECT_WEIGHT,
    UNCUED_LOWERCASE_ADDRESS_SCORE,
    WORK_EMAIL_SCORE,
)
from rules.detectors.confidential_recognizers.security_code import SecurityCodeRecognizer
from rules.detectors.confidential_recognizers.sensitive_facts import (
    ACCIDENT_FACTOR,
    FICTION_FACTOR,
    SensitiveFactRecognizer,
)
from rules.detectors.confidential_recognizers.social_profile import SocialProfileRecognizer
from rules.detectors.confidential_recognizers.subjects import (
    ANTECEDENT_WINDOW,
    BACK_WINDOW,
    FORWARD_WINDOW,
)
from rules.findings import Finding
from rules.labels import CONFIDENTIAL
from rules.school import SchoolConfig

__all__ = [
    "ACCIDENT_FACTOR", "ANTECEDENT_WINDOW", "BACK_WINDOW", "CONTACT_THRESHOLD", "DETECTOR_NAME",
    "EMAIL_SCORE", "FACT_CATEGORIES", "FACT_THRESHOLD", "FICTION_FACTOR", "FOREIGN_PHONE_SCORE",
    "FORWARD_WINDOW", "INSTITUTIONAL_SUBJECT_WEIGHT", "LANDLINE_SCORE", "MAX_FINDINGS",
    "MOBILE_SCORE", "OWN_CONTACT_SCORE", "POSTCODE_SCORE", "PUBLIC_SCORE", "ROLE_EMAIL_SCORE",
    "SECURITY_SCORE", "SERVICE_PHONE_SCORE", "SOCIAL_SCORE", "STREET_ADDRESS_SCORE",
    "STREET_ONLY_SCORE", "SUBJECT_TEXT", "SUBJECT_WEIGHT", "UNCUED_LOWERCASE_ADDRESS_SCORE",
    "WORK_EMAIL_SCORE", "AddressRecognizer", "ConfidentialDetector", "EmailRecognizer",
    "FactCategory", "PhoneRecognizer", "PublicContacts", "SecurityCodeRecognizer",
    "SensitiveFactRecognizer", "SocialProfileRecognizer",
]

MAX_FINDINGS = 30  # a 10,000-character paste should not flood the review queue


class ConfidentialDetector:
    """Emits `confidential` for other people's private details and sensitive facts.

    Args:
        school: The school whose published contacts are never a disclosure. When omitted,
            each message's own `parsed.school` is used.
    """

    name = DETECTOR_NAME
    labels = frozenset({CONFIDENTIAL})

    def __init__(self, school: SchoolConfig | None = None):
        self._fixed = PublicContacts.of(school) if school is not None else None
        self._cache: dict[int, tuple[SchoolConfig, PublicContacts]] = {}
        self._recognizers = (PhoneRecognizer(), EmailRecognizer(), AddressRecognizer(),
                             SocialProfileRecognizer(), SecurityCodeRecognizer(),
                             SensitiveFactRecognizer())

    def detect(self, parsed: ParsedMessage) -> list[Finding]:
        """Findings for every candidate disclosure, fired or near miss."""
        if not parsed.text or parsed.text.isspace():
            return []
        ctx = RecognizerContext(parsed, self._public_for(parsed.school))
        findings = [f for r in self._recognizers for f in r.recognize(ctx)]
        if len(findings) > MAX_FINDINGS:
            findings.sort(key=lambda f: -f.score)
            findings = sorted(findings[:MAX_FINDINGS], key=lambda f: f.start or 0)
        return findings

    def _public_for(self, school: SchoolConfig) -> PublicContacts:
        if self._fixed is not None:
            return self._fixed
        cached = self._cache.get(id(school))
        if cached is None or cached[0] is not school:
            cached = self._cache[id(school)] = (school, PublicContacts.of(school))
        return cached[1]
