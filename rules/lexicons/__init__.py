"""Curated word lists and phrase patterns for the offline toxicity scorer.

The data lives in Python constants (rules/ does no I/O), one module per concern:

- `insults`: epithets, demeaning adjectives and harassment phrases (label `insult`).
- `insults_regional`: Scots, Northern, London, Welsh and Irish name-calling, and
  name-calling in the community languages of UK schools.
- `threats`: direct violence, incitement and property damage (`threat`), with Scots,
  Northern and London verbs ("skelp", "bray", "merk").
- `threats_harm`: harm wished on someone or predicted for them ("she'll get a slap").
- `threats_veiled`: set phrases that only make sense as a threat ("I know where she
  lives") and the weak hints that add up to one.
- `threats_languages`: threats in Polish, Romanian, Portuguese, Urdu/Hindi/Punjabi,
  Somali and Bengali as parents type them.
- `identity`: slurs, identity-group words and stereotypes about groups (`identity_attack`).
- `identity_topics`: set phrases of prejudice about language, race, religion, gender and
  sexuality ("diversity hire", "man in a dress").
- `identity_coded`: dog whistles and coded prejudice ("we all know who really runs the
  banks", "stick with their own kind"), mocking emoji and disability slurs.
- `obscene`: profanity by strength (`obscene`).
- `benign`: figurative or friendly uses that look like the above ("killed it at the quiz").

All patterns are regular expressions over *normalised* text (`rules.normalise`): lower
case, leetspeak undone, `*` standing for a masked letter. Placeholders such as `<WHO>` are
expanded from `VOCAB` when the patterns are compiled (`rules.lexicons.compiled`), and
`rules.lexicons.match` runs them.

Scores follow the calibration documented in `rules.offline_scorer`: 0.5 is the flag
threshold, 0.7 a confident hit, 0.9 unmistakable.
"""

from dataclasses import dataclass, field

INSULT = "insult"
THREAT = "threat"
IDENTITY_ATTACK = "identity_attack"
OBSCENE = "obscene"


@dataclass(frozen=True)
class Family:
    """Phrase patterns with one purpose, one label and one explanation.

    Attributes:
        label: The score they raise (`insult`, `threat`, `identity_attack`, `obscene`).
        reason: What kind of language matched, shown to moderators. Never the word itself.
        rules: (regex, score) pairs. A named group `hit` narrows the evidence span.
        triggers: Words of which at least one must be in the message for the family to
            run at all (a speed shortcut); empty means always run.
        jokeable: Scores are damped when the message is plainly joking (laughing emoji,
            "lol"), as for "I'm going to kill him 😂".
        also: Extra labels the same hit raises, with their scores, e.g. a telling-off that
            is both an insult and obscene.
        anchor: A pattern many rules start with (a group name, "I'll"). It is found once
            per message and those rules are tried only where it matched (a speed shortcut).
    """

    label: str
    reason: str
    rules: tuple[tuple[str, float], ...]
    triggers: frozenset[str] = frozenset()
    jokeable: bool = False
    also: tuple[tuple[str, float], ...] = ()
    anchor: str = ""


@dataclass(frozen=True)
class TermGroup:
    """Single words that carry meaning on their own, looked up token by token.

    Attributes:
        label: The score they raise.
        reason: What kind of word matched, for moderators.
        words: Base forms. Plurals are added when `plural` is true.
        bare: Score when the word appears with no frame around it (0 = only in a frame).
        framed: Score when it is aimed at someone ("you ...", "is a ...", "that silly ...").
        plural: Also match "-s"/"-es" forms.
        benign_after: Words that, right after the term, make it harmless ("clown costume").
        benign_nearby: Words anywhere in the message that make it harmless ("halloween").
        adjective: Describes rather than names: aimed at someone only when it describes a
            person ("she's so thick", "vile woman"), never through "that silly ...".
        also: Extra labels raised by the same hit, with their scores.
    """

    label: str
    reason: str
    words: tuple[str, ...]
    bare: float
    framed: float
    plural: bool = True
    benign_after: tuple[str, ...] = ()
    benign_nearby: tuple[str, ...] = ()
    adjective: bool = False
    also: tuple[tuple[str, float], ...] = field(default=())


def words(text: str) -> tuple[str, ...]:
    """Split a whitespace-separated list written across lines into a tuple of words."""
    return tuple(text.split())


# Shared vocabulary, expanded into patterns wherever `<NAME>` appears.
VOCAB: dict[str, str] = {
    # A person as the object of a violent verb: "him", "that woman", "Mr Jones", "Kerry's
    # husband", "that wee scrote". Plain "the"/"that" + noun is not enough ("I'll kill the
    # printer").
    "WHO": r"(?:you|u|ya|ye|yer|him|her|them|em|'em|you\s+all|the\s+lot\s+of\s+(?:you|them)|"
           r"whoever(?:\s+\w+)?|(?:that|this|the|those|these|his|her|their|your|ur)\s+"
           r"(?:\w+\s+)?(?:<P>|<NASTY>)|<TITLE>\s+\w+|[a-z]+'s\s+(?:mum|dad|husband|wife|kid|"
           r"son|daughter|mam|brother|sister|boyfriend|girlfriend|fella|partner|lad))\b",
    # Name-calling nouns that stand for a person after "that": "I'll batter that scrote".
    "NASTY": r"(?:scrote|scumbag|cow|bitch|idiot|prick|twat|wanker|bastard|bellend|knobhead|"
             r"dickhead|muppet|clown|prat|toerag|nonce|pig|rat|snake|witch|creep|fucker|"
             r"bampot|fud|weirdo|nutter|psycho|cretin|moron|slag|tart|mare|shit|shite|git)",
    # "I'll", "I'm gonna", "im going to", "ill", "imma", "we'll", Scots "am gonnae",
    # "ah'll"...
    "FUT": r"\b(?:i\s*(?:'ll|ll|will|shall|am\s+going\s+to|'m\s+going\s+to|m\s+going\s+to|"
           r"am\s+gonna|'m\s+gonna|m\s+gonna|'m\s+gunna|m\s+gunna|wanna|want\s+to|swear\s+i'll|"
           r"swear\s+ill|'?m\s+(?:about|bout)\s+to)|ill|imma|ima|gonna|gunna|going\s+to|"
           r"gonnae|gonny|gunnae|goin\s+tae|gaun\s+tae|ah\s*'?ll|a'll|"
           r"we\s*(?:'ll|ll|will|'?re\s+going\s+to|'?re\s+gonna|are\s+gonna))",
    # Words that can sit between the intent and the verb: "I'll personally go round and".
    "ADV": r"(?:(?:personally|actually|literally|seriously|honestly|just|fucking|f\*+ing|"
           r"bloody|defo|definitely|go|come|round|and|n|over|there|be|the one to)\s+){0,4}",
    # Intensifiers before an adjective.
    "INT": r"(?:so|such|really|very|absolutely|completely|totally|utterly|proper|propa|"
           r"bloody|well|that|too|just|genuinely|actually|incredibly|unbelievably|seriously|"
           r"pretty|quite|a bit|a little|fucking|f\*+ing|f\*+in|effing|flipping|"
           r"extremely|beyond|dead|super|damn|bare|mega)",
    # Words between "is a" and the insult that do not change who it is aimed at.
    "FILL": r"(?:an?|such\s+an?|such|complete|total|absolute|utter|right|real|massive|proper|"
            r"propa|little|lil|old|big|bit\s+of\s+an?|<INT>)",
    # People nouns: "vile woman", "thick parents".
    "P": r"(?:woman|women|man|men|lady|ladies|bloke|blokes|guy|guys|girl|girls|boy|boys|"
         r"kid|kids|child|children|mum|mums|mam|mams|mom|moms|dad|dads|parent|parents|"
         r"mother|mothers|father|fathers|husband|wife|lad|lads|lass|person|people|"
         r"family|families|teacher|teachers|head|headteacher|deputy|ta|staff|senco|"
         r"receptionist|individual|human|creature|specimen|cretins|lot|brats?|toerags?)",
    # Titles before a name.
    "TITLE": r"(?:mr|mrs|miss|ms|mx|dr|sir)",
    # Laughing, so violent words are probably hyperbole.
    "JOKE": r"(?:\b(?:lo+l+|lmao+|lmfao|rofl|haha\w*|hehe\w*|jk|joking|kidding|xd)\b|"
            r"😂|🤣|😆|😅|😹|🙈|😜|😝|🤪|😬|:p\b|;\))",
}
