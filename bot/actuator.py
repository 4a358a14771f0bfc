"""Carry out a verdict in the group, according to the group's mode. The only place modes live.

- observe: record what would have been done; send and delete nothing.
- remind: reply with the gentle reminder; for a high-severity breach whose clause allows it,
  also delete the message (when the bot has the right) and post a neutral note instead.
- enforce: as remind, and medium-severity breaches are deleted too.
Safeguarding findings never produce anything public. Cooldowns keep a heated thread from
filling up with the bot's messages: while one is running, reminders are recorded as held
back, but a deletion still happens.
"""

import logging
from dataclasses import dataclass

from rules.verdict import DELETE, REMIND, Verdict

log = logging.getLogger(__name__)

MODES = ("observe", "remind", "enforce")

# what the actuator records for each step
REMINDED = "reminded"
DELETED = "deleted"
NOTED = "noted"
HELD_BACK = "reminder_held_back"
WOULD_REMIND = "would_remind"
WOULD_DELETE = "would_delete"
CANNOT_DELETE = "cannot_delete"


@dataclass(frozen=True)
class Plan:
    """The public steps for one breach, decided before anything is sent.

    Attributes:
        remind: Reply to the message with the reminder.
        delete: Delete the message.
        note: Post a neutral note in place of the deleted message.
        recorded_only: Steps recorded but not taken (observe, dry run, cooldown, no right).
    """

    remind: bool = False
    delete: bool = False
    note: bool = False
    recorded_only: tuple[str, ...] = ()

    @property
    def public(self) -> bool:
        """True when the plan sends or deletes something."""
        return self.remind or self.delete or self.note


def wants_delete(verdict: Verdict, mode: str) -> bool:
    """Whether the mode and the breach's severity call for removing the message."""
    if mode == "enforce":
        return verdict.severity in ("high", "medium") and verdict.reminder is not None
    if mode == "remind":
        return verdict.severity == "high" and DELETE in verdict.actions
    return False


def plan_actions(verdict: Verdict, mode: str, *, can_delete: bool, cooling_down: bool,
                 dry_run: bool) -> Plan:
    """Decide the public steps for a verdict (pure: no I/O)."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
    public_reminder = REMIND in verdict.actions and verdict.reminder is not None
    # observe records what remind mode would have done
    delete = wants_delete(verdict, "remind" if mode == "observe" else mode)
    if mode == "observe" or dry_run:
        would = [WOULD_REMIND] if public_reminder else []
        would += [WOULD_DELETE] if delete else []
        return Plan(recorded_only=tuple(would))
    if delete and not can_delete:
        remind = public_reminder and not cooling_down
        return Plan(remind=remind, recorded_only=(CANNOT_DELETE,)
                    + ((HELD_BACK,) if public_reminder and cooling_down else ()))
    if delete:
        return Plan(delete=True, note=public_reminder and not cooling_down,
                    recorded_only=(HELD_BACK,) if public_reminder and cooling_down else ())
    if public_reminder and cooling_down:
        return Plan(recorded_only=(HELD_BACK,))
    return Plan(remind=public_reminder)
