// Plans, methods and their timing: the strongest signs that someone is in danger now.
import type { CrisisRuleSpec } from "@/lib/server/safety/crisis/crisis-rule";

const pills =
  "(pills|tablets|meds|medication|medicine|painkillers|sleeping pills|paracetamol|tylenol|ibuprofen|antidepressants|insulin)";
const places =
  "(bridge|roof|rooftop|building|balcony|window|cliff|ledge|edge|car park|parking garage|overpass|tower|train|tracks|traffic|bus|truck|lorry|river|sea)";

export const meansRules: CrisisRuleSpec[] = [
  {
    id: "means.rope",
    category: "plan_means",
    describe: "Mentions a rope or noose meant for themselves",
    pattern:
      "noose|(bought|got|have|found|buying|getting|ordered) (a |some |the )?rope(?! (for|to tie|to hang (the|a|my) (washing|laundry|clothes|hammock|swing|picture)|ladder|swing|toy|course))|rope is (already )?(up|ready|tied|hanging)",
    acute: true,
    unless:
      "(clothesline|washing line|diy|camping|tent|boat|climbing|hammock|swing|dog lead|leash|moving|garden|tie down|crafts|macrame|tug of war|skipping)",
  },
  {
    id: "means.pills-taken",
    category: "plan_means",
    describe: "Has taken, or will take, a large amount of medication",
    pattern: `(${pills}|paracetamol) ~6 (vodka|alcohol|whisky|whiskey|wine|bottle of)|(vodka|alcohol|whisky|whiskey|wine) ~6 ${pills}|(filled|collected|picked up) ~3 prescription ~3 (twice|on purpose|extra|again)|(took|taken|swallowed|swallow|take|taking|downed|down) (a whole bottle|the whole bottle|a bottle|whole bottle|all|everything|every one|too many|a handful|handfuls|a bunch|all of|\\d+|twenty|thirty|forty|fifty|a box|the box|the lot) ~3 ${pills}|(took|take|taking|swallowed) ~2 ${pills} at once`,
    acute: true,
  },
  {
    id: "means.pills-stockpile",
    category: "plan_means",
    describe: "Is saving up medication",
    pattern: `(saving|saved|stockpiling|stockpiled|hoarding|collecting|saving up|kept) ~2 ${pills}|enough ~2 ${pills} to|${pills} ~3 (ready|in front of me|counted|lined up|out on the table|next to me|in my hand)|(save|saving|saved|keep|keeping|stockpile|stockpiling|hoard|hoarding) (them|it) (all )?up|wash (down|it down|them down) ~2 ${pills}|${pills} ~4 wash (them|it)? ?down|have enough ${pills}|enough ${pills} to (do it|die|end|kill|never)|have enough to do it`,
    acute: true,
  },
  {
    id: "means.how-to",
    category: "plan_means",
    describe: "Asks or reads about how to die",
    pattern: `how (many|much) ~3 ${pills}? ~3 (to die|to kill|would it take|does it take|to overdose|to not wake up|is lethal|to end it)|(painless|easiest|quickest|fastest|best|surest|least painful) (way|ways|method|methods) to (die|kill myself|end it|go|end my life)|(researching|research|looking up|looked up|googling|googled|searching|reading about|read about) ~3 (ways|how) to (die|kill myself|end it|end my life|overdose|hang)|ways to (kill myself|end my life|commit suicide)|(which|what) (bridge|building) is (the )?(highest|tallest)|(highest|tallest) (bridge|building) ~4 (jump|so i can)|(looked up|looking up|checked|researched|googled) how (high|tall|far down|deep|many floors)|(floors|storeys|stories|feet|metres|meters|pills|tablets) ~2 (should|would|will) be enough|how (many|much) (of )?(my )?${pills} ~3 (it )?(would|will|does|to) (take|kill|be enough)|(have|got) (more than )?enough ${pills}|(more than|plenty) enough#end`,
  },
  {
    id: "means.overdose",
    category: "plan_means",
    describe: "Speaks of overdosing",
    pattern:
      "(going to|gonna|want to|will|plan to|planning to|about to|thinking of|thinking about|try to|ready to|decided to) ~1 (overdose|od|take an overdose)(?! on (chocolate|sugar|coffee|netflix|tv|cake|candy|sweets|caffeine))|i (just|have just|have) (overdosed|od|taken an overdose)",
    acute: true,
  },
  {
    id: "means.jump",
    category: "plan_means",
    describe: "Speaks of jumping or stepping in front of something",
    pattern: `(jump|jumping|throw myself|throwing myself|step|stepping) (off|from|in front of|onto|into|under) ~2 ${places}|(walk|walking|lie|lying|lay|laying) (onto|on|in front of|into) ~2 (tracks|train tracks|railway|railway line|traffic|motorway)|(going to|about to|want to|ready to|gonna|will) jump(?= (?:\\.|off|from|tonight|now|right|$))|(in front of|under) (a|the) (train|bus|truck|lorry|car|tram)`,
    unless:
      "(jump|jumping) (in|into) (the )?(pool|lake|sea|shower|conversation|queue)|(bungee|bungy|diving|cliff diving|swimming|for fun|bucket list|parachute|skydiving)",
  },
  {
    id: "means.on-the-edge",
    category: "plan_means",
    describe: "Is standing somewhere high or on the tracks",
    pattern:
      "(standing|stood|sitting|sat|i am|waiting) on (the|a|top of the) (bridge|ledge|edge|tracks|train tracks|railway|roof|rooftop|cliff)(?! (terrace|garden|bar|club|of my seat|party))",
    acute: true,
    unless: "(enjoying|view|sunset|sun|party|drinks|barbecue|picnic|club)",
  },
  {
    id: "means.wrists",
    category: "plan_means",
    describe: "Speaks of cutting their wrists or throat",
    pattern: "(slit|slice|slicing|cut|cutting|open|opening) ~1 (my )?(wrists|wrist|throat|veins)",
    acute: true,
  },
  {
    id: "means.blade",
    category: "plan_means",
    describe: "Mentions a blade meant for themselves",
    pattern:
      "(razor|blade|blades|knife) ~12 (wrist|wrists|arm|arms|thigh|thighs|skin|veins|use them|use it|finish it)|(razor|razors|blade|blades|knife|rope|gun) ~3 (ready|next to me|in my hand)|(bought|got|buy|hid|hidden|hide|new|fresh|sharpened) (new )?blades",
    acute: true,
  },
  {
    id: "means.car",
    category: "plan_means",
    describe: "Speaks of crashing their car on purpose",
    unless: "rather ~8 than",
    pattern:
      "(drive|driving|crash|crashing|swerve|swerving|steer|steering) ~3 (into|off) ~2 (wall|tree|river|cliff|bridge|traffic|oncoming|truck|lorry|lamppost|pole|barrier|lake|sea|water|reservoir|quarry)|crash(ing)? (my|the) car|make it look like an accident|walk (into|in to) the (sea|ocean|lake|river|water)",
  },
  {
    id: "means.gun",
    category: "plan_means",
    describe: "Mentions a gun pointed at themselves",
    pattern:
      "(gun|pistol|rifle|shotgun) ~8 (my head|my mouth|my temple|myself|holding it|in my hand|loaded|in my room|in my lap)|(engine|motor) running ~6 (garage|closed|door)|(use|using) (it|that|the gun|the rifle) on myself|(rifle|gun|shotgun|pistol) ~6 (my window|that is when|my chance)|(garage|car) ~6 engine running|exhaust (pipe|fumes|hose)|(hose|tube) (from|to) the exhaust",
    acute: true,
    unless:
      "(hunting|hunt|range|shooting club|clay|rabbits|deer|duck|pheasant|licence|license|gun safe|farm|target practice)",
  },
  {
    id: "means.note",
    category: "plan_means",
    describe: "Has written a suicide note",
    pattern:
      "suicide note|(wrote|writing|written|write|finished|left) ~2 (my|a|the) (goodbye note|goodbye letter|last letter|final letter)|(the|my) note is (written|done|ready)|(wrote|written|finished|left) (the|my) note(?! (to|for|about|of) (the|my|a)? ?(teacher|landlord|boss|school|work|doctor|neighbour|neighbor|santa|class|meeting|exam|lecture))",
  },
  {
    id: "means.have-a-plan",
    category: "plan_means",
    describe: "Has a plan to die",
    pattern:
      "(have|got|made|making|with) a plan (to|for) (die|dying|kill myself|end (it|my life|things)|suicide)|my plan (to|for) (die|dying|kill myself|end it|end my life)|(that is|this is) how i am (going|doing it|going to do it)|(set|picked|chose|chosen|decided on) (the|a|my) (date|day|time|method|place|spot)#end|(set|picked|chose|chosen|decided on) (the|a|my) (date|day|time|method|place|spot) (for|to) (it|end|die|go)",
  },
];
