import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from collabdesk.validation import (
    ValidationError,
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

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _crn_with_check_digit(first12: str) -> str:
    """법인등록번호 알고리즘을 테스트 쪽에서 따로 구현해 구현 코드와 교차 검증한다."""
    total = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


def test_validation_error_is_value_error_with_message() -> None:
    exc = ValidationError("사업자등록번호의 검증번호가 맞지 않습니다")
    assert isinstance(exc, ValueError)
    assert str(exc) == "사업자등록번호의 검증번호가 맞지 않습니다"


# --- 사업자등록번호 -----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("135-81-21348", "135-81-21348"),
        ("1358121348", "135-81-21348"),
        ("  135 81 21348 ", "135-81-21348"),
        ("135.81.21348", "135-81-21348"),
        ("123-45-67800", "123-45-67800"),
    ],
)
def test_normalize_brn_valid(raw: str, expected: str) -> None:
    assert normalize_brn(raw) == expected
    assert is_valid_brn(raw)


def test_normalize_brn_bad_check_digit() -> None:
    with pytest.raises(ValidationError, match="검증번호가 맞지 않습니다"):
        normalize_brn("123-45-67890")
    assert not is_valid_brn("123-45-67890")


@pytest.mark.parametrize(
    "raw", ["", "   ", "135-81-2134", "135-81-213480", "135-81-2134a", "135_81_21348", "１３５８１２１３４８"]
)
def test_normalize_brn_wrong_shape(raw: str) -> None:
    with pytest.raises(ValidationError, match="사업자등록번호는 숫자 10자리여야 합니다"):
        normalize_brn(raw)
    assert not is_valid_brn(raw)


def test_brn_ninth_digit_carry_is_applied() -> None:
    # 9번째 자리가 2 이상이면 floor(d9*5/10) 보정이 결과를 바꾼다; 보정 없이 맞춘 번호는 틀려야 한다.
    assert is_valid_brn("135-81-21348")
    assert not is_valid_brn("135-81-21340")


# --- 법인등록번호 -------------------------------------------------------------


def test_crn_helper_matches_known_value() -> None:
    assert _crn_with_check_digit("110111123456") == "1101111234569"


@pytest.mark.parametrize("first12", ["110111123456", "134811000000", "284711987654"])
def test_normalize_crn_valid(first12: str) -> None:
    digits = _crn_with_check_digit(first12)
    canonical = f"{digits[:6]}-{digits[6:]}"
    assert normalize_crn(digits) == canonical
    assert normalize_crn(f" {canonical} ") == canonical
    assert normalize_crn(f"{digits[:6]} {digits[6:]}") == canonical
    assert is_valid_crn(digits)


def test_normalize_crn_bad_check_digit() -> None:
    with pytest.raises(ValidationError, match="법인등록번호의 검증번호가 맞지 않습니다"):
        normalize_crn("110111-1234560")
    assert not is_valid_crn("110111-1234560")


@pytest.mark.parametrize("raw", ["", "110111-123456", "110111-12345690", "11011A-1234569", "135-81-21348"])
def test_normalize_crn_wrong_shape(raw: str) -> None:
    with pytest.raises(ValidationError, match="법인등록번호는 숫자 13자리여야 합니다"):
        normalize_crn(raw)


# --- 전화번호 -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0313363133", "031-336-3133"),
        ("031-336-3133", "031-336-3133"),
        ("(031) 336-3133", "031-336-3133"),
        ("031.336.3133", "031-336-3133"),
        (" 031 336 3133 ", "031-336-3133"),
        ("+82 31 336 3133", "031-336-3133"),
        ("+82-10-1234-5678", "010-1234-5678"),
        ("+82 (0)31 336 3133", "031-336-3133"),
        ("01012345678", "010-1234-5678"),
        ("0111234567", "011-123-4567"),
        ("0212345678", "02-1234-5678"),
        ("022345678", "02-234-5678"),
        ("0641234567", "064-123-4567"),
        ("04412345678", "044-1234-5678"),
        ("07012345678", "070-1234-5678"),
        ("0801234567", "080-123-4567"),
        ("15881234", "1588-1234"),
        ("1644-1234", "1644-1234"),
        ("18001234", "1800-1234"),
        ("0505-123-4567", "0505-123-4567"),
        ("050512345678", "0505-1234-5678"),
        ("031-336-3133 내선 123", "031-336-3133 내선 123"),
        ("031-336-3133(내선123)", "031-336-3133 내선 123"),
        ("0313363133 (내선 45)", "031-336-3133 내선 45"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_normalize_phone_valid(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "336-3133",  # 지역번호 없음
        "0123456789",  # 없는 국번
        "0301234567",
        "0451234567",
        "0652345678",
        "0101234567",  # 010은 가입자 번호 8자리
        "031-12-3456",
        "031-12345-67890",
        "12345678",  # 15xx/16xx/18xx 외 대표번호
        "1588-12345",
        "0509-123-4567",
        "+1 212 555 1234",
        "전화 031-336-3133",
        "031-336-3133 ext 12",
        "031-336-3133 내선",
        "０３１３３６３１３３",
    ],
)
def test_normalize_phone_invalid(raw: str) -> None:
    with pytest.raises(ValidationError, match="전화번호 형식이 올바르지 않습니다: "):
        normalize_phone(raw)


# --- 우편번호 -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"), [("06164", "06164"), (" 17035 ", "17035"), ("", ""), ("  ", "")]
)
def test_normalize_postcode_valid(raw: str, expected: str) -> None:
    assert normalize_postcode(raw) == expected


@pytest.mark.parametrize("raw", ["1234", "123456", "135-081", "06l64", "０６１６４"])
def test_normalize_postcode_invalid(raw: str) -> None:
    with pytest.raises(ValidationError, match="우편번호는 숫자 5자리여야 합니다"):
        normalize_postcode(raw)


# --- 전자우편 -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("info@example.co.kr", "info@example.co.kr"),
        ("  Kim.Cheolsu+desk@Example.OR.KR ", "Kim.Cheolsu+desk@example.or.kr"),
        ("a_b-c@sub-domain.example.com", "a_b-c@sub-domain.example.com"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_normalize_email_valid(raw: str, expected: str) -> None:
    assert normalize_email(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "info",
        "info@",
        "@example.com",
        "info@example",
        "in fo@example.com",
        "info@@example.com",
        "info@example..com",
        ".info@example.com",
        "info.@example.com",
        "홍길동@example.com",
    ],
)
def test_normalize_email_invalid(raw: str) -> None:
    with pytest.raises(ValidationError, match="전자우편 주소 형식이 올바르지 않습니다"):
        normalize_email(raw)


# --- 홈페이지 -----------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "www.example.co.kr",
        "example.com",
        "http://www.example.co.kr",
        "https://www.example.co.kr/board/list.do?id=3#top",
        "https://example.com:8080/",
        "www.협회.한국",
    ],
)
def test_normalize_homepage_valid(raw: str) -> None:
    assert normalize_homepage(f"  {raw} ") == raw


def test_normalize_homepage_empty() -> None:
    assert normalize_homepage("") == ""
    assert normalize_homepage("   ") == ""


@pytest.mark.parametrize(
    "raw",
    [
        "홈페이지 없음",
        "www.example .com",
        "http://",
        "ftp://example.com",
        "localhost",
        "www.example.c0m",
        "https://www.example.com/a b",
        "-",
    ],
)
def test_normalize_homepage_invalid(raw: str) -> None:
    with pytest.raises(ValidationError, match="홈페이지 주소 형식이 올바르지 않습니다"):
        normalize_homepage(raw)


# --- 날짜 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "2019-06-01",
        "2019.06.01",
        "2019. 6. 1.",
        "2019. 6. 1",
        "2019/6/1",
        "20190601",
        " 2019-6-1 ",
        "2019년 6월 1일",
        date(2019, 6, 1),
        datetime(2019, 6, 1, 13, 45),
    ],
)
def test_parse_date_valid(raw: str | date) -> None:
    result = parse_date(raw)
    assert result == date(2019, 6, 1)
    assert type(result) is date


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_parse_date_empty(raw: str | None) -> None:
    assert parse_date(raw) is None


@pytest.mark.parametrize(
    "raw",
    [
        "2019-02-30",
        "20190230",
        "2019-13-01",
        "2019-06",
        "19-06-01",
        "2019-06/01",
        "2019-06-01.",
        "2019년 6월",
        "어제",
        "2019０601",
    ],
)
def test_parse_date_invalid(raw: str) -> None:
    with pytest.raises(ValidationError, match="날짜 형식이 올바르지 않습니다: "):
        parse_date(raw)


def test_parse_date_rejects_non_string_types() -> None:
    with pytest.raises(ValidationError, match="날짜 형식이 올바르지 않습니다"):
        parse_date(20190601)  # type: ignore[arg-type]


# --- 금액 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1,234,000", 1234000),
        (" 1,234,000 ", 1234000),
        ("1,234,000원", 1234000),
        ("1,234,000 원", 1234000),
        ("1234000", 1234000),
        ("0", 0),
        ("500", 500),
        ("1234.0", 1234),
        (1234000, 1234000),
        (0, 0),
        (1234000.0, 1234000),
    ],
)
def test_parse_amount_valid(raw: str | int | float, expected: int) -> None:
    result = parse_amount(raw)
    assert result == expected
    assert type(result) is int


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_parse_amount_empty(raw: str | None) -> None:
    assert parse_amount(raw) is None


@pytest.mark.parametrize("raw", ["-1,000", "-5원", " -1 ", -1, -1.0])
def test_parse_amount_negative(raw: str | int | float) -> None:
    with pytest.raises(ValidationError, match="음수는 입력할 수 없습니다"):
        parse_amount(raw)


@pytest.mark.parametrize(
    "raw",
    ["1,23,000", "12,34", "1.234.000", "1234.5", "천원", "원", "1 234", "₩1,000", 1234.5, float("nan"), True],
)
def test_parse_amount_invalid(raw: str | float | bool) -> None:
    with pytest.raises(ValidationError):
        parse_amount(raw)


# --- 공문서 날짜 표기 ---------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2026, 11, 24), "2026. 11. 24."),
        (date(2026, 1, 5), "2026. 1. 5."),
        (date(2019, 12, 1), "2019. 12. 1."),
    ],
)
def test_format_official_date(value: date, expected: str) -> None:
    assert format_official_date(value) == expected


def test_official_date_round_trips_through_parse_date() -> None:
    value = date(2026, 1, 5)
    assert parse_date(format_official_date(value)) == value


# --- Qt 비의존성 --------------------------------------------------------------


def test_import_does_not_pull_in_pyside6() -> None:
    code = (
        "import collabdesk.validation, sys; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), "
        "sorted(m for m in sys.modules if m.startswith('PySide6'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("text", "expected"), [("29", 29), ("29명", 29), (" 1,200 명 ", 1200), (15, 15), ("", None)]
)
def test_parse_count_accepts_people(text, expected) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize("text", ["스물", "-3", "2.5명", "1,2명"])
def test_parse_count_rejects_non_counts(text) -> None:
    with pytest.raises(ValidationError, match="0 이상의 정수"):
        parse_count(text)
