package vn.trienkhai.core.document.parsing;

import java.util.List;

/**
 * Reads the text of a Party plan ("Kế hoạch") into an {@link ImportDraft} for a person to review.
 *
 * <p>The text may be plain or carry markdown (##, **, *), may write headings "I." or "I-", and may have
 * paragraphs split by page breaks. The parser never throws on any input and runs in time linear in
 * its length: the text is handled line by line and every regular expression has bounded repetition.
 *
 * <p>Pipeline and heuristics, each detailed in its class:
 * <ol>
 *   <li>{@link LineReader}: strips markdown and joins page-break continuations into logical lines;</li>
 *   <li>{@link HeaderReader}: number and date from the letterhead above the heading word, subject
 *       lines under it, opening "Thực hiện …" / "Căn cứ …" paragraphs;</li>
 *   <li>{@link CitationExtractor}: the documents the plan implements or is based on, and those only
 *       mentioned inside their subjects;</li>
 *   <li>{@link OutlineBuilder}: headings, unnumbered captions ("CHỈ TIÊU") and the role of each part
 *       (purpose, content, targets, implementation);</li>
 *   <li>{@link TargetExtractor}: one target per number in "Mục tiêu" parts;</li>
 *   <li>{@link TaskExtractor}: tasks from content and implementation parts, with {@link UnitPhrases}
 *       (lead and coordinating units), {@link DeadlineReader} and {@link RecurrenceReader};</li>
 *   <li>{@link ClosingReader}: recipients ("Nơi nhận") and signer.</li>
 * </ol>
 * Everything favours precision over recall: a field is left empty rather than guessed.
 * Instances are stateless and thread-safe.
 */
public final class PlanTextParser {

    /** Reads {@code text}; null or blank text gives an empty draft. */
    public ImportDraft parse(String text) {
        List<TextLine> lines = LineReader.read(text == null ? "" : text);
        DocumentHeader header = HeaderReader.read(lines);
        int closingStart = ClosingReader.start(lines, header.bodyStart());
        OutlineBuilder.Outline outline = OutlineBuilder.build(lines.subList(header.bodyStart(), closingStart));
        List<TextLine> closing = lines.subList(closingStart, lines.size());
        CitationExtractor.Citations citations =
                CitationExtractor.extract(header.implementsOpenings(), header.basedOnOpenings());
        DocumentNumber number = header.number();
        return new ImportDraft(
                number == null ? null : number.symbol(),
                number == null ? null : number.number(),
                number == null ? header.headingKind() : number.kind(),
                number == null ? null : number.issuerCode(),
                header.issuedOn(),
                header.place(),
                header.title(),
                citations.implementsDocs(),
                citations.basedOn(),
                citations.mentioned(),
                outline.sections(),
                TargetExtractor.extract(outline.entries()),
                TaskExtractor.extract(outline.entries()),
                ClosingReader.recipients(closing),
                ClosingReader.signer(closing));
    }
}
