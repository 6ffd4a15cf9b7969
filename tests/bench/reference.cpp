// The plain-loops C++ reference: the workloads' math written directly, with no library, built
// with -O3 like the core. It is the bench's "limit": every speed is reported as a ratio to it.
// Forward per layer: Z = A_prev W + b, A = f(Z). Backward: delta_last = dL/dZ (for 1/2 (y - t)^2
// averaged over n samples and k outputs: (a - t) f'(z) / (n k); softmax + cross-entropy:
// (p - y) / n); dW = A_prev^T delta; db = column sums of delta; delta_prev = (delta W^T) .* f'(Z).
// SGD: W -= lr dW, b -= lr db. Usage: neuronlab_reference DATA_DIR
#include <algorithm>
#include <cmath>

#include "bench_main.hpp"

namespace {

enum class Act { sigmoid, tanh, relu, softmax };

struct Layer {
    std::size_t in, out;
    Act act;
    std::vector<double> W, b;         // in x out, out
    std::vector<double> Z, A, delta;  // rows x out
    std::vector<double> dW, db, dA;   // in x out, out, rows x in
};

Act act_of(const std::string& name) {
    return name == "sigmoid" ? Act::sigmoid
           : name == "tanh"  ? Act::tanh
           : name == "relu"  ? Act::relu
                             : Act::softmax;
}

void activate(Layer& L, std::size_t rows) {
    const std::size_t m = L.out;
    for (std::size_t i = 0; i < rows; ++i) {
        const double* z = &L.Z[i * m];
        double* a = &L.A[i * m];
        switch (L.act) {
            case Act::sigmoid:
                for (std::size_t j = 0; j < m; ++j) a[j] = 1.0 / (1.0 + std::exp(-z[j]));
                break;
            case Act::tanh:
                for (std::size_t j = 0; j < m; ++j) a[j] = std::tanh(z[j]);
                break;
            case Act::relu:
                for (std::size_t j = 0; j < m; ++j) a[j] = z[j] > 0.0 ? z[j] : 0.0;
                break;
            case Act::softmax: {
                const double top = *std::max_element(z, z + m);
                double sum = 0.0;
                for (std::size_t j = 0; j < m; ++j) sum += a[j] = std::exp(z[j] - top);
                for (std::size_t j = 0; j < m; ++j) a[j] /= sum;
            }
        }
    }
}

// f'(z) from a = f(z) and z (not used for softmax, whose delta comes fused with the loss).
double slope(Act act, double z, double a) {
    return act == Act::sigmoid ? a * (1.0 - a) : act == Act::tanh ? 1.0 - a * a : z > 0.0;
}

struct Net {
    std::vector<Layer> layers;

    Net(const bench::Workload& w, const bench::Data& d, std::size_t rows) {
        std::size_t in = w.inputs;
        for (std::size_t l = 0; l < w.layers.size(); ++l) {
            const std::size_t out = w.layers[l].units;
            layers.push_back({in, out, act_of(w.layers[l].activation), d.W[l], d.b[l],
                              std::vector<double>(rows * out), std::vector<double>(rows * out),
                              std::vector<double>(rows * out), std::vector<double>(in * out),
                              std::vector<double>(out), std::vector<double>(rows * in)});
            in = out;
        }
    }

    void forward(const double* X, std::size_t rows) {
        const double* input = X;
        for (Layer& L : layers) {
            for (std::size_t i = 0; i < rows; ++i) {
                double* z = &L.Z[i * L.out];
                for (std::size_t j = 0; j < L.out; ++j) z[j] = L.b[j];
                for (std::size_t p = 0; p < L.in; ++p) {
                    const double a = input[i * L.in + p];
                    const double* w = &L.W[p * L.out];
                    for (std::size_t j = 0; j < L.out; ++j) z[j] += a * w[j];
                }
            }
            activate(L, rows);
            input = L.A.data();
        }
    }

    // One SGD step on a batch X (rows x inputs), targets T (rows x outputs).
    void step(const double* X, const double* T, std::size_t rows, bool half_mse, double lr) {
        forward(X, rows);
        Layer& out = layers.back();
        const double scale = half_mse ? 1.0 / double(rows * out.out) : 1.0 / double(rows);
        for (std::size_t i = 0; i < rows * out.out; ++i) {
            const double e = (out.A[i] - T[i]) * scale;
            out.delta[i] = half_mse ? e * slope(out.act, out.Z[i], out.A[i]) : e;
        }
        for (std::size_t l = layers.size(); l-- > 0;) {
            Layer& L = layers[l];
            const double* below = l == 0 ? X : layers[l - 1].A.data();
            std::fill(L.dW.begin(), L.dW.end(), 0.0);
            std::fill(L.db.begin(), L.db.end(), 0.0);
            for (std::size_t i = 0; i < rows; ++i) {
                const double* d = &L.delta[i * L.out];
                for (std::size_t j = 0; j < L.out; ++j) L.db[j] += d[j];
                for (std::size_t p = 0; p < L.in; ++p) {
                    const double a = below[i * L.in + p];
                    double* g = &L.dW[p * L.out];
                    for (std::size_t j = 0; j < L.out; ++j) g[j] += a * d[j];
                }
            }
            if (l > 0) {
                Layer& P = layers[l - 1];
                for (std::size_t i = 0; i < rows; ++i)
                    for (std::size_t p = 0; p < L.in; ++p) {
                        double s = 0.0;
                        for (std::size_t j = 0; j < L.out; ++j)
                            s += L.delta[i * L.out + j] * L.W[p * L.out + j];
                        const std::size_t k = i * L.in + p;
                        P.delta[k] = s * slope(P.act, P.Z[k], P.A[k]);
                    }
            }
            for (std::size_t k = 0; k < L.W.size(); ++k) L.W[k] -= lr * L.dW[k];
            for (std::size_t j = 0; j < L.out; ++j) L.b[j] -= lr * L.db[j];
        }
    }
};

bench::Result run(const bench::Workload& w, const bench::Data& d) {
    const bool half_mse = w.loss == "half_mse";
    const std::size_t k = w.layers.back().units;
    std::vector<double> Xb(w.batch * w.inputs), Tb(w.batch * k);
    auto train = [&](Net& net, std::size_t epochs) {
        for (std::size_t e = 0; e < epochs; ++e) {
            const double* order = &d.order[e * w.samples];
            for (std::size_t start = 0; start < w.samples; start += w.batch) {
                const std::size_t rows = std::min(w.batch, w.samples - start);
                for (std::size_t r = 0; r < rows; ++r) {
                    const std::size_t s = static_cast<std::size_t>(order[start + r]);
                    std::copy_n(&d.X[s * w.inputs], w.inputs, &Xb[r * w.inputs]);
                    std::copy_n(&d.Y[s * k], k, &Tb[r * k]);
                }
                net.step(Xb.data(), Tb.data(), rows, half_mse, w.learning_rate);
            }
        }
    };
    bench::Result r{w.name, {}, {}, 0, 0};
    {
        Net warm(w, d, w.batch);
        train(warm, w.warmup_epochs);
    }
    Net net(w, d, w.batch);
    for (std::size_t run = 0; run < w.runs; ++run) {
        net = Net(w, d, w.batch);
        bench::time_run(r, [&] { train(net, w.epochs); });
    }
    // Loss and accuracy on the whole training set with the final weights.
    Net all = net;
    for (Layer& L : all.layers) {
        L.Z.resize(w.samples * L.out);
        L.A.resize(w.samples * L.out);
    }
    all.forward(d.X.data(), w.samples);
    const std::vector<double>& P = all.layers.back().A;
    double loss = 0.0, right = 0.0;
    for (std::size_t i = 0; i < w.samples; ++i) {
        const double* p = &P[i * k];
        const double* t = &d.Y[i * k];
        for (std::size_t j = 0; j < k; ++j)
            loss += half_mse ? 0.5 * (p[j] - t[j]) * (p[j] - t[j])
                             : -t[j] * std::log(std::max(p[j], 1e-12));
        const std::size_t label = static_cast<std::size_t>(d.labels[i]);
        const bool one_output_right =
            (p[0] > (all.layers.back().act == Act::tanh ? 0.0 : 0.5)) == (label == 1);
        right += k == 1 ? one_output_right : std::max_element(p, p + k) - p == long(label);
    }
    r.loss = loss / double(half_mse ? w.samples * k : w.samples);
    r.accuracy = right / double(w.samples);
    return r;
}

}  // namespace

int main(int argc, char** argv) { return bench::run_all(argc, argv, "neuronlab_reference", run); }
