// Reads and writes the public JSON API. Every failure becomes a Problem carrying what the API said (RFC 9457:
// title, detail, errors[].field/message), so the pages can show it as a person would read it.

export class Problem extends Error {
  constructor(status, body, retryAfter) {
    const detail = body && body.detail ? body.detail : null;
    super(detail || (body && body.title) || `The server answered ${status}.`);
    this.status = status;
    this.title = (body && body.title) || (status === 0 ? 'No answer' : `Error ${status}`);
    this.detail = detail;
    this.errors = body && Array.isArray(body.errors) ? body.errors : [];
    this.retryAfter = retryAfter;
  }
}

async function read(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (response.ok) {
    return body;
  }
  throw new Problem(response.status, body, response.headers.get('Retry-After'));
}

async function send(path, init) {
  let response;
  try {
    response = await fetch(path, init);
  } catch (unreachable) {
    throw new Problem(0, { title: 'No answer', detail: 'The server could not be reached. Check your connection and try again.' });
  }
  return read(response);
}

export function getJson(path) {
  return send(path, { headers: { Accept: 'application/json' } });
}

export function postJson(path, body) {
  return send(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}
