// Hearth's service worker. It keeps exactly two kinds of thing:
//   - the offline page (/offline: what happened, and crisis lines), fetched without cookies so it
//     never holds anything about the person, and its icon;
//   - the build's static files (/_next/static/…: scripts, styles, fonts), which are the same for
//     everyone and never change under one name, so a repeat visit on a slow network starts faster.
// It never stores a page, an API answer or anything else that could be private: those go to the
// network as if there were no service worker. When a page cannot be loaded at all, it answers with
// the offline page instead of the browser's error page.
const offlineCache = "hearth-offline-v1";
const staticCache = "hearth-static-v1";
const offlineUrl = "/offline";
const offlineFiles = [offlineUrl, "/offline.js", "/icons/icon-192.png"];
const staticLimit = 120;
const dayMs = 24 * 60 * 60 * 1000;
let offlineRefreshedAt = 0;

async function storeOfflinePage() {
  const cache = await caches.open(offlineCache);
  await Promise.all(
    offlineFiles.map(async (url) => {
      const response = await fetch(new Request(url, { credentials: "omit", cache: "no-store" }));
      if (response.ok) await cache.put(url, response);
    }),
  );
  offlineRefreshedAt = Date.now();
}

self.addEventListener("install", (event) => {
  event.waitUntil(storeOfflinePage().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keep = [offlineCache, staticCache];
      for (const name of await caches.keys()) if (!keep.includes(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

async function trimStatic(cache) {
  const keys = await cache.keys();
  for (const request of keys.slice(0, Math.max(0, keys.length - staticLimit))) await cache.delete(request);
}

async function staticFile(request) {
  const cache = await caches.open(staticCache);
  const stored = await cache.match(request);
  if (stored) return stored;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    await cache.put(request, response.clone());
    await trimStatic(cache);
  }
  return response;
}

async function page(event) {
  try {
    const response = await fetch(event.request);
    // While online, keep the offline page's crisis lines fresh (at most once a day).
    if (Date.now() - offlineRefreshedAt > dayMs) event.waitUntil(storeOfflinePage().catch(() => {}));
    return response;
  } catch {
    const cache = await caches.open(offlineCache);
    return (
      (await cache.match(offlineUrl)) ??
      new Response("You are offline. Hearth will be back when the connection is.", {
        status: 503,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      })
    );
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(page(event));
    return;
  }
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(staticFile(request));
    return;
  }
  if (offlineFiles.includes(url.pathname) && url.search === "") {
    event.respondWith(
      fetch(request).catch(async () => (await caches.match(url.pathname)) ?? Response.error()),
    );
  }
  // Everything else (API answers, sockets, pages' data requests, images) goes to the network untouched.
});

// Pushes, sent only to browsers whose person said yes. Two kinds:
//   - care alerts (`type: "care"`), to moderators: the room's name and nothing else, since a lock
//     screen is public; they stay until seen, and lead to the item (after sign-in);
//   - session reminders (Settings or a room's "Remind me"): which room, what about and when; the
//     time is said on this device's clock.
self.addEventListener("push", (event) => {
  let push;
  try {
    push = event.data ? event.data.json() : null;
  } catch {
    push = null;
  }
  if (!push || typeof push.url !== "string" || !push.url.startsWith("/")) return;
  if (push.type === "care") {
    event.waitUntil(
      self.registration.showNotification(String(push.title), {
        body: "Open Hearth to see it.",
        tag: push.tag,
        requireInteraction: true,
        icon: "/icons/icon-192.png",
        data: { url: push.url },
      }),
    );
    return;
  }
  const time = new Date(push.startsAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  event.waitUntil(
    self.registration.showNotification(`A session in ${push.roomName} at ${time}`, {
      body: `${push.theme}. You are welcome to come, or just to listen.`,
      tag: push.tag,
      icon: "/icons/icon-192.png",
      data: { url: push.url },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = event.notification.data && event.notification.data.url;
  if (typeof url !== "string" || !url.startsWith("/")) return;
  event.waitUntil(
    (async () => {
      for (const client of await self.clients.matchAll({ type: "window" })) {
        if (new URL(client.url).pathname === url && "focus" in client) return client.focus();
      }
      return self.clients.openWindow(url);
    })(),
  );
});
