"""Names of the member states and of the status filter, shared by every layer (no imports here)."""

STATUS_ACTIVE, STATUS_DORMANT, STATUS_LEFT = "활동", "휴면", "탈퇴"
MEMBER_STATUSES = (STATUS_ACTIVE, STATUS_DORMANT, STATUS_LEFT)

# Status filter values besides the three states themselves.
STATUS_CURRENT = "재적"  # 활동 and 휴면: everyone who has not left
STATUS_ALL = "전체"
STATUS_FILTERS = (STATUS_CURRENT, STATUS_ACTIVE, STATUS_DORMANT, STATUS_LEFT, STATUS_ALL)
