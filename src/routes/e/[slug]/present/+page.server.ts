import type { PageServerLoad } from './$types';
import QRCode from 'qrcode';
import { dependency, TOPICS } from '$lib/live-topics';
import { guard } from '$lib/server/http';
import { shareOrigin } from '$lib/server/origin';
import { presenterScreen } from '$lib/server/services/presenter';

/** An SVG as a data address for an <img>: sharp at any size, and no markup put into the page. */
const svgData = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

// Read-only for every role of the event: the room sees what the facilitator chose to show.
export const load: PageServerLoad = async ({ locals: { db, key, actor }, url, depends }) => {
	// the screen follows the facilitator's choice and whatever its current view shows
	depends(...TOPICS.map(dependency));
	const screen = guard(() => presenterScreen(db, key, actor));
	// the address phones can reach, never the projector laptop's localhost
	const { origin } = shareOrigin(url);
	const joinUrl = screen.join ? origin + screen.join.path : null;
	return {
		...screen,
		address: origin.replace(/^https?:\/\//, ''),
		joinUrl,
		joinQr:
			joinUrl && screen.state.view === 'join'
				? svgData(
						await QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
					)
				: null,
		canDrive: actor?.role === 'facilitator'
	};
};
