package vn.trienkhai.app.browser;

import java.util.function.Consumer;

/**
 * One screen of the workspace as the browser tests open it: who uses it, where it lives, the element that carries
 * its content (grid, tree, form), the action that person comes for, and what they do on it before it is judged.
 *
 * @param name      the screenshot's and the test's name
 * @param role      the demo account that uses the screen; {@code null} for the sign-in page
 * @param route     the workspace route; a route starting with {@code @} is resolved by {@link ScreensBrowserTest}
 * @param main      CSS selector of the element that must be visible and, where {@code wide}, a third of a desktop
 * @param wide      whether the main element should take a real share of a desktop (not so the sign-in form)
 * @param primary   CSS selector of the primary action, {@code null} when the screen has none
 * @param readOnly  a demo account that may open the screen but must not see the primary action; {@code null} if none
 * @param use       what the person does on the screen first (paste a plan and read it…)
 */
record Screen(String name, String role, String route, String main, boolean wide, String primary, String readOnly, Consumer<Browser> use) {

    Screen(String name, String role, String route, String main, String primary, String readOnly) {
        this(name, role, route, main, true, primary, readOnly, browser -> { });
    }

    Screen(String name, String role, String route, String main, String primary, String readOnly, Consumer<Browser> use) {
        this(name, role, route, main, true, primary, readOnly, use);
    }

    @Override
    public String toString() {
        return name + " as " + (role == null ? "anonymous" : role);
    }
}
