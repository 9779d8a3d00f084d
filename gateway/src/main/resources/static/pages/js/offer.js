// The offer form both guide pages share: fields, what is sent, and how the API's answer or problem is shown.
import { el, notice, problemNotice } from './dom.js';
import { ordinal } from './format.js';

/**
 * A form of fields ({name, label, hint, required, numeric, list, value}); onSubmit(values) returns a promise of
 * {nodes, draw}: the nodes to show, and what to draw once they are in the page (charts need their box's width). Empty optional fields are left out; amounts may be typed with "$" and thousands separators. A
 * problem from the API is shown above the result, and each field it names is marked with its message.
 */
export function offerForm({ id, fields, submitLabel, onSubmit }) {
  const result = el('div', { class: 'offer-result', id: `${id}-result`, 'aria-live': 'polite' });
  const inputs = fields.map((f) => {
    const input = el('input', {
      id: `${id}-${f.name}`, name: f.name, type: 'text', inputmode: f.numeric ? 'numeric' : null,
      list: f.list ? `${id}-${f.name}-list` : null, required: f.required || null, autocomplete: 'off',
      'aria-describedby': `${id}-${f.name}-hint ${id}-${f.name}-error`, placeholder: f.placeholder || null,
    });
    if (f.value !== undefined && f.value !== null) {
      input.value = f.value;
    }
    const field = el('div', { class: 'field' },
      el('label', { for: input.id }, f.label),
      input,
      el('span', { class: 'hint', id: `${id}-${f.name}-hint` }, f.required ? 'Required.' : 'Optional.', f.hint ? ` ${f.hint}` : ''),
      el('span', { class: 'field-error', id: `${id}-${f.name}-error` }),
      f.list ? el('datalist', { id: `${id}-${f.name}-list` }, f.list.map((o) => el('option', { value: o.value }, o.label))) : null);
    return { field: f, input, node: field };
  });
  const button = el('button', { type: 'submit' }, submitLabel);
  const form = el('form', { id, class: 'offer-form', novalidate: true },
    el('div', { class: 'fields' }, inputs.map((i) => i.node)), button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(inputs);
    const values = {};
    for (const { field, input } of inputs) {
      const raw = input.value.trim();
      if (raw !== '') {
        values[field.name] = field.numeric ? toNumber(raw) : raw;
      }
    }
    button.disabled = true;
    delete result.dataset.state;
    result.replaceChildren(el('p', { class: 'loading' }, 'Evaluating the offer\u2026'));
    try {
      const { nodes, draw } = await onSubmit(values);
      result.replaceChildren(...nodes);
      if (draw) {
        draw();
      }
      result.dataset.state = 'evaluated';
    } catch (problem) {
      markErrors(inputs, problem.errors || []);
      result.replaceChildren(problemNotice(problem, 'The offer could not be evaluated'));
      result.dataset.state = 'problem';
    } finally {
      button.disabled = false;
    }
  });
  return { form, result };
}

/** "150,000", "$150000" and "150 000" are 150000; anything else goes as typed, for the API to name what is wrong. */
function toNumber(raw) {
  const plain = raw.replace(/[$,\s]/g, '');
  return /^\d+$/.test(plain) ? Number(plain) : raw;
}

function clearErrors(inputs) {
  for (const { input } of inputs) {
    input.removeAttribute('aria-invalid');
    document.getElementById(`${input.id}-error`).textContent = '';
  }
}

function markErrors(inputs, errors) {
  for (const error of errors) {
    const match = inputs.find(({ field }) => field.name === error.field);
    if (match) {
      match.input.setAttribute('aria-invalid', 'true');
      const box = document.getElementById(`${match.input.id}-error`);
      box.textContent = box.textContent ? `${box.textContent}; ${error.message}` : error.message;
    }
  }
}

/** Where an amount stands in one distribution, in words. */
export function standingText(s) {
  if (!s) {
    return 'no published figures to rank against';
  }
  if (s.atOrAbovePercentile !== null && s.atOrAbovePercentile !== undefined && s.percentileRank === null) {
    return `at or above the ${ordinal(s.atOrAbovePercentile)} percentile (BLS publishes only "at least" that figure)`;
  }
  if (s.percentileRank !== null && s.percentileRank !== undefined) {
    return `${ordinal(s.percentileRank)} percentile`;
  }
  if (s.position === 'below') {
    return 'below the 10th percentile';
  }
  if (s.position === 'above') {
    return 'above the 90th percentile';
  }
  return 'where the figures are not published exactly';
}

/** A short label for the marker line on a chart. */
export function markerLabel(amountText, s) {
  if (s && s.percentileRank !== null && s.percentileRank !== undefined) {
    return `Offer ${amountText} \u00b7 ${ordinal(s.percentileRank)}`;
  }
  if (s && s.position === 'below') {
    return `Offer ${amountText} \u00b7 below 10th`;
  }
  if (s && (s.position === 'above' || s.atOrAbovePercentile)) {
    return `Offer ${amountText} \u00b7 top`;
  }
  return `Offer ${amountText}`;
}

/** Parts of an answer the API could not fill (a service down) and data it does not hold, as notices. */
export function answerNotices(answer, names) {
  return [
    ...(answer.unavailableSections || []).map((s) => notice('unavailable', 'Unavailable:',
      `${names[s] || s} could not be read in time, so this evaluation leaves it out.`)),
    ...(answer.dataGaps || []).map((g) => notice('gap', 'Data gap:', g.detail)),
  ];
}
