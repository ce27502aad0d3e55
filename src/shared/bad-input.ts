/**
 * Input a read cannot answer, said as what is wrong and how to fix it (the message) and
 * which argument (`field`). Repositories and domain modules throw it instead of a GraphQL
 * error, so they stay free of the API layer; src/server/errors.ts reports it to clients as
 * BAD_USER_INPUT with `field` (and any `details`) in the extensions.
 */
export class BadInput extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'BadInput';
  }
}
