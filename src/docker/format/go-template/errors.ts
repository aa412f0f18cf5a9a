// Error values of the template engine. The public API returns them (never throws); inside the
// lexer, parser and executor they travel as exceptions, as Go's panics do (parse.go errorf,
// exec.go errorf/errRecover), and are caught at the API boundary.

/** TemplateError is any error the engine reports; message is exactly Go's err.Error(). */
export class TemplateError extends Error {
  constructor(
    readonly kind: 'parse' | 'exec' | 'format',
    message: string,
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** ParseError is a template that does not parse: `template: :1: unexpected "}" in operand`. */
export class ParseError extends TemplateError {
  constructor(message: string) {
    super('parse', message);
  }
}

/** ExecError is a template that failed while executing: `template: :1:2: executing "" at <.X>: …`. */
export class ExecError extends TemplateError {
  constructor(
    message: string,
    /** partial is what the template wrote before it failed (Go leaves it in the writer). */
    readonly partial = '',
  ) {
    super('exec', message);
  }
}

/** FormatError is docker's wrapping of either, e.g. `template parsing error: template: :1: …`. */
export class FormatError extends TemplateError {
  constructor(
    message: string,
    override readonly cause: TemplateError,
  ) {
    super('format', message);
  }
}

/** Failure is the internal exception carrying a finished error message to the API boundary. */
export class Failure {
  constructor(readonly message: string) {}
}

/** LimitExceeded is thrown when a resource bound (output, steps, depth) is hit. */
export class LimitExceeded {
  constructor(readonly what: string) {}
}
