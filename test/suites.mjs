// Suites that drive outside programs. Each: { name, command: [cmd, ...args], env?, unavailable?: () => string | undefined }.
// Suites register themselves here; see scripts/test.mjs.
export const suites = [];
