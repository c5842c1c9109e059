package vn.trienkhai.app.ui.indicator;

import com.vaadin.flow.component.html.Span;
import vn.trienkhai.core.indicator.IndicatorModel.AchievementStatus;

import java.util.Locale;

/**
 * Where a target stands, in the colours of a traffic light (green achieved or on track, amber at risk, red off
 * track) and in words, for who cannot tell the colours apart.
 */
class AchievementBadge extends Span {

    AchievementBadge(AchievementStatus status) {
        super(IndicatorFormat.t("indicator.achievement." + status.name()));
        addClassNames("tk-achievement", "tk-achievement-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
