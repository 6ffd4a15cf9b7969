// libFuzzer target: arbitrary bytes as model JSON through the public nl::model_from_json.
// A rejection must be std::invalid_argument (any other exception escapes and counts as a crash);
// an accepted model must write out and read back to the same shape, names and weights, bit for bit.
// Does not: know how the JSON is parsed, so it holds for any reader behind model_from_json.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>

#include "neuronlab/model_io.hpp"

namespace {

// Stops the run with a message: libFuzzer saves the input as a crash reproducer.
[[noreturn]] void broken(const char* what) {
    std::fprintf(stderr, "fuzz_model_json: %s\n", what);
    std::abort();
}

bool same_bits(const nl::Matrix& a, const nl::Matrix& b) {
    return a.shape() == b.shape() &&
           std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

bool same_bits(const nl::Vector& a, const nl::Vector& b) {
    return a.shape() == b.shape() &&
           std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

void check_round_trip(const nl::Network& net) {
    const nl::Network again = nl::model_from_json(nl::model_to_json(net));  // must not throw
    if (again.shape() != net.shape()) broken("round trip changed the shape");
    if (again.loss_function().name != net.loss_function().name)
        broken("round trip changed the loss");
    for (std::size_t l = 0; l < net.layers().size(); ++l) {
        const nl::Layer &a = net.layers()[l], &b = again.layers()[l];
        if (a.activation != b.activation) broken("round trip changed an activation");
        if (!same_bits(a.W, b.W)) broken("round trip changed a weight");
        if (!same_bits(a.b, b.b)) broken("round trip changed a bias");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::optional<nl::Network> net;
    try {
        net.emplace(nl::model_from_json(text));
    } catch (const std::invalid_argument&) {
        return 0;  // a clear rejection: the expected outcome for most inputs
    }
    try {
        check_round_trip(*net);
    } catch (const std::invalid_argument& e) {
        std::fprintf(stderr, "fuzz_model_json: %s\n", e.what());
        broken("a model the reader accepted was rejected after writing it out");
    }
    return 0;
}
