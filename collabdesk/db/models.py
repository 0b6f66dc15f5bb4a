"""ORM models of the member directory. Schema changes go through Alembic migrations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
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
