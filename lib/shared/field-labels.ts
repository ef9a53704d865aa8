// What each input field is called when Hearth tells a person something about it. Field names
// (facilitatorIds, roomId) are for programs; people read these words. A field means the same
// thing in every form, so one list serves every door; tests/unit/field-words.test.ts fails until
// a new field has its words here.

export const fieldLabels: Readonly<Record<string, string>> = {
  // Accounts and the member's own settings
  pseudonym: "Pseudonym",
  password: "Password",
  currentPassword: "Current password",
  newPassword: "New password",
  recoveryCode: "Recovery code",
  code: "Code from your authenticator app",
  pendingSignIn: "Sign-in",
  region: "Country for crisis lines",
  themes: "Themes to cover",
  ownWords: "Your own words to cover",
  coverCrisis: "Cover messages about crisis",
  coverWarned: "Cover messages with a content warning",
  messages: "Your messages",
  credential: "Passkey",
  passkeyId: "Passkey",
  // Rooms, messages and the people in them
  roomId: "Room",
  topicId: "Topic",
  userId: "Person",
  memberId: "Member",
  toUserId: "Moderator to hand it to",
  messageId: "Message",
  clientId: "Message",
  body: "Message",
  contentWarning: "Content warning",
  kind: "Reaction",
  acceptGuidelines: "Accepting the guidelines",
  listenOnly: "Listening only",
  after: "Where to read from",
  before: "Where to read to",
  changedSince: "Last time you caught up",
  limit: "How many messages",
  // Moderation and administration
  action: "What to do",
  reason: "Reason",
  details: "Details",
  note: "Note",
  minutes: "Mute length in minutes",
  seconds: "Slow mode",
  locked: "Lock",
  careful: "Careful room",
  guidelines: "Guidelines",
  onDuty: "On duty",
  phrase: "Word or phrase",
  id: "Item",
  slug: "Web address",
  name: "Name",
  description: "Description",
  capacity: "Capacity",
  newcomerMessages: "Messages before a member is no longer new",
  newcomerHours: "Hours after joining a room",
  linkAccountHours: "Account age before links are shown at once",
  linkMessages: "Messages before links are shown at once",
  // Check-ins and appeals
  checkInId: "Check-in",
  noticeId: "Notice",
  appealId: "Appeal",
  words: "Your words",
  decision: "Decision",
  // Sessions and reminders
  sessionId: "Session",
  occurrenceId: "Session",
  theme: "Theme",
  startsAt: "Start",
  timeZone: "Time zone",
  durationMinutes: "Length",
  weekly: "Every week",
  facilitatorIds: "Facilitators",
  on: "Slow mode",
  following: "Following",
  endpoint: "Push service",
  keys: "Browser push keys",
  p256dh: "Browser push key",
  auth: "Browser push secret",
  // Care alerts
  subscription: "This device's alerts",
  rooms: "Rooms to be alerted for",
  quietHours: "Quiet hours",
  from: "Quiet hours start",
  until: "Quiet hours end",
  itemId: "Item",
};

/**
 * The words for the field at `path` (the innermost named part: "ownWords.3" is one of your own
 * words); null for the input as a whole, or for a field without words yet.
 */
export function fieldLabel(path: readonly PropertyKey[]): string | null {
  const name = [...path].reverse().find((part): part is string => typeof part === "string");
  return name !== undefined && Object.hasOwn(fieldLabels, name) ? fieldLabels[name]! : null;
}
