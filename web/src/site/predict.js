// On a lesson page: predict-then-run questions. A lesson writes, before a widget it asks the
// reader to run, a <div class="predict"> holding the question (its first paragraph), the
// choices (a list; the right one wrapped in <span class="answer">) and the explanation (the
// paragraphs after the list). This turns it into radio buttons in a fieldset, a Check button
// and a status line; the explanation shows once the reader has checked. Without scripts the
// lesson still reads as a question, its choices and the explanation.

let count = 0; // questions on the page, for unique radio names and ids

/** Sets up every predict question under doc's main. */
export function setUpPredictions(doc) {
  for (const box of doc.querySelectorAll('main .predict')) predictQuestion(doc, box);
}

function predictQuestion(doc, box) {
  const question = box.querySelector('p');
  const list = box.querySelector('ul, ol');
  if (!question || !list) return;
  const make = (tag, props = {}) => Object.assign(doc.createElement(tag), props);
  const name = `predict-${++count}`;
  const items = [...list.children];
  const right = items.findIndex((item) => item.querySelector('.answer'));
  // Left as written (question, list, explanation) unless one choice is marked right: the build
  // refuses such a block (site-build/predictions.mjs); a page made otherwise still reads.
  if (items.filter((item) => item.querySelector('.answer')).length !== 1) return;
  const fieldset = make('fieldset', { className: 'predict-choices' });
  const legend = make('legend');
  legend.append(...question.childNodes);
  fieldset.append(legend);
  const radios = items.map((item, i) => {
    const radio = make('input', { type: 'radio', name, value: String(i), id: `${name}-${i}` });
    const label = make('label', { htmlFor: radio.id });
    label.append(radio, ' ', item.textContent.trim());
    fieldset.append(label);
    return radio;
  });
  const check = make('button', {
    type: 'button',
    className: 'button button--quiet button--small',
    textContent: 'Check my guess',
  });
  const status = make('p', { className: 'predict-status' });
  status.setAttribute('role', 'status');
  const why = [...box.children].filter((node) => node !== question && node !== list);
  for (const node of why) node.hidden = true;
  check.addEventListener('click', () => {
    const picked = radios.findIndex((radio) => radio.checked);
    if (picked < 0) {
      status.textContent = 'Pick one answer first.';
      return;
    }
    const answer = items[right].textContent.trim();
    status.textContent =
      picked === right
        ? 'Right. Now run it and see.'
        : `Not quite: the answer is “${answer}” Run it and see why.`;
    status.classList.toggle('right', picked === right);
    for (const node of why) node.hidden = false;
  });
  question.remove();
  list.replaceWith(fieldset);
  fieldset.after(check, status);
}
