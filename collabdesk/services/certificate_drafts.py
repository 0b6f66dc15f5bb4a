"""A certificate filled in for one member before it is numbered: the checks (the member's fields
the page and the template need, the project and the member's role in its current agreement) and
the values of the placeholders. Used by collabdesk.services.certificates. No Qt here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collabdesk.db.models import Agreement, AgreementParty, CertificateKind, Member, Project
from collabdesk.documents.certificate_pdf import CertificatePage
from collabdesk.documents.pdf_common import date_text
from collabdesk.domain import STATUS_LEFT
from collabdesk.errors import NotFoundError, UserError
from collabdesk.services.certificate_templates import IssuerSettings, fill_template, placeholders_in


@dataclass(frozen=True)
class Target:
    member_id: int
    project_id: int | None


@dataclass(frozen=True)
class Draft:
    """One certificate checked and filled in, before it has a number."""

    member_id: int
    company: str
    business_number: str
    project_id: int | None
    project_name: str
    role: str
    fields: tuple[tuple[str, str], ...]
    statement: str


def kind_of(s: Session, kind_id: int) -> CertificateKind:
    kind = s.get(CertificateKind, kind_id)
    if kind is None:
        raise NotFoundError("증명서 종류를 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다.")
    return kind


def current_parties(s: Session, project_id: int) -> list[AgreementParty]:
    latest = select(func.max(Agreement.number)).where(Agreement.project_id == project_id).scalar_subquery()
    return list(
        s.scalars(
            select(AgreementParty)
            .join(Agreement, Agreement.id == AgreementParty.agreement_id)
            .where(Agreement.project_id == project_id, Agreement.number == latest)
            .order_by(AgreementParty.sort_order)
        )
    )


def prepare(
    s: Session, kind: CertificateKind, issuer: IssuerSettings, target: Target, issue_date: dt.date
) -> Draft:
    """The certificate filled in for one member; a UserError names what is missing."""
    try:
        used = placeholders_in(kind.statement)
    except UserError as exc:
        raise UserError(f"'{kind.name}' 종류의 {exc}") from exc
    member = s.get(Member, target.member_id)
    if member is None:
        raise NotFoundError("회원사를 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다.")
    if member.status == STATUS_LEFT:
        raise UserError(f"{member.name}: 탈퇴한 회원사에는 발급할 수 없습니다.")
    project_name, role = "", ""
    if kind.needs_project:
        if target.project_id is None:
            raise UserError(f"'{kind.name}'은(는) 협업 과제를 골라야 발급할 수 있습니다.")
        project = s.get(Project, target.project_id)
        if project is None:
            raise NotFoundError("과제를 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다.")
        party = next((p for p in current_parties(s, project.id) if p.member_id == member.id), None)
        if party is None:
            raise UserError(f"{member.name}: '{project.name}' 과제의 현재 협약 참여 기업이 아닙니다.")
        project_name, role = project.name, ", ".join(r.role for r in party.roles)
    elif target.project_id is not None:
        raise UserError(f"'{kind.name}'은(는) 과제 없이 발급하는 종류입니다. 과제를 빼고 발급해 주십시오.")
    values = {
        "업체명": member.name,
        "회사명": member.name,
        "대표자": member.ceo.strip(),
        "사업자등록번호": member.brn,
        "주소": member.address.strip(),
        "과제명": project_name,
        "역할": role,
        "가입일": date_text(member.joined_on),
        "그룹명": issuer.group,
        "발급일": date_text(issue_date),
        "발급기관": issuer.organisation.strip(),
    }
    fields = [("업체명", member.name), ("대표자", values["대표자"]), ("사업자등록번호", member.brn)]
    fields.append(("주소", values["주소"]))
    if kind.needs_project:
        fields += [("과제명", project_name), ("역할", role)]
    needed = dict.fromkeys([label for label, _ in fields] + used)
    missing = [name for name in needed if not values.get(name)]
    if missing:
        where = "협약의 역할" if missing == ["역할"] else "회원사 정보"
        raise UserError(
            f"{member.name}: {', '.join(missing)}이(가) 비어 있어 발급할 수 없습니다. "
            f"{where}에 입력한 뒤 다시 발급해 주십시오."
        )
    statement = " ".join(fill_template(kind.statement, values).split())
    return Draft(
        member.id,
        member.name,
        member.brn,
        target.project_id if kind.needs_project else None,
        project_name[:200],
        role[:200],
        tuple(fields),
        statement,
    )


def page_of(
    title: str,
    draft: Draft,
    number: str,
    code: str,
    qr: str,
    issuer: IssuerSettings,
    issue_date: dt.date,
) -> CertificatePage:
    return CertificatePage(
        number=number,
        title=title,
        fields=draft.fields,
        statement=draft.statement,
        issue_date=issue_date,
        issuer_org=issuer.organisation.strip(),
        issuer_title=issuer.signer_line,
        verification_code=code,
        qr_text=qr,
    )
