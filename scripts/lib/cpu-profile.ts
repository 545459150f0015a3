/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and names where the time went: self time per
 * function, largest first, and the share of the whole. Used by `bench:vote -- --profile DIR`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

export interface HotSpot {
	/** function name and where it is, relative to the project */
	where: string;
	selfMs: number;
	share: number;
}

/** Self time per function (by name and place), largest first. */
export function hotSpots(profile: Profile, root: string, top = 20): HotSpot[] {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = new Map<string, number>();
	let total = 0;
	profile.samples.forEach((id, i) => {
		const dt = (profile.timeDeltas[i] ?? 0) / 1000;
		total += dt;
		const frame = byId.get(id)?.callFrame;
		if (!frame) return;
		const file = frame.url.startsWith('file://')
			? relative(root, decodeURIComponent(frame.url.slice(7)))
			: frame.url;
		const where =
			`${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : ''}`.trim();
		self.set(where, (self.get(where) ?? 0) + dt);
	});
	return [...self.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, top)
		.map(([where, selfMs]) => ({ where, selfMs, share: total > 0 ? selfMs / total : 0 }));
}

/** The largest profile in a folder (the server's, where the folder holds several). */
export function largestProfile(dir: string): Profile | null {
	const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
	let best: { size: number; text: string } | null = null;
	for (const f of files) {
		const text = readFileSync(join(dir, f), 'utf8');
		if (!best || text.length > best.size) best = { size: text.length, text };
	}
	return best ? (JSON.parse(best.text) as Profile) : null;
}
