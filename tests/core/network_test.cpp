// The network: a tiny 2-2-1 net's forward and backward passes worked by hand, lesson 5's XOR
// net, trace shapes, batch = row by row, sizes, seeded initialisation, and the edits with
// their errors. (Gradients of bigger nets against finite differences: gradcheck_test.cpp.)
#include "neuronlab/network.hpp"

#include <catch2/catch.hpp>
#include <cmath>

#include "testing.hpp"

using namespace nl;

namespace {
double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

// The 2-2-1 net of the hand-worked example: relu hidden layer, linear output, mse.
//   W0 = [[0.5, -1.0],    b0 = [0.5, -0.5]     W1 = [[ 2.0],    b1 = [0.25]
//         [0.25, 1.0]]                               [-4.0]]
// Every number is a short binary fraction, so the arithmetic below is exact in doubles.
Network tiny_net() {
    Network net(2, {{2, "relu"}, {1, "linear"}}, "mse");
    net.set_parameters(0, Matrix{{0.5, -1.0}, {0.25, 1.0}}, Vector{0.5, -0.5});
    net.set_parameters(1, Matrix{{2.0}, {-4.0}}, Vector{0.25});
    return net;
}
}  // namespace

TEST_CASE("forward by hand: a 2-2-1 relu/linear net on two samples", "[network]") {
    Network net = tiny_net();
    const Matrix X = {{1.0, 2.0}, {2.0, -1.0}};
    const auto& trace = net.forward(X);
    // Sample (1, 2):  z1 = 1(0.5) + 2(0.25) + 0.5 = 1.5     z2 = 1(-1) + 2(1) - 0.5 = 0.5
    //                 a = relu(z) = (1.5, 0.5)
    //                 out = 1.5(2) + 0.5(-4) + 0.25 = 1.25
    // Sample (2, -1): z1 = 2(0.5) - 1(0.25) + 0.5 = 1.25    z2 = 2(-1) - 1(1) - 0.5 = -3.5
    //                 a = (1.25, 0)
    //                 out = 1.25(2) + 0(-4) + 0.25 = 2.75
    CHECK(same(trace[0].Z, Matrix{{1.5, 0.5}, {1.25, -3.5}}));
    CHECK(same(trace[0].A, Matrix{{1.5, 0.5}, {1.25, 0.0}}));
    CHECK(same(trace[1].Z, Matrix{{1.25}, {2.75}}));
    CHECK(same(trace[1].A, Matrix{{1.25}, {2.75}}));
    CHECK(same(net.output(), Matrix{{1.25}, {2.75}}));
}

TEST_CASE("backward by hand: the chain rule through the same 2-2-1 net", "[network]") {
    Network net = tiny_net();
    const Matrix X = {{1.0, 2.0}, {2.0, -1.0}}, Y = {{1.0}, {3.0}};
    // P - Y = (0.25, -0.25); L = (0.0625 + 0.0625) / 2 = 0.0625
    CHECK(net.backward(X, Y) == 0.0625);
    const auto& g = net.gradients();
    // Output (linear): delta1 = dL/dP = 2 (P - Y) / 2 = (0.25, -0.25)
    CHECK(same(g[1].delta, Matrix{{0.25}, {-0.25}}));
    // dW1 = A0^T delta1 = [1.5(0.25) + 1.25(-0.25), 0.5(0.25) + 0(-0.25)] = [0.0625, 0.125]
    CHECK(same(g[1].dW, Matrix{{0.0625}, {0.125}}));
    CHECK(g[1].db(0) == 0.0);  // 0.25 - 0.25
    // dL/dA0 = delta1 W1^T = [[0.25(2), 0.25(-4)], [-0.25(2), -0.25(-4)]] = [[0.5, -1], [-0.5, 1]]
    // relu'(Z0) = [[1, 1], [1, 0]] (z = -3.5 is off), so delta0 = [[0.5, -1], [-0.5, 0]]
    CHECK(same(g[0].delta, Matrix{{0.5, -1.0}, {-0.5, 0.0}}));
    // dW0 = X^T delta0: (0,0) 1(0.5) + 2(-0.5) = -0.5    (0,1) 1(-1) + 2(0) = -1
    //                   (1,0) 2(0.5) - 1(-0.5) = 1.5     (1,1) 2(-1) - 1(0) = -2
    CHECK(same(g[0].dW, Matrix{{-0.5, -1.0}, {1.5, -2.0}}));
    // db0 = column sums of delta0 = (0, -1)
    CHECK(g[0].db(0) == 0.0);
    CHECK(g[0].db(1) == -1.0);
}

TEST_CASE("lesson 5's XOR net: hidden OR and AND, output OR and not AND", "[network]") {
    // h1 = s(20 a + 20 b - 10) ~ OR, h2 = s(20 a + 20 b - 30) ~ AND,
    // out = s(20 h1 - 20 h2 - 10) ~ h1 and not h2.
    Network net(2, {{2, "sigmoid"}, {1, "sigmoid"}}, "mse");
    net.set_parameters(0, Matrix{{20.0, 20.0}, {20.0, 20.0}}, Vector{-10.0, -30.0});
    net.set_parameters(1, Matrix{{20.0}, {-20.0}}, Vector{-10.0});
    const Matrix X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    net.forward(X);
    for (std::size_t i = 0; i < 4; ++i) {
        const double a = X(i, 0), b = X(i, 1);
        const double h1 = sigmoid(20 * a + 20 * b - 10), h2 = sigmoid(20 * a + 20 * b - 30);
        const double out = sigmoid(20 * h1 - 20 * h2 - 10);
        CHECK(net.trace()[0].A(i, 0) == Approx(h1).epsilon(1e-14));
        CHECK(net.trace()[0].A(i, 1) == Approx(h2).epsilon(1e-14));
        CHECK(net.output()(i, 0) == Approx(out).epsilon(1e-14));
        CHECK((net.output()(i, 0) > 0.5) == (int(a) != int(b)));
    }
}

TEST_CASE("traces and gradients have the shapes of the lesson: samples x units", "[network]") {
    Network net(3, {{5, "tanh"}, {4, "relu"}, {2, "softmax"}}, "softmax_ce");
    net.initialize("xavier", 3);
    Rng rng(1);
    const Matrix X = random_matrix(rng, 6, 3, -1, 1);
    const Matrix Y = {{1, 0}, {0, 1}, {1, 0}, {0, 1}, {1, 0}, {0, 1}};
    net.backward(X, Y);
    const std::size_t units[] = {5, 4, 2}, fan_in[] = {3, 5, 4};
    REQUIRE(net.trace().size() == 3);
    REQUIRE(net.gradients().size() == 3);
    for (std::size_t l = 0; l < 3; ++l) {
        INFO("layer " << l);
        const auto& t = net.trace()[l];
        const auto& g = net.gradients()[l];
        CHECK(t.Z.shape(0) == 6);
        CHECK(t.Z.shape(1) == units[l]);
        CHECK(t.A.shape(0) == 6);
        CHECK(t.A.shape(1) == units[l]);
        CHECK(g.delta.shape(0) == 6);
        CHECK(g.delta.shape(1) == units[l]);
        CHECK(g.dW.shape(0) == fan_in[l]);
        CHECK(g.dW.shape(1) == units[l]);
        CHECK(g.db.shape(0) == units[l]);
    }
    // A smaller batch afterwards resizes the traces.
    net.forward(random_matrix(rng, 2, 3, -1, 1));
    CHECK(net.trace()[1].A.shape(0) == 2);
    CHECK(net.output().shape(0) == 2);
}

TEST_CASE("forward of a batch equals forward of each row alone, bit for bit", "[network]") {
    for (const char* out : {"sigmoid", "softmax"}) {
        INFO(out);
        Network net(3, {{5, "tanh"}, {4, "relu"}, {3, out}}, "mse");
        net.initialize("uniform", 8);
        Rng rng(2);
        const Matrix X = random_matrix(rng, 7, 3, -2, 2);
        const Matrix batch = net.forward(X).back().A;
        for (std::size_t i = 0; i < 7; ++i) {
            Matrix row = Matrix::from_shape({1, 3});
            for (std::size_t j = 0; j < 3; ++j) row(0, j) = X(i, j);
            const Matrix one = net.forward(row).back().A;
            for (std::size_t j = 0; j < 3; ++j) CHECK(one(0, j) == batch(i, j));
        }
    }
}

TEST_CASE("shape and parameter count", "[network]") {
    Network net(3, {{5, "sigmoid"}, {4, "sigmoid"}, {2, "sigmoid"}}, "mse");
    CHECK(net.shape() == std::vector<std::size_t>{3, 5, 4, 2});
    CHECK(net.inputs() == 3);
    CHECK(net.outputs() == 2);
    // (3 * 5 + 5) + (5 * 4 + 4) + (4 * 2 + 2) = 20 + 24 + 10 = 54
    CHECK(net.parameter_count() == 54);
    CHECK(Network(2, {{1, "step"}}, "mse").parameter_count() == 3);  // the perceptron: w1 w2 b
    CHECK(net.loss_function().name == "mse");
    CHECK(net.parameters()[1].activation->name == "sigmoid");
    CHECK(net.parameters()[1].fan_in() == 5);
    CHECK(net.parameters()[1].units() == 4);
}

TEST_CASE("a new network has zero weights, then initialize draws them from the scheme's range",
          "[network]") {
    Network net(4, {{6, "relu"}, {2, "sigmoid"}}, "mse");
    for (const auto& layer : net.parameters()) {
        for (double w : layer.W) CHECK(w == 0.0);
        for (double b : layer.b) CHECK(b == 0.0);
    }
    // uniform: U(-1, 1); xavier: U(+-sqrt(6 / (fan_in + fan_out))); he: U(+-sqrt(6 / fan_in)).
    const double limits[3][2] = {{1.0, 1.0},
                                 {std::sqrt(6.0 / (4 + 6)), std::sqrt(6.0 / (6 + 2))},
                                 {std::sqrt(6.0 / 4), std::sqrt(6.0 / 6)}};
    const char* schemes[3] = {"uniform", "xavier", "he"};
    for (int s = 0; s < 3; ++s) {
        INFO(schemes[s]);
        net.set_bias(0, 0, 3.0);
        net.initialize(schemes[s], 99);
        for (std::size_t l = 0; l < 2; ++l) {
            double largest = 0.0;
            for (double w : net.parameters()[l].W) {
                CHECK(std::abs(w) <= limits[s][l]);
                largest = std::max(largest, std::abs(w));
            }
            CHECK(largest > 0.5 * limits[s][l]);  // the draws fill the range
            for (double b : net.parameters()[l].b) CHECK(b == 0.0);
        }
    }
}

TEST_CASE("initialize: a seed gives the same weights, another seed others", "[network]") {
    auto weights = [](std::uint64_t seed) {
        Network net(2, {{4, "sigmoid"}, {1, "sigmoid"}}, "mse");
        net.initialize("uniform", seed);
        return std::vector<Matrix>{net.parameters()[0].W, net.parameters()[1].W};
    };
    const auto a = weights(1), b = weights(1), c = weights(2);
    CHECK(same(a[0], b[0]));
    CHECK(same(a[1], b[1]));
    CHECK_FALSE(same(a[0], c[0]));
    // The draws come from Rng(seed).uniform(-1, 1), layer by layer, row by row.
    Rng rng(1);
    CHECK(a[0](0, 0) == rng.uniform(-1.0, 1.0));
    CHECK(a[0](0, 1) == rng.uniform(-1.0, 1.0));
}

TEST_CASE("loss() is backward()'s L without touching the gradients", "[network]") {
    Network net(2, {{3, "tanh"}, {1, "sigmoid"}}, "bce");
    net.initialize("xavier", 4);
    const Matrix X = {{0.1, 0.2}, {-0.3, 0.9}}, Y = {{1}, {0}};
    const double L = net.backward(X, Y);
    const Matrix dW = net.gradients()[0].dW;
    const Matrix other = {{5.0, -5.0}};
    net.loss(other, Matrix{{1}});
    CHECK(same(net.gradients()[0].dW, dW));
    CHECK(net.loss(X, Y) == L);
    // bce by hand from the outputs: -mean(y log p + (1 - y) log(1 - p))
    net.forward(X);
    const double p0 = net.output()(0, 0), p1 = net.output()(1, 0);
    CHECK(L == Approx(-(std::log(p0) + std::log(1 - p1)) / 2).epsilon(1e-14));
}

TEST_CASE("step outputs 0 or 1 and passes no gradient", "[network]") {
    Network net(2, {{1, "step"}}, "mse");
    net.set_parameters(0, Matrix{{1.0}, {1.0}}, Vector{-1.5});  // AND
    net.forward(Matrix{{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    CHECK(same(net.output(), Matrix{{0}, {0}, {0}, {1}}));
}

TEST_CASE("set_weight, set_bias and set_parameters change exactly what they name", "[network]") {
    Network net(2, {{3, "sigmoid"}, {1, "linear"}}, "mse");
    net.set_weight(0, 1, 2, 0.75);  // from input 1 to hidden unit 2
    net.set_bias(1, 0, -2.5);
    CHECK(net.parameters()[0].W(1, 2) == 0.75);
    CHECK(net.parameters()[1].b(0) == -2.5);
    double sum = 0.0;
    for (double w : net.parameters()[0].W) sum += std::abs(w);
    CHECK(sum == 0.75);  // nothing else moved

    const Matrix W = {{1, 2, 3}, {4, 5, 6}};
    const Vector b = {7, 8, 9};
    net.set_parameters(0, W, b);
    CHECK(same(net.parameters()[0].W, W));
    CHECK(net.parameters()[0].b(2) == 9.0);
    // z of unit 2 for x = (1, 1): 3 + 6 + 9 = 18
    net.forward(Matrix{{1.0, 1.0}});
    CHECK(net.trace()[0].Z(0, 2) == 18.0);
}

TEST_CASE("the edits reject indices out of range, non-finite values and wrong shapes",
          "[network][errors]") {
    Network net(2, {{3, "sigmoid"}, {1, "sigmoid"}}, "mse");
    CHECK_INVALID(net.set_weight(2, 0, 0, 1.0), "set_weight: layer is 2; accepted: 0 to 1");
    CHECK_INVALID(net.set_weight(0, 2, 0, 1.0), "set_weight: from is 2; accepted: 0 to 1");
    CHECK_INVALID(net.set_weight(0, 0, 3, 1.0), "set_weight: to is 3; accepted: 0 to 2");
    CHECK_INVALID(net.set_weight(1, 0, 0, std::nan("")),
                  "set_weight: value is NaN; accepted: a finite number");
    CHECK_INVALID(net.set_bias(1, 1, 1.0), "set_bias: unit is 1; accepted: 0 to 0");
    CHECK_INVALID(net.set_bias(0, 0, INFINITY),
                  "set_bias: value is Infinity; accepted: a finite number");
    CHECK_INVALID(net.set_parameters(5, Matrix{{1}}, Vector{1}),
                  "set_parameters: layer is 5; accepted: 0 to 1");
    CHECK_INVALID(
        net.set_parameters(0, xt::zeros<double>({3, 3}), xt::zeros<double>({3})),
        "set_parameters: layers[0] expects weights of 2 x 3 and 3 biases, got 3 x 3 and 3");
    CHECK_INVALID(
        net.set_parameters(0, xt::zeros<double>({2, 3}), xt::zeros<double>({2})),
        "set_parameters: layers[0] expects weights of 2 x 3 and 3 biases, got 2 x 3 and 2");
    // A rejected edit leaves the layer as it was.
    net.set_parameters(0, Matrix{{1, 1, 1}, {1, 1, 1}}, Vector{1, 1, 1});
    Matrix bad = {{2, 2, 2}, {2, 2, 2}};
    bad(1, 1) = std::nan("");
    CHECK_INVALID_WITH(net.set_parameters(0, bad, Vector{2, 2, 2}), "is NaN; accepted");
    for (double w : net.parameters()[0].W) CHECK(w == 1.0);
    for (double b : net.parameters()[0].b) CHECK(b == 1.0);
}

TEST_CASE("each activation is accepted only where it can stand", "[network][errors]") {
    CHECK_NOTHROW(Network(2, {{3, "relu"}, {2, "softmax"}}, "softmax_ce"));
    CHECK_NOTHROW(Network(2, {{3, "step"}, {1, "step"}}, "mse"));
    CHECK_INVALID_WITH(Network(2, {{2, "softmax"}, {1, "sigmoid"}}, "mse"),
                       "layers[0].activation \"softmax\" cannot be a hidden layer; accepted "
                       "there: step, sigmoid, tanh, relu, linear");
    CHECK_INVALID_WITH(Network(2, {{2, "relu"}}, "mse"),
                       "layers[0].activation \"relu\" cannot be an output; accepted there: step, "
                       "sigmoid, tanh, linear, softmax");
    CHECK_INVALID_WITH(Network(2, {{1, "tanh"}}, "bce"),
                       "loss \"bce\" needs a sigmoid output layer; got \"tanh\"");
    CHECK_INVALID_WITH(Network(2, {{2, "sigmoid"}}, "softmax_ce"),
                       "loss \"softmax_ce\" needs a softmax output layer; got \"sigmoid\"");
    CHECK_INVALID_WITH(Network(4000, {{4000, "sigmoid"}, {1, "sigmoid"}}, "mse"),
                       "the network has more than 4000000 parameters at layers[0]");
}
