"""The scoring engine: messages in, verdicts out, in batches, with no I/O.

    engine = Engine(school, rulebook, scorer=..., nlp=spacy.blank("en"), zipf=...)
    verdicts = engine.score(messages)

Each message is analysed once (cleaned and normalised text, spaCy doc, people mentioned,
toxicity scores from one batched call) and every detector reads that shared analysis. The
findings are then mapped onto the school's rulebook: each label goes to the first clause in
file order that acts on it, and the most severe clause with a public reminder supplies the
reminder text.
"""

import re
from collections.abc import Callable, Sequence

from spacy.language import Language

from rules.detectors.base import Detector, Mention, ParsedMessage
from rules.detectors.learned import LearnedModel
from rules.detectors.named_negative import Sentiment
from rules.findings import Finding
from rules.labels import (
    CONFIDENTIAL,
    HATE,
    PUPIL_NAMED_NEGATIVELY,
    SAFEGUARDING,
    STAFF_NAMED_NEGATIVELY,
    THREAT,
)
from rules.message import Message
from rules.normalise import normalise, strip_controls
from rules.people import PeopleMatcher
from rules.rulebook import SEVERITY_RANK, Rulebook
from rules.school import SchoolConfig
from rules.scorer import ToxicityScorer
from rules.verdict import (
    ALERT_SAFEGUARDING_LEAD,
    COUNT_TOWARDS_LADDER,
    DELETE,
    OPEN_CASE,
    REMIND,
    Breach,
    Verdict,
)

# Longer messages are scored on their first MAX_CHARS characters (a chat message limit is
# 4,096; captions 1,024).
MAX_CHARS = 10_000
# `escalate: none` has no escalation action: the clause reminds but never counts.
_ESCALATION_ACTION: dict[str, str | None] = {
    "ladder": COUNT_TOWARDS_LADDER, "case": OPEN_CASE,
    "safeguarding_lead": ALERT_SAFEGUARDING_LEAD, "none": None}

# What one finding implies about the same person: (label, kind of target) -> (label, reason).
# A worry about a named child's welfare, posted in the group, also discloses it to everyone
# (but a threat against a child is a threat, not a disclosure: see with_implied).
IMPLIED: dict[tuple[str, str], tuple[str, str]] = {
    (SAFEGUARDING, "pupil"): (CONFIDENTIAL, "a named child's welfare is discussed in the group"),
}


# Someone else's child, referred to without a name ("that kid", "the boy in blue").
_PARENT_OF = re.compile(r"['’]s (mum|mam|mom|mother|dad|father|parents?|step|nan|gran|"
                        r"auntie|uncle)")
_A_CHILD = re.compile(r"\b(that|this|the|their|her|his|your|ur) (little |wee |lil )?"
                      r"(kid|child|boy|girl|lad|lass|brat)\b")


def _people_concerned(parsed: ParsedMessage) -> list[Mention]:
    """Mentions of people the message is about ("Sam's mum" is about an adult, not Sam, and
    "our Musa" is the writer's own child)."""
    out = []
    for m in parsed.mentions:
        after = parsed.text[m.end:m.end + 24].lower()
        if m.kind == "pupil" and (_PARENT_OF.match(after) or parsed.is_own_child(m)):
            continue
        out.append(m)
    return out


def with_implied(findings: list[Finding], parsed: ParsedMessage) -> list[Finding]:
    """The findings plus those that follow from them.

    - A threat in a message about a child is an adult threatening a child: the
      safeguarding lead must see it.
    - A threat or an identity attack in a message about one named person is aimed at them.
    - A worry that a named child is at risk is not criticism of that child.
    - IMPLIED: a finding about a kind of person implies another label about them, except
      when the message is a threat (a threat is not a disclosure).
    """
    out = list(findings)
    present = {f.label for f in out}
    threat = next((f for f in out if f.label == THREAT), None)
    people = _people_concerned(parsed)
    pupils = [m for m in people if m.kind == "pupil"]
    if threat is not None and SAFEGUARDING not in present and (
            pupils or _A_CHILD.search(parsed.norm.text)):
        out.append(Finding(SAFEGUARDING, "engine", threat.score, threat.threshold,
                           threat.start, threat.end, "a threat aimed at a child",
                           pupils[0].target if len({m.key for m in pupils}) == 1 else None))
        present.add(SAFEGUARDING)
    attack = threat or next((f for f in out if f.label == HATE), None)
    if attack is not None and len({m.key for m in people}) == 1:
        person = people[0]
        label = STAFF_NAMED_NEGATIVELY if person.kind == "staff" else PUPIL_NAMED_NEGATIVELY
        if label not in present:
            out.append(Finding(label, "engine", attack.score, attack.threshold, person.start,
                               person.end, f"{attack.label} aimed at the one person named",
                               person.target))
            present.add(label)
    if threat is not None:
        return out
    out = _not_blaming_the_child(out)
    present = {f.label for f in out}
    for f in list(out):
        kind = f.target.split(":", 1)[0] if f.target else ""
        implied = IMPLIED.get((f.label, kind))
        if implied and implied[0] not in present:
            present.add(implied[0])
            out.append(Finding(implied[0], "engine", f.score, f.threshold, f.start, f.end,
                               implied[1], f.target))
    return out


def _not_blaming_the_child(findings: list[Finding]) -> list[Finding]:
    """A worry that a named child is at risk is not criticism of that child.

    "Olivia S came in with bruises again, I think her dad hits her": the accusation is about
    the adult; the child is the one at risk.
    """
    at_risk = {f.target for f in findings
               if f.label == SAFEGUARDING and f.target and f.target.startswith("pupil:")}
    return [f for f in findings
            if not (f.label == PUPIL_NAMED_NEGATIVELY and f.target in at_risk)]


class Engine:
    """Scores messages for one school against its rulebook.

    Args:
        school: The school's configuration (staff, pupils, hours...).
        rulebook: The school's code of conduct.
        scorer: The toxicity backend (Detoxify, offline, or NullScorer).
        nlp: A spaCy pipeline; `spacy.blank("en")` is enough.
        zipf: Word frequency on the Zipf scale, for telling names from ordinary words.
        sentiment: Optional sentence sentiment in [-1, 1] (VADER's compound score).
        detectors: Replace the default detectors (tests, the rule-layer benchmark).
        learned: The learned models; when given, each batch is scored by them once and the
            learned backstop detector is added to the defaults.
    """

    def __init__(self, school: SchoolConfig, rulebook: Rulebook, scorer: ToxicityScorer,
                 nlp: Language, zipf: Callable[[str], float],
                 sentiment: Sentiment | None = None,
                 detectors: Sequence[Detector] | None = None,
                 learned: LearnedModel | None = None):
        self.school = school
        self.rulebook = rulebook
        self.scorer = scorer
        self.nlp = nlp
        self.people = PeopleMatcher(school, nlp, zipf)
        self.learned = learned
        if detectors is None:
            from rules.detectors.registry import default_detectors

            detectors = default_detectors(school, sentiment, learned)
        self.detectors = list(detectors)

    def analyse(self, messages: Sequence[Message]) -> list[ParsedMessage]:
        """Clean, normalise, parse and score a batch once, for all detectors to share."""
        texts = [strip_controls(m.text or "")[:MAX_CHARS] for m in messages]
        scores = self.scorer.predict(texts) if texts else []
        docs = self.nlp.pipe(texts)
        parsed = []
        for msg, text, tox, doc in zip(messages, texts, scores, docs, strict=True):
            parsed.append(ParsedMessage(message=msg, text=text, norm=normalise(text), doc=doc,
                                        school=self.school, toxicity=tox,
                                        mentions=self.people.find(doc)))
        if self.learned is not None:
            for p, probs in zip(parsed, self.learned.predict(parsed), strict=True):
                p.learned = probs
        return parsed

    def score(self, messages: Sequence[Message]) -> list[Verdict]:
        """One verdict per message, in order."""
        return [self._judge(p) for p in self.analyse(messages)]

    def _judge(self, parsed: ParsedMessage) -> Verdict:
        msg = parsed.message
        if msg.sender_role == "staff":
            return Verdict(message_id=msg.id, exempt="sent by staff: the parents' code does "
                                                     "not apply to staff messages")
        findings: list[Finding] = []
        for detector in self.detectors:
            fired = [f for f in detector.detect(parsed) if f.fired]
            if getattr(detector, "backstop", False):
                found = {f.label for f in findings}
                fired = [f for f in fired if f.label not in found]
            findings += fired
        return self._decide(msg.id, with_implied(findings, parsed))

    def _decide(self, message_id: str, findings: list[Finding]) -> Verdict:
        if not findings:
            return Verdict(message_id=message_id)
        book = self.rulebook
        by_clause: dict[str, list[Finding]] = {}
        for f in findings:
            clause = book.clause_for(f.label, f.score)
            if clause is not None:
                by_clause.setdefault(clause.id, []).append(f)
        clauses = sorted((c for c in book.clauses if c.id in by_clause),
                         key=lambda c: -SEVERITY_RANK[c.severity])
        breaches = tuple(Breach(c.id, c.title, c.section, c.severity, c.kind,
                                tuple(by_clause[c.id])) for c in clauses)
        actions: set[str] = set()
        reminder = reminder_clause = None
        for c in clauses:
            escalation = _ESCALATION_ACTION[c.then.escalate]
            if escalation is not None:
                actions.add(escalation)
            if c.then.remind:
                actions.add(REMIND)
                if reminder is None:
                    reminder, reminder_clause = book.reminder_text(c), c.title
            if c.then.delete:
                actions.add(DELETE)
        return Verdict(message_id=message_id,
                       labels=tuple(sorted({f.label for f in findings})),
                       findings=tuple(findings), breaches=breaches,
                       severity=clauses[0].severity if clauses else None,
                       reminder=reminder, actions=frozenset(actions),
                       reminder_clause=reminder_clause)
