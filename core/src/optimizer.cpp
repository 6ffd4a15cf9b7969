// The optimizer table (sgd, momentum, rmsprop, adam) and the step that applies one of them to
// every layer after adding the regularisation gradient.
#include "neuronlab/optimizer.hpp"

#include <algorithm>
#include <cmath>

#include "neuronlab/validate.hpp"

namespace nl {

namespace {

// The rules' arrays never overlap (__restrict), so no run-time overlap checks precede the loops.
// One pass over n parameters: keep[i] = p[i] (the value before the step), then the rule's update
// of p[i] (and its state); returns whether every updated p[i] is finite.
template <typename Update>
bool each(double* p, double* keep, std::size_t n, Update update) {
    bool finite = true;
    for (std::size_t i = 0; i < n; ++i) {
        keep[i] = p[i];
        update(i);
        finite &= std::isfinite(p[i]);
    }
    return finite;
}

// p -= eta g
bool sgd(double* __restrict p, double* __restrict keep, const double* __restrict g,
         double* __restrict, double* __restrict, std::size_t n, const OptimizerOptions& c, long) {
    const double eta = c.learning_rate;
    return each(p, keep, n, [&](std::size_t i) { p[i] -= eta * g[i]; });
}

// v = mu v + g; p -= eta v
bool momentum(double* __restrict p, double* __restrict keep, const double* __restrict g,
              double* __restrict v, double* __restrict, std::size_t n, const OptimizerOptions& c,
              long) {
    const double eta = c.learning_rate, mu = c.momentum;
    return each(p, keep, n, [&](std::size_t i) {
        v[i] = mu * v[i] + g[i];
        p[i] -= eta * v[i];
    });
}

// s = rho s + (1 - rho) g^2; p -= eta g / (sqrt(s) + eps)
bool rmsprop(double* __restrict p, double* __restrict keep, const double* __restrict g,
             double* __restrict s, double* __restrict, std::size_t n, const OptimizerOptions& c,
             long) {
    const double eta = c.learning_rate, rho = c.rho, eps = c.epsilon;
    return each(p, keep, n, [&](std::size_t i) {
        s[i] = rho * s[i] + (1.0 - rho) * g[i] * g[i];
        p[i] -= eta * g[i] / (std::sqrt(s[i]) + eps);
    });
}

// m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2;
// p -= eta (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)
bool adam(double* __restrict p, double* __restrict keep, const double* __restrict g,
          double* __restrict m, double* __restrict v, std::size_t n, const OptimizerOptions& c,
          long t) {
    const double b1 = c.beta1, b2 = c.beta2, eps = c.epsilon, eta = c.learning_rate;
    const double c1 = 1.0 - std::pow(b1, static_cast<double>(t));
    const double c2 = 1.0 - std::pow(b2, static_cast<double>(t));
    return each(p, keep, n, [&](std::size_t i) {
        m[i] = b1 * m[i] + (1.0 - b1) * g[i];
        v[i] = b2 * v[i] + (1.0 - b2) * g[i] * g[i];
        p[i] -= eta * (m[i] / c1) / (std::sqrt(v[i] / c2) + eps);
    });
}

const char* kWhere = "optimizer";

}  // namespace

const std::vector<OptimizerKind>& optimizer_table() {
    static const std::vector<OptimizerKind> table = {
        {"sgd", "plain gradient descent: p -= learning rate * gradient", sgd},
        {"momentum", "a running sum of gradients that keeps rolling in steady directions",
         momentum},
        {"rmsprop", "divides each step by a running root mean square of its gradients", rmsprop},
        {"adam", "momentum and RMSprop together, with bias correction", adam},
    };
    return table;
}

const OptimizerKind& find_optimizer(const std::string& name, std::string_view where) {
    return find_named(optimizer_table(), name, where, "optimizer");
}

void validate_optimizer(const OptimizerOptions& c, std::string_view where) {
    find_optimizer(c.name, where);
    require_finite(c.learning_rate, where, "learning_rate");
    if (!(c.learning_rate > 0.0) || c.learning_rate > 1000.0)
        fail(where, "learning_rate is " + format_number(c.learning_rate) +
                        "; accepted: more than 0 and at most 1000");
    auto fraction = [&](double v, const char* name) {
        require_finite(v, where, name);
        if (v < 0.0 || v >= 1.0)
            fail(where, std::string(name) + " is " + format_number(v) +
                            "; accepted: from 0 up to (not including) 1");
    };
    fraction(c.momentum, "momentum");
    fraction(c.rho, "rho");
    fraction(c.beta1, "beta1");
    fraction(c.beta2, "beta2");
    require_finite(c.epsilon, where, "epsilon");
    if (!(c.epsilon > 0.0) || c.epsilon > 1.0)
        fail(where,
             "epsilon is " + format_number(c.epsilon) + "; accepted: more than 0, at most 1");
    require_range(c.l1, 0.0, 10.0, where, "l1");
    require_range(c.l2, 0.0, 10.0, where, "l2");
    require_range(c.decay, 0.0, 10.0, where, "decay");
}

Optimizer::Optimizer(const Network& net, const OptimizerOptions& options)
    : options_(options), scheduled_(options), kind_(&find_optimizer(options.name, kWhere)) {
    validate_optimizer(options, kWhere);
    for (const auto& layer : net.parameters()) {
        State s;
        s.w1 = xt::zeros<double>(layer.W.shape());
        s.w2 = xt::zeros<double>(layer.W.shape());
        s.b1 = xt::zeros<double>(layer.b.shape());
        s.b2 = xt::zeros<double>(layer.b.shape());
        state_.push_back(std::move(s));
    }
    before_ = net.parameters();
}

void Optimizer::set_options(const OptimizerOptions& options) {
    validate_optimizer(options, kWhere);
    if (options.name != options_.name) reset();
    options_ = options;
    kind_ = &find_optimizer(options.name, kWhere);
    set_epoch(epoch_);
}

void Optimizer::set_epoch(std::size_t epoch) {
    epoch_ = epoch;
    scheduled_ = options_;
    scheduled_.learning_rate =
        options_.learning_rate / (1.0 + options_.decay * static_cast<double>(epoch));
}

void Optimizer::reset() {
    for (auto& s : state_) {
        s.w1.fill(0.0);
        s.w2.fill(0.0);
        s.b1.fill(0.0);
        s.b2.fill(0.0);
    }
    t_ = 0;
}

bool Optimizer::step(Network& net) {
    ++t_;
    auto& layers = net.parameters();
    auto& grads = net.gradients();
    bool finite = true;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        Matrix& W = layers[l].W;
        Matrix& dW = grads[l].dW;
        // Regularisation gradient: d/dW [l2/2 W^2 + l1 |W|] = l2 W + l1 sign(W).
        if (options_.l1 != 0.0 || options_.l2 != 0.0)
            for (std::size_t i = 0; i < W.size(); ++i) {
                const double w = W.data()[i];
                dW.data()[i] += options_.l2 * w + options_.l1 * ((w > 0) - (w < 0));
            }
        State& s = state_[l];
        finite &= kind_->update(W.data(), before_[l].W.data(), dW.data(), s.w1.data(), s.w2.data(),
                                W.size(), scheduled_, t_);
        finite &= kind_->update(layers[l].b.data(), before_[l].b.data(), grads[l].db.data(),
                                s.b1.data(), s.b2.data(), layers[l].b.size(), scheduled_, t_);
    }
    return finite;
}

void Optimizer::undo(Network& net) {
    auto& layers = net.parameters();
    for (std::size_t l = 0; l < layers.size(); ++l) {
        std::copy_n(before_[l].W.data(), layers[l].W.size(), layers[l].W.data());
        std::copy_n(before_[l].b.data(), layers[l].b.size(), layers[l].b.data());
    }
    reset();
}

void Optimizer::save(std::vector<double>& out) const {
    out.push_back(static_cast<double>(t_));
    for (const State& s : state_)
        for (const auto* a : {&s.w1, &s.w2}) out.insert(out.end(), a->begin(), a->end());
    for (const State& s : state_)
        for (const auto* a : {&s.b1, &s.b2}) out.insert(out.end(), a->begin(), a->end());
}

void Optimizer::restore(const Network& net, const double*& in) {
    t_ = static_cast<long>(*in++);
    for (State& s : state_)
        for (auto* a : {&s.w1, &s.w2}) {
            std::copy_n(in, a->size(), a->data());
            in += a->size();
        }
    for (State& s : state_)
        for (auto* a : {&s.b1, &s.b2}) {
            std::copy_n(in, a->size(), a->data());
            in += a->size();
        }
    before_ = net.parameters();
}

std::size_t Optimizer::saved_size(const Network& net) { return 1 + 2 * net.parameter_count(); }

}  // namespace nl
