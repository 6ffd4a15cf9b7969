// Inverted dropout (network.hpp, layer.hpp): in a training pass a hidden layer's activations
// are kept with probability 1 - p and scaled by 1 / (1 - p); the masks come from the network's
// seeded PRNG; prediction, evaluation and loss never drop; the backward pass through a fixed
// mask agrees with central differences; the trainer's steps drop, reproducibly for a seed.
#include <catch2/catch.hpp>
#include <cmath>

#include "neuronlab/gradcheck.hpp"
#include "neuronlab/network.hpp"
#include "neuronlab/trainer.hpp"
#include "testing.hpp"

using namespace nl;

namespace {
// 3 -> 200 relu (dropout p) -> 2 softmax, seeded.
Network dropout_net(double p, std::uint64_t seed) {
    Network net(3, {{200, "relu", p}, {2, "softmax"}}, "softmax_ce");
    net.initialize("he", seed);
    return net;
}

Matrix inputs(std::size_t rows) {
    Rng rng(42);
    return random_matrix(rng, rows, 3, -1.0, 1.0);
}
}  // namespace

TEST_CASE("a training pass keeps each unit with probability 1 - p, scaled by 1 / (1 - p)",
          "[dropout]") {
    Network net = dropout_net(0.25, 1);
    const Matrix X = inputs(50);
    const auto& trace = net.forward(X, Network::Dropout::draw);
    CHECK(net.dropped());
    const Matrix& mask = trace[0].mask;
    REQUIRE(mask.shape() == trace[0].A.shape());
    std::size_t kept = 0;
    for (double m : mask) {
        REQUIRE((m == 0.0 || m == 1.0 / 0.75));
        kept += m != 0.0;
    }
    // 10,000 draws of a Bernoulli(0.75): within 0.02 of it (over 4 standard deviations).
    CHECK(static_cast<double>(kept) / mask.size() == within(0.75, 0.02));
    for (std::size_t i = 0; i < mask.size(); ++i)
        REQUIRE(trace[0].dropped.data()[i] == trace[0].A.data()[i] * mask.data()[i]);
    // The output layer reads A .* mask: Z_1 = dropped W_1 + b_1.
    const Layer& out = net.parameters()[1];
    for (std::size_t r = 0; r < 50; r += 7)
        for (std::size_t j = 0; j < 2; ++j) {
            double z = out.b(j);
            for (std::size_t i = 0; i < 200; ++i) z += trace[0].dropped(r, i) * out.W(i, j);
            CHECK(trace[1].Z(r, j) == Approx(z).epsilon(1e-12));
        }
}

TEST_CASE("prediction, loss and evaluation never drop", "[dropout]") {
    Network with = dropout_net(0.5, 3), without = dropout_net(0.0, 3);
    const Matrix X = inputs(20);
    const Matrix Y =
        xt::concatenate(xt::xtuple(xt::ones<double>({20, 1}), xt::zeros<double>({20, 1})), 1);
    CHECK(same(with.forward(X).back().A, without.forward(X).back().A));
    CHECK_FALSE(with.dropped());
    CHECK(with.loss(X, Y) == without.loss(X, Y));
    with.forward(X, Network::Dropout::draw);
    CHECK_FALSE(same(with.output(), without.forward(X).back().A));
}

TEST_CASE("masks are reproducible for a seed and differ between seeds", "[dropout]") {
    Network a = dropout_net(0.5, 7), b = dropout_net(0.5, 7), c = dropout_net(0.5, 8);
    const Matrix X = inputs(10);
    for (int pass = 0; pass < 3; ++pass) {
        const Matrix ma = a.forward(X, Network::Dropout::draw)[0].mask;
        CHECK(same(ma, b.forward(X, Network::Dropout::draw)[0].mask));
        CHECK_FALSE(same(ma, c.forward(X, Network::Dropout::draw)[0].mask));
    }
    // keep: the same mask again.
    const Matrix first = a.forward(X, Network::Dropout::draw)[0].mask;
    CHECK(same(first, a.forward(X, Network::Dropout::keep)[0].mask));
}

TEST_CASE("backward through a fixed mask agrees with central differences", "[dropout][gradcheck]") {
    for (const char* hidden : {"tanh", "sigmoid", "relu"}) {
        Network net(3, {{6, hidden, 0.5}, {5, hidden, 0.3}, {3, "softmax"}}, "softmax_ce");
        net.initialize("uniform", 5);
        Rng rng(9);
        // Biases off 0: a row whose inputs are all dropped has Z = b, and relu's kink at 0
        // has no derivative for the central difference to agree with.
        for (auto& layer : net.parameters())
            for (auto& b : layer.b) b = rng.uniform(-0.5, 0.5);
        const Matrix X = random_matrix(rng, 8, 3, -1.0, 1.0);
        Matrix Y = xt::zeros<double>({8, 3});
        for (std::size_t i = 0; i < 8; ++i) Y(i, i % 3) = 1.0;
        const GradientCheck c = gradient_check(net, X, Y, 1e-5, true);
        INFO(hidden);
        CHECK(c.max_relative_error < 1e-6);
        // A dropped entry passes no gradient back: delta_0 is 0 wherever mask_0 is.
        const Matrix& mask = net.trace()[0].mask;
        const Matrix& delta = net.gradients()[0].delta;
        std::size_t zeros = 0;
        for (std::size_t i = 0; i < mask.size(); ++i)
            if (mask.data()[i] == 0.0) {
                ++zeros;
                CHECK(delta.data()[i] == 0.0);
            }
        CHECK(zeros > 0);
    }
}

TEST_CASE("dropout rates: 0 to 0.9 on hidden layers, 0 on the output", "[dropout][errors]") {
    CHECK_NOTHROW(Network(2, {{3, "relu", 0.9}, {1, "sigmoid"}}, "bce"));
    CHECK_INVALID(Network(2, {{3, "relu", 0.95}, {1, "sigmoid"}}, "bce"),
                  "Network: layers[0].dropout is 0.95; accepted: 0 to 0.9");
    CHECK_INVALID(Network(2, {{3, "relu", -0.1}, {1, "sigmoid"}}, "bce"),
                  "Network: layers[0].dropout is -0.1; accepted: 0 to 0.9");
    CHECK_INVALID(Network(2, {{3, "relu", std::nan("")}, {1, "sigmoid"}}, "bce"),
                  "Network: layers[0].dropout is NaN; accepted: a finite number");
    CHECK_INVALID(Network(2, {{3, "relu"}, {1, "sigmoid", 0.5}}, "bce"),
                  "Network: layers[1].dropout is 0.5; accepted: 0 on the output layer "
                  "(dropout is for hidden layers)");
}

TEST_CASE("training steps drop units, the same way for the same seed", "[dropout][trainer]") {
    const Dataset data = make_dataset("spiral3", {120, 0.1, 0.25, 3});
    auto run = [&](double p) {
        Network net(2, {{32, "relu", p}, {3, "softmax"}}, "softmax_ce");
        net.initialize("he", 11);
        TrainerOptions config;
        config.optimizer.name = "adam";
        config.optimizer.learning_rate = 0.01;
        config.batch_size = 16;
        Trainer trainer(net, data, config);
        std::vector<EpochStats> history;
        trainer.train(5, history);
        return std::make_pair(history, net.parameters()[0].W);
    };
    const auto [h1, w1] = run(0.5);
    const auto [h2, w2] = run(0.5);
    const auto [h0, w0] = run(0.0);
    CHECK(same(w1, w2));
    CHECK(h1.back().loss == h2.back().loss);
    CHECK_FALSE(same(w1, w0));
}
