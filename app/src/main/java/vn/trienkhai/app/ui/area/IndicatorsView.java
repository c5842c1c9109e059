package vn.trienkhai.app.ui.area;

import com.vaadin.flow.router.Route;
import vn.trienkhai.app.ui.MainLayout;

@Route(value = "indicators", layout = MainLayout.class)
public class IndicatorsView extends PlannedArea {

    public IndicatorsView() {
        super("nav.indicators", "vaadin:chart");
    }
}
