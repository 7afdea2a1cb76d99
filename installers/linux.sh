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

# train_aot_cache DIR: JDK 25's AOT cache (JEP 483/514/515) of the installed app folder DIR
# (the .deb's /opt/weft, unpacked), in DIR/lib/app/weft.aot, and the launcher's options that use
# it. Trained by the package's own jlinked java (a cache from another runtime would be refused)
# with the launcher's options and class path, on one-shot `weft status` against the demo run in
# a process of its own by the build's JDK. It is made in the unpacked .deb because the cache
# records each jar's size and time: jpackage's copy into a package gives them new times (the
# .rpm, built by jpackage from the app image, carries none). The cache moves with the folder
# (dpkg keeps the times); a JVM that cannot use it (a file changed after installing) starts
# without it, and -Xlog:aot*=off keeps its complaint off the user's terminal. WEFT_AOT=off
# builds the .deb without it.
train_aot_cache() {
  local app="$1/lib/app" dir demo_pid i cfg last
  local -a java_options
  [[ "${WEFT_AOT:-}" != off ]] || return 0
  read -r -a java_options <<<"$(conf JAVA_OPTIONS)"
  log "training the AOT cache with the packaged runtime"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/weft-aot.XXXXXX")"
  mkfifo "$dir/in"
  "$JDK/bin/java" -Dweft.aot=off -jar "$WEFT_BUILD/input/weft.jar" demo --out "$dir/demo" \
    <"$dir/in" >"$dir/demo.log" 2>&1 &
  demo_pid=$!
  exec 3>"$dir/in" # the demo reads commands from it: kept open, it keeps running
  for i in $(seq 1 600); do
    grep -q ' is up ' "$dir/demo.log" 2>/dev/null && break
    kill -0 "$demo_pid" 2>/dev/null || break
    sleep 0.3
  done
  if ! grep -q ' is up ' "$dir/demo.log"; then
    exec 3>&-
    kill "$demo_pid" 2>/dev/null || true
    cat "$dir/demo.log" >&2
    rm -rf "$dir"
    die "the demo for the AOT cache's training did not start"
  fi
  rm -f "$app/weft.aot"
  "$1/lib/runtime/bin/java" "${java_options[@]}" \
    -XX:AOTCacheOutput="$app/weft.aot" -Xlog:aot=error -Xlog:cds=error -Dweft.aot=train \
    -cp "$app/$(conf MAIN_JAR)" "$(conf MAIN_CLASS)" \
    status "$dir/demo/fabric.yaml" --timeout 60s >/dev/null 2>"$dir/train.log" || true
  exec 3>&-
  kill "$demo_pid" 2>/dev/null || true
  wait "$demo_pid" 2>/dev/null || true
  if [[ ! -s "$app/weft.aot" ]]; then
    cat "$dir/train.log" >&2
    rm -rf "$dir"
    die "the AOT cache's training run wrote no cache"
  fi
  # jpackage wrote the launcher's options into its .cfg; $APPDIR is lib/app at run time. The
  # cache's options go after the others there.
  cfg="$app/$(conf NAME).cfg"
  last="$(grep -n '^java-options=' "$cfg" | tail -n 1 | cut -d: -f1)"
  [[ -n "$last" ]] || die "no java-options in $cfg"
  # shellcheck disable=SC2016 # $APPDIR is the launcher's, expanded when it starts
  printf '%s\n' 'java-options=-XX:AOTCache=$APPDIR/weft.aot' 'java-options=-Xlog:aot*=off' \
    'java-options=-Xlog:cds*=off' >"$dir/aot-options"
  sed -i "${last}r $dir/aot-options" "$cfg"
  rm -rf "$dir"
  log "AOT cache: $(du -h "$app/weft.aot" | cut -f1)"
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

# command_script ROOT: ROOT/usr/bin/weft as a script that starts the packaged runtime directly,
# with the native launcher's options and class path (read from its .cfg, $APPDIR filled in).
# jpackage's native launcher runs `rpm -qf` and `dpkg -S` on itself at every start to learn which
# package owns it (0.45 s of `weft status` on a machine with many packages); the desktop entry
# keeps the native launcher, where a window's start hides it.
command_script() {
  local root="$1" app="$INSTALL_DIR/lib/app" cfg options classpath main script
  cfg="$root$app/$(conf NAME).cfg"
  [[ -f "$cfg" ]] || die "no launcher configuration $cfg"
  # One option per line, each single-quoted: -Xlog:aot*=off must not meet the shell's globbing.
  options="$(sed -n 's/^java-options=//p' "$cfg" | sed "s|\$APPDIR|$app|g; s/.*/'&'/" \
    | paste -sd' ' -)"
  classpath="$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)"
  main="$(sed -n 's/^app.mainclass=//p' "$cfg")"
  [[ -n "$options" && -n "$classpath" && -n "$main" ]] \
    || die "no options, class path or main class in $cfg"
  script="$root/usr/bin/$(conf PACKAGE_NAME)"
  rm -f "$script"
  mkdir -p "$(dirname "$script")"
  {
    printf '#!/bin/sh\n'
    printf '# Weft'"'"'s command line: the packaged Java runtime started directly, with the options\n'
    printf '# and class path of %s. (jpackage'"'"'s launcher, %s, asks rpm\n' \
      "$app/$(conf NAME).cfg" "$INSTALL_DIR/bin/$(conf NAME)"
    printf '# and dpkg which package owns it at every start: half a second before Java starts.)\n'
    printf "exec '%s' %s \\\\\n" "$INSTALL_DIR/lib/runtime/bin/java" "$options"
    printf "  '-Djpackage.app-path=%s' \\\\\n" "$INSTALL_DIR/bin/$(conf NAME)"
    printf "  '-Djava.library.path=%s:/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib' \\\\\n" "$app"
    printf "  -cp '%s' \\\\\n" "$classpath"
    printf "  '%s' \"\$@\"\n" "$main"
  } >"$script"
  chmod 755 "$script"
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
  train_aot_cache "$root$INSTALL_DIR"
  desktop_tree "$root"
  command_script "$root"
  sed -i "s/^Installed-Size:.*/Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)/" \
    "$root/DEBIAN/control"
  out="$WEFT_DIST/$(basename "$built")"
  mkdir -p "$WEFT_DIST"
  rm -f "$out"
  # xz at its highest level: its larger dictionary finds the repeats across the runtime, the
  # jars and the AOT cache (a few MiB smaller than the default level 6).
  fakeroot dpkg-deb -Zxz -z9 --build "$root" "$out" >/dev/null
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
