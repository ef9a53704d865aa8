// Hopelessness that carries intent: being a burden, no reason to live, no way on. Plain sadness
// ("I can't take it anymore, my boss…") is a cue only, counted with another sign.
import type { CrisisRuleSpec } from "@/lib/server/safety/crisis/crisis-rule";

export const hopelessnessRules: CrisisRuleSpec[] = [
  {
    id: "hopeless.better-without-me",
    category: "hopelessness",
    describe: "Believes others would be better off without them",
    pattern:
      "(better|happier|easier|better off|better place) (off )?without ~4 me|(better|happier|easier) (off )?(for everyone )?if i (was|were|am) (dead|gone|not here|not around|not alive|never born)|(better|easier|kinder|happier) (for|to) (everyone|them|all of them|my family|him|her|my (mum|mom|dad|parents|kids|son|daughter|wife|husband)) if i (was not|were not|am not|was|were|died|did not) ~1 (here|around|alive|gone|dead|exist|wake up)|(kids|family|children|wife|husband|son|daughter|parents) would be better (off )?with (the|my) (life )?insurance",
    aboutSelf: "inherent",
  },
  {
    id: "hopeless.nobody-would-notice",
    category: "hopelessness",
    describe: "Believes nobody would notice if they died",
    pattern:
      "(nobody|no one|noone|none of them) (would|will) ~1 (notice|care|miss me|miss|even notice|even care) ~3 (if|when) i ~1 (died|die|was gone|were gone|disappeared|was dead|killed myself|was not here|were not here|left this world)",
    aboutSelf: "inherent",
  },
  {
    id: "hopeless.no-reason-to-live",
    category: "hopelessness",
    describe: "Sees no reason to live",
    negatable: false,
    pattern:
      "no (reason|point|purpose) (to|in|for) (live|living|go on|going on|keep going|keep living|be alive|being alive|stay|staying|wake up|waking up|exist|existing|me to live)|nothing (left )?to live for|what is the point (of|in) (living|life|going on|being alive|staying|existing|waking up|me being here|carrying on)|way out ~2 (except|but|other than|apart from) ~2 (dying|death|die|suicide|ending it|to die)|(see no|there is no|not any|no) (reason|point|purpose) ~3 (live|living|keep living|go on|going on|keep going|stay|staying|be alive|stay alive|wake up|stick around|sticking around|be here|carry on)|what is the point of me|(taking up|wasting) (air|space|oxygen) (someone|that)|time to stop being (one|a burden|a problem)|(won't|will not) be a (problem|burden) ~2 (much longer|for long|soon)",
  },
  {
    id: "hopeless.cant-go-on",
    category: "hopelessness",
    describe: "Says they cannot go on living",
    pattern:
      "can not (go on|keep going|keep living|live like this|live with this|continue living|survive another|make it through another|be here anymore)|(need|have) to end this ~1 (can not|for good|tonight)",
    negatable: false,
    unless: "(job|boss|work|school|class|degree|course|diet|relationship with|marriage) ",
  },
  {
    id: "hopeless.tired-of-fighting",
    category: "hopelessness",
    describe: "Is tired of fighting to stay alive",
    pattern:
      "tired of (fighting|trying) (to stay alive|to live|for my life|to keep going|to keep living|to stay here)",
  },
  {
    id: "hopeless.cant-take-it",
    category: "hopelessness",
    describe: "Says they cannot take any more",
    pattern:
      "can not (do this|take (it|this)|take any more|handle (it|this)|cope|bear (it|this)|keep doing this) ~1 (anymore|any more|any longer)|i can not anymore|i am (so )?done#end|i am done (fighting|trying)|i give up#end|want (it|this|the pain|everything) to stop#end|(i am|i feel) so (tired|exhausted) of everything|(it|things|nothing|life) (does not|do not|will not|is never going to|never) ~1 (get|gets|getting) better|(never going to|will never) stop hurting|hope is gone|(nobody|no one) can help me|(no|not any) (future|hope|light) (for me|left|at the end)|nothing (works|helps|will change|is ever going to change)|(broken|ruined) beyond (fixing|repair)|i ruin everything|(counting down|count down) (the|my) (days|hours)",
    cue: "distress",
    negatable: false,
  },
  {
    id: "hopeless.burden",
    category: "hopelessness",
    describe: "Feels they are a burden",
    pattern:
      "(i am|i feel like|i feel|i have become|i have been) ~2 (a|such a|the) (burden|problem|weight|mistake)|(my )?(whole )?existence is a mistake|nobody needs me (anymore|any more)|my time is (done|up|over)|i am the reason ~4 (falling apart|suffering|unhappy|miserable)|(nobody|no one) would (miss|notice) me|tired of being (the|a) (problem|burden)|(nobody|no one) (would|will) have to (deal|worry|put up) with me|(deserve|deserves) better than me|if i (was not|were not|am not) (here|around)",
    cue: "burden",
    aboutSelf: "inherent",
  },
];
