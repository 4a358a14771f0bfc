"""Decoding and checking the parameters of one Bot API request.

python-telegram-bot 22 sends every request as a form (`application/x-www-form-urlencoded`, or
`multipart/form-data` when it uploads a file): a `str` value goes as it is and every other value
as its `json.dumps` text, so `True` arrives as `true`, `42` as `42` and a keyboard as a JSON
object. A file is a multipart part named after its parameter, or a part with any name that a
parameter refers to as `attach://<name>`. Clients may also send a JSON body or a query string;
JSON values are already typed.
"""

import json
import re
from dataclasses import dataclass, field

from bot.emulator.checks import check_value
from bot.emulator.spec import ApiSpec, FieldSpec, MethodSpec

ATTACH = "attach://"
_INTEGER = re.compile(r"-?\d+")
_ATTACH_NAME = re.compile(r"attach://([\w.-]+)")


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a multipart request."""

    part: str
    filename: str | None
    content_type: str | None
    data: bytes = field(repr=False)


@dataclass
class Parsed:
    """The typed parameters of a request, or the problems that stop it."""

    values: dict[str, object]
    problems: list[str]


def parse_params(
    spec: ApiSpec,
    method: MethodSpec,
    raw: dict[str, object],
    files: dict[str, UploadedFile],
    typed: bool,
) -> Parsed:
    """Check `raw` (form strings, or JSON values when `typed`) and `files` against `method`."""
    values: dict[str, object] = {}
    problems: list[str] = []
    for name, value in raw.items():
        param = method.params.get(name)
        if param is None:
            problems.append(f"unknown parameter {name!r} for {method.name}")
            continue
        decoded, errors = _decode(spec, param, value, files, typed)
        problems.extend(errors)
        if not errors:
            values[name] = decoded
    referenced = _attach_names(raw)
    for part, upload in files.items():
        param = method.params.get(part)
        if param is not None and "InputFile" in param.types and part not in raw:
            values[part] = upload
        elif part not in referenced:
            problems.append(
                f"unknown parameter {part!r} for {method.name}: an uploaded file that no "
                "parameter takes or refers to with attach://"
            )
    for param in method.params.values():
        if param.required and param.name not in raw and param.name not in values:
            problems.append(f"missing required parameter {param.name!r} for {method.name}")
    return Parsed(values, problems)


def _decode(
    spec: ApiSpec, param: FieldSpec, value: object, files: dict[str, UploadedFile], typed: bool
) -> tuple[object, list[str]]:
    where = f"parameter {param.name!r}"
    if "InputFile" in param.types and isinstance(value, str) and value.startswith(ATTACH):
        part = value[len(ATTACH):]
        if part in files:
            return files[part], []
        return None, [f"{where}: {value} names no uploaded file part"]
    if typed:
        problems = check_value(spec, _json_types(param.types), value, where)
        return value, problems
    if not isinstance(value, str):
        return None, [f"{where}: expected a form value, got {type(value).__name__}"]
    failures: list[str] = []
    for type_name in param.types:
        decoded, problem = _decode_form(spec, type_name, value, where)
        if problem is None:
            return decoded, []
        failures.append(problem)
    if len(failures) == 1:
        return None, failures
    return None, [f"{where}: {value[:40]!r} is not {' or '.join(param.types)}"]


def _decode_form(
    spec: ApiSpec, type_name: str, value: str, where: str
) -> tuple[object, str | None]:
    if type_name == "String":
        return value, None
    if type_name == "Integer":
        if _INTEGER.fullmatch(value):
            return int(value), None
        return None, f"{where}: expected Integer, got {value[:40]!r}"
    if type_name == "Boolean":
        if value in ("true", "false"):
            return value == "true", None
        return None, f"{where}: expected Boolean (true or false), got {value[:40]!r}"
    if type_name == "InputFile":
        return None, f"{where}: expected an uploaded file or an attach:// reference"
    try:
        decoded = json.loads(value)
    except ValueError:
        return None, f"{where}: expected JSON-serialised {type_name}, got {value[:40]!r}"
    problems = check_value(spec, (type_name,), decoded, where)
    if problems:
        return None, "; ".join(problems)
    return decoded, None


def _json_types(types: tuple[str, ...]) -> tuple[str, ...]:
    # In a JSON body a file can only be a reference (file_id, URL or attach://) string.
    return tuple("String" if name == "InputFile" else name for name in types)


def _attach_names(raw: dict[str, object]) -> set[str]:
    names: set[str] = set()
    for value in raw.values():
        text = value if isinstance(value, str) else json.dumps(value)
        if ATTACH in text:
            names.update(_ATTACH_NAME.findall(text))
    return names
