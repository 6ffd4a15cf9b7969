// Trainer::save and Trainer::restore: a training checkpoint as one array of doubles, so a page
// keeps it as a Float64Array and its size is plain to count. The layout, for P parameters and
// n training samples (each 64-bit PRNG word as two 32-bit halves, high first, exact in a double):
//   [0] kMagic  [1] P  [2] n  [3] epoch  [4] cursor (samples done in the epoch)
//   [5] the epoch's loss sum  [6] its correct count
//   [7..16]  the shuffling PRNG: 8 halves, has_spare (0 or 1), spare
//   [17..26] the dropout PRNG, the same way
//   [27 .. 27+n)  the sample order (the next shuffle permutes it further)
//   then the P parameters layer by layer (W row by row, then b), then the optimizer's 1 + 2P
//   numbers (Optimizer::save).
#include <cmath>

#include "neuronlab/trainer.hpp"
#include "neuronlab/validate.hpp"

namespace nl {

namespace {
const char* kWhere = "restore";
constexpr double kMagic = 20141;  // marks a trainer checkpoint of this layout
constexpr std::size_t kHeader = 27;
constexpr double kHalf = 4294967296.0;  // 2^32

void put_rng(std::vector<double>& out, const Rng::State& s) {
    for (const std::uint64_t w : s.s) {
        out.push_back(static_cast<double>(w >> 32));
        out.push_back(static_cast<double>(w & 0xFFFFFFFFull));
    }
    out.push_back(s.has_spare ? 1.0 : 0.0);
    out.push_back(s.spare);
}

bool whole(double v, double most) { return v >= 0 && v <= most && v == std::floor(v); }

Rng::State get_rng(const double* in) {
    Rng::State s{};
    for (int i = 0; i < 4; ++i) {
        if (!whole(in[2 * i], kHalf - 1) || !whole(in[2 * i + 1], kHalf - 1))
            fail(kWhere, "the checkpoint's PRNG state is not four 64-bit words");
        s.s[i] = (static_cast<std::uint64_t>(in[2 * i]) << 32) |
                 static_cast<std::uint64_t>(in[2 * i + 1]);
    }
    if (in[8] != 0.0 && in[8] != 1.0)
        fail(kWhere, "the checkpoint's PRNG spare flag is not 0 or 1");
    s.has_spare = in[8] == 1.0;
    s.spare = in[9];
    return s;
}
}  // namespace

std::vector<double> Trainer::save() const {
    const std::size_t P = net_.parameter_count(), n = order_.size();
    std::vector<double> out;
    out.reserve(kHeader + n + P + Optimizer::saved_size(net_));
    out.insert(out.end(),
               {kMagic, static_cast<double>(P), static_cast<double>(n), static_cast<double>(epoch_),
                static_cast<double>(cursor_), epoch_loss_, epoch_correct_});
    put_rng(out, rng_.state());
    put_rng(out, net_.dropout_state());
    for (const std::size_t i : order_) out.push_back(static_cast<double>(i));
    for (const Layer& layer : net_.parameters()) {
        out.insert(out.end(), layer.W.begin(), layer.W.end());
        out.insert(out.end(), layer.b.begin(), layer.b.end());
    }
    optimizer_.save(out);
    return out;
}

void Trainer::restore(const std::vector<double>& c) {
    const std::size_t P = net_.parameter_count(), n = order_.size();
    const std::size_t size = kHeader + n + P + Optimizer::saved_size(net_);
    if (c.size() != size || c[0] != kMagic || c[1] != static_cast<double>(P) ||
        c[2] != static_cast<double>(n))
        fail(kWhere, "the checkpoint has " + std::to_string(c.size()) +
                         " numbers; accepted: one saved by a trainer of this network (" +
                         std::to_string(P) + " parameters) and data set (" + std::to_string(n) +
                         " samples), " + std::to_string(size) + " numbers");
    if (!whole(c[3], 1e15) || !whole(c[4], static_cast<double>(n)))
        fail(kWhere, "the checkpoint's epoch or cursor is not a count in range");
    const Rng::State shuffling = get_rng(c.data() + 7), dropout = get_rng(c.data() + 17);
    std::vector<std::size_t> order(n);
    std::vector<bool> seen(n, false);
    for (std::size_t k = 0; k < n; ++k) {
        const double v = c[kHeader + k];
        if (!whole(v, static_cast<double>(n) - 1) || seen[static_cast<std::size_t>(v)])
            fail(kWhere, "the checkpoint's sample order is not a permutation of 0 to " +
                             std::to_string(n - 1));
        order[k] = static_cast<std::size_t>(v);
        seen[order[k]] = true;
    }
    const double* in = c.data() + kHeader + n;
    for (std::size_t k = 0; k < P + Optimizer::saved_size(net_); ++k)
        require_finite(in[k], kWhere, "a checkpoint's weight or optimizer state");
    if (!whole(in[P], 1e15)) fail(kWhere, "the checkpoint's optimizer step count is not a count");
    // Everything checked: now the trainer changes.
    for (Layer& layer : net_.parameters()) {
        std::copy_n(in, layer.W.size(), layer.W.data());
        in += layer.W.size();
        std::copy_n(in, layer.b.size(), layer.b.data());
        in += layer.b.size();
    }
    optimizer_.restore(net_, in);
    epoch_ = static_cast<std::size_t>(c[3]);
    cursor_ = static_cast<std::size_t>(c[4]);
    epoch_loss_ = c[5];
    epoch_correct_ = c[6];
    rng_.set_state(shuffling);
    net_.set_dropout_state(dropout);
    order_ = std::move(order);
    optimizer_.set_epoch(epoch_);
}

}  // namespace nl
