// The frame every list table of the Payment Center's panels shares: a scrolling wrap, the table
// (`part="table"`, busy while a reload runs with the old rows on screen), its caption, header row
// and rows, so each panel writes only its columns.
import { html, type TemplateResult } from 'lit';

/** A list table: `headers` are the `<th>` cells of its one header row, `rows` its `<tr>`s. */
export function renderListTable(caption: string, headers: unknown, rows: unknown, refreshing: boolean): TemplateResult {
  return html`
    <div class="table-wrap">
      <table part="table" aria-busy=${refreshing ? 'true' : 'false'}>
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            ${headers}
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>
  `;
}
