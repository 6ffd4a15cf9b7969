// Helpers shared by the core tests: seeded random matrices, absolute-tolerance comparisons and
// a check that an exception is std::invalid_argument with a given message.
#pragma once

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "neuronlab/rng.hpp"
#include "neuronlab/tensor.hpp"

// Asserts that `expr` throws std::invalid_argument whose what() is exactly `message`.
#define CHECK_INVALID(expr, message) \
    CHECK_THROWS_MATCHES(expr, std::invalid_argument, Catch::Matchers::Message(message))

// Asserts that `expr` throws std::invalid_argument whose what() contains `part`.
#define CHECK_INVALID_WITH(expr, part)                                                         \
    CHECK_THROWS_MATCHES(expr, std::invalid_argument,                                          \
                         Catch::Matchers::Predicate<std::invalid_argument>(                    \
                             [&](const std::invalid_argument& e) {                             \
                                 return std::string(e.what()).find(part) != std::string::npos; \
                             },                                                                \
                             std::string("message contains: ") + (part)))

// Approx with an absolute tolerance only: Catch's default relative epsilon (about 1e-5) is off.
inline Approx within(double target, double margin) {
    return Approx(target).epsilon(0.0).margin(margin);
}

// A rows x cols matrix of U(lo, hi) draws from `rng`, row by row.
inline nl::Matrix random_matrix(nl::Rng& rng, std::size_t rows, std::size_t cols, double lo,
                                double hi) {
    nl::Matrix M = nl::Matrix::from_shape({rows, cols});
    for (auto& v : M) v = rng.uniform(lo, hi);
    return M;
}

// The largest |a - b| over two matrices of the same shape.
inline double max_abs_difference(const nl::Matrix& a, const nl::Matrix& b) {
    double worst = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(a.data()[i] - b.data()[i]));
    return worst;
}

// Same shape and the same values, bit for bit (xtensor's own == does not mix with CHECK).
inline bool same(const nl::Matrix& a, const nl::Matrix& b) {
    return a.shape() == b.shape() && std::equal(a.begin(), a.end(), b.begin());
}
inline bool same(const nl::Vector& a, const nl::Vector& b) {
    return a.shape() == b.shape() && std::equal(a.begin(), a.end(), b.begin());
}
