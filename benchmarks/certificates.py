"""A batch of 1,000 협업인증서 in one PDF (issue "협업인증서": at most twice the time a bare reportlab
canvas needs to draw the same content with the same font, in the same run).

The certificates are those of 1,000 generated member companies (benchmarks/data.py), each with its own
number, fields, statement, verification code and QR code, the seal and the double border; the look of
a real batch. Figures, each a median over repeats run interleaved in the same process:
- ours: collabdesk.documents.certificate_pdf.write_certificates into a file;
- bare canvas: a reportlab Canvas drawing the same strings at fixed places with the same embedded
  NanumGothic (the lines of the long texts split beforehand, outside the timing), the same QR codes
  the usual reportlab way (QrCodeWidget drawn with renderPDF), the seal with drawImage by its path
  (which reportlab writes into the file once) and the border as two rectangles: no layout at all;
- bare canvas, QR as one path: the same, with each QR code drawn as one filled path of the modules'
  runs, as ours does; the strictest baseline, and the one the requirement is checked against.

Every PDF must have 1,000 pages; the run stops if one does not.
"""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from benchmarks.data import fill, generate_members
from collabdesk.db.models import Member
from collabdesk.documents.certificate_pdf import (
    VERIFY_NOTE,
    CertificateLook,
    CertificatePage,
    write_certificates,
)
from collabdesk.documents.pdf_common import FONT, FONT_BOLD, date_text, register_fonts

ROOT = Path(__file__).resolve().parent.parent
SEAL = ROOT / "tests" / "fixtures" / "seal.png"
ROLES = ["금형", "사출", "R&D", "생산·제조", "판매·마케팅", "설계"]
PROJECTS = [
    "스마트 공작기계 공동개발",
    "전기차 배터리 케이스 금형",
    "협동로봇 그리퍼 공동개발",
    "친환경 분체도료",
]
CODE_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def make_pages(count: int) -> list[CertificatePage]:
    pages = []
    for n, member in enumerate(generate_members(count, seed=11), 1):
        number = f"제 2026-{n:04d} 호"
        code = "".join(CODE_CHARS[(n * 7 + i * 13) % len(CODE_CHARS)] for i in range(8))
        code = f"{code[:4]}-{code[4:]}"
        project, role = PROJECTS[n % len(PROJECTS)], ROLES[n % len(ROLES)]
        pages.append(
            CertificatePage(
                number=number,
                title="협업인증서",
                fields=[
                    ("업체명", member.name),
                    ("대표자", member.ceo),
                    ("사업자등록번호", member.brn),
                    ("주소", member.address),
                    ("과제명", project),
                    ("역할", role),
                ],
                statement=(
                    f"위 기업은 경기이업종교류연합회의 협업 컨소시엄 「{project}」 과제에 {role} 분야 "
                    "참여기업으로 참여하고 있음을 인증합니다."
                ),
                issue_date=dt.date(2026, 11, 24),
                issuer_org="경기이업종교류연합회",
                issuer_title="회장 홍 길 동",
                verification_code=code,
                qr_text=f"CollabDesk 협업인증서 {number} 확인코드 {code}",
            )
        )
    return pages


# --- the baselines --------------------------------------------------------------------------------

Lines = list[tuple[str, float, float, float, str]]  # font, size, x, y, text


def prepare(pages: Sequence[CertificatePage]) -> list[Lines]:
    """Every string of every page at a fixed place: what a bare canvas draws (not timed)."""
    width, height = A4
    prepared = []
    for page in pages:
        lines: Lines = [(FONT, 11, 25 * mm, height - 26 * mm, page.number)]
        lines.append((FONT_BOLD, 32, 70 * mm, height - 62 * mm, " ".join(page.title)))
        y = height - 86 * mm
        for label, value in page.fields:
            lines.append((FONT, 13, 31 * mm, y, label))
            lines.append((FONT, 13, 67 * mm, y, ":"))
            for line in simpleSplit(value, FONT, 13, 110 * mm):
                lines.append((FONT, 13, 72 * mm, y, line))
                y -= 18
            y -= 9
        y -= 30 * mm
        for line in simpleSplit(page.statement, FONT, 14.5, 152 * mm):
            lines.append((FONT, 14.5, 29 * mm, y, line))
            y -= 27
        lines.append((FONT, 15, 90 * mm, 102 * mm, date_text(page.issue_date)))
        lines.append((FONT_BOLD, 22, 70 * mm, 82 * mm, page.issuer_org))
        lines.append((FONT, 17, 85 * mm, 67 * mm, page.issuer_title))
        lines.append((FONT_BOLD, 9, 25 * mm, 20.5 * mm, f"확인코드 {page.verification_code}"))
        lines.append((FONT, 7.5, 25 * mm, 16.5 * mm, VERIFY_NOTE))
        prepared.append(lines)
    return prepared


def qr_widget(c: Canvas, text: str) -> None:
    widget = QrCodeWidget(text, barLevel="M", barWidth=22 * mm, barHeight=22 * mm, barBorder=0)
    drawing = Drawing(22 * mm, 22 * mm)
    drawing.add(widget)
    renderPDF.draw(drawing, c, 25 * mm, 25 * mm)


def qr_path(c: Canvas, text: str) -> None:
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(qrencoder.QR8bitByte(text))
    qr.make()
    box = 22 * mm / qr.getModuleCount()
    path = c.beginPath()
    for r, row in enumerate(qr.modules):
        column = 0
        for dark, run in itertools.groupby(row):
            length = sum(1 for _ in run)
            if dark:
                path.rect(25 * mm + column * box, 47 * mm - (r + 1) * box, length * box, box)
            column += length
    c.drawPath(path, stroke=0, fill=1)


def bare_canvas(
    pages: Sequence[CertificatePage], prepared: Sequence[Lines], out: Path, qr: Callable[[Canvas, str], None]
) -> None:
    width, height = A4
    c = Canvas(str(out), pagesize=A4, initialFontName=FONT)
    for page, lines in zip(pages, prepared, strict=True):
        c.setStrokeColor(colors.HexColor("#27466b"))
        c.setLineWidth(2.4)
        c.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
        c.setLineWidth(0.7)
        c.rect(12.2 * mm, 12.2 * mm, width - 24.4 * mm, height - 24.4 * mm)
        for font, size, x, y, text in lines:
            c.setFont(font, size)
            c.drawString(x, y, text)
        c.drawImage(str(SEAL), 118 * mm, 55 * mm, 28 * mm, 28 * mm, mask="auto")
        qr(c, page.qr_text)
        c.showPage()
    c.save()


# --- the figures ----------------------------------------------------------------------------------


def _pages_in(path: Path) -> int:
    return path.read_bytes().count(b"/Type /Page\n")


def bench_certificates(tmp: Path, count: int = 1_000, repeat: int = 3) -> dict[str, object]:
    register_fonts()
    pages = make_pages(count)
    prepared = prepare(pages)
    look = CertificateLook(seal_png=SEAL)
    runs: dict[str, tuple[Callable[[Path], None], list[float]]] = {
        "ours": (lambda out: write_certificates(pages, look, out), []),
        "bare": (lambda out: bare_canvas(pages, prepared, out, qr_widget), []),
        "bare_path_qr": (lambda out: bare_canvas(pages, prepared, out, qr_path), []),
    }
    sizes = {}
    for _ in range(repeat):  # interleaved, so load on the machine hits all alike
        for name, (run, times) in runs.items():
            out = tmp / f"certificates-{name}.pdf"
            start = time.perf_counter()
            run(out)
            times.append(time.perf_counter() - start)
            if _pages_in(out) != count:
                raise RuntimeError(f"{name}: {_pages_in(out)} pages, not {count}")
            sizes[name] = out.stat().st_size
    ours, bare, strict = (statistics.median(runs[name][1]) for name in ("ours", "bare", "bare_path_qr"))
    service = statistics.median(bench_issue_batch(tmp, count, repeat))
    return {
        "certificates_issue_batch_s_median": round(service, 2),
        "certificates_issue_batch_ratio_vs_bare_path_qr": round(service / strict, 2),
        "certificates_issue_batch_target_met": service <= 2 * strict,
        "certificates_pages": count,
        "certificates_pdf_s_median": round(ours, 2),
        "certificates_pdf_mb": round(sizes["ours"] / 2**20, 2),
        "certificates_bare_canvas_s_median": round(bare, 2),
        "certificates_bare_canvas_path_qr_s_median": round(strict, 2),
        "certificates_ratio_vs_bare": round(ours / bare, 2),
        "certificates_ratio_vs_bare_path_qr": round(ours / strict, 2),
        "certificates_target_met": ours <= 2 * strict,
    }


def bench_issue_batch(tmp: Path, count: int = 1_000, repeat: int = 3) -> list[float]:
    """Seconds of CertificateService.issue_batch for `count` members of one project's agreement:
    the whole issue (checks, numbering, the register's chain, the PDF saved), each repeat a new batch
    with new numbers. The data folder must be a scratch one (run.py sets COLLABDESK_DATA_DIR): the
    seal and the register's anchor are written there."""
    from collabdesk.db.engine import Database
    from collabdesk.db.migrate import prepare_database
    from collabdesk.services.certificate_templates import IssuerSettings
    from collabdesk.validation.project import AgreementData, PartyData, ProjectData

    path = tmp / "certificates-batch.sqlite3"
    path.unlink(missing_ok=True)
    db = Database.open(path)
    try:
        prepare_database(db)
        services = fill(db, count + count // 2, groups=4)
        unique: dict[str, int] = {}  # an agreement names a company once; generated names repeat
        with db.reading() as s:
            for member in s.scalars(select(Member).order_by(Member.id)):
                unique.setdefault(member.name, member.id)
        members = [(member_id, name) for name, member_id in unique.items()][:count]
        if len(members) < count:
            raise RuntimeError(f"only {len(members)} distinct member names")
        project = services.projects.create(
            ProjectData("벤치마크 협업 과제", "공동기술개발", start_on=dt.date(2026, 3, 1))
        )
        parties = [
            PartyData(name, [ROLES[n % len(ROLES)]], None, member_id)
            for n, (member_id, name) in enumerate(members)
        ]
        services.projects.add_agreement(project, AgreementData(dt.date(2026, 3, 2), parties))
        certs = services.certificates
        certs.issuer.set_seal(SEAL)
        certs.issuer.save(
            IssuerSettings("경기이업종교류연합회", "회장", "김영수", version=certs.issuer.get().version)
        )
        kind = certs.kinds.by_name("협업인증서").id
        times: list[float] = []
        for n in range(repeat):
            out = tmp / f"certificates-batch-{n}.pdf"
            start = time.perf_counter()
            result = certs.issue_batch(project, kind, dt.date(2026, 11, 24), out=out)
            times.append(time.perf_counter() - start)
            if len(result.issued) != count or _pages_in(out) != count:
                raise RuntimeError(f"issue_batch: {len(result.issued)} certificates, {_pages_in(out)} pages")
        return times
    finally:
        db.dispose()
