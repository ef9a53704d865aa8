// Draws Hearth's icons (a calm flame on the accent green) into PNG files, with no image library:
// `npx tsx scripts/make-icons.ts`. The files are committed; run again only to change the design.
//   public/icons/icon-192.png, icon-512.png   rounded square ("any")
//   public/icons/maskable-512.png             full bleed, the flame inside the safe zone
//   public/icons/apple-touch-icon.png         180 px, full bleed
//   app/favicon.ico                           32 px PNG inside an ICO container
import { writeFileSync } from "node:fs";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";

type Rgba = [number, number, number, number];
const green: Rgba = [0x2f, 0x6b, 0x5f, 255];
const cream: Rgba = [0xfb, 0xf8, 0xf3, 255];
const amber: Rgba = [0xf2, 0xc2, 0x8f, 255];
const clear: Rgba = [0, 0, 0, 0];

/** A teardrop: a circle (centre cx, cy, radius r) drawn up to a point at (cx, tipY). */
function inTeardrop(x: number, y: number, cx: number, cy: number, r: number, tipY: number): boolean {
  const dx = x - cx;
  const dy = y - cy;
  if (dx * dx + dy * dy <= r * r) return true;
  const axis = cy - tipY;
  const along = y - tipY;
  if (along < 0 || along > axis) return false;
  const halfAngle = Math.asin(r / axis);
  const tangentLength = Math.sqrt(axis * axis - r * r);
  // Inside the cone from the tip to where its sides touch the circle.
  const angle = Math.atan2(Math.abs(dx), along);
  return angle <= halfAngle && Math.hypot(dx, along) <= tangentLength;
}

/** The colour at (x, y) in a unit square. */
function shade(x: number, y: number, rounded: boolean): Rgba {
  if (rounded) {
    const radius = 0.22;
    const cx = Math.min(Math.max(x, radius), 1 - radius);
    const cy = Math.min(Math.max(y, radius), 1 - radius);
    if (Math.hypot(x - cx, y - cy) > radius) return clear;
  }
  if (inTeardrop(x, y, 0.5, 0.6, 0.11, 0.43)) return amber;
  if (inTeardrop(x, y, 0.5, 0.56, 0.2, 0.2)) return cream;
  return green;
}

function draw(size: number, rounded: boolean): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py += 1) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1)
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = shade(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
            rounded,
          );
          // Premultiplied, so transparent edges do not darken.
          for (let c = 0; c < 3; c += 1) sum[c]! += colour[c]! * colour[3];
          sum[3]! += colour[3];
        }
      const alpha = sum[3]! / (samples * samples);
      for (let c = 0; c < 3; c += 1) row[1 + px * 4 + c] = alpha ? Math.round(sum[c]! / sum[3]!) : 0;
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function ico(image: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header[6] = size;
  header[7] = size;
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([header, image]);
}

const root = path.resolve(import.meta.dirname, "..");
const out = (file: string, data: Buffer) => {
  writeFileSync(path.join(root, file), data);
  console.log(`${file}: ${data.length} bytes`);
};
out("public/icons/icon-192.png", draw(192, true));
out("public/icons/icon-512.png", draw(512, true));
out("public/icons/maskable-512.png", draw(512, false));
out("public/icons/apple-touch-icon.png", draw(180, false));
out("app/favicon.ico", ico(draw(32, true), 32));
