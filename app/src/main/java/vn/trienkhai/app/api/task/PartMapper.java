package vn.trienkhai.app.api.task;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import vn.trienkhai.core.task.internal.TaskRows.PartRow;

import java.util.List;

@Mapper(componentModel = MappingConstants.ComponentModel.JSR330)
public interface PartMapper {

    PartDto toDto(PartRow part);

    List<PartDto> toDtos(List<PartRow> parts);
}
