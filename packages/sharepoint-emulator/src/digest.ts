/**
 * Form digests (SHAREPOINT-REST.md §4.2): issued by `POST /_api/contextinfo`, valid for one
 * user on one site for 30 minutes of the injected clock.
 */
import { errors } from './errors.js';
import { digestValue } from './names.js';

export const DIGEST_SECONDS = 1800;

interface Issued {
  siteUrl: string;
  userId: number;
  expires: number;
}

export class Digests {
  private readonly issued = new Map<string, Issued>();

  constructor(private readonly now: () => number) {}

  issue(siteUrl: string, userId: number): string {
    const at = this.now();
    const value = digestValue(at);
    this.issued.set(value, { siteUrl, userId, expires: at + DIGEST_SECONDS * 1000 });
    return value;
  }

  /** Throws SharePoint's 403 for a missing, foreign or expired digest. */
  check(value: string | null, siteUrl: string, userId: number): void {
    const d = value ? this.issued.get(value.trim()) : undefined;
    if (!d || d.siteUrl !== siteUrl || d.userId !== userId) throw errors.digestInvalid();
    if (this.now() >= d.expires) throw errors.digestExpired();
  }
}
