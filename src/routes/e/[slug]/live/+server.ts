import type { RequestHandler } from './$types';
import { guard } from '$lib/server/http';
import { requireRole } from '$lib/server/services/access';
import { subscribe } from '$lib/server/live';
import { liveStreams } from '$lib/server/live-caps';
import { m } from '$lib/paraglide/messages.js';

// Proxies close idle connections; a comment line now and then keeps the stream open.
const HEARTBEAT_MS = 20_000;
const encoder = new TextEncoder();
const PING = encoder.encode(': ping\n\n');
// one burst goes to every screen of the event with the same topics: encode it once
const encoded = new WeakMap<readonly string[], Uint8Array>();
function changeNotice(topics: readonly string[]): Uint8Array {
	let bytes = encoded.get(topics);
	if (!bytes)
		encoded.set(
			topics,
			(bytes = encoder.encode(`event: change\ndata: ${JSON.stringify({ topics })}\n\n`))
		);
	return bytes;
}

/** Server-sent events: one "change" notice per burst of committed changes in this event, naming their topics. */
export const GET: RequestHandler = ({ locals, getClientAddress }) => {
	const { event, actor } = locals;
	const a = guard(() =>
		requireRole(actor, 'facilitator', 'rapporteur', 'participant', 'translator')
	);
	const release = liveStreams.open(String(a.participantId), getClientAddress());
	if (typeof release !== 'function')
		return new Response(m.refusal_too_many_streams(), {
			status: 429,
			headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' }
		});
	let stop = release;
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(encoder.encode('retry: 2000\n\n'));
			const unsubscribe = subscribe(event.id, (topics) => controller.enqueue(changeNotice(topics)));
			const beat = setInterval(() => controller.enqueue(PING), HEARTBEAT_MS);
			stop = () => {
				clearInterval(beat);
				unsubscribe();
				release();
			};
		},
		cancel() {
			stop();
		}
	});
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream',
			'cache-control': 'no-cache, no-transform',
			'x-accel-buffering': 'no'
		}
	});
};
