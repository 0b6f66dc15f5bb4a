"""A realistic, fictional sample: a machine-industry 협업그룹 of a dozen companies.

Every company, person and number here is invented; the registration numbers only carry valid check digits.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from collabdesk.db import audit
from collabdesk.db.engine import Database
from collabdesk.db.models import Member, Project
from collabdesk.errors import UserError
from collabdesk.services.certificate_templates import IssuerService, IssuerSettings
from collabdesk.services.certificates import CertificateService
from collabdesk.services.dispute_mediators import MediatorService
from collabdesk.services.disputes import DisputeService
from collabdesk.services.groups import GroupService
from collabdesk.services.meetings import MeetingService
from collabdesk.services.members import MemberService
from collabdesk.services.projects import ProjectService
from collabdesk.validation.dispute import (
    APPLICANT,
    RESPONDENT,
    DisputeData,
    MediatorData,
    PartyInput,
    SessionData,
)
from collabdesk.validation.korean import brn_check_digit, normalize_phone
from collabdesk.validation.meeting import ActionData, AgendaData, ResolutionData
from collabdesk.validation.member import ContactData, MemberData
from collabdesk.validation.project import AgreementData, MilestoneData, OutcomeData, PartyData, ProjectData


def make_brn(serial: int, kind: int = 81) -> str:
    """A fictional 사업자등록번호 with a valid check digit (kind 81 = 법인 본점)."""
    head = f"{100 + serial % 800:03d}{kind:02d}{serial % 10000:04d}"
    return f"{head[:3]}-{head[3:5]}-{head[5:]}{brn_check_digit(head)}"


# 회사명, 대표자, 업종, 전문역량, 주소, 우편번호, 전화, 설립, 매출액(원), 종업원수, 가입일, 회원구분, 분과
COMPANIES = [
    (
        "(주)한빛정밀",
        "김영수",
        "기계·금속",
        "CNC 정밀가공, 금형",
        "경기도 화성시 향남읍 제약공단2길 15",
        "18622",
        "0313363133",
        "1998-03-02",
        18_400_000_000,
        96,
        "2015-04-01",
        "정회원",
        "생산분과",
    ),
    (
        "대성금형(주)",
        "이정훈",
        "기계·금속",
        "사출금형, 프레스금형",
        "경기도 안산시 단원구 산단로 112",
        "15433",
        "0314917722",
        "2003-07-15",
        9_200_000_000,
        54,
        "2015-04-01",
        "정회원",
        "생산분과",
    ),
    (
        "(주)우진오토메이션",
        "박성민",
        "전기·전자",
        "공장자동화, PLC 제어, 로봇 시스템",
        "경기도 수원시 권선구 산업로 88",
        "16648",
        "0312958800",
        "2008-11-20",
        12_750_000_000,
        61,
        "2016-03-10",
        "정회원",
        "R&D분과",
    ),
    (
        "세진기공(주)",
        "최민호",
        "기계·금속",
        "감속기, 기어 가공",
        "경기도 시흥시 공단1대로 204",
        "15118",
        "0314980145",
        "1995-05-08",
        21_300_000_000,
        118,
        "2015-04-01",
        "정회원",
        "생산분과",
    ),
    (
        "(주)나래센서",
        "정다은",
        "전기·전자",
        "압력센서, IoT 모듈",
        "경기도 성남시 중원구 둔촌대로 474",
        "13229",
        "0317471190",
        "2012-02-01",
        6_400_000_000,
        37,
        "2017-06-01",
        "정회원",
        "R&D분과",
    ),
    (
        "동아유압(주)",
        "강태식",
        "기계·금속",
        "유압실린더, 유압유닛",
        "경기도 평택시 포승읍 평택항로 156",
        "17953",
        "0316843377",
        "1991-09-30",
        27_900_000_000,
        142,
        "2015-04-01",
        "정회원",
        "생산분과",
    ),
    (
        "(주)그린코팅",
        "윤서연",
        "섬유·화공",
        "분체도장, 표면처리",
        "경기도 화성시 마도면 청원로 61",
        "18547",
        "0313576642",
        "2006-04-17",
        5_100_000_000,
        29,
        "2025-06-02",  # new in 2025 (the 현황 tab counts the members who joined in a year)
        "준회원",
        "생산분과",
    ),
    (
        "(주)미래디자인랩",
        "한지민",
        "기타",
        "제품디자인, 시제품 제작, 3D 프린팅",
        "서울특별시 금천구 가산디지털1로 168",
        "08507",
        "0221088190",
        "2014-08-11",
        2_300_000_000,
        14,
        "2026-01-05",  # new in 2026: not on the roll of the December 2025 meeting
        "준회원",
        "R&D분과",
    ),
    (
        "태광물류(주)",
        "오승우",
        "기타",
        "산업물류, 수출포장",
        "경기도 평택시 청북읍 현곡산단로 33",
        "17810",
        "0316868021",
        "2001-12-03",
        14_600_000_000,
        75,
        "2016-09-01",
        "정회원",
        "마케팅분과",
    ),
    (
        "(주)코리아엠텍",
        "서준호",
        "전기·전자",
        "모터 드라이브, 인버터",
        "경기도 안양시 동안구 엘에스로 116",
        "14118",
        "0314236650",
        "2010-06-21",
        8_800_000_000,
        46,
        "2017-02-01",
        "정회원",
        "R&D분과",
    ),
    (
        "삼원산업(주)",
        "임경희",
        "섬유·화공",
        "산업용 필터, 부직포",
        "경기도 김포시 양촌읍 황금로 109",
        "10048",
        "0319873321",
        "1999-10-10",
        11_200_000_000,
        63,
        "2015-04-01",
        "정회원",
        "마케팅분과",
    ),
    (
        "(주)한솔테크",
        "문재석",
        "기계·금속",
        "공작기계 유지보수, 스핀들 수리",
        "경기도 부천시 오정구 석천로 397",
        "14449",
        "0326780915",
        "2005-03-28",
        4_700_000_000,
        22,
        "2020-05-01",
        "특별회원",
        "마케팅분과",
    ),
]

JOINED = {company[0]: dt.date.fromisoformat(company[10]) for company in COMPANIES}

CONTACTS = [
    ("김나래", "과장", "01023457812", "nrkim"),
    ("이준기", "대리", "01087651234", "jklee"),
    ("박소희", "부장", "01055512345", "shpark"),
]


def is_empty(db: Database) -> bool:
    with db.reading() as s:
        return not s.scalar(select(func.count(Member.id)))


def fill_sample_data(db: Database) -> int:
    """Fill an empty database with the sample group; refuse a database that already has members."""
    with db.transaction() as s:  # one action: groups and members together, or nothing
        audit.set_context(s, "샘플 데이터")
        return _fill(db)


def _fill(db: Database) -> int:
    if not is_empty(db):
        raise UserError(
            "데이터베이스에 이미 회원사가 있어 샘플 데이터를 넣지 않았습니다. 빈 데이터베이스에서 실행해 주십시오."
        )
    _sample_issuer(db)
    groups = GroupService(db)
    federation = groups.create("한국이업종교류연합회", "연합회")
    region = groups.create("경기지역연합회", "지역", federation)
    group = groups.create("경기기계협업그룹", "협업그룹", region)
    committees = {name: groups.create(name, "분과", group) for name in ("R&D분과", "생산분과", "마케팅분과")}

    records = []
    for n, (
        name,
        ceo,
        industry,
        tags,
        address,
        postcode,
        phone,
        founded,
        sales,
        staff,
        joined,
        cls,
        committee,
    ) in enumerate(COMPANIES):
        contact_name, position, mobile, mail = CONTACTS[n % len(CONTACTS)]
        domain = f"sample{n + 1:02d}.example.kr"
        records.append(
            MemberData(
                name=name,
                ceo=ceo,
                brn=make_brn(2100 + n * 37),
                industry=industry,
                tags=[t.strip() for t in tags.split(",")],
                postcode=postcode,
                address=address,
                phone=normalize_phone(phone),
                email=f"info@{domain}",
                homepage=f"www.{domain}",
                founded_on=dt.date.fromisoformat(founded),
                sales=sales,
                employees=staff,
                joined_on=dt.date.fromisoformat(joined),
                member_class=cls,
                contacts=[
                    ContactData(
                        name=contact_name,
                        position=position,
                        phone=normalize_phone(mobile),
                        email=f"{mail}@{domain}",
                    )
                ],
                group_ids=[group, committees[committee]],
            )
        )
    count = len(MemberService(db).bulk_create(records))
    _sample_meetings(db, group)
    _sample_projects(db, group)
    _sample_certificates(db)
    _sample_disputes(db)
    return count


SAMPLE_TOPICS = [
    "공동 전시회 참가",
    "공동 구매",
    "기술 세미나 개최",
    "신규 회원 가입 심사",
    "연말 워크숍 준비",
]


def _sample_meetings(db: Database, group: int) -> None:
    """A year of the group's monthly 정기회의 (December 2025 to November 2026) and one 정기총회."""
    meetings = MeetingService(db)
    for n in range(12):
        year, month = (2025, 12) if n == 0 else (2026, n)
        data = meetings.new_meeting(
            "정기회의", group, dt.datetime(year, month, 20, 14), f"{year}년 {month}월 정기회의"
        )
        data.place, data.chair, data.secretary = "경기중소기업지원센터 3층 회의실", "김영수", "이정훈"
        # A company is on the roll from the day it joined.
        data.attendance = [row for row in data.attendance if JOINED[row.company] <= data.starts_at.date()]
        for i, row in enumerate(data.attendance):
            row.status = "불참" if (i + n) % 5 == 0 else "참석"
        topic = SAMPLE_TOPICS[n % len(SAMPLE_TOPICS)]
        data.opening = "의장이 성원을 확인하고 개회를 선언함."
        data.agenda = [AgendaData(f"{topic}의 건", f"{topic}에 대해 회원사 의견을 나눔.")]
        present = sum(1 for row in data.attendance if row.status == "참석")
        data.resolutions = [ResolutionData(f"{topic} 추진의 건", present - 1, 1, 0)]
        done = n < 11  # each month's task is reported done at the next meeting
        data.actions = [
            ActionData(
                f"{topic} 결과 보고",
                "사무국",
                dt.date(year, month, 28),
                "완료" if done else "진행",
                dt.date(year, month, 28) if done else None,
            )
        ]
        data.closing = "의장이 폐회를 선언함."
        meetings.create(data)
    assembly = meetings.new_meeting("정기총회", group, dt.datetime(2026, 2, 24, 15), "2026년 정기총회")
    assembly.place, assembly.chair, assembly.secretary = "수원컨벤션센터 201호", "김영수", "이정훈"
    assembly.notice_on = dt.date(2026, 2, 10)
    for i, row in enumerate(assembly.attendance):
        row.status = "참석" if i % 6 else "불참"
    present = sum(1 for row in assembly.attendance if row.status == "참석")
    assembly.agenda = [AgendaData("2025년 결산 및 2026년 예산(안) 승인의 건"), AgendaData("임원 선출의 건")]
    assembly.resolutions = [
        ResolutionData("2025년 결산 승인의 건", present, 0, 0),
        ResolutionData("2026년 예산(안) 승인의 건", present - 1, 0, 1),
    ]
    meetings.create(assembly)


def _sample_projects(db: Database, group: int) -> None:
    """Three of the group's consortium projects: one with two agreement versions, milestones (one
    past due) and outcomes, one just planned, and one finished with an export contract."""
    projects = ProjectService(db)
    with db.reading() as s:
        ids: dict[str, int] = {
            name: member_id for name, member_id in s.execute(select(Member.name, Member.id))
        }

    def party(name: str, roles: list[str], share: str | None = None) -> PartyData:
        return PartyData(name, roles, Decimal(share) if share else None, ids[name])

    smart = projects.create(
        ProjectData(
            "스마트 공작기계 공동개발",
            "공동기술개발",
            item="IoT 센서 내장 CNC 선반",
            group_id=group,
            lead_member_id=ids["(주)한빛정밀"],
            start_on=dt.date(2026, 3, 1),
            end_on=dt.date(2027, 2, 28),
            support_program="중소기업 협업 R&D",
            support_agency="중소벤처기업부",
            support_amount=300_000_000,
        )
    )
    projects.add_agreement(
        smart,
        AgreementData(
            dt.date(2026, 3, 2),
            [
                party("(주)한빛정밀", ["R&D", "생산·제조"], "45"),
                party("(주)나래센서", ["R&D"], "25"),
                party("대성금형(주)", ["금형"], "15"),
                party("(주)미래디자인랩", ["디자인"], "15"),
            ],
            "최초 협약",
        ),
    )
    projects.set_stage(smart, "개발", dt.date(2026, 5, 10))
    projects.add_agreement(
        smart,
        AgreementData(
            dt.date(2026, 9, 1),
            [
                party("(주)한빛정밀", ["R&D", "생산·제조", "판매·마케팅"], "45"),
                party("(주)나래센서", ["R&D"], "25"),
                party("대성금형(주)", ["금형", "사출"], "20"),
                party("태광물류(주)", ["유통·물류"], "10"),
            ],
            "디자인 완료에 따라 (주)미래디자인랩 참여 종료, 태광물류(주) 합류",
        ),
    )
    for title, due, done in (
        ("설계 확정", dt.date(2026, 4, 30), dt.date(2026, 4, 28)),
        ("시제품 완성", dt.date(2026, 10, 31), None),
        ("성능 인증 취득", dt.date(2027, 1, 31), None),
    ):
        projects.save_milestone(smart, MilestoneData(title, due, done))
    projects.add_outcome(
        smart,
        OutcomeData(
            "특허 출원",
            dt.date(2026, 8, 20),
            description="공작기계 진동 감지 모듈",
            member_ids=[ids["(주)나래센서"]],
        ),
    )

    projects.create(
        ProjectData(
            "친환경 도장 공동구매",
            "공동구매",
            item="분체도료 공동구매",
            group_id=group,
            lead_member_id=ids["(주)그린코팅"],
            start_on=dt.date(2026, 11, 1),
        )
    )

    export = projects.create(
        ProjectData(
            "유압 유닛 공동 브랜드 수출",
            "해외시장개척",
            item="공동 브랜드 유압 파워유닛",
            group_id=group,
            lead_member_id=ids["동아유압(주)"],
            start_on=dt.date(2025, 3, 1),
            end_on=dt.date(2025, 12, 31),
            status="완료",
            support_program="수출 컨소시엄",
            support_agency="KOTRA",
            support_amount=50_000_000,
        )
    )
    projects.add_agreement(
        export,
        AgreementData(
            dt.date(2025, 3, 1),
            [
                party("동아유압(주)", ["생산·제조", "판매·마케팅"], "60"),
                party("(주)코리아엠텍", ["설계"], "25"),
                party("태광물류(주)", ["유통·물류"], "15"),
            ],
        ),
    )
    for stage, on in (
        ("개발", dt.date(2025, 4, 1)),
        ("생산", dt.date(2025, 7, 1)),
        ("판매·마케팅", dt.date(2025, 9, 1)),
    ):
        projects.set_stage(export, stage, on)
    projects.add_outcome(
        export,
        OutcomeData(
            "수출 계약",
            dt.date(2025, 11, 12),
            Decimal("1200000"),
            "USD",
            "베트남 건설장비 업체 3년 공급 계약",
            [ids["동아유압(주)"], ids["태광물류(주)"]],
        ),
    )
    projects.add_outcome(
        export,
        OutcomeData(
            "공동 브랜드",
            dt.date(2025, 6, 1),
            description="'HYDRA-K' 공동 브랜드",
            member_ids=[ids["동아유압(주)"]],
        ),
    )


def _sample_issuer(db: Database) -> None:
    issuer = IssuerService(db)
    issuer.save(IssuerSettings("경기기계협업그룹", "회장", "김영수", version=issuer.get().version))


def _sample_certificates(db: Database) -> None:
    """A small register: 협업인증서 for two projects (2025 and 2026 numbers), two 회원확인서, one of
    them revoked, and one 협업인증서 reissued. Recorded without PDFs: the sample has no seal image."""
    certificates = CertificateService(db)
    kinds = {kind.name: kind.id for kind in certificates.kinds.items()}
    with db.reading() as s:
        ids = dict(s.execute(select(Member.name, Member.id)).all())
        projects = dict(s.execute(select(Project.name, Project.id)).all())
    certificates.issue(
        ids["동아유압(주)"],
        kinds["협업인증서"],
        projects["유압 유닛 공동 브랜드 수출"],
        dt.date(2025, 11, 20),
        render=False,
    )
    batch = certificates.issue_batch(
        projects["스마트 공작기계 공동개발"], kinds["협업인증서"], dt.date(2026, 9, 10), render=False
    )
    certificates.issue(
        ids["(주)한빛정밀"], kinds["회원확인서"], issue_date=dt.date(2026, 10, 5), render=False
    )
    confirmed = certificates.issue(
        ids["대성금형(주)"], kinds["회원확인서"], issue_date=dt.date(2026, 10, 5), render=False
    )
    certificates.revoke(confirmed.number, "발급 신청 착오(중복 신청)", dt.date(2026, 10, 20))
    mould = next(c for c in batch.issued if c.member_id == ids["대성금형(주)"])
    certificates.reissue(mould.number, "협약 변경에 따른 역할 정정", dt.date(2026, 11, 2), render=False)


def _sample_disputes(db: Database) -> None:
    """Two mediation cases: a 2025 one settled (조정성립) whose outcome added a role to the export
    project's agreement (version 2, linked), and one under way (조정진행) received 55 days ago, so
    that it is always near its 60-day deadline. No password is set: the sample opens unlocked."""
    mediators = MediatorService(db)
    park = mediators.add(MediatorData("박정호", "경기테크노파크 기업지원본부장", "031-500-3000"))
    lee = mediators.add(MediatorData("이수진", "법무법인 한결 변호사", "02-3458-0900"))
    choi = mediators.add(MediatorData("최원석", "한국이업종교류연합회 자문위원"))
    disputes = DisputeService(db)
    access = disputes.access(None)
    with db.reading() as s:
        ids = dict(s.execute(select(Member.name, Member.id)).all())
        export = s.scalar(select(Project.id).where(Project.name == "유압 유닛 공동 브랜드 수출"))

    received = dt.date(2025, 10, 6)
    settled = disputes.create(
        DisputeData(
            received,
            "역할분담",
            [
                PartyInput(APPLICANT, member_id=ids["(주)코리아엠텍"]),
                PartyInput(RESPONDENT, member_id=ids["동아유압(주)"]),
            ],
            claim_summary=(
                "신청인은 협약상 설계만 맡기로 되어 있으나 2025년 6월부터 유압 유닛 제어부 부품의 구매까지 "
                "대행하고 있으므로, 구매 업무를 협약상 역할로 인정하고 그 비용 35,000,000원의 정산을 구함."
            ),
            amount=35_000_000,
            project_id=export,
            mediator_ids=[park, lee],
        ),
        access,
        today=received,
    )
    version = 1

    def step(status: str, on: dt.date, note: str, outcome: str | None = None) -> None:
        nonlocal version
        disputes.change_status(settled, status, on, note, version, access, outcome_text=outcome, today=on)
        version += 1

    step("조정진행", dt.date(2025, 10, 10), "조정위원 배정, 제1차 조정기일 지정")
    for held_on, summary, next_steps in (
        (
            dt.date(2025, 10, 24),
            "신청인은 구매 대행 경위와 비용 내역을 설명하고, 피신청인은 구매 대행을 요청한 사실은 인정하였으나 "
            "비용 산정에 이견을 보임.",
            "양측이 구매 비용 증빙을 2025년 11월 7일까지 제출",
        ),
        (
            dt.date(2025, 11, 14),
            "제출된 증빙을 검토한 결과 양측이 구매 업무를 신청인의 역할로 협약에 넣고 비용 28,000,000원을 "
            "정산하는 데 의견을 모음.",
            "조정안 작성 및 서명",
        ),
    ):
        disputes.save_session(
            settled,
            SessionData(
                held_on,
                "경기중소기업지원센터 3층 회의실",
                "신청인 서준호 대표, 피신청인 강태식 대표, 조정위원 박정호·이수진",
                summary,
                next_steps,
            ),
            access,
        )
        version += 1
    terms = (
        "1. 피신청인은 신청인이 대행한 유압 유닛 제어부 부품 구매 비용 중 28,000,000원을 2025년 12월 15일까지 "
        "신청인에게 지급한다.\n"
        "2. 당사자는 협약을 변경하여 신청인의 역할에 '구매'를 더하고, 지분은 지금과 같이 둔다.\n"
        "3. 당사자는 이 사건에 관하여 더 이상 이의를 제기하지 않는다."
    )
    step("조정성립", dt.date(2025, 11, 21), "조정안에 양측 대표 서명", terms)
    disputes.create_agreement_from_outcome(
        settled,
        AgreementData(
            dt.date(2025, 11, 21),
            [
                PartyData("동아유압(주)", ["생산·제조", "판매·마케팅"], Decimal("60"), ids["동아유압(주)"]),
                PartyData("(주)코리아엠텍", ["설계", "구매"], Decimal("25"), ids["(주)코리아엠텍"]),
                PartyData("태광물류(주)", ["유통·물류"], Decimal("15"), ids["태광물류(주)"]),
            ],
            "조정 결과에 따른 변경 — (주)코리아엠텍 역할에 구매 추가",  # never the case number: anyone sees it
        ),
        access,
    )

    today = dt.date.today()
    received = today - dt.timedelta(days=55)
    running = disputes.create(
        DisputeData(
            received,
            "대금지급",
            [
                PartyInput(APPLICANT, member_id=ids["세진기공(주)"]),
                PartyInput(
                    RESPONDENT,
                    "(주)동방정공",
                    representative="오민석",
                    address="충청남도 아산시 둔포면 아산밸리로 51",
                ),
            ],
            claim_summary=(
                "신청인이 납품한 감속기 부품 대금 48,500,000원을 피신청인이 품질 문제를 이유로 지급하지 않고 "
                "있어 그 지급을 구함."
            ),
            amount=48_500_000,
            mediator_ids=[choi],
        ),
        access,
        today=today,
    )
    disputes.change_status(
        running, "조정진행", received + dt.timedelta(days=4), "조정위원 배정", 1, access, today=today
    )
    disputes.save_session(
        running,
        SessionData(
            received + dt.timedelta(days=21),
            "경기중소기업지원센터 3층 회의실",
            "신청인 최민호 대표, 피신청인 오민석 대표, 조정위원 최원석",
            "피신청인은 납품 부품 일부의 치수 불량을 주장하였고, 신청인은 검수 기록을 근거로 불량이 없었다고 반박함.",
            "피신청인이 불량률 검사 성적서를 제출하면 제2차 조정기일을 잡기로 함",
        ),
        access,
    )
