// libFuzzer target: decimal.hpp against the C library it stands in for in the wasm build.
// The bytes, read as text, must parse to strtod's double bit for bit whenever they are a
// decimal number ([-]digits[.digits][(e|E)[+|-]digits]); the first eight bytes, read as a
// finite double, must print as printf's "%.*g" at every precision, and round_trip_g must pick
// the first precision whose printf text strtod reads back as that double.
// Does not: check texts outside that grammar (strtod also reads hex, inf, nan and leading
// blanks, which the core's JSON reader never passes on).
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "../core/libc_reference.hpp"
#include "neuronlab/decimal.hpp"

namespace {

// Stops the run with a message: libFuzzer saves the input as a crash reproducer.
[[noreturn]] void broken(const std::string& what) {
    std::fprintf(stderr, "fuzz_decimal: %s\n", what.c_str());
    std::abort();
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// True when the whole of s is [-]digits[.digits][(e|E)[+|-]digits].
bool is_decimal(const std::string& s) {
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t from = i;
        while (i < s.size() && is_digit(s[i])) ++i;
        return i > from;
    };
    if (i < s.size() && s[i] == '-') ++i;
    if (!digits()) return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits()) return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (!digits()) return false;
    }
    return i == s.size();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    if (is_decimal(text) && libc_reference::bits_of(nl::decimal::parse_decimal(text)) !=
                                libc_reference::bits_of(std::strtod(text.c_str(), nullptr)))
        broken("parse_decimal and strtod differ on " + text);

    if (size < sizeof(double)) return 0;
    double v;
    std::memcpy(&v, data, sizeof v);
    if (!std::isfinite(v)) return 0;
    for (int p = 1; p <= 17; ++p) {
        const std::string expected = libc_reference::printf_g(v, p);
        if (nl::decimal::format_g(v, p) != expected)
            broken("format_g differs from %." + std::to_string(p) + "g: " + expected);
    }
    const std::string first = libc_reference::round_trip_g(v, 1);
    if (nl::decimal::round_trip_g(v, 1) != first) broken("round_trip_g(v, 1) is not " + first);
    return 0;
}
