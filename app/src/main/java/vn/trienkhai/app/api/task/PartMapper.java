package vn.trienkhai.app.api.task;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import vn.trienkhai.core.task.TaskWork.Reported;
import vn.trienkhai.core.task.internal.TaskRows.PartRow;

import java.util.List;

@Mapper(componentModel = MappingConstants.ComponentModel.JSR330)
public interface PartMapper {

    @Mapping(target = "entryId", ignore = true)
    PartDto toDto(PartRow part);

    @Mapping(target = ".", source = "part")
    PartDto toDto(Reported reported);

    List<PartDto> toDtos(List<PartRow> parts);
}
