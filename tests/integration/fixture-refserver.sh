#!/usr/bin/env bash
# ctest fixture: one seeded tsm-refserver shared by every server integration test.
#   fixture-refserver.sh start STATE_DIR BINARY   needs STATE_DIR/pg.env (fixture pg_cluster);
#                                                 writes STATE_DIR/refserver.env
#   fixture-refserver.sh stop STATE_DIR
set -euo pipefail
cmd=$1
state=$2
bin=${3:-}
env_file="$state/refserver.env"
pid_file="$state/refserver.pid"

stop_server() {
  if [ -f "$pid_file" ]; then
    pid=$(cat "$pid_file")
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
      done
      kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pid_file"
  fi
}

case "$cmd" in
  start)
    [ -x "$bin" ] || { echo "usage: $0 start STATE_DIR BINARY" >&2; exit 2; }
    stop_server
    pg=$(sed -n 's/^PG_CONNINFO=//p' "$state/pg.env")
    [ -n "$pg" ] || { echo "no PG_CONNINFO in $state/pg.env" >&2; exit 1; }
    psql -q -X -v ON_ERROR_STOP=1 "$pg" \
      -c "DROP DATABASE IF EXISTS tsm_catalog" -c "CREATE DATABASE tsm_catalog" >/dev/null
    catalog=$(printf '%s' "$pg" | sed 's/dbname=[^ ]*/dbname=tsm_catalog/')
    data=$(printf '%s' "$pg" | sed 's/dbname=[^ ]*/dbname=tsm_demo_data/')
    "$bin" init --db "$catalog"
    "$bin" seed demo --db "$catalog"
    admin=$("$bin" token create --db "$catalog" --user test-admin --role admin)
    editor=$("$bin" token create --db "$catalog" --user test-editor --role editor)
    viewer=$("$bin" token create --db "$catalog" --user test-viewer --role viewer)
    limited=$("$bin" token create --db "$catalog" --user test-crm-viewer --role viewer --namespaces crm)
    "$bin" user create --db "$catalog" --user analyst --password 'correct horse' --role editor >/dev/null

    log="$state/refserver.log"
    out="$state/refserver.out"
    : >"$log"
    # Detached with every stream redirected, so ctest does not wait for it.
    setsid "$bin" serve --db "$catalog" --listen 127.0.0.1:0 --page-cap 500 --log "$log" \
      >"$out" 2>"$state/refserver.err" </dev/null &
    echo $! >"$pid_file"
    url=
    for _ in $(seq 1 300); do
      url=$(sed -n 's/^listening on //p' "$out" 2>/dev/null | head -n1)
      [ -n "$url" ] && break
      kill -0 "$(cat "$pid_file")" 2>/dev/null || { cat "$state/refserver.err" >&2; exit 1; }
      sleep 0.1
    done
    [ -n "$url" ] || { echo "tsm-refserver did not start" >&2; cat "$state/refserver.err" >&2; stop_server; exit 1; }
    cat >"$env_file" <<ENV
COMMAND_CENTER_URL=$url
TOKEN_ADMIN=$admin
TOKEN_EDITOR=$editor
TOKEN_VIEWER=$viewer
TOKEN_VIEWER_LIMITED=$limited
LIMITED_NAMESPACE=crm
LOGIN_USER=analyst
LOGIN_PASSWORD=correct horse
PG_CONNINFO=$catalog
DATA_CONNINFO=$data
SERVER_LOG=$log
PAGE_CAP=500
REFSERVER_BIN=$bin
ENV
    echo "tsm-refserver up: $url"
    ;;
  stop)
    stop_server
    rm -f "$env_file"
    ;;
  *)
    echo "usage: $0 start STATE_DIR BINARY | stop STATE_DIR" >&2
    exit 2
    ;;
esac
