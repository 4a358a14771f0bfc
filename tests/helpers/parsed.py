"""Build `ParsedMessage`s for detector tests without running the whole engine."""

from functools import cache

import spacy

from rules.detectors.base import Mention, ParsedMessage
from rules.message import Message
from rules.normalise import normalise
from rules.school import SchoolConfig, load_school
from rules.scorer import ZERO_SCORES, ToxicityScores

EXAMPLE_SCHOOL_YAML = """
school: Brookfield Primary School
timezone: Europe/London
working_hours: "08:30-16:30"
staff:
  - name: "Mrs Joanna Rose"
    role: "Headteacher"
    aliases: ["the head", "Mrs R"]
  - name: "Mr Daniel Baker"
    role: "Deputy Head and Designated Safeguarding Lead"
    aliases: ["Mr B"]
  - name: "Miss Clare Hope"
    role: "Year 2 teacher"
  - name: "Ms Anita Kowalczyk"
    role: "SENCo"
    aliases: ["Mrs K"]
pupils: ["Sam T", "Ava R", "Noah-James P"]
public_contacts:
  phones: ["01632 960123"]
  emails: ["office@brookfield.example.com"]
  addresses: ["Brookfield Primary School, Mill Lane"]
"""


@cache
def blank_nlp() -> spacy.language.Language:
    """A blank English spaCy pipeline (tokeniser only), shared across tests."""
    return spacy.blank("en")


@cache
def example_school() -> SchoolConfig:
    """A small fictional school whose surnames include ordinary words."""
    return load_school(EXAMPLE_SCHOOL_YAML, "example_school")


def make_parsed(text: str, *, school: SchoolConfig | None = None,
                mentions: list[Mention] | None = None,
                toxicity: ToxicityScores = ZERO_SCORES,
                message: Message | None = None) -> ParsedMessage:
    """A ParsedMessage for `text`, with the mentions and scores the test supplies."""
    msg = message or Message(text=text)
    return ParsedMessage(message=msg, text=text, norm=normalise(text), doc=blank_nlp()(text),
                         school=school or example_school(), toxicity=toxicity,
                         mentions=mentions or [])
