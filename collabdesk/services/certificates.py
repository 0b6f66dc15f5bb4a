"""Certificates (협업인증서, 회원확인서 and the user's own kinds) and their register (발급대장). No Qt here.

Issuing is one transaction: everything is checked first (the issuer, the seal image, the kind's
template, every member's fields), then the numbers are taken (the next one of the kind and year, max
+ 1, inside the transaction), the entries appended to the hash-chained register, and the PDF
rendered — all before the commit. A render that fails rolls everything back, so a number exists only
for a certificate that was really made. With `out`, the PDF goes to a temporary file beside it
before the commit too, and takes its place after: a folder that cannot be written stops the issue
before any number is taken.

Two PCs on one PostgreSQL database: the register is serialised by a transaction-level advisory
lock (tried for a few seconds, then a Korean message), and a unique-key conflict (the same seq or
number taken meanwhile; Database.transaction raises ConflictError) retries the whole issue. On
SQLite the write transaction holds the file's write lock from its start.

Removing the newest entries leaves a chain that is whole; after each append and each clean check
the newest entry is anchored outside the register (this PC's data folder, register_anchor, and the
audit log, certificate_records.append_entry), and check_chain compares. What that cannot see:
someone who removes the newest entries from the register *and* the audit log's anchors (both are
append-only by triggers they would have to drop) and checks on a PC that never saw those entries;
a PostgreSQL session with `session_replication_role = replica`, which skips every trigger, is
caught only by these anchors and the hashes. A restore of an older backup forgets this PC's anchor
(db/backup.finish_restore); the audit log's anchor is restored with the database.

The register only grows: a revocation and a reissue are new entries naming an earlier number, and
the database refuses UPDATE and DELETE on it (migration 0008). See certificate_chain for the hashes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from collabdesk.db import register_anchor
from collabdesk.db.engine import Database
from collabdesk.db.models import AgreementParty, CertificateEntry, Member
from collabdesk.documents import certificate_register
from collabdesk.documents.certificate_pdf import (
    CertificateLook,
    CertificatePage,
    certificate_pdf_bytes,
    write_certificates,
)
from collabdesk.documents.certificate_register import RegisterRow
from collabdesk.documents.files import cannot_save, create_temp_beside
from collabdesk.documents.pdf_common import OPENED_IN, date_text
from collabdesk.errors import ConflictError, NotFoundError, UserError
from collabdesk.services.certificate_chain import (
    ISSUE,
    REVOKE,
    Anchor,
    ChainReport,
    canonical,
    check_entries,
    guards_in_place,
    new_code,
    number_key,
    register_rows,
    sha256_text,
    show_code,
)
from collabdesk.services.certificate_drafts import (
    BatchPlan,
    BatchTarget,
    Draft,
    MemberProject,
    Target,
    inactive_kind,
    kind_of,
    member_projects,
    page_of,
    plan_batch,
    prepare,
)
from collabdesk.services.certificate_records import (
    QR_HEADER,
    REGISTER_CHANGED,
    REPLACED,
    REVOKED,
    STATUS_REPLACED,
    STATUS_REVOKED,
    STATUS_VALID,
    STATUSES,
    TAMPERED,
    UNKNOWN,
    VALID,
    CertificateStatus,
    RegisterFilter,
    VerifyResult,
    append_entry,
    audit_anchor,
    certificate_status,
    chain_note,
    find_issue,
    fits,
    last_issued,
    lock_register,
    parse_qr_text,
    qr_text,
    readable,
    register_in,
    status_of,
    stored_page,
    verify_in,
    void_note,
)
from collabdesk.services.certificate_templates import (
    CertificateKinds,
    IssuerService,
    IssuerSettings,
    check_number_format,
    format_number,
    preview_number,
    with_particle,
)

# Importers of this module find the register's names here too.
__all__ = [
    "QR_HEADER",
    "REPLACED",
    "REVOKED",
    "STATUSES",
    "STATUS_REPLACED",
    "STATUS_REVOKED",
    "STATUS_VALID",
    "TAMPERED",
    "UNKNOWN",
    "VALID",
    "BatchPlan",
    "BatchTarget",
    "CertificateService",
    "CertificateStatus",
    "IssueResult",
    "IssuedCertificate",
    "MemberProject",
    "PdfNotSaved",
    "RegisterFilter",
    "VerifyResult",
    "parse_qr_text",
]

REGISTER_TITLE = "증명서 발급대장"
PREVIEW_CODE = "____-____"
MAX_REASON = 500
_ATTEMPTS = 3


@dataclass(frozen=True)
class IssuedCertificate:
    seq: int  # the register entry
    number: str
    code: str  # as printed: XXXX-XXXX
    kind: str
    member_id: int
    company: str
    project_id: int | None
    project_name: str
    role: str
    issue_date: dt.date
    replaces: str | None
    page: CertificatePage


class PdfNotSaved(UserError):
    """The certificates were issued (numbered, recorded, committed) but their PDF could not be put
    in place; `result` says what was issued, so that its numbers and codes can still be told."""

    def __init__(self, message: str, result: IssueResult):
        super().__init__(message)
        self.result = result


@dataclass(frozen=True)
class IssueResult:
    """What one issue or batch made: the certificates, the parties left out, and the PDF (one page each;
    empty when recorded without rendering)."""

    issued: list[IssuedCertificate]
    skipped: list[str] = field(default_factory=list)
    pdf: bytes = field(default=b"", repr=False)


class CertificateService:
    """Issue, revoke, reissue, verify and reprint certificates; the register and its chain check.
    `kinds` edits the kinds (templates), `issuer` the issuer settings and the seal and logo."""

    def __init__(self, db: Database):
        self.db = db
        self.kinds = CertificateKinds(db)
        self.issuer = IssuerService(db)

    # --- issuing ---------------------------------------------------------------------------
    def preview(
        self, member_id: int, kind_id: int, project_id: int | None = None, issue_date: dt.date | None = None
    ) -> CertificatePage:
        """The page as it would be issued, without a number ("제 2026-____ 호") or code. Raises
        what issue() would for a missing field or an unknown placeholder."""
        issue_date = issue_date or dt.date.today()
        issuer = self._issuer()
        with self.db.reading() as s:
            kind = kind_of(s, kind_id)
            draft = prepare(s, kind, issuer, Target(member_id, project_id), issue_date)
            number = preview_number(kind.number_format, issue_date.year)
            return page_of(kind.title, draft, number, PREVIEW_CODE, "미리 보기 (발급 전)", issuer, issue_date)

    def next_number(self, kind_id: int | None, year: int, number_format: str | None = None) -> str:
        """The number the next certificate of the kind issued in `year` gets, as issuing takes it (the
        year's highest sequence of the kind + 1; a revoked or replaced number is never reused). With
        `number_format`, that number in another format (one being edited); `kind_id` None: a kind not
        saved yet, whose first number is 1. Another PC may take it first: it is a preview."""
        if number_format is not None:
            check_number_format(number_format)  # FieldErrors({"number_format": …}) as saving says it
        elif kind_id is None:
            raise ValueError("a kind not saved yet has no number format of its own")
        last_seq, fmt = None, number_format
        if kind_id is not None:
            with self.db.reading() as s:
                kind = kind_of(s, kind_id)
                last_seq = last_issued(s, kind.id, year)[0]
                fmt = number_format if number_format is not None else kind.number_format
        assert fmt is not None
        return format_number(fmt, year, (last_seq or 0) + 1)

    def issue(
        self,
        member_id: int,
        kind_id: int,
        project_id: int | None = None,
        issue_date: dt.date | None = None,
        *,
        out: str | os.PathLike[str] | None = None,
        render: bool = True,
    ) -> IssuedCertificate:
        """Number and record one certificate and render it; with `out`, also save the PDF there.
        `render=False` records without a PDF and needs no seal (the sample data only)."""
        result = self._issue(kind_id, [Target(member_id, project_id)], issue_date, out, None, render)
        return result.issued[0]

    def issue_result(
        self,
        member_id: int,
        kind_id: int,
        project_id: int | None = None,
        issue_date: dt.date | None = None,
        *,
        out: str | os.PathLike[str] | None = None,
    ) -> IssueResult:
        """issue(), returning the rendered PDF with the certificate (for preview and printing)."""
        return self._issue(kind_id, [Target(member_id, project_id)], issue_date, out, None, True)

    def projects_of(self, member_id: int) -> list[MemberProject]:
        """The projects a certificate that needs one can name for this member: those whose current
        agreement version has it as a party (by id, so a member renamed since still finds them), each
        with its roles there; newest start first."""
        with self.db.reading() as s:
            return member_projects(s, member_id)

    def batch_plan(
        self, project_id: int, kind_id: int | None = None, issue_date: dt.date | None = None
    ) -> BatchPlan:
        """What issue_batch() would do, without numbering anything: the members who get a certificate,
        the participants skipped and why, and what would stop the batch (said, not raised). Raises only
        for a project or kind that is not there, or an issuer not set. `kind_id` None: as issue_batch."""
        issue_date = issue_date or dt.date.today()
        if kind_id is None:
            kind_id = self.kinds.default(with_project=True).id
        issuer = self._issuer()
        with self.db.reading() as s:
            return plan_batch(s, kind_of(s, kind_id), issuer, project_id, issue_date)

    def issue_batch(
        self,
        project_id: int,
        kind_id: int | None = None,
        issue_date: dt.date | None = None,
        *,
        out: str | os.PathLike[str] | None = None,
        progress: Callable[[int, int], bool] | None = None,
        render: bool = True,
    ) -> IssueResult:
        """A certificate for every member company of the project's current agreement, in one PDF,
        one transaction. Outside parties (universities, institutes …) and withdrawn members are
        skipped and reported (see batch_plan). `kind_id` None: the first active kind that needs a
        project."""
        if kind_id is None:
            kind_id = self.kinds.default(with_project=True).id
        plan = self.batch_plan(project_id, kind_id, issue_date)
        if plan.problems:
            raise UserError("\n".join(plan.problems))
        targets = [Target(t.member_id, project_id) for t in plan.targets]
        # Checked again under the register's lock, as another PC may change a member meanwhile.
        result = self._issue(kind_id, targets, issue_date, out, progress, render)
        return IssueResult(result.issued, plan.skipped, result.pdf)

    def reissue(
        self,
        number: str,
        reason: str,
        issue_date: dt.date | None = None,
        *,
        out: str | os.PathLike[str] | None = None,
        render: bool = True,
    ) -> IssuedCertificate:
        """A new certificate, with a new number and the member's present data, replacing a valid one;
        the old number then verifies as replaced (by the new one)."""
        return self._reissue(number, reason, issue_date, out, render).issued[0]

    def reissue_result(
        self,
        number: str,
        reason: str,
        issue_date: dt.date | None = None,
        *,
        out: str | os.PathLike[str] | None = None,
    ) -> IssueResult:
        """reissue(), returning the rendered PDF with the certificate (for preview and printing)."""
        return self._reissue(number, reason, issue_date, out, True)

    def _reissue(
        self,
        number: str,
        reason: str,
        issue_date: dt.date | None,
        out: str | os.PathLike[str] | None,
        render: bool,
    ) -> IssueResult:
        reason = _reason(reason, "재발급 사유")
        with self.db.reading() as s:
            old = find_issue(s, number)
            status, _, _ = status_of(s, old)
            if status != STATUS_VALID:
                raise UserError(
                    f"{with_particle(str(old.number), '은')} 이미 {status} 상태라 재발급할 수 없습니다."
                )
            assert old.kind_id is not None and old.member_id is not None
            if s.get(Member, old.member_id) is None:
                raise UserError(
                    f"{old.company}: 회원사가 삭제되어 재발급할 수 없습니다. 새로 발급해 주십시오."
                )
            target = Target(old.member_id, old.project_id)
            kind_id, old_number = old.kind_id, old.number
        assert old_number is not None
        return self._issue(kind_id, [target], issue_date, out, None, render, (old_number, reason))

    def _issue(
        self,
        kind_id: int,
        targets: Sequence[Target],
        issue_date: dt.date | None,
        out: str | os.PathLike[str] | None,
        progress: Callable[[int, int], bool] | None,
        render: bool,
        replacing: tuple[str, str] | None = None,
    ) -> IssueResult:
        if out is not None and not render:
            raise ValueError("a certificate recorded without rendering has no PDF to save")
        issue_date = issue_date or dt.date.today()
        if issue_date > dt.date.today():
            raise UserError(f"발급일 {date_text(issue_date)}이(가) 오늘보다 뒤입니다.")
        issuer = self._issuer()
        # The seal (and logo) are checked before anything is numbered; a missing one stops here.
        look = self.issuer.look(require_seal=True) if render else None
        pending = _PendingFile(Path(out)) if out is not None else None
        issued: list[IssuedCertificate] = []
        pdf = b""
        newest: tuple[int, str] | None = None
        try:
            for attempt in range(_ATTEMPTS):
                try:
                    with self.db.transaction() as s:
                        issued, newest = self._record(
                            s, kind_id, targets, issuer, issue_date, look, replacing
                        )
                        pdf = _render([c.page for c in issued], look, progress) if look is not None else b""
                        if pending is not None:
                            pending.write(pdf)
                    break
                except ConflictError:
                    # Another PC took the same seq or number meanwhile (PostgreSQL): start over.
                    if attempt + 1 < _ATTEMPTS:
                        continue
                    raise
            self._anchor(newest)
            if pending is not None:
                try:
                    pending.commit()
                except UserError as exc:
                    raise PdfNotSaved(str(exc), IssueResult(issued, [], pdf)) from exc
        finally:
            if pending is not None:
                pending.discard()
        return IssueResult(issued, [], pdf)

    def _anchor(self, newest: tuple[int, str] | None) -> None:
        """Remember the newest entry outside the database (after the commit: an anchor ahead of the
        register would read as entries removed)."""
        if newest is not None and not self.db.read_only_note:
            register_anchor.write_anchor(register_anchor.database_identity(self.db.url), *newest)

    def _record(
        self,
        s: Session,
        kind_id: int,
        targets: Sequence[Target],
        issuer: IssuerSettings,
        issue_date: dt.date,
        look: CertificateLook | None,
        replacing: tuple[str, str] | None,
    ) -> tuple[list[IssuedCertificate], tuple[int, str] | None]:
        """The certificates numbered and appended, and the newest entry's (seq, entry_hash)."""
        lock_register(s)
        if replacing is not None:
            # Checked again under the lock: another PC may have revoked or reissued it meanwhile.
            status, _, _ = status_of(s, find_issue(s, replacing[0]))
            if status != STATUS_VALID:
                raise UserError(
                    f"{with_particle(replacing[0], '은')} 이미 {status} 상태라 재발급할 수 없습니다."
                )
        kind = kind_of(s, kind_id)
        if not kind.active:
            raise UserError(inactive_kind(kind))
        drafts: list[Draft] = []
        problems: list[str] = []
        parties: dict[int, list[AgreementParty]] = {}  # read once per project, not once per member
        for target in targets:
            try:
                drafts.append(prepare(s, kind, issuer, target, issue_date, parties))
            except NotFoundError:
                raise
            except UserError as exc:
                problems.append(str(exc))
        if problems:
            raise UserError("\n".join(problems))
        # Everything is checked: the numbers are taken from here on.
        year = issue_date.year
        last_seq, last_date = last_issued(s, kind.id, year)
        if last_date is not None and issue_date < last_date:
            raise UserError(
                f"발급일 {date_text(issue_date)}이(가) 이 종류의 마지막 발급일 {date_text(last_date)}보다 "
                "앞섭니다. 번호 순서와 날짜 순서가 어긋나지 않도록 그날 이후로 발급해 주십시오."
            )
        seal_digest = (
            hashlib.sha256(look.seal_png.read_bytes()).hexdigest() if look and look.seal_png else None
        )
        issued: list[IssuedCertificate] = []
        newest: tuple[int, str] | None = None
        for n, draft in enumerate(drafts, 1):
            number_seq = (last_seq or 0) + n
            number = format_number(kind.number_format, year, number_seq)
            taken = s.scalar(
                select(CertificateEntry.number).where(CertificateEntry.number_key == number_key(number))
            )
            if taken is not None:
                raise UserError(
                    f"번호 {with_particle(number, '은')} 이미 다른 종류에서 쓰였습니다"
                    f"{'' if taken == number else f' ({taken})'}. '{kind.name}' 종류의 번호 형식을 "
                    "다른 종류와 겹치지 않게 (띄어쓰기나 줄표만 다르지 않게) 바꿔 주십시오."
                )
            code = new_code()
            qr = qr_text(number, show_code(code))
            page = page_of(kind.title, draft, number, show_code(code), qr, issuer, issue_date)
            content = canonical(
                {
                    "format": 1,
                    "kind": kind.name,
                    "title": page.title,
                    "number": number,
                    "fields": [list(f) for f in page.fields],
                    "statement": page.statement,
                    "issue_date": issue_date.isoformat(),
                    "issuer_org": page.issuer_org,
                    "issuer_title": page.issuer_title,
                    "verification_code": page.verification_code,
                    "qr_text": page.qr_text,
                    "seal_sha256": seal_digest,
                }
            )
            entry = append_entry(
                s,
                entry_type=ISSUE,
                number=number,
                replaces=replacing[0] if replacing else None,
                kind_id=kind.id,
                kind_name=kind.name,
                year=year,
                number_seq=number_seq,
                member_id=draft.member_id,
                company=draft.company,
                business_number=draft.business_number,
                project_id=draft.project_id,
                project_name=draft.project_name,
                role=draft.role,
                issue_date=issue_date,
                reason=replacing[1] if replacing else "",
                content=content,
                content_hash=sha256_text(content),
                verification_code=code,
            )
            newest = (entry.seq, entry.entry_hash)
            issued.append(
                IssuedCertificate(
                    entry.seq,
                    number,
                    show_code(code),
                    kind.name,
                    draft.member_id,
                    draft.company,
                    draft.project_id,
                    draft.project_name,
                    draft.role,
                    issue_date,
                    replacing[0] if replacing else None,
                    page,
                )
            )
        return issued, newest

    def _issuer(self) -> IssuerSettings:
        issuer = self.issuer.get()
        if not issuer.organisation.strip() or not issuer.issuer_name.strip():
            raise UserError(
                "발급기관과 대표자 이름이 설정되지 않았습니다. 증명서 설정에서 입력한 뒤 발급해 주십시오."
            )
        return issuer

    # --- revoking --------------------------------------------------------------------------
    def revoke(self, number: str, reason: str, revoked_on: dt.date | None = None) -> CertificateStatus:
        """Record that a certificate is revoked from `revoked_on` (today) for `reason`."""
        reason = _reason(reason, "취소 사유")
        revoked_on = revoked_on or dt.date.today()
        if revoked_on > dt.date.today():
            raise UserError(f"취소일 {date_text(revoked_on)}이(가) 오늘보다 뒤입니다.")
        with self.db.transaction() as s:
            lock_register(s)
            entry = find_issue(s, number)
            assert entry.number is not None
            status, _, replacement = status_of(s, entry)
            if status == STATUS_REVOKED:
                raise UserError(f"{with_particle(entry.number, '은')} 이미 취소되었습니다.")
            if replacement is not None:
                assert replacement.number is not None
                raise UserError(
                    f"{with_particle(entry.number, '은')} {with_particle(replacement.number, '으로')} "
                    "재발급되어 이미 효력이 없습니다. "
                    f"취소하려면 {with_particle(replacement.number, '을')} 취소해 주십시오."
                )
            assert entry.issue_date is not None
            if revoked_on < entry.issue_date:
                raise UserError(
                    f"취소일 {date_text(revoked_on)}이(가) 발급일 {date_text(entry.issue_date)}보다 앞섭니다."
                )
            revocation = append_entry(
                s,
                entry_type=REVOKE,
                revokes=entry.number,
                kind_id=entry.kind_id,
                kind_name=entry.kind_name,
                member_id=entry.member_id,
                company=entry.company,
                business_number=entry.business_number,
                project_id=entry.project_id,
                project_name=entry.project_name,
                role=entry.role,
                revoked_on=revoked_on,
                reason=reason,
            )
            s.flush()
            found = certificate_status(s, entry)
            newest = (revocation.seq, revocation.entry_hash)
        self._anchor(newest)
        return found

    # --- looking up ------------------------------------------------------------------------
    def status(self, number: str) -> CertificateStatus:
        with self.db.reading() as s:
            return certificate_status(s, find_issue(s, number))

    def verify(self, number: str, code: str) -> VerifyResult:
        """Whether a certificate shown to someone is genuine: valid, revoked (when, why), replaced
        (by which number), or unknown — also when the code does not match the number."""
        with self.db.reading() as s:
            return verify_in(s, number, code)

    def register(self, flt: RegisterFilter | None = None) -> list[RegisterRow]:
        """Issued certificates in register order with their present status, filtered in the database."""
        with self.db.reading() as s:
            return register_in(s, flt or RegisterFilter())

    def of_member(self, member_id: int) -> list[RegisterRow]:
        return self.register(RegisterFilter(member_id=member_id))

    def of_project(self, project_id: int) -> list[RegisterRow]:
        return self.register(RegisterFilter(project_id=project_id))

    def years(self) -> list[int]:
        """The years certificates were issued in, newest first (for the register's year filter)."""
        with self.db.reading() as s:
            return list(
                s.scalars(
                    select(CertificateEntry.year)
                    .where(CertificateEntry.entry_type == ISSUE)
                    .distinct()
                    .order_by(CertificateEntry.year.desc())
                )
            )

    # --- reprinting ------------------------------------------------------------------------
    def pages(self, numbers: Sequence[str]) -> list[CertificatePage]:
        """The certificates as issued (from the stored content, so they print as they did), a revoked
        or replaced one with its void note."""
        pages: list[CertificatePage] = []
        with self.db.reading() as s:
            for number in numbers:
                entry = find_issue(s, number)
                with readable(number):
                    _, revocation, replacement = status_of(s, entry)
                    if not (fits(entry) and fits(revocation) and fits(replacement)):
                        raise UserError(
                            f"{entry.number}: {REGISTER_CHANGED}. 바뀐 발급대장으로는 인증서를 다시 인쇄하지 않습니다."
                        )
                    found = certificate_status(s, entry)
                    pages.append(stored_page(entry.content, void_note(s, found)))
        return pages

    def pdf_bytes(self, numbers: Sequence[str]) -> bytes:
        """The certificates as one PDF in memory, for the preview and printing."""
        return certificate_pdf_bytes(self.pages(numbers), self.issuer.look(require_seal=True))

    def write_pdf(
        self,
        certificates: Sequence[str | IssuedCertificate],
        out: str | os.PathLike[str],
        progress: Callable[[int, int], bool] | None = None,
    ) -> None:
        """Save certificates (numbers, or what issue() returned) as one PDF, one page each."""
        if Path(out).suffix.lower() != ".pdf":
            raise UserError(f"{Path(out).name}: 인증서는 PDF(.pdf) 파일로만 저장할 수 있습니다.")
        numbers = [c if isinstance(c, str) else c.number for c in certificates]
        write_certificates(
            self.pages(numbers), self.issuer.look(require_seal=True), Path(out), progress=progress
        )

    # --- the register as a document and its chain -------------------------------------------
    def check_chain(self) -> ChainReport:
        """Walk the register's hash chain; the report names the first entry altered, removed or
        inserted outside the program."""
        identity = register_anchor.database_identity(self.db.url)
        anchors: list[Anchor] = []
        here = register_anchor.read_anchor(identity)
        if here is not None:
            anchors.append(Anchor("이 PC의 기록", *here))
        with self.db.reading() as s:
            logged = audit_anchor(s)
            if logged is not None:
                anchors.append(Anchor("변경 이력", *logged))
            conn = s.connection()
            report = check_entries(register_rows(conn), guards_in_place(conn), anchors)
        if report.ok and report.last_seq is not None:
            self._anchor((report.last_seq, report.last_hash))
        return report

    def chain_note(self, report: ChainReport | None = None) -> str:
        """The chain check as the printed register states it (it anchors the chain on paper)."""
        return chain_note(report or self.check_chain())

    def register_pdf(self, flt: RegisterFilter | None = None, title: str = REGISTER_TITLE) -> bytes:
        return certificate_register.register_pdf_bytes(
            self.register(flt), title=title, chain_note=self.chain_note()
        )

    def write_register(
        self, out: str | os.PathLike[str], flt: RegisterFilter | None = None, title: str = REGISTER_TITLE
    ) -> int:
        """Save the register as .xlsx or .pdf (by the file's extension); returns the rows written."""
        path = Path(out)
        suffix = path.suffix.lower()
        if suffix not in (".xlsx", ".pdf"):
            raise UserError(
                f"{path.name}: 발급대장은 엑셀(.xlsx) 또는 PDF(.pdf) 파일로만 저장할 수 있습니다."
            )
        rows = self.register(flt)
        if suffix == ".xlsx":
            certificate_register.write_register_xlsx(rows, path, title=title)
        else:
            certificate_register.write_register_pdf(rows, path, title=title, chain_note=self.chain_note())
        return len(rows)


# --- helpers -------------------------------------------------------------------------------------
def _reason(text_: str, label: str) -> str:
    reason = " ".join(text_.split())
    if not reason:
        raise UserError(f"{label}를 입력해 주십시오.")
    if len(reason) > MAX_REASON:
        raise UserError(f"{label}는 {MAX_REASON}자 이하로 입력해 주십시오.")
    return reason


def _render(
    pages: Sequence[CertificatePage], look: CertificateLook, progress: Callable[[int, int], bool] | None
) -> bytes:
    if progress is None:
        return certificate_pdf_bytes(pages, look)
    buffer = io.BytesIO()
    write_certificates(pages, look, buffer, progress=progress)
    return buffer.getvalue()


class _PendingFile:
    """A PDF written beside its target before the issue commits, put in place after."""

    def __init__(self, path: Path):
        if path.suffix.lower() != ".pdf":
            raise UserError(f"{path.name}: 인증서는 PDF(.pdf) 파일로만 저장할 수 있습니다.")
        self.path = path
        # What would fail only at the rename after the commit is refused now, before a number is taken.
        if path.is_dir():
            raise UserError(f"{path}: 폴더입니다. 인증서를 저장할 PDF 파일 이름을 정해 주십시오.")
        if path.exists() and not os.access(path, os.W_OK):
            raise UserError(f"{path}: 쓸 수 없는 파일입니다(읽기 전용). 다른 이름으로 저장해 주십시오.")
        try:
            self._fd, self._temp = create_temp_beside(path)
        except OSError as exc:
            raise cannot_save(path, exc, OPENED_IN) from exc
        self._done = False

    def write(self, data: bytes) -> None:
        try:
            os.ftruncate(self._fd, 0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]
            os.fsync(self._fd)
        except OSError as exc:
            raise cannot_save(self.path, exc, OPENED_IN) from exc

    def commit(self) -> None:
        os.close(self._fd)
        self._done = True
        try:
            os.replace(self._temp, self.path)
        except OSError as exc:
            Path(self._temp).unlink(missing_ok=True)
            raise UserError(
                f"인증서는 발급대장에 기록했지만 PDF를 저장하지 못했습니다: {self.path}. "
                "발급대장에서 다시 인쇄하거나, 명령줄에서 "
                "collabdesk certificate print 번호 --out 파일.pdf 로 다시 저장해 주십시오."
            ) from exc

    def discard(self) -> None:
        if not self._done:
            self._done = True
            os.close(self._fd)
            Path(self._temp).unlink(missing_ok=True)
