"""Veiled threats: set phrases that only make sense as a threat, and the weak hints that
add up to one.

"I know where she lives", "watch his back", "would be a shame if anything happened to it",
"she won't be so smug after I've had a word", "a few of us will be waiting for him". Each
pattern names the harmless reading it avoids ("watch your back foot on the ice", "let's see
what happens with the weather", "a few of us will be waiting for her with balloons").

Hints below the flag threshold ("one more word and...", "I'm going to lose it", "if she
does that again", "who's with me") count only when a second, separate threat hint is in
the same message (`rules.offline_scorer._combine`).
"""

from rules.lexicons import THREAT, Family, words

# "if anyone wants to drop a card round" is kindness, not a nudge.
KIND = (r"(?!\s+to\s+(?:drop|send|pop|post|bring|give|deliver|leave|take)\b.{0,30}\b(?:card|"
        r"present|gift|flowers|cake|meal|food|wine|round))")

FAMILIES: tuple[Family, ...] = (
    # Set phrases that are threats without saying what will happen.
    Family(THREAT, "threat lexicon: veiled threat", (
        (r"\b(?P<hit>(?:watch|watching|mind)\s+(?:his|her|their|your|ur|yer|ya)\s+back)\b"
         r"(?!\s+(?:on|in|when|with|going|pain|foot|feet|legs?|door|garden|gate|seat|step|row|"
         r"wheels?|tyres?|pocket|teeth|muscles?|stroke|straight|posture|\w+ing)\b)(?!\s*!)", 0.85),
        (r"\b(?P<hit>pay\s+(?:him|her|them|you|u|ya|that\s+(?:\w+\s+)?<P>|<TITLE>\s+\w+)\s+a\s+"
         r"(?:little\s+|proper\s+|friendly\s+|home\s+|late\s+night\s+)?visit)", 0.75),
        (r"\b(?P<hit>pay\s+the\s+(?:\w+\s+)?<P>\s+a\s+(?:little\s+|proper\s+|friendly\s+|home\s+|"
         r"late\s+night\s+)visit)", 0.75),
        # "I know where she lives", "we know where you live", "i kno where he parks".
        (r"\b(?P<hit>(?:i|we|i've|we've|ive|i\s+do|we\s+all)\s+(?:know|kno|knw|no|found\s+out)\s+"
         r"where\s+(?:he|she|they|you|u|ya|<TITLE>\s+\w+|the\s+\w+|\w+)\s+(?:lives?|live|"
         r"parks?|works?|drinks?|stays?|sleeps?|drops?\s+off|kids\s+go|walks?))\b(?!.{0,40}\b"
         r"(?:drop|"
         r"bring|pop|post|deliver|send|give|take|pick|collect|lift|card|present|parcel|invite|"
         r"return))", 0.9),
        (r"\b(?P<hit>(?:i|we)\s+(?:know|kno)\s+where\s+(?:you|u|ya)\s+(?:are|r))\b", 0.7),
        (r"\b(?P<hit>(?:find|found|finding)\s+out\s+where\s+(?:he|she|they|you|u|<TITLE>\s+\w+)\s+"
         r"(?:lives?|parks?|works?|stays?))\b", 0.7),
        (r"\b(?P<hit>(?:when|once|if)\s+i\s+(?:catch|get|find|see)\s+(?:him|her|you|u|them)\s+"
         r"(?:on\s+(?:his|her|your|their)\s+own|alone|by\s+(?:himself|herself|yourself)))\b", 0.7),
        (r"\b(?P<hit>watch\s+(?:yourself|urself|your\s+step|it|ur\s+step))\b(?!\s*,?\s*(?:the\s+)?"
         r"(?:floor|road|step|steps|ice|puddles?|stairs|kerb|curb|traffic|it'?s\s+(?:wet|icy|"
         r"slippery|hot)))(?!\s+(?:on|in|when|"
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
        # "she'll see what happens", "carry on and you'll see": said of someone, not "we".
        (r"\b(?P<hit>(?:he|she|they|you|u|ya|ye)\s*(?:'ll|ll|will)\s+see\s+what\s+happens)\b"
         r"(?!\s+(?:when|if|with|to|at|in|on|after|next))", 0.6),
        (r"\b(?P<hit>(?:carry\s+on|keep\s+(?:it\s+up|going|on|this\s+up|pushing|that\s+up)|"
         r"do\s+(?:that|it|this)\s+again|try\s+(?:it|me|that)|push\s+me|test\s+me|one\s+more\s+"
         r"(?:time|word|comment))\b.{0,40}?\b(?:and|n|&|then)\s+(?:you|u|she|he|they|ya|ye)"
         r"\s*(?:'ll|ll|will)\s+see)\b(?!\s+(?:the|a|an|that|how|if|when|why|her|him|them|on|"
         r"at|in|for|there|it|results?|difference|improvement))", 0.7),
        (r"\b(?P<hit>see\s+what\s+happens)\b", 0.35),
        # "see what happens to your precious minibus": harm to someone's property.
        (r"\b(?P<hit>see\s+what\s+happens\s+to\s+(?:your|ur|his|her|their|the\s+\w+'?s)\s+"
         r"(?:\w+\s+){0,2}(?:car|van|minibus|house|windows?|tyres?|door|garden|motor|bike))\b",
         0.8),
        # "stay away from my son or he'll be sorry": a condition with a price.
        (r"\b(?P<hit>or\s+(?:else\s+)?(?:he|she|they|you|u|ya)\s*(?:'ll|ll|will)\s+"
         r"(?:be\s+sorry|regret\s+it|pay\s+for\s+it|know\s+about\s+it|get\s+what'?s\s+coming))\b",
         0.8),
        # "I'm coming down there, and it won't be for a chat".
        (r"\b(?P<hit>(?:and\s+)?it\s+(?:won'?t|wont|will\s+not)\s+be\s+(?:for\s+|to\s+)?"
         r"(?:a\s+)?(?:chat|talk|cuppa|nice\s+chat|friendly\s+chat|discussion))\b", 0.8),
        (r"\b(?P<hit>(?:won'?t|wont|will\s+not)\s+be\s+(?:just\s+)?(?:a\s+|an\s+)?(?:letter|email|"
         r"warning|words|talking|polite)\s+next\s+time)\b", 0.8),
        (r"\b(?P<hit>(?:keep|carry\s+on)\s+(?:pushing|pushin|testing|winding|provoking|pushing\s+"
         r"your\s+luck\s+with)\s+(?:me|my\s+buttons|it|my\s+patience))\b", 0.45),
        (r"\b(?P<hit>next\s+time\s+(?:it\s+)?(?:won'?t|will\s+not|wont)\s+be\s+(?:just\s+|only\s+|"
         r"a\s+)?(?:a\s+)?(?:letter|words|an?\s+email|email|a\s+warning|warning|talking|a\s+chat|"
         r"polite|so\s+polite|nice|my\s+words|verbal))\b", 0.8),
        (r"\b(?P<hit>(?:you|u|she|he|they)\s+(?:don'?t|doesn'?t|have\s+no|has\s+no)\s+(?:know|"
         r"idea)\s+"
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
         r"dont|don't|won't|wont|isn't)\s+(?:sort|deal\s+with|sorting)\b.{0,40}?(?P<hit>\bi\s*"
         r"(?:'ll|ll)|\bi\s+(?:will|am\s+going\s+to)|\bi'?m\s+(?:gonna|going\s+to))\b", 0.7),
        # "I'll sort it my way", "dealt with the old-fashioned way".
        (r"\b(?P<hit>(?:sort|deal\s+with|handle)\s+(?:it|this|him|her|them)\s+(?:my|our)\s+"
         r"(?:own\s+)?"
         r"way|(?:sort|deal\s+with|sorted|dealt\s+with|handle|handled)\s+(?:it\s+|this\s+|him\s+|"
         r"her\s+|them\s+)?the\s+old[\s-]fashioned\s+way)\b", 0.65),
        # "touch my son again and...", "if she speaks to my daughter again".
        (r"\b(?P<hit>(?:touch|touches|hit|hits|lay\s+(?:a\s+)?(?:finger|hand)\s+on|go\s+near|"
         r"come\s+"
         r"near|speak\s+to|talk\s+to|look\s+at|shout\s+at|push|hurt|grab|threaten|message|film|"
         r"lays\s+(?:a\s+)?(?:finger|hand)\s+on|goes\s+near|comes\s+near|speaks\s+to|shouts\s+"
         r"at|pushes|hurts|grabs|threatens|messages)\s+(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|kid"
         r"|kids|boy|girl|child|children|lad|wean|weans|bairn|bairns|family|wife|husband|little\s+"
         r"one)\s+(?:ever\s+)?again\b)\s*,?\s*(?:and|n|&|then)\b", 0.6),
        (r"\bif\s+(?:he|she|they|that\s+\w+|his\s+\w+|her\s+\w+|<TITLE>\s+\w+|[a-z]+)\s+(?P<hit>"
         r"(?:ever\s+)?(?:touches|hits|lays\s+(?:a\s+)?(?:finger|hand)\s+on|goes\s+near|comes\s+"
         r"near|speaks\s+to|shouts\s+at|pushes|hurts|grabs|threatens|messages|looks\s+at)\s+"
         r"(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|kid|kids|boy|girl|child|children|lad|wean|"
         r"bairn|little\s+one)\s+again)\b", 0.45),
        # "she better watch herself", "he wants to watch his step".
        (r"\b(?P<hit>(?:wants|want|needs|need|had\s+better|'d\s+better|better|should)\s+(?:to\s+)?"
         r"watch\s+(?:himself|herself|themselves|his\s+step|her\s+step|their\s+step|his\s+mouth|"
         r"her\s+mouth|his\s+tongue|her\s+tongue))\b(?!\s+(?:on|in|with|crossing|driving|when|"
         r"near|around|going))", 0.6),
        # "a few of the dads are going round to have a word, if you know what I mean".
        (r"\b(?P<hit>(?:have|having|had)\s+a\s+(?:little\s+|quiet\s+|proper\s+|friendly\s+)?"
         r"(?:word|"
         r"chat|visit)\b.{0,40}?(?:if\s+(?:you|u)\s+(?:know|get|catch)\s+(?:what\s+i\s+mean|my\s+"
         r"drift)|wink\s+wink|😉|nudge\s+nudge))", 0.7),
        (r"\b(?P<hit>(?:go|going|went|head|heading|pop|popping)\s+round\s+(?:to\s+)?(?:his|hers|"
         r"theirs|there)\b.{0,60}?(?:if\s+(?:you|u)\s+(?:know|get|catch)\s+(?:what\s+i\s+mean|"
         r"my\s+drift)|wink\s+wink|😉|nudge\s+nudge))", 0.7),
        # "it won't be words next time", "I'll have a word and it won't be words".
        (r"\b(?P<hit>it\s+(?:won'?t|wont|will\s+not)\s+(?:just\s+|only\s+)?be\s+(?:words|talking|"
         r"verbal|a\s+(?:chat|talk)))\b", 0.7),
        # "them lot will be getting a visit", "he's getting a little visit".
        (r"\b(?P<hit>(?:will\s+be|'ll\s+be|ll\s+be|is|'s|are|'re|gonna\s+be)\s+getting\s+a\s+"
         r"(?:little\s+|proper\s+|late\s+night\s+|friendly\s+|home\s+)?visit)\b(?!\s+from)", 0.6),
        # "watch your tyres mate", "watch your car, that's all I'm saying".
        (r"\b(?P<hit>watch\s+(?:your|ur|his|her|their)\s+(?:car|tyres|windows|house|motor|"
         r"paintwork|wing\s+mirrors))\b(?=\s*(?:$|[.!]|\s+(?:mate|pal|love|hun|innit|that'?s\s+"
         r"all|i'?m\s+just\s+saying)))", 0.6),
        # "I know what time she leaves work".
        (r"\b(?P<hit>(?:i|we)\s+(?:know|kno)\s+(?:what\s+time|when)\s+(?:he|she|they|you|u|"
         r"<TITLE>\s+\w+|the\s+\w+)\s+(?:leaves?|finishes|gets?\s+home|walks?\s+home|locks?\s+up|"
         r"is\s+(?:on\s+(?:her|his|their)\s+own|alone)))\b(?!.{0,30}\b(?:i'?ll|we'?ll|can)\s+"
         r"(?:pick|meet|give|drop|ask|bring|collect|grab))", 0.55),
        # "I'll end up doing time for that woman", "I could swing for him".
        (r"\b(?P<hit>(?:end\s+up|be)\s+(?:doing\s+time|in\s+(?:prison|jail|a\s+cell))\s+(?:for|"
         r"over|"
         r"because\s+of)\s+(?:him|her|them|that\s+(?:\w+\s+)?<P>|<TITLE>\s+\w+|[a-z]+))\b", 0.75),
        (r"\b(?P<hit>(?:i'?ll|ill|i\s+will|i\s+could|gonna|going\s+to)\s+(?:end\s+up\s+)?"
         r"swing(?:ing)?\s+for\s+(?:him|her|them|that\s+\w+|<TITLE>\s+\w+))\b", 0.7),
        (r"\b(?P<hit>(?:can|will|'ll|ll)\s+deal\s+with\s+me)\b", 0.6),
        (r"\b(?P<hit>(?:gonna|going\s+to|i'll|ill|i\s+will|i'm\s+going\s+to)\s+(?:wait|be\s+"
         r"waiting)\s+(?:for|outside)\s+(?:him|her|them|you|u|<TITLE>\s+\w+|\w+))\s+(?:after|"
         r"outside|at|by|when|tonight|tomorrow)\b", 0.45),
        (r"\b(?P<hit>(?:meet|see)\s+(?:me|you|u)\s+outside)\b", 0.4),
        (r"<FUT>\s+<ADV>(?P<hit>(?:wait|sit|park|be)\s+outside\s+(?:his|her|their|your|ur)\s+"
         r"(?:house|home|door|work|flat))\b", 0.5),
        # "would be a shame if anything happened to it": to a person or their things, or said
        # with a knowing pause, not "if anything happened to the trip".
        (r"\b(?P<hit>(?:shame|pity)\s+if\s+(?:something|anything|owt|summat)\s+(?:happened|"
         r"were\s+to\s+happen|was\s+to\s+happen|happens|should\s+happen|bad\s+happened)"
         r"(?:\s+to\s+(?:it|him|her|them|you|u|your|ur|yer|his|her|their|that|those|this|such|"
         r"the\s+(?:\w+'s|head|teacher|deputy|car|house))\b|(?=\s*(?:$|[.!?,]|\s+(?:wouldn|"
         r"would|eh|innit|hey|hmm|just|know)))))", 0.85),
        (r"\b(?P<hit>(?:something|anything)\s+(?:might|could|will|can)\s+happen\s+to\s+"
         r"(?:him|her|them|you|his|their|your))", 0.75),
        (r"\b(?P<hit>accidents\s+happen)\b", 0.35),
        (r"\b(?P<hit>(?:won't|wont|will\s+not|not\s+gonna)\s+look\s+so\s+(?:nice|pretty|good|"
         r"shiny|clever|smug|smart))", 0.8),
        (r"\b(?P<hit>(?:turn\s+up\s+at|show\s+up\s+at|round)\s+(?:his|her|their|your|ur)\s+"
         r"(?:house|door|home|front\s+door|work|place))\b", 0.45),
        # "might turn up on his doorstep", "we'll be on her doorstep".
        (r"\b(?P<hit>(?:(?:turn|show|rock)(?:ed|ing|s)?\s+up|be|end\s+up|be\s+stood|be\s+"
         r"standing|be\s+waiting|knock(?:ing)?)\s+(?:on|at)\s+(?:his|her|their|your|ur|yer|"
         r"[a-z]+'s)\s+(?:\w+\s+)?(?:doorstep|door\s*step))\b(?!\s+with\s+(?:flowers|a\s+card|"
         r"cake|a\s+cake|a\s+present|presents|a\s+gift|soup|a\s+lasagne|food|wine|chocolates|"
         r"the|some|her|his|a\s+casserole|a\s+meal))", 0.6),
        # "a few of us will be waiting for him", "there'll be a welcoming committee".
        (r"\b(?P<hit>(?:a\s+few|some|loads|a\s+load|a\s+lot|plenty|a\s+group|a\s+gang|a\s+"
         r"couple)\s+of\s+us\s+(?:will\s+be|'ll\s+be|ll\s+be|are\s+going\s+to\s+be|'re\s+"
         r"gonna\s+be|are\s+gonna\s+be|gonna\s+be|be)\s+waiting\s+(?:for|outside|at|by)\s+"
         r"(?:him|her|them|you|u|that\s+(?:\w+\s+)?<P>|<TITLE>\s+\w+|the\s+(?:\w+\s+)?<P>))\b"
         r"(?!.{0,40}\b(?:balloons|cake|flowers|banners?|card|presents|signs|bunting|welcome|"
         r"cheer|congratulate|celebrate|birthday|hugs?|lift))", 0.6),
        (r"\b(?P<hit>(?:there'?ll|there\s+will|there'?s\s+gonna|there\s+is\s+going\s+to)\s+be\s+"
         r"(?:a\s+few|some|loads|a\s+lot|plenty|a\s+group|a\s+gang|a\s+couple)\s+of\s+us\s+"
         r"waiting)\b(?!.{0,40}\b(?:balloons|cake|flowers|banners?|card|presents|signs|"
         r"bunting|welcome|cheer|congratulate|celebrate|birthday|hugs?|lift))", 0.7),
        (r"\b(?P<hit>(?:a|the)\s+(?:little\s+)?welcoming\s+committee)\b(?=.{0,60}\b(?:him|her|"
         r"them|he|she|that\s+\w+))", 0.5),
        # "she won't be so smug after I've had a word", "he wont be mouthing off after".
        (r"(?P<hit>(?:\bwon'?t|\bwont|\bwill\s+not|'ll\s+not|'ll\s+no|\bwillnae|\bwilnae|"
         r"\bwinnae)\s+be\s+(?:so\s+|as\s+|that\s+|too\s+)?(?:smug|"
         r"laughing|mouthing\s+off|cocky|brave|gobby|lippy|mouthy|chatty|clever|full\s+of\s+"
         r"(?:it|himself|herself|themselves)|smiling|grinning|smirking|giving\s+it\s+large|"
         r"hard|tough|pretty|walking)\b)(?=\s+(?:after|when|once|by\s+the\s+time)\s+(?:i|we|"
         r"me|my|the\s+lads|the\s+dads|i've|i'm|we've|we're|i'?ve|i'?m|ive|im|ah'?m|a'm|"
         r"a\s+few\s+of\s+us|i\s+get|i\s+catch|i\s+see)\b)", 0.8),
        (r"(?P<hit>(?:\bwon'?t|\bwont|\bwill\s+not|'ll\s+not|'ll\s+no|\bwillnae|\bwilnae|"
         r"\bwinnae)\s+be\s+(?:so\s+|as\s+|that\s+|too\s+)?(?:smug|"
         r"laughing|mouthing\s+off|cocky|brave|gobby|lippy|mouthy|full\s+of\s+(?:it|himself|"
         r"herself|themselves)|smirking|giving\s+it\s+large)\b)(?=\s+(?:after|for|much|by|"
         r"tomorrow|on|next|come)\s+(?:tonight|tomorrow|today|friday|monday|tuesday|wednesday|"
         r"thursday|saturday|sunday|this|next|long|longer|the\s+weekend|monday|morning|"
         r"pick\s*up|home\s*time))", 0.6),
        (r"\b(?P<hit>(?:don'?t|do\s+not|never)\s+(?:mess|fuck|f\*+|mess\s+about)\s+with\s+(?:me|"
         r"my\s+(?:family|kids|son|daughter|children)))\b", 0.5),
        (r"\b(?P<hit>(?:i|we)\s*(?:won'?t|wont|will\s+not|'ll\s+not)\s+be\s+(?:alone|on\s+my\s+own"
         r"|by\s+myself|coming\s+alone))\b", 0.45),
        (r"\b(?P<hit>(?:he'?s|she'?s|they'?re|you'?re|ur|he\s+is|she\s+is)\s+(?:living\s+)?on\s+"
         r"borrowed\s+time)\b", 0.65),
        # Weak signs that combine with another hint: "one more word and...", "I'll lose it".
        (r"\b(?P<hit>mark\s+my\s+words)\b", 0.4),
        (r"\b(?P<hit>one\s+more\s+(?:word|comment|look|remark|peep|message|dirty\s+look)\b)"
         r"(?=.{0,50}?(?:\band\b|\bn\b|&|,|\bthen\b))", 0.4),
        (r"\b(?P<hit>one\s+more\s+(?:time|incident|thing|warning)\b)(?=.{0,50}?(?:\band\b|\bn\b|&|"
         r",|\bthen\b)\s+(?:i\s+swear|i'?ll|ill|i\s+will|he'?s|she'?s|he'?ll|she'?ll|they'?ll|"
         r"you'?ll|ur|you'?re|[a-z]+'s|that\s+\w+))", 0.35),
        (r"\b(?P<hit>swear\s+down|i\s+swear\s+(?:to\s+god|on\s+my\s+\w+(?:'s)?\s+li(?:fe|ves))|"
         r"on\s+my\s+(?:kids'?|children'?s|mum'?s|mother'?s|nan'?s|son'?s|daughter'?s)\s+li(?:fe|"
         r"ves))\b",
         0.4),
        (r"\b(?P<hit>(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will|am)\s+(?:gonna\s+|going\s+to\s+|"
         r"gonnae\s+|"
         r"gunna\s+)?(?:lose\s+it|lose\s+my\s+(?:shit|temper|rag|head|nut)|go\s+(?:mental|"
         r"ballistic|postal|radge|off\s+on\s+(?:him|her|them))|kick\s+off\s+(?:on|at)\s+"
         r"(?:him|her|them)|flip|snap|blow|end\s+up\s+in\s+(?:a\s+cell|prison|jail|court)|"
         r"do\s+time|do\s+something\s+i\s+regret|not\s+be\s+able\s+to\s+control\s+"
         r"myself))\b(?!\s+(?:with|at|over|about)\s+(?:this|the|my|these|those|that|our)\s+"
         r"(?!(?:woman|man|teacher|mum|dad|lady|bloke|head|parent|family|lot)\b)\w+)", 0.45),
        (r"\b(?P<hit>(?:is|'s|s|are|'re)\s+(?:getting|gonna\s+get|going\s+to\s+get|gonnae\s+"
         r"get)\s+it)\b(?!\s+(?:done|sorted|fixed|back|for|from|to|out|in|on|tomorrow|later|"
         r"today|next|now|too|as|off|right|wrong|\?))(?!\s*\?)", 0.45),
        (r"\b(?P<hit>if\s+(?:he|she|they|that\s+(?:\w+\s+)?<P>|his\s+\w+|her\s+\w+|<TITLE>\s+\w+)"
         r"\s+(?:\w+\s+){1,6}?again\b)", 0.4),
        (r"\b(?P<hit>(?:who'?s|whos|who\s+is)\s+(?:with\s+me|coming\s+with\s+me|in\s+with\s+"
         r"me))\b", 0.45),
        (r"\b(?P<hit>(?:he|she|they|you|u)\s*(?:won't|wont|will\s+not|'ll\s+not|willnae|wilnae|"
         r"winnae)\s+(?:know\s+what'?s?\s+(?:hit|happened\s+to)|see\s+it\s+coming))", 0.85),
        (r"\b(?P<hit>(?:or|otherwise|else)\s+(?:i'll|ill|i\s+will|i'm\s+going\s+to|im\s+going\s+"
         r"to|i'm\s+gonna|im\s+gonna)\s+(?:make|have|come|be|go)\b)", 0.45),
        (r"\b(?P<hit>i'?ll\s+be\s+(?:at|waiting\s+at)\s+(?:that|the|his|her|their)\s+"
         r"(?:gate|door|house|school))\b", 0.4),
        # "wait till he meets my eldest", "see how brave she is when she meets my husband".
        (r"\b(?P<hit>wait\s+(?:till|until|til|'til)\s+(?:he|she|they|you|u)\s+(?:meets?|sees?|"
         r"bumps?\s+into)\s+my\s+(?:eldest|brother|brothers|husband|partner|fella|bloke|dad|"
         r"cousins?|boys|lads|big\s+\w+|older\s+\w+))\b", 0.6),
        # "I'm grabbing him by the collar", "I'll have her by the throat".
        (r"\b(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will|gonna|going\s+to)\s+(?:\w+\s+)?(?P<hit>(?:grab"
         r"(?:bing)?|have|take|taking|drag(?:ging)?)\s+(?:him|her|them|that\s+\w+)\s+by\s+the\s+"
         r"(?:collar|throat|neck|hair|scruff|ear|arm))\b", 0.75),
        # An address shared with a nudge: "Mr G lives on ..., number 4. Just saying."
        (r"\b(?P<hit>(?:lives?|living)\s+(?:on|at|in|round)\b.{0,60}?(?:just\s+saying|just\s+so"
         r"\s+(?:you|u|people|everyone)\s+know|if\s+anyone\s+(?:fancies|wants)" + KIND
         + r"|in\s+person|😉|😈|wink))", 0.6),
        (r"\b(?P<hit>(?:just\s+saying|just\s+so\s+(?:you|u|people|everyone)\s+know|if\s+anyone"
         r"\s+(?:fancies|wants)" + KIND + r")\b.{0,60}?\b(?:lives?|living|house\s+is|"
         r"address\s+is)\s+(?:on|at|in|round)?)", 0.6),
        (r"\b(?P<hit>(?:house|address)\s+is\s+(?:on|in)\b.{0,80}?(?:if\s+anyone\s+(?:fancies|"
         r"wants)" + KIND + r"|in\s+person|😉|😈))", 0.6),
    ), frozenset(words("lives living wait till until til grabbing grab drag dragging just "
                       "address "
                       "watch watching mind pay know make making last warned come cum say try "
                       "do see won't wont will not if someone somebody nobody no noone can "
                       "ll gonna going i'll ill meet it would be something anything "
                       "accidents turn show round he she they you u or otherwise else d i "
                       "wants want needs need had better should keep carry next messed "
                       "messing mess sleep got there there'll ll your ur his her their thin "
                       "coming take taking dare shame pity turn turned turning turns show "
                       "showed rock rocked knock knocking few loads lot plenty group gang "
                       "couple welcoming willnae wilnae winnae one i'm im am who's whos who "
                       "carry push test is s are re swear on mark don dont never living "
                       "borrowed")),
        jokeable=True),
)
