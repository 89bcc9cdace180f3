#!/usr/bin/env bash
# Build CouncilDesk's Linux download: dist/CouncilDesk-<version>-linux-<arch>.tar.gz, a one-folder
# PyInstaller bundle with an install script that puts CouncilDesk in the user's menu.
#
#   packaging/build-linux.sh            (run from anywhere; needs python3 with venv, and binutils)
#
# The build tools go into their own virtual environment (BUNDLE_VENV, default build/bundle-venv),
# never into the developer's .venv, so the bundle carries CouncilDesk's run-time dependencies and
# nothing else. PIP_CACHE_DIR is honoured, so a second build downloads nothing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' councildesk/__init__.py)
arch=$(uname -m)
name="CouncilDesk-$version-linux-$arch"
venv=${BUNDLE_VENV:-$root/build/bundle-venv}
work="$root/build/linux"

echo "== build tools (packaging/requirements-build.txt) into $venv =="
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet -r packaging/requirements-build.txt .

# The libraries Qt's window plugins link to are carried inside the bundle, so that a bare desktop
# system needs none of them; PyInstaller can only carry what this machine has.
platforms="$("$venv/bin/python" -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent)')/Qt/plugins/platforms"
missing=$(ldd "$platforms/libqxcb.so" "$platforms/libqwayland.so" | sed -n 's/^[[:space:]]*\([^ ]*\) => not found.*/\1/p' | sort -u | tr '\n' ' ')
if [ -n "$missing" ]; then
  echo "build-linux.sh: this machine lacks $missing, which the bundle must carry." >&2
  echo "Install them first: apt-get install $(grep -v '^#' packaging/linux/qt-runtime-debs.txt | tr '\n' ' ')" >&2
  exit 1
fi

echo "== icons from resources/icons/app-icon.svg =="
QT_QPA_PLATFORM=offscreen "$venv/bin/python" packaging/render_icons.py packaging/icons

echo "== PyInstaller =="
"$venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$work/dist" --workpath "$work/work" packaging/councildesk.spec

echo "== $name.tar.gz =="
stage="$work/stage/$name"
rm -rf "$work/stage"
mkdir -p "$stage/icons" dist
cp -a "$work/dist/CouncilDesk" "$stage/CouncilDesk"
cp packaging/linux/install.sh "$stage/install.sh"
cp packaging/councildesk.desktop "$stage/councildesk.desktop"
cp packaging/linux/README.txt "$stage/README.txt"
cp packaging/linux/qt-runtime-debs.txt "$stage/CouncilDesk/"
cp packaging/icons/councildesk-*.png packaging/icons/councildesk.svg "$stage/icons/"
chmod +x "$stage/install.sh"
tar -C "$work/stage" -czf "dist/$name.tar.gz" "$name"
echo "built dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1) download," \
  "$(du -sh "$stage" | cut -f1) installed)"
