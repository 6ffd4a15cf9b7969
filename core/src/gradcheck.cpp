// Central-difference estimates of every parameter's gradient, beside backward()'s.
#include "neuronlab/gradcheck.hpp"

#include <algorithm>
#include <cmath>

#include "neuronlab/validate.hpp"

namespace nl {

namespace {
// parameters^2 x samples: about 0.2 s of work (a 300-parameter network over 1,000 samples).
constexpr double kMaxGradientCheckWork = 1e8;

// dL/dp ~ (L(p + eps) - L(p - eps)) / (2 eps); p is restored bit for bit.
double numeric(Network& net, double& p, const Matrix& X, const Matrix& Y, double eps,
               Network::Dropout dropout) {
    const double original = p;
    p = original + eps;
    const double up = net.loss(X, Y, dropout);
    p = original - eps;
    const double down = net.loss(X, Y, dropout);
    p = original;
    return (up - down) / (2.0 * eps);
}

double relative_error(double a, double n) {
    return std::abs(a - n) / std::max(std::abs(a) + std::abs(n), 1e-12);
}
}  // namespace

GradientCheck gradient_check(Network& net, const Matrix& X, const Matrix& Y, double epsilon,
                             bool with_dropout) {
    require_finite(epsilon, "gradient_check", "epsilon");
    if (!(epsilon > 0.0) || epsilon > 0.1)
        fail("gradient_check",
             "epsilon is " + format_number(epsilon) + "; accepted: more than 0, at most 0.1");
    // With dropout: masks drawn once by backward() and kept for every loss below.
    net.backward(X, Y, Network::Inputs::checked,
                 with_dropout ? Network::Dropout::draw : Network::Dropout::off);  // validates X, Y
    const auto dropout = with_dropout ? Network::Dropout::keep : Network::Dropout::off;
    // Two forward passes per parameter, each about samples x parameters multiply-adds: bound
    // the work so that a large network or batch is refused at once instead of hanging.
    const double parameters = static_cast<double>(net.parameter_count());
    const double work = parameters * parameters * static_cast<double>(X.shape(0));
    if (work > kMaxGradientCheckWork)
        fail("gradient_check",
             "checking " + std::to_string(net.parameter_count()) + " parameters over " +
                 std::to_string(X.shape(0)) + " samples is too slow (parameters^2 x samples is " +
                 format_number(work) + "; accepted: at most " +
                 format_number(kMaxGradientCheckWork) + "); check a smaller network or batch");
    GradientCheck check;
    for (std::size_t l = 0; l < net.parameters().size(); ++l) {
        LayerGradientCheck c;
        c.dW = net.gradients()[l].dW;
        c.db = net.gradients()[l].db;
        check.layers.push_back(std::move(c));
    }
    for (std::size_t l = 0; l < net.parameters().size(); ++l) {
        auto& layer = net.parameters()[l];
        auto& c = check.layers[l];
        c.dW_numeric = xt::zeros<double>(layer.W.shape());
        c.db_numeric = xt::zeros<double>(layer.b.shape());
        for (std::size_t i = 0; i < layer.W.size(); ++i) {
            c.dW_numeric.data()[i] = numeric(net, layer.W.data()[i], X, Y, epsilon, dropout);
            check.max_relative_error = std::max(
                check.max_relative_error, relative_error(c.dW.data()[i], c.dW_numeric.data()[i]));
        }
        for (std::size_t j = 0; j < layer.b.size(); ++j) {
            c.db_numeric(j) = numeric(net, layer.b(j), X, Y, epsilon, dropout);
            check.max_relative_error =
                std::max(check.max_relative_error, relative_error(c.db(j), c.db_numeric(j)));
        }
    }
    return check;
}

}  // namespace nl
