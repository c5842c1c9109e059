package vn.trienkhai.app.api.indicator;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.IndicatorRequests.DataSetRequest;

import java.util.List;

/** Data sets: ordered groups of indicators, each one data entry form. */
@Controller("/api/data-sets")
@Tag(name = "Chỉ tiêu")
class DataSetController {

    private final IndicatorCatalogue catalogue;

    DataSetController(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Get
    @Operation(summary = "Bộ chỉ tiêu", description = "The organisation's data sets by name, each with its indicators in order.")
    List<DataSet> list(@Parameter(hidden = true) Actor actor) {
        return catalogue.dataSets(actor);
    }

    @Get("/{id}")
    @Operation(summary = "Bộ chỉ tiêu (một bộ)")
    DataSet get(@Parameter(hidden = true) Actor actor, long id) {
        return catalogue.dataSet(actor, id);
    }

    @Post
    @Operation(summary = "Tạo bộ chỉ tiêu", description = "name and indicatorIds in the form's order (at least one; 422 on "
            + "indicatorIds naming an unknown one). 403 without INDICATOR_MANAGE.")
    HttpResponse<DataSet> create(@Parameter(hidden = true) Actor actor, @Body DataSetRequest request) {
        return HttpResponse.created(catalogue.saveDataSet(actor, null, request));
    }

    @Put("/{id}")
    @Operation(summary = "Sửa bộ chỉ tiêu", description = "Replaces the name and the indicators; takes the version read (409 "
            + "indicator.changed-by-someone-else when someone changed it meanwhile).")
    DataSet update(@Parameter(hidden = true) Actor actor, long id, @Body DataSetRequest request) {
        return catalogue.saveDataSet(actor, id, request);
    }
}
