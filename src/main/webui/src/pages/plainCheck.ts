// The live plain-language check under a text field: a moment after the PM stops typing, `annotate` finds the
// glossary terms in the text, and the field shows the jargon with the plain word to write instead.
import { clear, h } from '../dom';
import { AnnotateFieldDocument } from '../generated/graphql';
import { gql } from '../gql';
import { plainHints } from '../plainWords';

const PAUSE_MS = 400;

/** Watches a field and fills `out` with its hints; returns a function that checks the current text at once. */
export function attachPlainCheck(field: HTMLInputElement | HTMLTextAreaElement, out: HTMLElement): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  const check = async () => {
    const text = field.value;
    const ask = ++asked;
    if (!text.trim()) {
      clear(out);
      return;
    }
    try {
      const found = (await gql(AnnotateFieldDocument, { text })).annotate;
      if (ask !== asked) return; // a newer text is being checked
      show(out, plainHints(text, found));
    } catch {
      if (ask === asked) {
        clear(out);
        out.append(h('span', { class: 'muted' }, 'Проверка текста сейчас недоступна.'));
      }
    }
  };
  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), PAUSE_MS);
  });
  return () => void check();
}

function show(out: HTMLElement, hints: ReturnType<typeof plainHints>): void {
  clear(out);
  const jargon = hints.filter((x) => x.kind !== 'term');
  const terms = hints.filter((x) => x.kind === 'term');
  if (jargon.length) {
    out.append(h('ul', { class: 'plain-hints' }, jargon.map((x) => h('li', { class: `plain-${x.kind}` },
      h('strong', null, `«${x.text}»`),
      x.kind === 'discouraged' ? ` — жаргон. ${x.advice ?? ''}` : ' — слово латиницей, которого нет в словаре: напишите по-русски или добавьте его в словарь.'))));
  }
  if (terms.length) {
    out.append(h('p', { class: 'muted small' }, 'Термины из словаря (у читателя будет подсказка): ', terms.map((x) => x.text).join(', ')));
  }
  if (!hints.length) out.append(h('span', { class: 'muted small' }, 'Жаргона нет.'));
}
