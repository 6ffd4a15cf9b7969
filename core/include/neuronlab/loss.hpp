// Losses as (value, gradient) pairs in one name table, each averaged over the batch.
// Does not: choose the output activation; it says which outputs it accepts and which one it
// fuses with (sigmoid + bce, softmax + softmax_ce give dL/dZ = (P - Y) / n directly).
#pragma once

#include <string>
#include <vector>

#include "neuronlab/tensor.hpp"

namespace nl {

struct Loss {
    std::string name;
    std::string formula;               // plain text
    std::vector<std::string> outputs;  // accepted output activations (empty: any)
    std::string fused_activation;      // output activation whose dL/dZ is (P - Y) * scale
    // L(P, Y) for predictions P and targets Y, both samples x outputs.
    double (*value)(const Matrix& P, const Matrix& Y);
    // dP = dL/dP, samples x outputs.
    void (*gradient)(const Matrix& P, const Matrix& Y, Matrix& dP);
    // The scale in dL/dZ = (P - Y) * scale for the fused activation (given the batch shape).
    double (*fused_scale)(std::size_t samples, std::size_t outputs);
};

const std::vector<Loss>& loss_table();

const Loss& find_loss(const std::string& name, std::string_view where);

// Checks that targets suit the loss (0/1 for bce, one-hot rows for softmax_ce, finite for mse).
void validate_targets(const Loss& loss, const Matrix& Y, std::string_view where);

}  // namespace nl
