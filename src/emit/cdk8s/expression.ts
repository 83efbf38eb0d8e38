/**
 * Code in a generated literal where a value would be: the construct reading
 * one of its props (`props.image`), or the chart reading a unit's secret data
 * from secrets.ts.
 */
export class Expression {
  constructor(readonly code: string) {}
}

/** `props.<name>`: where a construct's object reads a prop instead of a fixed value. */
export const propRef = (name: string) => new Expression(`props.${name}`);
