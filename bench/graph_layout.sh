#!/usr/bin/env bash
# Schema graph layout + scene construction vs Graphviz's `dot -Tplain` on the same DOT,
# for 100, 500 and 2,000 tables (and sfdp at 2,000), offscreen.
#   bench/graph_layout.sh [BUILD_DIR] [extra Google Benchmark flags...]
# Builds bench_graph_layout in BUILD_DIR (default build/bench, Release) if needed, runs it
# and prints the times followed by the ratios ours / graphviz.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build/bench}
shift || true
command -v dot >/dev/null || { echo "graph_layout.sh needs the Graphviz command-line tools (dot, sfdp)" >&2; exit 1; }
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCC_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" -j2 --target bench_graph_layout
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR=$(mktemp -d /tmp/graph-bench-xdg.XXXXXX)
  export XDG_RUNTIME_DIR
  trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi
"$build/bench/bench_graph_layout" "$@"
