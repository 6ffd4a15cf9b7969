// The reader's own data and model in <nn-trainer>, without a browser: the formula parser
// (precedence, columns in messages, hostile names, huge and deep input), the points sampled
// under a formula, the CSV reader (separators, header, each refusal naming its line and column),
// the input features, and the weights link (bit for bit, and each wrong form refused).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseAttribute } from '../../web/src/widgets/base/attributes.js';
import { MAX_CSV_CHARS, lineCount, readCsv } from '../../web/src/widgets/nn-trainer/csv.js';
import { FEATURES, featureMatrix } from '../../web/src/widgets/nn-trainer/features.js';
import { MAX_FORMULA_CHARS, parseFormula } from '../../web/src/widgets/nn-trainer/formula.js';
import { csvData, formulaData } from '../../web/src/widgets/nn-trainer/own-data.js';
import { schema } from '../../web/src/widgets/nn-trainer/schema.js';
import { decodeWeights, encodeWeights } from '../../web/src/widgets/nn-trainer/share.js';

const value = (text, x1, x2) => {
  const result = parseFormula(text);
  assert.ok(result.ok, `${text}: ${result.message}`);
  return result.evaluate(x1, x2);
};
const refusal = (text) => {
  const result = parseFormula(text);
  assert.equal(result.ok, false, `${text} should be refused`);
  return result;
};

test('formulas evaluate with the usual precedence; comparisons and logic give 1 or 0', () => {
  assert.equal(value('x2 > sin(3*x1)', 0.5, 0.25), 0); // sin(1.5) = 0.997
  assert.equal(value('x2 > sin(3*x1)', -0.5, 0.9), 1);
  assert.equal(value('x1*x1 + x2*x2 < 0.5', 0.5, 0.25), 1);
  assert.equal(value('x1*x1 + x2*x2 < 0.5', 0.6, 0.6), 0);
  assert.equal(value('1 + 2 * 3', 0, 0), 7);
  assert.equal(value('2^3^2', 0, 0), 512); // right-associative
  assert.equal(value('-x1^2', 3, 0), -9); // - binds looser than ^
  assert.equal(value('(1 + 2) * 3', 0, 0), 9);
  assert.equal(value('not x1 > 0 and x2 > 0', -1, 1), 1);
  assert.equal(value('x1 > 0 or x2 > 0', -1, -1), 0);
  assert.equal(value('x1 > 0 && x2 > 0 || x1 == x2', -1, -1), 1);
  assert.equal(value('max(x1, x2) + min(x1, x2) + abs(-2)', 1, 5), 8);
  assert.equal(value('1e-3 * x1 + pi - pi + e - e', 1000, 0), 1);
  assert.ok(Number.isNaN(value('sqrt(x1)', -1, 0)));
  assert.ok(Number.isNaN(value('sqrt(x1) > 0.5', -1, 0)), 'a comparison with NaN is NaN');
  assert.ok(Number.isNaN(value('not sqrt(x1) > 0.5 or x2 > 0', -1, 1)));
  assert.match(refusal('toString').message, /unknown name "toString"/);
});

test('a formula error names its column and what was wrong', () => {
  const cases = [
    ['x1 +', 5, 'expected a number'],
    ['(x1', 4, 'expected ")"'],
    ['x1 x2', 4, 'expected an operator or the end'],
    ['y > 0', 1, 'unknown name "y"'],
    ['x1 # 2', 4, '"#" is not part of a formula'],
    ['min(x1)', 7, 'expected ","'],
    ['sin(x1, x2)', 7, 'sin takes one value'],
    ['0 < x1 < 1', 8, 'compare two things at a time'],
    ['x1(2)', 1, 'x1 is not a function'],
    ['1.2.3', 1, 'is not a number'],
    ['', 1, 'the formula is empty'],
  ];
  for (const [text, column, words] of cases) {
    const result = refusal(text);
    assert.equal(result.column, column, `${text}: ${result.message}`);
    assert.match(result.message, new RegExp(`^column ${column}: .*${escape(words)}`), text);
  }
});

test('hostile names are unknown names, never lookups on an object', () => {
  for (const name of [
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'prototype',
    'eval',
    'Function',
    'globalThis',
    'window',
  ]) {
    for (const text of [name, `${name}(x1)`, `x1 + ${name}`]) {
      const result = refusal(text);
      assert.match(result.message, /unknown name/, `${text}: ${result.message}`);
    }
  }
  const source = readFileSync(
    new URL('../../web/src/widgets/nn-trainer/formula.js', import.meta.url),
    'utf8',
  );
  assert.doesNotMatch(source, /\beval\s*\(|new Function|Function\(/);
});

test('huge and deeply nested formulas are refused at once', () => {
  const start = performance.now();
  const huge = refusal('x1+'.repeat(4_000_000));
  assert.match(huge.message, new RegExp(`at most ${MAX_FORMULA_CHARS} are read`));
  const deep = refusal(`${'('.repeat(60)}x1${')'.repeat(60)}`);
  assert.match(deep.message, /nested more than 32 deep/);
  assert.match(refusal(`${'-'.repeat(100)}x1`).message, /nested/);
  assert.ok(performance.now() - start < 1000, 'refusals take no time at all');
  assert.equal(value(`${'('.repeat(20)}x1${')'.repeat(20)}`, 2, 0), 2); // 20 deep is fine
});

test('formula data: seeded, classed by the formula, and refused when NaN everywhere or one class', () => {
  const evaluate = parseFormula('x1*x1 + x2*x2 < 0.5').evaluate;
  const options = { samples: 300, noise: 0, testFraction: 0.2, seed: 7 };
  const a = formulaData(evaluate, options);
  const b = formulaData(evaluate, options);
  assert.ok(a.ok);
  assert.deepEqual(a.data, b.data, 'the same seed gives the same points');
  assert.notDeepEqual(formulaData(evaluate, { ...options, seed: 8 }).data.X, a.data.X);
  assert.equal(a.data.X.rows + a.data.Xtest.rows, 300);
  assert.equal(a.data.Xtest.rows, 60);
  assert.deepEqual(a.data.domain, [-1, 1, -1, 1]);
  for (let i = 0; i < a.data.X.rows; i++) {
    const [x1, x2] = [a.data.X.data[2 * i], a.data.X.data[2 * i + 1]];
    assert.equal(a.data.labels[i], evaluate(x1, x2), `point ${i}`);
  }
  const nan = formulaData(parseFormula('sqrt(-1 - x1*x1)').evaluate, options);
  assert.match(nan.message, /NaN \(not a number\)/);
  const one = formulaData(parseFormula('x1 > 5').evaluate, options);
  assert.match(one.message, /false \(class 0\) at all 300 points.*both classes/);
  // Where the formula is NaN on part of the plane, only the rest is sampled.
  const half = formulaData(parseFormula('sqrt(x1) > 0.5').evaluate, options);
  assert.ok(half.ok && half.data.X.data.every((v, i) => i % 2 === 1 || v >= 0));
});

test('CSV: comma, semicolon or tab, a header optional, decimal commas with semicolons, quotes', () => {
  const rows = [0.5, 1, 0, 1, 2, 1];
  assert.deepEqual(readCsv('x1,x2,class\n0.5,1,0\n1,2,1\n').rows, rows);
  assert.deepEqual(readCsv('0,5;1;0\r\n1;2;1').rows, rows);
  assert.deepEqual(readCsv('a\tb\tc\n0.5\t1\t0\n\n1\t2\t1\n').rows, rows);
  assert.deepEqual(readCsv('"0.5","1",0\n1,2,"1"\n').rows, rows);
  const three = readCsv('0,0,0\n1,1,1\n2,2,2\n');
  assert.equal(three.classes, 3);
  assert.equal(three.count, 3);
});

test('CSV: each refusal names the line and column and what is accepted', () => {
  const cases = [
    [
      '1,2,0\n1,,1\n',
      /^line 2, column 2 \(x₂\): a missing value\. Expected each line x₁, x₂, class/,
    ],
    ['1,2,0\n1,2\n', /^line 2, column 3 \(class\): a missing value/],
    ['x,y,c\n1,2,0\n\n3,abc,1\n', /^line 4, column 2 \(x₂\): "abc" is not a number/],
    ['1,2,0\n1,2,1.5\n', /^line 2, column 3 \(class\): "1\.5" is not a class \(0, 1 or 2\)/],
    ['1,2,0\n1,2,3\n', /^line 2, column 3 \(class\): "3" is not a class/],
    ['1,2,0\n1,2,1,4\n', /^line 2: 4 values; one row has 3/],
    ['1,2,0\n5000,2,1\n', /^line 2, column 1 \(x₁\): 5000 is outside -1000 to 1000/],
    ['x1,2,class\n', /^line 1, column 1 \(x₁\): "x1" is not a number/],
    ['1,2,1\n3,4,1\n', /^Every row is class 1: a data set needs two classes \(0 and 1\) or three/],
    ['x1,x2,class\n', /^The CSV has no rows of data/],
  ];
  for (const [text, pattern] of cases) {
    const result = readCsv(text);
    assert.equal(result.ok, false, text);
    assert.match(result.message, pattern, text);
  }
});

test('CSV: over 10,000 rows, 10 MB of text or a million blank lines is refused, naming the limits', () => {
  const many = readCsv('1,2,0\n0,1,1\n'.repeat(5000) + '3,3,0\n');
  assert.match(many.message, /^line 10001: more than 10,000 rows/);
  assert.equal(readCsv('1,2,0\n0,1,1\n'.repeat(5000)).count, 10000);
  const limits = `at most ${MAX_CSV_CHARS.toLocaleString('en-US')} characters and 25,000 lines are read (10,000 rows).`;
  const tenMb = readCsv('1,2,0\n'.repeat(1_750_000));
  assert.equal(tenMb.message, `The CSV is too big: it has 10,500,000 characters; ${limits}`);
  // Under the character limit, but a text box of a million lines takes seconds to lay out.
  const blank = readCsv(`0,0,1\n${'\n'.repeat(999_000)}`);
  assert.equal(blank.message, `The CSV is too big: it has 999,002 lines; ${limits}`);
  // 10,000 rows with a header and a blank line between each two still fit.
  assert.equal(readCsv(`x1,x2,class\n\n${'1,2,0\n\n0,1,1\n\n'.repeat(5000)}`).count, 10000);
});

test('CSV: lineCount counts \\n, \\r\\n and \\r as one line break each', () => {
  assert.equal(lineCount(''), 1);
  assert.equal(lineCount('a\nb\r\nc\rd'), 4);
  assert.equal(lineCount('\r\n\r\n'), 3);
});

test('CSV data: the rows split with the seed, the domain around them', () => {
  const { rows, classes } = readCsv('0,0,0\n1,0,1\n0,2,1\n1,2,0\n');
  const data = csvData(rows, classes, { testFraction: 0.25, seed: 3 });
  assert.equal(data.X.rows, 3);
  assert.equal(data.Xtest.rows, 1);
  assert.deepEqual(data.domain, [-0.1, 1.1, -0.2, 2.2]);
  assert.deepEqual(csvData(rows, classes, { testFraction: 0.25, seed: 3 }), data);
});

test('features: each column is its function of x₁ and x₂; the schema lists the same names', () => {
  assert.deepEqual(schema.attributes.features.values, [...FEATURES.keys()]);
  const X = { rows: 2, cols: 2, data: Float64Array.from([0.5, -2, 3, 1]) };
  const all = featureMatrix(X, [...FEATURES.keys()]);
  assert.equal(all.cols, 7);
  assert.deepEqual([...all.data.slice(0, 7)], [0.5, -2, 0.25, 4, -1, Math.sin(0.5), Math.sin(-2)]);
  assert.deepEqual([...featureMatrix(X, ['x2^2', 'x1']).data], [4, 0.5, 1, 3]);
  const entry = schema.attributes.features;
  assert.deepEqual(parseAttribute('features', entry, 'x1 X2  x1^2', null).value, [
    'x1',
    'x2',
    'x1^2',
  ]);
  assert.deepEqual(parseAttribute('features', entry, 'x1 x1', null).value, ['x1']);
  for (const bad of ['', 'x3', 'constructor', '__proto__', 'x1,x2']) {
    const result = parseAttribute('features', entry, bad, null);
    assert.equal(result.ok, false, bad);
    assert.match(
      result.message,
      /expected one or more names separated by spaces, each one of x1, x2, x1\^2, x2\^2, x1\*x2, sin\(x1\), sin\(x2\)/,
    );
  }
});

test('weights link: every float64 restored bit for bit; a wrong shape or length is refused', () => {
  const shape = [3, 2, 1];
  const odd = [
    0.1,
    -0,
    5e-324,
    -1.7976931348623157e308,
    1 / 3,
    Math.PI,
    -2.5e-10,
    7,
    123456.789,
    1e-300,
    -0.3,
  ];
  const parameters = [
    {
      W: { rows: 3, cols: 2, data: Float64Array.from(odd.slice(0, 6)) },
      b: Float64Array.from(odd.slice(6, 8)),
    },
    {
      W: { rows: 2, cols: 1, data: Float64Array.from(odd.slice(8, 10)) },
      b: Float64Array.from(odd.slice(10)),
    },
  ];
  const text = encodeWeights(shape, parameters);
  assert.match(text, /^3x2x1\.[A-Za-z0-9_-]+$/);
  assert.equal(text.length, '3x2x1.'.length + Math.ceil((11 * 8 * 4) / 3));
  const back = decodeWeights(text, shape);
  assert.ok(back.ok, back.message);
  const bits = (list) =>
    list.flatMap(({ W, b }) => [...W.data, ...b]).map((v) => (Object.is(v, -0) ? '-0' : v));
  assert.deepEqual(bits(back.parameters), bits(parameters));
  assert.ok(Object.is(back.parameters[0].W.data[1], -0));

  assert.match(
    decodeWeights(text, [2, 2, 1]).message,
    /made for a network of shape 3, 2, 1, but this one is 2, 2, 1/,
  );
  assert.match(
    decodeWeights(text.slice(0, -4), shape).message,
    /has 11 parameters, 118 characters after the "."; this has 114/,
  );
  for (const bad of [
    '',
    'AAAA',
    '3x2x1',
    '3x2x1.AA+A',
    '3x2x1.AA A',
    '__proto__.AAAA',
    `${'9x'.repeat(50)}1.AAAA`,
  ]) {
    assert.match(
      decodeWeights(bad, shape).message,
      /expected the shape and the weights as the Share button writes them/,
      bad,
    );
  }
  const nan = encodeWeights(
    shape,
    parameters.map(({ W, b }) => ({ W: { ...W, data: W.data.map(() => NaN) }, b })),
  );
  assert.match(decodeWeights(nan, shape).message, /not finite/);
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
