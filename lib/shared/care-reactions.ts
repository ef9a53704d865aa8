// On a message whose words suggest its author may be in danger, reactions that can read as
// agreement ("Me too", "Strength") are not offered: only warmth. Shared so that the browser
// offers what the server accepts.
import { reactionKinds, type ReactionKindName } from "@/lib/shared/limits";

const offeredWithCare: readonly ReactionKindName[] = ["heart", "hug", "thank_you"];

export function reactionsOffered(message: { needsCare: boolean }): readonly ReactionKindName[] {
  return message.needsCare ? offeredWithCare : reactionKinds;
}
