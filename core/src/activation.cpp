// The activation table: value and slope of each function, and the batch passes that use them.
#include "neuronlab/activation.hpp"

#include <algorithm>
#include <cmath>

#include "neuronlab/validate.hpp"

namespace nl {

namespace {

double step_value(double z) { return z >= 0.0 ? 1.0 : 0.0; }
double step_slope(double, double) { return 0.0; }  // flat on both sides (undefined at 0)

// Split by sign so exp never overflows: with e = e^-|z|, 1 / (1 + e) for z >= 0 and
// e / (1 + e) (= e^z / (1 + e^z)) for z < 0. One exp and a select, no branch to mispredict.
double sigmoid_value(double z) {
    const double e = std::exp(-std::abs(z));
    const double d = 1.0 + e;
    return z >= 0.0 ? 1.0 / d : e / d;
}
double sigmoid_slope(double, double a) { return a * (1.0 - a); }

// tanh without libm's (whose expm1 is slow in wasm), in the same arithmetic on every target:
// for |z| < 0.625 Cephes' rational form z + z^3 P(z^2) / Q(z^2); beyond, 1 - 2 / (e^2|z| + 1)
// with the sign of z (e^2|z| overflowing gives exactly 1). Within 4e-16 of std::tanh.
double tanh_value(double z) {
    const double x = std::abs(z);
    if (!(x > 0.0)) return z;  // +-0 and NaN
    if (x >= 0.625) {
        const double t = 1.0 - 2.0 / (std::exp(2.0 * x) + 1.0);
        return z < 0.0 ? -t : t;
    }
    const double s = z * z;
    const double p =
        (-9.64399179425052238628e-1 * s - 9.92877231001918586564e1) * s - 1.61468768441708447952e3;
    const double q = ((s + 1.12811678491632931402e2) * s + 2.23548839060100448583e3) * s +
                     4.84406305325125486048e3;
    return z + z * s * p / q;
}
double tanh_slope(double, double a) { return 1.0 - a * a; }

double relu_value(double z) { return z > 0.0 ? z : 0.0; }
double relu_slope(double z, double) { return z > 0.0 ? 1.0 : 0.0; }

double linear_value(double z) { return z; }
double linear_slope(double, double) { return 1.0; }

// The batch forms: the scalar function is a template argument, so each loop calls it inline.
template <double (*F)(double)>
void values(const double* z, double* a, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) a[i] = F(z[i]);
}
template <double (*F)(double, double)>
void slopes(const double* z, const double* a, const double* da, double* dz, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) dz[i] = da[i] * F(z[i], a[i]);
}

// One table entry: name, texts, where it may stand, and its scalar and batch forms.
template <double (*V)(double), double (*S)(double, double)>
Activation entry(const char* name, const char* formula, const char* derivative, bool hidden,
                 bool output) {
    return {name, formula, derivative, hidden, output, V, S, values<V>, slopes<S>};
}

}  // namespace

const std::vector<Activation>& activation_table() {
    static const std::vector<Activation> table = {
        entry<step_value, step_slope>("step", "1 if z >= 0, else 0", "0 (undefined at z = 0)", true,
                                      true),
        entry<sigmoid_value, sigmoid_slope>("sigmoid", "1 / (1 + e^-z)", "s(z) (1 - s(z))", true,
                                            true),
        entry<tanh_value, tanh_slope>("tanh", "(e^z - e^-z) / (e^z + e^-z)", "1 - tanh(z)^2", true,
                                      true),
        entry<relu_value, relu_slope>("relu", "max(0, z)", "1 if z > 0, else 0", true, false),
        entry<linear_value, linear_slope>("linear", "z", "1", true, true),
        {"softmax", "e^z_i / sum_j e^z_j", "s_i (delta_ij - s_j)", false, true, nullptr, nullptr,
         nullptr, nullptr},
    };
    return table;
}

const Activation& find_activation(const std::string& name, std::string_view where,
                                  std::string_view what) {
    return find_named(activation_table(), name, where, what);
}

std::string activation_names(bool Activation::*allowed) {
    std::vector<std::string> names;
    for (const auto& a : activation_table())
        if (a.*allowed) names.push_back(a.name);
    return join_names(names);
}

void activate(const Activation& f, const Matrix& Z, Matrix& A) {
    const std::size_t n = Z.shape(0), m = Z.shape(1);
    ensure_shape(A, n, m);
    const double* z = Z.data();
    double* a = A.data();
    if (f.values) {
        f.values(z, a, n * m);
        return;
    }
    // Softmax per row, shifted by the row's maximum so exp never overflows.
    for (std::size_t i = 0; i < n; ++i) {
        const double* zr = z + i * m;
        double* ar = a + i * m;
        const double top = *std::max_element(zr, zr + m);
        double sum = 0.0;
        for (std::size_t j = 0; j < m; ++j) sum += (ar[j] = std::exp(zr[j] - top));
        for (std::size_t j = 0; j < m; ++j) ar[j] /= sum;
    }
}

void activation_backward(const Activation& f, const Matrix& Z, const Matrix& A, const Matrix& dA,
                         Matrix& dZ) {
    const std::size_t n = Z.shape(0), m = Z.shape(1);
    ensure_shape(dZ, n, m);
    const double *z = Z.data(), *a = A.data(), *da = dA.data();
    double* dz = dZ.data();
    if (f.slopes) {
        f.slopes(z, a, da, dz, n * m);
        return;
    }
    for (std::size_t i = 0; i < n; ++i) {
        double dot = 0.0;
        for (std::size_t j = 0; j < m; ++j) dot += da[i * m + j] * a[i * m + j];
        for (std::size_t j = 0; j < m; ++j) dz[i * m + j] = a[i * m + j] * (da[i * m + j] - dot);
    }
}

}  // namespace nl
