// People written straight into the database, for tests of rules that need no running server
// (tests/integration/policy-forms-agree.test.ts). People who sign in come from accounts.ts.
import type { PrismaClient } from "@/generated/prisma/client";
import { uniquePseudonym } from "@/tests/factories/accounts";

/** Someone who exists but never signs in: the hashes are placeholders no password matches. */
export function createPersonRow(prisma: PrismaClient, overrides: { siteRole?: "member" | "admin" } = {}) {
  const pseudonym = uniquePseudonym("Row");
  return prisma.user.create({
    data: {
      pseudonym,
      pseudonymKey: pseudonym.toLowerCase(),
      passwordHash: "no password: made by a test factory",
      recoveryCodeHash: "no recovery code: made by a test factory",
      siteRole: overrides.siteRole ?? "member",
    },
    select: { id: true, siteRole: true },
  });
}
