"""The school-complaint detector's cues and target markers: how a cue is built, and the
markers that send a verdict elsewhere. What the cues catch is tested through the detector in
`test_school_complaint.py`.
"""

import pytest

from rules.detectors.school_complaint_cues import ANY, CUES, NAMES, NEAR, SCORN, make_cue, rx
from rules.detectors.school_complaint_targets import OTHER_SCHOOL, STAFF_WORDS, THEY_MARKERS


def test_when_a_cue_is_built_then_word_anchors_and_literal_anchors_are_kept_apart() -> None:
    cue = make_cue(SCORN, 0.9, "joke|shambles| '|🙄", r"x", ANY)
    assert (cue.anchors, cue.literals) == (frozenset({"joke", "sham"}), (" '", "🙄"))


def test_when_the_table_is_read_then_every_cue_builds_with_a_known_scope() -> None:
    for category, weight, anchors, regex, scope in CUES:
        cue = make_cue(category, weight, anchors, regex.replace("{names}", "x"), scope)
        assert cue.scope in (NAMES, NEAR, ANY) and (cue.anchors or cue.literals)


@pytest.mark.parametrize("text", ["doesn't", "doesn’t", "doesnt"])
def test_when_a_pattern_has_a_straight_quote_then_any_apostrophe_or_none_matches(
        text: str) -> None:
    assert rx(r"\bdoesn't\b").search(text)


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    # another school is not this one
    (OTHER_SCHOOL, "our old school was a shambles", True),
    (OTHER_SCHOOL, "this school is a shambles", False),
    # a person on the staff, even when the people matcher missed them
    (STAFF_WORDS, "mrs k said no", True),
    (STAFF_WORDS, "the headteacher said no", True),
    # "they" as the school, but not "they are only kids"
    (THEY_MARKERS, "they've cancelled it again", True),
    (THEY_MARKERS, "they are only kids", False),
])
def test_when_a_marker_is_looked_for_then_it_matches_only_its_reading(
        pattern, text: str, matches: bool) -> None:
    assert (pattern.search(text) is not None) == matches
