"""Message text as a chat shows it: parse_mode markup turned into plain text and entities.

HTML is parsed as Telegram does (supported tags only, tags must close, entity offsets in UTF-16
code units). MarkdownV2 is checked for its most common mistake, an unescaped reserved
character, and its markup is removed; legacy Markdown only has its markup removed.
"""

import re
from html.parser import HTMLParser

from bot.emulator.errors import ApiError, bad_request

_HTML_ENTITY_TYPES = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough",
    "del": "strikethrough", "tg-spoiler": "spoiler", "a": "text_link", "code": "code",
    "pre": "pre", "blockquote": "blockquote", "span": "spoiler", "tg-emoji": "custom_emoji",
}
_MD2_RESERVED = set("_*[]()~`>#+-=|{}.!")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_MD_MARKUP = re.compile(r"[*_`]")


def utf16_len(text: str) -> int:
    """Length of `text` in UTF-16 code units, the unit of Bot API entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def format_text(text: str, parse_mode: str | None) -> tuple[str, list[dict]]:
    """The visible text and entities of `text` written in `parse_mode`.

    Raises:
        ApiError: 400 with Telegram's wording for an unknown mode or markup it cannot parse.
    """
    if parse_mode is None or parse_mode == "":
        return text, []
    if parse_mode == "HTML":
        return _parse_html(text)
    if parse_mode == "MarkdownV2":
        return _parse_markdown_v2(text), []
    if parse_mode == "Markdown":
        return _MD_MARKUP.sub("", _MD_LINK.sub(r"\1", text)), []
    raise bad_request("unsupported parse_mode")


class _HtmlText(HTMLParser):
    """Collects the text and entities of Telegram-style HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.units = 0
        self.open: list[tuple[str, int, dict]] = []
        self.entities: list[dict] = []
        self.error: ApiError | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HTML_ENTITY_TYPES or (
            tag == "span" and ("class", "tg-spoiler") not in attrs
        ):
            self._fail(f'Unsupported start tag "{tag}"')
            return
        extra: dict = {}
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            extra["url"] = values["href"]
        if tag == "tg-emoji" and values.get("emoji-id"):
            extra["custom_emoji_id"] = values["emoji-id"]
        self.open.append((tag, self.units, extra))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1][0] != tag:
            self._fail(f'Unmatched end tag "{tag}"')
            return
        _, start, extra = self.open.pop()
        if self.units > start:
            entity = {"type": _HTML_ENTITY_TYPES[tag], "offset": start,
                      "length": self.units - start, **extra}
            if entity["type"] == "text_link" and "url" not in entity:
                return
            self.entities.append(entity)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)
        self.units += utf16_len(data)

    def _fail(self, reason: str) -> None:
        if self.error is None:
            self.error = bad_request(f"can't parse entities: {reason}")


def _parse_html(text: str) -> tuple[str, list[dict]]:
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    if parser.error is None and parser.open:
        tag = parser.open[-1][0]
        parser.error = bad_request(
            f'can\'t parse entities: Can\'t find end tag corresponding to start tag "{tag}"'
        )
    if parser.error is not None:
        raise parser.error
    return "".join(parser.parts), sorted(parser.entities, key=lambda e: e["offset"])


def _parse_markdown_v2(text: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            out.append(text[index + 1])
            index += 2
        elif text.startswith("](", index):
            index = _skip_link_target(text, index + 2)
        elif char == "`":
            code, index = _code(text, index)
            out.append(code)
        elif text.startswith("||", index):
            index += 2
        elif char in "*_~[" or (char == "!" and text.startswith("![", index)):
            index += 1
        elif char in _MD2_RESERVED and not _starts_quote(text, index):
            raise _md2_error(f"Character '{char}' is reserved and must be escaped with the "
                             "preceding '\\'")
        else:
            out.append(char)
            index += 1
    return "".join(out)


def _starts_quote(text: str, index: int) -> bool:
    """True for a '>' opening a block quote line."""
    return text[index] == ">" and (index == 0 or text[index - 1] == "\n")


def _skip_link_target(text: str, index: int) -> int:
    """The index after the ')' closing a link's URL (only ')' and '\\' are escaped there)."""
    while index < len(text):
        if text[index] == "\\":
            index += 2
        elif text[index] == ")":
            return index + 1
        else:
            index += 1
    raise _md2_error("Can't find end of a URL")


def _code(text: str, index: int) -> tuple[str, int]:
    """The visible text of inline code or a pre block starting at `index`, and the index after."""
    fence = "```" if text.startswith("```", index) else "`"
    end = text.find(fence, index + len(fence))
    if end < 0:
        raise _md2_error("Can't find end of Pre entity" if fence == "```" else
                         "Can't find end of Code entity")
    body = text[index + len(fence):end]
    if fence == "```" and "\n" in body:
        first, rest = body.split("\n", 1)
        body = rest if first and " " not in first else body
    return body.replace("\\`", "`").replace("\\\\", "\\"), end + len(fence)


def _md2_error(reason: str) -> ApiError:
    return bad_request(f"can't parse entities: {reason}")


_AUTO_ENTITIES = (
    ("bot_command", re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")),
    ("mention", re.compile(r"(?<!\S)@[A-Za-z0-9_]{5,32}")),
    ("url", re.compile(r"https?://\S+")),
)


def auto_entities(text: str) -> list[dict]:
    """The entities a Telegram app marks by itself: /commands, @mentions and links."""
    found = []
    for kind, pattern in _AUTO_ENTITIES:
        for match in pattern.finditer(text):
            found.append({
                "type": kind,
                "offset": utf16_len(text[: match.start()]),
                "length": utf16_len(match.group()),
            })
    return sorted(found, key=lambda entity: entity["offset"])
