#!/bin/sh
# CollabDesk 메뉴 등록 / Registers CollabDesk in the desktop menu for the current user.
#
#   ./install.sh            메뉴 항목, 아이콘, ~/.local/bin/collabdesk 명령을 만듭니다
#   ./install.sh --remove   그것들을 지웁니다 (프로그램 폴더와 자료는 그대로 둡니다)
#
# Nothing outside the user's home folder is touched; no root needed. The data stay in
# ~/.local/share/CollabDesk either way.
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
data_home=${XDG_DATA_HOME:-"$HOME/.local/share"}
entry="$data_home/applications/collabdesk.desktop"
icon="$data_home/icons/hicolor/256x256/apps/collabdesk.png"
link="$HOME/.local/bin/collabdesk"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$icon"
    # Only our own link, never a `collabdesk` installed some other way.
    if [ -L "$link" ] && [ "$(readlink "$link")" = "$here/collabdesk" ]; then rm -f "$link"; fi
    refresh
    echo "CollabDesk 메뉴 항목을 지웠습니다. 자료($data_home/CollabDesk)는 그대로 있습니다."
    exit 0
fi

case $here in
    *"
"*) echo "폴더 이름에 줄바꿈이 있어 등록할 수 없습니다: $here" >&2; exit 2 ;;
esac
[ -x "$here/collabdesk" ] || { echo "이 폴더에 collabdesk 프로그램이 없습니다: $here" >&2; exit 2; }

# Exec= takes the program in double quotes: \ " ` $ get a backslash, then the desktop file's own
# string escaping doubles every backslash; % is written %%. Korean and spaces need nothing.
exec_path=$(printf '%s' "$here/collabdesk" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')

mkdir -p "$(dirname "$entry")" "$(dirname "$icon")" "$(dirname "$link")"
cp "$here/collabdesk.png" "$icon"
sed -e "/^Exec=/d" "$here/collabdesk.desktop" >"$entry.tmp"
printf 'Exec="%s"\n' "$exec_path" >>"$entry.tmp"
mv "$entry.tmp" "$entry"
ln -sfn "$here/collabdesk" "$link"
refresh
echo "CollabDesk를 메뉴(사무/Office)에 등록했습니다: $entry"
echo "터미널에서는 collabdesk 명령으로 실행할 수 있습니다 ($link)."
