// The loss table: mean squared error, binary cross-entropy and softmax cross-entropy, each
// averaged over the batch, with dL/dP and the fused dL/dZ scale for their natural output.
#include "neuronlab/loss.hpp"

#include <algorithm>
#include <cmath>

#include "neuronlab/validate.hpp"

namespace nl {

namespace {

// Probabilities are kept this far from 0 and 1 so the logs stay finite.
constexpr double kClip = 1e-12;
double clip(double p) { return std::min(std::max(p, kClip), 1.0 - kClip); }

// MSE: L = 1/(n k) sum (p - y)^2, dL/dp = 2 (p - y) / (n k).
double mse_value(const Matrix& P, const Matrix& Y) {
    const std::size_t size = P.size();
    double sum = 0.0;
    for (std::size_t i = 0; i < size; ++i) {
        const double e = P.data()[i] - Y.data()[i];
        sum += e * e;
    }
    return sum / static_cast<double>(size);
}
void mse_gradient(const Matrix& P, const Matrix& Y, Matrix& dP) {
    ensure_shape(dP, P.shape(0), P.shape(1));
    const double scale = 2.0 / static_cast<double>(P.size());
    for (std::size_t i = 0; i < P.size(); ++i) dP.data()[i] = scale * (P.data()[i] - Y.data()[i]);
}

// BCE: L = -1/(n k) sum [y log p + (1 - y) log(1 - p)],
// dL/dp = (p - y) / (p (1 - p)) / (n k); with a sigmoid output dL/dz = (p - y) / (n k).
double bce_value(const Matrix& P, const Matrix& Y) {
    double sum = 0.0;
    for (std::size_t i = 0; i < P.size(); ++i) {
        const double p = clip(P.data()[i]), y = Y.data()[i];
        sum -= y * std::log(p) + (1.0 - y) * std::log(1.0 - p);
    }
    return sum / static_cast<double>(P.size());
}
void bce_gradient(const Matrix& P, const Matrix& Y, Matrix& dP) {
    ensure_shape(dP, P.shape(0), P.shape(1));
    const double scale = 1.0 / static_cast<double>(P.size());
    for (std::size_t i = 0; i < P.size(); ++i) {
        const double p = clip(P.data()[i]);
        dP.data()[i] = scale * (p - Y.data()[i]) / (p * (1.0 - p));
    }
}
double per_element_scale(std::size_t samples, std::size_t outputs) {
    return 1.0 / static_cast<double>(samples * outputs);
}

// Softmax CE: L = -1/n sum_i sum_j y_ij log p_ij, dL/dp = -y / (n p);
// with a softmax output dL/dz = (p - y) / n.
double softmax_ce_value(const Matrix& P, const Matrix& Y) {
    double sum = 0.0;
    for (std::size_t i = 0; i < P.size(); ++i)
        if (Y.data()[i] != 0.0) sum -= Y.data()[i] * std::log(clip(P.data()[i]));
    return sum / static_cast<double>(P.shape(0));
}
void softmax_ce_gradient(const Matrix& P, const Matrix& Y, Matrix& dP) {
    ensure_shape(dP, P.shape(0), P.shape(1));
    const double scale = 1.0 / static_cast<double>(P.shape(0));
    for (std::size_t i = 0; i < P.size(); ++i)
        dP.data()[i] = -scale * Y.data()[i] / clip(P.data()[i]);
}
double per_sample_scale(std::size_t samples, std::size_t) {
    return 1.0 / static_cast<double>(samples);
}

}  // namespace

const std::vector<Loss>& loss_table() {
    static const std::vector<Loss> table = {
        {"mse", "mean((prediction - target)^2)", {}, "", mse_value, mse_gradient, nullptr},
        {"bce",
         "-mean(t log p + (1 - t) log(1 - p))",
         {"sigmoid"},
         "sigmoid",
         bce_value,
         bce_gradient,
         per_element_scale},
        {"softmax_ce",
         "-mean over samples of sum_k t_k log p_k",
         {"softmax"},
         "softmax",
         softmax_ce_value,
         softmax_ce_gradient,
         per_sample_scale},
    };
    return table;
}

const Loss& find_loss(const std::string& name, std::string_view where) {
    return find_named(loss_table(), name, where, "loss");
}

void validate_targets(const Loss& loss, const Matrix& Y, std::string_view where) {
    const std::size_t n = Y.shape(0), k = Y.shape(1);
    for (std::size_t i = 0; i < n; ++i) {
        double row_sum = 0.0;
        for (std::size_t j = 0; j < k; ++j) {
            const double y = Y(i, j);
            const bool finite = std::isfinite(y);
            if (finite && (loss.name == "mse" || (y >= 0.0 && y <= 1.0))) {
                row_sum += y;
                continue;
            }
            const std::string at = "targets[" + std::to_string(i) + "][" + std::to_string(j) + "]";
            require_finite(y, where, at);
            fail(where, at + " is " + format_number(y) + "; loss \"" + loss.name +
                            "\" accepts targets from 0 to 1");
        }
        if (loss.name == "softmax_ce" && std::abs(row_sum - 1.0) > 1e-9)
            fail(where, "targets row " + std::to_string(i) + " sums to " + format_number(row_sum) +
                            "; loss \"softmax_ce\" needs one-hot rows that sum to 1");
    }
}

}  // namespace nl
