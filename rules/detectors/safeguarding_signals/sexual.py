"""Sexual abuse: touching, exposure, an adult coming into a child's room or bath, sexual
knowledge beyond a child's age."""

from rules.detectors.safeguarding_signals.signal import ADULT, GROOMING, SEXUAL, Signal, sig

INDICATORS: tuple[Signal, ...] = (
    # Sexual abuse indicators.
    sig("sexual", SEXUAL, 0.8, "touch|touched|touches|touching|fondle|fondled|fondling|grope|"
                               "groped|groping|molest|molested|molesting",
        r"\btouch(?:ed|es|ing)? (?:him|her|them|my \w+)\b[^.!?]{0,25}\b(?:inappropriately|"
        r"down there|private parts|privates?|bottom|between (?:his|her|their) legs|under (?:his|"
        r"her|their) (?:clothes|pants|skirt))|\b(?:fondl|grop|(?<!non-)(?<!non "
        r")molest)\w*", False),
    sig("sexual", SEXUAL, 0.6, "made",
        r"\bmade (?:him|her|them|my \w+) (?:do (?:stuff|things|something)|touch|watch (?:videos|"
        r"porn|things))"),
    sig("sexual", SEXUAL, 0.6, "sex|sexual|sexually|sexting|sext|nude|nudes|naked|porn|private|"
                               "privates|inappropriate|inappropriately|paedo|paedophile|pedo|"
                               "abused|abusing|abuses|abuse|groomed|grooming",
        r"\b(?:sexual(?:ly)?|sexting|sext|nudes?|naked (?:pictures|photos|pics|selfies|videos)|"
        r"porn\w*|private parts|privates|inappropriate(?:ly)? (?:touch\w*|pictures|photos|pics|"
        r"images|messages|videos|contact|comments)|paedo\w*|pedo\w*|abus(?:ed|ing|es) (?:him|her|"
        r"them|kids|children|pupils)|(?:sexual|child) abuse|groom(?:ed|ing) (?:him|her|them|kids|"
        r"children|girls|boys|a child|my \w+))\b"),
    sig("sexual", SEXUAL, 0.5, "kiss|kissed|kisses|kissing|sit",
        r"\bkiss(?:ed|es|ing)? (?:her|him|them|my \w+) on the lips\b|\bsit on (?:his|her|"
        r"their) (?:lap|knee)\b"),
    sig("sexual", SEXUAL, 0.7, "gets|get|got|getting|climbs|climbed|climbing",
        r"\b(?:gets?|got|getting|climbs?|climbed|climbing) (?:into|in) (?:bed|the bath|"
        r"the shower) with (?:him|her|them)\b"),
    sig("sexual", SEXUAL, 0.6, "walks|walked|walking|comes|came|watches|watched|watching",
        r"\b(?:walks?|walked|walking|comes?|came|coming) in on (?:him|her|"
        r"them)\b[^.!?]{0,30}\b(?:bath|bathroom|shower|changing|toilet|undress\w*)|\bwatch(?:es|"
        r"ed|ing)? (?:him|her|them) (?:in the (?:bath|shower)|get(?:ting)? changed|undress\w*)"),
    sig("sexual", SEXUAL, 0.7, "exposed|exposes|exposing|flasher",
        r"\bexpos(?:ed|es|ing) (?:him|her)self\b|\bflasher\b", False),
    sig("unwanted", SEXUAL, 0.4, "want",
        r"\b(?:didn't|did not|doesn't|does not) want to\b[^.!?]{0,20}\b(?:and|but) (?:he|she|"
        r"they) (?:made|forced|said)"),
)

INTRUSION: tuple[Signal, ...] = (
    # Sexual abuse: an adult coming into a child's room or bath, touching "as a game", showing
    # videos, sexual knowledge beyond the child's age.
    sig("intrude", SEXUAL, 0.6, "comes|come|came|coming|walks|walked|goes|went|gets",
        rf"\b{ADULT}\b[^.!?]{{0,30}}?\b(?:comes?|came|coming|walks?|walked|goes|went|gets) "
        r"in(?:to)? the (?:bathroom|shower|toilet)\b[^.!?]{0,30}\bwhen (?:she|he|they)(?:'s| is|"
        r"'re| are| was)? (?:in|having)"),
    sig("intrude", SEXUAL, 0.4, "comes|come|came|coming|goes|went|gets|creeps|crept|sneaks|"
                                "sneaked",
        rf"\b{ADULT}\b[^.!?]{{0,30}}?\b(?:comes?|came|coming|goes|went|gets|creeps?|crept|"
        r"sneaks?|sneaked) in(?:to)? (?:her|his|their) (?:bed)?room (?:at night|in the night|"
        r"when (?:she|he|they)(?:'s| is|'re| are) (?:asleep|in bed))"),
    sig("intrude_fear", SEXUAL, 0.35, "hates|hate|scared|like|locks|locked",
        r"\b(?:and|but) (?:she|he|they)(?: hates?|(?: is| are|'s|'re) (?:scared|frightened|"
        r"terrified) of| (?:doesn't|don't) like) (?:it|him)\b|\block(?:s|"
        r"ed)? the door (?:behind (?:him|her)|so (?:she|he) can't)",
        supports=True),
    sig("sexual", SEXUAL, 0.75, "touch|touches|touched|touching",
        r"\btouch(?:es|ed|ing)? (?:her|him|them|me)\b[^.!?]{0,30}\b(?:(?:says|said|tells|told|"
        r"saying)(?: (?:her|him|them))? (?:it'?s|its|it is|it was) (?:a|our|just a) (?:game|"
        r"secret)|at night|in the night|in (?:her|his|their) bed|when (?:no ?one|nobody)(?:'s|"
        r" is)? (?:around|looking|there|home)|and (?:says|said|tells|told) (?:her|him|"
        r"them) not to tell)", False),
    sig("secret", GROOMING, 0.35, "keep|keeping", r"\bkeep(?:ing)? (?:it|this|that) (?:a |our |"
                                                  r"their )?secret\b"),
    sig("exposure", SEXUAL, 0.35, "shows|show|showed|showing|sends|sent|sending|lets|let|letting|"
                                  "allows|allowed|makes|made",
        r"\b(?:shows?|showed|showing|sends?|sent|sending) (?:her|him|them|the kids|"
        r"kids) (?:\w+ )?(?:videos|pictures|pics|photos|films|things|stuff) on (?:his|her|"
        r"their) phone\b|\b(?:lets?|letting|allows?|allowed|makes?|made) (?:him|her|"
        r"them) (?:to )?watch (?:18s?|18 (?:rated )?(?:films|movies)|porn|adult (?:films|videos)|"
        r"horror films)\b"),
    sig("exposure", SEXUAL, 0.6, "shows|show|showed|showing",
        r"\b(?:shows?|showed|showing) (?:her|him|them|the kids|kids) (?:porn|rude|dirty|adult|"
        r"naughty) (?:videos|pictures|pics|films|things|stuff)"),
    sig("sex_talk", SEXUAL, 0.45, "sex|sexual|rude",
        r"\b(?:sex|sexual|rude) (?:stuff|things|words|talk)\b[^.!?]{0,40}\b(?:shouldn't know|"
        r"her age|his age|their age|too young|at (?:her|his) age)"),
)
