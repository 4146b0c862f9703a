// The bash / PowerShell 7 tabs of the error pages and guides (the ::::shell-tabs directive, which
// site/plugins/remark-shell-tabs.mjs turns into markup). Loaded in <head> as a classic script, so
// <shell-tabs-restore> at the end of each set of tabs can show the stored choice before the page is
// painted. The storage key is the one Starlight's <Tabs syncKey="shell"> uses, so a choice made
// before the guides moved from MDX to Markdown still holds.
(() => {
  const KEY = 'starlight-synced-tabs__shell';
  const read = () => { try { return localStorage.getItem(KEY); } catch { return null; } };
  const write = (label) => { try { localStorage.setItem(KEY, label); } catch { /* private mode */ } };
  const tabsOf = (root) => [...root.querySelectorAll(':scope > [role="tablist"] > [role="tab"]')];

  /** Shows the panel of the tab labelled `label`; returns the tab, or null if there is none. */
  function select(root, label) {
    const tabs = tabsOf(root);
    const chosen = tabs.find((t) => t.textContent.trim() === label);
    if (!chosen) return null;
    for (const t of tabs) {
      const on = t === chosen;
      t.setAttribute('aria-selected', String(on));
      if (on) t.removeAttribute('tabindex'); else t.setAttribute('tabindex', '-1');
      const panel = document.getElementById(t.getAttribute('aria-controls'));
      if (panel) panel.hidden = !on;
    }
    return chosen;
  }

  function choose(tab, focus) {
    const label = tab.textContent.trim();
    write(label);
    for (const root of document.querySelectorAll('shell-tabs')) select(root, label);
    if (focus) tab.focus();
  }

  class ShellTabsRestore extends HTMLElement {
    connectedCallback() {
      const root = this.closest('shell-tabs');
      const label = read();
      if (root && label) select(root, label);
    }
  }
  customElements.define('shell-tabs-restore', ShellTabsRestore);
  customElements.define('shell-tabs', class extends HTMLElement {});

  document.addEventListener('click', (e) => {
    const tab = e.target instanceof Element ? e.target.closest('shell-tabs [role="tab"]') : null;
    if (tab) choose(tab, false);
  });
  document.addEventListener('keydown', (e) => {
    const tab = e.target instanceof Element ? e.target.closest('shell-tabs [role="tab"]') : null;
    if (!tab) return;
    const tabs = tabsOf(tab.closest('shell-tabs'));
    const i = tabs.indexOf(tab);
    const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length]
      : e.key === 'Home' ? tabs[0] : e.key === 'End' ? tabs[tabs.length - 1] : null;
    if (!next) return;
    e.preventDefault();
    choose(next, true);
  });
})();
