"""What the bot says to reviewers in private chats, in one place so it can be reviewed."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

# The outcomes a reviewer can record when resolving a case, from the schools' procedures:
# first speak with the parent and ask for the post to be removed; then set out the concerns
# in writing with a warning; contact the police for threats, hate or harassment; and the
# headteacher may ask for a group chat to be closed if problems continue.
OUTCOMES = (
    "Spoke with the parent",
    "Asked for the post to be removed",
    "Written warning sent",
    "Referred to the police",
    "Asked for the group chat to be closed",
    "Other",
)
OTHER = len(OUTCOMES) - 1
REPORT_OUTCOMES = ("No action needed", "Dealt with by the school")

ROLE_NAMES = {"headteacher": "headteacher", "deputy": "deputy headteacher",
              "safeguarding_lead": "designated safeguarding lead"}
INVITE_ROLES = {"deputy": "deputy", "safeguarding_lead": "safeguarding_lead",
                "dsl": "safeguarding_lead"}

WELCOME_REVIEWER = (
    "Welcome, {name}. You are now a reviewer for {school} as {role}.\n\n"
    "What you can do here:\n"
    "/queue - open cases and parents' reports, with their evidence and buttons to "
    "acknowledge, resolve, dismiss, add a note, post a notice to the group or export a "
    "report and draft letter\n"
    "/digest - a summary now (by default a daily digest comes at 16:00 on school days, "
    "and a weekly summary on Fridays)\n"
    "{invite}"
    "You only ever see {school}'s cases. Everything you view or change is recorded in the "
    "school's audit log.")
INVITE_LINE = "/invite deputy or /invite safeguarding_lead - a one-time link for a colleague\n"
SAFEGUARDING_LINE = ("\nAs safeguarding lead you will also receive safeguarding concerns "
                     "here, privately, as soon as they are seen. They also wait at the top of "
                     "/queue, for you and the headteacher only, until one of you acknowledges "
                     "them.")
HELLO_STRANGER = (
    "Hello, I'm Kindly, the school's code-of-conduct helper for class groups. If your school "
    "sent you an invite link, open that link to become a reviewer. Parents don't need to do "
    "anything here: use /rules in your class group to read the code.")
HELLO_AGAIN = "Hello again. You review {schools}. Use /queue, /digest or /help."
CODE_FAILED = ("That invite link didn't work: {problem}. Invite links can be used once and "
               "expire after a week; ask the headteacher (or the school's Kindly operator) "
               "for a new one.")
NOT_A_REVIEWER = ("Only the school's reviewers can use this. If your school sent you an "
                  "invite link, open it first.")
ONLY_HEADTEACHER = "Only a headteacher can invite reviewers."
INVITE_USAGE = "Send /invite deputy or /invite safeguarding_lead."
INVITE_LINK = (
    "Here is a one-time invite for a {role} at {school}. It works once and expires on "
    "{expires}. Send it privately to the person it is for:\n{link}")
PICK_SCHOOL = "Which school?"

QUEUE_EMPTY = "Nothing waiting at {school}: no open cases and no unreviewed reports."
QUEUE_HEADER = "{school}: {cases} open case{cs}, {reports} unreviewed report{rs}."
QUEUE_HEADER_SAFEGUARDING = ("{school}: {concerns}, {cases} open case{cs}, {reports} "
                             "unreviewed report{rs}.")
SAFEGUARDING_SECTION = ("Safeguarding concerns, not yet acknowledged (only the safeguarding "
                        "lead and the headteacher see these):")
SAFEGUARDING_CARD = "Safeguarding concern"
NEXT_STEPS = "Suggested next steps from the school's procedure"
ALERTS_NO_LEAD = "no safeguarding lead has registered; use /invite safeguarding_lead"
ALERTS_NOT_SENT = ("{leads} registered, but sending the alert failed; it will be retried, "
                   "and the lead can also see it in /queue")
QUEUE_MORE = "{n} more waiting."
SHOW_MORE = "Show more"
GONE = "That case or report is not available."
BUTTON_REFUSED = "This button is not valid for you."
ALREADY_CLOSED = "This case is already {status}."

ACK = "Acknowledge"
RESOLVE = "Resolve"
DISMISS = "Not a breach"
NOTE = "Add note"
NOTICE = "Notice to group"
EXPORT = "Export"
BACK = "Back"
CONFIRM_DISMISS = "Dismiss the selected clauses"
POST_NOTICE = "Post in {group}"
REPORT_DONE = "Reviewed: {outcome}"

CHOOSE_OUTCOME = "How was case {case} resolved?"
CHOOSE_CLAUSES = ("Case {case}: which clauses were wrongly flagged? Tap to select or "
                  "unselect, then confirm. The dismissal is recorded per clause, so the "
                  "school can see how often each rule is wrong.")
CONFIRM_NOTICE = ("This neutral notice will be posted by the bot in the group (it names "
                  "nobody):\n\n{notice}")
ASK_NOTE = "Send your note for case {case} as your next message, or /cancel."
ASK_OUTCOME = "Describe the outcome of case {case} in one message, or /cancel."
NOTE_SAVED = "Note added to case {case}."
ASK_SAFEGUARDING_NOTE = ("Send your note for safeguarding concern {alert} as your next "
                         "message, or /cancel. Only the safeguarding lead and the headteacher "
                         "can read it.")
SAFEGUARDING_NOTE_SAVED = "Note added to safeguarding concern {alert}."
SAFEGUARDING_ACKNOWLEDGED = "Acknowledged: you have this concern in hand."
SAFEGUARDING_ALREADY = "{name} has already acknowledged this concern."
ONLY_SAFEGUARDING = "Only the safeguarding lead or the headteacher can do this."
OUTCOME_SAVED = "Case {case} resolved: {outcome}."
CANCELLED = "Cancelled."
NOTHING_TO_CANCEL = "There is nothing to cancel."
NOTICE_POSTED = "Notice posted in {group}."
NOTICE_FAILED = "The notice could not be posted in {group} ({detail})."
EXPORT_CAPTION = "Case {case}: incident report and draft letter for the school's records."
REPORT_EXPORT_CAPTION = "Report {report}: incident report for the school's records."

GROUP_NOTICE = (
    "A note from {school}: please can we close this conversation here. If you have a concern "
    "about something at school, the best place for it is {channels}, where it can be "
    "properly heard. Thank you for helping to keep this group friendly and useful for "
    "everyone.")


def local(at: datetime, tz: ZoneInfo) -> str:
    """A time as the school reads it: "Thu 19 Nov 2026, 09:14"."""
    return at.astimezone(tz).strftime("%a %d %b %Y, %H:%M")


def local_date(at: datetime, tz: ZoneInfo) -> str:
    """A date as the school reads it: "19 November 2026"."""
    return at.astimezone(tz).strftime("%d %B %Y").lstrip("0")


def age(since: datetime, now: datetime) -> str:
    """How long ago, roughly: "3 days", "5 hours", "12 minutes"."""
    gap = max(now - since, timedelta(0))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        n = int(gap.total_seconds() // size)
        if n >= 1:
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return "just now"


def plural(n: int, word: str) -> str:
    """ "1 case", "2 cases"."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"
