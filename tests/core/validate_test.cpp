// The shared input checks: numbers in messages are tokens of their exact bits, and each check
// names the function, the parameter, the value and the range.
#include "neuronlab/validate.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "testing.hpp"

using namespace nl;

TEST_CASE("format_number: words for NaN and infinities, else a token of the exact bits",
          "[validate]") {
    CHECK(format_number(std::nan("")) == "NaN");
    CHECK(format_number(INFINITY) == "Infinity");
    CHECK(format_number(-INFINITY) == "-Infinity");
    CHECK(format_number(1.0) ==
          "\x01"
          "3ff0000000000000"
          "\x01");
    CHECK(std::signbit(token_value(format_number(-0.0))));
    // Every finite double survives the trip through its token, the extremes too.
    Rng rng(8);
    for (int i = 0; i < 2000; ++i) {
        const double v = (rng.uniform() - 0.5) * std::pow(10.0, rng.uniform(-30.0, 30.0));
        REQUIRE(token_value(format_number(v)) == v);
    }
    for (double v : {std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::max()})
        CHECK(token_value(format_number(v)) == v);
    // As a reader sees them (the facade's rule, tests/js/messages.test.mjs checks the JS side).
    CHECK(readable(format_number(1.19)) == "1.19");
    CHECK(readable(format_number(10.0)) == "10");
    CHECK(readable(format_number(1e9)) == "1e+09");
}

TEST_CASE("a caller's text never reads as a number token", "[validate]") {
    CHECK(quote("a\x01"
                "3ff0000000000000"
                "\x01") == "\"a?3ff0000000000000?\"");
}

TEST_CASE("join_names lists names for 'accepted: ...'", "[validate]") {
    CHECK(join_names({}) == "");
    CHECK(join_names({"sgd"}) == "sgd");
    CHECK(join_names({"a", "b", "c"}) == "a, b, c");
}

TEST_CASE("the checks name function, parameter, value and range", "[validate][errors]") {
    CHECK_NOTHROW(require_finite(-1e300, "f", "x"));
    CHECK_INVALID(require_finite(std::nan(""), "train", "learning_rate"),
                  "train: learning_rate is NaN; accepted: a finite number");
    CHECK_NOTHROW(require_range(0.0, 0.0, 1.0, "f", "x"));
    CHECK_NOTHROW(require_range(1.0, 0.0, 1.0, "f", "x"));
    CHECK_INVALID(require_range(1.5, 0.0, 1.0, "make_dataset", "noise"),
                  "make_dataset: noise is 1.5; accepted: 0 to 1");
    CHECK_INVALID(require_range(-INFINITY, 0.0, 1.0, "make_dataset", "noise"),
                  "make_dataset: noise is -Infinity; accepted: a finite number");
    CHECK_NOTHROW(require_count(16, 1, 16, "f", "n"));
    CHECK_INVALID(require_count(0, 1, 16, "Network", "layers"),
                  "Network: layers is 0; accepted: 1 to 16");
    CHECK_INVALID(fail("where", "what"), "where: what");
}
