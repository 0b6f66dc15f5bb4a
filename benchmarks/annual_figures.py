"""The figures of a year (the 현황 tab and the annual report) on the 5,548-member federation.

The database: the directory of benchmarks/data.py in 34 unit groups with the 3,000 projects of
benchmarks/projects.py (outcomes, stages), and besides them one member in 25 withdrawn and one in 40
joined this year, a monthly 정기회의 of every unit group and a 정기총회 of the whole federation for
this year and the last (with their rolls), certificates issued to the participants of 60 projects
(one in ten revoked) and 40 mediation cases, some closed, some extended.

Figures, each a median over repeats beside a naive baseline run in the same process: the figures of
this year for everyone and for one unit group, beside loading the members, meetings with their
rolls, projects with their stages and outcomes, the certificate register and the dispute cases
through the ORM and counting in Python. Both sides must give the same figures; the run stops if
they do not.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import statistics
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import selectinload

from benchmarks.projects import build
from collabdesk.db.bulk import insert_rows
from collabdesk.db.engine import Database
from collabdesk.db.models import (
    Agreement,
    CertificateEntry,
    CertificateKind,
    DisputeCase,
    Group,
    Industry,
    Meeting,
    MeetingAttendance,
    MeetingKind,
    Member,
    Project,
    group_members,
)
from collabdesk.domain import STATUS_LEFT
from collabdesk.services.annual_figures import ALL_GROUPS, ATTENDING, ENDED_STATUSES
from collabdesk.services.annual_types import (
    AnnualFigures,
    CertificateFigures,
    CountLine,
    DisputeFigures,
    MeetingFigures,
    MeetingKindLine,
    MemberFigures,
    OutcomeLine,
    ProjectFigures,
)
from collabdesk.services.certificate_chain import ISSUE
from collabdesk.services.certificate_templates import IssuerSettings
from collabdesk.services.container import Services
from collabdesk.services.dispute_workflow import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    OVERDUE,
    deadline,
    deadline_flag,
    median_days,
)
from collabdesk.services.groups import group_paths
from collabdesk.services.member_query import descendant_group_ids
from collabdesk.services.stats import NO_INDUSTRY, StatLine
from collabdesk.validation.dispute import APPLICANT, RESPONDENT, DisputeData, PartyInput
from collabdesk.validation.meeting import ABSENT, ATTENDED, DEPUTY, PROXY
from collabdesk.validation.project import OUTCOME_KINDS, STAGES


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


# --- the data ------------------------------------------------------------------------------------
def _churn(db: Database, rng: random.Random, today: dt.date) -> tuple[int, int]:
    """One member in 25 left on a day of the last three years (after joining); one in 40 of the
    others joined this year."""
    with db.reading() as s:
        rows = s.execute(select(Member.id, Member.joined_on).where(Member.id % 25 == 0)).all()
        newcomers = list(s.scalars(select(Member.id).where(Member.id % 40 == 1)))
    left = []
    for member_id, joined in rows:
        on = today - dt.timedelta(days=rng.randrange(3 * 365))
        left.append({"member": member_id, "left": max(on, joined or on)})
    start = dt.date(today.year, 1, 1)
    joined = [
        {"member": member_id, "joined": start + dt.timedelta(days=rng.randrange((today - start).days + 1))}
        for member_id in newcomers
    ]
    table = Member.__table__
    member = table.c.id == bindparam("member")
    with db.transaction() as s:
        conn = s.connection()
        conn.execute(update(table).where(member).values(status=STATUS_LEFT, left_on=bindparam("left")), left)
        conn.execute(update(table).where(member).values(joined_on=bindparam("joined")), joined)
    return len(left), len(joined)


def _meetings(db: Database, rng: random.Random, today: dt.date) -> tuple[int, int]:
    """Every unit group's monthly 정기회의 and the federation's 정기총회, last year and this year,
    with the roll of the group's members (inserted as rows: generating, not what a user does)."""
    with db.reading() as s:
        kinds = dict(s.execute(select(MeetingKind.name, MeetingKind.id)).all())
        roll: dict[int, list[tuple[int, str]]] = {}
        for group_id, member_id, name in s.execute(
            select(group_members.c.group_id, Member.id, Member.name)
            .join(Member, Member.id == group_members.c.member_id)
            .order_by(Member.id)
        ):
            roll.setdefault(group_id, []).append((member_id, name))
        everyone = s.execute(select(Member.id, Member.name).order_by(Member.id)).all()
        top = s.scalar(select(Group.id).where(Group.parent_id.is_(None)))
    meetings: list[dict[str, Any]] = []
    attendance: list[dict[str, Any]] = []
    ids = itertools.count(1)
    now = dt.datetime.now()

    def meeting(kind: str, group_id: int | None, when: dt.datetime, title: str, members: list[Any]) -> None:
        meeting_id = next(ids)
        meetings.append(
            {
                "id": meeting_id,
                "kind_id": kinds[kind],
                "title": title,
                "group_id": group_id,
                "starts_at": when,
                "place": "회의실",
                "chair": "",
                "secretary": "",
                "notice_on": None,
                "opening": "",
                "closing": "",
                "search_doc": title.lower(),
                "updated_at": now,
                "version": 1,
                "quorum_rule_code": "",
            }
        )
        holder = None
        for order, (member_id, name) in enumerate(members):
            status = rng.choices((ATTENDED, ABSENT, DEPUTY, PROXY), weights=(60, 25, 5, 10))[0]
            if status == PROXY and holder is None:
                status = ABSENT
            attendance.append(
                {
                    "meeting_id": meeting_id,
                    "member_id": member_id,
                    "company": name,
                    "status": status,
                    "person": "",
                    "proxy_member_id": holder if status == PROXY else None,
                    "note": "",
                    "sort_order": order,
                }
            )
            if status == ATTENDED:
                holder = member_id

    for year in (today.year - 1, today.year):
        for group_id, members in sorted(roll.items()):
            for month in range(1, 13):
                when = dt.datetime(year, month, 10 + group_id % 15, 14)
                meeting("정기회의", group_id, when, f"{year}년 {month}월 정기회의", members)
        assembly = dt.datetime(year, 2, 24, 15)
        meeting("정기총회", top, assembly, f"{year}년 정기총회", list(everyone))
    with db.transaction() as s:
        conn = s.connection()
        insert_rows(conn, Meeting.__table__, meetings)
        insert_rows(conn, MeetingAttendance.__table__, attendance)
    return len(meetings), len(attendance)


def _certificates(services: Services, rng: random.Random, today: dt.date) -> int:
    """협업인증서 for the participants of 60 projects, last year and this year, one in ten revoked."""
    certs = services.certificates
    certs.issuer.save(IssuerSettings("벤치마크연합회", "회장", "김영수", version=certs.issuer.get().version))
    kind = next(k.id for k in certs.kinds.items() if k.name == "협업인증서")
    with services.db.reading() as s:
        projects = list(s.scalars(select(Agreement.project_id).distinct().order_by(Agreement.project_id)))
    issued = []
    for n, project_id in enumerate(rng.sample(projects, 60)):
        year = today.year - 1 if n < 30 else today.year
        span = (today - dt.date(year, 1, 1)).days if year == today.year else 364
        on = dt.date(year, 1, 1) + dt.timedelta(days=span * (n % 30) // 30)
        issued += certs.issue_batch(project_id, kind, on, render=False).issued
    for certificate in issued[::10]:
        revoked_on = min(certificate.issue_date + dt.timedelta(days=rng.randint(1, 90)), today)
        certs.revoke(certificate.number, "벤치마크 취소", revoked_on)
    return len(issued)


def _disputes(services: Services, rng: random.Random, today: dt.date) -> int:
    """40 cases received over the last two years; most closed, a few extended."""
    disputes = services.disputes
    access = disputes.access(None)
    types = disputes.types()
    with services.db.reading() as s:
        members = list(s.scalars(select(Member.id).where(Member.status != STATUS_LEFT)))
        projects = list(s.scalars(select(Project.id)))
    count = 40
    for n in range(count):
        received = today - dt.timedelta(days=rng.randrange(2 * 365))
        applicant, respondent = rng.sample(members, 2)
        data = DisputeData(
            received,
            rng.choice(types),
            [PartyInput(APPLICANT, member_id=applicant), PartyInput(RESPONDENT, member_id=respondent)],
            claim_summary="벤치마크 사건",
            project_id=rng.choice(projects) if n % 3 == 0 else None,
        )
        case_id = disputes.create(data, access, today=received)
        if n % 5 == 0:
            on = min(received + dt.timedelta(days=30), today)
            disputes.extend_deadline(case_id, on, 30, "감정 대기", 1, access, today=on)
            continue
        if n % 4 != 0:
            closed_on = min(received + dt.timedelta(days=rng.randint(10, 150)), today)
            status = rng.choice(CLOSED_STATUSES)
            outcome = "합의함" if status == CLOSED_STATUSES[0] else None
            disputes.change_status(
                case_id, status, closed_on, "종결", 1, access, outcome_text=outcome, today=closed_on
            )
    return count


def build_dashboard(
    path: Path, members: int, projects: int, seed: int = 9
) -> tuple[Services, dict[str, int]]:
    today = dt.date.today()
    rng = random.Random(seed)
    services = build(path, members, projects)
    left, joined = _churn(services.db, rng, today)
    meetings, roll = _meetings(services.db, rng, today)
    certificates = _certificates(services, rng, today)
    disputes = _disputes(services, rng, today)
    sizes = {
        "members": members,
        "members_withdrawn": left,
        "members_joined_this_year": joined,
        "projects": projects,
        "meetings": meetings,
        "meeting_roll_rows": roll,
        "certificates": certificates,
        "disputes": disputes,
    }
    return services, sizes


# --- the naive baseline --------------------------------------------------------------------------
def naive_figures(db: Database, year: int, group_id: int | None, today: dt.date) -> AnnualFigures:
    """Every member, meeting (with its roll), project (with stages and outcomes), register entry and
    dispute case as ORM objects, counted in Python."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    end = today if year == today.year else last

    def in_year(day: dt.date | None) -> bool:
        return day is not None and first <= day <= last

    with db.reading() as s:
        label = ALL_GROUPS if group_id is None else group_paths(s)[group_id]
        groups = set(descendant_group_ids(s, group_id)) if group_id is not None else None
        members = s.scalars(
            select(Member).options(selectinload(Member.groups), selectinload(Member.industry))
        ).all()
        ours = {m.id for m in members if groups is None or any(g.id in groups for g in m.groups)}

        # Members.
        roll = [
            m
            for m in members
            if m.id in ours
            and (m.joined_on is None or m.joined_on <= end)
            and (m.left_on > end if m.left_on is not None else m.status != STATUS_LEFT)
        ]
        industries = sorted(s.scalars(select(Industry)).all(), key=lambda i: i.sort_order)
        lines = []
        for industry in [*industries, None]:
            chosen = [
                m
                for m in roll
                if (m.industry.name if m.industry else None) == (industry.name if industry else None)
            ]
            if industry is None and not chosen:
                continue
            lines.append(
                StatLine(
                    industry.name if industry else NO_INDUSTRY,
                    len(chosen),
                    sum(m.sales or 0 for m in chosen),
                    sum(m.employees or 0 for m in chosen),
                )
            )
        member_figures = MemberFigures(
            len(roll),
            sum(m.sales or 0 for m in roll),
            sum(m.employees or 0 for m in roll),
            lines,
            sum(1 for m in members if m.id in ours and in_year(m.joined_on)),
            sum(1 for m in members if m.id in ours and in_year(m.left_on)),
        )

        # Meetings.
        kinds = s.scalars(select(MeetingKind).order_by(MeetingKind.sort_order, MeetingKind.id)).all()
        meetings = [
            m
            for m in s.scalars(select(Meeting).options(selectinload(Meeting.attendance))).all()
            if in_year(m.starts_at.date()) and (groups is None or m.group_id in groups)
        ]

        def attendance(chosen: list[Meeting]) -> tuple[float | None, float | None]:
            kept = [m for m in chosen if m.attendance]
            if not kept:
                return None, None
            present = sum(1 for m in kept for a in m.attendance if a.status in ATTENDING)
            return present / len(kept), present / sum(len(m.attendance) for m in kept)

        per_month = [sum(1 for m in meetings if m.starts_at.month == month) for month in range(1, 13)]
        by_kind = []
        for kind in kinds:
            chosen = [m for m in meetings if m.kind_id == kind.id]
            by_kind.append(MeetingKindLine(kind.name, len(chosen), *attendance(chosen)))
        meeting_figures = MeetingFigures(len(meetings), by_kind, per_month, *attendance(meetings))

        # Projects.
        projects = [
            p
            for p in s.scalars(
                select(Project).options(selectinload(Project.stages), selectinload(Project.outcomes))
            ).all()
            if groups is None or p.group_id in groups
        ]
        stage_counts: Counter[str] = Counter()
        started = finished = 0

        def to_end(day: dt.date | None) -> bool:
            return day is not None and first <= day <= end

        for p in projects:
            reached = [st.reached_on for st in p.stages]
            start = p.start_on or (min(reached) if reached else None)
            stop = None  # a running or suspended project has not ended, whatever its 종료일
            if p.status in ENDED_STATUSES:
                stop = p.end_on or (max(reached) if reached else p.start_on)
            if (start is None or start <= end) and (stop is None or stop >= first):
                stage_counts[p.stage] += 1
            started += to_end(start)
            finished += to_end(stop)
        stages = [*STAGES, *sorted(st for st in stage_counts if st not in STAGES)]
        outcomes = [o for p in projects for o in p.outcomes]
        counts: Counter[str] = Counter(o.kind for o in outcomes if in_year(o.occurred_on))
        amounts: dict[str, dict[str, Decimal]] = {}
        for o in outcomes:
            if in_year(o.occurred_on) and o.amount is not None:
                per_currency = amounts.setdefault(o.kind, {})
                per_currency[o.currency] = per_currency.get(o.currency, Decimal(0)) + o.amount
        order = [k for k in OUTCOME_KINDS if k in counts] + sorted(set(counts) - set(OUTCOME_KINDS))
        per_year = [
            (y, sum(1 for o in outcomes if o.occurred_on.year == y)) for y in range(year - 4, year + 1)
        ]
        project_figures = ProjectFigures(
            sum(stage_counts.values()),
            started,
            finished,
            [CountLine(st, stage_counts.get(st, 0)) for st in stages],
            [OutcomeLine(k, counts[k], amounts.get(k, {})) for k in order],
            per_year,
        )

        # Certificates.
        kind_rows = {k.id: k for k in s.scalars(select(CertificateKind)).all()}
        tally: dict[str, list[int]] = {}
        for e in s.scalars(select(CertificateEntry)).all():
            if groups is not None and e.member_id not in ours:
                continue
            kind = kind_rows.get(e.kind_id) if e.kind_id is not None else None
            name, order_key = (kind.name, kind.sort_order) if kind else (e.kind_name, 1 << 30)
            if e.entry_type == ISSUE and in_year(e.issue_date):
                tally.setdefault(name, [order_key, 0, 0])[1] += 1
            elif e.entry_type != ISSUE and in_year(e.revoked_on):
                tally.setdefault(name, [order_key, 0, 0])[2] += 1
        by_cert = [
            (n, i, r) for n, (_o, i, r) in sorted(tally.items(), key=lambda item: (item[1][0], item[0]))
        ]
        certificate_figures = CertificateFigures(
            sum(x[1] for x in by_cert), sum(x[2] for x in by_cert), by_cert
        )

        # Disputes.
        project_groups = {p.id for p in projects}
        cases = [
            c
            for c in s.scalars(
                select(DisputeCase).options(
                    selectinload(DisputeCase.parties), selectinload(DisputeCase.extensions)
                )
            ).all()
            if groups is None or c.project_id in project_groups or any(p.member_id in ours for p in c.parties)
        ]
        closed = [c for c in cases if c.status in CLOSED_STATUSES and in_year(c.closed_on)]
        flags = [
            deadline_flag(
                c.status, deadline(c.received_on, c.target_days, sum(x.days for x in c.extensions)), today
            )
            for c in cases
            if c.status in OPEN_STATUSES
        ]
        dispute_figures = DisputeFigures(
            sum(1 for c in cases if in_year(c.received_on)),
            len(closed),
            [CountLine(st, sum(1 for c in closed if c.status == st)) for st in CLOSED_STATUSES],
            len(flags),
            flags.count(OVERDUE),
            median_days((c.received_on, c.closed_on) for c in closed if c.closed_on is not None),
        )
    return AnnualFigures(
        year,
        group_id,
        label,
        today,
        member_figures,
        meeting_figures,
        project_figures,
        certificate_figures,
        dispute_figures,
        base_date=end,
    )


# --- the figures ---------------------------------------------------------------------------------
def bench_annual_figures(
    tmp: Path, members: int = 5_548, projects: int = 3_000, repeat: int = 5
) -> dict[str, object]:
    began = time.perf_counter()
    services, sizes = build_dashboard(tmp / "dashboard.sqlite3", members, projects)
    generated = time.perf_counter() - began
    db, annual = services.db, services.annual
    today = dt.date.today()
    unit = next(g for g in services.groups.tree() if g.depth == 1)
    cases = {"all": None, "group": unit.id}
    # No password is set: the dispute records are open and the group's cases are narrowed to it,
    # as the baseline counts them.
    unlocked = services.disputes.access(None)
    ours: dict[str, list[float]] = {name: [] for name in cases}
    naive: dict[str, list[float]] = {name: [] for name in cases}
    found: dict[str, AnnualFigures] = {}
    for name, group_id in cases.items():
        for _ in range(repeat):  # interleaved, so load on the machine hits both alike
            start = time.perf_counter()
            found[name] = annual.figures(today.year, group_id, today=today, access=unlocked)
            ours[name].append(time.perf_counter() - start)
            start = time.perf_counter()
            expected = naive_figures(db, today.year, group_id, today)
            naive[name].append(time.perf_counter() - start)
            if found[name] != expected:
                raise RuntimeError(
                    f"the figures ({name}) differ from the baseline:\n{found[name]}\n{expected}"
                )
    years_times = []
    for _ in range(repeat):
        start = time.perf_counter()
        years = annual.years()
        years_times.append(time.perf_counter() - start)
    db.dispose()
    everyone, group = found["all"], found["group"]
    return {
        "dashboard_database": sizes,
        "dashboard_generate_s": round(generated, 1),
        "dashboard_year": today.year,
        "dashboard_group": unit.path,
        "dashboard_figures_all": {
            "members": everyone.members.total,
            "joined": everyone.members.joined,
            "left": everyone.members.left,
            "meetings": everyone.meetings.total,
            "attendance_rate": round(everyone.meetings.attendance_rate or 0, 3),
            "projects_active": everyone.projects.active,
            "outcomes": sum(line.count for line in everyone.projects.outcomes),
            "certificates_issued": everyone.certificates.issued,
            "certificates_revoked": everyone.certificates.revoked,
            "disputes_received": everyone.disputes.received,
            "disputes_open_now": everyone.disputes.open_now,
        },
        "dashboard_figures_group": {
            "members": group.members.total,
            "meetings": group.meetings.total,
            "projects_active": group.projects.active,
        },
        "dashboard_figures_all_ms_median": _median_ms(ours["all"]),
        "dashboard_figures_all_naive_ms_median": _median_ms(naive["all"]),
        "dashboard_figures_all_speedup": round(
            statistics.median(naive["all"]) / statistics.median(ours["all"]), 1
        ),
        "dashboard_figures_group_ms_median": _median_ms(ours["group"]),
        "dashboard_figures_group_naive_ms_median": _median_ms(naive["group"]),
        "dashboard_figures_group_speedup": round(
            statistics.median(naive["group"]) / statistics.median(ours["group"]), 1
        ),
        "dashboard_years": years,
        "dashboard_years_ms_median": _median_ms(years_times),
        "dashboard_figures_target_met": max(statistics.median(t) for t in ours.values()) < 0.2,
    }
