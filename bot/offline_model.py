"""Loading the offline scorer's profanity model, done once at startup (it reads files).

alt-profanity-check ships a TF-IDF vectoriser and a calibrated linear SVM (five folds, each
with a sigmoid calibrator) inside its wheel. Its `predict_prob` goes through scikit-learn's
per-call input validation, which costs ~10 ms per call whatever the batch size; that
dominates when the bot scores small batches. `load_profanity_prob` returns the same
probabilities computed straight from the fitted weights, after checking on probe texts
that both agree, and falls back to the library's own function if anything differs.
"""

import logging
from collections.abc import Callable, Sequence

import numpy as np

logger = logging.getLogger(__name__)

ProfanityProb = Callable[[list[str]], Sequence[float]]

# Texts the fast path must score exactly as the library does before it is trusted.
_PROBES = [
    "", "hello everyone, trip money is due friday", "you absolute idiot", "what the f*** is this",
    "shit forgot the cake sale", "Thank you Mrs Whitcombe!", "😂😂", "bloody hell this rain",
    "he is a stupid stupid stupid man", "Ramadan Mubarak to everyone fasting",
]


class _LinearProfanity:
    """alt-profanity-check's model as plain arithmetic: tf-idf, five linear folds, sigmoids."""

    def __init__(self, vectorizer: object, model: object):
        params = vectorizer.get_params()  # type: ignore[attr-defined]
        expected = {"ngram_range": (1, 1), "analyzer": "word", "binary": False,
                    "sublinear_tf": False, "norm": "l2", "use_idf": True}
        if any(params.get(k) != v for k, v in expected.items()):
            raise ValueError("unexpected vectoriser settings")
        if getattr(model, "method", None) != "sigmoid":
            raise ValueError("unexpected calibration method")
        self._analyse = vectorizer.build_analyzer()  # type: ignore[attr-defined]
        self._vocab: dict[str, int] = vectorizer.vocabulary_  # type: ignore[attr-defined]
        self._idf = np.asarray(vectorizer.idf_, dtype=np.float64)  # type: ignore[attr-defined]
        folds = model.calibrated_classifiers_  # type: ignore[attr-defined]
        self._coef = np.stack([np.ravel(f.estimator.coef_) for f in folds], axis=1)
        self._intercept = np.array([float(np.ravel(f.estimator.intercept_)[0]) for f in folds])
        self._a = np.array([float(f.calibrators[0].a_) for f in folds])
        self._b = np.array([float(f.calibrators[0].b_) for f in folds])

    def __call__(self, texts: list[str]) -> np.ndarray:
        rows: list[int] = []
        cols: list[int] = []
        counts: list[float] = []
        vocab = self._vocab
        for i, text in enumerate(texts):
            seen: dict[int, int] = {}
            for token in self._analyse(text):
                j = vocab.get(token)
                if j is not None:
                    seen[j] = seen.get(j, 0) + 1
            rows.extend([i] * len(seen))
            cols.extend(seen)
            counts.extend(seen.values())
        n = len(texts)
        row = np.asarray(rows, dtype=np.intp)
        col = np.asarray(cols, dtype=np.intp)
        weight = np.asarray(counts, dtype=np.float64) * self._idf[col]
        norm = np.sqrt(np.bincount(row, weights=weight * weight, minlength=n))
        weight = weight / np.where(norm > 0, norm, 1.0)[row]
        decision = np.empty((n, self._coef.shape[1]))
        for k in range(self._coef.shape[1]):
            decision[:, k] = np.bincount(row, weights=weight * self._coef[col, k], minlength=n)
        decision += self._intercept
        prob = 1.0 / (1.0 + np.exp(self._a * decision + self._b))
        return prob.mean(axis=1)


def load_profanity_prob() -> ProfanityProb:
    """alt-profanity-check's profanity probability, computed quickly when that is safe.

    Returns:
        A batch function, texts -> probability each is profane. It is the fast equivalent
        when it reproduces the library's scores on probe texts, otherwise the library's
        own `predict_prob`.
    """
    from profanity_check import profanity_check

    library: ProfanityProb = profanity_check.predict_prob
    try:
        fast = _LinearProfanity(profanity_check.vectorizer, profanity_check.model)
        if np.allclose(fast(_PROBES), library(_PROBES), rtol=0, atol=1e-9):
            return fast
        logger.warning("Fast profanity scoring disagrees with alt-profanity-check; "
                       "using the library's predict_prob")
    except Exception:  # any change in the library's internals: use it as published
        logger.warning("Fast profanity scoring unavailable; using alt-profanity-check's "
                       "predict_prob", exc_info=True)
    return library
