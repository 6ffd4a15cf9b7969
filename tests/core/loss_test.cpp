// Losses: values worked by hand on 2x2 batches, dL/dP against central differences, the fused
// dL/dZ = (P - Y) * scale against differences through the activation, and target validation.
#include "neuronlab/loss.hpp"

#include <catch2/catch.hpp>
#include <cmath>

#include "neuronlab/activation.hpp"
#include "testing.hpp"

using namespace nl;

namespace {
// dL/dP(i, j) ~ (L(P + h e_ij) - L(P - h e_ij)) / 2h.
Matrix numeric_gradient(const Loss& loss, Matrix P, const Matrix& Y, double h = 1e-6) {
    Matrix G = xt::zeros<double>(P.shape());
    for (std::size_t i = 0; i < P.size(); ++i) {
        const double p = P.data()[i];
        P.data()[i] = p + h;
        const double up = loss.value(P, Y);
        P.data()[i] = p - h;
        const double down = loss.value(P, Y);
        P.data()[i] = p;
        G.data()[i] = (up - down) / (2 * h);
    }
    return G;
}
}  // namespace

TEST_CASE("mse by hand: mean of squared errors over every entry", "[loss]") {
    const Loss& mse = find_loss("mse", "test");
    const Matrix P = {{0.8, 0.2}, {0.4, 0.6}}, Y = {{1.0, 0.0}, {0.0, 1.0}};
    // errors P - Y: -0.2, 0.2, 0.4, -0.4; squares 0.04 + 0.04 + 0.16 + 0.16 = 0.4; / 4 = 0.1
    CHECK(mse.value(P, Y) == within(0.1, 1e-15));
    // dL/dP = 2 (P - Y) / 4 = (P - Y) / 2
    Matrix dP;
    mse.gradient(P, Y, dP);
    CHECK(dP(0, 0) == within(-0.1, 1e-15));
    CHECK(dP(0, 1) == within(0.1, 1e-15));
    CHECK(dP(1, 0) == within(0.2, 1e-15));
    CHECK(dP(1, 1) == within(-0.2, 1e-15));
    CHECK(mse.value(Y, Y) == 0.0);
}

TEST_CASE("bce by hand: -mean(y log p + (1 - y) log(1 - p)) over every entry", "[loss]") {
    const Loss& bce = find_loss("bce", "test");
    const Matrix P = {{0.8, 0.2}, {0.4, 0.6}}, Y = {{1.0, 0.0}, {1.0, 1.0}};
    // terms: log 0.8 (y=1), log(1 - 0.2) = log 0.8 (y=0), log 0.4, log 0.6
    // L = -(log 0.8 + log 0.8 + log 0.4 + log 0.6) / 4 = -log(0.1536) / 4 = 0.46837...
    CHECK(bce.value(P, Y) == within(-std::log(0.1536) / 4, 1e-15));
    // dL/dp = (p - y) / (p (1 - p)) / 4:
    //   (0.8 - 1) / 0.16 / 4 = -0.3125,  (0.2 - 0) / 0.16 / 4 = 0.3125,
    //   (0.4 - 1) / 0.24 / 4 = -0.625,   (0.6 - 1) / 0.24 / 4 = -0.41666...
    Matrix dP;
    bce.gradient(P, Y, dP);
    CHECK(dP(0, 0) == within(-0.3125, 1e-14));
    CHECK(dP(0, 1) == within(0.3125, 1e-14));
    CHECK(dP(1, 0) == within(-0.625, 1e-14));
    CHECK(dP(1, 1) == within(-0.4 / 0.24 / 4, 1e-14));
}

TEST_CASE("softmax_ce by hand: -mean over samples of sum_k y_k log p_k", "[loss]") {
    const Loss& ce = find_loss("softmax_ce", "test");
    const Matrix P = {{0.8, 0.2}, {0.4, 0.6}}, Y = {{1.0, 0.0}, {0.0, 1.0}};
    // L = -(log 0.8 + log 0.6) / 2 samples = -log(0.48) / 2 = 0.36698...
    CHECK(ce.value(P, Y) == within(-std::log(0.48) / 2, 1e-15));
    // dL/dp = -y / (2 p): -1 / 1.6 = -0.625 and -1 / 1.2 = -0.8333...; zero where y = 0
    Matrix dP;
    ce.gradient(P, Y, dP);
    CHECK(dP(0, 0) == within(-0.625, 1e-15));
    CHECK(dP(0, 1) == 0.0);
    CHECK(dP(1, 0) == 0.0);
    CHECK(dP(1, 1) == within(-1.0 / 1.2, 1e-15));
}

TEST_CASE("probabilities of exactly 0 and 1 give large but finite cross-entropies", "[loss]") {
    // p is clipped to [1e-12, 1 - 1e-12]: a confident wrong answer costs -log(1e-12) = 27.6.
    const Matrix P = {{1.0, 0.0}}, Y = {{0.0, 1.0}};
    const double bce = find_loss("bce", "test").value(P, Y);
    const double ce = find_loss("softmax_ce", "test").value(P, Y);
    CHECK(bce == Approx(-std::log(1e-12)).epsilon(1e-4));
    CHECK(ce == Approx(-std::log(1e-12)).epsilon(1e-4));
    Matrix dP;
    find_loss("bce", "test").gradient(P, Y, dP);
    CHECK(std::isfinite(dP(0, 0)));
    CHECK(std::isfinite(dP(0, 1)));
}

TEST_CASE("dL/dP of every loss agrees with central differences", "[loss][gradient]") {
    Rng rng(17);
    for (const auto& loss : loss_table()) {
        INFO("loss " << loss.name);
        // Probabilities away from 0 and 1 (no clipping); softmax_ce gets one-hot targets.
        Matrix P = random_matrix(rng, 4, 3, 0.05, 0.95);
        Matrix Y = xt::zeros<double>({4, 3});
        for (std::size_t i = 0; i < 4; ++i) {
            if (loss.name == "softmax_ce") {
                Y(i, rng.below(3)) = 1.0;
            } else {
                for (std::size_t j = 0; j < 3; ++j) Y(i, j) = rng.uniform();
            }
        }
        Matrix dP;
        loss.gradient(P, Y, dP);
        const Matrix numeric = numeric_gradient(loss, P, Y);
        CHECK(max_abs_difference(dP, numeric) < 1e-8);
    }
}

TEST_CASE("the fused output gradient (P - Y) * scale is dL/dZ through the activation",
          "[loss][gradient]") {
    // bce after sigmoid: dL/dz = (p - y) / (n k); softmax_ce after softmax: dL/dz = (p - y) / n.
    Rng rng(23);
    for (const auto& loss : loss_table()) {
        if (loss.fused_activation.empty()) continue;
        INFO("loss " << loss.name);
        const Activation& f = find_activation(loss.fused_activation, "test");
        const std::size_t n = 5, k = 3;
        Matrix Z = random_matrix(rng, n, k, -2.0, 2.0);
        Matrix Y = xt::zeros<double>({n, k});
        for (std::size_t i = 0; i < n; ++i) Y(i, rng.below(k)) = 1.0;
        Matrix P;
        activate(f, Z, P);
        const double scale = loss.fused_scale(n, k);
        CHECK(scale == (loss.name == "bce" ? 1.0 / (n * k) : 1.0 / n));
        for (std::size_t i = 0; i < Z.size(); ++i) {
            const double z = Z.data()[i], h = 1e-6;
            Matrix A;
            Z.data()[i] = z + h;
            activate(f, Z, A);
            const double up = loss.value(A, Y);
            Z.data()[i] = z - h;
            activate(f, Z, A);
            const double down = loss.value(A, Y);
            Z.data()[i] = z;
            const double fused = scale * (P.data()[i] - Y.data()[i]);
            CHECK((up - down) / (2 * h) == within(fused, 1e-8));
        }
    }
}

TEST_CASE("the table says which outputs each loss accepts", "[loss]") {
    CHECK(find_loss("mse", "test").outputs.empty());  // any output
    CHECK(find_loss("bce", "test").outputs == std::vector<std::string>{"sigmoid"});
    CHECK(find_loss("softmax_ce", "test").outputs == std::vector<std::string>{"softmax"});
    CHECK(find_loss("bce", "test").fused_activation == "sigmoid");
    CHECK(find_loss("softmax_ce", "test").fused_activation == "softmax");
}

TEST_CASE("validate_targets accepts what each loss can learn", "[loss]") {
    const Matrix any = {{-5.0, 12.5}, {0.0, 1e6}};
    CHECK_NOTHROW(validate_targets(find_loss("mse", "test"), any, "train"));
    const Matrix soft = {{0.0, 0.3}, {1.0, 0.75}};
    CHECK_NOTHROW(validate_targets(find_loss("bce", "test"), soft, "train"));
    const Matrix one_hot = {{0.0, 1.0}, {1.0, 0.0}};
    CHECK_NOTHROW(validate_targets(find_loss("softmax_ce", "test"), one_hot, "train"));
}

TEST_CASE("validate_targets names the entry and what the loss accepts", "[loss][errors]") {
    const Matrix two = {{0.0, 1.0}, {2.0, 0.0}};
    CHECK_INVALID(validate_targets(find_loss("bce", "test"), two, "train"),
                  "train: targets[1][0] is 2; loss \"bce\" accepts targets from 0 to 1");
    const Matrix negative = {{-0.5, 1.5}};
    CHECK_INVALID(validate_targets(find_loss("softmax_ce", "test"), negative, "train"),
                  "train: targets[0][0] is -0.5; loss \"softmax_ce\" accepts targets from 0 to 1");
    const Matrix short_row = {{0.5, 0.4}};
    CHECK_INVALID(validate_targets(find_loss("softmax_ce", "test"), short_row, "train"),
                  "train: targets row 0 sums to 0.9; loss \"softmax_ce\" needs one-hot rows that "
                  "sum to 1");
    Matrix nan = {{0.0, 1.0}};
    nan(0, 1) = std::nan("");
    CHECK_INVALID(validate_targets(find_loss("mse", "test"), nan, "train"),
                  "train: targets[0][1] is NaN; accepted: a finite number");
    CHECK_INVALID(find_loss("mae", "Network"),
                  "Network: loss \"mae\" is unknown; accepted: mse, bce, softmax_ce");
}
