// The classical perceptron: y = step(w . x + b) with the learning rule
// w += lr * (t - y) * x, b += lr * (t - y), one sample or one epoch at a time.
// Does not: use gradients or losses; it is the rule from lesson 3 as Rosenblatt stated it.
#pragma once

#include <vector>

#include "neuronlab/tensor.hpp"

namespace nl {

struct PerceptronUpdate {
    int output;  // y before the update
    int error;   // t - y: -1, 0 or 1
};

struct PerceptronEpoch {
    std::size_t errors;  // samples that were wrong before their update
    bool converged;      // errors == 0: every sample right, so the rule changed nothing
};

class Perceptron {
public:
    // Weights and bias start at zero; learning rate in (0, 100].
    Perceptron(std::size_t inputs, double learning_rate);

    int predict(const std::vector<double>& x) const;  // 1 if w . x + b >= 0, else 0
    double weighted_sum(const std::vector<double>& x) const;

    // Refuses (changing nothing) an update that would make a weight infinite.
    PerceptronUpdate train_sample(const std::vector<double>& x, int target);
    // One pass over X (samples x inputs) in order, with targets 0/1.
    PerceptronEpoch train_epoch(const Matrix& X, const std::vector<int>& targets);

    const std::vector<double>& weights() const { return w_; }
    double bias() const { return b_; }
    std::size_t epoch() const { return epoch_; }
    void set_weights(const std::vector<double>& w, double bias);
    void set_learning_rate(double lr);

private:
    void check_sample(const std::vector<double>& x, const char* where) const;

    std::vector<double> w_;
    double b_ = 0.0;
    double lr_;
    std::size_t epoch_ = 0;
};

}  // namespace nl
