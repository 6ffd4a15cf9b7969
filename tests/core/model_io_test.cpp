// Model JSON: a network survives to_json -> from_json bit for bit (weights and outputs), and
// every malformed document is rejected with a message that names the offending path.
#include "neuronlab/model_io.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>

#include "testing.hpp"

using namespace nl;
using Json = nlohmann::json;

namespace {
bool bit_identical(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// A valid one-layer document, 2 inputs -> 1 sigmoid unit, to break one field at a time.
Json valid_document() {
    return Json::parse(R"({"format": "neuronlab.model", "version": 1, "inputs": 2, "loss": "mse",
        "layers": [{"units": 1, "activation": "sigmoid", "weights": [[0.5], [-1.25]],
                    "biases": [0.75]}]})");
}
std::string with(const std::function<void(Json&)>& edit) {
    Json doc = valid_document();
    edit(doc);
    return doc.dump();
}
}  // namespace

TEST_CASE("to_json then from_json gives bit-identical weights and the same outputs", "[model_io]") {
    Network net(3, {{5, "tanh"}, {4, "relu"}, {3, "softmax"}}, "softmax_ce");
    net.initialize("he", 12);
    Rng rng(4);
    for (auto& layer : net.layers())
        for (auto& b : layer.b) b = rng.normal();
    // Awkward doubles: thirds, the smallest subnormal, the largest finite, a negative zero.
    net.set_weight(0, 0, 0, 1.0 / 3.0);
    net.set_weight(0, 1, 0, std::numeric_limits<double>::denorm_min());
    net.set_weight(1, 2, 3, std::numeric_limits<double>::max());
    net.set_weight(2, 3, 2, -0.0);
    net.set_bias(1, 0, 0.1 + 0.2);

    const std::string text = model_to_json(net);
    Network back = model_from_json(text);

    CHECK(back.shape() == net.shape());
    CHECK(back.loss_function().name == "softmax_ce");
    for (std::size_t l = 0; l < 3; ++l) {
        INFO("layer " << l);
        CHECK(back.layers()[l].activation->name == net.layers()[l].activation->name);
        const auto &a = net.layers()[l], &b = back.layers()[l];
        for (std::size_t i = 0; i < a.W.size(); ++i)
            CHECK(bit_identical(a.W.data()[i], b.W.data()[i]));
        for (std::size_t j = 0; j < a.b.size(); ++j) CHECK(bit_identical(a.b(j), b.b(j)));
    }
    CHECK(std::signbit(back.layers()[2].W(3, 2)));

    // Same weights, same arithmetic: the same outputs, bit for bit. (The largest double would
    // overflow the forward pass to NaN, so both copies get an ordinary weight there first.)
    back.set_weight(1, 2, 3, 0.5);
    net.set_weight(1, 2, 3, 0.5);
    const Matrix X = random_matrix(rng, 5, 3, -1, 1);
    CHECK(same(net.forward(X).back().A, back.forward(X).back().A));

    // And the text itself is stable: writing the copy gives the same document.
    CHECK(model_to_json(back) == model_to_json(net));
}

TEST_CASE("the document has the schema's fields", "[model_io]") {
    Network net(2, {{3, "sigmoid"}, {1, "sigmoid"}}, "bce");
    net.initialize("uniform", 1);
    const Json doc = Json::parse(model_to_json(net));
    CHECK(doc["format"] == "neuronlab.model");
    CHECK(doc["version"] == 1);
    CHECK(doc["inputs"] == 2);
    CHECK(doc["loss"] == "bce");
    REQUIRE(doc["layers"].size() == 2);
    CHECK(doc["layers"][0]["units"] == 3);
    CHECK(doc["layers"][0]["activation"] == "sigmoid");
    CHECK(doc["layers"][0]["weights"].size() == 2);     // fan_in rows
    CHECK(doc["layers"][0]["weights"][0].size() == 3);  // of `units` numbers
    CHECK(doc["layers"][0]["biases"].size() == 3);
    CHECK(doc["layers"][1]["weights"][2][0].get<double>() == net.layers()[1].W(2, 0));
}

TEST_CASE("a hand-written document loads as written", "[model_io]") {
    Network net = model_from_json(valid_document().dump());
    CHECK(net.shape() == std::vector<std::size_t>{2, 1});
    CHECK(net.layers()[0].W(1, 0) == -1.25);
    CHECK(net.layers()[0].b(0) == 0.75);
    // z = 1 (0.5) + 1 (-1.25) + 0.75 = 0, sigmoid(0) = 0.5
    CHECK(net.forward(Matrix{{1.0, 1.0}}).back().A(0, 0) == 0.5);
}

TEST_CASE("malformed documents are rejected with the path of the problem", "[model_io][errors]") {
    CHECK_INVALID(model_from_json("{\"format\": \"neuronlab.model\", "),
                  "model JSON: the text is not valid JSON");
    CHECK_INVALID(model_from_json("[1, 2]"),
                  "model JSON: expected an object at the top, got [1,2]");
    CHECK_INVALID(model_from_json(with([](Json& d) { d["format"] = "keras"; })),
                  "model JSON: format must be \"neuronlab.model\", got \"keras\"");
    CHECK_INVALID(model_from_json(with([](Json& d) { d.erase("format"); })),
                  "model JSON: format is missing");
    CHECK_INVALID(model_from_json(with([](Json& d) { d["version"] = 2; })),
                  "model JSON: version 2 is not supported; accepted: 1");
    CHECK_INVALID(model_from_json(with([](Json& d) { d.erase("inputs"); })),
                  "model JSON: inputs is missing");
    CHECK_INVALID(model_from_json(with([](Json& d) { d["inputs"] = "2"; })),
                  "model JSON: inputs must be a whole number of at least 1, got \"2\"");
    CHECK_INVALID(model_from_json(with([](Json& d) { d["loss"] = 7; })),
                  "model JSON: loss must be a name such as \"mse\", got 7");
    CHECK_INVALID(model_from_json(with([](Json& d) { d["layers"] = Json::object(); })),
                  "model JSON: layers must be an array of layer objects");
    CHECK_INVALID(model_from_json(with([](Json& d) { d["layers"].push_back(5); })),
                  "model JSON: layers[1] must be an object");
    CHECK_INVALID(model_from_json(with([](Json& d) { d["layers"][0].erase("activation"); })),
                  "model JSON: layers[0].activation is missing");
    CHECK_INVALID(model_from_json(with([](Json& d) { d["layers"][0]["units"] = -1; })),
                  "model JSON: layers[0].units must be a whole number of at least 1, got -1");
    CHECK_INVALID(model_from_json(with([](Json& d) { d["layers"][0]["units"] = 1.5; })),
                  "model JSON: layers[0].units must be a whole number of at least 1, got 1.5");
    CHECK_INVALID(model_from_json(with([](Json& d) {
                      d["layers"][0]["weights"][1] = Json::array({2, 3});
                  })),
                  "model JSON: layers[0].weights[1] must be an array of 1 entries, got 2 entries");
    CHECK_INVALID(model_from_json(with([](Json& d) { d["layers"][0]["weights"][1][0] = "2"; })),
                  "model JSON: layers[0].weights[1][0] is a string; accepted: a finite number");
    CHECK_INVALID(model_from_json(with([](Json& d) { d["layers"][0]["biases"][0] = nullptr; })),
                  "model JSON: layers[0].biases[0] is of type null; accepted: a finite number");
    CHECK_INVALID(model_from_json(with([](Json& d) { d["layers"][0].erase("biases"); })),
                  "model JSON: layers[0].biases is missing");
    CHECK_INVALID(model_from_json(with([](Json& d) { d["layers"][0]["biases"] = Json::array(); })),
                  "model JSON: layers[0].biases must be an array of 1 entries, got 0 entries");
}

TEST_CASE("documents that describe an impossible network name the layer field",
          "[model_io][errors]") {
    // These reach the network's own checks, which name the same path.
    CHECK_INVALID_WITH(model_from_json(with([](Json& d) { d["layers"] = Json::array(); })),
                       "layers is empty; accepted: 1 to 16 layers");
    CHECK_INVALID_WITH(model_from_json(with([](Json& d) { d["layers"][0]["units"] = 0; })),
                       "layers[0].units is 0; accepted: 1 to 4096");
    CHECK_INVALID_WITH(model_from_json(with([](Json& d) { d["layers"][0]["units"] = 100000; })),
                       "layers[0].units is 100000; accepted: 1 to 4096");
    CHECK_INVALID_WITH(
        model_from_json(with([](Json& d) { d["layers"][0]["activation"] = "swish"; })),
        "layers[0].activation \"swish\" is unknown; accepted: step, sigmoid, "
        "tanh, relu, linear, softmax");
    CHECK_INVALID_WITH(model_from_json(with([](Json& d) { d["loss"] = "hinge"; })),
                       "loss \"hinge\" is unknown; accepted: mse, bce, softmax_ce");
    CHECK_INVALID_WITH(model_from_json(with([](Json& d) { d["inputs"] = 0; })),
                       "inputs is 0; accepted: 1 to 4096");
}
