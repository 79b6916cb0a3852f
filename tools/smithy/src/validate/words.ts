/** "a string", "an integer": a noun with its indefinite article, for messages. */
export function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}
