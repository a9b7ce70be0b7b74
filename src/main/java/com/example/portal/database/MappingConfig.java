package com.example.portal.database;

import org.mapstruct.Mapping;
import org.mapstruct.MapperConfig;
import org.mapstruct.MappingInheritanceStrategy;
import org.mapstruct.ReportingPolicy;

import com.example.portal.graphql.IdentifiedObject;

/**
 * What every feature's MapStruct mapper ({@code <Feature>Mapper}, {@code @Mapper(config = MappingConfig.class)})
 * shares. A target field that no source fills and no {@code @Mapping} names fails the build
 * ({@code unmappedTargetPolicy = ERROR}): a new API field cannot silently stay null. A field filled elsewhere on
 * purpose is named with {@code ignore = true} and a comment saying where.
 *
 * <p>Mappers are used through a static {@code INSTANCE} ({@code Mappers.getMapper}), not injected: services hand their
 * mapping to {@code SluggedService}'s constructor as a method reference, before any injection, and static helpers
 * (pending edits, the glossary snapshot) map too. {@code Mappers.getMapper} finds the generated class by name, which a
 * native image allows only for classes registered for reflection: each mapper has
 * {@code @AnnotateWith(RegisterForReflection.class)}, which MapStruct does not take from a shared config.
 */
@MapperConfig(unmappedTargetPolicy = ReportingPolicy.ERROR,
        mappingInheritanceStrategy = MappingInheritanceStrategy.AUTO_INHERIT_FROM_CONFIG)
public interface MappingConfig {

    /**
     * Never generated; every mapping of a row to an API object with a global id inherits it: the row's id is the
     * object's {@code dbId}, which its global id encodes.
     */
    @Mapping(target = "dbId", source = "id")
    IdentifiedObject identified(VersionedEntity row);
}
