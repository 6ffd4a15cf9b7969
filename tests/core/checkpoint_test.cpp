// Trainer checkpoints: restore(save()) then k epochs equals the k epochs that followed the save,
// bit for bit, for every optimizer, with minibatches and dropout (so the optimizer's state, both
// PRNGs and the sample order all matter), from an epoch boundary and from mid-epoch; a
// checkpoint of another network or data set, or a damaged one, is refused and changes nothing.
#include <catch2/catch.hpp>
#include <vector>

#include "neuronlab/trainer.hpp"
#include "testing.hpp"

using namespace nl;

namespace {

Network spiral_network(std::uint64_t seed, std::size_t hidden = 6) {
    Network net(2, {{hidden, "tanh", 0.2}, {hidden, "relu"}, {1, "sigmoid"}}, "bce");
    net.initialize("xavier", seed);
    return net;
}

Dataset spiral(std::size_t samples = 60) {
    DatasetOptions o;
    o.samples = samples;
    o.noise = 0.2;
    o.seed = 3;
    return make_dataset("spiral", o);
}

TrainerOptions options(const std::string& optimizer, std::uint64_t seed) {
    TrainerOptions o;
    o.optimizer.name = optimizer;
    o.optimizer.learning_rate = optimizer == "sgd" || optimizer == "momentum" ? 0.1 : 0.01;
    o.optimizer.decay = 0.01;
    o.batch_size = 16;
    o.seed = seed;
    return o;
}

bool same_parameters(const Network& a, const Network& b) {
    for (std::size_t l = 0; l < a.parameters().size(); ++l)
        if (!same(a.parameters()[l].W, b.parameters()[l].W) ||
            !same(a.parameters()[l].b, b.parameters()[l].b))
            return false;
    return true;
}

std::vector<double> losses(const std::vector<EpochStats>& h) {
    std::vector<double> out;
    for (const auto& e : h) out.push_back(e.loss);
    return out;
}

}  // namespace

TEST_CASE("a restored checkpoint trains on exactly as the run it was saved from") {
    const Dataset data = spiral();
    for (const std::string name : {"sgd", "momentum", "rmsprop", "adam"}) {
        CAPTURE(name);
        Network a = spiral_network(1);
        Trainer ta(a, data, options(name, 1));
        std::vector<EpochStats> before, after_a, after_b;
        ta.train(3, before);
        const std::vector<double> checkpoint = ta.save();
        ta.train(5, after_a);

        // Another first weights and another shuffling seed: everything comes from the checkpoint.
        Network b = spiral_network(77);
        Trainer tb(b, data, options(name, 99));
        tb.restore(checkpoint);
        CHECK(tb.epoch() == 3);
        tb.train(5, after_b);
        CHECK(losses(after_a) == losses(after_b));
        CHECK(same_parameters(a, b));
        CHECK(tb.epoch() == ta.epoch());

        // Back in time on the same trainer: the run from epoch 3 again.
        std::vector<EpochStats> again;
        ta.restore(checkpoint);
        ta.train(5, again);
        CHECK(losses(again) == losses(after_a));
    }
}

TEST_CASE("a checkpoint saved in the middle of an epoch continues that epoch") {
    const Dataset data = spiral();
    Network a = spiral_network(1);
    Trainer ta(a, data, options("adam", 5));
    TrainStatus s;
    for (int i = 0; i < 6; ++i) ta.step(s);  // 60 samples, 16 a batch: epoch 1, 2 batches in
    const std::vector<double> checkpoint = ta.save();
    std::vector<EpochStats> h1, h2;
    ta.train(2, h1);
    Network b = spiral_network(2);
    Trainer tb(b, data, options("adam", 6));
    tb.restore(checkpoint);
    tb.train(2, h2);
    CHECK(losses(h1) == losses(h2));
    CHECK(same_parameters(a, b));
}

TEST_CASE("restore refuses a checkpoint it cannot continue from, and changes nothing") {
    const Dataset data = spiral();
    Network a = spiral_network(1);
    Trainer ta(a, data, options("adam", 1));
    std::vector<EpochStats> h;
    ta.train(2, h);
    const std::vector<double> good = ta.save();
    const Matrix W0 = a.parameters()[0].W;

    Network wider = spiral_network(1, 7);
    Trainer tw(wider, data, options("adam", 1));
    CHECK_INVALID_WITH(tw.restore(good), "restore: the checkpoint has");
    Network other = spiral_network(1);
    Trainer to(other, spiral(80), options("adam", 1));
    CHECK_INVALID_WITH(to.restore(good), "data set (80 samples)");

    std::vector<double> bad = good;
    bad[27] = bad[28];  // a sample twice in the order
    CHECK_INVALID_WITH(ta.restore(bad), "not a permutation of 0 to 59");
    bad = good;
    bad.back() = std::nan("");
    CHECK_INVALID_WITH(ta.restore(bad), "a checkpoint's weight or optimizer state is NaN");
    bad = good;
    bad[7] = 0.5;
    CHECK_INVALID_WITH(ta.restore(bad), "PRNG state");
    bad = good;
    bad[4] = 61;
    CHECK_INVALID_WITH(ta.restore(bad), "epoch or cursor");
    CHECK(same(a.parameters()[0].W, W0));
    CHECK(ta.save() == good);
}
