"""Coded prejudice: dog whistles, "not racist but", mocking emoji and the slurs that
`identity` does not list.

British prejudice in a parents' chat is often said without a group word or a slur: "we all
know who really runs the banks", "this is England, speak English", "they never integrate",
"I'd rather mine mixed with their own kind", "cow worshippers", "only deputy to tick a
box", "Mrs A 🐒🍌". Each pattern below needs the coded phrase itself, or the phrase plus a
cue that names the ground (sexuality, religion, race). Neutral mentions stay clean: "Eid
Mubarak", "her two mums", "they chatted in Polish all the way home".
"""

from rules.lexicons import IDENTITY_ATTACK, Family, TermGroup, words
from rules.lexicons.identity import ADJECTIVE, GROUP

# Words that name sexuality or gender identity, for phrases that attack only beside them.
_LGBT_CUE = (r"(?:gay|gays|lesbians?|trans|transgender|lgbt\w*|pride|queer|pronouns|drag|"
             r"rainbow|non[\s-]?binary|same[\s-]sex|two\s+(?:mums|dads|mams|moms)|gender|"
             r"homosexual\w*|bisexual\w*|they/them|identif\w+\s+as|(?:blokes?|men|man)\s+in\s+"
             r"(?:the\s+)?(?:girls'?|ladies'?|women'?s)\s+(?:toilets|loos|changing)|(?:in\s+a\s+)?"
             r"(?:dress|frock|wig|lipstick))")
# Words that name Islam or Muslims by dress or faith, for terrorism slurs.
_MUSLIM_CUE = (r"(?:hijab|hijabs|headscarf|headscarves|head\s+scarf|burka|burkha|burqa|niqab|"
               r"allah|allahu|mosque|muslims?|moslems?|islam\w*|pakis?|arabs?|turban)")
# Monkey and ape emoji, racist when aimed at a person.
_APE = r"(?:🐒|🐵|🦍|🦧|🙉)"

# Slurs missing from `identity.SLURS`: Traveller, racial, disability and homophobic ones.
EXTRA_SLURS = TermGroup(
    IDENTITY_ATTACK, "identity lexicon: slur", words("""
        nignog nignogs pikies gypos gippos gyppoes didicoy didicoys diddicoy didicoi
        kaffir kaffirs jigaboo jigaboos pickaninny piccaninny golliwogs coons darkies
        taigs muzzie muzzies muzrat muzrats spacca spakka spackers spazzes spazzers mongy
        mongoloids retardo retardos tards downie downies downsy flid flids shemales
        trannys lezzers lezzas faggy ciota pakkis pakkies pakies chinkies goatfucker
        goatshagger
    """),
    bare=0.95, framed=0.95, plural=False)

# Words that are slurs when aimed at someone, and ordinary words otherwise ("and poof, it
# was gone", "the Fenian Rising").
FRAMED_SLURS = TermGroup(
    IDENTITY_ATTACK, "identity lexicon: slur aimed at someone", words("""
        poof cripple fenian papist
    """),
    bare=0.0, framed=0.9,
    benign_after=words("rising brotherhood movement raid raids"))

TERM_GROUPS: tuple[TermGroup, ...] = (EXTRA_SLURS, FRAMED_SLURS)

FAMILIES: tuple[Family, ...] = (
    # Dog whistles about who "really" runs things, and antisemitic tropes.
    Family(IDENTITY_ATTACK, "identity lexicon: coded prejudice", (
        (r"\b(?P<hit>(?:we\s+(?:all\s+)?know|you\s+know|everyone\s+knows|ask\s+yourself|guess|"
         r"look\s+at)\s+who\s*(?:'s|s|\s+is|\s+are)?\s+(?:really\s+|actually\s+|secretly\s+)?"
         r"(?:runs?|running|controls?|controlling|owns?|owning|pulling\s+the\s+strings|in\s+"
         r"charge|behind)\s+(?:of\s+|in\s+|at\s+|behind\s+)?(?:the\s+|all\s+the\s+)?(?:banks?|"
         r"media|world|country|government|bbc|hollywood|money|press|news|finance|city))\b", 0.8),
        (r"\b(?P<hit>(?:we\s+(?:all\s+)?know|you\s+know|everyone\s+knows)\s+who\s*(?:'s|s|\s+is|"
         r"\s+are)?\s+(?:really\s+|actually\s+|secretly\s+)?pulling\s+the\s+strings)\b", 0.7),
        (r"\b(?P<hit>who\s*(?:'s|s|\s+is|\s+are)?\s+(?:really|actually|secretly)\s+(?:runs?|"
         r"running|controls?|controlling|owns?|owning|pulling\s+the\s+strings)\s+(?:the\s+|all\s+"
         r"the\s+)?(?:banks?|media|world|government|bbc|hollywood|money|press|finance))\b", 0.75),
        (r"\b(?P<hit>(?:zionists?|globalists?|rothschilds?|soros|the\s+jews|jewish\s+bankers?|"
         r"jews)\b.{0,40}?\b(?:control|controls|run|runs|own|owns|behind|pulling\s+the\s+"
         r"strings|funding|funds|flooding|bankroll\w*)\b)", 0.8),
        (r"\b(?P<hit>(?:jewed|jewing|jew)\s+(?:me|us|him|her|them|you|u|'em|em)\s+down)\b", 0.9),
        (r"\b(?P<hit>(?:such\s+a|being\s+a|don'?t\s+be\s+a|proper|right|bit\s+of\s+a)\s+jew)\b"
         r"(?=.{0,40}\b(?:money|pay|paying|tight|stingy|cheap|penny|quid|cash|price|tips?))",
         0.85),
    ), frozenset(words("we you everyone ask guess look who whos who's zionist zionists "
                       "globalist globalists rothschild rothschilds soros jews jewish jewed "
                       "jewing jew such being don dont proper right bit"))),
    # Language and belonging: "this is England, speak English", "they never integrate".
    Family(IDENTITY_ATTACK, "identity lexicon: telling a group they do not belong", (
        (r"\b(?P<hit>(?:this\s+is|we'?re\s+in|we\s+live\s+in|you'?re\s+in|ur\s+in|you\s+are\s+in|"
         r"u\s+r\s+in|they'?re\s+in|it'?s)\s+(?:england|britain|the\s+uk|great\s+britain|"
         r"scotland|wales|britian)\b.{0,30}?\b(?:speak|talk|learn)\s+(?:bloody\s+|proper\s+|"
         r"the\s+)?(?:english|language|lingo))\b", 0.85),
        (r"\b(?P<hit>(?:speak|talk|learn)\s+(?:bloody\s+|proper\s+|the\s+)?(?:english|"
         r"language|lingo)\b.{0,30}?\b(?:this\s+is|you'?re\s+in|ur\s+in|u\s+r\s+in|we'?re\s+in|"
         r"you\s+are\s+in|they'?re\s+in|in)\s+(?:england|britain|the\s+uk|this\s+country|"
         r"britian|great\s+britain))\b", 0.85),
        (r"\b(?P<hit>in\s+(?:england|britain|this\s+country|the\s+uk)\s+we\s+speak\s+english)\b",
         0.8),
        (r"\b(?P<hit>(?:they|them|these\s+people|those\s+people|that\s+lot|them\s+lot|their\s+lot|"
         r"these\s+families|those\s+families|that\s+community|their\s+community|these\s+"
         r"communities|you\s+people|none\s+of\s+them|half\s+of\s+them|" + GROUP + r")\b"
         r"(?:\s+\w+){0,3}?\s+(?:don'?t|doesn'?t|do\s+not|never|won'?t|wont|refuse\s+to|make\s+"
         r"no\s+effort\s+to|can'?t\s+be\s+bothered\s+to)\s+(?:even\s+)?(?:bother\s+to\s+|try\s+"
         r"to\s+|want\s+to\s+)?integrate)\b(?=\s*(?:$|[.!?,;:)]|\s+(?:with|into|in|at\s+all|"
         r"properly|do|does|did|though|tbh|either|here|anymore|or|and|that\s+lot|them|they|"
         r"these)\b))", 0.75),
        (r"\b(?P<hit>(?:they|these\s+people|those\s+people|that\s+lot|them\s+lot|you\s+people|"
         r"these\s+families|those\s+families)\b(?:\s+\w+){0,3}?\s+(?:(?:won'?t|wont|refuse\s+to|"
         r"never\s+bother\s+to|can'?t\s+be\s+bothered\s+to|make\s+no\s+effort\s+to)\s+(?:even\s+)?"
         r"(?:try\s+to\s+)?(?:learn|speak)|never\s+(?:even\s+)?(?:try\s+to\s+)?learn)\s+(?:the\s+"
         r"language|english))\b", 0.75),
        (r"\b(?P<hit>(?:funny|strange|odd|interesting|notice|noticed)\s+how\s+(?:it'?s\s+|its\s+)?"
         r"(?:always|only)\s+(?:the\s+)?" + GROUP + r")\b", 0.75),
        (r"\b(?P<hit>(?:it'?s|its|it\s+is)\s+always\s+(?:the\s+)?" + GROUP + r")\b", 0.7),
        (r"\b(?P<hit>(?:we\s+all\s+know|you\s+know|everyone\s+knows)\s+what\s+(?:those|these|"
         r"them|that)\s+(?:people|families|sort|kind|type)\s+(?:are|is)\s+like)\b", 0.55),
        (r"\b(?:can'?t\s+understand\s+(?:a\s+word|her|him|them)|accent|english|foreign|"
         r"language)\b.{0,60}?\b(?P<hit>send\s+(?:her|him|them|em)\s+(?:all\s+)?back)\b", 0.8),
        (r"\b(?P<hit>(?:mix|mixed|mixing|mixes|play|playing|played|sit|sat|sitting|stick|"
         r"sticking|stuck|stay|staying|marry|marrying|married|be|were|was|hang|hanging|go\s+"
         r"about)\s+(?:with|to)\s+(?:their|our|his|her|my|your)\s+own\s+(?:kind|sort|type|race|"
         r"people|colou?r))\b(?!\s+of)", 0.8),
        (r"\b(?P<hit>(?:rather|prefer|better\s+if|happier\s+if)\s+(?:mine|my\s+\w+|ours|our\s+\w+|"
         r"they|them|he|she)\b.{0,40}?\bwith\s+(?:their|our|his|her|my)\s+own)\b(?!\s+(?:friends?|"
         r"class|age|year|group|table|team|stuff|things|toys|books|food|lunch|bike|kit|money|"
         r"phone|devices?|ipad|family|mum|dad|teacher|pace|time|room|bed|space))", 0.75),
        (r"\b(?P<hit>(?:fuck|f\*+|piss|sod|bugger|clear|jog|naff)\s+off\s+back\s+(?:to|home|"
         r"where))\b", 0.9),
        (r"\b(?P<hit>(?:you\s+can|u\s+can|can)\s+(?:always\s+)?tell\s+(?:the|which|them|a)\s+"
         r"(?:" + GROUP + r"|" + ADJECTIVE + r"\s+ones))\b", 0.75),
        (r"\b(?P<hit>(?:i'?m|im|i\s+am)\s+not\s+(?:being\s+)?racist\s*(?:,|but|\.\.\.|-)|"
         r"not\s+(?:being\s+)?racist\s+but)\b", 0.55),
    ), frozenset(words("this we we're you you're ur u they they're it it's speak talk learn "
                       "in them these those that their none half rather prefer better happier "
                       "mix mixed mixing mixes play playing played sit sat sitting stick "
                       "sticking stuck stay staying marry marrying married be were was hang "
                       "hanging go fuck f piss sod bugger clear jog naff can i'm im i not "
                       "integrate own funny strange odd interesting notice noticed its "
                       "everyone accent english foreign language"))),
    # Replacement and invasion talk, denial and praise of genocide, virus slurs.
    Family(IDENTITY_ATTACK, "identity lexicon: coded prejudice", (
        (r"\b(?P<hit>londonistan|eurabia|islami[sz]ation|islamification|white\s+genocide|great\s+"
         r"replacement|kung\s+flu|china\s+virus|chinese\s+virus|wuhan\s+flu|boat\s+people|"
         r"adam\s+and\s+steve)\b", 0.85),
        (r"\b(?P<hit>(?:they'?re|they\s+are|we'?re|we\s+are|being|getting)\s+(?:slowly\s+)?"
         r"(?:replacing\s+us|replaced|outbred|out\s*bred))\b(?=.{0,80}\b(?:white|british|english|"
         r"immigra\w+|muslims?|foreigners?|them))|\b(?:white|british|english|immigra\w+|muslims?|"
         r"foreigners?)\b.{0,80}?\b(?:replacing\s+us|being\s+replaced|outbred|"
         r"out\s*bred)\b", 0.85),
        (r"\b(?P<hit>(?:our|this)\s+(?:country|town|school|area|street|city)\s+(?:is|'s)\s+"
         r"(?:being|"
         r"been|getting)\s+(?:invaded|overrun|swamped|taken\s+over|flooded|colonised))\b", 0.8),
        (r"\b(?P<hit>(?:mosques?|minarets|halal\s+shops|halal\s+butchers|kebab\s+shops|polish\s+"
         r"shops)\s+(?:\w+\s+)?(?:popping\s+up|everywhere|taking\s+over|on\s+every\s+corner|"
         r"springing\s+up))\b", 0.7),
        (r"\b(?P<hit>holocaust\s+(?:never\s+happened|is\s+a\s+(?:lie|hoax|myth)|was\s+(?:a\s+"
         r"(?:lie|hoax|myth)|exaggerated|made\s+up))|hitler\s+(?:was\s+right|had\s+(?:the\s+right|"
         r"a\s+point)|should\s+have\s+finished|did\s+nothing\s+wrong))\b", 0.95),
        (r"\b(?P<hit>(?:marry|married|marrying|marries)\s+(?:their|his|her)\s+(?:own\s+)?"
         r"(?:first\s+)?"
         r"cousins?)\b(?=.{0,60}\b(?:all|always|they|them|these|those|typical|that'?s\s+why|"
         r"explains|inbred))|\b(?:they|them|those|these)\b.{0,40}?\b(?:all|always)\s+(?:marry|"
         r"married|marrying)\s+(?:their|his|her)\s+(?:own\s+)?(?:first\s+)?cousins?\b", 0.75),
        (r"\b(?P<hit>(?:english|british|brit|pommie|pommy|scottish|scots|welsh|irish)\s+(?:cunts?|"
         r"bastards?|scum|pigs?|twats?|wankers?|vermin))\b", 0.85),
        (r"\b(?P<hit>(?:kick|f\*+|fuck|fk)\s+the\s+pope)\b", 0.85),
        (r"\b(?P<hit>(?:she'?s|she\s+is)\s+(?:really|actually|still|just)\s+a\s+(?:he|bloke|man|"
         r"boy|"
         r"lad|geezer)|(?:he'?s|he\s+is)\s+(?:really|actually|still|just)\s+a\s+(?:she|woman|girl|"
         r"lady))\b", 0.8),
        (r"\b(?:you|u|he|she|they)(?:'re|\s+are|'s|\s+is|\s+r)?\s+(?:a\s+bit\s+|fucking\s+|so\s+|"
         r"proper\s+)?(?P<hit>(?:autistic|autist|aspie|downs|down'?s|sped|spaccy|mental\s+"
         r"case))\s+(?:or\s+something|or\s+what|lol|mate|innit)\b", 0.75),
    ), frozenset(words("londonistan eurabia islamisation islamization islamification white "
                       "great kung china chinese wuhan boat adam they're they we're we being "
                       "getting our this mosque mosques minarets halal kebab polish holocaust "
                       "hitler marry married marrying marries english british brit pommie "
                       "pommy scottish scots welsh irish kick f fuck fk she's she he's he you "
                       "u"))),
    # Mocking a language, a faith or a people by set phrase: "cow worshippers", "gibberish".
    Family(IDENTITY_ATTACK, "identity lexicon: mocking a religion or a people", (
        (r"\b(?P<hit>(?:cow|monkey|rat|elephant|idol|statue)[\s-]*(?:worshippers?|worshipping|"
         r"worshipers?|worshiping|botherers?)|(?:goat|camel|sheep)[\s-]*(?:shaggers?|fuckers?|"
         r"f\*+ers?|botherers?|lovers?))\b", 0.9),
        (r"\b(?P<hit>(?:worship|worships|worshipping|worshiping|pray\s+to|prays\s+to|praying\s+to|"
         r"bow\s+down\s+to)\s+(?:a\s+|an\s+|their\s+|them\s+|those\s+|some\s+)?(?:cows?|monkeys?|"
         r"rats?|elephants?|idols?|statues?|sky\s+fairy|sky\s+dad(?:dy)?|a\s+paedo|a\s+pedo|stones?|"
         r"a\s+rock|a\s+box|blue\s+(?:men|people)|a\s+man\s+in\s+the\s+sky))\b", 0.8),
        (r"\b(?P<hit>(?:prophet|allah)\b.{0,40}?\b(?:paedo\w*|pedo\w*|peado\w*|nonce|child\s+"
         r"(?:bride|rapist|molester|abuser)))\b", 0.95),
        (r"\b(?P<hit>(?:paedo|pedo|peado|nonce)\s+prophet)\b", 0.95),
        (r"\b(?P<hit>(?:mohammed|muhammad|mohammad|muhammed|mohamed)\s+(?:was|married)\b.{0,30}?"
         r"\b(?:paedo\w*|pedo\w*|nonce|child|six|6|nine|9))\b", 0.9),
        (r"\b(?P<hit>(?:sharia|halal)\b.{0,40}?\b(?:taking\s+over|creeping|coming\s+to\s+our|"
         r"forced\s+on|shoved\s+down|by\s+the\s+back\s+door|next\s+they'?ll))\b", 0.8),
        (r"(?P<hit>\b(?<!bath\s)(?<!photo)(?:bomb|bombs|bomber|suicide\s+vest|explosives?|blow\s+"
         r"(?:us|it|the\s+school|"
         r"everyone|the\s+place)\s+up|allahu?\s+akbar|terrorist\w*|jihad\w*|isis|"
         r"taliban)\b.{0,60}?"
         r"\b" + _MUSLIM_CUE + r")\b|\b" + _MUSLIM_CUE + r"\b.{0,60}?\b(?<!bath\s)(?:bomb|bombs|"
         r"bomber|"
         r"suicide\s+vest|explosives?|blow\s+(?:us|it|the\s+school|everyone|the\s+place)\s+up|"
         r"allahu?\s+akbar|terrorist\w*|jihad\w*|isis|taliban)\b", 0.85),
        (r"\b(?P<hit>(?:looks?|looking|dressed|sounds?)\s+like\s+(?:a\s+|an\s+)?(?:terrorist|"
         r"suicide\s+bomber|bomber|jihadi|isis\s+\w+|taliban\s+\w+))\b", 0.8),
        (r"\b(?P<hit>(?:put|leave|send|throw|stick|hide|slip|give)\s+(?:some\s+)?(?:bacon|pork|"
         r"ham|a\s+pig'?s\s+head|pigs?\s+heads?)\s+(?:in|on|at|through|outside|to)\s+(?:their|"
         r"his|her|the\s+mosque|them|the))\b(?=.{0,80}\b(?:muslim\w*|mosque|halal|ramadan|eid|"
         r"hijab|headscarf|islam\w*))", 0.85),
        (r"\b(?P<hit>(?:chatter\w*|jabber\w*|gabbl\w*|babbl\w*|yapp?\w*|gibber\w*|squawk\w*|"
         r"cackl\w*)\s+(?:away\s+)?(?:on\s+)?(?:in|with)\s+(?:their|that|some|a|his|her)\s+"
         r"(?:own\s+|foreign\s+|weird\s+)?(?:language|lingo|gibberish|tongue|mumbo\s+jumbo|"
         r"gobbledygook))\b", 0.75),
        (r"\b(?P<hit>(?:talk\w*|speak\w*|shout\w*|gossip\w*|natter\w*)\s+(?:away\s+)?(?:in|"
         r"with)\s+"
         r"(?:their|that|some)\s+(?:own\s+|foreign\s+|weird\s+)?(?:lingo|gibberish|mumbo\s+"
         r"jumbo|gobbledygook|jibber\s*jabber))\b", 0.75),
        (r"\b(?P<hit>(?:talk\w*|speak\w*|shout\w*|gossip\w*|natter\w*)\s+(?:away\s+)?in\s+"
         r"(?:their|that|some)\s+(?:own\s+|foreign\s+)?language)\b(?=.{0,40}\b(?:rude|so\s+rude|"
         r"disrespectful|ignorant|annoying|about\s+us|in\s+front\s+of|can'?t\s+understand|"
         r"should\s+(?:speak|learn)|this\s+is\s+england|english\s+please))", 0.7),
        (r"\b(?P<hit>bongo[\s-]+bongo|jibber[\s-]*jabber\s+(?:language|lot)|unga[\s-]+bunga\s+"
         r"(?:language|lot|people))\b", 0.9),
    ), frozenset(words("cow monkey rat elephant idol statue goat camel sheep worship worships "
                       "worshipping worshiping pray prays praying bow prophet allah paedo "
                       "pedo peado nonce mohammed muhammad mohammad muhammed mohamed sharia "
                       "halal bomb bombs bomber suicide explosive explosives blow allahu "
                       "put leave send throw stick hide slip give talk talking talks speak "
                       "speaking shout shouting gossip gossiping natter nattering bongo "
                       "jibber unga chatter chattering jabber jabbering gabble gabbling "
                       "look looks looking dressed sound sounds terrorist terrorists "
                       "jihad jihadi isis taliban turban hijab headscarf burka niqab "
                       "babble babbling yap yapping yappin gibber gibbering squawk squawking "
                       "cackle cackling"))),
    # Gender identity and sexuality: "keep those freaks away from our kids", "groomers".
    Family(IDENTITY_ATTACK, "identity lexicon: attack on sexuality or gender", (
        (r"\b(?P<hit>(?:keep|get)\s+(?:those|these|them|the|that|this)\s+(?:\w+\s+)?(?:freaks?|"
         r"weirdos?|perverts?|nonces?|groomers?|paedos?|predators?|sickos?|degenerates?|"
         r"things?)\s+away\s+from\s+(?:our|my|the|their|your|little|young)\s+(?:kids|children|"
         r"boys|girls|sons|daughters|babies|school))\b(?=.{0,150}\b" + _LGBT_CUE + r"\b)|\b"
         + _LGBT_CUE + r"\b.{0,150}?\b(?:keep|get)\s+(?:those|these|them|the|that|this)\s+"
                       r"(?:\w+\s+)?"
         r"(?:freaks?|weirdos?|perverts?|nonces?|groomers?|paedos?|predators?|sickos?|"
         r"degenerates?|things?)\s+away\s+from\b", 0.85),
        (r"\b(?P<hit>(?:they'?re|they\s+are|are|all|bunch\s+of|load\s+of|nothing\s+but|just|"
         r"basically|=|like)\s+(?:all\s+|just\s+|basically\s+|a\s+bunch\s+of\s+)?(?:\w+\s+)?"
         r"(?:groomers|paedos|pedos|nonces|perverts|predators|deviants|degenerates)|grooming\s+"
         r"(?:our|the|my|little|young)\s+(?:kids|children|boys|girls))\b(?=.{0,150}\b"
         + _LGBT_CUE + r"\b)|\b" + _LGBT_CUE + r"\b.{0,150}?\b(?:they'?re|they\s+are|are|all|"
         r"bunch\s+of|load\s+of|nothing\s+but|just|basically|=|like)\s+(?:all\s+|just\s+|"
         r"basically\s+|a\s+bunch\s+of\s+)?(?:\w+\s+)?(?:groomers|paedos|pedos|nonces|perverts|"
         r"predators|deviants|degenerates)\b", 0.85),
        (r"\b(?P<hit>(?:two\s+(?:mums|mams|moms|dads)|gay\s+(?:parents|couples?|dads|mums)|"
         r"same[\s-]sex\s+(?:parents|couples?|marriage|families)|lesbian\s+(?:parents|mums|"
         r"couples?))\b.{0,60}?\b(?:not\s+natural|unnatural|isn'?t\s+natural|not\s+right|sick|"
         r"disgusting|shouldn'?t\s+be\s+allowed|child\s+abuse|brainwash\w*|not\s+normal|isn'?t\s+"
         r"normal|a\s+sin|perverted|confusing\s+(?:the|our|my|poor)\s+(?:\w+\s+)?(?:kids|"
         r"children)|wrong\s+for\s+(?:a|the)\s+(?:kid|child|kids|children)))\b", 0.8),
        (r"\b(?P<hit>(?:fella|geezer|lad|guy|bloke|man)\s+in\s+(?:a\s+)?(?:frock|frocks|heels|"
         r"high\s+heels|make[\s-]?up|a\s+bra|a\s+skirt|a\s+dress|dress|dresses|wig|lipstick))\b"
         r"(?!.{0,80}\b(?:panto|pantomime|dame|fancy\s+dress|world\s+book\s+day|costume|"
         r"comedy|sketch|play))", 0.8),
        (r"\b(?P<hit>he\s*/\s*she\s*/\s*it|she\s*/\s*he\s*/\s*it|he[\s-]she|she[\s-]he|"
         r"it\s*/\s*its?\s+pronouns?)\b", 0.85),
    ), frozenset(words("keep get they they're are all bunch load nothing just basically like "
                       "two gay same lesbian fella geezer lad guy bloke man he she it "
                       "grooming")) | frozenset("=")),
    # Race and disability by other means: ape emoji at a person, tokenism, "special school".
    Family(IDENTITY_ATTACK, "identity lexicon: racial mockery or tokenism", (
        (r"(?P<hit>" + _APE + r"\s*(?:🍌|" + _APE + r")|🍌\s*" + _APE + r")"
         r"(?!.{0,80}\b(?:zoo|safari|monkey\s+world|jungle\s+gym|soft\s+play|bars|farm|"
         r"animals?|trip|wildlife|rainforest))", 0.85),
        (r"(?:<TITLE>\s+[a-z]+|\b(?:he|she|him|her|his\s+\w+|her\s+\w+|their\s+\w+|that\s+\w+|"
         r"the\s+new\s+\w+))\s*(?P<hit>" + _APE + r")(?!.{0,80}\b(?:zoo|safari|monkey\s+world|"
         r"soft\s+play|bars|farm|animals?|trip|wildlife|cheeky|rainforest|climb\w*))", 0.85),
        (r"\b(?P<hit>(?:dei|woke|quota|bame|affirmative\s+action|token)\s+(?:hire|hires|"
         r"appointment|pick|candidate))\b", 0.85),
        (r"(?#needles:tick,fill)\b(?P<hit>(?:she'?s|he'?s|she\s+is|he\s+is|she\s+was|he\s+was)\s+"
         r"(?:only|just)\s+(?:there|here|hired|employed|appointed|promoted|in\s+(?:the\s+job|post)"
         r"|(?:got|given)\s+(?:the\s+job|it|in|promoted)|(?:the\s+|a\s+)?(?:deputy|head|teacher|"
         r"governor|senco|chair|manager|boss|ta|head\s+of\s+\w+))\s+(?:to|for|cos|because|as)\s+"
         r"(?:to\s+)?(?:tick|fill)\s+(?:a|the|some|their)\s+(?:\w+\s+)?(?:box|boxes|quota))\b"
         r"(?!\s+on\s+(?:the|a|an|their)\s+(?:\w+\s+)?(?:form|sheet|list|survey|register|"
         r"application))", 0.6),
        (r"(?:<TITLE>\s+\w+|\b(?:he|she|his\s+\w+|her\s+\w+|that\s+\w+))\s+(?P<hit>(?:looks|look|"
         r"sounds|smells)\s+like\s+(?:a|an|some)\s+(?:\w+\s+)?(?:monkey|ape|gorilla|chimp|baboon|"
         r"orangutan))\b(?<!cheeky\smonkey)(?<!little\smonkey)(?!.{0,60}\b(?:costume|outfit|"
         r"dressed|face\s+paint|zoo|climb\w*|bars|tree))", 0.75),
        (r"\b(?P<hit>(?:a\s+bit|bit|very|quite|extra|a\s+little)\s+special)\b(?=.{0,30}(?:if\s+"
         r"(?:you|u)\s+know\s+what\s+i\s+mean|🙄|😂|🤪|wink|know\s+what\s+i\s+mean))", 0.7),
        (r"\b(?:you|u|he|she)(?:'re|\s+are|'s|\s+is|\s+r)?\s+(?:a\s+bit\s+)?(?P<hit>special\s+"
         r"needs)\s+(?:or\s+something|lol|mate|innit)", 0.8),
        (r"\b(?P<hit>(?:he|she|that\s+(?:kid|boy|girl|child)|your\s+(?:kid|son|daughter|boy|girl)|"
         r"his\s+(?:kid|son|daughter)|her\s+(?:kid|son|daughter))\s+(?:should|needs\s+to|ought\s+"
         r"to|belongs)\s+(?:be\s+)?in\s+a\s+special\s+(?:school|unit|needs\s+school))\b", 0.6),
    ), frozenset(words("she's she he he's that the his her their your dei woke quota bame "
                       "looks look sounds smells special "
                       "affirmative token mr mrs miss ms mx dr sir")) | frozenset(
                           "🐒🐵🦍🦧🙉🍌")),
)
