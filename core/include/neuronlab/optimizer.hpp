// Optimizers as one name table of update rules, plus the state each keeps per parameter.
// step() applies one update from the gradients the last backward() left in the network,
// after adding the regularisation gradient (l2 * W + l1 * sign(W), weights only), and keeps
// the parameters it started from in the same pass, so undo() can put them back (the trainer's
// way back from a step that diverged).
// Does not: compute gradients, or touch biases with regularisation.
#pragma once

#include <string>
#include <vector>

#include "neuronlab/network.hpp"

namespace nl {

struct OptimizerOptions {
    std::string name = "sgd";
    double learning_rate = 0.1;  // eta
    double momentum = 0.9;       // momentum: v = mu * v + g; p -= eta * v
    double rho = 0.9;      // rmsprop: s = rho * s + (1 - rho) g^2; p -= eta g / (sqrt(s) + eps)
    double beta1 = 0.9;    // adam: m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2
    double beta2 = 0.999;  //   p -= eta * m_hat / (sqrt(v_hat) + eps), bias-corrected
    double epsilon = 1e-8;
    double l1 = 0.0;     // penalty l1 * sum |W|
    double l2 = 0.0;     // penalty l2 / 2 * sum W^2
    double decay = 0.0;  // learning-rate schedule: eta_epoch = eta / (1 + decay * epoch)
};

// Updates n parameters p from gradients g with two state arrays (unused ones stay zero), first
// copying each p[i] into keep[i]. t is the 1-based count of steps taken, for Adam's bias
// correction. Returns whether every updated parameter is finite.
using UpdateRule = bool (*)(double* p, double* keep, const double* g, double* s1, double* s2,
                            std::size_t n, const OptimizerOptions& c, long t);

struct OptimizerKind {
    std::string name;
    std::string description;
    UpdateRule update;
};

const std::vector<OptimizerKind>& optimizer_table();
const OptimizerKind& find_optimizer(const std::string& name, std::string_view where);

// Checks every field: a known name, learning rate in (0, 1000], momentum/rho/betas in [0, 1),
// epsilon in (0, 1], l1/l2 in [0, 10], decay in [0, 10].
void validate_optimizer(const OptimizerOptions& c, std::string_view where);

class Optimizer {
public:
    Optimizer(const Network& net, const OptimizerOptions& options);

    // One update of every weight and bias of `net` from net.gradients(), keeping the values it
    // started from (in the same pass). Returns whether every updated parameter is finite.
    bool step(Network& net);
    // Puts back the parameters the last step() started from (the construction-time ones before
    // any step) and clears the state, as reset() does: the way back from a step that diverged.
    void undo(Network& net);

    // Changes settings without losing the weights; switching to another rule clears its state.
    void set_options(const OptimizerOptions& options);
    // Clears the per-parameter state and the step count, as if no step had been taken.
    void reset();
    // The epoch (0-based) the next steps belong to: they use eta / (1 + decay * epoch).
    void set_epoch(std::size_t epoch);
    const OptimizerOptions& options() const { return options_; }
    long steps() const { return t_; }

    // For a training checkpoint: appends the step count t, then per layer the rule's state for
    // W (s1 then s2, fan_in x units each) and for b (s1 then s2, units each): 1 + 2 * P numbers
    // for P parameters. Momentum, RMSprop and Adam's moments live there; SGD's stay zero.
    void save(std::vector<double>& out) const;
    // Reads back what save() wrote from `in` (advanced past it) and takes net's parameters as
    // the ones undo() returns to. The caller checked the length and that t is a whole number.
    void restore(const Network& net, const double*& in);
    // Numbers save() writes for `net`.
    static std::size_t saved_size(const Network& net);

private:
    struct State {
        Matrix w1, w2;  // per-weight state
        Vector b1, b2;  // per-bias state
    };
    OptimizerOptions options_;
    OptimizerOptions scheduled_;  // options_ with this epoch's learning rate: what the rules use
    std::size_t epoch_ = 0;
    const OptimizerKind* kind_;
    std::vector<State> state_;
    std::vector<Layer> before_;  // the parameters before the last step
    long t_ = 0;
};

}  // namespace nl
