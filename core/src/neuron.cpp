// A single neuron's weighted sum, output and slope, reading the activation table.
#include "neuronlab/neuron.hpp"

#include <cmath>

#include "neuronlab/activation.hpp"
#include "neuronlab/validate.hpp"

namespace nl {

namespace {
const Activation& elementwise(const std::string& name, const char* where) {
    const Activation& f = find_activation(name, where);
    if (!f.value)
        fail(where, "activation \"" + name +
                        "\" works on a whole layer, not one neuron; accepted: step, sigmoid, "
                        "tanh, relu, linear");
    return f;
}
}  // namespace

NeuronResult activate_at(double z, const std::string& activation) {
    const Activation& f = elementwise(activation, "activate");
    require_finite(z, "activate", "z");
    const double a = f.value(z);
    return {z, a, f.slope(z, a), {}};
}

NeuronResult neuron(const std::vector<double>& inputs, const std::vector<double>& weights,
                    double bias, const std::string& activation) {
    const char* where = "neuron";
    const Activation& f = elementwise(activation, where);
    require_count(inputs.size(), 1, kMaxUnits, where, "the number of inputs");
    if (weights.size() != inputs.size())
        fail(where, "got " + std::to_string(inputs.size()) + " inputs but " +
                        std::to_string(weights.size()) +
                        " weights; accepted: one weight per input");
    require_finite(bias, where, "bias");
    std::vector<double> products(inputs.size());
    double z = bias;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        require_finite(inputs[i], where, "inputs[" + std::to_string(i) + "]");
        require_finite(weights[i], where, "weights[" + std::to_string(i) + "]");
        products[i] = weights[i] * inputs[i];
        z += products[i];
    }
    // Finite but huge inputs and weights can overflow: refuse rather than show Infinity or NaN.
    if (!std::isfinite(z))
        fail(where, "the weighted sum w . x + b overflows to " + format_number(z) +
                        "; accepted: inputs and weights whose products and sum stay finite");
    const double a = f.value(z);
    return {z, a, f.slope(z, a), std::move(products)};
}

}  // namespace nl
