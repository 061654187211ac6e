import { describe, expect, it } from 'vitest';
import {
  campaignOrganizations,
  manifestos,
  PLATEFORMCOOP_2023,
  platforms,
  safeParseCampaignOrganization,
  safeParsePlatform,
} from '../index.js';

describe('reference data', () => {
  it('names the six platforms of the manifesto, each valid', () => {
    expect(platforms.map((p) => p.name)).toEqual([
      'CoopCircuits',
      'Mobicoop',
      'CoopCycle',
      'Les oiseaux de passage',
      'Tipimi',
      'Rustine libre',
    ]);
    for (const p of platforms) expect(safeParsePlatform(p).success, p.slug).toBe(true);
  });

  it('gives each platform the sector the manifesto gives it', () => {
    const sector = Object.fromEntries(platforms.map((p) => [p.slug, p.sector]));
    expect(sector).toEqual({
      coopcircuits: 'alimentation',
      mobicoop: 'mobilite',
      coopcycle: 'livraison',
      'les-oiseaux-de-passage': 'tourisme-hebergement',
      tipimi: 'partage-de-biens',
      'rustine-libre': 'reparation',
    });
  });

  it('names the five organisations that carried the programme, each valid', () => {
    expect(campaignOrganizations.map((o) => o.shortName ?? o.name)).toEqual([
      'APES Hauts-de-France',
      'Plateformes en commun',
      'IMT',
      'CAE TILT',
      'RTES',
    ]);
    for (const o of campaignOrganizations)
      expect(safeParseCampaignOrganization(o).success, o.id).toBe(true);
  });

  it('serves the manifesto under its stable id', () => {
    expect(manifestos.map((m) => m.id)).toEqual([PLATEFORMCOOP_2023]);
    expect(PLATEFORMCOOP_2023).toBe('plateformcoop-2023');
  });
});
