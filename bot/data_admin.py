"""`kindly data export|erase`, `kindly retention purge` and `kindly db upgrade`.

Subject access and erasure requests, the retention purge on demand, and migrations; all
audited where they touch a member's data. Registered by `bot.school_admin.register`.
"""

import argparse
import json
import os
import sys
from datetime import UTC, datetime

from bot.school_admin import AdminError, open_database, require_school, say


def cmd_data_export(args: argparse.Namespace) -> int:
    """Write everything a school holds about a Telegram user as JSON (audited)."""
    from models.store import export_member

    db = open_database(args)
    with db.session() as s:
        school = require_school(s, args.school)
        data = export_member(s, school.id, args.member, datetime.now(UTC), actor="cli")
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        # The export holds message text: readable by the operator only.
        fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError as e:
        raise AdminError(f"{args.out}: cannot write the export: {e.strerror}") from e
    say(f"Wrote {len(data['incidents'])} incidents and {len(data['cases'])} cases "
         f"to {args.out}")
    return 0


def cmd_data_erase(args: argparse.Namespace) -> int:
    """Erase what a school holds about a Telegram user (audited); needs --yes."""
    from models.store import erase_member

    if not args.yes:
        raise AdminError("erasing is permanent; run again with --yes to confirm "
                         "(export first with kindly data export)")
    db = open_database(args)
    with db.session() as s:
        school = require_school(s, args.school)
        counts = erase_member(s, school.id, args.member, datetime.now(UTC), actor="cli")
    if not counts["members"]:
        say(f"Nothing held about Telegram user {args.member} at {args.school}.")
        return 0
    say(f"Erased Telegram user {args.member} at {args.school}: "
         + ", ".join(f"{kind.replace('_', ' ')} {n}" for kind, n in counts.items()))
    return 0


def cmd_retention_purge(args: argparse.Namespace) -> int:
    """Delete evidence and closed cases past each school's retention period."""
    from models.store import purge_expired

    db = open_database(args)
    with db.session() as s:
        school_id = require_school(s, args.school).id if args.school else None
        counts = purge_expired(s, datetime.now(UTC), school_id=school_id, dry_run=args.dry_run)
    verb = "Would delete" if args.dry_run else "Deleted"
    say(f"{verb}: " + ", ".join(f"{kind} {n}" for kind, n in counts.items()))
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    """Migrate the database to the latest schema and print its revision."""
    db = open_database(args)
    say(f"{db!r} at revision {db.current_revision()}")
    return 0
