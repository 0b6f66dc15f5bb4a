"""The mediation password and what it guards: no password set means open; a wrong one is refused;
locked, the list holds numbers and statuses only and search finds no confidential word; unlocks,
views and changes are in the case's history; and the audit log, which anyone may read, holds none
of a case's texts — checked on the audit_log table itself."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from collabdesk.db.models import AuditEntry, DisputeSettings
from collabdesk.errors import FieldErrors, UserError
from collabdesk.services.container import Services
from collabdesk.services.dispute_access import LOCKED, DisputeAccess
from collabdesk.services.dispute_stats import DisputeFilter
from collabdesk.services.sample_data import make_brn
from collabdesk.validation.dispute import APPLICANT, RESPONDENT, DisputeData, PartyInput, SessionData

D = dt.date
TODAY = D(2026, 11, 30)
PASSWORD = "조정비번2026"
# Words that appear only in one case's confidential fields.
CLAIM_WORD = "금형설계도유출"
OUTCOME_WORD = "위약금삼천만원"
SESSION_WORD = "녹취록제출"
OUTSIDE_PARTY = "비밀정공(주)"
SECRETS = (CLAIM_WORD, OUTCOME_WORD, SESSION_WORD, OUTSIDE_PARTY, "비밀정공")


def make_case(services: Services, access: DisputeAccess) -> int:
    member = services.members.create({"name": "(주)한빛정밀", "brn": make_brn(1)})
    data = DisputeData(
        D(2026, 10, 5),
        "기술·지식재산",
        [
            PartyInput(APPLICANT, member_id=member),
            PartyInput(RESPONDENT, OUTSIDE_PARTY, representative="홍비밀"),
        ],
        claim_summary=f"피신청인의 {CLAIM_WORD} 의혹",
        amount=30_000_000,
    )
    disputes = services.disputes
    case_id = disputes.create(data, access, today=TODAY)
    disputes.save_session(
        case_id, SessionData(D(2026, 10, 20), "사무국", "양측", f"{SESSION_WORD} 요청"), access
    )
    disputes.change_status(
        case_id,
        "조정성립",
        D(2026, 11, 2),
        "서명",
        2,
        access,
        outcome_text=f"{OUTCOME_WORD} 지급",
        today=TODAY,
    )
    return case_id


def test_with_no_password_set_the_records_are_open(services: Services) -> None:
    disputes = services.disputes
    assert not disputes.has_password()
    access = disputes.access(None)
    assert access.unlocked and disputes.access("아무거나").unlocked
    case_id = make_case(services, access)
    [row] = disputes.search(DisputeFilter(), access, today=TODAY)
    assert not row.locked and row.respondents == OUTSIDE_PARTY
    assert disputes.get(case_id, access).data.claim_summary.endswith("의혹")
    # No access object at all is locked, password or not: the CLI list without --password.
    [locked] = disputes.search(DisputeFilter(), None, today=TODAY)
    assert locked.locked and locked.respondents == ""


def test_a_wrong_password_is_refused_and_the_right_one_unlocks(services: Services) -> None:
    disputes = services.disputes
    case_id = make_case(services, disputes.access(None))
    disputes.set_password(PASSWORD)
    assert disputes.has_password()
    with pytest.raises(UserError, match="조정 암호가 맞지 않습니다"):
        disputes.access("틀린비번")
    with pytest.raises(UserError, match="조정 암호를 입력해 주십시오"):
        disputes.access(None)
    access = disputes.access(PASSWORD, case_id)
    assert access.unlocked
    assert disputes.get(case_id, access).outcome_text == f"{OUTCOME_WORD} 지급"


def test_locked_the_list_has_numbers_and_statuses_only_and_nothing_else_is_readable(
    services: Services,
) -> None:
    disputes = services.disputes
    before = disputes.access(None)  # opened while no password was set
    case_id = make_case(services, before)
    disputes.set_password(PASSWORD)
    for access in (None, LOCKED, before, DisputeAccess(True, "forged")):
        [row] = disputes.search(DisputeFilter(), access, today=TODAY)
        assert row.locked
        assert (row.number, row.status, row.received_on, row.deadline, row.flag) == (
            "2026-조정-001",
            "조정성립",
            D(2026, 10, 5),
            D(2026, 12, 4),
            "",
        )
        assert (row.dispute_type, row.applicants, row.respondents, row.project, row.amount) == (
            "",
            "",
            "",
            "",
            None,
        )
        shown = " ".join(map(str, vars(row).values()))
        assert not [word for word in SECRETS if word in shown]
        with pytest.raises(UserError, match="조정 암호를 입력해"):
            disputes.get(case_id, access)
        with pytest.raises(UserError, match="조정 암호를 입력해"):
            disputes.record(case_id, access)
        with pytest.raises(UserError, match="조정 암호를 입력해"):
            disputes.save_session(case_id, SessionData(D(2026, 11, 3)), access)
        stats = disputes.stats(access=access, today=TODAY)
        assert stats.total == 1 and stats.by_type == {}  # counts only
    unlocked = disputes.access(PASSWORD)
    assert disputes.stats(access=unlocked, today=TODAY).by_type == {("기술·지식재산", "조정성립"): 1}


def test_locked_search_finds_no_confidential_word_unlocked_it_does(services: Services) -> None:
    disputes = services.disputes
    case_id = make_case(services, disputes.access(None))
    disputes.set_password(PASSWORD)
    for word in SECRETS:
        assert disputes.search(DisputeFilter(text=word), None, today=TODAY) == []
    assert [r.id for r in disputes.search(DisputeFilter(text="2026-조정-001"), None, today=TODAY)] == [
        case_id
    ]
    for flt in (
        DisputeFilter(party="비밀"),
        DisputeFilter(dispute_type="기술·지식재산"),
        DisputeFilter(member_id=1),
    ):
        with pytest.raises(UserError, match="조정 암호를 입력해"):
            disputes.search(flt, None, today=TODAY)
    access = disputes.access(PASSWORD)
    for word in SECRETS:
        assert [r.id for r in disputes.search(DisputeFilter(text=word), access, today=TODAY)] == [case_id]


def test_changing_the_password_needs_the_current_one_and_locks_earlier_accesses(services: Services) -> None:
    disputes = services.disputes
    with pytest.raises(FieldErrors, match="4자 이상"):
        disputes.set_password("abc")
    disputes.set_password(PASSWORD)
    old = disputes.access(PASSWORD)
    for current in (None, "틀린비번"):
        with pytest.raises(UserError, match="지금 쓰는 조정 암호가 맞지 않습니다"):
            disputes.set_password("새비밀번호", current)
    assert disputes.access(PASSWORD).unlocked  # unchanged
    disputes.set_password("새비밀번호", PASSWORD)
    with pytest.raises(UserError):
        disputes.access(PASSWORD)
    assert disputes.access("새비밀번호").unlocked
    assert disputes.search(DisputeFilter(), old, today=TODAY) == []  # no cases, but no error either
    case_id = make_case(services, disputes.access("새비밀번호"))
    with pytest.raises(UserError, match="조정 암호를 입력해"):
        disputes.get(case_id, old)  # an access of the old password lapsed
    disputes.remove_password("새비밀번호")
    assert not disputes.has_password() and disputes.access(None).unlocked


def test_only_a_salted_scrypt_hash_is_stored(services: Services) -> None:
    services.disputes.set_password(PASSWORD)
    with services.db.reading() as s:
        row = s.get(DisputeSettings, 1)
        assert row is not None
        stored = (row.kdf, json.loads(row.kdf_params), row.salt, row.password_hash)
    kdf, params, salt, digest = stored
    assert kdf == "scrypt" and params["n"] >= 2**14 and params["r"] == 8 and params["dklen"] == 32
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert PASSWORD not in repr(stored) and PASSWORD.encode().hex() not in repr(stored)
    # The same password again gets another salt and so another hash.
    services.disputes.set_password(PASSWORD, PASSWORD)
    with services.db.reading() as s:
        again = s.get(DisputeSettings, 1)
        assert again is not None and (again.salt, again.password_hash) != (salt, digest)


def test_unlocks_views_and_changes_are_in_the_cases_history(services: Services) -> None:
    disputes, history = services.disputes, services.history
    disputes.set_password(PASSWORD)
    case_id = make_case(services, disputes.access(PASSWORD))
    with pytest.raises(UserError):
        disputes.access("틀린비번", case_id)
    access = disputes.access(PASSWORD, case_id)
    disputes.get(case_id, access)
    entries = history.for_record("dispute_cases", case_id)
    actions = [(e.action, e.what) for e in entries]
    assert actions[:3] == [("view", "분쟁조정"), ("unlock", "분쟁조정"), ("denied", "분쟁조정")]
    assert {e.action_label for e in entries[:3]} == {"열람", "잠금 해제", "조정 암호 틀림"}
    assert ("create", "분쟁조정") in actions and ("create", "조정기일") in actions
    assert ("create", "진행 상태") in actions  # the status steps, as the case's children
    assert all(e.record_label == "2026-조정-001" for e in entries if e.table == "dispute_cases")
    password_events = [e for e in history.recent() if e.action == "password"]
    assert [e.action_label for e in password_events] == ["조정 암호 변경"]


def test_the_audit_log_holds_no_confidential_text(services: Services) -> None:
    disputes = services.disputes
    access = disputes.access(None)
    case_id = make_case(services, access)
    detail = disputes.get(case_id, access)
    data = detail.data
    data.claim_summary = f"{CLAIM_WORD} 의혹 (수정)"
    disputes.update(case_id, data, detail.version, access, today=TODAY)
    disputes.set_password(PASSWORD)
    disputes.access(PASSWORD, case_id)
    with services.db.reading() as s:
        rows = list(s.execute(select(AuditEntry.record_label, AuditEntry.changes, AuditEntry.context)))
    text = "\n".join(" ".join(str(v) for v in row) for row in rows)
    assert rows and "2026-조정-001" in text
    for word in (*SECRETS, "홍비밀", PASSWORD, "30000000", "기술·지식재산"):
        assert word not in text, word
    # Which fields changed is there, their values are not.
    update = next(e for e in services.history.for_record("dispute_cases", case_id) if e.action == "update")
    assert update.changes == [("신청 취지", "(비공개)", "(비공개)")]
    created = next(
        e for e in services.history.recent() if e.action == "create" and e.table == "dispute_cases"
    )
    shown = dict((field, new) for field, _old, new in created.changes)
    assert shown["사건번호"] == "2026-조정-001" and shown["신청 취지"] == "(비공개)"
    assert shown["상태"] == "접수" and shown["분쟁 유형"] == "(비공개)"
    # The status and its dates are what the locked list shows anyway: they are logged as they are.
    settled = next(
        e
        for e in services.history.for_record("dispute_cases", case_id)
        if ("상태", "접수", "조정성립") in e.changes
    )
    assert ("조정 내용", "(비공개)", "(비공개)") in settled.changes


def test_a_window_that_may_only_read_can_still_unlock_and_read_a_case(services: Services) -> None:
    """Another CollabDesk writes the file: reading a case must work; the log cannot be written there."""
    if not services.db.is_sqlite:
        pytest.skip("read-only opening is for an SQLite file another CollabDesk has open")
    from collabdesk.db.engine import Database

    services.disputes.set_password(PASSWORD)
    case_id = make_case(services, services.disputes.access(PASSWORD))
    path = services.db.sqlite_path
    assert path is not None
    reader = Database.open(f"sqlite:///file:{path}?mode=ro&uri=true")  # as the GUI opens it read-only
    reader.read_only_note = "읽기 전용으로 열었습니다."
    try:
        others = Services.for_database(reader)
        access = others.disputes.access(PASSWORD, case_id)
        assert CLAIM_WORD in others.disputes.get(case_id, access, today=TODAY).data.claim_summary
        assert others.disputes.record_pdf(case_id, access)[:4] == b"%PDF"
    finally:
        reader.dispose()
