// The data-set table and its generators. Sample i belongs to class i % classes, so classes
// stay balanced; the samples are then shuffled once and the first test_fraction held out.
#include "neuronlab/dataset.hpp"

#include <cmath>

#include "neuronlab/validate.hpp"

namespace nl {

namespace {

const char* kWhere = "make_dataset";

// Logic gates: the four corners of the unit square, labelled by the gate; noise is Gaussian
// jitter with standard deviation 0.25 * noise around each corner.
template <int (*Gate)(int, int)>
void gate(std::size_t samples, double noise, Rng& rng, Matrix& X, std::vector<int>& labels) {
    for (std::size_t i = 0; i < samples; ++i) {
        const int a = static_cast<int>(i % 4) / 2, b = static_cast<int>(i % 4) % 2;
        X(i, 0) = a + (noise > 0 ? 0.25 * noise * rng.normal() : 0.0);
        X(i, 1) = b + (noise > 0 ? 0.25 * noise * rng.normal() : 0.0);
        labels[i] = Gate(a, b);
    }
}
int gate_and(int a, int b) { return a & b; }
int gate_or(int a, int b) { return a | b; }
int gate_xor(int a, int b) { return a ^ b; }

// Class 1 inside radius 2.5, class 0 in the ring 3.5 .. 5; noise: N(0, noise) per coordinate.
void circle(std::size_t samples, double noise, Rng& rng, Matrix& X, std::vector<int>& labels) {
    for (std::size_t i = 0; i < samples; ++i) {
        const int label = static_cast<int>(i % 2 == 0);
        const double r = label ? rng.uniform(0.0, 2.5) : rng.uniform(3.5, 5.0);
        const double angle = rng.uniform(0.0, 2.0 * M_PI);
        X(i, 0) = r * std::cos(angle) + noise * rng.normal();
        X(i, 1) = r * std::sin(angle) + noise * rng.normal();
        labels[i] = label;
    }
}

// Class 1 around (2, 2), class 0 around (-2, -2), standard deviation 0.5 + 2 * noise.
void gaussians(std::size_t samples, double noise, Rng& rng, Matrix& X, std::vector<int>& labels) {
    const double sd = 0.5 + 2.0 * noise;
    for (std::size_t i = 0; i < samples; ++i) {
        const int label = static_cast<int>(i % 2 == 0);
        const double centre = label ? 2.0 : -2.0;
        X(i, 0) = centre + sd * rng.normal();
        X(i, 1) = centre + sd * rng.normal();
        labels[i] = label;
    }
}

// Arms of a spiral: a point at fraction s along arm k has radius 5 s and angle
// 3.5 pi s + 2 pi k / arms; noise: N(0, noise) per coordinate.
template <int Arms>
void spiral(std::size_t samples, double noise, Rng& rng, Matrix& X, std::vector<int>& labels) {
    const std::size_t per_arm = (samples + Arms - 1) / Arms;
    for (std::size_t i = 0; i < samples; ++i) {
        const int arm = static_cast<int>(i % Arms);
        const double s = static_cast<double>(i / Arms) / static_cast<double>(per_arm);
        const double r = 5.0 * s, t = 3.5 * M_PI * s + 2.0 * M_PI * arm / Arms;
        X(i, 0) = r * std::sin(t) + noise * rng.normal();
        X(i, 1) = r * std::cos(t) + noise * rng.normal();
        labels[i] = arm;
    }
}

constexpr std::array<double, 4> kUnit{-0.5, 1.5, -0.5, 1.5};
constexpr std::array<double, 4> kWide{-6.0, 6.0, -6.0, 6.0};

void take_rows(const Matrix& X, const std::vector<int>& labels,
               const std::vector<std::size_t>& order, std::size_t begin, std::size_t end,
               Matrix& X_out, std::vector<int>& labels_out) {
    X_out = Matrix::from_shape({end - begin, X.shape(1)});
    labels_out.resize(end - begin);
    for (std::size_t r = begin; r < end; ++r) {
        for (std::size_t c = 0; c < X.shape(1); ++c) X_out(r - begin, c) = X(order[r], c);
        labels_out[r - begin] = labels[order[r]];
    }
}

}  // namespace

const std::vector<DatasetKind>& dataset_table() {
    static const std::vector<DatasetKind> table = {
        {"and", "the AND gate: 1 only when both inputs are 1", 2, kUnit, gate<gate_and>},
        {"or", "the OR gate: 1 when either input is 1", 2, kUnit, gate<gate_or>},
        {"xor", "the XOR gate: 1 when exactly one input is 1", 2, kUnit, gate<gate_xor>},
        {"circle", "a disc of one class inside a ring of the other", 2, kWide, circle},
        {"gaussians", "two Gaussian clouds, one per class", 2, kWide, gaussians},
        {"spiral", "two interleaved spiral arms", 2, kWide, spiral<2>},
        {"spiral3", "three interleaved spiral arms, one class each", 3, kWide, spiral<3>},
    };
    return table;
}

Dataset make_dataset(const std::string& name, const DatasetOptions& o) {
    const DatasetKind* kind = &find_named(dataset_table(), name, kWhere, "dataset");
    require_count(o.samples, 4, 100000, kWhere, "samples");
    require_range(o.noise, 0.0, 1.0, kWhere, "noise");
    require_range(o.test_fraction, 0.0, 0.9, kWhere, "test_fraction");

    Rng rng(o.seed);
    Matrix X = Matrix::from_shape({o.samples, 2});
    std::vector<int> labels(o.samples);
    kind->generate(o.samples, o.noise, rng, X, labels);

    std::vector<std::size_t> order(o.samples);
    for (std::size_t i = 0; i < o.samples; ++i) order[i] = i;
    const bool truth_table = o.samples == 4 && o.noise == 0.0 && kind->domain == kUnit;
    if (!truth_table) rng.shuffle(order);  // the truth table keeps its reading order
    const auto n_test = static_cast<std::size_t>(std::floor(o.test_fraction * o.samples));

    Dataset d;
    d.name = kind->name;
    d.classes = kind->classes;
    d.domain = kind->domain;
    take_rows(X, labels, order, n_test, o.samples, d.X, d.labels);
    take_rows(X, labels, order, 0, n_test, d.X_test, d.labels_test);
    return d;
}

Matrix encode_targets(const std::vector<int>& labels, std::size_t classes, const Activation& output,
                      std::size_t outputs, std::string_view where) {
    // Bounded like a layer's width: a huge count would ask for a huge target matrix.
    require_count(classes, 1, kMaxUnits, where, "classes");
    require_count(outputs, 1, kMaxUnits, where, "outputs");
    const bool one_hot = output.name == "softmax";
    if (one_hot && outputs != classes)
        fail(where, "a softmax output needs one unit per class: " + std::to_string(classes) +
                        " classes, but the output layer has " + std::to_string(outputs));
    if (!one_hot && (outputs != 1 || classes != 2))
        fail(where, "a " + output.name + " output of " + std::to_string(outputs) +
                        " units cannot encode " + std::to_string(classes) +
                        " classes; accepted: 1 unit for 2 classes, or a softmax output");
    Matrix Y = xt::zeros<double>({labels.size(), outputs});
    const double negative = output.name == "tanh" ? -1.0 : 0.0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const int c = labels[i];
        if (c < 0 || static_cast<std::size_t>(c) >= classes)
            fail(where, "labels[" + std::to_string(i) + "] is " + std::to_string(c) +
                            "; accepted: 0 to " + std::to_string(classes - 1));
        if (one_hot)
            Y(i, c) = 1.0;
        else
            Y(i, 0) = c == 1 ? 1.0 : negative;
    }
    return Y;
}

int predicted_class(const Matrix& P, std::size_t i, const Activation& output) {
    const std::size_t k = P.shape(1);
    if (k == 1) return P(i, 0) > (output.name == "tanh" ? 0.0 : 0.5) ? 1 : 0;
    int predicted = 0;
    for (std::size_t j = 1; j < k; ++j)
        if (P(i, j) > P(i, predicted)) predicted = static_cast<int>(j);
    return predicted;
}

double accuracy(const Matrix& P, const std::vector<int>& labels, const Activation& output) {
    if (labels.empty()) return std::nan("");
    std::size_t right = 0;
    for (std::size_t i = 0; i < labels.size(); ++i)
        right += predicted_class(P, i, output) == labels[i];
    return static_cast<double>(right) / static_cast<double>(labels.size());
}

std::vector<int> confusion(const Matrix& P, const std::vector<int>& labels, std::size_t classes,
                           const Activation& output) {
    std::vector<int> counts(classes * classes, 0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const auto truth = static_cast<std::size_t>(labels[i]);
        const auto predicted = static_cast<std::size_t>(predicted_class(P, i, output));
        if (labels[i] >= 0 && truth < classes && predicted < classes)
            ++counts[truth * classes + predicted];
    }
    return counts;
}

}  // namespace nl
