/** report.html's stylesheet, inline so the page needs nothing beside it. Colours for highlight.js's classes are GitHub's light theme. */
export const PAGE_STYLE = `
:root{--fg:#1f2328;--muted:#656d76;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--sel:#fff8c5;--hit:#ffd8b5;--bad:#cf222e;--warn:#9a6700}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:14px/1.45 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
header{position:sticky;top:0;z-index:2;background:var(--soft);border-bottom:1px solid var(--line);padding:.5rem 1rem}
header h1{font-size:1.1rem;margin:0 0 .3rem}
#filters{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center}
#filters fieldset{border:0;margin:0;padding:0;display:flex;gap:.5rem;align-items:center}
#filters legend{float:left;margin-right:.3rem;font-weight:600}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;padding:0 1rem}
#sources{position:sticky;top:5.5rem;align-self:start;max-height:calc(100vh - 6rem);overflow:auto;border-left:1px solid var(--line);padding-left:1rem}
h2{border-bottom:1px solid var(--line);padding-bottom:.2rem}
h5.file{margin:.6rem 0 .2rem;font:600 12px ui-monospace,monospace;color:var(--muted)}
table{border-collapse:collapse;margin:.3rem 0}
table.resources{width:100%}
table.resources td{overflow-wrap:anywhere}
table.resources td:nth-child(2),table.resources td:nth-child(3),table.resources td:nth-child(4),table.resources td:nth-child(5){overflow-wrap:normal;white-space:nowrap}
table.resources td:last-child{min-width:14rem}
th,td{border:1px solid var(--line);padding:.15rem .4rem;text-align:left;vertical-align:top}
table.facts th{background:var(--soft);font-weight:600}
pre.code{margin:0;background:var(--soft);border:1px solid var(--line);border-radius:4px;overflow:auto;font:12px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace}
pre.code code{display:block;min-width:max-content}
.line{display:block;padding-right:.5rem;white-space:pre}
.ln{display:inline-block;width:3.2em;padding-right:.6em;margin-right:.6em;text-align:right;color:var(--muted);border-right:1px solid var(--line);text-decoration:none;user-select:none}
.line.mapped{cursor:pointer}
.line.mapped:hover{background:#eaeef2}
.line.sel{background:var(--sel)}
.line.hit,.line:target{background:var(--hit)}
details.spans,details.lock{margin:.3rem 0}
details.spans ol{margin:.2rem 0;padding-left:1.4rem;font-size:12px}
.ref,.out{font:12px ui-monospace,monospace}
.missing{color:var(--muted)}
.none{color:var(--muted)}
.bad{color:var(--bad)}
.badge{display:inline-block;padding:0 .4rem;border-radius:1rem;border:1px solid var(--line);font-size:11px;font-weight:600;text-transform:uppercase}
.kind-error .badge,.sev-error .badge{color:#fff;background:var(--bad);border-color:var(--bad)}
.kind-assumption .badge,.sev-warning .badge{color:var(--warn);border-color:var(--warn)}
ul.review,ul.diagnostics{list-style:none;padding:0}
li.review,li.diag{border:1px solid var(--line);border-radius:4px;padding:.3rem .5rem;margin:.3rem 0}
.what{margin-top:.15rem}
.todo{color:var(--muted)}
pre.frame{margin-top:.3rem}
.cls{font:12px ui-monospace,monospace}
.cls-unsupported{color:var(--bad)}
.cls-skipped,.cls-host{color:var(--muted)}
#selection{background:var(--sel);border:1px solid var(--line);border-radius:4px;padding:.4rem .6rem;margin:.5rem 0;font-size:13px}
#selection ul{margin:.2rem 0;padding-left:1.2rem}
section.src h4{margin:.8rem 0 .2rem;font:600 12px ui-monospace,monospace}
body.js section.src:not(.shown){display:none}
.hljs-comment,.hljs-quote{color:#6e7781;font-style:italic}
.hljs-keyword,.hljs-selector-tag,.hljs-type,.hljs-template-tag{color:#cf222e}
.hljs-string,.hljs-regexp,.hljs-meta .hljs-string{color:#0a3069}
.hljs-number,.hljs-literal,.hljs-symbol,.hljs-bullet,.hljs-variable,.hljs-template-variable,.hljs-attr,.hljs-attribute{color:#0550ae}
.hljs-title,.hljs-section,.hljs-name,.hljs-built_in{color:#8250df}
.hljs-meta,.hljs-tag{color:#116329}
.hljs-subst,.hljs-params{color:var(--fg)}
`;
