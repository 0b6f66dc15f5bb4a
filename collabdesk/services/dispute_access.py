"""The mediation password that guards dispute records (분쟁조정), shared by every PC of the database.

Only a random salt and a scrypt hash are stored, with the function's name and parameters (so that a
later version can raise them and still check an old hash). `DisputeGate.access(password)` hands out
a DisputeAccess: unlocked for the right password, or for any when no password is set. The services
take it on every call that reads or changes a case's texts; a locked access (or none) sees case
numbers and statuses only. An access lapses when the password changes (another PC may change it),
because it carries the hash it was opened with.

Each unlock, each failed attempt and each change of the password is written to the audit log with
log_event; the password and its hash never are."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from collabdesk.db import audit
from collabdesk.db.engine import Database
from collabdesk.db.models import DisputeCase, DisputeSettings
from collabdesk.errors import FieldErrors, NotFoundError, StorageError, UserError

KDF = "scrypt"
# OWASP's scrypt settings for a password (N=2^14, r=8, p=5): 16 MiB and about a tenth of a second.
KDF_PARAMS: dict[str, int] = {"n": 2**14, "r": 8, "p": 5, "dklen": 32}
SALT_BYTES = 16
MIN_PASSWORD = 4
CASES = "dispute_cases"
UNLOCK, DENIED, VIEW, PASSWORD = "unlock", "denied", "view", "password"
RECORDS_LABEL = "분쟁조정 기록"

LOCKED_MESSAGE = "분쟁조정 기록을 보려면 조정 암호를 입력해 주십시오."
WRONG_PASSWORD = "조정 암호가 맞지 않습니다."
_CASE_GONE = "분쟁조정 사건을 찾을 수 없습니다."


@dataclass(frozen=True)
class DisputeAccess:
    """What a caller may see of dispute records. `stamp` is the password hash it was opened with
    ("" when none was set): when the stored one differs, the access counts as locked."""

    unlocked: bool
    stamp: str = field(default="", repr=False)


LOCKED = DisputeAccess(False)


def derive(password: str, salt: bytes, kdf: str, params: dict[str, Any]) -> bytes:
    """The key a password derives to with a stored function and parameters."""
    secret = password.encode("utf-8")
    if kdf == "scrypt":
        n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
        return hashlib.scrypt(
            secret, salt=salt, n=n, r=r, p=p, dklen=int(params["dklen"]), maxmem=256 * n * r + 1024 * 1024
        )
    if kdf == "pbkdf2_sha256":
        return hashlib.pbkdf2_hmac("sha256", secret, salt, int(params["iterations"]), int(params["dklen"]))
    raise StorageError(
        f"알 수 없는 조정 암호 저장 방식입니다({kdf}). CollabDesk를 최신 버전으로 업데이트해 주십시오."
    )


def _settings(s: Session) -> DisputeSettings | None:
    return s.get(DisputeSettings, 1)


def _stamp(row: DisputeSettings | None) -> str:
    return row.password_hash if row is not None else ""


@dataclass(frozen=True)
class _Stored:
    kdf: str
    params: dict[str, Any]
    salt: bytes
    password_hash: str

    @classmethod
    def of(cls, row: DisputeSettings) -> _Stored:
        return cls(row.kdf, json.loads(row.kdf_params or "{}"), bytes.fromhex(row.salt), row.password_hash)

    def matches(self, password: str) -> bool:
        key = derive(password, self.salt, self.kdf, self.params)
        return hmac.compare_digest(key.hex(), self.password_hash)


def _matches(row: DisputeSettings, password: str) -> bool:
    return _Stored.of(row).matches(password)


def log_case_event(s: Session, action: str, case: DisputeCase | None, context: str | None = None) -> None:
    """A read or an unlock in the case's history (no case: the records as a whole)."""
    if case is None:
        audit.log_event(s.connection(), action, CASES, RECORDS_LABEL, context)
    else:
        audit.log_event(s.connection(), action, CASES, case.number, context, record_id=case.id)


class DisputeGate:
    def __init__(self, db: Database):
        self.db = db

    def has_password(self) -> bool:
        with self.db.reading() as s:
            return bool(_stamp(_settings(s)))

    def access(self, password: str | None, case_id: int | None = None) -> DisputeAccess:
        """An unlocked access for the right password (any, or none, when no password is set). A
        wrong or missing one raises UserError; an attempt is logged either way, in the case's
        history when `case_id` says which case is being opened."""
        with self.db.reading() as s:
            self._case(s, case_id)
            row = _settings(s)
            stored = _Stored.of(row) if row is not None and row.password_hash else None
        if stored is None:
            return DisputeAccess(True, "")
        if password is None:  # asked without a password: nothing was tried, nothing to log
            raise UserError(LOCKED_MESSAGE)
        # The key is derived outside the transaction: no write lock is held meanwhile.
        right = stored.matches(password)
        if not self.db.read_only_note:  # a window that may only read cannot write the log
            with self.db.transaction() as s:  # a refusal is kept too, though the caller gets an error
                log_case_event(s, UNLOCK if right else DENIED, self._case(s, case_id))
        if right:
            return DisputeAccess(True, stored.password_hash)
        raise UserError(WRONG_PASSWORD)

    def set_password(self, new: str, current: str | None = None) -> None:
        """Set or change the password; the current one is required when one is set."""
        if len(new) < MIN_PASSWORD:
            raise FieldErrors({"password": f"조정 암호는 {MIN_PASSWORD}자 이상이어야 합니다."})
        self._store(new, current, "조정 암호 설정")

    def remove_password(self, current: str) -> None:
        """No password any more: everyone who opens the database reads dispute records."""
        self._store(None, current, "조정 암호 해제")

    def _store(self, new: str | None, current: str | None, what: str) -> None:
        with self.db.transaction() as s:
            row = s.scalar(select(DisputeSettings).where(DisputeSettings.id == 1).with_for_update())
            if row is None:
                row = DisputeSettings(id=1, kdf="", kdf_params="", salt="", password_hash="", version=1)
                s.add(row)
            if row.password_hash and (current is None or not _matches(row, current)):
                raise UserError("지금 쓰는 조정 암호가 맞지 않습니다. 아무것도 바꾸지 않았습니다.")
            if new is None:
                row.kdf = row.kdf_params = row.salt = row.password_hash = ""
            else:
                salt = os.urandom(SALT_BYTES)
                row.kdf, row.kdf_params, row.salt = KDF, json.dumps(KDF_PARAMS), salt.hex()
                row.password_hash = derive(new, salt, KDF, KDF_PARAMS).hex()
            row.changed_at = dt.datetime.now().replace(microsecond=0)
            s.flush()
            audit.log_event(s.connection(), PASSWORD, CASES, what, None)

    # --- for the services ------------------------------------------------------------------------
    @staticmethod
    def is_open(s: Session, access: DisputeAccess | None) -> bool:
        """Whether `access` still unlocks the records (the password may have changed meanwhile)."""
        if access is None or not access.unlocked:
            return False
        return hmac.compare_digest(access.stamp, _stamp(_settings(s)))

    @classmethod
    def require(cls, s: Session, access: DisputeAccess | None) -> None:
        if not cls.is_open(s, access):
            raise UserError(LOCKED_MESSAGE)

    @staticmethod
    def _case(s: Session, case_id: int | None) -> DisputeCase | None:
        if case_id is None:
            return None
        case = s.get(DisputeCase, case_id)
        if case is None:
            raise NotFoundError(_CASE_GONE)
        return case
