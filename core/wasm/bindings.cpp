// The Embind layer: the only file that includes <emscripten/...>. It converts between JS values
// and core types (matrices cross as { rows, cols, data: Float64Array } copies). No exception
// crosses into JS: a C++ error is caught here, its message left in Module.lastError, and the
// call returns normally, so every destructor runs; the facade (web/src/engine/) throws it.
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <cmath>
#include <cstdint>
#include <memory>
#include <string>

#include "neuronlab/dataset.hpp"
#include "neuronlab/gradcheck.hpp"
#include "neuronlab/network.hpp"
#include "neuronlab/neuron.hpp"
#include "neuronlab/optimizer.hpp"
#include "neuronlab/perceptron.hpp"
#include "neuronlab/trainer.hpp"
#include "neuronlab/validate.hpp"

using emscripten::val;
using namespace nl;

namespace {

EM_JS(void, report_error, (const char* message), { Module["lastError"] = UTF8ToString(message); });

// Runs f; on a C++ exception, leaves its message in Module.lastError and returns an empty
// value (undefined, 0 or null) for the facade to replace with a thrown Error.
template <class F>
auto guarded(F&& f) -> decltype(f()) {
    using Result = decltype(f());
    try {
        return f();
    } catch (const std::exception& e) {
        report_error(e.what());
    }
    if constexpr (std::is_same_v<Result, val>)
        return val::undefined();
    else if constexpr (!std::is_void_v<Result>)
        return Result{};
}

// ---- JS -> C++ ---------------------------------------------------------------------------

// The conversions here and below are called from many bindings: [[gnu::noinline]] keeps one
// copy of each in the module instead of one per caller (a call costs nothing next to copying
// the arrays).

// The longest array a call takes: 2^26 numbers (512 MB as doubles), so that an absurd length
// is refused with a message instead of failing an allocation.
constexpr double kMaxNumbers = 67108864;

// A JS array or typed array of numbers (the facade has already turned what is not a number
// into NaN, which the core rejects with its own message).
[[gnu::noinline]] std::vector<double> numbers(const val& v, std::string_view where,
                                              std::string_view name) {
    const double length = v["length"].as<double>();
    if (!(length >= 0 && length <= kMaxNumbers))
        fail(where, std::string(name) + " must be an array of at most 67108864 numbers");
    return emscripten::convertJSArrayToNumberVector<double>(v);
}

// A count or an index: a whole number up to 2^32 - 1, which size_t holds on wasm32 too, so
// the cast is exact (a larger value must not wrap around to a small one). The core then checks
// its own, tighter range and names it.
[[gnu::noinline]] std::size_t count(double v, std::string_view where, std::string_view name) {
    if (!(v >= 0 && v <= 4294967295.0 && v == std::floor(v)))
        fail(where, std::string(name) + " is " + format_number(v) +
                        "; accepted: a whole number from 0 to 4294967295");
    return static_cast<std::size_t>(v);
}

// A seed: any whole number a JS number holds exactly, 0 to 2^53 - 1 (kept as 64 bits).
[[gnu::noinline]] std::uint64_t seed(double v, std::string_view where) {
    if (!(v >= 0 && v <= 9007199254740991.0 && v == std::floor(v)))
        fail(where, "seed is " + format_number(v) +
                        "; accepted: a whole number from 0 to 9007199254740991");
    return static_cast<std::uint64_t>(v);
}

// { rows, cols, data } -> Matrix, checking that data holds rows * cols numbers (the product in
// double, which cannot wrap around as a 32-bit size_t would).
[[gnu::noinline]] Matrix matrix(const val& m, std::string_view where, std::string_view name) {
    const std::size_t rows = count(m["rows"].as<double>(), where, std::string(name) + " rows");
    const std::size_t cols = count(m["cols"].as<double>(), where, std::string(name) + " cols");
    const std::vector<double> data = numbers(m["data"], where, name);
    if (static_cast<double>(rows) * static_cast<double>(cols) != static_cast<double>(data.size()))
        fail(where, std::string(name) + " has " + std::to_string(data.size()) + " numbers for " +
                        std::to_string(rows) + " x " + std::to_string(cols));
    Matrix out = Matrix::from_shape({rows, cols});
    std::copy(data.begin(), data.end(), out.data());
    return out;
}

// Class labels or 0/1 targets: whole numbers that fit an int, so the conversion is exact (0.5
// must not become 0); the core then checks each against what it accepts.
[[gnu::noinline]] std::vector<int> labels(const val& v, std::string_view where,
                                          std::string_view name) {
    const std::vector<double> d = numbers(v, where, name);
    std::vector<int> out(d.size());
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (!(d[i] >= -2147483648.0 && d[i] <= 2147483647.0 && d[i] == std::floor(d[i])))
            fail(where, std::string(name) + "[" + std::to_string(i) + "] is " +
                            format_number(d[i]) + "; accepted: whole numbers");
        out[i] = static_cast<int>(d[i]);
    }
    return out;
}

// obj[key] as a number, or `fallback` when it is undefined.
[[gnu::noinline]] double number_or(const val& obj, const char* key, double fallback,
                                   std::string_view where) {
    const val v = obj[key];
    if (v.isUndefined()) return fallback;
    if (!v.isNumber())
        fail(where, std::string(key) + " is of type " + v.typeOf().as<std::string>() +
                        "; accepted: a number");
    return v.as<double>();
}

[[gnu::noinline]] std::string string_or(const val& obj, const char* key,
                                        const std::string& fallback, std::string_view where) {
    const val v = obj[key];
    if (v.isUndefined()) return fallback;
    if (!v.isString())
        fail(where, std::string(key) + " is of type " + v.typeOf().as<std::string>() +
                        "; accepted: a name (a string)");
    return v.as<std::string>();
}

OptimizerOptions optimizer_options(const val& o, OptimizerOptions c, std::string_view where) {
    c.name = string_or(o, "optimizer", c.name, where);
    c.learning_rate = number_or(o, "learningRate", c.learning_rate, where);
    c.momentum = number_or(o, "momentum", c.momentum, where);
    c.rho = number_or(o, "rho", c.rho, where);
    c.beta1 = number_or(o, "beta1", c.beta1, where);
    c.beta2 = number_or(o, "beta2", c.beta2, where);
    c.epsilon = number_or(o, "epsilon", c.epsilon, where);
    c.l1 = number_or(o, "l1", c.l1, where);
    c.l2 = number_or(o, "l2", c.l2, where);
    c.decay = number_or(o, "decay", c.decay, where);
    return c;
}

// ---- C++ -> JS (copies: a view would alias the wasm heap, which moves when it grows) --------

[[gnu::noinline]] val floats(const double* p, std::size_t n) {
    return val(emscripten::typed_memory_view(n, p)).call<val>("slice");
}

[[gnu::noinline]] val js(const Matrix& m) {
    val o = val::object();
    o.set("rows", m.shape(0));
    o.set("cols", m.shape(1));
    o.set("data", floats(m.data(), m.size()));
    return o;
}

val js(const Vector& v) { return floats(v.data(), v.size()); }

[[gnu::noinline]] val ints(const std::vector<int>& v) {
    return val(emscripten::typed_memory_view(v.size(), v.data())).call<val>("slice");
}

template <class T>
val js(const std::vector<T>& v) {
    val a = val::array();
    for (const auto& x : v) a.call<void>("push", x);
    return a;
}

// ---- Free functions ------------------------------------------------------------------------

val tables() {
    val t = val::object();
    val acts = val::array();
    for (const auto& a : activation_table()) {
        val o = val::object();
        o.set("name", a.name);
        o.set("formula", a.formula);
        o.set("derivative", a.derivative);
        o.set("hidden", a.hidden);
        o.set("output", a.output);
        acts.call<void>("push", o);
    }
    val losses = val::array();
    for (const auto& l : loss_table()) {
        val o = val::object();
        o.set("name", l.name);
        o.set("formula", l.formula);
        o.set("outputs", js(l.outputs));
        losses.call<void>("push", o);
    }
    val opts = val::array();
    for (const auto& k : optimizer_table()) {
        val o = val::object();
        o.set("name", k.name);
        o.set("description", k.description);
        opts.call<void>("push", o);
    }
    val sets = val::array();
    for (const auto& d : dataset_table()) {
        val o = val::object();
        o.set("name", d.name);
        o.set("description", d.description);
        o.set("classes", d.classes);
        sets.call<void>("push", o);
    }
    t.set("activations", acts);
    t.set("losses", losses);
    t.set("optimizers", opts);
    t.set("datasets", sets);
    std::vector<std::string> inits;
    for (const auto& i : initializer_table()) inits.push_back(i.name);
    t.set("initializers", js(inits));
    return t;
}

val neuron_js(const val& inputs, const val& weights, double bias, const std::string& activation) {
    return guarded([&] {
        const NeuronResult r = neuron(numbers(inputs, "neuron", "inputs"),
                                      numbers(weights, "neuron", "weights"), bias, activation);
        val o = val::object();
        o.set("z", r.z);
        o.set("output", r.output);
        o.set("slope", r.slope);
        o.set("products", js(r.products));
        return o;
    });
}

val activate_js(const std::string& activation, const val& zs) {
    return guarded([&] {
        const std::vector<double> z = numbers(zs, "activate", "z");
        Vector value = Vector::from_shape({z.size()}), slope = Vector::from_shape({z.size()});
        for (std::size_t i = 0; i < z.size(); ++i) {
            const NeuronResult r = activate_at(z[i], activation);
            value(i) = r.output;
            slope(i) = r.slope;
        }
        val o = val::object();
        o.set("value", js(value));
        o.set("slope", js(slope));
        return o;
    });
}

val dataset_js(const Dataset& d) {
    val o = val::object();
    o.set("name", d.name);
    o.set("X", js(d.X));
    o.set("labels", js(d.labels));
    o.set("Xtest", js(d.X_test));
    o.set("labelsTest", js(d.labels_test));
    o.set("classes", d.classes);
    o.set("domain", js(std::vector<double>(d.domain.begin(), d.domain.end())));
    return o;
}

val make_dataset_js(const std::string& name, const val& options) {
    return guarded([&] {
        DatasetOptions o;
        const char* where = "makeDataset";
        o.samples = count(number_or(options, "samples", 200, where), where, "samples");
        o.noise = number_or(options, "noise", 0.0, where);
        o.test_fraction = number_or(options, "testFraction", 0.0, where);
        o.seed = seed(number_or(options, "seed", 1, where), where);
        return dataset_js(make_dataset(name, o));
    });
}

val targets_js(const val& labels_in, double classes, const std::string& activation,
               double outputs) {
    return guarded([&] {
        return js(encode_targets(labels(labels_in, "targets", "labels"),
                                 count(classes, "targets", "classes"),
                                 find_activation(activation, "targets"),
                                 count(outputs, "targets", "outputs"), "targets"));
    });
}

double heap_in_use() { return static_cast<double>(mallinfo().uordblks); }

// ---- Network -------------------------------------------------------------------------------

Network* make_network(double inputs, const val& units, const val& activations, const val& dropouts,
                      const std::string& loss, const std::string& init, double seed_value,
                      const std::string& precision) {
    return guarded([&] {
        const char* where = "createNetwork";
        const std::vector<double> u = numbers(units, where, "layers");
        const std::vector<double> rates = numbers(dropouts, where, "dropout");
        const auto names = emscripten::vecFromJSArray<std::string>(activations);
        if (names.size() != u.size() || rates.size() != u.size())
            fail(where, "each layer needs units and an activation");
        std::vector<LayerSpec> specs;
        for (std::size_t l = 0; l < u.size(); ++l)
            specs.push_back({count(u[l], where, "layers[" + std::to_string(l) + "].units"),
                             names[l], rates[l]});
        auto net = std::make_unique<Network>(count(inputs, where, "inputs"), specs, loss);
        net->initialize(init, seed(seed_value, where));
        net->set_precision(find_precision(precision, where));
        return net.release();
    });
}

Network::Dropout dropout_of(bool training) {
    return training ? Network::Dropout::draw : Network::Dropout::off;
}

// Each layer's { z, a }, and its dropout mask (0 or 1 / (1 - p) per entry) where a training
// pass dropped units.
val trace_js(const Network& net) {
    val layers = val::array();
    for (std::size_t l = 0; l < net.trace().size(); ++l) {
        const LayerTrace& t = net.trace()[l];
        val o = val::object();
        o.set("z", js(t.Z));
        o.set("a", js(t.A));
        if (net.dropped() && net.parameters()[l].dropout > 0.0) o.set("mask", js(t.mask));
        layers.call<void>("push", o);
    }
    return layers;
}

val forward_js(Network& net, const val& X, bool training) {
    return guarded([&] {
        net.forward(matrix(X, "forward", "X"), dropout_of(training));
        return trace_js(net);
    });
}

// The class each row of X is predicted as (argmax, or the threshold of one output): Int32Array.
val predict_classes_js(Network& net, const val& X) {
    return guarded([&] {
        const Matrix& P = net.forward(matrix(X, "predictClasses", "X")).back().A;
        std::vector<int> classes(P.shape(0));
        for (std::size_t i = 0; i < classes.size(); ++i)
            classes[i] = predicted_class(P, i, *net.parameters().back().activation);
        return ints(classes);
    });
}

// The output layer's activations only (samples x outputs): for pictures redrawn every frame,
// which need neither Z nor the hidden layers, so far less crosses to JS than forward_js's trace.
val network_predict_js(Network& net, const val& X) {
    return guarded([&] { return js(net.forward(matrix(X, "predict", "X")).back().A); });
}

val backward_js(Network& net, const val& X, const val& Y, bool training) {
    return guarded([&] {
        const double L = net.backward(matrix(X, "backward", "X"), matrix(Y, "backward", "Y"),
                                      Network::Inputs::checked, dropout_of(training));
        val layers = val::array();
        for (const auto& g : net.gradients()) {
            val o = val::object();
            o.set("delta", js(g.delta));
            o.set("dW", js(g.dW));
            o.set("db", js(g.db));
            layers.call<void>("push", o);
        }
        val o = val::object();
        o.set("loss", L);
        o.set("layers", layers);
        o.set("trace", trace_js(net));
        return o;
    });
}

// dL/dW and dL/db as the last backward() left them (after a training step: that step's batch,
// with the L2 term it added): one Float64Array, per layer W row by row then b (P numbers, the
// weights attribute's order), zeros before any backward(). A copy: nothing else crosses.
val gradients_js(const Network& net) {
    std::vector<double> flat;
    for (const auto& g : net.gradients()) {
        flat.insert(flat.end(), g.dW.begin(), g.dW.end());
        flat.insert(flat.end(), g.db.begin(), g.db.end());
    }
    return floats(flat.data(), flat.size());
}

double loss_js(Network& net, const val& X, const val& Y) {
    return guarded([&] { return net.loss(matrix(X, "loss", "X"), matrix(Y, "loss", "Y")); });
}

val parameters_js(const Network& net) {
    val layers = val::array();
    for (const auto& layer : net.parameters()) {
        val o = val::object();
        o.set("W", js(layer.W));
        o.set("b", js(layer.b));
        layers.call<void>("push", o);
    }
    return layers;
}

void set_parameters_js(Network& net, double layer, const val& W, const val& b) {
    guarded([&] {
        const std::vector<double> bias = numbers(b, "setParameters", "b");
        Vector bv = Vector::from_shape({bias.size()});
        std::copy(bias.begin(), bias.end(), bv.data());
        net.set_parameters(count(layer, "setParameters", "layer"), matrix(W, "setParameters", "W"),
                           bv);
    });
}

void set_weight_js(Network& net, double layer, double from, double to, double value) {
    guarded([&] {
        const char* w = "setWeight";
        net.set_weight(count(layer, w, "layer"), count(from, w, "from"), count(to, w, "to"), value);
    });
}

void set_bias_js(Network& net, double layer, double unit, double value) {
    guarded([&] {
        net.set_bias(count(layer, "setBias", "layer"), count(unit, "setBias", "unit"), value);
    });
}

val gradient_check_js(Network& net, const val& X, const val& Y, double epsilon) {
    return guarded([&] {
        const GradientCheck c = gradient_check(net, matrix(X, "gradientCheck", "X"),
                                               matrix(Y, "gradientCheck", "Y"), epsilon);
        val layers = val::array();
        for (const auto& l : c.layers) {
            val o = val::object();
            o.set("dW", js(l.dW));
            o.set("dWNumeric", js(l.dW_numeric));
            o.set("db", js(l.db));
            o.set("dbNumeric", js(l.db_numeric));
            layers.call<void>("push", o);
        }
        val o = val::object();
        o.set("maxRelativeError", c.max_relative_error);
        o.set("layers", layers);
        return o;
    });
}

val shape_js(const Network& net) { return js(net.shape()); }
std::string loss_name_js(const Network& net) { return net.loss_function().name; }
std::string precision_js(const Network& net) { return precision_name(net.precision()); }
val activations_js(const Network& net) {
    std::vector<std::string> names;
    for (const auto& l : net.parameters()) names.push_back(l.activation->name);
    return js(names);
}
val dropouts_js(const Network& net) {
    std::vector<double> rates;
    for (const auto& l : net.parameters()) rates.push_back(l.dropout);
    return js(rates);
}

// ---- Trainer -------------------------------------------------------------------------------

Trainer* make_trainer(Network& net, const val& data, const val& options) {
    return guarded([&] {
        const char* where = "createTrainer";
        Dataset d;
        d.X = matrix(data["X"], where, "X");
        d.labels = labels(data["labels"], where, "labels");
        d.classes = count(data["classes"].as<double>(), where, "classes");
        if (!data["Xtest"].isUndefined()) {
            d.X_test = matrix(data["Xtest"], where, "Xtest");
            d.labels_test = labels(data["labelsTest"], where, "labelsTest");
        }
        if (d.labels.size() != d.X.shape(0) || d.labels_test.size() != d.X_test.shape(0))
            fail(where, "each sample needs one label");
        TrainerOptions c;
        c.optimizer = optimizer_options(options, c.optimizer, where);
        c.batch_size = count(number_or(options, "batchSize", 0, where), where, "batchSize");
        c.seed = seed(number_or(options, "seed", 1, where), where);
        return new Trainer(net, d, c);
    });
}

val train_js(Trainer& t, double epochs) {
    return guarded([&] {
        std::vector<EpochStats> history;
        const TrainStatus s = t.train(count(epochs, "train", "epochs"), history);
        const std::size_t n = history.size();
        Vector loss = Vector::from_shape({n}), acc = Vector::from_shape({n}),
               test_loss = Vector::from_shape({n}), test_acc = Vector::from_shape({n});
        for (std::size_t i = 0; i < n; ++i) {
            loss(i) = history[i].loss;
            acc(i) = history[i].accuracy;
            test_loss(i) = history[i].test_loss;
            test_acc(i) = history[i].test_accuracy;
        }
        val o = val::object();
        o.set("epochs", n);
        o.set("loss", js(loss));
        o.set("accuracy", js(acc));
        if (t.has_test_set()) {
            o.set("testLoss", js(test_loss));
            o.set("testAccuracy", js(test_acc));
        }
        o.set("status", s == TrainStatus::ok ? "ok" : "diverged");
        return o;
    });
}

// One minibatch: returns its loss, or NaN when training diverged (the weights are restored).
double step_js(Trainer& t) {
    return guarded([&] {
        TrainStatus s;
        return t.step(s);
    });
}

val evaluate_js(Trainer& t) {
    return guarded([&] {
        const Evaluation e = t.evaluate();
        val o = val::object();
        o.set("loss", e.loss);
        o.set("accuracy", e.accuracy);
        o.set("testLoss", e.test_loss);
        o.set("testAccuracy", e.test_accuracy);
        return o;
    });
}

void set_options_js(Trainer& t, const val& options) {
    guarded(
        [&] { t.set_options(optimizer_options(options, t.optimizer_options(), "setOptions")); });
}

double epoch_js(const Trainer& t) { return static_cast<double>(t.epoch()); }

// { classes, counts: Int32Array of classes x classes, row = true label, column = predicted }
val confusion_js(Trainer& t, bool test) {
    return guarded([&] {
        val o = val::object();
        o.set("classes", t.classes());
        o.set("counts", ints(t.confusion(test)));
        return o;
    });
}

// A checkpoint as a Float64Array (Trainer::save's layout, core/src/checkpoint.cpp).
val save_js(const Trainer& t) {
    return guarded([&] {
        const std::vector<double> c = t.save();
        return floats(c.data(), c.size());
    });
}

void restore_js(Trainer& t, const val& checkpoint) {
    guarded([&] { t.restore(numbers(checkpoint, "restore", "checkpoint")); });
}

// [{ gradientRms, units, dead, saturated }], one per layer (health.hpp).
val health_js(Trainer& t) {
    return guarded([&] {
        val out = val::array();
        for (const LayerHealth& h : t.health()) {
            val o = val::object();
            o.set("gradientRms", h.gradient_rms);
            o.set("units", h.units);
            o.set("dead", h.dead);
            o.set("saturated", h.saturated);
            out.call<void>("push", o);
        }
        return out;
    });
}

// ---- Perceptron ----------------------------------------------------------------------------

Perceptron* make_perceptron(double inputs, double learning_rate) {
    return guarded(
        [&] { return new Perceptron(count(inputs, "createPerceptron", "inputs"), learning_rate); });
}

int perceptron_predict_js(const Perceptron& p, const val& x) {
    return guarded([&] { return p.predict(numbers(x, "predict", "inputs")); });
}

double weighted_sum_js(const Perceptron& p, const val& x) {
    return guarded([&] { return p.weighted_sum(numbers(x, "weightedSum", "inputs")); });
}

val train_sample_js(Perceptron& p, const val& x, double target) {
    return guarded([&] {
        if (target != 0.0 && target != 1.0)
            fail("trainSample", "target is " + format_number(target) + "; accepted: 0 or 1");
        const PerceptronUpdate u =
            p.train_sample(numbers(x, "trainSample", "inputs"), static_cast<int>(target));
        val o = val::object();
        o.set("output", u.output);
        o.set("error", u.error);
        return o;
    });
}

val train_epoch_js(Perceptron& p, const val& X, const val& targets) {
    return guarded([&] {
        const PerceptronEpoch e =
            p.train_epoch(matrix(X, "trainEpoch", "X"), labels(targets, "trainEpoch", "targets"));
        val o = val::object();
        o.set("errors", e.errors);
        o.set("converged", e.converged);
        return o;
    });
}

val perceptron_weights_js(const Perceptron& p) { return js(p.weights()); }

void set_perceptron_weights_js(Perceptron& p, const val& w, double bias) {
    guarded([&] { p.set_weights(numbers(w, "setWeights", "weights"), bias); });
}

void set_learning_rate_js(Perceptron& p, double lr) {
    guarded([&] { p.set_learning_rate(lr); });
}

double perceptron_epoch_js(const Perceptron& p) { return static_cast<double>(p.epoch()); }

}  // namespace

EMSCRIPTEN_BINDINGS(neuronlab) {
    using namespace emscripten;
    function("tables", &tables);
    function("neuron", &neuron_js);
    function("activate", &activate_js);
    function("makeDataset", &make_dataset_js);
    function("targets", &targets_js);
    function("heapInUse", &heap_in_use);

    function("createNetwork", &make_network, allow_raw_pointers());
    function("createTrainer", &make_trainer, allow_raw_pointers());
    function("createPerceptron", &make_perceptron, allow_raw_pointers());

    class_<Network>("Network")
        .function("forward", &forward_js)
        .function("predict", &network_predict_js)
        .function("predictClasses", &predict_classes_js)
        .function("backward", &backward_js)
        .function("loss", &loss_js)
        .function("gradients", &gradients_js)
        .function("getParameters", &parameters_js)
        .function("setParameters", &set_parameters_js)
        .function("setWeight", &set_weight_js)
        .function("setBias", &set_bias_js)
        .function("gradientCheck", &gradient_check_js)
        .function("shape", &shape_js)
        .function("lossName", &loss_name_js)
        .function("precision", &precision_js)
        .function("activations", &activations_js)
        .function("dropouts", &dropouts_js);

    class_<Trainer>("Trainer")
        .function("train", &train_js)
        .function("step", &step_js)
        .function("evaluate", &evaluate_js)
        .function("setOptions", &set_options_js)
        .function("epoch", &epoch_js)
        .function("confusion", &confusion_js)
        .function("save", &save_js)
        .function("restore", &restore_js)
        .function("health", &health_js);

    class_<Perceptron>("Perceptron")
        .function("predict", &perceptron_predict_js)
        .function("weightedSum", &weighted_sum_js)
        .function("trainSample", &train_sample_js)
        .function("trainEpoch", &train_epoch_js)
        .function("weights", &perceptron_weights_js)
        .function("bias", &Perceptron::bias)
        .function("setWeights", &set_perceptron_weights_js)
        .function("setLearningRate", &set_learning_rate_js)
        .function("epoch", &perceptron_epoch_js);
}
