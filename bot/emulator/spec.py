"""The Bot API description the emulator checks every request and every answer against.

The description is the machine-readable Bot API 10.0 (methods with their parameters, types with
their fields) shipped gzipped beside this module; see `SPEC_SOURCE.md` for where it comes from.
"""

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DEFAULT_SPEC_PATH = Path(__file__).with_name("bot-api-10.0.json.gz")
ARRAY_PREFIX = "Array of "
SCALARS = frozenset({"String", "Integer", "Boolean", "Float", "True"})
# Fields that tell the subtypes of one abstract type apart ("status" of a ChatMember, ...).
DISCRIMINATORS = frozenset({"type", "status", "source"})
_CONSTANT = re.compile(r'(?:always "([a-z_]+)"|must be ([a-z_]+))\s*$')


@dataclass(frozen=True)
class FieldSpec:
    """One parameter of a method or one field of a type."""

    name: str
    types: tuple[str, ...]
    required: bool
    constant: str | None = None


@dataclass(frozen=True)
class TypeSpec:
    """An object type: its fields, or the subtypes it stands for."""

    name: str
    fields: dict[str, FieldSpec]
    subtypes: tuple[str, ...] = ()


@dataclass(frozen=True)
class MethodSpec:
    """A Bot API method: its parameters and what it returns."""

    name: str
    params: dict[str, FieldSpec]
    returns: tuple[str, ...]


@dataclass(frozen=True)
class ApiSpec:
    """The whole API: methods by name, types by name."""

    version: str
    methods: dict[str, MethodSpec]
    types: dict[str, TypeSpec]

    def method(self, name: str) -> MethodSpec | None:
        """The method called `name`, matched without regard to case as Telegram does."""
        found = self.methods.get(name)
        if found is None:
            found = self._by_lower().get(name.lower())
        return found

    def _by_lower(self) -> dict[str, MethodSpec]:
        return {key.lower(): value for key, value in self.methods.items()}


def _field(raw: dict) -> FieldSpec:
    constant = None
    if raw["name"] in DISCRIMINATORS:
        match = _CONSTANT.search(raw.get("description", ""))
        if match:
            constant = match.group(1) or match.group(2)
    return FieldSpec(raw["name"], tuple(raw["types"]), bool(raw["required"]), constant)


def parse_spec(data: dict) -> ApiSpec:
    """Build an `ApiSpec` from the JSON document's dict.

    Raises:
        ValueError: if the document lacks `methods` or `types`.
    """
    if "methods" not in data or "types" not in data:
        raise ValueError("not a Bot API description: it needs 'methods' and 'types'")
    methods = {
        name: MethodSpec(
            name,
            {f["name"]: _field(f) for f in raw.get("fields", [])},
            tuple(raw.get("returns", [])),
        )
        for name, raw in data["methods"].items()
    }
    types = {
        name: TypeSpec(
            name,
            {f["name"]: _field(f) for f in raw.get("fields", [])},
            tuple(raw.get("subtypes", [])),
        )
        for name, raw in data["types"].items()
    }
    return ApiSpec(str(data.get("version", "unknown")), methods, types)


def read_spec_bytes(path: Path) -> bytes:
    """The JSON text of a description file, gunzipped when its name ends in `.gz`."""
    raw = path.read_bytes()
    return gzip.decompress(raw) if path.suffix == ".gz" else raw


@lru_cache(maxsize=4)
def load_spec(path: Path | None = None) -> ApiSpec:
    """Load (once per path) the description at `path`, or the shipped copy.

    Raises:
        FileNotFoundError: if `path` does not exist.
        ValueError: if the file is not a Bot API description.
    """
    path = Path(path) if path is not None else DEFAULT_SPEC_PATH
    if not path.is_file():
        raise FileNotFoundError(f"Bot API description not found: {path}")
    try:
        data = json.loads(read_spec_bytes(path))
    except (OSError, ValueError) as e:
        raise ValueError(f"{path}: not a readable Bot API description: {e}") from e
    return parse_spec(data)
