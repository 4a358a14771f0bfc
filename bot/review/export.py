"""The exported case file: an incident report and a draft warning letter, as one HTML page.

The report follows the schools' "inappropriate content report" form (who, when, what, where,
action taken), with the evidence the policies ask to be kept (the messages with their time
and date). The letter is a draft for the headteacher to edit: it cites each clause by title
and policy section, quotes the messages with their date and time, asks for the posts to be
removed and points to the school's proper channels, as the procedures describe. A message
the parent has since edited away is marked so in the report and left out of the letter. The
report also gives the next steps the school's procedure suggests for the case's clauses.
Every value is HTML-escaped.
"""

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from bot.review import texts
from bot.review.cards import ACTION_WORDS, channels_phrase, clause_title, edited_away, next_steps
from bot.review.evidence import CaseView, EvidenceMessage
from rules.rulebook import Rulebook

STYLE = ("body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}"
         "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em;"
         "vertical-align:top;text-align:left}th{background:#eee;width:30%}"
         ".letter{page-break-before:always;margin-top:3em}blockquote{border-left:3px solid #999;"
         "margin:.5em 0;padding-left:.8em}")


def message_link(message: EvidenceMessage) -> str | None:
    """A t.me link to the message (opens for members of a supergroup only), or None."""
    chat = str(message.group.chat_id)
    if chat.startswith("-100"):
        return f"https://t.me/c/{chat[4:]}/{message.message_id}"
    return None


def _clauses(rulebook: Rulebook, clause_ids: list[str]) -> list[str]:
    sources = {s.id: s.title for s in rulebook.sources}
    items = []
    for clause_id in clause_ids:
        clause = rulebook.clause(clause_id)
        if clause is None:
            items.append(f"<li>{escape(clause_id)} (no longer in the school's rulebook)</li>")
            continue
        items.append(f"<li><b>{escape(clause.title)}</b> ({escape(clause.id)}): "
                     f"{escape(clause.rule.strip())} <i>{escape(sources.get(clause.source, ''))}"
                     f", {escape(clause.section)}</i></li>")
    return items


def _away(message: EvidenceMessage, tz: ZoneInfo) -> str:
    away = edited_away(message, tz)
    return f"<br><i>{escape(away)}; it no longer breaches the code.</i>" if away else ""


def _steps(rulebook: Rulebook, clause_ids: list[str]) -> str:
    steps = next_steps(rulebook, clause_ids)
    if not steps:
        return "none recorded in the school's rulebook"
    return "<ul>" + "".join(f"<li>{escape(step)}</li>" for step in steps) + "</ul>"


def _message_rows(view: CaseView, rulebook: Rulebook, tz: ZoneInfo) -> list[str]:
    rows = ["<tr><th>Sent</th><th>Group</th><th>From</th><th>Clauses</th><th>Message</th>"
            "<th>Action taken</th></tr>"]
    for m in view.messages:
        link = message_link(m)
        where = escape(m.group.title) + (f' (<a href="{escape(link)}">link</a>)' if link else "")
        rows.append(
            f"<tr><td>{escape(texts.local(m.sent_at, tz))}{' (edited)' if m.edited else ''}"
            f"</td><td>{where}</td><td>{escape(m.sender)}</td>"
            f"<td>{escape('; '.join(clause_title(rulebook, c) for c in m.clause_ids))}</td>"
            f"<td>{escape(m.text) or '(photo or video, no text)'}{_away(m, tz)}</td>"
            f"<td>{escape(', '.join(ACTION_WORDS.get(a, a) for a in m.actions) or 'none')}"
            "</td></tr>")
    return rows


def _report(view: CaseView, rulebook: Rulebook, school: str, prepared_by: str,
            tz: ZoneInfo, now: datetime) -> list[str]:
    when = "no messages kept"
    if view.messages:
        first, last = view.messages[0].sent_at, view.messages[-1].sent_at
        when = texts.local(first, tz) + ("" if first == last else f" to {texts.local(last, tz)}")
    status = view.status + (f": {view.outcome}" if view.outcome else "")
    actions = list(dict.fromkeys(ACTION_WORDS.get(a, a) for m in view.messages
                                 for a in m.actions))
    action_taken = "; ".join([*actions, f"case {status}"])
    return [
        f"<h1>Inappropriate content report: case {view.case_id}</h1>",
        f"<p>{escape(school)}. Prepared with Kindly on {escape(texts.local(now, tz))}.</p>",
        "<table>",
        f"<tr><th>Staff name (submitting report)</th><td>{escape(prepared_by)}</td></tr>",
        f"<tr><th>Name of individual who posted the content</th><td>{escape(view.member)}"
        "</td></tr>",
        f"<tr><th>Date</th><td>{escape(when)}</td></tr>",
        f"<tr><th>Where</th><td>Telegram class group: "
        f"{escape(', '.join(g.title for g in view.groups))}</td></tr>",
        "<tr><th>Nature of inappropriate content</th><td><ul>"
        + "".join(_clauses(rulebook, view.clause_ids)) + "</ul></td></tr>",
        f"<tr><th>Action taken</th><td>{escape(action_taken)}</td></tr>",
        f"<tr><th>{escape(texts.NEXT_STEPS)}</th><td>{_steps(rulebook, view.clause_ids)}"
        "</td></tr>",
        "<tr><th>Staff name</th><td></td></tr><tr><th>Date</th><td></td></tr>"
        "<tr><th>Signature</th><td></td></tr>", "</table>",
        "<h2>The messages</h2>", "<table>", *_message_rows(view, rulebook, tz), "</table>",
        "<h2>Reviewer notes</h2>",
        "<ul>" + "".join(f"<li>{escape(texts.local(n.at, tz))}, {escape(n.author)}: "
                         f"{escape(n.text)}</li>" for n in view.notes) + "</ul>"
        if view.notes else "<p>No notes.</p>"]


def _letter(view: CaseView, rulebook: Rulebook, school: str, signed_by: str,
            tz: ZoneInfo, now: datetime) -> list[str]:
    # A message the parent has already edited away is not held against them in the letter.
    standing = [m for m in view.messages if m.edited_away_at is None]
    heading = ['<div class="letter">', "<h1>Draft letter to the parent</h1>"]
    if not standing:
        return [*heading, "<p><i>No draft: the parent edited every message in this case so "
                "that it no longer breaches the code.</i></p>", "</div>"]
    groups = ", ".join(dict.fromkeys(m.group.title for m in reversed(standing)))
    clause_ids = list(dict.fromkeys(c for m in standing for c in m.clause_ids))
    quotes = "".join(
        f"<blockquote>{escape(texts.local(m.sent_at, tz))}: "
        f"“{escape(m.text) or '(a photo or video)'}”</blockquote>" for m in standing)
    left_out = len(view.messages) - len(standing)
    note = (f"<p><i>{texts.plural(left_out, 'message')} the parent edited away "
            f"{'is' if left_out == 1 else 'are'} left out of this letter.</i></p>"
            if left_out else "")
    return [
        *heading,
        "<p><i>A draft for the headteacher to check and edit before sending.</i></p>", note,
        f"<p>{escape(texts.local_date(now, tz))}</p>", f"<p>Dear {escape(view.member)},</p>",
        "<p><b>Our parents' code of conduct</b></p>",
        f"<p>I am writing about messages you posted in the {escape(groups)} Telegram group:"
        f"</p>{quotes}",
        "<p>These messages do not follow the school's code of conduct for parents, which "
        "every parent agrees to. In particular:</p>",
        "<ul>" + "".join(_clauses(rulebook, clause_ids)) + "</ul>",
        "<p>We understand that parents may not always realise when a message in a group chat "
        "goes too far. I ask that you remove these messages if they can still be seen, and "
        "that in future you bring any concern to "
        f"{escape(channels_phrase(rulebook))}, where it can be properly heard.</p>",
        "<p>If messages like these continue, the school will consider the further steps set "
        "out in its policy. I would welcome the chance to talk this through with you; please "
        "contact the school office to arrange a meeting.</p>",
        "<p>Yours sincerely,</p>", f"<p>{escape(signed_by)}<br>{escape(school)}</p>", "</div>"]


def case_document(view: CaseView, rulebook: Rulebook, school: str, prepared_by: str,
                  tz: ZoneInfo, now: datetime) -> bytes:
    """The case file as a UTF-8 HTML page: the incident report, then the draft letter."""
    title = escape(f"Case {view.case_id}: incident report and draft letter, {school}")
    parts = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">',
             f"<title>{title}</title><style>{STYLE}</style></head><body>",
             *_report(view, rulebook, school, prepared_by, tz, now),
             *_letter(view, rulebook, school, prepared_by, tz, now), "</body></html>"]
    return "\n".join(parts).encode("utf-8")


def document_name(view: CaseView, school_key: str, now: datetime, tz: ZoneInfo) -> str:
    """ "case-12-brookfield-2026-11-19.html"."""
    return f"case-{view.case_id}-{school_key}-{now.astimezone(tz).date().isoformat()}.html"
