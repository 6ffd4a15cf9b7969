// The bench data on disk: one raw little-endian float64 file per array, in build/bench/<workload>/:
// X (samples x inputs), Y (samples x outputs: 0/1, +1/-1 or one-hot, as the loss wants), labels
// (samples), order (epochs x samples: the sample indices of each epoch in training order), and
// W<l> (fan_in x units, row-major), b<l> (units) for each layer l. JS reads them as Float64Arrays.
// Does not: generate anything (make_workloads.cpp does).
#pragma once

#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "workloads.hpp"

namespace bench {

struct Data {
    std::vector<double> X, Y, labels, order;
    std::vector<std::vector<double>> W, b;  // per layer
};

inline std::string data_dir(const std::string& root, const Workload& w) {
    return root + "/" + w.name;
}

inline void write_f64(const std::string& path, const std::vector<double>& v) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || std::fwrite(v.data(), sizeof(double), v.size(), f) != v.size())
        throw std::runtime_error("cannot write " + path);
    std::fclose(f);
}

// Reads exactly `count` doubles from `path`.
inline std::vector<double> read_f64(const std::string& path, std::size_t count) {
    std::vector<double> v(count);
    std::FILE* f = std::fopen(path.c_str(), "rb");
    const bool ok =
        f && std::fread(v.data(), sizeof(double), count, f) == count && std::fgetc(f) == EOF;
    if (f) std::fclose(f);
    if (!ok)
        throw std::runtime_error(path + " is missing or not " + std::to_string(count) +
                                 " doubles: run npm run bench");
    return v;
}

inline Data read_data(const std::string& root, const Workload& w) {
    const std::string dir = data_dir(root, w);
    const std::size_t n = w.samples, outputs = w.layers.back().units;
    Data d;
    d.X = read_f64(dir + "/X.f64", n * w.inputs);
    d.Y = read_f64(dir + "/Y.f64", n * outputs);
    d.labels = read_f64(dir + "/labels.f64", n);
    d.order = read_f64(dir + "/order.f64", w.epochs * n);
    std::size_t fan_in = w.inputs;
    for (std::size_t l = 0; l < w.layers.size(); ++l) {
        const std::size_t units = w.layers[l].units;
        d.W.push_back(read_f64(dir + "/W" + std::to_string(l) + ".f64", fan_in * units));
        d.b.push_back(read_f64(dir + "/b" + std::to_string(l) + ".f64", units));
        fan_in = units;
    }
    return d;
}

}  // namespace bench
