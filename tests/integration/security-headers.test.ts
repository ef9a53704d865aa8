// Every answer carries the security headers: pages a Content-Security-Policy whose nonce is on
// every script of that page and changes every time, the API a CSP that allows nothing, and all
// of them nosniff, a Referrer-Policy, COOP, a Permissions-Policy and no framing.
import { beforeAll, describe, expect, it } from "vitest";
import { signIn, signUpMember } from "@/tests/factories/accounts";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile();
let cookie = "";

beforeAll(async () => {
  const member = await signUpMember(hearth.app.url);
  cookie = (await signIn(hearth.app.url, member.pseudonym, member.password)).cookie ?? "";
});

const everywhere = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};

function expectCommonHeaders(response: Response) {
  for (const [name, value] of Object.entries(everywhere))
    expect(response.headers.get(name), name).toBe(value);
  expect(response.headers.get("permissions-policy")).toMatch(
    /camera=\(\), microphone=\(\), geolocation=\(\)/,
  );
  // Served over http here: no HSTS (lib/server/http/security-headers.test.ts covers https).
  expect(response.headers.get("strict-transport-security")).toBeNull();
}

describe("pages", () => {
  it.each(["/", "/rooms", "/signin", "/signup", "/recover", "/resources", "/settings", "/no-such-page"])(
    "%s: a nonce-based CSP, the nonce on every script, a new one each time",
    async (path) => {
      const nonces: string[] = [];
      for (let visit = 0; visit < 2; visit++) {
        const response = await fetch(`${hearth.app.url}${path}`, { headers: { cookie } });
        expectCommonHeaders(response);
        const csp = response.headers.get("content-security-policy") ?? "";
        const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
        expect(nonce, csp).toBeDefined();
        expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
        for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"])
          expect(csp).toContain(directive);
        expect(csp).toContain(`connect-src 'self' ws://localhost:${hearth.app.port}`);
        const html = await response.text();
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        expect(scripts.length).toBeGreaterThan(0);
        for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
        nonces.push(nonce as string);
      }
      expect(nonces[0]).not.toBe(nonces[1]);
    },
  );
});

describe("the API", () => {
  it.each([
    ["GET", "/api/rooms"],
    ["GET", "/api/health"],
    ["GET", "/api/blocks"],
    ["POST", "/api/signup"],
    ["GET", "/api/auth/session"],
    ["GET", "/api/no-such-route"],
  ])("%s %s: a CSP that allows nothing, and the rest", async (method, path) => {
    const response = await fetch(`${hearth.app.url}${path}`, {
      method,
      headers: { cookie, origin: hearth.app.url, "content-type": "application/json" },
      body: method === "POST" ? "{}" : undefined,
    });
    expectCommonHeaders(response);
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it("static files carry the common headers too", async () => {
    const html = await (await fetch(`${hearth.app.url}/signin`)).text();
    const src = /<script src="([^"]+)"/.exec(html)?.[1];
    expect(src).toBeDefined();
    const response = await fetch(`${hearth.app.url}${src}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
  });
});
