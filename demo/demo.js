/*
 * DEMO ONLY, not part of Plein: the "acting as" bar of the demo intranet.
 *
 * This is a classic script placed after the config block and before
 * <script type="module" src="/dist/plein.js">. Classic scripts run while the page is parsed;
 * module scripts run after parsing. So the config block already names the chosen person
 * when plein.js reads it, and every element waits for that one store: no second store, no
 * reconfiguring. Switching person reloads the page.
 */
(() => {
  'use strict';

  const KEYS = { persona: 'kompas-demo.persona', theme: 'kompas-demo.theme' };

  /** The demo seed's people (DEMO_PERSONAS in @plein/store-memory). */
  const PERSONAS = [
    { key: 'member', user: 'p-sanne', nl: 'Sanne de Vries (medewerker)', en: 'Sanne de Vries (member)' },
    { key: 'moderator', user: 'p-daan', nl: 'Daan Bakker (moderator)', en: 'Daan Bakker (moderator)' },
    {
      key: 'communications',
      user: 'p-emma',
      nl: 'Emma Visser (team Communicatie)',
      en: 'Emma Visser (communications team)',
    },
    { key: 'newHire', user: 'p-lucas', nl: 'Lucas Jansen (nieuwe collega)', en: 'Lucas Jansen (new hire)' },
  ];

  const TEXT = {
    nl: {
      region: 'Demobalk',
      badge: 'Demo',
      note: 'Hoort niet bij Plein',
      actingAs: 'Bekijken als',
      theme: 'Thema',
      themes: { auto: 'Systeem', light: 'Licht', dark: 'Donker' },
      reset: 'Demodata herstellen',
      fullscreen: 'Volledig scherm',
    },
    en: {
      region: 'Demo bar',
      badge: 'Demo',
      note: 'Not part of Plein',
      actingAs: 'Acting as',
      theme: 'Theme',
      themes: { auto: 'System', light: 'Light', dark: 'Dark' },
      reset: 'Reset demo data',
      fullscreen: 'Full screen',
    },
  };

  const storage = {
    get(key) {
      try {
        return localStorage.getItem(key);
      } catch {
        return null; // storage blocked: use the defaults
      }
    },
    set(key, value) {
      try {
        localStorage.setItem(key, value);
      } catch {
        // storage blocked: the demo keeps its defaults
      }
    },
  };

  const persona = PERSONAS.find((p) => p.key === storage.get(KEYS.persona)) ?? PERSONAS[0];
  const theme = ['light', 'dark'].includes(storage.get(KEYS.theme)) ? storage.get(KEYS.theme) : 'auto';

  // 1. Before plein.js runs: the config block names the chosen person.
  const config = document.getElementById('plein-config');
  if (config) {
    try {
      const value = JSON.parse(config.textContent || '{}');
      value.store = { ...value.store, user: persona.user };
      config.textContent = JSON.stringify(value);
    } catch (error) {
      console.error('[demo] the plein-config block is not valid JSON', error);
    }
  }

  // 2. The page theme (set now, so the page does not flash light before dark).
  if (theme !== 'auto') document.documentElement.dataset.theme = theme;

  /** Plein elements follow prefers-color-scheme unless their `theme` attribute says otherwise. */
  function applyTheme(value) {
    for (const element of document.querySelectorAll(
      'plein-poll, plein-feed, plein-trending, plein-kudos-wall, plein-onboarding, plein-insights',
    )) {
      if (value === 'auto') element.removeAttribute('theme');
      else element.setAttribute('theme', value);
    }
  }

  /** Forgets what the memory store persisted (under "plein-demo"; any "plein…" key, to be sure). */
  function resetData() {
    try {
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith('plein')) localStorage.removeItem(key);
      }
    } catch {
      // storage blocked: nothing was persisted either
    }
    location.reload();
  }

  function element(tag, props, children) {
    const node = Object.assign(document.createElement(tag), props);
    for (const child of children || []) node.append(child);
    return node;
  }

  function select(label, options, current, onChange) {
    const control = element(
      'select',
      { className: 'demo-bar__select' },
      options.map(([value, text]) => element('option', { value, textContent: text, selected: value === current })),
    );
    control.addEventListener('change', () => onChange(control.value));
    return element('label', { className: 'demo-bar__field' }, [element('span', { textContent: label }), control]);
  }

  function renderBar() {
    const lang = (document.documentElement.lang || 'nl').toLowerCase().startsWith('en') ? 'en' : 'nl';
    const t = TEXT[lang];

    const personaSelect = select(
      t.actingAs,
      PERSONAS.map((p) => [p.key, p[lang]]),
      persona.key,
      (key) => {
        storage.set(KEYS.persona, key);
        location.reload();
      },
    );

    const themeSelect = select(t.theme, Object.entries(t.themes), theme, (value) => {
      storage.set(KEYS.theme, value);
      if (value === 'auto') delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = value;
      applyTheme(value);
    });

    const reset = element('button', { type: 'button', className: 'demo-bar__button', textContent: t.reset });
    reset.addEventListener('click', resetData);

    const controls = [personaSelect, themeSelect, reset];
    if (document.body.classList.contains('presenter') && document.documentElement.requestFullscreen) {
      const full = element('button', {
        type: 'button',
        className: 'demo-bar__button demo-bar__fullscreen',
        textContent: t.fullscreen,
      });
      full.addEventListener('click', () => document.documentElement.requestFullscreen().catch(() => {}));
      controls.push(full);
    }

    const bar = element('div', { className: 'demo-bar' }, [
      element('div', { className: 'demo-bar__inner' }, [
        element('p', { className: 'demo-bar__label' }, [
          element('strong', { className: 'demo-bar__badge', textContent: t.badge }),
          element('span', { className: 'demo-bar__note', textContent: t.note }),
        ]),
        element('div', { className: 'demo-bar__controls' }, controls),
      ]),
    ]);
    bar.setAttribute('role', 'region');
    bar.setAttribute('aria-label', t.region);
    // After the skip link, so "skip to content" stays the first stop for keyboard users.
    const skip = document.querySelector('.skip-link');
    if (skip) skip.after(bar);
    else document.body.prepend(bar);
    applyTheme(theme);
  }

  function ready() {
    renderBar();
  }

  // Other tabs of the demo follow a switch made here.
  window.addEventListener('storage', (event) => {
    if (event.key === KEYS.persona || event.key === KEYS.theme) location.reload();
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
