/**
 * Runs Debian's ruby + ruby-erubis as the reference, once per batch. Results
 * travel base64-encoded, one per line, so every byte (CR, NUL, non-UTF-8)
 * survives the pipe unchanged.
 */
import { execFileSync } from 'node:child_process';

function runRubyBatch(script: string, args: readonly string[], input?: string): Buffer[] {
  const out = execFileSync('ruby', ['-rerubis', '-rbase64', '-e', script, '--', ...args], {
    input,
    // `<%=== x %>` writes to $stderr by design; keep it out of the test log.
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  // One line per answer; an empty answer is an empty line, so only the
  // newline after the last answer is dropped.
  const lines = out.toString('latin1').split('\n');
  lines.pop();
  return lines.map((line) => Buffer.from(line, 'base64'));
}

/**
 * `Erubis::Eruby.new(text).src` for each file, read with `File.binread` as
 * Chef's TemplateContext does (`IO.binread`).
 */
export function oracleErubisSources(paths: readonly string[]): Buffer[] {
  const script = 'ARGV.each { |f| puts Base64.strict_encode64(Erubis::Eruby.new(File.binread(f)).src) }';
  return runRubyBatch(script, paths);
}

/**
 * Renders each file as Chef does: `Erubis::Eruby.new(text).evaluate(context)`
 * where the context is an Erubis::Context whose instance variables are the
 * template's variables (Chef's TemplateContext < Erubis::Context). The
 * variables arrive on stdin as one Ruby hash literal (symbol keys, as Chef's
 * `variables(name: ...)` gives them); Chef sets the node as the `node`
 * variable too (template provider: `context[:node] = node`), so it goes in
 * the same hash. A template that raises yields
 * `ERROR <class>` instead of output, so a failure is compared too.
 */
export function oracleRenders(paths: readonly string[], variablesRubyLiteral: string): Buffer[] {
  const script = [
    // Chef's TemplateContext adds `node` (returning @node) to Erubis::Context.
    'class ChefLikeContext < Erubis::Context; def node; @node; end; end',
    'vars = eval($stdin.read)',
    'ARGV.each do |f|',
    '  ctx = ChefLikeContext.new(vars)',
    '  out = begin',
    '    Erubis::Eruby.new(File.binread(f)).evaluate(ctx)',
    '  rescue Exception => e',
    '    "ERROR #{e.class}"',
    '  end',
    '  puts Base64.strict_encode64(out)',
    'end',
  ].join('\n');
  return runRubyBatch(script, paths, variablesRubyLiteral);
}

/** Whether Ruby compiles the Erubis source of each file (`RubyVM::InstructionSequence.compile`). */
export function oracleSourceCompiles(paths: readonly string[]): boolean[] {
  const script = [
    'ARGV.each do |f|',
    '  ok = begin',
    '    RubyVM::InstructionSequence.compile(Erubis::Eruby.new(File.binread(f)).src)',
    '    "ok"',
    '  rescue SyntaxError',
    '    "syntax"',
    '  end',
    '  puts Base64.strict_encode64(ok)',
    'end',
  ].join('\n');
  return runRubyBatch(script, paths).map((b) => b.toString() === 'ok');
}
