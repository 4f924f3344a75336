#!/usr/bin/env bash
# Packaging test: packs the current build tree with CPack (no rebuild), unpacks the .deb into
# a scratch root and checks what a user would get from `apt install ./command-center_*.deb`.
#   package-test.sh BUILD_DIR STATE_DIR
# STATE_DIR/refserver.env comes from the ctest fixture `refserver` (a seeded tsm-refserver).
set -euo pipefail
build=$1
state=$2

fail() { echo "FAIL: $*" >&2; exit 1; }
note() { echo "-- $*"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/cc-package-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root" "$work/home" "$work/runtime"
chmod 700 "$work/runtime"

# 1. Pack. cpack installs the already-built tree into its own staging area.
[ -f "$build/CPackConfig.cmake" ] || fail "no CPackConfig.cmake in $build"
start=$(date +%s)
cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack failed"; }
note "cpack took $(($(date +%s) - start)) s"
debs=("$work"/out/command-center_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one command-center_*.deb, got: ${debs[*]}"
deb=${debs[0]}
tgzs=("$work"/out/command-center-*-Linux.tar.gz)
[ -f "${tgzs[0]}" ] || fail "no command-center-*-Linux.tar.gz"
listing=$(tar -tzf "${tgzs[0]}")
grep -q '^[^/]*/bin/command-center-cli$' <<<"$listing" || fail "the .tar.gz has no bin/command-center-cli"

# 2. Control file: metadata and Depends.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = command-center ] || fail "Package is '$(field Package)'"
for f in Version Maintainer Section Homepage Description Installed-Size Depends; do
  [ -n "$(field "$f")" ] || fail "control field $f is empty"
done
depends=$(field Depends)
for lib in libqt6widgets6 libqt6network6 libqt6svg6 libgvc6 libcgraph6 libpq5 qt6-qpa-plugins; do
  grep -q "\b$lib\b" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
# Every dependency (one alternative of each group) is satisfied on this host.
while IFS= read -r group; do
  group=$(sed 's/^ *//; s/ *$//' <<<"$group")
  [ -n "$group" ] || continue
  ok=0
  IFS='|' read -ra alts <<<"$group"
  for alt in "${alts[@]}"; do
    name=$(sed -E 's/^ *([^ (]+).*/\1/' <<<"$alt")
    name=${name%%:*}
    installed=$(dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null || true)
    case "$installed" in
      "install ok installed "*) ;;
      *) continue ;;
    esac
    have=${installed##* }
    if [[ "$alt" =~ \(([<>=]+)\ *([^\)]+)\) ]]; then
      op=${BASH_REMATCH[1]}
      want=${BASH_REMATCH[2]}
      case "$op" in
        ">=") dop=ge ;; "<=") dop=le ;; "=") dop=eq ;; ">>") dop=gt ;; "<<") dop=lt ;; *) dop=ge ;;
      esac
      dpkg --compare-versions "$have" "$dop" "$want" || continue
    fi
    ok=1
    break
  done
  [ $ok -eq 1 ] || fail "dependency not satisfied on this host: $group"
done < <(tr ',' '\n' <<<"$depends")
note "Depends: $depends"

# 3. Unpack and look at the tree.
dpkg-deb -x "$deb" "$root"
for bin in command-center command-center-cli tsm-refserver; do
  [ -x "$root/usr/bin/$bin" ] || fail "usr/bin/$bin missing"
  dynamic=$(readelf -d "$root/usr/bin/$bin")
  if grep -qE 'R(UN)?PATH' <<<"$dynamic"; then
    fail "usr/bin/$bin still carries an RPATH: $(grep -E 'R(UN)?PATH' <<<"$dynamic")"
  fi
  man="$root/usr/share/man/man1/$bin.1.gz"
  [ -f "$man" ] || fail "no man page for $bin"
  warnings=$(MANWIDTH=80 man --warnings -l "$man" 2>&1 >/dev/null || true)
  [ -z "$warnings" ] || fail "man page of $bin: $warnings"
done
desktop=("$root"/usr/share/applications/*.desktop)
[ ${#desktop[@]} -eq 1 ] && [ -f "${desktop[0]}" ] || fail "expected one .desktop file"
desktop-file-validate "${desktop[0]}" || fail "desktop-file-validate rejected ${desktop[0]}"
metainfo=("$root"/usr/share/metainfo/*.metainfo.xml)
[ -f "${metainfo[0]}" ] || fail "no metainfo file"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "${metainfo[0]}" || fail "appstreamcli rejected ${metainfo[0]}"
else
  note "appstreamcli not installed: metainfo not validated"
fi
grep -q "<launchable type=\"desktop-id\">$(basename "${desktop[0]}")</launchable>" "${metainfo[0]}" ||
  fail "metainfo does not launch $(basename "${desktop[0]}")"
exec_line=$(sed -n 's/^Exec=//p' "${desktop[0]}")
[ -x "$root/usr/bin/${exec_line%% *}" ] || fail "Exec=$exec_line is not an installed binary"

# Icons: the scalable SVG plus every NxN PNG, each really NxN pixels, under the desktop's name.
icon=$(sed -n 's/^Icon=//p' "${desktop[0]}")
hicolor="$root/usr/share/icons/hicolor"
[ -f "$hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon $icon.svg"
sizes=0
for dir in "$hicolor"/*x*; do
  n=$(basename "$dir")
  png="$dir/apps/$icon.png"
  [ -f "$png" ] || fail "icon size $n has no $icon.png"
  dims=$(file -b "$png" | sed -nE 's/.*PNG image data, ([0-9]+) x ([0-9]+).*/\1x\2/p')
  [ "$dims" = "$n" ] || fail "$n/apps/$icon.png is $dims"
  sizes=$((sizes + 1))
done
for n in 16 32 48 64 128 256; do
  [ -f "$hicolor/${n}x${n}/apps/$icon.png" ] || fail "icon size ${n}x${n} missing"
done
note "$sizes PNG icon sizes plus scalable"

# 4. The installed binaries run, from the scratch root, with the host's libraries.
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/home/.config"
export QT_QPA_PLATFORM=offscreen
pkg_version=$(field Version)
cli_version=$("$root/usr/bin/command-center-cli" --version)
[ "$cli_version" = "command-center-cli ${cli_version#command-center-cli }" ] || fail "cli --version: $cli_version"
sanitized=$(sed -E 's/^v//; s/-/./g' <<<"${cli_version#command-center-cli }")
[ "$sanitized" = "$pkg_version" ] || fail "cli says '$cli_version', package version is $pkg_version"
server_version=$("$root/usr/bin/tsm-refserver" --version)
[ "$server_version" = "tsm-refserver ${cli_version#command-center-cli }" ] || fail "tsm-refserver --version: $server_version"
gui_version=$("$root/usr/bin/command-center" --version)
[ "$gui_version" = "command-center ${cli_version#command-center-cli }" ] || fail "gui --version: $gui_version"

env_file="$state/refserver.env"
[ -f "$env_file" ] || fail "no $env_file (fixture refserver did not run)"
url=$(sed -n 's/^COMMAND_CENTER_URL=//p' "$env_file")
token=$(sed -n 's/^TOKEN_VIEWER=//p' "$env_file")
shot="$work/shot.png"
"$root/usr/bin/command-center" --settings "$work/settings.ini" --url "$url" --token "$token" \
  --size 1200x800 --screenshot "$shot" --screenshot-timeout 60 >"$work/gui.log" 2>&1 ||
  { cat "$work/gui.log" >&2; fail "the installed GUI could not take a screenshot"; }
dims=$(file -b "$shot" | sed -nE 's/.*PNG image data, ([0-9]+) x ([0-9]+).*/\1x\2/p')
[ "$dims" = 1200x800 ] || fail "screenshot is '$dims', expected 1200x800"
if command -v identify >/dev/null; then
  colours=$(identify -format '%k' "$shot")
  [ "$colours" -gt 50 ] || fail "screenshot has only $colours colours: an empty window?"
fi
[ "$(stat -c %s "$shot")" -gt 20000 ] || fail "screenshot is suspiciously small"
# CC_PACKAGE_TEST_SHOT=FILE keeps the screenshot of the installed GUI for a look.
[ -z "${CC_PACKAGE_TEST_SHOT:-}" ] || cp "$shot" "$CC_PACKAGE_TEST_SHOT"

deb_kib=$(($(stat -c %s "$deb") / 1024))
note "package $(basename "$deb"): ${deb_kib} KiB, Installed-Size $(field Installed-Size) KiB"
note "tar.gz $(basename "${tgzs[0]}"): $(($(stat -c %s "${tgzs[0]}") / 1024)) KiB"
echo "PASS"
