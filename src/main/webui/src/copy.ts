// Copying text for a CRM, an e-mail or a chat: the clipboard where the browser allows it, else the text selected in
// a box for Ctrl+C. A status next to the button says what happened (read by screen readers); the button keeps its name.
import { h } from './dom';

export async function copyText(text: string, button: HTMLButtonElement, status: HTMLElement): Promise<void> {
  delete button.dataset.copied;
  try {
    await navigator.clipboard.writeText(text);
    button.dataset.copied = 'true';
    status.textContent = 'Скопировано';
    setTimeout(() => { status.textContent = ''; }, 2000);
  } catch {
    // No clipboard (an insecure origin, or permission refused): show the text selected, ready for Ctrl+C.
    const box = h('textarea', { class: 'copy-fallback', readonly: true, rows: 6, 'aria-label': 'Текст для копирования' }, text);
    status.after(box);
    box.select();
    status.textContent = 'Выделено: нажмите Ctrl+C';
  }
}

/** A button that copies what `text()` returns when pressed, with its status; `name` is for screen readers. */
export function copyButton(label: string, text: () => string, name?: string): HTMLElement {
  const button = h('button', { type: 'button', class: 'copy', 'aria-label': name ?? null }, label);
  const status = h('span', { class: 'copy-status muted small', role: 'status' });
  button.addEventListener('click', () => void copyText(text(), button, status));
  return h('span', { class: 'copy-wrap' }, button, ' ', status);
}
