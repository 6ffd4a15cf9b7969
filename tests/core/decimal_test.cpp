// decimal.hpp against the C library it replaces in the wasm build: natively, glibc's printf
// "%.*g" and strtod are exact (correctly rounded), so every answer must match theirs, character
// for character and bit for bit, over chosen edge cases and seeded random doubles and texts.
#include "neuronlab/decimal.hpp"

#include <catch2/catch.hpp>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "libc_reference.hpp"

using libc_reference::bits_of;
using libc_reference::from_bits;
using libc_reference::printf_g;
using nl::decimal::format_g;
using nl::decimal::parse_decimal;

namespace {

// Compares bits, so that -0 differs from 0; on failure, names the text.
void check_parse(const std::string& text) {
    INFO("text: " << text);
    CHECK(bits_of(parse_decimal(text)) == bits_of(std::strtod(text.c_str(), nullptr)));
}

const std::vector<double> kEdges = {0.0,
                                    -0.0,
                                    0.1,
                                    0.2,
                                    0.3,
                                    1.0 / 3,
                                    0.5,
                                    0.25,
                                    0.125,
                                    2.5,
                                    9.5,
                                    99.95,
                                    1e9,
                                    1e-5,
                                    1e-4,
                                    0.0001234,
                                    123456,
                                    1234567,
                                    1e15,
                                    1e16,
                                    1e17,
                                    1e21,
                                    1e22,
                                    1e23,
                                    9007199254740993.0,
                                    DBL_MAX,
                                    -DBL_MAX,
                                    DBL_MIN,
                                    DBL_MIN / 2,
                                    std::numeric_limits<double>::denorm_min(),
                                    3 * std::numeric_limits<double>::denorm_min(),
                                    5e-324,
                                    2.2250738585072011e-308,
                                    1.7976931348623157e308,
                                    0.30000000000000004,
                                    -2.5e-7,
                                    6.02214076e23,
                                    1.0000000000000002,
                                    0.9999999999999999};

}  // namespace

TEST_CASE("format_g writes what printf's %.*g writes, for every precision", "[decimal]") {
    for (const double v : kEdges) {
        for (int p = 1; p <= 17; ++p) {
            INFO("v = " << printf_g(v, 17) << ", precision " << p);
            CHECK(format_g(v, p) == printf_g(v, p));
        }
    }
    std::mt19937_64 rng(20261204);
    std::uniform_int_distribution<int> precision(1, 17);
    int finite = 0;
    while (finite < 40000) {  // any bit pattern: every exponent, subnormals, both signs
        const double v = from_bits(rng());
        if (!std::isfinite(v)) continue;
        ++finite;
        const int p = precision(rng);
        INFO("v = " << printf_g(v, 17) << ", precision " << p);
        REQUIRE(format_g(v, p) == printf_g(v, p));
    }
    for (int k = 0; k < 40000; ++k) {  // short decimals: ties, carries (9.95 -> 10), trailing zeros
        const double v =
            static_cast<double>(rng() % 100000) * std::pow(10.0, static_cast<int>(rng() % 30) - 20);
        const int p = precision(rng);
        INFO("v = " << printf_g(v, 17) << ", precision " << p);
        REQUIRE(format_g(v, p) == printf_g(v, p));
    }
}

TEST_CASE("round_trip_g picks the first precision whose printf text strtod reads back as v",
          "[decimal]") {
    std::mt19937_64 rng(11);
    std::vector<double> values = kEdges;
    for (int k = 0; k < 20000; ++k) values.push_back(from_bits(rng()));
    for (int k = 0; k < 20000; ++k)  // few digits: the first precisions read back
        values.push_back(static_cast<double>(rng() % 1000) /
                         std::pow(10.0, static_cast<int>(rng() % 8)));
    for (const double v : values) {
        if (!std::isfinite(v)) continue;
        for (const int first : {1, 15}) {
            INFO("v = " << printf_g(v, 17) << ", first " << first);
            REQUIRE(nl::decimal::round_trip_g(v, first) == libc_reference::round_trip_g(v, first));
        }
    }
}

TEST_CASE("parse_decimal reads what strtod reads, to the bit", "[decimal]") {
    for (const char* text : {"0",
                             "-0",
                             "0.0",
                             "00.000e5",
                             "1",
                             "-1",
                             "0.1",
                             "1e309",
                             "-1e309",
                             "1e-400",
                             "-1e-400",
                             "1.7976931348623157e308",
                             "1.7976931348623158e308",
                             "1.797693134862315807e308",
                             "1.7976931348623159e308",
                             "2.4703282292062327e-324",
                             "2.4703282292062328e-324",
                             "4.9406564584124654e-324",
                             "2.2250738585072011e-308",
                             "2.2250738585072012e-308",
                             "9007199254740993",
                             "9007199254740992.5",
                             "9007199254740993.0000000000000000001",
                             "123456789012345678901234567890",
                             "1e99999999999999999999",
                             "1e-99999999999999999999",
                             "0.000000000000000000000000000000000000000000001e45",
                             "1E2",
                             "1e+2",
                             "7.5e-1",
                             "1."}) {
        check_parse(text);
    }
    std::string long_one = "1.";
    long_one.append(900, '0');
    check_parse(long_one + "1");
    check_parse("0." + std::string(1000, '9'));

    std::mt19937_64 rng(4);
    for (int k = 0; k < 20000; ++k) {  // every double's text at 15, 16 and 17 digits
        const double v = from_bits(rng());
        if (!std::isfinite(v)) continue;
        for (int p = 15; p <= 17; ++p) check_parse(printf_g(v, p));
    }
    for (int k = 0; k < 20000; ++k) {  // random digits at any exponent, subnormal to overflow
        std::string text = std::to_string(rng() % 10) + ".";
        for (int d = static_cast<int>(rng() % 30); d > 0; --d)
            text += static_cast<char>('0' + rng() % 10);
        text += "e" + std::to_string(static_cast<int>(rng() % 680) - 345);
        check_parse(text);
    }
}

TEST_CASE("parse_decimal rounds a text exactly halfway between two doubles to the even one",
          "[decimal]") {
    // x86-64's long double has a 64-bit significand, so the midpoint of two adjacent doubles is
    // one exactly, and glibc prints it in full; just above or below it must round up or down.
    std::mt19937_64 rng(7);
    for (int k = 0; k < 4000; ++k) {
        const double v = std::fabs(from_bits(rng()));
        const double next = std::nextafter(v, HUGE_VAL);
        if (!std::isfinite(next)) continue;
        const long double mid = (static_cast<long double>(v) + next) / 2;
        char buf[1200];
        std::snprintf(buf, sizeof buf, "%.1100Le", mid);
        std::string text = buf;
        const std::size_t e = text.find('e');
        std::string digits = text.substr(0, e);
        digits.erase(digits.find_last_not_of('0') + 1);
        const std::string exponent = text.substr(e);
        check_parse(digits + exponent);
        CHECK(parse_decimal(digits + "000001" + exponent) == next);
        // Past the 800th significant digit, a non-zero digit still lifts the text off the midpoint.
        CHECK(parse_decimal(digits + std::string(900, '0') + "1" + exponent) == next);
        std::string below = digits;
        std::size_t last = below.size() - 1;
        --below[last];  // the last digit of an exact midpoint is 5: now just below it
        CHECK(parse_decimal(below + "9999" + exponent) == v);
    }
}
