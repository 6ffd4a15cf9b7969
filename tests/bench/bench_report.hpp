// What a native bench program prints on stdout for run.mjs: one JSON object
// { "workloads": { "<name>": { "seconds": [timed runs], "loss": L, "accuracy": A } } }.
// Does not: take medians or ratios (run.mjs does, for every implementation alike).
#pragma once

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace bench {

struct Result {
    std::string workload;
    std::vector<double> seconds;
    double loss, accuracy;
};

template <class F>
double seconds_of(F&& f) {
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

inline void print_results(const std::vector<Result>& results) {
    std::printf("{\"workloads\": {");
    for (std::size_t i = 0; i < results.size(); ++i) {
        const Result& r = results[i];
        std::printf("%s\"%s\": {\"seconds\": [", i ? ", " : "", r.workload.c_str());
        for (std::size_t k = 0; k < r.seconds.size(); ++k)
            std::printf("%s%.9g", k ? ", " : "", r.seconds[k]);
        std::printf("], \"loss\": %.17g, \"accuracy\": %.17g}", r.loss, r.accuracy);
    }
    std::printf("}}\n");
}

}  // namespace bench
