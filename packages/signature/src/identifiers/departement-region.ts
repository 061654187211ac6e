import type { REGION_CODES } from './region-code.js';

/** A région's COG code. */
export type RegionCode = (typeof REGION_CODES)[number];

/**
 * The région of each of the 101 départements (COG since 2016), by département code. The
 * registry's official list of collectivities says the same (a registry test compares them);
 * this copy lets the browser group départements into régions without that list.
 */
export const DEPARTEMENT_REGION: Readonly<Record<string, RegionCode>> = {
  .../* @__PURE__ */ each('84', '01 03 07 15 26 38 42 43 63 69 73 74'),
  .../* @__PURE__ */ each('32', '02 59 60 62 80'),
  .../* @__PURE__ */ each('93', '04 05 06 13 83 84'),
  .../* @__PURE__ */ each('44', '08 10 51 52 54 55 57 67 68 88'),
  .../* @__PURE__ */ each('76', '09 11 12 30 31 32 34 46 48 65 66 81 82'),
  .../* @__PURE__ */ each('28', '14 27 50 61 76'),
  .../* @__PURE__ */ each('75', '16 17 19 23 24 33 40 47 64 79 86 87'),
  .../* @__PURE__ */ each('24', '18 28 36 37 41 45'),
  .../* @__PURE__ */ each('94', '2A 2B'),
  .../* @__PURE__ */ each('27', '21 25 39 58 70 71 89 90'),
  .../* @__PURE__ */ each('53', '22 29 35 56'),
  .../* @__PURE__ */ each('52', '44 49 53 72 85'),
  .../* @__PURE__ */ each('11', '75 77 78 91 92 93 94 95'),
  '971': '01',
  '972': '02',
  '973': '03',
  '974': '04',
  '976': '06',
};

function each(region: RegionCode, departements: string): Record<string, RegionCode> {
  return Object.fromEntries(departements.split(' ').map((code) => [code, region]));
}

/** The région of a département (its COG code), or `undefined` for an unknown code. */
export function regionOfDepartement(departementCode: string): RegionCode | undefined {
  return Object.hasOwn(DEPARTEMENT_REGION, departementCode)
    ? DEPARTEMENT_REGION[departementCode]
    : undefined;
}
