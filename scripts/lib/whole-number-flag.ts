/** `--name N` from the command line: a whole number of at least 1, or `fallback` when absent. */
export function wholeNumberFlag(name: string, fallback: number, argv = process.argv): number {
	const i = argv.indexOf(`--${name}`);
	if (i < 0) return fallback;
	const n = Number(argv[i + 1]);
	if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number, at least 1`);
	return n;
}
