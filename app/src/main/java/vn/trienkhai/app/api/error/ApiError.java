package vn.trienkhai.app.api.error;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Every error the API answers: a stable machine code, a message for people (Vietnamese), and the invalid
 * fields by their API names. Never a stack trace.
 */
@Serdeable
public record ApiError(String code, String message, List<Field> fields) {

    @Serdeable
    public record Field(String field, String code, String message) {
    }
}
