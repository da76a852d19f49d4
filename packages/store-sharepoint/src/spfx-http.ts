/**
 * SpHttp inside SPFx, over the web part's `SPHttpClient` (typed structurally: stores never
 * import SPFx). SPHttpClient adds the request digest itself; we send its OData 4.0 defaults
 * explicitly (SHAREPOINT-REST.md §1), since 4.0 with `odata=nometadata` is a 406.
 */
import { withHeaders, type SpHttp } from './http.js';

/** The part of `@microsoft/sp-http`'s SPHttpClient we use. */
export interface SPHttpClientLike {
  get(url: string, configuration: unknown, options?: RequestInit): Promise<Response>;
  post(url: string, configuration: unknown, options?: RequestInit): Promise<Response>;
}

const V4 = { Accept: 'application/json;odata.metadata=minimal', 'OData-Version': '4.0' };

export class SpfxHttp implements SpHttp {
  readonly siteUrl: string;

  /** `configuration`: `SPHttpClient.configurations.v1`, passed through untouched. */
  constructor(
    siteUrl: string,
    private readonly client: SPHttpClientLike,
    private readonly configuration: unknown,
  ) {
    this.siteUrl = siteUrl.replace(/\/$/, '');
  }

  get(url: string, init?: RequestInit): Promise<Response> {
    return this.client.get(url, this.configuration, withHeaders(init, V4));
  }

  post(url: string, init?: RequestInit): Promise<Response> {
    return this.client.post(url, this.configuration, withHeaders(init, V4));
  }
}
