/** A value broke a domain rule; `field` names the input it came from. */
export class DomainValidationError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field} ${problem}`);
    this.name = 'DomainValidationError';
  }
}
