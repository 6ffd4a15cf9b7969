// Dense kernels on row-major matrices, written as plain loops whose innermost loop runs over
// contiguous memory without a reduction, so compilers vectorise them (also for wasm SIMD) and
// the summation order is the same natively and in WebAssembly.
// Does not: allocate; callers size the outputs.
#pragma once

#include "neuronlab/tensor.hpp"

namespace nl {

// Each product comes in double and in float (for a network in float32 precision).

// C = A * B + row-broadcast bias b. A: n x k, B: k x m, b: m, C: n x m.
void matmul_bias(const Matrix& A, const Matrix& B, const Vector& b, Matrix& C);
void matmul_bias(const MatrixF& A, const MatrixF& B, const VectorF& b, MatrixF& C);

// C = A^T * B. A: n x k, B: n x m, C: k x m. (dL/dW = A_prev^T * delta.)
void matmul_at_b(const Matrix& A, const Matrix& B, Matrix& C);
void matmul_at_b(const MatrixF& A, const MatrixF& B, MatrixF& C);

// C = A * B^T. A: n x m, B: k x m, C: n x k. (dL/dA_prev = delta * W^T.)
void matmul_a_bt(const Matrix& A, const Matrix& B, Matrix& C);
void matmul_a_bt(const MatrixF& A, const MatrixF& B, MatrixF& C);

// s_j = sum_i A_ij. A: n x m, s: m. (dL/db = column sums of delta.)
void column_sums(const Matrix& A, Vector& s);

}  // namespace nl
