"""Identity attacks: slurs, and stereotypes about race, religion, nationality, disability,
sexuality and gender.

A group word on its own is never an attack: "Happy Diwali", "Polish traditions day",
"Ramadan Mubarak", "a Jamaican patty stall" and "my son is autistic" are all clean. What
counts is a slur, or a group word joined to a sweeping negative claim ("<group> nick
everything", "<group> are all the same"), an exclusion ("go back to ...", "shouldn't be
allowed near our kids"), or one of the set phrases of British prejudice ("fresh off the
boat", "can't even speak English", "diversity hire", "we all know what that means").
"""

import re

from rules.lexicons import IDENTITY_ATTACK, Family, TermGroup, words

# --- Slurs ----------------------------------------------------------------------------------

# Slurs that attack a group whatever the sentence around them.
SLURS = TermGroup(
    IDENTITY_ATTACK, "identity lexicon: slur", words("""
        paki pakis pakki nigger nigga niggers niggas nigguh negro wog wogs golliwog coon
        darkie darky sambo chinky chinks gook gooks jap japs towelhead raghead
        kike kikes yid yids hymie polack polacks kraut krauts spic spics wetback dago wop
        gyppo gyppos gippo gipo gypo gyppy pikey pikeys pikie halfcaste mong mongs
        mongoloid spaz spazz spazzy spacker spastic retard retards retarded tard libtard
        tranny trannies shemale ladyboy dyke dykes lezza lezzer lesbo lesbos poofs
        poofter poofters shirtlifter bumboy gayboy taig coloureds
    """),
    bare=0.95, framed=0.95, plural=False)

# Slurs that are also a food ("faggots and peas"), an idiom ("a chink in the armour") or
# science ("homo sapiens"): the same words, with those readings fenced off.
SLURS_WITH_HARMLESS_READINGS = TermGroup(
    IDENTITY_ATTACK, "identity lexicon: slur", words("chink faggot faggots homo homos"),
    bare=0.95, framed=0.95, plural=False,
    benign_after=words("and sapiens sapien erectus peas gravy mash in the armour armor"),
    benign_nearby=words("cigarette cigarettes smoke smoking ciggie ciggy lighter butcher "
                        "gravy peas sapiens"))

# --- Identity groups, for the stereotype patterns --------------------------------------------

# Group adjectives: "Polish", "muslim", "gay", "SEN". On their own they describe, so the
# patterns pair them with a people noun ("muslim dads") unless a slur-like context follows.
ADJECTIVE = (r"(?:polish|romanian|bulgarian|lithuanian|latvian|albanian|slovak|czech|"
             r"eastern\s+european|european|pakistani|indian|bangladeshi|bengali|chinese|"
             r"japanese|korean|vietnamese|filipino|nigerian|ghanaian|somali|somalian|eritrean|"
             r"sudanese|african|african\s+american|caribbean|jamaican|arab|arabic|afghan|iraqi|"
             r"iranian|syrian|kurdish|turkish|irish|scottish|welsh|mexican|latino|latina|latinx|"
             r"hispanic|asian|middle\s+eastern|foreign|immigrant|migrant|refugee|gypsy|roma|"
             r"romani|traveller|traveler|ethnic|non[\s-]?english|non[\s-]?british|black|brown|"
             r"white|coloured|mixed[\s-]race|muslim|moslem|islamic|jewish|hindu|sikh|christian|"
             r"catholic|protestant|buddhist|taoist|mormon|atheist|disabled|sen|special\s+needs|"
             r"autistic|adhd|down'?s|deaf|blind|dyslexic|paralysed|paralyzed|gay|lesbian|"
             r"bisexual|trans|transgender|lgbt\w*|queer|homosexual|non[\s-]?binary|nonbinary)")
# Plural group nouns, which name a group by themselves: "Romanians", "the travellers".
_PLURAL = (r"(?:poles|romanians|bulgarians|lithuanians|latvians|albanians|slovaks|czechs|"
           r"eastern\s+europeans|europeans|pakistanis|indians|bangladeshis|bengalis|koreans|"
           r"filipinos|nigerians|ghanaians|somalis|somalians|eritreans|africans|caribbeans|"
           r"jamaicans|arabs|afghans|iraqis|iranians|syrians|kurds|turks|scots|mexicans|latinos|"
           r"hispanics|asians|foreigners|immigrants|migrants|refugees|asylum\s+seekers|illegals|"
           r"gypsies|gipsies|travellers|travelers|blacks|whites|ethnics|muslims|moslems|jews|"
           r"hindus|sikhs|christians|catholics|protestants|buddhists|mormons|atheists|autists|"
           r"gays|lesbians|bisexuals|transgenders|homosexuals|women|females|tinkers|pikeys|"
           r"the\s+(?:chinese|irish|polish|japanese|vietnamese|sudanese|welsh|scottish|roma|"
           r"disabled|deaf|blind|gays|trans)|"
           # Towns used as a stand-in for the Asian families who live there.
           r"(?:the\s+)?(?:bradford|rotherham|luton|dewsbury|oldham|rochdale|tower\s+hamlets|"
           r"blackburn)\s+(?:families|lot|mums|dads|crowd|types|ones|parents|kids))")
# Singular nouns for a member of a group: "stupid jew", "filthy gypsy".
_MEMBER = (r"(?:jew|muslim|moslem|hindu|sikh|arab|immigrant|migrant|refugee|foreigner|gypsy|"
           r"gipsy|traveller|lesbian|gay|homosexual|tranny|pole|romanian|paki|nigerian|somali|"
           r"afghan|syrian|asylum\s+seeker)")
# People nouns after a group adjective.
_PEOPLE = (r"(?:people|person|folk|kids|children|child|families|family|parents|mums|mams|"
           r"moms|dads|mothers|fathers|men|man|women|woman|lads|boys|girls|teachers?|staff|"
           r"lot|community|ones|neighbours|pupils|students|couples?|faces?|mum|dad|lady|bloke)")
# A group: "Romanians", "the muslim dads", "these Eastern Europeans", "black families".
GROUP = r"(?:" + _PLURAL + r"|" + ADJECTIVE + r"\s+" + _PEOPLE + r")"
# A group adjective standing alone at the end of a clause: "is a vile sikh".
_LONE = ADJECTIVE + r"(?=\s*(?:$|[.!?,;]))"
_G = r"\b" + GROUP + r"\b"
# Words at least one of which every group pattern needs (the speed shortcut in `Family`).
GROUP_WORDS = (frozenset(re.findall(r"[a-z]{3,}", ADJECTIVE + _PLURAL + _MEMBER)) - {"the"}
               | frozenset(words("sen lgbt lgbtq lgbtqia adhd downs")))
# What people are told to lock up when a group is about: "hide your purses".
_STASH = (r"(?:cars|car|bikes|bike|sheds|doors|houses|house|valuables|purses|purse|bags|"
          r"handbags|wallets|phones|kids|children|daughters|sons|stuff|things)")
# Groups whose members are stereotyped by "explains why": sexuality, religion, race.
_EXPLAINABLE = (r"(?:gay|lesbian|bisexual|trans|transgender|queer|muslim|jewish|hindu|sikh|"
                r"black|asian|foreign|polish|romanian|pakistani|indian|nigerian|chinese)")
# Countries people are told to "go back to".
_COUNTRY = (r"(?:india|pakistan|bangladesh|poland|romania|bulgaria|lithuania|albania|africa|"
            r"nigeria|somalia|jamaica|china|syria|iraq|iran|afghanistan|turkey|ireland|"
            r"mexico|eastern\s+europe|europe|the\s+jungle|the\s+caribbean|the\s+middle\s+east|"
            r"your\s+(?:own\s+)?country|their\s+(?:own\s+)?country|his\s+(?:own\s+)?country|"
            r"her\s+(?:own\s+)?country|where\s+(?:you|they|he|she)\s+(?:came|come)\s+from|"
            r"your\s+own\s+\w+|their\s+own\s+\w+|home)")

# Negative claims made about a whole group.
_SWEEPING = (r"(?:thieves|scroungers|criminals|terrorists|animals|savages|vermin|parasites|"
             r"rapists|groomers|paedos|pedos|perverts|lazy|dirty|filthy|smelly|disgusting|scary|"
             r"violent|dangerous|thick|stupid|the\s+same|all\s+the\s+same|a\s+problem|trouble|"
             r"a\s+nightmare|everywhere|taking\s+over|ruining|breeding|not\s+normal|unnatural|"
             r"sick|a\s+disease|a\s+cult|backward|primitive|uncivilised|uncivilized|liars|"
             r"cheats|beggars|spongers|freeloaders|leeches|cockroaches|rats|pigs|monkeys|apes|"
             r"intimidating|aggressive|creepy|weird|a\s+burden|a\s+drain|useless|evil|"
             r"inbred|rubbish|scum|trash|a\s+joke|ruining\s+everything|a\s+menace|rude|loud|"
             r"tight|greedy|ignorant|uneducated|unhygienic|on\s+benefits|benefit\s+scroungers|"
             r"taking\s+our\s+jobs|noisy|causing\s+trouble|up\s+to\s+no\s+good|causing\s+"
             r"problems|kicking\s+off|a\s+danger|drunk|drunks|alcoholics|pissheads|boozers|"
             r"on\s+the\s+piss|crooks|shifty|dodgy|feral|hormonal|hysterical|a\s+law\s+unto\s+"
             r"themselves|up\s+to\s+something|benefit\s+cheats|workshy|work\s+shy|scammers|"
             r"fraudsters|con\s+artists|conmen|crooks)")

# Words that dehumanise migrants without being slurs in the dictionary sense.
DEHUMANISING = TermGroup(
    IDENTITY_ATTACK, "identity lexicon: dehumanising term for a group",
    words("illegals"), bare=0.75, framed=0.85, plural=False)

TERM_GROUPS: tuple[TermGroup, ...] = (SLURS, SLURS_WITH_HARMLESS_READINGS, DEHUMANISING)

FAMILIES: tuple[Family, ...] = (
    # Slurs written as two words.
    Family(IDENTITY_ATTACK, "identity lexicon: slur", (
        (r"\b(?P<hit>half[\s-]?castes?|batty[\s-]?(?:boys?|man|men)|bum[\s-]?boys?|"
         r"shirt[\s-]?lifters?|fudge[\s-]?packers?|camel[\s-]?jockeys?|curry[\s-]?munchers?|"
         r"bog[\s-]?trotters?|jungle[\s-]?bunn(?:y|ies)|spear[\s-]?chuckers?|sand[\s-]?"
         r"n[i*][g*]+\w*|window[\s-]?lickers?|short[\s-]?bus|rag[\s-]?heads?|towel[\s-]?heads?|"
         r"dot[\s-]?heads?|slant[\s-]?eyes?|slitty[\s-]?eyes?|chinky[\s-]?eyes?|white\s+trash)\b",
         0.95),
    ), frozenset(words("half batty bum shirt fudge camel curry bog jungle spear sand window "
                       "short rag towel dot slant slitty chinky halfcaste castes caste "
                       "lifters lifter packer packers jockey jockeys munchers muncher "
                       "trotter trotters bunny bunnies chucker chuckers licker lickers bus "
                       "head heads eyes eye white trash"))),
    # A group with a sweeping negative claim: "Romanians nick everything".
    Family(IDENTITY_ATTACK, "identity lexicon: negative generalisation about a group", (
        (r"(?P<hit>" + _G + r"(?:\s+\w+){0,4}?\s+(?:are|r|is|were|being)\s+(?:all\s+|just\s+|"
         r"so\s+|really\s+|always\s+|basically\s+|literally\s+)*(?:\w+\s+(?:and|&)\s+)?"
         + _SWEEPING + r")\b", 0.85),
        (r"(?P<hit>" + _G + r"\s+(?:all\s+|always\s+|just\s+)?(?:nick|steal|rob|scrounge|breed|"
         r"smell|stink|beg|sponge|cheat|lie|rape|groom)\w*\b)", 0.85),
        (r"(?P<hit>" + _G + r".{0,60}?\b(?:they|they'?ll|they\s+will|who|them|they'?re)\s+"
         r"(?:all\s+|always\s+|just\s+|gonna\s+|going\s+to\s+)?(?:rob|steal|nick|scrounge|sponge|"
         r"cheat|stink|smell|rape|groom|breed)\w*\b)", 0.85),
        (r"(?P<hit>" + _G + r".{0,60}?\b(?:stink|stinks|smell|smells|reek|reeks|stinking)\s+of\s+"
         r"(?:curry|garlic|spices?|kebab|fish|onions?)\b)", 0.85),
        (r"(?P<hit>\btaken\s+over\s+by\s+(?:the\s+)?" + _G + r")", 0.85),
        (r"(?P<hit>\b(?:swamped|flooded|overrun|infested|invaded|full)\s+(?:with|by)\s+"
         r"(?:the\s+)?" + _G + r")", 0.85),
        (r"(?P<hit>" + _G + r".{0,60}?\b(?:don'?t|doesn'?t|never|won'?t)\s+(?:even\s+)?"
         r"(?:try\s+to\s+)?(?:fit\s+in|integrate|respect\s+our|learn\s+our|mix))\b", 0.8),
        (r"(?P<hit>" + _G + r".{0,40}?\b(?:breed|breeding)\s+like\s+(?:rabbits|rats|flies))\b",
         0.9),
        (r"(?P<hit>" + _G + r".{0,60}?\b(?:they'?re|they\s+are|theyre|they\s+r)\s+(?:all\s+|so\s+|"
         r"just\s+|always\s+|basically\s+)*" + _SWEEPING + r")\b", 0.85),
        (r"(?P<hit>" + _G + r"\s+(?:all\s+)?(?:eat|eats|eating)\s+(?:dogs|cats|bats|rats|monkeys|"
         r"anything))\b", 0.9),
        (r"(?P<hit>" + _G + r".{0,40}?\b(?:disgusting|vile|gross|revolting|filthy|dirty|rank)\b)",
         0.75),
        (r"(?P<hit>" + _G + r".{0,60}?\b(?:same|with)\s+(?:\w+\s+){0,3}?(?:as\s+)?normal\s+"
         r"(?:kids|children|people|pupils|families))\b", 0.8),
        (r"(?P<hit>" + _G + r"\s+(?:will|'ll|would|always|all|just|gonna|only|basically)\s+"
         r"(?:\w+\s+)?(?:nick|steal|rob|scrounge|breed|beg|sponge|cheat|lie|rape|groom)\w*\b)",
         0.85),
        (r"(?P<hit>" + _G + r".{0,40}?\b(?:get|gets|getting|given|handed)\s+(?:everything|"
         r"it\s+all|all\s+the\s+\w+|houses|free\s+\w+)\s*(?:for\s+free|handed|free|"
         r"on\s+a\s+plate)?)",
         0.75),
        (r"(?P<hit>" + _G + r".{0,40}?\b(?:taking|take|took|stealing|steal|nicking)\s+(?:all\s+)?"
         r"(?:the|our)\s+(?:\w+\s+)?(?:jobs|houses|homes|places|benefits|spaces|school\s+places|"
         r"council\s+houses))\b", 0.85),
        (r"(?P<hit>" + _G + r"(?:\s+\w+){0,3}?\s+(?:can'?t|cannot|don'?t|won'?t|never)\s+"
         r"(?:even\s+)?(?:speak|spell|drive|read|write|cook|wash|integrate|be\s+trusted|behave|"
         r"work|pay|learn|listen|clean|control))\b", 0.8),
        (r"(?P<hit>(?:being|is|are)\s+(?:" + GROUP + r"|" + ADJECTIVE + r")\s+(?:is|are)\s+"
         r"(?:so\s+)?(?:disgusting|vile|wrong|sick|filthy|dumb|stupid|moronic|shitty|nasty|ugly|"
         r"awful|terrible|horrible|unnatural|a\s+sin|a\s+disease|rotten|repulsive|idiotic))\b",
         0.85),
        (r"\b(?P<hit>(?:disgusting|filthy|nasty|rotten|horrible|terrible|awful|repulsive|vile|"
         r"idiotic|stupid|moronic|dumb|ugly|shitty|fucked|dirty|smelly|thieving|lazy|"
         r"scrounging|bloody|fucking|f\*+ing)\s+(?:" + GROUP + r"|" + _LONE + r"|" + _MEMBER +
         r"s?))\b", 0.85),
        (r"\b(?P<hit>" + ADJECTIVE + r"\s+(?:cunts?|bitch(?:es)?|bastards?|twats?|scum|pigs?|"
         r"rats?|dogs?|whores?|slags?|wankers?|pricks?|idiots?|morons?|trash|filth|vermin|savages?"
         r"|animals?|parasites?|cockroaches|monkeys?|apes?))\b", 0.9),
        (r"(?P<hit>\b(?:don'?t|do\s+not|doesn'?t)\s+want\s+(?:you|them|any\s+more|more|any|"
         r"these|those|their|the)\s+" + GROUP + r")", 0.8),
        (r"(?P<hit>" + _G + r".{0,40}?\b(?:not\s+welcome|don'?t\s+belong|do\s+not\s+belong|"
         r"go\s+home|get\s+out|out\s+of\s+(?:our|this)\s+(?:country|school|town)))\b", 0.85),
        (r"\b(?P<hit>(?:i\s+)?(?:hate|can'?t\s+stand|despise|detest)\s+(?:all\s+)?(?:the\s+)?"
         r"(?:" + GROUP + r"|" + _LONE + r"))\b(?!\s+(?:food|music|films?|shops?|restaurants?|"
         r"takeaways?|cooking|weather|accents?|songs?))", 0.85),
        (r"\b(?P<hit>(?:kill|murder|destroy|exterminate|gas|deport|hang|shoot|ban)\s+(?:all\s+"
         r"(?:the\s+)?)?(?:" + GROUP + r"|" + _LONE + r"))\b(?!\s+(?:food|music|films?|"
         r"shops?|restaurants?|takeaways?|cooking|songs?|dancing|dance))", 0.9),
        (r"(?P<hit>(?:typical|what\s+do\s+you\s+expect|no\s+surprise)\b.{0,40}?" + _G + r")", 0.8),
        (r"(?P<hit>" + _G + r".{0,60}?\b(?:typical|what\s+do\s+you\s+expect|you\s+know\s+what\s+"
         r"they'?re\s+like|we\s+all\s+know\s+what\s+(?:that|this)\s+means|lock\s+(?:up\s+)?"
         r"your\s+(?:cars|bikes|sheds|doors|houses|valuables|kids))\b)", 0.85),
        (r"(?P<hit>\b(?:lock|hide|watch|guard|hold\s+onto)\s+(?:up\s+)?your\s+" + _STASH +
         r"\b.{0,60}?" + _G + r")", 0.85),
        (r"(?P<hit>" + _G + r".{0,60}?\b(?:lock|hide|watch|guard|hold\s+onto)\s+(?:up\s+)?your\s+"
         + _STASH + r")\b", 0.85),
        (r"(?P<hit>\btoo\s+many\s+" + _G + r")", 0.75),
        (r"(?P<hit>" + _G + r".{0,80}?\b(?:backward|primitive|medieval|barbaric|uncivilised|"
         r"third[\s-]world|there\s+goes\s+the\s+(?:neighbourhood|area|school))\b)", 0.8),
        (r"(?P<hit>\b(?:our|my|taxpayers'?|the\s+taxpayer'?s?)\s+(?:taxes|money|tax)\b.{0,60}?"
         + _G + r")", 0.7),
        (r"(?P<hit>" + _G + r".{0,40}?\b(?:should|need\s+to|ought\s+to)\s+(?:be\s+in|go\s+to)\s+"
         r"(?:a\s+)?(?:special|separate|their\s+own)\s+(?:school|class|unit))\b", 0.8),
        (r"(?P<hit>" + _G + r".{0,60}?\b(?:learn\s+(?:the\s+language|english)|(?:or|and)\s+"
         r"(?:go|get|piss|bugger|sod)\s+(?:off\s+)?(?:back\s+)?home))\b", 0.85),
        (r"(?P<hit>" + _G + r".{0,40}?\b(?:hold|holding|holds)\s+(?:ours|our\s+(?:kids|children)|"
         r"my\s+(?:kids|children|son|daughter))\s+back)", 0.8),
        (r"(?P<hit>" + _EXPLAINABLE + r"\b.{0,40}?\b(?:explains|that'?s\s+why|no\s+wonder)\b)",
         0.8),
        (r"(?P<hit>\bof\s+course\s+(?:the\s+|a\s+|an\s+)?" + GROUP + r"\b)", 0.6),
        (r"(?P<hit>" + _G + r"(?:\s+\w+){0,2}?\s+(?:come|coming|came)\s+(?:over\s+)?here\b)",
         0.85),
        (r"(?P<hit>" + _G + r"(?:\s+\w+){0,2}?\s+(?:should(?:n'?t|\s+not)?|must(?:n'?t|\s+not)|"
         r"need\s+to|ought\s+to|can'?t|shouldnt)\s+(?:be\s+)?(?:allowed|teaching|teach|near|"
         r"around|working|let|trusted|adopt|adopting|have\s+kids|having\s+kids|go\s+back|be\s+sent"
         r"|learn\s+to|get\s+out|leave|in\s+(?:mainstream|normal|our|a\s+normal)|mixing|"
         r"married|marry|getting\s+married|raising|bringing\s+up))\b", 0.85),
        (r"(?P<hit>\bwhy\s+(?:do|are|should|does|is)\s+(?:the\s+)?" + GROUP + r"\s+(?:even\s+)?"
         r"(?:go|come|get|allowed|here|in|at|attend|have))\b", 0.8),
        (r"(?P<hit>" + _G + r".{0,40}?\b(?:hold|holding|holds)\s+(?:everyone|every\s+one|the\s+"
         r"(?:class|rest|others|other\s+kids)|the\s+whole\s+class|our\s+kids)(?:\s+else)?\s+back)",
         0.8),
        (r"(?P<hit>" + _G + r".{0,60}?\b(?:cost|costs|costing)\s+(?:a\s+fortune|us|the\s+"
         r"(?:school|taxpayer|country)|taxpayers))", 0.7),
        (r"(?P<hit>(?:no\s+offen[cs]e|not\s+being\s+(?:funny|racist|funny\s+but)|i'?m\s+not\s+"
         r"(?:racist|homophobic|being\s+racist)|not\s+racist)\b.{0,60}?" + _G + r")", 0.6),
    ), GROUP_WORDS, anchor=_G),
    # Telling people to leave, or that they do not belong.
    Family(IDENTITY_ATTACK, "identity lexicon: telling a group they do not belong", (
        (r"\b(?P<hit>(?:go|get|going|send\s+(?:them|em|'em|him|her)|sent|should\s+go|can\s+go)"
         r"\s+(?:straight\s+)?back\s+(?:to|home\s+to)\s+" + _COUNTRY + r")\b(?!\s+(?:every|each|"
         r"for\s+(?:the\s+)?(?:summer|holidays?|half\s+term|christmas|eid|a\s+(?:month|week|"
         r"visit|wedding|funeral|few|couple))|to\s+(?:visit|see)|on\s+holiday|in\s+(?:the\s+)?"
         r"(?:summer|august|july|december)|this\s+(?:summer|year|christmas)|next\s+(?:week|"
         r"month|year|summer)))", 0.9),
        (r"\b(?P<hit>(?:go|get|send\s+(?:them|em|'em|him|her|the\s+lot))\s+(?:all\s+)?back\s+"
         r"where\s+(?:you|they|he|she)\s+(?:came|come)\s+from)\b", 0.9),
        (r"\b(?P<hit>send\s+(?:them|em|'em|him|her|the\s+lot)\s+(?:all\s+)?(?:back\s+)?home)\b"
         r"(?=\s*(?:$|[.!?,;]|\s+(?:where|on\s+the\s+(?:next|first)|then|lol|i\s+say|already)\b))",
         0.85),
        (r"\b(?:you|they|them|just|should|can|all)\s+(?:all\s+)?(?P<hit>(?:go|"
         r"get)\s+back\s+home)\b"
         r"(?!\s+(?:if|when|after|because|cos|early|to|for|and|now|at|on|by|tonight|today|"
         r"tomorrow|first|later|soon|please|safe|safely|with|in|straight\s+after|sick|ill))"
         r"(?!\s*\?)", 0.75),
        (r"\b(?P<hit>(?:send|put|ship)\s+(?:them|em|'em|the\s+lot|him|her)\s+(?:all\s+)?(?:home\s+"
         r"|"
         r"back\s+)?on\s+(?:the\s+)?(?:next|first)\s+(?:boat|plane|flight|ferry|dinghy))\b", 0.85),
        (r"\b(?P<hit>(?:should|need\s+to|needs\s+to|ought\s+to|want\s+to)\s+(?:all\s+)?be\s+"
         r"(?:deported|sent\s+(?:back|home)|shipped\s+(?:back|off|out|home)|kicked\s+out\s+of\s+"
         r"(?:the|this|our)\s+country)|deport\s+(?:them|the\s+lot|em|'em)(?:\s+all)?)\b", 0.75),
        (r"\b(?P<hit>keep\s+(?:our|this|the)\s+(?:school|town|country|area|street|class|"
         r"village)\s+"
         r"(?:british|english|white|christian)|keep\s+(?:britain|england|the\s+uk|scotland|"
         r"wales)\s+(?:white|british|english|christian))\b", 0.85),
        (r"\b(?P<hit>send\s+(?:them|em|'em|the\s+lot)\s+(?:all\s+)?back)\b(?=\s*(?:$|[.!?,;]|"
         r"\s+(?:home|where|over|across|on\s+the|to\s+" + _COUNTRY + r"|and|lol|i\s+say|then|"
         r"now|already)\b))", 0.8),
        (r"\b(?P<hit>(?:fresh|straight|just)\s+off\s+the\s+(?:boat|banana\s+boat|plane|"
         r"dinghy|lorry))\b", 0.9),
        (r"\b(?P<hit>(?:came|come|arrived)\s+(?:over\s+)?(?:on|in)\s+(?:a|the)\s+(?:boat|dinghy|"
         r"lorry))\b", 0.7),
        (r"\b(?P<hit>(?:they|them|these\s+people|those\s+people|you\s+people|people\s+like\s+"
         r"(?:them|that))\s+(?:all\s+)?(?:come|coming|came)\s+(?:over\s+)?here\s+(?:and|to|"
         r"expecting|expect|for|with))", 0.85),
        (r"\b(?P<hit>come\s+over\s+here\s+and)\b", 0.8),
        (r"\b(?P<hit>breed(?:ing)?\s+like\s+rabbits)\b", 0.7),
        (r"\b(?P<hit>(?:like|feels\s+like)\s+(?:being\s+in\s+)?a\s+foreign\s+country)\b", 0.7),
        (r"\b(?P<hit>(?:english|british|white)\s+(?:kids|children|families|people)\s+(?:are|r)\s+"
         r"(?:the\s+)?(?:minority|outnumbered))\b", 0.8),
        (r"\b(?P<hit>expect(?:ing)?\s+everything\s+(?:handed|given)\s+to\s+them)\b", 0.65),
        (r"\b(?P<hit>(?:taking|take|took)\s+over\s+(?:our|the|this)\s+(?:country|school|"
         r"town|area|streets|jobs))\b", 0.7),
        (r"\b(?P<hit>(?:turning|turned|becoming)\s+into\s+(?:little\s+|a\s+)?(?:pakistan|india|"
         r"bangladesh|poland|romania|africa|beirut|baghdad|kabul|mogadishu|lagos|"
         r"third\s+world|refugee\s+camp))\b", 0.85),
        (r"\b(?P<hit>little\s+(?:pakistan|india|bangladesh|poland|warsaw|romania|bucharest|"
         r"africa|beirut|baghdad|kabul|mogadishu|lagos|somalia|mumbai|karachi|lahore))\b", 0.85),
        (r"\b(?P<hit>(?:stink|stinks|smell|smells|reek|reeks|stinking)\s+of\s+(?:curry|"
         r"garlic|spices?))\b", 0.7),
        (r"\b(?P<hit>(?:don'?t|do\s+not|won'?t|will\s+not|not)\s+(?:want|have|having|let|"
         r"letting)\s+"
         r"(?:my|our|the)\s+(?:\w+\s+)?(?:taught|teaching|looked\s+after|coached|treated|"
         r"changed|near|around|with)\s+(?:by\s+)?(?:a|an|some|them|those|these)\s+(?:" + _MEMBER +
         r"|" + ADJECTIVE + r"))\b", 0.85),
        (r"\b(?P<hit>(?:won'?t|will\s+not|not|don'?t)\s+(?:be\s+)?(?:share|sharing|sit|sitting|"
         r"chang(?:e|ing)|getting\s+changed|sleep|sleeping|mix|mixing)\b.{0,30}?\bwith\s+(?:a|an|"
         r"some|them|those|these|the)\s+(?:" + _MEMBER + r"|" + ADJECTIVE + r"))\b", 0.8),
        (r"\b(?P<hit>why\s+should\s+(?:we|our\s+kids|my\s+\w+|i)\b.{0,60}?\b(?:their|them|"
         r"these)\s+"
         r"(?:festivals?|religion|culture|food|language|holidays?|ramadan|eid|diwali|customs|"
         r"traditions|prayers?))\b", 0.8),
        (r"\b(?P<hit>(?:this\s+is|it'?s|we'?re\s+in)\s+(?:england|britain|the\s+uk|"
         r"a\s+christian\s+"
         r"country))\b(?=.{0,60}\b(?:their|them|they|these|those|why\s+should))|\b(?:their|them|"
         r"they|these|those|why\s+should)\b.{0,60}?\b(?:this\s+is|it'?s|we'?re\s+in)\s+"
         r"(?:england|britain|the\s+uk|a\s+christian\s+country)\b", 0.75),
        (r"\b(?P<hit>ban\s+(?:the\s+)?(?:headscarves|headscarfs|hijabs?|burkas?|burqas?|niqabs?|"
         r"turbans?|kippahs?|halal|mosques?|prayer\s+rooms?))\b", 0.8),
        (r"\b(?P<hit>(?:it'?s|this\s+is)\s+not\s+(?:saudi(?:\s+arabia)?|pakistan|iran|afghanistan|"
         r"india|africa|poland|romania))\b", 0.75),
        (r"\b(?P<hit>(?:not|isn'?t|is\s+not)\s+(?:a\s+)?(?:proper|real|true)?\s*(?:british|"
         r"english)(?:\s+(?:name|person|school|teacher))?)\b", 0.5),
        (r"\b(?P<hit>should(?:'ve|\s+have|\s+of)?\s+(?:hired|employed|got|gotten|picked)\s+"
         r"(?:someone|somebody|a\s+teacher|a\s+person|an?)\s+(?:english|british|white|local|"
         r"from\s+here|who\s+(?:can\s+)?speaks?\s+english))\b", 0.85),
    ), frozenset(words("go get going send sent should can fresh straight just came come "
                       "arrived they them these those you people expect expecting taking take "
                       "took turning turned becoming little not isn isnt is stink stinks smell "
                       "smells reek reeks stinking don dont won wont will why this it its we "
                       "ban breed breeding like feels english british white"))),
)
