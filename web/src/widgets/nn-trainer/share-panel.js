// The Share button of <nn-trainer>: writes the network's current weights into the `weights`
// attribute (share.js), so the lesson page's link (its address, which carries every changed
// attribute) or, in an embed, the embed code opens this very network; then copies that link or
// code. A link longer than MAX_EMBED_CHARS is not copied: the embed code is offered as a file.

import { el, setText } from '../../render/dom.js';
import { MAX_EMBED_CHARS, copyEmbedCode, copyText } from '../shared/embed-code.js';
import { encodeWeights } from './share.js';

/**
 * widget: the <nn-trainer>; network(): its current core network; unshared(): true while the
 * data set is a CSV too long for a link (kept in the widget alone), which the link then lacks.
 */
export function sharePanel(widget, network, unshared) {
  const button = el('button', { type: 'button', class: 'share', text: 'Share this model' });
  const status = el('p', { class: 'message said', role: 'status' });
  button.addEventListener('click', async () => {
    const net = network();
    if (!net) return;
    widget.setValue('weights', encodeWeights(net.shape, net.getParameters()));
    const onLesson = widget.closest('main[data-lesson]') !== null;
    const link = location.href;
    const lacks = unshared()
      ? ' The data is not in it (too long for a link): download it above and send it along.'
      : '';
    if (onLesson && link.length <= MAX_EMBED_CHARS) {
      const copied = await copyText(link, widget.shadowRoot);
      setText(
        status,
        copied ? `Link with the weights copied (${link.length} characters).${lacks}` : '',
      );
      return;
    }
    const code = widget.embedCode();
    const said = await copyEmbedCode(code, widget.localName, widget.shadowRoot);
    const why = onLesson
      ? `The link would have ${link.length} characters, more than ${MAX_EMBED_CHARS}. `
      : '';
    setText(
      status,
      `${why}${said.replace('Embed code copied.', 'Embed code with the weights copied.')}${lacks}`,
    );
  });
  return {
    root: el('fieldset', { class: 'share' }, [
      el('legend', { text: 'Share' }),
      el('p', {
        class: 'hint',
        text: 'A link that opens this network with its weights as they are now, bit for bit.',
      }),
      button,
      status,
    ]),
  };
}
