package vn.trienkhai.app.api.unit;

import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list. */
@Serdeable
public record PageDto<T>(List<T> items, int page, int size, long total) {

    public static <S, T> PageDto<T> of(Page<S> page, Function<List<S>, List<T>> mapper) {
        return new PageDto<>(mapper.apply(page.getContent()), page.getPageNumber(), page.getSize(), page.getTotalSize());
    }
}
