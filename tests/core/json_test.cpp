// The core's JSON reader and writers: strict RFC 8259 syntax, escapes and UTF-8, numbers with
// their exact integers, any nesting depth without recursion, and numbers that read back exactly.
#include "neuronlab/json.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

using namespace nl::json;

namespace {
bool valid(const std::string& text) { return Document().parse(text); }
}  // namespace

TEST_CASE("valid JSON of every kind reads back", "[json]") {
    Document d;
    REQUIRE(
        d.parse(R"( {"a": [1, -2.5e1, true, false, null, "x\u00e9\ud83d\ude00\n"], "b": {}} )"));
    const Value root = d.root();
    REQUIRE(root.is_object());
    Value a = root;
    REQUIRE(root.find("a", a));
    REQUIRE(a.size() == 6);
    CHECK(a[0].is_whole());
    CHECK(a[0].whole() == 1);
    CHECK(a[1].number() == -25.0);
    CHECK_FALSE(a[1].is_whole());
    CHECK(a[2].type() == Type::boolean);
    CHECK(a[2].boolean());
    CHECK_FALSE(a[3].boolean());
    CHECK(a[4].type() == Type::null);
    CHECK(a[5].text() == "x\xc3\xa9\xf0\x9f\x98\x80\n");
    Value b = root;
    REQUIRE(root.find("b", b));
    CHECK(b.is_object());
    CHECK(b.size() == 0);
    CHECK_FALSE(root.find("c", b));
}

TEST_CASE("a repeated key reads as its last value", "[json]") {
    Document d;
    REQUIRE(d.parse(R"({"k": 1, "k": 2})"));
    Value v = d.root();
    REQUIRE(d.root().find("k", v));
    CHECK(v.whole() == 2);
}

TEST_CASE("malformed JSON is refused", "[json]") {
    for (const char* text : {"",
                             " ",
                             "{",
                             "[1,]",
                             "[,1]",
                             "{\"a\" 1}",
                             "{\"a\":1,}",
                             "{a:1}",
                             "01",
                             "1.",
                             ".5",
                             "-",
                             "1e",
                             "+1",
                             "tru",
                             "nul",
                             "\"abc",
                             "\"\\x\"",
                             "\"\\ud800\"",
                             "\"\\udc00\"",
                             "[1] 2",
                             "\"tab\there\"",
                             "\"\xff\"",
                             "\"\xc0\xaf\"",
                             "\"\xed\xa0\x80\"",
                             "NaN",
                             "Infinity"})
        CHECK_FALSE(valid(text));
}

TEST_CASE("integers past 64 bits are numbers but not whole", "[json]") {
    Document d;
    REQUIRE(d.parse("[18446744073709551615, 18446744073709551616, -0]"));
    CHECK(d.root()[0].is_whole());
    CHECK(d.root()[0].whole() == 18446744073709551615ull);
    CHECK_FALSE(d.root()[1].is_whole());
    CHECK(d.root()[1].number() == 18446744073709551616.0);
    CHECK(std::signbit(d.root()[2].number()));
}

TEST_CASE("deep nesting reads without recursion", "[json]") {
    const std::size_t depth = 200000;
    Document d;
    REQUIRE(d.parse(std::string(depth, '[') + std::string(depth, ']')));
    CHECK(d.root().is_array());
    CHECK(d.root().has_containers());
    CHECK_FALSE(valid(std::string(depth, '[') + std::string(depth - 1, ']')));
}

TEST_CASE("dump writes scalars and flat containers compactly", "[json]") {
    Document d;
    REQUIRE(d.parse(R"([1, -1, 1.5, 2.0, "q\"", null, [3]])"));
    CHECK(d.root().dump() == R"([1,-1,1.5,2.0,"q\"",null,[...]])");
}

TEST_CASE("write_number reads back to the same bits, shortest first", "[json]") {
    const double values[] = {0.1,
                             1.0 / 3.0,
                             -0.0,
                             1e300,
                             std::numeric_limits<double>::denorm_min(),
                             std::numeric_limits<double>::max(),
                             0.1 + 0.2};
    for (double v : values) {
        std::string text;
        write_number(text, v);
        Document d;
        REQUIRE(d.parse(text));
        const double back = d.root().number();
        CHECK(std::memcmp(&back, &v, sizeof v) == 0);
    }
    std::string text;
    write_number(text, 0.1);
    CHECK(text == "0.1");
}

TEST_CASE("write_string escapes quotes, backslashes and control characters", "[json]") {
    std::string out;
    write_string(out, std::string("a\"b\\c\n\x01", 7));
    CHECK(out == R"("a\"b\\c\u000a\u0001")");
}
