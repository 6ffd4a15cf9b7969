// The three bench workloads of shared/bench-workloads.md as data, shared by the data generator,
// the native driver and the plain-loops reference. The JS side reads the same definitions from
// the workloads.json that the generator writes beside the data.
// Does not: hold any data (bench_data.hpp reads and writes the .f64 files).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace bench {

struct Layer {
    std::size_t units;
    std::string activation;  // sigmoid, tanh, relu, softmax
    std::string init;        // uniform U(-1, 1), xavier (Glorot uniform), he (uniform)
};

struct Workload {
    std::string name;  // xor, playground, mlp
    std::string unit;  // what the speed is reported in: epoch, sample-step, samples/s
    std::size_t inputs;
    std::vector<Layer> layers;
    std::string loss;      // half_mse: 1/2 (y - t)^2 averaged; softmax_ce: -log p_label averaged
    double learning_rate;  // plain SGD on `loss`
    std::size_t batch;     // samples per step (== samples: full batch)
    std::size_t epochs;
    std::size_t samples;
    std::size_t classes;
    std::uint64_t data_seed;    // the samples (xor: the truth table, no seed)
    std::uint64_t weight_seed;  // initial weights; biases start at 0
    std::uint64_t order_seed;   // the core trainer's shuffling seed (batch < samples)
    // One untimed run of this many epochs first: a whole run for the small workloads, as V8 moves
    // hot wasm functions from its baseline compiler to its optimising one only after many calls.
    std::size_t warmup_epochs;
    // Timed runs; the median is reported. A W1 run is a few milliseconds of CPU: many runs make
    // its median steady against the machine's other work.
    std::size_t runs;
};

inline const std::vector<Workload>& workloads() {
    static const std::vector<Workload> all = {
        {"xor",
         "epoch",
         2,
         {{4, "sigmoid", "uniform"}, {1, "sigmoid", "uniform"}},
         "half_mse",
         0.5,
         4,
         5000,
         4,
         2,
         0,
         1,
         1,
         5000,
         51},
        {"playground",
         "sample-step",
         2,
         {{8, "tanh", "xavier"}, {8, "tanh", "xavier"}, {1, "tanh", "xavier"}},
         "half_mse",
         0.03,
         10,
         50,
         500,
         2,
         42,
         42,
         42,
         50,
         21},
        {"mlp",
         "samples/s",
         784,
         {{128, "relu", "he"}, {10, "softmax", "xavier"}},
         "softmax_ce",
         0.1,
         64,
         2,
         8192,
         10,
         5,
         3,
         3,
         1,
         3},
    };
    return all;
}

}  // namespace bench
