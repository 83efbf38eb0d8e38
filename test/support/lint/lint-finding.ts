/**
 * One finding of an output checker. `rule` is the upstream tool's own name for
 * the check (hadolint's DL code, kube-linter's check name) so that a reader can
 * look the rule up in that tool's documentation.
 */
export interface LintFinding {
  rule: string;
  severity: 'error' | 'warning';
  /** 1-based line in the checked text; 0 where the input has no lines (parsed objects). */
  line: number;
  message: string;
}
