// Input checks shared by every public entry point: each failure throws std::invalid_argument
// whose message names the function, the parameter, the value and what is accepted.
// Does not: recover from anything; callers let the exception travel to the caller (or to JS).
#pragma once

#include <cmath>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace nl {

// A number in a message. NaN and infinities as the words "NaN", "Infinity", "-Infinity"; a finite
// number as a token that carries its exact bits, kNumberMark + 16 lowercase hex digits +
// kNumberMark, which the JS facade writes as the shortest text that reads back as the same
// double ("1.19", "10", "1e+09"; web/src/engine/messages.js). So the core links no printf.
constexpr char kNumberMark = '\x01';
std::string format_number(double v);

// Joins names as "a, b, c" for "accepted: ..." messages.
std::string join_names(const std::vector<std::string>& names);

// A name from the caller, in double quotes, for messages: past 40 bytes it is cut (at a UTF-8
// character boundary) and its length given, so a 1 MB name does not make a 1 MB message. A
// kNumberMark in it becomes '?', so a caller's text never reads as a number token.
std::string quote(const std::string& name);

// The checks take `where` (the function) and the parameter's name as views, so a call with
// literals builds no string; a message is built only when a check fails (out of line).
[[noreturn]] void fail(std::string_view where, const std::string& what);

// The entry of a name table (activations, losses, optimizers, data sets, initializers,
// precisions: each a vector of structs with a `name`) called `name`; else throws naming `where`,
// the parameter `what`, the name given and every name the table accepts.
template <class Table>
const typename Table::value_type& find_named(const Table& table, const std::string& name,
                                             std::string_view where, std::string_view what) {
    for (const auto& entry : table)
        if (entry.name == name) return entry;
    std::vector<std::string> names;
    for (const auto& entry : table) names.push_back(entry.name);
    fail(where,
         std::string(what) + " " + quote(name) + " is unknown; accepted: " + join_names(names));
}

// v finite; else "<name> is <v>; accepted: a finite number".
void require_finite(double v, std::string_view where, std::string_view name);
// v finite and in [lo, hi]; else the range in the message.
void require_range(double v, double lo, double hi, std::string_view where, std::string_view name);
// lo <= v <= hi for a count or an index.
void require_count(std::size_t v, std::size_t lo, std::size_t hi, std::string_view where,
                   std::string_view name);

// Limits on network size: large enough for an MNIST-sized MLP, small enough for a browser tab.
constexpr std::size_t kMaxUnits = 4096;  // per layer, inputs included
constexpr std::size_t kMaxLayers = 16;   // dense layers, output included
constexpr std::size_t kMaxParameters = 4'000'000;

}  // namespace nl
