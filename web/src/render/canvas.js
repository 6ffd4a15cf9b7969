// Sizes a canvas for the screen's pixel density and hands back a context that draws in CSS
// pixels, so every chart stays sharp on phones and HiDPI screens. It draws nothing itself.

/** Resizes canvas to width x height CSS pixels, clears it, returns its 2-D context. */
export function prepareCanvas(canvas, width, height) {
  const ratio = globalThis.devicePixelRatio || 1;
  const pixelsWide = Math.max(1, Math.round(width * ratio));
  const pixelsHigh = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== pixelsWide) canvas.width = pixelsWide;
  if (canvas.height !== pixelsHigh) canvas.height = pixelsHigh;
  const ctx = canvas.getContext('2d');
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}
