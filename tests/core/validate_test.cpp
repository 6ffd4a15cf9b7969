// The shared input checks: numbers in messages are the shortest text that reads back as the
// same double, and each check names the function, the parameter, the value and the range.
#include "neuronlab/validate.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "testing.hpp"

using namespace nl;

TEST_CASE("format_number gives the shortest text that reads back as the same number",
          "[validate]") {
    CHECK(format_number(1.19) == "1.19");
    CHECK(format_number(0.1) == "0.1");
    CHECK(format_number(-0.5) == "-0.5");
    CHECK(format_number(0.0) == "0");
    CHECK(format_number(10.0) == "10");  // not "1e+01"
    CHECK(format_number(100.0) == "100");
    CHECK(format_number(1000.0) == "1000");
    CHECK(format_number(1e9) == "1e+09");  // shorter than "1000000000"
    CHECK(format_number(1e-6) == "1e-06");
    CHECK(format_number(123456.0) == "123456");
    CHECK(format_number(1.0 / 3.0) == "0.3333333333333333");
    CHECK(format_number(0.1 + 0.2) == "0.30000000000000004");
    CHECK(format_number(std::nan("")) == "NaN");
    CHECK(format_number(INFINITY) == "Infinity");
    CHECK(format_number(-INFINITY) == "-Infinity");
    // Every finite double survives the trip through its text.
    Rng rng(8);
    for (int i = 0; i < 2000; ++i) {
        const double v = (rng.uniform() - 0.5) * std::pow(10.0, rng.uniform(-30.0, 30.0));
        REQUIRE(std::strtod(format_number(v).c_str(), nullptr) == v);
    }
    const double tiny = std::numeric_limits<double>::denorm_min();
    const double huge = std::numeric_limits<double>::max();
    CHECK(std::strtod(format_number(tiny).c_str(), nullptr) == tiny);
    CHECK(std::strtod(format_number(huge).c_str(), nullptr) == huge);
}

TEST_CASE("join_names lists names for 'accepted: ...'", "[validate]") {
    CHECK(join_names({}) == "");
    CHECK(join_names({"sgd"}) == "sgd");
    CHECK(join_names({"a", "b", "c"}) == "a, b, c");
}

TEST_CASE("the checks name function, parameter, value and range", "[validate][errors]") {
    CHECK_NOTHROW(require_finite(-1e300, "f", "x"));
    CHECK_INVALID(require_finite(std::nan(""), "train", "learningRate"),
                  "train: learningRate is NaN; accepted: a finite number");
    CHECK_NOTHROW(require_range(0.0, 0.0, 1.0, "f", "x"));
    CHECK_NOTHROW(require_range(1.0, 0.0, 1.0, "f", "x"));
    CHECK_INVALID(require_range(1.5, 0.0, 1.0, "makeDataset", "noise"),
                  "makeDataset: noise is 1.5; accepted: 0 to 1");
    CHECK_INVALID(require_range(-INFINITY, 0.0, 1.0, "makeDataset", "noise"),
                  "makeDataset: noise is -Infinity; accepted: a finite number");
    CHECK_NOTHROW(require_count(16, 1, 16, "f", "n"));
    CHECK_INVALID(require_count(0, 1, 16, "createNetwork", "layers"),
                  "createNetwork: layers is 0; accepted: 1 to 16");
    CHECK_INVALID(fail("where", "what"), "where: what");
}
