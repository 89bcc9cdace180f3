; Inno Setup 6 script for CouncilDesk's Windows installer. packaging/build-windows.ps1 runs it as
;   ISCC.exe /DAppVersion=0.1.0 /DBundleDir=<the PyInstaller folder> packaging\windows\councildesk.iss
; It installs for the current user only (no administrator rights, no UAC prompt) into
; %LOCALAPPDATA%\Programs\CouncilDesk, adds a Start-menu shortcut and an uninstaller, and never
; touches the council's data in %APPDATA%\CouncilDesk (the uninstaller leaves it there too).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z
#endif
#ifndef BundleDir
  #error Pass the PyInstaller output folder: ISCC /DBundleDir=...\CouncilDesk
#endif

[Setup]
; AppId ties upgrades and the uninstaller to one product: never change it.
AppId={{6F1D3C2A-8B5E-4E0B-9A57-2C4D1E7B9F30}
AppName=CouncilDesk
AppVersion={#AppVersion}
AppVerName=CouncilDesk {#AppVersion}
AppPublisher=CouncilDesk developers
AppComments=The clerk's desk for a small council. CouncilDesk needs no network.
VersionInfoVersion={#AppVersion}
VersionInfoProductName=CouncilDesk
; Per-user: {autopf} and {autoprograms} become the user's own Programs folder and Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\CouncilDesk
DisableDirPage=auto
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile=..\icons\councildesk.ico
UninstallDisplayIcon={app}\CouncilDesk.exe
UninstallDisplayName=CouncilDesk
; Setup offers to close a running CouncilDesk before replacing its files.
CloseApplications=yes
RestartApplications=no
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=CouncilDesk-{#AppVersion}-windows-x64-setup

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole program folder, so no file of an older version lingers beside it.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\CouncilDesk"; Filename: "{app}\CouncilDesk.exe"; Comment: "The clerk's desk for a small council"
Name: "{autodesktop}\CouncilDesk"; Filename: "{app}\CouncilDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\CouncilDesk.exe"; Description: "{cm:LaunchProgram,CouncilDesk}"; Flags: nowait postinstall skipifsilent
