package vn.trienkhai.core.document.parsing;

/**
 * A logical line of the document: one paragraph, list item or heading, with markdown removed and
 * page-break continuations already joined.
 *
 * @param text        the cleaned text, never blank
 * @param blankBefore whether a blank line separated it from the previous logical line
 */
record TextLine(String text, boolean blankBefore) {
}
