"""All services of one open database, handed to the UI and the command line as one object."""

from __future__ import annotations

from dataclasses import dataclass

from collabdesk.db.engine import Database
from collabdesk.db.migrate import prepare_database
from collabdesk.services.annual_figures import AnnualFiguresService
from collabdesk.services.annual_report import AnnualReportService
from collabdesk.services.catalogs import (
    CatalogService,
    industries,
    meeting_kinds,
    member_classes,
    project_kinds,
    project_roles,
)
from collabdesk.services.certificates import CertificateService
from collabdesk.services.dispute_mediators import MediatorService
from collabdesk.services.disputes import DisputeService, dispute_types
from collabdesk.services.global_search import GlobalSearch
from collabdesk.services.groups import GroupService
from collabdesk.services.history import HistoryService
from collabdesk.services.meetings import MeetingService
from collabdesk.services.members import MemberService
from collabdesk.services.partner_finder import PartnerFinder
from collabdesk.services.project_reports import ProjectReports
from collabdesk.services.projects import ProjectService
from collabdesk.services.reminders import ReminderService
from collabdesk.services.roster_batches import BatchService
from collabdesk.services.roster_export import RosterExporter
from collabdesk.services.roster_import import RosterImporter
from collabdesk.services.roster_mapping import ProfileService
from collabdesk.services.stats import StatsService


@dataclass
class Services:
    db: Database
    members: MemberService
    groups: GroupService
    industries: CatalogService
    member_classes: CatalogService
    stats: StatsService
    meetings: MeetingService
    meeting_kinds: CatalogService
    projects: ProjectService
    project_reports: ProjectReports
    partners: PartnerFinder
    project_kinds: CatalogService
    project_roles: CatalogService
    roster_import: RosterImporter
    roster_export: RosterExporter
    roster_batches: BatchService
    roster_profiles: ProfileService
    history: HistoryService
    certificates: CertificateService
    disputes: DisputeService
    dispute_types: CatalogService
    mediators: MediatorService
    annual: AnnualFiguresService
    search: GlobalSearch
    reminders: ReminderService
    annual_report: AnnualReportService

    @classmethod
    def for_database(cls, db: Database) -> Services:
        return cls(
            db=db,
            members=MemberService(db),
            groups=GroupService(db),
            industries=industries(db),
            member_classes=member_classes(db),
            stats=StatsService(db),
            meetings=MeetingService(db),
            meeting_kinds=meeting_kinds(db),
            projects=ProjectService(db),
            project_reports=ProjectReports(db),
            partners=PartnerFinder(db),
            project_kinds=project_kinds(db),
            project_roles=project_roles(db),
            roster_import=RosterImporter(db),
            roster_export=RosterExporter(db),
            roster_batches=BatchService(db),
            roster_profiles=ProfileService(db),
            history=HistoryService(db),
            certificates=CertificateService(db),
            disputes=DisputeService(db),
            dispute_types=dispute_types(db),
            mediators=MediatorService(db),
            annual=AnnualFiguresService(db),
            search=GlobalSearch(db),
            reminders=ReminderService(db),
            annual_report=AnnualReportService(db),
        )


def open_services(path_or_url: str | None = None, must_exist: bool = False) -> Services:
    """Open (creating or migrating as needed) the database and its services."""
    db = Database.open(path_or_url, must_exist=must_exist)
    try:
        prepare_database(db)
    except Exception:
        db.dispose()
        raise
    return Services.for_database(db)
