"""ORM models of the member directory. Schema changes go through Alembic migrations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Industry(Base):
    """업종: the federation's own category list."""

    __tablename__ = "industries"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class MemberClass(Base):
    """회원구분 (정회원/준회원/특별회원, editable)."""

    __tablename__ = "member_classes"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


group_members = Table(
    "group_members",
    Base.metadata,
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True),
)

member_tags = Table(
    "member_tags",
    Base.metadata,
    Column("member_id", ForeignKey("members.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Group(Base):
    """단위교류회, 분과, 클러스터 …; nested through parent_id (연합회 → 지역 → 그룹)."""

    __tablename__ = "groups"
    __table_args__ = (UniqueConstraint("parent_id", "name", name="uq_groups_parent_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(30), default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="RESTRICT"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class Tag(Base):
    """전문역량/주요제품 tags."""

    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Member(Base):
    __tablename__ = "members"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    # 회사명 without its legal form ((주), 주식회사, ㈜ …), so 가나다 order reads as people expect.
    sort_name: Mapped[str] = mapped_column(String(200), default="")
    ceo: Mapped[str] = mapped_column(String(100), default="")
    brn: Mapped[str] = mapped_column(String(12), unique=True)
    crn: Mapped[str] = mapped_column(String(14), default="")
    industry_id: Mapped[int | None] = mapped_column(
        ForeignKey("industries.id", ondelete="RESTRICT"), index=True
    )
    ksic_code: Mapped[str] = mapped_column(String(10), default="")
    postcode: Mapped[str] = mapped_column(String(5), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    fax: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    homepage: Mapped[str] = mapped_column(String(300), default="")
    founded_on: Mapped[dt.date | None] = mapped_column(Date)
    sales: Mapped[int | None] = mapped_column(BigInteger)
    employees: Mapped[int | None] = mapped_column(Integer)
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    member_class_id: Mapped[int | None] = mapped_column(
        ForeignKey("member_classes.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[str] = mapped_column(String(10), default="활동", index=True)  # 활동/휴면/탈퇴
    note: Mapped[str] = mapped_column(Text, default="")
    # Lower-cased text of every searchable field (contacts included); the search index reads it.
    search_doc: Mapped[str] = mapped_column(Text, default="")
    # The one- and two-character pieces of search_doc's words, for short search terms on SQLite.
    search_grams: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    version: Mapped[int] = mapped_column(Integer, default=1)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="member", cascade="all, delete-orphan", order_by="Contact.sort_order"
    )
    groups: Mapped[list[Group]] = relationship(secondary=group_members, order_by=Group.sort_order)
    tags: Mapped[list[Tag]] = relationship(secondary=member_tags, order_by=Tag.name)
    industry: Mapped[Industry | None] = relationship()
    member_class: Mapped[MemberClass | None] = relationship()

    __mapper_args__ = {"version_id_col": version}


class Contact(Base):
    """담당자 of a member company."""

    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    member: Mapped[Member] = relationship(back_populates="contacts")


Index("ix_members_status_name", Member.status, Member.name)
Index("ix_members_sort_name", Member.sort_name, Member.name)


class RosterProfile(Base):
    """A named column mapping for roster imports (header text → member field), as JSON."""

    __tablename__ = "roster_profiles"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    mapping: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class ImportBatch(Base):
    """One finished roster import, kept so that it can be undone as a whole."""

    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    file_name: Mapped[str] = mapped_column(String(260))
    sheet_name: Mapped[str] = mapped_column(String(100), default="")
    on_duplicate: Mapped[str] = mapped_column(String(10))  # skip / update
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    rejected_count: Mapped[int] = mapped_column(Integer, default=0)
    # Industries, member classes and groups the import added, as JSON {"industry": [ids], …}.
    created_catalog: Mapped[str] = mapped_column(Text, default="{}")
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    items: Mapped[list[ImportBatchItem]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", order_by="ImportBatchItem.id"
    )


class ImportBatchItem(Base):
    """A member an import created or changed; `before` holds the changed member's earlier fields (JSON)."""

    __tablename__ = "import_batch_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"), index=True)
    # No foreign key: the member may be deleted later, and the record of the import stays.
    member_id: Mapped[int] = mapped_column(Integer, index=True)
    # The number identifies the member too: SQLite may give a later member a deleted member's id.
    brn: Mapped[str] = mapped_column(String(12))
    action: Mapped[str] = mapped_column(String(10))  # created / updated
    name: Mapped[str] = mapped_column(String(200))
    version_before: Mapped[int | None] = mapped_column(Integer)  # of an updated member
    version_after: Mapped[int] = mapped_column(Integer)
    before: Mapped[str | None] = mapped_column(Text)

    batch: Mapped[ImportBatch] = relationship(back_populates="items")


class MeetingKind(Base):
    """회의 종류: 정기회의, 정기총회, 이사회, 세미나 … (an editable list)."""

    __tablename__ = "meeting_kinds"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Meeting(Base):
    __tablename__ = "meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("meeting_kinds.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="RESTRICT"), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    chair: Mapped[str] = mapped_column(String(100), default="")  # 의장
    secretary: Mapped[str] = mapped_column(String(100), default="")  # 서기
    notice_on: Mapped[dt.date | None] = mapped_column(Date)  # 소집 통지일
    opening: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(Text, default="")
    # Lower-cased text of the whole minutes, for the search over all minutes.
    search_doc: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The quorum (성원) rule's thresholds as the meeting was saved (validation.quorum.rule_code).
    quorum_rule_code: Mapped[str] = mapped_column(String(60), default="", server_default="")

    kind: Mapped[MeetingKind] = relationship()
    attendance: Mapped[list[MeetingAttendance]] = relationship(
        cascade="all, delete-orphan", order_by="MeetingAttendance.sort_order"
    )
    guests: Mapped[list[MeetingGuest]] = relationship(
        cascade="all, delete-orphan", order_by="MeetingGuest.sort_order"
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaItem.sort_order"
    )
    resolutions: Mapped[list[Resolution]] = relationship(
        cascade="all, delete-orphan", order_by="Resolution.number"
    )
    actions: Mapped[list[ActionItem]] = relationship(cascade="all, delete-orphan", order_by="ActionItem.id")

    __mapper_args__ = {"version_id_col": version}


class MeetingAttendance(Base):
    """One member company on a meeting's roll: 참석, 불참, 위임 (a proxy given) or 대리참석."""

    __tablename__ = "meeting_attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id", name="uq_meeting_attendance_member"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    # The company's name is kept too: the record stands even if the member is deleted later.
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), index=True)
    company: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(10))
    person: Mapped[str] = mapped_column(String(100), default="")
    proxy_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(String(300), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class MeetingGuest(Base):
    """Someone at a meeting who is not a member: a speaker, a partner, an agency."""

    __tablename__ = "meeting_guests"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(100), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class AgendaItem(Base):
    """안건 with its discussion."""

    __tablename__ = "meeting_agenda"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    discussion: Mapped[str] = mapped_column(Text, default="")


class Resolution(Base):
    """의결사항: 제n호 의안, its votes and result (computed by the rule, or overridden with a reason)."""

    __tablename__ = "meeting_resolutions"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    rule: Mapped[str] = mapped_column(String(30), default="일반 의결")
    yes: Mapped[int] = mapped_column(Integer)
    no: Mapped[int] = mapped_column(Integer)
    abstain: Mapped[int] = mapped_column(Integer, default=0)
    result_override: Mapped[str | None] = mapped_column(String(10))
    override_reason: Mapped[str] = mapped_column(String(300), default="")
    # The rule's thresholds when the result was decided (validation.quorum.rule_code); "" before 0005.
    rule_code: Mapped[str] = mapped_column(String(60), default="", server_default="")


class ActionItem(Base):
    """후속조치 decided at a meeting; open ones come up again at the group's next meetings."""

    __tablename__ = "action_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    what: Mapped[str] = mapped_column(String(500))
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="진행")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)


class QuorumRuleSetting(Base):
    """A group's rule for one kind of resolution (no group: the federation's default)."""

    __tablename__ = "quorum_rules"
    __table_args__ = (UniqueConstraint("group_id", "name", name="uq_quorum_rules_group_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(30))
    attendance_num: Mapped[int] = mapped_column(Integer)
    attendance_den: Mapped[int] = mapped_column(Integer)
    attendance_strict: Mapped[bool] = mapped_column(Boolean)
    approval_num: Mapped[int] = mapped_column(Integer)
    approval_den: Mapped[int] = mapped_column(Integer)
    approval_strict: Mapped[bool] = mapped_column(Boolean)
    approval_of_roll: Mapped[bool] = mapped_column(Boolean, default=False)
    proxies_count: Mapped[bool] = mapped_column(Boolean, default=True)


class TextBlock(Base):
    """A reusable sentence for minutes, e.g. "의장이 성원을 확인하고 개회를 선언함"."""

    __tablename__ = "text_blocks"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    body: Mapped[str] = mapped_column(Text)


# --- consortium projects (협업 컨소시엄) --------------------------------------------------------
class ProjectKind(Base):
    """과제 종류: ICMS 협업, 공동기술개발, 공동마케팅 … (an editable list)."""

    __tablename__ = "project_kinds"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ProjectRole(Base):
    """역할: R&D, 설계, 금형, 사출, 생산·제조 … (an editable list; agreements keep the name)."""

    __tablename__ = "project_roles"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Project(Base):
    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    item: Mapped[str] = mapped_column(String(300), default="")  # 사업 아이템
    kind_id: Mapped[int] = mapped_column(ForeignKey("project_kinds.id", ondelete="RESTRICT"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="RESTRICT"), index=True)
    lead_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    lead_name: Mapped[str] = mapped_column(String(200), default="")  # 주관기업, kept if deleted
    start_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="진행", index=True)
    stage: Mapped[str] = mapped_column(String(20), default="기획", index=True)
    support_program: Mapped[str] = mapped_column(String(200), default="")
    support_agency: Mapped[str] = mapped_column(String(200), default="")
    support_amount: Mapped[int | None] = mapped_column(BigInteger)  # 원
    note: Mapped[str] = mapped_column(Text, default="")
    search_doc: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    version: Mapped[int] = mapped_column(Integer, default=1)

    kind: Mapped[ProjectKind] = relationship()
    stages: Mapped[list[ProjectStage]] = relationship(
        cascade="all, delete-orphan", order_by="ProjectStage.reached_on"
    )
    agreements: Mapped[list[Agreement]] = relationship(
        cascade="all, delete-orphan", order_by="Agreement.number"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        cascade="all, delete-orphan", order_by="Milestone.sort_order"
    )
    outcomes: Mapped[list[Outcome]] = relationship(
        cascade="all, delete-orphan", order_by="Outcome.occurred_on"
    )

    __mapper_args__ = {"version_id_col": version}


class ProjectStage(Base):
    """The date a project reached a stage (기획, 개발, 생산, 판매·마케팅)."""

    __tablename__ = "project_stages"
    __table_args__ = (UniqueConstraint("project_id", "stage", name="uq_project_stages_project_stage"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(20))
    reached_on: Mapped[dt.date] = mapped_column(Date)


class Agreement(Base):
    """One version of a project's 협약: who takes part, in which roles, with which share. Versions
    are only ever added, never changed, so a later dispute can point at what was agreed."""

    __tablename__ = "agreements"
    __table_args__ = (UniqueConstraint("project_id", "number", name="uq_agreements_project_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, 3 … per project
    agreed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    parties: Mapped[list[AgreementParty]] = relationship(
        cascade="all, delete-orphan", order_by="AgreementParty.sort_order"
    )


class AgreementParty(Base):
    """A participant of one agreement version: a member company, or an outside partner."""

    __tablename__ = "agreement_parties"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(200))  # kept: the record stands if the member goes
    partner_kind: Mapped[str] = mapped_column(String(20), default="회원사")  # 회원사/대학/연구기관/기타
    share: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))  # 과실 배분 %, None when not set
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    roles: Mapped[list[AgreementRole]] = relationship(
        cascade="all, delete-orphan", order_by="AgreementRole.sort_order"
    )


class AgreementRole(Base):
    __tablename__ = "agreement_roles"
    id: Mapped[int] = mapped_column(primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("agreement_parties.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(50), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Milestone(Base):
    __tablename__ = "milestones"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Outcome(Base):
    """성과: 매출, 수출 계약, 특허 출원/등록, 신제품 출시, 공동 브랜드, 투자 유치."""

    __tablename__ = "outcomes"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    currency: Mapped[str] = mapped_column(String(3), default="KRW")
    description: Mapped[str] = mapped_column(Text, default="")

    members: Mapped[list[OutcomeMember]] = relationship(
        cascade="all, delete-orphan", order_by="OutcomeMember.sort_order"
    )


class OutcomeMember(Base):
    """A participant an outcome belongs to (the name kept if the member is deleted)."""

    __tablename__ = "outcome_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("outcomes.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


# --- audit history -------------------------------------------------------------------------------
class AuditEntry(Base):
    """One create, update or delete of a record, written by collabdesk.db.audit in the transaction
    that made the change. Append-only: triggers (migration 0007) refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    user_name: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(10))  # create / update / delete
    table_name: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[int] = mapped_column(Integer)
    # The record's name at the time (회사명, 회의명 …), so that a deleted record's history still reads.
    record_label: Mapped[str] = mapped_column(String(300), default="")
    # The record a child belongs to (a contact's member, a milestone's project …), for history panels.
    parent_table: Mapped[str | None] = mapped_column(String(50))
    parent_id: Mapped[int | None] = mapped_column(Integer)
    # JSON: {field: [old, new]} for an update, {field: value} for a create or a delete.
    changes: Mapped[str] = mapped_column(Text, default="{}")
    # What the change was part of (명부 가져오기 5번: 회원명부.xlsx …); None for a single edit.
    context: Mapped[str | None] = mapped_column(String(300))


Index("ix_audit_log_record", AuditEntry.table_name, AuditEntry.record_id)
Index("ix_audit_log_parent", AuditEntry.parent_table, AuditEntry.parent_id)


# --- certificates (협업인증서, 회원확인서 …) ---------------------------------------------------------
class CertificateKind(Base):
    """A kind of certificate: its printed title, statement template (with {회사명} … placeholders)
    and number format. Built-in kinds can be edited and deactivated but not deleted."""

    __tablename__ = "certificate_kinds"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    title: Mapped[str] = mapped_column(String(50))
    statement: Mapped[str] = mapped_column(Text)
    needs_project: Mapped[bool] = mapped_column(Boolean, default=False)
    number_format: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class CertificateSettings(Base):
    """The issuer as certificates print it (one row, shared by every PC of a PostgreSQL database).
    The seal and logo images are files in the data folder, not here."""

    __tablename__ = "certificate_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation: Mapped[str] = mapped_column(String(200), default="")  # 발급기관
    issuer_title: Mapped[str] = mapped_column(String(100), default="")  # 회장, 이사장 …
    issuer_name: Mapped[str] = mapped_column(String(100), default="")
    group_name: Mapped[str] = mapped_column(String(200), default="")  # {그룹명}; empty: the organisation
    border: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class CertificateEntry(Base):
    """One line of the 발급대장: an issue (a numbered certificate, reissues naming the number they
    replace) or a revocation (naming the number it revokes). Append-only (triggers of migration
    0008 refuse UPDATE and DELETE) and hash-chained: entry_hash covers the entry's fields and the
    previous entry's hash (collabdesk.services.certificate_chain)."""

    __tablename__ = "certificate_entries"
    __table_args__ = (
        UniqueConstraint("kind_id", "year", "number_seq", name="uq_certificate_entries_kind_year_seq"),
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entry_type: Mapped[str] = mapped_column(String(10))  # issue / revoke
    number: Mapped[str | None] = mapped_column(String(60), unique=True)  # an issue's number
    # The number as compared (certificate_chain.number_key: no spaces, one kind of dash), unique so
    # that one typed number names one certificate; not hashed (it follows from the number).
    number_key: Mapped[str | None] = mapped_column(String(80))
    revokes: Mapped[str | None] = mapped_column(String(60), unique=True)  # a revocation's number
    replaces: Mapped[str | None] = mapped_column(String(60), unique=True)  # a reissue's old number
    # No foreign keys to members or projects: the register outlives them, and it is never updated.
    kind_id: Mapped[int | None] = mapped_column(ForeignKey("certificate_kinds.id", ondelete="RESTRICT"))
    kind_name: Mapped[str] = mapped_column(String(50), default="")
    year: Mapped[int | None] = mapped_column(Integer)
    number_seq: Mapped[int | None] = mapped_column(Integer)  # the sequence within (kind, year)
    member_id: Mapped[int | None] = mapped_column(Integer, index=True)
    company: Mapped[str] = mapped_column(String(200), default="")
    business_number: Mapped[str] = mapped_column(String(12), default="")
    project_id: Mapped[int | None] = mapped_column(Integer, index=True)
    project_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")  # of a revocation or a reissue
    issued_by: Mapped[str] = mapped_column(String(100), default="")  # who made the entry
    content: Mapped[str] = mapped_column(Text, default="")  # JSON: everything the page prints
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    verification_code: Mapped[str] = mapped_column(String(8), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


Index("ix_certificate_entries_issue_date", CertificateEntry.issue_date)
Index("ix_certificate_entries_number_key", CertificateEntry.number_key, unique=True)


# --- disputes and mediation (분쟁조정) ----------------------------------------------------------
class DisputeType(Base):
    """분쟁 유형: 역할분담, 수익·과실배분, 납기 … (an editable list)."""

    __tablename__ = "dispute_types"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Mediator(Base):
    """조정위원: a person the secretariat asks to mediate (kept when inactive: cases name them)."""

    __tablename__ = "mediators"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    affiliation: Mapped[str] = mapped_column(String(200), default="")  # 소속·직위
    phone: Mapped[str] = mapped_column(String(30), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


dispute_case_mediators = Table(
    "dispute_case_mediators",
    Base.metadata,
    Column("case_id", ForeignKey("dispute_cases.id", ondelete="CASCADE"), primary_key=True),
    Column("mediator_id", ForeignKey("mediators.id", ondelete="RESTRICT"), primary_key=True, index=True),
)


class DisputeCase(Base):
    """One mediation case. Never deleted: one entered by mistake is closed as 취하 or 각하, so that
    its number (YYYY-조정-NNN, a sequence per year of receipt) is never given again. Its texts are
    confidential (collabdesk.services.dispute_access); the audit log keeps which fields changed only."""

    __tablename__ = "dispute_cases"
    __table_args__ = (UniqueConstraint("year", "seq", name="uq_dispute_cases_year_seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    type_id: Mapped[int] = mapped_column(ForeignKey("dispute_types.id", ondelete="RESTRICT"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"), index=True)
    project_name: Mapped[str] = mapped_column(String(200), default="")  # kept if the project goes
    # The agreement version in force that the dispute is about (its number kept beside it).
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id", ondelete="SET NULL"))
    agreement_number: Mapped[int | None] = mapped_column(Integer)
    claim_summary: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[int | None] = mapped_column(BigInteger)  # 원
    status: Mapped[str] = mapped_column(String(10), default="접수", index=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome_text: Mapped[str] = mapped_column(Text, default="")  # 조정 내용
    # The agreement version made from the outcome (create_agreement_from_outcome).
    outcome_agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id", ondelete="SET NULL"))
    target_days: Mapped[int] = mapped_column(Integer, default=60)  # 처리 기간, from received_on
    search_doc: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    version: Mapped[int] = mapped_column(Integer, default=1)

    dispute_type: Mapped[DisputeType] = relationship()
    parties: Mapped[list[DisputeParty]] = relationship(
        cascade="all, delete-orphan", order_by="DisputeParty.sort_order"
    )
    mediators: Mapped[list[Mediator]] = relationship(
        secondary=dispute_case_mediators, order_by=lambda: (Mediator.sort_order, Mediator.id)
    )
    sessions: Mapped[list[DisputeSession]] = relationship(
        cascade="all, delete-orphan", order_by=lambda: (DisputeSession.held_on, DisputeSession.id)
    )
    status_changes: Mapped[list[DisputeStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="DisputeStatusChange.id"
    )
    extensions: Mapped[list[DisputeExtension]] = relationship(
        cascade="all, delete-orphan", order_by="DisputeExtension.id"
    )

    __mapper_args__ = {"version_id_col": version}


class DisputeParty(Base):
    """신청인 or 피신청인: a member company (its name, 대표자 and address kept as of the save) or an
    outside party named by hand."""

    __tablename__ = "dispute_parties"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_cases.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(10))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    representative: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class DisputeSession(Base):
    """조정기일: one sitting of the mediation."""

    __tablename__ = "dispute_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_cases.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")


class DisputeStatusChange(Base):
    """One step of a case's workflow (접수 → 조정진행 → 조정성립 …), dated, with its note."""

    __tablename__ = "dispute_status_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_cases.id", ondelete="CASCADE"), index=True)
    changed_on: Mapped[dt.date] = mapped_column(Date)
    from_status: Mapped[str] = mapped_column(String(10), default="")  # "" for the receipt itself
    to_status: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class DisputeExtension(Base):
    """An extension of a case's processing period, with its reason."""

    __tablename__ = "dispute_extensions"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_cases.id", ondelete="CASCADE"), index=True)
    extended_on: Mapped[dt.date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class DisputeSettings(Base):
    """The mediation password (one row, shared by every PC of a PostgreSQL database): only a salt
    and a key-derivation hash, with the function's name and parameters. Empty hash: no password."""

    __tablename__ = "dispute_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    kdf: Mapped[str] = mapped_column(String(20), default="")  # scrypt
    kdf_params: Mapped[str] = mapped_column(String(200), default="")  # JSON
    salt: Mapped[str] = mapped_column(String(64), default="")  # hex
    password_hash: Mapped[str] = mapped_column(String(128), default="")  # hex
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
