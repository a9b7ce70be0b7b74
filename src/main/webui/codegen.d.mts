// Types of codegen.mjs for vite.config.ts.
export const OUTPUT: string;
/** Writes src/generated/graphql.ts; resolves to the number of .graphql files read. */
export function generate(): Promise<number>;
