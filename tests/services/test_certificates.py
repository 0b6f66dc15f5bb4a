"""Certificates: kinds and their templates, numbering per kind and year, nothing numbered when
something is missing, revoke and reissue, verify, the register, reprints — on SQLite and, with
COLLABDESK_TEST_PG_URL, on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image, ImageDraw
from sqlalchemy import func, select

from collabdesk.db.models import CertificateEntry
from collabdesk.documents.certificate_pdf import CertificateImageError
from collabdesk.errors import Cancelled, FieldErrors, NotFoundError, StaleRecordError, UserError
from collabdesk.services.certificate_templates import (
    DEFAULT_NUMBER_FORMAT,
    IssuerSettings,
    KindData,
    check_number_format,
    fill_template,
    placeholders_in,
    preview_number,
    template_placeholders,
)
from collabdesk.services.certificates import (
    REPLACED,
    REVOKED,
    UNKNOWN,
    VALID,
    RegisterFilter,
    parse_qr_text,
)
from collabdesk.services.container import Services
from collabdesk.services.members import member_to_raw
from collabdesk.services.sample_data import make_brn
from collabdesk.validation.project import AgreementData, PartyData, ProjectData

ISSUED_ON = dt.date(2026, 9, 10)


def draw_seal(path: Path) -> Path:
    """A round red seal on a transparent background."""
    image = Image.new("RGBA", (240, 240), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((12, 12, 228, 228), outline=(200, 30, 36, 230), width=18)
    image.save(path)
    return path


@dataclass
class World:
    services: Services
    members: dict[str, int]
    project: int
    cooperation: int  # 협업인증서
    membership: int  # 회원확인서

    @property
    def certs(self):  # type: ignore[no-untyped-def]
        return self.services.certificates

    def count(self) -> int:
        with self.services.db.reading() as s:
            return s.scalar(select(func.count(CertificateEntry.seq))) or 0


def add_member(services: Services, serial: int, name: str, **fields: object) -> int:
    raw = {
        "name": name,
        "brn": make_brn(serial),
        "ceo": "김영수",
        "address": "경기도 화성시 향남읍 제약공단2길 15",
        "joined_on": dt.date(2015, 4, 1),
        **fields,
    }
    return services.members.create(raw)


@pytest.fixture
def world(services: Services, tmp_path: Path) -> World:
    members = {
        "(주)한빛정밀": add_member(services, 11, "(주)한빛정밀"),
        "대성금형(주)": add_member(services, 12, "대성금형(주)", ceo="이정훈"),
        "(주)나래센서": add_member(services, 13, "(주)나래센서", ceo="정다은"),
    }
    project = services.projects.create(
        ProjectData("스마트 공작기계 공동개발", "공동기술개발", start_on=dt.date(2026, 3, 1))
    )
    services.projects.add_agreement(
        project,
        AgreementData(
            dt.date(2026, 3, 2),
            [
                PartyData("(주)한빛정밀", ["R&D", "생산·제조"], None, members["(주)한빛정밀"]),
                PartyData("대성금형(주)", ["금형"], None, members["대성금형(주)"]),
                PartyData("한국기계연구원", ["R&D"], None, None, "연구기관"),
            ],
        ),
    )
    certs = services.certificates
    certs.issuer.set_seal(draw_seal(tmp_path / "my-seal.png"))
    certs.issuer.save(
        IssuerSettings("경기기계협업그룹", "회장", "김영수", version=certs.issuer.get().version)
    )
    kinds = {k.name: k.id for k in certs.kinds.items()}
    return World(services, members, project, kinds["협업인증서"], kinds["회원확인서"])


# --- templates and number formats -------------------------------------------------------------------
def test_placeholders_and_particles() -> None:
    assert template_placeholders()[:4] == ["회사명", "대표자", "사업자등록번호", "주소"]
    assert placeholders_in("위 기업은 {회사명}으로서 {과제명}의 {역할}을") == ["회사명", "과제명", "역할"]
    with pytest.raises(FieldErrors, match=r"알 수 없는 자리표시 \{담당자\}"):
        placeholders_in("{회사명}의 {담당자}")
    with pytest.raises(FieldErrors, match="짝이 맞지 않습니다"):
        placeholders_in("{회사명}의 {대표자")
    # A particle right after a placeholder follows the value's last syllable as read.
    template = "{회사명}으로서 {회사명}은 {회사명}이 {회사명}을 {회사명}과, {회사명}이다"
    assert fill_template(template, {"회사명": "(주)한빛정밀"}) == (
        "(주)한빛정밀로서 (주)한빛정밀은 (주)한빛정밀이 (주)한빛정밀을 (주)한빛정밀과, (주)한빛정밀이다"
    )
    assert fill_template(template, {"회사명": "대성금형(주)"}) == (
        "대성금형(주)로서 대성금형(주)는 대성금형(주)가 대성금형(주)를 대성금형(주)와, 대성금형(주)이다"
    )
    assert fill_template("{회사명}으로서", {"회사명": "삼원산업"}) == "삼원산업으로서"


def test_number_formats() -> None:
    check_number_format(DEFAULT_NUMBER_FORMAT)
    assert preview_number(DEFAULT_NUMBER_FORMAT, 2026) == "제 2026-____ 호"
    for bad, words in (
        ("제 {seq:04d} 호", "{year}와 {seq}"),
        ("제 {year}-{seq:04d}-{month} 호", "{month}는 쓸 수 없습니다"),
        ("제 {year-{seq} 호", "짝이 맞지 않습니다"),
        ("제 {year}-{seq:xyz} 호", "이해할 수 없습니다"),
    ):
        with pytest.raises(FieldErrors) as err:
            check_number_format(bad)
        assert words in str(err.value), bad


# --- kinds --------------------------------------------------------------------------------------------
def test_kinds_are_seeded_and_edited_with_locking(world: World) -> None:
    kinds = world.certs.kinds
    seeded = {k.name: k for k in kinds.items()}
    assert seeded["협업인증서"].needs_project and seeded["협업인증서"].builtin
    assert "{가입일}" in seeded["회원확인서"].statement and not seeded["회원확인서"].needs_project
    assert seeded["협업인증서"].number_format == DEFAULT_NUMBER_FORMAT

    data = KindData(
        "참가확인서", "참가확인서", "위 기업은 {회사명}으로서 {발급기관} 행사에 참가하였음을 확인합니다."
    )
    with pytest.raises(FieldErrors) as err:  # the default format is 협업인증서's
        kinds.add(data)
    assert "'협업인증서'와 같습니다" in err.value.errors["number_format"]
    kind_id = kinds.add(replace(data, number_format="참가 제 {year}-{seq:03d} 호"))
    info = kinds.get(kind_id)
    assert (info.builtin, info.version, info.issued) == (False, 1, 0)

    # Refused when saved: an unknown placeholder, a project placeholder without a project, a taken name.
    with pytest.raises(FieldErrors, match=r"\{담당자\}"):
        kinds.update(kind_id, replace(data, statement="{담당자} 확인", number_format="참가 {year}-{seq}"), 1)
    with pytest.raises(FieldErrors, match="과제가 필요한 종류에서만"):
        kinds.update(kind_id, replace(data, statement="{과제명} 참가", number_format="참가 {year}-{seq}"), 1)
    with pytest.raises(FieldErrors, match="이미 있습니다"):
        kinds.update(kind_id, replace(data, name="회원확인서", number_format="참가 {year}-{seq}"), 1)

    kinds.update(kind_id, replace(data, title="행사 참가확인서", number_format="참가 {year}-{seq}"), 1)
    with pytest.raises(StaleRecordError):  # saved from a form read before that change
        kinds.update(kind_id, replace(data, number_format="참가 {year}-{seq}"), 1)
    assert kinds.get(kind_id).title == "행사 참가확인서"
    kinds.delete(kind_id)
    assert kind_id not in {k.id for k in kinds.items()}
    with pytest.raises(UserError, match="기본 종류라 삭제할 수 없습니다"):
        kinds.delete(world.cooperation)


def test_a_kind_with_certificates_is_deactivated_not_deleted(world: World) -> None:
    kinds = world.certs.kinds
    kind_id = kinds.add(
        KindData("재직확인서", "재직확인서", "{회사명} 확인", number_format="재직 {year}-{seq}")
    )
    world.certs.issue(world.members["(주)한빛정밀"], kind_id, issue_date=ISSUED_ON)
    with pytest.raises(UserError, match="발급한 인증서가 발급대장에 있어 삭제할 수 없습니다"):
        kinds.delete(kind_id)
    info = kinds.get(kind_id)
    assert info.issued == 1
    kinds.update(
        kind_id, KindData(info.name, info.title, info.statement, False, info.number_format, False), 1
    )
    assert kind_id not in {k.id for k in kinds.items(active_only=True)}
    with pytest.raises(UserError, match="사용하지 않는 종류"):
        world.certs.issue(world.members["(주)한빛정밀"], kind_id, issue_date=ISSUED_ON)
    assert world.count() == 1


def test_issuer_settings_are_shared_and_locked(world: World) -> None:
    issuer = world.certs.issuer
    read = issuer.get()
    assert (read.organisation, read.signer_line, read.group) == (
        "경기기계협업그룹",
        "회장 김 영 수",
        "경기기계협업그룹",
    )
    issuer.save(replace(read, group_name="경기지역연합회"))
    with pytest.raises(StaleRecordError):
        issuer.save(replace(read, issuer_name="이정훈"))
    assert issuer.get().group == "경기지역연합회"


def test_a_seal_must_be_a_readable_png(world: World, tmp_path: Path, data_dir: Path) -> None:
    first = (data_dir / "seal.png").read_bytes()
    fake = tmp_path / "seal.png.txt"
    fake.write_text("not an image", encoding="utf-8")
    with pytest.raises(CertificateImageError, match="PNG 파일이 아닙니다"):
        world.certs.issuer.set_seal(fake)
    assert (data_dir / "seal.png").read_bytes() == first
    world.certs.issuer.set_seal(draw_seal(tmp_path / "other.png"))
    # The seal replaced is kept beside it: certificates issued with it may be asked about.
    assert [p.read_bytes() for p in data_dir.glob("seal-old-*.png")] == [first]


# --- numbering ------------------------------------------------------------------------------------
def test_numbers_run_per_kind_and_year(world: World) -> None:
    certs, m = world.certs, world.members
    old = certs.issue(m["(주)한빛정밀"], world.cooperation, world.project, dt.date(2025, 12, 30))
    first = certs.issue(m["(주)한빛정밀"], world.cooperation, world.project, dt.date(2026, 1, 5))
    second = certs.issue(m["대성금형(주)"], world.cooperation, world.project, dt.date(2026, 1, 5))
    member = certs.issue(m["(주)나래센서"], world.membership, issue_date=dt.date(2026, 1, 6))
    assert [c.number for c in (old, first, second, member)] == [
        "제 2025-0001 호",
        "제 2026-0001 호",
        "제 2026-0002 호",
        "제 2026-회원-0001 호",
    ]
    assert len({c.code for c in (old, first, second, member)}) == 4
    assert all(len(c.code) == 9 and c.code[4] == "-" for c in (old, first, second))
    assert first.role == "R&D, 생산·제조" and first.project_name == "스마트 공작기계 공동개발"
    assert first.page.statement == (
        "위 기업은 (주)한빛정밀로서 스마트 공작기계 공동개발 협업 컨소시엄에 참여하여 R&D, 생산·제조 분야를 "
        "담당하고 있음을 인증합니다."
    )
    assert member.page.statement == "위 기업은 2015. 4. 1.부터 경기기계협업그룹의 회원사임을 확인합니다."
    assert dict(first.page.fields)["과제명"] == "스마트 공작기계 공동개발"
    assert parse_qr_text(first.page.qr_text) == (first.number, first.code)
    # A date earlier than the kind's last one that year would put numbers and dates out of order.
    with pytest.raises(UserError, match="마지막 발급일 2026. 1. 5.보다 앞섭니다"):
        certs.issue(m["(주)한빛정밀"], world.cooperation, world.project, dt.date(2026, 1, 4))
    with pytest.raises(UserError, match="오늘보다 뒤입니다"):
        certs.issue(
            m["(주)한빛정밀"], world.cooperation, world.project, dt.date.today() + dt.timedelta(days=1)
        )
    assert world.count() == 4


def test_a_revoked_number_is_never_reused(world: World) -> None:
    certs, m = world.certs, world.members
    first = certs.issue(m["(주)한빛정밀"], world.membership, issue_date=ISSUED_ON)
    certs.revoke(first.number, "착오 발급", ISSUED_ON)
    again = certs.issue(m["(주)한빛정밀"], world.membership, issue_date=ISSUED_ON)
    assert (first.number, again.number) == ("제 2026-회원-0001 호", "제 2026-회원-0002 호")


def test_nothing_is_numbered_when_a_member_lacks_a_field(world: World) -> None:
    certs = world.certs
    bare = add_member(world.services, 21, "(주)빈칸산업", ceo="", address="", joined_on=None)
    with pytest.raises(UserError) as err:
        certs.issue(bare, world.membership, issue_date=ISSUED_ON)
    assert str(err.value).startswith("(주)빈칸산업: 대표자, 주소, 가입일이(가) 비어 있어 발급할 수 없습니다")
    with pytest.raises(UserError, match="대표자, 주소, 가입일이"):  # the preview says the same
        certs.preview(bare, world.membership)
    assert world.count() == 0
    ok = certs.issue(world.members["대성금형(주)"], world.membership, issue_date=ISSUED_ON)
    assert ok.number == "제 2026-회원-0001 호"


def test_nothing_is_numbered_for_an_unknown_placeholder_at_issue_time(world: World) -> None:
    # A template saved by an older version or an outside tool: refused when issuing too.
    with world.services.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE certificate_kinds SET statement = '{회사명}의 {담당자} 확인' WHERE name = '회원확인서'"
        )
    with pytest.raises(UserError, match=r"'회원확인서' 종류의 문구: 알 수 없는 자리표시 \{담당자\}"):
        world.certs.issue(world.members["대성금형(주)"], world.membership, issue_date=ISSUED_ON)
    assert world.count() == 0


def test_nothing_is_numbered_without_a_usable_seal(world: World, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "인증서.pdf"
    seal = data_dir / "seal.png"
    seal.write_bytes(seal.read_bytes()[:60])  # a truncated PNG
    with pytest.raises(CertificateImageError, match="직인 이미지 파일을 읽을 수 없습니다"):
        world.certs.issue(world.members["대성금형(주)"], world.membership, issue_date=ISSUED_ON, out=out)
    seal.unlink()
    with pytest.raises(UserError, match="직인 이미지가 없습니다"):
        world.certs.issue(world.members["대성금형(주)"], world.membership, issue_date=ISSUED_ON, out=out)
    assert world.count() == 0
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob("*.tmp")) == []


def test_an_unwritable_folder_stops_before_numbering(world: World, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="저장할 폴더가 없습니다"):
        world.certs.issue(
            world.members["대성금형(주)"],
            world.membership,
            issue_date=ISSUED_ON,
            out=tmp_path / "없음" / "a.pdf",
        )
    assert world.count() == 0


def test_a_cancelled_render_takes_no_number(world: World, tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    with pytest.raises(Cancelled):
        world.certs.issue_batch(
            world.project, world.cooperation, ISSUED_ON, out=out, progress=lambda done, total: done < total
        )
    assert world.count() == 0
    assert not out.exists() and list(tmp_path.glob("*.tmp")) == []
    result = world.certs.issue_batch(world.project, world.cooperation, ISSUED_ON, out=out)
    assert [c.number for c in result.issued] == ["제 2026-0001 호", "제 2026-0002 호"]


def test_other_refusals_name_the_problem(world: World) -> None:
    certs, m = world.certs, world.members
    with pytest.raises(UserError, match="협업 과제를 골라야"):
        certs.issue(m["(주)한빛정밀"], world.cooperation, issue_date=ISSUED_ON)
    with pytest.raises(UserError, match="과제 없이 발급하는 종류"):
        certs.issue(m["(주)한빛정밀"], world.membership, world.project, ISSUED_ON)
    with pytest.raises(
        UserError, match=r"\(주\)나래센서: '스마트 공작기계 공동개발' 과제의 현재 협약 참여 기업이 아닙니다"
    ):
        certs.issue(m["(주)나래센서"], world.cooperation, world.project, ISSUED_ON)
    world.services.members.withdraw(m["대성금형(주)"], dt.date(2026, 6, 30))
    with pytest.raises(UserError, match="탈퇴한 회원사에는 발급할 수 없습니다"):
        certs.issue(m["대성금형(주)"], world.membership, issue_date=ISSUED_ON)
    with pytest.raises(NotFoundError):
        certs.issue(99999, world.membership, issue_date=ISSUED_ON)
    assert world.count() == 0


def test_batch_issues_to_member_participants_and_reports_the_rest(
    world: World, tmp_path: Path, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    world.services.members.withdraw(world.members["대성금형(주)"], dt.date(2026, 6, 30))
    out = tmp_path / "일괄.pdf"
    seen: list[tuple[int, int]] = []
    result = world.certs.issue_batch(
        world.project, issue_date=ISSUED_ON, out=out, progress=lambda d, t: seen.append((d, t)) is None
    )
    assert [(c.number, c.company, c.role) for c in result.issued] == [
        ("제 2026-0001 호", "(주)한빛정밀", "R&D, 생산·제조")
    ]
    assert result.skipped == [
        "대성금형(주): 탈퇴한 회원사라 건너뜀",
        "한국기계연구원: 회원사가 아닌 참여 기관(연구기관)이라 건너뜀",
    ]
    assert seen == [(1, 1)]
    assert result.pdf == out.read_bytes()
    text = pdf_text(out)
    assert "협 업 인 증 서" in text and "제 2026-0001 호" in text and result.issued[0].code in text


def test_preview_takes_no_number(world: World) -> None:
    page = world.certs.preview(world.members["대성금형(주)"], world.cooperation, world.project, ISSUED_ON)
    assert page.number == "제 2026-____ 호" and page.verification_code == "____-____"
    assert page.statement.startswith("위 기업은 대성금형(주)로서 스마트 공작기계 공동개발")
    assert page.issuer_title == "회장 김 영 수" and page.issue_date == ISSUED_ON
    assert world.count() == 0


# --- revoke, reissue, verify --------------------------------------------------------------------------
def test_revoke_and_reissue_are_new_entries(world: World) -> None:
    certs, m = world.certs, world.members
    a = certs.issue(m["(주)한빛정밀"], world.cooperation, world.project, ISSUED_ON)
    b = certs.issue(m["대성금형(주)"], world.cooperation, world.project, ISSUED_ON)
    with pytest.raises(UserError, match="발급일 2026. 9. 10.보다 앞섭니다"):
        certs.revoke(a.number, "착오", dt.date(2026, 9, 1))
    with pytest.raises(UserError, match="취소 사유를 입력해"):
        certs.revoke(a.number, "  ")
    revoked = certs.revoke("제2026-0001호", "협약 해지", dt.date(2026, 10, 1))  # typed without spaces
    assert (revoked.status, revoked.revoked_on, revoked.reason) == ("취소", dt.date(2026, 10, 1), "협약 해지")
    with pytest.raises(UserError, match="이미 취소되었습니다"):
        certs.revoke(a.number, "다시")
    with pytest.raises(UserError, match="이미 취소 상태라 재발급할 수 없습니다"):
        certs.reissue(a.number, "재발급")

    # The member's name changed: the reissue carries the new one, the old certificate stays as issued.
    detail = world.services.members.get(m["대성금형(주)"])
    world.services.members.update(
        m["대성금형(주)"], {**member_to_raw(detail.data), "name": "대성정밀금형(주)"}, detail.version
    )
    new = certs.reissue(b.number, "상호 변경", dt.date(2026, 10, 15))
    assert (new.number, new.replaces, new.company) == ("제 2026-0003 호", b.number, "대성정밀금형(주)")
    old = certs.status(b.number)
    assert (old.status, old.replaced_by, old.company) == ("재발급됨", new.number, "대성금형(주)")
    assert certs.status(new.number).replaces == b.number and certs.status(new.number).reason == "상호 변경"
    with pytest.raises(UserError, match="재발급되어 이미 효력이 없습니다"):
        certs.revoke(b.number, "취소")
    with pytest.raises(NotFoundError, match="제 2026-0099 호"):
        certs.status("제 2026-0099 호")

    with world.services.db.reading() as s:
        entries = [
            (e.seq, e.entry_type, e.number, e.revokes, e.replaces)
            for e in s.scalars(select(CertificateEntry).order_by(CertificateEntry.seq))
        ]
    assert entries == [
        (1, "issue", a.number, None, None),
        (2, "issue", b.number, None, None),
        (3, "revoke", None, a.number, None),
        (4, "issue", new.number, None, b.number),
    ]


def test_verify_gives_each_of_the_four_answers(world: World) -> None:
    certs, m = world.certs, world.members
    a = certs.issue(m["(주)한빛정밀"], world.membership, issue_date=ISSUED_ON)
    b = certs.issue(m["대성금형(주)"], world.membership, issue_date=ISSUED_ON)
    c = certs.issue(m["(주)나래센서"], world.membership, issue_date=ISSUED_ON)
    certs.revoke(b.number, "회원 자격 상실", dt.date(2026, 10, 1))
    d = certs.reissue(c.number, "주소 변경", dt.date(2026, 10, 15))

    valid = certs.verify(a.number, a.code.lower().replace("-", ""))  # typed carelessly
    assert valid.outcome == VALID and valid.certificate is not None
    assert valid.message == f"{a.number}: 유효한 인증서입니다 (회원확인서, (주)한빛정밀, 2026. 9. 10. 발급)."
    revoked = certs.verify(b.number, b.code)
    assert revoked.outcome == REVOKED
    assert "2026. 10. 1. 취소된 인증서입니다 (사유: 회원 자격 상실)" in revoked.message
    replaced = certs.verify(c.number, c.code)
    assert replaced.outcome == REPLACED and replaced.certificate is not None
    assert replaced.certificate.replaced_by == d.number and d.number in replaced.message
    wrong_code = certs.verify(a.number, b.code)
    assert wrong_code.outcome == UNKNOWN and wrong_code.certificate is None
    assert "없는 번호이거나 확인코드가 맞지 않습니다" in wrong_code.message
    assert certs.verify("제 2026-회원-0099 호", a.code).outcome == UNKNOWN
    assert certs.verify("", "").outcome == UNKNOWN


# --- register and reprints --------------------------------------------------------------------------
def issue_some(world: World) -> None:
    certs, m = world.certs, world.members
    certs.issue(m["(주)한빛정밀"], world.cooperation, world.project, dt.date(2025, 11, 1))
    certs.issue_batch(world.project, world.cooperation, ISSUED_ON)  # 2026-0001 한빛, 0002 대성
    revoked = certs.issue(m["(주)나래센서"], world.membership, issue_date=ISSUED_ON)
    certs.revoke(revoked.number, "착오 발급", ISSUED_ON)
    certs.reissue("제 2026-0002 호", "역할 변경", dt.date(2026, 10, 15))


def test_register_is_filtered_in_the_database(world: World) -> None:
    issue_some(world)
    certs = world.certs
    rows = certs.register()
    assert [(r.number, r.status) for r in rows] == [
        ("제 2025-0001 호", "유효"),
        ("제 2026-0001 호", "유효"),
        ("제 2026-0002 호", "재발급됨"),
        ("제 2026-회원-0001 호", "취소"),
        ("제 2026-0003 호", "유효"),
    ]
    revoked, replaced, reissued = rows[3], rows[2], rows[4]
    assert (revoked.revoked_on, revoked.reason) == (ISSUED_ON, "착오 발급")
    assert (replaced.replaced_by, reissued.replaces, reissued.reason) == (
        "제 2026-0003 호",
        "제 2026-0002 호",
        "역할 변경",
    )
    assert rows[0].issued_by and len(rows[0].content_hash) == 64 and rows[0].verification_code[4] == "-"

    def numbers(**kw: object) -> list[str]:
        return [r.number for r in certs.register(RegisterFilter(**kw))]  # type: ignore[arg-type]

    assert numbers(year=2025) == ["제 2025-0001 호"]
    assert numbers(kind="회원확인서") == ["제 2026-회원-0001 호"]
    assert numbers(status="유효") == ["제 2025-0001 호", "제 2026-0001 호", "제 2026-0003 호"]
    assert numbers(status="취소") == ["제 2026-회원-0001 호"]
    assert numbers(text="나래") == ["제 2026-회원-0001 호"]
    assert numbers(text="2026 0002") == ["제 2026-0002 호"]
    brn = make_brn(12)
    assert numbers(text=brn.replace("-", "")) == ["제 2026-0002 호", "제 2026-0003 호"]
    assert numbers(text="100%_") == []
    assert [r.number for r in certs.of_member(world.members["(주)나래센서"])] == ["제 2026-회원-0001 호"]
    assert len(certs.of_project(world.project)) == 4
    assert certs.years() == [2026, 2025]


def test_register_exports_to_excel_and_pdf(world: World, tmp_path: Path, pdf_text) -> None:  # type: ignore[no-untyped-def]
    issue_some(world)
    certs = world.certs
    assert certs.write_register(tmp_path / "대장.xlsx") == 5
    sheet = load_workbook(tmp_path / "대장.xlsx").active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "제 2026-회원-0001 호" in cells and "(주)나래센서" in cells
    assert certs.write_register(tmp_path / "대장.pdf", RegisterFilter(year=2026)) == 4
    text = pdf_text(tmp_path / "대장.pdf")
    report = certs.check_chain()
    assert "증명서 발급대장" in text and "발급대장 검사: 이상 없음" in text and report.last_hash in text
    assert "제 2025-0001 호" not in text
    with pytest.raises(UserError, match="엑셀"):
        certs.write_register(tmp_path / "대장.csv")


def test_a_reprint_is_as_issued_and_void_when_revoked(world: World, tmp_path: Path, pdf_text) -> None:  # type: ignore[no-untyped-def]
    certs, m = world.certs, world.members
    issued = certs.issue(m["(주)한빛정밀"], world.cooperation, world.project, ISSUED_ON)
    detail = world.services.members.get(m["(주)한빛정밀"])
    world.services.members.update(
        m["(주)한빛정밀"], {**member_to_raw(detail.data), "ceo": "박새봄"}, detail.version
    )
    [page] = certs.pages([issued.number])
    assert page == issued.page  # the stored content, not the member as it is now
    assert dict(page.fields)["대표자"] == "김영수" and page.void_note is None

    certs.revoke(issued.number, "협약 해지", dt.date(2026, 10, 1))
    [void] = certs.pages([issued.number])
    assert void.void_note == "2026. 10. 1. 취소 — 사유: 협약 해지"
    out = tmp_path / "재인쇄.pdf"
    certs.write_pdf([issued.number], out)
    text = pdf_text(out)
    assert "무 효" in text and "사유: 협약 해지" in text and issued.number in text
    assert certs.pdf_bytes([issued.number])[:5] == b"%PDF-"
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
        assert "NanumGothic" in fonts and all(
            line.split()[-5] == "yes" for line in fonts.splitlines()[2:] if line.strip()
        )
    with pytest.raises(UserError, match="PDF"):
        certs.write_pdf([issued.number], tmp_path / "재인쇄.png")


def test_two_pcs_issuing_at_once_get_consecutive_numbers(world: World) -> None:
    """Two connections (two PCs on PostgreSQL, two programs on one SQLite file) issue at the same
    time: every number is taken once, none is skipped, and the chain stays one line."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from collabdesk.db.engine import Database
    from collabdesk.services.certificates import CertificateService

    others = [Database(world.services.db.url) for _ in range(2)]
    start = threading.Barrier(2, timeout=30)  # both PCs press 발급 together, every time
    try:
        services = [CertificateService(db) for db in others]
        member = world.members["(주)한빛정밀"]

        def issue_four(certs: CertificateService) -> list[str]:
            numbers = []
            for _ in range(4):
                start.wait()
                numbers.append(certs.issue(member, world.membership, issue_date=ISSUED_ON).number)
            return numbers

        with ThreadPoolExecutor(max_workers=2) as pool:
            numbers = [n for batch in pool.map(issue_four, services) for n in batch]
    finally:
        for db in others:
            db.dispose()
    assert sorted(numbers) == [f"제 2026-회원-{n:04d} 호" for n in range(1, 9)]
    report = world.certs.check_chain()
    assert report.ok and report.count == 8


# --- what the 증명서 tab asks before acting -------------------------------------------------------
def rename(services: Services, member: int, name: str) -> None:
    detail = services.members.get(member)
    services.members.update(member, {**member_to_raw(detail.data), "name": name}, detail.version)


def test_projects_of_a_member_are_found_by_id_in_each_current_agreement(world: World) -> None:
    services, certs, m = world.services, world.certs, world.members
    smart = (world.project, "스마트 공작기계 공동개발", "R&D, 생산·제조")
    assert certs.projects_of(m["(주)한빛정밀"]) == [smart]
    # Renamed after the agreement: the agreement still says "(주)한빛정밀", the member is found by id.
    rename(services, m["(주)한빛정밀"], "(주)한빛정밀기계")
    assert certs.projects_of(m["(주)한빛정밀"]) == [smart]
    assert [p.roles for p in certs.projects_of(m["대성금형(주)"])] == ["금형"]

    # Only the current version counts: 나래센서 was in version 1 of this one, not in version 2.
    brand = services.projects.create(
        ProjectData("센서 공동 브랜드", "공동마케팅", start_on=dt.date(2026, 5, 1))
    )
    first = [
        PartyData("(주)나래센서", ["판매·마케팅"], None, m["(주)나래센서"]),
        PartyData("(주)한빛정밀", ["생산·제조"], None, m["(주)한빛정밀"]),
    ]
    services.projects.add_agreement(brand, AgreementData(dt.date(2026, 5, 2), first))
    assert [p.project_name for p in certs.projects_of(m["(주)나래센서"])] == ["센서 공동 브랜드"]
    services.projects.add_agreement(brand, AgreementData(dt.date(2026, 6, 1), first[1:]))
    assert certs.projects_of(m["(주)나래센서"]) == []
    # Newest start first, each with the member's roles in that project.
    assert certs.projects_of(m["(주)한빛정밀"]) == [(brand, "센서 공동 브랜드", "생산·제조"), smart]
    # A project without an agreement, and a member in none, give nothing.
    services.projects.create(ProjectData("협약 전 과제", "공동기술개발", start_on=dt.date(2026, 7, 1)))
    assert certs.projects_of(add_member(services, 31, "(주)무소속")) == []
    assert certs.projects_of(99999) == []


def test_batch_plan_is_what_issue_batch_does_and_numbers_nothing(world: World) -> None:
    services, certs, m = world.services, world.certs, world.members
    services.members.withdraw(m["대성금형(주)"], dt.date(2026, 6, 30))
    plan = certs.batch_plan(world.project, world.cooperation, ISSUED_ON)
    assert plan.project_name == "스마트 공작기계 공동개발"
    assert plan.targets == [(m["(주)한빛정밀"], "(주)한빛정밀", "R&D, 생산·제조")]
    assert plan.skipped == [
        "대성금형(주): 탈퇴한 회원사라 건너뜀",
        "한국기계연구원: 회원사가 아닌 참여 기관(연구기관)이라 건너뜀",
    ]
    assert plan.problems == [] and world.count() == 0
    assert certs.batch_plan(world.project) == plan  # the default kind is the first needing a project
    result = certs.issue_batch(world.project, world.cooperation, ISSUED_ON, render=False)
    assert [(c.member_id, c.company, c.role) for c in result.issued] == plan.targets
    assert result.skipped == plan.skipped


def test_batch_plan_says_what_would_stop_the_batch(world: World) -> None:
    services, certs, m = world.services, world.certs, world.members
    bare = add_member(services, 22, "(주)빈칸산업", ceo="")
    parties = [
        PartyData("(주)한빛정밀", ["R&D"], None, m["(주)한빛정밀"]),
        PartyData("(주)빈칸산업", ["판매·마케팅"], None, bare),
    ]
    services.projects.add_agreement(world.project, AgreementData(dt.date(2026, 8, 1), parties))
    plan = certs.batch_plan(world.project, world.cooperation, ISSUED_ON)
    assert [t.company for t in plan.targets] == ["(주)한빛정밀", "(주)빈칸산업"]
    assert plan.problems == [
        "(주)빈칸산업: 대표자이(가) 비어 있어 발급할 수 없습니다. 회원사 정보에 입력한 뒤 다시 발급해 주십시오."
    ]
    with pytest.raises(UserError) as err:
        certs.issue_batch(world.project, world.cooperation, ISSUED_ON, render=False)
    assert str(err.value) == plan.problems[0]

    # No agreement, or nobody left to receive one.
    empty = services.projects.create(ProjectData("협약 전 과제", "공동기술개발"))
    nobody = certs.batch_plan(empty, world.cooperation, ISSUED_ON)
    assert (nobody.targets, nobody.skipped) == ([], [])
    assert nobody.problems == ["'협약 전 과제' 과제에 협약이 없어 인증서를 발급할 참여 기업이 없습니다."]
    outside = services.projects.create(ProjectData("외부 과제", "공동기술개발"))
    services.projects.add_agreement(
        outside, AgreementData(dt.date(2026, 8, 1), [PartyData("한국공대", ["R&D"], None, None, "대학")])
    )
    plan = certs.batch_plan(outside, world.cooperation, ISSUED_ON)
    assert plan.skipped == ["한국공대: 회원사가 아닌 참여 기관(대학)이라 건너뜀"]
    assert plan.problems == ["'외부 과제' 과제의 현재 협약에 인증서를 받을 회원사가 없습니다."]
    with pytest.raises(UserError, match="인증서를 받을 회원사가 없습니다"):
        certs.issue_batch(outside, world.cooperation, ISSUED_ON, render=False)
    with pytest.raises(NotFoundError, match="과제를 찾을 수 없습니다"):
        certs.batch_plan(99999, world.cooperation, ISSUED_ON)

    # The kind: one without a project, one not in use — said once, not once per member.
    assert certs.batch_plan(world.project, world.membership, ISSUED_ON).problems == [
        "'회원확인서'는 과제 없이 발급하는 종류라 과제 참여 기업에 일괄 발급할 수 없습니다."
    ]
    kind = certs.kinds.get(world.cooperation)
    certs.kinds.update(
        kind.id,
        KindData(kind.name, kind.title, kind.statement, True, kind.number_format, active=False),
        kind.version,
    )
    assert certs.batch_plan(world.project, world.cooperation, ISSUED_ON).problems == [
        "'협업인증서'는 사용하지 않는 종류입니다. 설정에서 사용으로 바꾼 뒤 발급해 주십시오."
    ]
    with services.db.engine.begin() as conn:  # a template saved by an older version, in use again
        conn.exec_driver_sql(
            "UPDATE certificate_kinds SET statement = '{회사명}의 {담당자} 확인', active = TRUE "
            "WHERE name = '협업인증서'"
        )
    [problem] = certs.batch_plan(world.project, world.cooperation, ISSUED_ON).problems
    assert problem.startswith("'협업인증서' 종류의 문구: 알 수 없는 자리표시 {담당자}")
    assert world.count() == 0


def test_a_replaced_row_says_when_and_why_even_filtered_alone(world: World, tmp_path: Path, pdf_text) -> None:  # type: ignore[no-untyped-def]
    issue_some(world)  # 제 2026-0002 호 replaced by 제 2026-0003 호 on 2026-10-15, "역할 변경"
    certs = world.certs
    rows = {r.number: r for r in certs.register()}
    replaced = rows["제 2026-0002 호"]
    assert (replaced.replaced_by, replaced.replaced_on, replaced.replaced_reason) == (
        "제 2026-0003 호",
        dt.date(2026, 10, 15),
        "역할 변경",
    )
    assert all(
        (r.replaced_on, r.replaced_reason) == (None, "") for n, r in rows.items() if n != "제 2026-0002 호"
    )
    # The replacement need not be among the rows found.
    [alone] = certs.register(RegisterFilter(status="재발급됨"))
    assert alone.replaced_on == dt.date(2026, 10, 15)
    certs.write_register(tmp_path / "대장.xlsx", RegisterFilter(status="재발급됨"))
    sheet = load_workbook(tmp_path / "대장.xlsx").active
    header = [c.value for c in sheet[1]]
    assert sheet.cell(row=2, column=header.index("재발급일") + 1).value == dt.datetime(2026, 10, 15)
    certs.write_register(tmp_path / "대장.pdf", RegisterFilter(status="재발급됨"))
    assert "→ 제 2026-0003 호로 재발급 (2026. 10. 15.)" in pdf_text(tmp_path / "대장.pdf")


def test_reissue_result_hands_back_the_pdf_it_made(world: World, tmp_path: Path, pdf_text) -> None:  # type: ignore[no-untyped-def]
    certs = world.certs
    old = certs.issue(world.members["대성금형(주)"], world.cooperation, world.project, ISSUED_ON)
    out = tmp_path / "재발급.pdf"
    result = certs.reissue_result(old.number, "역할 변경", dt.date(2026, 10, 15), out=out)
    [new] = result.issued
    assert (new.number, new.replaces, new.issue_date) == (
        "제 2026-0002 호",
        old.number,
        dt.date(2026, 10, 15),
    )
    assert result.skipped == [] and result.pdf == out.read_bytes()
    text = pdf_text(out)
    assert new.number in text and new.code in text and "대성금형(주)" in text
    assert certs.status(old.number).replaced_by == new.number and world.count() == 2
    with pytest.raises(UserError, match="이미 재발급됨 상태라 재발급할 수 없습니다"):
        certs.reissue_result(old.number, "다시")
    with pytest.raises(UserError, match="재발급 사유를 입력해"):
        certs.reissue_result(new.number, " ")
    assert world.count() == 2


def test_next_number_is_the_one_issuing_takes(world: World) -> None:
    certs, m = world.certs, world.members
    assert certs.next_number(world.cooperation, 2026) == "제 2026-0001 호"
    assert certs.next_number(world.membership, 2026) == "제 2026-회원-0001 호"
    assert certs.next_number(None, 2026, "제 {year}-새-{seq:03d} 호") == "제 2026-새-001 호"
    for member in ("(주)한빛정밀", "대성금형(주)"):
        expected = certs.next_number(world.cooperation, 2026)
        assert certs.issue(m[member], world.cooperation, world.project, ISSUED_ON).number == expected
    # A revoked or replaced number is never given again.
    certs.revoke("제 2026-0002 호", "착오", ISSUED_ON)
    expected = certs.next_number(world.cooperation, 2026)
    assert expected == "제 2026-0003 호"
    assert certs.reissue("제 2026-0001 호", "역할 변경", ISSUED_ON).number == expected
    assert certs.next_number(world.cooperation, 2026) == "제 2026-0004 호"
    assert certs.next_number(world.cooperation, 2025) == "제 2025-0001 호"
    # In a format being edited, and a format that cannot be saved.
    assert certs.next_number(world.cooperation, 2026, "협업-{year}-{seq}") == "협업-2026-4"
    with pytest.raises(FieldErrors, match=r"\{year\}와 \{seq\}"):
        certs.next_number(world.cooperation, 2026, "제 {seq} 호")

    # A new kind given an old kind's former name: the old kind's certificates are not its own.
    membership = certs.kinds.get(world.membership)
    certs.issue(m["(주)나래센서"], world.membership, issue_date=ISSUED_ON)
    certs.kinds.update(
        membership.id,
        KindData("회원확인서(구)", membership.title, membership.statement, False, membership.number_format),
        membership.version,
    )
    new_kind = certs.kinds.add(
        KindData(
            "회원확인서",
            "회원확인서",
            "위 기업은 {회사명}의 회원사입니다.",
            False,
            "제 {year}-확인-{seq:04d} 호",
        )
    )
    assert len(certs.register(RegisterFilter(year=2026, kind="회원확인서"))) == 1  # what counting saw
    assert certs.next_number(new_kind, 2026) == "제 2026-확인-0001 호"
    with pytest.raises(NotFoundError):
        certs.next_number(99999, 2026)
