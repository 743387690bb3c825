/**
 * The generation time stamped into docs/examples/, fixed so the committed
 * examples are reproducible byte for byte (the examples script and the test
 * that checks them both read it).
 */
export const EXAMPLES_GENERATED_AT = '2021-06-10T17:30:00Z'
