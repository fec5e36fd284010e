// Semantic colours: components ask for `theme.roles.heading`, never for 'cyan'.
import type { SpanRole } from '../../text/styled-line';

/** The two themes: for dark and for light terminal backgrounds. */
export type ThemeName = 'dark' | 'light';

/** How one role is coloured. */
export interface RoleColour {
  /** An Ink colour name; undefined keeps the terminal's own foreground. */
  readonly color?: string;
  /** Drawn dim. */
  readonly dim?: boolean;
}

/** The colours of the presenter. */
export interface Theme {
  /** Which theme this is. */
  readonly name: ThemeName;
  /** The colour of every kind of text. */
  readonly roles: Readonly<Record<SpanRole, RoleColour>>;
}

const DARK: Theme = {
  name: 'dark',
  roles: {
    text: {},
    title: { color: 'cyanBright' },
    heading: { color: 'cyan' },
    code: { color: 'yellow' },
    link: { color: 'blueBright' },
    url: { color: 'gray' },
    marker: { color: 'cyan' },
    quote: { color: 'gray' },
    frame: { color: 'gray' },
    muted: { color: 'gray' },
    accent: { color: 'cyanBright' },
  },
};

const LIGHT: Theme = {
  name: 'light',
  roles: {
    text: {},
    title: { color: 'blue' },
    heading: { color: 'blue' },
    code: { color: 'magenta' },
    link: { color: 'blue' },
    url: { dim: true },
    marker: { color: 'blue' },
    quote: { dim: true },
    frame: { dim: true },
    muted: { dim: true },
    accent: { color: 'blue' },
  },
};

/** The theme of a name. */
export function themeNamed(name: ThemeName): Theme {
  return name === 'light' ? LIGHT : DARK;
}

/** The theme a `COLORFGBG` value (`fg;bg`, set by rxvt, Konsole and others) implies; dark when unset or unclear. */
export function themeFromColorFgBg(value: string | undefined): ThemeName {
  const background = value?.split(';').at(-1)?.trim();
  if (background === undefined || !/^\d{1,3}$/.test(background)) return 'dark';
  const code = Number(background);
  return code === 7 || (code >= 9 && code <= 15) ? 'light' : 'dark';
}
