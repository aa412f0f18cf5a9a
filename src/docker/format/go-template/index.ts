// Go's text/template as docker uses it for --format: parse, execute, and docker's list formatter.
export { parseTemplate, Template, type ExecOptions, type ParseOptions } from './template.js';
export { renderFormat, templateString, isTableFormat, INSPECT_RAW_OPTIONS, type RenderOptions } from './render-format.js';
export { TemplateError, ParseError, ExecError, FormatError } from './errors.js';
export { BUILTINS, fn, type FuncMap } from './funcs.js';
export { DOCKER_FUNCS, HEADER_FUNCS } from './docker-funcs.js';
export { GO_TYPE, GoCallError, GoComplex, GoFloat, GoFunc, goMap, goMethod, goStruct, type GoTypeInfo, type ParamType, type Signature } from './values.js';
export { sprintf, sprint, sprintln } from './printf.js';
