"""Meeting minutes at the size of a regional federation: 800 member companies in 34 unit groups,
each group meeting monthly for five years (2,040 meetings) plus a yearly 정기총회 of all 800.

Figures, each beside a naive baseline run in the same process:
- search over all minutes text (median per typed keystroke), beside reading every meeting's
  minutes into Python and filtering there, as a table model holding everything would;
- opening the meeting dialog of a 정기총회 with 800 companies on the roll, beside a QTableWidget
  filled with the same 800 rows (what a form built from plain widgets would cost);
- the 회의록 PDF of that 정기총회 (800 attendees, several pages).
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from pathlib import Path

from benchmarks.data import fill
from collabdesk.db.engine import Database
from collabdesk.db.migrate import prepare_database
from collabdesk.services.container import Services
from collabdesk.validation.meeting import ABSENT, ATTENDED, ActionData, AgendaData, ResolutionData

TOPICS = [
    "공동 구매",
    "전시회 참가",
    "기술 세미나",
    "신규 회원 심사",
    "연말 워크숍",
    "해외 시찰",
    "공동 브랜드",
]
TYPED = ["공동 구매", "전시회", "세미나", "워크숍", "브랜드"]


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def build(path: Path, members: int, years: int) -> tuple[Services, int]:
    """The federation and its meetings; returns the services and the id of the last 정기총회."""
    db = Database.open(path)
    prepare_database(db)
    services = fill(db, members)
    groups = [g for g in services.groups.tree() if g.depth == 1]
    top = next(g.id for g in services.groups.tree() if g.depth == 0)
    meetings = services.meetings
    assembly_id = 0
    with db.transaction():  # one transaction: generating, not what a user does
        for year in range(2026 - years + 1, 2027):
            for group in groups:
                roll = meetings.roll(group.id)
                for month in range(1, 13):
                    topic = TOPICS[(month + group.id) % len(TOPICS)]
                    data = meetings.new_meeting(
                        "정기회의", group.id, dt.datetime(year, month, 15, 14), f"{year}년 {month}월 정기회의"
                    )
                    data.attendance = [type(r)(r.member_id, r.company) for r in roll]
                    for n, row in enumerate(data.attendance):
                        row.status = ABSENT if (n + month) % 4 == 0 else ATTENDED
                    data.agenda = [
                        AgendaData(f"{topic}의 건", f"{group.name} 회원사가 {topic}에 대해 논의함.")
                    ]
                    present = sum(1 for r in data.attendance if r.status == ATTENDED)
                    data.resolutions = [ResolutionData(f"{topic} 추진의 건", present, 0, 0)]
                    data.actions = [
                        ActionData(f"{topic} 결과 보고", "사무국", dt.date(year, month, 28), "완료")
                    ]
                    meetings.create(data)
            assembly = meetings.new_meeting(
                "정기총회", top, dt.datetime(year, 2, 24, 15), f"{year}년 정기총회"
            )
            for n, row in enumerate(assembly.attendance):
                row.status = ATTENDED if n % 3 else ABSENT
            assembly.agenda = [AgendaData("결산 및 예산(안) 승인의 건", "결산과 예산을 심의함.")]
            present = sum(1 for r in assembly.attendance if r.status == ATTENDED)
            assembly.resolutions = [ResolutionData("예산(안) 승인의 건", present, 0, 0)]
            assembly_id = meetings.create(assembly)
    return services, assembly_id


def bench_meetings(tmp: Path, members: int = 800, years: int = 5, repeat: int = 5) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    from collabdesk.ui.meetings.editor import MeetingDialog

    app = QApplication.instance() or QApplication([])
    began = time.perf_counter()
    services, assembly_id = build(tmp / "meetings.sqlite3", members, years)
    generated = time.perf_counter() - began
    count = len(services.meetings.search())
    keystrokes = [word[:n] for word in TYPED for n in range(1, len(word) + 1)]

    ours, naive = [], []
    for text in keystrokes:
        start = time.perf_counter()
        found = services.meetings.search(text=text)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        everything = [(row, services.meetings.get(row.id).data) for row in services.meetings.search()[:200]]
        # The baseline reads 200 meetings whole and scales up: reading all 2,000+ per keystroke
        # would take minutes. The scaling is linear (one query per meeting).
        words = text.lower().split()
        matches = [
            row
            for row, data in everything
            if all(
                w in " ".join([data.title, *(a.title + a.discussion for a in data.agenda)]).lower()
                for w in words
            )
        ]
        naive.append((time.perf_counter() - start) * count / 200)
        assert len(matches) <= len(found) or not words

    dialog_ours, dialog_bare = [], []
    roll = services.meetings.get(assembly_id).data.attendance
    for _ in range(repeat):
        start = time.perf_counter()
        dialog = MeetingDialog(services, assembly_id)
        dialog.show()
        app.processEvents()
        dialog_ours.append(time.perf_counter() - start)
        dialog.done(0)
        dialog.deleteLater()
        start = time.perf_counter()
        table = QTableWidget(len(roll), 5)
        for n, row in enumerate(roll):
            for column, text in enumerate((row.company, row.status, row.person, "", row.note)):
                table.setItem(n, column, QTableWidgetItem(text))
        table.show()
        app.processEvents()
        dialog_bare.append(time.perf_counter() - start)
        table.deleteLater()
        app.processEvents()

    pdf_times = []
    for _ in range(repeat):
        start = time.perf_counter()
        pdf = services.meetings.minutes_pdf(assembly_id)
        pdf_times.append(time.perf_counter() - start)
    services.db.dispose()
    return {
        "meetings_generated": count,
        "meetings_generate_s": round(generated, 1),
        "meetings_search_ms_median": _median_ms(ours),
        "meetings_search_naive_ms_median": _median_ms(naive),
        "meetings_search_speedup": round(statistics.median(naive) / statistics.median(ours), 1),
        "meeting_dialog_800_roll_ms_median": _median_ms(dialog_ours),
        "meeting_dialog_bare_table_ms_median": _median_ms(dialog_bare),
        "minutes_pdf_800_attendees_ms_median": _median_ms(pdf_times),
        "minutes_pdf_800_attendees_pages": pdf.count(b"/Type /Page\n"),
    }
