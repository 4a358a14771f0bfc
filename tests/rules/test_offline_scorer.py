"""Tests for rules/offline_scorer.py and the lexicons in rules/lexicons/.

Scores are checked against the documented calibration: FLAG_THRESHOLD (0.5) separates
"worth a moderator's look" from "noted". Most tables run the lexicons alone; the profanity
model is faked, except in the tests marked as using the real bundled model.
"""

import csv
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from rules.offline_scorer import EMPHASIS_CAP, FLAG_THRESHOLD, OfflineScorer
from rules.scorer import (
    IDENTITY_ATTACK,
    INSULT,
    OBSCENE,
    SEVERE_TOXICITY,
    THREAT,
    TOXICITY,
    TOXICITY_KEYS,
    ToxicityScores,
)

SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture(scope="module")
def scorer() -> OfflineScorer:
    return OfflineScorer()


def _score(scorer: OfflineScorer, text: str) -> ToxicityScores:
    return scorer.predict([text])[0]


# --- Abuse aimed at people ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # name-calling, standalone epithets
    "Mr Nowak, what an absolute moron",
    "Gary's a knobhead, ignore him",
    "the year 6 teacher is a knob. there I said it",
    # context words aimed at someone
    "shut up Gemma you absolute melt",
    "Cheeky cow",
    "that useless cow in the office hung up on me again",
    "Larkfield's leadership are a bunch of clowns",
    "Some of the mums in this chat are absolute snakes",
    "Miss Reid is a dozy mare",
    # demeaning descriptions of a person
    "Lily P is thick, let's be honest",
    "you lot are pathetic",
    "Nasty little girl.",
    "That Mensah woman is thick as two short planks",
    "Some parents in here are so thick they shouldn't be allowed to breed",
    # evasions: leetspeak, masks, spacing, repeats, look-alikes
    "Honestly the head is an absolute tw@t",
    "mr p is a f*cking clown",
    "i d i o t s like Mr P shouldnt be anywhere near year 6",
    "Ms Raman = w a s t e   o f   s p a c e",
    "you're such an idiooooot",
    "you're an іdіоt",
    "that kid is a propa lil sh1t",
    # obscenity aimed at someone, emoji
    "f*** off Lisa",
    "this school is a sh*thole",
    "Mr L 🤡",
    # other languages parents use
    "Pan Llewellyn to kompletny idiota",
])
def test_when_someone_is_insulted_then_insult_reaches_the_flag_threshold(
        scorer: OfflineScorer, text: str) -> None:
    assert _score(scorer, text).get(INSULT) >= FLAG_THRESHOLD


# --- Threats -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # direct
    "I'll smash his windows in, see if he thinks it's funny then",
    "Next time that woman pushes in front of me I'm going to flatten her",
    "ill batter u",
    "touch my daughter again and I'll break your legs",
    # veiled
    "Mr P wants to watch his back. I mean it.",
    "I know where she lives",
    "he'll regret suspending my lad",
    "make her life hell, I know people.",
    "That nice Audi won't look so nice after tonight",
    "she'll get a slap if she speaks to me like that again",
    # incitement
    "Someone should give that teacher a good kicking",
    "maybe a few of us should pay him a visit",
    # property
    "I'm going to burn that school down one day I swear",
    "someone should slash that woman's tyres",
    # emoji and other languages
    "Mrs Chen 🔪🔪🔪",
    "to dostanie w zęby",
])
def test_when_harm_is_threatened_then_threat_reaches_the_flag_threshold(
        scorer: OfflineScorer, text: str) -> None:
    assert _score(scorer, text).get(THREAT) >= FLAG_THRESHOLD


# --- Hate ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # stereotypes and sweeping claims
    "Teodor's lot are all the same, Romanians nick everything",
    "no offence but the muslim dads at pick up are scary",
    "These Eastern Europeans come over here and their kids run riot",
    "Polish parents are always so rude",
    # exclusion and belonging
    "If they want Diwali they can go back to India",
    "she talks like she's fresh off the boat",
    "half the kids can't even speak English",
    "gay teachers shouldn't be teaching little kids",
    "Mx Ellery needs to decide if they're a man or a woman",
    # tokenism, religion, disability
    "they needed a black face on the leadership team. Diversity hire.",
    "she wears that thing on her head",
    "Why do SEN kids even go to a normal school",
    # slurs, including masked ones
    "the 'nurture group' is just the r3tard class",
    "these g*po families",
    "what a spaz",
])
def test_when_a_group_is_attacked_then_identity_attack_reaches_the_flag_threshold(
        scorer: OfflineScorer, text: str) -> None:
    assert _score(scorer, text).get(IDENTITY_ATTACK) >= FLAG_THRESHOLD


# --- Clean messages that look risky -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    # figurative violence
    "I absolutely killed it at the PTA quiz night 😂",
    "I nearly died laughing at the nativity",
    "This heat is killing me",
    "We're going to murder the other classes at sports day 💪",
    "I'm going to kill my husband, he washed the PE kit with a red sock 😂",
    "Whoever invented the school run should be shot 😂",
    "I could murder a coffee",
    "Can someone shoot me a message with the details?",
    "We smashed our reading target!",
    # swearing as emphasis, nobody targeted
    "bloody hell this rain",
    "shit forgot the cake sale is today",
    "this traffic on the bypass is a f***ing nightmare",
    "Sod it, I'm buying the costume",
    # self-directed, reported or affectionate name-calling
    "I'm such an idiot, sent the money to the wrong class",
    "Sorry for being a muppet earlier!",
    "Jake called my son an idiot at lunch, anyone else had this?",
    "Cheeky monkey hid his brother's shoes",
    "Dave you absolute legend",
    "He was the class clown",
    # everyday words that contain or resemble offensive ones
    "Scunthorpe trip leaves at 8:15",
    "The Dickens assembly was lovely, class assessment next week",
    "Rehearsals for Dick Whittington are on Tuesday",
    "Who's coming to the cocktail night?",
    "She's going as a witch for Halloween",
    "The kids loved the cows and pigs on the farm trip",
    "The Muppet Christmas Carol is on for the last day",
    # identity words in neutral or warm sentences
    "Happy Diwali to everyone celebrating",
    "Ramadan Mubarak to everyone fasting",
    "count me in for a Jamaican patty stall",
    "Mr Nowak is doing a Polish traditions day",
    "My son is autistic and struggles with noise",
    "Gay and lesbian parents group meets on Thursdays",
    "The black and white cat is back in the playground",
    "He said 'go back to your own country' to my son, I've reported it",
    # numbers, phones, times, prices
    "Absences go through the office, 01632 960418, option 1",
    "Side gate by the hall, 3:15. £45 for shoes",
    # criticism that is not name-calling
    "The new behaviour policy is ridiculous",
    "This school's homework policy is a joke",
    "Mrs Whitcombe is a joke of a headteacher",
])
def test_when_message_is_clean_then_no_score_reaches_the_flag_threshold(
        scorer: OfflineScorer, text: str) -> None:
    scores = _score(scorer, text)
    assert {k: v for k, v in scores.values.items() if v >= FLAG_THRESHOLD} == {}


@pytest.mark.parametrize(("neutral", "hostile"), [
    ("Sara is a wonderful lesbian", "Sara is a disgusting lesbian"),
    ("Being muslim is great", "Being muslim is stupid"),
    ("You are a kind indian", "You are a horrible indian"),
    ("hug trans", "I hate trans"),
    ("Jim is a friendly sikh", "Jim is a vile sikh"),
])
def test_when_identity_word_is_in_a_template_then_only_the_hostile_one_scores(
        scorer: OfflineScorer, neutral: str, hostile: str) -> None:
    assert max(_score(scorer, neutral).values.values()) < FLAG_THRESHOLD
    worst = _score(scorer, hostile)
    assert max(worst.get(INSULT), worst.get(IDENTITY_ATTACK)) >= FLAG_THRESHOLD


# --- Calibration and explanations --------------------------------------------------------------

def test_when_threat_is_plainly_a_joke_then_it_is_damped_below_the_threshold(
        scorer: OfflineScorer) -> None:
    assert _score(scorer, "I'll kill him").get(THREAT) >= FLAG_THRESHOLD
    assert _score(scorer, "I'll kill him 😂😂").get(THREAT) < FLAG_THRESHOLD


def test_when_message_is_a_threat_then_toxicity_stays_below_the_abuse_threshold(
        scorer: OfflineScorer) -> None:
    scores = _score(scorer, "I'll smash his windows in")
    assert scores.get(THREAT) >= 0.8
    assert scores.get(TOXICITY) <= EMPHASIS_CAP
    assert scores.get(SEVERE_TOXICITY) < FLAG_THRESHOLD


def test_when_a_slur_is_used_then_severe_toxicity_is_high(scorer: OfflineScorer) -> None:
    scores = _score(scorer, "what a spaz")
    assert scores.get(SEVERE_TOXICITY) >= 0.9
    assert scores.get(TOXICITY) >= 0.9


@pytest.mark.parametrize(("text", "label", "typed"), [
    ("Honestly the head is an absolute tw@t", INSULT, "tw@t"),
    ("Ms Raman = w a s t e   o f   s p a c e", INSULT, "w a s t e   o f   s p a c e"),
    ("shut up Gemma you absolute melt", INSULT, "melt"),
    ("😂 you're an іdіоt 😂", INSULT, "іdіоt"),
    ("Mr P wants to watch his back.", THREAT, "watch his back"),
    ("these g*po families", IDENTITY_ATTACK, "g*po"),
])
def test_when_lexicon_hits_then_evidence_points_at_the_typed_words(
        scorer: OfflineScorer, text: str, label: str, typed: str) -> None:
    start, end = _score(scorer, text).evidence[label]
    assert text[start:end] == typed


@pytest.mark.parametrize("text", [
    "Honestly the head is an absolute tw@t", "f*** off Lisa", "what a spaz",
    "mr p is a f*cking clown", "I'll smash his windows in", "Romanians nick everything",
])
def test_when_reasons_are_given_then_they_name_the_category_not_the_word(
        scorer: OfflineScorer, text: str) -> None:
    scores = _score(scorer, text)
    assert scores.reasons
    offensive = {"twat", "tw@t", "f***", "fuck", "spaz", "clown", "smash", "nick"}
    for reason in scores.reasons.values():
        assert not any(word in reason.lower() for word in offensive), reason


# --- The profanity model's part ----------------------------------------------------------------

class _FakeProfanity:
    """Returns a fixed probability and counts calls."""

    def __init__(self, prob: float) -> None:
        self.prob = prob
        self.calls: list[list[str]] = []

    def __call__(self, texts: list[str]) -> Sequence[float]:
        self.calls.append(list(texts))
        return [self.prob] * len(texts)


def test_when_a_batch_is_scored_then_profanity_model_is_called_once_with_model_text() -> None:
    fake = _FakeProfanity(0.1)
    scorer = OfflineScorer(profanity_prob=fake)
    out = scorer.predict(["hello", "f*** off", "i d i o t"])
    assert len(out) == 3
    assert len(fake.calls) == 1
    assert fake.calls[0][0] == "hello"
    assert "*" not in fake.calls[0][1]  # masked word filled in for the model
    assert fake.calls[0][2] == "idiot"
    assert scorer.name == "offline:alt-profanity-check+lexicons"
    assert OfflineScorer().name == "offline:lexicons"


def test_when_profanity_is_certain_but_untargeted_then_it_stays_at_emphasis_level() -> None:
    scores = OfflineScorer(profanity_prob=_FakeProfanity(0.99)).predict(
        ["shit forgot the cake sale"])[0]
    assert scores.get(OBSCENE) <= EMPHASIS_CAP
    assert scores.get(TOXICITY) <= EMPHASIS_CAP
    assert scores.get(INSULT) == 0.0


def test_when_profanity_model_fails_then_lexicons_still_score(
        caplog: pytest.LogCaptureFixture) -> None:
    def broken(texts: list[str]) -> Sequence[float]:
        raise RuntimeError("model file missing")

    scores = OfflineScorer(profanity_prob=broken).predict(["you absolute melt", "hi"])
    assert scores[0].get(INSULT) >= FLAG_THRESHOLD
    assert "failed" in caplog.text


def test_when_profanity_model_returns_wrong_length_then_it_is_ignored() -> None:
    scores = OfflineScorer(profanity_prob=lambda texts: [0.9]).predict(["a", "b"])
    assert [s.get(TOXICITY) for s in scores] == [0.0, 0.0]


@pytest.mark.parametrize("text", [
    "", "😂😂😂", "\u202e\u200b\u0000", "a" * 10_000, "f*** " * 2_000, "idiot " * 1_700,
    "@" * 500, "\ufeff", "ｆｕｃｋ", "3:15 £45 01632 960418",
])
def test_when_input_is_unusual_then_predict_returns_every_label(scorer: OfflineScorer,
                                                                 text: str) -> None:
    scores = _score(scorer, text)
    assert set(scores.values) == set(TOXICITY_KEYS)
    assert all(0.0 <= v <= 1.0 for v in scores.values.values())
    for start, end in scores.evidence.values():
        assert 0 <= start < end <= len(text)


def test_when_no_texts_are_given_then_predict_returns_nothing() -> None:
    fake = _FakeProfanity(0.5)
    assert OfflineScorer(profanity_prob=fake).predict([]) == []
    assert fake.calls == []


# --- With the real bundled profanity model ------------------------------------------------------

def test_when_fast_profanity_path_is_used_then_it_matches_the_library() -> None:
    pytest.importorskip("profanity_check")
    from profanity_check import predict_prob

    from bot.offline_model import load_profanity_prob

    texts = ["you absolute idiot", "thanks for the cake x", "what the f*** is this", "",
             "Mr Nowak, what an absolute moron. Sent my kid home in the wrong coat AGAIN"]
    fast = load_profanity_prob()
    assert fast is not predict_prob
    assert list(fast(texts)) == pytest.approx(list(predict_prob(texts)), abs=1e-9)


# --- Against the shared corpora (skipped without ../shared) -------------------------------------

needs_shared = pytest.mark.skipif(not SHARED.is_dir(),
                                  reason=f"shared corpora not found at {SHARED}")


@pytest.mark.shared
@needs_shared
def test_when_identity_templates_are_neutral_then_almost_none_are_flagged(
        scorer: OfflineScorer) -> None:
    path = SHARED / "corpora" / "abuse" / "identity-templates" / "en_sentence_templates.csv"
    with path.open(encoding="utf-8") as fh:
        neutral = [r["phrase"] for r in csv.DictReader(fh) if r["toxicity"] == "nontoxic"]
    sample = neutral[::10]
    flagged = [t for t, s in zip(sample, scorer.predict(sample), strict=True)
               if max(s.values.values()) >= FLAG_THRESHOLD]
    assert len(flagged) <= 0.01 * len(sample), flagged[:10]


@pytest.mark.shared
@needs_shared
def test_when_dev_set_is_scored_then_clean_messages_stay_below_the_threshold(
        scorer: OfflineScorer) -> None:
    path = SHARED / "eval" / "parent-chat-dev" / "messages.jsonl"
    with path.open(encoding="utf-8") as fh:
        messages = [json.loads(line) for line in fh if line.strip()]
    clean = [m["text"] for m in messages if not m["labels"]]
    flagged = [t for t, s in zip(clean, scorer.predict(clean), strict=True)
               if max(s.values.values()) >= FLAG_THRESHOLD]
    assert len(flagged) <= 0.02 * len(clean), flagged
    threats = [m["text"] for m in messages if "threat" in m["labels"]]
    caught = sum(s.get(THREAT) >= FLAG_THRESHOLD for s in scorer.predict(threats))
    assert caught >= 0.85 * len(threats)


# --- Pre-check strings --------------------------------------------------------------------------

def test_when_needles_overlap_or_share_a_prefix_then_the_index_finds_them_all() -> None:
    from rules.lexicons.compiled import NeedleIndex

    index = NeedleIndex(frozenset({"watch", "watching", "atch", "won't", "ll not", "zebra"}))
    assert index.present("i won't be watching, he'll not") == {
        "watch", "watching", "atch", "won't", "ll not"}
    assert index.present("") == frozenset()


def test_when_a_pattern_names_its_needles_then_they_replace_the_derived_ones() -> None:
    from rules.lexicons.compiled import CompiledRule

    rule = CompiledRule.build(r"(?#needles:tick,fill)\b(?:she|he)\s+(?:tick|fill)s?\b", 0.6)
    assert rule.needles == {"tick", "fill"}
    assert rule.regex.pattern.startswith("(?:she")
