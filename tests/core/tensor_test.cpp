// ensure_shape: a buffer reused with the same shape keeps its memory; another shape resizes it.
#include "neuronlab/tensor.hpp"

#include <catch2/catch.hpp>

using namespace nl;

TEST_CASE("ensure_shape resizes only when the shape differs", "[tensor]") {
    Matrix M = Matrix::from_shape({3, 4});
    M.fill(1.5);
    const double* before = M.data();
    ensure_shape(M, 3, 4);
    CHECK(M.data() == before);  // no reallocation
    CHECK(M(2, 3) == 1.5);      // and the values stay
    ensure_shape(M, 5, 2);
    CHECK(M.shape(0) == 5);
    CHECK(M.shape(1) == 2);

    Vector v = Vector::from_shape({6});
    const double* vb = v.data();
    ensure_shape(v, 6);
    CHECK(v.data() == vb);
    ensure_shape(v, 2);
    CHECK(v.shape(0) == 2);
}
