"""Import spaCy without torch when the offline scorer is used.

thinc (under spaCy) imports torch whenever it is installed, only to offer GPU and PyTorch
wrappers that a blank spaCy pipeline never uses; the offline scorer needs no torch either.
That import costs about 180 MB of private memory and a second of start-up per process, so a
replay with the offline scorer hides torch while spaCy is first imported. Nothing changes
when torch is already loaded (Detoxify, or a test session), and torch stays importable later.
"""

import importlib.abc
import sys
from collections.abc import Iterator
from contextlib import contextmanager


class _HideTorch(importlib.abc.MetaPathFinder):
    """Makes `import torch` fail as if torch were not installed."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "torch" or name.startswith("torch."):
            raise ModuleNotFoundError(f"No module named {name!r} (hidden: offline scorer)")


@contextmanager
def torch_hidden(hide: bool = True) -> Iterator[None]:
    """While active (and if `hide`), torch cannot be imported unless it already was."""
    if not hide or "torch" in sys.modules or "spacy" in sys.modules:
        yield
        return
    finder = _HideTorch()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
