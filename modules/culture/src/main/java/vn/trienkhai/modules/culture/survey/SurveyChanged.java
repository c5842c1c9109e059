package vn.trienkhai.modules.culture.survey;

import vn.trienkhai.core.unit.UnitKind;

/** A survey of the organisation and year changed at a level (villages, communes): the indicators of that level follow it. */
public record SurveyChanged(long organisationId, int year, UnitKind level) {
}
