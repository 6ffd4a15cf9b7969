// A network to and from JSON, schema "neuronlab.model" version 1:
// { "format": "neuronlab.model", "version": 1, "inputs": 2, "loss": "mse",
//   "layers": [ { "units": 4, "activation": "sigmoid",
//                 "weights": [[...fan_in rows of units numbers...]], "biases": [...] } ] }
// Does not: store training state (optimizer moments, epoch); a model is its weights.
#pragma once

#include <string>

#include "neuronlab/network.hpp"

namespace nl {

std::string model_to_json(const Network& net);

// Rejects malformed JSON, a wrong format or version, missing or ill-typed fields, shapes that
// disagree, and non-finite numbers, with a message naming the path (e.g. layers[1].biases[2]).
Network model_from_json(const std::string& text);

}  // namespace nl
