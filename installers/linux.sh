#!/usr/bin/env bash
# Builds Weft for Linux with jpackage and a jlink-trimmed runtime.
#
#   installers/linux.sh deb         target/dist/weft_VERSION_amd64.deb
#   installers/linux.sh rpm         target/dist/weft-VERSION-1.x86_64.rpm
#   installers/linux.sh app-image   target/dist/Weft/ (run target/dist/Weft/bin/Weft)
#   installers/linux.sh all         all three
#
# Needs a JDK 25 (JAVA_HOME or /usr/lib/jvm/*25*); for deb: fakeroot and dpkg-deb; for rpm:
# rpmbuild. Builds target/weft.jar first if it is missing. Options: installers/weft.conf.
set -euo pipefail

# shellcheck source=installers/lib.sh
source "$(dirname "$0")/lib.sh"

usage() {
  sed -n '2,11s/^# \{0,1\}//p' "$0" >&2
  exit 2
}

# desktop_tree ROOT: installs the desktop entry, AppStream metainfo, icons and a `weft` command
# under ROOT/usr, where the .deb and .rpm carry them.
desktop_tree() {
  local root="$1" app_id size png
  app_id="$(conf APP_ID)"
  install -D -m 644 "$WEFT_ROOT/desktop/$app_id.desktop" \
    "$root/usr/share/applications/$app_id.desktop"
  install -D -m 644 "$WEFT_ROOT/desktop/$app_id.metainfo.xml" \
    "$root/usr/share/metainfo/$app_id.metainfo.xml"
  install -D -m 644 "$WEFT_ROOT/desktop/icons/hicolor/scalable/apps/$app_id.svg" \
    "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  for png in "$WEFT_ROOT"/desktop/icons/hicolor/*/apps/"$app_id".png; do
    size="$(basename "$(dirname "$(dirname "$png")")")"
    install -D -m 644 "$png" "$root/usr/share/icons/hicolor/$size/apps/$app_id.png"
  done
  mkdir -p "$root/usr/bin"
  ln -sfn "$INSTALL_DIR/bin/$(conf NAME)" "$root/usr/bin/$(conf PACKAGE_NAME)"
}

app_image() {
  local -a args
  mapfile -t args < <(common_jpackage_args "$VERSION")
  log "jpackage app-image"
  rm -rf "$WEFT_BUILD/image"
  "$JDK/bin/jpackage" --type app-image "${args[@]}" \
    --icon "$WEFT_ROOT/desktop/icons/hicolor/256x256/apps/$(conf APP_ID).png" \
    --dest "$WEFT_BUILD/image"
  APP_IMAGE="$WEFT_BUILD/image/$(conf NAME)"
}

# Options of both Linux packages, for jpackage --app-image.
package_args() {
  printf '%s\n' \
    --app-image "$APP_IMAGE" \
    --name "$(conf NAME)" \
    --app-version "$(package_version "$VERSION")" \
    --vendor "$(conf VENDOR)" \
    --description "$(conf DESCRIPTION)" \
    --copyright "$(conf COPYRIGHT)" \
    --license-file "$WEFT_ROOT/$(conf LICENSE_FILE)" \
    --linux-package-name "$(conf PACKAGE_NAME)"
  [[ -z "$(conf ABOUT_URL)" ]] || printf '%s\n' --about-url "$(conf ABOUT_URL)"
}

deb() {
  local -a args
  local built root out
  command -v fakeroot >/dev/null || die "fakeroot is needed for a .deb: apt-get install fakeroot"
  command -v dpkg-deb >/dev/null || die "dpkg-deb is needed for a .deb: apt-get install dpkg"
  mapfile -t args < <(package_args)
  log "jpackage deb"
  rm -rf "$WEFT_BUILD/deb"
  "$JDK/bin/jpackage" --type deb "${args[@]}" \
    --linux-app-category "$(conf LINUX_SECTION)" \
    --linux-package-deps "$(conf DEB_DEPENDS)" \
    --dest "$WEFT_BUILD/deb"
  built="$(echo "$WEFT_BUILD"/deb/*.deb)"
  [[ -f "$built" ]] || die "jpackage made no .deb"

  # jpackage places only /opt/weft; add the desktop files where desktops look for them.
  # desktop-file-utils, hicolor-icon-theme and appstream refresh their caches by dpkg triggers.
  log "adding desktop entry, metainfo, icons and /usr/bin/$(conf PACKAGE_NAME)"
  root="$WEFT_BUILD/deb/root"
  dpkg-deb -R "$built" "$root"
  desktop_tree "$root"
  sed -i "s/^Installed-Size:.*/Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)/" \
    "$root/DEBIAN/control"
  out="$WEFT_DIST/$(basename "$built")"
  mkdir -p "$WEFT_DIST"
  rm -f "$out"
  fakeroot dpkg-deb -Zxz --build "$root" "$out" >/dev/null
  log "built $out ($(du -h "$out" | cut -f1))"
}

rpm() {
  local -a args
  local out
  command -v rpmbuild >/dev/null || die "rpmbuild is needed for a .rpm: apt-get install rpm / dnf install rpm-build"
  mapfile -t args < <(package_args)
  # The spec is jpackage's, plus one line in %install that copies the desktop tree (the %files
  # list is made from what %install put in place, so they are packaged too).
  rm -rf "$WEFT_BUILD/rpm"
  mkdir -p "$WEFT_BUILD/rpm/resources"
  desktop_tree "$WEFT_BUILD/rpm/desktop-tree"
  sed "s|@DESKTOP_TREE@|$WEFT_BUILD/rpm/desktop-tree|" "$WEFT_ROOT/installers/linux/rpm.spec" \
    >"$WEFT_BUILD/rpm/resources/$(conf PACKAGE_NAME).spec"
  log "jpackage rpm"
  "$JDK/bin/jpackage" --type rpm "${args[@]}" \
    --linux-rpm-license-type "$(conf LICENSE)" \
    --linux-app-category "$(conf LINUX_RPM_GROUP)" \
    --linux-package-deps "$(conf RPM_REQUIRES)" \
    --resource-dir "$WEFT_BUILD/rpm/resources" \
    --dest "$WEFT_BUILD/rpm"
  mkdir -p "$WEFT_DIST"
  for out in "$WEFT_BUILD"/rpm/*.rpm; do
    mv -f "$out" "$WEFT_DIST/"
    log "built $WEFT_DIST/$(basename "$out") ($(du -h "$WEFT_DIST/$(basename "$out")" | cut -f1))"
  done
}

publish_app_image() {
  mkdir -p "$WEFT_DIST"
  rm -rf "${WEFT_DIST:?}/$(conf NAME)"
  cp -a "$APP_IMAGE" "$WEFT_DIST/"
  log "built $WEFT_DIST/$(conf NAME) ($(du -sh "$WEFT_DIST/$(conf NAME)" | cut -f1))"
}

[[ $# -eq 1 ]] || usage
case "$1" in
  deb | rpm | app-image | all) ;;
  *) usage ;;
esac
[[ "$(uname -s)" == Linux ]] || die "run this on Linux (jpackage builds for the OS it runs on)"

find_jdk
ensure_built
VERSION="$(project_version)"
INSTALL_DIR="/opt/$(conf PACKAGE_NAME)"
log "Weft $VERSION"
stage_input
link_runtime
app_image
case "$1" in
  deb) deb ;;
  rpm) rpm ;;
  app-image) publish_app_image ;;
  all)
    publish_app_image
    deb
    rpm
    ;;
esac
