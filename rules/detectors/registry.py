"""The detectors a school's engine runs, in order."""

from rules.detectors.base import Detector
from rules.detectors.confidential import ConfidentialDetector
from rules.detectors.context import ContextDetector
from rules.detectors.named_negative import NamedNegativeDetector, Sentiment
from rules.detectors.safeguarding import SafeguardingDetector
from rules.detectors.school_complaint import SchoolComplaintDetector
from rules.detectors.toxicity import ToxicityDetector
from rules.school import SchoolConfig


def default_detectors(school: SchoolConfig, sentiment: Sentiment | None = None) -> list[Detector]:
    """Every detector Kindly ships, configured for one school."""
    return [
        ToxicityDetector(abuse_threshold=school.thresholds.toxicity),
        NamedNegativeDetector(sentiment=sentiment),
        ConfidentialDetector(school),
        SchoolComplaintDetector(school),
        SafeguardingDetector(school),
        ContextDetector(),
    ]
