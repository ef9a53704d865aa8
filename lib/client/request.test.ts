// The request helper against a real HTTP server on a free local port: what fetch really does
// with a 204, an HTML error page or a dropped connection is the point, so nothing is mocked.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request, unexpectedAnswer, unreachable } from "@/lib/client/request";

type Route = (incoming: IncomingMessage, body: string, response: ServerResponse) => void;

const json = (response: ServerResponse, status: number, value: unknown) =>
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));

const routes: Record<string, Route> = {
  "/echo": (incoming, body, response) =>
    json(response, 200, {
      method: incoming.method,
      contentType: incoming.headers["content-type"] ?? null,
      body: body === "" ? null : JSON.parse(body),
    }),
  "/created": (_incoming, _body, response) => json(response, 201, { id: "a1" }),
  "/no-content": (_incoming, _body, response) => response.writeHead(204).end(),
  "/refused": (_incoming, _body, response) =>
    json(response, 422, {
      error: {
        code: "invalid_input",
        message: "Please give a reason.",
        fields: { reason: "Please give a reason." },
      },
    }),
  "/unknown-code": (_incoming, _body, response) =>
    json(response, 400, { error: { code: "teapot", message: "I am a teapot." } }),
  "/crashed": (_incoming, _body, response) =>
    response.writeHead(500, { "content-type": "text/html" }).end("<h1>Internal Server Error</h1>"),
  "/portal": (_incoming, _body, response) =>
    response.writeHead(200, { "content-type": "text/html" }).end("<html>Sign in to the Wi-Fi</html>"),
  "/cut-off": (_incoming, _body, response) => {
    response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
    response.write('{"partial":');
    setTimeout(() => response.socket?.destroy(), 20);
  },
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((incoming, response) => {
    let body = "";
    incoming.on("data", (chunk: Buffer) => (body += chunk.toString()));
    incoming.on("end", () => routes[incoming.url ?? ""]?.(incoming, body, response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("request", () => {
  it("answers a GET with the JSON data, sending no body", async () => {
    expect(await request("GET", `${base}/echo`)).toEqual({
      ok: true,
      data: { method: "GET", contentType: null, body: null },
    });
  });

  it("sends the body as JSON, on DELETE as well as POST", async () => {
    for (const method of ["POST", "DELETE"] as const)
      expect(await request(method, `${base}/echo`, { id: "w1", reason: "spam" })).toEqual({
        ok: true,
        data: { method, contentType: "application/json", body: { id: "w1", reason: "spam" } },
      });
  });

  it("takes any 2xx as success", async () => {
    expect(await request("POST", `${base}/created`, {})).toEqual({ ok: true, data: { id: "a1" } });
  });

  it("answers a 204 with no data", async () => {
    expect(await request("DELETE", `${base}/no-content`)).toEqual({ ok: true, data: undefined });
  });

  it("passes the server's error body on, fields and all", async () => {
    expect(await request("POST", `${base}/refused`, {})).toEqual({
      ok: false,
      error: {
        code: "invalid_input",
        message: "Please give a reason.",
        fields: { reason: "Please give a reason." },
      },
    });
  });

  it("turns an error with a code Hearth does not use into internal", async () => {
    expect(await request("POST", `${base}/unknown-code`, {})).toEqual({ ok: false, error: unexpectedAnswer });
  });

  it("turns a 500 that is not JSON into internal, with a kind message", async () => {
    const result = await request("POST", `${base}/crashed`, {});
    expect(result).toEqual({ ok: false, error: unexpectedAnswer });
    expect(unexpectedAnswer.message).toMatch(/please try again/i);
  });

  it("does not mistake a 200 page that is not JSON (a captive portal) for an answer", async () => {
    expect(await request("GET", `${base}/portal`)).toEqual({ ok: false, error: unexpectedAnswer });
  });

  it("says unavailable when nothing listens", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await request("POST", `http://127.0.0.1:${port}/anything`, {})).toEqual({
      ok: false,
      error: unreachable,
    });
  });

  it("does not say Hearth was out of reach when its answer is cut off half-way", async () => {
    expect(await request("POST", `${base}/cut-off`, {})).toEqual({ ok: false, error: unexpectedAnswer });
  });

  it("never throws, even for a body that cannot be sent as JSON", async () => {
    expect(await request("POST", `${base}/echo`, { big: 1n })).toEqual({
      ok: false,
      error: unexpectedAnswer,
    });
  });
});
