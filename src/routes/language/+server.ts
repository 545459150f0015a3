import { redirect, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { cookieName, cookieMaxAge, isLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { safeReturnPath } from '$lib/domain/return-path';

/** Remembers the chosen language in a cookie and goes back to the page the person was on. */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const data = await request.formData();
	const locale = String(data.get('locale') ?? '');
	if (!isLocale(locale)) error(400, m.error_invalid());
	cookies.set(cookieName, locale, {
		path: '/',
		maxAge: cookieMaxAge,
		sameSite: 'lax',
		httpOnly: false,
		// a venue's network is often plain HTTP on a local name: a Secure cookie would not stick there
		secure: url.protocol === 'https:'
	});
	// only paths of this site, never another origin
	redirect(303, safeReturnPath(data.get('to')));
};
