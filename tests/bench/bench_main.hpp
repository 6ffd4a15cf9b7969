// The main() of a native bench program: every workload of workloads.hpp, its data read from
// DATA_DIR, through the program's own run(), printed as bench_report.hpp describes.
#pragma once

#include <cstdio>
#include <vector>

#include "bench_data.hpp"
#include "bench_report.hpp"

namespace bench {

// run: Result(const Workload&, const Data&). Returns main()'s exit code (2: wrong arguments).
template <class Run>
int run_all(int argc, char** argv, const char* program, Run run) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DATA_DIR\n", program);
        return 2;
    }
    std::vector<Result> results;
    for (const auto& w : workloads()) results.push_back(run(w, read_data(argv[1], w)));
    print_results(results);
    return 0;
}

}  // namespace bench
