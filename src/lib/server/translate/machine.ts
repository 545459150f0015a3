/**
 * Machine translation as this server has it: Apertium when installed, for the pairs its modes reach
 * (pivoting through Spanish); otherwise a LibreTranslate server when `TRANSLATE_URL` names one and
 * it lists the pair. The app works with neither: then no pair has a route.
 */
import { apertiumModes, runModes } from './apertium';
import {
	libreConfig,
	libreLanguages,
	libreTranslate,
	MachineTranslationError,
	type LibreConfig
} from './libretranslate';
import { plan, type Plan } from './route';

export { MachineTranslationError };

/** The engine that drafted a text, as the change log names it. */
export type EngineName = Plan['engine'];

/**
 * The plan for a pair. The LibreTranslate server is asked only for a pair Apertium lacks; when it
 * cannot say which pairs it has, this throws (`strict`) or answers `'unknown'`.
 */
async function planFor(
	from: string,
	to: string,
	strict: boolean
): Promise<{ plan: Plan | null | 'unknown'; libre: LibreConfig | null }> {
	const modes = await apertiumModes();
	const local = plan(modes, null, from, to);
	if (local) return { plan: local, libre: null };
	const libre = libreConfig();
	if (!libre) return { plan: null, libre };
	try {
		return { plan: plan(modes, await libreLanguages(libre), from, to), libre };
	} catch (e) {
		if (strict || !(e instanceof MachineTranslationError)) throw e;
		return { plan: 'unknown', libre };
	}
}

/**
 * Whether texts can be drafted from one language to another here. A configured server that does
 * not answer counts as able: drafting then says clearly that it did not answer.
 */
export async function canTranslate(from: string, to: string): Promise<boolean> {
	try {
		return (await planFor(from, to, false)).plan !== null;
	} catch (e) {
		// a malformed TRANSLATE_URL: drafting names it
		if (e instanceof MachineTranslationError) return true;
		throw e;
	}
}

/**
 * Translates texts from one language to another with the engine that has the pair; null when none
 * has it. Throws `MachineTranslationError` when the engine fails (a server down, Apertium broken).
 */
export async function machineTranslate(
	texts: readonly string[],
	from: string,
	to: string
): Promise<{ engine: EngineName; texts: string[] } | null> {
	const { plan: p, libre } = await planFor(from, to, true);
	if (p === null || p === 'unknown') return null;
	if (p.engine === 'libretranslate')
		return { engine: p.engine, texts: await libreTranslate(libre!, texts, from, to) };
	try {
		return { engine: p.engine, texts: await runModes(texts, p.modes) };
	} catch (e) {
		throw new MachineTranslationError(
			`Apertium failed on ${p.modes.join(' then ')} (${(e as Error).message})`
		);
	}
}
