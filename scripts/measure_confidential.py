"""Precision, recall and F1 of the confidential detector alone on a labelled set.

Usage: python scripts/measure_confidential.py [SET.jsonl] [--school SCHOOL.yaml] [--errors]
       [--matcher naive|engine]

Defaults to the shared dev set. By default people are found naively (staff names, titles
with surnames, aliases and pupil first names as whole words); `--matcher engine` uses the
engine's `PeopleMatcher` instead (needs wordfreq). Prints figures; asserts nothing.
"""

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from rules.detectors.base import Mention, ParsedMessage  # noqa: E402
from rules.detectors.confidential import ConfidentialDetector  # noqa: E402
from rules.labels import CONFIDENTIAL  # noqa: E402
from rules.message import Message  # noqa: E402
from rules.normalise import normalise  # noqa: E402
from rules.school import SchoolConfig, load_school  # noqa: E402
from rules.scorer import ZERO_SCORES  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "parent-chat-dev"


def naive_people(school: SchoolConfig) -> list[tuple[re.Pattern[str], Mention]]:
    """Whole-word patterns for each staff name form and pupil name, longest first."""
    forms: list[tuple[str, str, str]] = []
    for member in school.staff:
        names = [member.name, member.surname, *member.aliases]
        if member.title:
            names.append(f"{member.title} {member.surname}")
        forms += [(n, "staff", member.name) for n in names]
    for pupil in school.pupils:
        key = f"{pupil.first_name} {pupil.initial}" if pupil.initial else pupil.first_name
        forms += [(key, "pupil", key), (pupil.first_name, "pupil", key)]
    forms.sort(key=lambda f: -len(f[0]))
    return [(re.compile(rf"(?<!\w){re.escape(n)}(?!\w)", re.IGNORECASE),
             Mention(kind, key, 0, 0, "naive"))  # type: ignore[arg-type]
            for n, kind, key in forms]


def find_mentions(text: str, people: list[tuple[re.Pattern[str], Mention]]) -> list[Mention]:
    """Non-overlapping mentions, longest name form first."""
    taken: list[tuple[int, int]] = []
    found = []
    for pattern, proto in people:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            found.append(Mention(proto.kind, proto.key, m.start(), m.end(), "naive"))
    return sorted(found, key=lambda m: m.start)


def main() -> None:
    """Score the detector and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", nargs="?", default=str(DEV / "messages.jsonl"))
    ap.add_argument("--school", default=str(DEV / "school.yaml"))
    ap.add_argument("--errors", action="store_true", help="list misclassified messages")
    ap.add_argument("--matcher", choices=("naive", "engine"), default="naive",
                    help="how people are found (default: naive whole-word matching)")
    args = ap.parse_args()
    school = load_school(Path(args.school).read_text(encoding="utf-8"), args.school)
    rows = [json.loads(line) for line in Path(args.set).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    nlp = spacy.blank("en")
    if args.matcher == "engine":
        from wordfreq import zipf_frequency

        from rules.people import PeopleMatcher

        matcher = PeopleMatcher(school, nlp, lambda w: zipf_frequency(w, "en"))
        mentions_of = lambda text, doc: matcher.find(doc)  # noqa: E731
    else:
        people = naive_people(school)
        mentions_of = lambda text, doc: find_mentions(text, people)  # noqa: E731
    parsed = []
    for r in rows:
        doc = nlp(r["text"])
        parsed.append(ParsedMessage(message=Message(text=r["text"], id=r["id"]), text=r["text"],
                                    norm=normalise(r["text"]), doc=doc, school=school,
                                    toxicity=ZERO_SCORES, mentions=mentions_of(r["text"], doc)))
    detector = ConfidentialDetector(school)
    began = time.perf_counter()
    results = [detector.detect(p) for p in parsed]
    elapsed = time.perf_counter() - began
    tp = fp = fn = tn = 0
    errors = []
    for row, findings in zip(rows, results, strict=True):
        predicted = any(f.fired for f in findings)
        actual = CONFIDENTIAL in row["labels"]
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        tn += not actual and not predicted
        if predicted != actual:
            why = "; ".join(f.reason for f in findings if f.fired) or "no finding fired"
            errors.append(f"  {'FP' if predicted else 'FN'} {row['id']}: {row['text'][:90]!r}"
                          f"\n      {why}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    clean = [r for r, f in zip(rows, results, strict=True) if not r["labels"]]
    clean_fp = sum(any(f.fired for f in fs) for r, fs in zip(rows, results, strict=True)
                   if not r["labels"])
    out = sys.stdout
    out.write(f"set: {args.set} ({len(rows)} messages, {tp + fn} labelled confidential; "
              f"people: {args.matcher} matcher)\n")
    out.write(f"confidential  precision {precision:.3f}  recall {recall:.3f}  f1 {f1:.3f}  "
              f"tp {tp} fp {fp} fn {fn}\n")
    out.write(f"clean messages flagged: {clean_fp}/{len(clean)}\n")
    out.write(f"detector throughput: {len(rows) / elapsed:,.0f} messages/s\n")
    if args.errors and errors:
        out.write("errors:\n" + "\n".join(errors) + "\n")


if __name__ == "__main__":
    main()
