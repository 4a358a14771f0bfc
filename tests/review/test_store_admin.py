"""The operator's store functions and the safeguarding section's store, on both databases:
no silent overwrite of a school, revoking and unlinking, and concerns reviewed by role."""

import pytest
from sqlalchemy import func, select

from models import SafeguardingReview, store
from models.database import Database
from tests.models.conftest import NOW, Tenant
from tests.models.helpers import incident, member


def add(db: Database, t: Tenant, telegram_id: int, role: str) -> int:
    with db.session() as s:
        return store.add_reviewer(s, t.school_id, telegram_id, role, "Staff", NOW).id


def concern(db: Database, t: Tenant) -> int:
    """A safeguarding incident at the tenant's school and its alert; the alert's id."""
    with db.session() as s:
        row = incident(s, t, member(s, t), 9, clause="safety.safeguarding", counts=False)
        return store.record_safeguarding_alert(s, t.school_id, row.id, NOW).id


def test_when_a_new_school_takes_a_registered_key_then_it_is_refused_and_nothing_changes(
        db: Database, school_a: Tenant):
    with db.session() as s, pytest.raises(store.StoreError,
                                          match='"brookfield" is already registered'):
        store.register_school(s, key="brookfield", name="Another Brookfield", config_yaml="b",
                              rulebook_id="x", rulebook_version="9", timezone="UTC", now=NOW,
                              update=False)
    with db.session() as s:
        school = store.school_by_key(s, "brookfield")
        assert (school.name, school.config_yaml) == ("Brookfield Primary", "school: x\n")


def test_when_a_reviewer_who_acted_is_revoked_then_their_records_stay_without_them(
        db: Database, school_a: Tenant):
    head = add(db, school_a, 501, "headteacher")
    add(db, school_a, 501, "safeguarding_lead")
    with db.session() as s:
        row = incident(s, school_a, member(s, school_a), 1)
        case, _ = store.open_or_extend_case(s, school_a.school_id, row.member_id, row, "medium",
                                            "test", NOW)
        store.set_case_status(s, school_a.school_id, case.id, "acknowledged", head, NOW)
        store.add_case_note(s, school_a.school_id, case.id, head, "spoke to them", NOW)
        store.dismiss_case(s, school_a.school_id, case.id, head, NOW, ["respect.staff"])
    alert_id = concern(db, school_a)
    with db.session() as s:
        store.mark_alert_delivered(s, alert_id, head, NOW)
        store.acknowledge_safeguarding_alert(s, school_a.school_id, alert_id, head, NOW)
    with db.session() as s:
        roles, _ = store.revoke_reviewer(s, school_a.school_id, 501, NOW, role="headteacher")
        assert roles == ["headteacher"]
        assert store.reviewer_roles(s, school_a.school_id, 501) == ["safeguarding_lead"]
    with db.session() as s:
        store.revoke_reviewer(s, school_a.school_id, 501, NOW)
        assert store.reviewer_at(s, school_a.school_id, 501) is None
        closed = store.case_by_id(s, school_a.school_id, case.id)
        [note] = store.case_notes(s, school_a.school_id, case.id)
        [ack] = store.safeguarding_reviews(s, school_a.school_id, alert_id)
        assert (closed.status, closed.reviewer_id) == ("dismissed", None)
        assert (note.text, note.reviewer_id, ack.reviewer_id) == ("spoke to them", None, None)
        assert [e.detail["role"] for e in store.audit_entries(
            s, school_a.school_id, "reviewer.revoke")] == ["headteacher", "safeguarding_lead"]


def test_when_revoking_at_another_school_then_nothing_is_removed(
        db: Database, school_a: Tenant, school_b: Tenant):
    add(db, school_a, 501, "headteacher")
    with db.session() as s, pytest.raises(store.StoreError, match="not a reviewer"):
        store.revoke_reviewer(s, school_b.school_id, 501, NOW)
    with db.session() as s, pytest.raises(store.StoreError, match="not a reviewer of this "
                                                                  "school as deputy"):
        store.revoke_reviewer(s, school_a.school_id, 501, NOW, role="deputy")
    with db.session() as s:
        assert store.reviewer_roles(s, school_a.school_id, 501) == ["headteacher"]


def test_when_a_group_is_unlinked_then_only_its_own_school_can_do_it(
        db: Database, school_a: Tenant, school_b: Tenant):
    with db.session() as s, pytest.raises(store.StoreError, match="is linked to this school"):
        store.unlink_group(s, school_b.school_id, school_a.chat_id, NOW)
    with db.session() as s:
        group = store.unlink_group(s, school_a.school_id, school_a.chat_id, NOW)
        assert (group.school_id, group.linked_at) == (None, None)
        assert store.groups_of(s, school_a.school_id) == []
        [entry] = store.audit_entries(s, school_a.school_id, "group.unlink")
        assert entry.detail == {"chat_id": school_a.chat_id}


def test_when_a_concern_is_acknowledged_then_it_leaves_the_list_once(
        db: Database, school_a: Tenant):
    lead = add(db, school_a, 601, "safeguarding_lead")
    alert_id = concern(db, school_a)
    with db.session() as s:
        assert [a.id for a in store.unacknowledged_safeguarding_alerts(
            s, school_a.school_id)] == [alert_id]
        first = store.acknowledge_safeguarding_alert(s, school_a.school_id, alert_id, lead, NOW)
        again = store.acknowledge_safeguarding_alert(s, school_a.school_id, alert_id, lead, NOW)
        assert first.id == again.id
        assert store.unacknowledged_safeguarding_alerts(s, school_a.school_id) == []
        assert len(store.audit_entries(s, school_a.school_id, "safeguarding.ack")) == 1


def test_when_a_reviewer_without_the_role_acts_on_a_concern_then_it_is_refused(
        db: Database, school_a: Tenant, school_b: Tenant):
    deputy = add(db, school_a, 701, "deputy")
    other_lead = add(db, school_b, 702, "safeguarding_lead")
    alert_id = concern(db, school_a)
    with db.session() as s, pytest.raises(store.StoreError, match="only the safeguarding lead"):
        store.acknowledge_safeguarding_alert(s, school_a.school_id, alert_id, deputy, NOW)
    with db.session() as s, pytest.raises(store.StoreError, match="does not review"):
        store.add_safeguarding_note(s, school_a.school_id, alert_id, other_lead, "x", NOW)
    with db.session() as s, pytest.raises(store.StoreError, match="no safeguarding alert"):
        store.add_safeguarding_note(s, school_b.school_id, alert_id, other_lead, "x", NOW)
    with db.session() as s:
        assert store.safeguarding_alert_by_id(s, school_b.school_id, alert_id) is None
        assert store.safeguarding_reviews(s, school_a.school_id, alert_id) == []


def test_when_the_parent_is_erased_then_the_leads_notes_go_with_the_alert(
        db: Database, school_a: Tenant):
    lead = add(db, school_a, 601, "safeguarding_lead")
    alert_id = concern(db, school_a)
    with db.session() as s:
        store.add_safeguarding_note(s, school_a.school_id, alert_id, lead, "told the LADO", NOW)
    with db.session() as s:
        store.erase_member(s, school_a.school_id, 500, NOW, actor="cli")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(SafeguardingReview)) == 0
