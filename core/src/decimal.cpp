// Exact double <-> decimal conversions (decimal.hpp). Every double is m x 2^e with m < 2^53 and
// -1074 <= e <= 971, so its exact decimal expansion is the integer m x 2^e (e >= 0) or
// m x 5^-e shifted -e places right (e < 0): at most 767 significant digits. Rounding is decided
// on those digits. Whether a decimal D x 10^k lies above or below a midpoint between two doubles,
// n x 2^f, is decided in integers: D x 5^k x 2^k against n x 2^f, each power on whichever side
// keeps it whole.
#include "neuronlab/decimal.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

namespace nl::decimal {
namespace {

// A non-negative integer in base 2^32, least significant word first, no leading zero words.
class Big {
public:
    explicit Big(std::uint64_t v)
        : words_{static_cast<std::uint32_t>(v), static_cast<std::uint32_t>(v >> 32)} {
        trim();
    }

    // *this *= 2^bits
    void shift_left(int bits) {
        const int whole = bits / 32, part = bits % 32;
        if (part) {
            std::uint32_t carry = 0;
            for (auto& w : words_) {
                const std::uint32_t next = w >> (32 - part);
                w = (w << part) | carry;
                carry = next;
            }
            if (carry) words_.push_back(carry);
        }
        words_.insert(words_.begin(), static_cast<std::size_t>(whole), 0);
    }

    // *this *= m
    void multiply(std::uint32_t m) {
        std::uint64_t carry = 0;
        for (auto& w : words_) {
            carry += std::uint64_t{w} * m;
            w = static_cast<std::uint32_t>(carry);
            carry >>= 32;
        }
        if (carry) words_.push_back(static_cast<std::uint32_t>(carry));
    }

    // *this *= 5^k
    void multiply_pow5(long long k) {
        for (; k > 0; k -= 13) {  // 5^13 is the largest power of 5 below 2^32
            std::uint32_t power = 1;
            for (long long i = 0; i < std::min(k, 13LL); ++i) power *= 5;
            multiply(power);
        }
    }

    // The integer the decimal digits spell (no sign, no point), nine digits at a time.
    static Big from_digits(std::string_view digits) {
        Big big(0);
        for (std::size_t at = 0; at < digits.size(); at += 9) {
            const std::size_t count = std::min<std::size_t>(9, digits.size() - at);
            std::uint32_t chunk = 0, scale = 1;
            for (std::size_t i = at; i < at + count; ++i, scale *= 10)
                chunk = chunk * 10 + static_cast<std::uint32_t>(digits[i] - '0');
            big.multiply(scale);
            big.add(chunk);
        }
        return big;
    }

    // -1, 0 or 1 as a < b, a == b, a > b.
    friend int compare(const Big& a, const Big& b) {
        if (a.words_.size() != b.words_.size()) return a.words_.size() < b.words_.size() ? -1 : 1;
        for (std::size_t i = a.words_.size(); i-- > 0;)
            if (a.words_[i] != b.words_[i]) return a.words_[i] < b.words_[i] ? -1 : 1;
        return 0;
    }

    // The decimal digits, most significant first ("" for zero). Consumes the value.
    std::string take_digits() {
        std::string reversed;
        while (!words_.empty()) {
            std::uint32_t chunk = divide(1000000000);  // nine digits at a time
            for (int i = 0; i < 9 && (chunk || !words_.empty()); ++i, chunk /= 10)
                reversed += static_cast<char>('0' + chunk % 10);
        }
        return {reversed.rbegin(), reversed.rend()};
    }

private:
    // *this += v
    void add(std::uint32_t v) {
        for (std::size_t i = 0; v && i < words_.size(); ++i) {
            const std::uint64_t sum = std::uint64_t{words_[i]} + v;
            words_[i] = static_cast<std::uint32_t>(sum);
            v = static_cast<std::uint32_t>(sum >> 32);
        }
        if (v) words_.push_back(v);
    }

    // *this /= d; returns the remainder.
    std::uint32_t divide(std::uint32_t d) {
        std::uint64_t rest = 0;
        for (auto w = words_.rbegin(); w != words_.rend(); ++w) {
            rest = (rest << 32) | *w;
            *w = static_cast<std::uint32_t>(rest / d);
            rest %= d;
        }
        trim();
        return static_cast<std::uint32_t>(rest);
    }

    void trim() {
        while (!words_.empty() && words_.back() == 0) words_.pop_back();
    }

    std::vector<std::uint32_t> words_;
};

// A non-negative value 0.d1d2d3... x 10^point; digits has no leading or trailing zero, and is
// empty for zero.
struct Decimal {
    std::string digits;
    long long point = 0;
};

void drop_trailing_zeros(std::string& digits) { digits.erase(digits.find_last_not_of('0') + 1); }

// The exact value of m x 2^e.
Decimal exact(std::uint64_t m, int e) {
    Big big(m);
    if (e >= 0)
        big.shift_left(e);
    else
        big.multiply_pow5(-e);
    Decimal d{big.take_digits(), 0};
    d.point = static_cast<long long>(d.digits.size()) + (e < 0 ? e : 0);
    drop_trailing_zeros(d.digits);
    return d;
}

// A finite v >= 0 as m x 2^e, m < 2^53 (subnormals and zero have e = -1074).
struct Binary {
    std::uint64_t m;
    int e;
};

Binary binary(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    const int field = static_cast<int>(bits >> 52) & 0x7ff;
    const std::uint64_t fraction = bits & ((std::uint64_t{1} << 52) - 1);
    if (field == 0) return {fraction, -1074};
    return {fraction | (std::uint64_t{1} << 52), field - 1075};
}

// The midpoints between v = m x 2^e > 0 and the doubles either side of it: a value strictly
// between them reads as v; one exactly on either reads as whichever of the two has an even m.
Binary midpoint_above(const Binary& v) { return {2 * v.m + 1, v.e - 1}; }

Binary midpoint_below(const Binary& v) {
    // The next double down is (m-1) x 2^e, or (2^53-1) x 2^(e-1) below a power of two.
    const bool power_of_two = v.m == (std::uint64_t{1} << 52) && v.e > -1074;
    return power_of_two ? Binary{4 * v.m - 1, v.e - 2} : Binary{2 * v.m - 1, v.e - 1};
}

// -1, 0 or 1 as d < x, d == x, d > x, for d = 0.digits x 10^point, that is D x 10^k with D the
// digits as an integer and k = point - digits: D x 5^k x 2^k against x.m x 2^x.e.
int compare(const Big& D, const Decimal& d, const Binary& x) {
    const long long k = d.point - static_cast<long long>(d.digits.size());
    Big left = D, right(x.m);
    if (k >= 0)
        left.multiply_pow5(k);
    else
        right.multiply_pow5(-k);
    if (k >= x.e)
        left.shift_left(static_cast<int>(k - x.e));
    else
        right.shift_left(static_cast<int>(x.e - k));
    return compare(left, right);
}

// Where d reads against the double v = m x 2^e: 1 above v, -1 below it, 0 as v itself (strictly
// between the midpoints to its neighbours, or on one of them when m is even: ties go to even).
// D is d's digits as an integer.
int reads(const Big& D, const Decimal& d, const Binary& v) {
    const bool even = v.m % 2 == 0;
    const int up = compare(D, d, midpoint_above(v));
    if (up > 0 || (up == 0 && !even)) return 1;
    if (v.m == 0) return 0;  // nothing lies below zero for a d >= 0
    const int down = compare(D, d, midpoint_below(v));
    return down < 0 || (down == 0 && !even) ? -1 : 0;
}

// Rounds d to at most `precision` digits, ties to even.
void round_to(Decimal& d, std::size_t precision) {
    if (d.digits.size() <= precision) return;
    const char next = d.digits[precision];
    const bool more = d.digits.size() > precision + 1;  // non-zero digits beyond `next`
    const bool odd = (d.digits[precision - 1] - '0') % 2 == 1;
    d.digits.resize(precision);
    if (next > '5' || (next == '5' && (more || odd))) {
        std::size_t i = precision;
        while (i > 0 && d.digits[i - 1] == '9') d.digits[--i] = '0';
        if (i == 0) {  // 99.9 -> 100
            d.digits.insert(0, 1, '1');
            ++d.point;
        } else {
            ++d.digits[i - 1];
        }
    }
    drop_trailing_zeros(d.digits);
}

// d (rounded to `precision` digits) as "%.*g" writes it.
std::string write_g(bool negative, const Decimal& d, int precision) {
    std::string out = negative ? "-" : "";
    if (d.digits.empty()) return out + "0";
    const long long x = d.point - 1;  // the exponent in d.ddd x 10^x
    const auto n = static_cast<long long>(d.digits.size());
    if (x < -4 || x >= precision) {
        out += d.digits[0];
        if (n > 1) out += '.' + d.digits.substr(1);
        out += x < 0 ? "e-" : "e+";
        const std::string exponent = std::to_string(x < 0 ? -x : x);
        if (exponent.size() < 2) out += '0';
        out += exponent;
    } else if (x >= 0) {
        out += d.digits.substr(0, static_cast<std::size_t>(x + 1));
        if (n <= x) out.append(static_cast<std::size_t>(x + 1 - n), '0');
        if (n > x + 1) out += '.' + d.digits.substr(static_cast<std::size_t>(x + 1));
    } else {
        out += "0.";
        out.append(static_cast<std::size_t>(-x - 1), '0');
        out += d.digits;
    }
    return out;
}

}  // namespace

std::string format_g(double v, int precision) {
    const Binary b = binary(std::fabs(v));
    Decimal d = exact(b.m, b.e);
    round_to(d, static_cast<std::size_t>(precision));
    return write_g(std::signbit(v), d, precision);
}

std::string round_trip_g(double v, int first) {
    const Binary b = binary(std::fabs(v));
    if (b.m == 0) return format_g(v, first);
    const Decimal value = exact(b.m, b.e);
    for (int precision = first;; ++precision) {
        Decimal d = value;
        round_to(d, static_cast<std::size_t>(precision));
        if (reads(Big::from_digits(d.digits), d, b) == 0)
            return write_g(std::signbit(v), d, precision);
    }
}

double parse_decimal(std::string_view text) {
    std::size_t i = 0;
    const bool negative = i < text.size() && text[i] == '-';
    if (negative) ++i;
    const auto digit = [&] { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    Decimal in;
    bool fraction = false;
    for (; digit() || (!fraction && i < text.size() && text[i] == '.'); ++i) {
        if (text[i] == '.') {
            fraction = true;
        } else if (in.digits.empty() && text[i] == '0') {
            if (fraction) --in.point;  // 0.05 is 0.5 x 10^-1
        } else {
            in.digits += text[i];
            if (!fraction) ++in.point;
        }
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        const bool down = i < text.size() && text[i] == '-';
        if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
        long long exponent = 0;
        for (; digit(); ++i) exponent = std::min(exponent * 10 + (text[i] - '0'), 100000LL);
        in.point += down ? -exponent : exponent;
    }
    drop_trailing_zeros(in.digits);
    // No midpoint between doubles has more than 769 significant digits ((2m+1) x 2^(e-1) with
    // e >= -1075), so digits past the 800th only matter as "some are not zero": a 1 in their
    // place compares with every midpoint as they do, and keeps the integers below small.
    if (in.digits.size() > 800) in.digits.replace(800, std::string::npos, "1");

    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    double c;  // the candidate: near the value, then moved one double at a time to the nearest
    if (in.digits.empty() || in.point < -324) {  // below half the smallest subnormal
        c = 0;
    } else if (in.point > 309) {  // at least 10^309
        c = kInfinity;
    } else {
        // The first 19 digits times a power of ten: a few units in the last place off at most.
        const std::size_t lead = in.digits.size() < 19 ? in.digits.size() : 19;
        std::uint64_t u = 0;
        for (std::size_t k = 0; k < lead; ++k)
            u = u * 10 + static_cast<unsigned>(in.digits[k] - '0');
        const long long scale = in.point - static_cast<long long>(lead);  // value ~ u x 10^scale
        c = scale < -290
                ? static_cast<double>(u) * std::pow(10.0, static_cast<double>(scale + 290)) * 1e-290
                : static_cast<double>(u) * std::pow(10.0, static_cast<double>(scale));
        if (std::isinf(c)) c = std::numeric_limits<double>::max();
        const Big D = Big::from_digits(in.digits);
        // One double at a time towards the text, until it reads as c (or overflows to infinity).
        for (int side; !std::isinf(c) && (side = reads(D, in, binary(c))) != 0;)
            c = std::nextafter(c, side > 0 ? kInfinity : 0.0);
    }
    return negative ? -c : c;
}

}  // namespace nl::decimal
