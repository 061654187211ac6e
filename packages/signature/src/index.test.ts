import { describe, expect, it } from 'vitest';
import * as api from './index.js';

// The names issue 3 makes a contract: other packages and other sites rely on them.
const CONTRACT = [
  'validateSignature',
  'validateField',
  'isValidSiren',
  'isValidSiret',
  'isValidInseeCode',
  'isValidDepartementCode',
  'isValidRegionCode',
  'isValidPostalCode',
  'normalizeSiren',
  'normalizeSiret',
  'normalizeInseeCode',
  'normalizeDepartementCode',
  'normalizeRegionCode',
  'normalizePostalCode',
  'signatureKey',
  'transition',
  'createToken',
  'verifyToken',
  'signAttestation',
  'verifyAttestation',
  'createProofOfWorkChallenge',
  'verifyProofOfWork',
  'messageFor',
] as const;

const exported = new Map(Object.entries(api));

describe('the public API', () => {
  it.each(CONTRACT)('exports %s', (name) => {
    expect(typeof exported.get(name)).toBe('function');
  });
});
