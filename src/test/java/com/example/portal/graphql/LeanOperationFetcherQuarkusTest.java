package com.example.portal.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;

import com.example.portal.search.SearchGraphQLApi;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.bootstrap.DataFetcherFactory;
import io.smallrye.graphql.schema.model.Execute;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.OperationType;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * SmallRye's data fetcher factory, with the services it finds where SmallRye looks (META-INF/services), gives a plain
 * operation our lean fetcher rather than Quarkus' (which answers too, at priority 1). What the fetcher does is covered
 * by every API test (arguments, results, userErrors, BAD_REQUEST and server faults pass through it).
 */
@QuarkusTest
class LeanOperationFetcherQuarkusTest {

    @Test
    void smallRyeGivesPlainOperationsTheLeanFetcher() {
        assertThat(ServiceLoader.load(DataFetcherService.class)).anySatisfy(s -> assertThat(s).isInstanceOf(LeanOperationFetchers.class));
        Reference result = new Reference();
        result.setClassName(String.class.getName());
        result.setGraphQLClassName("String");
        Operation status = new Operation(SearchGraphQLApi.class.getName(), "searchIndexStatus", "searchIndexStatus", "searchIndexStatus", result,
                OperationType.QUERY, Execute.DEFAULT);
        assertThat(new DataFetcherFactory().<Object>getDataFetcher(status, null)).isInstanceOf(LeanOperationFetcher.class);
    }
}
