"""What the bot says in groups and private chats, in one place so it can be reviewed."""

from rules.rulebook import Rulebook

INTRO = (
    "Hello, I'm Kindly. I help this group keep to the school's parents' code of conduct "
    "with gentle reminders, so concerns reach the right person at school.\n\n"
    "An admin links this group to the school with /link followed by the code the school "
    "office gave you. Until then I only listen for that.")

PRIVACY = (
    "What I do with messages in this group:\n"
    "- I read each message to check it against the school's code of conduct.\n"
    "- I keep nothing of ordinary messages, only who is in the group (name and Telegram id, "
    "when first and last seen). When a message breaks the code I keep it, with its time, "
    "sender and the rule it broke, as evidence for the school.\n"
    "- Evidence is kept {retention}, then deleted.\n"
    "- Only the headteacher and the people they name (deputy, safeguarding lead) see it. "
    "A worry about a child's safety goes privately to the designated safeguarding lead.\n"
    "- You can ask the school office for a copy of what is held about you, or for it to "
    "be erased.")

NEED_READ_ACCESS = (
    "I can't see the group's messages yet, so I can't help. An admin can fix this in one of "
    "two ways: make me an admin of the group (Group settings > Administrators > Add admin), "
    "or ask the bot's owner to turn off privacy mode with @BotFather (/setprivacy > Disable) "
    "and then remove and add me again.")

NEED_DELETE_RIGHT = (
    "Note for admins: I don't have the right to delete messages, so for serious breaches "
    "I can only post a reminder. To let me remove them, make me an admin with "
    "'Delete messages' switched on.")

WELCOME = (
    "Welcome to the group, {name}! This is a group for parents of {school}. Everyone here "
    "has agreed to the school's parents' code of conduct: please read it with /rules, then "
    "tap the button below. If a message ever worries you, you can report it to the school "
    "privately: open a chat with me and send /report with the message's link.")
ACK_BUTTON = "I have read the code of conduct"
ACK_THANKS = "Thank you, that's recorded."

REMOVED_NOTE = (
    "I removed a message because it did not follow the school's code ({clause}). {reminder}")

REPORT_THANKS = (
    "Thank you. Your report has gone to the school's review queue. Nobody in the group "
    "has been told who made it.")
REPORT_HOW = (
    "To report a message, reply to it with /report. To report without anyone in the group "
    "seeing, send me the message's link privately: /report followed by the link (press and "
    "hold the message, then Copy Link).")
REPORT_LINK_HOW = (
    "Send /report followed by the message's link: press and hold the message in the group, "
    "choose Copy Link, and paste it after /report.")
REPORT_NOT_MEMBER = "I can only take reports from members of that group."
REPORT_LIMIT = "You have made several reports today; the school will look at those first."

NOT_ADMIN = "Only the group's admins can do that."
NOT_LINKED = "This group isn't linked to a school yet. An admin can send /link CODE."

SAFEGUARDING_ALERT = (
    "Safeguarding concern (clause {clause})\n"
    "Group: {group}\nSent: {when} by {sender}\n\nMessage:\n{text}\n\n"
    "Nothing was posted in the group. Please follow the school's safeguarding procedure.")


def retention_phrase(days: int | None) -> str:
    """How long evidence is kept, in words."""
    if days is None:
        return "until the end of the school year after the matter is closed"
    return f"for {days} days after the matter is closed"


def rules_text(rulebook: Rulebook) -> str:
    """The school's code in plain words, clause by clause, for /rules."""
    lines = [f"{rulebook.school}: parents' code of conduct (version {rulebook.version})", ""]
    for n, clause in enumerate(rulebook.clauses, start=1):
        lines.append(f"{n}. {clause.title}: {clause.rule.strip()}")
    lines += ["", "If something worries you, use the school's own channels: "
              + "; ".join(f"{c.name}" for c in rulebook.channels.values()) + "."]
    return "\n".join(lines)
