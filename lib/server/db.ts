// The one Prisma client. It is kept on globalThis because server.ts (loaded by tsx) and the
// Next.js bundle each load their own copy of this module: both must share one pool, and
// graceful shutdown must close that pool.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

const globalKey = Symbol.for("hearth.prisma");
type GlobalWithPrisma = typeof globalThis & { [globalKey]?: PrismaClient };

export function db(): PrismaClient {
  const holder = globalThis as GlobalWithPrisma;
  if (!holder[globalKey]) {
    const url = env().DATABASE_URL;
    if (!url)
      throw new Error("DATABASE_URL is not set: the server sets it before serving (embedded PostgreSQL).");
    holder[globalKey] = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
  }
  return holder[globalKey];
}

export async function disconnectDb(): Promise<void> {
  const holder = globalThis as GlobalWithPrisma;
  const client = holder[globalKey];
  holder[globalKey] = undefined;
  await client?.$disconnect();
}
