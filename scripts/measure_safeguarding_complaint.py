"""Measure the safeguarding and school-complaint detectors on a labelled message set.

Prints precision, recall and F1 for both labels, how many clean messages each flags, the
misses and false alarms, and the throughput of the two detectors together. People
mentions are found naively here (staff surnames, aliases and titles+surnames; pupil first
names as whole words) because the real people matcher lives elsewhere.

    .venv/bin/python scripts/measure_safeguarding_complaint.py [SET.jsonl] [SCHOOL.yaml]
"""

import json
import re
import sys
import time
from pathlib import Path

import spacy

from rules.detectors.base import Mention, ParsedMessage
from rules.detectors.safeguarding import SafeguardingDetector
from rules.detectors.school_complaint import SchoolComplaintDetector
from rules.labels import SAFEGUARDING, SCHOOL_COMPLAINT
from rules.message import Message
from rules.normalise import normalise
from rules.school import SchoolConfig, load_school
from rules.scorer import ZERO_SCORES

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "parent-chat-dev"
TIMED_PASSES = 5


def naive_mentions(text: str, school: SchoolConfig) -> list[Mention]:
    """Staff and pupils found by whole-word, case-insensitive name matching."""
    found: list[Mention] = []
    for member in school.staff:
        names = [member.name, member.surname, *member.aliases]
        if member.title:
            names.append(f"{member.title} {member.surname}")
        for name in names:
            for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE):
                found.append(Mention("staff", member.name, m.start(), m.end(), "alias"))
    for pupil in school.pupils:
        for m in re.finditer(rf"\b{re.escape(pupil.first_name)}\b", text, re.IGNORECASE):
            key = f"{pupil.first_name} {pupil.initial or ''}".strip()
            found.append(Mention("pupil", key, m.start(), m.end(), "pupil name"))
    return found


def main(set_path: Path, school_path: Path) -> None:
    """Score both detectors on one set and print the figures."""
    school = load_school(school_path.read_text(encoding="utf-8"), str(school_path))
    nlp = spacy.blank("en")
    rows = [json.loads(line) for line in set_path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    parsed = [ParsedMessage(message=Message(text=r["text"], id=r["id"]), text=r["text"],
                            norm=normalise(r["text"]), doc=nlp(r["text"]), school=school,
                            toxicity=ZERO_SCORES, mentions=naive_mentions(r["text"], school))
              for r in rows]
    detectors = {SAFEGUARDING: SafeguardingDetector(school),
                 SCHOOL_COMPLAINT: SchoolComplaintDetector(school)}
    fired = [{f.label for d in detectors.values() for f in d.detect(p) if f.fired}
             for p in parsed]
    started = time.perf_counter()  # timed after one warm-up pass, over several passes
    for _ in range(TIMED_PASSES):
        for p in parsed:
            for d in detectors.values():
                d.detect(p)
    seconds = (time.perf_counter() - started) / TIMED_PASSES
    clean = [i for i, r in enumerate(rows) if not r["labels"]]
    for label in detectors:
        truth = [label in r["labels"] for r in rows]
        pred = [label in f for f in fired]
        tp = sum(t and p for t, p in zip(truth, pred, strict=True))
        fp = sum(p and not t for t, p in zip(truth, pred, strict=True))
        fn = sum(t and not p for t, p in zip(truth, pred, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        clean_fp = sum(label in fired[i] for i in clean)
        print(f"{label}: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  "  # noqa: T201
              f"(tp {tp}, fp {fp}, fn {fn}, support {tp + fn}); "
              f"flags {clean_fp} of {len(clean)} clean messages")
        for i, r in enumerate(rows):
            if truth[i] != pred[i]:
                kind = "missed" if truth[i] else "false alarm"
                print(f"    {kind:11} {r['id']}: {r['text'][:100]}")  # noqa: T201
    print(f"{len(rows)} messages, {len(rows) / seconds:,.0f} msgs/s for both detectors "  # noqa: T201
          "(one core, parsing excluded)")


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]]
    main(args[0] if args else DEV / "messages.jsonl",
         args[1] if len(args) > 1 else DEV / "school.yaml")
