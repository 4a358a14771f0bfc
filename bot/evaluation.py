"""`kindly eval`: score a labelled JSON Lines set and report per-label quality.

The input and output formats are the evaluation contract (`../shared/eval/README.md`).
"""

import json
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from rules.config_errors import ConfigError
from rules.engine import Engine
from rules.labels import CONTENT_LABELS
from rules.message import Message


@dataclass(frozen=True)
class LabelledMessage:
    """One line of a labelled set."""

    message: Message
    labels: frozenset[str]
    line: int


@dataclass
class Counts:
    """True positives, false positives and false negatives for one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_dict(self) -> dict[str, float | int]:
        """Precision, recall, F1 and the raw counts, rounded for printing."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.tp + self.fn}


@dataclass
class EvalResult:
    """Everything `kindly eval` prints."""

    n: int
    scorer: str
    labels: dict[str, Counts]
    any_breach: Counts
    clean: int
    clean_flagged: int
    seconds: float
    errors: list[tuple[LabelledMessage, frozenset[str]]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """The contract's JSON object."""
        anyb = self.any_breach.as_dict()
        return {
            "n": self.n,
            "scorer": self.scorer,
            "labels": {k: v.as_dict() for k, v in self.labels.items()},
            "any_breach": {k: anyb[k] for k in ("precision", "recall", "f1")},
            "clean_false_positive_rate": round(self.clean_flagged / self.clean, 4)
            if self.clean else 0.0,
            "messages_per_second": round(self.n / self.seconds, 1) if self.seconds else 0.0,
        }


def _parse_time(value: object, source: str, line: int) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError as e:
        raise ConfigError(source, f'sent_at "{value}" is not ISO 8601', line=line,
                          field="sent_at") from e


def read_labelled_set(path: Path) -> list[LabelledMessage]:
    """Read a labelled set, with errors naming the file, line and field.

    Raises:
        ConfigError: a line is not JSON, or lacks `id`, `text` or `labels`, or a label is
            not one of the eight contract labels.
    """
    source = str(path)
    out: list[LabelledMessage] = []
    with path.open(encoding="utf-8-sig") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise ConfigError(source, f"not valid JSON: {e.msg}", line=line_no) from e
            if not isinstance(obj, dict):
                raise ConfigError(source, "each line must be a JSON object", line=line_no)
            for key in ("id", "text", "labels"):
                if key not in obj:
                    raise ConfigError(source, "missing", line=line_no, field=key)
            labels = obj["labels"]
            if not isinstance(labels, list):
                raise ConfigError(source, "must be a list", line=line_no, field="labels")
            unknown = [x for x in labels if x not in CONTENT_LABELS]
            if unknown:
                raise ConfigError(source, f"unknown label {unknown[0]!r}; expected one of "
                                  + ", ".join(CONTENT_LABELS), line=line_no, field="labels")
            role = obj.get("sender_role") or "parent"
            msg = Message(text=str(obj["text"] or ""), id=str(obj["id"]),
                          sent_at=_parse_time(obj.get("sent_at"), source, line_no),
                          sender=obj.get("sender"),
                          sender_role="staff" if role == "staff" else "parent",
                          to_staff=bool(obj.get("to_staff", False)),
                          has_photo=bool(obj.get("has_photo", False)))
            out.append(LabelledMessage(msg, frozenset(labels), line_no))
    return out


def evaluate(engine: Engine, items: list[LabelledMessage], batch_size: int = 64) -> EvalResult:
    """Score every message and compare with its labels (model loading excluded)."""
    engine.score([Message(text="warm-up")])  # loads lazy models before timing
    predicted: list[frozenset[str]] = []
    started = time.perf_counter()
    for i in range(0, len(items), batch_size):
        batch = [it.message for it in items[i:i + batch_size]]
        for verdict in engine.score(batch):
            predicted.append(frozenset(verdict.labels) & frozenset(CONTENT_LABELS))
    seconds = time.perf_counter() - started
    counts = {label: Counts() for label in CONTENT_LABELS}
    any_breach = Counts()
    clean = clean_flagged = 0
    errors = []
    for item, pred in zip(items, predicted, strict=True):
        for label in CONTENT_LABELS:
            c = counts[label]
            if label in pred and label in item.labels:
                c.tp += 1
            elif label in pred:
                c.fp += 1
            elif label in item.labels:
                c.fn += 1
        if pred and item.labels:
            any_breach.tp += 1
        elif pred:
            any_breach.fp += 1
        elif item.labels:
            any_breach.fn += 1
        if not item.labels:
            clean += 1
            clean_flagged += bool(pred)
        if pred != item.labels:
            errors.append((item, pred))
    return EvalResult(n=len(items), scorer=engine.scorer.name, labels=counts,
                      any_breach=any_breach, clean=clean, clean_flagged=clean_flagged,
                      seconds=seconds, errors=errors)
