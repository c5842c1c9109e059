package vn.trienkhai.core.unit;

/** What kind of body a unit is; labels are the message keys {@code unit.kind.<NAME>}. */
public enum UnitKind {
    /** cấp ủy: Tỉnh ủy, Huyện ủy, Thị ủy, Đảng ủy Khối */
    COMMITTEE,
    /** ban của cấp ủy: Ban Tuyên giáo, Ban Tổ chức */
    DEPARTMENT,
    /** văn phòng cấp ủy */
    OFFICE,
    /** tổ chức cơ sở đảng: đảng bộ cơ sở, chi bộ cơ sở */
    PARTY_ORGANISATION,
    /** chi bộ trực thuộc */
    CELL,
    /** Mặt trận và các đoàn thể chính trị - xã hội */
    MASS_ORGANISATION,
    /** cơ quan nhà nước: UBND, phòng, sở */
    GOVERNMENT_OFFICE,
    /** đơn vị sự nghiệp: Trung tâm Chính trị, Trung tâm Văn hóa */
    PUBLIC_SERVICE_UNIT,
    /** xã, phường, thị trấn */
    COMMUNE,
    /** thôn, bản, tổ dân phố */
    VILLAGE;

    public String labelKey() {
        return "unit.kind." + name();
    }
}
