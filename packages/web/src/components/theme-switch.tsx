import { useState } from 'preact/hooks';

/** Light or dark: the system's setting by default, or what the user chose, remembered in this browser. */
type Theme = 'system' | 'light' | 'dark';

const KEY = 'perfanalysis.theme';
const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function storedTheme(): Theme {
  const value = localStorage.getItem(KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** Sets the page's theme (styles.css reads html[data-theme]; none follows the system) and remembers it. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') {
    delete document.documentElement.dataset.theme;
    localStorage.removeItem(KEY);
  } else {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem(KEY, theme);
  }
}

/** The theme select in the navigation. */
export function ThemeSwitch() {
  const [theme, setTheme] = useState(storedTheme);
  return (
    <label class="theme-switch">
      Theme
      <select
        value={theme}
        onChange={(event) => {
          const chosen = event.currentTarget.value as Theme;
          applyTheme(chosen);
          setTheme(chosen);
        }}
      >
        {(Object.keys(LABELS) as Theme[]).map((t) => (
          <option value={t} key={t}>
            {LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
