// The site under the strictest policy it must live with: every page of build/site and the embed
// page of every widget, served with `default-src 'self'; script-src 'self' 'wasm-unsafe-eval';
// style-src 'self'` added to the server's own CSP (a browser enforces both), each widget brought
// on screen, checked for real numbers (built, no alert, digits, no NaN), then used once (a step,
// a slider, a tab, a choice) and checked again; no CSP violation, page error or console error.
// Also: the policy serve.mjs sends is no looser for scripts and styles, and no shipped script
// evaluates strings (eval, new Function, string timers). site.test.mjs checks the pages' links,
// axe and layout under the server's CSP; this file adds the stricter policy and interaction.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { CSP } from '../../web/site-build/csp.mjs';
import { launchBrowser, serveSite } from './harness.mjs';
import { SITE, builtWidgetTags, openProbed, sitePages } from './probes.mjs';

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const PAGES = [
  ...sitePages().filter((path) => path !== 'embed/'),
  ...builtWidgetTags().map((tag) => `embed/?widget=${tag}`),
];

/** A front server that passes every request to `target` and adds STRICT to each response. */
function strictFront(target) {
  const server = createServer((req, res) => {
    const upstream = request(
      new URL(req.url, target),
      { method: req.method, headers: req.headers },
      (answer) => {
        const policies = [answer.headers['content-security-policy'], STRICT].filter(Boolean);
        res.writeHead(answer.statusCode, {
          ...answer.headers,
          'content-security-policy': policies,
        });
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      res.writeHead(502);
      res.end(error.message);
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    ),
  );
}

/** { directive: Set of sources } from a policy text. */
function parsePolicy(text) {
  return Object.fromEntries(
    text
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, new Set(sources)]),
  );
}

let site;
let front;
let browser;
before(async () => {
  site = await serveSite();
  front = await strictFront(site.url);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await front?.close();
  await site?.close();
});

describe('policy', () => {
  test('serve.mjs sends a CSP no looser than the strict one for scripts and styles', async () => {
    const sent = (await fetch(site.url)).headers.get('content-security-policy');
    assert.equal(sent, CSP);
    const policy = parsePolicy(sent);
    const strict = parsePolicy(STRICT);
    for (const [directive, sources] of Object.entries(strict)) {
      assert.deepEqual([...policy[directive]].sort(), [...sources].sort(), directive);
    }
    for (const [directive, sources] of Object.entries(policy)) {
      for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:']) {
        assert.ok(!sources.has(loose), `${directive} allows ${loose}`);
      }
    }
    // The front server really adds the strict policy on top.
    const both = (await fetch(front.url)).headers.get('content-security-policy');
    assert.ok(both.includes(CSP) && both.includes(STRICT), both);
  });

  test('the strict policy is in force in the browser (a data: image is refused)', async () => {
    // The server's own policy allows data: images; only the added strict one refuses them.
    const { page, watch } = await openProbed(browser);
    await page.goto(`${front.url}embed/`, { waitUntil: 'load' });
    await page.evaluate(async () => {
      const image = document.createElement('img');
      image.alt = '';
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(image);
      await window.__probe.frames(3);
    });
    assert.throws(() => watch.assertClean(), /CSP violation: (img-src|default-src)/);
    await page.close();
  });

  test('no shipped or source script evaluates a string', () => {
    const files = [
      ...readdirSync(SITE, { recursive: true }).map((f) => join(SITE, f)),
      ...readdirSync(join(repoRoot, 'web/src'), { recursive: true }).map((f) =>
        join(repoRoot, 'web/src', f),
      ),
    ].filter((file) => /\.m?js$/.test(file));
    assert.ok(
      files.some((file) => file.endsWith('nn.mjs')),
      'the wasm glue was scanned',
    );
    const EVALUATES = [
      /\beval\s*\(/,
      /\bnew\s+Function\b/,
      /(^|[^\w$.])Function\s*\(/,
      /\bset(Timeout|Interval)\s*\(\s*['"`]/,
    ];
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return EVALUATES.filter((pattern) => pattern.test(text)).map((p) => `${file}: ${p}`);
    });
    assert.deepEqual(found, []);
  });
});

describe('every page under the strict policy', () => {
  for (const path of PAGES) {
    test(`/${path}: widgets show numbers and answer one use each`, async () => {
      const { page, watch, dialogs } = await openProbed(browser);
      await page.goto(front.url + path, { waitUntil: 'load' });
      const report = await page.evaluate(async () => {
        const p = window.__probe;
        const rows = [];
        for (const widget of p.widgets()) {
          widget.scrollIntoView({ block: 'center' });
          await p.settle([widget]);
          // Drawn once on screen (a frame or more after it comes into view); then used once.
          await p.until(() => /\d/.test(p.bodyText(widget)));
          const first = p.bodyText(widget);
          const use = useOnce(widget);
          await p.until(() => p.bodyText(widget) !== first);
          rows.push({
            tag: widget.localName,
            id: widget.id || widget.dataset.exercise || '',
            loading: Boolean(widget.shadowRoot.querySelector('.loading')),
            alerts: widget.shadowRoot.querySelector('.alerts').textContent,
            first,
            use,
            after: p.bodyText(widget),
          });
        }
        return rows;

        /** One reader's action, chosen from what the widget offers; returns what was done. */
        function useOnce(widget) {
          const root = widget.shadowRoot;
          const visible = (e) => e.checkVisibility({ visibilityProperty: true }) && !e.disabled;
          const pick = (selector) => [...root.querySelectorAll(selector)].filter(visible);
          const buttons = pick('button');
          const step =
            buttons.find((b) => /^(Step|Next|Forward)\b/.test(b.textContent.trim())) ??
            buttons.find((b) => /^Play\b/.test(b.textContent.trim())) ??
            buttons.find((b) => /^Load the digits\b/.test(b.textContent.trim()));
          if (step) {
            step.click();
            return `pressed ${step.textContent.trim()}`;
          }
          const slider = pick('input[type="range"]')[0];
          if (slider) {
            if (Number(slider.value) < Number(slider.max)) slider.stepUp(5);
            else slider.stepDown(5);
            slider.dispatchEvent(new Event('input', { bubbles: true }));
            slider.dispatchEvent(new Event('change', { bubbles: true }));
            return `moved ${slider.getAttribute('aria-label')}`;
          }
          const pad = pick('[role="slider"][tabindex="0"]')[0];
          if (pad) {
            pad.focus();
            for (let i = 0; i < 5; i++) {
              const key = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true });
              pad.dispatchEvent(key);
            }
            return `moved ${pad.getAttribute('aria-label')} by keyboard`;
          }
          const tab = pick('[role="tab"][aria-selected="false"]')[0];
          const choice = pick('input[type="radio"]:not(:checked), input[type="checkbox"]')[0];
          const target = tab ?? choice;
          if (target) {
            target.click();
            return `chose ${target.id || target.textContent.trim()}`;
          }
          return 'nothing to use';
        }
      });
      assert.ok(path.startsWith('embed/') ? report.length === 1 : true, `${path}: no widget`);
      for (const row of report) {
        const where = `/${path} <${row.tag}${row.id ? ` ${row.id}` : ''}>`;
        assert.equal(row.loading, false, `${where}: still loading`);
        assert.equal(row.alerts, '', `${where}: shows an alert`);
        assert.match(row.first, /\d/, `${where}: shows no number: ${row.first.slice(0, 200)}`);
        assert.doesNotMatch(`${row.first} ${row.after}`, /NaN|Infinity/, `${where}: non-finite`);
        assert.notEqual(row.use, 'nothing to use', `${where}: nothing a reader can use`);
        assert.notEqual(row.after, row.first, `${where}: ${row.use} changed nothing`);
      }
      assert.deepEqual(dialogs, []);
      watch.assertClean();
      await page.close();
    });
  }
});
