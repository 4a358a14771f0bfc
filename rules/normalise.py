"""Undo common evasions before matching: look-alike characters, leetspeak, masking
asterisks, letter spacing ("i d i o t") and repeated letters.

The result keeps a map back to the original text so evidence spans point at what the
parent actually typed.
"""

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Normalised:
    """Normalised text plus, for each of its characters, the index in the original."""

    text: str
    index: tuple[int, ...]
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original."""
        if not self.index:
            return 0, 0
        start = min(max(start, 0), len(self.index) - 1)
        last = min(max(end - 1, start), len(self.index) - 1)
        return self.index[start], self.index[last] + 1


_CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e"
                      r"\u2060-\u2069\ufeff]")


def strip_controls(text: str) -> str:
    """Remove control, zero-width and direction characters (keeps newlines and tabs)."""
    return _CONTROL.sub("", text)


def normalise(text: str) -> Normalised:
    """Lower-case and undo evasions, keeping an index back to `text`.

    The minimal version: casefold, NFKC look-alikes, control characters removed.
    """
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if _CONTROL.match(ch):
            continue
        for c in unicodedata.normalize("NFKC", ch).lower():
            chars.append(c)
            index.append(i)
    return Normalised("".join(chars), tuple(index), len(text))
