// Text helpers for the messages that validate.hpp's checks throw.
#include "neuronlab/validate.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace nl {

void fail(std::string_view where, const std::string& what) {
    throw std::invalid_argument(std::string(where) + ": " + what);
}

void require_finite(double v, std::string_view where, std::string_view name) {
    if (!std::isfinite(v))
        fail(where, std::string(name) + " is " + format_number(v) + "; accepted: a finite number");
}

void require_range(double v, double lo, double hi, std::string_view where, std::string_view name) {
    require_finite(v, where, name);
    if (v < lo || v > hi)
        fail(where, std::string(name) + " is " + format_number(v) +
                        "; accepted: " + format_number(lo) + " to " + format_number(hi));
}

void require_count(std::size_t v, std::size_t lo, std::size_t hi, std::string_view where,
                   std::string_view name) {
    if (v < lo || v > hi)
        fail(where, std::string(name) + " is " + std::to_string(v) +
                        "; accepted: " + std::to_string(lo) + " to " + std::to_string(hi));
}

std::string format_number(double v) {
    if (std::isnan(v)) return "NaN";
    if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    std::string token(18, kNumberMark);
    for (int i = 0; i < 16; ++i) token[1 + i] = "0123456789abcdef"[(bits >> (60 - 4 * i)) & 15];
    return token;
}

namespace {
constexpr std::size_t kShown = 40;  // bytes of a caller's text that a message repeats

// The first bytes of a text, at most kShown, not splitting a UTF-8 character; a kNumberMark in
// them becomes '?'.
std::string head(const std::string& text) {
    std::size_t cut = std::min(kShown, text.size());
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    std::string out = text.substr(0, cut);
    std::replace(out.begin(), out.end(), kNumberMark, '?');
    return out;
}

std::string length(const std::string& text) {
    return " (" + std::to_string(text.size()) + " bytes)";
}
}  // namespace

std::string quote(const std::string& name) {
    if (name.size() <= kShown) return "\"" + head(name) + "\"";
    return "\"" + head(name) + "...\"" + length(name);
}

std::string join_names(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i];
    return out;
}

}  // namespace nl
