package vn.trienkhai.workbench;

/** A tab on a shared page (a unit's, a document's): a title and the contribution that renders its content. */
public record PageTab<T>(String titleKey, Class<? extends Contribution<T>> content) {
}
