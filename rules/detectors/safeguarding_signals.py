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
CHALLENGE = "a dangerous online challenge"
KNOWN_RISK = "an adult known to be a risk to children"

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
           r"burns(?= (?:on|all over|up) (?:his|her|their))|injur(?:y|ies)|finger ?(?:tip )?marks|"
           r"hand ?prints?|grip marks|belt marks|split lips?|marks(?= (?:on|all over|up) (?:his|"
           r"her|their)))")
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
# Drugs, vapes and drink, and who supplies them ("sellin", "givin": dropped g's are common).
_SUPPLY = (r"(?:sell(?:s|ing|in)?|sold|giv(?:es|ing|in)|gave|supply\w*|offer(?:s|ed|ing|in)?|"
           r"hand(?:s|ed|ing|in)?(?: out| round)?|pass(?:es|ed|ing|in)?(?: round| out| around)?|"
           r"deal(?:s|ing|in)?|push(?:es|ing|in)?)")
_DRUG_ANCHORS = ("vape|vapes|drugs|weed|cannabis|skunk|pills|edibles|spice|coke|cocaine|mdma|"
                 "ket|nitrous|laughing|snus|nicotine|alcohol|booze|vodka|cider|spirits|"
                 "cigarettes|cigs|fags|tobacco")
_DRUG = (r"(?:vapes?|drugs|weed|cannabis|skunk|pills|edibles|spice|coke|cocaine|mdma|ket|nitrous|"
         r"laughing gas|snus|nicotine pouches|alcohol|booze|vodka|cider|spirits|cigarettes|cigs|"
         r"fags|tobacco)")
_YOUNG = (r"(?:kids|children|boys|girls|pupils|year ?\d+s?|y\d+s?|yr ?\d+s?|primary (?:kids|"
          r"children|school kids)|(?:little|young|younger) (?:ones|kids|children|uns)|"
          r"\d+ ?year ?olds)")
# Game currency and other rewards strangers offer children online.
_REWARD = (r"(?:robux|v-?bucks|vbucks|skins|gems|coins|credits|game ?pass\w*|battle ?pass\w*|"
           r"gift ?cards?|vouchers?|money|cash|presents|gifts|a (?:new )?phone|free stuff)")
_CONTENT = (r"(?:add\w*|send\w*|video\w*|pics?|pictures?|photos?|selfies?|nudes?|meet\w*|"
            r"snapchat|whatsapp|facetime|call\w*|number|private)")
_CHALLENGE = (r"(?:blackout|black[- ]out|choking|choke|pass[- ]?out|fainting|skull[- ]?breaker|"
              r"scarf|tide pod|benadryl|salt and ice|superglue|hot water|deodorant|nyquil|"
              r"milk crate)")
_CHALLENGE_DONE = (r"(?:passed out|pass out|passing out|fainted|blacked out|collapsed|hospital|"
                   r"a&e|ambulance|tried it|trying it|doing it|did it|done it)")
# Photos a class is asked for: "photos of their half-term for the class blog".
_NOT_SCHOOLWORK = (r"(?! (?:of|from) (?:their|your|the|his|her|our) (?:\w+ )?(?:half[- ]?term|"
                   r"holidays?|weekend|project|homework|work|pets?|models?|costumes?|reading|"
                   r"trip|day|family|summer|christmas|easter|garden|baby|den|book)|"
                   r" for (?:the|a|our) (?:class|school|display|blog|newsletter|website|"
                   r"project|yearbook))")
_TOILETS = (r"(?:(?:girls|boys|kids|children|pupils)'?s?'? )?(?:toilets?|loos?|changing rooms?|"
            r"showers?|cubicles?|bathrooms?)")

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
         rf"\b(?:gets?|got|getting|being|been|was|is) (?:\w+ )?{_HIT_PASSIVE} (?:\w+ ){{0,2}}by "
         rf"(?:his|her|their|a|the) {_ADULT}"),
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
         r"fourth|\d+(?:st|nd|rd|th)) time|twice|(?:three|four|\d+) times (?:this|a|in a|in the) "
         r"(?:week|month|term|fortnight))"),
    _sig("unexplained", PHYSICAL, 0.35,
         "won't|wont|wouldn't|wouldnt|didn't|didnt|doesn't|doesnt|refused|refuses|can't|cant|"
         "couldn't|couldnt|said|walked|unexplained|different",
         r"\b(?:won't|wouldn't|didn't|doesn't|refused to|refuses to|can't|couldn't) (?:say|"
         r"tell (?:me|us|anyone|the teacher|her teacher|his teacher)|explain) (?:how|"
         r"what happened|where|who)|\bsaid (?:he|she|they) (?:fell|walked into)|"
         r"\bwalked into a door|\bunexplained\b|\b(?:a )?different (?:story|excuse|explanation) "
         r"(?:each|every) time\b", supports=True),
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
         r"\block(?:s|ed|ing)? (?:him|her|them|the kids|the children) (?:in|inna|out|oot|"
         r"up)\b(?: (?:of |in |into )?(?:his|her|their|the|a|him) (?:back )?(?:room|bedroom|"
         r"cupboard|shed|cellar|house|flat|garden|yard|car|basement)| (?:overnight|all (?:night|"
         r"neet)|all day|in the cold|for hours))|\blocked (?:in|out) (?:in |of )?(?:his|her|"
         r"their) (?:room|bedroom|cupboard|shed|cellar|house)"),
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
         r"\b(?:makes?|made|forces?|forced) (?:him|her|them)(?: and (?:his|her|"
         r"their) \w+)? (?:to )?(?:sleep|stand|kneel|stay|sit)(?: out)? (?:on the floor|outside|"
         r"in the (?:garden|shed|cold|dark|yard)|for hours|all night)|\b(?:has|have|"
         r"had) to sleep on the floor\b|\b(?:doesn't|does not) (?:have|get) (?:a|his own|"
         r"her own) bed\b"),
    _sig("deprived", PHYSICAL, 0.55, "give|gives|giving|given",
         r"\b(?:don't|doesn't|never|nuh|no|won't|wouldn't|didn't) giv(?:e|es|ing) (?:him|her|"
         r"them) (?:any )?(?:food|dinner|tea|breakfast|anything to eat)\b"),
    # Neglect: basic needs unmet, children left alone, carers unable to care.
    _sig("clothes", NEGLECT, 0.5, "same",
         r"\bsame (?:\w+ )?(?:clothes|uniform|outfit)\b[^.!?]{0,30}\b(?:again|for (?:days|a week|"
         r"\w+ days)|all week|every day|\d+(?:st|nd|rd|th)? (?:time|day)s?)"),
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
         r"meal|supper|to eat)\b|\bno (?:tea|dinner|breakfast|food|supper)\b[^.!?]{0,20}\b(?:last "
         r"night|at home|again|this morning)|\bnothing (?:to eat|in (?:the|their) (?:fridge|"
         r"cupboards?))|\b(?:eating|food) (?:out of|from) (?:the )?bins?\b|\b(?:steal\w*|"
         r"asking (?:other \w+|everyone) for) (?:other kids' |people's )?(?:food|snacks|"
         r"lunch(?:es)?)\b"),
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
         r"parents|mums|children)|everyone|the other \w+|my \w+) for (?:food|snacks|something to "
         r"eat|money for food|(?:bits|some) of (?:their|his|her|my) (?:lunch|food|snacks?))\b"),
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
    _sig("cold", NEGLECT, 0.5, "coat|jacket|jumper|shoes|socks|t-shirt|tshirt|vest|shirt",
         r"\b(?:(?:no|without (?:a|any|his|her)) (?:coat|jacket|jumper|shoes|socks|warm clothes)|"
         r"in (?:just|only) (?:a|his|her) (?:t-?shirt|vest|shirt))\b[^\n]{0,60}\b(?:winter|"
         r"freezing|snow\w*|cold|icy|frost\w*|minus)|\b(?:winter|freezing|snow\w*|cold|icy|"
         r"frost\w*|minus)\b[^.!?]{0,40}\b(?:no|without (?:a|any|his|her)) (?:coat|jacket|jumper|"
         r"shoes|socks)\b"),
    _sig("siblings", NEGLECT, 0.45, "brother|brothers|sister|sisters|siblings",
         r"\b(?:has|have|had|having|gets|got|made) to (?:look after|babysit|mind|care for|feed|"
         r"get) (?:his|her|their) (?:baby |little |younger |two |three )?(?:brothers?|sisters?|"
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
         r"should i tell|who do i (?:even )?tell)\b", supports=True),
    _sig("cp_status", CONCERN_FACT, 0.55, "child|cp|register|protection",
         r"\b(?:child protection (?:register|plan|case|conference)|on (?:a|the) (?:cp|"
         r"child protection) (?:plan|register)|cp plan|at risk register)\b", False),
    # Self-harm and suicidal talk.
    _sig("self_harm", SELF_HARM, 0.7, "cut|cuts|cutting|scratch|scratching|scratches|burn|burning|"
                                      "self|harming|hurting|suicide|suicidal|marks|scars|himself|"
                                      "herself|themselves",
         r"\b(?:cut|cutting|scratch|burn|self[- ]?harm) marks\b|\bcuts? (?:on|all over|all up|up|"
         r"up and down) (?:his|her|their) (?:wrists?|arms?|legs?|thighs?)|\b(?:cutting|harming|"
         r"hurting|burning|scratching) (?:him|her|them)sel(?:f|ves)\b|\bself[- ]?harm\w*|"
         r"\bsuicid\w*|\b(?:marks|scars|scratches) on (?:his|her|their) wrists?"),
    _sig("self_harm", SELF_HARM, 0.75,
         "die|dying|kill|end|exist|live|alive|here|dead|reason|wanting",
         r"(?<!\bi )(?<!\bwe )(?<!\byou )\b(?:wants|wanted|wanting|want) to (?:die\b(?! (?:of|"
         r"from|laughing|when|at|in|his|her|their|my|it|the)\b)|kill (?:him|her|them)sel(?:f|ves)|"
         r"end (?:it all|(?:his|her|their) life)|not (?:be here|exist|be alive))|\b(?:talking|"
         r"talks|going on) about (?:dying|wanting to die|killing (?:him|her|them)sel(?:f|ves))|"
         r"\b(?:doesn't|does not|didn't|not wanting|not want) to (?:be alive|exist|wake up|"
         r"live)\b(?! (?:in|with|near|there|here|at)\b)|\bbetter off dead\b|"
         r"\bno reason to live\b"),
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
         r"her|their) (?:clothes|pants|skirt))|\b(?:fondl|grop|(?<!non-)(?<!non "
         r")molest)\w*", False),
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
         r"\bkiss(?:ed|es|ing)? (?:her|him|them|my \w+) on the lips\b|\bsit on (?:his|her|"
         r"their) (?:lap|knee)\b"),
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
    _sig("secret", GROOMING, 0.6, "tell|say|talk",
         r"\b(?:not allowed|isn't allowed|mustn't|can't|cannot|never allowed) (?:to )?(?:tell "
         r"(?:anyone|anybody|her mum|his mum|her parents|his parents|me|us|her teacher|"
         r"his teacher|the teachers?|teachers|school|the school)\b|(?:tell|say|"
         r"talk about) (?:anyone |anybody )?what (?:happens|goes on) (?:at|in))"),
    _sig("secret", GROOMING, 0.55, "secret|secrets",
         r"\b(?:keep|keeping|kept) (?:it |this )?(?:a |their |our )?(?:little )?secret between|"
         r"\b(?:our|their|a) little secret\b|\bour secret\b|\bsecret between (?:them|us)\b|"
         r"\b(?:makes?|made|making|gets?|got) (?:him|her|them) (?:to )?keep (?:\w+ )?secrets\b"),
    _sig("threat_to_tell", GROOMING, 0.7, "told|tells|tell|say|says|said|grass|grassed",
         r"\b(?:hurt|kill|get|beat|hit|batter|snap|break|slit)\w* (?:him|her|them|you|(?:his|her|"
         r"their|your) (?:neck|legs|arms|face|throat))\b[^.!?]{0,10}\bif (?:he|"
         r"she|they|you) (?:ever )?(?:told|tells|tell|say|says|said|grass\w*)", False),
    _sig("favourite", GROOMING, 0.35, "favourite|favorite|special",
         r"\b(?:(?:she|he|they)'?s|(?:she|he) is|you're|you are) (?:his|her|their|my) (?:special |"
         r"little )?(?:favourite|favorite|special (?:girl|boy|friend|"
         r"one))\b(?! (?:\w+ )?(?:teacher|subject|book|food|colou?r|film|game|lesson|class|song|"
         r"toy|thing|person|grown-?up|one))"),
    _sig("gifts", GROOMING, 0.3, "gifts|presents|money|phone|vapes|alcohol|cigarettes|stuff|"
                                 "things|sweets|toys|clothes|lift|lifts",
         r"\b(?:buys|bought|buying|gives|gave|giving) (?:him|her|them) (?:gifts|presents|money|"
         r"a (?:new |brand new )?phone|vapes|alcohol|cigarettes|stuff|things|sweets|toys|clothes|"
         r"lifts?)\b"),
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
         rf"(?:pictures|pics|photos|images|selfies|nudes|videos)\b{_NOT_SCHOOLWORK}", False),
    _sig("pictures", GROOMING, 0.6, "pictures|pics|photos|images|selfies|nudes|videos",
         r"\b(?:asking|asked|asks|begging|begged|pressur\w+|wants|wanted) (?:him|her|them) (?:for|"
         r"to send|to share|to take) (?:\w+ )?(?:pictures|pics|photos|images|selfies|nudes|"
         r"videos)\b" + _NOT_SCHOOLWORK),
    _sig("contact", GROOMING, 0.55, "messages|message|texts|text|dms|dm|requests|request|calls|"
                                    "call",
         r"\b(?:messages?|texts?|dms?|friend requests?|calls?) from (?:an? |some |this )?(?:adult|"
         r"grown[- ]?up|(?:older |grown |random |strange )?(?:man|men|woman|guy|bloke|stranger)|"
         r"someone (?:he|she|they) (?:doesn't|don't|didn't) know)\b"),
    _sig("impersonation", GROOMING, 0.6, "pretending|pretended|pretends|pretend|posing|claiming",
         rf"\b(?:pretend(?:ing|ed|s)?|posing|claiming) (?:to be|as) (?:a |an )?(?:{CHILD}|kid|"
         r"\d+|teen\w*|younger|someone (?:his|her|their) age)"),
    _sig("probing", GROOMING, 0.55, "asking|asked|asks|which|what",
         r"\b(?:asking|asked|asks) (?:(?:him|her|them|my \w+|kids|children|"
         r"the kids) )?(?:where (?:he|she|they) lives?|for (?:his|her|their) address|which school|"
         r"what school|how old (?:he|she|they) (?:is|are)|to meet(?: up)?|(?:their|his|her) names "
         r"and (?:where|which|what))\b|\b(?:which|what) (?:house|houses|street|road) (?:he|she|"
         r"they) li?ves? (?:in|on)\b"),
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
         r"videos) of|approach(?:ing|ed)|hang(?:ing|s) (?:around|about|round)|loitering|lurking|"
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
         r"into (?:his|the|a) (?:car|van))|\basked (?:him|her|them )?(?:if|whether) (?:he|she|"
         r"they) wanted (?:some )?(?:sweets|money|to get in|a lift|to come with)"),
    _sig("lifts", GROOMING, 0.35, "giving|gives|gave|giving|offering|offers|offered",
         r"\b(?:giving|gives|gave|offering|offers|offered) (?:\w+ ){0,3}?(?:lifts?|"
         r"rides?) (?:home|back)\b|\b(?:offering|offers|offered|keeps offering) to (?:drive|take|"
         r"run|walk) (?:him|her|them) home\b"),
    _sig("alone_with", GROOMING, 0.4, "own|alone",
         r"\b(?:on (?:his|her) own with (?:him|her)|alone with (?:him|her|them)|(?:gets?|got|"
         r"takes?|took|keeps?|kept) (?:him|her|them) (?:on (?:his|her) own|alone)|"
         r"(?:lifts?|drive \w+|take \w+) home on (?:his|her) own)\b"),
    _sig("older", GROOMING, 0.6, "older|car|van",
         r"\b(?:much |way |a lot |far )?older (?:man|men|guy|guys|bloke|boyfriend)\b|\b(?:into|"
         r"in) (?:a|his|their) (?:car|van) with (?:a |an )?(?:\w+ )?(?:older|grown|man|guy)"),
    _sig("older", GROOMING, 0.3, "older", r"\b(?:much )?older (?:boys?|lads?|teen\w*|kids)\b"),
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
         rf"\b(?:step-?dad|stepfather|(?:mum|mam|mom)'?s (?:new )?(?:boyfriend|partner|fella)|"
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
         rf"\b(?:that|this) (?:little |wee |\w+ )?{_MEAN}\b[^.!?]{{0,60}}\b{I_WILL} (?:\w+ "
         rf")?{THREAT_VERB}\w* (?:him|her|(?:his|her) \w+)\b",
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
    # Adults promising to hurt a child, often one who hurt theirs: "if he touches her again
    # I'll give him a clip round the ear", "these kids need a good kicking and I'd happily
    # be the one". Weak signs (lying in wait, "he'll know about it", "I know where he walks
    # home") need each other, or a stronger one.
    _sig("adult_threat", ADULT_THREAT, 0.6, _VIOLENT_ANCHORS,
         rf"\b{_I_INTEND} (?:\w+ ){{0,4}}?{_VIOLENT_ACT}"),
    _sig("adult_threat", ADULT_THREAT, 0.55, "getting|gonna|going|get",
         rf"\b(?:he|she|they)(?:'s| is|'re| are|'ll| will) (?:getting|gonna get|going to get|get) "
         rf"(?:a (?:good |proper |right )?(?:{BEATING}|kicking|hiding|hammering|battering|"
         rf"leathering|clip round the ear)|{_BEATEN})\b"),
    _sig("adult_threat", ADULT_THREAT, 0.5,
         "needs|need|deserves|deserve|could|wants|want|getting|get|should",
         rf"\b(?:kids?|child(?:ren)?|boys?|girls?|lads?|brats?|y\d+s?|year ?\d+s?|yr ?\d+s?|"
         rf"toerags?|thugs?|him|her|them)\b[^.!?]{{0,50}}?\b(?:needs?|deserves?|could do with|"
         rf"wants?|is getting|are getting|will get|should get|'s getting|'re getting) (?:a |"
         rf"some )?(?:good |proper |right |bloody |real )?(?:{BEATING}|kicking|hiding|hammering|"
         r"battering|leathering|clip round the ear|back ?hander)\b"),
    _sig("adult_threat", ADULT_THREAT, 0.5, "teach|teaching",
         rf"\b{_I_INTEND}[^.!?]{{0,60}}\bteach (?:him|her|them|that \w+|those \w+) a (?:\w+ )?"
         r"lesson"),
    _sig("adult_threat", ADULT_THREAT, 0.6, "spacco|rompo|ammazzo|rup|sparg|omor",
         r"\b(?:gli|le|ti) (?:spacco|rompo) (?:la faccia|il muso|la testa|le gambe|le ossa)|"
         r"\b(?:lo|la) ammazzo\b|\b(?:ii|il|o) (?:rup|sparg) (?:mainile|picioarele|gatul|capul|"
         r"fata|oasele)\b|\b(?:il|o) omor\b"),
    _sig("lie_in_wait", ADULT_THREAT, 0.3, "wait|waiting",
         rf"\b{_I_INTEND} (?:\w+ ){{0,3}}?(?:be )?wait(?:ing)? (?:for (?:him|her|them|those|that|"
         r"these|whoever)\b|outside (?:his|her|their) (?:house|door)|at the gate for)"),
    _sig("menace", ADULT_THREAT, 0.35, "know|regret|sorry|forget|see|watch",
         r"\b(?:he|she|they)(?:'ll| will) (?:know about it|regret it|be sorry)|\b(?:lesson|one) "
         r"(?:he|she|they)(?:'ll| will)? (?:won't|never|not) forget|\bsee how (?:he|she|they) "
         r"likes? it|\bwatch (?:his|her|their) back\b"),
    _sig("stalk", ADULT_THREAT, 0.35, "know",
         r"\bi know (?:where|which way|what time|what route) (?:he|she|they|that \w+) (?:lives?|"
         r"walks?|goes|gets|comes)"),
    _sig("volunteer", ADULT_THREAT, 0.35, "happily|gladly|quite|parents|parent|do|be",
         r"\bi'?d (?:happily|gladly|quite happily) (?:be the one|do it|oblige|give)|\b(?:if|"
         r"since) (?:their|his|her) (?:own )?parents? (?:won't|will not|don't|can't|aren't going "
         r"to)\b[^.!?]{0,25}\b(?:i will|i'll|i'd|i would|we will)|\bi'll (?:do it|be the one) "
         r"myself\b", supports=True),
    _sig("retaliation", ADULT_THREAT, 0.3, "if|next",
         r"\bif (?:he|she|they|that|this|your|the|whichever|whoever|any|one)\b[^.!?]{0,60}?"
         r"\b(?:again|one more time|ever)\b|\bnext time\b", supports=True),
    # An adult handling a child roughly: "grabbed my boy by the arm".
    _sig("rough_handling", PHYSICAL, 0.65,
         "grab|grabs|grabbed|grabbing|yank|yanked|yanks|yanking|drag|dragged|drags|dragging|pull|"
         "pulled|pulls|pulling|shake|shook|shakes|shaking|throw|threw|throws|shove|shoved|shoves|"
         "push|pushed|pushes",
         rf"\b(?:{_ADULT}|caretaker|dinner lady|lunchtime supervisor|teaching assistant|"
         rf"stranger)\b[^.!?]{{0,40}}?\b(?:grabb?|yank|dragg?|pull|shak|shook|thr[eo]w|shov|"
         rf"push)\w* (?:my|a|the|his|her|that|this|our|one of the) (?:little |young )?(?:{CHILD}|"
         r"lass) (?:\w+ ){0,2}?by (?:the|his|her|their) (?:arms?|hair|ears?|collar|neck|wrists?|"
         r"throat|scruff|hood|coat)", False),
    # Noises of violence in a child's home: screaming through the wall, thuds, then quiet.
    _sig("noise", DOMESTIC, 0.45, "screaming|screams|shouting|yelling|crying|banging|thuds|thud|"
                                  "smashing|crashing",
         r"\b(?:screaming|screams|shouting|yelling|crying|banging|thuds?|smashing|crashing)\b"
         r"[^.!?]{0,50}\b(?:through the walls?|from (?:the |their |that )?(?:flat|house|next door|"
         r"upstairs|downstairs)|in the flats?|next door)\b"),
    _sig("hurt_sound", DOMESTIC, 0.45, "sounded|sounds|sound|thuds|thud|goes|went|gone|nothing|"
                                       "silence",
         r"\b(?:sounded|sounds|sound) like (?:someone|somebody|a child|a kid|she|he|they|"
         r"the (?:kid|child|baby|little \w+))(?: was| were| is)? (?:getting|being) (?:badly |"
         r"really )?(?:hurt|hit|beaten|attacked|killed|battered)|\bthuds?\b|"
         r"\bthen (?:it )?(?:all )?(?:goes|went|gone) (?:quiet|silent)\b|\bthen (?:nothing|"
         r"silence)\b"),
    _sig("shouting", PHYSICAL, 0.45, "screaming|shouting|yelling|swearing|screams|shouts|yells",
         r"\b(?:screaming|shouting|yelling|swearing|screams|shouts|yells) at (?:a|the|that|this|"
         r"their|his|her) (?:little one|kid|child|baby|toddler|little (?:boy|girl|lad|un))\b"),
    _sig("punished", PHYSICAL, 0.6, "get|gets|getting|allowed|given|tea|dinner|food",
         r"\b(?:doesn't|does not|don't|won't|never|not|isn't) (?:get|gets|getting|allowed|given) "
         r"(?:any |his |her |their )?(?:tea|dinner|food|breakfast|supper|meals?)\b[^.!?]{0,20}"
         r"\b(?:if|when|cos|because) (?:he|she|they)(?:'s| is| are|'re| was| were) (?:naughty|bad|"
         r"late|rude|cheeky)"),
    _sig("punished", PHYSICAL, 0.3, "punishment|punish",
         r"\b(?:as a|for) punishment\b|\bto punish (?:him|her|them)\b", supports=True),
    _sig("blame", PHYSICAL, 0.45, "did|done|does|was|it's|its|mowi",
         rf"\b(?:says|said|told \w+|saying) (?:that )?(?:(?:his|her|their) (?:\w+ )?{_ADULT} "
         rf"(?:did|done|does) (?:it|that|this|them)\b|(?:it was|it's|its) (?:his|her|their) "
         rf"(?:\w+ )?{_ADULT}\b)|\bmowi,? ze to (?:tata|ojciec|ojczym|mama)\b"),
    _sig("pain", PHYSICAL, 0.35, "sit|sitting",
         r"\bcan'?t sit (?:down )?(?:properly|without)\b"),
    _sig("fear", PHYSICAL, 0.45, "wets|wet|wetting",
         r"\bwet(?:s|ting)? (?:him|her|them)sel(?:f|ves)\b[^.!?]{0,40}\b(?:every time|whenever|"
         r"when) (?:she|he|they) (?:has to|have to|goes|go)"),
    # Parents known to be a danger: the sex offenders' register, court orders keeping an
    # adult away from a family, a partner with a record of violence.
    _sig("known_risk", KNOWN_RISK, 0.7, "sex|sexual|registered|schedule|risk|banned|barred|"
                                        "allowed|register|isn't|isnt|aren't|arent",
         r"\b(?:sex(?:ual)? offenders?'? register|registered sex offender|(?:a |"
         r"convicted )?sex offender|on the register for|schedule (?:one|1) offender|(?:a |"
         r"known )?risk to (?:children|kids)|(?:banned|barred) from (?:being )?(?:near|around|"
         r"contact with|seeing|working with) (?:kids|children|(?:his|her|their) (?:own )?kids)|"
         r"(?:not|isn't|is not|aren't|wasn't|never) allowed (?:near|around|"
         r"unsupervised contact with|contact with|to be (?:alone )?with) (?:kids|children|(?:his|"
         r"her|their) (?:own )?kids))\b", False),
    _sig("court_order", KNOWN_RISK, 0.55,
         "restraining|molestation|non|injunction|prohibited|protective|bail|zakaz|ordin|ordinul|"
         "orden|ordem|medida|divieto",
         r"\b(?:restraining order|non-?molestation(?: order)?|injunction|prohibited steps "
         r"order|protective order|bail conditions|zakaz\w* zblizan\w*|zakaz kontaktu|ordin(?:ul)? "
         r"de (?:protectie|restrictie)|orden de (?:alejamiento|proteccion)|(?:ordem|medida) de "
         r"(?:afastamento|restricao|protecao)|divieto di avvicinamento)\b"),
    _sig("domestic", DOMESTIC, 0.55, "prison|jail|nick|police|convicted|done|arrested|charged",
         r"\b(?:(?:mum|mam|mom|dad)'?s (?:new )?(?:boyfriend|partner|fella|girlfriend)|"
         r"step-?dad|stepfather|(?:her|his|their) (?:dad|father))\b[^.!?]{0,40}\b(?:(?:just )?"
         r"(?:out of|got out of|released from|been in|was in|did time in) (?:prison|jail|the "
         r"nick)\b[^.!?]{0,20}\bfor (?:hurting|assault\w*|gbh|violence|attacking|stabbing|beating|"
         r"hitting)|known to (?:the )?police for (?:violence|hurting|assault\w*|domestic\w*)|"
         r"(?:convicted|done|arrested|charged) (?:for|of|with) (?:assault\w*|gbh|violence|"
         r"attacking|domestic\w*|hurting))", False),
    # Neglect: no food at home, nobody collecting, out alone early or after dark, a child
    # caring for a parent, a carer drunk at pick-up.
    _sig("no_food", NEGLECT, 0.6, "food|tea|dinner|breakfast|anything|nothing|hungry|starving|"
                                  "starved|eaten|seen|had|meal",
         r"\b(?:no|never any|hardly any|not much|never enough|isn't any|wasn't any) (?:food|tea|"
         r"dinner|breakfast|anything to eat)\b[^.!?]{0,10}\b(?:at home|in the (?:house|flat|"
         r"cupboards?|fridge)|at (?:his|her|their) (?:house|flat|place|mum'?s|dad'?s))|"
         r"\bnothing (?:to eat )?in the (?:cupboards?|fridge)\b|\b(?:hungry|starving|"
         r"starved)\b[^.!?]{0,40}\b(?:because|cos|coz|cause|as|since) (?:there'?s|there is|"
         r"there was|they'?ve|they have) (?:no|never|nothing|not)\b|\b(?:not|hasn't|hadn't|"
         r"haven't|never) (?:eaten|seen food|had (?:any )?(?:food|tea|dinner|anything)|"
         r"had a (?:proper |hot )?meal) (?:in|for) (?:days|(?:two|three|four|five|a few|several|"
         r"\d+) days|ages)\b"),
    _sig("poverty", NEGLECT, 0.35, "electric|electricity|gas|heating|power|lights",
         r"\b(?:electric|electricity|gas|heating|power|lights)(?:'s| has| is| was| have| had)? "
         r"(?:been )?(?:off|cut off)\b[^.!?]{0,20}\b(?:a week|weeks|days|ages|(?:two|three|\d+) "
         r"(?:days|weeks))"),
    _sig("homeless", NEGLECT, 0.45, "sleeps|sleep|sleeping|sofa",
         r"\bsleep(?:s|ing)? in (?:the|a|their|his|her|mum'?s) car\b|\bsofa[- ]surf\w*"),
    _sig("young_carer", NEGLECT, 0.5, "carer|gives|give|giving",
         r"\b(?:is|basically|like|being|become) (?:his|her|their) (?:mum'?s|dad'?s|mam'?s|"
         r"parents'?|family'?s|nan'?s) carer\b|\b(?:gives?|giving) (?:her|his|their) (?:mum|dad|"
         r"mam|mother|father|nan) (?:her |his |their )?(?:tablets|medication|meds|medicine|"
         r"injections)\b"),
    _sig("chores", NEGLECT, 0.3, "does|do|doing", r"\bdoes all the (?:cooking|cleaning|shopping|"
                                                  r"washing)\b"),
    _sig("carer", NEGLECT, 0.45, "wake|get|sleeping|asleep|bed",
         r"\b(?:mum|mummy|mam|mammy|mom|dad|daddy|mother|father|parents?)\w*\b[^.!?]{0,30}?"
         r"\b(?:won't|doesn't|didn't|can't|couldn't|never|wouldn't) (?:wake up|get up|get out of "
         r"bed)\b|\b(?:mum|mummy|mam|dad|daddy)\w*(?:'s| is| was) (?:always )?[\x27\"]?"
         r"(?:sleeping|asleep|in bed)[\x27\"]? all (?:the time|day)"),
    _sig("carer", NEGLECT, 0.55, "slurring|slurred|staggering|staggered|stumbling|stumbled|"
                                 "swaying|reeking|reeked|reeks|stinking|stank|stinks|could|picked|"
                                 "collected|taken|driven|drunk|high|wasted|stoned",
         r"\b(?:slurr\w+|stagger\w*|stumbl\w+|swaying|reek\w* of (?:drink|booze|alcohol|weed|"
         r"cannabis)|stink\w* of (?:drink|booze|alcohol|weed)|could (?:barely|hardly) (?:stand|"
         r"walk))\b[^.!?]{0,40}\b(?:pick[- ]?up|drop[- ]?off|the gate|school run|home time|"
         r"collect\w*|the car|drove|driving)|\b(?:picked up|collected|taken home|"
         r"driven home) by (?:someone|somebody|a man|a woman|(?:his|her|"
         r"their) \w+)(?: \w+)? (?:who was )?(?:clearly |obviously |totally |completely |"
         r"absolutely )?(?:drunk|off (?:his|her|their) face|high|wasted|stoned|hammered|"
         r"smashed)\b|\b(?:drunk|slurring|high|wasted|stoned)\b[^.!?]{0,40}\bdr(?:ove|ives|"
         r"iving) (?:off |away |home )?with (?:him|her|them|the kids)"),
    _sig("uncollected", NEGLECT, 0.55, "nobody|noone|one|forgot|forgotten|forgets|forgetting",
         r"\b(?:nobody|no ?one|no-one)(?:'s| has| had)? (?:\w+ )?(?:came|come|turned up|showed up|"
         r"turns up|shows up|comes) (?:(?:to |for |to get |to collect |"
         r"to pick (?:\w+ )?up )?(?:him|her)|(?:for|to get|to collect|to pick up) (?!(?:the|a|an|"
         r"it|this|that|our|my|their|his|us|me|you|them)\b)[a-z][\w-]+)\b[^.!?]{0,30}\b(?:again|"
         r"every|(?:second|third|fourth|\d+(?:st|nd|rd|th)) time|(?:two|three|\d+) times|till|"
         r"until|from (?:school|club|the gate|breakfast club)|at (?:home time|pick[- ]?up|"
         r"the gate))|\b(?:nobody|no ?one|no-one) (?:picked|picks) (?:him|her) up (?:again|every|"
         r"from (?:school|club|the gate))|\b(?:forgot|forgotten|forgets|forgetting) to (?:pick|"
         r"collect|get) (?:him|her|them) (?:up )?(?:again|from school|every)", False),
    _sig("uncollected", NEGLECT, 0.55, "left|waiting|waited|stood|standing|sat|sitting|stuck",
         r"\b(?:left|waiting|waited|stood|standing|sat|sitting|stuck)\b(?: \w+){0,3}? (?:on "
         r"(?:his|her|their) own|alone|by (?:him|her|them)sel(?:f|ves))\b[^.!?]{0,40}?\b(?:till|"
         r"until|after|past) (?:gone |after |nearly |almost |like )?(?:\d|half|quarter|dark|late|"
         r"six|five|seven)|\b(?:sat|sitting|waiting|waited|left|kept|stuck) in (?:the )?(?:office|"
         r"reception)\b[^.!?]{0,20}\b(?:till|until) (?:gone |after |nearly |almost )?(?:\d|half|"
         r"quarter|six|five|seven)"),
    _sig("alone", NEGLECT, 0.5, "alone|own|himself|herself",
         r"\b(?:alone|on (?:his|her|their) own|by (?:him|her)self)\b[^.!?]{0,50}\b(?:in the dark|"
         r"after dark|at night|(?:[6-9]|1[0-2])(?:[:.]\d\d)? ?pm|midnight|[4-6](?:[:.]\d\d)? ?am)"
         r"\b"),
    _sig("early", NEGLECT, 0.4, "from|since|alone|own",
         r"\b(?:at|outside|by) the (?:gates?|school|door)s? (?:from|since) (?:half |quarter to |"
         r"quarter past )?(?:[5-7]|five|six|seven)(?:[:.]\d\d)? ?(?:am)?\b|\b(?:on (?:his|her|"
         r"their) own|alone) at (?:[4-6](?:[:.]\d\d)? ?am|half (?:five|six|5|6))\b"),
    _sig("unwatched", NEGLECT, 0.4, "nobody|noone|one",
         r"\b(?:no ?one|nobody|no-one) (?:is |was )?(?:ever )?with (?:him|her|them)\b"),
    _sig("young", NEGLECT, 0.3, "he|she|hes|shes|they|theyre",
         r"\b(?:(?:she|he)'?s|(?:she|he) is|they're|they are) (?:only |just )?(?:[2-8]|two|three|"
         r"four|five|six|seven|eight)\b(?![:.]\d| ?(?:pm|am|o'clock|minutes|mins|hours|hrs|days|"
         r"weeks|months|quid|pounds|p\b|%|percent))", supports=True),
    # Online exploitation: strangers offering game currency, money or gifts for pictures,
    # videos or a private chat; meeting children they met online.
    _sig("online_reward", GROOMING, 0.45,
         "offer|offers|offered|offering|give|gives|giving|given|gave|promise|promised|promises|"
         "promising|pay|pays|paying|paid|send|sends|sending|sent|buy|buys|buying|bought|get",
         rf"\b(?:offer\w*|giv(?:e|es|ing|en)|gave|promis\w*|pay(?:s|ing)?|paid|send\w*|sent|"
         rf"get (?:them|him|her)|buy\w*|bought)\b[^.!?]{{0,40}}?\b{_REWARD}\b[^.!?]{{0,40}}?\b(?:i"
         rf"f|for|in exchange for|in return for|as long as|to)\b[^.!?]{{0,30}}?\b{_CONTENT}"),
    _sig("online_reward", GROOMING, 0.45, "pics|pic|pictures|picture|photos|photo|selfies|selfie|"
                                          "nudes|videos|video",
         rf"\b(?:pics?|pictures?|photos?|selfies?|nudes?|videos?)\b[^.!?]{{0,30}}?\b(?:for|in "
         rf"exchange for|in return for) (?:\w+ )?{_REWARD}"),
    _sig("online_reward", GROOMING, 0.6, "robux|bucks|vbucks|skins|gems|game|battle|gift|giftcard",
         rf"\b(?:robux|v-?bucks|vbucks|skins|gems|game ?pass\w*|battle ?pass\w*|gift ?cards?)\b"
         rf"[^.!?]{{0,40}}?\b(?:if|for|in exchange for|in return for|as long as)\b[^.!?]{{0,30}}?"
         rf"\b{_CONTENT}"),
    _sig("pictures", GROOMING, 0.6, "send|sends|sending|sent|share|take|post",
         r"\b(?:ask\w*|get(?:s|ting)?|got|tell\w*|told|want\w*|beg\w*|pressur\w*|persuad\w*|"
         r"convinc\w*) (?:the |some |these |those |other |younger )?(?:kids|children|girls|boys|"
         r"pupils|year ?\d+s?|y\d+s?|him|her|them) (?:[\w']+ ){0,3}?to (?:send|share|take|post) "
         r"(?:(?:him|her|me) (?:\w+ )?(?:pictures|pics|pic|photos|photo|images|selfies|videos|"
         r"video)|(?:\w+ )?(?:nudes|selfies|pics)|(?:pictures|photos|videos|pics) of themselves|"
         r"private (?:pics|photos|pictures|videos))\b", False),
    _sig("contact", GROOMING, 0.35, "add|adds|added|adding",
         rf"\badd(?:s|ed|ing)? (?:him|her) (?:on|to|via) {_PLATFORM}"),
    _sig("met_online", GROOMING, 0.45, "met|meets|talks|talk|talking|chats|chat|chatting|plays|"
                                       "playing",
         rf"\b(?:man|men|guy|bloke|adult|stranger|someone|woman|lad)\b[^.!?]{{0,20}}?\b(?:(?:she|"
         rf"he|they) )?(?:met|meets|talks? to|talking to|chats? (?:to|with)|chatting (?:to|with)|"
         rf"plays? with|playing with) (?:\w+ )?(?:online|on {_PLATFORM})\b"),
    _sig("meet", GROOMING, 0.45, "meet|meeting",
         r"\b(?:wants?|wanted|wanting|asked|asking|asks|trying|tried|arranged|arranging|plans?|"
         r"planning) (?:to |her to |him to |them to )?meet (?:up with )?(?:her|him|them|a few of "
         r"them|some of them|the kids|up)\b[^.!?]{0,40}\b(?:on (?:his|her|their) own|alone|in "
         r"secret|without (?:telling|her|his|their)|at the (?:park|beach|beach huts|woods|shops|"
         r"station|bus station|shopping centre)|at (?:his|her) (?:house|flat|place)|in (?:his|a) "
         r"car)"),
    _sig("impersonation", GROOMING, 0.4, "says|said|claims|claiming|pretends|pretending",
         r"\b(?:says|said|claims|claiming|pretends|pretending) (?:he'?s|she'?s|to be) (?:a |an )?"
         r"(?:football |talent |model(?:ling)? |youtube )?(?:scout|agent|youtuber|producer)\b"),
    _sig("stranger", GROOMING, 0.6, "calling|called|calls|call|waving|waved|waves|beckoning|"
                                    "beckoned|whistling|whistled",
         rf"\b(?:call(?:s|ed|ing)?|wav(?:es|ed|ing)|beckon\w*|whistl\w*) (?:the |some |a few |"
         rf"two |three )?(?:{CHILD}|y\d+s?|year ?\d+s?) over to (?:the |his |her |their |a )?"
         rf"(?:fence|car|van|"
         r"railings|gate|window)", False),
    _sig("stranger", GROOMING, 0.35, "calling|called|calls|call|waving|waved|waves|beckoning|"
                                     "beckoned|whistling|whistled",
         rf"\b(?:call(?:s|ed|ing)?|wav(?:es|ed|ing)|beckon\w*|whistl\w*) (?:the |some |a few |"
         rf"two |three )?(?:{CHILD}|y\d+s?|year ?\d+s?) over\b", False),
    _sig("stranger", GROOMING, 0.6, "talk|talks|talked|talking|chat|chats|chatted|chatting|speak|"
                                    "speaking|spoke|whisper|whispering|hand|handing|handed|pass|"
                                    "passing|passed|give|giving|gave",
         rf"\b(?:talk\w*|chat\w*|speak\w*|spoke|whisper\w*|hand\w*|pass\w*|giv\w*|gave) (?:to |"
         rf"with )?(?:the |some |a few )?(?:\w+ )?(?:{CHILD}|y\d+s?|year ?\d+s?)\b[^.!?]{{0,40}}"
         r"\bthrough the (?:railings|fence|gate|bars)", False),
    _sig("loiter", GROOMING, 0.6, "hanging|hangs|hang|hung|loitering|loiters|lurking|lurks|"
                                  "hovering|hovers|always|keeps|keep|waiting|waits|standing|"
                                  "stands|creeping|creeps|sneaking|sneaks",
         rf"\b(?:man|men|bloke|guy|fella|creep|weirdo|perv\w*|stranger|caretaker|cleaner|someone|"
         rf"somebody|adult|grown[- ]?up|woman)\b[^.!?]{{0,40}}?\b(?:hang(?:s|ing)?|hung|"
         rf"loiter\w*|lurk\w*|hover\w*|(?:always|keeps?) (?:going|popping|walking)|wait(?:s|ing)|"
         rf"stand(?:s|ing)|creep(?:s|ing)|sneak\w*) (?:(?:around|about|round|outside|near|by|in|"
         rf"into) )+(?:the )?{_TOILETS}", False),
    _sig("creep", GROOMING, 0.45, "creep|perv|pervert|perve|weirdo|nonce",
         r"\b(?:creep|perv|pervert|perve|weirdo|nonce)\b[^.!?]{0,60}\b(?:toilets?|changing|girls|"
         r"boys|kids|children|playground|gates?|railings|fence|staring|watching|photos|"
         r"pictures)\b|\b(?:toilets?|changing rooms?|girls|kids|children|playground|"
         r"gates?)\b[^.!?]{0,60}\b(?:creep|perv|pervert|weirdo|nonce)\b", False),
    _sig("parked", GROOMING, 0.35, "parks|parked|parking|sits|sitting|sat|waits|waiting",
         r"\b(?:man|men|bloke|guy|woman|lady|someone|stranger|car|van)\b[^.!?]{0,40}\b(?:park(?:s|"
         r"ed|ing)|sit(?:s|ting)|sat|wait(?:s|ing)) (?:\w+ )?(?:by|outside|near|at|"
         r"opposite) the (?:back |front )?(?:field|playground|school|gates?|fence|"
         r"railings)\b[^.!?]{0,30}\b(?:every (?:day|morning|afternoon)|at (?:lunch|break|"
         r"play ?time|home ?time)|all day)"),
    _sig("older", GROOMING, 0.6, "party|parties|takes|took|taking",
         r"\b(?:house )?part(?:y|ies) (?:with|full of) (?:grown|older|adult) (?:men|man|lads|"
         r"blokes|guys)|\b(?:takes?|took|taking) (?:them|her|him|the girls|the kids) to (?:\w+ )?"
         r"(?:parties|flats?|houses?) (?:with|of) (?:grown|older) (?:men|lads|blokes)"),
    # Sexual abuse: an adult coming into a child's room or bath, touching "as a game", showing
    # videos, sexual knowledge beyond the child's age.
    _sig("intrude", SEXUAL, 0.6, "comes|come|came|coming|walks|walked|goes|went|gets",
         rf"\b{_ADULT}\b[^.!?]{{0,30}}?\b(?:comes?|came|coming|walks?|walked|goes|went|gets) "
         r"in(?:to)? the (?:bathroom|shower|toilet)\b[^.!?]{0,30}\bwhen (?:she|he|they)(?:'s| is|"
         r"'re| are| was)? (?:in|having)"),
    _sig("intrude", SEXUAL, 0.4, "comes|come|came|coming|goes|went|gets|creeps|crept|sneaks|"
                                 "sneaked",
         rf"\b{_ADULT}\b[^.!?]{{0,30}}?\b(?:comes?|came|coming|goes|went|gets|creeps?|crept|"
         r"sneaks?|sneaked) in(?:to)? (?:her|his|their) (?:bed)?room (?:at night|in the night|"
         r"when (?:she|he|they)(?:'s| is|'re| are) (?:asleep|in bed))"),
    _sig("intrude_fear", SEXUAL, 0.35, "hates|hate|scared|like|locks|locked",
         r"\b(?:and|but) (?:she|he|they)(?: hates?|(?: is| are|'s|'re) (?:scared|frightened|"
         r"terrified) of| (?:doesn't|don't) like) (?:it|him)\b|\block(?:s|"
         r"ed)? the door (?:behind (?:him|her)|so (?:she|he) can't)",
         supports=True),
    _sig("sexual", SEXUAL, 0.75, "touch|touches|touched|touching",
         r"\btouch(?:es|ed|ing)? (?:her|him|them|me)\b[^.!?]{0,30}\b(?:(?:says|said|tells|told|"
         r"saying)(?: (?:her|him|them))? (?:it'?s|its|it is|it was) (?:a|our|just a) (?:game|"
         r"secret)|at night|in the night|in (?:her|his|their) bed|when (?:no ?one|nobody)(?:'s|"
         r" is)? (?:around|looking|there|home)|and (?:says|said|tells|told) (?:her|him|"
         r"them) not to tell)", False),
    _sig("secret", GROOMING, 0.35, "keep|keeping", r"\bkeep(?:ing)? (?:it|this|that) (?:a |our |"
                                                   r"their )?secret\b"),
    _sig("exposure", SEXUAL, 0.35, "shows|show|showed|showing|sends|sent|sending|lets|let|letting|"
                                   "allows|allowed|makes|made",
         r"\b(?:shows?|showed|showing|sends?|sent|sending) (?:her|him|them|the kids|"
         r"kids) (?:\w+ )?(?:videos|pictures|pics|photos|films|things|stuff) on (?:his|her|"
         r"their) phone\b|\b(?:lets?|letting|allows?|allowed|makes?|made) (?:him|her|"
         r"them) (?:to )?watch (?:18s?|18 (?:rated )?(?:films|movies)|porn|adult (?:films|videos)|"
         r"horror films)\b"),
    _sig("exposure", SEXUAL, 0.6, "shows|show|showed|showing",
         r"\b(?:shows?|showed|showing) (?:her|him|them|the kids|kids) (?:porn|rude|dirty|adult|"
         r"naughty) (?:videos|pictures|pics|films|things|stuff)"),
    _sig("sex_talk", SEXUAL, 0.45, "sex|sexual|rude",
         r"\b(?:sex|sexual|rude) (?:stuff|things|words|talk)\b[^.!?]{0,40}\b(?:shouldn't know|"
         r"her age|his age|their age|too young|at (?:her|his) age)"),
    # Self-harm: a child at a height talking of jumping.
    _sig("self_harm", SELF_HARM, 0.55, "jump|wrong|edge",
         r"\b(?:wants?|wanted|wanting|threaten\w*|going|trying|tried|about) to jump (?:off|from) "
         r"(?:the |a )?(?:bridge|roof|cliff|pier|building|balcony|car park|window)\b|\bwrong side "
         r"of the (?:railings|barrier|bridge|fence)\b|\bon the edge of (?:the |a )?(?:bridge|roof|"
         r"cliff|pier|building)\b"),
    _sig("jump", SELF_HARM, 0.4, "wants|want|wanted|wanting|saying|said|says|threatening|"
                                 "threatened",
         r"\b(?:wants?|wanted|wanting|saying|said|says|threatening|threatened) (?:(?:she|he|"
         r"they) )?(?:wants? )?to jump\b(?! (?:in|on|into|over|around|about|up|higher|rope|the "
         r"queue|ship|start|ahead|off the (?:sofa|bed|wall|climbing)))"),
    _sig("self_harm", SELF_HARM, 0.45, "does|did|doing",
         r"\b(?:does|did|doing) (?:it|that|this) to (?:him|her|them)sel(?:f|ves)\b"),
    # Dangerous online challenges.
    _sig("challenge", CHALLENGE, 0.45, "challenge|challenges|game|chroming",
         rf"\b{_CHALLENGE} challenges?\b|\b(?:choking|fainting|pass[- ]?out|blackout) game\b|"
         r"\bchroming\b"),
    _sig("challenge", CHALLENGE, 0.7, "doing|did|done|tried|trying|try|copying|copied|playing|"
                                      "dared|daring|challenge|game|choke|choking|choked|strangle|"
                                      "strangling|strangled",
         rf"\b(?:doing|did|done|tried|trying|try|copying|copied|playing|dared|"
         rf"daring)\b[^.!?]{{0,40}}\b{_CHALLENGE} (?:challenge|game)|\b{_CHALLENGE} (?:challenge|"
         rf"game)\b[^.!?]{{0,60}}\b{_CHALLENGE_DONE}|\b(?:chok|strangl)\w* (?:each other|"
         rf"themselves|him|her) (?:till|"
         r"until|to) (?:they|he|she) (?:pass|passed|black|blacked) out"),
    # Drugs, vapes and drink given or sold to children; errands for older people.
    _sig("exploit", EXPLOITATION, 0.7, _DRUG_ANCHORS,
         rf"\b{_SUPPLY} (?:(?:the|some|these|those|all the) )?{_YOUNG} (?:\w+ )?{_DRUG}\b|"
         rf"\b{_SUPPLY} (?:\w+ )?{_DRUG}\b[^.!?]{{0,30}}\b(?:to|for|with|at|round|around) (?:the |"
         rf"some |these |those )?{_YOUNG}\b|\b(?:{CHILD}|year ?\d+s?|y\d+s?|yr ?\d+s?)\b[^.!?]"
         rf"{{0,40}}\b{_SUPPLY} (?:them |him |her )?(?:\w+ )?{_DRUG}\b", False),
    _sig("exploit", EXPLOITATION, 0.6, _DRUG_ANCHORS,
         rf"\b(?:{_SUPPLY}|gets?|getting|got|buys?|buying|bought) (?:them|him|her|(?:the |some )?"
         rf"(?:kids|children|girls|boys|year ?\d+s?|y\d+s?)) (?:\w+ )?{_DRUG}\b"),
    _sig("errands", EXPLOITATION, 0.6, "errands|stuff|things|package|packages|parcel|parcels|bag|"
                                       "bags|something|gear",
         r"\b(?:run(?:s|ning)?|do(?:ing)?|make|making) (?:\w+ )?errands'? for (?:him|them|older "
         r"\w+|some (?:older|big) \w+|a (?:man|bloke|guy|lad))\b|\b(?:hold|holding|keep|keeping|"
         r"carry|carrying|stash|stashing|mind|minding|drop(?:ping)? off|deliver\w*|move|moving|"
         r"take|taking) (?:\w+ )?(?:stuff|things|packages?|parcels?|bags?|something|gear)'? "
         r"(?:for (?:him|them|older \w+|some (?:older|big) \w+|a (?:man|bloke|guy|lad))|to (?:a|"
         r"some) (?:house|flat|address))\b"),
    _sig("unexplained_money", EXPLOITATION, 0.45, "new|brand|expensive|designer|wad|wads|roll|"
                                                  "rolls|bundle|bundles",
         r"\b(?:brand new|new|expensive|designer) (?:phones?|iphones?|trainers|clothes|jacket|"
         r"bike)\b[^.!?]{0,30}\b(?:loads of|wads? of|lots of|a lot of|rolls? of|so much|a load "
         r"of|bundles? of) (?:cash|money|notes)\b|\b(?:wads?|rolls?|bundles?) of (?:cash|money|"
         r"notes)\b"),
    # The same in other languages UK families write in (accents dropped by the normaliser):
    # Polish, Romanian, Portuguese, Spanish, Italian, Urdu/Hindi and Bengali in Latin script,
    # Welsh, Tagalog. A few high-signal phrases each.
    _sig("sexual", SEXUAL, 0.75, "dotyka|dotykal|dotykala",
         r"\b(?:wujek|wujcio|tata|ojciec|ojczym|pan|mezczyzna|dziadek|sasiad|brat|kuzyn)\w* "
         r"(?:ja |go |ich )?dotyka\w*|\bdotyka\w* (?:ja|go|ich)\b[^.!?]{0,30}\b(?:w nocy|i kaze|w "
         r"lozku)", False),
    _sig("secret", GROOMING, 0.6, "kaze|wolno",
         r"\bkaze (?:jej|mu|im) milczec|\bnie wolno (?:jej|mu|im) (?:nikomu )?(?:powiedziec|"
         r"mowic)", False),
    _sig("injury", PHYSICAL, 0.55, "slady|slad|przypalen|przypalenia|poparzenia|poparzen",
         r"\bslady? (?:przypal\w*|po (?:pasku|biciu|papierosach?))|\bprzypalen\w*|\bpoparzen\w*"),
    _sig("hit", PHYSICAL, 0.75, "bate|batea|lhe|bateu|batia|picchia|picchiava|mena|menava|mare|"
                                "maare|marey|mareche|mere|pitay|petay|maarta|maarti|maarte|"
                                "marta|marti|marte|maartata|peetta|peetti|peette|peettata",
         r"\b(?:tatal|tata|mama|vitregul)\w*(?: (?:ei|lui|sau|sa|lor)(?: \w+)?)? (?:o|il|"
         r"ii) (?:mai )?bate\w*|\b(?:o pai|a mae|o padrasto|a madrasta)\w* (?:lhe |o |a )?(?:bate|"
         r"batia|bateu)\b|\b(?:suo |il )?(?:padre|patrigno|papa|madre|mamma)\w* (?:lo|la|"
         r"li) (?:picchia|picchiava|mena|menava)\b|\b(?:baba|abba|abbu|ma|maa|amma|ammu|sotbaba|"
         r"sothma)\s+(?:take|oke|tare|ore)\s+(?:mare|maare|marey|mareche|mere|pitay|petay)\b|"
         r"\b(?:abba|abbu|baap|walid|ammi|maa|amma|sautel[ai] \w+)\w*\b[^.!?]{0,25}?\b(?:use|usko|"
         r"usay|ussay|isko|isay|unko|bachay ko|bache ko|bachon ko|beti ko|bete ko) (?:bahut |roz |"
         r"bohat |bohot )?(?:maar|mar|peet)(?:ta|ti|te|tata)\b", False),
    _sig("domestic", DOMESTIC, 0.7, "maar|maarta|maarti|maarte|marta|marti|marte|mar|maara|"
                                    "mara|peet|peetta|peetti|peette",
         r"\b(?:baap|abba|abbu|walid|shohar)\w*\b[^.!?]{0,40}\b(?:maa|ammi|ami|amma|biwi) ko "
         r"(?:bahut |roz |bohat )?(?:maar|mar|peet)\w*", False),
    _sig("fear", PHYSICAL, 0.55, "frica|teama",
         r"\b(?:ii|il) e (?:frica|teama) sa (?:mearga|se duca|se intoarca) acasa", False),
    _sig("confined", PHYSICAL, 0.6, "fecha|tranca|fechava|trancava|band",
         r"\b(?:o|a) (?:fecha|tranca|fechava|trancava) (?:no|num|dentro do) quarto|\bkamr[ae] "
         r"(?:mein|me|main|mai) band kar\w*"),
    _sig("deprived", PHYSICAL, 0.55, "khana|sem",
         r"\bkhana nahi?n? (?:deti|deta|dete|diya|dena)\b|\bsem comida\b"),
    _sig("no_food", NEGLECT, 0.6, "khana|hay|tem|does|dim|nie|nu|non|walang",
         r"\bkhana nahi?n? (?:milta|mila|milti)\b|\bno hay (?:comida|nada (?:de|que) comer)\b|"
         r"\bnao (?:ha|tem) comida\b|\bdoes (?:dim|na ddim) bwyd\b|\bdim bwyd (?:adre|gartre|yn y "
         r"ty)\b|\bnie ma (?:nic )?(?:jedzenia|co jesc)\b|\bnu (?:are|au) (?:ce (?:sa )?manca|"
         r"mancare)\b|\bnon c'?e (?:niente da mangiare|cibo)\b|\bwalang (?:pagkain|makain)\b"),
    _sig("hunger", NEGLECT, 0.35, "bhooka|bhooki|bhookay|bhuka|bhuki|con|com|llwglyd|glodny|"
                                  "glodna|flamand|flamanda|infometat|affamato|affamata|gutom",
         r"\bbh?ook(?:a|i|ay|e)\b|\bcon hambre\b|\bcom fome\b|\bllwglyd\b|\bglodn[ya]\b|"
         r"\bflamand\w*|\binfometat\w*|\baffamat[oa]\b|\bgutom\b"),
    _sig("clothes", NEGLECT, 0.4, "misma|mismo|mesma|mesmo", r"\b(?:misma|mesma) roupa\b|"
                                                             r"\bmisma ropa\b"),
    _sig("lure", GROOMING, 0.7, "oferec|oferece|oferecido|oferecendo|dar|dando|deu|dava|ofrece|"
                                "ofreciendo|ofrecido|dio|daba|regala|regalando|offre|offriva|"
                                "offrendo|dando|nag|kapalit|nanghihingi",
         r"\b(?:homem|mulher|senhor|estranho|hombre|senor|mujer|desconocid\w*|uomo|signore|tizio|"
         r"sconosciut\w*)\b[^.!?]{0,40}\b(?:oferec\w*|a dar|dando|deu|dava|ofrec\w*|dio|daba|"
         r"regal\w*|offr\w*|dava) (?:doces|dinheiro|presentes|rebucados|guloseimas|boleia|"
         r"caramelos|dulces|chuches|dinero|regalos|caramelle|dolci(?:ni)?|soldi|regali) (?:as|aos|"
         r"a|a los|a las|ai|alle) (?:criancas|meninos|meninas|miudos|ninos|ninas|crios|chavales|"
         r"bambini|bambine|ragazzini)|\bkapalit ng (?:litrato|larawan|picture|pic|video|hubad)|"
         r"\bnanghihingi ng (?:litrato|larawan|picture|pic|video)", False),
    _sig("online_reward", GROOMING, 0.5, "nag",
         r"\bnag-?aalok ng (?:pera|regalo|load|robux)\b"),
    _sig("self_harm", SELF_HARM, 0.7, "eisiau|isio|moja", r"\b(?:eisiau|isio) marw\b"),
    _sig("hit", PHYSICAL, 0.7, "daro|tharo|churo|guro",
         r"\b(?:ei (?:thad|fam|llystad|lysfam)|tad|llystad|mam)\b[^.!?]{0,20}\b(?:yn )?(?:ei )?"
         r"(?:daro|tharo|churo|guro)\b"),
)
