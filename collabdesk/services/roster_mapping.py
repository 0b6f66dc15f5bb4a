"""Which spreadsheet column holds which member field: header variants, header-row search, profiles.

Offices name their columns differently (업체명, 상호, 법인명 … for 회사명). A header is compared after
removing spaces, punctuation and a trailing unit in brackets, so `매출액(원)`, `E-mail` and `사업자 번호`
are recognised. Mappings a user adjusted are saved by name (profiles) and keyed by header text, so
next month's file with the same headers maps the same way even if the columns moved.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from collabdesk.db.engine import Database
from collabdesk.db.models import RosterProfile
from collabdesk.errors import FieldErrors
from collabdesk.services.members import EXPORT_COLUMNS

# Field key → header texts that mean it. The first entry of each is the label CollabDesk writes.
HEADER_VARIANTS: dict[str, list[str]] = {
    "name": ["회사명", "업체명", "기업명", "상호", "법인명", "회원사명", "회원사", "업체", "회사", "상호명"],
    "ceo": ["대표자", "대표자명", "대표", "대표이사", "대표자성명"],
    "brn": ["사업자등록번호", "사업자번호", "사업자등록", "등록번호", "사업자no"],
    "crn": ["법인등록번호", "법인번호"],
    "industry": ["업종", "업종구분", "업종분류", "업태", "업종명"],
    "ksic_code": ["KSIC 코드", "ksic", "표준산업분류", "산업분류코드", "업종코드"],
    "tags": [
        "전문역량/주요제품",
        "전문역량",
        "주요제품",
        "핵심역량",
        "주요품목",
        "생산품목",
        "주생산품",
        "주력제품",
    ],
    "postcode": ["우편번호", "우편"],
    "address": ["주소", "소재지", "사업장주소", "사업장소재지", "회사주소", "본사주소"],
    "phone": ["전화", "전화번호", "TEL", "대표전화", "연락처", "회사전화", "telephone", "phone"],
    "fax": ["팩스", "팩스번호", "FAX"],
    "email": ["이메일", "E-mail", "email", "전자우편", "메일", "이메일주소"],
    "homepage": ["홈페이지", "웹사이트", "homepage", "url", "website"],
    "founded_on": ["설립일", "설립일자", "설립연월일", "창립일", "개업일", "개업일자"],
    "sales": ["매출액", "매출", "연매출", "연매출액", "매출액원", "전년도매출액"],
    "employees": ["종업원수", "직원수", "근로자수", "종업원", "상시근로자수", "인원", "직원"],
    "joined_on": ["가입일", "가입일자", "입회일", "입회일자", "가입연월일"],
    "left_on": ["탈퇴일", "탈퇴일자"],
    "member_class": ["회원구분", "회원종류", "회원등급", "구분"],
    "status": ["상태", "회원상태"],
    "groups": ["소속그룹", "교류회", "소속교류회", "소속", "그룹", "단위교류회", "분과"],
    "note": ["비고", "메모", "참고"],
}
FIELD_KEYS = [key for key, _ in EXPORT_COLUMNS]
# The example row of the blank template; an import leaves it out if the user left it in.
EXAMPLE_NAME, EXAMPLE_BRN = "(주)예시정밀", "123-45-67891"
FIELD_LABELS = dict(EXPORT_COLUMNS)
# A header row names at least this many fields; a title or a note row names fewer.
MIN_HEADER_FIELDS = 2
HEADER_SEARCH_ROWS = 30
PROFILE_NAME_MAX = 50

_BRACKETED = re.compile(r"[(\[（［][^)\]）］]*[)\]）］]")
_NOT_WORD = re.compile(r"[\W_]+")


def normalize_header(text: Any) -> str:
    """`매출액(원)` → `매출액`, `E-mail` → `email`, ` 사업자 번호 ` → `사업자번호`."""
    if text is None:
        return ""
    value = str(text).strip().lower()
    stripped = _BRACKETED.sub("", value)
    return _NOT_WORD.sub("", stripped or value)


_VARIANT_KEYS: dict[str, str] = {}
for _key, _variants in HEADER_VARIANTS.items():
    for _variant in _variants:
        _VARIANT_KEYS.setdefault(normalize_header(_variant), _key)


def field_for_header(text: Any) -> str | None:
    return _VARIANT_KEYS.get(normalize_header(text))


@dataclass(frozen=True)
class HeaderRow:
    row_number: int  # Excel row number of the header
    index: int  # position among the rows read
    texts: list[str]


def find_header(rows: Sequence[tuple[int, Sequence[Any]]]) -> HeaderRow | None:
    """The row among the first ones that names the most member fields (title rows above are skipped)."""
    best: HeaderRow | None = None
    best_count = 0
    for index, (number, values) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = {field_for_header(v) for v in values if isinstance(v, str)} - {None}
        if len(keys) > best_count and len(keys) >= MIN_HEADER_FIELDS and keys & {"name", "brn"}:
            best_count = len(keys)
            best = HeaderRow(number, index, ["" if v is None else str(v).strip() for v in values])
    if best is not None and best.index + 1 < len(rows):
        number, below = rows[best.index + 1]
        if number == best.row_number + 1:
            sub = _sub_header(best.texts, below)
            if sub is not None:
                best = HeaderRow(best.row_number, best.index + 1, sub)
    return best


def _sub_header(top: Sequence[str], below: Sequence[Any]) -> list[str] | None:
    """A second header row under merged cells (연락처 over TEL and FAX), joined with the first.

    Taken as one only when the row below holds nothing but words and names a field the first
    row does not."""
    cells = [v for v in below if v is not None]
    if not cells or not all(isinstance(v, str) for v in cells):
        return None
    top_keys = {field_for_header(t) for t in top} - {None}
    if not ({field_for_header(v) for v in cells} - {None} - top_keys):
        return None
    width = max(len(top), len(below))
    return [
        str(below[i]).strip() if i < len(below) and below[i] else (top[i] if i < len(top) else "")
        for i in range(width)
    ]


def auto_mapping(header: Sequence[str]) -> dict[int, str]:
    """Column index → field key; each field taken by its first matching column."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for column, text in enumerate(header):
        key = field_for_header(text)
        if key and key not in taken:
            mapping[column] = key
            taken.add(key)
    return mapping


def check_mapping(mapping: Mapping[int, str]) -> None:
    """A mapping must name 회사명 and 사업자등록번호 and give each field at most one column."""
    keys = list(mapping.values())
    problems = {}
    for key in ("name", "brn"):
        if key not in keys:
            problems[key] = f"'{FIELD_LABELS[key]}' 열을 지정해 주십시오."
    doubled = sorted({k for k in keys if keys.count(k) > 1}, key=FIELD_KEYS.index)
    if doubled:
        names = ", ".join(FIELD_LABELS[k] for k in doubled)
        problems["mapping"] = f"같은 항목에 두 열이 지정되어 있습니다: {names}"
    unknown = [k for k in keys if k not in FIELD_LABELS]
    if unknown:
        problems["mapping"] = f"알 수 없는 항목입니다: {', '.join(unknown)}"
    if problems:
        raise FieldErrors(problems)


# --- profiles --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Profile:
    name: str
    headers: dict[str, str]  # normalised header text → field key


def profile_from_mapping(name: str, header: Sequence[str], mapping: Mapping[int, str]) -> Profile:
    """Every titled column's choice, "" for one the user chose not to import."""
    choices = {normalize_header(text): mapping.get(column, "") for column, text in enumerate(header)}
    choices.pop("", None)
    return Profile(name, choices)


def apply_profile(profile: Profile, header: Sequence[str]) -> dict[int, str]:
    """The profile's choices for the headers it knows (also "do not import"), automatic for the rest."""
    mapping: dict[int, str] = {}
    decided: set[int] = set()
    for column, text in enumerate(header):
        key = profile.headers.get(normalize_header(text))
        if key is None:
            continue
        decided.add(column)
        if key in FIELD_LABELS and key not in mapping.values():
            mapping[column] = key
    for column, key in auto_mapping(header).items():
        if column not in decided and key not in mapping.values():
            mapping[column] = key
    return mapping


# Units an amount column may be kept in; longer words first, so '백만원' is not taken for '만원'.
_AMOUNT_UNITS = (
    ("천만원", 10**7),
    ("백만원", 10**6),
    ("십만원", 10**5),
    ("만원", 10**4),
    ("천원", 10**3),
    ("억원", 10**8),
    ("억", 10**8),
)


def amount_unit(header_text: Any) -> int:
    """What one unit of an amount column is worth in 원: `매출액(백만원)` → 1,000,000."""
    text = str(header_text or "").replace(" ", "")
    return next((factor for word, factor in _AMOUNT_UNITS if word in text), 1)


class ProfileService:
    """Named column mappings, kept in the database so every PC of a shared database sees them."""

    def __init__(self, db: Database):
        self.db = db

    def names(self) -> list[str]:
        with self.db.reading() as s:
            return list(s.scalars(select(RosterProfile.name).order_by(RosterProfile.name)))

    def get(self, name: str) -> Profile | None:
        with self.db.reading() as s:
            text = s.scalar(select(RosterProfile.mapping).where(RosterProfile.name == name))
        return None if text is None else Profile(name, json.loads(text))

    def save(self, profile: Profile) -> None:
        name = profile.name.strip()
        if not name:
            raise FieldErrors({"profile": "열 지정 이름을 입력해 주십시오."})
        if len(name) > PROFILE_NAME_MAX:
            raise FieldErrors({"profile": f"열 지정 이름은 {PROFILE_NAME_MAX}자를 넘을 수 없습니다."})
        text = json.dumps(profile.headers, ensure_ascii=False, sort_keys=True)
        with self.db.transaction() as s:
            row = s.scalar(select(RosterProfile).where(RosterProfile.name == name))
            if row is None:
                s.add(RosterProfile(name=name, mapping=text, updated_at=dt.datetime.now()))
            else:
                row.mapping, row.updated_at = text, dt.datetime.now()

    def delete(self, name: str) -> None:
        with self.db.transaction() as s:
            s.execute(delete(RosterProfile).where(RosterProfile.name == name))


def describe_mapping(header: Sequence[str], mapping: Mapping[int, str]) -> Iterable[str]:
    """`업체명 → 회사명` lines, for logs and the command line."""
    for column, key in sorted(mapping.items()):
        yield f"{header[column] if column < len(header) else column} → {FIELD_LABELS[key]}"
