import {
  type Platform,
  type PlatformProfile,
  type PlatformWithStatus,
  platforms as referencePlatforms,
} from '@plateformcoop/model';
import type { PlatformRow, PlatformStore } from '../store/platform-store.js';
import { domainOf, slugify } from './slug.js';

/** The platforms the registry knows, and which of them signed. */
export class PlatformDirectory {
  constructor(private readonly store: PlatformStore) {}

  /** Loads (or refreshes) the reference platforms of the model; never touches signing status. */
  async seedReference(now: string): Promise<number> {
    for (const platform of referencePlatforms) {
      await this.store.upsert({
        slug: platform.slug,
        data: JSON.stringify(platform),
        origin: 'reference',
        siren: platform.siren ?? null,
        domain: domainOf(platform.website),
        signature_id: null,
        signed_at: null,
        created_at: now,
      });
    }
    return referencePlatforms.length;
  }

  async list(): Promise<PlatformWithStatus[]> {
    return (await this.store.all()).map(withStatus);
  }

  async get(slug: string): Promise<{ row: PlatformRow; platform: PlatformWithStatus } | undefined> {
    const row = await this.store.bySlug(slug);
    return row ? { row, platform: withStatus(row) } : undefined;
  }

  /**
   * The platform a signing project is: a known one with the same SIREN or website domain, or a
   * new one with its own slug. Marks it signed by `signatureId`.
   */
  async attachSignature(
    profile: PlatformProfile,
    signatureId: string,
    signedAt: string,
  ): Promise<string> {
    const domain = domainOf(profile.website);
    const known =
      (profile.siren ? await this.store.bySiren(profile.siren) : undefined) ??
      (domain ? await this.store.byDomain(domain) : undefined);
    if (known) {
      await this.store.setSignature(known.slug, signatureId, signedAt);
      return known.slug;
    }
    const base = slugify(profile.name);
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      const platform: Platform = {
        slug,
        name: profile.name,
        sector: profile.sector,
        description: { fr: profile.description ?? profile.name },
        website: profile.website,
        ...(profile.territory ? { territory: profile.territory } : {}),
        ...(profile.legalForm ? { legalForm: profile.legalForm } : {}),
        ...(profile.siren ? { siren: profile.siren } : {}),
        ...(profile.software ? { software: profile.software } : {}),
      };
      const inserted = await this.store.insertIfAbsent({
        slug,
        data: JSON.stringify(platform),
        origin: 'signature',
        siren: profile.siren ?? null,
        domain,
        signature_id: signatureId,
        signed_at: signedAt,
        created_at: signedAt,
      });
      if (inserted) return slug;
    }
  }

  /** A withdrawn (or rejected) signature revokes its platform's badge. */
  async detachSignature(signatureId: string): Promise<string | undefined> {
    const row = await this.store.bySignature(signatureId);
    if (!row) return undefined;
    await this.store.setSignature(row.slug, null, null);
    return row.slug;
  }

  /** Makes a platform a signatory again by another of its published signatures (another manifesto's). */
  async reattach(slug: string, signatureId: string, signedAt: string): Promise<void> {
    await this.store.setSignature(slug, signatureId, signedAt);
  }
}

export function withStatus(row: PlatformRow): PlatformWithStatus {
  const platform = JSON.parse(row.data) as Platform;
  return row.signature_id && row.signed_at
    ? { ...platform, signed: true, signedAt: row.signed_at }
    : { ...platform, signed: false };
}
