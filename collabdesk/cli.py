"""The command line: `collabdesk` starts the GUI; subcommands serve scripts, checks and the docs.

Exit codes: 0 success, 2 bad usage or unusable input (one Korean line), 1 unexpected failure
(a short message; the traceback goes to the log file in the data directory).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import logging
import os
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from collabdesk import __version__
from collabdesk.errors import FieldErrors, UserError

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3
# certificate verify: revoked or replaced, unknown (or a code that does not match); check: tampered.
EXIT_VOID, EXIT_UNKNOWN, EXIT_TAMPERED = 4, 5, 6
SCREENSHOT_TABS = ("dashboard", "members", "meetings", "projects", "certificates", "disputes")


# argparse's own words in its usage errors, said in Korean.
_USAGE_WORDS = [
    (r"argument (\S+): invalid choice: (\S+) \(choose from (.*)\)", r"\1: 알 수 없는 값 \2, 가능한 값: \3"),
    (r"unrecognized arguments: (.*)", r"알 수 없는 인자: \1"),
    (r"the following arguments are required: (.*)", r"꼭 필요한 인자가 없습니다: \1"),
    (r"argument (\S+): expected one argument", r"\1 뒤에 값을 하나 주십시오"),
    (r"argument (\S+): invalid (\w+) value: (.*)", r"\1: 올바르지 않은 값 \3"),
]


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line Korean message and exit code 2 on bad usage."""

    def error(self, message: str) -> NoReturn:
        for english, korean in _USAGE_WORDS:
            message = re.sub(english, korean, message)
        self.exit(
            EXIT_USAGE,
            f"{self.prog}: 사용법이 올바르지 않습니다 ({message}). '{self.prog} --help'를 참고하십시오.\n",
        )


def build_parser() -> argparse.ArgumentParser:
    from collabdesk.domain import STATUS_ALL, STATUS_CURRENT, STATUS_FILTERS

    parser = _Parser(
        prog="collabdesk",
        description="CollabDesk: 협업그룹 사무국 프로그램. 하위 명령 없이 실행하면 화면을 엽니다.",
    )
    parser.add_argument("--version", action="version", version=f"CollabDesk {__version__}")
    parser.add_argument(
        "--db", metavar="PATH_OR_URL", help="SQLite 파일 경로 또는 PostgreSQL URL (기본: 사용자 데이터 폴더)"
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    members = commands.add_parser("members", help="회원사 명부").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    listing = members.add_parser("list", help="회원사 목록 (회사명 순)")
    listing.add_argument(
        "--search", default="", help="검색어 (회사명, 대표자, 사업자등록번호, 전문역량, 주소, 담당자)"
    )
    listing.add_argument(
        "--status", choices=STATUS_FILTERS, default=STATUS_ALL, help="상태 필터 (기본: 전체)"
    )
    listing.add_argument("--format", choices=("table", "csv"), default="table")

    stats = commands.add_parser("stats", help="통계").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    industries = stats.add_parser("industries", help="업종별 회원사 수, 매출액, 종업원수")
    industries.add_argument(
        "--status", choices=STATUS_FILTERS, default=STATUS_CURRENT, help="상태 필터 (기본: 재적)"
    )
    industries.add_argument("--format", choices=("table", "csv"), default="table")

    roster = commands.add_parser("roster", help="엑셀 회원 명부 가져오기·내보내기").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    importing = roster.add_parser(
        "import",
        help="엑셀 명부를 가져옵니다 (오류 행은 건너뛰고 나머지를 하나의 가져오기로 기록)",
        description="종료 코드: 0 모두 가져옴, 3 일부 행 오류(나머지는 가져옴), 2 파일을 쓸 수 없음(아무것도 바꾸지 않음).",
    )
    importing.add_argument("file", type=Path, metavar="FILE.xlsx")
    importing.add_argument("--sheet", metavar="NAME", help="시트 이름 (기본: 첫 번째 시트)")
    importing.add_argument(
        "--header-row", type=int, metavar="N", help="머리글(열 제목)이 있는 행 번호 (기본: 자동으로 찾음)"
    )
    importing.add_argument("--dry-run", action="store_true", help="검사 결과만 보여 주고 저장하지 않습니다")
    importing.add_argument(
        "--on-duplicate",
        choices=("skip", "update"),
        default="skip",
        help="이미 등록된 사업자등록번호: skip 건너뜀(기본), update 파일 내용으로 수정",
    )
    importing.add_argument(
        "--errors-to", type=Path, metavar="FILE.xlsx", help="오류 행을 고쳐 다시 가져올 엑셀 파일"
    )
    importing.add_argument("--profile", metavar="NAME", help="저장해 둔 열 지정 설정 이름")
    exporting = roster.add_parser("export", help="회원 명부를 엑셀로 내보냅니다 (회사명 순)")
    exporting.add_argument("file", type=Path, metavar="FILE.xlsx")
    exporting.add_argument("--search", default="", help="검색어 (members list와 같음)")
    exporting.add_argument(
        "--status", choices=STATUS_FILTERS, default=STATUS_ALL, help="상태 필터 (기본: 전체)"
    )
    template = roster.add_parser(
        "template", help="빈 가져오기 양식(머리글, 예시 한 줄, 업종 목록)을 저장합니다"
    )
    template.add_argument("file", type=Path, metavar="FILE.xlsx")
    roster.add_parser("batches", help="지난 가져오기 기록")
    undo = roster.add_parser("undo", help="가져오기 하나를 통째로 되돌립니다")
    undo.add_argument("batch_id", type=int, metavar="BATCH_ID")

    meetings = commands.add_parser("meetings", help="회의").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    meeting_list = meetings.add_parser("list", help="회의 목록 (최근 순, 첫 열은 회의 번호)")
    meeting_list.add_argument("--format", choices=("table", "csv"), default="table")
    minutes = commands.add_parser("minutes", help="회의록 PDF").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    for action, text in (
        ("export", "회의록 PDF를 저장합니다"),
        ("signin-sheet", "참석자 서명부 PDF를 저장합니다"),
    ):
        sub = minutes.add_parser(action, help=text)
        sub.add_argument("meeting_id", type=int, metavar="MEETING_ID")
        sub.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")

    projects = commands.add_parser("projects", help="협업 컨소시엄 과제").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    project_list = projects.add_parser("list", help="과제 목록 (첫 열은 과제 번호)")
    project_list.add_argument("--format", choices=("table", "csv"), default="table")
    suggest = projects.add_parser("suggest", help="과제에 필요한 역할을 맡을 만한 회원사를 찾습니다")
    suggest.add_argument("project_id", type=int, metavar="PROJECT_ID")
    suggest.add_argument("--role", required=True, metavar="ROLE", help="예: 금형, 사출, 유통·물류")
    suggest.add_argument("--format", choices=("table", "csv"), default="table")
    report = projects.add_parser(
        "report", help="과제 하나의 컨소시엄 현황(참여 기업, 역할, 지분, 마일스톤, 성과) PDF를 저장합니다"
    )
    report.add_argument("project_id", type=int, metavar="PROJECT_ID")
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    summary = projects.add_parser(
        "summary",
        help="연도별 협업 성과 요약을 PDF 또는 엑셀로 저장합니다 (파일 확장자로 형식을 정함)",
    )
    summary.add_argument("--year", required=True, type=int, metavar="YYYY", help="연도, 예: 2026")
    summary.add_argument(
        "--group",
        metavar="GROUP",
        help="그룹 이름, 경로(예: '경기지역연합회 > 경기기계협업그룹') 또는 번호; 하위 그룹 포함 (기본: 전체)",
    )
    summary.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.xlsx")

    reports = commands.add_parser("report", help="보고서").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    annual = reports.add_parser(
        "annual",
        help="한 해의 사업실적 보고서(회원, 회의, 컨소시엄, 증명서, 분쟁조정)를 PDF 또는 엑셀로 저장합니다 "
        "(파일 확장자로 형식을 정함)",
        description="종료 코드: 0 성공, 2 잘못된 연도·그룹·파일 이름이나 맞지 않는 조정 암호.",
    )
    annual.add_argument(
        "--year", type=int, metavar="YYYY", help="연도 (기본: 올해; 올해보다 늦은 해는 안 됨)"
    )
    annual.add_argument(
        "--group",
        metavar="GROUP",
        help="그룹 이름, 경로 또는 번호; 하위 그룹 포함 (기본: 전체)",
    )
    annual.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.xlsx")
    annual.add_argument(
        "--password",
        metavar="PASSWORD",
        help="조정 암호: --group과 함께 주면 분쟁조정도 그 그룹의 수치 (없으면 분쟁조정은 연합회 전체의 수치; "
        "조정 암호를 정하지 않았으면 없어도 됨)",
    )

    _add_certificate_commands(commands)
    _add_dispute_commands(commands)

    backup = commands.add_parser("backup", help="데이터베이스 백업과 복원 (SQLite)").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    backup_create = backup.add_parser("create", help="지금 데이터베이스를 백업하고 검사합니다")
    backup_create.add_argument(
        "--to",
        type=Path,
        metavar="DIR",
        help="백업을 저장할 폴더 (기본: 설정한 백업 폴더 또는 데이터 폴더의 backups)",
    )
    backup.add_parser("list", help="백업 목록 (최근 순)")
    backup_restore = backup.add_parser(
        "restore",
        help="백업으로 데이터베이스를 되돌립니다 (지금 데이터베이스는 먼저 백업합니다)",
        description="종료 코드: 0 복원함, 2 복원할 수 없는 백업이거나 복원하지 않기로 함(아무것도 바꾸지 않음).",
    )
    backup_restore.add_argument(
        "file", type=Path, metavar="FILE", help="백업 파일 (경로, 또는 backup list에 나오는 파일 이름)"
    )
    backup_restore.add_argument("--yes", action="store_true", help="묻지 않고 복원합니다")

    handover = commands.add_parser("handover", help="새 PC로 옮길 인수인계 파일 (SQLite)").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    handover_export = handover.add_parser(
        "export", help="데이터베이스, 직인 이미지 등 파일과 검사값 목록을 zip 하나로 저장합니다"
    )
    handover_export.add_argument("file", type=Path, metavar="FILE.zip")
    handover_import = handover.add_parser(
        "import",
        help="인수인계 파일을 검사한 뒤 데이터베이스와 파일을 놓습니다 (있던 데이터베이스는 먼저 백업합니다)",
    )
    handover_import.add_argument("file", type=Path, metavar="FILE.zip")
    handover_import.add_argument(
        "--yes", action="store_true", help="데이터가 있는 데이터베이스도 묻지 않고 바꿉니다"
    )
    handover_import.add_argument(
        "--db",
        dest="target_db",
        type=Path,
        metavar="PATH",
        help="데이터베이스를 놓을 SQLite 파일 (기본: collabdesk --db 또는 사용자 데이터 폴더)",
    )

    commands.add_parser("sample-data", help="빈 데이터베이스에 가상의 샘플 협업그룹을 채웁니다")

    shot = commands.add_parser("screenshot", help="주 화면을 PNG로 저장합니다 (화면 없이 렌더링)")
    shot.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    shot.add_argument("--tab", choices=SCREENSHOT_TABS, default="members")
    return parser


def _add_certificate_commands(commands: Any) -> None:
    certificate = commands.add_parser("certificate", help="협업인증서·회원확인서와 발급대장").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    kind_help = "증명서 종류 이름, 예: 협업인증서, 회원확인서 (기본: --project가 있으면 협업인증서, 없으면 회원확인서)"
    issue = certificate.add_parser(
        "issue",
        help="회원사 한 곳에 증명서를 발급하고 PDF로 저장합니다 (번호와 확인코드를 출력)",
        description="출력: '번호: 제 2026-0001 호'와 '확인코드: XXXX-XXXX' 두 줄.",
    )
    issue.add_argument("--member", required=True, metavar="BRN", help="회원사의 사업자등록번호")
    issue.add_argument("--kind", metavar="KIND", help=kind_help)
    issue.add_argument(
        "--project", type=int, metavar="PROJECT_ID", help="협업 과제 번호 (projects list의 첫 열)"
    )
    issue.add_argument("--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="발급일 (기본: 오늘)")
    issue.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    batch = certificate.add_parser(
        "issue-batch", help="과제의 현재 협약에 참여한 회원사 모두에게 발급하고 PDF 하나로 저장합니다"
    )
    batch.add_argument("--project", required=True, type=int, metavar="PROJECT_ID")
    batch.add_argument("--kind", metavar="KIND", help="증명서 종류 이름 (기본: 협업인증서)")
    batch.add_argument("--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="발급일 (기본: 오늘)")
    batch.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    verify = certificate.add_parser(
        "verify",
        help="번호와 확인코드로 증명서가 진짜인지 확인합니다",
        description="종료 코드: 0 유효, 4 취소되었거나 재발급됨, 5 발급대장에 없음(번호나 확인코드가 맞지 않음), "
        "6 발급대장이 프로그램 밖에서 바뀜(certificate check로 검사).",
    )
    verify.add_argument("number", metavar="NUMBER", help="예: '제 2026-0001 호'")
    verify.add_argument("code", metavar="CODE", help="예: 7KQ2-M9XD")
    revoke = certificate.add_parser("revoke", help="증명서를 취소합니다 (발급대장에 취소 항목을 더함)")
    revoke.add_argument("number", metavar="NUMBER")
    revoke.add_argument("--reason", required=True, metavar="TEXT", help="취소 사유")
    revoke.add_argument(
        "--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="취소일 (기본: 오늘)"
    )
    reissue = certificate.add_parser(
        "reissue", help="증명서를 새 번호로 재발급합니다 (지금의 회원사 정보로; 옛 번호는 효력 없음)"
    )
    reissue.add_argument("number", metavar="NUMBER")
    reissue.add_argument("--reason", required=True, metavar="TEXT", help="재발급 사유")
    reissue.add_argument(
        "--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="재발급일 (기본: 오늘)"
    )
    reissue.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    reprint = certificate.add_parser(
        "print",
        help="발급한 증명서를 발급대장에 기록된 그대로 다시 PDF로 저장합니다 (취소·재발급된 것은 '무효' 표시)",
    )
    reprint.add_argument("numbers", nargs="+", metavar="NUMBER", help="예: '제 2026-0001 호'")
    reprint.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    register = certificate.add_parser(
        "register", help="발급대장을 엑셀 또는 PDF로 저장합니다 (파일 확장자로 형식을 정함)"
    )
    register.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx|FILE.pdf")
    register.add_argument("--year", type=int, metavar="YYYY", help="발급 연도")
    register.add_argument("--kind", metavar="KIND", help="증명서 종류 이름")
    register.add_argument("--status", choices=("유효", "취소", "재발급됨"), help="상태")
    certificate.add_parser(
        "check",
        help="발급대장의 연결(검사값)을 처음부터 확인합니다",
        description="종료 코드: 0 이상 없음, 6 프로그램 밖에서 바뀌거나 지워진 항목이 있음(그 항목을 알려 줌).",
    )


def _add_dispute_commands(commands: Any) -> None:
    from collabdesk.services.dispute_workflow import STATUS_FILTERS

    disputes = commands.add_parser("disputes", help="분쟁조정 기록 (조정 암호로 보호)").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    password_help = "조정 암호 (조정 암호를 정하지 않았으면 없어도 됨)"
    listing = disputes.add_parser(
        "list",
        help="분쟁조정 사건 목록 (최근 접수 순; --password가 없으면 사건번호와 상태만)",
        description="종료 코드: 0 성공, 2 조정 암호가 맞지 않음.",
    )
    listing.add_argument("--format", choices=("table", "csv"), default="table")
    listing.add_argument(
        "--password", metavar="PASSWORD", help="조정 암호 (주면 유형, 당사자, 과제, 금액도 보여 줌)"
    )
    listing.add_argument("--status", choices=STATUS_FILTERS, help="상태 (미종결, 종결 또는 상태 하나)")
    listing.add_argument("--year", type=int, metavar="YYYY", help="접수 연도")
    record = disputes.add_parser("record", help="사건 하나의 조정조서 PDF를 저장합니다")
    record.add_argument("number", metavar="CASE_NUMBER", help="사건번호, 예: 2026-조정-001")
    record.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    record.add_argument("--password", metavar="PASSWORD", help=password_help)
    disputes.add_parser(
        "set-password",
        help="조정 암호를 정하거나 바꿉니다",
        description=(
            "표준 입력에서 한 줄에 하나씩 읽습니다: 조정 암호가 이미 있으면 지금 암호를 먼저, 그다음 새 암호를 "
            "두 번(확인용). "
            "터미널에서는 입력한 글자가 보이지 않습니다."
        ),
    )


# --- output ----------------------------------------------------------------------------------
def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_rows(
    header: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str, numeric: set[int] | None = None
) -> None:
    out = sys.stdout
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([[_cell(v) for v in row] for row in rows])
        return
    numeric = numeric or set()
    texts = [
        [f"{v:,}" if i in numeric and isinstance(v, int | float) else _cell(v) for i, v in enumerate(row)]
        for row in rows
    ]
    widths = [max([_width(h)] + [_width(r[i]) for r in texts]) for i, h in enumerate(header)]

    def line(cells: Sequence[str]) -> str:
        parts = []
        for i, cell in enumerate(cells):
            pad = " " * (widths[i] - _width(cell))
            parts.append(pad + cell if i in numeric else cell + pad)
        return "  ".join(parts).rstrip()

    out.write(line(header) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in texts:
        out.write(line(row) + "\n")


# --- commands --------------------------------------------------------------------------------
def cmd_members_list(services: Any, args: argparse.Namespace) -> int:
    from collabdesk.services.member_query import MemberFilter
    from collabdesk.services.members import EXPORT_COLUMNS

    records = services.members.export_records(MemberFilter(text=args.search, status=args.status))
    keys = [key for key, _ in EXPORT_COLUMNS]
    if args.format == "csv":
        write_rows([label for _, label in EXPORT_COLUMNS], [[r[k] for k in keys] for r in records], "csv")
    else:
        shown = ["name", "ceo", "brn", "industry", "status", "phone", "address"]
        labels = dict(EXPORT_COLUMNS)
        write_rows([labels[k] for k in shown], [[r[k] for k in shown] for r in records], "table")
    return EXIT_OK


def cmd_stats_industries(services: Any, args: argparse.Namespace) -> int:
    from collabdesk.services.member_query import MemberFilter

    lines = services.stats.industries(MemberFilter(status=args.status))
    rows = [[line.label, line.count, line.sales, line.employees] for line in lines]
    write_rows(["업종", "회원사수", "매출액합계", "종업원수합계"], rows, args.format, numeric={1, 2, 3})
    return EXIT_OK


def cmd_sample_data(services: Any, _args: argparse.Namespace) -> int:
    from collabdesk.services.sample_data import fill_sample_data

    count = fill_sample_data(services.db)
    print(f"샘플 회원사 {count}곳을 추가했습니다: {services.db.display_name}")
    return EXIT_OK


def cmd_roster_import(services: Any, args: argparse.Namespace) -> int:
    from collabdesk.services.roster_mapping import apply_profile

    source, mapping = args.source, args.mapping
    if args.profile:
        profile = services.roster_profiles.get(args.profile)
        if profile is None:
            names = ", ".join(services.roster_profiles.names()) or "없음"
            raise UserError(f"'{args.profile}' 열 지정이 없습니다. 저장된 열 지정: {names}")
        mapping = apply_profile(profile, source.header.texts)

    def save_rejected(plan: Any) -> None:
        if args.errors_to and plan.rejected():
            services.roster_export.rejected(args.errors_to, plan)

    if args.dry_run:
        plan = services.roster_import.plan(source, mapping, args.on_duplicate)
        save_rejected(plan)
        created, updated = plan.count("new"), plan.count("update")
    else:
        # The rejected rows are saved inside the import's transaction: if they cannot be, nothing is imported.
        result = services.roster_import.run(source, mapping, args.on_duplicate, before_commit=save_rejected)
        plan, created, updated = result.plan, result.created, result.updated
        if result.batch_id is not None:
            print(
                f"가져오기 {result.batch_id}번으로 기록했습니다 "
                f"(되돌리기: collabdesk roster undo {result.batch_id}).",
                file=sys.stderr,
            )
    for line in plan.error_lines():
        print(line)
    rejected = len(plan.rejected())
    if args.errors_to and rejected:
        print(f"오류 행 {rejected}개를 저장했습니다: {args.errors_to}", file=sys.stderr)
    print(f"imported={created} updated={updated} skipped={plan.skipped} rejected={rejected}")
    return EXIT_REJECTED if rejected else EXIT_OK


def cmd_roster_export(services: Any, args: argparse.Namespace) -> int:
    from collabdesk.services.member_query import MemberFilter

    count = services.roster_export.export(args.file, MemberFilter(text=args.search, status=args.status))
    print(f"회원사 {count}곳을 내보냈습니다: {args.file}")
    return EXIT_OK


def cmd_roster_template(services: Any, args: argparse.Namespace) -> int:
    services.roster_export.template(args.file)
    print(f"가져오기 양식을 저장했습니다: {args.file}")
    return EXIT_OK


def cmd_roster_batches(services: Any, _args: argparse.Namespace) -> int:
    rows = [
        [
            b.id,
            f"{b.created_at:%Y-%m-%d %H:%M}",
            b.file_name,
            b.sheet_name,
            b.created,
            b.updated,
            b.skipped,
            b.rejected,
            f"되돌림 {b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else "",
        ]
        for b in services.roster_batches.batches()
    ]
    header = ["번호", "가져온 때", "파일", "시트", "신규", "변경", "건너뜀", "오류", "되돌림"]
    write_rows(header, rows, "table", numeric={0, 4, 5, 6, 7})
    return EXIT_OK


def cmd_roster_undo(services: Any, args: argparse.Namespace) -> int:
    result = services.roster_batches.undo(args.batch_id)
    print(
        f"가져오기 {args.batch_id}번을 되돌렸습니다: 추가된 회원사 {result.removed}곳 삭제, 변경된 회원사 {result.restored}곳 복원"
    )
    return EXIT_OK


def cmd_meetings_list(services: Any, args: argparse.Namespace) -> int:
    rows = [
        [m.id, f"{m.starts_at:%Y-%m-%d %H:%M}", m.kind, m.title, m.group, m.enrolled, m.present + m.proxies]
        for m in services.meetings.search()
    ]
    header = ["번호", "일시", "종류", "회의명", "그룹", "재적", "출석"]
    write_rows(header, rows, args.format, numeric={0, 5, 6})
    return EXIT_OK


def cmd_minutes(services: Any, args: argparse.Namespace) -> int:
    if args.action == "export":
        services.meetings.write_minutes(args.meeting_id, args.out)
        print(f"회의록을 저장했습니다: {args.out}")
    else:
        services.meetings.write_signin_sheet(args.meeting_id, args.out)
        print(f"참석자 서명부를 저장했습니다: {args.out}")
    return EXIT_OK


def cmd_projects_list(services: Any, args: argparse.Namespace) -> int:
    rows = [
        [p.id, p.name, p.kind, p.lead, p.stage, p.status, p.start_on, p.end_on, p.parties, p.overdue]
        for p in services.projects.search()
    ]
    header = [
        "번호",
        "과제명",
        "종류",
        "주관기업",
        "단계",
        "상태",
        "시작일",
        "종료일",
        "참여",
        "지연 마일스톤",
    ]
    write_rows(header, rows, args.format, numeric={0, 8, 9})
    return EXIT_OK


def cmd_projects_suggest(services: Any, args: argparse.Namespace) -> int:
    roles = services.projects.roles()
    if args.role not in roles:
        raise UserError(f"역할 '{args.role}'이(가) 역할 목록에 없습니다. 역할: {', '.join(roles)}")
    exclude = services.projects.current_members(args.project_id)
    rows = [[s.member_id, s.name, s.score, s.reason] for s in services.partners.suggest(args.role, exclude)]
    write_rows(["회원사 번호", "회사명", "점수", "이유"], rows, args.format, numeric={0, 2})
    return EXIT_OK


def cmd_projects_report(services: Any, args: argparse.Namespace) -> int:
    services.project_reports.write_report(args.project_id, args.out)
    print(f"컨소시엄 현황을 저장했습니다: {args.out}")
    return EXIT_OK


def cmd_projects_summary(services: Any, args: argparse.Namespace) -> int:
    group_id = find_group(services, args.group) if args.group is not None else None
    services.project_reports.write_summary(args.year, args.out, group_id)
    print(f"{args.year}년 협업 성과 요약을 저장했습니다: {args.out}")
    return EXIT_OK


def cmd_report_annual(services: Any, args: argparse.Namespace) -> int:
    from collabdesk.services.annual_figures import check_year
    from collabdesk.services.annual_report import check_format

    check_format(args.out)  # before anything else: a wrong extension writes nothing
    today = dt.date.today()
    year = today.year if args.year is None else args.year
    check_year(year, today)
    group_id = find_group(services, args.group) if args.group is not None else None
    # The password as for `disputes list`: a wrong one is refused (the attempt logged). Without one
    # the records count as locked unless no password is set (then anyone may read them anyway);
    # locked, a group's mediation figures are the whole federation's, and the report says so.
    access = None
    if args.password is not None or not services.disputes.has_password():
        access = services.disputes.access(args.password)
    path = services.annual_report.write(year, args.out, group_id, today, access=access)
    print(f"{year}년 사업실적 보고서를 저장했습니다: {path}")
    return EXIT_OK


def _certificate_kind(services: Any, name: str | None, with_project: bool) -> Any:
    return (
        services.certificates.kinds.by_name(name)
        if name
        else services.certificates.kinds.default(with_project)
    )


def cmd_certificate_issue(services: Any, args: argparse.Namespace) -> int:
    from collabdesk.validation.korean import ValidationError, normalize_brn

    try:
        brn = normalize_brn(args.member)
    except ValidationError as exc:
        raise UserError(f"--member {args.member}: {exc}") from exc
    member_id = services.members.find_by_brn(brn)
    if member_id is None:
        raise UserError(f"사업자등록번호 {brn}인 회원사가 없습니다.")
    kind = _certificate_kind(services, args.kind, args.project is not None)
    with _numbers_told_if_unsaved():
        issued = services.certificates.issue(member_id, kind.id, args.project, args.date, out=args.out)
    print(f"번호: {issued.number}")
    print(f"확인코드: {issued.code}")
    print(f"{issued.kind}를 저장했습니다: {args.out}", file=sys.stderr)
    return EXIT_OK


@contextlib.contextmanager
def _numbers_told_if_unsaved() -> Iterator[None]:
    """A certificate issued whose PDF could not be put in place: its number and code are printed
    first (they exist now), then the error (exit 2) says how to save it again."""
    from collabdesk.services.certificates import PdfNotSaved

    try:
        yield
    except PdfNotSaved as exc:
        for issued in exc.result.issued:
            print(f"번호: {issued.number}")
            print(f"확인코드: {issued.code}")
        raise


def cmd_certificate_issue_batch(services: Any, args: argparse.Namespace) -> int:
    kind = _certificate_kind(services, args.kind, True)
    with _numbers_told_if_unsaved():
        result = services.certificates.issue_batch(args.project, kind.id, args.date, out=args.out)
    rows = [[c.number, c.code, c.company, c.role] for c in result.issued]
    write_rows(["번호", "확인코드", "회사명", "역할"], rows, "table")
    for line in result.skipped:
        print(f"건너뜀: {line}", file=sys.stderr)
    print(f"{kind.name} {len(result.issued)}매를 저장했습니다: {args.out}", file=sys.stderr)
    return EXIT_OK


def cmd_certificate_verify(services: Any, args: argparse.Namespace) -> int:
    from collabdesk.services.certificates import REPLACED, REVOKED, TAMPERED, VALID

    result = services.certificates.verify(args.number, args.code)
    print(result.message)
    if result.outcome == VALID:
        return EXIT_OK
    if result.outcome == TAMPERED:
        return EXIT_TAMPERED
    return EXIT_VOID if result.outcome in (REVOKED, REPLACED) else EXIT_UNKNOWN


def cmd_certificate_revoke(services: Any, args: argparse.Namespace) -> int:
    from collabdesk.services.certificate_templates import with_particle

    found = services.certificates.revoke(args.number, args.reason, args.date)
    print(
        f"{with_particle(found.number, '을')} {found.revoked_on:%Y-%m-%d}자로 취소했습니다 (사유: {found.reason})."
    )
    return EXIT_OK


def cmd_certificate_reissue(services: Any, args: argparse.Namespace) -> int:
    from collabdesk.services.certificate_templates import with_particle

    with _numbers_told_if_unsaved():
        issued = services.certificates.reissue(args.number, args.reason, args.date, out=args.out)
    print(f"번호: {issued.number}")
    print(f"확인코드: {issued.code}")
    print(
        f"{with_particle(str(issued.replaces), '을')} 대신하는 인증서를 저장했습니다: {args.out}",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_certificate_print(services: Any, args: argparse.Namespace) -> int:
    services.certificates.write_pdf(args.numbers, args.out)
    print(f"증명서 {len(args.numbers)}매를 저장했습니다: {args.out}")
    return EXIT_OK


def cmd_certificate_register(services: Any, args: argparse.Namespace) -> int:
    from collabdesk.services.certificates import RegisterFilter

    if args.kind:
        services.certificates.kinds.by_name(args.kind)  # an unknown name is an error, not an empty register
    flt = RegisterFilter(year=args.year, kind=args.kind, status=args.status)
    count = services.certificates.write_register(args.out, flt)
    print(f"발급대장 {count}건을 저장했습니다: {args.out}")
    return EXIT_OK


def cmd_certificate_check(services: Any, _args: argparse.Namespace) -> int:
    report = services.certificates.check_chain()
    print(report.message)
    if not report.protected:
        print(
            "경고: 발급대장을 고치지 못하게 막는 데이터베이스 트리거가 없습니다. 누군가 지웠을 수 있습니다.",
            file=sys.stderr,
        )
    if not report.ok:
        return EXIT_TAMPERED
    if report.count:
        print(f"마지막 항목: {report.last_seq}번, 검사값 {report.last_hash}")
    return EXIT_OK


def cmd_disputes_list(services: Any, args: argparse.Namespace) -> int:
    from collabdesk.services.dispute_stats import DisputeFilter

    # Without --password the list stays locked, even when no password is set.
    access = services.disputes.access(args.password) if args.password is not None else None
    rows = services.disputes.search(DisputeFilter(status=args.status, year=args.year), access)
    if access is None or not access.unlocked:
        locked = [[r.number, r.status, r.received_on, r.deadline, r.flag] for r in rows]
        write_rows(["사건번호", "상태", "접수일", "처리기한", "기한"], locked, args.format)
        return EXIT_OK
    header = ["사건번호", "접수일", "유형", "신청인", "피신청인", "관련 과제", "금액"]
    header += ["상태", "처리기한", "기한", "종결일"]
    table = [
        [
            r.number,
            r.received_on,
            r.dispute_type,
            r.applicants,
            r.respondents,
            r.project,
            r.amount,
            r.status,
            r.deadline,
            r.flag,
            r.closed_on,
        ]
        for r in rows
    ]
    write_rows(header, table, args.format, numeric={6})
    return EXIT_OK


def cmd_disputes_record(services: Any, args: argparse.Namespace) -> int:
    # The file first: a wrong name must not unlock (nor write to the case's history) for nothing.
    if args.out.suffix.lower() != ".pdf":
        raise UserError(f"{args.out.name}: 조정조서는 PDF(.pdf) 파일로만 저장할 수 있습니다.")
    case_id = services.disputes.find(args.number)
    access = services.disputes.access(args.password, case_id)
    services.disputes.write_record(case_id, args.out, access)
    print(f"{args.number.strip()} 조정조서를 저장했습니다: {args.out}")
    return EXIT_OK


def _secret_lines() -> Any:
    """Reads one secret per call: without echo from a terminal (getpass), as plain lines from a pipe;
    a pipe that ends early is told which line (`expected`) was missing."""
    import getpass

    if sys.stdin.isatty():
        return lambda prompt, _expected: getpass.getpass(prompt)

    def read(_prompt: str, expected: str) -> str:
        line = sys.stdin.readline()
        if not line:
            raise UserError(
                f"표준 입력에서 조정 암호를 다 읽지 못했습니다. {expected}이(가) 있어야 합니다. "
                "아무것도 바꾸지 않았습니다."
            )
        return line.rstrip("\r\n")

    return read


def cmd_disputes_set_password(services: Any, _args: argparse.Namespace) -> int:
    read = _secret_lines()
    had = services.disputes.has_password()
    # From a pipe one line each: the current password (when one is set), the new one, the new one again.
    order = ("첫째", "둘째", "셋째") if had else ("첫째", "둘째")
    current = read("지금 조정 암호: ", f"{order[0]} 줄(지금 조정 암호)") if had else None
    new = read("새 조정 암호: ", f"{order[-2]} 줄(새 조정 암호)")
    if new != read("새 조정 암호 확인: ", f"{order[-1]} 줄(새 조정 암호를 한 번 더, 확인용)"):
        raise UserError("새 조정 암호 두 번이 서로 다릅니다. 아무것도 바꾸지 않았습니다.")
    services.disputes.set_password(new, current)
    print("조정 암호를 바꿨습니다." if had else "조정 암호를 정했습니다.")
    return EXIT_OK


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def cmd_backup_create(db: Any, args: argparse.Namespace) -> int:
    from collabdesk.db.backup import MANUAL, create_backup

    info = create_backup(db, MANUAL, args.to)
    print(f"백업을 만들고 검사했습니다: {info.path} ({_size_text(info.size)})")
    return EXIT_OK


def cmd_backup_list(args: argparse.Namespace) -> int:
    from collabdesk.db.backup import backup_folder, list_backups, require_sqlite
    from collabdesk.db.engine import Database

    live = _sqlite_file(args.db)
    if live is None:
        db = Database.open(args.db)  # not connected: only what kind of database it is
        try:
            require_sqlite(db)  # a server's database: said, not listed with this PC's backups
        finally:
            db.dispose()
    folder = backup_folder(database=live)
    backups = list_backups(folder)
    print(f"백업 폴더: {folder}", file=sys.stderr)
    rows = [[f"{b.created:%Y-%m-%d %H:%M:%S}", b.label, _size_text(b.size), b.path.name] for b in backups]
    write_rows(["만든 때", "종류", "크기", "파일"], rows, "table")
    return EXIT_OK


def _backup_file_argument(path: Path, live: Path) -> Path:
    """A backup named by path, or by its bare file name in the database's backup folder."""
    from collabdesk.db.backup import backup_folder

    if path.exists() or path.parent != Path("."):
        return path
    in_folder = backup_folder(database=live) / path.name
    return in_folder if in_folder.exists() else path


def cmd_backup_restore(db: Any, args: argparse.Namespace) -> int:
    from collabdesk.db.backup import require_sqlite

    live = require_sqlite(db)
    with _sole_writer(live):
        return _restore(db, args)


def _restore(db: Any, args: argparse.Namespace) -> int:
    from collabdesk.db.backup import (
        COUNT_KINDS,
        finish_restore,
        quick_check,
        record_counts,
        restore_backup,
        verify_backup,
    )

    backup = _backup_file_argument(args.file, db.sqlite_path)
    verify_backup(backup)
    if not args.yes:
        problem = quick_check(db)
        current: dict[str, int] = {}
        if problem is not None:
            print(f"지금 데이터베이스: {problem}")
        elif db.sqlite_path is not None and db.sqlite_path.exists():
            current = record_counts(db)
        in_backup = record_counts(backup)
        rows = [
            [label, current.get(key, "-"), in_backup.get(key, "-")]
            for key, label, _ in COUNT_KINDS
            if key in current or key in in_backup
        ]
        print(f"지금 데이터베이스: {db.display_name}")
        print(f"백업: {backup}")
        write_rows(["종류", "지금", "백업"], rows, "table", numeric={1, 2})
        if not _confirmed("지금 데이터베이스를 백업한 뒤 이 백업으로 바꿉니다. 복원하시겠습니까? [y/N] "):
            return EXIT_USAGE
    before = restore_backup(db, backup)
    finish_restore(db, backup)
    if before is not None:
        print(f"복원 전 데이터베이스를 백업했습니다: {before.path}")
    print(f"백업으로 복원했습니다: {backup} → {db.display_name}")
    return EXIT_OK


def cmd_handover_export(db: Any, args: argparse.Namespace) -> int:
    from collabdesk.db.handover import export_handover

    manifest = export_handover(db, args.file)
    others = len(manifest.files) - 1
    print(
        f"인수인계 파일을 저장했습니다: {args.file} (데이터베이스와 파일 {others}개, 스키마 {manifest.schema_revision})"
    )
    return EXIT_OK


@contextlib.contextmanager
def _sole_writer(database: Path) -> Iterator[None]:
    """Replacing a database file under a running CollabDesk would pull it from under its feet."""
    from collabdesk.db import instance_lock

    lock = instance_lock.acquire(database)
    if lock is None:
        holder = instance_lock.holder(database)
        raise UserError(
            f"다른 CollabDesk가 이 데이터베이스를 쓰고 있습니다({holder or database}). "
            "그 프로그램을 닫은 뒤 다시 하십시오. 아무것도 바꾸지 않았습니다."
        )
    try:
        yield
    finally:
        lock.release()


def _replace_agreed(target: Path, package: Path) -> bool:
    """The records of the database a handover would replace, beside the package's; asks y/N."""
    from collabdesk.db.backup import COUNT_KINDS, record_counts
    from collabdesk.db.handover import read_manifest

    manifest = read_manifest(package)
    try:
        current: dict[str, int] = record_counts(target)
    except UserError as exc:
        print(f"지금 데이터베이스: {exc}")
        current = {}
    if current and not any(current.values()):
        return True  # an empty database (a new PC started once): nothing to lose
    packed = manifest.counts
    rows = [
        [label, current.get(key, "-"), packed.get(key, "-")]
        for key, label, _ in COUNT_KINDS
        if key in current or key in packed
    ]
    print(f"지금 데이터베이스: {target}")
    print(f"인수인계 파일: {package} (CollabDesk {manifest.app_version}, {manifest.created})")
    write_rows(["종류", "지금", "인수인계 파일"], rows, "table", numeric={1, 2})
    return _confirmed(
        "지금 데이터베이스를 백업한 뒤 인수인계 파일의 데이터베이스로 바꿉니다. 계속하시겠습니까? [y/N] "
    )


def _confirmed(question: str) -> bool:
    sys.stdout.write(question)
    sys.stdout.flush()
    answer = sys.stdin.readline().strip().lower()
    if not sys.stdin.isatty():
        print()  # the answer came from a pipe and did not end the line on the screen
    if answer in ("y", "yes", "예", "ㅇ"):
        return True
    print("하지 않았습니다. 아무것도 바꾸지 않았습니다.", file=sys.stderr)
    return False


def cmd_handover_import(args: argparse.Namespace) -> int:
    from collabdesk.db.backup import finish_restore
    from collabdesk.db.engine import Database
    from collabdesk.db.handover import import_handover

    target = _sqlite_file(args.target_db or args.db)
    if target is None:
        raise UserError(
            "인수인계 파일은 SQLite 데이터베이스 파일로만 가져올 수 있습니다. --db에 파일 경로를 주십시오."
        )
    with _sole_writer(target):
        if target.exists() and not args.yes and not _replace_agreed(target, args.file):
            return EXIT_USAGE
        manifest = import_handover(args.file, target)
        db = Database.open(target, must_exist=True)
        try:
            finish_restore(db, args.file, handover=True)  # under the lock: no window opens it half-migrated
        finally:
            db.dispose()
    others = len(manifest.files) - 1
    print(
        f"인수인계 파일을 가져왔습니다: 데이터베이스 {target}, 파일 {others}개 "
        f"(CollabDesk {manifest.app_version}, {manifest.created})"
    )
    return EXIT_OK


def _run_storage_command(args: argparse.Namespace) -> int:
    """backup and handover work on the database file itself, without opening the services: a
    damaged database must still be restorable, and a backup is made before any migration."""
    from collabdesk.db.engine import Database

    if args.command == "handover" and args.action == "import":
        return cmd_handover_import(args)
    if args.action == "list":
        return cmd_backup_list(args)
    handlers = {
        "create": cmd_backup_create,
        "restore": cmd_backup_restore,
        "export": cmd_handover_export,
    }
    handler = handlers[args.action]
    db = Database.open(args.db, must_exist=handler is not cmd_backup_restore)
    try:
        return handler(db, args)
    finally:
        db.dispose()


def find_group(services: Any, text: str) -> int:
    """A group named on the command line: its number, its full path ("가 > 나 > 다", spaces around
    ">" optional), or its name or the end of its path when only one group has it."""
    from collabdesk.services.groups import PATH_SEPARATOR

    groups = services.groups.tree()
    wanted = text.strip()
    if wanted.isdigit():
        found = [g for g in groups if g.id == int(wanted)]
    else:
        parts = [part.strip() for part in wanted.split(PATH_SEPARATOR.strip())]
        found = [g for g in groups if g.path.split(PATH_SEPARATOR) == parts]
        # The end of a path names a group too: "경기기계협업그룹" or "경기지역연합회 > 경기기계협업그룹".
        found = found or [g for g in groups if g.path.split(PATH_SEPARATOR)[-len(parts) :] == parts]
    if len(found) == 1:
        return int(found[0].id)
    if found:
        paths = ", ".join(f"{g.id} {g.path}" for g in found)
        raise UserError(f"'{wanted}' 그룹이 여러 개입니다: {paths}. 번호나 전체 경로로 지정해 주십시오.")
    known = ", ".join(f"{g.id} {g.path}" for g in groups) or "없음"
    raise UserError(f"'{wanted}' 그룹을 찾을 수 없습니다. 등록된 그룹(번호 경로): {known}")


def _run_with_services(args: argparse.Namespace) -> int:
    from collabdesk.services.container import open_services

    handlers = {
        ("members", "list"): cmd_members_list,
        ("stats", "industries"): cmd_stats_industries,
        ("sample-data", None): cmd_sample_data,
        ("roster", "import"): cmd_roster_import,
        ("roster", "export"): cmd_roster_export,
        ("roster", "template"): cmd_roster_template,
        ("roster", "batches"): cmd_roster_batches,
        ("roster", "undo"): cmd_roster_undo,
        ("meetings", "list"): cmd_meetings_list,
        ("minutes", "export"): cmd_minutes,
        ("minutes", "signin-sheet"): cmd_minutes,
        ("projects", "list"): cmd_projects_list,
        ("projects", "suggest"): cmd_projects_suggest,
        ("projects", "report"): cmd_projects_report,
        ("projects", "summary"): cmd_projects_summary,
        ("report", "annual"): cmd_report_annual,
        ("certificate", "issue"): cmd_certificate_issue,
        ("certificate", "issue-batch"): cmd_certificate_issue_batch,
        ("certificate", "verify"): cmd_certificate_verify,
        ("certificate", "revoke"): cmd_certificate_revoke,
        ("certificate", "reissue"): cmd_certificate_reissue,
        ("certificate", "print"): cmd_certificate_print,
        ("certificate", "register"): cmd_certificate_register,
        ("certificate", "check"): cmd_certificate_check,
        ("disputes", "list"): cmd_disputes_list,
        ("disputes", "record"): cmd_disputes_record,
        ("disputes", "set-password"): cmd_disputes_set_password,
    }
    handler = handlers[(args.command, getattr(args, "action", None))]
    if handler is cmd_roster_import:
        from collabdesk.services.roster_import import read_roster
        from collabdesk.services.roster_mapping import auto_mapping, check_mapping

        # Check the file first: one that cannot be used leaves everything, a new database included, unmade.
        if args.errors_to and not args.errors_to.resolve().parent.is_dir():
            raise UserError(f"오류 행을 저장할 폴더가 없습니다: {args.errors_to.resolve().parent}")
        args.source = read_roster(args.file, args.sheet, header_row=args.header_row)
        args.mapping = auto_mapping(args.source.header.texts)
        if not args.profile:
            try:
                check_mapping(args.mapping)
            except FieldErrors as exc:
                problems = " ".join(exc.errors.values())
                raise UserError(f"{args.file.name}: 열 제목을 알아보지 못했습니다. {problems}") from exc
    # Only filling commands may start a new database; elsewhere a mistyped path is an error, not an empty list.
    creates = args.command == "sample-data" or (
        args.command == "roster" and args.action in ("import", "template")
    )
    writes = (args.command, getattr(args, "action", None)) in WRITING_COMMANDS or (
        args.command in ("disputes", "report")
        and getattr(args, "password", None) is not None  # logs the unlock
    )
    target = _sqlite_file(args.db)
    # Reading needs no lock, but bringing a file made by an older CollabDesk up to this version
    # writes it: not under a window (of that older version) that has it open.
    if target is not None and not writes and not (target.is_file() and _migration_due(target)):
        target = None
    with _sole_writer(target) if target is not None else contextlib.nullcontext():
        services = open_services(args.db, must_exist=not creates)
        try:
            return handler(services, args)
        finally:
            services.db.dispose()


# Commands that change the database: not while a CollabDesk window writes the same SQLite file.
WRITING_COMMANDS = {
    ("sample-data", None),
    ("roster", "import"),
    ("roster", "undo"),
    ("certificate", "issue"),
    ("certificate", "issue-batch"),
    ("certificate", "revoke"),
    ("certificate", "reissue"),
    ("disputes", "set-password"),
    ("disputes", "record"),  # the record's printing is written to the case's history
}


def _migration_due(path: Path) -> bool:
    from collabdesk.db.engine import Database
    from collabdesk.db.migrate import HEAD_REVISION, current_revision

    db = Database.open(str(path), must_exist=True)
    try:
        return current_revision(db) != HEAD_REVISION
    finally:
        db.dispose()


def _sqlite_file(db_arg: str | None) -> Path | None:
    from collabdesk.db.engine import resolve_url, sqlite_file

    return sqlite_file(resolve_url(db_arg))


def main(argv: Sequence[str] | None = None) -> int:
    from collabdesk.logging_setup import configure_logging

    args = build_parser().parse_args(argv)
    log_path = configure_logging()
    try:
        if args.command is None:
            from collabdesk.app import run_gui

            return run_gui(args.db)
        if args.command == "screenshot":
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from collabdesk.app import screenshot

            screenshot(args.db, args.out, args.tab)
            print(f"스크린샷을 저장했습니다: {args.out}")
            return EXIT_OK
        if args.command in ("backup", "handover"):
            return _run_storage_command(args)
        return _run_with_services(args)
    except UserError as exc:
        print(f"collabdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except Exception:
        log.exception("unexpected failure")
        print(f"collabdesk: 예상하지 못한 오류가 발생했습니다. 자세한 내용: {log_path}", file=sys.stderr)
        return EXIT_FAILURE
