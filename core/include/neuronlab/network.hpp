// A feed-forward network of dense layers with a loss: forward(X) keeps every layer's Z and A,
// backward(X, Y) every layer's delta, dL/dW and dL/db, so a page can show every node's numbers.
// Does not: update weights (optimizer.hpp) or loop over epochs (trainer.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "neuronlab/layer.hpp"
#include "neuronlab/loss.hpp"
#include "neuronlab/rng.hpp"
#include "neuronlab/workspace.hpp"

namespace nl {

// Initial weights U(-limit, limit) by name: uniform (limit 1), xavier (sqrt(6 / (fan_in +
// fan_out))), he (sqrt(6 / fan_in)).
struct Initializer {
    std::string name;
    std::string description;
    double (*limit)(double fan_in, double fan_out);
};
const std::vector<Initializer>& initializer_table();

class Network {
public:
    // Validates everything: input width and unit counts in 1..kMaxUnits, 1..kMaxLayers layers,
    // hidden/output activations allowed where they stand, dropout in [0, 0.9] and 0 on the
    // output layer, and a loss that accepts the output.
    // Weights start at zero; call initialize() for random ones.
    Network(std::size_t inputs, const std::vector<LayerSpec>& layers, const std::string& loss);

    // Seeded weights U(-limit, limit) of the initializer_table() entry `scheme`. Biases are set
    // to 0. The dropout masks' PRNG continues from
    // the same seed, so a seed also fixes the masks of every training step.
    void initialize(const std::string& scheme, std::uint64_t seed);

    // Dropout in a pass: off (prediction, evaluation, loss), draw (a training pass: new masks
    // from the network's PRNG) or keep (the masks of the last pass over as many rows, e.g. for a
    // gradient check with a fixed mask). Layers of rate 0 never drop.
    enum class Dropout { off, draw, keep };

    // Runs X (samples x inputs) through every layer; returns one trace per layer:
    // Z_l = in_l W_l + b_l, A_l = f(Z_l), in_0 = X, in_{l+1} = A_l (.* mask_l with dropout).
    const std::vector<LayerTrace>& forward(const Matrix& X, Dropout dropout = Dropout::off);

    // forward(X), then the loss against Y (samples x outputs) and every layer's gradients.
    // Returns L. delta_last = dL/dZ_last; delta_l = ((delta_{l+1} W_{l+1}^T) .* mask_l) .* f'(Z_l)
    // (no mask without dropout); dW_l = in_l^T delta_l; db_l = column sums of delta_l.
    // With Inputs::trusted the caller vouches that X and Y were validated before (the trainer
    // checks its data once, not on every step).
    enum class Inputs { checked, trusted };
    double backward(const Matrix& X, const Matrix& Y, Inputs inputs = Inputs::checked,
                    Dropout dropout = Dropout::off);

    // L(forward(X), Y) without touching the gradients.
    double loss(const Matrix& X, const Matrix& Y, Dropout dropout = Dropout::off);

    // The dropout masks' PRNG state, for a training checkpoint (the masks of the next steps).
    Rng::State dropout_state() const { return dropout_rng_.state(); }
    void set_dropout_state(const Rng::State& state) { dropout_rng_.set_state(state); }

    // Whether the last pass applied dropout masks (trace()[l].mask of layers with a rate > 0).
    bool dropped() const { return dropped_; }

    const std::vector<LayerTrace>& trace() const { return ws_.trace; }
    const std::vector<LayerGradient>& gradients() const { return ws_.grads; }
    std::vector<LayerGradient>& gradients() { return ws_.grads; }
    const Matrix& output() const { return ws_.trace.back().A; }

    std::size_t inputs() const { return inputs_; }
    std::size_t outputs() const { return layers_.back().units(); }
    std::size_t parameter_count() const;
    std::vector<std::size_t> shape() const;  // inputs, then each layer's units
    const std::vector<Layer>& parameters() const { return layers_; }
    std::vector<Layer>& parameters() { return layers_; }
    const Loss& loss_function() const { return *loss_; }
    Precision precision() const { return precision_; }
    void set_precision(Precision p) { precision_ = p; }

    // Edits, each validated (indices in range, finite values, shapes that match).
    void set_weight(std::size_t layer, std::size_t from, std::size_t to, double value);
    void set_bias(std::size_t layer, std::size_t unit, double value);
    void set_parameters(std::size_t layer, const Matrix& W, const Vector& b);

    // Checks a batch: X is samples x inputs (samples >= 1), all finite.
    void validate_inputs(const Matrix& X, std::string_view where) const;
    // Checks targets: samples x outputs matching X, suited to the loss.
    void validate_targets(const Matrix& X, const Matrix& Y, std::string_view where) const;

private:
    void forward_unchecked(const Matrix& X, Dropout dropout);
    // mask_l: each entry 0 with probability p, else 1 / (1 - p), rows x units.
    void draw_mask(std::size_t l);
    // What layer l + 1 reads: A_l, or A_l .* mask_l when the last pass dropped.
    const Matrix& output_of(std::size_t l) const;

    std::size_t inputs_;
    std::vector<Layer> layers_;
    const Loss* loss_;
    Workspace ws_;  // the passes' buffers: trace, gradients, dL/dA
    Precision precision_ = Precision::float64;
    Rng dropout_rng_{1};  // the masks' PRNG, reseeded by initialize()
    bool dropped_ = false;
};

}  // namespace nl
