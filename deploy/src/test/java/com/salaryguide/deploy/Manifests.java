package com.salaryguide.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import org.yaml.snakeyaml.Yaml;

/**
 * Kubernetes objects read into fabric8's typed model: a rendered kustomization (what a cluster would receive) or the
 * documents of one file. A kind the model does not know, or a field it does not know (a typo such as
 * {@code readinesProbe}, which the model would keep aside as an "additional property"), is an error.
 */
record Manifests(String name, List<HasMetadata> objects) {

    static final String KUBERNETES = "deploy/kubernetes";

    /** The base and every overlay under deploy/kubernetes/overlays, each rendered. */
    static List<Manifests> everyRendering(Repository repository) {
        List<Manifests> renderings = new ArrayList<>();
        renderings.add(rendered(repository.resolve(KUBERNETES + "/base"), "base"));
        for (String overlay : overlays(repository)) {
            renderings.add(rendered(repository.resolve(KUBERNETES + "/overlays/" + overlay), "overlays/" + overlay));
        }
        return renderings;
    }

    static List<String> overlays(Repository repository) {
        try (Stream<Path> directories = Files.list(repository.resolve(KUBERNETES + "/overlays"))) {
            return directories.filter(Files::isDirectory).map(directory -> directory.getFileName().toString())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Manifests rendered(Path kustomizationDirectory, String name) {
        return new Manifests(name,
                Kustomization.render(kustomizationDirectory).stream().map(Manifests::typed).toList());
    }

    static Manifests file(Path file) {
        return new Manifests(file.toString(), Kustomization.loadAll(file).stream().map(Manifests::typed).toList());
    }

    private static HasMetadata typed(Map<String, Object> resource) {
        HasMetadata object = Serialization.unmarshal(new Yaml().dump(resource));
        if (object instanceof GenericKubernetesResource) {
            throw new IllegalStateException("not a kind the Kubernetes model knows: " + resource.get("apiVersion")
                    + " " + resource.get("kind"));
        }
        List<String> unknown = new ArrayList<>();
        collectUnknownFields(object, object.getKind() + "/" + object.getMetadata().getName(), unknown);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("fields the Kubernetes model does not know: " + unknown);
        }
        return object;
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> kind, String objectName) {
        return all(kind).stream().filter(object -> object.getMetadata().getName().equals(objectName)).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> kind, String objectName) {
        return named(kind, objectName).orElseThrow(() -> new AssertionError(
                this.name + " has no " + kind.getSimpleName() + " named " + objectName));
    }

    @Override
    public String toString() {
        return name;
    }

    /** Walks the model's getters and reports every non-empty getAdditionalProperties() with where it was found. */
    private static void collectUnknownFields(Object node, String where, List<String> unknown) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectUnknownFields(list.get(i), where + "[" + i + "]", unknown);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> collectUnknownFields(value, where + "." + key, unknown));
            return;
        }
        if (node == null || !node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(where + ": " + extra.keySet());
                }
            } else {
                collectUnknownFields(value, where + "." + getter.getName().substring(3), unknown);
            }
        }
    }
}
