// Builds the pages' DOM from API data. Text always goes in as text (never as HTML), so nothing an answer holds can
// become markup.
import { figure, hourly, money, percentileName, statusText } from './format.js';

/** el('p', {class: 'x'}, 'text', child, [more, children]) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'class') {
      node.className = value;
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(node, child);
    } else {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

/** Citation markers [1][3], each a link to its entry in the sources list. */
export function markers(ids) {
  if (!ids || ids.length === 0) {
    return null;
  }
  return el('span', { class: 'cites' }, ids.map((id) => marker(id)));
}

function marker(id) {
  return el('a', { class: 'cite', href: `#source-${id}`, 'aria-label': `source ${id}` }, `[${id}]`);
}

/** A statement with its citations after it. */
export function cited(text, ids) {
  return [text, ids && ids.length ? '\u00a0' : null, markers(ids)];
}

/** Text that carries its own markers ("... median is $112,590.[1][3]"): each [n] becomes a link. */
export function textWithMarkers(text) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/\[(\d+)\]/g)) {
    parts.push(text.slice(last, match.index), marker(Number(match[1])));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** A visible notice: kind 'unavailable', 'gap' or 'error'; the words say what it is, colour only repeats it. */
export function notice(kind, heading, ...body) {
  const role = kind === 'error' ? 'alert' : 'status';
  return el('div', { class: `notice notice-${kind}`, role }, el('strong', {}, heading), ' ', body);
}

/**
 * A problem from the API as a person reads it: each field with its message when it names fields (its detail only
 * joins those), otherwise its detail.
 */
export function problemNotice(problem, heading = 'Something went wrong') {
  const errors = problem.errors || [];
  return notice('error', `${heading}:`, errors.length
    ? el('ul', { class: 'problem-fields' }, errors.map((e) => el('li', {}, el('code', {}, e.field), ' ', e.message)))
    : problem.detail || problem.message,
    problem.retryAfter ? el('p', {}, `Try again in ${problem.retryAfter} seconds.`) : null);
}

/**
 * A page section with its heading and, at the heading, the citations the guide states for the whole section. The
 * caller fills the body unless the section is unavailable, in which case it shows a notice and stays in place.
 */
export function section(id, title, { sources = null, unavailable = false, gaps = [], intro = null } = {}) {
  const headingId = `${id}-heading`;
  const heading = el('h2', { id: headingId }, title, sources && sources.length ? ' ' : null,
    sources && sources.length ? el('span', { class: 'section-sources' }, 'Sources ', markers(sources)) : null);
  const body = el('div', { class: 'section-body' });
  const node = el('section', { id, class: 'section', 'aria-labelledby': headingId, dataset: { section: id } },
    heading, intro, gaps.map((g) => notice('gap', 'Data gap:', g.detail)), body);
  if (unavailable) {
    node.classList.add('is-unavailable');
    body.append(notice('unavailable', 'Unavailable:',
      'the service that holds this section did not answer in time. Reload the page in a moment to try again.'));
  }
  return { node, body, available: !unavailable };
}

/** A table with a caption; rows are arrays of cells (strings or nodes); numeric columns are right-aligned. */
export function table(caption, headers, rows, numeric = []) {
  return el('div', { class: 'table-wrap' }, el('table', {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, headers.map((h, i) => el('th', { scope: 'col', class: numeric.includes(i) ? 'num' : null }, h)))),
    el('tbody', {}, rows.map((row) => el('tr', {}, row.map((cell, i) => (i === 0
      ? el('th', { scope: 'row' }, cell)
      : el('td', { class: numeric.includes(i) ? 'num' : null }, cell))))))));
}

/** Marks the page done for readers and tests: 'ready' or 'error'. */
export function finish(state) {
  document.body.dataset.state = state;
  document.querySelector('main')?.removeAttribute('aria-busy');
}

/**
 * A distribution's percentiles as a table, annual and hourly. What BLS published is said in words: a status column
 * when any figure is top-coded or missing, with what each status means below the table; otherwise the caption says
 * every figure is as reported.
 */
export function percentileTable(caption, percentiles) {
  const exact = (s) => s === null || s === undefined || s === 'reported';
  const cell = (value, status, format) => (status === 'top-coded' ? `${format(value)}+` : figure(value, status, format));
  const rows = (withStatus) => percentiles.map((p) => [percentileName(p.percentile),
    cell(p.annual, p.annualStatus, money), cell(p.hourly, p.hourlyStatus, hourly),
    withStatus ? STATUS_WORDS[exact(p.annualStatus) ? p.hourlyStatus : p.annualStatus] || 'reported' : null].filter((c) => c !== null));
  const statuses = [...new Set(percentiles.flatMap((p) => [p.annualStatus, p.hourlyStatus]).filter((s) => !exact(s)))];
  if (statuses.length === 0) {
    return el('div', { class: 'percentiles' },
      table(`${caption}; every figure as reported`, ['Percentile', 'Annual wage', 'Hourly wage'], rows(false), [1, 2]));
  }
  return el('div', { class: 'percentiles' },
    table(caption, ['Percentile', 'Annual wage', 'Hourly wage', 'Status'], rows(true), [1, 2]),
    el('p', { class: 'table-note' }, statuses.map((s) => statusText(s)).join('; '), '.'));
}

const STATUS_WORDS = { reported: 'reported', 'top-coded': 'top-coded', 'not-available': 'not available' };

/** Figures a chart already shows, as a table a person can open (and a screen reader can read). */
export function foldedTable(summary, tableNode) {
  return el('details', { class: 'as-table' }, el('summary', {}, summary), tableNode);
}
