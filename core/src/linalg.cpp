// Dense kernels as plain loops: the innermost loop walks contiguous memory with no reduction
// across its iterations, so it vectorises, and every output element sums its terms in one fixed
// order (the same natively and in WebAssembly). Outputs are computed four rows at a time, so
// each row of the right-hand matrix is loaded once per four output rows, not once per row.
#include "neuronlab/linalg.hpp"

#include <algorithm>

namespace nl {

namespace {

constexpr std::size_t kRows = 4;  // output rows per block

// c_r[j] += x_r w[j] for the four rows r and j < m. The restrict parameters tell the compiler
// the rows do not overlap, which it needs to vectorise the loop.
inline void axpy4(double* __restrict c0, double* __restrict c1, double* __restrict c2,
                  double* __restrict c3, const double* __restrict w, double x0, double x1,
                  double x2, double x3, std::size_t m) {
    for (std::size_t j = 0; j < m; ++j) {
        const double wj = w[j];
        c0[j] += x0 * wj;
        c1[j] += x1 * wj;
        c2[j] += x2 * wj;
        c3[j] += x3 * wj;
    }
}

// c[j] += x w[j] for j < m.
inline void axpy(double* __restrict c, const double* __restrict w, double x, std::size_t m) {
    for (std::size_t j = 0; j < m; ++j) c[j] += x * w[j];
}

}  // namespace

// c_ij = b_j + sum_p a_ip w_pj, p ascending.
void matmul_bias(const Matrix& A, const Matrix& B, const Vector& b, Matrix& C) {
    const std::size_t n = A.shape(0), k = A.shape(1), m = B.shape(1);
    const double *a = A.data(), *w = B.data(), *bias = b.data();
    double* c = C.data();
    std::size_t i = 0;
    for (; i + kRows <= n; i += kRows) {
        double* c0 = c + i * m;
        const double* a0 = a + i * k;
        for (std::size_t r = 0; r < kRows; ++r) std::copy_n(bias, m, c0 + r * m);
        for (std::size_t p = 0; p < k; ++p)
            axpy4(c0, c0 + m, c0 + 2 * m, c0 + 3 * m, w + p * m, a0[p], a0[k + p], a0[2 * k + p],
                  a0[3 * k + p], m);
    }
    for (; i < n; ++i) {
        double* ci = c + i * m;
        std::copy_n(bias, m, ci);
        for (std::size_t p = 0; p < k; ++p) axpy(ci, w + p * m, a[i * k + p], m);
    }
}

// c_pj = sum_i a_ip b_ij, i ascending: four rows of C stay in cache while all of B passes.
void matmul_at_b(const Matrix& A, const Matrix& B, Matrix& C) {
    const std::size_t n = A.shape(0), k = A.shape(1), m = B.shape(1);
    const double *a = A.data(), *bm = B.data();
    double* c = C.data();
    std::size_t p = 0;
    for (; p + kRows <= k; p += kRows) {
        double* c0 = c + p * m;
        std::fill_n(c0, kRows * m, 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            const double* ai = a + i * k + p;
            axpy4(c0, c0 + m, c0 + 2 * m, c0 + 3 * m, bm + i * m, ai[0], ai[1], ai[2], ai[3], m);
        }
    }
    for (; p < k; ++p) {
        double* cp = c + p * m;
        std::fill_n(cp, m, 0.0);
        for (std::size_t i = 0; i < n; ++i) axpy(cp, bm + i * m, a[i * k + p], m);
    }
}

// c_ip = sum_j a_ij b_pj, j ascending: four independent sums at a time (four rows of B).
void matmul_a_bt(const Matrix& A, const Matrix& B, Matrix& C) {
    const std::size_t n = A.shape(0), m = A.shape(1), k = B.shape(0);
    const double *a = A.data(), *bm = B.data();
    double* c = C.data();
    for (std::size_t i = 0; i < n; ++i) {
        const double* ai = a + i * m;
        double* ci = c + i * k;
        std::size_t p = 0;
        for (; p + kRows <= k; p += kRows) {
            const double* b0 = bm + p * m;
            double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
            for (std::size_t j = 0; j < m; ++j) {
                const double x = ai[j];
                s0 += x * b0[j];
                s1 += x * b0[m + j];
                s2 += x * b0[2 * m + j];
                s3 += x * b0[3 * m + j];
            }
            ci[p] = s0;
            ci[p + 1] = s1;
            ci[p + 2] = s2;
            ci[p + 3] = s3;
        }
        for (; p < k; ++p) {
            const double* bp = bm + p * m;
            double s = 0.0;
            for (std::size_t j = 0; j < m; ++j) s += ai[j] * bp[j];
            ci[p] = s;
        }
    }
}

// s_j = sum_i a_ij, i ascending.
void column_sums(const Matrix& A, Vector& s) {
    const std::size_t n = A.shape(0), m = A.shape(1);
    const double* a = A.data();
    double* out = s.data();
    for (std::size_t j = 0; j < m; ++j) out[j] = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < m; ++j) out[j] += a[i * m + j];
}

}  // namespace nl
