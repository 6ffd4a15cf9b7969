// Training: the XOR golden curve (shared with the JavaScript tests through
// tests/golden/xor-training.json), seeded minibatches, set_options(), the divergence guard,
// evaluate(), every optimizer making progress, and L2 shrinking the weights.
// The golden file is written by the hidden test "[.write-golden]":
//   build/native/neuronlab_tests "[.write-golden]"
#include "neuronlab/trainer.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "golden.hpp"
#include "testing.hpp"

using namespace nl;
using Json = nlohmann::json;

namespace {

// ---- The XOR golden ----------------------------------------------------------------------

const char* kGolden = "xor-training.json";

// The settings a golden file describes (defaults for a first write).
struct XorSettings {
    std::uint64_t network_seed = 1;
    double learning_rate = 3.0;
    std::uint64_t trainer_seed = 1;
    std::size_t epochs = 1000;
};

Network xor_network(const Json& spec) {
    std::vector<LayerSpec> layers;
    for (const auto& l : spec["layers"])
        layers.push_back({l["units"].get<std::size_t>(), l["activation"].get<std::string>()});
    Network net(spec["inputs"].get<std::size_t>(), layers, spec["loss"].get<std::string>());
    net.initialize(spec["init"].get<std::string>(), spec["seed"].get<std::uint64_t>());
    return net;
}

TrainerOptions xor_trainer(const Json& spec) {
    TrainerOptions c;
    c.optimizer.name = spec["optimizer"].get<std::string>();
    c.optimizer.learning_rate = spec["learningRate"].get<double>();
    c.batch_size = spec["batchSize"].get<std::size_t>();
    c.seed = spec["seed"].get<std::uint64_t>();
    return c;
}

// The settings as the file spells them, in the file's field order.
nlohmann::ordered_json xor_spec(const XorSettings& s) {
    nlohmann::ordered_json network = {
        {"inputs", 2},
        {"layers",
         {{{"units", 4}, {"activation", "sigmoid"}}, {{"units", 1}, {"activation", "sigmoid"}}}},
        {"loss", "mse"},
        {"init", "uniform"},
        {"seed", s.network_seed}};
    nlohmann::ordered_json trainer = {{"optimizer", "sgd"},
                                      {"learningRate", s.learning_rate},
                                      {"batchSize", 0},
                                      {"seed", s.trainer_seed}};
    return {{"network", network}, {"trainer", trainer}, {"epochs", s.epochs}};
}

Dataset xor_data() {
    DatasetOptions o;
    o.samples = 4;
    o.noise = 0.0;
    return make_dataset("xor", o);
}

struct XorRun {
    TrainStatus status;
    std::vector<EpochStats> history;
    Matrix predictions;  // 4 x 1, after the last epoch
};

XorRun train_xor(const Json& spec) {
    Network net = xor_network(spec["network"]);
    const Dataset data = xor_data();
    Trainer trainer(net, data, xor_trainer(spec["trainer"]));
    XorRun run;
    run.status = trainer.train(spec["epochs"].get<std::size_t>(), run.history);
    run.predictions = net.forward(data.X).back().A;
    return run;
}

// 17 significant digits: enough to read back the exact double.
std::string digits17(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

// ---- Helpers for the other tests ----------------------------------------------------------

Dataset circle(std::size_t samples, double test_fraction = 0.0) {
    DatasetOptions o;
    o.samples = samples;
    o.noise = 0.1;
    o.test_fraction = test_fraction;
    o.seed = 3;
    return make_dataset("circle", o);
}

Network circle_net(std::uint64_t seed = 1) {
    Network net(2, {{8, "tanh"}, {1, "sigmoid"}}, "bce");
    net.initialize("xavier", seed);
    return net;
}

TrainerOptions config(const std::string& optimizer, double learning_rate, std::size_t batch,
                      std::uint64_t seed = 1) {
    TrainerOptions c;
    c.optimizer.name = optimizer;
    c.optimizer.learning_rate = learning_rate;
    c.batch_size = batch;
    c.seed = seed;
    return c;
}

bool same_weights(const Network& a, const Network& b) {
    for (std::size_t l = 0; l < a.parameters().size(); ++l)
        if (!same(a.parameters()[l].W, b.parameters()[l].W) ||
            !same(a.parameters()[l].b, b.parameters()[l].b))
            return false;
    return true;
}

double weight_norm(const Network& net) {  // sqrt(sum W^2) over every layer, biases excluded
    double s = 0.0;
    for (const auto& layer : net.parameters())
        for (double w : layer.W) s += w * w;
    return std::sqrt(s);
}

// The fraction of one-output predictions on the right side of 0.5, counted here.
double share_right(const Matrix& P, const std::vector<int>& labels) {
    std::size_t right = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) right += (P(i, 0) > 0.5) == (labels[i] == 1);
    return double(right) / double(labels.size());
}

Matrix zero_one(const std::vector<int>& labels) {
    Matrix Y = Matrix::from_shape({labels.size(), 1});
    for (std::size_t i = 0; i < labels.size(); ++i) Y(i, 0) = labels[i];
    return Y;
}

}  // namespace

TEST_CASE("write tests/golden/xor-training.json", "[.write-golden]") {
    // Keeps the settings of an existing file (seed, learning rate, trainer seed, epochs).
    XorSettings s;
    try {
        const Json old = read_golden(kGolden);
        s.network_seed = old["network"]["seed"].get<std::uint64_t>();
        s.learning_rate = old["trainer"]["learningRate"].get<double>();
        s.trainer_seed = old["trainer"]["seed"].get<std::uint64_t>();
        s.epochs = old["epochs"].get<std::size_t>();
    } catch (const std::exception&) {
        // No file yet (or an unreadable one): the defaults above.
    }
    const nlohmann::ordered_json spec = xor_spec(s);
    const XorRun run = train_xor(Json::parse(spec.dump()));
    REQUIRE(run.status == TrainStatus::ok);
    REQUIRE(run.history.back().loss < 0.01);

    std::ofstream out(std::string(NEURONLAB_GOLDEN_DIR) + "/" + kGolden);
    REQUIRE(out);
    out << "{\n"
        << "  \"description\": "
        << Json(
               "XOR truth table (makeDataset('xor', {samples: 4, noise: 0})) learned by a 2-4-1 "
               "sigmoid network with mse, uniform init, full-batch SGD. loss[e] is the mean "
               "squared error of epoch e + 1, measured before that epoch's update; "
               "finalPredictions are the outputs for the four rows after the last epoch. "
               "Written by the Catch2 test [.write-golden]; asserted within 1e-12 natively and "
               "through the wasm build.")
               .dump()
        << ",\n"
        << "  \"network\": " << spec["network"].dump() << ",\n"
        << "  \"trainer\": " << spec["trainer"].dump() << ",\n"
        << "  \"epochs\": " << s.epochs << ",\n"
        << "  \"loss\": [";
    for (std::size_t e = 0; e < run.history.size(); ++e)
        out << (e == 0 ? "\n    " : e % 5 == 0 ? ",\n    " : ", ") << digits17(run.history[e].loss);
    out << "\n  ],\n  \"finalPredictions\": [";
    for (std::size_t i = 0; i < 4; ++i) out << (i ? ", " : "") << digits17(run.predictions(i, 0));
    out << "]\n}\n";
}

TEST_CASE("XOR: a 2-4-1 sigmoid net follows the golden loss curve to below 0.01",
          "[trainer][golden]") {
    const Json g = read_golden(kGolden);
    // The file describes exactly the lesson's setup.
    CHECK(g["network"]["inputs"] == 2);
    CHECK(g["network"]["layers"] == Json::parse(xor_spec({})["network"]["layers"].dump()));
    CHECK(g["network"]["loss"] == "mse");
    CHECK(g["network"]["init"] == "uniform");
    CHECK(g["trainer"]["optimizer"] == "sgd");
    CHECK(g["trainer"]["batchSize"] == 0);
    const std::size_t epochs = g["epochs"].get<std::size_t>();
    CHECK(epochs <= 5000);
    REQUIRE(g["loss"].size() == epochs);

    const XorRun run = train_xor(g);
    REQUIRE(run.status == TrainStatus::ok);
    REQUIRE(run.history.size() == epochs);
    double worst = 0.0;
    std::size_t worst_at = 0;
    for (std::size_t e = 0; e < epochs; ++e) {
        const double d = std::abs(run.history[e].loss - g["loss"][e].get<double>());
        if (d > worst) worst = d, worst_at = e;
    }
    INFO("largest difference " << worst << " at epoch " << worst_at + 1);
    CHECK(worst <= 1e-12);
    CHECK(run.history.back().loss < 0.01);
    CHECK(run.history.front().loss > 0.1);  // it really learned something

    // The truth table (0,0) (0,1) (1,0) (1,1) -> 0 1 1 0, each on the right side of 0.5.
    const int xor_of[4] = {0, 1, 1, 0};
    REQUIRE(g["finalPredictions"].size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        INFO("row " << i);
        CHECK((run.predictions(i, 0) > 0.5) == (xor_of[i] == 1));
        CHECK(run.predictions(i, 0) == within(g["finalPredictions"][i].get<double>(), 1e-12));
    }
}

TEST_CASE("shuffled minibatches: the same seed trains the same, another seed differently",
          "[trainer]") {
    const Dataset data = circle(100);
    auto run = [&](std::uint64_t trainer_seed, std::vector<EpochStats>& history) {
        Network net = circle_net();
        Trainer t(net, data, config("sgd", 0.3, 10, trainer_seed));
        CHECK(t.train(5, history) == TrainStatus::ok);
        return net;
    };
    std::vector<EpochStats> h1, h2, h3;
    const Network a = run(3, h1), b = run(3, h2), c = run(4, h3);
    CHECK(same_weights(a, b));
    REQUIRE(h1.size() == 5);
    for (std::size_t e = 0; e < 5; ++e) CHECK(h1[e].loss == h2[e].loss);
    CHECK_FALSE(same_weights(a, c));
    CHECK(h1.back().loss != h3.back().loss);

    // A full batch has no order: the trainer's seed does not matter.
    auto full = [&](std::uint64_t trainer_seed) {
        Network net = circle_net();
        Trainer t(net, data, config("sgd", 0.3, 0, trainer_seed));
        std::vector<EpochStats> h;
        t.train(5, h);
        return net;
    };
    CHECK(same_weights(full(1), full(2)));
}

TEST_CASE("an epoch visits every sample once: its loss is the mean over the whole set",
          "[trainer]") {
    // With a learning rate of 1e-300 the updates vanish below the weights' precision, so every
    // batch sees the initial weights; the sample-weighted mean of the batch losses is then the
    // loss of the whole set if and only if each sample came exactly once (100 = 3 x 30 + 10).
    const Dataset data = circle(100);
    Network net = circle_net();
    Network reference = net;
    const Matrix Y = zero_one(data.labels);
    const double whole = reference.loss(data.X, Y);
    reference.forward(data.X);
    const double whole_accuracy = share_right(reference.output(), data.labels);

    Trainer t(net, data, config("sgd", 1e-300, 30, 5));
    CHECK(t.batch_size() == 30);
    std::vector<EpochStats> h;
    t.train(3, h);
    CHECK(t.epoch() == 3);
    // (The weights stay bit for bit; the biases start at 0 and move by ~1e-300, which no
    // z = x W + b can feel.)
    for (std::size_t l = 0; l < 2; ++l) {
        CHECK(same(net.parameters()[l].W, reference.parameters()[l].W));
        for (double b : net.parameters()[l].b) CHECK(std::abs(b) < 1e-290);
    }
    for (const auto& e : h) {
        CHECK(e.loss == Approx(whole).epsilon(1e-13));
        CHECK(e.accuracy == whole_accuracy);
    }

    // step() walks the same batches: 30, 30, 30, then the last 10 close the epoch.
    TrainStatus status;
    for (int i = 0; i < 3; ++i) {
        t.step(status);
        CHECK(t.epoch() == 3);
    }
    t.step(status);
    CHECK(status == TrainStatus::ok);
    CHECK(t.epoch() == 4);
}

TEST_CASE("set_options() keeps the weights and the next step uses the new settings", "[trainer]") {
    const Dataset data = circle(60);
    Network net = circle_net();
    Trainer t(net, data, config("sgd", 0.5, 0));
    std::vector<EpochStats> h;
    t.train(3, h);
    const Network before = net;

    OptimizerOptions slower;
    slower.name = "sgd";
    slower.learning_rate = 0.05;
    t.set_options(slower);
    CHECK(same_weights(net, before));
    CHECK(t.epoch() == 3);
    CHECK(t.optimizer_options().learning_rate == 0.05);

    // One full-batch step: W <- W - 0.05 dL/dW, with dL/dW from backward() on the whole set.
    Network oracle = before;
    oracle.backward(data.X, zero_one(data.labels));
    TrainStatus status;
    t.step(status);
    for (std::size_t l = 0; l < 2; ++l) {
        const Matrix expected = before.parameters()[l].W - 0.05 * oracle.gradients()[l].dW;
        CHECK(max_abs_difference(net.parameters()[l].W, expected) < 1e-15);
    }

    OptimizerOptions bad = slower;
    bad.learning_rate = -1;
    CHECK_INVALID_WITH(t.set_options(bad), "learning_rate is -1");
    CHECK(t.optimizer_options().learning_rate == 0.05);
}

TEST_CASE("a step leaves its batch's gradients in the network, for each optimizer", "[trainer]") {
    // Full batch: the gradients after step k are backward() on the whole set at the weights
    // before step k, whatever the rule did with them (nn-race shows them beside each rule).
    const Dataset data = circle(60);
    for (const char* name : {"sgd", "momentum", "rmsprop", "adam"}) {
        Network net = circle_net();
        Trainer t(net, data, config(name, 0.1, 0));
        TrainStatus status;
        for (int k = 0; k < 3; ++k) {
            Network oracle = net;
            oracle.backward(data.X, zero_one(data.labels));
            t.step(status);
            for (std::size_t l = 0; l < 2; ++l) {
                CHECK(same(net.gradients()[l].dW, oracle.gradients()[l].dW));
                CHECK(same(net.gradients()[l].db, oracle.gradients()[l].db));
            }
        }
    }
}

TEST_CASE("a learning rate of 100 diverges: status diverged, last finite weights restored",
          "[trainer]") {
    // A linear output with mse has no squashing to stop it: on the circle data each full-batch
    // step multiplies the error, until the loss or a weight overflows.
    const Dataset data = circle(200);
    Network net(2, {{8, "tanh"}, {1, "linear"}}, "mse");
    net.initialize("xavier", 1);
    Trainer t(net, data, config("sgd", 100.0, 0));
    std::vector<EpochStats> history;
    TrainStatus status = TrainStatus::ok;
    Network before = net, two_before = net;
    std::size_t epochs = 0;
    while (epochs < 1000) {
        two_before = before;
        before = net;
        status = t.train(1, history);
        if (status == TrainStatus::diverged) break;
        ++epochs;
    }
    REQUIRE(status == TrainStatus::diverged);
    CHECK(epochs > 1);                // it blew up along the way, not at once
    CHECK(history.size() == epochs);  // the failed epoch is not reported
    CHECK(history[1].loss > 10 * history[0].loss);
    for (const auto& layer : net.parameters()) {
        for (double w : layer.W) CHECK(std::isfinite(w));
        for (double b : layer.b) CHECK(std::isfinite(b));
    }
    // Back to exactly the last weights whose loss was finite: those before the failed step, or,
    // when the loss of those already overflowed (finite weights can do that), the ones before.
    const Matrix Y = encode_targets(data.labels, data.classes, *net.parameters().back().activation,
                                    net.outputs(), "test");
    const bool before_finite = std::isfinite(before.loss(data.X, Y));
    const Network& last_good = before_finite ? before : two_before;
    CHECK(std::isfinite(Network(last_good).loss(data.X, Y)));
    INFO("the loss of the weights before the failed step is " << (before_finite ? "" : "not ")
                                                              << "finite");
    CHECK(same_weights(net, last_good));
    // Asking again does not move it either.
    CHECK(t.train(5, history) == TrainStatus::diverged);
    CHECK(same_weights(net, last_good));
}

TEST_CASE("evaluate() reports training and, when there is one, test loss and accuracy",
          "[trainer]") {
    SECTION("without a test set the test numbers are NaN") {
        const Dataset data = circle(80);
        Network net = circle_net();
        Trainer t(net, data, config("adam", 0.01, 16));
        std::vector<EpochStats> h;
        t.train(10, h);
        const Evaluation e = t.evaluate();
        Network oracle = net;
        CHECK(e.loss == oracle.loss(data.X, zero_one(data.labels)));
        CHECK(e.accuracy == share_right(oracle.output(), data.labels));
        CHECK(std::isnan(e.test_loss));
        CHECK(std::isnan(e.test_accuracy));
    }
    SECTION("with a test set") {
        const Dataset data = circle(200, 0.3);
        REQUIRE(data.X_test.shape(0) == 60);
        Network net = circle_net();
        Trainer t(net, data, config("adam", 0.01, 16));
        std::vector<EpochStats> h;
        t.train(10, h);
        const Evaluation e = t.evaluate();
        Network oracle = net;
        CHECK(e.loss == oracle.loss(data.X, zero_one(data.labels)));
        CHECK(e.accuracy == share_right(oracle.output(), data.labels));
        CHECK(e.test_loss == oracle.loss(data.X_test, zero_one(data.labels_test)));
        CHECK(e.test_accuracy == share_right(oracle.output(), data.labels_test));
        CHECK(e.test_loss != e.loss);
    }
    SECTION("trained on X and Y directly, without labels, there is no accuracy") {
        const Dataset data = circle(40);
        Network net = circle_net();
        Trainer t(net, data.X, zero_one(data.labels), {}, config("sgd", 0.1, 0));
        std::vector<EpochStats> h;
        t.train(2, h);
        CHECK(std::isnan(h[0].accuracy));
        const Evaluation e = t.evaluate();
        CHECK(std::isfinite(e.loss));
        CHECK(std::isnan(e.accuracy));
    }
}

TEST_CASE("every optimizer lowers the loss on the circle data set", "[trainer]") {
    const Dataset data = circle(200);
    for (const auto& [name, rate] : std::vector<std::pair<std::string, double>>{
             {"sgd", 0.1}, {"momentum", 0.1}, {"rmsprop", 0.01}, {"adam", 0.01}}) {
        INFO(name);
        Network net = circle_net();
        Trainer t(net, data, config(name, rate, 16));
        const double start = t.evaluate().loss;
        std::vector<EpochStats> h;
        REQUIRE(t.train(40, h) == TrainStatus::ok);
        const Evaluation end = t.evaluate();
        CHECK(end.loss < 0.5 * start);
        CHECK(end.accuracy > 0.9);
        CHECK(h.back().loss < h.front().loss);
    }
}

TEST_CASE("l2 > 0 ends with smaller weights than l2 = 0", "[trainer]") {
    // The penalty l2/2 sum W^2 adds l2 W to each weight's gradient: weight decay.
    const Dataset data = circle(100);
    auto norm_after = [&](double l2) {
        Network net = circle_net();
        TrainerOptions c = config("sgd", 0.2, 10);
        c.optimizer.l2 = l2;
        Trainer t(net, data, c);
        std::vector<EpochStats> h;
        t.train(60, h);
        return weight_norm(net);
    };
    const double free = norm_after(0.0), decayed = norm_after(0.05);
    CHECK(decayed < 0.9 * free);
}

TEST_CASE("the trainer rejects data that does not fit the network", "[trainer][errors]") {
    const Dataset data = circle(40);
    Network net = circle_net();
    CHECK_INVALID(Trainer(net, data, config("sgd", 0.1, 200000)),
                  "Trainer: batch_size is 200000; accepted: 0 to 100000");
    Network three(3, {{1, "sigmoid"}}, "mse");
    CHECK_INVALID(Trainer(three, data, config("sgd", 0.1, 0)),
                  "Trainer: expected 3 inputs per sample, got 2");
    Network softmax3(2, {{3, "softmax"}}, "softmax_ce");
    CHECK_INVALID(Trainer(softmax3, data, config("sgd", 0.1, 0)),
                  "Trainer: a softmax output needs one unit per class: 2 classes, but the output "
                  "layer has 3");
    CHECK_INVALID(Trainer(net, data.X, zero_one(data.labels), {0, 1}, config("sgd", 0.1, 0)),
                  "Trainer: got 2 labels for 40 samples");
    CHECK_INVALID_WITH(Trainer(net, data, config("sgd", 1e9, 0)), "learning_rate is 1e+09");
    Matrix Y = zero_one(data.labels);
    Y(3, 0) = 2.0;
    CHECK_INVALID(Trainer(net, data.X, Y, {}, config("sgd", 0.1, 0)),
                  "Trainer: targets[3][0] is 2; loss \"bce\" accepts targets from 0 to 1");
}
