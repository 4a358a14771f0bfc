"""Figurative, friendly and reported uses that look like abuse or threats but are not.

A hit on another family is dropped when one of these spans overlaps it, for the same label.
They are written as narrowly as possible: each one names the harmless reading.
"""

from rules.lexicons import IDENTITY_ATTACK, INSULT, OBSCENE, THREAT, Family

_BANTER_VERBS = (r"(?:murder|destroy|annihilate|smash|thrash|batter|hammer|kill|beat|flatten|"
                 r"crush|obliterate|slaughter|demolish|wipe\s+the\s+floor\s+with)")

FAMILIES: tuple[Family, ...] = (
    # Violent words as hyperbole or idiom: "killed it at the quiz", "nearly died laughing".
    Family(THREAT, "figurative violence", (
        (r"\bkill(?:s|ed|ing)?\s+(?:it|time|me|us|the\s+vibe|two\s+birds|my\s+(?:feet|back|legs|"
         r"knees|head|bank\s+balance|buzz|vibe|diet))\b", 0),
        (r"\b(?:could|would|'d|d)\s+(?:kill|murder)\s+(?:for|a|an)\b", 0),
        (r"\b(?:kill\s+for|dressed\s+to\s+kill|kill\s*joy|killer\s+\w+)\b", 0),
        (r"\bmurder\s+(?:a|an)\s+(?:curry|pint|takeaway|coffee|brew|cuppa|pizza|burger|kebab|"
         r"wine|glass|bottle|chippy|bacon|fry\s+up|sandwich|roast)\b", 0),
        (r"\b" + _BANTER_VERBS + r"\s+(?:the\s+)?(?:other|opposition|every|all\s+the|rest\s+of\s+"
         r"the)\s+(?:\w+\s+)?(?:teams?|classes|class|houses?|years?|schools?|dads|mums|parents|"
         r"mums'|dads')", 0),
        (r"\b" + _BANTER_VERBS + r"\s+(?:them|everyone|everybody)\s+(?:at|in|on)\s+(?:the\s+)?"
         r"(?:sports\s+day|quiz|match|race|game|tournament|football|netball|rounders|final|"
         r"bake\s+off|tug\s+of\s+war|competition|parents'?\s+race)", 0),
        (r"\b" + _BANTER_VERBS + r"\s+(?:year|yr|y)\s*\d", 0),
        (r"\b" + _BANTER_VERBS + r"\s+(?:him|her|them|you|u|\w+)\s+at\s+(?:\w+\s+){0,2}(?:kart|"
         r"chess|fifa|football|netball|scrabble|monopoly|cards|games?|quiz|darts|pool|tennis|"
         r"badminton|bingo|uno|mario|minecraft|fortnite|rounders|sports\s+day|connect\s+4|"
         r"cluedo|jenga|ping\s+pong|table\s+tennis|swingball|golf|bowling|arm\s+wrestling)", 0),
        (r"\b(?:get(?:s|ting)?|got)\s+away\s+with\s+murder\b", 0),
        (r"\b(?:it'?s|its|it\s+is|was|absolute|bloody)\s+murder\b", 0),
        (r"\bmurder\s+myster(?:y|ies)\b", 0),
        # Words children pick up and repeat: "come home shouting 'I'm gonna kill you' from
        # that Fortnite game".
        (r"(?:shouting|saying|yelling|repeating|screaming|singing)\s+['\"].{3,50}?['\"]\s+"
         r"(?:from|off|because\s+of|like\s+in)\s+(?:that|the|a|some)?\s*(?:\w+\s+){0,2}(?:game|"
         r"film|movie|show|programme|song|youtuber|video|cartoon|series|tiktok)", 0),
        (r"\b(?:died|dying|die)\s+(?:laughing|of\s+(?:laughter|embarrassment|shame|boredom))", 0),
        (r"\b(?:nearly|almost)\s+died\b", 0),
        (r"\b(?:i'?m|im|i\s+am|we'?re)\s+(?:so\s+)?dead\b", 0),
        (r"\b(?:to\s+die\s+for|dying\s+(?:for|to)|over\s+my\s+dead\s+body)\b", 0),
        (r"\bsmash(?:ed|es|ing)?\s+it\b", 0),
        (r"\bsmashed\s+(?:the|my|our|their|his|her)\s+(?:quiz|test|exam|sats|spelling|times\s+"
         r"tables|race|target|assembly|audition|interview|solo|record)", 0),
        (r"\bbeat(?:s|ing)?\s+(?:them|us|you|u|him|her|me)\s+(?:at|to|in)\b", 0),
        (r"\bbeat\s+(?:the|that)\s+(?:traffic|queue|rush|heat|record)\b", 0),
        (r"\bbeat(?:ing)?\s+(?:myself|yourself|herself|himself)\s+up\b", 0),
        (r"\bhit\s+(?:the|a)\s+(?:road|shops|hay|gym|sack|jackpot|ground|target|nail|roof|spot|"
         r"wall|button|big\s+time|deadline)\b", 0),
        (r"\b(?:hit\s+(?:me|us)\s+up|hit\s+and\s+miss|hit\s+it\s+off)\b", 0),
        (r"\bshoot\s+(?:me|us|you|u|him|her|them)\s+(?:a|an)\s+(?:message|email|text|dm|pm|"
         r"line|quick|msg)\b", 0),
        (r"\b(?:photo\s*shoot|shoot\s+(?:over|off|round|across))\b", 0),
        (r"\bkick(?:ed|ing|s)?\s+off\b", 0),
        (r"\bkick\s+(?:the|a)\s+(?:ball|habit|bucket|can)\b", 0),
        (r"\bburn(?:t|ed|ing)?\s+(?:the|my|our)\s+(?:toast|dinner|tea|cake|tongue|fingers)", 0),
        (r"\b(?:burn\s*out|burnt\s+out)\b", 0),
        (r"\b(?:have|take|had|took)\s+a\s+stab\s+at\b", 0),
        (r"\bslap\s*(?:bang|up|dash)\b", 0),
        (r"\bfight(?:ing)?\s+like\s+cat\s+and\s+dog\b", 0),
        (r"\bbreak\s+a\s+leg\b", 0),
        (r"\bknock\s+(?:'em|em|them)\s+dead\b", 0),
        (r"\bknock(?:ed)?\s+(?:it|them|'em|em)\s+out\s+of\s+the\s+park\b", 0),
        (r"\b(?:kill|murder|strangle|throttle)\s+(?:my|our)\s+(?:husband|wife|hubby|oh|other\s+"
         r"half|partner|kids?|son|daughter|children|boys?|girls?|mum|dad|dog|cat|printer|"
         r"laptop|phone)", 0),
        (r"\b(?:bath|costs?\s+a|cost\s+me\s+a|went\s+down\s+a|spent\s+a)\s+bomb\b", 0),
        (r"\bwatch\s+(?:your|ur)\s+back(?:s)?\s+(?:on|in|when|with|going)\b", 0),
        # Someone hurting themselves: "she's going to break her neck on those stairs".
        (r"\b(?:he|she|they|you|u|someone|somebody|the\s+kids|kids|one\s+of\s+them)\s*(?:'s|s|"
         r"\s+is|'re|\s+are|'ll|\s+will|\s+could|\s+might)?\s+(?:gonna\s+|going\s+to\s+)?(?:break|"
         r"breaking|crack|cracking)\s+(?:his|her|their|your|ur|a)\s+(?:own\s+)?(?:neck|legs?|arms?"
         r"|back|ankles?|wrists?|head|skull)\b", 0),
        # A parent sorting out their own child: "I'll deal with him myself, he's my son".
        (r"\b(?:deal\s+with|sort)\s+(?:him|her|them)\s+(?:out\s+)?(?:myself|personally)\b.{0,60}?"
         r"\b(?:my\s+(?:son|daughter|boy|girl|kid|lad|lass|eldest|youngest|little\s+one|twins)|"
         r"(?:he|she)'?s\s+mine|needs\s+(?:a|an|new|some|to\s+(?:get|buy|find)))", 0),
    )),
    # Name-calling the writer aims at themselves, or reports, or means fondly.
    Family(INSULT, "self-directed, reported or affectionate", (
        (r"\b(?:i'?m|im|i\s+am|i\s+was|i'?ve\s+been|ive\s+been|i\s+feel\s+like|me\s+being|call\s+"
         r"me|made\s+me\s+(?:look|feel)\s+like|i\s+look\s+like)\s+(?:such\s+|so\s+|a\s+bit\s+of\s+"
         r"|an?\s+|total\s+|complete\s+|absolute\s+|right\s+|proper\s+|massive\s+|utter\s+|bit\s+"
         r"of\s+an?\s+|a\s+bit\s+|being\s+)*[\w*]+", 0),
        (r"\bwhat\s+an?\s+(?:\w+\s+){0,2}[\w*]+\s+i\s+(?:am|was|'m)\b", 0),
        (r"\b(?:for|me|myself|of\s+me)\s+(?:being|acting|to\s+be)\s+(?:such\s+)?(?:an?\s+)?"
         r"(?:\w+\s+)?[\w*]+", 0),
        (r"\bsilly\s+me\b", 0),
        (r"\b(?:called|calling|calls)\s+(?:him|her|me|them|us|my\s+\w+|his\s+\w+|her\s+\w+|"
         r"our\s+\w+)\s+(?:an?\s+)?(?:\w+\s+){0,2}[\w*]+", 0),
        (r"\b(?:told|telling|said|says|saying)\s+(?:him|her|my\s+\w+|them|us|me)\s+(?:he|she|"
         r"they|i)\s*(?:was|is|were|are|'s|'re)\s+(?:an?\s+)?(?:\w+\s+){0,2}[\w*]+", 0),
        (r"\b(?:cheeky|little|daft)\s+monkeys?\b", 0),
        (r"\bsilly\s+(?:billy|sausage|goose|moo)\b", 0),
        (r"\b(?:you|u)\s+(?:absolute\s+|total\s+)?(?:legend|star|gem|angel)s?\b", 0),
        (r"\bclass\s+clowns?\b", 0),
        (r"\bmy\s+(?:son|daughter|kids?|boys?|girls?|lad|little\s+one|youngest|eldest|husband|wife"
         r"|hubby|oh|dog|two|lot)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:such\s+|a\s+|an\s+|"
         r"proper\s+|"
         r"right\s+|total\s+|absolute\s+|little\s+|so\s+|being\s+)*(?:clown|monkey|nutter|menace|"
         r"monster|terror|nightmare|madam|diva|drama\s+queen|animal|dinosaur|pig|div|melt|muppet|"
         r"numpty|plonker|wally|donkey|feral|wild|cheeky|silly|daft|mental)s?\b", 0),
        (r"\b(?:feral|wild|animals|hyper|monsters|nightmares?|savages)\s+(?:after|at|on|from|since"
         r"|because|today|tonight|this\s+(?:morning|week|evening|afternoon)|all\s+day)\b", 0),
        (r"\bclown\b.{0,60}\b(?:stitches|hilarious|laugh\w*|funny|giggl\w*|entertain\w*)", 0),
        (r"\b(?:stitches|hilarious|laugh\w*|funny|giggl\w*)\b.{0,60}\bclown\b", 0),
        (r"\blife'?s\s+a\s+bitch\b", 0),
        (r"\b(?:not|isn'?t|aren'?t|wasn'?t|ain'?t|never)\s+(?:an?\s+|such\s+an?\s+|that\s+|so\s+|"
         r"being\s+)?(?:\w+\s+)?[\w*]+", 0),
        (r"\b(?:don'?t|dont|do\s+not)\s+(?:call|be\s+so)\b", 0),
        (r"\b(?:not|never)\s+(?:calling|called|saying|said)\s+(?:you|u|him|her|them|anyone)\s+"
         r"(?:an?\s+)?(?:\w+\s+)?[\w*]+", 0),
        (r"\bput\s+up\s+or\s+shut\s+up\b", 0),
        (r"\b(?:i'?ll|i\s+will|me\s+to|i\s+should|i'?d\s+better|i'?m\s+going\s+to|i\s+need\s+to|"
         r"we\s+should)\s+shut\s+up\b", 0),
    )),
    # Place names and everyday words that contain or resemble swear words.
    Family(OBSCENE, "place name or everyday word", (
        (r"\bdick\s+whittington\b|\bmoby\s+dick\b|\bspotted\s+dick\b", 0),
        (r"\b(?:blue|great|coal|long[\s-]tailed)\s+tits?\b", 0),
        (r"\bhell(?:o|\s+of\s+a)\b", 0),
        (r"\b(?:oh\s+my\s+god|thank\s+god|god\s+bless|please\s+god|jesus\s+christ\s+superstar|"
         r"christ\s+church|god\s+knows)\b", 0),
    )),
    # A word talked about rather than used: "asked us not to use the word r*tard".
    Family(IDENTITY_ATTACK, "word mentioned, not used", (
        (r"\b(?:the|that|this|a)\s+(?:word|term|phrase|slur|label)\s+[\"'\u201c]?[\w*]+", 0),
    )),
    # Dressing up for a show or for charity: "the man in a dress at the panto".
    Family(IDENTITY_ATTACK, "dressing up for a show", (
        (r"\b(?:panto|pantomime|dame|fancy\s+dress|world\s+book\s+day|costume|charity|comic\s+"
         r"relief|children\s+in\s+need|sketch|show|hen\s+do|stag\s+do|drag|story\s+hour)\b"
         r".{0,100}?\b(?:man|men|"
         r"bloke|blokes|fella|lad|guy|geezer|husband|dad)\s+in\s+(?:a\s+)?(?:dress|dresses|frock|"
         r"wig|skirt|heels|make[\s-]?up|lipstick)\b", 0),
        (r"\b(?:man|men|bloke|blokes|fella|lad|guy|geezer|husband|dad)\s+in\s+(?:a\s+)?(?:dress|"
         r"dresses|frock|wig|skirt|heels|make[\s-]?up|lipstick)\b.{0,100}?\b(?:panto|pantomime|"
         r"dame|fancy\s+dress|world\s+book\s+day|costume|charity|comic\s+relief|children\s+in\s+"
         r"need|sketch|show|hen\s+do|stag\s+do|hilarious|stitches|drag|story\s+hour|loved\s+"
         r"it)\b", 0),
    )),
    # Monkeys and bananas on a trip to the zoo or a farm.
    Family(IDENTITY_ATTACK, "animals on an outing", (
        (r"\b(?:zoo|safari|monkey\s+world|wildlife|rainforest|jungle\s+gym|monkey\s+bars|"
         r"soft\s+play|farm)\b.{0,80}?(?:(?:🐒|🐵|🦍|🦧|🙉|🍌)\s*)+", 0),
    )),
    # Abuse someone else said, quoted or reported by the person it hurt.
    Family(IDENTITY_ATTACK, "reported or quoted", (
        (r"\b(?:said|told|called|shouted|yelled|saying|says|screamed|wrote|posted)\s+(?:[\w']+\s+)"
         r"{0,3}?['\"][^'\"]{1,100}['\"]", 0),
        (r"\b(?:told|telling|tell|said\s+to|shouted\s+at|yelled\s+at)\s+(?:him|her|my\s+\w+|them|"
         r"us|me|our\s+\w+|\w+)\s+to\s+go\s+back\b.{0,60}", 0),
    )),
    Family(INSULT, "word mentioned, not used", (
        (r"\b(?:the|that|this|a)\s+(?:word|term|phrase|label)\s+[\"'\u201c]?[\w*]+", 0),
    )),
    Family(INSULT, "reported or quoted", (
        (r"\b(?:said|told|called|shouted|yelled|saying|says|screamed|wrote|posted)\s+(?:[\w']+\s+)"
         r"{0,3}?['\"][^'\"]{1,100}['\"]", 0),
    )),
)
