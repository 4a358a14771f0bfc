"""Physical abuse: an adult hitting or hurting a child, the marks it leaves, a child afraid of
going home, harsh punishment a child lets slip."""

from rules.detectors.safeguarding_signals.signal import ADULT, CHILD, PHYSICAL, Signal, sig

_OBJ = (r"(?:him|her|them|the (?:kids|children|baby|babies|toddlers?|little ones)|(?:his|her|"
        r"their) (?:little |baby |young |youngest |eldest |oldest )?(?:son|daughter|boy|girl|kids|"
        r"children|baby|child|brother|sister|lad))")
_HIT = (r"(?:hits|hit|hitting|beats|beat|beating|slaps|slapped|slapping|smacks|smacked|"
        r"smacking|punch(?:es|ed|ing)|kicks|kicked|whips|whipped|throttl\w+|chok(?:es|ed|ing)|"
        r"strangl\w+|burn(?:s|t|ed)|belts|belted|shakes|shook|thr(?:ew|ows) \w+ at|gives|gave|"
        r"giving)")
_HIT_ANCHORS = ("hit|hits|hitting|beat|beats|beating|slap|slaps|slapped|slapping|smacks|smacked|"
                "smacking|punches|punched|punching|kicks|kicked|whips|whipped|throttle|throttled|"
                "throttles|throttling|chokes|choked|choking|strangle|strangled|strangles|"
                "strangling|burns|burnt|burned|belts|belted|shakes|shook|threw|throws|gives|gave|"
                "giving")
_HARM = (r"(?:hits|hit|hitting|beats|beat|beating|slaps|slap|slapped|slapping|smacks|smack|"
         r"smacked|smacking|punch(?:es|ed|ing)?|kicks|kick|kicked|kicking|pinch(?:es|ed|ing)?|"
         r"drags?|dragged|dragging|shakes|shake|shook|shaking|push(?:es|ed|ing)?|shoves?|shoved|"
         r"shoving|grabs?|grabbed|grabbing|chok(?:es|ed|ing)|strangl\w+|throttl\w+|burn(?:s|t|ed)|"
         r"bites|biting|scratch(?:es|ed)|whacks?|whacked|thumps?|thumped|belts?|belted|batter(?:s|"
         r"ed)?|whips?|whipped|hurts|hurting|thr(?:ows|ew|owing) (?:\w+ ){1,2}at|throws|threw|"
         r"starves|starved)")
_HARM_ANCHORS = (_HIT_ANCHORS + "|slap|smack|punch|kick|pinch|pinches|pinched|pinching|drag|"
                 "drags|dragged|dragging|shake|shaking|push|pushes|pushed|pushing|shove|shoves|"
                 "shoved|shoving|grab|grabs|grabbed|grabbing|bites|biting|scratches|scratched|"
                 "whack|whacks|whacked|thump|thumps|thumped|belt|batter|batters|battered|whip|"
                 "hurts|hurting|starves|starved")
_INJURY = (r"(?:bruis\w*|black eyes?|black and blue|welts?|burn marks?|cigarette burns?|"
           r"burns(?= (?:on|all over|up) (?:his|her|their))|injur(?:y|ies)|finger ?(?:tip )?marks|"
           r"hand ?prints?|grip marks|belt marks|split lips?|marks(?= (?:on|all over|up) (?:his|"
           r"her|their)))")
_INJURY_ANCHORS = ("bruise|bruises|bruising|bruised|black|welt|welts|burn|burns|finger|fingertip|"
                   "hand|handprint|handprints|grip|belt|lip|lips|marks|injury|injuries")
_HIT_PASSIVE = (r"(?:hit|beaten|slapped|smacked|punched|kicked|whipped|belted|thrown|burnt|"
                r"burned|strangled|choked|shaken)")
_WEAPON = (r"(?:belt|stick|cane|slipper|wooden spoon|cable|wire|hanger|hose|whip|shoe|ruler|"
           r"strap)")

HARM_BY_ADULTS: tuple[Signal, ...] = (
    # Physical abuse: an adult hitting a child, the marks it leaves, a child afraid of home.
    sig("hit", PHYSICAL, 0.8, _HARM_ANCHORS,
        rf"\b{ADULT}(?P<gap>(?:(?!\b(?:{CHILD}|he|she|they|i|we|you|"
        rf"who)\b)[^.!?,;]){{0,40}}?)\b{_HARM} {_OBJ}\b(?! (?:at|to|on(?! (?:the|his|"
        rf"her) (?:hand|head|face|arms?|legs?|"
        r"back|bum|bottom|ears?|nose|mouth|neck))|a|an|the|some|up|off|over|around|along|into|"
        r"out|home|back|feelings|knee|ankle|leg|arm|wrist|head|hand|finger|foot|shoulder|neck|"
        r"hair|homework|dinner|tea|breakfast|lunch|bag|shoes|coat|bike|car)\b)"),
    sig("hit", PHYSICAL, 0.7, "pull|pulls|pulled|pulling|yank|yanks|yanked|yanking",
        rf"\b{ADULT}(?P<gap>(?:(?!\b(?:{CHILD}|he|she|they|i|we|you|who)\b)[^.!?,;]){{0,40}}?)"
        r"\b(?:pull|yank)(?:s|ed|ing)? (?:his|her|their) hair\b"),
    sig("hit", PHYSICAL, 0.8, "hit|beaten|slapped|smacked|punched|kicked|whipped|belted|thrown|"
                              "burnt|burned|strangled|choked|shaken",
        rf"\b(?:gets?|got|getting|being|been|was|is) (?:\w+ )?{_HIT_PASSIVE} (?:\w+ ){{0,2}}by "
        rf"(?:his|her|their|a|the) {ADULT}"),
    sig("hit", PHYSICAL, 0.85, _HIT_ANCHORS,
        rf"\b{_HIT}\b[^.!?]{{0,30}}\b(?:with|using) (?:a|the|his|her|their) {_WEAPON}"),
    sig("hit", PHYSICAL, 0.7, "gives|gave|giving",
        rf"\b{ADULT}\b[^.!?]{{0,20}}\b(?:gives|gave|giving) (?:him|her|them) a (?:good |"
        rf"proper )?"
        r"(?:hiding|beating|belting|thrashing|leathering|whack|slap|smack)"),
    sig("rough_handling", PHYSICAL, 0.6, "yank|yanks|yanked|yanking|twist|twists|twisted|"
        "wrench|wrenched|drag|drags|dragged|grab|grabs|grabbed|grabbing|pull|pulls|pulled",
        r"\b(?:yank|twist|wrench|drag|grabb?|pull)(?:s|ed|ing)? (?:his|her|their) (?:arm|wrist|"
        r"hair|ear|neck)\b[^.!?]{0,30}\b(?:so hard|cried|crying|screamed|screaming|hurt|bruis\w*|"
        r"sobbing)"),
    sig("witnessed", PHYSICAL, 0.55, "saw|seen|watched|witnessed",
        r"\b(?:saw|seen|watched|witnessed) (?:him|her|them|a (?:dad|mum|man|woman)|the (?:dad|"
        r"mum|man|woman)) (?:\w+ )?(?:hit|slap|smack|punch|kick|shake|drag|yank|shove|push|throw|"
        r"grab|choke|strangle|thump|whack|belt)(?:s|ed|ing)? (?:him|her|them|the (?:kid|child|"
        r"boy|girl|baby)|(?:his|her|their) (?:son|daughter|kid|child|little \w+))\b"),
    sig("shouting", PHYSICAL, 0.35, "screams|screamed|screaming|shouts|shouted|shouting|yells|"
        "yelled|yelling|swears|swore|swearing",
        rf"\b{ADULT}\b[^.!?]{{0,20}}\b(?:screams|screamed|screaming|shouts|shouted|shouting|"
        r"yells|yelled|yelling|swears|swore|swearing) at (?:him|her|them)\b"),
    sig("injury", PHYSICAL, 0.45, _INJURY_ANCHORS, rf"\b{_INJURY}"),
    sig("injury", PHYSICAL, 0.55, _INJURY_ANCHORS,
        rf"\b{_INJURY}[^.!?]{{0,25}}\b(?:on|all over|up|round|around|across) (?:his|her|their|"
        r"the) (?:\w+ )?(?:arms?|legs?|neck|face|back|body|wrists?|thighs?|ears?|bum|bottom|"
        r"chest|tummy|stomach|cheeks?|eyes?)\b|\b(?:new|fresh|more|another|keeps? (?:coming in|"
        r"turning up) with)\b[^.!?]{0,15}\b" + _INJURY + r"|\b" + _INJURY
        + r"\b[^.!?]{0,40}\b(?:again|every (?:week|day|monday)|all the time|(?:second|third|"
        r"fourth|\d+(?:st|nd|rd|th)) time|twice|(?:three|four|\d+) times (?:this|a|in a|in the) "
        r"(?:week|month|term|fortnight))"),
    sig("unexplained", PHYSICAL, 0.35,
        "won't|wont|wouldn't|wouldnt|didn't|didnt|doesn't|doesnt|refused|refuses|can't|cant|"
        "couldn't|couldnt|said|walked|unexplained|different",
        r"\b(?:won't|wouldn't|didn't|doesn't|refused to|refuses to|can't|couldn't) (?:say|"
        r"tell (?:me|us|anyone|the teacher|her teacher|his teacher)|explain) (?:how|"
        r"what happened|where|who)|\bsaid (?:he|she|they) (?:fell|walked into)|"
        r"\bwalked into a door|\bunexplained\b|\b(?:a )?different (?:story|excuse|explanation) "
        r"(?:each|every) time\b", supports=True),
    sig("hurt_home", PHYSICAL, 0.7, "hurt|hit|beaten|abused|smacked|slapped",
        r"\b(?:being|getting|gets|got|was|been) (?:hurt|hit|beaten|abused|smacked|"
        r"slapped) (?:at home|by (?:his|her|their) (?:family|parents?))\b"),
    sig("fear", PHYSICAL, 0.4, "jumpy|withdrawn",
        r"\b(?:so |really |very |always |constantly )(?:jumpy|withdrawn)\b"),
    sig("hiding", PHYSICAL, 0.35, "change|changed|changing",
        r"\b(?:won't|will not|refuses to|doesn't want to|didn't want to) (?:get )?chang(?:e|ed|"
        r"ing) (?:for pe|for swimming|in front of)"),
    sig("fear", PHYSICAL, 0.45, "flinch|flinched|flinches|flinching|cower|cowers|cowering",
        r"\bflinch\w*|\bcower\w*"),
    sig("fear", PHYSICAL, 0.55, "scared|frightened|terrified|afraid|petrified|want",
        rf"\b(?:scared|frightened|terrified|afraid|petrified) (?:to go home|of going home|"
        rf"of (?:his|her|their) (?:\w+ )?{ADULT})|\b(?:doesn't|does not|don't|didn't) want "
        r"to go home\b"),
    sig("confined", PHYSICAL, 0.65, "lock|locks|locked|locking",
        r"\block(?:s|ed|ing)? (?:him|her|them|the kids|the children) (?:in|inna|out|oot|"
        r"up)\b(?: (?:of |in |into )?(?:his|her|their|the|a|him) (?:back )?(?:room|bedroom|"
        r"cupboard|shed|cellar|house|flat|garden|yard|car|basement)| (?:overnight|all (?:night|"
        r"neet)|all day|in the cold|for hours))|\blocked (?:in|out) (?:in |of )?(?:his|her|"
        r"their) (?:room|bedroom|cupboard|shed|cellar|house)"),
    sig("confined", PHYSICAL, 0.6, "lock|locks|locked|locking",
        r"\b(?:gets?|got|getting|is|was|been|being) locked (?:in|out|up)\b(?: (?:in |of )?(?:his|"
        r"her|their|the|a) (?:room|bedroom|cupboard|shed|cellar|basement|garden)| (?:overnight|"
        r"all night|for hours))"),
    sig("confined", PHYSICAL, 0.45, "lock|locks|locked|locking", r"\block(?:s|ed|ing)? (?:him|"
                                                                 r"her|them) in\b"),
    sig("starved", PHYSICAL, 0.6, "punishment|naughty|starves|starved|starving",
        r"\b(?:no|without|not (?:given|allowed)) (?:any )?(?:food|dinner|tea|meals?|water|"
        r"breakfast)\b[^.!?]{0,25}\b(?:as (?:a )?punishment|for being naughty)|\bstarv(?:es|ed|"
        r"ing) (?:him|her|them)\b"),
    sig("deprived", PHYSICAL, 0.6, "allowed|let|lets|makes|made|forces|forced|sleeps|sleep|"
                                   "sleeping",
        r"\b(?:not allowed|isn't allowed|aren't allowed|won't let (?:him|her|them)|"
        r"doesn't let (?:him|her|them)|never lets? (?:him|her|them)) (?:to )?(?:eat|"
        r"have (?:any )?(?:food|dinner|tea|breakfast|a drink|water))\b(?! (?:sweets|chocolate|"
        r"crisps|snacks|fizzy|junk|in class|in the car|on the bus|before|until after))|"
        r"\b(?:makes?|made|forces?|forced) (?:him|her|them)(?: and (?:his|her|"
        r"their) \w+)? (?:to )?(?:sleep|stand|kneel|stay|sit)(?: out)? (?:on the floor|outside|"
        r"in the (?:garden|shed|cold|dark|yard)|for hours|all night)|\b(?:has|have|"
        r"had) to sleep on the floor\b|\b(?:doesn't|does not) (?:have|get) (?:a|his own|"
        r"her own) bed\b"),
    sig("deprived", PHYSICAL, 0.55, "give|gives|giving|given",
        r"\b(?:don't|doesn't|never|nuh|no|won't|wouldn't|didn't) giv(?:e|es|ing) (?:him|her|"
        r"them) (?:any )?(?:food|dinner|tea|breakfast|anything to eat)\b"),
)

ROUGH_HANDLING: tuple[Signal, ...] = (
    # An adult handling a child roughly: "grabbed my boy by the arm".
    sig("rough_handling", PHYSICAL, 0.65,
        "grab|grabs|grabbed|grabbing|yank|yanked|yanks|yanking|drag|dragged|drags|dragging|pull|"
        "pulled|pulls|pulling|shake|shook|shakes|shaking|throw|threw|throws|shove|shoved|shoves|"
        "push|pushed|pushes",
        rf"\b(?:{ADULT}|caretaker|dinner lady|lunchtime supervisor|teaching assistant|"
        rf"stranger)\b[^.!?]{{0,40}}?\b(?:grabb?|yank|dragg?|pull|shak|shook|thr[eo]w|shov|"
        rf"push)\w* (?:my|a|the|his|her|that|this|our|one of the) (?:little |young )?(?:{CHILD}|"
        r"lass) (?:\w+ ){0,2}?by (?:the|his|her|their) (?:arms?|hair|ears?|collar|neck|wrists?|"
        r"throat|scruff|hood|coat)", False),
)

PUNISHMENT_AND_FEAR: tuple[Signal, ...] = (
    # Harsh treatment a child lets slip: screamed at, no tea as a punishment, "his dad
    # did it", not able to sit down, wetting themselves for fear.
    sig("shouting", PHYSICAL, 0.45, "screaming|shouting|yelling|swearing|screams|shouts|yells",
        r"\b(?:screaming|shouting|yelling|swearing|screams|shouts|yells) at (?:a|the|that|this|"
        r"their|his|her) (?:little one|kid|child|baby|toddler|little (?:boy|girl|lad|un))\b"),
    sig("punished", PHYSICAL, 0.6, "get|gets|getting|allowed|given|tea|dinner|food",
        r"\b(?:doesn't|does not|don't|won't|never|not|isn't) (?:get|gets|getting|allowed|given) "
        r"(?:any |his |her |their )?(?:tea|dinner|food|breakfast|supper|meals?)\b[^.!?]{0,20}"
        r"\b(?:if|when|cos|because) (?:he|she|they)(?:'s| is| are|'re| was| were) (?:naughty|bad|"
        r"late|rude|cheeky)"),
    sig("punished", PHYSICAL, 0.3, "punishment|punish",
        r"\b(?:as a|for) punishment\b|\bto punish (?:him|her|them)\b", supports=True),
    sig("blame", PHYSICAL, 0.45, "did|done|does|was|it's|its|mowi",
        rf"\b(?:says|said|told \w+|saying) (?:that )?(?:(?:his|her|their) (?:\w+ )?{ADULT} "
        rf"(?:did|done|does) (?:it|that|this|them)\b|(?:it was|it's|its) (?:his|her|their) "
        rf"(?:\w+ )?{ADULT}\b)|\bmowi,? ze to (?:tata|ojciec|ojczym|mama)\b"),
    sig("pain", PHYSICAL, 0.35, "sit|sitting",
        r"\bcan'?t sit (?:down )?(?:properly|without)\b"),
    sig("fear", PHYSICAL, 0.45, "wets|wet|wetting",
        r"\bwet(?:s|ting)? (?:him|her|them)sel(?:f|ves)\b[^.!?]{0,40}\b(?:every time|whenever|"
        r"when) (?:she|he|they) (?:has to|have to|goes|go)"),
)
