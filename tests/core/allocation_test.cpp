// Training allocates nothing once warmed up: this test binary replaces the global operator new
// with one that counts calls, and the count must not move across training steps, including the
// last, shorter batch of an epoch whose size is not a multiple of the batch size, and an
// evaluation of the whole set between steps.
// Under AddressSanitizer the file compiles to nothing: ASan's runtime owns operator new and
// delete, and a second pair makes it report allocation/deallocation mismatches.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NEURONLAB_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define NEURONLAB_ASAN 1
#endif

#ifndef NEURONLAB_ASAN
#include <atomic>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <new>

#include "neuronlab/dataset.hpp"
#include "neuronlab/trainer.hpp"

namespace {
std::atomic<std::size_t> allocations{0};

void* counted(std::size_t size) {
    ++allocations;
    if (void* p = std::malloc(size ? size : 1)) return p;
    throw std::bad_alloc();
}
}  // namespace

void* operator new(std::size_t size) { return counted(size); }
void* operator new[](std::size_t size) { return counted(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

struct Case {
    const char* what;
    std::vector<nl::LayerSpec> layers;
    const char* loss;
    const char* dataset;
    std::size_t samples, batch;
    const char* optimizer;
    nl::Precision precision = nl::Precision::float64;
};

// Allocations during `steps` steps (with an evaluate() every 7th), after two warm-up epochs.
std::size_t allocations_while_training(const Case& c, std::size_t steps) {
    nl::Network net(2, c.layers, c.loss);
    net.initialize("xavier", 5);
    net.set_precision(c.precision);
    nl::DatasetOptions data;
    data.samples = c.samples;
    data.seed = 2;
    nl::TrainerOptions config;
    config.optimizer.name = c.optimizer;
    config.optimizer.learning_rate = 0.01;
    config.batch_size = c.batch;
    nl::Trainer trainer(net, nl::make_dataset(c.dataset, data), config);
    std::vector<nl::EpochStats> history;
    history.reserve(16);
    trainer.train(2, history);
    trainer.evaluate();

    nl::TrainStatus status = nl::TrainStatus::ok;
    const std::size_t before = allocations;
    for (std::size_t i = 0; i < steps; ++i) {
        trainer.step(status);
        if (i % 7 == 0) trainer.evaluate();
    }
    trainer.train(3, history);
    const std::size_t after = allocations;
    REQUIRE(status == nl::TrainStatus::ok);
    return after - before;
}

}  // namespace

TEST_CASE("the counting operator new sees xtensor's allocations", "[allocation]") {
    const std::size_t before = allocations;
    nl::Matrix m = nl::Matrix::from_shape({3, 4});
    CHECK(allocations > before);
}

TEST_CASE("training steps allocate nothing after warm-up", "[allocation]") {
    const Case cases[] = {
        {"tanh 2-8-8-1, mse, 103 samples in batches of 10, sgd",
         {{8, "tanh"}, {8, "tanh"}, {1, "tanh"}},
         "mse",
         "circle",
         103,
         10,
         "sgd"},
        {"sigmoid 2-4-1, bce, the full batch, momentum",
         {{4, "sigmoid"}, {1, "sigmoid"}},
         "bce",
         "xor",
         4,
         0,
         "momentum"},
        {"relu 2-16-3 softmax, softmax_ce, 150 samples in batches of 64, adam",
         {{16, "relu"}, {3, "softmax"}},
         "softmax_ce",
         "spiral3",
         150,
         64,
         "adam"},
        {"the same in float32 precision",
         {{16, "relu"}, {3, "softmax"}},
         "softmax_ce",
         "spiral3",
         150,
         64,
         "adam",
         nl::Precision::float32},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        CHECK(allocations_while_training(c, 500) == 0);
    }
}

#endif  // NEURONLAB_ASAN
