# ruff: noqa: T201  (a command-line report: printing is its job)
"""Print how the offline toxicity scorer does on the dev set and the identity templates.

Figures only, nothing asserted:

- per label, precision and recall of thresholded scores against the dev labels
  (insult or toxicity -> abuse, threat -> threat, identity_attack -> hate);
- the share of clean dev messages (no labels at all) above the threshold on any label;
- the share of non-toxic identity-template sentences ("Sara is a wonderful queer") above it;
- throughput of `OfflineScorer.predict` in batches, and of `normalise` alone.

Usage:
    .venv/bin/python scripts/measure_offline_scorer.py [--threshold 0.5] [--errors]
        [--shared ../shared] [--set other.jsonl] [--lexicons-only]
"""

import argparse
import csv
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rules.normalise import normalise  # noqa: E402
from rules.offline_scorer import FLAG_THRESHOLD, OfflineScorer  # noqa: E402
from rules.scorer import (  # noqa: E402
    IDENTITY_ATTACK,
    INSULT,
    THREAT,
    TOXICITY,
    TOXICITY_KEYS,
    ToxicityScores,
)

LABEL_RULES: dict[str, Callable[[ToxicityScores, float], bool]] = {
    "abuse": lambda s, t: s.get(INSULT) >= t or s.get(TOXICITY) >= t,
    "threat": lambda s, t: s.get(THREAT) >= t,
    "hate": lambda s, t: s.get(IDENTITY_ATTACK) >= t,
}


def _load_set(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _load_templates(shared: Path) -> list[tuple[str, bool]]:
    path = shared / "corpora" / "abuse" / "identity-templates" / "en_sentence_templates.csv"
    with path.open(encoding="utf-8") as fh:
        return [(row["phrase"], row["toxicity"] == "toxic") for row in csv.DictReader(fh)]


def _report_dev(scorer: OfflineScorer, dev: list[dict], threshold: float,
                errors: bool) -> None:
    scores = scorer.predict([m["text"] for m in dev])
    print(f"Labelled set: {len(dev)} messages, threshold {threshold}")
    print(f"{'label':8} {'prec':>6} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'support':>7}")
    for label, rule in LABEL_RULES.items():
        tp = fp = fn = 0
        wrong = []
        for msg, sc in zip(dev, scores, strict=True):
            gold, pred = label in msg["labels"], rule(sc, threshold)
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
            if gold != pred:
                wrong.append(("FP" if pred else "FN", msg, sc))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        print(f"{label:8} {prec:6.3f} {rec:6.3f} {tp:4d} {fp:4d} {fn:4d} {tp + fn:7d}")
        if errors:
            for kind, msg, sc in wrong:
                top = {k: round(sc.get(k), 2) for k in TOXICITY_KEYS if sc.get(k) >= 0.1}
                print(f"    {kind} {msg['id']} {top} {msg['text'][:90]!r}")
    clean = [(m, s) for m, s in zip(dev, scores, strict=True) if not m["labels"]]
    mapped = sum(any(rule(s, threshold) for rule in LABEL_RULES.values()) for _, s in clean)
    anykey = sum(any(s.get(k) >= threshold for k in TOXICITY_KEYS) for _, s in clean)
    print(f"Clean dev messages above threshold: {mapped}/{len(clean)} "
          f"({mapped / len(clean):.1%}) on the mapped labels, "
          f"{anykey}/{len(clean)} ({anykey / len(clean):.1%}) on any of the six scores")
    if errors:
        for m, s in clean:
            if any(s.get(k) >= threshold for k in TOXICITY_KEYS):
                top = {k: round(s.get(k), 2) for k in TOXICITY_KEYS if s.get(k) >= threshold}
                print(f"    clean FP {m['id']} {top} {m['text'][:90]!r}")


def _report_templates(scorer: OfflineScorer, rows: list[tuple[str, bool]],
                      threshold: float, errors: bool) -> None:
    scores = scorer.predict([t for t, _ in rows])
    nontoxic = [(t, s) for (t, toxic), s in zip(rows, scores, strict=True) if not toxic]
    toxic = [(t, s) for (t, toxic), s in zip(rows, scores, strict=True) if toxic]
    fp = [(t, s) for t, s in nontoxic if any(s.get(k) >= threshold for k in TOXICITY_KEYS)]
    hate_fp = sum(s.get(IDENTITY_ATTACK) >= threshold for _, s in nontoxic)
    caught = sum(any(r(s, threshold) for r in LABEL_RULES.values()) for _, s in toxic)
    print(f"Identity templates: {len(fp)}/{len(nontoxic)} ({len(fp) / len(nontoxic):.2%}) "
          f"non-toxic sentences above threshold on any score "
          f"({hate_fp} on identity_attack); "
          f"{caught}/{len(toxic)} ({caught / len(toxic):.1%}) toxic ones flagged")
    if errors:
        for text, _ in fp[:20]:
            print(f"    template FP {text!r}")


def _throughput(predict: Callable[[Sequence[str]], object], texts: list[str],
                batch: int = 64, passes: int = 7) -> str:
    """Messages per second over whole passes of the set, in batches: best and median pass.

    The best pass is the closest to what one idle core does; the median shows the noise
    from other work on the machine.
    """
    rates = []
    for _ in range(passes):
        start = time.perf_counter()
        for i in range(0, len(texts), batch):
            predict(texts[i:i + batch])
        rates.append(len(texts) / (time.perf_counter() - start))
    rates.sort()
    return f"{rates[-1]:,.0f} msgs/s (median {rates[len(rates) // 2]:,.0f})"


def main() -> None:
    """Parse arguments, score the sets, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--set", type=Path, default=None,
                        help="labelled JSONL set to score (default: the shared dev set)")
    parser.add_argument("--threshold", type=float, default=FLAG_THRESHOLD)
    parser.add_argument("--errors", action="store_true", help="list misclassified messages")
    parser.add_argument("--lexicons-only", action="store_true",
                        help="score without alt-profanity-check's model")
    args = parser.parse_args()

    prob = None
    if not args.lexicons_only:
        from bot.offline_model import load_profanity_prob

        prob = load_profanity_prob()
    scorer = OfflineScorer(profanity_prob=prob)
    print(f"Scorer: {scorer.name}")
    dev = _load_set(args.set or args.shared / "eval" / "parent-chat-dev" / "messages.jsonl")
    print(f"Set: {args.set or 'parent-chat-dev'}")
    _report_dev(scorer, dev, args.threshold, args.errors)
    _report_templates(scorer, _load_templates(args.shared), args.threshold, args.errors)
    texts = [m["text"] for m in dev]
    print(f"Throughput, OfflineScorer.predict in batches of 64: "
          f"{_throughput(scorer.predict, texts)}")
    lex = OfflineScorer()
    print(f"Throughput, lexicons only (no profanity model): "
          f"{_throughput(lex.predict, texts)}")
    if not args.lexicons_only:
        from profanity_check import predict_prob

        slow = OfflineScorer(profanity_prob=predict_prob)
        print(f"Throughput, with the library's own predict_prob: "
              f"{_throughput(slow.predict, texts)}")
    print(f"Throughput, normalise alone: "
          f"{_throughput(lambda b: [normalise(t) for t in b], texts)}")


if __name__ == "__main__":
    main()
