// A network in float32 precision: its matrix products run in float, so its traces and gradients
// agree with float64's to float rounding (and are not the same bits: the float path ran), it
// trains as well, and the precision names are checked like every other name.
#include <catch2/catch.hpp>
#include <cmath>

#include "neuronlab/dataset.hpp"
#include "neuronlab/network.hpp"
#include "neuronlab/trainer.hpp"
#include "testing.hpp"

using namespace nl;

namespace {
// An MNIST-like shape, smaller: 40 inputs, 24 relu units, 5 softmax outputs, 9 samples.
Network mlp(Precision precision) {
    Network net(40, {{24, "relu"}, {5, "softmax"}}, "softmax_ce");
    net.initialize("he", 3);
    net.set_precision(precision);
    return net;
}

struct Batch {
    Matrix X, Y;
};

Batch batch() {
    Rng rng(11);
    Batch b{random_matrix(rng, 9, 40, 0, 1), xt::zeros<double>({9, 5})};
    for (std::size_t i = 0; i < 9; ++i) b.Y(i, i % 5) = 1.0;
    return b;
}

// max |a - b| over every layer's matrix `part` of two traces or gradient lists.
template <typename List, typename Part>
double worst(const List& a, const List& b, Part part) {
    double w = 0.0;
    for (std::size_t l = 0; l < a.size(); ++l)
        w = std::max(w, max_abs_difference(part(a[l]), part(b[l])));
    return w;
}
}  // namespace

TEST_CASE("float32 precision: forward and backward agree with float64 to float rounding",
          "[network][float32]") {
    Network exact = mlp(Precision::float64), single = mlp(Precision::float32);
    CHECK(exact.precision() == Precision::float64);
    const Batch b = batch();
    const double L64 = exact.backward(b.X, b.Y), L32 = single.backward(b.X, b.Y);
    CHECK(L32 == Approx(L64).epsilon(1e-6));

    const auto Z = [](const LayerTrace& t) -> const Matrix& { return t.Z; };
    const auto A = [](const LayerTrace& t) -> const Matrix& { return t.A; };
    const auto dW = [](const LayerGradient& g) -> const Matrix& { return g.dW; };
    const auto delta = [](const LayerGradient& g) -> const Matrix& { return g.delta; };
    // Sums of 40 terms of size about 1 in float: errors near 1e-6.
    CHECK(worst(single.trace(), exact.trace(), Z) < 1e-5);
    CHECK(worst(single.trace(), exact.trace(), A) < 1e-5);
    CHECK(worst(single.gradients(), exact.gradients(), delta) < 1e-6);
    CHECK(worst(single.gradients(), exact.gradients(), dW) < 1e-6);
    // The products did run in float: the first layer's Z is not float64's to the bit.
    CHECK(worst(single.trace(), exact.trace(), Z) > 0.0);
}

TEST_CASE("float32 precision trains spiral3 as well as float64 does", "[network][float32]") {
    DatasetOptions options;
    options.samples = 300;
    options.seed = 4;
    const Dataset data = make_dataset("spiral3", options);
    TrainerOptions config;
    config.optimizer.name = "adam";
    config.optimizer.learning_rate = 0.01;
    config.batch_size = 32;
    double loss[2];
    for (const Precision p : {Precision::float64, Precision::float32}) {
        Network net(2, {{32, "relu"}, {32, "relu"}, {3, "softmax"}}, "softmax_ce");
        net.initialize("he", 8);
        net.set_precision(p);
        Trainer trainer(net, data, config);
        std::vector<EpochStats> history;
        REQUIRE(trainer.train(200, history) == TrainStatus::ok);
        loss[p == Precision::float32] = history.back().loss;
        CHECK(history.back().loss < 0.5 * history.front().loss);
    }
    CHECK(loss[1] == Approx(loss[0]).epsilon(0.05));
}

TEST_CASE("precision names: float64 and float32, anything else named", "[network][errors]") {
    CHECK(find_precision("float64", "Network") == Precision::float64);
    CHECK(find_precision("float32", "Network") == Precision::float32);
    CHECK_INVALID(find_precision("half", "Network"),
                  "Network: precision \"half\" is unknown; accepted: float64, float32");
}
