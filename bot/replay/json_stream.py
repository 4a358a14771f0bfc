"""Read one large JSON document piece by piece, knowing the line each piece starts on.

Telegram Desktop writes a whole account into one `result.json`. `JsonReader` walks its
objects and arrays without loading them: the caller steps through `members()` and
`items()` and decodes only the values it wants with `value()` (the standard library's
decoder, on a window of the file). Memory stays at the size of the largest single value.
"""

import json
import re
from collections.abc import Iterator
from typing import Any, TextIO

_SPACE = re.compile(r"[ \t\r\n]*")


class JsonSyntaxError(ValueError):
    """The document is not valid JSON from `line` on."""

    def __init__(self, line: int, problem: str):
        super().__init__(f"line {line}: {problem}")
        self.line = line
        self.problem = problem


class JsonReader:
    """A cursor over a JSON text stream.

    Args:
        stream: The text, read in pieces of `chunk` characters.
        chunk: How much to read at a time.
    """

    def __init__(self, stream: TextIO, chunk: int = 1 << 16):
        self._stream = stream
        self._chunk = chunk
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._line = 1  # the line at buffer index self._counted
        self._counted = 0
        self.chars_read = 0
        self._decoder = json.JSONDecoder()

    def _fill(self, at_least: int) -> bool:
        """Read more text; False at the end of the stream."""
        if self._eof:
            return False
        self._line += self._buf.count("\n", self._counted, self._pos)
        self._buf = self._buf[self._pos:]
        self._pos = self._counted = 0
        piece = self._stream.read(max(self._chunk, at_least))
        if not piece:
            self._eof = True
            return False
        self.chars_read += len(piece)
        self._buf += piece
        return True

    def line(self) -> int:
        """The line the next value starts on (1-based)."""
        self.peek()
        return self.line_so_far()

    def line_so_far(self) -> int:
        """The line of the current position, without reading further."""
        self._line += self._buf.count("\n", self._counted, self._pos)
        self._counted = self._pos
        return self._line

    def peek(self) -> str:
        """The next character that is not whitespace, or "" at the end."""
        while True:
            self._pos = _SPACE.match(self._buf, self._pos).end()
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill(0):
                return ""

    def _expect(self, chars: str) -> str:
        c = self.peek()
        if not c or c not in chars:
            found = repr(c) if c else "the end of the file"
            raise JsonSyntaxError(self.line(), f"expected {' or '.join(chars)}, found {found}")
        self._pos += 1
        return c

    def value(self) -> Any:
        """Decode the next complete value (object, array, string, number...)."""
        self.peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as e:
                if self._fill(len(self._buf)):
                    continue
                line = self.line() + self._buf.count("\n", self._pos, e.pos)
                raise JsonSyntaxError(line, e.msg) from e
            if end == len(self._buf) and not self._eof and isinstance(value, int | float):
                if self._fill(len(self._buf)):  # a number may go on in the next piece
                    continue
            self._pos = end
            return value

    def members(self) -> Iterator[str]:
        """Step through an object: yields each key; the caller must read its value."""
        self._expect("{")
        if self.peek() == "}":
            self._pos += 1
            return
        while True:
            key = self.value()
            if not isinstance(key, str):
                raise JsonSyntaxError(self.line(), "an object key is not a string")
            self._expect(":")
            yield key
            if self._expect(",}") == "}":
                return

    def items(self) -> Iterator[int]:
        """Step through an array: yields each index; the caller must read the item."""
        self._expect("[")
        if self.peek() == "]":
            self._pos += 1
            return
        index = 0
        while True:
            yield index
            index += 1
            if self._expect(",]") == "]":
                return

    def skip(self) -> None:
        """Read past the next value without keeping it."""
        self.value()
