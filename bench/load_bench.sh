#!/usr/bin/env bash
# Concurrent load on tsm-refserver: 20 clients searching and paging a synthetic catalog of
# 10,000 tables (2 foreign keys each), against a baseline route measured in the same run.
#   bench/load_bench.sh BUILD_DIR [CLIENTS] [REQUESTS_PER_CLIENT] [TABLES]
# BUILD_DIR holds tsm-refserver and bench/load_client (target bench_load builds both and
# runs this). Not a test: it seeds a throwaway cluster and takes a minute or two.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
. "$here/backend.sh"
build=${1:?usage: $0 BUILD_DIR [CLIENTS] [REQUESTS_PER_CLIENT] [TABLES]}
clients=${2:-20}
requests=${3:-200}
tables=${4:-10000}
bin="$build/server/tsm-refserver"
client="$build/bench/load_client"
[ -x "$bin" ] || bin=$(find "$build" -name tsm-refserver -type f -perm -u+x | head -n1)
[ -x "$bin" ] && [ -x "$client" ] || { echo "build tsm-refserver and load_client first" >&2; exit 1; }

bench_workdir load-bench

bench_catalog "$bin" tsm_load
echo "seeding $tables tables with 2 foreign keys each..."
"$bin" seed synthetic --db "$catalog" --tables "$tables" --fks-per-table 2
token=$("$bin" token create --db "$catalog" --user load --role viewer)

bench_serve "$bin" --page-cap 500

echo "machine: $(nproc) cores; server and clients share them"
"$client" "$url" "$token" "$clients" "$requests"
