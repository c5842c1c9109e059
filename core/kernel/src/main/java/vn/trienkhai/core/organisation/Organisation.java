package vn.trienkhai.core.organisation;

/**
 * A tenant: the unit at the top of a deployment's tree (a provincial or district committee, a bloc party
 * committee) with the users and the modules it owns.
 */
public record Organisation(long id, String code, String name, Long rootUnitId) {
}
