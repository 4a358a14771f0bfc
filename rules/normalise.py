"""Undo common evasions before matching: look-alike characters, leetspeak, masking
asterisks, letter spacing ("i d i o t") and repeated letters.

The result keeps a map back to the original text so evidence spans point at what the
parent actually typed. Steps, in order:

1. Characters: control, zero-width and direction characters are dropped; the rest are
   lower-cased (casefold), accents on Latin letters removed, compatibility forms folded
   (fullwidth, mathematical bold, circled letters: NFKC), letters with a stroke ("ł")
   mapped to the plain letter, combining marks stacked on Latin letters dropped
   (strikethrough and "zalgo" text), Cyrillic and Greek look-alikes mapped to the Latin
   letter they imitate, curly quotes and dashes made plain.
2. Inside words only: leetspeak digits and symbols become letters ("sh1t", "tw@t",
   "r3tard"), masking symbols become `*` ("f***", "sh#t"). Numbers, times, prices, phone
   numbers, ordinals ("3rd"), class names ("y3", "3l"), emails, links and @mentions are
   left alone. `*` in normalised text is a wildcard for one hidden letter; lexicon code
   matches it with `MASK`.
3. Letter spacing: three or more single letters separated by one space, dot or dash are
   joined ("i d i o t" -> "idiot"); groups spaced out on both sides of wider gaps become
   words ("w a s t e   o f   s p a c e" -> "waste of space").
4. A letter repeated three or more times becomes one ("idiooooot" -> "idiot"); doubles
   stay ("soon", "book").
5. Dialect and chat spellings of a few everyday words become the standard word, so one
   pattern covers them: Scots and Geordie ("didnae" -> "didn't", "hame" -> "home",
   "bairns" -> "children") and "il" for "i'll".

Every normalised character records the [start, end) range of original characters it came
from, so a match on normalised text maps back with `Normalised.to_original`.
"""

import re
import unicodedata
from dataclasses import dataclass

MASK = "*"


@dataclass(frozen=True)
class Normalised:
    """Normalised text plus, for each of its characters, where it came from in the original.

    Attributes:
        text: The normalised text.
        index: For each character of `text`, the index of the first original character
            it came from (non-decreasing).
        original_length: Length of the original text.
        ends: For each character of `text`, the end (exclusive) of the original characters
            it came from; longer than one when a run of repeated letters was collapsed or a
            dialect word replaced (every character of "didn't" maps to all of "didnae").
            Empty means "index + 1" for every character.
    """

    text: str
    index: tuple[int, ...]
    original_length: int
    ends: tuple[int, ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original."""
        if not self.index:
            return 0, 0
        start = min(max(start, 0), len(self.index) - 1)
        last = min(max(end - 1, start), len(self.index) - 1)
        stop = self.ends[last] if self.ends else self.index[last] + 1
        return self.index[start], stop


_CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e"
                      r"\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufe00-\ufe0f\ufeff]")


def strip_controls(text: str) -> str:
    """Remove control, zero-width and direction characters (keeps newlines and tabs)."""
    return _CONTROL.sub("", text)


# --- Step 1: characters -------------------------------------------------------------------

# Cyrillic and Greek letters that pass for Latin ones (lower case; casefold runs first).
_LOOKALIKES = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j",
    "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y",
    "х": "x", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g", "ı": "i",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ϳ": "j",
    # Latin letters with a stroke have no Unicode decomposition: Polish "łeb", Danish "ø".
    "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŀ": "l",
    # Typographic punctuation, so patterns like "can't" match what phones type.
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2013": "-", "\u2014": "-",
    "\u2012": "-", "\u2212": "-",
}

_char_cache: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    """Normalised form of one non-ASCII character (may be empty or several characters)."""
    cached = _char_cache.get(ch)
    if cached is not None:
        return cached
    if ch in _LOOKALIKES:
        out = _LOOKALIKES[ch]
    else:
        decomposed = unicodedata.normalize("NFKD", ch)
        if decomposed[0].isascii() and all(unicodedata.combining(c) for c in decomposed[1:]):
            out = decomposed[0]  # an accented Latin letter: keep the base letter
        else:
            out = unicodedata.normalize("NFKC", ch)
        out = "".join(_LOOKALIKES.get(c, c) for c in out.casefold())
    if len(_char_cache) < 20_000:
        _char_cache[ch] = out
    return out


def _fold(text: str) -> tuple[list[str], list[int]]:
    """Step 1: characters and the original index of each."""
    if text.isascii():
        if not _CONTROL.search(text):
            return list(text.lower()), list(range(len(text)))
        chars, index = [], []
        for i, ch in enumerate(text.lower()):
            if not _CONTROL.match(ch):
                chars.append(ch)
                index.append(i)
        return chars, index
    chars, index = [], []
    for i, ch in enumerate(text):
        if ch < "\x80":
            if not _CONTROL.match(ch):
                chars.append(ch.lower())
                index.append(i)
        elif not _CONTROL.match(ch):
            if chars and chars[-1].isascii() and unicodedata.combining(ch):
                continue  # accents stacked on a Latin letter ("i̶d̶i̶o̶t̶", zalgo text)
            for c in _fold_char(ch):
                chars.append(c)
                index.append(i)
    return chars, index


# --- Step 2: leetspeak and masks inside words ---------------------------------------------

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
         "!": "i"}
_MASKS = frozenset("*#%_")
_SPECIAL = re.compile(r"[013457@$!*#%_]")
_TOKEN = re.compile(r"[\w@$!*#%]+")
# Emails, links and @mentions keep their digits and symbols.
_PROTECTED = re.compile(r"https?://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|"
                        r"(?<![\w@])@\w+")
# Tokens with digits that are not disguised words: "3rd", "10am", "50p", "15mins", "3l".
# (Tokens with fewer than two letters, like "y3", are never rewritten.)
_NOT_LEET = re.compile(r"\d+(?:st|nd|rd|th|am|pm|s|p|k|m|x|yrs?|mins?|hrs?|kg|g|ml|l|cm|mm|"
                       r"km|mph|gb|mb|ish|pcs?|[a-z])")


def _deleet_token(chars: list[str], start: int, end: int) -> None:
    """Rewrite one token's leet and mask characters in place (same length)."""
    token = "".join(chars[start:end])
    if sum(1 for c in token if c.isalpha()) < 2 or _NOT_LEET.fullmatch(token):
        return
    # Leading masks are markup ("#proud", "*hugs*"), and so are trailing ones when the
    # word is wrapped in them; other masks stand for hidden letters ("f***", "sh*t").
    lead = 0
    while lead < len(token) and token[lead] in _MASKS:
        lead += 1
    trail = len(token)
    if lead:
        while trail > lead and token[trail - 1] in _MASKS:
            trail -= 1
    for j, c in enumerate(token):
        pos = start + j
        if j < lead or j >= trail:
            chars[pos] = " "
        elif c in _MASKS:
            chars[pos] = MASK
        elif c in _LEET:
            after = token[j + 1] if j + 1 < len(token) else ""
            before = token[j - 1] if j > lead else ""
            if c == "!" and not (after.isalpha() and (before.isalpha() or before in _LEET)):
                continue  # "hi!" and "!!!" are punctuation; "sh!t" is a word
            if c == "@" and j == lead:
                continue
            if c == "1" and "1" in (after, before):
                chars[pos] = "l"  # "ki11", "sku11": doubled ones read as double L
            else:
                chars[pos] = _LEET[c]


def _deleet(chars: list[str], text: str) -> None:
    """Step 2 over the whole text, skipping emails, links and mentions."""
    protected = [m.span() for m in _PROTECTED.finditer(text)]
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        if not _SPECIAL.search(text, s, e):
            continue
        if any(ps < e and s < pe for ps, pe in protected):
            continue
        _deleet_token(chars, s, e)


# --- Steps 3 and 4: letter spacing and repeated letters -----------------------------------

_L = r"[^\W\d_]"
# Single letters (or masks) separated by one space, dot or dash.
_SPACED_RUN = re.compile(rf"(?<![\w*'])[^\W\d_*](?:[ .\-](?:{_L}|\*)(?![\w*'])){{1,}}")
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_WIDE_GAP = re.compile(r" {2,6}")


def _join_spacing(text: str, keep: list[bool]) -> None:
    """Step 3: mark separators inside spaced-out words (and extra gap spaces) for removal."""
    runs = [m.span() for m in _SPACED_RUN.finditer(text)]
    if not runs:
        return
    letters = [(e - s + 1) // 2 for s, e in runs]
    joined = [n >= 3 for n in letters]
    # Short runs ("o f") count when a wide gap links them to a joined run.
    for i in range(len(runs)):
        if joined[i]:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(runs) and joined[j] and letters[i] >= 2:
                gap = text[min(runs[i][1], runs[j][1]):max(runs[i][0], runs[j][0])]
                if _WIDE_GAP.fullmatch(gap):
                    joined[i] = True
    for i, (s, e) in enumerate(runs):
        if not joined[i]:
            continue
        for p in range(s + 1, e, 2):
            keep[p] = False
        if i + 1 < len(runs) and joined[i + 1]:
            gap_start, gap_end = e, runs[i + 1][0]
            if _WIDE_GAP.fullmatch(text, gap_start, gap_end):
                for p in range(gap_start + 1, gap_end):
                    keep[p] = False


# --- Step 5: dialect spellings -------------------------------------------------------------

DIALECT = {
    "didnae": "didn't", "didnt": "didn't", "disnae": "doesn't",
    "cannae": "can't", "canna": "can't", "cannet": "can't", "wouldnae": "wouldn't",
    "couldnae": "couldn't", "dinnae": "don't", "dinna": "don't", "isnae": "isn't",
    "wasnae": "wasn't", "willnae": "won't", "hame": "home", "wis": "was",
    "greetin": "crying", "telt": "told", "bairn": "child",
    "bairns": "children", "mammy": "mum",
    "daddy": "dad", "wi": "with", "nae": "no", "naebody": "nobody", "aboot": "about",
    "oot": "out", "polis": "police",
}
# "il" is a pronoun in Romanian, French and Italian: "i'll" only before an English verb.
_IL = ("il(?= (?:knock|kill|smash|batter|deck|punch|hit|slap|sort|get|make|be|break|burn|"
       "find|come|see|show|teach|wait|have|do|end|put|rip|kick|take|tell|ring|report|go)\\b)")
DIALECT["il"] = "i'll"
_DIALECT = re.compile(r"(?<![\w'])(?:" + _IL + "|"
                      + "|".join(sorted(set(DIALECT) - {"il"}, key=len, reverse=True))
                      + r")(?![\w'-])")


def _standard_words(result: Normalised) -> Normalised:
    """Step 5: replace dialect spellings; each new character maps to the whole old word."""
    if not _DIALECT.search(result.text):
        return result
    text, index = result.text, result.index
    ends = result.ends or tuple(i + 1 for i in index)
    out, new_index, new_ends, last = [], [], [], 0
    for m in _DIALECT.finditer(text):
        s, e = m.span()
        out.append(text[last:s])
        new_index += index[last:s]
        new_ends += ends[last:s]
        word = DIALECT[m[0]]
        out.append(word)
        new_index += [index[s]] * len(word)
        new_ends += [ends[e - 1]] * len(word)
        last = e
    out.append(text[last:])
    new_index += index[last:]
    new_ends += ends[last:]
    return Normalised("".join(out), tuple(new_index), result.original_length, tuple(new_ends))


def normalise(text: str) -> Normalised:
    """Lower-case and undo evasions, keeping a map back to `text`.

    Never raises: any string, including empty text, emoji only or control characters,
    yields a (possibly empty) result.

    Args:
        text: The message as typed.

    Returns:
        The normalised text with, per character, its span in `text`.
    """
    chars, index = _fold(text)
    if not chars:
        return Normalised("", (), len(text), ())
    folded = "".join(chars)
    if _SPECIAL.search(folded):
        _deleet(chars, folded)
        folded = "".join(chars)
    ends = [i + 1 for i in index]
    spaced = _SPACED_RUN.search(folded) is not None
    repeated = _REPEATS.search(folded) is not None
    if not spaced and not repeated:
        return _standard_words(Normalised(folded, tuple(index), len(text), tuple(ends)))
    keep = [True] * len(chars)
    if spaced:
        _join_spacing(folded, keep)
    if repeated:
        protected = [m.span() for m in _PROTECTED.finditer(folded)]
        for m in _REPEATS.finditer(folded):
            s, e = m.span()
            if any(ps < e and s < pe for ps, pe in protected):
                continue
            for p in range(s + 1, e):
                keep[p] = False
            ends[s] = ends[e - 1]
    out = [c for c, k in zip(chars, keep, strict=True) if k]
    new_index = tuple(i for i, k in zip(index, keep, strict=True) if k)
    new_ends = tuple(i for i, k in zip(ends, keep, strict=True) if k)
    return _standard_words(Normalised("".join(out), new_index, len(text), new_ends))
