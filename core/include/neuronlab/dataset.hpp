// Seeded 2-D teaching data sets (and, or, xor, circle, gaussians, spiral, spiral3) with noise
// and a train/test split, from one name table; and the target encodings an output layer needs.
// Does not: load files; image data sets come from elsewhere.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "neuronlab/activation.hpp"
#include "neuronlab/rng.hpp"
#include "neuronlab/tensor.hpp"

namespace nl {

struct Dataset {
    std::string name;
    Matrix X;                 // samples x 2
    std::vector<int> labels;  // class of each sample, 0 .. classes-1
    Matrix X_test;            // test samples x 2 (may have 0 rows)
    std::vector<int> labels_test;
    std::size_t classes = 2;
    std::array<double, 4> domain{};  // xmin, xmax, ymin, ymax: the plane worth drawing
};

struct DatasetOptions {
    std::size_t samples = 200;   // train + test; and/or/xor with 4 and no noise: the truth table
    double noise = 0.0;          // 0 .. 1, relative to the data set's scale
    double test_fraction = 0.0;  // 0 .. 0.9 of the samples held out
    std::uint64_t seed = 1;
};

struct DatasetKind {
    std::string name;
    std::string description;
    std::size_t classes;
    std::array<double, 4> domain;
    // Fills X (samples x 2) and labels for `samples` points.
    void (*generate)(std::size_t samples, double noise, Rng& rng, Matrix& X,
                     std::vector<int>& labels);
};

const std::vector<DatasetKind>& dataset_table();

Dataset make_dataset(const std::string& name, const DatasetOptions& options);

// The target matrix Y (samples x outputs) for labels, as the output activation expects:
// softmax: one-hot (outputs = classes); tanh: +1 / -1; otherwise 1 / 0 (classes must be 2).
// classes and outputs are accepted from 1 to kMaxUnits.
Matrix encode_targets(const std::vector<int>& labels, std::size_t classes, const Activation& output,
                      std::size_t outputs, std::string_view where);

// The class row i of P (samples x outputs) predicts: the argmax for several outputs (the first
// of equal maxima); for one output, class 1 above 0 (tanh) or above 0.5 (others), else 0.
int predicted_class(const Matrix& P, std::size_t i, const Activation& output);

// The fraction of rows of P whose predicted_class is the label.
double accuracy(const Matrix& P, const std::vector<int>& labels, const Activation& output);

// counts[t * classes + p]: the rows of true label t that P predicts as class p (classes x
// classes, row = true label); a label or prediction outside 0 .. classes - 1 is not counted.
std::vector<int> confusion(const Matrix& P, const std::vector<int>& labels, std::size_t classes,
                           const Activation& output);

}  // namespace nl
