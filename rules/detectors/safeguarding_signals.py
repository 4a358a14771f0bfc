"""The safeguarding detector's evidence table: phrase patterns, each with a weight and the
kind of risk it points at.

Signals in one group are alternatives (the strongest counts); groups combine as independent
evidence in `rules.detectors.safeguarding`. Each signal declares anchor words so the detector
runs only the patterns whose words the message contains.
"""

import re
from dataclasses import dataclass

# Reason categories: what kind of risk a signal points at (never the words themselves).
CONCERN = "worried talk of reporting"  # supporting only: strengthens any other sign
CONCERN_FACT = "a child known to child protection"
PHYSICAL = "physical harm by an adult, or a child afraid of one"
NEGLECT = "signs of neglect"
SELF_HARM = "self-harm or suicidal talk about a child"
SEXUAL = "possible sexual abuse"
GROOMING = "unsafe adult contact or grooming"
DOMESTIC = "domestic violence at home"
ADULT_THREAT = "an adult threatening a child"
EXPLOITATION = "possible exploitation of children"

CHILD = (r"(?:sons?|daughters?|boys?|girls?|lads?|kids?|kiddies|child|children|toddlers?|"
          r"baby|nephews?|nieces?|grandsons?|granddaughters?|grandkids?|grandchild(?:ren)?|"
          r"step-?(?:son|daughter)s?|pupils?|little (?:one|ones|un|man|lad|girl|boy))")
_ADULT = (r"(?:dad|daddy|father|mum|mummy|mam|mom|mother|step[- ]?(?:dad|mum|father|mother)|"
          r"(?:mum|mam|mom|mother|dad|father)'?s (?:new )?(?:boyfriend|girlfriend|partner|fella|"
          r"bloke)|boyfriend|girlfriend|partner|uncle|aunt|auntie|grandad|grandpa|nan|nana|gran|"
          r"granny|grandma|parents?|carer|babysitter|child ?minder|nanny|neighbour|teacher|coach|"
          r"man|woman|lady|bloke|guy|fella|adult)")


# Cheap pre-check: a signal's regex runs only when the message has a word starting like
# one of its anchors (words are keyed by their first four characters).
ANCHOR_LENGTH = 4
WORD = re.compile(r"\w+")


def word_keys(text: str) -> set[str]:
    """The message's words, cut to their first four characters."""
    return {w[:ANCHOR_LENGTH] for w in WORD.findall(text)}


def _anchor_key(anchor: str) -> str:
    """The word key an anchor stands for, cut as `word_keys` cuts ("can't" is "can")."""
    return WORD.findall(anchor)[0][:ANCHOR_LENGTH]


@dataclass(frozen=True)
class _Signal:
    group: str  # alternatives for one piece of evidence; the strongest in a group counts
    category: str
    weight: float
    anchors: frozenset[str]  # word keys; every match contains a word with one of them
    pattern: re.Pattern[str]
    needs_child: bool = True
    supports: bool = False  # counts only beside a primary signal of its category (or, for
    # CONCERN, of any category): supporting evidence never flags a message on its own


def _sig(group: str, category: str, weight: float, anchors: str, regex: str,
         needs_child: bool = True, supports: bool = False) -> _Signal:
    """A signal. Anchors are words or word beginnings ("bruis"), "|"-separated; a word
    shorter than four letters only matches itself. A straight quote in `regex` matches
    either apostrophe or none ("doesnt")."""
    keys = frozenset(_anchor_key(a) for a in anchors.split("|"))
    return _Signal(group, category, weight, keys, re.compile(regex.replace("'", "['’]?")),
                   needs_child, supports)


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
           r"injur(?:y|ies)|finger ?(?:tip )?marks|hand ?prints?|grip marks|belt marks|"
           r"split lips?|marks(?= (?:on|all over|up) (?:his|her|their)))")
_INJURY_ANCHORS = ("bruise|bruises|bruising|bruised|black|welt|welts|burn|burns|finger|fingertip|"
                   "hand|handprint|handprints|grip|belt|lip|lips|marks|injury|injuries")
_HIT_PASSIVE = (r"(?:hit|beaten|slapped|smacked|punched|kicked|whipped|belted|thrown|burnt|"
                r"burned|strangled|choked|shaken)")
THREAT_VERB = (r"(?:slap|smack|hit|batter|thump|punch|kick|throttle|strangle|deck|clip|wallop|"
                r"belt|hurt|sort|wring|skelp|lamp|leather|break)")
_THREAT_ANCHORS = ("slap|smack|hit|hits|hitting|batter|thump|punch|kick|throttle|strangle|deck|"
                   "clip|wallop|belt|hurt|sort|sorting|wring|give|skelp|lamp|leather|break")
BEATING = r"(?:slap|smack|hiding|kicking|clip|belt|belting|thump|beating|whack|wallop)"
_WEAPON = (r"(?:belt|stick|cane|slipper|wooden spoon|cable|wire|hanger|hose|whip|shoe|ruler|"
           r"strap)")
_PLATFORM = (r"(?:snapchat|instagram|insta|tiktok|whatsapp|facebook|roblox|fortnite|minecraft|"
             r"discord|xbox|playstation|online|kik|telegram|the ps\d)")
_MEAN = r"(?:kid|child|boy|girl|lad|brat|sod|git|toerag|scrote|madam|monster|thug|horror|terror)"
# "I'll" and its dialect forms ("a'll"); the apostrophe is required after "a".
I_WILL = r"(?:i[\x27\u2019]?ll|ah?[\x27\u2019]ll|i will|i[\x27\u2019]?m (?:going to|gonna)|imma)"

SIGNALS: tuple[_Signal, ...] = (
    # Physical abuse: an adult hitting a child, the marks it leaves, a child afraid of home.
    _sig("hit", PHYSICAL, 0.8, _HARM_ANCHORS,
         rf"\b{_ADULT}(?P<gap>(?:(?!\b(?:{CHILD}|he|she|they|i|we|you|"
         rf"who)\b)[^.!?,;]){{0,40}}?)\b{_HARM} {_OBJ}\b(?! (?:at|to|on(?! (?:the|his|"
         rf"her) (?:hand|head|face|arms?|legs?|"
         r"back|bum|bottom|ears?|nose|mouth|neck))|a|an|the|some|up|off|over|around|along|into|"
         r"out|home|back|feelings|knee|ankle|leg|arm|wrist|head|hand|finger|foot|shoulder|neck|"
         r"hair|homework|dinner|tea|breakfast|lunch|bag|shoes|coat|bike|car)\b)"),
    _sig("hit", PHYSICAL, 0.7, "pull|pulls|pulled|pulling|yank|yanks|yanked|yanking",
         rf"\b{_ADULT}(?P<gap>(?:(?!\b(?:{CHILD}|he|she|they|i|we|you|who)\b)[^.!?,;]){{0,40}}?)"
         r"\b(?:pull|yank)(?:s|ed|ing)? (?:his|her|their) hair\b"),
    _sig("hit", PHYSICAL, 0.8, "hit|beaten|slapped|smacked|punched|kicked|whipped|belted|thrown|"
                               "burnt|burned|strangled|choked|shaken",
         rf"\b(?:gets?|got|getting|being|been|was|"
         rf"is) (?:\w+ )?{_HIT_PASSIVE} (?:\w+ ){{0,2}}by (?:his|her|their|a|the) {_ADULT}"),
    _sig("hit", PHYSICAL, 0.85, _HIT_ANCHORS,
         rf"\b{_HIT}\b[^.!?]{{0,30}}\b(?:with|using) (?:a|the|his|her|their) {_WEAPON}"),
    _sig("hit", PHYSICAL, 0.7, "gives|gave|giving",
         rf"\b{_ADULT}\b[^.!?]{{0,20}}\b(?:gives|gave|giving) (?:him|her|them) a (?:good |"
         rf"proper )?"
         r"(?:hiding|beating|belting|thrashing|leathering|whack|slap|smack)"),
    _sig("rough_handling", PHYSICAL, 0.6, "yank|yanks|yanked|yanking|twist|twists|twisted|"
         "wrench|wrenched|drag|drags|dragged|grab|grabs|grabbed|grabbing|pull|pulls|pulled",
         r"\b(?:yank|twist|wrench|drag|grabb?|pull)(?:s|ed|ing)? (?:his|her|their) (?:arm|wrist|"
         r"hair|ear|neck)\b[^.!?]{0,30}\b(?:so hard|cried|crying|screamed|screaming|hurt|bruis\w*|"
         r"sobbing)"),
    _sig("witnessed", PHYSICAL, 0.55, "saw|seen|watched|witnessed",
         r"\b(?:saw|seen|watched|witnessed) (?:him|her|them|a (?:dad|mum|man|woman)|the (?:dad|"
         r"mum|man|woman)) (?:\w+ )?(?:hit|slap|smack|punch|kick|shake|drag|yank|shove|push|throw|"
         r"grab|choke|strangle|thump|whack|belt)(?:s|ed|ing)? (?:him|her|them|the (?:kid|child|"
         r"boy|girl|baby)|(?:his|her|their) (?:son|daughter|kid|child|little \w+))\b"),
    _sig("shouting", PHYSICAL, 0.35, "screams|screamed|screaming|shouts|shouted|shouting|yells|"
         "yelled|yelling|swears|swore|swearing",
         rf"\b{_ADULT}\b[^.!?]{{0,20}}\b(?:screams|screamed|screaming|shouts|shouted|shouting|"
         r"yells|yelled|yelling|swears|swore|swearing) at (?:him|her|them)\b"),
    _sig("injury", PHYSICAL, 0.45, _INJURY_ANCHORS, rf"\b{_INJURY}"),
    _sig("injury", PHYSICAL, 0.55, _INJURY_ANCHORS,
         rf"\b{_INJURY}[^.!?]{{0,25}}\b(?:on|all over|up|round|around|across) (?:his|her|their|"
         r"the) (?:\w+ )?(?:arms?|legs?|neck|face|back|body|wrists?|thighs?|ears?|bum|bottom|"
         r"chest|tummy|stomach|cheeks?|eyes?)\b|\b(?:new|fresh|more|another|keeps? (?:coming in|"
         r"turning up) with)\b[^.!?]{0,15}\b" + _INJURY + r"|\b" + _INJURY
         + r"\b[^.!?]{0,40}\b(?:again|every (?:week|day|monday)|all the time|(?:second|third|"
         r"fourth|\d+(?:st|nd|rd|th)) time)"),
    _sig("unexplained", PHYSICAL, 0.35,
         "won't|wont|wouldn't|wouldnt|didn't|didnt|doesn't|doesnt|refused|refuses|can't|cant|"
         "couldn't|couldnt|said|walked|unexplained",
         r"\b(?:won't|wouldn't|didn't|doesn't|refused to|refuses to|can't|couldn't) (?:say|"
         r"tell (?:me|us|anyone|the teacher|her teacher|his teacher)|explain) (?:how|"
         r"what happened|where|who)|\bsaid (?:he|she|they) (?:fell|walked into)|"
         r"\bwalked into a door|\bunexplained\b", supports=True),
    _sig("hurt_home", PHYSICAL, 0.7, "hurt|hit|beaten|abused|smacked|slapped",
         r"\b(?:being|getting|gets|got|was|been) (?:hurt|hit|beaten|abused|smacked|"
         r"slapped) (?:at home|by (?:his|her|their) (?:family|parents?))\b"),
    _sig("fear", PHYSICAL, 0.4, "jumpy|withdrawn",
         r"\b(?:so |really |very |always |constantly )(?:jumpy|withdrawn)\b"),
    _sig("hiding", PHYSICAL, 0.35, "change|changed|changing",
         r"\b(?:won't|will not|refuses to|doesn't want to|didn't want to) (?:get )?chang(?:e|ed|"
         r"ing) (?:for pe|for swimming|in front of)"),
    _sig("fear", PHYSICAL, 0.45, "flinch|flinched|flinches|flinching|cower|cowers|cowering",
         r"\bflinch\w*|\bcower\w*"),
    _sig("fear", PHYSICAL, 0.55, "scared|frightened|terrified|afraid|petrified|want",
         rf"\b(?:scared|frightened|terrified|afraid|petrified) (?:to go home|of going home|"
         rf"of (?:his|her|their) (?:\w+ )?{_ADULT})|\b(?:doesn't|does not|don't|didn't) want "
         r"to go home\b"),
    _sig("confined", PHYSICAL, 0.65, "lock|locks|locked|locking",
         r"\block(?:s|ed|ing)? (?:him|her|them|the kids|the children) (?:in|inna|out|"
         r"up)\b(?: (?:of )?(?:his|her|their|the|a|him) (?:room|bedroom|cupboard|shed|cellar|"
         r"house|flat|garden|car|basement)| (?:overnight|all night|all day|in the cold|"
         r"for hours))|\blocked (?:in|out) (?:in |of )?(?:his|her|their) (?:room|bedroom|cupboard|"
         r"shed|cellar|house)"),
    _sig("confined", PHYSICAL, 0.6, "lock|locks|locked|locking",
         r"\b(?:gets?|got|getting|is|was|been|being) locked (?:in|out|up)\b(?: (?:in |of )?(?:his|"
         r"her|their|the|a) (?:room|bedroom|cupboard|shed|cellar|basement|garden)| (?:overnight|"
         r"all night|for hours))"),
    _sig("confined", PHYSICAL, 0.45, "lock|locks|locked|locking", r"\block(?:s|ed|ing)? (?:him|"
                                                                  r"her|them) in\b"),
    _sig("starved", PHYSICAL, 0.6, "punishment|naughty|starves|starved|starving",
         r"\b(?:no|without|not (?:given|allowed)) (?:any )?(?:food|dinner|tea|meals?|water|"
         r"breakfast)\b[^.!?]{0,25}\b(?:as (?:a )?punishment|for being naughty)|\bstarv(?:es|ed|"
         r"ing) (?:him|her|them)\b"),
    _sig("deprived", PHYSICAL, 0.6, "allowed|let|lets|makes|made|forces|forced|sleeps|sleep|"
                                    "sleeping",
         r"\b(?:not allowed|isn't allowed|aren't allowed|won't let (?:him|her|them)|"
         r"doesn't let (?:him|her|them)|never lets? (?:him|her|them)) (?:to )?(?:eat|"
         r"have (?:any )?(?:food|dinner|tea|breakfast|a drink|water))\b(?! (?:sweets|chocolate|"
         r"crisps|snacks|fizzy|junk|in class|in the car|on the bus|before|until after))|"
         r"\b(?:makes?|made|forces?|forced) (?:him|her|them) (?:to )?(?:sleep|stand|kneel|stay|"
         r"sit) (?:on the floor|outside|in the (?:garden|shed|cold|dark)|for hours|all night)|"
         r"\b(?:has|have|had) to sleep on the floor\b|\b(?:doesn't|does not) (?:have|get) (?:a|"
         r"his own|her own) bed\b"),
    _sig("deprived", PHYSICAL, 0.55, "give|gives|giving|given",
         r"\b(?:don't|doesn't|never|nuh|no|won't|wouldn't|didn't) giv(?:e|es|ing) (?:him|her|"
         r"them) (?:any )?(?:food|dinner|tea|breakfast|anything to eat)\b"),
    # Neglect: basic needs unmet, children left alone, carers unable to care.
    _sig("clothes", NEGLECT, 0.5, "same",
         r"\bsame (?:clothes|uniform|outfit)\b[^.!?]{0,30}\b(?:again|for (?:days|a week|\w+ days)|"
         r"all week|every day|\d+(?:st|nd|rd|th)? (?:time|day)s?)"),
    _sig("clothes", NEGLECT, 0.4, "same", r"\b(?:in|wearing|wore|wears) the same (?:clothes|"
                                          r"uniform|outfit)\b"),
    _sig("clothes", NEGLECT, 0.5, "comes|come|came|coming|turns|turned|turning|arrives|arrived|"
                                  "arriving",
         r"\b(?:comes?|came|coming|turns? up|turned up|turning up|arrives?|arrived|"
         r"arriving) (?:(?:in|to school|at school|to breakfast club) (?:\w+ )?(?:filthy|dirty|"
         r"smelly|starving|hungry|unwashed)|(?:(?:in|to school|at school|"
         r"to breakfast club) )?(?:without (?:a coat|shoes|(?:any )?lunch|food|breakfast)|"
         r"with no (?:coat|lunch|food|breakfast|shoes|socks)|with (?:new )?(?:bruises|injuries|"
         r"marks)))\b"),
    _sig("hunger", NEGLECT, 0.45, "tea|dinner|breakfast|food|lunch|meal|meals|supper|eat|eaten|"
                                  "eating|nothing|bin|bins|snacks|lunches",
         r"\b(?:hadn't|had not|hasn't|has not|didn't|did not|never|not|doesn't|does not) (?:had|"
         r"have|has|get|got|gets|brings?|brought|been given|eaten|eat) (?:any(?:thing)? |a |"
         r"no )?(?:proper |decent |hot |real )?(?:tea|dinner|breakfast|food|lunch|packed lunch|"
         r"meal|supper|to eat)\b|\bno (?:tea|dinner|breakfast|food|"
         r"supper)\b[^.!?]{0,20}\b(?:last night|at home|again|this morning)|\bnothing (?:to eat|"
         r"in (?:the|their) (?:fridge|cupboards?))|\b(?:eating|food) (?:out of|"
         r"from) (?:the )?bins?\b|\b(?:steal\w*|asking (?:other \w+|"
         r"everyone) for) (?:other kids' |people's )?(?:food|snacks|lunch(?:es)?)\b"),
    _sig("hunger", NEGLECT, 0.35, "hungry|starving",
         r"\b(?:always|constantly|permanently)\b[^.!?]{0,20}\b(?:hungry|starving)\b"),
    _sig("unfed", NEGLECT, 0.5,
         "forgets|forgot|feed|feeds|fed|make|makes|cook|cooks|get|gets|find",
         r"\b(?:forgets?|forgot|forgetting) to feed (?:him|her|them)\b|\b(?:doesn't|does not|"
         r"don't|never|rarely) (?:feed|feeds) (?:him|her|them)\b|\b(?:nobody|no ?one|no1|any ?one|"
         r"any1|anybody) (?:ever )?feeds (?:him|her|them)\b|\bnot (?:been )?fed\b|\b(?:has|have|"
         r"had) to (?:make|cook|get|find) (?:his|her|their) own (?:dinner|tea|food|breakfast|"
         r"meals?)\b"),
    _sig("crying_for_parent", NEGLECT, 0.35, "crying|cries|cried",
         r"\b(?:crying|cries|cried) for (?:their|his|her) (?:mum|mam|mom|mummy|dad|daddy)\b"),
    _sig("begging", NEGLECT, 0.4, "asking|asks|asked|begging|begs",
         r"\b(?:keeps |always )?(?:asking|asks|asked|begging|begs) (?:us|me|people|other (?:kids|"
         r"parents|mums|children)|everyone|the other \w+) for (?:food|snacks|something to eat|"
         r"money for food)\b"),
    _sig("scavenging", NEGLECT, 0.5,
         "going|goes|go|went|rooting|roots|rummaging|rummages|looking|looks|scavenging|bins",
         r"\b(?:going|goes|go|went|rooting|roots|rummaging|rummages|looking|"
         r"looks) through (?:the )?bins\b|\bscaveng\w+ (?:for )?food\b"),
    _sig("alone", NEGLECT, 0.6, "alone|own|car",
         r"\b(?:left|leaves|leaving) (?:\w+ )?(?:home alone|alone (?:at home|in the (?:house|flat|"
         r"car)|all (?:day|night|evening|weekend)|overnight|for (?:hours|ages))|on (?:his|her|"
         r"their) own (?:at home|in the (?:house|flat|car)|all (?:day|night)|overnight|for hours|"
         r"ages))|\b(?:left|leaves|leaving) (?:him|her|them|the kids|the children|"
         r"the baby) (?:alone |on (?:his|her|their) own )?in (?:the|a) car\b|\b(?:was|were|being|"
         r"been|gets|got) left (?:alone |on (?:his|her|their) own )?in (?:the|a) car\b"),
    _sig("alone", NEGLECT, 0.5, "home",
         r"\b(?:left|leaves|leaving|kept|stays?|stayed|staying|is|was|are|were|be|being|"
         r"been) home alone\b"),
    _sig("alone", NEGLECT, 0.45,
         "alone|own|himself|herself|themselves|unsupervised|always|often",
         r"\b(?:left|leaves|leaving) (?:\w+ ){0,5}?(?:home )?(?:alone|on (?:his|her|their) own|"
         r"by (?:him|her|them)sel(?:f|ves)|unsupervised)\b|\b(?:always|often) (?:home )?(?:alone|"
         r"on (?:their|his|her) own|by (?:him|her|them)sel(?:f|ves))\b"),
    _sig("alone", NEGLECT, 0.6, "alone|own|himself|herself|themselves|unsupervised",
         r"\b(?:left|leaves|leaving) (?:\w+ ){0,5}?(?:home )?(?:alone|on (?:his|her|their) own|"
         r"by (?:him|her|them)sel(?:f|ves)|unsupervised) (?:every (?:night|evening|weekend|day)|"
         r"at night|overnight|all (?:day|night|evening|weekend)|for (?:hours|ages|days)|"
         r"while (?:she|he|they|mum|dad|her mum|his mum|his dad|her dad) (?:works|goes out|is out|"
         r"go out|are out|at work|at the pub))"),
    _sig("alone", NEGLECT, 0.6, "alone|own|himself|herself|wander|wandering|wandered",
         r"\bwander\w* (?:around|about|down|up|along|the streets?|the roads?|the park|"
         r"outside)\b[^.!?]{0,50}\b(?:on (?:his|her|their) own|alone|at night|in the dark|"
         r"(?:[7-9]|1[0-2])(?:[:.]\d\d)? ?pm|midnight)|\b(?:on (?:his|her|their) own|alone|"
         r"by (?:him|her)self) (?:at|after|till|until|in) (?:like |about |around |gone |"
         r"the )?(?:(?:[7-9]|1[0-2])(?:[:.]\d\d)? ?pm|night|midnight|dark|late)\b"),
    _sig("late", NEGLECT, 0.5, "out|outside|streets|street|park|wandering|wander",
         r"\b(?:out|outside|on the streets?|in the park|wandering)\b[^.!?]{0,20}\b(?:till|until|"
         r"after) (?:midnight|really late|dark|(?:[9]|1[0-2])(?:[:.]\d\d)? ?(?:pm)?)\b"),
    _sig("unwatched", NEGLECT, 0.45, "one|nobody|noone",
         r"\b(?:no ?one|nobody) (?:ever )?(?:comes?|came|goes|went) (?:looking|"
         r"to look) for (?:him|her|them)\b|\b(?:no ?one|nobody) (?:knows|checks|"
         r"cares) where (?:he|she|they) (?:is|are)\b"),
    _sig("missing", NEGLECT, 0.45, "been",
         r"\b(?:hasn't|has not|haven't|not|never) been (?:in|at school|in school|"
         r"seen)\b[^.!?]{0,15}\b(?:for|since) (?:\d+|a|two|three|four|five|six|several|"
         r"a few) ?(?:weeks?|months?|ages|half[- ]term)"),
    _sig("unreachable", NEGLECT, 0.35, "answering|responding|replying|picking|answer|respond",
         r"\b(?:mum|mam|mom|dad|parents?|family)(?:'s|'re| is| are)? (?:not|isn't|aren't|won't|"
         r"hasn't been|haven't been) (?:answering|responding|replying|picking up|answer|respond)"),
    _sig("thin", NEGLECT, 0.35, "thin|skinny|bone|weight",
         r"\b(?:really|so|very|painfully|worryingly) (?:thin|skinny)\b|\bskin and bone\b|"
         r"\blost (?:so much|loads of|a lot of) weight\b"),
    _sig("carer", NEGLECT, 0.55,
         "asleep|drunk|passed|out|wasted|high|stoned|drugs|smashed|hammered|paralytic",
         r"\b(?:his|her|their) (?:mum|mam|mom|mother|dad|father|parents?|"
         r"step-?\w+)\b[^.!?]{0,20}\b(?:was|were|is|are|always|often|usually) (?:\w+ )?(?:asleep|"
         r"drunk|passed out|out of it|wasted|high|stoned|on drugs|smashed|hammered|paralytic)\b"),
    _sig("carer", NEGLECT, 0.45, "drunk|high|off|wasted|smashed|stoned",
         r"\b(?:when|cos|because|if) (?:he|she|they)(?:'s| is| are| gets?| get|"
         r" has been) (?:drunk|high|off (?:his|her|their) face|wasted|smashed|stoned)\b"),
    _sig("distress", NEGLECT, 0.45, "crying|screaming",
         r"\b(?:baby|toddler|kids?|children)(?:'s| has| have| is| are)? (?:been )?(?:crying|"
         r"screaming) (?:for hours|all (?:day|night)|non-?stop)"),
    _sig("unreachable", NEGLECT, 0.3, "answered|answering|opened|seen",
         r"\bno ?one(?:'s| has)? (?:answered|answering|opened) the door\b"),
    _sig("carer", NEGLECT, 0.45,
         "asleep|drunk|passed|off|out|wasted|high|stoned|drugs|smashed|hammered|paralytic|smelt|"
         "smelled|stank",
         r"\b(?:mum|mam|mom|mother|dad|father|parents?|step-?\w+|carer)\b[^.!?]{0,20}\b(?:(?:was|"
         r"were|is|are|always|often|usually|turns up|turned up|shows up|"
         r"showed up) (?:\w+ )?(?:asleep|drunk|passed out|off (?:his|her|their) (?:face|head)|"
         r"out of it|wasted|high|stoned|on drugs|smashed|hammered|paralytic))\b|\b(?:drunk|stoned|"
         r"smelt of \w+|smelled of \w+|stank of \w+) (?:at|on|for|doing) (?:pick[- ]?up|"
         r"drop[- ]?off|the gate|the school run)"),
    _sig("uncollected", NEGLECT, 0.5, "collect|collected|pick|picked",
         r"\b(?:no ?one|nobody) (?:came|comes|turned up|turns up|showed up) (?:to )?(?:collect|"
         r"pick)|\b(?:no ?one|nobody) (?:collected|picked (?:him|her|them) up)|\b(?:not|never|"
         r"wasn't|weren't|hadn't been|hasn't been) (?:been )?collected\b|"
         r"\bcollected by no ?one\b"),
    _sig("cold", NEGLECT, 0.5, "coat|jacket|jumper|shoes|socks",
         r"\b(?:no|without (?:a|any|his|her)) (?:coat|jacket|jumper|shoes|socks|"
         r"warm clothes)\b[^.!?]{0,40}\b(?:winter|freezing|snow\w*|cold|icy|frost\w*|minus)|"
         r"\b(?:winter|freezing|snow\w*|cold|icy|frost\w*|minus)\b[^.!?]{0,40}\b(?:no|"
         r"without (?:a|any|his|her)) (?:coat|jacket|jumper|shoes|socks)\b"),
    _sig("siblings", NEGLECT, 0.45, "brother|brothers|sister|sisters|siblings",
         r"\b(?:has|have|had|having|gets|got|made) to (?:look after|babysit|mind|care for|"
         r"feed) (?:his|her|their) (?:baby |little |younger |two |three )?(?:brothers?|sisters?|"
         r"siblings?)"),
    _sig("carer_out", NEGLECT, 0.35, "out",
         r"\bwhen (?:his|her|their) (?:mum|mam|mom|dad|parents?) (?:goes|go|went|is|are) out\b"),
    _sig("hygiene", NEGLECT, 0.4,
         "unwashed|smell|smells|smelt|smelled|stink|stinks|stank|filthy|soiled|nits|lice|clothes|"
         "washed|bathed|bath|rotten",
         r"\bunwashed\b|\b(?:smells?|smelt|smelled|stinks?|stank) of (?:wee|urine|pee|poo|smoke|"
         r"weed)|\b(?:filthy|soiled) (?:clothes|uniform|nappy|nappies)|\b(?:nits|"
         r"lice)\b[^.!?]{0,20}\bfor (?:months|ages|a year)|\bclothes (?:are |were )?(?:too small|"
         r"falling apart|full of holes|filthy)|\b(?:hasn't|has not|not) (?:been )?(?:washed|"
         r"bathed|had a bath) (?:for|in) (?:days|weeks|ages)|\brotten teeth\b"),
    _sig("concern", CONCERN, 0.25,
         "social|services|worker|nspcc|police|dsl|safeguarding|protection|report|reported|worried|"
         "concerned|tell",
         r"\b(?:social services|social worker|nspcc|police|dsl|safeguarding|child protection|"
         r"report(?:ed|ing)? (?:it|this|him|her|them)|worried|concerned|who (?:do|should) i tell|"
         r"should i tell)\b", supports=True),
    _sig("cp_status", CONCERN_FACT, 0.55, "child|cp|register|protection",
         r"\b(?:child protection (?:register|plan|case|conference)|on (?:a|the) (?:cp|"
         r"child protection) (?:plan|register)|cp plan|at risk register)\b", False),
    # Self-harm and suicidal talk.
    _sig("self_harm", SELF_HARM, 0.7, "cut|cuts|cutting|scratch|scratching|scratches|burn|burning|"
                                      "self|harming|hurting|suicide|suicidal|marks|scars|himself|"
                                      "herself|themselves",
         r"\b(?:cut|cutting|scratch|burn|self[- ]?harm) marks\b|\bcuts? (?:on|all over|up) (?:his|"
         r"her|their) (?:wrists?|arms?|legs?|thighs?)|\b(?:cutting|harming|hurting|burning|"
         r"scratching) (?:him|her|them)sel(?:f|ves)\b|\bself[- ]?harm\w*|\bsuicid\w*|\b(?:marks|"
         r"scars|scratches) on (?:his|her|their) wrists?"),
    _sig("self_harm", SELF_HARM, 0.75, "die|dying|kill|end|exist|live|alive|here|dead|reason",
         r"(?<!\bi )(?<!\bwe )(?<!\byou )\b(?:wants|wanted|wanting|want) to (?:die\b(?! (?:of|"
         r"from|laughing|when|at|in|his|her|their|my|it|the)\b)|kill (?:him|her|them)sel(?:f|ves)|"
         r"end (?:it all|(?:his|her|their) life)|not (?:be here|exist|be alive))|\b(?:talking|"
         r"talks|going on) about (?:dying|wanting to die|killing (?:him|her|them)sel(?:f|ves))|"
         r"\b(?:doesn't|does not|didn't) want to (?:be alive|exist|wake up|live)\b(?! (?:in|with|"
         r"near|there|here|at)\b)|\bbetter off dead\b|\bno reason to live\b"),
    _sig("self_harm", SELF_HARM, 0.45, "hate|hates", r"\bhates? (?:him|her|them)sel(?:f|ves)\b"),
    _sig("self_harm", SELF_HARM, 0.65,
         "hitting|hits|banging|bangs|punching|punches|biting|bites|overdose|overdosed|taking|took|"
         "taken",
         r"\b(?:hitting|hits|banging|bangs|punching|punches|biting|bites) (?:him|her|them)sel(?:f|"
         r"ves)\b|\b(?:took|taking|taken|had) an overdose\b|\boverdos(?:e|ed)\b"),
    _sig("self_harm", SELF_HARM, 0.6, "cutting|scratching|burning|harming|hurting",
         r"\b(?:cutting|scratching|burning|harming|hurting) (?:his|her|their) (?:own )?(?:arms?|"
         r"wrists?|legs?|thighs?|skin|tummy|stomach)\b"),
    _sig("blade", SELF_HARM, 0.4, "blade|blades|razor|razors|sharpener|compass|scissors|knife",
         r"\bwith (?:a |the |his |her )?(?:\w+ )?(?:blade|razor|sharpener|compass|scissors|"
         r"knife)\b"),
    _sig("ideation", SELF_HARM, 0.7,
         "nobody|noone|one|gone|dead|here|around|alive|better|wish|wishes|wished|born|end|take|"
         "kill",
         r"\b(?:nobody|no ?one|no-one) (?:would|will|'d) (?:miss|care about|notice) (?:me|her|him|"
         r"them)\b|\b(?:if|when) (?:i|she|he|they) (?:was|were|am|is|'m|'s) (?:gone|dead|"
         r"not (?:here|around|alive))\b|\bbetter off without (?:me|her|him|them)\b|\bwish(?:es|"
         r"ed)? (?:i|she|he|they) (?:was|were) dead\b|\bwish(?:es|ed)? (?:i|she|he|they)(?:'d|"
         r" had) never been born\b|\bend it all\b|\btake (?:his|her|their) own life\b|"
         r"\bkill (?:him|her|them)sel(?:f|ves)\b"),
    _sig("ideation", SELF_HARM, 0.55, "disappear|here|anymore",
         r"\bwants? to disappear\b|\b(?:doesn't|does not|don't) want to be here any ?more\b"),
    # Sexual abuse indicators.
    _sig("sexual", SEXUAL, 0.8, "touch|touched|touches|touching|fondle|fondled|fondling|grope|"
                                "groped|groping|molest|molested|molesting",
         r"\btouch(?:ed|es|ing)? (?:him|her|them|my \w+)\b[^.!?]{0,25}\b(?:inappropriately|"
         r"down there|private parts|privates?|bottom|between (?:his|her|their) legs|under (?:his|"
         r"her|their) (?:clothes|pants|skirt))|\b(?:fondl|grop|molest)\w*", False),
    _sig("sexual", SEXUAL, 0.6, "made",
         r"\bmade (?:him|her|them|my \w+) (?:do (?:stuff|things|something)|touch|watch (?:videos|"
         r"porn|things))"),
    _sig("sexual", SEXUAL, 0.6, "sex|sexual|sexually|sexting|sext|nude|nudes|naked|porn|private|"
                                "privates|inappropriate|inappropriately|paedo|paedophile|pedo|"
                                "abused|abusing|abuses|abuse|groomed|grooming",
         r"\b(?:sexual(?:ly)?|sexting|sext|nudes?|naked (?:pictures|photos|pics|selfies|videos)|"
         r"porn\w*|private parts|privates|inappropriate(?:ly)? (?:touch\w*|pictures|photos|pics|"
         r"images|messages|videos|contact|comments)|paedo\w*|pedo\w*|abus(?:ed|ing|es) (?:him|her|"
         r"them|kids|children|pupils)|(?:sexual|child) abuse|groom(?:ed|ing) (?:him|her|them|kids|"
         r"children|girls|boys|a child|my \w+))\b"),
    _sig("sexual", SEXUAL, 0.5, "kiss|kissed|kisses|kissing|sit",
         r"\bkiss(?:ed|es|ing)? (?:her|him|them|my \w+) on the lips\b|\bsit on (?:his|her) (?:lap|"
         r"knee)\b"),
    _sig("sexual", SEXUAL, 0.7, "gets|get|got|getting|climbs|climbed|climbing",
         r"\b(?:gets?|got|getting|climbs?|climbed|climbing) (?:into|in) (?:bed|the bath|"
         r"the shower) with (?:him|her|them)\b"),
    _sig("sexual", SEXUAL, 0.6, "walks|walked|walking|comes|came|watches|watched|watching",
         r"\b(?:walks?|walked|walking|comes?|came|coming) in on (?:him|her|"
         r"them)\b[^.!?]{0,30}\b(?:bath|bathroom|shower|changing|toilet|undress\w*)|\bwatch(?:es|"
         r"ed|ing)? (?:him|her|them) (?:in the (?:bath|shower)|get(?:ting)? changed|undress\w*)"),
    _sig("sexual", SEXUAL, 0.7, "exposed|exposes|exposing|flasher",
         r"\bexpos(?:ed|es|ing) (?:him|her)self\b|\bflasher\b", False),
    _sig("unwanted", SEXUAL, 0.4, "want",
         r"\b(?:didn't|did not|doesn't|does not) want to\b[^.!?]{0,20}\b(?:and|but) (?:he|she|"
         r"they) (?:made|forced|said)"),
    # Unsafe adult contact and grooming: secrets, favouritism, private messaging, strangers.
    _sig("secret", GROOMING, 0.7, "tell|secret",
         r"\b(?:asked|asking|asks|told|telling|tells|made|making) (?:him|her|them|"
         r"my \w+) (?:not to tell|never to tell|to keep (?:it |this |that )?(?:a |their |"
         r"our )?secret)",
         False),
    _sig("secret", GROOMING, 0.6, "tell",
         r"\b(?:not allowed|isn't allowed|mustn't|can't|cannot|"
         r"never allowed) (?:to )?tell (?:anyone|anybody|her mum|his mum|her parents|his parents|"
         r"me|us|her teacher|his teacher)\b"),
    _sig("secret", GROOMING, 0.55, "secret",
         r"\b(?:keep|keeping|kept) (?:it |this )?(?:a |their |our )?(?:little )?secret between|"
         r"\b(?:our|their|a) little secret\b|\bour secret\b|\bsecret between (?:them|us)\b"),
    _sig("threat_to_tell", GROOMING, 0.7, "told|tells|tell|say|says|said|grass|grassed",
         r"\b(?:hurt|kill|get|beat|hit|batter)\w* (?:him|her|them|you)\b[^.!?]{0,10}\bif (?:he|"
         r"she|they|you) (?:ever )?(?:told|tells|tell|say|says|said|grass\w*)", False),
    _sig("favourite", GROOMING, 0.35, "favourite|favorite|special",
         r"\b(?:(?:she|he|they)'?s|(?:she|he) is|you're|you are) (?:his|her|their|my) (?:special |"
         r"little )?(?:favourite|favorite|special (?:girl|boy|friend|"
         r"one))\b(?! (?:\w+ )?(?:teacher|subject|book|food|colou?r|film|game|lesson|class|song|"
         r"toy|thing|person|grown-?up|one))"),
    _sig("gifts", GROOMING, 0.3, "gifts|presents|money|phone|vapes|alcohol|cigarettes|stuff|"
                                 "things|sweets|toys|clothes|lift|lifts",
         r"\b(?:buys|bought|buying|gives|gave|giving) (?:him|her|them) (?:gifts|presents|money|"
         r"a phone|vapes|alcohol|cigarettes|stuff|things|sweets|toys|clothes|lifts?)\b"),
    _sig("contact", GROOMING, 0.45, "dm|dms|dming|dmd|messages|messaged|messaging|texts|texted|"
                                    "texting|snapchat|snapchatting|whatsapp|whatsapping|"
                                    "whatsapped|added|adding|follows|followed|following|friend|"
                                    "video|facetime|facetimed|facetiming",
         rf"\b(?:dms?|dm'?ing|dm'?d|messag(?:es|ed|ing)|texts|texted|texting|snapchat\w*|"
         rf"whatsapp(?:s|ing|ed)|add(?:ed|ing)|follow(?:s|ed|ing)|friend[- ]?request\w*|"
         rf"video[- ]?call\w*|facetim\w*) (?:(?:my|his|her|their|the|a|our|"
         rf"some) )?(?:\w+ ){{0,4}}?(?:{CHILD}|(?:\d+|[a-z]+) ?(?:year|yr) ?old)\b", False),
    _sig("contact", GROOMING, 0.4, "dm|dms|dming|dmd|messages|messaged|messaging|texts|texted|"
                                   "texting|snapchat|snapchatting|whatsapp|whatsapping|whatsapped|"
                                   "adds|added|adding|follows|followed|following|video|facetime|"
                                   "facetimed|facetiming",
         rf"\b(?:dms?|dm'?ing|dm'?d|messag\w+|texts|texted|texting|snapchat\w*|whatsapp\w+|"
         rf"add(?:s|ed|ing)|follow(?:s|ed|ing)|video[- ]?call\w*|facetim\w*) (?:him|her|"
         rf"them) (?:on|via|over) {_PLATFORM}\b"),
    _sig("pictures", GROOMING, 0.6, "pictures|pics|photos|images|selfies|nudes|videos",
         rf"\b(?:asking|asked|asks|ask|begging|pressur\w+) (?:my|his|her|their|the|a|"
         rf"our) (?:\w+ ){{0,3}}?(?:{CHILD}|year old|yr old)s? (?:for|to send|to share) (?:\w+ )?"
         r"(?:pictures|pics|photos|images|selfies|nudes|videos)\b", False),
    _sig("pictures", GROOMING, 0.6, "pictures|pics|photos|images|selfies|nudes|videos",
         r"\b(?:asking|asked|asks|begging|begged|pressur\w+|wants|wanted) (?:him|her|them) (?:for|"
         r"to send|to share|to take) (?:\w+ )?(?:pictures|pics|photos|images|selfies|nudes|"
         r"videos)\b"),
    _sig("contact", GROOMING, 0.55, "messages|message|texts|text|dms|dm|requests|request|calls|"
                                    "call",
         r"\b(?:messages?|texts?|dms?|friend requests?|calls?) from (?:an? |some |this )?(?:adult|"
         r"grown[- ]?up|(?:older |grown |random |strange )?(?:man|men|woman|guy|bloke|stranger)|"
         r"someone (?:he|she|they) (?:doesn't|don't|didn't) know)\b"),
    _sig("impersonation", GROOMING, 0.6, "pretending|pretended|pretends|pretend|posing|claiming",
         rf"\b(?:pretend(?:ing|ed|s)?|posing|claiming) (?:to be|as) (?:a |an )?(?:{CHILD}|kid|"
         r"\d+|teen\w*|younger|someone (?:his|her|their) age)"),
    _sig("probing", GROOMING, 0.55, "asking|asked|asks",
         r"\b(?:asking|asked|asks) (?:(?:him|her|them|my \w+|kids|children|"
         r"the kids) )?(?:where (?:he|she|they) lives?|for (?:his|her|their) address|which school|"
         r"what school|how old (?:he|she|they) (?:is|are)|to meet(?: up)?)\b"),
    _sig("adult_online", GROOMING, 0.2,
         "adult|grown|man|men|stranger|teacher|ta|assistant|coach|leader|lead|volunteer|older|"
         "someone|somebody|random|roblox|fortnite|minecraft|snapchat|instagram|insta|tiktok|"
         "whatsapp|discord|online|mr|mrs|miss|ms|mx|sir",
         r"\b(?:mr|mrs|miss|ms|mx|sir|adult|grown[- ]?up|grown (?:man|woman)|man|men|stranger|"
         r"teacher|ta|assistant|coach|leader|lead|volunteer|older (?:man|guy|boy|lad)|someone|"
         r"somebody|random|roblox|fortnite|minecraft|snapchat|instagram|insta|tiktok|whatsapp|"
         r"discord|online)\b",
         supports=True),
    _sig("platform_move", GROOMING, 0.45, "snapchat|whatsapp|private|dm|dms|kik|telegram|discord",
         r"\b(?:move|moving|go|going|switch\w*|chat\w*|talk\w*) (?:to|on|onto|"
         r"over to) (?:snapchat|whatsapp|private|dms?|kik|telegram|discord|a private chat)\b"),
    _sig("stranger", GROOMING, 0.6,
         "watching|staring|filming|photographing|photographed|taking|approaching|approached|"
         "hanging|hangs|loitering|lurking|following|followed|offering|offered|keeps|keep|kept",
         rf"\b(?:man|men|guy|bloke|woman|stranger|adult|someone|fella|van|car)\b[^.!?]{{0,80}}?"
         r"\b(?:watching|staring at|filming|photograph(?:ing|ed)|taking (?:photos|pictures|"
         r"videos) of|approach(?:ing|ed)|hang(?:ing|s) (?:around|about)|loitering|lurking|"
         rf"follow(?:ing|ed)|offer(?:ing|ed)|(?:keeps?|kept) (?:trying to )?(?:talk|chat|"
         rf"speak)(?:ing)? to)\b[^.!?]{{0,25}}?\b(?:{CHILD}|him|her|them|pupils|playground|"
         r"school gates?)\b", False),
    _sig("lure", GROOMING, 0.85, "tried|trying|try",
         rf"\b(?:tried|trying|try) to (?:get|take|grab|lure|entice|pull|drag|coax|persuade|"
         rf"snatch) (?:(?:my|a|the|his|her|their|some|our) )?(?:\w+ )?{CHILD}\b", False),
    _sig("lure", GROOMING, 0.5, "offer|offering|offered|offers|sent|giving",
         r"\boffer(?:ing|ed|s)? (?:(?:him|her|them|the kids|kids|children|my \w+) )?(?:a lift|"
         r"lifts|sweets)\b|\bsaid (?:his|her|their) (?:mum|mam|mom|dad) (?:had )?sent (?:him|"
         r"her)\b|\bgiving (?:out )?(?:sweets|money|vapes) to (?:the )?(?:kids|children)\b"),
    _sig("lure", GROOMING, 0.6, "ask|asks|asking|asked|offer|offers|offered|offering",
         r"\b(?:asks?|asking|asked|offer(?:s|ed|ing)?) (?:kids|children|the kids|girls|boys|him|"
         r"her|them|my \w+)\b[^.!?]{0,20}\b(?:sweets|a lift|money|to come (?:with|back)|to get in|"
         r"into (?:his|the|a) (?:car|van))"),
    _sig("lifts", GROOMING, 0.35, "giving|gives|gave|giving|offering|offers|offered",
         r"\b(?:giving|gives|gave|offering|offers|offered) (?:\w+ ){0,3}?(?:lifts?|"
         r"rides?) (?:home|back)\b"),
    _sig("alone_with", GROOMING, 0.4, "own|alone",
         r"\b(?:on (?:his|her) own with (?:him|her)|alone with (?:him|her|them)|(?:gets?|got|"
         r"takes?|took|keeps?|kept) (?:him|her|them) (?:on (?:his|her) own|alone)|"
         r"lifts? home on (?:his|her) own)\b"),
    _sig("older", GROOMING, 0.6, "older|car|van",
         r"\b(?:much |way |a lot |far )?older (?:man|men|guy|guys|bloke|boyfriend)\b|\b(?:into|"
         r"in) (?:a|his|their) (?:car|van) with (?:a |an )?(?:\w+ )?(?:older|grown|man|guy)"),
    _sig("older", GROOMING, 0.3, "older", r"\b(?:much )?older (?:boy|lad|teen\w*|kids)\b"),
    # Domestic violence a child lives with.
    _sig("domestic", DOMESTIC, 0.75, "mum|mother|mam|wife|girlfriend|partner",
         r"\b(?:dad|father|step-?dad|husband|boyfriend|partner|he)\b[^.!?]{0,15}\b(?:hits|hit|"
         r"beats|beat|hurts|punch(?:es|ed)|kicks|kicked|strangl\w+|chok\w+|attack\w*|batter\w*|"
         r"pinn?(?:ed|s)|push(?:es|ed)|shov(?:es|ed)|grabb?(?:ed|s)|thr(?:ew|ows) \w+ at|"
         r"slapp?(?:ed|s)) (?:her|his|their) (?:mum|mother|mam|wife|girlfriend|partner)\b", False),
    _sig("police", DOMESTIC, 0.45, "call|called|calling|ring|rang|dial|dialled",
         r"\b(?:had to|has to|have to|tried to) (?:call|ring|dial|phone) (?:999|the police)\b"),
    _sig("domestic", DOMESTIC, 0.6, "domestic|violent|dangerous|aggressive|scary|handy",
         rf"\bdomestic (?:violence|abuse|incident)|\b(?:violent|dangerous|aggressive) {_ADULT}|"
         rf"\b(?:step-?dad|stepfather|(?:mum|mam|mom)'?s (?:boyfriend|partner|fella)|"
         r"dad|father|boyfriend) (?:is|seems|looks|can be|gets) (?:really |so |very |"
         r"quite )?(?:dangerous|violent|aggressive|scary|handy with his fists)"),
    _sig("noise", DOMESTIC, 0.45, "screaming|shouting|yelling|smashing|crashing",
         r"\b(?:screaming|shouting|yelling|smashing|crashing)\b[^.!?]{0,30}\b(?:from|coming from|"
         r"at) (?:their|his|her|that|next door)\b"),
    _sig("police", DOMESTIC, 0.4, "police",
         r"\bpolice\b[^.!?]{0,40}\b(?:their|his|her|that) (?:house|flat|home|place|door)|"
         r"\b(?:their|his|her) (?:house|flat|home)\b[^.!?]{0,60}\bpolice\b"),
    # Exploitation: children drawn into drugs, vaping or crime by older people.
    _sig("exploit", EXPLOITATION, 0.7,
         "vape|vapes|drugs|weed|cannabis|pills|alcohol|booze|cigarettes|fags|nitrous|ket|county|"
         "packages|parcels",
         rf"\b(?:selling|sold|sells|giving|gave|gives|supplying|offering|"
         rf"offered) (?:\w+ )?(?:vapes?|drugs|weed|cannabis|pills|alcohol|booze|cigarettes|fags|"
         rf"nitrous|ket)\b[^.!?]{{0,30}}\b(?:{CHILD}|year ?\d+s?|y\d+s?|pupils|primary)\b|"
         rf"\bcounty lines\b|"
         r"\b(?:carry(?:ing)?|deliver(?:ing)?|hold(?:ing)?) (?:drugs|packages|parcels) for\b",
         False),
    _sig("exploit", EXPLOITATION, 0.7,
         "selling|sold|sells|giving|gave|gives|offering|offered|offers",
         rf"\b(?:{CHILD}|year ?\d+s?|pupils)\b[^.!?]{{0,60}}\b(?:selling|sold|sells|giving|"
         r"gave|gives|offering|offered|offers) (?:them |him |her )?(?:vapes?|drugs|weed|cannabis|"
         r"pills|alcohol|booze|cigarettes|fags|nitrous)\b", False),
    # Other languages UK parents write in (Polish, Romanian, Portuguese, Spanish, Urdu in
    # Latin script): only the core words for bruises, a parent hitting a child, wanting to
    # die and cutting oneself. Accents are optional because the normaliser may drop them.
    _sig("injury", PHYSICAL, 0.45, "siniak|siniaki|siniaków|vanatai|vanataie|vânătăi|vânătaie|"
         "nodoas|nódoas|hematoma|hematomas|moratones|moraton|moratón",
         r"\b(?:siniak\w*|v[aâ]n[aă]t[aă](?:i|ie)|n[oó]doas? negras?|hematomas?|moratones|"
         r"morat[oó]n)\b", False),
    _sig("hit", PHYSICAL, 0.75,
         "bije|bija|bił|bil|biła|bila|bate|batea|bateu|batia|pega|pegaba|pegó|pego|maarta|maarti|"
         "marta|marti|maarte|peetta|peetata",
         r"\b(?:(?:ojciec|tata|ojczym|matka|mama)\w* (?:j[aą] |go |je |ich )?bi(?:je|ja|ł|l|ła|"
         r"la)\b|bi(?:je|ja) (?:j[aą]|go|je|ich) (?:ojciec|tata|ojczym|matka|mama)|(?:o|[iî]l|"
         r"[iî]i) bate(?:a)? (?:tat[aă]l|tata|mama|mam[aă]-sa|tat[aă]-s[aă]u|vitregul)|"
         r"(?:tat[aă]l|tata|mama|vitregul)\w* (?:o|[iî]l) bate|(?:o pai|a m[aã]e|o padrasto|"
         r"a madrasta) (?:bate|batia|bateu) (?:nela|nele|na|no)|(?:su (?:padre|madre|padrastro)|"
         r"su madrastra) le peg(?:a|aba|[oó])|le peg(?:a|aba|[oó]) su (?:padre|madre|padrastro)|"
         r"(?:abba|abbu|baap|walid|ammi|maa|sautel[ai] \w+)\w* (?:use |usko |usay |"
         r"ussay )?(?:maar|mar|peet)(?:ta|ti|te|tata)\b)", False),
    _sig("self_harm", SELF_HARM, 0.7,
         "chce|vrea|quer|quiere|marna|khudkushi|khud|tnie|taie|corta|cortando",
         r"\b(?:chce (?:umrze[cć]|si[eę] zabi[cć])|vrea s[aă] (?:moar[aă]|se sinucid[aă])|"
         r"quer (?:morrer|se matar)|quiere (?:morir(?:se)?|matarse)|marna chaht[ae]|"
         r"mar jana chaht[ae]|khud ?kushi|tnie si[eę]|se taie|se cort(?:a|ando))\b", False),
    _sig("exploit", EXPLOITATION, 0.7, "keep|keeps|carry|carries|hold|holds|hide|hides|sell|"
         "sells|deliver|delivers|makes|made|drugs|weed|knife|knives|packages|parcels",
         r"\b(?:makes?|made|making|gets?|got|getting|pays?|paid|paying) (?:him|her|them|kids|"
         r"children) (?:to )?(?:keep|carry|hold|hide|sell|deliver|drop off|"
         r"stash) (?:\w+ )?(?:drugs|weed|knives|a knife|packages|parcels|stuff)\b", False),
    _sig("eating", SELF_HARM, 0.6, "sick|making|makes|made|stopped|hides|hiding|starving|eating",
         r"\b(?:(?:been |being )?sick on purpose|mak(?:es|ing|e) (?:him|her|them)sel(?:f|"
         r"ves) sick|(?:stopped|refuses|refusing) (?:eating|to eat)|hid(?:es|ing|den) (?:her |"
         r"his )?food|starving (?:him|her|them)sel(?:f|ves))\b"),
    # An adult threatening to hurt a child.
    _sig("adult_threat", ADULT_THREAT, 0.6, _THREAT_ANCHORS,
         rf"\b(?:{I_WILL}|someone (?:should|needs to|ought to|wants to|has to|will)|"
         rf"somebody (?:should|needs to)) (?:\w+ )?(?:{THREAT_VERB}\w* (?:that|the|this|your|his|"
         rf"her|their) (?:little |\w+ )?{_MEAN}|give (?:that|the|this|your|his|her) (?:little |"
         rf"\w+ )?{_MEAN} a (?:good )?{BEATING})\b", False),
    _sig("adult_threat", ADULT_THREAT, 0.6, "slap|smack|hiding|kicking|clip|belt|belting|thump|"
                                            "beating|whack|wallop",
         rf"\b{_MEAN}\b[^.!?]{{0,20}}\b(?:needs|deserves|wants|could do with|is getting|will get|"
         rf"'s getting) a (?:good )?{BEATING}", False),
    _sig("adult_threat", ADULT_THREAT, 0.6, _THREAT_ANCHORS,
         rf"\b(?:that|this) (?:little |wee |"
         rf"\w+ )?{_MEAN}\b[^.!?]{{0,60}}\b{I_WILL} (?:\w+ )?{THREAT_VERB}\w* (?:him|her|(?:his|"
         rf"her) \w+)\b",
         False),
    _sig("rough", ADULT_THREAT, 0.4, "gentle|old|care",
         r"\bwon't be gentle\b|\b(?:don't|do not) care (?:how old (?:he|she|they) (?:is|are)|"
         r"(?:that )?(?:he|she|they)(?:'s| is| are) (?:only )?(?:\d+|a kid|a child|little))"),
    _sig("adult_threat", ADULT_THREAT, 0.6, "needs|wants|deserves|could",
         rf"\bthat (?:little |wee )?(?:\w+ ){{1,2}}?(?:needs|wants|deserves|"
         rf"could do with) a (?:good |proper )?{BEATING}\b"),
    _sig("adult_threat", ADULT_THREAT, 0.55, "waiting|gate|hold|hands|get|deal|sort",
         r"\b(?:whoever's (?:kid|child|son|daughter|boy|girl)|that (?:kid|child|boy|girl|lad)|the "
         rf"(?:kid|child|boy|girl|lad) who)\b[^.!?]{{0,80}}\b{I_WILL} (?:be waiting|be at the "
         r"gate|get (?:him|her|them|hold of)|deal with|sort (?:him|her|them) out)|\bwait (?:till|"
         r"until) i get (?:hold of|my hands on) (?:him|her|them|that (?:kid|child|boy|girl|lad))"),
    _sig("adult_threat", ADULT_THREAT, 0.6, "knock|smack|slap|batter|belt|leather|hit|beat|kill|"
         "wallop|thump",
         rf"\b{_ADULT}\b[^.!?]{{0,40}}\b(?:he|she|they)(?:'d| would|'ll| will) (?:knock|smack|"
         rf"slap|"
         r"batter|belt|leather|hit|beat|kill|wallop|thump) (?:him|her|them)\b|\bknock (?:him|her|"
         r"them) into next week\b|\bknock (?:his|her|their) (?:block|head|teeth) (?:off|in)\b"),
)
