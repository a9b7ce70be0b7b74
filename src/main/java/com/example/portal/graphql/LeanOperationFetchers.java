package com.example.portal.graphql;

import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * SmallRye's extension point for data fetchers (a {@link java.util.ServiceLoader} service, registered in
 * META-INF/services): every plain (not reactive) operation is fetched by {@link LeanOperationFetcher}. SmallRye asks
 * the services from the lowest priority up and takes the first answer; Quarkus' own has priority 1, so this one has 0.
 */
public final class LeanOperationFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableBatchableDataFetcher<?, ?> getDefaultDataFetcher(Operation operation, Type type) {
        return new LeanOperationFetcher<>(operation, type);
    }
}
