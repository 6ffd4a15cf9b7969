// Per-layer gradient RMS and dead/saturated unit counts from one backward pass (health.hpp).
#include "neuronlab/health.hpp"

#include <cmath>

namespace nl {

std::vector<LayerHealth> layer_health(Network& net, const Matrix& X, const Matrix& Y) {
    net.backward(X, Y, Network::Inputs::trusted, Network::Dropout::off);
    const auto& layers = net.parameters();
    const auto& trace = net.trace();
    const auto& grads = net.gradients();
    const std::size_t samples = X.shape(0);
    std::vector<LayerHealth> out;
    out.reserve(layers.size());
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const Matrix& dW = grads[l].dW;
        double sum = 0.0;
        for (const double g : dW) sum += g * g;
        LayerHealth h{std::sqrt(sum / static_cast<double>(dW.size())), layers[l].units(), 0, 0};
        const Activation& f = *layers[l].activation;
        if (f.slopes != nullptr) {
            // slope(r, j) = f'(Z(r, j)): the elementwise backward with dL/dA = 1.
            const Matrix& Z = trace[l].Z;
            const Matrix ones = xt::ones<double>(Z.shape());
            Matrix slope = Matrix::from_shape(Z.shape());
            f.slopes(Z.data(), trace[l].A.data(), ones.data(), slope.data(), Z.size());
            for (std::size_t j = 0; j < h.units; ++j) {
                std::size_t zero = 0, flat = 0;  // samples where f'(z) = 0, and < kSaturatedSlope
                for (std::size_t r = 0; r < samples; ++r) {
                    const double s = std::abs(slope(r, j));
                    zero += s == 0.0;
                    flat += s < kSaturatedSlope;
                }
                if (zero == samples)
                    ++h.dead;
                else if (2 * flat > samples)
                    ++h.saturated;
            }
        }
        out.push_back(h);
    }
    return out;
}

}  // namespace nl
