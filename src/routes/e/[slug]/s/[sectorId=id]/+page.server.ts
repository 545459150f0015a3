import type { Actions, PageServerLoad } from './$types';
import { act, formValues, guard, idParam } from '$lib/server/http';
import * as statements from '$lib/server/services/statements';
import { similarStatements } from '$lib/server/services/similar';
import { themesOfSector } from '$lib/server/services/themes';
import * as consent from '$lib/server/services/consent';
import { submissionsOpen } from '$lib/domain/phases';
import { dependency } from '$lib/live-topics';

export const load: PageServerLoad = ({ locals: { db, actor, event }, params, depends }) => {
	// the phase says whether the rapporteur may write; each statement shows its themes
	depends(dependency('event'), dependency('statements'), dependency('themes'));
	const sectorId = Number(params.sectorId);
	const sector = guard(() => statements.readableSector(db, actor, sectorId));
	return {
		sector,
		statements: statements.listSectorStatements(db, actor, sectorId),
		themesOf: themesOfSector(db, actor, sectorId),
		// the curation steps that moved this sector's statements, and the themes it may flag
		consent: consent.consentOf(db, actor, sectorId),
		canWrite: actor?.role === 'facilitator' || submissionsOpen(event),
		// a fresh key for the statement form each time the page loads (after each success too):
		// posting the same form again (a refresh, a double tap) finds what it stored, stores nothing
		submitKey: crypto.randomUUID()
	};
};

// The statement form posts here (adding, or checking for similar ones); paste and CSV have their own page.
export const actions: Actions = {
	add: async ({ locals: { db, actor }, params, request }) => {
		const values = formValues(
			await request.formData(),
			'title',
			'text',
			'actorType',
			'key',
			'lang'
		);
		return act({ ...values, form: 'statement' }, () => ({
			added: statements.submitStatement(db, actor, Number(params.sectorId), values).id
		}));
	},
	// the statement form's "check for similar" button: the nearest statements, the form kept as typed
	similar: async ({ locals: { db, actor }, params, request }) => {
		const values = formValues(await request.formData(), 'title', 'text', 'actorType', 'lang');
		const echo = { ...values, form: 'statement' };
		return act(echo, () => ({
			values: echo,
			similar: similarStatements(db, actor, {
				text: values.text,
				sectorId: Number(params.sectorId)
			})
		}));
	},
	// agree with, or object to, a step that moved the sector's statements (?/respond&change=12)
	respond: async ({ locals: { db, actor }, request, url }) => {
		const changeId = idParam(url.searchParams.get('change'));
		const values = formValues(await request.formData(), 'verdict', 'reason');
		return act({ ...values, form: `step-${changeId}` }, () => {
			const { verdict } = consent.respond(db, actor, changeId, values);
			return { answered: { changeId, verdict } };
		});
	},
	// "this theme misrepresents our statement" (?/flag&theme=12)
	flag: async ({ locals: { db, actor }, request, url }) => {
		const themeId = idParam(url.searchParams.get('theme'));
		const values = formValues(await request.formData(), 'statementId', 'reason');
		return act({ ...values, form: `flag-${themeId}` }, () => {
			consent.flag(db, actor, themeId, values);
			return { flagged: themeId };
		});
	}
};
