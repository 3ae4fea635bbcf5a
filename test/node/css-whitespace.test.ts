import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a build script in plain JavaScript, without types
import { collapseCssWhitespace } from '../../scripts/css-whitespace.mjs';

const collapse = collapseCssWhitespace as (css: string) => string;
const P = '@TEMPLATE_EXPRESSION();';

test('removes comments, indentation and the spaces around braces, semicolons, commas and after colons', () => {
  const css = `
    /* the frame */
    :host {
      display: block;
      font-family: a, b;
    }
    .row > .cell + .cell { margin: 0 1px; }
  `;
  assert.equal(collapse(css), ':host{display:block;font-family:a,b;}.row > .cell + .cell{margin:0 1px;}');
});

test('keeps the space between two interpolated values and around calc operators', () => {
  assert.equal(collapse(`.a { gap: ${P} ${P}; width: calc(100% - ${P}); }`), `.a{gap:${P} ${P};width:calc(100% - ${P});}`);
});

test('leaves quoted strings and descendant selectors as they are', () => {
  assert.equal(collapse(`.notice[data-tone='x  y'] :is(p) { content: ' · '; }`), `.notice[data-tone='x  y'] :is(p){content:' · ';}`);
});

test('keeps the placeholders, so the template keeps its parts', () => {
  const css = `\n  .a { color: ${P} }\n  ${P}\n  .b { border: 1px solid ${P}; }\n`;
  assert.equal(collapse(css).split(P).length, css.split(P).length);
});
