// Writes the bench data once, from seeds, with the core's own PRNG: samples, targets, initial
// weights and the order in which the core's trainer visits the samples (it reshuffles before
// every epoch when batch < samples), so every implementation sees the same numbers in the same
// order. Usage: neuronlab_bench_data DIR (writes DIR/<workload>/*.f64 and DIR/workloads.json).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <numeric>

#include "bench_data.hpp"
#include "neuronlab/dataset.hpp"
#include "neuronlab/rng.hpp"

namespace {

using bench::Workload;

// Samples and labels: xor is the truth table; playground the core's "circle" set (TensorFlow
// Playground's: radius < 2.5 is class 1, 3.5 .. 5 class 0, shuffled once); mlp is U(0, 1)
// inputs labelled by the argmax of a N(0, 1) linear teacher T (inputs x classes) on x - 0.5.
void make_samples(const Workload& w, bench::Data& d) {
    if (w.name == "xor") {
        d.X = {0, 0, 0, 1, 1, 0, 1, 1};
        d.labels = {0, 1, 1, 0};
    } else if (w.name == "playground") {
        nl::DatasetOptions o;
        o.samples = w.samples;
        o.seed = w.data_seed;
        const nl::Dataset set = nl::make_dataset("circle", o);
        d.X.assign(set.X.begin(), set.X.end());
        d.labels.assign(set.labels.begin(), set.labels.end());
    } else {
        nl::Rng rng(w.data_seed);
        std::vector<double> T(w.inputs * w.classes);
        for (double& t : T) t = rng.normal();
        for (std::size_t i = 0; i < w.samples; ++i) {
            std::vector<double> score(w.classes, 0.0);
            for (std::size_t p = 0; p < w.inputs; ++p) {
                const double x = rng.uniform();
                d.X.push_back(x);
                for (std::size_t k = 0; k < w.classes; ++k)
                    score[k] += (x - 0.5) * T[p * w.classes + k];
            }
            d.labels.push_back(
                static_cast<double>(std::max_element(score.begin(), score.end()) - score.begin()));
        }
    }
}

// Targets as the output wants them: one-hot for softmax, +1/-1 for tanh, else 0/1.
void make_targets(const Workload& w, bench::Data& d) {
    const std::size_t outputs = w.layers.back().units;
    const std::string& out = w.layers.back().activation;
    for (double label : d.labels) {
        if (outputs > 1)
            for (std::size_t k = 0; k < outputs; ++k) d.Y.push_back(k == label ? 1.0 : 0.0);
        else
            d.Y.push_back(out == "tanh" ? 2.0 * label - 1.0 : label);
    }
}

// W U(-limit, limit) row by row, layer by layer, from one generator; b = 0.
void make_weights(const Workload& w, bench::Data& d) {
    nl::Rng rng(w.weight_seed);
    std::size_t fan_in = w.inputs;
    for (const auto& layer : w.layers) {
        const double in = static_cast<double>(fan_in), out = static_cast<double>(layer.units);
        const double limit = layer.init == "uniform"  ? 1.0
                             : layer.init == "xavier" ? std::sqrt(6.0 / (in + out))
                                                      : std::sqrt(6.0 / in);
        std::vector<double> W(fan_in * layer.units);
        for (double& v : W) v = rng.uniform(-limit, limit);
        d.W.push_back(std::move(W));
        d.b.emplace_back(layer.units, 0.0);
        fan_in = layer.units;
    }
}

// The visiting order of nl::Trainer: one permutation kept across epochs and reshuffled by its
// Rng(seed) before each epoch, unless the batch is the whole set.
void make_order(const Workload& w, bench::Data& d) {
    nl::Rng rng(w.order_seed);
    std::vector<std::size_t> order(w.samples);
    std::iota(order.begin(), order.end(), 0);
    for (std::size_t e = 0; e < w.epochs; ++e) {
        if (w.batch < w.samples) rng.shuffle(order);
        d.order.insert(d.order.end(), order.begin(), order.end());
    }
}

void write_json(const std::string& root) {
    std::ofstream out(root + "/workloads.json");
    out << "[\n";
    const auto& all = bench::workloads();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Workload& w = all[i];
        out << "  {\"name\": \"" << w.name << "\", \"unit\": \"" << w.unit
            << "\", \"inputs\": " << w.inputs << ", \"layers\": [";
        for (std::size_t l = 0; l < w.layers.size(); ++l)
            out << (l ? ", " : "") << "{\"units\": " << w.layers[l].units << ", \"activation\": \""
                << w.layers[l].activation << "\"}";
        out << "], \"loss\": \"" << w.loss << "\", \"learningRate\": " << w.learning_rate
            << ", \"batch\": " << w.batch << ", \"epochs\": " << w.epochs
            << ", \"samples\": " << w.samples << ", \"classes\": " << w.classes
            << ", \"orderSeed\": " << w.order_seed << ", \"warmupEpochs\": " << w.warmup_epochs
            << ", \"runs\": " << w.runs << "}" << (i + 1 < all.size() ? "," : "") << "\n";
    }
    out << "]\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: neuronlab_bench_data DIR\n");
        return 2;
    }
    const std::string root = argv[1];
    for (const Workload& w : bench::workloads()) {
        bench::Data d;
        make_samples(w, d);
        make_targets(w, d);
        make_weights(w, d);
        make_order(w, d);
        const std::string dir = bench::data_dir(root, w);
        std::filesystem::create_directories(dir);
        bench::write_f64(dir + "/X.f64", d.X);
        bench::write_f64(dir + "/Y.f64", d.Y);
        bench::write_f64(dir + "/labels.f64", d.labels);
        bench::write_f64(dir + "/order.f64", d.order);
        for (std::size_t l = 0; l < d.W.size(); ++l) {
            bench::write_f64(dir + "/W" + std::to_string(l) + ".f64", d.W[l]);
            bench::write_f64(dir + "/b" + std::to_string(l) + ".f64", d.b[l]);
        }
    }
    write_json(root);
    return 0;
}
