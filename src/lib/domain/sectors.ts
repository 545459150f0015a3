/** Default sectors and their colours. */

/** The eleven movements named in the workshop's concept note, in its order. */
export const DEFAULT_SECTOR_KEYS = [
	'labour',
	'livelihoods',
	'trade',
	'gender',
	'farming',
	'health',
	'education',
	'environment',
	'peace',
	'media',
	'democracy'
] as const;
/** What a new event starts with: no sectors (added in the settings), or the digital justice workshop's eleven. */
export const SECTOR_TEMPLATES = ['none', 'workshop'] as const;
export type SectorTemplate = (typeof SECTOR_TEMPLATES)[number];

/** The sectors a template gives, as keys of the default sector names; anything unknown gives none. */
export function templateSectors(template: unknown): readonly DefaultSectorKey[] {
	return template === 'workshop' ? DEFAULT_SECTOR_KEYS : [];
}

export type DefaultSectorKey = (typeof DEFAULT_SECTOR_KEYS)[number];

/**
 * Twelve colours that stay apart from each other on a projector and for the common colour-vision
 * deficiencies (Okabe–Ito first, then darker companions); a thirteenth sector reuses the cycle.
 */
export const SECTOR_PALETTE = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#CC79A7',
	'#56B4E9',
	'#D55E00',
	'#7B5EA7',
	'#8C6D1F',
	'#2F4B7C',
	'#A0144F',
	'#3F7F3F',
	'#5A5A5A'
] as const;

/** The colour for the sector at this position. */
export function sectorColour(position: number): string {
	const n = SECTOR_PALETTE.length;
	return SECTOR_PALETTE[((position % n) + n) % n];
}

/** True for a #rrggbb colour. */
export function isHexColour(value: string): boolean {
	return /^#[0-9a-fA-F]{6}$/.test(value);
}
