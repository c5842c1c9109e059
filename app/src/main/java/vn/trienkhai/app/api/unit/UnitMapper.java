package vn.trienkhai.app.api.unit;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import vn.trienkhai.core.unit.Unit;

import java.util.List;

@Mapper(componentModel = MappingConstants.ComponentModel.JSR330)
public interface UnitMapper {

    @Mapping(target = "active", expression = "java(unit.isActive())")
    UnitDto toDto(Unit unit);

    List<UnitDto> toDtos(List<Unit> units);
}
