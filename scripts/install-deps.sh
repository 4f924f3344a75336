#!/usr/bin/env bash
# Installs every Debian 12 package Command Center needs to build, test, package and demo.
# Idempotent: packages already present are left alone. Works as root or through sudo.
set -euo pipefail

packages=(
  # build
  cmake ninja-build pkg-config g++ clang libclang-rt-14-dev ccache
  # Qt 6 (libqt6opengl6-dev is only a Recommends of qt6-base-dev, yet UiTools needs it)
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
  qt6-qpa-plugins libxkbcommon-dev
  # libraries
  libgraphviz-dev graphviz nlohmann-json3-dev libcpp-httplib-dev libssl-dev
  libpq-dev postgresql-15 postgresql-client-15
  libbenchmark-dev libgtest-dev
  # GUI tests, screenshots, packaging
  xvfb xauth imagemagick fonts-dejavu-core dpkg-dev fakeroot file patchelf
  appstream desktop-file-utils time
)

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-deps.sh: run as root or install sudo" >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps.sh: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
