<#
.SYNOPSIS
    CollabDesk Windows 설치 파일을 만듭니다: 가상 환경 → 패키지 설치 → PyInstaller → 점검 → Inno Setup.

.DESCRIPTION
    저장소 맨 위 폴더가 어디든(한글 경로 포함) 그 안의 packaging\windows\build.ps1로 실행합니다.
        powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-Wheelhouse wheelhouse\win_amd64]

    1. build\win-venv 에 Python 3.11 가상 환경을 만듭니다 (py 런처: py -3.11).
    2. -Wheelhouse 폴더가 있으면 인터넷 없이 그 폴더에서, 없으면 PyPI에서 CollabDesk와 PyInstaller를 설치합니다.
       휠하우스에서는 pyproject.toml과 같은 버전의 CollabDesk만 설치합니다.
    3. 번역 파일(.qm)을 만들고 아이콘을 그립니다.
    4. packaging\build.py 로 dist\CollabDesk\ 폴더(CollabDesk.exe, collabdesk-cli.exe, _internal\)를 만듭니다.
    5. 만든 폴더를 한글 이름의 임시 폴더에서, PATH에 Windows 폴더만 둔 채(파이썬 없음) 점검합니다:
       --version, 자체 점검(pdfium, psycopg, Qt 플러그인과 Windows 스타일, 네트워크 플러그인 없음, 번역,
       마이그레이션, 글꼴, 아이콘), 샘플 데이터, 명부 내보내기와 다시 가져오기, LibreOffice가 쓴 명부
       가져오기(오류 행 5개, 종료 코드 3), 직인 견본으로 증명서 PDF, 실제 창.
    6. Inno Setup(ISCC.exe)으로 dist\CollabDesk-<버전>-windows-x64-setup.exe 를 만듭니다.

    This script was written and reviewed line by line on Linux; it has not been run on Windows there.

.PARAMETER Wheelhouse
    `make wheelhouse PLATFORM=win_amd64` 로 만든 폴더 (wheelhouse\win_amd64). 주면 아무것도 내려받지 않습니다.
.PARAMETER PythonVersion
    py 런처에 줄 Python 버전 (기본 3.11).
.PARAMETER Iscc
    ISCC.exe 경로. 주지 않으면 Inno Setup 6이 설치된 보통의 위치에서 찾습니다.
.PARAMETER SkipInstaller
    dist\CollabDesk\ 폴더까지만 만들고 설치 파일은 만들지 않습니다.
#>
[CmdletBinding()]
param(
    [string]$Wheelhouse = "",
    [string]$PythonVersion = "3.11",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version 3.0

$Root = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot "..\..")).Path
Set-Location -LiteralPath $Root

function Invoke-Checked {
    # Runs a program and stops the whole build when it fails (PowerShell itself does not).
    param([Parameter(Mandatory)][string]$FilePath, [string[]]$Arguments = @())
    # Resolved while "Stop" still holds, so a missing program ends the build here.
    $Command = Get-Command -Name $FilePath -CommandType Application -ErrorAction Stop | Select-Object -First 1
    Write-Host "> $FilePath $($Arguments -join ' ')"
    # Windows PowerShell 5.1 turns each line a program writes to stderr into an error record when
    # stderr is redirected (ISE, 2>&1, *> log); under "Stop" the first warning of pip or PyInstaller
    # would end the build. The exit code decides instead. (Local to this function.)
    $ErrorActionPreference = "Continue"
    & $Command @Arguments
    $Code = $LASTEXITCODE
    $ErrorActionPreference = "Stop"
    if ($Code -ne 0) {
        throw "실패 (종료 코드 $Code): $FilePath $($Arguments -join ' ')"
    }
}

function Invoke-Bundle {
    # Runs the built collabdesk-cli.exe ($Cli) on this console, never through a PowerShell pipe or
    # redirection: a frozen Python writes redirected output in the system code page (it ignores
    # PYTHONIOENCODING), so its Korean messages fail on a Windows set to another language. The exit
    # code and the files it writes are what the check looks at.
    param([Parameter(Mandatory)][string[]]$Arguments, [int]$Expect = 0)
    Write-Host "> collabdesk-cli $($Arguments -join ' ')"
    # Start-Process joins its arguments with spaces: each one is quoted (none ends in a backslash).
    $Quoted = @($Arguments | ForEach-Object { '"' + $_ + '"' })
    $Process = Start-Process -FilePath $Cli -ArgumentList $Quoted -NoNewWindow -Wait -PassThru
    if ($Process.ExitCode -ne $Expect) {
        throw "collabdesk-cli $($Arguments -join ' '): 종료 코드 $($Process.ExitCode) (기대: $Expect, 로그: $CheckData\logs)"
    }
}

Write-Host "== 1. Python $PythonVersion 가상 환경"
if (-not (Get-Command py -ErrorAction SilentlyContinue)) {
    throw "py 런처가 없습니다. python.org에서 Python $PythonVersion (64비트) 설치 프로그램으로 설치하십시오."
}
$Venv = Join-Path $Root "build\win-venv"
$Python = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path -LiteralPath $Python)) {
    Invoke-Checked "py" @("-$PythonVersion", "-m", "venv", $Venv)
}
# No double quotes inside the Python code: Windows PowerShell 5.1 passes them to programs mangled.
$Said = & $Python -c "import struct, sys; print('%d.%d %d' % (sys.version_info[0], sys.version_info[1], struct.calcsize('P') * 8))"
if ($LASTEXITCODE -ne 0 -or "$Said".Trim() -ne "$PythonVersion 64") {
    throw "build\win-venv 는 64비트 Python $PythonVersion 이어야 합니다 (지금: $Said). build\win-venv 를 지우고 다시 실행하십시오."
}

$Version = (& $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()

Write-Host "== 2. 패키지 설치"
if ($Wheelhouse) {
    $Wheelhouse = (Resolve-Path -LiteralPath $Wheelhouse).Path
    # Only the folder: no index, so nothing can come from the internet. The version is pinned: a
    # wheelhouse made from other sources must not put another CollabDesk into the bundle's checks.
    Invoke-Checked $Python @("-m", "pip", "install", "--no-index", "--find-links", $Wheelhouse, "collabdesk[package]==$Version")
} else {
    Invoke-Checked $Python @("-m", "pip", "install", "--upgrade", "pip")
    Invoke-Checked $Python @("-m", "pip", "install", ".[package]")
}

Write-Host "== 3. 번역 파일과 아이콘"
$Ts = Join-Path $Root "resources\translations\collabdesk_en.ts"
$Qm = Join-Path $Root "resources\translations\collabdesk_en.qm"
if (Test-Path -LiteralPath $Ts) {
    Invoke-Checked (Join-Path $Venv "Scripts\pyside6-lrelease.exe") @("-silent", $Ts, "-qm", $Qm)
}
$IconDir = Join-Path $Root "build\icon"
Invoke-Checked $Python @((Join-Path $Root "packaging\make_icon.py"), $IconDir)
$Icon = Join-Path $IconDir "collabdesk.ico"

# Inno Setup's VersionInfoVersion takes numbers only: 0.2.0rc1 → 0.2.0.0 (as the spec does for the .exe).
$FileVersion = (& $Python -c "from packaging.version import Version; n = Version('$Version').release + (0, 0, 0); print('.'.join(str(i) for i in n[:4]))").Trim()

Write-Host "== 4. PyInstaller"
Invoke-Checked $Python @((Join-Path $Root "packaging\build.py"), "--clean")
$Bundle = Join-Path $Root "dist\CollabDesk"

Write-Host "== 5. 점검 (한글 이름의 임시 폴더)"
$Check = Join-Path ([System.IO.Path]::GetTempPath()) "CollabDesk 점검 $([guid]::NewGuid().ToString('N').Substring(0, 8))"
$CheckBundle = Join-Path $Check "사무국 프로그램"
$CheckData = Join-Path $Check "자료"
New-Item -ItemType Directory -Path $Check | Out-Null
Copy-Item -LiteralPath $Bundle -Destination $CheckBundle -Recurse
$Cli = Join-Path $CheckBundle "collabdesk-cli.exe"
$Roster = Join-Path $Root "tests\fixtures\roster\libreoffice_roster.xlsx"
if (-not (Test-Path -LiteralPath $Roster)) { throw "점검용 명부가 없습니다: $Roster (소스 폴더 전체가 필요합니다)" }
Copy-Item -LiteralPath $Roster -Destination (Join-Path $Check "회원명부.xlsx")
$Saved = @{}
foreach ($Name in @("COLLABDESK_DATA_DIR", "COLLABDESK_BUNDLE_SELFCHECK", "COLLABDESK_EXIT_AFTER_FIRST_PAINT",
        "QT_QPA_PLATFORM", "PYTHONPATH", "PYTHONHOME", "PATH")) {
    $Saved[$Name] = [Environment]::GetEnvironmentVariable($Name, "Process")
}
try {
    $env:COLLABDESK_DATA_DIR = $CheckData
    $env:QT_QPA_PLATFORM = "offscreen"
    $env:PYTHONPATH = $null
    $env:PYTHONHOME = $null
    # Only Windows' own folders: no Python, and no DLL that happens to sit in a folder on the PATH
    # (the build's venv, another program's Qt) can stand in for one the bundle lacks.
    $env:PATH = "$env:SystemRoot\System32;$env:SystemRoot"
    $Said = (& $Cli --version | Out-String).Trim()
    if ($LASTEXITCODE -ne 0 -or $Said -ne "CollabDesk $Version") {
        throw "--version: '$Said' (기대: 'CollabDesk $Version')"
    }
    Write-Host "  $Said"
    $Report = Join-Path $Check "selfcheck.json"
    $env:COLLABDESK_BUNDLE_SELFCHECK = $Report
    Invoke-Checked $Cli
    $env:COLLABDESK_BUNDLE_SELFCHECK = $null
    $Found = Get-Content -LiteralPath $Report -Raw -Encoding UTF8 | ConvertFrom-Json
    $Problems = @()
    if (-not $Found.frozen) { $Problems += "frozen" }
    if ($Found.psycopg_impl -ne "binary") { $Problems += "psycopg binary ($($Found.psycopg_impl))" }
    if (-not $Found.migrations_head_known) { $Problems += "Alembic migrations" }
    if (-not $Found.qtbase_ko_loads) { $Problems += "qtbase_ko.qm" }
    if ($Found.collabdesk_en_sample -ne "Member Directory") { $Problems += "collabdesk_en.qm" }
    if ($Found.pdfium_text -ne "협업그룹" -or $Found.pdfium_dark_pixels -lt 1) { $Problems += "pdfium" }
    # qmodernwindowsstyle: PySide6 6.7+ ships the native Windows look as this plugin (6.11.3: styles\).
    foreach ($Needed in @("platforms/qwindows.dll", "platforms/qoffscreen.dll", "imageformats/qjpeg.dll",
            "styles/qmodernwindowsstyle.dll")) {
        if ($Found.qt_plugins -notcontains $Needed) { $Problems += $Needed }
    }
    # The program has no network code; these plugins would only open sockets or read the network.
    $Network = @($Found.qt_plugins | Where-Object {
            $_ -like "tls/*" -or $_ -like "networkinformation/*" -or $_ -like "*qtuiotouch*" -or $_ -like "*qvnc*" })
    if ($Network.Count -gt 0) { $Problems += "네트워크 플러그인 ($($Network -join ', '))" }
    foreach ($Needed in @("fonts/OFL.txt", "fonts/NanumGothic.ttf", "seal-sample.png", "collabdesk.png",
            "translations/collabdesk_en.qm")) {
        if ($Found.resources -notcontains $Needed) { $Problems += $Needed }
    }
    if ($Problems.Count -gt 0) { throw "자체 점검 실패: $($Problems -join ', ') ($Report)" }
    Write-Host "  자체 점검: pdfium, psycopg, Qt 플러그인과 Windows 스타일, 번역, 마이그레이션, 글꼴, 아이콘 모두 있음; 네트워크 플러그인 없음"
    # From here on judged by exit codes and the files written, not by the Korean text the program
    # prints (see Invoke-Bundle).
    Invoke-Bundle @("sample-data")
    if (-not (Test-Path -LiteralPath (Join-Path $CheckData "collabdesk.sqlite3"))) {
        throw "sample-data 가 데이터베이스를 만들지 않았습니다: $CheckData"
    }
    $Exported = Join-Path $Check "회원명부 내보내기.xlsx"
    Invoke-Bundle @("roster", "export", $Exported)
    if (-not (Test-Path -LiteralPath $Exported)) { throw "roster export 가 파일을 만들지 않았습니다: $Exported" }
    Invoke-Bundle @("--db", (Join-Path $CheckData "왕복.sqlite3"), "roster", "import", $Exported)
    Write-Host "  샘플 데이터, 명부 내보내기와 다시 가져오기: $CheckData"
    # A file written by LibreOffice with 5 faulty rows (as packaging/check_bundle.sh): the 9 good
    # rows are imported, the faulty ones saved for correction, and the exit code is 3.
    $Rejected = Join-Path $Check "가져오기 오류.xlsx"
    Invoke-Bundle @("--db", (Join-Path $CheckData "가져오기.sqlite3"), "roster", "import",
        (Join-Path $Check "회원명부.xlsx"), "--errors-to", $Rejected) -Expect 3
    if (-not (Test-Path -LiteralPath $Rejected)) { throw "오류 행 파일이 없습니다: $Rejected" }
    Write-Host "  LibreOffice 명부 가져오기: 종료 코드 3, 오류 행 파일"
    # A certificate with the sample seal, for the first sample member ((주)한빛정밀: make_brn(2100) in
    # collabdesk/services/sample_data.py), given here rather than read from Korean program output.
    Copy-Item -LiteralPath (Join-Path $CheckBundle "_internal\resources\seal-sample.png") -Destination (Join-Path $CheckData "seal.png")
    $Certificate = Join-Path $Check "증명서.pdf"
    Invoke-Bundle @("certificate", "issue", "--member", "600-81-21008", "--out", $Certificate)
    if (-not (Test-Path -LiteralPath $Certificate)) { throw "증명서 PDF가 없습니다: $Certificate" }
    $Head = [System.IO.File]::ReadAllBytes($Certificate)
    if ($Head.Length -lt 5 -or [System.Text.Encoding]::ASCII.GetString($Head, 0, 5) -ne "%PDF-") {
        throw "증명서가 PDF가 아닙니다: $Certificate"
    }
    Invoke-Bundle @("certificate", "check")
    Write-Host "  증명서 PDF (직인 견본), 발급대장 검사"
    # The window itself, on the real Windows platform plugin: it paints, shows the 현황 figures and
    # quits by itself (collabdesk/ui/main_window.py, EXIT_AFTER_PAINT_ENV).
    $env:QT_QPA_PLATFORM = $null
    $env:COLLABDESK_EXIT_AFTER_FIRST_PAINT = "1"
    $Gui = Start-Process -FilePath (Join-Path $CheckBundle "CollabDesk.exe") -PassThru
    $null = $Gui.Handle  # keeps the process handle, or .NET may report no ExitCode after the wait
    if (-not $Gui.WaitForExit(120000)) {
        Stop-Process -Id $Gui.Id -Force
        throw "CollabDesk.exe 가 2분 안에 창을 그리고 끝나지 않았습니다."
    }
    if ($Gui.ExitCode -ne 0) { throw "CollabDesk.exe 종료 코드 $($Gui.ExitCode) (로그: $CheckData\logs)" }
    Write-Host "  화면: CollabDesk.exe 가 창을 그리고 현황 탭의 수치를 보인 뒤 끝났습니다"
} finally {
    foreach ($Name in $Saved.Keys) { [Environment]::SetEnvironmentVariable($Name, $Saved[$Name], "Process") }
}
# An antivirus scan or the search indexer may still hold a file: a leftover temp folder is no failure.
Remove-Item -LiteralPath $Check -Recurse -Force -ErrorAction Continue

if ($SkipInstaller) {
    Write-Host "완료: $Bundle (설치 파일은 만들지 않음)"
    exit 0
}

Write-Host "== 6. Inno Setup"
if (-not $Iscc) {
    # Installed for all users (Program Files) or, e.g. by winget, for this user only.
    $Candidates = @(@(${env:ProgramFiles(x86)}, $env:ProgramFiles) | Where-Object { $_ } |
        ForEach-Object { Join-Path $_ "Inno Setup 6\ISCC.exe" })
    $Candidates += Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe"
    $Iscc = $Candidates | Where-Object { $_ -and (Test-Path -LiteralPath $_) } | Select-Object -First 1
    if (-not $Iscc) {
        throw "ISCC.exe를 찾지 못했습니다. Inno Setup 6을 설치하거나 -Iscc 로 경로를 주십시오."
    }
}
Invoke-Checked $Iscc @(
    "/DAppVersion=$Version",
    "/DAppFileVersion=$FileVersion",
    "/DBundleDir=$Bundle",
    "/DIconFile=$Icon",
    "/DOutputDir=$(Join-Path $Root 'dist')",
    (Join-Path $Root "packaging\windows\CollabDesk.iss")
)
Write-Host "완료: $(Join-Path $Root "dist\CollabDesk-$Version-windows-x64-setup.exe")"
