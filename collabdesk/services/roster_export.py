"""Roster files written for people: the member list, a blank template, and the rejected rows.

The export has the columns of `members list` (EXPORT_COLUMNS) under the same Korean headers, which
the importer recognises, so export → import gives back the same members. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from collabdesk.db.engine import Database
from collabdesk.documents.roster_xlsx import Column, write_rejected, write_roster, write_template
from collabdesk.services.catalogs import industries
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.members import EXPORT_COLUMNS, MemberService
from collabdesk.services.roster_import import ImportPlan, Progress
from collabdesk.services.roster_mapping import EXAMPLE_BRN, EXAMPLE_NAME

# How each column is written and how wide it is (Excel character units).
_KINDS: dict[str, tuple[str, float]] = {
    "name": ("text", 26),
    "ceo": ("text", 10),
    "brn": ("code", 15),
    "crn": ("code", 16),
    "industry": ("text", 12),
    "ksic_code": ("code", 10),
    "tags": ("text", 30),
    "postcode": ("code", 9),
    "address": ("text", 40),
    "phone": ("code", 15),
    "fax": ("code", 15),
    "email": ("text", 24),
    "homepage": ("text", 24),
    "founded_on": ("date", 12),
    "sales": ("int", 18),
    "employees": ("int", 9),
    "joined_on": ("date", 12),
    "left_on": ("date", 12),
    "member_class": ("text", 10),
    "status": ("text", 7),
    "groups": ("text", 24),
    "note": ("text", 30),
}
ROSTER_COLUMNS = [Column(key, label, *_KINDS[key]) for key, label in EXPORT_COLUMNS]

TEMPLATE_EXAMPLE = {
    "name": EXAMPLE_NAME,
    "ceo": "홍길동",
    "brn": EXAMPLE_BRN,
    "industry": "기계·금속",
    "tags": "CNC 정밀가공, 금형",
    "postcode": "18449",
    "address": "경기도 화성시 산단로 1",
    "phone": "031-123-4567",
    "email": "info@example.co.kr",
    "founded_on": dt.date(2010, 3, 2),
    "sales": 1_250_000_000,
    "employees": 25,
    "joined_on": dt.date(2024, 1, 15),
    "member_class": "정회원",
    "status": "활동",
    "groups": "제1교류회",
    "note": "이 줄은 예시입니다. 가져올 때는 빠집니다.",
}


class RosterExporter:
    def __init__(self, db: Database):
        self.db = db
        self.members = MemberService(db)

    def export(
        self, path: str | Path, flt: MemberFilter | None = None, progress: Progress | None = None
    ) -> int:
        """The members matching the filter (all by default), 회사명 order; returns how many."""
        flt = flt or MemberFilter()
        total = self.members.count(flt)
        return write_roster(path, ROSTER_COLUMNS, self.members.export_records(flt), total, progress)

    def template(self, path: str | Path) -> None:
        write_template(path, ROSTER_COLUMNS, TEMPLATE_EXAMPLE, industries(self.db).names())

    @staticmethod
    def rejected(path: str | Path, plan: ImportPlan) -> int:
        """The rejected rows with their original cells and the reason, to fix and import again."""
        rows = [(row.excel_row, row.values, row.message) for row in plan.rejected()]
        return write_rejected(path, plan.source.header.texts, rows)
