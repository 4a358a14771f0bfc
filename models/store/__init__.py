"""Store functions: every read and write the bot makes, each taking a Session first.

Data a school owns is always read through its `school_id`; `now` is always passed in.
"""

from models.store.audit import audit, audit_entries
from models.store.cases import (
    add_case_note,
    case_by_id,
    case_incidents,
    case_notes,
    dismiss_case,
    dismissed_clause_counts,
    open_cases,
    set_case_status,
)
from models.store.codes import PURPOSES, hash_code, issue_code, redeem_code
from models.store.errors import CodeError, StoreError
from models.store.failures import (
    clear_failed_update,
    due_failed_updates,
    failed_update_count,
    record_failed_update,
)
from models.store.groups import (
    ensure_group,
    group_by_chat,
    groups_of,
    link_group,
    linked_group,
    mark_intro_sent,
    migrate_group,
    set_bot_rights,
    set_group_active,
    set_group_mode,
)
from models.store.incidents import (
    incident_actions,
    incident_by_id,
    last_bot_reminder_at,
    latest_incident,
    note_edit_cleared,
    record_action,
    record_incident,
)
from models.store.ladder import (
    attach_to_case,
    breach_history,
    open_case_of,
    open_or_extend_case,
)
from models.store.members import (
    ensure_member,
    is_staff,
    member_by_id,
    member_by_telegram,
    record_acknowledgement,
    set_member_role,
)
from models.store.reports import count_reports_since, record_report, reports_of
from models.store.retention import purge_expired, retention_cutoff
from models.store.review import (  # noqa: F401 - the review queue's store (bot/review)
    SAFEGUARDING_ROLES,
    acknowledge_safeguarding_alert,
    add_safeguarding_note,
    cases_opened_between,
    claim_digest_run,
    digest_runs,
    dismissal_rates,
    finish_digest_run,
    incidents_between,
    mark_report_reviewed,
    reminders_between,
    report_by_id,
    reviewer_at,
    reviewer_roles,
    reviewer_rows,
    safeguarding_alert_by_id,
    safeguarding_reviews,
    unacknowledged_safeguarding_alerts,
    unreviewed_reports,
)
from models.store.reviewers import add_reviewer, reviewer_schools, reviewers
from models.store.reviewers_admin import revoke_reviewer, unlink_group
from models.store.rights import erase_member, export_member
from models.store.safeguarding import (
    mark_alert_delivered,
    pending_safeguarding_alerts,
    record_safeguarding_alert,
)
from models.store.schools import (
    list_schools,
    register_school,
    school_by_id,
    school_by_key,
    set_retention,
    slug_for,
)
from models.store.updates import claim_update, update_handled

__all__ = [
    "clear_failed_update",
    "due_failed_updates",
    "failed_update_count",
    "record_failed_update",
    "attach_to_case",
    "PURPOSES", "CodeError", "StoreError", "add_case_note", "add_reviewer", "audit",
    "audit_entries", "breach_history", "case_by_id", "case_incidents", "case_notes",
    "claim_update", "update_handled", "count_reports_since", "dismiss_case",
    "dismissed_clause_counts",
    "ensure_group", "ensure_member", "erase_member", "export_member", "group_by_chat",
    "linked_group",
    "groups_of", "hash_code", "incident_actions", "incident_by_id", "is_staff", "issue_code",
    "last_bot_reminder_at", "latest_incident", "link_group", "list_schools",
    "mark_alert_delivered", "mark_intro_sent", "member_by_id", "member_by_telegram",
    "migrate_group", "note_edit_cleared", "open_case_of", "open_cases", "open_or_extend_case",
    "pending_safeguarding_alerts", "purge_expired", "record_acknowledgement", "record_action",
    "record_incident", "record_report", "record_safeguarding_alert", "redeem_code",
    "register_school", "reports_of", "retention_cutoff", "reviewer_schools", "reviewers",
    "school_by_id", "school_by_key", "set_bot_rights", "set_case_status", "set_group_active",
    "set_group_mode", "set_member_role", "set_retention", "slug_for",
    "revoke_reviewer", "unlink_group",
]
