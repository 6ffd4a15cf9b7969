// The "Copy embed code" action shared by all widgets: prints a tag from attribute texts and
// puts it on the clipboard, or, where the clipboard is refused (no permission, insecure page),
// opens a small dialog with the tag selected so the reader copies it by hand.

import { el } from '../../render/dom.js';

/** embedTag('nn-neuron', { bias: '0.2', locked: '' }) -> '<nn-neuron bias="0.2" locked></nn-neuron>' */
export function embedTag(tag, attributes) {
  const parts = Object.entries(attributes).map(([name, text]) =>
    text === '' ? ` ${name}` : ` ${name}="${escapeAttribute(text)}"`,
  );
  return `<${tag}${parts.join('')}></${tag}>`;
}

/** Copies text; resolves to true when the clipboard took it, false when the dialog was shown. */
export async function copyText(text, root) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    showTextDialog(text, root);
    return false;
  }
}

function showTextDialog(text, root) {
  const area = el('textarea', { readonly: true, rows: 4, 'aria-label': 'Embed code' });
  area.value = text;
  const close = el('button', { type: 'button', text: 'Close' });
  const dialog = el('dialog', { 'aria-label': 'Embed code' }, [
    el('p', { text: 'Copy this tag into your page (Ctrl+C or ⌘C):' }),
    area,
    close,
  ]);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  root.append(dialog);
  dialog.showModal();
  area.select();
}

function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
