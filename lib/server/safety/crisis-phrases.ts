// Words that suggest the writer may be in danger. A match never blocks or exposes anything: the
// message is posted as usual, its author alone sees a card with crisis resources, and the
// room's moderators get a self-harm-risk item at the top of their queue. Erring towards care
// is intended: a moderator's look costs little, a missed person costs everything.
export const crisisPhrases = [
  "kill myself",
  "killing myself",
  "end my life",
  "ending my life",
  "take my own life",
  "want to die",
  "wanna die",
  "wish i was dead",
  "wish i were dead",
  "better off dead",
  "better off without me",
  "no reason to live",
  "nothing to live for",
  "suicide",
  "suicidal",
  "hurt myself",
  "hurting myself",
  "harm myself",
  "self harm",
  "cut myself",
  "cutting myself",
  "overdose",
  "can't go on",
  "cant go on",
  "don't want to be here anymore",
  "dont want to be here anymore",
] as const;
