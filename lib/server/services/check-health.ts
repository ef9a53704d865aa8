import { db } from "@/lib/server/db";

export interface Health {
  status: "ok" | "unavailable";
  database: "up" | "down";
}

export async function checkHealth(): Promise<Health> {
  try {
    await db().$queryRaw`SELECT 1`;
    return { status: "ok", database: "up" };
  } catch {
    return { status: "unavailable", database: "down" };
  }
}
