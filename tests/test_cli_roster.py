"""`collabdesk roster …`: import with exit codes 0/3/2, export, template, batches, undo, round trip."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from collabdesk.cli import main
from collabdesk.services.sample_data import make_brn

pytestmark = pytest.mark.usefixtures("fresh_logging")

B1, B2, B3 = make_brn(1), make_brn(2), make_brn(3)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def member_rows(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM members").fetchone()[0]


@pytest.fixture
def roster(make_xlsx: Any) -> Path:
    return make_xlsx(
        [
            ["회원 명부"],
            ["업체명", "사업자번호", "대표자", "E-mail"],
            ["가나정밀", B1, "김가나", "a@example.kr"],
            ["다라금형", B2[:-1] + str((int(B2[-1]) + 1) % 10), "이다라", ""],
            ["마바전자", B3, "박마바", "메일"],
            ["사아상사", B1.replace("-", ""), "최사아", ""],
        ]
    )


def test_import_reports_each_rejected_row_and_exits_3(
    roster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new.sqlite3"
    errors = tmp_path / "고칠 행.xlsx"
    code, out, err = run(capsys, "--db", str(db), "roster", "import", str(roster), "--errors-to", str(errors))
    assert code == 3
    lines = out.splitlines()
    assert lines[:-1] == [
        "행 4: 사업자번호(B열): 사업자등록번호의 검증번호가 맞지 않습니다",
        "행 5: E-mail(D열): 전자우편 주소 형식이 올바르지 않습니다: 메일",
        "행 6: 사업자번호(B열): 3행과 사업자등록번호가 같습니다. 한 행만 남겨 주십시오.",
    ]
    assert lines[-1] == "imported=1 updated=0 skipped=0 rejected=3"
    assert "가져오기 1번" in err
    assert member_rows(db) == 1

    ws = load_workbook(errors).active
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == ["업체명", "사업자번호", "대표자", "E-mail", "오류", "원래 행"]
    assert [r[-1] for r in rows[1:]] == [4, 5, 6]
    assert rows[2][0] == "마바전자" and "전자우편" in rows[2][-2]

    # The fixed file goes in again: the good row is now a known member and is skipped.
    code, out, _ = run(capsys, "--db", str(db), "roster", "import", str(roster))
    assert out.splitlines()[-1] == "imported=0 updated=0 skipped=1 rejected=3"


def test_dry_run_writes_nothing(roster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "db.sqlite3"
    assert run(capsys, "--db", str(db), "sample-data")[0] == 0
    before = member_rows(db)
    code, out, _ = run(capsys, "--db", str(db), "roster", "import", str(roster), "--dry-run")
    assert code == 3
    assert out.splitlines()[-1] == "imported=1 updated=0 skipped=0 rejected=3"
    assert member_rows(db) == before
    code, out, _ = run(capsys, "--db", str(db), "roster", "batches")
    assert len(out.strip().splitlines()) == 2  # header and rule only


def test_clean_import_exits_0_and_update_changes_members(
    make_xlsx: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.sqlite3"
    first = make_xlsx([["회사명", "사업자등록번호", "대표자"], ["가나", B1, "김"]], name="a.xlsx")
    assert run(capsys, "--db", str(db), "roster", "import", str(first))[:2] == (
        0,
        "imported=1 updated=0 skipped=0 rejected=0\n",
    )
    second = make_xlsx([["회사명", "사업자등록번호", "대표자"], ["가나", B1, "박"]], name="b.xlsx")
    code, out, _ = run(capsys, "--db", str(db), "roster", "import", str(second), "--on-duplicate", "update")
    assert (code, out) == (0, "imported=0 updated=1 skipped=0 rejected=0\n")
    code, out, _ = run(capsys, "--db", str(db), "members", "list", "--format", "csv")
    assert ",박," in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".xls"),
        ("회사명,사업자번호\n가나,1234567891\n".encode(), "CSV"),
        (b"\x00\x01\x02garbage" * 50, "엑셀 파일(.xlsx)이 아닙니다"),
        (b"", "빈 파일"),
    ],
)
def test_unusable_files_exit_2_and_create_nothing(
    content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "명부.xlsx"
    path.write_bytes(content)
    db = tmp_path / "never.sqlite3"
    code, out, err = run(capsys, "--db", str(db), "roster", "import", str(path))
    assert code == 2
    assert out == ""
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not db.exists()


def test_truncated_file_exits_2(roster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(roster.read_bytes()[: roster.stat().st_size // 2])
    code, _, err = run(capsys, "--db", str(tmp_path / "db.sqlite3"), "roster", "import", str(cut))
    assert code == 2 and "손상" in err


def test_missing_sheet_and_missing_file(
    roster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "db.sqlite3")
    code, _, err = run(capsys, "--db", db, "roster", "import", str(roster), "--sheet", "없는시트")
    assert code == 2 and "'없는시트' 시트가 없습니다. 있는 시트: 명부" in err
    code, _, err = run(capsys, "--db", db, "roster", "import", str(tmp_path / "nothing.xlsx"))
    assert code == 2 and "파일이 없습니다" in err


def test_unknown_profile_is_named(roster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "--db", str(tmp_path / "d.sqlite3"), "roster", "import", str(roster), "--profile", "양식A"
    )
    assert code == 2 and "'양식A' 열 지정이 없습니다" in err


def test_export_then_import_into_an_empty_database_gives_the_same_members(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "명부.xlsx"
    code, out, _ = run(capsys, "--db", str(sample_db), "roster", "export", str(exported))
    assert (code, out) == (0, f"회원사 12곳을 내보냈습니다: {exported}\n")
    empty = tmp_path / "empty.sqlite3"
    code, out, _ = run(capsys, "--db", str(empty), "roster", "import", str(exported))
    assert (code, out) == (0, "imported=12 updated=0 skipped=0 rejected=0\n")

    listings = []
    for db in (sample_db, empty):
        code, out, _ = run(capsys, "--db", str(db), "members", "list", "--format", "csv")
        listings.append(out)
    assert listings[0] == listings[1]
    assert len(listings[0].splitlines()) == 13

    # Exported again, the file is the same roster: nothing new, nothing changed.
    code, out, _ = run(
        capsys, "--db", str(empty), "roster", "import", str(exported), "--on-duplicate", "update"
    )
    assert out == "imported=0 updated=0 skipped=12 rejected=0\n"


def test_export_search_and_template(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    some = tmp_path / "some.xlsx"
    code, out, _ = run(capsys, "--db", str(sample_db), "roster", "export", str(some), "--search", "정밀")
    assert code == 0
    count = int(out.split("회원사 ")[1].split("곳")[0])
    assert 0 < count < 12
    assert load_workbook(some).active.max_row == count + 1

    template = tmp_path / "양식.xlsx"
    code, out, _ = run(capsys, "--db", str(sample_db), "roster", "template", str(template))
    assert (code, out) == (0, f"가져오기 양식을 저장했습니다: {template}\n")
    # The template as saved: its headers are recognised and its example row is left out.
    code, out, _ = run(capsys, "--db", str(tmp_path / "t.sqlite3"), "roster", "import", str(template))
    assert (code, out) == (0, "imported=0 updated=0 skipped=0 rejected=0\n")


def test_batches_and_undo(make_xlsx: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "db.sqlite3")
    path = make_xlsx([["회사명", "사업자번호"], ["가나", B1], ["다라", B2]], name="월례회 명부.xlsx")
    run(capsys, "--db", db, "roster", "import", str(path))
    code, out, _ = run(capsys, "--db", db, "roster", "batches")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == [
        "번호",
        "가져온",
        "때",
        "파일",
        "시트",
        "신규",
        "변경",
        "건너뜀",
        "오류",
        "되돌림",
    ]
    assert "월례회 명부.xlsx" in lines[2] and lines[2].split()[0] == "1"

    code, out, _ = run(capsys, "--db", db, "roster", "undo", "1")
    assert (code, out) == (0, "가져오기 1번을 되돌렸습니다: 추가된 회원사 2곳 삭제, 변경된 회원사 0곳 복원\n")
    assert member_rows(Path(db)) == 0
    code, _, err = run(capsys, "--db", db, "roster", "undo", "1")
    assert code == 2 and "이미 되돌렸습니다" in err
    _, out, _ = run(capsys, "--db", db, "roster", "batches")
    assert "되돌림 " in out.splitlines()[2]


def test_errors_file_that_cannot_be_written_imports_nothing(
    roster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.sqlite3"
    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "roster",
        "import",
        str(roster),
        "--errors-to",
        str(tmp_path / "없는 폴더" / "e.xlsx"),
    )
    assert (code, out) == (2, "")
    assert "오류 행을 저장할 폴더가 없습니다" in err
    assert not db.exists()

    taken = tmp_path / "폴더.xlsx"
    taken.mkdir()  # a folder where the file should go: the save fails after the rows were written
    code, out, err = run(capsys, "--db", str(db), "roster", "import", str(roster), "--errors-to", str(taken))
    assert code == 2 and "파일을 저장할 수 없습니다" in err
    assert member_rows(db) == 0
    assert run(capsys, "--db", str(db), "roster", "batches")[1].count("\n") == 2  # no batch recorded


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([["회사명", "사업자번호"]], "아래 자료가 없습니다"),
        ([["회사명", "대표자"], ["가", "나"]], "'사업자등록번호' 열을 지정해 주십시오."),
    ],
)
def test_unusable_sheets_create_no_database(
    make_xlsx: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: list[list[str]], message: str
) -> None:
    db = tmp_path / "never.sqlite3"
    code, out, err = run(capsys, "--db", str(db), "roster", "import", str(make_xlsx(rows)))
    assert (code, out) == (2, "")
    assert message in err and len(err.strip().splitlines()) == 1
    assert not db.exists()


def test_header_row_given_by_hand(make_xlsx: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A title row that itself looks like a header: the real one is row 3.
    path = make_xlsx(
        [["회사명", "사업자번호", "비고"], [], ["상호", "사업자번호", "대표"], ["가나", B1, "김"]]
    )
    db = str(tmp_path / "db.sqlite3")
    code, out, _ = run(capsys, "--db", db, "roster", "import", str(path), "--header-row", "3")
    assert (code, out) == (0, "imported=1 updated=0 skipped=0 rejected=0\n")
    code, _, err = run(capsys, "--db", db, "roster", "import", str(path), "--header-row", "2")
    assert code == 2 and "2행은 비어 있습니다" in err


def test_meetings_list_and_minutes_pdfs(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(sample_db), "meetings", "list", "--format", "csv")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "번호,일시,종류,회의명,그룹,재적,출석"
    assert len(lines) == 14  # a year of monthly meetings and one 정기총회
    first = lines[1].split(",")
    assert first[1:4] == ["2026-11-20 14:00", "정기회의", "2026년 11월 정기회의"]
    assembly = next(line.split(",")[0] for line in lines if "정기총회" in line)
    minutes = tmp_path / "회의록.pdf"
    code, out, _ = run(capsys, "--db", str(sample_db), "minutes", "export", assembly, "--out", str(minutes))
    assert (code, out) == (0, f"회의록을 저장했습니다: {minutes}\n")
    assert minutes.read_bytes().startswith(b"%PDF")
    sheet = tmp_path / "서명부.pdf"
    code, _, _ = run(capsys, "--db", str(sample_db), "minutes", "signin-sheet", first[0], "--out", str(sheet))
    assert code == 0 and sheet.stat().st_size > 1000
    code, _, err = run(
        capsys, "--db", str(sample_db), "minutes", "export", "999", "--out", str(tmp_path / "x.pdf")
    )
    assert code == 2 and "회의를 찾을 수 없습니다" in err
