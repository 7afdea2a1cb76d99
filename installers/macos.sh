#!/usr/bin/env bash
# Builds Weft for macOS with jpackage and a jlink-trimmed runtime.
#
#   installers/macos.sh              target/dist/Weft-VERSION.dmg
#   installers/macos.sh app-image    target/dist/Weft.app
#
# Run it on a Mac of the architecture to ship (Apple silicon or Intel): the JDK's runtime and
# the JavaFX jars Maven picks are for the machine that builds. Needs a JDK 25 (JAVA_HOME,
# /Library/Java/JavaVirtualMachines/*25*, or Homebrew's openjdk@25) and Xcode's command line
# tools (iconutil, codesign, hdiutil). Signing: set MAC_SIGNING_IDENTITY to the name of a
# "Developer ID Application" certificate in the keychain; without it the app is ad-hoc signed.
# Options: installers/weft.conf.
set -euo pipefail

# shellcheck source=installers/lib.sh
source "$(dirname "$0")/lib.sh"

TYPE="${1:-dmg}"
case "$TYPE" in
  dmg | app-image) ;;
  *)
    sed -n '2,13s/^# \{0,1\}//p' "$0" >&2
    exit 2
    ;;
esac
[[ "$(uname -s)" == Darwin ]] || die "run this on macOS (jpackage builds for the OS it runs on)"
command -v iconutil >/dev/null || die "iconutil is missing: xcode-select --install"

# icns: macOS's icon, from the committed PNGs (desktop/render-icons.sh renders them).
icns() {
  local app_id iconset size
  app_id="$(conf APP_ID)"
  iconset="$WEFT_BUILD/$(conf NAME).iconset"
  rm -rf "$iconset"
  mkdir -p "$iconset"
  for size in 16 32 128 256 512; do
    cp "$WEFT_ROOT/desktop/icons/hicolor/${size}x${size}/apps/$app_id.png" \
      "$iconset/icon_${size}x${size}.png"
  done
  for size in 16 32 128 256; do
    cp "$WEFT_ROOT/desktop/icons/hicolor/$((size * 2))x$((size * 2))/apps/$app_id.png" \
      "$iconset/icon_${size}x${size}@2x.png"
  done
  iconutil --convert icns --output "$WEFT_BUILD/$(conf NAME).icns" "$iconset"
  printf '%s\n' "$WEFT_BUILD/$(conf NAME).icns"
}

find_jdk
ensure_built
VERSION="$(project_version)"
log "Weft $VERSION"
stage_input
link_runtime

# (no mapfile: macOS's own bash is 3.2)
args=()
while IFS= read -r line; do args+=("$line"); done < <(common_jpackage_args "$VERSION")
args+=(
  --icon "$(icns)"
  --mac-package-identifier "$(conf APP_ID)"
  --mac-package-name "$(conf NAME)"
  --mac-app-category public.app-category.developer-tools
)
if [[ -n "${MAC_SIGNING_IDENTITY:-}" ]]; then
  args+=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_IDENTITY")
fi

mkdir -p "$WEFT_DIST"
if [[ "$TYPE" == app-image ]]; then
  rm -rf "${WEFT_DIST:?}/$(conf NAME).app"
  log "jpackage app-image"
  "$JDK/bin/jpackage" --type app-image "${args[@]}" --dest "$WEFT_DIST"
  log "built $WEFT_DIST/$(conf NAME).app ($(du -sh "$WEFT_DIST/$(conf NAME).app" | cut -f1))"
else
  rm -f "$WEFT_DIST/$(conf NAME)"-*.dmg
  args+=(--license-file "$WEFT_ROOT/$(conf LICENSE_FILE)")
  [[ -z "$(conf ABOUT_URL)" ]] || args+=(--about-url "$(conf ABOUT_URL)")
  log "jpackage dmg"
  "$JDK/bin/jpackage" --type dmg "${args[@]}" --dest "$WEFT_DIST"
  for dmg in "$WEFT_DIST/$(conf NAME)"-*.dmg; do
    log "built $dmg ($(du -h "$dmg" | cut -f1))"
  done
fi
