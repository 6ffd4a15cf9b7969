// The attribute specs several widgets' schemas share: one concept, one set of accepted values,
// written once. A schema spreads one and adds what is its own, such as its default or what the
// attribute does there: `seed: { ...SEED, description: 'Seeds …' }`. Plain data that imports
// nothing, like schema.js; tests/js/schema-agreement.test.mjs checks that an attribute name
// accepts the same values in every schema that has it, or that the difference is declared.

/** The seed of the core's PRNG: any whole number from 0 to 2^31 − 1 (a JS int in every link). */
export const SEED = { type: 'integer', default: 1, min: 0, max: 2147483647 };

/** An activation a hidden layer may use: the core's table, the rows marked hidden. */
export const HIDDEN_ACTIVATION = { type: 'name', table: 'activations', where: 'hidden' };

/** One of the core's optimizers (nn-export accepts what nn-trainer's model event sends). */
export const OPTIMIZER = { type: 'name', table: 'optimizers' };

/** A trained network's learning rate (nn-export takes nn-trainer's, so the ranges are one). */
export const LEARNING_RATE = { type: 'number', min: 0.0001, max: 1000 };

/** The widths of a playground's hidden layers (nn-trainer, nn-race). */
export const HIDDEN_LAYERS = {
  type: 'shape',
  default: [4],
  minLength: 1,
  maxLength: 4,
  max: 16,
  description:
    'The widths of the hidden layers, such as "4" or "8,8". (Not "hidden": that HTML attribute hides an element.)',
};

/** How far a core data set's points scatter (nn-trainer, nn-race). */
export const NOISE = {
  type: 'number',
  min: 0,
  max: 1,
  description: 'How far the points scatter from the clean pattern.',
};

/**
 * A goal the widget measures, such as "accuracy>=0.95": the schema adds the measures it has
 * (`values`) and a description. It defines the exercise: only the page sets it, never a link or
 * stored state.
 */
export const GOAL = { exercise: true, type: 'goal', default: null };
