import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  commitmentGroups,
  commitments,
  manifestoContentHash,
  plateformcoop2023,
  safeParseCommitment,
  safeParseManifesto,
} from '../index.js';

describe('the reference manifesto', () => {
  it('parses against its own schema', () => {
    expect(safeParseManifesto(plateformcoop2023).success).toBe(true);
  });

  it('carries the hash of its own content', async () => {
    const { contentHash, ...content } = plateformcoop2023;
    expect(await manifestoContentHash(content)).toBe(contentHash);
  });

  it('changes hash when a single word of the text changes', async () => {
    const { contentHash, ...content } = plateformcoop2023;
    const edited = structuredClone(content);
    edited.texts.fr.sections[0]!.paragraphs[0] += ' ';
    expect(await manifestoContentHash(edited)).not.toBe(contentHash);
  });

  it('has the same sections in French and English, and keeps the original typo fixed', () => {
    const fr = plateformcoop2023.texts.fr.sections.map((s) => s.id);
    const en = plateformcoop2023.texts.en?.sections.map((s) => s.id);
    expect(en).toEqual(fr);
    const text = JSON.stringify(plateformcoop2023.texts.fr);
    expect(text).not.toContain('manfeste');
    expect(text).toContain('CoopCircuits');
  });

  it('lists every modality of the text, in groups that exist, with French and English words', () => {
    expect(commitments).toHaveLength(13);
    const groups = new Set(commitmentGroups.map((g) => g.id));
    for (const c of commitments) {
      expect(groups.has(c.group), c.id).toBe(true);
      expect(c.label.en && c.description.en, c.id).toBeTruthy();
    }
    expect(new Set(commitments.map((c) => c.id)).size).toBe(commitments.length);
    expect(commitments.filter((c) => c.group === 'soutenir-le-modele')).toHaveLength(7);
  });

  it('accepts all four kinds of signatory', () => {
    expect(plateformcoop2023.acceptedKinds).toEqual([
      'collectivity',
      'platform',
      'organization',
      'individual',
    ]);
  });
});

describe('Manifesto and Commitment schemas', () => {
  it('reject a manifesto without text, a bad id or a bad hash', () => {
    expect(safeParseManifesto({ ...plateformcoop2023, texts: {} }).success).toBe(false);
    expect(safeParseManifesto({ ...plateformcoop2023, id: 'Plateformcoop 2023' }).success).toBe(
      false,
    );
    expect(safeParseManifesto({ ...plateformcoop2023, contentHash: 'sha256:xyz' }).success).toBe(
      false,
    );
    expect(safeParseManifesto({ ...plateformcoop2023, acceptedKinds: [] }).success).toBe(false);
    expect(safeParseManifesto({ ...plateformcoop2023, publishedOn: 'novembre 2023' }).success).toBe(
      false,
    );
  });

  it('reject a commitment meant for nobody or without French words', () => {
    const c = commitments[0];
    expect(safeParseCommitment({ ...c, forKinds: [] }).success).toBe(false);
    expect(safeParseCommitment({ ...c, label: { en: 'x' } }).success).toBe(false);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});
