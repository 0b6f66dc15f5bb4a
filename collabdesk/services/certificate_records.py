"""The certificate register (발급대장) as stored: appending a chained entry, finding a certificate by
its number, its present status (valid, revoked, replaced), verifying a number and code, and the
register's rows filtered in the database. Used by collabdesk.services.certificates. No Qt here."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from collabdesk.db import audit
from collabdesk.db.audit import user_name
from collabdesk.db.models import CertificateEntry, CertificateKind
from collabdesk.documents.certificate_pdf import CertificatePage
from collabdesk.documents.certificate_register import RegisterRow
from collabdesk.documents.pdf_common import date_text
from collabdesk.errors import NotFoundError, UserError
from collabdesk.services.certificate_chain import (
    GENESIS,
    HASHED_FIELDS,
    ISSUE,
    REVOKE,
    ChainReport,
    entry_hash,
    entry_label,
    normalize_code,
    number_key,
    row_fits,
    show_code,
)
from collabdesk.services.certificate_templates import with_particle

STATUS_VALID, STATUS_REVOKED, STATUS_REPLACED = "유효", "취소", "재발급됨"
STATUSES = (STATUS_VALID, STATUS_REVOKED, STATUS_REPLACED)
VALID, REVOKED, REPLACED, UNKNOWN = "valid", "revoked", "replaced", "unknown"
# Verify found the certificate, but its register entry (or its revocation or replacement) does not
# match its own hashes: the register was changed outside the program.
TAMPERED = "tampered"
REGISTER_CHANGED = "발급대장이 바뀌었습니다 — 대장 검사를 하십시오"
# The table the audit log's anchors of the register are written under (see append_entry).
ANCHOR_TABLE = "certificate_entries"
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


LOCK_WAIT = 10.0  # seconds another PC's issue may hold the register before this one gives up
BUSY = "다른 PC에서 증명서를 발급하고 있습니다. 잠시 뒤 다시 하십시오."


def lock_register(s: Session, wait: float | None = None) -> None:
    """One register writer at a time (PostgreSQL; SQLite's write transaction already is). Tried for
    `wait` seconds (LOCK_WAIT), not forever: a PC that hangs in the middle of a batch must not freeze
    every other PC's window."""
    if s.get_bind().dialect.name != "postgresql":
        return
    deadline = time.monotonic() + (LOCK_WAIT if wait is None else wait)
    while not s.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": _LOCK_KEY}):
        if time.monotonic() >= deadline:
            raise UserError(BUSY)
        time.sleep(0.1)


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
    key = number_key(fields["number"]) if fields["number"] else None
    entry = CertificateEntry(**fields, number_key=key, prev_hash=prev, entry_hash=entry_hash(fields, prev))
    s.add(entry)
    s.flush()
    # The newest entry, also in the append-only audit log: removing the newest entries from the
    # register alone is then seen by the chain check (certificate_chain, audit_anchor).
    label = entry_label(entry.entry_type, entry.number, entry.revokes)
    audit.log_event(
        s.connection(),
        audit.CREATE,
        ANCHOR_TABLE,
        f"발급대장 {entry.seq}번 항목: {label}",
        None,
        record_id=entry.seq,
        changes={"entry_hash": entry.entry_hash},
    )
    return entry


def audit_anchor(s: Session) -> tuple[int, str] | None:
    """(seq, entry_hash) of the newest register entry the audit log recorded, or None."""
    row = s.execute(
        text(
            "SELECT record_id, changes FROM audit_log WHERE table_name = :table AND action = :action "
            "ORDER BY record_id DESC LIMIT 1"
        ),
        {"table": ANCHOR_TABLE, "action": audit.CREATE},
    ).first()
    if row is None:
        return None
    try:
        digest = json.loads(row.changes).get("entry_hash")
    except (ValueError, AttributeError):
        digest = None
    return (int(row.record_id), digest) if isinstance(digest, str) else None


@contextlib.contextmanager
def readable(number: str = "") -> Iterator[None]:
    """Turn a register value the program could not have written (a date that is not one, read with
    the ORM) into a Korean message instead of a crash."""
    try:
        yield
    except (ValueError, TypeError) as exc:
        where = f"{number.strip()}: " if number.strip() else ""
        raise UserError(
            f"{where}발급대장에 프로그램이 쓰지 않은 값(읽을 수 없는 날짜나 숫자)이 있습니다. "
            f"{REGISTER_CHANGED}."
        ) from exc


def fits(entry: CertificateEntry | None) -> bool:
    """Whether a register entry still matches its own hashes (None: nothing to check)."""
    if entry is None:
        return True
    return row_fits(
        {column.name: getattr(entry, column.key) for column in CertificateEntry.__table__.columns}
    )


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
    """The issue entry of a number, compared by number_key: '제2026–0001호' finds '제 2026-0001 호'.
    Raises when the number is not there, or names more than one certificate (possible only for
    entries from before migration 0011, whose keys got '#seq'; typed exactly, one is found)."""
    wanted = number_key(number)
    found: list[CertificateEntry] = []
    if wanted:
        with readable(number):
            found = list(
                s.scalars(
                    select(CertificateEntry)
                    .where(
                        CertificateEntry.entry_type == ISSUE,
                        or_(
                            CertificateEntry.number_key == wanted,
                            CertificateEntry.number_key.startswith(wanted + "#", autoescape=True),
                        ),
                    )
                    .order_by(CertificateEntry.seq)
                )
            )
    if not found:
        raise NotFoundError(f"발급대장에 {number.strip() or '(빈 번호)'} 번호가 없습니다.")
    if len(found) > 1:
        exact = [entry for entry in found if entry.number == number.strip()]
        if len(exact) == 1:
            return exact[0]
        raise UserError(
            f"{number.strip()}: 띄어쓰기나 줄표만 다른 번호의 증명서가 {len(found)}개 있습니다 "
            f"({', '.join(str(entry.number) for entry in found)}). 증명서에 찍힌 그대로 입력해 주십시오."
        )
    return found[0]


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
        return f"{date_text(new.issue_date)} {with_particle(found.replaced_by, '으로')} 재발급되어 효력 없음"
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
    (by which number), or unknown — also when the code does not match the number. An entry (or its
    revocation or replacement) that no longer matches its own hashes answers TAMPERED."""
    try:
        entry: CertificateEntry | None = find_issue(s, number)
    except NotFoundError:
        entry = None
    if entry is None or entry.verification_code != normalize_code(code):
        return VerifyResult(
            UNKNOWN, f"{number.strip()}: 발급대장에 없는 번호이거나 확인코드가 맞지 않습니다."
        )
    with readable(number):
        status, revocation, replacement = status_of(s, entry)
        if not (fits(entry) and fits(revocation) and fits(replacement)):
            return VerifyResult(
                TAMPERED,
                f"{entry.number}: {REGISTER_CHANGED}. 이 증명서가 유효한지 지금은 답할 수 없습니다.",
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
            f"{found.number}: {with_particle(found.replaced_by, '으로')} 재발급되어 효력이 없는 인증서입니다.",
            found,
        )
    return VerifyResult(
        VALID,
        f"{found.number}: 유효한 인증서입니다 ({found.kind}, {found.company}, {date_text(found.issue_date)} 발급).",
        found,
    )


def register_word(issue: type[CertificateEntry], word: str) -> ColumnElement[bool]:
    """One word of the register's search: in the number, the company, the 사업자등록번호 (with or
    without its dashes), the project or the role."""
    return or_(
        *(
            column.contains(word, autoescape=True)
            for column in (issue.number, issue.company, issue.business_number, issue.project_name, issue.role)
        ),
        func.replace(issue.business_number, "-", "").contains(word, autoescape=True),
    )


def entry_status(revoke: type[CertificateEntry], replacement: type[CertificateEntry]) -> ColumnElement[str]:
    """An issue entry's present status, from its revocation and replacement joined beside it."""
    return case(
        (revoke.seq.is_not(None), STATUS_REVOKED),
        (replacement.seq.is_not(None), STATUS_REPLACED),
        else_=STATUS_VALID,
    )


def register_in(s: Session, flt: RegisterFilter) -> list[RegisterRow]:
    """Issued certificates in register order with their present status, filtered in the database."""
    issue, revoke, replacement = (aliased(CertificateEntry) for _ in range(3))
    status = entry_status(revoke, replacement)
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
        stmt = stmt.where(register_word(issue, word))
    with readable():
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
