"""Roster import: read a sheet, check every row, show what would happen, then do it as one batch.

`read_roster` reads the file and finds the header row. `RosterImporter.plan` decides, for every row,
new / update / unchanged / skip / error / ignored (합계 and note rows), without writing anything.
`RosterImporter.run` plans again inside one write transaction (another PC may have changed members
since the preview) and writes everything together with the batch record that makes undo possible.
Cancelling or any failure rolls the whole import back. No Qt here.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl.utils.datetime import from_excel
from sqlalchemy import select

from collabdesk.db import audit
from collabdesk.db.backup import BEFORE_IMPORT, backup_before
from collabdesk.db.bulk import insert_rows
from collabdesk.db.engine import Database
from collabdesk.db.models import Group, ImportBatch, ImportBatchItem, Industry, Member, MemberClass
from collabdesk.documents.xlsx_reader import SpreadsheetError, XlsxFile, column_letter
from collabdesk.errors import Cancelled, FieldErrors
from collabdesk.services.catalogs import industries, member_classes
from collabdesk.services.groups import PATH_SEPARATOR, GroupService, group_paths
from collabdesk.services.members import MemberDetail, MemberService, member_to_raw
from collabdesk.services.roster_mapping import (
    EXAMPLE_BRN,
    EXAMPLE_NAME,
    FIELD_LABELS,
    HeaderRow,
    amount_unit,
    check_mapping,
    find_header,
    normalize_header,
)
from collabdesk.validation.korean import normalize_brn
from collabdesk.validation.member import MemberData, sort_name, split_tags, validate_member

NEW, UPDATE, UNCHANGED, SKIP, ERROR, IGNORED = "new", "update", "unchanged", "skip", "error", "ignored"
ON_SKIP, ON_UPDATE = "skip", "update"
ON_DUPLICATE = (ON_SKIP, ON_UPDATE)

# progress(done, total) → False when the user cancelled. total 0: not known yet.
Progress = Callable[[int, int], bool]

_FOOTER_WORDS = {"합계", "총계", "소계", "계", "합", "총합계", "누계", "총", "total", "sum"}
_NOTE_MARKS = ("※", "*", "☞", "▶", "<주>")
# 작성일: …, 기준일 : …, 출처: … and the like under a table.
_NOTE_LINE = re.compile(r"^(?:주|참고|비고|작성일?|작성자|기준일?|출처|담당자?|문의|단위)\s*[:：]")
_NATIONWIDE = re.compile(r"1[568]\d{6}")  # 1588-1234, 1644-…, 1800-… written as a number
# Excel serial numbers of 1927-05-19 … 2119-01-25: a date column holding such a number lost its format.
EXCEL_SERIAL_DATES = (10_000, 80_000)
_CATALOG_KEY = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")
_NOT_DIGIT = re.compile(r"\D")
_NAME_MAX = {"industry": 50, "member_class": 50}
_DATE_KEYS = {"founded_on", "joined_on", "left_on"}
_NUMBER_KEYS = {"sales", "employees"}


@dataclass
class RosterSource:
    """The rows of one sheet below its header row."""

    path: Path
    sheet: str
    sheets: list[str]
    header: HeaderRow
    rows: list[tuple[int, list[Any]]]  # below the header
    all_rows: list[tuple[int, list[Any]]]  # every row of the sheet that has a cell

    @property
    def file_name(self) -> str:
        return self.path.name


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Reading and checking a roster creates a list, a dict and a row object per line, all kept
    to the end. Python's cycle collector would scan that growing heap again and again (a fifth of
    the whole import at 10,000 rows) while finding nothing to free, so it waits until the end."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_roster(
    path: str | Path,
    sheet: str | None = None,
    progress: Progress | None = None,
    header_row: int | None = None,
) -> RosterSource:
    """Read a sheet (the first visible one by default); find its header row, or take `header_row`."""
    with _collector_paused(), XlsxFile(path) as book:
        info = book.sheet(sheet)
        rows: list[tuple[int, list[Any]]] = []
        for number, values in book.rows(info):
            rows.append((number, values))
            if progress is not None and len(rows) % 2000 == 0 and not progress(len(rows), 0):
                raise Cancelled()
        sheets = [s.name for s in book.sheets if not s.hidden]
    name = Path(path).name
    if not rows:
        raise SpreadsheetError(f"{name}: '{info.name}' 시트가 비어 있습니다.")
    source = RosterSource(Path(path), info.name, sheets, HeaderRow(0, -1, []), [], rows)
    if header_row is not None:
        return with_header_row(source, header_row)
    header = find_header(rows)
    if header is None:
        raise SpreadsheetError(
            f"{name}: '{info.name}' 시트에서 머리글 행을 찾지 못했습니다. "
            "위쪽 행에 '회사명', '사업자등록번호' 같은 열 제목이 있어야 합니다."
        )
    return _below(source, header)


def with_header_row(source: RosterSource, row_number: int) -> RosterSource:
    """The same sheet with the header taken from the given Excel row (the user's choice)."""
    for index, (number, values) in enumerate(source.all_rows):
        if number == row_number:
            texts = ["" if v is None else str(v).strip() for v in values]
            return _below(source, HeaderRow(number, index, texts))
    raise SpreadsheetError(f"{source.file_name}: '{source.sheet}' 시트의 {row_number}행은 비어 있습니다.")


def _below(source: RosterSource, header: HeaderRow) -> RosterSource:
    if header.index == len(source.all_rows) - 1:
        raise SpreadsheetError(
            f"{source.file_name}: '{source.sheet}' 시트에 머리글({header.row_number}행) 아래 자료가 없습니다."
        )
    rows = source.all_rows[header.index + 1 :]
    return dataclasses.replace(source, header=header, rows=rows)


@dataclass(slots=True)
class PlanRow:
    excel_row: int
    status: str
    values: list[Any]
    name: str = ""
    brn: str = ""
    reasons: list[str] = field(default_factory=list)  # errors, each "열 제목(D열): 이유"
    note: str = ""  # what changes, why skipped or ignored
    hint: str = ""  # similar company names
    data: MemberData | None = None
    group_paths: list[str] = field(default_factory=list)
    member_id: int | None = None
    version: int | None = None
    before: dict[str, Any] | None = None

    @property
    def message(self) -> str:
        return "; ".join(self.reasons) if self.reasons else self.note


@dataclass
class ImportPlan:
    source: RosterSource
    mapping: dict[int, str]
    on_duplicate: str
    rows: list[PlanRow]
    new_industries: list[str]
    new_classes: list[str]
    new_groups: list[str]

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    def rejected(self) -> list[PlanRow]:
        return [row for row in self.rows if row.status == ERROR]

    def error_lines(self) -> list[str]:
        """One line per rejected row: `행 R: 열: 이유`."""
        return [f"행 {row.excel_row}: {row.message}" for row in self.rejected()]

    @property
    def skipped(self) -> int:
        return self.count(UNCHANGED) + self.count(SKIP)


@dataclass(frozen=True)
class ImportResult:
    batch_id: int | None  # None when nothing was written
    created: int
    updated: int
    skipped: int
    rejected: int
    plan: ImportPlan


def _catalog_key(name: str) -> str:
    """'기계·금속', '기계 금속' and '기계/금속' are one 업종."""
    return _CATALOG_KEY.sub("", name.lower())


def _name_key(name: str) -> str:
    return _SPACES.sub("", sort_name(name)).lower()


def _cell(key: str, value: Any) -> Any:
    """A cell as validate_member takes it, undoing what Excel does to numbers typed without care."""
    if value is None:
        return None
    if type(value) is str:
        return value.strip() or None
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, dt.datetime):
        return value.date() if key in _DATE_KEYS else value.date().isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()  # a time of day, shown as text in the error it causes
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if key in _DATE_KEYS and isinstance(value, int):
        return _date_number(value)
    if key in _NUMBER_KEYS or key in _DATE_KEYS:
        return value
    text = str(value)
    if isinstance(value, int):
        # A number cell lost its leading zeros: 0313363133 → 313363133, 01234 → 1234. 1588-1234
        # style numbers have eight digits and no 0.
        if key in ("phone", "fax") and not text.startswith("0") and not _NATIONWIDE.fullmatch(text):
            text = "0" + text
        elif key == "postcode":
            text = text.zfill(5)
        elif key == "crn":
            text = text.zfill(13)
    return text


def _date_number(value: int) -> Any:
    """A date typed as a number: 20190601, or an Excel serial number that lost its date format."""
    if 19000101 <= value <= 29991231:
        return str(value)  # parse_date reads YYYYMMDD
    if EXCEL_SERIAL_DATES[0] <= value <= EXCEL_SERIAL_DATES[1]:
        return from_excel(value).date()
    return value


def _scaled(value: Any, factor: int) -> Any:
    """An amount kept in 천원, 백만원 … as 원; a value that is not a number is left for validation."""
    if isinstance(value, bool):
        return value
    text = str(value).replace(",", "").replace(" ", "").removesuffix("원")
    try:
        number = Decimal(text) * factor
    except InvalidOperation:
        return value
    return int(number) if number == number.to_integral_value() else value


def _footer_reason(values: Sequence[Any]) -> str | None:
    for value in values:
        if not isinstance(value, str):
            continue
        text = value.strip()
        # '합계', '총 계', '합계(2개사)'
        if normalize_header(text) in _FOOTER_WORDS:
            return "합계 행이라 회원사로 가져오지 않습니다."
        if text.startswith(_NOTE_MARKS) or _NOTE_LINE.match(text):
            return "안내 문구 행이라 회원사로 가져오지 않습니다."
    return None


class _Catalog:
    """업종, 회원구분 and groups as they are, and those the import would add."""

    def __init__(self, s: Any):
        self.industry_names = set(s.scalars(select(Industry.name)))
        self.class_names = set(s.scalars(select(MemberClass.name)))
        self.industries = {_catalog_key(n): n for n in self.industry_names}
        self.classes = {_catalog_key(n): n for n in self.class_names}
        self.paths = group_paths(s)
        self.path_ids = {p: gid for gid, p in self.paths.items()}
        self.by_name: dict[str, list[str]] = {}
        for gid, name in s.execute(select(Group.id, Group.name)):
            self.by_name.setdefault(name, []).append(self.paths[gid])
        self.new_industries: dict[str, str] = {}
        self.new_classes: dict[str, str] = {}
        self.new_groups: dict[str, None] = {}
        # A roster repeats the same few 업종 and group texts thousands of times.
        self._seen: dict[tuple[str, str], Any] = {}

    def lookup(self, kind: str, text: str) -> Any:
        """resolve() or groups(), remembered per distinct text; raises ValueError for a bad one."""
        key = (kind, text)
        found = self._seen.get(key)
        if found is None:
            try:
                found = self.groups(text) if kind == "groups" else self.resolve(kind, text)
            except ValueError as exc:
                found = exc
            self._seen[key] = found
        if isinstance(found, ValueError):
            raise found
        return list(found) if kind == "groups" else found

    def resolve(self, kind: str, text: str) -> str:
        names, known, new = (
            (self.industry_names, self.industries, self.new_industries)
            if kind == "industry"
            else (self.class_names, self.classes, self.new_classes)
        )
        if text in names:  # the exact name first: '기계 금속' and '기계·금속' may both exist
            return text
        key = _catalog_key(text)
        if key in known:
            return known[key]
        if len(text) > _NAME_MAX[kind]:
            raise ValueError(f"{_NAME_MAX[kind]}자를 넘을 수 없습니다.")
        return new.setdefault(key, text)

    def groups(self, text: str) -> list[str]:
        """Group paths from '제1교류회, 제2교류회; 연합회 > 제3교류회'; unknown paths are to be created.

        Groups are separated by ';', ',' or line breaks; a name holding one of them is written in
        double quotes (as the export writes it) or is an existing group's name as it stands."""
        whole = text.strip()
        parts = [whole] if self._known(whole) else _split_list(whole)
        paths: list[str] = []
        for part in parts:
            path = _path(part)
            if not path:
                continue
            names = path.split(PATH_SEPARATOR)
            if any(len(n) > 100 for n in names):
                raise ValueError("그룹 이름은 100자를 넘을 수 없습니다.")
            if path not in self.path_ids and len(names) == 1 and names[0] in self.by_name:
                matches = self.by_name[names[0]]
                if len(matches) > 1:
                    raise ValueError(
                        f"'{names[0]}' 그룹이 여러 개입니다({', '.join(matches)}). '상위 > 하위'로 적어 주십시오."
                    )
                path = matches[0]
            if path not in self.path_ids:
                self.new_groups.setdefault(path, None)
            if path not in paths:
                paths.append(path)
        return paths

    def _known(self, text: str) -> bool:
        path = _path(text)
        return bool(path) and (path in self.path_ids or path in self.by_name)


def _split_list(text: str) -> list[str]:
    """'가, "나, 다"; 라' → ['가', '나, 다', '라']: separators inside double quotes are text."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            if quoted and text[i + 1 : i + 2] == '"':
                current.append('"')
                i += 1
            else:
                quoted = not quoted
        elif ch in ",;\n" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def _path(text: str) -> str:
    return PATH_SEPARATOR.join(n.strip() for n in text.split(PATH_SEPARATOR.strip()) if n.strip())


def _comparable(data: MemberData, paths: Sequence[str]) -> tuple[Any, ...]:
    plain = dataclasses.replace(data, tags=sorted(data.tags), group_ids=[])
    return (plain, tuple(sorted(paths)))


def _changed_fields(
    old: MemberData, new: MemberData, old_paths: Sequence[str], new_paths: Sequence[str]
) -> str:
    """'전화 031-111-2222 → 031-999-8888, 소속그룹 + 제1교류회' for the preview."""
    changes = []
    for f in dataclasses.fields(MemberData):
        if f.name not in FIELD_LABELS or f.name == "tags":
            continue
        before, after = getattr(old, f.name), getattr(new, f.name)
        if before != after:
            changes.append(f"{FIELD_LABELS[f.name]} {_shown_value(before)} → {_shown_value(after)}")
    added_tags = [t for t in new.tags if t not in old.tags]
    if added_tags:
        changes.append(f"{FIELD_LABELS['tags']} + {', '.join(added_tags)}")
    added_paths = [p for p in new_paths if p not in old_paths]
    if added_paths:
        changes.append(f"{FIELD_LABELS['groups']} + {'; '.join(added_paths)}")
    return ", ".join(changes)


def _shown_value(value: Any) -> str:
    if value is None or value == "":
        return "(없음)"
    if isinstance(value, int):
        return f"{value:,}"
    text = str(value)
    return text if len(text) <= 30 else text[:29] + "…"


def _jsonable(raw: Mapping[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(raw, default=lambda v: v.isoformat() if isinstance(v, dt.date) else str(v)))


@dataclass
class _Context:
    """What every row of one plan is checked against."""

    catalog: _Catalog
    existing: dict[str, tuple[int, int]]  # 사업자등록번호 → (member id, version)
    details: dict[int, MemberDetail]
    on_duplicate: str
    today: dt.date
    where: Callable[[str], str]  # field key → "열 제목(D열)"


def _plan_existing(
    row: PlanRow, raw: dict[str, Any], paths: list[str], match: tuple[int, int], ctx: _Context
) -> PlanRow:
    """A row whose 사업자등록번호 is registered: unchanged, skipped, or an update of the given cells."""
    member_id, version = match
    current = ctx.details[member_id]
    paths_now = [ctx.catalog.paths[g] for g in current.data.group_ids if g in ctx.catalog.paths]
    merged = member_to_raw(current.data)
    # An empty cell keeps what is registered; a file never erases a value by leaving it blank.
    merged.update({k: v for k, v in raw.items() if v is not None and k not in ("groups", "tags")})
    if raw.get("status") is not None and raw.get("left_on") is None and raw["status"] != "탈퇴":
        merged["left_on"] = None
    # Groups and 전문역량 named in the file are added; none the member has is taken away.
    if raw.get("tags") is not None:
        merged["tags"] = list(dict.fromkeys([*current.data.tags, *split_tags(raw["tags"])]))
    new_paths = list(dict.fromkeys([*paths_now, *paths]))
    row.member_id, row.version = member_id, version
    try:
        data = validate_member(merged, ctx.today)
    except FieldErrors as exc:
        row.reasons = [
            f"{ctx.where(k)}: {m.removeprefix(FIELD_LABELS.get(k, '') + ':').strip()}"
            for k, m in exc.errors.items()
        ]
        return row
    row.name, row.data, row.group_paths = data.name, data, new_paths
    if _comparable(data, new_paths) == _comparable(current.data, paths_now):
        row.status, row.note = UNCHANGED, "이미 같은 내용으로 등록되어 있습니다."
    elif ctx.on_duplicate == ON_SKIP:
        changed = _changed_fields(current.data, data, paths_now, new_paths)
        row.status, row.note = SKIP, f"이미 등록된 회원사라 건너뜁니다(파일과 다른 내용: {changed})."
    else:
        changed = _changed_fields(current.data, data, paths_now, new_paths)
        row.status, row.note = UPDATE, f"변경: {changed}"
        row.before = _jsonable(member_to_raw(current.data))
    return row


def _change(row: PlanRow) -> tuple[int, MemberData, int]:
    """An update row as MemberService.update_many takes it."""
    assert row.member_id is not None and row.data is not None and row.version is not None
    return row.member_id, row.data, row.version


class RosterImporter:
    def __init__(self, db: Database):
        self.db = db
        self.members = MemberService(db)
        self.groups = GroupService(db)

    # --- planning ------------------------------------------------------------------------
    def plan(
        self,
        source: RosterSource,
        mapping: Mapping[int, str],
        on_duplicate: str = ON_SKIP,
        today: dt.date | None = None,
        progress: Progress | None = None,
    ) -> ImportPlan:
        """What the import would do with every row; writes nothing."""
        check_mapping(mapping)
        if on_duplicate not in ON_DUPLICATE:
            raise ValueError(on_duplicate)
        today = today or dt.date.today()
        columns = {key: column for column, key in mapping.items()}
        header = source.header.texts

        def where(key: str) -> str:
            column = columns.get(key)
            if column is None and key == "left_on" and "status" in columns:
                key, column = "status", columns["status"]  # 탈퇴 without 탈퇴일: the 상태 cell says 탈퇴
            if column is None:
                return FIELD_LABELS.get(key, key)
            title = header[column] if column < len(header) and header[column] else FIELD_LABELS[key]
            return f"{title}({column_letter(column)}열)"

        with _collector_paused(), self.db.reading() as s:
            catalog = _Catalog(s)
            raws: list[tuple[int, list[Any], dict[str, Any]]] = []
            width = max(mapping) + 1
            # 매출액 kept in 천원, 백만원 … (as its header says) is stored in 원.
            sales_unit = next(
                (amount_unit(header[c]) for c, k in mapping.items() if k == "sales" and c < len(header)), 1
            )
            for number, values in source.rows:
                cells = values if len(values) >= width else values + [None] * (width - len(values))
                # Most cells are text: strip them here without a call per cell.
                raw = {
                    key: (value.strip() or None) if type(value := cells[c]) is str else _cell(key, value)
                    for c, key in mapping.items()
                }
                if sales_unit != 1 and raw["sales"] is not None:
                    raw["sales"] = _scaled(raw["sales"], sales_unit)
                # A row with nothing in the mapped columns is blank, unless it is a 합계 or note row,
                # which the preview shows as left out.
                if any(v is not None for v in raw.values()) or _footer_reason(values):
                    raws.append((number, values, raw))
            existing = self._existing(s, raws)
            ctx = _Context(
                catalog,
                existing,
                self.members.details([member_id for member_id, _ in existing.values()]),
                on_duplicate,
                today,
                where,
            )
            names: dict[str, tuple[str, str]] = {}
            for name, brn in s.execute(select(Member.name, Member.brn)):
                names.setdefault(_name_key(name), (name, brn))

            rows: list[PlanRow] = []
            seen_brn: dict[str, int] = {}
            seen_names: dict[str, tuple[int, str, str]] = {}
            for done, (number, values, raw) in enumerate(raws, start=1):
                if progress is not None and done % 1000 == 0 and not progress(done, len(raws)):
                    raise Cancelled()
                row = self._plan_row(number, values, raw, ctx)
                if row.brn:  # also rows with other errors: fixing those must not bring a duplicate in
                    first = seen_brn.setdefault(row.brn, number)
                    if first != number:
                        if row.status != ERROR:
                            row.status, row.data, row.reasons = ERROR, None, []
                        row.reasons.append(
                            f"{where('brn')}: {first}행과 사업자등록번호가 같습니다. 한 행만 남겨 주십시오."
                        )
                if row.status == NEW:
                    key = _name_key(row.name)
                    other = names.get(key)
                    if other is not None and other[1] != row.brn:
                        row.hint = f"이름이 비슷한 기존 회원사: {other[0]} ({other[1]})"
                    elif key in seen_names and seen_names[key][2] != row.brn:
                        earlier = seen_names[key]
                        row.hint = f"이름이 비슷한 {earlier[0]}행: {earlier[1]}"
                    seen_names.setdefault(key, (number, row.name, row.brn))
                rows.append(row)
        # Only what the rows to be written use is added: a rejected row adds no 업종 or group.
        written = [r.data for r in rows if r.status in (NEW, UPDATE) and r.data is not None]
        used_paths = {p for r in rows if r.status in (NEW, UPDATE) for p in r.group_paths}
        return ImportPlan(
            source,
            dict(mapping),
            on_duplicate,
            rows,
            [n for n in catalog.new_industries.values() if n in {d.industry for d in written}],
            [n for n in catalog.new_classes.values() if n in {d.member_class for d in written}],
            [p for p in catalog.new_groups if p in used_paths],
        )

    def _existing(
        self, s: Any, raws: Sequence[tuple[int, list[Any], dict[str, Any]]]
    ) -> dict[str, tuple[int, int]]:
        """Members already registered under the file's numbers: 사업자등록번호 → (id, version)."""
        digits = set()
        for _number, _values, raw in raws:
            text = _NOT_DIGIT.sub("", str(raw.get("brn") or ""))
            if len(text) == 10:
                digits.add(f"{text[:3]}-{text[3:5]}-{text[5:]}")
        found: dict[str, tuple[int, int]] = {}
        ordered = sorted(digits)
        for start in range(0, len(ordered), 500):
            stmt = select(Member.brn, Member.id, Member.version).where(
                Member.brn.in_(ordered[start : start + 500])
            )
            for brn, member_id, version in s.execute(stmt):
                found[brn] = (member_id, version)
        return found

    @staticmethod
    def _plan_row(number: int, values: list[Any], raw: dict[str, Any], ctx: _Context) -> PlanRow:
        row = PlanRow(number, ERROR, values, name=str(raw.get("name") or ""))
        if raw.get("brn") is None:
            reason = _footer_reason(values)
            if reason:
                row.status, row.note = IGNORED, reason
                return row
        catalog, where = ctx.catalog, ctx.where
        errors: dict[str, str] = {}
        for key in ("industry", "member_class"):
            if raw.get(key) is not None:
                try:
                    raw[key] = catalog.lookup(key, str(raw[key]))
                except ValueError as exc:
                    errors[key] = f"{where(key)}: {exc}"
        paths: list[str] = []
        if raw.get("groups") is not None:
            try:
                paths = catalog.lookup("groups", str(raw["groups"]))
            except ValueError as exc:
                errors["groups"] = f"{where('groups')}: {exc}"
        match = None
        try:
            data = validate_member(raw, ctx.today)
        except FieldErrors as exc:
            # The number may be fine while other fields are not; find the member anyway for the merge.
            data = None
            for key, message in exc.errors.items():
                label = FIELD_LABELS.get(key, "")
                reason = message.removeprefix(f"{label}:").strip() if label else message
                errors.setdefault(key, f"{where(key)}: {reason}")
        if data is not None and (data.name, data.brn) == (EXAMPLE_NAME, EXAMPLE_BRN):
            row.status, row.brn, row.note = (
                IGNORED,
                data.brn,
                "가져오기 양식의 예시 행이라 가져오지 않습니다.",
            )
            return row
        if data is not None:
            row.brn = data.brn
            match = ctx.existing.get(data.brn)
        elif "brn" not in errors:
            row.brn = normalize_brn(str(raw["brn"]))  # valid, though other cells of the row are not
        if match is not None and data is not None and not errors:
            return _plan_existing(row, raw, paths, match, ctx)
        if errors or data is None:
            row.reasons = list(errors.values())
            return row
        row.status, row.data, row.group_paths, row.name = NEW, data, paths, data.name
        return row

    # --- doing ---------------------------------------------------------------------------
    def run(
        self,
        source: RosterSource,
        mapping: Mapping[int, str],
        on_duplicate: str = ON_SKIP,
        progress: Progress | None = None,
        today: dt.date | None = None,
        before_commit: Callable[[ImportPlan], object] | None = None,
    ) -> ImportResult:
        """Import the good rows as one transaction and one batch; rejected rows are left out.

        `before_commit(plan)` runs last inside the transaction (saving the rejected rows, say): if it
        fails, nothing is imported."""

        def tick(done: int, total: int) -> None:
            if progress is not None and not progress(done, total):
                raise Cancelled()

        backup_before(self.db, BEFORE_IMPORT)
        with _collector_paused(), self.db.transaction() as s:
            plan = self.plan(source, mapping, on_duplicate, today)
            new_rows = [r for r in plan.rows if r.status == NEW]
            updates = [r for r in plan.rows if r.status == UPDATE]
            total = len(new_rows) + len(updates)
            tick(0, total)
            if not total:
                if before_commit is not None:
                    before_commit(plan)
                return ImportResult(None, 0, 0, plan.skipped, plan.count(ERROR), plan)
            created_catalog, path_ids = self._add_catalog(s, plan)
            for row in new_rows + updates:
                assert row.data is not None
                row.data.group_ids = [path_ids[p] for p in row.group_paths]
            ids = self.members.bulk_create(
                [r.data for r in new_rows if r.data is not None], lambda done: tick(done, total)
            )
            self.members.update_many([_change(r) for r in updates], lambda done: tick(len(ids) + done, total))
            batch = ImportBatch(
                file_name=source.file_name[:260],
                sheet_name=source.sheet[:100],
                on_duplicate=on_duplicate,
                created_count=len(new_rows),
                updated_count=len(updates),
                skipped_count=plan.skipped,
                rejected_count=plan.count(ERROR),
                created_catalog=json.dumps(created_catalog),
                created_at=dt.datetime.now(),
            )
            s.add(batch)
            s.flush()
            audit.set_context(s, f"명부 가져오기 {batch.id}번: {source.file_name}")
            versions = dict(
                s.execute(
                    select(Member.id, Member.version).where(Member.id.in_([r.member_id for r in updates]))
                ).all()
            )
            items = [
                {
                    "batch_id": batch.id,
                    "member_id": i,
                    "brn": r.brn,
                    "action": "created",
                    "name": r.name[:200],
                    # Every row names every column: executemany takes the first row's keys.
                    "version_before": None,
                    "version_after": 1,
                    "before": None,
                }
                for i, r in zip(ids, new_rows, strict=True)
            ] + [
                {
                    "batch_id": batch.id,
                    "member_id": r.member_id,
                    "brn": r.brn,
                    "action": "updated",
                    "name": r.name[:200],
                    "version_before": r.version,
                    "version_after": versions[r.member_id],
                    "before": json.dumps(r.before, ensure_ascii=False),
                }
                for r in updates
            ]
            insert_rows(s.connection(), ImportBatchItem.__table__, items)
            tick(total, total)
            if before_commit is not None:
                before_commit(plan)
            return ImportResult(batch.id, len(new_rows), len(updates), plan.skipped, plan.count(ERROR), plan)

    def _add_catalog(
        self, s: Any, plan: ImportPlan
    ) -> tuple[dict[str, list[tuple[int, str]]], dict[str, int]]:
        """Add the 업종, 회원구분 and groups the rows name; returns what was added as (id, name)."""
        created: dict[str, list[tuple[int, str]]] = {"industry": [], "member_class": [], "group": []}
        for name in plan.new_industries:
            created["industry"].append((industries(self.db).add(name), name))
        for name in plan.new_classes:
            created["member_class"].append((member_classes(self.db).add(name), name))
        path_ids = {p: gid for gid, p in group_paths(s).items()}
        for path in plan.new_groups:
            parent: int | None = None
            names = path.split(PATH_SEPARATOR)
            for depth in range(len(names)):
                sub = PATH_SEPARATOR.join(names[: depth + 1])
                if sub not in path_ids:
                    path_ids[sub] = self.groups.create(names[depth], "", parent)
                    created["group"].append((path_ids[sub], names[depth]))
                parent = path_ids[sub]
        return created, path_ids
