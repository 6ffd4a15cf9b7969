// Reads the golden files in tests/golden/, shared with the JavaScript tests.
#pragma once

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

inline nlohmann::json read_golden(const std::string& name) {
    std::ifstream in(std::string(NEURONLAB_GOLDEN_DIR) + "/" + name);
    if (!in) throw std::runtime_error("cannot open golden file " + name);
    return nlohmann::json::parse(in);
}
