#!/usr/bin/env bash
# Concurrent load on tsm-refserver: 20 clients searching and paging a synthetic catalog of
# 10,000 tables (2 foreign keys each), against a baseline route measured in the same run.
#   bench/load_bench.sh BUILD_DIR [CLIENTS] [REQUESTS_PER_CLIENT] [TABLES]
# BUILD_DIR holds tsm-refserver and bench/load_client (target bench_load builds both and
# runs this). Not a test: it seeds a throwaway cluster and takes a minute or two.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:?usage: $0 BUILD_DIR [CLIENTS] [REQUESTS_PER_CLIENT] [TABLES]}
clients=${2:-20}
requests=${3:-200}
tables=${4:-10000}
bin="$build/server/tsm-refserver"
client="$build/bench/load_client"
[ -x "$bin" ] || bin=$(find "$build" -name tsm-refserver -type f -perm -u+x | head -n1)
[ -x "$bin" ] && [ -x "$client" ] || { echo "build tsm-refserver and load_client first" >&2; exit 1; }

work=$(mktemp -d /tmp/load-bench.XXXXXX)
chmod 755 "$work"
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  "$root/scripts/pg.sh" stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

pg=$("$root/scripts/pg.sh" start "$work/pg")
catalog=$(printf '%s' "$pg" | sed 's/dbname=[^ ]*/dbname=tsm_load/')
psql -q -X -v ON_ERROR_STOP=1 "$pg" -c "CREATE DATABASE tsm_load" >/dev/null
"$bin" init --db "$catalog" >/dev/null
echo "seeding $tables tables with 2 foreign keys each..."
"$bin" seed synthetic --db "$catalog" --tables "$tables" --fks-per-table 2
token=$("$bin" token create --db "$catalog" --user load --role viewer)

"$bin" serve --db "$catalog" --listen 127.0.0.1:0 --page-cap 500 --log "$work/requests.log" \
  >"$work/server.out" 2>"$work/server.err" </dev/null &
server_pid=$!
url=
for _ in $(seq 1 300); do
  url=$(sed -n 's/^listening on //p' "$work/server.out" | head -n1)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { cat "$work/server.err" >&2; exit 1; }

echo "machine: $(nproc) cores; server and clients share them"
"$client" "$url" "$token" "$clients" "$requests"
