// Activations: values and slopes against their closed forms, the running example of lesson 1,
// and the name table's error messages.
#include "neuronlab/activation.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "golden.hpp"

using namespace nl;

namespace {
Matrix scalar(double v) {
    Matrix m = Matrix::from_shape({1, 1});
    m(0, 0) = v;
    return m;
}
double value_of(const std::string& name, double z) {
    Matrix Z = scalar(z), A;
    activate(find_activation(name, "test"), Z, A);
    return A(0, 0);
}
double slope(const std::string& name, double z) {
    const Activation& f = find_activation(name, "test");
    Matrix Z = scalar(z), A, dA = scalar(1.0), dZ;
    activate(f, Z, A);
    activation_backward(f, Z, A, dA, dZ);
    return dZ(0, 0);
}
}  // namespace

TEST_CASE("the running example: z = 1.19 and sigmoid(z) = 0.7667", "[activation][golden]") {
    const auto g = read_golden("neuron.json");
    double z = g["bias"].get<double>();
    for (std::size_t i = 0; i < 3; ++i)
        z += g["inputs"][i].get<double>() * g["weights"][i].get<double>();
    CHECK(z == Approx(g["z"].get<double>()).epsilon(0).margin(1e-12));
    const double out = value_of(g["activation"].get<std::string>(), z);
    const double scale = std::pow(10.0, g["outputDecimals"].get<int>());
    CHECK(std::round(out * scale) / scale ==
          Approx(g["output"].get<double>()).epsilon(0).margin(1e-12));
}

TEST_CASE("activation values match their formulas", "[activation]") {
    for (double z : {-3.0, -0.5, 0.0, 0.7, 4.0}) {
        CHECK(value_of("sigmoid", z) == Approx(1.0 / (1.0 + std::exp(-z))));
        CHECK(value_of("tanh", z) == Approx(std::tanh(z)));
        CHECK(value_of("relu", z) == Approx(z > 0 ? z : 0.0));
        CHECK(value_of("linear", z) == Approx(z));
        CHECK(value_of("step", z) == (z >= 0 ? 1.0 : 0.0));
    }
    CHECK(value_of("sigmoid", -800.0) == 0.0);  // no overflow on either side
    CHECK(value_of("sigmoid", 800.0) == 1.0);
}

TEST_CASE("slopes: sigmoid' = s(1-s) peaks at 0.25, tanh' = 1-tanh^2, relu' = 1 where z > 0",
          "[activation]") {
    CHECK(slope("sigmoid", 0.0) == Approx(0.25));
    for (double z : {-2.0, -0.1, 0.3, 1.5}) {
        const double s = 1.0 / (1.0 + std::exp(-z));
        CHECK(slope("sigmoid", z) == Approx(s * (1 - s)));
        CHECK(slope("sigmoid", z) < 0.25);
        CHECK(slope("tanh", z) == Approx(1 - std::tanh(z) * std::tanh(z)));
        CHECK(slope("relu", z) == (z > 0 ? 1.0 : 0.0));
        CHECK(slope("linear", z) == 1.0);
        CHECK(slope("step", z) == 0.0);
    }
    CHECK(slope("relu", 0.0) == 0.0);
}

TEST_CASE("softmax rows sum to 1 and survive large inputs", "[activation]") {
    Matrix Z = {{1.0, 2.0, 3.0}, {1000.0, 1000.0, -1000.0}}, A;
    activate(find_activation("softmax", "test"), Z, A);
    CHECK(A(0, 0) + A(0, 1) + A(0, 2) == Approx(1.0));
    CHECK(A(0, 2) == Approx(std::exp(3.0) / (std::exp(1.0) + std::exp(2.0) + std::exp(3.0))));
    CHECK(A(1, 0) == Approx(0.5));
    CHECK(A(1, 2) == Approx(0.0).margin(1e-300));
}

TEST_CASE("an unknown activation names the accepted ones", "[activation][errors]") {
    CHECK_THROWS_WITH(find_activation("sigmod", "forward"),
                      "forward: activation \"sigmod\" is unknown; accepted: step, sigmoid, tanh, "
                      "relu, linear, softmax");
}

TEST_CASE("tanh (our own, for speed in wasm) is within 4e-16 of std::tanh, odd, and saturates",
          "[activation]") {
    double worst = 0.0;
    for (double z = -30.0; z < 30.0; z += 0.0007) {
        const double want = std::tanh(z);
        worst = std::max(worst, std::abs(value_of("tanh", z) - want) / std::abs(want));
        CHECK(value_of("tanh", -z) == -value_of("tanh", z));
    }
    CHECK(worst < 5e-16);
    CHECK(value_of("tanh", 1e-300) == 1e-300);
    CHECK(std::signbit(value_of("tanh", -0.0)));
    CHECK(value_of("tanh", 800.0) == 1.0);
    CHECK(value_of("tanh", -INFINITY) == -1.0);
    CHECK(std::isnan(value_of("tanh", NAN)));
}
