// A checked exercise: a goal such as "output>0.9", "z<0" or "accuracy>=1" names a quantity
// the widget shows, a comparison (<, <=, > or >=) and a target. This module parses, prints and
// checks goals; it knows nothing about which quantities a widget has (the widget passes its
// list of subjects).

const GOAL = /^\s*([a-z]+)\s*([<>]=?)\s*([^\s<>=]+)\s*$/i;

/** "output>0.9" -> { subject: 'output', op: '>', target: 0.9 }, or null if malformed. */
export function parseGoal(text, subjects) {
  const match = GOAL.exec(text);
  if (!match) return null;
  const subject = match[1].toLowerCase();
  const target = Number(match[3]);
  if (!subjects.includes(subject) || !Number.isFinite(target)) return null;
  return { subject, op: match[2], target };
}

/** The goal as an attribute value, the inverse of parseGoal. */
export function formatGoal({ subject, op, target }) {
  return `${subject}${op}${target}`;
}

/** True when values[goal.subject] satisfies the goal. */
export function goalMet({ subject, op, target }, values) {
  const value = values[subject];
  if (op === '>=') return value >= target;
  if (op === '<=') return value <= target;
  return op === '>' ? value > target : value < target;
}

const WORDS = { '>': 'greater than', '>=': 'at least', '<': 'less than', '<=': 'at most' };

/** Plain words for a goal, for the reader: "output greater than 0.9". */
export function describeGoal({ subject, op, target }) {
  return `${subject} ${WORDS[op]} ${target}`;
}

/** The goal as a statement with its verb: "output is greater than 0.9". */
export function goalSentence({ subject, op, target }) {
  return `${subject} is ${WORDS[op]} ${target}`;
}
