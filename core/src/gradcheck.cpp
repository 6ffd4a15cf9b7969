// Central-difference estimates of every parameter's gradient, beside backward()'s.
#include "neuronlab/gradcheck.hpp"

#include <algorithm>
#include <cmath>

#include "neuronlab/validate.hpp"

namespace nl {

namespace {
// dL/dp ~ (L(p + eps) - L(p - eps)) / (2 eps); p is restored bit for bit.
double numeric(Network& net, double& p, const Matrix& X, const Matrix& Y, double eps) {
    const double original = p;
    p = original + eps;
    const double up = net.loss(X, Y);
    p = original - eps;
    const double down = net.loss(X, Y);
    p = original;
    return (up - down) / (2.0 * eps);
}

double relative_error(double a, double n) {
    return std::abs(a - n) / std::max(std::abs(a) + std::abs(n), 1e-12);
}
}  // namespace

GradientCheck gradient_check(Network& net, const Matrix& X, const Matrix& Y, double epsilon) {
    require_finite(epsilon, "gradientCheck", "epsilon");
    if (!(epsilon > 0.0) || epsilon > 0.1)
        fail("gradientCheck",
             "epsilon is " + format_number(epsilon) + "; accepted: more than 0, at most 0.1");
    net.backward(X, Y);  // validates X and Y
    GradientCheck check;
    for (std::size_t l = 0; l < net.layers().size(); ++l) {
        LayerGradientCheck c;
        c.dW = net.gradients()[l].dW;
        c.db = net.gradients()[l].db;
        check.layers.push_back(std::move(c));
    }
    for (std::size_t l = 0; l < net.layers().size(); ++l) {
        auto& layer = net.layers()[l];
        auto& c = check.layers[l];
        c.dW_numeric = xt::zeros<double>(layer.W.shape());
        c.db_numeric = xt::zeros<double>(layer.b.shape());
        for (std::size_t i = 0; i < layer.W.size(); ++i) {
            c.dW_numeric.data()[i] = numeric(net, layer.W.data()[i], X, Y, epsilon);
            check.max_relative_error = std::max(
                check.max_relative_error, relative_error(c.dW.data()[i], c.dW_numeric.data()[i]));
        }
        for (std::size_t j = 0; j < layer.b.size(); ++j) {
            c.db_numeric(j) = numeric(net, layer.b(j), X, Y, epsilon);
            check.max_relative_error =
                std::max(check.max_relative_error, relative_error(c.db(j), c.db_numeric(j)));
        }
    }
    return check;
}

}  // namespace nl
