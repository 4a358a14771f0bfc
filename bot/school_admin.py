"""`kindly school`, `kindly data`, `kindly retention` and `kindly db`: the operator's commands.

Register (or update) a school and hand out invites and group link codes; list and remove
reviewers; unlink a group. The data-rights, retention and migration commands are in
`bot/data_admin.py`; all are registered here. Every command migrates the database first,
so it works on a fresh deployment. Errors exit with status 2 and one line. The database
layer is imported only when one of these commands runs (`register` runs for every command).
"""

import argparse
import logging
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from models.database import Database
    from models.school import School

log = logging.getLogger(__name__)

DEFAULT_BOT_USERNAME = "kindly_bot"
# models.reviewer.REVIEWER_ROLES plus "group" (a test keeps the two in step).
INVITE_ROLES = ("headteacher", "deputy", "safeguarding_lead", "group")


class AdminError(Exception):
    """A problem the operator can fix; printed as one line."""


def say(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def open_database(args: argparse.Namespace) -> "Database":
    from sqlalchemy.exc import OperationalError

    from models.database import Database

    if not log.isEnabledFor(logging.DEBUG):
        # Alembic narrates every step at INFO; the operator needs only the outcome.
        logging.getLogger("alembic").setLevel(logging.WARNING)
    db = Database(args.database)
    try:
        db.upgrade()
    except OperationalError as e:
        where = db.url.render_as_string(hide_password=True)
        raise AdminError(f"cannot open the database {where}: "
                         f"{str(e.orig).strip().splitlines()[0]}") from e
    return db


def require_school(s: "Session", key: str) -> "School":
    from models.store import list_schools, school_by_key

    school = school_by_key(s, key)
    if school is None:
        known = ", ".join(x.key for x in list_schools(s)) or "none yet"
        raise AdminError(f'no school "{key}" (registered: {known})')
    return school


def _bot_username(args: argparse.Namespace) -> str:
    name = args.bot_username or os.environ.get("KINDLY_BOT_USERNAME") or DEFAULT_BOT_USERNAME
    return name.lstrip("@")


def _print_invite(role: str, code: str, expires: datetime, username: str) -> None:
    if role == "group":
        say(f"Group link code (one group, single use, expires {expires:%Y-%m-%d %H:%M} UTC):")
        say(f"  /link {code}\n  Add the bot to the class group and make it an admin; then a "
             f"group admin\n  sends /link {code} in the group.")
        return
    title = role.replace("_", " ")
    say(f"Invite for the {title} (single use, expires {expires:%Y-%m-%d %H:%M} UTC):")
    say(f"  https://t.me/{username}?start={code}")
    say(f"  The {title} opens this link in Telegram and presses Start.")


def _issue(s: "Session", school_id: int, role: str, now: datetime,
           days: int) -> tuple[str, datetime]:
    from models.store import issue_code

    purpose = "group_link" if role == "group" else f"reviewer:{role}"
    ttl = timedelta(days=days)
    return issue_code(s, school_id, purpose, now, ttl=ttl), now + ttl


def _check_key(s: "Session", key: str, update: bool) -> None:
    """Refuse to replace another school by accident, or to "update" one that is not there."""
    from models.store import list_schools, school_by_key

    existing = school_by_key(s, key)
    if existing is not None and not update:
        raise AdminError(f'a school with key "{key}" is already registered ({existing.name}); '
                         f"to register another school give it its own key with --key, or to "
                         f'change "{key}" run again with --update')
    if existing is None and update:
        known = ", ".join(x.key for x in list_schools(s)) or "none yet"
        raise AdminError(f'no school "{key}" to update (registered: {known}); leave out '
                         "--update to register a new school")


def cmd_school_add(args: argparse.Namespace) -> int:
    """Register a school (or, with --update, change one) and print its invites."""
    from bot.loading import read_rulebook, read_school, read_text
    from bot.review.schedule import digest_settings
    from models.store import audit, register_school, set_retention, slug_for
    from rules.config_errors import ConfigError

    config = read_school(args.config)
    rulebook = read_rulebook(config.rulebook)
    try:
        digest_settings(config)  # a mistake in `digests:` fails now, naming the field
    except ValueError as e:
        raise ConfigError(str(args.config), str(e)) from e
    text = read_text(args.config, "school file")
    key = args.key or slug_for(config.school)
    now = datetime.now(UTC)
    db = open_database(args)
    codes: list[tuple[str, str, datetime]] = []
    with db.session() as s:
        _check_key(s, key, args.update)
        school = register_school(s, key=key, name=config.school, config_yaml=text,
                                 rulebook_id=rulebook.id, rulebook_version=rulebook.version,
                                 timezone=config.timezone, now=now, update=args.update)
        if args.retention_days is not None:
            set_retention(s, school.id, args.retention_days)
        audit(s, school.id, "cli", "school.update" if args.update else "school.register",
              f"school:{school.id}", {"rulebook": rulebook.id, "version": rulebook.version},
              now)
        if not args.update or args.invite:
            for role in ("headteacher", "group"):
                codes.append((role, *_issue(s, school.id, role, now, args.days)))
        school_id = school.id
    log.info("%s school %s (id %d)", "updated" if args.update else "registered", key, school_id)
    if args.update:
        say(f'Updated {config.school} ("{key}"): rulebook {rulebook.id} {rulebook.version}. '
             "A running bot picks the change up within a minute.")
    else:
        say(f'Registered {config.school} as "{key}" '
             f"(rulebook {rulebook.id} {rulebook.version}).")
    for role, code, expires in codes:
        say()
        _print_invite(role, code, expires, _bot_username(args))
    say()
    say(f"More codes: kindly school invite --school {key} --role deputy|safeguarding_lead|group")
    return 0


def cmd_school_list(args: argparse.Namespace) -> int:
    """List the registered schools with their groups and reviewers."""
    from models.store import groups_of, list_schools, reviewers

    db = open_database(args)
    with db.session() as s:
        schools = list_schools(s)
        if not schools:
            say("No schools yet: kindly school add --config SCHOOL.yaml")
        for school in schools:
            keep = (f"{school.retention_days} days" if school.retention_days
                    else "end of school year")
            say(f"{school.key}\t{school.name}\trulebook {school.rulebook_id} "
                 f"{school.rulebook_version}\tgroups {len(groups_of(s, school.id))}\t"
                 f"reviewers {len(reviewers(s, school.id))}\tretention {keep}")
    return 0


def cmd_school_invite(args: argparse.Namespace) -> int:
    """Print a new reviewer invite or group link code(s) for a school."""
    from models.store import audit

    if args.count < 1:
        raise AdminError(f"--count must be at least 1 (got {args.count})")
    now = datetime.now(UTC)
    db = open_database(args)
    with db.session() as s:
        school = require_school(s, args.school)
        codes = [_issue(s, school.id, args.role, now, args.days) for _ in range(args.count)]
        audit(s, school.id, "cli", "code.issue", f"school:{school.id}",
              {"role": args.role, "count": args.count}, now)
    for i, (code, expires) in enumerate(codes):
        if i:
            say()
        _print_invite(args.role, code, expires, _bot_username(args))
    return 0


def cmd_school_reviewers(args: argparse.Namespace) -> int:
    """List a school's reviewers: Telegram id, role, name and when they were added."""
    from models.store import reviewers

    db = open_database(args)
    with db.session() as s:
        school = require_school(s, args.school)
        rows = [(r.telegram_user_id, r.role, r.display_name or "-", r.added_at)
                for r in reviewers(s, school.id)]
    if not rows:
        say(f"No reviewers at {args.school} yet: kindly school invite --school {args.school} "
             "--role headteacher")
        return 0
    say("telegram_id\trole\tname\tadded (UTC)")
    for telegram_id, role, name, added in rows:
        say(f"{telegram_id}\t{role}\t{name}\t{added.astimezone(UTC):%Y-%m-%d %H:%M}")
    return 0


def cmd_school_revoke(args: argparse.Namespace) -> int:
    """Remove a reviewer from a school; they lose access at once (audited)."""
    from models.store import reviewers, revoke_reviewer

    now = datetime.now(UTC)
    db = open_database(args)
    with db.session() as s:
        school = require_school(s, args.school)
        roles, cancelled = revoke_reviewer(s, school.id, args.telegram_id, now, role=args.role)
        heads_left = len(reviewers(s, school.id, role="headteacher"))
    log.info("revoked reviewer roles %s of a user at school %s", ",".join(roles), args.school)
    say(f"Telegram user {args.telegram_id} no longer reviews {args.school} "
         f"(removed: {', '.join(r.replace('_', ' ') for r in roles)}).")
    if cancelled:
        say(f"Cancelled {cancelled} unused reviewer invite{'' if cancelled == 1 else 's'} of "
             f"{args.school}, so none can be used to come back; issue new ones with "
             f"kindly school invite --school {args.school} --role ...")
    if not heads_left:
        say(f"{args.school} has no headteacher reviewer now: kindly school invite "
             f"--school {args.school} --role headteacher")
    return 0


def cmd_school_unlink(args: argparse.Namespace) -> int:
    """Stop moderating a group for a school (audited); its evidence stays in the cases."""
    from models.store import groups_of, unlink_group

    db = open_database(args)
    with db.session() as s:
        school = require_school(s, args.school)
        linked = groups_of(s, school.id)
        if args.chat_id not in {g.chat_id for g in linked}:
            known = ", ".join(f"{g.chat_id} ({g.title or 'untitled'})" for g in linked)
            raise AdminError(f"no group with chat id {args.chat_id} is linked to "
                             f"{args.school} (linked: {known or 'none'})")
        group = unlink_group(s, school.id, args.chat_id, datetime.now(UTC))
        title = group.title or "the group"
    log.info("unlinked chat %s from school %s", args.chat_id, args.school)
    say(f"Unlinked {title} (chat {args.chat_id}) from {args.school}: the bot no longer "
         "moderates it for this school. Its messages already in cases stay there. To link it "
         "again, a group admin sends /link with a new group code.")
    return 0


Command = Callable[[argparse.Namespace], int]


def _guarded(func: Command) -> Command:
    def run(args: argparse.Namespace) -> int:
        from models.store import StoreError

        try:
            return func(args)
        except (AdminError, StoreError) as e:
            print(f"kindly: error: {e}", file=sys.stderr)  # noqa: T201
            return 2
    run.__doc__ = func.__doc__
    return run


def _invite_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--bot-username", default=None,
                   help=f"for invite links (default: KINDLY_BOT_USERNAME or "
                        f"{DEFAULT_BOT_USERNAME})")
    p.add_argument("--days", type=int, default=7, help="how long codes stay valid (days)")


def _add(sub: argparse._SubParsersAction, name: str, func: Command,
         help_text: str) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.set_defaults(func=_guarded(func))
    p.add_argument("--database", default=None, metavar="URL",
                   help="SQLAlchemy URL (default: KINDLY_DATABASE_URL, else SQLite in "
                        "KINDLY_DATA_DIR)")
    return p


def register(sub: argparse._SubParsersAction) -> None:
    """Add `school`, `data`, `retention` and `db` to the `kindly` command line."""
    from bot.data_admin import cmd_data_erase, cmd_data_export, cmd_db_upgrade, cmd_retention_purge

    school = sub.add_parser("school", help="register schools; invites and group link codes")
    school_sub = school.add_subparsers(dest="school_command", required=True)
    p = _add(school_sub, "add", cmd_school_add, "register a school and print its invites")
    p.add_argument("--config", type=Path, required=True, help="the school's YAML file")
    p.add_argument("--key", default=None, help="short id (default: from the school's name)")
    p.add_argument("--retention-days", type=int, default=None,
                   help="keep evidence this many days after closure (default: until the "
                        "end of the school year)")
    p.add_argument("--update", action="store_true",
                   help="change the already registered school with this key (no new "
                        "invites unless --invite)")
    p.add_argument("--invite", action="store_true",
                   help="with --update: also print a new headteacher invite and group code")
    _invite_args(p)
    _add(school_sub, "list", cmd_school_list, "list registered schools")
    p = _add(school_sub, "invite", cmd_school_invite, "a reviewer invite or group link code")
    p.add_argument("--school", required=True, help="the school's key")
    p.add_argument("--role", required=True, choices=INVITE_ROLES)
    p.add_argument("--count", type=int, default=1, help="how many codes (one per group)")
    _invite_args(p)
    p = _add(school_sub, "reviewers", cmd_school_reviewers, "list a school's reviewers")
    p.add_argument("--school", required=True, help="the school's key")
    p = _add(school_sub, "revoke", cmd_school_revoke,
             "remove a reviewer from a school (access ends at once)")
    p.add_argument("--school", required=True, help="the school's key")
    p.add_argument("--telegram-id", type=int, required=True, metavar="ID",
                   help="the reviewer's Telegram user id (see kindly school reviewers)")
    p.add_argument("--role", default=None, choices=INVITE_ROLES[:-1],
                   help="remove only this role (default: every role at the school)")
    p = _add(school_sub, "unlink", cmd_school_unlink,
             "stop moderating a group for a school")
    p.add_argument("--school", required=True, help="the school's key")
    p.add_argument("--chat-id", type=int, required=True, metavar="ID",
                   help="the group's Telegram chat id (e.g. -1001234567890)")

    data = sub.add_parser("data", help="subject access export and erasure")
    data_sub = data.add_subparsers(dest="data_command", required=True)
    for name, func, text in (("export", cmd_data_export, "export a member's data as JSON"),
                             ("erase", cmd_data_erase, "erase a member's data")):
        p = _add(data_sub, name, func, text)
        p.add_argument("--member", type=int, required=True, metavar="TELEGRAM_ID")
        p.add_argument("--school", required=True, help="the school's key")
        if name == "export":
            p.add_argument("--out", type=Path, default=None, help="file (default: stdout)")
        else:
            p.add_argument("--yes", action="store_true", help="confirm the erasure")

    retention = sub.add_parser("retention", help="purge evidence past retention")
    retention_sub = retention.add_subparsers(dest="retention_command", required=True)
    p = _add(retention_sub, "purge", cmd_retention_purge, "purge what is past retention now")
    p.add_argument("--dry-run", action="store_true", help="count only; delete nothing")
    p.add_argument("--school", default=None, help="one school's key (default: all)")

    db = sub.add_parser("db", help="database migrations")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    _add(db_sub, "upgrade", cmd_db_upgrade, "migrate the database to the latest schema")
