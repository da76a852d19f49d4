/**
 * Reads every JSON shape SharePoint answers with (SHAREPOINT-REST.md §1): nometadata and
 * minimal (`value`, `odata.nextLink`), OData 4.0 (`value`, `@odata.nextLink`) and verbose
 * (`d.results`, `d.__next`, a function result under its name).
 */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The entity of a single-entity answer (verbose's `d` unwrapped). */
export function entity(body: unknown): Json {
  const d = isObject(body) && isObject(body.d) ? body.d : body;
  return isObject(d) ? d : {};
}

/** A collection answer's rows and next-page link. */
export function rows(body: unknown): { rows: Json[]; next?: string } {
  const b = isObject(body) ? body : {};
  const d = isObject(b.d) ? b.d : undefined;
  const list = d ? d.results : b.value;
  const next = d ? d.__next : (b['odata.nextLink'] ?? b['@odata.nextLink']);
  const out = Array.isArray(list) ? list.filter(isObject) : [];
  return typeof next === 'string' ? { rows: out, next } : { rows: out };
}

/** A function's result: bare, `{value}` (JSON light) or `{d:{Name:…}}` (verbose). */
export function functionResult(body: unknown, name: string): unknown {
  const b = isObject(body) ? body : {};
  if (isObject(b.d)) return b.d[name];
  return 'value' in b ? b.value : b;
}

/** The error envelope's `code` and text, whatever the format; empty when there is none. */
export function errorOf(body: unknown): { code: string; message: string } {
  const b = isObject(body) ? body : {};
  const e = b['odata.error'] ?? b.error;
  if (!isObject(e)) return { code: '', message: '' };
  const m = e.message;
  const message = typeof m === 'string' ? m : isObject(m) && typeof m.value === 'string' ? m.value : '';
  return { code: typeof e.code === 'string' ? e.code : '', message };
}

/** The body as JSON, or undefined when it is empty or not JSON (a 429's body is UNVERIFIED). */
export async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
