"""The engine end to end over the pure layer: messages in, verdicts out."""

import pytest
from wordfreq import zipf_frequency

from rules.engine import Engine
from rules.findings import Finding
from rules.labels import ABUSE, SAFEGUARDING, STAFF_NAMED_NEGATIVELY, THREAT
from rules.message import Message
from rules.scorer import NullScorer, ToxicityScores
from rules.verdict import ALERT_SAFEGUARDING_LEAD, DELETE, OPEN_CASE, REMIND
from tests.helpers.parsed import blank_nlp, example_school
from tests.helpers.rulebook import engine_rulebook


class FixedDetector:
    """Fires the given labels on messages containing a trigger word."""

    name = "fixed"
    labels = frozenset({THREAT, SAFEGUARDING, ABUSE})

    def __init__(self, trigger: str, *labels: str):
        self.trigger = trigger
        self.fire = labels

    def detect(self, parsed):
        if self.trigger not in parsed.text:
            return []
        return [Finding(label, self.name, 0.9, 0.5, None, None, "test") for label in self.fire]


class CountingScorer(NullScorer):
    """Records how many times and with how many texts it was called."""

    def __init__(self):
        self.calls: list[int] = []

    def predict(self, texts):
        self.calls.append(len(texts))
        return super().predict(texts)


def zipf(word: str) -> float:
    return zipf_frequency(word, "en")


def make_engine(detectors=None, scorer=None) -> Engine:
    return Engine(example_school(), engine_rulebook(), scorer or NullScorer(), blank_nlp(), zipf,
                  detectors=detectors)


def test_when_a_batch_is_scored_then_the_scorer_is_called_once_and_order_is_kept():
    scorer = CountingScorer()
    engine = make_engine(scorer=scorer)
    msgs = [Message(text=f"hello {i}", id=str(i)) for i in range(10)]
    verdicts = engine.score(msgs)
    assert [v.message_id for v in verdicts] == [str(i) for i in range(10)]
    assert scorer.calls == [10]


def test_when_staff_is_criticised_then_reminder_points_to_channel_without_quoting():
    text = "Miss Hope is useless, she lost my son's reading folder"
    verdict = make_engine().score([Message(text=text, id="m1")])[0]
    assert STAFF_NAMED_NEGATIVELY in verdict.labels
    assert [b.clause_id for b in verdict.breaches] == ["respect.staff"]
    assert verdict.reminder is not None
    assert "a meeting with the class teacher" in verdict.reminder
    assert "useless" not in verdict.reminder.lower()
    assert verdict.actions == {REMIND, "ladder"}


def test_when_a_threat_and_abuse_fire_then_most_severe_clause_leads():
    engine = make_engine(detectors=[FixedDetector("TRIGGER", THREAT, ABUSE)])
    verdict = engine.score([Message(text="TRIGGER")])[0]
    assert [b.clause_id for b in verdict.breaches] == ["safety.threats", "respect.staff"]
    assert verdict.severity == "high"
    assert "keep this group safe" in verdict.reminder
    assert {OPEN_CASE, DELETE, REMIND} <= verdict.actions


def test_when_safeguarding_fires_then_no_public_reminder_and_lead_is_alerted():
    engine = make_engine(detectors=[FixedDetector("TRIGGER", SAFEGUARDING)])
    verdict = engine.score([Message(text="TRIGGER")])[0]
    assert verdict.reminder is None
    assert REMIND not in verdict.actions
    assert ALERT_SAFEGUARDING_LEAD in verdict.actions


def test_when_staff_send_the_message_then_it_is_exempt():
    engine = make_engine(detectors=[FixedDetector("TRIGGER", THREAT)])
    verdict = engine.score([Message(text="TRIGGER", sender_role="staff")])[0]
    assert verdict.clean
    assert verdict.exempt and "staff" in verdict.exempt


@pytest.mark.parametrize("text", [
    "",                                   # empty
    "a" * 10_000,                         # very long
    "word " * 4_000,                      # long, many tokens
    "😀😀😀🎉",                            # only emoji
    "\u202e\u200f\u0000\u0007 hi \u2066",  # control and direction characters
    "\n\n\t ",                            # whitespace only
])
def test_when_input_is_odd_then_verdict_is_clean_not_a_crash(text):
    verdict = make_engine().score([Message(text=text)])[0]
    assert verdict.clean


def test_when_toxicity_scores_are_high_then_the_toxicity_detector_labels_them():
    class Scorer(NullScorer):
        def predict(self, texts):
            return [ToxicityScores({"threat": 0.95, "insult": 0.1}) for _ in texts]

    verdict = make_engine(scorer=Scorer()).score([Message(text="whatever")])[0]
    assert THREAT in verdict.labels
    finding = next(f for f in verdict.findings if f.label == THREAT)
    assert finding.detector == "toxicity" and finding.score == 0.95


def test_when_safeguarding_concerns_a_named_pupil_then_it_is_also_a_disclosure():
    class Worry:
        name = "worry"
        labels = frozenset({SAFEGUARDING})

        def detect(self, parsed):
            return [Finding(SAFEGUARDING, self.name, 0.9, 0.5, 0, 5, "test", "pupil:Sam T")]

    verdict = make_engine(detectors=[Worry()]).score([Message(text="Sam T ...")])[0]
    implied = [f for f in verdict.findings if f.detector == "engine"]
    assert [(f.label, f.target) for f in implied] == [("confidential", "pupil:Sam T")]


def test_when_the_threat_is_about_the_writers_own_child_then_no_child_is_at_risk():
    class Threat:
        name = "threat"
        labels = frozenset({THREAT})

        def detect(self, parsed):
            return [Finding(THREAT, self.name, 0.9, 0.5, 0, 5, "test", None)]

    own = make_engine(detectors=[Threat()]).score(
        [Message(text="I'll smash their windows if they don't sort our Sam T's place out")])[0]
    other = make_engine(detectors=[Threat()]).score(
        [Message(text="I'll smash his windows if Sam T comes near my son again")])[0]
    assert "safeguarding" not in own.labels and "pupil_named_negatively" not in own.labels
    assert "safeguarding" in other.labels


def test_when_a_named_pupil_is_threatened_then_no_disclosure_is_implied():
    class Threat:
        name = "threat"
        labels = frozenset({SAFEGUARDING, THREAT})

        def detect(self, parsed):
            return [Finding(label, self.name, 0.9, 0.5, 0, 5, "test", "pupil:Sam T")
                    for label in (SAFEGUARDING, THREAT)]

    verdict = make_engine(detectors=[Threat()]).score([Message(text="Sam T ...")])[0]
    assert "confidential" not in verdict.labels


def test_when_a_backstop_repeats_a_label_already_found_then_it_adds_nothing():
    class Backstop(FixedDetector):
        name = "backstop"
        backstop = True

    engine = make_engine(detectors=[FixedDetector("TRIGGER", THREAT),
                                    Backstop("TRIGGER", THREAT, ABUSE)])
    verdict = engine.score([Message(text="TRIGGER")])[0]
    assert sorted((f.label, f.detector) for f in verdict.findings) == [
        (ABUSE, "backstop"), (THREAT, "fixed")]


def test_a_worry_that_a_named_child_is_at_risk_is_not_criticism_of_the_child() -> None:
    from bot.demo import demo_school
    from bot.loading import build_engine
    from rules.scorer import NullScorer

    engine = build_engine(demo_school(), NullScorer())
    [verdict] = engine.score([Message(text="Olivia S came in with bruises again, I think her "
                                           "dad hits her")])
    assert "safeguarding" in verdict.labels
    assert "pupil_named_negatively" not in verdict.labels
    [blame] = engine.score([Message(text="Olivia S is a little liar, don't believe her")])
    assert "pupil_named_negatively" in blame.labels
