// Embed snippets on the gallery page: their URLs are written relative to the page (the build
// cannot know the host), so here they become absolute for wherever the site is served; each
// gets a working Copy button, or the code selected for copying by hand if the clipboard refuses.

const SHOW_MS = 2500;

function selectText(node) {
  const range = document.createRange();
  range.selectNodeContents(node);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
}

/** @param {Document} doc */
export function setUpSnippets(doc) {
  for (const code of doc.querySelectorAll('code[data-relative-to]')) {
    const relative = code.dataset.relativeTo;
    const absolute = new URL(relative, doc.baseURI).href;
    code.textContent = code.textContent.replaceAll(`"${relative}`, `"${absolute}`);
  }
  for (const button of doc.querySelectorAll('[data-copy]')) {
    const code = button.parentElement.querySelector('code');
    let timer = 0;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.textContent);
        button.textContent = 'Copied';
      } catch {
        selectText(code);
        button.textContent = 'Selected: press Ctrl+C';
      }
      clearTimeout(timer);
      timer = setTimeout(() => (button.textContent = 'Copy'), SHOW_MS);
    });
    button.hidden = false;
  }
}
