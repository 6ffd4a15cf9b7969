// Records what the page draws on each canvas since its last clearRect (prepareCanvas clears
// before every drawing): the text written (tick labels, titles), the centres of arcs (markers)
// and each stroke's colour and dash pattern, all in the canvas's CSS pixels. Installed on a
// browser context before its pages load; read with drawnOn(locator). Asserts nothing.

/** Patches CanvasRenderingContext2D in every page the context opens from now on. */
export function recordCanvases(context) {
  return context.addInitScript(() => {
    const proto = CanvasRenderingContext2D.prototype;
    const log = (ctx, entry) => (ctx.canvas.__drawn ??= []).push(entry);
    const wrap = (name, entry) => {
      const original = proto[name];
      proto[name] = function (...args) {
        if (name === 'clearRect') this.canvas.__drawn = [];
        else log(this, entry(this, args));
        return original.apply(this, args);
      };
    };
    wrap('clearRect');
    wrap('fillText', (ctx, [text, x, y]) => ({ kind: 'text', text: String(text), x, y }));
    wrap('arc', (ctx, [x, y]) => ({ kind: 'arc', x, y }));
    wrap('stroke', (ctx) => ({ kind: 'stroke', color: ctx.strokeStyle, dash: ctx.getLineDash() }));
  });
}

/** What the canvas at `locator` drew last: { width, height, drawn: [entries] }. */
export function drawnOn(locator) {
  return locator.evaluate((canvas) => ({
    width: canvas.clientWidth,
    height: canvas.clientHeight,
    drawn: canvas.__drawn ?? [],
  }));
}
