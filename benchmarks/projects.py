"""Consortium projects at the size of a national federation: the 5,548-member directory of
benchmarks/data.py in 34 unit groups, and 3,000 projects spread over the groups and 2018–2026,
each with 2–4 agreement versions of 2–6 participants (roles, shares totalling 100%), 0–5
milestones (some overdue) and 0–3 outcomes.

Figures, each a median over repeats beside a naive baseline run in the same process:
- the project list for a few realistic filters (a company name, an item word, group, year, stage,
  status, kind), beside loading every project with its agreements, participants and milestones
  through the ORM and filtering and counting in Python;
- one project's detail (4 agreement versions), beside the same read with every relationship
  lazy-loaded one by one, as plain attribute access does;
- partner suggestions for 금형, 판매·마케팅 and R&D leaving out that project's participants, beside
  loading every member with tags, 업종 and past roles and scoring in Python;
- comparing agreement versions 1 and 4 of that project, beside lazy-loading both versions'
  participants and roles one by one.

Both sides of each figure must give the same answer; the run stops if they do not.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Table, func, select
from sqlalchemy.orm import selectinload

from benchmarks.data import fill
from collabdesk.db.bulk import insert_rows
from collabdesk.db.engine import Database
from collabdesk.db.migrate import prepare_database
from collabdesk.db.models import (
    Agreement,
    AgreementParty,
    AgreementRole,
    Member,
    Milestone,
    Outcome,
    OutcomeMember,
    Project,
    ProjectKind,
    ProjectStage,
    group_members,
)
from collabdesk.domain import STATUS_LEFT
from collabdesk.services.agreement_diff import PartyChange, compare
from collabdesk.services.container import Services
from collabdesk.services.groups import group_paths
from collabdesk.services.member_query import descendant_group_ids
from collabdesk.services.partner_finder import (
    INDUSTRY_WEIGHT,
    PAST_ROLE_WEIGHT,
    TAG_WEIGHT,
    role_words,
)
from collabdesk.services.projects import (
    MilestoneRow,
    OutcomeRow,
    ProjectDetail,
    ProjectFilter,
    ProjectRow,
    VersionInfo,
)
from collabdesk.validation.project import (
    RUNNING,
    STAGES,
    AgreementData,
    MilestoneData,
    OutcomeData,
    PartyData,
    ProjectData,
    validate_agreement,
    validate_milestone,
    validate_outcome,
    validate_project,
)

T = TypeVar("T")

# (사업 아이템, the words of the project name)
ITEMS = [
    ("IoT 센서 내장 CNC 선반", "스마트 공작기계"),
    ("전기차 배터리 케이스 금형", "배터리 케이스"),
    ("친환경 분체도료", "친환경 도장"),
    ("스마트팩토리 PLC 제어반", "스마트팩토리"),
    ("협동로봇 그리퍼", "협동로봇"),
    ("의료기기용 정밀 사출 부품", "의료기기 부품"),
    ("유압 파워유닛", "유압 유닛"),
    ("산업용 정밀 감속기", "감속기"),
    ("식품 포장 자동화 라인", "포장 자동화"),
    ("항균 부직포 필터", "항균 부직포"),
    ("LED 조명 모듈", "LED 조명"),
    ("태양광 인버터 케이블 하네스", "태양광 하네스"),
    ("농기계 유압 실린더", "농기계 실린더"),
    ("물류 자동화 컨베이어", "물류 자동화"),
    ("3D 프린팅 시제품", "3D 프린팅"),
    ("수소 충전소용 압력센서", "수소 센서"),
]
KIND_WEIGHTS = {"ICMS 협업": 25, "공동기술개발": 30, "공동마케팅": 15, "공동구매": 10, "해외시장개척": 15}
KIND_WORDS = {
    "ICMS 협업": "협업",
    "공동기술개발": "공동개발",
    "공동마케팅": "공동마케팅",
    "공동구매": "공동구매",
    "해외시장개척": "수출 컨소시엄",
    "기타": "협력사업",
}
SUPPORT = {
    "ICMS 협업": ("ICMS 협업지원사업", "중소벤처기업진흥공단"),
    "공동기술개발": ("중소기업 협업 R&D", "중소벤처기업부"),
    "공동마케팅": ("공동마케팅 지원사업", "경기도경제과학진흥원"),
    "해외시장개척": ("수출 컨소시엄", "KOTRA"),
}
ROLE_WEIGHTS = {
    "R&D": 3,
    "설계": 2,
    "디자인": 1,
    "금형": 2,
    "사출": 2,
    "생산·제조": 4,
    "판매·마케팅": 2,
    "유통·물류": 1,
    "구매": 1,
}
OUTSIDE = [
    ("한국생산기술연구원", "연구기관"),
    ("한국기계연구원", "연구기관"),
    ("충남대학교 산학협력단", "대학"),
    ("부경대학교 산학협력단", "대학"),
    ("경기대학교 산학협력단", "대학"),
    ("스튜디오 디자인하우스", "기타"),
]
MILESTONES = ["설계 확정", "시제품 완성", "성능 시험", "인증 취득", "양산 준비", "시장 출시"]
OUTCOME_WEIGHTS = {
    "매출": 30,
    "수출 계약": 15,
    "특허 출원": 20,
    "특허 등록": 10,
    "신제품 출시": 15,
    "투자 유치": 5,
}
# Sales and research competences a tenth of the members state besides the directory's list.
EXTRA_TAGS = ["해외마케팅", "온라인 판매", "기술영업", "기업부설연구소", "제품개발", "유통망 보유"]
PARTNER_ROLES = ["금형", "판매·마케팅", "R&D"]
COMPANY_WORD = re.compile(r"\(주\)|주식회사|\s\d+$")


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def _timed(run: Callable[[], T], into: list[float]) -> T:
    start = time.perf_counter()
    result = run()
    into.append(time.perf_counter() - start)
    return result


# --- the data ------------------------------------------------------------------------------
class _Generator:
    """Rows of every project table, with their ids, checked by the same validation the service runs."""

    def __init__(self, rng: random.Random, by_group: dict[int, list[tuple[int, str]]], kinds: dict[str, int]):
        self.rng = rng
        self.by_group = by_group
        self.kinds = kinds
        self.today = dt.date.today()
        self.rows: dict[Table, list[dict[str, Any]]] = {
            t: []
            for t in (
                Project.__table__,
                ProjectStage.__table__,
                Agreement.__table__,
                AgreementParty.__table__,
                AgreementRole.__table__,
                Milestone.__table__,
                Outcome.__table__,
                OutcomeMember.__table__,
            )
        }
        self.ids = {t: itertools.count(1) for t in self.rows}

    def _add(self, model: Any, **row: Any) -> int:
        table = model.__table__
        row["id"] = next(self.ids[table])
        self.rows[table].append(row)
        return row["id"]

    def _roles(self) -> list[str]:
        roles = list(ROLE_WEIGHTS)
        picked = self.rng.choices(roles, weights=list(ROLE_WEIGHTS.values()), k=self.rng.choice([1, 1, 2]))
        return list(dict.fromkeys(picked))

    def _shares(self, parties: list[PartyData]) -> None:
        rng = self.rng
        if rng.random() < 0.1:  # an agreement that sets no shares
            for p in parties:
                p.share = None
            return
        if len(parties) == 3 and rng.random() < 0.2:
            split = [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
        else:  # in steps of 5%, the lead's the largest
            cuts = sorted(rng.sample(range(1, 20), len(parties) - 1))
            split = sorted(
                (Decimal(5 * (b - a)) for a, b in zip([0, *cuts], [*cuts, 20], strict=True)), reverse=True
            )
        for p, share in zip(parties, split, strict=True):
            p.share = share

    def _next_version(self, parties: list[PartyData], pool: list[tuple[int, str]]) -> list[PartyData]:
        rng = self.rng
        new = [PartyData(p.name, list(p.roles), p.share, p.member_id, p.partner_kind) for p in parties]
        changed = False
        if len(new) > 2 and rng.random() < 0.4:  # someone leaves (never the lead)
            new.pop(rng.randrange(1, len(new)))
            changed = True
        if len(new) < 6 and rng.random() < 0.5:  # a member company joins
            taken = {p.member_id for p in new}
            member_id, name = rng.choice([m for m in pool if m[0] not in taken])
            new.append(PartyData(name, self._roles(), None, member_id))
            changed = True
        if rng.random() < 0.5 or not changed:  # a participant takes on another role
            party = rng.choice(new)
            extra = [r for r in ROLE_WEIGHTS if r not in party.roles]
            party.roles.append(rng.choice(extra))
        if changed or rng.random() < 0.5 or any(p.share is None for p in new):
            self._shares(new)
        return new

    def project(self, group_id: int) -> None:
        rng, today = self.rng, self.today
        pool = self.by_group[group_id]
        kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
        item, words = rng.choice(ITEMS)
        name = f"{words} {KIND_WORDS[kind]}" + (f" {rng.randint(2, 3)}차" if rng.random() < 0.25 else "")
        start = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(9 * 365 - 30))
        length = rng.randint(180, 3 * 365)
        end = start + dt.timedelta(days=length) if rng.random() < 0.92 else None
        if end is not None and end < today:
            status = rng.choices(["완료", "중단"], weights=[85, 15])[0]
        else:
            status = rng.choices(["진행", "보류"], weights=[90, 10])[0] if start <= today else "진행"
        progress = min(max((today - start).days / length, 0.0), 1.0)
        reached = 1 + min(int(progress * len(STAGES)), len(STAGES) - 1)
        program, agency = SUPPORT.get(kind, ("", ""))
        if rng.random() < 0.3:
            program = agency = ""
        amount = rng.randint(3, 60) * 10_000_000 if program else None

        # The first version: the lead and 1–5 partners of its group, now and then an institute.
        outside = []
        if rng.random() < 0.15:
            institute, partner_kind = rng.choice(OUTSIDE)
            outside = [
                PartyData(institute, [rng.choice(["R&D", "설계", "디자인"])], None, None, partner_kind)
            ]
        size = rng.randint(2, 6) - len(outside)
        parties = [PartyData(n, self._roles(), None, m) for m, n in rng.sample(pool, size)] + outside
        self._shares(parties)
        versions = [parties]
        for _ in range(rng.randint(2, 4) - 1):
            versions.append(self._next_version(versions[-1], pool))
        lead_id, lead_name = parties[0].member_id, parties[0].name

        data = ProjectData(name, kind, item, group_id, lead_id, start, end, status, program, agency, amount)
        validate_project(data, list(self.kinds))
        current = [p.name for p in versions[-1]]
        doc = " ".join(x for x in [name, item, lead_name, program, agency, *current] if x).lower()
        project_id = self._add(
            Project,
            name=name,
            item=item,
            kind_id=self.kinds[kind],
            group_id=group_id,
            lead_member_id=lead_id,
            lead_name=lead_name,
            start_on=start,
            end_on=end,
            status=status,
            stage=STAGES[reached - 1],
            support_program=program,
            support_agency=agency,
            support_amount=amount,
            note="",
            search_doc=doc,
            version=1,
        )
        for n in range(reached):
            on = start + dt.timedelta(days=length * n // len(STAGES))
            self._add(ProjectStage, project_id=project_id, stage=STAGES[n], reached_on=on)

        agreed_on = start
        for number, version in enumerate(versions, start=1):
            note = "최초 협약" if number == 1 else f"제{number}차 변경 협약"
            validate_agreement(AgreementData(agreed_on, version, note), list(ROLE_WEIGHTS))
            agreement_id = self._add(
                Agreement, project_id=project_id, number=number, agreed_on=agreed_on, note=note
            )
            for order, party in enumerate(version):
                party_id = self._add(
                    AgreementParty,
                    agreement_id=agreement_id,
                    member_id=party.member_id,
                    name=party.name,
                    partner_kind=party.partner_kind,
                    share=party.share,
                    sort_order=order,
                )
                for k, role in enumerate(party.roles):
                    self._add(AgreementRole, party_id=party_id, role=role, sort_order=k)
            agreed_on += dt.timedelta(days=rng.randint(30, 240))

        last = end or start + dt.timedelta(days=length)
        dues = sorted(
            start + dt.timedelta(days=rng.randint(30, max((last - start).days, 31)))
            for _ in range(rng.randint(0, 5))
        )
        for order, (title, due) in enumerate(zip(MILESTONES, dues, strict=False)):
            done = None
            if due < today and rng.random() < 0.75:
                done = min(due + dt.timedelta(days=rng.randint(-20, 20)), today)
            validate_milestone(MilestoneData(title, due, done))
            self._add(
                Milestone, project_id=project_id, title=title, due_on=due, done_on=done, sort_order=order
            )

        members = [(p.member_id, p.name) for p in versions[-1] if p.member_id is not None]
        span = (min(today, last) - start).days
        for _ in range(rng.randint(0, 3) if span > 30 else 0):
            kind = rng.choices(list(OUTCOME_WEIGHTS), weights=list(OUTCOME_WEIGHTS.values()))[0]
            currency, amount_value = "KRW", None
            if kind in ("매출", "투자 유치"):
                amount_value = Decimal(rng.randint(1, 500) * 10_000_000)
            elif kind == "수출 계약":
                currency, amount_value = "USD", Decimal(rng.randint(5, 500) * 10_000)
            owners = rng.sample(members, min(len(members), rng.randint(1, 2)))
            occurred = start + dt.timedelta(days=rng.randint(30, span))
            validate_outcome(OutcomeData(kind, occurred, amount_value, currency, "", [m for m, _ in owners]))
            outcome_id = self._add(
                Outcome,
                project_id=project_id,
                kind=kind,
                occurred_on=occurred,
                amount=amount_value,
                currency=currency,
                description=f"{item} {kind}",
            )
            for order, (member_id, member_name) in enumerate(owners):
                self._add(
                    OutcomeMember,
                    outcome_id=outcome_id,
                    member_id=member_id,
                    name=member_name,
                    sort_order=order,
                )


def build(path: Path, members: int, projects: int, seed: int = 5) -> Services:
    """The federation's directory and its projects, written in one transaction (generating, not
    what a user does; the rows are those the service would write, search text included)."""
    db = Database.open(path)
    prepare_database(db)
    services = fill(db, members, extra_tags=EXTRA_TAGS)
    with db.reading() as s:
        by_group: dict[int, list[tuple[int, str]]] = {}
        for group_id, member_id, name in s.execute(
            select(group_members.c.group_id, Member.id, Member.name)
            .join(Member, Member.id == group_members.c.member_id)
            .order_by(Member.id)
        ):
            by_group.setdefault(group_id, []).append((member_id, name))
        kinds = dict(s.execute(select(ProjectKind.name, ProjectKind.id)).all())
    if sorted(services.projects.roles()) != sorted(ROLE_WEIGHTS):
        raise RuntimeError(f"the role list changed: {services.projects.roles()}")
    generator = _Generator(random.Random(seed), by_group, kinds)
    groups = sorted(by_group)
    for _ in range(projects):
        generator.project(generator.rng.choice(groups))
    with db.transaction() as s:
        conn = s.connection()
        for table, rows in generator.rows.items():
            insert_rows(conn, table, rows)
    return services


# --- the naive baselines ---------------------------------------------------------------------
def naive_search(db: Database, flt: ProjectFilter) -> list[ProjectRow]:
    """Every project with its agreements, participants and milestones as ORM objects, then Python."""
    today = dt.date.today()
    with db.reading() as s:
        everything = s.scalars(
            select(Project).options(
                selectinload(Project.kind),
                selectinload(Project.agreements).selectinload(Agreement.parties),
                selectinload(Project.milestones),
            )
        ).all()
        paths = group_paths(s)
        groups = set(descendant_group_ids(s, flt.group_id)) if flt.group_id is not None else None
        words = flt.text.lower().split()
        rows = []
        for p in everything:
            if groups is not None and p.group_id not in groups:
                continue
            if (flt.kind and p.kind.name != flt.kind) or (flt.stage and p.stage != flt.stage):
                continue
            if flt.status and p.status != flt.status:
                continue
            if flt.year is not None and not (
                (p.start_on is None or p.start_on.year <= flt.year)
                and (p.end_on is None or p.end_on.year >= flt.year)
            ):
                continue
            current = p.agreements[-1].parties if p.agreements else []
            parts = [p.name, p.item, p.lead_name, p.support_program, p.support_agency]
            text = " ".join(x for x in [*parts, *(c.name for c in current)] if x).lower()
            if not all(w in text for w in words):
                continue
            late = (
                sum(1 for m in p.milestones if m.done_on is None and m.due_on and m.due_on < today)
                if p.status == RUNNING
                else 0
            )
            group = paths.get(p.group_id, "") if p.group_id else ""
            rows.append(
                ProjectRow(
                    p.id,
                    p.name,
                    p.kind.name,
                    p.lead_name,
                    group,
                    p.stage,
                    p.status,
                    p.start_on,
                    p.end_on,
                    len(current),
                    late,
                )
            )
        rows.sort(key=lambda r: (r.start_on is not None, r.start_on or dt.date.min, r.id), reverse=True)
        return rows


def _party_data(party: AgreementParty) -> PartyData:
    share = Decimal(party.share).quantize(Decimal("0.01")) if party.share is not None else None
    return PartyData(party.name, [r.role for r in party.roles], share, party.member_id, party.partner_kind)


def naive_detail(db: Database, project_id: int) -> ProjectDetail:
    """The detail through plain attribute access: each relationship loaded when first touched."""
    today = dt.date.today()
    with db.reading() as s:
        p = s.get(Project, project_id)
        assert p is not None
        data = ProjectData(
            p.name,
            p.kind.name,
            p.item,
            p.group_id,
            p.lead_member_id,
            p.start_on,
            p.end_on,
            p.status,
            p.support_program,
            p.support_agency,
            p.support_amount,
            p.note,
        )
        versions = [VersionInfo(a.number, a.agreed_on, a.note, len(a.parties)) for a in p.agreements]
        last = p.agreements[-1] if p.agreements else None
        current = (
            AgreementData(last.agreed_on, [_party_data(x) for x in last.parties], last.note) if last else None
        )
        milestones = [
            MilestoneRow(
                m.id,
                m.title,
                m.due_on,
                m.done_on,
                m.done_on is None and m.due_on is not None and m.due_on < today,
            )
            for m in p.milestones
        ]
        outcomes = [
            OutcomeRow(
                o.id,
                o.kind,
                o.occurred_on,
                o.amount,
                o.currency,
                o.description,
                tuple(m.name for m in o.members),
            )
            for o in p.outcomes
        ]
        stages = {st.stage: st.reached_on for st in p.stages}
        return ProjectDetail(
            p.id, p.version, data, p.lead_name, p.stage, stages, versions, current, milestones, outcomes
        )


def naive_compare(db: Database, project_id: int, before: int, after: int) -> list[PartyChange]:
    """Both versions read by number, their participants and each one's roles loaded one by one."""
    with db.reading() as s:
        versions = []
        for number in (before, after):
            agreement = s.scalars(
                select(Agreement).where(Agreement.project_id == project_id, Agreement.number == number)
            ).one()
            versions.append(
                AgreementData(
                    agreement.agreed_on, [_party_data(x) for x in agreement.parties], agreement.note
                )
            )
        return compare(*versions)


def naive_suggest(db: Database, role: str, exclude: set[int], limit: int = 10) -> list[tuple[int, str]]:
    """Every member with tags and 업종, every participant with roles, scored in Python; the
    (score, name) of the best `limit`, in order."""
    words = [w.lower() for w in role_words(role)]
    with db.reading() as s:
        members = s.scalars(
            select(Member)
            .where(Member.status != STATUS_LEFT)
            .options(selectinload(Member.tags), selectinload(Member.industry))
        ).all()
        project_of = dict(s.execute(select(Agreement.id, Agreement.project_id)).all())
        past: dict[int, set[int]] = {}
        for party in s.scalars(
            select(AgreementParty)
            .where(AgreementParty.member_id.is_not(None))
            .options(selectinload(AgreementParty.roles))
        ):
            if party.member_id is not None and any(r.role == role for r in party.roles):
                past.setdefault(party.member_id, set()).add(project_of[party.agreement_id])
        scored = []
        for m in members:
            if m.id in exclude:
                continue
            tags = [t.name for t in m.tags if any(w in t.name.lower() for w in words)]
            industry = (
                m.industry.name if m.industry and any(w in m.industry.name.lower() for w in words) else None
            )
            projects = len(past.get(m.id, ()))
            if tags or projects or industry:
                score = (
                    TAG_WEIGHT * bool(tags) + PAST_ROLE_WEIGHT * projects + INDUSTRY_WEIGHT * bool(industry)
                )
                scored.append((score, m.name))
        scored.sort(key=lambda x: (-x[0], x[1]))
        return scored[:limit]


# --- the figures ------------------------------------------------------------------------------
def bench_projects(
    tmp: Path, members: int = 5_548, projects: int = 3_000, repeat: int = 5
) -> dict[str, object]:
    began = time.perf_counter()
    services = build(tmp / "projects.sqlite3", members, projects)
    generated = time.perf_counter() - began
    db, service, finder = services.db, services.projects, services.partners
    with db.reading() as s:
        count = {
            name: s.scalar(select(func.count()).select_from(model))
            for name, model in (
                ("projects", Project),
                ("versions", Agreement),
                ("parties", AgreementParty),
                ("milestones", Milestone),
                ("outcomes", Outcome),
                ("members", Member),
            )
        }
        overdue = s.scalar(
            select(func.count(Milestone.id)).where(
                Milestone.done_on.is_(None), Milestone.due_on < dt.date.today()
            )
        )
        # The project of the detail figures: 4 versions, the most participants of those.
        four = (
            select(Agreement.project_id)
            .group_by(Agreement.project_id)
            .having(func.max(Agreement.number) == 4)
            .subquery()
        )
        project_id, four_count = s.execute(
            select(Agreement.project_id, func.count(AgreementParty.id))
            .join(AgreementParty, AgreementParty.agreement_id == Agreement.id)
            .where(Agreement.project_id.in_(select(four.c.project_id)))
            .group_by(Agreement.project_id)
            .order_by(func.count(AgreementParty.id).desc(), Agreement.project_id)
            .limit(1)
        ).one()
        four_versions = s.scalar(select(func.count()).select_from(four))
        # A company a secretariat would type: the one leading the most projects, without its
        # legal form or number ("(주)세동금형 2345" → "세동금형").
        leads = Counter(s.scalars(select(Project.lead_name)))
        company = COMPANY_WORD.sub("", leads.most_common(1)[0][0]).strip()
    tree = services.groups.tree()
    top = next(g.id for g in tree if g.depth == 0)
    unit = next(g.id for g in tree if g.depth == 1)
    filters = [
        ProjectFilter(),  # the list as the tab opens: every project
        ProjectFilter(text=company),
        ProjectFilter(text="금형"),
        ProjectFilter(group_id=unit, year=2024),
        ProjectFilter(stage="개발", status="진행"),
        ProjectFilter(kind="공동기술개발", year=2025, text="센서"),
        ProjectFilter(group_id=top, status="완료", text="수출"),
    ]

    ours: dict[int, list[float]] = {n: [] for n in range(len(filters))}
    naive: dict[int, list[float]] = {n: [] for n in range(len(filters))}
    matches = []
    for n, flt in enumerate(filters):
        for _ in range(repeat):  # interleaved, so load on the machine hits both alike
            found = _timed(lambda flt=flt: service.search(flt), ours[n])
            expected = _timed(lambda flt=flt: naive_search(db, flt), naive[n])
            if found != expected:
                raise RuntimeError(f"search differs from the baseline for {flt}")
        matches.append(len(found))
    all_ours = [t for times in ours.values() for t in times]
    all_naive = [t for times in naive.values() for t in times]

    detail_ours: list[float] = []
    detail_naive: list[float] = []
    compare_ours: list[float] = []
    compare_naive: list[float] = []
    for _ in range(repeat):
        detail = _timed(lambda: service.get(project_id), detail_ours)
        if detail != _timed(lambda: naive_detail(db, project_id), detail_naive):
            raise RuntimeError("project detail differs from the baseline")
        changes = _timed(lambda: service.compare(project_id, 1, 4), compare_ours)
        if changes != _timed(lambda: naive_compare(db, project_id, 1, 4), compare_naive):
            raise RuntimeError("version comparison differs from the baseline")

    exclude = service.current_members(project_id)
    suggest_ours: dict[str, list[float]] = {r: [] for r in PARTNER_ROLES}
    suggest_naive: dict[str, list[float]] = {r: [] for r in PARTNER_ROLES}
    candidates = {}
    for role in PARTNER_ROLES:
        for _ in range(repeat):
            found_partners = _timed(lambda role=role: finder.suggest(role, exclude), suggest_ours[role])
            expected_partners = _timed(
                lambda role=role: naive_suggest(db, role, exclude), suggest_naive[role]
            )
            if [(x.score, x.name) for x in found_partners] != expected_partners:
                raise RuntimeError(f"partner suggestions for {role} differ from the baseline")
        candidates[role] = found_partners[0].reason if found_partners else ""
    db.dispose()

    search_median, naive_median = statistics.median(all_ours), statistics.median(all_naive)
    detail_median, detail_naive_median = statistics.median(detail_ours), statistics.median(detail_naive)
    compare_median, compare_naive_median = statistics.median(compare_ours), statistics.median(compare_naive)
    suggest_all = [t for times in suggest_ours.values() for t in times]
    suggest_naive_all = [t for times in suggest_naive.values() for t in times]
    return {
        "projects_generated": count["projects"],
        "projects_versions": count["versions"],
        "projects_parties": count["parties"],
        "projects_milestones": count["milestones"],
        "projects_milestones_overdue": overdue,
        "projects_outcomes": count["outcomes"],
        "projects_members": count["members"],
        "projects_groups": sum(1 for g in tree if g.depth == 1),
        "projects_with_4_versions": four_versions,
        "projects_generate_s": round(generated, 1),
        "projects_search_filters": len(filters),
        "projects_search_matches": matches,
        "projects_search_ms_median": _median_ms(all_ours),
        "projects_search_naive_ms_median": _median_ms(all_naive),
        "projects_search_speedup": round(naive_median / search_median, 1),
        "projects_list_all_ms_median": _median_ms(ours[0]),
        "projects_list_all_naive_ms_median": _median_ms(naive[0]),
        "project_detail_parties_in_4_versions": four_count,
        "project_detail_ms_median": _median_ms(detail_ours),
        "project_detail_lazy_naive_ms_median": _median_ms(detail_naive),
        "project_detail_speedup": round(detail_naive_median / detail_median, 1),
        "project_compare_v1_v4_changes": len(changes),
        "project_compare_v1_v4_ms_median": _median_ms(compare_ours),
        "project_compare_v1_v4_lazy_naive_ms_median": _median_ms(compare_naive),
        "project_compare_speedup": round(compare_naive_median / compare_median, 1),
        "partner_suggest_ms_median": {r: _median_ms(t) for r, t in suggest_ours.items()},
        "partner_suggest_naive_ms_median": {r: _median_ms(t) for r, t in suggest_naive.items()},
        "partner_suggest_speedup": round(
            statistics.median(suggest_naive_all) / statistics.median(suggest_all), 1
        ),
        "partner_suggest_top_reason": candidates,
    }
