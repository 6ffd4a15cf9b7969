// The one place that includes xtensor: the matrix and vector types every core file uses.
// Matrices are row-major, samples x features; a batch X is (samples x inputs).
// Does not: define any network math (see linalg.hpp for the dense kernels).
#pragma once

#include <cstddef>
#include <xtensor/xtensor.hpp>

namespace nl {

using Matrix = xt::xtensor<double, 2>;  // rows x cols, row-major
using Vector = xt::xtensor<double, 1>;
// Single precision, for the matrix products of a network in float32 precision (network.hpp).
using MatrixF = xt::xtensor<float, 2>;
using VectorF = xt::xtensor<float, 1>;

// Resizes only when the shape differs, so a buffer reused with the same shape never allocates.
template <typename T>
void ensure_shape(xt::xtensor<T, 2>& m, std::size_t rows, std::size_t cols) {
    if (m.shape(0) != rows || m.shape(1) != cols) m.resize({rows, cols});
}

template <typename T>
void ensure_shape(xt::xtensor<T, 1>& v, std::size_t n) {
    if (v.shape(0) != n) v.resize({n});
}

// to = from, each element converted to To (float <-> double); `to` takes from's shape.
template <typename To, typename From, std::size_t N>
void convert_into(const xt::xtensor<From, N>& from, xt::xtensor<To, N>& to) {
    if (to.shape() != from.shape()) to.resize(from.shape());
    const From* f = from.data();
    To* t = to.data();
    for (std::size_t i = 0; i < from.size(); ++i) t[i] = static_cast<To>(f[i]);
}

}  // namespace nl
