package com.example.portal.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.example.portal.content.api.ExportContentPayload;
import com.example.portal.content.api.ImportCount;
import com.example.portal.graphql.UserError;
import com.example.portal.graphql.UserErrorCode;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes the database's content back to content files (content/README.md), so that importing them into an empty
 * database and exporting again gives the same bytes. What the files hold and what they leave out (ids, history,
 * pending edits): docs/content.md.
 */
@ApplicationScoped
public class ContentExporter {

    /** The longest file or folder name most file systems (ext4, XFS, APFS) allow, in bytes. */
    private static final int NAME_MAX_BYTES = 255;

    private static final Logger LOG = Logger.getLogger(ContentExporter.class);
    private static final List<String> FIELD = List.of("input", "directory");

    @Inject
    ContentKinds kinds;

    @Inject
    EntityManager entityManager;

    @Inject
    ContentConfig config;

    /** The files' text by path, read in one snapshot of the database. */
    private record Snapshot(Map<String, String> files, List<ImportCount> counts) {
    }

    public ExportContentPayload exportTo(String directory) {
        ExportContentPayload payload = new ExportContentPayload();
        Path dir = usableDirectory(Path.of(config.exportRoot()).toAbsolutePath().normalize(), directory, payload);
        if (dir == null) {
            return payload;
        }
        Snapshot snapshot = read();
        try {
            Files.createDirectories(dir.resolve(CardFiles.DIRECTORY));
            for (Map.Entry<String, String> file : snapshot.files().entrySet()) {
                write(dir.resolve(file.getKey()), file.getValue());
            }
            payload.deletedFiles = deleteStaleCards(dir, snapshot.files().keySet());
        } catch (IOException e) {
            LOG.warnf("Content export to %s failed: %s", dir, e);
            return refuse(payload, "Writing the files to " + dir + " failed (" + e.getMessage()
                    + "); files written before the failure were replaced, the others are unchanged.");
        }
        payload.directory = dir.toString();
        payload.counts = snapshot.counts();
        LOG.infof("Exported content to %s: %s", dir, snapshot.counts());
        return payload;
    }

    /**
     * Reads everything in one REPEATABLE READ transaction: a card saved while the export runs is either in every file
     * that names it or in none, so the files never name a card they do not hold.
     */
    private Snapshot read() {
        return QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").executeUpdate();
            Map<String, String> files = new LinkedHashMap<>();
            List<ImportCount> counts = new ArrayList<>();
            for (ContentKind<?> kind : kinds.all()) {
                counts.add(new ImportCount(kind.name(), export(kind, files)));
            }
            return new Snapshot(files, List.copyOf(counts));
        });
    }

    /** Adds the files of all objects of the kind; returns how many there are. */
    private static <I> int export(ContentKind<I> kind, Map<String, String> files) {
        List<I> objects = kind.exportAll().get();
        files.putAll(kind.files().write(objects));
        return objects.size();
    }

    /**
     * The directory to write to, inside the export root, created when missing; null with a user error when it cannot
     * be used. A directory that holds other files must already be a content directory (it has products.yaml), so an
     * export never deletes .md files from a folder that is not one.
     */
    private static Path usableDirectory(Path root, String directory, ExportContentPayload payload) {
        if (directory == null || directory.isBlank()) {
            refuse(payload, UserErrorCode.REQUIRED, "Required: the directory to write the content files to, inside "
                    + root + " (portal.content.export-root), e.g. \"" + root.resolve("content") + "\" or \"content\".");
            return null;
        }
        Path dir;
        try {
            dir = root.resolve(directory.strip()).normalize();
        } catch (InvalidPathException e) {
            refuse(payload, "\"" + directory + "\" is not a valid path on the server: " + e.getReason() + ".");
            return null;
        }
        if (!dir.startsWith(root)) {
            refuse(payload, dir + " is outside the export root " + root + ": exports go only there "
                    + "(portal.content.export-root, PORTAL_CONTENT_EXPORT_ROOT).");
            return null;
        }
        for (Path name : root.relativize(dir)) {
            int bytes = name.toString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > NAME_MAX_BYTES) {
                refuse(payload, "A folder name in the directory is " + bytes + " bytes long; file systems allow at most "
                        + NAME_MAX_BYTES + " bytes per name (about 127 Cyrillic or 255 Latin letters).");
                return null;
            }
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            refuse(payload, dir + " is a file, not a directory.");
            return null;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            refuse(payload, "The directory " + dir + " cannot be created (" + reason(e) + "). Choose a directory the "
                    + "portal's process may write, e.g. a mounted volume.");
            return null;
        }
        if (!Files.isWritable(dir)) {
            refuse(payload, "The portal's process may not write to " + dir + ". Choose a writable directory, e.g. a "
                    + "mounted volume.");
            return null;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent() && !Files.isRegularFile(dir.resolve("products.yaml"))) {
                refuse(payload, dir + " holds other files and is not a content directory (it has no products.yaml). "
                        + "Choose an empty directory or one that holds content files.");
                return null;
            }
        } catch (IOException e) {
            refuse(payload, "The directory " + dir + " cannot be read (" + reason(e) + ").");
            return null;
        }
        return dir;
    }

    /** What the file system said, in its words, without Java's exception names. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getReason();
        }
        return e instanceof FileSystemException ? "the file system refused it" : "an input/output error";
    }

    /** Writes a file whole or not at all: to a temporary file beside it, then moved over it. */
    private static void write(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".export");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Card files no card has any more: an import of the directory would otherwise bring them back. */
    private static List<String> deleteStaleCards(Path dir, Set<String> written) throws IOException {
        List<String> deleted = new ArrayList<>();
        try (Stream<Path> paths = Files.list(dir.resolve(CardFiles.DIRECTORY))) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String name = CardFiles.DIRECTORY + "/" + path.getFileName();
                if (!written.contains(name)) {
                    Files.delete(path);
                    deleted.add(name);
                }
            }
        }
        return deleted;
    }

    private static ExportContentPayload refuse(ExportContentPayload payload, String message) {
        return refuse(payload, UserErrorCode.INVALID, message);
    }

    private static ExportContentPayload refuse(ExportContentPayload payload, UserErrorCode code, String message) {
        payload.userErrors = List.of(new UserError(FIELD, message, code));
        return payload;
    }
}
