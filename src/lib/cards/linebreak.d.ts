/** `linebreak` (UAX #14, the breaker satori wraps text with) ships no types; this is the part used. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
