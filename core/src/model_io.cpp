// Model JSON, written and read with the core's own JSON reader (json.hpp); every field is
// checked and every failure names its path, e.g. "layers[1].weights[0][3] is a string; accepted:
// a finite number".
#include "neuronlab/model_io.hpp"

#include <cstdint>

#include "neuronlab/json.hpp"
#include "neuronlab/validate.hpp"

namespace nl {

namespace {

using json::Value;
const char* kWhere = "model JSON";
const char* kFormat = "neuronlab.model";
constexpr int kVersion = 1;

const char* type_name(const Value& j) { return json::type_name(j.type()); }

// A value as messages show it: a string quoted, a number, true, false or null as written, an
// array or object of such values written out, all cut if long; a container holding containers
// by its kind only.
std::string describe(const Value& j) {
    if (j.is_string()) return quote(std::string(j.text()));
    if (j.has_containers()) return j.is_array() ? "an array" : "an object";
    return shorten(j.dump());
}

Value field(const Value& obj, const char* key, const std::string& path) {
    Value v = obj;
    if (!obj.find(key, v)) fail(kWhere, path + key + " is missing");
    return v;
}

// Item `index` of the array at `path` as a finite number. The item's path, "path[index]", is
// built only for the message: a model has one number per weight.
double number_at(const Value& array, std::size_t index, const std::string& path) {
    const Value v = array[index];
    if (v.is_number() && std::isfinite(v.number())) return v.number();
    const std::string at = path + "[" + std::to_string(index) + "]";
    if (!v.is_number())
        fail(kWhere, at + " is " +
                         (v.is_string() ? "a string" : std::string("of type ") + type_name(v)) +
                         "; accepted: a finite number");
    require_finite(v.number(), kWhere, at);  // names the infinity a number like 1e400 reads as
    return v.number();
}

std::size_t count_at(const Value& j, const std::string& path) {
    if (!j.is_number() || !j.is_whole())
        fail(kWhere, path + " must be a whole number of at least 1, got " + describe(j));
    // Past what size_t holds (wasm32), the network's own limit check refuses it.
    return j.whole() > SIZE_MAX ? SIZE_MAX : static_cast<std::size_t>(j.whole());
}

Value array_at(const Value& j, std::size_t size, const std::string& path) {
    if (!j.is_array() || j.size() != size)
        fail(kWhere, path + " must be an array of " + std::to_string(size) + " entries, got " +
                         (j.is_array() ? std::to_string(j.size()) + " entries"
                                       : std::string("a ") + type_name(j)));
    return j;
}

void write_key(std::string& out, const char* key) {
    json::write_string(out, key);
    out += ':';
}

}  // namespace

std::string model_to_json(const Network& net) {
    std::string out = "{";
    write_key(out, "format");
    json::write_string(out, kFormat);
    out += ",";
    write_key(out, "version");
    out += std::to_string(kVersion) + ",";
    write_key(out, "inputs");
    out += std::to_string(net.inputs()) + ",";
    write_key(out, "loss");
    json::write_string(out, net.loss_function().name);
    out += ",";
    write_key(out, "layers");
    out += "[";
    for (std::size_t l = 0; l < net.layers().size(); ++l) {
        const Layer& layer = net.layers()[l];
        out += l ? ",{" : "{";
        write_key(out, "units");
        out += std::to_string(layer.units()) + ",";
        write_key(out, "activation");
        json::write_string(out, layer.activation->name);
        out += ",";
        write_key(out, "weights");
        out += "[";
        for (std::size_t i = 0; i < layer.fan_in(); ++i) {
            out += i ? ",[" : "[";
            for (std::size_t j = 0; j < layer.units(); ++j) {
                if (j) out += ",";
                json::write_number(out, layer.W(i, j));
            }
            out += "]";
        }
        out += "],";
        write_key(out, "biases");
        out += "[";
        for (std::size_t j = 0; j < layer.units(); ++j) {
            if (j) out += ",";
            json::write_number(out, layer.b(j));
        }
        out += "]}";
    }
    out += "]}";
    return out;
}

Network model_from_json(const std::string& text) {
    json::Document document;
    if (!document.parse(text)) fail(kWhere, "the text is not valid JSON");
    const Value doc = document.root();
    if (!doc.is_object()) fail(kWhere, "expected an object at the top, got " + describe(doc));
    const Value format = field(doc, "format", "");
    if (!format.is_string() || format.text() != kFormat)
        fail(kWhere, "format must be \"neuronlab.model\", got " + describe(format));
    const Value version = field(doc, "version", "");
    if (!version.is_number() || version.number() != kVersion)
        fail(kWhere, "version " + describe(version) + " is not supported; accepted: 1");
    const std::size_t inputs = count_at(field(doc, "inputs", ""), "inputs");
    const Value loss = field(doc, "loss", "");
    if (!loss.is_string())
        fail(kWhere, "loss must be a name such as \"mse\", got " + describe(loss));
    const Value layers = field(doc, "layers", "");
    if (!layers.is_array()) fail(kWhere, "layers must be an array of layer objects");

    std::vector<LayerSpec> specs;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const std::string path = "layers[" + std::to_string(l) + "].";
        if (!layers[l].is_object())
            fail(kWhere, path.substr(0, path.size() - 1) + " must be an object");
        const Value act = field(layers[l], "activation", path);
        if (!act.is_string())
            fail(kWhere, path + "activation must be a name, got " + describe(act));
        specs.push_back(
            {count_at(field(layers[l], "units", path), path + "units"), std::string(act.text())});
    }
    Network net(inputs, specs, std::string(loss.text()));  // checks sizes and names

    for (std::size_t l = 0; l < layers.size(); ++l) {
        const std::string path = "layers[" + std::to_string(l) + "].";
        const Layer& layer = net.layers()[l];
        Matrix W = Matrix::from_shape({layer.fan_in(), layer.units()});
        Vector b = Vector::from_shape({layer.units()});
        const Value rows =
            array_at(field(layers[l], "weights", path), layer.fan_in(), path + "weights");
        for (std::size_t i = 0; i < layer.fan_in(); ++i) {
            const std::string row_path = path + "weights[" + std::to_string(i) + "]";
            const Value row = array_at(rows[i], layer.units(), row_path);
            for (std::size_t j = 0; j < layer.units(); ++j) W(i, j) = number_at(row, j, row_path);
        }
        const std::string biases_path = path + "biases";
        const Value biases = array_at(field(layers[l], "biases", path), layer.units(), biases_path);
        for (std::size_t j = 0; j < layer.units(); ++j) b(j) = number_at(biases, j, biases_path);
        net.set_parameters(l, W, b);
    }
    return net;
}

}  // namespace nl
