// The buffers a network's passes write, for one batch row count at a time: each layer's trace
// (Z, A, dropout mask and A .* mask), its gradients (delta = dL/dZ, dW, db), dL/dA, and the
// float32 copies the products use in that precision. It also runs the three products of a
// layer in the network's precision, so Network's forward and backward read as the math.
// Does not: hold weights, activations or the loss (Network does).
#pragma once

#include <string>
#include <vector>

#include "neuronlab/layer.hpp"

namespace nl {

// The arithmetic of the matrix products Z = A_prev W + b, A_prev^T delta and delta W^T:
// float64 (the default, and what every lesson shows), or float32 for a large network, where the
// products are nearly all the work and a SIMD instruction does four floats against two doubles.
// Everything else stays double in both: the weights, activations, losses and bias sums.
enum class Precision { float64, float32 };

struct PrecisionKind {
    std::string name;  // "float64", "float32"
    Precision precision;
};
const std::vector<PrecisionKind>& precision_table();
// The entry named `name`; throws std::invalid_argument naming `where` and the accepted names.
Precision find_precision(const std::string& name, std::string_view where);
const std::string& precision_name(Precision p);

class Workspace {
public:
    // Zero gradients shaped like each layer's W and b; no rows yet.
    explicit Workspace(const std::vector<Layer>& layers);

    // Shapes the per-row buffers for `rows` samples: those of a recent row count come back
    // (a trainer alternates full batches, the last short one and whole-set evaluations), else
    // the least recently used set is reshaped.
    void use_rows(std::size_t rows);

    std::vector<LayerTrace> trace;     // per layer: Z, A, mask, dropped, rows x units
    std::vector<LayerGradient> grads;  // per layer: delta rows x units, dW, db
    std::vector<Matrix> dA;            // per layer: dL/dA, rows x units

    // Z = input W + b (input: rows x fan_in, W: fan_in x units, Z: rows x units).
    void product(std::size_t l, Precision p, const Matrix& input, const Layer& layer, Matrix& Z);
    // dW = input^T delta (fan_in x units) and, when d_input is given, d_input = delta W^T
    // (rows x fan_in), for layer l; float32 reuses the copies product() made of input and W.
    void product_gradients(std::size_t l, Precision p, const Matrix& input, const Layer& layer,
                           const Matrix& delta, Matrix& dW, Matrix* d_input);

private:
    // float32 copies of one layer's operands: per row count its input A_prev (rows x fan_in),
    // Z and delta (rows x units), dL/dA_prev (rows x fan_in); and W, b, dW. Empty in float64.
    struct SingleRows {
        MatrixF input, Z, delta, d_input;
    };
    struct SingleParameters {
        MatrixF W, dW;
        VectorF b;
    };
    // The per-row buffers of one row count, while another is in use.
    struct Kept {
        std::size_t rows = 0;
        std::vector<LayerTrace> trace;
        std::vector<Matrix> delta, dA;
        std::vector<SingleRows> single;
    };
    static constexpr std::size_t kKept = 2;
    void swap(Kept& other);

    std::size_t rows_ = 0;  // the row count the buffers above are shaped for
    std::vector<SingleRows> single_rows_;
    std::vector<SingleParameters> single_parameters_;
    std::vector<Kept> kept_;  // most recently used first
};

}  // namespace nl
