package com.example.portal.content;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.example.portal.content.api.ImportContentPayload;

import io.quarkus.runtime.StartupEvent;

/** Loads the sample content when the portal starts in dev mode (and for tests), so it is ready to explore. */
@ApplicationScoped
class ContentImportOnStart {

    private static final Logger LOG = Logger.getLogger(ContentImportOnStart.class);

    @Inject
    ContentImporter importer;

    @Inject
    ContentConfig config;

    void onStart(@Observes StartupEvent event) {
        if (!config.importOnStart()) {
            return;
        }
        long started = System.nanoTime();
        ImportContentPayload result = importer.importFrom(Path.of(config.dir()));
        if (result.applied) {
            LOG.infof("Imported content from %s in %d ms: %s", config.dir(), (System.nanoTime() - started) / 1_000_000,
                    result.counts);
        } else {
            LOG.errorf("Content in %s was not imported; fix these problems:%n  %s", config.dir(),
                    String.join("\n  ", result.problems.stream().map(ContentProblem::toString).toList()));
        }
    }
}
