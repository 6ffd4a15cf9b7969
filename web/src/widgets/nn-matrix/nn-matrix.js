// <nn-matrix>: lesson 6, "Batches are matrices". The four XOR inputs as a 4 × 2 matrix X, a
// weight matrix W and a bias row b, and Z = XW + b for the whole batch at once. Pointing at a
// cell of Z (or moving the keyboard cursor in it) lights up the row of X and the column of W
// it comes from and writes the dot product out with numbers. A toggle lays out the four
// one-sample passes beside it. Z and every pass come from a core Network (one linear layer).

import { el, setText } from '../../render/dom.js';
import { parseValue, shorten, withExercise } from '../base/attributes.js';
import { BaseWidget } from '../base/base-widget.js';
import { judge } from '../base/exercise.js';
import { exerciseLine } from '../shared/exercise-line.js';
import { showNumber } from '../shared/format.js';
import { subscript } from '../shared/notation.js';
import { ownedNetwork } from '../shared/owned-network.js';
import { truthTable } from '../shared/truth-table.js';
import { LIMIT, schema } from './schema.js';
import { matrixView } from './view.js';
import css from './nn-matrix.css' with { type: 'text' };

const MOVES = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export class NnMatrix extends BaseWidget {
  static schema = withExercise(schema);

  static styles = [css];

  #parts = null;
  #nets = null; // ownedNetwork(): the one core Network (2 inputs, one linear layer)
  #net = null;
  #cursor = [0, 0]; // the cell of Z whose sum is written out
  #data = null;

  /** W must be 2 × units and b must have one number per unit. */
  entryFor(name) {
    const entry = super.entryFor(name);
    const { units } = this.values;
    if (name === 'weights') return { ...entry, minLength: 2 * units, maxLength: 2 * units };
    if (name === 'bias') return { ...entry, minLength: units, maxLength: units };
    if (name === 'target') return { ...entry, minLength: 4 * units, maxLength: 4 * units };
    return entry;
  }

  build(body) {
    this.#nets = ownedNetwork(this.core, this.disposeables);
    this.#data = truthTable(this.core, 'xor');
    const toggle = el('input', { type: 'checkbox', id: 'passes' });
    toggle.addEventListener('change', () => this.setValue('passes', toggle.checked));
    this.#parts = {
      equation: el('div', { class: 'equation' }),
      symbols: el('p', { class: 'sum-symbols num' }),
      sum: el('p', { class: 'sum num', 'aria-live': 'off' }),
      message: el('p', { class: 'message', 'aria-live': 'polite' }),
      toggle,
      passes: el('ol', { class: 'passes' }),
      target: el('p', { class: 'target num' }),
      goal: exerciseLine(),
      builtFor: 0,
    };
    const p = this.#parts;
    body.append(
      p.equation,
      p.target,
      p.goal.root,
      p.message,
      el('div', { class: 'explain' }, [p.symbols, p.sum]),
      el('label', { class: 'toggle', for: 'passes' }, [toggle, 'Show the four one-sample passes']),
      p.passes,
    );
  }

  /** W and b fitted to the units: extra numbers dropped, missing ones 0. */
  get #W() {
    return Array.from({ length: 2 * this.values.units }, (_, i) => this.values.weights[i] ?? 0);
  }

  get #b() {
    return Array.from({ length: this.values.units }, (_, i) => this.values.bias[i] ?? 0);
  }

  render() {
    const { units, passes } = this.values;
    const p = this.#parts;
    if (p.builtFor !== units) this.#rebuild(units);
    const [W, b] = [this.#W, this.#b];
    this.#net.setParameters([{ W: { rows: 2, cols: units, data: W }, b }]);
    const Z = this.#net.forward(this.#data.X).layers[0].z;
    p.X.show(this.#data.X.data);
    p.W.show(W);
    p.b.show(b);
    p.Z.show(Z.data);

    const [row, col] = this.#cursor;
    const mark = (view, test, name) =>
      view.cells.flat().forEach((td) => {
        td.classList.toggle(name, test(Number(td.dataset.row), Number(td.dataset.col)));
      });
    mark(p.X, (r) => r === row, 'hl-row');
    mark(p.W, (r, c) => c === col, 'hl-col');
    mark(p.b, (r, c) => c === col, 'hl-col');
    mark(p.Z, (r, c) => r === row && c === col, 'hl-cell');
    p.Z.cells.flat().forEach((td) => {
      const here = Number(td.dataset.row) === row && Number(td.dataset.col) === col;
      td.setAttribute('tabindex', here ? '0' : '-1');
      td.setAttribute('aria-selected', String(here));
    });
    const x = this.#data.rows[row];
    const z = Z.data[row * units + col];
    const [i, j] = [subscript(row + 1), subscript(col + 1)];
    setText(p.symbols, `z${i}${j} = x${i}₁·w₁${j} + x${i}₂·w₂${j} + b${j}`);
    const terms = x.map((xk, k) => `${showNumber(xk)}·${showNumber(W[k * units + col], true)}`);
    const said = `${terms.join(' + ')} + ${showNumber(b[col], true)} = ${short(z)}`;
    setText(p.sum, `z${i}${j} = ${said}`);
    p.Z.cells[row][col].setAttribute('aria-label', `z${i}${j} = ${said}`);

    this.#showGoal(Z.data);
    p.toggle.checked = passes;
    p.passes.hidden = !passes;
    if (passes) this.#showPasses(Z);
  }

  /** The target Z, and the exercise: solved when every cell of the core's Z matches it. */
  #showGoal(Z) {
    const { target, goal, units } = this.values;
    const p = this.#parts;
    p.target.hidden = target === null;
    if (target !== null) {
      const rows = [0, 1, 2, 3].map((r) => target.slice(r * units, (r + 1) * units).map(short));
      setText(p.target, `Target Z: ${rows.map((r) => `[${r.join('  ')}]`).join(' ')}`);
    }
    const asked = goal === 'target' && target !== null;
    const met = asked && target.every((t, i) => Math.abs(Z[i] - t) < 1e-9);
    const { solved, reason } = judge(this, { met });
    const words = 'choose W and b so that XW + b equals the target Z.';
    if (p.goal.show(asked ? words : null, solved, 'XW + b equals the target Z.', reason))
      this.emit('nn-solved', { goal });
  }

  /** Each sample alone through the same layer: one forward pass per row of X. */
  #showPasses(Z) {
    const units = this.values.units;
    const items = this.#data.rows.map((x, r) => {
      const z = this.#net.forward([x]).layers[0].z.data;
      const same = Array.from(z).every((v, c) => v === Z.data[r * units + c]);
      const row = (values) => `[${Array.from(values, (v) => short(v)).join('  ')}]`;
      return el('li', { class: r === this.#cursor[0] ? 'current' : '' }, [
        el('span', { class: 'num', text: `${row(x)} · W + b = ${row(z)}` }),
        el('span', {
          class: same ? 'same' : 'differs',
          text: same ? ` = row ${r + 1} of Z ✓` : ` differs from row ${r + 1} of Z`,
        }),
      ]);
    });
    this.#parts.passes.replaceChildren(...items);
  }

  /** The matrices for a number of units, and a core Network to match. */
  #rebuild(units) {
    const p = this.#parts;
    this.#net = this.#nets.get({ inputs: 2, layers: [{ units, activation: 'linear' }] });
    const cell = (name) => (r, c) => `${name} row ${r + 1}, column ${c + 1}`;
    p.X = matrixView({ name: 'X', caption: '(4 × 2): the XOR inputs', rows: 4, cols: 2 });
    p.W = matrixView({
      name: 'W',
      caption: `(2 × ${units})`,
      rows: 2,
      cols: units,
      editable: true,
      label: cell('W'),
    });
    p.b = matrixView({
      name: 'b',
      caption: `(1 × ${units})`,
      rows: 1,
      cols: units,
      editable: true,
      label: (r, c) => `b, column ${c + 1}`,
    });
    p.Z = matrixView({
      name: 'Z',
      caption: `= XW + b (4 × ${units})`,
      rows: 4,
      cols: units,
      role: 'grid',
    });
    p.Z.table.setAttribute('aria-label', 'Z = XW + b: arrow keys move between its cells');
    const op = (text) => el('span', { class: 'op', 'aria-hidden': 'true', text });
    p.equation.replaceChildren(p.X.root, op('·'), p.W.root, op('+'), p.b.root, op('='), p.Z.root);
    this.#listen(units);
    this.#cursor = [Math.min(this.#cursor[0], 3), Math.min(this.#cursor[1], units - 1)];
    p.builtFor = units;
  }

  #listen(units) {
    const p = this.#parts;
    const moveTo = (row, col, focus) => {
      this.#cursor = [Math.min(3, Math.max(0, row)), Math.min(units - 1, Math.max(0, col))];
      this.requestRender();
      if (focus) p.Z.cells[this.#cursor[0]][this.#cursor[1]].focus();
    };
    for (const td of p.Z.cells.flat()) {
      const [r, c] = [Number(td.dataset.row), Number(td.dataset.col)];
      td.addEventListener('pointerenter', () => moveTo(r, c, false));
      td.addEventListener(
        'focus',
        () => (this.#cursor[0] !== r || this.#cursor[1] !== c) && moveTo(r, c, false),
      );
    }
    p.Z.table.addEventListener('keydown', (event) => {
      const move = MOVES[event.key];
      const [r, c] = this.#cursor;
      if (move) moveTo(r + move[0], c + move[1], true);
      else if (event.key === 'Home' || event.key === 'End')
        moveTo(r, event.key === 'Home' ? 0 : units - 1, true);
      else return;
      event.preventDefault();
      this.announce(p.sum.textContent);
    });
    // Typed text is checked as it is typed and applied when committed (Enter, or leaving the
    // cell): typing 9.5 never computes with the 9 on the way.
    const edit = (field, name, committed) => {
      const result = parseValue({ type: 'number', ...LIMIT }, field.value);
      const ok = result.ok || (!committed && field.value.trim() === '-');
      field.setAttribute('aria-invalid', String(!ok));
      setText(
        p.message,
        ok
          ? ''
          : `${field.getAttribute('aria-label')}: "${shorten(field.value)}" is not accepted: expected ${result.expected}.`,
      );
      if (!result.ok || !committed) return;
      const i = Number(field.dataset.row) * units + Number(field.dataset.col);
      this.setValue(name, (name === 'weights' ? this.#W : this.#b).with(i, result.value));
    };
    for (const [fields, name] of [
      [p.W.fields, 'weights'],
      [p.b.fields, 'bias'],
    ]) {
      for (const field of fields) {
        field.addEventListener('input', () => edit(field, name, false));
        field.addEventListener('change', () => edit(field, name, true));
      }
    }
  }
}

/** At most 4 decimals, without trailing zeros: 0.6000000000000001 -> "0.6". */
function short(value) {
  return showNumber(Number(value.toFixed(4)));
}
