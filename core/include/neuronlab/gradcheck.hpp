// Numerical gradient check: every dL/dW and dL/db estimated by central differences,
// (L(p + eps) - L(p - eps)) / (2 eps), beside the analytic gradient from backward().
// Does not: change the network (each nudged parameter is put back exactly).
#pragma once

#include <vector>

#include "neuronlab/network.hpp"

namespace nl {

struct LayerGradientCheck {
    Matrix dW, dW_numeric;  // fan_in x units
    Vector db, db_numeric;  // units
};

struct GradientCheck {
    std::vector<LayerGradientCheck> layers;
    // max over all parameters of |a - n| / max(|a| + |n|, 1e-12)
    double max_relative_error = 0.0;
};

// Throws std::invalid_argument for a bad X, Y or epsilon, and when parameters^2 x samples is
// over 1e8 (the check would take seconds: it is meant for small teaching networks).
// with_dropout: the layers' dropout masks are drawn once and held fixed for every loss, so the
// check covers the masked backward pass (delta .* mask / (1 - p) flows through dropped units).
GradientCheck gradient_check(Network& net, const Matrix& X, const Matrix& Y, double epsilon = 1e-6,
                             bool with_dropout = false);

}  // namespace nl
