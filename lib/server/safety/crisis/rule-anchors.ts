// What any sentence a rule matches must contain, read from the compiled pattern's syntax tree:
// literal strings (anchors) in clauses, every clause with at least one of its anchors in every
// sentence the rule matches ("end my life": one of "end"/"ending"/"take"/…, and " my ", and
// "life"). A sentence that fails a clause cannot match the rule, so the rule need not be run on
// it: most everyday sentences pass the clauses of a few rules at most (docs/performance.md).
// The reading is cautious: where it cannot be sure (a negative lookahead, an optional part, a
// class of characters), that part promises nothing, and a rule with no promise is always run.
import { parseRegExpLiteral, type AST } from "@eslint-community/regexpp";

/**
 * What one part of a pattern promises: the one string it always matches (if it does), and clauses
 * that all hold in any sentence it matches, each clause a few strings of which at least one is there.
 */
interface Promise_ {
  exact: string | null;
  /** Empty: nothing certain. */
  clauses: string[][];
}

const nothing: Promise_ = { exact: null, clauses: [] };

/** Of several clauses, the most selective: the longest shortest string, then the fewest strings. */
function mostSelective(clauses: string[][]): string[] | undefined {
  let best: string[] | undefined;
  let bestShortest = 0;
  for (const clause of clauses) {
    const shortest = Math.min(...clause.map((anchor) => anchor.length));
    if (shortest > bestShortest || (shortest === bestShortest && best && clause.length < best.length)) {
      best = clause;
      bestShortest = shortest;
    }
  }
  return best;
}

function oneOf(alternatives: AST.Alternative[]): Promise_ {
  const promises = alternatives.map(inSequence);
  if (promises.length === 1) return promises[0] as Promise_;
  // Either this alternative or that: one clause, each alternative's most selective one joined.
  const chosen = promises.map((promise) => mostSelective(promise.clauses));
  if (chosen.some((clause) => clause === undefined)) return nothing;
  return { exact: null, clauses: [[...new Set(chosen.flatMap((clause) => clause ?? []))]] };
}

function inSequence(alternative: AST.Alternative): Promise_ {
  // Exact pieces next to each other make one longer literal; every literal and every other part's
  // clauses must all hold.
  const clauses: string[][] = [];
  let literal = "";
  let whole = "";
  let exact = true;
  const endLiteral = () => {
    if (literal) clauses.push([literal]);
    literal = "";
  };
  for (const element of alternative.elements) {
    const promise = ofElement(element);
    if (promise.exact !== null) {
      literal += promise.exact;
      whole += promise.exact;
      continue;
    }
    exact = false;
    endLiteral();
    clauses.push(...promise.clauses);
  }
  endLiteral();
  if (exact) return { exact: whole, clauses: whole ? [[whole]] : [] };
  return { exact: null, clauses };
}

function ofElement(element: AST.Element): Promise_ {
  switch (element.type) {
    case "Character": {
      const character = String.fromCodePoint(element.value);
      return { exact: character, clauses: [[character]] };
    }
    case "Group":
    case "CapturingGroup":
      return oneOf(element.alternatives);
    case "Quantifier": {
      if (element.min === 0) return nothing;
      const inner = ofElement(element.element);
      if (inner.exact !== null && element.min === element.max) {
        const repeated = inner.exact.repeat(element.min);
        return { exact: repeated, clauses: repeated ? [[repeated]] : [] };
      }
      return { exact: null, clauses: inner.clauses };
    }
    case "Assertion":
      // A lookaround's words are in the sentence too (beside the match); a negative one promises nothing.
      if ((element.kind === "lookahead" || element.kind === "lookbehind") && !element.negate)
        return { exact: null, clauses: oneOf(element.alternatives).clauses };
      return nothing;
    default:
      // Classes of characters (`[^ .]`, `\d`), back-references: nothing certain.
      return nothing;
  }
}

/**
 * What every sentence a compiled rule pattern matches holds: clauses, all of which hold, each a few
 * strings of which at least one is in the sentence. Empty: nothing certain (the rule is always run).
 * Clauses every sentence meets (a lone space) are left out.
 */
export function anchorsOf(pattern: RegExp): string[][] {
  const { pattern: tree } = parseRegExpLiteral(pattern);
  return oneOf(tree.alternatives).clauses.filter((clause) => !clause.includes(" "));
}
