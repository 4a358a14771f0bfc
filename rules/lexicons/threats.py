"""Threats: violence or harm to a person or property, said outright, veiled or incited.

Direct threats pair a first-person intent ("I'll", "gonna", "we will") with a violent verb
and a person on the receiving end ("him", "that woman", "Mr Jones"). Veiled ones are set
phrases that only make sense as a threat ("I know where she lives", "watch his back", "he'll
regret it"). Incitement asks others to do the harm ("someone should give him a kicking").
Figurative uses ("killed it at the quiz", "we'll murder the other classes") are in `benign`,
and most families are damped when the message is plainly joking ("I'll kill him 😂").
"""

from rules.lexicons import THREAT, Family, words

# Verbs that are violent whatever follows: "I'll <VERB> him". Regional ones included:
# Scots "skelp", "panel", "burst"; Northern "bray", "lamp", "chin", "twat"; London "merk",
# "shank".
VIOLENT = (r"(?:kill|murder|batter|punch|slap|smack|thump|deck|lamp|chin|floor|flatten|"
            r"strangle|throttle|stab|knife|glass|headbutt|leather|wallop|twat|brick|bottle|"
            r"drown|choke|maim|hurt|whack|belt|shoot|knock\s+out|beat\s+up|smash|hit|kick|"
            r"end|destroy|attack|hunt\s+down|whoop|whup|torture|rape|skelp|bray|merk|"
            r"shank|chib|panel|burst|clout|clobber|kneecap|knee[\s-]cap|bang\s+out|cripple)")
# Verbs that are violent only with a body part: "kick his head in", "break her nose",
# "boot his heid in", "burst his coupon".
BODY = (r"(?:face|head|heid|teeth|heads|skull|jaw|nose|legs?|arms?|neck|lights|block|ribs|"
         r"knees|kneecaps|brains|arse|erse|ass|backside|throat|fingers|bones?|eyes?|coupon|puss|"
         r"napper|noggin|gob|gub|mouth|mooth|chops|kisser|baws|balls|bollocks|nuts|wrists?|"
         r"hands?|spine|melon|swede)")
# Who might be urged on to do it: "someone should", "a few of us should", "somebody's
# gonnae", "the dads need to".
CROWD = (r"(?:someone|somebody|some1|a\s+few\s+of\s+us|we|you\s+lot|some\s+of\s+us|one\s+of\s+"
          r"us|the\s+(?:dads|lads|mums|boys)|people|they)(?:\s+(?:should|needs?\s+to|ought\s+to|"
          r"oughta|shud|shld|could|wants?\s+to|gotta|are\s+gonna|should\s+really|must|is\s+"
          r"gonna|is\s+going\s+to|is\s+gonnae|will|needs?\s+tae|should\s+all|need\s+to\s+"
          r"all|are\s+going\s+to)|(?:'s|s)\s+(?:gonna|going\s+to|gonnae)|'ll|'re\s+gonna)\s+"
          r"(?:just\s+|really\s+|actually\s+)?"
          r"(?:(?:all\s+)?(?:go|head|pop|nip|march|get)\s+(?:round|over|down|up)?\s*"
          r"(?:(?:to\s+)?(?:his|hers|theirs|there|his\s+house|her\s+house|their\s+house|"
          r"his\s+place|her\s+place|the\s+school|school)\s+)?(?:and\s+|n\s+|&\s+)?)?")
# Property worth threatening.
PROPERTY = (r"(?:windows?|windscreen|car|cars|tyres|tires|house|door|front\s+door|motor|van|"
             r"audi|bmw|merc|mercedes|range\s+rover|tesla|bike|fence|shed|wing\s+mirrors?|"
             r"paintwork|home|office|classroom|school|place|letter\s*box)")
# Whose property: "his", "that teacher's", "Mr Bevan's".
OWNER = (r"(?:his|her|their|your|ur|the|that|those|(?:that\s+|the\s+)?[\w-]+'s|"
         r"<TITLE>\s+[\w-]+'s)")
# Participles of a beating, for harm predicted for someone: "he's getting merked".
BEATEN = (r"(?:battered|leathered|skelped|decked|lamped|chinned|twatted|merked|shanked|stabbed|"
           r"glassed|bottled|slapped|smacked|punched|brayed|panelled|burst|knocked\s+out|"
           r"sparked\s+out|done\s+in|done\s+over|kicked\s+in|jumped|bladed|wet\s+up|"
           r"his\s+head\s+kicked\s+in|her\s+head\s+kicked\s+in|a\s+doing|a\s+leathering|"
           r"a\s+skelping|a\s+pasting|a\s+kicking|a\s+battering|a\s+hiding|a\s+slap|"
           r"a\s+smack|a\s+sore\s+face|a\s+sair\s+face|clattered|booted|murdered|"
           r"filled\s+in|stamped\s+on)")
# Sport, games and being drunk, where "battered" and "getting a kicking" are not violence.
NOT_SPORT = (r"(?!\s+(?:at|in|on|by|\d|every|again\s+(?:at|in|on)|this\s+(?:season|week|"
              r"year|term)|last\s+night|lol|haha|ha|on\s+fifa|playing))")

FAMILIES: tuple[Family, ...] = (
    # "I'll smash his face in", "I'm going to flatten her", "ill batter u".
    Family(THREAT, "threat lexicon: direct threat of violence", (
        (r"<FUT>\s+<ADV>(?P<hit>" + VIOLENT + r"\s+<WHO>)", 0.9),
        (r"<FUT>\s+(?:[\w']+\s+){1,6}?(?:and|n|&)\s+(?P<hit>(?:" + VIOLENT + r"|drag|sort|deal\s+"
         r"with|rip|throw|chuck|get)\s+(?:<WHO>|his|her|their)(?:\s+(?:out|outside|up|in|down))?)",
         0.85),
        (r"<FUT>\s+<ADV>(?P<hit>" + VIOLENT + r"\s+[a-z]+)\s*(?:$|[.!]|\s+(?:if|when|i\s+swear|"
         r"next\s+time|mate|one\s+day))", 0.7),
        (r"<FUT>\s+<ADV>(?P<hit>(?:hit|kick|beat|knock|smash|break|punch|rip|tear|wring|stamp\s+"
         r"on|cave|snap|bash|slash|cut|whoop|whup|whop|boot|burst|panel|stove|pan|tan|crack|"
         r"bust|split|rearrange|skelp|leather|batter|twat|bray|smack|slap|stamp|kick\s+in)\s+"
         r"(?:in\s+)?(?:your|ur|yer|his|her|their|every|that\s+\w+'s|[a-z]+'s)\s+(?:\w+\s+)?"
         + BODY + r")\b", 0.9),
        (r"<FUT>\s+<ADV>(?P<hit>(?:beat|batter|kick|smash|knock)\s+(?:the\s+(?:shit|crap|hell|"
         r"living\s+daylights)\s+out\s+of|seven\s+bells\s+out\s+of)\s+)", 0.9),
        (r"<FUT>\s+<ADV>(?P<hit>(?:beat|batter|kick|smash|knock|do|spark|lay|duff|rough|wet|"
         r"mash|bang)\s+(?:you|u|ya|ye|him|her|them|em)\s+(?:up|in|out|over|senseless|black\s+"
         r"and\s+blue|to\s+a\s+pulp|into\s+next\s+week|to\s+death|spark\s+out|flat|out\s+"
         r"cold))\b", 0.85),
        # "I'll sort him out myself", "I'll deal with her myself": the school is not needed.
        (r"<FUT>\s+<ADV>(?P<hit>(?:sort\s+(?:<WHO>)\s+out|deal\s+with\s+(?:<WHO>))\s+(?:myself|"
         r"personally|properly|once\s+and\s+for\s+all|good\s+and\s+proper|my\s+(?:own\s+)?"
         r"way|in\s+my\s+own\s+way|for\s+good))\b", 0.8),
        (r"<FUT>\s+<ADV>(?P<hit>deal\s+with\s+(?:him|her|them|that\s+(?:\w+\s+)?<P>))\b"
         r"(?!\s+(?:later|tomorrow|on|at|in|when|after|about|over|by|via|through))", 0.45),
        # "I'll gie him a doing", "gonna give her a right leathering".
        (r"<FUT>\s+<ADV>(?P<hit>(?:give|gie|gi)\s+(?:<WHO>)\s+(?:a|wan|one)\s+(?:good\s+|"
         r"proper\s+|right\s+|wee\s+|fat\s+|bloody\s+)?(?:doing|leathering|skelping|skelp|"
         r"fat\s+lip|thick\s+ear|black\s+eye|bloody\s+nose|malky|pasting|"
         r"belting|tanning|kicking|hiding|slap|smack|battering|beating|hammering|sore\s+face|"
         r"sair\s+face|dig|right\s+hander|backhander|clip|thump|punch|kicking\s+in|seeing\s+"
         r"to|going\s+over))", 0.85),
        (r"\b(?P<hit>(?:make|making)\s+(?:sure|certain)\s+(?:he|she|they|you|u|the\s+\w+|"
         r"<TITLE>\s+"
         r"\w+|\w+)\s+(?:regrets?|pays?|suffers?|is\s+sorry|are\s+sorry|gets?\s+what))", 0.75),
        (r"<FUT>\s+<ADV>(?P<hit>make\s+(?:him|her|them|you|u)\s+(?:regret|suffer|sorry))", 0.8),
        (r"\bor\s+(?:else\s+)?<FUT>\s+<ADV>(?P<hit>sort\s+(?:you|u|ya|him|her|them|em)\s+out)\b",
         0.8),
        # "I'll sort you out" said to the reader is a threat; of "him" or "her" it is often a
        # parent about their own child, so it only reaches the threshold.
        (r"<FUT>\s+<ADV>(?P<hit>sort\s+(?:you|u|ya|ye)\s+out)\b(?!\s+(?:with|a|an|some|for|"
         r"tomorrow|later|on|at|in|when|after|tonight|now|first|too|as|if\s+you\s+need))", 0.7),
        (r"<FUT>\s+<ADV>(?P<hit>sort\s+(?:him|her|them|em)\s+out)\b(?!\s+(?:with|a|an|some|for|"
         r"tomorrow|later|on|at|in|when|after|tonight|now|first|too|as|once|before|properly\s+"
         r"for))(?!.{0,60}\b(?:my\s+(?:son|daughter|boy|girl|kid|lad|lass|eldest|youngest|"
         r"little\s+one)|gets\s+home|bedtime|homework|uniform|costume|lift|ticket))", 0.5),
        (r"<FUT>\s+<ADV>(?P<hit>(?:have|do)\s+(?:you|u|ya|him|her|them))\s*(?:in|over)?\s*"
         r"(?:$|[.!,]|\s+(?:if|when|next|outside|mate|i\s+swear))", 0.55),
        (r"<FUT>\s+<ADV>(?P<hit>put\s+(?:you|u|ya|him|her|them)\s+on\s+(?:your|ur|his|her|"
         r"their)\s+(?:arse|ass|backside|back|bum))", 0.85),
        (r"<FUT>\s+<ADV>(?P<hit>(?:put|send)\s+(?:you|u|ya|him|her|them)\s+(?:in|into|to)\s+"
         r"(?:hospital|a&e|a\s+and\s+e|the\s+ground|a\s+wheelchair|intensive\s+care|an?\s+"
         r"(?:early\s+)?grave|next\s+week))", 0.95),
        (r"<FUT>\s+<ADV>(?P<hit>(?:make|leave)\s+(?:you|u|him|her|them)\s+(?:bleed|"
         r"unrecognisable|limp|sorry\s+(?:you|u|he|she|they)\s+(?:were|was)\s+born))", 0.9),
        (r"<FUT>\s+<ADV>(?P<hit>(?:run|mow)\s+(?:you|u|him|her|them)\s+(?:over|down))", 0.85),
        (r"<FUT>\s+<ADV>(?P<hit>(?:twat|smack|punch|deck|lamp|chin|belt|thump|skelp)\s+"
         r"(?:you|u|ya|ye|him|her|them)\s+(?:one|wan|a\s+good\s+one|right\s+in))", 0.9),
        (r"<FUT>\s+<ADV>(?P<hit>(?:make|be)\s+(?:you|u|him|her|them)\s+pay)\b", 0.55),
        (r"<FUT>\s+<ADV>(?P<hit>(?:go|come)\s+for\s+(?:you|u|ya|him|her|them))\b(?!\s+(?:a|as|"
         r"the|in|to))", 0.5),
        (r"\bi\s*(?:'ll|ll|will|'m\s+going\s+to|m\s+going\s+to|'m\s+gonna|m\s+gonna|am\s+going\s+"
         r"to|'ll\s+be\s+going)\s+(?:\w+\s+){0,3}and\s+(?P<hit>(?:someone|somebody|some1)(?:'s|s|"
         r"\s+is|\s+will)\s+(?:getting|get|going\s+to\s+get|gonna\s+get)\s+(?:hurt|battered|"
         r"a\s+slap|smacked))", 0.95),
    ), frozenset(words("i ill imma ima gonna gunna going we i'll i'm or gonnae gonny gunnae ah "
                       "a ll goin gaun")), jokeable=True,
        anchor="<FUT>"),
    # Getting others to do it: "someone should give him a kicking".
    Family(THREAT, "threat lexicon: incitement to violence", (
        (r"\b" + CROWD + r"(?P<hit>(?:give|pay)\s+(?:him|her|them|that\s+\w+|the\s+\w+|"
         r"<TITLE>\s+\w+|\w+)\s+a\s+(?:good\s+|proper\s+|little\s+|right\s+)?(?:kicking|hiding|"
         r"slap|smack|beating|battering|going\s+over|seeing\s+to|visit|punch|hammering))", 0.9),
        (r"\b" + CROWD + r"(?P<hit>(?:smack|slap|batter|punch|deck|lamp|hit|beat\s+up|"
         r"kick|knock\s+out|torch|burn|smash|stab|kill|jump)\s+(?:<WHO>|his|her|their))", 0.85),
        (r"\b" + CROWD + r"(?P<hit>(?:"
                          r"" + VIOLENT + r"|jump|drag)\s+<WHO>|do\s+(?:him|her|them)\s+"
         r"(?:in|over)|(?:gie|give)\s+(?:him|her|them)\s+a\s+(?:doing|leathering|skelping|"
         r"pasting|belting|tanning|sore\s+face|sair\s+face))\b", 0.85),
        # "somebody needs to sort her out", "a few of us should go round and have him".
        (r"\b" + CROWD + r"(?P<hit>sort\s+(?:<WHO>)\s+out)\b(?!\s+(?:with|a\s|some|for|"
         r"a\s+place|tickets|lifts?))", 0.6),
        (r"\b" + CROWD + r"(?P<hit>have\s+(?:him|her|them|<TITLE>\s+\w+))\s*(?:$|[.!,?]|\s+"
         r"(?:then|i\s+reckon|tbh|honestly|lol|who'?s|proper|properly|outside))", 0.65),
        # "someone ought to slap that grin off his face".
        (r"\b(?P<hit>(?:smack|slap|knock|punch|kick|twat|skelp)\s+(?:that|the)\s+(?:\w+\s+)?"
         r"(?:grin|smile|smirk|look)\s+(?:right\s+)?off\s+(?:his|her|their|your|ur|yer)\s+"
         r"(?:\w+\s+)?(?:face|gob|mug|coupon|puss))", 0.8),
        (r"\b(?P<hit>wipe\s+(?:that|the)\s+(?:\w+\s+)?(?:grin|smile|smirk|look)\s+(?:right\s+)?off"
         r"\s+(?:his|her|their|your|ur|yer)\s+(?:\w+\s+)?(?:face|gob|mug|coupon|puss)\s+with\s+"
         r"(?:a|my|the)\s+(?:\w+\s+)?(?:slap|punch|fist|smack|brick|bat|right\s+hander|"
         r"backhander|skelp|boot))", 0.8),
        (r"\b(?P<hit>wipe\s+(?:that|the)\s+(?:\w+\s+)?(?:grin|smile|smirk|look)\s+(?:right\s+)?off"
         r"\s+(?:his|her|their|your|ur|yer)\s+(?:\w+\s+)?(?:face|gob|mug|coupon|puss))", 0.45),
        (r"\b" + CROWD + r"(?P<hit>(?:teach|show)\s+(?:him|her|them|that\s+\w+)\s+a\s+lesson)",
         0.6),
        (r"\b(?:go|going|went)\s+round\s+(?:to\s+)?(?:his|hers|theirs|there|his\s+house|her\s+"
         r"house|their\s+house)?\s*(?:and|n|&)\s+(?P<hit>(?:sort|deal\s+with)\s+(?:him|her|them)"
         r"(?:\s+out)?)\b", 0.8),
        (r"\b(?P<hit>give\s+(?:him|her|them|that\s+\w+|the\s+\w+|\w+)\s+a\s+(?:good\s+|proper\s+|"
         r"right\s+|bloody\s+)?(?:kicking|hiding|slap|smack|beating|battering|going\s+over|"
         r"seeing\s+to|punch|thump|hammering|clip\s+round\s+the\s+ear))", 0.85),
        (r"\b(?P<hit>(?:needs?|deserves?|wants|could\s+do\s+with|is\s+asking\s+for|are\s+asking\s+"
         r"for)\s+a\s+(?:good\s+|proper\s+|right\s+|wee\s+|bloody\s+)?(?:slap|smack|kicking|"
         r"hiding|punch|thump|beating|battering|slapping|hammering|doing|leathering|skelping|"
         r"skelp|pasting|belting|kicking\s+in|right\s+hander|backhander|smack\s+in\s+the\s+"
         r"(?:mouth|gob|face|teeth)|slap\s+in\s+the\s+(?:mouth|gob|face)|fat\s+lip|thick\s+ear|"
         r"black\s+eye|bloody\s+nose|sore\s+face|sair\s+face))", 0.75),
        (r"\b(?P<hit>(?:should|needs\s+to|ought\s+to|deserves\s+to)\s+be\s+(?:shot|hung|hanged|"
         r"strung\s+up|taken\s+out|put\s+down|lynched|stabbed|beaten|battered|killed|burned|"
         r"burnt|set\s+on\s+fire|run\s+over|knee[\s-]?capped))", 0.8),
        (r"\b(?P<hit>(?:let's|lets|let\s+us|we\s+should|shall\s+we)\s+(?:all\s+)?(?:pay\s+(?:him|"
         r"her|them)\s+a\s+visit|get\s+(?:him|her|them)\b(?!\s+(?:a|an|some|to|in|on|the|"
         r"something|flowers|tickets))|sort\s+(?:him|her|them)\s+out|show\s+(?:him|her|them)\s+"
         r"what))", 0.7),
        # "I hope someone smashes her car up", "hope somebody batters him".
        (r"\b(?P<hit>(?:hope|hoping|wish)\s+(?:someone|somebody|some1|one\s+of\s+"
         r"(?:the\s+)?\w+)\s+"
         r"(?:smashes|keys|torches|slashes|bricks|burns|trashes|wrecks|sets\s+fire\s+to)\s+"
         r"(?:up\s+)?"
         r"(?:his|her|their|the|that|your)\s+(?:\w+\s+)?(?:windows?|windscreen|car|cars|tyres|"
         r"house|van|motor|door)(?:\s+up|\s+in)?)", 0.7),
        (r"\b(?P<hit>(?:hope|hoping|wish)\s+(?:someone|somebody|some1)\s+(?:batters|punches|smacks"
         r"|slaps|stabs|kills|beats\s+up|knocks\s+out|decks|lamps|hurts|runs\s+over|glasses|"
         r"leathers|skelps)\s+(?:him|her|them|that\s+\w+|<TITLE>\s+\w+))", 0.75),
        (r"\b(?P<hit>(?:hope|hoping|wish)\s+(?:he|she|they|you|u|him|her|them)\s+(?:dies?|gets?\s+"
         r"(?:hit\s+by|run\s+over|cancer|killed|hurt|stabbed|what'?s\s+coming)|rots?|burns?|"
         r"chokes?|drops\s+dead|crashes|never\s+wakes))", 0.75),
        (r"\b(?P<hit>(?:kill|top|neck)\s+(?:yourself|urself|yaself|urslf)|kys)\b", 0.85),
        (r"\b(?P<hit>(?:may|hope)\s+(?:you|u|he|she|they)\s+(?:die|rot|burn|suffer)|go\s+"
         r"(?:and\s+)?die|die\s+in\s+a\s+(?:fire|ditch|hole)|(?:you|u|he|she)\s+should\s+(?:die|"
         r"be\s+dead))\b",
         0.75),
    ), frozenset(words("someone somebody some1 a we you some one the people they give needs "
                       "deserves wants could is should ought let's lets let shall hope "
                       "hoping wish go just kill top neck kys may die somebody's someone's "
                       "smack slap knock punch kick twat skelp wipe dads lads mums boys")),
        jokeable=True),
    # Damage to property: "I'll smash his windows in", "burn that school down".
    Family(THREAT, "threat lexicon: threat to property", (
        (r"(?:<FUT>\s+<ADV>|\b" + CROWD + r")(?P<hit>(?:smash|smash\s+up|brick|trash|wreck|key|"
         r"scratch|slash|torch|burn|firebomb|petrol\s+bomb|vandalise|vandalize|egg|set\s+fire\s+"
         r"to|kick\s+in)\s+(?:in\s+)?" + OWNER + r"\s+(?:\w+\s+)?" + PROPERTY + r")\b", 0.85),
        # "someone wants to let Mr Bevan's tyres down".
        (r"(?:<FUT>\s+<ADV>|\b" + CROWD + r")(?P<hit>let\s+" + OWNER + r"\s+(?:\w+\s+)?"
         r"(?:tyres|tires)\s+down)\b", 0.8),
        # "his shed would go up lovely with a match".
        (r"\b(?P<hit>" + PROPERTY + r"\s+(?:would|will|'d|'ll|could|might)\s+go\s+up\s+"
         r"(?:\w+\s+)?with\s+a\s+(?:match|lighter|rag))\b", 0.75),
        # "gonna put his windows in", "I'll do her windscreen in".
        (r"(?:<FUT>\s+<ADV>|\b" + CROWD + r"|\b(?:might|could|should|wanna)\s+)(?P<hit>(?:put|"
         r"kick|smash|do)\s+(?:his|her|their|your|ur|the|that|those|(?:that\s+|the\s+)?[\w-]+'s)"
         r"\s+(?:\w+\s+)?(?:windows?|windscreen|front\s+door|door|tyres|tires|wing\s+mirrors?)"
         r"\s+(?:in|through|out))\b(?!\s+(?:the|a|an|my|your|our|for|order|place|later|"
         r"tomorrow|myself))", 0.85),
        # "I'll set his car on fire", "might torch that van of his".
        (r"(?:<FUT>\s+<ADV>|\b" + CROWD + r"|\b(?:might|could|should|wanna)\s+)(?P<hit>set\s+"
         r"(?:his|her|their|your|ur|the|that|[\w-]+'s)\s+(?:\w+\s+)?" + PROPERTY + r"\s+(?:on\s+"
         r"fire|alight|ablaze))", 0.85),
        (r"\b(?P<hit>(?:torch|firebomb|brick|key|slash|smash\s+up|trash)\s+(?:that|the)\s+"
         r"(?:\w+\s+)?"
         + PROPERTY + r"\s+of\s+(?:his|hers|theirs|yours))\b", 0.75),
        (r"\b(?:might|could|gonna|should|wanna|'ll|will)\s+(?P<hit>(?:torch|firebomb|brick|key|"
         r"slash)\s+(?:that|those)\s+(?:\w+\s+)?" + PROPERTY + r")\b", 0.6),
        (r"\b(?P<hit>" + PROPERTY + r"\s*(?:will|'ll|is\s+going\s+to|'s\s+going\s+to|is\s+gonna|"
         r"'s\s+gonna|s\s+gonna|might|could|may|are\s+going\s+to|are\s+gonna|'re\s+gonna|"
         r"are\s+getting|is\s+getting|'s\s+getting|s\s+getting|'re\s+getting)\s+(?:accidentally\s+"
         r"|mysteriously\s+|somehow\s+|just\s+)?(?:get\s+|be\s+)?"
         r"(?:egged|smashed|keyed|torched|trashed|burnt|burned|bricked|done\s+in|scratched|"
         r"wrecked|set\s+on\s+fire|set\s+alight|slashed|kicked\s+in|put\s+through|petrol\s+"
         r"bombed|firebombed|vandalised|vandalized))\b(?!\s+by\s+(?:the\s+)?(?:kids|children|"
         r"wind|storm|weather|rain|snow|hail|builders|council))", 0.8),
        (r"\b(?P<hit>(?:petrol|a\s+lit\s+rag|lit\s+rags|a\s+firework|fireworks|a\s+banger|"
         r"bangers|lighter\s+fluid)\s+through\s+(?:his|her|their|your|ur|the|that)\s+(?:\w+\s+)?"
         r"(?:letter\s*box|door|window))", 0.9),
        (r"\b(?P<hit>(?:dog\s+(?:shit|poo|mess|muck)|shit|poo)\s+through\s+(?:his|her|their|your|"
         r"ur|that)\s+(?:\w+\s+)?(?:letter\s*box|door))", 0.7),
        (r"\b(?P<hit>(?:smash|brick|trash|key|slash|torch|firebomb)\s+(?:in\s+)?(?:his|her|"
         r"their|your|ur|that\s+[\w-]+'s)\s+(?:\w+\s+)?" + PROPERTY + r")\b", 0.6),
        (r"\b(?P<hit>(?:burn|torch|blow\s+up|bomb|firebomb)\s+(?:the|that|this|his|her|their|"
         r"your|ur|this\s+whole|that\s+whole|the\s+whole)\s+(?:\w+\s+)?(?:school|house|place|"
         r"car|office|building|classroom|shop)\s+(?:down|up))\b", 0.85),
        (r"<FUT>\s+<ADV>(?P<hit>(?:burn|torch|blow\s+up|bomb|firebomb)\s+(?:the|that|this|his|her|"
         r"their|your|ur)\s+(?:\w+\s+)?(?:school|house|place|car|office|building|classroom))",
         0.85),
        (r"\b(?P<hit>(?:bricks?|rocks?|stones?|something)\s+through\s+(?:his|her|their|your|ur|"
         r"the|that)\s+(?:\w+\s+){0,3}(?:windows?|windscreens?|front\s+door|door))", 0.8),
    ), frozenset(words("i ill imma ima gonna gunna going we i'll i'm someone somebody some1 "
                       "a you some one the people they smash brick trash key slash torch "
                       "firebomb burn blow bomb bricks brick rocks rock stones stone something "
                       "windows window windscreen car cars tyres tires house door motor van "
                       "audi bmw merc mercedes range tesla bike fence shed wing paintwork home "
                       "office classroom school place might could should wanna set petrol lit "
                       "firework fireworks banger bangers lighter dog poo letterbox letter "
                       "put kick do will ll let match")),
        jokeable=True),
    # Weapons pointed at someone: "Mrs Chen 🔪🔪".
    Family(THREAT, "threat lexicon: weapon emoji aimed at someone", (
        (r"(?P<hit>(?:🔪|🗡|🔫|🪓|💣|⚔|🧨)\s*(?:🔪|🗡|🔫|🪓|💣|⚔|🧨))", 0.8),
        (r"(?:<TITLE>\s+\w+|\b(?:you|u|him|her|he|she))\s*(?P<hit>🔪|🗡|🔫|🪓|💣)", 0.85),
        (r"(?P<hit>🔪|🗡|🔫|🪓)", 0.45),
    ), frozenset("🔪🗡🔫🪓💣⚔🧨"), jokeable=True),
)
