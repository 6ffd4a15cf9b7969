// The seeded PRNG: the reference xoshiro256** sequence (so a seed means the same numbers natively
// and in WebAssembly), repeatability, and the statistics of uniform, normal, below and shuffle.
#include "neuronlab/rng.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <numeric>
#include <vector>

using namespace nl;

TEST_CASE("seeding matches the reference splitmix64 + xoshiro256** sequence", "[rng]") {
    // Oracle: Vigna's reference C code (prng.di.unimi.it), re-typed in Python and checked
    // against its published vectors (splitmix64 from 0 gives 0xe220a8397b1dcdaf first;
    // xoshiro256** from the state {1, 2, 3, 4} gives 11520, 0, 1509978240, ...). The state is
    // four splitmix64 outputs from the seed.
    Rng one(1);
    CHECK(one.next() == 12966619160104079557ull);
    CHECK(one.next() == 9600361134598540522ull);
    CHECK(one.next() == 10590380919521690900ull);
    CHECK(one.next() == 7218738570589545383ull);

    // uniform() is the top 53 bits times 2^-53: 1546998764402558742 >> 11 = 755370490430936,
    // and 755370490430936 / 2^53 = 0.08386297105988216.
    Rng answer(42);
    CHECK(answer.uniform() == 0.08386297105988216);
    CHECK(answer.uniform() == 0.3789802506626686);
    CHECK(answer.uniform() == 0.6800434110281394);
    CHECK(answer.uniform() == 0.9246929453253876);
}

TEST_CASE("the same seed gives the same sequence, another seed another one", "[rng]") {
    Rng a(2024), b(2024), c(2025);
    bool differs = false;
    for (int i = 0; i < 1000; ++i) {
        const auto x = a.next();
        REQUIRE(x == b.next());
        differs = differs || x != c.next();
    }
    CHECK(differs);

    Rng d(7), e(7);
    for (int i = 0; i < 100; ++i) {
        REQUIRE(d.uniform() == e.uniform());
        REQUIRE(d.normal() == e.normal());
        REQUIRE(d.below(13) == e.below(13));
    }
}

TEST_CASE("uniform() lies in 0 <= u < 1 with mean 1/2 and variance 1/12", "[rng]") {
    // Over N = 100,000 draws the sample mean has standard error sqrt(1/12 / N) = 0.00091:
    // a margin of 0.005 is more than five standard errors.
    Rng rng(11);
    const int n = 100000;
    double sum = 0.0, sum_sq = 0.0, lo = 1.0, hi = 0.0;
    for (int i = 0; i < n; ++i) {
        const double u = rng.uniform();
        REQUIRE(u >= 0.0);
        REQUIRE(u < 1.0);
        sum += u;
        sum_sq += u * u;
        lo = std::min(lo, u);
        hi = std::max(hi, u);
    }
    const double mean = sum / n, variance = sum_sq / n - mean * mean;
    CHECK(mean == Approx(0.5).margin(0.005));
    CHECK(variance == Approx(1.0 / 12.0).margin(0.002));
    CHECK(lo < 0.001);  // the whole interval is reached
    CHECK(hi > 0.999);

    for (int i = 0; i < 1000; ++i) {
        const double v = rng.uniform(-3.0, 5.0);
        REQUIRE(v >= -3.0);
        REQUIRE(v < 5.0);
    }
}

TEST_CASE("normal() has mean 0 and standard deviation 1", "[rng]") {
    // Standard error of the mean over 100,000 draws: 1 / sqrt(N) = 0.0032.
    Rng rng(5);
    const int n = 100000;
    double sum = 0.0, sum_sq = 0.0;
    int within_one = 0;
    for (int i = 0; i < n; ++i) {
        const double z = rng.normal();
        REQUIRE(std::isfinite(z));
        sum += z;
        sum_sq += z * z;
        within_one += std::abs(z) < 1.0;
    }
    CHECK(sum / n == Approx(0.0).margin(0.02));
    CHECK(std::sqrt(sum_sq / n) == Approx(1.0).margin(0.02));
    CHECK(within_one / double(n) == Approx(0.6827).margin(0.01));  // P(|Z| < 1)
}

TEST_CASE("below(n) stays in 0 <= k < n and is roughly uniform", "[rng]") {
    // 70,000 draws over 7 values: 10,000 expected each, standard deviation sqrt(10000 * 6/7)
    // = 93; every count within 500 (more than five standard deviations).
    Rng rng(3);
    std::vector<int> counts(7, 0);
    for (int i = 0; i < 70000; ++i) {
        const std::size_t k = rng.below(7);
        REQUIRE(k < 7);
        ++counts[k];
    }
    for (int c : counts) CHECK(c == Approx(10000).margin(500));

    CHECK(rng.below(1) == 0);
    // A bound above 2^63 exercises the rejection of the biased tail; results stay below it.
    const std::size_t big = (std::size_t{1} << 63) + 12345;
    for (int i = 0; i < 100; ++i) REQUIRE(rng.below(big) < big);
}

TEST_CASE("shuffle is a permutation, seeded, and moves things", "[rng]") {
    std::vector<std::size_t> v(50);
    std::iota(v.begin(), v.end(), 0);
    auto a = v, b = v, c = v;
    Rng r1(9), r2(9), r3(10);
    r1.shuffle(a);
    r2.shuffle(b);
    r3.shuffle(c);
    CHECK(a == b);  // same seed, same order
    CHECK(a != c);  // another seed, another order
    CHECK(a != v);
    auto sorted = a;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == v);  // every element exactly once

    // Each of the 3! = 6 orders of three items comes up about 1/6 of the time.
    Rng rng(21);
    std::vector<int> seen(6, 0);
    for (int i = 0; i < 60000; ++i) {
        std::vector<std::size_t> three{0, 1, 2};
        rng.shuffle(three);
        const int code = int(three[0]) * 2 + (three[1] > three[2] ? 1 : 0);  // 0 .. 5
        ++seen[code];
    }
    for (int s : seen) CHECK(s == Approx(10000).margin(500));

    std::vector<std::size_t> empty, single{4};
    rng.shuffle(empty);
    rng.shuffle(single);
    CHECK(empty.empty());
    CHECK(single == std::vector<std::size_t>{4});
}
