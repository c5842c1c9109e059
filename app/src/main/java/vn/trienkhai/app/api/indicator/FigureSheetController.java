package vn.trienkhai.app.api.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.app.api.error.ApiError;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.FigureSheets;
import vn.trienkhai.core.indicator.FigureSheets.Preview;
import vn.trienkhai.core.indicator.FigureSheets.PreviewLine;
import vn.trienkhai.core.indicator.IndicatorModel.Figure;
import vn.trienkhai.core.indicator.Period;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The spreadsheet round trip of figures: a template to fill offline, its upload previewed, then saved all or nothing. */
@Controller("/api/figures")
@Tag(name = "Chỉ tiêu")
class FigureSheetController {

    private static final String XLSX = FigureSheets.CONTENT_TYPE;
    private static final String UPLOAD = " Part file: the template downloaded from GET /api/figures/sheet.xlsx, filled in; at most "
            + FigureSheets.MAX_BYTES / (1024 * 1024) + " MB and " + FigureSheets.MAX_UNITS + " rows. 422 (field file) "
            + "figure.sheet.not-xlsx, figure.sheet.not-template, figure.sheet.too-large or figure.sheet.too-many-rows.";

    private final FigureSheets sheets;
    private final Messages messages;

    FigureSheetController(FigureSheets sheets, Messages messages) {
        this.sheets = sheets;
        this.messages = messages;
    }

    // JSON as well: a refusal is answered in JSON
    @Get(uri = "/sheet.xlsx", produces = {XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "Tải mẫu Excel nhập số liệu", description = "An .xlsx for the data set dataSetId, the units of unitId's subtree "
            + "(of a kind one of its indicators applies to) and the period (2024, 2024-H1, 2024-Q2, 2024-M03 or its Vietnamese label): "
            + "a row of column keys (ma_don_vi, then the indicator's code, or code.tu and code.mau for a ratio's numerator and "
            + "denominator), a row of labels, one row per unit with the figures already entered; cells of indicators that do not "
            + "apply to a unit are grey and ignored. 404 for a data set or unit outside the caller's scope; 403 for a role that may "
            + "not enter figures.")
    HttpResponse<byte[]> template(@Parameter(hidden = true) Actor actor, @QueryValue long dataSetId, @QueryValue long unitId,
                                  @QueryValue String period) {
        Period parsed = Period.parse(period).orElseThrow(() ->
                InvalidRequestException.field("period", "figure.sheet.period.invalid", messages.get("figure.sheet.period.invalid")));
        String name = "Mẫu số liệu " + parsed.code() + ".xlsx";
        return HttpResponse.ok(sheets.template(actor, dataSetId, unitId, parsed)).contentType(MediaType.of(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-so-lieu-" + parsed.code() + ".xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Post(uri = "/sheet/preview", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Đọc thử bảng số liệu", description = "Reads the figures of a filled template and checks them as a save "
            + "would, saving nothing: lines (one per new or changed figure, with its errors), errors named figures[<row>].<column "
            + "key> (the spreadsheet's row, e.g. figures[9].VH01.tu) with a Vietnamese message naming the row and column, and "
            + "unchanged (pre-filled figures left as they were; blank cells are no figure, never zero)." + UPLOAD)
    SheetPreview preview(@Parameter(hidden = true) Actor actor, CompletedFileUpload file) throws IOException {
        return SheetPreview.of(sheets.preview(actor, bytes(file)));
    }

    @Post(uri = "/sheet", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Lưu bảng số liệu", description = "Saves the new and changed figures of a filled template as IMPORTED, all "
            + "or nothing: 201 with the figures saved; 422 with every error of the preview; 409 figure.changed-by-someone-else when "
            + "a figure was changed (or entered) since the template was downloaded — nothing is saved, download it again." + UPLOAD)
    HttpResponse<SavedSheet> save(@Parameter(hidden = true) Actor actor, CompletedFileUpload file) throws IOException {
        List<Figure> saved = sheets.save(actor, bytes(file));
        return HttpResponse.created(new SavedSheet(saved.size(), saved));
    }

    /** The upload's bytes; one over the limit is refused before it is read whole. */
    private byte[] bytes(CompletedFileUpload file) throws IOException {
        if (file.getSize() > FigureSheets.MAX_BYTES) {
            throw InvalidRequestException.field("file", "figure.sheet.too-large",
                    messages.get("figure.sheet.too-large", FigureSheets.MAX_BYTES / (1024 * 1024)));
        }
        return file.getBytes();
    }

    @Serdeable
    record SheetPreview(long dataSetId, String dataSetName, long unitId, String unitName, String period, String periodLabel,
                        List<PreviewLine> lines, List<ApiError.Field> errors, int unchanged, boolean valid) {

        static SheetPreview of(Preview preview) {
            return new SheetPreview(preview.dataSetId(), preview.dataSetName(), preview.unitId(), preview.unitName(), preview.period().code(),
                    preview.period().label(), preview.lines(),
                    preview.errors().stream().map(error -> new ApiError.Field(error.field(), error.code(), error.message())).toList(),
                    preview.unchanged(), preview.valid());
        }
    }

    @Serdeable
    record SavedSheet(int saved, @Nullable List<Figure> figures) {
    }
}
