// nn-digits' drawing spread over animation frames: each part (the curves, the first-layer
// weights, the confusion matrix, the misread gallery) is drawn again only when what it shows
// changed, at most one part a frame, taking turns (the stale part after the one drawn last, so a
// part stale every slice cannot starve those after it); a part may draw a share of itself a
// frame (its draw() returns true while more waits, and it stays stale until then). A part given
// an element `seen` is drawn only while that element is on screen (and when it scrolls into
// view); one that is also `atRest` is drawn off screen too once the run rests (its words are
// for screen readers as well as for eyes), so a run's last readings reach every part without
// an epoch ever costing a frame for panels nobody sees. A part given an element `sized` is drawn
// again when that element's width changes (read from a ResizeObserver, so deciding forces no
// layout).
// Does not: draw (each part's draw() does) or decide what changed (each part's key() does).

const same = (a, b) => a !== null && a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * parts: [{ key() -> array (the part is stale while it differs from the key of its last draw;
 *   nothing is drawn while its first value is null or undefined), draw() -> true while more of
 *   it waits, seen?, atRest?, sized? }];
 * changed() is called when a watched element comes on screen or changes width. Returns
 * { drawOne(resting) -> whether another stale part waits (resting: the run is not training),
 *   watch() -> a teardown of the observers }.
 */
export function redrawParts(parts, changed) {
  const drawn = parts.map(() => null);
  const shown = parts.map((part) => !part.seen);
  const widths = parts.map(() => 0);
  const keys = () => parts.map((part, i) => [...part.key(), widths[i]]);
  let last = parts.length - 1; // the part drawn last
  return {
    drawOne(resting) {
      const now = keys();
      const due = (part, i) => shown[i] || (part.atRest && resting);
      const stale = parts.map((p, i) => due(p, i) && now[i][0] != null && !same(drawn[i], now[i]));
      const order = parts.map((_, k) => (last + 1 + k) % parts.length);
      const next = order.find((i) => stale[i]);
      if (next === undefined) return false;
      last = next;
      const more = parts[next].draw() === true;
      drawn[next] = more ? null : now[next];
      return more || stale.some((s, i) => s && i !== next);
    },
    watch() {
      const seen = new IntersectionObserver((entries) => {
        for (const entry of entries)
          parts.forEach((p, i) => p.seen === entry.target && (shown[i] = entry.isIntersecting));
        if (entries.some((entry) => entry.isIntersecting)) changed();
      });
      const sized = new ResizeObserver((entries) => {
        for (const entry of entries)
          parts.forEach(
            (p, i) => p.sized === entry.target && (widths[i] = entry.contentRect.width),
          );
        changed();
      });
      for (const part of parts) {
        if (part.seen) seen.observe(part.seen);
        if (part.sized) sized.observe(part.sized);
      }
      return () => {
        seen.disconnect();
        sized.disconnect();
      };
    },
  };
}
