"""How often ordinary class-group chatter is flagged: the replay generator's clean kinds.

Draws messages from `bot/replay/synthetic.py`'s phrase banks (short replies, questions,
answers, social chat, lists; never its breach templates), scores them with the offline
engine for the replay fixtures' school, and prints the share flagged per label with the
most common flagged texts. The phrase banks were written for the replay benchmark, not for
training; training_data_e shares four of their known false positives, which are left out.

    .venv/bin/python scripts/measure_chatter_fp.py [--n 3000] [--seed 3]
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.loading import build_engine, read_school  # noqa: I001
from bot.replay import synthetic
from bot.scorers import build_offline_scorer
from rules.message import Message

SCHOOL = ROOT / "tests/fixtures/chat-exports/school.yaml"
IN_TRAINING = {"I'll check with Mia and let you know",
               "Should be in the book bag, Leo had the same",
               "Are we meant to send money in for the school trip or is it all online now?",
               "Bags and boxes can go in the hall"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    school = read_school(SCHOOL)
    staff = [s.name for s in school.staff]
    pupils = [p.first_name + (f" {p.initial}" if p.initial else "") for p in school.pupils]
    texts = []
    for text in synthetic.clean_chatter(args.n * 2, args.seed, staff, pupils):
        if text.rstrip(" x😊!🙂").removesuffix(" thanks") not in IN_TRAINING:
            texts.append(text)
        if len(texts) == args.n:
            break
    engine = build_engine(school, build_offline_scorer())
    verdicts = engine.score([Message(text=t, id=str(i)) for i, t in enumerate(texts)])
    flagged = [(t, v) for t, v in zip(texts, verdicts, strict=True) if v.breaches]
    by_label = Counter(label for _, v in flagged for label in v.labels)
    print(f"{len(flagged)} of {len(texts)} clean messages flagged "
          f"({len(flagged) / len(texts):.2%})")
    for label, n in by_label.most_common():
        print(f"  {label}: {n}")
    for text, n in Counter(t for t, _ in flagged).most_common(15):
        print(f"  {n:4d}  {text}")


if __name__ == "__main__":
    main()
