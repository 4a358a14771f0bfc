"""Train the learned detector's per-label models and write rules/data/learned_labels.npz.

    .venv/bin/python scripts/train_learned_detector.py [SET_DIR ...]

Each SET_DIR holds messages.jsonl and school.yaml in the evaluation contract's format. The
default sets are the dev set (../shared/eval/parent-chat-dev), the fixtures that have been
read while developing (tests/fixtures/heldout to heldout4) and scripts/training_data*/
(messages written for training, each for its own fictional school). Keep the blind sets
(heldout5 to heldout9) out of training: docs/quality.md's figures for unseen schools are
measured on them.

The model is a backstop: it matters only where the rule-based detectors (offline scorer) say
nothing. So for each label the threshold is chosen on out-of-fold predictions (each set held
out in turn) as the one that gives the rules and the model together their best F1, provided
the messages the model adds on its own are right at least MIN_PRECISION of the time
(HIGH_STAKES for labels whose clauses open a case and may remove the message), counting only
messages the detector may fire on at all. Each label's model is fitted only on those
messages (a person label on messages naming that kind of person), in the folds and finally on
all of them.

The rules are run with the offline scorer, the configuration the quality figures describe.
With Detoxify active (`KINDLY_SCORER=auto` and its weights present) the rules catch more, so
what the model adds, and how often it is right, will differ from these figures.
"""

import sys
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import LeaveOneGroupOut

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.evaluation import read_labelled_set  # noqa: E402
from bot.loading import build_engine, read_school  # noqa: E402
from bot.scorers import ScorerSettings, build_scorer  # noqa: E402
from rules.detectors.learned import may_report, placeholder_text  # noqa: E402
from rules.labels import CONTENT_LABELS  # noqa: E402
from rules.school import school_short_forms  # noqa: E402
from rules.scorer import NullScorer  # noqa: E402

# Blind sets still being measured (heldout5 to heldout9) stay out of training.
TRAINED_ON_FIXTURES = ("heldout", "heldout2", "heldout3", "heldout4")
DEFAULT_SETS = [ROOT.parent / "shared" / "eval" / "parent-chat-dev",
                *(ROOT / "tests" / "fixtures" / name for name in TRAINED_ON_FIXTURES),
                *sorted(p for p in (ROOT / "scripts").glob("training_data*")
                        if (p / "messages.jsonl").exists())]
OUT = ROOT / "rules" / "data" / "learned_labels.npz"
MIN_PRECISION = 0.80
# Findings of these labels open a case and can remove the message: they need more precision.
HIGH_STAKES = {"threat": 0.85, "hate": 0.85, "confidential": 0.85}
C = 4.0
# No threshold below this. Fitted with balanced class weights, 0.5 is a coin toss: a parent
# should not get a reminder on one ("Miss Hope put the spellings in the book bags" scored 0.50
# for staff criticism when the search could go down to 0.5).
FLOOR = 0.60


def load(set_dirs: list[Path]) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray,
                                         np.ndarray]:
    """Placeholder texts, a label matrix, where the detector may fire at all, what the
    rule-based detectors already flag, and which set each message came from.

    The detector reports a label only where `may_report` allows it
    (rules/detectors/learned.py); thresholds are chosen under the same rule.
    """
    offline, _ = build_scorer(ScorerSettings().with_backend("offline"))
    texts, rows, eligible, by_rules, groups = [], [], [], [], []
    for number, folder in enumerate(set_dirs):
        school = read_school(folder / "school.yaml")
        engine = build_engine(school, NullScorer(), learned=False)
        rules_only = build_engine(school, offline, learned=False)
        items = read_labelled_set(folder / "messages.jsonl")
        names = school_short_forms(school.school)
        messages = [i.message for i in items]
        verdicts = rules_only.score(messages)
        for item, parsed, verdict in zip(items, engine.analyse(messages), verdicts, strict=True):
            texts.append(placeholder_text(parsed.text, parsed.mentions, names))
            rows.append([label in item.labels for label in CONTENT_LABELS])
            eligible.append([may_report(parsed, label) for label in CONTENT_LABELS])
            by_rules.append([label in verdict.labels for label in CONTENT_LABELS])
            groups.append(number)
    return (texts, np.array(rows, dtype=int), np.array(eligible, dtype=bool),
            np.array(by_rules, dtype=bool), np.array(groups))


def vectorizers() -> tuple[TfidfVectorizer, TfidfVectorizer]:
    """The word and character feature extractors (settings mirrored in bot/learned_model.py)."""
    word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=6000, sublinear_tf=True,
                           lowercase=False, token_pattern=r"(?u)\b\w+\b")
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                           max_features=14000, sublinear_tf=True, lowercase=False)
    return word, char


def features(texts: list[str], fit_on: list[str]):  # noqa: ANN201
    word, char = vectorizers()
    word.fit(fit_on)
    char.fit(fit_on)
    return hstack([word.transform(texts), char.transform(texts)]).tocsr(), word, char


def choose_threshold(y: np.ndarray, p: np.ndarray, by_rules: np.ndarray,
                     min_precision: float) -> tuple[float, float, float, float, int]:
    """The threshold giving rules + model their best F1 while what the model adds alone is
    right at least `min_precision` of the time.

    Returns:
        (threshold, precision, recall, F1 of rules + model, messages the model adds).
    """
    def scores(pred: np.ndarray) -> tuple[float, float, float]:
        tp = int((pred & (y == 1)).sum())
        if not tp:
            return 0.0, 0.0, 0.0
        precision, recall = tp / pred.sum(), tp / (y == 1).sum()
        return precision, recall, 2 * precision * recall / (precision + recall)

    best = (1.0, *scores(by_rules), 0)
    for t in np.arange(FLOOR, 0.99, 0.01):
        added = (p >= t) & ~by_rules
        if not added.any() or (added & (y == 1)).sum() / added.sum() < min_precision:
            continue
        precision, recall, f1 = scores(by_rules | added)
        if f1 > best[3]:
            best = (round(float(t), 2), precision, recall, f1, int(added.sum()))
    return best


def main() -> None:
    sets = [Path(a) for a in sys.argv[1:] if not a.startswith("--")] or DEFAULT_SETS
    texts, y, eligible, by_rules, groups = load(sets)
    print(f"{len(texts)} messages from {len(sets)} sets")
    oof = np.zeros(y.shape)
    # Each set is held out whole: a school's writers share wording, so random folds would
    # let the model see the held-out school's style and overstate what it adds.
    for train, test in LeaveOneGroupOut().split(texts, groups=groups):
        x_all, _, _ = features(texts, [texts[i] for i in train])
        for j in range(y.shape[1]):
            # Fitted only where the detector may fire: for a person label, messages that name
            # that kind of person, so it learns criticism from neutral mentions, not mentions.
            fit = train[eligible[train, j]]
            if y[fit, j].sum() < 3:
                continue
            model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
            model.fit(x_all[fit], y[fit, j])
            oof[test, j] = model.predict_proba(x_all[test])[:, 1]
    x_all, word, char = features(texts, texts)
    coefs, intercepts, thresholds = [], [], []
    for j, label in enumerate(CONTENT_LABELS):
        rules_f1 = choose_threshold(y[:, j], np.zeros(len(y)), by_rules[:, j], 1.0)[3]
        t, precision, recall, f1, added = choose_threshold(
            y[:, j], oof[:, j] * eligible[:, j], by_rules[:, j],
            HIGH_STAKES.get(label, MIN_PRECISION))
        if "--curve" in sys.argv:
            for tt in (0.5, 0.6, 0.7, 0.8, 0.9):
                pr = (oof[:, j] * eligible[:, j]) >= tt
                tp = int((pr & (y[:, j] == 1)).sum())
                print(f"    t={tt}: flagged {int(pr.sum())} tp {tp}")
        print(f"{label:24} support {y[:, j].sum():3}  rules alone F1 {rules_f1:.2f}; with the "
              f"model out-of-fold at t={t:.2f} (adds {added}): precision {precision:.2f} "
              f"recall {recall:.2f} F1 {f1:.2f}")
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
        model.fit(x_all[eligible[:, j]], y[eligible[:, j], j])
        coefs.append(model.coef_[0].astype(np.float32))
        intercepts.append(float(model.intercept_[0]))
        thresholds.append(t)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        OUT, labels=np.array(CONTENT_LABELS, dtype=str), coef=np.vstack(coefs),
        intercept=np.array(intercepts), threshold=np.array(thresholds),
        word_vocab=np.array(word.get_feature_names_out(), dtype=str), word_idf=word.idf_,
        char_vocab=np.array(char.get_feature_names_out(), dtype=str), char_idf=char.idf_)
    print(f"wrote {OUT} ({OUT.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
