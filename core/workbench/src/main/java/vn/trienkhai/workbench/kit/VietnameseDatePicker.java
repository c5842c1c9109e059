package vn.trienkhai.workbench.kit;

import com.vaadin.flow.component.datepicker.DatePicker;
import vn.trienkhai.core.text.VietnameseText;

import java.time.LocalDate;
import java.util.List;

/** A date picker that reads and writes dates the Vietnamese way (dd/MM/yyyy, weeks from Monday). */
public class VietnameseDatePicker extends DatePicker {

    private static final DatePickerI18n I18N = new DatePickerI18n()
            .setDateFormat("dd/MM/yyyy")
            .setFirstDayOfWeek(1)
            .setMonthNames(List.of("Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6",
                    "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"))
            .setWeekdays(List.of("Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"))
            .setWeekdaysShort(List.of("CN", "T2", "T3", "T4", "T5", "T6", "T7"))
            .setToday("Hôm nay")
            .setCancel("Hủy");

    public VietnameseDatePicker(String label, LocalDate initial) {
        super(label, initial);
        setLocale(VietnameseText.LOCALE);
        setI18n(I18N);
        setPlaceholder("dd/mm/yyyy");
    }
}
