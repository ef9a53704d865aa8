// Crisis lines by country: the one place they are kept. Each line says how to reach it and when
// it was last checked against the service's own published information (`checked`, `source`).
// Check every line again at least twice a year; a wrong number at the wrong moment is a harm.

export const crisisRegionCodes = [
  "US",
  "CA",
  "GB",
  "IE",
  "AU",
  "NZ",
  "DE",
  "FR",
  "ES",
  "IN",
  "INTL",
] as const;
export type CrisisRegionCode = (typeof crisisRegionCodes)[number];

export interface CrisisLine {
  name: string;
  /** How to reach it, in words ("Call or text 988, day or night"). */
  how: string;
  /** A number for a tel: link, digits only. */
  call?: string;
  /** A number for an sms: link, and what to write, if texting is offered. */
  text?: { number: string; body?: string };
  url?: string;
  checked: string;
  source: string;
}

export interface CrisisRegion {
  code: CrisisRegionCode;
  name: string;
  /** The emergency number, for immediate danger. */
  emergency: string;
  lines: CrisisLine[];
}

const checked = "2026-11-28";

export const crisisRegions: Record<CrisisRegionCode, CrisisRegion> = {
  US: {
    code: "US",
    name: "United States",
    emergency: "911",
    lines: [
      {
        name: "988 Suicide & Crisis Lifeline",
        how: "Call or text 988, or chat online, day or night",
        call: "988",
        text: { number: "988" },
        url: "https://988lifeline.org",
        checked,
        source: "https://988lifeline.org",
      },
      {
        name: "Crisis Text Line",
        how: "Text HOME to 741741",
        text: { number: "741741", body: "HOME" },
        url: "https://www.crisistextline.org",
        checked,
        source: "https://www.crisistextline.org",
      },
    ],
  },
  CA: {
    code: "CA",
    name: "Canada",
    emergency: "911",
    lines: [
      {
        name: "9-8-8 Suicide Crisis Helpline",
        how: "Call or text 988, day or night",
        call: "988",
        text: { number: "988" },
        url: "https://988.ca",
        checked,
        source: "https://988.ca",
      },
      {
        name: "Kids Help Phone (young people)",
        how: "Call 1-800-668-6868 or text CONNECT to 686868",
        call: "18006686868",
        text: { number: "686868", body: "CONNECT" },
        url: "https://kidshelpphone.ca",
        checked,
        source: "https://kidshelpphone.ca",
      },
    ],
  },
  GB: {
    code: "GB",
    name: "United Kingdom",
    emergency: "999",
    lines: [
      {
        name: "Samaritans",
        how: "Call 116 123, free, day or night",
        call: "116123",
        url: "https://www.samaritans.org",
        checked,
        source: "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
      },
      {
        name: "Shout",
        how: "Text SHOUT to 85258",
        text: { number: "85258", body: "SHOUT" },
        url: "https://giveusashout.org",
        checked,
        source: "https://giveusashout.org",
      },
    ],
  },
  IE: {
    code: "IE",
    name: "Ireland",
    emergency: "112 or 999",
    lines: [
      {
        name: "Samaritans",
        how: "Call 116 123, free, day or night",
        call: "116123",
        url: "https://www.samaritans.org/ireland/",
        checked,
        source: "https://www.samaritans.org/ireland/how-we-can-help/contact-samaritan/",
      },
      {
        name: "Text 50808",
        how: "Text HELLO to 50808",
        text: { number: "50808", body: "HELLO" },
        url: "https://text50808.ie",
        checked,
        source: "https://text50808.ie",
      },
    ],
  },
  AU: {
    code: "AU",
    name: "Australia",
    emergency: "000",
    lines: [
      {
        name: "Lifeline",
        how: "Call 13 11 14 or text 0477 13 11 14, day or night",
        call: "131114",
        text: { number: "0477131114" },
        url: "https://www.lifeline.org.au",
        checked,
        source: "https://www.lifeline.org.au",
      },
      {
        name: "Beyond Blue",
        how: "Call 1300 22 4636",
        call: "1300224636",
        url: "https://www.beyondblue.org.au",
        checked,
        source: "https://www.beyondblue.org.au",
      },
    ],
  },
  NZ: {
    code: "NZ",
    name: "New Zealand",
    emergency: "111",
    lines: [
      {
        name: "Need to talk?",
        how: "Call or text 1737, free, day or night",
        call: "1737",
        text: { number: "1737" },
        url: "https://1737.org.nz",
        checked,
        source: "https://1737.org.nz",
      },
      {
        name: "Lifeline Aotearoa",
        how: "Call 0800 543 354",
        call: "0800543354",
        url: "https://www.lifeline.org.nz",
        checked,
        source: "https://www.lifeline.org.nz",
      },
    ],
  },
  DE: {
    code: "DE",
    name: "Deutschland",
    emergency: "112",
    lines: [
      {
        name: "TelefonSeelsorge",
        how: "0800 111 0 111 oder 0800 111 0 222, kostenlos, rund um die Uhr; auch per Chat",
        call: "08001110111",
        url: "https://www.telefonseelsorge.de",
        checked,
        source: "https://www.telefonseelsorge.de",
      },
    ],
  },
  FR: {
    code: "FR",
    name: "France",
    emergency: "112 (ou 15, SAMU)",
    lines: [
      {
        name: "3114, numéro national de prévention du suicide",
        how: "Appelez le 3114, gratuit, 24h/24 et 7j/7",
        call: "3114",
        url: "https://3114.fr",
        checked,
        source: "https://3114.fr",
      },
    ],
  },
  ES: {
    code: "ES",
    name: "España",
    emergency: "112",
    lines: [
      {
        name: "024, Línea de atención a la conducta suicida",
        how: "Llama al 024, gratuito y confidencial, 24 horas",
        call: "024",
        url: "https://www.sanidad.gob.es/linea024/",
        checked,
        source: "https://www.sanidad.gob.es/linea024/",
      },
      {
        name: "Teléfono de la Esperanza",
        how: "Llama al 717 003 717",
        call: "717003717",
        url: "https://telefonodelaesperanza.org",
        checked,
        source: "https://telefonodelaesperanza.org",
      },
    ],
  },
  IN: {
    code: "IN",
    name: "India",
    emergency: "112",
    lines: [
      {
        name: "Tele MANAS",
        how: "Call 14416 or 1-800-891-4416, free, day or night, in 20 languages",
        call: "14416",
        url: "https://telemanas.mohfw.gov.in",
        checked,
        source: "https://telemanas.mohfw.gov.in",
      },
    ],
  },
  INTL: {
    code: "INTL",
    name: "Somewhere else",
    emergency: "your local emergency number",
    lines: [
      {
        name: "Find A Helpline",
        how: "Free, confidential crisis lines in over 130 countries, by phone, text and chat",
        url: "https://findahelpline.com",
        checked,
        source: "https://findahelpline.com",
      },
      {
        name: "Befrienders Worldwide",
        how: "Emotional support centres around the world",
        url: "https://befrienders.org",
        checked,
        source: "https://befrienders.org",
      },
    ],
  },
};

export function isCrisisRegionCode(value: string): value is CrisisRegionCode {
  return (crisisRegionCodes as readonly string[]).includes(value);
}

/**
 * The region a browser's languages point to ("en-GB,en;q=0.9" → GB; "de" → DE; "en" → US),
 * or the international directory when none of ours fits.
 */
export function regionFromLanguages(acceptLanguage: string | null | undefined): CrisisRegionCode {
  const tags = (acceptLanguage ?? "")
    .split(",")
    .map((part) => part.split(";")[0]?.trim() ?? "")
    .filter(Boolean);
  for (const tag of tags) {
    const [language, region] = tag.split("-");
    const upper = region?.toUpperCase();
    if (upper === "UK") return "GB";
    if (upper && isCrisisRegionCode(upper) && upper !== "INTL") return upper;
    const byLanguage: Record<string, CrisisRegionCode> = { de: "DE", fr: "FR", es: "ES", hi: "IN", en: "US" };
    if (!upper && language && byLanguage[language.toLowerCase()]) return byLanguage[language.toLowerCase()]!;
  }
  return "INTL";
}
