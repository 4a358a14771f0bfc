"""Parse YAML and turn validation problems into errors that name file, line and field."""

from collections.abc import Sequence
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


class ConfigError(ValueError):
    """A school file or rulebook that cannot be used, with where and why.

    The message reads like `school.yaml, line 7, field staff[2].name: Field required`.
    """

    def __init__(self, source: str, problem: str, line: int | None = None, field: str = ""):
        self.source = source
        self.line = line
        self.field = field
        self.problem = problem
        where = source
        if line is not None:
            where += f", line {line}"
        if field:
            where += f", field {field}"
        super().__init__(f"{where}: {problem}")


class LocatedValueError(ValueError):
    """A validation problem found by a cross-field check, with the field it concerns.

    Raised inside pydantic validators; `validate` reads `loc` to report the right line.
    """

    def __init__(self, message: str, loc: Sequence[str | int]):
        super().__init__(message)
        self.loc = tuple(loc)


def format_loc(loc: Sequence[str | int]) -> str:
    """Render a pydantic error location as `staff[2].name`."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def line_of(node: yaml.Node | None, loc: Sequence[str | int]) -> int | None:
    """Walk the composed YAML tree along `loc` and return the deepest known 1-based line."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if getattr(k, "value", None) == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            nxt = node.value[part] if 0 <= part < len(node.value) else None
        else:
            nxt = None
        if nxt is None:
            break
        node = nxt
        line = node.start_mark.line + 1
    return line


def parse_yaml_mapping(text: str, source: str) -> tuple[dict[str, Any], yaml.Node | None]:
    """Parse YAML text that must hold a mapping; return the data and its node tree.

    Raises:
        ConfigError: The text is not valid YAML or its top level is not a mapping.
    """
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark
        line = mark.line + 1 if mark is not None else None
        raise ConfigError(source, f"not valid YAML: {e.problem}", line=line) from e
    except yaml.YAMLError as e:
        raise ConfigError(source, f"not valid YAML: {e}") from e
    if data is None:
        raise ConfigError(source, "the file is empty")
    if not isinstance(data, dict):
        raise ConfigError(source, "the top level must be a mapping of keys to values", line=1)
    return data, node


def validate(model: type[M], data: dict[str, Any], node: yaml.Node | None,
                           source: str) -> M:
    """Validate `data` as `model`, raising a ConfigError for the first problem found."""
    try:
        return model.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        loc = tuple(err["loc"])
        located = err.get("ctx", {}).get("error")
        if isinstance(located, LocatedValueError):
            loc += located.loc
        problem = err["msg"]
        if err["type"] == "extra_forbidden":
            problem = "unknown key (check the spelling; see the documented keys)"
        count = e.error_count()
        if count > 1:
            problem += f" (and {count - 1} more problem{'s' if count > 2 else ''})"
        raise ConfigError(source, problem, line=line_of(node, loc), field=format_loc(loc)) from e
