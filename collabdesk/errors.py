"""Errors whose message is meant for the user (Korean, no traceback)."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can understand and fix; str(exc) is the Korean message."""


class StorageError(UserError):
    """The database cannot be used as asked (locked, read-only, full, corrupt, newer)."""


class NotFoundError(UserError):
    pass


class ConflictError(UserError):
    """A unique value (a number, a name) that another PC saved between this one's check and its
    write; the action changed nothing and may simply be tried again."""


class FieldErrors(UserError):
    """Validation failed; `errors` maps a field name to its Korean message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("\n".join(self.errors.values()))


class StaleRecordError(UserError):
    def __init__(self) -> None:
        super().__init__("다른 사용자가 먼저 수정했습니다. 다시 불러온 뒤 수정해 주십시오.")


class Cancelled(Exception):
    """Raised by long work that noticed the user pressed 취소; its transaction was rolled back."""
