"""Obscene language, by strength, and the forms that aim it at someone.

Swearing for emphasis ("this traffic is a f***ing nightmare", "shit, forgot the cake sale")
is obscene but not abuse, so on its own it stays below the flag threshold. Obscenity aimed at
a person ("f*** off Lisa", "sh1t teacher", "up yours") and sexual content score high.
"""

from rules.lexicons import INSULT, OBSCENE, Family, TermGroup, words

# Strong swear words used for emphasis: obscene, but not aimed at anyone by themselves.
STRONG = TermGroup(
    OBSCENE, "obscene lexicon: strong swearing", words("""
        fuck fucks fucked fucking fuckin fucken fuckn fkn fking fcking fckin fcuk fuk
        fuking fukin fukn feck motherfucking shit shits shitting shitty shite shitey
        bullshit horseshit wank wanking wanky bollocks piss pissed pissing goddamn godamn
    """),
    bare=0.45, framed=0.45, plural=False)

# Strong swear words that name a person: obscene name-calling when aimed at someone.
STRONG_NOUNS = TermGroup(
    OBSCENE, "obscene lexicon: obscene name-calling", words("""
        cunt twat wanker fucker motherfucker muthafucka mofo bastard bitch prick
        knobhead dickhead arsehole asshole bellend shithead shitbag shithole shitshow
        fuckwit fuckface twatface cockwomble wankstain thundercunt
    """),
    bare=0.6, framed=0.85,
    benign_after=words("whittington"),
    benign_nearby=words("whittington moby spotted panto pantomime"))

# Sexual words: obscene in a parents' group whatever the intent.
SEXUAL = TermGroup(
    OBSCENE, "obscene lexicon: sexual content", words("""
        blowjob blowjobs handjob handjobs porn porno pornhub dildo dildos jizz minge clit
        clitoris titties nudes
    """),
    bare=0.7, framed=0.8, plural=False)

# Mild swearing: "bloody", "crap", "sod it".
MILD = TermGroup(
    OBSCENE, "obscene lexicon: mild swearing", words("""
        bloody crap crappy bugger sod arse arsed ass damn damned hell christ jesus god
        bollocks knob knobs tit tosser frigging flipping effing bleeding sodding
    """),
    bare=0.2, framed=0.2, plural=False)

TERM_GROUPS: tuple[TermGroup, ...] = (STRONG, STRONG_NOUNS, SEXUAL, MILD)

FAMILIES: tuple[Family, ...] = (
    # Swearing at someone: "f*** off Lisa", "fuck you", "up yours".
    Family(OBSCENE, "obscene lexicon: swearing at someone", (
        (r"\b(?P<hit>(?:fuck|f\*+k?|fck|fk|fuk|feck|eff)\s+(?:off|you|u|ya|yourself|urself|him|"
         r"her|them|the\s+lot\s+of\s+you))\b", 0.9),
        (r"\b(?P<hit>(?:go\s+)?(?:fuck|f\*+k?|fck|fk)\s+(?:your|ur)self)\b", 0.9),
        (r"\b(?P<hit>up\s+yours)\b", 0.8),
        (r"\b(?P<hit>(?:kiss|lick)\s+my\s+(?:arse|ass|a\*\*|a\*se|backside))\b", 0.8),
        (r"\b(?P<hit>(?:shove|stick|ram)\s+(?:it|that|them|your\s+\w+)\s+up\s+(?:your|ur|yer|"
         r"his|her|their)\s+(?:arse|ass|a\*\*|a\*se|backside|bum))\b", 0.85),
        (r"\b(?P<hit>suck\s+my\s+\w+)\b", 0.85),
        (r"\b(?P<hit>(?:son|daughter)\s+of\s+a\s+(?:bitch|b\*+h|whore))\b", 0.85),
        (r"\b(?P<hit>(?:piss|sod|bugger)\s+off)\b", 0.6),
    ), frozenset(words("fuck f fck fk fuk feck eff go up kiss lick shove stick ram suck son "
                       "daughter piss sod bugger")), also=((INSULT, 0.85),)),
    # Swearing used to describe a person or the school: "sh1t teacher", "shit school".
    Family(OBSCENE, "obscene lexicon: swearing aimed at a person", (
        (r"\b(?P<hit>(?:shit|shite|shitty|crap|crappy|fucking|fuckin|f\*+ing|f\*+in|"
         r"sh\*t|s\*\*t)\s+(?:teacher|teachers|head|headteacher|deputy|school|mum|mums|dad|"
         r"dads|parent|parents|person|people|woman|man|attitude|ta|senco|staff|leadership|"
         r"human|excuse\s+for))\b", 0.8),
    ), frozenset(words("shit shite shitty crap crappy fucking fuckin")), also=((INSULT, 0.65),)),
)
