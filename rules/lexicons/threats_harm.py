"""Harm wished on someone or predicted for them, rather than promised in the first person.

"I'd love to punch his smug face", "I've a good mind to knock his block off", "she'll get
a slap", "he's getting merked", "you'll be eating through a straw", "he'll regret it",
"she's lucky I don't know where she lives". The verbs and body parts are shared with
`threats`. Sport and games ("we got battered 4-0", "he's getting hammered at FIFA") and
people hurting themselves ("she'll break her neck on those stairs", in `benign`) are
fenced off.
"""

from rules.lexicons import THREAT, Family, words
from rules.lexicons.threats import BEATEN, BODY, NOT_SPORT, VIOLENT

FAMILIES: tuple[Family, ...] = (
    # Wishes and stated intent: "I'd love to punch his smug face", "I've a good mind to knock
    # his block off", "I could kill her" (a hint: often said in exasperation).
    Family(THREAT, "threat lexicon: wish or intent to hurt someone", (
        (r"\b(?:(?:i'?d|i\s+would|id)\s+(?:really\s+)?(?:love|like|happily|gladly|"
         r"love\s+nothing\s+"
         r"more\s+than)\s+(?:to\s+)?|(?:i'?ve|i\s+have|av|ive|i'?ve\s+got|i\s+got|a've)\s+"
         r"(?:a\s+)?"
         r"(?:good\s+|great\s+|half\s+a\s+)?mind\s+to\s+|i'?m\s+(?:so\s+|very\s+|really\s+)?"
         r"tempted\s+to\s+)(?:go\s+(?:round\s+(?:there\s+)?)?(?:and\s+)?)?(?P<hit>(?:" + VIOLENT +
         r")\s+<WHO>|(?:hit|kick|beat|knock|smash|break|punch|rip|tear|stamp\s+on|cave|snap|"
         r"bash|slap|smack|twat|boot|burst|stove|batter|leather|skelp)\s+(?:in\s+)?(?:your|ur|"
         r"his|her|their|that\s+\w+'s|[a-z]+'s)\s+(?:\w+\s+)?" + BODY + r"|sort\s+(?:him|her|"
         r"them)\s+out|(?:knock|smack|slap|punch|wipe)\s+(?:that|the)\s+(?:\w+\s+)?(?:grin|smile|"
         r"smirk|look)\s+off)\b", 0.7),
        (r"\bi\s+(?:could|coulda)\s+(?:honestly\s+|seriously\s+|literally\s+|actually\s+|"
         r"happily\s+)?(?P<hit>(?:kill|murder|strangle|throttle|batter|punch|slap|smack|deck|"
         r"lamp|swing\s+for)\s+(?:him|her|them|that\s+(?:\w+\s+)?<P>|<TITLE>\s+\w+))\b", 0.55),
        # "you'd better hope I don't see you at pick up", "she's lucky I don't know where she
        # lives", "he's lucky he's still got teeth".
        (r"\b(?P<hit>(?:better|'d\s+better|had\s+better)\s+hope\s+(?:i|we)\s+(?:don'?t|dont|never|"
         r"do\s+not)\s+(?:see|catch|find|bump\s+into|run\s+into|meet))\b", 0.75),
        (r"\b(?:you'?re|ur|u\s+r|you\s+are|he'?s|hes|she'?s|shes|they'?re|he\s+is|she\s+is)\s+"
         r"(?P<hit>lucky\s+(?:i|we)\s+(?:don'?t|dont|didn'?t|didnt|wasn'?t|wasnt)\s+"
         r"(?:know\s+where|see|catch|live\s+near|hit|deck|lamp|smack|slap|punch|there))", 0.75),
        (r"\b(?P<hit>lucky\s+(?:he|she|you|u|they)(?:'s|s|\s+is|'re|\s+are|'ve|\s+has|\s+have)?\s+"
         r"(?:still\s+)?(?:got|has|have)\s+(?:any\s+|all\s+(?:his|her|your|their)\s+|(?:his|her|"
         r"your|their)\s+)?(?:teeth|legs|kneecaps|a\s+face|a\s+car|windows|fingers))", 0.75),
        # "if she does it again she's dead".
        (r"\b(?:(?:if|when|once)\b.{0,50}?\b(?:again|ever|one\s+more\s+time|near\s+(?:me|my|us|"
         r"our))|next\s+time)\b.{0,20}?\b(?P<hit>(?:he|she|they|you|u)(?:'s|s|\s+is|'re|"
         r"\s+are|\s+r)\s+(?:so\s+|fucking\s+|f\*+ing\s+)?dead)\b(?!\s+(?:tired|funny|good|on|"
         r"bored|lucky|cute|jealous|right|easy|late|set|keen|proud|excited|to\s+the\s+world))",
         0.75),
        # "make sure she never walks again".
        (r"\b(?P<hit>(?:make|making)\s+(?:sure|certain)\s+(?:he|she|they|you|u)\s+(?:never|can'?t|"
         r"won'?t)\s+(?:walks?|sees?|talks?|eats?\s+solid\s+food|uses?\s+(?:his|her|their|your)\s+"
         r"(?:hands|legs|arms))\s+(?:again|properly))", 0.85),
        # "some of the dads are planning to go round his".
        (r"\b(?P<hit>(?:the\s+)?(?:dads|lads|boys|men|brothers|uncles|cousins)\s+(?:are|'re|"
         r"will\s+be|"
         r"'ll\s+be)\s+(?:planning|going|gonna|thinking\s+of|about)\s+(?:to\s+)?(?:go|going|head|"
         r"pay\s+(?:him|her|them)\s+a\s+visit)(?:\s+round\s+(?:to\s+)?(?:his|hers|theirs|"
         r"there))?)\b(?!\s+(?:for|with|to\s+(?:help|drop|collect|pick|celebrate|watch|have\s+a)|"
         r"later\s+for))",
         0.5),
        (r"\b(?P<hit>(?:tell|warn)\s+(?:him|her|them|that\s+(?:\w+\s+)?<P>|<TITLE>\s+\w+)\s+"
         r"(?:to\s+)?"
         r"(?:watch|mind)\s+(?:his|her|their)\s+(?:back|step|mouth|tongue))\b(?!\s+(?:on|in|when|"
         r"with|crossing|near|around|going|at|please|down|up|getting|\w+ing)\b)", 0.75),
        (r"\b(?P<hit>watch\s+(?:his|her|their)\s+step)\b(?!\s+(?:on|in|when|with|crossing|near|"
         r"around|going|at|please|down|up|getting))", 0.55),
    ), frozenset(words("i'd i id would i've ive i have av got a've mind i'm im tempted could "
                       "coulda better hope lucky you're ur he's hes she's shes they're he she "
                       "if when once next make making dads lads boys men brothers uncles "
                       "cousins tell warn watch")), jokeable=True),
    # Harm that "will happen" to someone: "she'll get a slap", "someone's getting hurt".
    Family(THREAT, "threat lexicon: harm predicted for someone", (
        (r"\b(?:will|'ll|ll|gonna|going\s+to|is\s+going\s+to|'s\s+gonna|is\s+gonna)\s+"
         r"(?P<hit>(?:get|be\s+getting|end\s+up\s+with|be\s+given)\s+(?:a\s+)?(?:good\s+|"
         r"proper\s+|right\s+|fat\s+)?(?:slap|smack|slapping|hiding|kicking|battering|beating|"
         r"punch|thump|hammering|going\s+over|seeing\s+to|knuckle\s+sandwich|hander|backhander|"
         r"dig|clout|wallop|whack|doing|leathering|skelping|pasting|kick\s+up\s+the\s+(?:arse|"
         r"backside|erse)|boot\s+up\s+the\s+(?:arse|backside|erse)|clip\s+round\s+the\s+"
         r"ear|black\s+eye|broken\s+nose|lip|thick\s+ear|bloody\s+nose|smack\s+in\s+the\s+(?:mouth"
         r"|face|gob)|punch\s+in\s+the\s+(?:mouth|face|gob)))", 0.85),
        (r"\b(?:he|she|they|you|u|ya|him|her)\s*(?:'s|s|is|'re|re|are)\s+(?P<hit>getting\s+"
         r"(?:a\s+)?"
         r"(?:good\s+|proper\s+|right\s+)?(?:slap|smack|slapping|hiding|kicking|battering|"
         r"beating|punch|thump|hammering|going\s+over|seeing\s+to|knuckle\s+sandwich|"
         r"(?:his|her|their|your)\s+(?:head|face|teeth)\s+(?:kicked|smashed|punched|knocked)))",
         0.85),
        (r"\b(?P<hit>pick(?:ing)?\s+(?:your|ur|his|her|their)\s+teeth\s+(?:up|off))", 0.9),
        (r"\b(?P<hit>when\s+(?:i'?m|im|ah'?m|a'm)\s+(?:done|finished|through)\s+(?:with|wi|wae)\s+"
         r"(?:him|her|you|u|them|ye))\b",
         0.75),
        (r"\b(?:someone|somebody|some1|people|one\s+of\s+them|one\s+of\s+us)\s*(?:'s|s|is|are|"
         r"will|'ll|ll)\s+(?:gonna\s+|going\s+to\s+)?(?P<hit>(?:get|getting|be\s+getting|end\s+"
         r"up)\s+(?:hurt|stabbed|battered|killed|smacked|slapped|glassed|beaten|knocked\s+out|"
         r"in\s+hospital))(?!\s+(?:on|by|with|in|at|climbing|playing|if\s+(?:they|we|you|the|"
         r"kids|children)|because|cos|the\s+way))", 0.9),
        (r"\b(?:he|she|they|you|u|ya|him|her)\s*(?:'ll|ll|will|is\s+going\s+to|'s\s+going\s+to|"
         r"are\s+going\s+to|'re\s+going\s+to|gonna|'s\s+gonna)\s+(?P<hit>(?:be\s+)?(?:leaving|"
         r"leave|go\s+home|going\s+home|end\s+up|be\s+going\s+home)\s+in\s+(?:an?\s+)?"
         r"(?:ambulance|body\s*bag|box|coffin|wheelchair|bits|pieces))", 0.95),
        (r"\b(?:he|she|they|you|u|ya)\s*(?:'s|s|is|'re|re|are|'ll|ll|will)\s+(?:gonna\s+|going\s+"
         r"to\s+)?(?P<hit>(?:get|getting|have|having)\s+(?:his|her|their|your|ur)\s+(?:\w+\s+)?"
         + BODY + r"\s+(?:kicked|smashed|punched|caved|knocked|bashed|broken|broke|done|burst|"
         r"busted|bust|stoved|panelled|tanned|rearranged|split|booted|leathered|battered|"
         r"twatted|knocked\s+off|caved\s+in)(?:\s+in|\s+out|\s+off)?)", 0.9),
        # "he's getting merked", "that dad's gonna get leathered", "you'll get skelped".
        (r"(?:(?<=will\s)|(?<='ll\s)|(?<=ll\s)|(?<=gonna\s)|(?<=going\sto\s)|(?<=gonnae\s)|"
         r"(?<=gunna\s))(?P<hit>get\s+" + BEATEN + r")\b" + NOT_SPORT, 0.8),
        (r"(?:(?<='s\s)|(?<=s\s)|(?<=is\s)|(?<=are\s)|(?<='re\s)|(?<=be\s))(?P<hit>(?:getting|"
         r"gettin)\s+" + BEATEN + r")\b" + NOT_SPORT, 0.8),
        # Put through a window or a wall: "I'll put him through the staffroom window".
        (r"\b(?P<hit>put\s+(?:<WHO>)\s+(?:straight\s+|right\s+)?through\s+(?:the|a|that|his|"
         r"her|their|your|ur|yer)\s+(?:\w+\s+){0,2}?(?:window|wall|windscreen|door|table|floor|"
         r"fence|hedge|glass|ceiling|railings))", 0.85),
        # A person told they will be hurt: a hint, as parents say it of their own climbing kids.
        (r"\b(?:he|she|they|you|u|that\s+(?:\w+\s+)?<P>)\s*(?:'ll|ll|\s+will|\s+is\s+gonna|"
         r"'s\s+gonna|\s+gonna|\s+is\s+going\s+to|'s\s+going\s+to)\s+(?P<hit>get\s+"
         r"(?:hurt|killed|seriously\s+hurt|badly\s+hurt))\b", 0.45),
        (r"\b(?P<hit>(?:eating|eat|drinking|drink)\s+(?:\w+\s+){0,2}?(?:through|thru)\s+a\s+straw)"
         r"\b", 0.85),
        # "you'll be needing a dentist", "he'll need a new face".
        (r"\b(?:'ll|ll|will|gonna|going\s+to)\s+(?:be\s+)?(?P<hit>need(?:ing)?\s+(?:a\s+|an\s+|"
         r"some\s+)?"
         r"(?:new\s+)?(?:dentist|surgeon|new\s+teeth|false\s+teeth|ambulance|stretcher|plastic\s+"
         r"surgeon|wheelchair|new\s+face|new\s+kneecaps|dental\s+records))\b(?!\s+(?:appointment|"
         r"check|visit|for\s+(?:a|the|her|his)\s+(?:check|filling|brace)))", 0.75),
        # "a knife with her name on it", "found in a ditch", "acid in her face".
        (r"\b(?P<hit>(?:bullet|knife|blade|brick|baseball\s+bat|bat|hammer|machete)\s+with\s+"
         r"(?:his|her|their|your|ur)\s+name\s+on\s+it)\b", 0.9),
        (r"\b(?P<hit>(?:be\s+found|end\s+up|wake\s+up)\s+(?:face\s+down\s+)?in\s+a\s+(?:ditch|"
         r"canal|river|skip|bin|hedge|shallow\s+grave))\b", 0.7),
        (r"\b(?P<hit>(?:throw|chuck|pour|splash)\s+acid|acid\s+(?:in|on)\s+(?:his|her|their|your|"
         r"ur)\s+face)\b", 0.95),
        (r"\b(?P<hit>(?:rip|pull|yank|tear)\s+(?:her|his|their|your|ur)\s+(?:\w+\s+)?hair\s+out|"
         r"(?:scratch|gouge|claw)\s+(?:her|his|their|your|ur)\s+eyes\s+out)\b", 0.8),
        (r"\b(?P<hit>(?:coming|come|be|turn\s+up|going|go)\s+(?:round\s+|down\s+|in\s+)?tooled\s+"
         r"up)\b", 0.8),
        # Someone else sent to do it: "my husband will sort him out", "I'll send the lads round".
        (r"\bmy\s+(?:husband|hubby|fella|partner|boyfriend|bf|brothers?|cousins?|dad|uncles?|mates"
         r"|boys|lads|other\s+half|oh|man)\s*(?:'ll|ll|\s+will|\s+is\s+gonna|'s\s+gonna|s\s+gonna|"
         r"\s+is\s+going\s+to|'s\s+going\s+to|\s+would|'d|\s+wants\s+to|\s+is\s+gonnae|\s+are\s+"
         r"gonna|\s+are\s+going\s+to)\s+(?:\w+\s+)?(?P<hit>(?:" + VIOLENT + r")\s+<WHO>|sort\s+"
         r"(?:him|her|them)\s+out|(?:hit|kick|beat|knock|smash|break|punch|boot|burst|batter)\s+"
         r"(?:in\s+)?(?:his|her|their|your)\s+(?:\w+\s+)?" + BODY + r")\b", 0.8),
        (r"\b(?P<hit>(?:send|get)\s+(?:my\s+(?:husband|hubby|fella|partner|brothers?|cousins?|dad|"
         r"mates|boys|lads)|the\s+(?:lads|boys)|some\s+(?:lads|people|friends|mates))\s+(?:round|"
         r"onto|on\s+to|after)\s*(?:to\s+)?(?:him|her|them|his|hers|theirs|that\s+\w+)?)\b"
         r"(?!\s+(?:for|with|to\s+(?:help|fix|drop|collect|pick)))", 0.65),
        (r"\b(?P<hit>get\s+(?:someone|somebody|some\s+people|the\s+lads|the\s+boys)\s+to\s+(?:sort"
         r"|deal\s+with|batter|smack|hurt|do|have|pay)\s+(?:him|her|them|that\s+\w+)(?:\s+(?:out|"
         r"in|over|a\s+visit))?)\b", 0.7),
        # "I'll cut him", "I'll finish her off".
        (r"<FUT>\s+<ADV>(?P<hit>(?:cut|finish)\s+(?:you|u|ya|ye|him|her|them)(?:\s+off)?)\s*(?:$|"
         r"[.!]|\s+(?:up|open|if|when|i\s+swear|mate|next\s+time))", 0.75),
        # "keep looking over his shoulder".
        (r"\b(?P<hit>(?:keep|be|start|better\s+start|wants?\s+to\s+(?:keep|start)|needs?\s+to\s+"
         r"(?:keep|start))\s+looking\s+over\s+(?:his|her|their|your|ur|yer)\s+shoulder)", 0.75),
        # "she won't have a car left by Monday".
        (r"\b(?P<hit>(?:won'?t|wont|will\s+not)\s+have\s+(?:a|any|much\s+of\s+a)\s+(?:\w+\s+)?"
         r"(?:car|house|windows?|tyres|face|teeth|kneecaps|motor|front\s+door)\s+(?:left|"
         r"to\s+go\s+home\s+to))\b", 0.75),
        # "he needs knocking out", "that teacher needs his legs breaking".
        (r"\b(?P<hit>(?:needs?|wants?|deserves?)\s+(?:(?:his|her|their|your|ur)\s+(?:\w+\s+)?"
         + BODY + r"\s+(?:breaking|kicking\s+in|smashing\s+in|caving\s+in|punching|slapping|"
         r"kicking|knocking\s+off|tanning|stoving\s+in|bursting|smashing|snapping)|knocking\s+"
         r"out|battering|leathering|skelping|stabbing|shooting|putting\s+down|a\s+kicking\s+in))",
         0.75),
        (r"\b(?P<hit>(?:won't|wont|will\s+not)\s+(?:be\s+able\s+to\s+(?:walk|talk|see|sit\s+down|"
         r"walk\s+straight|see\s+straight)|"
         r"recognise\s+(?:him|her|them|you|himself|herself)))\b", 0.8),
        (r"\b(?:will|'ll|ll|gonna|going\s+to|could|might)\s+(?P<hit>end\s+up\s+(?:in\s+(?:an?\s+)?"
         r"(?:ditch|body\s*bag|box|coffin|river|canal|wheelchair|hospital|ambulance|a&e|"
         r"intensive\s+care|morgue|the\s+back\s+of\s+an\s+ambulance|the\s+morgue|the\s+canal)|"
         r"dead|hurt|six\s+feet\s+under))\b", 0.6),
        (r"\b(?P<hit>if\s+(?:he|she|they|you|u)(?:'s|s|'re|re|\s+is|\s+are)?\s+(?:not|isn'?t|"
         r"aren'?t)\s+careful)\b", 0.4),
        (r"\b(?P<hit>(?:end|ends|ending)\s+up\s+in\s+(?:hospital|a&e|intensive\s+care|a\s+body\s*"
         r"bag|the\s+morgue))", 0.4),
        (r"\b(?:he|she|they|you|u|ya)\s*(?:'ll|ll|will)\s+(?P<hit>(?:get|have)\s+"
         r"what'?s\s+coming(?:\s+to\s+(?:him|her|them|you))?)", 0.85),
        (r"\b(?P<hit>(?:get|gets|getting)\s+what'?s\s+coming\s+to\s+(?:him|her|them|you|u))",
         0.8),
        # "he'll regret it", "that man is gonna regret ever opening his mouth", "ur going to
        # regret this"; not "you'll regret not coming" or "regret it if you miss the fair".
        (r"\b(?!(?:we|i|it|you|u|ya|ye|youll|ull|well)\b)(?:[a-z]+|that\s+\w+|<TITLE>\s+\w+)\s*"
         r"(?:'ll|ll|"
         r"\s+will|'s\s+gonna|s\s+gonna|\s+is\s+gonna|\s+are\s+gonna|'re\s+gonna|\s+r\s+gonna|"
         r"\s+gonna|'s\s+going\s+to|\s+is\s+going\s+to|\s+are\s+going\s+to|'re\s+going\s+to|"
         r"\s+going\s+to|\s+gonnae|'s\s+gonnae)\s+(?:really\s+|seriously\s+|so\s+|"
         r"definitely\s+|defo\s+)?(?P<hit>(?:regret\s+(?:(?:it|this|that)(?=\s*(?:$|[.!?,;]|"
         r"\s+(?:mate|love|hun|trust|believe|i\s+swear|i\s+promise|mark\s+my|big\s+time)))|"
         r"the\s+day|ever|coming\s+near|going\s+near|saying\s+that|what\s+(?:he|she|they|you)"
         r"\s+(?:did|said|done)|(?!(?:not|never|missing|skipping|eating|drinking|staying|"
         r"leaving|buying|wearing|forgetting|signing|booking|going|spending|sitting|having|"
         r"getting|taking|coming|choosing|picking\s+(?:that|the|this)|ordering|paying|"
         r"volunteering|agreeing)\b)\w+ing\b)|live\s+to\s+regret))", 0.75),
        (r"\b(?:you|u|ya|ye)\s*(?:'ll|ll|\s+will)\s+(?P<hit>regret\s+(?:it|this|that)(?=\s*(?:$|"
         r"[.!?;]|\s+(?:mate|trust|believe|i\s+swear|i\s+promise|mark\s+my|big\s+time))))",
         0.75),
        (r"\b(?:he|she|they|you|u|ya|[a-z]+)\s*(?:'s|s|\s+has|'ve|\s+have)\s+got\s+(?P<hit>"
         r"what'?s\s+coming)", 0.75),
        (r"\b(?:he|she|they|you|u|ya)\s*(?:'ll|ll|will)\s+(?P<hit>be\s+sorry)\b", 0.45),
        (r"\b(?P<hit>(?:be|feel)\s+sorry\s+(?:he|she|they|you|u)\s+(?:ever|was\s+ever|"
         r"were\s+ever)\s+"
         r"(?:crossed|messed|started|born|spoke|opened|laid|touched|looked|went|came|said|"
         r"threatened|hit|pushed|upset|shouted|put))", 0.8),
        (r"\b(?P<hit>(?:ever|dare|dares|dared)\s+(?:crossed|cross|messed\s+with|mess\s+with)\s+"
         r"(?:me|my\s+family|my\s+kids))\b", 0.55),
        (r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bonce\s)\b(?P<hit>(?:you|u|ya)(?:'re|re|\s+are|\s+r)\s+"
         r"(?:so\s+|fucking\s+|f\*+ing\s+)?(?:dead|"
         r"done\s+for|in\s+for\s+it|history|toast|a\s+dead\s+(?:man|woman)|getting\s+it|gonna\s+"
         r"get\s+it))\b(?!\s+(?:funny|good|tired|nice|easy|right|on|bored|cute|lucky|to\s+me))"
         r"(?!\s+(?:done|sorted|fixed|back|for|from|to|out|in|on|tomorrow|later|today|next|"
         r"now|too|as|off|right|wrong|first|cut|dyed|pierced|framed|delivered|replaced|printed|"
         r"signed|ready|cheaper|free|half|anyway|though|soon|this|at)\b)(?!\s*\?)", 0.7),
        (r"\b(?P<hit>(?:he|she|they)(?:'s|s|\s+is|'re|\s+are)\s+(?:so\s+)?(?:done\s+for|"
         r"in\s+for\s+it|a\s+dead\s+(?:man|woman)|getting\s+it|gonna\s+get\s+it))\b"
         r"(?!\s+(?:done|sorted|fixed|back|for|from|to|out|in|on|tomorrow|later|today|next|"
         r"now|too|as|off|right|wrong|first|cut|dyed|pierced|framed|delivered|replaced|printed|"
         r"signed|ready|cheaper|free|half|anyway|though|soon|this|at)\b)(?!\s*\?)", 0.7),
        (r"\b(?:when|if|once|wait\s+till|wait\s+until)\s+i\s+(?:find|catch|get\s+hold\s+of|see|"
         r"get\s+my\s+hands\s+on|get)\s+(?:you|u|ya|him|her|them|whoever|the\s+\w+)\b(?P<hit>"
         r".{0,40}?\b(?:you're|youre|ur|you\s+are|he's|hes|she's|shes|they're|theyre|he\s+is|"
         r"she\s+is|they\s+are|u\s+r)\s+(?:so\s+|fucking\s+|f\*+ing\s+)?(?:done|dead|finished|"
         r"getting\s+it|history|toast))", 0.9),
    ), frozenset(words("need needing needs wants want deserves deserve looking keep have "
                       "bullet knife blade brick baseball bat hammer machete found wake throw "
                       "chuck pour splash acid rip pull yank tear scratch gouge claw coming "
                       "come turn my send get cut finish i ill imma ima gunna gonnae "
                       "will ll gonna going someone somebody some1 people one he she they you u "
                       "ya him her them end ends ending get gets getting when if once wait "
                       "you're youre he's hes she's shes they're theyre eating eat drinking "
                       "drink won wont s is re are pick picking teeth put got has have ve "
                       "gonnae")), jokeable=True),
)
