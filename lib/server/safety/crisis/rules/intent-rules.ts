// Saying one wants to die or to end one's life, in the many ways people say it.
import type { CrisisRuleSpec } from "@/lib/server/safety/crisis/crisis-rule";
import { deathActs, deathStates, intending, wanting } from "@/lib/server/safety/crisis/rules/vocabulary";

const notHyperbole =
  "(die|dead|dying) (of|from) (embarrassment|shame|laughing|cringe|boredom|thirst|hunger)|dying to (see|know|try|go|meet|hear|get|watch|read)";

export const intentRules: CrisisRuleSpec[] = [
  {
    id: "intent.wants-to-die",
    category: "intent",
    describe: "Says they want or intend to die",
    pattern: `${wanting} ~3 ((to|about|of|on) )?~1 (${deathStates}|${deathActs})|${intending} ~3 ((to|about|of|on) )?~1 ${deathActs}|going to die (tonight|today|soon|by my own hand|on purpose|this weekend)|${wanting} ~1 to dye#end`,
    unless: `${notHyperbole}|end (it|things) with|(stop existing|disappear forever) (on|from) (social media|the internet|twitter|instagram|facebook|tiktok)|dying (my|her|his|the|it|them) (hair|clothes|shirt|eggs|blue|red|pink|black)`,
  },
  {
    id: "intent.kill-myself",
    category: "intent",
    describe: "Speaks of killing themselves",
    pattern:
      "(kill|killing|kills|offing|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|gas|end|ending|unalive|unaliving) myself|(checking|check) out of (this )?(life|world)",
    aboutSelf: "inherent",
    unless:
      "could kill myself for|kill(ing)? myself (laughing|at the gym|at work|with (work|overtime|training)|over (this|that|work))|myself in the foot|(killing|killed) myself (at|with|over|working|studying|training|trying)",
  },
  {
    id: "intent.end-my-life",
    category: "intent",
    describe: "Speaks of ending their life",
    pattern: "(end|ending|take|taking|took) my (own )?life",
    aboutSelf: "inherent",
    unless: "end my life as i know it",
  },
  {
    id: "intent.end-it-all",
    category: "intent",
    describe: "Speaks of ending it all",
    pattern:
      "end it all|ending it all|(end|ending) (it|things|everything) ~1 (for good|forever|tonight|once and for all|this time)",
    unless: "end (it|things) with",
  },
  {
    id: "intent.suicide-thoughts",
    category: "intent",
    describe: "Speaks of suicide as their own intent",
    pattern:
      "(commit|committing|considering|contemplating|thinking about|thinking of|think about|thought about|thinking abt|attempt|attempting|planning|trying) ~2 (suicide|sewerslide|sewer slide)|(suicide|dying|death|killing myself|ending it|ending my life) (is|has been|feels like|seems like|looks like|keeps) ~2 (the only|my only|the best|the answer|all i|on my mind|in my head|my way out)|(suicide|killing myself|dying|ending it) is all i ~2 think about|s word (thoughts|again|is winning|are winning|urges)",
    unless: "suicide (prevention|awareness|rates|hotline|line|squad|loss|barriers|nets|bomber|bombing)",
  },
  {
    id: "intent.suicidal",
    category: "intent",
    describe: "Says they feel suicidal",
    pattern:
      "suicidal(?! (prevention|awareness|rates|hotline|line|squad|loss|survivors|self))|(am|so|feel|feeling|very|really|been|being|still) ~1 suicide(?! (prevention|awareness|rates|hotline|line|squad|loss|survivors|barriers|nets))",
    unless:
      "(ask|asking|talk to|help someone|help a friend|support someone|warning signs|signs|people who|anyone who|someone who|if they|if someone|podcast|training|course|class|documentary|article|book|prevention|awareness|hotline|lecture|study|laptop|phone|computer|printer|battery|wifi|car is|pc|tv|thesis|research|researching|ideation|paper|essay|dissertation|(if|whether) (that|this|it) is suicidal|is (that|this|it) suicidal)",
  },
  {
    id: "intent.not-alive",
    category: "intent",
    describe: "Says they do not want to live",
    pattern:
      "((do not|does not|never) ~3 (want|wanna)|not wanting|(stopped|stop) wanting|(have|had|there is) no (wish|will|desire)) to (live|go on living|continue|carry on|keep on|be here to see|be alive|exist|go on|keep going|keep living|be here anymore|be here any more|be here no more|be here at all|be on this earth|be in this world|wake up|be anyone)|(do not|can not) see (why|the point|any reason) ~3 (live|living|keep living|go on|going on|stay alive|be alive|keep going|wake up)",
    negatable: false,
    unless:
      "wake up (early|so early|at \\d|for (work|school))|day off|be here (at|for) (this|the) (party|meeting|class|office|job)",
  },
  {
    id: "intent.wish-dead",
    category: "intent",
    describe: "Wishes they were dead",
    pattern:
      "wish ~1 (i|i am|i was|i were|i could|i had) ~2 (dead|die|died|not alive|never born|had never been born|not here|gone|disappear forever|stop existing|fade out)|(disappointed|upset|angry|sad|sorry) (that )?i (am|was) still (alive|here|breathing)|wake up disappointed|(god|jesus|the lord|the universe) ~2 (takes|take|would take|will take|to take) me|(would not|do not) mind (if i|dying|being dead|not waking)|(would not|do not) mind ~2 (did not|never|not) wake up|(hope|wish|pray) ~2 (a car|a bus|a truck|something|someone) ~4 (hits|hit|kills|kill|does not stop)|hit by a (bus|car|truck|train) ~8 (relief|glad|would not mind|not (sure|step))",
    unless: notHyperbole,
  },
  {
    id: "intent.never-wake",
    category: "intent",
    describe: "Wants to sleep and never wake up",
    pattern:
      "never wake up|not wake up (tomorrow|again|ever)|(pray|praying|hope|hoping|wish|wishing) ~1 (i|that i) ~1 (do not|will not|never) wake up|(the big|eternal|permanent|forever) sleep",
    negatable: false,
  },
  {
    id: "intent.rather-be-dead",
    category: "intent",
    describe: "Would rather be dead",
    pattern:
      "(better|rather) (off )?(be )?(dead|gone)|rather die than (keep|go on|going on|live|feel|face|wake up|go back|be)",
  },
  {
    id: "intent.done-with-life",
    category: "intent",
    describe: "Says they are done with life",
    pattern:
      "done with (life|living|being alive|existing|this life)|give up on (life|living)|giving up on (life|living)|(tired|sick) of (living|being alive|existing|life|waking up)|life (is|feels) (not|no longer) worth (living|it)|not worth living|let go of (life|everything)|i am letting go#end|(can not|can no longer|unable to) keep myself (alive|going|here)",
  },
  {
    id: "intent.want-it-over",
    category: "intent",
    describe: "Wants everything to end",
    pattern:
      "(want|wish|need) (it all|everything|all of it|all of this|my life) to (end|stop|be over)|(it will|it will all|it would) be over#end|by then ~3 (be )?over|(want|wish|need) (it|this|everything) to (end|stop|be over) (for good|forever|permanently)|want it over#end",
  },
  {
    id: "intent.death-as-answer",
    category: "intent",
    describe: "Sees their death as the answer",
    pattern:
      "(death|dying) (would be|is|feels like|seems like) ~1 (a relief|the answer|the only way|my only|peaceful|welcome|easier)|(fix|solution|answer|best thing|easiest way|only way|way out) ~3 (is|would be) ~1 (me|for me to) ~1 (not being alive|being dead|dying|die|not existing|gone|disappearing)|(do not|can not) see myself (making it|living|being here|being alive|alive|surviving) (to|until|till|past|through|at|another)|(not going to|will not) survive (this|it|much longer) ~3 i (do not|dont) want to|(can not|do not) see (a|any) (version of|future|next year|tomorrow|way) ~4 (with me|me in it|me alive|for me)|(only|best|last) (fix|option|answer|way) (left|is|would be) ~3 (me|myself|dying|death)|(removing|remove|erase|erasing) myself|(correct|fix) (it|that|the mistake) by (dying|leaving)|(i|we) do not have (years|long|much time) in me|(not|never) (going to )?(stay|stick around|be around|wait) (to|long enough to) (find out|see)|not planning to wait that long|(disappear|vanish) (for good|forever)",
  },
];
