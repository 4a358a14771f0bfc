"""The shipped rulebooks load and cover the code; broken rulebooks fail saying where and why.

Rulebook files are read here with pathlib and handed to `load_rulebook` as text, because
`rules/` never touches the file system.
"""

import re
from pathlib import Path

import pytest

from rules.config_errors import ConfigError
from rules.labels import (
    CONTENT_LABELS,
    HATE,
    OUT_OF_HOURS_CONTACT,
    PHOTO_POSTED,
    SAFEGUARDING,
    THREAT,
)
from rules.rulebook import Clause, Rulebook, load_rulebook
from rules.school import SchoolConfig, load_school

ROOT = Path(__file__).resolve().parents[2]
RULEBOOK_DIR = ROOT / "rules" / "rulebooks"
BROKEN_DIR = ROOT / "tests" / "fixtures" / "rulebooks"
EXAMPLE_SCHOOL = ROOT / "tests" / "fixtures" / "example_school.yaml"

SHIPPED_IDS = (
    "coads-green-primary",
    "goodyers-end-primary",
    "my-online-schooling",
    "pimperne-primary",
    "uk-primary",
)
SHIPPED = sorted(RULEBOOK_DIR.glob("*.yaml"))

# Words a reminder may share with the offending messages: function words and the plain
# nouns of school life. Anything else shared (an insult, an accusation) means the
# reminder echoes the message it answers, which our style forbids.
COMMON_WORDS = frozenset("""
    about again also always anyone been child children class could does each else even every
    everyone from group have head here into just know lesson lessons like make message
    messages more next office only other over parent parents please school should some staff
    teacher teachers than that their them then there they this time want were what when
    where which will with would your yours
""".split())

# People in examples: a title and a name, and a pupil's "First I" form.
_TITLED = re.compile(r"\b(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.? ([A-Z][a-z]+)")
_PUPIL = re.compile(r"\b([A-Z][a-z]+) ([A-Z])(?![\w'’])")


def _load(path: Path) -> Rulebook:
    return load_rulebook(path.read_text(encoding="utf-8"), source=path.name)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{4,}", text.lower()))


def _is_content_clause(clause: Clause) -> bool:
    return all(label in CONTENT_LABELS for label in clause.when.labels)


@pytest.fixture(scope="module")
def school() -> SchoolConfig:
    return load_school(EXAMPLE_SCHOOL.read_text(encoding="utf-8"), EXAMPLE_SCHOOL.name)


@pytest.fixture(scope="module", params=SHIPPED, ids=lambda p: p.stem)
def book(request: pytest.FixtureRequest) -> Rulebook:
    return _load(request.param)


# --- the shipped rulebooks --------------------------------------------------------------


def test_when_rulebook_folder_listed_then_every_school_ships() -> None:
    assert tuple(p.stem for p in SHIPPED) == SHIPPED_IDS


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_when_shipped_rulebook_loaded_then_its_id_matches_the_file_name(path: Path) -> None:
    assert _load(path).id == path.stem


def test_when_shipped_rulebook_loaded_then_all_content_labels_are_covered(
        book: Rulebook) -> None:
    assert book.uncovered_labels() == []


def test_when_labels_routed_then_every_clause_is_reachable(book: Rulebook) -> None:
    """A clause whose labels all go to earlier clauses would silently never fire."""
    for clause in book.clauses:
        routed = [book.clause_for(label, score=1.0) for label in clause.when.labels]
        assert clause in routed, f"{clause.id}: every label is taken by an earlier clause"


def test_when_clause_loaded_then_it_cites_a_section_of_a_titled_source(book: Rulebook) -> None:
    titles = {s.id: s.title for s in book.sources}
    for clause in book.clauses:
        assert clause.section.strip(), f"{clause.id} has no section"
        assert "todo" not in clause.section.lower(), clause.id
        assert titles[clause.source].strip(), f"{clause.source} has no title"


def test_when_safeguarding_found_then_only_the_dsl_is_told(book: Rulebook) -> None:
    clause = book.clause_for(SAFEGUARDING)
    assert clause is not None
    assert clause.then.escalate == "safeguarding_lead"
    assert clause.then.remind is False
    assert clause.then.redirect == "safeguarding_lead"
    assert clause.severity == "high"


@pytest.mark.parametrize("label", [THREAT, HATE])
def test_when_threat_or_hate_found_then_a_case_opens_and_the_message_goes(
        book: Rulebook, label: str) -> None:
    clause = book.clause_for(label)
    assert clause is not None
    assert (clause.severity, clause.then.escalate, clause.then.delete) == ("high", "case", True)


def test_when_a_photo_is_shared_then_the_clause_reminds_but_never_counts(
        book: Rulebook) -> None:
    """Any photo fires the rule (lost property too), so it must not build a case."""
    clause = book.clause_for(PHOTO_POSTED)
    if clause is None:
        pytest.skip(f"{book.id} has no photo rule")
    assert (clause.then.remind, clause.then.escalate) == (True, "none")


def test_when_staff_are_messaged_out_of_hours_then_the_ladder_follows_the_schools_code(
        book: Rulebook) -> None:
    """Repeated contact counts where the code names it as behaviour the school follows up."""
    clause = book.clause_for(OUT_OF_HOURS_CONTACT)
    if clause is None:
        pytest.skip(f"{book.id} has no out-of-hours rule")
    expected = "none" if book.id == "goodyers-end-primary" else "ladder"
    assert clause.then.escalate == expected


def test_when_escalate_is_none_then_the_rulebook_loads_and_other_values_are_refused() -> None:
    text = (RULEBOOK_DIR / "uk-primary.yaml").read_text(encoding="utf-8")
    assert load_rulebook(text).clause_for(PHOTO_POSTED).then.escalate == "none"
    broken = text.replace("escalate: none ", "escalate: never ", 1)
    with pytest.raises(ConfigError, match="'safeguarding_lead' or 'none'"):
        load_rulebook(broken, "never.yaml")


def test_when_clause_reminds_then_it_points_to_a_channel(book: Rulebook) -> None:
    for clause in book.clauses:
        assert "{channel}" in clause.reminder, clause.id


def test_when_reminder_posted_then_it_repeats_no_word_of_the_flag_examples(
        book: Rulebook) -> None:
    for clause in book.clauses:
        flagged = _words(" ".join(clause.examples.flag))
        echoed = (_words(book.reminder_text(clause)) & flagged) - COMMON_WORDS
        assert not echoed, f"{clause.id} reminder repeats {sorted(echoed)}"


def test_when_reminder_posted_then_it_names_no_staff_or_pupil(
        book: Rulebook, school: SchoolConfig) -> None:
    names = [m.name for m in school.staff] + [f"{m.title} {m.surname}" for m in school.staff]
    names += [alias for m in school.staff for alias in m.aliases if alias[0].isupper()]
    names += [p.first_name for p in school.pupils]
    for clause in book.clauses:
        text = book.reminder_text(clause)
        for name in names:
            assert not re.search(rf"\b{re.escape(name)}\b", text), (clause.id, name)


def test_when_clause_acts_on_message_text_then_it_has_flag_and_pass_examples(
        book: Rulebook) -> None:
    for clause in book.clauses:
        if _is_content_clause(clause):
            assert 2 <= len(clause.examples.flag) <= 4, clause.id
            assert 2 <= len(clause.examples.pass_) <= 4, clause.id


def test_when_examples_name_people_then_they_are_from_the_example_school(
        book: Rulebook, school: SchoolConfig) -> None:
    staff_names = {m.surname for m in school.staff}
    staff_names |= {a.split()[-1] for m in school.staff for a in m.aliases if m.title}
    pupils = {(p.first_name, p.initial) for p in school.pupils}
    for clause in book.clauses:
        for text in clause.examples.flag + clause.examples.pass_:
            for name in _TITLED.findall(text):
                assert name in staff_names, f"{clause.id}: unknown staff {name!r} in {text!r}"
            for first, initial in _PUPIL.findall(text):
                assert (first, initial) in pupils, f"{clause.id}: unknown pupil in {text!r}"


def test_when_example_school_loaded_then_it_has_staff_pupils_and_public_contacts(
        school: SchoolConfig) -> None:
    assert school.school == "Brookfield Primary School"
    assert {"Rose", "Baker", "Hope"} <= {m.surname for m in school.staff}
    assert any("Safeguarding" in m.role for m in school.staff)
    assert len(school.pupils) >= 6
    assert school.public_contacts.phones and school.public_contacts.emails
    assert school.term_dates and school.hours


# --- broken rulebooks -------------------------------------------------------------------


def test_when_minimal_fixture_loaded_then_it_is_valid() -> None:
    """The control: each broken fixture is this file with one thing changed."""
    assert _load(BROKEN_DIR / "valid_minimal.yaml").id == "broken-example"


BROKEN = [
    # (fixture, start of the message: file, line, field; a phrase of the problem)
    ("unknown_key.yaml", "unknown_key.yaml, line 24, field clauses[0].then.notify:",
     "unknown key"),
    ("unknown_label.yaml", "unknown_label.yaml, line 22, field clauses[0].when.labels:",
     'unknown label "rudeness"'),
    ("bad_severity.yaml", "bad_severity.yaml, line 19, field clauses[0].severity:",
     "'low', 'medium' or 'high'"),
    ("safeguarding_remind.yaml", "safeguarding_remind.yaml, line 28, field clauses[1]:",
     "set then.remind: false"),
    # Cross-clause checks point at the clause's own line and key.
    ("bad_redirect.yaml", "bad_redirect.yaml, line 23, field clauses[0].then.redirect:",
     'clause "respect.abuse": then.redirect "pta" is not one of the channels (office)'),
    ("duplicate_clause_id.yaml", "duplicate_clause_id.yaml, line 25, field clauses[1].id:",
     'clause id "respect.abuse" is used twice'),
    ("bad_placeholder.yaml", "bad_placeholder.yaml, line 24, field clauses[0].reminder:",
     "unknown placeholder 'chanel'"),
    ("invalid_yaml.yaml", "invalid_yaml.yaml, line 26:", "not valid YAML"),
    ("empty.yaml", "empty.yaml:", "the file is empty"),
]


@pytest.mark.parametrize(("fixture", "where", "problem"), BROKEN,
                         ids=[case[0].removesuffix(".yaml") for case in BROKEN])
def test_when_rulebook_broken_then_error_names_file_line_and_field(
        fixture: str, where: str, problem: str) -> None:
    with pytest.raises(ConfigError) as info:
        _load(BROKEN_DIR / fixture)
    message = str(info.value)
    assert message.startswith(where)
    assert problem in message


def test_when_broken_fixtures_listed_then_each_has_a_test() -> None:
    on_disk = {p.name for p in BROKEN_DIR.glob("*.yaml")} - {"valid_minimal.yaml"}
    assert on_disk == {case[0] for case in BROKEN}
