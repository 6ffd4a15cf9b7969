// What a native bench program prints on stdout for run.mjs: one JSON object
// { "workloads": { "<name>": { "seconds": [CPU seconds of each timed run], "wall": [their
// wall-clock seconds], "loss": L, "accuracy": A } } }. CPU time is the figure: the bench
// machines are shared, and a process waiting for a core does not count it.
// Does not: take medians or ratios (run.mjs does, for every implementation alike).
#pragma once

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

namespace bench {

struct Result {
    std::string workload;
    std::vector<double> seconds, wall;
    double loss, accuracy;
};

// Runs f and appends its CPU and wall-clock seconds to r.
template <class F>
void time_run(Result& r, F&& f) {
    const std::clock_t cpu = std::clock();
    const auto start = std::chrono::steady_clock::now();
    f();
    r.wall.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    r.seconds.push_back(static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC);
}

inline void print_results(const std::vector<Result>& results) {
    std::printf("{\"workloads\": {");
    for (std::size_t i = 0; i < results.size(); ++i) {
        const Result& r = results[i];
        std::printf("%s\"%s\": {", i ? ", " : "", r.workload.c_str());
        for (const auto& [name, v] :
             {std::pair{"seconds", &r.seconds}, std::pair{"wall", &r.wall}}) {
            std::printf("\"%s\": [", name);
            for (std::size_t k = 0; k < v->size(); ++k)
                std::printf("%s%.9g", k ? ", " : "", (*v)[k]);
            std::printf("], ");
        }
        std::printf("\"loss\": %.17g, \"accuracy\": %.17g}", r.loss, r.accuracy);
    }
    std::printf("}}\n");
}

}  // namespace bench
