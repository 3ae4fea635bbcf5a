// Whitespace out of the css`` templates of the self-contained bundles, for the template minifier
// in rollup.config.mjs. Lightning CSS (the minifier's default) cannot parse our sheets: their
// token() placeholders stand inside declarations ("gap: ${a} ${b}"), so this only removes what CSS
// never needs, and leaves every placeholder, quoted string and operator as it was.

/** How the template minifier marks an interpolation inside the CSS it hands us. */
const PLACEHOLDER = /(@TEMPLATE_EXPRESSION_*\(\);)/;
/** Quoted strings keep their spaces (`content: ' · '`, `[data-tone='danger']`). */
const QUOTED = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/;

/** One run of CSS between placeholders and strings: no comments, and one space where it matters. */
function collapseRun(text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      // Punctuation that separates rules and declarations never needs a space around it; a space
      // after a colon never matters either. Spaces around + - * / > ~ stay (calc(), combinators).
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/: /g, ':')
  );
}

/**
 * `css` with comments and needless whitespace removed. Every `@TEMPLATE_EXPRESSION();` placeholder
 * and quoted string comes back unchanged, and the space between two interpolated values stays.
 */
export function collapseCssWhitespace(css) {
  const out = css
    .split(PLACEHOLDER)
    .map((piece, index) =>
      index % 2 === 1
        ? piece
        : piece
            .split(QUOTED)
            .map((part, j) => (j % 2 === 1 ? part : collapseRun(part)))
            .join(''),
    )
    .join('');
  return out.trim();
}
