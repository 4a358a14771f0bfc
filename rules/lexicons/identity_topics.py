"""Identity attacks on particular grounds: language and accent, race and tokenism, religion,
gender, sexuality and gender identity.

These are the set phrases of prejudice that do not need a group word beside them ("diversity
hire", "that thing on her head", "man in a dress"); sweeping claims about a named group are
in `identity`.
"""

from rules.lexicons import IDENTITY_ATTACK, Family, words

FAMILIES: tuple[Family, ...] = (
    # Mocking how people speak.
    Family(IDENTITY_ATTACK, "identity lexicon: mocking language or accent", (
        (r"\b(?P<hit>can'?t\s+even\s+(?:speak|talk|write)\s+(?:proper\s+|a\s+word\s+of\s+|any\s+)?"
         r"english)\b", 0.85),
        (r"\b(?P<hit>(?:can'?t|cannot|don'?t|doesn'?t|won'?t)\s+(?:speak|talk)\s+(?:proper\s+|a\s+"
         r"word\s+of\s+|any\s+)?english)\b(?=.{0,40}\b(?:typical|they|these|half|none|all|even|"
         r"expect|over\s+here|here))", 0.8),
        (r"\b(?P<hit>(?:half|most|none|all)\s+(?:of\s+)?(?:the\s+|them\s+|these\s+)?(?:kids|"
         r"children|parents|families|mums|dads)\s+(?:can'?t|cannot|don'?t)\s+(?:even\s+)?speak\s+"
         r"english)\b", 0.85),
        (r"\b(?P<hit>(?:learn|learn\s+to\s+speak|speak)\s+(?:proper\s+)?english\s+(?:or|and|if|"
         r"then|before|first|ffs|mate|love))\b", 0.7),
        (r"\b(?P<hit>(?:barely|hardly)\s+(?:speak|speaks|understand)\s+(?:a\s+word\s+of\s+)?"
         r"english)\b", 0.7),
        (r"\b(?P<hit>(?:can'?t|cannot|never)\s+hear\s+(?:a\s+(?:word|bit)\s+of\s+|any\s+)?"
         r"english)\b", 0.75),
        (r"\b(?P<hit>talks?\s+like\s+(?:she'?s|he'?s|they'?re|a)\s+(?:fresh|foreign|"
         r"immigrant|chinese|indian|paki|polish))", 0.85),
        (r"\b(?P<hit>ching\s+chong|ching\s+chang|me\s+love\s+you\s+long\s+time)\b", 0.95),
    ), frozenset(words("can cant can't cannot don dont doesn doesnt won wont half most none all "
                       "learn speak barely hardly talks talk ching me never"))),
    # Race and tokenism: "diversity hire", "needed a black face".
    Family(IDENTITY_ATTACK, "identity lexicon: racial tokenism", (
        (r"\b(?P<hit>diversity\s+(?:hire|hires|appointment|pick|box|quota|token))\b", 0.9),
        (r"\b(?P<hit>token\s+(?:black|brown|asian|muslim|gay|foreign|ethnic)\w*)\b", 0.85),
        (r"\b(?P<hit>(?:needed|need|needs|wanted|want|got|get|fill|filling)\s+(?:a|an|their|"
         r"some|the)\s+(?:black|brown|asian|ethnic|muslim|gay|foreign|bame)\s+(?:face|person|"
         r"one|quota|box))\b", 0.9),
        (r"\b(?P<hit>only\s+(?:got|gets|get|getting|was\s+given|given)\s+(?:[\w']+\s+){0,4}?"
         r"(?:because|cos|coz|cause|'cause)\s+of\s+(?:her|his|their|the)\s+(?:colou?r|race|skin|"
         r"religion|ethnicity|background|gender|sexuality|disability|headscarf|hijab|turban))\b",
         0.85),
        (r"\b(?P<hit>only\s+(?:got|gets|get|getting|was\s+given|given)\s+(?:[\w']+\s+){0,4}?"
         r"(?:because|cos|coz|cause|'cause|as)\s+(?:she'?s|he'?s|they'?re|she\s+is|he\s+is|"
         r"they\s+are)\s+(?:a\s+)?(?:black|asian|brown|woman|gay|muslim|foreign|disabled|"
         r"female|trans|lesbian|indian|pakistani|polish|african))\b", 0.9),
        (r"(?P<hit>\b(?:tick|ticks|ticking|ticked)[\s-]*(?:a\s+|the\s+|some\s+)?box(?:es)?\b)"
         r"(?=.{0,60}\b(?:black|asian|brown|woman|gay|muslim|disabled|female|trans|ethnic))"
         , 0.55),
        (r"(?P<hit>\b(?:black|asian|brown|woman|gay|muslim|disabled|female|trans|ethnic)\b"
         r".{0,60}?\b(?:tick|ticks|ticking|ticked)[\s-]*(?:a\s+|the\s+|some\s+)?box(?:es)?)\b",
         0.6),
        (r"\b(?P<hit>(?:tick|ticking|ticked)\s+(?:a|the|their|some)\s+(?:diversity|ethnic|"
         r"race|bame)\s+box(?:es)?)\b", 0.85),
        (r"\b(?P<hit>(?:they|them|these\s+people|those\s+people)\s+all\s+look\s+the\s+same)\b",
         0.8),
        (r"\b(?P<hit>(?:their|his|her|that|you|'s)\s+lot\s+(?:are|r)\s+all\s+the\s+same)\b", 0.8),
        (r"\b(?P<hit>(?:you|u|these|those)\s+people)\b", 0.3),
    ), frozenset(words("diversity token needed need needs wanted want got get fill filling "
                       "only tick ticking ticked they them these those their his her that you "
                       "lot s"))),
    # Religion: dress, faith and terrorism slurs.
    Family(IDENTITY_ATTACK, "identity lexicon: attack on a religion", (
        (r"\b(?P<hit>(?:wear|wears|wearing|in)\s+(?:that|them|those|a|her|his)\s+(?:thing|things|"
         r"rag|tea\s*towel|curtain|bin\s*bag|bin\s*liner|tent|nappy|sheet|letterbox)\s+on\s+"
         r"(?:her|his|their)\s+heads?)\b", 0.9),
        (r"\b(?P<hit>(?:look|looks|looking|dressed)\s+like\s+(?:a\s+)?(?:letter\s*box|bin\s*bag|"
         r"ninja|bank\s+robber|letterboxes)(?:es)?)\b", 0.8),
        (r"(?P<hit>\b(?:burka|burkha|burqa|niqab|hijab|headscarf|head\s+scarf|veil)s?\b.{0,40}?"
         r"\b(?:letter\s*box|bin\s*bag|ninja|bank\s+robber|tent|bat\s*man|darth|oppress\w*))\b",
         0.85),
        (r"(?P<hit>\b(?:letter\s*box|bin\s*bag|ninja|bank\s+robber)(?:es|s)?\b.{0,40}?\b(?:burka|"
         r"burkha|burqa|niqab|hijab|headscarf|veil)s?)\b", 0.85),
        (r"\b(?P<hit>push(?:ing|es)?\s+(?:their|his|her|that|your)\s+(?:religion|beliefs|"
         r"agenda|ideology|lifestyle|ways|faith|culture)\s+on\s+(?:our|my|the|other\s+people'?s)"
         r"\s*(?:kids|children|daughters?|sons?)?)", 0.85),
        (r"\b(?P<hit>(?:their|that|his|her)\s+(?:religion|culture|beliefs)\s+(?:is|are)\s+"
         r"(?:backward|evil|a\s+joke|disgusting|barbaric|sick|vile|medieval|primitive))\b", 0.85),
        (r"\b(?P<hit>(?:not|isn'?t)\s+a\s+(?:muslim|islamic|hindu|jewish|foreign)\s+country)\b",
         0.8),
        (r"\b(?P<hit>(?:this|it'?s|we'?re)\s+(?:is\s+)?a\s+christian\s+country)\b", 0.7),
        (r"(?P<hit>\b(?:muslims?|moslems?|islam\w*|mosque)\b.{0,60}?\b(?<!bath\s)(?:terroris\w+|"
         r"bombs?|bomber|blow\s+(?:us|it|the\s+school)\s+up|jihad\w*|isis|extremists?|radicals?|"
         r"grooming\s+gangs?|groomers?)\b)", 0.85),
        (r"(?P<hit>\b(?<!bath\s)(?:terroris\w+|bombs?|bomber|jihad\w*|isis|grooming\s+gangs?|"
         r"groomers?)\b.{0,60}?\b(?:muslims?|moslems?|islam\w*|mosque)\b)", 0.85),
        (r"(?P<hit>\bjews?\b.{0,60}?\b(?:money|control|greedy|tight|rich|banks|media)\b)", 0.8),
    ), frozenset(words("wear wears wearing in look looks looking dressed push pushing pushes "
                       "their that his her not isn isnt this it its we we're muslim muslims "
                       "burka burkha burqa niqab hijab headscarf head veil letterbox letter "
                       "moslem moslems islam islamic mosque terrorist terrorists terrorism "
                       "bomb bombs bomber jihad jihadi jihadis isis grooming groomers "
                       "groomer jew jews"))),
    # Sexism: what women or girls supposedly cannot do or where they belong.
    Family(IDENTITY_ATTACK, "identity lexicon: attack on gender", (
        (r"\b(?P<hit>(?:girls|women|woman|females|ladies)\s+(?:can'?t|cannot|shouldn'?t|should\s+"
         r"not|don'?t|aren'?t\s+(?:able|good|meant)\s+to)\s+(?:even\s+)?(?:do|drive|be|play|"
         r"understand|lead|run|manage|teach|handle|cope\s+with)\s+(?:\w+\s+)?(?:maths|math|science"
         r"|football|engineering|sport|sports|leaders?|in\s+charge|heads?|properly|a\s+school))\b",
         0.8),
        (r"\b(?P<hit>(?:women|woman|she|girls)\s+(?:belongs?|should\s+be|should\s+stay)\s+"
         r"(?:in\s+)?(?:the\s+)?(?:kitchen|at\s+home|home|barefoot))\b", 0.85),
        (r"\b(?P<hit>make\s+me\s+a\s+sandwich)\b", 0.6),
        (r"\b(?P<hit>(?:typical|bloody|stupid)\s+(?:woman|women|female)\s+(?:driver|drivers|"
         r"logic|teacher|boss))\b", 0.7),
    ), frozenset(words("girls women woman females ladies she make typical bloody stupid"))),
    # Sexuality and gender identity.
    Family(IDENTITY_ATTACK, "identity lexicon: attack on sexuality or gender", (
        (r"\b(?P<hit>(?:decide|make\s+up\s+(?:their|his|her)\s+mind|work\s+out|figure\s+out)\s+"
         r"(?:if|whether)\s+(?:they'?re|he'?s|she'?s|(?:they|he|she)\s+(?:is|are))\s+a\s+"
         r"(?:man|boy|bloke)\s+or\s+a\s+(?:woman|girl|lady))\b", 0.9),
        (r"\b(?P<hit>(?:bloke|man|men|blokes)\s+in\s+(?:a\s+)?(?:dress|dresses|wig|lipstick|"
         r"skirts?))\b", 0.8),
        (r"\b(?=.{0,150}\b(?:gay|lesbian|trans|lgbt\w*|pride|queer|pronouns|religion|muslim|"
         r"islam)\b)(?P<hit>(?:ram|ramming|rammed|shove|shoving|shoved|forc\w+|push\w*)\b.{0,40}?"
         r"\bdown\s+(?:\w+\s+){0,2}?throats?)\b|\b(?:gay|lesbian|trans|lgbt\w*|pride|queer|"
         r"pronouns|"
         r"religion|muslim|islam)\b.{0,80}?\b(?:ram|ramming|rammed|shove|shoving|shoved|forc\w+|"
         r"push\w*)\b.{0,40}?\bdown\s+(?:\w+\s+){0,2}?throats?\b", 0.8),
        (r"\b(?P<hit>(?:keep|kept)\s+it\s+to\s+themselves)\b(?=.{0,60}\b(?:gay|lesbian|trans|"
         r"lgbt\w*|queer|pride))|(?:gay|lesbian|trans|lgbt\w*|queer|pride)\b.{0,60}?\bkeep\s+it\s+"
         r"to\s+themselves\b", 0.75),
        (r"\b(?P<hit>(?:trans|gender|pronoun|lgbt\w*|gay|woke)\s+(?:agenda|ideology|nonsense|"
         r"rubbish|madness|crap|propaganda|brigade|lobby|mafia|cult|brainwashing|indoctrination"
         r"|grooming))\b", 0.85),
        (r"\b(?P<hit>(?:pronouns?|they/them)\s*(?:🙄|🤮|🤡|😂|lol|ffs|nonsense|rubbish|"
         r"crap|madness))", 0.6),
        (r"\b(?P<hit>(?:not|isn'?t|aren'?t|never\s+be)\s+(?:a\s+)?real\s+(?:woman|women|man|"
         r"men|girl|boy))\b", 0.85),
        (r"\b(?P<hit>(?:that'?s|that\s+is|it'?s|so|how|sounds)\s+(?:so\s+)?gay)\b(?!\s+(?:"
         r"marriage|couple|pride|rights|friendly|club|bar|men|man|women|woman|people|friends?|"
         r"dads|mums|parents|son|daughter|brother|sister|uncle|aunt|and))", 0.7),
        (r"\b(?P<hit>(?:let|allowed|anywhere)\s+near\s+(?:our|my|the|little|young)\s+"
         r"(?:kids|children|boys|girls|sons|daughters|babies))\b(?=.{0,80}\b(?:gay|lesbian|"
         r"trans|queer|man\s+or\s+a\s+woman|they|pronouns))", 0.6),
        (r"(?P<hit>\b(?:gay|lesbian|trans|queer|homosexual)\w*\b.{0,60}?\b(?:groom\w*|paedo\w*|"
         r"pedo\w*|predators?|perverts?|unnatural|sick|disgusting|abomination|sin|disorder|"
         r"abnormal|mental\s+illness|mentally\s+ill|against\s+nature|a\s+disease|child\s+abuse|"
         r"brainwash\w*|mutilat\w*|indoctrinat\w*|a\s+(?:phase|fad|trend|craze)|contagion|"
         r"delusion\w*|deluded)\b)", 0.85),
        (r"\b(?P<hit>no\s+such\s+thing\s+as\s+(?:a\s+)?(?:trans|transgender|non[\s-]?binary|"
         r"gender\s+fluid)\w*)", 0.85),
        (r"\b(?P<hit>(?:boy|man|bloke|lad|fella|girl|woman|lady)\s+(?:pretending|claiming|who\s+"
         r"thinks\s+(?:he'?s|she'?s|he\s+is|she\s+is)|thinking\s+(?:he|she)'?s|"
         r"who\s+identifies)\s+"
         r"(?:to\s+be\s+|as\s+)?(?:a\s+)?(?:girl|woman|lady|boy|man|bloke))\b(?!.{0,60}\b(?:play|"
         r"panto|role|costume|drama|nativity|game))", 0.8),
        (r"\b(?P<hit>(?:it|that\s+thing)\s+(?:is|was)\s+(?:a\s+)?(?:bloke|man|dude)\s+really)\b",
         0.8),
    ), frozenset(words("decide make work figure bloke man men blokes trans gender pronoun "
                       "pronouns lgbt lgbtq lgbtqia gay woke they not isn isnt aren arent "
                       "never that thats it its so how sounds let allowed anywhere lesbian "
                       "queer homosexual ram ramming shove shoving force forcing push pushing "
                       "keep kept pride religion muslim islam boy girl woman lady lad fella "
                       "pretending claiming thinks thinking identifies no such"))),
)
