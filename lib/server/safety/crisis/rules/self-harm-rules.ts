// Hurting oneself now: cutting, burning, hitting, relapse and urges. Accidents ("I cut myself
// chopping onions") and recovery told in the past are set aside.
import type { CrisisRuleSpec } from "@/lib/server/safety/crisis/crisis-rule";

const accident =
  "(chopping|cooking|shaving|by accident|accidentally|on (a|the) (knife|glass|paper|tin|can|stove|oven|iron|tray|pan|kettle)|paper cut|while (cooking|shaving|gardening|baking)|oven|stove|iron|tray|pan|kettle|coffee|tea|sunburn|in the sun|at the gym|gym|falling|fell|tripped|playing|running|lifting|skiing|football|workout|sprain|my back|knee|ankle|wrist playing)";

export const selfHarmRules: CrisisRuleSpec[] = [
  {
    id: "self-harm.hurt-myself",
    category: "self_harm",
    describe: "Hurts themselves, or wants to",
    pattern:
      "(cut|cutting|cuts|slash|slashing|carve|carving|burn|burned|burnt|burning|hurt|hurting|harm|harming|punish|punishing|hit|hitting|punch|punching|starve|starving|scratch|scratching|bruise|bruising) ~1 myself|(cut|cutting|burn|burned|burnt|burning|carve|carving) ~1 (my )?(arm|arms|thigh|thighs|legs|leg|skin|stomach|hips|wrists)|(use|using) (it|them|this|that|the blade|the razor|a blade) on (myself|my (wrists|wrist|arms|arm|skin|thighs|legs))|(carve|carving|carved|etch|etching|scratch|scratching|scratched) ~4 (into|in) my (skin|arm|arms|thigh|thighs|leg|legs|wrist|wrists|stomach)|(hit|hitting|punched|punching|slammed|slamming|scalded|scalding|burned|burnt|burning|bit|biting|scratched|scratching|cut|cutting|banged|banging|hurt|starved|bruised) ~6 (on purpose|deliberately)",
    aboutSelf: "inherent",
    unless: accident,
  },
  {
    id: "self-harm.again",
    category: "self_harm",
    describe: "Has hurt themselves again",
    pattern:
      "(cut|cutting|sh|self harm|self harmed|self harming|harmed|relapsed|relapse|burned|burnt) ~1 (again|deeper|worse than|last night|this morning|tonight)|cut (deep|deeper) (tonight|again|this time)|(i|i just|just|i have|i had) cut(?= (?:\\.|$|again|tonight|today|last night|this morning|for the first time|three times|twice|deeper|and|\\d+ times))|cut (for the first time|three times|twice|\\d+ times)|(cutting|burning|scratching|hitting myself|self harming) (every|each) (night|day|morning)|(got out|get out|getting|grabbed|grab|took out) (the|my) (razor|blade|blades)|(broke|broken|lost) my (streak|clean streak)|(tw|trigger warning|cw) (sh|self harm|cutting)|(opened|reopened|open) ~2 (old )?(scars|wounds|cuts)|(cuts|wounds|burns) ~4 (infected|adding more|keep adding)|(hide|hiding|cover|covering) (the )?(cuts|scars|marks|wounds|burns|blood)|(marks|cuts|scars) on my (legs|arms|wrists|thighs|stomach) ~6 (lie|lied|lying|told (her|him|them) it was)|(razors|razor|blades|blade|sharpener) ~4 (to cut|to use on myself|apart)|(took|taken|take) (the|a|my) (sharpener|pencil sharpener) apart|starve (myself|themselves) ~3 (punishment|punish)|(wearing|wear) ~4 (so (the )?blood|to hide (the )?(cuts|marks|scars))|(arm|arms|legs|thighs) (is|are) a mess|(gauze|bandages|plasters) ~8 (going through|hide|hiding)|(\\d+|forty|fifty|sixty) days clean gone",
    acute: true,
    unless: accident,
  },
  {
    id: "self-harm.urge",
    category: "self_harm",
    describe: "Has an urge to hurt themselves",
    pattern:
      "(urge|urges|need|want|wanting|itching|craving|cravings|tempted) ~1 to (cut|sh|self harm|hurt myself|harm myself|burn myself|bleed|feel pain|hurt)#end|(urge|urges|need|want|wanting|itching|craving|cravings|tempted) ~1 to (cut|sh|self harm|hurt myself|harm myself|burn myself|bleed|feel pain)|(sh|self harm|cutting|cut) (urges|urge|cravings)|(need|want|deserve|deserved) to (feel pain|hurt|bleed|suffer)|thinking (about|of) (cutting|self harming|hurting myself|harming myself)",
    unless: "want to hurt (him|her|them|you)|(cut|cutting) (my hair|the grass|carbs|sugar|back|ties|off)",
  },
  {
    id: "self-harm.doing",
    category: "self_harm",
    describe: "Is self-harming",
    pattern:
      "(i|else|started|start|been|am|keep|still|did|doing|done|back to|went back to) ~1 (self harming|self harm|self harmed|sh|harming myself)(?! (awareness|support|charity|helpline|resources|talk|class|community|group|forum|recovery))",
    unless:
      "free from|clean from|(days|weeks|months|years) (free|clean)|(stopped|quit|gave up|recovering from|recovered from) ~1 (self harming|self harm|sh|cutting)",
  },
  {
    id: "self-harm.relapse",
    category: "self_harm",
    describe: "Has relapsed into self-harm",
    pattern: "(relapsed|relapse|relapsing) ~6 (sh|self harm|self harming|cutting|cut|burning|blade|blades)",
    acute: true,
  },
  {
    id: "self-harm.until-it-bled",
    category: "self_harm",
    describe: "Hurt themselves until they bled",
    pattern:
      "(scratched|scratching|scratch|hit|hitting|punched|punching|banged|banging|bit|biting|bite|picked|picking|pulling) ~4 (until|till|til|so hard) ~3 (bled|bleed|bleeding|bruise|bruised|split|it hurt|open|raw)|(scratching|scratched|picking|picked|tearing) ~3 (skin|arms|arm|legs|wrists) (open|raw)|(blood|bleeding) (on|all over) my (sheets|bed|clothes|sleeves)|(scratched|scratching|clawed|clawing|picked|picking) ~2 (face|skin|arms|legs|scalp) (raw|open|bloody)|(digging|dug|dig) my (nails|fingernails) into my (wrists|arms|skin|legs|palms) ~4 (bleed|bleeding|blood|marks)|(biting|bit|bite) my (arms|arm|hands|lips|wrists) ~4 (bruise|bleed|blood)|(broke|break|broken) my (own )?(finger|hand|wrist|arm|nose) ~4 (on purpose|deliberately)|(hit|hitting|banged|banging|bang) my head (against|on|into) (the|a) wall",
    unless: "(laughing|by accident|accidentally)",
  },
  {
    id: "self-harm.fresh-cuts",
    category: "self_harm",
    describe: "Has fresh cuts or burns",
    pattern:
      "(fresh|new|deep|open) (cuts|wounds|burns)|(arms|legs|thighs|wrists|skin|body) ~3 (covered in|full of) (cuts|scars|burns|bruises)",
    unless: "(long time ago|years ago|old scars|healed|from an accident|surgery)",
  },
];
