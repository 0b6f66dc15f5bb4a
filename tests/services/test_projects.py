"""Consortium projects: the project and its stages, agreement versions and the 100% rule, comparing
versions, milestones, outcomes, the yearly summary, and the partner finder — on a real database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from collabdesk.errors import FieldErrors, NotFoundError, StaleRecordError, UserError
from collabdesk.services.agreement_diff import CHANGED, JOINED, LEFT
from collabdesk.services.container import Services
from collabdesk.services.partner_finder import with_party
from collabdesk.services.projects import ProjectFilter
from collabdesk.services.sample_data import make_brn
from collabdesk.validation.project import (
    AgreementData,
    MilestoneData,
    OutcomeData,
    PartyData,
    ProjectData,
    format_share,
    parse_share,
)


def today() -> dt.date:
    """Read at use time: a module-level date goes stale when a run crosses midnight."""
    return dt.date.today()


@pytest.fixture
def firms(services: Services) -> dict[str, int]:
    """Six member companies in one group, with 업종 and 전문역량 tags."""
    group = services.groups.create("경기기계협업그룹")
    industries = {item.name: item.id for item in services.industries.items()}
    machine = industries.get("기계·금속") or services.industries.add("기계·금속")
    chemical = industries.get("섬유·화공") or services.industries.add("섬유·화공")
    rows = [
        ("한빛정밀", machine, ["CNC 정밀가공"]),
        ("대성금형", machine, ["사출금형", "프레스금형"]),
        ("미래디자인랩", None, ["제품 디자인"]),
        ("태광물류", None, ["물류 대행"]),
        ("세진기공", machine, ["정밀 금형 수리"]),
        ("그린코팅", chemical, ["분체 도장"]),
    ]
    ids = {}
    for n, (name, industry, tags) in enumerate(rows, start=1):
        ids[name] = services.members.create(
            {"name": name, "brn": make_brn(n), "group_ids": [group], "industry_id": industry, "tags": tags}
        )
    ids["group"] = group
    return ids


def project(services: Services, firms: dict[str, int], **changes: object) -> int:
    data = ProjectData(
        "스마트 공작기계 공동개발",
        "공동기술개발",
        item="IoT 센서 내장 CNC 선반",
        group_id=firms["group"],
        lead_member_id=firms["한빛정밀"],
        start_on=dt.date(2026, 3, 1),
        end_on=dt.date(2027, 2, 28),
        support_program="중소기업 협업 R&D",
        support_agency="중소벤처기업부",
        support_amount=300_000_000,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return services.projects.create(data)


def party(firms: dict[str, int], name: str, roles: list[str], share: str | None = None) -> PartyData:
    return PartyData(name, roles, Decimal(share) if share is not None else None, firms[name])


def test_a_project_is_saved_and_read_back(services: Services, firms: dict[str, int]) -> None:
    project_id = project(services, firms)
    detail = services.projects.get(project_id)
    assert detail.data.name == "스마트 공작기계 공동개발" and detail.lead_name == "한빛정밀"
    assert detail.stage == "기획" and detail.stages == {"기획": dt.date(2026, 3, 1)}
    assert detail.versions == [] and detail.current is None
    detail.data.status = "보류"
    services.projects.update(project_id, detail.data, detail.version)
    with pytest.raises(StaleRecordError):
        services.projects.update(project_id, detail.data, detail.version)
    assert services.projects.get(project_id).data.status == "보류"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": " "}, "과제명을 입력해 주십시오."),
        ({"kind": "없는종류"}, "과제 종류:"),
        ({"end_on": dt.date(2025, 1, 1)}, "종료일이 시작일보다 빠릅니다."),
        ({"status": "끝"}, "상태:"),
    ],
)
def test_bad_projects_are_refused(
    services: Services, firms: dict[str, int], changes: dict[str, object], message: str
) -> None:
    with pytest.raises(FieldErrors, match=message):
        project(services, firms, **changes)
    assert services.projects.search() == []


def test_stages_are_dated_in_order(services: Services, firms: dict[str, int]) -> None:
    project_id = project(services, firms)
    services.projects.set_stage(project_id, "개발", dt.date(2026, 5, 1))
    services.projects.set_stage(project_id, "생산", dt.date(2026, 9, 1))
    detail = services.projects.get(project_id)
    assert detail.stage == "생산" and list(detail.stages) == ["기획", "개발", "생산"]
    with pytest.raises(FieldErrors, match="앞 단계"):
        services.projects.set_stage(project_id, "판매·마케팅", dt.date(2026, 4, 1))
    services.projects.set_stage(project_id, "개발", dt.date(2026, 10, 1))  # went back to 개발
    detail = services.projects.get(project_id)
    assert detail.stage == "개발" and detail.stages == {
        "기획": dt.date(2026, 3, 1),
        "개발": dt.date(2026, 10, 1),
    }


def test_agreement_versions_are_added_never_changed(services: Services, firms: dict[str, int]) -> None:
    project_id = project(services, firms)
    first = AgreementData(
        dt.date(2026, 3, 1),
        [
            party(firms, "한빛정밀", ["R&D", "생산·제조"], "50"),
            party(firms, "대성금형", ["금형"], "30"),
            party(firms, "미래디자인랩", ["디자인"], "20"),
        ],
        "최초 협약",
    )
    assert services.projects.add_agreement(project_id, first) == 1
    second = AgreementData(
        dt.date(2026, 7, 1),
        [
            party(firms, "한빛정밀", ["R&D", "생산·제조", "판매·마케팅"], "45"),
            party(firms, "대성금형", ["금형", "사출"], "30"),
            party(firms, "태광물류", ["유통·물류"], "25"),
        ],
        "디자인 완료, 물류 합류",
    )
    assert services.projects.add_agreement(project_id, second) == 2
    assert services.projects.agreement(project_id, 1) == first  # the first version reads as agreed
    assert services.projects.agreement(project_id) == second
    detail = services.projects.get(project_id)
    assert [(v.number, v.note, v.parties) for v in detail.versions] == [
        (1, "최초 협약", 3),
        (2, "디자인 완료, 물류 합류", 3),
    ]
    changes = {c.name: c for c in services.projects.compare(project_id, 1, 2)}
    assert changes["한빛정밀"].change == CHANGED and changes["한빛정밀"].text == (
        "한빛정밀: 역할 +판매·마케팅, 지분 50% → 45%"
    )
    assert changes["대성금형"].text == "대성금형: 역할 +사출"
    assert (
        changes["태광물류"].change == JOINED
        and changes["태광물류"].text == "태광물류: 새로 참여, 역할 +유통·물류, 지분 없음 → 25%"
    )
    assert changes["미래디자인랩"].change == LEFT and changes["미래디자인랩"].text == (
        "미래디자인랩: 참여 종료, 역할 −디자인, 지분 20% → 없음"
    )
    assert services.projects.search(ProjectFilter(text="태광"))[0].parties == 3  # searchable by participant
    with pytest.raises(NotFoundError):
        services.projects.agreement(project_id, 3)


@pytest.mark.parametrize(
    ("shares", "message"),
    [
        (("50", "30", "17.5"), "지분 합계가 97.5%로 100%보다 2.5%p 적습니다."),
        (("50", "30", "25"), "지분 합계가 105%로 100%보다 5%p 많습니다."),
        (("50", "50", None), "모든 참여 기업의 지분을 적어 주십시오: 미래디자인랩"),
    ],
)
def test_shares_must_total_exactly_100_or_nothing_is_saved(
    services: Services, firms: dict[str, int], shares: tuple[str | None, ...], message: str
) -> None:
    project_id = project(services, firms)
    parties = [
        party(firms, name, [role], share)
        for (name, role), share in zip(
            (("한빛정밀", "R&D"), ("대성금형", "금형"), ("미래디자인랩", "디자인")), shares, strict=True
        )
    ]
    with pytest.raises(FieldErrors, match=message):
        services.projects.add_agreement(project_id, AgreementData(dt.date(2026, 3, 1), parties))
    assert services.projects.get(project_id).versions == []


def test_an_agreement_without_shares_and_with_outside_partners(
    services: Services, firms: dict[str, int]
) -> None:
    project_id = project(services, firms)
    parties = [
        party(firms, "한빛정밀", ["생산·제조"]),
        PartyData("한국기계연구원", ["R&D"], None, None, "연구기관"),
        PartyData("경기대학교 산학협력단", ["설계"], None, None, "대학"),
    ]
    services.projects.add_agreement(project_id, AgreementData(dt.date(2026, 3, 1), parties))
    current = services.projects.agreement(project_id)
    assert [(p.name, p.partner_kind, p.share) for p in current.parties] == [
        ("한빛정밀", "회원사", None),
        ("한국기계연구원", "연구기관", None),
        ("경기대학교 산학협력단", "대학", None),
    ]


@pytest.mark.parametrize(
    ("parties", "message"),
    [
        ([], "참여 기업을 한 곳 이상"),
        ([PartyData("외부회사", ["R&D"])], "회원사 명부에서 고른 회사여야 합니다"),
        ([PartyData("연구소", [], None, None, "연구기관")], "역할을 하나 이상"),
        (
            [PartyData("연구소", ["우주항공"], None, None, "연구기관")],
            "역할 '우주항공'.* 역할 목록에 없습니다",
        ),
    ],
)
def test_bad_agreements_are_refused(
    services: Services, firms: dict[str, int], parties: list[PartyData], message: str
) -> None:
    project_id = project(services, firms)
    with pytest.raises(FieldErrors, match=message):
        services.projects.add_agreement(project_id, AgreementData(dt.date(2026, 3, 1), parties))


def test_the_same_company_twice_is_refused(services: Services, firms: dict[str, int]) -> None:
    project_id = project(services, firms)
    twice = [party(firms, "한빛정밀", ["R&D"]), party(firms, "한빛정밀", ["금형"])]
    with pytest.raises(FieldErrors, match="두 번 들어 있습니다"):
        services.projects.add_agreement(project_id, AgreementData(dt.date(2026, 3, 1), twice))


def test_share_text(services: Services) -> None:
    assert parse_share(" 33.5 % ") == Decimal("33.50") and parse_share("") is None
    assert format_share(Decimal("50.00")) == "50" and format_share(Decimal("33.50")) == "33.5"
    for bad, message in (("abc", "숫자가 아닙니다"), ("120", "0에서 100 사이"), ("33.333", "둘째 자리")):
        with pytest.raises(FieldErrors, match=message):
            parse_share(bad)


def test_milestones_past_due_stand_out(services: Services, firms: dict[str, int]) -> None:
    project_id = project(services, firms)
    late = services.projects.save_milestone(
        project_id, MilestoneData("시제품 완성", today() - dt.timedelta(days=3))
    )
    services.projects.save_milestone(project_id, MilestoneData("시험 인증", today() + dt.timedelta(days=30)))
    services.projects.save_milestone(
        project_id,
        MilestoneData("설계 확정", today() - dt.timedelta(days=60), today() - dt.timedelta(days=61)),
    )
    rows = services.projects.get(project_id).milestones
    assert [(m.title, m.overdue) for m in rows] == [
        ("시제품 완성", True),
        ("시험 인증", False),
        ("설계 확정", False),
    ]
    assert services.projects.search()[0].overdue == 1
    # A project that is finished (or stopped) is no longer late, however its milestones stand.
    detail = services.projects.get(project_id)
    detail.data.status = "완료"
    services.projects.update(project_id, detail.data, detail.version)
    assert services.projects.search()[0].overdue == 0
    assert not any(m.overdue for m in services.projects.get(project_id).milestones)
    detail = services.projects.get(project_id)
    detail.data.status = "진행"
    services.projects.update(project_id, detail.data, detail.version)
    assert services.projects.search()[0].overdue == 1
    services.projects.save_milestone(
        project_id, MilestoneData("시제품 완성", today() - dt.timedelta(days=3), today()), late
    )
    assert services.projects.search()[0].overdue == 0
    with pytest.raises(FieldErrors):
        services.projects.save_milestone(project_id, MilestoneData(" "))


def test_outcomes_and_the_yearly_summary(services: Services, firms: dict[str, int]) -> None:
    project_id = project(services, firms)
    project(
        services,
        firms,
        name="공동 브랜드 수출",
        kind="해외시장개척",
        start_on=dt.date(2025, 1, 1),
        end_on=dt.date(2025, 12, 31),
    )
    services.projects.add_outcome(
        project_id,
        OutcomeData(
            "수출 계약", dt.date(2026, 10, 5), Decimal("10000000"), "USD", "미국 바이어", [firms["한빛정밀"]]
        ),
    )
    services.projects.add_outcome(
        project_id, OutcomeData("특허 출원", dt.date(2026, 8, 1), description="센서 모듈")
    )
    services.projects.add_outcome(
        project_id,
        OutcomeData("매출", dt.date(2026, 12, 1), Decimal("1250000000"), "KRW", "", [firms["대성금형"]]),
    )
    summary = services.projects.outcome_summary(2026)
    assert summary.projects == 1  # the 2025 project ended before
    assert summary.by_kind == {"수출 계약": 1, "특허 출원": 1, "매출": 1}
    assert summary.amounts == {
        ("수출 계약", "USD"): Decimal("10000000"),
        ("매출", "KRW"): Decimal("1250000000"),
    }
    outcomes = services.projects.get(project_id).outcomes
    assert [(o.kind, o.members) for o in outcomes] == [
        ("특허 출원", ()),
        ("수출 계약", ("한빛정밀",)),
        ("매출", ("대성금형",)),
    ]
    with pytest.raises(FieldErrors, match="통화"):
        services.projects.add_outcome(project_id, OutcomeData("매출", dt.date(2026, 1, 1), Decimal(1), "XYZ"))


def test_filters_run_in_the_database(services: Services, firms: dict[str, int]) -> None:
    first = project(services, firms)
    project(
        services,
        firms,
        name="공동구매 2025",
        item="원자재 공동구매",
        kind="공동구매",
        start_on=dt.date(2025, 1, 1),
        end_on=dt.date(2025, 6, 30),
    )
    services.projects.set_stage(first, "개발", dt.date(2026, 5, 1))
    names = lambda **kw: [r.name for r in services.projects.search(ProjectFilter(**kw))]  # noqa: E731
    assert names() == ["스마트 공작기계 공동개발", "공동구매 2025"]
    assert names(kind="공동구매") == ["공동구매 2025"]
    assert names(stage="개발") == ["스마트 공작기계 공동개발"]
    assert names(year=2025) == ["공동구매 2025"]
    assert names(year=2026) == ["스마트 공작기계 공동개발"]
    assert names(group_id=firms["group"], status="진행") == ["스마트 공작기계 공동개발", "공동구매 2025"]
    assert names(text="cnc 선반") == ["스마트 공작기계 공동개발"]
    # The year filter offers every year some project ran in, up to this year at least.
    years = services.projects.years()
    assert years[-1] == 2025 and years[0] == max(dt.date.today().year, 2027)
    assert years == sorted(years, reverse=True) and len(years) == len(set(years))
    # Projects with an end date only still give their year.
    project(services, firms, name="종료일만", start_on=None, end_on=dt.date(2019, 12, 31))
    assert services.projects.years()[-1] == 2019


def test_partner_finder_ranks_by_competence_experience_and_industry(
    services: Services, firms: dict[str, int]
) -> None:
    earlier = project(services, firms, name="금형 공동개발 2025", start_on=dt.date(2025, 1, 1))
    services.projects.add_agreement(
        earlier,
        AgreementData(
            dt.date(2025, 1, 1), [party(firms, "세진기공", ["금형"]), party(firms, "대성금형", ["금형"])]
        ),
    )
    services.projects.add_agreement(
        earlier, AgreementData(dt.date(2025, 6, 1), [party(firms, "세진기공", ["금형"])])
    )
    current = project(services, firms)
    services.projects.add_agreement(
        current, AgreementData(dt.date(2026, 3, 1), [party(firms, "한빛정밀", ["R&D"])])
    )
    found = services.partners.suggest("금형", exclude=services.projects.current_members(current))
    assert [(s.name, s.reason) for s in found[:2]] == [
        ("대성금형", "금형 역량(사출금형, 프레스금형) · 과거 금형 역할 1건"),
        ("세진기공", "금형 역량(정밀 금형 수리) · 과거 금형 역할 1건"),
    ]
    assert "한빛정밀" not in [s.name for s in found]  # already in the project
    assert [s.name for s in services.partners.suggest("유통·물류")] == ["태광물류"]
    services.members.withdraw(firms["태광물류"], dt.date(2026, 1, 1))
    assert services.partners.suggest("유통·물류") == []  # a company that left is not suggested
    # Added straight into a new version: at 0% where shares are set, so the total stays 100%.
    agreement = services.projects.agreement(current)
    with_shares = AgreementData(agreement.agreed_on, [party(firms, "한빛정밀", ["R&D"], "100")])
    draft = with_party(with_shares, found[0], "금형")
    assert [(p.name, p.roles, p.share) for p in draft.parties] == [
        ("한빛정밀", ["R&D"], Decimal("100")),
        ("대성금형", ["금형"], Decimal("0")),
    ]
    draft.agreed_on = dt.date(2026, 9, 1)
    assert services.projects.add_agreement(current, draft) == 2


def test_the_record_stands_when_a_member_is_deleted(services: Services, firms: dict[str, int]) -> None:
    project_id = project(services, firms)
    services.projects.add_agreement(
        project_id, AgreementData(dt.date(2026, 3, 1), [party(firms, "그린코팅", ["생산·제조"], "100")])
    )
    services.members.delete(firms["그린코팅"])
    kept = services.projects.agreement(project_id).parties[0]
    assert (kept.name, kept.member_id, kept.share) == ("그린코팅", None, Decimal("100.00"))


def test_project_kinds_and_roles_are_editable_lists(services: Services, firms: dict[str, int]) -> None:
    assert services.projects.kinds()[0] == "ICMS 협업" and "금형" in services.projects.roles()
    project(services, firms)
    kinds = {item.name: item for item in services.project_kinds.items()}
    assert kinds["공동기술개발"].in_use == 1
    with pytest.raises(UserError, match="과제가 1건 있어"):
        services.project_kinds.remove(kinds["공동기술개발"].id)
    # Agreements keep the role names they were made with, so a role can leave the list.
    role = next(item for item in services.project_roles.items() if item.name == "구매")
    services.project_roles.remove(role.id)
    assert "구매" not in services.projects.roles()


def test_deleting_a_project_takes_its_versions_milestones_and_outcomes(
    services: Services, firms: dict[str, int]
) -> None:
    project_id = project(services, firms)
    services.projects.add_agreement(
        project_id, AgreementData(dt.date(2026, 3, 1), [party(firms, "한빛정밀", ["R&D"])])
    )
    services.projects.save_milestone(project_id, MilestoneData("착수"))
    services.projects.add_outcome(project_id, OutcomeData("신제품 출시", dt.date(2026, 9, 1)))
    services.projects.delete(project_id)
    assert services.projects.search() == []
    with pytest.raises(NotFoundError):
        services.projects.get(project_id)


def test_a_milestone_changed_on_another_pc_is_not_overwritten(
    services: Services, firms: dict[str, int]
) -> None:
    project_id = project(services, firms)
    seen = MilestoneData("시제품 완성", today() + dt.timedelta(days=10))
    milestone_id = services.projects.save_milestone(project_id, seen)
    # Another PC moves the due date; this PC, still showing the old one, marks it done.
    services.projects.save_milestone(
        project_id, MilestoneData("시제품 완성", today() + dt.timedelta(days=20)), milestone_id, seen
    )
    with pytest.raises(StaleRecordError):
        services.projects.save_milestone(
            project_id, MilestoneData("시제품 완성", seen.due_on, today()), milestone_id, seen
        )
    [row] = services.projects.get(project_id).milestones
    assert (row.due_on, row.done_on) == (today() + dt.timedelta(days=20), None)
