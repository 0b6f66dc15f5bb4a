"""HistoryService: a record's history as its detail view shows it (Korean field names, old → new,
children included), for members, contacts, meetings, projects and roster imports."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from collabdesk.services.container import Services
from collabdesk.services.history import HistoryEntry, value_text
from collabdesk.services.members import member_to_raw
from collabdesk.services.roster_import import ON_UPDATE, read_roster
from collabdesk.services.roster_mapping import auto_mapping
from collabdesk.services.sample_data import make_brn
from collabdesk.validation.meeting import ABSENT, ATTENDED
from collabdesk.validation.project import AgreementData, MilestoneData, PartyData, ProjectData


def summary(entries: list[HistoryEntry]) -> list[tuple[str, str, str]]:
    return [(e.action, e.what, e.record_label) for e in entries]


def edit_member(services: Services, member_id: int, **fields: Any) -> None:
    detail = services.members.get(member_id)
    raw = member_to_raw(detail.data)
    raw.update(fields)
    services.members.update(member_id, raw, detail.version)


def test_a_members_life_is_logged_with_old_and_new_values(services: Services) -> None:
    member_id = services.members.create(
        {
            "name": "(주)한빛정밀",
            "brn": make_brn(1),
            "ceo": "김영수",
            "phone": "031-336-3133",
            "sales": 1_200_000_000,
            "status": "활동",
        }
    )
    edit_member(services, member_id, ceo="이정훈", phone="031-336-0000")
    services.members.withdraw(member_id, dt.date(2025, 12, 31))

    history = services.history.for_record("members", member_id)
    assert summary(history) == [("update", "회원사", "(주)한빛정밀")] * 2 + [
        ("create", "회원사", "(주)한빛정밀")
    ]
    withdrawn, edited, created = history
    assert edited.changes == [("대표자", "김영수", "이정훈"), ("전화", "031-336-3133", "031-336-0000")]
    assert edited.action_label == "수정"
    assert withdrawn.changes == [("탈퇴일", "", "2025-12-31"), ("상태", "활동", "탈퇴")]
    assert ("회사명", "", "(주)한빛정밀") in created.changes
    assert ("매출액", "", "1,200,000,000") in created.changes
    assert all(e.user for e in history)
    assert history[0].at >= history[-1].at

    services.members.delete(member_id)
    # The deleted record's history still reads, under the name it had.
    deleted, *rest = services.history.for_record("members", member_id)
    assert (deleted.action, deleted.action_label, deleted.record_label) == ("delete", "삭제", "(주)한빛정밀")
    assert ("대표자", "이정훈", "") in deleted.changes
    assert len(rest) == 3


def test_a_contact_change_shows_under_its_member(services: Services) -> None:
    member_id = services.members.create(
        {"name": "나래센서", "brn": make_brn(2), "contacts": [{"name": "윤서연", "phone": "010-3333-4444"}]}
    )
    other = services.members.create({"name": "다른회사", "brn": make_brn(3), "contacts": [{"name": "남"}]})
    edit_member(
        services,
        member_id,
        contacts=[{"name": "윤서연", "position": "과장", "phone": "010-9999-0000"}],
    )

    history = services.history.for_record("members", member_id)
    assert summary(history) == [
        ("update", "담당자", "윤서연"),
        ("create", "담당자", "윤서연"),
        ("create", "회원사", "나래센서"),
    ]
    assert history[0].changes == [("직위", "", "과장"), ("전화", "010-3333-4444", "010-9999-0000")]
    assert summary(services.history.for_record("members", member_id, include_children=False)) == [
        ("create", "회원사", "나래센서")
    ]
    assert "남" not in {e.record_label for e in services.history.for_record("members", member_id)}
    assert len(services.history.for_record("members", other)) == 2


def test_a_meeting_update_logs_only_what_changed_under_the_meeting(services: Services) -> None:
    group = services.groups.create("경기기계협업그룹")
    for n, name in enumerate(["가나정밀", "다라금형", "마바전자"], start=1):
        services.members.create({"name": name, "brn": make_brn(n), "group_ids": [group]})
    data = services.meetings.new_meeting("정기회의", group, dt.datetime(2026, 11, 24, 14), "11월 정기회의")
    for row in data.attendance:
        row.status = ATTENDED
    meeting_id = services.meetings.create(data)
    created = services.history.for_record("meetings", meeting_id)
    assert len(created) == 4  # the meeting and its roll of three

    detail = services.meetings.get(meeting_id)
    detail.data.place = "협회 회의실"
    detail.data.attendance[1].status = ABSENT
    services.meetings.update(meeting_id, detail.data, detail.version)

    history = services.history.for_record("meetings", meeting_id)
    changed = history[: len(history) - len(created)]
    assert sorted(summary(changed)) == [
        ("update", "참석", "다라금형"),
        ("update", "회의", "2026-11-24 11월 정기회의"),
    ]
    by_what = {e.what: e for e in changed}
    assert by_what["회의"].changes == [("장소", "", "협회 회의실")]
    assert by_what["참석"].changes == [("참석 여부", ATTENDED, ABSENT)]


def test_a_projects_history_holds_its_agreement_versions_and_milestones(services: Services) -> None:
    lead = services.members.create({"name": "한빛정밀", "brn": make_brn(1)})
    mold = services.members.create({"name": "대성금형", "brn": make_brn(2)})
    project_id = services.projects.create(
        ProjectData(
            "스마트 공작기계 공동개발", "공동기술개발", lead_member_id=lead, start_on=dt.date(2026, 3, 1)
        )
    )
    services.projects.add_agreement(
        project_id,
        AgreementData(
            dt.date(2026, 3, 2),
            [
                PartyData("한빛정밀", ["R&D"], Decimal("60"), lead),
                PartyData("대성금형", ["금형", "사출"], Decimal("40"), mold),
            ],
        ),
    )
    milestone = services.projects.save_milestone(project_id, MilestoneData("시제품", dt.date(2026, 9, 30)))
    services.projects.save_milestone(
        project_id, MilestoneData("시제품", dt.date(2026, 9, 30), dt.date(2026, 9, 28)), milestone
    )

    history = services.history.for_record("projects", project_id)
    assert summary(history) == [
        ("update", "마일스톤", "시제품"),
        ("create", "마일스톤", "시제품"),
        ("create", "협약", "협약 버전 1"),
        ("create", "단계", "기획"),
        ("create", "과제", "스마트 공작기계 공동개발"),
    ]
    done, _, agreement, _, project = history
    assert done.changes == [("완료일", "", "2026-09-28")]
    assert ("참여자", "", "한빛정밀 [R&D] 60%, 대성금형 [금형·사출] 40%") in agreement.changes
    assert ("협약일", "", "2026-03-02") in agreement.changes
    assert ("과제명", "", "스마트 공작기계 공동개발") in project.changes
    assert ("주관기업", "", "한빛정밀") in project.changes
    assert summary(services.history.for_record("milestones", milestone)) == [
        ("update", "마일스톤", "시제품"),
        ("create", "마일스톤", "시제품"),
    ]

    services.projects.delete(project_id)
    latest = services.history.for_record("projects", project_id)[0]
    assert (latest.action, latest.what) == ("delete", "과제")
    assert [e.action for e in services.history.recent(3)] == ["delete", "update", "create"]


def test_a_roster_import_and_its_undo_are_logged(services: Services, make_xlsx: Any) -> None:
    kept = services.members.create({"name": "기존회사", "brn": make_brn(1), "ceo": "원래대표"})
    header = ["회사명", "사업자번호", "대표자", "주요제품", "교류회"]
    path = make_xlsx(
        [
            header,
            ["기존회사", make_brn(1), "새대표", None, None],
            ["신규회사", make_brn(2), "가", "금형, 사출", "제1교류회"],
        ]
    )
    result = services.roster_import.run(read_roster(path), auto_mapping(header), ON_UPDATE)
    assert (result.created, result.updated) == (1, 1)
    new_id = services.members.find_by_brn(make_brn(2))
    assert new_id is not None

    [created] = services.history.for_record("members", new_id)
    assert created.action == "create"
    assert created.context == f"명부 가져오기 {result.batch_id}번: {path.name}"  # not a hand edit
    assert ("전문역량/주요제품", "", "금형, 사출") in created.changes
    assert ("소속그룹", "", "제1교류회") in created.changes
    assert services.history.for_record("members", kept)[0].changes == [("대표자", "원래대표", "새대표")]

    assert services.history.for_record("members", kept)[0].context == created.context
    assert services.history.for_record("members", kept)[1].context == ""  # created by hand

    services.roster_batches.undo(result.batch_id)  # type: ignore[arg-type]
    deleted = services.history.for_record("members", new_id)[0]
    assert (deleted.action, deleted.context) == ("delete", f"가져오기 {result.batch_id}번 되돌리기")
    assert services.history.for_record("members", kept)[0].changes == [("대표자", "새대표", "원래대표")]
    group_history = [e for e in services.history.recent() if e.what == "그룹"]
    assert [e.action for e in group_history] == ["delete", "create"]


def test_a_new_record_under_a_reused_id_has_only_its_own_history(services: Services) -> None:
    services.members.create({"name": "첫회사", "brn": make_brn(1)})
    last = services.members.create({"name": "지운회사", "brn": make_brn(2), "contacts": [{"name": "갑"}]})
    services.members.delete(last)
    newer = services.members.create({"name": "새회사", "brn": make_brn(3)})
    assert summary(services.history.for_record("members", newer)) == [("create", "회원사", "새회사")]


def test_recent_and_limits(services: Services) -> None:
    for n in range(1, 6):
        services.members.create({"name": f"회사{n}", "brn": make_brn(n)})
    assert [e.record_label for e in services.history.recent(limit=2)] == ["회사5", "회사4"]
    assert len(services.history.recent()) == 5
    assert services.history.for_record("members", 999_999) == []


def test_value_text() -> None:
    assert value_text("sales", 1_234_000_000) == "1,234,000,000"
    assert value_text("amount", "10000000.5") == "10,000,000.5"
    assert value_text("share", "25") == "25%"
    assert value_text("proxies_count", True) == "예"
    assert value_text("tags", ["금형", "사출"]) == "금형, 사출"
    assert value_text("note", None) == ""
