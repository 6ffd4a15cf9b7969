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

namespace nl {

// The arithmetic of the matrix products Z = A_prev W + b, A_prev^T delta and delta W^T:
// float64 (the default, and what every lesson shows), or float32 for a large network, where the
// products are nearly all the work and a SIMD instruction does four floats against two doubles.
// Everything else stays double in both: the weights, activations, losses and bias sums.
enum class Precision { float64, float32 };

// "float64" or "float32"; throws std::invalid_argument naming `where` and the accepted names.
Precision find_precision(const std::string& name, const std::string& where);
const char* precision_name(Precision p);

class Network {
public:
    // Validates everything: input width and unit counts in 1..kMaxUnits, 1..kMaxLayers layers,
    // hidden/output activations allowed where they stand, dropout in [0, 0.9] and 0 on the
    // output layer, and a loss that accepts the output.
    // Weights start at zero; call initialize() for random ones.
    Network(std::size_t inputs, const std::vector<LayerSpec>& layers, const std::string& loss);

    // Seeded weights: "uniform" U(-1, 1), "xavier" U(+-sqrt(6 / (fan_in + fan_out))),
    // "he" U(+-sqrt(6 / fan_in)). Biases are set to 0. The dropout masks' PRNG continues from
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

    // Whether the last pass applied dropout masks (trace()[l].mask of layers with a rate > 0).
    bool dropped() const { return dropped_; }

    const std::vector<LayerTrace>& trace() const { return trace_; }
    const std::vector<LayerGradient>& gradients() const { return grads_; }
    std::vector<LayerGradient>& gradients() { return grads_; }
    const Matrix& output() const { return trace_.back().A; }

    std::size_t inputs() const { return inputs_; }
    std::size_t outputs() const { return layers_.back().units(); }
    std::size_t parameter_count() const;
    std::vector<std::size_t> shape() const;  // inputs, then each layer's units
    const std::vector<Layer>& layers() const { return layers_; }
    std::vector<Layer>& layers() { return layers_; }
    const Loss& loss_function() const { return *loss_; }
    Precision precision() const { return precision_; }
    void set_precision(Precision p) { precision_ = p; }

    // Edits, each validated (indices in range, finite values, shapes that match).
    void set_weight(std::size_t layer, std::size_t from, std::size_t to, double value);
    void set_bias(std::size_t layer, std::size_t unit, double value);
    void set_parameters(std::size_t layer, const Matrix& W, const Vector& b);

    // Checks a batch: X is samples x inputs (samples >= 1), all finite.
    void validate_inputs(const Matrix& X, const std::string& where) const;
    // Checks targets: samples x outputs matching X, suited to the loss.
    void validate_targets(const Matrix& X, const Matrix& Y, const std::string& where) const;

private:
    // The per-batch buffers of one row count: each layer's Z, A (trace_), delta (grads_) and
    // dL/dA (dA_), all rows x units. A couple of earlier row counts are kept aside, so that a
    // trainer alternating between full batches, the last partial one and a whole-set evaluation
    // swaps buffers instead of reallocating them.
    // float32 precision's copies for one layer's products: its input A_prev (rows x fan_in),
    // Z and delta (rows x units), dL/dA_prev (rows x fan_in); and of its W, b (copied at each
    // forward pass) and dL/dW. Empty in float64 precision.
    struct SingleRows {
        MatrixF input, Z, delta, d_input;
    };
    struct SingleParameters {
        MatrixF W, dW;
        VectorF b;
    };
    struct Buffers {
        std::size_t rows = 0;
        std::vector<LayerTrace> trace;
        std::vector<Matrix> delta, dA;
        std::vector<SingleRows> single;
    };
    static constexpr std::size_t kSpareBuffers = 2;
    void use_rows(std::size_t rows);
    void swap_buffers(Buffers& other);
    void forward_unchecked(const Matrix& X, Dropout dropout);
    // mask_l: each entry 0 with probability p, else 1 / (1 - p), rows x units.
    void draw_mask(std::size_t l);
    // What layer l + 1 reads: A_l, or A_l .* mask_l when the last pass dropped.
    const Matrix& output_of(std::size_t l) const;
    // Z_l = input W_l + b_l into trace_[l].Z, in the network's precision.
    void layer_product(std::size_t l, const Matrix& input);
    // dW_l = below^T delta_l and, for l > 0, dA_{l-1} = delta_l W_l^T, in its precision.
    void layer_gradients(std::size_t l, const Matrix& below);

    std::size_t inputs_;
    std::vector<Layer> layers_;
    const Loss* loss_;
    std::vector<LayerTrace> trace_;
    std::vector<LayerGradient> grads_;
    std::vector<Matrix> dA_;      // dL/dA of each layer, rows x units
    std::size_t rows_ = 0;        // the row count the buffers above are shaped for
    std::vector<Buffers> spare_;  // most recently used first
    Precision precision_ = Precision::float64;
    Rng dropout_rng_{1};  // the masks' PRNG, reseeded by initialize()
    bool dropped_ = false;
    std::vector<SingleRows> single_rows_;              // per layer, for the current row count
    std::vector<SingleParameters> single_parameters_;  // per layer
};

}  // namespace nl
