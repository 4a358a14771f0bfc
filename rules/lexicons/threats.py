"""Threats: violence or harm to a person or property, said outright, veiled or incited.

Direct threats pair a first-person intent ("I'll", "gonna", "we will") with a violent verb
and a person on the receiving end ("him", "that woman", "Mr Jones"). Veiled ones are set
phrases that only make sense as a threat ("I know where she lives", "watch his back", "he'll
regret it"). Incitement asks others to do the harm ("someone should give him a kicking").
Figurative uses ("killed it at the quiz", "we'll murder the other classes") are in `benign`,
and most families are damped when the message is plainly joking ("I'll kill him 😂").
"""

from rules.lexicons import THREAT, Family, words

# Verbs that are violent whatever follows: "I'll <VERB> him".
_VIOLENT = (r"(?:kill|murder|batter|punch|slap|smack|thump|deck|lamp|chin|floor|flatten|"
            r"strangle|throttle|stab|knife|glass|headbutt|leather|wallop|twat|brick|bottle|"
            r"drown|choke|maim|hurt|whack|belt|shoot|knock\s+out|beat\s+up|smash|hit|kick|"
            r"end|destroy|attack|hunt\s+down|whoop|whup|batter|torture|rape)")
# Verbs that are violent only with a body part: "kick his head in", "break her nose".
_BODY = (r"(?:face|head|teeth|heads|skull|jaw|nose|legs?|arms?|neck|lights|block|ribs|knees|"
         r"kneecaps|brains|arse|ass|backside|throat|fingers|bones?|eyes?)")
# Who might be urged on to do it: "someone should", "a few of us should".
_CROWD = (r"(?:someone|somebody|some1|a\s+few\s+of\s+us|we|you\s+lot|some\s+of\s+us|one\s+of\s+"
          r"us|the\s+(?:dads|lads|mums)|people|they)\s+(?:should|needs?\s+to|ought\s+to|oughta|"
          r"shud|shld|could|wants?\s+to|gotta|are\s+gonna|should\s+really|must)\s+(?:just\s+)?"
          r"(?:(?:all\s+)?go\s+(?:round|over|down)?\s*(?:to\s+(?:his|hers|theirs|there|his\s+house|"
          r"her\s+house|their\s+house)\s+)?(?:and\s+|n\s+|&\s+)?)?")
# Property worth threatening.
_PROPERTY = (r"(?:windows?|windscreen|car|cars|tyres|tires|house|door|front\s+door|motor|van|"
             r"audi|bmw|merc|mercedes|range\s+rover|tesla|bike|fence|shed|wing\s+mirrors?|"
             r"paintwork|home|office|classroom|school|place)")

FAMILIES: tuple[Family, ...] = (
    # "I'll smash his face in", "I'm going to flatten her", "ill batter u".
    Family(THREAT, "threat lexicon: direct threat of violence", (
        (r"<FUT>\s+<ADV>(?P<hit>" + _VIOLENT + r"\s+<WHO>)", 0.9),
        (r"<FUT>\s+(?:[\w']+\s+){1,6}?(?:and|n|&)\s+(?P<hit>(?:" + _VIOLENT + r"|drag|sort|deal\s+"
         r"with|rip|throw|chuck|get)\s+(?:<WHO>|his|her|their)(?:\s+(?:out|outside|up|in|down))?)",
         0.85),
        (r"<FUT>\s+<ADV>(?P<hit>" + _VIOLENT + r"\s+[a-z]+)\s*(?:$|[.!]|\s+(?:if|when|i\s+swear|"
         r"next\s+time|mate|one\s+day))", 0.7),
        (r"<FUT>\s+<ADV>(?P<hit>(?:hit|kick|beat|knock|smash|break|punch|rip|tear|wring|stamp\s+"
         r"on|cave|snap|bash|slash|cut|whoop|whup|whop)\s+(?:in\s+)?(?:your|ur|his|her|their|every|that\s+\w+'s|"
         r"[a-z]+'s)\s+(?:\w+\s+)?" + _BODY + r")\b", 0.9),
        (r"<FUT>\s+<ADV>(?P<hit>(?:beat|batter|kick|smash|knock)\s+(?:the\s+(?:shit|crap|hell|"
         r"living\s+daylights)\s+out\s+of|seven\s+bells\s+out\s+of)\s+)", 0.9),
        (r"<FUT>\s+<ADV>(?P<hit>(?:beat|batter|kick|smash|knock|do|spark|lay)\s+(?:you|u|ya|him|"
         r"her|them|em)\s+(?:up|in|out|senseless|black\s+and\s+blue|to\s+a\s+pulp|into\s+next\s+"
         r"week|to\s+death|spark\s+out|flat|out\s+cold))\b", 0.85),
        (r"\b(?P<hit>(?:make|making)\s+(?:sure|certain)\s+(?:he|she|they|you|u|the\s+\w+|<TITLE>\s+"
         r"\w+|\w+)\s+(?:regrets?|pays?|suffers?|is\s+sorry|are\s+sorry|gets?\s+what))", 0.75),
        (r"<FUT>\s+<ADV>(?P<hit>make\s+(?:him|her|them|you|u)\s+(?:regret|suffer|sorry))", 0.8),
        (r"\bor\s+(?:else\s+)?<FUT>\s+<ADV>(?P<hit>sort\s+(?:you|u|ya|him|her|them|em)\s+out)\b",
         0.8),
        (r"<FUT>\s+<ADV>(?P<hit>sort\s+(?:you|u|ya|him|her|them|em)\s+out)\b(?!\s+(?:with|a|"
         r"some|for|tomorrow|later|on|at|in))", 0.45),
        (r"<FUT>\s+<ADV>(?P<hit>(?:have|do)\s+(?:you|u|ya|him|her|them))\s*(?:in|over)?\s*"
         r"(?:$|[.!,]|\s+(?:if|when|next|outside|mate|i\s+swear))", 0.55),
        (r"<FUT>\s+<ADV>(?P<hit>put\s+(?:you|u|ya|him|her|them)\s+on\s+(?:your|ur|his|her|their)\s+"
         r"(?:arse|ass|backside|back|bum))", 0.85),
        (r"<FUT>\s+<ADV>(?P<hit>(?:put|send)\s+(?:you|u|ya|him|her|them)\s+(?:in|into|to)\s+"
         r"(?:hospital|a&e|a\s+and\s+e|the\s+ground|a\s+wheelchair|intensive\s+care|an?\s+"
         r"(?:early\s+)?grave|next\s+week))", 0.95),
        (r"<FUT>\s+<ADV>(?P<hit>(?:make|leave)\s+(?:you|u|him|her|them)\s+(?:bleed|"
         r"unrecognisable|limp|sorry\s+(?:you|u|he|she|they)\s+(?:were|was)\s+born))", 0.9),
        (r"<FUT>\s+<ADV>(?P<hit>(?:run|mow)\s+(?:you|u|him|her|them)\s+(?:over|down))", 0.85),
        (r"<FUT>\s+<ADV>(?P<hit>(?:make|be)\s+(?:you|u|him|her|them)\s+pay)\b", 0.55),
        (r"<FUT>\s+<ADV>(?P<hit>(?:go|come)\s+for\s+(?:you|u|ya|him|her|them))\b(?!\s+(?:a|as|"
         r"the|in|to))", 0.5),
        (r"\bi\s*(?:'ll|ll|will|'m\s+going\s+to|m\s+going\s+to|'m\s+gonna|m\s+gonna|am\s+going\s+"
         r"to|'ll\s+be\s+going)\s+(?:\w+\s+){0,3}and\s+(?P<hit>(?:someone|somebody|some1)(?:'s|s|"
         r"\s+is|\s+will)\s+(?:getting|get|going\s+to\s+get|gonna\s+get)\s+(?:hurt|battered|"
         r"a\s+slap|smacked))", 0.95),
    ), frozenset(words("i ill imma ima gonna gunna going we i'll i'm or")), jokeable=True,
        anchor="<FUT>"),
    # Harm that "will happen" to someone: "she'll get a slap", "someone's getting hurt".
    Family(THREAT, "threat lexicon: harm predicted for someone", (
        (r"\b(?:will|'ll|ll|gonna|going\s+to|is\s+going\s+to|'s\s+gonna|is\s+gonna)\s+"
         r"(?P<hit>(?:get|be\s+getting|end\s+up\s+with|be\s+given)\s+(?:a\s+)?(?:good\s+|"
         r"proper\s+|right\s+|fat\s+)?(?:slap|smack|slapping|hiding|kicking|battering|beating|"
         r"punch|thump|hammering|going\s+over|seeing\s+to|knuckle\s+sandwich|clip\s+round\s+the\s+"
         r"ear|black\s+eye|broken\s+nose|lip|thick\s+ear|bloody\s+nose|smack\s+in\s+the\s+(?:mouth|"
         r"face|gob)|punch\s+in\s+the\s+(?:mouth|face|gob)))", 0.85),
        (r"\b(?:he|she|they|you|u|ya|him|her)\s*(?:'s|s|is|'re|re|are)\s+(?P<hit>getting\s+(?:a\s+)?"
         r"(?:good\s+|proper\s+|right\s+)?(?:slap|smack|slapping|hiding|kicking|battering|"
         r"beating|punch|thump|hammering|going\s+over|seeing\s+to|knuckle\s+sandwich|"
         r"(?:his|her|their|your)\s+(?:head|face|teeth)\s+(?:kicked|smashed|punched|knocked)))",
         0.85),
        (r"\b(?P<hit>pick(?:ing)?\s+(?:your|ur|his|her|their)\s+teeth\s+(?:up|off))", 0.9),
        (r"\b(?P<hit>when\s+i'?m\s+(?:done|finished|through)\s+with\s+(?:him|her|you|u|them))\b",
         0.75),
        (r"\b(?:someone|somebody|some1|people|one\s+of\s+them|one\s+of\s+us)\s*(?:'s|s|is|are|"
         r"will|'ll|ll)\s+(?:gonna\s+|going\s+to\s+)?(?P<hit>(?:get|getting|be\s+getting|end\s+"
         r"up)\s+(?:hurt|stabbed|battered|killed|smacked|slapped|glassed|beaten|knocked\s+out|"
         r"in\s+hospital))", 0.9),
        (r"\b(?:he|she|they|you|u|ya|him|her)\s*(?:'ll|ll|will|is\s+going\s+to|'s\s+going\s+to|"
         r"are\s+going\s+to|'re\s+going\s+to|gonna|'s\s+gonna)\s+(?P<hit>(?:be\s+)?(?:leaving|"
         r"leave|go\s+home|going\s+home|end\s+up|be\s+going\s+home)\s+in\s+(?:an?\s+)?"
         r"(?:ambulance|body\s*bag|box|coffin|wheelchair|bits|pieces))", 0.95),
        (r"\b(?:he|she|they|you|u|ya)\s*(?:'s|s|is|'re|re|are|'ll|ll|will)\s+(?:gonna\s+|going\s+"
         r"to\s+)?(?P<hit>(?:get|getting|have|having)\s+(?:his|her|their|your|ur)\s+(?:\w+\s+)?"
         r"(?:head|face|teeth|legs|nose|jaw|lights)\s+(?:kicked|smashed|punched|caved|knocked|"
         r"bashed|broken|done)(?:\s+in|\s+out)?)", 0.9),
        (r"\b(?P<hit>(?:eating|eat|drinking|drink)\s+(?:through|thru)\s+a\s+straw)\b", 0.85),
        (r"\b(?P<hit>(?:won't|wont|will\s+not)\s+(?:be\s+able\s+to\s+(?:walk|talk|see)|"
         r"recognise\s+(?:him|her|them|you|himself|herself)))\b", 0.8),
        (r"\b(?:will|'ll|ll|gonna|going\s+to|could|might)\s+(?P<hit>end\s+up\s+(?:in\s+(?:a\s+)?"
         r"(?:ditch|body\s*bag|box|coffin|river|canal|wheelchair|hospital)|dead|hurt))\b", 0.6),
        (r"\b(?P<hit>if\s+(?:he|she|they|you|u)(?:'s|s|'re|re|\s+is|\s+are)?\s+(?:not|isn'?t|"
         r"aren'?t)\s+careful)\b", 0.4),
        (r"\b(?P<hit>(?:end|ends|ending)\s+up\s+in\s+(?:hospital|a&e|intensive\s+care|a\s+body\s*"
         r"bag|the\s+morgue))", 0.4),
        (r"\b(?:he|she|they|you|u|ya)\s*(?:'ll|ll|will)\s+(?P<hit>(?:get|have)\s+"
         r"what'?s\s+coming(?:\s+to\s+(?:him|her|them|you))?)", 0.85),
        (r"\b(?P<hit>(?:get|gets|getting)\s+what'?s\s+coming\s+to\s+(?:him|her|them|you|u))",
         0.8),
        (r"\b(?:he|she|they|you|u|ya|him|her|them)\s*(?:'ll|ll|will|'s\s+gonna|is\s+gonna|are\s+"
         r"gonna|'re\s+gonna)\s+(?P<hit>(?:regret\s+(?:it|this|that|the\s+day|messing|crossing|"
         r"(?!not)\w+ing\b)|live\s+to\s+regret))", 0.8),
        (r"\b(?:he|she|they|you|u|ya)\s*(?:'ll|ll|will)\s+(?P<hit>be\s+sorry)\b", 0.45),
        (r"\b(?P<hit>(?:be|feel)\s+sorry\s+(?:he|she|they|you|u)\s+(?:ever|was\s+ever|were\s+ever)\s+"
         r"(?:crossed|messed|started|born|spoke|opened))", 0.8),
        (r"\b(?P<hit>(?:ever|dare|dares|dared)\s+(?:crossed|cross|messed\s+with|mess\s+with)\s+"
         r"(?:me|my\s+family|my\s+kids))\b", 0.55),
        (r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bonce\s)\b(?P<hit>(?:you|u|ya)(?:'re|re|\s+are|\s+r)\s+"
         r"(?:so\s+|fucking\s+|f\*+ing\s+)?(?:dead|"
         r"done\s+for|in\s+for\s+it|history|toast|a\s+dead\s+(?:man|woman)|getting\s+it|gonna\s+"
         r"get\s+it))\b(?!\s+(?:funny|good|tired|nice|easy|right|on|bored|cute|lucky|to\s+me))",
         0.7),
        (r"\b(?P<hit>(?:he|she|they)(?:'s|s|\s+is|'re|\s+are)\s+(?:so\s+)?(?:done\s+for|in\s+for\s+"
         r"it|a\s+dead\s+(?:man|woman)|getting\s+it|gonna\s+get\s+it))\b", 0.7),
        (r"\b(?:when|if|once|wait\s+till|wait\s+until)\s+i\s+(?:find|catch|get\s+hold\s+of|see|"
         r"get\s+my\s+hands\s+on|get)\s+(?:you|u|ya|him|her|them|whoever|the\s+\w+)\b(?P<hit>"
         r".{0,40}?\b(?:you're|youre|ur|you\s+are|he's|hes|she's|shes|they're|theyre|he\s+is|"
         r"she\s+is|they\s+are|u\s+r)\s+(?:so\s+|fucking\s+|f\*+ing\s+)?(?:done|dead|finished|"
         r"getting\s+it|history|toast))", 0.9),
    ), frozenset(words("will ll gonna going someone somebody some1 people one he she they you u "
                       "ya him her them end ends ending get gets getting when if once wait "
                       "you're youre he's hes she's shes they're theyre eating eat drinking "
                       "drink won wont s is re are pick picking teeth")), jokeable=True),
    # Set phrases that are threats without saying what will happen.
    Family(THREAT, "threat lexicon: veiled threat", (
        (r"\b(?P<hit>(?:watch|watching|mind)\s+(?:his|her|their|your|ur|yer|ya)\s+back)\b"
         r"(?!\s+(?:on|in|when|with|going|pain))", 0.85),
        (r"\b(?P<hit>pay\s+(?:him|her|them|you|u|ya|that\s+\w+|the\s+\w+|<TITLE>\s+\w+)\s+a\s+"
         r"(?:little\s+|proper\s+|friendly\s+|home\s+|late\s+night\s+)?visit)", 0.75),
        (r"\b(?P<hit>i\s+know\s+where\s+(?:he|she|they|you|u|ya|<TITLE>\s+\w+|the\s+\w+|\w+)\s+"
         r"(?:lives?|live|parks?|works?|drinks?|stays?|sleeps?|drops?\s+off|kids\s+go|walks?))\b",
         0.9),
        (r"\b(?P<hit>i\s+know\s+where\s+(?:you|u|ya)\s+(?:are|r))\b", 0.7),
        (r"\b(?P<hit>(?:find|found|finding)\s+out\s+where\s+(?:he|she|they|you|u|<TITLE>\s+\w+)\s+"
         r"(?:lives?|parks?|works?|stays?))\b", 0.7),
        (r"\b(?P<hit>(?:when|once|if)\s+i\s+(?:catch|get|find|see)\s+(?:him|her|you|u|them)\s+"
         r"(?:on\s+(?:his|her|your|their)\s+own|alone|by\s+(?:himself|herself|yourself)))\b", 0.7),
        (r"\b(?P<hit>watch\s+(?:yourself|urself|your\s+step|it|ur\s+step))\b(?!\s+(?:on|in|when|"
         r"with|crossing|near|around|going|at|please))", 0.5),
        (r"\b(?P<hit>i\s+know\s+(?:what|which)\s+(?:car|house|street|road|door|school)\s+"
         r"(?:he|she|they|you|u|<TITLE>\s+\w+|\w+)\s+(?:drives?|lives?|parks?|has|goes))\b", 0.8),
        (r"\b(?P<hit>(?:wants|want|needs|need|had\s+better|better|should)\s+(?:to\s+)?"
         r"(?:be\s+(?:very\s+)?careful|watch\s+(?:it|out|himself|herself|themselves|"
         r"yourself)))\b(?!\s+(?:on|in|with|crossing|driving|when|of|about|near|around))", 0.45),
        (r"\b(?P<hit>(?:he|she|they|you|u)\s+(?:won't|wont|will\s+not)\s+(?:like|enjoy)\s+"
         r"(?:it|what\s+happens|this))\b", 0.45),
        (r"\b(?P<hit>i\s+know\s+(?:your|ur|his|her|their)\s+(?:address|reg|registration|"
         r"number\s+plate|house|kids?))\b", 0.7),
        (r"\b(?P<hit>(?:make|making)\s+(?:his|her|their|your|ur)\s+life\s+(?:a\s+)?(?:living\s+)?"
         r"(?:hell|misery|miserable|nightmare))", 0.8),
        (r"\b(?P<hit>i\s+know\s+(?:people|some\s+people|a\s+few\s+people|some\s+(?:lads|guys|"
         r"blokes)))\s*(?:$|[.!])", 0.65),
        (r"\b(?P<hit>(?:your|ur|my|this\s+is\s+the)\s+last\s+warning)\b", 0.6),
        (r"\b(?P<hit>last\s+warning)\b", 0.45),
        (r"\b(?P<hit>(?:track|hunt|find)\s+(?:you|u|ya|him|her|them)\s+down)\b", 0.7),
        (r"\b(?P<hit>(?:you've|youve|you\s+have|consider\s+yourself|you\s+have\s+been)\s+"
         r"(?:been\s+)?warned)\b", 0.65),
        (r"\b(?P<hit>(?:come|cum)\s+(?:and\s+|n\s+|&\s+)?say\s+(?:that|it|this)\s+to\s+my\s+face)",
         0.8),
        (r"\b(?P<hit>say\s+(?:that|it)\s+to\s+my\s+face)", 0.6),
        (r"\b(?P<hit>(?:try\s+(?:it|that)|do\s+(?:it|that)\s+again)\s+(?:\w+\s+){0,3}and\s+see\s+"
         r"what\s+happens)\b", 0.8),
        (r"\b(?P<hit>(?:and|then|n)\s+see\s+what\s+happens)\b", 0.4),
        (r"\b(?P<hit>see\s+what\s+happens)\b", 0.35),
        (r"\b(?P<hit>(?:won'?t|wont|will\s+not)\s+be\s+(?:just\s+)?(?:a\s+|an\s+)?(?:letter|email|"
         r"warning|words|talking|polite)\s+next\s+time)\b", 0.8),
        (r"\b(?P<hit>(?:keep|carry\s+on)\s+(?:pushing|pushin|testing|winding|provoking|pushing\s+"
         r"your\s+luck\s+with)\s+(?:me|my\s+buttons|it|my\s+patience))\b", 0.45),
        (r"\b(?P<hit>next\s+time\s+(?:it\s+)?(?:won'?t|will\s+not|wont)\s+be\s+(?:just\s+|only\s+|"
         r"a\s+)?(?:a\s+)?(?:letter|words|an?\s+email|email|a\s+warning|warning|talking|a\s+chat|"
         r"polite|so\s+polite|nice|my\s+words|verbal))\b", 0.8),
        (r"\b(?P<hit>(?:you|u|she|he|they)\s+(?:don'?t|doesn'?t|have\s+no|has\s+no)\s+(?:know|idea)\s+"
         r"(?:who|what)\s+(?:you'?re|you\s+are|she'?s|he'?s|they'?re)\s+(?:messing|dealing|"
         r"playing)\s+with)\b", 0.75),
        (r"\b(?P<hit>(?:messed|messing|mess)\s+with\s+the\s+wrong\s+(?:mum|dad|person|family|"
         r"woman|man|parent|one))\b", 0.75),
        (r"\b(?P<hit>sleep\s+with\s+one\s+eye\s+open)\b", 0.85),
        (r"\b(?P<hit>(?:he|she|they|you)(?:'s|s|\s+has|'ve|\s+have)\s+got\s+it\s+coming)\b", 0.8),
        (r"\b(?P<hit>(?:there'?ll|there\s+will|there'?s\s+going\s+to)\s+be\s+(?:trouble|"
         r"consequences|hell\s+to\s+pay|blood|war|murders))\b", 0.65),
        (r"\b(?P<hit>(?:your|ur|his|her|their)\s+(?:days\s+are\s+numbered|card'?s\s+marked|"
         r"card\s+is\s+marked))\b", 0.75),
        (r"\b(?P<hit>(?:you'?re|you\s+are|he'?s|she'?s)\s+on\s+(?:very\s+)?thin\s+ice)\b", 0.55),
        (r"\b(?P<hit>(?:i'?m|i\s+am|we'?re|we\s+are)\s+coming\s+for\s+(?:you|u|him|her|them))\b",
         0.75),
        (r"\b(?P<hit>(?:take|taking)\s+(?:him|her|you|u|this|it)\s+outside)\b(?!\s+(?:for|to|"
         r"with|and\s+(?:play|run|kick)|in|at|after|before|now|later|today|tomorrow))", 0.5),
        (r"\b(?P<hit>i\s+dare\s+(?:you|u|him|her))\b", 0.45),
        (r"\b(?P<hit>(?:he|she|you|they)(?:'ll|ll|\s+will)\s+get\s+(?:his|hers|yours|theirs))\b",
         0.6),
        (r"\b(?P<hit>i\s*(?:won't|wont|will\s+not)\s+be\s+(?:so\s+)?(?:gentle|nice|polite|"
         r"responsible\s+for\s+my\s+actions|held\s+responsible|calm|friendly))", 0.8),
        (r"\b(?P<hit>(?:not|won't\s+be|wont\s+be)\s+responsible\s+for\s+my\s+actions)", 0.8),
        (r"\b(?:someone|somebody|nobody|no\s*one|the\s+school)\s+(?:doesn't|does\s+not|"
         r"dont|don't|won't|wont|isn't)\s+(?:sort|deal\s+with|sorting)\b.{0,40}?(?P<hit>\bi\s+"
         r"(?:will|'ll|ll|am\s+going\s+to|'m\s+gonna))\b", 0.7),
        (r"\b(?P<hit>(?:can|will|'ll|ll)\s+deal\s+with\s+me)\b", 0.6),
        (r"\b(?P<hit>(?:gonna|going\s+to|i'll|ill|i\s+will|i'm\s+going\s+to)\s+(?:wait|be\s+"
         r"waiting)\s+(?:for|outside)\s+(?:him|her|them|you|u|<TITLE>\s+\w+|\w+))\s+(?:after|"
         r"outside|at|by|when|tonight|tomorrow)\b", 0.45),
        (r"\b(?P<hit>(?:meet|see)\s+(?:me|you|u)\s+outside)\b", 0.4),
        (r"<FUT>\s+<ADV>(?P<hit>(?:wait|sit|park|be)\s+outside\s+(?:his|her|their|your|ur)\s+"
         r"(?:house|home|door|work|flat))\b", 0.5),
        (r"\b(?P<hit>(?:(?:would|'d|d)\s+)?be\s+a\s+(?:shame|pity)\s+if\s+(?:something|"
         r"anything)\s+(?:happened|were\s+to\s+happen|was\s+to\s+happen))", 0.85),
        (r"\b(?P<hit>(?:something|anything)\s+(?:might|could|will|can)\s+happen\s+to\s+"
         r"(?:him|her|them|you|his|their|your))", 0.75),
        (r"\b(?P<hit>accidents\s+happen)\b", 0.35),
        (r"\b(?P<hit>(?:won't|wont|will\s+not|not\s+gonna)\s+look\s+so\s+(?:nice|pretty|good|"
         r"shiny|clever|smug|smart))", 0.8),
        (r"\b(?P<hit>(?:turn\s+up\s+at|show\s+up\s+at|round)\s+(?:his|her|their|your|ur)\s+"
         r"(?:house|door|home|front\s+door|work|place))\b", 0.45),
        (r"\b(?P<hit>(?:he|she|they|you|u)\s+(?:won't|wont|will\s+not)\s+(?:know\s+what\s+hit|"
         r"see\s+it\s+coming))", 0.85),
        (r"\b(?P<hit>(?:or|otherwise|else)\s+(?:i'll|ill|i\s+will|i'm\s+going\s+to|im\s+going\s+"
         r"to|i'm\s+gonna|im\s+gonna)\s+(?:make|have|come|be|go)\b)", 0.45),
        (r"\b(?P<hit>i'?ll\s+be\s+(?:at|waiting\s+at)\s+(?:that|the|his|her|their)\s+"
         r"(?:gate|door|house|school))\b", 0.4),
    ), frozenset(words("watch watching mind pay know make making last warned come cum say try "
                       "do see won't wont will not if someone somebody nobody no noone can "
                       "ll gonna going i'll ill meet it would be something anything "
                       "accidents turn show round he she they you u or otherwise else d i "
                       "wants want needs need had better should keep carry next messed "
                       "messing mess sleep got there there'll ll your ur his her their thin "
                       "coming take taking dare")),
        jokeable=True),
    # Getting others to do it: "someone should give him a kicking".
    Family(THREAT, "threat lexicon: incitement to violence", (
        (r"\b" + _CROWD + r"(?P<hit>(?:give|pay)\s+(?:him|her|them|that\s+\w+|the\s+\w+|"
         r"<TITLE>\s+\w+|\w+)\s+a\s+(?:good\s+|proper\s+|little\s+|right\s+)?(?:kicking|hiding|"
         r"slap|smack|beating|battering|going\s+over|seeing\s+to|visit|punch|hammering))", 0.9),
        (r"\b" + _CROWD + r"(?P<hit>(?:smack|slap|batter|punch|deck|lamp|hit|hurt|beat\s+up|"
         r"kick|knock\s+out|torch|burn|smash|stab|kill|jump|do\s+(?:him|her|them)\s+in)\s+"
         r"(?:<WHO>|his|her|their))", 0.85),
        (r"\b" + _CROWD + r"(?P<hit>(?:teach|show)\s+(?:him|her|them|that\s+\w+)\s+a\s+lesson)",
         0.6),
        (r"\b(?:go|going|went)\s+round\s+(?:to\s+)?(?:his|hers|theirs|there|his\s+house|her\s+"
         r"house|their\s+house)?\s*(?:and|n|&)\s+(?P<hit>(?:sort|deal\s+with)\s+(?:him|her|them)"
         r"(?:\s+out)?)\b", 0.8),
        (r"\b(?P<hit>give\s+(?:him|her|them|that\s+\w+|the\s+\w+|\w+)\s+a\s+(?:good\s+|proper\s+|"
         r"right\s+|bloody\s+)?(?:kicking|hiding|slap|smack|beating|battering|going\s+over|"
         r"seeing\s+to|punch|thump|hammering|clip\s+round\s+the\s+ear))", 0.85),
        (r"\b(?P<hit>(?:needs?|deserves?|wants|could\s+do\s+with|is\s+asking\s+for|are\s+asking\s+"
         r"for)\s+a\s+(?:good\s+|"
         r"proper\s+|right\s+)?(?:slap|smack|kicking|hiding|punch|thump|beating|battering|"
         r"slapping|hammering))", 0.75),
        (r"\b(?P<hit>(?:should|needs\s+to|ought\s+to|deserves\s+to)\s+be\s+(?:shot|hung|hanged|"
         r"strung\s+up|taken\s+out|put\s+down|lynched|stabbed|beaten|battered|killed|burned|"
         r"burnt|set\s+on\s+fire|run\s+over|knee[\s-]?capped))", 0.8),
        (r"\b(?P<hit>(?:let's|lets|let\s+us|we\s+should|shall\s+we)\s+(?:all\s+)?(?:pay\s+(?:him|"
         r"her|them)\s+a\s+visit|get\s+(?:him|her|them)\b(?!\s+(?:a|an|some|to|in|on|the|"
         r"something|flowers|tickets))|sort\s+(?:him|her|them)\s+out|show\s+(?:him|her|them)\s+"
         r"what))", 0.7),
        (r"\b(?P<hit>(?:hope|hoping|wish)\s+(?:he|she|they|you|u|him|her|them)\s+(?:dies?|gets?\s+"
         r"(?:hit\s+by|run\s+over|cancer|killed|hurt|stabbed|what'?s\s+coming)|rots?|burns?|"
         r"chokes?|drops\s+dead|crashes|never\s+wakes))", 0.75),
        (r"\b(?P<hit>(?:kill|top|neck)\s+(?:yourself|urself|yaself|urslf)|kys)\b", 0.85),
        (r"\b(?P<hit>(?:may|hope)\s+(?:you|u|he|she|they)\s+(?:die|rot|burn|suffer)|go\s+(?:and\s+)?"
         r"die|die\s+in\s+a\s+(?:fire|ditch|hole)|(?:you|u|he|she)\s+should\s+(?:die|be\s+dead))\b",
         0.75),
    ), frozenset(words("someone somebody some1 a we you some one the people they give needs "
                       "deserves wants could is should ought let's lets let shall hope "
                       "hoping wish go just kill top neck kys may die")), jokeable=True),
    # Damage to property: "I'll smash his windows in", "burn that school down".
    Family(THREAT, "threat lexicon: threat to property", (
        (r"(?:<FUT>\s+<ADV>|\b" + _CROWD + r")(?P<hit>(?:smash|put|kick|brick|trash|wreck|key|"
         r"scratch|slash|torch|burn|firebomb|vandalise|vandalize|do|egg|paint|spray|set\s+fire\s+"
         r"to)\s+(?:in\s+)?(?:his|her|their|your|ur|the|that|those|(?:that\s+|the\s+)?[\w-]+'s)"
         r"\s+(?:\w+\s+)?" + _PROPERTY + r")\b", 0.85),
        (r"\b(?P<hit>" + _PROPERTY + r"\s+(?:will|'ll|is\s+going\s+to|'s\s+going\s+to|is\s+gonna|"
         r"'s\s+gonna|might|could|may|are\s+going\s+to)\s+(?:get|be)\s+(?:egged|smashed|keyed|"
         r"torched|trashed|burnt|burned|bricked|done\s+in|scratched|wrecked|set\s+on\s+fire))\b",
         0.8),
        (r"\b(?P<hit>(?:smash|brick|trash|key|slash|torch|firebomb)\s+(?:in\s+)?(?:his|her|"
         r"their|your|ur|that\s+[\w-]+'s)\s+(?:\w+\s+)?" + _PROPERTY + r")\b", 0.6),
        (r"\b(?P<hit>(?:burn|torch|blow\s+up|bomb|firebomb)\s+(?:the|that|this|his|her|their|"
         r"your|ur|this\s+whole|that\s+whole|the\s+whole)\s+(?:\w+\s+)?(?:school|house|place|"
         r"car|office|building|classroom|shop)\s+(?:down|up))\b", 0.85),
        (r"<FUT>\s+<ADV>(?P<hit>(?:burn|torch|blow\s+up|bomb|firebomb)\s+(?:the|that|this|his|her|"
         r"their|your|ur)\s+(?:\w+\s+)?(?:school|house|place|car|office|building|classroom))",
         0.85),
        (r"\b(?P<hit>(?:bricks?|rocks?|stones?|something)\s+through\s+(?:his|her|their|your|ur|"
         r"the|that)\s+(?:\w+\s+){0,3}windows?)", 0.8),
    ), frozenset(words("i ill imma ima gonna gunna going we i'll i'm someone somebody some1 "
                       "a you some one the people they smash brick trash key slash torch "
                       "firebomb burn blow bomb bricks brick rocks rock stones stone something "
                       "windows window windscreen car cars tyres tires house door motor van "
                       "audi bmw merc mercedes range tesla bike fence shed wing paintwork home "
                       "office classroom school place")),
        jokeable=True),
    # Weapons pointed at someone: "Mrs Chen 🔪🔪".
    Family(THREAT, "threat lexicon: weapon emoji aimed at someone", (
        (r"(?P<hit>(?:🔪|🗡|🔫|🪓|💣|⚔|🧨)\s*(?:🔪|🗡|🔫|🪓|💣|⚔|🧨))", 0.8),
        (r"(?:<TITLE>\s+\w+|\b(?:you|u|him|her|he|she))\s*(?P<hit>🔪|🗡|🔫|🪓|💣)", 0.85),
        (r"(?P<hit>🔪|🗡|🔫|🪓)", 0.45),
    ), frozenset("🔪🗡🔫🪓💣⚔🧨"), jokeable=True),
    # Threats in the community languages parents use in the chat (Polish, Romanian, Urdu/Hindi
    # in Latin script), after accents are removed.
    Family(THREAT, "threat lexicon: threat in another language", (
        (r"\b(?P<hit>dostan(?:ie|iesz|a)\s+w\s+(?:zeby|morde|ryj|leb|twarz|pysk))", 0.9),
        (r"\b(?P<hit>(?:zabije|zatluke|pobije|rozwale|spale|zajebie)\s+(?:cie|go|ja|was|ich))",
         0.9),
        (r"\b(?P<hit>(?:wiem|wiemy)\s+gdzie\s+(?:mieszkasz|mieszka|mieszkaja|parkuje|pracuje))",
         0.9),
        (r"\b(?P<hit>pozaluje(?:sz|cie)?)\b", 0.7),
        (r"\b(?P<hit>(?:te|il|o|va)\s+omor)\b", 0.9),
        (r"\b(?P<hit>(?:te|il|o)\s+(?:bat|snopesc|rup))\b", 0.8),
        (r"\b(?P<hit>stiu\s+unde\s+(?:stai|locuiesti|sta|locuieste))", 0.9),
        (r"\b(?P<hit>o\s+sa[\s-]+(?:ti|iti|i)\s+para\s+rau)", 0.75),
        (r"\b(?P<hit>(?:jaan\s+se\s+)?maar\s+(?:dunga|dungi|doonga|daalunga|dalunga|denge))\b",
         0.85),
        (r"\b(?P<hit>(?:dekh|dekh\s+ke)\s+(?:lunga|loonga|lungi|lenge))\b", 0.7),
        (r"\b(?P<hit>(?:chhodunga|chodunga|chorunga|chhodenge)\s+nahi|nahi\s+(?:chhodunga|"
         r"chodunga|chorunga))\b", 0.75),
        (r"\b(?P<hit>(?:tang|taang|tangen|taangein)\s+tod\s+(?:dunga|doonga|denge))\b", 0.9),
    ), frozenset(words("dostanie dostaniesz dostana zabije zatluke pobije rozwale spale "
                       "zajebie wiem wiemy pozaluje pozalujesz pozalujecie te il o va stiu sa "
                       "maar dekh chhodunga chodunga chorunga chhodenge nahi tang taang "
                       "tangen taangein"))),
)
