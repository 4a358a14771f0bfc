"""Measure the safeguarding and school-complaint detectors on labelled message sets.

For each set, prints precision, recall and F1 for both labels, how many clean messages each
flags, the misses and false alarms (unless `--summary`), and the throughput of the two
detectors together; with several sets, the pooled figures follow. People mentions are found
naively here (staff surnames, aliases and titles+surnames; pupil first names as whole words)
because the real people matcher lives elsewhere.

    .venv/bin/python scripts/measure_safeguarding_complaint.py [--summary] [SET ...]

A SET is a folder holding messages.jsonl and school.yaml, or a SET.jsonl SCHOOL.yaml pair.
With no SET, the development set is measured.
"""

import json
import re
import sys
import time
from dataclasses import dataclass, field
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
LABELS = (SAFEGUARDING, SCHOOL_COMPLAINT)
TIMED_PASSES = 5


@dataclass
class Counts:
    """Confusion counts for one label, plus clean messages flagged."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    clean_fp: int = 0
    clean: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        """Pool another set's counts into these."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.clean_fp += other.clean_fp
        self.clean += other.clean

    def line(self) -> str:
        """Precision, recall, F1 and clean false positives, on one line."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return (f"P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  (tp {self.tp}, fp {self.fp}, "
                f"fn {self.fn}, support {self.tp + self.fn}); "
                f"clean FP {self.clean_fp}/{self.clean}")


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


def measure(set_path: Path, school_path: Path) -> tuple[dict[str, Counts], int, float]:
    """Score both detectors on one set: counts per label, messages, seconds per pass."""
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
    counts: dict[str, Counts] = {}
    for label in LABELS:
        c = Counts()
        for r, f in zip(rows, fired, strict=True):
            truth, pred = label in r["labels"], label in f
            c.tp += truth and pred
            c.fp += pred and not truth
            c.fn += truth and not pred
            c.clean += not r["labels"]
            c.clean_fp += pred and not r["labels"]
            if truth != pred:
                kind = "missed" if truth else "false alarm"
                c.errors.append(f"    {kind:11} {r['id']}: {r['text'][:100]}")
        counts[label] = c
    return counts, len(rows), seconds


def parse_sets(args: list[str]) -> list[tuple[Path, Path]]:
    """(messages, school) pairs from folders or SET.jsonl SCHOOL.yaml pairs."""
    sets: list[tuple[Path, Path]] = []
    paths = [Path(a) for a in args]
    i = 0
    while i < len(paths):
        if paths[i].is_dir():
            sets.append((paths[i] / "messages.jsonl", paths[i] / "school.yaml"))
            i += 1
        elif i + 1 < len(paths) and paths[i + 1].suffix in (".yaml", ".yml"):
            sets.append((paths[i], paths[i + 1]))
            i += 2
        else:
            sets.append((paths[i], paths[i].with_name("school.yaml")))
            i += 1
    return sets or [(DEV / "messages.jsonl", DEV / "school.yaml")]


def main(args: list[str]) -> None:
    """Score both detectors on each set, then pooled, and print the figures."""
    summary = "--summary" in args
    pooled = {label: Counts() for label in LABELS}
    sets = parse_sets([a for a in args if a != "--summary"])
    for set_path, school_path in sets:
        counts, n, seconds = measure(set_path, school_path)
        print(f"== {set_path.parent.name}/{set_path.name}: {n} messages, "  # noqa: T201
              f"{n / seconds:,.0f} msgs/s for both detectors (one core, parsing excluded)")
        for label in LABELS:
            print(f"  {label:17} {counts[label].line()}")  # noqa: T201
            if not summary:
                print("\n".join(counts[label].errors))  # noqa: T201
            pooled[label].add(counts[label])
    if len(sets) > 1:
        print(f"== pooled over {len(sets)} sets")  # noqa: T201
        for label in LABELS:
            print(f"  {label:17} {pooled[label].line()}")  # noqa: T201


if __name__ == "__main__":
    main(sys.argv[1:])
