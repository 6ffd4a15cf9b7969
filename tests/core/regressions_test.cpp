// Regression tests for the bugs the sanitizer runs, the fuzzers (tests/fuzz/) and the
// hostile-input audit found: each replays the input that broke the core and checks that it is
// now refused with std::invalid_argument or handled, under ASan and UBSan as in the plain build.
#include <catch2/catch.hpp>
#include <cmath>
#include <stdexcept>
#include <string>

#include "neuronlab/dataset.hpp"
#include "neuronlab/gradcheck.hpp"
#include "neuronlab/neuron.hpp"
#include "neuronlab/perceptron.hpp"
#include "neuronlab/trainer.hpp"
#include "testing.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::Message;

namespace {

bool all_finite(const nl::Network& net) {
    for (const auto& layer : net.parameters()) {
        for (double w : layer.W)
            if (!std::isfinite(w)) return false;
        for (double b : layer.b)
            if (!std::isfinite(b)) return false;
    }
    return true;
}

}  // namespace

// Was: a name of any length was copied whole into the message (a 1 MB name, a 1 MB message).
TEST_CASE("a very long name is cut short in the message", "[regression][validate]") {
    const std::string name(1 << 20, 'y');
    CHECK_THROWS_MATCHES(nl::Network(1, {{1, name}}, "mse"), std::invalid_argument,
                         Message("Network: layers[0].activation \"" + std::string(40, 'y') +
                                 "...\" (1048576 bytes) is unknown; accepted: step, sigmoid, "
                                 "tanh, relu, linear, softmax"));
}

// Was: fuzz_network's timeout (corpus file timeout-gradient-check-of-a-large-network): a
// gradient check costs parameters^2 x samples and ran for hours on a large network.
TEST_CASE("a gradient check too large to finish is refused at once", "[regression][gradcheck]") {
    nl::Network net(4096, {{64, "tanh"}, {1, "linear"}}, "mse");
    const nl::Matrix X = xt::zeros<double>({std::size_t{1}, std::size_t{4096}});
    const nl::Matrix Y = xt::zeros<double>({std::size_t{1}, std::size_t{1}});
    CHECK_THROWS_WITH(nl::gradient_check(net, X, Y),
                      Contains("checking 262273 parameters over 1 samples is too slow"));
}

// Was: on divergence the trainer put back the weights it stood on, which were finite but
// overflowed the loss, so every later step diverged again whatever the learning rate.
TEST_CASE("a diverged trainer trains again at a lower learning rate", "[regression][trainer]") {
    for (const char* optimizer : {"sgd", "momentum"}) {
        nl::Network net(2, {{8, "tanh"}, {1, "linear"}}, "mse");
        net.initialize("xavier", 1);
        nl::DatasetOptions data;
        data.samples = 100;
        data.seed = 3;
        nl::TrainerOptions config;
        config.optimizer.name = optimizer;
        config.optimizer.learning_rate = 100;
        config.batch_size = 10;
        nl::Trainer trainer(net, nl::make_dataset("circle", data), config);

        nl::TrainStatus status = nl::TrainStatus::ok;
        for (int i = 0; i < 1000 && status == nl::TrainStatus::ok; ++i) trainer.step(status);
        REQUIRE(status == nl::TrainStatus::diverged);
        CHECK(all_finite(net));

        nl::OptimizerOptions slower = trainer.optimizer_options();
        slower.learning_rate = 0.1;
        trainer.set_options(slower);
        const double first = trainer.step(status);
        double last = first;
        for (int i = 0; i < 100 && status == nl::TrainStatus::ok; ++i) last = trainer.step(status);
        CHECK(status == nl::TrainStatus::ok);
        CHECK(std::isfinite(last));
        CHECK(last < first);
        CHECK(all_finite(net));
    }
}

// Was: a huge (finite) input times the learning rate stored an infinite weight.
TEST_CASE("a perceptron update that would overflow is refused whole", "[regression][perceptron]") {
    nl::Perceptron p(2, 100);
    p.set_weights({0.5, 0.25}, 0);
    CHECK_INVALID_WITH(p.train_sample({1e308, 1}, 0),
                       "inputs[0] is 1e+308, which would make weights[0] infinite");
    CHECK(p.weights() == std::vector<double>{0.5, 0.25});
    CHECK(p.bias() == 0);
}

// Was: a finite but huge weighted sum came back as Infinity or NaN.
TEST_CASE("a neuron whose weighted sum overflows is refused", "[regression][neuron]") {
    CHECK_THROWS_WITH(nl::neuron({1e308, 1e308}, {10, -10}, 0, "linear"),
                      Contains("neuron: the weighted sum w . x + b overflows"));
}

// Was: classes = 1e9 asked for a 1e9-column target matrix (an allocation failure, or under
// ASan a crash), and classes = 0 printed "accepted: 0 to 18446744073709551615".
TEST_CASE("target encoding refuses absurd class counts", "[regression][dataset]") {
    const nl::Activation& softmax = nl::find_activation("softmax", "test");
    CHECK_THROWS_MATCHES(nl::encode_targets({0}, 1000000000, softmax, 1000000000, "targets"),
                         std::invalid_argument,
                         Message("targets: classes is 1000000000; accepted: 1 to 4096"));
    CHECK_THROWS_MATCHES(nl::encode_targets({0}, 0, softmax, 0, "targets"), std::invalid_argument,
                         Message("targets: classes is 0; accepted: 1 to 4096"));
}

// Was: train(1e9) ran for about a quarter of an hour on XOR, with no way to stop it.
TEST_CASE("one train() call is bounded", "[regression][trainer]") {
    nl::Network net(2, {{2, "tanh"}, {1, "sigmoid"}}, "bce");
    nl::DatasetOptions data;
    data.samples = 4;
    nl::Trainer trainer(net, nl::make_dataset("xor", data), nl::TrainerOptions{});
    std::vector<nl::EpochStats> history;
    CHECK_THROWS_MATCHES(trainer.train(1000000000, history), std::invalid_argument,
                         Message("train: epochs is 1000000000; accepted: 0 to 2500000 for 4 "
                                 "samples (one call trains on at most 10000000 samples; call "
                                 "again for more)"));
    CHECK(history.empty());
}
