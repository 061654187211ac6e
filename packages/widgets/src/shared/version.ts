declare const __PLATEFORMCOOP_WIDGETS_VERSION__: string | undefined;

/** The package version, written in by the bundler; `dev` when running from source. */
export const WIDGETS_VERSION: string =
  typeof __PLATEFORMCOOP_WIDGETS_VERSION__ === 'string' ? __PLATEFORMCOOP_WIDGETS_VERSION__ : 'dev';
