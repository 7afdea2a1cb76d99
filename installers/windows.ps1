<#
.SYNOPSIS
  Builds Weft for Windows with jpackage and a jlink-trimmed runtime.

.DESCRIPTION
  installers\windows.ps1              target\dist\Weft-VERSION.msi
  installers\windows.ps1 app-image    target\dist\Weft\ (run target\dist\Weft\Weft.exe)

  Needs a JDK 25 (JAVA_HOME, or Temurin / Oracle / Microsoft JDK 25 under Program Files) and,
  for the .msi, the WiX Toolset on PATH (jpackage 25 accepts WiX 3.14 (candle.exe, light.exe)
  or WiX 4/5/6 (wix.exe, e.g. `dotnet tool install --global wix`)).
  Builds target\weft.jar first if it is missing. Options: installers\weft.conf, the same file
  installers/linux.sh and installers/macos.sh read; installers/lib.sh is this script's twin.
#>
param(
  [ValidateSet('msi', 'app-image')]
  [string]$Type = 'msi'
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $true

$Root = Split-Path -Parent $PSScriptRoot
$Build = Join-Path $Root 'target\installer'
$Dist = Join-Path $Root 'target\dist'

function Log([string]$Message) { Write-Host "==> $Message" }

# weft.conf: KEY=VALUE lines; '#' comments and blank lines ignored.
$Conf = @{}
foreach ($line in Get-Content (Join-Path $PSScriptRoot 'weft.conf')) {
  if ($line -match '^\s*(#|$)') { continue }
  $key, $value = $line -split '=', 2
  $Conf[$key] = $value
}
function Conf([string]$Key) {
  if (-not $Conf.ContainsKey($Key)) { throw "$Key is missing from installers\weft.conf" }
  $Conf[$Key]
}

function Invoke-Tool([string]$Exe, [string[]]$Arguments) {
  & $Exe @Arguments
  if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

# A JDK 25 or newer with jpackage and jlink: JAVA_HOME if it is one, else the usual folders.
function Find-Jdk {
  $candidates = @()
  if ($env:JAVA_HOME) { $candidates += $env:JAVA_HOME }
  foreach ($pattern in @(
      "$env:ProgramFiles\Eclipse Adoptium\jdk-25*",
      "$env:ProgramFiles\Java\jdk-25*",
      "$env:ProgramFiles\Microsoft\jdk-25*")) {
    $candidates += @(Get-ChildItem -Directory -Path $pattern -ErrorAction SilentlyContinue |
        ForEach-Object { $_.FullName })
  }
  foreach ($candidate in $candidates) {
    $release = Join-Path $candidate 'release'
    if (-not (Test-Path $release) -or -not (Test-Path (Join-Path $candidate 'bin\jpackage.exe'))) { continue }
    $match = Select-String -Path $release -Pattern '^JAVA_VERSION="(\d+)'
    if ($match -and [int]$match.Matches[0].Groups[1].Value -ge 25) {
      Log "JDK: $candidate"
      return $candidate
    }
  }
  throw ("No JDK 25 with jpackage and jlink found (looked at JAVA_HOME and Program Files). " +
    "Install one, e.g. 'winget install EclipseAdoptium.Temurin.25.JDK', or set JAVA_HOME.")
}

$Jdk = Find-Jdk
$Bin = Join-Path $Jdk 'bin'

# Build the jar unless it is there.
$Properties = Join-Path $Root 'target\maven-archiver\pom.properties'
if (-not (Test-Path (Join-Path $Root 'target\weft.jar')) -or -not (Test-Path $Properties)) {
  Log 'building target\weft.jar (mvnw -q -B package -DskipTests)'
  Push-Location $Root
  try { Invoke-Tool (Join-Path $Root 'mvnw.cmd') @('-q', '-B', 'package', '-DskipTests') }
  finally { Pop-Location }
}
$Version = (Select-String -Path $Properties -Pattern '^version=(.+)$').Matches[0].Groups[1].Value
# jpackage wants numbers for Windows: 0.2.0-SNAPSHOT -> 0.2.0
$AppVersion = ($Version -replace '[^0-9.].*$', '').TrimEnd('.')
Log "Weft $Version"

# Stage weft.jar and its lib\ (the manifest's Class-Path): jpackage copies the folder whole.
# (Not $Input: that name is PowerShell's own.)
$Staged = Join-Path $Build 'input'
Remove-Item -Recurse -Force $Staged -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force (Join-Path $Staged 'lib') | Out-Null
Copy-Item (Join-Path $Root 'target\weft.jar') $Staged
Copy-Item (Join-Path $Root 'target\lib\*.jar') (Join-Path $Staged 'lib')

# The runtime: what jdeps finds in weft.jar and every library jar, plus weft.conf's extras,
# minus its drops (see installers/lib.sh for why every jar is a root).
$jars = @(Get-ChildItem (Join-Path $Staged 'lib\*.jar') | ForEach-Object { $_.FullName })
$deps = (& (Join-Path $Bin 'jdeps.exe') --print-module-deps --ignore-missing-deps --multi-release 25 `
    --class-path (Join-Path $Staged 'lib\*') (Join-Path $Staged 'weft.jar') @jars | Select-Object -Last 1)
if ($LASTEXITCODE -ne 0 -or $deps -notmatch '^[a-z0-9.,]+$') { throw "jdeps printed no module list: $deps" }
$drop = (Conf 'JLINK_DROP_MODULES') -split ','
$modules = (($deps -split ',') + ((Conf 'JLINK_EXTRA_MODULES') -split ',')) |
  Where-Object { $_ -and ($drop -notcontains $_) } | Sort-Object -Unique
Log "jlink: $($modules -join ',')"
$Runtime = Join-Path $Build 'runtime'
Remove-Item -Recurse -Force $Runtime -ErrorAction SilentlyContinue
Invoke-Tool (Join-Path $Bin 'jlink.exe') (@('--add-modules', ($modules -join ',')) +
  ((Conf 'JLINK_OPTIONS') -split '\s+') + @('--output', $Runtime))

$jpackageArgs = @(
  '--name', (Conf 'NAME'),
  '--app-version', $AppVersion,
  '--vendor', (Conf 'VENDOR'),
  '--description', (Conf 'DESCRIPTION'),
  '--copyright', (Conf 'COPYRIGHT'),
  '--input', $Staged,
  '--main-jar', (Conf 'MAIN_JAR'),
  '--main-class', (Conf 'MAIN_CLASS'),
  '--runtime-image', $Runtime,
  '--icon', (Join-Path $Root "desktop\icons\$(Conf 'APP_ID').ico"),
  '--dest', $Dist
)
foreach ($option in ((Conf 'JAVA_OPTIONS') -split '\s+')) { $jpackageArgs += @('--java-options', $option) }
# A console launcher as well, so that `weft-cli validate FILE` prints in a terminal
# (Weft.exe is a GUI program: Windows gives it no console).
$launcherProps = Join-Path $Build 'weft-cli.properties'
Set-Content -Path $launcherProps -Value @('win-console=true', 'win-shortcut=false', 'win-menu=false') -Encoding ascii
$jpackageArgs += @('--add-launcher', "weft-cli=$launcherProps")

New-Item -ItemType Directory -Force $Dist | Out-Null
if ($Type -eq 'app-image') {
  Remove-Item -Recurse -Force (Join-Path $Dist (Conf 'NAME')) -ErrorAction SilentlyContinue
  Log 'jpackage app-image'
  Invoke-Tool (Join-Path $Bin 'jpackage.exe') (@('--type', 'app-image') + $jpackageArgs)
  Log "built $(Join-Path $Dist (Conf 'NAME'))"
} else {
  Remove-Item -Force (Join-Path $Dist "$(Conf 'NAME')-*.msi") -ErrorAction SilentlyContinue
  Log 'jpackage msi'
  $packageArgs = @('--license-file', (Join-Path $Root (Conf 'LICENSE_FILE')))
  if (Conf 'ABOUT_URL') { $packageArgs += @('--about-url', (Conf 'ABOUT_URL')) }
  Invoke-Tool (Join-Path $Bin 'jpackage.exe') (@('--type', 'msi') + $jpackageArgs + $packageArgs + @(
      '--win-upgrade-uuid', (Conf 'WIN_UPGRADE_UUID'),
      '--win-menu', '--win-menu-group', (Conf 'NAME'),
      '--win-shortcut', '--win-shortcut-prompt', '--win-dir-chooser'
    ))
  Get-ChildItem (Join-Path $Dist "$(Conf 'NAME')-*.msi") | ForEach-Object {
    Log ("built {0} ({1:N0} MB)" -f $_.FullName, ($_.Length / 1MB))
  }
}
