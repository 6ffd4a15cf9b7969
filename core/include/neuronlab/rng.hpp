// The project's own seeded PRNG (xoshiro256**, seeded through splitmix64), so that one seed
// gives bit-identical weights and data natively and in WebAssembly.
// Does not: use std:: distributions (their output differs between standard libraries).
#pragma once

#include <cstdint>
#include <vector>

namespace nl {

class Rng {
public:
    explicit Rng(std::uint64_t seed);

    std::uint64_t next();                       // 64 random bits
    double uniform();                           // [0, 1) with 53 random bits
    double uniform(double lo, double hi);       // [lo, hi)
    double normal();                            // N(0, 1), Box-Muller
    std::size_t below(std::size_t n);           // integer in [0, n), unbiased
    void shuffle(std::vector<std::size_t>& v);  // Fisher-Yates

    // Everything the next draw depends on: the four state words and normal()'s spare value.
    // set_state(state()) continues the same sequence (a training checkpoint keeps it).
    struct State {
        std::uint64_t s[4];
        bool has_spare;
        double spare;
    };
    State state() const;
    void set_state(const State& state);

private:
    std::uint64_t s_[4];
    bool has_spare_ = false;
    double spare_ = 0.0;
};

}  // namespace nl
