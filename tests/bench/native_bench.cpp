// The core built natively on the bench workloads: nl::Network + nl::Trainer with plain SGD,
// exactly as the wasm build runs them through the JS facade. Prints bench_report.hpp's JSON.
// The core's "mse" is mean((y - t)^2), twice the workloads' 1/2 (y - t)^2 with twice its
// gradient: so it trains with learning rate lr / 2 and reports loss / 2.
// Usage: neuronlab_bench DATA_DIR

#include "bench_main.hpp"
#include "neuronlab/network.hpp"
#include "neuronlab/trainer.hpp"

namespace {

struct Problem {
    nl::Matrix X, Y;
    std::vector<int> labels;
};

nl::Matrix matrix(const std::vector<double>& v, std::size_t rows, std::size_t cols) {
    nl::Matrix m = nl::Matrix::from_shape({rows, cols});
    std::copy(v.begin(), v.end(), m.data());
    return m;
}

void reset(nl::Network& net, const bench::Data& d) {
    for (std::size_t l = 0; l < net.parameters().size(); ++l) {
        const auto& layer = net.parameters()[l];
        nl::Vector b = nl::Vector::from_shape({layer.units()});
        std::copy(d.b[l].begin(), d.b[l].end(), b.data());
        net.set_parameters(l, matrix(d.W[l], layer.fan_in(), layer.units()), b);
    }
}

bench::Result run(const bench::Workload& w, const bench::Data& d) {
    std::vector<nl::LayerSpec> specs;
    for (const auto& l : w.layers) specs.push_back({l.units, l.activation});
    const bool half_mse = w.loss == "half_mse";
    nl::Network net(w.inputs, specs, half_mse ? "mse" : "softmax_ce");
    const Problem p{matrix(d.X, w.samples, w.inputs), matrix(d.Y, w.samples, net.outputs()),
                    std::vector<int>(d.labels.begin(), d.labels.end())};
    nl::TrainerOptions config;
    config.optimizer.name = "sgd";
    config.optimizer.learning_rate = half_mse ? w.learning_rate / 2 : w.learning_rate;
    config.batch_size = w.batch;
    config.seed = w.order_seed;

    std::vector<nl::EpochStats> history;
    bench::Result r{w.name, {}, {}, 0, 0}, warmup = r;
    auto train = [&](std::size_t epochs, bench::Result& into) {
        reset(net, d);
        nl::Trainer trainer(net, p.X, p.Y, p.labels, config);
        bench::time_run(into, [&] { trainer.train(epochs, history); });
    };
    train(w.warmup_epochs, warmup);
    for (std::size_t k = 0; k < w.runs; ++k) train(w.epochs, r);
    r.loss = net.loss(p.X, p.Y) * (half_mse ? 0.5 : 1.0);
    r.accuracy = nl::accuracy(net.output(), p.labels, *net.parameters().back().activation);
    return r;
}

}  // namespace

int main(int argc, char** argv) { return bench::run_all(argc, argv, "neuronlab_bench", run); }
