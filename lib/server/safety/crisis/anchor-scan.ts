// Which of many literal strings a sentence holds, found in one pass over it (Aho–Corasick). Exact
// substrings of UTF-16 code units, as the rules' regular expressions read them: a library that
// matches whole grapheme clusters instead could miss a string the pattern sees, and a rule skipped
// for that would be a verdict changed.

interface State {
  next: Map<number, number>;
  fail: number;
  /** The strings that end here (this state's own and those of its failure chain). */
  ends: number[];
}

export interface AnchorScanner {
  /** Calls `found` once for each string present in the text, by its index in the list given. */
  scan(text: string, found: (index: number) => void): void;
}

export function anchorScanner(strings: readonly string[]): AnchorScanner {
  const states: State[] = [{ next: new Map(), fail: 0, ends: [] }];
  strings.forEach((string, index) => {
    let at = 0;
    for (let position = 0; position < string.length; position++) {
      const code = string.charCodeAt(position);
      let to = (states[at] as State).next.get(code);
      if (to === undefined) {
        to = states.length;
        states.push({ next: new Map(), fail: 0, ends: [] });
        (states[at] as State).next.set(code, to);
      }
      at = to;
    }
    (states[at] as State).ends.push(index);
  });
  // Failure links, breadth first: the longest proper suffix that is also a prefix of some string.
  const queue = [...(states[0] as State).next.values()];
  for (let head = 0; head < queue.length; head++) {
    const from = queue[head] as number;
    for (const [code, to] of (states[from] as State).next) {
      let fail = (states[from] as State).fail;
      while (fail !== 0 && !(states[fail] as State).next.has(code)) fail = (states[fail] as State).fail;
      const target = (states[fail] as State).next.get(code);
      const state = states[to] as State;
      state.fail = target !== undefined && target !== to ? target : 0;
      state.ends.push(...(states[state.fail] as State).ends);
      queue.push(to);
    }
  }
  // For the ASCII letters that make up almost every sentence, each state's next state is read
  // from a table (failures followed in advance) rather than a map per character; a character
  // outside ASCII follows the links as above. Built in breadth-first order, so a failure's row is
  // ready before the rows that fall back on it.
  const asciiNext = new Int32Array(states.length * 128);
  for (const from of [0, ...queue]) {
    const { next, fail } = states[from] as State;
    for (let code = 0; code < 128; code++)
      asciiNext[from * 128 + code] =
        next.get(code) ?? (from === 0 ? 0 : (asciiNext[fail * 128 + code] as number));
  }
  const ends = states.map((state) => state.ends);
  const reported = new Uint32Array(strings.length);
  let turn = 0;
  return {
    scan(text, found) {
      if (++turn === 0xffffffff) {
        reported.fill(0);
        turn = 1;
      }
      let at = 0;
      for (let position = 0; position < text.length; position++) {
        const code = text.charCodeAt(position);
        if (code < 128) at = asciiNext[at * 128 + code] as number;
        else
          for (;;) {
            const to = (states[at] as State).next.get(code);
            if (to !== undefined) {
              at = to;
              break;
            }
            if (at === 0) break;
            at = (states[at] as State).fail;
          }
        const endsHere = ends[at] as number[];
        if (endsHere.length === 0) continue;
        for (const index of endsHere) {
          if (reported[index] === turn) continue;
          reported[index] = turn;
          found(index);
        }
      }
    },
  };
}
