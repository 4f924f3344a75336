// Concurrent load on a tsm-refserver: CLIENTS threads, each with its own keep-alive
// connection, send REQUESTS requests each; first a baseline route, then a mix of catalog
// searches and paging. Prints p50/p90/p99/max latency, errors and throughput per phase and
// the ratio of the mix's percentiles to the baseline's.
//   load_client URL TOKEN [CLIENTS] [REQUESTS]
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct PhaseResult {
    std::vector<double> latenciesMs;
    long errors = 0;
    double wallSeconds = 0;

    double percentile(double p) const {
        if (latenciesMs.empty())
            return 0;
        const std::size_t i =
            std::min(latenciesMs.size() - 1, std::size_t(p * double(latenciesMs.size())));
        return latenciesMs[i];
    }
};

// Runs `clients` threads; request i of client c goes to path(c, i).
PhaseResult runPhase(const std::string& url, const std::string& token, int clients, int requests,
                     const std::function<std::string(int, int)>& path) {
    std::vector<std::vector<double>> perClient(static_cast<std::size_t>(clients));
    std::atomic<long> errors{0};
    const Clock::time_point start = Clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            httplib::Client client(url);
            client.set_keep_alive(true);
            client.set_read_timeout(60, 0);
            const httplib::Headers headers = {{"Authorization", "Bearer " + token}};
            std::vector<double>& mine = perClient[std::size_t(c)];
            mine.reserve(std::size_t(requests));
            for (int i = 0; i < requests; ++i) {
                const Clock::time_point sent = Clock::now();
                const httplib::Result result = client.Get(path(c, i), headers);
                const double ms =
                    std::chrono::duration<double, std::milli>(Clock::now() - sent).count();
                if (!result || result->status != 200)
                    ++errors;
                else
                    mine.push_back(ms);
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    PhaseResult out;
    out.wallSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (const auto& v : perClient)
        out.latenciesMs.insert(out.latenciesMs.end(), v.begin(), v.end());
    std::sort(out.latenciesMs.begin(), out.latenciesMs.end());
    out.errors = errors;
    return out;
}

void print(const char* name, const PhaseResult& r, long total) {
    std::printf("%-34s %7ld %6ld %8.2f %8.2f %8.2f %8.2f %9.0f\n", name, total, r.errors,
                r.percentile(0.50), r.percentile(0.90), r.percentile(0.99),
                r.latenciesMs.empty() ? 0.0 : r.latenciesMs.back(), double(total) / r.wallSeconds);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s URL TOKEN [CLIENTS] [REQUESTS]\n", argv[0]);
        return 2;
    }
    const std::string url = argv[1];
    const std::string token = argv[2];
    const int clients = argc > 3 ? std::atoi(argv[3]) : 20;
    const int requests = argc > 4 ? std::atoi(argv[4]) : 200;
    if (clients <= 0 || requests <= 0) {
        std::fprintf(stderr, "CLIENTS and REQUESTS must be positive\n");
        return 2;
    }
    const std::string tables = "/orm/api/ts_manager/meta_table/";
    const char* words[] = {"orders",    "risk",     "payments", "daily",
                           "exposures", "treasury", "invoices", "ratings"};

    // Warm-up: connections, plans and caches.
    runPhase(url, token, clients, 5,
             [&](int c, int i) { return tables + "?limit=25&search=" + words[(c + i) % 8]; });

    const PhaseResult baseline = runPhase(url, token, clients, requests, [](int, int) {
        return std::string("/auth/rest-auth/user/");
    });
    // A user of the catalog: search, then page through what it found, then a ranked search.
    const PhaseResult mix = runPhase(url, token, clients, requests, [&](int c, int i) {
        const char* word = words[(c * 7 + i) % 8];
        switch (i % 4) {
        case 0:
            return tables + "?limit=25&search=" + word;
        case 1:
        case 2:
            return tables + "?limit=25&search=" + word + "&offset=" + std::to_string(25 * (i % 4));
        default:
            return tables + "description-search/?limit=25&q=" + word + "+reporting";
        }
    });

    const long total = long(clients) * requests;
    std::printf("%d concurrent clients x %d requests per phase\n", clients, requests);
    std::printf("%-34s %7s %6s %8s %8s %8s %8s %9s\n", "phase", "reqs", "errors", "p50 ms",
                "p90 ms", "p99 ms", "max ms", "req/s");
    print("baseline GET /auth/rest-auth/user/", baseline, total);
    print("search + paging mix", mix, total);
    const double b50 = baseline.percentile(0.50);
    const double b99 = baseline.percentile(0.99);
    std::printf("ratio to baseline: p50 %.1fx, p99 %.1fx\n",
                b50 > 0 ? mix.percentile(0.50) / b50 : 0.0,
                b99 > 0 ? mix.percentile(0.99) / b99 : 0.0);
    return baseline.errors + mix.errors == 0 ? 0 : 1;
}
