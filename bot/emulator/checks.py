"""Recursive checks of JSON values against the Bot API types.

Used both ways: for the JSON-serialised objects a client sends (reply_markup, reply_parameters,
...) and for every object the emulator answers or delivers (Update, Message, ChatMember, ...).
A problem is one line naming where it is, e.g. `result.chat: missing required field 'type'`.
"""

from bot.emulator.spec import ARRAY_PREFIX, ApiSpec, TypeSpec


def check_value(spec: ApiSpec, types: tuple[str, ...], value: object, where: str) -> list[str]:
    """Problems with `value` as one of `types` (an empty list when it fits one of them)."""
    best: list[str] | None = None
    for name in types:
        problems = _check_one(spec, name, value, where)
        if not problems:
            return []
        if best is None or len(problems) < len(best):
            best = problems
    if best is None:
        return [f"{where}: no type to check against"]
    if len(types) > 1 and len(best) == 1 and best[0].startswith(f"{where}: expected"):
        return [f"{where}: expected {' or '.join(types)}, got {_describe(value)}"]
    return best


def _check_one(spec: ApiSpec, name: str, value: object, where: str) -> list[str]:
    if name.startswith(ARRAY_PREFIX):
        if not isinstance(value, list):
            return [f"{where}: expected {name}, got {_describe(value)}"]
        inner = (name[len(ARRAY_PREFIX):],)
        problems: list[str] = []
        for index, item in enumerate(value):
            problems.extend(check_value(spec, inner, item, f"{where}[{index}]"))
        return problems
    if name in _SCALAR_CHECKS:
        if _SCALAR_CHECKS[name](value):
            return []
        return [f"{where}: expected {name}, got {_describe(value)}"]
    if name == "InputFile":
        # Inside a JSON object a file can only be referred to by an attach:// string.
        if isinstance(value, str):
            return []
        return [f"{where}: expected InputFile (an attach:// reference), got {_describe(value)}"]
    type_spec = spec.types.get(name)
    if type_spec is None:
        return [f"{where}: the API description has no type {name!r}"]
    if type_spec.subtypes:
        return check_value(spec, type_spec.subtypes, value, where)
    return check_object(spec, type_spec, value, where)


def check_object(spec: ApiSpec, type_spec: TypeSpec, value: object, where: str) -> list[str]:
    """Problems with `value` as an object of `type_spec`: unknown, missing or mistyped fields."""
    if not isinstance(value, dict):
        return [f"{where}: expected {type_spec.name} object, got {_describe(value)}"]
    problems: list[str] = []
    fields = type_spec.fields
    for key, item in value.items():
        field = fields.get(key)
        if field is None:
            problems.append(f"{where}: unknown field {key!r} in {type_spec.name}")
            continue
        if item is None:
            problems.append(f"{where}.{key}: null is not allowed; leave the field out")
            continue
        if field.constant is not None and item != field.constant:
            problems.append(
                f"{where}.{key}: {type_spec.name} needs {field.constant!r}, got {item!r}"
            )
            continue
        problems.extend(check_value(spec, field.types, item, f"{where}.{key}"))
    for field in fields.values():
        if field.required and field.name not in value:
            problems.append(
                f"{where}: missing required field {field.name!r} of {type_spec.name}"
            )
    return problems


def check_result(spec: ApiSpec, returns: tuple[str, ...], value: object) -> list[str]:
    """Problems with a method's result against the types the method is documented to return."""
    # "Returns True on success" is written as Boolean in the description; only True is sent.
    if returns == ("Boolean",):
        return [] if value is True else [f"result: expected True, got {_describe(value)}"]
    return check_value(spec, returns, value, "result")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_float(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_SCALAR_CHECKS = {
    "String": lambda value: isinstance(value, str),
    "Integer": _is_int,
    "Float": _is_float,
    "Boolean": lambda value: isinstance(value, bool),
    "True": lambda value: value is True,
}


def _describe(value: object) -> str:
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{type(value).__name__} {text}"
