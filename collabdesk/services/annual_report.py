"""The annual report (사업실적 보고서) of one year, for everyone or one group: the figures the 현황 tab
shows (AnnualFiguresService), written as a PDF or an .xlsx by the file's extension. No Qt here.

`access` is the caller's DisputeAccess: for one group the mediation figures are the group's only
while it unlocks the records, else the whole federation's, and the report says so."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from collabdesk.db.engine import Database
from collabdesk.documents.annual_report import annual_report_bytes, write_annual_report_pdf
from collabdesk.documents.annual_report_xlsx import write_annual_report_xlsx
from collabdesk.errors import UserError
from collabdesk.services.annual_figures import AnnualFiguresService
from collabdesk.services.annual_types import AnnualFigures
from collabdesk.services.certificate_templates import IssuerService
from collabdesk.services.dispute_access import DisputeAccess

FORMATS = (".pdf", ".xlsx")


def check_format(path: str | os.PathLike[str]) -> str:
    """The file's extension (".pdf" or ".xlsx"); any other is a UserError naming the allowed ones."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise UserError(
            f"{Path(path).name}: 사업실적 보고서는 PDF(.pdf) 또는 엑셀(.xlsx) 파일로만 저장할 수 있습니다."
        )
    return suffix


class AnnualReportService:
    def __init__(self, db: Database):
        self.db = db
        self.annual = AnnualFiguresService(db)
        self.issuer = IssuerService(db)

    def figures(
        self,
        year: int,
        group_id: int | None = None,
        today: dt.date | None = None,
        *,
        access: DisputeAccess | None = None,
    ) -> AnnualFigures:
        return self.annual.figures(year, group_id, today, access=access)

    def organisation(self) -> str:
        """The organisation printed under the title: the certificate issuer's, if set."""
        return self.issuer.get().organisation.strip()

    def write(
        self,
        year: int,
        out: str | os.PathLike[str],
        group_id: int | None = None,
        today: dt.date | None = None,
        *,
        access: DisputeAccess | None = None,
    ) -> Path:
        """Save the report of `year` at `out` as a PDF or a workbook, by its extension (.pdf, .xlsx);
        return the path. Nothing is written for another extension, a bad year or a missing group."""
        path = Path(out)
        suffix = check_format(path)
        figures = self.figures(year, group_id, today, access=access)
        if suffix == ".pdf":
            write_annual_report_pdf(path, figures, self.organisation())
        else:
            write_annual_report_xlsx(path, figures, self.organisation())
        return path

    def pdf_bytes(
        self,
        year: int,
        group_id: int | None = None,
        today: dt.date | None = None,
        *,
        access: DisputeAccess | None = None,
    ) -> bytes:
        """The PDF in memory, for print preview and printing."""
        return annual_report_bytes(self.figures(year, group_id, today, access=access), self.organisation())
