"""The text of a case or report card in the reviewer's queue (plain text, under 4096 chars).

A card shows the evidence: each message with its date and time, group, sender, the clauses
it breached (by title, from the school's rulebook), what the bot did and whether the parent
has since edited the breach away; and the next steps the school's procedure suggests for
those clauses. The full record is in the exported document. A safeguarding concern has its
own card, shown only to the safeguarding lead and the headteacher.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.review import texts
from bot.review.evidence import CaseView, EvidenceMessage, Note, ReportView, SafeguardingView
from rules.rulebook import Rulebook

MESSAGES_ON_CARD = 5
TEXT_ON_CARD = 400
ACTION_WORDS = {"reminded": "reminder posted", "deleted": "message removed",
                "noted": "removal explained", "would_delete": "would have removed (observe)",
                "would_remind": "would have reminded (observe)",
                "reminder_held_back": "no reminder (one had just been posted)",
                "cannot_delete": "could not remove it (no right to delete)",
                "notice": "notice posted by a reviewer", "alerted_dsl": "safeguarding lead told"}


def clause_title(rulebook: Rulebook, clause_id: str) -> str:
    """The clause's title from the school's rulebook, or its id if the rulebook changed."""
    clause = rulebook.clause(clause_id)
    return clause.title if clause is not None else clause_id


def clause_list(rulebook: Rulebook, clause_ids: list[str] | tuple[str, ...]) -> str:
    """ "Title (id); Title (id)"."""
    return "; ".join(f"{clause_title(rulebook, c)} ({c})" for c in clause_ids) or "none"


def next_steps(rulebook: Rulebook, clause_ids: list[str] | tuple[str, ...]) -> list[str]:
    """The school's next steps for these clauses, in clause order, each step once."""
    steps: dict[str, None] = {}
    for clause_id in clause_ids:
        clause = rulebook.clause(clause_id)
        if clause is not None:
            steps.update(dict.fromkeys(" ".join(step.split()) for step in clause.next_steps))
    return list(steps)


def edited_away(message: EvidenceMessage, tz: ZoneInfo) -> str | None:
    """ "Edited away by the parent at <time>", if the parent edited the breach out."""
    if message.edited_away_at is None:
        return None
    return f"Edited away by the parent at {texts.local(message.edited_away_at, tz)}"


def _action_words(actions: tuple[str, ...]) -> str:
    return ", ".join(ACTION_WORDS.get(a, a) for a in actions) or "nothing posted"


def _steps_lines(rulebook: Rulebook, clause_ids: list[str] | tuple[str, ...]) -> list[str]:
    steps = next_steps(rulebook, clause_ids)
    return [f"{texts.NEXT_STEPS}:", *(f"- {step}" for step in steps), ""] if steps else []


def _message_lines(message: EvidenceMessage, rulebook: Rulebook, tz: ZoneInfo) -> list[str]:
    edited = " (edited)" if message.edited else ""
    away = edited_away(message, tz)
    return [f"• {texts.local(message.sent_at, tz)}{edited}, {message.group.title}, "
            f"from {message.sender}",
            f"  Breached: {clause_list(rulebook, message.clause_ids)}",
            f"  “{texts.shorten(message.text, TEXT_ON_CARD)}”" if message.text
            else "  (no text: a photo or video)",
            *([f"  {away}: it no longer breaches the code"] if away else []),
            f"  Bot: {_action_words(message.actions)}"]


def _note_lines(notes: tuple[Note, ...], tz: ZoneInfo) -> list[str]:
    if not notes:
        return []
    return ["", f"Notes ({len(notes)}):",
            *(f"- {texts.local(n.at, tz)}, {n.author}: {texts.shorten(n.text, 200)}"
              for n in notes[-3:])]


def case_card(view: CaseView, rulebook: Rulebook, tz: ZoneInfo, now: datetime) -> str:
    """The case's card: status, parent, the school's next steps, evidence, notes."""
    status = view.status
    if view.outcome and not view.is_open:
        status += f": {view.outcome}"
    lines = [f"Case {view.case_id} · {view.severity} · {status}",
             f"Parent: {view.member}",
             f"Opened {texts.local(view.opened_at, tz)} ({texts.age(view.opened_at, now)} ago)",
             f"Why: {view.reason or 'not recorded'}",
             f"Clauses: {clause_list(rulebook, view.clause_ids)}", "",
             *_steps_lines(rulebook, view.clause_ids)]
    shown = view.messages[-MESSAGES_ON_CARD:]
    if len(view.messages) > len(shown):
        lines.append(f"(latest {len(shown)} of {len(view.messages)} messages; Export has all)")
    for message in shown:
        lines += _message_lines(message, rulebook, tz)
    lines += _note_lines(view.notes, tz)
    return "\n".join(lines)[:4000]


def safeguarding_card(view: SafeguardingView, rulebook: Rulebook, tz: ZoneInfo,
                      now: datetime) -> str:
    """A safeguarding concern, for the safeguarding lead and the headteacher only."""
    state = "acknowledged" if view.acknowledged else "waiting"
    delivered = (f"Sent privately to the safeguarding lead {texts.local(view.delivered_at, tz)}"
                 if view.delivered_at else "Not yet delivered to a safeguarding lead")
    lines = [f"{texts.SAFEGUARDING_CARD} {view.alert_id} · {state}",
             f"Raised {texts.local(view.created_at, tz)} ({texts.age(view.created_at, now)} ago)",
             delivered]
    if view.acknowledged:
        lines.append(f"Acknowledged by {view.acknowledged.author}, "
                     f"{texts.local(view.acknowledged.at, tz)}")
    lines += ["", *_steps_lines(rulebook, view.message.clause_ids),
              *_message_lines(view.message, rulebook, tz), *_note_lines(view.notes, tz)]
    return "\n".join(lines)[:4000]


def report_card(view: ReportView, tz: ZoneInfo, now: datetime) -> str:
    """A parent's report: who reported whom, where, when, and the reported text."""
    state = ("reviewed " + texts.local(view.reviewed_at, tz)) if view.reviewed_at else "waiting"
    lines = [f"Report {view.report_id} · {state}",
             f"Reported {texts.local(view.created_at, tz)} "
             f"({texts.age(view.created_at, now)} ago) in {view.group.title}",
             f"By: {view.reporter}", f"About a message from: {view.reported}", "",
             f"“{texts.shorten(view.text, TEXT_ON_CARD)}”" if view.text
             else "(the reported message had no text)"]
    return "\n".join(lines)


def channels_phrase(rulebook: Rulebook) -> str:
    """Where parents should take concerns: the office, the headteacher, the complaints route."""
    names = [rulebook.channels[key].name for key in ("office", "headteacher", "complaints")
             if key in rulebook.channels]
    if not names:
        names = [channel.name for channel in rulebook.channels.values()][:2]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " or " + names[-1]


def group_notice(rulebook: Rulebook, school_name: str) -> str:
    """The fixed, neutral notice a reviewer can have the bot post in a group."""
    return texts.GROUP_NOTICE.format(school=school_name, channels=channels_phrase(rulebook))
