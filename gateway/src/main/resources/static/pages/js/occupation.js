// The data guide of any occupation (/guides/occupations/{soc}?area=): GET /api/v1/guides/occupations/{soc}, with an
// area picker; the offer form posts to /api/v1/offer-evaluations.
import { getJson, postJson } from './api.js';
import { cited, el, finish, foldedTable, notice, percentileTable, problemNotice, section, table, textWithMarkers } from './dom.js';
import { figure, hourly, money, number, range } from './format.js';
import { percentileChart, rankedChart } from './charts.js';
import { answerNotices, markerLabel, offerForm, standingText } from './offer.js';

const soc = decodeURIComponent(window.location.pathname.replace(/\/+$/, '').split('/').pop());
const askedArea = new URLSearchParams(window.location.search).get('area');
const main = document.querySelector('main');

const SECTION_NAMES = {
  inArea: 'The figures in the area', national: 'The national figures', topStates: 'Top states',
  topMetros: 'Top metro areas', mostConcentrated: 'Most concentrated areas', medianByYear: 'Median by year',
  editorialGuides: 'Editorial guides',
};
const AREA_TYPES = { national: 'the nation', state: 'state', territory: 'territory', metro: 'metro area', nonmetro: 'nonmetropolitan area' };

load();

async function load() {
  const path = `/api/v1/guides/occupations/${encodeURIComponent(soc)}`;
  let guide;
  let areaProblem = null;
  try {
    guide = await getJson(askedArea ? `${path}?area=${encodeURIComponent(askedArea)}` : path);
  } catch (problem) {
    if (askedArea && problem.status === 400) {
      // an area the API does not know: show the national guide, and say why beside the picker
      areaProblem = problem;
      try {
        guide = await getJson(path);
      } catch (again) {
        return failed(again);
      }
    } else {
      return failed(problem);
    }
  }
  try {
    render(guide, areaProblem);
    finish('ready');
  } catch (bug) {
    main.append(notice('error', 'The page could not show this occupation:', bug.message));
    finish('error');
    throw bug;
  }
}

function failed(problem) {
  main.replaceChildren(el('h1', {}, `Occupation ${soc}`),
    problemNotice(problem, problem.status === 404 ? 'No such occupation' : 'The occupation could not be loaded'),
    el('p', {}, el('a', { href: '/' }, 'Search all occupations')));
  finish('error');
}

function render(g, areaProblem) {
  const unavailable = new Set(g.unavailableSections || []);
  const area = g.area;
  const inArea = g.inArea && area && area.code !== 'US' ? g.inArea : null;
  document.title = `${g.title} (${g.socCode}) | Salary Guide`;
  const areaOptions = [{ value: 'US', label: 'United States' },
    ...areaList(g.topStates), ...areaList(g.topMetros),
    ...(g.mostConcentrated || []).map((a) => ({ value: a.code, label: a.name }))]
    .filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i);

  main.replaceChildren(
    el('header', { class: 'page-header' },
      el('p', { class: 'eyebrow' }, `SOC ${g.socCode}${g.dataYear ? ` \u00b7 BLS OEWS, May ${g.dataYear} estimates` : ''}`),
      el('h1', {}, g.title),
      el('p', { class: 'lead' }, area && area.code !== 'US' ? `Wages in ${area.name} and across the United States.` : 'Wages across the United States.'),
      areaPicker(areaOptions, areaProblem),
      citedBy(g, unavailable)));

  const shown = new Set();
  const part = (key, heading, fill, value = g[key]) => {
    shown.add(key);
    const s = section(key, heading, { unavailable: unavailable.has(key), gaps: (g.dataGaps || []).filter((x) => x.section === key) });
    main.append(s.node);
    if (s.available && value !== null && value !== undefined) {
      fill(s.body, value);
    }
    return s;
  };

  part('national', inArea && inArea.percentiles.length ? `Wages in ${area.name} and nationally` : 'National wages', (body, n) => {
    body.append(el('dl', { class: 'facts' },
      el('dt', {}, 'Employment'), el('dd', {}, figure(n.employment, n.employmentStatus, number)),
      el('dt', {}, 'Annual mean wage'), el('dd', {}, figure(n.annualMeanWage, n.annualMeanWageStatus)),
      el('dt', {}, 'Hourly mean wage'), el('dd', {}, figure(n.hourlyMeanWage, n.hourlyMeanWageStatus, hourly)),
      g.projectedGrowth ? [el('dt', {}, 'Projected growth'), el('dd', {}, cited(
        `${g.projectedGrowth.percent}% from ${g.projectedGrowth.fromYear} to ${g.projectedGrowth.toYear}`, g.projectedGrowth.sources))] : null));
    const series = [{ name: 'United States', percentiles: n.percentiles }];
    if (inArea && inArea.percentiles.length) {
      series.unshift({ name: inArea.area.name, percentiles: inArea.percentiles });
    }
    if (n.percentiles.length) {
      percentileChart(body, { label: `${g.title}: annual wage by percentile`, series });
      body.append(percentileTable(`${g.title}, United States, BLS OEWS May ${n.dataYear}`, n.percentiles));
    }
  });
  if (area && area.code !== 'US') {
    part('inArea', `In ${area.name}`, (body, a) => {
      body.append(el('p', {}, `${capitalize(AREA_TYPES[a.area.areaType] || a.area.areaType)}, BLS OEWS May ${a.dataYear} estimates.`),
        el('dl', { class: 'facts' },
          el('dt', {}, 'Employment'), el('dd', {}, figure(a.employment, a.employmentStatus, number)),
          el('dt', {}, 'Jobs per 1,000'), el('dd', {}, figure(a.jobsPer1000, a.jobsPer1000Status, String)),
          el('dt', {}, 'Location quotient'), el('dd', {}, figure(a.locationQuotient, a.locationQuotientStatus, String)),
          el('dt', {}, 'Annual mean wage'), el('dd', {}, figure(a.annualMeanWage, a.annualMeanWageStatus)),
          el('dt', {}, 'Hourly mean wage'), el('dd', {}, figure(a.hourlyMeanWage, a.hourlyMeanWageStatus, hourly))));
      if (a.percentiles.length) {
        body.append(percentileTable(`${g.title}, ${a.area.name}, BLS OEWS May ${a.dataYear}`, a.percentiles));
      }
    });
  }
  offerSection(g, areaOptions);
  part('topStates', 'Top-paying states', (body, r) => rankings(body, r, 'State'));
  part('topMetros', 'Top-paying metro areas', (body, r) => rankings(body, r, 'Metro area'));
  part('mostConcentrated', 'Where the jobs are most concentrated', (body, items) => {
    if (!items.length) {
      body.append(el('p', {}, 'No area figures are imported for this occupation.'));
      return;
    }
    body.append(el('p', { class: 'section-intro' }, 'Location quotient: the occupation\u2019s share of jobs in the area over its share nationally (above 1 means more concentrated).'),
      table('Most concentrated areas', ['Rank', 'Area', 'Location quotient', 'Jobs per 1,000', 'Employment', 'Annual mean wage'],
        items.map((a) => [String(a.rank), `${a.name} (${AREA_TYPES[a.areaType] || a.areaType})`, a.locationQuotient ?? 'n/a',
          a.jobsPer1000 ?? 'n/a', number(a.employment), money(a.annualMeanWage)]), [2, 3, 4, 5]));
  });
  part('medianByYear', 'National median by BLS release', (body, h) => {
    body.append(el('p', { class: 'section-intro' }, h.note));
    body.append(h.items.length
      ? table('National median in each imported release', ['Release (May)', 'Annual median', 'Hourly median'],
        h.items.map((y) => [String(y.dataYear), figure(y.annualMedianWage, y.annualMedianWageStatus),
          figure(y.hourlyMedianWage, y.hourlyMedianWageStatus, hourly)]), [1, 2])
      : el('p', {}, 'No release is imported yet.'));
  });
  part('editorialGuides', 'Editorial guides citing this occupation', (body, guides) => {
    body.append(guides.length
      ? el('ul', {}, guides.map((e) => el('li', {}, el('a', { href: `/guides/${encodeURIComponent(e.slug)}` }, `${e.title} (${e.year})`), ` \u2014 cited as ${e.role}`)))
      : el('p', {}, 'No editorial guide cites this occupation yet.'));
  });
  // a gap in a part of the answer this page has no section for is still said, under the title
  main.querySelector('.page-header').append(...(g.dataGaps || []).filter((x) => !shown.has(x.section))
    .map((x) => notice('gap', 'Data gap:', x.detail)));
}

function areaList(rankings) {
  if (!rankings) {
    return [];
  }
  return [...rankings.byAnnualMean, ...rankings.byAnnualMedian].map((a) => ({ value: a.code, label: a.name }));
}

function areaPicker(options, problem) {
  const input = el('input', { id: 'area', name: 'area', type: 'text', list: 'area-list', autocomplete: 'off',
    value: askedArea || '', placeholder: 'US', 'aria-describedby': 'area-hint area-error',
    'aria-invalid': problem ? 'true' : null });
  const form = el('form', { class: 'area-picker', method: 'get', action: window.location.pathname },
    el('label', { for: 'area' }, 'Area'),
    el('div', { class: 'inline' }, input, el('button', { type: 'submit' }, 'Show')),
    el('span', { class: 'hint', id: 'area-hint' }, 'A state code (CA), a CBSA code (41940), an area\u2019s BLS title, or US for the nation.'),
    el('span', { class: 'field-error', id: 'area-error' }, problem ? problem.errors.map((e) => e.message).join('; ') : ''),
    el('datalist', { id: 'area-list' }, options.map((o) => el('option', { value: o.value }, o.label))));
  form.addEventListener('submit', (event) => {
    if (input.value.trim() === '') {
      event.preventDefault();
      window.location.assign(window.location.pathname);
    }
  });
  return [form, problem ? notice('error', 'That area could not be shown,', 'so these are the national figures.') : null];
}

function citedBy(g, unavailable) {
  if (unavailable.has('editorialGuides') || !g.editorialGuides || !g.editorialGuides.length) {
    return null;
  }
  return el('p', { class: 'cited-by' }, 'Read the editorial guide: ',
    g.editorialGuides.map((e, i) => [i ? ', ' : null, el('a', { href: `/guides/${encodeURIComponent(e.slug)}` }, e.title)]));
}

function rankings(body, r, kind) {
  if (!r.byAnnualMean.length && !r.byAnnualMedian.length) {
    body.append(el('p', {}, `No ${kind.toLowerCase()} figures are imported for this occupation.`));
    return;
  }
  const by = { mean: { items: r.byAnnualMean, field: 'annualMeanWage', words: 'annual mean wage' },
    median: { items: r.byAnnualMedian, field: 'annualMedianWage', words: 'annual median wage' } };
  const name = `${kind.replace(/\s/g, '-').toLowerCase()}-rank`;
  const chartBox = el('div', {});
  const tableBox = el('div', {});
  const show = (which) => {
    const b = by[which];
    chartBox.replaceChildren();
    rankedChart(chartBox, {
      label: `${kind}s ranked by ${b.words}`,
      seriesName: capitalize(b.words),
      items: b.items.map((a) => ({ rank: a.rank, name: a.name, value: a[b.field], status: a[`${b.field}Status`] })),
    });
    tableBox.replaceChildren(foldedTable('These figures as a table', table(`${kind}s by ${b.words}${r.dataYear ? `, BLS OEWS May ${r.dataYear}` : ''}`,
      ['Rank', kind, capitalize(b.words)], b.items.map((a) => [String(a.rank), a.name, figure(a[b.field], a[`${b.field}Status`])]), [2])));
  };
  body.append(el('fieldset', { class: 'toggle' }, el('legend', {}, 'Rank by'),
    ['mean', 'median'].map((which) => el('label', {},
      el('input', { type: 'radio', name, value: which, checked: which === 'mean' || null, onchange: () => show(which) }),
      ` ${capitalize(by[which].words)}`))), chartBox, tableBox);
  show('mean');
}

function offerSection(g, areaOptions) {
  const s = section('offer', 'Check an offer', {
    intro: el('p', { class: 'section-intro' }, 'Where does an offer land in the published distribution, and what could you counter with?'),
  });
  main.append(s.node);
  const { form, result } = offerForm({
    id: 'offer-form',
    submitLabel: 'Evaluate offer',
    fields: [
      { name: 'annualBase', label: 'Base salary (US$ a year)', required: true, numeric: true, placeholder: '150,000' },
      { name: 'area', label: 'Area', hint: 'State code, CBSA code, BLS title, or US', list: areaOptions, value: g.area ? g.area.code : 'US' },
      { name: 'yearsOfExperience', label: 'Years of experience', numeric: true, placeholder: '4' },
      { name: 'bonus', label: 'Yearly bonus (US$)', numeric: true },
      { name: 'equityPerYear', label: 'Equity per year (US$)', numeric: true },
      { name: 'signingBonus', label: 'Signing bonus (US$)', hint: 'Paid once; spread over 4 years.', numeric: true },
    ],
    onSubmit: async (values) => offerResult(await postJson('/api/v1/offer-evaluations', { occupation: g.socCode, ...values })),
  });
  s.body.append(form, result);
}

function offerResult(e) {
  const offerText = money(e.annualBase);
  const where = e.area ? e.area.name : 'the area';
  const nodes = [el('h3', {}, `Where ${offerText} lands`), ...answerNotices(e, SECTION_NAMES)];
  const standings = [];
  if (e.inArea && e.area && e.area.code !== 'US') {
    standings.push(el('li', {}, el('strong', {}, `In ${where}`), ': ', el('span', { class: 'standing', dataset: { area: e.area.code } }, standingText(e.inArea))));
  }
  if (e.national) {
    standings.push(el('li', {}, el('strong', {}, 'Nationally'), ': ', el('span', { class: 'standing', dataset: { area: 'US' } }, standingText(e.national))));
  }
  nodes.push(el('ul', { class: 'standings' }, standings));
  const basis = e.inArea && e.area && e.area.code !== 'US' ? { s: e.inArea, name: where } : e.national ? { s: e.national, name: 'United States' } : null;
  let draw = null;
  if (basis && basis.s.percentiles.length) {
    const box = el('div', { class: 'offer-chart' });
    nodes.push(box);
    const series = [{ name: basis.name, percentiles: basis.s.percentiles }];
    if (basis.name !== 'United States' && e.national && e.national.percentiles.length) {
      series.push({ name: 'United States', percentiles: e.national.percentiles });
    }
    draw = () => percentileChart(box, {
      label: `Where ${offerText} lands in ${basis.name}`,
      series,
      offer: { annual: e.annualBase, label: markerLabel(offerText, basis.s) },
    });
  }
  const counter = e.suggestedCounter
    ? [el('strong', {}, range(e.suggestedCounter)), e.counterBasis
      ? ` (the ${percentileLabel(e.counterBasis)} in ${e.counterBasis.areaCode === 'US' ? 'the United States' : e.counterBasis.areaCode})` : null]
    : 'none: the published figures give no higher counter for this offer';
  const t = e.totalCompensation;
  nodes.push(el('dl', { class: 'facts' },
    el('dt', {}, 'Suggested counter'), el('dd', { class: 'counter' }, counter),
    t ? [el('dt', {}, 'Total compensation'), el('dd', {}, el('strong', {}, `${money(t.total)} a year`),
      ` (base ${money(t.annualBase)}, bonus ${money(t.bonus)}, equity ${money(t.equityPerYear)}, signing bonus ${money(t.signingBonusPerYear)} a year over 4 years)`)] : null));
  if (e.talkingPoints && e.talkingPoints.length) {
    nodes.push(el('h4', {}, 'Talking points'), el('ul', { class: 'talking-points' }, e.talkingPoints.map((p) => el('li', {}, textWithMarkers(p)))));
  }
  return { nodes, draw };
}

function percentileLabel(b) {
  const ord = (n) => (n === 50 ? 'median' : `${n}th`);
  return b.fromPercentile === b.toPercentile ? `${ord(b.fromPercentile)} percentile` : `${ord(b.fromPercentile)}\u2013${ord(b.toPercentile)} percentile band`;
}

function capitalize(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
