/** Plenary voting: rounds over curated themes, one changeable ballot per person, results per sector. */
export * from './rounds';
export * from './ballots';
export * from './results';
