"""The certificate register (발급대장) as stored: appending a chained entry, finding a certificate by
its number, its present status (valid, revoked, replaced), verifying a number and code, and the
register's rows filtered in the database. Used by collabdesk.services.certificates. No Qt here."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from collabdesk.db.audit import user_name
from collabdesk.db.models import CertificateEntry, CertificateKind
from collabdesk.documents.certificate_pdf import CertificatePage
from collabdesk.documents.certificate_register import RegisterRow
from collabdesk.documents.pdf_common import date_text
from collabdesk.errors import NotFoundError
from collabdesk.services.certificate_chain import (
    GENESIS,
    HASHED_FIELDS,
    ISSUE,
    REVOKE,
    ChainReport,
    entry_hash,
    normalize_code,
    normalize_number,
    show_code,
)

STATUS_VALID, STATUS_REVOKED, STATUS_REPLACED = "유효", "취소", "재발급됨"
STATUSES = (STATUS_VALID, STATUS_REVOKED, STATUS_REPLACED)
VALID, REVOKED, REPLACED, UNKNOWN = "valid", "revoked", "replaced", "unknown"
QR_HEADER = "CollabDesk 증명서"
_LOCK_KEY = 710_008  # pg_advisory_xact_lock: one register writer at a time


@dataclass(frozen=True)
class CertificateStatus:
    number: str
    kind: str
    company: str
    business_number: str
    project: str
    role: str
    issue_date: dt.date
    status: str  # 유효 / 취소 / 재발급됨
    revoked_on: dt.date | None
    reason: str  # of the revocation; of the reissue for a valid reissued one
    replaced_by: str
    replaces: str


@dataclass(frozen=True)
class VerifyResult:
    outcome: str  # VALID / REVOKED / REPLACED / UNKNOWN
    message: str  # one Korean sentence
    certificate: CertificateStatus | None = None  # None when unknown


@dataclass(frozen=True)
class RegisterFilter:
    year: int | None = None
    kind: str | None = None  # a kind's name
    text: str = ""  # in the number, company, 사업자등록번호, project or role
    status: str | None = None  # 유효 / 취소 / 재발급됨
    member_id: int | None = None
    project_id: int | None = None


def qr_text(number: str, code: str) -> str:
    return f"{QR_HEADER}\n번호: {number}\n확인코드: {code}"


def parse_qr_text(scanned: str) -> tuple[str, str] | None:
    """(number, code) from what a scanner read off a certificate's QR code, or None."""
    number = re.search(r"번호:\s*(.+)", scanned)
    code = re.search(r"확인코드:\s*([0-9A-Za-z-]+)", scanned)
    return (number.group(1).strip(), code.group(1).strip()) if number and code else None


def lock_register(s: Session) -> None:
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})


def append_entry(s: Session, **values: Any) -> CertificateEntry:
    """Append one entry to the register, chained to the newest one (the caller holds the lock)."""
    last = s.execute(
        select(CertificateEntry.seq, CertificateEntry.entry_hash)
        .order_by(CertificateEntry.seq.desc())
        .limit(1)
    ).first()
    fields: dict[str, Any] = {key: None for key in HASHED_FIELDS}
    for key in ("kind_name", "company", "business_number", "project_name", "role", "reason"):
        fields[key] = ""
    fields.update(content="", content_hash="", verification_code="")
    fields.update(values)
    fields["seq"] = (last.seq + 1) if last is not None else 1
    fields["issued_by"] = user_name(s.connection())[:100]
    fields["created_at"] = dt.datetime.now().replace(microsecond=0)
    prev = last.entry_hash if last is not None else GENESIS
    entry = CertificateEntry(**fields, prev_hash=prev, entry_hash=entry_hash(fields, prev))
    s.add(entry)
    s.flush()
    return entry


def last_issued(s: Session, kind_id: int, year: int) -> tuple[int | None, dt.date | None]:
    """(the highest sequence, the latest issue date) of a kind's certificates in a year, (None, None)
    before the first. The next number is the sequence + 1: a revoked or replaced one still counts."""
    last_seq, last_date = s.execute(
        select(func.max(CertificateEntry.number_seq), func.max(CertificateEntry.issue_date)).where(
            CertificateEntry.kind_id == kind_id,
            CertificateEntry.year == year,
            CertificateEntry.entry_type == ISSUE,
        )
    ).one()
    return last_seq, last_date


def find_issue(s: Session, number: str) -> CertificateEntry:
    """The issue entry of a number (spaces do not matter: '제2026-0001호' finds '제 2026-0001 호')."""
    wanted = normalize_number(number)
    entry = (
        s.scalar(
            select(CertificateEntry).where(
                CertificateEntry.entry_type == ISSUE,
                func.replace(CertificateEntry.number, " ", "") == wanted,
            )
        )
        if wanted
        else None
    )
    if entry is None:
        raise NotFoundError(f"발급대장에 {number.strip() or '(빈 번호)'} 번호가 없습니다.")
    return entry


def status_of(
    s: Session, entry: CertificateEntry
) -> tuple[str, CertificateEntry | None, CertificateEntry | None]:
    """(status, the revocation, the replacing issue) of an issued certificate."""
    revocation = s.scalar(
        select(CertificateEntry).where(
            CertificateEntry.entry_type == REVOKE, CertificateEntry.revokes == entry.number
        )
    )
    replacement = s.scalar(
        select(CertificateEntry).where(
            CertificateEntry.entry_type == ISSUE, CertificateEntry.replaces == entry.number
        )
    )
    if revocation is not None:
        return STATUS_REVOKED, revocation, replacement
    if replacement is not None:
        return STATUS_REPLACED, None, replacement
    return STATUS_VALID, None, None


def certificate_status(s: Session, entry: CertificateEntry) -> CertificateStatus:
    status, revocation, replacement = status_of(s, entry)
    assert entry.number is not None and entry.issue_date is not None
    return CertificateStatus(
        number=entry.number,
        kind=entry.kind_name,
        company=entry.company,
        business_number=entry.business_number,
        project=entry.project_name,
        role=entry.role,
        issue_date=entry.issue_date,
        status=status,
        revoked_on=revocation.revoked_on if revocation is not None else None,
        reason=revocation.reason if revocation is not None else entry.reason,
        replaced_by=replacement.number or "" if replacement is not None else "",
        replaces=entry.replaces or "",
    )


def void_note(s: Session, found: CertificateStatus) -> str | None:
    if found.status == STATUS_REVOKED and found.revoked_on is not None:
        return f"{date_text(found.revoked_on)} 취소 — 사유: {found.reason}"
    if found.status == STATUS_REPLACED:
        new = find_issue(s, found.replaced_by)
        return f"{date_text(new.issue_date)} {found.replaced_by}(으)로 재발급되어 효력 없음"
    return None


def stored_page(content: str, void_note: str | None) -> CertificatePage:
    data = json.loads(content)
    return CertificatePage(
        number=data["number"],
        title=data["title"],
        fields=tuple((str(label), str(value)) for label, value in data["fields"]),
        statement=data["statement"],
        issue_date=dt.date.fromisoformat(data["issue_date"]),
        issuer_org=data["issuer_org"],
        issuer_title=data["issuer_title"],
        verification_code=data["verification_code"],
        qr_text=data["qr_text"],
        void_note=void_note,
    )


def _register_row(
    entry: CertificateEntry,
    status: str,
    revoked_on: dt.date | None,
    revoke_reason: str | None,
    replacement: tuple[str | None, dt.date | None, str | None],
) -> RegisterRow:
    replaced_by, replaced_on, replaced_reason = replacement
    assert entry.number is not None and entry.issue_date is not None
    return RegisterRow(
        seq=entry.seq,
        number=entry.number,
        kind=entry.kind_name,
        company=entry.company,
        business_number=entry.business_number,
        project=entry.project_name,
        role=entry.role,
        issue_date=entry.issue_date,
        issued_by=entry.issued_by,
        status=status,
        revoked_on=revoked_on,
        reason=revoke_reason if revoke_reason is not None else entry.reason,
        replaces=entry.replaces or "",
        replaced_by=replaced_by or "",
        verification_code=show_code(entry.verification_code),
        content_hash=entry.content_hash,
        replaced_on=replaced_on,
        replaced_reason=replaced_reason or "",
    )


def verify_in(s: Session, number: str, code: str) -> VerifyResult:
    """Whether a certificate shown to someone is genuine: valid, revoked (when, why), replaced
    (by which number), or unknown — also when the code does not match the number."""
    try:
        entry: CertificateEntry | None = find_issue(s, number)
    except NotFoundError:
        entry = None
    if entry is None or entry.verification_code != normalize_code(code):
        return VerifyResult(
            UNKNOWN, f"{number.strip()}: 발급대장에 없는 번호이거나 확인코드가 맞지 않습니다."
        )
    found = certificate_status(s, entry)
    if found.status == STATUS_REVOKED:
        assert found.revoked_on is not None
        return VerifyResult(
            REVOKED,
            f"{found.number}: {date_text(found.revoked_on)} 취소된 인증서입니다 (사유: {found.reason}).",
            found,
        )
    if found.status == STATUS_REPLACED:
        return VerifyResult(
            REPLACED,
            f"{found.number}: {found.replaced_by}(으)로 재발급되어 효력이 없는 인증서입니다.",
            found,
        )
    return VerifyResult(
        VALID,
        f"{found.number}: 유효한 인증서입니다 ({found.kind}, {found.company}, {date_text(found.issue_date)} 발급).",
        found,
    )


def register_in(s: Session, flt: RegisterFilter) -> list[RegisterRow]:
    """Issued certificates in register order with their present status, filtered in the database."""
    issue, revoke, replacement = (aliased(CertificateEntry) for _ in range(3))
    status = case(
        (revoke.seq.is_not(None), STATUS_REVOKED),
        (replacement.seq.is_not(None), STATUS_REPLACED),
        else_=STATUS_VALID,
    )
    stmt = (
        select(
            issue,
            status,
            revoke.revoked_on,
            revoke.reason,
            replacement.number,
            replacement.issue_date,
            replacement.reason,
        )
        .outerjoin(revoke, (revoke.revokes == issue.number) & (revoke.entry_type == REVOKE))
        .outerjoin(replacement, (replacement.replaces == issue.number) & (replacement.entry_type == ISSUE))
        .where(issue.entry_type == ISSUE)
        .order_by(issue.seq)
    )
    if flt.year is not None:
        stmt = stmt.where(issue.year == flt.year)
    if flt.kind:
        named = select(CertificateKind.id).where(CertificateKind.name == flt.kind.strip())
        stmt = stmt.where(or_(issue.kind_id.in_(named), issue.kind_name == flt.kind.strip()))
    if flt.status:
        stmt = stmt.where(status == flt.status)
    if flt.member_id is not None:
        stmt = stmt.where(issue.member_id == flt.member_id)
    if flt.project_id is not None:
        stmt = stmt.where(issue.project_id == flt.project_id)
    for word in flt.text.split():
        stmt = stmt.where(
            or_(
                *(
                    column.contains(word, autoescape=True)
                    for column in (
                        issue.number,
                        issue.company,
                        issue.business_number,
                        issue.project_name,
                        issue.role,
                    )
                ),
                func.replace(issue.business_number, "-", "").contains(word, autoescape=True),
            )
        )
    return [
        _register_row(entry, state, revoked_on, reason, (replaced_by, replaced_on, replaced_reason))
        for entry, state, revoked_on, reason, replaced_by, replaced_on, replaced_reason in s.execute(stmt)
    ]


def chain_note(report: ChainReport) -> str:
    """The chain check as the printed register states it (it anchors the chain on paper)."""
    if not report.ok:
        return f"발급대장 검사: 이상 있음 — {report.message}"
    if not report.count:
        return "발급대장 검사: 이상 없음 (항목 없음)"
    return (
        f"발급대장 검사: 이상 없음 · 항목 {report.count}개 · "
        f"마지막 항목 {report.last_seq}번 검사값 {report.last_hash}"
    )
