"""The hash chain of the certificate register (발급대장), and the verification codes.

Each entry stores
- content_hash: SHA-256 of the certificate's content, which is stored as canonical JSON (everything
  the page prints), so a reprint years later is the same page and a changed word is noticed;
- entry_hash: SHA-256 over the canonical JSON of the entry's own fields followed by prev_hash, the
  entry_hash of the entry before it (GENESIS for the first).

The database refuses UPDATE and DELETE on the register (triggers, migration 0008). The chain is for
what gets past them: a row changed or removed with an SQLite or PostgreSQL tool after dropping a
trigger. `check_chain` walks the entries in order and names the first that does not fit.

What a chain without a secret cannot show: someone who rewrites an entry *and* recomputes every
later hash, or who removes the newest entries. The printed register carries the newest entry's
hash (chain_note) for that reason: a paper copy anchors the chain at the time it was printed.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, String, select, type_coerce

from collabdesk.db.models import CertificateEntry

GENESIS = "0" * 64
ISSUE, REVOKE = "issue", "revoke"
# The fields entry_hash covers, in this order (prev_hash is appended after them).
HASHED_FIELDS = (
    "seq",
    "entry_type",
    "number",
    "revokes",
    "replaces",
    "kind_id",
    "kind_name",
    "year",
    "number_seq",
    "member_id",
    "company",
    "business_number",
    "project_id",
    "project_name",
    "role",
    "issue_date",
    "revoked_on",
    "reason",
    "issued_by",
    "content",
    "content_hash",
    "verification_code",
    "created_at",
)
# Verification codes: no 0/O, 1/I/L look-alikes; 8 of these 31 characters give about 8.5 * 10**11 codes.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8

ALTERED, REMOVED, INSERTED, UNPROTECTED = "altered", "removed", "inserted", "unprotected"
PROBLEM_LABELS = {ALTERED: "변경됨", REMOVED: "삭제됨", INSERTED: "끼워 넣어짐", UNPROTECTED: "보호 풀림"}
# Triggers of migration 0008 that keep the register append-only.
SQLITE_GUARDS = {
    "certificate_entries_no_update",
    "certificate_entries_no_delete",
    "certificate_entries_no_replace",
}
POSTGRES_GUARDS = {"certificate_entries_no_change", "certificate_entries_no_truncate"}


def canonical(value: Any) -> str:
    """JSON with sorted keys and no spaces: the same value always gives the same text."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_plain)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entry_hash(fields: Mapping[str, Any], prev_hash: str) -> str:
    """The hash an entry with these fields must carry after an entry hashed `prev_hash`."""
    return sha256_text(canonical({key: fields.get(key) for key in HASHED_FIELDS}) + prev_hash)


# --- verification codes -------------------------------------------------------------------------
def new_code() -> str:
    """A random verification code, as stored (8 characters, no dash)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def show_code(code: str) -> str:
    """A stored code as printed and typed: XXXX-XXXX."""
    return f"{code[:4]}-{code[4:]}" if len(code) == CODE_LENGTH else code


def normalize_code(text: str) -> str:
    """What a person typed or scanned, as stored: upper case, without dashes or spaces."""
    return "".join(ch for ch in text.upper() if ch not in "- \t")


# Dashes a number may be typed or pasted with (en, em, figure, minus, full-width …): all are '-'.
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
# Invisible characters a copy from a document or a web page can carry.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def number_key(text: str) -> str:
    """A certificate number as compared and stored in number_key: NFC, no white space, every dash
    '-'. '제2026–0001호' (en dash) finds '제 2026-0001 호'; two kinds whose numbers differ only
    so are refused (a number must name one certificate)."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_DASHES)
    return "".join(text.split())


normalize_number = number_key  # the earlier name


# --- checking -------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChainReport:
    ok: bool
    count: int  # entries read
    last_seq: int | None
    last_hash: str  # of the newest entry, GENESIS for an empty register
    protected: bool  # the append-only triggers are in place
    # The first entry that does not fit (None when ok): its seq, its number, what is wrong.
    bad_seq: int | None = None
    bad_number: str | None = None
    problem: str | None = None  # ALTERED / REMOVED / INSERTED / UNPROTECTED
    message: str = ""


@dataclass(frozen=True)
class Anchor:
    """The newest entry as recorded outside the register (this PC's data folder, the audit log)."""

    where: str  # said in the message: "이 PC의 기록", "변경 이력"
    seq: int
    entry_hash: str


def entry_label(entry_type: str, number: str | None, revokes: str | None) -> str:
    return f"{number} 발급" if entry_type == ISSUE else f"{revokes} 취소"


def _with_lookahead(rows: Iterable[Mapping[str, Any]]) -> Iterator[tuple[Mapping[str, Any], bool]]:
    """Each row with whether another one follows it."""
    it = iter(rows)
    current = next(it, None)
    while current is not None:
        following = next(it, None)
        yield current, following is not None
        current = following


def decoded(row: Mapping[str, Any]) -> dict[str, Any]:
    """A register row as hashed: dates and times read from their stored text (the register is read
    as text so that one unreadable value is that row's problem, not a crash). Raises ValueError or
    TypeError for a value that cannot be what the program wrote."""
    values = dict(row)
    for key in ("seq",):
        values[key] = int(values[key])
    for key in ("kind_id", "year", "number_seq", "member_id", "project_id"):
        if values.get(key) is not None and not isinstance(values[key], int):
            values[key] = int(values[key])
    for key in ("issue_date", "revoked_on"):
        value = values.get(key)
        if isinstance(value, str):
            values[key] = dt.date.fromisoformat(value)
        elif value is not None and not isinstance(value, dt.date):
            raise TypeError(f"{key}: {value!r}")
    created = values.get("created_at")
    if isinstance(created, str):
        values["created_at"] = dt.datetime.fromisoformat(created)
    elif not isinstance(created, dt.datetime):
        raise TypeError(f"created_at: {created!r}")
    return values


def check_entries(
    rows: Iterable[Mapping[str, Any]], protected: bool = True, anchors: Iterable[Anchor] = ()
) -> ChainReport:
    """Walk entries (mappings of the register's columns) in seq order; the first misfit ends it.
    `anchors`: the newest entry as recorded elsewhere; a register shorter than one, or another hash
    at its seq, means the newest entries were removed (or the chain rewritten)."""
    anchors = list(anchors)
    expected_seq, expected_prev = 1, GENESIS
    count = 0
    previous: Mapping[str, Any] | None = None

    def bad(found: tuple[int | None, str | None, str, str]) -> ChainReport:
        seq, number, problem, message = found
        return ChainReport(
            ok=False,
            count=count,
            last_seq=int(previous["seq"]) if previous is not None else None,
            last_hash=expected_prev,
            protected=protected,
            bad_seq=seq,
            bad_number=number,
            problem=problem,
            message=message,
        )

    for raw, more in _with_lookahead(rows):
        count += 1
        try:
            row = decoded(raw)
            found = _misfit(row, previous, more, expected_seq, expected_prev)
        except (ValueError, TypeError, KeyError):
            found = _unreadable(raw, expected_seq)
        if found is None:
            found = _off_anchor(row, anchors)
        if found is not None:
            return bad(found)
        previous = row
        expected_seq, expected_prev = int(row["seq"]) + 1, row["entry_hash"]
    last_seq = expected_seq - 1
    for anchor in anchors:
        if anchor.seq > last_seq:
            return bad(
                (
                    last_seq + 1,
                    None,
                    REMOVED,
                    f"발급대장의 마지막 항목({last_seq}번 이후)이 지워졌습니다: {anchor.where}에는 "
                    f"{anchor.seq}번 항목까지 있었습니다.",
                )
            )
    if not protected:
        return bad(
            (
                None,
                None,
                UNPROTECTED,
                "발급대장을 고치거나 지우지 못하게 막는 데이터베이스 장치(트리거)가 없어졌습니다: "
                "프로그램 밖에서 보호를 풀었으므로 발급대장을 믿을 수 없습니다 "
                f"(항목 {count}개의 연결은 맞습니다).",
            )
        )
    return ChainReport(
        ok=True,
        count=count,
        last_seq=int(previous["seq"]) if previous is not None else None,
        last_hash=expected_prev,
        protected=protected,
        message=f"발급대장 {count}개 항목의 연결이 온전합니다." if count else "발급대장에 항목이 없습니다.",
    )


def _unreadable(raw: Mapping[str, Any], expected_seq: int) -> tuple[int, str | None, str, str]:
    try:
        seq = int(raw["seq"])
    except (ValueError, TypeError, KeyError):
        seq = expected_seq
    if seq != expected_seq:
        seq = min(seq, expected_seq) if seq > 0 else expected_seq
    number = raw.get("number") or raw.get("revokes")
    named = f"({number})" if isinstance(number, str) and number else ""
    return (
        seq,
        number if isinstance(number, str) else None,
        ALTERED,
        f"발급대장 {seq}번 항목{named}에 프로그램이 쓰지 않은 값이 있습니다 (읽을 수 없는 날짜나 숫자): "
        "프로그램 밖에서 바뀌었습니다.",
    )


def _off_anchor(row: Mapping[str, Any], anchors: Sequence[Anchor]) -> tuple[int, str | None, str, str] | None:
    seq = int(row["seq"])
    for anchor in anchors:
        if anchor.seq == seq and anchor.entry_hash != row["entry_hash"]:
            label = entry_label(row["entry_type"], row["number"], row["revokes"])
            return (
                seq,
                row["number"] or row["revokes"],
                ALTERED,
                f"발급대장 {seq}번 항목({label})의 검사값이 {anchor.where}에 남은 값과 다릅니다: "
                f"마지막 항목({seq - 1}번 이후)이 지워진 뒤 다른 항목이 쓰였거나, 검사값을 다시 계산했습니다.",
            )
    return None


def _misfit(
    row: Mapping[str, Any],
    previous: Mapping[str, Any] | None,
    more: bool,
    expected_seq: int,
    expected_prev: str,
) -> tuple[int, str | None, str, str] | None:
    """What is wrong with `row` after `previous`: (seq named, its number, problem, message)."""
    seq = int(row["seq"])
    label = entry_label(row["entry_type"], row["number"], row["revokes"])
    number = row["number"] or row["revokes"]
    # A gap first: entries removed before this one are the first thing wrong, whatever this one is.
    if seq != expected_seq:
        if seq > expected_seq and row["prev_hash"] == expected_prev and _hashes_fit(row):
            # Chained to the entry before it, under a number the program would not have given.
            return (
                seq,
                number,
                INSERTED,
                f"발급대장 {seq}번 항목({label})은 프로그램 밖에서 끼워 넣어졌습니다 "
                f"({expected_seq}번이어야 합니다).",
            )
        if seq > expected_seq:
            missing = f"{expected_seq}번" if seq == expected_seq + 1 else f"{expected_seq}~{seq - 1}번"
            return (
                expected_seq,
                None,
                REMOVED,
                f"발급대장 {missing} 항목이 지워졌습니다 (그 다음 항목: {seq}번 {label}).",
            )
        return (
            seq,
            number,
            ALTERED,
            f"발급대장 {seq}번 항목({label})의 순번이 앞 항목과 겹치거나 거꾸로입니다: 프로그램 밖에서 바뀌었습니다.",
        )
    if row["content_hash"] != (sha256_text(row["content"]) if row["content"] else ""):
        return seq, number, ALTERED, f"발급대장 {seq}번 항목({label})의 인증서 내용이 바뀌었습니다."
    if entry_hash(row, row["prev_hash"]) != row["entry_hash"]:
        return seq, number, ALTERED, f"발급대장 {seq}번 항목({label})이 프로그램 밖에서 바뀌었습니다."
    key = row.get("number_key")
    if key is not None and row["number"] and key.split("#")[0] != number_key(row["number"]):
        return seq, number, ALTERED, f"발급대장 {seq}번 항목({label})의 번호 색인이 바뀌었습니다."
    if row["prev_hash"] == expected_prev:
        return None
    if previous is None:
        # The first entry is whole in itself but follows an entry that is not there.
        return (
            seq,
            number,
            REMOVED,
            f"발급대장 {seq}번 항목({label}) 앞의 항목이 지워졌습니다: 첫 항목이 가리키는 앞 항목이 없습니다.",
        )
    before = entry_label(previous["entry_type"], previous["number"], previous["revokes"])
    prev_seq = int(previous["seq"])
    if not more:
        # The newest entry does not follow the one before it: most likely appended outside.
        return (
            seq,
            number,
            INSERTED,
            f"발급대장 {seq}번 항목({label})이 앞 항목({prev_seq}번 {before})에 이어지지 않습니다: "
            "프로그램 밖에서 끼워 넣었거나 앞 항목을 바꾼 것입니다.",
        )
    return (
        prev_seq,
        previous["number"] or previous["revokes"],
        ALTERED,
        f"발급대장 {prev_seq}번 항목({before})이 바뀌었습니다: 다음 {seq}번 항목이 가리키는 "
        "검사값과 다릅니다 (검사값을 다시 계산했거나 다른 항목으로 바꾼 것입니다).",
    )


def _hashes_fit(row: Mapping[str, Any]) -> bool:
    content_ok = row["content_hash"] == (sha256_text(row["content"]) if row["content"] else "")
    return content_ok and entry_hash(row, row["prev_hash"]) == row["entry_hash"]


def row_fits(row: Mapping[str, Any]) -> bool:
    """Whether one entry's own hashes match its fields (verify and reprint check this)."""
    try:
        return _hashes_fit(decoded(row))
    except (ValueError, TypeError, KeyError):
        return False


_TEXT_TYPES = ("issue_date", "revoked_on", "created_at")


def register_rows(conn: Connection) -> Iterable[Mapping[str, Any]]:
    """Every register entry, in seq order, as plain mappings (read in chunks). Dates and times are
    read as stored text and parsed per row, so that an unreadable one is found by the check (the
    row comes as stored) instead of crashing it."""
    table = CertificateEntry.__table__
    columns = [
        type_coerce(column, String()).label(column.name) if column.name in _TEXT_TYPES else column
        for column in table.columns
    ]
    result = conn.execution_options(yield_per=1000).execute(select(*columns).order_by(table.c.seq))
    for row in result.mappings():
        try:
            yield decoded(row)
        except (ValueError, TypeError, KeyError):
            yield dict(row)  # as stored: check_entries names it


def guards_in_place(conn: Connection) -> bool:
    """Whether the triggers that refuse UPDATE and DELETE on the register still exist."""
    if conn.dialect.name == "sqlite":
        names = {
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'certificate_entries'"
            )
        }
        return names >= SQLITE_GUARDS
    names = {
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'certificate_entries'::regclass "
            "AND NOT tgisinternal AND tgenabled <> 'D'"
        )
    }
    return names >= POSTGRES_GUARDS
