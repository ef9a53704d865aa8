// First-start data: the topics and a few demo rooms, and (for local runs) a demo admin.
// Runs at every start but only writes into an empty database, so it never duplicates.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { hashSecret } from "@/lib/server/auth/passwords";
import { generateRecoveryCode, normalizeRecoveryCode } from "@/lib/server/auth/recovery-codes";
import { pseudonymKey } from "@/lib/shared/schemas/account";

export const defaultGuidelines = [
  "Be kind. Everyone here is carrying something.",
  "Share what feels safe to share, and no more. Listening is taking part too.",
  "Speak from your own experience; don't diagnose, judge or argue with anyone's feelings.",
  "Keep what others share in this room. No names, places or details that could identify anyone.",
  "No advice unless someone asks for it.",
  "If you are in danger right now, please use the crisis lines on the resources page.",
  "Moderators may hide messages, mute or remove members to keep this room safe.",
].join("\n");

const topics = [
  {
    slug: "grief-and-loss",
    name: "Grief and loss",
    description: "For anyone living with the death of someone they love.",
  },
  { slug: "breakups", name: "Breakups", description: "When a relationship ends and the ground moves." },
  {
    slug: "bullying",
    name: "Bullying",
    description: "At school, at work, online: what it did, and finding your feet again.",
  },
  {
    slug: "sudden-events-and-accidents",
    name: "Sudden events and accidents",
    description: "Accidents, disasters and other moments that changed everything at once.",
  },
  {
    slug: "childhood-neglect-and-abuse",
    name: "Childhood neglect and abuse",
    description: "For adults carrying what happened when they were young.",
  },
  {
    slug: "living-with-ptsd",
    name: "Living with PTSD",
    description: "Day-to-day life with trauma's long echo.",
  },
  {
    slug: "general",
    name: "General",
    description: "A calm place to talk when you don't know where else to start.",
  },
];

const demoRooms = [
  {
    topic: "grief-and-loss",
    slug: "evening-circle",
    name: "Evening circle",
    description: "A quiet evening room for grief of every kind.",
  },
  {
    topic: "breakups",
    slug: "after-the-breakup",
    name: "After the breakup",
    description: "Talking through the days after it ended.",
  },
  {
    topic: "bullying",
    slug: "safe-harbour",
    name: "Safe harbour",
    description: "For people who were bullied, and are still finding their voice.",
  },
  {
    topic: "sudden-events-and-accidents",
    slug: "after-the-accident",
    name: "After the accident",
    description: "For survivors, witnesses and families.",
  },
  {
    topic: "childhood-neglect-and-abuse",
    slug: "gentle-beginnings",
    name: "Gentle beginnings",
    description: "Slow, careful conversations about growing up without safety.",
  },
  {
    topic: "living-with-ptsd",
    slug: "steady-ground",
    name: "Steady ground",
    description: "Sharing what helps on hard days.",
  },
  {
    topic: "general",
    slug: "the-common-room",
    name: "The common room",
    description: "Say hello, listen a while, find your room.",
  },
];

export interface DemoAdmin {
  pseudonym: string;
  password: string;
}

// Any constant: it makes processes that start together seed one after the other.
const seedLockKey = 72_686_585;

export async function seedDatabase(
  prisma: PrismaClient,
  options: { createDemoAdmin: boolean },
): Promise<{ demoAdmin?: DemoAdmin }> {
  const demoPassword = randomBytes(12).toString("base64url");
  const [demoPasswordHash, demoRecoveryHash] = options.createDemoAdmin
    ? await Promise.all([hashSecret(demoPassword), hashSecret(normalizeRecoveryCode(generateRecoveryCode()))])
    : [undefined, undefined];

  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${seedLockKey})`;
    if ((await tx.topic.count()) === 0) {
      for (const [position, topic] of topics.entries()) {
        await tx.topic.create({ data: { ...topic, position } });
      }
      for (const room of demoRooms) {
        const { topic, ...fields } = room;
        await tx.room.create({
          data: { ...fields, guidelines: defaultGuidelines, topic: { connect: { slug: topic } } },
        });
      }
    }

    if (!demoPasswordHash || !demoRecoveryHash || (await tx.user.count({ where: { siteRole: "admin" } })) > 0)
      return {};
    const pseudonym = "Demo Admin";
    await tx.user.create({
      data: {
        pseudonym,
        pseudonymKey: pseudonymKey(pseudonym),
        passwordHash: demoPasswordHash,
        recoveryCodeHash: demoRecoveryHash,
        siteRole: "admin",
      },
    });
    return { demoAdmin: { pseudonym, password: demoPassword } };
  });
}
