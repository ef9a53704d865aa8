// Reads one stage of a Dockerfile, for `npm run image:rehearse` (scripts/image-rehearse.ts):
// the subset Hearth's Dockerfile uses (exec-form CMD, unquoted ENV values).

export interface Instruction {
  keyword: string;
  args: string;
}

/** The instructions of one stage, continuation lines joined, comments dropped. */
export function readStage(dockerfile: string, stage: string): Instruction[] {
  const logical = dockerfile
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  const start = logical.findIndex((line) => new RegExp(`^FROM\\s+\\S+\\s+AS\\s+${stage}$`, "i").test(line));
  if (start < 0) throw new Error(`The Dockerfile has no stage called "${stage}".`);
  const end = logical.findIndex((line, index) => index > start && /^FROM\s/i.test(line));
  return logical.slice(start + 1, end < 0 ? undefined : end).map((line) => {
    const [keyword = "", ...rest] = line.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(" ") };
  });
}

/** `CMD ["node", "x"]` → ["node", "x"]. */
export function execForm(args: string): string[] {
  return JSON.parse(args.replace(/^CMD\s+/i, "")) as string[];
}

/** `ENV A=1 B=2` (unquoted values) → { A: "1", B: "2" }. */
export function parseEnv(args: string): Record<string, string> {
  return Object.fromEntries(args.split(/\s+/).map((pair) => pair.split("=", 2) as [string, string]));
}
