"""한국 행정 서식에 쓰이는 값(사업자등록번호, 전화번호, 날짜 등)의 검증과 정규화.

Qt에 의존하지 않으므로 화면, 가져오기(import), 테스트 어디서나 쓸 수 있다.
"""

from __future__ import annotations

import math
import operator
import re
from datetime import date, datetime

__all__ = [
    "ValidationError",
    "format_official_date",
    "is_valid_brn",
    "is_valid_crn",
    "normalize_brn",
    "normalize_crn",
    "normalize_email",
    "normalize_homepage",
    "normalize_phone",
    "normalize_postcode",
    "parse_amount",
    "parse_date",
]


class ValidationError(ValueError):
    """사용자에게 그대로 보여 줄 수 있는 한국어 메시지를 담는 검증 오류."""


_NUMBER_SEPARATORS = re.compile(r"[\s.\-]")


def _strip_number(text: str, label: str, length: int) -> str:
    digits = _NUMBER_SEPARATORS.sub("", text.strip())
    if len(digits) != length or not digits.isascii() or not digits.isdigit():
        raise ValidationError(f"{label}는 숫자 {length}자리여야 합니다")
    return digits


_BRN_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def brn_check_digit(first_nine: str) -> int:
    """사업자등록번호 앞 9자리에 대한 검증번호(10번째 자리)."""
    nums = list(map(int, first_nine))
    total = sum(map(operator.mul, nums, _BRN_WEIGHTS))
    # 국세청 알고리즘: 9번째 자리는 가중치 5를 곱한 값의 십의 자리를 한 번 더 더한다.
    total += nums[8] * 5 // 10
    return (10 - total % 10) % 10


def normalize_brn(text: str) -> str:
    """사업자등록번호를 검증하고 ``XXX-XX-XXXXX`` 형태로 돌려준다."""
    digits = _strip_number(text, "사업자등록번호", 10)
    if brn_check_digit(digits[:9]) != int(digits[9]):
        raise ValidationError("사업자등록번호의 검증번호가 맞지 않습니다")
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def is_valid_brn(text: str) -> bool:
    try:
        normalize_brn(text)
    except ValidationError:
        return False
    return True


def normalize_crn(text: str) -> str:
    """법인등록번호를 검증하고 ``XXXXXX-XXXXXXX`` 형태로 돌려준다."""
    digits = _strip_number(text, "법인등록번호", 13)
    nums = [int(c) for c in digits]
    total = sum(n * (1 if i % 2 == 0 else 2) for i, n in enumerate(nums[:12]))
    if (10 - total % 10) % 10 != nums[12]:
        raise ValidationError("법인등록번호의 검증번호가 맞지 않습니다")
    return f"{digits[:6]}-{digits[6:]}"


def is_valid_crn(text: str) -> bool:
    try:
        normalize_crn(text)
    except ValidationError:
        return False
    return True


# 02를 뺀 지역번호: 031~033, 041~044, 051~055, 061~064.
_AREA_CODE = re.compile(r"0(?:3[1-3]|4[1-4]|5[1-5]|6[1-4])")
_OLD_MOBILE = frozenset({"011", "016", "017", "018", "019"})
# re.ASCII: 전각 숫자 같은 유니코드 숫자가 \d 로 슬그머니 통과하지 않게 한다.
_EXTENSION = re.compile(r"\(?\s*내선\s*(\d{1,6})\s*\)?\s*$", re.ASCII)
_PHONE_CHARS = re.compile(r"\+?[\d\s().\-]+", re.ASCII)


_SAFE_NUMBER = re.compile(r"050[2-8]")  # 안심번호
_NOT_DIGIT = re.compile(r"[^0-9]")
_SPACE = re.compile(r"\s")
_POSTCODE = re.compile(r"[0-9]{5}")


def _split_subscriber(prefix: str, rest: str, *, allow_short: bool = True) -> str | None:
    if len(rest) == 8 or (allow_short and len(rest) == 7):
        split = len(rest) - 4
        return f"{prefix}-{rest[:split]}-{rest[split:]}"
    return None


def _format_phone_digits(digits: str) -> str | None:
    if digits.startswith("02"):
        return _split_subscriber("02", digits[2:])
    if len(digits) == 8 and digits[:2] in ("15", "16", "18"):
        return f"{digits[:4]}-{digits[4:]}"
    if _SAFE_NUMBER.fullmatch(digits[:4]):
        return _split_subscriber(digits[:4], digits[4:])
    prefix, rest = digits[:3], digits[3:]
    if prefix == "010":
        # 010은 가입자 번호가 항상 8자리라 7자리는 오타로 본다.
        return _split_subscriber(prefix, rest, allow_short=False)
    if _AREA_CODE.fullmatch(prefix) or prefix in _OLD_MOBILE or prefix in ("070", "080"):
        return _split_subscriber(prefix, rest)
    return None


def normalize_phone(text: str) -> str:
    """전화번호를 ``031-336-3133`` 처럼 하이픈으로 구분한 형태로 돌려준다.

    ``내선 123`` 같은 내선 표기는 `` 내선 123`` 접미사로 보존한다.
    """
    value = text.strip()
    if not value:
        return ""
    error = ValidationError(f"전화번호 형식이 올바르지 않습니다: {value}")
    suffix = ""
    ext = _EXTENSION.search(value)
    if ext:
        suffix = f" 내선 {ext.group(1)}"
        value = value[: ext.start()].strip()
    if not _PHONE_CHARS.fullmatch(value):
        raise error
    digits = _NOT_DIGIT.sub("", value)
    if value.startswith("+"):
        if not digits.startswith("82"):
            raise error
        # 국제 표기 +82 (0)31 처럼 0을 남겨 쓰는 경우도 있다.
        digits = digits[2:] if digits[2:3] == "0" else "0" + digits[2:]
    formatted = _format_phone_digits(digits)
    if formatted is None:
        raise error
    return formatted + suffix


def normalize_postcode(text: str) -> str:
    """새 우편번호(국가기초구역번호, 숫자 5자리)를 검증한다."""
    value = _SPACE.sub("", text)
    if not value:
        return ""
    if not _POSTCODE.fullmatch(value):
        raise ValidationError("우편번호는 숫자 5자리여야 합니다")
    return value


_EMAIL = re.compile(r"(?P<local>[A-Za-z0-9._%+\-]+)@(?P<domain>(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,})")


def normalize_email(text: str) -> str:
    """전자우편 주소를 검증하고 도메인을 소문자로 바꿔 돌려준다."""
    value = text.strip()
    if not value:
        return ""
    match = _EMAIL.fullmatch(value)
    if not match or ".." in value or match["local"].startswith(".") or match["local"].endswith("."):
        raise ValidationError(f"전자우편 주소 형식이 올바르지 않습니다: {value}")
    return f"{match['local']}@{match['domain'].lower()}"


# 한글 도메인(예: 협회.한국)도 허용하려고 \w 를 쓴다.
_HOMEPAGE = re.compile(
    r"(?:https?://)?(?:[\w\-]+\.)+[^\W\d_]{2,}(?::\d{1,5})?(?:[/?#]\S*)?",
    re.IGNORECASE,
)


def normalize_homepage(text: str) -> str:
    """홈페이지 주소(``www.example.co.kr`` 또는 ``http(s)://…``)를 검증한다."""
    value = text.strip()
    if not value:
        return ""
    if not _HOMEPAGE.fullmatch(value):
        raise ValidationError(f"홈페이지 주소 형식이 올바르지 않습니다: {value}")
    return value


_DATE_PATTERNS = (
    re.compile(r"(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})", re.ASCII),
    re.compile(r"(\d{4})\s*/\s*(\d{1,2})\s*/\s*(\d{1,2})", re.ASCII),
    re.compile(r"(\d{4})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.?", re.ASCII),
    re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일", re.ASCII),
    re.compile(r"(\d{4})(\d{2})(\d{2})", re.ASCII),
)


def parse_date(value: str | date | None) -> date | None:
    """여러 한국식 날짜 표기를 ``date``로 바꾼다. 빈 값은 ``None``."""
    if value is None:
        return None
    # datetime은 date의 하위 클래스라서 먼저 검사해야 시각이 떨어져 나간다.
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValidationError(f"날짜 형식이 올바르지 않습니다: {value}")
    text = value.strip()
    if not text:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            year, month, day = map(int, match.groups())
            try:
                return date(year, month, day)
            except ValueError:
                break
    raise ValidationError(f"날짜 형식이 올바르지 않습니다: {text}")


_AMOUNT = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?", re.ASCII)


def parse_amount(value: str | int | float | None) -> int | None:
    """금액을 정수(원)로 바꾼다. ``1,234,000원`` 같은 표기를 허용하고 빈 값은 ``None``."""
    if value is None:
        return None
    # bool은 int의 하위 클래스지만 금액으로 받아들이면 오입력을 숨기게 된다.
    if isinstance(value, bool):
        raise ValidationError(f"금액 형식이 올바르지 않습니다: {value!r}")
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise ValidationError(f"금액은 원 단위 정수여야 합니다: {value!r}")
        value = int(value)
    if isinstance(value, int):
        if value < 0:
            raise ValidationError("음수는 입력할 수 없습니다")
        return value
    if not isinstance(value, str):
        raise ValidationError(f"금액 형식이 올바르지 않습니다: {value!r}")
    text = value.strip()
    if not text:
        return None
    body = text.removesuffix("원").strip()
    if body.startswith(("-", "−")):
        raise ValidationError("음수는 입력할 수 없습니다")
    match = _AMOUNT.fullmatch(body)
    if not match:
        raise ValidationError(f"금액 형식이 올바르지 않습니다: {text}")
    return int(match.group(1).replace(",", ""))


def parse_count(value: str | int | float | None) -> int | None:
    """사람 수를 정수로 바꾼다. ``1,200명``처럼 써도 되고 빈 값은 ``None``."""
    body = value.strip().removesuffix("명").strip() if isinstance(value, str) else value
    try:
        return parse_amount(body)
    except ValidationError as exc:
        shown = value.strip() if isinstance(value, str) else repr(value)
        raise ValidationError(f"0 이상의 정수로 입력해 주십시오: {shown}") from exc


def format_official_date(d: date) -> str:
    """공문서 표기(``2026. 11. 24.``)로 날짜를 쓴다."""
    return f"{d.year}. {d.month}. {d.day}."
