// A push-service stand-in on loopback (listed in PUSH_SERVICE_HOSTS), with browser-like devices:
// each device is a P-256 key pair and an auth secret, made here, and an endpoint on the stand-in
// that answers as the test says (201, 410, 503, or never). What Hearth posts is kept and can be
// decrypted with the device's own keys (http_ece, aes128gcm), as the browser would.
import { createECDH, randomBytes, randomUUID, type ECDH } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { decrypt } from "http_ece";

export type Answer = "accept" | "gone" | "error" | "hang";

export interface Device {
  id: string;
  endpoint: string;
  /** What the browser's PushSubscription.toJSON() carries. */
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } };
  ecdh: ECDH;
  authSecret: Buffer;
  answer: Answer;
}

export interface ReceivedPush {
  deviceId: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The payload as the device reads it, decrypted with its own keys. */
  text: string;
}

export interface PushService {
  url: string;
  device(answer?: Answer): Device;
  /** Every push this device received so far. */
  received(device: Device): ReceivedPush[];
  /** Resolves with the first push to this device that matches (already received, or to come). */
  next(device: Device, matches?: (push: ReceivedPush) => boolean, timeoutMs?: number): Promise<ReceivedPush>;
  /** Requests held open by "hang" devices right now. */
  hanging(): number;
  /** Answers every hanging request (201) and stops hanging. */
  release(): void;
  close(): Promise<void>;
}

export async function startPushService(): Promise<PushService> {
  const devices = new Map<string, Device>();
  const pushes: ReceivedPush[] = [];
  const held = new Set<ServerResponse>();
  let releasing = false;
  const waiters = new Set<() => void>();

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const device = devices.get((request.url ?? "").split("/").pop() ?? "");
      if (!device) return void response.writeHead(404).end();
      const body = Buffer.concat(chunks);
      const text = decrypt(body, {
        version: "aes128gcm",
        privateKey: device.ecdh,
        authSecret: device.authSecret,
      }).toString("utf8");
      pushes.push({ deviceId: device.id, headers: request.headers, body, text });
      for (const wake of waiters) wake();
      if (device.answer === "hang" && !releasing) {
        held.add(response);
        response.on("close", () => held.delete(response));
        return;
      }
      const status = { accept: 201, gone: 410, error: 503, hang: 201 }[device.answer];
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const release = () => {
    releasing = true;
    for (const response of held) response.writeHead(201).end();
  };
  return {
    url,
    device(answer = "accept") {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const authSecret = randomBytes(16);
      const id = randomUUID();
      const endpoint = `${url}/push/${id}`;
      const device: Device = {
        id,
        endpoint,
        subscription: {
          endpoint,
          keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: authSecret.toString("base64url") },
        },
        ecdh,
        authSecret,
        answer,
      };
      devices.set(id, device);
      return device;
    },
    received: (device) => pushes.filter((push) => push.deviceId === device.id),
    next(device, matches = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const look = () => {
          const found = pushes.find((push) => push.deviceId === device.id && matches(push));
          if (!found) return false;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(found);
          return true;
        };
        const wake = () => void look();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`no push to the device within ${timeoutMs} ms`));
        }, timeoutMs);
        if (!look()) waiters.add(wake);
      });
    },
    hanging: () => held.size,
    release,
    async close() {
      release();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
