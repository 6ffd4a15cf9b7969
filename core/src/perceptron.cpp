// The perceptron learning rule, sample by sample, exactly as lesson 3 writes it.
#include "neuronlab/perceptron.hpp"

#include <cmath>

#include "neuronlab/validate.hpp"

namespace nl {

Perceptron::Perceptron(std::size_t inputs, double learning_rate) : w_(inputs, 0.0) {
    require_count(inputs, 1, kMaxUnits, "Perceptron", "inputs");
    set_learning_rate(learning_rate);
}

void Perceptron::set_learning_rate(double lr) {
    require_finite(lr, "Perceptron", "learning_rate");
    if (!(lr > 0.0) || lr > 100.0)
        fail("Perceptron",
             "learning_rate is " + format_number(lr) + "; accepted: more than 0 and at most 100");
    lr_ = lr;
}

void Perceptron::set_weights(const std::vector<double>& w, double bias) {
    if (w.size() != w_.size())
        fail("set_weights",
             "expected " + std::to_string(w_.size()) + " weights, got " + std::to_string(w.size()));
    for (std::size_t i = 0; i < w.size(); ++i)
        require_finite(w[i], "set_weights", "weights[" + std::to_string(i) + "]");
    require_finite(bias, "set_weights", "bias");
    w_ = w;
    b_ = bias;
}

void Perceptron::check_sample(const std::vector<double>& x, const char* where) const {
    if (x.size() != w_.size())
        fail(where,
             "expected " + std::to_string(w_.size()) + " inputs, got " + std::to_string(x.size()));
    for (std::size_t i = 0; i < x.size(); ++i)
        require_finite(x[i], where, "inputs[" + std::to_string(i) + "]");
}

double Perceptron::weighted_sum(const std::vector<double>& x) const {
    check_sample(x, "weighted_sum");
    double z = b_;
    for (std::size_t i = 0; i < x.size(); ++i) z += w_[i] * x[i];
    return z;
}

int Perceptron::predict(const std::vector<double>& x) const {
    return weighted_sum(x) >= 0.0 ? 1 : 0;
}

PerceptronUpdate Perceptron::train_sample(const std::vector<double>& x, int target) {
    if (target != 0 && target != 1)
        fail("train_sample", "target is " + std::to_string(target) + "; accepted: 0 or 1");
    const int y = predict(x);
    const int error = target - y;
    // Huge (finite) inputs times the learning rate can overflow: refuse such an update whole,
    // before any weight changes, rather than store an infinite weight.
    for (std::size_t i = 0; i < x.size(); ++i)
        if (!std::isfinite(w_[i] + lr_ * error * x[i]))
            fail("train_sample", "inputs[" + std::to_string(i) + "] is " + format_number(x[i]) +
                                     ", which would make weights[" + std::to_string(i) +
                                     "] infinite; accepted: inputs small enough that weight + "
                                     "learning_rate * input stays finite");
    for (std::size_t i = 0; i < x.size(); ++i) w_[i] += lr_ * error * x[i];
    b_ += lr_ * error;
    return {y, error};
}

PerceptronEpoch Perceptron::train_epoch(const Matrix& X, const std::vector<int>& targets) {
    if (X.shape(0) != targets.size() || X.shape(0) == 0)
        fail("train_epoch", "got " + std::to_string(X.shape(0)) + " samples and " +
                                std::to_string(targets.size()) +
                                " targets; accepted: the same number, at least 1");
    // Check the whole epoch first, so that a bad row rejects it before any update is made.
    if (X.shape(1) != w_.size())
        fail("train_epoch", "expected " + std::to_string(w_.size()) + " inputs per sample, got " +
                                std::to_string(X.shape(1)));
    for (std::size_t i = 0; i < X.shape(0); ++i) {
        for (std::size_t j = 0; j < X.shape(1); ++j)
            require_finite(X(i, j), "train_epoch",
                           "X[" + std::to_string(i) + "][" + std::to_string(j) + "]");
        if (targets[i] != 0 && targets[i] != 1)
            fail("train_epoch", "targets[" + std::to_string(i) + "] is " +
                                    std::to_string(targets[i]) + "; accepted: 0 or 1");
    }
    std::size_t errors = 0;
    std::vector<double> x(X.shape(1));
    for (std::size_t i = 0; i < X.shape(0); ++i) {
        for (std::size_t j = 0; j < x.size(); ++j) x[j] = X(i, j);
        errors += train_sample(x, targets[i]).error != 0;
    }
    ++epoch_;
    return {errors, errors == 0};
}

}  // namespace nl
