import type { Actions } from './$types';
import { app } from '$lib/server/context';
import { attempt, contextOf, formValues, idParam } from '$lib/server/http';
import * as events from '$lib/server/services/events';

export const actions: Actions = {
	details: async (e) => {
		const { actor } = contextOf(e);
		const values = formValues(await e.request.formData(), 'name', 'place', 'startsOn', 'endsOn', 'description');
		const r = attempt(values, () => events.updateEventDetails(app().db, actor, values));
		return r.ok ? { detailsSaved: true } : r.failure;
	},
	addSector: async (e) => {
		const { actor } = contextOf(e);
		const values = formValues(await e.request.formData(), 'name');
		const { db, key } = app();
		const r = attempt({ newSector: values.name }, () => events.addSector(db, key, actor, values.name));
		return r.ok ? { sectorAdded: r.value.name } : r.failure;
	},
	updateSector: async (e) => {
		const { actor } = contextOf(e);
		const values = formValues(await e.request.formData(), 'sectorId', 'name', 'colour');
		const r = attempt({ sectorId: values.sectorId, name: values.name }, () =>
			events.updateSector(app().db, actor, idParam(values.sectorId), values.name, values.colour)
		);
		return r.ok ? { sectorSaved: r.value.id } : r.failure;
	},
	moveSector: async (e) => {
		const { actor } = contextOf(e);
		const values = formValues(await e.request.formData(), 'sectorId', 'direction');
		const r = attempt({}, () => events.moveSector(app().db, actor, idParam(values.sectorId), values.direction === 'up' ? -1 : 1));
		return r.ok ? { moved: true } : r.failure;
	},
	removeSector: async (e) => {
		const { actor } = contextOf(e);
		const values = formValues(await e.request.formData(), 'sectorId');
		const r = attempt({ sectorId: values.sectorId }, () => events.removeSector(app().db, actor, idParam(values.sectorId)));
		return r.ok ? { removed: true } : r.failure;
	}
};
