/**
 * Every diagnostic code decant emits, with its meaning. Codes are a public
 * interface (users grep, suppress and script against them): never reuse one.
 * Ranges by stage: 01xx parse, 02xx load, 03xx evaluate, 04xx templates,
 * 05xx plan, 06xx emit, 07xx engine, 08xx integration tests, 09xx CLI.
 */
export const CODES = {
  // parse
  DEC0101: 'syntax error in Ruby or ERB; the rest of the file still evaluates',
  DEC0102: 'a file the parser could not finish within its time limit; it is not evaluated',
  // load
  DEC0201: 'not a cookbook, a folder of cookbooks or a chef-repo',
  DEC0202: 'a depended-on cookbook is not on the cookbook path',
  DEC0203: 'metadata could not be fully read',
  DEC0204: 'a role, environment, data bag or Policyfile could not be read',
  DEC0205: 'a path points outside the cookbook or repository and was refused',
  DEC0206: 'a file is larger than decant reads',
  DEC0208: 'a cookbook\'s kitchen.yml could not be read; its suites\' attributes are not used',
  DEC0207: 'no such recipe or role in the run list',
  // evaluate
  DEC0301: 'a value could not be known statically',
  DEC0302: 'a Ruby construct decant does not evaluate',
  DEC0303: 'evaluation step budget exhausted (endless loop?)',
  DEC0304: 'include_recipe of a cookbook or recipe that is not available',
  DEC0305: 'recursion or nesting too deep',
  DEC0306: 'an exception raised by the recipe (raise, Chef::Application.fatal!)',
  DEC0307: 'undefined local variable or method',
  DEC0308: 'a resource type decant does not know',
  DEC0309: 'a guard whose outcome depends on the host',
  DEC0310: 'branches under an unknown condition not walked (exploration budget)',
  DEC0311: 'a value grew past the size budget (string, array, hash or rendered template)',
  DEC0312: 'a regular expression that can backtrack without end (a repeated group that itself repeats)',
  DEC0313: 'more resources declared than a run may have (a resource inside an endless loop?)',
  DEC0314: 'a guard was decided without package facts (offline): a path a package installed earlier may ship was assumed absent',
  DEC0315: 'search answered from the chef-repo\'s own nodes/, roles/, environments/ or data_bags/, as chef-zero would',
  DEC0316: 'node attributes were taken from the Test Kitchen suite that converges this run list (kitchen.yml), or could not be chosen among several',
  DEC0317: 'a host-state helper answered as a container image has it (selinux_enabled? is false)',
  DEC0320: 'a value only the host knows was answered by plan.yaml (values:)',
  DEC0330: 'a command\'s output was answered by observation: the command ran in a container of the target platform with the package that ships its program',
  DEC0331: 'a command whose output could be observed was not: no engine answered (offline, or the observation failed), so its value stays unknown',
  // templates
  DEC0401: 'template source not found',
  DEC0402: 'a template could not be rendered fully; markers mark the unknown parts',
  DEC0403: 'cookbook_file source not found',
  // plan
  DEC0501: 'a resource cannot be placed in any container: unsupported',
  DEC0502: 'a host-level resource dropped',
  DEC0503: 'a started service whose command neither the cookbook, its package, the catalog nor plan.yaml gives',
  DEC0504: 'plan file error',
  DEC0505: 'a name or value holds a line break or control character that would break the Dockerfile: the resource was refused',
  DEC0506: 'two tunable files of a unit would have the same ConfigMap key: the one later by path is shipped under a numbered key',
  DEC0507: 'package facts could not be had (no engine, --offline, a platform without a reachable archive): guards and commands were decided without them',
  DEC0508: 'a package the run installs is not in the target platform\'s archive',
  DEC0509: 'a package version the cookbook pins is not in the target platform\'s archive',
  DEC0510: 'key material Chef generates on the server (openssl_*): a Secret the operator fills, never generated into an image',
  DEC0515: 'a service\'s command is a bare name no package puts on PATH, and no source build or unpacked archive says where it is installed',
  DEC0520: 'a file a unit ships holds values decant could not know: the unit needs input (plan.yaml) before it runs',
  DEC0521: 'the run list starts services but no unit could be made of them',
  DEC0522: 'a build step generates key material (a private key, certificate or password) that would be baked into an image layer',
  DEC0523: 'key material is generated when the pod starts (an init container running the image): each pod gets its own; a stable one needs a Secret',
  DEC0524: 'a sensitive file ships with its tracked secret values substituted at start; the rest of its text is in the image',
  DEC0525: 'a build step reads a file the image does not hold (a sensitive file shipped whole as a Secret, mounted at start): it fails while the image builds',
  DEC0526: 'a build step holding a secret value runs when the pod starts (runtime-files init container) with the value from the Secret, not in an image layer',
  DEC0527: 'a build step holds a secret value (command, environment or guard) and decant cannot run it at start: it is not in the image and needs review',
  DEC0530: 'a unit reaches a unix socket or a loopback port that no unit of the app listens on: the link breaks once the units are split',
  DEC0531: 'units that reach each other through a socket or localhost run as containers of one pod',
  DEC0532: 'units in different pods are joined by a unix socket or a loopback-only port, which cannot cross pods',
  DEC0533: 'a loopback endpoint was rewritten to the Service of the unit that listens there, because the two run in different pods',
  DEC0534: 'a repository the cookbook adds could not be read by the package-facts probe: the facts of a package only it provides are unknown',
  DEC0540: 'a service the cookbook does not start, decided offline: whether a package the run installs starts it on install needs package facts',
  DEC0541: "a unit's config asks of the pod's network what decant cannot give or know (an interface in a subnet a DHCP server serves): review where it runs",
  // emit
  DEC0601: 'output folder holds files decant did not write',
  DEC0602: 'compose.yaml cannot carry part of a unit (a start-time file it cannot mount, a service name taken twice); the rest is written',
  // engine
  DEC0701: 'image build failed',
  DEC0702: 'a unit check failed',
  DEC0703: 'no Docker engine answers',
  DEC0704: 'report.json cannot be read, or names no such unit',
  DEC0705: 'a unit\'s unknown command read (or not) from ExecStart of its systemd unit in the image',
  DEC0706: 'podman kube play failed',
  // integration tests
  DEC0801: 'an integration test expectation decant does not support',
  DEC0802: 'verify --tests found no integration suite to run for a converted app',
  // cli
  DEC0901: 'internal error (a bug in decant): the stage stopped here, the rest went on',
  DEC0902: 'a batch option is invalid (--shard, --jobs) or names no input',
  DEC0903: 'shard reports cannot be read or merged',
  DEC0904: 'the conversion cache could not be read or written; the input was converted anyway',
  DEC0905: 'decant diff or convert --check: a side is not a conversion (no folder or report.json it can read)',
  DEC0906: 'decant ci: OUT cannot be made into a pipeline (report.json has no convert record or no units, an input lies outside the repository, a bad --target or --shards)',
} as const;

export type Code = keyof typeof CODES;
