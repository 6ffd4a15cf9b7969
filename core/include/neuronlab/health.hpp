// Training health: per layer, how large the loss's gradient is and how many units have stopped
// passing it back (dead: f'(z) = 0 on every sample, as a ReLU whose z is negative everywhere;
// saturated: f'(z) < 0.01 on most samples, as a sigmoid or tanh with large |z|).
// Does not: judge the numbers or suggest a fix (the widget words that); change any weight.
#pragma once

#include <cstddef>
#include <vector>

#include "neuronlab/network.hpp"

namespace nl {

// A unit is saturated where f'(z) is below this (sigmoid: |z| > 4.6; tanh: |z| > 3.0).
constexpr double kSaturatedSlope = 0.01;
// Trainer::health reads at most this many training samples, evenly spaced: one pass over them
// costs a few milliseconds at most for the largest network a trainer page allows.
constexpr std::size_t kHealthSamples = 512;

struct LayerHealth {
    double gradient_rms;  // sqrt(mean over the layer's weights of (dL/dW)^2), no regularisation
    std::size_t units;    // the layer's width
    std::size_t dead;     // units with f'(z) = 0 on every sample
    std::size_t
        saturated;  // other units with f'(z) < kSaturatedSlope on more than half the samples
};

// One backward pass over X (samples x inputs), Y (samples x outputs, encoded), no dropout:
// one LayerHealth per layer. The output layer's units are counted too, except softmax's (its
// derivative is not elementwise: dead and saturated stay 0). Overwrites the network's trace and
// gradients (the next backward() replaces them anyway).
std::vector<LayerHealth> layer_health(Network& net, const Matrix& X, const Matrix& Y);

}  // namespace nl
