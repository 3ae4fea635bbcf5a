// The payer bundle defines its four usual widgets one per task, from the top of the page down
// (src/bundles/define-in-turn.ts): whatever order their imports resolve in, a widget drawn later
// never pushes down one already drawn, and no single task upgrades and draws them all.
import { expect } from '@open-wc/testing';
import { defineInTurn } from '../../src/bundles/define-in-turn.js';

describe('defineInTurn', () => {
  it('defines each element in a task of its own, in document order, whatever order they were asked in', async () => {
    const marks: string[] = [];
    const page = document.createElement('div');
    page.innerHTML = '<turn-top></turn-top><p>between</p><turn-middle></turn-middle><turn-bottom></turn-bottom>';
    document.body.append(page);
    const element = (tag: string) => ({
      define(name: string) {
        marks.push(`define ${name}`);
        customElements.define(name, class extends HTMLElement {});
        // A task queued while this one runs comes before the next definition if that waits for a task of its own.
        setTimeout(() => marks.push(`task after ${tag}`), 0);
      },
    });
    try {
      await Promise.all([
        defineInTurn('turn-bottom', element('turn-bottom')),
        defineInTurn('turn-top', element('turn-top')),
        defineInTurn('turn-middle', element('turn-middle')),
      ]);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(marks).to.deep.equal([
        'define turn-top',
        'task after turn-top',
        'define turn-middle',
        'task after turn-middle',
        'define turn-bottom',
        'task after turn-bottom',
      ]);
      expect(page.querySelector('turn-middle')).to.be.instanceOf(customElements.get('turn-middle')!);
    } finally {
      page.remove();
    }
  });

  it('defines an element that is not in the document too, after those that are', async () => {
    const order: string[] = [];
    const page = document.createElement('div');
    page.innerHTML = '<turn-present></turn-present>';
    document.body.append(page);
    const element = { define: (name: string) => (order.push(name), customElements.define(name, class extends HTMLElement {})) };
    try {
      await Promise.all([defineInTurn('turn-absent', element), defineInTurn('turn-present', element)]);
      expect(order).to.deep.equal(['turn-present', 'turn-absent']);
    } finally {
      page.remove();
    }
  });
});
