// The home page (/): the editorial guides (GET /api/v1/guides) and a search over every occupation
// (GET /api/v1/occupations?q=&page=&size=), each result linking to its data guide.
import { getJson } from './api.js';
import { el, finish, notice, problemNotice } from './dom.js';

const PAGE_SIZE = 20;
const guides = document.getElementById('guide-list');
const form = document.getElementById('search-form');
const input = document.getElementById('search-q');
const results = document.getElementById('search-results');

loadGuides().then(() => {
  const q = new URLSearchParams(window.location.search).get('q');
  if (q) {
    input.value = q;
    return search(q, 0);
  }
  return null;
}).finally(() => finish('ready'));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  search(input.value.trim(), 0);
});

let typing = null;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => search(input.value.trim(), 0), 300);
});

async function loadGuides() {
  try {
    const list = await getJson('/api/v1/guides');
    guides.replaceChildren(list.length
      ? el('ul', { class: 'guide-links' }, list.map((g) => el('li', {},
        el('a', { href: `/guides/${encodeURIComponent(g.slug)}` }, g.title), el('span', { class: 'year' }, ` ${g.year}`))))
      : el('p', {}, 'No editorial guide is published yet.'));
  } catch (problem) {
    guides.replaceChildren(problem.status === 503
      ? notice('unavailable', 'Unavailable:', 'the list of guides could not be read in time. Reload in a moment.')
      : problemNotice(problem, 'The guides could not be loaded'));
  }
}

async function search(q, page) {
  const url = new URL(window.location.href);
  if (q) {
    url.searchParams.set('q', q);
  } else {
    url.searchParams.delete('q');
  }
  window.history.replaceState(null, '', url);
  if (!q) {
    results.replaceChildren();
    return;
  }
  results.setAttribute('aria-busy', 'true');
  try {
    const answer = await getJson(`/api/v1/occupations?q=${encodeURIComponent(q)}&page=${page}&size=${PAGE_SIZE}`);
    if (input.value.trim() !== q) {
      return; // a newer search is on its way
    }
    results.replaceChildren(...[
      el('p', { class: 'count' }, answer.totalItems === 1 ? '1 occupation' : `${answer.totalItems} occupations`,
        answer.totalPages > 1 ? ` \u00b7 page ${answer.page + 1} of ${answer.totalPages}` : ''),
      answer.items.length
        ? el('ul', { class: 'occupation-links' }, answer.items.map((o) => el('li', {},
          el('a', { href: `/guides/occupations/${o.socCode}` }, el('span', { class: 'soc' }, o.socCode), ' ', el('span', { class: 'title' }, o.title)))))
        : el('p', {}, `No occupation matches \u201c${q}\u201d. Try part of a title (\u201cnurse\u201d) or the start of a SOC code (\u201c15-\u201d).`),
      answer.totalPages > 1 ? el('nav', { class: 'pager', 'aria-label': 'Result pages' },
        el('button', { type: 'button', disabled: answer.page === 0 || null, onclick: () => search(q, answer.page - 1) }, 'Previous'),
        el('button', { type: 'button', disabled: answer.page + 1 >= answer.totalPages || null, onclick: () => search(q, answer.page + 1) }, 'Next')) : null,
    ].filter(Boolean));
  } catch (problem) {
    results.replaceChildren(problemNotice(problem, 'The search could not be run'));
  } finally {
    results.removeAttribute('aria-busy');
  }
}
