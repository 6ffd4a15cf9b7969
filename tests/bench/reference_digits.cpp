// W4's plain-loops C++ reference (tests/bench/digits-w4.mjs): the digits network of lesson 13,
// 784-256-128-10 (ReLU, softmax with cross-entropy), Adam (lr 0.001, beta1 0.9, beta2 0.999,
// eps 1e-8, bias-corrected), batch 64, everything in float32 (weights, activations, gradients,
// Adam's moments), batches in file order. No library: it is what the core is measured against.
// Forward per layer: Z = A_prev W + b, A = relu(Z) or softmax(Z). Backward: delta_last =
// (P - onehot) / n; dW = A_prev^T delta; db = column sums of delta; delta_prev = (delta W^T) .*
// (Z_prev > 0). Reads DIR/{X,labels,Xtest,labelsTest,W0,b0,W1,b1,W2,b2}.f32 as digits-w4.mjs
// writes them; prints {"samplesPerSecond", "testAccuracy"} as JSON: one untimed epoch, then
// TIMED epochs in process CPU time, the median. Usage: neuronlab_reference_digits DIR
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

constexpr std::size_t kSizes[] = {784, 256, 128, 10};
constexpr std::size_t kLayers = 3, kBatch = 64, kTimed = 3;
constexpr float kRate = 0.001f, kBeta1 = 0.9f, kBeta2 = 0.999f, kEps = 1e-8f;

std::vector<float> read_f32(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        throw std::runtime_error("cannot read " + path + ": run node tests/bench/digits-w4.mjs");
    std::vector<float> v;
    float x;
    while (std::fread(&x, sizeof x, 1, f) == 1) v.push_back(x);
    std::fclose(f);
    return v;
}

struct Layer {
    std::size_t in, out;
    std::vector<float> W, b, dW, db, mW, vW, mb, vb;  // in x out, out (and their moments)
    std::vector<float> Z, A, delta;                   // rows x out
};

struct Net {
    std::vector<Layer> layers;
    long t = 0;  // Adam's step count

    Net(const std::string& dir, std::size_t rows) {
        for (std::size_t l = 0; l < kLayers; ++l) {
            const std::size_t in = kSizes[l], out = kSizes[l + 1];
            Layer L{in, out};
            L.W = read_f32(dir + "/W" + std::to_string(l) + ".f32");
            L.b = read_f32(dir + "/b" + std::to_string(l) + ".f32");
            if (L.W.size() != in * out || L.b.size() != out)
                throw std::runtime_error("wrong size of layer " + std::to_string(l));
            L.dW = L.mW = L.vW = std::vector<float>(in * out);
            L.db = L.mb = L.vb = std::vector<float>(out);
            L.Z = L.A = L.delta = std::vector<float>(rows * out);
            layers.push_back(std::move(L));
        }
    }

    void resize(std::size_t rows) {
        for (Layer& L : layers) L.Z.resize(rows * L.out), L.A.resize(rows * L.out);
    }

    void forward(const float* X, std::size_t rows) {
        const float* input = X;
        for (std::size_t l = 0; l < kLayers; ++l) {
            Layer& L = layers[l];
            for (std::size_t i = 0; i < rows; ++i) {
                float* z = &L.Z[i * L.out];
                std::copy(L.b.begin(), L.b.end(), z);
                for (std::size_t p = 0; p < L.in; ++p) {
                    const float a = input[i * L.in + p];
                    const float* w = &L.W[p * L.out];
                    for (std::size_t j = 0; j < L.out; ++j) z[j] += a * w[j];
                }
                float* a = &L.A[i * L.out];
                if (l + 1 < kLayers) {
                    for (std::size_t j = 0; j < L.out; ++j) a[j] = z[j] > 0.f ? z[j] : 0.f;
                } else {
                    const float top = *std::max_element(z, z + L.out);
                    float sum = 0.f;
                    for (std::size_t j = 0; j < L.out; ++j) sum += a[j] = std::exp(z[j] - top);
                    for (std::size_t j = 0; j < L.out; ++j) a[j] /= sum;
                }
            }
            input = L.A.data();
        }
    }

    static void adam(float* p, float* m, float* v, const float* g, std::size_t n, float c1,
                     float c2) {
        for (std::size_t k = 0; k < n; ++k) {
            m[k] = kBeta1 * m[k] + (1.f - kBeta1) * g[k];
            v[k] = kBeta2 * v[k] + (1.f - kBeta2) * g[k] * g[k];
            p[k] -= kRate * (m[k] / c1) / (std::sqrt(v[k] / c2) + kEps);
        }
    }

    void step(const float* X, const float* labels, std::size_t rows) {
        forward(X, rows);
        Layer& top = layers.back();
        for (std::size_t i = 0; i < rows; ++i)
            for (std::size_t j = 0; j < top.out; ++j)
                top.delta[i * top.out + j] =
                    (top.A[i * top.out + j] - (j == std::size_t(labels[i]) ? 1.f : 0.f)) /
                    float(rows);
        ++t;
        const float c1 = 1.f - std::pow(kBeta1, float(t)), c2 = 1.f - std::pow(kBeta2, float(t));
        for (std::size_t l = kLayers; l-- > 0;) {
            Layer& L = layers[l];
            const float* below = l == 0 ? X : layers[l - 1].A.data();
            std::fill(L.dW.begin(), L.dW.end(), 0.f);
            std::fill(L.db.begin(), L.db.end(), 0.f);
            for (std::size_t i = 0; i < rows; ++i) {
                const float* d = &L.delta[i * L.out];
                for (std::size_t j = 0; j < L.out; ++j) L.db[j] += d[j];
                for (std::size_t p = 0; p < L.in; ++p) {
                    const float a = below[i * L.in + p];
                    float* g = &L.dW[p * L.out];
                    for (std::size_t j = 0; j < L.out; ++j) g[j] += a * d[j];
                }
            }
            if (l > 0) {
                Layer& P = layers[l - 1];
                for (std::size_t i = 0; i < rows; ++i)
                    for (std::size_t p = 0; p < L.in; ++p) {
                        float s = 0.f;
                        const float* d = &L.delta[i * L.out];
                        const float* w = &L.W[p * L.out];
                        for (std::size_t j = 0; j < L.out; ++j) s += d[j] * w[j];
                        const std::size_t k = i * L.in + p;
                        P.delta[k] = P.Z[k] > 0.f ? s : 0.f;
                    }
            }
            adam(L.W.data(), L.mW.data(), L.vW.data(), L.dW.data(), L.W.size(), c1, c2);
            adam(L.b.data(), L.mb.data(), L.vb.data(), L.db.data(), L.b.size(), c1, c2);
        }
    }
};

double cpu_seconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: neuronlab_reference_digits DIR\n");
        return 2;
    }
    const std::string dir = argv[1];
    const std::vector<float> X = read_f32(dir + "/X.f32"), labels = read_f32(dir + "/labels.f32");
    const std::vector<float> Xtest = read_f32(dir + "/Xtest.f32");
    const std::vector<float> labelsTest = read_f32(dir + "/labelsTest.f32");
    const std::size_t n = labels.size(), inputs = kSizes[0];
    Net net(dir, kBatch);
    auto epoch = [&] {
        for (std::size_t at = 0; at < n; at += kBatch)
            net.step(&X[at * inputs], &labels[at], std::min(kBatch, n - at));
    };
    epoch();  // warm-up
    std::vector<double> seconds;
    for (std::size_t e = 0; e < kTimed; ++e) {
        const double start = cpu_seconds();
        epoch();
        seconds.push_back(cpu_seconds() - start);
    }
    std::sort(seconds.begin(), seconds.end());
    const std::size_t m = labelsTest.size();
    net.resize(m);
    net.forward(Xtest.data(), m);
    const std::vector<float>& P = net.layers.back().A;
    std::size_t right = 0;
    for (std::size_t i = 0; i < m; ++i)
        right += std::size_t(std::max_element(&P[i * 10], &P[i * 10 + 10]) - &P[i * 10]) ==
                 std::size_t(labelsTest[i]);
    std::printf("{\"samplesPerSecond\": %.1f, \"testAccuracy\": %.4f}\n",
                double(n) / seconds[kTimed / 2], double(right) / double(m));
    return 0;
}
