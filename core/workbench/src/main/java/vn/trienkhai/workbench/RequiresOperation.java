package vn.trienkhai.workbench;

import vn.trienkhai.core.access.Operation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view that only users allowed {@link #value()} may open; for the others the route is "not found".
 * The services behind the view check again: this only keeps people from screens that would refuse them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresOperation {

    Operation value();
}
