package vn.trienkhai.app.api.document;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.RecipientPurpose;
import vn.trienkhai.core.document.parsing.Recurrence;
import vn.trienkhai.core.document.parsing.TargetUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as read from its text: a draft for a person to check, never a verified record. A field the text does not
 * state clearly is null; lists are never null.
 *
 * @param symbol              number of the plan, normalised: "102-KH/HU"
 * @param number              the number part: 102
 * @param kind                kind symbol: "KH", "CTr", "QĐi"
 * @param issuerCode          issuer part of the symbol: "HU"
 * @param issuedOn            date of issue
 * @param place               place of issue: "Tam Đường"
 * @param title               subject under the heading, on one line
 * @param implementsDocuments documents named in the opening "Thực hiện …" paragraph
 * @param basedOn             documents named in "Căn cứ …" paragraphs
 * @param mentioned           documents named only inside the subject of another citation
 * @param sections            headings in reading order
 * @param targets             numeric targets
 * @param tasks               tasks with their units, deadline and recurrence
 * @param recipients          lines of the "Nơi nhận" block
 * @param signer              signature block
 */
@Serdeable
public record ImportDraftDto(@Nullable String symbol, @Nullable Integer number, @Nullable String kind,
                             @Nullable String issuerCode, @Nullable LocalDate issuedOn, @Nullable String place,
                             @Nullable String title,
                             @JsonProperty("implements") List<CitedDocumentDto> implementsDocuments,
                             List<CitedDocumentDto> basedOn, List<CitedDocumentDto> mentioned, List<SectionDto> sections,
                             List<TargetDto> targets, List<TaskDto> tasks, List<RecipientDto> recipients,
                             @Nullable SignerDto signer) {

    /**
     * A document cited by number.
     *
     * @param symbol   normalised number: "224-KL/TU"
     * @param kind     kind symbol: "KL"
     * @param issuedOn date written after the number
     * @param issuer   issuing body written after "của": "Ban Thường vụ Tỉnh ủy"
     */
    @Serdeable
    public record CitedDocumentDto(String symbol, String kind, @Nullable LocalDate issuedOn, @Nullable String issuer) {
    }

    /**
     * A heading.
     *
     * @param code    roman part and numbering joined by dots: "II.1"
     * @param heading heading text without its numbering
     */
    @Serdeable
    public record SectionDto(String code, String heading) {
    }

    /**
     * A numeric target.
     *
     * @param text  the phrase the number governs
     * @param value the number: 84.6
     * @param unit  what the number measures
     * @param year  the year the target is set for
     */
    @Serdeable
    public record TargetDto(String text, BigDecimal value, TargetUnit unit, @Nullable Integer year) {
    }

    /**
     * A task.
     *
     * @param text              the task as written
     * @param section           code of the item or heading it sits under: "III.2"
     * @param leadUnit          the unit that leads (chủ trì)
     * @param coordinatingUnits the units that coordinate (phối hợp)
     * @param deadline          the deadline; type NONE when none is stated
     * @param recurrence        how often the duty repeats; null for a one-off task
     */
    @Serdeable
    public record TaskDto(String text, @Nullable String section, @Nullable String leadUnit, List<String> coordinatingUnits,
                          DeadlineDto deadline, @Nullable Recurrence recurrence) {
    }

    /**
     * A task deadline.
     *
     * @param type how precisely it is stated
     * @param date the last day it allows (end of the month, quarter, year or range); null for NONE
     */
    @Serdeable
    public record DeadlineDto(DeadlineType type, @Nullable LocalDate date) {
    }

    /**
     * A line of the "Nơi nhận" block.
     *
     * @param name    the recipient as written
     * @param purpose why it receives the plan: "(b/c)" is REPORT, "(t/h)" EXECUTE, "Lưu" ARCHIVE, else INFO
     */
    @Serdeable
    public record RecipientDto(String name, RecipientPurpose purpose) {
    }

    /**
     * The signature block.
     *
     * @param name     the person
     * @param capacity the capacity lines joined by ", ": "T/M HUYỆN ỦY, BÍ THƯ"
     */
    @Serdeable
    public record SignerDto(String name, String capacity) {
    }
}
