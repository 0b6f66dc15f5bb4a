"""Certificate PDFs, read back with poppler's tools (pdftotext, pdffonts, pdfinfo, pdftoppm) as a
recipient's PDF viewer would: the text, the embedded font, one page per certificate, the 무효 mark, long
fields that wrap without running into anything, the seal over the end of the name, bad images refused
before anything is written, and a cancelled batch that leaves no file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from collabdesk.documents.certificate_pdf import (
    VERIFY_NOTE,
    CertificateImageError,
    CertificateLook,
    CertificatePage,
    certificate_pdf_bytes,
    check_look,
    write_certificates,
)
from collabdesk.errors import Cancelled, UserError

from .test_minutes_pdf import flat, info, page_count, run, text_of

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) missing")

SEAL = Path(__file__).resolve().parents[1] / "fixtures" / "seal.png"
STATEMENT = (
    "위 기업은 경기이업종교류연합회의 협업 컨소시엄 「스마트 공작기계 공동개발」 과제에 금형 분야 "
    "참여기업으로 참여하고 있음을 인증합니다."
)

PAGE = CertificatePage(
    number="제 2026-0001 호",
    title="협업인증서",
    fields=[
        ("업체명", "대성금형(주)"),
        ("대표자", "이정훈"),
        ("사업자등록번호", "123-45-67890"),
        ("주소", "경기도 화성시 향남읍 제약공단2길 45"),
        ("과제명", "스마트 공작기계 공동개발"),
        ("역할", "금형"),
    ],
    statement=STATEMENT,
    issue_date=dt.date(2026, 11, 24),
    issuer_org="경기이업종교류연합회",
    issuer_title="회장 홍 길 동",
    verification_code="7KQ2-M9XD",
    qr_text="CollabDesk 협업인증서 제 2026-0001 호 확인코드 7KQ2-M9XD",
)
MEMBERSHIP = dataclasses.replace(
    PAGE,
    number="제 2026-0002 호",
    title="회원확인서",
    fields=[("업체명", "(주)한빛정밀"), ("대표자", "김영수"), ("가입일", "2019. 6. 1.")],
    statement="위 기업은 2019. 6. 1.부터 경기이업종교류연합회의 회원사임을 확인합니다.",
    verification_code="3HTX-8PQA",
)
LONG_COMPANY = "주식회사대한민국경기도화성시향남읍정밀금형사출성형자동화설비제조및판매글로벌테크놀로지코리아"
LONG_ADDRESS = (
    "경기도 화성시 향남읍 제약공단2길 45, 대성빌딩 3층 301호(상신리, 화성바이오밸리 산업단지 내) "
    "우편번호 18622 물류센터 별관 2동"
)
LONG = dataclasses.replace(
    PAGE,
    number="제 2026-0003 호",
    fields=[
        ("업체명", LONG_COMPANY),
        ("대표자", "남궁 민수"),
        ("사업자등록번호", "123-45-67890"),
        ("주소", LONG_ADDRESS),
        (
            "과제명",
            "전기차 배터리 케이스 경량화를 위한 알루미늄 다이캐스팅 금형 공동개발 및 양산 체계 구축 사업",
        ),
        ("역할", "금형, 사출, 생산·제조"),
    ],
    statement=STATEMENT
    + "\n"
    + STATEMENT
    + "\n이 인증서는 조달 및 지원사업 신청 시 증빙자료로 사용할 수 있습니다.",
)
VOID_NOTE = "2026. 12. 1. 취소 — 사유: 중복 발급"


@dataclasses.dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    y_min: float  # from the top of the page, as pdftotext gives it
    x_max: float
    y_max: float


def words(path: Path, page: int) -> list[Word]:
    bbox = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), path, "-")
    return [
        Word(html.unescape(m.group(5)), *map(float, m.groups()[:4]))
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', bbox
        )
    ]


def overlapping(found: list[Word]) -> list[tuple[str, str]]:
    """Pairs of words whose boxes overlap (less a hair for rounding): text drawn over text."""
    pairs = []
    for n, a in enumerate(found):
        for b in found[n + 1 :]:
            if (
                a.x_min < b.x_max - 0.5
                and b.x_min < a.x_max - 0.5
                and a.y_min < b.y_max - 0.5
                and b.y_min < a.y_max - 0.5
            ):
                pairs.append((a.text, b.text))
    return pairs


@pytest.fixture
def certificates(tmp_path: Path) -> Path:
    path = tmp_path / "협업인증서.pdf"
    write_certificates([PAGE, MEMBERSHIP], CertificateLook(seal_png=SEAL), path)
    return path


def test_text_is_extractable(certificates: Path, pdf_text) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(certificates)
    for expected in (
        "제 2026-0001 호",
        "협 업 인 증 서",
        "대성금형(주)",
        "이정훈",
        "123-45-67890",
        "경기도 화성시 향남읍 제약공단2길 45",
        "스마트 공작기계 공동개발",
        STATEMENT,
        "2026. 11. 24.",
        "경기이업종교류연합회",
        "회장 홍 길 동",
        "확인코드 7KQ2-M9XD",
        VERIFY_NOTE,
        "제 2026-0002 호",
        "회 원 확 인 서",
        "위 기업은 2019. 6. 1.부터 경기이업종교류연합회의 회원사임을 확인합니다.",
        "확인코드 3HTX-8PQA",
    ):
        assert expected in text, expected
    assert "무 효" not in text


def test_one_page_per_certificate_in_order(certificates: Path) -> None:
    assert page_count(certificates) == 2
    assert "제 2026-0001 호" in text_of(certificates, 1)
    assert "제 2026-0002 호" in text_of(certificates, 2)
    fields = info(certificates)
    assert fields["Page size"].startswith("595.276 x 841.89")  # A4 portrait
    assert fields["Title"] == "협업인증서 외 1매"


def test_nanum_gothic_is_embedded(certificates: Path) -> None:
    fonts = run("pdffonts", certificates).splitlines()[2:]
    assert any("NanumGothicBold" in line for line in fonts)
    assert any(line.split()[0].endswith("+NanumGothic") for line in fonts)
    for line in fonts:  # every font embedded, as a subset, with a Unicode map: no Helvetica
        assert line.split()[-5:-2] == ["yes", "yes", "yes"], line


def test_nothing_overlaps_and_everything_is_inside_the_border(certificates: Path, tmp_path: Path) -> None:
    long = tmp_path / "long.pdf"
    write_certificates([LONG], CertificateLook(seal_png=SEAL), long)
    for path, page in ((certificates, 1), (certificates, 2), (long, 1)):
        found = words(path, page)
        assert overlapping(found) == [], (path.name, page)
        for word in found:  # inside the inner frame line, 12.2 mm (34.6 pt) from the edges
            assert word.x_min > 35 and word.x_max < 595.3 - 35, word
            assert word.y_min > 35 and word.y_max < 841.9 - 35, word


def test_long_fields_wrap(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    write_certificates([LONG], CertificateLook(seal_png=SEAL), path)
    text = text_of(path)
    # The long company name is broken over lines (between syllables: it has no spaces), and nothing of
    # it is lost.
    assert not [line for line in text.splitlines() if LONG_COMPANY in line]
    assert "".join(text.split()).count(LONG_COMPANY) == 1
    assert LONG_ADDRESS in " ".join(text.split())
    # The statement's paragraphs keep their order, the date and issuer still follow.
    flat_text = " ".join(text.split())
    assert flat_text.count(STATEMENT) == 2
    assert flat_text.index(STATEMENT) < flat_text.index("2026. 11. 24.") < flat_text.index("회장 홍 길 동")


def test_a_date_in_the_statement_is_never_broken_over_lines(tmp_path: Path) -> None:
    # The date lands at every place of a line in turn, at the end of one for some of the pages.
    pages = [
        dataclasses.replace(
            MEMBERSHIP,
            statement="위 기업은 "
            + "가나 " * n
            + "2019. 6. 1.부터 경기이업종교류연합회의 회원사임을 확인합니다.",
        )
        for n in range(24)
    ]
    path = tmp_path / "dates.pdf"
    write_certificates(pages, CertificateLook(), path)
    for page in range(1, len(pages) + 1):
        lines = flat(text_of(path, page)).splitlines()
        statement = [line for line in lines if "2019" in line and ":" not in line]  # not the 가입일 field
        assert len(statement) == 1 and "2019. 6. 1.부터" in statement[0], (page, lines)


def test_revoked_certificate_printed_again_carries_the_void_mark(tmp_path: Path) -> None:
    path = tmp_path / "무효.pdf"
    write_certificates([PAGE, dataclasses.replace(PAGE, void_note=VOID_NOTE)], CertificateLook(), path)
    first, second = (" ".join(text_of(path, page).split()) for page in (1, 2))
    assert "무 효" not in first and VOID_NOTE not in first
    assert "무 효" in second
    assert VOID_NOTE in second
    # Semi-transparent red over the page: the certificate itself stays readable underneath.
    assert STATEMENT in second and "대성금형(주)" in second
    run("pdftoppm", "-png", "-r", "30", path, tmp_path / "page")
    reds = [_red_pixels(Image.open(tmp_path / f"page-{n}.png")) for n in (1, 2)]
    assert reds[0] == 0 and reds[1] > 1500, reds  # of about 87,000 pixels


def _red_pixels(image: Image.Image, box: tuple[int, int, int, int] | None = None) -> int:
    region = image.convert("RGB") if box is None else image.convert("RGB").crop(box)
    return sum(
        count
        for count, (r, g, b) in region.getcolors(maxcolors=region.width * region.height) or []
        if r > 150 and r - max(g, b) > 40
    )


def test_the_seal_sits_over_the_end_of_the_name(certificates: Path, tmp_path: Path) -> None:
    name = [w for w in words(certificates, 1) if w.text in ("홍", "길", "동")]
    assert [w.text for w in name] == ["홍", "길", "동"]
    # At 72 dpi a pixel is a point, as in pdftotext's boxes.
    run("pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", certificates, tmp_path / "page")
    image = Image.open(tmp_path / "page-1.png")

    def box(word: Word) -> tuple[int, int, int, int]:
        return (int(word.x_min), int(word.y_min), int(word.x_max) + 1, int(word.y_max) + 1)

    last, first = name[-1], name[0]
    assert _red_pixels(image, box(last)) > 15  # the seal's ink over the last character
    assert _red_pixels(image, box(first)) == 0  # the start of the name is clear
    without = tmp_path / "no-seal.pdf"
    write_certificates([PAGE], CertificateLook(), without)
    run("pdftoppm", "-png", "-r", "72", without, tmp_path / "bare")
    assert _red_pixels(Image.open(tmp_path / "bare-1.png")) == 0


def test_the_seal_and_the_border_are_written_once_per_file(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (300, 100), (39, 70, 107, 255)).save(logo)
    pages = [dataclasses.replace(PAGE, number=f"제 2026-{n:04d} 호") for n in range(1, 6)]
    pdf = certificate_pdf_bytes(pages, CertificateLook(seal_png=SEAL, logo_png=logo))
    assert pdf.count(b"/Type /Page\n") == 5
    # The seal and the logo: each one image and its soft mask (the transparency), however many
    # pages; the pages refer to them through forms.
    assert pdf.count(b"/Subtype /Image") == 4
    assert pdf.count(b"/SMask") == 2
    assert pdf.count(b"/Subtype /Form") == 3  # seal, logo, border


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools (zbarimg) missing")
def test_the_qr_code_reads_back(certificates: Path, tmp_path: Path) -> None:
    run("pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", certificates, tmp_path / "page")
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "page-1.png")], capture_output=True, text=True, check=True
    ).stdout
    assert decoded.strip() == PAGE.qr_text


def test_bytes_and_an_open_file_give_the_same_document(tmp_path: Path) -> None:
    look = CertificateLook(seal_png=SEAL)
    data = certificate_pdf_bytes([PAGE, MEMBERSHIP], look)
    buffer = io.BytesIO()
    write_certificates([PAGE, MEMBERSHIP], look, buffer)
    for blob, name in ((data, "bytes.pdf"), (buffer.getvalue(), "buffer.pdf")):
        assert blob.startswith(b"%PDF")
        path = tmp_path / name
        path.write_bytes(blob)
        assert page_count(path) == 2
        assert "확인코드 3HTX-8PQA" in flat(text_of(path, 2))


def test_titles_are_spaced_unless_long(tmp_path: Path) -> None:
    pages = [
        dataclasses.replace(PAGE, title="확인서"),
        dataclasses.replace(PAGE, title="공동브랜드 참여 확인서"),
        dataclasses.replace(PAGE, title="국외전시회공동참가사실확인서"),
    ]
    path = tmp_path / "titles.pdf"
    write_certificates(pages, CertificateLook(), path)
    assert "확 인 서" in flat(text_of(path, 1))
    assert "공동브랜드 참여 확인서" in flat(text_of(path, 2))
    assert "국외전시회공동참가사실확인서" in flat(text_of(path, 3))


def test_progress_is_reported_per_page(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    write_certificates([PAGE, MEMBERSHIP, LONG], CertificateLook(), tmp_path / "c.pdf", progress=progress)
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_cancelling_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    with pytest.raises(Cancelled):
        write_certificates(
            [PAGE, MEMBERSHIP, LONG],
            CertificateLook(seal_png=SEAL),
            out,
            progress=lambda done, total: done < 2,
        )
    assert list(tmp_path.iterdir()) == []  # neither the PDF nor a temporary file
    # A file already at the path stays as it was.
    out.write_bytes(b"old")
    with pytest.raises(Cancelled):
        write_certificates([PAGE, MEMBERSHIP], CertificateLook(), out, progress=lambda done, total: False)
    assert out.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [out]


@pytest.fixture
def bad_images(tmp_path: Path) -> dict[str, Path]:
    jpeg = tmp_path / "seal.jpg"
    Image.open(SEAL).convert("RGB").save(jpeg, "JPEG")
    named_png = tmp_path / "jpeg-named.png"
    named_png.write_bytes(jpeg.read_bytes())
    truncated = tmp_path / "truncated.png"
    truncated.write_bytes(SEAL.read_bytes()[:300])
    folder = tmp_path / "folder.png"
    folder.mkdir()
    return {
        "missing": tmp_path / "없는 직인.png",
        "jpeg": jpeg,
        "jpeg named .png": named_png,
        "truncated": truncated,
        "folder": folder,
    }


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        ("missing", "파일이 없습니다"),
        ("jpeg", "PNG 파일이 아닙니다"),
        ("jpeg named .png", "PNG 파일이 아닙니다"),
        ("truncated", "읽을 수 없습니다"),
        ("folder", "읽을 수 없습니다"),
    ],
)
def test_a_bad_seal_is_refused_naming_the_file(
    case: str, reason: str, bad_images: dict[str, Path], tmp_path: Path
) -> None:
    path = bad_images[case]
    look = CertificateLook(seal_png=path)
    with pytest.raises(CertificateImageError) as caught:
        check_look(look)
    message = str(caught.value)
    assert "직인 이미지" in message and reason in message and str(path) in message
    assert isinstance(caught.value, UserError)
    # Writing refuses it the same way, before any file is created.
    out = tmp_path / "out" / "batch.pdf"
    out.parent.mkdir()
    with pytest.raises(CertificateImageError):
        write_certificates([PAGE], look, out)
    assert list(out.parent.iterdir()) == []
    with pytest.raises(CertificateImageError):
        certificate_pdf_bytes([PAGE], look)


def test_a_bad_logo_is_named_as_the_logo(bad_images: dict[str, Path]) -> None:
    with pytest.raises(CertificateImageError, match="로고 이미지 파일이 없습니다"):
        check_look(CertificateLook(seal_png=SEAL, logo_png=bad_images["missing"]))


def test_good_images_pass_the_check(tmp_path: Path) -> None:
    # A palette PNG with one transparent colour, as some drawing programs save a seal.
    palette = tmp_path / "palette.png"
    Image.open(SEAL).convert("RGB").convert("P").save(palette, transparency=0)
    check_look(CertificateLook())
    check_look(CertificateLook(seal_png=SEAL, logo_png=palette))
    path = tmp_path / "palette.pdf"
    write_certificates([PAGE], CertificateLook(seal_png=palette, border=False), path)
    assert page_count(path) == 1


def test_no_certificates_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="발급할 인증서가 없습니다"):
        write_certificates([], CertificateLook(), tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()
