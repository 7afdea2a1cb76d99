# shellcheck shell=bash
# Shared by installers/linux.sh, installers/macos.sh and installers/check-deb.sh (sourced, not
# run; bash 3.2 compatible for macOS): reads weft.conf,
# finds a JDK 25, reads the version from the pom, stages the jars and links the runtime.
# installers/windows.ps1 does the same in PowerShell; keep the two in step.

WEFT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WEFT_CONF="$WEFT_ROOT/installers/weft.conf"
WEFT_BUILD="$WEFT_ROOT/target/installer"   # scratch: staged input, runtime, jpackage temp
# shellcheck disable=SC2034 # used by the scripts that source this file
WEFT_DIST="$WEFT_ROOT/target/dist"         # the installers and the app image end up here

die() {
  printf '%s: %s\n' "$(basename "$0")" "$*" >&2
  exit 1
}

log() {
  printf '==> %s\n' "$*" >&2
}

# conf KEY: the value of KEY in weft.conf, or fail.
conf() {
  local key="$1" line
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
    if [[ "${line%%=*}" == "$key" ]]; then
      printf '%s\n' "${line#*=}"
      return 0
    fi
  done <"$WEFT_CONF"
  die "$key is missing from $WEFT_CONF"
}

# jdk_major HOME: the feature version of the JDK at HOME (25 for 25.0.3), or nothing.
jdk_major() {
  local release="$1/release" version
  [[ -f "$release" && -x "$1/bin/jpackage" && -x "$1/bin/jlink" ]] || return 0
  version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")"
  printf '%s\n' "$version"
}

# find_jdk: sets JDK to a JDK 25 or newer with jpackage and jlink: JAVA_HOME if it is one,
# else the first JDK 25 in the usual places of this OS.
find_jdk() {
  local candidate major
  local -a candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  shopt -s nullglob
  candidates+=(/usr/lib/jvm/*25* /Library/Java/JavaVirtualMachines/*25*/Contents/Home
    "$HOME"/.sdkman/candidates/java/25*
    /opt/homebrew/opt/openjdk@25/libexec/openjdk.jdk/Contents/Home
    /usr/local/opt/openjdk@25/libexec/openjdk.jdk/Contents/Home)
  shopt -u nullglob
  for candidate in "${candidates[@]}"; do
    major="$(jdk_major "$candidate")"
    if [[ -n "$major" && "$major" -ge 25 ]]; then
      JDK="$candidate"
      log "JDK: $JDK ($(sed -n 's/^IMPLEMENTOR_VERSION="\(.*\)"/\1/p' "$JDK/release"))"
      return 0
    fi
  done
  die "no JDK 25 with jpackage and jlink found (looked at JAVA_HOME and /usr/lib/jvm/*25*).
Install one, e.g. Temurin 25 ('apt-get install temurin-25-jdk' from the Adoptium repository,
'brew install --cask temurin@25' on macOS), or point JAVA_HOME at it."
}

# ensure_built: builds target/weft.jar and target/lib with Maven unless they are already there.
ensure_built() {
  if [[ ! -f "$WEFT_ROOT/target/weft.jar" || ! -d "$WEFT_ROOT/target/lib" \
    || ! -f "$WEFT_ROOT/target/maven-archiver/pom.properties" ]]; then
    log "building target/weft.jar (./mvnw -q -B package -DskipTests)"
    (cd "$WEFT_ROOT" && ./mvnw -q -B package -DskipTests)
  fi
}

# project_version: the pom's version, as Maven wrote it next to the jar it built.
project_version() {
  local version
  version="$(sed -n 's/^version=//p' "$WEFT_ROOT/target/maven-archiver/pom.properties")"
  [[ -n "$version" ]] || die "no version in target/maven-archiver/pom.properties"
  printf '%s\n' "$version"
}

# package_version VERSION: what jpackage accepts as --app-version (numbers and dots only):
# 0.2.0-SNAPSHOT -> 0.2.0.
package_version() {
  local numeric="${1%%[^0-9.]*}"
  numeric="${numeric%.}"
  [[ -n "$numeric" ]] || die "version '$1' does not start with a number"
  printf '%s\n' "$numeric"
}

# stage_input: copies weft.jar and its lib/ (the manifest's Class-Path) to $WEFT_BUILD/input,
# the folder jpackage copies whole into the app.
stage_input() {
  rm -rf "$WEFT_BUILD/input"
  mkdir -p "$WEFT_BUILD/input/lib"
  cp "$WEFT_ROOT/target/weft.jar" "$WEFT_BUILD/input/"
  cp "$WEFT_ROOT/target/lib/"*.jar "$WEFT_BUILD/input/lib/"
  trim_sqlite_natives
}

# trim_sqlite_natives: sqlite-jdbc carries its native library for 25 systems (12 MiB); a package
# is for one, so the staged copy keeps only this machine's (org/sqlite/native/<OS>/<arch>).
trim_sqlite_natives() {
  local jar os arch keep dir
  jar=$(ls "$WEFT_BUILD/input/lib/"sqlite-jdbc-*.jar 2>/dev/null | head -n 1)
  [[ -n "$jar" ]] || return 0
  case "$(uname -s)" in
    Linux) os=Linux ;;
    Darwin) os=Mac ;;
    *) return 0 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) arch=x86_64 ;;
    arm64 | aarch64) arch=aarch64 ;;
    *) return 0 ;;
  esac
  keep="org/sqlite/native/$os/$arch"
  dir="$WEFT_BUILD/sqlite-jdbc"
  rm -rf "$dir" && mkdir -p "$dir"
  (cd "$dir" && "$JDK/bin/jar" xf "$jar")
  [[ -d "$dir/$keep" ]] || die "sqlite-jdbc has no native library for $os/$arch"
  mv "$dir/$keep" "$WEFT_BUILD/sqlite-keep"
  rm -rf "$dir/org/sqlite/native"
  mkdir -p "$dir/$(dirname "$keep")"
  mv "$WEFT_BUILD/sqlite-keep" "$dir/$keep"
  mv "$dir/META-INF/MANIFEST.MF" "$WEFT_BUILD/sqlite-jdbc.mf"
  rm -f "$jar"
  "$JDK/bin/jar" --create --file "$jar" --manifest "$WEFT_BUILD/sqlite-jdbc.mf" -C "$dir" .
  rm -rf "$dir" "$WEFT_BUILD/sqlite-jdbc.mf"
  log "sqlite-jdbc trimmed to $os/$arch: $(du -h "$jar" | cut -f1)"
}

# runtime_modules: the JDK modules the runtime needs, comma separated.
# jdeps from weft.jar alone sees only what Weft's own classes reach (java.base, java.desktop,
# jdk.jfr); the libraries reach more (netty's TLS hostname check needs java.naming, jackson
# java.sql, netty and ELK jdk.unsupported, javafx.swing jdk.unsupported.desktop), so every
# jar is a root.
runtime_modules() {
  local deps extra drop module
  local -a modules=()
  deps="$("$JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 \
    --class-path "$WEFT_BUILD/input/lib/*" \
    "$WEFT_BUILD/input/weft.jar" "$WEFT_BUILD/input/lib/"*.jar | tail -n 1)"
  # (jdeps warns on stdout, e.g. of split packages; the list is its last line)
  [[ "$deps" =~ ^[a-z0-9.,]+$ ]] || die "jdeps printed no module list: $deps"
  extra="$(conf JLINK_EXTRA_MODULES)"
  drop="$(conf JLINK_DROP_MODULES)"
  IFS=',' read -r -a modules <<<"$deps,$extra"
  for module in "${modules[@]}"; do
    [[ -n "$module" && ",$drop," != *",$module,"* ]] && printf '%s\n' "$module"
  done | sort -u | paste -sd, -
}

# link_runtime: the trimmed Java runtime, in $WEFT_BUILD/runtime.
link_runtime() {
  local modules
  local -a options
  modules="$(runtime_modules)"
  read -r -a options <<<"$(conf JLINK_OPTIONS)"
  log "jlink: $modules"
  rm -rf "$WEFT_BUILD/runtime"
  "$JDK/bin/jlink" --add-modules "$modules" "${options[@]}" --output "$WEFT_BUILD/runtime"
  keep_present_security_providers "$WEFT_BUILD/runtime"
}

# keep_present_security_providers RUNTIME: lists in the runtime's java.security only the
# security providers whose modules it has. A listed provider the runtime lacks (SunPKCS11,
# XMLDSig, SunPCSC...) makes the JDK look for it among every provider on the class path at the
# first TLS handshake: that instantiated BouncyCastle's (600 classes), 0.4 s of each one-shot
# `weft status` from the package.
keep_present_security_providers() {
  local file="$1/conf/security/java.security" present
  present=",$("$1/bin/java" --list-modules | sed 's/@.*//' | paste -sd, -),"
  awk -v present="$present" '
    BEGIN {
      split("SUN=java.base SunRsaSign=java.base SunEC=java.base SunJSSE=java.base " \
            "SunJCE=java.base SunJGSS=java.security.jgss SunSASL=java.security.sasl " \
            "XMLDSig=java.xml.crypto SunPCSC=java.smartcardio JdkLDAP=java.naming " \
            "JdkSASL=jdk.security.jgss SunPKCS11=jdk.crypto.cryptoki", pairs, " ")
      for (i in pairs) { split(pairs[i], kv, "="); module[kv[1]] = kv[2] }
      n = 0
    }
    /^security\.provider\.[0-9]+=/ {
      name = substr($0, index($0, "=") + 1); sub(/[ \t].*/, "", name)
      if (!(name in module) || index(present, "," module[name] ",") > 0) {
        print "security.provider." ++n "=" substr($0, index($0, "=") + 1)
      }
      next
    }
    { print }
  ' "$file" >"$file.new"
  chmod u+w "$file"
  mv "$file.new" "$file"
  log "security providers kept: $(grep -c '^security\.provider\.' "$file")"
}

# common_jpackage_args VERSION: prints the jpackage options every platform shares, one per line.
common_jpackage_args() {
  local option
  local -a java_options
  printf '%s\n' \
    --name "$(conf NAME)" \
    --app-version "$(package_version "$1")" \
    --vendor "$(conf VENDOR)" \
    --description "$(conf DESCRIPTION)" \
    --copyright "$(conf COPYRIGHT)" \
    --input "$WEFT_BUILD/input" \
    --main-jar "$(conf MAIN_JAR)" \
    --main-class "$(conf MAIN_CLASS)" \
    --runtime-image "$WEFT_BUILD/runtime"
  read -r -a java_options <<<"$(conf JAVA_OPTIONS)"
  for option in "${java_options[@]}"; do
    printf '%s\n' --java-options "$option"
  done
}
