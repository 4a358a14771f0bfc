"""The reviewer's inline keyboards, every button signed for the user who will see it."""

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.review import texts
from bot.review.callbacks import Button, sign
from bot.review.evidence import CaseView, ReportView, SafeguardingView
from rules.rulebook import Rulebook

# Operations a button can ask for (kept short: callback data has 64 bytes).
ACK, RESOLVE, OUTCOME, DISMISS, TOGGLE, CONFIRM_DISMISS = "ack", "res", "out", "dis", "tog", "dix"
NOTE, NOTICE, POST_NOTICE, EXPORT, BACK = "note", "ntc", "ntp", "exp", "back"
REPORT_DONE, REPORT_NOTICE, REPORT_POST = "rpd", "rpn", "rpp"
SAFEGUARDING_ACK, SAFEGUARDING_NOTE = "sga", "sgn"
PAGE, PICK = "page", "pick"
# Operations only a safeguarding lead or the headteacher may press (checked on every press).
SAFEGUARDING_OPS = frozenset({SAFEGUARDING_ACK, SAFEGUARDING_NOTE})
# What a school-picker button goes on to do.
PICK_QUEUE, PICK_DIGEST, PICK_INVITE_DEPUTY, PICK_INVITE_DSL = "q", "d", "id", "is"


class Keys:
    """Builds signed buttons for one user."""

    def __init__(self, key: bytes, user_id: int):
        self.key = key
        self.user_id = user_id

    def button(self, label: str, op: str, school_id: int, target: int = 0,
               arg: str = "") -> InlineKeyboardButton:
        """One signed button."""
        data = sign(self.key, self.user_id, Button(op, school_id, target, arg))
        return InlineKeyboardButton(label, callback_data=data)

    def case(self, view: CaseView) -> InlineKeyboardMarkup:
        """A case's actions; a closed case keeps only Add note and Export."""
        b, sid, cid = self.button, view.school_id, view.case_id
        if not view.is_open:
            return InlineKeyboardMarkup([[b(texts.NOTE, NOTE, sid, cid),
                                          b(texts.EXPORT, EXPORT, sid, cid)]])
        first = [b(texts.RESOLVE, RESOLVE, sid, cid)]
        if view.status == "open":
            first.insert(0, b(texts.ACK, ACK, sid, cid))
        return InlineKeyboardMarkup([
            first,
            [b(texts.DISMISS, DISMISS, sid, cid), b(texts.NOTE, NOTE, sid, cid)],
            [b(texts.NOTICE, NOTICE, sid, cid), b(texts.EXPORT, EXPORT, sid, cid)]])

    def outcomes(self, view: CaseView) -> InlineKeyboardMarkup:
        """The resolution outcomes, one per row, and Back."""
        rows = [[self.button(label, OUTCOME, view.school_id, view.case_id, str(n))]
                for n, label in enumerate(texts.OUTCOMES)]
        rows.append([self.button(texts.BACK, BACK, view.school_id, view.case_id)])
        return InlineKeyboardMarkup(rows)

    def clauses(self, view: CaseView, rulebook: Rulebook, mask: int) -> InlineKeyboardMarkup:
        """One toggle per clause of the case (by its index in the rulebook), then confirm."""
        rows = []
        for clause_id in view.clause_ids:
            index = clause_index(rulebook, clause_id)
            if index is None:
                continue
            chosen = bool(mask >> index & 1)
            title = rulebook.clause(clause_id).title
            label = ("☑ " if chosen else "☐ ") + title
            rows.append([self.button(label[:60], TOGGLE, view.school_id, view.case_id,
                                     str(mask ^ (1 << index)))])
        rows.append([self.button(texts.CONFIRM_DISMISS, CONFIRM_DISMISS, view.school_id,
                                 view.case_id, str(mask))])
        rows.append([self.button(texts.BACK, BACK, view.school_id, view.case_id)])
        return InlineKeyboardMarkup(rows)

    def notice(self, view: CaseView) -> InlineKeyboardMarkup:
        """One "Post in <group>" button per group of the case, and Back."""
        rows = [[self.button(texts.POST_NOTICE.format(group=g.title)[:60], POST_NOTICE,
                             view.school_id, view.case_id, str(g.id))] for g in view.groups]
        rows.append([self.button(texts.BACK, BACK, view.school_id, view.case_id)])
        return InlineKeyboardMarkup(rows)

    def report(self, view: ReportView) -> InlineKeyboardMarkup | None:
        """A report's actions: mark it reviewed (two outcomes) or post a notice."""
        if view.reviewed_at is not None:
            return None
        b, sid, rid = self.button, view.school_id, view.report_id
        return InlineKeyboardMarkup([
            [b(texts.REPORT_DONE.format(outcome=label.lower()), REPORT_DONE, sid, rid, str(n))]
            for n, label in enumerate(texts.REPORT_OUTCOMES)]
            + [[b(texts.NOTICE, REPORT_NOTICE, sid, rid)]])

    def report_notice(self, view: ReportView) -> InlineKeyboardMarkup:
        """Confirm posting the notice in the report's group."""
        return InlineKeyboardMarkup([[self.button(
            texts.POST_NOTICE.format(group=view.group.title)[:60], REPORT_POST,
            view.school_id, view.report_id, str(view.group.id))]])

    def safeguarding(self, view: SafeguardingView) -> InlineKeyboardMarkup:
        """A safeguarding concern's actions: Acknowledge (until someone has) and Add note."""
        b, sid, aid = self.button, view.school_id, view.alert_id
        row = [b(texts.NOTE, SAFEGUARDING_NOTE, sid, aid)]
        if view.acknowledged is None:
            row.insert(0, b(texts.ACK, SAFEGUARDING_ACK, sid, aid))
        return InlineKeyboardMarkup([row])

    def more(self, school_id: int, offset: int) -> InlineKeyboardMarkup:
        """The "Show more" button of a long queue."""
        return InlineKeyboardMarkup([[self.button(texts.SHOW_MORE, PAGE, school_id, offset)]])

    def pick(self, schools: list[tuple[int, str]], then: str) -> InlineKeyboardMarkup:
        """One button per school, each going on to `then`."""
        return InlineKeyboardMarkup([[self.button(name[:60], PICK, school_id, 0, then)]
                                     for school_id, name in schools])


def clause_index(rulebook: Rulebook, clause_id: str) -> int | None:
    """The clause's position in the school's rulebook (stable while the rulebook is)."""
    for index, clause in enumerate(rulebook.clauses):
        if clause.id == clause_id:
            return index
    return None


def all_clauses_mask(view: CaseView, rulebook: Rulebook) -> int:
    """Every clause of the case selected."""
    mask = 0
    for clause_id in view.clause_ids:
        index = clause_index(rulebook, clause_id)
        if index is not None:
            mask |= 1 << index
    return mask


def clauses_in(mask: int, rulebook: Rulebook, view: CaseView) -> list[str]:
    """The case's clauses selected in `mask` (bits for other clauses are ignored)."""
    return [c for c in view.clause_ids
            if (i := clause_index(rulebook, c)) is not None and mask >> i & 1]
