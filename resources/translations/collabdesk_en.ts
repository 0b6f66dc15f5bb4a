<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ko">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="294"/>
        <source>새 협약 버전 - {0}</source>
        <translation>New agreement version - {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="312"/>
        <source>{0}: 제{1}차 협약을 새로 씁니다. 지금 협약은 제{2}차({3})입니다.</source>
        <translation>{0}: writing agreement version {1}. The current agreement is version {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="316"/>
        <source>{0}: 첫 협약(제1차)을 씁니다.</source>
        <translation>{0}: writing the first agreement (version 1).</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="320"/>
        <source>저장하면 제{0}차 협약으로 남고 앞의 버전은 그대로 둡니다. 저장한 버전은 고칠 수 없으니, 바뀌는 것이 있으면 다시 새 버전을 만드십시오.</source>
        <translation>Saving keeps this as agreement version {0}; earlier versions stay as they are. A saved version cannot be edited: when something changes, make another new version.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="332"/>
        <source>예: 금형 담당 변경, 지분 조정</source>
        <translation>e.g. new mould partner, shares adjusted</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="334"/>
        <source>협약일</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="335"/>
        <source>변경 내용·비고</source>
        <translation>Changes / note</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="366"/>
        <source>회원사 추가…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="369"/>
        <source>회원사 명부에서 고릅니다</source>
        <translation>Choose from the member directory</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="372"/>
        <source>외부 기관 추가</source>
        <translation>Add outside partner</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="375"/>
        <source>대학, 연구기관 등 회원사가 아닌 참여 기관. 이름은 표에 입력합니다</source>
        <translation>A university, research institute or other non-member partner. Type its name in the table</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="377"/>
        <source>역할…</source>
        <translation>Roles…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="377"/>
        <source>고른 참여자의 역할을 고릅니다</source>
        <translation>Choose the roles of the selected participant</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="378"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="378"/>
        <source>고른 참여자를 이 버전에서 뺍니다</source>
        <translation>Remove the selected participant from this version</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="379"/>
        <source>위로</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="380"/>
        <source>아래로</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="395"/>
        <source>참여자·역할·지분</source>
        <translation>Participants, roles and shares</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="409"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="410"/>
        <source>새 협약 버전으로 저장합니다 (Ctrl+S)</source>
        <translation>Save as a new agreement version (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="412"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="445"/>
        <source>{0}번째 참여자</source>
        <translation>Participant {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="449"/>
        <source>협약에 넣을 회원사</source>
        <translation>Member to add to the agreement</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="470"/>
        <source>{0}의 역할</source>
        <translation>Roles of {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="505"/>
        <source>지분 미지정</source>
        <translation>No shares set</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="511"/>
        <source>지분 합계 {0}% — 지분을 적지 않은 참여자: {1}</source>
        <translation>Shares total {0}% — no share given for: {1}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="520"/>
        <source>지분 합계 100% — 지분 0%인 참여자: {0}</source>
        <translation>Shares total 100% — at 0%: {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="521"/>
        <source>지분 합계 100%</source>
        <translation>Shares total 100%</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="524"/>
        <source>지분 합계 {0}% — 100%보다 {1}%p 적습니다</source>
        <translation>Shares total {0}% — {1} points short of 100%</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="525"/>
        <source>지분 합계 {0}% — 100%보다 {1}%p 많습니다</source>
        <translation>Shares total {0}% — {1} points over 100%</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="558"/>
        <source>저장할 수 없습니다</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="576"/>
        <source>저장하지 않음</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="577"/>
        <source>저장하지 않은 협약 내용이 있습니다. 저장하지 않고 닫으시겠습니까?</source>
        <translation>This agreement has unsaved changes. Close without saving?</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../collabdesk/ui/meetings/attendance.py" line="37"/>
        <source>회원사</source>
        <translation>Member company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/attendance.py" line="38"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/attendance.py" line="39"/>
        <source>참석자</source>
        <translation>Attended by</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/attendance.py" line="40"/>
        <source>위임받은 회원사</source>
        <translation>Proxy holder</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/attendance.py" line="41"/>
        <source>비고</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/attendance.py" line="46"/>
        <source>참석</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/attendance.py" line="47"/>
        <source>불참</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/attendance.py" line="48"/>
        <source>위임</source>
        <translation>Proxy given</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/attendance.py" line="49"/>
        <source>대리참석</source>
        <translation>Represented</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/attendance.py" line="116"/>
        <source>위임을 받은 회원사를 골라 주십시오.</source>
        <translation>Choose the member company that holds the proxy.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/attendance.py" line="118"/>
        <source>{0}이(가) {1}이라 위임을 받을 수 없습니다.</source>
        <translation>{0} is marked {1} and cannot hold a proxy.</translation>
    </message>
</context>
<context>
    <name>AttendanceRatesDialog</name>
    <message>
        <location filename="../../collabdesk/ui/meetings/rates_dialog.py" line="54"/>
        <source>회원사별 출석률</source>
        <translation>Attendance rate by member company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rates_dialog.py" line="57"/>
        <source>전체</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rates_dialog.py" line="66"/>
        <source>조회</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rates_dialog.py" line="69"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rates_dialog.py" line="69"/>
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rates_dialog.py" line="81"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rates_dialog.py" line="101"/>
        <source>기간의 시작일이 끝일보다 늦습니다.</source>
        <translation>The start of the period is later than its end.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rates_dialog.py" line="115"/>
        <source>회원사 {0}곳 · 회의 최대 {1}회 · 평균 출석률 {2}</source>
        <translation>Member companies: {0} · meetings: up to {1} · average attendance: {2}</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../collabdesk/ui/tasks.py" line="91"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="106"/>
        <source>백업과 복원</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="113"/>
        <source>만든 때</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="113"/>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="113"/>
        <source>크기</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="120"/>
        <source>지금 백업</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="121"/>
        <source>이 백업으로 복원…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="122"/>
        <source>백업 폴더 바꾸기…</source>
        <translation>Change backup folder…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="123"/>
        <source>폴더 열기</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="124"/>
        <source>인수인계 파일 만들기…</source>
        <translation>Make handover file…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="126"/>
        <source>새 PC로 옮길 때: 데이터베이스와 직인 이미지 등을 검사값과 함께 zip 하나로 저장합니다</source>
        <translation>For moving to a new PC: saves the database, the seal image and other files with checksums in one zip</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="128"/>
        <source>인수인계 파일 가져오기…</source>
        <translation>Import handover file…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="130"/>
        <source>다른 PC에서 만든 인수인계 파일로 이 데이터베이스를 바꿉니다 (지금 것은 먼저 백업합니다)</source>
        <translation>Replace this database with a handover file made on another PC (the current one is backed up first)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="132"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="146"/>
        <source>새 PC로 옮기기:</source>
        <translation>Moving to a new PC:</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="152"/>
        <source>프로그램을 시작할 때 하루 한 번, 명부 가져오기·되돌리기와 프로그램 업데이트 전에 자동으로 백업합니다. 자동 백업은 최근 7일, 4주, 12달치를 남기고, 직접 만든 백업은 지우지 않습니다.</source>
        <translation>Backups are made automatically once a day at start, and before roster imports, undos and program updates. Automatic backups of the last 7 days, 4 weeks and 12 months are kept; backups you make yourself are never deleted.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="173"/>
        <source>데이터베이스: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="176"/>
        <source>여러 PC가 함께 쓰는 PostgreSQL 서버의 데이터베이스입니다. CollabDesk는 이 데이터베이스를 백업하거나 복원하지 않습니다. 서버 관리자가 서버에서 pg_dump로 백업하고, 복원도 서버 관리자가 합니다.</source>
        <translation>This database is on a PostgreSQL server shared by several PCs. CollabDesk does not back it up or restore it: the server administrator backs it up on the server with pg_dump and does any restore there.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="202"/>
        <source>백업 폴더: {0}</source>
        <translation>Backup folder: {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="225"/>
        <source>백업</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="225"/>
        <source>백업을 만들고 검사했습니다.
{0}</source>
        <translation>Backup made and checked.
{0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="230"/>
        <source>백업하는 중…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="261"/>
        <source>백업을 검사하는 중…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="264"/>
        <source>복원할 수 없습니다</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="254"/>
        <source>종류: 지금 → 백업</source>
        <translation>Kind: now → backup</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="249"/>
        <source>{0} 백업({1})으로 데이터베이스를 되돌리시겠습니까?

{2}

지금 데이터베이스는 먼저 백업해 두므로 다시 되돌릴 수 있습니다.</source>
        <translation>Restore the database from the {0} backup ({1})?

{2}

The current database is backed up first, so this can be undone.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="256"/>
        <source>백업으로 복원</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="293"/>
        <source>
복원 전 데이터베이스: {0}</source>
        <translation>
Database before the restore: {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="294"/>
        <source>복원</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="294"/>
        <source>백업으로 복원했습니다.</source>
        <translation>Restored from the backup.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="296"/>
        <source>복원하는 중…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="303"/>
        <source>인수인계 파일 저장</source>
        <translation>Save handover file</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="305"/>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="330"/>
        <source>zip 파일 (*.zip)</source>
        <translation>Zip file (*.zip)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="314"/>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="377"/>
        <source>인수인계 파일</source>
        <translation>Handover file</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="315"/>
        <source>인수인계 파일을 저장했습니다 (파일 {0}개, 검사값 포함).
{1}</source>
        <translation>Handover file saved ({0} files, with checksums).
{1}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="322"/>
        <source>인수인계 파일을 만드는 중…</source>
        <translation>Making the handover file…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="330"/>
        <source>인수인계 파일 고르기</source>
        <translation>Choose a handover file</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="344"/>
        <source>인수인계 파일({0}, CollabDesk {1})로 지금 데이터베이스를 바꾸시겠습니까?

{2}

지금 데이터베이스는 먼저 백업해 두므로 &apos;백업과 복원&apos;에서 다시 되돌릴 수 있습니다.</source>
        <translation>Replace the current database with the handover file ({0}, CollabDesk {1})?

{2}

The current database is backed up first, so it can be restored under &apos;Backup and restore&apos;.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="349"/>
        <source>종류: 지금 → 인수인계 파일</source>
        <translation>Kind: now → handover file</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="356"/>
        <source>인수인계 파일을 검사하는 중…</source>
        <translation>Checking the handover file…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="359"/>
        <source>가져올 수 없습니다</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="351"/>
        <source>인수인계 파일 가져오기</source>
        <translation>Import handover file</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="377"/>
        <source>인수인계 파일을 가져왔습니다.</source>
        <translation>Handover file imported.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="379"/>
        <source>인수인계 파일을 가져오는 중…</source>
        <translation>Importing the handover file…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="386"/>
        <source>백업 폴더 고르기</source>
        <translation>Choose the backup folder</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../collabdesk/ui/dashboard/chart.py" line="80"/>
        <source>자료 없음</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="50"/>
        <source>과제 참여 기업 일괄 발급</source>
        <translation>Issue to project participants</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="78"/>
        <source>과제</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="79"/>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="80"/>
        <source>발급일</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="83"/>
        <source>참여자</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="83"/>
        <source>역할</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="83"/>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="148"/>
        <source>발급</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="97"/>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="138"/>
        <source>일괄 발급</source>
        <translation>Issue all</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="100"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="121"/>
        <source>협업 과제가 없습니다. 협업 컨소시엄 탭에서 과제를 먼저 등록하십시오.</source>
        <translation>There are no collaboration projects. Register a project in the Consortia tab first.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="123"/>
        <source>과제가 필요한 증명서 종류 중 사용하는 것이 없습니다.</source>
        <translation>No certificate kind that needs a project is in use.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="138"/>
        <source>{0}곳 일괄 발급</source>
        <translation>Issue all ({0})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="161"/>
        <source>발급 {0}곳 · 건너뜀 {1}곳. 번호는 &apos;일괄 발급&apos;을 누를 때 매겨집니다.</source>
        <translation>To issue: {0} · skipped: {1}. Numbers are assigned when you click &apos;Issue all&apos;.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="176"/>
        <source>인증서를 만드는 중… ({0}/{1})</source>
        <translation>Making certificates… ({0}/{1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="186"/>
        <source>과제 참여 기업에 증명서를 발급하는 중…</source>
        <translation>Issuing certificates to the project participants…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/batch_dialog.py" line="198"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="27"/>
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="28"/>
        <source>가져온 때</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="29"/>
        <source>파일</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="30"/>
        <source>시트</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="31"/>
        <source>신규</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="32"/>
        <source>변경</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="33"/>
        <source>건너뜀</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="34"/>
        <source>오류</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="35"/>
        <source>되돌림</source>
        <translation>Undone</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="85"/>
        <source>가져오기 기록</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="97"/>
        <source>되돌리기…</source>
        <translation>Undo…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="99"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="103"/>
        <source>되돌리면 그 가져오기로 추가된 회원사는 삭제되고, 수정된 회원사는 가져오기 전 내용으로 돌아갑니다.</source>
        <translation>Undoing an import deletes the members it added and restores the members it changed to their earlier details.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="141"/>
        <source>가져오기 {0}번({1})을 되돌릴까요?

추가된 회원사 {2}곳은 삭제되고, 수정된 회원사 {3}곳은 가져오기 전 내용으로 돌아갑니다.</source>
        <translation>Undo import {0} ({1})?

Members it added will be deleted ({2}); members it changed get back their earlier details ({3}).</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="143"/>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="152"/>
        <source>가져오기 되돌리기</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="153"/>
        <source>되돌렸습니다: 회원사 {0}곳 삭제, {1}곳 복원</source>
        <translation>Undone. Deleted: {0}; restored: {1}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/batches_dialog.py" line="158"/>
        <source>되돌리는 중…</source>
        <translation>Undoing…</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/actions.py" line="165"/>
        <source>{0}의 조정기일({1})을 삭제하시겠습니까?</source>
        <translation>Delete the {1} mediation session of {0}?</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/actions.py" line="168"/>
        <source>조정기일 삭제</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/actions.py" line="176"/>
        <source>삭제할 수 없습니다</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/actions.py" line="226"/>
        <source>조정조서</source>
        <translation>Mediation record</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/actions.py" line="230"/>
        <source>조정조서 PDF로 저장</source>
        <translation>Save mediation record as PDF</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/actions.py" line="232"/>
        <source>PDF 문서 (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/actions.py" line="242"/>
        <source>조정조서 PDF를 저장하는 중…</source>
        <translation>Saving the mediation record PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/actions.py" line="247"/>
        <source>조정조서 - {0}</source>
        <translation>Mediation record - {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/actions.py" line="249"/>
        <source>조정조서 PDF를 만드는 중…</source>
        <translation>Making the mediation record PDF…</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="88"/>
        <source>새 분쟁조정 사건</source>
        <translation>New mediation case</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="90"/>
        <source>사건 수정 - {0}</source>
        <translation>Edit case - {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="100"/>
        <source>이 사건의 조정 결과로 협약 버전을 만들었으므로 관련 과제를 바꿀 수 없습니다</source>
        <translation>An agreement version was made from this case&apos;s outcome, so the related project cannot be changed</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="117"/>
        <source>일</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="119"/>
        <source>접수일부터 처리 기한까지의 날 수. 공공 조정기구는 대개 60일입니다.</source>
        <translation>Days from receipt to the deadline. Public mediation bodies usually allow 60 days.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="124"/>
        <source>접수일(&amp;D)</source>
        <translation>&amp;Date received</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="125"/>
        <source>유형(&amp;T)</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="126"/>
        <source>처리 기간</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="138"/>
        <source>구분</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="138"/>
        <source>당사자</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="138"/>
        <source>대표자</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="138"/>
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="149"/>
        <source>회원사 추가…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="151"/>
        <source>회원사 명부에서 고릅니다. 대표자와 주소는 비워 두면 명부의 것을 씁니다.</source>
        <translation>Choose from the member directory. Left empty, the CEO and address are taken from the directory.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="154"/>
        <source>외부 당사자 추가</source>
        <translation>Add outside party</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="155"/>
        <source>회원사가 아닌 회사나 사람. 이름을 표에 입력합니다.</source>
        <translation>A company or person that is not a member. Type the name in the table.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="157"/>
        <source>빼기</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="167"/>
        <source>당사자 (신청인과 피신청인이 한 곳 이상씩)</source>
        <translation>Parties (at least one applicant and one respondent)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="171"/>
        <source>(없음)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="180"/>
        <source>협약</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="183"/>
        <source>원 단위 숫자, 예: 35,000,000 (없으면 비워 둡니다)</source>
        <translation>Amount in won, e.g. 35,000,000 (leave empty if none)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="188"/>
        <source>신청인이 무엇을 구하는지, 그 이유를 적습니다</source>
        <translation>What the applicant asks for, and why</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="191"/>
        <source>관련 과제</source>
        <translation>Related project</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="192"/>
        <source>분쟁 금액(원)</source>
        <translation>Amount in dispute (KRW)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="193"/>
        <source>조정위원</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="194"/>
        <source>신청 내용</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="202"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="210"/>
        <source>{0} (활동 안 함)</source>
        <translation>{0} (inactive)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="217"/>
        <source>(조정위원 목록이 비어 있습니다 — 설정 → 조정위원 관리)</source>
        <translation>(The mediator list is empty — Settings → Mediators)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="225"/>
        <source>접수일에 유효한 협약</source>
        <translation>In force on receipt</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="228"/>
        <source>접수일 당시 효력이 있던 버전을 저장할 때 찾아 연결합니다</source>
        <translation>On saving, the version in force on the date received is found and linked</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="241"/>
        <source>제{0}차 ({1})</source>
        <translation>Version {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="275"/>
        <source>회원사 명부의 회사입니다</source>
        <translation>A company from the member directory</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="289"/>
        <source>당사자로 넣을 회원사</source>
        <translation>Member to add as a party</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="329"/>
        <source>분쟁 금액은 원 단위 숫자로 입력해 주십시오 (예: 35,000,000).</source>
        <translation>Enter the amount in dispute as a number of won (e.g. 35,000,000).</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="382"/>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="388"/>
        <source>저장할 수 없습니다</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="409"/>
        <source>변경 내용 버리기</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/case_dialog.py" line="409"/>
        <source>저장하지 않은 내용을 버리시겠습니까?</source>
        <translation>Discard the unsaved changes?</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="131"/>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="196"/>
        <source>추가</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="132"/>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="215"/>
        <source>이름 변경</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="133"/>
        <source>위로</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="134"/>
        <source>아래로</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="135"/>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="237"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="136"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="126"/>
        <source>{0} ({1}개사)</source>
        <translation>{0} ({1} companies)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="237"/>
        <source>&apos;{0}&apos; 항목을 목록에서 삭제하시겠습니까?</source>
        <translation>Delete &apos;{0}&apos; from the list?</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="246"/>
        <source>삭제할 수 없습니다</source>
        <translation>Cannot Delete</translation>
    </message>
</context>
<context>
    <name>CertificateDetailView</name>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="34"/>
        <source>미리 보기·인쇄…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="35"/>
        <source>발급한 그대로 다시 인쇄합니다 (Ctrl+P)</source>
        <translation>Print again exactly as issued (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="36"/>
        <source>PDF로 저장…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="37"/>
        <source>취소…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="38"/>
        <source>이 증명서를 취소합니다. 되돌릴 수 없습니다.</source>
        <translation>Revoke this certificate. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="39"/>
        <source>재발급…</source>
        <translation>Reissue…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="40"/>
        <source>새 번호로 다시 발급하고 이 번호는 효력을 잃습니다.</source>
        <translation>Issue it again under a new number; this number becomes invalid.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="80"/>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="86"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="84"/>
        <source>{0} ({1}, {2})</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="90"/>
        <source>회사</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="91"/>
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="92"/>
        <source>과제</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="93"/>
        <source>역할</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="94"/>
        <source>발급일</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="95"/>
        <source>발급자</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="96"/>
        <source>취소 사유</source>
        <translation>Reason for revoking</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="96"/>
        <source>재발급 사유</source>
        <translation>Reason for reissue</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="97"/>
        <source>대체한 번호</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="98"/>
        <source>재발급 번호</source>
        <translation>Reissued as</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="99"/>
        <source>확인코드</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="100"/>
        <source>내용 검사값</source>
        <translation>Content checksum</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="101"/>
        <source>발급대장 순번</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/detail.py" line="116"/>
        <source>다시 인쇄하면 &apos;무효&apos;가 찍힙니다.</source>
        <translation>A reprint is stamped &apos;VOID&apos; (무효).</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="74"/>
        <source>번호, 회사, 사업자등록번호, 과제, 역할로 찾기 (Ctrl+F)</source>
        <translation>Search by number, company, business no., project or role (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="83"/>
        <source>연도</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="84"/>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="85"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="91"/>
        <source>발급…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="92"/>
        <source>회원사 한 곳에 증명서를 발급합니다 (Ctrl+N)</source>
        <translation>Issue a certificate to one member company (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="93"/>
        <source>과제 참여 기업 일괄 발급…</source>
        <translation>Issue to project…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="94"/>
        <source>협업 과제의 현재 협약에 참여한 회원사 모두에게 발급합니다</source>
        <translation>Issue to every member company in the current agreement of a collaboration project</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="95"/>
        <source>증명서 확인…</source>
        <translation>Verify certificate…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="96"/>
        <source>번호와 확인코드로 진짜인지, 취소·재발급되었는지 확인합니다</source>
        <translation>Check by number and verification code whether a certificate is genuine, revoked or reissued</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="97"/>
        <source>대장 검사</source>
        <translation>Check register</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="99"/>
        <source>발급대장이 프로그램 밖에서 바뀌거나 지워지지 않았는지 검사합니다</source>
        <translation>Check that no entry of the issue register was changed or deleted outside the program</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="101"/>
        <source>대장 내보내기</source>
        <translation>Export register</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="102"/>
        <source>지금 목록의 발급대장을 엑셀이나 PDF로 저장하거나 인쇄합니다</source>
        <translation>Save the issue register of the current list as Excel or PDF, or print it</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="104"/>
        <source>엑셀로 저장…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="105"/>
        <source>PDF로 저장…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="106"/>
        <source>미리 보기·인쇄…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="108"/>
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="110"/>
        <source>발급기관·직인…</source>
        <translation>Issuing organisation and seal…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="111"/>
        <source>증명서 종류…</source>
        <translation>Certificate kinds…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="186"/>
        <source>전체</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="189"/>
        <source>{0}년</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="194"/>
        <source>유효</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="195"/>
        <source>취소</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="196"/>
        <source>재발급됨</source>
        <translation>Reissued</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="222"/>
        <source>증명서 {0}건</source>
        <translation>{0} certificates</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="223"/>
        <source> · 취소 {0}건</source>
        <translation> · {0} revoked</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="277"/>
        <source>증명서를 고르면 여기에 상태, 확인코드, 취소·재발급 내역이 보입니다.</source>
        <translation>Choose a certificate to see its status, verification code and any revocation or reissue here.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="279"/>
        <source>찾은 증명서가 없습니다. &apos;발급…&apos;으로 증명서를 발급하십시오.</source>
        <translation>No certificates found. Issue one with &apos;Issue…&apos;.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="334"/>
        <source>{0} - {1}</source>
        <translation>{0} - {1}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="336"/>
        <source>인증서 PDF를 만드는 중…</source>
        <translation>Making the certificate PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="361"/>
        <source>{0} ({1})을(를) 취소하시겠습니까?
사유: {2}

취소는 되돌릴 수 없습니다.</source>
        <translation>Revoke {0} ({1})?
Reason: {2}

A revocation cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="363"/>
        <source>증명서 취소</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="368"/>
        <source>취소할 수 없습니다</source>
        <translation>Cannot revoke</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="384"/>
        <source>{0} ({1})을(를) 새 번호로 재발급하시겠습니까?
사유: {2}

이 번호는 효력을 잃으며 되돌릴 수 없습니다.</source>
        <translation>Reissue {0} ({1}) under a new number?
Reason: {2}

This number becomes invalid; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="386"/>
        <source>증명서 재발급</source>
        <translation>Reissue certificate</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/tab.py" line="399"/>
        <source>증명서를 재발급하는 중…</source>
        <translation>Reissuing the certificate…</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../collabdesk/ui/dashboard/chart_panel.py" line="38"/>
        <location filename="../../collabdesk/ui/dashboard/chart_panel.py" line="46"/>
        <source>PNG로 저장…</source>
        <translation>Save PNG…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/chart_panel.py" line="39"/>
        <source>이 그래프를 그림 파일(PNG)로 저장합니다</source>
        <translation>Save this chart as a picture (PNG)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/chart_panel.py" line="65"/>
        <location filename="../../collabdesk/ui/dashboard/chart_panel.py" line="75"/>
        <source>그래프 저장</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/chart_panel.py" line="67"/>
        <source>PNG 그림 (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/chart_panel.py" line="82"/>
        <source>그림 파일을 저장할 수 없습니다: {0}</source>
        <translation>Could not save the picture: {0}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../collabdesk/ui/projects/compare_dialog.py" line="91"/>
        <source>협약 버전 비교</source>
        <translation>Compare agreement versions</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/compare_dialog.py" line="112"/>
        <source>비교할 버전</source>
        <translation>Versions to compare</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/compare_dialog.py" line="120"/>
        <source>바뀐 점</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/compare_dialog.py" line="135"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/compare_dialog.py" line="171"/>
        <source>제{0}차 ({1})</source>
        <translation>Version {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/compare_dialog.py" line="181"/>
        <source>이 과제에는 아직 협약 버전이 없습니다.</source>
        <translation>This project has no agreement version yet.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/compare_dialog.py" line="194"/>
        <source>같은 버전(제{0}차)을 보고 있습니다. 비교할 다른 버전을 고르십시오.</source>
        <translation>Showing the same version (version {0}) twice. Choose another version to compare.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/compare_dialog.py" line="197"/>
        <source>두 버전의 참여자·역할·지분이 같습니다.</source>
        <translation>Both versions have the same participants, roles and shares.</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="163"/>
        <source>담당자 추가</source>
        <translation>Add Contact</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="164"/>
        <source>담당자 삭제</source>
        <translation>Remove Contact</translation>
    </message>
</context>
<context>
    <name>ContactsTable</name>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="105"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="105"/>
        <source>직위</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="105"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="105"/>
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="105"/>
        <source>비고</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="166"/>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="281"/>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="314"/>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="468"/>
        <source>{0}년</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="167"/>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="282"/>
        <source>전체</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="170"/>
        <source>새로 고침</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="171"/>
        <source>현황을 다시 읽습니다 (F5)</source>
        <translation>Read the overview again (F5)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="173"/>
        <source>보고서 PDF…</source>
        <translation>Report PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="174"/>
        <source>고른 연도와 그룹의 사업실적 보고서를 PDF로 저장합니다</source>
        <translation>Save the annual report of the chosen year and group as PDF</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="176"/>
        <source>보고서 Excel…</source>
        <translation>Report Excel…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="177"/>
        <source>고른 연도와 그룹의 사업실적 보고서를 Excel로 저장합니다</source>
        <translation>Save the annual report of the chosen year and group as Excel</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="182"/>
        <source>연도</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="184"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="199"/>
        <source>업종별 회원사</source>
        <translation>Members by industry</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="200"/>
        <source>월별 회의</source>
        <translation>Meetings by month</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="201"/>
        <source>연도별 성과</source>
        <translation>Outcomes by year</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="367"/>
        <source>불러오는 중…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="370"/>
        <source>현황 읽기</source>
        <translation>Reading the overview</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="392"/>
        <source>확인할 일을 읽지 못했습니다: {0}</source>
        <translation>Could not read the to-do list: {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="405"/>
        <source>확인할 일을 읽지 못했습니다.</source>
        <translation>Could not read the to-do list.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="410"/>
        <source>현황을 읽지 못했습니다: {0}</source>
        <translation>Could not read the overview: {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="431"/>
        <source>{0}년 · {1} · {2} 기준</source>
        <translation>{0} · {1} · as of {2}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="432"/>
        <source>{0} 기준</source>
        <translation>As of {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="445"/>
        <source>{0}: {1}개사 · 매출 {2}원 · 종업원 {3}명</source>
        <translation>{0}: {1} companies · sales {2} won · {3} employees</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="459"/>
        <source>{0}월</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="461"/>
        <source>{0}월: 회의·행사 {1}회</source>
        <translation>Month {0}: {1} meetings and events</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="468"/>
        <source>{0}년: 성과 {1}건</source>
        <translation>{0}: {1} outcomes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tab.py" line="495"/>
        <source>회원사 목록 읽기</source>
        <translation>Reading the member list</translation>
    </message>
</context>
<context>
    <name>DisputeDetailView</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="118"/>
        <source>구분</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="118"/>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="172"/>
        <source>당사자</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="118"/>
        <source>대표자</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="118"/>
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="122"/>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="135"/>
        <source>날짜</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="122"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="122"/>
        <source>경위·사유</source>
        <translation>Details / reason</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="123"/>
        <source>처리 기한 연장</source>
        <translation>Deadline extensions</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="125"/>
        <source>연장일</source>
        <translation>Extended on</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="125"/>
        <source>일수</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="125"/>
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="135"/>
        <source>회차</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="135"/>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="392"/>
        <source>장소</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="135"/>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="394"/>
        <source>진행 내용</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="145"/>
        <source>조정기일 추가…</source>
        <translation>Add session…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="147"/>
        <source>수정…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="149"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="160"/>
        <source>조정 결과…</source>
        <translation>Outcome…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="161"/>
        <source>당사자가 합의한 조정 내용을 적습니다</source>
        <translation>Write down the terms the parties agreed</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="163"/>
        <source>협약 버전 만들기…</source>
        <translation>Make agreement version…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="173"/>
        <source>신청 내용</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="174"/>
        <source>진행 경과</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="175"/>
        <source>조정기일</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="176"/>
        <source>조정 결과</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="178"/>
        <source>변경 이력</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="197"/>
        <source>접수 {0}</source>
        <translation>Received {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="234"/>
        <source>(신청 내용을 적지 않았습니다)</source>
        <translation>(no claim written down)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="252"/>
        <source>{0}일</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="257"/>
        <source>처리 기한 연장 ({0}회)</source>
        <translation>Deadline extensions ({0})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="259"/>
        <source>처리 기한 연장: 없음</source>
        <translation>Deadline extensions: none</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="264"/>
        <source>제{0}차</source>
        <translation>No. {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="275"/>
        <source>조정기일 ({0})</source>
        <translation>Sessions ({0})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="281"/>
        <source>이 조정 결과로 &apos;{0}&apos; 과제의 협약 제{1}차를 만들었습니다.</source>
        <translation>Agreement version {1} of the project &apos;{0}&apos; was made from this outcome.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="285"/>
        <source>아직 조정 내용을 적지 않았습니다.</source>
        <translation>The agreed terms have not been written down yet.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="287"/>
        <source>관련 과제가 없는 사건이라 협약 버전을 만들 수 없습니다.</source>
        <translation>This case has no related project, so no agreement version can be made from it.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="289"/>
        <source>합의로 컨소시엄의 역할이나 지분이 바뀌면 &apos;협약 버전 만들기…&apos;로 과제의 새 협약 버전을 만드십시오.</source>
        <translation>If the settlement changes roles or shares in the consortium, make a new agreement version of the project with &apos;Make agreement version…&apos;.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="300"/>
        <source>종결된 사건입니다. 조정기일을 고치려면 먼저 &apos;상태 변경…&apos;으로 다시 진행하십시오.</source>
        <translation>This case is closed. To change its sessions, first reopen it with &apos;Change status…&apos;.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="315"/>
        <source>관련 과제가 없는 사건입니다</source>
        <translation>This case has no related project</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="317"/>
        <source>조정성립으로 종결한 사건에서만 협약 버전을 만들 수 있습니다</source>
        <translation>An agreement version can only be made for a case closed as Settled</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="319"/>
        <source>이 조정 결과로 이미 협약 버전을 만들었습니다</source>
        <translation>An agreement version has already been made from this outcome</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="321"/>
        <source>먼저 &apos;조정 결과…&apos;로 조정 내용을 적으십시오</source>
        <translation>First write down the agreed terms with &apos;Outcome…&apos;</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="323"/>
        <source>조정 결과에 따라 관련 과제의 새 협약 버전을 만들고 이 사건에 연결합니다</source>
        <translation>Make a new agreement version of the related project from the outcome and link it to this case</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="335"/>
        <source>{0} (협약 제{1}차)</source>
        <translation>{0} (agreement version {1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="339"/>
        <source>유형</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="340"/>
        <source>접수일</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="341"/>
        <source>처리 기한</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="342"/>
        <source>신청인</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="343"/>
        <source>피신청인</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="344"/>
        <source>관련 과제</source>
        <translation>Related project</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="345"/>
        <source>분쟁 금액</source>
        <translation>Amount in dispute</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="346"/>
        <source>조정위원</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="360"/>
        <source>{0} (종결)</source>
        <translation>{0} (closed)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="362"/>
        <source> (D-{0})</source>
        <translation> ({0} days left)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="364"/>
        <source> (오늘까지)</source>
        <translation> (due today)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="366"/>
        <source> ({0}일 지남)</source>
        <translation> ({0} days overdue)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="369"/>
        <source> · {0}일 중 {1}일 연장</source>
        <translation> · {0} days, {1} of them extended</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="371"/>
        <source> · {0}일</source>
        <translation> · {0} days</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="385"/>
        <source>아직 조정기일이 없습니다.</source>
        <translation>No sessions yet.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="388"/>
        <source>제{0}차 조정기일 {1}</source>
        <translation>Session {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="393"/>
        <source>참석자</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/detail.py" line="395"/>
        <source>다음 할 일</source>
        <translation>Next steps</translation>
    </message>
</context>
<context>
    <name>DisputeListModel</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="21"/>
        <source>사건번호</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="22"/>
        <source>접수일</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="23"/>
        <source>신청인</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="24"/>
        <source>피신청인</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="25"/>
        <source>유형</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="26"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="27"/>
        <source>기한</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="44"/>
        <source>D-{0}</source>
        <translation>{0}d left</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="46"/>
        <source>D-day</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="47"/>
        <source>{0}일 지남</source>
        <translation>{0}d overdue</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="53"/>
        <source>종결 {0}</source>
        <translation>Closed on {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="56"/>
        <source>종결된 사건</source>
        <translation>Closed case</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="57"/>
        <source>처리 기한 {0}</source>
        <translation>Deadline {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="59"/>
        <source> — 기한이 지났습니다</source>
        <translation> — past the deadline</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="61"/>
        <source> — 기한이 7일 안에 끝납니다</source>
        <translation> — due within 7 days</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/list_model.py" line="106"/>
        <source>관련 과제: {0}</source>
        <translation>Related project: {0}</translation>
    </message>
</context>
<context>
    <name>DisputesTab</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="107"/>
        <source>당사자 이름</source>
        <translation>Party name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="110"/>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="302"/>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="368"/>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="445"/>
        <source>회원사…</source>
        <translation>Member…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="115"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="116"/>
        <source>유형</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="117"/>
        <source>연도</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="122"/>
        <source>당사자</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="127"/>
        <source>새 사건</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="128"/>
        <source>새 분쟁조정 사건을 접수합니다 (Ctrl+N)</source>
        <translation>Register a new mediation case (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="129"/>
        <source>수정</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="130"/>
        <source>선택한 사건의 접수 내용을 고칩니다 (Enter)</source>
        <translation>Edit the selected case as received (Enter)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="131"/>
        <source>상태 변경…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="134"/>
        <source>접수 → 조정진행 → 조정성립·조정불성립·취하·각하·중단. 사건은 지우지 않습니다: 잘못 접수한 사건은 취하나 각하로 종결하십시오.</source>
        <translation>Received → In mediation → Settled, Not settled, Withdrawn, Dismissed or Discontinued. Cases are never deleted: close a case received by mistake as Withdrawn or Dismissed.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="138"/>
        <source>기한 연장…</source>
        <translation>Extend deadline…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="139"/>
        <source>처리 기한을 사유와 함께 늘립니다</source>
        <translation>Extend the deadline, with a reason</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="140"/>
        <source>조정조서 인쇄·PDF</source>
        <translation>Record / PDF</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="141"/>
        <source>조정조서를 미리 보기에서 인쇄합니다 (Ctrl+P)</source>
        <translation>Print the mediation record from the preview (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="143"/>
        <source>미리 보기·인쇄…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="144"/>
        <source>인쇄…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="145"/>
        <source>PDF로 저장…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="147"/>
        <source>통계…</source>
        <translation>Statistics…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="148"/>
        <source>유형별·결과별 사건 수와 종결까지 걸린 날</source>
        <translation>Cases by type and outcome, and the days taken to close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="149"/>
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="152"/>
        <source>분쟁 유형 관리…</source>
        <translation>Dispute types…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="153"/>
        <source>조정위원 관리…</source>
        <translation>Mediators…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="154"/>
        <source>조정 암호 설정…</source>
        <translation>Mediation password…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="251"/>
        <source>잠금을 해제하면 쓸 수 있습니다</source>
        <translation>Available once unlocked</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="253"/>
        <source>회원사 한 곳이 당사자인 사건만 봅니다</source>
        <translation>Show only the cases a member company is party to</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="255"/>
        <source>사건번호로 찾기 (Ctrl+F) — 잠금을 해제하면 당사자와 내용으로도 찾습니다</source>
        <translation>Search by case no. (Ctrl+F) — once unlocked, also by party and content</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="257"/>
        <source>사건번호, 당사자, 과제, 신청 내용, 조정 내용으로 찾기 (Ctrl+F)</source>
        <translation>Search by case no., party, project, claim or agreed terms (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="297"/>
        <source>조정 암호가 바뀌어 다시 잠겼습니다.</source>
        <translation>The mediation password was changed, so the records are locked again.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="330"/>
        <source>전체</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="332"/>
        <source>진행 중</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="333"/>
        <source>종결</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="339"/>
        <source>{0}년</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="366"/>
        <source>당사자인 회원사</source>
        <translation>Member company that is a party</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="368"/>
        <source>회원사: {0} ×</source>
        <translation>Member: {0} ×</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="396"/>
        <source>진행 {0}</source>
        <translation>{0} open</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="400"/>
        <source>기한 지남 {0}</source>
        <translation>{0} overdue</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="402"/>
        <source>기한 임박 {0}</source>
        <translation>{0} due soon</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="403"/>
        <source>종결 {0}</source>
        <translation>{0} closed</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="466"/>
        <source>잠금을 해제하면 쓸 수 있습니다 (사건 수가 보이므로)</source>
        <translation>Available once unlocked (it shows numbers of cases)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="484"/>
        <source>사건을 고르면 여기에 당사자, 신청 내용, 진행 경과, 조정기일, 조정 결과가 보입니다.</source>
        <translation>Choose a case to see its parties, claim, progress, sessions and outcome here.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="486"/>
        <source>찾은 사건이 없습니다.</source>
        <translation>No cases found.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="490"/>
        <source>잠금을 해제하면 이 사건의 내용이 보입니다.</source>
        <translation>Unlock to see the details of this case.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="526"/>
        <source>분쟁조정 사건은 지우지 않습니다. 잘못 접수한 사건은 &apos;상태 변경…&apos;에서 취하나 각하로 종결하십시오.</source>
        <translation>Mediation cases are never deleted. Close a case received by mistake as Withdrawn or Dismissed under &apos;Change status…&apos;.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="543"/>
        <source>분쟁 유형 관리</source>
        <translation>Dispute types</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/tab.py" line="545"/>
        <source>{0} ({1}건)</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="580"/>
        <source>가져오기 완료</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="582"/>
        <source>오류 행 저장…</source>
        <translation>Save rejected rows…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="594"/>
        <source>추가 {0}곳 · 수정 {1}곳 · 건너뜀 {2}곳 · 오류 {3}행</source>
        <translation>Added {0} · updated {1} · skipped {2} · rejected rows {3}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="601"/>
        <source>가져오기 기록 {0}번으로 저장했습니다. 잘못 가져왔다면 [파일 → 가져오기 기록]에서 통째로 되돌릴 수 있습니다.</source>
        <translation>Recorded as import {0}. If this was a mistake, undo it as a whole under File → Import history.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/deadline_dialog.py" line="30"/>
        <source>처리 기한 연장 - {0}</source>
        <translation>Extend deadline - {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/deadline_dialog.py" line="38"/>
        <source>일</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/deadline_dialog.py" line="40"/>
        <source>예: 당사자 합의로 보완 자료 제출 기간 연장</source>
        <translation>e.g. more time for extra documents, as agreed</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/deadline_dialog.py" line="45"/>
        <source>연장일</source>
        <translation>Extended on</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/deadline_dialog.py" line="46"/>
        <source>연장 일수(&amp;D)</source>
        <translation>Extra &amp;days</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/deadline_dialog.py" line="47"/>
        <source>사유(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/deadline_dialog.py" line="48"/>
        <source>처리 기한</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/deadline_dialog.py" line="56"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="90"/>
        <source>회원사</source>
        <translation>Member companies</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="91"/>
        <source>매출 합계</source>
        <translation>Total sales</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="92"/>
        <source>고용</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="93"/>
        <source>회의·행사</source>
        <translation>Meetings and events</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="94"/>
        <source>협업 과제</source>
        <translation>Collaboration projects</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="95"/>
        <source>협업인증서</source>
        <translation>Collaboration certificates</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="96"/>
        <source>분쟁조정</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="155"/>
        <source>회원사 없음</source>
        <translation>No member companies</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="159"/>
        <source>최대 업종 {0} ({1})</source>
        <translation>Largest industry: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="167"/>
        <source>{0}개사</source>
        <translation>{0} members</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="169"/>
        <source>가입 {0}</source>
        <translation>joined {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="170"/>
        <source>탈퇴 {0}</source>
        <translation>left {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="177"/>
        <source>매출액 자료 없음</source>
        <translation>No sales data</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="181"/>
        <source>명</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="182"/>
        <source>종업원수 자료 없음</source>
        <translation>No employee data</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="183"/>
        <source>{0}명</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="187"/>
        <source>출석 기록 없음</source>
        <translation>No attendance records</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="190"/>
        <source>평균 출석 {0}</source>
        <translation>avg. attendance {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="190"/>
        <source>개사</source>
        <translation> companies</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="191"/>
        <source>출석률 {0}</source>
        <translation>attendance {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="195"/>
        <source>{0}회</source>
        <translation>{0} meetings</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="199"/>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="219"/>
        <source>{0}건 진행</source>
        <translation>{0} ongoing</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="201"/>
        <source>시작 {0}</source>
        <translation>started {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="202"/>
        <source>종료 {0}</source>
        <translation>ended {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="203"/>
        <source>성과 {0}건</source>
        <translation>outcomes {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="209"/>
        <source>{0}건 발급</source>
        <translation>{0} issued</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="211"/>
        <source>취소 {0}건</source>
        <translation>revoked {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="221"/>
        <source>기한 지남 {0}</source>
        <translation>overdue {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="222"/>
        <source>접수 {0}</source>
        <translation>received {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="223"/>
        <source>종결 {0}</source>
        <translation>closed {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="226"/>
        <source>조정 암호를 입력하지 않아 분쟁조정은 연합회 전체의 수치입니다. 분쟁조정 탭에서 잠금을 해제하면 고른 그룹의 사건만 셉니다.</source>
        <translation>The mediation password has not been entered, so these are the figures of the whole federation. Unlock the Disputes tab to count only the chosen group&apos;s cases.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/figures_panel.py" line="231"/>
        <source>연합회 전체 수치 — 그룹별은 조정 암호 입력 후</source>
        <translation>Whole federation — per group once unlocked</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="155"/>
        <source>명부 파일 고르기</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="158"/>
        <source>엑셀(.xlsx) 명부 파일과 시트를 고르십시오. 위쪽의 제목 행과 빈 행은 자동으로 건너뜁니다.</source>
        <translation>Choose an Excel (.xlsx) roster and its sheet. Title rows and blank rows at the top are skipped automatically.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="162"/>
        <source>파일을 고르거나 경로를 붙여 넣으십시오</source>
        <translation>Choose a file or paste its path</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="163"/>
        <source>찾아보기…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="168"/>
        <source>빈 양식 저장…</source>
        <translation>Save blank template…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="169"/>
        <source>머리글과 예시 한 줄, 업종 목록이 든 가져오기 양식을 저장합니다.</source>
        <translation>Saves an import template with the headers, one example row and the industry list.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="176"/>
        <source>파일</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="177"/>
        <source>시트</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="232"/>
        <source>명부 파일을 읽는 중…</source>
        <translation>Reading the roster…</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <location filename="../../collabdesk/ui/global_search.py" line="41"/>
        <source>회원사</source>
        <translation>Member companies</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/global_search.py" line="42"/>
        <source>담당자</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/global_search.py" line="43"/>
        <source>회의록</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/global_search.py" line="44"/>
        <source>협업 컨소시엄</source>
        <translation>Consortia</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/global_search.py" line="45"/>
        <source>증명서</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/global_search.py" line="46"/>
        <source>분쟁조정</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/global_search.py" line="67"/>
        <location filename="../../collabdesk/ui/global_search.py" line="137"/>
        <source>통합 검색</source>
        <translation>Global search</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/global_search.py" line="81"/>
        <source>회원사, 담당자, 회의, 과제, 증명서 번호…</source>
        <translation>Members, contacts, meetings, projects, certificate numbers…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/global_search.py" line="134"/>
        <source>찾는 중…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/global_search.py" line="172"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/global_search.py" line="187"/>
        <source>…외 {0}건 — 해당 탭에서 보기</source>
        <translation>…{0} more — show them in their tab</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/global_search.py" line="195"/>
        <source>찾은 결과가 없습니다.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/global_search.py" line="197"/>
        <source>Enter: 열기 · ↑↓: 이동 · Esc: 닫기</source>
        <translation>Enter: open · ↑↓: move · Esc: close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/global_search.py" line="200"/>
        <source>검색어를 입력하십시오. 분쟁조정 사건은 잠금을 해제했을 때만 찾습니다.</source>
        <translation>Type what to look for. Mediation cases are searched only while the Disputes tab is unlocked.</translation>
    </message>
</context>
<context>
    <name>GroupFormDialog</name>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="52"/>
        <source>위치</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="53"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="54"/>
        <source>종류</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="201"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="201"/>
        <source>종류</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="114"/>
        <source>그룹 관리</source>
        <translation>Manage Groups</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="117"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="117"/>
        <source>종류</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="117"/>
        <source>회원사 수</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="123"/>
        <source>추가</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="125"/>
        <source>고른 그룹과 같은 위치에 그룹을 추가합니다 (고른 그룹이 없으면 최상위).</source>
        <translation>Adds a group at the same level as the selected group (at the top level if none is selected).</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="127"/>
        <source>하위 그룹 추가</source>
        <translation>Add Subgroup</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="128"/>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="256"/>
        <source>이름·종류 변경</source>
        <translation>Edit Name/Type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="129"/>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="283"/>
        <source>상위 그룹 변경</source>
        <translation>Change Parent</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="130"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="131"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="139"/>
        <source>그룹을 지워도 회원사는 지워지지 않고 그 그룹의 소속만 빠집니다.</source>
        <translation>Deleting a group does not delete its member companies; they only leave the group.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="215"/>
        <source>(최상위)</source>
        <translation>(Top level)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="236"/>
        <source>그룹 추가</source>
        <translation>Add Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="292"/>
        <source>&apos;{0}&apos; 그룹을 삭제하시겠습니까?
이 그룹에 속한 회원사 {1}곳은 삭제되지 않고, 이 그룹의 소속만 빠집니다.</source>
        <translation>Delete the group &apos;{0}&apos;?
Its {1} member companies are not deleted; they only leave this group.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="295"/>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="302"/>
        <source>그룹 삭제</source>
        <translation>Delete Group</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../collabdesk/ui/history_panel.py" line="103"/>
        <source>최근 변경 이력</source>
        <translation>Recent changes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/history_panel.py" line="106"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../collabdesk/ui/history_panel.py" line="46"/>
        <source>때</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/history_panel.py" line="46"/>
        <source>사용자</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/history_panel.py" line="46"/>
        <source>대상</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/history_panel.py" line="46"/>
        <source>작업</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/history_panel.py" line="46"/>
        <source>바뀐 내용</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/history_panel.py" line="93"/>
        <source>기록된 변경이 없습니다.</source>
        <translation>No recorded changes.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/history_panel.py" line="118"/>
        <source>변경 이력</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="614"/>
        <source>명부 가져오기</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="618"/>
        <source>다음 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="619"/>
        <source>&lt; 이전</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="620"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="621"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="656"/>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="666"/>
        <source>오류 행 저장</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="656"/>
        <source>{0}_오류행.xlsx</source>
        <translation>{0}_rejected.xlsx</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="662"/>
        <source>오류 행을 저장하는 중…</source>
        <translation>Saving rejected rows…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="667"/>
        <source>오류 행 {0}개를 저장했습니다. 고친 뒤 다시 가져오십시오.
{1}</source>
        <translation>Rejected rows saved: {0}. Fix them and import again.
{1}</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="66"/>
        <source>증명서 발급</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="91"/>
        <source>(고르지 않음)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="92"/>
        <source>회원사 고르기…</source>
        <translation>Choose member…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="111"/>
        <source>종류(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="112"/>
        <source>회원사</source>
        <translation>Member company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="113"/>
        <source>과제·역할</source>
        <translation>Project and role</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="114"/>
        <source>발급일</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="120"/>
        <source>번호와 확인코드는 &apos;발급&apos;을 누를 때 매겨집니다. 발급한 증명서는 지울 수 없고 취소나 재발급으로만 바꿀 수 있습니다.</source>
        <translation>The number and verification code are assigned when you click &apos;Issue&apos;. An issued certificate cannot be deleted, only revoked or reissued.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="140"/>
        <source>미리 보기 (번호는 발급할 때 매겨집니다)</source>
        <translation>Preview (the number is assigned on issue)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="152"/>
        <source>발급</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="156"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="176"/>
        <source>증명서를 받을 회원사</source>
        <translation>Member company to receive the certificate</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="197"/>
        <source>(현재 협약에 참여한 과제가 없습니다)</source>
        <translation>(not in the current agreement of any project)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="220"/>
        <source>고르면 여기에 인증서가 보입니다.</source>
        <translation>Make your choices to see the certificate here.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="228"/>
        <source>사용하는 증명서 종류가 없습니다. 설정 → 증명서 종류에서 종류를 사용으로 바꾸십시오.</source>
        <translation>No certificate kind is in use. Turn one on under Settings → Certificate kinds.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="231"/>
        <source>증명서를 받을 회원사를 고르십시오.</source>
        <translation>Choose the member company to receive the certificate.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="234"/>
        <source>&apos;{0}&apos;은(는) 협업 과제가 있어야 발급합니다. 이 회원사가 현재 협약에 참여한 과제가 없습니다.</source>
        <translation>A &apos;{0}&apos; needs a collaboration project, and this member company is not in the current agreement of any project.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="282"/>
        <source>미리 보기를 만들 수 없습니다.</source>
        <translation>Cannot make the preview.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="306"/>
        <source>발급할 수 없습니다</source>
        <translation>Cannot issue</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="311"/>
        <source>증명서를 발급하는 중…</source>
        <translation>Issuing the certificate…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issue_dialog.py" line="324"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IssuedDialog</name>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="179"/>
        <source>재발급했습니다</source>
        <translation>Reissued</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="183"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IssuedPanel</name>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="43"/>
        <source>인증서 PDF로 저장</source>
        <translation>Save certificate as PDF</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="44"/>
        <source>PDF 문서 (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="58"/>
        <source>인증서 PDF</source>
        <translation>Certificate PDF</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="59"/>
        <source>인증서 PDF를 저장하는 중…</source>
        <translation>Saving the certificate PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="87"/>
        <source>미리 보기·인쇄…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="88"/>
        <source>인쇄…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="89"/>
        <source>PDF로 저장…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="119"/>
        <source>재발급했습니다 ({0} 대체).
번호: {1}
확인코드: {2}</source>
        <translation>Reissued (replacing {0}).
Number: {1}
Verification code: {2}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="123"/>
        <source>발급했습니다.
번호: {0}
확인코드: {1}</source>
        <translation>Issued.
Number: {0}
Verification code: {1}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="127"/>
        <source>{0}건을 발급했습니다: {1} ~ {2}</source>
        <translation>Issued {0} certificates: {1} to {2}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="136"/>
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="136"/>
        <source>회사</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="136"/>
        <source>역할</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="136"/>
        <source>확인코드</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="140"/>
        <source>발급하지 않은 참여자</source>
        <translation>Participants not issued</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="150"/>
        <source>인증서 - {0}</source>
        <translation>Certificate - {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issued_panel.py" line="151"/>
        <source>인증서 PDF를 만드는 중…</source>
        <translation>Making the certificate PDF…</translation>
    </message>
</context>
<context>
    <name>IssuerDialog</name>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="43"/>
        <source>발급기관·직인</source>
        <translation>Issuing organisation and seal</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="58"/>
        <source>예: 경기기계협업그룹</source>
        <translation>e.g. Gyeonggi Machinery Collaboration Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="60"/>
        <source>예: 회장</source>
        <translation>e.g. Chairman</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="62"/>
        <source>예: 김영수</source>
        <translation>e.g. Kim Young-su</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="64"/>
        <source>문구의 {그룹명}; 비워 두면 발급기관</source>
        <translation>{그룹명} in the statement; the issuing organisation if empty</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="65"/>
        <source>테두리 장식</source>
        <translation>Decorative border</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="67"/>
        <source>발급기관(&amp;O)</source>
        <translation>Issuing &amp;organisation</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="68"/>
        <source>직위</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="69"/>
        <source>대표자 이름</source>
        <translation>Representative&apos;s name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="70"/>
        <source>그룹명</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="75"/>
        <source>직인 이미지 고르기…</source>
        <translation>Choose seal image…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="77"/>
        <source>로고 고르기…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="79"/>
        <source>로고 빼기</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="82"/>
        <source>직인 (필수)</source>
        <translation>Seal (required)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="83"/>
        <source>로고 (선택)</source>
        <translation>Logo (optional)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="94"/>
        <source>직인은 투명 배경 PNG로, 대표자 이름 끝에 겹쳐 찍힙니다. 이미지는 이 PC의 데이터 폴더에 복사되며, 바꾸면 전의 직인도 옆에 보관합니다.</source>
        <translation>The official seal is a PNG with a transparent background, stamped over the end of the representative&apos;s name. The image is copied to this PC&apos;s data folder; when it is replaced, the previous seal is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="105"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="119"/>
        <source>없음</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="152"/>
        <source>PNG 이미지 (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="155"/>
        <source>직인 이미지 고르기</source>
        <translation>Choose the seal image</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="161"/>
        <source>로고 이미지 고르기</source>
        <translation>Choose the logo image</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="174"/>
        <source>이미지를 쓸 수 없습니다</source>
        <translation>Cannot use the image</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="193"/>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="196"/>
        <source>저장할 수 없습니다</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/issuer_dialog.py" line="207"/>
        <source>이미지를 저장할 수 없습니다</source>
        <translation>Cannot save the image</translation>
    </message>
</context>
<context>
    <name>KindEditDialog</name>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="66"/>
        <source>새 증명서 종류</source>
        <translation>New certificate kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="66"/>
        <source>증명서 종류 수정 - {0}</source>
        <translation>Edit certificate kind - {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="83"/>
        <source>예: 공동브랜드 참여확인서</source>
        <translation>e.g. Joint brand participation confirmation</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="85"/>
        <source>인증서에 크게 찍히는 제목, 예: 참여확인서</source>
        <translation>The large title on the certificate, e.g. Confirmation of Participation</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="90"/>
        <source>누르면 문구의 커서 자리에 넣습니다</source>
        <translation>Click to insert at the cursor in the statement</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="103"/>
        <source>자리표시 (누르면 넣기)</source>
        <translation>Placeholders (click to insert)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="109"/>
        <source>협업 과제가 있어야 발급 (과제명·역할을 씀)</source>
        <translation>Issued only for a collaboration project (uses project name and role)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="114"/>
        <source>{year}는 발급 연도, {seq:04d}는 그해의 일련번호(네 자리)입니다.</source>
        <translation>{year} is the year of issue, {seq:04d} the serial number within that year (four digits).</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="118"/>
        <source>사용 (발급할 때 고를 수 있음)</source>
        <translation>In use (can be chosen when issuing)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="120"/>
        <source>이름(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="121"/>
        <source>제목</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="122"/>
        <source>인증 문구</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="125"/>
        <source>번호 형식</source>
        <translation>Number format</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="130"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="186"/>
        <source>다음 번호 예: {0}</source>
        <translation>Next number, e.g. {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="210"/>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="213"/>
        <source>저장할 수 없습니다</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>KindTables</name>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tables.py" line="42"/>
        <source>회의 종류</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tables.py" line="42"/>
        <source>횟수</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tables.py" line="42"/>
        <source>평균 출석</source>
        <translation>Avg. attendance</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tables.py" line="42"/>
        <source>출석률</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tables.py" line="45"/>
        <source>성과 종류</source>
        <translation>Outcome kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tables.py" line="45"/>
        <source>건수</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tables.py" line="45"/>
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tables.py" line="49"/>
        <source>종류별 회의</source>
        <translation>Meetings by type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tables.py" line="50"/>
        <source>종류별 성과</source>
        <translation>Outcomes by kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/tables.py" line="80"/>
        <source>자료 없음</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>KindsDialog</name>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="226"/>
        <source>증명서 종류</source>
        <translation>Certificate kinds</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="231"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="231"/>
        <source>제목</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="231"/>
        <source>과제</source>
        <translation>Needs project</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="231"/>
        <source>사용</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="231"/>
        <source>발급</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="241"/>
        <source>추가…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="242"/>
        <source>수정…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="243"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="244"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="252"/>
        <source>기본 종류(협업인증서, 회원확인서)와 발급한 적이 있는 종류는 삭제할 수 없습니다. 쓰지 않으려면 &apos;사용&apos;을 끄십시오.</source>
        <translation>The built-in kinds (collaboration certificate, membership confirmation) and kinds that have been issued cannot be deleted. To stop using one, turn off &apos;In use&apos;.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="273"/>
        <source>예</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="273"/>
        <source>아니요</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="276"/>
        <source> (기본)</source>
        <translation> (built-in)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="330"/>
        <source>증명서 종류 삭제</source>
        <translation>Delete certificate kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/kinds_dialog.py" line="330"/>
        <source>&apos;{0}&apos; 종류를 삭제하시겠습니까?</source>
        <translation>Delete the kind &apos;{0}&apos;?</translation>
    </message>
</context>
<context>
    <name>LockBar</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/lock_bar.py" line="27"/>
        <source>잠금 해제…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/lock_bar.py" line="28"/>
        <source>조정 암호를 입력하면 이 창을 닫을 때까지 기록이 보입니다</source>
        <translation>Enter the mediation password to see the records until this window is closed</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/lock_bar.py" line="30"/>
        <source>잠그기</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/lock_bar.py" line="31"/>
        <source>자리를 비울 때: 다시 사건번호와 상태만 보이게 합니다</source>
        <translation>When you leave your desk: show only case numbers and statuses again</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/lock_bar.py" line="45"/>
        <source>분쟁조정 기록은 암호로 보호됩니다 — 잠금을 해제할 때까지 사건번호와 상태만 보입니다.</source>
        <translation>The mediation records are password-protected — until you unlock them, only case numbers and statuses are shown.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/lock_bar.py" line="49"/>
        <source>잠금 해제됨: 이 창을 닫거나 &apos;잠그기&apos;를 누를 때까지 분쟁조정 기록이 보입니다.</source>
        <translation>Unlocked: the mediation records are shown until you close this window or click &apos;Lock&apos;.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/lock_bar.py" line="53"/>
        <source>조정 암호가 설정되어 있지 않아 이 데이터베이스를 여는 누구나 분쟁조정 기록을 볼 수 있습니다. 설정 → 조정 암호 설정…에서 정할 수 있습니다.</source>
        <translation>No mediation password is set, so anyone who opens this database can see the mediation records. To set one: Settings → Mediation password…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="92"/>
        <source>CollabDesk — 협업그룹 사무국</source>
        <translation>CollabDesk — Collaboration Group Secretariat</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="94"/>
        <source>데이터베이스를 여는 중…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="95"/>
        <location filename="../../collabdesk/ui/main_window.py" line="127"/>
        <source>현황</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="128"/>
        <source>회원사 명부</source>
        <translation>Member Directory</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="130"/>
        <source>회의록</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="134"/>
        <source>협업 컨소시엄</source>
        <translation>Consortia</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="139"/>
        <location filename="../../collabdesk/ui/main_window.py" line="283"/>
        <source>증명서</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="142"/>
        <source>분쟁조정</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="161"/>
        <source> (읽기 전용)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="164"/>
        <source>읽기 전용: 다른 CollabDesk가 이 데이터베이스를 쓰고 있어 볼 수만 있습니다. {0}</source>
        <translation>Read-only: another CollabDesk is writing this database, so it can only be viewed. {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="168"/>
        <source>데이터베이스: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="178"/>
        <source>파일(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="180"/>
        <source>명부 가져오기…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="181"/>
        <source>명부 내보내기…</source>
        <translation>Export roster…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="182"/>
        <source>가져오기 양식 저장…</source>
        <translation>Save import template…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="183"/>
        <source>가져오기 기록…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="193"/>
        <source>백업과 복원…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="198"/>
        <source>샘플 데이터 채우기…</source>
        <translation>Fill In Sample Data…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="202"/>
        <source>끝내기</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="207"/>
        <source>도구(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="208"/>
        <source>통합 검색…</source>
        <translation>Global search…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="210"/>
        <source>회원사, 담당자, 회의록, 과제, 증명서를 한 번에 찾습니다</source>
        <translation>Search members, contacts, minutes, projects and certificates at once</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="215"/>
        <source>최근 변경 이력…</source>
        <translation>Recent changes…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="219"/>
        <source>증명서 확인…</source>
        <translation>Verify certificate…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="221"/>
        <source>번호와 확인코드로 증명서가 진짜인지 확인합니다</source>
        <translation>Check by number and verification code that a certificate is genuine</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="225"/>
        <source>설정…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="230"/>
        <source>도움말(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="231"/>
        <location filename="../../collabdesk/ui/main_window.py" line="491"/>
        <source>CollabDesk 정보</source>
        <translation>About CollabDesk</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="283"/>
        <source>읽기 전용으로 열어 증명서를 발급할 수 없습니다.</source>
        <translation>The database is open read-only, so certificates cannot be issued.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="345"/>
        <source>찾는 기록이 없습니다 (삭제되었을 수 있습니다)</source>
        <translation>The record was not found (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="418"/>
        <source>샘플 데이터</source>
        <translation>Sample Data</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="418"/>
        <source>샘플 회원사 {0}곳을 추가했습니다.</source>
        <translation>Added {0} sample member companies.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="423"/>
        <source>샘플 데이터를 채우는 중…</source>
        <translation>Filling in sample data…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="493"/>
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
    <name>MappingPage</name>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="84"/>
        <source>회사명</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="85"/>
        <source>대표자</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="86"/>
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="87"/>
        <source>법인등록번호</source>
        <translation>Corporate reg. no.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="88"/>
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="89"/>
        <source>KSIC 코드</source>
        <translation>KSIC code</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="90"/>
        <source>전문역량/주요제품</source>
        <translation>Capabilities/products</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="91"/>
        <source>우편번호</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="92"/>
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="93"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="94"/>
        <source>팩스</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="95"/>
        <source>이메일</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="96"/>
        <source>홈페이지</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="97"/>
        <source>설립일</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="98"/>
        <source>매출액</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="99"/>
        <source>종업원수</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="100"/>
        <source>가입일</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="101"/>
        <source>탈퇴일</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="102"/>
        <source>회원구분</source>
        <translation>Member class</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="103"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="104"/>
        <source>소속그룹</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="105"/>
        <source>비고</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="244"/>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="458"/>
        <source>열 지정</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="247"/>
        <source>파일의 각 열을 어느 항목으로 가져올지 확인하십시오. 자주 쓰는 지정은 이름을 붙여 저장해 두면 다음에 그대로 씁니다.</source>
        <translation>Check which field each column of the file goes to. Save a mapping you use often under a name to reuse it next time.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="257"/>
        <source>지정 저장…</source>
        <translation>Save mapping…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="259"/>
        <source>지정 삭제</source>
        <translation>Delete mapping</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="262"/>
        <source>저장된 열 지정</source>
        <translation>Saved mappings</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="269"/>
        <source>열</source>
        <translation>Col.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="269"/>
        <source>파일의 열 제목</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="269"/>
        <source>첫 자료</source>
        <translation>First values</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="269"/>
        <source>가져올 항목</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="280"/>
        <source>건너뛰기 (등록된 내용을 그대로 둠)</source>
        <translation>Skip (keep what is registered)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="282"/>
        <source>파일 내용으로 수정 (빈 칸은 지우지 않음)</source>
        <translation>Update from the file (empty cells erase nothing)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="289"/>
        <source>이미 등록된 사업자등록번호:</source>
        <translation>Business numbers already registered:</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="299"/>
        <source>머리글 행</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="325"/>
        <source>&apos;{0}&apos; 시트 · 머리글 {1}행 · 그 아래 {2}행</source>
        <translation>Sheet &apos;{0}&apos; · header in row {1} · {2} rows below it</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="346"/>
        <source>(자동 지정)</source>
        <translation>(automatic)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="367"/>
        <source>(가져오지 않음)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="385"/>
        <source>&apos;{0}&apos; 열의 금액에 {1:,}을 곱해 원 단위로 저장합니다.</source>
        <translation>Amounts in column &apos;{0}&apos; are multiplied by {1:,} and stored in won.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="422"/>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="428"/>
        <source>열 지정 저장</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="422"/>
        <source>이 열 지정의 이름 (예: 시청 제출 양식)</source>
        <translation>Name of this mapping (e.g. city hall form)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="429"/>
        <source>&apos;{0}&apos; 지정을 지금 내용으로 바꿀까요?</source>
        <translation>Replace mapping &apos;{0}&apos; with the current one?</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="448"/>
        <source>열 지정 삭제</source>
        <translation>Delete mapping</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="448"/>
        <source>&apos;{0}&apos; 지정을 삭제할까요?</source>
        <translation>Delete mapping &apos;{0}&apos;?</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="464"/>
        <source>행을 검사하는 중…</source>
        <translation>Checking rows…</translation>
    </message>
</context>
<context>
    <name>MediatorEditDialog</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="49"/>
        <source>조정위원 추가</source>
        <translation>Add mediator</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="49"/>
        <source>조정위원 수정</source>
        <translation>Edit mediator</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="56"/>
        <source>예: 경기테크노파크 기업지원본부장</source>
        <translation>e.g. Director, Gyeonggi Technopark</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="58"/>
        <source>지금 조정위원으로 활동함</source>
        <translation>Currently active as a mediator</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="61"/>
        <source>성명(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="62"/>
        <source>소속·직위</source>
        <translation>Organisation / position</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="63"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>MediatorsDialog</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="90"/>
        <source>조정위원 관리</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="97"/>
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="97"/>
        <source>소속·직위</source>
        <translation>Organisation / position</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="97"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="97"/>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="140"/>
        <source>활동</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="97"/>
        <source>맡은 사건</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="107"/>
        <source>추가…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="108"/>
        <source>수정…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="109"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="111"/>
        <source>사건을 맡은 적이 있는 조정위원은 삭제하지 않고 &apos;활동&apos;을 끕니다</source>
        <translation>A mediator who has handled cases is not deleted; &apos;Active&apos; is turned off instead</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="113"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="140"/>
        <source>활동 안 함</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="141"/>
        <source>{0}건</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="197"/>
        <source>조정위원 삭제</source>
        <translation>Delete mediator</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="198"/>
        <source>&apos;{0}&apos; 조정위원을 목록에서 삭제하시겠습니까?</source>
        <translation>Delete the mediator &apos;{0}&apos; from the list?</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/mediators_dialog.py" line="205"/>
        <source>삭제할 수 없습니다</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="113"/>
        <source>새 회의</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="113"/>
        <source>회의 기록 - {0}</source>
        <translation>Meeting record - {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="138"/>
        <source>기본 정보</source>
        <translation>Basics</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="139"/>
        <source>출석</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="140"/>
        <source>안건·의결</source>
        <translation>Agenda and resolutions</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="141"/>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="355"/>
        <source>후속조치</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="159"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="161"/>
        <source>저장합니다 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="173"/>
        <source>(그룹 없음: 연합회 전체)</source>
        <translation>(No group: the whole federation)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="181"/>
        <source>소집 통지일</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="193"/>
        <source>예: 의장이 성원을 확인하고 개회를 선언함.</source>
        <translation>E.g. The chair confirmed the quorum and opened the meeting.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="195"/>
        <source>회의 종류</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="196"/>
        <source>회의명</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="197"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="198"/>
        <source>일시</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="199"/>
        <source>장소</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="200"/>
        <source>의장</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="201"/>
        <source>서기</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="203"/>
        <source>개회</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="204"/>
        <source>폐회</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="245"/>
        <source>선택한 회원사:</source>
        <translation>Selected companies:</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="247"/>
        <source>참석</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="248"/>
        <source>불참</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="249"/>
        <source>대리참석</source>
        <translation>Represented</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="255"/>
        <source>위임은 상태 칸에서 고르고, 위임받은 회원사를 지정합니다.</source>
        <translation>For a proxy, choose &quot;Proxy given&quot; in the status cell and pick the proxy holder.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="258"/>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="416"/>
        <source>명단 다시 맞추기</source>
        <translation>Update the roll</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="261"/>
        <source>그룹에 새로 들어온 회원사를 명단에 더합니다. 적어 둔 출석은 그대로입니다.</source>
        <translation>Adds companies that joined the group since; attendance already entered stays.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="273"/>
        <source>내빈 (회원사가 아닌 참석자: 강사, 협력기관 등)</source>
        <translation>Guests (attendees who are not members: speakers, partner agencies …)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="287"/>
        <source>안건과 논의 내용</source>
        <translation>Agenda and discussion</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="288"/>
        <source>의결사항 (제1호 의안부터 차례로)</source>
        <translation>Resolutions (numbered from No. 1)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="295"/>
        <source>이번 회의에서 끝났다고 보고된 조치는 상태를 &apos;완료&apos;로 바꾸십시오. 이 회의를 저장할 때 회의 날짜로 완료 처리됩니다.</source>
        <translation>Set items reported finished at this meeting to &apos;Done&apos;; they are closed as of the meeting&apos;s date when this meeting is saved.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="303"/>
        <source>지난 회의에서 넘어온 미완료 후속조치</source>
        <translation>Open action items from earlier meetings</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="304"/>
        <source>이번 회의의 후속조치</source>
        <translation>Action items of this meeting</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="353"/>
        <source>후속조치 (미완료 {0})</source>
        <translation>Action items ({0} open)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="368"/>
        <source>{0}년 {1}월 {2}</source>
        <translation>{2} {1}/{0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="393"/>
        <source>그룹 변경</source>
        <translation>Change group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="395"/>
        <source>참석 명단을 새 그룹의 회원사로 바꿉니다. 지금 적어 둔 출석은 지워집니다. 계속하시겠습니까?</source>
        <translation>The roll will be replaced by the new group&apos;s member companies and the attendance entered so far will be cleared. Continue?</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="417"/>
        <source>회원사 {0}곳을 명단에 더했습니다.</source>
        <translation>Added {0} member companies to the roll.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="419"/>
        <source>명단이 이미 그룹의 회원사와 같습니다.</source>
        <translation>The roll already matches the group&apos;s member companies.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="439"/>
        <source>출석 ({0}/{1}, 위임 {2})</source>
        <translation>Attendance ({0}/{1}, proxies {2})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="443"/>
        <source>출석 ({0}/{1})</source>
        <translation>Attendance ({0}/{1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="452"/>
        <source>참석 명단이 비어 있습니다.</source>
        <translation>The roll is empty.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="460"/>
        <source>찬성·반대 수를 입력하십시오</source>
        <translation>Enter the votes for and against</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="527"/>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="539"/>
        <source>저장할 수 없습니다</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="554"/>
        <source>저장하지 않음</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/editor.py" line="555"/>
        <source>저장하지 않은 내용이 있습니다. 저장하지 않고 닫으시겠습니까?</source>
        <translation>There are unsaved changes. Close without saving?</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../collabdesk/ui/meetings/list_model.py" line="18"/>
        <source>일시</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/list_model.py" line="19"/>
        <source>종류</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/list_model.py" line="20"/>
        <source>회의명</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/list_model.py" line="21"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/list_model.py" line="22"/>
        <source>출석/재적</source>
        <translation>Present/roll</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/list_model.py" line="45"/>
        <source>{0} / {1} (위임 {2})</source>
        <translation>{0} / {1} (proxies {2})</translation>
    </message>
</context>
<context>
    <name>MeetingSummary</name>
    <message>
        <location filename="../../collabdesk/ui/meetings/summary.py" line="26"/>
        <source>종류</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/summary.py" line="27"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/summary.py" line="28"/>
        <source>일시</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/summary.py" line="29"/>
        <source>장소</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/summary.py" line="30"/>
        <source>의장</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/summary.py" line="31"/>
        <source>서기</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/summary.py" line="47"/>
        <source>안건</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/summary.py" line="54"/>
        <source>의결사항</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/summary.py" line="61"/>
        <source>제{0}호</source>
        <translation>No. {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/summary.py" line="62"/>
        <source>찬성 {0} · 반대 {1} · 기권 {2}</source>
        <translation>for {0} · against {1} · abstain {2}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/summary.py" line="66"/>
        <source>가결</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/summary.py" line="68"/>
        <source>부결</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/summary.py" line="71"/>
        <source>(직접 지정)</source>
        <translation>(set by hand)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/summary.py" line="80"/>
        <source>후속조치</source>
        <translation>Action items</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="61"/>
        <source>회의록 전체 검색: 회의명, 안건, 논의 내용, 참석자 … (Ctrl+F)</source>
        <translation>Search all minutes: title, agenda, discussion, attendees … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="71"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="73"/>
        <source>연도</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="76"/>
        <source>새 회의</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="77"/>
        <source>새 회의를 기록합니다 (Ctrl+N)</source>
        <translation>Record a new meeting (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="78"/>
        <source>열기·수정</source>
        <translation>Open/edit</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="79"/>
        <source>선택한 회의를 엽니다 (Enter)</source>
        <translation>Open the selected meeting (Enter)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="80"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="81"/>
        <source>선택한 회의를 삭제합니다 (Delete)</source>
        <translation>Delete the selected meeting (Delete)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="82"/>
        <source>회의록 인쇄·PDF</source>
        <translation>Print/PDF</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="83"/>
        <source>미리 보기에서 인쇄합니다 (Ctrl+P)</source>
        <translation>Print from the preview (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="86"/>
        <source>회의록 미리 보기·인쇄…</source>
        <translation>Preview and print the minutes…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="89"/>
        <source>회의록 인쇄…</source>
        <translation>Print the minutes…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="92"/>
        <source>회의록 PDF로 저장…</source>
        <translation>Save the minutes as PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="96"/>
        <source>참석자 서명부 미리 보기·인쇄…</source>
        <translation>Preview and print the sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="100"/>
        <source>참석자 서명부 인쇄…</source>
        <translation>Print the sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="103"/>
        <source>참석자 서명부 PDF로 저장…</source>
        <translation>Save the sign-in sheet as PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="106"/>
        <source>출석률</source>
        <translation>Attendance rates</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="107"/>
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="109"/>
        <source>회의 종류 관리…</source>
        <translation>Meeting types…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="110"/>
        <source>의결 기준 관리…</source>
        <translation>Voting rules…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="111"/>
        <source>회의록 문구 관리…</source>
        <translation>Minutes phrases…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="172"/>
        <source>전체</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="179"/>
        <source>{0}년</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="200"/>
        <source>회의 {0}건</source>
        <translation>{0} meetings</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="247"/>
        <source>&lt;p style=&apos;color:#666&apos;&gt;회의를 고르면 여기에 요약이 보입니다.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Choose a meeting to see its summary here.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="250"/>
        <source>&lt;p style=&apos;color:#666&apos;&gt;찾은 회의가 없습니다. &apos;새 회의&apos;로 기록을 시작하십시오.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;No meetings found. Start a record with &apos;New meeting&apos;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="299"/>
        <source>&apos;{0}&apos; ({1}) 회의를 삭제하시겠습니까?
출석, 안건, 의결사항, 후속조치도 함께 삭제되며 되돌릴 수 없습니다.</source>
        <translation>Delete the meeting &apos;{0}&apos; ({1})?
Its attendance, agenda, resolutions and action items are deleted too, and this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="301"/>
        <source>회의 삭제</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="330"/>
        <source>회의 종류 관리</source>
        <translation>Meeting types</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/tab.py" line="330"/>
        <source>{0} ({1}건)</source>
        <translation>{0} ({1} meetings)</translation>
    </message>
</context>
<context>
    <name>MemberCertificatesPanel</name>
    <message>
        <location filename="../../collabdesk/ui/certificates/member_certificates.py" line="47"/>
        <source>발급한 증명서 {0}건 (유효 {1}건). 발급·취소·재발급은 증명서 탭에서 합니다.</source>
        <translation>{0} certificate(s) issued ({1} valid). Issue, revoke and reissue in the Certificates tab.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/member_certificates.py" line="51"/>
        <source>이 회원사에 발급한 증명서가 없습니다.</source>
        <translation>No certificates have been issued to this member.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/member_certificates.py" line="60"/>
        <source>증명서</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>MemberFormDialog</name>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="251"/>
        <source>회원사 추가</source>
        <translation>Add Member Company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="251"/>
        <source>회원사 정보 수정</source>
        <translation>Edit Member Company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="264"/>
        <source>회사명</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="265"/>
        <source>대표자</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="266"/>
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="267"/>
        <source>법인등록번호</source>
        <translation>Corporate reg. no.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="268"/>
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="269"/>
        <source>KSIC 코드</source>
        <translation>KSIC code</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="270"/>
        <source>전문역량/주요제품</source>
        <translation>Competences/products</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="271"/>
        <source>우편번호</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="272"/>
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="273"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="274"/>
        <source>팩스</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="275"/>
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="276"/>
        <source>홈페이지</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="277"/>
        <source>설립일</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="278"/>
        <source>매출액 (원)</source>
        <translation>Sales (KRW)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="279"/>
        <source>종업원수</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="280"/>
        <source>가입일</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="281"/>
        <source>탈퇴일</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="282"/>
        <source>회원구분</source>
        <translation>Membership class</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="283"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="284"/>
        <source>소속그룹</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="285"/>
        <source>비고</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="286"/>
        <source>담당자</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="298"/>
        <source>예: C29199</source>
        <translation>e.g. C29199</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="299"/>
        <source>쉼표로 구분: CNC 가공, 금형</source>
        <translation>Comma-separated: CNC machining, molds</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="305"/>
        <source>예: 1,250,000,000</source>
        <translation>e.g. 1,250,000,000</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="312"/>
        <source>2019-06-01, 2019.06.01, 20190601 처럼 입력합니다. 모르면 비워 두십시오.</source>
        <translation>Enter as 2019-06-01, 2019.06.01 or 20190601. Leave empty if unknown.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="324"/>
        <source>활동</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="325"/>
        <source>휴면</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="326"/>
        <source>탈퇴</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="336"/>
        <source>기본 정보</source>
        <translation>Basic Information</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="337"/>
        <source>연락처·담당자</source>
        <translation>Address and Contacts</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="338"/>
        <source>소속그룹·비고</source>
        <translation>Groups and Notes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="350"/>
        <source>* 표시는 꼭 입력해야 하는 항목입니다.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="362"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="367"/>
        <source>(선택 안 함)</source>
        <translation>(None)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="624"/>
        <source>저장하지 못했습니다</source>
        <translation>Could Not Save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="631"/>
        <source>다른 사용자가 먼저 수정함</source>
        <translation>Changed by Another User</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="633"/>
        <source>다른 사용자가 먼저 수정했습니다. 지금 입력한 내용은 아직 저장되지 않았습니다.

다시 불러오기: 다른 사용자가 저장한 최신 내용을 불러옵니다. 지금 입력한 내용은 사라집니다.
계속 수정: 입력한 내용을 그대로 둡니다. 필요한 내용을 옮겨 적은 뒤 다시 불러와야 저장할 수 있습니다.</source>
        <translation>Another user changed this member company first. What you entered has not been saved yet.

Reload: load the latest version the other user saved. What you entered will be lost.
Keep Editing: keep what you entered. Note down what you need; you can only save after reloading.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="639"/>
        <source>다시 불러오기</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="640"/>
        <source>계속 수정</source>
        <translation>Keep Editing</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="669"/>
        <source>저장하지 못했습니다. 빨간 글씨로 표시된 항목을 고쳐 주십시오.</source>
        <translation>Could not save. Please correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="710"/>
        <source>변경 내용 버리기</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/form.py" line="711"/>
        <source>저장하지 않은 변경 내용이 있습니다. 변경 내용을 버리고 닫으시겠습니까?</source>
        <translation>There are unsaved changes. Discard them and close?</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <location filename="../../collabdesk/ui/member_picker.py" line="38"/>
        <source>회원사 선택</source>
        <translation>Choose a member</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/member_picker.py" line="47"/>
        <source>회사명, 사업자등록번호, 대표자, 전문역량으로 찾기</source>
        <translation>Search by company name, business number, CEO or competence</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/member_picker.py" line="55"/>
        <source>선택</source>
        <translation>Choose</translation>
    </message>
    <message numerus="yes">
        <location filename="../../collabdesk/ui/member_picker.py" line="75"/>
        <source>%n개 회사</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../collabdesk/ui/member_picker.py" line="77"/>
        <source>처음 %n개만 표시합니다. 더 입력해 좁혀 주십시오.</source>
        <translation>
            <numerusform>Showing the first %n only. Type more to narrow it down.</numerusform>
            <numerusform>Showing the first %n only. Type more to narrow it down.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="33"/>
        <source>회사명</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="34"/>
        <source>대표자</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="35"/>
        <source>사업자등록번호</source>
        <translation>Business Reg. No.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="36"/>
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="37"/>
        <source>회원구분</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="38"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="39"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="40"/>
        <source>전문역량/주요제품</source>
        <translation>Competences/Products</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="41"/>
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="42"/>
        <source>가입일</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="43"/>
        <source>매출액(원)</source>
        <translation>Sales (KRW)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/table_model.py" line="44"/>
        <source>종업원수</source>
        <translation>Employees</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="74"/>
        <source>회사명, 대표자, 사업자등록번호, 전문역량, 주소, 담당자 검색 (Ctrl+F)</source>
        <translation>Search company, CEO, reg. no., competences, address, contact (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="83"/>
        <source>재적(활동·휴면)</source>
        <translation>Current (active/dormant)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="88"/>
        <source>필터 초기화</source>
        <translation>Reset Filters</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="94"/>
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="95"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="96"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="97"/>
        <source>회원구분</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="103"/>
        <source>회원사 추가</source>
        <translation>Add Member</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="104"/>
        <source>수정</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="105"/>
        <location filename="../../collabdesk/ui/members/tab.py" line="397"/>
        <location filename="../../collabdesk/ui/members/tab.py" line="413"/>
        <source>탈퇴 처리</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="106"/>
        <source>활동으로 복귀</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="107"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="108"/>
        <source>그룹 관리</source>
        <translation>Manage Groups</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="109"/>
        <location filename="../../collabdesk/ui/members/tab.py" line="446"/>
        <source>업종 관리</source>
        <translation>Manage Industries</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="110"/>
        <location filename="../../collabdesk/ui/members/tab.py" line="446"/>
        <source>회원구분 관리</source>
        <translation>Manage Classes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="111"/>
        <source>새 회원사를 추가합니다 (Ctrl+N)</source>
        <translation>Add a new member company (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="112"/>
        <source>선택한 회원사를 수정합니다 (Enter)</source>
        <translation>Edit the selected member company (Enter)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="113"/>
        <source>선택한 회원사를 완전히 삭제합니다 (Delete)</source>
        <translation>Permanently delete the selected member company (Delete)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="217"/>
        <source>전체</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="246"/>
        <source>검색 결과 {0}개사</source>
        <translation>{0} companies found</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="311"/>
        <source>통계 계산</source>
        <translation>Calculating statistics</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="398"/>
        <source>&apos;{0}&apos;을(를) 탈퇴 처리합니다. 탈퇴일을 입력해 주십시오 (예: 2026-11-24).</source>
        <translation>Withdraw &apos;{0}&apos;. Please enter the withdrawal date (e.g. 2026-11-24).</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="410"/>
        <source>탈퇴일을 입력해 주십시오.</source>
        <translation>Please enter the withdrawal date.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="429"/>
        <source>&apos;{0}&apos;({1})을(를) 완전히 삭제하시겠습니까?
담당자와 그룹 소속도 함께 삭제되며 되돌릴 수 없습니다.
회원사가 탈퇴한 경우에는 삭제 대신 &apos;탈퇴 처리&apos;를 사용하십시오.</source>
        <translation>Permanently delete &apos;{0}&apos; ({1})?
Its contact persons and group memberships are deleted too. This cannot be undone.
If the member company has left, use &apos;Withdraw&apos; instead of deleting.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/tab.py" line="432"/>
        <source>회원사 삭제</source>
        <translation>Delete Member Company</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="66"/>
        <source>마일스톤</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="66"/>
        <source>마일스톤 추가</source>
        <translation>Add milestone</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="69"/>
        <source>예: 시제품 1차 완성</source>
        <translation>e.g. first prototype finished</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="70"/>
        <source>정함</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="72"/>
        <source>완료</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="75"/>
        <source>내용(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="76"/>
        <source>예정일</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="77"/>
        <source>완료일</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="90"/>
        <source>저장할 수 없습니다</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>MissingMembersDialog</name>
    <message>
        <location filename="../../collabdesk/ui/dashboard/reminders_panel.py" line="231"/>
        <source>{0} 없는 회원사</source>
        <translation>Members without {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/reminders_panel.py" line="232"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/reminders_panel.py" line="238"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/reminders_panel.py" line="264"/>
        <source>{0} 칸이 비어 있는 회원사 {1}곳입니다. 두 번 누르거나 Enter를 누르면 회원사 정보 수정 창이 열립니다.</source>
        <translation>{1} member companies have no {0}. Double-click one or press Enter to edit it.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/reminders_panel.py" line="267"/>
        <source>{0} 칸이 비어 있는 회원사가 없습니다.</source>
        <translation>No member company is missing {0}.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../collabdesk/ui/catalog_dialog.py" line="107"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>OutcomeAgreementDialog</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/outcome_dialog.py" line="78"/>
        <source>조정 결과로 새 협약 버전 - {0}</source>
        <translation>New agreement version from the outcome - {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/outcome_dialog.py" line="82"/>
        <source>조정 내용 ({0})</source>
        <translation>Agreed terms ({0})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/outcome_dialog.py" line="87"/>
        <location filename="../../collabdesk/ui/disputes/outcome_dialog.py" line="131"/>
        <source>조정 결과에 따른 변경</source>
        <translation>Changed as settled in mediation</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/outcome_dialog.py" line="92"/>
        <source>저장하면 이 버전이 사건 {0}의 조정 결과로 연결됩니다.</source>
        <translation>On saving, this version is linked to the outcome of case {0}.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/outcome_dialog.py" line="136"/>
        <location filename="../../collabdesk/ui/disputes/outcome_dialog.py" line="141"/>
        <source>저장할 수 없습니다</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="101"/>
        <source>성과 추가</source>
        <translation>Add outcome</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="107"/>
        <source>예: 10,000,000 (없으면 비워 둡니다)</source>
        <translation>e.g. 10,000,000 (leave empty if none)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="114"/>
        <source>예: 미국 A사와 3년 공급 계약</source>
        <translation>e.g. three-year supply contract with a US buyer</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="123"/>
        <source>종류(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="124"/>
        <source>날짜</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="125"/>
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="126"/>
        <source>내용</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="127"/>
        <source>참여 기업</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="152"/>
        <source>저장할 수 없습니다</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/outcome_dialog.py" line="39"/>
        <source>조정 결과 - {0}</source>
        <translation>Outcome - {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/outcome_dialog.py" line="42"/>
        <source>당사자가 합의한 조정 내용을 항목별로 적습니다. 조정조서에 그대로 인쇄됩니다.</source>
        <translation>Write down the terms the parties agreed, item by item. They are printed on the mediation record as written.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/outcome_dialog.py" line="49"/>
        <source>예: 1. 피신청인은 신청인에게 28,000,000원을 2025년 12월 15일까지 지급한다.</source>
        <translation>e.g. 1. The respondent pays the applicant KRW 28,000,000 by 15 December 2025.</translation>
    </message>
</context>
<context>
    <name>OutcomeSummaryDialog</name>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="38"/>
        <source>연도별 협업 성과 요약</source>
        <translation>Yearly outcome summary</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="44"/>
        <source>전체</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="49"/>
        <source>연도</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="51"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="54"/>
        <source>PDF 미리 보기·인쇄…</source>
        <translation>PDF preview and print…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="55"/>
        <source>PDF로 저장…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="56"/>
        <source>Excel로 저장…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="65"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="89"/>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="114"/>
        <source>{0}년 협업 성과</source>
        <translation>Collaboration outcomes {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="90"/>
        <source>진행된 과제 {0}건</source>
        <translation>{0} projects running</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="93"/>
        <source>이 해에 기록된 성과가 없습니다.</source>
        <translation>No outcomes recorded in this year.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="96"/>
        <source>성과 종류</source>
        <translation>Outcome kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="96"/>
        <source>건수</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="96"/>
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="125"/>
        <source>성과 요약 PDF를 만드는 중…</source>
        <translation>Making the outcome summary PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="133"/>
        <source>성과 요약 Excel로 저장</source>
        <translation>Save outcome summary as Excel</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="133"/>
        <source>성과 요약 PDF로 저장</source>
        <translation>Save outcome summary as PDF</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="135"/>
        <source>Excel 통합 문서 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="135"/>
        <source>PDF 문서 (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="145"/>
        <source>성과 요약</source>
        <translation>Outcome summary</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/summary_dialog.py" line="146"/>
        <source>성과 요약을 저장하는 중…</source>
        <translation>Saving the outcome summary…</translation>
    </message>
</context>
<context>
    <name>ParentPickerDialog</name>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="67"/>
        <source>상위 그룹 변경</source>
        <translation>Change Parent</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="70"/>
        <source>(최상위)</source>
        <translation>(Top level)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/groups_dialog.py" line="89"/>
        <source>&apos;{0}&apos; 그룹을 어디 아래로 옮길지 고르십시오.</source>
        <translation>Choose where to move the group &apos;{0}&apos;.</translation>
    </message>
</context>
<context>
    <name>PartiesModel</name>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="58"/>
        <source>참여자</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="59"/>
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="60"/>
        <source>역할</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="61"/>
        <source>지분(%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="115"/>
        <source>(두 번 눌러 역할 고르기)</source>
        <translation>(double-click to choose roles)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="125"/>
        <source>회원사 명부의 회사입니다. 이름은 명부에서 바뀝니다.</source>
        <translation>A company from the member directory; its name is changed in the directory.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="127"/>
        <source>두 번 누르거나 &apos;역할…&apos; 단추로 역할을 고릅니다.</source>
        <translation>Double-click or use the &apos;Roles…&apos; button to choose roles.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="129"/>
        <source>비워 두면 지분을 정하지 않습니다. 예: 33.5</source>
        <translation>Leave empty to set no share. e.g. 33.5</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="72"/>
        <source>협력사 찾기</source>
        <translation>Find partners</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="86"/>
        <source>역할을 고르거나 입력</source>
        <translation>Choose or type a role</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="90"/>
        <source>필요한 역할</source>
        <translation>Role needed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="93"/>
        <source>지금 협약에 참여하는 회원사 %n곳은 빼고 찾습니다.</source>
        <translation>
            <numerusform>Leaves out the %n member already in the agreement.</numerusform>
            <numerusform>Leaves out the %n members already in the agreement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="114"/>
        <source>협약에 추가…</source>
        <translation>Add to agreement…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="116"/>
        <source>고른 회사를 넣은 새 협약 버전을 씁니다</source>
        <translation>Write a new agreement version including the chosen company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="118"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="150"/>
        <source>역할을 고르거나 입력하십시오.</source>
        <translation>Choose or type a role.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="152"/>
        <source>이 역할에 맞는 회원사를 찾지 못했습니다.</source>
        <translation>No member company fits this role.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="154"/>
        <source>맞는 회원사 %n곳 (점수 높은 순)</source>
        <translation>
            <numerusform>%n matching member (best first)</numerusform>
            <numerusform>%n matching members (best first)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="172"/>
        <source>역할 &apos;{0}&apos;이(가) 역할 목록에 없습니다. 목록에 있는 역할을 고르거나, 설정에서 먼저 추가하십시오.</source>
        <translation>The role &apos;{0}&apos; is not in the role list. Choose a listed role, or add it in the settings first.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="175"/>
        <source>협약에 추가</source>
        <translation>Add to agreement</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="186"/>
        <source>{0} 참여 ({1})</source>
        <translation>{0} joins ({1})</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="43"/>
        <source>분쟁조정 기록 잠금 해제</source>
        <translation>Unlock mediation records</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="48"/>
        <source>분쟁조정 기록은 조정 암호로 보호됩니다. 조정 암호를 입력하십시오.</source>
        <translation>The mediation records are protected by the mediation password. Enter the mediation password.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="54"/>
        <source>조정 암호(&amp;P)</source>
        <translation>Mediation &amp;password</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="59"/>
        <source>잠금 해제</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>PasswordSettingsDialog</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="131"/>
        <source>조정 암호 변경</source>
        <translation>Change mediation password</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="131"/>
        <source>조정 암호 설정</source>
        <translation>Set mediation password</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="97"/>
        <source>조정 암호를 정하면 암호를 아는 사람만 분쟁조정 기록의 내용을 볼 수 있습니다. 암호를 모르면 사건번호와 상태만 보입니다. 암호는 이 데이터베이스를 쓰는 모든 PC에 적용되며, 잊으면 되찾을 수 없으니 따로 잘 보관하십시오.</source>
        <translation>With a mediation password, only those who know it can read the mediation records; others see case numbers and statuses only. The password applies on every PC that uses this database and cannot be recovered if forgotten, so keep it safe somewhere else.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="107"/>
        <source>{0}자 이상</source>
        <translation>At least {0} characters</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="109"/>
        <source>조정 암호를 없앱니다 (누구나 기록을 볼 수 있게 됩니다)</source>
        <translation>Remove the mediation password (anyone can then see the records)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="113"/>
        <source>지금 암호(&amp;C)</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="114"/>
        <source>새 암호(&amp;N)</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="115"/>
        <source>새 암호 확인(&amp;R)</source>
        <translation>&amp;Repeat new password</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="152"/>
        <source>그사이 다른 PC에서 조정 암호를 정했습니다. 그 암호를 &apos;지금 암호&apos;에 입력하십시오.</source>
        <translation>Meanwhile a mediation password was set on another PC. Enter it under &apos;Current password&apos;.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="176"/>
        <source>그사이 다른 PC에서 조정 암호를 없앴습니다. 새 암호를 정하려면 새 암호를 입력하십시오.</source>
        <translation>Meanwhile the mediation password was removed on another PC. To set a new one, enter the new password.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="185"/>
        <source>조정 암호 없애기</source>
        <translation>Remove mediation password</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="187"/>
        <source>조정 암호를 없애면 이 데이터베이스를 여는 누구나 분쟁조정 기록을 볼 수 있습니다. 없애시겠습니까?</source>
        <translation>Without a mediation password, anyone who opens this database can see the mediation records. Remove it?</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/unlock.py" line="203"/>
        <source>새 암호 두 칸이 서로 다릅니다. 같은 암호를 두 번 입력하십시오.</source>
        <translation>The two new passwords differ. Enter the same password twice.</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../collabdesk/ui/roster/plan_model.py" line="24"/>
        <source>신규</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/plan_model.py" line="25"/>
        <source>변경</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/plan_model.py" line="26"/>
        <source>동일</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/plan_model.py" line="27"/>
        <source>건너뜀</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/plan_model.py" line="28"/>
        <source>오류</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/plan_model.py" line="29"/>
        <source>제외</source>
        <translation>Left out</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/plan_model.py" line="32"/>
        <source>행</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/plan_model.py" line="33"/>
        <source>결과</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/plan_model.py" line="34"/>
        <source>회사명</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/plan_model.py" line="35"/>
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/plan_model.py" line="36"/>
        <source>내용</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/plan_model.py" line="37"/>
        <source>참고</source>
        <translation>Hint</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="473"/>
        <source>미리 보기</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="476"/>
        <source>각 행을 어떻게 가져올지 확인하십시오. 오류 행은 가져오지 않으며, 따로 저장해 고친 뒤 다시 가져올 수 있습니다.</source>
        <translation>Check what happens to each row. Rejected rows are not imported; save them, fix them and import them again.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="480"/>
        <source>가져오기</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="485"/>
        <source>모든 행</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="489"/>
        <source>오류 행 저장…</source>
        <translation>Save rejected rows…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="507"/>
        <source>보기</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="523"/>
        <source>{0}행</source>
        <translation>Row {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="531"/>
        <source>신규 {0}</source>
        <translation>New {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="532"/>
        <source>변경 {0}</source>
        <translation>Update {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="533"/>
        <source>동일 {0}</source>
        <translation>Unchanged {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="534"/>
        <source>건너뜀 {0}</source>
        <translation>Skip {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="535"/>
        <source>오류 {0}</source>
        <translation>Error {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="536"/>
        <source>제외 {0}</source>
        <translation>Left out {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="540"/>
        <source>가져올 행이 없습니다. 파일의 회원사는 이미 등록되어 있습니다.</source>
        <translation>There is nothing to import: the file&apos;s members are already registered.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="542"/>
        <source>가져올 행이 없습니다. 열 지정이나 파일을 확인하십시오.</source>
        <translation>There is nothing to import. Check the column mapping or the file.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="546"/>
        <source>업종 {0}</source>
        <translation>industries {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="548"/>
        <source>회원구분 {0}</source>
        <translation>member classes {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="550"/>
        <source>그룹 {0}</source>
        <translation>groups {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="551"/>
        <source>새로 추가될 목록: {0}</source>
        <translation>Will be added: {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/import_wizard.py" line="571"/>
        <source>가져오는 중…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ProjectDetailView</name>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="112"/>
        <location filename="../../collabdesk/ui/projects/detail.py" line="184"/>
        <source>참여자</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="112"/>
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="112"/>
        <source>역할</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="112"/>
        <source>지분</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="115"/>
        <source>새 협약 버전…</source>
        <translation>New agreement version…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="117"/>
        <source>참여자, 역할, 지분이 바뀌면 새 버전으로 저장합니다. 이전 버전은 그대로 남습니다.</source>
        <translation>When participants, roles or shares change, save a new version. Earlier versions stay as they are.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="121"/>
        <source>참여 기업 인증서 발급…</source>
        <translation>Issue certificates…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="124"/>
        <source>현재 협약에 참여한 회원사 모두에게 협업인증서를 발급합니다 (증명서 탭)</source>
        <translation>Issue a collaboration certificate to every member company in the current agreement (Certificates tab)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="135"/>
        <source>차수</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="135"/>
        <source>협약일</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="135"/>
        <source>참여</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="135"/>
        <source>변경 내용</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="139"/>
        <source>이전 버전과 비교…</source>
        <translation>Compare with previous…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="141"/>
        <source>이 버전 보기…</source>
        <translation>View this version…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="142"/>
        <source>선택한 버전의 참여자, 역할, 지분을 봅니다</source>
        <translation>Show the participants, roles and shares of the selected version</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="150"/>
        <location filename="../../collabdesk/ui/projects/detail.py" line="170"/>
        <source>내용</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="150"/>
        <source>예정일</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="150"/>
        <source>완료일</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="150"/>
        <location filename="../../collabdesk/ui/projects/detail.py" line="257"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="153"/>
        <location filename="../../collabdesk/ui/projects/detail.py" line="173"/>
        <source>추가…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="155"/>
        <source>수정…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="157"/>
        <source>오늘 완료</source>
        <translation>Done today</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="158"/>
        <source>선택한 마일스톤을 오늘 날짜로 완료 처리합니다</source>
        <translation>Mark the selected milestone as done today</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="160"/>
        <location filename="../../collabdesk/ui/projects/detail.py" line="175"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="170"/>
        <location filename="../../collabdesk/ui/projects/detail.py" line="254"/>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="170"/>
        <source>날짜</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="170"/>
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="170"/>
        <source>참여 기업</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="185"/>
        <source>협약 이력</source>
        <translation>Agreement history</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="186"/>
        <location filename="../../collabdesk/ui/projects/detail.py" line="236"/>
        <source>마일스톤</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="187"/>
        <source>성과</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="189"/>
        <source>변경 이력</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="226"/>
        <source>제{0}차</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="236"/>
        <source>마일스톤 ({0}건 지연)</source>
        <translation>Milestones ({0} overdue)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="238"/>
        <source>성과 ({0})</source>
        <translation>Outcomes ({0})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="255"/>
        <source>주관기업</source>
        <translation>Lead company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="256"/>
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="269"/>
        <source>지원</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="274"/>
        <source>단계</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="286"/>
        <source>아직 협약이 없습니다. &apos;새 협약 버전&apos;으로 참여자와 역할, 지분을 정하십시오.</source>
        <translation>No agreement yet. Use &apos;New agreement version&apos; to set participants, roles and shares.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="291"/>
        <source>현재 협약: 제{0}차 ({1})</source>
        <translation>Current agreement: version {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="319"/>
        <source>완료</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="319"/>
        <source>지연</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="319"/>
        <source>예정</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="428"/>
        <source>마일스톤 삭제</source>
        <translation>Delete milestone</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="429"/>
        <source>마일스톤 &apos;{0}&apos;을(를) 삭제하시겠습니까?</source>
        <translation>Delete the milestone &apos;{0}&apos;?</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="455"/>
        <source>성과 &apos;{0} {1}&apos;을(를) 삭제하시겠습니까?</source>
        <translation>Delete the outcome &apos;{0} {1}&apos;?</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/detail.py" line="458"/>
        <source>성과 삭제</source>
        <translation>Delete outcome</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="67"/>
        <source>새 과제</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="67"/>
        <source>과제 수정 - {0}</source>
        <translation>Edit project - {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="80"/>
        <source>예: 스마트 공작기계 공동개발</source>
        <translation>e.g. joint development of a smart machine tool</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="82"/>
        <source>예: IoT 센서를 단 소형 CNC 선반</source>
        <translation>e.g. small CNC lathe with IoT sensors</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="86"/>
        <source>(없음)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="90"/>
        <source>고르기…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="92"/>
        <source>지우기</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="98"/>
        <source>시작</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="99"/>
        <source>종료</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="106"/>
        <source>예: 중소기업 협업 R&amp;D 지원사업</source>
        <translation>e.g. SME collaborative R&amp;D programme</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="108"/>
        <source>예: 중소벤처기업부</source>
        <translation>e.g. Ministry of SMEs and Startups</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="110"/>
        <source>원 단위 숫자, 예: 150,000,000</source>
        <translation>Amount in won, e.g. 150,000,000</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="115"/>
        <source>과제명(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="116"/>
        <source>사업 아이템</source>
        <translation>Business item</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="117"/>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="118"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="119"/>
        <source>주관기업</source>
        <translation>Lead company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="120"/>
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="121"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="122"/>
        <source>지원 사업</source>
        <translation>Support programme</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="123"/>
        <source>지원 기관</source>
        <translation>Support agency</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="124"/>
        <source>지원 금액(원)</source>
        <translation>Support amount (KRW)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="125"/>
        <source>비고</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="131"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="152"/>
        <source>(지정 안 함)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="155"/>
        <source>주관기업 선택</source>
        <translation>Choose the lead company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="165"/>
        <source>지원 금액은 원 단위 숫자로 입력해 주십시오 (예: 150,000,000).</source>
        <translation>Enter the support amount as a number of won (e.g. 150,000,000).</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="212"/>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="218"/>
        <source>저장할 수 없습니다</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="232"/>
        <source>변경 내용 버리기</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/project_dialog.py" line="232"/>
        <source>저장하지 않은 변경 내용을 버리시겠습니까?</source>
        <translation>Discard the unsaved changes?</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <location filename="../../collabdesk/ui/projects/list_model.py" line="18"/>
        <source>과제명</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/list_model.py" line="19"/>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/list_model.py" line="20"/>
        <source>주관기업</source>
        <translation>Lead company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/list_model.py" line="21"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/list_model.py" line="22"/>
        <source>단계</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/list_model.py" line="23"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/list_model.py" line="24"/>
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/list_model.py" line="25"/>
        <source>참여</source>
        <translation>Firms</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/list_model.py" line="26"/>
        <source>지연</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/list_model.py" line="56"/>
        <source>{0}곳</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/list_model.py" line="59"/>
        <source>{0}건</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/list_model.py" line="71"/>
        <source>예정일이 지났는데 완료되지 않은 마일스톤 {0}건</source>
        <translation>{0} milestones past due and not done</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="63"/>
        <source>과제명, 사업 아이템, 참여 기업으로 찾기 (Ctrl+F)</source>
        <translation>Search by project, business item or participant (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="74"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="75"/>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="76"/>
        <source>단계</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="77"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="78"/>
        <source>연도</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="84"/>
        <source>새 과제</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="85"/>
        <source>새 컨소시엄 과제를 등록합니다 (Ctrl+N)</source>
        <translation>Register a new consortium project (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="86"/>
        <source>수정</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="87"/>
        <source>선택한 과제의 기본 정보를 고칩니다 (Enter)</source>
        <translation>Edit the selected project&apos;s details (Enter)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="88"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="89"/>
        <source>선택한 과제를 삭제합니다 (Delete)</source>
        <translation>Delete the selected project (Delete)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="90"/>
        <source>단계 변경…</source>
        <translation>Change stage…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="91"/>
        <source>협력사 찾기…</source>
        <translation>Find partners…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="93"/>
        <source>필요한 역할에 맞는 회원사를 전문역량, 업종, 과거 역할로 찾습니다</source>
        <translation>Find member companies for a role by competence, industry and past roles</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="95"/>
        <source>컨소시엄 현황 인쇄·PDF</source>
        <translation>Report / PDF</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="96"/>
        <source>미리 보기에서 인쇄합니다 (Ctrl+P)</source>
        <translation>Print from the preview (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="98"/>
        <source>미리 보기·인쇄…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="99"/>
        <source>인쇄…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="100"/>
        <source>PDF로 저장…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="102"/>
        <source>연도별 성과 요약…</source>
        <translation>Yearly summary…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="103"/>
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="105"/>
        <source>과제 종류 관리…</source>
        <translation>Project kinds…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="106"/>
        <source>역할 목록 관리…</source>
        <translation>Role list…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="180"/>
        <source>전체</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="193"/>
        <source>{0}년</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="219"/>
        <source>과제 {0}건</source>
        <translation>{0} projects</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="220"/>
        <source> · 지연 {0}건</source>
        <translation> · {0} overdue</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="274"/>
        <source>과제를 고르면 여기에 참여자, 협약 이력, 마일스톤, 성과가 보입니다.</source>
        <translation>Choose a project to see its participants, agreement history, milestones and outcomes here.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="276"/>
        <source>찾은 과제가 없습니다. &apos;새 과제&apos;로 등록을 시작하십시오.</source>
        <translation>No projects found. Start with &apos;New project&apos;.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="326"/>
        <source>&apos;{0}&apos; 과제를 삭제하시겠습니까?
협약 이력, 마일스톤, 성과도 함께 삭제되며 되돌릴 수 없습니다.</source>
        <translation>Delete the project &apos;{0}&apos;?
Its agreement history, milestones and outcomes are deleted with it; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="328"/>
        <source>과제 삭제</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="348"/>
        <source>&apos;{0}&apos; 단계로 되돌리면 그 뒤 단계에 기록된 날짜가 지워집니다. 계속하시겠습니까?</source>
        <translation>Going back to the &apos;{0}&apos; stage clears the dates recorded for the stages after it. Continue?</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="351"/>
        <source>&apos;{0}&apos; 단계에 도달한 날을 {1}에서 {2}(으)로 바꾸시겠습니까?</source>
        <translation>Change the day the &apos;{0}&apos; stage was reached from {1} to {2}?</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="354"/>
        <source>단계 변경</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="424"/>
        <source>컨소시엄 현황</source>
        <translation>Consortium report</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="428"/>
        <source>컨소시엄 현황 PDF로 저장</source>
        <translation>Save consortium report as PDF</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="430"/>
        <source>PDF 문서 (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="439"/>
        <source>컨소시엄 현황 PDF를 저장하는 중…</source>
        <translation>Saving the consortium report PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="447"/>
        <source>컨소시엄 현황 PDF를 만드는 중…</source>
        <translation>Making the consortium report PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="462"/>
        <source>과제 종류 관리</source>
        <translation>Project kinds</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="462"/>
        <source>{0} ({1}건)</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/tab.py" line="471"/>
        <source>역할 목록 관리</source>
        <translation>Role list</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../collabdesk/ui/meetings/rates_dialog.py" line="29"/>
        <source>회원사</source>
        <translation>Member company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rates_dialog.py" line="30"/>
        <source>출석</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rates_dialog.py" line="31"/>
        <source>회의</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rates_dialog.py" line="32"/>
        <source>출석률</source>
        <translation>Attendance rates</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../collabdesk/ui/certificates/revoke_dialog.py" line="52"/>
        <source>사유(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/revoke_dialog.py" line="63"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/revoke_dialog.py" line="87"/>
        <source>증명서 취소</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/revoke_dialog.py" line="88"/>
        <source>{0} ({1}, {2})을(를) 취소합니다.</source>
        <translation>Revoke {0} ({1}, {2}).</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/revoke_dialog.py" line="91"/>
        <source>취소는 되돌릴 수 없습니다. 발급대장에 취소 항목이 더해지고, 이 번호를 확인하면 &apos;취소됨&apos;으로 나오며, 다시 인쇄하면 &apos;무효&apos;가 찍힙니다.</source>
        <translation>A revocation cannot be undone. A revocation entry is added to the issue register, verifying this number shows &apos;Revoked&apos;, and a reprint is stamped &apos;VOID&apos; (무효).</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/revoke_dialog.py" line="96"/>
        <source>취소일</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/revoke_dialog.py" line="97"/>
        <source>취소하기</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/revoke_dialog.py" line="105"/>
        <source>증명서 재발급</source>
        <translation>Reissue certificate</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/revoke_dialog.py" line="106"/>
        <source>{0} ({1}, {2})을(를) 새 번호로 재발급합니다. 지금의 회원사 정보로 만듭니다.</source>
        <translation>Reissue {0} ({1}, {2}) under a new number, with the member company&apos;s current details.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/revoke_dialog.py" line="109"/>
        <source>재발급은 되돌릴 수 없습니다. 새 번호와 확인코드가 매겨지고, 이 번호는 &apos;재발급됨&apos;이 되어 효력이 없어집니다.</source>
        <translation>A reissue cannot be undone. A new number and verification code are assigned, and this number becomes &apos;Reissued&apos; and is no longer valid.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/revoke_dialog.py" line="114"/>
        <source>재발급일</source>
        <translation>Reissued on</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/revoke_dialog.py" line="115"/>
        <source>재발급하기</source>
        <translation>Reissue</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_model.py" line="19"/>
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_model.py" line="20"/>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_model.py" line="21"/>
        <source>회사</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_model.py" line="22"/>
        <source>과제·역할</source>
        <translation>Project and role</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_model.py" line="23"/>
        <source>발급일</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_model.py" line="24"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_model.py" line="25"/>
        <source>발급자</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_model.py" line="36"/>
        <source>유효</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_model.py" line="37"/>
        <source>취소</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_model.py" line="38"/>
        <source>재발급됨</source>
        <translation>Reissued</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_model.py" line="90"/>
        <source>취소 사유: {0}</source>
        <translation>Reason for revoking: {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_model.py" line="92"/>
        <source>{0}(으)로 재발급되어 효력 없음</source>
        <translation>Reissued as {0}; no longer valid</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../collabdesk/ui/dashboard/reminders_panel.py" line="81"/>
        <source>확인할 일</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/reminders_panel.py" line="94"/>
        <source>두 번 누르거나 Enter를 누르면 해당 기록을 엽니다</source>
        <translation>Double-click or press Enter to open the record</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/reminders_panel.py" line="108"/>
        <source>불러오는 중…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/reminders_panel.py" line="123"/>
        <source>확인할 일이 없습니다.</source>
        <translation>Nothing to do.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/reminders_panel.py" line="134"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/reminders_panel.py" line="137"/>
        <source>{0} ({1}) — 연합회 전체</source>
        <translation>{0} ({1}) — whole federation</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/reminders_panel.py" line="141"/>
        <source>조정 암호를 입력하지 않아 연합회 전체 사건의 기한입니다. 분쟁조정 탭에서 잠금을 해제하면 고른 그룹의 사건만 봅니다.</source>
        <translation>The mediation password has not been entered, so these are the deadlines of the whole federation&apos;s cases. Unlock the Disputes tab to see only the chosen group&apos;s cases.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/reminders_panel.py" line="156"/>
        <source>…외 {0}건 — 모두 보기</source>
        <translation>…{0} more — show all</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/reminders_panel.py" line="159"/>
        <source>두 번 누르거나 Enter를 누르면 해당 탭에서 모두 봅니다</source>
        <translation>Double-click or press Enter to see them all in their tab</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="241"/>
        <source>{0} (목록에 없음)</source>
        <translation>{0} (not in the list)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="247"/>
        <source>{0} (여러 개를 고를 수 있습니다)</source>
        <translation>{0} (choose one or more)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/agreement_dialog.py" line="250"/>
        <source>역할 목록이 비어 있습니다. 설정에서 역할을 먼저 추가하십시오.</source>
        <translation>The role list is empty. Add roles in the settings first.</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <location filename="../../collabdesk/ui/roster/export.py" line="25"/>
        <location filename="../../collabdesk/ui/roster/export.py" line="56"/>
        <location filename="../../collabdesk/ui/roster/export.py" line="66"/>
        <source>명부 내보내기</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/export.py" line="26"/>
        <source>어떤 회원사를 내보낼까요?</source>
        <translation>Which members should be exported?</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/export.py" line="31"/>
        <source>지금 목록 ({0}곳)</source>
        <translation>The current list ({0})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/export.py" line="35"/>
        <source>전체 회원사 ({0}곳, 탈퇴 포함)</source>
        <translation>All members ({0}, including former)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/export.py" line="40"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/export.py" line="57"/>
        <source>회원명부_{0}.xlsx</source>
        <translation>members_{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/export.py" line="67"/>
        <source>회원사 {0}곳을 내보냈습니다.
{1}</source>
        <translation>Members exported: {0}
{1}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/export.py" line="74"/>
        <source>명부를 내보내는 중…</source>
        <translation>Exporting the roster…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/export.py" line="83"/>
        <location filename="../../collabdesk/ui/roster/export.py" line="95"/>
        <source>가져오기 양식 저장</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/export.py" line="84"/>
        <source>회원명부_양식.xlsx</source>
        <translation>roster_template.xlsx</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/export.py" line="91"/>
        <source>양식을 저장하는 중…</source>
        <translation>Saving the template…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/export.py" line="96"/>
        <source>가져오기 양식을 저장했습니다.
{0}</source>
        <translation>Saved the import template.
{0}</translation>
    </message>
</context>
<context>
    <name>RuleEditDialog</name>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="58"/>
        <source>의결 기준</source>
        <translation>Voting rule</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="67"/>
        <source>출석 인원의</source>
        <translation>of those present</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="68"/>
        <source>재적 인원의</source>
        <translation>of the roll</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="70"/>
        <source>위임한 회원사도 출석으로 셉니다</source>
        <translation>Count companies that gave a proxy as present</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="76"/>
        <source>이름 (의결 종류)</source>
        <translation>Name (kind of resolution)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="77"/>
        <source>성원 (재적 인원의)</source>
        <translation>Quorum (of the roll)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="78"/>
        <source>가결 (찬성)</source>
        <translation>Passed with votes in favour</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="101"/>
        <source>의결 기준 관리</source>
        <translation>Voting rules</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="105"/>
        <source>연합회 전체 (모든 그룹의 기본값)</source>
        <translation>Whole federation (default for every group)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="111"/>
        <source>의결 종류</source>
        <translation>Kind of resolution</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="111"/>
        <source>기준</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="111"/>
        <source>정한 곳</source>
        <translation>Set by</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="116"/>
        <source>추가</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="117"/>
        <source>이 범위에서 바꾸기</source>
        <translation>Change for this scope</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="118"/>
        <source>이 범위의 기준 삭제</source>
        <translation>Delete this scope&apos;s rule</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="119"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="145"/>
        <source>기본 (민법 제75조·제42조)</source>
        <translation>Built in (Civil Act art. 75 and 42)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="191"/>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="202"/>
        <source>의결 기준 삭제</source>
        <translation>Delete voting rule</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/rules_dialog.py" line="193"/>
        <source>&apos;{0}&apos; 기준을 이 범위에서 삭제하시겠습니까? 위 단계(또는 기본) 기준이 다시 적용됩니다.</source>
        <translation>Delete the rule &apos;{0}&apos; for this scope? The rule of the level above (or the built-in one) applies again.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/session_dialog.py" line="30"/>
        <source>조정기일 추가 - {0}</source>
        <translation>Add mediation session - {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/session_dialog.py" line="32"/>
        <source>조정기일 수정 - {0}</source>
        <translation>Edit mediation session - {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/session_dialog.py" line="39"/>
        <source>예: 경기중소기업지원센터 3층 회의실</source>
        <translation>e.g. meeting room, 3rd floor, Gyeonggi SME Support Center</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/session_dialog.py" line="42"/>
        <source>예: 신청인 서준호 대표, 피신청인 강태식 대표, 조정위원 박정호</source>
        <translation>e.g. CEO Seo (applicant), CEO Kang (respondent), mediator Park</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/session_dialog.py" line="50"/>
        <source>날짜(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/session_dialog.py" line="51"/>
        <source>장소</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/session_dialog.py" line="52"/>
        <source>참석자</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/session_dialog.py" line="53"/>
        <source>진행 내용</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/session_dialog.py" line="54"/>
        <source>다음 할 일</source>
        <translation>Next steps</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="53"/>
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="59"/>
        <source>화면 언어</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/main_window.py" line="60"/>
        <source>언어 변경은 프로그램을 다시 시작하면 적용됩니다.</source>
        <translation>A language change takes effect when the program is restarted.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="166"/>
        <source>단계 변경</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="177"/>
        <source>단계</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/item_dialogs.py" line="178"/>
        <source>도달한 날</source>
        <translation>Reached on</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="56"/>
        <source>분쟁조정 통계</source>
        <translation>Mediation statistics</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="62"/>
        <source>전체 연도</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="66"/>
        <source>{0}년 접수</source>
        <translation>Received in {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="70"/>
        <source>연도</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="74"/>
        <source>진행 중</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="74"/>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="133"/>
        <source>합계</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="85"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="99"/>
        <source>세는 중…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="102"/>
        <source>분쟁조정 통계를 내는 중…</source>
        <translation>Counting the mediation cases…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="112"/>
        <source>모두 {0}건</source>
        <translation>{0} cases</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="113"/>
        <source>진행 {0}</source>
        <translation>{0} open</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="114"/>
        <source>기한 지남 {0}</source>
        <translation>{0} overdue</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="115"/>
        <source>기한 임박 {0}</source>
        <translation>{0} due soon</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="116"/>
        <source>종결 {0}</source>
        <translation>{0} closed</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="117"/>
        <source>종결까지 걸린 날(중앙값) {0}일</source>
        <translation>Median time to close: {0} days</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="119"/>
        <source>종결까지 걸린 날: 종결된 사건 없음</source>
        <translation>Time to close: no closed cases</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/stats_dialog.py" line="147"/>
        <source>기록이 잠겨 있어 상태별 건수만 보입니다. 잠금을 해제하면 유형별 건수도 보입니다.</source>
        <translation>The records are locked, so only the counts by status are shown. Unlock to see the counts by type too.</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="25"/>
        <source>현재 목록 통계</source>
        <translation>Statistics of the Current List</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="36"/>
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="37"/>
        <source>그룹</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="41"/>
        <source>업종별</source>
        <translation>By industry</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="43"/>
        <source>그룹별</source>
        <translation>By group</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="48"/>
        <source>회원사</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="48"/>
        <source>매출액</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="48"/>
        <source>종업원</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="57"/>
        <source>회원사 {0}개사 · 매출액 합계 {1} · 종업원 {2}명</source>
        <translation>{0} member companies · total sales {1} · {2} employees</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="64"/>
        <source>{0} {1}개사</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/members/stats_panel.py" line="73"/>
        <source>통계를 계산하지 못했습니다: {0}</source>
        <translation>Could not calculate the statistics: {0}</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../collabdesk/ui/disputes/status_dialog.py" line="32"/>
        <source>상태 변경 - {0}</source>
        <translation>Change status - {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/status_dialog.py" line="36"/>
        <source>{0}: 지금 상태는 &apos;{1}&apos;입니다.</source>
        <translation>{0}: the current status is &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/status_dialog.py" line="50"/>
        <source>조정 내용
(합의한 내용)</source>
        <translation>Agreed terms
(as settled)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/status_dialog.py" line="57"/>
        <source>바꿀 상태(&amp;S)</source>
        <translation>New &amp;status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/status_dialog.py" line="58"/>
        <source>날짜</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/status_dialog.py" line="71"/>
        <source>다시 진행하는 사유(&amp;N)</source>
        <translation>Reason for reope&amp;ning</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/status_dialog.py" line="71"/>
        <source>경위·비고(&amp;N)</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/status_dialog.py" line="73"/>
        <source>예: 피신청인이 새 증빙을 제출하여 조정을 다시 진행함</source>
        <translation>e.g. the respondent submitted new evidence, so the mediation resumes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/status_dialog.py" line="75"/>
        <source>예: 조정위원 배정, 제1차 조정기일 지정</source>
        <translation>e.g. mediators assigned, first session scheduled</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/status_dialog.py" line="81"/>
        <source>종결된 사건을 다시 진행하려면 그 사유를 꼭 적어야 합니다.</source>
        <translation>To reopen a closed case, you must give the reason.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/status_dialog.py" line="83"/>
        <source>조정성립으로 종결하려면 당사자가 합의한 조정 내용을 함께 적어야 합니다.</source>
        <translation>To close a case as Settled, also write down the terms the parties agreed.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/status_dialog.py" line="85"/>
        <source>사건은 지우지 않습니다. 잘못 접수한 사건도 취하나 각하로 종결해 둡니다.</source>
        <translation>Cases are never deleted: a case received by mistake is closed as Withdrawn or Dismissed too.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/disputes/status_dialog.py" line="87"/>
        <source>종결한 사건은 사유를 적고 다시 진행할 수 있습니다.</source>
        <translation>A closed case can be reopened with a reason.</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="39"/>
        <source>회사</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="40"/>
        <source>점수</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/partner_dialog.py" line="41"/>
        <source>근거</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>TextBlocksDialog</name>
    <message>
        <location filename="../../collabdesk/ui/meetings/text_blocks.py" line="73"/>
        <source>회의록 문구 관리</source>
        <translation>Minutes phrases</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/text_blocks.py" line="81"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/text_blocks.py" line="82"/>
        <source>내용</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/text_blocks.py" line="83"/>
        <source>새 문구</source>
        <translation>New phrase</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/text_blocks.py" line="84"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/text_blocks.py" line="85"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/text_blocks.py" line="86"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/text_blocks.py" line="167"/>
        <location filename="../../collabdesk/ui/meetings/text_blocks.py" line="173"/>
        <source>문구 삭제</source>
        <translation>Delete phrase</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/text_blocks.py" line="167"/>
        <source>&apos;{0}&apos; 문구를 삭제하시겠습니까?</source>
        <translation>Delete the phrase &apos;{0}&apos;?</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="50"/>
        <source>증명서 확인</source>
        <translation>Verify certificate</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="55"/>
        <source>예: 제 2026-0001 호 (QR 코드를 읽은 글을 붙여 넣어도 됩니다)</source>
        <translation>e.g. 제 2026-0001 호 (or paste the text read from the QR code)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="58"/>
        <source>예: 7KQ2-M9XD</source>
        <translation>e.g. 7KQ2-M9XD</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="63"/>
        <source>번호(&amp;N)</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="64"/>
        <source>확인코드(&amp;C)</source>
        <translation>Verification &amp;code</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="72"/>
        <source>확인</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="75"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="79"/>
        <source>증명서에 적힌 번호와 확인코드를 입력하거나, QR 코드를 읽어 붙여 넣으십시오.</source>
        <translation>Enter the number and verification code printed on the certificate, or paste what the QR code reads.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="106"/>
        <source>번호와 확인코드를 모두 입력해 주십시오.</source>
        <translation>Please enter both the number and the verification code.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="117"/>
        <source>유효</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="119"/>
        <source>취소됨 ({0}, 사유: {1})</source>
        <translation>Revoked ({0}, reason: {1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="121"/>
        <source>재발급으로 대체됨 (새 번호: {0})</source>
        <translation>Replaced by a reissue (new number: {0})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="122"/>
        <source>확인되지 않음</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="141"/>
        <source>번호와 확인코드가 맞는지 다시 확인해 주십시오. 그래도 확인되지 않으면 이 프로그램이 발급한 증명서가 아니거나 확인코드가 다르게 적힌 것입니다.</source>
        <translation>Please check the number and verification code again. If it still cannot be verified, the certificate was not issued by this program or its verification code is written differently.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="149"/>
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="150"/>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="151"/>
        <source>회사</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="152"/>
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="153"/>
        <source>과제</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="154"/>
        <source>역할</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="155"/>
        <source>발급일</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/verify_dialog.py" line="156"/>
        <source>이 번호가 대체한 증명서</source>
        <translation>Replaces certificate</translation>
    </message>
</context>
<context>
    <name>VersionPartiesModel</name>
    <message>
        <location filename="../../collabdesk/ui/projects/compare_dialog.py" line="39"/>
        <source>참여자</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/compare_dialog.py" line="40"/>
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/compare_dialog.py" line="41"/>
        <source>역할</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/projects/compare_dialog.py" line="42"/>
        <source>지분(%)</source>
        <translation>Share (%)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../collabdesk/app.py" line="60"/>
        <location filename="../../collabdesk/app.py" line="66"/>
        <source>데이터베이스를 열 수 없습니다</source>
        <translation>Cannot Open the Database</translation>
    </message>
    <message>
        <location filename="../../collabdesk/app.py" line="67"/>
        <source>예상하지 못한 오류가 발생했습니다. 로그 파일을 확인해 주십시오.</source>
        <translation>An unexpected error occurred. Please check the log file.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="44"/>
        <source>매일 자동</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="45"/>
        <source>직접 만듦</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="46"/>
        <source>구조 변경 전</source>
        <translation>Before an update</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="47"/>
        <source>가져오기 전</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="48"/>
        <source>되돌리기 전</source>
        <translation>Before an undo</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="49"/>
        <source>복원 전</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="50"/>
        <source>인수인계 가져오기 전</source>
        <translation>Before a handover import</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="51"/>
        <source>손상된 파일 보관</source>
        <translation>Damaged file kept</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="54"/>
        <source>회원사</source>
        <translation>Member companies</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="55"/>
        <source>회의</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="56"/>
        <source>협업 과제</source>
        <translation>Collaboration projects</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="57"/>
        <source>분쟁·사건</source>
        <translation>Disputes and cases</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="58"/>
        <source>증명서</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="84"/>
        <source>오늘 백업을 만들었습니다: {0}</source>
        <translation>Today&apos;s backup made: {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/backup_dialog.py" line="88"/>
        <source>오늘 백업을 만들지 못했습니다: {0}</source>
        <translation>Today&apos;s backup could not be made: {0}</translation>
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
    <message>
        <location filename="../../collabdesk/ui/errors.py" line="47"/>
        <source>다른 사용자가 수정함</source>
        <translation>Changed by another user</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/errors.py" line="52"/>
        <source>다시 불러오면 이 창에 입력한 내용은 사라지고 다른 사용자가 저장한 내용이 보입니다. 그대로 두면 입력한 내용을 확인하거나 옮겨 적을 수 있습니다.</source>
        <translation>Reloading discards what you typed in this window and shows what the other user saved. Keep editing to check what you typed or copy it elsewhere.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/errors.py" line="59"/>
        <source>다시 불러오기</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/errors.py" line="62"/>
        <source>닫지 않고 그대로 두기</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>meeting_documents</name>
    <message>
        <location filename="../../collabdesk/ui/meetings/documents.py" line="24"/>
        <source>회의록</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/documents.py" line="26"/>
        <source>참석자 서명부</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/documents.py" line="40"/>
        <source>{0} PDF로 저장</source>
        <translation>Save the {0} as PDF</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/documents.py" line="42"/>
        <source>PDF 문서 (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/documents.py" line="55"/>
        <source>{0} PDF를 만드는 중…</source>
        <translation>Making the {0} PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/documents.py" line="72"/>
        <source>{0} PDF를 저장하는 중…</source>
        <translation>Saving the {0} PDF…</translation>
    </message>
</context>
<context>
    <name>meeting_items</name>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="93"/>
        <source>추가</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="94"/>
        <location filename="../../collabdesk/ui/meetings/items.py" line="231"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="95"/>
        <location filename="../../collabdesk/ui/meetings/items.py" line="232"/>
        <source>위로</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="96"/>
        <location filename="../../collabdesk/ui/meetings/items.py" line="233"/>
        <source>아래로</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="178"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="179"/>
        <source>소속</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="180"/>
        <source>역할 (강사, 협력기관 등)</source>
        <translation>Role (speaker, partner agency …)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="209"/>
        <source>예: 공동 전시회 참가의 건</source>
        <translation>E.g. Joint exhibition</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="214"/>
        <source>논의 내용: 누가 무엇을 말했고 어떻게 정리되었는지</source>
        <translation>Discussion: who said what and how it was settled</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="217"/>
        <source>안건명</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="218"/>
        <source>논의 내용</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="230"/>
        <source>안건 추가</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="268"/>
        <source>(안건명 없음)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="311"/>
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="312"/>
        <source>의안명</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="313"/>
        <source>의결 기준</source>
        <translation>Voting rule</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="314"/>
        <location filename="../../collabdesk/ui/meetings/items.py" line="429"/>
        <source>찬성</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="315"/>
        <location filename="../../collabdesk/ui/meetings/items.py" line="430"/>
        <source>반대</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="316"/>
        <location filename="../../collabdesk/ui/meetings/items.py" line="431"/>
        <source>기권</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="317"/>
        <source>결과 (자동)</source>
        <translation>Result (computed)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="318"/>
        <source>결과 지정</source>
        <translation>Set result</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="319"/>
        <source>지정 사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="389"/>
        <source>자동</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="390"/>
        <location filename="../../collabdesk/ui/meetings/items.py" line="460"/>
        <source>가결</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="391"/>
        <location filename="../../collabdesk/ui/meetings/items.py" line="461"/>
        <source>부결</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="403"/>
        <source>제{0}호 의안</source>
        <translation>No. {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="415"/>
        <source>제{0}호 의안: {1} 수는 0 이상의 숫자로 입력해 주십시오.</source>
        <translation>Resolution {0}: enter the &apos;{1}&apos; votes as a number of 0 or more.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="453"/>
        <source>찬성·반대·기권은 숫자로 입력하십시오</source>
        <translation>Enter the votes as numbers</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="463"/>
        <source>{0} (직접 지정, 규칙상 {1})</source>
        <translation>{0} (set by hand; by the rule: {1})</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="481"/>
        <source>진행</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="482"/>
        <source>완료</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="491"/>
        <location filename="../../collabdesk/ui/meetings/items.py" line="556"/>
        <source>내용</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="492"/>
        <location filename="../../collabdesk/ui/meetings/items.py" line="557"/>
        <source>담당 (회원사 또는 사람)</source>
        <translation>Owner (company or person)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="493"/>
        <location filename="../../collabdesk/ui/meetings/items.py" line="558"/>
        <source>기한</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="494"/>
        <location filename="../../collabdesk/ui/meetings/items.py" line="559"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="527"/>
        <source>후속조치 {0}번째 줄: 기한: {1} (예: 2026-12-31)</source>
        <translation>Action item {0}: due date: {1} (e.g. 2026-12-31)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/items.py" line="560"/>
        <source>나온 회의</source>
        <translation>From meeting</translation>
    </message>
</context>
<context>
    <name>pdf_actions</name>
    <message>
        <location filename="../../collabdesk/ui/pdf_actions.py" line="50"/>
        <source>{0}을(를) 저장했습니다.
{1}</source>
        <translation>{0} saved.
{1}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../collabdesk/ui/printing.py" line="48"/>
        <source>인쇄를 시작할 수 없습니다. 프린터 또는 저장할 파일을 확인해 주십시오.</source>
        <translation>Cannot start printing. Check the printer or the output file.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/printing.py" line="60"/>
        <source>인쇄를 계속할 수 없습니다. 프린터를 확인해 주십시오.</source>
        <translation>Cannot continue printing. Check the printer.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/printing.py" line="91"/>
        <location filename="../../collabdesk/ui/printing.py" line="121"/>
        <source>인쇄</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/printing.py" line="137"/>
        <source>인쇄할 문서를 열 수 없습니다: {0}</source>
        <translation>Cannot open the document to print: {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/printing.py" line="146"/>
        <source>인쇄할 문서를 열 수 없습니다. 파일이 손상되었거나 PDF 문서가 아닙니다.</source>
        <translation>Cannot open the document to print. The file is damaged or not a PDF.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/printing.py" line="183"/>
        <source>선택한 쪽 범위({0})에 인쇄할 쪽이 없습니다. 이 문서는 {1}쪽입니다.</source>
        <translation>The chosen page range ({0}) has no pages to print. This document has {1} pages.</translation>
    </message>
</context>
<context>
    <name>register_actions</name>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="22"/>
        <source>{0}년</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="23"/>
        <source>증명서</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="25"/>
        <source>발급대장</source>
        <translation>issue register</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="34"/>
        <source>증명서 발급대장</source>
        <translation>Certificate issue register</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="41"/>
        <source>발급대장 PDF를 만드는 중…</source>
        <translation>Making the issue register PDF…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="46"/>
        <source>발급대장 엑셀로 저장</source>
        <translation>Save issue register as Excel</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="48"/>
        <source>엑셀 통합 문서 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="54"/>
        <source>발급대장 PDF로 저장</source>
        <translation>Save issue register as PDF</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="56"/>
        <source>PDF 문서 (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="67"/>
        <source>발급대장을 저장하는 중…</source>
        <translation>Saving the issue register…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="78"/>
        <source>발급대장 검사</source>
        <translation>Issue register check</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="85"/>
        <source>주의: 발급대장을 고치거나 지우지 못하게 막는 데이터베이스 장치(트리거)가 없어졌습니다. 프로그램 밖에서 데이터베이스를 손댄 것입니다.</source>
        <translation>Warning: the database triggers that stop the issue register from being changed or deleted are gone. The database was altered outside the program.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="92"/>
        <source>이상 없음 ({0}건)</source>
        <translation>No problems ({0} entries)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="95"/>
        <source>마지막 항목 {0}번 검사값: {1}</source>
        <translation>Checksum of the last entry, no. {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="103"/>
        <source>이상 있음: {0}</source>
        <translation>Problem found: {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="104"/>
        <source>이 항목부터는 발급대장을 믿을 수 없습니다. 최근 백업과 비교하고, 인쇄해 둔 발급대장의 검사값을 확인해 주십시오.</source>
        <translation>From this entry on, the issue register cannot be trusted. Compare it with a recent backup and check the checksums on a printed copy of the register.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/certificates/register_actions.py" line="115"/>
        <source>발급대장을 검사하는 중…</source>
        <translation>Checking the issue register…</translation>
    </message>
</context>
<context>
    <name>report_actions</name>
    <message>
        <location filename="../../collabdesk/ui/dashboard/report_actions.py" line="26"/>
        <source>{0}년 사업실적 보고서</source>
        <translation>Annual report {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/report_actions.py" line="44"/>
        <source>사업실적 보고서 Excel로 저장</source>
        <translation>Save the annual report as Excel</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/report_actions.py" line="46"/>
        <source>사업실적 보고서 PDF로 저장</source>
        <translation>Save the annual report as PDF</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/report_actions.py" line="48"/>
        <source>Excel 통합 문서 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/report_actions.py" line="50"/>
        <source>PDF 문서 (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/report_actions.py" line="65"/>
        <source>사업실적 보고서를 만드는 중…</source>
        <translation>Making the annual report…</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/report_actions.py" line="75"/>
        <source>사업실적 보고서</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/dashboard/report_actions.py" line="76"/>
        <source>사업실적 보고서를 저장했습니다.
{0}

지금 열어 보시겠습니까?</source>
        <translation>The annual report was saved.
{0}

Open it now?</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <location filename="../../collabdesk/ui/roster/files.py" line="16"/>
        <source>엑셀 통합 문서 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/roster/files.py" line="20"/>
        <source>가져올 명부 파일</source>
        <translation>Roster file to import</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../collabdesk/ui/startup.py" line="71"/>
        <source>이미 열려 있는 데이터베이스</source>
        <translation>Database already open</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/startup.py" line="62"/>
        <source>사용 중: {0}</source>
        <translation>In use by: {0}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/startup.py" line="63"/>
        <source>이 데이터베이스는 다른 CollabDesk가 쓰고 있습니다.
{0}
{1}

한 파일에는 한 프로그램만 저장할 수 있습니다. 읽기 전용으로 열면 볼 수만 있습니다.</source>
        <translation>Another CollabDesk is writing this database.
{0}
{1}

Only one program can save to a file. Opened read-only, it can only be viewed.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/startup.py" line="73"/>
        <source>읽기 전용으로 열기</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/startup.py" line="53"/>
        <source>끝내기</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/startup.py" line="88"/>
        <location filename="../../collabdesk/ui/startup.py" line="150"/>
        <source>데이터베이스가 손상되었습니다</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/startup.py" line="79"/>
        <source>데이터베이스 파일을 검사했더니 문제가 있습니다.
{0}

가장 최근의 정상 백업으로 복원하시겠습니까?
{1}

손상된 파일은 지우지 않고 백업 폴더에 따로 보관합니다.</source>
        <translation>Checking the database file found a problem.
{0}

Restore the newest good backup?
{1}

The damaged file is not deleted; it is kept in the backup folder.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/startup.py" line="90"/>
        <source>백업으로 복원</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/startup.py" line="113"/>
        <source>이 창은 읽기 전용으로 열려 있습니다. 다른 CollabDesk가 이 데이터베이스를 쓰고 있어 저장할 수 없습니다. 저장하려면 그 프로그램을 닫고 CollabDesk를 다시 여십시오.</source>
        <translation>This window is read-only: another CollabDesk is writing this database, so nothing can be saved here. To save, close that program and open CollabDesk again.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/startup.py" line="151"/>
        <source>데이터베이스 파일을 검사했더니 문제가 있습니다.
{0}

복원할 정상 백업이 없습니다. 파일을 그대로 두고 끝냅니다. 전문가에게 파일 복구를 맡기십시오.</source>
        <translation>Checking the database file found a problem.
{0}

There is no good backup to restore. The file is left as it is and the program quits. Ask an expert to recover the file.</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/startup.py" line="166"/>
        <source>백업으로 복원했습니다</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/startup.py" line="167"/>
        <source>{0}에 만든 백업으로 복원했습니다. 그 뒤에 입력한 내용은 이 백업에 없으니 확인해 주십시오.

손상된 파일은 여기에 보관했습니다:
{1}</source>
        <translation>Restored from the backup made on {0}. Anything entered after that is not in this backup; please check.

The damaged file is kept here:
{1}</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/startup.py" line="176"/>
        <source>데이터베이스를 열 수 없습니다</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>text_blocks</name>
    <message>
        <location filename="../../collabdesk/ui/meetings/text_blocks.py" line="39"/>
        <source>문구 넣기</source>
        <translation>Insert phrase</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/text_blocks.py" line="41"/>
        <source>자주 쓰는 문구를 커서 자리에 넣습니다</source>
        <translation>Inserts a saved phrase at the cursor</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/text_blocks.py" line="54"/>
        <source>(저장된 문구가 없습니다)</source>
        <translation>(no saved phrases)</translation>
    </message>
    <message>
        <location filename="../../collabdesk/ui/meetings/text_blocks.py" line="59"/>
        <source>문구 관리…</source>
        <translation>Manage phrases…</translation>
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
