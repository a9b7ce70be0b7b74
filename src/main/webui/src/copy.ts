// Copying text for a CRM, an e-mail or a chat: the clipboard where the browser allows it, else the text selected in
// a box for Ctrl+C. The button says what happened, for screen readers too.
import { h } from './dom';

export async function copyText(text: string, button: HTMLButtonElement): Promise<void> {
  const label = button.textContent ?? '';
  const status = (message: string) => {
    button.textContent = message;
    setTimeout(() => { button.textContent = label; }, 2000);
  };
  try {
    await navigator.clipboard.writeText(text);
    status('Скопировано');
  } catch {
    // No clipboard (an insecure origin, or permission refused): show the text selected, ready for Ctrl+C.
    const box = h('textarea', { class: 'copy-fallback', readonly: true, rows: 6, 'aria-label': 'Текст для копирования' }, text);
    button.after(box);
    box.select();
    status('Выделено: нажмите Ctrl+C');
  }
}

/** A button that copies what `text()` returns when pressed. */
export function copyButton(label: string, text: () => string, name?: string): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'copy', 'aria-label': name ?? null }, label);
  button.addEventListener('click', () => void copyText(text(), button));
  return button;
}
