"""School files: the contract's shape loads, names and pupils parse, and broken files fail
naming the file, line and field."""

from datetime import time

import pytest

from rules.config_errors import ConfigError
from rules.school import Pupil, SchoolConfig, StaffMember, load_school, unknown_keys

# The evaluation contract's school file shape, copied inline so the tests never read
# ../shared (names are fictional).
CONTRACT_SCHOOL_YAML = """
school: "Larkfield Primary School"
timezone: Europe/London
working_hours: "08:00-17:00"
staff:
  - name: "Mrs Helen Whitcombe"
    role: "Headteacher"
    aliases: ["Mrs W", "the head", "Helen"]
  - name: "Mr Tunde Adebayo"
    role: "Deputy Headteacher and Designated Safeguarding Lead"
    aliases: ["Mr A", "Mr Ade", "the deputy"]
  - name: "Ms Priya Raman"
    role: "SENCo"
    aliases: ["Ms R", "Miss Priya", "the SENCo"]
  - name: "Mrs Mei Lin Chen"
    role: "Year 4 class teacher"
    aliases: ["Mrs C", "Mrs Chen"]
  - name: "Mx Jordan Ellery"
    role: "Teaching Assistant and after-school club lead"
    aliases: ["Mx E", "Jordan"]
pupils:
  - "Alfie B"
  - "Harley-Rose T"
  - "Ruby-Mae C"
  - "Teodor M"
"""


def _error(text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_school(text, "school.yaml")
    return info.value


def test_when_contract_shape_is_loaded_then_every_field_is_read():
    school = load_school(CONTRACT_SCHOOL_YAML, "school.yaml")

    assert school.school == "Larkfield Primary School"
    assert school.timezone == "Europe/London"
    assert school.hours == (time(8, 0), time(17, 0))
    assert [m.name for m in school.staff] == [
        "Mrs Helen Whitcombe", "Mr Tunde Adebayo", "Ms Priya Raman", "Mrs Mei Lin Chen",
        "Mx Jordan Ellery"]
    assert school.staff[1].role == "Deputy Headteacher and Designated Safeguarding Lead"
    assert school.staff[2].aliases == ["Ms R", "Miss Priya", "the SENCo"]
    assert school.pupils == [Pupil(first_name="Alfie", initial="B"),
                             Pupil(first_name="Harley-Rose", initial="T"),
                             Pupil(first_name="Ruby-Mae", initial="C"),
                             Pupil(first_name="Teodor", initial="M")]
    assert unknown_keys(school) == []


def test_when_only_the_name_is_given_then_defaults_fill_the_rest():
    school = load_school("school: Tiny Primary\nstaff:\npupils:\n")

    assert school.timezone == "Europe/London"
    assert school.hours == (time(8, 0), time(17, 0))
    assert school.working_days == ["mon", "tue", "wed", "thu", "fri"]
    assert (school.staff, school.pupils, school.term_dates) == ([], [], [])
    assert school.rulebook == "uk-primary"
    assert school.thresholds.frequent_staff_messages_per_day == 3
    assert school.thresholds.toxicity == 0.5


@pytest.mark.parametrize(("name", "title", "given", "surname"), [
    # title, given names, surname
    ("Mrs Mei Lin Chen", "Mrs", ["Mei", "Lin"], "Chen"),
    ("Mx Jordan Ellery", "Mx", ["Jordan"], "Ellery"),
    ("Dr Ama Owusu", "Dr", ["Ama"], "Owusu"),
    # a full stop after the title is dropped
    ("Mrs. Helen Whitcombe", "Mrs", ["Helen"], "Whitcombe"),
    # no title, or no given name
    ("Helen Whitcombe", None, ["Helen"], "Whitcombe"),
    ("Mr Ade", "Mr", [], "Ade"),
])
def test_when_staff_name_is_split_then_title_given_names_and_surname_are_found(
        name, title, given, surname):
    member = StaffMember(name=name)

    assert (member.title, member.given_names, member.surname) == (title, given, surname)


@pytest.mark.parametrize(("text", "first_name", "initial"), [
    # first name and initial
    ("Harley-Rose T", "Harley-Rose", "T"),
    ("Jayden K.", "Jayden", "K"),
    # first name only, including two-word first names
    ("Ava", "Ava", None),
    ("Mary Jane", "Mary Jane", None),
])
def test_when_pupil_entry_is_parsed_then_first_name_and_initial_are_split(
        text, first_name, initial):
    assert Pupil.parse(text) == Pupil(first_name=first_name, initial=initial)


def test_when_pupil_entry_is_blank_then_parse_raises():
    with pytest.raises(ValueError, match="a pupil entry is empty"):
        Pupil.parse("  ")


def test_when_file_has_extra_keys_then_they_load_and_unknown_keys_reports_them():
    school = load_school(
        "school: Tiny Primary\n"
        "notes: ask the office before changing\n"
        "staff:\n"
        "  - name: Mrs Anna Example\n"
        "    phone_ext: 204\n",
        "school.yaml")

    assert school.staff[0].name == "Mrs Anna Example"
    assert unknown_keys(school) == ["notes", "staff[0].phone_ext"]


@pytest.mark.parametrize(("text", "message", "line", "field"), [
    # a field is missing or wrong
    ("school: X\nstaff:\n  - role: Headteacher\n",
     "school.yaml, line 3, field staff[0].name: Field required", 3, "staff[0].name"),
    ('school: X\nworking_hours: "9-5"\n',
     'school.yaml, line 2, field working_hours: Value error, "9-5" is not "HH:MM-HH:MM", '
     'e.g. "08:00-17:00"', 2, "working_hours"),
    ("school: X\ntimezone: Europe/Londn\n",
     'school.yaml, line 2, field timezone: Value error, unknown timezone "Europe/Londn" '
     '(use e.g. "Europe/London")', 2, "timezone"),
    ("school: X\nworking_days: [mon, funday]\n",
     "school.yaml, line 2, field working_days: Value error, unknown day 'fun'; "
     "use mon, tue, wed, thu, fri, sat, sun", 2, "working_days"),
    ("school: X\nterm_dates:\n  - name: Autumn\n    start: 2025-12-19\n    end: 2025-09-03\n",
     "school.yaml, line 3, field term_dates[0]: Value error, term ends (2025-09-03) before "
     "it starts (2025-12-19)", 3, "term_dates[0]"),
    # several problems: the first is named and the rest counted
    ('school: X\nworking_hours: "9-5"\ntimezone: Nowhere/Land\n',
     'school.yaml, line 3, field timezone: Value error, unknown timezone "Nowhere/Land" '
     '(use e.g. "Europe/London") (and 1 more problem)', 3, "timezone"),
    # the school's name under the wrong key
    ("name: X\n",
     'school.yaml, field school: the school\'s name goes under "school:", not "name:"',
     None, "school"),
    # not YAML, or not a mapping
    ("school: X\nstaff: [\n  - name: a\n",
     "school.yaml, line 3: not valid YAML: expected the node content, but found '-'", 3, ""),
    ("", "school.yaml: the file is empty", None, ""),
    ("# only a comment\n", "school.yaml: the file is empty", None, ""),
    ("- school: X\n",
     "school.yaml, line 1: the top level must be a mapping of keys to values", 1, ""),
])
def test_when_school_file_is_broken_then_error_names_file_line_and_field(
        text, message, line, field):
    error = _error(text)

    assert (str(error), error.source, error.line, error.field) == (
        message, "school.yaml", line, field)


@pytest.mark.parametrize(("hours", "expected"), [
    # ordinary days
    ("08:30-16:30", (time(8, 30), time(16, 30))),
    (" 8:30 - 15:15 ", (time(8, 30), time(15, 15))),
    # 24:00 means the end of the day
    ("00:00-24:00", (time(0, 0), time(23, 59))),
])
def test_when_working_hours_are_read_then_hours_gives_local_start_and_end(hours, expected):
    school = SchoolConfig(school="X", working_hours=hours)

    assert school.hours == expected


def test_when_working_days_are_spelt_out_then_they_are_shortened():
    school = SchoolConfig(school="X", working_days=["Monday", "TUE", "wednesday"])

    assert school.working_days == ["mon", "tue", "wed"]


def test_when_staff_name_is_only_spaces_then_loading_fails():
    error = _error('school: X\nstaff:\n  - name: "   "\n')

    assert (error.line, error.field) == (3, "staff[0].name")


@pytest.mark.parametrize("hours", ["07:00-24:30", "17:00-08:00"])
def test_when_working_hours_are_impossible_then_loading_fails(hours):
    error = _error(f'school: X\nworking_hours: "{hours}"\n')

    assert (error.line, error.field) == (2, "working_hours")


def test_unknown_keys_inside_sections_are_reported_not_fatal() -> None:
    """A misspelt key ("phone" for "phones") is named, and the file still loads."""
    config = load_school("school: X\npublic_contacts:\n  phone: ['01632 960123']\n"
                         "thresholds:\n  toxicty: 0.4\n", "school.yaml")
    assert unknown_keys(config) == ["public_contacts.phone", "thresholds.toxicty"]
    assert config.public_contacts.phones == []
