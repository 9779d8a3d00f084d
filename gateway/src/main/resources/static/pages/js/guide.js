// The editorial guide page (/guides/{slug}): GET /api/v1/guides/{slug}, drawn section by section; the offer form
// posts to /api/v1/guides/{slug}/offer-evaluations.
import { getJson, postJson } from './api.js';
import { cited, el, finish, foldedTable, markers, notice, percentileTable, problemNotice, section, table, textWithMarkers } from './dom.js';
import { money, percentileName, range, rangeWithUnit, years } from './format.js';
import { percentileChart, rangeChart, rankedChart } from './charts.js';
import { answerNotices, markerLabel, offerForm, standingText } from './offer.js';

const slug = decodeURIComponent(window.location.pathname.replace(/\/+$/, '').split('/').pop());
const main = document.querySelector('main');

const ROLES = { baseline: 'Baseline', 'upper-bound': 'Upper bound' };
const BASIS = { guide: "the guide's figure", 'bls-oews': 'BLS figure', none: 'no figure' };

load();

async function load() {
  let guide;
  try {
    guide = await getJson(`/api/v1/guides/${encodeURIComponent(slug)}`);
  } catch (problem) {
    main.replaceChildren(el('h1', {}, 'Salary guide'),
      problemNotice(problem, problem.status === 404 ? 'No such guide' : 'The guide could not be loaded'),
      el('p', {}, el('a', { href: '/' }, 'See all guides')));
    finish('error');
    return;
  }
  try {
    render(guide);
    finish('ready');
  } catch (bug) {
    main.append(notice('error', 'The page could not show this guide:', bug.message));
    finish('error');
    throw bug;
  }
}

function render(guide) {
  const unavailable = new Set(guide.unavailableSections || []);
  const title = guide.title || `Guide \u201c${slug}\u201d`;
  document.title = `${title} | Salary Guide`;
  const toc = el('ol', {});
  main.replaceChildren(
    el('header', { class: 'page-header' },
      el('p', { class: 'eyebrow' }, guide.year ? `${guide.year} edition` : 'Salary guide'),
      el('h1', {}, title),
      unavailable.has('intro')
        ? notice('unavailable', 'Unavailable:', 'the guide\u2019s introduction and text could not be read in time. Reload in a moment.')
        : guide.intro && el('p', { class: 'lead' }, cited(guide.intro.text, guide.intro.sources))),
    el('nav', { class: 'toc', 'aria-label': 'On this page' }, el('h2', {}, 'On this page'), toc));

  const shown = new Set();
  const part = (key, heading, fill) => {
    shown.add(key);
    const s = section(key, heading, {
      sources: guide.sectionSources ? guide.sectionSources[key] : null,
      unavailable: unavailable.has(key),
      gaps: (guide.dataGaps || []).filter((g) => g.section === key),
    });
    main.append(s.node);
    toc.append(el('li', {}, el('a', { href: `#${key}` }, heading)));
    if (s.available && guide[key] !== null && guide[key] !== undefined) {
      fill(s.body, guide[key]);
      for (const h of (guide.highlights || []).filter((x) => x.section === key)) {
        s.body.append(el('p', { class: 'highlight' }, cited(h.text, h.sources)));
      }
    }
  };

  part('keyTakeaways', 'Key takeaways', (body, items) => {
    body.append(el('ul', { class: 'takeaways' }, items.map((t) => el('li', {}, cited(t.text, t.sources)))));
  });
  part('classifications', 'National salary overview', (body, items) => {
    // one scale for every classification, so their bars compare at a glance
    const max = Math.max(0, ...items.flatMap((c) => (c.percentiles || []).map((p) => p.annual || 0)));
    body.append(el('div', { class: 'cards' }, items.map((c) => classification(c, max))));
  });
  offerSection(guide, toc);
  part('experienceLevels', 'Salary by experience level', (body, levels) => experience(body, levels, guide));
  part('salaryGrowth', 'Salary growth', (body, items) => {
    const title = (level) => ((guide.experienceLevels || []).find((l) => l.level === level) || {}).title || level;
    body.append(el('ul', {}, items.map((g) => el('li', {}, cited(
      `From ${title(g.fromLevel)} to ${title(g.toLevel)} takes ${range(g.years, 'years')} years; base pay rises ${range(g.increasePercent, 'percent')}.`,
      g.sources)))));
  });
  part('topStates', 'Top-paying states', (body, areas) => rankedAreas(body, areas, 'State'));
  part('topMetros', 'Top-paying metro areas', (body, areas) => rankedAreas(body, areas, 'Metro area'));
  part('specializations', 'Specializations', (body, items) => {
    body.append(el('div', { class: 'cards' }, items.map((s) => el('article', { class: 'card' },
      el('h3', {}, s.name, ' ', markers(s.sources)),
      el('p', { class: 'figure-line' }, [
        s.baseSalary ? `Base ${range(s.baseSalary)}` : null,
        s.premiumPercent ? `Premium ${range(s.premiumPercent, 'percent')} over generalist roles` : null,
        s.benchmark ? benchmarkText(s.benchmark, guide) : null,
      ].filter(Boolean).join(' \u00b7 ')),
      el('p', {}, s.summary)))));
  });
  part('benefits', 'Benefits and total compensation', (body, items) => {
    body.append(el('div', { class: 'cards' }, items.map((b) => el('article', { class: 'card' },
      el('h3', {}, b.name, ' ', markers(b.sources)),
      b.amount || b.percentOfBase ? el('p', { class: 'figure-line' }, [
        b.amount ? rangeWithUnit(b.amount, b.unit) : null,
        b.percentOfBase ? `${range(b.percentOfBase, 'percent')} of base${b.exampleBase ? ` (for a ${money(b.exampleBase)} base)` : ''}` : null,
      ].filter(Boolean).join(' \u00b7 ')) : null,
      el('p', {}, b.summary)))));
  });
  part('negotiationSteps', 'How to negotiate', (body, steps) => {
    body.append(el('ol', { class: 'steps' }, steps.map((s) => el('li', { value: s.step },
      el('h3', {}, s.title, ' ', markers(s.sources)),
      el('p', {}, s.detail),
      s.figures && s.figures.length ? el('ul', { class: 'figures' }, s.figures.map((f) => el('li', {},
        `${f.label}: `, el('strong', {}, rangeWithUnit(f, f.unit)), ' ', markers(f.sources)))) : null))));
  });
  part('careerProgression', 'Career progression', (body, roles) => {
    const withBase = roles.filter((r) => r.baseSalary && r.baseSalary.min !== null);
    if (withBase.length) {
      rangeChart(body, {
        label: 'Base salary by career role',
        items: withBase.map((r) => ({ name: `${r.title} (${r.track})`, range: r.baseSalary, detail: r.summary })),
      });
    }
    body.append(el('ul', { class: 'roles' }, roles.map((r) => el('li', {},
      el('strong', {}, r.title), ` (${r.track} track)`, r.sources && r.sources.length ? ['\u00a0', markers(r.sources)] : null, ': ',
      r.baseSalary ? el('span', { class: 'figure-line' }, `base ${range(r.baseSalary)}. `) : null, r.summary))));
  });
  part('faq', 'Questions people ask', (body, items) => {
    body.append(el('div', { class: 'faq' }, items.map((f) => el('details', {},
      el('summary', {}, f.question), el('p', {}, cited(f.answer, f.sources))))));
  });
  part('sources', 'Sources', (body, sources) => {
    body.append(el('ol', { class: 'sources' }, sources.map((s) => el('li', { id: `source-${s.id}`, value: s.id },
      s.label, s.url ? [' ', el('a', { href: s.url, rel: 'noreferrer' }, s.url)] : null))));
  });
  // a gap in a part of the answer this page has no section for is still said, under the title
  main.querySelector('.page-header').append(...(guide.dataGaps || []).filter((g) => !shown.has(g.section))
    .map((g) => notice('gap', 'Data gap:', g.detail)));
}

function classification(c, max) {
  const name = c.title ? `${c.title} (SOC ${c.socCode})` : `SOC ${c.socCode}`;
  const card = el('article', { class: 'card classification', dataset: { soc: c.socCode } },
    el('h3', {}, name, ' ', markers(c.sources)),
    el('p', { class: 'role' }, el('span', { class: 'badge' }, ROLES[c.role] || c.role), ' ', c.rationale));
  if (c.percentiles && c.percentiles.length) {
    percentileChart(card, {
      label: `${name}: annual wage by percentile`,
      series: [{ name: c.title || c.socCode, percentiles: c.percentiles }],
      max,
    });
    card.append(percentileTable(`${name}, national, BLS OEWS May ${c.dataYear}`, c.percentiles));
  }
  if (c.projectedGrowth) {
    const g = c.projectedGrowth;
    card.append(el('p', {}, cited(`Employment is projected to grow ${g.percent}% from ${g.fromYear} to ${g.toYear}.`, g.sources)));
  }
  return card;
}

function experience(body, levels, guide) {
  const withBase = levels.filter((l) => l.baseSalary && l.baseSalary.min !== null);
  if (withBase.length) {
    rangeChart(body, {
      label: 'Base salary by experience level',
      items: withBase.map((l) => ({ name: `${l.title} (${years(l.minYears, l.maxYears)})`, range: l.baseSalary, detail: l.summary })),
    });
  }
  body.append(el('div', { class: 'cards' }, levels.map((l) => el('article', { class: 'card' },
    el('h3', {}, l.title, ' ', markers(l.sources)),
    el('p', { class: 'eyebrow' }, years(l.minYears, l.maxYears)),
    el('dl', { class: 'facts' },
      l.baseSalary ? [el('dt', {}, 'Base salary'), el('dd', {}, range(l.baseSalary))] : null,
      l.phdBaseSalary ? [el('dt', {}, 'Base with a PhD'), el('dd', {}, range(l.phdBaseSalary))] : null,
      l.totalCompensation ? [el('dt', {}, 'Total compensation'), el('dd', {}, range(l.totalCompensation))] : null,
      l.benchmark ? [el('dt', {}, 'BLS benchmark'), el('dd', {}, benchmarkText(l.benchmark, guide))] : null),
    el('p', {}, l.summary)))));
}

function benchmarkText(b, guide) {
  const c = (guide.classifications || []).find((x) => x.socCode === b.socCode);
  const who = b.socCode ? `${c && c.title ? c.title : 'SOC'} ${b.socCode}, ` : '';
  const p = b.percentiles;
  if (!p || p.min === null || p.min === undefined) {
    return who ? who.slice(0, -2) : 'no BLS figure';
  }
  const band = p.max === null || p.max === undefined
    ? `at or above the ${percentileName(p.min).toLowerCase()} percentile`
    : `${percentileName(p.min).toLowerCase()} to ${percentileName(p.max).toLowerCase()} percentile`;
  const text = `${who}${band}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function rankedAreas(body, areas, kind) {
  if (areas.length === 0) {
    body.append(el('p', {}, 'No area figures are held for this guide.'));
    return;
  }
  rankedChart(body, {
    label: `${kind}s ranked by annual mean wage`,
    items: areas.map((a) => ({ rank: a.rank, name: a.name, value: a.annualMeanWage, status: 'reported' })),
  });
  body.append(foldedTable('These figures as a table', table(`${kind}s by annual mean wage`, ['Rank', kind, 'Annual mean wage'],
    areas.map((a) => [String(a.rank), [a.name, ' ', markers(a.sources)], money(a.annualMeanWage)]), [2])));
}

function offerSection(guide, toc) {
  const s = section('offer', 'Check an offer', {
    intro: el('p', { class: 'section-intro' }, 'Where does a base salary land against this guide\u2019s figures, and what could you counter with?'),
  });
  toc.append(el('li', {}, el('a', { href: '#offer' }, 'Check an offer')));
  main.append(s.node);
  const option = (a) => ({ value: a.code, label: a.name });
  const { form, result } = offerForm({
    id: 'offer-form',
    submitLabel: 'Evaluate offer',
    fields: [
      { name: 'annualBase', label: 'Base salary (US$ a year)', required: true, numeric: true, placeholder: '150,000' },
      { name: 'state', label: 'State', hint: 'Two-letter code, e.g. CA', list: (guide.topStates || []).map(option), placeholder: 'CA' },
      { name: 'metro', label: 'Metro area', hint: 'CBSA code or BLS title', list: (guide.topMetros || []).map(option), placeholder: '41940' },
      { name: 'yearsOfExperience', label: 'Years of experience', numeric: true, placeholder: '4' },
    ],
    onSubmit: async (values) => {
      const answer = await postJson(`/api/v1/guides/${encodeURIComponent(slug)}/offer-evaluations`, values);
      return offerResult(answer, guide);
    },
  });
  s.body.append(form, result);
}

function offerResult(e, guide) {
  const offerText = money(e.annualBase);
  const byCode = new Map((guide.classifications || []).map((c) => [c.socCode, c]));
  let draw = null;
  const nodes = [el('h3', {}, `Where ${offerText} lands`), ...answerNotices(e, { classifications: 'The national figures', location: 'The area figures' })];
  const results = e.classifications || [];
  if (results.length) {
    nodes.push(el('ul', { class: 'standings' }, results.map((r) => {
      const c = byCode.get(r.socCode);
      return el('li', { dataset: { soc: r.socCode } }, el('strong', {}, c && c.title ? `${c.title} (${r.socCode})` : r.socCode), ': ',
        el('span', { class: 'standing' }, standingText(r)));
    })));
    const charted = results.map((r) => ({ r, c: byCode.get(r.socCode) })).filter(({ c }) => c && c.percentiles && c.percentiles.length);
    if (charted.length) {
      const box = el('div', { class: 'offer-chart' });
      nodes.push(box);
      draw = () => percentileChart(box, {
        label: `Where ${offerText} lands in each classification`,
        series: charted.map(({ c }) => ({ name: `${c.title || c.socCode} (${c.socCode})`, percentiles: c.percentiles })),
        // one line across every classification: its rank in each is in the list above
        offer: { annual: e.annualBase, label: charted.length === 1 ? markerLabel(offerText, charted[0].r) : `Offer ${offerText}` },
      });
    }
  }
  const facts = [];
  if (e.experienceLevel) {
    const l = e.experienceLevel;
    facts.push(el('dt', {}, l.title), el('dd', {}, `base ${range(l.baseSalary)}; the offer is ${l.position} that range`));
  }
  if (e.location) {
    const loc = e.location;
    if (loc.state) {
      facts.push(el('dt', {}, loc.stateName || loc.state), el('dd', {}, areaText(loc.annualMeanWage, loc.ratioToMean, loc.basis, loc.socCode, loc.dataYear), ' ', markers(loc.sources)));
    }
    if (loc.metro) {
      const m = loc.metro;
      facts.push(el('dt', {}, m.name || m.code), el('dd', {}, areaText(m.annualMeanWage, m.ratioToMean, m.basis, m.socCode, m.dataYear), ' ', markers(m.sources)));
    }
  }
  facts.push(el('dt', {}, 'Suggested counter'), el('dd', { class: 'counter' }, e.suggestedCounter
    ? el('strong', {}, range(e.suggestedCounter))
    : 'none: the guide\u2019s figures give no higher counter for this offer'));
  nodes.push(el('dl', { class: 'facts' }, facts));
  if (e.talkingPoints && e.talkingPoints.length) {
    nodes.push(el('h4', {}, 'Talking points'), el('ul', { class: 'talking-points' }, e.talkingPoints.map((t) => el('li', {}, textWithMarkers(t)))));
  }
  return { nodes, draw };
}

function areaText(mean, ratio, basis, socCode, dataYear) {
  if (mean === null || mean === undefined) {
    return 'no annual mean wage is known for this area';
  }
  const whose = basis === 'bls-oews' ? `BLS figure for SOC ${socCode}, May ${dataYear}` : BASIS[basis] || basis;
  const percent = ratio === null || ratio === undefined ? '' : `; the offer is ${(ratio * 100).toFixed(1)}% of it`;
  return `annual mean wage ${money(mean)} (${whose})${percent}`;
}
