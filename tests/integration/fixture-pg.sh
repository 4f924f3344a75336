#!/usr/bin/env bash
# ctest fixture: one throwaway PostgreSQL cluster shared by every integration test.
#   fixture-pg.sh start STATE_DIR   writes STATE_DIR/pg.env (PG_CONNINFO=...)
#   fixture-pg.sh stop STATE_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cmd=$1
state=$2
mkdir -p "$state"
case "$cmd" in
  start)
    "$root/scripts/pg.sh" stop "$state/pg" >/dev/null 2>&1 || true
    conninfo=$("$root/scripts/pg.sh" start "$state/pg")
    echo "PG_CONNINFO=$conninfo" >"$state/pg.env"
    echo "cluster up: $conninfo"
    ;;
  stop)
    "$root/scripts/pg.sh" stop "$state/pg"
    rm -f "$state/pg.env"
    ;;
esac
