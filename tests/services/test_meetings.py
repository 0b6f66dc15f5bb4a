"""Meetings: the roll from the directory, attendance rules, quorum by the group's rule, resolutions,
action items that follow the group, attendance rates, search, and the minutes document."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from collabdesk.errors import FieldErrors, NotFoundError, StaleRecordError, UserError
from collabdesk.services.container import Services
from collabdesk.services.sample_data import make_brn
from collabdesk.validation.meeting import (
    ABSENT,
    ATTENDED,
    DEPUTY,
    PROXY,
    ActionData,
    AgendaData,
    GuestData,
    MeetingData,
    ResolutionData,
    notice_warning,
)
from collabdesk.validation.quorum import MAJORITY, TWO_THIRDS, QuorumRule

WHEN = dt.datetime(2026, 11, 24, 14, 0)


@pytest.fixture
def group(services: Services) -> int:
    """A group of five member companies, one of them left, plus one company in a sub-group."""
    top = services.groups.create("경기기계협업그룹")
    sub = services.groups.create("생산분과", "분과", top)
    for n, name in enumerate(["가나정밀", "다라금형", "마바전자", "사아기계"]):
        services.members.create({"name": name, "brn": make_brn(n + 1), "group_ids": [top]})
    services.members.create(
        {
            "name": "탈퇴상사",
            "brn": make_brn(9),
            "group_ids": [top],
            "status": "탈퇴",
            "left_on": dt.date(2025, 1, 1),
        }
    )
    services.members.create({"name": "자차산업", "brn": make_brn(10), "group_ids": [sub]})
    return top


def meeting(services: Services, group: int, **statuses: str) -> MeetingData:
    data = services.meetings.new_meeting("정기회의", group, WHEN, "2026년 11월 정기회의")
    for row in data.attendance:
        row.status = statuses.get(row.company, ATTENDED)
    return data


def test_the_roll_comes_from_the_group_and_its_sub_groups(services: Services, group: int) -> None:
    roll = services.meetings.roll(group)
    assert [r.company for r in roll] == ["가나정밀", "다라금형", "마바전자", "사아기계", "자차산업"]
    assert all(r.status == ABSENT for r in roll)
    assert "정기총회" in services.meetings.kinds()


def test_a_meeting_is_saved_and_read_back_whole(services: Services, group: int) -> None:
    data = meeting(services, group, 다라금형=ABSENT, 자차산업=DEPUTY)
    data.place, data.chair, data.secretary = "협회 회의실", "김영수", "이정훈"
    data.opening = "의장이 성원을 확인하고 개회를 선언함."
    data.guests = [GuestData("박주무관", "경기도청", "내빈")]
    data.agenda = [AgendaData("2027년 사업계획", "공동 전시회 참가를 논의함.\n예산은 다음 회의에서 확정.")]
    data.resolutions = [ResolutionData("2027년 사업계획(안) 승인의 건", 4, 0, 0)]
    data.actions = [ActionData("전시회 참가 신청", "사무국", dt.date(2026, 12, 5))]
    meeting_id = services.meetings.create(data)
    detail = services.meetings.get(meeting_id)
    # Saved with the thresholds of the rules in force (민법 제75조 here), as typed otherwise.
    default = "1/2> 1/2> 출석 위임포함"
    assert detail.data.quorum_rule_code == default and detail.data.resolutions[0].rule_code == default
    data.quorum_rule_code, data.resolutions[0].rule_code = default, default
    assert detail.data == data
    assert services.meetings.quorum_text(detail.data) == "재적 5 · 출석 4 → 성원"
    outcome = services.meetings.outcome(detail.data, detail.data.resolutions[0])
    assert outcome.passed and outcome.text == "가결 (찬성 4 / 출석 4, 과반수 3 필요)"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: setattr(d, "title", " "), "회의명을 입력해 주십시오."),
        (lambda d: setattr(d, "kind", "야유회"), "회의 종류"),
        (lambda d: setattr(d, "notice_on", dt.date(2026, 11, 30)), "회의 날짜보다 늦을 수 없습니다"),
        (
            lambda d: d.resolutions.append(ResolutionData("의안", None, 1)),
            "찬성과 반대 수를 입력해 주십시오.",
        ),
        (lambda d: d.resolutions.append(ResolutionData("의안", 4, 2)), "출석(4명)보다 많습니다"),
        (
            lambda d: d.resolutions.append(ResolutionData("의안", 1, 3, 0, "일반 의결", "가결")),
            "이유를 적어 주십시오",
        ),
        (lambda d: d.actions.append(ActionData(" ")), "후속조치 1번째 줄"),
    ],
)
def test_bad_meetings_are_refused_and_nothing_is_saved(
    services: Services, group: int, change, message: str
) -> None:  # type: ignore[no-untyped-def]
    data = meeting(services, group, 다라금형=ABSENT)
    change(data)
    with pytest.raises(FieldErrors, match=message.replace("(", r"\(").replace(")", r"\)")):
        services.meetings.create(data)
    assert services.meetings.search() == []


def test_proxies_must_go_to_a_company_that_attends(services: Services, group: int) -> None:
    data = meeting(services, group, 다라금형=ABSENT)
    by_name = {row.company: row for row in data.attendance}
    by_name["가나정밀"].status = PROXY
    by_name["가나정밀"].proxy_member_id = by_name["다라금형"].member_id
    with pytest.raises(FieldErrors, match="위임을 받은 다라금형이\\(가\\) 불참이라 위임할 수 없습니다"):
        services.meetings.create(data)
    by_name["가나정밀"].proxy_member_id = by_name["마바전자"].member_id
    meeting_id = services.meetings.create(data)
    saved = services.meetings.get(meeting_id).data
    assert services.meetings.quorum_text(saved) == "재적 5 · 출석 3 · 위임 1 → 성원"
    doc = services.meetings.minutes_document(meeting_id)
    assert next(a for a in doc.attendees if a.name == "가나정밀").note == "위임: 마바전자"


def test_a_groups_own_rule_decides_its_resolutions(services: Services, group: int) -> None:
    articles = QuorumRule("정관 변경", MAJORITY, TWO_THIRDS, approval_of_roll=True)  # 민법 제42조
    data = meeting(services, group, 다라금형=ABSENT)
    data.kind = "정기총회"
    data.resolutions = [ResolutionData("정관 일부 개정의 건", 3, 1, 0, "정관 변경")]
    assert not services.meetings.outcome(data, data.resolutions[0]).passed  # 3 of 5 members
    services.meetings.set_rule(
        group, QuorumRule("정관 변경", MAJORITY, TWO_THIRDS)
    )  # its 정관: of those present
    assert services.meetings.outcome(data, data.resolutions[0]).passed  # 3 of 4 present
    assert services.meetings.rules(None)["정관 변경"] == articles  # other groups keep the default
    data.resolutions[0].result_override, data.resolutions[0].override_reason = "가결", "서면결의 2표 추가"
    assert services.meetings.outcome(data, data.resolutions[0]).text == "가결 (직접 지정: 서면결의 2표 추가)"


def test_open_action_items_follow_the_group_until_closed(services: Services, group: int) -> None:
    first = meeting(services, group)
    first.starts_at = dt.datetime(2026, 10, 20, 14)
    first.actions = [
        ActionData("전시회 참가 신청", "사무국"),
        ActionData("회비 고지", "총무", status="완료", closed_on=dt.date(2026, 10, 25)),
    ]
    services.meetings.create(first)
    [open_item] = services.meetings.open_actions(group, WHEN)
    assert (open_item.what, open_item.meeting_on) == ("전시회 참가 신청", dt.date(2026, 10, 20))
    assert services.meetings.open_actions(group, dt.datetime(2026, 10, 1)) == []
    services.meetings.close_action(open_item.id, dt.date(2026, 11, 24))
    assert services.meetings.open_actions(group, WHEN) == []


def test_attendance_rates_and_search(services: Services, group: int) -> None:
    for month, absent in ((9, "다라금형"), (10, "다라금형"), (11, "가나정밀")):
        data = meeting(services, group, **{absent: ABSENT})
        data.starts_at = dt.datetime(2026, month, 10, 14)
        data.title = f"2026년 {month}월 정기회의"
        data.agenda = [AgendaData("공동 구매" if month == 10 else "전시회 준비")]
        services.meetings.create(data)
    rates = {
        r.company: (r.attended, r.meetings)
        for r in services.meetings.attendance_rates(group, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    }
    assert rates["다라금형"] == (1, 3) and rates["가나정밀"] == (2, 3) and rates["마바전자"] == (3, 3)
    assert [m.title for m in services.meetings.search(text="공동 구매")] == ["2026년 10월 정기회의"]
    assert len(services.meetings.search(group_id=group, year=2026)) == 3
    assert services.meetings.search(year=2025) == []
    [row, *_] = services.meetings.search()
    assert (row.title, row.group, row.enrolled, row.present) == (
        "2026년 11월 정기회의",
        "경기기계협업그룹",
        5,
        4,
    )


def test_changes_by_someone_else_are_not_overwritten(services: Services, group: int) -> None:
    meeting_id = services.meetings.create(meeting(services, group))
    detail = services.meetings.get(meeting_id)
    services.meetings.update(meeting_id, detail.data, detail.version)
    with pytest.raises(StaleRecordError):
        services.meetings.update(meeting_id, detail.data, detail.version)


def test_the_record_stands_when_a_member_is_deleted(services: Services, group: int) -> None:
    meeting_id = services.meetings.create(meeting(services, group))
    services.members.delete(services.members.find_by_brn(make_brn(1)))  # type: ignore[arg-type]
    row = services.meetings.get(meeting_id).data.attendance[0]
    assert (row.company, row.member_id, row.status) == ("가나정밀", None, ATTENDED)
    services.meetings.delete(meeting_id)
    assert services.meetings.search() == []


def test_notice_of_a_general_meeting_less_than_a_week_ahead_is_flagged(
    services: Services, group: int
) -> None:
    data = meeting(services, group)
    data.kind, data.notice_on = "정기총회", dt.date(2026, 11, 20)
    assert "4일 전" in notice_warning(data)
    data.notice_on = dt.date(2026, 11, 10)
    assert notice_warning(data) == ""


def test_text_blocks(services: Services) -> None:
    names = [name for name, _ in services.meetings.text_blocks()]
    assert "개회" in names
    services.meetings.save_text_block("정족수", "재적 과반수 출석으로 성원됨.")
    assert ("정족수", "재적 과반수 출석으로 성원됨.") in services.meetings.text_blocks()
    services.meetings.delete_text_block("정족수")
    with pytest.raises(FieldErrors):
        services.meetings.save_text_block("", "내용")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) missing")
def test_the_minutes_pdf_of_a_saved_meeting(services: Services, group: int, tmp_path: Path) -> None:
    data = meeting(services, group, 다라금형=ABSENT)
    data.resolutions = [ResolutionData("사업계획 승인의 건", 4, 0, 0)]
    meeting_id = services.meetings.create(data)
    minutes, sheet = tmp_path / "회의록.pdf", tmp_path / "서명부.pdf"
    services.meetings.write_minutes(meeting_id, str(minutes))
    services.meetings.write_signin_sheet(meeting_id, str(sheet))
    text = subprocess.run(
        ["pdftotext", "-raw", str(minutes), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "2026년 11월 정기회의" in text and "경기기계협업그룹" in text and "가결" in text
    assert "재적 5 · 출석 4 → 성원" in text
    signin = subprocess.run(
        ["pdftotext", "-raw", str(sheet), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert all(name in signin for name in ("가나정밀", "다라금형", "자차산업"))


def test_the_pdfs_in_memory_are_the_files_printed(services: Services, group: int, tmp_path: Path) -> None:
    """Print preview shows the bytes minutes_pdf() makes: the same document the file holds."""
    meeting_id = services.meetings.create(meeting(services, group))
    for made, write in (
        (services.meetings.minutes_pdf(meeting_id), services.meetings.write_minutes),
        (services.meetings.signin_sheet_pdf(meeting_id), services.meetings.write_signin_sheet),
    ):
        path = tmp_path / "out.pdf"
        write(meeting_id, str(path))
        assert made.startswith(b"%PDF") and b"NanumGothic" in made
        # Same pages and fonts; only the creation time and document id may differ.
        assert made.count(b"/Type /Page\n") == path.read_bytes().count(b"/Type /Page\n") >= 1
        assert abs(len(made) - path.stat().st_size) < 200


def test_rules_say_where_they_come_from_and_a_groups_own_can_be_removed(
    services: Services, group: int
) -> None:
    sub = services.groups.create("설계분과", "분과", group)
    sources = {info.rule.name: (info.source, info.own) for info in services.meetings.rule_infos(sub)}
    assert sources == {"일반 의결": ("기본", False), "정관 변경": ("기본", False)}
    services.meetings.set_rule(None, QuorumRule("정관 변경", MAJORITY, TWO_THIRDS))
    services.meetings.set_rule(group, QuorumRule("임원 선출", MAJORITY, MAJORITY))
    services.meetings.set_rule(sub, QuorumRule("임원 선출", TWO_THIRDS, MAJORITY))
    infos = {info.rule.name: info for info in services.meetings.rule_infos(sub)}
    assert (infos["정관 변경"].source, infos["정관 변경"].own) == ("연합회 전체", False)
    assert infos["임원 선출"].own and infos["임원 선출"].source.endswith("설계분과")
    assert infos["임원 선출"].rule.attendance == TWO_THIRDS  # the nearest group's rule wins
    services.meetings.delete_rule(sub, "임원 선출")
    infos = {info.rule.name: info for info in services.meetings.rule_infos(sub)}
    assert infos["임원 선출"].source == "경기기계협업그룹" and not infos["임원 선출"].own
    assert infos["임원 선출"].rule.attendance == MAJORITY
    with pytest.raises(NotFoundError):
        services.meetings.delete_rule(sub, "임원 선출")  # the sub-group has none of its own now
    services.meetings.delete_rule(None, "정관 변경")
    assert services.meetings.rules(None)["정관 변경"] == QuorumRule("정관 변경", MAJORITY, TWO_THIRDS, True)


def test_years_with_meetings_newest_first(services: Services, group: int) -> None:
    assert services.meetings.years() == []
    for year in (2025, 2026, 2026):
        data = meeting(services, group)
        data.starts_at = dt.datetime(year, 3, 1, 10)
        services.meetings.create(data)
    assert services.meetings.years() == [2026, 2025]


def test_an_action_marked_done_in_its_meeting_is_done_as_of_that_meeting(
    services: Services, group: int
) -> None:
    data = meeting(services, group)
    data.actions = [ActionData("회비 고지", "총무", status="완료")]
    meeting_id = services.meetings.create(data)
    assert services.meetings.get(meeting_id).data.actions[0].closed_on == WHEN.date()


def test_a_text_block_is_renamed_in_place(services: Services) -> None:
    services.meetings.save_text_block("정족수", "재적 과반수 출석으로 성원됨.")
    services.meetings.save_text_block("성원 확인", "재적 과반수가 출석하여 성원됨.", old_name="정족수")
    blocks = dict(services.meetings.text_blocks())
    assert "정족수" not in blocks and blocks["성원 확인"] == "재적 과반수가 출석하여 성원됨."
    with pytest.raises(FieldErrors, match="이미 있습니다"):
        services.meetings.save_text_block("개회", "다른 내용", old_name="성원 확인")
    assert dict(services.meetings.text_blocks())["성원 확인"] == "재적 과반수가 출석하여 성원됨."


def test_meeting_kinds_are_an_editable_list_that_keeps_kinds_in_use(services: Services, group: int) -> None:
    kinds = services.meeting_kinds
    assert kinds.names()[:3] == ["정기회의", "정기총회", "임시총회"]
    new = kinds.add("간담회")
    assert services.meetings.kinds()[-1] == "간담회"
    data = meeting(services, group)
    data.kind = "간담회"
    services.meetings.create(data)
    assert {i.name: i.in_use for i in kinds.items()}["간담회"] == 1
    with pytest.raises(UserError, match="'간담회' 회의 종류을\\(를\\) 쓰는 회의가 1건 있어"):
        kinds.remove(new)
    kinds.rename(new, "조찬 간담회")
    assert services.meetings.search()[0].kind == "조찬 간담회"


def test_a_later_change_of_the_rules_leaves_past_results_as_decided(services: Services, group: int) -> None:
    """A resolution keeps the rule it was decided by: the group's rule changed or removed later
    changes neither its recorded result nor the meeting's quorum, and the meeting saves unchanged."""
    services.meetings.set_rule(group, QuorumRule("임원 선출", MAJORITY, MAJORITY))
    data = meeting(services, group, 다라금형=ABSENT, 마바전자=ABSENT)  # 3 of 5 present
    data.resolutions = [ResolutionData("감사 선출의 건", 2, 1, 0, "임원 선출")]
    meeting_id = services.meetings.create(data)
    services.meetings.set_rule(group, QuorumRule("임원 선출", MAJORITY, TWO_THIRDS))
    services.meetings.set_rule(None, QuorumRule("일반 의결", TWO_THIRDS, MAJORITY))
    detail = services.meetings.get(meeting_id)
    assert services.meetings.outcome(detail.data, detail.data.resolutions[0]).text == (
        "가결 (찬성 2 / 출석 3, 과반수 2 필요)"
    )
    assert services.meetings.quorum_text(detail.data) == "재적 5 · 출석 3 → 성원"
    services.meetings.delete_rule(group, "임원 선출")
    services.meetings.update(meeting_id, detail.data, detail.version)  # saves, though the rule is gone
    assert "가결" in services.meetings.minutes_document(meeting_id).resolutions[0].result
    # A new meeting is judged by the rules now in force.
    later = meeting(services, group, 다라금형=ABSENT, 마바전자=ABSENT)
    assert services.meetings.quorum_text(later) == "재적 5 · 출석 3 → 성원 미달 (4명 필요)"


def test_open_actions_reported_done_are_closed_with_the_meeting_that_reports_them(
    services: Services, group: int
) -> None:
    first = meeting(services, group)
    first.starts_at = dt.datetime(2026, 10, 20, 14)
    first.actions = [ActionData("전시회 참가 신청", "사무국")]
    services.meetings.create(first)
    [open_item] = services.meetings.open_actions(group, WHEN)
    bad = meeting(services, group)
    bad.title = ""
    with pytest.raises(FieldErrors):
        services.meetings.create(bad, close_actions=[open_item.id])
    assert services.meetings.open_actions(group, WHEN) == [open_item]  # refused: nothing closed
    meeting_id = services.meetings.create(meeting(services, group), close_actions=[open_item.id])
    assert services.meetings.open_actions(group, dt.datetime(2027, 1, 1)) == []
    first_saved = services.meetings.get(services.meetings.search(year=2026)[-1].id).data
    assert first_saved.actions[0].closed_on == WHEN.date()
    detail = services.meetings.get(meeting_id)
    with pytest.raises(NotFoundError):
        services.meetings.update(meeting_id, detail.data, detail.version, close_actions=[999_999])
