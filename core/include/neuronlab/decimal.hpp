// Exact conversions between doubles and decimal text, with no floating-point arithmetic in the
// result: printf's "%.*g" and strtod, rewritten so that the wasm core links neither (musl's take
// about 7 KB gzipped with their 128-bit long-double helpers). Writing rounds the exact decimal
// expansion of a double (m x 2^e has at most 767 significant digits); reading compares the text
// with the midpoints between neighbouring doubles; both in a small bignum.
// Does not: accept NaN or infinity in format_g, or anything but a plain decimal in parse_decimal.
#pragma once

#include <string>
#include <string_view>

namespace nl::decimal {

// printf's "%.*g" of a finite v, 1 <= precision <= 17: v rounded to `precision` significant
// digits (ties to even, on v's exact value), in fixed notation when the rounded exponent X
// satisfies -4 <= X < precision and as d.ddde±XX otherwise, trailing zeros dropped.
// format_g(0.1, 17) == "0.10000000000000001", format_g(1e9, 1) == "1e+09", (-0.0, 3) == "-0".
std::string format_g(double v, int precision);

// format_g(v, p) at the smallest p >= first (first in 1..17) whose text reads back as v (17
// always does): round_trip_g(0.1, 1) == "0.1", round_trip_g(0.1 + 0.2, 15) ==
// "0.30000000000000004".
std::string round_trip_g(double v, int first);

// strtod of [-]digits[.digits][(e|E)[+|-]digits]: the double nearest the exact value written
// (ties to even), however many digits; ±infinity past the largest double, ±0 below the smallest.
// Text outside that grammar gives 0 (json.cpp checks the grammar before it calls this).
double parse_decimal(std::string_view text);

}  // namespace nl::decimal
