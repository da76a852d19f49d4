/**
 * OData formats (SHAREPOINT-REST.md §1): which one a request asks for, and how entities,
 * collections, function results and errors look in each.
 */
import { SpError } from './errors.js';

/** verbose / minimal / nometadata are OData 3.0 (JSON light for the last two); v4* are 4.0. */
export type Format = 'verbose' | 'minimal' | 'nometadata' | 'v4minimal' | 'v4none';

export const isV4 = (f: Format): boolean => f.startsWith('v4');

const notAcceptable = (why: string) => new SpError(406, '-1, Microsoft.SharePoint.Client.ClientServiceException', why);

/**
 * Reads `Accept` and `OData-Version`. 3.0 is the default without `OData-Version`. Mixing the
 * versions' syntaxes (`odata=` under 4.0, `odata.metadata=` under 3.0) is a 406: the first is
 * sourced [I1], the second is the strictest reading of an UNVERIFIED case. No JSON in `Accept`
 * would be Atom XML in SharePoint; the emulator does not speak Atom and answers 406 instead.
 */
export function negotiate(headers: Headers): Format {
  const v4 = (headers.get('OData-Version') ?? '').trim().startsWith('4');
  const accept = headers.get('Accept') ?? '';
  const json = accept
    .split(',')
    .map((range) => range.split(';').map((p) => p.trim()))
    .find(([type]) => type?.toLowerCase() === 'application/json');
  if (!json)
    throw notAcceptable(
      'The emulator serves JSON only: send Accept: application/json (SharePoint would answer Atom XML).',
    );
  const params = new Map(
    json.slice(1).map((p) => {
      const [k = '', v = ''] = p.split('=');
      return [k.trim().toLowerCase(), v.trim().toLowerCase()] as const;
    }),
  );
  const v3Level = params.get('odata');
  const v4Level = params.get('odata.metadata');
  if (v4) {
    if (v3Level !== undefined) throw notAcceptable(`OData-Version 4.0 does not accept odata=${v3Level}.`);
    return v4Level === 'none' ? 'v4none' : 'v4minimal';
  }
  if (v4Level !== undefined) throw notAcceptable(`odata.metadata=${v4Level} needs OData-Version: 4.0.`);
  if (v3Level === 'verbose') return 'verbose';
  if (v3Level === 'nometadata') return 'nometadata';
  return 'minimal';
}

export function contentType(f: Format): string {
  switch (f) {
    case 'verbose':
      return 'application/json;odata=verbose;charset=utf-8';
    case 'minimal':
      return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
    case 'nometadata':
      return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    case 'v4minimal':
      return 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
    case 'v4none':
      return 'application/json;odata.metadata=none;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
  }
}

/** What the annotations of one entity need. `path` is relative to `/_api/`. */
export interface EntityMeta {
  type: string;
  path: string;
  etag?: string;
}

/** One entity inside a body: annotated per format, not yet wrapped. */
export function annotate(
  f: Format,
  apiUrl: string,
  props: Record<string, unknown>,
  meta: EntityMeta,
): Record<string, unknown> {
  const etag = meta.etag === undefined ? {} : undefined;
  switch (f) {
    case 'verbose':
      return {
        __metadata: {
          id: `${apiUrl}${meta.path}`,
          uri: `${apiUrl}${meta.path}`,
          ...(etag ?? { etag: meta.etag }),
          type: meta.type,
        },
        ...props,
      };
    case 'minimal':
      return {
        'odata.type': meta.type,
        'odata.id': `${apiUrl}${meta.path}`,
        ...(etag ?? { 'odata.etag': meta.etag }),
        'odata.editLink': meta.path,
        ...props,
      };
    case 'v4minimal':
      return {
        '@odata.type': `#${meta.type}`,
        '@odata.id': `${apiUrl}${meta.path}`,
        ...(etag ?? { '@odata.etag': meta.etag }),
        '@odata.editLink': meta.path,
        ...props,
      };
    default:
      return props;
  }
}

/** A multi-valued property: `{results:[…]}` in verbose, a plain array otherwise. */
export function many(f: Format, values: readonly unknown[], type?: string): unknown {
  if (f !== 'verbose') return values;
  return type ? { __metadata: { type }, results: values } : { results: values };
}

/** A single entity's body; `context` names the entity set for the metadata URL. */
export function single(f: Format, apiUrl: string, entity: Record<string, unknown>, context: string): unknown {
  switch (f) {
    case 'verbose':
      return { d: entity };
    case 'minimal':
      return { 'odata.metadata': `${apiUrl}$metadata#${context}/@Element`, ...entity };
    case 'v4minimal':
      return { '@odata.context': `${apiUrl}$metadata#${context}/$entity`, ...entity };
    default:
      return entity;
  }
}

/** A collection body with its next-page link under the key each format uses. */
export function collection(f: Format, apiUrl: string, entities: unknown[], context: string, next?: string): unknown {
  const link = next === undefined ? {} : undefined;
  switch (f) {
    case 'verbose':
      return { d: { results: entities, ...(link ?? { __next: next }) } };
    case 'minimal':
      return {
        'odata.metadata': `${apiUrl}$metadata#${context}`,
        value: entities,
        ...(link ?? { 'odata.nextLink': next }),
      };
    case 'nometadata':
      return { value: entities, ...(link ?? { 'odata.nextLink': next }) };
    case 'v4minimal':
      return {
        '@odata.context': `${apiUrl}$metadata#${context}`,
        value: entities,
        ...(link ?? { '@odata.nextLink': next }),
      };
    case 'v4none':
      return { value: entities, ...(link ?? { '@odata.nextLink': next }) };
  }
}

/** A function's result: verbose wraps it under the function's name, JSON light returns it bare. */
export function functionResult(
  f: Format,
  apiUrl: string,
  name: string,
  value: Record<string, unknown>,
  context: string,
): unknown {
  if (f === 'verbose') return { d: { [name]: value } };
  if (f === 'v4minimal') return { '@odata.context': `${apiUrl}$metadata#${context}`, ...value };
  if (f === 'minimal') return { 'odata.metadata': `${apiUrl}$metadata#${context}`, ...value };
  return value;
}

/**
 * The error envelope: `odata.error` in JSON light, `error` with a `{lang,value}` message in
 * verbose. The 4.0 shape is UNVERIFIED; the emulator uses OData 4.0's standard one
 * (`{"error":{"code","message":"text"}}`, message a plain string), so a store must read both.
 */
export function errorBody(f: Format | undefined, e: SpError): unknown {
  const message = { lang: 'en-US', value: e.message };
  if (f === 'verbose') return { error: { code: e.code, message } };
  if (f && isV4(f)) return { error: { code: e.code, message: e.message } };
  return { 'odata.error': { code: e.code, message } };
}

export function json(
  f: Format | undefined,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  const h = new Headers(headers);
  h.set('Content-Type', contentType(f ?? 'nometadata'));
  if (f && isV4(f)) h.set('OData-Version', '4.0');
  return new Response(JSON.stringify(body), { status, headers: h });
}

export function errorResponse(f: Format | undefined, e: SpError): Response {
  return json(f, e.status, errorBody(f, e), e.headers);
}
