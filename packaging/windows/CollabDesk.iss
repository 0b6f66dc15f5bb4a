; CollabDesk Windows installer — Inno Setup 6 (6.3 or later), Unicode; this file is UTF-8 with BOM.
;
; packaging\windows\build.ps1 runs it after the PyInstaller build:
;   ISCC.exe /DAppVersion=0.1.0 /DAppFileVersion=0.1.0.0 /DBundleDir=<repo>\dist\CollabDesk
;            /DIconFile=<repo>\build\icon\collabdesk.ico /DOutputDir=<repo>\dist packaging\windows\CollabDesk.iss
; and it leaves dist\CollabDesk-<version>-windows-x64-setup.exe.
;
; What it does: installs for the current user only (no administrator rights asked), into
; %LOCALAPPDATA%\Programs\CollabDesk; an administrator can instead run `setup.exe /ALLUSERS` to install
; into Program Files with shortcuts for every user. A Start menu entry and a desktop shortcut (ticked
; by default); a Korean wizard. The uninstaller removes the program and nothing else: each user's data
; (database, settings, logs, backups) live in that user's %APPDATA%\CollabDesk (collabdesk/paths.py:
; platformdirs, roaming) and are kept, which the last uninstall message says.
;
; Not run on the machine where it was written (no Windows there): reviewed line by line.

#ifndef AppVersion
  #error AppVersion이 없습니다. build.ps1로 만들거나 ISCC.exe /DAppVersion=0.1.0 … 처럼 주십시오.
#endif
; VersionInfoVersion takes numbers only: build.ps1 passes 0.2.0.0 for a version like 0.2.0rc1.
#ifndef AppFileVersion
  #define AppFileVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\CollabDesk"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icon\collabdesk.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "CollabDesk"
#define AppExe "CollabDesk.exe"

; Korean wizard messages: Languages\Korean.isl comes with current Inno Setup 6 releases. An older
; Inno Setup without it can use a Korean.isl put beside this script
; (from https://jrsoftware.org/files/istrans/ or Inno Setup's source, Files\Languages\Korean.isl).
#if FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
  #define KoreanMessages "compiler:Languages\Korean.isl"
#elif FileExists(AddBackslash(SourcePath) + "Korean.isl")
  #define KoreanMessages AddBackslash(SourcePath) + "Korean.isl"
#else
  #error Korean.isl을 찾지 못했습니다. Inno Setup 6 최신판을 설치하거나 Korean.isl을 이 스크립트 옆에 두십시오.
#endif

[Setup]
; The AppId ties every later version's installer to this installation (upgrade in place, one entry
; in Settings → Apps). Never change it.
AppId={{8F3A2C71-5B6E-4D0A-9C8E-2E7B1D4F6A90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppComments=중소기업 협업그룹 사무국을 위한 오프라인 데스크톱 프로그램
VersionInfoVersion={#AppFileVersion}
VersionInfoDescription={#AppName} 설치 프로그램
; Per-user install: no UAC prompt, {autopf} is %LOCALAPPDATA%\Programs, shortcuts are the user's.
PrivilegesRequired=lowest
; `setup.exe /ALLUSERS` (asks for administrator rights): {autopf} is Program Files and the Start menu
; and desktop shortcuts are every user's. The data stay per user either way.
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Qt 6 needs 64-bit Windows 10 1809 (build 17763) or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
; A running CollabDesk is asked to close (Restart Manager) before its files are replaced.
CloseApplications=yes

[Languages]
Name: "korean"; MessagesFile: "{#KoreanMessages}"

[CustomMessages]
korean.ProgramComment=중소기업 협업그룹 사무국 프로그램
korean.DataKept=CollabDesk 프로그램을 제거했습니다.%n%n자료(데이터베이스, 설정, 로그, 백업)는 지우지 않았습니다. 프로그램을 쓴 사용자마다 다음 폴더에 그대로 있습니다:%n%1%n(파일 탐색기의 주소 표시줄에 이대로 입력하면 열립니다.)%n%n다시 설치하면 그대로 이어서 쓸 수 있습니다. 필요 없으면 이 폴더를 직접 지우십시오.

[Tasks]
; Ticked by default: the desktop is where the secretariat starts it; it can still be unticked.
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade first removes the earlier version's program files, so that no library of the old Qt or
; Python stays beside the new ones. The user's data are not under {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ProgramComment}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ProgramComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: %APPDATA%\CollabDesk is the user's, and stays.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  // The folder is named as a user types it, %APPDATA% being each user's own: after an /ALLUSERS
  // install this uninstaller runs as the administrator, whose own folder would be the wrong one.
  // Said only when something was kept: this user's folder exists, or (all-users install) other
  // users' folders may, which this uninstaller cannot see.
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent and
     (IsAdminInstallMode or DirExists(ExpandConstant('{userappdata}\{#AppName}'))) then
    MsgBox(FmtMessage(CustomMessage('DataKept'), ['%APPDATA%\{#AppName}']), mbInformation, MB_OK);
end;
