"""`kindly school / data / retention / db`, run through the real command line on SQLite."""

import json
import re
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli import main
from models import Code, Incident, store
from models.database import Database
from tests.helpers.parsed import EXAMPLE_SCHOOL_YAML

LINK = re.compile(r"https://t\.me/(\w+)\?start=([\w-]+)")
GROUP_CODE = re.compile(r"/link ([\w-]+)")


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'kindly.db'}"


@pytest.fixture
def school_file(tmp_path: Path) -> Path:
    path = tmp_path / "brookfield.yaml"
    path.write_text(EXAMPLE_SCHOOL_YAML, encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add_school(capsys, url: str, school_file: Path, *extra: str) -> str:
    code, out, err = run(capsys, "school", "add", "--config", str(school_file), "--key",
                         "brookfield", "--database", url, *extra)
    assert code == 0, err
    return out


def redeem(url: str, code: str, prefix: str):  # noqa: ANN201
    db = Database(url)
    try:
        with db.session() as s:
            row = store.redeem_code(s, code, prefix, datetime.now(UTC))
            return row.school_id, row.purpose
    finally:
        db.dispose()


def test_when_a_school_is_added_then_its_invite_and_group_code_work(capsys, url, school_file):
    out = add_school(capsys, url, school_file, "--bot-username", "@brook_bot")
    assert 'Registered Brookfield Primary School as "brookfield"' in out
    username, invite = LINK.search(out).groups()
    assert username == "brook_bot"
    group_code = GROUP_CODE.search(out).group(1)
    assert "an admin" in out and f"sends /link {group_code}" in out
    school_id, purpose = redeem(url, invite, "reviewer:")
    assert purpose == "reviewer:headteacher"
    assert redeem(url, group_code, "group_link") == (school_id, "group_link")
    with pytest.raises(store.CodeError, match="already been used"):
        redeem(url, invite, "reviewer:")


def codes_issued(url: str) -> int:
    db = Database(url)
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(Code))
    finally:
        db.dispose()


def test_when_another_school_makes_the_same_key_then_it_is_refused(capsys, url, school_file,
                                                                   tmp_path):
    code, out, err = run(capsys, "school", "add", "--config", str(school_file), "--database",
                         url)
    assert code == 0 and 'as "brookfield-primary"' in out
    other = tmp_path / "other.yaml"  # another school whose name slugs to the same key
    other.write_text(EXAMPLE_SCHOOL_YAML.replace("Brookfield Primary School",
                                                 "Brookfield Primary"), encoding="utf-8")
    issued = codes_issued(url)
    code, out, err = run(capsys, "school", "add", "--config", str(other), "--database", url)
    assert (code, out) == (2, "")
    assert err.strip().splitlines()[-1] == (
        'kindly: error: a school with key "brookfield-primary" is already registered '
        "(Brookfield Primary School); to register another school give it its own key with "
        '--key, or to change "brookfield-primary" run again with --update')
    assert codes_issued(url) == issued  # no new invite for the other school's head
    code, out, _ = run(capsys, "school", "list", "--database", url)
    assert out.startswith("brookfield-primary\tBrookfield Primary School\t")
    code, out, _ = run(capsys, "school", "add", "--config", str(other), "--key", "brookfield-2",
                       "--database", url)
    assert code == 0 and 'Registered Brookfield Primary as "brookfield-2"' in out


def test_when_a_school_is_updated_then_it_changes_in_place_without_new_invites(
        capsys, url, school_file):
    add_school(capsys, url, school_file)
    issued = codes_issued(url)
    school_file.write_text(EXAMPLE_SCHOOL_YAML.replace("Brookfield Primary School",
                                                       "Brookfield Academy"), encoding="utf-8")
    out = add_school(capsys, url, school_file, "--update", "--retention-days", "365")
    assert out.startswith('Updated Brookfield Academy ("brookfield"): rulebook uk-primary')
    assert not LINK.search(out) and not GROUP_CODE.search(out)
    assert codes_issued(url) == issued
    code, out, _ = run(capsys, "school", "list", "--database", url)
    lines = out.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("brookfield\tBrookfield Academy\trulebook uk-primary")
    assert "retention 365 days" in lines[0]
    out = add_school(capsys, url, school_file, "--update", "--invite")
    assert LINK.search(out) and GROUP_CODE.search(out)
    assert codes_issued(url) == issued + 2
    db = Database(url)
    with db.session() as s:
        actions = [e.action for e in store.audit_entries(s, store.school_by_key(
            s, "brookfield").id) if e.action.startswith("school.")]
    db.dispose()
    assert actions == ["school.register", "school.update", "school.update"]


def test_when_update_names_no_registered_school_then_it_is_refused(capsys, url, school_file):
    code, out, err = run(capsys, "school", "add", "--config", str(school_file), "--update",
                         "--database", url)
    assert (code, out) == (2, "")
    assert err.strip().endswith('no school "brookfield-primary" to update (registered: none '
                                "yet); leave out --update to register a new school")


def test_when_the_school_file_is_bad_then_one_line_names_file_and_field(capsys, url,
                                                                        tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("timezone: Europe/London\nworking_hours: '9-5'\n", encoding="utf-8")
    code, out, err = run(capsys, "school", "add", "--config", str(bad), "--database", url)
    assert code == 2 and out == ""
    assert err.strip().splitlines()[-1].startswith(f"kindly: error: {bad}")
    assert "field" in err


def test_when_a_deputy_is_invited_then_the_code_grants_the_deputy_role(capsys, url,
                                                                       school_file):
    add_school(capsys, url, school_file)
    code, out, _ = run(capsys, "school", "invite", "--school", "brookfield", "--role", "deputy",
                       "--database", url)
    assert code == 0 and "Invite for the deputy" in out
    assert redeem(url, LINK.search(out).group(2), "reviewer:")[1] == "reviewer:deputy"
    code, out, _ = run(capsys, "school", "invite", "--school", "brookfield", "--role", "group",
                       "--count", "3", "--database", url)
    assert len(set(GROUP_CODE.findall(out))) == 3


def test_when_the_school_is_unknown_then_the_error_lists_the_known_ones(capsys, url,
                                                                       school_file):
    add_school(capsys, url, school_file)
    code, out, err = run(capsys, "school", "invite", "--school", "larkfield", "--role",
                         "deputy", "--database", url)
    assert (code, out) == (2, "")
    assert err.strip().endswith('kindly: error: no school "larkfield" '
                                "(registered: brookfield)")


def _flagged_parent(url: str) -> int:
    """Give parent 77 at Brookfield one incident; returns their member id."""
    db = Database(url)
    now = datetime.now(UTC)
    with db.session() as s:
        school = store.school_by_key(s, "brookfield")
        group = store.link_group(s, store.ensure_group(s, -100, "Y3", "group", now),
                                 school.id, now)
        member = store.ensure_member(s, school.id, 77, "A Parent", now)
        store.record_incident(s, school_id=school.id, group_id=group.id, member_id=member.id,
                              chat_id=-100, message_id=1, revision=0, text="evidence text",
                              sent_at=now, edited_at=None, clause_ids=["respect.staff"],
                              severity="medium", labels=["abuse"], scores={}, reasons=[],
                              mode="remind", now=now)
        member_id = member.id
    db.dispose()
    return member_id


def test_when_a_parent_asks_for_their_data_then_a_private_json_file_is_written(
        capsys, url, school_file, tmp_path):
    add_school(capsys, url, school_file)
    _flagged_parent(url)
    out_file = tmp_path / "export.json"
    code, out, _ = run(capsys, "data", "export", "--member", "77", "--school", "brookfield",
                       "--out", str(out_file), "--database", url)
    assert code == 0 and "Wrote 1 incidents and 0 cases" in out
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert [i["text"] for i in data["incidents"]] == ["evidence text"]
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    code, out, _ = run(capsys, "data", "export", "--member", "77", "--school", "brookfield",
                       "--database", url)
    assert json.loads(out)["member"]["display_name"] == "A Parent"


def test_when_erase_is_not_confirmed_then_nothing_is_erased(capsys, url, school_file):
    add_school(capsys, url, school_file)
    _flagged_parent(url)
    code, _, err = run(capsys, "data", "erase", "--member", "77", "--school", "brookfield",
                       "--database", url)
    assert code == 2 and "--yes" in err
    code, out, _ = run(capsys, "data", "erase", "--member", "77", "--school", "brookfield",
                       "--yes", "--database", url)
    assert code == 0
    assert "Erased Telegram user 77 at brookfield: members 1, incidents 1" in out
    code, out, _ = run(capsys, "data", "erase", "--member", "77", "--school", "brookfield",
                       "--yes", "--database", url)
    assert "Nothing held" in out


def test_when_retention_purge_runs_then_dry_run_only_counts(capsys, url, school_file):
    add_school(capsys, url, school_file, "--retention-days", "1")
    _flagged_parent(url)
    db = Database(url)
    with db.session() as s:
        # A year old: well past the one-day retention.
        row = s.scalars(select(Incident)).one()
        row.created_at = row.created_at.replace(year=row.created_at.year - 1)
    db.dispose()
    code, out, _ = run(capsys, "retention", "purge", "--dry-run", "--database", url)
    assert code == 0 and out.startswith("Would delete: incidents 1, cases 0")
    code, out, _ = run(capsys, "retention", "purge", "--database", url)
    assert out.startswith("Deleted: incidents 1")
    code, out, _ = run(capsys, "retention", "purge", "--school", "brookfield",
                       "--database", url)
    assert out.startswith("Deleted: incidents 0")


def test_when_db_upgrade_runs_then_it_prints_the_revision(capsys, url):
    code, out, _ = run(capsys, "db", "upgrade", "--database", url)
    assert code == 0 and re.search(r"at revision [0-9a-f]{12}", out)


def test_when_the_database_cannot_be_reached_then_one_line_says_so(capsys):
    code, out, err = run(capsys, "school", "list", "--database",
                         "postgresql://postgres@127.0.0.1:9/nowhere")
    assert (code, out) == (2, "")
    line = err.strip().splitlines()[-1]
    assert line.startswith("kindly: error: cannot open the database "
                           "postgresql+psycopg://postgres@127.0.0.1:9/nowhere")


def test_when_invite_roles_are_offered_then_they_are_the_reviewer_roles_and_group():
    from bot.school_admin import INVITE_ROLES
    from models.reviewer import REVIEWER_ROLES

    assert INVITE_ROLES == (*REVIEWER_ROLES, "group")


def _reviewers(url: str, *people: tuple[int, str, str]) -> None:
    db = Database(url)
    with db.session() as s:
        school = store.school_by_key(s, "brookfield")
        for telegram_id, role, name in people:
            store.add_reviewer(s, school.id, telegram_id, role, name, datetime.now(UTC))
    db.dispose()


def test_when_reviewers_are_listed_then_each_shows_id_role_name_and_when(capsys, url,
                                                                         school_file):
    add_school(capsys, url, school_file)
    code, out, _ = run(capsys, "school", "reviewers", "--school", "brookfield", "--database", url)
    assert code == 0 and out.startswith("No reviewers at brookfield yet")
    _reviewers(url, (501, "headteacher", "Joanna Rose"), (502, "safeguarding_lead", "Tom F"))
    code, out, _ = run(capsys, "school", "reviewers", "--school", "brookfield", "--database", url)
    header, *rows = out.strip().splitlines()
    assert header == "telegram_id\trole\tname\tadded (UTC)"
    assert [row.split("\t")[:3] for row in rows] == [
        ["501", "headteacher", "Joanna Rose"], ["502", "safeguarding_lead", "Tom F"]]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", rows[0].split("\t")[3])


def test_when_a_reviewer_is_revoked_then_they_and_unused_invites_are_gone(capsys, url,
                                                                        school_file):
    out = add_school(capsys, url, school_file)
    kept_invite = LINK.search(out).group(2)  # an invite the person could have kept back
    _reviewers(url, (501, "headteacher", "Joanna Rose"))
    code, out, _ = run(capsys, "school", "revoke", "--school", "brookfield", "--telegram-id",
                       "501", "--database", url)
    assert code == 0
    assert out.splitlines() == [
        "Telegram user 501 no longer reviews brookfield (removed: headteacher).",
        "Cancelled 1 unused reviewer invite of brookfield, so none can be used to come back; "
        "issue new ones with kindly school invite --school brookfield --role ...",
        "brookfield has no headteacher reviewer now: kindly school invite --school brookfield "
        "--role headteacher"]
    with pytest.raises(store.CodeError, match="expired"):
        redeem(url, kept_invite, "reviewer:")
    code, out, err = run(capsys, "school", "revoke", "--school", "brookfield", "--telegram-id",
                         "501", "--database", url)
    assert (code, out) == (2, "")
    assert err.strip().endswith("Telegram user 501 is not a reviewer of this school")
    db = Database(url)
    with db.session() as s:
        school_id = store.school_by_key(s, "brookfield").id
        [entry] = store.audit_entries(s, school_id, "reviewer.revoke")
        assert store.reviewers(s, school_id) == []
    db.dispose()
    assert entry.detail == {"telegram_user_id": 501, "role": "headteacher",
                            "invites_cancelled": 1}


def test_when_a_group_is_unlinked_then_it_leaves_the_school(capsys, url, school_file):
    add_school(capsys, url, school_file)
    _flagged_parent(url)  # links chat -100 ("Y3")
    code, out, err = run(capsys, "school", "unlink", "--school", "brookfield", "--chat-id",
                         "-200", "--database", url)
    assert (code, out) == (2, "")
    assert err.strip().endswith("no group with chat id -200 is linked to brookfield "
                                "(linked: -100 (Y3))")
    code, out, _ = run(capsys, "school", "unlink", "--school", "brookfield", "--chat-id", "-100",
                       "--database", url)
    assert code == 0 and out.startswith("Unlinked Y3 (chat -100) from brookfield")
    code, out, _ = run(capsys, "school", "list", "--database", url)
    assert "\tgroups 0\t" in out
