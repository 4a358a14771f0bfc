"""Unsafe adult contact and grooming: secrets, favouritism, gifts, private messaging,
requests for pictures, strangers around the school."""

from rules.detectors.safeguarding_signals.signal import CHILD, GROOMING, Signal, sig

_PLATFORM = (r"(?:snapchat|instagram|insta|tiktok|whatsapp|facebook|roblox|fortnite|minecraft|"
             r"discord|xbox|playstation|online|kik|telegram|the ps\d)")
# Game currency and other rewards strangers offer children online.
_REWARD = (r"(?:robux|v-?bucks|vbucks|skins|gems|coins|credits|game ?pass\w*|battle ?pass\w*|"
           r"gift ?cards?|vouchers?|money|cash|presents|gifts|a (?:new )?phone|free stuff)")
_CONTENT = (r"(?:add\w*|send\w*|video\w*|pics?|pictures?|photos?|selfies?|nudes?|meet\w*|"
            r"snapchat|whatsapp|facetime|call\w*|number|private)")
# Photos a class is asked for: "photos of their half-term for the class blog".
_NOT_SCHOOLWORK = (r"(?! (?:of|from) (?:their|your|the|his|her|our) (?:\w+ )?(?:half[- ]?term|"
                   r"holidays?|weekend|project|homework|work|pets?|models?|costumes?|reading|"
                   r"trip|day|family|summer|christmas|easter|garden|baby|den|book)|"
                   r" for (?:the|a|our) (?:class|school|display|blog|newsletter|website|"
                   r"project|yearbook))")
_TOILETS = (r"(?:(?:girls|boys|kids|children|pupils)'?s?'? )?(?:toilets?|loos?|changing rooms?|"
            r"showers?|cubicles?|bathrooms?)")

UNSAFE_CONTACT: tuple[Signal, ...] = (
    # Unsafe adult contact and grooming: secrets, favouritism, private messaging, strangers.
    sig("secret", GROOMING, 0.7, "tell|secret",
        r"\b(?:asked|asking|asks|told|telling|tells|made|making) (?:him|her|them|"
        r"my \w+) (?:not to tell|never to tell|to keep (?:it |this |that )?(?:a |their |"
        r"our )?secret)",
        False),
    sig("secret", GROOMING, 0.6, "tell|say|talk",
        r"\b(?:not allowed|isn't allowed|mustn't|can't|cannot|never allowed) (?:to )?(?:tell "
        r"(?:anyone|anybody|her mum|his mum|her parents|his parents|me|us|her teacher|"
        r"his teacher|the teachers?|teachers|school|the school)\b|(?:tell|say|"
        r"talk about) (?:anyone |anybody )?what (?:happens|goes on) (?:at|in))"),
    sig("secret", GROOMING, 0.55, "secret|secrets",
        r"\b(?:keep|keeping|kept) (?:it |this )?(?:a |their |our )?(?:little )?secret between|"
        r"\b(?:our|their|a) little secret\b|\bour secret\b|\bsecret between (?:them|us)\b|"
        r"\b(?:makes?|made|making|gets?|got) (?:him|her|them) (?:to )?keep (?:\w+ )?secrets\b"),
    sig("threat_to_tell", GROOMING, 0.7, "told|tells|tell|say|says|said|grass|grassed",
        r"\b(?:hurt|kill|get|beat|hit|batter|snap|break|slit)\w* (?:him|her|them|you|(?:his|her|"
        r"their|your) (?:neck|legs|arms|face|throat))\b[^.!?]{0,10}\bif (?:he|"
        r"she|they|you) (?:ever )?(?:told|tells|tell|say|says|said|grass\w*)", False),
    sig("favourite", GROOMING, 0.35, "favourite|favorite|special",
        r"\b(?:(?:she|he|they)'?s|(?:she|he) is|you're|you are) (?:his|her|their|my) (?:special |"
        r"little )?(?:favourite|favorite|special (?:girl|boy|friend|"
        r"one))\b(?! (?:\w+ )?(?:teacher|subject|book|food|colou?r|film|game|lesson|class|song|"
        r"toy|thing|person|grown-?up|one))"),
    sig("gifts", GROOMING, 0.3, "gifts|presents|money|phone|vapes|alcohol|cigarettes|stuff|"
                                "things|sweets|toys|clothes|lift|lifts",
        r"\b(?:buys|bought|buying|gives|gave|giving) (?:him|her|them) (?:gifts|presents|money|"
        r"a (?:new |brand new )?phone|vapes|alcohol|cigarettes|stuff|things|sweets|toys|clothes|"
        r"lifts?)\b"),
    sig("contact", GROOMING, 0.45, "dm|dms|dming|dmd|messages|messaged|messaging|texts|texted|"
                                   "texting|snapchat|snapchatting|whatsapp|whatsapping|"
                                   "whatsapped|added|adding|follows|followed|following|friend|"
                                   "video|facetime|facetimed|facetiming",
        rf"\b(?:dms?|dm'?ing|dm'?d|messag(?:es|ed|ing)|texts|texted|texting|snapchat\w*|"
        rf"whatsapp(?:s|ing|ed)|add(?:ed|ing)|follow(?:s|ed|ing)|friend[- ]?request\w*|"
        rf"video[- ]?call\w*|facetim\w*) (?:(?:my|his|her|their|the|a|our|"
        rf"some) )?(?:\w+ ){{0,4}}?(?:{CHILD}|(?:\d+|[a-z]+) ?(?:year|yr) ?old)\b", False),
    sig("contact", GROOMING, 0.4, "dm|dms|dming|dmd|messages|messaged|messaging|texts|texted|"
                                  "texting|snapchat|snapchatting|whatsapp|whatsapping|whatsapped|"
                                  "adds|added|adding|follows|followed|following|video|facetime|"
                                  "facetimed|facetiming",
        rf"\b(?:dms?|dm'?ing|dm'?d|messag\w+|texts|texted|texting|snapchat\w*|whatsapp\w+|"
        rf"add(?:s|ed|ing)|follow(?:s|ed|ing)|video[- ]?call\w*|facetim\w*) (?:him|her|"
        rf"them) (?:on|via|over) {_PLATFORM}\b"),
    sig("pictures", GROOMING, 0.6, "pictures|pics|photos|images|selfies|nudes|videos",
        rf"\b(?:asking|asked|asks|ask|begging|pressur\w+) (?:my|his|her|their|the|a|"
        rf"our) (?:\w+ ){{0,3}}?(?:{CHILD}|year old|yr old)s? (?:for|to send|to share) (?:\w+ )?"
        rf"(?:pictures|pics|photos|images|selfies|nudes|videos)\b{_NOT_SCHOOLWORK}", False),
    sig("pictures", GROOMING, 0.6, "pictures|pics|photos|images|selfies|nudes|videos",
        r"\b(?:asking|asked|asks|begging|begged|pressur\w+|wants|wanted) (?:him|her|them) (?:for|"
        r"to send|to share|to take) (?:\w+ )?(?:pictures|pics|photos|images|selfies|nudes|"
        r"videos)\b" + _NOT_SCHOOLWORK),
    sig("contact", GROOMING, 0.55, "messages|message|texts|text|dms|dm|requests|request|calls|"
                                   "call",
        r"\b(?:messages?|texts?|dms?|friend requests?|calls?) from (?:an? |some |this )?(?:adult|"
        r"grown[- ]?up|(?:older |grown |random |strange )?(?:man|men|woman|guy|bloke|stranger)|"
        r"someone (?:he|she|they) (?:doesn't|don't|didn't) know)\b"),
    sig("impersonation", GROOMING, 0.6, "pretending|pretended|pretends|pretend|posing|claiming",
        rf"\b(?:pretend(?:ing|ed|s)?|posing|claiming) (?:to be|as) (?:a |an )?(?:{CHILD}|kid|"
        r"\d+|teen\w*|younger|someone (?:his|her|their) age)"),
    sig("probing", GROOMING, 0.55, "asking|asked|asks|which|what",
        r"\b(?:asking|asked|asks) (?:(?:him|her|them|my \w+|kids|children|"
        r"the kids) )?(?:where (?:he|she|they) lives?|for (?:his|her|their) address|which school|"
        r"what school|how old (?:he|she|they) (?:is|are)|to meet(?: up)?|(?:their|his|her) names "
        r"and (?:where|which|what))\b|\b(?:which|what) (?:house|houses|street|road) (?:he|she|"
        r"they) li?ves? (?:in|on)\b"),
    sig("adult_online", GROOMING, 0.2,
        "adult|grown|man|men|stranger|teacher|ta|assistant|coach|leader|lead|volunteer|older|"
        "someone|somebody|random|roblox|fortnite|minecraft|snapchat|instagram|insta|tiktok|"
        "whatsapp|discord|online|mr|mrs|miss|ms|mx|sir",
        r"\b(?:mr|mrs|miss|ms|mx|sir|adult|grown[- ]?up|grown (?:man|woman)|man|men|stranger|"
        r"teacher|ta|assistant|coach|leader|lead|volunteer|older (?:man|guy|boy|lad)|someone|"
        r"somebody|random|roblox|fortnite|minecraft|snapchat|instagram|insta|tiktok|whatsapp|"
        r"discord|online)\b",
        supports=True),
    sig("platform_move", GROOMING, 0.45, "snapchat|whatsapp|private|dm|dms|kik|telegram|discord",
        r"\b(?:move|moving|go|going|switch\w*|chat\w*|talk\w*) (?:to|on|onto|"
        r"over to) (?:snapchat|whatsapp|private|dms?|kik|telegram|discord|a private chat)\b"),
    sig("stranger", GROOMING, 0.6,
        "watching|staring|filming|photographing|photographed|taking|approaching|approached|"
        "hanging|hangs|loitering|lurking|following|followed|offering|offered|keeps|keep|kept",
        rf"\b(?:man|men|guy|bloke|woman|stranger|adult|someone|fella|van|car)\b[^.!?]{{0,80}}?"
        r"\b(?:watching|staring at|filming|photograph(?:ing|ed)|taking (?:photos|pictures|"
        r"videos) of|approach(?:ing|ed)|hang(?:ing|s) (?:around|about|round)|loitering|lurking|"
        rf"follow(?:ing|ed)|offer(?:ing|ed)|(?:keeps?|kept) (?:trying to )?(?:talk|chat|"
        rf"speak)(?:ing)? to)\b[^.!?]{{0,25}}?\b(?:{CHILD}|him|her|them|pupils|playground|"
        r"school gates?)\b", False),
    sig("lure", GROOMING, 0.85, "tried|trying|try",
        rf"\b(?:tried|trying|try) to (?:get|take|grab|lure|entice|pull|drag|coax|persuade|"
        rf"snatch) (?:(?:my|a|the|his|her|their|some|our) )?(?:\w+ )?{CHILD}\b", False),
    sig("lure", GROOMING, 0.5, "offer|offering|offered|offers|sent|giving",
        r"\boffer(?:ing|ed|s)? (?:(?:him|her|them|the kids|kids|children|my \w+) )?(?:a lift|"
        r"lifts|sweets)\b|\bsaid (?:his|her|their) (?:mum|mam|mom|dad) (?:had )?sent (?:him|"
        r"her)\b|\bgiving (?:out )?(?:sweets|money|vapes) to (?:the )?(?:kids|children)\b"),
    sig("lure", GROOMING, 0.6, "ask|asks|asking|asked|offer|offers|offered|offering",
        r"\b(?:asks?|asking|asked|offer(?:s|ed|ing)?) (?:kids|children|the kids|girls|boys|him|"
        r"her|them|my \w+)\b[^.!?]{0,20}\b(?:sweets|a lift|money|to come (?:with|back)|to get in|"
        r"into (?:his|the|a) (?:car|van))|\basked (?:him|her|them )?(?:if|whether) (?:he|she|"
        r"they) wanted (?:some )?(?:sweets|money|to get in|a lift|to come with)"),
    sig("lifts", GROOMING, 0.35, "giving|gives|gave|giving|offering|offers|offered",
        r"\b(?:giving|gives|gave|offering|offers|offered) (?:\w+ ){0,3}?(?:lifts?|"
        r"rides?) (?:home|back)\b|\b(?:offering|offers|offered|keeps offering) to (?:drive|take|"
        r"run|walk) (?:him|her|them) home\b"),
    sig("alone_with", GROOMING, 0.4, "own|alone",
        r"\b(?:on (?:his|her) own with (?:him|her)|alone with (?:him|her|them)|(?:gets?|got|"
        r"takes?|took|keeps?|kept) (?:him|her|them) (?:on (?:his|her) own|alone)|"
        r"(?:lifts?|drive \w+|take \w+) home on (?:his|her) own)\b"),
    sig("older", GROOMING, 0.6, "older|car|van",
        r"\b(?:much |way |a lot |far )?older (?:man|men|guy|guys|bloke|boyfriend)\b|\b(?:into|"
        r"in) (?:a|his|their) (?:car|van) with (?:a |an )?(?:\w+ )?(?:older|grown|man|guy)"),
    sig("older", GROOMING, 0.3, "older", r"\b(?:much )?older (?:boys?|lads?|teen\w*|kids)\b"),
)

ONLINE_AND_STRANGERS: tuple[Signal, ...] = (
    # Online exploitation: strangers offering game currency, money or gifts for pictures,
    # videos or a private chat; meeting children they met online.
    sig("online_reward", GROOMING, 0.45,
        "offer|offers|offered|offering|give|gives|giving|given|gave|promise|promised|promises|"
        "promising|pay|pays|paying|paid|send|sends|sending|sent|buy|buys|buying|bought|get",
        rf"\b(?:offer\w*|giv(?:e|es|ing|en)|gave|promis\w*|pay(?:s|ing)?|paid|send\w*|sent|"
        rf"get (?:them|him|her)|buy\w*|bought)\b[^.!?]{{0,40}}?\b{_REWARD}\b[^.!?]{{0,40}}?\b(?:i"
        rf"f|for|in exchange for|in return for|as long as|to)\b[^.!?]{{0,30}}?\b{_CONTENT}"),
    sig("online_reward", GROOMING, 0.45, "pics|pic|pictures|picture|photos|photo|selfies|selfie|"
                                         "nudes|videos|video",
        rf"\b(?:pics?|pictures?|photos?|selfies?|nudes?|videos?)\b[^.!?]{{0,30}}?\b(?:for|in "
        rf"exchange for|in return for) (?:\w+ )?{_REWARD}"),
    sig("online_reward", GROOMING, 0.6, "robux|bucks|vbucks|skins|gems|game|battle|gift|giftcard",
        rf"\b(?:robux|v-?bucks|vbucks|skins|gems|game ?pass\w*|battle ?pass\w*|gift ?cards?)\b"
        rf"[^.!?]{{0,40}}?\b(?:if|for|in exchange for|in return for|as long as)\b[^.!?]{{0,30}}?"
        rf"\b{_CONTENT}"),
    sig("pictures", GROOMING, 0.6, "send|sends|sending|sent|share|take|post",
        r"\b(?:ask\w*|get(?:s|ting)?|got|tell\w*|told|want\w*|beg\w*|pressur\w*|persuad\w*|"
        r"convinc\w*) (?:the |some |these |those |other |younger )?(?:kids|children|girls|boys|"
        r"pupils|year ?\d+s?|y\d+s?|him|her|them) (?:[\w']+ ){0,3}?to (?:send|share|take|post) "
        r"(?:(?:him|her|me) (?:\w+ )?(?:pictures|pics|pic|photos|photo|images|selfies|videos|"
        r"video)|(?:\w+ )?(?:nudes|selfies|pics)|(?:pictures|photos|videos|pics) of themselves|"
        r"private (?:pics|photos|pictures|videos))\b", False),
    sig("contact", GROOMING, 0.35, "add|adds|added|adding",
        rf"\badd(?:s|ed|ing)? (?:him|her) (?:on|to|via) {_PLATFORM}"),
    sig("met_online", GROOMING, 0.45, "met|meets|talks|talk|talking|chats|chat|chatting|plays|"
                                      "playing",
        rf"\b(?:man|men|guy|bloke|adult|stranger|someone|woman|lad)\b[^.!?]{{0,20}}?\b(?:(?:she|"
        rf"he|they) )?(?:met|meets|talks? to|talking to|chats? (?:to|with)|chatting (?:to|with)|"
        rf"plays? with|playing with) (?:\w+ )?(?:online|on {_PLATFORM})\b"),
    sig("meet", GROOMING, 0.45, "meet|meeting",
        r"\b(?:wants?|wanted|wanting|asked|asking|asks|trying|tried|arranged|arranging|plans?|"
        r"planning) (?:to |her to |him to |them to )?meet (?:up with )?(?:her|him|them|a few of "
        r"them|some of them|the kids|up)\b[^.!?]{0,40}\b(?:on (?:his|her|their) own|alone|in "
        r"secret|without (?:telling|her|his|their)|at the (?:park|beach|beach huts|woods|shops|"
        r"station|bus station|shopping centre)|at (?:his|her) (?:house|flat|place)|in (?:his|a) "
        r"car)"),
    sig("impersonation", GROOMING, 0.4, "says|said|claims|claiming|pretends|pretending",
        r"\b(?:says|said|claims|claiming|pretends|pretending) (?:he'?s|she'?s|to be) (?:a |an )?"
        r"(?:football |talent |model(?:ling)? |youtube )?(?:scout|agent|youtuber|producer)\b"),
    sig("stranger", GROOMING, 0.6, "calling|called|calls|call|waving|waved|waves|beckoning|"
                                   "beckoned|whistling|whistled",
        rf"\b(?:call(?:s|ed|ing)?|wav(?:es|ed|ing)|beckon\w*|whistl\w*) (?:the |some |a few |"
        rf"two |three )?(?:{CHILD}|y\d+s?|year ?\d+s?) over to (?:the |his |her |their |a )?"
        rf"(?:fence|car|van|"
        r"railings|gate|window)", False),
    sig("stranger", GROOMING, 0.35, "calling|called|calls|call|waving|waved|waves|beckoning|"
                                    "beckoned|whistling|whistled",
        rf"\b(?:call(?:s|ed|ing)?|wav(?:es|ed|ing)|beckon\w*|whistl\w*) (?:the |some |a few |"
        rf"two |three )?(?:{CHILD}|y\d+s?|year ?\d+s?) over\b", False),
    sig("stranger", GROOMING, 0.6, "talk|talks|talked|talking|chat|chats|chatted|chatting|speak|"
                                   "speaking|spoke|whisper|whispering|hand|handing|handed|pass|"
                                   "passing|passed|give|giving|gave",
        rf"\b(?:talk\w*|chat\w*|speak\w*|spoke|whisper\w*|hand\w*|pass\w*|giv\w*|gave) (?:to |"
        rf"with )?(?:the |some |a few )?(?:\w+ )?(?:{CHILD}|y\d+s?|year ?\d+s?)\b[^.!?]{{0,40}}"
        r"\bthrough the (?:railings|fence|gate|bars)", False),
    sig("loiter", GROOMING, 0.6, "hanging|hangs|hang|hung|loitering|loiters|lurking|lurks|"
                                 "hovering|hovers|always|keeps|keep|waiting|waits|standing|"
                                 "stands|creeping|creeps|sneaking|sneaks",
        rf"\b(?:man|men|bloke|guy|fella|creep|weirdo|perv\w*|stranger|caretaker|cleaner|someone|"
        rf"somebody|adult|grown[- ]?up|woman)\b[^.!?]{{0,40}}?\b(?:hang(?:s|ing)?|hung|"
        rf"loiter\w*|lurk\w*|hover\w*|(?:always|keeps?) (?:going|popping|walking)|wait(?:s|ing)|"
        rf"stand(?:s|ing)|creep(?:s|ing)|sneak\w*) (?:(?:around|about|round|outside|near|by|in|"
        rf"into) )+(?:the )?{_TOILETS}", False),
    # A stranger photographing or filming children over the fence.
    sig("photographing", GROOMING, 0.6, "taking|took|filming|filmed|photographing|"
                                        "photographed|recording|snapping",
        r"\b(?:man|men|bloke|guy|fella|stranger|someone|somebody|woman|creep|weirdo)\b"
        r"[^.!?]{0,60}\b(?:fence|gates?|railings|playground|outside (?:the )?school)\b"
        r"[^.!?]{0,60}\b(?:taking|took|snapping) (?:photos|pictures|pics|videos?)|"
        r"\b(?:man|men|bloke|guy|fella|stranger|someone|somebody|woman)\b[^.!?]{0,60}\b"
        r"(?:filming|photographing|recording) (?:the |our |some )?(?:kids|children|girls|boys|"
        r"playground|school)", False),
    sig("creep", GROOMING, 0.45, "creep|perv|pervert|perve|weirdo|nonce",
        r"\b(?:creep|perv|pervert|perve|weirdo|nonce)\b[^.!?]{0,60}\b(?:toilets?|changing|girls|"
        r"boys|kids|children|playground|gates?|railings|fence|staring|watching|photos|"
        r"pictures)\b|\b(?:toilets?|changing rooms?|girls|kids|children|playground|"
        r"gates?)\b[^.!?]{0,60}\b(?:creep|perv|pervert|weirdo|nonce)\b", False),
    sig("parked", GROOMING, 0.35, "parks|parked|parking|sits|sitting|sat|waits|waiting",
        r"\b(?:man|men|bloke|guy|woman|lady|someone|stranger|car|van)\b[^.!?]{0,40}\b(?:park(?:s|"
        r"ed|ing)|sit(?:s|ting)|sat|wait(?:s|ing)) (?:\w+ )?(?:by|outside|near|at|"
        r"opposite) the (?:back |front )?(?:field|playground|school|gates?|fence|"
        r"railings)\b[^.!?]{0,30}\b(?:every (?:day|morning|afternoon)|at (?:lunch|break|"
        r"play ?time|home ?time)|all day)"),
    sig("older", GROOMING, 0.6, "party|parties|takes|took|taking",
        r"\b(?:house )?part(?:y|ies) (?:with|full of) (?:grown|older|adult) (?:men|man|lads|"
        r"blokes|guys)|\b(?:takes?|took|taking) (?:them|her|him|the girls|the kids) to (?:\w+ )?"
        r"(?:parties|flats?|houses?) (?:with|of) (?:grown|older) (?:men|lads|blokes)"),
)
