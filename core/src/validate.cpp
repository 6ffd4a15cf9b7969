// Text helpers for the messages that validate.hpp's checks throw.
#include "neuronlab/validate.hpp"

#include "neuronlab/decimal.hpp"

namespace nl {

std::string format_number(double v) {
    if (std::isnan(v)) return "NaN";
    if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
    // The shortest text over all precisions that reads back as v: %.1g turns 10 into "1e+01",
    // %.2g gives "10"; 1e9 stays "1e+09", shorter than "1000000000".
    std::string best = decimal::round_trip_g(v, 1);
    for (int precision = 2; precision <= 17; ++precision) {
        std::string text = decimal::round_trip_g(v, precision);
        if (text.size() < best.size()) best = std::move(text);
    }
    return best;
}

namespace {
constexpr std::size_t kShown = 40;  // bytes of a caller's text that a message repeats

// The first bytes of a long text, at most kShown, not splitting a UTF-8 character.
std::string head(const std::string& text) {
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut);
}

std::string length(const std::string& text) {
    return " (" + std::to_string(text.size()) + " bytes)";
}
}  // namespace

std::string quote(const std::string& name) {
    if (name.size() <= kShown) return "\"" + name + "\"";
    return "\"" + head(name) + "...\"" + length(name);
}

std::string shorten(const std::string& text) {
    if (text.size() <= kShown) return text;
    return head(text) + "..." + length(text);
}

std::string join_names(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i];
    return out;
}

}  // namespace nl
