package vn.trienkhai.modules.culture.ui;

/** A cultural house as the forms offer it: one choice instead of two boxes that could contradict each other. */
enum HouseState {
    NONE, EXISTS, STANDARD;

    static HouseState of(boolean hasHouse, boolean standard) {
        return standard ? STANDARD : hasHouse ? EXISTS : NONE;
    }

    boolean exists() {
        return this != NONE;
    }

    boolean standard() {
        return this == STANDARD;
    }

    String labelKey() {
        return "culture.house." + name();
    }
}
