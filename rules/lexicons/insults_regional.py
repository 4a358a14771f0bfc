"""Name-calling from the UK's regions and from the community languages of its schools.

Scots ("bawbag", "bampot", "fud", "roaster"), Northern and London ("melt", "wasteman",
"plank"), Welsh ("twpsyn"), Irish and Northern Irish ("eejit", "gowl"), and Polish,
Romanian, Portuguese and Urdu/Hindi/Punjabi words as typed after normalisation (accents
removed: "proastă" is matched as "proasta"). Words that are also ordinary nouns ("plank",
"roaster", "tool", "rocket") count only when aimed at someone, as in `insults`.
"""

from rules.lexicons import INSULT, OBSCENE, Family, TermGroup, words

# Regional epithets that insult wherever they appear.
REGIONAL_EPITHETS = TermGroup(
    INSULT, "insult lexicon: name-calling", words("""
        bampot bampots eejit dafty walloper numptie wasteman wastemen twpsyn twpsen gowl
        gobdaw bollix bawheid fud dobber dobbers nyaff bawface tumshie divvy nobber
        clampit doylem
    """),
    bare=0.75, framed=0.95, plural=True,
    benign_after=words("fudge"))

# Regional words that are ordinary nouns until aimed at someone: "he's an absolute roaster",
# "you plank", "what a tool".
REGIONAL_CONTEXT_EPITHETS = TermGroup(
    INSULT, "insult lexicon: name-calling in a targeted frame", words("""
        roaster roasters plank planks weapon weapons tool melter melters spide
        spides wagon langer langers diddy fanny jobby wrongun wronguns gimp gimps spanner
        spanners ned neds scunner munter munters scrubber
    """),
    bare=0.0, framed=0.85, plural=False,
    benign_after=words("""
        for to kit box boxes shed bag belt in about around challenge bread chicken tin tray
        sale stall
    """),
    benign_nearby=words("recipe bake baking oven"))

# Name-calling in the community languages parents use: Polish, Romanian, Portuguese,
# Urdu/Hindi/Punjabi in Latin script. Vocative forms ("idioto", "debilu") are listed too.
OTHER_LANGUAGE_EPITHETS = TermGroup(
    INSULT, "insult lexicon: name-calling in another language", words("""
        idiota idiotka idioci kretyn kretynka kretyni debil debilka debile glupek glupia
        glupi dupek chamka szmata suka frajer palant matol baran oszust oszustka
        idiotko idioto kretynie debilu glupku chamie szmato suko frajerze palancie zjeb
        zjebie gnojek gnoju pojeb pojebany pojebana patus
        idiotule prostule proasto proasta tampit tampita tampitule cretinule boule
        dobitoc dobitoaca nesimtit nesimtita nesimtitule jegos handicapat idioata idioato
        mincinoasa mincinoaso mincinosule mincinos nenorocitule nenorocito nenorocita
        jigodie curva curvo fraiere fraiero tampito
        burra burro estupida estupido otaria otario imbecil parva parvo cabrao
        bewakoof bewaqoof bevkoof gadha gadhi kamina kamine kameena kameeni harami
        haramzada haramzadi chutiya ullu besharam jahil jaahil badtameez ghatiya kutta
        kutte kutti kuttiya kuttay suar soor suwar kanjar kanjri nalayak nalaik gandu
        bhosdike khanki nacas doqon dameer sharmouta sharmoota aptal salak orospu
        gerizekali durak vagabunda
    """),
    bare=0.7, framed=0.9, plural=False)

TERM_GROUPS: tuple[TermGroup, ...] = (REGIONAL_EPITHETS, REGIONAL_CONTEXT_EPITHETS,
                                      OTHER_LANGUAGE_EPITHETS)

FAMILIES: tuple[Family, ...] = (
    # Set phrases: "waste man", Welsh "coc oen", "twll din", Polish "spierdalaj".
    Family(INSULT, "insult lexicon: name-calling", (
        (r"\b(?P<hit>waste\s+man|coc\s+oen|twll\s+(?:din|dy\s+din)|pen\s+(?:pidyn|dafad)|"
         r"ullu\s+ka\s+pattha|cala\s+(?:a\s+)?boca|cala[\s-]te)\b", 0.8),
        (r"\b(?P<hit>chup\s+kar|spadaj)\b", 0.6),
    ), frozenset(words("waste coc twll pen ullu cala spadaj chup"))),
    # Obscene name-calling and dismissals: Polish, Portuguese, Urdu/Hindi.
    Family(OBSCENE, "obscene lexicon: swearing at someone", (
        (r"\b(?P<hit>bumbaclaa?t|bumbaclot|rassclaa?t|bloodclaa?t|(?:s|wy|od)pierdalaj|spierdalac|"
         r"filho\s+da\s+puta|filha\s+da\s+puta|"
         r"bhen?\s*chod|behen\s*chod|madar\s*chod|mader\s*chod|ty\s+chuju|ty\s+huju|"
         r"ty\s+kurwo)\b", 0.9),
    ), frozenset(words("bumbaclat bumbaclaat bumbaclot rassclat rassclaat bloodclat "
                       "bloodclaat spierdalaj wypierdalaj odpierdalaj spierdalac filho filha "
                       "bhenchod bhen benchod behenchod behen madarchod madar maderchod "
                       "mader ty")), also=((INSULT, 0.85),)),
)
