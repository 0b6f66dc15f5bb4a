"""Audit history: every create, update and delete of a record, written in the transaction that made it.

Three ways a change reaches the database, three listeners, one collector per transaction:
- the ORM's unit of work: `after_flush` reads the inserted, changed and deleted objects (changed
  fields from the attributes' history, which the flush has not reset yet);
- UPDATE and DELETE statements run through Session.execute (`delete(Member).where(…)`):
  `do_orm_execute` reads the matching rows before the statement runs (and, for an UPDATE, after);
- executemany inserts of collabdesk.db.bulk (roster import, sample data): `bulk_listener`.
At commit (`before_commit`) the collected changes are merged per record and written as one
executemany into audit_log; a rollback throws them away with the rest of the transaction.

What is audited is the AUDITED table below: every table a user edits. Left out, on purpose:
- audit_log itself; the search indexes (member_fts, member_grams) and the search columns
  (search_doc, search_grams, sort_name), which only mirror other fields;
- bookkeeping columns: updated_at, created_at, version (the optimistic lock), sort_order;
- tags: a tag exists only as a member's 전문역량, so tags are logged as the member's "tags" field,
  as are its groups (the member_tags and group_members link tables);
- agreement parties and their roles, and the members of an outcome: an agreement version is never
  changed once saved, so its parties are logged inside the version's own create entry;
- import_batches / import_batch_items and roster_profiles: an import's record of itself and a saved
  column mapping; the members an import creates or changes are logged as members;
- children deleted together with their parent (a deleted member's contacts, a deleted meeting's roll):
  the parent's delete entry stands for them.
Services replace a record's children wholesale on every save (a member's contacts, a meeting's roll
and agenda). A child deleted and re-created unchanged in one transaction is no change at all, and one
re-created with the same key (a contact's name, a roll line's company …) is logged as an update.

Dispute records (분쟁조정) are confidential: their tables are `private`, so an entry says which
fields changed but holds "(비공개)" for every value except the few `public` ones (case number,
status, dates), and their labels carry no party names or texts. Reading a case and unlocking the
records are written with log_event, tied to the case.

Not seen: raw SQL (text(), exec_driver_sql), INSERT statements run through Session.execute, link
rows removed by a statement (deleting a group drops its memberships: the group's delete entry stands
for them), savepoints rolled back inside a transaction that then commits (no service uses them),
and anything written through a plain engine connection (migrations).
"""

from __future__ import annotations

import datetime as dt
import getpass
import itertools
import json
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, selectinload, sessionmaker
from sqlalchemy.orm.attributes import NO_VALUE
from sqlalchemy.orm.state import InstanceState

from collabdesk.db.models import (
    ActionItem,
    AgendaItem,
    Agreement,
    AgreementParty,
    AuditEntry,
    Base,
    CertificateEntry,
    CertificateKind,
    CertificateSettings,
    Contact,
    DisputeCase,
    DisputeExtension,
    DisputeParty,
    DisputeSession,
    DisputeSettings,
    DisputeStatusChange,
    DisputeType,
    Group,
    Industry,
    Mediator,
    Meeting,
    MeetingAttendance,
    MeetingGuest,
    MeetingKind,
    Member,
    MemberClass,
    Milestone,
    Outcome,
    OutcomeMember,
    Project,
    ProjectKind,
    ProjectRole,
    ProjectStage,
    QuorumRuleSetting,
    Resolution,
    Tag,
    TextBlock,
)

CREATE, UPDATE, DELETE = "create", "update", "delete"
# Events that are not one record's change (log_event), on the pseudo-table DATABASE.
RESTORE, HANDOVER = "restore", "handover"
DATABASE = "database"
# A confidential value as the log keeps it (see Audited.private).
REDACTED = "(비공개)"
CONTEXT_LENGTH = 300  # audit_log.context
# Never logged as a field of any record (see the module docstring).
SKIPPED_COLUMNS = frozenset(
    {"id", "search_doc", "search_grams", "sort_name", "updated_at", "created_at", "version", "sort_order"}
)
# Foreign keys into these tables are logged as the referenced row's name (업종, 그룹 …), not its id.
NAMED_TABLES = frozenset(
    {"industries", "member_classes", "groups", "meeting_kinds", "project_kinds", "members"}
)
_SESSION_KEY = "collabdesk_audit"
_USER_KEY = "collabdesk_audit_user"


def _name(values: Mapping[str, Any]) -> str:
    return str(values.get("name") or "")


def _meeting_label(values: Mapping[str, Any]) -> str:
    starts_at = values.get("starts_at")
    day = f"{starts_at:%Y-%m-%d} " if isinstance(starts_at, dt.date) else ""
    return f"{day}{values.get('title') or ''}"


def _party_label(party: AgreementParty) -> str:
    roles = "·".join(r.role for r in party.roles)
    share = "" if party.share is None else f" {_plain(party.share)}%"
    return f"{party.name}{f' [{roles}]' if roles else ''}{share}"


@dataclass(frozen=True)
class Audited:
    """How one table is logged."""

    label: Callable[[Mapping[str, Any]], str]  # the record's name, from its column values
    parent: tuple[str, str] | None = None  # (parent table, column holding the parent's id)
    # A child deleted and re-created under the same parent with these values equal is one record.
    match: tuple[str, ...] = ()
    # Relationships logged as a list field of this record: relationship → label of one item.
    collections: Mapping[str, Callable[[Any], str]] = field(default_factory=dict)
    skip: frozenset[str] = frozenset()  # further columns not logged
    # Confidential: values are logged as REDACTED, except those of the `public` fields.
    private: bool = False
    public: frozenset[str] = frozenset()


AUDITED: dict[type[Base], Audited] = {
    Member: Audited(_name, collections={"tags": lambda t: t.name, "groups": lambda g: g.name}),
    Contact: Audited(_name, parent=("members", "member_id"), match=("name",)),
    Group: Audited(_name),
    Industry: Audited(_name),
    MemberClass: Audited(_name),
    MeetingKind: Audited(_name),
    Meeting: Audited(_meeting_label),
    MeetingAttendance: Audited(
        lambda v: str(v.get("company") or ""),
        parent=("meetings", "meeting_id"),
        match=("company",),
        skip=frozenset({"member_id"}),  # the company's name is kept beside it
    ),
    MeetingGuest: Audited(_name, parent=("meetings", "meeting_id"), match=("name",)),
    AgendaItem: Audited(
        lambda v: str(v.get("title") or ""), parent=("meetings", "meeting_id"), match=("title",)
    ),
    Resolution: Audited(
        lambda v: f"제{v.get('number')}호 {v.get('title') or ''}",
        parent=("meetings", "meeting_id"),
        match=("number",),
    ),
    ActionItem: Audited(
        lambda v: str(v.get("what") or ""), parent=("meetings", "meeting_id"), match=("what",)
    ),
    QuorumRuleSetting: Audited(_name),
    TextBlock: Audited(_name),
    ProjectKind: Audited(_name),
    ProjectRole: Audited(_name),
    Project: Audited(_name, skip=frozenset({"lead_member_id"})),  # lead_name is kept beside it
    ProjectStage: Audited(
        lambda v: str(v.get("stage") or ""), parent=("projects", "project_id"), match=("stage",)
    ),
    Agreement: Audited(
        lambda v: f"협약 버전 {v.get('number')}",
        parent=("projects", "project_id"),
        collections={"parties": _party_label},
    ),
    Milestone: Audited(lambda v: str(v.get("title") or ""), parent=("projects", "project_id")),
    Outcome: Audited(
        lambda v: " ".join(str(x) for x in (v.get("kind"), v.get("description")) if x)[:300],
        parent=("projects", "project_id"),
        collections={"members": lambda m: m.name},
    ),
    CertificateKind: Audited(_name),
    CertificateSettings: Audited(lambda _v: "증명서 발급기관 설정"),
    DisputeType: Audited(_name),
    Mediator: Audited(_name),
    DisputeCase: Audited(
        lambda v: str(v.get("number") or ""),
        collections={"mediators": lambda m: m.name},
        skip=frozenset({"year", "seq"}),  # the number says them
        private=True,
        public=frozenset({"number", "received_on", "status", "closed_on", "target_days"}),
    ),
    DisputeParty: Audited(
        lambda v: str(v.get("side") or "당사자"),  # never the party's name
        parent=("dispute_cases", "case_id"),
        skip=frozenset({"member_id"}),
        private=True,
        public=frozenset({"side"}),
    ),
    DisputeSession: Audited(
        lambda v: f"조정기일 {_plain(v.get('held_on')) or ''}".strip(),
        parent=("dispute_cases", "case_id"),
        private=True,
        public=frozenset({"held_on"}),
    ),
    DisputeStatusChange: Audited(
        lambda v: f"{v.get('from_status') or ''} → {v.get('to_status') or ''}".strip(" →"),
        parent=("dispute_cases", "case_id"),
        private=True,
        public=frozenset({"changed_on", "from_status", "to_status"}),
    ),
    DisputeExtension: Audited(
        lambda v: f"처리 기한 연장 {v.get('days') or ''}일",
        parent=("dispute_cases", "case_id"),
        private=True,
        public=frozenset({"extended_on", "days"}),
    ),
}
# Tables not in AUDITED, with the reason, so that a new table is a conscious decision (a test checks).
NOT_AUDITED = {
    AuditEntry: "the log itself",
    Tag: "logged as the members' tags field",
    AgreementParty: "part of its agreement version's create entry (versions are never changed)",
    OutcomeMember: "part of its outcome's entry",
    "agreement_roles": "part of its agreement party",
    "member_tags": "logged as the members' tags field",
    "group_members": "logged as the members' groups field",
    "import_batches": "an import's record of itself; its members are logged as members",
    "import_batch_items": "an import's record of itself",
    "roster_profiles": "a saved column mapping, a preference rather than a record",
    CertificateEntry: "the 발급대장 is its own append-only, hash-chained log (who, when, what)",
    "dispute_case_mediators": "logged as the dispute case's mediators field",
    DisputeSettings: "the mediation password's hash; a change is logged with log_event, without it",
}


@dataclass(frozen=True)
class _Table:
    """An audited table as the listeners use it."""

    name: str
    spec: Audited
    columns: tuple[str, ...]  # logged columns, in the table's order
    named: Mapping[str, str]  # column → NAMED_TABLES table its id points into
    secondary: frozenset[str]  # collections kept in a link table (logged sorted)


def _table_info(cls: type[Base], spec: Audited) -> _Table:
    table = cls.__table__
    assert isinstance(table, Table)
    parent_column = spec.parent[1] if spec.parent else None
    columns = tuple(
        c.key
        for c in table.columns
        if c.key not in SKIPPED_COLUMNS and c.key not in spec.skip and c.key != parent_column
    )
    named = {
        c.key: fk.column.table.name
        for c in table.columns
        if c.key in columns
        for fk in c.foreign_keys
        if fk.column.table.name in NAMED_TABLES
    }
    mapper = inspect(cls)
    secondary = frozenset(k for k in spec.collections if mapper.relationships[k].secondary is not None)
    return _Table(table.name, spec, columns, named, secondary)


_TABLES: dict[type[Base], _Table] = {cls: _table_info(cls, spec) for cls, spec in AUDITED.items()}
_BY_TABLE: dict[str, _Table] = {t.name: t for t in _TABLES.values()}
_ORDER: dict[type[Base], int] = {cls: n for n, cls in enumerate(AUDITED)}


@dataclass(frozen=True)
class _Link:
    """A link table behind an audited record's collection (member_tags → members.tags)."""

    owner: str  # the owner's table
    collection: str
    owner_column: str  # in the link table
    target_column: str
    target_table: str


def _links() -> dict[str, _Link]:
    found: dict[str, _Link] = {}
    for cls, info in _TABLES.items():
        for key in info.secondary:
            prop = inspect(cls).relationships[key]
            assert prop.secondary is not None and prop.secondary_synchronize_pairs
            owner_column = prop.synchronize_pairs[0][1].key
            target_column = prop.secondary_synchronize_pairs[0][1].key
            target = prop.mapper.local_table
            found[prop.secondary.name] = _Link(info.name, key, owner_column, target_column, target.name)
    return found


_LINKS = _links()


# --- values ------------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    """A value as JSON keeps it: dates and amounts as text."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return str(value)


def _stored(state: InstanceState[Any], key: str) -> Any:
    """An attribute as it was before this flush's changes (a deleted record's values)."""
    value = state.committed_state.get(key, NO_VALUE)
    if value is NO_VALUE:
        value = state.dict.get(key)
    return value


def _history_items(state: InstanceState[Any], key: str) -> tuple[list[Any], list[Any]]:
    """A collection's items before and after this flush's changes, without loading anything."""
    history = state.attrs[key].history
    unchanged = list(history.unchanged or ())
    return unchanged + list(history.deleted or ()), unchanged + list(history.added or ())


ENTRY_COLUMNS = ("action", "table_name", "record_id", "record_label", "parent_table", "parent_id", "changes")
# Dates, datetimes and amounts become text (see _plain); everything else JSON knows.
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_plain)


@dataclass(slots=True)
class _Change:
    seq: int
    action: str
    table: _Table
    record_id: int
    parent_id: int | None
    label: str
    # create/delete: field → value; update: field → (old, new). Foreign keys of NAMED_TABLES as ids.
    values: dict[str, Any]


class _Collector:
    """The changes of one transaction, in the order they happened."""

    def __init__(self) -> None:
        self.changes: list[_Change] = []
        self.connections: list[Connection] = []  # the transaction's, for bulk inserts made on them
        self.names: dict[tuple[str, int], str] = {}  # (table, id) → name, for foreign keys
        self._wanted: set[tuple[str, int]] = set()
        self._seq = itertools.count()
        # The last change of each record, for link rows that arrive after their owner's insert.
        self._last: dict[tuple[str, int], _Change] = {}
        self.context: str | None = None  # see set_context

    def add(
        self,
        action: str,
        table: _Table,
        record_id: int,
        values: dict[str, Any],
        parent_id: int | None,
        current: Mapping[str, Any] | None = None,
    ) -> None:
        """`current`: an updated record's present values, for its label (default: `values`)."""
        label = table.spec.label(values if current is None else current)[:300]
        change = _Change(next(self._seq), action, table, record_id, parent_id, label, values)
        self.changes.append(change)
        self._last[(table.name, record_id)] = change
        if table.name in NAMED_TABLES and action != UPDATE:
            self.names[(table.name, record_id)] = _name(values)
        for column, target in table.named.items():
            if column not in values:
                continue
            for v in values[column] if action == UPDATE else (values[column],):
                if v is not None and (target, v) not in self.names:
                    self._wanted.add((target, v))

    def add_created(
        self, table: _Table, ids: Sequence[int], parents: Sequence[int | None], rows: Sequence[dict[str, Any]]
    ) -> None:
        """Many new records at once (a bulk insert): `add`, without its per-row overheads."""
        seq, changes, last, label, name = self._seq, self.changes, self._last, table.spec.label, table.name
        for record_id, parent_id, values in zip(ids, parents, rows, strict=True):
            change = _Change(next(seq), CREATE, table, record_id, parent_id, label(values)[:300], values)
            changes.append(change)
            last[(name, record_id)] = change
        if name in NAMED_TABLES:
            self.names.update(((name, i), _name(v)) for i, v in zip(ids, rows, strict=True))
        for column, target in table.named.items():
            found = {v[column] for v in rows} - {None}
            self._wanted.update((target, v) for v in found if (target, v) not in self.names)

    def add_label(self, owner: str, owner_id: int, collection: str, item: str) -> None:
        change = self._last.get((owner, owner_id))
        if change is not None and change.action == CREATE:
            change.values.setdefault(collection, []).append(item)

    def resolve_names(self, conn: Connection) -> None:
        """Names of the rows foreign keys point to, read now: a later delete in the transaction
        (an import's new 업종, say) must not leave the log with bare ids."""
        wanted = {key for key in self._wanted if key not in self.names}
        self._wanted.clear()
        by_table: dict[str, list[int]] = {}
        for table, record_id in wanted:
            by_table.setdefault(table, []).append(record_id)
        for table, ids in by_table.items():
            t = Base.metadata.tables[table]
            for start in range(0, len(ids), 500):
                rows = conn.execute(select(t.c.id, t.c.name).where(t.c.id.in_(ids[start : start + 500])))
                self.names.update(((table, record_id), name) for record_id, name in rows)

    # --- at commit -------------------------------------------------------------------------
    def take(self) -> list[_Change]:
        """The transaction's net changes, in order; the collector starts over."""
        changes, self.changes = self.changes, []
        self._last.clear()
        merged = _pair_children(_drop_cascaded(_merge_per_record(changes)))
        return sorted(merged, key=lambda c: c.seq)

    def entry(self, change: _Change) -> tuple[Any, ...]:
        """The audit_log row of a change, as values of ENTRY_COLUMNS."""
        table = change.table
        if change.action == UPDATE:
            values = {
                k: [self._named(table, k, old), self._named(table, k, new)]
                for k, (old, new) in change.values.items()
            }
        else:
            # The hot path of a bulk import, one entry per new member: only what needs it is converted.
            values = {k: v for k, v in change.values.items() if v is not None and v != "" and v != []}
            for key, target in table.named.items():
                value = values.get(key)
                if value is not None:
                    values[key] = self.names.get((target, value), f"#{value}")
            for key in table.secondary:
                if key in values:
                    values[key] = sorted(values[key])
        if table.spec.private:
            values = _redacted(values, table.spec.public, change.action)
        parent = table.spec.parent
        parent_id = change.parent_id if parent else None
        return (
            change.action,
            table.name,
            change.record_id,
            change.label,
            parent[0] if parent and parent_id is not None else None,
            parent_id,
            _JSON.encode(values),
        )

    def _named(self, table: _Table, key: str, value: Any) -> Any:
        target = table.named.get(key)
        if target is not None and value is not None:
            return self.names.get((target, value), f"#{value}")
        if key in table.secondary and isinstance(value, list):
            return sorted(value)
        return _plain(value)


def _redacted(values: dict[str, Any], public: frozenset[str], action: str) -> dict[str, Any]:
    """A confidential record's logged values: which fields, not what they hold."""
    hidden: Any = [REDACTED, REDACTED] if action == UPDATE else REDACTED
    return {k: (v if k in public else hidden) for k, v in values.items()}


def _merge_per_record(changes: Sequence[_Change]) -> list[_Change]:
    """One net change per record: a create takes later updates in, a create then delete is nothing,
    successive updates keep the first old and the last new value of each field."""
    by_record: dict[tuple[str, int], list[_Change]] = {}
    for change in changes:
        by_record.setdefault((change.table.name, change.record_id), []).append(change)
    out: list[_Change] = []
    for record in by_record.values():
        current: _Change | None = None
        for change in record:
            if change.action == CREATE:
                if current is not None:
                    out.append(current)
                current = change
            elif change.action == DELETE:
                if current is None or current.action == UPDATE:
                    out.append(change)
                current = None  # a record created and deleted in one transaction leaves nothing
            elif current is None:
                current = _Change(
                    change.seq,
                    UPDATE,
                    change.table,
                    change.record_id,
                    change.parent_id,
                    change.label,
                    dict(change.values),
                )
            elif current.action == CREATE:
                current.values.update({k: new for k, (_old, new) in change.values.items()})
                current.label, current.parent_id = change.label, change.parent_id
            else:
                for key, (old, new) in change.values.items():
                    first = current.values.get(key, (old, new))[0]
                    current.values[key] = (first, new)
                current.label, current.parent_id = change.label, change.parent_id
        if current is not None:
            if current.action == UPDATE:
                current.values = {k: v for k, v in current.values.items() if v[0] != v[1]}
                if not current.values:
                    continue
            out.append(current)
    return out


def _drop_cascaded(changes: list[_Change]) -> list[_Change]:
    """A child deleted with its parent is covered by the parent's delete entry."""
    deleted = {(c.table.name, c.record_id) for c in changes if c.action == DELETE}
    return [
        c
        for c in changes
        if not (
            c.action == DELETE
            and c.table.spec.parent is not None
            and (c.table.spec.parent[0], c.parent_id) in deleted
        )
    ]


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _comparable(values: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, repr(_plain(v))) for k, v in values.items() if not _empty(v)))


def _pair_children(changes: list[_Change]) -> list[_Change]:
    """Children a save deleted and re-created: unchanged ones drop out, same-key ones become updates."""
    groups: dict[tuple[str, int | None], tuple[list[_Change], list[_Change]]] = {}
    for change in changes:
        if change.table.spec.match and change.action in (CREATE, DELETE):
            created, deleted = groups.setdefault((change.table.name, change.parent_id), ([], []))
            (created if change.action == CREATE else deleted).append(change)
    dropped: set[int] = set()
    replaced: dict[int, _Change] = {}
    for created, deleted in groups.values():
        if not created or not deleted:
            continue
        same: dict[tuple[tuple[str, str], ...], list[_Change]] = {}
        for c in created:
            same.setdefault(_comparable(c.values), []).append(c)
        rest: list[_Change] = []
        for d in deleted:
            twins = same.get(_comparable(d.values))
            if twins:
                dropped.update((id(d), id(twins.pop(0))))
            else:
                rest.append(d)
        match = created[0].table.spec.match
        by_key: dict[tuple[Any, ...], list[_Change]] = {}
        for c in created:
            if id(c) not in dropped:
                by_key.setdefault(tuple(c.values.get(k) for k in match), []).append(c)
        for d in rest:
            candidates = by_key.get(tuple(d.values.get(k) for k in match))
            if not candidates:
                continue
            c = candidates.pop(0)
            diff = {}
            for key in dict.fromkeys([*c.values, *d.values]):
                old, new = d.values.get(key), c.values.get(key)
                if _plain(old) != _plain(new) and not (_empty(old) and _empty(new)):
                    diff[key] = (old, new)
            dropped.update((id(d), id(c)))
            if diff:
                replaced[id(c)] = _Change(c.seq, UPDATE, c.table, c.record_id, c.parent_id, c.label, diff)
    return [replaced.get(id(c), c) for c in changes if id(c) not in dropped or id(c) in replaced]


# --- listeners -----------------------------------------------------------------------------------
# The collector of the transaction a connection belongs to, for bulk inserts made on that connection.
_BY_CONNECTION: weakref.WeakKeyDictionary[Connection, _Collector] = weakref.WeakKeyDictionary()


def install(factory: sessionmaker[Session]) -> None:
    """Log the changes of every session this factory makes."""
    event.listen(factory, "after_begin", _after_begin)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _on_execute)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_transaction_end", _after_transaction_end)


def _collector(session: Session) -> _Collector:
    collector = session.info.get(_SESSION_KEY)
    if collector is None:
        collector = session.info[_SESSION_KEY] = _Collector()
    return collector


def _after_begin(session: Session, _transaction: Any, connection: Connection) -> None:
    collector = _collector(session)
    collector.connections.append(connection)
    _BY_CONNECTION[connection] = collector


def _after_transaction_end(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        collector = session.info.pop(_SESSION_KEY, None)
        for conn in collector.connections if collector is not None else ():
            _BY_CONNECTION.pop(conn, None)


def _snapshot(table: _Table, state: InstanceState[Any], before: bool) -> dict[str, Any]:
    """A record's logged values (as stored before the flush for a delete), collections included."""
    read = _stored if before else (lambda st, key: st.dict.get(key))
    values = {key: read(state, key) for key in table.columns}
    for key, label in table.spec.collections.items():
        if key not in state.dict and before:
            continue  # not loaded: left out rather than read from rows the flush already deleted
        old, new = _history_items(state, key)
        items = [label(item) for item in (old if before else new)]
        values[key] = sorted(items) if key in table.secondary else items
    return values


def _parent_id(table: _Table, state: InstanceState[Any], before: bool) -> int | None:
    if table.spec.parent is None:
        return None
    key = table.spec.parent[1]
    return _stored(state, key) if before else state.dict.get(key)


def _changed(table: _Table, state: InstanceState[Any]) -> dict[str, tuple[Any, Any]]:
    changes: dict[str, tuple[Any, Any]] = {}
    attrs = state.attrs
    for key in table.columns:
        history = attrs[key].history
        if history.added or history.deleted:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[key] = (old, new)
    for key, label in table.spec.collections.items():
        history = attrs[key].history
        if history.added or history.deleted:
            old, new = _history_items(state, key)
            old_labels, new_labels = [label(i) for i in old], [label(i) for i in new]
            if key in table.secondary:
                old_labels, new_labels = sorted(old_labels), sorted(new_labels)
            if old_labels != new_labels:
                changes[key] = (old_labels, new_labels)
    return changes


def _after_flush(session: Session, flush_context: Any) -> None:
    collector = _collector(session)
    # Parents before children, then by id: the log reads in the order a person would write it.
    states = sorted(
        flush_context.states.items(),
        key=lambda item: (_ORDER.get(item[0].class_, 0), _stored(item[0], "id") or 0),
    )
    for state, (is_delete, list_only) in states:
        table = _TABLES.get(state.class_)
        if table is None or list_only:
            continue
        record_id = state.dict.get("id") if not is_delete else _stored(state, "id")
        if record_id is None:
            continue
        if is_delete:
            collector.add(
                DELETE, table, record_id, _snapshot(table, state, True), _parent_id(table, state, True)
            )
        elif state.key is None:
            collector.add(
                CREATE, table, record_id, _snapshot(table, state, False), _parent_id(table, state, False)
            )
        else:
            changes = _changed(table, state)
            if changes:
                current = {key: state.dict.get(key) for key in table.columns}
                collector.add(UPDATE, table, record_id, changes, _parent_id(table, state, False), current)
    collector.resolve_names(session.connection())


def _on_execute(orm_state: ORMExecuteState) -> Any:
    """UPDATE and DELETE statements on audited tables: the rows they touch are read first."""
    if not (orm_state.is_update or orm_state.is_delete):
        return None
    mapper = orm_state.bind_mapper
    table = _TABLES.get(mapper.class_) if mapper is not None else None
    if table is None:
        return None
    cls = mapper.class_
    session = orm_state.session
    collector = _collector(session)
    where = orm_state.statement.whereclause
    query = select(cls).options(*(selectinload(getattr(cls, k)) for k in table.spec.collections))
    if where is not None:
        query = query.where(where)
    records = list(session.scalars(query))
    before = {r.id: _snapshot(table, inspect(r), False) for r in records}
    parents = {r.id: _parent_id(table, inspect(r), False) for r in records}
    if orm_state.is_delete:
        for record_id, values in before.items():
            collector.add(DELETE, table, record_id, values, parents[record_id])
        collector.resolve_names(session.connection())
        return None
    result = orm_state.invoke_statement()
    if before:
        t = cls.__table__
        rows = session.connection().execute(select(t).where(t.c.id.in_(list(before))))
        for row in rows.mappings():
            old = before[row["id"]]
            changes = {k: (old[k], row[k]) for k in table.columns if old[k] != row[k]}
            if changes:
                collector.add(UPDATE, table, row["id"], changes, parents[row["id"]], row)
        collector.resolve_names(session.connection())
    return result


def _before_commit(session: Session) -> None:
    session.flush()  # what is still pending reaches after_flush first
    collector = session.info.get(_SESSION_KEY)
    if collector is None or not collector.changes:
        return
    changes = collector.take()
    if not changes:
        return
    conn = session.connection()
    _insert_entries(conn, [collector.entry(c) for c in changes], collector.context)


def set_context(session: Session, context: str) -> None:
    """Say what the session's transaction is part of (명부 가져오기 5번: 회원명부.xlsx); every change
    it logs carries that, so a record's history tells an import from an edit."""
    _collector(session).context = context.strip()[:CONTEXT_LENGTH] or None


def log_event(
    conn: Connection,
    action: str,
    table_name: str,
    label: str,
    context: str | None,
    record_id: int = 0,
    parent: tuple[str, int] | None = None,
    changes: Mapping[str, Any] | None = None,
) -> None:
    """One entry for something that is not a change of a record's fields (a restore, a handover
    import; a dispute case read or unlocked; the 발급대장's newest entry), written on `conn` in its
    transaction. `record_id` (0: none) and `parent` (table, id) tie it to a record, so that the
    record's history shows it; `changes`, if given, is stored as the entry's JSON."""
    parent_table, parent_id = parent if parent is not None else (None, None)
    details = _JSON.encode(dict(changes)) if changes else "{}"
    _insert_entries(
        conn,
        [(action, table_name, record_id, label[:300], parent_table, parent_id, details)],
        context[:CONTEXT_LENGTH] if context else None,
    )


def _insert_entries(conn: Connection, entries: Sequence[tuple[Any, ...]], context: str | None = None) -> None:
    """One executemany straight through the driver, as collabdesk.db.bulk does (a bulk import logs
    a row per member); `at`, `user_name` and `context` are the same for the whole transaction."""
    table = AuditEntry.__table__
    dialect = conn.dialect
    at: Any = dt.datetime.now().replace(microsecond=0)
    process = table.c.at.type.dialect_impl(dialect).bind_processor(dialect)
    if process is not None:
        at = process(at)
    user = user_name(conn)
    names = ("at", "user_name", "context", *ENTRY_COLUMNS)
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join([mark] * len(names))})"
    )
    conn.exec_driver_sql(sql, [(at, user, context, *entry) for entry in entries])


# --- who ----------------------------------------------------------------------------------------
_os_user: str | None = None


def os_user_name() -> str:
    global _os_user
    if _os_user is None:
        try:
            _os_user = getpass.getuser() or "unknown"
        except Exception:  # no user name in the environment or the password database
            _os_user = "unknown"
    return _os_user


def user_name(conn: Connection) -> str:
    """The OS user on SQLite; the signed-in database user on PostgreSQL (asked once per connection)."""
    if conn.dialect.name == "sqlite":
        return os_user_name()
    name = conn.info.get(_USER_KEY)
    if name is None:
        name = conn.info[_USER_KEY] = str(conn.exec_driver_sql("SELECT current_user").scalar() or "unknown")
    return str(name)


# --- bulk inserts ---------------------------------------------------------------------------------
class BulkListener:
    """Logs the rows an executemany insert puts into one table (see collabdesk.db.bulk)."""

    def __init__(self, collector: _Collector, conn: Connection, table: _Table | None, link: _Link | None):
        self.collector, self.conn, self.table, self.link = collector, conn, table, link

    @property
    def needs_ids(self) -> bool:
        return self.table is not None

    def new_ids(self, table: Table, count: int) -> list[int]:
        """Ids for `count` new rows, taken before the insert so that each logged row knows its own."""
        if self.conn.dialect.name == "sqlite":
            # The transaction holds SQLite's write lock: nobody else can take these ids meanwhile.
            last = self.conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table.name}").scalar()
            return list(range(int(last or 0) + 1, int(last or 0) + 1 + count))
        rows = self.conn.exec_driver_sql(
            f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) FROM generate_series(1, {int(count)})"
        )
        return [int(r[0]) for r in rows]

    def inserted(self, columns: Mapping[str, Sequence[Any]]) -> None:
        collector = self.collector
        if self.link is not None:
            link = self.link
            owners, targets = columns[link.owner_column], columns[link.target_column]
            names = self._names(link.target_table, set(targets))
            for owner_id, target_id in zip(owners, targets, strict=True):
                collector.add_label(
                    link.owner, owner_id, link.collection, names.get(target_id, f"#{target_id}")
                )
            return
        table = self.table
        assert table is not None
        kept = {k: v for k, v in columns.items() if k in table.columns}
        keys = list(kept)
        rows = [dict(zip(keys, row, strict=True)) for row in zip(*kept.values(), strict=True)]
        parents: Sequence[Any] = columns[table.spec.parent[1]] if table.spec.parent else [None] * len(rows)
        collector.add_created(table, columns["id"], parents, rows)
        collector.resolve_names(self.conn)

    def _names(self, table: str, ids: set[int]) -> dict[int, str]:
        collector = self.collector
        missing = [i for i in ids if (table, i) not in collector.names]
        t = Base.metadata.tables[table]
        for start in range(0, len(missing), 500):
            rows = self.conn.execute(select(t.c.id, t.c.name).where(t.c.id.in_(missing[start : start + 500])))
            collector.names.update(((table, i), name) for i, name in rows)
        return {i: collector.names[(table, i)] for i in ids if (table, i) in collector.names}


def bulk_listener(conn: Connection, table: Table) -> BulkListener | None:
    """The listener for an executemany insert into `table` on `conn`, or None when nothing is logged."""
    info, link = _BY_TABLE.get(table.name), _LINKS.get(table.name)
    if info is None and link is None:
        return None
    collector = _BY_CONNECTION.get(conn)
    if collector is None:
        return None
    return BulkListener(collector, conn, info, link)
