package com.salaryguide.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The manifest files themselves, and what each overlay makes of the base. */
class OverlaysTest {

    private static final Repository REPOSITORY = Repository.root();
    private static final String SECRET = "salaryguide-secrets";
    private static final Pattern ROLE = Pattern.compile("CREATE ROLE (\\w+) LOGIN PASSWORD '([^']*)';");
    private static final Pattern DATABASE = Pattern.compile("CREATE DATABASE (\\w+) OWNER (\\w+);");
    private static final Pattern DATABASE_NAME = Pattern.compile("r2dbc:postgresql://[^/]+/(\\w+)");

    static List<String> overlays() {
        return Manifests.overlays(REPOSITORY);
    }

    @Test
    void everyManifestFileHoldsKubernetesObjectsWithNoUnknownField() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(REPOSITORY.resolve(Manifests.KUBERNETES))) {
            files = walk.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml")).sorted().toList();
        }
        List<String> kinds = new ArrayList<>();
        for (Path file : files) {
            // throws on an unknown kind or field, the patches' partial objects included
            Manifests.file(file).objects().forEach(object -> kinds.add(object.getKind()));
        }

        assertThat(files).hasSizeGreaterThanOrEqualTo(REPOSITORY.processes().size());
        assertThat(kinds).contains("Deployment", "Service", "ConfigMap", "PodDisruptionBudget",
                "HorizontalPodAutoscaler");
    }

    @ParameterizedTest(name = "overlays/{0}")
    @MethodSource("overlays")
    void everyConfigMapAndSecretAPodReadsExistsWithTheKeysItNames(String overlay) {
        Manifests manifests = render(overlay);

        assertThat(unresolvedReferences(manifests)).isEmpty();
    }

    @Test
    void baseLeavesOnlyTheSecretToItsOverlays() {
        Manifests base = Manifests.rendered(REPOSITORY.resolve(Manifests.KUBERNETES + "/base"), "base");

        assertThat(unresolvedReferences(base)).isNotEmpty()
                .allMatch(reference -> reference.startsWith("Secret/" + SECRET));
        assertThat(base.all(Secret.class)).isEmpty();
    }

    @Test
    void productionRunsAtLeastTwoPodsOfEveryProcessFromReleaseImagesInARegistry() {
        Manifests production = render("production");

        for (String process : REPOSITORY.processes()) {
            assertThat(production.get(HorizontalPodAutoscaler.class, process).getSpec().getMinReplicas())
                    .as("minimum pods of %s", process).isGreaterThanOrEqualTo(2);
            String image = ProcessPod.of(production, process).container().getImage();
            assertThat(image).as("image of %s", process).matches("[a-z0-9.-]+\\.[a-z]+(:\\d+)?/.+:[0-9][\\w.-]*");
        }
        // several gateway pods share one rate-limit budget only through Redis
        assertThat(ProcessPod.of(production, "gateway").environment()).containsKey("SPRING_DATA_REDIS_HOST");
    }

    @Test
    void localPostgresCreatesTheDatabasesAndRolesTheServicesLogInWith() {
        Manifests local = render("local");
        String initSql = REPOSITORY.read(Manifests.KUBERNETES + "/overlays/local/postgres-init.sql");
        Map<String, String> passwords = new HashMap<>();
        Matcher role = ROLE.matcher(initSql);
        while (role.find()) {
            passwords.put(role.group(1), role.group(2));
        }
        Map<String, String> owners = new HashMap<>();
        Matcher database = DATABASE.matcher(initSql);
        while (database.find()) {
            owners.put(database.group(1), database.group(2));
        }
        Map<String, String> secret = local.get(Secret.class, SECRET).getStringData();

        assertThat(initSql).as("the copy kustomize may read").isEqualTo(REPOSITORY.read("docker/postgres-init.sql"));
        for (String process : REPOSITORY.processes()) {
            ProcessPod pod = ProcessPod.of(local, process);
            if (!pod.environment().containsKey("SPRING_R2DBC_URL")) {
                continue;
            }
            Matcher name = DATABASE_NAME.matcher(pod.environment().get("SPRING_R2DBC_URL").orElseThrow());
            assertThat(name.find()).isTrue();
            String user = pod.environment().get("SPRING_R2DBC_USERNAME").orElseThrow();
            EnvVar password = pod.container().getEnv().stream()
                    .filter(variable -> variable.getName().equals("SPRING_R2DBC_PASSWORD")).findFirst().orElseThrow();

            assertThat(owners.get(name.group(1))).as("owner of database %s", name.group(1)).isEqualTo(user);
            assertThat(secret.get(password.getValueFrom().getSecretKeyRef().getKey()))
                    .as("password of role %s", user).isEqualTo(passwords.get(user));
        }
        // a shorter HMAC key stops every process at start
        assertThat(secret.get("jwt-secret").getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThanOrEqualTo(32);
    }

    private static Manifests render(String overlay) {
        return Manifests.rendered(REPOSITORY.resolve(Manifests.KUBERNETES + "/overlays/" + overlay),
                "overlays/" + overlay);
    }

    /** Every ConfigMap or Secret (and key) a Deployment refers to that the rendering lacks, as Kind/name[/key]. */
    private static List<String> unresolvedReferences(Manifests manifests) {
        List<String> missing = new ArrayList<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvFromSource source : container.getEnvFrom()) {
                    if (source.getConfigMapRef() != null) {
                        check(manifests, ConfigMap.class, source.getConfigMapRef().getName(), null, missing);
                    }
                    if (source.getSecretRef() != null) {
                        check(manifests, Secret.class, source.getSecretRef().getName(), null, missing);
                    }
                }
                for (EnvVar variable : container.getEnv()) {
                    if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                        var reference = variable.getValueFrom().getSecretKeyRef();
                        check(manifests, Secret.class, reference.getName(), reference.getKey(), missing);
                    }
                    if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
                        var reference = variable.getValueFrom().getConfigMapKeyRef();
                        check(manifests, ConfigMap.class, reference.getName(), reference.getKey(), missing);
                    }
                }
            }
            for (Volume volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
                if (volume.getConfigMap() != null) {
                    check(manifests, ConfigMap.class, volume.getConfigMap().getName(), null, missing);
                }
                if (volume.getSecret() != null) {
                    check(manifests, Secret.class, volume.getSecret().getSecretName(), null, missing);
                }
            }
        }
        return missing;
    }

    private static void check(Manifests manifests, Class<? extends HasMetadata> kind, String name, String key,
                              List<String> missing) {
        Optional<? extends HasMetadata> object = manifests.named(kind, name);
        String reference = kind.getSimpleName() + "/" + name + (key == null ? "" : "/" + key);
        if (object.isEmpty()) {
            missing.add(reference);
        } else if (key != null && !keys(object.get()).contains(key)) {
            missing.add(reference);
        }
    }

    private static List<String> keys(HasMetadata object) {
        List<String> keys = new ArrayList<>();
        if (object instanceof ConfigMap configMap) {
            Optional.ofNullable(configMap.getData()).ifPresent(data -> keys.addAll(data.keySet()));
        } else if (object instanceof Secret secret) {
            Optional.ofNullable(secret.getData()).ifPresent(data -> keys.addAll(data.keySet()));
            Optional.ofNullable(secret.getStringData()).ifPresent(data -> keys.addAll(data.keySet()));
        }
        return keys;
    }
}
