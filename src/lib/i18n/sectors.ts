/** The default sector names in the creator's language. */
import { m } from '$lib/paraglide/messages';
import type { DefaultSectorKey } from '$lib/domain/sectors';

const NAMES: Record<DefaultSectorKey, () => string> = {
	labour: () => m.sector_labour(),
	livelihoods: () => m.sector_livelihoods(),
	trade: () => m.sector_trade(),
	gender: () => m.sector_gender(),
	farming: () => m.sector_farming(),
	health: () => m.sector_health(),
	education: () => m.sector_education(),
	environment: () => m.sector_environment(),
	peace: () => m.sector_peace(),
	media: () => m.sector_media(),
	democracy: () => m.sector_democracy()
};

/** A default sector's name. */
export function defaultSectorName(key: DefaultSectorKey): string {
	return NAMES[key]();
}
