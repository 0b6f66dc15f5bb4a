"""A certificate filled in for one member before it is numbered: the checks (the member's fields
the page and the template need, the project and the member's role in its current agreement) and
the values of the placeholders; the projects a member can be certified for, and the plan of a
project's batch (who gets one, who is skipped and why, what stops it). Used by
collabdesk.services.certificates. No Qt here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from collabdesk.db.models import Agreement, AgreementParty, CertificateKind, Member, Project
from collabdesk.documents.certificate_pdf import CertificatePage
from collabdesk.documents.pdf_common import date_text
from collabdesk.domain import STATUS_LEFT
from collabdesk.errors import NotFoundError, UserError
from collabdesk.services.certificate_templates import (
    IssuerSettings,
    fill_template,
    placeholders_in,
    with_particle,
)


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


class MemberProject(NamedTuple):
    """A project whose current agreement names the member, with the member's roles in it."""

    project_id: int
    project_name: str
    roles: str  # "금형, 사출"; "" when the agreement gives none


class BatchTarget(NamedTuple):
    member_id: int
    company: str  # the member's name now, as the certificate will carry it
    role: str


@dataclass(frozen=True)
class BatchPlan:
    """What a project's batch would do: the members who get a certificate (in agreement order), the
    participants skipped ("한국기계연구원: 회원사가 아닌 참여 기관(연구기관)이라 건너뜀"), and what
    stops the batch (a member's missing field, an unusable kind, no member to receive one …)."""

    project_name: str
    targets: list[BatchTarget] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def roles_text(party: AgreementParty) -> str:
    return ", ".join(r.role for r in party.roles)


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
            .options(selectinload(AgreementParty.roles))
            .order_by(AgreementParty.sort_order)
        )
    )


def member_projects(s: Session, member_id: int) -> list[MemberProject]:
    """The projects whose current (latest) agreement version has the member as a party, found by the
    member's id whatever its name is now; newest start first, as the project list shows them."""
    latest = (
        select(Agreement.project_id, func.max(Agreement.number).label("number"))
        .group_by(Agreement.project_id)
        .subquery()
    )
    stmt = (
        select(Project.id, Project.name, AgreementParty)
        .join(Agreement, Agreement.project_id == Project.id)
        .join(latest, (latest.c.project_id == Agreement.project_id) & (latest.c.number == Agreement.number))
        .join(AgreementParty, AgreementParty.agreement_id == Agreement.id)
        .where(AgreementParty.member_id == member_id)
        .options(selectinload(AgreementParty.roles))
        .order_by(Project.start_on.desc().nulls_last(), Project.id.desc(), AgreementParty.sort_order)
    )
    found: dict[int, MemberProject] = {}
    for project_id, name, party in s.execute(stmt):
        found.setdefault(project_id, MemberProject(project_id, name, roles_text(party)))
    return list(found.values())


def plan_batch(
    s: Session, kind: CertificateKind, issuer: IssuerSettings, project_id: int, issue_date: dt.date
) -> BatchPlan:
    """Who of the project's current agreement gets a certificate of `kind`: outside parties
    (universities, institutes …) and withdrawn members are skipped; every other member is checked as
    issuing would check it. Nothing is numbered."""
    project = s.get(Project, project_id)
    if project is None:
        raise NotFoundError("과제를 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다.")
    plan = BatchPlan(project.name)
    parties = current_parties(s, project_id)
    if not parties:
        plan.problems.append(f"'{project.name}' 과제에 협약이 없어 인증서를 발급할 참여 기업이 없습니다.")
        return plan
    members = {
        m.id: m
        for m in s.scalars(select(Member).where(Member.id.in_([p.member_id for p in parties if p.member_id])))
    }
    for party in parties:
        member = members.get(party.member_id) if party.member_id is not None else None
        if member is None:
            plan.skipped.append(f"{party.name}: 회원사가 아닌 참여 기관({party.partner_kind})이라 건너뜀")
        elif member.status == STATUS_LEFT:
            plan.skipped.append(f"{member.name}: 탈퇴한 회원사라 건너뜀")
        else:
            plan.targets.append(BatchTarget(member.id, member.name, roles_text(party)))
    if not kind.active:
        plan.problems.append(inactive_kind(kind))
    elif not kind.needs_project:
        plan.problems.append(
            f"{_named(kind.name)} 과제 없이 발급하는 종류라 과제 참여 기업에 일괄 발급할 수 없습니다."
        )
    elif not plan.targets:
        plan.problems.append(f"'{project.name}' 과제의 현재 협약에 인증서를 받을 회원사가 없습니다.")
    else:
        known = {project_id: parties}
        for target in plan.targets:
            try:
                prepare(s, kind, issuer, Target(target.member_id, project_id), issue_date, known)
            except NotFoundError:
                raise
            except UserError as exc:
                plan.problems.append(str(exc))
    plan.problems[:] = dict.fromkeys(plan.problems)  # a fault of the kind's template is said once
    return plan


def inactive_kind(kind: CertificateKind) -> str:
    return f"{_named(kind.name)} 사용하지 않는 종류입니다. 설정에서 사용으로 바꾼 뒤 발급해 주십시오."


def prepare(
    s: Session,
    kind: CertificateKind,
    issuer: IssuerSettings,
    target: Target,
    issue_date: dt.date,
    parties: dict[int, list[AgreementParty]] | None = None,
) -> Draft:
    """The certificate filled in for one member; a UserError names what is missing. `parties`: the
    current agreements' parties by project, filled as they are read, shared by a whole batch (read
    once, not once per member)."""
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
            raise UserError(f"{_named(kind.name)} 협업 과제를 골라야 발급할 수 있습니다.")
        project = s.get(Project, target.project_id)
        if project is None:
            raise NotFoundError("과제를 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다.")
        if parties is None:
            parties = {}
        if project.id not in parties:
            parties[project.id] = current_parties(s, project.id)
        party = next((p for p in parties[project.id] if p.member_id == member.id), None)
        if party is None:
            raise UserError(f"{member.name}: '{project.name}' 과제의 현재 협약 참여 기업이 아닙니다.")
        project_name, role = project.name, roles_text(party)
    elif target.project_id is not None:
        raise UserError(f"{_named(kind.name)} 과제 없이 발급하는 종류입니다. 과제를 빼고 발급해 주십시오.")
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


def _named(name: str) -> str:
    """'협업인증서'는, '회원확인서'는: a kind's name in quotes with the particle that fits."""
    return with_particle(f"'{name}'", "은")
