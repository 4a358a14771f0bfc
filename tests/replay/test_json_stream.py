"""The piecewise JSON reader: same values as json.loads, right line numbers, clear errors."""

import io
import json

import pytest

from bot.replay.json_stream import JsonReader, JsonSyntaxError

DOC = '{\n "name": "Class 2",\n "big": [1, 2.5e3, true, null, "x"],\n "messages": [\n' \
      '  {"id": 1, "text": "caf\\u00e9 \\"quoted\\""},\n  {"id": 2,\n   "text": ["a", ' \
      '{"type": "bold", "text": "b"}]}\n ]\n}\n'


@pytest.mark.parametrize("chunk", [1, 2, 7, 64, 1 << 16])
def test_when_read_in_pieces_of_any_size_then_values_and_lines_are_exact(chunk):
    reader = JsonReader(io.StringIO(DOC), chunk=chunk)
    seen = {}
    lines = []
    for key in reader.members():
        if key == "messages":
            for _ in reader.items():
                lines.append(reader.line())
                seen.setdefault("messages", []).append(reader.value())
        else:
            seen[key] = reader.value()
    assert seen == json.loads(DOC)
    assert lines == [5, 6]


def test_when_an_array_or_object_is_empty_then_no_items_come_out():
    reader = JsonReader(io.StringIO('{"messages": [], "chats": {}}'))
    keys = []
    for key in reader.members():
        keys.append(key)
        assert list(reader.items() if key == "messages" else reader.members()) == []
    assert keys == ["messages", "chats"]


@pytest.mark.parametrize(("text", "line", "problem"), [
    ('{\n "messages": [\n  {"id": 1},\n  {"id": 2, "text": "cut off', 4,
     "Unterminated string starting at"),
    ('{\n "messages": [\n  {"id": 1}\n  {"id": 2}\n ]\n}', 4, "expected , or ], found '{'"),
    ('{\n "messages": [\n  {"id": 1},', 3, "Expecting value"),
])
def test_when_the_json_is_broken_then_the_error_names_the_line(text, line, problem):
    reader = JsonReader(io.StringIO(text), chunk=8)
    with pytest.raises(JsonSyntaxError) as e:
        for _ in reader.members():
            for _ in reader.items():
                reader.value()
    assert e.value.line == line
    assert e.value.problem.startswith(problem)
