"""`collabdesk certificate …`: issue, issue-batch, verify, revoke, reissue, register and check on the
sample data (whose register holds a revoked and a reissued certificate), with their exit codes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image, ImageDraw

from collabdesk.cli import main
from collabdesk.db import instance_lock
from collabdesk.documents.certificate_register import RegisterRow
from collabdesk.services.container import open_services

DAY = "2026-11-30"  # after the sample register's last issue, and never in the future


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(sample_db: Path, data_dir: Path) -> Path:
    """The sample database, with a seal image in the data folder."""
    image = Image.new("RGBA", (240, 240), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((12, 12, 228, 228), outline=(200, 30, 36, 230), width=18)
    image.save(data_dir / "seal.png")
    return sample_db


def register(path: Path) -> dict[str, RegisterRow]:
    services = open_services(str(path), must_exist=True)
    try:
        return {row.number: row for row in services.certificates.register()}
    finally:
        services.db.dispose()


def ids(path: Path) -> tuple[dict[str, str], dict[str, int]]:
    """Members' 사업자등록번호 and projects' numbers by name."""
    services = open_services(str(path), must_exist=True)
    try:
        brns = {r["name"]: r["brn"] for r in services.members.export_records()}
        projects = {p.name: p.id for p in services.projects.search()}
        return brns, projects
    finally:
        services.db.dispose()


def test_issue_prints_the_number_and_the_code(db: Path, tmp_path: Path, capsys, pdf_text) -> None:  # type: ignore[no-untyped-def]
    brns, projects = ids(db)
    out = tmp_path / "인증서.pdf"
    code, stdout, _ = run(
        capsys,
        "--db",
        str(db),
        "certificate",
        "issue",
        "--member",
        brns["(주)한빛정밀"].replace("-", ""),
        "--project",
        str(projects["스마트 공작기계 공동개발"]),
        "--kind",
        "협업인증서",
        "--date",
        DAY,
        "--out",
        str(out),
    )
    assert code == 0
    number_line, code_line = stdout.splitlines()
    assert number_line == "번호: 제 2026-0006 호"
    assert code_line.startswith("확인코드: ") and len(code_line.split()[1]) == 9
    text = pdf_text(out)
    assert "협 업 인 증 서" in text and "제 2026-0006 호" in text and code_line.split()[1] in text
    assert "(주)한빛정밀" in text and "경기기계협업그룹" in text
    assert register(db)["제 2026-0006 호"].status == "유효"

    # Without --project and --kind: the kind issued without a project (회원확인서).
    code, stdout, _ = run(
        capsys,
        "--db",
        str(db),
        "certificate",
        "issue",
        "--member",
        brns["(주)나래센서"],
        "--date",
        DAY,
        "--out",
        str(out),
    )
    assert code == 0 and stdout.splitlines()[0] == "번호: 제 2026-회원-0003 호"
    assert "회 원 확 인 서" in pdf_text(out)


def test_issue_refusals_take_no_number(db: Path, tmp_path: Path, data_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    brns, projects = ids(db)
    out = tmp_path / "a.pdf"
    before = register(db)
    code, _, err = run(
        capsys, "--db", str(db), "certificate", "issue", "--member", "123-45-67890", "--out", str(out)
    )
    assert code == 2 and "--member 123-45-67890: 사업자등록번호의 검증번호가 맞지 않습니다" in err
    code, _, err = run(
        capsys,
        "--db",
        str(db),
        "certificate",
        "issue",
        "--member",
        brns["(주)한빛정밀"],
        "--kind",
        "졸업장",
        "--out",
        str(out),
    )
    assert code == 2 and "'졸업장' 증명서 종류가 없습니다. 종류: 협업인증서, 회원확인서" in err
    code, _, err = run(
        capsys,
        "--db",
        str(db),
        "certificate",
        "issue",
        "--member",
        brns["(주)그린코팅"],
        "--project",
        str(projects["스마트 공작기계 공동개발"]),
        "--out",
        str(out),
    )
    assert (
        code == 2 and "(주)그린코팅: '스마트 공작기계 공동개발' 과제의 현재 협약 참여 기업이 아닙니다" in err
    )
    (data_dir / "seal.png").unlink()
    code, _, err = run(
        capsys, "--db", str(db), "certificate", "issue", "--member", brns["(주)한빛정밀"], "--out", str(out)
    )
    assert code == 2 and "직인 이미지가 없습니다" in err
    assert register(db) == before and not out.exists()


def test_issue_batch(db: Path, tmp_path: Path, capsys, pdf_text) -> None:  # type: ignore[no-untyped-def]
    _, projects = ids(db)
    out = tmp_path / "일괄.pdf"
    code, stdout, err = run(
        capsys,
        "--db",
        str(db),
        "certificate",
        "issue-batch",
        "--project",
        str(projects["유압 유닛 공동 브랜드 수출"]),
        "--date",
        DAY,
        "--out",
        str(out),
    )
    assert code == 0
    lines = stdout.splitlines()
    assert lines[0].split() == ["번호", "확인코드", "회사명", "역할"]
    assert [line.split("  ")[0].strip() for line in lines[2:]] == [
        "제 2026-0006 호",
        "제 2026-0007 호",
        "제 2026-0008 호",
    ]
    assert "협업인증서 3매를 저장했습니다" in err
    text = pdf_text(out)
    assert all(name in text for name in ("동아유압(주)", "(주)코리아엠텍", "태광물류(주)"))
    code, _, err = run(
        capsys, "--db", str(db), "certificate", "issue-batch", "--project", "999", "--out", str(out)
    )
    assert code == 2 and "과제를 찾을 수 없습니다" in err


def test_verify_exit_codes(db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    rows = register(db)
    valid, revoked, replaced = rows["제 2026-0001 호"], rows["제 2026-회원-0002 호"], rows["제 2026-0003 호"]
    assert (revoked.status, replaced.status) == ("취소", "재발급됨")

    code, out, _ = run(
        capsys, "--db", str(db), "certificate", "verify", valid.number, valid.verification_code
    )
    assert code == 0 and out.startswith("제 2026-0001 호: 유효한 인증서입니다 (협업인증서, (주)한빛정밀")
    code, out, _ = run(
        capsys, "--db", str(db), "certificate", "verify", revoked.number, revoked.verification_code
    )
    assert code == 4 and "2026. 10. 20. 취소된 인증서입니다 (사유: 발급 신청 착오(중복 신청))" in out
    code, out, _ = run(
        capsys, "--db", str(db), "certificate", "verify", "제2026-0003호", replaced.verification_code
    )
    assert code == 4 and "제 2026-0005 호로 재발급되어 효력이 없는 인증서입니다" in out
    code, out, _ = run(
        capsys, "--db", str(db), "certificate", "verify", valid.number, revoked.verification_code
    )
    assert code == 5 and "발급대장에 없는 번호이거나 확인코드가 맞지 않습니다" in out
    code, out, _ = run(
        capsys, "--db", str(db), "certificate", "verify", "제 2030-0001 호", valid.verification_code
    )
    assert code == 5


def test_revoke_and_reissue(db: Path, tmp_path: Path, capsys, pdf_text) -> None:  # type: ignore[no-untyped-def]
    number = "제 2026-0002 호"
    code, out, _ = run(capsys, "--db", str(db), "certificate", "revoke", number, "--reason", "협약 해지")
    assert code == 0 and out.startswith(f"{number}를 ") and "취소했습니다 (사유: 협약 해지)" in out
    code, _, err = run(capsys, "--db", str(db), "certificate", "revoke", number, "--reason", "다시")
    assert code == 2 and "이미 취소되었습니다" in err
    row = register(db)[number]
    code, _, _ = run(capsys, "--db", str(db), "certificate", "verify", number, row.verification_code)
    assert code == 4

    out_pdf = tmp_path / "재발급.pdf"
    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "certificate",
        "reissue",
        "제 2026-0004 호",
        "--reason",
        "상호 변경",
        "--date",
        DAY,
        "--out",
        str(out_pdf),
    )
    assert code == 0 and out.splitlines()[0] == "번호: 제 2026-0006 호"
    assert "제 2026-0004 호를 대신하는 인증서를 저장했습니다" in err
    assert "제 2026-0006 호" in pdf_text(out_pdf)
    rows = register(db)
    assert rows["제 2026-0004 호"].replaced_by == "제 2026-0006 호"
    assert rows["제 2026-0006 호"].replaces == "제 2026-0004 호"


def test_writing_commands_wait_for_a_running_window(db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    before = register(db)
    lock = instance_lock.acquire(db)
    assert lock is not None
    try:
        code, _, err = run(
            capsys, "--db", str(db), "certificate", "revoke", "제 2026-0001 호", "--reason", "x"
        )
        assert code == 2 and "다른 CollabDesk가 이 데이터베이스를 쓰고 있습니다" in err
        row = before["제 2026-0001 호"]
        code, _, _ = run(capsys, "--db", str(db), "certificate", "verify", row.number, row.verification_code)
        assert code == 0  # reading is fine
    finally:
        lock.release()
    assert register(db) == before


def test_register_to_excel_and_pdf(db: Path, tmp_path: Path, capsys, pdf_text) -> None:  # type: ignore[no-untyped-def]
    xlsx = tmp_path / "발급대장.xlsx"
    code, out, _ = run(capsys, "--db", str(db), "certificate", "register", "--out", str(xlsx))
    assert code == 0 and out.startswith("발급대장 8건을 저장했습니다")
    cells = {
        str(c.value) for row in load_workbook(xlsx).active.iter_rows() for c in row if c.value is not None
    }
    assert {"제 2025-0001 호", "제 2026-회원-0002 호", "동아유압(주)", "취소", "재발급됨"} <= cells
    pdf = tmp_path / "발급대장.pdf"
    code, out, _ = run(
        capsys,
        "--db",
        str(db),
        "certificate",
        "register",
        "--out",
        str(pdf),
        "--year",
        "2026",
        "--status",
        "유효",
    )
    assert code == 0 and out.startswith("발급대장 5건을 저장했습니다")
    text = pdf_text(pdf)
    assert "발급대장 검사: 이상 없음" in text and "제 2026-0005 호" in text and "제 2025-0001 호" not in text
    code, _, err = run(capsys, "--db", str(db), "certificate", "register", "--out", str(tmp_path / "a.csv"))
    assert code == 2 and "엑셀(.xlsx) 또는 PDF(.pdf)" in err
    code, _, err = run(
        capsys, "--db", str(db), "certificate", "register", "--out", str(xlsx), "--kind", "졸업장"
    )
    assert code == 2 and "'졸업장' 증명서 종류가 없습니다" in err


def test_check_names_a_row_changed_outside(db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", str(db), "certificate", "check")
    assert code == 0 and out.startswith("발급대장 9개 항목의 연결이 온전합니다.") and not err
    assert "마지막 항목: 9번, 검사값 " in out

    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DROP TRIGGER certificate_entries_no_update")
        conn.execute("UPDATE certificate_entries SET business_number = '000-00-00000' WHERE seq = 4")
    conn.close()
    code, out, err = run(capsys, "--db", str(db), "certificate", "check")
    assert code == 6
    assert out.strip() == "발급대장 4번 항목(제 2026-0003 호 발급)이 프로그램 밖에서 바뀌었습니다."
    assert "트리거가 없습니다" in err


def test_verify_of_a_changed_row_exits_6(db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    valid = register(db)["제 2026-0001 호"]
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DROP TRIGGER certificate_entries_no_update")
        conn.execute(
            "UPDATE certificate_entries SET company = '(주)위조상사' WHERE number = '제 2026-0001 호'"
        )
    conn.close()
    code, out, _ = run(
        capsys, "--db", str(db), "certificate", "verify", valid.number, valid.verification_code
    )
    assert code == 6 and "발급대장이 바뀌었습니다 — 대장 검사를 하십시오" in out


def test_deleting_the_newest_entries_and_the_guards_exit_6(db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "--db", str(db), "certificate", "check")[0] == 0
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DROP TRIGGER certificate_entries_no_delete")
        conn.execute("DELETE FROM certificate_entries WHERE seq > 7")
    conn.close()
    code, out, _ = run(capsys, "--db", str(db), "certificate", "check")
    assert code == 6 and "마지막 항목(7번 이후)이 지워졌습니다" in out


def test_a_folder_as_out_takes_no_number_and_print_saves_again(  # type: ignore[no-untyped-def]
    db: Path, tmp_path: Path, capsys, pdf_text, monkeypatch
) -> None:
    from collabdesk.services import certificates

    brns, _ = ids(db)
    before = len(register(db))
    folder = tmp_path / "폴더.pdf"
    folder.mkdir()
    args = ("--db", str(db), "certificate", "issue", "--member", brns["(주)한빛정밀"], "--date", DAY)
    code, out, err = run(capsys, *args, "--out", str(folder))
    assert code == 2 and "폴더입니다" in err and not out and len(register(db)) == before

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Saving fails only after the commit: the number and code exist, so they are said first.
    with monkeypatch.context() as patch:
        patch.setattr(certificates.os, "replace", refuse)
        code, out, err = run(capsys, *args, "--out", str(tmp_path / "a.pdf"))
    number_line, code_line = out.splitlines()
    assert code == 2 and number_line.startswith("번호: 제 2026-회원-") and code_line.startswith("확인코드: ")
    assert "collabdesk certificate print" in err and len(register(db)) == before + 1

    number = number_line.removeprefix("번호: ")
    again = tmp_path / "다시.pdf"
    code, out, _ = run(
        capsys, "--db", str(db), "certificate", "print", number, "제 2026-회원-0002 호", "--out", str(again)
    )
    assert code == 0 and "2매를 저장했습니다" in out
    text = pdf_text(again)
    assert number in text and "제 2026-회원-0002 호" in text and text.count("무 효") == 1
