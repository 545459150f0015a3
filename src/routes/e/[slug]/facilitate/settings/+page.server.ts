import type { Actions, PageServerLoad } from './$types';
import { timeZoneChoices } from '$lib/domain/event-rules';
import { act, formValues, idParam } from '$lib/server/http';
import * as events from '$lib/server/services/events';
import { DETECTABLE } from '$lib/server/language';
import { languageChoices } from '$lib/domain/languages';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = ({ locals: { event } }) => {
	return {
		timeZones: timeZoneChoices(),
		serverZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
		// the event's languages, then the living ones the detector knows, by name in the reader's language
		languageChoices: languageChoices(DETECTABLE, event.languages, getLocale())
	};
};

// The page shows the event and its sectors from the event's layout, which reloads on `event` notices.
export const actions: Actions = {
	details: async ({ locals: { db, actor }, request }) => {
		const values = formValues(
			await request.formData(),
			'name',
			'place',
			'startsOn',
			'endsOn',
			'timeZone',
			'description'
		);
		return act(
			values,
			() => (events.updateEventDetails(db, actor, values), { detailsSaved: true })
		);
	},
	languages: async ({ locals: { db, actor }, request }) => {
		const data = await request.formData();
		const languages = data.getAll('languages').map(String);
		const { workingLanguage } = formValues(data, 'workingLanguage');
		return act(
			{ languages: languages.join(','), workingLanguage },
			() => (
				events.setEventLanguages(db, actor, { languages, workingLanguage }),
				{ languagesSaved: true }
			)
		);
	},
	addSector: async ({ locals: { db, key, actor }, request }) => {
		const { name } = formValues(await request.formData(), 'name');
		return act({ newSector: name }, () => ({
			sectorAdded: events.addSector(db, key, actor, name).name
		}));
	},
	updateSector: async ({ locals: { db, actor }, request }) => {
		const { sectorId, name, colour } = formValues(
			await request.formData(),
			'sectorId',
			'name',
			'colour'
		);
		return act({ sectorId, name }, () => ({
			sectorSaved: events.updateSector(db, actor, idParam(sectorId), name, colour).id
		}));
	},
	moveSector: async ({ locals: { db, actor }, request }) => {
		const { sectorId, direction } = formValues(await request.formData(), 'sectorId', 'direction');
		return act(
			{},
			() => (
				events.moveSector(db, actor, idParam(sectorId), direction === 'up' ? -1 : 1),
				{ moved: true }
			)
		);
	},
	removeSector: async ({ locals: { db, actor }, request }) => {
		const { sectorId } = formValues(await request.formData(), 'sectorId');
		return act(
			{ sectorId },
			() => (events.removeSector(db, actor, idParam(sectorId)), { removed: true })
		);
	}
};
