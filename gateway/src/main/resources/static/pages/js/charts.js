// The pages' charts: option builders for Apache ECharts (from the WebJar), drawn on canvas. Every bar carries its
// value as a label and every status is words, so no chart depends on colour; tooltips are drawn on the canvas too
// (richText), which keeps the pages within their Content-Security-Policy (no inline styles). Labels are plain
// strings in the option (not functions), so what a chart says can be read back with getOption().
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';
import { el } from './dom.js';
import { money, hourly, percentileName, range, shortMoney, statusText } from './format.js';

const COLORS = ['#2f5d8a', '#b5542d', '#3b7d4f', '#6b4f99'];
const INK = '#1b1f24';
const MUTED = '#5b6570';
const FONT = { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', color: INK };
const COMPACT_WIDTH = 560;

/**
 * A chart in its own box: build(compact) returns the ECharts option for a narrow (phone) or wide box, and is called
 * again when the box crosses that width. Returns the ECharts instance.
 */
export function mountChart(container, { height, label, build }) {
  const box = el('div', { class: 'chart', 'data-chart': label });
  box.style.height = `${height}px`;
  container.append(box);
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  let compact = box.clientWidth < COMPACT_WIDTH;
  chart.setOption(withDefaults(build(compact), label));
  new ResizeObserver(() => {
    const now = box.clientWidth < COMPACT_WIDTH;
    if (now !== compact) {
      compact = now;
      chart.setOption(withDefaults(build(compact), label), true);
    }
    chart.resize();
  }).observe(box);
  return chart;
}

function withDefaults(option, label) {
  return {
    color: COLORS,
    textStyle: FONT,
    animation: false,
    aria: { enabled: true, label: { description: label } },
    ...option,
  };
}

function tooltip(formatter) {
  return { trigger: 'item', renderMode: 'richText', confine: true, formatter, backgroundColor: '#fff', borderColor: MUTED, textStyle: { color: INK } };
}

function moneyAxis(compact, extra = {}) {
  return {
    type: 'value',
    axisLabel: { formatter: (v) => shortMoney(v), color: MUTED, hideOverlap: true },
    splitLine: { lineStyle: { color: '#e3e6ea' } },
    splitNumber: compact ? 3 : 5,
    ...extra,
  };
}

/** Category names written above their bars, across the chart's width (long metro names fit on a phone). */
function namesAboveBars(names) {
  return {
    type: 'category',
    inverse: true,
    data: names,
    axisTick: { show: false },
    axisLine: { show: false },
    axisLabel: { inside: true, verticalAlign: 'bottom', padding: [0, 0, 9, 0], color: INK, fontSize: 13 },
    z: 10,
  };
}

/**
 * The percentile distribution of one or more wage series ({name, percentiles: [{percentile, annual, hourly,
 * annualStatus, hourlyStatus}]}): annual amounts as bars, hourly ones in the tooltip. offer ({annual, label}) draws a
 * marker line where an offer lands.
 */
export function percentileChart(container, { series, offer = null, label, max = null }) {
  const percentiles = [...new Set(series.flatMap((s) => s.percentiles.map((p) => p.percentile)))].sort((a, b) => a - b);
  const highest = Math.max(1, ...series.flatMap((s) => s.percentiles.map((p) => p.annual || 0)));
  // on a phone the legend is one series a line, above the marker line's label
  const legendHeight = (compact) => (series.length > 1 ? (compact ? series.length * 20 : 24) : 0);
  const build = (compact) => ({
    grid: { left: 8, right: compact ? 78 : 150, top: 10 + legendHeight(compact) + (offer ? 24 : 0), bottom: 8, containLabel: true },
    legend: series.length > 1 ? { top: 0, left: 0, orient: compact ? 'vertical' : 'horizontal', textStyle: FONT } : undefined,
    tooltip: tooltip((p) => {
      const d = p.data;
      return [p.seriesName, d.percentile === 50 ? 'Median (50th percentile)' : `${percentileName(d.percentile)} percentile`,
        d.annualStatus === 'not-available' || d.annual === null ? 'annual: not available' : `${money(d.annual)} a year`,
        d.hourly === null || d.hourly === undefined ? 'hourly: not available' : `${hourly(d.hourly)} an hour`,
        statusText(d.annualStatus)].join('\n');
    }),
    xAxis: moneyAxis(compact, niceAxis(0, Math.max(highest, max || 0, offer ? offer.annual * 1.05 : 0), compact)),
    yAxis: { type: 'category', data: percentiles.map(percentileName), axisTick: { show: false }, axisLabel: { color: INK } },
    series: series.map((s, i) => ({
      type: 'bar',
      name: s.name,
      barMaxWidth: 26,
      label: { show: true, position: 'right', color: INK },
      data: percentiles.map((pct) => {
        const p = s.percentiles.find((x) => x.percentile === pct) || { percentile: pct, annual: null, hourly: null, annualStatus: 'not-available' };
        const missing = p.annual === null || p.annualStatus === 'not-available';
        const d = { value: missing ? 0 : p.annual, percentile: pct, annual: missing ? null : p.annual, hourly: p.hourly, annualStatus: missing ? 'not-available' : p.annualStatus };
        return { ...d, label: { formatter: barLabel(d, compact) } };
      }),
      markLine: i === 0 && offer ? offerLine(offer) : undefined,
    })),
  });
  return mountChart(container, { height: 60 + series.length * 20 + (offer ? 24 : 0) + percentiles.length * (series.length > 1 ? 52 : 40), label, build });
}

function barLabel(d, compact) {
  if (d.annual === null) {
    return 'not available';
  }
  if (d.annualStatus === 'top-coded') {
    return compact ? `${money(d.annual)}+` : `${money(d.annual)}+ top-coded`;
  }
  return money(d.annual);
}

function offerLine(offer) {
  return {
    symbol: 'none',
    silent: true,
    data: [{ xAxis: offer.annual, name: 'offer' }],
    lineStyle: { color: INK, type: 'dashed', width: 2 },
    label: { show: true, position: 'end', formatter: offer.label, color: INK, fontWeight: 'bold' },
  };
}

/** Areas ranked by a wage ({name, value, status}), the highest first, each bar labelled with its amount. */
export function rankedChart(container, { items, label, seriesName = 'Annual mean wage' }) {
  const build = (compact) => ({
    grid: { left: 8, right: compact ? 74 : 96, top: 4, bottom: 4, containLabel: false },
    tooltip: tooltip((p) => `${p.name}\n${seriesName}: ${p.data.status === 'not-available' ? 'not available' : money(p.data.value)}${p.data.status === 'top-coded' ? '+ (top-coded)' : ''}`),
    xAxis: moneyAxis(compact, { show: false, max: (v) => v.max }),
    yAxis: namesAboveBars(items.map((i) => `${i.rank}. ${i.name}`)),
    series: [{
      type: 'bar',
      name: seriesName,
      barWidth: 12,
      label: { show: true, position: 'right', color: INK },
      data: items.map((i) => {
        const missing = i.value === null || i.value === undefined || i.status === 'not-available';
        return { value: missing ? 0 : i.value, status: missing ? 'not-available' : i.status,
          label: { formatter: missing ? 'not available' : `${money(i.value)}${i.status === 'top-coded' ? '+' : ''}` } };
      }),
    }],
  });
  return mountChart(container, { height: 12 + items.length * 46, label, build });
}

/**
 * Ranges as floating bars from min to max ({name, range, unit, detail}). An open top (max null) runs on to the edge
 * of the chart, striped and dashed, and its label ends in "+"; a printed top with a plus (maxAtLeast) is drawn solid
 * up to that figure and open beyond it.
 */
export function rangeChart(container, { items, label, unit = 'usd' }) {
  const tops = items.map((i) => top(i.range));
  const highest = Math.max(...tops);
  const lowest = Math.min(...items.map((i) => i.range.min));
  // the open tops run on past the highest printed figure to the axis end
  const axisFor = (compact) => niceAxis(unit === 'percent' ? 0 : lowest * 0.8, highest * 1.15, compact);
  const open = (i) => i.range.max === null || i.range.max === undefined;
  const build = (compact) => {
    const { min: axisMin, max: axisMax, interval } = axisFor(compact);
    const text = (i) => range(i.range, unit, compact);
    const longest = Math.max(...items.map((i) => text(i).length));
    const labelled = (i, segment) => ({ show: segment === (open(i) ? 'open' : 'closed'), position: 'right', color: INK, formatter: text(i) });
    return {
      grid: { left: 24, right: 12 + longest * 7, top: 4, bottom: 24, containLabel: false },
      tooltip: tooltip((p) => {
        const i = items[p.dataIndex];
        return [i.name, range(i.range, unit), i.detail, open(i) ? 'open top: no published upper figure' : null].filter(Boolean).join('\n');
      }),
      xAxis: { ...moneyAxis(compact), min: axisMin, max: axisMax, interval,
        axisLabel: { color: MUTED, hideOverlap: true, formatter: (v) => (unit === 'percent' ? `${v}%` : shortMoney(v)) } },
      yAxis: namesAboveBars(items.map((i) => i.name)),
      series: [
        { type: 'bar', stack: 'range', silent: true, barWidth: 12, itemStyle: { color: 'transparent' }, tooltip: { show: false },
          data: items.map((i) => i.range.min) },
        { type: 'bar', stack: 'range', name: 'range', barWidth: 12, barMinHeight: 3,
          data: items.map((i, n) => ({ value: tops[n] - i.range.min, label: labelled(i, 'closed') })) },
        { type: 'bar', stack: 'range', name: 'open top', barWidth: 12,
          itemStyle: { color: '#dfe7f0', borderColor: COLORS[0], borderType: 'dashed', borderWidth: 1.5,
            decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4, color: 'rgba(47,93,138,0.55)' } },
          data: items.map((i, n) => (open(i) ? { value: axisMax - tops[n], label: labelled(i, 'open') } : { value: 0, label: { show: false } })) },
      ],
    };
  };
  return mountChart(container, { height: 36 + items.length * 46, label, build });
}

const STEPS = [5, 10, 20, 25, 50, 10000, 20000, 25000, 50000, 100000, 200000, 250000, 500000, 1000000];

/**
 * An axis from about low to above high with round ticks that leave room for each label (at most 4 intervals on a
 * phone, 6 on a desktop): "$0 $50k ... $250k", never a last tick squeezed in at "$211k".
 */
function niceAxis(low, high, compact) {
  const intervals = compact ? 4 : 6;
  const span = (step) => Math.ceil(high / step) - Math.floor(low / step);
  const step = STEPS.find((x) => span(x) <= intervals) || STEPS[STEPS.length - 1];
  return { min: Math.floor(low / step) * step, max: Math.ceil(high / step) * step, interval: step };
}

/** Where a range's drawn solid part ends: its max, else the printed top of an open range, else its min. */
function top(r) {
  return r.max ?? r.maxAtLeast ?? r.min;
}
