// Words for suggested pseudonyms: calm, nature-ish, never about the reason someone is here.
export const gentleAdjectives = [
  "Quiet", "Gentle", "Steady", "Warm", "Soft", "Calm", "Kind", "Patient", "Bright", "Still",
  "Brave", "Hopeful", "Tender", "Mellow", "Golden", "Misty", "Silver", "Little", "Wild", "Evening",
] as const;

export const gentleNouns = [
  "Willow", "River", "Harbor", "Meadow", "Lantern", "Fern", "Sparrow", "Cedar", "Pebble", "Tide",
  "Birch", "Heron", "Moss", "Ember", "Orchard", "Maple", "Brook", "Robin", "Clover", "Dune",
] as const;
