// The dense kernels against the textbook triple loops: exact on small integers, and to rounding
// on random values; shapes as the comments in linalg.hpp state them.
#include "neuronlab/linalg.hpp"

#include <catch2/catch.hpp>

#include "testing.hpp"

using namespace nl;

namespace {
// C_ij = sum_p A_ip B_pj (+ b_j), written the obvious way.
Matrix naive_product(const Matrix& A, const Matrix& B) {
    Matrix C = xt::zeros<double>({A.shape(0), B.shape(1)});
    for (std::size_t i = 0; i < A.shape(0); ++i)
        for (std::size_t j = 0; j < B.shape(1); ++j)
            for (std::size_t p = 0; p < A.shape(1); ++p) C(i, j) += A(i, p) * B(p, j);
    return C;
}
Matrix transpose(const Matrix& A) {
    Matrix T = Matrix::from_shape({A.shape(1), A.shape(0)});
    for (std::size_t i = 0; i < A.shape(0); ++i)
        for (std::size_t j = 0; j < A.shape(1); ++j) T(j, i) = A(i, j);
    return T;
}
}  // namespace

TEST_CASE("matmul_bias: C = A B + b by hand", "[linalg]") {
    // [1 2] [5 6 7]   [1(5)+2(8)  1(6)+2(9)  1(7)+2(10)]   [21 24 27]            [31 44 57]
    // [3 4] [8 9 10] = [3(5)+4(8)  3(6)+4(9)  3(7)+4(10)] = [47 54 61]; + (10, 20, 30) = [57 74 91]
    const Matrix A = {{1, 2}, {3, 4}}, B = {{5, 6, 7}, {8, 9, 10}};
    const Vector b = {10, 20, 30};
    Matrix C = Matrix::from_shape({2, 3});
    C.fill(-1.0);  // whatever was there is overwritten
    matmul_bias(A, B, b, C);
    CHECK(same(C, Matrix{{31, 44, 57}, {57, 74, 91}}));
}

TEST_CASE("matmul_at_b and matmul_a_bt: the transposed products of backward()", "[linalg]") {
    // A^T B with A = [[1, 2], [3, 4], [5, 6]] (3 x 2), B = [[1], [0], [-1]] (3 x 1):
    // [1 - 5, 2 - 6] = [[-4], [-4]]
    Matrix C = Matrix::from_shape({2, 1});
    matmul_at_b(Matrix{{1, 2}, {3, 4}, {5, 6}}, Matrix{{1}, {0}, {-1}}, C);
    CHECK(same(C, Matrix{{-4}, {-4}}));
    // A B^T with A = [[1, 2]] (1 x 2), B = [[3, 4], [5, 6], [7, 8]] (3 x 2): [11, 17, 23]
    Matrix D = Matrix::from_shape({1, 3});
    matmul_a_bt(Matrix{{1, 2}}, Matrix{{3, 4}, {5, 6}, {7, 8}}, D);
    CHECK(same(D, Matrix{{11, 17, 23}}));
}

TEST_CASE("the kernels agree with the triple loop on random matrices", "[linalg]") {
    Rng rng(31);
    const std::size_t n = 7, k = 5, m = 9;
    const Matrix A = random_matrix(rng, n, k, -1, 1), B = random_matrix(rng, k, m, -1, 1);
    const Matrix G = random_matrix(rng, n, m, -1, 1);  // like a delta: samples x units
    Vector zero = xt::zeros<double>({m});

    Matrix C = Matrix::from_shape({n, m});
    matmul_bias(A, B, zero, C);
    CHECK(max_abs_difference(C, naive_product(A, B)) < 1e-14);

    Matrix dW = Matrix::from_shape({k, m});  // A^T G: k x m
    matmul_at_b(A, G, dW);
    CHECK(max_abs_difference(dW, naive_product(transpose(A), G)) < 1e-14);

    Matrix dA = Matrix::from_shape({n, k});  // G B^T: n x k
    matmul_a_bt(G, B, dA);
    CHECK(max_abs_difference(dA, naive_product(G, transpose(B))) < 1e-14);

    Vector s = Vector::from_shape({m});
    column_sums(G, s);
    for (std::size_t j = 0; j < m; ++j) {
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i) sum += G(i, j);
        CHECK(s(j) == within(sum, 1e-15));
    }
}

TEST_CASE("the float kernels agree with the double ones to float rounding, edges included",
          "[linalg][float32]") {
    // 13 x 17 times 17 x 11: blocks of 4 rows by 8 floats, and every kind of edge.
    Rng rng(7);
    const std::size_t n = 13, k = 17, m = 11;
    const Matrix A = random_matrix(rng, n, k, -1, 1), B = random_matrix(rng, k, m, -1, 1);
    const Matrix G = random_matrix(rng, n, m, -1, 1);
    Vector b = Vector::from_shape({m});
    for (auto& v : b) v = rng.uniform(-1, 1);
    MatrixF Af, Bf, Gf;
    VectorF bf;
    convert_into(A, Af);
    convert_into(B, Bf);
    convert_into(G, Gf);
    convert_into(b, bf);
    // Each sum has at most 17 terms of size below 1: float rounding stays under 1e-5.
    const auto close = [](const MatrixF& single, const Matrix& exact) {
        Matrix widened;
        convert_into(single, widened);
        return max_abs_difference(widened, exact) < 1e-5;
    };

    Matrix C = Matrix::from_shape({n, m});
    MatrixF Cf = MatrixF::from_shape({n, m});
    matmul_bias(A, B, b, C);
    matmul_bias(Af, Bf, bf, Cf);
    CHECK(close(Cf, C));

    Matrix dW = Matrix::from_shape({k, m});
    MatrixF dWf = MatrixF::from_shape({k, m});
    matmul_at_b(A, G, dW);
    matmul_at_b(Af, Gf, dWf);
    CHECK(close(dWf, dW));

    Matrix dA = Matrix::from_shape({n, k});
    MatrixF dAf = MatrixF::from_shape({n, k});
    matmul_a_bt(G, B, dA);
    matmul_a_bt(Gf, Bf, dAf);
    CHECK(close(dAf, dA));
}
