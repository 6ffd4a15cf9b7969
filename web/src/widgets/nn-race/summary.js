// The race in words, for the live summary screen readers hear and the line under the toolbar:
// which run leads (the lowest training loss now) and the four losses.

import { showPercent } from '../shared/significant.js';
import { showLoss } from './chart.js';
import { WIDEST_NUMBER } from './line-boxes.js';
import { RUNS } from './rules.js';

/** "Step 40: Adam leads with loss 0.1234; SGD 0.5, momentum 0.3, RMSprop 0.2, Adam 0.1234." */
export function raceSummary(session) {
  const runs = session.runs;
  const live = runs.filter((r) => Number.isFinite(r.losses.at(-1)));
  const lead = live.reduce((a, b) => (b.losses.at(-1) < a.losses.at(-1) ? b : a), live[0]);
  const all = runs.map((r) => `${r.label} ${showLoss(r.losses.at(-1))}`).join(', ');
  if (session.step === 0 || !lead) return `Step ${session.step}: loss ${all}.`;
  const leads = `${lead.label} leads with loss ${showLoss(lead.losses.at(-1))}`;
  return `Step ${session.step}: ${leads} (accuracy ${showPercent(lead.accuracy)}); loss ${all}.`;
}

/** The widest summary the race can write, for its line box: every number the widest. */
export function widestSummary(session) {
  const N = WIDEST_NUMBER;
  const all = RUNS.map((r) => `${r.label} ${N}`).join(', ');
  const steps = session.spec?.steps ?? 0;
  return `Step ${steps}: momentum leads with loss ${N} (accuracy 88.8%); loss ${all}.`;
}
