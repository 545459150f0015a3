import type { PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';

// The projector became the presenter screen, which the facilitator drives; old links still lead there.
export const load: PageServerLoad = ({ params }) => redirect(308, `/e/${params.slug}/present`);
