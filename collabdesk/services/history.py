"""The audit history, as a record's detail view shows it: who changed what, when, from what to what.

The log itself is written by collabdesk.db.audit; this only reads it and puts it in Korean words.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import and_, func, or_, select

from collabdesk.db.engine import Database
from collabdesk.db.models import AuditEntry

# Children of children are followed this deep (a record → its children → theirs …).
MAX_DEPTH = 3

TABLE_LABELS = {
    "members": "회원사",
    "contacts": "담당자",
    "groups": "그룹",
    "industries": "업종",
    "member_classes": "회원구분",
    "meetings": "회의",
    "meeting_attendance": "참석",
    "meeting_guests": "내빈",
    "meeting_agenda": "안건",
    "meeting_resolutions": "의결사항",
    "action_items": "후속조치",
    "quorum_rules": "의결 기준",
    "text_blocks": "문구",
    "meeting_kinds": "회의 종류",
    "projects": "과제",
    "project_stages": "단계",
    "agreements": "협약",
    "milestones": "마일스톤",
    "outcomes": "성과",
    "project_kinds": "과제 종류",
    "project_roles": "역할",
    "certificate_kinds": "증명서 종류",
    "certificate_settings": "증명서 발급기관",
    "dispute_types": "분쟁 유형",
    "mediators": "조정위원",
    "dispute_cases": "분쟁조정",
    "dispute_parties": "당사자",
    "dispute_sessions": "조정기일",
    "dispute_status_changes": "진행 상태",
    "dispute_extensions": "기한 연장",
    "database": "데이터베이스",
}
ACTION_LABELS = {
    "create": "추가",
    "update": "수정",
    "delete": "삭제",
    "restore": "복원",
    "handover": "인수인계",
    "view": "열람",
    "unlock": "잠금 해제",
    "denied": "조정 암호 틀림",
    "password": "조정 암호 변경",
}

FIELD_LABELS = {
    "name": "이름",
    "ceo": "대표자",
    "brn": "사업자등록번호",
    "crn": "법인등록번호",
    "industry_id": "업종",
    "ksic_code": "KSIC 코드",
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
    "member_class_id": "회원구분",
    "status": "상태",
    "note": "비고",
    "tags": "전문역량/주요제품",
    "groups": "소속그룹",
    "position": "직위",
    "kind": "종류",
    "kind_id": "종류",
    "parent_id": "상위 그룹",
    "group_id": "그룹",
    "title": "제목",
    "starts_at": "일시",
    "place": "장소",
    "chair": "의장",
    "secretary": "서기",
    "notice_on": "소집 통지일",
    "opening": "개회",
    "closing": "폐회",
    "quorum_rule_code": "성원 기준",
    "company": "회사",
    "person": "참석자",
    "proxy_member_id": "위임 받은 회원사",
    "organisation": "소속",
    "role": "역할",
    "discussion": "논의 내용",
    "number": "번호",
    "rule": "의결 기준",
    "yes": "찬성",
    "no": "반대",
    "abstain": "기권",
    "result_override": "결과 직접 지정",
    "override_reason": "지정 사유",
    "rule_code": "적용 기준",
    "what": "내용",
    "owner": "담당",
    "due_on": "기한",
    "closed_on": "완료일",
    "done_on": "완료일",
    "attendance_num": "출석 기준(분자)",
    "attendance_den": "출석 기준(분모)",
    "attendance_strict": "출석 초과 요건",
    "approval_num": "찬성 기준(분자)",
    "approval_den": "찬성 기준(분모)",
    "approval_strict": "찬성 초과 요건",
    "approval_of_roll": "재적 기준 찬성",
    "proxies_count": "위임 출석 인정",
    "body": "내용",
    "item": "사업 아이템",
    "lead_name": "주관기업",
    "start_on": "시작일",
    "end_on": "종료일",
    "stage": "단계",
    "support_program": "지원 사업",
    "support_agency": "지원 기관",
    "support_amount": "지원 금액",
    "reached_on": "도달일",
    "agreed_on": "협약일",
    "parties": "참여자",
    "share": "지분",
    "occurred_on": "날짜",
    "amount": "금액",
    "currency": "통화",
    "description": "내용",
    "members": "참여 기업",
    "statement": "문안",
    "needs_project": "과제 필요",
    "number_format": "번호 형식",
    "active": "사용",
    "builtin": "기본 종류",
    "issuer_title": "직함",
    "issuer_name": "성명",
    "group_name": "그룹명",
    "border": "테두리",
    "received_on": "접수일",
    "type_id": "분쟁 유형",
    "project_id": "관련 과제",
    "project_name": "관련 과제",
    "agreement_id": "협약 버전",
    "agreement_number": "협약 버전",
    "claim_summary": "신청 취지",
    "outcome_text": "조정 내용",
    "outcome_agreement_id": "조정에 따른 협약",
    "target_days": "처리 기간(일)",
    "mediators": "조정위원",
    "side": "구분",
    "representative": "대표자",
    "held_on": "기일",
    "attendees": "출석자",
    "summary": "내용 요약",
    "next_steps": "향후 절차",
    "changed_on": "변경일",
    "from_status": "이전 상태",
    "to_status": "새 상태",
    "extended_on": "연장일",
    "days": "연장 일수",
    "reason": "사유",
    "affiliation": "소속·직위",
}
# Where a table calls a field by another name.
TABLE_FIELD_LABELS = {
    ("members", "name"): "회사명",
    ("projects", "name"): "과제명",
    ("groups", "name"): "그룹명",
    ("meetings", "title"): "회의명",
    ("meeting_agenda", "title"): "안건",
    ("meeting_resolutions", "title"): "의안",
    ("milestones", "title"): "마일스톤",
    ("milestones", "due_on"): "예정일",
    ("meeting_attendance", "status"): "참석 여부",
    ("quorum_rules", "name"): "의결 종류",
    ("outcomes", "kind"): "성과 종류",
    ("certificate_kinds", "name"): "종류 이름",
    ("certificate_settings", "organisation"): "발급기관",
    ("dispute_cases", "number"): "사건번호",
    ("dispute_cases", "closed_on"): "종결일",
    ("dispute_parties", "name"): "당사자",
    ("dispute_status_changes", "note"): "사유·메모",
    ("mediators", "name"): "성명",
}
_NUMBERS = frozenset({"sales", "employees", "support_amount", "amount"})


@dataclass(frozen=True)
class HistoryEntry:
    """One change of one record, newest first in a list."""

    at: dt.datetime
    user: str
    action: str  # create / update / delete
    what: str  # the kind of record in Korean: 회원사, 담당자, 회의 …
    record_label: str  # its name at the time
    changes: list[tuple[str, str, str]]  # (field, old text, new text); "" for none
    table: str
    record_id: int
    context: str = ""  # what the change was part of: 명부 가져오기 5번: 회원명부.xlsx …

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


def field_label(table: str, field: str) -> str:
    return TABLE_FIELD_LABELS.get((table, field)) or FIELD_LABELS.get(field, field)


def value_text(field: str, value: Any) -> str:
    """A logged value as a person reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "예" if value else "아니오"
    if isinstance(value, list):
        return ", ".join(value_text(field, v) for v in value)
    if field in _NUMBERS:
        try:
            text = f"{Decimal(str(value)):,f}"
        except InvalidOperation:
            return str(value)
        return text.rstrip("0").rstrip(".") if "." in text else text
    if field == "share":
        return f"{value}%"
    return str(value)


def _entry(row: AuditEntry) -> HistoryEntry:
    try:
        logged = json.loads(row.changes or "{}")
    except ValueError:
        logged = {}
    changes: list[tuple[str, str, str]] = []
    for field, value in logged.items():
        label = field_label(row.table_name, field)
        if row.action == "update" and isinstance(value, list) and len(value) == 2:
            changes.append((label, value_text(field, value[0]), value_text(field, value[1])))
        elif row.action == "delete":
            changes.append((label, value_text(field, value), ""))
        else:
            changes.append((label, "", value_text(field, value)))
    return HistoryEntry(
        at=row.at,
        user=row.user_name,
        action=row.action,
        what=TABLE_LABELS.get(row.table_name, row.table_name),
        record_label=row.record_label,
        changes=changes,
        table=row.table_name,
        record_id=row.record_id,
        context=row.context or "",
    )


class HistoryService:
    def __init__(self, db: Database):
        self.db = db

    def for_record(
        self, table: str, record_id: int, include_children: bool = True, limit: int = 200
    ) -> list[HistoryEntry]:
        """The record's changes, newest first; with `include_children`, also those of the records
        that belong to it (a member's contacts, a meeting's roll, a project's milestones …)."""
        with self.db.reading() as s:
            # SQLite may give a new record a deleted one's id: the history starts at the latest create.
            since = (
                s.scalar(
                    select(func.max(AuditEntry.id)).where(
                        AuditEntry.table_name == table,
                        AuditEntry.record_id == record_id,
                        AuditEntry.action == "create",
                    )
                )
                or 0
            )
            conditions = [and_(AuditEntry.table_name == table, AuditEntry.record_id == record_id)]
            level: dict[str, set[int]] = {table: {record_id}}
            seen: set[tuple[str, int]] = {(table, record_id)}
            for _depth in range(MAX_DEPTH if include_children else 0):
                below: dict[str, set[int]] = {}
                for parent, ids in level.items():
                    children = and_(AuditEntry.parent_table == parent, AuditEntry.parent_id.in_(sorted(ids)))
                    conditions.append(children)
                    rows = s.execute(
                        select(AuditEntry.table_name, AuditEntry.record_id)
                        .where(children, AuditEntry.id >= since)
                        .distinct()
                    )
                    for child_table, child_id in rows:
                        if (child_table, child_id) not in seen:
                            seen.add((child_table, child_id))
                            below.setdefault(child_table, set()).add(child_id)
                if not below:
                    break
                level = below
            stmt = (
                select(AuditEntry)
                .where(or_(*conditions), AuditEntry.id >= since)
                .order_by(AuditEntry.id.desc())
                .limit(limit)
            )
            return [_entry(row) for row in s.scalars(stmt)]

    def recent(self, limit: int = 100) -> list[HistoryEntry]:
        """The latest changes of any record, newest first."""
        with self.db.reading() as s:
            return [
                _entry(row)
                for row in s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
            ]
