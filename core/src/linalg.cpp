// Dense kernels: every output element sums its terms in one fixed order (the same natively and
// in WebAssembly). The two products made of rank-1 updates (A B and A^T B) keep 4 x 4 blocks of
// the output in SIMD registers while their terms stream past; A B^T sums four dot products at
// a time.
#include "neuronlab/linalg.hpp"

#include <cstring>

namespace nl {

namespace {

// Two doubles in one SIMD register (SSE2 natively, simd128 in wasm), through the vector
// extension GCC and Clang share. Lanes are computed independently, with the same operations
// as scalar code, so results do not depend on the vector width.
typedef double f64x2 __attribute__((vector_size(16)));

inline f64x2 load2(const double* p) {
    f64x2 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
inline void store2(double* p, f64x2 v) { std::memcpy(p, &v, sizeof v); }

// The sums both products are made of, over t = 0 .. count-1 in order:
//   c[r][q] = init[q] + sum_t x(r, t) * y(t)[q]  (init: a row vector, or null for 0),
//   x(r, t) = x[r * x_row + t * x_step],  y(t) = y + t * y_step,
// for rows r < rows and columns q < cols of C (row r at c + r * c_row).
struct Update {
    double* c;
    std::size_t c_row;
    const double* init;
    const double* x;
    std::size_t x_row, x_step;
    const double* y;
    std::size_t y_step, count;
};

// A 4 x 4 block of C kept in eight registers for the whole sum.
void block4x4(const Update& u) {
    double* c = u.c;
    const std::size_t cr = u.c_row, xr = u.x_row;
    const f64x2 i0 = u.init ? load2(u.init) : f64x2{0.0, 0.0};
    const f64x2 i1 = u.init ? load2(u.init + 2) : f64x2{0.0, 0.0};
    f64x2 c00 = i0, c01 = i1, c10 = i0, c11 = i1, c20 = i0, c21 = i1, c30 = i0, c31 = i1;
    const double* x = u.x;
    const double* y = u.y;
    for (std::size_t t = 0; t < u.count; ++t, x += u.x_step, y += u.y_step) {
        const f64x2 y0 = load2(y), y1 = load2(y + 2);
        const f64x2 a0 = {x[0], x[0]}, a1 = {x[xr], x[xr]};
        const f64x2 a2 = {x[2 * xr], x[2 * xr]}, a3 = {x[3 * xr], x[3 * xr]};
        c00 += a0 * y0;
        c01 += a0 * y1;
        c10 += a1 * y0;
        c11 += a1 * y1;
        c20 += a2 * y0;
        c21 += a2 * y1;
        c30 += a3 * y0;
        c31 += a3 * y1;
    }
    store2(c, c00);
    store2(c + 2, c01);
    store2(c + cr, c10);
    store2(c + cr + 2, c11);
    store2(c + 2 * cr, c20);
    store2(c + 2 * cr + 2, c21);
    store2(c + 3 * cr, c30);
    store2(c + 3 * cr + 2, c31);
}

// Any rows x cols block, one element at a time (the edges the 4 x 4 blocks leave).
void block(const Update& u, std::size_t rows, std::size_t cols) {
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t q = 0; q < cols; ++q) {
            double sum = u.init ? u.init[q] : 0.0;
            for (std::size_t t = 0; t < u.count; ++t)
                sum += u.x[r * u.x_row + t * u.x_step] * u.y[t * u.y_step + q];
            u.c[r * u.c_row + q] = sum;
        }
}

// All of C (rows x cols), in 4 x 4 blocks and then the edges. Every element
// still sums over t in order, so the blocking does not change any result.
void update(const Update& u, std::size_t rows, std::size_t cols) {
    const std::size_t rows4 = rows / 4 * 4, cols4 = cols / 4 * 4;
    for (std::size_t r = 0; r < rows4; r += 4) {
        Update b = u;
        b.c += r * u.c_row;
        b.x += r * u.x_row;
        for (std::size_t q = 0; q < cols4; q += 4, b.c += 4, b.y += 4) {
            block4x4(b);
            if (b.init) b.init += 4;
        }
        block(b, 4, cols - cols4);
    }
    Update b = u;
    b.c += rows4 * u.c_row;
    b.x += rows4 * u.x_row;
    block(b, rows - rows4, cols);
}

}  // namespace

// c_ij = b_j + sum_p a_ip w_pj, p ascending.
void matmul_bias(const Matrix& A, const Matrix& B, const Vector& b, Matrix& C) {
    const std::size_t n = A.shape(0), k = A.shape(1), m = B.shape(1);
    update({C.data(), m, b.data(), A.data(), k, 1, B.data(), m, k}, n, m);
}

// c_pj = sum_i a_ip b_ij, i ascending.
void matmul_at_b(const Matrix& A, const Matrix& B, Matrix& C) {
    const std::size_t n = A.shape(0), k = A.shape(1), m = B.shape(1);
    update({C.data(), m, nullptr, A.data(), 1, k, B.data(), m, n}, k, m);
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
        for (; p + 4 <= k; p += 4) {
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
