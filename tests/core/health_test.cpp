// Training health: the gradient RMS per layer (checked against dW of a backward pass), dead
// ReLUs behind a large negative bias, saturated sigmoids behind large weights, vanishing
// gradients down a deep sigmoid stack, and health() leaving training exactly as it was.
#include "neuronlab/health.hpp"

#include <catch2/catch.hpp>
#include <cmath>

#include "neuronlab/trainer.hpp"
#include "testing.hpp"

using namespace nl;

namespace {
Dataset circle() {
    DatasetOptions o;
    o.samples = 100;
    o.noise = 0.1;
    return make_dataset("circle", o);
}
Matrix targets(const Network& net, const Dataset& d) {
    return encode_targets(d.labels, 2, *net.parameters().back().activation, 1, "test");
}
}  // namespace

TEST_CASE("layer_health's gradient RMS is the root mean square of dL/dW") {
    const Dataset d = circle();
    Network net(2, {{5, "tanh"}, {1, "sigmoid"}}, "bce");
    net.initialize("xavier", 4);
    const Matrix Y = targets(net, d);
    net.backward(d.X, Y);
    const Matrix dW0 = net.gradients()[0].dW;
    const auto h = layer_health(net, d.X, Y);
    REQUIRE(h.size() == 2);
    double sum = 0;
    for (double g : dW0) sum += g * g;
    CHECK(h[0].gradient_rms == Approx(std::sqrt(sum / 10.0)).epsilon(1e-15));
    CHECK(h[0].units == 5);
    CHECK(h[0].dead == 0);
}

TEST_CASE("a large negative bias kills ReLUs and large weights saturate sigmoids") {
    const Dataset d = circle();
    Network relu(2, {{6, "relu"}, {1, "sigmoid"}}, "bce");
    relu.initialize("he", 1);
    for (std::size_t j = 0; j < 4; ++j) relu.set_bias(0, j, -100.0);
    const auto r = layer_health(relu, d.X, targets(relu, d));
    CHECK(r[0].dead == 4);  // z = x W - 100 < 0 for every point of the plane shown

    Network sig(2, {{6, "sigmoid"}, {1, "sigmoid"}}, "bce");
    sig.initialize("xavier", 1);
    Matrix W = sig.parameters()[0].W * 40.0;  // |z| mostly far above 4.6: s'(z) < 0.01
    sig.set_parameters(0, W, sig.parameters()[0].b);
    const auto s = layer_health(sig, d.X, targets(sig, d));
    CHECK(s[0].saturated >= 5);
    CHECK(s[0].dead == 0);  // a sigmoid's slope is never exactly 0 at these z
}

TEST_CASE("down a deep sigmoid stack the gradient shrinks layer by layer") {
    const Dataset d = circle();
    Network net(2, {{8, "sigmoid"}, {8, "sigmoid"}, {8, "sigmoid"}, {8, "sigmoid"}, {1, "sigmoid"}},
                "bce");
    net.initialize("xavier", 1);
    const auto h = layer_health(net, d.X, targets(net, d));
    // s'(z) <= 1/4 per layer and xavier weights: each layer down is several times smaller.
    for (std::size_t l = 0; l + 2 < h.size(); ++l) CHECK(h[l].gradient_rms < h[l + 1].gradient_rms);
    CHECK(h[0].gradient_rms < h[4].gradient_rms / 100.0);
}

TEST_CASE("health() between epochs leaves training exactly as it was") {
    const Dataset d = circle();
    TrainerOptions o;
    o.optimizer.name = "adam";
    o.optimizer.learning_rate = 0.01;
    o.batch_size = 10;
    auto run = [&](bool look) {
        Network net(2, {{6, "relu", 0.1}, {1, "sigmoid"}}, "bce");
        net.initialize("he", 2);
        Trainer t(net, d, o);
        std::vector<EpochStats> h;
        for (int e = 0; e < 4; ++e) {
            t.train(1, h);
            if (look) t.health();
        }
        return h.back().loss;
    };
    CHECK(run(true) == run(false));
}

TEST_CASE("Trainer::health reads kHealthSamples evenly spread rows of a large training set") {
    DatasetOptions o;
    o.samples = 1300;
    const Dataset d = make_dataset("spiral", o);
    Network net(2, {{5, "relu"}, {1, "sigmoid"}}, "bce");
    net.initialize("he", 3);
    TrainerOptions options;
    Trainer t(net, d, options);
    const auto h = t.health();
    // The same rows picked by hand: r_k = floor(k * 1300 / 512).
    Matrix X = Matrix::from_shape({kHealthSamples, 2});
    std::vector<int> labels;
    for (std::size_t k = 0; k < kHealthSamples; ++k) {
        const std::size_t r = k * 1300 / kHealthSamples;
        X(k, 0) = d.X(r, 0);
        X(k, 1) = d.X(r, 1);
        labels.push_back(d.labels[r]);
    }
    Network copy = net;
    const Matrix Y = encode_targets(labels, 2, *copy.parameters().back().activation, 1, "test");
    const auto expected = layer_health(copy, X, Y);
    CHECK(h[0].gradient_rms == expected[0].gradient_rms);
    CHECK(h[1].gradient_rms == expected[1].gradient_rms);
    CHECK(h[0].dead == expected[0].dead);
}
