# Sourced by the benchmark scripts: a throwaway PostgreSQL cluster holding a tsm-refserver
# catalog, served on 127.0.0.1, and everything stopped and removed on exit. Needs $root.
#   bench_workdir PREFIX             sets $work (removed on exit)
#   bench_catalog BIN DBNAME         sets $pg (the cluster's conninfo) and $catalog (initialised)
#   bench_serve BIN [serve flags]    sets $server_pid and $url; the log is $work/requests.log

server_pid=
bench_cleanup() {
  if [ -n "$server_pid" ]; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  "$root/scripts/pg.sh" stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}

bench_workdir() {
  work=$(mktemp -d "/tmp/$1.XXXXXX")
  chmod 755 "$work"
  trap bench_cleanup EXIT
}

bench_catalog() {
  pg=$("$root/scripts/pg.sh" start "$work/pg")
  catalog=$(printf '%s' "$pg" | sed "s/dbname=[^ ]*/dbname=$2/")
  psql -q -X -v ON_ERROR_STOP=1 "$pg" -c "CREATE DATABASE $2" >/dev/null
  "$1" init --db "$catalog" >/dev/null
}

bench_serve() {
  local bin=$1
  shift
  "$bin" serve --db "$catalog" --listen 127.0.0.1:0 --log "$work/requests.log" "$@" \
    >"$work/server.out" 2>"$work/server.err" </dev/null &
  server_pid=$!
  url=
  for _ in $(seq 1 300); do
    url=$(sed -n 's/^listening on //p' "$work/server.out" | head -n1)
    [ -n "$url" ] && return 0
    sleep 0.1
  done
  cat "$work/server.err" >&2
  exit 1
}
