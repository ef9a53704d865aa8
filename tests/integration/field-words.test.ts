// Every door's error answers say in words what is wrong, never with an internal name
// (facilitatorIds, self_harm_risk, "body:"): each socket request in the contract and each HTTP
// route read from app/ gets the wrong input a form or a script can send (nothing, every field
// wrong in turn, input of the wrong shape, every action of a door that takes one), as an admin
// (who passes the most checks). A new door or a new field is walked without being listed here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientRequestNames } from "@/lib/shared/realtime-events";
import { signIn, signUpMember } from "@/tests/factories/accounts";
import { ask, connectMember, createRoom, openSocket, type ConnectedMember } from "@/tests/factories/chat";
import { appPerFile } from "@/tests/setup/app-per-file";
import {
  exportedSchemas,
  internalNames,
  internalNamesIn,
  schemaNames,
  wrongShapes,
  type SchemaNames,
} from "@/tests/setup/field-names";
import { discoverRoutes } from "@/tests/setup/routes";

const hearth = appPerFile({}, { staffSecondFactor: "off" });
let admin: ConnectedMember;
const names: SchemaNames = { keys: new Set(), switches: new Map() };
let shownNames: string[] = [];
/**
 * Input of the wrong shape; every field any schema reads, all wrong at once in one way; and
 * nothing, last (signing out everywhere takes nothing, and then the session is gone).
 */
const payloads: unknown[] = [...wrongShapes];
const wrongFieldValues = [{ nested: true }, "", -1.5];
const everyField = (value: unknown) => Object.fromEntries([...names.keys].map((key) => [key, value]));

interface Answer {
  door: string;
  payload: unknown;
  error?: { code?: string; message?: string; fields?: Record<string, string> };
}

beforeAll(async () => {
  await createRoom(hearth.database.prisma);
  admin = await connectMember(hearth.app.url);
  await hearth.database.prisma.user.update({ where: { id: admin.id }, data: { siteRole: "admin" } });
  admin.socket.close();
  admin.socket = await openSocket(hearth.app.url, admin.cookie);
  for (const schema of (await exportedSchemas()).values()) schemaNames(schema, names);
  shownNames = [...internalNames(names), "input", "someUnexpectedKey"];
  payloads.push(...wrongFieldValues.map(everyField), {});
}, 120_000);
afterAll(() => admin?.socket.close());

/**
 * A door that switches on a key (an action) and says that key is missing gets every value of it,
 * with nothing else and with every field wrong.
 */
function switchedPayloads(error: Answer["error"]): unknown[] {
  return [...names.switches].flatMap(([key, values]) =>
    error?.fields?.[key] === undefined
      ? []
      : [...values].flatMap((value) => [
          { [key]: value },
          ...wrongFieldValues.map((wrong) => ({ ...everyField(wrong), [key]: value })),
        ]),
  );
}

/** A session of someone else's for the routes about one's own account, so the admin's stays. */
async function spareCookie(): Promise<string> {
  const spare = await signUpMember(hearth.app.url);
  return (await signIn(hearth.app.url, spare.pseudonym, spare.password)).cookie ?? "";
}

function problemsIn(answers: Answer[]): string[] {
  return answers.flatMap(({ door, payload, error }) => {
    if (!error) return [];
    const texts = [error.message ?? "", ...Object.values(error.fields ?? {})];
    const shown = texts.flatMap((text) => internalNamesIn(text, shownNames));
    return shown.length === 0
      ? []
      : [`${door} ${JSON.stringify(payload)?.slice(0, 120)} → ${JSON.stringify(error)} shows ${shown}`];
  });
}

/** Sends each payload through one door; a door that switches on a key then gets its switched payloads. */
async function walkDoor(
  door: string,
  initial: unknown[],
  send: (payload: unknown) => Promise<Answer["error"] | undefined>,
): Promise<Answer[]> {
  const answers: Answer[] = [];
  const queue = [...initial];
  while (queue.length > 0) {
    const payload = queue.shift();
    const error = await send(payload);
    if (!error) continue;
    answers.push({ door, payload, error });
    const nothing = typeof payload === "object" && payload !== null && Object.keys(payload).length === 0;
    if (nothing && !Array.isArray(payload)) queue.push(...switchedPayloads(error));
  }
  return answers;
}

describe("error answers name fields in words", () => {
  it("on every socket request", async () => {
    const answers: Answer[] = [];
    for (const event of clientRequestNames)
      answers.push(
        ...(await walkDoor(event, payloads, async (payload) => {
          const answer = await ask(admin.socket, event, payload);
          return answer.ok ? undefined : answer.error;
        })),
      );
    expect(answers.filter((answer) => answer.error?.code === "invalid_input").length).toBeGreaterThan(100);
    expect(problemsIn(answers)).toEqual([]);
  });

  it("on every HTTP route, and at sign-in", { timeout: 180_000 }, async () => {
    const walks: (() => Promise<Answer[]>)[] = [];
    // Signing out everywhere ends its own session: it gets one of its own.
    const [accountCookie, signOutCookie] = [await spareCookie(), await spareCookie()];
    for (const route of discoverRoutes().filter((found) => found.kind === "handler")) {
      // next-auth's own routes: its one door that takes input is the sign-in form, below.
      if (route.path.includes("[...")) continue;
      const path = route.path.replace(/\[[^\]]+\]/g, "not-an-id");
      for (const method of route.methods.filter((name) => name !== "HEAD" && name !== "OPTIONS")) {
        const withBody = method !== "GET" && method !== "DELETE";
        walks.push(async () => {
          const cookie = route.path.includes("sign-out-everywhere")
            ? signOutCookie
            : route.path.startsWith("/api/account")
              ? accountCookie
              : admin.cookie;
          return walkDoor(`${method} ${path}`, withBody ? payloads : [undefined], async (payload) => {
            const response = await fetch(`${hearth.app.url}${path}`, {
              method,
              headers: { origin: hearth.app.url, cookie, "content-type": "application/json" },
              body: withBody ? JSON.stringify(payload) : undefined,
              redirect: "manual",
            });
            const body = (await response.json().catch(() => undefined)) as { error?: Answer["error"] };
            return body?.error;
          });
        });
      }
    }
    // A few doors at a time: the server answers them side by side, as it would people.
    const answers: Answer[] = [];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let walk = walks.shift(); walk; walk = walks.shift()) answers.push(...(await walk()));
      }),
    );
    for (const [pseudonym, password] of [
      ["", ""],
      ["x".repeat(300), "y"],
      ["Someone", ""],
    ] as const) {
      const outcome = await signIn(hearth.app.url, pseudonym, password);
      const error = JSON.parse(outcome.error ?? "{}") as Answer["error"];
      answers.push({ door: "sign-in", payload: { pseudonym, password }, error });
    }
    expect(answers.filter((answer) => answer.error?.code === "invalid_input").length).toBeGreaterThan(200);
    expect(problemsIn(answers)).toEqual([]);
  });
});
