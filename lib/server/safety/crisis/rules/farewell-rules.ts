// Goodbyes, last messages and giving things away. A plain "goodbye everyone" or "thank you for
// everything" is everyday chat, so those are cues (counted with another sign); the unmistakable
// ones are signals.
import type { CrisisRuleSpec } from "@/lib/server/safety/crisis/crisis-rule";

const everydayReasons =
  "(appointment|holiday|vacation|travel|travelling|trip|work|shift|busy|visiting|doctor|dentist|on leave|moving|exam|class|school|wedding|funeral|camping|hospital for|surgery|operation|offline for|phone)";

export const farewellRules: CrisisRuleSpec[] = [
  {
    id: "farewell.goodbye-forever",
    category: "farewell",
    describe: "Says a final goodbye",
    pattern:
      "goodbye (forever|for good|world|cruel world)|this is goodbye|(final|last) goodbye|said my (final |last )?goodbyes|saying my (final |last )?goodbyes|say my (final |last )?goodbyes",
    aboutSelf: "inherent",
    negatable: false,
    unless: `${everydayReasons}|(to|from) (my|the|this|our) (meetup|group|team|job|class|colleagues|old|flat|house|city|town)|still be (online|around|here)|see you|(new|next) chapter`,
  },
  {
    id: "farewell.last-message",
    category: "farewell",
    describe: "Calls this their last message",
    pattern:
      "(my|this is my|this is the|the) (last|final) (message|post|words|time posting|time you will hear)|last post",
    aboutSelf: "inherent",
    negatable: false,
    unless: `(last|final) (message|post) (before|of the (night|day|evening|week|year)|for (today|tonight|now|a while|the (night|day|week))|until|in this thread)|see you|${everydayReasons}|good night|night night|sleep well`,
  },
  {
    id: "farewell.wont-be-here",
    category: "farewell",
    describe: "Says they will not be here much longer",
    pattern:
      "(will not|not going to|may not|might not) be (here|around|alive) ~4 (much longer|for much longer|any longer|for long|long|tomorrow|anymore|by (next|tomorrow|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning)|next week|after (tonight|today))|(will not|never) (make it|last) (through|to|until) (the night|tomorrow|morning|another night|the weekend)|(will not|wont) be (here|around) to (walk|feed|see|read|look after|take care)|(not|never) (sticking|staying|hanging) around",
    aboutSelf: "inherent",
    negatable: false,
    unless: everydayReasons,
  },
  {
    id: "farewell.gone-soon",
    category: "farewell",
    describe: "Says they will be gone soon",
    pattern:
      "(i will|i am going to|i will already) be (gone|dead|not here) ~2 (before|by|tomorrow|tonight|soon|in the morning|when you)|i will be gone#end|by (this time tomorrow|tomorrow|morning|tonight) ~3 (i will|i am going to) be (gone|dead)",
    aboutSelf: "inherent",
    acute: true,
    unless: "gone (on|for) (holiday|vacation|a trip|work|the weekend)|be gone (to|for) ",
  },
  {
    id: "farewell.when-gone",
    category: "farewell",
    describe: "Makes arrangements for after they are gone",
    pattern:
      "(when|after|once|after that) (i am|i have|i will be) (gone|dead|not here anymore|no longer here)|after i die",
    aboutSelf: "inherent",
    acute: true,
    unless:
      "gone (on|for) (holiday|vacation|a trip|work|the weekend)|(old|older|retire|retirement|inheritance|grandchildren)",
  },
  {
    id: "farewell.not-hear-again",
    category: "farewell",
    describe: "Says nobody will hear from them again",
    pattern:
      "(will not|never) (hear|see|talk to) (from )?me again|(if|when) i (do not|never) (reply|answer|post|come back) ~4 (ever again|again)|(signing|logging) (off|out) (permanently|for good|forever)|(last|final) time (you will|anyone will|you all will) (hear|see)|see you (on|in) the other side(?! of)|see you in (another|the next) life|(it was|it has been|it is been) nice knowing (you|you all|everyone|all of you)",
    aboutSelf: "inherent",
    negatable: false,
    unless:
      "(holiday|vacation|trip|a while|a bit|next week|soon|until|tomorrow|lol|night all|good night|goodnight|see you)",
  },
  {
    id: "farewell.giving-away",
    category: "farewell",
    describe: "Is giving their things away",
    pattern:
      "(giving|gave|given|give) (away )?(all )?(of )?(my|away my|away all my) (things|stuff|belongings|possessions|guitar|books|clothes|cat|dog|pets|jewellery|jewelry|savings|everything|plants|fish|jacket|passwords)|(giving|gave|given) (away )?(everything|it all) (away)?|(my|the) (plants|cat|dog|fish|things|stuff|books) (go|goes|will go) to|(left|leaving|wrote down) (my )?passwords|(asked|told) ~3 to (feed|look after|take care of|walk) (my|the) (cat|dog|fish|pets|plants)",
    cue: "giving",
    aboutSelf: "inherent",
    unless:
      "(charity|declutter|decluttering|donate|donating|moving|move house|sell|selling|garage sale|spring clean|car boot|nephew|niece|kittens|puppies)",
  },
  {
    id: "farewell.wont-need",
    category: "farewell",
    describe: "Says they will not need their things",
    pattern:
      "(will not|do not|never) (be needing|need) (them|it|these|those|my things|my stuff|any of it|any of this|anything) ~1 (anymore|soon|where i am going|much longer|after)|where i am going",
    cue: "finality",
    aboutSelf: "inherent",
    negatable: false,
  },
  {
    id: "farewell.goodbye-everyone",
    category: "farewell",
    describe: "Says goodbye to everyone",
    pattern:
      "goodbye|farewell|gg#end|bye (everyone|all|guys|everybody|friends|forever|for good)|bye#end|(say|said|saying) goodbye|(signing|logging) off|love you all|i love you all",
    cue: "goodbye",
    aboutSelf: "inherent",
    negatable: false,
  },
  {
    id: "farewell.before-i-go",
    category: "farewell",
    describe: "Wants something known before they go",
    pattern:
      "before i go(?! (on|to|home|out|away|back|shopping|for|into|in|off|offline))|before i leave(?! (for|on|to|the|work|home))|remember me|my own funeral|for good|forever#end|permanently|ever again|(you were|you have been|you all were|you all have been|you guys were|you were all) ~2 (kind|good|nice|there for me|the only good|my family)|take care of my (cat|dog|kids|children|pets|family|mum|mom)|(good|new) home for (my|him|her)|(made|written|wrote|updated|left) (my|a) will|(is|was) not your fault|none of this is ~1 fault|not coming back|never coming back|not stepping off|one way (trip|ticket)|loose ends|(the|my) last (night|day|week|thing i|time i|time you|time anyone)|(picked|chose|set) (the|my) last (one|day)|this is it for me|find (my|mine|peace)|at peace|be at rest|(will not|wont) be in pain ~2 (anymore|soon)|after (tonight|today)#end|(will|would) not have to (deal|worry|put up) with me|never have to ~2 (face|see|deal with) ~3 again|(i|i just) can not anymore|(do not|dont) look for me|(whoever|whoever finds|who finds) me|(everything is|everything) in order|(cancelled|canceled) ~3 (gym|subscriptions|phone|contract)|(will not|wont) be (posting|here|around|logging in|online) anymore|(one|for the) last time|(last|final) thoughts|(playlist|songs|music|flowers) for my funeral|(my|for my) funeral|(could not|can not) stay|as someone who tried|(made|have made) my (choice|decision)|it is (just )?me leaving|gg (everyone|all|guys)",
    cue: "finality",
    aboutSelf: "inherent",
    negatable: false,
  },
  {
    id: "farewell.goodbye-note",
    category: "farewell",
    describe: "Has written a goodbye letter",
    pattern: "goodbye (letter|note|message|text|letters|notes)",
    cue: "finality",
  },
  {
    id: "farewell.thanks-for-everything",
    category: "farewell",
    describe: "Thanks everyone for everything",
    pattern:
      "thank (you|you all|everyone) ~1 for (everything|trying|all you have done|being there)|take care of (each other|yourselves)|(want|wanted) (you|you all|everyone) to know",
    cue: "thanks",
    aboutSelf: "inherent",
    negatable: false,
  },
  {
    id: "farewell.sorry-for-everything",
    category: "farewell",
    describe: "Apologises for everything",
    pattern:
      "sorry for everything|(please )?forgive me|sorry for being (a burden|such a burden|like this)|sorry i (could not|can not|was not) (hold on|be stronger|stay|do better|keep going)",
    cue: "apology",
    aboutSelf: "inherent",
    negatable: false,
  },
  {
    id: "farewell.deleted-everything",
    category: "farewell",
    describe: "Has deleted everything",
    pattern:
      "deleted (everything|all my (accounts|posts|photos|messages))|(letters|a letter|notes|a long text|texts|messages) (to|for) (everyone|my family|the people i love|each of|my (mum|mom|dad|sister|brother|kids|children|best friend|partner|wife|husband))|(wrote|writing|written|sent) ~3 (letters|notes)",
    cue: "giving",
    aboutSelf: "inherent",
    negatable: false,
  },
];
