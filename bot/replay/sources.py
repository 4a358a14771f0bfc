"""Find out what an export file is and open it as a counted byte stream.

Accepted: a WhatsApp "Export chat" .txt, a Telegram Desktop result.json, or a .zip holding
either (WhatsApp shares "WhatsApp Chat with ....zip" or "_chat.txt" inside a zip). The format
is read from the content, not the name; anything else is refused with the reason.
"""

import io
import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from bot.replay.records import ExportError
from bot.replay.whatsapp_time import HEADER, strip_marks

WHATSAPP = "whatsapp"
TELEGRAM = "telegram"
_SNIFF_BYTES = 64 * 1024
_SNIFF_LINES = 20


@dataclass(frozen=True)
class Export:
    """An export file whose format is known.

    Attributes:
        path: The file given on the command line.
        format: WHATSAPP or TELEGRAM.
        member: The file inside the zip that holds the chat, if `path` is a zip.
        size: Bytes of chat text (uncompressed), for the progress bar.
    """

    path: Path
    format: str
    member: str | None
    size: int

    @property
    def name(self) -> str:
        """How the report names the source: the file, and the zip member if any."""
        return f"{self.path.name}:{self.member}" if self.member else self.path.name


class _Counting(io.RawIOBase):
    """A raw stream that reports how many bytes have been read."""

    def __init__(self, inner: BinaryIO, on_read: Callable[[int], None]):
        self._inner = inner
        self._on_read = on_read

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - a writable buffer
        data = self._inner.read(len(buffer))
        buffer[:len(data)] = data
        self._on_read(len(data))
        return len(data)


@contextmanager
def open_bytes(export: Export, on_read: Callable[[int], None] = lambda n: None,
               ) -> Iterator[BinaryIO]:
    """The chat's bytes, buffered; `on_read` hears how many bytes each read took."""
    with ExitStack() as stack:
        if export.member:
            archive = stack.enter_context(zipfile.ZipFile(export.path))
            raw = stack.enter_context(archive.open(export.member))
        else:
            raw = stack.enter_context(export.path.open("rb"))
        yield io.BufferedReader(_Counting(raw, on_read), buffer_size=1 << 16)


def _sniff(head: bytes, source: str) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExportError(source, "the file is UTF-16 text; chat exports are UTF-8: save it "
                          "again as UTF-8 and retry")
    text = strip_marks(head.decode("utf-8", errors="replace")).lstrip()
    if text.startswith("{"):
        return TELEGRAM
    if "<html" in text[:2000].lower():
        raise ExportError(source, "a Telegram Desktop HTML export; export the chat again with "
                          "Format: Machine-readable JSON and give its result.json")
    lines = [line for line in text.splitlines() if line.strip()][:_SNIFF_LINES]
    if any(HEADER.match(strip_marks(line)) for line in lines):
        return WHATSAPP
    raise ExportError(source, "unknown format: not a WhatsApp chat export (lines like "
                      '"15/01/2024, 09:30 - Name: text"), not a Telegram Desktop result.json, '
                      "and not a .zip holding one")


def _zip_member(path: Path) -> zipfile.ZipInfo:
    with zipfile.ZipFile(path) as archive:
        files = [i for i in archive.infolist()
                 if not i.is_dir() and not i.filename.startswith("__MACOSX/")]
    jsons = [i for i in files if i.filename.rsplit("/", 1)[-1] == "result.json"]
    texts = [i for i in files if i.filename.lower().endswith(".txt")]
    chats = [i for i in texts if i.filename.rsplit("/", 1)[-1].startswith(("_chat", "WhatsApp"))]
    for candidates in (jsons, chats, texts):
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            names = ", ".join(i.filename for i in candidates[:5])
            raise ExportError(str(path), f"the zip holds several chats ({names}); unzip it and "
                              "give the one to replay")
    raise ExportError(str(path), "the zip holds no chat export (no .txt file, no result.json)")


def open_export(path: Path) -> Export:
    """Identify an export file.

    Raises:
        ExportError: it is missing, unreadable, or in no format Kindly reads.
    """
    source = str(path)
    try:
        if zipfile.is_zipfile(path):
            info = _zip_member(path)
            with zipfile.ZipFile(path) as archive, archive.open(info) as f:
                head = f.read(_SNIFF_BYTES)
            export = Export(path, "", info.filename, info.file_size)
        else:
            with path.open("rb") as f:
                head = f.read(_SNIFF_BYTES)
            export = Export(path, "", None, path.stat().st_size)
    except FileNotFoundError as e:
        raise ExportError(source, "export file not found") from e
    except IsADirectoryError as e:
        raise ExportError(source, "is a folder; give the exported .txt, result.json or .zip"
                          ) from e
    except (OSError, zipfile.BadZipFile) as e:
        raise ExportError(source, f"cannot read the export: {e}") from e
    if not head.strip():
        raise ExportError(source, "the export is empty")
    fmt = _sniff(head, f"{source}:{export.member}" if export.member else source)
    return Export(export.path, fmt, export.member, export.size)
