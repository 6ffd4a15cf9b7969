// Optimizers: each update rule against steps worked by hand on one parameter, the wiring of
// step() (weights and biases, regularisation on weights only), set_options(), and the exact
// messages of validate_optimizer.
#include "neuronlab/optimizer.hpp"

#include <catch2/catch.hpp>
#include <cmath>

#include "testing.hpp"

using namespace nl;

namespace {
// One parameter p with its two state slots, stepped by the named rule.
struct One {
    double p, s1 = 0.0, s2 = 0.0;
    long t = 0;
    void step(const std::string& rule, double g, const OptimizerOptions& c) {
        double before;
        find_optimizer(rule, "test").update(&p, &before, &g, &s1, &s2, 1, c, ++t);
    }
};
OptimizerOptions config(const std::string& name, double learning_rate) {
    OptimizerOptions c;
    c.name = name;
    c.learning_rate = learning_rate;
    return c;
}
}  // namespace

TEST_CASE("sgd: p -= eta g", "[optimizer]") {
    One x{1.0};
    x.step("sgd", 0.5, config("sgd", 0.1));
    CHECK(x.p == within(0.95, 1e-15));  // 1 - 0.1 (0.5)
    x.step("sgd", -2.0, config("sgd", 0.1));
    CHECK(x.p == within(1.15, 1e-15));  // 0.95 + 0.1 (2)
}

TEST_CASE("momentum: v = mu v + g, then p -= eta v", "[optimizer]") {
    const OptimizerOptions c = config("momentum", 0.1);  // mu = 0.9
    One x{1.0};
    x.step("momentum", 0.5, c);
    CHECK(x.s1 == 0.5);                 // v = 0.9 (0) + 0.5
    CHECK(x.p == within(0.95, 1e-15));  // 1 - 0.1 (0.5)
    x.step("momentum", 0.5, c);
    CHECK(x.s1 == within(0.95, 1e-15));  // v = 0.9 (0.5) + 0.5
    CHECK(x.p == within(0.855, 1e-15));  // 0.95 - 0.1 (0.95)
}

TEST_CASE("rmsprop: s = rho s + (1 - rho) g^2, then p -= eta g / (sqrt(s) + eps)", "[optimizer]") {
    const OptimizerOptions c = config("rmsprop", 0.01);  // rho = 0.9, eps = 1e-8
    One x{1.0};
    x.step("rmsprop", 0.5, c);
    // s = 0.1 (0.25) = 0.025; p = 1 - 0.01 (0.5) / (0.158113883... + 1e-8) = 0.968377225...
    CHECK(x.s1 == Approx(0.025).epsilon(1e-14));
    CHECK(x.p == within(1.0 - 0.005 / (std::sqrt(0.025) + 1e-8), 1e-15));
    CHECK(x.p == within(0.968377225398316, 1e-14));
    x.step("rmsprop", 0.5, c);
    // s = 0.9 (0.025) + 0.1 (0.25) = 0.0475; p -= 0.005 / sqrt(0.0475) -> 0.945435653...
    CHECK(x.s1 == Approx(0.0475).epsilon(1e-14));
    CHECK(x.p == within(0.9454356530638914, 1e-14));
}

TEST_CASE("adam: bias-corrected first and second moments", "[optimizer]") {
    const OptimizerOptions c = config("adam", 0.1);  // b1 = 0.9, b2 = 0.999, eps = 1e-8
    One x{1.0};
    x.step("adam", 0.5, c);
    // m = 0.1 (0.5) = 0.05, v = 0.001 (0.25) = 0.00025;
    // m_hat = 0.05 / (1 - 0.9) = 0.5, v_hat = 0.00025 / (1 - 0.999) = 0.25;
    // p = 1 - 0.1 (0.5) / (sqrt(0.25) + 1e-8) = 1 - 0.1 (1 - 2e-8) = 0.900000002
    CHECK(x.s1 == Approx(0.05).epsilon(1e-14));
    CHECK(x.s2 == Approx(0.00025).epsilon(1e-14));
    CHECK(x.p == within(0.900000002, 1e-15));
    x.step("adam", -1.0, c);
    // m = 0.9 (0.05) + 0.1 (-1) = -0.055, v = 0.999 (0.00025) + 0.001 (1) = 0.00124975;
    // m_hat = -0.055 / (1 - 0.81) = -0.289473684..., v_hat = 0.00124975 / 0.001999 = 0.625187...
    // p = 0.900000002 + 0.1 (0.289473684) / (0.790688...) = 0.936610354...
    CHECK(x.s1 == Approx(-0.055).epsilon(1e-14));
    CHECK(x.s2 == Approx(0.00124975).epsilon(1e-14));
    CHECK(x.p ==
          within(0.900000002 - 0.1 * (-0.055 / 0.19) / (std::sqrt(0.00124975 / 0.001999) + 1e-8),
                 1e-13));
    CHECK(x.p == within(0.9366103542405654, 1e-13));
}

TEST_CASE("step() updates weights and biases, and l2 and l1 act on weights only", "[optimizer]") {
    // One linear unit, one sample: P = w x + b, L = (P - y)^2, dL/dw = 2 (P - y) x, dL/db = 2 (P -
    // y). w = 0.5, b = 0.25, x = 1, y = 0: P = 0.75, dL/dw = dL/db = 1.5. With l2 = 0.2 and l1 =
    // 0.1 the weight's gradient gains l2 w + l1 sign(w) = 0.1 + 0.1: w = 0.5 - 0.1 (1.7) = 0.33; b
    // = 0.25 - 0.1 (1.5) = 0.1.
    Network net(1, {{1, "linear"}}, "mse");
    net.set_parameters(0, Matrix{{0.5}}, Vector{0.25});
    OptimizerOptions c = config("sgd", 0.1);
    c.l2 = 0.2;
    c.l1 = 0.1;
    Optimizer opt(net, c);
    CHECK(net.backward(Matrix{{1.0}}, Matrix{{0.0}}) == 0.5625);
    opt.step(net);
    CHECK(net.parameters()[0].W(0, 0) == within(0.33, 1e-15));
    CHECK(net.parameters()[0].b(0) == within(0.1, 1e-15));
    CHECK(opt.steps() == 1);

    // Without regularisation every parameter moves by exactly -eta * gradient, in every layer.
    Network deep(2, {{3, "tanh"}, {2, "softmax"}}, "softmax_ce");
    deep.initialize("xavier", 1);
    Optimizer plain(deep, config("sgd", 0.5));
    deep.backward(Matrix{{0.3, -0.7}, {1.0, 0.2}}, Matrix{{1, 0}, {0, 1}});
    std::vector<Layer> before = deep.parameters();
    plain.step(deep);
    for (std::size_t l = 0; l < 2; ++l) {
        const auto& g = deep.gradients()[l];
        for (std::size_t i = 0; i < g.dW.size(); ++i)
            CHECK(deep.parameters()[l].W.data()[i] == before[l].W.data()[i] - 0.5 * g.dW.data()[i]);
        for (std::size_t j = 0; j < g.db.size(); ++j)
            CHECK(deep.parameters()[l].b(j) == before[l].b(j) - 0.5 * g.db(j));
    }
}

TEST_CASE("step() reports a non-finite update and undo() puts back what the step started from",
          "[optimizer]") {
    // One linear unit fed x = 0 learns only its bias: P = b, dL/db = 2 (b - y).
    Network net(1, {{1, "linear"}}, "mse");
    const Matrix X = {{0.0}};
    net.set_bias(0, 0, 1.0);
    Optimizer opt(net, config("momentum", 0.1));
    net.backward(X, Matrix{{0.0}});  // g = 2
    CHECK(opt.step(net));            // v = 2, b = 1 - 0.2 = 0.8
    CHECK(net.parameters()[0].b(0) == within(0.8, 1e-15));

    // A gradient of about 2e308 overflows the bias to -inf (and v to inf).
    net.backward(X, Matrix{{-1e308}});
    CHECK_FALSE(opt.step(net));
    CHECK(std::isinf(net.parameters()[0].b(0)));
    opt.undo(net);
    CHECK(net.parameters()[0].b(0) == within(0.8, 1e-15));  // the value that step started from
    CHECK(opt.steps() == 0);                                // and the state cleared, as reset()
    net.backward(X, Matrix{{0.0}});                         // g = 1.6: v = 1.6 from a cleared v
    CHECK(opt.step(net));
    CHECK(net.parameters()[0].b(0) == within(0.8 - 0.16, 1e-15));
}

TEST_CASE("set_options() keeps the state of the same rule and clears it for another",
          "[optimizer]") {
    // One linear unit fed x = 0 learns only its bias: P = b, dL/db = 2 (b - y).
    Network net(1, {{1, "linear"}}, "mse");
    const Matrix X = {{0.0}}, Y = {{0.0}};
    net.set_bias(0, 0, 1.0);
    Optimizer opt(net, config("momentum", 0.1));
    net.backward(X, Y);  // g = 2
    opt.step(net);       // v = 2, b = 1 - 0.2 = 0.8
    CHECK(net.parameters()[0].b(0) == within(0.8, 1e-15));

    opt.set_options(config("momentum", 0.05));  // same rule: v = 2 is kept
    CHECK(opt.steps() == 1);
    CHECK(net.parameters()[0].b(0) == within(0.8, 1e-15));  // configure moves no weight
    net.backward(X, Y);                                     // g = 1.6
    opt.step(net);  // v = 0.9 (2) + 1.6 = 3.4, b = 0.8 - 0.05 (3.4) = 0.63
    CHECK(net.parameters()[0].b(0) == within(0.63, 1e-15));
    CHECK(opt.options().learning_rate == 0.05);

    opt.set_options(config("sgd", 0.1));  // another rule: state and count start again
    CHECK(opt.steps() == 0);
    opt.set_options(config("momentum", 0.1));
    net.backward(X, Y);  // g = 1.26
    opt.step(net);       // v = 0 + 1.26 (cleared), b = 0.63 - 0.126 = 0.504
    CHECK(net.parameters()[0].b(0) == within(0.504, 1e-15));
}

TEST_CASE("the table lists the four rules", "[optimizer]") {
    std::vector<std::string> names;
    for (const auto& o : optimizer_table()) names.push_back(o.name);
    CHECK(names == std::vector<std::string>{"sgd", "momentum", "rmsprop", "adam"});
}

TEST_CASE("validate_optimizer names the field and its accepted range", "[optimizer][errors]") {
    OptimizerOptions c;
    CHECK_NOTHROW(validate_optimizer(c, "optimizer"));
    c.learning_rate = std::nan("");
    CHECK_INVALID(validate_optimizer(c, "optimizer"),
                  "optimizer: learning_rate is NaN; accepted: a finite number");
    c.learning_rate = -0.5;
    CHECK_INVALID(validate_optimizer(c, "optimizer"),
                  "optimizer: learning_rate is -0.5; accepted: more than 0 and at most 1000");
    c.learning_rate = 0.0;
    CHECK_INVALID(validate_optimizer(c, "optimizer"),
                  "optimizer: learning_rate is 0; accepted: more than 0 and at most 1000");
    c.learning_rate = 1e9;
    CHECK_INVALID(validate_optimizer(c, "optimizer"),
                  "optimizer: learning_rate is 1e+09; accepted: more than 0 and at most 1000");
    c.learning_rate = 1000.0;
    CHECK_NOTHROW(validate_optimizer(c, "optimizer"));
    c.learning_rate = 0.1;

    c.name = "adagrad";
    CHECK_INVALID(validate_optimizer(c, "optimizer"),
                  "optimizer: optimizer \"adagrad\" is unknown; accepted: sgd, momentum, rmsprop, "
                  "adam");
    c.name = "adam";

    c.momentum = 1.0;
    CHECK_INVALID(validate_optimizer(c, "optimizer"),
                  "optimizer: momentum is 1; accepted: from 0 up to (not including) 1");
    c.momentum = 0.9;
    c.rho = -0.1;
    CHECK_INVALID(validate_optimizer(c, "optimizer"),
                  "optimizer: rho is -0.1; accepted: from 0 up to (not including) 1");
    c.rho = 0.9;
    c.beta2 = std::nan("");
    CHECK_INVALID(validate_optimizer(c, "optimizer"),
                  "optimizer: beta2 is NaN; accepted: a finite number");
    c.beta2 = 0.999;
    c.epsilon = 0.0;
    CHECK_INVALID(validate_optimizer(c, "optimizer"),
                  "optimizer: epsilon is 0; accepted: more than 0, at most 1");
    c.epsilon = 1e-8;
    c.l2 = 11.0;
    CHECK_INVALID(validate_optimizer(c, "optimizer"), "optimizer: l2 is 11; accepted: 0 to 10");
    c.l2 = 0.0;
    c.l1 = -1.0;
    CHECK_INVALID(validate_optimizer(c, "optimizer"), "optimizer: l1 is -1; accepted: 0 to 10");
    c.l1 = 0.0;
    CHECK_NOTHROW(validate_optimizer(c, "optimizer"));

    // The constructor and set_options() check too, and a rejected configure changes nothing.
    Network net(1, {{1, "linear"}}, "mse");
    CHECK_INVALID_WITH(Optimizer(net, config("sgd", -1.0)), "learning_rate is -1");
    Optimizer opt(net, config("adam", 0.01));
    CHECK_INVALID_WITH(opt.set_options(config("nesterov", 0.01)),
                       "optimizer \"nesterov\" is unknown");
    CHECK(opt.options().name == "adam");
}
