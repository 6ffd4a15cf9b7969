// The ten script and event-handler payloads every channel that carries text into a page is fed:
// widget attributes, the URL, localStorage and model JSON in the browser
// (tests/browser/injection.test.mjs), and a lesson's own Markdown at build time
// (tests/js/build-site.test.mjs). Each runs window.__pwned=1 (or an alert) if it is ever read as
// markup or as a script URL.
export const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '"><svg onload=window.__pwned=1>',
  "'><img src=x onerror=alert(1)>",
  'javascript:window.__pwned=1',
  '</script><script>window.__pwned=1</script>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '" autofocus onfocus="window.__pwned=1" x="',
  '<a href="javascript:alert(1)">click</a>',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
];
