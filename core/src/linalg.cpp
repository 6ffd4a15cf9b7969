// Dense kernels, in double and in float: every output element sums its terms in one fixed order
// (the same natively and in WebAssembly). The two products made of rank-1 updates (A B and
// A^T B) keep 4-row blocks of the output in SIMD registers while their terms stream past; A B^T
// sums four dot products at a time.
#include "neuronlab/linalg.hpp"

#include <cstring>

namespace nl {

namespace {

// Sixteen bytes of T in one SIMD register (SSE2 natively, simd128 in wasm), through the vector
// extension GCC and Clang share: two doubles or four floats. Lanes are computed independently,
// with the same operations as scalar code, so results do not depend on the vector width.
template <typename T>
struct Simd {
    typedef T type __attribute__((vector_size(16)));
    static constexpr std::size_t lanes = 16 / sizeof(T);
};

template <typename T>
inline typename Simd<T>::type load(const T* p) {
    typename Simd<T>::type v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
template <typename T>
inline void store(T* p, typename Simd<T>::type v) {
    std::memcpy(p, &v, sizeof v);
}

// The sums both products are made of, over t = 0 .. count-1 in order:
//   c[r][q] = init[q] + sum_t x(r, t) * y(t)[q]  (init: a row vector, or null for 0),
//   x(r, t) = x[r * x_row + t * x_step],  y(t) = y + t * y_step,
// for rows r < rows and columns q < cols of C (row r at c + r * c_row).
template <typename T>
struct Update {
    T* c;
    std::size_t c_row;
    const T* init;
    const T* x;
    std::size_t x_row, x_step;
    const T* y;
    std::size_t y_step, count;
};

// A block of C, R rows (1 to 4) by two registers' width (4 doubles, 8 floats), kept in 2R
// registers for the whole sum.
template <typename T, std::size_t R>
void register_block(const Update<T>& u) {
    using V = typename Simd<T>::type;
    constexpr std::size_t L = Simd<T>::lanes;
    const V i0 = u.init ? load(u.init) : V{};
    const V i1 = u.init ? load(u.init + L) : V{};
    V lo[R], hi[R];
    for (std::size_t r = 0; r < R; ++r) lo[r] = i0, hi[r] = i1;
    const T* x = u.x;
    const T* y = u.y;
    for (std::size_t t = 0; t < u.count; ++t, x += u.x_step, y += u.y_step) {
        const V y0 = load(y), y1 = load(y + L);
        for (std::size_t r = 0; r < R; ++r) {
            const T a = x[r * u.x_row];
            lo[r] += a * y0;
            hi[r] += a * y1;
        }
    }
    for (std::size_t r = 0; r < R; ++r) {
        store(u.c + r * u.c_row, lo[r]);
        store(u.c + r * u.c_row + L, hi[r]);
    }
}

// R rows of C (1 to 4), all cols columns: register blocks, then the columns they leave one at
// a time, with the R rows' sums side by side (independent additions, not one long chain).
template <typename T, std::size_t R>
void rows(Update<T> u, std::size_t cols) {
    constexpr std::size_t W = 2 * Simd<T>::lanes;  // columns per register block
    std::size_t q = 0;
    for (; q + W <= cols; q += W, u.c += W, u.y += W) {
        register_block<T, R>(u);
        if (u.init) u.init += W;
    }
    for (; q < cols; ++q, ++u.c, ++u.y) {
        T sum[R];
        for (std::size_t r = 0; r < R; ++r) sum[r] = u.init ? *u.init : T(0);
        const T* x = u.x;
        const T* y = u.y;
        for (std::size_t t = 0; t < u.count; ++t, x += u.x_step, y += u.y_step)
            for (std::size_t r = 0; r < R; ++r) sum[r] += x[r * u.x_row] * *y;
        for (std::size_t r = 0; r < R; ++r) u.c[r * u.c_row] = sum[r];
        if (u.init) ++u.init;
    }
}

// All of C (rows x cols), four rows at a time. Every element still sums over t in order, so the
// blocking does not change any result.
template <typename T>
void update(const Update<T>& u, std::size_t rows_of_c, std::size_t cols) {
    for (std::size_t r = 0; r < rows_of_c; r += 4) {
        Update<T> b = u;
        b.c += r * u.c_row;
        b.x += r * u.x_row;
        switch (rows_of_c - r < 4 ? rows_of_c - r : 4) {
            case 4:
                rows<T, 4>(b, cols);
                break;
            case 3:
                rows<T, 3>(b, cols);
                break;
            case 2:
                rows<T, 2>(b, cols);
                break;
            default:
                rows<T, 1>(b, cols);
        }
    }
}

// c_ij = b_j + sum_p a_ip w_pj, p ascending.
template <typename T>
void bias_product(const xt::xtensor<T, 2>& A, const xt::xtensor<T, 2>& B,
                  const xt::xtensor<T, 1>& b, xt::xtensor<T, 2>& C) {
    const std::size_t n = A.shape(0), k = A.shape(1), m = B.shape(1);
    update<T>({C.data(), m, b.data(), A.data(), k, 1, B.data(), m, k}, n, m);
}

// c_pj = sum_i a_ip b_ij, i ascending.
template <typename T>
void transposed_product(const xt::xtensor<T, 2>& A, const xt::xtensor<T, 2>& B,
                        xt::xtensor<T, 2>& C) {
    const std::size_t n = A.shape(0), k = A.shape(1), m = B.shape(1);
    update<T>({C.data(), m, nullptr, A.data(), 1, k, B.data(), m, n}, k, m);
}

// c_ip = sum_j a_ij b_pj, j ascending: four independent sums at a time (four rows of B).
template <typename T>
void product_transposed(const xt::xtensor<T, 2>& A, const xt::xtensor<T, 2>& B,
                        xt::xtensor<T, 2>& C) {
    const std::size_t n = A.shape(0), m = A.shape(1), k = B.shape(0);
    const T *a = A.data(), *bm = B.data();
    T* c = C.data();
    for (std::size_t i = 0; i < n; ++i) {
        const T* ai = a + i * m;
        T* ci = c + i * k;
        std::size_t p = 0;
        for (; p + 4 <= k; p += 4) {
            const T* b0 = bm + p * m;
            T s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (std::size_t j = 0; j < m; ++j) {
                const T x = ai[j];
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
            const T* bp = bm + p * m;
            T s = 0;
            for (std::size_t j = 0; j < m; ++j) s += ai[j] * bp[j];
            ci[p] = s;
        }
    }
}

}  // namespace

void matmul_bias(const Matrix& A, const Matrix& B, const Vector& b, Matrix& C) {
    bias_product(A, B, b, C);
}
void matmul_bias(const MatrixF& A, const MatrixF& B, const VectorF& b, MatrixF& C) {
    bias_product(A, B, b, C);
}

void matmul_at_b(const Matrix& A, const Matrix& B, Matrix& C) { transposed_product(A, B, C); }
void matmul_at_b(const MatrixF& A, const MatrixF& B, MatrixF& C) { transposed_product(A, B, C); }

void matmul_a_bt(const Matrix& A, const Matrix& B, Matrix& C) { product_transposed(A, B, C); }
void matmul_a_bt(const MatrixF& A, const MatrixF& B, MatrixF& C) { product_transposed(A, B, C); }

// s_j = sum_i a_ij, i ascending: A^T B's sums with a column of ones as A (x_step 0 reads the
// one 1.0 for every term; 1 * a is exactly a), so the same register blocks do the work.
void column_sums(const Matrix& A, Vector& s) {
    static const double one = 1.0;
    const std::size_t n = A.shape(0), m = A.shape(1);
    update<double>({s.data(), m, nullptr, &one, 0, 0, A.data(), m, n}, 1, m);
}

}  // namespace nl
