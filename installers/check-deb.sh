#!/usr/bin/env bash
# CI check of the Linux package: builds the .deb, checks what it carries, unpacks it into a
# temporary root (nothing is installed on this machine) and runs the packaged launcher.
# Exits non-zero on any problem; the last line says how many checks passed and failed.
#
#   installers/check-deb.sh
#
# Environment: MAX_DEB_MB (default 80) the size in MiB the .deb must stay under;
# SNAPSHOT_FABRIC  the fabric file `weft snapshot` renders (default: the embedded demo fabric).
# Runs as root on a fresh machine: installs the Debian packages it needs when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=installers/lib.sh
source installers/lib.sh

MAX_DEB_MB="${MAX_DEB_MB:-80}"
SNAPSHOT_FABRIC="${SNAPSHOT_FABRIC:-}"
passed=0
failed=0

ok() {
  passed=$((passed + 1))
  printf 'ok:   %s\n' "$*"
}

not_ok() {
  failed=$((failed + 1))
  printf 'FAIL: %s\n' "$*" >&2
}

# check DESCRIPTION COMMAND...: runs COMMAND, counts it as passed or failed.
check() {
  local description="$1"
  shift
  if "$@"; then ok "$description"; else not_ok "$description"; fi
}

finish() {
  printf 'check-deb: %d passed, %d failed\n' "$passed" "$failed"
  [[ "$failed" -eq 0 ]]
}

# --- prerequisites: jpackage needs fakeroot, dpkg-deb and dpkg-shlibdeps' helpers for a .deb;
# desktop-file-validate checks the packaged desktop entry.
missing=()
for package in fakeroot dpkg-dev binutils desktop-file-utils; do
  dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$' \
    || missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "installing ${missing[*]}"
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "check-deb.sh: needs ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# --- build
./mvnw -B -ntp package -DskipTests
version="$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)"
app_id="$(conf APP_ID)"
name="$(conf NAME)"
package="$(conf PACKAGE_NAME)"
rm -f target/dist/*.deb
started=$SECONDS
installers/linux.sh deb
build_seconds=$((SECONDS - started))
debs=(target/dist/"${package}"_*.deb)
if [[ ! -f "${debs[0]}" ]]; then
  not_ok "installers/linux.sh deb made a .deb"
  finish || exit 1
fi
deb="${debs[0]}"
ok "built $deb in ${build_seconds}s (jlink, jpackage, repack; after the Maven build)"

# --- contents
work="$(mktemp -d "${TMPDIR:-/tmp}/weft-check-deb.XXXXXX")"
trap 'rm -rf "$work"' EXIT
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
for path in \
  "/opt/$package/bin/$name" \
  "/opt/$package/lib/app/weft.jar" \
  "/opt/$package/lib/app/$name.cfg" \
  "/opt/$package/lib/runtime/lib/modules" \
  "/opt/$package/lib/runtime/lib/server/libjvm.so" \
  "/usr/bin/$package" \
  "/usr/share/applications/$app_id.desktop" \
  "/usr/share/metainfo/$app_id.metainfo.xml" \
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
  check "package has $path" grep -qxF "$path" "$work/contents"
done
for size in 16 32 48 64 128 256 512; do
  check "package has the ${size}px icon" \
    grep -qxF "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" "$work/contents"
done
check "package carries the JavaFX jars for Linux" \
  grep -q "/opt/$package/lib/app/lib/javafx-graphics-.*-linux.jar" "$work/contents"

# --- unpacked into a temporary root
root="$work/root"
dpkg-deb -x "$deb" "$root"
launcher="$root/opt/$package/bin/$name"
desktop="$root/usr/share/applications/$app_id.desktop"
check "desktop entry is valid (desktop-file-validate)" desktop-file-validate "$desktop"
exec_line="$(sed -n 's/^Exec=//p' "$desktop")"
check "desktop entry runs the installed launcher (Exec=$exec_line)" \
  test "${exec_line%% *}" = "/opt/$package/bin/$name" -a -x "$root${exec_line%% *}"
check "desktop entry names the icon $app_id" grep -qx "Icon=$app_id" "$desktop"
# /usr/bin/weft starts the packaged runtime itself (installers/linux.sh command_script): run
# here with the unpacked root in place of /opt, it must print the version from the AOT cache.
check "/usr/bin/$package is a script that starts /opt/$package/lib/runtime/bin/java" \
  grep -q "^exec '/opt/$package/lib/runtime/bin/java' " "$root/usr/bin/$package"
sed "s|/opt/$package/|$root/opt/$package/|g" "$root/usr/bin/$package" >"$work/cli"
cli_out="$(JAVA_TOOL_OPTIONS="-Xlog:class+load=info" sh "$work/cli" --version 2>&1)" || true
check "/usr/bin/$package --version prints weft $version" \
  grep -qx "weft $version" <<<"$cli_out"
if [[ "${WEFT_AOT:-}" != off ]]; then
  check "/usr/bin/$package maps the AOT cache (dev.weft.Main from the cache)" \
    grep -q 'dev.weft.Main source: shared objects file' <<<"$cli_out"
fi

# The launcher's JVM options must include the pom's weft.jvm.options.
pom_options="$(sed -n 's|.*<weft.jvm.options>\(.*\)</weft.jvm.options>.*|\1|p' pom.xml)"
for option in $pom_options; do
  check "launcher passes $option (pom weft.jvm.options)" \
    grep -qxF "java-options=$option" "$root/opt/$package/lib/app/$name.cfg"
done

version_out="$("$launcher" --version 2>"$work/version.err")" || true
check "'$name --version' prints weft $version (got: ${version_out%%$'\n'*})" \
  test "${version_out%%$'\n'*}" = "weft $version"

# The AOT cache (trained by installers/linux.sh with the packaged runtime) is in the package,
# the launcher starts on it, the installed launcher maps it (its classes come from the cache),
# and a cache the JVM cannot use (a file changed after packaging) costs only its benefit:
# Weft starts and prints nothing about it.
if [[ "${WEFT_AOT:-}" != off ]]; then
  check "package has the AOT cache /opt/$package/lib/app/weft.aot" \
    grep -qxF "/opt/$package/lib/app/weft.aot" "$work/contents"
  # shellcheck disable=SC2016 # the launcher's own $APPDIR
  check "launcher passes -XX:AOTCache=\$APPDIR/weft.aot" \
    grep -qxF 'java-options=-XX:AOTCache=$APPDIR/weft.aot' "$root/opt/$package/lib/app/$name.cfg"
  JAVA_TOOL_OPTIONS="-Xlog:class+load=info" "$launcher" --version >"$work/aot.log" 2>&1 || true
  check "the installed launcher maps the AOT cache (dev.weft.Main from the cache)" \
    grep -q 'dev.weft.Main source: shared objects file' "$work/aot.log"
  cp -a "$root/opt/$package" "$work/stale"
  touch "$work/stale/lib/app/$(conf MAIN_JAR)"
  stale_out="$("$work/stale/bin/$name" --version 2>"$work/stale.err")" || true
  check "with a cache it cannot use, '$name --version' still prints weft $version and nothing else" \
    test "${stale_out%%$'\n'*}" = "weft $version" -a ! -s "$work/stale.err" \
    -a "$(grep -c . <<<"$stale_out")" = 2
  rm -rf "$work/stale"
fi

# The trimmed runtime runs what the libraries reach only at run time (fabric8's mock API server
# over TLS, an informer, a headless JavaFX snapshot to PNG): installers/probe/RuntimeProbe.java,
# compiled by the build's JDK, run by the package's own java.
find_jdk 2>/dev/null
app_lib="$root/opt/$package/lib/app/lib"
"$JDK/bin/javac" -d "$work/probe" -cp "$app_lib/*" installers/probe/RuntimeProbe.java
# shellcheck disable=SC2086 # the pom's options, one word each
if timeout 180 "$root/opt/$package/lib/runtime/bin/java" $pom_options \
  -Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
  -cp "$work/probe:$app_lib/*" RuntimeProbe "$work/probe.png" >"$work/probe.log" 2>&1 \
  && grep -q '^probe: all fine$' "$work/probe.log"; then
  ok "packaged runtime runs fabric8 + vert.x over TLS and a headless JavaFX snapshot"
else
  not_ok "packaged runtime probe (last lines of its log follow)"
  tail -n 40 "$work/probe.log" >&2
fi

# `weft snapshot` renders the embedded demo fabric (or SNAPSHOT_FABRIC) without a display.
snapshot_args=(snapshot)
[[ -n "$SNAPSHOT_FABRIC" ]] && snapshot_args+=("$SNAPSHOT_FABRIC")
snapshot_args+=(--out "$work/map.png")
if JAVA_TOOL_OPTIONS="-Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true" \
  "$launcher" "${snapshot_args[@]}" >"$work/snapshot.log" 2>&1 \
  && [[ "$(head -c 8 "$work/map.png" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]]; then
  ok "'$name ${snapshot_args[*]}' wrote a PNG ($(stat -c %s "$work/map.png") bytes)"
else
  not_ok "'$name ${snapshot_args[*]}' (log follows)"
  cat "$work/snapshot.log" >&2
fi

# --- size
deb_bytes="$(stat -c %s "$deb")"
deb_mb="$(awk -v b="$deb_bytes" 'BEGIN { printf "%.1f", b / 1048576 }')"
installed_mb="$(du -sm "$root" | cut -f1)"
echo "package: $deb  size: $deb_mb MiB  installed: $installed_mb MiB  build: ${build_seconds}s"
check "package is under $MAX_DEB_MB MiB ($deb_mb MiB)" \
  test "$deb_bytes" -lt "$((MAX_DEB_MB * 1048576))"

finish
