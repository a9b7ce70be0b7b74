package com.example.portal.graphql.limits;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.introspection.Introspection;
import graphql.parser.ParserOptions;
import io.quarkus.arc.Arc;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;

/**
 * SmallRye GraphQL's hook (loaded with ServiceLoader) through which the limits reach the graphql-java engine SmallRye builds:
 * <ul>
 * <li>{@link QueryLimitsInstrumentation} runs first, before SmallRye's own instrumentations, and
 * {@link ErrorSanitizer} keeps Java class names out of the errors;</li>
 * <li>graphql-java's parser, which SmallRye calls for every operation, refuses documents over the token limits
 * too, as a backstop behind the HTTP guard (whose check gives the clear error). SmallRye's
 * {@code quarkus.smallrye-graphql.parser-max-tokens} would not do this: it sets graphql-java's general parser
 * defaults, and operations are parsed with the separate operation defaults.</li>
 * <li>Where {@code quarkus.smallrye-graphql.field-visibility} is {@code no-introspection} (every profile but dev),
 * introspection is also switched off in graphql-java itself: the field visibility alone hides the fields of
 * {@code __Schema} and {@code __Type} but still answers {@code __type(name: "X") { __typename }}, which tells
 * whether a type exists.</li>
 * </ul>
 */
public class QueryLimitsEventingService implements EventingService {

    /** None: always on (SmallRye enables a service whose key is null). */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        QueryLimits limits = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(QueryLimits.class);
        ParserOptions.setDefaultOperationParserOptions(parserOptions(limits));
        boolean introspection = !"no-introspection".equals(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class).orElse("default"));
        Introspection.enabledJvmWide(introspection);
        // The builder has no getter; building it is free of side effects and shows the instrumentation SmallRye set.
        Instrumentation smallRye = builder.build().getInstrumentation();
        ErrorSanitizer sanitizer = new ErrorSanitizer(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.default-error-message", String.class).orElse("System error"),
                Arc.container().instance(GraphQLErrorMetrics.class).get());
        return builder.instrumentation(new ChainedInstrumentation(List.of(new QueryLimitsInstrumentation(limits), sanitizer,
                new RequestErrorMarker(), smallRye)));
    }

    /**
     * graphql-java's operation parser defaults with the token limits. It counts comments with the grammar tokens (the
     * guard counts them as whitespace) and the end of the document as a token, hence the sum.
     */
    public static ParserOptions parserOptions(QueryLimits limits) {
        return ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxTokens(limits.tokens() + limits.whitespaceTokens() + 1)
                .maxWhitespaceTokens(limits.whitespaceTokens()));
    }
}
