// The formula of <nn-trainer dataset="formula">: an expression in x1 and x2 typed by the reader,
// such as "x2 > sin(3*x1)" or "x1*x1 + x2*x2 < 0.5", read by a Pratt parser of our own into
// closures (never eval or Function: the CSP forbids both). Names are looked up in Maps, so
// "constructor" or "__proto__" is an unknown name like any other. Reading only: formula-data.js
// samples the points.

/** The longest formula read, and the deepest nesting of brackets and operators. */
export const MAX_FORMULA_CHARS = 200;
const MAX_DEPTH = 32;

const VARIABLES = new Map([
  ['x1', (x1) => x1],
  ['x2', (x1, x2) => x2],
  ['pi', () => Math.PI],
  ['e', () => Math.E],
]);
// name -> [arity, f]
const FUNCTIONS = new Map([
  ['sin', [1, Math.sin]],
  ['cos', [1, Math.cos]],
  ['tan', [1, Math.tan]],
  ['tanh', [1, Math.tanh]],
  ['abs', [1, Math.abs]],
  ['sqrt', [1, Math.sqrt]],
  ['exp', [1, Math.exp]],
  ['log', [1, Math.log]],
  ['min', [2, Math.min]],
  ['max', [2, Math.max]],
]);
/** The names a formula may use, for messages. */
export const FORMULA_NAMES = `x1, x2, pi, e and ${[...FUNCTIONS.keys()].join(', ')}`;

const b = (x) => (x ? 1 : 0);
/** A comparison or logic operator: 1 (true) or 0 (false), NaN where either side is NaN. */
const truth = (f) => (p, q) => (Number.isNaN(p) || Number.isNaN(q) ? NaN : b(f(p, q)));
// Infix operators: [binding power, f(a, b)].
const INFIX = new Map([
  ['or', [1, truth((p, q) => p > 0 || q > 0)]],
  ['and', [2, truth((p, q) => p > 0 && q > 0)]],
  ['<', [4, truth((p, q) => p < q)]],
  ['<=', [4, truth((p, q) => p <= q)]],
  ['>', [4, truth((p, q) => p > q)]],
  ['>=', [4, truth((p, q) => p >= q)]],
  ['==', [4, truth((p, q) => p === q)]],
  ['!=', [4, truth((p, q) => p !== q)]],
  ['+', [5, (p, q) => p + q]],
  ['-', [5, (p, q) => p - q]],
  ['*', [6, (p, q) => p * q]],
  ['/', [6, (p, q) => p / q]],
  ['^', [8, (p, q) => p ** q]],
]);
const ALIASES = new Map([
  ['&&', 'and'],
  ['||', 'or'],
  ['!', 'not'],
  ['=', '=='],
  ['**', '^'],
]);
const COMPARE = 4;
const NOT_POWER = 3; // "not x1 > 0" is not (x1 > 0)
const NEGATE_POWER = 7; // "-x1^2" is -(x1^2)
const SYMBOLS = [
  '<=',
  '>=',
  '==',
  '!=',
  '&&',
  '||',
  '**',
  '<',
  '>',
  '=',
  '!',
  '+',
  '-',
  '*',
  '/',
  '^',
  '(',
  ')',
  ',',
];

class FormulaError extends Error {
  constructor(column, message) {
    super(`column ${column}: ${message}`);
    this.column = column;
  }
}

const isDigit = (c) => c >= '0' && c <= '9';
const isLetter = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';

/** The tokens of text: { kind: 'number' | 'name' | 'symbol' | 'end', text, value, column }. */
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const column = i + 1;
    if (c === ' ' || c === '\t' || c === '\n') {
      i += 1;
    } else if (isDigit(c) || (c === '.' && isDigit(text[i + 1] ?? ''))) {
      let j = i;
      while (j < text.length && (isDigit(text[j]) || text[j] === '.')) j += 1;
      if (text[j] === 'e' && (isDigit(text[j + 1] ?? '') || '+-'.includes(text[j + 1] ?? 'x'))) {
        j += 2;
        while (j < text.length && isDigit(text[j])) j += 1;
      }
      const value = Number(text.slice(i, j));
      if (!Number.isFinite(value)) {
        throw new FormulaError(column, `"${text.slice(i, j)}" is not a number`);
      }
      tokens.push({ kind: 'number', text: text.slice(i, j), value, column });
      i = j;
    } else if (isLetter(c)) {
      let j = i;
      while (j < text.length && (isLetter(text[j]) || isDigit(text[j]))) j += 1;
      const word = text.slice(i, j).toLowerCase();
      const kind = word === 'and' || word === 'or' || word === 'not' ? 'symbol' : 'name';
      tokens.push({ kind, text: word, raw: text.slice(i, j), column });
      i = j;
    } else {
      const symbol = SYMBOLS.find((s) => text.startsWith(s, i));
      if (!symbol) throw new FormulaError(column, `"${c}" is not part of a formula`);
      tokens.push({ kind: 'symbol', text: ALIASES.get(symbol) ?? symbol, column });
      i += symbol.length;
    }
  }
  tokens.push({ kind: 'end', text: 'the end', column: text.length + 1 });
  return tokens;
}

/**
 * Reads a formula: { ok: true, evaluate(x1, x2) -> number } (comparisons give 1 or 0, or NaN
 * where a side is NaN), or
 * { ok: false, column, message } naming the column (1-based) and what was wrong.
 */
export function parseFormula(text) {
  const source = String(text);
  if (source.length > MAX_FORMULA_CHARS) {
    return {
      ok: false,
      column: MAX_FORMULA_CHARS + 1,
      message: `the formula has ${source.length} characters; at most ${MAX_FORMULA_CHARS} are read`,
    };
  }
  try {
    const tokens = tokenize(source);
    let at = 0;
    const peek = () => tokens[at];
    const next = () => tokens[at++];
    const expect = (symbol) => {
      const token = next();
      if (token.text !== symbol || token.kind !== 'symbol') {
        throw new FormulaError(token.column, `expected "${symbol}" but found ${shown(token)}`);
      }
    };

    // Pratt: an operand (prefix), then infix operators binding tighter than `power`.
    const expression = (power, depth) => {
      if (depth > MAX_DEPTH) {
        throw new FormulaError(peek().column, `nested more than ${MAX_DEPTH} deep`);
      }
      let left = operand(depth);
      for (;;) {
        const token = peek();
        const infix = token.kind === 'symbol' && INFIX.get(token.text);
        if (!infix || infix[0] <= power) break;
        next();
        const [bp, f] = infix;
        // ^ is right-associative: 2^3^2 is 2^(3^2).
        const right = expression(token.text === '^' ? bp - 1 : bp, depth + 1);
        const l = left;
        left = (x1, x2) => f(l(x1, x2), right(x1, x2));
        const after = peek();
        if (bp === COMPARE && INFIX.get(after.text)?.[0] === COMPARE) {
          throw new FormulaError(after.column, 'compare two things at a time (join with "and")');
        }
      }
      return left;
    };

    const operand = (depth) => {
      const token = next();
      if (token.kind === 'number') return () => token.value;
      if (token.kind === 'name') return named(token, depth);
      if (token.text === '(') {
        const inner = expression(0, depth + 1);
        expect(')');
        return inner;
      }
      if (token.text === '-') {
        const inner = expression(NEGATE_POWER, depth + 1);
        return (x1, x2) => -inner(x1, x2);
      }
      if (token.text === '+') return expression(NEGATE_POWER, depth + 1);
      if (token.text === 'not') {
        const inner = expression(NOT_POWER, depth + 1);
        const not = truth((p) => !(p > 0));
        return (x1, x2) => not(inner(x1, x2), 0);
      }
      throw new FormulaError(
        token.column,
        `expected a number, a name or "(" but found ${shown(token)}`,
      );
    };

    const named = (token, depth) => {
      if (VARIABLES.has(token.text)) {
        if (peek().text === '(')
          throw new FormulaError(token.column, `${token.text} is not a function`);
        return VARIABLES.get(token.text);
      }
      if (!FUNCTIONS.has(token.text)) {
        throw new FormulaError(
          token.column,
          `unknown name "${token.raw.slice(0, 20)}": the names are ${FORMULA_NAMES}`,
        );
      }
      const [arity, f] = FUNCTIONS.get(token.text);
      expect('(');
      const args = [expression(0, depth + 1)];
      while (args.length < arity) {
        expect(',');
        args.push(expression(0, depth + 1));
      }
      const close = peek();
      if (close.text !== ')') {
        const want = arity === 1 ? 'one value' : `${arity} values separated by ","`;
        throw new FormulaError(close.column, `${token.text} takes ${want}; found ${shown(close)}`);
      }
      next();
      if (arity === 1) {
        const [a] = args;
        return (x1, x2) => f(a(x1, x2));
      }
      const [a, c] = args;
      return (x1, x2) => f(a(x1, x2), c(x1, x2));
    };

    if (peek().kind === 'end') throw new FormulaError(1, 'the formula is empty');
    const evaluate = expression(0, 0);
    const rest = peek();
    if (rest.kind !== 'end') {
      throw new FormulaError(
        rest.column,
        `expected an operator or the end but found ${shown(rest)}`,
      );
    }
    return { ok: true, evaluate };
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    return { ok: false, column: error.column, message: error.message };
  }
}

function shown(token) {
  return token.kind === 'end' ? 'the end' : `"${token.text.slice(0, 20)}"`;
}
