/**
 * A module loader hook for the fuzz workers only: in decant's src/ modules it
 * makes every `catch` clause report the error it caught to
 * `globalThis.__fuzzCaught`. Stages turn internal errors into DEC0901 and keep
 * only the message; with this the fuzzer can still name the src/ file:line
 * where the error was thrown. Lines are not moved, so source maps still hold.
 */
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!/\/src\/.*\.ts$/.test(url) || result.source == null) return result;
  const source = String(result.source)
    // tsx hands over minified code (`catch(e){`), so spacing is optional.
    .replace(/(?<![.\w$])catch\s*\(\s*([\w$]+)\s*\)\s*\{/g, 'catch($1){globalThis.__fuzzCaught?.($1);')
    .replace(/(?<![.\w$])catch\s*\{/g, 'catch(__fuzzCaughtError){globalThis.__fuzzCaught?.(__fuzzCaughtError);');
  return { ...result, source };
}
