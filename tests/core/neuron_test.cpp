// One neuron: lesson 1's running example from the shared golden file, z = w . x + b worked by
// hand, the slope beside the output, and the checks on lengths, numbers and activations.
#include "neuronlab/neuron.hpp"

#include <catch2/catch.hpp>
#include <cmath>

#include "golden.hpp"
#include "testing.hpp"

using namespace nl;

TEST_CASE("the running example through neuron(): z = 1.19, output 0.7667", "[neuron][golden]") {
    const auto g = read_golden("neuron.json");
    const NeuronResult r =
        neuron(g["inputs"].get<std::vector<double>>(), g["weights"].get<std::vector<double>>(),
               g["bias"].get<double>(), g["activation"].get<std::string>());
    // z = 0.8 (0.5) + 0.6 (0.7) + 0.9 (0.3) + 0.1 = 0.40 + 0.42 + 0.27 + 0.1 = 1.19
    CHECK(r.z == within(g["z"].get<double>(), 1e-15));
    const double scale = std::pow(10.0, g["outputDecimals"].get<int>());
    CHECK(std::round(r.output * scale) / scale == g["output"].get<double>());
    CHECK(r.output == within(1.0 / (1.0 + std::exp(-1.19)), 1e-15));
    CHECK(r.slope == within(r.output * (1.0 - r.output), 1e-15));  // s'(z) = s (1 - s)
}

TEST_CASE("neuron() with each elementwise activation", "[neuron]") {
    // z = 2 (-1) + 1 (0.5) + 0.25 = -1.25
    const std::vector<double> x = {2.0, 1.0}, w = {-1.0, 0.5};
    CHECK(neuron(x, w, 0.25, "linear").z == -1.25);
    CHECK(neuron(x, w, 0.25, "linear").output == -1.25);
    CHECK(neuron(x, w, 0.25, "linear").slope == 1.0);
    CHECK(neuron(x, w, 0.25, "relu").output == 0.0);
    CHECK(neuron(x, w, 0.25, "relu").slope == 0.0);
    CHECK(neuron(x, w, 0.25, "step").output == 0.0);
    CHECK(neuron(x, w, 0.25, "tanh").output == within(std::tanh(-1.25), 1e-15));
    CHECK(neuron(x, w, 0.25, "tanh").slope == within(1 - std::pow(std::tanh(-1.25), 2), 1e-15));
    CHECK(activate_at(0.0, "sigmoid").output == 0.5);
    CHECK(activate_at(0.0, "sigmoid").slope == 0.25);
    CHECK(activate_at(0.0, "step").output == 1.0);
}

TEST_CASE("neuron() rejects mismatched lengths, non-finite numbers and softmax",
          "[neuron][errors]") {
    CHECK_INVALID(neuron({1.0, 2.0}, {1.0}, 0.0, "sigmoid"),
                  "neuron: got 2 inputs but 1 weights; accepted: one weight per input");
    CHECK_INVALID(neuron({}, {}, 0.0, "sigmoid"),
                  "neuron: the number of inputs is 0; accepted: 1 to 4096");
    CHECK_INVALID(neuron({1.0, std::nan("")}, {1.0, 1.0}, 0.0, "sigmoid"),
                  "neuron: inputs[1] is NaN; accepted: a finite number");
    CHECK_INVALID(neuron({1.0}, {INFINITY}, 0.0, "sigmoid"),
                  "neuron: weights[0] is Infinity; accepted: a finite number");
    CHECK_INVALID(neuron({1.0}, {1.0}, std::nan(""), "sigmoid"),
                  "neuron: bias is NaN; accepted: a finite number");
    CHECK_INVALID_WITH(neuron({1.0}, {1.0}, 0.0, "softmax"),
                       "activation \"softmax\" works on a whole layer, not one neuron");
    CHECK_INVALID_WITH(neuron({1.0}, {1.0}, 0.0, "swish"), "\"swish\" is unknown");
    CHECK_INVALID(activate_at(std::nan(""), "tanh"),
                  "activate: z is NaN; accepted: a finite number");
}
