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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

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

ALTERED, REMOVED, INSERTED = "altered", "removed", "inserted"
PROBLEM_LABELS = {ALTERED: "변경됨", REMOVED: "삭제됨", INSERTED: "끼워 넣어짐"}
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


def normalize_number(text: str) -> str:
    """A certificate number without white space, so '제2026-0001호' finds '제 2026-0001 호'."""
    return "".join(text.split())


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
    problem: str | None = None  # ALTERED / REMOVED / INSERTED
    message: str = ""


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


def check_entries(rows: Iterable[Mapping[str, Any]], protected: bool = True) -> ChainReport:
    """Walk entries (mappings of the register's columns) in seq order; the first misfit ends it."""
    expected_seq, expected_prev = 1, GENESIS
    count = 0
    previous: Mapping[str, Any] | None = None
    for row, more in _with_lookahead(rows):
        count += 1
        found = _misfit(row, previous, more, expected_seq, expected_prev)
        if found is not None:
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
        previous = row
        expected_seq, expected_prev = int(row["seq"]) + 1, row["entry_hash"]
    return ChainReport(
        ok=True,
        count=count,
        last_seq=int(previous["seq"]) if previous is not None else None,
        last_hash=expected_prev,
        protected=protected,
        message=f"발급대장 {count}개 항목의 연결이 온전합니다." if count else "발급대장에 항목이 없습니다.",
    )


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
    if row["content_hash"] != (sha256_text(row["content"]) if row["content"] else ""):
        return seq, number, ALTERED, f"발급대장 {seq}번 항목({label})의 인증서 내용이 바뀌었습니다."
    if entry_hash(row, row["prev_hash"]) != row["entry_hash"]:
        return seq, number, ALTERED, f"발급대장 {seq}번 항목({label})이 프로그램 밖에서 바뀌었습니다."
    if seq != expected_seq:
        if seq > expected_seq and row["prev_hash"] == expected_prev:
            # Chained to the entry before it, under a number the program would not have given.
            return (
                seq,
                number,
                INSERTED,
                f"발급대장 {seq}번 항목({label})은 프로그램 밖에서 끼워 넣어졌습니다 "
                f"({expected_seq}번이어야 합니다).",
            )
        missing = f"{expected_seq}번" if seq == expected_seq + 1 else f"{expected_seq}~{seq - 1}번"
        return (
            expected_seq,
            None,
            REMOVED,
            f"발급대장 {missing} 항목이 지워졌습니다 (그 다음 항목: {seq}번 {label}).",
        )
    if row["prev_hash"] == expected_prev:
        return None
    assert previous is not None  # the first entry's expected_prev is GENESIS: seq 1 checked above
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


def register_rows(conn: Connection) -> Iterable[Mapping[str, Any]]:
    """Every register entry, in seq order, as plain mappings (read in chunks)."""
    table = CertificateEntry.__table__
    result = conn.execution_options(yield_per=1000).execute(select(table).order_by(table.c.seq))
    for row in result.mappings():
        yield dict(row)


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
