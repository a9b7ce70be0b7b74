package com.example.portal.graphql;

import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * SmallRye's extension point for data fetchers (a {@link java.util.ServiceLoader} service, registered in
 * META-INF/services): plain fields of API objects are read by {@link PlainFieldFetcher}; every operation is left to
 * SmallRye and Quarkus (null here means "not mine").
 */
public final class PlainFieldFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 100;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new PlainFieldFetcher<>(field, owner);
    }
}
