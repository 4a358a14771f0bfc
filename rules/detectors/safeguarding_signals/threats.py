"""An adult threatening to hurt a child, or promising to deal with one who hurt theirs."""

from rules.detectors.safeguarding_signals.signal import ADULT, ADULT_THREAT, Signal, sig

THREAT_VERB = (r"(?:slap|smack|hit|batter|thump|punch|kick|throttle|strangle|deck|clip|wallop|"
                r"belt|hurt|sort|wring|skelp|lamp|leather|break)")
_THREAT_ANCHORS = ("slap|smack|hit|hits|hitting|batter|thump|punch|kick|throttle|strangle|deck|"
                   "clip|wallop|belt|hurt|sort|sorting|wring|give|skelp|lamp|leather|break")
BEATING = r"(?:slap|smack|hiding|kicking|clip|belt|belting|thump|beating|whack|wallop)"
_MEAN = r"(?:kid|child|boy|girl|lad|brat|sod|git|toerag|scrote|madam|monster|thug|horror|terror)"
# "I'll" and its dialect forms ("a'll"); the apostrophe is required after "a".
I_WILL = r"(?:i[\x27\u2019]?ll|ah?[\x27\u2019]ll|i will|i[\x27\u2019]?m (?:going to|gonna)|imma)"

# A first-person promise to act: "I'll", "I'm", "I'd", "we're gonna", "us dads are going to".
_I_INTEND = (r"(?:i[\x27\u2019]?ll|ah?[\x27\u2019]ll|i will|i[\x27\u2019]?m(?: going to| gonna)?|"
             r"imma|i[\x27\u2019]d|i would|we(?:[\x27\u2019]ll| will|[\x27\u2019]re|"
             r" are) (?:going to|gonna)|(?:some of )?us (?:dads|mums|parents|lot) (?:are |"
             r"is )?(?:going to|gonna))")
_VIOLENT_ANCHORS = ("give|giving|drag|dragging|dragged|grab|grabbing|yank|yanking|haul|hauling|"
                    "pull|pulling|shake|shaking|lift|lifting|throw|throwing|chuck|chucking|collar|"
                    "break|breaking|snap|snapping|smash|smashing|rip|ripping|slap|slapping|smack|"
                    "smacking|batter|battering|thump|thumping|punch|punching|kick|kicking|"
                    "throttle|throttling|strangle|strangling|deck|decking|wallop|walloping|belt|"
                    "belting|lamp|lamping|leather|leathering|skelp|boot|booting|choke|choking|"
                    "bray|braying|twat|chin|chinning|flatten|whack|whacking|clout")
# What an adult promises to do to a child: "give him a clip round the ear", "drag him out
# by his ear", "break his fingers", "pull hers out".
_VIOLENT_ACT = (
    r"(?:giv(?:e|ing) (?:him|her|them|that \w+) (?:a |one )?(?:good |proper |right |real |bloody |"
    r"little |sharp )?(?:clip|slap|smack|hiding|kicking|belt|thump|whack|wallop|hammering|"
    r"battering|leathering|beating|back ?hander|dig|punch|kick)|(?:drag|grab|yank|haul|pull|shak|"
    r"lift|throw|chuck|collar)\w* (?:him|her|them) (?:\w+ ){0,3}?by (?:the|his|her|"
    r"their) (?:collar|ears?|hair|neck|scruff|throat|arms?|wrists?|jumper|coat|hood|legs?)|"
    r"drag\w* (?:him|her|them) (?:out|off|along|across|down|up|round|home|outside)|(?:break|snap|"
    r"smash|rip)\w* (?:his|her|their) (?:\w+ )?(?:fingers|arms?|legs?|neck|nose|face|jaw|teeth|"
    r"hands?|head|skull)|pull (?:hers|his|theirs|(?:his|her|their) hair) out|(?:slap|smack|batter|"
    r"thump|punch|kick|throttl|strangl|deck|wallop|belt|lamp|leather|skelp|boot|chok|bray|twat|"
    r"chin|flatten|whack|clout)\w* (?:him|her|them|that (?:little )?\w+)\b(?! (?:up|off|back|out|"
    r"over|in|down)\b))")
_BEATEN = (r"(?:lamped|battered|slapped|smacked|decked|leathered|walloped|thumped|punched|"
           r"kicked|brayed|chinned|twatted|belted|clouted|hit)")

THREATS: tuple[Signal, ...] = (
    # An adult threatening to hurt a child.
    sig("adult_threat", ADULT_THREAT, 0.6, _THREAT_ANCHORS,
        rf"\b(?:{I_WILL}|someone (?:should|needs to|ought to|wants to|has to|will)|"
        rf"somebody (?:should|needs to)) (?:\w+ )?(?:{THREAT_VERB}\w* (?:that|the|this|your|his|"
        rf"her|their) (?:little |\w+ )?{_MEAN}|give (?:that|the|this|your|his|her) (?:little |"
        rf"\w+ )?{_MEAN} a (?:good )?{BEATING})\b", False),
    sig("adult_threat", ADULT_THREAT, 0.6, "slap|smack|hiding|kicking|clip|belt|belting|thump|"
                                           "beating|whack|wallop",
        rf"\b{_MEAN}\b[^.!?]{{0,20}}\b(?:needs|deserves|wants|could do with|is getting|will get|"
        rf"'s getting) a (?:good )?{BEATING}", False),
    sig("adult_threat", ADULT_THREAT, 0.6, _THREAT_ANCHORS,
        rf"\b(?:that|this) (?:little |wee |\w+ )?{_MEAN}\b[^.!?]{{0,60}}\b{I_WILL} (?:\w+ "
        rf")?{THREAT_VERB}\w* (?:him|her|(?:his|her) \w+)\b",
        False),
    sig("rough", ADULT_THREAT, 0.4, "gentle|old|care",
        r"\bwon't be gentle\b|\b(?:don't|do not) care (?:how old (?:he|she|they) (?:is|are)|"
        r"(?:that )?(?:he|she|they)(?:'s| is| are) (?:only )?(?:\d+|a kid|a child|little))"),
    sig("adult_threat", ADULT_THREAT, 0.6, "needs|wants|deserves|could",
        rf"\bthat (?:little |wee )?(?:\w+ ){{1,2}}?(?:needs|wants|deserves|"
        rf"could do with) a (?:good |proper )?{BEATING}\b"),
    sig("adult_threat", ADULT_THREAT, 0.55, "waiting|gate|hold|hands|get|deal|sort",
        r"\b(?:whoever's (?:kid|child|son|daughter|boy|girl)|that (?:kid|child|boy|girl|lad)|the "
        rf"(?:kid|child|boy|girl|lad) who)\b[^.!?]{{0,80}}\b{I_WILL} (?:be waiting|be at the "
        r"gate|get (?:him|her|them|hold of)|deal with|sort (?:him|her|them) out)|\bwait (?:till|"
        r"until) i get (?:hold of|my hands on) (?:him|her|them|that (?:kid|child|boy|girl|lad))"),
    sig("adult_threat", ADULT_THREAT, 0.6, "knock|smack|slap|batter|belt|leather|hit|beat|kill|"
        "wallop|thump",
        rf"\b{ADULT}\b[^.!?]{{0,40}}\b(?:he|she|they)(?:'d| would|'ll| will) (?:knock|smack|"
        rf"slap|"
        r"batter|belt|leather|hit|beat|kill|wallop|thump) (?:him|her|them)\b|\bknock (?:him|her|"
        r"them) into next week\b|\bknock (?:his|her|their) (?:block|head|teeth) (?:off|in)\b"),
    # Adults promising to hurt a child, often one who hurt theirs: "if he touches her again
    # I'll give him a clip round the ear", "these kids need a good kicking and I'd happily
    # be the one". Weak signs (lying in wait, "he'll know about it", "I know where he walks
    # home") need each other, or a stronger one.
    sig("adult_threat", ADULT_THREAT, 0.6, _VIOLENT_ANCHORS,
        rf"\b{_I_INTEND} (?:\w+ ){{0,4}}?{_VIOLENT_ACT}"),
    sig("adult_threat", ADULT_THREAT, 0.55, "getting|gonna|going|get",
        rf"\b(?:he|she|they)(?:'s| is|'re| are|'ll| will) (?:getting|gonna get|going to get|get) "
        rf"(?:a (?:good |proper |right )?(?:{BEATING}|kicking|hiding|hammering|battering|"
        rf"leathering|clip round the ear)|{_BEATEN})\b"),
    sig("adult_threat", ADULT_THREAT, 0.5,
        "needs|need|deserves|deserve|could|wants|want|getting|get|should",
        rf"\b(?:kids?|child(?:ren)?|boys?|girls?|lads?|brats?|y\d+s?|year ?\d+s?|yr ?\d+s?|"
        rf"toerags?|thugs?|him|her|them)\b[^.!?]{{0,50}}?\b(?:needs?|deserves?|could do with|"
        rf"wants?|is getting|are getting|will get|should get|'s getting|'re getting) (?:a |"
        rf"some )?(?:good |proper |right |bloody |real )?(?:{BEATING}|kicking|hiding|hammering|"
        r"battering|leathering|clip round the ear|back ?hander)\b"),
    sig("adult_threat", ADULT_THREAT, 0.5, "teach|teaching",
        rf"\b{_I_INTEND}[^.!?]{{0,60}}\bteach (?:him|her|them|that \w+|those \w+) a (?:\w+ )?"
        r"lesson"),
    sig("adult_threat", ADULT_THREAT, 0.6, "spacco|rompo|ammazzo|rup|sparg|omor",
        r"\b(?:gli|le|ti) (?:spacco|rompo) (?:la faccia|il muso|la testa|le gambe|le ossa)|"
        r"\b(?:lo|la) ammazzo\b|\b(?:ii|il|o) (?:rup|sparg) (?:mainile|picioarele|gatul|capul|"
        r"fata|oasele)\b|\b(?:il|o) omor\b"),
    sig("lie_in_wait", ADULT_THREAT, 0.3, "wait|waiting",
        rf"\b{_I_INTEND} (?:\w+ ){{0,3}}?(?:be )?wait(?:ing)? (?:for (?:him|her|them|those|that|"
        r"these|whoever)\b|outside (?:his|her|their) (?:house|door)|at the gate for)"),
    sig("menace", ADULT_THREAT, 0.35, "know|regret|sorry|forget|see|watch",
        r"\b(?:he|she|they)(?:'ll| will) (?:know about it|regret it|be sorry)|\b(?:lesson|one) "
        r"(?:he|she|they)(?:'ll| will)? (?:won't|never|not) forget|\bsee how (?:he|she|they) "
        r"likes? it|\bwatch (?:his|her|their) back\b"),
    sig("stalk", ADULT_THREAT, 0.35, "know",
        r"\bi know (?:where|which way|what time|what route) (?:he|she|they|that \w+) (?:lives?|"
        r"walks?|goes|gets|comes)"),
    sig("volunteer", ADULT_THREAT, 0.35, "happily|gladly|quite|parents|parent|do|be",
        r"\bi'?d (?:happily|gladly|quite happily) (?:be the one|do it|oblige|give)|\b(?:if|"
        r"since) (?:their|his|her) (?:own )?parents? (?:won't|will not|don't|can't|aren't going "
        r"to)\b[^.!?]{0,25}\b(?:i will|i'll|i'd|i would|we will)|\bi'll (?:do it|be the one) "
        r"myself\b", supports=True),
    sig("retaliation", ADULT_THREAT, 0.3, "if|next",
        r"\bif (?:he|she|they|that|this|your|the|whichever|whoever|any|one)\b[^.!?]{0,60}?"
        r"\b(?:again|one more time|ever)\b|\bnext time\b", supports=True),
)
