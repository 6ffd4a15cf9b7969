// libFuzzer target: bytes -> a network built from arbitrary parameters (sizes, activation, loss
// and init names valid or not, seed), forward and backward on a small batch that may hold NaN,
// Infinity or huge values, weight edits, a gradient check, and a trainer run with arbitrary
// optimizer settings. Only std::invalid_argument may come out of the core; and whatever the bytes:
//   - a successful backward on finite data gives finite gradients, or the trainer, stepping on
//     that same full batch, reports divergence;
//   - after every trainer step all weights are finite, and a diverged step put back weights
//     whose loss was finite;
//   - a rejected setting leaves the trainer's settings as they were.
// Does not: check numbers against an oracle (the Catch2 tests do), only that nothing breaks.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "neuronlab/dataset.hpp"
#include "neuronlab/gradcheck.hpp"
#include "neuronlab/network.hpp"
#include "neuronlab/optimizer.hpp"
#include "neuronlab/trainer.hpp"
#include "neuronlab/validate.hpp"

namespace {

using nl::Matrix;

// Stops the run with a message: libFuzzer saves the input as a crash reproducer.
[[noreturn]] void broken(const char* what) {
    std::fprintf(stderr, "fuzz_network: %s\n", what);
    std::abort();
}

// ---- Picking parameters from the bytes -----------------------------------------------------

// Mostly a small count; one time in eight an edge of the core's limits or far beyond them.
std::size_t pick_count(FuzzedDataProvider& in, std::size_t small) {
    static constexpr std::size_t edges[] = {0, nl::kMaxUnits, nl::kMaxUnits + 1, 100000,
                                            std::numeric_limits<std::size_t>::max()};
    if (in.ConsumeIntegralInRange(0, 7) != 0)
        return in.ConsumeIntegralInRange<std::size_t>(0, small);
    return in.PickValueInArray(edges);
}

// One of the accepted names, or (one time in valid.size() + 1) any short string.
std::string pick_name(FuzzedDataProvider& in, const std::vector<std::string>& valid) {
    const auto i = in.ConsumeIntegralInRange<std::size_t>(0, valid.size());
    return i < valid.size() ? valid[i] : in.ConsumeRandomLengthString(12);
}

template <class Table>
std::vector<std::string> names_of(const Table& table) {
    std::vector<std::string> names;
    for (const auto& entry : table) names.push_back(entry.name);
    return names;
}

// A special value (NaN, +-Infinity, +-1e308, denormals...), any finite double, or a small one.
double pick_value(FuzzedDataProvider& in) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    static constexpr double specials[] = {
        0.0,    -0.0,   1.0,    -1.0,  0.5, 2.0,  1e308,
        -1e308, 1e-300, 5e-324, 1e154, inf, -inf, std::numeric_limits<double>::quiet_NaN()};
    switch (in.ConsumeIntegralInRange(0, 3)) {
        case 0:
            return in.PickValueInArray(specials);
        case 1:
            return in.ConsumeFloatingPoint<double>();
        default:
            return in.ConsumeFloatingPointInRange(-4.0, 4.0);
    }
}

// A rows x cols matrix of picked values.
Matrix pick_matrix(FuzzedDataProvider& in, std::size_t rows, std::size_t cols) {
    Matrix M = Matrix::from_shape({rows, cols});
    for (auto& v : M) v = pick_value(in);
    return M;
}

// Targets for `net`: usually ones its loss accepts (0/1, one-hot, any finite), else anything.
Matrix pick_targets(FuzzedDataProvider& in, const nl::Network& net, std::size_t rows) {
    const std::size_t k =
        in.ConsumeIntegralInRange(0, 7) ? net.outputs() : in.ConsumeIntegralInRange(0, 6);
    if (!in.ConsumeBool()) return pick_matrix(in, rows, k);
    Matrix Y = xt::zeros<double>({rows, k});
    const std::string& loss = net.loss_function().name;
    for (std::size_t i = 0; i < rows; ++i) {
        if (loss == "softmax_ce" && k > 0)
            Y(i, in.ConsumeIntegralInRange<std::size_t>(0, k - 1)) = 1.0;
        for (std::size_t j = 0; j < k && loss != "softmax_ce"; ++j)
            Y(i, j) = loss == "bce" ? in.ConsumeBool() : in.ConsumeFloatingPointInRange(-2.0, 2.0);
    }
    return Y;
}

// Each optimizer field kept at its default or replaced by a picked value.
nl::OptimizerOptions pick_optimizer(FuzzedDataProvider& in) {
    nl::OptimizerOptions c;
    c.name = pick_name(in, names_of(nl::optimizer_table()));
    for (double* field :
         {&c.learning_rate, &c.momentum, &c.rho, &c.beta1, &c.beta2, &c.epsilon, &c.l1, &c.l2})
        if (in.ConsumeBool()) *field = pick_value(in);
    return c;
}

// ---- Invariants ----------------------------------------------------------------------------

bool finite(const Matrix& M) {
    for (double v : M)
        if (!std::isfinite(v)) return false;
    return true;
}

bool finite(const nl::Vector& v) {
    for (double x : v)
        if (!std::isfinite(x)) return false;
    return true;
}

bool parameters_finite(const nl::Network& net) {
    for (const auto& layer : net.parameters())
        if (!finite(layer.W) || !finite(layer.b)) return false;
    return true;
}

bool gradients_finite(const nl::Network& net) {
    for (const auto& g : net.gradients())
        if (!finite(g.dW) || !finite(g.db)) return false;
    return true;
}

bool same_parameters(const std::vector<nl::Layer>& a, const std::vector<nl::Layer>& b) {
    for (std::size_t l = 0; l < a.size(); ++l)
        if (a[l].W != b[l].W || a[l].b != b[l].b) return false;
    return true;
}

bool same_config(const nl::OptimizerOptions& a, const nl::OptimizerOptions& b) {
    return a.name == b.name && a.learning_rate == b.learning_rate && a.momentum == b.momentum &&
           a.rho == b.rho && a.beta1 == b.beta1 && a.beta2 == b.beta2 && a.epsilon == b.epsilon &&
           a.l1 == b.l1 && a.l2 == b.l2;
}

// Work of a pass over `samples` samples: bounded so that every input runs in about a
// millisecond under the sanitizers (large sizes are refused or handled the same way as small).
bool too_slow(std::size_t samples, const nl::Network& net) {
    return samples * net.parameter_count() > (std::size_t{1} << 18);
}

// ---- The stages: each may be rejected with std::invalid_argument -------------------------

nl::Network make_network(FuzzedDataProvider& in) {
    const std::size_t inputs = pick_count(in, 6);
    std::vector<nl::LayerSpec> specs(in.ConsumeIntegralInRange<std::size_t>(0, nl::kMaxLayers + 2));
    const auto activations = names_of(nl::activation_table());
    for (auto& spec : specs) spec = {pick_count(in, 6), pick_name(in, activations)};
    nl::Network net(inputs, specs, pick_name(in, names_of(nl::loss_table())));
    net.initialize(pick_name(in, {"uniform", "xavier", "he"}), in.ConsumeIntegral<std::uint64_t>());
    return net;
}

// Steps a trainer and checks the weights after each step; true if any step diverged. A diverged
// step puts back the last weights whose loss was finite: the weights before this step, or
// before the last step that went well (or at the start).
bool run_trainer(FuzzedDataProvider& in, nl::Network& net, nl::Trainer& trainer, int steps) {
    bool diverged = false;
    std::vector<nl::Layer> anchor = net.parameters();
    for (int s = 0; s < steps; ++s) {
        const std::vector<nl::Layer> before = net.parameters();
        nl::TrainStatus status;
        const double L = trainer.step(status);
        if (!parameters_finite(net)) broken("a trainer step left a non-finite weight");
        if (status == nl::TrainStatus::diverged) {
            if (!same_parameters(before, net.parameters()) &&
                !same_parameters(anchor, net.parameters()))
                broken("a diverged step did not put back weights with a finite loss");
            diverged = true;
        } else if (!std::isfinite(L)) {
            broken("a step reported ok with a non-finite loss");
        } else {
            anchor = before;
        }
        if (in.ConsumeIntegralInRange(0, 7) == 0) {
            const nl::OptimizerOptions kept = trainer.optimizer_options();
            try {
                trainer.set_options(pick_optimizer(in));
            } catch (const std::invalid_argument&) {
                if (!same_config(kept, trainer.optimizer_options()))
                    broken("a rejected setting changed the trainer");
            }
        }
    }
    return diverged;
}

void exercise(FuzzedDataProvider& in) {
    nl::Network net = make_network(in);
    const std::size_t rows = in.ConsumeIntegralInRange(0, 8);
    const std::size_t cols =
        in.ConsumeIntegralInRange(0, 7) ? net.inputs() : in.ConsumeIntegralInRange(0, 6);
    if (too_slow(rows, net)) return;
    const Matrix X = pick_matrix(in, rows, cols);
    const Matrix Y = pick_targets(in, net, rows);

    try {
        const auto& trace = net.forward(X);
        if (trace.back().A.shape(0) != rows || trace.back().A.shape(1) != net.outputs())
            broken("forward returned the wrong shape");
    } catch (const std::invalid_argument&) {
    }

    try {
        const double L = net.backward(X, Y);
        if (L < 0.0) broken("backward returned a negative loss");
    } catch (const std::invalid_argument&) {
    }

    try {
        net.set_weight(pick_count(in, 3), pick_count(in, 6), pick_count(in, 6), pick_value(in));
    } catch (const std::invalid_argument&) {
    }
    try {
        net.set_bias(pick_count(in, 3), pick_count(in, 6), pick_value(in));
    } catch (const std::invalid_argument&) {
    }
    // A gradient check makes two passes over the batch per parameter.
    if (in.ConsumeBool() && !too_slow(rows * net.parameter_count(), net)) {
        try {
            nl::gradient_check(net, X, Y, in.ConsumeBool() ? 1e-6 : pick_value(in));
        } catch (const std::invalid_argument&) {
        }
    }

    nl::TrainerOptions config;
    config.optimizer = pick_optimizer(in);
    config.batch_size = pick_count(in, 8);
    config.seed = in.ConsumeIntegral<std::uint64_t>();
    const int steps = in.ConsumeIntegralInRange(1, 6);

    if (in.ConsumeBool()) {
        // A generated data set, with targets encoded by the trainer for the output layer.
        nl::DatasetOptions options;
        options.samples = pick_count(in, 40);
        options.noise = pick_value(in);
        options.test_fraction = in.ConsumeBool() ? 0.25 : pick_value(in);
        options.seed = in.ConsumeIntegral<std::uint64_t>();
        const nl::Dataset data =
            nl::make_dataset(pick_name(in, names_of(nl::dataset_table())), options);
        if (too_slow(options.samples, net)) return;
        nl::Trainer trainer(net, data, config);
        run_trainer(in, net, trainer, steps);
        std::vector<nl::EpochStats> history;
        trainer.train(in.ConsumeIntegralInRange(0, 2), history);
        if (!parameters_finite(net)) broken("train() left a non-finite weight");
        trainer.evaluate();
        return;
    }

    // X and Y as they are. With one full batch the trainer's first step is the backward pass
    // below, on the same weights: its gradients must be finite or that step must diverge.
    std::vector<int> labels;
    if (in.ConsumeBool())
        for (std::size_t i = 0; i < rows; ++i) labels.push_back(in.ConsumeIntegralInRange(-1, 3));
    nl::Trainer trainer(net, X, Y, labels, config);  // validates X and Y
    const bool full_batch = config.batch_size == 0 || config.batch_size >= rows;
    bool bad_gradients = false;
    if (full_batch) {
        const double L = net.backward(X, Y);
        bad_gradients = !std::isfinite(L) || !gradients_finite(net);
    }
    const bool diverged = run_trainer(in, net, trainer, steps);
    if (full_batch && bad_gradients && !diverged)
        broken("backward gave non-finite gradients, yet the trainer did not report divergence");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    try {
        exercise(in);
    } catch (const std::invalid_argument&) {
        // A clear rejection of an invalid parameter: expected for most inputs.
    }
    return 0;
}
