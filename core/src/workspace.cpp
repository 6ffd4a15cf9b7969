// Workspace: the per-row-count buffer sets of a network's passes, swapped rather than
// reallocated, and each layer's products in float64 or on float32 copies.
#include "neuronlab/workspace.hpp"

#include <algorithm>

#include "neuronlab/linalg.hpp"
#include "neuronlab/validate.hpp"

namespace nl {

const std::vector<PrecisionKind>& precision_table() {
    static const std::vector<PrecisionKind> table = {{"float64", Precision::float64},
                                                     {"float32", Precision::float32}};
    return table;
}

const std::string& precision_name(Precision p) {
    return precision_table()[p == Precision::float32].name;
}

Precision find_precision(const std::string& name, std::string_view where) {
    return find_named(precision_table(), name, where, "precision").precision;
}

Workspace::Workspace(const std::vector<Layer>& layers)
    : trace(layers.size()),
      grads(layers.size()),
      dA(layers.size()),
      single_rows_(layers.size()),
      single_parameters_(layers.size()) {
    for (std::size_t l = 0; l < layers.size(); ++l) {
        grads[l].dW = xt::zeros<double>(layers[l].W.shape());
        grads[l].db = xt::zeros<double>(layers[l].b.shape());
    }
}

void Workspace::swap(Kept& other) {
    std::swap(rows_, other.rows);
    const std::size_t n = trace.size();
    other.trace.resize(n);
    other.delta.resize(n);
    other.dA.resize(n);
    other.single.resize(n);
    for (std::size_t l = 0; l < n; ++l) {
        std::swap(trace[l], other.trace[l]);
        std::swap(grads[l].delta, other.delta[l]);
        std::swap(dA[l], other.dA[l]);
        std::swap(single_rows_[l], other.single[l]);
    }
}

void Workspace::use_rows(std::size_t rows) {
    if (rows == rows_) return;
    // Bring in the kept buffers of this row count, else recycle the least recently used.
    auto it =
        std::find_if(kept_.begin(), kept_.end(), [rows](const Kept& k) { return k.rows == rows; });
    if (it == kept_.end()) {
        if (kept_.size() < kKept) kept_.emplace_back();
        it = kept_.end() - 1;
    }
    swap(*it);
    std::rotate(kept_.begin(), it, it + 1);
    if (rows_ == rows) return;
    rows_ = rows;
    for (std::size_t l = 0; l < trace.size(); ++l) {
        const std::size_t units = grads[l].db.size();
        ensure_shape(trace[l].Z, rows, units);
        ensure_shape(trace[l].A, rows, units);
        ensure_shape(grads[l].delta, rows, units);
        ensure_shape(dA[l], rows, units);
    }
}

void Workspace::product(std::size_t l, Precision p, const Matrix& input, const Layer& layer,
                        Matrix& Z) {
    if (p == Precision::float64) {
        matmul_bias(input, layer.W, layer.b, Z);
        return;
    }
    SingleRows& r = single_rows_[l];
    SingleParameters& s = single_parameters_[l];
    convert_into(input, r.input);
    convert_into(layer.W, s.W);
    convert_into(layer.b, s.b);
    ensure_shape(r.Z, Z.shape(0), Z.shape(1));
    matmul_bias(r.input, s.W, s.b, r.Z);
    convert_into(r.Z, Z);
}

void Workspace::product_gradients(std::size_t l, Precision p, const Matrix& input,
                                  const Layer& layer, const Matrix& delta, Matrix& dW,
                                  Matrix* d_input) {
    if (p == Precision::float64) {
        matmul_at_b(input, delta, dW);
        if (d_input) matmul_a_bt(delta, layer.W, *d_input);
        return;
    }
    // The same two products on the float copies product() made of the input and W.
    SingleRows& r = single_rows_[l];
    SingleParameters& s = single_parameters_[l];
    convert_into(delta, r.delta);
    ensure_shape(s.dW, dW.shape(0), dW.shape(1));
    matmul_at_b(r.input, r.delta, s.dW);
    convert_into(s.dW, dW);
    if (!d_input) return;
    ensure_shape(r.d_input, r.delta.shape(0), s.W.shape(0));
    matmul_a_bt(r.delta, s.W, r.d_input);
    convert_into(r.d_input, *d_input);
}

}  // namespace nl
