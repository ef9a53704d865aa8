import type { MetadataRoute } from "next";

// Installable: a home-screen icon that opens the room directory in its own window.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Hearth — small, moderated support groups",
    short_name: "Hearth",
    description:
      "Small, moderated peer support groups. Talk with people who have been there, under a pseudonym.",
    start_url: "/rooms",
    scope: "/",
    display: "standalone",
    // The light theme's colours; the page itself follows the system setting, and the layout's
    // theme-color meta tags give the dark pair.
    background_color: "#fbf8f3",
    theme_color: "#2f6b5f",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
