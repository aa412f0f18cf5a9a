// Public surface of the docker CLI kit: command specs, argv parsing, help and usage texts.
export type {
  ArgsContext, ArgsRule, BoolFlag, CommandSpec, CustomFlag, DurationFlag, FlagCommon, FlagKind, FlagSpec,
  FloatFlag, IntFlag, StringFlag, StringListFlag, UintFlag,
} from './spec.js';
export {
  allRules, cobraExactArgs, exactArgs, legacyUsageError, maxArgs, minArgs, noArgs, rangeArgs,
} from './args-rules.js';
export { parseArgs, flagErrorText, type ParseOptions, type ParseResult, type RunRequest, type TextResult } from './parse-args.js';
export { ParsedFlags } from './parsed-flags.js';
export { renderHelp } from './help.js';
export { argsContext, commandPath, useLine, type HelpOptions } from './command-path.js';
export { flagUsagesWrapped } from './flag-usages.js';
export {
  DOCKER_CLIENT_VERSION, DOCKER_GIT_COMMIT, dockerRoot, findCommand, globalFlags, helpFlag, withCommands,
  type CommandRegistration, type DockerRootOptions,
} from './root-spec.js';
export { scaleArgs } from './tree-swarm.js';
export { group, stub } from './stub.js';
export {
  durationOpt, filterOpt, listOpt, mapOpt, quotedStringOpt, uint64Opt, type Filters, type OptBase,
} from './docker-opts.js';
export {
  FORMAT_HELP, INSPECT_FORMAT_HELP, filterFlag, formatFlag, inspectFormatFlag, noTruncFlag, quietFlag,
} from './common-flags.js';
export { fail, ok, parseGoBool, parseGoInt, parseGoIntBig, parseGoUint, parseGoUintBig, type GoResult } from './go-strconv.js';
export { parseGoFloat } from './go-float.js';
export { formatGoDuration, parseGoDuration, parseGoDurationBig } from './go-duration.js';
export { goQuote, goQuoteByteOf, goTimeQuote } from './go-quote.js';
