/** class-transformer helpers shared by the request DTOs. */

/** Trims surrounding white space from strings; leaves anything else for the validators to refuse. */
export const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
