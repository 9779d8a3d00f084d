package com.salaryguide.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.server.PayloadTooLargeException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Uploaded bodies streamed to a file in the service's own upload directory (memory stays bounded whatever their
 * size), handed to {@code use}, and deleted afterwards; past {@code maxBytes} an upload stops with 413.
 *
 * <p>Only a process killed mid-upload leaves its file behind, so each file is named after the process writing it
 * ({@code upload-<pid>-<random><suffix>}), and {@link #removeLeftovers()} (run at start) deletes the files of
 * processes that are gone, while another live instance sharing the directory keeps its uploads. A file carrying this
 * process's own PID is a leftover too: nothing has been uploaded yet, and in a container every start is PID 1. PIDs
 * are only meaningful within one PID namespace, so instances in different containers must not share a directory.
 */
public final class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);
    private static final Pattern FILE_NAME = Pattern.compile("upload-(\\d{1,18})-.*");
    private static final Duration REUSED_PID_MARGIN = Duration.ofSeconds(10);

    private final Path directory;
    private final long ownPid = ProcessHandle.current().pid();

    public Uploads(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    public <T> Mono<T> viaTempFile(Flux<DataBuffer> body, long maxBytes, String suffix, Function<Path, Mono<T>> use) {
        AtomicLong size = new AtomicLong();
        Flux<DataBuffer> bounded = body.doOnNext(buffer -> {
            if (size.addAndGet(buffer.readableByteCount()) > maxBytes) {
                DataBufferUtils.release(buffer);
                throw new PayloadTooLargeException(null);
            }
        });
        return Mono.fromCallable(() -> newFile(suffix))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(file -> DataBufferUtils.write(bounded, file).then(Mono.defer(() -> use.apply(file)))
                        .doFinally(signal -> file.toFile().delete()));
    }

    private Path newFile(String suffix) throws IOException {
        // again on every upload: a temp-directory cleaner may have removed the directory since start
        Files.createDirectories(directory);
        return Files.createTempFile(directory, "upload-" + ownPid + "-", suffix);
    }

    /** How many leftover files were deleted, and their size. */
    public record Removed(int files, long bytes) {
    }

    /** Deletes the upload files of processes that no longer run (or of an earlier process with this PID). */
    public Removed removeLeftovers() {
        if (!Files.isDirectory(directory)) {
            return new Removed(0, 0);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.toList();
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot list the upload directory " + directory, ex);
        }
        int removed = 0;
        long bytes = 0;
        for (Path file : files) {
            Matcher name = FILE_NAME.matcher(file.getFileName().toString());
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile() && name.matches()
                        && leftover(Long.parseLong(name.group(1)), attributes.lastModifiedTime().toInstant())
                        && Files.deleteIfExists(file)) {
                    removed++;
                    bytes += attributes.size();
                }
            } catch (IOException ex) {
                log.warn("Could not remove the upload file {}: {}", file, ex.toString());
            }
        }
        if (removed > 0) {
            log.info("Deleted {} upload file(s), {} bytes, left in {} by processes that stopped mid-upload", removed,
                    bytes, directory);
        }
        return new Removed(removed, bytes);
    }

    private boolean leftover(long pid, Instant lastWritten) {
        if (pid == ownPid) {
            return true;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        // A live process started after the file was last written got a reused PID: the writer is gone. The margin
        // covers the start time's coarseness (Linux derives it from the boot time, in whole seconds).
        return process.isEmpty() || process.get().info().startInstant()
                .map(started -> lastWritten.isBefore(started.minus(REUSED_PID_MARGIN))).orElse(false);
    }
}
