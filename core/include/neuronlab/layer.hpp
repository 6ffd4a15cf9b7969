// One dense layer: Z = A_prev * W + b, A = f(Z); and the buffers its forward and backward
// passes fill. Does not: run the passes (network.hpp does) or own the loss.
#pragma once

#include <string>

#include "neuronlab/activation.hpp"
#include "neuronlab/tensor.hpp"

namespace nl {

// What a layer is: its width, activation name and dropout rate.
struct LayerSpec {
    std::size_t units = 0;
    std::string activation;
    double dropout = 0.0;
};

struct Layer {
    const Activation* activation = nullptr;
    Matrix W;  // fan_in x units; W(i, j) connects unit i below to unit j here
    Vector b;  // units
    // Inverted dropout rate p in [0, 0.9], hidden layers only: in a training pass each unit's
    // activation is kept with probability 1 - p and scaled by 1 / (1 - p), else set to 0.
    double dropout = 0.0;

    std::size_t fan_in() const { return W.shape(0); }
    std::size_t units() const { return W.shape(1); }
};

// The forward pass of one layer over a batch: samples x units each.
struct LayerTrace {
    Matrix Z;  // pre-activation
    Matrix A;  // activation f(Z)
    // In a training pass through a layer with dropout (else unused): mask, each entry 0 or
    // 1 / (1 - p), and dropped = A .* mask, the output the next layer reads.
    Matrix mask, dropped;
};

// The backward pass of one layer: the delta over the batch and the loss's parameter gradients.
struct LayerGradient {
    Matrix delta;  // dL/dZ, samples x units
    Matrix dW;     // dL/dW, fan_in x units
    Vector db;     // dL/db, units
};

}  // namespace nl
