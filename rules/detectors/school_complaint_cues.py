"""The school-complaint detector's verdict cues: negative verdicts on the school, each a
phrase pattern with a weight, the kind of verdict it is, and where its target may be.

Each cue declares anchor words so the detector runs only the patterns whose words the
message contains. `{names}` in a pattern is filled with the school's own names.
"""

import re
from dataclasses import dataclass

# Reason categories.
SCORN = "scornful verdict on the school"
UNCARING = "says the school does not care, listen or act"
HYPOCRISY = "accuses the school of hypocrisy, box-ticking or money-making"
FED_UP = "frustration with the school"
SARCASM = "sarcasm about the school"
OTHER_LANGUAGE = "criticism of the school in another language"
UNFAIR = "calls a school decision unfair or senseless"
PROPERTY = "threatens the school's property over its decisions"
HOSTILE = "attacks the school's inclusion decisions"

# Where a verdict's target may be: the cue names the school itself, the target must share
# its sentence, or (for explicit institutional markers) anywhere in the message.
NAMES, NEAR, ANY = "names", "near", "any"
ANCHOR_LENGTH = 4  # words are keyed by their first four characters for the pre-check
WORD = re.compile(r"\w+")


def rx(regex: str) -> re.Pattern[str]:
    """Compile; a straight quote matches either apostrophe or none ("doesnt")."""
    return re.compile(regex.replace("'", "['’]?"))


@dataclass(frozen=True)
class Cue:
    category: str
    weight: float
    anchors: frozenset[str]  # word keys; every match contains a word with one of them
    literals: tuple[str, ...]  # or one of these characters (quotes, emoji)
    pattern: re.Pattern[str]
    scope: str = "any"  # where its target may be: NAMES, NEAR or ANY


def make_cue(category: str, weight: float, anchors: str, regex: str, scope: str) -> Cue:
    """A cue. Anchors are words or word beginnings, "|"-separated; a word shorter than four
    letters only matches itself; anchors that are not words (" '", emoji) are looked for as
    they are."""
    parts = anchors.split("|")
    words = frozenset(WORD.findall(a)[0][:ANCHOR_LENGTH] for a in parts if WORD.match(a))
    literals = tuple(a for a in parts if not WORD.match(a))
    return Cue(category, weight, words, literals, rx(regex), scope)


# "School" in these phrases names an event or a thing, not the institution.
NOT_AN_EVENT = (r"(?! (?:run|gates?|field|car ?park|bus|shoes|bags?|jumpers?|photos?|holidays?|"
                r"hall|nurse|disco|fair|play|trip|office|year|day|app|website|uniform shop)\b)")
_SCHOOLISH = r"(?:this school|the school|school|them|this place|{names})"
# What a school charges, decides and sends, as a place a threat or a sneer can land.
_SCHOOL_PROPERTY = (r"(?:portakabin|portacabin|porta ?cabin|prefab|hut|classroom|"
                    r"office(?: window)?|school|building|gates?|windows?|hall|staff ?room|"
                    r"minibus)s?")

# Negative verdicts: (category, weight, anchors, regex, scope). `{names}` is filled with the
# school's own names; \x27 is a straight quote used as a quotation mark, not an apostrophe.
CUES: tuple[tuple[str, float, str, str, str], ...] = (
    # Scorn: the school or its decision judged worthless.
    (SCORN, 0.9, "joke|shambles|shambolic|farce|farcical|clown|clowns|disgrace|disgraceful|"
                 "pathetic|appalling|appalled|appaling|shocking|ridiculous|laughable|unacceptable|"
                 "fit|disgusting|worst|shithole|shit|sh1t|sh|thole|couldn|waste|shameful|scandal|"
                 "scandalous|embarrassment|embarrassing|embarrassed|non|nonexistent|existent",
     r"\b(?:(?:is|are|was|'s|such|what) (?:a |an )?(?:absolute |complete |total |utter |bloody |"
     r"\w+ing )?joke\b|beyond a joke|joke of a|shambles|shambolic|farce|farcical|clown (?:show|"
     r"car)|bunch of clowns|disgrace(?:ful)?|pathetic|appall?\w*|shocking|ridiculous|laughable|"
     r"unacceptable|not fit for purpose|disgusting|worst (?:school|\w+ (?:ever|in))|"
     r"sh[^\sa-z]?[i1!]?[^\sa-z]?t ?hole|couldn't (?:run|organise) a|waste of (?:space|time|money|"
     r"oxygen)|shameful|scandal(?:ous)?|an embarrassment|embarrassing|embarrassed (?:to say|that)|"
     r"non-?existent)", ANY),
    (SCORN, 0.8, "plot|minds|mind|marbles|sort|act|laugh|mick|mickey|piss|p|mugs|fools|idiots|"
     "house|paper|unbelievable|unreal|beggars|speechless|fail|want|wants|and|but",
     r"\b(?:lost the plot|(?:lost|losing) (?:their|its) (?:minds?|marbles)|sort (?:your|its|"
     r"their) (?:\w+ ){0,2}?(?:out|together)|get (?:your|its|their) act together|"
     r"havin[g']? a laugh|taking the (?:mick|mickey|piss|p)|taking us for (?:mugs|fools|idiots)|"
     r"(?:sort|get) (?:its|their) (?:act|house) (?:out|together|in order)|not worth the paper|"
     r"unbelievable|unreal|beggars belief|words fail me|speechless|want(?:s)? (?:their|"
     r"its) (?:heads|'eads) (?:looking|lookin'?) at|(?:and|but) (?:it's|its|they're) (?:even |"
     r"much |way )?worse)\b", ANY),
    (SCORN, 0.75, "useless|incompetent|clueless|hopeless|diabolical|abysmal|atrocious|dreadful|"
                  "awful|terrible|rubbish|crap|mess|ruined|ruining|nonsense|dump|outrageous",
     r"\b(?:useless|incompetent|clueless|hopeless|diabolical|abysmal|atrocious|dreadful|awful|"
     r"terrible|rubbish|crap|a mess|ruined|ruining|nonsense|a dump|outrageous)\b", ANY),
    (SCORN, 0.75, "outdated|old|patronising|patronizing|condescending|tone",
     r"\b(?:(?:so|completely|totally|really|very|hopelessly|ridiculously) outdated|"
     r"old[- ]fashioned|patroni[sz]ing|condescending|tone[- ]deaf)\b", ANY),
    (SCORN, 0.65, "bonkers|insane|madness|bizarre|absurd|daft|petty|pointless|draconian|top|barmy|"
                  "chaos",
     r"\b(?:bonkers|insane|madness|bizarre|absurd|daft|petty|pointless|draconian|over the top|"
     r"barmy|chaos)\b", ANY),
    # Uncaring: the school ignores families or children.
    (UNCARING, 0.85, "care|give|listen|respect|compassion|empathy|communication|common|heartless|"
                     "listens|cares|ignores|ignored|ignoring|fob|fobbed|carpet|rug|done|changes|"
                     "happens|treat|treats|considered|consulted|thought|asked|nothing|bother|"
                     "bothered",
     r"(?<!\bi )(?<!\bwe )(?<!\byou )\b(?:(?:don't|doesn't|do not|does not|didn't|never|won't|"
     r"will not|wouldn't|refuses? to|refused to) (?:\w+ )?(?:care|give a \w+|listen|respect)|"
     r"couldn't care less|zero (?:compassion|empathy|respect|communication|common sense)|"
     r"no (?:compassion|empathy|common sense|respect for)|heartless|(?:nobody|no one) (?:listens|"
     r"cares)|ignor(?:es|ed|ing) (?:us|parents|our|my|emails|complaints|concerns|every|all (?:the|"
     r"our)|the (?:survey|feedback|parents?))|fob(?:bed)? (?:us |me |parents )?off|(?:brushed|"
     r"swept) under the (?:carpet|rug)|nothing (?:ever )?(?:gets done|changes|happens)|"
     r"treats? (?:us|parents|families|the kids|children|kids|pupils) like|(?:weren't|wasn't|"
     r"were not|was not) (?:even )?(?:considered|consulted|thought about)|(?:we|parents|"
     r"families)\b[^.!?]{0,12}\b(?:were never|never|weren't|were not) (?:even )?(?:asked|"
     r"consulted)|nobody (?:asked|consulted) (?:us|parents|families)|(?:they|school) (?:did|do|"
     r"does|have done|has done|did absolutely|do absolutely) nothing(?! but)|(?:they|school) "
     r"(?:obviously |clearly |just |never )?(?:don't|doesn't|didn't|never|can't be|couldn't be) "
     r"bother(?:ed)?(?! with))\b", ANY),
    # Hypocrisy, box-ticking, money-making.
    (HYPOCRISY, 0.85, "hypocrisy|hypocritical|hypocrite|hypocrites|double|box|boxticking|tick|"
                      "quick|tickbox|lip|show|talk|pr|money|cash|rip|ripoff|racket|penny|cares|"
                      "care|ban|bans|banned|banning",
     r"\b(?:hypocri\w+|double standards?|box[- ]?ticking|tick[- ]?box\w*|lip service|(?:all|just|"
     r"only) for show|all talk|pr (?:stunt|exercise)|money[- ]?(?:making|grabbing|grabbers?)|"
     r"cash (?:cow|machines?|grab)|rip[- ]?off|racket|penny[- ]?pinching|(?:only|"
     r"just) cares? about|cares? more about|bans?\b[^.!?]{0,60}\bbut (?:then |still )?(?:sells?|"
     r"has|have|hands? out|gives?|lets?|allows?)|quick (?:enough )?to \w+\b[^.!?]{0,60}\bbut)\b",
     ANY),
    # Frustration with the institution.
    (FED_UP, 0.8, "fed|sick|enough|fuming|livid|furious|ashamed|worse|downhill|wait|faith|"
                  "confidence|trust|victorian|prison|camp|believe|even|difficult|hard|notice|move|"
                  "moving|pull|pulling|take|taking|stuck|touch",
     r"\b(?:fed up (?:with|of)|sick (?:and tired )?of|had enough of|fuming|livid|furious|ashamed|"
     r"(?:getting|gets|got|gone|going) (?:\w+ )?(?:worse|downhill)|(?:lost|losing) (?:all |"
     r"any )?(?:faith|confidence|trust) in|can't wait to (?:move|leave|get (?:my|our|them|him|"
     r"her) (?:\w+ )?out)|(?:move|moving|pull|pulling|take|taking) (?:my|our) (?:kids|children|"
     r"son|daughter|boys|girls) (?:out|elsewhere|to another)|stuck in (?:the )?(?:past|dark ages|"
     r"stone age|\d{2,4}s?|victorian (?:times|era))|out of touch|victorian|like a (?:prison|"
     r"boot camp|army camp)|with (?:a|one|only a|just a|less than a|two|three|four|\d+) (?:week's|"
     r"day's|days'|weeks') notice|can't even (?:be bothered|send|get|manage|answer|reply|organise|"
     r"sort|tell|let|give|provide|run)|making (?:everything|life|it|things) (?:so )?(?:difficult|"
     r"hard)|can't believe (?:they|the school|this school))\b",
     ANY),
    # Other languages: shame, disaster, "they don't care", "all talk", "only want money".
    (OTHER_LANGUAGE, 0.85, "verguenza|vergüenza|desastre|importa|importam|asco|lamentable|"
                           "lamentavel|"
     "lamentável|vergonha|quer|querem|wstyd|skandal|zenada|żenada|obchodzi|katastrofa|porazka|"
     "porażka|rusine|rușine|bataie|bătaie|pasa|pasă|dezastru|nesirupina|nesirūpina|geda|gėda|"
     "mabte3melsh|kolloh|kollo|paise|paisay|parvah|parwah|parwa|sharam",
     r"\b(?:verg[uü]enza|desastre|no les importa\w*|un asco|lamentable|lament[aá]vel|vergonha|"
     r"n[aã]o (?:quer(?:em)? saber|se importa\w*)|wstyd|skandal|[zż]enada|nie obchodzi|katastrofa|"
     r"pora[zż]ka|ru[sș]ine|b[aă]taie de joc|nu le pas[aă]|dezastru|nesir[uū]pina|g[eė]da|"
     r"mabte3mel?sh 7aga|koll?oh? kalam|pais(?:e|ay) mang\w*|(?:koi )?parw?v?a?h? nahi|"
     r"sharam)\b", ANY),
    (HYPOCRISY, 0.8, "all|about|list|afterthought|last|bottom",
     r"\b(?:(?:is|are|it's) all about (?:league tables|results|money|ofsted|image|appearances|"
     r"targets|data|numbers|sats|the money)|comes? (?:way )?(?:down|bottom of|last on) the list|"
     r"an afterthought|last on the list|bottom of the pile)\b", ANY),
    (SCORN, 0.75, "broken|system",
     r"\b(?:(?:the )?(?:whole )?system is broken|is (?:completely |totally )?broken|"
     r"broken (?:from )?top to bottom)\b", ANY),
    (SCORN, 0.7, "sick|sickening|makes",
     r"\b(?:sickening|sick to (?:my|the) stomach|makes me sick)\b|(?:(?<=[.!?] )|^)sick[.!?]*$",
     ANY),
    # Unfair or senseless decisions: collective punishment, "makes no sense", rules that
    # punish the wrong children.
    (UNFAIR, 0.8, "sense|fair|unfair|point|next|mad",
     r"\b(?:(?:makes? (?:no|zero|absolutely no|little) sense|doesn't make (?:any )?sense)(?! to "
     r"(?:me|him|her|us|my|them))|how is (?:that|this|it) (?:remotely |even |in any way )?fair|"
     r"(?:(?:isn't|is not|not|hardly) fair|(?:so |totally |completely |grossly )?unfair) (?:on|"
     r"to) (?:the|our|my|those|kids|children|families|parents|working)|what's the point|"
     r"what's next|(?:health and safety|pc|political correctness|\w+) gone mad)\b", ANY),
    (UNFAIR, 0.85, "whole|entire|class|punished|punish|punishes|punishing|kids|ones|children",
     r"\b(?:whole|entire) (?:of )?(?:the )?(?:class|year(?: group| ?\d+)?|school|"
     r"key stage)\b[^.!?]{0,40}\b(?:for|because of) (?:what |the )?(?:one|two|three|four|a few|"
     r"a couple of|a handful of|some|\d) (?:kids|children|boys|girls|pupils|people|of them)\b|"
     r"\bpunished for (?:having|being|catching) (?:chicken ?pox|ill|sick|poorly|covid|a bug)|"
     r"\bpunish(?:es|ing|ed)? (?:the|all the|our) (?:whole|entire|quiet|good|well[- ]behaved|rest|"
     r"innocent|other)\b|\b(?:kids|ones|children) who (?:mess about|misbehave|are naughty|"
     r"behave badly) (?:get|are) (?:rewarded|prizes|treats)", NAMES),
    # Archaic or harsh rules, a poor show, a disaster.
    (SCORN, 0.75, "medieval|archaic|dickensian|antiquated|outdated|disaster|poor|horrible|"
                  "unprofessional|disrespectful|factory|run|pulling|daylight",
     r"\b(?:medieval|archaic|dickensian|antiquated|outdated|(?:an? )?(?:absolute |complete |"
     r"total )?disaster|(?:very |really |a )?poor show|horrible idea|unprofessional|"
     r"disrespectful|(?:exam|sats|results) factory|run like a (?:business|prison|army|boot camp|"
     r"company|factory)|like pulling teeth)\b", ANY),
    # Money: robbery, bleeding families dry.
    (HYPOCRISY, 0.85, "daylight|robbery|robbing|robbin|bleeding|bleedin|bleed|money|cash|cost|"
                      "costs|costing|charge|charges|where|fine|fines|trip|trips|uniform|uniforms|"
                      "club|clubs|"
                      "meals|dinners|it|everything|this|the",
     r"\b(?:daylight robbery|robbin[g']? us(?: blind)?|bleedin[g']? (?:us|parents|families) dry|"
     r"(?:money|cash) grab|(?:trips?|uniforms?|clubs?|meals|dinners|it|everything|(?:this|the) "
     r"school) (?:\w+ ){0,3}?costs? (?:us )?a (?:fortune|bomb)|charges? for (?:owt|everything|"
     r"anything|every little thing)|where(?:'s| is| does) (?:that|the|all that|our|all the) "
     r"money (?:actually |really )?(?:going|go)|fines? for (?:everything|every little thing)|"
     r"fine laga (?:dete|deti|dene))\b", ANY),
    # Values the school claims and breaks.
    (HYPOCRISY, 0.8, "values|so|claims|claim|bragging|brags|brag|boasts|boasting|talks|talk|"
                     "inclusive|inclusion|opposite|foot|arse|backside|empty|promises",
     r"\b(?:zero values|so-?called|whatever (?:this school|the school|they|it) (?:claims?|says)|"
     r"(?:loves|love) (?:bragging|boasting|banging on|going on) about|(?:brags?|boasts?) about|"
     r"talks? about \w+ (?:and|but) then|(?:isn't|is not|not|hardly|far from) (?:very |that |"
     r"exactly )?inclusive|did the (?:exact |complete )?opposite|\w+ my (?:foot|arse|backside)|"
     r"empty promises)\b", ANY),
    # Communication: never told, found out last minute, no warning, nobody answers.
    (UNCARING, 0.8, "tells|tell|told|find|found|warning|notice|nobody|noone|one|never|answers|"
                    "answer|replies|reply|letters|communication",
     r"\b(?:never (?:tells?|told|informs?|lets?) us|(?:only )?ever tells? us (?:anything )?"
     r"(?:the night before|last minute|at the last minute|on the day)|(?:we|i|parents) (?:always |"
     r"only |just )?(?:find|found) out (?:\w+ ){0,3}?(?:last minute|at the last minute|the night "
     r"before|from the kids|from (?:the |our )?children|on facebook|from other parents)|(?:no|"
     r"zero) (?:warning|notice)(?: whatsoever| at all)?|(?:nobody|no ?one|no-one) (?:at (?:\w+ )?"
     r"school )?(?:ever )?(?:tells|told|informs|informed|answers|replies|fixes|picks up)|never "
     r"(?:answers?|replies|reply|picks? up) (?:the phone|emails|our emails)|no (?:letters?|"
     r"communication|comms),? (?:no|nothing))\b", ANY),
    # Rhetorical questions about the school's thinking.
    (SARCASM, 0.8, "think|thinks|who|whoever|how|what|why|some|instead|time|rather",
     r"\b(?:does (?:the school|this school|anyone (?:at|in) (?:this|the) school|{names}|"
     r"the academy) (?:actually |even |really )?think|(?:think|thinks) (?:it's|its|it is) (?:ok|"
     r"okay|acceptable|fine|appropriate) to|who (?:signs|signed|sets|set|designs|designed|"
     r"approves|approved|decides|decided|comes up with|came up with|thought up) (?:\w+ )?(?:this|"
     r"these|that|those)|whoever (?:designed|decided|came up with|thought|planned|"
     r"signed off) (?:it|this|that)|how (?:are|is) (?:working )?(?:parents|we|families|anyone|"
     r"people) (?:meant|supposed|expected) to|how am i (?:meant|supposed|expected) to|"
     r"what are (?:you|we|parents) (?:meant|supposed) to|why (?:is|are) (?:the school|this school|"
     r"they|{names}) (?:spending|wasting)|some of us (?:work|have jobs)|time (?:the school|they|"
     r"this school|{names}) (?:modernised|caught up|joined the|got with|sorted)|"
     r"(?:rather (?:have )?(?:a |an )?(?:\w+ )?(?:letter|email|text|phone call)s? than|"
     r"instead of) (?:all )?(?:these|those|this|that) (?:\w+ )?(?:apps?|emails?|texts?|"
     r"messages?))\b", ANY),
    (SARCASM, 0.75, "cheers|thanks|nice|well|brilliant|great|fantastic",
     r"\b(?:cheers for (?:that|nothing)|thanks for nothing|cheers a bunch|thanks a bunch|"
     r"(?:brilliant|great|fantastic),? just (?:brilliant|great|fantastic))\b", ANY),
    (SARCASM, 0.85, "thanks|cheers|nice|well",
     r"\b(?:thanks|cheers|nice one|well done) (?:{names}|school|skool|skl)\b(?! for (?:a |the |"
     r"all |organising|everything|such|your|putting|sorting|helping|being|making))"
     r"(?=[^.!?]{0,60}(?:feeling the love|half of us|can't|cannot|not|🙄|🙃)|[^\w]*$)", NAMES),
    (SARCASM, 0.85, " \x27| ‘| \"| “|so|called",
     r"[\x27‘\"“](?:[a-z]+[ -]){1,3}school[\x27’\"”]|\bso-?called (?:\w+[ -]){0,2}"
     r"(?:school|academy)\b", NAMES),
    # Threats to the school's property over its decisions ("torch that portakabin they call
    # a classroom"); a bare threat with no grievance is for the threat label alone.
    (PROPERTY, 0.85, "torch|burn|set|brick|smash|trash|blow|if",
     r"\b(?:torch|burn|set fire to|put a brick through|brick|smash|trash|blow up)\w* (?:\w+ )?"
     r"(?:that|the|their|this|your) (?:\w+ )?" + _SCHOOL_PROPERTY + r"\b[^.!?]{0,50}?\b(?:if "
     r"(?:they|i get|we get|you|the school)|they call|again|one more)\b|\bif (?:they|the school|"
     r"you)\b[^.!?]{0,60}\b(?:torch|burn|set fire to|brick|smash)\w* (?:\w+ )?(?:that|the|their|"
     r"this|your) (?:\w+ )?" + _SCHOOL_PROPERTY + r"\b", NAMES),
    # Hostility to the school's inclusion decisions: interpreters, LGBT families in lessons.
    (HOSTILE, 0.85, "paying|pay|spending|spend|wasting|waste|teaching|teach|taught|grooming|"
                    "indoctrinating|indoctrination|brainwashing",
     r"\b(?:paying|pay|spending|spend|wasting|waste)\w* (?:\w+ ){0,3}?(?:for|on) (?:interpreters|"
     r"translators|translation)\b[^.!?]{0,60}\b(?:can't|won't|don't|cannot|refuse to|bothered|"
     r"learn)|\b(?:teach\w*|taught) (?:\w+ ){0,3}?about (?:gay|lgbt\w*|trans\w*|same[- ]sex|two "
     r"(?:mums|dads)|gender)\b[^.!?]{0,40}\b(?:grooming|indoctrinat\w*|brainwash\w*|wrong|"
     r"disgusting|sick|agenda|propaganda|not appropriate|inappropriate|shouldn't)|\b(?:grooming|"
     r"indoctrinat\w*|brainwash\w*)\b[^.!?]{0,40}\b(?:teach\w*|taught|lessons?) (?:\w+ ){0,3}?"
     r"about (?:gay|lgbt\w*|trans\w*|same[- ]sex|two (?:mums|dads)|gender)", NAMES),
    # Other languages: Italian, Turkish, Welsh, Polish, Romanian, Portuguese, Spanish, Arabic
    # and Urdu in Latin script.
    (OTHER_LANGUAGE, 0.85, "comunica|sacma|rezalet|berbat|umurlarinda|vergogna|ridicolo|"
                           "assurdo|gwarthus|warthus|synnwyr|sbwriel|byth|zart|dba|nikt|"
                           "poinformowal|"
                           "aflam|scopriamo|soubemos|nunca|avisa|informa|bttke|bt7ke|tada|7ada|"
                           "maangte|"
                           "mangte|karta|karte|podnosi|haber|disastro|ci|informuje|informuja",
     r"\b(?:(?:non|nu|nao|no) comunica (?:mai |nunca )?(?:niente|nulla|nimic|nada)|"
     r"scopriamo tutto|soubemos (?:da|do|pelas|pelos)|aflam totul|sacma|rezalet|berbat|"
     r"umurlarinda degil|haber vermiyor\w*|vergogna|ridicol[oa]|assurd[oa]|g?warthus|"
     r"(?:e )?un disastro|non ci (?:dicono|dice|avvisano) (?:mai )?(?:niente|nulla)|"
     r"nie informuj\w*|gwarthus|dim synnwyr|sbwriel|byth yn dweud|jakis zart|to (?:jakis )?zart|"
     r"nie dba|nikt (?:nas |nam )?nie (?:poinformowal|informuje|pyta|mowi)|podnosi ceny|"
     r"nunca avisa\w*|no avisa\w*|no informa\w*|ma bt[t7]ke|ma [t7]ada bi ?2ell?na|pais(?:e|"
     r"ay) m+a+ng\w*|parw?a?h? nahi? kar(?:ta|te|ti))\b", ANY),
    # Scorn that names the school itself: "useless school".
    (SCORN, 0.85, "useless|rubbish|crap|crappy|awful|terrible|dreadful|pathetic|shambolic|"
     "appalling|shocking|disgraceful|joke|excuse|shit|sh1t|shitty",
     r"\b(?:useless|rubbish|crap|crappy|awful|terrible|dreadful|pathetic|shambolic|appalling|"
     r"shocking|disgraceful|joke of a|excuse for a|sh[i1!*]tt?y?) school\b" + NOT_AN_EVENT,
     NAMES),
    # Sarcasm that names the school itself.
    (SARCASM, 0.9, "this|school", r"\bis (?:this|it) a school or (?:a |an )?\w+", NAMES),
    (SARCASM, 0.9, "for|typical| \x27| ‘| \"| “",
     r"\bthat's " + _SCHOOLISH + r" for you\b|\btypical (?:of )?" + _SCHOOLISH + r"\b|"
     r"[\x27‘\"“](?:good|outstanding|excellent|caring|inclusive|nurturing|family|safe|happy|"
     r"friendly)[\x27’\"”] (?:school|ofsted|rating)\b", NAMES),
    # Sarcasm that needs a target elsewhere in the message.
    (SARCASM, 0.75, "much|breath|came|comes|idea|why|nerve|cheek|audacity|gall|horror|surprise|"
                    "found|reasons|need|checked|offended|forbid|policy|bang|bangs|banging|sense|"
                    "grateful|funny|respect|consideration|regard|thought|anyone|nobody|nothing",
     r"\b(?:so much for|don't hold your breath|who (?:comes|came) up with (?:this|these)|"
     r"who (?:\w+ ){0,4}?(?:thought|decided) (?:\w+ ){0,8}?was a good idea|why (?:does|do|must|"
     r"would) (?:this school|the school|they|{names}) (?:insist on|always|keep|have to)|(?:have|"
     r"has|had) the (?:nerve|cheek|audacity|gall)|shock horror|surprise surprise|what a surprise|"
     r"(?:but|yet|and) (?:somehow )?found (?:the )?money|bang(?:s|ing)? on about|"
     r"make it make sense|expects? us to be grateful|funny (?:how|that)|with (?:the greatest|"
     r"all due) respect|(?:made|taken|thought through) with (?:any|no|zero) (?:thought|"
     r"consideration|regard)|did (?:anyone|nobody) (?:think|consider|stop to think)|"
     r"i'm sure (?:they|the school|the academy|it|\w+) (?:has|have) (?:its|their) reasons|"
     r"do we really need|last time i checked|so (?:that )?nobody gets offended|in case (?:anyone|"
     r"someone|somebody) (?:gets|is) offended|(?:god|heaven) forbid|that's (?:their|its|"
     r"the school's) (?:\w+[- ]?){0,3}policy|while (?:our|my|the rest of (?:our|the)) (?:kids|"
     r"children|son|daughter)\b[^.!?]{0,20}\b(?:get|gets|got|have|has) nothing)\b", ANY),
    (SARCASM, 0.7, " \x27| ‘| \"| “",
     r"(?:^|(?<=[\s(]))[\x27‘\"“][a-z][a-z -]{2,30}[a-z][\x27’\"”](?![a-z])", NEAR),
    (SARCASM, 0.6, "priorities|🙃|🙄", r"\bpriorities\b|🙃|🙄", NEAR),
)

# What may follow a scornful word when it judges the school: the end of a clause, a linking
# word, or a school noun ("disgraceful decision"). "Ridiculous weather", "shocking traffic"
# and "awful news" judge something else.
SCORN_FOLLOW = rx(
    r"\s*(?:$|[^\w\s]|(?:and|but|or|tbh|honestly|really|frankly|imo|now|again|too|as|to|that|how|"
    r"the|when|if|from|of|at|in|for|on|with|by|this|they|it|is|was|are|were|lol|though|tho|"
    r"because|cos|since|who|which|school|schools|decision|decisions|policy|rule|rules|excuse|"
    r"response|communication|attitude|system|way|management|leadership|idea|provision|"
    r"organisation|planning|handling|treatment|place|lot|bunch|setup|set up|behaviour|parents|"
    r"what|where|why|imho|mate|people|guys|everyone|yet|still|considering|given|my|our|we|i|"
    r"you|full stop|period|whatsoever|so|made|idea)\b)")
