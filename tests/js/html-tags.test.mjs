// The lesson build's tag reader (web/site-build/html-tags.mjs, over parse5's tokenizer) reads raw
// HTML as a browser does: every character reference, a ">" inside quotes, upper-case names, a
// comment that holds a tag; what is not a clean tag is 'bad'. And the allow-list checker
// (validate-html.mjs) sees the values so read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTag, scanTags } from '../../web/site-build/html-tags.mjs';
import { createHtmlChecker } from '../../web/site-build/validate-html.mjs';

const kinds = (html) => scanTags(html).map(({ kind, name, reason }) => name ?? reason ?? kind);

test('character references beyond the basic seven: named, decimal and hex', () => {
  const [tag] = scanTags('<span title="a&nbsp;b caf&eacute; &#233;&#xE9; &NewLine;&lowbar;">');
  assert.deepEqual(tag.attributes, [{ name: 'title', value: 'a\u00a0b café éé \n_' }]);
});

test('a ">" inside a quoted value does not end the tag', () => {
  const html = '<nn-neuron goal="output > 0.5" labels=\'a>b\'>x';
  const tag = readTag(html);
  assert.equal(tag.source, html.slice(0, -1));
  assert.deepEqual(
    tag.attributes.map((a) => a.value),
    ['output > 0.5', 'a>b'],
  );
});

test('upper-case tag and attribute names read in lower case; values keep their case', () => {
  const tags = scanTags('<SPAN CLASS="Big">x</SPAN>');
  assert.deepEqual(
    tags.map(({ kind, name, attributes }) => ({ kind, name, attributes })),
    [
      { kind: 'start', name: 'span', attributes: [{ name: 'class', value: 'Big' }] },
      { kind: 'end', name: 'span', attributes: [] },
    ],
  );
});

test('a comment holding a tag is one comment, and no tag', () => {
  const tags = scanTags('a <!-- <script>alert(1)</script> --> b');
  assert.deepEqual(
    tags.map(({ kind, offset }) => ({ kind, offset })),
    [{ kind: 'comment', offset: 2 }],
  );
});

test('offsets and self-closing are what the source says', () => {
  const tags = scanTags('ab <br/> <i>x</i>');
  assert.deepEqual(
    tags.map(({ offset, source }) => [offset, source]),
    [
      [3, '<br/>'],
      [9, '<i>'],
      [13, '</i>'],
    ],
  );
  assert.equal(tags[0].selfClosing, true);
});

test('markup that is no clean tag or comment is bad, text "<" and "&" stay text', () => {
  assert.deepEqual(kinds('<?php x ?>'), ['unexpected-question-mark-instead-of-tag-name']);
  assert.deepEqual(kinds('<!DOCTYPE html>'), ['doctype']);
  assert.deepEqual(kinds('x </1> y'), ['not a comment']);
  assert.deepEqual(kinds('<![CDATA[x]]>'), ['cdata-in-html-content']);
  assert.deepEqual(kinds('a </> b'), ['missing-end-tag-name']);
  assert.deepEqual(kinds('<!-->'), ['abrupt-closing-of-empty-comment']);
  assert.deepEqual(kinds('<span class=a class=b>'), ['duplicate-attribute']);
  assert.deepEqual(kinds('<span "x">'), ['unexpected-character-in-attribute-name']);
  assert.deepEqual(kinds('<b>x</b'), ['b', 'eof-in-tag']);
  assert.deepEqual(kinds('1 < 2, Q&A &nosuch; <3'), []);
  assert.equal(readTag('< b').kind, 'bad');
});

test('the checker hands on widget values decoded, in a null-prototype record', () => {
  const schemas = new Map([['nn-x', { attributes: { labels: {} } }]]);
  const checker = createHtmlChecker({ file: 'x.md', schemas, checkValue: () => '' });
  checker.check('<NN-X Labels="caf&eacute;&nbsp;&#x31;">', () => 1);
  checker.check('</nn-x>', () => 2);
  checker.finish();
  const [widget] = checker.widgets;
  assert.equal(widget.tag, 'nn-x');
  assert.equal(Object.getPrototypeOf(widget.attributes), null);
  assert.deepEqual({ ...widget.attributes }, { labels: 'café\u00a01' });
});

test('the checker refuses a bad tag with the reason, and a doubled attribute', () => {
  const schemas = new Map();
  const checker = createHtmlChecker({ file: 'x.md', schemas, checkValue: () => '' });
  assert.throws(
    () => checker.check('<span class=a class=b>', () => 3),
    /x\.md:3: cannot read "<span class=a class=b>" as an allowed tag or comment: duplicate-attribute/,
  );
});
