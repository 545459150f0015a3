import { redirect, fail } from '@sveltejs/kit';
import type { Actions } from './$types';
import { formValues } from '$lib/server/http';
import { normaliseJoinCode, JOIN_CODE_LENGTH } from '$lib/server/security';
import { describeFieldError } from '$lib/i18n/errors';

export const actions: Actions = {
	default: async ({ request }) => {
		const { code } = formValues(await request.formData(), 'code');
		const normal = normaliseJoinCode(code);
		if (normal.length !== JOIN_CODE_LENGTH) return fail(400, { code, message: describeFieldError('code_unknown') });
		redirect(303, `/join/${normal}`);
	}
};
