// The site's Content-Security-Policy, written once: every built page carries it in a
// <meta http-equiv> (so a static host that sends no headers still enforces it) and the dev
// server sends it as a header. Only directives a <meta> policy honours belong here.
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; font-src 'self'; worker-src 'self'; connect-src 'self'";
