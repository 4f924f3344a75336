#!/usr/bin/env bash
# Builds Command Center, starts a throwaway PostgreSQL with the demo catalog behind
# tsm-refserver, and opens the app on it.
#   scripts/demo.sh                  GUI on the demo backend
#   scripts/demo.sh --backend-only   prints COMMAND_CENTER_URL and MAINSEQUENCE_ACCESS_TOKEN,
#                                    serves until Ctrl-C
# Whatever happens, the server and the cluster are stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

backend_only=0
for arg in "$@"; do
  case "$arg" in
    --backend-only) backend_only=1 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "demo.sh: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done

scripts/install-deps.sh
cmake --preset dev >/dev/null
if [ "$backend_only" -eq 1 ]; then
  cmake --build --preset dev -j "$(nproc)" --target tsm-refserver
else
  cmake --build --preset dev -j "$(nproc)"
fi
server_bin="$root/build/dev/server/tsm-refserver"

work=$(mktemp -d /tmp/command-center-demo.XXXXXX)
chmod 755 "$work"
server_pid=
cleanup() {
  status=$?
  trap - EXIT INT TERM
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
  "$root/scripts/pg.sh" stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "demo.sh: starting a throwaway PostgreSQL cluster"
pg=$("$root/scripts/pg.sh" start "$work/pg")
catalog=$(printf '%s' "$pg" | sed 's/dbname=[^ ]*/dbname=tsm_catalog/')
psql -q -X -v ON_ERROR_STOP=1 "$pg" -c "CREATE DATABASE tsm_catalog" >/dev/null
"$server_bin" init --db "$catalog" >/dev/null
echo "demo.sh: seeding the demo catalog (about ten seconds)"
"$server_bin" seed demo --db "$catalog"
token=$("$server_bin" token create --db "$catalog" --user demo-admin --role admin)

"$server_bin" serve --db "$catalog" --listen 127.0.0.1:0 --log "$work/requests.log" \
  >"$work/server.out" 2>"$work/server.err" </dev/null &
server_pid=$!
url=
for _ in $(seq 1 300); do
  url=$(sed -n 's/^listening on //p' "$work/server.out" | head -n1)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "demo.sh: tsm-refserver did not start" >&2; exit 1; }

if [ "$backend_only" -eq 1 ]; then
  echo "COMMAND_CENTER_URL=$url"
  echo "MAINSEQUENCE_ACCESS_TOKEN=$token"
  echo "demo.sh: serving until Ctrl-C (request log: $work/requests.log)"
  wait "$server_pid"
else
  "$root/build/dev/app/command-center" --url "$url" --token "$token"
fi
