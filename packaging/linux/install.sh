#!/bin/sh
# Install CouncilDesk for you alone (no administrator password needed):
#   ./install.sh              put CouncilDesk in your menu, and `councildesk` on your PATH
#   ./install.sh --uninstall  take the program away again; your council's data is kept
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir="$HOME/.local/opt/councildesk"
bin_link="$HOME/.local/bin/councildesk"
desktop_file="$data_home/applications/councildesk.desktop"
icon_root="$data_home/icons/hicolor"
sizes="16 24 32 48 64 128 256 512"

refresh_menus() {
  command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$data_home/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$icon_root" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$app_dir"
  rm -f "$desktop_file"
  [ -L "$bin_link" ] && rm -f "$bin_link"
  for size in $sizes; do rm -f "$icon_root/${size}x$size/apps/councildesk.png"; done
  rm -f "$icon_root/scalable/apps/councildesk.svg"
  refresh_menus
  echo "CouncilDesk is uninstalled. Your council's data is still in $data_home/CouncilDesk."
  exit 0
fi
if [ -n "${1:-}" ]; then
  echo "install.sh: unknown option '$1' (use no option to install, or --uninstall)" >&2
  exit 2
fi

# Copy to a new folder and swap it in, so an upgrade interrupted half-way leaves the old copy.
mkdir -p "$(dirname "$app_dir")"
rm -rf "$app_dir.new"
cp -R "$here/CouncilDesk" "$app_dir.new"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"

mkdir -p "$(dirname "$bin_link")" "$(dirname "$desktop_file")" "$icon_root/scalable/apps"
ln -sf "$app_dir/councildesk" "$bin_link"
for size in $sizes; do
  mkdir -p "$icon_root/${size}x$size/apps"
  cp "$here/icons/councildesk-$size.png" "$icon_root/${size}x$size/apps/councildesk.png"
done
cp "$here/icons/councildesk.svg" "$icon_root/scalable/apps/councildesk.svg"
# The menu starts the program by its full path: ~/.local/bin is not on every desktop's PATH.
sed -e "s|^Exec=.*|Exec=\"$app_dir/councildesk\"|" \
    -e "s|^TryExec=.*|TryExec=$app_dir/councildesk|" \
    "$here/councildesk.desktop" > "$desktop_file"
chmod +x "$desktop_file"
refresh_menus

# The bundle carries the libraries Qt's window plugins need; name any the system still lacks.
missing=""
for plugin in "$app_dir"/_internal/PySide6/Qt/plugins/platforms/libqxcb.so; do
  [ -f "$plugin" ] || continue
  missing=$(ldd "$plugin" 2>/dev/null | sed -n 's/^[[:space:]]*\([^ ]*\) => not found.*/\1/p' \
    | sort -u | tr '\n' ' ')
done
echo "$("$app_dir/councildesk" --version 2>/dev/null || echo CouncilDesk) is installed:" \
  "open it from your menu (Office), or type 'councildesk'."
if [ -n "$missing" ]; then
  echo "This system lacks libraries the window needs: $missing" >&2
  echo "On Debian or Ubuntu:  sudo apt install $(grep -v '^#' "$app_dir/qt-runtime-debs.txt" | tr '\n' ' ')" >&2
  echo "On Fedora:            sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms libxkbcommon-x11" >&2
fi
