// Many people and rooms at once, written straight into the database, with session cookies
// minted by next-auth's own encoder (each with its Session row): signing 1,000 people up through argon2 would take minutes
// and is not what load and fault tests measure. Each person is a member of their room, with its
// guidelines accepted. The server must run with `testSecret` (startAppProcess does).
import { encode } from "next-auth/jwt";
import pg from "pg";
import { hashSecret } from "@/lib/server/auth/passwords";
import { testSecret } from "@/tests/setup/app-process";

export interface MintedPerson {
  id: string;
  pseudonym: string;
  cookie: string;
  roomId: string;
}

export async function mintPeopleAndRooms(
  databaseUrl: string,
  options: { people: number; rooms: number; capacity?: number; joined?: boolean; prefix?: string },
): Promise<{ roomIds: string[]; people: MintedPerson[] }> {
  const prefix = options.prefix ?? "Load";
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const passwordHash = await hashSecret("minted person, password unused");
    const topic = await client.query(
      `INSERT INTO "Topic" (slug, name, "updatedAt") VALUES ($1, $2, now())
       ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [prefix.toLowerCase(), prefix],
    );
    const roomRows = await client.query<{ id: string }>(
      `INSERT INTO "Room" ("topicId", slug, name, guidelines, capacity, "updatedAt")
       SELECT $1, $4 || '-' || i, $5 || ' ' || i, 'Be kind.', $2, now() FROM generate_series(1, $3) AS i ORDER BY i RETURNING id`,
      [
        topic.rows[0].id,
        options.capacity ?? Math.max(2, Math.ceil(options.people / options.rooms)),
        options.rooms,
        prefix.toLowerCase(),
        prefix,
      ],
    );
    const userRows = await client.query<{ id: string; pseudonym: string }>(
      `INSERT INTO "User" (pseudonym, "pseudonymKey", "passwordHash", "recoveryCodeHash", "updatedAt")
       SELECT $3 || ' ' || i, lower($3) || i, $1, $1, now() FROM generate_series(1, $2) AS i ORDER BY i RETURNING id, pseudonym`,
      [passwordHash, options.people, prefix],
    );
    const roomIds = roomRows.rows.map((row) => row.id);
    // Sessions end on the server (docs/decisions/0013): each cookie names its session row.
    const sessionRows = await client.query<{ id: string; userId: string }>(
      `INSERT INTO "Session" ("userId") SELECT unnest($1::uuid[]) RETURNING id, "userId"`,
      [userRows.rows.map((user) => user.id)],
    );
    const sessionOf = new Map(sessionRows.rows.map((row) => [row.userId, row.id]));
    const people = await Promise.all(
      userRows.rows.map(async (user, index) => {
        const token = await encode({
          token: { sub: user.id, name: user.pseudonym, sv: 1, sid: sessionOf.get(user.id) },
          secret: testSecret,
        });
        return {
          id: user.id,
          pseudonym: user.pseudonym,
          cookie: `next-auth.session-token=${token}`,
          roomId: roomIds[index % roomIds.length] as string,
        };
      }),
    );
    if (options.joined) {
      await client.query(
        `INSERT INTO "Membership" ("roomId", "userId", "guidelinesAcceptedVersion", "guidelinesAcceptedAt", "updatedAt")
         SELECT room_id, user_id, 1, now(), now() FROM unnest($1::uuid[], $2::uuid[]) AS t(room_id, user_id)`,
        [people.map((person) => person.roomId), people.map((person) => person.id)],
      );
    }
    return { roomIds, people };
  } finally {
    await client.end();
  }
}
