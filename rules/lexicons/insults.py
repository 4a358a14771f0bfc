"""Insults: name-calling, demeaning adjectives and harassment, as UK parents write them.

Epithets come in two strengths. Standalone ones ("idiot", "knobhead") are insults wherever
they appear. Context ones ("cow", "clown", "melt", "snake") are ordinary words until they
are aimed at someone: "you absolute melt", "is a complete muppet", "that useless cow",
"cheeky cow", "a bunch of clowns". Adjectives ("thick", "vile") count only about a person.
Criticism of how someone does a job ("useless", "lazy") scores below the flag threshold:
that is the named-negative detector's business, not abuse.
"""

from rules.lexicons import INSULT, Family, TermGroup, words

# --- Modifiers that turn a context word into name-calling ---------------------------------

# Strong: on their own in front of "cow", "clown", "witch"... they make an insult.
STRONG_MODIFIERS = words("""
    absolute absolutely complete total utter utterly proper propa bloody useless pathetic
    horrible nasty vile ugly thick cheeky stuck-up miserable lazy arrogant incompetent dirty
    filthy smelly jumped-up two-faced spiteful evil pompous spineless gutless brainless
    gormless ignorant dense dumb moronic idiotic gobby nosy snotty toxic vindictive bitter
    jealous desperate deluded entitled smug rude disgusting selfish shameless worthless
    hopeless clueless lying thieving scrounging grubby slimy sneaky creepy horrid awful
    terrible rotten repulsive shitty crappy crap shit shite silly stupid fat sad massive
    fucking fucken fuckin effing flipping flippin frigging bleeding sodding twatty
    money-grabbing snooty hateful poisonous manipulative spoilt spoiled lying cheating
    dozy grumpy sarcastic sly nosey dopey daft dim slimy greedy dodgy bossy dippy mardy
    gobby sour-faced miserable-looking sour bone-idle idle witless sleazy pervy seedy
    snidey snide snobby stroppy cocky smarmy scruffy skanky scummy mouthy
""")
# Weak: they add weight to a frame but are not insults on their own ("little monkey").
WEAK_MODIFIERS = words("little lil wee old big real right such right-royal royal total")

# --- Standalone epithets: insults wherever they appear -----------------------------------

EPITHETS = TermGroup(
    INSULT, "insult lexicon: name-calling", words("""
        idiot moron imbecile cretin numpty muppet knobhead nobhead dickhead bellend
        twat wanker tosser prat pillock plonker dimwit halfwit nitwit numbskull numbnuts
        dipstick scumbag scrote lowlife slag slapper skank cunt arsehole asshole
        douchebag dumbass jackass bozo gobshite shithead fuckwit twonk wazzock nonce
        paedo pedo dunce shitbag dickwad dumbo airhead bimbo trollop wally
        knobend nobend cockwomble wankstain thundercunt assclown ballbag bawbag
        fuckface twatface shitface arsewipe bitch whore slut bint
    """),
    bare=0.75, framed=0.95,
    benign_after=words("show christmas movie movies film films treasure island theatre"),
    benign_nearby=words("muppets"))

# Adjectival forms of the standalone epithets.
EPITHET_ADJECTIVES = TermGroup(
    INSULT, "insult lexicon: name-calling", words("idiotic moronic imbecilic cretinous"),
    bare=0.6, framed=0.9, plural=False, adjective=True)

# --- Context epithets: insults only when aimed at someone --------------------------------

CONTEXT_EPITHETS = TermGroup(
    INSULT, "insult lexicon: name-calling in a targeted frame", words("""
        cow witch clown melt div knob leech snake sheep pig rat vermin parasite thug
        liar creep madam brat troll freak loser nutter lunatic psycho maniac mare minger
        slob git tit shithole shitshow dick prick weirdo chav scrounger sponger snob
        busybody battleaxe jobsworth hypocrite coward bastard hoe tramp pleb peasant scum
        filth trash toerag scally mug lemming donkey hag harpy tart swine animal weasel
        snowflake neanderthal numpties imbeciles bag sod snitch tattletale telltale nugget
        perv pervert worm slug
    """),
    bare=0.0, framed=0.85,
    benign_after=words("""
        costume costumes outfit outfits nose shoes makeup fish entertainer entertainers
        party parties parsley pat pats print milk bell shed field farm dog dogs wool
        poison trap race pie pies tail tails crackers magic park print house den cage
        shot hat hats craft doctor bites skin eggs toy toys teddy cake cakes of-the-day
        lead leads walker walking food bowl bed show-and-tell ladders gate gates ice
        pen pens box boxes kit kits sale sales crisps of for babies lover lovers nut rights
        welfare testing kingdom planet sanctuary
    """),
    benign_nearby=words("""
        halloween costume costumes fancy panto pantomime nativity zoo farm reptile
        reptiles circus wbd gruffalo broom peppa guinea blankets piggy farmyard safari
        ladders
    """))

# Nouns that insult a person but are also said of things ("the traffic is a nightmare"):
# they count only when the subject is a person ("you're an embarrassment", "the woman's a
# gossip"), like adjectives.
SOFT_NOUNS = TermGroup(
    INSULT, "insult lexicon: demeaning description of a person", words("""
        gossip embarrassment disgrace liability sad-act wet-wipe parasite
        leech scrounger cheat fraud fake snake hypocrite bully
    """),
    bare=0.0, framed=0.55, adjective=True,
    benign_after=words("of for"))

# --- Adjectives: insults only about a person ---------------------------------------------

STRONG_ADJECTIVES = TermGroup(
    INSULT, "insult lexicon: demeaning description of a person", words("""
        thick stupid dumb dense dim feral vile nasty ugly fat disgusting repulsive
        revolting gross hideous gormless brainless braindead evil psycho psychotic
        deranged unhinged smelly stinky minging skanky slaggy trashy inbred worthless
        bitchy shitty hateful
    """),
    bare=0.0, framed=0.75, plural=False, adjective=True)

WEAK_ADJECTIVES = TermGroup(
    INSULT, "criticism of a person", words("""
        useless pathetic hopeless incompetent lazy arrogant rude selfish spoilt clueless
        horrible horrid awful terrible rotten miserable spineless gutless gobby mouthy
        nosy fake bitter deluded entitled smug spiteful vindictive poisonous toxic
        creepy two-faced stuck-up snobby backward simple slow common crap mental
    """),
    bare=0.0, framed=0.45, plural=False, adjective=True)

TERM_GROUPS: tuple[TermGroup, ...] = (EPITHETS, SOFT_NOUNS,
                                      EPITHET_ADJECTIVES, CONTEXT_EPITHETS,
                                      STRONG_ADJECTIVES, WEAK_ADJECTIVES)

# --- Phrases -------------------------------------------------------------------------------

FAMILIES: tuple[Family, ...] = (
    # Telling someone to go away or be quiet, rudely.
    Family(INSULT, "insult lexicon: rude dismissal", (
        (r"\bshut\s+(?:up|it)\b(?!\s+shop)", 0.7),
        (r"\bshut\s+(?:your|ur|yer|ya)\s+(?:mouth|gob|face|trap|cakehole|pie\s*hole)\b", 0.85),
        (r"\b(?:piss|sod|bugger|naff|jog|clear|eff|rack)\s+off\b", 0.7),
        (r"\b(?:get|go)\s+(?:to\s+)?(?:fuck|f\*+)(?:ed)?\b", 0.9),
        (r"\bjog\s+on\b", 0.7),
        (r"\b(?:stfu|gtfo|foad|stfd)\b", 0.8),
        (r"\b(?:wind|keep)\s+(?:your|ur|yer)\s+(?:neck|nose)\s+(?:in|out)\b", 0.6),
        (r"\b(?:no\s*one|nobody|noone)\s+(?:in\s+(?:this|the|here)\s+\w+\s+)?(?:likes|wants|"
         r"asked|cares\s+(?:about|what))\s+(?:you|u|ya|her|him|your)\b", 0.8),
        (r"\b(?:nobody|no\s*one)\s+asked\b", 0.6),
        (r"\beveryone\s+(?:hates|is\s+sick\s+of|is\s+laughing\s+at)\s+(?:you|u|her|him)\b", 0.8),
        (r"\b(?:you're|youre|ur|you\s+are)\s+not\s+(?:welcome|wanted)\b", 0.75),
        (r"\bget\s+(?:out\s+of|outta)\s+(?:this|the|our)\s+(?:group|chat)\b", 0.7),
        (r"\b(?:crawl|slither)\s+back\s+(?:under|into)\b", 0.8),
        (r"\bget\s+a\s+life\b", 0.55),
        (r"\bgo\s+(?:and\s+)?cry\s+(?:to|about|somewhere)\b", 0.45),
    ), frozenset(words("stfu gtfo foad stfd shut piss sod bugger naff jog clear eff rack get go "
                       "wind keep no noone "
                       "nobody everyone you're youre ur you crawl slither"))),
    # Set phrases that demean a person.
    Family(INSULT, "insult lexicon: demeaning phrase", (
        (r"\bwastes?\s+of\s+(?:space|oxygen|skin|air|a\s+(?:uniform|salary))\b", 0.85),
        (r"\bwastes?\s+of\s+an?\s+<P>\b", 0.75),
        (r"\bpiece\s+of\s+(?:work|shit|crap|sh\*t|s\*+|filth|rubbish|trash)\b", 0.8),
        (r"\bthick\s+as\s+(?:two\s+short\s+planks|mince|a\s+plank|pig\s*shit|a\s+brick|"
         r"custard|shit|two\s+planks)", 0.9),
        (r"\bas\s+thick\s+as\b", 0.8),
        (r"\bso\s+thick\s+(?:they|he|she|you|u|that)\b", 0.8),
        (r"\b(?:one|a\s+single|two)\s+brain\s*cells?\b", 0.8),
        (r"\bbrain\s*dead\b", 0.75),
        (r"\b(?:a\s+few|couple\s+of)\s+sandwiches\s+short\b", 0.8),
        (r"\biq\s+of\s+(?:a|an)\b", 0.8),
        (r"\bface\s+like\s+a\s+(?:slapped|smacked|bag|dropped|bulldog|horse|pig)", 0.8),
        (r"\blike\s+(?:an?\s+)?(?:wild\s+)?(?:animals?|pigs?|savages?|vermin|feral)\b", 0.7),
        (r"\bshouldn'?t\s+be\s+allowed\s+to\s+(?:breed|reproduce|have\s+kids)\b", 0.9),
        (r"\bclown\s+(?:show|car|college)\b", 0.8),
        (r"\b(?:an?|little|lil|wee|ya|ye|proper|propa|absolute)\s+(?:\w+\s+)?(?:shit|sh\*t|s\*\*t|"
         r"shite)\b(?!\s+(?:of|load|ton|lot|bit|day|time|week|show|storm|idea|job))", 0.8),
        (r"\bdrama\s+queen\b", 0.6),
        (r"\b(?:is|'s|are|'re|you|such)\s+(?:an?\s+)?(?:total\s+|complete\s+|absolute\s+|"
         r"proper\s+|utter\s+|right\s+)?wet\s+(?:wipe|lettuce|blanket)\b", 0.7),
        (r"\b(?:the\s+)?worst\s+(?:kind|sort|type)\s+of\s+(?:person|human|people|mother|"
         r"father|parent|woman|man)\b", 0.7),
        (r"\b(?:fat|lazy|big|fat\s+lazy|saggy)\s+(?:arse|ass|a\*se|a\*\*|backside|bum|butt|"
         r"behind)\b", 0.75),
        (r"\b(?:nasty|vile|evil|horrible|spiteful|sneaky)\s+(?:little\s+|old\s+)?piece\b", 0.8),
        (r"\b(?:nasty|vile|evil|horrible|disgusting|silly|stupid|thick|ugly|fat|feral|"
         r"dirty|filthy|smelly|spoilt|spiteful|miserable|stuck\s+up|useless|sad|pathetic|"
         r"pitiful|bitter|jumped\s+up|grumpy|dozy|daft|sly|creepy|sneaky)\s+(?:little|"
         r"old|lil|fat|ugly|lazy)\s+<P>\b", 0.85),
        (r"\b(?:vile|nasty|disgusting|feral|evil|repulsive|thick|stupid|dumb)\s+<P>\b", 0.8),
        (r"\b(?:money|attention)[\s-]grabbing\s+(?:\w+\s+)?(?:cow|witch|woman|cow|bitch|"
         r"leech|tart)\b", 0.85),
        (r"\bstuck[\s-]up\s+(?:\w+\s+)?(?:cow|witch|bitch|b\*+h|cow|snob|woman|madam|mare|"
         r"tart|cunt)\b", 0.85),
        (r"\bimagine\s+being\s+(?:as|so|that)\s+(?:thick|stupid|dumb|dense|ugly)\b", 0.8),
        (r"(?<!i'm the )(?<!im the )(?<!am the )(?<!be the )\b(?:thickest|stupidest|dumbest|"
         r"dimmest|laziest|ugliest|nastiest|rudest|vilest)\s+"
         r"(?:\w+\s+)?(?:woman|man|person|bloke|parent|mum|mam|dad|human|cow|idiot|people|"
         r"teacher|lady|child|kid)\b", 0.85),
        (r"\bhow\s+(?:thick|stupid|dumb|dense|dim|brainless)\s+(?:do|does|are|is|can|must)\s+"
         r"(?:you|u|he|she|they|someone|people|some\s+people|one\s+person)\b", 0.75),
        (r"\b(?:get|got|getting)\s+(?:her|his|their|your|ur|yer)\s+(?:fat|lazy|big|saggy)\s+"
         r"(?:arse|ass|a\*se|a\*\*|backside|bum|butt)\b", 0.85),
        (r"\b(?:go|and)\s+(?:and\s+)?tell\s+(?:her|him|them)\s+what\s+(?:you|u|we)\s+think\s+"
         r"of\s+(?:her|him|them)\b", 0.75),
        (r"\b(?:she|he|they)\s+(?:deserves?|deserve)\s+(?:it|everything|all)\b", 0.55),
        (r"\b(?:you're|youre|ur|you\s+are|u\s+r)\s+(?:all\s+)?(?:a\s+)?(?:disgrace|joke|"
         r"embarrassment)\b", 0.7),
    ), frozenset(words("waste wastes piece thick as so one single two brain sandwiches iq face "
                       "like shouldn't shouldnt clown fat lazy big saggy nasty vile evil "
                       "horrible spiteful sneaky disgusting silly stupid ugly feral dirty "
                       "filthy smelly spoilt miserable stuck useless repulsive dumb money "
                       "attention imagine get got getting go and she he they you're youre ur "
                       "you couple shit shite drama wet worst how thickest stupidest dumbest "
                       "dimmest laziest ugliest nastiest rudest vilest"))),
    # Insulting emoji, aimed or on their own: clown, middle finger.
    Family(INSULT, "insult lexicon: mocking emoji", (
        (r"🤡", 0.65),
        (r"(?:🤡\s*){2,}", 0.8),
        (r"🖕", 0.8),
        (r"<TITLE>\s+\w+\s*🤡", 0.85),
        (r"=\s*(?:🐍|🤡|🐀|🐷|🐖|💩|🐑|🐄|🐮|🤮)", 0.7),
        (r"\b(?:you|u|ur|you're|youre|is|are|she's|he's)\s+(?:an?\s+|such\s+an?\s+)?"
         r"(?:🐍|🐀|🐷|🐖|💩|🐑|🐄|🐮)", 0.75),
    ), frozenset("🤡🖕🐍🐀🐷🐖💩🐑🐄🐮🤮")),
    # Mocking emoji that are usually playful: noted, not flagged, on their own.
    Family(INSULT, "insult lexicon: mocking emoji", (
        (r"(?:🐍|🐀|💩)", 0.4),
    ), frozenset("🐍🐀💩")),
)
