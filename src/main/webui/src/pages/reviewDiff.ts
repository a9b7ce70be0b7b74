// A pending edit as a reviewer reads it: each changed field with the removed words struck through in <del> and the
// added ones underlined in <ins>, each also announced in words ("удалено:", "добавлено:") for screen readers, a
// summary sentence per field, and the whole texts before and after folded under it. Colour is never the only mark.
import { h } from '../dom';
import { diffSummary } from '../diffText';
import type { FieldChangeFragment as Change } from '../generated/graphql';
import { plural } from '../text';

function marked(parts: Change['parts']): Node[] {
  return parts.map((p) => {
    if (p.kind === 'UNCHANGED') return document.createTextNode(p.text);
    const removed = p.kind === 'REMOVED';
    return h(removed ? 'del' : 'ins', null,
      h('span', { class: 'visually-hidden' }, removed ? ' [удалено: ' : ' [добавлено: '),
      h('span', { class: 'diff-sign', 'aria-hidden': 'true' }, removed ? '−' : '+'),
      p.text,
      h('span', { class: 'visually-hidden' }, '] '));
  });
}

/** The legend, once above the fields: what the marks mean, in words. */
export function diffLegend(): HTMLElement {
  return h('p', { class: 'diff-legend small' }, 'Как читать: ', h('del', null, h('span', { class: 'diff-sign', 'aria-hidden': 'true' }, '−'), 'зачёркнуто'),
    ' — удалено из опубликованного текста, ', h('ins', null, h('span', { class: 'diff-sign', 'aria-hidden': 'true' }, '+'), 'подчёркнуто'),
    ' — добавлено в правке.');
}

/** Every changed field of an edit: its Russian name, what changed in words, the marked text, and before/after. */
export function editDiff(changes: readonly Change[]): HTMLElement {
  if (!changes.length) return h('p', { class: 'muted' }, 'Правка ничего не меняет по сравнению с опубликованным текстом.');
  return h('div', { class: 'diff' }, diffLegend(), h('ul', { class: 'diff-fields' }, changes.map((c) => h('li', { 'data-field': c.field },
    h('h4', null, c.label, h('span', { class: 'diff-summary' }, ` — ${diffSummary(c.parts)}`)),
    h('p', { class: 'diff-text' }, marked(c.parts)),
    h('details', { class: 'diff-whole' }, h('summary', null, 'Было и стало целиком'),
      h('div', { class: 'diff-sides' },
        h('div', null, h('p', { class: 'diff-side-label' }, 'Было (видят продажи)'), h('p', { class: 'diff-text' }, c.before || '—')),
        h('div', null, h('p', { class: 'diff-side-label' }, 'Станет после одобрения'), h('p', { class: 'diff-text' }, c.after || '—'))))))));
}

/** A first publication: nothing is published yet, so the fields are shown as they will read, folded. */
export function newCardFields(changes: readonly Change[]): HTMLElement {
  return h('details', { class: 'diff-new' }, h('summary', null, `Что будет опубликовано: ${changes.length} ${plural(changes.length, 'поле', 'поля', 'полей')}`),
    h('dl', null, changes.flatMap((c) => [h('dt', null, c.label), h('dd', { class: 'diff-text' }, c.after)])));
}
