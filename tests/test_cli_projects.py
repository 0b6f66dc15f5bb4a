"""`collabdesk projects …`: the list of consortium projects, the partner finder, the 컨소시엄 현황 PDF and
the yearly outcome summary, on the sample data."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from collabdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_projects_list(sample_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(sample_db), "projects", "list", "--format", "csv")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "번호,과제명,종류,주관기업,단계,상태,시작일,종료일,참여,지연 마일스톤"
    rows = {line.split(",")[1]: line.split(",") for line in lines[1:]}
    assert list(rows) == ["친환경 도장 공동구매", "스마트 공작기계 공동개발", "유압 유닛 공동 브랜드 수출"]
    smart = rows["스마트 공작기계 공동개발"]
    assert smart[2:6] == ["공동기술개발", "(주)한빛정밀", "개발", "진행"] and smart[8] == "4"
    assert rows["유압 유닛 공동 브랜드 수출"][4:6] == ["판매·마케팅", "완료"]


def test_projects_suggest(sample_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(sample_db), "projects", "list", "--format", "csv")
    ids = {line.split(",")[1]: line.split(",")[0] for line in out.splitlines()[1:]}
    code, out, _ = run(
        capsys,
        "--db",
        str(sample_db),
        "projects",
        "suggest",
        ids["친환경 도장 공동구매"],
        "--role",
        "금형",
        "--format",
        "csv",
    )
    lines = out.splitlines()
    assert code == 0 and lines[0] == "회원사 번호,회사명,점수,이유"
    assert next(csv.reader([lines[1]]))[1:] == [
        "대성금형(주)",
        "5",
        "금형 역량(사출금형, 프레스금형) · 과거 금형 역할 1건",
    ]
    # Companies already in the project are left out: 대성금형(주) holds the 금형 role there.
    code, out, _ = run(
        capsys,
        "--db",
        str(sample_db),
        "projects",
        "suggest",
        ids["스마트 공작기계 공동개발"],
        "--role",
        "금형",
        "--format",
        "csv",
    )
    assert code == 0 and "대성금형(주)" not in out
    code, _, err = run(capsys, "--db", str(sample_db), "projects", "suggest", "1", "--role", "우주항공")
    assert code == 2 and "역할 '우주항공'이(가) 역할 목록에 없습니다" in err
    code, _, err = run(capsys, "--db", str(sample_db), "projects", "suggest", "999", "--role", "금형")
    assert code == 2 and "과제를 찾을 수 없습니다" in err


def project_ids(sample_db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    _, out, _ = run(capsys, "--db", str(sample_db), "projects", "list", "--format", "csv")
    return {line.split(",")[1]: line.split(",")[0] for line in out.splitlines()[1:]}


def test_projects_report(
    sample_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    ids = project_ids(sample_db, capsys)
    path = tmp_path / "컨소시엄 현황.pdf"
    code, out, _ = run(
        capsys,
        "--db",
        str(sample_db),
        "projects",
        "report",
        ids["유압 유닛 공동 브랜드 수출"],
        "--out",
        str(path),
    )
    assert code == 0 and out == f"컨소시엄 현황을 저장했습니다: {path}\n"
    text = pdf_text(path)
    assert "과제명 유압 유닛 공동 브랜드 수출" in text
    assert "1 동아유압(주) 회원사 생산·제조, 판매·마케팅 60%" in text and "합계 (3곳) 100%" in text
    assert "수출 계약 2025. 11. 12. USD 1,200,000 베트남 건설장비 업체 3년 공급" in text
    assert "등록된 마일스톤이 없습니다." in text
    assert "NanumGothic" in subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    missing = tmp_path / "없음.pdf"
    code, _, err = run(capsys, "--db", str(sample_db), "projects", "report", "999", "--out", str(missing))
    assert code == 2 and "과제를 찾을 수 없습니다" in err and not missing.exists()
    with pytest.raises(SystemExit) as exit_info:  # argparse leaves main() this way
        main(["--db", str(sample_db), "projects", "report", ids["유압 유닛 공동 브랜드 수출"]])
    assert exit_info.value.code == 2 and "꼭 필요한 인자가 없습니다: --out" in capsys.readouterr().err


def test_projects_summary(
    sample_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    book_path = tmp_path / "성과.xlsx"
    args = ["--db", str(sample_db), "projects", "summary", "--year", "2025"]
    code, out, _ = run(capsys, *args, "--out", str(book_path))
    assert code == 0 and out == f"2025년 협업 성과 요약을 저장했습니다: {book_path}\n"
    rows = list(load_workbook(book_path)["성과 목록"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [
        ("유압 유닛 공동 브랜드 수출", "공동 브랜드", None, None),
        ("유압 유닛 공동 브랜드 수출", "수출 계약", "USD", 1200000),
    ]
    # A group by its name, by the end of its path or by its number; the sub-groups count with it.
    pdf = tmp_path / "성과.pdf"
    for group in ("경기기계협업그룹", "경기지역연합회>경기기계협업그룹", "3"):
        code, _, err = run(capsys, *args, "--group", group, "--out", str(pdf))
        assert code == 0, err
        text = pdf_text(pdf)
        assert "연도별 협업 성과 요약 · 한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹" in text
        assert "수출 계약 1 1,200,000" in text
    code, _, err = run(capsys, *args, "--group", "R&D분과", "--out", str(pdf))
    assert code == 0 and "등록된 성과가 없습니다." in pdf_text(pdf)
    code, _, err = run(capsys, *args, "--group", "없는그룹", "--out", str(pdf))
    assert code == 2 and "'없는그룹' 그룹을 찾을 수 없습니다" in err and "3 한국이업종교류연합회 >" in err
    code, _, err = run(capsys, *args, "--out", str(tmp_path / "성과.csv"))
    assert code == 2 and "PDF(.pdf) 또는 엑셀(.xlsx) 파일로만" in err
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(sample_db), "projects", "summary", "--year", "올해", "--out", str(pdf)])
    assert exit_info.value.code == 2 and "--year: 올바르지 않은 값 '올해'" in capsys.readouterr().err


def test_projects_summary_asks_which_group_when_a_name_is_ambiguous(
    sample_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from collabdesk.services.container import open_services

    services = open_services(str(sample_db), must_exist=True)
    try:
        region = services.groups.find_by_path("한국이업종교류연합회 > 경기지역연합회")
        other = services.groups.create("R&D분과", "분과", region)  # a second one, in the region
    finally:
        services.db.dispose()
    args = ["--db", str(sample_db), "projects", "summary", "--year", "2026", "--out", str(tmp_path / "s.pdf")]
    code, _, err = run(capsys, *args, "--group", "R&D분과")
    assert code == 2 and "'R&D분과' 그룹이 여러 개입니다" in err and "번호나 전체 경로로 지정해" in err
    assert (
        f"{other} 한국이업종교류연합회 > 경기지역연합회 > R&D분과" in err
        and "경기기계협업그룹 > R&D분과" in err
    )
    code, _, err = run(capsys, *args, "--group", f" {other} ")
    assert code == 0, err
    code, _, err = run(capsys, *args, "--group", "경기기계협업그룹 > R&D분과")
    assert code == 0, err
