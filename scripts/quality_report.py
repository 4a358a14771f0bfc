"""Print the quality table in docs/quality.md: `kindly eval` figures for every labelled set.

    .venv/bin/python scripts/quality_report.py [--scorer offline]

Sets: the dev set (../shared/eval/parent-chat-dev, when present), tests/fixtures/heldout*
and scripts/training_data*. Each set's role (trained on, tuned on, blind) is stated beside
its figures, because only a blind set says how Kindly does on schools it has never seen.
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.evaluation import evaluate, read_labelled_set
from bot.loading import build_engine, read_school
from bot.scorers import ScorerSettings, build_scorer
from rules.labels import CONTENT_LABELS

ROLES = {
    "parent-chat-dev": "dev set: detectors tuned on it, learned model trained on it",
    "heldout": "written blind, then tuned on; learned model trained on it",
    "heldout2": "written blind; later tuned on; learned model trained on it",
    "heldout3": "written blind; measured once, then used for development and training",
    "heldout4": "written blind; measured blind for two sessions, then read and trained on",
    "heldout5": "written blind; measured blind for a session, then read (not trained on)",
    "heldout6": "written blind in the third session; never read; measured seven times",
    "heldout7": "written blind in the third session; never read; measured seven times",
    "heldout8": "written blind in the third session; never read; measured five times",
    "heldout9": "written blind in the third session; never read; measured five times",
}
SHORT = {"abuse": "abuse", "threat": "threat", "hate": "hate",
         "staff_named_negatively": "staff", "pupil_named_negatively": "pupil",
         "confidential": "conf.", "school_complaint": "complaint", "safeguarding": "safeg."}


def sets() -> list[Path]:
    """Every labelled set present, in a stable order."""
    found = [ROOT.parent / "shared" / "eval" / "parent-chat-dev"]
    found += sorted((ROOT / "tests" / "fixtures").glob("heldout*"))
    found += sorted((ROOT / "scripts").glob("training_data*"))
    return [p for p in found if (p / "messages.jsonl").exists()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scorer", default="offline", choices=("auto", "offline", "detoxify"))
    args = parser.parse_args()
    scorer, status = build_scorer(ScorerSettings().with_backend(args.scorer))
    print(f"scorer: {status}\n")
    head = " | ".join(SHORT[label] for label in CONTENT_LABELS)
    print(f"| set | n | role | any-breach recall | clean FP rate | {head} | msgs/s |")
    print("|" + "---|" * (6 + len(CONTENT_LABELS)))
    for folder in sets():
        engine = build_engine(read_school(folder / "school.yaml"), scorer)
        d = evaluate(engine, read_labelled_set(folder / "messages.jsonl")).as_dict()
        f1 = " | ".join(f"{d['labels'][label]['f1']:.2f}" for label in CONTENT_LABELS)
        role = ROLES.get(folder.name, "training data written for the learned model")
        print(f"| {folder.name} | {d['n']} | {role} | {d['any_breach']['recall']:.3f} | "
              f"{d['clean_false_positive_rate']:.3f} | {f1} | {d['messages_per_second']} |")


if __name__ == "__main__":
    main()
