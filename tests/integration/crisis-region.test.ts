// Whose crisis lines a member sees: chosen in settings (POST /api/account/crisis-region), shown
// on the resources page; otherwise taken from the browser's languages.
import { describe, expect, it } from "vitest";
import { postJson, signIn, signUpMember } from "@/tests/factories/accounts";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile();
const choose = (cookie: string | undefined, body: unknown) =>
  postJson(`${hearth.app.url}/api/account/crisis-region`, body, cookie ? { cookie } : {});
const resources = async (headers: Record<string, string>) =>
  (await fetch(`${hearth.app.url}/resources`, { headers })).text();

async function signedIn() {
  const member = await signUpMember(hearth.app.url);
  const { cookie } = await signIn(hearth.app.url, member.pseudonym, member.password);
  if (!cookie) throw new Error("sign-in failed");
  return { ...member, cookie };
}

describe("crisis lines by country", () => {
  it("follows the browser's language when nothing was chosen", async () => {
    expect(await resources({ "accept-language": "en-GB,en;q=0.9" })).toContain(
      "Crisis lines in United Kingdom",
    );
    expect(await resources({ "accept-language": "de-DE" })).toContain("TelefonSeelsorge");
    expect(await resources({ "accept-language": "pt-BR" })).toContain("findahelpline.com");
  });

  it("follows the member's choice, and back to automatic", async () => {
    const ada = await signedIn();
    expect(await choose(ada.cookie, { region: "FR" })).toMatchObject({ status: 200, body: { region: "FR" } });
    expect(await resources({ cookie: ada.cookie, "accept-language": "en-US" })).toContain(
      "Crisis lines in France",
    );
    expect(await choose(ada.cookie, { region: null })).toMatchObject({ status: 200, body: { region: null } });
    expect(await resources({ cookie: ada.cookie, "accept-language": "en-US" })).toContain(
      "Crisis lines in United States",
    );
  });

  it("refuses a country we do not list, and anyone signed out, changing nothing", async () => {
    const ben = await signedIn();
    const refused = await choose(ben.cookie, { region: "XX" });
    expect(refused).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_input", fields: { region: expect.any(String) } } },
    });
    expect((await choose(ben.cookie, {})).status).toBe(400);
    expect(await choose(undefined, { region: "GB" })).toMatchObject({
      status: 401,
      body: { error: { code: "unauthenticated" } },
    });
    expect(
      await hearth.database.prisma.user.findUniqueOrThrow({
        where: { id: ben.id },
        select: { crisisRegion: true },
      }),
    ).toEqual({
      crisisRegion: null,
    });
  });
});
