// Signs that mean little alone and much together: a time, a method named, a decision made.
import type { CrisisRuleSpec } from "@/lib/server/safety/crisis/crisis-rule";

export const cueRules: CrisisRuleSpec[] = [
  {
    id: "cue.timing",
    category: "plan_means",
    describe: "Names a time",
    pattern:
      "tonight|tomorrow|this weekend|this time|before morning|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|my birthday)|after (my|the) (exam|exams|birthday|wedding|funeral)|next week",
    cue: "timing",
    aboutSelf: "inherent",
    negatable: false,
  },
  {
    id: "cue.means",
    category: "plan_means",
    describe: "Names a method",
    pattern:
      "(pills|tablets|meds|rope|bridge|overpass|train tracks|tracks|gun|rifle|razor|blades|knife|roof|roof access|ledge|overdose|cliff|cliffs|parking garage|car park|paracetamol|prescription)",
    cue: "means",
    aboutSelf: "inherent",
    negatable: false,
    unless:
      "(tent|camping|climbing|sailing|boat|swing|shopping|delivery|vitamins|prescription|like the doctor said|doctor said|headache|shaving|on (chocolate|sugar|coffee|netflix|tv|cake|sweets)|club|terrace|garden|view|game|card)",
  },
  {
    id: "cue.resolve",
    category: "intent",
    describe: "Speaks of a decision made",
    pattern:
      "(not scared|not afraid) anymore|at peace with (my|the|this) decision|(made|making) (my|the|up my) (decision|mind)|my mind is made up|(this time|tonight) ~2 (i am|i will) ~1 (going to|really going to|finally going to) do it|(is|that is) when i (do it|go|end it)|going to do it#end|(going to|will) (finally|really) do it|(i will|i am going to|gonna) do it (before|after|when|on|tonight|tomorrow|this|once)|(already|have|i have|i) decided#end|decided (already|for sure)|when i am ready to go|now i am ready#end|i am ready now#end|ready to (get off|leave|go) ~3 for good|(letting|let) go#end|let go for good|(might|going to|gonna) actually do it|(that is|this is) (my|the) (window|chance)|(that is|this is) (when|where|how)#end|decided (that is|this is|it is) (where|when|how)|(it is|it will be|it is going to be) (tonight|tomorrow|this weekend|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))|planning it (for|on)|(got|have) everything i need|considering it#end|(already )?dead inside|make it official|finishing the job|(it|death|dying|that) (feels|seems|sounds|would be|would feel) (so )?(peaceful|like peace|like a relief)",
    cue: "resolve",
    aboutSelf: "check",
  },
  {
    id: "cue.plan",
    category: "plan_means",
    describe: "Speaks of a plan",
    pattern:
      "(have|got) it all planned|(planned|figured) (it|everything) (all )?out|(it|everything) is (all )?(planned|arranged|ready)|(know|decided|picked|chose) (which|what|the) (bridge|overpass|building|spot|place|day|date|method|way)|(set|picked|chose) (the|a) (date|day)|(timing|timed) (it|the train|the trains)|(checking|checked) (the )?(times|timetable|schedule)|(walking|walk|going|driving|drive|heading) (to|towards) (the )?(tracks|bridge|cliffs|cliff|overpass|roof|river)",
    cue: "plan",
    aboutSelf: "inherent",
  },
];
