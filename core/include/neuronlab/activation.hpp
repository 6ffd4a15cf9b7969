// Activation functions as (value, derivative) pairs in one name table: the bindings, the
// widgets' attribute parsing and the docs all read this table, so adding one is a one-place change.
// Does not: know about layers or losses. Softmax is the one entry that is not elementwise.
#pragma once

#include <string>
#include <vector>

#include "neuronlab/tensor.hpp"

namespace nl {

struct Activation {
    std::string name;
    std::string formula;                  // a = f(z), plain text
    std::string derivative;               // da/dz, plain text
    bool hidden;                          // accepted in a hidden layer
    bool output;                          // accepted in the output layer
    double (*value)(double z);            // f(z); null for softmax (row-wise)
    double (*slope)(double z, double a);  // f'(z) given z and a = f(z); null for softmax
    // The same two over n contiguous values, each a loop with the function inlined (so it
    // vectorises): a_i = f(z_i); dz_i = da_i * f'(z_i, a_i). Null for softmax.
    void (*values)(const double* z, double* a, std::size_t n);
    void (*slopes)(const double* z, const double* a, const double* da, double* dz, std::size_t n);
};

const std::vector<Activation>& activation_table();

// The entry named `name`; throws std::invalid_argument naming `where`, the parameter `what`
// and the accepted names.
const Activation& find_activation(const std::string& name, std::string_view where,
                                  std::string_view what = "activation");

// The names of the activations accepted where `allowed` says (&Activation::hidden or ::output),
// as "a, b, c".
std::string activation_names(bool Activation::*allowed);

// A = f(Z), elementwise, or row-wise softmax. Z, A: samples x units (A is resized to match).
void activate(const Activation& f, const Matrix& Z, Matrix& A);

// dZ = dL/dZ from dA = dL/dA. Elementwise: dZ = dA * f'(Z).
// Softmax, per row: dZ_i = a_i * (dA_i - sum_j dA_j * a_j). All samples x units.
void activation_backward(const Activation& f, const Matrix& Z, const Matrix& A, const Matrix& dA,
                         Matrix& dZ);

}  // namespace nl
