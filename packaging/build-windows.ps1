# Build CouncilDesk's Windows download: dist\CouncilDesk-<version>-windows-x64-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1 [-Python "py -3.12"]
#
# Needs Python 3.11+ (64-bit) and Inno Setup 6 (ISCC.exe on PATH, or in its usual folder).
# The build tools go into build\bundle-venv, never the developer's .venv. The installer it makes is
# unsigned; packaging\README.md describes signing it before release.
param(
    [string]$Python = "py -3.11"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

# PowerShell does not stop when a program fails; this does, with the command in the message.
function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "build-windows: '$Program $Arguments' failed ($LASTEXITCODE)" }
}

$version = (Select-String -Path "councildesk\__init__.py" -Pattern '^__version__ = "(.+)"$').Matches[0].Groups[1].Value
$venv = "build\bundle-venv"
$work = "build\windows"

Write-Host "== build tools (packaging\requirements-build.txt) into $venv =="
if (-not (Test-Path "$venv\Scripts\python.exe")) {
    $launcher, $launcherArgs = $Python -split " "
    Invoke-Checked $launcher ($launcherArgs + @("-m", "venv", $venv))
}
Invoke-Checked "$venv\Scripts\python.exe" @("-m", "pip", "install", "--quiet", "-r", "packaging\requirements-build.txt", ".")

Write-Host "== icons from resources\icons\app-icon.svg =="
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked "$venv\Scripts\python.exe" @("packaging\render_icons.py", "packaging\icons")
Remove-Item Env:QT_QPA_PLATFORM

Write-Host "== PyInstaller =="
Invoke-Checked "$venv\Scripts\pyinstaller.exe" @("--noconfirm", "--log-level", "WARN",
    "--distpath", "$work\dist", "--workpath", "$work\work", "packaging\councildesk.spec")
$bundle = Resolve-Path "$work\dist\CouncilDesk"
foreach ($exe in @("CouncilDesk.exe", "councildesk-cli.exe")) {
    if (-not (Test-Path (Join-Path $bundle $exe))) { throw "build-windows: $exe was not built" }
}

Write-Host "== a first start of the bundle =="
$check = Join-Path $env:TEMP "councildesk-build-check.sqlite"
Remove-Item $check -ErrorAction SilentlyContinue
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked "$bundle\councildesk-cli.exe" @("--version")
Invoke-Checked "$bundle\councildesk-cli.exe" @("--db", $check, "demo")
Invoke-Checked "$bundle\councildesk-cli.exe" @("--db", $check, "gui", "--quit-when-ready")
Remove-Item Env:QT_QPA_PLATFORM
Remove-Item "$check*" -ErrorAction SilentlyContinue

Write-Host "== Inno Setup =="
$iscc = (Get-Command "ISCC.exe" -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "build-windows: Inno Setup 6 is not installed (ISCC.exe not found)" }
Invoke-Checked $iscc @("/Qp", "/DAppVersion=$version", "/DBundleDir=$bundle", "packaging\windows\councildesk.iss")
Write-Host "built dist\CouncilDesk-$version-windows-x64-setup.exe"
