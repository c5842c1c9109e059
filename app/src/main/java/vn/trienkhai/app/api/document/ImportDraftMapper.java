package vn.trienkhai.app.api.document;

import io.micronaut.core.annotation.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.ImportDraft;

@Mapper(componentModel = MappingConstants.ComponentModel.JSR330)
public interface ImportDraftMapper {

    @Mapping(target = "implementsDocuments", source = "implementsDocs")
    ImportDraftDto toDto(ImportDraft draft);

    /** The draft a client sends back, possibly corrected, to be saved. */
    @Mapping(target = "implementsDocs", source = "implementsDocuments")
    ImportDraft toDraft(ImportDraftDto draft);

    /** A kind written as its symbol; an unknown one reads as none, which saving refuses with the field named. */
    default @Nullable DocumentKind kind(@Nullable String symbol) {
        return symbol == null ? null : DocumentKind.fromSymbol(symbol).orElse(null);
    }

    /** The API shows a kind as its symbol ("CTr"), as written in document numbers, not as the Java constant. */
    default @Nullable String symbol(@Nullable DocumentKind kind) {
        return kind == null ? null : kind.symbol();
    }
}
