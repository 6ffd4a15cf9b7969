// The layout of <nn-matrix>: X · W + b = Z in one row that wraps on a narrow widget, the dot
// product written out under it, then the four one-sample passes. CSS text only; the matrices'
// own look (brackets, highlighted cells) is in view.js.

export const matrixStyles = `
.equation {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: center;
  gap: 0.75rem 0.6rem;
}
.op {
  font-size: 1.5em;
  color: var(--_muted);
}
.explain {
  margin-top: 1rem;
  padding: 0.75rem 1rem;
  border-radius: var(--_radius);
  background: color-mix(in srgb, var(--_accent) 7%, var(--_bg));
}
.explain p {
  margin: 0;
  overflow-wrap: anywhere;
}
.sum-symbols {
  color: var(--_muted);
  font-size: var(--_small);
}
.sum {
  font-size: 1.1em;
  font-weight: 600;
}
.toggle {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  min-height: var(--_target);
  margin-top: 0.75rem;
  cursor: pointer;
}
.toggle input {
  width: 1.2rem;
  height: 1.2rem;
  accent-color: var(--_accent);
}
.passes {
  display: grid;
  gap: 0.35rem;
  margin: 0.5rem 0 0;
  padding-left: 1.5rem;
}
.passes li {
  overflow-wrap: anywhere;
}
.passes li.current {
  font-weight: 600;
}
.passes .same {
  color: var(--_good);
  font-weight: 600;
}
.passes .differs {
  color: var(--_bad);
  font-weight: 600;
}
`;
