package vn.trienkhai.core.module;

/**
 * A permission a module defines, e.g. {@code press.subscription.edit}.
 *
 * @param code    unique code, prefixed with the module id
 * @param nameKey message key of the permission's name for administrators
 */
public record ModulePermission(String code, String nameKey) {
}
