import { redirect, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { cookieName, cookieMaxAge, isLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

/** Remembers the chosen language in a cookie and goes back to the page the person was on. */
export const POST: RequestHandler = async ({ request, cookies }) => {
	const data = await request.formData();
	const locale = String(data.get('locale') ?? '');
	if (!isLocale(locale)) error(400, m.error_invalid());
	cookies.set(cookieName, locale, {
		path: '/',
		maxAge: cookieMaxAge,
		sameSite: 'lax',
		httpOnly: false
	});
	const to = String(data.get('to') ?? '/');
	// only paths of this site, never another origin
	redirect(303, to.startsWith('/') && !to.startsWith('//') ? to : '/');
};
