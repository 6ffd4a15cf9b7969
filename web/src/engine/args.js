// How the facade turns JS arguments into what the bindings take: numbers, arrays of numbers,
// names and options objects. A number passes as it is (NaN and Infinity too: the core rejects
// them with its own message); any other type becomes NaN, so that null, '' or [] never turn
// silently into 0 as Number() would make them.
// Does not: check ranges, shapes or names (the core does, and says what it accepts).

/** A number as it is; anything else NaN. */
export function num(v) {
  return typeof v === 'number' ? v : Number.NaN;
}

/** An array or typed array as a plain array of numbers, each element through num(). */
export function numbers(v, where, what) {
  if (!Array.isArray(v) && !ArrayBuffer.isView(v))
    throw new Error(`${where}: ${what} must be an array of numbers, got ${describe(v)}`);
  return Array.from(v, (x) => num(x));
}

/** A name such as an activation or a loss: a string, or an Error. */
export function name(v, where, what) {
  if (typeof v !== 'string')
    throw new Error(`${where}: ${what} must be a name (a string), got ${describe(v)}`);
  return v;
}

/** A true/false option: a boolean, or an Error. */
export function flag(v, where, what) {
  if (typeof v !== 'boolean')
    throw new Error(`${where}: ${what} must be true or false, got ${describe(v)}`);
  return v;
}

/**
 * An options object as a null-prototype copy of its own properties, so a default is never read
 * from Object.prototype (which another script may have polluted). undefined stands for {}; null,
 * arrays and other types are refused.
 */
export function optionsOf(v, where) {
  if (v === undefined) return Object.create(null);
  if (v === null || typeof v !== 'object' || Array.isArray(v))
    throw new Error(`${where}: the options must be an object such as { ... }, got ${describe(v)}`);
  return Object.assign(Object.create(null), v);
}

/** A value's kind, for messages: "null", "an array" or its typeof. */
export function describe(v) {
  if (v === null) return 'null';
  return Array.isArray(v) ? 'an array' : typeof v;
}
