// Bad input, entry point by entry point: each throws std::invalid_argument whose message names
// the function, the parameter and what is accepted (design rule 14), and nothing crashes.
// The per-module files test their own messages too; this file walks the lesson-facing list:
// wrong input width, empty layer list, 0 or 100,000 neurons, 50 layers, NaN inputs, unknown
// loss, unknown init.
#include <catch2/catch.hpp>
#include <cmath>

#include "neuronlab/gradcheck.hpp"
#include "neuronlab/network.hpp"
#include "neuronlab/perceptron.hpp"
#include "neuronlab/trainer.hpp"
#include "testing.hpp"

using namespace nl;

namespace {
Network xor_net() { return Network(2, {{4, "sigmoid"}, {1, "sigmoid"}}, "mse"); }
Matrix with_nan(Matrix X, std::size_t i, std::size_t j) {
    X(i, j) = std::nan("");
    return X;
}
const Matrix kX = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
const Matrix kY = {{0}, {1}, {1}, {0}};
const Matrix kWide = {{0, 0, 0}, {0, 1, 0}};
}  // namespace

TEST_CASE("Network: layer list, sizes, names", "[errors]") {
    CHECK_INVALID(Network(2, {}, "mse"),
                  "Network: layers is empty; accepted: 1 to 16 layers, the last one being "
                  "the output");
    CHECK_INVALID(Network(2, {{0, "relu"}, {1, "sigmoid"}}, "mse"),
                  "Network: layers[0].units is 0; accepted: 1 to 4096");
    CHECK_INVALID(Network(2, {{3, "relu"}, {100000, "sigmoid"}}, "mse"),
                  "Network: layers[1].units is 100000; accepted: 1 to 4096");
    CHECK_INVALID(Network(2, std::vector<LayerSpec>(50, {2, "tanh"}), "mse"),
                  "Network: the number of layers is 50; accepted: 1 to 16");
    CHECK_INVALID(Network(0, {{1, "sigmoid"}}, "mse"), "Network: inputs is 0; accepted: 1 to 4096");
    CHECK_INVALID(Network(100000, {{1, "sigmoid"}}, "mse"),
                  "Network: inputs is 100000; accepted: 1 to 4096");
    CHECK_INVALID(Network(2, {{1, "sigmoid"}}, "hinge"),
                  "Network: loss \"hinge\" is unknown; accepted: mse, bce, softmax_ce");
    CHECK_INVALID(Network(2, {{3, "sigmod"}, {1, "sigmoid"}}, "mse"),
                  "Network: layers[0].activation \"sigmod\" is unknown; accepted: step, "
                  "sigmoid, tanh, relu, linear, softmax");
    // The limits themselves are accepted.
    CHECK_NOTHROW(Network(2, std::vector<LayerSpec>(16, {1, "linear"}), "mse"));
    CHECK_NOTHROW(Network(4096, {{1, "sigmoid"}}, "mse"));
}

TEST_CASE("initialize: unknown init", "[errors]") {
    Network net = xor_net();
    CHECK_INVALID(net.initialize("gaussian", 1),
                  "initialize: init \"gaussian\" is unknown; accepted: uniform, xavier, he");
    CHECK_INVALID(net.initialize("", 1),
                  "initialize: init \"\" is unknown; accepted: uniform, xavier, he");
    for (double w : net.parameters()[0].W) CHECK(w == 0.0);  // untouched
}

TEST_CASE("forward, backward, loss: input width, NaN inputs, empty batches, targets", "[errors]") {
    Network net = xor_net();
    net.initialize("uniform", 1);
    CHECK_INVALID(net.forward(kWide), "forward: expected 2 inputs per sample, got 3");
    CHECK_INVALID(net.forward(with_nan(kX, 2, 1)),
                  "forward: inputs[2][1] is NaN; accepted: finite numbers");
    Matrix inf = kX;
    inf(0, 0) = -INFINITY;
    CHECK_INVALID(net.forward(inf), "forward: inputs[0][0] is -Infinity; accepted: finite numbers");
    CHECK_INVALID(net.forward(Matrix::from_shape({0, 2})),
                  "forward: the batch is empty; accepted: at least 1 sample");

    CHECK_INVALID(net.backward(kWide, kY), "backward: expected 2 inputs per sample, got 3");
    CHECK_INVALID(net.backward(with_nan(kX, 0, 0), kY),
                  "backward: inputs[0][0] is NaN; accepted: finite numbers");
    CHECK_INVALID(net.backward(kX, Matrix{{0}, {1}}), "backward: got 4 samples but 2 targets");
    CHECK_INVALID(net.backward(kX, Matrix{{0, 1}, {1, 0}, {1, 0}, {0, 1}}),
                  "backward: expected 1 targets per sample, got 2");
    CHECK_INVALID(net.backward(kX, with_nan(kY, 3, 0)),
                  "backward: targets[3][0] is NaN; accepted: a finite number");

    CHECK_INVALID(net.loss(kWide, kY), "loss: expected 2 inputs per sample, got 3");
    CHECK_INVALID(net.loss(with_nan(kX, 1, 1), kY),
                  "loss: inputs[1][1] is NaN; accepted: finite numbers");
}

TEST_CASE("gradient_check: the same checks through backward()", "[errors]") {
    Network net = xor_net();
    CHECK_INVALID(gradient_check(net, kWide, kY), "backward: expected 2 inputs per sample, got 3");
    CHECK_INVALID(gradient_check(net, with_nan(kX, 0, 1), kY),
                  "backward: inputs[0][1] is NaN; accepted: finite numbers");
}

TEST_CASE("Trainer: input width, NaN inputs, labels", "[errors]") {
    Network net = xor_net();
    TrainerOptions c;
    CHECK_INVALID(Trainer(net, kWide, Matrix{{0}, {1}}, {}, c),
                  "Trainer: expected 2 inputs per sample, got 3");
    CHECK_INVALID(Trainer(net, with_nan(kX, 3, 0), kY, {}, c),
                  "Trainer: inputs[3][0] is NaN; accepted: finite numbers");
    Dataset data;
    data.X = with_nan(kX, 1, 0);
    data.labels = {0, 1, 1, 0};
    CHECK_INVALID(Trainer(net, data, c), "Trainer: inputs[1][0] is NaN; accepted: finite numbers");
    data.X = kX;
    data.labels = {0, 1, 2, 0};
    CHECK_INVALID(Trainer(net, data, c), "Trainer: labels[2] is 2; accepted: 0 to 1");
    data.labels = {0, 1, 1, 0};
    data.X_test = with_nan(kX, 0, 0);
    data.labels_test = {0, 1, 1, 0};
    CHECK_INVALID(Trainer(net, data, c), "Trainer: inputs[0][0] is NaN; accepted: finite numbers");
}

TEST_CASE("Perceptron: input width and NaN inputs", "[errors]") {
    Perceptron p(2, 0.1);
    CHECK_INVALID(p.predict({1.0, 0.0, 1.0}), "weighted_sum: expected 2 inputs, got 3");
    CHECK_INVALID(p.weighted_sum({std::nan(""), 1.0}),
                  "weighted_sum: inputs[0] is NaN; accepted: a finite number");
    CHECK_INVALID(p.train_epoch(kWide, {0, 1}), "train_epoch: expected 2 inputs per sample, got 3");
    CHECK_INVALID(p.train_epoch(with_nan(kX, 2, 0), {0, 1, 1, 0}),
                  "train_epoch: X[2][0] is NaN; accepted: a finite number");
    CHECK_INVALID(Perceptron(100000, 0.1), "Perceptron: inputs is 100000; accepted: 1 to 4096");
}

TEST_CASE("every rejected call above leaves a usable network behind", "[errors]") {
    Network net = xor_net();
    net.initialize("uniform", 3);
    const double before = net.loss(kX, kY);
    CHECK_THROWS_AS(net.forward(kWide), std::invalid_argument);
    CHECK_THROWS_AS(net.backward(with_nan(kX, 0, 0), kY), std::invalid_argument);
    CHECK_THROWS_AS(net.set_weight(0, 0, 0, std::nan("")), std::invalid_argument);
    CHECK_THROWS_AS(net.initialize("zeros", 1), std::invalid_argument);
    CHECK(net.loss(kX, kY) == before);
}
