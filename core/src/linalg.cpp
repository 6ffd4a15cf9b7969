// Dense kernels as plain loops: the innermost loop walks contiguous memory with no
// reduction across iterations, so it vectorises and sums in the same order on every target.
#include "neuronlab/linalg.hpp"

namespace nl {

void matmul_bias(const Matrix& A, const Matrix& B, const Vector& b, Matrix& C) {
    const std::size_t n = A.shape(0), k = A.shape(1), m = B.shape(1);
    const double *a = A.data(), *w = B.data(), *bias = b.data();
    double* c = C.data();
    for (std::size_t i = 0; i < n; ++i) {
        double* ci = c + i * m;
        for (std::size_t j = 0; j < m; ++j) ci[j] = bias[j];
        for (std::size_t p = 0; p < k; ++p) {
            const double aip = a[i * k + p];
            const double* wp = w + p * m;
            for (std::size_t j = 0; j < m; ++j) ci[j] += aip * wp[j];
        }
    }
}

void matmul_at_b(const Matrix& A, const Matrix& B, Matrix& C) {
    const std::size_t n = A.shape(0), k = A.shape(1), m = B.shape(1);
    const double *a = A.data(), *bm = B.data();
    double* c = C.data();
    for (std::size_t p = 0; p < k * m; ++p) c[p] = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double* bi = bm + i * m;
        for (std::size_t p = 0; p < k; ++p) {
            const double aip = a[i * k + p];
            double* cp = c + p * m;
            for (std::size_t j = 0; j < m; ++j) cp[j] += aip * bi[j];
        }
    }
}

void matmul_a_bt(const Matrix& A, const Matrix& B, Matrix& C) {
    const std::size_t n = A.shape(0), m = A.shape(1), k = B.shape(0);
    const double *a = A.data(), *bm = B.data();
    double* c = C.data();
    for (std::size_t i = 0; i < n; ++i) {
        const double* ai = a + i * m;
        for (std::size_t p = 0; p < k; ++p) {
            const double* bp = bm + p * m;
            double sum = 0.0;
            for (std::size_t j = 0; j < m; ++j) sum += ai[j] * bp[j];
            c[i * k + p] = sum;
        }
    }
}

void column_sums(const Matrix& A, Vector& s) {
    const std::size_t n = A.shape(0), m = A.shape(1);
    const double* a = A.data();
    double* out = s.data();
    for (std::size_t j = 0; j < m; ++j) out[j] = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < m; ++j) out[j] += a[i * m + j];
}

}  // namespace nl
