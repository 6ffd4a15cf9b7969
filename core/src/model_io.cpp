// Model JSON, written and read with nlohmann::json; every field is checked and every failure
// names its path, e.g. "layers[1].weights[0][3] is a string; accepted: a finite number".
#include "neuronlab/model_io.hpp"

#include <nlohmann/json.hpp>

#include "neuronlab/validate.hpp"

namespace nl {

namespace {

using Json = nlohmann::json;
const char* kWhere = "model JSON";
const char* kFormat = "neuronlab.model";
constexpr int kVersion = 1;

const char* type_name(const Json& j) { return j.type_name(); }

// A value as messages show it: a string quoted, a number, true, false or null as written, an
// array or object of such values written out, all cut if long; a container holding containers
// by its kind only. Never dump() nested containers here: dump() recurses once per level, which
// overflows the stack on deeply nested input.
std::string describe(const Json& j) {
    if (j.is_string()) return quote(j.get<std::string>());
    for (const Json& item : j)  // a scalar iterates over itself, which is not structured
        if (item.is_structured()) return j.is_array() ? "an array" : "an object";
    return shorten(j.dump());
}

const Json& field(const Json& obj, const char* key, const std::string& path) {
    auto it = obj.find(key);
    if (it == obj.end()) fail(kWhere, path + key + " is missing");
    return *it;
}

double number_at(const Json& j, const std::string& path) {
    if (!j.is_number())
        fail(kWhere, path + " is " +
                         (j.is_string() ? "a string" : std::string("of type ") + type_name(j)) +
                         "; accepted: a finite number");
    const double v = j.get<double>();
    require_finite(v, kWhere, path);
    return v;
}

std::size_t count_at(const Json& j, const std::string& path) {
    if (!j.is_number_unsigned())
        fail(kWhere, path + " must be a whole number of at least 1, got " + describe(j));
    return j.get<std::size_t>();
}

const Json& array_at(const Json& j, std::size_t size, const std::string& path) {
    if (!j.is_array() || j.size() != size)
        fail(kWhere, path + " must be an array of " + std::to_string(size) + " entries, got " +
                         (j.is_array() ? std::to_string(j.size()) + " entries"
                                       : std::string("a ") + type_name(j)));
    return j;
}

}  // namespace

std::string model_to_json(const Network& net) {
    Json layers = Json::array();
    for (const auto& layer : net.layers()) {
        Json weights = Json::array();
        for (std::size_t i = 0; i < layer.fan_in(); ++i) {
            Json row = Json::array();
            for (std::size_t j = 0; j < layer.units(); ++j) row.push_back(layer.W(i, j));
            weights.push_back(std::move(row));
        }
        Json biases = Json::array();
        for (double b : layer.b) biases.push_back(b);
        layers.push_back({{"units", layer.units()},
                          {"activation", layer.activation->name},
                          {"weights", std::move(weights)},
                          {"biases", std::move(biases)}});
    }
    Json doc = {{"format", kFormat},
                {"version", kVersion},
                {"inputs", net.inputs()},
                {"loss", net.loss_function().name},
                {"layers", std::move(layers)}};
    return doc.dump();
}

Network model_from_json(const std::string& text) {
    const Json doc = Json::parse(text, nullptr, false);
    if (doc.is_discarded()) fail(kWhere, "the text is not valid JSON");
    if (!doc.is_object()) fail(kWhere, "expected an object at the top, got " + describe(doc));
    const Json& format = field(doc, "format", "");
    if (format != kFormat)
        fail(kWhere, "format must be \"neuronlab.model\", got " + describe(format));
    const Json& version = field(doc, "version", "");
    if (version != kVersion)
        fail(kWhere, "version " + describe(version) + " is not supported; accepted: 1");
    const std::size_t inputs = count_at(field(doc, "inputs", ""), "inputs");
    const Json& loss = field(doc, "loss", "");
    if (!loss.is_string())
        fail(kWhere, "loss must be a name such as \"mse\", got " + describe(loss));
    const Json& layers = field(doc, "layers", "");
    if (!layers.is_array()) fail(kWhere, "layers must be an array of layer objects");

    std::vector<LayerSpec> specs;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const std::string path = "layers[" + std::to_string(l) + "].";
        if (!layers[l].is_object())
            fail(kWhere, path.substr(0, path.size() - 1) + " must be an object");
        const Json& act = field(layers[l], "activation", path);
        if (!act.is_string())
            fail(kWhere, path + "activation must be a name, got " + describe(act));
        specs.push_back(
            {count_at(field(layers[l], "units", path), path + "units"), act.get<std::string>()});
    }
    Network net(inputs, specs, loss.get<std::string>());  // checks sizes and names

    for (std::size_t l = 0; l < layers.size(); ++l) {
        const std::string path = "layers[" + std::to_string(l) + "].";
        const Layer& layer = net.layers()[l];
        Matrix W = Matrix::from_shape({layer.fan_in(), layer.units()});
        Vector b = Vector::from_shape({layer.units()});
        const Json& rows =
            array_at(field(layers[l], "weights", path), layer.fan_in(), path + "weights");
        for (std::size_t i = 0; i < layer.fan_in(); ++i) {
            const std::string row_path = path + "weights[" + std::to_string(i) + "]";
            const Json& row = array_at(rows[i], layer.units(), row_path);
            for (std::size_t j = 0; j < layer.units(); ++j)
                W(i, j) = number_at(row[j], row_path + "[" + std::to_string(j) + "]");
        }
        const Json& biases =
            array_at(field(layers[l], "biases", path), layer.units(), path + "biases");
        for (std::size_t j = 0; j < layer.units(); ++j)
            b(j) = number_at(biases[j], path + "biases[" + std::to_string(j) + "]");
        net.set_parameters(l, W, b);
    }
    return net;
}

}  // namespace nl
