// /metrics, as an operator's Prometheus reads it from the real server: absent unless
// METRICS_TOKEN is set, then only with the bearer token; the figures move when members join,
// send, read history and write something that needs care; and no figure names a room, a person
// or a word anyone wrote.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, connectMember, createRoom, join, send, type ConnectedMember } from "@/tests/factories/chat";
import { appPerFile } from "@/tests/setup/app-per-file";
import { startAppProcess } from "@/tests/setup/app-process";

const token = `metrics-${randomBytes(16).toString("hex")}`;
const hearth = appPerFile({ METRICS_TOKEN: token });
const everyone: ConnectedMember[] = [];
afterAll(() => everyone.forEach((someone) => someone.socket.close()));

/** Sample lines of the Prometheus text format: name{labels} value. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseSamples(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[key as string] = value as string;
    samples.push({ name: match[1] as string, labels, value: Number(match[3]) });
  }
  return samples;
}

async function scrape(headers: Record<string, string> = { authorization: `Bearer ${token}` }) {
  const response = await fetch(`${hearth.app.url}/metrics`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

async function figures() {
  const { status, text } = await scrape();
  expect(status).toBe(200);
  const samples = parseSamples(text);
  return {
    text,
    samples,
    /** The sample's value (0 when it is not there yet: a counter that never moved). */
    value(name: string, labels: Record<string, string> = {}): number {
      const found = samples.find(
        (sample) =>
          sample.name === name &&
          Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
      );
      return found?.value ?? 0;
    },
    has: (name: string) => text.includes(`# TYPE ${name} `),
  };
}

describe("who may read /metrics", () => {
  it("does not exist when METRICS_TOKEN is not set", async () => {
    const plain = await startAppProcess({ databaseUrl: hearth.database.url });
    try {
      const response = await fetch(`${plain.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("hearth_");
    } finally {
      await plain.stop();
    }
  });

  it("needs the bearer token when it is set", async () => {
    for (const headers of [
      {} as Record<string, string>,
      { authorization: "Bearer not-the-token-at-all-0000" },
      { authorization: `Bearer ${token}x` },
      { authorization: `Basic ${Buffer.from(`metrics:${token}`).toString("base64")}` },
      { authorization: token },
    ]) {
      const refused = await scrape(headers);
      expect(refused.status, JSON.stringify(headers)).toBe(401);
      expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(refused.text).not.toContain("hearth_");
    }
    const answered = await scrape();
    expect(answered.status).toBe(200);
    expect(answered.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(answered.headers.get("x-request-id")).toBeTruthy();
  });
});

describe("the figures", () => {
  const sentinel = `marmalade${randomBytes(4).toString("hex")}`;
  let roomId: string;
  let before: Awaited<ReturnType<typeof figures>>;

  beforeAll(async () => {
    before = await figures();
    roomId = (await createRoom(hearth.database.prisma)).id;
    for (let i = 0; i < 2; i++) everyone.push(await connectMember(hearth.app.url));
  });

  it("include the process's own (event-loop lag, garbage collection, memory) and the dependencies'", async () => {
    const now = await figures();
    for (const name of [
      "nodejs_eventloop_lag_seconds",
      "nodejs_gc_duration_seconds",
      "process_resident_memory_bytes",
      "nodejs_heap_size_used_bytes",
      "hearth_database_pool_total",
      "hearth_database_pool_idle",
      "hearth_database_pool_waiting",
      "hearth_database_statement_timeouts_total",
      "hearth_database_up",
      "hearth_redis_in_use",
      "hearth_redis_up",
      "hearth_dependency_outages_total",
      "hearth_send_admission_in_flight",
      "hearth_send_admission_refused_total",
      "hearth_check_ins_waiting",
      "hearth_care_alerts",
    ])
      expect(now.has(name), name).toBe(true);
    expect(now.value("hearth_database_up")).toBe(1);
    expect(now.value("hearth_database_pool_total")).toBeGreaterThan(0);
    expect(now.value("hearth_redis_in_use")).toBe(0);
  });

  it("move with joins, sends, refusals, history reads and a message that needs care", async () => {
    const [first, second] = everyone as [ConnectedMember, ConnectedMember];
    await join(first.socket, roomId);
    await join(second.socket, roomId);
    await send(first.socket, roomId, `a ${sentinel} kind of morning`);
    await send(second.socket, roomId, "I'm going to jump off the bridge tonight");
    const refused = await ask(first.socket, "message:send", { roomId, clientId: randomUUID(), body: "" });
    expect(refused).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(await ask(second.socket, "history", { roomId })).toMatchObject({ ok: true });

    const after = await figures();
    expect(after.value("hearth_sockets_connected")).toBeGreaterThanOrEqual(2);
    expect(after.value("hearth_joins_total", { outcome: "ok" })).toBe(
      before.value("hearth_joins_total", { outcome: "ok" }) + 2,
    );
    expect(after.value("hearth_sends_total", { outcome: "ok" })).toBe(
      before.value("hearth_sends_total", { outcome: "ok" }) + 2,
    );
    expect(after.value("hearth_sends_total", { outcome: "invalid_input" })).toBe(
      before.value("hearth_sends_total", { outcome: "invalid_input" }) + 1,
    );
    expect(after.value("hearth_send_ack_seconds_count")).toBe(
      before.value("hearth_send_ack_seconds_count") + 3,
    );
    expect(after.value("hearth_send_ack_seconds_bucket", { le: "+Inf" })).toBe(
      after.value("hearth_send_ack_seconds_count"),
    );
    expect(after.value("hearth_history_reads_total", { outcome: "ok" })).toBe(
      before.value("hearth_history_reads_total", { outcome: "ok" }) + 1,
    );
    expect(after.value("hearth_send_admission_limit")).toBeGreaterThan(0);

    // The database's figures are read at most every 10 s: the crisis item shows within that.
    const deadline = Date.now() + 15_000;
    let latest = after;
    while (latest.value("hearth_crisis_items_open", { kind: "crisis" }) < 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      latest = await figures();
    }
    expect(latest.value("hearth_crisis_items_open", { kind: "crisis" })).toBe(1);
    expect(latest.value("hearth_crisis_item_oldest_unopened_seconds")).toBeGreaterThan(0);
    expect(latest.value("hearth_check_ins_waiting")).toBe(0);
  });

  it("name no room, no person and no word anyone wrote", async () => {
    const { text, samples } = await figures();
    const secrets = [
      roomId,
      sentinel,
      "bridge",
      ...everyone.flatMap((member) => [member.id, member.pseudonym]),
    ];
    for (const secret of secrets) expect(text).not.toContain(secret);
    // Every label value is a short code, a version or a number: nothing a person chose.
    for (const sample of samples)
      for (const value of Object.values(sample.labels))
        expect(value, sample.name).toMatch(/^[\w.+:-]{0,40}$/);
  });
});
