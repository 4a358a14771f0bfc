"""Load the learned detector's models from rules/data/learned_labels.npz (done once)."""

from functools import cache
from importlib import resources

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from rules.detectors.learned import LabelModel, LearnedModel


def _vectorizer(vocab: np.ndarray, idf: np.ndarray, **settings: object) -> TfidfVectorizer:
    """A TF-IDF vectoriser rebuilt from its vocabulary and idf weights."""
    vec = TfidfVectorizer(vocabulary={str(t): i for i, t in enumerate(vocab)}, sublinear_tf=True,
                          lowercase=False, **settings)
    vec.idf_ = idf
    return vec


@cache
def load_learned_model() -> LearnedModel:
    """The learned models with their shipped weights (settings mirror the training script)."""
    with resources.as_file(resources.files("rules") / "data" / "learned_labels.npz") as path:
        data = np.load(path, allow_pickle=False)
        word = _vectorizer(data["word_vocab"], data["word_idf"], ngram_range=(1, 2),
                           token_pattern=r"(?u)\b\w+\b")  # noqa: S106 - not a password
        char = _vectorizer(data["char_vocab"], data["char_idf"], analyzer="char_wb",
                           ngram_range=(2, 5))
        models = [LabelModel(str(label), coef, float(b), float(t)) for label, coef, b, t in
                  zip(data["labels"], data["coef"], data["intercept"], data["threshold"],
                      strict=True)]
    return LearnedModel(word, char, models)
