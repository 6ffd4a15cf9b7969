// Network: construction with validation, seeded initialisation, and the forward and
// backward passes over a batch, keeping every layer's trace and gradients.
#include "neuronlab/network.hpp"

#include <algorithm>
#include <cmath>

#include "neuronlab/linalg.hpp"
#include "neuronlab/rng.hpp"
#include "neuronlab/validate.hpp"

namespace nl {

namespace {
const char* kNew = "Network";

std::string layer_name(std::size_t l) { return "layers[" + std::to_string(l) + "]"; }
}  // namespace

Network::Network(std::size_t inputs, const std::vector<LayerSpec>& specs, const std::string& loss)
    : inputs_(inputs), loss_(&find_loss(loss, kNew)), ws_({}) {
    require_count(inputs, 1, kMaxUnits, kNew, "inputs");
    if (specs.empty())
        fail(kNew, "layers is empty; accepted: 1 to " + std::to_string(kMaxLayers) +
                       " layers, the last one being the output");
    require_count(specs.size(), 1, kMaxLayers, kNew, "the number of layers");
    std::size_t fan_in = inputs, parameters = 0;
    for (std::size_t l = 0; l < specs.size(); ++l) {
        const auto& spec = specs[l];
        require_count(spec.units, 1, kMaxUnits, kNew, layer_name(l) + ".units");
        const Activation& f = find_activation(spec.activation, kNew, layer_name(l) + ".activation");
        const bool is_output = l + 1 == specs.size();
        if (is_output && !f.output)
            fail(kNew, layer_name(l) + ".activation \"" + f.name +
                           "\" cannot be an output; accepted there: " +
                           activation_names(&Activation::output));
        if (!is_output && !f.hidden)
            fail(kNew, layer_name(l) + ".activation \"" + f.name +
                           "\" cannot be a hidden layer; accepted there: " +
                           activation_names(&Activation::hidden));
        require_range(spec.dropout, 0.0, 0.9, kNew, layer_name(l) + ".dropout");
        if (is_output && spec.dropout != 0.0)
            fail(kNew, layer_name(l) + ".dropout is " + format_number(spec.dropout) +
                           "; accepted: 0 on the output layer (dropout is for hidden layers)");
        parameters += (fan_in + 1) * spec.units;
        if (parameters > kMaxParameters)
            fail(kNew, "the network has more than " + std::to_string(kMaxParameters) +
                           " parameters at " + layer_name(l) + "; make the layers narrower");
        Layer layer;
        layer.activation = &f;
        layer.W = xt::zeros<double>({fan_in, spec.units});
        layer.b = xt::zeros<double>({spec.units});
        layer.dropout = spec.dropout;
        layers_.push_back(std::move(layer));
        fan_in = spec.units;
    }
    const Activation& out = *layers_.back().activation;
    if (!loss_->outputs.empty() &&
        std::find(loss_->outputs.begin(), loss_->outputs.end(), out.name) == loss_->outputs.end())
        fail(kNew, "loss \"" + loss_->name + "\" needs a " + join_names(loss_->outputs) +
                       " output layer; got \"" + out.name + "\"");
    ws_ = Workspace(layers_);
}

const std::vector<Initializer>& initializer_table() {
    static const std::vector<Initializer> table = {
        {"uniform", "U(-1, 1)", [](double, double) { return 1.0; }},
        {"xavier", "U(+-sqrt(6 / (fan_in + fan_out))), for sigmoid and tanh",
         [](double fan_in, double fan_out) { return std::sqrt(6.0 / (fan_in + fan_out)); }},
        {"he", "U(+-sqrt(6 / fan_in)), for relu",
         [](double fan_in, double) { return std::sqrt(6.0 / fan_in); }},
    };
    return table;
}

void Network::initialize(const std::string& scheme, std::uint64_t seed) {
    const Initializer& init = find_named(initializer_table(), scheme, "initialize", "init");
    Rng rng(seed);
    for (auto& layer : layers_) {
        const double limit =
            init.limit(static_cast<double>(layer.fan_in()), static_cast<double>(layer.units()));
        for (auto& w : layer.W) w = rng.uniform(-limit, limit);
        layer.b.fill(0.0);
    }
    dropout_rng_ = Rng(rng.next());
}

std::size_t Network::parameter_count() const {
    std::size_t n = 0;
    for (const auto& layer : layers_) n += layer.W.size() + layer.b.size();
    return n;
}

std::vector<std::size_t> Network::shape() const {
    std::vector<std::size_t> s{inputs_};
    for (const auto& layer : layers_) s.push_back(layer.units());
    return s;
}

void Network::validate_inputs(const Matrix& X, std::string_view where) const {
    if (X.shape(0) == 0) fail(where, "the batch is empty; accepted: at least 1 sample");
    if (X.shape(1) != inputs_)
        fail(where, "expected " + std::to_string(inputs_) + " inputs per sample, got " +
                        std::to_string(X.shape(1)));
    for (std::size_t i = 0; i < X.size(); ++i)
        if (!std::isfinite(X.data()[i]))
            fail(where, "inputs[" + std::to_string(i / inputs_) + "][" +
                            std::to_string(i % inputs_) + "] is " + format_number(X.data()[i]) +
                            "; accepted: finite numbers");
}

void Network::validate_targets(const Matrix& X, const Matrix& Y, std::string_view where) const {
    if (Y.shape(0) != X.shape(0))
        fail(where, "got " + std::to_string(X.shape(0)) + " samples but " +
                        std::to_string(Y.shape(0)) + " targets");
    if (Y.shape(1) != outputs())
        fail(where, "expected " + std::to_string(outputs()) + " targets per sample, got " +
                        std::to_string(Y.shape(1)));
    nl::validate_targets(*loss_, Y, where);
}

void Network::forward_unchecked(const Matrix& X, Dropout dropout) {
    ws_.use_rows(X.shape(0));
    dropped_ = dropout != Dropout::off;
    const Matrix* input = &X;  // in_l: samples x fan_in
    for (std::size_t l = 0; l < layers_.size(); ++l) {
        auto& t = ws_.trace[l];
        ws_.product(l, precision_, *input, layers_[l], t.Z);  // Z = in W + b
        activate(*layers_[l].activation, t.Z, t.A);           // A = f(Z)
        if (dropped_ && layers_[l].dropout > 0.0) {
            if (dropout == Dropout::draw || t.mask.shape() != t.A.shape()) draw_mask(l);
            ensure_shape(t.dropped, t.A.shape(0), t.A.shape(1));
            for (std::size_t i = 0; i < t.A.size(); ++i)
                t.dropped.data()[i] = t.A.data()[i] * t.mask.data()[i];
        }
        input = &output_of(l);
    }
}

void Network::draw_mask(std::size_t l) {
    const double p = layers_[l].dropout, kept = 1.0 / (1.0 - p);
    Matrix& mask = ws_.trace[l].mask;
    ensure_shape(mask, ws_.trace[l].A.shape(0), ws_.trace[l].A.shape(1));
    for (auto& m : mask) m = dropout_rng_.uniform() < p ? 0.0 : kept;
}

const Matrix& Network::output_of(std::size_t l) const {
    return dropped_ && layers_[l].dropout > 0.0 ? ws_.trace[l].dropped : ws_.trace[l].A;
}

const std::vector<LayerTrace>& Network::forward(const Matrix& X, Dropout dropout) {
    validate_inputs(X, "forward");
    forward_unchecked(X, dropout);
    return ws_.trace;
}

double Network::loss(const Matrix& X, const Matrix& Y, Dropout dropout) {
    validate_inputs(X, "loss");
    validate_targets(X, Y, "loss");
    forward_unchecked(X, dropout);
    return loss_->value(output(), Y);
}

double Network::backward(const Matrix& X, const Matrix& Y, Inputs inputs, Dropout dropout) {
    if (inputs == Inputs::checked) {
        validate_inputs(X, "backward");
        validate_targets(X, Y, "backward");
    }
    forward_unchecked(X, dropout);
    const std::size_t n = X.shape(0), last = layers_.size() - 1;
    const Matrix& P = output();
    const double L = loss_->value(P, Y);

    // Output delta: fused (P - Y) * scale where the loss and activation allow it, else the
    // chain rule through dL/dP.
    auto& out = ws_.grads[last];
    if (loss_->fused_activation == layers_[last].activation->name) {
        const double scale = loss_->fused_scale(n, outputs());
        for (std::size_t i = 0; i < P.size(); ++i)
            out.delta.data()[i] = scale * (P.data()[i] - Y.data()[i]);
    } else {
        loss_->gradient(P, Y, ws_.dA[last]);
        activation_backward(*layers_[last].activation, ws_.trace[last].Z, P, ws_.dA[last],
                            out.delta);
    }

    for (std::size_t l = last + 1; l-- > 0;) {
        auto& g = ws_.grads[l];
        // dW_l = in_l^T delta_l; dL/d(in_l) = delta_l W_l^T into dA_{l-1} (none below layer 0).
        ws_.product_gradients(l, precision_, l == 0 ? X : output_of(l - 1), layers_[l], g.delta,
                              g.dW, l == 0 ? nullptr : &ws_.dA[l - 1]);
        column_sums(g.delta, g.db);  // db_l = sum over samples of delta_l
        if (l == 0) break;
        // in_l = A_{l-1} .* mask_{l-1} with dropout: dL/dA_{l-1} = dL/d(in_l) .* mask_{l-1}.
        const auto& below = ws_.trace[l - 1];
        if (&output_of(l - 1) == &below.dropped)
            for (std::size_t i = 0; i < below.mask.size(); ++i)
                ws_.dA[l - 1].data()[i] *= below.mask.data()[i];
        // delta_{l-1} = dL/dA_{l-1} .* f'(Z_{l-1})
        activation_backward(*layers_[l - 1].activation, below.Z, below.A, ws_.dA[l - 1],
                            ws_.grads[l - 1].delta);
    }
    return L;
}

void Network::set_weight(std::size_t layer, std::size_t from, std::size_t to, double value) {
    const char* where = "set_weight";
    require_count(layer, 0, layers_.size() - 1, where, "layer");
    require_count(from, 0, layers_[layer].fan_in() - 1, where, "from");
    require_count(to, 0, layers_[layer].units() - 1, where, "to");
    require_finite(value, where, "value");
    layers_[layer].W(from, to) = value;
}

void Network::set_bias(std::size_t layer, std::size_t unit, double value) {
    const char* where = "set_bias";
    require_count(layer, 0, layers_.size() - 1, where, "layer");
    require_count(unit, 0, layers_[layer].units() - 1, where, "unit");
    require_finite(value, where, "value");
    layers_[layer].b(unit) = value;
}

void Network::set_parameters(std::size_t layer, const Matrix& W, const Vector& b) {
    const char* where = "set_parameters";
    require_count(layer, 0, layers_.size() - 1, where, "layer");
    auto& target = layers_[layer];
    if (W.shape() != target.W.shape() || b.shape(0) != target.units())
        fail(where, layer_name(layer) + " expects weights of " + std::to_string(target.fan_in()) +
                        " x " + std::to_string(target.units()) + " and " +
                        std::to_string(target.units()) + " biases, got " +
                        std::to_string(W.shape(0)) + " x " + std::to_string(W.shape(1)) + " and " +
                        std::to_string(b.shape(0)));
    const std::string weight = layer_name(layer) + " weight", bias = layer_name(layer) + " bias";
    for (double v : W) require_finite(v, where, weight);  // the names are built once, not per value
    for (double v : b) require_finite(v, where, bias);
    target.W = W;
    target.b = b;
}

}  // namespace nl
