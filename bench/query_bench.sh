#!/usr/bin/env bash
# Bounded SELECT benchmarks on a throwaway cluster with a seeded tsm-refserver:
#  (1) 1,000,000 rows of markets.trades through `command-center-cli query --format csv --out`
#      against `psql -c "\copy (<same SELECT>) to FILE csv"` on the same database: the wall
#      time ratio, and the CLI's CPU share (user + sys over wall, from /usr/bin/time -v);
#  (2) the GUI's ResultModel holding the same 1,000,000 rows x 8 columns: its resident-set
#      growth and peak against the size of the CSV of those rows.
#   bench/query_bench.sh BUILD_DIR [ROWS] [PAGE_CAP] [WINDOW]
# BUILD_DIR holds server/tsm-refserver, app/command-center-cli and bench/query_model_memory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
. "$here/backend.sh"
build=$(cd "${1:?usage: $0 BUILD_DIR [ROWS] [PAGE_CAP] [WINDOW]}" && pwd)
rows=${2:-1000000}
cap=${3:-10000}
window=${4:-10000}
server="$build/server/tsm-refserver"
cli="$build/app/command-center-cli"
model="$build/bench/query_model_memory"
for b in "$server" "$cli" "$model"; do
  [ -x "$b" ] || { echo "missing $b (build tsm-refserver, command-center-cli, query_model_memory)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (package time)" >&2; exit 1; }

bench_workdir query-bench

echo "starting a throwaway cluster and seeding the demo catalog (a million trades)..."
bench_catalog "$server" tsm_catalog
data=$(printf '%s' "$pg" | sed 's/dbname=[^ ]*/dbname=tsm_demo_data/')
"$server" seed demo --db "$catalog" >/dev/null
token=$("$server" token create --db "$catalog" --user bench --role viewer)
bench_serve "$server" --page-cap "$cap"

columns="trade_id, account_id, instrument_id, side, quantity, price, trade_ts, settlement_date"
select="SELECT $columns FROM markets.trades AS t ORDER BY trade_id"

# Field of a /usr/bin/time -v report.
field() { sed -n "s/^[[:space:]]*$2: //p" "$1" | head -n1; }
# "h:mm:ss" or "m:ss.ss" to seconds.
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }

run_timed() { # name report command...
  local report=$2
  shift 2
  /usr/bin/time -v -o "$report" "$@" >/dev/null 2>"$report.stderr" ||
    { cat "$report.stderr" >&2; exit 1; }
}

echo "fetching $rows rows with command-center-cli (page cap $cap)..."
run_timed cli "$work/cli.time" "$cli" --url "$url" --token "$token" query --sql "$select" \
  --table markets.trades=t --max-rows "$rows" --format csv --out "$work/cli.csv"
echo "fetching the same rows with psql \\copy..."
run_timed psql "$work/psql.time" psql -X -q "$data" -c "\\copy ($select LIMIT $rows) to '$work/psql.csv' csv header"

cli_wall=$(seconds "$(field "$work/cli.time" 'Elapsed (wall clock) time (h:mm:ss or m:ss)')")
cli_user=$(field "$work/cli.time" 'User time (seconds)')
cli_sys=$(field "$work/cli.time" 'System time (seconds)')
cli_rss=$(field "$work/cli.time" 'Maximum resident set size (kbytes)')
psql_wall=$(seconds "$(field "$work/psql.time" 'Elapsed (wall clock) time (h:mm:ss or m:ss)')")
cli_lines=$(($(wc -l <"$work/cli.csv") - 1))
psql_lines=$(($(wc -l <"$work/psql.csv") - 1))
cli_bytes=$(stat -c %s "$work/cli.csv")
psql_bytes=$(stat -c %s "$work/psql.csv")
requests=$(grep -c execute-operation "$work/requests.log" || true)

echo "filling the GUI ResultModel with the same rows (window $window)..."
QT_QPA_PLATFORM=offscreen "$model" "$url" "$token" "$rows" "$window" "$select" >"$work/model.out"
value() { sed -n "s/^$1=//p" "$work/model.out"; }

awk -v rows="$rows" -v cap="$cap" -v requests="$requests" \
    -v cw="$cli_wall" -v cu="$cli_user" -v cs="$cli_sys" -v crss="$cli_rss" -v cl="$cli_lines" -v cb="$cli_bytes" \
    -v pw="$psql_wall" -v pl="$psql_lines" -v pb="$psql_bytes" \
    -v mr="$(value model_rows)" -v mc="$(value model_columns)" -v ms="$(value model_fill_seconds)" \
    -v mp="$(value model_pages)" -v cache="$(value cache_bytes)" \
    -v before="$(value rss_before_kb)" -v delta="$(value rss_delta_kb)" -v peak="$(value rss_peak_delta_kb)" '
BEGIN {
  printf "\n(1) %d rows, 8 columns, CSV to a file\n", rows
  printf "  command-center-cli query  %7.2f s wall  %6.2f s user  %5.2f s sys  %7.1f MiB max RSS  %d rows  %d bytes  %d execute-operation calls (page cap %d)\n", cw, cu, cs, crss / 1024, cl, cb, requests, cap
  printf "  psql \\copy (baseline)     %7.2f s wall                                               %d rows  %d bytes\n", pw, pl, pb
  printf "  ratio cli / psql wall: %.2fx   cli CPU share (user+sys)/wall: %.0f%%\n", cw / pw, 100 * (cu + cs) / cw
  printf "\n(2) ResultModel holding %d rows x %d columns (%d pages, %.2f s to fill)\n", mr, mc, mp, ms
  printf "  RSS delta %.1f MiB, peak RSS delta %.1f MiB (RSS before %.1f MiB), page cache %.1f MiB\n", delta / 1024, peak / 1024, before / 1024, cache / 1048576
  printf "  CSV of the same rows (baseline) %.1f MiB\n", cb / 1048576
  printf "  ratio RSS delta / CSV: %.2fx   peak delta / CSV: %.2fx   cache / CSV: %.2fx\n", delta * 1024 / cb, peak * 1024 / cb, cache / cb
}'
