// Types for the deep imports of `natural` used by text.ts: each stemmer module exports one
// object with `stem`, each stop-word module exports `words`. Deep imports skip natural's
// heavy back ends (pg, mongoose, redis) and its dotenv output (see shared/STACK.md).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
	const stemmer: { stem(word: string): string };
	export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_es.js' {
	const stemmer: { stem(word: string): string };
	export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
	const stemmer: { stem(word: string): string };
	export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_pt.js' {
	const stemmer: { stem(word: string): string };
	export default stemmer;
}
declare module 'natural/lib/natural/util/stopwords.js' {
	const list: { words: string[] };
	export default list;
}
declare module 'natural/lib/natural/util/stopwords_es.js' {
	const list: { words: string[] };
	export default list;
}
declare module 'natural/lib/natural/util/stopwords_fr.js' {
	const list: { words: string[] };
	export default list;
}
declare module 'natural/lib/natural/util/stopwords_pt.js' {
	const list: { words: string[] };
	export default list;
}
