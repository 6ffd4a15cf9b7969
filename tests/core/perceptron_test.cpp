// The perceptron of lessons 3 and 4: the rule w += lr (t - y) x, b += lr (t - y) worked by hand,
// convergence on AND and OR from zero weights, and no convergence on XOR.
#include "neuronlab/perceptron.hpp"

#include <catch2/catch.hpp>
#include <cmath>

#include "neuronlab/dataset.hpp"
#include "testing.hpp"

using namespace nl;

namespace {
const Matrix kCorners = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};

// Trains epoch by epoch until an epoch makes no error; returns that epoch's number (1-based),
// or 0 if none of the first `limit` epochs was clean.
std::size_t epochs_to_converge(Perceptron& p, const std::vector<int>& targets, std::size_t limit) {
    for (std::size_t e = 1; e <= limit; ++e)
        if (p.train_epoch(kCorners, targets).converged) return e;
    return 0;
}
}  // namespace

TEST_CASE("one update by hand: w += lr (t - y) x, b += lr (t - y)", "[perceptron]") {
    Perceptron p(2, 0.25);
    p.set_weights({0.2, -0.4}, 0.1);
    // x = (1, 0.5): z = 0.2 - 0.2 + 0.1 = 0.1 >= 0, y = 1 = t: error 0, nothing moves.
    CHECK(p.weighted_sum({1.0, 0.5}) == within(0.1, 1e-15));
    PerceptronUpdate u = p.train_sample({1.0, 0.5}, 1);
    CHECK(u.output == 1);
    CHECK(u.error == 0);
    CHECK(p.weights() == std::vector<double>{0.2, -0.4});
    CHECK(p.bias() == 0.1);
    // x = (0.5, 1): z = 0.1 - 0.4 + 0.1 = -0.2 < 0, y = 0, t = 1: error 1;
    // w = (0.2 + 0.25 (0.5), -0.4 + 0.25 (1)) = (0.325, -0.15), b = 0.1 + 0.25 = 0.35.
    u = p.train_sample({0.5, 1.0}, 1);
    CHECK(u.output == 0);
    CHECK(u.error == 1);
    CHECK(p.weights()[0] == within(0.325, 1e-15));
    CHECK(p.weights()[1] == within(-0.15, 1e-15));
    CHECK(p.bias() == within(0.35, 1e-15));
    // x = (1, 0): z = 0.325 + 0.35 = 0.675, y = 1, t = 0: error -1;
    // w = (0.325 - 0.25, -0.15) = (0.075, -0.15), b = 0.35 - 0.25 = 0.1.
    u = p.train_sample({1.0, 0.0}, 0);
    CHECK(u.output == 1);
    CHECK(u.error == -1);
    CHECK(p.weights()[0] == within(0.075, 1e-15));
    CHECK(p.weights()[1] == within(-0.15, 1e-15));
    CHECK(p.bias() == within(0.1, 1e-15));
}

TEST_CASE("from zero weights, z = 0 counts as 1 (step(0) = 1)", "[perceptron]") {
    Perceptron p(2, 1.0);
    CHECK(p.weighted_sum({0.0, 0.0}) == 0.0);
    CHECK(p.predict({0.0, 0.0}) == 1);
    // First AND sample (0, 0), t = 0: y = 1, error -1, so only the bias moves: b = -1.
    const PerceptronUpdate u = p.train_sample({0.0, 0.0}, 0);
    CHECK(u.error == -1);
    CHECK(p.weights() == std::vector<double>{0.0, 0.0});
    CHECK(p.bias() == -1.0);
}

TEST_CASE("AND and OR are learned within 20 epochs from zero weights", "[perceptron]") {
    const std::vector<std::pair<std::string, std::vector<int>>> gates = {{"and", {0, 0, 0, 1}},
                                                                         {"or", {0, 1, 1, 1}}};
    for (const auto& [name, truth] : gates) {
        // The truth table from the data set module is the one the lesson trains on.
        DatasetOptions o;
        o.samples = 4;
        const Dataset d = make_dataset(name, o);
        REQUIRE(same(d.X, kCorners));
        REQUIRE(d.labels == truth);
        for (double lr : {0.1, 1.0}) {
            INFO(name << ", learning rate " << lr);
            Perceptron p(2, lr);
            const std::size_t e = epochs_to_converge(p, truth, 20);
            CHECK(e >= 2);  // zero weights answer 1 everywhere: the first epoch has errors
            CHECK(e <= 20);
            CHECK(p.epoch() == e);
            for (std::size_t i = 0; i < 4; ++i)
                CHECK(p.predict({kCorners(i, 0), kCorners(i, 1)}) == truth[i]);
            // Converged means stable: another epoch changes nothing.
            const auto w = p.weights();
            const double b = p.bias();
            CHECK(p.train_epoch(kCorners, truth).errors == 0);
            CHECK(p.weights() == w);
            CHECK(p.bias() == b);
        }
    }
}

TEST_CASE("XOR is never learned: 1,000 epochs and every one has errors", "[perceptron]") {
    // No line separates {(0,1), (1,0)} from {(0,0), (1,1)}, so some sample is always wrong.
    for (double lr : {0.1, 1.0}) {
        INFO("learning rate " << lr);
        Perceptron p(2, lr);
        std::size_t clean = 0;
        for (int e = 0; e < 1000; ++e) clean += p.train_epoch(kCorners, {0, 1, 1, 0}).converged;
        CHECK(clean == 0);
        CHECK(p.epoch() == 1000);
        std::size_t right = 0;
        for (std::size_t i = 0; i < 4; ++i)
            right += p.predict({kCorners(i, 0), kCorners(i, 1)}) == (int(i == 1 || i == 2));
        CHECK(right < 4);
    }
}

TEST_CASE("an epoch counts the samples that were wrong before their update", "[perceptron]") {
    Perceptron p(2, 1.0);
    // OR from zero: (0,0) t=0: z = 0 -> y = 1, wrong: b = -1.
    //               (0,1) t=1: z = -1 -> y = 0, wrong: w = (0, 1), b = 0.
    //               (1,0) t=1: z = 0 -> y = 1, right.
    //               (1,1) t=1: z = 1 -> y = 1, right.          -> 2 errors
    const PerceptronEpoch first = p.train_epoch(kCorners, {0, 1, 1, 1});
    CHECK(first.errors == 2);
    CHECK_FALSE(first.converged);
    CHECK(p.weights() == std::vector<double>{0.0, 1.0});
    CHECK(p.bias() == 0.0);
}

TEST_CASE("the perceptron rejects bad sizes, targets and learning rates", "[perceptron][errors]") {
    CHECK_INVALID(Perceptron(0, 0.1), "Perceptron: inputs is 0; accepted: 1 to 4096");
    CHECK_INVALID(Perceptron(2, 0.0),
                  "Perceptron: learning_rate is 0; accepted: more than 0 and at most 100");
    CHECK_INVALID(Perceptron(2, 101.0),
                  "Perceptron: learning_rate is 101; accepted: more than 0 and at most 100");
    CHECK_INVALID(Perceptron(2, std::nan("")),
                  "Perceptron: learning_rate is NaN; accepted: a finite number");
    Perceptron p(2, 0.1);
    CHECK_INVALID(p.train_sample({1.0, 0.0}, 2), "train_sample: target is 2; accepted: 0 or 1");
    CHECK_INVALID_WITH(p.train_sample({1.0, 0.0, 1.0}, 1), "expected 2 inputs, got 3");
    CHECK_INVALID_WITH(p.predict({std::nan(""), 0.0}),
                       "inputs[0] is NaN; accepted: a finite number");
    CHECK_INVALID(p.set_weights({1.0}, 0.0), "set_weights: expected 2 weights, got 1");
    CHECK_INVALID(p.set_weights({1.0, INFINITY}, 0.0),
                  "set_weights: weights[1] is Infinity; accepted: a finite number");
    CHECK_INVALID(
        p.train_epoch(kCorners, {0, 1}),
        "train_epoch: got 4 samples and 2 targets; accepted: the same number, at least 1");
    // An epoch is checked whole before it starts: a bad target or input in the third row
    // must not leave the first two rows' updates behind.
    CHECK_INVALID(p.train_epoch(kCorners, {0, 1, 5, 1}),
                  "train_epoch: targets[2] is 5; accepted: 0 or 1");
    Matrix holey = kCorners;
    holey(3, 1) = std::nan("");
    CHECK_INVALID(p.train_epoch(holey, {0, 1, 1, 1}),
                  "train_epoch: X[3][1] is NaN; accepted: a finite number");
    CHECK_INVALID(p.train_epoch(Matrix{{0, 0, 0}}, {0}),
                  "train_epoch: expected 2 inputs per sample, got 3");
    // Nothing was learned from the rejected calls.
    CHECK(p.weights() == std::vector<double>{0.0, 0.0});
    CHECK(p.bias() == 0.0);
    CHECK(p.epoch() == 0);
}
