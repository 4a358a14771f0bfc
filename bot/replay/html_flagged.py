"""One flagged message as an HTML article: the text with its evidence marked, clauses, why,
the reminder Kindly would have posted and what the ladder would have done."""

from datetime import datetime
from html import escape

from bot.replay.report_model import ContextLine, FlaggedMessage
from rules.findings import Finding

_MEDIA_NOTE = {"photo": "photo attached", "video": "video attached", "gif": "GIF attached",
               "media": "media attached (the export does not say which kind)",
               "audio": "audio attached", "sticker": "sticker", "document": "document attached",
               "contact": "contact card shared", "location": "location shared",
               "poll": "poll"}


def when(at: datetime) -> str:
    """A timestamp as the report shows it: 15 Jan 2024 21:40."""
    return at.strftime("%d %b %Y %H:%M")


def marked_text(text: str, findings: tuple[Finding, ...]) -> str:
    """The escaped text with each finding's evidence span in <mark>."""
    spans = sorted((f.start, f.end) for f in findings
                   if f.start is not None and f.end is not None and 0 <= f.start < f.end)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out += [escape(text[pos:start]), f"<mark>{escape(text[start:end])}</mark>"]
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _media(media: str | None) -> str:
    return f" <i>({escape(_MEDIA_NOTE.get(media, media))})</i>" if media else ""


def _context(lines: list[ContextLine], where: str) -> str:
    if not lines:
        return ""
    items = "".join(f'<li><span class="when">{when(c.sent_at)}</span> '
                    f'<b>{escape(c.sender or "")}</b> {escape(c.text)}{_media(c.media)}</li>'
                    for c in lines)
    return f'<ol class="context {where}" aria-label="messages {where}">{items}</ol>'


def _finding(f: Finding) -> str:
    target = f" about {escape(f.target.split(':', 1)[-1])}" if f.target else ""
    return (f"<li><b>{escape(f.label.replace('_', ' '))}</b>{target}: {escape(f.reason)} "
            f'<span class="dim">({escape(f.detector)}, score {f.score:.2f} against '
            f"{f.threshold:.2f})</span></li>")


def flagged_article(item: FlaggedMessage) -> str:
    """The article for one flagged message."""
    r, v = item.record, item.verdict
    notes = []
    if r.media:
        notes.append(_MEDIA_NOTE.get(r.media, r.media))
    if r.edited:
        notes.append("edited before the export; this is its last version")
    if r.forwarded_from:
        notes.append(f"forwarded from {r.forwarded_from}")
    note = "".join(f'<p class="note">{escape(n)}</p>' for n in notes)
    chat = f", {escape(r.chat)}" if r.chat else ""
    clauses = "".join(f"<li><b>{escape(b.title)}</b> <span class=\"dim\">({escape(b.clause_id)}"
                      f", section {escape(b.section)}, {escape(b.severity)}"
                      f"{', hard rule' if b.kind == 'hard' else ''})</span></li>"
                      for b in v.breaches)
    if v.reminder:
        reminder = (f'<p class="reminder"><b>Reminder Kindly would have posted:</b> '
                    f"{escape(v.reminder)}</p>")
    else:
        reminder = ('<p class="reminder"><b>No public reminder:</b> this goes privately to '
                    "the designated safeguarding lead.</p>")
    ladder = ""
    if item.step is not None:
        ladder = (f'<p class="ladder"><b>Ladder: {escape(item.step.what)}</b> '
                  f"({escape(item.step.reason)})</p>")
    elif item.decision is not None:
        ladder = f'<p class="ladder dim">Ladder: {escape(item.decision.reason)}</p>'
    text = marked_text(r.text, v.findings) if r.text else "<i>(no text)</i>"
    return (f'<article class="flag sev-{escape(v.severity or "low")}" id="m{escape(item.ident)}">'
            f'<header><span class="when">{when(r.sent_at)}</span> '
            f'<span class="who">{escape(r.sender or "")}</span> '
            f'<span class="where">line {r.line}{chat}</span> '
            f'<span class="badge">{escape(v.severity or "")}</span></header>'
            f'{_context(item.before, "before")}'
            f'<blockquote class="text">{text}</blockquote>{note}'
            f'{_context(item.after, "after")}'
            f'<ul class="clauses">{clauses}</ul>'
            f'<details open><summary>Why it was flagged</summary><ul class="why">'
            f'{"".join(_finding(f) for f in v.findings)}</ul></details>'
            f"{reminder}{ladder}</article>\n")
