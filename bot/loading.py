"""Read a school's files and build its scoring engine: the one place that does the I/O.

`rules/` is pure, so everything it needs (file text, the spaCy pipeline, word frequencies,
the sentiment lexicon, the toxicity backend) is loaded here and injected.
"""

import logging
from functools import cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from rules.config_errors import ConfigError
from rules.engine import Engine
from rules.rulebook import Rulebook, load_rulebook
from rules.school import SchoolConfig, load_school, unknown_keys
from rules.scorer import ToxicityScorer

log = logging.getLogger(__name__)


def read_text(path: Path, what: str) -> str:
    """Read a UTF-8 file, turning OS errors into a ConfigError that names the file."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as e:
        raise ConfigError(str(path), f"{what} not found") from e
    except UnicodeDecodeError as e:
        raise ConfigError(str(path), f"{what} is not UTF-8 text (byte {e.start})") from e
    except OSError as e:
        raise ConfigError(str(path), f"cannot read {what}: {e.strerror}") from e


def read_school(path: Path) -> SchoolConfig:
    """Load and validate a school file, warning once about keys Kindly ignores."""
    school = load_school(read_text(path, "school file"), str(path))
    extra = unknown_keys(school)
    if extra:
        log.warning("%s: ignoring keys Kindly does not use: %s", path, ", ".join(extra))
    return school


def shipped_rulebooks() -> list[str]:
    """Ids of the rulebooks that ship with Kindly."""
    folder = resources.files("rules") / "rulebooks"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


def read_rulebook(ref: str | Path) -> Rulebook:
    """Load a rulebook by shipped id ("pimperne-primary") or by file path."""
    path = Path(ref)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return load_rulebook(read_text(path, "rulebook"), str(path))
    name = f"{ref}.yaml"
    resource = resources.files("rules") / "rulebooks" / name
    if not resource.is_file():
        raise ConfigError(str(ref), "no such rulebook; shipped rulebooks: "
                          + ", ".join(shipped_rulebooks()), field="rulebook")
    return load_rulebook(resource.read_text(encoding="utf-8"), f"rules/rulebooks/{name}")


@cache
def blank_english() -> Language:
    """spaCy's tokeniser-only English pipeline (trained pipelines are not needed)."""
    return spacy.blank("en")


@cache
def word_frequency():  # noqa: ANN201 - returns wordfreq's function
    """English word frequency on the Zipf scale, from wordfreq's bundled tables."""
    from wordfreq import zipf_frequency

    return lambda word: zipf_frequency(word, "en")


@cache
def sentence_sentiment():  # noqa: ANN201
    """VADER's compound sentiment score, from the lexicon bundled in its wheel."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyser = SentimentIntensityAnalyzer()
    return lambda text: analyser.polarity_scores(text)["compound"]


def build_engine(school: SchoolConfig, scorer: ToxicityScorer,
                 rulebook: Rulebook | None = None, learned: bool = True) -> Engine:
    """An engine for one school; the rulebook defaults to the one the school names.

    Args:
        school: The school's configuration.
        scorer: The toxicity backend.
        rulebook: Overrides the rulebook the school file names.
        learned: Include the learned models and backstop (rules/data/learned_labels.npz).
    """
    from bot.learned_model import load_learned_model

    book = rulebook or read_rulebook(school.rulebook)
    return Engine(school, book, scorer=scorer, nlp=blank_english(), zipf=word_frequency(),
                  sentiment=sentence_sentiment(),
                  learned=load_learned_model() if learned else None)
