"""The detectors a school's engine runs, in order."""

from rules.detectors.base import Detector
from rules.detectors.confidential import ConfidentialDetector
from rules.detectors.context import ContextDetector
from rules.detectors.learned import LearnedDetector, LearnedModel
from rules.detectors.named_negative import NamedNegativeDetector, Sentiment
from rules.detectors.safeguarding import SafeguardingDetector
from rules.detectors.school_complaint import SchoolComplaintDetector
from rules.detectors.toxicity import ToxicityDetector
from rules.school import SchoolConfig


def default_detectors(school: SchoolConfig, sentiment: Sentiment | None = None,
                      learned: LearnedModel | None = None) -> list[Detector]:
    """Every detector Kindly ships, configured for one school.

    Args:
        school: The school's configuration.
        sentiment: Compound sentiment for the school-complaint detector (VADER's, from bot/).
        learned: The learned models (`bot.learned_model.load_learned_model()`), if any: adds
            the learned backstop detector with their thresholds.
    """
    backstop = [LearnedDetector({m.label: m.threshold for m in learned.models})] if learned else []
    return [
        ToxicityDetector(abuse_threshold=school.thresholds.toxicity),
        NamedNegativeDetector(),
        ConfidentialDetector(school),
        SchoolComplaintDetector(school, sentiment),
        SafeguardingDetector(school),
        ContextDetector(),
        *backstop,
    ]
