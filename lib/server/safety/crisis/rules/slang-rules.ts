// Slang and algospeak for suicide and self-harm, as people write it to pass filters.
import type { CrisisRuleSpec } from "@/lib/server/safety/crisis/crisis-rule";

export const slangRules: CrisisRuleSpec[] = [
  {
    id: "slang.kms",
    category: "slang",
    describe: 'Says "kms" (kill myself)',
    pattern: "kms|kmsl(?! laughing)",
  },
  {
    id: "slang.kys-self",
    category: "slang",
    describe: 'Says "kys" about themselves',
    pattern:
      "(i|i should|should i|i will|i am going to|i want to|i might|gonna|going to|want to|just) ~1 kys|kys ~6 (myself|to myself|tell myself)",
  },
  {
    id: "slang.unalive",
    category: "slang",
    describe: 'Speaks of "unaliving" themselves',
    pattern: "(unalive|unaliving|unalived|unalivement)",
    unless:
      "(algospeak|the word|words like|term|means|what does|meaning|study|article|moderation|kids (say|keep saying)|keep saying)",
  },
  {
    id: "slang.sewerslide",
    category: "slang",
    describe: 'Speaks of "sewerslide" (suicide)',
    pattern: "(sewerslide|sewer slide|sewer sliding|suey|sui side|sui cide)",
    unless:
      "(algospeak|the word|words like|term|means|what does|meaning|study|article|moderation|kids (say|keep saying)|keep saying)",
  },
  {
    id: "slang.self-delete",
    category: "slang",
    describe: 'Speaks of "self-deleting"',
    pattern: "self (delete|deleting|deletion|termination|terminate)|selfdelete",
  },
  {
    id: "slang.ctb",
    category: "slang",
    describe: 'Speaks of "ctb" (ending their life)',
    pattern:
      "ctb|catch the bus(?! (to|into|home|at|from|in))#end|toaster bath|(my )?game end|no respawn|(permanent|final|forever) (log ?off|logout)|alt f4(ing)? (my life|myself|irl)|(become|becoming) a ghost|(yeet|yeeting) myself|uninstall(ing)? myself|(grave|coffin) era|(pills|pils) ~3 tonight",
  },
];
