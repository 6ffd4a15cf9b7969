// Training: epochs of seeded, shuffled minibatches over a data set, one optimizer step per
// batch, reporting the loss and accuracy of each epoch. A non-finite loss or weight stops
// training with status "diverged", puts back the last weights whose loss was finite and clears
// the optimizer's moments, so a smaller learning rate can carry on from there.
// Does not: draw anything or decide when to stop; the caller asks for as many epochs as it wants.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "neuronlab/dataset.hpp"
#include "neuronlab/health.hpp"
#include "neuronlab/network.hpp"
#include "neuronlab/optimizer.hpp"
#include "neuronlab/rng.hpp"

namespace nl {

enum class TrainStatus { ok, diverged };

struct TrainerOptions {
    OptimizerOptions optimizer;
    std::size_t batch_size = 0;  // 0 or >= samples: the full batch
    std::uint64_t seed = 1;      // shuffling order
};

struct EpochStats {
    double loss;      // sample-weighted mean of the batch losses, each before its update (with
                      // dropout: of the training passes, masks applied)
    double accuracy;  // of the same predictions
    // On the test set at the end of the epoch, without dropout; NaN when there is none.
    double test_loss, test_accuracy;
};

struct Evaluation {
    double loss, accuracy;            // on the training set, with the current weights
    double test_loss, test_accuracy;  // NaN when there is no test set
};

class Trainer {
public:
    // Keeps a reference to `net` (it must outlive the trainer) and a copy of the data, with
    // targets encoded for the network's output activation.
    Trainer(Network& net, const Dataset& data, const TrainerOptions& options);
    // Trains on X, Y directly (Y already encoded), with labels for accuracy (may be empty).
    Trainer(Network& net, const Matrix& X, const Matrix& Y, const std::vector<int>& labels,
            const TrainerOptions& options);

    // Runs up to `epochs` epochs, appending one EpochStats each; stops early on divergence.
    // One call goes through at most 10,000,000 samples (epochs x samples); more epochs throw
    // std::invalid_argument, so a bad count cannot hang the page.
    TrainStatus train(std::size_t epochs, std::vector<EpochStats>& history);

    // One minibatch step (the next batch of the current epoch). Returns its loss, or NaN and
    // status diverged (see the top of this file for what divergence puts back).
    double step(TrainStatus& status);

    Evaluation evaluate();
    // The confusion matrix of the training or the test set with the current weights, no dropout:
    // counts[t * classes + p] = samples of label t predicted as p (empty test set: all 0).
    std::vector<int> confusion(bool test);

    // A checkpoint: everything the next step depends on (weights, the optimizer's state and
    // step count, both PRNGs, the sample order and the place in the epoch) as plain numbers,
    // laid out in checkpoint.cpp. restore(c) then k epochs equals, bit for bit, the k epochs
    // that followed save() == c. restore() refuses a checkpoint of another network or data set.
    std::vector<double> save() const;
    void restore(const std::vector<double>& checkpoint);

    // Gradient size and dead or saturated units per layer (health.hpp), over the training set,
    // or kHealthSamples of its samples evenly spread when it has more. Changes no weight,
    // optimizer state or PRNG: training goes on the same.
    std::vector<LayerHealth> health();
    std::size_t classes() const { return classes_; }
    bool has_test_set() const { return X_test_.shape(0) > 0; }
    void set_options(const OptimizerOptions& optimizer);  // keeps weights, epoch and order
    const OptimizerOptions& optimizer_options() const { return optimizer_.options(); }
    std::size_t epoch() const { return epoch_; }
    std::size_t batch_size() const { return batch_; }
    const Network& network() const { return net_; }

private:
    void start_epoch();
    // loss and accuracy of the network on X, Y, labels, without dropout.
    std::pair<double, double> measure(const Matrix& X, const Matrix& Y,
                                      const std::vector<int>& labels);

    Network& net_;
    Matrix X_, Y_, X_test_, Y_test_;
    std::vector<int> labels_, labels_test_;
    std::size_t classes_;
    Optimizer optimizer_;
    Rng rng_;
    std::size_t batch_;
    std::vector<std::size_t> order_;
    std::size_t cursor_ = 0;  // next position in order_ within the epoch
    std::size_t epoch_ = 0;
    double epoch_loss_ = 0, epoch_correct_ = 0;  // running sums of the current epoch
    // The rows of the current batch: [0] for full batches, [1] for the last, shorter one of an
    // epoch (so neither is ever reshaped).
    Matrix batch_X_[2], batch_Y_[2];
    std::vector<int> batch_labels_;
    Matrix health_X_, health_Y_;  // the rows health() reads, for a large training set
};

}  // namespace nl
