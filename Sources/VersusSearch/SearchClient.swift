/// The search client: a small script of our own, no framework, no bundler, no
/// request beyond the site's own files. Written to `search/search.<hash>.js`.
///
/// It finds `form[data-search]` (the box in the header) and, on the search
/// page, `#search-page`. Queries are folded and split exactly like
/// `Tokenizer` does; each term fetches only the shards of its prefix, then the
/// fragments of the results shown. The box is an ARIA combobox with a listbox
/// of results: `/` or Ctrl/Cmd-K focuses it, arrows move, Enter follows,
/// Escape closes, and a live region says how many results there are.
public enum SearchClient {
    public static let script = #"""
(() => {
  'use strict';
  const form = document.querySelector('form[data-search]');
  if (!form) return;
  const manifestURL = form.dataset.search;
  const root = form.dataset.root || './';
  const base = manifestURL.slice(0, manifestURL.lastIndexOf('/') + 1);
  const STOP = new Set('a an and are as at be but by for from has have in is it its of on or that the this to was were with'.split(' '));
  const cache = new Map();
  const get = (url) => {
    if (!cache.has(url)) {
      // A failed fetch is forgotten, so the next keystroke tries again.
      cache.set(url, fetch(url).then((r) => { if (!r.ok) throw new Error(url); return r.json(); })
        .catch((e) => { cache.delete(url); throw e; }));
    }
    return cache.get(url);
  };
  const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const WORD = /[\p{L}\p{N}]+(?:[-._/][\p{L}\p{N}]+)*/gu;
  const terms = (q) => {
    const out = [];
    for (const m of fold(q).matchAll(WORD)) {
      out.push(m[0]);
      const parts = m[0].split(/[-_/]/);
      if (parts.length > 1) out.push(...parts);
    }
    return [...new Set(out)].filter((t) => t.length > 1 || /\d/.test(t));
  };
  const safe = (p) => [...p].map((c) => (/[0-9a-z]/.test(c) ? c : '~' + c.codePointAt(0).toString(16))).join('');

  // Every shard that may hold a term starting with t.
  const shardsFor = (m, t) => m.prefixes.filter((p) => {
    const exact = p.endsWith('=');
    const key = exact ? p.slice(0, -1) : p;
    return exact ? t === key || key.startsWith(t) : t.startsWith(key) || key.startsWith(t);
  }).map((p) => base + m.shards + '/' + (p.endsWith('=') ? safe(p.slice(0, -1)) + '_' : safe(p)) + '.json');

  // The index holds each word's light stem too (Tokenizer.stem), so
  // "quantization" finds "quantize".
  const stem = (w) => {
    if (w.length <= 4 || !/^[a-z]+$/.test(w)) return w;
    for (const s of ['izations', 'ization', 'izing', 'ized', 'izes', 'ize', 'ations', 'ation', 'ings', 'ing', 'ed', 'es', 's']) {
      if (w.endsWith(s) && w.length - s.length >= 3) return w.slice(0, -s.length);
    }
    return w;
  };

  async function search(query, limit) {
    const m = await get(manifestURL);
    const qs = terms(query);
    const wanted = qs.filter((t) => !STOP.has(t));
    const use = wanted.length ? wanted : qs;
    if (!use.length) return [];
    const pages = new Map();
    await Promise.all(use.map(async (q, qi) => {
      const st = stem(q);
      const urls = new Set(shardsFor(m, q).concat(st === q ? [] : shardsFor(m, st)));
      const shards = await Promise.all([...urls].map(get));
      const seen = new Set();
      for (const shard of shards) {
        for (const term in shard) {
          if (seen.has(term)) continue;
          seen.add(term);
          let factor = 0;
          if (term === q) factor = 1;
          else if (term === st) factor = 0.7;
          // Only the word being typed (the last) completes as a prefix, so
          // "open weights" does not also mean "openai".
          else if (qi === use.length - 1 && q.length > 1 && term.startsWith(q)) factor = 0.4 + 0.4 * (q.length / term.length);
          if (!factor) continue;
          const list = shard[term];
          let page = 0;
          for (let i = 0; i < list.length; i += 4) {
            page += list[i];
            let hit = pages.get(page);
            if (!hit) pages.set(page, (hit = { page, score: 0, matched: new Set(), sections: new Map() }));
            const s = list[i + 1];
            const score = list[i + 2] * factor;
            hit.matched.add(qi);
            const sec = hit.sections.get(s) || { score: 0, at: [] };
            sec.score += score;
            sec.at[qi] = list[i + 3];
            hit.sections.set(s, sec);
          }
        }
      }
    }));
    const results = [...pages.values()];
    for (const r of results) {
      // Terms close together in one section rank higher.
      for (const sec of r.sections.values()) {
        const at = sec.at.filter((x) => x !== undefined && x > 0).sort((a, b) => a - b);
        for (let i = 1; i < at.length; i++) if (at[i] - at[i - 1] <= 4) sec.score += 5;
      }
      // A page counts by its best section, and a little by the rest, so one
      // strong match beats many passing ones; pages with every term come first.
      const scores = [...r.sections.values()].map((s) => s.score).sort((a, b) => b - a);
      r.score = (scores[0] + 0.15 * scores.slice(1).reduce((a, b) => a + b, 0)) * (r.matched.size / use.length) ** 2;
    }
    results.sort((a, b) => b.score - a.score || a.page - b.page);
    return results.slice(0, limit);
  }

  async function fragments(results) {
    const m = await get(manifestURL);
    return Promise.all(results.map((r) => get(base + m.fragments + '/' + r.page + '.json').then((f) => ({ r, f }))));
  }

  const escape = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  // Matches are found in the text itself, and each piece escaped on its own,
  // so a query never lands inside an entity.
  function highlight(text, query) {
    const words = terms(query).filter((t) => t.length > 1).sort((a, b) => b.length - a.length);
    if (!words.length) return escape(text);
    const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
    let html = '';
    let last = 0;
    for (const m of text.matchAll(re)) {
      html += escape(text.slice(last, m.index)) + '<mark>' + escape(m[0]) + '</mark>';
      last = m.index + m[0].length;
    }
    return html + escape(text.slice(last));
  }
  // Up to three sections per page, the best first; the page top when the title matched.
  function links(r, f, query, max) {
    const order = [...r.sections.entries()].sort((a, b) => b[1].score - a[1].score).slice(0, max);
    return order.map(([s]) => {
      const [id, heading, text] = f.s[s] || ['', '', ''];
      return { href: root + f.u + (id ? '#' + id : ''), heading, snippet: highlight(text, query) };
    });
  }

  // The box in the header: a combobox with a listbox of results.
  const input = form.querySelector('input[role=combobox]');
  const list = form.querySelector('[role=listbox]');
  const status = form.querySelector('[aria-live]');
  let active = -1;
  let timer;
  let token = 0;
  const options = () => [...list.querySelectorAll('[role=option]')];
  // -1 is "nothing chosen yet" (Enter then opens the first result); arrows
  // wrap around the list but never land on -1.
  const setActive = (i) => {
    const all = options().filter((o) => o.getAttribute('aria-disabled') !== 'true');
    active = all.length && i >= 0 ? i % all.length : -1;
    all.forEach((o, k) => o.setAttribute('aria-selected', String(k === active)));
    if (active >= 0) { input.setAttribute('aria-activedescendant', all[active].id); all[active].scrollIntoView({ block: 'nearest' }); }
    else input.removeAttribute('aria-activedescendant');
  };
  const move = (step) => {
    const n = options().filter((o) => o.getAttribute('aria-disabled') !== 'true').length;
    if (n) setActive(active < 0 ? (step > 0 ? 0 : n - 1) : (active + step + n) % n);
  };
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); setActive(-1); };
  async function update() {
    const query = input.value.trim();
    const mine = ++token;
    if (!query) { list.innerHTML = ''; close(); status.textContent = ''; return; }
    let found;
    try {
      found = await fragments(await search(query, 5));
    } catch (e) {
      if (mine === token) status.textContent = 'Search is unavailable right now.';
      return;
    }
    if (mine !== token) return;
    let n = 0;
    list.innerHTML = found.map(({ r, f }) => links(r, f, query, 3).map((l, k) =>
      '<li role="option" id="search-option-' + (n++) + '" aria-selected="false" class="' + (k ? 'sub' : 'top') + '">' +
      '<a href="' + escape(l.href) + '" tabindex="-1">' + (k ? '' : '<strong>' + escape(f.t) + '</strong>') +
      (l.heading ? '<span class="where">' + escape(l.heading) + '</span>' : '') +
      '<span class="snippet">' + l.snippet + '</span></a></li>').join('')).join('') ||
      '<li class="none" role="option" id="search-option-none" aria-disabled="true">No results</li>';
    list.hidden = false;
    list.scrollTop = 0;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = found.length ? found.length + ' pages found' : 'No results';
    setActive(-1);
  }
  // The manifest comes as soon as the reader reaches for the box.
  input.addEventListener('focus', () => { get(manifestURL).catch(() => {}); });
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(update, 30); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) update(); else move(1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
    else if (e.key === 'Escape') { if (!list.hidden) close(); else input.value = ''; }
    else if (e.key === 'Enter' && !list.hidden) {
      // The reader's choice, else the best hit: the first result.
      const a = list.querySelectorAll('[role=option]:not([aria-disabled=true]) a')[Math.max(0, active)];
      if (a) { e.preventDefault(); location.href = a.href; }
    }
  });
  list.addEventListener('mousedown', (e) => e.preventDefault());
  input.addEventListener('blur', () => setTimeout(close, 100));
  // A tap or click outside the box closes the list (a phone keeps the focus).
  document.addEventListener('pointerdown', (e) => { if (!form.contains(e.target)) close(); });
  document.addEventListener('keydown', (e) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName) || document.activeElement.isContentEditable;
    if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });

  // The search page: every result, the query in the URL, filters by type.
  const page = document.getElementById('search-page');
  if (!page) return;
  const pageInput = page.querySelector('input[type=search]');
  const typeSelect = page.querySelector('select[name=type]');
  const out = page.querySelector('#search-page-results');
  const params = new URLSearchParams(location.search);
  pageInput.value = params.get('q') || '';
  if (typeSelect) typeSelect.value = params.get('type') || '';
  let pageToken = 0;
  let pageTimer;
  async function run() {
    const mine = ++pageToken;
    const query = pageInput.value.trim();
    const type = typeSelect ? typeSelect.value : '';
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    if (type) url.searchParams.set('type', type); else url.searchParams.delete('type');
    history.replaceState(null, '', url);
    if (!query) { out.innerHTML = ''; return; }
    let results = await search(query, 200);
    if (type) {
      const m = await get(manifestURL);
      const filters = await get(base + m.filters);
      const allowed = new Set((filters.type || {})[type] || []);
      results = results.filter((r) => allowed.has(r.page));
    }
    const found = await fragments(results.slice(0, 20));
    if (mine !== pageToken) return;
    out.innerHTML = found.length ? found.map(({ r, f }) => {
      const [first, ...rest] = links(r, f, query, 3);
      return '<li><a href="' + escape(first.href) + '"><strong>' + escape(f.t) + '</strong></a> <span class="type">' + escape(f.y) + '</span>' +
        '<p>' + first.snippet + '</p>' + (rest.length ? '<ul>' + rest.map((l) => '<li><a href="' + escape(l.href) + '">' + escape(l.heading || f.t) + '</a>: ' + l.snippet + '</li>').join('') + '</ul>' : '') + '</li>';
    }).join('') : '<li>No results for “' + escape(query) + '”.</li>';
  }
  page.querySelector('form').addEventListener('submit', (e) => { e.preventDefault(); run(); });
  pageInput.addEventListener('input', () => { clearTimeout(pageTimer); pageTimer = setTimeout(run, 120); });
  if (typeSelect) typeSelect.addEventListener('change', run);
  run();
})();
"""#
}
