import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { failure, formValues } from '$lib/server/http';
import { normaliseJoinCode, JOIN_CODE_LENGTHS } from '$lib/server/security';
import { describeFieldError } from '$lib/i18n/errors';

export const actions: Actions = {
	/** A typed join code goes to its confirmation page, once it has the length of one. */
	default: async ({ request }) => {
		const values = formValues(await request.formData(), 'code');
		const code = normaliseJoinCode(values.code);
		if (!JOIN_CODE_LENGTHS.includes(code.length))
			return failure(400, values, describeFieldError('code_unknown'), {
				code: describeFieldError('code_unknown')
			});
		redirect(303, `/join/${code}`);
	}
};
