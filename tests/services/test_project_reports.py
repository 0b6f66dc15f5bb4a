"""The printed documents of consortium projects, built from a real database: the 컨소시엄 현황 of a
project and the yearly outcome summary (PDF or .xlsx), on the sample data and on a group added here."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from collabdesk.documents.outcome_summary import KindTotal
from collabdesk.documents.project_pdf import OutcomeLine, Participant
from collabdesk.errors import NotFoundError, UserError
from collabdesk.services.container import Services
from collabdesk.services.projects import ProjectFilter
from collabdesk.services.sample_data import make_brn
from collabdesk.validation.project import MilestoneData, OutcomeData, ProjectData


def today() -> dt.date:
    """Read at use time: a module-level date goes stale when a run crosses midnight."""
    return dt.date.today()


SAMPLE_GROUP = "한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹"


def project_id(services: Services, name: str) -> int:
    return next(row.id for row in services.projects.search(ProjectFilter(text=name)) if row.name == name)


@pytest.fixture
def busan(sample_services: Services) -> dict[str, int]:
    """A second group beside the sample one, with one project and a won amount in 2026."""
    services = sample_services
    group = services.groups.create("부산협업그룹", "협업그룹")
    member = services.members.create({"name": "(주)부산테크", "brn": make_brn(9001), "group_ids": [group]})
    project = services.projects.create(
        ProjectData("부산 공동 물류센터", "공동구매", group_id=group, lead_member_id=member)
    )
    services.projects.add_outcome(
        project, OutcomeData("매출", dt.date(2026, 4, 1), Decimal("350000000"), "KRW", "", [member])
    )
    return {"group": group, "project": project, "member": member}


def test_report_of_a_sample_project(sample_services: Services) -> None:
    services = sample_services
    report = services.project_reports.report(project_id(services, "스마트 공작기계 공동개발"))
    assert (report.name, report.kind, report.lead, report.stage) == (
        "스마트 공작기계 공동개발",
        "공동기술개발",
        "(주)한빛정밀",
        "개발",
    )
    assert report.group == SAMPLE_GROUP and report.organisation == "경기기계협업그룹"
    assert list(report.stages) == [
        ("기획", dt.date(2026, 3, 1)),
        ("개발", dt.date(2026, 5, 10)),
        ("생산", None),
        ("판매·마케팅", None),
    ]
    assert report.support_amount == 300_000_000 and report.support_agency == "중소벤처기업부"
    # The participants are those of the current (second) version: 태광물류 joined, 미래디자인랩 left.
    assert list(report.participants) == [
        Participant("(주)한빛정밀", "회원사", ("R&D", "생산·제조", "판매·마케팅"), Decimal("45.00")),
        Participant("(주)나래센서", "회원사", ("R&D",), Decimal("25.00")),
        Participant("대성금형(주)", "회원사", ("금형", "사출"), Decimal("20.00")),
        Participant("태광물류(주)", "회원사", ("유통·물류",), Decimal("10.00")),
    ]
    assert [(v.number, v.agreed_on, v.parties) for v in report.versions] == [
        (1, dt.date(2026, 3, 2), 4),
        (2, dt.date(2026, 9, 1), 4),
    ]
    assert [(m.title, m.state) for m in report.milestones] == [
        ("설계 확정", "완료"),
        ("시제품 완성", "지연" if dt.date(2026, 10, 31) < today() else "예정"),
        ("성능 인증 취득", "지연" if dt.date(2027, 1, 31) < today() else "예정"),
    ]
    assert list(report.outcomes) == [
        OutcomeLine(
            "특허 출원", dt.date(2026, 8, 20), None, "KRW", "공작기계 진동 감지 모듈", ("(주)나래센서",)
        )
    ]
    assert report.printed_on == today()


def test_report_pdf_shows_participants_roles_shares_and_the_overdue_marker(
    sample_services: Services, tmp_path: Path, pdf_text
) -> None:
    services = sample_services
    pid = project_id(services, "스마트 공작기계 공동개발")
    services.projects.save_milestone(pid, MilestoneData("양산 준비", today() - dt.timedelta(days=3)))
    path = tmp_path / "현황.pdf"
    services.project_reports.write_report(pid, path)
    text = pdf_text(path)
    assert "1 (주)한빛정밀 회원사 R&D, 생산·제조, 판매·마케팅 45%" in text
    assert "4 태광물류(주) 회원사 유통·물류 10%" in text and "합계 (4곳) 100%" in text
    assert "협약 제2차 (2026. 9. 1.) · 디자인 완료에 따라 (주)미래디자인랩 참여 종료" in text
    assert "(주)미래디자인랩 회원사" not in text  # left with the second version
    due = today() - dt.timedelta(days=3)
    assert f"양산 준비 {due.year}. {due.month}. {due.day}. 지연" in text
    assert f"출력일 {today().year}. {today().month}. {today().day}." in text
    assert services.project_reports.report_pdf(pid).startswith(b"%PDF-")


def test_report_of_a_planned_project_has_empty_sections(sample_services: Services) -> None:
    report = sample_services.project_reports.report(project_id(sample_services, "친환경 도장 공동구매"))
    assert [report.participants, report.versions, report.milestones, report.outcomes] == [[], [], [], []]
    assert report.end_on is None and report.support_amount is None


def test_report_errors(sample_services: Services, tmp_path: Path) -> None:
    reports = sample_services.project_reports
    out = tmp_path / "out"  # not the folder of the database
    out.mkdir()
    with pytest.raises(NotFoundError, match="과제를 찾을 수 없습니다"):
        reports.report(999)
    with pytest.raises(NotFoundError):
        reports.write_report(999, out / "x.pdf")
    with pytest.raises(UserError, match=r"현황.xlsx: 컨소시엄 현황은 PDF\(.pdf\) 파일로만"):
        reports.write_report(project_id(sample_services, "친환경 도장 공동구매"), out / "현황.xlsx")
    assert list(out.iterdir()) == []


def test_summary_of_2025_on_the_sample_data(sample_services: Services) -> None:
    summary = sample_services.project_reports.summary(2025)
    assert (summary.year, summary.scope, summary.projects, summary.count) == (2025, "", 1, 2)
    # The program's order of kinds, not the order of the dates.
    assert list(summary.kinds) == [
        KindTotal("수출 계약", 1, {"USD": Decimal("1200000")}),
        KindTotal("공동 브랜드", 1, {}),
    ]
    assert [(p.project, [(o.kind, o.occurred_on) for o in p.outcomes]) for p in summary.by_project] == [
        (
            "유압 유닛 공동 브랜드 수출",
            [("공동 브랜드", dt.date(2025, 6, 1)), ("수출 계약", dt.date(2025, 11, 12))],
        )
    ]
    export = summary.by_project[0].outcomes[1]
    assert (export.amount, export.currency, tuple(export.participants)) == (
        Decimal("1200000"),
        "USD",
        ("동아유압(주)", "태광물류(주)"),
    )


def test_summary_of_one_group_takes_its_subgroups(sample_services: Services, busan: dict[str, int]) -> None:
    reports = sample_services.project_reports
    everything = reports.summary(2026)
    assert [p.project for p in everything.by_project] == ["부산 공동 물류센터", "스마트 공작기계 공동개발"]
    assert everything.projects == 3 and everything.total("KRW") == Decimal("350000000")
    only_busan = reports.summary(2026, busan["group"])
    assert only_busan.scope == "부산협업그룹" and only_busan.projects == 1
    assert [p.project for p in only_busan.by_project] == ["부산 공동 물류센터"]
    assert list(only_busan.kinds) == [KindTotal("매출", 1, {"KRW": Decimal("350000000")})]
    # The federation at the top takes every group below it, but not the separate 부산 group.
    federation = sample_services.groups.find_by_path("한국이업종교류연합회")
    assert federation is not None
    under = reports.summary(2026, federation)
    assert under.scope == "한국이업종교류연합회" and under.projects == 2
    assert [p.project for p in under.by_project] == ["스마트 공작기계 공동개발"]
    assert list(under.kinds) == [KindTotal("특허 출원", 1, {})]


def test_summary_errors(sample_services: Services, tmp_path: Path) -> None:
    reports = sample_services.project_reports
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NotFoundError, match="그룹을 찾을 수 없습니다"):
        reports.summary(2026, 9999)
    with pytest.raises(UserError, match="네 자리 연도"):
        reports.summary(26)
    with pytest.raises(UserError, match=r"PDF\(.pdf\) 또는 엑셀\(.xlsx\) 파일로만"):
        reports.write_summary(2026, out / "성과.csv")
    assert list(out.iterdir()) == []


def test_write_summary_follows_the_extension(
    sample_services: Services, busan: dict[str, int], tmp_path: Path, pdf_text
) -> None:
    reports = sample_services.project_reports
    reports.write_summary(2026, tmp_path / "성과.PDF")
    text = pdf_text(tmp_path / "성과.PDF")
    assert "2026년 협업 성과" in text and "진행 과제 3건 성과 2건" in text
    assert "매출 2026. 4. 1. 350,000,000원 — (주)부산테크" in text
    reports.write_summary(2026, tmp_path / "성과.xlsx", busan["group"])
    book = load_workbook(tmp_path / "성과.xlsx")
    rows = list(book["성과 목록"].iter_rows(min_row=2, values_only=True))
    assert rows == [
        ("부산 공동 물류센터", "매출", dt.datetime(2026, 4, 1), "KRW", 350000000, None, "(주)부산테크")
    ]
    assert book["요약"]["B4"].value == 1 and book["요약"]["A2"].value is None
    assert reports.summary_pdf(2026).startswith(b"%PDF-")
