// Trainer: shuffled minibatches, one backward pass and one optimizer step per batch, per-epoch
// statistics, and the divergence guard that restores the last finite weights.
#include "neuronlab/trainer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

#include "neuronlab/validate.hpp"

namespace nl {

namespace {
const char* kWhere = "Trainer";
// Samples one train() call may go through (epochs x samples): seconds of work, never hours.
constexpr std::size_t kMaxSamplesPerCall = 10'000'000;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void copy_rows(const Matrix& from, const std::vector<std::size_t>& order, std::size_t begin,
               Matrix& to) {
    const std::size_t cols = from.shape(1);
    for (std::size_t r = 0; r < to.shape(0); ++r)
        std::copy_n(from.data() + order[begin + r] * cols, cols, to.data() + r * cols);
}
}  // namespace

Trainer::Trainer(Network& net, const Dataset& data, const TrainerOptions& options)
    : Trainer(net, data.X,
              encode_targets(data.labels, data.classes, *net.parameters().back().activation,
                             net.outputs(), kWhere),
              data.labels, options) {
    classes_ = data.classes;
    if (data.X_test.shape(0) > 0) {
        net.validate_inputs(data.X_test, kWhere);
        X_test_ = data.X_test;
        Y_test_ = encode_targets(data.labels_test, data.classes,
                                 *net.parameters().back().activation, net.outputs(), kWhere);
        labels_test_ = data.labels_test;
    }
}

Trainer::Trainer(Network& net, const Matrix& X, const Matrix& Y, const std::vector<int>& labels,
                 const TrainerOptions& options)
    : net_(net),
      X_(X),
      Y_(Y),
      labels_(labels),
      classes_(Y.shape(1) > 1 ? Y.shape(1) : 2),
      optimizer_(net, options.optimizer),
      rng_(options.seed),
      batch_(options.batch_size == 0 ? X.shape(0) : std::min(options.batch_size, X.shape(0))) {
    net.validate_inputs(X, kWhere);
    net.validate_targets(X, Y, kWhere);
    if (!labels.empty() && labels.size() != X.shape(0))
        fail(kWhere, "got " + std::to_string(labels.size()) + " labels for " +
                         std::to_string(X.shape(0)) + " samples");
    require_count(options.batch_size, 0, 100000, kWhere, "batch_size");
    order_.resize(X.shape(0));
    for (std::size_t i = 0; i < order_.size(); ++i) order_[i] = i;
    start_epoch();
}

void Trainer::start_epoch() {
    if (batch_ < X_.shape(0)) rng_.shuffle(order_);  // full batches need no order
    optimizer_.set_epoch(epoch_);
    cursor_ = 0;
    epoch_loss_ = 0.0;
    epoch_correct_ = 0.0;
}

double Trainer::step(TrainStatus& status) {
    const std::size_t n = X_.shape(0);
    if (cursor_ >= n) start_epoch();
    const std::size_t rows = std::min(batch_, n - cursor_);
    // The full batch is the data set in its own order (it is never shuffled): no copy.
    const bool whole = batch_ >= n;
    if (!whole) {
        Matrix& X = batch_X_[rows < batch_];
        Matrix& Y = batch_Y_[rows < batch_];
        ensure_shape(X, rows, X_.shape(1));
        ensure_shape(Y, rows, Y_.shape(1));
        copy_rows(X_, order_, cursor_, X);
        copy_rows(Y_, order_, cursor_, Y);
    }
    const Matrix& X = whole ? X_ : batch_X_[rows < batch_];
    const Matrix& Y = whole ? Y_ : batch_Y_[rows < batch_];

    const double L = net_.backward(X, Y, Network::Inputs::trusted, Network::Dropout::draw);
    if (!std::isfinite(L) || !optimizer_.step(net_)) {
        // Back to the last weights whose loss was finite, with the optimizer's moments cleared
        // (they hold the gradients that blew up): the weights this step started from when the
        // update made a weight infinite or NaN, or the ones the last step started from when
        // the current weights, finite as they are, overflow the loss (staying on them would
        // diverge on every later step).
        optimizer_.undo(net_);
        status = TrainStatus::diverged;
        return kNaN;
    }
    status = TrainStatus::ok;

    epoch_loss_ += L * static_cast<double>(rows);
    if (!labels_.empty()) {
        if (!whole) {
            batch_labels_.resize(rows);
            for (std::size_t r = 0; r < rows; ++r) batch_labels_[r] = labels_[order_[cursor_ + r]];
        }
        epoch_correct_ += accuracy(net_.output(), whole ? labels_ : batch_labels_,
                                   *net_.parameters().back().activation) *
                          rows;
    }
    cursor_ += rows;
    if (cursor_ >= n) ++epoch_;
    return L;
}

TrainStatus Trainer::train(std::size_t epochs, std::vector<EpochStats>& history) {
    const std::size_t most = std::max<std::size_t>(1, kMaxSamplesPerCall / X_.shape(0));
    if (epochs > most)
        fail("train", "epochs is " + std::to_string(epochs) + "; accepted: 0 to " +
                          std::to_string(most) + " for " + std::to_string(X_.shape(0)) +
                          " samples (one call trains on at most " +
                          std::to_string(kMaxSamplesPerCall) + " samples; call again for more)");
    const double n = static_cast<double>(X_.shape(0));
    // Room for this call's epochs at once, growing geometrically so that many one-epoch calls
    // on the same history still copy it only a logarithmic number of times.
    if (history.capacity() - history.size() < epochs)
        history.reserve(std::max(history.size() + epochs, 2 * history.capacity()));
    for (std::size_t e = 0; e < epochs; ++e) {
        if (cursor_ >= X_.shape(0)) start_epoch();
        TrainStatus status = TrainStatus::ok;
        while (cursor_ < X_.shape(0)) {
            step(status);
            if (status == TrainStatus::diverged) return status;
        }
        const auto [test_loss, test_accuracy] = has_test_set()
                                                    ? measure(X_test_, Y_test_, labels_test_)
                                                    : std::pair<double, double>{kNaN, kNaN};
        history.push_back({epoch_loss_ / n, labels_.empty() ? kNaN : epoch_correct_ / n, test_loss,
                           test_accuracy});
    }
    return TrainStatus::ok;
}

std::pair<double, double> Trainer::measure(const Matrix& X, const Matrix& Y,
                                           const std::vector<int>& labels) {
    const double L = net_.loss(X, Y);
    return {L, accuracy(net_.output(), labels, *net_.parameters().back().activation)};
}

Evaluation Trainer::evaluate() {
    Evaluation e{kNaN, kNaN, kNaN, kNaN};
    std::tie(e.loss, e.accuracy) = measure(X_, Y_, labels_);
    if (has_test_set())
        std::tie(e.test_loss, e.test_accuracy) = measure(X_test_, Y_test_, labels_test_);
    return e;
}

std::vector<int> Trainer::confusion(bool test) {
    const Matrix& X = test ? X_test_ : X_;
    const std::vector<int>& labels = test ? labels_test_ : labels_;
    if (X.shape(0) == 0 || labels.empty()) return std::vector<int>(classes_ * classes_, 0);
    return nl::confusion(net_.forward(X).back().A, labels, classes_,
                         *net_.parameters().back().activation);
}

std::vector<LayerHealth> Trainer::health() {
    const std::size_t n = X_.shape(0);
    if (n <= kHealthSamples) return layer_health(net_, X_, Y_);
    // Rows r_k = floor(k n / m), k = 0 .. m - 1: evenly spread over the training set.
    const std::size_t m = kHealthSamples;
    std::vector<std::size_t> rows(m);
    for (std::size_t k = 0; k < m; ++k) rows[k] = k * n / m;
    ensure_shape(health_X_, m, X_.shape(1));
    ensure_shape(health_Y_, m, Y_.shape(1));
    copy_rows(X_, rows, 0, health_X_);
    copy_rows(Y_, rows, 0, health_Y_);
    return layer_health(net_, health_X_, health_Y_);
}

void Trainer::set_options(const OptimizerOptions& optimizer) { optimizer_.set_options(optimizer); }

}  // namespace nl
