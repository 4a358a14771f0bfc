"""One-time codes: invites and group links are single-use, expiring and stored hashed."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from models import Code, store
from models.store import CodeError, StoreError
from tests.models.conftest import NOW


def test_when_a_code_is_issued_then_only_its_hash_is_stored(db, school_a):
    with db.session() as s:
        code = store.issue_code(s, school_a.school_id, "reviewer:headteacher", NOW)
    assert len(code) >= 16 and all(c.isalnum() or c in "-_" for c in code)
    with db.session() as s:
        row = s.scalars(select(Code)).one()
        assert code not in row.code_hash and row.code_hash == store.hash_code(code)
        assert row.expires_at == NOW + timedelta(days=7)


def test_when_a_code_is_redeemed_then_it_names_the_school_and_role(db, school_a):
    with db.session() as s:
        code = store.issue_code(s, school_a.school_id, "reviewer:deputy", NOW)
    with db.session() as s:
        used = store.redeem_code(s, code, "reviewer:", NOW + timedelta(days=1), used_by=77)
        assert (used.school_id, used.purpose, used.role, used.used_by) \
            == (school_a.school_id, "reviewer:deputy", "deputy", 77)


@pytest.mark.parametrize(("when", "prefix", "reason", "message"), [
    # used once already
    (timedelta(hours=1), "group_link", "already used", "this code has already been used"),
    # past its lifetime
    (timedelta(days=8), "group_link", "expired", "this code has expired"),
    # a group code offered as an invite
    (timedelta(hours=1), "reviewer:", "not recognised", "this code is not recognised"),
])
def test_when_a_code_cannot_be_used_then_the_reason_is_given(db, school_a, when, prefix,
                                                             reason, message):
    with db.session() as s:
        code = store.issue_code(s, school_a.school_id, "group_link", NOW)
        if reason == "already used":
            store.redeem_code(s, code, "group_link", NOW)
    with pytest.raises(CodeError) as err, db.session() as s:
        store.redeem_code(s, code, prefix, NOW + when)
    assert (err.value.reason, str(err.value)) == (reason, message)


def test_when_a_code_is_made_up_then_it_is_not_recognised(db):
    with pytest.raises(CodeError, match="not recognised"), db.session() as s:
        store.redeem_code(s, "made-up-code", "group_link", NOW)


def test_when_a_purpose_is_unknown_then_no_code_is_issued(db, school_a):
    with pytest.raises(StoreError, match="unknown code purpose"), db.session() as s:
        store.issue_code(s, school_a.school_id, "reviewer:governor", NOW)


def test_when_codes_are_issued_then_they_are_all_different(db, school_a):
    with db.session() as s:
        codes = {store.issue_code(s, school_a.school_id, "group_link", NOW) for _ in range(50)}
    assert len(codes) == 50
