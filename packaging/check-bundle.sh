#!/usr/bin/env bash
# Try a built Linux download as a clerk's machine would: install it into an empty home, start it
# with no Python or virtual environment on PATH, and check that it and a pip-installed CouncilDesk
# read each other's databases and show the same window.
#
#   packaging/check-bundle.sh TARBALL PIP_COUNCILDESK FIXTURES_DIR
#
# TARBALL is dist/CouncilDesk-*-linux-*.tar.gz; PIP_COUNCILDESK the `councildesk` of a venv that
# has the wheel installed (its python compares the screenshots); FIXTURES_DIR is tests/fixtures.
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: packaging/check-bundle.sh TARBALL PIP_COUNCILDESK FIXTURES_DIR" >&2
  exit 2
fi
tarball=$(realpath "$1")
pip_councildesk=$(realpath "$2")
fixtures=$(realpath "$3")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
home="$work/home"
mkdir -p "$home" "$work/unpacked"
cd "$work"  # away from any checkout

# The bundle runs with a bare environment: no venv, no PYTHONPATH, only the system's own PATH.
bare() {
  env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}

echo "-- install.sh into an empty home"
tar -C "$work/unpacked" -xzf "$tarball"
bare sh "$work"/unpacked/CouncilDesk-*/install.sh
bundled="$home/.local/bin/councildesk"
desktop="$home/.local/share/applications/councildesk.desktop"
test -x "$bundled"
test -s "$home/.local/share/icons/hicolor/256x256/apps/councildesk.png"
test -s "$home/.local/share/icons/hicolor/scalable/apps/councildesk.svg"
grep -q "^Exec=\"$home/.local/opt/councildesk/councildesk\"$" "$desktop"
grep -q "^Icon=councildesk$" "$desktop"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop"; fi

echo "-- the libraries Qt's window plugins link to: carried, or on every desktop system"
internal="$home/.local/opt/councildesk/_internal"
# What a bundle may take from the system: the C library, the OpenGL/EGL drivers, and the X11 and
# Wayland client libraries, which must match the display server; anything else must be carried.
system_ok='^(linux-vdso\.so|/lib64/ld-linux|ld-linux|lib(c|m|dl|pthread|rt)\.so|lib(GL|EGL|GLX|GLdispatch|OpenGL)\.so|libxcb\.so\.1$|libwayland-(client|cursor|egl)\.so)'
for plugin in libqxcb.so libqwayland.so; do
  from_system=$(LD_LIBRARY_PATH="$internal" ldd "$internal/PySide6/Qt/plugins/platforms/$plugin" \
    | grep -v -F "$internal/" | awk '{print $1}' | grep -v -E "$system_ok" || true)
  if [ -n "$from_system" ]; then
    echo "the bundle's $plugin takes these from the system instead of carrying them:" $from_system >&2
    exit 1
  fi
done

echo "-- the bundled program: init, demo, report protocol, gui, protocol import .docx and .pdf"
bare "$bundled" --version
bare "$bundled" --db "$work/bundled.sqlite" init --council "Bundle Test Parish Council"
bare "$bundled" --db "$work/bundled.sqlite" protocol import \
  "$fixtures/policies/newbiggin-parish-council-privacy-policy.docx" --policy "Privacy Policy"
bare "$bundled" --db "$work/bundled.sqlite" protocol import \
  "$fixtures/protocols/sandhurst-town-council.pdf"
bare "$bundled" --db "$work/bundled.sqlite" report protocol --out "$work/protocol.pdf"
head -c 5 "$work/protocol.pdf" | grep -q '%PDF-'
bare "$bundled" --db "$work/bundled.sqlite" gui --quit-when-ready
bare "$bundled" --db "$work/bundled-demo.sqlite" demo
bare "$bundled" --db "$work/bundled-demo.sqlite" report protocol --out "$work/demo-protocol.pdf"
head -c 5 "$work/demo-protocol.pdf" | grep -q '%PDF-'

if command -v xvfb-run >/dev/null; then
  # A real X11 window, through the xcb plugin and the libraries the bundle carries for it.
  xvfb-run -a -s "-screen 0 1280x800x24" sh -c 'exec env -i HOME="$0" PATH=/usr/bin:/bin \
    LANG=C.UTF-8 DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" QT_QPA_PLATFORM=xcb \
    "$1" --db "$2" gui --quit-when-ready' "$home" "$bundled" "$work/bundled-demo.sqlite"
fi

echo "-- the two read each other's databases and say the same of them"
bare "$pip_councildesk" --db "$work/pip-demo.sqlite" demo
for db in bundled bundled-demo pip-demo; do
  # Working days (the bank holidays of England and Wales) are behind the review dates.
  for what in "protocol show --json" "people list --json" "policies list --json" \
    "reviews due --within 3650 --json"; do
    # shellcheck disable=SC2086 # $what is two or three words on purpose
    bare "$bundled" --db "$work/$db.sqlite" $what > "$work/by-bundle.json"
    # shellcheck disable=SC2086
    bare "$pip_councildesk" --db "$work/$db.sqlite" $what > "$work/by-pip.json"
    cmp "$work/by-bundle.json" "$work/by-pip.json"
  done
  bare "$bundled" --db "$work/$db.sqlite" gui --quit-when-ready
  bare "$pip_councildesk" --db "$work/$db.sqlite" gui --quit-when-ready
done
bare "$pip_councildesk" --db "$work/bundled-demo.sqlite" protocol search "political group" \
  | grep -q "Political groups"
bare "$bundled" --db "$work/pip-demo.sqlite" protocol search "political group" \
  | grep -q "Political groups"

echo "-- the same window: every page and dialog, bundled and pip-installed, on one database"
for program in bundled pip; do
  executable=$bundled
  [ "$program" = pip ] && executable=$pip_councildesk
  # Each run gets the same fresh copy at the same path: showing the casebook's cases is
  # audited, so a second run on one file would find the first run's entries in the trail.
  rm -f "$work/shots.sqlite" "$work/shots.sqlite-wal" "$work/shots.sqlite-shm"
  cp "$work/pip-demo.sqlite" "$work/shots.sqlite"
  [ ! -f "$work/pip-demo.sqlite-wal" ] || cp "$work/pip-demo.sqlite-wal" "$work/shots.sqlite-wal"
  # Qt's offscreen platform says a line per window about size hints; show it only on failure.
  bare "$executable" --db "$work/shots.sqlite" gui --screenshots "$work/shots-$program" \
    >"$work/shots.log" 2>&1 || { cat "$work/shots.log" >&2; exit 1; }
done
bare "$(dirname "$pip_councildesk")/python" "$here/compare_screenshots.py" \
  "$work/shots-bundled" "$work/shots-pip"

echo "-- install.sh --uninstall keeps the council's data"
mkdir -p "$home/.local/share/CouncilDesk"
cp "$work/bundled.sqlite" "$home/.local/share/CouncilDesk/councildesk.sqlite"
bare sh "$work"/unpacked/CouncilDesk-*/install.sh --uninstall
test ! -e "$bundled" && test ! -e "$desktop" && test ! -e "$home/.local/opt/councildesk"
test -s "$home/.local/share/CouncilDesk/councildesk.sqlite"
echo "bundle check passed: installed, started bare, and agreed with the pip-installed copy"
