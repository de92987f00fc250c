package org.mentorship.dsl.generator.html;

/**
 * The summary's only style sheet, inlined in the page: readable on screen, compact on A4 paper (about
 * 9.5 pt text, 12 mm margins, the shorter parts in two columns), with rows, list items and headings
 * kept with what follows them. No fonts are loaded: the list names fonts that systems have.
 */
final class Style {

	private Style() {
	}

	/** A method, not a constant: a constant would be copied into the classes that use it at compile time. */
	static String css() {
		return CSS;
	}

	private static final String CSS = """

			* { box-sizing: border-box; }
			html { color: #1b1f23; background: #fff; }
			body { margin: 2rem auto; max-width: 52rem; padding: 0 1.25rem;
			  font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif;
			  font-size: 1rem; line-height: 1.45; }
			header { border-bottom: 2px solid #1f4e79; padding-bottom: .4em; margin-bottom: .6em; }
			.kind { margin: 0; font-size: .8em; letter-spacing: .06em; text-transform: uppercase; color: #5a6570; }
			h1 { margin: .1em 0 .25em; font-size: 1.7em; line-height: 1.2; color: #1f4e79; }
			.facts { display: flex; flex-wrap: wrap; gap: .1em 1.6em; margin: 0; }
			.facts div { display: flex; gap: .4em; }
			.facts dt { color: #5a6570; }
			.facts dd { margin: 0; font-weight: 600; }
			h2 { margin: 1em 0 .3em; padding-bottom: .1em; border-bottom: 1px solid #c9d3dc; font-size: 1.1em;
			  color: #1f4e79; break-after: avoid; }
			p { margin: .25em 0; }
			ul, ol { margin: .2em 0; padding-left: 1.3em; }
			li { margin: .1em 0; }
			.parties { list-style: none; padding: 0; display: grid;
			  grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .3em 1.6em; }
			.party { margin: 0; }
			.responsibilities { margin: 0; }
			.roles { margin-top: .4em; }
			table { width: 100%; border-collapse: collapse; table-layout: fixed; }
			caption { caption-side: top; text-align: left; color: #5a6570; font-size: .85em; padding-bottom: .2em; }
			th, td { border: 1px solid #c9d3dc; padding: .3em .45em; vertical-align: top; text-align: left;
			  overflow-wrap: anywhere; }
			thead th { background: #eef3f7; }
			thead th:nth-child(1) { width: 22%; }
			thead th:nth-child(2) { width: 32%; }
			thead th:nth-child(3) { width: 21%; }
			thead th:nth-child(4) { width: 25%; }
			tbody th { font-weight: normal; }
			td ul, th ul { margin: 0; padding-left: 1em; }
			.goal-title { margin: 0; font-weight: 600; }
			.why, .due, .about, .note, .to-sign { color: #5a6570; }
			.why { font-size: .92em; }
			.due { white-space: nowrap; }
			.label { font-weight: 600; }
			.pairs { margin: .25em 0; }
			.pairs > div { display: flex; gap: .8em; margin-bottom: .15em; }
			.pairs dt { flex: 0 0 9em; }
			.pairs dd { flex: 1 1 0; min-width: 0; margin: 0; }
			.pairs dt, .risks dt { font-weight: 600; }
			.pairs ol, .pairs ul { margin: 0; padding-left: 1.2em; }
			.risks { margin: .25em 0; }
			.risks dd { margin: 0 0 .3em 1em; }
			.note { font-size: .9em; font-style: italic; }
			.confidential { margin-top: 1em; border: 2px dashed #a33a3a; padding: 0 .8em .4em; }
			.confidential h2 { color: #a33a3a; border-bottom-color: #e4b9b9; }
			footer { margin-top: .6em; break-inside: avoid; }
			.signatures { list-style: none; padding: 0; display: grid;
			  grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .6em 2.4em; }
			.signatures li { display: flex; flex-direction: column; }
			.signer { font-weight: 600; }
			.to-sign { margin-top: 1.8em; border-top: 1px solid #1b1f23; padding-top: .1em; font-size: .8em; }
			tr, li, dt, dd, dl > div, .party { break-inside: avoid; }
			thead { display: table-header-group; }
			@page { size: A4; margin: 12mm; }
			@page { @bottom-right { content: "page " counter(page) " of " counter(pages); font: 7.5pt "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #5a6570; } }
			@media print {
			  body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.3; }
			  .columns { column-count: 2; column-gap: 7mm; margin-top: .9em; }
			  .pairs dt { flex-basis: 7.6em; }
			  .columns > section:first-child > h2 { margin-top: 0; }
			  h2 { margin-top: .8em; }
			}
			""";
}
