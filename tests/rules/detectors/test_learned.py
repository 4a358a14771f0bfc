"""The learned backstop: placeholder text, batched model, thresholded detector."""

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from rules.detectors.base import Mention
from rules.detectors.learned import (
    LabelModel,
    LearnedDetector,
    LearnedModel,
    placeholder_text,
)
from rules.labels import SCHOOL_COMPLAINT, STAFF_NAMED_NEGATIVELY
from rules.school import school_short_forms
from tests.helpers.parsed import make_parsed

HOPE = Mention("staff", "Miss Clare Hope", 0, 9, "title+surname")
SAM = Mention("pupil", "Sam T", 14, 19, "pupil name")


@pytest.mark.parametrize(("text", "mentions", "expected"), [
    # people become placeholders, so the model learns wording, not names
    ("Miss Hope and Sam T were late", [HOPE, SAM], " staffx  and  pupilx  were late"),
    # the school's name and its short form become SCHOOL; digits become 0
    ("Brookfield is the worst, 10 fines", [], " schoolx  is the worst, 00 fines"),
    # nothing to replace
    ("PE is on Tuesday", [], "pe is on tuesday"),
    # the school's initials ("bps") only count as a whole word, never inside one
    ("BPS helps with lps and bpsx", [], " schoolx  helps with lps and bpsx"),
])
def test_when_text_is_prepared_then_people_school_and_digits_are_replaced(text, mentions,
                                                                          expected):
    names = school_short_forms("Brookfield Primary School")
    assert placeholder_text(text, mentions, names) == expected


def test_when_school_name_has_common_words_then_short_form_drops_them():
    forms = school_short_forms("St Aidan's CE Primary School")
    assert forms[0] == "st aidan's ce primary school"
    assert "st aidan's" in forms and "aidan's" not in forms


def test_when_probability_reaches_threshold_then_finding_fires_with_target():
    detector = LearnedDetector({STAFF_NAMED_NEGATIVELY: 0.7, SCHOOL_COMPLAINT: 0.6})
    parsed = make_parsed("Miss Hope never listens", mentions=[HOPE])
    parsed.learned = {STAFF_NAMED_NEGATIVELY: 0.81, SCHOOL_COMPLAINT: 0.2}
    [finding] = detector.detect(parsed)
    assert finding.label == STAFF_NAMED_NEGATIVELY
    assert finding.score == 0.81 and finding.threshold == 0.7
    assert finding.target == "staff:Miss Clare Hope"
    assert "learned model" in finding.reason


def test_when_a_person_label_has_no_such_person_mentioned_then_it_does_not_fire():
    detector = LearnedDetector({STAFF_NAMED_NEGATIVELY: 0.5})
    parsed = make_parsed("they never listen")
    parsed.learned = {STAFF_NAMED_NEGATIVELY: 0.99}
    assert detector.detect(parsed) == []


def test_when_model_predicts_a_batch_then_each_message_gets_every_label():
    texts = ["the school is a joke", "pe is on tuesday", "this school never listens",
             "thanks for the lovely assembly"]
    word = TfidfVectorizer().fit(texts)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3)).fit(texts)
    width = len(word.vocabulary_) + len(char.vocabulary_)
    weights = np.zeros(width, dtype=np.float32)
    weights[word.vocabulary_["school"]] = 5.0
    model = LearnedModel(word, char, [LabelModel(SCHOOL_COMPLAINT, weights, -2.0, 0.5)])
    probs = model.predict([make_parsed("this school again"), make_parsed("lovely assembly")])
    assert list(probs[0]) == [SCHOOL_COMPLAINT]
    assert probs[0][SCHOOL_COMPLAINT] > 0.5 > probs[1][SCHOOL_COMPLAINT]
    assert model.predict([]) == []
