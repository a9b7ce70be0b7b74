package com.example.portal.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The web frontend of the packaged app (the jar, run with the test profile: embedded PostgreSQL, sample content, dev
 * tokens) in headless Chromium: the scenarios of src/main/webui/e2e/run.mjs. Screenshots and the measured JavaScript
 * size and load time go to target/ui-screenshots.
 */
@QuarkusIntegrationTest
class WebUiIT {

    static final Path WEBUI = Path.of("src/main/webui");
    static final Path SCREENSHOTS = Path.of("target/ui-screenshots");

    @TestHTTPResource("/")
    URL portal;

    @Test
    void searchCardPitchGlossaryDraftsAndLiveReleaseNotesInABrowser() throws IOException, InterruptedException {
        Path chromium = Chromium.require();
        ProcessBuilder builder = new ProcessBuilder("node", "e2e/run.mjs").directory(WEBUI.toFile()).redirectErrorStream(true);
        builder.environment().put("PORTAL_URL", portal.toString());
        builder.environment().put("SCREENSHOTS", SCREENSHOTS.toAbsolutePath().toString());
        builder.environment().put("CHROMIUM", chromium.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String output = readEchoing(process.getInputStream());
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished && process.exitValue() == 0)
                .withFailMessage("The browser tests failed (node e2e/run.mjs in src/main/webui):%n%s", output)
                .isTrue();
    }

    /** The script's output, also printed as it comes, so a slow step shows where it is. */
    private static String readEchoing(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        for (int n; (n = in.read(buffer)) > 0;) {
            all.write(buffer, 0, n);
            System.out.write(buffer, 0, n);
            System.out.flush();
        }
        return all.toString(StandardCharsets.UTF_8);
    }
}
