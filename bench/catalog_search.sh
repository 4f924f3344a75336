#!/usr/bin/env bash
# Catalog search latency of tsm-refserver on a synthetic catalog of 10,000 tables.
#   bench/catalog_search.sh TSM_REFSERVER_BINARY [REQUESTS_PER_KIND] [TABLES] [FKS_PER_TABLE]
# Seeds a throwaway cluster, serves it on 127.0.0.1, fires a fixed number of requests of
# each kind over one keep-alive connection and prints p50/p99 per kind, together with the
# same figures for a baseline measured in the same run: GET /auth/rest-auth/user/, which
# authenticates the token but touches no catalog table. The ratio column is p50 / baseline p50.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
. "$here/backend.sh"
bin=${1:?usage: $0 TSM_REFSERVER_BINARY [REQUESTS_PER_KIND] [TABLES] [FKS_PER_TABLE]}
requests=${2:-200}
tables=${3:-10000}
fks=${4:-3}
command -v python3 >/dev/null || { echo "catalog_search.sh needs python3" >&2; exit 1; }

bench_workdir catalog-search-bench

bench_catalog "$bin" tsm_bench
echo "seeding $tables tables with $fks foreign keys each..."
"$bin" seed synthetic --db "$catalog" --tables "$tables" --fks-per-table "$fks"
token=$("$bin" token create --db "$catalog" --user bench --role viewer)

bench_serve "$bin"

URL="$url" TOKEN="$token" REQUESTS="$requests" python3 - <<'PY'
import http.client, os, statistics, time, urllib.parse

url = urllib.parse.urlparse(os.environ["URL"])
token = os.environ["TOKEN"]
n = int(os.environ["REQUESTS"])
conn = http.client.HTTPConnection(url.hostname, url.port)
headers = {"Authorization": "Bearer " + token}

words = ["orders", "risk", "payments", "daily", "exposures", "treasury", "invoices", "ratings"]
tables = "/orm/api/ts_manager/meta_table/"
kinds = [
    ("baseline: GET /auth/rest-auth/user/", lambda i: "/auth/rest-auth/user/"),
    ("list ?search=<word>", lambda i: tables + "?limit=25&search=" + words[i % len(words)]),
    ("list ?namespace=&labels=&limit=25", lambda i: tables + "?namespace=synthetic&labels=" + ["risk", "daily", "credit"][i % 3] + "&limit=25"),
    ("list page ?offset=", lambda i: tables + "?limit=100&offset=" + str((i * 137) % 9900)),
    ("description-search ?q=", lambda i: tables + "description-search/?limit=25&q=" + urllib.parse.quote(words[i % len(words)] + " " + words[(i + 3) % len(words)] + " reporting")),
    ("column-search ?q=", lambda i: tables + "column-search/?limit=25&q=" + ["amount", "status_code", "ref_2_id", "updated"][i % 4]),
]

def run(path):
    started = time.perf_counter()
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - started) * 1000.0
    if response.status != 200:
        raise SystemExit("HTTP %d for %s: %s" % (response.status, path, body[:200]))
    return elapsed

for _, make in kinds:  # warm-up: connections, plans, caches
    for i in range(10):
        run(make(i))

results = []
for name, make in kinds:
    samples = sorted(run(make(i)) for i in range(n))
    p50 = statistics.median(samples)
    p99 = samples[min(len(samples) - 1, int(round(0.99 * (len(samples) - 1))))]
    results.append((name, p50, p99))

base = results[0][1]
print("%d requests per kind, one keep-alive connection" % n)
print("%-40s %10s %10s %8s" % ("request", "p50 ms", "p99 ms", "p50/base"))
for name, p50, p99 in results:
    print("%-40s %10.2f %10.2f %8.1f" % (name, p50, p99, p50 / base))
PY
