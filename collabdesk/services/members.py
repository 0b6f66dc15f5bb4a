"""Member companies: create, read, change, withdraw, delete, and the paged list the table shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import ColumnElement, delete, func, insert, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from collabdesk.db.bulk import insert_columns, insert_rows
from collabdesk.db.engine import Database
from collabdesk.db.models import (
    Contact,
    Group,
    Industry,
    Member,
    MemberClass,
    Tag,
    group_members,
    member_tags,
)
from collabdesk.db.search_index import deferred_member_index
from collabdesk.domain import STATUS_ACTIVE, STATUS_LEFT
from collabdesk.errors import FieldErrors, NotFoundError, StaleRecordError
from collabdesk.services.groups import group_paths
from collabdesk.services.member_query import MemberFilter, search_grams, where_clause
from collabdesk.validation.member import (
    ContactData,
    MemberData,
    sort_name,
    validate_member,
)

# The member's own fields in the order lists, CSV and spreadsheets show them.
EXPORT_COLUMNS: list[tuple[str, str]] = [
    ("name", "회사명"),
    ("ceo", "대표자"),
    ("brn", "사업자등록번호"),
    ("crn", "법인등록번호"),
    ("industry", "업종"),
    ("ksic_code", "KSIC 코드"),
    ("tags", "전문역량/주요제품"),
    ("postcode", "우편번호"),
    ("address", "주소"),
    ("phone", "전화"),
    ("fax", "팩스"),
    ("email", "이메일"),
    ("homepage", "홈페이지"),
    ("founded_on", "설립일"),
    ("sales", "매출액"),
    ("employees", "종업원수"),
    ("joined_on", "가입일"),
    ("left_on", "탈퇴일"),
    ("member_class", "회원구분"),
    ("status", "상태"),
    ("groups", "소속그룹"),
    ("note", "비고"),
]
TAG_SEPARATOR = ", "
# Above this many matches, walking the 회사명 index beats sorting all matches (measured at 100,000).
ORDER_SCAN_MIN = 2000
GROUP_SEPARATOR = "; "
BULK_CHUNK = 2000


@dataclass(frozen=True)
class MemberRow:
    """One line of the member table."""

    id: int
    name: str
    ceo: str
    brn: str
    industry: str
    member_class: str
    status: str
    phone: str
    address: str
    tags: str
    joined_on: dt.date | None
    sales: int | None
    employees: int | None


@dataclass
class MemberDetail:
    id: int
    version: int
    data: MemberData


# Sort keys the table offers, mapped to what the database orders by.
SORT_COLUMNS: dict[str, Any] = {
    "name": Member.sort_name,
    "ceo": Member.ceo,
    "brn": Member.brn,
    "industry": Industry.sort_order,
    "member_class": MemberClass.sort_order,
    "status": Member.status,
    "phone": Member.phone,
    "address": Member.address,
    "joined_on": Member.joined_on,
    "sales": Member.sales,
    "employees": Member.employees,
}


def quote_group(path: str) -> str:
    """A group path as a list cell writes it: in double quotes when it holds a separator."""
    if any(ch in path for ch in ',;"\n'):
        return '"' + path.replace('"', '""') + '"'
    return path


def build_search_doc(data: MemberData) -> str:
    """The lower-cased text the search index reads: 회사명, 대표자, 번호, 전문역량, 주소, 담당자."""
    parts = [data.name, data.ceo, data.brn, data.brn.replace("-", ""), data.address, data.phone, *data.tags]
    for contact in data.contacts:
        parts.extend([contact.name, contact.phone, contact.email])
    return " ".join(p for p in parts if p).lower()


class MemberService:
    def __init__(self, db: Database):
        self.db = db

    # --- reading -------------------------------------------------------------------------
    def count(self, flt: MemberFilter) -> int:
        with self.db.reading() as s:
            return s.scalar(select(func.count(Member.id)).where(where_clause(s, flt))) or 0

    def page(
        self,
        flt: MemberFilter,
        offset: int = 0,
        limit: int = 200,
        sort: str = "name",
        descending: bool = False,
        total: int | None = None,
    ) -> list[MemberRow]:
        """Rows offset..offset+limit of the filtered, sorted list (only what the table shows).

        `total`, the count of matches when the caller knows it, lets a large result in 회사명 order be
        read along the 회사명 index instead of sorting every match first."""
        with self.db.reading() as s:
            key = SORT_COLUMNS.get(sort, Member.sort_name)
            order_scan = key is Member.sort_name and total is not None and total > ORDER_SCAN_MIN
            order: list[ColumnElement[Any]] = [key.desc() if descending else key.asc()]
            if key is not Member.sort_name:
                order.append(Member.sort_name.asc())
            order.extend([Member.name.asc(), Member.id.asc()])
            stmt = (
                select(
                    Member.id,
                    Member.name,
                    Member.ceo,
                    Member.brn,
                    Industry.name.label("industry"),
                    MemberClass.name.label("member_class"),
                    Member.status,
                    Member.phone,
                    Member.address,
                    Member.joined_on,
                    Member.sales,
                    Member.employees,
                )
                .outerjoin(Industry, Industry.id == Member.industry_id)
                .outerjoin(MemberClass, MemberClass.id == Member.member_class_id)
                .where(where_clause(s, flt, order_scan))
                .order_by(*order)
                .offset(offset)
                .limit(limit)
            )
            rows = s.execute(stmt).all()
            tags = self._tags_of(s, [r.id for r in rows])
            return [
                MemberRow(
                    id=r.id,
                    name=r.name,
                    ceo=r.ceo,
                    brn=r.brn,
                    industry=r.industry or "",
                    member_class=r.member_class or "",
                    status=r.status,
                    phone=r.phone,
                    address=r.address,
                    tags=TAG_SEPARATOR.join(tags.get(r.id, [])),
                    joined_on=r.joined_on,
                    sales=r.sales,
                    employees=r.employees,
                )
                for r in rows
            ]

    @staticmethod
    def _tags_of(s: Session, ids: Sequence[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        if not ids:
            return found
        stmt = (
            select(member_tags.c.member_id, Tag.name)
            .join(Tag, Tag.id == member_tags.c.tag_id)
            .where(member_tags.c.member_id.in_(ids))
            .order_by(Tag.name)
        )
        for member_id, name in s.execute(stmt):
            found.setdefault(member_id, []).append(name)
        return found

    def get(self, member_id: int) -> MemberDetail:
        with self.db.reading() as s:
            member = s.get(
                Member,
                member_id,
                options=[
                    selectinload(Member.contacts),
                    selectinload(Member.groups),
                    selectinload(Member.tags),
                    selectinload(Member.industry),
                    selectinload(Member.member_class),
                ],
            )
            if member is None:
                raise NotFoundError("회원사를 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다.")
            return MemberDetail(id=member.id, version=member.version, data=_to_data(member))

    def details(self, member_ids: Sequence[int]) -> dict[int, MemberDetail]:
        """Several members at once (an import compares many existing members with its rows)."""
        found: dict[int, MemberDetail] = {}
        with self.db.reading() as s:
            for start in range(0, len(member_ids), 500):
                members = s.scalars(
                    select(Member)
                    .where(Member.id.in_(member_ids[start : start + 500]))
                    .options(
                        selectinload(Member.contacts),
                        selectinload(Member.groups),
                        selectinload(Member.tags),
                        selectinload(Member.industry),
                        selectinload(Member.member_class),
                    )
                )
                for m in members:
                    found[m.id] = MemberDetail(id=m.id, version=m.version, data=_to_data(m))
        return found

    def find_by_brn(self, brn: str) -> int | None:
        with self.db.reading() as s:
            return s.scalar(select(Member.id).where(Member.brn == brn))

    def export_records(self, flt: MemberFilter | None = None) -> Iterator[dict[str, Any]]:
        """Every member matching the filter, sorted by 회사명, as EXPORT_COLUMNS keys → values.

        Plain column reads, not ORM objects: an export of a whole federation spends its time here."""
        flt = flt or MemberFilter()
        own = [getattr(Member, key) for key, _ in EXPORT_COLUMNS if key in _SCALAR_FIELDS]
        with self.db.reading() as s:
            paths = group_paths(s)
            stmt = (
                select(
                    Member.id, *own, Industry.name.label("industry"), MemberClass.name.label("member_class")
                )
                .outerjoin(Industry, Industry.id == Member.industry_id)
                .outerjoin(MemberClass, MemberClass.id == Member.member_class_id)
                .where(where_clause(s, flt))
                .order_by(Member.sort_name, Member.name, Member.id)
            )
            rows = s.execute(stmt).mappings().all()
            for start in range(0, len(rows), 2000):
                chunk = rows[start : start + 2000]
                ids = [r["id"] for r in chunk]
                tags = self._tags_of(s, ids)
                groups: dict[int, list[str]] = {}
                links = select(group_members.c.member_id, group_members.c.group_id).where(
                    group_members.c.member_id.in_(ids)
                )
                for member_id, group_id in s.execute(links):
                    groups.setdefault(member_id, []).append(paths[group_id])
                for r in chunk:
                    derived = {
                        "industry": r["industry"] or "",
                        "member_class": r["member_class"] or "",
                        "tags": TAG_SEPARATOR.join(tags.get(r["id"], [])),
                        "groups": GROUP_SEPARATOR.join(sorted(map(quote_group, groups.get(r["id"], [])))),
                    }
                    yield {key: derived[key] if key in derived else r[key] for key, _ in EXPORT_COLUMNS}

    # --- changing ------------------------------------------------------------------------
    def create(self, raw: Mapping[str, Any]) -> int:
        data = validate_member(raw)
        with self.db.transaction() as s:
            self._check_unique_brn(s, data.brn, None)
            member = Member(brn=data.brn, name=data.name)
            self._apply(s, member, data)
            s.add(member)
            s.flush()
            return member.id

    def update(self, member_id: int, raw: Mapping[str, Any], expected_version: int) -> None:
        self.update_many([(member_id, validate_member(raw), expected_version)])

    def update_many(
        self,
        changes: Sequence[tuple[int, MemberData, int]],
        progress: Callable[[int], object] | None = None,
    ) -> None:
        """Give members new, validated fields in one transaction: (id, data, the version read).

        A member changed by someone else since it was read (another version) fails the whole call.
        `progress(done)` follows each chunk and may raise (Cancelled) to roll everything back."""
        try:
            with self.db.transaction() as s:
                lookups = _Lookups(s)
                for start in range(0, len(changes), BULK_CHUNK // 4):
                    chunk = changes[start : start + BULK_CHUNK // 4]
                    members = {
                        m.id: m
                        for m in s.scalars(
                            select(Member)
                            .where(Member.id.in_([member_id for member_id, _, _ in chunk]))
                            .options(
                                selectinload(Member.groups),
                                selectinload(Member.tags),
                                selectinload(Member.contacts),
                            )
                        )
                    }
                    for member_id, data, expected_version in chunk:
                        member = members.get(member_id)
                        if member is None:
                            raise NotFoundError(
                                "회원사를 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다."
                            )
                        if member.version != expected_version:
                            raise StaleRecordError()
                        if member.brn != data.brn:
                            self._check_unique_brn(s, data.brn, member_id)
                            member.brn = data.brn
                        self._apply(s, member, data, lookups)
                    s.flush()
                    if progress is not None:
                        progress(start + len(chunk))
        except StaleDataError as exc:
            raise StaleRecordError() from exc

    def withdraw(self, member_id: int, left_on: dt.date) -> None:
        """탈퇴 is a change of state with a date; the record stays."""
        self._set_status(member_id, STATUS_LEFT, left_on)

    def reactivate(self, member_id: int) -> None:
        self._set_status(member_id, STATUS_ACTIVE, None)

    def _set_status(self, member_id: int, status: str, left_on: dt.date | None) -> None:
        # Read and write in one transaction, through the same validation as any edit.
        with self.db.transaction():
            detail = self.get(member_id)
            raw = member_to_raw(detail.data)
            raw.update(status=status, left_on=left_on)
            self.update(member_id, raw, detail.version)

    def delete(self, member_id: int) -> None:
        with self.db.transaction() as s:
            deleted = s.execute(delete(Member).where(Member.id == member_id)).rowcount
            if not deleted:
                raise NotFoundError("회원사를 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.")

    def bulk_create(
        self, records: Sequence[MemberData], progress: Callable[[int], object] | None = None
    ) -> list[int]:
        """Insert many validated members in one transaction (sample data, benchmarks, imports).

        Returns the new ids in the order of `records`. `progress(done)` follows each chunk of rows;
        it may raise (Cancelled) to roll everything back."""
        with self.db.transaction() as s:
            industries = _name_ids(s, Industry)
            classes = _name_ids(s, MemberClass)
            tag_ids = _name_ids(s, Tag)
            now = dt.datetime.now()
            conn = s.connection()
            ids: list[int] = []
            with deferred_member_index(s):
                for start in range(0, len(records), BULK_CHUNK):
                    chunk = records[start : start + BULK_CHUNK]
                    # A plain executemany; RETURNING with ordered results would insert row by row.
                    insert_columns(conn, Member.__table__, _member_columns(chunk, industries, classes, now))
                    brns = [d.brn for d in chunk]
                    found = dict(
                        conn.execute(select(Member.brn, Member.id).where(Member.brn.in_(brns))).all()
                    )
                    ids.extend(found[brn] for brn in brns)
                    if progress is not None:
                        progress(len(ids))
            new_tags = sorted({t for d in records for t in d.tags} - tag_ids.keys())
            if new_tags:
                conn.execute(insert(Tag.__table__), [{"name": t} for t in new_tags])
                tag_ids = _name_ids(s, Tag)
            links = [
                {"member_id": i, "tag_id": tag_ids[t]}
                for i, d in zip(ids, records, strict=True)
                for t in d.tags
            ]
            insert_rows(conn, member_tags, links)
            groups = [
                {"member_id": i, "group_id": g}
                for i, d in zip(ids, records, strict=True)
                for g in d.group_ids
            ]
            insert_rows(conn, group_members, groups)
            contacts = [
                {**vars(c), "member_id": i, "sort_order": n}
                for i, d in zip(ids, records, strict=True)
                for n, c in enumerate(d.contacts)
            ]
            insert_rows(conn, Contact.__table__, contacts)
            return ids

    # --- helpers -------------------------------------------------------------------------
    @staticmethod
    def _check_unique_brn(s: Session, brn: str, own_id: int | None) -> None:
        other = s.execute(select(Member.id, Member.name).where(Member.brn == brn)).first()
        if other is not None and other.id != own_id:
            raise FieldErrors({"brn": f"사업자등록번호: 이미 등록된 번호입니다({other.name})."})

    @staticmethod
    def _apply(s: Session, member: Member, data: MemberData, lookups: _Lookups | None = None) -> None:
        lookups = lookups or _Lookups(s)
        errors: dict[str, str] = {}
        try:
            member.industry_id = _lookup(lookups.industries, data.industry, "industry")
        except FieldErrors as exc:
            errors.update(exc.errors)
        try:
            member.member_class_id = _lookup(lookups.classes, data.member_class, "member_class")
        except FieldErrors as exc:
            errors.update(exc.errors)
        groups = [lookups.groups[g] for g in dict.fromkeys(data.group_ids) if g in lookups.groups]
        if len(groups) != len(set(data.group_ids)):
            errors["groups"] = "소속그룹: 삭제되었거나 없는 그룹이 선택되어 있습니다."
        if errors:
            raise FieldErrors(errors)
        for key, value in _scalar_values(data).items():
            setattr(member, key, value)
        member.search_doc = build_search_doc(data)
        member.search_grams = search_grams(member.search_doc)
        member.sort_name = sort_name(data.name)
        member.updated_at = dt.datetime.now()
        member.groups = groups
        member.tags = [lookups.tag(name) for name in data.tags]
        member.contacts = [Contact(sort_order=n, **vars(contact)) for n, contact in enumerate(data.contacts)]


class _Lookups:
    """업종, 회원구분, tags and groups read once for the members of one change (one or thousands)."""

    def __init__(self, s: Session):
        self.industries = _name_ids(s, Industry)
        self.classes = _name_ids(s, MemberClass)
        self.groups = {g.id: g for g in s.scalars(select(Group))}
        self._tags = {t.name: t for t in s.scalars(select(Tag))}

    def tag(self, name: str) -> Tag:
        """The tag of that name; a new one is made once and shared by every member that names it."""
        tag = self._tags.get(name)
        if tag is None:
            tag = self._tags[name] = Tag(name=name)
        return tag


_SCALAR_FIELDS = [
    f.name
    for f in fields(MemberData)
    if f.name not in ("industry", "member_class", "tags", "contacts", "group_ids")
]


def _member_columns(
    records: Sequence[MemberData], industries: dict[str, int], classes: dict[str, int], now: dt.datetime
) -> dict[str, list[Any]]:
    """The members table's columns for new members, column by column (see insert_columns)."""
    columns: dict[str, list[Any]] = {key: [getattr(d, key) for d in records] for key in _SCALAR_FIELDS}
    docs = [build_search_doc(d) for d in records]
    columns.update(
        industry_id=[_lookup(industries, d.industry, "industry") for d in records],
        member_class_id=[_lookup(classes, d.member_class, "member_class") for d in records],
        search_doc=docs,
        search_grams=[search_grams(doc) for doc in docs],
        sort_name=[sort_name(d.name) for d in records],
        created_at=[now] * len(records),
        updated_at=[now] * len(records),
        version=[1] * len(records),
    )
    return columns


def _scalar_values(data: MemberData) -> dict[str, Any]:
    return {key: getattr(data, key) for key in _SCALAR_FIELDS}


def _name_ids(s: Session, model: type[Industry] | type[MemberClass] | type[Tag]) -> dict[str, int]:
    return {name: id_ for id_, name in s.execute(select(model.id, model.name))}


def _lookup(ids: dict[str, int], name: str | None, key: str) -> int | None:
    if name is None:
        return None
    if name not in ids:
        label = "업종" if key == "industry" else "회원구분"
        raise FieldErrors({key: f"{label}: 등록되지 않은 {label}입니다({name}). 목록에서 선택해 주십시오."})
    return ids[name]


def _to_data(member: Member) -> MemberData:
    return MemberData(
        **{key: getattr(member, key) for key in _SCALAR_FIELDS},
        industry=member.industry.name if member.industry else None,
        member_class=member.member_class.name if member.member_class else None,
        tags=[t.name for t in member.tags],
        contacts=[
            ContactData(name=c.name, position=c.position, phone=c.phone, email=c.email, note=c.note)
            for c in member.contacts
        ],
        group_ids=[g.id for g in member.groups],
    )


def member_to_raw(data: MemberData) -> dict[str, Any]:
    """Validated data back in the form validate_member takes (for edits that change one field)."""
    raw: dict[str, Any] = {f.name: getattr(data, f.name) for f in fields(MemberData)}
    raw["contacts"] = [vars(c) for c in data.contacts]
    return raw
