"""Printed documents of consortium projects: the 컨소시엄 현황 of one project and the yearly outcome
summary (PDF or .xlsx), built from what the projects service reads. No Qt here."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import extract, select
from sqlalchemy.orm import selectinload

from collabdesk.db.engine import Database
from collabdesk.db.models import Outcome, Project
from collabdesk.documents import outcome_summary, project_pdf
from collabdesk.documents.outcome_summary import KindTotal, OutcomeSummaryReport, ProjectOutcomes
from collabdesk.documents.project_pdf import (
    AgreementVersion,
    MilestoneLine,
    OutcomeLine,
    Participant,
    ProjectReport,
)
from collabdesk.errors import NotFoundError, UserError
from collabdesk.services.groups import PATH_SEPARATOR, group_paths
from collabdesk.services.member_query import descendant_group_ids
from collabdesk.services.projects import OutcomeRow, ProjectService
from collabdesk.validation.project import OUTCOME_KINDS, STAGES

SUMMARY_FORMATS = (".pdf", ".xlsx")
_FIRST_YEAR, _LAST_YEAR = 1900, 2999


class ProjectReports:
    def __init__(self, db: Database):
        self.db = db
        self.projects = ProjectService(db)

    # --- 컨소시엄 현황 -------------------------------------------------------------------
    def report(self, project_id: int) -> ProjectReport:
        """The 컨소시엄 현황 of one project, as of today."""
        detail = self.projects.get(project_id)
        data = detail.data
        with self.db.reading() as s:
            paths = group_paths(s)
        group = paths.get(data.group_id, "") if data.group_id is not None else ""
        known = [(stage, detail.stages.get(stage)) for stage in STAGES]
        others = [(stage, on) for stage, on in detail.stages.items() if stage not in STAGES]
        current = detail.current
        return ProjectReport(
            name=data.name,
            kind=data.kind,
            item=data.item,
            lead=detail.lead_name,
            organisation=group.split(PATH_SEPARATOR)[-1],
            group=group,
            start_on=data.start_on,
            end_on=data.end_on,
            status=data.status,
            stage=detail.stage,
            stages=known + others,
            support_program=data.support_program,
            support_agency=data.support_agency,
            support_amount=data.support_amount,
            note=data.note,
            participants=[
                Participant(p.name, p.partner_kind, tuple(p.roles), p.share)
                for p in (current.parties if current is not None else [])
            ],
            versions=[AgreementVersion(v.number, v.agreed_on, v.note, v.parties) for v in detail.versions],
            milestones=[MilestoneLine(m.title, m.due_on, m.done_on, m.overdue) for m in detail.milestones],
            outcomes=[_outcome_line(o) for o in detail.outcomes],
        )

    def report_pdf(self, project_id: int) -> bytes:
        """The 컨소시엄 현황 PDF in memory (print preview and printing)."""
        return project_pdf.project_report_bytes(self.report(project_id))

    def write_report(self, project_id: int, path: str | os.PathLike[str]) -> None:
        if Path(path).suffix.lower() != ".pdf":
            raise UserError(f"{Path(path).name}: 컨소시엄 현황은 PDF(.pdf) 파일로만 저장할 수 있습니다.")
        project_pdf.write_project_report(path, self.report(project_id))

    # --- yearly outcome summary ----------------------------------------------------------
    def year_outcomes(self, year: int, group_id: int | None = None) -> list[ProjectOutcomes]:
        """The year's outcomes by project (projects by name, outcomes by date), for the group and
        the groups below it, or for all."""
        with self.db.reading() as s:
            stmt = (
                select(Project.name, Outcome)
                .join(Project, Project.id == Outcome.project_id)
                .where(extract("year", Outcome.occurred_on) == year)
                .options(selectinload(Outcome.members))
                .order_by(Project.name, Project.id, Outcome.occurred_on, Outcome.id)
            )
            if group_id is not None:
                stmt = stmt.where(Project.group_id.in_(descendant_group_ids(s, group_id)))
            names: dict[int, str] = {}
            lines: dict[int, list[OutcomeLine]] = {}
            for name, outcome in s.execute(stmt):
                names[outcome.project_id] = name
                lines.setdefault(outcome.project_id, []).append(
                    OutcomeLine(
                        outcome.kind,
                        outcome.occurred_on,
                        outcome.amount,
                        outcome.currency,
                        outcome.description,
                        tuple(m.name for m in outcome.members),
                    )
                )
            # dicts keep the order the rows came in: projects by name.
            return [ProjectOutcomes(names[pid], outcomes) for pid, outcomes in lines.items()]

    def summary(self, year: int, group_id: int | None = None) -> OutcomeSummaryReport:
        """연도별 협업 성과: projects running in `year`, outcomes by kind with amounts per currency,
        and each project's outcomes; for one group (and those below it) or for all."""
        if not _FIRST_YEAR <= year <= _LAST_YEAR:
            raise UserError(f"연도 {year}: 네 자리 연도로 적어 주십시오 (예: {dt.date.today().year}).")
        scope = ""
        if group_id is not None:
            with self.db.reading() as s:
                scope = group_paths(s).get(group_id, "")
            if not scope:
                raise NotFoundError("그룹을 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다.")
        figures = self.projects.outcome_summary(year, group_id)
        amounts: dict[str, dict[str, Decimal]] = {}
        for (kind, currency), total in figures.amounts.items():
            amounts.setdefault(kind, {})[currency] = total
        kinds = [
            KindTotal(kind, figures.by_kind[kind], amounts.get(kind, {}))
            for kind in _kind_order(figures.by_kind)
        ]
        return OutcomeSummaryReport(
            year=year,
            scope=scope,
            projects=figures.projects,
            kinds=kinds,
            by_project=self.year_outcomes(year, group_id),
        )

    def summary_pdf(self, year: int, group_id: int | None = None) -> bytes:
        """The summary PDF in memory (print preview and printing)."""
        return outcome_summary.outcome_summary_bytes(self.summary(year, group_id))

    def write_summary(self, year: int, path: str | os.PathLike[str], group_id: int | None = None) -> None:
        """Save the summary as a PDF or an Excel workbook, by the file's extension (.pdf or .xlsx)."""
        suffix = Path(path).suffix.lower()
        if suffix not in SUMMARY_FORMATS:
            raise UserError(
                f"{Path(path).name}: 성과 요약은 PDF(.pdf) 또는 엑셀(.xlsx) 파일로만 저장할 수 있습니다."
            )
        doc = self.summary(year, group_id)
        if suffix == ".pdf":
            outcome_summary.write_outcome_summary_pdf(path, doc)
        else:
            outcome_summary.write_outcome_summary_xlsx(path, doc)


def _outcome_line(row: OutcomeRow) -> OutcomeLine:
    return OutcomeLine(row.kind, row.occurred_on, row.amount, row.currency, row.description, row.members)


def _kind_order(kinds: Iterable[str]) -> list[str]:
    """The program's outcome kinds in their usual order, any others after them by name."""
    present = set(kinds)
    return [k for k in OUTCOME_KINDS if k in present] + sorted(present - set(OUTCOME_KINDS))
