"""Generated, fictional member directories of any size for the benchmarks."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from collabdesk.db.engine import Database
from collabdesk.services.container import Services
from collabdesk.services.sample_data import make_brn
from collabdesk.validation.member import ContactData, MemberData

SYLLABLES = "한대성우진나래세동그린미래태광코리아삼원솔빛신일중앙광명동방금강서해현대청운성진"
SUFFIXES = [
    "정밀",
    "금형",
    "기공",
    "오토메이션",
    "센서",
    "유압",
    "코팅",
    "테크",
    "산업",
    "물류",
    "전자",
    "화학",
    "섬유",
    "엠텍",
    "기계",
]
FORMS = ["(주){}", "{}(주)", "주식회사 {}", "{}"]
TAGS = [
    "CNC 정밀가공",
    "사출금형",
    "프레스금형",
    "PLC 제어",
    "로봇 시스템",
    "압력센서",
    "IoT 모듈",
    "유압실린더",
    "분체도장",
    "표면처리",
    "제품디자인",
    "3D 프린팅",
    "산업물류",
    "모터 드라이브",
    "부직포",
    "감속기",
    "용접",
    "열처리",
    "도금",
    "PCB 조립",
    "케이블 하네스",
    "포장재",
    "식품기계",
    "의료기기 부품",
]
CITIES = [
    ("경기도 화성시", "031"),
    ("경기도 안산시 단원구", "031"),
    ("경기도 시흥시", "031"),
    ("인천광역시 남동구", "032"),
    ("충청남도 천안시 서북구", "041"),
    ("대구광역시 달서구", "053"),
    ("경상남도 창원시 성산구", "055"),
    ("광주광역시 광산구", "062"),
    ("부산광역시 사상구", "051"),
    ("서울특별시 금천구", "02"),
]
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = [
    "영수",
    "정훈",
    "성민",
    "민호",
    "다은",
    "태식",
    "서연",
    "지민",
    "승우",
    "준호",
    "경희",
    "재석",
    "나래",
    "소희",
]
STREETS = ["산단로", "공단1대로", "산업로", "테크노로", "첨단로", "벤처로"]


def generate_members(count: int, seed: int = 7, group_ids: list[int] | None = None) -> list[MemberData]:
    rng = random.Random(seed)
    industries = ["전기·전자", "기계·금속", "섬유·화공", "기타"]
    records = []
    for n in range(count):
        base = "".join(rng.choice(SYLLABLES) for _ in range(2)) + rng.choice(SUFFIXES)
        city, area = rng.choice(CITIES)
        exchange = rng.randint(2000, 9999) if area == "02" else rng.randint(200, 999)
        phone = f"{area}-{exchange}-{rng.randint(1000, 9999)}"
        name = rng.choice(FORMS).format(base) + (f" {n}" if n >= 2000 else "")
        records.append(
            MemberData(
                name=name,
                ceo=rng.choice(SURNAMES) + rng.choice(GIVEN),
                brn=make_brn(n, kind=81 + n // 10000),
                industry=rng.choices(industries, weights=[38, 31, 17, 14])[0],
                tags=rng.sample(TAGS, rng.randint(1, 3)),
                postcode=f"{rng.randint(10000, 63999)}",
                address=f"{city} {rng.choice(STREETS)} {rng.randint(1, 400)}",
                phone=phone,
                founded_on=dt.date(rng.randint(1975, 2020), rng.randint(1, 12), rng.randint(1, 28)),
                sales=rng.randint(3, 900) * 10**8,
                employees=rng.randint(5, 400),
                joined_on=dt.date(rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28)),
                member_class="정회원",
                contacts=[
                    ContactData(
                        name=rng.choice(SURNAMES) + rng.choice(GIVEN),
                        position=rng.choice(["과장", "대리", "부장", "팀장"]),
                        phone=f"010-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}",
                    )
                ],
                group_ids=[rng.choice(group_ids)] if group_ids else [],
            )
        )
    return records


def fill(db: Database, count: int, groups: int = 34, extra_tags: Sequence[str] = ()) -> Services:
    """A federation of `count` members in `groups` unit groups under one 연합회.

    With `extra_tags`, one member in ten also states one of them (competences beyond the
    directory's list, e.g. sales or research for the partner finder)."""
    services = Services.for_database(db)
    top = services.groups.create("벤치마크연합회", "연합회")
    unit_ids = [services.groups.create(f"제{i + 1}교류회", "단위교류회", top) for i in range(groups)]
    records = generate_members(count, group_ids=unit_ids)
    if extra_tags:
        # A random stream of its own: without extra tags the members are exactly as before.
        rng = random.Random(11)
        for record in rng.sample(records, count // 10):
            record.tags.append(rng.choice(extra_tags))
    for start in range(0, count, 10_000):
        services.members.bulk_create(records[start : start + 10_000])
    return services
