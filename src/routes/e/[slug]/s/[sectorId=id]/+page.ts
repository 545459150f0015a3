import type { PageLoad } from './$types';

// The consent sections appear once curation has touched the sector's statements (a step to answer,
// a theme to flag): until then a rapporteur's phone loads no code for them. Loaded here, before
// the page renders, so the server renders them and the page hydrates with them in place.
export const load: PageLoad = async ({ data }) => {
	const [StepAnswers, ThemeFlags] = await Promise.all([
		data.consent.steps.length ? import('./StepAnswers.svelte').then((c) => c.default) : null,
		data.consent.themes.length ? import('./ThemeFlags.svelte').then((c) => c.default) : null
	]);
	return { ...data, StepAnswers, ThemeFlags };
};
