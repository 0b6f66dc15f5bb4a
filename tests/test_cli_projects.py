"""`collabdesk projects …`: the list of consortium projects and the partner finder, on the sample data."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

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
