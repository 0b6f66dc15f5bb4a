"""`collabdesk disputes …`: the case list (numbers and statuses only without --password), the 조정조서
PDF, and setting the mediation password through standard input — with their exit codes, on the
sample data's two cases."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest

from collabdesk.cli import WRITING_COMMANDS, main
from collabdesk.db import instance_lock

PASSWORD = "조정비번2026"
LOCKED_HEADER = ["사건번호", "상태", "접수일", "처리기한", "기한"]
FULL_HEADER = [
    "사건번호",
    "접수일",
    "유형",
    "신청인",
    "피신청인",
    "관련 과제",
    "금액",
    "상태",
    "처리기한",
    "기한",
    "종결일",
]
SETTLED = "2025-조정-001"
RUNNING = f"{(dt.date.today() - dt.timedelta(days=55)).year}-조정-001"  # the sample's open case


def run(capsys: pytest.CaptureFixture[str], *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is None:
        code = main(list(args))
    else:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("sys.stdin", io.StringIO(stdin))
            code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def rows(out: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(out)))


def listing(capsys: pytest.CaptureFixture[str], db: Path, *more: str) -> tuple[int, list[list[str]], str]:
    code, out, err = run(capsys, "--db", str(db), "disputes", "list", "--format", "csv", *more)
    return code, rows(out), err


def test_the_list_without_a_password_shows_numbers_and_statuses_only(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, table, _ = listing(capsys, sample_db)
    assert code == 0 and table[0] == LOCKED_HEADER
    assert [(r[0], r[1]) for r in table[1:]] == [(RUNNING, "조정진행"), (SETTLED, "조정성립")]
    assert table[1][4] == "기한 임박" and table[2][4] == ""
    assert table[2][2:4] == ["2025-10-06", "2025-12-05"]
    code, out, _ = run(capsys, "--db", str(sample_db), "disputes", "list")
    assert code == 0 and out.splitlines()[0].split() == LOCKED_HEADER
    for word in ("(주)코리아엠텍", "동아유압", "세진기공", "동방정공", "역할분담", "48,500,000"):
        assert word not in out
    # Filters by status and year work locked too.
    assert [r[0] for r in listing(capsys, sample_db, "--status", "종결")[1][1:]] == [SETTLED]
    assert [r[0] for r in listing(capsys, sample_db, "--status", "조정진행")[1][1:]] == [RUNNING]
    assert [r[0] for r in listing(capsys, sample_db, "--year", "2025")[1][1:]] == [SETTLED]
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(sample_db), "disputes", "list", "--status", "보류"])
    assert exit_info.value.code == 2


def test_with_no_password_set_any_password_shows_the_whole_list(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, table, _ = listing(capsys, sample_db, "--password", "아무거나")
    assert code == 0 and table[0] == FULL_HEADER
    settled = next(r for r in table[1:] if r[0] == SETTLED)
    assert settled[2:8] == [
        "역할분담",
        "(주)코리아엠텍",
        "동아유압(주)",
        "유압 유닛 공동 브랜드 수출 (협약 제1차)",
        "35000000",
        "조정성립",
    ]
    assert settled[10] == "2025-11-21"


def test_set_password_through_standard_input_then_list_and_record(
    sample_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    db = str(sample_db)
    code, out, _ = run(capsys, "--db", db, "disputes", "set-password", stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert code == 0 and "조정 암호를 정했습니다" in out

    code, table, err = listing(capsys, sample_db, "--password", "틀린비번")
    assert code == 2 and table == [] and "조정 암호가 맞지 않습니다" in err
    assert listing(capsys, sample_db)[1][0] == LOCKED_HEADER
    code, table, _ = listing(capsys, sample_db, "--password", PASSWORD)
    assert code == 0 and table[0] == FULL_HEADER and len(table) == 3

    pdf = tmp_path / "조정조서.pdf"
    code, _, err = run(capsys, "--db", db, "disputes", "record", SETTLED, "--out", str(pdf))
    assert code == 2 and "조정 암호를 입력해 주십시오" in err and not pdf.exists()
    code, _, err = run(
        capsys, "--db", db, "disputes", "record", SETTLED, "--out", str(pdf), "--password", "x"
    )
    assert code == 2 and "맞지 않습니다" in err and not pdf.exists()
    code, out, _ = run(
        capsys, "--db", db, "disputes", "record", SETTLED, "--out", str(pdf), "--password", PASSWORD
    )
    assert code == 0 and out == f"{SETTLED} 조정조서를 저장했습니다: {pdf}\n"
    text = pdf_text(pdf)
    assert all(
        word in text for word in (SETTLED, "(주)코리아엠텍", "동아유압(주)", "조정성립", "28,000,000원")
    )
    assert "NanumGothic" in subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout

    # Changing it: the current password first, then the new one twice.
    for stdin, message in (
        ("틀린비번\n새비밀번호\n새비밀번호\n", "지금 쓰는 조정 암호가 맞지 않습니다"),
        (f"{PASSWORD}\n새비밀번호\n다른비밀번호\n", "새 조정 암호 두 번이 서로 다릅니다"),
        (f"{PASSWORD}\nabc\nabc\n", "4자 이상"),
        (f"{PASSWORD}\n새비밀번호\n", "셋째 줄(새 조정 암호를 한 번 더, 확인용)이(가) 있어야 합니다"),
        ("", "첫째 줄(지금 조정 암호)이(가) 있어야 합니다"),
    ):
        code, _, err = run(capsys, "--db", db, "disputes", "set-password", stdin=stdin)
        assert code == 2 and message in err
    assert listing(capsys, sample_db, "--password", PASSWORD)[0] == 0  # unchanged
    code, out, _ = run(
        capsys, "--db", db, "disputes", "set-password", stdin=f"{PASSWORD}\n새비밀번호\n새비밀번호\n"
    )
    assert code == 0 and "조정 암호를 바꿨습니다" in out
    assert listing(capsys, sample_db, "--password", PASSWORD)[0] == 2
    assert listing(capsys, sample_db, "--password", "새비밀번호")[0] == 0


def test_record_without_a_password_set_and_its_errors(
    sample_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    db = str(sample_db)
    pdf = tmp_path / "진행중.pdf"
    code, _, _ = run(capsys, "--db", db, "disputes", "record", RUNNING, "--out", str(pdf))
    assert code == 0 and "조정조서" in pdf_text(pdf) and "세진기공(주)" in pdf_text(pdf)
    code, _, err = run(capsys, "--db", db, "disputes", "record", "2026-조정-999", "--out", str(pdf))
    assert code == 2 and "'2026-조정-999'을(를) 찾을 수 없습니다" in err
    code, _, err = run(capsys, "--db", db, "disputes", "record", SETTLED, "--out", str(tmp_path / "x.txt"))
    assert code == 2 and "PDF" in err
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", db, "disputes", "record", SETTLED])
    assert exit_info.value.code == 2 and "꼭 필요한 인자가 없습니다: --out" in capsys.readouterr().err


def test_set_password_from_a_pipe_with_one_line_asks_for_the_second(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sample_db)
    code, _, err = run(capsys, "--db", db, "disputes", "set-password", stdin=f"{PASSWORD}\n")
    assert code == 2
    assert "둘째 줄(새 조정 암호를 한 번 더, 확인용)이(가) 있어야 합니다" in err
    assert "아무것도 바꾸지 않았습니다" in err and "비밀번호" not in err
    assert listing(capsys, sample_db)[0] == 0
    assert listing(capsys, sample_db, "--password", "아무거나")[1][0] == FULL_HEADER  # still none set


def test_record_checks_the_file_name_before_unlocking(
    sample_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from collabdesk.services.container import open_services

    db = str(sample_db)
    code, _, _ = run(capsys, "--db", db, "disputes", "set-password", stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert code == 0
    for password in (PASSWORD, "틀린비번"):
        out = tmp_path / "조정조서.txt"
        code, _, err = run(
            capsys, "--db", db, "disputes", "record", SETTLED, "--out", str(out), "--password", password
        )
        assert code == 2 and "조정조서.txt: 조정조서는 PDF(.pdf) 파일로만" in err and not out.exists()
    services = open_services(db, must_exist=True)
    try:
        case_id = services.disputes.find(SETTLED)
        logged = [e.action for e in services.history.for_record("dispute_cases", case_id)]
    finally:
        services.db.dispose()
    assert not {"unlock", "denied", "view"} & set(logged)  # neither unlocked, refused nor read


def test_writing_commands_wait_for_a_running_window(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert {("disputes", "set-password"), ("disputes", "record")} <= WRITING_COMMANDS
    lock = instance_lock.acquire(sample_db)
    assert lock is not None
    try:
        code, _, err = run(capsys, "--db", str(sample_db), "disputes", "set-password", stdin="abcd\nabcd\n")
        assert code == 2 and "다른 CollabDesk가 이 데이터베이스를 쓰고 있습니다" in err
        # Unlocking is written to the history: with --password the list waits too; without, it reads.
        assert listing(capsys, sample_db, "--password", "x")[0] == 2
        assert listing(capsys, sample_db)[0] == 0
    finally:
        lock.release()
    assert listing(capsys, sample_db, "--password", "abcd")[1][0] == FULL_HEADER  # no password was set
