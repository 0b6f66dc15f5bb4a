"""Qt에 의존하지 않는 입력값 검증·정규화 함수 모음."""

from collabdesk.validation.korean import (
    ValidationError,
    brn_check_digit,
    format_official_date,
    is_valid_brn,
    is_valid_crn,
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

__all__ = [
    "ValidationError",
    "brn_check_digit",
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
    "parse_count",
    "parse_date",
]
