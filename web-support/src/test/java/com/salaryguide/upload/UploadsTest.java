package com.salaryguide.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.web.server.PayloadTooLargeException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class UploadsTest {

    @TempDir
    Path directory;

    private Process foreign;

    @AfterEach
    void stopTheForeignProcess() {
        if (foreign != null) {
            foreign.destroyForcibly();
        }
    }

    @Test
    void deletesTheFilesOfStoppedProcessesAndOfThisPidAndKeepsALiveProcesssUpload() throws Exception {
        Process stopped = new ProcessBuilder("true").start();
        stopped.waitFor();
        foreign = new ProcessBuilder("sleep", "60").start();
        Path killedMidUpload = write("upload-" + stopped.pid() + "-123.csv", 1000);
        Path earlierSelf = write("upload-" + ProcessHandle.current().pid() + "-456.xlsx", 234);
        Path liveUpload = write("upload-" + foreign.pid() + "-789.csv", 50);
        Path notAnUpload = write("notes.txt", 10);

        Uploads.Removed removed = new Uploads(directory).removeLeftovers();

        assertThat(removed).isEqualTo(new Uploads.Removed(2, 1234));
        assertThat(killedMidUpload).doesNotExist();
        assertThat(earlierSelf).doesNotExist();
        assertThat(liveUpload).exists();
        assertThat(notAnUpload).exists();
    }

    @Test
    void removingLeftoversFromADirectoryNotYetCreatedRemovesNothing() {
        assertThat(new Uploads(directory.resolve("not-yet")).removeLeftovers()).isEqualTo(new Uploads.Removed(0, 0));
    }

    @Test
    void writesTheUploadUnderThisPidInItsDirectoryAndDeletesItWhetherItsUseSucceedsOrFails() throws IOException {
        Uploads uploads = new Uploads(directory.resolve("wage-service"));
        StepVerifier.create(uploads.viaTempFile(body("a,b\n1,2\n"), 100, ".csv", file -> {
                    assertThat(file.getParent()).isEqualTo(directory.resolve("wage-service"));
                    assertThat(file.getFileName().toString()).startsWith("upload-" + ProcessHandle.current().pid() + "-")
                            .endsWith(".csv");
                    return Mono.fromCallable(() -> Files.readString(file));
                }))
                .expectNext("a,b\n1,2\n")
                .verifyComplete();
        StepVerifier.create(uploads.viaTempFile(body("a,b\n"), 100, ".csv",
                        file -> Mono.error(new IllegalArgumentException("bad row"))))
                .expectError(IllegalArgumentException.class)
                .verify();
        StepVerifier.create(uploads.viaTempFile(body("far too long for the limit"), 10, ".csv", file -> Mono.just(1)))
                .expectError(PayloadTooLargeException.class)
                .verify();
        assertThat(files(directory.resolve("wage-service"))).isEmpty();
    }

    private Path write(String name, int bytes) throws IOException {
        return Files.write(directory.resolve(name), new byte[bytes]);
    }

    private static Flux<DataBuffer> body(String text) {
        return Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.toList();
        }
    }
}
