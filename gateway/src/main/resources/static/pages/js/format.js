// How figures read on the pages: whole dollars for annual amounts, cents for hourly ones, ranges as the guide
// prints them ("$100,000-$130,000", "$211,450+", "$170,000-$220,000+").

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat('en-US');

export function money(amount) {
  return amount === null || amount === undefined ? 'n/a' : dollars.format(amount);
}

export function hourly(amount) {
  return amount === null || amount === undefined ? 'n/a' : cents.format(amount);
}

export function number(value) {
  return value === null || value === undefined ? 'n/a' : count.format(value);
}

/** "$170k" for the narrow labels of a phone-sized chart. */
export function shortMoney(amount) {
  if (amount === null || amount === undefined) {
    return 'n/a';
  }
  if (amount === 0) {
    return '$0';
  }
  if (amount >= 1000000) {
    return `$${+(amount / 1000000).toFixed(2)}M`;
  }
  return `$${Math.round(amount / 1000)}k`;
}

/** One amount in the unit the API names beside it. */
export function amount(value, unit, short = false) {
  if (value === null || value === undefined) {
    return 'n/a';
  }
  switch (unit) {
    case 'percent':
      return `${count.format(value)}%`;
    case 'usd-per-hour':
      return hourly(value);
    case 'usd':
    case 'usd-per-year':
    case 'usd-per-event':
      return short ? shortMoney(value) : money(value);
    default:
      return count.format(value);
  }
}

/** A range {min, max, maxAtLeast}: max null is an open top, maxAtLeast the printed top of a range written with a plus. */
export function range(r, unit = 'usd', short = false) {
  if (!r || r.min === null || r.min === undefined) {
    return 'n/a';
  }
  const low = amount(r.min, unit, short);
  if (r.max === null || r.max === undefined) {
    return r.maxAtLeast === null || r.maxAtLeast === undefined
      ? `${low}+`
      : `${low}\u2013${amount(r.maxAtLeast, unit, short)}+`;
  }
  return r.min === r.max ? low : `${low}\u2013${amount(r.max, unit, short)}`;
}

const UNIT_WORDS = {
  'usd-per-year': 'a year',
  'usd-per-hour': 'an hour',
  'usd-per-event': 'each time',
  usd: 'once',
};

/** A range followed by what its unit means ("$20,000-$100,000 once"). */
export function rangeWithUnit(r, unit) {
  const words = UNIT_WORDS[unit];
  return words ? `${range(r, unit)} ${words}` : range(r, unit);
}

/** 1st, 2nd, 3rd, 11th, 71.6th. */
export function ordinal(n) {
  if (n === null || n === undefined) {
    return 'n/a';
  }
  if (!Number.isInteger(n)) {
    return `${n}th`;
  }
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) {
    return `${n}th`;
  }
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] || 'th'}`;
}

export function percentileName(p) {
  return p === 50 ? 'Median' : ordinal(p);
}

/** What a BLS status means, in words (figures are never told apart by colour alone). */
export function statusText(status) {
  switch (status) {
    case 'top-coded':
      return 'top-coded: BLS publishes only "at least" this amount';
    case 'not-available':
      return 'not available: BLS publishes no figure';
    default:
      return 'reported';
  }
}

/** An annual or hourly figure with its status: "$239,200+ (top-coded)", "not available". */
export function figure(value, status, format = money) {
  if (status === 'not-available' || value === null || value === undefined) {
    return 'not available';
  }
  return status === 'top-coded' ? `${format(value)}+ (top-coded)` : format(value);
}

export function years(minYears, maxYears) {
  if (maxYears === null || maxYears === undefined) {
    return `${minYears}+ years`;
  }
  return `${minYears}\u2013${maxYears} years`;
}
