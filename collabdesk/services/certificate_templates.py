"""Certificate kinds (their statement templates and number formats) and the issuer settings (the
organisation and signer in the database, the seal and logo as files in the data folder). No Qt here.

A statement template is plain text with placeholders in braces, "위 기업은 {회사명}으로서 …"; the
placeholders are the TEMPLATE_PLACEHOLDERS below. A number format is a Python format string over
{year} and {seq} ("제 {year}-{seq:04d} 호"); both must appear, as numbers run per kind and year.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import string
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from collabdesk.db.engine import Database
from collabdesk.db.models import CertificateEntry, CertificateKind, CertificateSettings
from collabdesk.documents.certificate_pdf import CertificateLook, check_look
from collabdesk.documents.files import create_temp_beside
from collabdesk.errors import FieldErrors, NotFoundError, StaleRecordError, StorageError, UserError
from collabdesk.paths import data_dir
from collabdesk.services.certificate_chain import number_key

DEFAULT_NUMBER_FORMAT = "제 {year}-{seq:04d} 호"
MAX_NUMBER_LENGTH = 60  # certificate_entries.number
SEAL_FILE = "seal.png"
LOGO_FILE = Path("assets") / "certificate-logo.png"

# Placeholder → what fills it (for the template editor's list).
TEMPLATE_PLACEHOLDERS: dict[str, str] = {
    "회사명": "회원사의 회사명",
    "대표자": "회원사의 대표자",
    "사업자등록번호": "회원사의 사업자등록번호",
    "주소": "회원사의 주소",
    "과제명": "협업 과제의 과제명 (과제가 필요한 종류)",
    "역할": "현재 협약에서 회원사가 맡은 역할 (과제가 필요한 종류)",
    "가입일": "회원사의 가입일 (2015. 4. 1. 꼴)",
    "그룹명": "발급 설정의 그룹명 (비어 있으면 발급기관)",
    "발급일": "발급일 (2026. 11. 24. 꼴)",
    "발급기관": "발급 설정의 발급기관",
}
PROJECT_PLACEHOLDERS = frozenset({"과제명", "역할"})
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_NAME_LIMIT, _TITLE_LIMIT, _STATEMENT_LIMIT = 50, 50, 2000
_GONE = "증명서 종류를 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다."


def template_placeholders() -> list[str]:
    """The placeholders a statement template may use, in the order the editor lists them."""
    return list(TEMPLATE_PLACEHOLDERS)


def placeholders_in(template: str) -> list[str]:
    """The placeholders a template names, in order of first use; an unknown one or a lone brace
    raises FieldErrors({"statement": …}) naming it."""
    found: list[str] = []
    for match in _PLACEHOLDER.finditer(template):
        name = match.group(1).strip()
        if name not in TEMPLATE_PLACEHOLDERS:
            known = ", ".join(f"{{{p}}}" for p in TEMPLATE_PLACEHOLDERS)
            raise FieldErrors(
                {
                    "statement": f"문구: 알 수 없는 자리표시 {{{match.group(1)}}}가 있습니다. 쓸 수 있는 것: {known}"
                }
            )
        if name not in found:
            found.append(name)
    rest = _PLACEHOLDER.sub("", template)
    if "{" in rest or "}" in rest:
        raise FieldErrors(
            {"statement": "문구: 중괄호 { }의 짝이 맞지 않습니다. 자리표시는 {회사명}처럼 씁니다."}
        )
    return found


def check_template(template: str, needs_project: bool) -> list[str]:
    """The placeholders of a template a kind may save, or FieldErrors."""
    if not template.strip():
        raise FieldErrors({"statement": "문구: 인증 문구를 입력해 주십시오."})
    if len(template) > _STATEMENT_LIMIT:
        raise FieldErrors({"statement": f"문구: {_STATEMENT_LIMIT}자 이하로 입력해 주십시오."})
    names = placeholders_in(template)
    project_only = [n for n in names if n in PROJECT_PLACEHOLDERS]
    if project_only and not needs_project:
        raise FieldErrors(
            {
                "statement": f"문구: {{{project_only[0]}}}는 과제가 필요한 종류에서만 쓸 수 있습니다. "
                "'과제 필요'를 켜거나 자리표시를 지워 주십시오."
            }
        )
    return names


def fill_template(template: str, values: dict[str, str]) -> str:
    """The template with every placeholder replaced (all must be in `values`), and a particle right
    after a placeholder made to fit the value: {회사명}으로서 → 대성금형(주)로서, (주)한빛정밀로서."""
    parts: list[str] = []
    end = 0
    for match in _PLACEHOLDER.finditer(template):
        value = values[match.group(1).strip()]
        parts += [template[end : match.start()], value]
        end = match.end()
        particle = _PARTICLE.match(template, end)
        if particle is not None:
            parts.append(_fitting_particle(value, particle.group(0)))
            end = particle.end()
    parts.append(template[end:])
    return "".join(parts)


# Particle pairs (after a final consonant, after a vowel); the longer forms first.
_PARTICLES = [
    ("으로서", "로서"),
    ("으로써", "로써"),
    ("으로", "로"),
    ("이라", "라"),
    ("은", "는"),
    ("이", "가"),
]
_PARTICLES += [("을", "를"), ("과", "와")]
# Only a particle that ends the word: the 이 of "{회사명}이다" is the copula and stays.
_PARTICLE = re.compile(
    "(?:" + "|".join(re.escape(p) for pair in _PARTICLES for p in pair) + r")(?=[\s.,;:!?)」』]|$)"
)
# How a Latin letter or digit at the end of a value is read: with a final consonant (ㄹ apart)?
_FINAL_LATIN = {"L": "ㄹ", "M": "ㅁ", "N": "ㄴ", "R": "ㄹ"}
_FINAL_DIGIT = {"0": "ㅇ", "1": "ㄹ", "3": "ㅁ", "6": "ㄱ", "7": "ㄹ", "8": "ㄹ"}


def _final_sound(value: str) -> str | None:
    """The final consonant (받침) the value ends with as read aloud, "" for none, None if unknown."""
    for char in reversed(value.strip()):
        if "가" <= char <= "힣":
            final = (ord(char) - ord("가")) % 28
            return "" if final == 0 else ("ㄹ" if final == 8 else "ㅂ")  # only ㄹ matters besides yes/no
        if char.isdigit():
            return _FINAL_DIGIT.get(char, "")
        if char.isascii() and char.isalpha():
            return _FINAL_LATIN.get(char.upper(), "")
        if char in ")]}」』 '\"’”":
            continue  # (주) is read as 주; quotes are not read
        return None
    return None


def _fitting_particle(value: str, written: str) -> str:
    final = _final_sound(value)
    for consonant_form, vowel_form in _PARTICLES:
        if written in (consonant_form, vowel_form):
            if final is None:
                return written
            if consonant_form.startswith("으로"):  # ㄹ takes 로 like a vowel: 서울로
                return consonant_form if final not in ("", "ㄹ") else vowel_form
            return consonant_form if final else vowel_form
    return written


def with_particle(value: str, particle: str) -> str:
    """The value followed by the particle that fits it: with_particle("제 2026-0006 호", "은") is
    "제 2026-0006 호는", with_particle("대성금형(주)", "으로") "대성금형(주)로"; a value whose last
    sound cannot be told keeps both forms, "은(는)"."""
    final = _final_sound(value)
    for consonant_form, vowel_form in _PARTICLES:
        if particle in (consonant_form, vowel_form):
            if final is None:
                return f"{value}{consonant_form}({vowel_form})"
            return value + _fitting_particle(value, particle)
    return value + particle


# --- number formats -------------------------------------------------------------------------
def _format_fields(fmt: str) -> list[tuple[str, str | None, str | None, str | None]]:
    try:
        return list(string.Formatter().parse(fmt))
    except ValueError as exc:
        raise FieldErrors(
            {"number_format": "번호 형식: 중괄호 { }의 짝이 맞지 않습니다. 예: 제 {year}-{seq:04d} 호"}
        ) from exc


def check_number_format(fmt: str) -> None:
    """A number format must name {year} and {seq} (with an optional width, {seq:04d}) and nothing else."""
    fmt = fmt.strip()
    if not fmt:
        raise FieldErrors({"number_format": f"번호 형식: 입력해 주십시오. 예: {DEFAULT_NUMBER_FORMAT}"})
    names = [name for _, name, _, _ in _format_fields(fmt) if name is not None]
    unknown = [n for n in names if n not in ("year", "seq")]
    if unknown:
        raise FieldErrors(
            {"number_format": f"번호 형식: {{{unknown[0]}}}는 쓸 수 없습니다. {{year}}와 {{seq}}만 씁니다."}
        )
    if "year" not in names or "seq" not in names:
        raise FieldErrors(
            {
                "number_format": "번호 형식: 번호는 종류와 연도마다 1부터 매기므로 {year}와 {seq}가 모두 "
                f"있어야 합니다. 예: {DEFAULT_NUMBER_FORMAT}"
            }
        )
    try:
        sample = format_number(fmt, 2026, 1)
    except (ValueError, IndexError, KeyError) as exc:
        raise FieldErrors({"number_format": f"번호 형식을 이해할 수 없습니다: {fmt}"}) from exc
    if len(format_number(fmt, 2026, 99999)) > MAX_NUMBER_LENGTH:
        raise FieldErrors({"number_format": f"번호 형식: 번호가 너무 깁니다({sample})."})


def format_number(fmt: str, year: int, seq: int) -> str:
    return fmt.strip().format(year=year, seq=seq)


def preview_number(fmt: str, year: int) -> str:
    """The number before it is taken: "제 2026-____ 호"."""
    parts: list[str] = []
    for literal, name, spec, _conv in _format_fields(fmt.strip()):
        parts.append(literal)
        if name == "year":
            parts.append(format(year, spec or ""))
        elif name == "seq":
            width = re.search(r"(\d+)", spec or "")
            parts.append("_" * max(int(width.group(1)) if width else 0, 4))
    return "".join(parts)


# --- kinds ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KindData:
    name: str
    title: str
    statement: str
    needs_project: bool = False
    number_format: str = DEFAULT_NUMBER_FORMAT
    active: bool = True


@dataclass(frozen=True)
class KindInfo:
    id: int
    name: str
    title: str
    statement: str
    needs_project: bool
    number_format: str
    active: bool
    builtin: bool
    sort_order: int
    version: int
    issued: int  # certificates issued of this kind (reissues included)


class CertificateKinds:
    """The kinds of certificate: list, add, change (optimistic locking), delete."""

    def __init__(self, db: Database):
        self.db = db

    def items(self, active_only: bool = False) -> list[KindInfo]:
        with self.db.reading() as s:
            issued = (
                select(func.count(CertificateEntry.seq))
                .where(CertificateEntry.kind_id == CertificateKind.id, CertificateEntry.entry_type == "issue")
                .scalar_subquery()
            )
            stmt = select(CertificateKind, issued).order_by(CertificateKind.sort_order, CertificateKind.id)
            if active_only:
                stmt = stmt.where(CertificateKind.active.is_(True))
            return [_info(kind, count or 0) for kind, count in s.execute(stmt)]

    def get(self, kind_id: int) -> KindInfo:
        found = [k for k in self.items() if k.id == kind_id]
        if not found:
            raise NotFoundError(_GONE)
        return found[0]

    def by_name(self, name: str) -> KindInfo:
        """The kind of that name (as the app shows it); the message lists the names there are."""
        kinds = self.items()
        for kind in kinds:
            if kind.name == name.strip():
                return kind
        names = ", ".join(k.name for k in kinds) or "없음"
        raise NotFoundError(f"'{name}' 증명서 종류가 없습니다. 종류: {names}")

    def default(self, with_project: bool) -> KindInfo:
        """The first active kind that needs a project (with_project) or that does not."""
        for kind in self.items(active_only=True):
            if kind.needs_project == with_project:
                return kind
        raise NotFoundError(
            "과제가 필요한 증명서 종류가 없습니다."
            if with_project
            else "과제 없이 발급하는 증명서 종류가 없습니다."
        )

    def add(self, data: KindData) -> int:
        with self.db.transaction() as s:
            self._check(s, data, None)
            order = s.scalar(select(func.coalesce(func.max(CertificateKind.sort_order), -1) + 1)) or 0
            kind = CertificateKind(builtin=False, sort_order=order, version=1)
            _apply(kind, data)
            s.add(kind)
            s.flush()
            return kind.id

    def update(self, kind_id: int, data: KindData, expected_version: int) -> None:
        try:
            with self.db.transaction() as s:
                kind = s.get(CertificateKind, kind_id)
                if kind is None:
                    raise NotFoundError(_GONE)
                if kind.version != expected_version:
                    raise StaleRecordError()
                self._check(s, data, kind_id)
                _apply(kind, data)
        except StaleDataError as exc:
            raise StaleRecordError() from exc

    def delete(self, kind_id: int) -> None:
        with self.db.transaction() as s:
            kind = s.get(CertificateKind, kind_id)
            if kind is None:
                raise NotFoundError(_GONE)
            if kind.builtin:
                raise UserError(
                    f"'{kind.name}'은(는) 기본 종류라 삭제할 수 없습니다. 쓰지 않으려면 '사용 안 함'으로 바꾸십시오."
                )
            issued = s.scalar(
                select(func.count(CertificateEntry.seq)).where(CertificateEntry.kind_id == kind_id)
            )
            if issued:
                raise UserError(
                    f"'{kind.name}' 종류로 발급한 인증서가 발급대장에 있어 삭제할 수 없습니다. "
                    "더 발급하지 않으려면 '사용 안 함'으로 바꾸십시오."
                )
            s.delete(kind)

    @staticmethod
    def _check(s: Session, data: KindData, own_id: int | None) -> None:
        errors: dict[str, str] = {}
        name, title = data.name.strip(), data.title.strip()
        if not name:
            errors["name"] = "이름: 종류 이름을 입력해 주십시오."
        elif len(name) > _NAME_LIMIT:
            errors["name"] = f"이름: {_NAME_LIMIT}자 이하로 입력해 주십시오."
        if not title:
            errors["title"] = "제목: 인증서에 찍힐 제목을 입력해 주십시오 (예: 협업인증서)."
        elif len(title) > _TITLE_LIMIT:
            errors["title"] = f"제목: {_TITLE_LIMIT}자 이하로 입력해 주십시오."
        for check in (
            lambda: check_template(data.statement, data.needs_project),
            lambda: check_number_format(data.number_format),
        ):
            try:
                check()
            except FieldErrors as exc:
                errors.update(exc.errors)
        others = s.execute(
            select(CertificateKind.id, CertificateKind.name, CertificateKind.number_format)
        ).all()
        for other_id, other_name, other_format in others:
            if other_id == own_id:
                continue
            if name and other_name == name:
                errors["name"] = f"이름: '{name}' 종류가 이미 있습니다."
            if "number_format" not in errors and _formats_collide(other_format, data.number_format):
                quoted = f"'{other_name}'"
                errors["number_format"] = (
                    f"번호 형식: {with_particle(quoted, '과')} 같습니다 (띄어쓰기나 줄표만 "
                    "다른 번호는 같은 번호로 찾습니다). 번호 하나가 인증서 하나를 가리키도록 "
                    "종류마다 다르게 정해 주십시오 (예: 제 {year}-확인-{seq:04d} 호)."
                )
        if errors:
            raise FieldErrors(errors)


# Sequences that cover every width a {seq:0Nd} may print: two formats that give the same key for
# any of them would give it for a real number too.
_SAMPLE_SEQS = (1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 99999)


def _formats_collide(one: str, other: str) -> bool:
    """Whether two number formats can give numbers that differ only in spaces, dashes or Unicode
    form (number_key): one typed number would then name two certificates."""
    if number_key(one) == number_key(other):
        return True
    try:
        mine = {number_key(format_number(one, 2026, n)) for n in _SAMPLE_SEQS}
        theirs = {number_key(format_number(other, 2026, n)) for n in _SAMPLE_SEQS}
    except (ValueError, IndexError, KeyError):
        return False  # a broken format is reported by check_number_format
    return bool(mine & theirs)


def _apply(kind: CertificateKind, data: KindData) -> None:
    kind.name = data.name.strip()
    kind.title = data.title.strip()
    kind.statement = data.statement.strip()
    kind.needs_project = data.needs_project
    kind.number_format = data.number_format.strip()
    kind.active = data.active


def _info(kind: CertificateKind, issued: int) -> KindInfo:
    return KindInfo(
        kind.id,
        kind.name,
        kind.title,
        kind.statement,
        kind.needs_project,
        kind.number_format,
        kind.active,
        kind.builtin,
        kind.sort_order,
        kind.version,
        issued,
    )


# --- issuer -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class IssuerSettings:
    organisation: str = ""  # 발급기관, e.g. 경기기계협업그룹
    issuer_title: str = ""  # 회장, 이사장 …
    issuer_name: str = ""
    group_name: str = ""  # {그룹명}; empty: the organisation
    border: bool = True
    version: int = 0  # as read; pass it back to save()

    @property
    def signer_line(self) -> str:
        """The line the seal is stamped over: "회장 김 영 수" (a short name spaced out)."""
        name = self.issuer_name.strip()
        if name and " " not in name and len(name) <= 4:
            name = " ".join(name)
        return " ".join(p for p in (self.issuer_title.strip(), name) if p)

    @property
    def group(self) -> str:
        return self.group_name.strip() or self.organisation.strip()


class IssuerService:
    """Who issues: the organisation and signer (in the database, shared by every PC), and the seal
    and logo images (files in this PC's data folder, carried over by the handover package)."""

    def __init__(self, db: Database):
        self.db = db

    def get(self) -> IssuerSettings:
        with self.db.reading() as s:
            row = s.get(CertificateSettings, 1)
            if row is None:
                return IssuerSettings()
            return IssuerSettings(
                row.organisation, row.issuer_title, row.issuer_name, row.group_name, row.border, row.version
            )

    def save(self, data: IssuerSettings, expected_version: int | None = None) -> None:
        """Store the issuer; with `expected_version` (data.version as read by default), refuse with
        StaleRecordError when another PC saved meanwhile."""
        expected = data.version if expected_version is None else expected_version
        fields = {
            "organisation": (data.organisation.strip(), 200, "발급기관"),
            "issuer_title": (data.issuer_title.strip(), 100, "직위"),
            "issuer_name": (data.issuer_name.strip(), 100, "대표자 이름"),
            "group_name": (data.group_name.strip(), 200, "그룹명"),
        }
        errors = {
            key: f"{label}: {limit}자 이하로 입력해 주십시오."
            for key, (v, limit, label) in fields.items()
            if len(v) > limit
        }
        if errors:
            raise FieldErrors(errors)
        try:
            with self.db.transaction() as s:
                row = s.get(CertificateSettings, 1)
                if row is None:
                    row = CertificateSettings(id=1, version=1)
                    s.add(row)
                elif row.version != expected:
                    raise StaleRecordError()
                for key, (value, _, _) in fields.items():
                    setattr(row, key, value)
                row.border = data.border
        except StaleDataError as exc:
            raise StaleRecordError() from exc

    # --- images ---------------------------------------------------------------------------
    @staticmethod
    def seal_path() -> Path:
        return data_dir() / SEAL_FILE

    @staticmethod
    def logo_path() -> Path:
        return data_dir() / LOGO_FILE

    def set_seal(self, source: str | os.PathLike[str]) -> Path:
        """Copy a PNG (checked: readable, a PNG) into the data folder as the seal; an earlier seal is
        kept beside it as seal-old-<time>.png, as certificates issued with it may be asked about."""
        return _place_image(
            Path(source), self.seal_path(), CertificateLook(seal_png=Path(source)), keep_old=True
        )

    def set_logo(self, source: str | os.PathLike[str] | None) -> Path | None:
        """Copy a PNG into the data folder as the certificates' logo; None removes the logo."""
        target = self.logo_path()
        if source is None:
            target.unlink(missing_ok=True)
            return None
        return _place_image(Path(source), target, CertificateLook(logo_png=Path(source)), keep_old=False)

    def look(self, require_seal: bool = True) -> CertificateLook:
        """How certificates look now; with `require_seal`, a missing or unusable seal (or logo) raises
        a UserError naming it. Call before any number is taken."""
        seal, logo = self.seal_path(), self.logo_path()
        if require_seal and not seal.exists():
            raise UserError(
                f"직인 이미지가 없습니다({seal}). 설정에서 직인 이미지(투명 배경 PNG)를 지정한 뒤 발급해 주십시오."
            )
        look = CertificateLook(
            seal_png=seal if seal.exists() else None,
            logo_png=logo if logo.exists() else None,
            border=self.get().border,
        )
        if require_seal:
            check_look(look)
        return look


def _place_image(source: Path, target: Path, look: CertificateLook, keep_old: bool) -> Path:
    check_look(look)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        if keep_old and target.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            shutil.copy2(target, target.with_name(f"{target.stem}-old-{stamp}{target.suffix}"))
        fd, temp = create_temp_beside(target)
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as data:
                shutil.copyfileobj(data, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StorageError(
            f"이미지를 데이터 폴더에 복사하지 못했습니다: {target} ({exc.strerror or exc})"
        ) from exc
    return target
