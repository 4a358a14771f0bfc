"""Flagged messages kept in a private temporary file, in chat order, so memory stays flat.

A long chat can flag thousands of messages; the report writers read them back one at a time.
The file is created with `tempfile.TemporaryFile` (owner-only, removed when closed) and only
ever holds what this process wrote to it.
"""

import pickle
import tempfile
from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class FlaggedStore(Generic[T]):
    """An append-only sequence on disk."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        self.count = 0

    def append(self, item: T) -> None:
        """Add one item at the end."""
        pickle.dump(item, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[T]:
        end = self._file.tell()
        self._file.seek(0)
        try:
            for _ in range(self.count):
                # Only this process's own writes are in the file (see module docstring).
                yield pickle.load(self._file)  # noqa: S301
        finally:
            self._file.seek(end)

    def close(self) -> None:
        """Remove the file."""
        self._file.close()
