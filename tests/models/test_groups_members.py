"""Groups, members, schools and update dedupe, as the bot uses them."""

from datetime import timedelta

import pytest

from models import store
from models.store import StoreError
from tests.models.conftest import NOW, make_tenant


def test_when_a_school_is_registered_again_then_its_config_is_updated_not_duplicated(db):
    with db.session() as s:
        first = store.register_school(s, key="brookfield", name="Brookfield", config_yaml="a",
                                      rulebook_id="uk-primary", rulebook_version="1",
                                      timezone="Europe/London", now=NOW)
        again = store.register_school(s, key="brookfield", name="Brookfield Primary",
                                      config_yaml="b", rulebook_id="pimperne-primary",
                                      rulebook_version="2", timezone="Europe/London",
                                      now=NOW + timedelta(days=1))
        assert again.id == first.id
        assert [x.key for x in store.list_schools(s)] == ["brookfield"]
        school = store.school_by_key(s, "brookfield")
        assert (school.name, school.config_yaml, school.rulebook_id, school.rulebook_version) \
            == ("Brookfield Primary", "b", "pimperne-primary", "2")
        assert school.created_at == NOW and school.updated_at == NOW + timedelta(days=1)
        assert school.retention_days is None
        store.set_retention(s, school.id, 90)
        assert store.school_by_id(s, school.id).retention_days == 90


def test_when_a_school_key_is_not_a_slug_then_it_is_refused(db):
    with pytest.raises(StoreError, match="lowercase letters"), db.session() as s:
        store.register_school(s, key="Brook field", name="x", config_yaml="x",
                              rulebook_id="x", rulebook_version="1", timezone="UTC", now=NOW)


def test_when_a_name_is_slugged_then_it_is_short_and_safe():
    assert store.slug_for("St Mary's CE Primary School") == "st-marys-ce-primary"


def test_when_a_group_is_first_seen_then_it_is_unlinked_in_remind_mode(db):
    with db.session() as s:
        group = store.ensure_group(s, -555, "Year 4", "group", NOW)
        assert (group.school_id, group.mode, group.active, group.linked_at) \
            == (None, "remind", True, None)
        assert store.ensure_group(s, -555, "Year 4 parents", "group", NOW).id == group.id
        assert store.group_by_chat(s, -555).title == "Year 4 parents"


def test_when_a_group_is_linked_and_configured_then_the_settings_stick(db, school_a):
    later = NOW + timedelta(hours=1)
    with db.session() as s:
        group = store.ensure_group(s, -777, "Reception", "supergroup", NOW)
        store.link_group(s, group, school_a.school_id, later, class_name="Reception")
        store.set_group_mode(s, group, "observe")
        store.set_bot_rights(s, group, can_read_all=True, can_delete=False)
        store.mark_intro_sent(s, group, later)
    with db.session() as s:
        group = store.group_by_chat(s, -777)
        assert (group.school_id, group.class_name, group.linked_at, group.mode) \
            == (school_a.school_id, "Reception", later, "observe")
        assert (group.can_read_all, group.can_delete, group.intro_sent_at) == (True, False, later)
        store.set_group_active(s, group, False, later)
        assert (group.active, group.deactivated_at) == (False, later)
        assert [g.chat_id for g in store.groups_of(s, school_a.school_id, active_only=True)] \
            == [school_a.chat_id]


def test_when_a_mode_is_unknown_then_it_is_refused(db):
    with pytest.raises(StoreError, match="observe, remind, enforce"), db.session() as s:
        store.set_group_mode(s, store.ensure_group(s, -1, "x", "group", NOW), "shout")


def test_when_a_group_of_one_school_is_linked_to_another_then_it_is_refused(db, school_a,
                                                                           school_b):
    with pytest.raises(StoreError, match="another school"), db.session() as s:
        group = store.group_by_chat(s, school_a.chat_id)
        store.link_group(s, group, school_b.school_id, NOW)


def test_when_a_group_becomes_a_supergroup_then_everything_carries_over(db, school_a):
    with db.session() as s:
        member = store.ensure_member(s, school_a.school_id, 11, "Parent", NOW)
        store.record_incident(s, school_id=school_a.school_id, group_id=school_a.group_id,
                              member_id=member.id, chat_id=school_a.chat_id, message_id=5,
                              revision=0, text="x", sent_at=NOW, edited_at=None,
                              clause_ids=["respect.staff"], severity="medium",
                              labels=["abuse"], scores={}, reasons=[], mode="remind", now=NOW)
        store.set_group_mode(s, store.group_by_chat(s, school_a.chat_id), "enforce")
        # The bot saw the new chat before the migration notice arrived.
        store.ensure_group(s, -1009999, "Year 3 parents", "supergroup", NOW)
    with db.session() as s:
        moved = store.migrate_group(s, school_a.chat_id, -1009999)
        assert moved.id == school_a.group_id
    with db.session() as s:
        group = store.group_by_chat(s, -1009999)
        assert store.group_by_chat(s, school_a.chat_id) is None
        assert (group.id, group.school_id, group.mode, group.migrated_from_chat_id) \
            == (school_a.group_id, school_a.school_id, "enforce", school_a.chat_id)
        assert store.breach_history(s, school_a.school_id, member.id, NOW + timedelta(1))


def test_when_a_user_is_in_two_groups_of_one_school_then_they_are_one_member(db, school_a):
    with db.session() as s:
        first = store.ensure_member(s, school_a.school_id, 42, "Sam's mum", NOW)
        second = store.ensure_member(s, school_a.school_id, 42, "Sam's Mum",
                                     NOW + timedelta(minutes=5))
        assert first.id == second.id
        assert (second.display_name, second.role, second.first_seen_at, second.last_seen_at) \
            == ("Sam's Mum", "parent", NOW, NOW + timedelta(minutes=5))


def test_when_a_member_is_marked_staff_or_reviews_then_they_count_as_staff(db, school_a):
    with db.session() as s:
        store.ensure_member(s, school_a.school_id, 1, "Teacher", NOW)
        store.ensure_member(s, school_a.school_id, 2, "Parent", NOW)
        assert store.is_staff(s, school_a.school_id, 1) is False
        store.set_member_role(s, school_a.school_id, 1, "staff")
        store.add_reviewer(s, school_a.school_id, 3, "headteacher", "Head", NOW)
        assert store.is_staff(s, school_a.school_id, 1) is True
        assert store.is_staff(s, school_a.school_id, 2) is False
        assert store.is_staff(s, school_a.school_id, 3) is True
        with pytest.raises(StoreError, match="parent or staff"):
            store.set_member_role(s, school_a.school_id, 1, "governor")


def test_when_the_code_is_acknowledged_twice_then_the_first_time_is_kept(db, school_a):
    with db.session() as s:
        store.ensure_member(s, school_a.school_id, 9, "P", NOW)
        store.record_acknowledgement(s, school_a.school_id, 9, school_a.group_id, NOW)
        member = store.record_acknowledgement(s, school_a.school_id, 9, None,
                                              NOW + timedelta(days=3))
        assert (member.acknowledged_at, member.acknowledged_group_id) \
            == (NOW, school_a.group_id)
        with pytest.raises(StoreError, match="no member"):
            store.record_acknowledgement(s, school_a.school_id, 10, None, NOW)


def test_when_an_update_is_redelivered_then_it_is_claimed_only_once(db):
    with db.session() as s:
        assert store.claim_update(s, 1, 100, NOW) is True
    with db.session() as s:
        assert store.claim_update(s, 1, 100, NOW) is False
        assert store.claim_update(s, 2, 100, NOW) is True


def test_when_two_schools_are_made_then_each_has_its_own_group(db):
    a = make_tenant(db, "alpha", -1)
    b = make_tenant(db, "beta", -2)
    assert a.school_id != b.school_id and a.group_id != b.group_id
