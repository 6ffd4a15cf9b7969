// The small fixed problems <nn-descent> rolls down: a one-weight model (a 1-1 network with its
// bias held at 0, linear or sigmoid), a two-weight linear model whose valley is long and
// narrow, so a large step bounces across it, and a two-weight model on two unrelated inputs,
// the second multiplied by an input scale. Data only; the core computes every loss.

export const PROBLEMS = {
  // y = 2x on three points: the loss is a parabola with its bottom at w = 2.
  linear: {
    shape: [1, 1],
    activation: 'linear',
    X: [[0.5], [1], [1.5]],
    Y: [[1], [2], [3]],
    refs: [[0, 0]],
    domain: [-2, 6],
    start: [-1],
    names: ['w'],
  },
  // Targets a sigmoid can almost reach: flat far out, so a small step crawls there.
  sigmoid: {
    shape: [1, 1],
    activation: 'sigmoid',
    X: [[-2], [-1], [1], [2]],
    Y: [[0.1], [0.3], [0.7], [0.9]],
    refs: [[0, 0]],
    domain: [-4, 6],
    start: [-3],
    names: ['w'],
  },
  // y = w₁x₁ + w₂x₂ with the bottom at (1, −1); the valley is about 7 times steeper across.
  plane: {
    shape: [2, 1],
    activation: 'linear',
    X: [
      [1, 0.5],
      [0.5, 1],
      [-1, -0.4],
      [0.3, -0.2],
    ],
    Y: [[0.5], [-0.5], [-0.6], [0.5]],
    refs: [
      [0, 0],
      [0, 1],
    ],
    domain: [-4, 4],
    start: [-3, 2.5],
    names: ['w₁', 'w₂'],
    key: 'plane',
  },
};

/**
 * y = w₁x₁ + w₂x₂ on x₁ = ±1 and x₂ = ±s (every sign pair once), targets y = x₁ − x₂/s, so
 * the bottom is at (1, −1/s). The inputs are unrelated (their products sum to 0), so
 * L = (w₁ − 1)² + s²(w₂ + 1/s)²: curvature 2 along w₁ and 2s² along w₂. At s = 1 (inputs on one
 * scale) the bowl is round; at s = 3 it is 9 times steeper across w₂, and a step stays stable
 * only while η < 1/s².
 */
export function scaledProblem(s) {
  const signs = [
    [1, 1],
    [1, -1],
    [-1, 1],
    [-1, -1],
  ];
  return {
    shape: [2, 1],
    activation: 'linear',
    X: signs.map(([a, b]) => [a, b * s]),
    Y: signs.map(([a, b]) => [a - b]),
    refs: PROBLEMS.plane.refs,
    domain: [-4, 4],
    start: [-3, 2.5],
    names: ['w₁', 'w₂'],
    key: `scaled ${s}`,
  };
}

/** The problem a mode, activation and input scale pick. */
export function problemFor(mode, activation, inputScale) {
  if (mode === 'scaled') return scaledProblem(inputScale);
  return mode === '2d' ? PROBLEMS.plane : PROBLEMS[activation];
}
