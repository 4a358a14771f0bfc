"""Domestic violence a child lives with, and the sounds of it heard from next door."""

from rules.detectors.safeguarding_signals.signal import ADULT, DOMESTIC, Signal, sig

VIOLENCE_AT_HOME: tuple[Signal, ...] = (
    # Domestic violence a child lives with.
    sig("domestic", DOMESTIC, 0.75, "mum|mother|mam|wife|girlfriend|partner",
        r"\b(?:dad|father|step-?dad|husband|boyfriend|partner|he)\b[^.!?]{0,15}\b(?:hits|hit|"
        r"beats|beat|hurts|punch(?:es|ed)|kicks|kicked|strangl\w+|chok\w+|attack\w*|batter\w*|"
        r"pinn?(?:ed|s)|push(?:es|ed)|shov(?:es|ed)|grabb?(?:ed|s)|thr(?:ew|ows) \w+ at|"
        r"slapp?(?:ed|s)) (?:her|his|their) (?:mum|mother|mam|wife|girlfriend|partner)\b", False),
    # A parent telling the group they and their children are not safe at home.
    sig("unsafe_home", DOMESTIC, 0.7, "safe|scared|frightened|afraid",
        r"\b(?:me and the kids|me and my (?:kids|children|son|daughter)|we|the kids and me|"
        r"my (?:kids|children) and (?:i|me))\b[^.!?]{0,15}\b(?:aren't|are not|are no longer|"
        r"don't feel|do not feel|never feel|not) (?:\w+ )?safe (?:at home|in (?:the|our|my) "
        r"(?:house|home|flat))\b|\b(?:i'm|i am) (?:scared|frightened|afraid) (?:to go|of going) "
        r"home\b"),
    sig("police", DOMESTIC, 0.45, "call|called|calling|ring|rang|dial|dialled",
        r"\b(?:had to|has to|have to|tried to) (?:call|ring|dial|phone) (?:999|the police)\b"),
    sig("domestic", DOMESTIC, 0.6, "domestic|violent|dangerous|aggressive|scary|handy",
        rf"\bdomestic (?:violence|abuse|incident)|\b(?:violent|dangerous|aggressive) {ADULT}|"
        rf"\b(?:step-?dad|stepfather|(?:mum|mam|mom)'?s (?:new )?(?:boyfriend|partner|fella)|"
        r"dad|father|boyfriend) (?:is|seems|looks|can be|gets) (?:really |so |very |"
        r"quite )?(?:dangerous|violent|aggressive|scary|handy with his fists)"),
    sig("noise", DOMESTIC, 0.45, "screaming|shouting|yelling|smashing|crashing",
        r"\b(?:screaming|shouting|yelling|smashing|crashing)\b[^.!?]{0,30}\b(?:from|coming from|"
        r"at) (?:their|his|her|that|next door)\b"),
    sig("police", DOMESTIC, 0.4, "police",
        r"\bpolice\b[^.!?]{0,40}\b(?:their|his|her|that) (?:house|flat|home|place|door)|"
        r"\b(?:their|his|her) (?:house|flat|home)\b[^.!?]{0,60}\bpolice\b"),
)

NOISES: tuple[Signal, ...] = (
    # Noises of violence in a child's home: screaming through the wall, thuds, then quiet.
    sig("noise", DOMESTIC, 0.45, "screaming|screams|shouting|yelling|crying|banging|thuds|thud|"
                                 "smashing|crashing",
        r"\b(?:screaming|screams|shouting|yelling|crying|banging|thuds?|smashing|crashing)\b"
        r"[^.!?]{0,50}\b(?:through the walls?|from (?:the |their |that )?(?:flat|house|next door|"
        r"upstairs|downstairs)|in the flats?|next door)\b"),
    sig("hurt_sound", DOMESTIC, 0.45, "sounded|sounds|sound|thuds|thud|goes|went|gone|nothing|"
                                      "silence",
        r"\b(?:sounded|sounds|sound) like (?:someone|somebody|a child|a kid|she|he|they|"
        r"the (?:kid|child|baby|little \w+))(?: was| were| is)? (?:getting|being) (?:badly |"
        r"really )?(?:hurt|hit|beaten|attacked|killed|battered)|\bthuds?\b|"
        r"\bthen (?:it )?(?:all )?(?:goes|went|gone) (?:quiet|silent)\b|\bthen (?:nothing|"
        r"silence)\b"),
)
