<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ko">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../collabdesk/ui/tasks.py" line="95"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="48"/>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="113"/>
        <source>추가</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="49"/>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="123"/>
        <source>이름 변경</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="50"/>
        <source>위로</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="51"/>
        <source>아래로</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="52"/>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="140"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="53"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="85"/>
        <source>{0} ({1}개사)</source>
        <translation>{0} ({1} companies)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="140"/>
        <source>&apos;{0}&apos; 항목을 목록에서 삭제하시겠습니까?</source>
        <translation>Delete &apos;{0}&apos; from the list?</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="146"/>
        <source>삭제할 수 없습니다</source>
        <translation>Cannot Delete</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="177"/>
        <source>담당자 추가</source>
        <translation>Add Contact</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="178"/>
        <source>담당자 삭제</source>
        <translation>Remove Contact</translation>
    </message>
</context>
<context>
    <name>ContactsTable</name>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="119"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="119"/>
        <source>직위</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="119"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="119"/>
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="119"/>
        <source>비고</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>GroupFormDialog</name>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="56"/>
        <source>위치</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="57"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="58"/>
        <source>종류</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="215"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="215"/>
        <source>종류</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="118"/>
        <source>그룹 관리</source>
        <translation>Manage Groups</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="121"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="121"/>
        <source>종류</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="121"/>
        <source>회원사 수</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="127"/>
        <source>추가</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="129"/>
        <source>고른 그룹과 같은 위치에 그룹을 추가합니다 (고른 그룹이 없으면 최상위).</source>
        <translation>Adds a group at the same level as the selected group (at the top level if none is selected).</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="131"/>
        <source>하위 그룹 추가</source>
        <translation>Add Subgroup</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="132"/>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="251"/>
        <source>이름·종류 변경</source>
        <translation>Edit Name/Type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="133"/>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="269"/>
        <source>상위 그룹 변경</source>
        <translation>Change Parent</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="134"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="135"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="143"/>
        <source>그룹을 지워도 회원사는 지워지지 않고 그 그룹의 소속만 빠집니다.</source>
        <translation>Deleting a group does not delete its member companies; they only leave the group.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="219"/>
        <source>(최상위)</source>
        <translation>(Top level)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="238"/>
        <source>그룹 추가</source>
        <translation>Add Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="279"/>
        <source>&apos;{0}&apos; 그룹을 삭제하시겠습니까?
이 그룹에 속한 회원사 {1}곳은 삭제되지 않고, 이 그룹의 소속만 빠집니다.</source>
        <translation>Delete the group &apos;{0}&apos;?
Its {1} member companies are not deleted; they only leave this group.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="282"/>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="286"/>
        <source>그룹 삭제</source>
        <translation>Delete Group</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="75"/>
        <source>CollabDesk — 협업그룹 사무국</source>
        <translation>CollabDesk — Collaboration Group Secretariat</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="77"/>
        <source>데이터베이스를 여는 중…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="78"/>
        <location filename="../../collabdesk/ui/main_window.py" line="98"/>
        <source>회원사 명부</source>
        <translation>Member Directory</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="100"/>
        <source>데이터베이스: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="103"/>
        <source>파일(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="104"/>
        <source>샘플 데이터 채우기…</source>
        <translation>Fill In Sample Data…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="108"/>
        <source>끝내기</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="113"/>
        <source>도구(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="114"/>
        <source>설정…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="119"/>
        <source>도움말(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="120"/>
        <location filename="../../collabdesk/ui/main_window.py" line="151"/>
        <source>CollabDesk 정보</source>
        <translation>About CollabDesk</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="138"/>
        <source>샘플 데이터</source>
        <translation>Sample Data</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="138"/>
        <source>샘플 회원사 {0}곳을 추가했습니다.</source>
        <translation>Added {0} sample member companies.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="143"/>
        <source>샘플 데이터를 채우는 중…</source>
        <translation>Filling in sample data…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="153"/>
        <source>CollabDesk {0}
중소기업 협업그룹 사무국을 위한 오프라인 프로그램

데이터베이스: {1}
글꼴: 나눔고딕 (SIL Open Font License 1.1)</source>
        <translation>CollabDesk {0}
Offline software for SME collaboration group secretariats

Database: {1}
Font: NanumGothic (SIL Open Font License 1.1)</translation>
    </message>
</context>
<context>
    <name>MemberFormDialog</name>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="265"/>
        <source>회원사 추가</source>
        <translation>Add Member Company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="265"/>
        <source>회원사 정보 수정</source>
        <translation>Edit Member Company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="278"/>
        <source>회사명</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="279"/>
        <source>대표자</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="280"/>
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="281"/>
        <source>법인등록번호</source>
        <translation>Corporate reg. no.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="282"/>
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="283"/>
        <source>KSIC 코드</source>
        <translation>KSIC code</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="284"/>
        <source>전문역량/주요제품</source>
        <translation>Competences/products</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="285"/>
        <source>우편번호</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="286"/>
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="287"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="288"/>
        <source>팩스</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="289"/>
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="290"/>
        <source>홈페이지</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="291"/>
        <source>설립일</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="292"/>
        <source>매출액 (원)</source>
        <translation>Sales (KRW)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="293"/>
        <source>종업원수</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="294"/>
        <source>가입일</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="295"/>
        <source>탈퇴일</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="296"/>
        <source>회원구분</source>
        <translation>Membership class</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="297"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="298"/>
        <source>소속그룹</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="299"/>
        <source>비고</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="300"/>
        <source>담당자</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="312"/>
        <source>예: C29199</source>
        <translation>e.g. C29199</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="313"/>
        <source>쉼표로 구분: CNC 가공, 금형</source>
        <translation>Comma-separated: CNC machining, molds</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="319"/>
        <source>예: 1,250,000,000</source>
        <translation>e.g. 1,250,000,000</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="326"/>
        <source>2019-06-01, 2019.06.01, 20190601 처럼 입력합니다. 모르면 비워 두십시오.</source>
        <translation>Enter as 2019-06-01, 2019.06.01 or 20190601. Leave empty if unknown.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="338"/>
        <source>활동</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="339"/>
        <source>휴면</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="340"/>
        <source>탈퇴</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="350"/>
        <source>기본 정보</source>
        <translation>Basic Information</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="351"/>
        <source>연락처·담당자</source>
        <translation>Address and Contacts</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="352"/>
        <source>소속그룹·비고</source>
        <translation>Groups and Notes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="354"/>
        <source>* 표시는 꼭 입력해야 하는 항목입니다.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="366"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="371"/>
        <source>(선택 안 함)</source>
        <translation>(None)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="628"/>
        <source>저장하지 못했습니다</source>
        <translation>Could Not Save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="635"/>
        <source>다른 사용자가 먼저 수정함</source>
        <translation>Changed by Another User</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="637"/>
        <source>다른 사용자가 먼저 수정했습니다. 지금 입력한 내용은 아직 저장되지 않았습니다.

다시 불러오기: 다른 사용자가 저장한 최신 내용을 불러옵니다. 지금 입력한 내용은 사라집니다.
계속 수정: 입력한 내용을 그대로 둡니다. 필요한 내용을 옮겨 적은 뒤 다시 불러와야 저장할 수 있습니다.</source>
        <translation>Another user changed this member company first. What you entered has not been saved yet.

Reload: load the latest version the other user saved. What you entered will be lost.
Keep Editing: keep what you entered. Note down what you need; you can only save after reloading.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="643"/>
        <source>다시 불러오기</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="644"/>
        <source>계속 수정</source>
        <translation>Keep Editing</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="673"/>
        <source>저장하지 못했습니다. 빨간 글씨로 표시된 항목을 고쳐 주십시오.</source>
        <translation>Could not save. Please correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="714"/>
        <source>변경 내용 버리기</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="715"/>
        <source>저장하지 않은 변경 내용이 있습니다. 변경 내용을 버리고 닫으시겠습니까?</source>
        <translation>There are unsaved changes. Discard them and close?</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="31"/>
        <source>회사명</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="32"/>
        <source>대표자</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="33"/>
        <source>사업자등록번호</source>
        <translation>Business Reg. No.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="34"/>
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="35"/>
        <source>회원구분</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="36"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="37"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="38"/>
        <source>전문역량/주요제품</source>
        <translation>Competences/Products</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="39"/>
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="40"/>
        <source>가입일</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="41"/>
        <source>매출액(원)</source>
        <translation>Sales (KRW)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="42"/>
        <source>종업원수</source>
        <translation>Employees</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="71"/>
        <source>회사명, 대표자, 사업자등록번호, 전문역량, 주소, 담당자 검색 (Ctrl+F)</source>
        <translation>Search company, CEO, reg. no., competences, address, contact (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="80"/>
        <source>재적(활동·휴면)</source>
        <translation>Current (active/dormant)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="85"/>
        <source>필터 초기화</source>
        <translation>Reset Filters</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="91"/>
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="92"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="93"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="94"/>
        <source>회원구분</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="100"/>
        <source>회원사 추가</source>
        <translation>Add Member</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="101"/>
        <source>수정</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="102"/>
        <location filename="../../collabdesk/ui/members/tab.py" line="356"/>
        <location filename="../../collabdesk/ui/members/tab.py" line="372"/>
        <source>탈퇴 처리</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="103"/>
        <source>활동으로 복귀</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="104"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="105"/>
        <source>그룹 관리</source>
        <translation>Manage Groups</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="106"/>
        <location filename="../../collabdesk/ui/members/tab.py" line="406"/>
        <source>업종 관리</source>
        <translation>Manage Industries</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="107"/>
        <location filename="../../collabdesk/ui/members/tab.py" line="406"/>
        <source>회원구분 관리</source>
        <translation>Manage Classes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="108"/>
        <source>새 회원사를 추가합니다 (Ctrl+N)</source>
        <translation>Add a new member company (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="109"/>
        <source>선택한 회원사를 수정합니다 (Enter)</source>
        <translation>Edit the selected member company (Enter)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="110"/>
        <source>선택한 회원사를 완전히 삭제합니다 (Delete)</source>
        <translation>Permanently delete the selected member company (Delete)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="214"/>
        <source>전체</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="243"/>
        <source>검색 결과 {0}개사</source>
        <translation>{0} companies found</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="270"/>
        <source>통계 계산</source>
        <translation>Calculating statistics</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="357"/>
        <source>&apos;{0}&apos;을(를) 탈퇴 처리합니다. 탈퇴일을 입력해 주십시오 (예: 2026-11-24).</source>
        <translation>Withdraw &apos;{0}&apos;. Please enter the withdrawal date (e.g. 2026-11-24).</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="369"/>
        <source>탈퇴일을 입력해 주십시오.</source>
        <translation>Please enter the withdrawal date.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="389"/>
        <source>&apos;{0}&apos;({1})을(를) 완전히 삭제하시겠습니까?
담당자와 그룹 소속도 함께 삭제되며 되돌릴 수 없습니다.
회원사가 탈퇴한 경우에는 삭제 대신 &apos;탈퇴 처리&apos;를 사용하십시오.</source>
        <translation>Permanently delete &apos;{0}&apos; ({1})?
Its contact persons and group memberships are deleted too. This cannot be undone.
If the member company has left, use &apos;Withdraw&apos; instead of deleting.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="392"/>
        <source>회원사 삭제</source>
        <translation>Delete Member Company</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="32"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ParentPickerDialog</name>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="71"/>
        <source>상위 그룹 변경</source>
        <translation>Change Parent</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="74"/>
        <source>(최상위)</source>
        <translation>(Top level)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="93"/>
        <source>&apos;{0}&apos; 그룹을 어디 아래로 옮길지 고르십시오.</source>
        <translation>Choose where to move the group &apos;{0}&apos;.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="44"/>
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="50"/>
        <source>화면 언어</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="51"/>
        <source>언어 변경은 프로그램을 다시 시작하면 적용됩니다.</source>
        <translation>A language change takes effect when the program is restarted.</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="24"/>
        <source>현재 목록 통계</source>
        <translation>Statistics of the Current List</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="33"/>
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="34"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="38"/>
        <source>업종별</source>
        <translation>By industry</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="40"/>
        <source>그룹별</source>
        <translation>By group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="45"/>
        <source>회원사</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="45"/>
        <source>매출액</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="45"/>
        <source>종업원</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="54"/>
        <source>회원사 {0}개사 · 매출액 합계 {1} · 종업원 {2}명</source>
        <translation>{0} member companies · total sales {1} · {2} employees</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="59"/>
        <source>{0} {1}개사</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="65"/>
        <source>통계를 계산하지 못했습니다: {0}</source>
        <translation>Could not calculate the statistics: {0}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../collabdesk/app.py" line="52"/>
        <location filename="../../collabdesk/app.py" line="58"/>
        <source>데이터베이스를 열 수 없습니다</source>
        <translation>Cannot Open the Database</translation>
    </message>
    <message>
        <location filename="../../collabdesk/app.py" line="59"/>
        <source>예상하지 못한 오류가 발생했습니다. 로그 파일을 확인해 주십시오.</source>
        <translation>An unexpected error occurred. Please check the log file.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../collabdesk/ui/errors.py" line="20"/>
        <source>예상하지 못한 오류가 발생했습니다. 저장된 자료는 그대로입니다.
자세한 내용은 로그 파일({0})에 기록했습니다.</source>
        <translation>An unexpected error occurred. Your saved data is unchanged.
The details were written to the log file ({0}).</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/errors.py" line="27"/>
        <source>오류</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/errors.py" line="35"/>
        <source>예</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/errors.py" line="36"/>
        <source>아니요</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../collabdesk/ui/widgets.py" line="63"/>
        <source>확인</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/widgets.py" line="66"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
