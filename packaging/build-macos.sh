#!/usr/bin/env bash
# Build CouncilDesk's macOS download: dist/CouncilDesk-<version>-macos-<arch>.dmg holding
# CouncilDesk.app and a shortcut to Applications, to drag it onto.
#
#   packaging/build-macos.sh          (on a Mac, with python3.11+ and the Xcode command-line tools)
#
# Set COUNCILDESK_CODESIGN_IDENTITY="Developer ID Application: ..." to sign for release; then
# notarise and staple the .dmg as packaging/README.md describes. Without it the app is signed ad
# hoc, and a clerk must use "Open Anyway" the first time (see the README).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' councildesk/__init__.py)
arch=$(uname -m)
venv=${BUNDLE_VENV:-$root/build/bundle-venv}
work="$root/build/macos"
dmg="dist/CouncilDesk-$version-macos-$arch.dmg"

echo "== build tools (packaging/requirements-build.txt) into $venv =="
[ -x "$venv/bin/python" ] || "${PYTHON:-python3}" -m venv "$venv"
"$venv/bin/pip" install --quiet -r packaging/requirements-build.txt .

echo "== icons from resources/icons/app-icon.svg =="
QT_QPA_PLATFORM=offscreen "$venv/bin/python" packaging/render_icons.py packaging/icons

echo "== PyInstaller =="
"$venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$work/dist" --workpath "$work/work" packaging/councildesk.spec
app="$work/dist/CouncilDesk.app"
plutil -lint "$app/Contents/Info.plist"
codesign --verify --deep --strict "$app"

echo "== a first start of the bundle =="
check=$(mktemp -d)
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/CouncilDesk" --version
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/CouncilDesk" --db "$check/check.sqlite" demo
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/CouncilDesk" --db "$check/check.sqlite" \
  gui --quit-when-ready
rm -rf "$check"

echo "== $dmg =="
stage="$work/dmg"
rm -rf "$stage" "$dmg"
mkdir -p "$stage" dist
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -quiet -volname "CouncilDesk $version" -srcfolder "$stage" -fs HFS+ \
  -format UDZO -ov "$dmg"
if [ -n "${COUNCILDESK_CODESIGN_IDENTITY:-}" ]; then
  codesign --sign "$COUNCILDESK_CODESIGN_IDENTITY" --timestamp "$dmg"
fi
echo "built $dmg ($(du -h "$dmg" | cut -f1))"
