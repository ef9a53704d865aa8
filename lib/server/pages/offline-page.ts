// The page the service worker shows when a page cannot be loaded: what happened, what to do, and
// crisis lines, in one self-contained HTML file (its styles inside, its one script beside it at
// /offline.js), because nothing else of Hearth can be loaded then. It holds nothing about the
// person: the service worker fetches it without cookies.
import { crisisRegionCodes, crisisRegions, type CrisisRegion } from "@/lib/shared/crisis-lines";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function regionHtml(region: CrisisRegion): string {
  const lines = region.lines
    .map((line) => {
      const links = [
        line.call && `<a href="tel:${escapeHtml(line.call)}">Call ${escapeHtml(line.call)}</a>`,
        line.text &&
          `<a href="sms:${escapeHtml(line.text.number)}${line.text.body ? `?&amp;body=${encodeURIComponent(line.text.body)}` : ""}">Text ${escapeHtml(line.text.number)}</a>`,
      ].filter(Boolean);
      return `<li><strong>${escapeHtml(line.name)}</strong><br>${escapeHtml(line.how)}${links.length ? `<br>${links.join(" · ")}` : ""}</li>`;
    })
    .join("");
  return `<ul>${lines}</ul><p>In immediate danger: call ${escapeHtml(region.emergency)}.</p>`;
}

const styles = `
:root{color-scheme:light dark;--canvas:#fbf8f3;--surface:#fff;--ink:#2b2a28;--muted:#5c5850;--line:#e3ddd2;--accent:#2f6b5f;--accent-ink:#fff;--focus:#1d5fa8}
@media (prefers-color-scheme:dark){:root{--canvas:#1b1d1c;--surface:#242726;--ink:#ece8e1;--muted:#b9b3a8;--line:#3a3e3c;--accent:#8fcfbe;--accent-ink:#10211d;--focus:#9cc6ff}}
body{margin:0;background:var(--canvas);color:var(--ink);font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.6}
main{max-width:40rem;margin:0 auto;padding:1rem}
.bar{display:flex;justify-content:space-between;align-items:center;gap:.5rem}
.brand{font-weight:600;color:var(--accent);font-size:1.125rem}
h1{font-size:1.6rem;line-height:1.3}
section{background:var(--surface);border:1px solid var(--line);border-radius:1rem;padding:1rem;margin:1rem 0}
ul{padding-left:1.25rem}li{margin:.5rem 0}
a{color:inherit}
button,.button{display:inline-flex;align-items:center;min-height:2.75rem;padding:0 1rem;border-radius:.75rem;font:inherit;font-weight:500;border:1px solid var(--line);background:var(--surface);color:var(--ink);text-decoration:none;cursor:pointer}
.primary{background:var(--accent);color:var(--accent-ink);border-color:var(--accent)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.muted{color:var(--muted)}
`;

export function offlinePageHtml(options: { regionCode: CrisisRegion["code"]; exitUrl: string }): string {
  const mine = crisisRegions[options.regionCode];
  const others = crisisRegionCodes
    .filter((code) => code !== mine.code)
    .map((code) => crisisRegions[code])
    .map((region) => `<h3>${escapeHtml(region.name)}</h3>${regionHtml(region)}`)
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>You are offline · Hearth</title>
<meta name="theme-color" content="#fbf8f3" media="(prefers-color-scheme: light)">
<meta name="theme-color" content="#1b1d1c" media="(prefers-color-scheme: dark)">
<style>${styles}</style>
<script src="/offline.js" defer></script>
</head>
<body>
<main>
<div class="bar"><span class="brand">Hearth</span><button type="button" id="leave" data-exit-url="${escapeHtml(options.exitUrl)}">Leave quickly</button></div>
<h1>You are offline</h1>
<p>This page could not be loaded because your device has no connection right now. Nothing you wrote is lost: messages you had not sent yet wait in this browser and go out when you are back.</p>
<p><a class="button primary" href="" id="retry">Try again</a></p>
<section aria-labelledby="help">
<h2 id="help">Need help now?</h2>
<p>If you might hurt yourself or someone else, or you are in danger, please call a crisis line or your local emergency number now. A phone call works without the internet.</p>
<h3>${escapeHtml(mine.name)}</h3>
${regionHtml(mine)}
<details><summary>Other countries</summary>${others}</details>
</section>
<p class="muted">Hearth is peer support, not therapy or an emergency service.</p>
</main>
</body>
</html>`;
}
