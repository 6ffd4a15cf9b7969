// The "Copy embed code" action shared by all widgets: prints a tag from attribute texts and
// puts it on the clipboard, or, where the clipboard is refused (no permission, insecure page),
// opens a small dialog with the tag selected so the reader copies it by hand. A tag longer than
// MAX_EMBED_CHARS (a long model or many points) is never copied: it is offered as a file.

import { el } from '../../render/dom.js';

/** embedTag('nn-neuron', { bias: '0.2', locked: '' }) -> '<nn-neuron bias="0.2" locked></nn-neuron>' */
export function embedTag(tag, attributes) {
  const parts = Object.entries(attributes).map(([name, text]) =>
    text === '' ? ` ${name}` : ` ${name}="${escapeAttribute(text)}"`,
  );
  return `<${tag}${parts.join('')}></${tag}>`;
}

/** The longest tag put on the clipboard or in a page's text; a longer one is offered as a file. */
export const MAX_EMBED_CHARS = 16384;

/** Copies a widget's tag, or offers it as a file when too long; resolves to the status words. */
export async function copyEmbedCode(tag, name, root) {
  if (tag.length > MAX_EMBED_CHARS) {
    showFileDialog(tag, `${name}.html`, root);
    return `The tag has ${tag.length} characters, more than the ${MAX_EMBED_CHARS} a copy takes: download it as a file.`;
  }
  return (await copyText(tag, root)) ? 'Embed code copied.' : '';
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

/** A dialog with a link that downloads `text` as the file `name` (the URL is freed on close). */
function showFileDialog(text, name, root) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/html' }));
  const link = el('a', { href: url, download: name, text: `Download ${name}` });
  const close = el('button', { type: 'button', text: 'Close' });
  const dialog = el('dialog', { 'aria-label': 'Embed code' }, [
    el('p', { text: `This tag is ${text.length} characters long, too long to copy and paste.` }),
    link,
    close,
  ]);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    URL.revokeObjectURL(url);
    dialog.remove();
  });
  root.append(dialog);
  dialog.showModal();
}

function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
