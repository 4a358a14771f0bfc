"""Findings: what a detector says about one message, and why."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """One check's result on one message.

    Attributes:
        label: One of `rules.labels`.
        detector: Name of the detector that produced it.
        score: The measured value, 0..1.
        threshold: The limit the score was compared against.
        start: Start offset of the evidence span in the message text (or None).
        end: End offset of the evidence span (exclusive).
        reason: One line saying why it fired, for the people reviewing it. It names the
            pattern or signal, never repeats offensive words.
        target: Who the finding is about, e.g. "staff:Mrs Helen Whitcombe", if anyone.
    """

    label: str
    detector: str
    score: float
    threshold: float
    start: int | None
    end: int | None
    reason: str
    target: str | None = None

    @property
    def fired(self) -> bool:
        """True when the score reached the threshold."""
        return self.score >= self.threshold
