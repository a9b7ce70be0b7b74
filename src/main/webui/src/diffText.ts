// What a reviewer reads about one changed field before the marked-up text: how many words the edit removes and adds,
// in words, so the change is clear without colour and without reading the whole field.
import { plural } from './text';

export interface DiffPart {
  kind: 'ADDED' | 'REMOVED' | 'UNCHANGED';
  text: string;
}

/** Words (runs of letters, digits, hyphens and the like) in a piece of text. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** «удалено 2 слова, добавлено 5 слов»; punctuation-only or whitespace changes say so. */
export function diffSummary(parts: readonly DiffPart[]): string {
  const count = (kind: DiffPart['kind']) => parts.filter((p) => p.kind === kind).reduce((sum, p) => sum + wordCount(p.text), 0);
  const removed = count('REMOVED');
  const added = count('ADDED');
  const said: string[] = [];
  if (removed) said.push(`удалено ${removed} ${plural(removed, 'слово', 'слова', 'слов')}`);
  if (added) said.push(`добавлено ${added} ${plural(added, 'слово', 'слова', 'слов')}`);
  if (said.length) return said.join(', ');
  return parts.some((p) => p.kind !== 'UNCHANGED') ? 'изменены знаки препинания или пробелы' : 'без изменений';
}
