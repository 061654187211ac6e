/** Upper bounds on every free-text field, so no stored string is unbounded. */
export const TEXT_LIMITS = {
  name: 200,
  personName: 100,
  short: 120,
  label: 300,
  paragraph: 4_000,
  url: 2_048,
  email: 254,
  phone: 32,
} as const;
