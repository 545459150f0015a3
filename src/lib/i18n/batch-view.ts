/** A batch report as the page shows it: error codes turned into words. */
import type { BatchReport } from '$lib/domain/batch';
import { describeFieldError } from '$lib/i18n/errors';

export interface BatchView {
	items: { row: number; text: string; title: string; sector: string; errors: string[] }[];
	fileErrors: string[];
	validCount: number;
	total: number;
}

/** The report in the reader's language. */
export function batchView(report: BatchReport): BatchView {
	return {
		items: report.items.map((i) => ({
			row: i.row,
			text: i.text,
			title: i.title,
			sector: i.sector,
			errors: Object.values(i.errors).map(describeFieldError)
		})),
		fileErrors: report.fileErrors.map(describeFieldError),
		validCount: report.validCount,
		total: report.items.length
	};
}
