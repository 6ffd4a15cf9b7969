// Data sets: the gates' truth tables, sizes, balanced labels, points where each generator says
// they lie, seeded determinism and the test split; target encodings and accuracy.
#include "neuronlab/dataset.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "testing.hpp"

using namespace nl;

namespace {
DatasetOptions options(std::size_t samples, double noise = 0.0, double test_fraction = 0.0,
                       std::uint64_t seed = 1) {
    DatasetOptions o;
    o.samples = samples;
    o.noise = noise;
    o.test_fraction = test_fraction;
    o.seed = seed;
    return o;
}
std::vector<int> count_labels(const Dataset& d) {
    std::vector<int> counts(d.classes, 0);
    for (int c : d.labels) ++counts.at(c);
    for (int c : d.labels_test) ++counts.at(c);
    return counts;
}
const Activation& act(const std::string& name) { return find_activation(name, "test"); }
}  // namespace

TEST_CASE("and, or, xor with 4 samples and no noise are the truth tables in reading order",
          "[dataset]") {
    // Rows (0,0), (0,1), (1,0), (1,1); labels a AND b, a OR b, a XOR b.
    const Matrix corners = {{0.0, 0.0}, {0.0, 1.0}, {1.0, 0.0}, {1.0, 1.0}};
    const std::vector<std::pair<std::string, std::vector<int>>> gates = {
        {"and", {0, 0, 0, 1}}, {"or", {0, 1, 1, 1}}, {"xor", {0, 1, 1, 0}}};
    for (const auto& [name, truth] : gates) {
        INFO(name);
        const Dataset d = make_dataset(name, options(4));
        CHECK(d.name == name);
        CHECK(d.classes == 2);
        CHECK(same(d.X, corners));  // exact
        CHECK(d.labels == truth);
        CHECK(d.X_test.shape(0) == 0);
        CHECK(d.labels_test.empty());
        CHECK(d.domain == std::array<double, 4>{-0.5, 1.5, -0.5, 1.5});
    }
}

TEST_CASE("gates with more samples repeat the corners, shuffled, with the gate's labels",
          "[dataset]") {
    const Dataset d = make_dataset("xor", options(40));
    REQUIRE(d.X.shape(0) == 40);
    std::vector<int> per_corner(4, 0);
    for (std::size_t i = 0; i < 40; ++i) {
        const double a = d.X(i, 0), b = d.X(i, 1);
        REQUIRE((a == 0.0 || a == 1.0));
        REQUIRE((b == 0.0 || b == 1.0));
        CHECK(d.labels[i] == (int(a) ^ int(b)));
        ++per_corner[int(a) * 2 + int(b)];
    }
    CHECK(per_corner == std::vector<int>{10, 10, 10, 10});
    // Shuffled: the first four rows are not simply the truth table again.
    bool reading_order = true;
    for (std::size_t i = 0; i < 4; ++i)
        reading_order = reading_order && d.X(i, 0) == double(i / 2) && d.X(i, 1) == double(i % 2);
    CHECK_FALSE(reading_order);
}

TEST_CASE("gate noise jitters each corner by N(0, (0.25 noise)^2)", "[dataset]") {
    const Dataset d = make_dataset("and", options(4000, 0.4));
    // sd = 0.1: every point within 6 sd = 0.6 of its corner (the nearest corner), and the
    // spread of the offsets close to 0.1.
    double sum_sq = 0.0;
    for (std::size_t i = 0; i < d.X.shape(0); ++i) {
        const double a = std::round(d.X(i, 0)), b = std::round(d.X(i, 1));
        const double dx = d.X(i, 0) - a, dy = d.X(i, 1) - b;
        REQUIRE(std::abs(dx) < 0.5);
        REQUIRE(std::abs(dy) < 0.5);
        CHECK(d.labels[i] == (int(a) & int(b)));
        sum_sq += dx * dx + dy * dy;
    }
    CHECK(std::sqrt(sum_sq / (2.0 * d.X.shape(0))) == Approx(0.1).margin(0.005));
    CHECK(count_labels(d) == std::vector<int>{3000, 1000});  // AND is true on 1 corner of 4
}

TEST_CASE("circle: class 1 inside radius 2.5, class 0 in the ring 3.5 to 5", "[dataset]") {
    const Dataset d = make_dataset("circle", options(500));
    CHECK(d.classes == 2);
    CHECK(count_labels(d) == std::vector<int>{250, 250});
    for (std::size_t i = 0; i < d.X.shape(0); ++i) {
        const double r = std::hypot(d.X(i, 0), d.X(i, 1));
        if (d.labels[i] == 1) {
            CHECK(r <= 2.5);
        } else {
            CHECK(r >= 3.5);
            CHECK(r <= 5.0);
        }
    }
}

TEST_CASE("gaussians: clouds around (2, 2) and (-2, -2) with sd 0.5 + 2 noise", "[dataset]") {
    const Dataset d = make_dataset("gaussians", options(2000, 0.1));  // sd 0.7
    CHECK(count_labels(d) == std::vector<int>{1000, 1000});
    double sx[2] = {0, 0}, sy[2] = {0, 0}, ss[2] = {0, 0};
    for (std::size_t i = 0; i < d.X.shape(0); ++i) {
        const int c = d.labels[i];
        sx[c] += d.X(i, 0);
        sy[c] += d.X(i, 1);
    }
    for (int c : {0, 1}) {
        sx[c] /= 1000;
        sy[c] /= 1000;
    }
    for (std::size_t i = 0; i < d.X.shape(0); ++i) {
        const int c = d.labels[i];
        ss[c] += std::pow(d.X(i, 0) - sx[c], 2) + std::pow(d.X(i, 1) - sy[c], 2);
    }
    // Standard error of a mean: 0.7 / sqrt(1000) = 0.022.
    CHECK(sx[1] == Approx(2.0).margin(0.1));
    CHECK(sy[1] == Approx(2.0).margin(0.1));
    CHECK(sx[0] == Approx(-2.0).margin(0.1));
    CHECK(sy[0] == Approx(-2.0).margin(0.1));
    CHECK(std::sqrt(ss[0] / 2000) == Approx(0.7).margin(0.05));
    CHECK(std::sqrt(ss[1] / 2000) == Approx(0.7).margin(0.05));
}

TEST_CASE("spirals: radius up to 5, one arm per class, balanced", "[dataset]") {
    for (const auto& [name, classes] : {std::pair<std::string, std::size_t>{"spiral", 2},
                                        std::pair<std::string, std::size_t>{"spiral3", 3}}) {
        INFO(name);
        const Dataset d = make_dataset(name, options(300));
        CHECK(d.classes == classes);
        CHECK(count_labels(d) == std::vector<int>(classes, int(300 / classes)));
        for (std::size_t i = 0; i < d.X.shape(0); ++i) {
            // A point at fraction s along arm k: r = 5 s, angle t = 3.5 pi s + 2 pi k / arms,
            // at (r sin t, r cos t). Recover s from r and check the angle.
            const double x = d.X(i, 0), y = d.X(i, 1), r = std::hypot(x, y);
            REQUIRE(r < 5.0);
            const double s = r / 5.0;
            const double t = 3.5 * M_PI * s + 2.0 * M_PI * d.labels[i] / double(classes);
            CHECK(x == within(r * std::sin(t), 1e-9));
            CHECK(y == within(r * std::cos(t), 1e-9));
        }
    }
}

TEST_CASE("every point lies in the data set's domain (with noise, nearly every point)",
          "[dataset]") {
    for (const auto& kind : dataset_table()) {
        INFO(kind.name);
        for (double noise : {0.0, 0.3}) {
            const Dataset d = make_dataset(kind.name, options(1000, noise));
            CHECK(d.domain == kind.domain);
            std::size_t inside = 0;
            for (std::size_t i = 0; i < d.X.shape(0); ++i)
                inside += d.X(i, 0) >= d.domain[0] && d.X(i, 0) <= d.domain[1] &&
                          d.X(i, 1) >= d.domain[2] && d.X(i, 1) <= d.domain[3];
            if (noise == 0.0)
                CHECK(inside == 1000);
            else
                CHECK(inside >= 990);
            for (int c : d.labels) CHECK((c >= 0 && std::size_t(c) < d.classes));
        }
    }
}

TEST_CASE("a seed gives the same data set and another seed another one", "[dataset]") {
    for (const auto& kind : dataset_table()) {
        INFO(kind.name);
        const Dataset a = make_dataset(kind.name, options(100, 0.2, 0.3, 5));
        const Dataset b = make_dataset(kind.name, options(100, 0.2, 0.3, 5));
        const Dataset c = make_dataset(kind.name, options(100, 0.2, 0.3, 6));
        CHECK(same(a.X, b.X));  // bit for bit
        CHECK(a.labels == b.labels);
        CHECK(same(a.X_test, b.X_test));
        CHECK(a.labels_test == b.labels_test);
        CHECK_FALSE(same(a.X, c.X));
    }
}

TEST_CASE("the test split holds out floor(test_fraction * samples), disjoint from training",
          "[dataset]") {
    const Dataset d = make_dataset("circle", options(200, 0.0, 0.25));
    CHECK(d.X.shape(0) == 150);
    CHECK(d.labels.size() == 150);
    CHECK(d.X_test.shape(0) == 50);
    CHECK(d.X_test.shape(1) == 2);
    CHECK(d.labels_test.size() == 50);
    CHECK(count_labels(d) == std::vector<int>{100, 100});  // train + test: all 200, balanced
    // The held-out points are not training points: no row appears in both.
    for (std::size_t i = 0; i < 50; ++i)
        for (std::size_t j = 0; j < 150; ++j)
            REQUIRE_FALSE((d.X_test(i, 0) == d.X(j, 0) && d.X_test(i, 1) == d.X(j, 1)));

    CHECK(make_dataset("spiral", options(10, 0.0, 0.25)).X_test.shape(0) == 2);  // floor(2.5)
    CHECK(make_dataset("spiral", options(10, 0.0, 0.9)).X.shape(0) == 1);
    CHECK(make_dataset("spiral", options(10, 0.0, 0.0)).X_test.shape(0) == 0);
}

TEST_CASE("encode_targets: one-hot for softmax, +1/-1 for tanh, 1/0 otherwise", "[dataset]") {
    const std::vector<int> three = {2, 0, 1};
    const Matrix one_hot = {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}};
    CHECK(same(encode_targets(three, 3, act("softmax"), 3, "test"), one_hot));

    const std::vector<int> two = {1, 0, 0, 1};
    CHECK(same(encode_targets(two, 2, act("tanh"), 1, "test"), Matrix{{1}, {-1}, {-1}, {1}}));
    for (const char* out : {"sigmoid", "linear", "step"})
        CHECK(same(encode_targets(two, 2, act(out), 1, "test"), Matrix{{1}, {0}, {0}, {1}}));
    // Two classes can also go to a two-unit softmax.
    CHECK(same(encode_targets(two, 2, act("softmax"), 2, "test"),
               Matrix{{0, 1}, {1, 0}, {1, 0}, {0, 1}}));
}

TEST_CASE("encode_targets rejects labels and layer widths that do not fit", "[dataset][errors]") {
    CHECK_INVALID(encode_targets({0, 1}, 2, act("softmax"), 3, "Trainer"),
                  "Trainer: a softmax output needs one unit per class: 2 classes, but the output "
                  "layer has 3");
    CHECK_INVALID(encode_targets({0, 1, 2}, 3, act("sigmoid"), 1, "Trainer"),
                  "Trainer: a sigmoid output of 1 units cannot encode 3 classes; accepted: 1 unit "
                  "for 2 classes, or a softmax output");
    CHECK_INVALID(encode_targets({0, 1}, 2, act("tanh"), 2, "Trainer"),
                  "Trainer: a tanh output of 2 units cannot encode 2 classes; accepted: 1 unit for "
                  "2 classes, or a softmax output");
    CHECK_INVALID(encode_targets({0, 2}, 2, act("sigmoid"), 1, "Trainer"),
                  "Trainer: labels[1] is 2; accepted: 0 to 1");
    CHECK_INVALID(encode_targets({-1}, 3, act("softmax"), 3, "Trainer"),
                  "Trainer: labels[0] is -1; accepted: 0 to 2");
}

TEST_CASE("accuracy: argmax for several outputs, a threshold for one", "[dataset]") {
    // Three samples, three classes: argmaxes 1, 0, 2 against labels 1, 2, 2 -> 2 of 3 right.
    const Matrix P = {{0.2, 0.7, 0.1}, {0.5, 0.3, 0.2}, {0.1, 0.1, 0.8}};
    CHECK(accuracy(P, {1, 2, 2}, act("softmax")) == Approx(2.0 / 3.0));
    // One sigmoid output: above 0.5 is class 1 (0.5 itself is class 0).
    const Matrix p = {{0.9}, {0.5}, {0.2}, {0.51}};
    CHECK(accuracy(p, {1, 0, 0, 1}, act("sigmoid")) == 1.0);
    CHECK(accuracy(p, {1, 1, 1, 1}, act("sigmoid")) == 0.5);
    // One tanh output: above 0 is class 1.
    const Matrix t = {{0.1}, {-0.2}, {0.0}, {-0.9}};
    CHECK(accuracy(t, {1, 0, 0, 1}, act("tanh")) == 0.75);
    // No labels: no accuracy.
    CHECK(std::isnan(accuracy(p, {}, act("sigmoid"))));
}

TEST_CASE("make_dataset names the bad option and its range", "[dataset][errors]") {
    CHECK_INVALID(make_dataset("moons", options(100)),
                  "make_dataset: dataset \"moons\" is unknown; accepted: and, or, xor, circle, "
                  "gaussians, spiral, spiral3");
    CHECK_INVALID(make_dataset("xor", options(3)),
                  "make_dataset: samples is 3; accepted: 4 to 100000");
    CHECK_INVALID(make_dataset("xor", options(100001)),
                  "make_dataset: samples is 100001; accepted: 4 to 100000");
    CHECK_INVALID(make_dataset("xor", options(100, -0.1)),
                  "make_dataset: noise is -0.1; accepted: 0 to 1");
    CHECK_INVALID(make_dataset("xor", options(100, 1.5)),
                  "make_dataset: noise is 1.5; accepted: 0 to 1");
    CHECK_INVALID(make_dataset("xor", options(100, std::nan(""))),
                  "make_dataset: noise is NaN; accepted: a finite number");
    CHECK_INVALID(make_dataset("xor", options(100, 0.0, 0.95)),
                  "make_dataset: test_fraction is 0.95; accepted: 0 to 0.9");
}
