/**
 * Reading Party documents from text and .docx files, with no framework.
 *
 * <p>{@link vn.trienkhai.core.document.parsing.PlanTextParser#parse} turns the text of a plan
 * ("Kế hoạch") into an {@link vn.trienkhai.core.document.parsing.ImportDraft}: its number, date,
 * subject, the documents it implements, its headings, numeric targets, tasks (lead and coordinating
 * units, deadline, recurrence), recipients and signer. The draft is for a person to review before
 * anything is stored; fields the text does not state clearly are left empty.
 *
 * <p>{@link vn.trienkhai.core.document.parsing.DocxText} turns a .docx file into the same kind of text, paragraph
 * by paragraph, and throws {@link vn.trienkhai.core.document.parsing.UnreadableDocumentException} for a file it
 * cannot read.
 *
 * <p>{@link vn.trienkhai.core.document.parsing.DocumentNumber} reads and normalises document numbers
 * of Party and state bodies ("Số 102 - KH/HU" is "102-KH/HU"; "1253/QĐ-UBND", "15/2024/QĐ-UBND", "45/UBND-VX")
 * and finds them in running text.
 *
 * <p>Everything else in the package is a package-private collaborator of the parser.
 */
package vn.trienkhai.core.document.parsing;
