// The one place that includes xtensor: the matrix and vector types every core file uses.
// Matrices are row-major, samples x features; a batch X is (samples x inputs).
// Does not: define any network math (see linalg.hpp for the dense kernels).
#pragma once

#include <cstddef>
#include <xtensor/xtensor.hpp>

namespace nl {

using Matrix = xt::xtensor<double, 2>;  // rows x cols, row-major
using Vector = xt::xtensor<double, 1>;

// Resizes only when the shape differs, so a buffer reused with the same shape never allocates.
inline void ensure_shape(Matrix& m, std::size_t rows, std::size_t cols) {
    if (m.shape(0) != rows || m.shape(1) != cols) m.resize({rows, cols});
}

inline void ensure_shape(Vector& v, std::size_t n) {
    if (v.shape(0) != n) v.resize({n});
}

}  // namespace nl
