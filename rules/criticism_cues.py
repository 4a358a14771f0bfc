"""Phrases that criticise, mock or accuse a person, grouped by who they are usually aimed at.

Patterns are regular expressions over normalised (lower-case, de-obfuscated) text. Each
group has a strength: how sure we are, on its own, that the sentence attacks the person it
is about. Strengths are compared with `NamedNegativeDetector.THRESHOLD`.
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class CueGroup:
    """A named family of patterns with one strength and the kind of person it targets."""

    name: str
    strength: float
    aims_at: str  # "staff", "pupil" or "any"
    patterns: tuple[str, ...]


# Aimed at staff: how they do the job.
STAFF_CUES: tuple[CueGroup, ...] = (
    CueGroup("incompetence", 0.8, "staff", (
        r"useless", r"incompetent", r"clueless", r"hopeless", r"can'?t teach",
        r"(no|not a|hasn'?t (got )?a|hasn'?t the (faintest|first)) (idea|clue)\b", r"not fit to",
        r"out of (his|her|their) depth",
        r"a joke( of a)?", r"is a joke", r"shambles", r"disgrace", r"an embarrassment",
        r"pathetic", r"lazy", r"waste of (space|time|a salary)", r"lost control",
        r"can'?t control", r"no control", r"(is|was) chaos", r"class is chaos",
        r"shouldn'?t be (a |allowed)", r"should(n'?t)? (be|get) (sacked|fired|struck off)",
        r"(should|needs? to) (resign|go|be replaced)", r"get rid of (him|her|them)",
        r"worst (teacher|head|one)", r"can'?t (even )?spell", r"habar n-are",
        r"couldn'?t organise", r"like a (zoo|circus|madhouse)", r"playing at being",
        r"silly little", r"bonkers", r"ridiculous", r"absurd", r"can'?t stand",
        r"miserable", r"never smiles", r"(shouldn'?t|should not) be (allowed )?(anywhere )?near",
        r"let near (our|the) (kids|children)", r"nice enough but", r"scared of the parents",
        r"how is (he|she|they) allowed", r"(mistakes|errors) in (it|them)",
        r"the wrong (date|day|time)",
        r"kompletny", r"nie ma poj[eę]cia", r"nakrzycz", r"krzyczy",
        r"not cut out for", r"hasn'?t a notion", r"means well,? but", r"just shrugs",
        r"(doesn'?t|don'?t|couldn'?t) give a (monkey'?s|toss|damn|stuff|sh[i*]t|f[u*]ck)",
        r"high horse", r"put the phone down on", r"hung up on",
        r"(said|promised) (she|he|they)'?d (ring|call|get back|email|reply|sort)",
        r"makes? (it|them|things) up as (she|he|they) goe?s? along", r"wouldn'?t know (a|an|the)",
        r"(don'?t|doesn'?t|dont|nuh|never) care (about|bout|for) (nobody|anyone|anybody|the kids)",
        r"face like a", r"spying (for|on)",
        # Urdu and Punjabi in Latin script: "teaches nothing", "useless"
        r"kuch nahi? sikha", r"bekaar", r"nikamm", r"nalayak",
        # Portuguese: "doesn't care", "useless"
        r"n[aã]o quer saber", r"in[uú]til",
        r"s[aă]-[sș]i dea demisia", r"demisia", r"beznadziejn", r"niekompetentn",
    )),
    CueGroup("unfairness", 0.75, "staff", (
        r"unfair", r"picks? on", r"has it in for", r"(has|have|got) favourites",
        r"favouritism", r"(always|constantly) blames?", r"singles? (him|her|them) out",
        r"(his|her|their|\w+'s) (little )?favourites", r"teacher'?s pets?",
        r"lets? (them|him|her) (all )?off",
        r"victimis", r"just lets (her|him|them)", r"lets (her|him|them) get away",
        r"(too|so|really|ridiculously) (harsh|strict about)", r"crushing (their|his|her)",
        r"destroy(ing|ed|s)? (their|his|her) confidence",
    )),
    CueGroup("mistreatment", 0.8, "staff", (
        r"shouts?", r"shout(ed|ing)", r"screams? at", r"yell(s|ing|ed)? at", r"humiliat",
        r"belittl", r"rude", r"arrogant", r"smug", r"patronising", r"condescending",
        r"two[- ]faced", r"behind (your|our|my) back", r"power trip", r"bull(y|ies|ying)",
        r"writes? (you|us|them) up", r"told (him|her) off .{0,40}(didn'?t|never) do",
        r"had the cheek", r"doesn'?t (even )?care", r"couldn'?t care less",
    )),
    CueGroup("negligence", 0.7, "staff", (
        r"(never|hasn'?t|doesn'?t|didn'?t) (once )?mark(ed|s)?",
        r"lost (my|our|the)\b(?! property)",
        r"never (replies|responds|answers|comes out)", r"ignor(es|ed|ing) (my|our|me|us)",
        r"hides? in (his|her|their) office", r"never once", r"does (he|she|they) even",
        r"sat on (his|her) (phone|backside)", r"on (his|her|their) phone (every|all|constantly)",
        r"(always|constantly|forever|just sits) on (his|her|their) phone",
        r"(still )?(hasn'?t|haven'?t|never) (replied|responded|got back)",
        r"lets it happen", r"let (the|them|him|her) .{0,20}off again",
        r"(haven'?t|hasn'?t|weren'?t|wasn'?t) been (changed|marked|sent|updated|read) "
        r"(since|for|in)", r"only (turns|shows|comes) (up|out) when",
    )),
    CueGroup("unsafe conduct", 0.8, "staff", (
        r"keeps? (dm|messag|text)ing (my|our)",
        r"(dm|messag|text)(s|ing)? (my|our) (son|daughter|kid|child)",
        r"keep (a|it) secret", r"(his|her) favourite.{0,30}secret",
        r"(our|their|a|his|her) (little )?secret", r"buys? (him|her|them) (stuff|presents|gifts)",
        r"(dm|messag|text)(s|es|ed|ing)? (some of |one of )?(the )?(year \d |y\d )?"
        r"(girls|boys|kids|children|pupils)", r"\bgrooming\b",
    )),
    CueGroup("disciplinary accusation", 0.75, "staff", (
        r"(final|formal|written|verbal) warning",
        r"complaint (against|about) .{0,30}(upheld|investigat)",
        r"investigation (found|concluded)", r"didn'?t follow (the )?(procedure|policy|rules)",
        r"(had|has) to do (re)?training", r"(was|been|got|being) (suspended|disciplined|"
        r"investigated|reported to)",
    )),
)

# Aimed at children: behaviour accusations and labels.
PUPIL_CUES: tuple[CueGroup, ...] = (
    CueGroup("labelled", 0.8, "pupil", (
        r"(little |a )?liar", r"bull(y|ies|ying)", r"brat", r"feral", r"spoilt", r"spoiled",
        r"naughty", r"trouble ?maker", r"(nothing but|always) trouble", r"\+ trouble",
        r"a menace", r"vile", r"nasty", r"spiteful", r"thief", r"horrible", r"weird",
        r"smells", r"thick", r"stupid", r"disruptive", r"the problem", r"cheeky cow",
        r"a nightmare", r"wild", r"out of control", r"all the same", r"(little|lil) madam",
        r"(little|lil|propa|proper) (sh[i1!*]t|git|horror|terror|monster|thug)", r"thug",
        r"like an? animal", r"bad influence", r"mal-?educad", r"mincino", r"k[lł]amc",
        r"the mouth on (him|her)",
    )),
    CueGroup("accused", 0.75, "pupil", (
        r"(hits?|hitting|punch(es|ing)?|kick(s|ing)|bit(es|ing)|push(es|ing)|thump(s|ing)?)"
        r" (my|our|other|the other|every|kids|children|people|him|her)",
        r"keeps (hitt|punch|kick|bit|push|tak|steal|pull|grabb|snatch|thump|spitt|pinch|"
        r"scratch|throw|shov|slapp|trip)\w*",
        r"for (kicking|hitting|punching|biting|fighting|bullying|stealing|swearing|spitting)",
        r"(push|hit|punch|kick|bite|bit|shove|scratch|slap|trip|thump|bull(y|ie))"
        r"(s|es|ed|ped|ted)? (my|our)",
        r"(pushed|hit|punched|kicked|bit|shoved|scratched|slapped|tripped|thumped|bullied) "
        r"(my|our)", r"(kicked|hit|punched|bitten|pushed|bullied|hurt|attacked) by",
        r"sort (him|her|them|\w+) out", r"keep (your|ur) (kids|children) away",
        r"lays? (a|one more) finger",
        r"steal(s|ing)", r"stole(n)?", r"nick(s|ing|ed)", r"taking things", r"swore at",
        r"swears at",
        r"copied", r"cheat(s|ing|ed)", r"gets away with",
        r"(needs|need) to (teach|sort|control)", r"like (she|he|they) (is|are)\b",
        r"explains (the|a lot|why|everything)", r"maarta", r"bully(ing)? (my|our)",
        r"(told|tells) lies",
    )),
)

# Tone that mocks whoever the sentence is about. Explicit sarcasm ("oh well done ... truly
# inspirational") uses praise words, so it is strong enough not to be cancelled by them;
# clapping is sarcastic only without praise ("a credit to the school 👏👏" is sincere).
SARCASM_CUES: tuple[CueGroup, ...] = (
    CueGroup("explicit sarcasm", 0.85, "any", (
        r"oh well done", r"(truly|real|absolute) (a )?(genius|inspirational|visionary)",
        r"slow clap", r"give (him|her|them) a medal", r"(real|true) (man|woman) of the people",
        r"well done .{0,40}\bfor (cancell|losing|forgetting|ignoring|ruining|scrapping|"
        r"banning)\w*\b.{0,40}\b(again|another|yet)\b",
    )),
    CueGroup("mocking emoji", 0.65, "any", ("🙄", "🤦", "🤡", "🙃", "😒", "🤬", "🖕", "🐍")),
    CueGroup("sarcastic phrase", 0.65, "any", (
        r"👏👏", r"strikes again", r"surprise,? surprise", r"as usual", r"yet again",
        # "has been 'on a course' every Friday", "has 'lost' our paperwork": scare quotes
        r"(has|have|had|been) (been )?'(on|off|in|at|away|busy|lost|misplaced|forgot\w*|"
        r"ill|sick|unwell|working|training|sorting|looking|dealing|handling|checking|reviewing|"
        r"investigating)\b[a-z ]{0,20}'",
        r"(glad|good to know|nice to know|great to see) (\w+ ){0,4}(is|are) "
        r"(such a|a top|the top) priority",
        r"of course (she|he)",
        r"what a (joke|surprise|shock)", r"clown", r"tragic", r"give me strength",
        r"\bmy (foot|arse|backside)\b", r"funny (that|how)", r"must be nice",
        r"priorities,? (mate|eh|hey|lol|much)",
        r"which (would )?explains?", r"nobody'?s listening",
        r"(very|so|terribly) busy with (his|her|their)", r"🙉",
        r"(sure|i bet) (he|she|they)'?(s|re| is| are) (very|so|really) busy",
    )),
)

# Words that show the sentence praises or defends the person. They cancel weaker cues
# ("Mr L's jokes are tragic 😂 love him") but not insults or threats.
POSITIVE_PATTERNS: tuple[str, ...] = (
    r"love (him|her|them)", r"thank(s| you)", r"brilliant", r"amazing", r"so kind",
    r"lovely", r"a saint", r"the best", r"well done", r"wonderful", r"really reasonable",
    r"approachable", r"fair on", r"to be fair", r"not (her|his|their) fault",
    r"so good", r"fantastic", r"gorgeous", r"helpful", r"over the moon", r"works? so hard",
    r"wspania", r"minunat", r"shout ?out to", r"(is|was) great", r"sorting (the|out)",
    r"so (sweet|nice|cute)", r"best (time|buddies|friends|mates)", r"inseparable",
    r"(flying|racing|whizzing|zooming) through", r"(really|so) (like|enjoy)s?",
    r"(really|so) (liking|enjoying|loving)", r"(loves?|loving|enjoying) (it|the|her|his)",
    r"(doing|getting on|coming on) (so |really |brilliantly )?(well|great)",
    r"so proud", r"star of the week", r"a credit to", r"proud of (them|the|our|all)",
    # laughing along ("told the kids something 🙄😂") softens a mocking emoji
    "😂", "🤣",
)


# A parent's own child ("my Ibrahim", "our Mason") is theirs to talk about.
OWN_CHILD_PREFIX = r"(my|our) (little |eldest |youngest )?$"

POSITIVE = re.compile("|".join(f"(?:{p})" for p in POSITIVE_PATTERNS))
