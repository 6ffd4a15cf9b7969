// The C library's answers that decimal.hpp must give too. Natively, glibc's printf and strtod are
// exact (correctly rounded), so they are the reference for tests/core/decimal_test.cpp and
// tests/fuzz/fuzz_decimal.cpp.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace libc_reference {

// printf's "%.*g" of v.
inline std::string printf_g(double v, int precision) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", precision, v);
    return buf;
}

// printf_g(v, p) at the first p >= first whose text strtod reads back as v (17 always does).
inline std::string round_trip_g(double v, int first) {
    for (int p = first; p < 17; ++p) {
        const std::string text = printf_g(v, p);
        if (std::strtod(text.c_str(), nullptr) == v) return text;
    }
    return printf_g(v, 17);
}

// The bits of a double, so that a comparison tells -0 from 0.
inline std::uint64_t bits_of(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return bits;
}

inline double from_bits(std::uint64_t bits) {
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

}  // namespace libc_reference
