// The frame every list table of the Payment Center's panels shares: the wrap (the box the table
// fits or stacks in, see stackedTableStyles), the table (`part="table"`, busy while a reload runs
// with the old rows on screen), its caption, header row and rows, so each panel writes only its
// columns. Every part says its table role: a stacked layout's `display: block` would drop it.
import { html, type TemplateResult } from 'lit';

/** A list table: `headers` are the `<th>` cells of its one header row, `rows` its `<tr>`s. */
export function renderListTable(caption: string, headers: unknown, rows: unknown, refreshing: boolean): TemplateResult {
  return html`
    <div class="table-wrap">
      <table part="table" role="table" aria-busy=${refreshing ? 'true' : 'false'}>
        <caption>
          ${caption}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            ${headers}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${rows}
        </tbody>
      </table>
    </div>
  `;
}
