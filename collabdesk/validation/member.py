"""Checks and normalises a member company's fields as typed by a person or read from a file."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from collabdesk.domain import MEMBER_STATUSES, STATUS_ACTIVE, STATUS_LEFT
from collabdesk.errors import FieldErrors
from collabdesk.validation.korean import (
    ValidationError,
    normalize_brn,
    normalize_crn,
    normalize_email,
    normalize_homepage,
    normalize_phone,
    normalize_postcode,
    parse_amount,
    parse_count,
    parse_date,
)

FIELD_LABELS: dict[str, str] = {
    "name": "회사명",
    "ceo": "대표자",
    "brn": "사업자등록번호",
    "crn": "법인등록번호",
    "industry": "업종",
    "ksic_code": "KSIC 코드",
    "tags": "전문역량/주요제품",
    "postcode": "우편번호",
    "address": "주소",
    "phone": "전화",
    "fax": "팩스",
    "email": "이메일",
    "homepage": "홈페이지",
    "founded_on": "설립일",
    "sales": "매출액",
    "employees": "종업원수",
    "joined_on": "가입일",
    "left_on": "탈퇴일",
    "member_class": "회원구분",
    "status": "상태",
    "groups": "소속그룹",
    "note": "비고",
    "contacts": "담당자",
}

MAX_LENGTHS = {
    "name": 200,
    "ceo": 100,
    "address": 300,
    "homepage": 300,
    "email": 200,
    "note": 4000,
}
MAX_TAG_LENGTH = 100
KSIC_PATTERN = re.compile(r"^[A-U]?\d{0,5}$")


@dataclass
class ContactData:
    name: str
    position: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""


@dataclass
class MemberData:
    """A member company's fields after validation, in canonical form."""

    name: str
    brn: str
    ceo: str = ""
    crn: str = ""
    industry: str | None = None
    ksic_code: str = ""
    tags: list[str] = field(default_factory=list)
    postcode: str = ""
    address: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    homepage: str = ""
    founded_on: dt.date | None = None
    sales: int | None = None
    employees: int | None = None
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    member_class: str | None = None
    status: str = STATUS_ACTIVE
    note: str = ""
    contacts: list[ContactData] = field(default_factory=list)
    group_ids: list[int] = field(default_factory=list)


LEGAL_FORMS = re.compile(
    r"^\s*(?:\((?:주|유|사|재|합|자)\)|㈜|㈔|㈐|주식회사|유한회사|유한책임회사|합자회사|합명회사|사단법인|재단법인)\s*"
    r"|\s*(?:\((?:주|유|사|재|합|자)\)|㈜|㈔|㈐|주식회사|유한회사|유한책임회사|합자회사|합명회사)\s*$"
)


def sort_name(name: str) -> str:
    """회사명 for ordering: '(주)한빛정밀', '한빛정밀(주)' and '주식회사 한빛정밀' all sort as '한빛정밀'."""
    return LEGAL_FORMS.sub("", name).strip() or name.strip()


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).strip()


_TAG_SEPARATORS = re.compile(r"[,;\n]")


def split_tags(value: Any) -> list[str]:
    """Tags from a list or from text separated by commas, semicolons or line breaks."""
    items: Iterable[Any] = value if isinstance(value, list | tuple) else _TAG_SEPARATORS.split(_text(value))
    seen: dict[str, None] = {}
    for item in items:
        tag = _text(item)
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


class _Collector:
    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def run(self, key: str, func: Callable[[Any], Any], value: Any, default: Any = None) -> Any:
        # Every normaliser maps an empty value to the field's default; an import has many of them.
        if value is None or value == "":
            return default
        try:
            return func(value)
        except ValidationError as exc:
            label = FIELD_LABELS[key]
            message = str(exc)
            self.errors[key] = message if message.startswith(label) else f"{label}: {message}"
            return default


def _optional_text(value: Any) -> str | None:
    return _text(value) or None


def validate_contacts(rows: Iterable[Mapping[str, Any]], errors: dict[str, str]) -> list[ContactData]:
    contacts: list[ContactData] = []
    for number, row in enumerate(rows, start=1):
        name = _text(row.get("name"))
        rest = [_text(row.get(k)) for k in ("position", "phone", "email", "note")]
        if not name and not any(rest):
            continue
        if not name:
            errors.setdefault("contacts", f"담당자 {number}번째 줄: 이름을 입력해 주십시오.")
            continue
        try:
            phone = normalize_phone(rest[1])
            email = normalize_email(rest[2])
        except ValidationError as exc:
            errors.setdefault("contacts", f"담당자 {number}번째 줄({name}): {exc}")
            continue
        contacts.append(
            ContactData(name=name[:100], position=rest[0][:100], phone=phone, email=email, note=rest[3])
        )
    return contacts


def validate_member(raw: Mapping[str, Any], today: dt.date | None = None) -> MemberData:
    """Normalise every field; raise FieldErrors naming each bad field, in Korean."""
    today = today or dt.date.today()
    c = _Collector()
    name = _text(raw.get("name"))
    if not name:
        c.errors["name"] = "회사명을 입력해 주십시오."
    brn_text = _text(raw.get("brn"))
    brn = ""
    if not brn_text:
        c.errors["brn"] = "사업자등록번호를 입력해 주십시오."
    else:
        brn = c.run("brn", normalize_brn, brn_text, "")
    for key, limit in MAX_LENGTHS.items():
        if len(_text(raw.get(key))) > limit:
            c.errors[key] = f"{FIELD_LABELS[key]}: {limit}자를 넘을 수 없습니다."

    ksic = _text(raw.get("ksic_code")).upper()
    if ksic and not KSIC_PATTERN.match(ksic):
        c.errors["ksic_code"] = "KSIC 코드: 대분류 영문자와 숫자(예: C29, C29199)로 입력해 주십시오."
    tags = split_tags(raw.get("tags"))
    if any(len(tag) > MAX_TAG_LENGTH for tag in tags):
        c.errors["tags"] = f"전문역량/주요제품: 항목 하나는 {MAX_TAG_LENGTH}자를 넘을 수 없습니다."

    status = _text(raw.get("status")) or STATUS_ACTIVE
    if status not in MEMBER_STATUSES:
        c.errors["status"] = f"상태: {', '.join(MEMBER_STATUSES)} 중 하나여야 합니다."

    data = MemberData(
        name=name[: MAX_LENGTHS["name"]],
        brn=brn,
        ceo=_text(raw.get("ceo")),
        crn=c.run("crn", normalize_crn, _text(raw.get("crn")), "") if _text(raw.get("crn")) else "",
        industry=_optional_text(raw.get("industry")),
        ksic_code=ksic,
        tags=tags,
        postcode=c.run("postcode", normalize_postcode, _text(raw.get("postcode")), ""),
        address=_text(raw.get("address")),
        phone=c.run("phone", normalize_phone, _text(raw.get("phone")), ""),
        fax=c.run("fax", normalize_phone, _text(raw.get("fax")), ""),
        email=c.run("email", normalize_email, _text(raw.get("email")), ""),
        homepage=c.run("homepage", normalize_homepage, _text(raw.get("homepage")), ""),
        founded_on=c.run("founded_on", parse_date, raw.get("founded_on")),
        sales=c.run("sales", parse_amount, raw.get("sales")),
        employees=c.run("employees", parse_count, raw.get("employees")),
        joined_on=c.run("joined_on", parse_date, raw.get("joined_on")),
        left_on=c.run("left_on", parse_date, raw.get("left_on")),
        member_class=_optional_text(raw.get("member_class")),
        status=status,
        note=_text(raw.get("note")),
        group_ids=[int(g) for g in raw.get("group_ids") or []],
    )
    data.contacts = validate_contacts(raw.get("contacts") or [], c.errors)

    if data.employees is not None and data.employees > 10_000_000:
        c.errors["employees"] = "종업원수: 값이 너무 큽니다."
    if data.sales is not None and data.sales > 10**17:
        c.errors["sales"] = "매출액: 값이 너무 큽니다."
    for key in ("founded_on", "joined_on", "left_on"):
        value = getattr(data, key)
        if value is not None and value > today:
            c.errors.setdefault(key, f"{FIELD_LABELS[key]}: 미래의 날짜는 입력할 수 없습니다.")
    if data.joined_on and data.left_on and data.left_on < data.joined_on:
        c.errors.setdefault("left_on", "탈퇴일: 가입일보다 앞설 수 없습니다.")
    if status == STATUS_LEFT and data.left_on is None and "left_on" not in c.errors:
        c.errors["left_on"] = "탈퇴일: 상태가 탈퇴이면 탈퇴일을 입력해 주십시오."
    if status != STATUS_LEFT and data.left_on is not None:
        c.errors.setdefault("left_on", "탈퇴일: 상태가 탈퇴일 때만 입력합니다.")

    if c.errors:
        raise FieldErrors(c.errors)
    return data
