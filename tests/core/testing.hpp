// Helpers shared by the core tests: seeded random matrices, absolute-tolerance comparisons and
// a check that an exception is std::invalid_argument with a given message (its number tokens
// written out as the facade writes them).
#pragma once

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

#include "neuronlab/rng.hpp"
#include "neuronlab/tensor.hpp"
#include "neuronlab/validate.hpp"

// The double a format_number token carries (kNumberMark, 16 hex digits of its bits, kNumberMark).
inline double token_value(const std::string& token) {
    const std::uint64_t bits = std::strtoull(token.substr(1, 16).c_str(), nullptr, 16);
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

// A core message as a reader sees it: each number token written as the facade writes it, the
// shortest printf "%.*g" that reads back as the same double (ties: the smaller precision).
inline std::string readable(const std::string& message) {
    std::string out;
    for (std::size_t i = 0; i < message.size(); ++i) {
        if (message[i] != nl::kNumberMark || i + 17 >= message.size()) {
            out += message[i];
            continue;
        }
        const double v = token_value(message.substr(i, 18));
        std::string best;
        for (int precision = 1; precision <= 17; ++precision) {
            char text[40];
            std::snprintf(text, sizeof text, "%.*g", precision, v);
            if (std::strtod(text, nullptr) == v &&
                (best.empty() || std::strlen(text) < best.size()))
                best = text;
        }
        out += best;
        i += 17;
    }
    return out;
}

// Asserts that `expr` throws std::invalid_argument whose readable what() is exactly `message`.
#define CHECK_INVALID(expr, message)                                                \
    CHECK_THROWS_MATCHES(expr, std::invalid_argument,                               \
                         Catch::Matchers::Predicate<std::invalid_argument>(         \
                             [&](const std::invalid_argument& e) {                  \
                                 return readable(e.what()) == std::string(message); \
                             },                                                     \
                             std::string("message is: ") + (message)))

// Asserts that `expr` throws std::invalid_argument whose readable what() contains `part`.
#define CHECK_INVALID_WITH(expr, part)                                                      \
    CHECK_THROWS_MATCHES(expr, std::invalid_argument,                                       \
                         Catch::Matchers::Predicate<std::invalid_argument>(                 \
                             [&](const std::invalid_argument& e) {                          \
                                 return readable(e.what()).find(part) != std::string::npos; \
                             },                                                             \
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
