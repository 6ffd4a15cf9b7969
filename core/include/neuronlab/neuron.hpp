// One neuron, as lesson 1 shows it: z = w . x + b, output = f(z), and the slope f'(z).
// Does not: learn; see perceptron.hpp for the learning rule, network.hpp for layers of these.
#pragma once

#include <string>
#include <vector>

namespace nl {

struct NeuronResult {
    double z;                      // weighted sum w . x + b
    double output;                 // f(z)
    double slope;                  // f'(z)
    std::vector<double> products;  // w_i * x_i, the terms of the sum before the bias
};

// Checks that x and w have the same length (1 .. kMaxUnits), all values and the weighted sum
// are finite, and the activation is one a single neuron can have (any but softmax).
NeuronResult neuron(const std::vector<double>& inputs, const std::vector<double>& weights,
                    double bias, const std::string& activation);

// f(z) and f'(z) at one z, for an elementwise activation.
NeuronResult activate_at(double z, const std::string& activation);

}  // namespace nl
