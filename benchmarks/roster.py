"""Roster import and export of a federation-sized file, each beside plain openpyxl on the same rows.

- import: a 10,000-row roster (a title row, Korean headers, dates as date cells, numbers typed as
  text) read, checked and written into an empty database, beside openpyxl alone reading the same
  file in read-only mode.
- export: 10,000 members from the database to a formatted .xlsx, beside a bare openpyxl write-only
  save of the same rows.
Each side runs `repeat` times, alternating, in one process; the figures are medians.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook

from benchmarks.data import fill, generate_members
from collabdesk.db.engine import Database
from collabdesk.db.migrate import prepare_database
from collabdesk.services.container import Services
from collabdesk.services.members import EXPORT_COLUMNS
from collabdesk.services.roster_import import RosterImporter, read_roster
from collabdesk.services.roster_mapping import auto_mapping

HEADER = ["No.", "업체명", "대표자명", "사업자번호", "업종구분", "주요제품", "우편번호", "소재지", "TEL",
          "E-mail", "설립일자", "매출액(원)", "근로자수", "가입일자", "교류회"]  # fmt: skip


def write_office_roster(path: Path, rows: int) -> None:
    """A roster as an office keeps it, written with openpyxl's normal mode as a spreadsheet program would."""
    wb = Workbook()
    ws = wb.active
    ws.title = "회원명부"
    ws.append(["2026년 회원 명부"])
    ws.merge_cells("A1:O1")
    ws.append([])
    ws.append(HEADER)
    for n, m in enumerate(generate_members(rows, seed=11), start=1):
        ws.append(
            [
                n,
                m.name,
                m.ceo,
                m.brn if n % 3 else m.brn.replace("-", ""),
                m.industry,
                ", ".join(m.tags),
                m.postcode,
                m.address,
                m.phone,
                f"info{n}@example.co.kr",
                m.founded_on,  # a date cell
                f"{m.sales:,}" if n % 2 else m.sales,  # typed as text with separators every other row
                m.employees,
                m.joined_on.strftime("%Y.%m.%d") if m.joined_on else None,  # a date typed as text
                f"제{n % 34 + 1}교류회",
            ]
        )
    wb.save(path)


def _median(run: Callable[[], float], repeat: int) -> float:
    return statistics.median(run() for _ in range(repeat))


def bench_import(tmp: Path, rows: int, repeat: int) -> dict[str, object]:
    path = tmp / "roster.xlsx"
    write_office_roster(path, rows)

    def openpyxl_read() -> float:
        began = time.perf_counter()
        wb = load_workbook(path, read_only=True, data_only=True)
        count = sum(1 for _ in wb.active.iter_rows(values_only=True))
        wb.close()
        assert count == rows + 3
        return time.perf_counter() - began

    serial = iter(range(1_000_000))

    def import_into_empty_database() -> float:
        db = Database.open(tmp / f"import{next(serial)}.sqlite3")
        prepare_database(db)
        began = time.perf_counter()
        source = read_roster(path)
        result = RosterImporter(db).run(source, auto_mapping(source.header.texts))
        took = time.perf_counter() - began
        db.dispose()
        assert result.created == rows and result.rejected == 0, result
        return took

    baseline, ours = [], []
    for _ in range(repeat):
        baseline.append(openpyxl_read())
        ours.append(import_into_empty_database())
    base, mine = statistics.median(baseline), statistics.median(ours)
    return {
        "roster_import_rows": rows,
        "roster_import_s": round(mine, 3),
        "roster_openpyxl_read_only_s": round(base, 3),
        "roster_import_vs_read": round(mine / base, 2),
    }


def bench_export(tmp: Path, rows: int, repeat: int) -> dict[str, object]:
    db = Database.open(tmp / "export.sqlite3")
    prepare_database(db)
    services: Services = fill(db, rows)
    keys = [key for key, _ in EXPORT_COLUMNS]
    values = [[record[k] for k in keys] for record in services.members.export_records()]
    assert len(values) == rows

    def bare_write() -> float:
        began = time.perf_counter()
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("회원명부")
        ws.append([label for _, label in EXPORT_COLUMNS])
        for row in values:
            ws.append(row)
        wb.save(tmp / "bare.xlsx")
        return time.perf_counter() - began

    def export() -> float:
        began = time.perf_counter()
        count = services.roster_export.export(tmp / "export.xlsx")
        assert count == rows
        return time.perf_counter() - began

    baseline, ours = [], []
    for _ in range(repeat):
        baseline.append(bare_write())
        ours.append(export())
    db.dispose()
    base, mine = statistics.median(baseline), statistics.median(ours)
    return {
        "roster_export_rows": rows,
        "roster_export_s": round(mine, 3),
        "roster_openpyxl_bare_write_s": round(base, 3),
        "roster_export_vs_bare_write": round(mine / base, 2),
    }
