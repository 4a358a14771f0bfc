"""The safeguarding detector's evidence table: phrase patterns, each with a weight and the
kind of risk it points at.

Signals in one group are alternatives (the strongest counts); groups combine as independent
evidence in `rules.detectors.safeguarding`. Each signal declares anchor words so the detector
runs only the patterns whose words the message contains.

The signals live in one module per kind of risk (`physical`, `neglect`, `self_harm`,
`sexual`, `grooming`, `domestic`, `known_risk`, `exploitation`, `threats`, and
`other_languages` for phrases in the other languages UK families write in); `signal` holds
their shape and the words they share.
"""

from rules.detectors.safeguarding_signals import (
    domestic,
    exploitation,
    grooming,
    known_risk,
    neglect,
    other_languages,
    physical,
    self_harm,
    sexual,
    threats,
)
from rules.detectors.safeguarding_signals.signal import (
    ADULT,
    ADULT_THREAT,
    ANCHOR_LENGTH,
    CHALLENGE,
    CHILD,
    CONCERN,
    CONCERN_FACT,
    DOMESTIC,
    DOUBTED_EXPLANATION,
    EXPLOITATION,
    GROOMING,
    KNOWN_RISK,
    NEGLECT,
    PHYSICAL,
    SELF_HARM,
    SEXUAL,
    WORD,
    Signal,
    sig,
    word_keys,
)
from rules.detectors.safeguarding_signals.threats import BEATING, I_WILL, THREAT_VERB

__all__ = ["ADULT", "ADULT_THREAT", "ANCHOR_LENGTH", "BEATING", "CHALLENGE", "CHILD",
           "CONCERN", "CONCERN_FACT", "DOMESTIC", "DOUBTED_EXPLANATION", "EXPLOITATION",
           "GROOMING", "I_WILL", "KNOWN_RISK", "NEGLECT", "PHYSICAL", "SELF_HARM", "SEXUAL",
           "SIGNALS", "THREAT_VERB", "WORD", "Signal", "sig", "word_keys"]

# The order is part of the behaviour: within a group the first of equally strong matches
# gives the evidence span, and the groups' weights combine in the order they are first
# met. So the blocks keep the order they were tuned in; add new blocks at the end.
SIGNALS: tuple[Signal, ...] = (
    *physical.HARM_BY_ADULTS,
    *neglect.UNMET_NEEDS,
    *known_risk.WORRY_AND_CP_STATUS,
    *self_harm.SELF_HARM_TALK,
    *sexual.INDICATORS,
    *grooming.UNSAFE_CONTACT,
    *domestic.VIOLENCE_AT_HOME,
    *exploitation.DRUGS_AND_CRIME,
    *other_languages.CORE_WORDS,
    *exploitation.MADE_TO_CARRY,
    *self_harm.EATING,
    *threats.THREATS,
    *physical.ROUGH_HANDLING,
    *domestic.NOISES,
    *physical.PUNISHMENT_AND_FEAR,
    *known_risk.KNOWN_DANGEROUS_ADULTS,
    *neglect.HOME_AND_PICK_UP,
    *grooming.ONLINE_AND_STRANGERS,
    *sexual.INTRUSION,
    *self_harm.JUMPING,
    *self_harm.CHALLENGES,
    *exploitation.SUPPLY_AND_ERRANDS,
    *other_languages.MORE_PHRASES,
)
