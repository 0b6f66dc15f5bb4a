"""Consortium projects: the project itself and its stages, the agreement versions (participants,
roles, shares) that are only ever added, milestones and outcomes. No Qt here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from collabdesk.db.engine import Database
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
    ProjectRole,
    ProjectStage,
)
from collabdesk.errors import FieldErrors, NotFoundError, StaleRecordError
from collabdesk.services.agreement_diff import PartyChange, compare
from collabdesk.services.groups import group_paths
from collabdesk.services.member_query import descendant_group_ids
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

_GONE = "과제를 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다."


@dataclass(frozen=True)
class ProjectFilter:
    group_id: int | None = None
    kind: str | None = None
    stage: str | None = None
    status: str | None = None
    year: int | None = None  # projects running at some time in that year
    text: str = ""


@dataclass(frozen=True)
class ProjectRow:
    id: int
    name: str
    kind: str
    lead: str
    group: str
    stage: str
    status: str
    start_on: dt.date | None
    end_on: dt.date | None
    parties: int  # in the current agreement
    overdue: int  # milestones past due and not done


@dataclass(frozen=True)
class VersionInfo:
    number: int
    agreed_on: dt.date
    note: str
    parties: int


@dataclass(frozen=True)
class MilestoneRow:
    id: int
    title: str
    due_on: dt.date | None
    done_on: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class OutcomeRow:
    id: int
    kind: str
    occurred_on: dt.date
    amount: Decimal | None
    currency: str
    description: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class ProjectDetail:
    id: int
    version: int
    data: ProjectData
    lead_name: str
    stage: str
    stages: dict[str, dt.date]
    versions: list[VersionInfo]
    current: AgreementData | None
    milestones: list[MilestoneRow]
    outcomes: list[OutcomeRow]


@dataclass(frozen=True)
class OutcomeSummary:
    year: int
    projects: int  # running at some time in the year
    by_kind: dict[str, int]  # outcomes of the year by kind
    amounts: dict[tuple[str, str], Decimal] = field(default_factory=dict)  # (kind, currency) → sum


class ProjectService:
    def __init__(self, db: Database):
        self.db = db

    # --- lists ---------------------------------------------------------------------------
    def kinds(self) -> list[str]:
        with self.db.reading() as s:
            return list(s.scalars(select(ProjectKind.name).order_by(ProjectKind.sort_order, ProjectKind.id)))

    def roles(self) -> list[str]:
        with self.db.reading() as s:
            return list(s.scalars(select(ProjectRole.name).order_by(ProjectRole.sort_order, ProjectRole.id)))

    def years(self) -> list[int]:
        """The years some project ran in, newest first (for the year filter)."""
        with self.db.reading() as s:
            first_start, last_start, first_end, last_end = s.execute(
                select(
                    func.min(Project.start_on),
                    func.max(Project.start_on),
                    func.min(Project.end_on),
                    func.max(Project.end_on),
                )
            ).one()
        known = [d for d in (first_start, last_start, first_end, last_end) if d is not None]
        if not known:
            return []
        oldest = min(d.year for d in known)
        newest = max(dt.date.today().year, *(d.year for d in known))
        return list(range(newest, oldest - 1, -1))

    def search(self, flt: ProjectFilter = ProjectFilter()) -> list[ProjectRow]:  # noqa: B008
        """Projects, newest start first, filtered in the database."""
        today = dt.date.today()
        with self.db.reading() as s:
            paths = group_paths(s)
            latest = (
                select(Agreement.project_id, func.max(Agreement.number).label("number"))
                .group_by(Agreement.project_id)
                .subquery()
            )
            parties = (
                select(func.count(AgreementParty.id))
                .join(Agreement, Agreement.id == AgreementParty.agreement_id)
                .join(
                    latest,
                    (latest.c.project_id == Agreement.project_id) & (latest.c.number == Agreement.number),
                )
                .where(Agreement.project_id == Project.id)
                .scalar_subquery()
            )
            overdue = (
                select(func.count(Milestone.id))
                .where(
                    Milestone.project_id == Project.id,
                    Milestone.done_on.is_(None),
                    Milestone.due_on < today,
                    Project.status == RUNNING,  # a finished or stopped project is late no more
                )
                .scalar_subquery()
            )
            stmt = (
                select(Project, ProjectKind.name, parties, overdue)
                .join(ProjectKind, ProjectKind.id == Project.kind_id)
                # Newest first; a project without a 시작일 last (PostgreSQL would put NULL first).
                .order_by(Project.start_on.desc().nulls_last(), Project.id.desc())
            )
            if flt.group_id is not None:
                stmt = stmt.where(Project.group_id.in_(descendant_group_ids(s, flt.group_id)))
            if flt.kind:
                stmt = stmt.where(ProjectKind.name == flt.kind)
            if flt.stage:
                stmt = stmt.where(Project.stage == flt.stage)
            if flt.status:
                stmt = stmt.where(Project.status == flt.status)
            if flt.year is not None:
                stmt = stmt.where(
                    (Project.start_on.is_(None) | (extract("year", Project.start_on) <= flt.year))
                    & (Project.end_on.is_(None) | (extract("year", Project.end_on) >= flt.year))
                )
            for word in flt.text.lower().split():
                stmt = stmt.where(Project.search_doc.contains(word, autoescape=True))
            return [
                ProjectRow(
                    p.id,
                    p.name,
                    kind,
                    p.lead_name,
                    paths.get(p.group_id, "") if p.group_id else "",
                    p.stage,
                    p.status,
                    p.start_on,
                    p.end_on,
                    count or 0,
                    late or 0,
                )
                for p, kind, count, late in s.execute(stmt)
            ]

    # --- one project ---------------------------------------------------------------------
    def get(self, project_id: int) -> ProjectDetail:
        today = dt.date.today()
        with self.db.reading() as s:
            project = s.get(
                Project,
                project_id,
                options=[
                    selectinload(Project.kind),
                    selectinload(Project.stages),
                    selectinload(Project.agreements)
                    .selectinload(Agreement.parties)
                    .selectinload(AgreementParty.roles),
                    selectinload(Project.milestones),
                    selectinload(Project.outcomes).selectinload(Outcome.members),
                ],
            )
            if project is None:
                raise NotFoundError(_GONE)
            data = ProjectData(
                project.name,
                project.kind.name,
                project.item,
                project.group_id,
                project.lead_member_id,
                project.start_on,
                project.end_on,
                project.status,
                project.support_program,
                project.support_agency,
                project.support_amount,
                project.note,
            )
            versions = [
                VersionInfo(a.number, a.agreed_on, a.note, len(a.parties)) for a in project.agreements
            ]
            current = _to_agreement(project.agreements[-1]) if project.agreements else None
            milestones = [
                MilestoneRow(
                    m.id, m.title, m.due_on, m.done_on, project.status == RUNNING and _overdue(m, today)
                )
                for m in project.milestones
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
                for o in project.outcomes
            ]
            return ProjectDetail(
                project.id,
                project.version,
                data,
                project.lead_name,
                project.stage,
                {st.stage: st.reached_on for st in project.stages},
                versions,
                current,
                milestones,
                outcomes,
            )

    def create(self, data: ProjectData, stage_on: dt.date | None = None) -> int:
        """A new project at the 기획 stage (reached on `stage_on`, the start date, or today)."""
        with self.db.transaction() as s:
            project = Project(version=1, stage=STAGES[0])
            self._apply(s, project, data)
            project.stages = [
                ProjectStage(stage=STAGES[0], reached_on=stage_on or data.start_on or dt.date.today())
            ]
            s.add(project)
            s.flush()
            return project.id

    def update(self, project_id: int, data: ProjectData, expected_version: int) -> None:
        try:
            with self.db.transaction() as s:
                project = self._project(s, project_id)
                if project.version != expected_version:
                    raise StaleRecordError()
                self._apply(s, project, data)
        except StaleDataError as exc:
            raise StaleRecordError() from exc

    def delete(self, project_id: int) -> None:
        with self.db.transaction() as s:
            s.delete(self._project(s, project_id))

    def set_stage(self, project_id: int, stage: str, reached_on: dt.date) -> None:
        """The project reached `stage` on that date (기획 → 개발 → 생산 → 판매·마케팅)."""
        if stage not in STAGES:
            raise FieldErrors({"stage": f"단계: {' → '.join(STAGES)} 중 하나여야 합니다."})
        with self.db.transaction() as s:
            project = self._project(s, project_id)
            earlier = {
                st.stage: st.reached_on
                for st in project.stages
                if STAGES.index(st.stage) < STAGES.index(stage)
            }
            late = [name for name, on in earlier.items() if on > reached_on]
            if late:
                raise FieldErrors(
                    {"stage": f"{stage} 단계의 날짜가 앞 단계({late[0]}, {earlier[late[0]]})보다 빠릅니다."}
                )
            # This stage and those after it are dated anew: the project may have gone back. The old
            # rows go first, as (project, stage) is unique.
            for old in [st for st in project.stages if STAGES.index(st.stage) >= STAGES.index(stage)]:
                project.stages.remove(old)
            s.flush()
            project.stages.append(ProjectStage(stage=stage, reached_on=reached_on))
            project.stage = stage
            project.updated_at = dt.datetime.now()

    def _project(self, s: Session, project_id: int) -> Project:
        project = s.get(Project, project_id)
        if project is None:
            raise NotFoundError(_GONE)
        return project

    def _apply(self, s: Session, project: Project, data: ProjectData) -> None:
        kinds = dict(s.execute(select(ProjectKind.name, ProjectKind.id)).all())
        validate_project(data, list(kinds))
        lead = s.get(Member, data.lead_member_id) if data.lead_member_id is not None else None
        if data.lead_member_id is not None and lead is None:
            raise FieldErrors({"lead": "주관기업: 삭제되었거나 없는 회원사입니다."})
        project.name = data.name.strip()
        project.item = data.item.strip()
        project.kind_id = kinds[data.kind]
        project.group_id = data.group_id
        project.lead_member_id = data.lead_member_id
        project.lead_name = lead.name if lead is not None else ""
        project.start_on, project.end_on = data.start_on, data.end_on
        project.status = data.status
        project.support_program = data.support_program.strip()
        project.support_agency = data.support_agency.strip()
        project.support_amount = data.support_amount
        project.note = data.note.strip()
        project.updated_at = dt.datetime.now()
        self._index(s, project)

    @staticmethod
    def _index(s: Session, project: Project) -> None:
        """The lower-cased text searched: names, item, support, and the current participants."""
        parties = [p.name for p in _current_parties(s, project.id)] if project.id is not None else []
        parts = [
            project.name,
            project.item,
            project.lead_name,
            project.support_program,
            project.support_agency,
        ]
        project.search_doc = " ".join(p for p in [*parts, *parties] if p).lower()

    # --- agreements ----------------------------------------------------------------------
    def add_agreement(self, project_id: int, data: AgreementData, expected_version: int | None = None) -> int:
        """Save a new agreement version; returns its number. Earlier versions are never changed.

        With `expected_version`, refuse when someone else changed the project meanwhile."""
        with self.db.transaction() as s:
            project = self._project(s, project_id)
            if expected_version is not None and project.version != expected_version:
                raise StaleRecordError()
            validate_agreement(data, list(s.scalars(select(ProjectRole.name))))
            names = dict(
                s.execute(
                    select(Member.id, Member.name).where(
                        Member.id.in_([p.member_id for p in data.parties if p.member_id is not None])
                    )
                ).all()
            )
            gone = [p.name for p in data.parties if p.member_id is not None and p.member_id not in names]
            if gone:
                raise FieldErrors({"parties": f"{gone[0]}: 삭제되었거나 없는 회원사입니다."})
            number = _latest_number(s, project_id) + 1
            agreement = Agreement(
                number=number,
                agreed_on=data.agreed_on,
                note=data.note.strip(),
                parties=[
                    AgreementParty(
                        member_id=p.member_id,
                        name=names[p.member_id] if p.member_id is not None else p.name.strip(),
                        partner_kind=p.partner_kind,
                        share=p.share,
                        sort_order=n,
                        roles=[AgreementRole(role=r, sort_order=k) for k, r in enumerate(p.roles)],
                    )
                    for n, p in enumerate(data.parties)
                ],
            )
            project.agreements.append(agreement)
            project.updated_at = dt.datetime.now()  # a new version also counts as a change of the project
            s.flush()
            self._index(s, project)
            return number

    def agreement(self, project_id: int, number: int | None = None) -> AgreementData:
        """Version `number` of the agreement, or the current (latest) one."""
        with self.db.reading() as s:
            stmt = (
                select(Agreement)
                .where(Agreement.project_id == project_id)
                .options(selectinload(Agreement.parties).selectinload(AgreementParty.roles))
            )
            stmt = (
                stmt.where(Agreement.number == number)
                if number is not None
                else stmt.order_by(Agreement.number.desc()).limit(1)
            )
            agreement = s.scalar(stmt)
            if agreement is None:
                raise NotFoundError("그 협약 버전을 찾을 수 없습니다.")
            return _to_agreement(agreement)

    def compare(self, project_id: int, before: int, after: int) -> list[PartyChange]:
        return compare(self.agreement(project_id, before), self.agreement(project_id, after))

    def current_members(self, project_id: int) -> set[int]:
        """The member companies of the current agreement (the partner finder leaves them out)."""
        with self.db.reading() as s:
            self._project(s, project_id)
            return {p.member_id for p in _current_parties(s, project_id) if p.member_id is not None}

    # --- milestones and outcomes ---------------------------------------------------------
    def save_milestone(
        self,
        project_id: int,
        data: MilestoneData,
        milestone_id: int | None = None,
        expected: MilestoneData | None = None,
    ) -> int:
        """Add a milestone, or change one; with `expected` (what the user saw), refuse when another
        PC changed it meanwhile instead of overwriting that change."""
        validate_milestone(data)
        with self.db.transaction() as s:
            project = self._project(s, project_id)
            if milestone_id is None:
                milestone = Milestone(sort_order=len(project.milestones))
                project.milestones.append(milestone)
            else:
                found = s.get(Milestone, milestone_id)
                if found is None or found.project_id != project_id:
                    raise NotFoundError("마일스톤을 찾을 수 없습니다.")
                if expected is not None and (found.title, found.due_on, found.done_on) != (
                    expected.title.strip(),
                    expected.due_on,
                    expected.done_on,
                ):
                    raise StaleRecordError()
                milestone = found
            milestone.title, milestone.due_on, milestone.done_on = (
                data.title.strip(),
                data.due_on,
                data.done_on,
            )
            s.flush()
            return milestone.id

    def delete_milestone(self, milestone_id: int) -> None:
        with self.db.transaction() as s:
            milestone = s.get(Milestone, milestone_id)
            if milestone is None:
                raise NotFoundError("마일스톤을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.")
            s.delete(milestone)

    def add_outcome(self, project_id: int, data: OutcomeData) -> int:
        validate_outcome(data)
        with self.db.transaction() as s:
            project = self._project(s, project_id)
            names = dict(
                s.execute(select(Member.id, Member.name).where(Member.id.in_(data.member_ids))).all()
            )
            if len(names) != len(set(data.member_ids)):
                raise FieldErrors({"outcome": "성과의 참여 기업 중 삭제되었거나 없는 회원사가 있습니다."})
            outcome = Outcome(
                kind=data.kind,
                occurred_on=data.occurred_on,
                amount=data.amount,
                currency=data.currency,
                description=data.description.strip(),
                members=[
                    OutcomeMember(member_id=m, name=names[m], sort_order=n)
                    for n, m in enumerate(data.member_ids)
                ],
            )
            project.outcomes.append(outcome)
            s.flush()
            return outcome.id

    def delete_outcome(self, outcome_id: int) -> None:
        with self.db.transaction() as s:
            outcome = s.get(Outcome, outcome_id)
            if outcome is None:
                raise NotFoundError("성과를 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.")
            s.delete(outcome)

    def outcome_summary(self, year: int, group_id: int | None = None) -> OutcomeSummary:
        """The year's figures: projects running in it, outcomes by kind, amounts by kind and currency."""
        with self.db.reading() as s:
            groups = descendant_group_ids(s, group_id) if group_id is not None else None
            running = select(func.count(Project.id)).where(
                (Project.start_on.is_(None) | (extract("year", Project.start_on) <= year))
                & (Project.end_on.is_(None) | (extract("year", Project.end_on) >= year))
            )
            outcomes = (
                select(Outcome.kind, Outcome.currency, func.count(Outcome.id), func.sum(Outcome.amount))
                .join(Project, Project.id == Outcome.project_id)
                .where(extract("year", Outcome.occurred_on) == year)
                .group_by(Outcome.kind, Outcome.currency)
            )
            if groups is not None:
                running = running.where(Project.group_id.in_(groups))
                outcomes = outcomes.where(Project.group_id.in_(groups))
            by_kind: dict[str, int] = {}
            amounts: dict[tuple[str, str], Decimal] = {}
            for kind, currency, count, total in s.execute(outcomes):
                by_kind[kind] = by_kind.get(kind, 0) + count
                if total is not None:
                    amounts[(kind, currency)] = Decimal(total)
            return OutcomeSummary(year, s.scalar(running) or 0, by_kind, amounts)


def _latest_number(s: Session, project_id: int) -> int:
    """The number of the project's current agreement version; 0 before the first."""
    return s.scalar(select(func.max(Agreement.number)).where(Agreement.project_id == project_id)) or 0


def _current_parties(s: Session, project_id: int) -> list[AgreementParty]:
    """The participants of the project's current agreement version."""
    return list(
        s.scalars(
            select(AgreementParty)
            .join(Agreement, Agreement.id == AgreementParty.agreement_id)
            .where(Agreement.project_id == project_id, Agreement.number == _latest_number(s, project_id))
            .order_by(AgreementParty.sort_order)
        )
    )


def _overdue(milestone: Milestone, today: dt.date) -> bool:
    return milestone.done_on is None and milestone.due_on is not None and milestone.due_on < today


def _to_agreement(agreement: Agreement) -> AgreementData:
    return AgreementData(
        agreement.agreed_on,
        [
            PartyData(
                p.name,
                [r.role for r in p.roles],
                Decimal(p.share).quantize(Decimal("0.01")) if p.share is not None else None,
                p.member_id,
                p.partner_kind,
            )
            for p in agreement.parties
        ],
        agreement.note,
    )
