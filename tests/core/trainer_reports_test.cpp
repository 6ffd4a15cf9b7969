// What the trainer reports besides the training loss (trainer.hpp): the test loss and accuracy
// at the end of every epoch, the confusion matrix of either set, and the learning-rate schedule
// eta / (1 + decay * epoch).
#include <catch2/catch.hpp>
#include <cmath>
#include <numeric>

#include "neuronlab/trainer.hpp"
#include "testing.hpp"

using namespace nl;

namespace {
TrainerOptions adam(std::size_t batch) {
    TrainerOptions c;
    c.optimizer.name = "adam";
    c.optimizer.learning_rate = 0.01;
    c.batch_size = batch;
    return c;
}

Network spiral_net() {
    Network net(2, {{16, "tanh"}, {3, "softmax"}}, "softmax_ce");
    net.initialize("xavier", 4);
    return net;
}
}  // namespace

TEST_CASE("each epoch's test loss and accuracy are those of the weights it ends with",
          "[trainer]") {
    const Dataset data = make_dataset("spiral3", {150, 0.1, 0.2, 2});
    Network net = spiral_net(), replay = spiral_net();
    Trainer t(net, data, adam(10)), r(replay, data, adam(10));
    std::vector<EpochStats> history, step_by_step;
    t.train(4, history);
    REQUIRE(history.size() == 4);
    for (std::size_t e = 0; e < 4; ++e) {
        r.train(1, step_by_step);
        const Evaluation after = r.evaluate();
        CHECK(history[e].test_loss == after.test_loss);
        CHECK(history[e].test_accuracy == after.test_accuracy);
    }
    // Without a test set they are NaN.
    Dataset no_test = data;
    no_test.X_test = Matrix::from_shape({0, 2});
    no_test.labels_test.clear();
    Network other = spiral_net();
    Trainer u(other, no_test, adam(10));
    std::vector<EpochStats> h;
    u.train(1, h);
    CHECK(std::isnan(h[0].test_loss));
    CHECK(std::isnan(h[0].test_accuracy));
    CHECK_FALSE(u.has_test_set());
}

TEST_CASE("the confusion matrix counts true label (row) against prediction (column)", "[trainer]") {
    const Dataset data = make_dataset("spiral3", {150, 0.1, 0.2, 2});
    Network net = spiral_net();
    Trainer t(net, data, adam(10));
    std::vector<EpochStats> h;
    t.train(20, h);
    for (const bool test : {true, false}) {
        const std::vector<int> counts = t.confusion(test);
        const std::vector<int>& labels = test ? data.labels_test : data.labels;
        REQUIRE(counts.size() == 9);
        CHECK(std::accumulate(counts.begin(), counts.end(), 0) == static_cast<int>(labels.size()));
        for (int truth = 0; truth < 3; ++truth) {  // each row sums to the samples of its label
            const int row = counts[truth * 3] + counts[truth * 3 + 1] + counts[truth * 3 + 2];
            CHECK(row == std::count(labels.begin(), labels.end(), truth));
        }
        const Evaluation e = t.evaluate();
        const double diagonal = counts[0] + counts[4] + counts[8];
        CHECK(diagonal / labels.size() == (test ? e.test_accuracy : e.accuracy));
    }
    // One sigmoid output: two classes by its threshold.
    const Matrix P = {{0.9}, {0.2}, {0.7}, {0.4}};
    const std::vector<int> two = confusion(P, {1, 1, 0, 0}, 2, find_activation("sigmoid", "test"));
    CHECK(two == std::vector<int>{1, 1, 1, 1});  // (0,0) (0,1) (1,0) (1,1)
}

TEST_CASE("decay: epoch e steps with eta / (1 + decay * e)", "[trainer][optimizer]") {
    // Full batches: one SGD step per epoch. decay 1 at eta 0.1 gives 0.1, 0.05, 0.1 / 3.
    const Dataset data = make_dataset("xor", {4, 0.0, 0.0, 1});
    Network scheduled(2, {{3, "tanh"}, {1, "sigmoid"}}, "bce");
    scheduled.initialize("uniform", 2);
    Network by_hand = scheduled;
    TrainerOptions c;
    c.optimizer.learning_rate = 0.1;
    c.optimizer.decay = 1.0;
    Trainer t(scheduled, data, c);
    std::vector<EpochStats> h;
    t.train(3, h);
    c.optimizer.decay = 0.0;
    Trainer m(by_hand, data, c);
    for (const double eta : {0.1, 0.1 / 2.0, 0.1 / 3.0}) {
        c.optimizer.learning_rate = eta;
        m.set_options(c.optimizer);
        m.train(1, h);
    }
    CHECK(same(scheduled.parameters()[0].W, by_hand.parameters()[0].W));
    CHECK(same(scheduled.parameters()[1].W, by_hand.parameters()[1].W));
    c.optimizer.decay = -1.0;
    CHECK_INVALID(m.set_options(c.optimizer), "optimizer: decay is -1; accepted: 0 to 10");
}
