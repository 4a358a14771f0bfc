"""Neglect: basic needs unmet, children left alone or uncollected, carers unable to care."""

from rules.detectors.safeguarding_signals.signal import NEGLECT, Signal, sig

UNMET_NEEDS: tuple[Signal, ...] = (
    # Neglect: basic needs unmet, children left alone, carers unable to care.
    sig("clothes", NEGLECT, 0.5, "same",
        r"\bsame (?:\w+ )?(?:clothes|uniform|outfit)\b[^.!?]{0,30}\b(?:again|for (?:days|a week|"
        r"\w+ days)|all week|every day|\d+(?:st|nd|rd|th)? (?:time|day)s?)"),
    sig("clothes", NEGLECT, 0.4, "same", r"\b(?:in|wearing|wore|wears) the same (?:clothes|"
                                         r"uniform|outfit)\b"),
    sig("clothes", NEGLECT, 0.5, "comes|come|came|coming|turns|turned|turning|arrives|arrived|"
                                 "arriving",
        r"\b(?:comes?|came|coming|turns? up|turned up|turning up|arrives?|arrived|"
        r"arriving) (?:(?:in|to school|at school|to breakfast club) (?:\w+ )?(?:filthy|dirty|"
        r"smelly|starving|hungry|unwashed)|(?:(?:in|to school|at school|"
        r"to breakfast club) )?(?:without (?:a coat|shoes|(?:any )?lunch|food|breakfast)|"
        r"with no (?:coat|lunch|food|breakfast|shoes|socks)|with (?:new )?(?:bruises|injuries|"
        r"marks)))\b"),
    sig("hunger", NEGLECT, 0.45, "tea|dinner|breakfast|food|lunch|meal|meals|supper|eat|eaten|"
                                 "eating|nothing|bin|bins|snacks|lunches",
        r"\b(?:hadn't|had not|hasn't|has not|didn't|did not|never|not|doesn't|does not) (?:had|"
        r"have|has|get|got|gets|brings?|brought|been given|eaten|eat) (?:any(?:thing)? |a |"
        r"no )?(?:proper |decent |hot |real )?(?:tea|dinner|breakfast|food|lunch|packed lunch|"
        r"meal|supper|to eat)\b|\bno (?:tea|dinner|breakfast|food|supper)\b[^.!?]{0,20}\b(?:last "
        r"night|at home|again|this morning)|\bnothing (?:to eat|in (?:the|their) (?:fridge|"
        r"cupboards?))|\b(?:eating|food) (?:out of|from) (?:the )?bins?\b|\b(?:steal\w*|"
        r"asking (?:other \w+|everyone) for) (?:other kids' |people's )?(?:food|snacks|"
        r"lunch(?:es)?)\b"),
    sig("hunger", NEGLECT, 0.35, "hungry|starving",
        r"\b(?:always|constantly|permanently)\b[^.!?]{0,20}\b(?:hungry|starving)\b"),
    sig("unfed", NEGLECT, 0.5,
        "forgets|forgot|feed|feeds|fed|make|makes|cook|cooks|get|gets|find",
        r"\b(?:forgets?|forgot|forgetting) to feed (?:him|her|them)\b|\b(?:doesn't|does not|"
        r"don't|never|rarely) (?:feed|feeds) (?:him|her|them)\b|\b(?:nobody|no ?one|no1|any ?one|"
        r"any1|anybody) (?:ever )?feeds (?:him|her|them)\b|\bnot (?:been )?fed\b|\b(?:has|have|"
        r"had) to (?:make|cook|get|find) (?:his|her|their) own (?:dinner|tea|food|breakfast|"
        r"meals?)\b"),
    sig("crying_for_parent", NEGLECT, 0.35, "crying|cries|cried",
        r"\b(?:crying|cries|cried) for (?:their|his|her) (?:mum|mam|mom|mummy|dad|daddy)\b"),
    sig("begging", NEGLECT, 0.4, "asking|asks|asked|begging|begs",
        r"\b(?:keeps |always )?(?:asking|asks|asked|begging|begs) (?:us|me|people|other (?:kids|"
        r"parents|mums|children)|everyone|the other \w+|my \w+) for (?:food|snacks|something to "
        r"eat|money for food|(?:bits|some) of (?:their|his|her|my) (?:lunch|food|snacks?))\b"),
    sig("scavenging", NEGLECT, 0.5,
        "going|goes|go|went|rooting|roots|rummaging|rummages|looking|looks|scavenging|bins",
        r"\b(?:going|goes|go|went|rooting|roots|rummaging|rummages|looking|"
        r"looks) through (?:the )?bins\b|\bscaveng\w+ (?:for )?food\b"),
    sig("alone", NEGLECT, 0.6, "alone|own|car",
        r"\b(?:left|leaves|leaving) (?:\w+ )?(?:home alone|alone (?:at home|in the (?:house|flat|"
        r"car)|all (?:day|night|evening|weekend)|overnight|for (?:hours|ages))|on (?:his|her|"
        r"their) own (?:at home|in the (?:house|flat|car)|all (?:day|night)|overnight|for hours|"
        r"ages))|\b(?:left|leaves|leaving) (?:him|her|them|the kids|the children|"
        r"the baby) (?:alone |on (?:his|her|their) own )?in (?:the|a) car\b|\b(?:was|were|being|"
        r"been|gets|got) left (?:alone |on (?:his|her|their) own )?in (?:the|a) car\b"),
    sig("alone", NEGLECT, 0.5, "home",
        r"\b(?:left|leaves|leaving|kept|stays?|stayed|staying|is|was|are|were|be|being|"
        r"been) home alone\b"),
    sig("alone", NEGLECT, 0.45,
        "alone|own|himself|herself|themselves|unsupervised|always|often",
        r"\b(?:left|leaves|leaving) (?:\w+ ){0,5}?(?:home )?(?:alone|on (?:his|her|their) own|"
        r"by (?:him|her|them)sel(?:f|ves)|unsupervised)\b|\b(?:always|often) (?:home )?(?:alone|"
        r"on (?:their|his|her) own|by (?:him|her|them)sel(?:f|ves))\b"),
    sig("alone", NEGLECT, 0.6, "alone|own|himself|herself|themselves|unsupervised",
        r"\b(?:left|leaves|leaving) (?:\w+ ){0,5}?(?:home )?(?:alone|on (?:his|her|their) own|"
        r"by (?:him|her|them)sel(?:f|ves)|unsupervised) (?:every (?:night|evening|weekend|day)|"
        r"at night|overnight|all (?:day|night|evening|weekend)|for (?:hours|ages|days)|"
        r"while (?:she|he|they|mum|dad|her mum|his mum|his dad|her dad) (?:works|goes out|is out|"
        r"go out|are out|at work|at the pub))"),
    sig("alone", NEGLECT, 0.6, "alone|own|himself|herself|wander|wandering|wandered",
        r"\bwander\w* (?:around|about|down|up|along|the streets?|the roads?|the park|"
        r"outside)\b[^.!?]{0,50}\b(?:on (?:his|her|their) own|alone|at night|in the dark|"
        r"(?:[7-9]|1[0-2])(?:[:.]\d\d)? ?pm|midnight)|\b(?:on (?:his|her|their) own|alone|"
        r"by (?:him|her)self) (?:at|after|till|until|in) (?:like |about |around |gone |"
        r"the )?(?:(?:[7-9]|1[0-2])(?:[:.]\d\d)? ?pm|night|midnight|dark|late)\b"),
    sig("late", NEGLECT, 0.5, "out|outside|streets|street|park|wandering|wander",
        r"\b(?:out|outside|on the streets?|in the park|wandering)\b[^.!?]{0,20}\b(?:till|until|"
        r"after) (?:midnight|really late|dark|(?:[9]|1[0-2])(?:[:.]\d\d)? ?(?:pm)?)\b"),
    sig("unwatched", NEGLECT, 0.45, "one|nobody|noone",
        r"\b(?:no ?one|nobody) (?:ever )?(?:comes?|came|goes|went) (?:looking|"
        r"to look) for (?:him|her|them)\b|\b(?:no ?one|nobody) (?:knows|checks|"
        r"cares) where (?:he|she|they) (?:is|are)\b"),
    sig("missing", NEGLECT, 0.45, "been",
        r"\b(?:hasn't|has not|haven't|not|never) been (?:in|at school|in school|"
        r"seen)\b[^.!?]{0,15}\b(?:for|since) (?:\d+|a|two|three|four|five|six|several|"
        r"a few) ?(?:weeks?|months?|ages|half[- ]term)"),
    sig("unreachable", NEGLECT, 0.35, "answering|responding|replying|picking|answer|respond",
        r"\b(?:mum|mam|mom|dad|parents?|family)(?:'s|'re| is| are)? (?:not|isn't|aren't|won't|"
        r"hasn't been|haven't been) (?:answering|responding|replying|picking up|answer|respond)"),
    sig("thin", NEGLECT, 0.35, "thin|skinny|bone|weight",
        r"\b(?:really|so|very|painfully|worryingly) (?:thin|skinny)\b|\bskin and bone\b|"
        r"\blost (?:so much|loads of|a lot of) weight\b"),
    sig("carer", NEGLECT, 0.55,
        "asleep|drunk|passed|out|wasted|high|stoned|drugs|smashed|hammered|paralytic",
        r"\b(?:his|her|their) (?:mum|mam|mom|mother|dad|father|parents?|"
        r"step-?\w+)\b[^.!?]{0,20}\b(?:was|were|is|are|always|often|usually) (?:\w+ )?(?:asleep|"
        r"drunk|passed out|out of it|wasted|high|stoned|on drugs|smashed|hammered|paralytic)\b"),
    sig("carer", NEGLECT, 0.45, "drunk|high|off|wasted|smashed|stoned",
        r"\b(?:when|cos|because|if) (?:he|she|they)(?:'s| is| are| gets?| get|"
        r" has been) (?:drunk|high|off (?:his|her|their) face|wasted|smashed|stoned)\b"),
    sig("distress", NEGLECT, 0.45, "crying|screaming",
        r"\b(?:baby|toddler|kids?|children)(?:'s| has| have| is| are)? (?:been )?(?:crying|"
        r"screaming) (?:for hours|all (?:day|night)|non-?stop)"),
    sig("unreachable", NEGLECT, 0.3, "answered|answering|opened|seen",
        r"\bno ?one(?:'s| has)? (?:answered|answering|opened) the door\b"),
    sig("carer", NEGLECT, 0.45,
        "asleep|drunk|passed|off|out|wasted|high|stoned|drugs|smashed|hammered|paralytic|smelt|"
        "smelled|stank",
        r"\b(?:mum|mam|mom|mother|dad|father|parents?|step-?\w+|carer)\b[^.!?]{0,20}\b(?:(?:was|"
        r"were|is|are|always|often|usually|turns up|turned up|shows up|"
        r"showed up) (?:\w+ )?(?:asleep|drunk|passed out|off (?:his|her|their) (?:face|head)|"
        r"out of it|wasted|high|stoned|on drugs|smashed|hammered|paralytic))\b|\b(?:drunk|stoned|"
        r"smelt of \w+|smelled of \w+|stank of \w+) (?:at|on|for|doing) (?:pick[- ]?up|"
        r"drop[- ]?off|the gate|the school run)"),
    sig("uncollected", NEGLECT, 0.5, "collect|collected|pick|picked",
        r"\b(?:no ?one|nobody) (?:came|comes|turned up|turns up|showed up) (?:to )?(?:collect|"
        r"pick)|\b(?:no ?one|nobody) (?:collected|picked (?:him|her|them) up)|\b(?:not|never|"
        r"wasn't|weren't|hadn't been|hasn't been) (?:been )?collected\b|"
        r"\bcollected by no ?one\b"),
    sig("cold", NEGLECT, 0.5, "coat|jacket|jumper|shoes|socks|t-shirt|tshirt|vest|shirt",
        r"\b(?:(?:no|without (?:a|any|his|her)) (?:coat|jacket|jumper|shoes|socks|warm clothes)|"
        r"in (?:just|only) (?:a|his|her) (?:t-?shirt|vest|shirt))\b[^\n]{0,60}\b(?:winter|"
        r"freezing|snow\w*|cold|icy|frost\w*|minus)|\b(?:winter|freezing|snow\w*|cold|icy|"
        r"frost\w*|minus)\b[^.!?]{0,40}\b(?:no|without (?:a|any|his|her)) (?:coat|jacket|jumper|"
        r"shoes|socks)\b"),
    sig("siblings", NEGLECT, 0.45, "brother|brothers|sister|sisters|siblings",
        r"\b(?:has|have|had|having|gets|got|made) to (?:look after|babysit|mind|care for|feed|"
        r"get) (?:his|her|their) (?:baby |little |younger |two |three )?(?:brothers?|sisters?|"
        r"siblings?)"),
    sig("carer_out", NEGLECT, 0.35, "out",
        r"\bwhen (?:his|her|their) (?:mum|mam|mom|dad|parents?) (?:goes|go|went|is|are) out\b"),
    sig("hygiene", NEGLECT, 0.4,
        "unwashed|smell|smells|smelt|smelled|stink|stinks|stank|filthy|soiled|nits|lice|clothes|"
        "washed|bathed|bath|rotten",
        r"\bunwashed\b|\b(?:smells?|smelt|smelled|stinks?|stank) of (?:wee|urine|pee|poo|smoke|"
        r"weed)|\b(?:filthy|soiled) (?:clothes|uniform|nappy|nappies)|\b(?:nits|"
        r"lice)\b[^.!?]{0,20}\bfor (?:months|ages|a year)|\bclothes (?:are |were )?(?:too small|"
        r"falling apart|full of holes|filthy)|\b(?:hasn't|has not|not) (?:been )?(?:washed|"
        r"bathed|had a bath) (?:for|in) (?:days|weeks|ages)|\brotten teeth\b"),
)

HOME_AND_PICK_UP: tuple[Signal, ...] = (
    # Neglect: no food at home, nobody collecting, out alone early or after dark, a child
    # caring for a parent, a carer drunk at pick-up.
    sig("no_food", NEGLECT, 0.6, "food|tea|dinner|breakfast|anything|nothing|hungry|starving|"
                                 "starved|eaten|seen|had|meal",
        r"\b(?:no|never any|hardly any|not much|never enough|isn't any|wasn't any) (?:food|tea|"
        r"dinner|breakfast|anything to eat)\b[^.!?]{0,10}\b(?:at home|in the (?:house|flat|"
        r"cupboards?|fridge)|at (?:his|her|their) (?:house|flat|place|mum'?s|dad'?s))|"
        r"\bnothing (?:to eat )?in the (?:cupboards?|fridge)\b|\b(?:hungry|starving|"
        r"starved)\b[^.!?]{0,40}\b(?:because|cos|coz|cause|as|since) (?:there'?s|there is|"
        r"there was|they'?ve|they have) (?:no|never|nothing|not)\b|\b(?:not|hasn't|hadn't|"
        r"haven't|never) (?:eaten|seen food|had (?:any )?(?:food|tea|dinner|anything)|"
        r"had a (?:proper |hot )?meal) (?:in|for) (?:days|(?:two|three|four|five|a few|several|"
        r"\d+) days|ages)\b"),
    sig("poverty", NEGLECT, 0.35, "electric|electricity|gas|heating|power|lights",
        r"\b(?:electric|electricity|gas|heating|power|lights)(?:'s| has| is| was| have| had)? "
        r"(?:been )?(?:off|cut off)\b[^.!?]{0,20}\b(?:a week|weeks|days|ages|(?:two|three|\d+) "
        r"(?:days|weeks))"),
    sig("homeless", NEGLECT, 0.45, "sleeps|sleep|sleeping|sofa",
        r"\bsleep(?:s|ing)? in (?:the|a|their|his|her|mum'?s) car\b|\bsofa[- ]surf\w*"),
    sig("young_carer", NEGLECT, 0.5, "carer|gives|give|giving",
        r"\b(?:is|basically|like|being|become) (?:his|her|their) (?:mum'?s|dad'?s|mam'?s|"
        r"parents'?|family'?s|nan'?s) carer\b|\b(?:gives?|giving) (?:her|his|their) (?:mum|dad|"
        r"mam|mother|father|nan) (?:her |his |their )?(?:tablets|medication|meds|medicine|"
        r"injections)\b"),
    sig("chores", NEGLECT, 0.3, "does|do|doing", r"\bdoes all the (?:cooking|cleaning|shopping|"
                                                 r"washing)\b"),
    sig("carer", NEGLECT, 0.45, "wake|get|sleeping|asleep|bed",
        r"\b(?:mum|mummy|mam|mammy|mom|dad|daddy|mother|father|parents?)\w*\b[^.!?]{0,30}?"
        r"\b(?:won't|doesn't|didn't|can't|couldn't|never|wouldn't) (?:wake up|get up|get out of "
        r"bed)\b|\b(?:mum|mummy|mam|dad|daddy)\w*(?:'s| is| was) (?:always )?[\x27\"]?"
        r"(?:sleeping|asleep|in bed)[\x27\"]? all (?:the time|day)"),
    sig("carer", NEGLECT, 0.55, "slurring|slurred|staggering|staggered|stumbling|stumbled|"
                                "swaying|reeking|reeked|reeks|stinking|stank|stinks|could|picked|"
                                "collected|taken|driven|drunk|high|wasted|stoned",
        r"\b(?:slurr\w+|stagger\w*|stumbl\w+|swaying|reek\w* of (?:drink|booze|alcohol|weed|"
        r"cannabis)|stink\w* of (?:drink|booze|alcohol|weed)|could (?:barely|hardly) (?:stand|"
        r"walk))\b[^.!?]{0,40}\b(?:pick[- ]?up|drop[- ]?off|the gate|school run|home time|"
        r"collect\w*|the car|drove|driving)|\b(?:picked up|collected|taken home|"
        r"driven home) by (?:someone|somebody|a man|a woman|(?:his|her|"
        r"their) \w+)(?: \w+)? (?:who was )?(?:clearly |obviously |totally |completely |"
        r"absolutely )?(?:drunk|off (?:his|her|their) face|high|wasted|stoned|hammered|"
        r"smashed)\b|\b(?:drunk|slurring|high|wasted|stoned)\b[^.!?]{0,40}\bdr(?:ove|ives|"
        r"iving) (?:off |away |home )?with (?:him|her|them|the kids)"),
    sig("uncollected", NEGLECT, 0.55, "nobody|noone|one|forgot|forgotten|forgets|forgetting",
        r"\b(?:nobody|no ?one|no-one)(?:'s| has| had)? (?:\w+ )?(?:came|come|turned up|showed up|"
        r"turns up|shows up|comes) (?:(?:to |for |to get |to collect |"
        r"to pick (?:\w+ )?up )?(?:him|her)|(?:for|to get|to collect|to pick up) (?!(?:the|a|an|"
        r"it|this|that|our|my|their|his|us|me|you|them)\b)[a-z][\w-]+)\b[^.!?]{0,30}\b(?:again|"
        r"every|(?:second|third|fourth|\d+(?:st|nd|rd|th)) time|(?:two|three|\d+) times|till|"
        r"until|from (?:school|club|the gate|breakfast club)|at (?:home time|pick[- ]?up|"
        r"the gate))|\b(?:nobody|no ?one|no-one) (?:picked|picks) (?:him|her) up (?:again|every|"
        r"from (?:school|club|the gate))|\b(?:forgot|forgotten|forgets|forgetting) to (?:pick|"
        r"collect|get) (?:him|her|them) (?:up )?(?:again|from school|every)", False),
    sig("uncollected", NEGLECT, 0.55, "left|waiting|waited|stood|standing|sat|sitting|stuck",
        r"\b(?:left|waiting|waited|stood|standing|sat|sitting|stuck)\b(?: \w+){0,3}? (?:on "
        r"(?:his|her|their) own|alone|by (?:him|her|them)sel(?:f|ves))\b[^.!?]{0,40}?\b(?:till|"
        r"until|after|past) (?:gone |after |nearly |almost |like )?(?:\d|half|quarter|dark|late|"
        r"six|five|seven)|\b(?:sat|sitting|waiting|waited|left|kept|stuck) in (?:the )?(?:office|"
        r"reception)\b[^.!?]{0,20}\b(?:till|until) (?:gone |after |nearly |almost )?(?:\d|half|"
        r"quarter|six|five|seven)"),
    sig("alone", NEGLECT, 0.5, "alone|own|himself|herself",
        r"\b(?:alone|on (?:his|her|their) own|by (?:him|her)self)\b[^.!?]{0,50}\b(?:in the dark|"
        r"after dark|at night|(?:[6-9]|1[0-2])(?:[:.]\d\d)? ?pm|midnight|[4-6](?:[:.]\d\d)? ?am)"
        r"\b"),
    sig("early", NEGLECT, 0.4, "from|since|alone|own",
        r"\b(?:at|outside|by) the (?:gates?|school|door)s? (?:from|since) (?:half |quarter to |"
        r"quarter past )?(?:[5-7]|five|six|seven)(?:[:.]\d\d)? ?(?:am)?\b|\b(?:on (?:his|her|"
        r"their) own|alone) at (?:[4-6](?:[:.]\d\d)? ?am|half (?:five|six|5|6))\b"),
    sig("unwatched", NEGLECT, 0.4, "nobody|noone|one",
        r"\b(?:no ?one|nobody|no-one) (?:is |was )?(?:ever )?with (?:him|her|them)\b"),
    sig("young", NEGLECT, 0.3, "he|she|hes|shes|they|theyre",
        r"\b(?:(?:she|he)'?s|(?:she|he) is|they're|they are) (?:only |just )?(?:[2-8]|two|three|"
        r"four|five|six|seven|eight)\b(?![:.]\d| ?(?:pm|am|o'clock|minutes|mins|hours|hrs|days|"
        r"weeks|months|quid|pounds|p\b|%|percent))", supports=True),
)
