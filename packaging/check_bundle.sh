#!/usr/bin/env bash
# Checks the built Linux bundle the way the secretariat PC will run it:
#   packaging/check_bundle.sh [dist/CollabDesk-<version>-linux-<machine>.tar.gz]
#
# The archive is unpacked under a folder whose path has Korean characters and a space, and every
# check runs there with no network and no Python: as root, inside a new network namespace (only
# a loopback that is down) and mount namespace in which the Python installations and this source
# checkout (with its .venv) are hidden under empty tmpfs mounts; always with `env -i` and a PATH that
# holds no python. Without root it falls back to the `env -i` part and says so.
#
# Checked: --version; the bundle's self-check (pdfium renders a Korean PDF, psycopg's binary libpq,
# Qt's plugins and Korean translation, the Alembic migrations, fonts with OFL.txt); sample-data;
# members list; a roster import of a LibreOffice-written file and a round trip export → import; a
# certificate PDF with the sample seal (fonts embedded, verify); the minutes PDF; a PostgreSQL
# address failing with the Korean connection message (proves psycopg loads); the GUI starting
# offscreen, painting the figures of its first tab (현황) and quitting (start time measured); a
# screenshot of the member list and one of the dashboard; the
# xcb platform under Xvfb when Xvfb is installed; install.sh writing a desktop entry for the Korean
# path; no shared library missing for the Qt platform plugins, pdfium and psycopg.
set -euo pipefail

HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
REPO=$(dirname "$HERE")

# --- inside the sandbox -----------------------------------------------------------------------
if [ "${1:-}" = "--inner" ]; then
    work=$2
    shift 2
    for hidden in "$@"; do
        [ -d "$hidden" ] && mount -t tmpfs -o size=1m,mode=0755 none "$hidden"
    done
    sandboxed=1
else
    sandboxed=0
fi

fail() {
    echo "FAIL: $*" >&2
    if [ -n "${LOG_FILE:-}" ] && [ -f "$LOG_FILE" ]; then
        echo "--- end of $LOG_FILE:" >&2
        tail -25 "$LOG_FILE" >&2
    fi
    exit 1
}
note() { echo "  $*"; }

inner_checks() {
    local work=$1
    local root="$work/사무국 자료"
    local bundle="$root/CollabDesk"
    local app="$bundle/collabdesk"
    local data="$root/데이터"
    local out="$root/결과"
    local emptybin="$work/bin"
    local version
    version=$(cat "$work/version")
    LOG_FILE="$data/logs/collabdesk.log"
    mkdir -p "$data" "$out" "$emptybin" "$work/home"

    # The program's whole environment: no PYTHON*, no LD_LIBRARY_PATH, no proxies, a PATH without
    # python; EXTRA holds assignments for one call (QT_QPA_PLATFORM=offscreen unless it says otherwise).
    EXTRA=()
    run() {
        env -i HOME="$work/home" PATH="$emptybin" LANG=C.UTF-8 COLLABDESK_DATA_DIR="$data" \
            QT_QPA_PLATFORM=offscreen "${EXTRA[@]}" "$app" "$@"
    }

    echo "== sandbox"
    if [ "$sandboxed" = 1 ]; then
        local interfaces
        interfaces=$(awk -F: 'NR > 2 { gsub(/ /, "", $1); print $1 }' /proc/net/dev | tr '\n' ' ')
        [ "$interfaces" = "lo " ] || fail "network namespace has interfaces: $interfaces"
        note "network: none (interfaces: $interfaces; lo is down)"
        note "hidden: $(cat "$work/hidden")"
    else
        note "WARNING: not root or no unshare: network and Python installations are NOT hidden"
    fi
    if PATH="$emptybin" command -v python3 >/dev/null 2>&1 || PATH="$emptybin" command -v python >/dev/null 2>&1; then
        fail "python on the program's PATH"
    fi
    note "program folder: $bundle"
    note "PATH for the program: $emptybin (empty)"

    echo "== --version"
    local said
    said=$(run --version)
    [ "$said" = "CollabDesk $version" ] || fail "--version said '$said', expected 'CollabDesk $version'"
    note "$said"

    echo "== bundle self-check"
    EXTRA=("COLLABDESK_BUNDLE_SELFCHECK=$out/selfcheck.json")
    run || fail "self-check failed"
    EXTRA=()
    local json="$out/selfcheck.json"
    for expected in '"frozen": true' '"psycopg_impl": "binary"' '"migrations_head_known": true' \
        '"qtbase_ko_loads": true' '"collabdesk_en_loads": true' '"collabdesk_en_sample": "Member Directory"' \
        '"pdfium_text": "협업그룹"' '"fonts/OFL.txt"' '"fonts/NanumGothic.ttf"' '"fonts/NanumGothicBold.ttf"' \
        '"seal-sample.png"' '"translations/collabdesk_en.qm"' '"platforms/libqxcb.so"' \
        '"platforms/libqoffscreen.so"' '"platforms/libqwayland.so"' '"imageformats/libqjpeg.so"' \
        '"imageformats/libqsvg.so"' '"printsupport/libcupsprintersupport.so"' '"Vera.ttf"' '"_a______.afm"'; do
        grep -qF "$expected" "$json" || fail "self-check lacks $expected (see $json)"
    done
    grep -q '"resource_root": ".*/_internal/resources"' "$json" || fail "resources not read from the bundle"
    grep -q '"migrations_dir": ".*/_internal/collabdesk/db/migrations"' "$json" || fail "migrations not in the bundle"
    grep -q '"pdfium_dark_pixels": [1-9]' "$json" || fail "pdfium rendered an empty page"
    if grep -q 'qvnc\|qtuiotouch\|"tls/\|networkinformation' "$json"; then fail "a network plugin is in the bundle"; fi
    note "pdfium, psycopg $(grep -o '"libpq_version": [0-9]*' "$json"), Qt plugins and translations, migrations, fonts: ok"

    echo "== sample-data, members list"
    said=$(run sample-data) || fail "sample-data failed"
    [[ $said == *"12곳"* ]] || fail "sample-data said: $said"
    note "$said"
    run members list --format csv >"$out/members.csv"
    [ "$(wc -l <"$out/members.csv")" = 13 ] || fail "members list: $(wc -l <"$out/members.csv") lines"
    local brn company
    brn=$(sed -n 2p "$out/members.csv" | cut -d, -f3)
    company=$(sed -n 2p "$out/members.csv" | cut -d, -f1)
    note "12 members; first: $company $brn"

    echo "== roster import (file written by LibreOffice, 5 faulty rows)"
    local code=0
    run --db "$data/가져오기.sqlite3" roster import "$work/입력/회원명부.xlsx" >"$out/import.txt" 2>&1 || code=$?
    [ "$code" = 3 ] || fail "roster import exit $code (expected 3): $(cat "$out/import.txt")"
    grep -qx 'imported=9 updated=0 skipped=0 rejected=5' "$out/import.txt" || fail "import: $(cat "$out/import.txt")"
    grep -q '^행 10: 사업자번호(D열)' "$out/import.txt" || fail "import row messages: $(cat "$out/import.txt")"
    note "$(grep '^imported=' "$out/import.txt"), Korean row messages, exit 3"

    echo "== roster export → import round trip"
    run roster export "$out/회원명부 내보내기.xlsx" >/dev/null || fail "roster export failed"
    run --db "$data/왕복.sqlite3" roster import "$out/회원명부 내보내기.xlsx" >"$out/roundtrip.txt" 2>&1 ||
        fail "round trip import: $(cat "$out/roundtrip.txt")"
    grep -qx 'imported=12 updated=0 skipped=0 rejected=0' "$out/roundtrip.txt" || fail "round trip: $(cat "$out/roundtrip.txt")"
    note "12 members out and back in"

    echo "== certificate PDF with the sample seal"
    cp "$bundle/_internal/resources/seal-sample.png" "$data/seal.png"
    run certificate issue --member "$brn" --out "$out/증명서.pdf" >"$out/certificate.txt" 2>"$out/certificate.err" ||
        fail "certificate issue: $(cat "$out/certificate.txt")"
    local number code_word
    number=$(sed -n 's/^번호: //p' "$out/certificate.txt")
    code_word=$(sed -n 's/^확인코드: //p' "$out/certificate.txt")
    [ -n "$number" ] && [ -n "$code_word" ] || fail "certificate output: $(cat "$out/certificate.txt")"
    [ "$(head -c 5 "$out/증명서.pdf")" = "%PDF-" ] || fail "certificate is not a PDF"
    run certificate verify "$number" "$code_word" >/dev/null || fail "certificate verify failed"
    note "$number ($code_word), verified"

    echo "== minutes PDF"
    local meeting
    meeting=$(run meetings list --format csv | sed -n 2p | cut -d, -f1)
    run minutes export "$meeting" --out "$out/회의록.pdf" >/dev/null || fail "minutes export failed"
    [ "$(head -c 5 "$out/회의록.pdf")" = "%PDF-" ] || fail "minutes is not a PDF"
    note "meeting $meeting"

    echo "== PostgreSQL driver (no server reachable here)"
    code=0
    run --db "postgresql://collabdesk@127.0.0.1:9/collabdesk" members list >"$out/pg.txt" 2>&1 || code=$?
    [ "$code" = 2 ] && grep -q '데이터베이스 서버에 연결할 수 없습니다' "$out/pg.txt" ||
        fail "PostgreSQL address gave exit $code: $(cat "$out/pg.txt")"
    note "psycopg loaded and reported the unreachable server in Korean (exit 2)"

    echo "== GUI start offscreen (first paint, dashboard figures painted, quit)"
    # The program prints the wall-clock time of its first paint and of the first painted figures of the
    # 현황 tab (collabdesk/ui/main_window.py, EXIT_AFTER_PAINT_ENV) and quits; the first of five starts
    # is the one after unpacking, with the files not yet in the page cache of this run.
    local paint=() rows=() i
    for i in 1 2 3 4 5; do
        local started
        started=$(date +%s.%N)
        EXTRA=(COLLABDESK_EXIT_AFTER_FIRST_PAINT=1)
        run >"$out/gui-$i.txt" 2>"$out/gui-$i.err" || fail "GUI start failed: $(cat "$out/gui-$i.err")"
        EXTRA=()
        grep -q '^dashboard-painted ' "$out/gui-$i.txt" || fail "no dashboard figures painted: $(cat "$out/gui-$i.txt")"
        paint+=("$(awk -v a="$started" '$1 == "first-paint" { printf "%.2f", $2 - a }' "$out/gui-$i.txt")")
        rows+=("$(awk -v a="$started" '$1 == "dashboard-painted" { printf "%.2f", $2 - a }' "$out/gui-$i.txt")")
    done
    median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
    note "seconds to the first painted window: ${paint[*]} (median $(median "${paint[@]}"))"
    note "seconds to the dashboard painted:     ${rows[*]} (median $(median "${rows[@]}"))"
    printf 'first-paint %s\ndashboard-painted %s\n' "${paint[*]}" "${rows[*]}" >"$out/start-times"

    echo "== screenshot"
    run screenshot --out "$out/화면.png" >/dev/null 2>"$out/screenshot.err" || fail "screenshot: $(cat "$out/screenshot.err")"
    [ "$(head -c 4 "$out/화면.png" | tail -c 3)" = "PNG" ] || fail "screenshot is not a PNG"
    run screenshot --tab dashboard --out "$out/현황.png" >/dev/null 2>"$out/screenshot.err" ||
        fail "dashboard screenshot: $(cat "$out/screenshot.err")"
    [ "$(head -c 4 "$out/현황.png" | tail -c 3)" = "PNG" ] || fail "dashboard screenshot is not a PNG"
    note "$out/화면.png, $out/현황.png"

    echo "== xcb platform"
    if command -v Xvfb >/dev/null 2>&1; then
        Xvfb :77 -nolisten tcp -screen 0 1280x900x24 >/dev/null 2>&1 &
        local xvfb=$!
        for i in $(seq 50); do [ -e /tmp/.X11-unix/X77 ] && break; sleep 0.1; done
        EXTRA=(QT_QPA_PLATFORM=xcb DISPLAY=:77 COLLABDESK_EXIT_AFTER_FIRST_PAINT=1)
        run >"$out/xcb.txt" 2>"$out/xcb.err" || { kill "$xvfb"; fail "GUI on xcb failed: $(cat "$out/xcb.err")"; }
        EXTRA=()
        kill "$xvfb"
        grep -q '^dashboard-painted ' "$out/xcb.txt" || fail "xcb: no dashboard figures painted"
        note "started and painted on Xvfb through the bundled xcb plugin"
    else
        note "Xvfb not installed: xcb not started (its libraries are checked below)"
    fi

    echo "== shared libraries"
    local internal="$bundle/_internal" missing lib
    for lib in "$internal"/PySide6/Qt/plugins/platforms/libq{xcb,offscreen,minimal}.so \
        "$internal"/PySide6/Qt/plugins/{imageformats,xcbglintegrations}/*.so \
        "$internal"/pypdfium2_raw/*.so "$internal"/psycopg_binary/*.so; do
        missing=$(LD_LIBRARY_PATH="$internal" ldd "$lib" | grep 'not found' || true)
        [ -z "$missing" ] || fail "$lib misses: $missing"
    done
    note "xcb, offscreen, image formats, pdfium and psycopg: every library found"
    local optional=""
    while IFS= read -r -d '' lib; do
        if LD_LIBRARY_PATH="$internal" ldd "$lib" 2>/dev/null | grep -q 'not found'; then
            optional="$optional $(basename "$lib")"
        fi
    done < <(find "$internal" -name '*.so*' -type f -print0)
    # Wayland and GTK-theme plugins need the desktop's own libraries; Qt skips them where absent.
    [ -z "$optional" ] || note "not loadable on this machine (its desktop libraries are absent):$optional"

    echo "== install.sh (desktop entry for the Korean path)"
    env -i HOME="$work/home" PATH=/usr/bin:/bin "$bundle/install.sh" >/dev/null || fail "install.sh failed"
    local entry="$work/home/.local/share/applications/collabdesk.desktop"
    grep -qxF "Exec=\"$app\"" "$entry" || fail "desktop entry Exec: $(grep ^Exec "$entry")"
    [ -f "$work/home/.local/share/icons/hicolor/256x256/apps/collabdesk.png" ] || fail "icon not installed"
    [ "$(readlink "$work/home/.local/bin/collabdesk")" = "$app" ] || fail "~/.local/bin/collabdesk link"
    if command -v desktop-file-validate >/dev/null 2>&1; then
        desktop-file-validate "$entry" || fail "desktop-file-validate"
        note "desktop-file-validate: ok"
    fi
    env -i HOME="$work/home" PATH=/usr/bin:/bin "$bundle/install.sh" --remove >/dev/null
    [ ! -e "$entry" ] || fail "install.sh --remove left the entry"
    note "$(grep ^Exec "$bundle/collabdesk.desktop") → Exec=\"$app\"; --remove cleans up"
}

if [ "$sandboxed" = 1 ]; then
    inner_checks "$work"
    exit 0
fi

# --- outside: unpack, then run the checks in the sandbox ----------------------------------------
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$REPO/pyproject.toml" | head -1)
tarball=${1:-"$REPO/dist/CollabDesk-$version-linux-$(uname -m).tar.gz"}
[ -f "$tarball" ] || fail "no $tarball: run make dist first"
work=$(mktemp -d /tmp/collabdesk-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/사무국 자료" "$work/입력"
echo "$version" >"$work/version"
tar -xzf "$tarball" -C "$work/사무국 자료"
cp "$REPO/tests/fixtures/roster/libreoffice_roster.xlsx" "$work/입력/회원명부.xlsx"
cp "$0" "$work/check_bundle.sh"

started=$(date +%s)
hidden=()
for dir in /root/.pyenv /usr/lib/python3 /usr/lib/python3.* /usr/local/lib/python3.* "$HOME/.local/lib" "$REPO"; do
    [ -d "$dir" ] && hidden+=("$dir")
done
echo "${hidden[*]}" >"$work/hidden"
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 && unshare --net --mount true 2>/dev/null; then
    unshare --net --mount --fork bash "$work/check_bundle.sh" --inner "$work" "${hidden[@]}"
else
    inner_checks "$work"
fi

echo "== sizes"
echo "  folder:  $(du -sh "$work/사무국 자료/CollabDesk" | cut -f1)  ($(du -sb "$work/사무국 자료/CollabDesk" | cut -f1) bytes)"
echo "  archive: $(du -h "$tarball" | cut -f1)  ($(stat -c %s "$tarball") bytes) $(basename "$tarball")"
if command -v pdffonts >/dev/null 2>&1; then
    echo "== fonts embedded in the certificate"
    pdffonts "$work/사무국 자료/결과/증명서.pdf" | awk 'NR > 2 { print "  " $1 " emb=" $(NF-4) }'
    pdffonts "$work/사무국 자료/결과/증명서.pdf" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }' ||
        fail "a font of the certificate is not embedded"
fi
if [ -n "${KEEP_CHECK_OUTPUT:-}" ]; then
    cp -r "$work/사무국 자료/결과" "$KEEP_CHECK_OUTPUT"
    echo "  outputs kept in $KEEP_CHECK_OUTPUT"
fi
echo "bundle check passed in $(($(date +%s) - started)) s"
