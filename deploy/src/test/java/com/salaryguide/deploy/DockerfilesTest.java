package com.salaryguide.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.salaryguide.deploy.Dockerfile.Instruction;
import com.salaryguide.deploy.Dockerfile.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The processes' Dockerfiles, read, since these machines have no Docker engine: one service's image rebuilds from a
 * cached dependency layer, builds only what the service needs, ships dependencies as their own layer, and serves on
 * the port its application.yml configures.
 */
class DockerfilesTest {

    private static final Repository REPOSITORY = Repository.root();

    static List<String> processes() {
        return REPOSITORY.processes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processes")
    void resolvesDependenciesFromTheWrapperAndEveryPomBeforeAnySourceIsCopied(String process) {
        Stage build = dockerfile(process).build();
        List<String> copiedFirst = new ArrayList<>();
        Instruction resolve = null;
        for (Instruction instruction : build.instructions()) {
            if (instruction.keyword().equals("RUN")) {
                resolve = instruction;
                break;
            }
            if (instruction.keyword().equals("COPY")) {
                copiedFirst.addAll(sources(instruction));
            }
        }
        List<String> poms = new ArrayList<>(List.of("mvnw", ".mvn", "pom.xml"));
        // Maven reads the whole reactor, even for -pl: a module added to the parent without its pom here breaks it
        REPOSITORY.modules().forEach(module -> poms.add(module + "/pom.xml"));

        assertThat(copiedFirst).containsExactlyInAnyOrderElementsOf(poms);
        assertThat(resolve).isNotNull();
        assertThat(resolve.arguments()).contains("./mvnw", "dependency:go-offline", "-pl " + process, "-am");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processes")
    void buildsFromTheSourcesOfExactlyTheModulesTheServiceIsBuiltFrom(String process) {
        List<Instruction> instructions = dockerfile(process).build().instructions();
        int resolve = instructions.indexOf(instructions.stream()
                .filter(instruction -> instruction.arguments().contains("dependency:go-offline")).findFirst()
                .orElseThrow());
        List<String> modules = new ArrayList<>();
        Instruction packaging = null;
        for (Instruction instruction : instructions.subList(resolve + 1, instructions.size())) {
            if (instruction.keyword().equals("COPY")) {
                modules.addAll(sources(instruction));
            } else if (instruction.keyword().equals("RUN")) {
                packaging = instruction;
            }
        }

        assertThat(modules).containsExactlyInAnyOrderElementsOf(REPOSITORY.buildClosure(process));
        assertThat(packaging).isNotNull();
        assertThat(packaging.arguments()).contains("-pl " + process, "-am", "package", "-DskipTests");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processes")
    void shipsDependenciesAndTheApplicationAsSeparateLayersOfTheExtractedJar(String process) {
        Dockerfile dockerfile = dockerfile(process);
        String extract = dockerfile.stages().stream().flatMap(stage -> stage.all("RUN").stream())
                .map(Instruction::arguments).filter(run -> run.contains("-Djarmode=tools")).findFirst().orElseThrow();
        List<String> layers = dockerfile.runtime().all("COPY").stream().map(Instruction::arguments)
                .filter(copy -> copy.startsWith("--from=")).map(copy -> copy.split("\\s+")[1]).toList();
        List<String> entrypoint = dockerfile.runtime().all("ENTRYPOINT").stream().map(Instruction::arguments).toList();

        assertThat(extract).contains("-jar " + process + ".jar extract", "--layers");
        assertThat(layers).hasSize(3);
        assertThat(layers.get(0)).endsWith("/dependencies/");
        assertThat(layers.get(1)).endsWith("/snapshot-dependencies/");
        assertThat(layers.get(2)).endsWith("/application/");
        assertThat(entrypoint).singleElement().asString().contains("\"-jar\", \"" + process + ".jar\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processes")
    void recordsAnAheadOfTimeCacheInTheImageWithTheRuntimeFlagsAndMapsItAtEveryStart(String process) {
        Dockerfile dockerfile = dockerfile(process);
        List<String> runs = dockerfile.runtime().all("RUN").stream().map(Instruction::arguments).toList();
        int flags = dockerfile.runtime().instructions().indexOf(dockerfile.runtime().all("ENV").stream()
                .filter(env -> env.arguments().contains("JAVA_TOOL_OPTIONS")).findFirst().orElseThrow());
        int record = dockerfile.runtime().instructions().indexOf(dockerfile.runtime().all("RUN").stream()
                .filter(run -> run.arguments().contains("-XX:AOTCacheOutput=app.aot")).findFirst().orElseThrow());

        // -XX:AOTCache and -XX:AOTCacheOutput exist from JDK 24 (JDK 25 records method profiles too)
        assertThat(dockerfile.runtime().from()).matches("eclipse-temurin:(2[5-9]|[3-9]\\d)-jre.*");
        // the run ends by itself: at context refresh, or once warmed up (a gateway's warm-up needs its services)
        String ends = process.equals("gateway") ? "-Dspring.context.exit=onRefresh"
                : "-Dsalaryguide.warm-up.exit-after=true";
        assertThat(runs).anyMatch(run -> run.contains("-XX:AOTCacheOutput=app.aot") && run.contains(process + ".jar")
                && run.contains(ends));
        // a cache recorded with other GC or object-header flags than the process runs with is ignored at start
        assertThat(flags).isLessThan(record);
        // Netty 4.2 stops using sun.misc.Unsafe on JDK 24+ unless allowed; its direct buffers then cost the gateway
        // six times the CPU per kept guide
        assertThat(dockerfile.javaToolOptions().split("\\s+")).contains("--sun-misc-unsafe-memory-access=allow");
        assertThat(dockerfile.runtime().all("ENTRYPOINT")).singleElement().asString()
                .contains("\"-XX:AOTCache=app.aot\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processes")
    void exposesAndHealthChecksTheServerPort(String process) {
        Dockerfile dockerfile = dockerfile(process);
        int port = ProcessConfiguration.of(REPOSITORY, process).serverPort();

        assertThat(dockerfile.exposedPort()).isEqualTo(port);
        assertThat(dockerfile.runtime().all("HEALTHCHECK")).singleElement().extracting(Instruction::arguments)
                .asString().contains("/dev/tcp/127.0.0.1/" + port + " ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeBuildsEachProcessFromTheRepositoryRootWithItsOwnDockerfile() {
        Map<String, Object> compose = new Yaml().load(REPOSITORY.read("docker-compose.yml"));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");

        for (String process : REPOSITORY.processes()) {
            Map<String, Object> service = (Map<String, Object>) services.get(process);
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            assertThat(build).as("compose build of %s", process)
                    .containsEntry("context", ".").containsEntry("dockerfile", process + "/Dockerfile");
        }
    }

    private static Dockerfile dockerfile(String process) {
        return Dockerfile.parse(REPOSITORY.read(process + "/Dockerfile"));
    }

    /** The context paths a COPY takes (not --from copies), without trailing slashes. */
    private static List<String> sources(Instruction copy) {
        String[] words = copy.arguments().trim().split("\\s+");
        if (words[0].startsWith("--from=")) {
            return List.of();
        }
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < words.length - 1; i++) {
            sources.add(words[i].replaceAll("/+$", ""));
        }
        return sources;
    }
}
