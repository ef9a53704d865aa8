// Admission control on the send path (lib/server/realtime/admission.ts): past the process's
// limit a send is refused at once with `unavailable` and `retryAfterSeconds`, nothing is stored
// or delivered, and the same clientId sent again later is stored once. Here the limit is fixed
// at one send in flight, so sends arriving together are refused deterministically.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { appPerFile } from "@/tests/setup/app-per-file";
import { ask, collect, connectMember, createRoom, join, settle } from "@/tests/factories/chat";
import type { WireMessage } from "@/lib/shared/chat-types";

const metricsToken = `overload-${randomUUID()}`;
const hearth = appPerFile({ SEND_IN_FLIGHT_LIMIT: "1", METRICS_TOKEN: metricsToken });

/** One unlabelled (or fully labelled) sample of the process's /metrics. */
async function figure(sample: string): Promise<number> {
  const response = await fetch(`${hearth.app.url}/metrics`, {
    headers: { authorization: `Bearer ${metricsToken}` },
  });
  const line = (await response.text()).split("\n").find((entry) => entry.startsWith(`${sample} `));
  return line ? Number(line.slice(sample.length + 1)) : 0;
}

describe("sends past the admission limit", () => {
  it("are refused at once with unavailable and retryAfterSeconds, store nothing, and go through when sent again", async () => {
    const room = await createRoom(hearth.database.prisma);
    const sender = await connectMember(hearth.app.url);
    const reader = await connectMember(hearth.app.url);
    await join(sender.socket, room.id);
    await join(reader.socket, room.id);
    const received = collect<WireMessage>(reader.socket, "message:new");

    const clientIds = Array.from({ length: 12 }, () => randomUUID());
    const answers = await Promise.all(
      clientIds.map(async (clientId) => {
        const asked = performance.now();
        const answer = await ask<{ message: WireMessage }>(sender.socket, "message:send", {
          roomId: room.id,
          clientId,
          body: `together ${clientId}`,
        });
        return { clientId, answer, ms: performance.now() - asked };
      }),
    );
    const accepted = answers.filter((entry) => entry.answer.ok);
    const refused = answers.filter((entry) => !entry.answer.ok);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    // An operator sees each refusal in /metrics.
    expect(await figure("hearth_send_admission_refused_total")).toBe(refused.length);
    expect(await figure('hearth_sends_total{outcome="unavailable"}')).toBe(refused.length);
    expect(await figure("hearth_send_admission_limit")).toBe(1);
    for (const { answer } of refused) {
      if (answer.ok) continue;
      expect(answer.error.code).toBe("unavailable");
      expect(answer.error.retryAfterSeconds).toBe(2);
      expect(answer.error.message).toMatch(/very busy.*not sent yet/);
    }
    const stored = () => hearth.database.prisma.message.count({ where: { authorId: sender.id } });
    expect(await stored()).toBe(accepted.length);

    // Sent again as the browser does (one at a time, the same clientId): each stored once.
    for (const { clientId } of refused) {
      const again = await ask<{ message: WireMessage }>(sender.socket, "message:send", {
        roomId: room.id,
        clientId,
        body: `together ${clientId}`,
      });
      expect(again.ok).toBe(true);
    }
    expect(await stored()).toBe(clientIds.length);
    await settle();
    expect(received.map((message) => message.clientId).sort()).toEqual([...clientIds].sort());
  });

  it("leave bad input to the schema: alone, it is still answered invalid_input", async () => {
    const room = await createRoom(hearth.database.prisma);
    const sender = await connectMember(hearth.app.url);
    await join(sender.socket, room.id);
    const bad = await ask(sender.socket, "message:send", { roomId: room.id, clientId: "nope", body: "" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe("invalid_input");
  });
});
