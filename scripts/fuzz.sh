#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS.
# Usage: scripts/fuzz.sh [SECONDS] [target...]      (default 60 s, every target)
# Fails on any crash, sanitizer report, leak or slow input (-timeout). Corpora grow in
# build/fuzz/corpus/<target> and are seeded from tests/fixtures (SQL: tests/fuzz/sql-seeds);
# a failing input is saved as build/fuzz/artifacts/<target>-crash-... for replay with
# `build/fuzz/tests/fuzz/<target> FILE`.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[ $# -gt 0 ] && shift
build=${CC_FUZZ_BUILD_DIR:-build/fuzz}
all_targets=(fuzz_metatable fuzz_list_page fuzz_schema_graph fuzz_introspection
             fuzz_validate_reply fuzz_execute_reply fuzz_error_body fuzz_contract fuzz_sql)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

# -O1 keeps the fuzzer fast while leaving asserts on.
cmake -S . -B "$build" -G Ninja -DCC_FUZZ=ON \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" >/dev/null
cmake --build "$build" -j 2 --target "${targets[@]}"

mkdir -p "$build/artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
printf '%-22s %12s %10s  %s\n' target runs execs/s result
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  if [ "$target" = fuzz_sql ]; then
    seeds=tests/fuzz/sql-seeds dict=tests/fuzz/sql.dict
  else
    seeds=tests/fixtures dict=tests/fuzz/json.dict
  fi
  log="$build/$target.log"
  status=0
  "$build/tests/fuzz/$target" "$corpus" "$seeds" -dict="$dict" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$target-" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)
  if [ "$status" -eq 0 ]; then
    result=ok
  else
    result="FAILED (exit $status, log $log)"
    failed+=("$target")
    grep -m 20 -E 'ERROR|SUMMARY|invariant broken|Test unit written' "$log" >&2 || true
  fi
  printf '%-22s %12s %10s  %s\n' "$target" "${runs:-?}" "${rate:-?}" "$result"
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
